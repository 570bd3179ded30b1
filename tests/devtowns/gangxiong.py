"""岗雄乡 (虚构; 隆岗县, a fictitious 县 of 西藏 between 日喀则, 山南 and 林芝), 2024: a 乡 of 牧区 and 农区 villages, of
自然村 and 牧业点 on the summer pastures, whose quarrels are over 草场 boundaries and 草场承包, over 越界采挖 in the 虫草
season and 松茸 picking in the forest villages, whose border village (玉措村) is a 边境小康村 and whose 易地扶贫搬迁
安置点 (幸福家园安置点) came down from the high pastures; 双联户 and the 驻村工作队 screen disputes with the 村委会, one
一村一法律顾问 serves all the villages, the 乡综合执法队 has few cases and 信访 is small in number. Most people have
Tibetan names without a Han surname, the same short name shared by many (扎西, 次仁, 卓玛), some with a house or place
name first (帕热次仁). Built blind (the 89th town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool; words and habits taken, no data):
- 噶尔县 左左乡 2025 法治政府建设工作年度报告 (gaer.gov.cn/info/1046/30167.htm): 乡党委会集体学习, 理论中心组学习,
  全面依法治县委员会 工作要点 — the 学法 sheet's sessions and the 乡's report habits.
- 山南 乃东区 2024 政府信息公开工作年度报告 (naidong.gov.cn/zwgk/xxgknb/202501/t20250127_146820.html) and 墨脱县
  加热萨乡 / 德兴乡 年报 (motuo.gov.cn/mtx/c106061/202201/dd5886bf3d30426eb0f23fc332615876.shtml,
  motuo.gov.cn/mtx/c106061/202302/4f9d71428e7c46e3a9ceaf3822963735.shtml): 乡村两级公示栏, the 乡's 微信公众号 as the
  main channel, 红头文件, 主动公开信息 N 期 — the 政务公开 list.
- 中新网 on 比如县 白嘎乡 虫草采挖 (siping.babangzou.com/moa/2025072214923142.html): 越界采挖, 地界纠纷, 权属纠纷, 采集点
  驻点 调解 — the 虫草 dispute words and the 采集证 register.
- 民主与法制 on 南木林县 (e.mzyfz.org.cn/paper/2515/paper_67250_13699.html): 村法律顾问 参与矛盾纠纷排查, 普法宣传,
  代写法律文书 — the counsel's services; xizang.me/post/2488.html: 双语调解室, 草场纠纷.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.
No public 西藏 township register export was found in the stored corpora (nor a bilingual 藏汉 header of a real register,
so none is made): columns are ledger-kinds.md's with the region's words. Everything is fictitious: the 县 (隆岗县),
the 乡, its 村, 居委会 and 安置点, the people, the case numbers.

Files (10, seven formats); four in structures no earlier town has:
- the 综治中心's 矛盾纠纷 register (xlsx) laid out **in two blocks side by side** for printing (左右分栏: cases 1–N/2 on
  the left, the rest on the right, one blank column between, one header row over both);
- the 信访 book (Word) kept **as numbered paragraphs**, no table (一、2024年3月12日，县联办交办…。办理情况：已化解。);
- the 综合执法队's platform export (UTF-8 BOM CSV) whose 案情简介 and 处理结果 cells hold **line breaks inside quotes**;
- the 一村一法律顾问 statistics (xlsx): **a cross-tab of 村 × service with the quarters as column groups** (一季度 › 法律
  咨询 | 审查合同 | 法律意见书 | 法律援助 …), the only source of the counsel figures;
and ordinary ones: the 人民调解 register (BIFF .xls), the 政务公开 list (HTML .xls), the 派出所's 平安建设 records (GBK
CSV), the 学法 / 应诉 / 规范性文件 book (.ods), the 涉诈 list (xlsx) and a 虫草采集证 register (xlsx, no figure).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Stats

TOWN = "岗雄乡"
YEAR = 2024
COUNTY = "隆岗县"
SEED = 89_2024
CUN = ("岗雄村", "帕热村", "曲当村", "达琼村", "玉措村", "桑日村")
JU = "岗雄居委会"
ANZHI = "幸福家园安置点"
PLACES = (*CUN, JU, ANZHI)
_PARAGRAPHS = (
    "信访登记写成编号段落（一、二、三…），没有表格：日期、交办层级（县联办交办 / 群众来访）、办理情况都写在句子里，没有列名；"
    "fzlib 不从句子里猜字段（file.register_as_paragraphs，请经办科室给表格版本），三个信访数照实不给"
)
KNOWN_WITHHELD = {
    "petitions.assigned": _PARAGRAPHS,
    "petitions.resolved": _PARAGRAPHS,
    "petitions.in_progress": _PARAGRAPHS,
}

# Short Tibetan names, many people share each; a person's name is one or two of them, or a house / place name first.
_SHORT = ("扎西", "次仁", "拉巴", "卓玛", "格桑", "曲珍", "多吉", "央金", "平措", "旺堆", "达瓦", "普布", "边巴", "尼玛",
          "德吉", "索朗", "桑珠", "白玛", "罗布", "仓决", "巴桑", "旦增", "拉姆", "琼达", "顿珠", "米玛", "玉珍", "次旦",
          "欧珠", "贡嘎")  # fmt: skip
_HOUSE = ("帕热", "岗雄", "曲当", "雪巴", "朗色", "卡觉")


def tibetan_name(rng: random.Random) -> str:
    """A fictitious name of the shape the region writes: 次仁, 扎西次仁, 帕热次仁 (house name first), 小次仁."""
    roll = rng.random()
    if roll < 0.3:
        return rng.choice(_SHORT)
    if roll < 0.8:
        a, b = rng.sample(_SHORT, 2)
        return a + b
    if roll < 0.93:
        return rng.choice(_HOUSE) + rng.choice(_SHORT)
    return rng.choice(("大", "小")) + rng.choice(_SHORT)


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


# --- 综治中心: 矛盾纠纷, two blocks side by side (xlsx) ----------------------------------------------------

DISPUTE_TYPES = {
    "草场边界纠纷": 5,
    "草场承包纠纷": 3,
    "虫草采集纠纷（越界采挖）": 3,
    "松茸采集纠纷": 1.5,
    "邻里纠纷": 4,
    "婚姻家庭纠纷": 3,
    "牲畜损害赔偿纠纷": 2,
    "搬迁安置纠纷": 1,
    "劳务纠纷": 1,
}
# 化解情况 as the 综治中心 types it → the truth's status.
DISPUTE_STATES = {"已化解": "已化解", "调解成功": "已化解", "化解中": "化解中", "稳控中": "化解中",
                  "未化解": "未化解", "已移交县综治中心": "已上报/移交"}  # fmt: skip
_BRIEF = {
    "草场边界纠纷": "夏季牧场边界争执",
    "草场承包纠纷": "草场承包面积认定争议",
    "虫草采集纠纷（越界采挖）": "越界采挖虫草发生争执",
    "松茸采集纠纷": "松茸采集地块争议",
    "邻里纠纷": "院墙及排水问题",
    "婚姻家庭纠纷": "赡养及家庭财产问题",
    "牲畜损害赔偿纠纷": "牦牛踩踏青稞地赔偿",
    "搬迁安置纠纷": "安置房分配及旧宅基地问题",
    "劳务纠纷": "工程劳务费结算",
}


def disputes_side_by_side_xlsx(built: Built, rng: random.Random) -> list[dict]:
    """The 乡综治中心's 矛盾纠纷排查化解台账 (xlsx), laid out for printing on one landscape page in two blocks side by side
    (左右分栏): the same seven columns (序号, 排查日期, 村（居）, 纠纷类型, 当事人, 简要情况, 化解情况) twice, one blank column
    between, the left block holding cases 1…N/2 and the right block the rest (its 序号 running on). 当事人 and 简要情况 name
    people (扎西次仁与次仁…), the free text too. Returns the year's records (for the mediation register)."""
    name = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.xlsx"
    sheet = Sheet("排查台账")
    cols = ["序号", "排查日期", "村（居）", "纠纷类型", "当事人", "简要情况", "化解情况"]
    sheet.title(f"{COUNTY}{TOWN}{YEAR}年矛盾纠纷排查化解工作台账", 15)
    sheet.add(f"填报单位：{TOWN}综治中心（盖章）", *[None] * 9, "填报时间：2025年1月6日")
    sheet.header([[*cols, None, *cols]])
    states = {"已化解": 40, "调解成功": 12, "化解中": 4, "稳控中": 3, "未化解": 2, "已移交县综治中心": 2}
    rows, records = [], []
    for n, day in enumerate(_days(rng, 76), start=1):
        place = rng.choice(PLACES)
        kind = fake.pick(rng, DISPUTE_TYPES)
        if place == ANZHI and rng.random() < 0.5:
            kind = "搬迁安置纠纷"
        said = fake.pick(rng, states)
        a, b = tibetan_name(rng), tibetan_name(rng)
        style = rng.choice(["dot", "dot", "date", "cn"])
        rows.append([n, fake.date_cell(day, style), place, kind, f"{a}、{b}", f"{a}与{b}{_BRIEF[kind]}", said])
        records.append({"screened_on": day, "status": DISPUTE_STATES[said], "kind": kind})
    half = (len(rows) + 1) // 2
    for i in range(half):
        right = rows[half + i] if half + i < len(rows) else [None] * 7
        sheet.add(*rows[i], None, *right)
    built.books.append(Book(name, [sheet]))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("register_in_side_by_side_blocks", name, sheet.name,
                ("disputes.screened", "disputes.resolved", "disputes.resolution_rate"),
                "左右分栏打印：同一本台账分成左右两块（各7列、同一行表头、中间空一列），右块接着左块编号：每块都是记录")  # fmt: skip
    built.quirk("tibetan_names_in_free_text", name, sheet.name, "disputes.screened",
                "当事人与简要情况写藏族人名（扎西次仁、次仁、帕热次仁，无汉姓）：不得出现在输出里")  # fmt: skip
    built.quirk("value_synonyms", name, sheet.name, ("disputes.resolved", "disputes.resolution_rate"),
                "调解成功=已化解；稳控中 是化解中；已移交县综治中心 不是化解")  # fmt: skip
    return [r for r in records if r["screened_on"].year == YEAR]


