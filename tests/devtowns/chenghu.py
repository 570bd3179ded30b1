"""澄湖街道（虚构）2024: the fifty-eighth development town, built blind — an **urban sub-district (街道办事处)** of an
eastern city, whose ledgers follow the street offices' own templates rather than a township's: the 综合行政执法队's
case register (一般程序 / 简易程序 / 强制措施 / 日常检查 in one workbook, as 城管 squads keep it, with cases filed and
then withdrawn or still open), the 基层治理平台's event export (a web page saved as .xls, every grid event in it, the
矛盾纠纷 among 安全隐患 and 环境卫生 ones), the 街道人民调解委员会's register of its own and the 社区调委会' cases in
an old .xls, the 信访 register in Word whose sources are the 国家/省/市/区 信访局, the 12345 hotline's work orders as
the city platform exports them (GBK CSV), the 法律顾问's register of reviews beside the 一社区一法律顾问 monthly
returns (.ods), a Word 法治建设台账汇编 (规范性文件备案: none this year; 行政复议 and 行政诉讼 in one table), the 学法
workbook with its 法宣在线 exam sheet, the 政务公开 workbook (主动公开 / 依申请公开 / 新闻宣传), the 派出所's quarterly
平安建设 statistics in WPS (.et) and the 涉诈 watch list (UTF-8 CSV).

Sources (public pages read while building it): 杭州上城区小营街道 2024 法治政府建设年度报告 (hzsc.gov.cn: 立案查处390件,
其中简易程序110件、普通程序280件、立案撤销8件; 审查合同247份); 萧山区蜀山街道 2024 政府信息公开年度报告 (xiaoshan.gov.cn:
政务网154条, 政务微信318条, 依申请33件); 上城区笕桥街道 2024 年报 (hzsc.gov.cn: 44条, 依申请28件); 上海松江区石湖荡镇
城管中队 基层政务公开目录 (songjiang.gov.cn: 生活垃圾 处罚); 中山横栏镇 城市综合执法 目录 (zs.gov.cn: 违法建设); 临海
矛盾纠纷 红橙黄 三级风险 (chaxiaohao.com); 济南北园街道 12345 热线 (e23.cn).

Truth decisions (a street's ledgers against indicators.md, which speaks of a township):
- 社区 stands where the spec says 村, 居委会 where it says 村委会: a 社区人民调解委员会's case is the street's as a 村调委会's
  is the town's, and the 街道人民调解委员会 is the 镇调委会.
- An enforcement case of the year is a decision of the year: a case 立案 in 2024 and then 撤销立案, or still 在办 at the
  year's end, has no decision and is not counted; a case filed in 2023 and decided in January 2024 is 2024's.
  The 一般程序 and 简易程序 sheets are 行政处罚 (their titles say so; no category column), 强制措施 行政强制, 日常检查
  行政检查 (each row with its 检查记录 number).
- The grid platform's export lists every event a 网格员 reported: only the 事件大类 矛盾纠纷 rows are disputes screened;
  化解 is the column 化解情况 = 已化解 (事件状态 已办结 is the platform's workflow, not the dispute's outcome: a dispute
  移交 to the 派出所 is 已办结 on the platform and not 化解).
- 区信访局 is the street's county-level superior: its items are 上级交办 as a 县联办's are; 来访 and 网上信访 received at
  the street are 本级受理.
- 12345 hotline work orders are 政务服务便民热线 诉求, not 信访事项 (信访工作条例): they count in no figure.
- 行政复议 cases in the same table as the lawsuits are not 行政诉讼应诉.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Stats

TOWN = "澄湖街道"
YEAR = 2024
COMMUNITIES = ("湖滨社区", "望江社区", "新桥社区", "文苑社区", "锦绣社区", "南塘社区")  # fictitious
NOTE_UNIT = "澄湖街道（虚构）"
# 信访来源 is taken for the 交办单位 by its cells (国家/省/市/区信访局交办), but an item the street received itself is
# written by how it came (来访, 网上信访): a form is no source fzlib may guess (an online petition may be assigned from
# above too; in 柏岭镇 a 来访 item was), so the three petition figures are withheld, each such cell a vocab.unknown whose
# message writes out the params entry (variants: {petition_source: {…: [网上信访]}}); the office writing 本级受理 in it
# gets 12 / 9 / 2 (tests/test_following_messages.py).
_NO_SOURCE = "信访来源 写 来访、网上信访 的事项不知是否上级交办（vocab.unknown）：上级交办的件数无从统计"
KNOWN_WITHHELD: dict[str, str] = dict.fromkeys(
    ("petitions.assigned", "petitions.resolved", "petitions.in_progress"), _NO_SOURCE
)


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    squad_register_four_procedure_sheets_enforcement(built, rng)
    grid_platform_export_every_event_type_disputes(built, rng)
    street_committee_register_old_xls_mediation(built, rng)
    word_register_bureau_sources_petitions(built, rng)
    hotline_work_orders_beside_petitions(built, rng)
    counsel_reviews_beside_community_monthly_returns(built, rng)
    word_compilation_normative_and_litigation(built, rng)
    study_workbook_with_exam_sheet_training(built, rng)
    three_sheet_workbook_disclosure(built, rng)
    police_quarterly_statistics_et_security(built, rng)
    watch_list_utf8_csv_fraud(built, rng)
    return built


# --- 综合行政执法: one workbook, a sheet per procedure -----------------------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}综合行政执法队2024年行政执法案件台账.xlsx"
ACTS = {
    "占用城市道路设摊经营": ("罚款", 200),
    "未按规定分类投放生活垃圾": ("罚款", 100),
    "擅自在建筑物上搭建违法建筑": ("责令限期拆除", None),
    "乱张贴小广告": ("罚款", 50),
    "店外经营": ("警告", None),
    "擅自设置户外广告设施": ("罚款", 1000),
    "施工工地未采取扬尘防治措施": ("罚款", 5000),
}
SOURCES = ("日常巡查", "12345转办", "数字城管", "群众举报", "四平台流转")


def squad_register_four_procedure_sheets_enforcement(built: Built, rng: random.Random) -> None:
    records = []
    # 一般程序: a two-row header, 当事人 over 名称/类型 and 处罚决定 over 文号/日期/种类/金额; no category column.
    general = Sheet("一般程序")
    head1 = ["序号", "立案编号", "案件来源", "当事人", None, "违法行为", "立案日期", "处罚决定", None, None, None,
             "结案日期", "备注"]  # fmt: skip
    head2 = [None, None, None, "姓名/名称", "类型", None, None, "决定书文号", "决定日期", "处罚种类", "罚款金额（元）",
             None, None]  # fmt: skip
    general.title(f"{TOWN}综合行政执法队2024年行政处罚案件登记台账（一般程序）", len(head1))
    general.add(
        f"填报单位：{NOTE_UNIT}综合行政执法队", *[None] * 8, "统计时段：2024年1月1日—12月31日", None, None, None
    )
    merges = [(1, c, 2, c) for c in (1, 2, 3, 6, 7, 12, 13)] + [(1, 4, 1, 5), (1, 8, 1, 11)]
    general.header([head1, head2], merges)
    plan: list[tuple[dt.date, dt.date | None, str]] = []
    # two cases filed in December 2023 and decided in January 2024: 2024's
    plan += [
        (dt.date(2023, 12, 18), dt.date(2024, 1, 9), "decided"),
        (dt.date(2023, 12, 26), dt.date(2024, 1, 16), "decided"),
    ]
    for day in fake.dates_in(rng, YEAR, 38, last=dt.date(YEAR, 11, 20)):
        plan.append((day, day + dt.timedelta(days=rng.randint(7, 30)), "decided"))
    for day in fake.dates_in(rng, YEAR, 3, last=dt.date(YEAR, 10, 31)):
        plan.append((day, None, "withdrawn"))
    for day in fake.dates_in(rng, YEAR, 2, first=dt.date(YEAR, 12, 2), last=dt.date(YEAR, 12, 20)):
        plan.append((day, None, "open"))
    plan.sort(key=lambda p: p[0])
    seq = 0
    for n, (filed, decided, state) in enumerate(plan, start=1):
        act = rng.choice(list(ACTS))
        kind, fine = ACTS[act]
        firm = rng.random() < 0.35
        party = f"{rng.choice(['杭', '澄', '湖'])}某某餐饮店" if firm else fake.masked(fake.name(rng))
        filed_no = f"澄执立〔{filed.year}〕{n + (200 if filed.year == 2023 else 0):03d}号"
        if state == "decided":
            seq += 1
            decision_no = f"澄执罚决字〔{decided.year}〕第{seq}号"
            general.add(n, filed_no, rng.choice(SOURCES), party, "单位" if firm else "个人", act,
                        fake.date_cell(filed, "date"), decision_no, fake.date_cell(decided, "date"), kind,
                        fine if fine else "/", fake.date_cell(decided + dt.timedelta(days=rng.randint(3, 20)), "date"),
                        None)  # fmt: skip
            records.append({"case_no": decision_no, "category": "行政处罚", "decided_on": decided})
        else:
            general.add(n, filed_no, rng.choice(SOURCES), party, "单位" if firm else "个人", act,
                        fake.date_cell(filed, "date"), None, None, None, None, None,
                        "撤销立案（违法事实不能成立）" if state == "withdrawn" else "在办")  # fmt: skip

    # 简易程序: 当场处罚, its own numbers, dates typed 2024年3月5日.
    simple = Sheet("简易程序")
    head = ["序号", "决定书编号", "当事人", "违法行为", "处罚种类", "罚款金额（元）", "处罚日期", "执法人员"]
    simple.title(f"{TOWN}综合行政执法队2024年当场行政处罚（简易程序）登记表", len(head))
    simple.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 27), start=1):
        act = rng.choice(["占用城市道路设摊经营", "乱张贴小广告", "店外经营", "未按规定分类投放生活垃圾"])
        kind = rng.choice(["警告", "罚款"])
        no = f"澄执简〔2024〕{n:04d}"
        simple.add(n, no, fake.masked(fake.name(rng)), act, kind, rng.choice([50, 100, 200]) if kind == "罚款" else None,
                   fake.date_cell(day, "cn"), f"{fake.name(rng)}、{fake.name(rng)}")  # fmt: skip
        records.append({"case_no": no, "category": "行政处罚", "decided_on": day})

    # 强制措施: 行政强制 (暂扣 goods of a stall, 查封), a category column.
    coercion = Sheet("强制措施")
    head = ["序号", "文书编号", "执法类别", "措施种类", "当事人", "实施日期", "解除日期"]
    coercion.title(f"{TOWN}综合行政执法队2024年行政强制措施登记表", len(head))
    coercion.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 7), start=1):
        no = f"澄执强〔2024〕第{n}号"
        coercion.add(n, no, "行政强制", rng.choice(["暂扣物品", "查封场所", "扣押工具"]), fake.masked(fake.name(rng)),
                     fake.date_cell(day, "dot"), fake.date_cell(day + dt.timedelta(days=rng.randint(3, 15)), "dot"))  # fmt: skip
        records.append({"case_no": no, "category": "行政强制", "decided_on": day})

    # 日常检查: 行政检查 with a written record each.
    checks = Sheet("日常检查")
    head = ["序号", "检查记录编号", "检查对象", "检查事项", "检查日期", "检查结果", "执法人员"]
    checks.title(f"{TOWN}综合行政执法队2024年行政检查登记表", len(head))
    checks.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 41), start=1):
        no = f"澄执检〔2024〕{n:03d}"
        checks.add(n, no, f"{rng.choice(COMMUNITIES)}沿街商铺", rng.choice(["门前三包", "垃圾分类", "燃气安全", "户外广告"]),
                   fake.date_cell(day, "iso"), rng.choice(["未发现问题", "责令整改", "已整改"]),
                   f"{fake.name(rng)}、{fake.name(rng)}")  # fmt: skip
        records.append({"case_no": no, "category": "行政检查", "decided_on": day})

    notes = Sheet("填表说明")
    notes.add("填表说明")
    notes.add("1. 一般程序案件以作出处罚决定日期为准；撤销立案、在办案件在备注栏注明。")
    notes.add("2. 简易程序为当场作出的行政处罚决定。")
    notes.add("3. 本表数据为虚构示例。")
    built.books.append(Book(ENFORCEMENT_FILE, [notes, general, simple, coercion, checks]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.coercion", "enforcement.inspection")
    built.quirk("category_from_sheet_or_title", ENFORCEMENT_FILE, "一般程序", f,
                "一般程序、简易程序两表没有执法类别列，标题写明“行政处罚”")  # fmt: skip
    built.quirk("filed_but_withdrawn_or_open_cases", ENFORCEMENT_FILE, "一般程序", f,
                "3件立案后撤销立案、2件12月立案仍在办：有立案编号、没有决定书文号和决定日期，不是本年的执法决定")  # fmt: skip
    built.quirk("filed_last_year_decided_this_year", ENFORCEMENT_FILE, "一般程序", f,
                "2件2023年12月立案、2024年1月作出决定：按决定日期计入2024年")  # fmt: skip
    built.quirk("two_number_columns_filed_and_decision", ENFORCEMENT_FILE, "一般程序", f,
                "立案编号 与 处罚决定›决定书文号 两列编号；两行表头，当事人、处罚决定 为合并的父标题")  # fmt: skip
    built.quirk("procedure_sheets_one_workbook", ENFORCEMENT_FILE, "简易程序/强制措施/日常检查", f,
                "一本工作簿四张表各一类程序，第一张是 填表说明（无表格）")  # fmt: skip


# --- 矛盾纠纷: the 基层治理平台's event export, every event type in it ---------------------------------------------

GRID_FILE = f"{TOWN}基层治理平台事件导出（2024年1月1日-2024年12月31日）.xls"
DISPUTE_KINDS = {"邻里纠纷": 6, "物业纠纷": 5, "婚姻家庭纠纷": 2, "劳动争议": 2, "消费纠纷": 1.5, "房屋租赁纠纷": 1.5}
OTHER_EVENTS = {"安全隐患": ("消防通道堵塞", "电动车楼道充电", "燃气管道老化"),
                "环境卫生": ("垃圾桶满溢", "绿化带堆放杂物", "道路破损"),
                "城市管理": ("占道经营", "违规搭建雨棚", "共享单车乱停")}  # fmt: skip


def grid_platform_export_every_event_type_disputes(built: Built, rng: random.Random) -> None:
    head = ["序号", "事件编号", "事件标题", "事件大类", "事件小类", "所属社区", "所属网格", "上报人", "上报时间",
            "事件状态", "化解情况", "办结时间"]  # fmt: skip
    sheet = Sheet("事件列表")
    sheet.header([head])
    records = []
    days = fake.dates_in(rng, YEAR, 160)
    for n, day in enumerate(days, start=1):
        community = rng.choice(COMMUNITIES)
        grid = f"{community}第{rng.randint(1, 8)}网格"
        at = f"{day:%Y-%m-%d} {rng.randint(8, 18):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        code = f"SJ{day:%Y%m%d}{n:04d}"
        if rng.random() < 0.55:
            kind = fake.pick(rng, DISPUTE_KINDS)
            outcome = fake.pick(rng, {"已化解": 16, "化解中": 1, "未化解": 0.6, "已移交": 0.8})
            status = "处置中" if outcome == "化解中" else "已办结"
            done = day + dt.timedelta(days=rng.randint(1, 12)) if status == "已办结" else None
            title = (
                f"{community}{rng.choice(['楼上漏水', '噪音扰民', '物业费争议', '停车位争执', '装修纠纷', '拖欠工资'])}"
            )
            sheet.add(n, code, title, "矛盾纠纷", kind, community, grid, fake.name(rng), at, status, outcome,
                      f"{done:%Y-%m-%d}" if done else None)  # fmt: skip
            records.append({"screened_on": day, "status": outcome})
        else:
            big = rng.choice(list(OTHER_EVENTS))
            small = rng.choice(OTHER_EVENTS[big])
            status = rng.choice(["已办结", "已办结", "处置中"])
            done = day + dt.timedelta(days=rng.randint(1, 5)) if status == "已办结" else None
            sheet.add(n, code, f"{community}{small}", big, small, community, grid, fake.name(rng), at, status, None,
                      f"{done:%Y-%m-%d}" if done else None)  # fmt: skip
    built.books.append(Book(GRID_FILE, [sheet], fmt="html-xls"))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("html_as_xls", GRID_FILE, "事件列表", f, "平台导出的网页表格冒充 .xls，上报时间带时分秒")
    built.quirk("grid_export_every_event_type", GRID_FILE, "事件列表", f,
                "网格事件导出含 安全隐患、环境卫生、城市管理 等事件：只有 事件大类=矛盾纠纷 的行是排查的纠纷")  # fmt: skip
    built.quirk("workflow_status_beside_outcome", GRID_FILE, "事件列表", f,
                "事件状态（已办结/处置中，平台流程）与 化解情况（已化解/化解中/未化解/已移交）两列：化解以 化解情况 为准，"
                "移交派出所的纠纷平台上也是 已办结")  # fmt: skip


# --- 人民调解: the 街道调委会's register of its own and the 社区调委会' cases, old .xls -----------------------------

MEDIATION_FILE = f"{TOWN}人民调解委员会2024年人民调解案件登记台账.xls"
COMMITTEES = {
    "街道人民调解委员会": 3,
    "物业纠纷人民调解工作室": 2,
    **dict.fromkeys((f"{c}人民调解委员会" for c in COMMUNITIES), 1),
}
TIERS = {"简易": 100, "一般": 200, "疑难": 500}  # 元/件, illustrative


def street_committee_register_old_xls_mediation(built: Built, rng: random.Random) -> None:
    head1 = ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解结果", "协议形式", "案件难易",
             "个案补贴（元）", "备注"]  # fmt: skip
    head2 = [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None]
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12)] + [(1, 6, 1, 7)]
    sheet = Sheet("登记台账")
    sheet.title(f"{TOWN}人民调解委员会人民调解案件登记台账（2024年度）", len(head1))
    sheet.header([head1, head2], merges)
    records = []
    days = fake.dates_in(rng, YEAR, 64)
    # one case accepted on the last days of 2023 leads the register (the 卷宗 of 2023): not 2024's
    days = [dt.date(2023, 12, 27), *days]
    for n, day in enumerate(days, start=1):
        result = fake.pick(rng, {"成功": 10, "不成功": 1, "终止调解": 0.5})
        ok = result == "成功"
        form = fake.pick(rng, {"口头": 5, "书面": 3, "书面（司法确认）": 0.6}) if ok else None
        tier = fake.pick(rng, {"简易": 5, "一般": 3, "疑难": 1}) if ok else None
        money = TIERS[tier] if ok else None
        cell = f"{money}元" if money and rng.random() < 0.15 else money
        no = f"（{day.year}）澄人调字第{n if day.year == 2024 else 118}号"
        sheet.add(n, no, fake.date_cell(day, "date"), fake.pick(rng, COMMITTEES), fake.pick(rng, DISPUTE_KINDS),
                  fake.name(rng), fake.name(rng), result, form, tier, cell, None)  # fmt: skip
        records.append({"file_no": no, "accepted_on": day, "result": "调解成功" if ok else "调解不成功",
                        "form": {"口头": "口头", "书面": "书面", "书面（司法确认）": "书面"}.get(form or ""),
                        "subsidy": money})  # fmt: skip
    built.books.append(Book(MEDIATION_FILE, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("community_committees_in_street_register", MEDIATION_FILE, "登记台账", f,
                "调解组织 列有 街道人民调解委员会、物业纠纷人民调解工作室 和六个 社区人民调解委员会：都是本街道的调解组织")  # fmt: skip
    built.quirk("value_qualifiers", MEDIATION_FILE, "登记台账", f, "协议形式 书面（司法确认）是书面")
    built.quirk("short_result_words", MEDIATION_FILE, "登记台账", f, "调解结果只写 成功 / 不成功 / 终止调解")
    built.quirk("unit_in_money_cell", MEDIATION_FILE, "登记台账", "mediation.subsidy_yuan", "个案补贴 有的格写 200元")
    built.quirk("last_year_case_first_row", MEDIATION_FILE, "登记台账", f,
                "第一行是2023年12月27日受理的（2023）号卷宗：不计入2024年")  # fmt: skip


# --- 信访: a Word register, sources are the 信访局 of each level ------------------------------------------------

PETITIONS_FILE = f"{TOWN}2024年信访事项登记台账.docx"
PETITION_SOURCES = {"国家信访局交办": "中联办", "省信访局交办": "省联办", "市信访局交办": "市联办",
                    "区信访局交办": "县联办", "来访": "本级受理", "网上信访": "本级受理"}  # fmt: skip


def word_register_bureau_sources_petitions(built: Built, rng: random.Random) -> None:
    head = ["序号", "信访件编号", "信访来源", "信访人", "反映问题", "是否重复信访", "登记日期", "办理情况", "办结日期"]
    sheet = Sheet(f"{TOWN}2024年信访事项登记台账")
    sheet.header([head])
    sheet.repeat_header = True
    plan = (["国家信访局交办"] * 1 + ["省信访局交办"] * 2 + ["市信访局交办"] * 3 + ["区信访局交办"] * 6
            + ["来访"] * 7 + ["网上信访"] * 4)  # fmt: skip
    rng.shuffle(plan)
    issues = ("物业服务质量差", "老旧小区加装电梯意见不一", "拆迁安置补偿", "餐饮油烟扰民", "工程款拖欠", "违建未拆除")
    records = []
    for n, (source, day) in enumerate(zip(plan, fake.dates_in(rng, YEAR, len(plan)), strict=True), start=1):
        repeat = rng.random() < 0.25
        status = fake.pick(rng, {"已化解": 6, "化解中": 2, "未化解": 0.5})
        no = f"XF2024{n:04d}"
        done = day + dt.timedelta(days=rng.randint(10, 55)) if status == "已化解" else None
        sheet.add(n, no, source, fake.name(rng), rng.choice(issues), "是" if repeat else "否", fake.date_cell(day, "cn"),
                  status, fake.date_cell(done, "cn") if done else None)  # fmt: skip
        records.append({"petition_no": no, "source": PETITION_SOURCES[source], "assigned_on": day,
                        "status": {"化解中": "正在化解"}.get(status, status)})  # fmt: skip
    built.books.append(Book(PETITIONS_FILE, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("word_table", PETITIONS_FILE, sheet.name, f, "信访登记台账是 Word 表格，表头在每页重复")
    built.quirk("bureau_names_for_joint_offices", PETITIONS_FILE, sheet.name, f,
                "来源写 国家/省/市/区信访局交办（不是 中联办、省联办）；区信访局 是街道的县级上级；来访、网上信访 是本级受理")  # fmt: skip


HOTLINE_FILE = f"12345工单导出_{TOWN}_2024.csv"


def hotline_work_orders_beside_petitions(built: Built, rng: random.Random) -> None:
    """The city's 12345 platform's export of the orders dispatched to the street: 诉求, not 信访事项."""
    head = [
        "工单编号",
        "受理时间",
        "诉求渠道",
        "诉求类型",
        "诉求内容",
        "所属社区",
        "承办科室",
        "办理状态",
        "回访满意度",
    ]
    sheet = Sheet("工单")
    sheet.header([head])
    topics = ("小区路灯不亮", "夜间施工噪音", "楼道堆放杂物", "垃圾清运不及时", "占道经营", "公交站台破损",
              "物业不作为", "油烟扰民", "共享单车乱停放", "电梯故障")  # fmt: skip
    for n, day in enumerate(fake.dates_in(rng, YEAR, 140), start=1):
        sheet.add(f"2024{day:%m%d}{n:05d}", f"{day:%Y/%m/%d} {rng.randint(7, 22)}:{rng.randint(0, 59):02d}",
                  rng.choice(["电话", "网站", "微信", "APP"]), rng.choice(["投诉", "求助", "咨询", "建议"]),
                  rng.choice(topics), rng.choice(COMMUNITIES), rng.choice(["城管科", "综治办", "社区", "平安办"]),
                  rng.choice(["已办结", "已办结", "已办结", "办理中"]), rng.choice(["满意", "基本满意", "不满意", "未回访"]))  # fmt: skip
    built.books.append(Book(HOTLINE_FILE, [sheet], fmt="csv-gbk"))
    built.quirk("hotline_orders_not_petitions", HOTLINE_FILE, "工单", "petitions.*",
                "12345 工单导出（GBK CSV，140条）：政务服务热线的诉求，不是信访事项，也不是矛盾纠纷排查；不计入任何数")  # fmt: skip


# --- 法律顾问: the street's counsel's register beside the 一社区一法律顾问 monthly returns -------------------------

COUNSEL_FILE = f"{TOWN}法律顾问合法性审查及法律服务登记表（2024）.xlsx"
COMMUNITY_RETURNS = f"{TOWN}“一社区一法律顾问”服务情况月报（2024年）.ods"


def counsel_reviews_beside_community_monthly_returns(built: Built, rng: random.Random) -> None:
    records = []
    head = ["序号", "送审日期", "送审科室", "事项名称", "服务类别", "份数", "出具意见日期", "承办律师"]
    sheet = Sheet("登记表")
    sheet.title(f"{TOWN}法律顾问合法性审查及法律服务登记表（2024年）", len(head))
    sheet.header([head])
    services = {"合同审查": ("文书审核", 6), "出具法律意见书": ("法律意见书", 2), "行政执法案件法制审核": (None, 1.5),
                "参与信访接待": (None, 0.7)}  # fmt: skip
    items = {"合同审查": ("物业服务采购合同", "老旧小区改造施工合同", "社区用房租赁合同", "垃圾清运服务合同"),
             "出具法律意见书": ("拆除违法建筑风险评估", "征迁补偿协议争议", "物业退出交接"),
             "行政执法案件法制审核": ("重大执法决定法制审核",), "参与信访接待": ("信访接待日",)}  # fmt: skip
    for n, day in enumerate(fake.dates_in(rng, YEAR, 48), start=1):
        service = fake.pick(rng, {k: v[1] for k, v in services.items()})
        count = rng.choice([1, 1, 1, 2, 3]) if service == "合同审查" else 1
        cell = None if count == 1 and rng.random() < 0.5 else f"{count}份"
        sheet.add(n, fake.date_cell(day, "slash"), rng.choice(["党政办", "城管科", "社会事务科", "平安办", "经发办"]),
                  rng.choice(items[service]), service, cell,
                  fake.date_cell(day + dt.timedelta(days=rng.randint(1, 5)), "slash"), fake.name(rng))  # fmt: skip
        kind = services[service][0]
        if kind:
            records.append({"served_on": day, "service": kind, "quantity": count})
    built.books.append(Book(COUNSEL_FILE, [sheet]))

    # The 司法所's monthly return of the communities' counsel: a row per community and month, a column per service.
    cols = [("法律咨询（人次）", "法律咨询"), ("审查合同（份）", "文书审核"), ("法律援助（件）", "法律援助"),
            ("参与调解（件）", None), ("法治讲座（场）", None)]  # fmt: skip
    month_sheet = Sheet("月报")
    month_sheet.title(f"{TOWN}“一社区一法律顾问”服务情况月报（2024年）", 2 + len(cols))
    month_sheet.header([["月份", "社区", *[c for c, _ in cols]]])
    for month in range(1, 13):
        for community in COMMUNITIES:
            counts = [rng.randint(0, 6), rng.choice([0, 0, 1]), rng.choice([0] * 8 + [1]), rng.randint(0, 2),
                      rng.choice([0, 0, 1])]  # fmt: skip
            month_sheet.add(f"2024年{month}月", community, *counts)
            for (_, kind), count in zip(cols, counts, strict=True):
                if kind and count:
                    records.append({"served_on": dt.date(YEAR, month, 1), "service": kind, "quantity": count})
    built.books.append(Book(COMMUNITY_RETURNS, [month_sheet], fmt="ods"))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("unit_in_quantity_cell", COUNSEL_FILE, "登记表", f, "份数 写 2份，或空（=1）")
    built.quirk("review_services_not_figures", COUNSEL_FILE, "登记表", f,
                "行政执法案件法制审核、参与信访接待 不是四项服务之一，不计")  # fmt: skip
    built.quirk("wide_log", COMMUNITY_RETURNS, "月报", f,
                "一社区一法律顾问月报：一行一个社区一个月，一项服务一列计数（.ods），与街道法律顾问登记表都计入")  # fmt: skip
    built.quirk("ods_spreadsheet", COMMUNITY_RETURNS, "月报", f, "OpenDocument 表格")


# --- 法治建设台账汇编 (Word): 规范性文件 none, 行政复议 and 行政诉讼 in one table ------------------------------------

COMPILATION_FILE = f"{TOWN}2024年度法治建设台账汇编.docx"


def word_compilation_normative_and_litigation(built: Built, rng: random.Random) -> None:
    normative = Sheet("表1 行政规范性文件制定及备案登记表")
    normative.doc_before = [f"{TOWN}2024年度法治建设台账汇编", "（内部资料）"]
    normative.header([["序号", "文件名称", "文号", "发文日期", "合法性审查情况", "报备日期", "备案机关"]])
    normative.add("/", "本年度未制定行政规范性文件", "/", "/", "/", "/", "/")
    built.ledgers["normative_documents"] = []

    cases = Sheet("表2 行政复议、行政诉讼案件登记表")
    cases.doc_before = ["\f"]
    head = ["序号", "案件类别", "案号", "申请人/原告", "被申请人/被告", "案由", "开庭日期", "出庭应诉负责人",
            "负责人是否出庭", "结果"]  # fmt: skip
    cases.header([head])
    records = []
    rows = [
        ("行政诉讼", "（2024）浙0192行初31号", "强制拆除违法建筑", True, "驳回诉讼请求"),
        ("行政复议", "澄复〔2024〕2号", "政府信息公开答复", None, "维持"),
        ("行政诉讼", "（2024）浙0192行初88号", "行政处罚（占道经营）", True, "撤诉"),
        ("行政诉讼", "（2024）浙0192行初140号", "强制拆除违法建筑", False, "驳回诉讼请求"),
        ("行政复议", "澄复〔2024〕5号", "行政处罚（生活垃圾分类）", None, "维持"),
        ("行政诉讼", "（2024）浙0192行初203号", "履行法定职责（物业管理监督）", True, "驳回起诉"),
    ]
    days = fake.dates_in(rng, YEAR, len(rows), first=dt.date(YEAR, 3, 1), last=dt.date(YEAR, 12, 10))
    for n, ((kind, no, cause, appeared, outcome), day) in enumerate(zip(rows, days, strict=True), start=1):
        if kind == "行政诉讼":
            leader = f"{fake.masked(fake.name(rng))}（街道办事处副主任）" if appeared else "委托律师出庭"
            cases.add(n, kind, no, fake.masked(fake.name(rng)), f"{TOWN}办事处", cause, fake.date_cell(day, "cn"), leader,
                      "是" if appeared else "否", outcome)  # fmt: skip
            records.append({"case_no": no, "heard_on": day, "appeared": appeared})
        else:
            cases.add(n, kind, no, fake.masked(fake.name(rng)), f"{TOWN}办事处", cause, "/", "/", "/", outcome)
    cases.doc_after = ["填表人：（虚构）", "审核人：（虚构）"]
    built.books.append(Book(COMPILATION_FILE, [normative, cases], fmt="docx"))
    built.ledgers["litigation"] = records
    built.quirk("none_this_year_row", COMPILATION_FILE, normative.name, "normative_documents.issued",
                "规范性文件登记表只有一行“本年度未制定行政规范性文件”（其余格 /）：0 件，不是缺台账")  # fmt: skip
    built.quirk("review_and_lawsuit_one_table", COMPILATION_FILE, cases.name, "litigation.*",
                "行政复议与行政诉讼同一张表，案件类别 列区分：只有 行政诉讼 是应诉案件")  # fmt: skip
    built.quirk(
        "value_qualifiers", COMPILATION_FILE, cases.name, "litigation.*", "出庭应诉负责人 写 王某某（街道办事处副主任）"
    )
    built.quirk("word_table", COMPILATION_FILE, "表1/表2", ("normative_documents.issued", "litigation.*"),
                "Word 汇编两张表，表名是表格上方的段落，第二张前有分页")  # fmt: skip


# --- 学法用法: activities and the 法宣在线 exam ---------------------------------------------------------------------

TRAINING_FILE = f"{TOWN}2024年学法用法工作台账.xlsx"


def study_workbook_with_exam_sheet_training(built: Built, rng: random.Random) -> None:
    records = []
    head = ["序号", "日期", "学习主题", "学习形式", "参加对象", "参加人数", "主讲人"]
    sheet = Sheet("学法活动")
    sheet.title(f"{TOWN}2024年学法用法活动登记表", len(head))
    sheet.header([head])
    forms = [("会前学法", "街道班子成员", "《中华人民共和国行政复议法》"), ("中心组学习", "街道党工委理论学习中心组",
             "习近平法治思想"), ("专题讲座", "机关干部", "《浙江省行政合法性审查工作规定》"),
             ("法律明白人培训", "法律明白人（各社区）", "物业纠纷调解实务"), ("执法人员培训", "行政执法人员",
             "行政处罚法与执法程序")]  # fmt: skip
    plan = [forms[0]] * 8 + [forms[1]] * 4 + [forms[2]] * 3 + [forms[3]] * 3 + [forms[4]] * 2
    rng.shuffle(plan)
    for n, ((form, audience, topic), day) in enumerate(
        zip(plan, fake.dates_in(rng, YEAR, len(plan)), strict=True), start=1
    ):
        sheet.add(n, fake.date_cell(day, "dot"), topic, form, audience, rng.randint(12, 80), fake.name(rng))
        records.append({"held_on": day, "audience": "法律明白人" if form == "法律明白人培训" else audience})
    exam = Sheet("法宣在线考试")
    head = ["科室/社区", "应参考人数", "实参考人数", "参考率", "考试时间"]
    exam.title(f"{TOWN}2024年度国家工作人员学法考试参考情况", len(head))
    first = exam.header([head]) + 1
    units = ["党政办", "城管科", "社会事务科", "平安办", "经发办", *COMMUNITIES]
    for unit in units:
        required = rng.randint(5, 14)
        taken = required - (1 if rng.random() < 0.2 else 0)
        r = exam.next_row
        exam.add(unit, required, taken, Formula(f"C{r}/B{r}", round(taken / required, 4)), "2024年11月")
        records.append({"held_on": dt.date(YEAR, 11, 15), "exam_required": required, "exam_taken": taken})
    last = exam.next_row - 1
    req = sum(r.get("exam_required") or 0 for r in records)
    tak = sum(r.get("exam_taken") or 0 for r in records)
    exam.add("合计", Formula(f"SUM(B{first}:B{last})", req), Formula(f"SUM(C{first}:C{last})", tak),
             Formula(f"C{last + 1}/B{last + 1}", round(tak / req, 4)), None)  # fmt: skip
    built.books.append(Book(TRAINING_FILE, [sheet, exam]))
    built.ledgers["training"] = records
    f = ("training.legal_literacy_sessions", "training.exam_coverage")
    built.quirk("value_qualifiers", TRAINING_FILE, "学法活动", f, "参加对象 写 法律明白人（各社区）")
    built.quirk("exam_sheet_month_only", TRAINING_FILE, "法宣在线考试", "training.exam_coverage",
                "考试表一行一个科室/社区，考试时间只写 2024年11月，参考率是公式，末行 合计")  # fmt: skip


# --- 政务公开: 主动公开 / 依申请公开 / 新闻宣传 ---------------------------------------------------------------------

DISCLOSURE_FILE = f"{TOWN}2024年政务公开工作台账.xlsx"


def three_sheet_workbook_disclosure(built: Built, rng: random.Random) -> None:
    records = []
    proactive = Sheet("主动公开")
    head = ["序号", "信息名称", "公开日期", "公开载体", "责任科室"]
    proactive.title(f"{TOWN}2024年政府信息主动公开登记表", len(head))
    proactive.header([head])
    titles = ("2024年部门预算公开", "老旧小区改造项目公示", "最低生活保障对象公示", "重大行政决策事项目录",
              "行政执法统计年报", "政府信息公开年度报告", "征迁补偿方案公示", "垃圾分类工作通告")  # fmt: skip
    for n, day in enumerate(fake.dates_in(rng, YEAR, 57), start=1):
        proactive.add(n, rng.choice(titles), fake.date_cell(day, "date"),
                      rng.choice(["区政府门户网站", "区政府门户网站", "政务公开栏", "“澄湖发布”微信公众号"]),
                      rng.choice(["党政办", "城管科", "社会事务科"]))  # fmt: skip
        records.append({"published_on": day, "type": "主动公开"})
    requests = Sheet("依申请公开")
    head = ["序号", "收文编号", "申请人类型", "申请内容", "收到申请日期", "答复日期", "答复类型"]
    requests.title(f"{TOWN}政府信息公开申请办理登记表（2024年）", len(head))
    requests.header([head])
    days = [dt.date(2023, 12, 27), *fake.dates_in(rng, YEAR, 11)]
    for n, day in enumerate(days, start=1):
        requests.add(n, f"依申{day.year}-{n:03d}", rng.choice(["自然人", "自然人", "法人或其他组织"]),
                     rng.choice(["房屋征收补偿安置方案", "违法建筑认定依据", "拆迁评估报告", "小区规划许可"]),
                     fake.date_cell(day, "cn"), fake.date_cell(day + dt.timedelta(days=rng.randint(5, 19)), "cn"),
                     rng.choice(["予以公开", "部分公开", "信息不存在", "非本机关负责公开"]))  # fmt: skip
        records.append({"published_on": day, "type": "依申请公开"})
    media = Sheet("新闻宣传")
    head = ["序号", "报道标题", "刊发媒体", "刊发日期", "报送科室"]
    media.title(f"{TOWN}2024年新闻宣传报道登记表", len(head))
    media.header([head])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 23), start=1):
        media.add(n, rng.choice(["澄湖街道推行“物业纠纷调解工作室”", "网格员守护居民安全", "垃圾分类进小区",
                                 "老旧小区焕新颜"]), rng.choice(["杭州日报", "都市快报", "区融媒体中心", "浙江新闻客户端"]),
                  fake.date_cell(day, "date"), "党政办")  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    built.books.append(Book(DISCLOSURE_FILE, [proactive, requests, media]))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk("category_from_sheet_or_title", DISCLOSURE_FILE, "主动公开/依申请公开/新闻宣传", f,
                "没有公开类型列：三张表各是一类（表名、标题）；主动公开的载体含 微信公众号（仍是主动公开）")  # fmt: skip
    built.quirk("request_received_last_year", DISCLOSURE_FILE, "依申请公开", "disclosure.on_request",
                "第一件申请2023年12月27日收到、2024年1月答复：按收到日期不计入2024年")  # fmt: skip


# --- 平安建设: the 派出所's quarterly statistics, WPS .et --------------------------------------------------------

SECURITY_FILE = f"{TOWN}平安建设工作情况统计表（2024年）.et"


def police_quarterly_statistics_et_security(built: Built, rng: random.Random) -> None:
    sheet = Sheet("统计表")
    head = ["项目", "单位", "一季度", "二季度", "三季度", "四季度", "全年合计"]
    sheet.title(f"{TOWN}平安建设工作情况统计表（2024年）", len(head))
    sheet.add("填报单位：澄湖派出所（虚构）", None, None, None, None, "填报日期：2025年1月6日", None)
    sheet.header([head])
    items = [("出具家庭暴力告诫书", "份", "security.dv_warnings", 3), ("家庭暴力治安拘留", "人", "security.dv_detentions", 1),
             ("涉黄治安案件", "起", "security.vice_cases", 2), ("涉黄治安拘留", "人", "security.vice_detentions", 3),
             ("涉赌治安案件", "起", None, 3), ("电信网络诈骗立案", "起", None, 9)]  # fmt: skip
    counts = {}
    for label, unit, figure, scale in items:
        quarters = [rng.randint(0, scale) for _ in range(4)]
        r = sheet.next_row
        sheet.add(label, unit, *quarters, Formula(f"SUM(C{r}:F{r})", sum(quarters)))
        if figure:
            counts[figure] = sum(quarters)
    built.books.append(Book(SECURITY_FILE, [sheet], fmt="biff"))
    built.ledgers["security"] = Stats(counts)
    built.quirk("statistics_form_only", SECURITY_FILE, "统计表", "security.*",
                "平安建设只有派出所的季度统计表（项目/单位/四个季度/全年合计 SUM），WPS .et")  # fmt: skip


# --- 涉诈: the watch list, UTF-8 CSV ------------------------------------------------------------------------------

FRAUD_FILE = f"{TOWN}涉诈高危人员管控台账.csv"


def watch_list_utf8_csv_fraud(built: Built, rng: random.Random) -> None:
    sheet = Sheet("台账")
    sheet.header(
        [["序号", "姓名", "身份证号码", "联系电话", "所属社区", "管控状态", "核减时间", "是否取得联系", "备注"]]
    )
    records = []
    for serial, removed, contacted, person in fake.watch_list(rng, 17, list(COMMUNITIES), 0.35):
        gone = fake.dates_in(rng, YEAR, 1)[0] if removed else None
        sheet.add(serial, *person, "已核减" if removed else "在管", f"{gone:%Y-%m-%d}" if gone else None,
                  "是" if contacted else "否", "持合法出入境手续" if removed and rng.random() < 0.4 else None)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(FRAUD_FILE, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["fraud_watch"] = records
    built.quirk("csv_utf8_bom", FRAUD_FILE, "台账", "fraud_watch.*", "UTF-8 带 BOM 的 CSV；状态 在管 = 在册")
