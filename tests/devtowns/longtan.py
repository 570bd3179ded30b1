"""龙潭镇（虚构）2024: the twenty-fifth development town, whose disputes, petitions and hotline work are exported
from work-order and grid-management platforms (综治中心 矛盾纠纷多元化解平台, 信访信息系统, 12345 热线工单系统).

A platform's 导出 of an event's handling (事件处置过程, 办理流程明细) is an event log: one row per processing step
(受理 → 派单 → 签收 → 办结 → 回访 → 归档), the event's own columns (事件编号, 标题, 分类, 来源, 事件状态) repeated on
each of its rows beside the step's (处理环节, 处理部门, 处理时间 2024-03-05 10:21:33, 处理意见). One record, several
rows. An event sent to the wrong office is sent back (已退回) and dispatched again (流转); a duplicate report of the
same matter is merged into the first (重复件/合并件): it keeps its own number and rows but is not a second record.
The classification is a coded taxonomy (01 矛盾纠纷 / 01-03 邻里纠纷 in level columns, or one column
城乡建设>住房保障>农村危房改造). The legal counsel's log is kept by hand, for contrast."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "龙潭镇"
YEAR = 2024
GOV = "龙潭镇人民政府"
VILLAGES = ("龙潭社区", "青石村", "白水村", "枫岭村", "双溪村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def moment(day: dt.date, rng: random.Random) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day, rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59))


def after(when: dt.datetime, rng: random.Random, hours: tuple[int, int]) -> dt.datetime:
    return when + dt.timedelta(hours=rng.randint(*hours), minutes=rng.randint(0, 59), seconds=rng.randint(0, 59))


def stamp(when: dt.datetime) -> str:
    """The platform's timestamp, as text: 2024-03-05 10:21:33."""
    return f"{when:%Y-%m-%d %H:%M:%S}"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    grid_platform_disputes(built, rng)
    petition_system_steps(built, rng)
    hotline_work_orders(built, rng)
    hand_kept_counsel(built, rng)
    absent = ("enforcement", "disclosure", "security", "fraud_watch", "litigation", "normative_documents",
              "mediation", "training")  # fmt: skip
    for kind in absent:
        built.ledgers[kind] = Null("龙潭镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 矛盾纠纷: 综治中心 矛盾纠纷多元化解平台 “事件处置过程” 导出 ------------------------------------------------------

DISPUTES_FILE = f"{TOWN}综治中心矛盾纠纷事件处置过程_导出20250107.xlsx"
# 二级分类 as the platform codes them under 01 矛盾纠纷 (a level column each, the code before the name).
SUBTYPES = {"01-01 婚姻家庭纠纷": 3, "01-03 邻里纠纷": 5, "01-05 山林土地纠纷": 2, "01-08 劳动争议纠纷": 1}
THIRD = {"01-01 婚姻家庭纠纷": ("01-01-02 离婚纠纷", "01-01-04 赡养纠纷"), "01-03 邻里纠纷": ("01-03-01 相邻通行",
         "01-03-02 宅基地边界"), "01-05 山林土地纠纷": ("01-05-01 土地承包",), "01-08 劳动争议纠纷": ("01-08-01 欠薪",)}  # fmt: skip
SOURCES = ("网格员上报", "群众来访", "12345热线转办", "村（社区）上报")
OFFICES = ("司法所", "派出所", "村（社区）调委会", "综治中心")
# The event's outcome as the platform holds it on the day of the export.
OUTCOMES = {"已归档": 6, "待评价": 2, "超期办结": 1, "化解不成功": 0.8, "处置中": 1}


def grid_platform_disputes(built: Built, rng: random.Random) -> None:
    head = ["序号", "事件编号", "事件标题", "一级分类", "二级分类", "三级分类", "事件来源", "所属网格", "事件状态",
            "化解结果", "处理环节", "处理部门", "处理人", "处理时间", "处理意见", "重复件标识", "合并至事件编号"]  # fmt: skip
    sheet = Sheet("事件处置过程")
    sheet.add(*head)
    rows: list[tuple[dt.datetime, list]] = []
    records = []
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 30, first=dt.date(YEAR, 1, 8)), dt.date(YEAR, 12, 27)]
    merged_into: dict[int, str] = {}
    for n, day in enumerate(days, start=1):
        number = f"LT{day:%Y%m%d}{n:04d}"
        subtype = fake.pick(rng, SUBTYPES)
        village = rng.choice(VILLAGES)
        outcome = "处置中" if n == len(days) else fake.pick(rng, OUTCOMES)
        if n == 1:
            outcome = "已归档"  # accepted on 27 December 2023, closed and filed in January: a 2023 event
        state = "已办结" if outcome == "化解不成功" else outcome
        result = {"处置中": None, "化解不成功": "化解不成功"}.get(outcome, "化解成功")
        own = [number, f"{village}{subtype.split(' ')[1]}", "01 矛盾纠纷", subtype, rng.choice(THIRD[subtype]),
               rng.choice(SOURCES), f"{village}第{rng.randint(1, 4)}网格", state, result]  # fmt: skip
        when = moment(day, rng)
        steps = [("受理", "综治中心", "已受理，登记建档")]
        office = rng.choice(OFFICES[:3])
        if n % 7 == 3:  # 流转: sent to the wrong office, sent back, dispatched again
            steps += [
                ("派单", "派出所", "请派出所处置"),
                ("退回", "派出所", "已退回：非治安案件，属民间纠纷"),
            ]
            office = "司法所"
        steps += [("派单", office, f"请{office}处置"), ("签收", office, "已签收")]
        if outcome != "处置中":
            late = outcome == "超期办结"
            steps.append(("办结", office, "超期办结，已调解" if late else
                          ("调解不成功，已引导当事人诉讼" if outcome == "化解不成功" else "经调解双方达成一致")))  # fmt: skip
            if outcome in ("已归档", "超期办结"):
                steps += [("回访", "综治中心", "回访满意"), ("归档", "综治中心", "已归档")]
        for step, who, note in steps:
            rows.append((when, [*own, step, who, fake.name(rng), stamp(when), note, None, None]))
            when = after(when, rng, (2, 60))
        records.append(
            {"screened_on": day, "status": {"处置中": "化解中", "化解不成功": "未化解"}.get(outcome, "已化解")}
        )
        if n in (9, 21):  # the same matter reported again a few days later: merged into this event
            merged_into[n] = number
            again = day + dt.timedelta(days=rng.randint(1, 4))
            copy_no = f"LT{again:%Y%m%d}{n + 50:04d}"
            t = moment(again, rng)
            copy_own = [copy_no, own[1], *own[2:7], "已合并", None]
            rows.append((t, [*copy_own, "受理", "综治中心", fake.name(rng), stamp(t), "已受理", None, None]))
            t = after(t, rng, (1, 5))
            rows.append((t, [*copy_own, "合并", "综治中心", fake.name(rng), stamp(t), f"与{number}为同一事项，合并办理",
                             "重复件", number]))  # fmt: skip
    rows.sort(key=lambda r: (r[1][0], r[0]))  # the export lists an event's steps together, in time order
    for serial, (_, cells) in enumerate(rows, start=1):
        sheet.add(serial, *cells)
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("event_log_one_row_per_step", DISPUTES_FILE, "事件处置过程", f,
                "每个事件按处理环节一行（受理→派单→签收→办结→回访→归档），事件编号在各行重复：一个事件只计一件，"
                "日期取 受理 一行的处理时间")  # fmt: skip
    built.quirk("closed_is_not_resolved", DISPUTES_FILE, "事件处置过程", f,
                "事件状态 已办结 只说平台已结束办理：化解结果 为 化解不成功 的不是已化解")  # fmt: skip
    built.quirk("platform_states", DISPUTES_FILE, "事件处置过程", f,
                "事件状态 已归档、待评价、超期办结（化解结果 化解成功）是已化解；处置中 是化解中")  # fmt: skip
    built.quirk("duplicate_merged", DISPUTES_FILE, "事件处置过程", f,
                "2个重复上报的事件 标为 重复件、事件状态 已合并、合并至事件编号 写原事件：不是另一件纠纷")  # fmt: skip
    built.quirk("sent_back_and_redispatched", DISPUTES_FILE, "事件处置过程", f,
                "派单到派出所后 退回，再派司法所（流转）：同一事件多出两行，仍是一件")  # fmt: skip
    built.quirk("coded_taxonomy_levels", DISPUTES_FILE, "事件处置过程", f,
                "分类分三列，值带编码：01 矛盾纠纷 / 01-03 邻里纠纷 / 01-03-02 宅基地边界")  # fmt: skip
    built.quirk("timestamp_cells", DISPUTES_FILE, "事件处置过程", f, "处理时间 是文本 2024-03-05 10:21:33")
    built.quirk("accepted_last_year_closed_this_year", DISPUTES_FILE, "事件处置过程", f,
                "2023-12-27 受理、2024年1月办结归档的事件：按受理日期不计入2024年")  # fmt: skip


