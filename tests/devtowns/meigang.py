"""梅岗镇（虚构）2024: the tenth development town, from public templates and office habits none of the other nine used.

Disputes as the grid's monthly screening book: a sheet per month (1月 … 12月) each closed by its own 合计 line, then a
全年 sheet that is a summary (a row per month: 排查件数, 化解件数), and 排查时间 typed to the month only (2024年3月).
Mediation as the 人民调解 information system's CSV export with a title line above the header and a footer of
制表人 / 审核人 / 制表日期 below the records. Enforcement as the 双公示 export whose header is written vertically, a
line break after every character (案\\n件\\n类\\n别). The 法制工作台账 keeps two ledgers of different kinds side by
side in one sheet: 行政应诉案件登记 on the left, 规范性文件备案登记 on the right, each under its own title. The fraud
list codes 是否取得联系 as 1/0. The counsel's record groups a village's services under the village name merged down,
the month only (2024年3月), and counts in Chinese numerals (三件, 十二人次). No petition, disclosure, security or
training ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null

TOWN = "梅岗镇"
YEAR = 2024
GOV = "梅岗镇人民政府"
VILLAGES = ("梅岗社区", "竹山村", "下坝村", "杏林村", "白沙村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    month_sheets_with_year_summary_disputes(built, rng)
    csv_title_and_signature_footer_mediation(built, rng)
    vertical_header_enforcement(built, rng)
    two_ledgers_side_by_side_litigation_normative(built, rng)
    one_zero_codes_fraud_watch(built, rng)
    merged_village_groups_counsel(built, rng)
    for kind in ("petitions", "disclosure", "security", "training"):
        built.ledgers[kind] = Null("梅岗镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", ("petitions.*", "disclosure.*", "security.*", "training.*"))
    return built


def month_only(d: dt.date) -> str:
    """2024年3月: the month the office screened it, no day."""
    return f"{d.year}年{d.month}月"


_CN_NUM = "零一二三四五六七八九"


def chinese_count(n: int) -> str:
    """三, 十二, 二十: a count as typed in words (1–99)."""
    tens, ones = divmod(n, 10)
    if tens == 0:
        return _CN_NUM[ones]
    return ("" if tens == 1 else _CN_NUM[tens]) + "十" + (_CN_NUM[ones] if ones else "")


# --- 矛盾纠纷: a sheet per month with its 合计, then a 全年 summary; the month only ----------------------------------

DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭纠纷": 3, "山林土地纠纷": 3, "劳资纠纷": 2, "物业纠纷": 1}
STATUS = {"已化解": ("已化解", 8), "化解中": ("化解中", 1.5), "未化解": ("未化解", 0.5)}


def month_sheets_with_year_summary_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年网格矛盾纠纷排查化解月报台账.xlsx"
    head = ["序号", "排查时间", "所属网格", "纠纷类型", "当事人", "纠纷简要情况", "化解情况", "网格员"]
    sheets = []
    records = []
    summary_rows = []
    for month in range(1, 13):
        sheet = Sheet(f"{month}月")
        sheet.title(f"{TOWN}{YEAR}年{month}月网格矛盾纠纷排查化解台账", len(head))
        # From July the grid's new form asks 是否化解 and wants 1 or 0.
        coded = month >= 7
        sheet.header([[*head[:6], "是否化解（1是0否）" if coded else head[6], head[7]]])
        count = 0 if month == 2 else rng.randint(3, 8)
        first = sheet.next_row
        resolved = 0
        for n in range(1, count + 1):
            day = dt.date(YEAR, month, rng.randint(1, 28))
            status = STATUS[fake.pick(rng, {k: w for k, (_, w) in STATUS.items()})][0]
            sheet.add(
                n,
                month_only(day),
                f"{rng.choice(VILLAGES)}第{rng.randint(1, 4)}网格",
                fake.pick(rng, DISPUTE_TYPES),
                f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}",
                rng.choice(["因宅基地边界发生争执", "因拖欠工钱产生矛盾", "因漏水引发邻里纠纷", "因赡养分担产生分歧"]),
                (1 if status == "已化解" else 0) if coded else status,
                fake.name(rng),
            )
            records.append({"screened_on": day, "status": status})
            resolved += status == "已化解"
        last = sheet.next_row - 1
        sheet.add(
            "合计",
            f"共{count}件",
            None,
            None,
            None,
            None,
            (
                Formula(f"SUM(G{first}:G{last})", resolved)
                if coded
                else Formula(f'COUNTIF(G{first}:G{last},"已化解")', resolved)
            )
            if count
            else 0,
            None,
        )
        summary_rows.append((month, count, resolved))
        sheets.append(sheet)
    year_sheet = Sheet("全年")
    shead = ["月份", "排查件数", "化解件数", "化解率"]
    year_sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解情况汇总", len(shead))
    year_sheet.header([shead])
    for month, count, resolved in summary_rows:
        year_sheet.add(f"{month}月", count, resolved, f"{resolved / count:.1%}" if count else "—")
    screened = sum(c for _, c, _ in summary_rows)
    resolved_all = sum(r for _, _, r in summary_rows)
    year_sheet.add("全年合计", screened, resolved_all, f"{resolved_all / screened:.1%}")
    built.books.append(Book(file, [*sheets, year_sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "month_sheets_with_year_summary",
        file,
        "1月…12月/全年",
        f,
        "每月一张表，各有合计行（共N件、COUNTIF 已化解）；最后一张“全年”是按月汇总（月份、排查件数、化解件数）：全年只计一次",
    )
    built.quirk("month_only_date", file, "1月…12月", f, "排查时间 只写到月：2024年3月")
    built.quirk(
        "one_zero_codes",
        file,
        "7月…12月",
        f,
        "7月起换用新表：化解情况 一列改为 是否化解（1是0否），填 1 或 0；合计行为 SUM",
    )


# --- 人民调解: the information system's CSV export with a title and a signature footer ---------------------------

TIERS = {"口头": 50, "书面一般": 100, "书面疑难": 200}


def csv_title_and_signature_footer_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件登记（系统导出）.csv"
    head = [
        "序号",
        "案件编号",
        "受理日期",
        "纠纷类型",
        "申请人",
        "被申请人",
        "调解结果",
        "协议形式（1口头2书面）",
        "补贴金额（元）",
    ]
    sheet = Sheet("导出")
    sheet.add(f"{TOWN}人民调解委员会{YEAR}年调解案件登记表")
    sheet.header([head])
    records = []
    days = fake.dates_in(rng, YEAR, 40)
    # one case accepted late in 2023, closed in 2024, still in the export (not a 2024 case)
    days[0] = dt.date(YEAR - 1, 12, 27)
    for n, day in enumerate(days, start=1):
        result = fake.pick(rng, {"调解成功": 8, "调解不成功": 1.5, "终止调解": 0.5})
        form = None
        subsidy = None
        if result == "调解成功":
            form = "口头" if rng.random() < 0.6 else "书面"
            subsidy = TIERS["口头"] if form == "口头" else TIERS[rng.choice(["书面一般", "书面一般", "书面疑难"])]
        no = f"MG{day.year}{n:04d}"
        sheet.add(
            n,
            no,
            fake.date_cell(day, "iso"),
            fake.pick(rng, DISPUTE_TYPES),
            fake.masked(fake.name(rng)),
            fake.masked(fake.name(rng)),
            result,
            {"口头": 1, "书面": 2}.get(form, ""),
            subsidy if subsidy is not None else "",
        )
        records.append(
            {"file_no": no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy}
        )  # fmt: skip
    sheet.add(
        f"制表人：{fake.name(rng)}", None, None, f"审核人：{fake.name(rng)}", None, None, "制表日期：2025年1月6日"
    )
    built.books.append(Book(file, [sheet], fmt="csv-gbk"))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("csv_title_line", file, "（CSV）", f, "系统导出的 CSV：表头上一行是表名")
    built.quirk(
        "csv_signature_footer",
        file,
        "（CSV）",
        f,
        "末行 制表人：… 审核人：… 制表日期：2025年1月6日：不是案件",
    )
    built.quirk("prior_year_row", file, "（CSV）", f, "第1件 2023年12月27日受理：不计入2024年")
    built.quirk("one_zero_codes", file, "（CSV）", f, "协议形式 导出为代码 1/2，表头注明（1口头2书面）")


# --- 行政执法: the 双公示 export with a header written vertically --------------------------------------------

CATEGORIES = {"行政处罚": 4, "行政许可": 5, "行政检查": 6, "行政确认": 2}


def vertical(text: str) -> str:
    """案\\n件\\n类\\n别: a narrow column's title, a line break after every character."""
    return "\n".join(text)


