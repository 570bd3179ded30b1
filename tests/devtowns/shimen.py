"""石门乡（虚构）2023: disputes kept only as the grid platform's monthly 矛盾纠纷排查情况表, mediation as a
web-platform HTML export with √ columns and a second summary table, disclosure as a tick matrix beside the
national annual-report tables, enforcement one sheet per category, counsel as a UTF-8-BOM CSV with two
competing type columns, and no security, litigation or petition ledgers at all."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import TABLE_BREAK, Book, Formula, Sheet
from .town import Built, disclosure_requests_header
from .truth import Null, Stats

TOWN = "石门乡"
YEAR = 2023
GOV = "石门乡人民政府"
VILLAGES = ("石门村", "龙潭村", "杉木村", "下坝村", "凉风村")


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    monthly_dispute_forms_only(built, rng)
    platform_export_mediation_with_ticks(built, rng)
    tick_matrix_disclosure(built, rng)
    annual_report_tables(built, rng)
    one_sheet_per_category_enforcement(built, rng)
    competing_type_columns_counsel(built, rng)
    training_with_na_exam(built, rng)
    ticked_contact_fraud_watch(built, rng)
    absent_ledgers(built)
    return built


# --- 矛盾纠纷: only the monthly statistics form of the grid platform --------------------------------

CATEGORIES = (
    "婚姻家庭邻里纠纷",
    "山林土地权属纠纷",
    "征地拆迁安置引发的矛盾纠纷",
    "劳动和社会保障方面的矛盾纠纷",
    "其他矛盾纠纷",
)


def monthly_dispute_forms_only(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年矛盾纠纷排查情况表（月报）.xlsx"
    sheets, screened_total, success_total = [], 0, 0
    previous: Sheet | None = None
    rows_of: dict[str, int] = {}
    for month in range(1, 13):
        sheet = Sheet(f"{month}月")
        sheet.title(f"{YEAR}年{month}月{TOWN}矛盾纠纷排查情况表", 9)
        sheet.add(f"填报单位（盖章）：{TOWN}综治中心", None, None, None, None, f"填报月份：{YEAR}年{month}月")
        sheet.header(
            [
                ["内容", None, None, None, "层　　级", None, None, None, None],
                [None, None, None, None, "县市区", "乡镇街道", "村居", "小计", "年度累计"],
            ],
            [(1, 1, 2, 4), (1, 5, 1, 9)],
        )
        # Counts per category at township and village level; successes ≤ handled ≤ screened.
        per_cat = []
        for _ in CATEGORIES:
            town_n, village_n = rng.randint(0, 2), rng.randint(0, 4)
            per_cat.append((town_n, village_n))
        seq = 0

        def item(label_block: str | None, label: str, town_v, village_v, key: str, block_rows: int = 0):
            nonlocal seq
            seq += 1
            r = sheet.next_row
            rows_of[key] = r
            sub = Formula(f"F{r}+G{r}", (town_v or 0) + (village_v or 0))
            prev_ref = f"'{month - 1}月'!I{r}" if month > 1 else None
            prev_val = _cached(previous, r) if previous else 0
            cum = Formula(f"{prev_ref}+H{r}" if prev_ref else f"H{r}", prev_val + sub.cached)
            sheet.add(seq, label_block, None, label, None, town_v, village_v, sub, cum)
            if block_rows:
                sheet.merges.append((r, 2, r + block_rows - 1, 3))
            return r

        t_screen = sum(a + b for a, b in per_cat)
        handled = [(a, max(0, b - (1 if rng.random() < 0.3 else 0))) for a, b in per_cat]
        success = [(a, max(0, b - (1 if rng.random() < 0.25 else 0))) for a, b in handled]
        sums = lambda pairs, i: sum(p[i] for p in pairs)  # noqa: E731
        item("总　况", "排查数", sums(per_cat, 0), sums(per_cat, 1), "排查数", 5)
        item(None, "调处数", sums(handled, 0), sums(handled, 1), "调处数")
        _rate_row(sheet, "调处率", rows_of["调处数"], rows_of["排查数"], seq := seq + 1)
        item(None, "成功数", sums(success, 0), sums(success, 1), "成功数")
        _rate_row(sheet, "成功率", rows_of["成功数"], rows_of["排查数"], seq := seq + 1)
        for c, name in enumerate(CATEGORIES):
            item(name, "排查数", per_cat[c][0], per_cat[c][1], f"{name}排查", 2)
            item(None, "调处数", handled[c][0], handled[c][1], f"{name}调处")
        sheet.blank()
        sheet.add("注：调处率=调处数÷排查数，成功率=成功数÷排查数；“年度累计”为1月至本月累计。")
        screened_total += t_screen
        success_total += sums(success, 0) + sums(success, 1)
        sheets.append(sheet)
        previous = sheet
    built.books.append(Book(file, sheets))
    built.ledgers["disputes"] = Stats({"disputes.screened": screened_total, "disputes.resolved": success_total})
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "statistics_form_only",
        file,
        "1月…12月",
        f,
        "只有网格平台的月报表：排查数、成功数取全年（12月“年度累计”，即各月“小计”之和）",
    )
    built.quirk("aggregate_sheet", file, "1月…12月", f, "内容×层级的统计表，不是记录；年度累计不能再跨月相加")
    built.quirk("formula_cached_values", file, "2月…12月", f, "年度累计 ='上月'!I5+H5 跨表公式，带缓存值")
    built.quirk(
        "typed_rate_text",
        file,
        "1月…12月",
        "disputes.resolution_rate",
        "成功率是手填的“96.3%”文本：化解率须由计数算出（4位小数），不能照抄一位小数的百分比",
    )


def _cached(sheet: Sheet, r: int) -> int:
    return sheet.rows[r - 1][8].cached


def _rate_row(sheet: Sheet, label: str, num_row: int, den_row: int, seq: int) -> None:
    """A rate row typed by hand as a percentage text, one decimal (as offices do)."""
    cells = []
    for c in range(5, 10):
        num, den = _num(sheet, num_row, c), _num(sheet, den_row, c)
        cells.append(f"{num / den * 100:.1f}%" if den else None)
    sheet.add(seq, None, None, label, *cells)


def _num(sheet: Sheet, r: int, c: int) -> int:
    v = sheet.rows[r - 1][c - 1]
    return (v.cached if isinstance(v, Formula) else v) or 0


# --- 人民调解: the web platform's HTML export, √ under 口头/书面, a summary table below -------------


def platform_export_mediation_with_ticks(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件信息（平台导出）.xls"
    sheet = Sheet("人民调解案件信息")
    sheet.header(
        [
            [
                "序号",
                "案件编号",
                "受理时间",
                "纠纷类型",
                "当事人",
                None,
                "调解结果",
                "协议形式",
                None,
                "补助金额（元）",
                "调解员",
                "结案时间",
            ],
            [None, None, None, None, "申请人", "被申请人", None, "口头", "书面", None, None, None],
        ],
        [
            (1, 1, 2, 1),
            (1, 2, 2, 2),
            (1, 3, 2, 3),
            (1, 4, 2, 4),
            (1, 5, 1, 6),
            (1, 7, 2, 7),
            (1, 8, 1, 9),
            (1, 10, 2, 10),
            (1, 11, 2, 11),
            (1, 12, 2, 12),
        ],
    )
    types = {"邻里纠纷": 5, "山林土地纠纷": 4, "婚姻家庭纠纷": 3, "损害赔偿纠纷": 1, "道路交通事故纠纷": 1}
    records, by_type = [], {}
    for n, day in enumerate(fake.dates_in(rng, YEAR, 44), start=1):
        when = dt.datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))
        result = fake.pick(rng, {"调解成功": 9, "调解不成功": 0.7, "调解中": 0.3})
        ok = result == "调解成功"
        form = ("口头" if rng.random() < 0.65 else "书面") if ok else None
        subsidy = (80 if form == "口头" else 150) if ok else None
        kind = fake.pick(rng, types)
        by_type[kind] = by_type.get(kind, 0) + 1
        file_no = f"SMTJ{YEAR}{n:04d}"
        sheet.add(
            n,
            file_no,
            f"{when:%Y-%m-%d %H:%M:%S}",
            kind,
            fake.masked(fake.name(rng)),
            fake.masked(fake.name(rng)),
            result,
            "√" if form == "口头" else None,
            "√" if form == "书面" else None,
            f"{subsidy:.2f}" if subsidy else None,
            fake.name(rng),
            f"{when + dt.timedelta(days=rng.randint(1, 12)):%Y-%m-%d %H:%M:%S}" if result != "调解中" else None,
        )
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    sheet.add(TABLE_BREAK)
    sheet.header([["纠纷类型统计", None, None], ["纠纷类型", "件数", "占比"]], [(1, 1, 1, 3)])
    total = sum(by_type.values())
    for kind, count in sorted(by_type.items(), key=lambda x: -x[1]):
        sheet.add(kind, count, f"{count / total:.1%}")
    sheet.add("合计", total, "100.0%")
    built.books.append(Book(file, [sheet], "html-xls"))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("html_as_xls", file, "（HTML）", f, "平台导出的 .xls 实为 HTML 表格，rowspan/colspan 表头")
    built.quirk(
        "tick_marks", file, "（HTML）", ("mediation.oral", "mediation.written"), "协议形式 下分 口头/书面 两列打 √"
    )
    built.quirk(
        "parent_over_ticks",
        file,
        "（HTML）",
        ("mediation.oral", "mediation.written"),
        "父标题“协议形式”合并在 √ 列之上：字段由子列承载",
    )
    built.quirk("several_tables", file, "（HTML）", f, "记录表之后另有“纠纷类型统计”表（件数、占比），不是记录")
    built.quirk(
        "aggregate_vs_records",
        file,
        "（HTML）",
        "mediation.cases",
        "统计表合计为全部受理件数（含不成功、调解中），不是成功件数",
    )


# --- 政务公开: a tick matrix, and the national annual-report tables --------------------------------

ITEMS = (
    "石门乡2023年财政预算公开",
    "关于做好秋冬季森林防火工作的通告",
    "农村低保对象公示",
    "临时救助发放情况公示",
    "石门乡乡村振兴项目公示",
    "耕地地力保护补贴公示",
    "关于开展人居环境整治的通知",
    "高龄补贴发放公示",
)
STORIES = ("石门乡开展防溺水宣传", "龙潭村召开院坝会", "石门乡辣椒喜获丰收", "杉木村法律明白人调解纠纷")


def tick_matrix_disclosure(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年政务公开信息登记台账.xlsx"
    sheet = Sheet("信息登记")
    sheet.title(f"{TOWN}{YEAR}年政务公开信息登记台账", 10)
    sheet.header(
        [
            ["序号", "信息标题", "发布日期", "公开方式", None, None, "公开渠道", None, None, "责任科室"],
            [None, None, None, "主动公开", "依申请公开", "媒体发布", "政府网站", "公开栏", "公众号", None],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 6), (1, 7, 1, 9), (1, 10, 2, 10)],
    )
    plan = (
        [("主动公开", d) for d in fake.dates_in(rng, YEAR, 33)]
        + [("媒体发布", d) for d in fake.dates_in(rng, YEAR, 19)]
        + [("依申请公开", d) for d in fake.dates_in(rng, YEAR, 2)]
    )
    plan.sort(key=lambda x: x[1])
    records, first = [], sheet.next_row
    for n, (kind, day) in enumerate(plan, start=1):
        title = {
            "主动公开": rng.choice(ITEMS),
            "媒体发布": rng.choice(STORIES),
            "依申请公开": "关于申请公开征地补偿标准的答复",
        }[kind]
        channel = rng.randrange(3)
        ticks = ["√" if kind == k else None for k in ("主动公开", "依申请公开", "媒体发布")]
        channels = ["√" if channel == i else None for i in range(3)]
        sheet.add(
            n,
            title,
            fake.date_cell(day, fake.pick(rng, {"serial": 2, "date": 3})),
            *ticks,
            *channels,
            rng.choice(["党政办", "经济发展办", "社会事务办"]),
        )
        records.append({"published_on": day, "type": kind})
    last = sheet.next_row - 1
    sheet.add(
        "合计",
        None,
        None,
        *[Formula(f'COUNTIF({c}{first}:{c}{last},"√")', n) for c, n in (("D", 33), ("E", 2), ("F", 19))],
    )
    built.books.append(Book(file, [sheet]))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk("tick_matrix", file, "信息登记", f, "公开方式、公开渠道各下分三列，每条信息在一列打 √")
    built.quirk("parent_over_ticks", file, "信息登记", f, "“公开方式”是合并在 √ 列之上的父标题，不是一个有值的列")
    built.quirk("tick_marks", file, "信息登记", f)


def annual_report_tables(built: Built, rng: random.Random) -> None:
    """The national template (国办公开办函〔2021〕30号) tables of the 年度报告, as towns attach them."""
    file = f"{TOWN}{YEAR}年政府信息公开工作年度报告附表.xlsx"
    active = Sheet("主动公开政府信息情况")
    active.title("二、主动公开政府信息情况", 4)
    for clause, head, rows in (
        (
            "第二十条第（一）项",
            ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"],
            [["规章", 0, 0, 0], ["行政规范性文件", 1, 0, 3]],
        ),
        ("第二十条第（五）项", ["信息内容", "本年处理决定数量"], [["行政许可", 31]]),
        ("第二十条第（六）项", ["信息内容", "本年处理决定数量"], [["行政处罚", 5], ["行政强制", 0]]),
        ("第二十条第（八）项", ["信息内容", "本年收费金额（单位：万元）"], [["行政事业性收费", 0]]),
    ):
        active.title(clause, 4)
        active.header([head])
        for row in rows:
            active.add(*row)
    requests = Sheet("收到和处理政府信息公开申请情况")
    requests.title("三、收到和处理政府信息公开申请情况", 10)
    disclosure_requests_header(requests, broken=True)
    lines = [
        ("一、本年新收政府信息公开申请数量", 2),
        ("二、上年结转政府信息公开申请数量", 0),
        ("三、本年度办理结果", None),
        ("（一）予以公开", 2),
        ("（二）部分公开（区分处理的，只计这一情形，不计其他情形）", 0),
        ("（三）不予公开", 0),
        ("（四）无法提供", 0),
        ("（五）不予处理", 0),
        ("（六）其他处理", 0),
        ("（七）总计", 2),
        ("四、结转下年度继续办理", 0),
    ]
    for label, value in lines:
        if value is None:
            requests.add(label)
        else:
            requests.add(label, None, None, value, 0, 0, 0, 0, 0, value)
    review = Sheet("行政复议、行政诉讼情况")
    review.title("四、政府信息公开行政复议、行政诉讼情况", 15)
    review.header(
        [
            ["行政复议", None, None, None, None, "行政诉讼", *[None] * 9],
            [
                "结果维持",
                "结果纠正",
                "其他结果",
                "尚未审结",
                "总计",
                "未经复议直接起诉",
                None,
                None,
                None,
                None,
                "复议后起诉",
                None,
                None,
                None,
                None,
            ],
            [None] * 5 + ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计"] * 2,
        ],
        [
            (1, 1, 1, 5),
            (1, 6, 1, 15),
            (2, 1, 3, 1),
            (2, 2, 3, 2),
            (2, 3, 3, 3),
            (2, 4, 3, 4),
            (2, 5, 3, 5),
            (2, 6, 2, 10),
            (2, 11, 2, 15),
        ],
    )
    review.add(*[0] * 15)
    built.books.append(Book(file, [active, requests, review]))
    built.ledgers["normative_documents"] = Stats({"normative_documents.issued": 1})
    built.quirk(
        "statistics_form_only",
        file,
        "主动公开政府信息情况",
        "normative_documents.issued",
        "没有规范性文件台账；年报“第二十条第（一）项 行政规范性文件 本年制发件数”为 1",
    )
    built.quirk(
        "aggregate_vs_records",
        file,
        "收到和处理政府信息公开申请情况",
        "disclosure.on_request",
        "本年新收申请 2 件，与登记台账中 √ 依申请公开 的 2 条一致；以记录为准",
    )
    built.quirk(
        "header_four_rows",
        file,
        "收到和处理政府信息公开申请情况",
        "disclosure.on_request",
        "申请人情况/法人或其他组织/商业企业 三行表头，左上角为说明文字的合并格",
    )


# --- 行政执法: one sheet per category, no category column ------------------------------------------

ENF = {
    "行政许可": ("石门许", 31, ("乡村建设规划许可", "农村村民住宅用地审批", "临时占用道路许可")),
    "行政确认": ("石门确", 24, ("残疾人两项补贴资格确认", "农村低保对象确认", "土地承包经营权变更确认")),
    "行政检查": ("石门检", 38, ("森林防火检查", "自建房安全检查", "食品经营场所检查", "烟花爆竹经营检查")),
    "行政处罚": ("石门罚", 5, ("违法占用林地", "露天焚烧秸秆", "未经许可建房")),
}


def one_sheet_per_category_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年行政执法案件台账.xlsx"
    header = ["序号", "决定书文号", "事项名称", "行政相对人", "作出决定\n日期", "承办人", "备注"]
    sheets, records = [], []
    counts = {}
    for category, (prefix, count, names) in ENF.items():
        sheet = Sheet(category)
        sheet.title(f"{TOWN}{YEAR}年{category}案件登记台账", len(header))
        sheet.header([header])
        days = fake.dates_in(rng, YEAR, count)
        rows = [(n, day) for n, day in enumerate(days, start=1)]
        if category == "行政许可":
            rows.insert(0, (60, dt.date(YEAR - 1, 12, 26)))  # decided last year, entered in this year's book
        first = sheet.next_row
        for seq, (n, day) in enumerate(rows, start=1):
            case_no = f"{prefix}〔{day.year}〕{n}号"
            sheet.add(
                seq,
                case_no,
                rng.choice(names),
                fake.masked(fake.name(rng)),
                fake.date_cell(day, fake.pick(rng, {"date": 4, "dot": 1, "cn": 1})),
                fake.name(rng),
                None,
            )
            records.append({"case_no": case_no, "category": category, "decided_on": day})
        counts[category] = (first, sheet.next_row - 1, len(rows))
        sheets.append(sheet)
    summary = Sheet("汇总")
    summary.title(f"{TOWN}{YEAR}年行政执法案件汇总", 2)
    summary.header([["执法类别", "件数"]])
    top = summary.next_row
    for category, (r1, r2, n) in counts.items():
        summary.add(category, Formula(f"COUNTA('{category}'!B{r1}:B{r2})", n))
    summary.add("合计", Formula(f"SUM(B{top}:B{summary.next_row - 1})", sum(c[2] for c in counts.values())))
    sheets.append(summary)
    built.books.append(Book(file, sheets))
    built.ledgers["enforcement"] = records
    f = (
        "enforcement.cases",
        "enforcement.licensing",
        "enforcement.confirmation",
        "enforcement.inspection",
        "enforcement.penalty",
    )
    built.quirk(
        "category_from_sheet_or_title", file, "行政许可/行政确认/行政检查/行政处罚", f, "没有执法类别列，类别即工作表名"
    )
    built.quirk(
        "aggregate_vs_records", file, "汇总", f, "汇总 COUNTA 含许可表里一件2022年12月的决定：记录按决定日期只计2023年"
    )
    built.quirk("header_line_breaks", file, "各类别工作表", f, "作出决定\\n日期")


# --- 法律顾问: UTF-8-BOM CSV, 服务事项 (topic) beside 服务类型 (type) ----------------------------------

SERVICES = {
    "法律咨询": ("群众土地承包咨询", "赡养纠纷咨询", "劳务工资咨询"),
    "合同审查": ("土地流转合同", "产业路施工合同", "集体山林承包合同"),
    "出具法律意见书": ("关于集体资产处置的法律意见", "关于征地补偿方案的法律意见"),
    "法律援助": ("协助困难群众申请法律援助",),
    "法治讲座": ("民法典进村讲座",),
    "参与调解": ("参与山林权属纠纷调解",),
}
CANONICAL = {
    "法律咨询": "法律咨询",
    "合同审查": "文书审核",
    "出具法律意见书": "法律意见书",
    "法律援助": "法律援助",
    "法治讲座": "法治讲座",
    "参与调解": "参与调解",
}


def competing_type_columns_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年法律顾问服务记录.csv"
    sheet = Sheet("服务记录")
    sheet.add(f"{TOWN}{YEAR}年村（社区）法律顾问服务记录")
    sheet.header([["序号", "服务日期", "服务事项", "服务类型", "服务对象", "数量", "法律顾问", "备注"]])
    records = []
    weights = {"法律咨询": 6, "合同审查": 3, "出具法律意见书": 1.5, "法律援助": 0.4, "法治讲座": 0.8, "参与调解": 1}
    for n, day in enumerate(fake.dates_in(rng, YEAR, 64), start=1):
        kind = fake.pick(rng, weights)
        qty = rng.choice([1, 1, 2, 3, 4]) if kind == "法律咨询" else rng.choice([1, 1, 1, 2])
        unit = "次" if kind in ("法律咨询", "法治讲座", "参与调解") else "件"
        qty_cell = fake.pick(rng, {"blank": 2 if qty == 1 else 0, "unit": 3, "plain": 3, "full": 1})
        qty_cell = {"blank": None, "unit": f"{qty}{unit}", "plain": str(qty), "full": fake.fullwidth(str(qty))}[
            qty_cell
        ]
        sheet.add(
            n,
            fake.date_cell(day, "slash"),
            rng.choice(SERVICES[kind]),
            kind,
            rng.choice((GOV, *VILLAGES)),
            qty_cell,
            fake.name(rng),
            None,
        )
        records.append({"served_on": day, "service": CANONICAL[kind], "quantity": qty})
    built.books.append(Book(file, [sheet], "csv-utf8-bom"))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk(
        "competing_headers",
        file,
        "（CSV）",
        f,
        "服务事项（主题，如“土地流转合同”）与服务类型（合同审查、法律咨询…）并排：类型在服务类型列",
    )
    built.quirk("csv_utf8_bom", file, "（CSV）", f, "数量 写作 3次、２、空（=1）")


# --- 学法: the exam row's 实参考人数 is a failed VLOOKUP (#N/A) ----------------------------------------


def training_with_na_exam(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年学法用法台账.xlsx"
    sheet = Sheet("学法台账")
    header = ["序号", "日期", "培训名称", "培训对象", "培训形式", "参训人数", "应参考人数", "实参考人数", "参考率"]
    sheet.title(f"{TOWN}{YEAR}年学法用法台账", len(header))
    sheet.header([header])
    plan = (
        ("法律明白人", "线下", "法律明白人培训（第一期）"),
        ("领导干部", "会前学法", "学习《信访工作条例》"),
        ("法律明白人", "线下", "法律明白人培训（第二期）"),
        ("行政执法人员", "集中培训", "行政执法证件考试辅导"),
    )
    records = []
    days = fake.dates_in(rng, YEAR, len(plan) + 1)
    for n, ((audience, form, name), day) in enumerate(zip(plan, days), start=1):
        r = sheet.next_row
        sheet.add(
            n,
            fake.date_cell(day, "date"),
            name,
            audience,
            form,
            rng.randint(25, 70),
            None,
            None,
            Formula(f"H{r}/G{r}", "#DIV/0!"),
        )
        records.append({"held_on": day, "audience": audience})
    r = sheet.next_row
    sheet.add(
        len(plan) + 1,
        fake.date_cell(days[-1], "date"),
        f"{YEAR}年度法宣在线考试",
        "领导干部",
        "考试",
        None,
        28,
        Formula(f"VLOOKUP(C{r},$K$1:$L$3,2,FALSE)", "#N/A"),
        Formula(f"H{r}/G{r}", "#N/A"),
    )
    records.append({"held_on": days[-1], "audience": "领导干部", "exam_required": 28, "exam_taken": "#N/A"})
    built.books.append(Book(file, [sheet]))
    built.ledgers["training"] = records
    built.quirk(
        "error_cells",
        file,
        "学法台账",
        "training.exam_coverage",
        "实参考人数是失败的 VLOOKUP，缓存 #N/A → 参考率为 null；参考率列的 #DIV/0! 不影响其他数",
    )


# --- 涉诈: contact ticked √ ----------------------------------------------------------------------


def ticked_contact_fraud_watch(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈重点人员台账.xlsx"
    sheet = Sheet("重点人员")
    header = ["序号", "姓名", "身份证号", "手机号码", "户籍所在村", "管控状态", "核减日期", "已取得联系", "备注"]
    sheet.title(f"{TOWN}涉诈重点人员管控台账", len(header))
    sheet.header([header])
    plan = (
        ("在管", "√"),
        ("在管", None),
        ("已核减", None),
        ("在管", "√"),
        ("在管", "√"),
        ("已核减", None),
        ("在管", None),
    )
    records = []
    for n, (status, tick) in enumerate(plan, start=1):
        sheet.add(
            n,
            fake.name(rng),
            fake.id_number(rng),
            fake.mobile(rng),
            rng.choice(VILLAGES),
            status,
            fake.date_cell(dt.date(YEAR, rng.randint(3, 11), 20), "dot") if status == "已核减" else None,
            tick,
            None,
        )
        records.append({"status": "在册" if status == "在管" else "已核减", "contacted": tick == "√"})
    built.books.append(Book(file, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("tick_marks", file, "重点人员", "fraud_watch.contacted", "已取得联系 一列打 √，空白为否")


def absent_ledgers(built: Built) -> None:
    built.ledgers["security"] = Null("本乡没有提供平安建设（治安案件、家暴告诫）台账")
    built.ledgers["litigation"] = Null("本乡没有提供行政应诉案件台账")
    built.ledgers["petitions"] = Null("本乡没有提供信访事项台账")
    built.quirk(
        "absent_ledger",
        "（无）",
        "",
        ("security.*", "litigation.*", "petitions.*"),
        "没有这些台账：数为 null 并说明原因，不是 0",
    )