# --- 人民调解委员会 (BIFF .xls) ---------------------------------------------------------------------------

# 以案定补 of this fictitious 县 (illustrative): 口头 100; 书面 一般 200 / 疑难 400 元.
SUBSIDY = {("口头", "一般"): 100, ("书面", "一般"): 200, ("书面", "疑难"): 400}


def mediation_register_biff(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 乡人民调解委员会's 人民调解案件登记台账 (.xls of Excel 97): 卷宗号 （2024）岗人调字第N号, two header rows (当事人 ›
    申请人 | 被申请人), 调解组织 乡人民调解委员会 / 村人民调解委员会 / 双语调解室, 协议形式 口头协议 / 书面协议, 调解结果
    调解成功 / 调解不成功, 难易程度 一般 / 疑难, 以案定补（元）."""
    name = f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账.xls"
    sheet = Sheet("登记台账")
    sheet.title(f"{TOWN}{YEAR}年人民调解案件登记台账", 11)
    sheet.header(
        [
            [
                "序号",
                "卷宗号",
                "受理日期",
                "调解组织",
                "纠纷类型",
                "当事人",
                None,
                "协议形式",
                "调解结果",
                "难易程度",
                "以案定补（元）",
            ],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None],
        ],  # fmt: skip
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11)] + [(1, 6, 1, 7)],
    )
    resolved = [r for r in screened if r["status"] == "已化解"]
    picked = sorted(rng.sample(resolved, 34), key=lambda r: r["screened_on"])
    cases = [("成功", r["screened_on"], r["kind"]) for r in picked]
    cases += [("不成功", d, fake.pick(rng, DISPUTE_TYPES)) for d in _days(rng, 4)]
    cases.sort(key=lambda c: c[1])
    records = []
    for n, (outcome, day, kind) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）岗人调字第{n}号"
        org = fake.pick(rng, {"乡人民调解委员会": 4, "村人民调解委员会": 3, "双语调解室": 2})
        if outcome == "成功":
            form = "书面" if rng.random() < 0.4 else "口头"
            tier = ("疑难" if rng.random() < 0.3 else "一般") if form == "书面" else "一般"
            subsidy = SUBSIDY[(form, tier)]
            sheet.add(n, file_no, fake.date_cell(day, "date"), org, kind, tibetan_name(rng), tibetan_name(rng),
                      f"{form}协议", "调解成功", tier, subsidy)  # fmt: skip
        else:
            form, subsidy = None, None
            sheet.add(n, file_no, fake.date_cell(day, "date"), org, kind, tibetan_name(rng), tibetan_name(rng),
                      "", "调解不成功", "", "")  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": "调解成功" if outcome == "成功" else "调解不成功",
                        "form": form, "subsidy": subsidy})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("header_two_rows_with_parties", name, sheet.name, "mediation.cases", "当事人 › 申请人 | 被申请人")


# --- 信访: numbered paragraphs in Word ----------------------------------------------------------------

_NUMERALS = "一二三四五六七八九十"


def petitions_paragraphs_docx(built: Built, rng: random.Random) -> None:
    """The 乡's 信访 book as the office keeps it in Word: no table, one numbered paragraph per item (一、2024年3月12日，县联办
    交办（编号 GX-2024-01）：帕热村群众反映草场承包面积认定问题。办理情况：已化解。), the 交办 level and the state written in
    the sentence; items received at the 乡's own 接待日 say 本级受理. A few items a year, as a 乡's 信访 is."""
    name = f"{TOWN}{YEAR}年信访事项办理情况登记.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项办理情况登记", doc_tabbed=True)
    plan = [
        ("县联办", "帕热村", "草场承包面积认定", "已化解"),
        ("本级受理", "幸福家园安置点", "安置房分配", "已化解"),
        ("市联办", "玉措村", "边境小康村建设占用草场补偿", "已化解"),
        ("县联办", "曲当村", "虫草采集区域划分", "正在化解"),
        ("本级受理", "岗雄村", "低保评定", "已化解"),
        ("县联办", "达琼村", "松茸采集收益分配", "已化解"),
    ]
    days = _days(rng, len(plan))
    records = []
    sheet.add(f"填报单位：{TOWN}党政办（信访）")
    for n, ((source, place, matter, state), day) in enumerate(zip(plan, days), start=1):
        no = f"GX-{YEAR}-{n:02d}"
        lead = "群众来访（乡接待日）" if source == "本级受理" else f"{source}交办"
        sheet.add(
            f"{_NUMERALS[n - 1]}、{day.year}年{day.month}月{day.day}日，{lead}（编号 {no}）：{place}群众"
            f"{tibetan_name(rng)}反映{matter}问题。办理情况：{state}。"
        )
        records.append({"petition_no": no, "source": source, "assigned_on": day, "status": state})
    sheet.add("以上共计信访事项6件。")
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("register_as_numbered_paragraphs", name, "（正文）",
                ("petitions.assigned", "petitions.resolved", "petitions.in_progress"),
                "信访登记不是表格：每件一段，一、二、三… 编号，日期、交办层级（县联办交办/市联办交办/群众来访）、编号、"
                "办理情况都写在句子里")  # fmt: skip


# --- 综合执法队: a platform export with line breaks inside quoted cells (UTF-8 BOM CSV) ---------------------

ENFORCEMENT = {
    "草原防火检查": ("行政检查", 5),
    "虫草采集证查验": ("行政检查", 4),
    "安置点燃气安全检查": ("行政检查", 2),
    "无证采挖虫草": ("行政处罚", 2),
    "禁牧区违规放牧": ("行政处罚", 2),
    "牧民定居点建房许可": ("行政许可", 2),
}
_LETTER = {"行政检查": "检", "行政处罚": "罚", "行政许可": "许"}


def enforcement_export_csv(built: Built, rng: random.Random) -> None:
    """The 乡综合执法队's cases exported from the county's 行政执法监督平台 as a UTF-8 CSV with BOM: 案件编号, 案件名称, 执法
    类别, 当事人, 案情简介, 处理结果, 决定日期, 执法人员; 案情简介 and 处理结果 are typed in several lines in the platform, so
    their cells hold line breaks inside quotes (one record spans several physical lines of the file)."""
    name = f"{TOWN}综合行政执法队{YEAR}年执法案件导出.csv"
    sheet = Sheet("导出")
    sheet.add("案件编号", "案件名称", "执法类别", "当事人", "案情简介", "处理结果", "决定日期", "执法人员")
    plan = [c for c, (_, w) in ENFORCEMENT.items() for _ in range(w)]
    rng.shuffle(plan)
    counters = {"检": 0, "罚": 0, "许": 0}
    records = []
    for cause, day in zip(plan, _days(rng, len(plan), dt.date(YEAR, 3, 1))):
        category = ENFORCEMENT[cause][0]
        letter = _LETTER[category]
        counters[letter] += 1
        case_no = f"隆岗岗雄综执{letter}〔{YEAR}〕{counters[letter]}号"
        place = rng.choice(PLACES)
        who = tibetan_name(rng)
        brief = f"{day.month}月{day.day}日，执法人员在{place}开展{cause}。\n当事人：{who}。\n现场检查情况已记录。"
        result = {"行政检查": "未发现问题\n已告知注意事项", "行政处罚": "警告\n责令改正",
                  "行政许可": "准予许可\n已送达决定书"}[category]  # fmt: skip
        sheet.add(case_no, f"{place}{cause}", category, who, brief, result, f"{day:%Y-%m-%d}",
                  f"{tibetan_name(rng)}、{tibetan_name(rng)}")  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": day})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["enforcement"] = records
    built.quirk("csv_multiline_quoted_cells", name, "（CSV）",
                ("enforcement.cases", "enforcement.inspection", "enforcement.penalty", "enforcement.licensing"),
                "平台导出的 CSV：案情简介、处理结果 在引号里换行，一条记录占文件的好几行")  # fmt: skip


# --- 一村一法律顾问: a cross-tab of 村 × service with quarter column groups (xlsx) ------------------------------

SERVICES = ("法律咨询（人次）", "审查合同（件）", "法律意见书（件）", "法律援助（件）")
_SERVICE_FIGURE = ("counsel.consultations", "counsel.document_reviews", "counsel.opinions", "counsel.legal_aid")
_QUARTERS = ("一季度", "二季度", "三季度", "四季度")


def counsel_crosstab_xlsx(built: Built, rng: random.Random) -> None:
    """The 一村一法律顾问's year statistics (xlsx), one lawyer for all villages: rows are the 村（居）, columns grouped by
    quarter (一季度 › 法律咨询（人次） | 审查合同（件） | 法律意见书（件） | 法律援助（件）, and so for 二、三、四季度), then a
    全年合计 group of SUM formulas, and a 合计 row. The only source of the counsel figures: the year's total is the 合计
    row's 全年 group (the sum of all quarters over all villages)."""
    name = f"{TOWN}一村一法律顾问服务情况统计表（{YEAR}年）.xlsx"
    sheet = Sheet("服务统计")
    width = 1 + 4 * 5
    sheet.title(f"{COUNTY}{TOWN}“一村（居）一法律顾问”服务情况统计表（{YEAR}年）", width)
    sheet.add(f"法律顾问：{COUNTY}雪域律师事务所（虚构）", *[None] * (width - 2))
    top = ["村（居）"]
    for group in (*_QUARTERS, "全年合计"):
        top += [group, None, None, None]
    sheet.header([top, [None, *SERVICES * 5]],
                 [(1, 1, 2, 1)] + [(1, 2 + 4 * g, 1, 5 + 4 * g) for g in range(5)])  # fmt: skip
    first = sheet.next_row
    totals = [0, 0, 0, 0]
    weights = (3.0, 0.8, 0.3, 0.15)
    for place in PLACES:
        row: list = [place]
        for _q in range(4):
            for s in range(4):
                value = sum(1 for _ in range(6) if rng.random() < weights[s] / 6 * (1.6 if s == 0 else 1))
                if s == 0:
                    value += rng.randint(0, 3)
                totals[s] += value
                row.append(value if value else None)  # a blank is 0, as the office leaves it
        r = sheet.next_row
        for s in range(4):
            cells = [f"{_col(2 + 4 * q + s)}{r}" for q in range(4)]
            cached = sum((row[1 + 4 * q + s] or 0) for q in range(4))
            row.append(Formula("+".join(cells), cached))
        sheet.add(*row)
    last = sheet.next_row - 1
    total_row: list = ["合计"]
    for c in range(2, width + 1):
        cached = sum(
            (v.cached if isinstance(v, Formula) else (v or 0))
            for v in (sheet.rows[r - 1][c - 1] for r in range(first, last + 1))
        )
        total_row.append(Formula(f"SUM({_col(c)}{first}:{_col(c)}{last})", cached))
    sheet.add(*total_row)
    counts = dict(zip(_SERVICE_FIGURE, totals))
    built.books.append(Book(name, [sheet]))
    built.ledgers["counsel"] = Stats(counts)
    built.quirk("crosstab_village_by_service_quarter_groups", name, sheet.name,
                ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid"),
                "村（居）× 服务类型 的交叉统计表：每季度一组四列（法律咨询/审查合同/法律意见书/法律援助），再一组 全年合计（公式），"
                "末行 合计；空格是0；是这几个数唯一的来源")  # fmt: skip