# --- 信访: 信访信息系统 “办理流程明细” 导出 CSV（GBK） ---------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项办理流程明细_{YEAR}.csv"
PETITION_SOURCES = {"县联办": 5, "市联办": 2, "本级受理": 3}
ISSUES = ("城乡建设>住房保障>农村危房改造", "农村农业>土地承包>承包经营权", "民政>社会救助>最低生活保障",
          "交通运输>公路建设>道路硬化")  # fmt: skip
PETITION_STATES = {"已办结": 5, "已归档": 3, "待评价": 1, "办理中": 2}


def petition_system_steps(built: Built, rng: random.Random) -> None:
    head = ["信访件编号", "信访形式", "来源", "问题分类", "当前状态", "是否合并件", "主件编号", "办理环节", "办理单位",
            "办理人", "办理时间", "办理意见"]  # fmt: skip
    sheet = Sheet("流程明细")
    sheet.add(*head)
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 16, first=dt.date(YEAR, 1, 10), last=dt.date(YEAR, 11, 29)), 1):
        number = f"LTXF{YEAR}{n:04d}"
        source, state = fake.pick(rng, PETITION_SOURCES), fake.pick(rng, PETITION_STATES)
        own = [number, rng.choice(["来信", "来访", "网上信访"]), source, rng.choice(ISSUES), state, "否", None]
        when = moment(day, rng)
        steps = [("登记", "县信访局" if source != "本级受理" else "镇信访办")]
        if source != "本级受理":
            steps.append(("交办", "县信访局"))
        steps += [("受理", "镇信访办"), ("转办", rng.choice(["镇农业农村办", "镇社会事务办", "镇规划建设办"]))]
        if state != "办理中":
            steps.append(("办结", "镇信访办"))
        if state in ("已归档", "待评价"):
            steps.append(("回访", "镇信访办"))
        if state == "已归档":
            steps.append(("归档", "县信访局"))
        accepted = None
        for step, office in steps:
            if step == "受理":
                accepted = when.date()
            sheet.add(*own, step, office, fake.name(rng), stamp(when), f"{step}" if step != "办结" else "已答复信访人")
            when = after(when, rng, (20, 200))
        records.append({"petition_no": number, "assigned_on": accepted, "source": source,
                        "status": "正在化解" if state == "办理中" else "已化解"})  # fmt: skip
        if n in (5, 12):  # a repeat letter on the same matter, merged into the first as 合并件
            t = after(when, rng, (48, 200))
            copy = [f"LTXF{YEAR}{n + 80:04d}", "来信", source, own[3], "已合并", "是", number]
            sheet.add(*copy, "登记", "镇信访办", fake.name(rng), stamp(t), "同一事项重复来信")
            sheet.add(*copy, "合并", "镇信访办", fake.name(rng), stamp(after(t, rng, (1, 6))), f"并入{number}办理")
    built.books.append(Book(PETITIONS_FILE, [sheet], fmt="csv-gbk"))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("event_log_one_row_per_step", PETITIONS_FILE, "（CSV）", f,
                "每件信访按办理环节一行（登记→交办→受理→转办→办结→回访→归档）：一件只计一次，日期取 受理 一行")  # fmt: skip
    built.quirk("duplicate_merged", PETITIONS_FILE, "（CSV）", f,
                "2件重复来信 是否合并件=是、主件编号 写原件、当前状态 已合并：不是另一件")  # fmt: skip
    built.quirk(
        "coded_taxonomy_path", PETITIONS_FILE, "（CSV）", f, "问题分类 一列写全路径：城乡建设>住房保障>农村危房改造"
    )
    built.quirk(
        "platform_states", PETITIONS_FILE, "（CSV）", f, "当前状态 已办结、已归档、待评价 是已化解；办理中 是正在化解"
    )
    built.quirk("csv_gbk", PETITIONS_FILE, "（CSV）", f)


