"""槿城镇（虚构）2024: the fifty-ninth development town, built blind — a **county-seat town (城关镇) of central China**
(澴北县, 湖北, fictitious) whose offices mix hand-kept registers with **platform exports** that list more than the
ledger's kind: the county 行政执法监督平台's case export (every status: 已结案, 办理中, 不予立案, 已移送, 已撤销;
cases of 2023 and 2024, an 办结日期 on every closed row whatever its end); the 综治中心's 矛调 platform export (events of
every class — 矛盾纠纷 beside 治安隐患, 安全隐患, 民生诉求 — from every 事件来源, with 事件状态 and a 处置结果); the
信访信息系统's export with one row per 办理环节 of each 信访件 (初信初访 / 重复信访 / 越级, items registered in December
2023 whose steps run into 2024); the 人民调解信息系统's export with one row per 当事人; a 法律顾问 app's 服务记录 with
驳回 (rejected duplicate) records; the 学法用法考试平台's results, one row per sitting (正式考试, 补考) with 缺考; the
county 司法局's 行政复议和应诉 register (the town's cases among the county's, 复议 beside 诉讼). Beside them the hand-kept
registers of the 便民服务中心 (.xls), 党政办 (政务公开 .et, 规范性文件 .docx, 普法培训 .docx) and the 派出所's case list.

Truth decisions (what an office would expect):
- enforcement: a case is counted when the town decided it in the year (案件状态 已结案, 办结日期 in 2024); 不予立案
  (no case was opened), 已移送 (another authority decides), 已撤销 (立案 withdrawn) and 办理中 (no decision yet) are not
  cases of the year, though the platform gives the first three an 办结日期 (the day the procedure ended). Cases opened in
  2023 and decided in 2024 are 2024's.
- disputes: the 矛盾纠纷 events of the platform whatever their 事件来源 (网格员排查, 群众来访, 12345 热线转办, 信访转办):
  each is a dispute the town registered and worked on; events of other classes are not disputes; 已撤销 events
  (duplicates merged into another event) are not counted; the year is the 上报时间. 化解 = 处置结果 已化解.
- petitions: a 信访件 counts once whatever its number of 办理环节 rows, in the year of its 登记日期 (the day it reached the
  town); 交办 from 中联办/省联办/市联办/县联办 is assigned, 本级受理 is not; a 重复信访 is an item of its own (its own 编号).
- mediation: a case counts once (案件编号), whatever its number of 当事人 rows; the export has no 案补 column, so
  mediation.subsidy_yuan is null.
- counsel: records the 司法所 rejected (审核状态 已驳回: duplicates) are not services; a blank 服务数量 is 1.
- training: exam coverage is persons who sat the exam ÷ persons required to (the 正式考试's roster); a 补考 row is the
  same person again (here only those who failed resit), not another participant; one absent from the 正式考试 who sat
  the 补考 would have sat it (桂塘镇's rule, README).
- litigation: the town's 行政诉讼 cases (被告 槿城镇人民政府) heard in the year; 行政复议 cases are not litigation; the
  county's other defendants are not the town.
- fraud_watch: 已转出 persons (handed over to the town they moved to) are neither 核减 nor 在册 here.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "槿城镇"
YEAR = 2024
COUNTY = "澴北县"  # fictitious
VILLAGES = ("槿城社区", "南街社区", "北关社区", "河口村", "桑园村", "杨林村", "柳湾村")  # fictitious
_NO_SUBSIDY = "人民调解系统导出的当事人明细没有案补金额一列，也没有别的以案定补记录：申请案补经费无从得出"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    supervision_platform_every_status_enforcement(built, rng)
    service_centre_register_xls_enforcement(built, rng)
    grid_platform_events_of_every_class_disputes(built, rng)
    petition_system_row_per_step_petitions(built, rng)
    mediation_system_row_per_party_mediation(built, rng)
    counsel_app_with_rejected_records_counsel(built, rng)
    exam_platform_row_per_sitting_training(built, rng)
    training_register_word_training(built, rng)
    county_register_review_and_litigation(built, rng)
    disclosure_register_et_disclosure(built, rng)
    normative_register_word_normative(built, rng)
    police_case_list_every_class_security(built, rng)
    county_watch_list_with_transfers_fraud(built, rng)
    built.overrides["mediation.subsidy_yuan"] = Null(_NO_SUBSIDY)
    return built


def _stamp(rng: random.Random, day: dt.date) -> str:
    """A platform's time stamp: 2024-03-05 09:12:33."""
    return f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


# --- 行政执法: the county supervision platform's export, every status, two years ---------------------------------

ENFORCEMENT_EXPORT = f"执法监督平台/{COUNTY}行政执法监督平台_案件信息导出_{TOWN}.xls"
ACTS = {
    "行政处罚": ("槿城综执罚", ("占道经营", "违规搭建广告牌", "乱倒建筑垃圾", "违规焚烧秸秆", "无证摆摊设点")),
    "行政强制": ("槿城综执强", ("查封违法建设施工现场", "暂扣占道经营工具")),
    "行政检查": ("槿城综执查", ("燃气安全专项检查", "沿街门店消防安全检查", "建筑工地扬尘检查")),
}
SOURCES = ("日常巡查", "投诉举报", "上级交办", "部门移送", "12345热线转办")