def _col(c: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(c)


# --- 政务公开 (HTML .xls) ---------------------------------------------------------------------------

DISCLOSURE = {
    ("乡村两级公示栏", "主动公开"): 3,
    ("县政府门户网站", "主动公开"): 2,
    ("“幸福岗雄”微信公众号", "宣传报道"): 4,
    ("隆岗县融媒体中心", "宣传报道"): 1,
}
_TOPICS = ("草原生态保护补助奖励资金发放公示", "低保对象名单公示", "边境小康村建设项目公示", "虫草采集管理通告",
           "易地扶贫搬迁安置点入住公示", "双联户户长推选结果公示", "驻村工作队开展双语普法", "法律明白人入户宣讲",
           "草原防火期通告", "乡财政预算公开")  # fmt: skip


def disclosure_html(built: Built, rng: random.Random) -> None:
    """The 乡's 政务公开 list exported from the county portal's back office as an HTML table saved .xls: 序号, 信息标题,
    公开渠道, 公开类型 (主动公开 / 宣传报道), 发布日期, 责任科室."""
    name = f"{TOWN}{YEAR}年政务公开信息登记.xls"
    sheet = Sheet("信息登记")
    sheet.header([["序号", "信息标题", "公开渠道", "公开类型", "发布日期", "责任科室"]])
    keys = list(DISCLOSURE)
    picks = [rng.choices(keys, weights=[DISCLOSURE[k] for k in keys])[0] for _ in range(46)]
    records = []
    for n, (day, (channel, kind)) in enumerate(zip(_days(rng, len(picks)), picks), start=1):
        sheet.add(
            n,
            rng.choice(_TOPICS),
            channel,
            kind,
            f"{day:%Y-%m-%d}",
            rng.choice(["党政办", "综治中心", "农牧综合服务中心"]),
        )
        records.append({"published_on": day, "type": "媒体发布" if kind == "宣传报道" else kind})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["disclosure"] = records
    built.quirk("html_as_xls", name, sheet.name, ("disclosure.proactive", "disclosure.media"))


# --- 派出所: 平安建设 records (GBK CSV) ------------------------------------------------------------------


def security_gbk(built: Built, rng: random.Random) -> None:
    """The 派出所's 平安建设 records sent to the 乡 as a GBK CSV: 日期, 类型 (家暴告诫书 / 涉赌治安案件 / 打架斗殴 / 涉黄治安案件),
    村（居）, 当事人, 处理结果, 治安拘留人数."""
    name = f"{TOWN}{YEAR}年平安建设工作登记.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{TOWN}{YEAR}年平安建设工作登记（派出所报送）")
    sheet.add("日期", "类型", "村（居）", "当事人", "处理结果", "治安拘留人数")
    plan = ["家暴告诫书"] * 5 + ["涉赌治安案件"] * 3 + ["打架斗殴"] * 4 + ["涉黄治安案件"] * 1
    rng.shuffle(plan)
    records = []
    for kind, day in zip(plan, _days(rng, len(plan))):
        detained = {"家暴告诫书": 0, "涉赌治安案件": rng.choice([0, 2, 3]), "打架斗殴": rng.choice([0, 1]),
                    "涉黄治安案件": 2}[kind]  # fmt: skip
        result = {"家暴告诫书": "出具告诫书", "涉赌治安案件": "罚款、拘留" if detained else "罚款",
                  "打架斗殴": "拘留" if detained else "调解", "涉黄治安案件": "行政拘留"}[kind]  # fmt: skip
        sheet.add(f"{day:%Y/%m/%d}", kind, rng.choice(PLACES), tibetan_name(rng), result, detained)
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["security"] = records
    built.quirk("csv_gbk", name, "（CSV）", ("security.dv_warnings", "security.vice_cases", "security.vice_detentions"))


