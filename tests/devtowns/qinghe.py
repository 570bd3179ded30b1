"""青禾镇（虚构）2024: per-village dispute sheets with restarting numbers and yearless dates, a four-row
mediation register with a #REF! subsidy, enforcement kept only as the county's statistics form, a GBK CSV
holding two disclosure tables, a monthly wide log of legal counsel, and per-category security sheets."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Stats

TOWN = "青禾镇"
YEAR = 2024
GOV = "青禾镇人民政府"
VILLAGES = ("青禾村", "柳塘村", "石桥村", "枫木村", "白鹭社区", "茶山村")
DISPUTE_TYPES = {
    "邻里纠纷": 6,
    "山林土地纠纷": 5,
    "婚姻家庭纠纷": 3,
    "房屋宅基地纠纷": 3,
    "合同纠纷": 1,
    "损害赔偿纠纷": 1,
    "劳务纠纷": 1,
}
DISPUTE_SUMMARIES = (
    "因排水沟堵塞引发争执",
    "因土地流转边界不清发生争议",
    "因赡养老人问题发生口角",
    "因宅基地滴水檐发生争执",
    "因烤烟房用电分摊产生矛盾",
    "因务工工资结算产生纠纷",
)


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    disputes_by_village(built, rng)
    four_row_header_mediation(built, rng)
    enforcement_statistics_form_only(built, rng)
    two_tables_in_one_gbk_csv_disclosure(built, rng)
    monthly_wide_log_counsel(built, rng)
    one_sheet_per_category_security(built, rng)
    qualified_yes_no_litigation(built, rng)
    synonym_status_petitions(built, rng)
    fraud_watch_list(built, rng)
    training_with_exam_row(built, rng)
    normative_register_none_issued(built)
    return built


def _title(text: str, width: int, sheet: Sheet) -> None:
    sheet.title(text, width)


# --- 矛盾纠纷: one sheet per village, 编号 restarting at 1, dates without a year -------------------


def disputes_by_village(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.xlsx"
    header = ["编号", "登记日期", "纠纷类型", "当事人", "联系电话", "简要情况", "化解结果", "化解时间", "包保责任人"]
    # Status as typed → canonical. 化解成功 and 已解决 are offices' words for 已化解.
    typed_status = {"已化解": 5, "化解成功": 4, "已解决": 3, "化解中": 1, "稳控中": 0.5, "未化解": 0.3, "已移交": 0.3}
    canonical = {
        "已化解": "已化解",
        "化解成功": "已化解",
        "已解决": "已化解",
        "化解中": "化解中",
        "稳控中": "化解中",
        "未化解": "未化解",
        "已移交": "已上报",
    }
    records, sheets, summary_rows = [], [], []
    for village in VILLAGES:
        sheet = Sheet(village)
        _title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账（{village}）", len(header), sheet)
        sheet.add(f"填报单位：{village}调委会", *[None] * 5, "单位：件")
        first = sheet.header([header])
        count = rng.randint(12, 22)
        for n, day in enumerate(fake.dates_in(rng, YEAR, count), start=1):
            status = fake.pick(rng, typed_status)
            resolved = canonical[status] == "已化解"
            done = day + dt.timedelta(days=rng.randint(1, 20))
            party = f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}"
            r = sheet.add(
                n,
                fake.date_cell(day, "yearless"),
                fake.pick(rng, DISPUTE_TYPES),
                party,
                fake.mobile(rng),
                rng.choice(DISPUTE_SUMMARIES),
                status,
                fake.date_cell(done, "yearless") if resolved and done.year == YEAR else None,
                fake.name(rng),
            )
            records.append({"key": f"{village}-{n}", "screened_on": day, "status": canonical[status]})
            # An office filtered the sheet and left three rows hidden: they are still records.
            if village == "柳塘村" and n in (3, 7, 11):
                sheet.hidden_rows.add(r)
        last = sheet.next_row - 1
        sheets.append(sheet)
        summary_rows.append(
            (
                village,
                first + 1,
                last,
                count,
                sum(1 for x in records if x["key"].startswith(village + "-") and x["status"] == "已化解"),
            )
        )
    built.ledgers["disputes"] = records

    summary = Sheet("汇总")
    _title(f"{TOWN}{YEAR}年矛盾纠纷排查化解情况汇总表", 4, summary)
    summary.header([["村（社区）", "排查数", "化解数", "化解率"]])
    top = summary.next_row
    for village, r1, r2, count, resolved in summary_rows:
        r = summary.next_row
        summary.add(
            village,
            Formula(f"COUNTA({village}!A{r1}:A{r2})", count),
            Formula(
                f'COUNTIF({village}!G{r1}:G{r2},"已化解")+COUNTIF({village}!G{r1}:G{r2},"化解成功")'
                f'+COUNTIF({village}!G{r1}:G{r2},"已解决")',
                resolved,
            ),
            Formula(f"C{r}/B{r}", round(resolved / count, 6)),
        )
    # A row kept for a community merged away: nothing counted, so its rate is #DIV/0! (not a record).
    r = summary.add("新村（已撤并）", 0, 0, Formula(f"C{summary.next_row}/B{summary.next_row}", "#DIV/0!"))
    bottom = r
    total = sum(x[3] for x in summary_rows)
    done = sum(x[4] for x in summary_rows)
    summary.add(
        "合计",
        Formula(f"SUM(B{top}:B{bottom})", total),
        Formula(f"SUM(C{top}:C{bottom})", done),
        Formula(f"C{bottom + 1}/B{bottom + 1}", round(done / total, 6)),
    )
    sheets.append(summary)

    void = Sheet("作废", hidden=True)
    _title("（作废）矛盾纠纷排查台账 旧表 请勿使用", len(header), void)
    void.header([header])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 15), start=1):
        void.add(
            n,
            fake.date_cell(day, "yearless"),
            "邻里纠纷",
            fake.masked(fake.name(rng)),
            None,
            "旧表录入，已重新登记",
            "已化解",
            None,
            None,
        )
    sheets.append(void)
    built.books.append(Book(file, sheets))
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("restarting_numbers", file, "各村工作表", f, "编号在每个村的工作表从 1 重新开始，按编号去重会丢记录")
    built.quirk("year_from_title", file, "各村工作表", f, "登记日期写作 3月5日，年份在标题“青禾镇2024年…”里")
    built.quirk("near_miss_header", file, "各村工作表", f, "登记日期=排查日期，化解结果=化解状态")
    built.quirk(
        "value_synonyms",
        file,
        "各村工作表",
        ("disputes.resolved", "disputes.resolution_rate"),
        "化解成功、已解决 即 已化解；稳控中 即 化解中",
    )
    built.quirk("hidden_rows", file, "柳塘村", f, "第3、7、11号记录所在行被隐藏（筛选后未取消），仍是记录")
    built.quirk("aggregate_sheet", file, "汇总", f, "COUNTA/COUNTIF 公式带缓存值，含 合计 行与 #DIV/0! 比率")
    built.quirk("aggregate_vs_records", file, "汇总", f, "汇总表合计与各村记录一致，可用来核对")
    built.quirk("formula_cached_values", file, "汇总", f)
    built.quirk("hidden_sheet_void", file, "作废", f, "隐藏的“作废”表有15条旧记录，不得计入")


# --- 人民调解: a four-row header, unit-only （元）, line breaks, a #REF! subsidy ---------------------

MEDIATION_TOP = [
    ["序号", "卷宗号", "受理\n日期", "案件基本情况", None, None, None, None, "调解情况", None, None, "以案定补", None],
    [
        None,
        None,
        None,
        "当事人",
        None,
        None,
        None,
        "纠纷\n类型",
        "调解\n结果",
        "协议\n形式",
        "结案\n日期",
        "补贴\n等级",
        "补贴金额",
    ],
    [None, None, None, "申请人", None, "被申请人", None, None, None, None, None, None, None],
    [None, None, None, "姓名", "联系电话", "姓名", "联系电话", None, None, None, None, None, "（元）"],
]
MEDIATION_MERGES = [
    (1, 1, 4, 1),
    (1, 2, 4, 2),
    (1, 3, 4, 3),
    (1, 4, 1, 8),
    (2, 4, 2, 7),
    (3, 4, 3, 5),
    (3, 6, 3, 7),
    (2, 8, 4, 8),
    (1, 9, 1, 11),
    (2, 9, 4, 9),
    (2, 10, 4, 10),
    (2, 11, 4, 11),
    (1, 12, 1, 13),
    (2, 12, 4, 12),
    (2, 13, 3, 13),
]


def four_row_header_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件登记表（{YEAR}年）.xlsx"
    sheet = Sheet("调解登记")
    _title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记表", 13, sheet)
    sheet.header(MEDIATION_TOP, MEDIATION_MERGES)
    success_words = {"调解成功": 4, "调处成功": 3, "达成协议": 3, "成功": 1}
    fail_words = {"调解不成功": 2, "终止调解": 1}
    oral_words = {"口头": 3, "口头协议": 2}
    written_words = {"书面": 2, "协议书": 3, "书面协议": 1}
    records, first = [], sheet.next_row
    days = fake.dates_in(rng, YEAR, 58)
    broken = 17  # the case whose subsidy cell was pasted from another workbook as #REF!
    for n, day in enumerate(days, start=1):
        file_no = f"（{YEAR}）青人调字第{n}号"
        ok = rng.random() < 0.88
        form = ("口头" if rng.random() < 0.7 else "书面") if ok else None
        tier = rng.choice(["一般", "一般", "疑难", "重大"]) if form == "书面" else ("简易" if ok else None)
        subsidy = (50 if form == "口头" else {"一般": 100, "疑难": 200, "重大": 300}[tier]) if ok else None
        if n == broken:
            ok, form, tier, subsidy = True, "书面", "疑难", "#REF!"
        result = fake.pick(rng, success_words) if ok else fake.pick(rng, fail_words)
        form_cell = None if form is None else fake.pick(rng, oral_words if form == "口头" else written_words)
        date_style = fake.pick(rng, {"date": 5, "serial": 1, "dot": 2})
        sheet.add(
            n,
            file_no,
            fake.date_cell(day, date_style),
            fake.name(rng),
            fake.mobile(rng),
            fake.name(rng),
            fake.mobile(rng),
            rng.choice(list(DISPUTE_TYPES)),
            result,
            form_cell,
            fake.date_cell(day + dt.timedelta(days=rng.randint(0, 15)), "date") if ok else None,
            tier,
            subsidy,
        )
        records.append(
            {
                "file_no": file_no,
                "accepted_on": day,
                "result": "调解成功" if ok else "调解不成功",
                "form": form,
                "subsidy": subsidy,
            }
        )
    last = sheet.next_row - 1
    sheet.add(
        "合计",
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        None,
        Formula(f"SUM(M{first}:M{last})", "#REF!"),
    )
    built.books.append(Book(file, [sheet]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("header_four_rows", file, "调解登记", f, "案件基本情况/当事人/申请人/姓名 四行表头，父标题合并")
    built.quirk("unit_only_header", file, "调解登记", "mediation.subsidy_yuan", "补贴金额 下面一格只写（元）")
    built.quirk("header_line_breaks", file, "调解登记", f, "受理\\n日期、调解\\n结果、协议\\n形式")
    built.quirk(
        "value_synonyms", file, "调解登记", f, "调处成功、达成协议、成功=调解成功；协议书=书面；终止调解=调解不成功"
    )
    built.quirk(
        "error_cells",
        file,
        "调解登记",
        "mediation.subsidy_yuan",
        f"第{broken}号（调解成功）补贴金额为 #REF!，合计公式缓存 #REF! → 补贴合计为 null",
    )
    built.quirk("no_header_as_record", file, "调解登记", f, "四行表头中的“姓名”“（元）”行不是记录")


# --- 行政执法: only the county's statistics form, categories as columns --------------------------

OFFICES = ("党政综合办公室", "综合行政执法办公室", "农业农村综合服务中心", "社会事务办公室", "应急管理办公室")
PENALTY_KINDS = ("警告、通报批评", "罚款", "没收违法所得、没收非法财物", "责令停产停业、责令关闭", "其他行政处罚")
COLUMN_CATEGORIES = ("行政强制", "行政征收", "行政检查", "行政裁决", "行政给付", "行政确认", "行政奖励", "其他")


def enforcement_statistics_form_only(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年度行政执法数据统计表.xlsx"
    sheet = Sheet("统计表")
    width = 2 + len(PENALTY_KINDS) + 1 + len(COLUMN_CATEGORIES) + 2
    _title(f"{TOWN}{YEAR}年度行政执法数据统计表", width, sheet)
    sheet.add(f"填报单位（盖章）：{GOV}", *[None] * (width - 3), f"统计时段：{YEAR}年1月1日至12月31日")
    top = [
        "执法单位",
        "行政许可",
        "行政处罚",
        *[None] * len(PENALTY_KINDS),
        *COLUMN_CATEGORIES,
        "合计（件）",
        "罚没金额\n（万元）",
    ]
    low = [None, None, *PENALTY_KINDS, "小计", *[None] * len(COLUMN_CATEGORIES), None, None]
    p0 = 3
    merges = [(1, 1, 2, 1), (1, 2, 2, 2), (1, p0, 1, p0 + len(PENALTY_KINDS))]
    merges += [(1, c, 2, c) for c in range(p0 + len(PENALTY_KINDS) + 1, width + 1)]
    sheet.header([top, low], merges)
    # Per office, per column: what the offices reported.
    plan = {
        "行政许可": (0, 14, 21, 0, 0),
        "行政确认": (16, 0, 9, 22, 0),
        "行政检查": (3, 38, 12, 0, 27),
        "行政给付": (0, 0, 0, 11, 0),
        "行政强制": (0, 2, 0, 0, 1),
        "行政奖励": (2, 0, 0, 0, 0),
        "行政征收": (0, 0, 0, 0, 0),
        "行政裁决": (0, 0, 0, 0, 0),
        "其他": (0, 1, 0, 0, 0),
    }
    penalties = {
        "警告、通报批评": (0, 3, 1, 0, 1),
        "罚款": (0, 6, 2, 0, 2),
        "没收违法所得、没收非法财物": (0, 1, 0, 0, 0),
        "责令停产停业、责令关闭": (0, 0, 0, 0, 1),
        "其他行政处罚": (0, 0, 0, 0, 0),
    }
    fines = (0, 2.35, 0.4, 0, 1.2)
    first = sheet.next_row
    for i, office in enumerate(OFFICES):
        r = sheet.next_row
        pens = [penalties[k][i] for k in PENALTY_KINDS]
        cols = [plan[c][i] for c in COLUMN_CATEGORIES]
        L = _col
        subtotal = Formula(f"SUM({L(p0)}{r}:{L(p0 + len(PENALTY_KINDS) - 1)}{r})", sum(pens))
        total = plan["行政许可"][i] + sum(pens) + sum(cols)
        total_cell = Formula(
            f"{L(2)}{r}+{L(p0 + len(PENALTY_KINDS))}{r}+SUM({L(p0 + len(PENALTY_KINDS) + 1)}{r}:{L(width - 2)}{r})",
            total,
        )
        sheet.add(office, plan["行政许可"][i], *pens, subtotal, *cols, total_cell, fines[i])
    last = sheet.next_row - 1
    sums = [Formula(f"SUM({_col(c)}{first}:{_col(c)}{last})", None) for c in range(2, width + 1)]
    # Cached totals of the 合计 row, column by column.
    rows = sheet.rows[first - 1 : last]
    cached = []
    for c in range(2, width + 1):
        values = [row[c - 1].cached if isinstance(row[c - 1], Formula) else row[c - 1] for row in rows]
        cached.append(round(sum(values), 4))
    sheet.add("合计", *[Formula(s.text, v) for s, v in zip(sums, cached)])
    sheet.blank()
    sheet.add(
        "填表说明：1.统计范围为本年度1月1日至12月31日作出的行政执法决定；2.并处两种以上行政处罚的，计入最重的类别，"
        "算一宗；3.行政检查以有书面检查记录的为准。"
    )
    sheet.add("填表人：　　　　　审核人：　　　　　填报日期：2025年1月8日")
    built.books.append(Book(file, [sheet]))

    totals = dict(zip(["行政许可", *PENALTY_KINDS, "小计", *COLUMN_CATEGORIES, "合计", "罚没"], cached))
    counts = {
        "enforcement.cases": int(totals["合计"]),
        "enforcement.licensing": int(totals["行政许可"]),
        "enforcement.penalty": int(totals["小计"]),
    }
    names = {
        "行政强制": "coercion",
        "行政征收": "levy",
        "行政检查": "inspection",
        "行政裁决": "adjudication",
        "行政给付": "payment",
        "行政确认": "confirmation",
        "行政奖励": "award",
        "其他": "other",
    }
    counts.update({f"enforcement.{names[c]}": int(totals[c]) for c in COLUMN_CATEGORIES})
    built.ledgers["enforcement"] = Stats(counts)
    f = tuple(counts)
    built.quirk("statistics_form_only", file, "统计表", f, "镇里只报县司法局的统计表（类别作列），数字取自“合计”行")
    built.quirk("aggregate_sheet", file, "统计表", f, "各站所一行、合计行为 SUM 公式；不是案件记录")
    built.quirk("header_line_breaks", file, "统计表", f, "罚没金额\\n（万元）")
    built.quirk(
        "penalty_subcolumns_with_subtotal",
        file,
        "统计表",
        "enforcement.penalty",
        "行政处罚 合并在 5 个处罚种类和“小计”之上：处罚数取小计，不能把小计再加一遍",
    )


def _col(c: int) -> str:
    from openpyxl.utils import get_column_letter

    return get_column_letter(c)


# --- 政务公开: one GBK CSV with two tables; dates 24.3.5 and 3月5号 -------------------------------

DISCLOSURE_ITEMS = (
    "关于做好春耕备耕工作的通知",
    "2024年耕地地力保护补贴发放公示",
    "农村低保对象动态调整公示",
    "青禾镇防汛应急预案",
    "关于开展森林防火宣传的通告",
    "高龄津贴发放名单公示",
    "青禾镇财政预算公开",
    "农村危房改造对象公示",
    "产业路建设项目公示",
    "退役军人优待政策解读",
)
MEDIA_ITEMS = (
    "青禾镇开展反诈宣传进村活动",
    "青禾镇茶叶采摘节见闻",
    "柳塘村人居环境整治见成效",
    "青禾镇召开安全生产工作会",
    "石桥村法律明白人进院坝",
    "青禾镇烤烟移栽进度过半",
)


def two_tables_in_one_gbk_csv_disclosure(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年政务公开台账.csv"
    items = Sheet("主动公开")
    items.add(f"{TOWN}{YEAR}年政府信息主动公开及宣传报道登记表")
    items.add("填报单位：党政综合办公室")
    header = ["序号", "信息名称", "发布日期", "发布渠道", "公开类型", "责任科室"]
    items.header([header])
    records = []
    typed = {"主动公开": {"主动公开": 5, "主动": 1}, "媒体发布": {"宣传报道": 3, "媒体报道": 2}}
    plan = [("主动公开", d) for d in fake.dates_in(rng, YEAR, 41)] + [
        ("媒体发布", d) for d in fake.dates_in(rng, YEAR, 27)
    ]
    plan.sort(key=lambda x: x[1])
    for n, (kind, day) in enumerate(plan, start=1):
        title = rng.choice(DISCLOSURE_ITEMS if kind == "主动公开" else MEDIA_ITEMS)
        channel = rng.choice(
            ["政府网站", "政务公开栏", "微信公众号"] if kind == "主动公开" else ["微信公众号", "县融媒体中心"]
        )
        style = fake.pick(rng, {"two_digit_year": 3, "cn_hao": 2, "slash": 2})
        items.add(
            n,
            title,
            fake.date_cell(day, style),
            channel,
            fake.pick(rng, typed[kind]),
            rng.choice(["党政综合办公室", "农业农村综合服务中心", "社会事务办公室"]),
        )
        records.append({"published_on": day, "type": kind})
    items.add("合计", f"{len(plan)}条")
    items.blank()
    items.blank()
    requests = Sheet("依申请公开")
    requests.add("依申请公开政府信息登记表")
    requests.header([["序号", "申请日期", "申请人", "申请内容", "受理方式", "答复日期", "答复情况"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 3, last=dt.date(YEAR, 11, 30)), start=1):
        requests.add(
            n,
            fake.date_cell(day, "two_digit_year"),
            fake.masked(fake.name(rng)),
            rng.choice(["土地征收补偿标准", "本村低保名单", "道路建设项目批复"]),
            "信函",
            fake.date_cell(day + dt.timedelta(days=12), "two_digit_year"),
            "予以公开",
        )
        records.append({"published_on": day, "type": "依申请公开"})
    built.books.append(Book(file, [items, requests], "csv-gbk"))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk("several_tables", file, "（CSV）", f, "主动公开登记表之后空两行，再接依申请公开登记表，各有表头")
    built.quirk(
        "category_from_sheet_or_title",
        file,
        "依申请公开登记表",
        "disclosure.on_request",
        "第二张表没有公开类型列，类型取自其标题“依申请公开政府信息登记表”",
    )
    built.quirk("near_miss_header", file, "主动公开登记表", f, "信息名称=信息标题")
    built.quirk("two_digit_year", file, "（CSV）", f, "发布日期 24.3.5")
    built.quirk("hao_for_ri", file, "（CSV）", f, "发布日期 2024年3月5号")
    built.quirk("csv_gbk", file, "（CSV）", f)


# --- 法律顾问: a monthly wide log, counts per activity in columns ---------------------------------

COUNSEL_HEADER = [
    "月份",
    "服务单位",
    "法律咨询\n（人次）",
    "出具法律\n意见书（件）",
    "审核文书\n（件）",
    "其中：合同\n审查（件）",
    "法律援助\n（件）",
    "参与调解\n（件）",
    "法治讲座\n（场）",
    "顾问律师",
    "备注",
]


def monthly_wide_log_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}法律顾问工作台账.xlsx"
    sheet = Sheet(f"{YEAR}年")
    _title(f"{TOWN}{YEAR}年法律顾问工作台账", len(COUNSEL_HEADER), sheet)
    sheet.header([COUNSEL_HEADER])
    records = []
    first = sheet.next_row
    lawyer = f"{fake.name(rng)}（青禾律师事务所）"
    range_row = (6, 1)  # (month, unit index) whose consultations were typed as "2-3"
    for month in range(1, 13):
        for u, unit in enumerate((GOV, rng.choice(VILLAGES))):
            day = dt.date(YEAR, month, 15)
            consult = rng.randint(2, 9)
            opinions = rng.choice([0, 0, 1, 2]) if u == 0 else 0
            reviews = rng.randint(0, 4)
            contracts = min(reviews, rng.randint(0, 2))
            aid = 1 if (month in (4, 10) and u == 1) else 0
            mediation = rng.randint(0, 2)
            talks = 1 if month % 3 == 0 and u == 1 else 0
            consult_cell: object = consult
            if (month, u) == range_row:
                consult, consult_cell = 2, "2-3"  # decision: the lower bound (README, range_quantity)
            blank = lambda v: v if v else None  # offices leave zero activities blank
            sheet.add(
                f"{month}月",
                unit,
                consult_cell,
                blank(opinions),
                blank(reviews),
                blank(contracts),
                blank(aid),
                blank(mediation),
                blank(talks),
                lawyer if u == 0 else None,
                None,
            )
            for service, qty in (
                ("法律咨询", consult),
                ("法律意见书", opinions),
                ("文书审核", reviews),
                ("法律援助", aid),
                ("参与调解", mediation),
                ("法治讲座", talks),
            ):
                if qty:
                    records.append({"served_on": day, "service": service, "quantity": qty})
    last = sheet.next_row - 1
    sums = []
    for c in range(3, 10):
        values = [row[c - 1] for row in sheet.rows[first - 1 : last]]
        cached = sum(2 if v == "2-3" else (v or 0) for v in values)
        sums.append(Formula(f"SUM({_col(c)}{first}:{_col(c)}{last})", cached))
    sheet.add("合计", None, *sums, None, "咨询有一格写作2-3，合计按2计")
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("wide_log", file, f"{YEAR}年", f, "每月每单位一行，各项服务一列计数；空格表示 0（不是 1）")
    built.quirk("range_quantity", file, f"{YEAR}年", "counsel.consultations", "6月某村法律咨询写作“2-3”，按下限 2 计")
    built.quirk("year_from_title", file, f"{YEAR}年", f, "只有“1月”…“12月”，年份在标题与表名里")
    built.quirk("header_line_breaks", file, f"{YEAR}年", f)
    built.quirk(
        "subset_column_qizhong",
        file,
        f"{YEAR}年",
        "counsel.document_reviews",
        "“其中：合同审查”是审核文书的一部分，不能再加一遍",
    )


# --- 平安建设: one sheet per category, no 类型 column; an impossible 2024-02-30 ----------------------


def one_sheet_per_category_security(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}平安建设工作台账（{YEAR}年）.xlsx"
    header = ["序号", "日期", "村（社区）", "当事人", "处理结果", "拘留人数"]
    records, sheets = [], []
    plan = (("家暴告诫书", 11, "出具家庭暴力告诫书"), ("涉黄治安案件", 3, "行政拘留"), ("涉赌治安案件", 4, "行政拘留"))
    for category, count, outcome in plan:
        sheet = Sheet(category)
        _title(f"{TOWN}{YEAR}年{category}登记台账", len(header), sheet)
        sheet.header([header])
        for n, day in enumerate(fake.dates_in(rng, YEAR, count), start=1):
            detained = 0 if category == "家暴告诫书" else rng.randint(1, 4)
            date_cell: object = fake.date_cell(day, "date")
            if category == "家暴告诫书" and n == 2:
                day, date_cell = dt.date(YEAR, 2, 28), f"{YEAR}-02-30"  # the impossible day; the year is certain
            sheet.add(
                n,
                date_cell,
                rng.choice(VILLAGES),
                fake.masked(fake.name(rng)),
                outcome,
                f"{detained}人" if detained else None,
            )
            records.append({"occurred_on": day, "type": category, "detained": detained})
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    built.ledgers["security"] = records
    f = ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions")
    built.quirk(
        "category_from_sheet_or_title", file, "家暴告诫书/涉黄治安案件/涉赌治安案件", f, "没有类型列，类型取自工作表名"
    )
    built.quirk(
        "impossible_day",
        file,
        "家暴告诫书",
        "security.dv_warnings",
        "第2条日期为 2024-02-30：年份确定，计入2024年并给出警告",
    )


# --- 行政应诉: 是否出庭 with qualifiers -------------------------------------------------------------


def qualified_yes_no_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政应诉案件台账.xlsx"
    sheet = Sheet("应诉台账")
    header = ["序号", "案号", "原告", "被告", "案由", "开庭时间", "是否出庭", "出庭人员", "审理结果"]
    _title(f"{TOWN}{YEAR}年行政应诉案件台账", len(header), sheet)
    sheet.header([header])
    plan = (
        ("是（副镇长）", True),
        ("是（镇长）", True),
        ("否（委托律师出庭）", False),
        ("是（副镇长）", True),
        ("是", True),
    )
    records = []
    for n, (typed, appeared) in enumerate(plan, start=1):
        day = fake.dates_in(rng, YEAR, 1)[0]
        case_no = f"（{YEAR}）黔9901行初{rng.randint(10, 99)}{n}号"
        sheet.add(
            n,
            case_no,
            fake.name(rng),
            GOV,
            rng.choice(["行政强制", "土地行政确认", "政府信息公开"]),
            fake.date_cell(day, "cn"),
            typed,
            "副镇长" if "副镇长" in typed else ("镇长" if appeared else "律师"),
            rng.choice(["驳回诉讼请求", "撤诉", "驳回诉讼请求"]),
        )
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("value_qualifiers", file, "应诉台账", f, "是否出庭 写作 是（副镇长）、否（委托律师出庭）")
    built.quirk("near_miss_header", file, "应诉台账", f, "是否出庭=负责人是否出庭")


# --- 信访: status synonyms --------------------------------------------------------------------------


def synonym_status_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年信访事项台账.xlsx"
    sheet = Sheet("上级交办")
    header = ["信访编号", "交办单位", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态", "办结日期"]
    _title(f"{TOWN}{YEAR}年上级交办信访事项台账", len(header), sheet)
    sheet.header([header])
    plan = (
        ("省联办", "化解成功", "已化解"),
        ("市联办", "已解决", "已化解"),
        ("市联办", "正在化解", "正在化解"),
        ("县联办", "已化解", "已化解"),
        ("县联办", "化解中", "正在化解"),
    )
    records = []
    for n, (source, typed, status) in enumerate(plan, start=1):
        day = fake.dates_in(rng, YEAR, 1)[0]
        no = f"XF{YEAR}{n:03d}"
        sheet.add(
            no,
            source,
            fake.masked(fake.name(rng)),
            rng.choice(["土地补偿", "宅基地纠纷", "工资拖欠"]),
            "是" if n == 3 else "否",
            fake.date_cell(day, "dot"),
            typed,
            fake.date_cell(day + dt.timedelta(days=30), "dot") if status == "已化解" else None,
        )
        records.append({"petition_no": no, "source": source, "assigned_on": day, "status": status})
    built.books.append(Book(file, [sheet]))
    built.ledgers["petitions"] = records
    built.quirk(
        "value_synonyms",
        file,
        "上级交办",
        ("petitions.resolved", "petitions.in_progress"),
        "化解成功、已解决=已化解；化解中=正在化解",
    )


# --- 涉诈、学法、规范性文件 -----------------------------------------------------------------------------


def fraud_watch_list(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈高危人员管控台账.xlsx"
    sheet = Sheet("管控台账")
    header = ["序号", "姓名", "身份证号码", "联系电话", "户籍地", "状态", "核减时间", "是否取得联系", "备注"]
    _title(f"{TOWN}涉诈高危人员管控台账（内部资料 注意保密）", len(header), sheet)
    sheet.header([header])
    plan = (
        ("在管", "是"),
        ("存量", "否"),
        ("在管", "是（电话）"),
        ("已核减", None),
        ("核减", None),
        ("在管", "否"),
        ("在管", "是"),
        ("已核减", None),
        ("存量", "是（见面）"),
    )
    records = []
    for n, (status, contact) in enumerate(plan, start=1):
        canonical = "在册" if status in ("在管", "存量") else "已核减"
        sheet.add(
            n,
            fake.name(rng),
            fake.id_number(rng),
            fake.mobile(rng),
            rng.choice(VILLAGES),
            status,
            fake.date_cell(dt.date(YEAR, rng.randint(2, 11), 10), "cn") if canonical == "已核减" else None,
            contact,
            "持合法出入境手续" if canonical == "已核减" else None,
        )
        records.append({"status": canonical, "contacted": bool(contact and contact.startswith("是"))})
    built.books.append(Book(file, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk(
        "value_qualifiers", file, "管控台账", "fraud_watch.contacted", "是否取得联系 写作 是（电话）、是（见面）"
    )


def training_with_exam_row(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}学法用法及普法培训台账.xlsx"
    sheet = Sheet("培训台账")
    header = ["序号", "日期", "名称", "对象", "形式", "参加人数", "学时", "应参考人数", "实参考人数"]
    _title(f"{TOWN}{YEAR}年学法用法及普法培训台账", len(header), sheet)
    sheet.header([header])
    plan = (
        ("法律明白人", "线下", "法律明白人履职能力培训"),
        ("领导干部", "会前学法", "学习《中华人民共和国民法典》"),
        ("法律明白人", "线上", "法律明白人线上专题培训"),
        ("行政执法人员", "集中培训", "行政执法规范化培训"),
        ("领导干部", "中心组学习", "学习习近平法治思想"),
        ("法律明白人", "线下", "人民调解实务培训"),
    )
    records = []
    days = fake.dates_in(rng, YEAR, len(plan) + 1)
    for n, ((audience, form, name), day) in enumerate(zip(plan, days), start=1):
        sheet.add(n, fake.date_cell(day, "date"), name, audience, form, rng.randint(20, 60), 2, None, None)
        records.append({"held_on": day, "audience": audience})
    day = days[-1]
    sheet.add(
        len(plan) + 1,
        fake.date_cell(day, "date"),
        f"{YEAR}年度领导干部法宣在线考试",
        "领导干部",
        "考试",
        34,
        None,
        35,
        34,
    )
    records.append({"held_on": day, "audience": "领导干部", "exam_required": 35, "exam_taken": 34})
    built.books.append(Book(file, [sheet]))
    built.ledgers["training"] = records


def normative_register_none_issued(built: Built) -> None:
    file = f"{TOWN}规范性文件登记备案台账.xlsx"
    sheet = Sheet("登记备案")
    header = ["序号", "文件名称", "文号", "制定机关", "印发日期", "备案日期", "状态", "备注"]
    _title(f"{TOWN}{YEAR}年行政规范性文件登记备案台账", len(header), sheet)
    sheet.header([header])
    sheet.add(f"{YEAR}年度本镇未制定行政规范性文件。")
    built.books.append(Book(file, [sheet]))
    built.ledgers["normative_documents"] = []
    built.quirk(
        "no_record_is_zero", file, "登记备案", "normative_documents.issued", "台账在、没有记录：是 0，不是 null"
    )