def supervision_platform_every_status_enforcement(built: Built, rng: random.Random) -> None:
    head = ["序号", "案件编号", "案件名称", "执法主体", "执法行为类型", "当事人名称", "案件来源", "登记日期",
            "立案日期", "案件状态", "办结日期", "罚没金额(元)", "承办人"]  # fmt: skip
    sheet = Sheet("案件信息")
    sheet.header([head])
    # (status, category, registered, opened, closed) — the platform lists every case source it holds for the town.
    rows: list[tuple[str, str, dt.date, dt.date | None, dt.date | None]] = []
    for category, count in (("行政处罚", 6), ("行政检查", 4)):  # decided in 2023
        for day in fake.dates_in(rng, 2023, count, first=dt.date(2023, 3, 1), last=dt.date(2023, 11, 30)):
            rows.append(("已结案", category, day, day, day + dt.timedelta(days=rng.randint(3, 25))))
    for category in ("行政处罚", "行政处罚", "行政强制"):  # opened in December 2023, decided in January 2024
        day = fake.dates_in(rng, 2023, 1, first=dt.date(2023, 12, 4), last=dt.date(2023, 12, 20))[0]
        rows.append(("已结案", category, day, day, dt.date(2024, 1, rng.randint(8, 26))))
    for category, count in (("行政处罚", 17), ("行政强制", 3), ("行政检查", 26)):
        for day in fake.dates_in(rng, YEAR, count, last=dt.date(YEAR, 11, 30)):
            rows.append(("已结案", category, day, day, day + dt.timedelta(days=rng.randint(0, 20))))
    for status, count in (("不予立案", 4), ("已移送", 3), ("已撤销", 2), ("办理中", 4)):
        first = dt.date(YEAR, 11, 1) if status == "办理中" else None
        for day in fake.dates_in(rng, YEAR, count, first=first, last=dt.date(YEAR, 12, 10)):
            category = "行政检查" if status == "不予立案" and rng.random() < 0.3 else "行政处罚"
            opened = None if status == "不予立案" else day + dt.timedelta(days=rng.randint(1, 5))
            closed = None if status == "办理中" else day + dt.timedelta(days=rng.randint(6, 15))
            rows.append((status, category, day, opened, closed))
    rows.sort(key=lambda r: r[2], reverse=True)  # the platform lists the newest first
    seq: dict[tuple[str, int], int] = {}
    records = []
    for n, (status, category, registered, opened, closed) in enumerate(rows, start=1):
        prefix, names = ACTS[category]
        key = (prefix, registered.year)
        seq[key] = seq.get(key, 0) + 1
        case_no = f"{prefix}〔{registered.year}〕{seq[key]:03d}号"
        fine = rng.choice([200, 500, 1000, 2000]) if category == "行政处罚" and status == "已结案" else None
        sheet.add(n, case_no, rng.choice(names), f"{TOWN}人民政府", category,
                  fake.name(rng) if rng.random() < 0.7 else f"{COUNTY}{rng.choice(['某某餐饮店', '某某建材经营部'])}",
                  rng.choice(SOURCES), f"{registered:%Y-%m-%d}", f"{opened:%Y-%m-%d}" if opened else "",
                  status, f"{closed:%Y-%m-%d}" if closed else "", fine if fine else "", fake.name(rng))  # fmt: skip
        if status == "已结案":
            records.append({"case_no": case_no, "category": category, "decided_on": closed})
    built.books.append(Book(ENFORCEMENT_EXPORT, [sheet], fmt="html-xls"))
    built.ledgers.setdefault("enforcement", []).extend(records)
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.coercion", "enforcement.inspection")
    built.quirk("html_as_xls", ENFORCEMENT_EXPORT, "案件信息", f, "平台导出的 .xls 是 HTML 表格")
    built.quirk("platform_cases_every_status", ENFORCEMENT_EXPORT, "案件信息", f,
                "监督平台导出全部案源：已结案、办理中、不予立案、已移送、已撤销；后三种也有办结日期（程序结束之日）。"
                "只有 已结案 是镇政府作出决定的案件")  # fmt: skip
    built.quirk("platform_cases_two_years", ENFORCEMENT_EXPORT, "案件信息", f,
                "导出含 2023 年的案件，最新的在前；2023年12月立案、2024年1月办结的按办结（决定）日期算 2024 年")  # fmt: skip


SERVICE_REGISTER = f"便民服务中心/{TOWN}便民服务中心2024年行政许可和行政确认办理登记台账.xls"


