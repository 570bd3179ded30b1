"""柘溪镇（虚构）2024: the forty-fifth development town, whose offices **group their registers by section rows
inside the table** instead of writing a category column: a full-width line 一、行政许可类 (or 一、已化解纠纷, （一）婚姻家庭
纠纷, 一、县联办交办件) gives the category of the records under it, a 小计 line closes each group, and 序号 starts again
at 1 in every group — the way 权责清单, 统计年鉴 tables (#婚姻家庭 under 调解民间纠纷) and many county forms are laid out,
and how a clerk who sorts a register by its kind and types a heading over each block keeps it.

The enforcement register has no 执法类别 column: its headings 一、行政许可类 … 四、行政强制类 say it, typed with the block's
count in the next cell (一、行政许可类 | （共7件）), a 合计 line stands at the top, right under the header, and an empty
block 五、行政征收类 holds only 无. The disputes register is grouped twice: by where a dispute stands (一、已化解纠纷 /
二、正在化解纠纷 / 三、未化解纠纷, the first right under the header), then by its type ((一) 婚姻家庭纠纷 …), each type
block numbered from 1 and closed by a 小计; there is no 化解情况 column. The mediation register numbers its sections in
the 序号 column (一 | 调解成功案件（共N件）, （一） | 口头协议), with no 调解结果 or 协议形式 column, each group's 小计 summing
the subsidy. The petitions register, a Word table, is grouped by who assigned the item (一、县联办交办件 / 二、市联办交办件 /
三、本级受理件), then by where it stands ((一) 已化解 / (二) 正在化解): no 交办单位 or 办理状态 column.

Truth decisions: a section line is the category of every record under it up to the next line of the same level (an
office reads it so); 小计 and 合计 lines are totals, never records; a 序号 restarting in each group numbers the rows of
that group only, so two rows numbered 1 in different groups are two records, not one entered twice."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built, plain_counsel_register
from .truth import Null

TOWN = "柘溪镇"
YEAR = 2024
VILLAGES = ("柘溪社区", "油榨坪村", "杉木冲村", "鹅公岭村", "水竹湾村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}
NUMERALS = "一二三四五六七八九十"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    category_sections_enforcement(built, rng)
    status_and_type_sections_disputes(built, rng)
    result_sections_mediation(built, rng)
    source_sections_petitions(built, rng)
    counsel = plain_counsel_register(built, rng, TOWN, YEAR, VILLAGES, 14)
    built.quirk("plain_register_for_contrast", counsel, "服务台账",
                ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid"),
                "一行一次服务、有服务类型列的普通台账（对照）")  # fmt: skip
    absent = ("disclosure", "security", "fraud_watch", "litigation", "normative_documents", "training")
    for kind in absent:
        built.ledgers[kind] = Null("柘溪镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


def _section(sheet: Sheet, text: str, width: int) -> int:
    """A full-width section line: the text in the first cell, merged across the table."""
    r = sheet.add(text, *([None] * (width - 1)))
    sheet.merges.append((r, 1, r, width))
    return r


# --- 行政执法: no 执法类别 column; 一、行政许可类 … over each block, 序号 restarting, 小计 under each, 合计 at the top ------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年行政执法案件登记台账.xlsx"
# Section line → the category of the records under it, and how many records the block holds.
ENFORCEMENT_SECTIONS = {"行政许可类": ("行政许可", 7), "行政处罚类": ("行政处罚", 9), "行政检查类": ("行政检查", 11),
                        "行政强制类": ("行政强制", 3)}  # fmt: skip
CASE_NAMES = {
    "行政许可": ("乡村建设规划许可", "临时占用道路许可", "农村村民宅基地审批"),
    "行政处罚": ("未经批准占道经营", "擅自倾倒建筑垃圾", "违法搭建临时建筑", "露天焚烧秸秆"),
    "行政检查": ("餐饮店燃气安全检查", "沿街店铺消防安全检查", "小作坊食品安全检查", "建筑工地扬尘检查"),
    "行政强制": ("查封违法生产场所", "扣押占道经营物品"),
}
LETTERS = {"行政许可": "许", "行政处罚": "罚", "行政强制": "强"}


def category_sections_enforcement(built: Built, rng: random.Random) -> None:
    head = ["序号", "案件名称", "当事人", "立案（受理）日期", "作出决定日期", "决定书文号", "承办人", "备注"]
    width = len(head)
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}{YEAR}年行政执法案件登记台账", width)
    sheet.add(f"填报单位：{TOWN}综合行政执法大队", None, None, None, None, "填报日期：2025年1月6日")
    sheet.header([head])
    top = sheet.add("合计", None, None, None, None, None, None, None)  # filled in once the blocks are written
    records, counted = [], 0
    for s, (section, (category, count)) in enumerate(ENFORCEMENT_SECTIONS.items()):
        # The block's count typed beside its heading, the line not merged: two cells of text.
        sheet.add(f"{NUMERALS[s]}、{section}", f"（共{count}件）", *([None] * (width - 2)))
        days = fake.dates_in(rng, YEAR, count)
        if category == "行政许可":
            days[0] = dt.date(YEAR - 1, 12, 27)  # applied for and decided in December of the year before: not counted
        if category == "行政处罚":
            days[-1] = dt.date(YEAR + 1, 1, 8)  # filed in December, decided in January: next year's
        for n, day in enumerate(days, start=1):
            filed = day - dt.timedelta(days=rng.randint(3, 25))
            letter = LETTERS.get(category)
            case_no = f"柘执{letter}〔{day.year}〕{len(records) + 1}号" if letter else None
            sheet.add(n, rng.choice(CASE_NAMES[category]), fake.name(rng), f"{filed:%Y.%m.%d}",
                      dt.datetime(day.year, day.month, day.day), case_no, fake.name(rng), None)  # fmt: skip
            records.append({"case_no": case_no or f"检查-{len(records) + 1}", "category": category, "decided_on": day})
            counted += 1
        sheet.add(f"{section[:-1]}小计", f"{count}件", *([None] * (width - 2)))
    # A block kept for a category with nothing in the year: its heading, 无 and a 小计 of 0.
    sheet.add(f"{NUMERALS[len(ENFORCEMENT_SECTIONS)]}、行政征收类", "（共0件）", *([None] * (width - 2)))
    sheet.add(None, "无", *([None] * (width - 2)))
    sheet.add("行政征收小计", "0件", *([None] * (width - 2)))
    sheet.rows[top - 1][1] = f"共{counted}件"
    sheet.blank()
    sheet.add("填表人：", None, "审核人：", None, "分管领导：")
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.licensing", "enforcement.penalty", "enforcement.inspection",
         "enforcement.coercion")  # fmt: skip
    built.quirk("category_section_rows", ENFORCEMENT_FILE, "执法台账", f,
                "没有执法类别列：一、行政许可类 / 二、行政处罚类 / 三、行政检查类 / 四、行政强制类 整行合并，其下各行属该类")  # fmt: skip
    built.quirk("numbering_restarts_per_section", ENFORCEMENT_FILE, "执法台账", f,
                "序号每类从1重新编起；行政检查没有决定书文号")  # fmt: skip
    built.quirk("empty_section", ENFORCEMENT_FILE, "执法台账", ("enforcement.levy", "enforcement.cases"),
                "五、行政征收类（共0件） 之下只有一行 无 和 小计 0件：行政征收 0，不是一条记录")  # fmt: skip
    built.quirk("section_count_beside_heading", ENFORCEMENT_FILE, "执法台账", f,
                "分节行没有合并：A列 一、行政许可类，B列 （共7件）")  # fmt: skip
    built.quirk("subtotal_after_each_section", ENFORCEMENT_FILE, "执法台账", f,
                "每类之后一行 行政许可小计 | 7件（小计前写着类别）：不是案件")  # fmt: skip
    built.quirk("total_at_top", ENFORCEMENT_FILE, "执法台账", f, "合计 行在表头下第一行（共N件）：不是案件")


# --- 矛盾纠纷: 一、已化解纠纷 over （一）婚姻家庭纠纷 over rows; no 化解情况 column -------------------------------------------

DISPUTES_FILE = f"{TOWN}矛盾纠纷排查化解台账（{YEAR}年）.xlsx"
DISPUTE_STATUS = {"已化解纠纷": ("已化解", 27), "正在化解纠纷": ("化解中", 6), "未化解纠纷": ("未化解", 3)}
DISPUTE_TYPES = ("婚姻家庭纠纷", "邻里纠纷", "山林土地纠纷", "劳务纠纷")
GISTS = {
    "婚姻家庭纠纷": "因赡养老人费用分担发生争执",
    "邻里纠纷": "因排水沟堵塞发生争执",
    "山林土地纠纷": "因承包地界址不清发生争执",
    "劳务纠纷": "因务工工资结算发生争执",
}


def status_and_type_sections_disputes(built: Built, rng: random.Random) -> None:
    head = ["序号", "排查日期", "村（社区）", "当事人", "纠纷简要情况", "包案责任人", "备注"]
    width = len(head)
    sheet = Sheet("排查化解台账")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账", width)
    sheet.header([head])
    records = []
    for s, (section, (status, count)) in enumerate(DISPUTE_STATUS.items()):
        # Right under the header, the heading and its count in two cells, not merged (as in the enforcement register).
        sheet.add(f"{NUMERALS[s]}、{section}", f"（共{count}件）", *([None] * (width - 2)))
        kinds = sorted(rng.choice(DISPUTE_TYPES[: 2 + s % 3]) for _ in range(count))
        for t, kind in enumerate(dict.fromkeys(kinds)):
            block = [k for k in kinds if k == kind]
            _section(sheet, f"（{NUMERALS[t]}）{kind}", width)
            for n, day in enumerate(fake.dates_in(rng, YEAR, len(block)), start=1):
                sheet.add(n, f"{day.month}月{day.day}日", rng.choice(VILLAGES), f"{fake.name(rng)}、{fake.name(rng)}",
                          GISTS[kind], fake.name(rng), None)  # fmt: skip
                records.append({"screened_on": day, "status": status})
            sheet.add("小计", None, None, None, f"{len(block)}件", None, None)
    sheet.blank()
    sheet.add("填表人：", None, "审核人：")
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("status_section_rows", DISPUTES_FILE, "排查化解台账", f,
                "没有化解情况列：一、已化解纠纷 | （共N件） / 二、正在化解纠纷 / 三、未化解纠纷 分节（第一节紧接表头），其下各行属该状态")  # fmt: skip
    built.quirk("nested_section_rows", DISPUTES_FILE, "排查化解台账", f,
                "每节之下又按纠纷类型分 （一）婚姻家庭纠纷 （二）邻里纠纷…，序号每个类型从1编起，每类之后 小计")  # fmt: skip
    built.quirk("year_from_title", DISPUTES_FILE, "排查化解台账", f, "排查日期 写 3月5日，年份只在标题里")


# --- 人民调解: 一、调解成功案件（共N件） / 二、调解不成功及终止案件; no 调解结果 column --------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记台账（{YEAR}年）.xlsx"
MEDIATION_SECTIONS = {"调解成功案件": ("调解成功", 17), "调解不成功案件": ("调解不成功", 4)}
RATES = {"口头": 100, "书面": 200}


def result_sections_mediation(built: Built, rng: random.Random) -> None:
    head = ["序号", "卷宗号", "受理日期", "纠纷类型", "申请人", "被申请人", "调解员", "补贴金额（元）"]
    width = len(head)
    sheet = Sheet("调解台账")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账", width)
    sheet.header([head])
    records, number = [], 0
    for s, (section, (result, count)) in enumerate(MEDIATION_SECTIONS.items()):
        # The section's number in the 序号 column (一, （一）) and its name merged across the rest of the line, as
        # statistics forms number their sections and rows in one column.
        row = sheet.add(NUMERALS[s], f"{section}（共{count}件）", *([None] * (width - 2)))
        sheet.merges.append((row, 2, row, width))
        forms = (
            sorted(rng.choice(["口头", "口头", "书面"]) for _ in range(count))
            if result == "调解成功"
            else [None] * count
        )
        for t, form in enumerate(dict.fromkeys(forms)):
            block = [f for f in forms if f == form]
            if form:
                row = sheet.add(f"（{NUMERALS[t]}）", f"{form}协议", *([None] * (width - 2)))
                sheet.merges.append((row, 2, row, width))
            total = 0
            for n, day in enumerate(fake.dates_in(rng, YEAR, len(block)), start=1):
                number += 1
                subsidy = RATES[form] if form else None
                file_no = f"（{YEAR}）柘调字第{number}号"
                sheet.add(n, file_no, f"{day:%Y-%m-%d}", rng.choice(["邻里纠纷", "婚姻家庭纠纷", "损害赔偿纠纷"]),
                          fake.name(rng), fake.name(rng), fake.name(rng), subsidy)  # fmt: skip
                records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form,
                                "subsidy": subsidy})  # fmt: skip
                total += subsidy or 0
            sheet.add("小计", None, None, None, None, None, None, total)
    sheet.add("合计", None, None, None, None, None, None, sum(r["subsidy"] or 0 for r in records))
    built.books.append(Book(MEDIATION_FILE, [sheet]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("result_section_rows", MEDIATION_FILE, "调解台账", f,
                "没有调解结果列：一、调解成功案件（共N件） / 二、调解不成功案件（共M件） 分节")  # fmt: skip
    built.quirk("section_number_in_serial_column", MEDIATION_FILE, "调解台账", f,
                "分节行的编号写在序号列（一、（一）），节名合并在其余各列：序号列里 一 与 1、2、3 并存")  # fmt: skip
    built.quirk("nested_section_rows", MEDIATION_FILE, "调解台账", ("mediation.oral", "mediation.written"),
                "没有协议形式列：调解成功案件之下再分 （一）口头协议 / （二）书面协议，序号每组从1编起")  # fmt: skip
    built.quirk("subtotal_after_each_section", MEDIATION_FILE, "调解台账", "mediation.subsidy_yuan",
                "每节之后 小计 行合计补贴金额，最后 合计：都不是案件")  # fmt: skip


# --- 信访: 一、县联办交办件 / 二、市联办交办件 / 三、本级受理件; no 交办单位 column --------------------------------------------

PETITIONS_FILE = f"{TOWN}{YEAR}年信访事项登记台账.docx"
PETITION_SECTIONS = {"县联办交办件": ("县联办", 8), "市联办交办件": ("市联办", 3), "本级受理件": ("本级受理", 5)}
PETITION_STATES = {"已化解": 7, "正在化解": 2}


def source_sections_petitions(built: Built, rng: random.Random) -> None:
    head = ["序号", "信访编号", "交办日期", "信访人", "反映问题", "责任人"]
    width = len(head)
    sheet = Sheet("信访台账")
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", width)
    sheet.header([head])
    records, number = [], 0
    for s, (section, (source, count)) in enumerate(PETITION_SECTIONS.items()):
        _section(sheet, f"{NUMERALS[s]}、{section}", width)
        states = sorted((fake.pick(rng, PETITION_STATES) for _ in range(count)), key=list(PETITION_STATES).index)
        for t, state in enumerate(dict.fromkeys(states)):
            # Each source's items grouped again by where they stand: no 办理状态 column either.
            _section(sheet, f"（{NUMERALS[t]}）{state}", width)
            block = [x for x in states if x == state]
            for n, day in enumerate(fake.dates_in(rng, YEAR, len(block)), start=1):
                number += 1
                petition_no = f"ZX{YEAR}{number:03d}"
                sheet.add(n, petition_no, fake.date_cell(day, "cn"), fake.name(rng),
                          rng.choice(["反映征地补偿款发放问题", "反映农村低保评定问题", "反映道路修建占地问题"]),
                          fake.name(rng))  # fmt: skip
                records.append({"petition_no": petition_no, "assigned_on": day, "source": source, "status": state})
        sheet.add("小计", f"{count}件", *([None] * (width - 2)))
    sheet.doc_after = ["填表人：            审核人：            日期："]
    built.books.append(Book(PETITIONS_FILE, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("source_section_rows", PETITIONS_FILE, "信访台账", f,
                "没有交办单位列：一、县联办交办件 / 二、市联办交办件 / 三、本级受理件 分节（本级受理不是交办件）")  # fmt: skip
    built.quirk("nested_section_rows", PETITIONS_FILE, "信访台账", f,
                "没有办理状态列：每个来源之下再分 （一）已化解 / （二）正在化解，序号每组从1编起")  # fmt: skip
    built.quirk("word_table", PETITIONS_FILE, "信访台账", f, "Word 表格，分节行横跨整行（gridSpan）")