def vertical_header_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法公示信息（双公示导出）.xlsx"
    head = [vertical("序号"), "行政相对人", vertical("案件类别"), "决定书文号", "事由", vertical("决定日期"), "执法机关",
            vertical("公示日期")]  # fmt: skip
    sheet = Sheet("公示信息")
    sheet.title(f"{TOWN}{YEAR}年行政执法信息公示表", len(head))
    sheet.header([head])
    records = []
    days = fake.dates_in(rng, YEAR, 34)
    days[-1] = dt.date(YEAR, 12, 30)
    for n, day in enumerate(days, start=1):
        category = fake.pick(rng, CATEGORIES)
        no = f"梅综执{category[2:4]}〔{YEAR}〕{n:03d}号"
        published = day + dt.timedelta(days=rng.randint(2, 7))
        sheet.add(
            n,
            fake.masked(fake.name(rng))
            if rng.random() < 0.6
            else f"某某{rng.choice(['商店', '农场', '加工厂'])}（虚构）",
            category,
            no,
            rng.choice(["占道经营", "个体工商户登记", "安全生产检查", "户籍信息确认", "农村建房审批"]),
            fake.date_cell(day, "date"),
            "梅岗镇综合行政执法办（虚构）",
            fake.date_cell(published, "date"),
        )
        records.append({"case_no": no, "category": category, "decided_on": day})
    built.books.append(Book(file, [sheet]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", *(k for k in ("enforcement.licensing", "enforcement.penalty", "enforcement.inspection",
                                              "enforcement.confirmation")))  # fmt: skip
    built.quirk(
        "vertical_header",
        file,
        "公示信息",
        f,
        "窄列的表头竖写，每字一行：序\\n号、案\\n件\\n类\\n别、决\\n定\\n日\\n期",
    )
    built.quirk(
        "competing_dates",
        file,
        "公示信息",
        f,
        "决定日期 旁有 公示日期：年份按决定日期；12月30日决定、2025年1月公示的一件计入2024年",
    )