def service_centre_register_xls_enforcement(built: Built, rng: random.Random) -> None:
    head = ["序号", "受理编号", "事项名称", "事项类别", "申请人", "受理日期", "办结日期", "办理结果", "经办人"]
    items = {"行政许可": ("槿便许", ("农村村民宅基地审批", "临时占用道路许可", "户外广告设置许可")),
             "行政确认": ("槿便确", ("农村低保对象认定", "特困人员认定", "残疾人两项补贴资格确认"))}  # fmt: skip
    sheet = Sheet("2024年")
    sheet.title(f"{TOWN}便民服务中心2024年行政许可和行政确认办理登记台账", len(head))
    sheet.add("填报单位：槿城镇便民服务中心（虚构）", *[None] * (len(head) - 1))
    sheet.header([head])
    cases = [(c, d) for c, k in (("行政许可", 21), ("行政确认", 16))
             for d in fake.dates_in(rng, YEAR, k, last=dt.date(YEAR, 12, 15))]  # fmt: skip
    cases.sort(key=lambda x: x[1])
    seq: dict[str, int] = {}
    records = []
    for n, (category, day) in enumerate(cases, start=1):
        prefix, names = items[category]
        seq[prefix] = seq.get(prefix, 0) + 1
        number = f"{prefix}〔2024〕{seq[prefix]}号"
        done = day + dt.timedelta(days=rng.randint(1, 10))
        result = "准予许可" if category == "行政许可" else "予以确认"
        sheet.add(n, number, rng.choice(names), category, fake.name(rng), fake.date_cell(day, "dot"),
                  fake.date_cell(done, "dot"), result, fake.name(rng))  # fmt: skip
        records.append({"case_no": number, "category": category, "decided_on": done})
    built.books.append(Book(SERVICE_REGISTER, [sheet], fmt="biff"))
    built.ledgers.setdefault("enforcement", []).extend(records)
    built.quirk("hand_register_beside_platform", SERVICE_REGISTER, "2024年",
                ("enforcement.cases", "enforcement.licensing", "enforcement.confirmation"),
                "许可、确认不在执法监督平台上，由便民服务中心手工登记（Excel 97 .xls，日期 2024.3.5）：全镇案件是两处之和")  # fmt: skip


# --- 矛盾纠纷: the 综治中心's grid platform export, events of every class -------------------------------------------

DISPUTES_EXPORT = f"综治中心/{TOWN}社会治理综合平台_事件列表导出_20250106.csv"
DISPUTE_KINDS = {"邻里纠纷": 6, "婚姻家庭纠纷": 4, "房屋宅基地纠纷": 3, "劳动争议纠纷": 3, "物业纠纷": 3,
                 "合同纠纷": 2, "道路交通事故纠纷": 1, "征地拆迁纠纷": 1}  # fmt: skip
OTHER_CLASSES = {
    "治安隐患": ("可疑人员出入", "夜间聚众喧哗", "出租屋未登记"),
    "安全隐患": ("燃气管道老化", "电动车楼道充电", "危房未封闭"),
    "民生诉求": ("路灯不亮", "下水道堵塞", "垃圾清运不及时"),
    "环境卫生": ("乱堆乱放", "餐饮油烟扰民"),
}
EVENT_SOURCES = {"网格员排查": 6, "群众来访": 2, "12345热线转办": 2, "信访转办": 0.5}


