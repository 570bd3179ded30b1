"""椒坪镇（虚构）2024: the forty-eighth development town, weighted to **administrative enforcement and legal affairs**
as the offices of a 镇 keep them: the 综合行政执法队's penalty register, the inspection book the 应急办, the 执法队 and
the 自然资源和规划建设环保办 keep together, the 司法所's register of reconsiderations and lawsuits, and two tables that
look like ledgers and are none — the 重大行政决策事项目录 and the 法治政府建设 年度考核自评表.

The penalty register is kept **across two years** in one sheet (行政处罚案件登记台账（2023—2024年）): 立案日期 and 决定日期
typed without the year (11月20日), the year only in the **处罚决定书文号** (椒综执罚〔2023〕35号, 〔2024〕1号 …), the
category only in the register's title (every row is a penalty; 案由 is the offence, 未经许可擅自…), 罚没款（万元）
in 万元, and a case filed in December still being handled (no 文号, no 决定日期, 备注 案件办理中). The inspection book keeps
**one sheet per quarter**, the rows grouped by office with a **小计 row after each office** (应急办小计 | 共N家次) and a
季度合计 at the end; no case numbers (an inspection leaves a 检查记录, not a 决定书). The 司法所 keeps 行政复议 and
行政诉讼 in **one table** (案件类别 行政复议 / 行政诉讼（一审） / 行政诉讼（二审）), and writes **everyone who appeared**
in 出庭应诉人员 with the post in brackets — the 镇长 or a 副镇长 beside the 司法所's staff and the town's lawyer.

Truth decisions: a penalty is the year's by its decision, and a decision typed without its year is of the year its
文号 carries (a 决定书 is numbered in the year it is made); the case still being handled is no decision yet. The
inspections are rows (one 检查对象 visited once is one inspection; the 小计 and 合计 lines are totals). A 行政复议 is
not a lawsuit; a lawsuit is the year's by its hearing; a leader appeared only when a 负责人 (正职、副职 — the 2020
规定 on 行政机关负责人出庭应诉) stands among those who appeared: the 司法所所长, staff and the lawyer are the
相应的工作人员 the law lets appear instead. The 重大行政决策 目录 lists decisions (some issued under a 文号), no normative
document: with no 规范性文件 register, normative_documents.issued is unknown. The 考核自评表's 自评情况 quotes the year's
numbers in prose: evidence of nothing (its figures are the office's claims, not records)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "椒坪镇"
YEAR = 2024
VILLAGES = ("椒坪社区", "花椒湾村", "石板沟村", "大坪村", "龙井村", "杉树坳村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    enforcement: list[dict] = []
    year_in_decision_number_penalties(built, rng, enforcement)
    quarter_sheets_office_subtotals_inspections(built, rng, enforcement)
    built.ledgers["enforcement"] = enforcement
    reconsideration_and_lawsuits_in_one_table(built, rng)
    major_decisions_catalogue_not_documents(built, rng)
    rule_of_law_assessment_not_ledger(built, rng)
    absent = ("disclosure", "disputes", "petitions", "mediation", "security", "fraud_watch", "counsel", "training")
    for kind in absent:
        built.ledgers[kind] = Null("椒坪镇没有这一类台账")
    built.ledgers["normative_documents"] = Null("椒坪镇没有规范性文件台账（重大行政决策目录不是）")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in (*absent, "normative_documents")))
    return built


# --- 行政处罚: kept across two years, the year only in the 文号 -----------------------------------------------------------

PENALTY_FILE = f"{TOWN}综合行政执法队行政处罚案件登记台账（2023—2024年）.xlsx"
# 案由 as the offence is written in a 决定书 (未经许可擅自…), 处罚种类 and the fine in 元.
OFFENCES = {
    "未经许可擅自占用城镇道路摆摊经营": ("罚款", (200, 500)),
    "未经许可擅自设置大型户外广告": ("罚款", (1000, 5000)),
    "未经批准擅自在乡村规划区内建设": ("罚款", (5000, 20000)),
    "未按规定时间地点倾倒建筑垃圾": ("罚款", (1000, 3000)),
    "露天焚烧秸秆": ("警告", (0, 0)),
    "未取得食品经营许可从事食品经营": ("没收违法所得、罚款", (2000, 10000)),
    "擅自在公共场所堆放物料": ("警告", (0, 0)),
}
OFFICERS = ("杨建军", "罗晓东", "田文静", "吴志刚")  # fictitious officers of the 执法队


def _penalty_row(sheet: Sheet, rng: random.Random, n: int, filed: dt.date, decided: dt.date | None, case_no, remark):
    offence = rng.choice(list(OFFENCES))
    kind, (lo, hi) = OFFENCES[offence]
    fine = round(rng.randrange(lo, hi + 1, 100) / 10000, 4) if hi else None
    if decided is None:
        kind, fine = None, None
    sheet.add(n, f"{filed.month}月{filed.day}日", offence, fake.name(rng), rng.choice(VILLAGES), case_no,
              f"{decided.month}月{decided.day}日" if decided else None, kind, fine,
              "已缴纳" if fine else ("已执行" if decided else None),
              f"{rng.choice(OFFICERS)}、{rng.choice(OFFICERS)}", remark)  # fmt: skip


def year_in_decision_number_penalties(built: Built, rng: random.Random, records: list[dict]) -> None:
    head = ["序号", "立案日期", "案由", "当事人", "违法地点", "处罚决定书文号", "决定日期", "处罚种类", "罚没款（万元）",
            "执行情况", "承办人", "备注"]  # fmt: skip
    sheet = Sheet("处罚案件登记")
    sheet.title(f"{TOWN}综合行政执法队行政处罚案件登记台账", len(head))
    sheet.add(f"填报单位：{TOWN}综合行政执法队", *([None] * 8), "登记人：", None, None)
    sheet.header([head])
    n = 0
    # The book was opened in the autumn of 2023, when the town's 执法队 was given its powers (赋权), and kept on.
    for year, numbers, first, last in ((YEAR - 1, range(31, 37), dt.date(YEAR - 1, 10, 9), dt.date(YEAR - 1, 12, 28)),
                                       (YEAR, range(1, 15), dt.date(YEAR, 1, 8), dt.date(YEAR, 12, 20))):  # fmt: skip
        for number, decided in zip(numbers, fake.dates_in(rng, year, len(numbers), first, last), strict=True):
            n += 1
            filed = decided - dt.timedelta(days=rng.randint(5, 40))
            case_no = f"椒综执罚〔{year}〕{number}号"
            _penalty_row(sheet, rng, n, filed, decided, case_no, None)
            records.append({"case_no": case_no, "category": "行政处罚", "decided_on": decided})
    # Filed in December, not decided by the time the book was handed over: no 文号, no 决定日期.
    n += 1
    _penalty_row(sheet, rng, n, dt.date(YEAR, 12, 23), None, None, "案件办理中")
    sheet.blank()
    sheet.add("注：罚没款单位为万元；决定书文号按年度编号。", *([None] * 11))
    built.books.append(Book(PENALTY_FILE, [sheet]))
    f = ("enforcement.cases", "enforcement.penalty")
    built.quirk("year_only_in_decision_number", PENALTY_FILE, "处罚案件登记", f,
                "台账跨2023、2024两年，立案日期、决定日期只写月日（11月20日），年份只在处罚决定书文号里（椒综执罚〔2023〕35号）：按文号年份计")  # fmt: skip
    built.quirk("category_from_sheet_or_title", PENALTY_FILE, "处罚案件登记", f,
                "没有执法类别列，标题 行政处罚案件登记台账 即类别；案由 是违法行为（未经许可擅自…）")  # fmt: skip
    built.quirk("fine_in_wan_yuan", PENALTY_FILE, "处罚案件登记", f, "罚没款（万元） 0.05 即500元；警告 空着")
    built.quirk("case_still_handled", PENALTY_FILE, "处罚案件登记", f,
                "12月立案的一件 案件办理中：没有文号、没有决定日期，不是任何一年的决定")  # fmt: skip


# --- 行政检查: a sheet per quarter, grouped by office, a 小计 after each office ----------------------------------------

INSPECTION_FILE = f"{TOWN}{YEAR}年行政检查台账.xlsx"
# The town's offices that inspect, what each inspects, and how many visits a quarter.
INSPECTING_OFFICES = {
    "应急办": (
        ("烟花爆竹经营安全检查", "小作坊消防安全检查", "汛期地质灾害隐患点巡查", "液化气供应点安全检查"),
        (2, 4),
    ),
    "综合行政执法队": (("沿街店铺门前三包检查", "建筑工地扬尘检查", "农贸市场占道经营检查"), (2, 3)),
    "自然资源和规划建设环保办": (("农村建房规划许可批后检查", "耕地保护动态巡查", "养殖场污染防治检查"), (1, 3)),
}
WAYS = ("日常巡查", "双随机抽查", "专项检查", "接举报投诉后检查", "联合检查")
RESULTS = ("未发现问题", "未发现问题", "责令限期整改", "当场整改", "立案查处")
QUARTERS = ("一季度", "二季度", "三季度", "四季度")


def quarter_sheets_office_subtotals_inspections(built: Built, rng: random.Random, records: list[dict]) -> None:
    head = [
        "序号",
        "检查日期",
        "检查单位",
        "检查对象",
        "检查事项",
        "检查方式",
        "检查人员",
        "检查结果",
        "整改复查情况",
        "备注",
    ]
    width = len(head)
    sheets = []
    for q, quarter in enumerate(QUARTERS):
        sheet = Sheet(f"{quarter}")
        sheet.title(f"{TOWN}{YEAR}年{quarter}行政检查台账", width)
        sheet.header([head])
        total = 0
        first, last = dt.date(YEAR, 3 * q + 1, 2), dt.date(YEAR, 3 * q + 3, 28)
        for office, (matters, (lo, hi)) in INSPECTING_OFFICES.items():
            count = rng.randint(lo, hi)
            for n, day in enumerate(fake.dates_in(rng, YEAR, count, first, last), start=1):
                result = rng.choice(RESULTS)
                follow = (
                    f"{(day + dt.timedelta(days=rng.randint(7, 20))):%m月%d日}复查，已整改"
                    if result == "责令限期整改"
                    else None
                )
                sheet.add(n, f"{day.year}.{day.month}.{day.day}", office, rng.choice(["某商店", "某餐馆", "某建材经营部",
                          "某养殖场", "某农户", "某石材加工厂"]) + f"（{rng.choice(VILLAGES)}）", rng.choice(matters),
                          rng.choice(WAYS), f"{rng.choice(OFFICERS)}、{fake.name(rng)}", result, follow, None)  # fmt: skip
                records.append({"case_no": f"检查-{quarter}-{office}-{n}", "category": "行政检查", "decided_on": day})
            sheet.add(f"{office}小计", None, None, f"共{count}家次", *([None] * (width - 4)))
            total += count
        sheet.add(f"{quarter}合计", None, None, f"共{total}家次", *([None] * (width - 4)))
        sheet.blank()
        sheet.add("填表人：", None, None, "审核人：", None, None, "填报日期：")
        sheets.append(sheet)
    built.books.append(Book(INSPECTION_FILE, sheets))
    f = ("enforcement.cases", "enforcement.inspection")
    built.quirk("quarter_sheet_office_subtotals", INSPECTION_FILE, "一季度…四季度", f,
                "每季度一张表，行按检查单位分组，每个单位之后一行 应急办小计（共N家次），季末 一季度合计：都不是检查")  # fmt: skip
    built.quirk("category_from_sheet_or_title", INSPECTION_FILE, "一季度…四季度", f,
                "没有执法类别列，标题 行政检查台账 即类别；没有文书编号")  # fmt: skip
    built.quirk("inspection_result_not_category", INSPECTION_FILE, "一季度…四季度", f,
                "检查结果 立案查处 / 责令限期整改：仍是一次行政检查，处罚另在处罚台账")  # fmt: skip


# --- 行政复议 and 行政诉讼 in one table; 出庭应诉人员 names everyone who appeared ------------------------------------------

LITIGATION_FILE = f"{TOWN}行政复议和行政应诉案件台账（{YEAR}年）.xlsx"


def reconsideration_and_lawsuits_in_one_table(built: Built, rng: random.Random) -> None:
    head = ["序号", "案件类别", "案号", "申请人（原告）", "被申请人（被告）", "案由", "收案日期", "开庭日期", "出庭应诉人员",
            "结案日期", "处理结果"]  # fmt: skip
    sheet = Sheet("复议应诉台账")
    sheet.title(f"{TOWN}行政复议和行政应诉案件登记台账（{YEAR}年）", len(head))
    sheet.add(f"填报单位：{TOWN}司法所", *([None] * 10))
    sheet.header([head])
    mayor, deputy, chief, staff, lawyer = (fake.name(rng) for _ in range(5))
    town_gov = f"{TOWN}人民政府"
    # (类别, 案号, 案由, 收案, 开庭, 出庭应诉人员, 结案, 结果, heard in the year as a lawsuit, a leader appeared)
    cases = [
        ("行政复议", f"县府复〔{YEAR}〕7号", "不服行政处罚决定", dt.date(YEAR, 3, 4), None, "/", dt.date(YEAR, 4, 26), "维持", None, None),
        ("行政诉讼（一审）", f"（{YEAR}）黔9902行初11号", "不服行政处罚决定", dt.date(YEAR, 3, 18), dt.date(YEAR, 5, 9),
         f"{mayor}（镇长）、{staff}（司法所工作人员）", dt.date(YEAR, 6, 20), "驳回诉讼请求", True, True),
        ("行政诉讼（一审）", f"（{YEAR}）黔9902行初27号", "要求履行法定职责", dt.date(YEAR, 5, 6), dt.date(YEAR, 7, 2),
         f"{chief}（司法所所长）、{lawyer}（律师）", dt.date(YEAR, 8, 15), "驳回诉讼请求", True, False),
        ("行政复议", f"县府复〔{YEAR}〕19号", "政府信息公开答复", dt.date(YEAR, 6, 11), None, "/", dt.date(YEAR, 8, 2), "撤销并责令重新答复", None, None),
        ("行政诉讼（二审）", f"（{YEAR}）黔99行终58号", "不服行政处罚决定", dt.date(YEAR, 7, 15), dt.date(YEAR, 9, 10),
         f"{deputy}（副镇长）、{lawyer}（律师）", dt.date(YEAR, 10, 30), "驳回上诉，维持原判", True, True),
        ("行政诉讼（一审）", f"（{YEAR}）黔9902行初64号", "行政强制拆除", dt.date(YEAR, 9, 2), dt.date(YEAR, 10, 22),
         f"{lawyer}（律师）", dt.date(YEAR, 12, 5), "确认违法", True, False),
        ("行政复议", f"县府复〔{YEAR}〕33号", "不服行政处罚决定", dt.date(YEAR, 10, 9), None, "/", None, "审理中", None, None),
        ("行政诉讼（一审）", f"（{YEAR}）黔9902行初98号", "要求履行法定职责", dt.date(YEAR, 12, 10), dt.date(YEAR + 1, 1, 14),
         None, None, "未开庭", False, False),
    ]  # fmt: skip
    records = []
    for n, (kind, case_no, cause, received, heard, present, closed, result, lawsuit, leader) in enumerate(cases, 1):
        sheet.add(n, kind, case_no, fake.name(rng), town_gov, cause, fake.date_cell(received, "cn"),
                  fake.date_cell(heard, "cn") if heard else ("/" if kind == "行政复议" else None), present,
                  fake.date_cell(closed, "cn") if closed else None, result)  # fmt: skip
        if lawsuit is not None:
            records.append({"case_no": case_no, "heard_on": heard, "appeared": bool(leader)})
    built.books.append(Book(LITIGATION_FILE, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("reconsideration_rows_in_lawsuit_table", LITIGATION_FILE, "复议应诉台账", f,
                "行政复议与行政诉讼同一张表，案件类别 行政复议 / 行政诉讼（一审） / 行政诉讼（二审）：复议不是诉讼")  # fmt: skip
    built.quirk("everyone_who_appeared_with_post", LITIGATION_FILE, "复议应诉台账", f,
                "出庭应诉人员 写出庭的每个人及职务：镇长、副镇长 是负责人出庭；司法所所长、工作人员、律师 不是")  # fmt: skip


# --- 重大行政决策事项目录: decisions, not documents -----------------------------------------------------------------------

DECISIONS_FILE = f"{TOWN}{YEAR}年度重大行政决策事项目录.xlsx"


def major_decisions_catalogue_not_documents(built: Built, rng: random.Random) -> None:
    sheet = Sheet("决策事项目录")
    sheet.title(f"{TOWN}{YEAR}年度重大行政决策事项目录", 13)
    sheet.header(
        [
            ["序号", "决策事项名称", "决策承办单位", "决策依据", "履行法定程序", None, None, None, None, "决策时间",
             "决策文件文号", "计划完成时间", "备注"],
            [None, None, None, None, "公众参与", "专家论证", "风险评估", "合法性审查", "集体讨论决定", None, None, None, None],
        ],
        [(1, 5, 1, 9), *((1, c, 2, c) for c in (1, 2, 3, 4, 10, 11, 12, 13))],
    )  # fmt: skip
    items = [
        ("椒坪镇集镇生活污水处理设施建设方案", "自然资源和规划建设环保办", "《重大行政决策程序暂行条例》", "√", "√", "√", "√", "√",
         dt.date(YEAR, 4, 16), f"椒府发〔{YEAR}〕9号", f"{YEAR}年12月", None),
        ("椒坪镇花椒产业发展扶持办法", "农业服务中心", "《乡村振兴促进法》", "√", "√", "√", "√", "√",
         dt.date(YEAR, 6, 3), f"椒府发〔{YEAR}〕15号", f"{YEAR}年12月", None),
        ("椒坪镇农村危房改造实施方案", "自然资源和规划建设环保办", "县农村危房改造工作方案", "√", None, "√", "√", "√",
         dt.date(YEAR, 8, 27), f"椒府发〔{YEAR}〕21号", f"{YEAR + 1}年6月", None),
        ("椒坪镇集镇农贸市场搬迁", "综合行政执法队", "县国土空间规划", "√", "√", "√", "√", None,
         None, None, f"{YEAR + 1}年3月", "风险评估中，未提交集体讨论"),
    ]  # fmt: skip
    for n, (name, office, basis, *steps, decided, doc_no, plan, remark) in enumerate(items, 1):
        sheet.add(
            n, name, office, basis, *steps, fake.date_cell(decided, "cn") if decided else None, doc_no, plan, remark
        )
    sheet.blank()
    sheet.add("注：决策事项目录经镇党委会议审定后公布，实行动态调整。", *([None] * 12))
    built.books.append(Book(DECISIONS_FILE, [sheet]))
    built.quirk("major_decisions_catalogue", DECISIONS_FILE, "决策事项目录", "normative_documents.issued",
                "重大行政决策事项目录：决策事项名称、履行法定程序（公众参与/专家论证/风险评估/合法性审查/集体讨论决定 √）、决策文件文号 椒府发〔2024〕9号：不是规范性文件，不计入")  # fmt: skip


# --- 法治政府建设 考核自评表: scoring items, not records ----------------------------------------------------------------------

ASSESSMENT_FILE = f"{TOWN}{YEAR}年度法治政府建设考核自评表.xlsx"


def rule_of_law_assessment_not_ledger(built: Built, rng: random.Random) -> None:
    head = ["一级指标", "二级指标", "考核内容", "分值", "评分标准", "自评情况", "自评得分", "佐证材料"]
    sheet = Sheet("考核自评表")
    sheet.title(f"{TOWN}{YEAR}年度法治政府建设考核自评表", len(head))
    sheet.add(f"被考核单位：{TOWN}人民政府（盖章）", *([None] * 5), "自评总分：", 92.5)
    sheet.header([head])
    rows = [
        ("一、依法全面履行政府职能（15分）", "权责清单", "公布乡镇权责清单并动态调整", 5, "未公布扣5分", "已在县政府网站公布", 5, "权责清单"),
        (None, "行政执法", "严格执行行政执法三项制度", 10, "每发现一件执法案件未公示扣1分", "全年作出行政处罚决定14件，均已公示", 10, "行政处罚案件登记台账"),
        ("二、健全依法决策机制（20分）", "重大行政决策", "重大行政决策履行法定程序", 10, "缺一项程序扣2分", "作出重大行政决策3项，均履行法定程序", 10, "重大行政决策事项目录"),
        (None, "合法性审查", "行政规范性文件、合同经合法性审查", 10, "未经审查出台的每件扣2分", "审查合同12份、文件5件", 9, "合法性审查台账"),
        ("三、行政复议与应诉（15分）", "负责人出庭", "行政机关负责人出庭应诉率达到100%", 10, "每低10%扣1分", "一审、二审开庭4件，负责人出庭2件", 8, "应诉台账"),
        (None, "败诉", "行政诉讼败诉率低于10%", 5, "败诉1件扣2分", "确认违法1件", 3, "判决书"),
        ("四、普法与学法（10分）", "学法用法", "领导干部学法考试参考率100%", 10, "每低1%扣0.5分", "参考率100%", 10, "考试成绩单"),
    ]  # fmt: skip
    for row in rows:
        sheet.add(*row)
    sheet.add("合计", None, None, 100, None, None, 92.5, None)  # the items listed are a part of the 100 points
    built.books.append(Book(ASSESSMENT_FILE, [sheet]))
    built.quirk("assessment_not_ledger", ASSESSMENT_FILE, "考核自评表",
                ("enforcement.cases", "litigation.cases", "training.exam_coverage"),
                "法治政府建设考核自评表：一级指标、二级指标、分值、评分标准、自评情况（全年作出行政处罚决定14件…）、自评得分：不是台账，不计入")  # fmt: skip