# --- 法制工作台账: 行政应诉 and 规范性文件备案 side by side in one sheet ----------------------------------------


def two_ledgers_side_by_side_litigation_normative(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}法制工作台账（{YEAR}年）.xlsx"
    left = ["序号", "案号", "原告", "案由", "开庭时间", "负责人是否出庭"]
    right = ["序号", "文件名称", "文号", "印发日期", "报备日期", "备案审查结果"]
    width = len(left) + 1 + len(right)
    sheet = Sheet("法制工作")
    sheet.add(f"{TOWN}{YEAR}年法制工作台账", *([None] * (width - 1)))
    sheet.merges.append((1, 1, 1, width))
    r = sheet.add("一、行政应诉案件登记", *([None] * (len(left) - 1)), None, "二、规范性文件备案登记")
    sheet.merges.append((r, 1, r, len(left)))
    sheet.merges.append((r, len(left) + 2, r, width))
    sheet.header([[*left, None, *right]])
    lit_plan = [
        (f"（{YEAR}）某01行初{rng.randint(10, 99)}号", dt.date(YEAR, 3, 19), True),
        (f"（{YEAR}）某01行初{rng.randint(100, 199)}号", dt.date(YEAR, 6, 25), True),
        (f"（{YEAR}）某01行初{rng.randint(200, 299)}号", dt.date(YEAR, 9, 12), False),
        (f"（{YEAR}）某01行初{rng.randint(300, 399)}号", dt.date(YEAR, 11, 7), True),
    ]
    doc_plan = [
        ("梅岗镇农村人居环境整治奖补办法", f"梅府发〔{YEAR}〕3号", dt.date(YEAR, 2, 26)),
        ("梅岗镇村级小微权力清单运行规定", f"梅府发〔{YEAR}〕11号", dt.date(YEAR, 7, 8)),
    ]
    lit_records = []
    doc_records = []
    for i in range(max(len(lit_plan), len(doc_plan))):
        row: list = [None] * width
        if i < len(lit_plan):
            no, heard, appeared = lit_plan[i]
            row[: len(left)] = [
                i + 1,
                no,
                fake.masked(fake.name(rng)),
                rng.choice(["行政强制", "行政处罚", "行政协议"]),
                fake.date_cell(heard, "cn"),
                "是" if appeared else "否",
            ]
            lit_records.append({"case_no": no, "heard_on": heard, "appeared": appeared})
        if i < len(doc_plan):
            name, no, issued = doc_plan[i]
            row[len(left) + 1 :] = [
                i + 1,
                name,
                no,
                fake.date_cell(issued, "cn"),
                fake.date_cell(issued + dt.timedelta(days=20), "cn"),
                "符合规定，准予备案",
            ]
            doc_records.append({"issued_on": issued})
        sheet.add(*row)
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = lit_records
    built.ledgers["normative_documents"] = doc_records
    built.quirk(
        "two_ledgers_side_by_side",
        file,
        "法制工作",
        (
            "litigation.cases",
            "litigation.leader_appearances",
            "litigation.appearance_rate",
            "normative_documents.issued",
        ),
        "一张表左右并排两本台账：左 行政应诉案件登记，右 规范性文件备案登记，中间空一列，各有小标题",
    )


