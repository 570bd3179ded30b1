"""梧溪镇（虚构）2024: the eighteenth development town, whose ledgers are mostly **exports of county and provincial
information systems** rather than sheets kept by hand.

Enforcement is the 行政执法综合管理监督平台's case export (a title, an 导出时间/导出人/查询条件 line, then the
header; 执法行为 written as the platform's two-level tree **行政处罚-简易程序 / 行政检查-日常检查**; 立案时间 and
决定时间 as the platform's **ISO timestamps 2024-03-05T10:21:33**; 案件状态 办理中 / 已撤销 with no 决定时间).
Mediation is the 人民调解信息系统's CSV export (案件编号 a **19-digit number**, 纠纷类型 **several values in one
cell**, 调解结果 and 协议类型 exported **with their dictionary codes, 01-调解成功 / 1-口头协议**). Petitions are the
信访信息系统's list exported **one page at a time and pasted into one file** (each page with its header and a
**第1页/共3页** footer; 办理状态 in the system's words 未处理 / 处理中 / 办结 / 超时). Disputes are the 综治平台's
event list exported **quarter by quarter into one sheet** (each export with its title, 导出时间 and header; the
query windows overlap by one day, so the events of 1 April, 1 July and 1 October are in two exports). The counsel's
services are the 公共法律服务平台's work-log export (服务时间 with the clock time, 服务类型 and 服务数量). Security,
the fraud-watch list and litigation are kept by hand. The exam is the 法宣在线 platform's statistics export per unit
(应考人数 / **已考人数** / 未考人数, a typed 参考率, a 合计 row, the exam's year only in its 考试名称 line), beside a
hand-kept 法律明白人 training register. Disclosure is the 政府网站集约化平台's publication export, the type only in
**所属栏目, a path in the site's tree of columns** (政府信息公开>法定主动公开内容>财政预决算, 政务动态>媒体关注). No
normative-document ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "梧溪镇"
YEAR = 2024
GOV = "梧溪镇人民政府"
VILLAGES = ("梧桐村", "溪口村", "上坪村", "下坪村", "竹园社区")  # fictitious
EXPORTED = "2025-01-06 09:30:15"
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    platform_tree_values_enforcement(built, rng)
    coded_values_mediation(built, rng)
    pasted_pages_petitions(built, rng)
    quarterly_exports_in_one_sheet_disputes(built, rng)
    platform_log_counsel(built, rng)
    hand_kept_security(built, rng)
    hand_kept_fraud_watch(built, rng)
    hand_kept_litigation(built, rng)
    training: list[dict] = []
    exam_statistics_export_training(built, rng, training)
    hand_kept_sessions_training(built, rng, training)
    built.ledgers["training"] = training
    column_path_disclosure(built, rng)
    built.ledgers["normative_documents"] = Null("梧溪镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", "normative_documents.*")
    return built


def _clock(rng: random.Random) -> tuple[int, int, int]:
    return rng.randint(8, 17), rng.randint(0, 59), rng.randint(0, 59)


def _iso_t(d: dt.date, rng: random.Random) -> str:
    h, m, s = _clock(rng)
    return f"{d:%Y-%m-%d}T{h:02d}:{m:02d}:{s:02d}"


def _at(d: dt.date, rng: random.Random, seconds: bool = True) -> str:
    h, m, s = _clock(rng)
    return f"{d:%Y-%m-%d} {h:02d}:{m:02d}" + (f":{s:02d}" if seconds else "")


# --- 行政执法: the supervision platform's case export -----------------------------------------------------------

ACTS = {  # the platform's tree: category-procedure (or sub-kind)
    "行政处罚": ("行政处罚-简易程序", "行政处罚-普通程序"),
    "行政检查": ("行政检查-日常检查", "行政检查-专项检查", "行政检查-双随机抽查"),
    "行政许可": ("行政许可-一般程序",),
    "行政强制": ("行政强制-查封", "行政强制-扣押"),
    "行政确认": ("行政确认-其他",),
}
ACT_WEIGHTS = {"行政处罚": 4, "行政检查": 8, "行政许可": 2, "行政强制": 1, "行政确认": 1.5}
CASE_NAMES = {
    "行政处罚": ("占道经营案", "违规焚烧秸秆案", "未按规定设置户外广告案"),
    "行政检查": ("沿街商铺消防安全检查", "农家乐食品安全检查", "建筑工地扬尘检查"),
    "行政许可": ("临时占用道路许可", "乡村建设规划许可"),
    "行政强制": ("查封违法经营场所", "扣押非法营运车辆"),
    "行政确认": ("农村宅基地使用权确认",),
}


def platform_tree_values_enforcement(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政执法案件导出_20250106.xlsx"
    head = ["序号", "案件编号", "案件名称", "执法行为", "执法主体", "当事人类型", "立案时间", "决定时间", "案件状态"]
    sheet = Sheet("案件列表")
    sheet.title("行政执法案件信息", len(head))
    sheet.add(f"导出时间：{EXPORTED}　导出人：梧溪镇综合行政执法队　查询条件：立案时间 2023-12-01 至 2024-12-31",
              *([None] * (len(head) - 1)))  # fmt: skip
    sheet.header([head])
    filed = [dt.date(YEAR - 1, 12, 18), dt.date(YEAR - 1, 12, 26), *fake.dates_in(rng, YEAR, 44)]
    records = []
    for n, got in enumerate(filed, start=1):
        category = fake.pick(rng, ACT_WEIGHTS)
        act = rng.choice(ACTS[category])
        lag = 0 if category == "行政检查" else rng.randint(3, 25)
        decided: dt.date | None = got + dt.timedelta(days=lag)
        state = "已结案" if rng.random() < 0.7 else "已归档"
        if n == 1:  # filed 2023-12-18 and decided in 2023: a 2023 case
            decided = dt.date(YEAR - 1, 12, 28)
        elif n == 2:  # filed 2023-12-26, decided 2024-01-09: a 2024 case
            decided = dt.date(YEAR, 1, 9)
        elif n in (17, 31):  # still in hand at the export
            decided, state = None, "办理中"
        elif n == 24:  # the filing withdrawn: never decided
            decided, state = None, "已撤销"
        elif decided.year > YEAR:  # decided in 2025: not a 2024 case, still exported by its 立案时间
            state = "已结案"
        no = f"梧执{category[2:4]}〔{got.year}〕{n:04d}号"
        sheet.add(
            n,
            no,
            f"{rng.choice(CASE_NAMES[category])}（虚构）",
            act,
            "梧溪镇人民政府",
            rng.choice(["自然人", "法人", "个体工商户"]),
            _iso_t(got, rng),
            _iso_t(decided, rng) if decided else None,
            state,
        )
        if decided is not None:
            records.append({"case_no": no, "decided_on": decided, "category": category})
    sheet.autofilter = f"A3:I{sheet.next_row - 1}"
    built.books.append(Book(file, [sheet]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.penalty", "enforcement.inspection", "enforcement.licensing",
         "enforcement.coercion", "enforcement.confirmation")  # fmt: skip
    built.quirk(
        "tree_value_category_procedure",
        file,
        "案件列表",
        f,
        "执法行为 写作平台的两级分类 行政处罚-简易程序、行政检查-日常检查、行政强制-查封：类别是横线前的一级",
    )
    built.quirk(
        "iso_t_timestamps",
        file,
        "案件列表",
        f,
        "立案时间、决定时间 是平台的 ISO 时间戳 2024-03-05T10:21:33",
    )
    built.quirk(
        "export_time_line",
        file,
        "案件列表",
        f,
        "标题下一行 导出时间：…　导出人：…　查询条件：立案时间 2023-12-01 至 2024-12-31：不是表头，也不是记录",
    )
    built.quirk(
        "competing_dates",
        file,
        "案件列表",
        f,
        "按立案时间查询导出：2023年12月18日立案、12月28日决定的一件不计入；2023年12月26日立案、2024年1月9日决定的计入；"
        "案件状态 办理中、已撤销 的没有决定时间，不计入",
    )


# --- 人民调解: the mediation system's CSV export ------------------------------------------------------------------

COMMITTEES = ("梧溪镇人民调解委员会", *(f"{v}人民调解委员会" for v in VILLAGES))
DISPUTE_TYPES = (
    "婚姻家庭纠纷",
    "邻里纠纷",
    "房屋宅基地纠纷",
    "损害赔偿纠纷",
    "山林土地纠纷",
    "合同纠纷",
    "劳动争议纠纷",
)
RESULT_CODES = {"调解成功": "01-调解成功", "调解不成功": "02-调解不成功"}
FORM_CODES = {"口头": "1-口头协议", "书面": "2-书面协议"}
SUBSIDY = {"口头": 50, "书面": 150}  # illustrative rates


def coded_values_mediation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}人民调解案件导出（人民调解信息系统）.csv"
    head = ["序号", "案件编号", "调解组织", "受理日期", "纠纷类型", "调解员", "调解状态", "调解结果", "协议类型",
            "以案定补金额（元）"]  # fmt: skip
    sheet = Sheet("人民调解案件")
    sheet.header([head])
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 41)]
    records = []
    for n, got in enumerate(days, start=1):
        r = rng.random()
        result = "调解成功" if r < 0.8 else ("调解不成功" if r < 0.9 else "调解中")
        if n == 1:
            result = "调解成功"
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        subsidy = SUBSIDY[form] if form else None
        # The system's case id: area code, date of acceptance and a running number — 19 digits.
        no = f"329905{got:%Y%m%d}{n:05d}"
        types = rng.choice(DISPUTE_TYPES)
        if n % 6 == 0:  # the system lets a case carry several types, exported joined in one cell
            types = f"{types},{rng.choice([t for t in DISPUTE_TYPES if t != types])}"
        sheet.add(
            n,
            no,
            rng.choice(COMMITTEES),
            f"{got:%Y-%m-%d}",
            types,
            fake.masked(fake.name(rng)),
            "调解中" if result == "调解中" else "已结案",
            RESULT_CODES.get(result),
            FORM_CODES.get(form) if form else None,
            subsidy,
        )
        records.append({"file_no": no, "accepted_on": got, "result": result, "form": form, "subsidy": subsidy})
    built.books.append(Book(file, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk(
        "dictionary_codes_in_values",
        file,
        "（CSV）",
        f,
        "调解结果、协议类型 导出时带字典代码：01-调解成功、02-调解不成功、1-口头协议、2-书面协议",
    )
    built.quirk(
        "long_numeric_ids",
        file,
        "（CSV）",
        f,
        "案件编号 是19位数字（3299052024030500012）：超过15位有效数字，当数字读就会把不同案件并成一件",
    )
    built.quirk("multi_value_cell", file, "（CSV）", f, "纠纷类型 一格多值，逗号分隔：不影响件数")
    built.quirk("prior_year_row", file, "（CSV）", f, "第1件 2023年12月27日受理：不计入2024年")


# --- 信访: the petition system's list, exported page by page --------------------------------------------------------

FORMS = ("来访", "来信", "网上信访", "电话")
ASSIGNERS = {"省信访局": "省联办", "市信访局": "市联办", "县信访局": "县联办"}
STATES = {"办结": "已化解", "处理中": "正在化解", "未处理": "正在化解", "超时": "正在化解"}


def pasted_pages_petitions(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}信访事项导出（信访信息系统）.csv"
    head = ["序号", "信访件编号", "登记时间", "信访形式", "来源", "交办机关", "问题属地", "内容分类", "办理状态"]
    sheet = Sheet("信访事项")
    days = [dt.date(YEAR - 1, 12, 22), *fake.dates_in(rng, YEAR, 37)]
    per_page = 15
    pages = (len(days) + per_page - 1) // per_page
    records = []
    for n, got in enumerate(days, start=1):
        if (n - 1) % per_page == 0:
            page = (n - 1) // per_page + 1
            if page == 1:
                sheet.add("信访事项列表")
                sheet.add(f"导出时间：{EXPORTED[:16]}")
            sheet.header([head])
        assigned = rng.random() < 0.45
        assigner = rng.choice(list(ASSIGNERS)) if assigned else None
        state = fake.pick(rng, {"办结": 6, "处理中": 2, "未处理": 0.6, "超时": 0.6})
        if got.month == 12 and got.year == YEAR and state == "办结":
            state = "处理中"
        no = f"WX{got:%Y%m%d}{n:04d}"
        sheet.add(
            n,
            no,
            _at(got, rng),
            rng.choice(FORMS),
            "上级交办" if assigned else "本级受理",
            assigner,
            rng.choice(VILLAGES),
            rng.choice(["土地征收", "农村管理", "劳动保障", "城乡建设", "环境保护"]),
            state,
        )
        records.append(
            {"petition_no": no, "assigned_on": got, "source": ASSIGNERS[assigner] if assigner else "本级受理",
             "status": STATES[state]}
        )  # fmt: skip
        if n % per_page == 0 or n == len(days):
            sheet.add(f"第{(n - 1) // per_page + 1}页/共{pages}页　共{len(days)}条")
    built.books.append(Book(file, [sheet], fmt="csv-gbk"))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk(
        "pasted_export_pages",
        file,
        "（CSV）",
        f,
        "系统每次只导出当前一页（15条）：三页粘在一个文件里，每页有自己的表头和页脚 第1页/共3页　共38条",
    )
    built.quirk(
        "system_status_words",
        file,
        "（CSV）",
        f,
        "办理状态 用系统的词：办结=已化解；处理中、未处理、超时（过了时限仍未办结）=正在化解",
    )
    built.quirk(
        "source_from_above_without_level",
        file,
        "（CSV）",
        f,
        "来源 只写 上级交办 / 本级受理，不写哪一级；交办机关 另列 省信访局、市信访局、县信访局：上级交办 都计入上级交办信访事项",
    )
    built.quirk("prior_year_row", file, "（CSV）", f, "第1件 2023年12月22日登记：不计入2024年")


# --- 矛盾纠纷: the grid platform's event list, one export per quarter in one sheet ----------------------------------

EVENT_STATES = {"已办结": "已化解", "已评价": "已化解", "处置中": "化解中", "待受理": "化解中"}
QUARTERS = ((1, 4), (4, 7), (7, 10), (10, 13))  # months [from, to); each query ran to the 1st of the next quarter


def quarterly_exports_in_one_sheet_disputes(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}矛盾纠纷事件导出（综治平台）.xlsx"
    head = ["序号", "事件编号", "事件标题", "一级分类", "二级分类", "所属网格", "村（社区）", "上报时间", "事件状态",
            "涉及人员"]  # fmt: skip
    sheet = Sheet("事件列表")
    days = sorted(
        [*fake.dates_in(rng, YEAR, 58, first=dt.date(YEAR, 1, 2), last=dt.date(YEAR, 12, 27)),
         dt.date(YEAR, 4, 1), dt.date(YEAR, 7, 1), dt.date(YEAR, 10, 8)]
    )  # fmt: skip
    events = []
    for n, day in enumerate(days, start=1):
        state = fake.pick(rng, {"已办结": 6, "已评价": 2, "处置中": 1, "待受理": 0.4})
        events.append(
            [
                None,
                f"SJ{day:%Y%m%d}{n:03d}",
                f"{rng.choice(['邻里排水沟', '宅基地界址', '土地流转租金', '赡养老人', '工钱结算'])}纠纷（虚构）",
                "矛盾纠纷",
                rng.choice(["邻里纠纷", "房屋宅基地纠纷", "山林土地纠纷", "婚姻家庭纠纷", "劳动争议纠纷"]),
                f"{rng.choice(VILLAGES)}第{rng.randint(1, 6)}网格",
                rng.choice(VILLAGES),
                _at(day, rng, seconds=False),
                state,
                "、".join(fake.masked(fake.name(rng)) for _ in range(rng.randint(1, 3))),
            ]
        )
        built.ledgers.setdefault("disputes", []).append({"screened_on": day, "status": EVENT_STATES[state]})
    for q, (lo, hi) in enumerate(QUARTERS, start=1):
        last = dt.date(YEAR, hi, 1) if hi <= 12 else dt.date(YEAR, 12, 31)
        first = dt.date(YEAR, lo, 1)
        exported = last + dt.timedelta(days=1) if hi <= 12 else dt.date(YEAR + 1, 1, 6)
        if q > 1:
            sheet.blank()
        sheet.title("矛盾纠纷事件列表", len(head))
        sheet.add(f"导出时间：{exported:%Y-%m-%d} 08:5{q}:12　上报时间：{first:%Y-%m-%d} 至 {last:%Y-%m-%d}",
                  *([None] * (len(head) - 1)))  # fmt: skip
        sheet.header([head])
        rows = [e for e, d in zip(events, days, strict=True) if first <= d <= last]
        for i, row in enumerate(rows, start=1):
            sheet.add(i, *row[1:])
    built.books.append(Book(file, [sheet]))
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk(
        "exports_stacked_in_one_sheet",
        file,
        "事件列表",
        f,
        "平台一次只能按季度导出：四次导出上下粘在一张表里，每段有自己的标题、导出时间一行和表头，序号每段从1起",
    )
    built.quirk(
        "overlapping_export_windows",
        file,
        "事件列表",
        f,
        "每次查询都截到下一季度的1日：4月1日、7月1日上报的事件在相邻两段各出现一次（事件编号相同）：只计一次",
    )
    built.quirk(
        "value_synonyms",
        file,
        "事件列表",
        f,
        "事件状态 已办结、已评价=已化解；处置中、待受理=化解中",
    )


# --- 法律顾问: the public legal service platform's work log ---------------------------------------------------------

SERVICES = {"法律咨询": ("法律咨询", 5), "合同审查": ("文书审核", 2.5), "出具法律意见书": ("法律意见书", 1.5),
            "法律援助": ("法律援助", 0.4), "法治宣传": (None, 1), "参与调解": (None, 1)}  # fmt: skip


def platform_log_counsel(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}法律顾问服务记录导出（公共法律服务平台）.xlsx"
    head = [
        "序号",
        "服务编号",
        "法律顾问",
        "所属律所",
        "服务对象",
        "服务时间",
        "服务方式",
        "服务类型",
        "服务数量",
        "服务内容",
    ]
    sheet = Sheet("服务记录")
    sheet.header([head])
    days = [dt.date(YEAR - 1, 12, 20), *fake.dates_in(rng, YEAR, 46)]
    records = []
    for n, day in enumerate(days, start=1):
        label = fake.pick(rng, {k: v[1] for k, v in SERVICES.items()})
        service = SERVICES[label][0]
        quantity = rng.choice([None, 1, 1, 2, 3]) if label == "法律咨询" else rng.choice([None, 1, 1, 2])
        sheet.add(
            n,
            f"GFW{day:%Y%m%d}{n:03d}",
            fake.masked(fake.name(rng)),
            "某某律师事务所（虚构）",
            rng.choice([GOV, *VILLAGES]),
            _at(day, rng),
            rng.choice(["线下", "线上（12348平台）", "电话"]),
            label,
            quantity,
            rng.choice(["土地承包合同", "拖欠工程款", "村规民约修订", "征地补偿", "劳务合同"]),
        )
        if service:
            records.append({"served_on": day, "service": service, "quantity": quantity})
    sheet.autofilter = f"A1:J{sheet.next_row - 1}"
    sheet.freeze = "A2"
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk(
        "date_with_clock_time",
        file,
        "服务记录",
        f,
        "服务时间 2024-03-05 14:30:12；服务数量 空=1；第1条 2023年12月20日：不计入",
    )
    built.quirk(
        "mode_beside_type",
        file,
        "服务记录",
        f,
        "服务方式 线下 / 线上（12348平台） / 电话 是方式，类型在 服务类型；服务内容 是事由",
    )


# --- 平安建设 (by hand) ------------------------------------------------------------------------------------------


def hand_kept_security(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}{YEAR}年平安建设工作台账.xlsx"
    head = ["序号", "日期", "类型", "村（社区）", "当事人", "处理结果", "拘留人数"]
    sheet = Sheet("平安建设")
    sheet.title(f"{TOWN}{YEAR}年平安建设工作台账", len(head))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 14), start=1):
        kind = fake.pick(rng, {"家暴告诫书": 3, "家暴治安案件": 1, "涉黄治安案件": 1.5, "涉赌治安案件": 1.5})
        detained = 0 if kind == "家暴告诫书" else rng.randint(0, 3)
        sheet.add(n, fake.date_cell(day, "cn"), kind, rng.choice(VILLAGES), fake.masked(fake.name(rng)),
                  {"家暴告诫书": "出具告诫书", "家暴治安案件": "行政拘留", "涉黄治安案件": "行政拘留、罚款",
                   "涉赌治安案件": "罚款"}[kind], detained)  # fmt: skip
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(file, [sheet]))
    built.ledgers["security"] = records
    built.quirk(
        "hand_kept_beside_exports",
        file,
        "平安建设",
        ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions"),
        "系统导出之外手工记的台账：标题、表头、日期 2024年3月5日",
    )


# --- 涉诈 (by hand) ----------------------------------------------------------------------------------------------


def hand_kept_fraud_watch(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}涉诈高危人员管控台账.xlsx"
    head = ["序号", "姓名", "身份证号码", "联系电话", "村（社区）", "管控状态", "是否取得联系", "备注"]
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账（截至{YEAR}年12月31日）", len(head))
    sheet.header([head])
    records = []
    for n, removed, contacted, person in fake.watch_list(rng, 12, list(VILLAGES), 0.35):
        name, idno, phone, village = person
        sheet.add(n, name, idno, phone, village, "已核减" if removed else "在册", "是" if contacted else "否",
                  "持合法出入境手续" if removed and rng.random() < 0.5 else None)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(file, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk(
        "hand_kept_beside_exports",
        file,
        "管控台账",
        ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
        "手工名单：管控状态 在册/已核减，是否取得联系 是/否",
    )


# --- 行政应诉 (by hand) ------------------------------------------------------------------------------------------


def hand_kept_litigation(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}行政应诉案件登记表（{YEAR}年）.xlsx"
    head = ["序号", "案号", "原告", "案由", "开庭时间", "出庭负责人", "负责人是否出庭", "审理结果"]
    sheet = Sheet("应诉登记")
    sheet.title(f"{TOWN}{YEAR}年行政应诉案件登记表", len(head))
    sheet.header([head])
    plan = [(dt.date(YEAR, 3, 14), True), (dt.date(YEAR, 6, 20), True), (dt.date(YEAR, 9, 11), False),
            (dt.date(YEAR, 11, 6), True), (dt.date(YEAR + 1, 1, 16), False)]  # fmt: skip
    records = []
    for n, (heard, appeared) in enumerate(plan, start=1):
        no = f"（{YEAR}）某0521行初{rng.randint(10, 299)}号"
        sheet.add(n, no, fake.masked(fake.name(rng)), rng.choice(["土地征收", "行政处罚", "政府信息公开"]),
                  fake.date_cell(heard, "cn"), "副镇长 " + fake.masked(fake.name(rng)) if appeared else None,
                  "是" if appeared else "否", "驳回诉讼请求" if heard.year == YEAR else "待开庭")  # fmt: skip
        records.append({"case_no": no, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
    built.quirk(
        "prior_year_row",
        file,
        "应诉登记",
        ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate"),
        "第5件 2025年1月开庭：不计入2024年",
    )


# --- 学法用法: the 法宣在线 platform's exam statistics, and the 法律明白人 trainings by hand -------------------------

UNITS = ("党政办公室", "综合行政执法队", "司法所", "财政所", "农业综合服务中心", "社会事务办", "自然资源所")


def exam_statistics_export_training(built: Built, rng: random.Random, records: list[dict]) -> None:
    file = f"{TOWN}学法考试统计导出（法宣在线）.xlsx"
    head = ["序号", "单位名称", "应考人数", "已考人数", "未考人数", "参考率", "及格人数", "平均分"]
    sheet = Sheet("单位统计")
    sheet.add(f"考试名称：{YEAR}年度国家工作人员学法用法考试　导出时间：{EXPORTED[:16]}", *([None] * (len(head) - 1)))
    sheet.header([head])
    day = dt.date(YEAR, 11, 20)
    required_total = taken_total = passed_total = 0
    for n, unit in enumerate(UNITS, start=1):
        required = rng.randint(4, 18)
        taken = required - (rng.random() < 0.4) * rng.randint(1, 2)
        passed = taken - rng.randint(0, 1)
        sheet.add(n, unit, required, taken, required - taken, f"{taken / required:.2%}", passed,
                  round(rng.uniform(82, 96), 1))  # fmt: skip
        records.append({"held_on": day, "exam_required": required, "exam_taken": taken})
        required_total, taken_total, passed_total = (
            required_total + required,
            taken_total + taken,
            passed_total + passed,
        )
    sheet.add("合计", None, required_total, taken_total, required_total - taken_total,
              f"{taken_total / required_total:.2%}", passed_total, None)  # fmt: skip
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "exam_platform_statistics",
        file,
        "单位统计",
        "training.exam_coverage",
        "法宣在线 按单位导出的考试统计：应考人数、已考人数（=实参考）、未考人数，参考率 打成 95.00%，末行 合计；"
        "年份只在 考试名称 一行",
    )


def hand_kept_sessions_training(built: Built, rng: random.Random, records: list[dict]) -> None:
    file = f"{TOWN}{YEAR}年法律明白人培训台账.xlsx"
    head = ["序号", "培训日期", "培训主题", "培训对象", "培训形式", "参训人数"]
    sheet = Sheet("培训台账")
    sheet.title(f"{TOWN}{YEAR}年法律明白人培训台账", len(head))
    sheet.header([head])
    plan = [("法律明白人", "线下"), ("法律明白人", "线上"), ("村（社区）干部", "线下"), ("法律明白人", "线下")]
    for n, (day, (audience, form)) in enumerate(zip(fake.dates_in(rng, YEAR, len(plan)), plan, strict=True), 1):
        sheet.add(n, fake.date_cell(day, "dot"), rng.choice(["民法典婚姻家庭编", "人民调解法", "反电信网络诈骗法"]),
                  audience, form, rng.randint(20, 60))  # fmt: skip
        records.append({"held_on": day, "audience": audience})
    built.books.append(Book(file, [sheet]))
    built.quirk(
        "hand_kept_beside_exports",
        file,
        "培训台账",
        "training.legal_literacy_sessions",
        "手工台账：培训对象 法律明白人 / 村（社区）干部，日期 2024.3.5",
    )


# --- 政务公开: the site platform's publication export ---------------------------------------------------------------

COLUMNS = {  # the site's tree of columns → the disclosure type
    "政府信息公开>法定主动公开内容>财政预决算": "主动公开",
    "政府信息公开>法定主动公开内容>政策文件": "主动公开",
    "政府信息公开>法定主动公开内容>重大建设项目": "主动公开",
    "政府信息公开>法定主动公开内容>社会救助": "主动公开",
    "政务动态>媒体关注": "媒体发布",
}


def column_path_disclosure(built: Built, rng: random.Random) -> None:
    file = f"{TOWN}政府信息发布统计（政府网站集约化平台导出）.xlsx"
    head = ["序号", "标题", "所属栏目", "发布时间", "发布人", "浏览量"]
    sheet = Sheet("信息列表")
    sheet.header([head])
    days = [dt.date(YEAR - 1, 12, 29), *fake.dates_in(rng, YEAR, 33)]
    records = []
    for n, day in enumerate(days, start=1):
        column = fake.pick(rng, {c: (1 if t == "主动公开" else 1.6) for c, t in COLUMNS.items()})
        sheet.add(n, f"梧溪镇{rng.choice(['民生实事', '乡村振兴', '防汛备汛', '秸秆禁烧'])}信息（{n}）", column,
                  _at(day, rng), rng.choice(["党政办-王某", "党政办-李某"]), rng.randint(40, 2000))  # fmt: skip
        records.append({"published_on": day, "type": COLUMNS[column]})
    sheet.autofilter = f"A1:F{sheet.next_row - 1}"
    built.books.append(Book(file, [sheet]))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk(
        "type_in_column_path",
        file,
        "信息列表",
        f,
        "没有公开类型列：所属栏目 是网站栏目树的路径，法定主动公开内容 下的为主动公开，政务动态>媒体关注 为媒体发布；"
        "没有依申请公开（0）",
    )
    built.quirk("prior_year_row", file, "信息列表", f, "第1条 2023年12月29日发布：不计入")