# --- 12345 热线工单: another channel's tickets, with a step per row --------------------------------------------------

HOTLINE_FILE = f"12345热线工单明细_{TOWN}_{YEAR}年.xlsx"
HOTLINE_KINDS = {"咨询": 4, "求助": 2, "投诉": 3, "建议": 1}
HOTLINE_CLASSES = ("城乡建设>市政设施>路灯", "社会保障>医疗保险>参保缴费", "生态环境>噪声污染>施工噪声",
                   "矛盾纠纷>邻里纠纷>相邻通行", "农村农业>惠农补贴>耕地地力保护补贴")  # fmt: skip
HOTLINE_STATES = ("已办结", "已归档", "待评价", "已退回", "超期办结", "重复件")


def hotline_work_orders(built: Built, rng: random.Random) -> None:
    head = ["工单编号", "诉求类型", "工单分类", "诉求内容", "工单状态", "环节", "处理单位", "操作时间", "办理意见"]
    sheet = Sheet("工单明细")
    sheet.add(*head)
    for day in fake.dates_in(rng, YEAR, 24):
        number = f"2024{day:%m%d}{rng.randint(100000, 999999)}"
        state = rng.choice(HOTLINE_STATES)
        own = [number, fake.pick(rng, HOTLINE_KINDS), rng.choice(HOTLINE_CLASSES), "市民来电反映（内容略）", state]
        when = moment(day, rng)
        for step, office in (("受理", "12345热线"), ("派单", "龙潭镇人民政府"), ("签收", "龙潭镇人民政府"),
                             ("办结", "龙潭镇人民政府"), ("回访", "12345热线")):  # fmt: skip
            sheet.add(*own, step, office, stamp(when), "已处理" if step == "办结" else None)
            when = after(when, rng, (3, 48))
    built.books.append(Book(HOTLINE_FILE, [sheet]))
    f = ("disputes.screened", "petitions.assigned")
    built.quirk("hotline_work_orders_not_a_ledger", HOTLINE_FILE, "工单明细", f,
                "12345 工单（咨询、求助、投诉、建议）按环节一行，工单状态 已办结/已退回/重复件：不是矛盾纠纷台账也不是"
                "信访台账；其中的纠纷已转到综治平台登记（事件来源 12345热线转办）")  # fmt: skip