def grid_platform_events_of_every_class_disputes(built: Built, rng: random.Random) -> None:
    head = ["事件编号", "事件标题", "事件大类", "事件小类", "事件来源", "所属网格", "上报人", "上报时间", "当前环节",
            "事件状态", "处置结果", "办结时间"]  # fmt: skip
    sheet = Sheet("事件列表")
    sheet.header([head])
    events = []
    # December 2023's events stand in the export too (the clerk exported 2023-12-01 to 2024-12-31).
    for day in fake.dates_in(rng, 2023, 9, first=dt.date(2023, 12, 1), last=dt.date(2023, 12, 29)):
        events.append((day, rng.random() < 0.6))
    for day in fake.dates_in(rng, YEAR, 150):
        events.append((day, rng.random() < 0.55))
    records = []
    for n, (day, dispute) in enumerate(events, start=1):
        number = f"SJ{day:%Y%m%d}{n:04d}"
        grid = f"{rng.choice(VILLAGES)}第{rng.randint(1, 6)}网格"
        if dispute:
            kind = fake.pick(rng, DISPUTE_KINDS)
            big, small, title = "矛盾纠纷", kind, f"{kind[:-2]}矛盾"
            source = fake.pick(rng, EVENT_SOURCES)
            state = fake.pick(rng, {"已化解": 12, "未化解": 1, "处置中": 1.2, "已撤销": 0.6})
        else:
            big = rng.choice(list(OTHER_CLASSES))
            small = title = rng.choice(OTHER_CLASSES[big])
            source = fake.pick(rng, {"网格员排查": 5, "12345热线转办": 3})
            state = fake.pick(rng, {"已办结": 8, "处置中": 1, "已撤销": 0.3})
        if state in ("已化解", "未化解", "已办结"):
            step, status, outcome = "办结归档", "已办结", state if dispute else "已处置"
            closed = _stamp(rng, day + dt.timedelta(days=rng.randint(0, 20)))
        elif state == "处置中":
            step, status, outcome, closed = rng.choice(["部门处置", "镇级调处"]), "处置中", "", ""
        else:
            step, status, outcome, closed = "已撤销", "已撤销", "重复上报，已合并", ""
        sheet.add(number, title, big, small, source, grid, fake.name(rng), _stamp(rng, day), step, status, outcome,
                  closed)  # fmt: skip
        if dispute and state != "已撤销":
            records.append({"screened_on": day, "status": "已化解" if state == "已化解" else "化解中"})
    built.books.append(Book(DISPUTES_EXPORT, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("csv_utf8_bom", DISPUTES_EXPORT, "事件列表", f, "平台导出的 CSV，UTF-8 带 BOM，时间带时分秒")
    built.quirk("platform_events_of_every_class", DISPUTES_EXPORT, "事件列表", f,
                "综治平台的事件列表含所有大类（矛盾纠纷、治安隐患、安全隐患、民生诉求、环境卫生）：只有 矛盾纠纷 是排查的纠纷")  # fmt: skip
    built.quirk("platform_withdrawn_events", DISPUTES_EXPORT, "事件列表", f,
                "已撤销的事件（重复上报，已合并到另一事件）不是一件纠纷；事件状态 已办结 不等于化解，处置结果 才说 已化解/未化解")  # fmt: skip
    built.quirk("events_from_every_source", DISPUTES_EXPORT, "事件列表", f,
                "事件来源 网格员排查、群众来访、12345热线转办、信访转办 的矛盾纠纷都是镇里登记化解的纠纷，都计；"
                "导出从 2023-12-01 起，12 月的事件不计入 2024 年")  # fmt: skip


# --- 信访: the 信访信息系统 export, one row per 办理环节 -------------------------------------------------------------

PETITIONS_EXPORT = f"信访办/信访信息系统_信访件办理过程导出（{TOWN}）.xlsx"
ISSUES = ("征地补偿", "拖欠农民工工资", "棚户区改造安置", "低保评定", "宅基地权属", "物业服务", "噪声扰民")


def petition_system_row_per_step_petitions(built: Built, rng: random.Random) -> None:
    head = ["信访件编号", "登记日期", "信访形式", "信访人", "问题属地", "内容分类", "信访件来源", "初重件", "是否越级",
            "办理环节", "环节办理时间", "环节办理人", "化解状态"]  # fmt: skip
    sheet = Sheet("办理过程")
    sheet.title(f"信访件办理过程明细（{TOWN}，登记日期 2023-12-01 至 2024-12-31）", len(head))
    sheet.header([head])
    plan = [("中联办", 1), ("省联办", 2), ("市联办", 3), ("县联办", 6), ("本级受理", 9)]
    items = []
    for day in (dt.date(2023, 12, 7), dt.date(2023, 12, 19)):  # registered in 2023, worked into 2024
        items.append((day, rng.choice(["市联办", "县联办"]), "已化解"))
    for source, count in plan:
        for day in fake.dates_in(rng, YEAR, count, last=dt.date(YEAR, 12, 12)):
            state = fake.pick(rng, {"已化解": 6, "化解中": 2, "未化解": 0.7})
            items.append((day, source, state))
    items.sort(key=lambda x: x[0])
    records = []
    for n, (day, source, state) in enumerate(items, start=1):
        number = f"4209{day:%Y%m%d}{rng.randint(100, 999)}{n:03d}"
        repeat = "重复信访" if rng.random() < 0.25 else "初信初访"
        leapfrog = "是" if source in ("中联办", "省联办") and rng.random() < 0.7 else "否"
        steps = ["登记"] + (["交办"] if source != "本级受理" else ["受理"]) + ["办理"]
        if state == "已化解":
            steps += ["答复", "办结"]
        elif state == "未化解":
            steps += ["答复"]
        when = day
        fixed = [number, f"{day:%Y-%m-%d}", rng.choice(["来访", "来信", "网上信访"]), fake.masked(fake.name(rng)),
                 f"{COUNTY}{TOWN}", rng.choice(ISSUES),
                 "本级受理" if source == "本级受理" else f"{source}交办", repeat, leapfrog]  # fmt: skip
        handler = fake.name(rng)
        for step in steps:
            sheet.add(*fixed, step, f"{when:%Y-%m-%d}", handler, state)
            when += dt.timedelta(days=rng.randint(1, 12))
        records.append({"petition_no": number, "assigned_on": day, "source": source,
                        "status": "正在化解" if state == "化解中" else state})  # fmt: skip
    built.books.append(Book(PETITIONS_EXPORT, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("one_row_per_step", PETITIONS_EXPORT, "办理过程", f,
                "信访系统导出办理过程：每个信访件每个办理环节（登记、交办/受理、办理、答复、办结）一行，编号重复：件数按编号去重")  # fmt: skip
    built.quirk("registered_last_year_steps_this_year", PETITIONS_EXPORT, "办理过程", f,
                "2023年12月登记的两件，环节办理时间在 2024 年：按登记日期算 2023 年，不计")  # fmt: skip
    built.quirk("source_with_jiaoban_suffix", PETITIONS_EXPORT, "办理过程", f,
                "信访件来源 写作 中联办交办、省联办交办、市联办交办、县联办交办 与 本级受理；初重件 与 是否越级 不影响计数")  # fmt: skip


# --- 人民调解: the mediation system's export, one row per 当事人 ---------------------------------------------------

MEDIATION_EXPORT = f"司法所/人民调解信息管理系统_案件当事人明细_{TOWN}.xls"
COMMITTEES = (f"{TOWN}人民调解委员会", "南街社区人民调解委员会", "河口村人民调解委员会", "桑园村人民调解委员会")


def mediation_system_row_per_party_mediation(built: Built, rng: random.Random) -> None:
    head = ["案件编号", "案件名称", "调解组织", "受理日期", "纠纷类型", "当事人姓名", "当事人身份", "性别", "年龄",
            "调解状态", "调解结果", "协议形式", "结案日期"]  # fmt: skip
    sheet = Sheet("当事人明细")
    sheet.header([head])
    cases = [(d, True) for d in fake.dates_in(rng, 2023, 5, first=dt.date(2023, 11, 1))]
    cases += [(d, False) for d in fake.dates_in(rng, YEAR, 64)]
    records = []
    for n, (day, old) in enumerate(cases, start=1):
        number = f"（{day.year}）槿人调字第{n if old else n - 5}号"
        kind = fake.pick(rng, DISPUTE_KINDS)
        late = day >= dt.date(YEAR, 12, 1)
        result = "调解中" if late and rng.random() < 0.5 else fake.pick(rng, {"成功": 9, "不成功": 1})
        status = {"调解中": "调解中", "成功": "已调结", "不成功": "已终止"}[result]
        form = fake.pick(rng, {"口头": 3, "书面": 2}) if result == "成功" else None
        closed = f"{day + dt.timedelta(days=rng.randint(1, 20)):%Y-%m-%d}" if result != "调解中" else ""
        parties = [("申请人", fake.name(rng)), ("被申请人", fake.name(rng))]
        if rng.random() < 0.3:
            parties.append((rng.choice(["申请人", "被申请人"]), fake.name(rng)))
        if rng.random() < 0.1:
            parties.append(("第三人", fake.name(rng)))
        title = f"{parties[0][1]}与{parties[1][1]}{kind}"
        for role, person in parties:
            sheet.add(number, title, rng.choice(COMMITTEES), f"{day:%Y-%m-%d}", kind, person, role,
                      rng.choice(["男", "女"]), rng.randint(22, 78), status,
                      "" if result == "调解中" else result, form or "", closed)  # fmt: skip
        records.append({"file_no": number, "accepted_on": day,
                        "result": {"成功": "调解成功", "不成功": "调解不成功", "调解中": "调解中"}[result],
                        "form": form, "subsidy": None})  # fmt: skip
    built.books.append(Book(MEDIATION_EXPORT, [sheet], fmt="xml-xls"))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written")
    built.quirk("xml_spreadsheet_as_xls", MEDIATION_EXPORT, "当事人明细", f, "系统导出的 Excel 2003 XML 表格")
    built.quirk("one_row_per_party", MEDIATION_EXPORT, "当事人明细", f,
                "一案每个当事人一行（申请人、被申请人，有的有第三人），案件编号、结果、协议形式重复：件数按编号去重")  # fmt: skip
    built.quirk("no_subsidy_column", MEDIATION_EXPORT, "当事人明细", "mediation.subsidy_yuan",
                "系统导出没有案补金额：申请案补经费为 null，不是 0")  # fmt: skip
    built.quirk("short_result_words", MEDIATION_EXPORT, "当事人明细", f,
                "调解结果 写 成功/不成功（调解中的空着），协议形式 写 口头/书面；含 2023 年 11—12 月受理的案件")  # fmt: skip


# --- 法律顾问: the app's service records, with rejected duplicates ------------------------------------------------

COUNSEL_EXPORT = f"司法所/村（居）法律顾问服务记录导出_{TOWN}.csv"
APP_SERVICES = {"法律咨询": ("法律咨询", 7), "合同审查": ("文书审核", 2), "出具法律意见书": ("法律意见书", 1.2),
                "法律援助": ("法律援助", 0.5), "参与人民调解": (None, 1.5), "法治宣传": (None, 1.5)}  # fmt: skip


def counsel_app_with_rejected_records_counsel(built: Built, rng: random.Random) -> None:
    head = ["记录编号", "服务日期", "服务村（社区）", "法律顾问", "所属律所", "服务类型", "服务方式", "服务数量",
            "服务对象", "审核状态", "审核意见"]  # fmt: skip
    sheet = Sheet("服务记录")
    sheet.header([head])
    counsellors = {v: (fake.name(rng), rng.choice(["湖北澴川律师事务所", "澴北县城关法律服务所"])) for v in VILLAGES}
    days = fake.dates_in(rng, 2023, 6, first=dt.date(2023, 12, 1)) + fake.dates_in(rng, YEAR, 140)
    records = []
    for n, day in enumerate(days, start=1):
        village = rng.choice(VILLAGES)
        service = fake.pick(rng, {k: v[1] for k, v in APP_SERVICES.items()})
        quantity = rng.choice([1, 1, 2, 3, 4]) if service == "法律咨询" else rng.choice([1, 1, 1, 2])
        cell = "" if quantity == 1 and rng.random() < 0.5 else quantity
        rejected = rng.random() < 0.07
        state, note = ("已驳回", "与前一条重复提交") if rejected else ("已审核", "")
        sheet.add(f"FW{day:%Y%m%d}{n:04d}", f"{day:%Y/%m/%d}", village, *counsellors[village], service,
                  rng.choice(["现场服务", "电话咨询", "微信咨询"]), cell,
                  rng.choice(["村民", "村（居）委会", "村集体经济组织"]), state, note)  # fmt: skip
        kind = APP_SERVICES[service][0]
        if kind and not rejected:
            records.append({"served_on": day, "service": kind, "quantity": quantity})
    built.books.append(Book(COUNSEL_EXPORT, [sheet], fmt="csv-gbk"))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("csv_gbk", COUNSEL_EXPORT, "服务记录", f, "App 导出的 GBK 编码 CSV，日期 2024/03/05")
    built.quirk("rejected_records", COUNSEL_EXPORT, "服务记录", f,
                "审核状态 已驳回 的记录（审核意见：与前一条重复提交）不是一次服务，不计；服务数量 空着是 1")  # fmt: skip


# --- 学法考试: the exam platform's results, one row per sitting -----------------------------------------------------

EXAM_EXPORT = f"党政办/{COUNTY}2024年度国家工作人员学法用法考试成绩导出（{TOWN}）.xlsx"
UNITS = ("党政办", "经济发展办", "社会事务办", "综合行政执法队", "便民服务中心", "自然资源所", "财政所")


def exam_platform_row_per_sitting_training(built: Built, rng: random.Random) -> None:
    head = ["序号", "姓名", "单位", "职务", "考试场次", "考试时间", "考试状态", "成绩", "是否合格"]
    sheet = Sheet("成绩")
    sheet.title(f"{COUNTY}2024年度国家工作人员学法用法考试成绩（{TOWN}）", len(head))
    sheet.header([head])
    main_day, resit_day = dt.date(YEAR, 11, 14), dt.date(YEAR, 12, 5)
    people = [(fake.name(rng), rng.choice(UNITS), rng.choice(["科员", "办事员", "副主任", "主任", "副镇长"]))
              for _ in range(58)]  # fmt: skip
    rows, resits, taken = [], [], 0
    for person in people:
        if rng.random() < 0.08:
            rows.append((*person, "正式考试", main_day, "缺考", "", ""))
            continue
        taken += 1
        score = rng.randint(48, 99)
        rows.append((*person, "正式考试", main_day, "已参考", score, "合格" if score >= 60 else "不合格"))
        if score < 60:
            again = rng.randint(62, 90)
            resits.append((*person, "补考", resit_day, "已参考", again, "合格"))
    for n, row in enumerate(rows + resits, start=1):
        sheet.add(n, *row[:4], f"{row[4]:%Y-%m-%d}", *row[5:])
    built.books.append(Book(EXAM_EXPORT, [sheet]))
    built.ledgers.setdefault("training", []).append(
        {"held_on": main_day, "audience": "领导干部", "exam_required": len(people), "exam_taken": taken}
    )
    built.quirk("one_row_per_sitting", EXAM_EXPORT, "成绩", "training.exam_coverage",
                f"考试平台一人一场次一行：{len(rows)} 人的正式考试（其中缺考的只有这一行），不合格的人又有一行 补考；"
                "参考率 = 正式考试已参考的人 ÷ 正式考试名单的人，补考那一行是同一个人")  # fmt: skip


TRAINING_REGISTER = f"党政办/{TOWN}2024年学法用法及普法培训台账.docx"


def training_register_word_training(built: Built, rng: random.Random) -> None:
    head = ["序号", "培训时间", "培训主题", "培训对象", "培训形式", "参训人数", "主讲人"]
    sheet = Sheet(f"{TOWN}2024年学法用法及普法培训台账")
    sheet.header([head])
    plan = [
        (dt.date(2023, 12, 20), "法律明白人年终培训", "法律明白人", "线下集中培训"),
        (dt.date(2024, 1, 17), "党委理论学习中心组学法（宪法）", "领导干部", "中心组学习"),
        (dt.date(2024, 3, 21), "法律明白人骨干培训", "法律明白人", "线下集中培训"),
        (dt.date(2024, 4, 9), "会前学法：行政复议法", "领导干部", "会前学法"),
        (dt.date(2024, 5, 28), "行政执法人员执法规范化培训", "行政执法人员", "集中培训"),
        (dt.date(2024, 6, 19), "法律明白人线上培训（民法典婚姻家庭编）", "法律明白人", "线上"),
        (dt.date(2024, 8, 15), "会前学法：信访工作条例", "领导干部", "会前学法"),
        (dt.date(2024, 9, 24), "法律明白人“以案释法”培训", "法律明白人", "线下集中培训"),
        (dt.date(2024, 11, 6), "新任村（社区）干部法治培训", "村（社区）干部", "集中培训"),
    ]
    for n, (day, topic, audience, form) in enumerate(plan, start=1):
        sheet.add(n, fake.date_cell(day, "cn"), topic, audience, form, rng.randint(18, 90), fake.name(rng))
        built.ledgers.setdefault("training", []).append({"held_on": day, "audience": audience})
    built.books.append(Book(TRAINING_REGISTER, [sheet], fmt="docx"))
    built.quirk("word_table", TRAINING_REGISTER, sheet.name, "training.legal_literacy_sessions",
                "培训台账是 Word 表格；含 2023 年 12 月的一次法律明白人培训（不计）")  # fmt: skip


# --- 行政复议/应诉: the county 司法局's register, the town's cases among the county's --------------------------------

LITIGATION_REGISTER = f"司法所/{COUNTY}司法局2024年行政复议和行政应诉案件登记表.ods"
DEFENDANTS = (f"{COUNTY}自然资源和规划局", f"{COUNTY}人力资源和社会保障局", f"{COUNTY}公安局", "澴北县杨店镇人民政府",
              f"{COUNTY}住房和城乡建设局")  # fmt: skip


def county_register_review_and_litigation(built: Built, rng: random.Random) -> None:
    head = ["序号", "案件类别", "案号", "申请人/原告", "被申请人/被告", "案由", "收案日期", "开庭日期",
            "出庭应诉情况", None, "办理结果"]  # fmt: skip
    sub = [None] * 8 + ["出庭应诉负责人", "负责人是否出庭", None]
    sheet = Sheet("登记表")
    sheet.title(f"{COUNTY}司法局2024年行政复议和行政应诉案件登记表", len(head))
    sheet.header([head, sub], [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 6, 7, 8, 11)] + [(1, 9, 1, 10)])
    own = f"{TOWN}人民政府"
    rows = []
    # The town's 行政诉讼 cases: one heard in 2023 (received 2023), four heard in 2024.
    rows.append(("行政诉讼", own, dt.date(2023, 9, 12), dt.date(2023, 11, 21), True))
    for day, appeared in zip(fake.dates_in(rng, YEAR, 4, last=dt.date(YEAR, 10, 31)), (True, True, False, True)):
        rows.append(("行政诉讼", own, day, day + dt.timedelta(days=rng.randint(30, 50)), appeared))
    for day in fake.dates_in(rng, YEAR, 2):  # the town's 行政复议 cases: not litigation
        rows.append(("行政复议", own, day, None, False))
    for day in fake.dates_in(rng, YEAR, 14):  # the county's other defendants
        kind = rng.choice(["行政诉讼", "行政复议"])
        rows.append((kind, rng.choice(DEFENDANTS), day,
                     day + dt.timedelta(days=rng.randint(30, 50)) if kind == "行政诉讼" else None, rng.random() < 0.8))  # fmt: skip
    rows.sort(key=lambda r: r[2])
    records = []
    seq = {"行政诉讼": 0, "行政复议": 0}
    for n, (kind, defendant, received, heard, appeared) in enumerate(rows, start=1):
        seq[kind] += 1
        if kind == "行政诉讼":
            number = f"（{received.year}）鄂0999行初{seq[kind] * 3 + 10}号"
            leader = fake.name(rng) if appeared else ""
            result = rng.choice(["驳回诉讼请求", "撤诉", "驳回诉讼请求", "确认违法"])
        else:
            number = f"澴政复〔{received.year}〕{seq[kind]}号"
            leader, result = "", rng.choice(["维持", "驳回复议申请", "终止"])
        sheet.add(n, kind, number, fake.name(rng), defendant, rng.choice(["房屋征收补偿", "政府信息公开", "行政处罚",
                  "工伤认定", "土地行政登记"]), fake.date_cell(received, "date"),
                  fake.date_cell(heard, "date") if heard else "", leader,
                  ("是" if appeared else "否") if kind == "行政诉讼" else "", result)  # fmt: skip
        if kind == "行政诉讼" and defendant == own:
            records.append({"case_no": number, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(LITIGATION_REGISTER, [sheet], fmt="ods"))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("ods_spreadsheet", LITIGATION_REGISTER, "登记表", f, "县司法局的登记表，WPS 另存为 .ods")
    built.quirk("county_register_town_among_others", LITIGATION_REGISTER, "登记表", f,
                "县司法局全县一张表：被告/被申请人 有县直部门和别的乡镇，只有被告是 槿城镇人民政府 的行政诉讼是本镇的应诉案件")  # fmt: skip
    built.quirk("review_beside_litigation", LITIGATION_REGISTER, "登记表", f,
                "行政复议与行政诉讼同表（案件类别 一列）：复议不是应诉；2023 年开庭的一件不计")  # fmt: skip


# --- 政务公开, 规范性文件: the 党政办's hand-kept registers -------------------------------------------------------------

DISCLOSURE_REGISTER = f"党政办/{TOWN}2024年政府信息公开登记台账.et"


def disclosure_register_et_disclosure(built: Built, rng: random.Random) -> None:
    head = ["序号", "信息标题", "公开日期", "公开载体", "公开类型", "责任科室"]
    sheet = Sheet("公开台账")
    sheet.title(f"{TOWN}2024年政府信息公开登记台账", len(head))
    sheet.header([head])
    topics = ("2024年城乡居民医保缴费通知", "槿城镇防汛应急预案", "2024年第二季度财政预算执行情况", "老旧小区改造项目公示",
              "城乡低保对象名单公示", "秸秆禁烧通告", "征兵工作通告")  # fmt: skip
    plan = [("主动公开", 44, ("政府网站", "政务公开栏", "微信公众号")), ("媒体发布", 13, ("媒体报道",)),
            ("依申请公开", 2, ("书面答复",))]  # fmt: skip
    items = [(t, d, rng.choice(ch)) for t, k, ch in plan for d in fake.dates_in(rng, YEAR, k)]
    items.sort(key=lambda x: x[1])
    records = []
    for n, (kind, day, channel) in enumerate(items, start=1):
        title = rng.choice(topics) if kind != "依申请公开" else "关于某某地块征收补偿信息的申请答复"
        sheet.add(
            n, title, fake.date_cell(day, "date"), channel, kind, rng.choice(["党政办", "社会事务办", "经济发展办"])
        )
        records.append({"published_on": day, "type": kind})
    built.books.append(Book(DISCLOSURE_REGISTER, [sheet], fmt="biff"))
    built.ledgers["disclosure"] = records
    built.quirk("wps_et_register", DISCLOSURE_REGISTER, "公开台账",
                ("disclosure.proactive", "disclosure.media", "disclosure.on_request"),
                "党政办用 WPS 存的 .et（与 Excel 97 同一复合文件）；公开类型 主动公开/媒体发布/依申请公开")  # fmt: skip


NORMATIVE_REGISTER = f"党政办/{TOWN}规范性文件制定和备案登记表.docx"


def normative_register_word_normative(built: Built, rng: random.Random) -> None:
    head = ["序号", "文件名称", "文号", "制定机关", "印发日期", "报备日期", "备案审查意见"]
    sheet = Sheet(f"{TOWN}规范性文件制定和备案登记表")
    sheet.header([head])
    plan = [("槿城镇城区门前三包责任管理办法", "槿政规〔2023〕1号", dt.date(2023, 6, 12)),
            ("槿城镇农村村民建房管理实施细则", "槿政规〔2024〕1号", dt.date(2024, 3, 18)),
            ("槿城镇集镇农贸市场管理办法", "槿政规〔2024〕2号", dt.date(2024, 9, 2))]  # fmt: skip
    records = []
    for n, (title, number, day) in enumerate(plan, start=1):
        sheet.add(n, title, number, f"{TOWN}人民政府", fake.date_cell(day, "cn"),
                  fake.date_cell(day + dt.timedelta(days=20), "cn"), "已备案，未发现问题")  # fmt: skip
        records.append({"issued_on": day})
    built.books.append(Book(NORMATIVE_REGISTER, [sheet], fmt="docx"))
    built.ledgers["normative_documents"] = records
    built.quirk("word_register_two_years", NORMATIVE_REGISTER, sheet.name, "normative_documents.issued",
                "Word 表格的登记表从 2023 年记起：2023 年的一件不计")  # fmt: skip


# --- 平安建设: the 派出所's case list, every class ---------------------------------------------------------------------

SECURITY_LIST = "综治中心/城关派出所2024年辖区治安案件及家暴告诫情况登记表.xlsx"
CLASSES = {"盗窃": 5, "殴打他人": 4, "涉赌治安案件": 2, "涉黄治安案件": 1, "家暴告诫书": 2, "家暴治安案件": 0.5,
           "寻衅滋事": 1}  # fmt: skip


def police_case_list_every_class_security(built: Built, rng: random.Random) -> None:
    head = ["序号", "日期", "类型", "村（社区）", "当事人", "处理情况", None]
    sub = [None] * 5 + ["处理结果", "拘留人数"]
    sheet = Sheet("登记表")
    sheet.title(f"城关派出所2024年辖区治安案件及家暴告诫情况登记表（{TOWN}）", len(head))
    sheet.header([head, sub], [(1, c, 2, c) for c in range(1, 6)] + [(1, 6, 1, 7)])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 70), start=1):
        kind = fake.pick(rng, CLASSES)
        if kind == "家暴告诫书":
            result, held = "出具家庭暴力告诫书", 0
        elif kind in ("盗窃", "殴打他人", "寻衅滋事", "家暴治安案件", "涉赌治安案件", "涉黄治安案件"):
            held = rng.choice([0, 1, 1, 2, 3]) if kind != "涉黄治安案件" else rng.choice([1, 2, 2, 3])
            result = "行政拘留" if held else rng.choice(["罚款", "警告"])
        sheet.add(n, fake.date_cell(day, "date"), kind, rng.choice(VILLAGES), fake.name(rng), result, held or "")
        records.append({"occurred_on": day, "type": kind, "detained": held})
    built.books.append(Book(SECURITY_LIST, [sheet]))
    built.ledgers["security"] = records
    built.quirk("police_list_every_class", SECURITY_LIST, "登记表",
                ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions"),
                "派出所的登记表含各类治安案件（盗窃、殴打他人、涉赌…）；拘留人数 0 写空着")  # fmt: skip


# --- 涉诈高危人员: the county platform's list, 已转出 beside 在管 and 已核减 -------------------------------------------

WATCH_EXPORT = f"综治中心/{COUNTY}反诈预警平台_涉诈高危人员名单_{TOWN}.xls"


def county_watch_list_with_transfers_fraud(built: Built, rng: random.Random) -> None:
    head = ["序号", "姓名", "身份证号", "联系电话", "户籍地址", "管控状态", "核减时间", "是否已取得联系", "备注"]
    sheet = Sheet("人员名单")
    sheet.header([head])
    records = []
    for serial, removed, contacted, (person, id_no, phone, place) in fake.watch_list(rng, 26, list(VILLAGES), 0.35):
        moved = not removed and rng.random() < 0.12
        state = "已核减" if removed else ("已转出" if moved else "在管")
        when = f"{fake.dates_in(rng, YEAR, 1)[0]:%Y-%m-%d}" if removed else ""
        note = "已转出至户籍地所在镇" if moved else ("持合法出入境手续" if removed and rng.random() < 0.4 else "")
        sheet.add(serial, person, id_no, phone, f"{COUNTY}{TOWN}{place}", state, when, "是" if contacted else "否",
                  note)  # fmt: skip
        records.append({"status": {"已核减": "已核减", "在管": "在册", "已转出": "已转出"}[state],
                        "contacted": contacted})  # fmt: skip
    built.books.append(Book(WATCH_EXPORT, [sheet], fmt="html-xls"))
    built.ledgers["fraud_watch"] = records
    built.quirk("transferred_persons", WATCH_EXPORT, "人员名单",
                ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
                "平台名单的管控状态有 已转出（移交户籍地所在镇）：既不是核减，也不在本镇存量")  # fmt: skip