# --- 学法 / 应诉 / 规范性文件 (.ods) -----------------------------------------------------------------------


def rule_of_law_ods(built: Built, rng: random.Random) -> None:
    """The 乡's 法治建设 book (.ods): 学法用法 (双语普法 法律明白人 trainings, the 党委会 学法, the 学法考法 exam with 应参考 /
    实参考), 行政应诉 (one case), 规范性文件 (none, said under the header)."""
    name = f"{TOWN}{YEAR}年法治建设台账.ods"
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训登记", 8)
    train.header([["序号", "日期", "培训名称", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan = [
        ("乡党委会集体学法（习近平法治思想）", "领导干部", "会前学法", 11, None, None),
        ("法律明白人双语培训（草原法、民法典）", "法律明白人", "线下", 42, None, None),
        ("驻村工作队、双联户户长普法培训", "双联户户长", "线下", 66, None, None),
        ("国家工作人员学法考法", "领导干部", "考试", 38, 40, 38),
        ("法律明白人人民调解技能培训", "法律明白人", "线下", 35, None, None),
    ]
    records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan, _days(rng, len(plan))), 1):
        train.add(n, fake.date_cell(day, "cn"), title, who, form, people, req, took)
        records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记", 7)
    lit.header([["序号", "案号", "原告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭"]])
    day = _days(rng, 1, dt.date(YEAR, 6, 1))[0]
    lit.add(
        1, f"（{YEAR}）藏9926行初3号", tibetan_name(rng), "草场承包经营权确认", fake.date_cell(day, "cn"), "乡长", "是"
    )
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件登记", 5)
    docs.header([["序号", "文件名称", "文号", "印发日期", "备案情况"]])
    docs.add("本年度我乡未制定行政规范性文件。")
    built.books.append(Book(name, [train, lit, docs], fmt="ods"))
    built.ledgers["training"] = records
    built.ledgers["litigation"] = [{"case_no": f"（{YEAR}）藏9926行初3号", "heard_on": day, "appeared": True}]
    built.ledgers["normative_documents"] = []
    built.quirk("ods_spreadsheet", name, train.name, "training.legal_literacy_sessions")
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued", "表下一句 本年度我乡未制定")


# --- 涉诈 list (xlsx) and the 虫草采集证 register (xlsx, no figure) -----------------------------------------


def fraud_watch_xlsx(built: Built, rng: random.Random) -> None:
    """The 派出所 / 综治中心's 涉诈高危人员管控台账 (xlsx): 姓名 (Tibetan names), 身份证号码, 联系电话, 村（居）, 状态 在册 /
    已核减, 是否取得联系."""
    name = f"{TOWN}涉诈高危人员管控台账.xlsx"
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账（{YEAR}年12月）", 7)
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "村（居）", "状态", "是否取得联系"]])
    records = []
    for n in range(1, 10):
        removed = rng.random() < 0.35
        contacted = rng.random() < 0.6
        sheet.add(n, tibetan_name(rng), fake.id_number(rng), fake.mobile(rng), rng.choice(PLACES),
                  "已核减" if removed else "在册", "是" if contacted else "否")  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("tibetan_names_in_party_column", name, sheet.name, "fraud_watch.remaining",
                "姓名列是藏族人名（两字、四字、房名在前），无汉姓：不得出现在输出里")  # fmt: skip