# --- 法律顾问: 手工台账, for contrast --------------------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}{YEAR}年村（居）法律顾问工作台账.xlsx"
SERVICES = {"法律咨询": 6, "审查合同": 2, "出具法律意见书": 1, "法律援助": 0.5}
SERVICE_TRUTH = {"法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见书": "法律意见书", "法律援助": "法律援助"}


def hand_kept_counsel(built: Built, rng: random.Random) -> None:
    sheet = Sheet(f"{YEAR}年")
    sheet.title(f"{TOWN}{YEAR}年村（居）法律顾问工作台账", 6)
    sheet.add("序号", "服务日期", "服务村（社区）", "服务类型", "数量", "法律顾问")
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 22), start=1):
        service = fake.pick(rng, SERVICES)
        quantity = rng.choice([1, 2, 3, None]) if service == "法律咨询" else rng.choice([1, None])
        sheet.add(n, fake.date_cell(day, rng.choice(["date", "dot"])), rng.choice(VILLAGES), service, quantity,
                  fake.name(rng))  # fmt: skip
        records.append({"served_on": day, "service": SERVICE_TRUTH[service], "quantity": quantity})
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("hand_kept_beside_exports", COUNSEL_FILE, f"{YEAR}年", f,
                "手工台账：标题行、一事一行，数量空着计 1；日期 2024.3.5 与日期单元格混用")  # fmt: skip
