"""蕉坑镇（虚构，广东）2024: the sixtieth development town, built blind — a 南方 township whose offices keep few
registers and report mostly through **statistics forms**: the 广东 行政执法年度数据 workbook (a 汇总 sheet and 表一…表六
of the provincial 公开样式, counts per 类别 and per 处罚种类, 罚没金额 in 万元 beside the counts, 上年同期 beside 本年);
the 综治中心's quarterly 矛盾纠纷排查调处情况统计表 (.xls, 本季/累计 columns, 甲 乙 1 2 3 column numbers, 合计 first and an
indented 其中 row) beside a register the centre began only in October; the 司法所's 人民调解工作统计表 (Word) beside the
register of the same cases; the 信访办's annual 信访工作情况统计表 (Word; 上级交办 with 其中 rows, 本级受理, 合计 of both);
the 派出所's quarterly 治安工作情况统计表 (GBK CSV); the 村（社区）法律顾问工作情况统计表 (.ods); a 行政应诉 register in Word;
the 学法用法 statistics (.et); the 政务信息发布 register beside the 政府信息公开工作年度报告 (Word, the national tables).

Truth decisions (what an office would publish):
- enforcement: the 汇总 sheet's 本年 column over the province's six classes (许可 处罚 强制 征收 征用 检查), 表一…表六
  repeating the same numbers (counted once). 行政确认/给付/奖励/裁决/其他 are not on the province's form: null, not 0.
- disputes: the quarterly form's 第四季度 累计 (the year); the register covers 10-12月 only (its title says so), so it is
  not the year's count, though its rows agree with the form's fourth quarter.
- mediation: the register (the form of the 司法所 agrees with it, case for case).
- petitions: the 上级交办 row (其中 中联办/省联办/市联办/县联办), never the 合计 that adds the 本级受理.
- disclosure: the register (主动公开, 媒体发布; no 依申请公开 row). The annual report's table 三 says 2 applications
  (本年新收 申请): 2, what an office would publish (built so, changed in phase 2 to the register's 0 by "aggregate and
  records disagree → records", and back in session 48: a register of what was published says nothing of applications,
  a value kept in a register of its own); normative_documents from the report's 第二十条第（一）项 table.
- security, counsel, training: the forms' 全年 / 合计 figures. fraud_watch: no ledger handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from . import truth as T
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "蕉坑镇"
YEAR = 2024
COUNTY = "南禾县"  # fictitious
VILLAGES = ("蕉坑社区", "塘尾村", "禾岭村", "新围村", "石角村", "龙湾村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    provincial_form_workbook_enforcement(built)
    quarterly_form_beside_late_register_disputes(built, rng)
    register_beside_word_form_mediation(built, rng)
    word_form_assigned_with_sub_rows_petitions(built)
    police_quarterly_csv_security(built)
    village_counsel_form_ods(built)
    word_register_litigation(built)
    study_statistics_et_training(built)
    release_register_beside_annual_report_disclosure(built, rng)
    built.ledgers["fraud_watch"] = Null("蕉坑镇没有交来涉诈高危人员管控台账")
    built.quirk("absent_ledger", "（无）", "", "fraud_watch.*")
    return built


# --- 行政执法: the 广东 公开样式 workbook ----------------------------------------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}人民政府2024年度行政执法数据.xlsx"
# class → (this year, last year)
ENFORCEMENT = {
    "行政许可": (186, 171),
    "行政处罚": (23, 31),
    "行政强制": (2, 1),
    "行政征收": (0, 0),
    "行政征用": (0, 0),
    "行政检查": (154, 140),
}
NOTE_DATE = "填报日期：2025年1月10日"


def _form_sheet(name: str, title: str, width: int) -> Sheet:
    sheet = Sheet(name)
    sheet.title(title, width)
    sheet.add(f"填报单位（盖章）：{TOWN}人民政府（虚构）", *[None] * (width - 2), NOTE_DATE)
    return sheet


def provincial_form_workbook_enforcement(built: Built) -> None:
    summary = _form_sheet("汇总", f"{TOWN}人民政府2024年度行政执法数据汇总表", 4)
    first = summary.header([["执法行为类别", "本年数量（宗）", "上年同期（宗）", "备注"]]) + 1
    for category, (now, before) in ENFORCEMENT.items():
        summary.add(category, now, before, "本年无" if now == 0 else None)
    last = summary.next_row - 1
    summary.add(
        "合计",
        Formula(f"SUM(B{first}:B{last})", sum(v[0] for v in ENFORCEMENT.values())),
        Formula(f"SUM(C{first}:C{last})", sum(v[1] for v in ENFORCEMENT.values())),
        None,
    )
    summary.add("说明：公示年度数据的执法行为种类按省依法行政办样式暂定以上六类。")

    t1 = _form_sheet("表一", f"表一 {TOWN}人民政府2024年度行政许可实施情况统计表", 5)
    t1.header(
        [
            ["行政许可实施数量（宗）", None, None, None, None],
            ["申请数量", "受理数量", "许可数量", "不予许可数量", "撤销许可数量"],
        ],
        [(1, 1, 1, 5)],
    )
    t1.add(186, 186, 186, 0, 0)
    t1.add("说明：1.“申请数量”的统计范围为统计年度1月1日至12月31日期间许可机关收到当事人许可申请的数量。")
    t1.add("2.准予变更、延续和不予变更、延续的数量，分别计入“许可数量”“不予许可数量”。")

    heads = ["警告、通报批评", "罚款", "没收违法所得、没收非法财物", "暂扣许可证件、降低资质等级", "吊销许可证件",
             "限制开展生产经营活动", "责令停产停业、责令关闭、限制从业", "行政拘留", "其他行政处罚", "合计（宗）"]  # fmt: skip
    t2 = _form_sheet("表二", f"表二 {TOWN}人民政府2024年度行政处罚实施情况统计表", 11)
    t2.header(
        [["行政处罚实施数量（宗）", *[None] * 9, "罚没金额（万元）"], [*heads, None]], [(1, 1, 1, 10), (1, 11, 2, 11)]
    )
    t2.add(5, 16, 1, 0, 0, 0, 1, 0, 0, 23, 1.82)
    t2.add("说明：并处两种以上行政处罚的，算一宗行政处罚，计入最重的行政处罚类别。")

    t3 = _form_sheet("表三", f"表三 {TOWN}人民政府2024年度行政强制实施情况统计表", 7)
    t3.header(
        [
            ["行政强制措施（宗）", None, None, None, "行政强制执行（宗）", None, "合计（宗）"],
            [
                "查封场所、设施或者财物",
                "扣押财物",
                "冻结存款、汇款",
                "其他",
                "加处罚款或者滞纳金",
                "其他强制执行",
                None,
            ],
        ],
        [(1, 1, 1, 4), (1, 5, 1, 6), (1, 7, 2, 7)],
    )
    t3.add(1, 0, 0, 0, 0, 1, 2)

    t4 = _form_sheet("表四", f"表四 {TOWN}人民政府2024年度行政征收实施情况统计表", 3)
    t4.header([["征收项目", "征收数量（宗）", "征收金额（万元）"]])
    t4.add("（本年无）", 0, 0)

    t5 = _form_sheet("表五", f"表五 {TOWN}人民政府2024年度行政征用实施情况统计表", 2)
    t5.header([["征用数量（宗）", "补偿金额（万元）"]])
    t5.add(0, 0)

    t6 = _form_sheet("表六", f"表六 {TOWN}人民政府2024年度行政检查实施情况统计表", 5)
    t6.header(
        [
            ["行政检查实施数量（次）", None, None, "发现问题（个）", "责令整改（个）"],
            ["日常检查", "专项检查", "合计", None, None],
        ],
        [(1, 1, 1, 3), (1, 4, 2, 4), (1, 5, 2, 5)],
    )
    t6.add(120, 34, 154, 37, 35)
    t6.add("说明：行政检查以制作检查记录的为准。")

    built.books.append(Book(ENFORCEMENT_FILE, [summary, t1, t2, t3, t4, t5, t6]))
    counts = {
        "enforcement.cases": sum(v[0] for v in ENFORCEMENT.values()),
        "enforcement.licensing": 186,
        "enforcement.penalty": 23,
        "enforcement.coercion": 2,
        "enforcement.levy": 0,
        "enforcement.inspection": 154,
    }
    built.ledgers["enforcement"] = Stats(counts)
    f = tuple(counts)
    built.quirk(
        "statistics_form_only",
        ENFORCEMENT_FILE,
        "汇总",
        f,
        "行政执法只有统计表（广东省行政执法年度数据公开样式），没有案件台账",
    )
    built.quirk("sheets_table_one_and_two", ENFORCEMENT_FILE, "表一…表六", f,
                "汇总表与表一至表六是同一份年报：许可 186、处罚 23、强制 2、检查 154 两处都填，只算一次")  # fmt: skip
    built.quirk("last_year_column_beside_this_year", ENFORCEMENT_FILE, "汇总", f,
                "汇总表 本年数量（宗） 旁边是 上年同期（宗）：只取本年")  # fmt: skip
    built.quirk("money_column_beside_counts", ENFORCEMENT_FILE, "表二", "enforcement.penalty",
                "表二 处罚种类各列与 合计（宗） 之后是 罚没金额（万元） 1.82：不是件数；合计（宗）才是处罚数")  # fmt: skip
    built.quirk("province_form_six_classes", ENFORCEMENT_FILE, "汇总",
                ("enforcement.confirmation", "enforcement.payment", "enforcement.award", "enforcement.adjudication",
                 "enforcement.other"),
                "省样式只有六类（含 行政征用）：行政确认、给付、奖励、裁决、其他 表上没有，为 null（原因：统计表中没有这一项），不是 0")  # fmt: skip


# --- 矛盾纠纷: the 综治中心's quarterly form beside a register kept from October ---------------------------------

DISPUTES_FORM = f"{TOWN}矛盾纠纷排查调处情况统计表（2024年季报）.xls"
DISPUTES_REGISTER = f"{TOWN}综治中心矛盾纠纷排查化解登记台账（2024年10-12月）.xlsx"
DISPUTE_TYPES = {"婚姻家庭纠纷": 3, "邻里纠纷": 5, "房屋宅基地纠纷": 2, "山林土地纠纷": 3, "合同纠纷": 1.5,
                 "损害赔偿纠纷": 1.5, "劳动争议纠纷": 1, "征地拆迁纠纷": 0.7, "其他纠纷": 1}  # fmt: skip
QUARTERS = ("一", "二", "三", "四")
BRIEFS = ("相邻建房滴水争执", "鱼塘承包边界不清", "工钱结算争议", "赡养老人费用分担", "宅基地界址争议",
          "摩托车碰撞赔偿", "荔枝林地界桩移动", "婚后财产分割")  # fmt: skip


def quarterly_form_beside_late_register_disputes(built: Built, rng: random.Random) -> None:
    per_quarter = (38, 44, 41, 35)
    records = []
    for q, n in enumerate(per_quarter):
        first = dt.date(YEAR, 3 * q + 1, 1)
        last = dt.date(YEAR, 3 * q + 3, 28)
        for day in fake.dates_in(rng, YEAR, n, first, last):
            kind = fake.pick(rng, DISPUTE_TYPES)
            status = fake.pick(rng, {"已化解": 14, "化解中": 1} if q < 3 else {"已化解": 9, "化解中": 2})
            major = rng.random() < 0.08
            records.append({"screened_on": day, "status": status, "type": kind, "major": major, "quarter": q})

    width = 8
    sheets = []
    for q, label in enumerate(QUARTERS):
        sheet = Sheet(f"{label}季度")
        sheet.title(f"{TOWN}矛盾纠纷排查调处情况统计表（2024年第{label}季度）", width)
        sheet.add(f"填报单位：{TOWN}综治中心（虚构）", None, None, None, None, None, None, "单位：件")
        sheet.header(
            [
                ["纠纷类别", "代码", "排查纠纷", None, "调处成功", None, "正在调处", "上年同期排查"],
                [None, None, "本季", "累计", "本季", "累计", None, None],
                ["甲", "乙", "1", "2", "3", "4", "5", "6"],
            ],
            [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 4), (1, 5, 1, 6), (1, 7, 2, 7), (1, 8, 2, 8)],
        )

        def row(select, label_text: str, code: str, last_year: int) -> None:
            now = [r for r in records if r["quarter"] == q and select(r)]
            upto = [r for r in records if r["quarter"] <= q and select(r)]
            sheet.add(
                label_text,
                code,
                len(now),
                len(upto),
                sum(r["status"] == "已化解" for r in now),
                sum(r["status"] == "已化解" for r in upto),
                sum(r["status"] != "已化解" for r in upto),
                last_year,
            )

        row(lambda r: True, "合计", "01", 40 + 3 * q)
        row(lambda r: r["major"], "　　其中：重大矛盾纠纷", "02", rng.randint(1, 4))
        for k, kind in enumerate(DISPUTE_TYPES, start=3):
            row(lambda r, kind=kind: r["type"] == kind, kind, f"{k:02d}", rng.randint(0, 9))
        sheet.add("填表人：", None, None, "审核人：", None, None, f"报送日期：2024年{3 * q + 3}月30日", None)
        sheets.append(sheet)
    built.books.append(Book(DISPUTES_FORM, sheets, fmt="biff"))

    reg = Sheet("登记台账")
    head = ["序号", "排查时间", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解状态", "化解时间", "责任人"]
    reg.title(f"{TOWN}综治中心矛盾纠纷排查化解登记台账（2024年10-12月）", len(head))
    reg.header([head])
    q4 = [r for r in records if r["quarter"] == 3]
    for n, r in enumerate(q4, start=1):
        solved = r["screened_on"] + dt.timedelta(days=rng.randint(0, 12)) if r["status"] == "已化解" else None
        reg.add(n, fake.date_cell(r["screened_on"], "cn"), rng.choice(VILLAGES), r["type"],
                f"{fake.masked(fake.name(rng))}与{fake.masked(fake.name(rng))}", rng.choice(BRIEFS), r["status"],
                fake.date_cell(solved, "cn") if solved else None, fake.name(rng))  # fmt: skip
    built.books.append(Book(DISPUTES_REGISTER, [reg]))

    year = T.disputes(records, YEAR)
    built.ledgers["disputes"] = Stats({k: year[k] for k in ("disputes.screened", "disputes.resolved")})
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("quarter_and_cumulative_columns", DISPUTES_FORM, "一季度…四季度", f,
                "每季一张表，排查/调处成功各有 本季、累计 两列：全年是第四季度的累计（或四个本季之和），不是四个累计相加")  # fmt: skip
    built.quirk("total_first_row", DISPUTES_FORM, "四季度", f, "合计 是第一个数据行（代码 01），在各类纠纷之上")
    built.quirk("indented_sub_rows", DISPUTES_FORM, "四季度", f,
                "合计 下面缩进的 其中：重大矛盾纠纷（代码 02）是合计的一部分，不是另一类纠纷")  # fmt: skip
    built.quirk("code_and_column_number_rows", DISPUTES_FORM, "四季度", f,
                "代码 列（01 02 …）和表头下的栏次行（甲 乙 1 2 3 …）：是编号，不是计数")  # fmt: skip
    built.quirk("last_year_column_beside_this_year", DISPUTES_FORM, "四季度", f, "最后一列 上年同期排查：不是本年数")
    built.quirk("register_covers_last_quarter_only", DISPUTES_REGISTER, "登记台账", f,
                f"综治中心 10 月才开始逐件登记：登记台账只有第四季度的 {len(q4)} 件（标题写明 10-12月），与季报第四季度 本季 一致；"
                f"全年 {year['disputes.screened']} 件只有季报的累计给得出：只数台账是少算，不是全年数")  # fmt: skip


# --- 人民调解: the register beside the 司法所's Word form ----------------------------------------------------------

MEDIATION_REGISTER = f"{TOWN}人民调解案件登记台账（2024年）.xlsx"
MEDIATION_FORM = f"{TOWN}司法所2024年人民调解工作统计表.docx"
COMMITTEES = (f"{TOWN}人民调解委员会", *[f"{v}人民调解委员会" for v in VILLAGES[:4]])
SUBSIDY = {"口头": 80, "书面": 200}  # 元/件 (illustrative)


def register_beside_word_form_mediation(built: Built, rng: random.Random) -> None:
    head1 = ["序号", "案号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解结果", "协议形式", "案件补贴（元）",
             "调解员"]  # fmt: skip
    head2 = [None, None, None, None, None, "申请人", "被申请人", None, None, None, None]
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11)] + [(1, 6, 1, 7)]
    sheet = Sheet("登记台账")
    sheet.title(f"{TOWN}人民调解案件登记台账（2024年）", len(head1))
    sheet.header([head1, head2], merges)
    records = []
    table = {c: [0, 0, 0, 0, 0, 0, 0] for c in COMMITTEES}  # 受理 成功 口头 书面 不成功 正在调解 补贴
    for n, day in enumerate(fake.dates_in(rng, YEAR, 57, last=dt.date(YEAR, 12, 20)), start=1):
        committee = rng.choices(COMMITTEES, weights=(4, 2, 2, 1.5, 1))[0]
        result = fake.pick(rng, {"调解成功": 12, "调解不成功": 1, "调解中": 0.6})
        form = fake.pick(rng, {"口头": 3, "书面": 2}) if result == "调解成功" else None
        money = SUBSIDY[form] if form else None
        file_no = f"（2024）蕉人调字第{n}号"
        sheet.add(n, file_no, fake.date_cell(day, "dot"), committee, fake.pick(rng, DISPUTE_TYPES), fake.name(rng),
                  fake.name(rng), result, {"口头": "口头协议", "书面": "书面协议"}.get(form or ""), money,
                  fake.name(rng))  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": money})
        t = table[committee]
        t[0] += 1
        t[1] += result == "调解成功"
        t[2] += form == "口头"
        t[3] += form == "书面"
        t[4] += result == "调解不成功"
        t[5] += result == "调解中"
        t[6] += money or 0
    built.books.append(Book(MEDIATION_REGISTER, [sheet]))
    built.ledgers["mediation"] = records

    form = Sheet(f"{TOWN}人民调解工作统计表（2024年度）")
    form.doc_before = [f"填报单位：{TOWN}司法所（虚构）        统计时段：2024年1月1日至12月31日        单位：件、元"]
    form.header(
        [
            ["调解组织", "受理纠纷", "调解成功", None, None, "调解不成功", "正在调解", "发放案件补贴（元）"],
            [None, None, "小计", "其中：口头协议", "书面协议", None, None, None],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 1, 5), (1, 6, 2, 6), (1, 7, 2, 7), (1, 8, 2, 8)],
    )
    total = [sum(v[i] for v in table.values()) for i in range(7)]
    form.add("合计", total[0], total[1], total[2], total[3], total[4], total[5], total[6])
    for committee, t in table.items():
        form.add(committee, t[0], t[1], t[2], t[3], t[4], t[5], t[6])
    form.doc_after = ["填表人：          审核人：          填报日期：2025年1月8日"]
    built.books.append(Book(MEDIATION_FORM, [form], fmt="docx"))
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("aggregate_vs_records", MEDIATION_FORM, form.name, f,
                "司法所的人民调解工作统计表（Word，合计在第一行，按调委会分行）与登记台账是同一批案件，数一致：只算一次")  # fmt: skip
    built.quirk("word_table", MEDIATION_FORM, form.name, f, "统计表是 Word 文档里的表格，表名是表格上方的段落")
    built.quirk("subtotal_column_under_merged_head", MEDIATION_FORM, form.name, f,
                "调解成功 下分 小计 | 其中：口头协议 | 书面协议：小计是成功件数，口头与书面是它的两部分")  # fmt: skip


# --- 信访: the annual form in Word ----------------------------------------------------------------------------------

PETITIONS_FORM = f"{TOWN}2024年信访工作情况统计表.docx"


def word_form_assigned_with_sub_rows_petitions(built: Built) -> None:
    sheet = Sheet(f"{TOWN}2024年信访工作情况统计表")
    sheet.doc_before = [f"填报单位：{TOWN}信访办（虚构）                    单位：件"]
    sheet.header([["项目", "件数", "已化解", "正在化解", "上年同期"]])
    rows = [
        ("一、上级交办信访事项", 5, 4, 1, 7),
        ("其中：中联办交办", 0, 0, 0, 1),
        ("　　　省联办交办", 1, 1, 0, 1),
        ("　　　市联办交办", 1, 1, 0, 2),
        ("　　　县联办交办", 3, 2, 1, 3),
        ("二、本级受理信访事项", 12, 11, 1, 15),
        ("合计", 17, 15, 2, 22),
    ]
    for r in rows:
        sheet.add(*r)
    sheet.doc_after = ["说明：上级交办信访事项按交办层级分列；本级受理含来信、来访、网上信访。"]
    built.books.append(Book(PETITIONS_FORM, [sheet], fmt="docx"))
    built.ledgers["petitions"] = Stats({"petitions.assigned": 5, "petitions.resolved": 4, "petitions.in_progress": 1})
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("statistics_form_only", PETITIONS_FORM, sheet.name, f, "信访只有年度统计表（Word）")
    built.quirk("indented_sub_rows", PETITIONS_FORM, sheet.name, f,
                "上级交办 5 件下面 其中：中联办 / 省联办 / 市联办 / 县联办 是它的分项，不能再加一次")  # fmt: skip
    built.quirk("total_includes_own_intake", PETITIONS_FORM, sheet.name, f,
                "合计 17 = 上级交办 5 + 本级受理 12：指标是上级交办的事项，取 一、上级交办 行，不取合计")  # fmt: skip


# --- 平安建设: the 派出所's quarterly CSV ---------------------------------------------------------------------------

SECURITY_FILE = f"{TOWN}派出所2024年治安工作情况统计表.csv"


def police_quarterly_csv_security(built: Built) -> None:
    sheet = Sheet("统计表")
    sheet.add(f"{COUNTY}公安局{TOWN}派出所2024年治安工作情况统计表（虚构）")
    sheet.add("项目", "计量单位", "第一季度", "第二季度", "第三季度", "第四季度", "全年")
    rows = [
        ("出具家庭暴力告诫书", "份", (2, 1, 3, 1)),
        ("家庭暴力治安案件", "起", (0, 1, 0, 1)),
        ("　其中：家暴行政拘留", "人", (0, 1, 0, 0)),
        ("涉黄治安案件", "起", (1, 0, 2, 0)),
        ("　其中：涉黄行政拘留", "人", (2, 0, 3, 0)),
        ("涉赌治安案件", "起", (2, 1, 1, 2)),
        ("　其中：涉赌行政拘留", "人", (3, 1, 2, 4)),
    ]
    for label, unit, qs in rows:
        sheet.add(label, unit, *qs, sum(qs))
    built.books.append(Book(SECURITY_FILE, [sheet], fmt="csv-gbk"))
    built.ledgers["security"] = Stats(
        {
            "security.dv_warnings": 7,
            "security.dv_detentions": 1,
            "security.vice_cases": 3,
            "security.vice_detentions": 5,
        }
    )
    f = ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions")
    built.quirk("csv_gbk", SECURITY_FILE, "", f, "派出所报来的统计表是 GBK 编码的 CSV，四个季度一列，最后一列 全年")
    built.quirk("statistics_form_only", SECURITY_FILE, "", f, "治安只有季度统计（起、人、份），没有逐案台账")
    built.quirk("detentions_as_sub_rows", SECURITY_FILE, "", f,
                "拘留人数是案件行下的 其中：…行政拘留（人）行：是那一类案件的拘留人数，不是另一类案件")  # fmt: skip


# --- 法律顾问: the villages' form as .ods ----------------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}2024年村（社区）法律顾问工作情况统计表.ods"
COUNSEL_COLUMNS = ("解答法律咨询（人次）", "审查合同、文件（份）", "出具法律意见书（份）", "参与调解纠纷（宗）",
                   "开展法治讲座（场）", "办理法律援助（宗）")  # fmt: skip


def village_counsel_form_ods(built: Built) -> None:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}/counsel")
    sheet = Sheet("统计表")
    width = 1 + len(COUNSEL_COLUMNS)
    sheet.title(f"{TOWN}2024年村（社区）法律顾问工作情况统计表", width)
    sheet.add(f"填报单位：{TOWN}司法所（虚构）", *[None] * (width - 1))
    sheet.header([["服务对象", *COUNSEL_COLUMNS], ["甲", *[str(i) for i in range(1, width)]]])
    table = {}
    for who in (f"{TOWN}人民政府", *VILLAGES):
        own = who.endswith("人民政府")
        table[who] = [
            rng.randint(2, 6) if own else rng.randint(8, 24),
            rng.randint(6, 15) if own else rng.randint(1, 6),
            rng.randint(2, 5) if own else rng.randint(0, 2),
            0 if own else rng.randint(0, 4),
            rng.randint(0, 1) if own else rng.randint(1, 3),
            0 if own else rng.choice([0, 0, 1]),
        ]
    for who, counts in table.items():
        sheet.add(who, *counts)
    totals = [sum(v[i] for v in table.values()) for i in range(len(COUNSEL_COLUMNS))]
    sheet.add("合计", *totals)
    built.books.append(Book(COUNSEL_FILE, [sheet], fmt="ods"))
    built.ledgers["counsel"] = Stats(
        {
            "counsel.consultations": totals[0],
            "counsel.document_reviews": totals[1],
            "counsel.opinions": totals[2],
            "counsel.legal_aid": totals[5],
        }
    )
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("ods_spreadsheet", COUNSEL_FILE, "统计表", f, "法律顾问统计表是 WPS 另存的 .ods")
    built.quirk("statistics_form_only", COUNSEL_FILE, "统计表", f,
                "一村一行、一项服务一列（人次、份、宗、场），合计在最后一行，表头下一行是栏次 甲 1 2 …")  # fmt: skip


# --- 行政应诉: a register in Word -----------------------------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}人民政府2024年行政应诉案件登记表.docx"


def word_register_litigation(built: Built) -> None:
    sheet = Sheet(f"{TOWN}人民政府行政应诉案件登记表（2024年）")
    sheet.header([["序号", "案号", "原告", "案由", "开庭时间", "出庭应诉负责人", "负责人是否出庭", "审理结果"]])
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}/litigation")
    cases = [
        ("（2023）粤0999行初88号", "土地行政确认", dt.date(2024, 1, 16), "陈某某（副镇长）", "是（副镇长）", "驳回诉讼请求"),
        ("（2024）粤0999行初12号", "政府信息公开", dt.date(2024, 5, 21), "李某某（镇长）", "是", "原告撤诉"),
        ("（2024）粤0999行初40号", "行政强制（拆除违法建筑）", dt.date(2024, 9, 10), "—", "否（委托律师出庭）",
         "驳回诉讼请求"),
        ("（2024）粤0999行初77号", "不履行法定职责", dt.date(2024, 12, 3), "李某某（镇长）", "是", "尚未判决"),
    ]  # fmt: skip
    records = []
    for n, (no, cause, day, who, appeared, result) in enumerate(cases, start=1):
        sheet.add(n, no, fake.masked(fake.name(rng)), cause, fake.date_cell(day, "cn"), who, appeared, result)
        records.append({"case_no": no, "heard_on": day, "appeared": appeared.startswith("是")})
    sheet.doc_after = [f"填表单位：{TOWN}司法所（虚构）"]
    built.books.append(Book(LITIGATION_FILE, [sheet], fmt="docx"))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("word_table", LITIGATION_FILE, sheet.name, f, "应诉登记表是 Word 表格")
    built.quirk("value_qualifiers", LITIGATION_FILE, sheet.name, f, "是（副镇长）、否（委托律师出庭）：值带括号限定语")
    built.quirk("case_number_of_last_year_heard_this_year", LITIGATION_FILE, sheet.name, f,
                "（2023）…行初88号 2024年1月开庭：按开庭时间计入2024年")  # fmt: skip


# --- 学法用法: the statistics as a WPS .et ------------------------------------------------------------------------

TRAINING_FILE = f"{TOWN}2024年学法用法及普法培训情况统计表.et"


def study_statistics_et_training(built: Built) -> None:
    sheet = Sheet("统计表")
    sheet.title(f"{TOWN}2024年学法用法及普法培训情况统计表", 5)
    sheet.add(f"填报单位：{TOWN}党政办（虚构）", None, None, None, None)
    sheet.header([["项目", "单位", "上半年", "下半年", "全年"]])
    rows = [
        ("法律明白人培训", "场次", 2, 2),
        ("领导干部会前学法", "次", 6, 6),
        ("党委理论学习中心组学法", "次", 2, 2),
        ("国家工作人员旁听庭审", "次", 0, 1),
        ("领导干部法宣在线考试应参考人数", "人", 46, None),
        ("领导干部法宣在线考试实参考人数", "人", 45, None),
    ]
    for label, unit, h1, h2 in rows:
        sheet.add(label, unit, h1, h2, h1 + (h2 or 0))
    sheet.add("说明：法宣在线考试每年一次（6月），下半年不再统计。", None, None, None, None)
    built.books.append(Book(TRAINING_FILE, [sheet], fmt="biff"))
    built.ledgers["training"] = Stats({"training.legal_literacy_sessions": 4, "training.exam_coverage": T.rate(45, 46)})
    f = ("training.legal_literacy_sessions", "training.exam_coverage")
    built.quirk("statistics_form_only", TRAINING_FILE, "统计表", f,
                "学法用法只有统计表（WPS .et，上半年/下半年/全年），考试 应参考/实参考 是两行，下半年空")  # fmt: skip


# --- 政务公开: the release register beside the annual report --------------------------------------------------------

DISCLOSURE_REGISTER = f"{TOWN}2024年政务信息发布登记台账.xlsx"
DISCLOSURE_REPORT = f"{TOWN}人民政府2024年政府信息公开工作年度报告.docx"
TOPICS = ("关于开展防汛备汛工作的通知", "2024年耕地地力保护补贴发放情况公示", "农村危房改造对象公示",
          "镇人民政府2024年部门预算公开", "高温天气防溺水安全提示", "荔枝龙眼产业帮扶项目公示", "城乡居民医保参保缴费提醒",
          "人居环境整治工作动态", "临时救助对象名单公示", "森林防火期野外用火管理通告")  # fmt: skip
CHANNELS = ("政府门户网站", "政务公开栏", "微信公众号")
MEDIA = ("南禾县融媒体中心报道", "《南禾报》刊发", "县电视台新闻播报")


def release_register_beside_annual_report_disclosure(built: Built, rng: random.Random) -> None:
    head = ["序号", "信息标题", "发布日期", "发布渠道", "公开类型", "责任股室"]
    sheet = Sheet("发布台账")
    sheet.title(f"{TOWN}2024年政务信息发布登记台账", len(head))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 64), start=1):
        media = rng.random() < 0.25
        channel = rng.choice(MEDIA) if media else rng.choice(CHANNELS)
        kind = "媒体发布" if media else "主动公开"
        sheet.add(n, rng.choice(TOPICS), fake.date_cell(day, "date"), channel, kind,
                  rng.choice(["党政办", "农业农村办", "社会事务办", "综治中心"]))  # fmt: skip
        records.append({"published_on": day, "type": kind})
    built.books.append(Book(DISCLOSURE_REGISTER, [sheet]))
    counted = T.disclosure(records, YEAR)
    proactive = counted["disclosure.proactive"]

    # The national format of the 年度报告 (国办公开办函〔2021〕30号): tables 二, 三 and 四 in Word.
    t2 = Sheet("二、主动公开政府信息情况")
    t2.doc_before = [
        f"{TOWN}人民政府2024年政府信息公开工作年度报告",
        "一、总体情况",
        f"2024年，我镇通过政府门户网站、政务公开栏、微信公众号等渠道主动公开政府信息{proactive}条，"
        f"全年收到政府信息公开申请2件，均在法定期限内答复。",
    ]
    t2.header([["第二十条第（一）项", None, None, None], ["信息内容", "本年制发件数", "本年废止件数", "现行有效件数"]],
              [(1, 1, 1, 4)])  # fmt: skip
    t2.add("规章", 0, 0, 0)
    t2.add("行政规范性文件", 0, 0, 1)
    t2.add("第二十条第（五）项", None, None, None)
    t2.merges.append((t2.next_row - 1, 1, t2.next_row - 1, 4))
    t2.add("信息内容", "本年处理决定数量", None, None)
    t2.add("行政许可", 186, None, None)
    t2.add("第二十条第（六）项", None, None, None)
    t2.merges.append((t2.next_row - 1, 1, t2.next_row - 1, 4))
    t2.add("信息内容", "本年处理决定数量", None, None)
    t2.add("行政处罚", 23, None, None)
    t2.add("行政强制", 2, None, None)

    t3 = Sheet("三、收到和处理政府信息公开申请情况")
    t3.header(
        [
            [
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                None,
                None,
                "申请人情况",
                *[None] * 6,
            ],
            [None, None, None, "自然人", "法人或其他组织", None, None, None, None, "总计"],
            [None, None, None, None, "商业企业", "科研机构", "社会公益组织", "法律服务机构", "其他", None],
        ],
        [(1, 1, 3, 3), (1, 4, 1, 10), (2, 4, 3, 4), (2, 5, 2, 9), (2, 10, 3, 10)],
    )
    z = [0] * 6
    t3.add("一、本年新收政府信息公开申请数量", None, None, 2, *z[:5], 2)
    t3.merges.append((t3.next_row - 1, 1, t3.next_row - 1, 3))
    t3.add("二、上年结转政府信息公开申请数量", None, None, *z, 0)
    t3.merges.append((t3.next_row - 1, 1, t3.next_row - 1, 3))
    t3.add("三、本年度办理结果", "（一）予以公开", None, 1, *z[:5], 1)
    t3.add(None, "（二）部分公开（区分处理的，只计这一情形，不计其他情形）", None, 0, *z[:5], 0)
    t3.add(None, "（三）不予公开", "1.属于国家秘密", *z, 0)
    t3.add(None, "（四）无法提供", "1.本机关不掌握相关政府信息", 1, *z[:5], 1)
    t3.add(None, "（五）不予处理", "1.信访举报投诉类申请", *z, 0)
    t3.add(None, "（六）其他处理", "1.申请人无正当理由逾期不补正", *z, 0)
    t3.add(None, "（七）总计", None, 2, *z[:5], 2)
    t3.add("四、结转下年度继续办理", None, None, *z, 0)
    t3.merges.append((t3.next_row - 1, 1, t3.next_row - 1, 3))

    t4 = Sheet("四、政府信息公开行政复议、行政诉讼情况")
    t4.header(
        [
            ["行政复议", *[None] * 4, "行政诉讼", *[None] * 9],
            ["结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "未经复议直接起诉", *[None] * 4, "复议后起诉",
             *[None] * 4],
            [None, None, None, None, None, "结果维持", "结果纠正", "其他结果", "尚未审结", "总计", "结果维持", "结果纠正",
             "其他结果", "尚未审结", "总计"],
        ],
        [(1, 1, 1, 5), (1, 6, 1, 15), (2, 1, 3, 1), (2, 2, 3, 2), (2, 3, 3, 3), (2, 4, 3, 4), (2, 5, 3, 5),
         (2, 6, 2, 10), (2, 11, 2, 15)],
    )  # fmt: skip
    t4.add(0, 0, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 0, 0)
    t4.doc_after = ["五、存在的主要问题及改进情况", "六、其他需要报告的事项：本年度未收取信息处理费。"]
    built.books.append(Book(DISCLOSURE_REPORT, [t2, t3, t4], fmt="docx"))

    # The register is the ledger of the kind for what was published; it records no application at all, and 依申请公开
    # is a value offices keep in a register of its own (spec apart): its silence is no 0, and the report's table 三
    # (本年新收 2) is the year's evidence of the applications (session 48; it had been 0 by "records win").
    built.ledgers["disclosure"] = Stats({**counted, "disclosure.on_request": 2})
    built.ledgers["normative_documents"] = Stats({"normative_documents.issued": 0})
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk("aggregate_vs_records", DISCLOSURE_REPORT, "二、主动公开政府信息情况", f,
                f"发布台账逐条登记主动公开 {proactive} 条与媒体发布；年度报告正文写同一个主动公开数：只算一次")  # fmt: skip
    built.quirk("requests_only_in_annual_report", DISCLOSURE_REPORT, "三、收到和处理政府信息公开申请情况",
                "disclosure.on_request",
                "发布台账没有 依申请公开 一行，年度报告表三 本年新收…申请数量 的 总计 栏写 2 件：申请另有登记簿，"
                "发布台账没有记不等于 0，按年度报告计 2")  # fmt: skip
    built.quirk("word_table", DISCLOSURE_REPORT, "二、主动公开政府信息情况", "normative_documents.issued",
                "规范性文件 只在年度报告表二 第二十条第（一）项：行政规范性文件 本年制发件数 0（现行有效 1）")  # fmt: skip
    built.quirk("enforcement_counts_in_disclosure_report", DISCLOSURE_REPORT, "二、主动公开政府信息情况",
                ("enforcement.licensing", "enforcement.penalty", "enforcement.coercion"),
                "年度报告表二 第二十条第（五）（六）项又写了 行政许可 186、行政处罚 23、行政强制 2：与执法年报同数，不得再加")  # fmt: skip