def caterpillar_permits_xlsx(built: Built, rng: random.Random) -> None:
    """The 乡's 虫草采集证 发放登记 (xlsx): 户主, 村, 采集点, 采集证号, 发放日期, 采集人数 — a permit register of the 采挖期,
    not a case, an inspection or a dispute: counted by no figure."""
    name = f"{TOWN}{YEAR}年虫草采集证发放登记.xlsx"
    sheet = Sheet("采集证发放")
    sheet.title(f"{TOWN}{YEAR}年冬虫夏草采集证发放登记表", 7)
    sheet.header([["序号", "户主", "村（居）", "采集点", "采集证号", "发放日期", "采集人数"]])
    for n, day in enumerate(_days(rng, 40, dt.date(YEAR, 4, 20), dt.date(YEAR, 5, 10)), start=1):
        sheet.add(n, tibetan_name(rng), rng.choice(CUN), rng.choice(["拉日沟", "曲嘎山", "达琼垭口", "玉措西坡"]),
                  f"LG{YEAR}{n:04d}", fake.date_cell(day, "dot"), rng.randint(1, 4))  # fmt: skip
    built.books.append(Book(name, [sheet]))
    built.quirk("permit_register_not_a_ledger", name, sheet.name, ("enforcement.cases", "disputes.screened"),
                "虫草采集证发放登记（户主、采集点、采集证号）：发证，不是执法案件，也不是纠纷，不计入任何数")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    screened = disputes_side_by_side_xlsx(built, rng)
    mediation_register_biff(built, rng, screened)
    petitions_paragraphs_docx(built, rng)
    enforcement_export_csv(built, rng)
    counsel_crosstab_xlsx(built, rng)
    disclosure_html(built, rng)
    security_gbk(built, rng)
    rule_of_law_ods(built, rng)
    fraud_watch_xlsx(built, rng)
    caterpillar_permits_xlsx(built, rng)
    return built