# --- 涉诈: 是否取得联系 coded 1/0 ------------------------------------------------------------------------------


def one_zero_codes_fraud_watch(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈高危人员管控台账.xlsx"
    head = ["序号", "姓名", "身份证号码", "联系电话", "村（社区）", "管控状态", "是否取得联系（1是0否）", "备注"]
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账", len(head))
    sheet.header([head])
    records = []
    for n, removed, contacted, person in fake.watch_list(rng, 14, VILLAGES, 0.4):
        sheet.add(n, *person, "已核减" if removed else "在册", 1 if contacted else 0, "已返乡" if removed else None)
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(file, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk(
        "one_zero_codes",
        file,
        "管控台账",
        ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
        "是否取得联系 写作 1/0（表头注明 1是0否）",
    )


# --- 法律顾问: a village's services grouped under its merged name; the month only; counts in words -------------

SERVICES = {  # as typed → canonical, weight, count range, unit
    "法律咨询": ("法律咨询", 5, (1, 12), "人次"),
    "审查合同": ("文书审核", 3, (1, 4), "件"),
    "出具法律意见书": ("法律意见书", 2, (1, 3), "件"),
    "协助法律援助": ("法律援助", 0.6, (1, 1), "件"),
    "法治讲座": ("法治讲座", 1, (1, 1), "场"),
}


def merged_village_groups_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}村（居）法律顾问服务记录（{YEAR}年）.xlsx"
    head = ["村（社区）", "法律顾问", "服务月份", "服务类型", "服务内容", "数量"]
    sheet = Sheet("服务记录")
    sheet.title(f"{TOWN}村（居）法律顾问服务记录（{YEAR}年）", len(head))
    sheet.header([head])
    records = []
    for village in VILLAGES:
        lawyer = fake.name(rng)
        first = sheet.next_row
        months = sorted(rng.sample(range(1, 13), rng.randint(4, 7)))
        for month in months:
            typed = fake.pick(rng, {k: w for k, (_, w, _, _) in SERVICES.items()})
            service, _, (lo, hi), unit = SERVICES[typed]
            count = rng.randint(lo, hi)
            item = sheet.next_row == first
            sheet.add(
                village if item else None,
                lawyer if item else None,
                month_only(dt.date(YEAR, month, 1)),
                typed,
                rng.choice(["土地承包合同", "村规民约修订", "赡养纠纷", "工程款结算", "征地补偿"]),
                f"{chinese_count(count)}{unit}",
            )
            records.append({"served_on": dt.date(YEAR, month, 1), "service": service, "quantity": count})
        last = sheet.next_row - 1
        if last > first:
            sheet.merges.append((first, 1, last, 1))
            sheet.merges.append((first, 2, last, 2))
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("merged_record_groups", file, "服务记录", f, "村（社区）和法律顾问 合并在该村的各行之上")
    built.quirk("month_only_date", file, "服务记录", f, "服务月份 写作 2024年3月")
    built.quirk("counts_in_words", file, "服务记录", f, "数量 写作 三件、十二人次、一场")
