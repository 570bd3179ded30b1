"""渝坪镇 (fictitious), 坪江县 (fictitious), 重庆, 2024: the 64th development town, built blind.

A 镇 of 重庆 after the 乡镇行政区划调整: the former 石垭乡 (原石垭乡) was merged into 渝坪镇 and keeps a 便民服务中心
(石垭片区) that still hands over its own sheets. Villages and communities are fictitious. Its offices hand over
exports of the regional platforms beside hand-kept ledgers:

- the 镇街基层智治平台 of 重庆's "141" 基层智治体系 (one platform for 1031 镇街, events 上报 by 网格员 and 流转 by the
  镇 治理中心; cqrb.cn / difang.neamco.com 2025-08 on 巴南 圣灯山镇, 忠县 永丰镇 2025-11): an event export in which
  the platform's 办理状态 (已办结 — the event is closed in the system) stands beside the 化解结果 the 综治办 types,
  and a closed event is not always a resolved dispute (引导诉讼, 移交);
- the 人民调解案件补贴申报 of 重庆's 区县 司法局 (高新区: 各调委会对调解成功的民间纠纷按季申报，填写《人民调解案件补贴
  申报表》; 璧山区 璧司发〔2022〕3号; 大足区 大足司发〔2024〕22号 after 重庆市司法局 2023-12-18《人民调解案件等级
  分类工作指引（试行）》: 一案一卷、一案一补, 分类补贴, 案件录入重庆市司法局基层工作管理系统; 永川区 publishes the
  quarter's cases and amount): a register with one sheet per quarter, the case grade in the four-tier words of the
  重庆 guidance (简易/一般/复杂/重大), and each quarter's 合计 row;
- 综合行政执法: 渝府办发〔2023〕74号 (深化乡镇（街道）综合行政执法改革, "一支队伍管执法", cqkz.gov.cn 开州
  2023-12): the 镇 综合行政执法办公室's register, and the 石垭片区 office's own sheet of the same book, two of whose
  cases the 镇 office copied into its own sheet under its own bracket style.

The subsidy amounts per grade are illustrative (no 坪江县 rate exists; 简易 50 / 一般 150 / 复杂 300 / 重大 500 元).

Quirks: see Q_* below and each built.quirk(...). Everything is fictitious: names, IDs, phones from fake.py.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built

TOWN = "渝坪镇"
YEAR = 2024
COUNTY = "坪江县"  # fictitious
# Villages and communities: all fictitious; 石垭社区 and 石垭村 belong to the former 石垭乡.
VILLAGES = ("渝坪社区", "大坪村", "双河口村", "青杠村", "桂花村", "茶园村", "石垭社区", "石垭村")
SHIYA = ("石垭社区", "石垭村")

ENF_KINDS = {"行政检查": 0.5, "行政处罚": 0.25, "行政强制": 0.05, "行政确认": 0.1, "行政许可": 0.1}
# How the 综合行政执法办 types a category: qualifiers in brackets (the inspection's occasion, the penalty's procedure).
ENF_TYPED = {
    "行政检查": ["行政检查（日常巡查）", "行政检查（双随机）", "行政检查"],
    "行政处罚": ["行政处罚（简易程序）", "行政处罚（普通程序）"],
    "行政强制": ["行政强制"],
    "行政确认": ["行政确认"],
    "行政许可": ["行政许可"],
}
ENF_MATTERS = {
    "行政检查": ["燃气经营场所安全检查", "农村自建房安全巡查", "门店招牌设置检查", "建筑垃圾运输检查"],
    "行政处罚": ["擅自占道经营", "违规焚烧秸秆", "未按规定倾倒建筑垃圾", "违规设置户外广告"],
    "行政强制": ["查封违法建设施工现场"],
    "行政确认": ["农村宅基地使用权确认", "临时占道确认"],
    "行政许可": ["临时占用道路许可", "户外广告设置许可"],
}
DISPUTE_TYPES = {"邻里纠纷": 4, "山林土地纠纷": 3, "婚姻家庭纠纷": 3, "房屋宅基地纠纷": 2, "劳动争议": 1,
                 "道路交通事故纠纷": 1, "损害赔偿纠纷": 1, "其他纠纷": 1}  # fmt: skip
GRADE_SUBSIDY = {"简易": 50, "一般": 150, "复杂": 300, "重大": 500}


def _enforcement(built: Built, rng: random.Random) -> None:
    """综合行政执法 register: sheet 镇综合执法办 (dates as dates) and sheet 石垭片区 (dates typed 2024.3.5, 序号
    restarting); two 石垭 cases copied into the 镇 sheet with 〔〕 where 石垭 typed []; three 2023 December cases
    (decided last year) at the top of the 镇 sheet."""
    name = "综合行政执法/渝坪镇综合行政执法办公室2024年行政执法案件台账.xlsx"
    header = [
        "序号",
        "案件编号",
        "案件名称",
        "执法类别",
        "当事人",
        "执法人员",
        "作出决定日期",
        "罚款金额（元）",
        "备注",
    ]
    records = []
    main, shiya = Sheet("镇综合执法办"), Sheet("石垭片区（原石垭乡）")
    main.title(f"{TOWN}综合行政执法办公室{YEAR}年行政执法案件台账", len(header))
    main.add("填报单位：渝坪镇综合行政执法办公室（盖章）", None, None, None, None, None, "填报时间：2025年1月6日")
    main.header([header])
    shiya.title("石垭片区（原石垭乡便民服务中心）2024年执法案件登记", len(header))
    shiya.header([header])

    def case(prefix: str, n: int, day: dt.date, bracket: str) -> dict:
        kind = fake.pick(rng, ENF_KINDS)
        short = {"行政检查": "检", "行政处罚": "罚", "行政强制": "强", "行政确认": "确", "行政许可": "许"}[kind]
        left, right = bracket
        return {
            "no": f"{prefix}{short}字{left}{day.year}{right}{n}号",
            "key": (prefix, short, day.year, n),
            "kind": kind,
            "typed": rng.choice(ENF_TYPED[kind]),
            "matter": rng.choice(ENF_MATTERS[kind]),
            "day": day,
            "fine": rng.choice([50, 100, 200, 500, 1000]) if kind == "行政处罚" else None,
        }

    # Last year's cases, still at the top of the book (the register runs on from December).
    serial = 0
    for n, day in enumerate(fake.dates_in(rng, 2023, 3, dt.date(2023, 12, 4), dt.date(2023, 12, 28)), start=40):
        c = case("渝坪综执", n, day, "〔〕")
        serial += 1
        main.add(serial, c["no"], c["matter"], c["typed"], fake.masked(fake.name(rng)), fake.name(rng), c["day"],
                 c["fine"], None)  # fmt: skip
        records.append({"case_no": c["key"], "category": c["kind"], "decided_on": c["day"]})
    town_cases = [case("渝坪综执", n, d, "〔〕") for n, d in enumerate(fake.dates_in(rng, YEAR, 46), start=1)]
    shiya_cases = [case("石垭综执", n, d, "[]") for n, d in enumerate(fake.dates_in(rng, YEAR, 18), start=1)]
    copied = [shiya_cases[4], shiya_cases[11]]
    for c in town_cases:
        serial += 1
        main.add(serial, c["no"], c["matter"], c["typed"], fake.masked(fake.name(rng)), fake.name(rng), c["day"],
                 c["fine"], None)  # fmt: skip
        records.append({"case_no": c["key"], "category": c["kind"], "decided_on": c["day"]})
    for c in copied:  # the 镇 office re-typed them with its own brackets
        serial += 1
        no = c["no"].replace("[", "〔").replace("]", "〕")
        main.add(serial, no, c["matter"], c["typed"], fake.masked(fake.name(rng)), fake.name(rng), c["day"], c["fine"],
                 "石垭片区移送")  # fmt: skip
    for n, c in enumerate(shiya_cases, start=1):
        shiya.add(n, c["no"], c["matter"], c["typed"], fake.masked(fake.name(rng)), fake.name(rng),
                  fake.date_cell(c["day"], "dot"), c["fine"], None)  # fmt: skip
        records.append({"case_no": c["key"], "category": c["kind"], "decided_on": c["day"]})
    built.books.append(Book(name, [main, shiya]))
    built.ledgers["enforcement"] = records
    built.quirk("same_case_in_two_sheets", name, "镇综合执法办", "enforcement.cases",
                "原石垭乡片区的两件案件又抄进镇执法办表，括号〔〕与[]不同：只计一次")  # fmt: skip
    built.quirk("value_qualifiers", name, "镇综合执法办", ("enforcement.inspection", "enforcement.penalty"),
                "执法类别带括号限定语：行政检查（双随机）、行政处罚（简易程序）")  # fmt: skip
    built.quirk("merged_township_sheet", name, "石垭片区（原石垭乡）", "enforcement.cases",
                "撤乡并镇后原乡便民服务中心仍单列一表，序号重起，日期写作 2024.3.5")  # fmt: skip
    built.quirk("previous_year_rows", name, "镇综合执法办", "enforcement.cases",
                "台账从上年12月接续，表头下前三行是2023年的案件")  # fmt: skip


def _disputes(built: Built, rng: random.Random) -> None:
    """The 141 镇街基层智治平台 export of events of the class 矛盾纠纷 (a web '.xls' that is an HTML table): report
    time as text with seconds, 所属网格 as a path, 办理状态 (the platform's: 已办结/处置中/待签收) beside 化解结果
    (typed by the 综治办: 已化解/化解中/未化解（引导诉讼）/已移交司法所); the export runs from 2023-12-20 to the
    export day 2025-01-03, so its edges hold events of other years."""
    name = "基层智治平台导出/矛盾纠纷事件列表_渝坪镇_20250103.xls"
    sheet = Sheet("事件列表")
    header = ["序号", "事件编号", "事件标题", "事件大类", "事件小类", "所属网格", "事件来源", "上报人", "上报时间",
              "办理状态", "化解结果", "办结时间"]  # fmt: skip
    sheet.header([header])
    records = []
    days = (
        fake.dates_in(rng, 2023, 4, dt.date(2023, 12, 20), dt.date(2023, 12, 29))
        + fake.dates_in(rng, YEAR, 126)
        + fake.dates_in(rng, 2025, 3, dt.date(2025, 1, 1), dt.date(2025, 1, 3))
    )
    for n, day in enumerate(days, start=1):
        kind = fake.pick(rng, DISPUTE_TYPES)
        village = rng.choice(VILLAGES)
        grid = f"{COUNTY}/{TOWN}/{village}/第{rng.randint(1, 9):02d}网格"
        at = dt.datetime(day.year, day.month, day.day, rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59))
        late = day >= dt.date(2024, 12, 10)
        roll = rng.random()
        if late and roll < 0.5:
            state, result = "处置中", "化解中"
        elif roll < 0.82:
            state, result = "已办结", "已化解"
        elif roll < 0.9:
            state, result = "已办结", "未化解（引导诉讼）"
        elif roll < 0.95:
            state, result = "已办结", "已移交司法所"
        else:
            state, result = "处置中", "化解中"
        closed = at + dt.timedelta(days=rng.randint(1, 20)) if state == "已办结" else None
        number = f"JCZZ{at:%Y%m%d}{n:05d}"
        sheet.add(n, number, f"{village}{kind.removesuffix('纠纷')}纠纷", "矛盾纠纷", kind, grid,
                  rng.choice(["网格员上报", "群众自报", "渝快办", "12345转办"]), fake.name(rng),
                  f"{at:%Y-%m-%d %H:%M:%S}", state, result, f"{closed:%Y-%m-%d %H:%M:%S}" if closed else "")  # fmt: skip
        records.append({"screened_on": day, "status": "已化解" if result == "已化解" else result})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["disputes"] = records
    built.quirk("html_as_xls", name, "事件列表", ("disputes.screened", "disputes.resolved"))
    built.quirk("closed_is_not_resolved", name, "事件列表", ("disputes.resolved", "disputes.resolution_rate"),
                "平台的办理状态“已办结”只是事件在系统中关闭；化解与否在化解结果列（未化解（引导诉讼）、已移交司法所也已办结）")  # fmt: skip
    built.quirk("datetime_text_with_seconds", name, "事件列表", "disputes.screened",
                "上报时间是带时分秒的文本 2024-03-05 09:31:22；导出区间两端有2023年12月和2025年1月的事件")  # fmt: skip


def _mediation(built: Built, rng: random.Random) -> None:
    """The 司法所's register of the year's mediation cases, one sheet per quarter as the subsidy is declared each
    quarter (cases listed by the quarter they were closed in): grade in the 重庆 four-tier words, 协议形式 as
    口头协议/书面协议, a 合计 row with SUM formulas; one Q3 case listed again in Q4 (re-declared after its file was
    completed); two cases accepted in December 2023 and closed in January listed under Q1."""
    name = "司法所/渝坪镇人民调解案件登记及补贴申报台账（2024年）.xlsx"
    header = ["序号", "卷宗号", "调委会", "纠纷类型", "申请人", "被申请人", "受理日期", "结案日期", "协议形式",
              "调解结果", "案件等级", "补贴金额（元）"]  # fmt: skip
    records: list[dict] = []
    accepted = fake.dates_in(rng, 2023, 2, dt.date(2023, 12, 18), dt.date(2023, 12, 27)) + fake.dates_in(
        rng, YEAR, 92, last=dt.date(2024, 12, 10)
    )
    cases = []
    for n, day in enumerate(accepted, start=1):
        result = fake.pick(rng, {"调解成功": 0.86, "调解不成功": 0.09, "终止调解": 0.05})
        grade = fake.pick(rng, {"简易": 0.45, "一般": 0.35, "复杂": 0.15, "重大": 0.05})
        form = "口头" if grade == "简易" or (grade == "一般" and rng.random() < 0.3) else "书面"
        closed = day + dt.timedelta(days=rng.randint(1, 25))
        village = rng.choice(VILLAGES)
        org = f"{village}调委会" if rng.random() < 0.7 else "渝坪镇调委会"
        no = f"（{day.year}）渝坪人调字第{n:03d}号"
        subsidy = GRADE_SUBSIDY[grade] if result == "调解成功" else None
        cases.append((no, org, fake.pick(rng, DISPUTE_TYPES), day, closed, form, result, grade, subsidy))
        records.append({"file_no": no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    sheets = []
    quarter_of = {q: [c for c in cases if (c[4].month - 1) // 3 + 1 == q and c[4].year == YEAR] for q in (1, 2, 3, 4)}
    quarter_of[4] += [c for c in cases if c[4].year > YEAR]
    quarter_of[4].insert(0, quarter_of[3][5])  # re-declared in Q4
    for q, rows in quarter_of.items():
        sheet = Sheet(f"第{'一二三四'[q - 1]}季度")
        sheet.title(f"{TOWN}{YEAR}年第{'一二三四'[q - 1]}季度人民调解案件登记及补贴申报表", len(header))
        sheet.add("申报单位：渝坪镇司法所", None, None, None, None, None, None, None, None, None, "单位：元")
        first = sheet.header([header]) + 1
        for n, (no, org, kind, day, closed, form, result, grade, subsidy) in enumerate(rows, start=1):
            sheet.add(n, no, org, kind, fake.name(rng), fake.name(rng), day, closed,
                      f"{form}协议", result, grade, subsidy)  # fmt: skip
        last = sheet.next_row - 1
        total = sum(r[8] or 0 for r in rows)
        sheet.add("合计", None, None, None, None, None, None, None, None,
                  Formula(f'COUNTIF(J{first}:J{last},"调解成功")', sum(1 for r in rows if r[6] == "调解成功")),
                  None, Formula(f"SUM(L{first}:L{last})", total))  # fmt: skip
        sheets.append(sheet)
    built.books.append(Book(name, sheets))
    built.ledgers["mediation"] = records
    built.quirk("four_tier_grades", name, "第一季度", "mediation.subsidy_yuan",
                "案件等级按重庆《人民调解案件等级分类工作指引》四级：简易/一般/复杂/重大")  # fmt: skip
    built.quirk("same_case_in_two_sheets", name, "第四季度", ("mediation.cases", "mediation.subsidy_yuan"),
                "第三季度一件案件在第四季度重新申报，卷宗号相同：只计一次")  # fmt: skip
    built.quirk("carried_over_case", name, "第一季度", "mediation.cases",
                "2023年12月受理、2024年1月结案的两件列在第一季度：按受理日期不计入本年")  # fmt: skip
    built.quirk("formula_cached_values", name, "第一季度", "mediation.subsidy_yuan", "每季合计行为公式")


def _petitions(built: Built, rng: random.Random) -> None:
    """信访 register kept in Word by the 信访办: 交办单位 in 重庆's words (国家信访局, 市信访办, 县信访办, 本镇受理);
    status 已化解 / 正在化解 / 化解中 with a 重复信访 column."""
    name = "信访办/渝坪镇2024年信访事项办理台账.docx"
    sheet = Sheet("渝坪镇2024年信访事项办理台账")
    sheet.header([["序号", "信访件编号", "交办单位", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态",
                   "办结日期"]])  # fmt: skip
    items = [
        ("国家信访局", "中联办", "已化解", "否"),
        ("市信访办", "市联办", "已化解", "否"),
        ("市信访办", "市联办", "正在化解", "是"),
        ("县信访办", "县联办", "已化解", "否"),
        ("县信访办", "县联办", "已化解", "否"),
        ("县信访办", "县联办", "化解中", "否"),
        ("本镇受理", "本级受理", "已化解", "否"),
        ("本镇受理", "本级受理", "已化解", "否"),
    ]
    issues = ["土地征收补偿", "农村自建房纠纷", "拖欠工程款", "低保认定", "道路施工影响", "林地权属"]
    records = []
    for n, ((typed, source, status, repeat), day) in enumerate(zip(items, fake.dates_in(rng, YEAR, len(items))), 1):
        no = f"渝坪信〔{YEAR}〕{n:02d}号"
        done = f"{day + dt.timedelta(days=rng.randint(20, 60)):%Y年%m月%d日}" if status == "已化解" else ""
        sheet.add(n, no, typed, fake.masked(fake.name(rng)), rng.choice(issues), repeat, f"{day:%Y年%m月%d日}",
                  status, done)  # fmt: skip
        # 化解中 and 正在化解 are one status (ledger-kinds.md).
        records.append({"petition_no": no, "source": source, "assigned_on": day,
                        "status": "正在化解" if status in ("正在化解", "化解中") else status})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, ("petitions.assigned", "petitions.resolved"))
    built.quirk("municipality_levels", name, sheet.name, "petitions.assigned",
                "直辖市的交办层级：国家信访局、市信访办、县信访办；本镇受理不是上级交办")  # fmt: skip


def _security(built: Built, rng: random.Random) -> None:
    """The 派出所's list for the 平安建设 office, a GBK CSV: type 家庭暴力告诫书 (the long form), 涉黄 and 涉赌 cases,
    detentions in 拘留人数, 处理结果 in words."""
    name = "平安办/渝坪派出所2024年家暴告诫及治安案件情况.csv"
    sheet = Sheet("治安")
    sheet.add(f"{TOWN}派出所{YEAR}年家暴告诫及涉黄涉赌治安案件情况")
    sheet.header([["序号", "日期", "类型", "村（社区）", "当事人", "处理结果", "拘留人数"]])
    plan = [("家庭暴力告诫书", 0)] * 9 + [("家暴治安案件", 1)] * 2 + [("涉黄治安案件", 2), ("涉黄治安案件", 1),
            ("涉黄治安案件", 3)] + [("涉赌治安案件", 4), ("涉赌治安案件", 2)]  # fmt: skip
    rng.shuffle(plan)
    records = []
    for n, ((kind, detained), day) in enumerate(zip(plan, fake.dates_in(rng, YEAR, len(plan))), start=1):
        outcome = "出具告诫书" if kind == "家庭暴力告诫书" else f"行政拘留{detained}人"
        sheet.add(n, f"{day:%Y/%m/%d}", kind, rng.choice(VILLAGES), fake.masked(fake.name(rng)), outcome, detained)
        records.append({"occurred_on": day, "type": "家暴告诫书" if kind == "家庭暴力告诫书" else kind,
                        "detained": detained})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["security"] = records
    built.quirk("csv_gbk", name, "治安", ("security.dv_warnings", "security.vice_cases"))
    built.quirk("long_form_type", name, "治安", "security.dv_warnings", "类型写作“家庭暴力告诫书”")


def _fraud_watch(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 list (fictitious people): 管控状态 在管/已核减, 是否取得联系 已联系/未联系."""
    name = "平安办/涉诈高危人员管控名单（渝坪镇）.xlsx"
    sheet = Sheet("名单")
    sheet.title("渝坪镇涉诈高危人员管控名单（截至2024年12月31日）", 8)
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "是否取得联系", "核减时间"]])
    records = []
    for serial, removed, contacted, person in fake.watch_list(rng, 14, list(VILLAGES), 0.4):
        when = fake.date_cell(fake.dates_in(rng, YEAR, 1)[0], "cn") if removed else ""
        sheet.add(serial, *person, "已核减" if removed else "在管", "已联系" if contacted else "未联系", when)
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("contact_words", name, "名单", "fraud_watch.contacted", "是否取得联系写 已联系/未联系，状态写 在管")


def _counsel(built: Built, rng: random.Random) -> None:
    """The 镇政府法律顾问's service log saved by WPS as .ods: 服务事项 in plain words, 件（次）数 typed '3次' or left
    blank (one)."""
    name = "司法所/渝坪镇政府法律顾问服务台账2024.ods"
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}人民政府法律顾问服务台账（{YEAR}年）", 6)
    sheet.header([["序号", "日期", "服务事项", "件（次）数", "服务对象", "法律顾问"]])
    services = {"法律咨询": 5, "审查合同": 3, "出具法律意见书": 1.5, "法律援助": 0.5, "参与调解": 1, "法治讲座": 0.6}
    truth = {"法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见书": "法律意见书", "法律援助": "法律援助",
             "参与调解": "参与调解", "法治讲座": "法治讲座"}  # fmt: skip
    lawyer = fake.name(rng)
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 44), start=1):
        service = fake.pick(rng, services)
        quantity = rng.choice([None, 1, 2, 3, 4]) if service in ("法律咨询", "审查合同") else None
        typed = None if quantity is None else (f"{quantity}次" if service == "法律咨询" else f"{quantity}件")
        sheet.add(n, day, service, typed, rng.choice((f"{TOWN}人民政府", *VILLAGES)), lawyer)
        records.append({"served_on": day, "service": truth[service], "quantity": quantity})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["counsel"] = records
    built.quirk("ods_spreadsheet", name, "服务台账", ("counsel.consultations", "counsel.document_reviews"))
    built.quirk("units_in_cell_blank_is_one", name, "服务台账", ("counsel.consultations", "counsel.document_reviews"),
                "件（次）数写作 3次、2件，空着的算1")  # fmt: skip


def _litigation(built: Built, rng: random.Random) -> None:
    """行政应诉 register in an old .xls: 是否主要负责人出庭 written 是（镇长）/否（委托律师）, one case heard in
    December 2023 still listed."""
    name = "法治办/行政应诉案件台账.xls"
    sheet = Sheet("应诉台账")
    sheet.title("渝坪镇人民政府行政应诉案件台账", 7)
    sheet.header([["序号", "案号", "原告", "案由", "开庭时间", "出庭负责人", "是否主要负责人出庭"]])
    plan = [(dt.date(2023, 12, 12), "是（镇长）"), (dt.date(2024, 4, 17), "是（镇长）"),
            (dt.date(2024, 7, 9), "否（委托律师）"), (dt.date(2024, 9, 24), "是（副镇长）"),
            (dt.date(2024, 11, 6), "是（镇长）")]  # fmt: skip
    reasons = ["行政强制拆除", "政府信息公开", "土地征收补偿", "行政处罚"]
    records = []
    for n, (day, said) in enumerate(plan, start=1):
        no = f"（{day.year}）渝9901行初{rng.randint(10, 300)}号"
        who = fake.name(rng) if said.startswith("是") else "—"
        sheet.add(n, no, fake.masked(fake.name(rng)), rng.choice(reasons), f"{day.year}年{day.month}月{day.day}日",
                  who, said)  # fmt: skip
        records.append({"case_no": no, "heard_on": day, "appeared": said.startswith("是")})
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["litigation"] = records
    built.quirk("value_qualifiers", name, "应诉台账", "litigation.leader_appearances", "是（副镇长）、否（委托律师）")


def _training(built: Built, rng: random.Random) -> None:
    """学法用法 workbook: sheet 法律明白人培训 (sessions), sheet 领导干部学法考试 (the 重庆 领导干部网上学法用法考试:
    应参考/实参考 per batch)."""
    name = "法治办/渝坪镇2024年学法用法台账.xlsx"
    sessions = Sheet("普法培训")
    sessions.title(f"{TOWN}{YEAR}年普法培训台账", 7)
    sessions.header([["序号", "日期", "培训名称", "培训对象", "形式", "参加人数", "学时"]])
    plan = [("法律明白人", "线下", "“法律明白人”骨干培训"), ("行政执法人员", "线下", "综合行政执法人员业务培训"),
            ("法律明白人", "线上", "“法律明白人”网络培训"), ("领导干部", "会前学法", "党委会会前学法"),
            ("法律明白人", "线下", "原石垭乡片区法律明白人培训"), ("村（社区）干部", "线下", "村（社区）两委干部学法")]  # fmt: skip
    records = []
    for n, ((audience, form, title), day) in enumerate(zip(plan, fake.dates_in(rng, YEAR, len(plan))), start=1):
        sessions.add(n, fake.date_cell(day, "cn"), title, audience, form, rng.randint(20, 70), 2)
        records.append({"held_on": day, "audience": audience})
    exam = Sheet("领导干部学法考试")
    exam.title("领导干部网上学法用法考试参考情况", 5)
    exam.header([["批次", "考试时间", "应参考人数", "实参考人数", "参考率"]])
    for batch, (day, required, taken) in enumerate(
        [(dt.date(2024, 6, 20), 38, 37), (dt.date(2024, 11, 15), 40, 40)], 1
    ):
        exam.add(f"第{batch}批", day, required, taken, f"{taken / required:.1%}")
        records.append({"held_on": day, "audience": "领导干部", "exam_required": required, "exam_taken": taken})
    built.books.append(Book(name, [sessions, exam]))
    built.ledgers["training"] = records
    built.quirk("exam_in_own_sheet", name, "领导干部学法考试", "training.exam_coverage", "考试参考情况单列一表")


def _disclosure(built: Built, rng: random.Random) -> None:
    """政务公开 register, UTF-8 CSV with BOM: 公开方式 主动公开 / 依申请公开 / 媒体宣传, 发布渠道 the county portal's
    镇街 column, the town's WeChat account, 华龙网 and 上游新闻."""
    name = "党政办/渝坪镇2024年政务公开信息发布台账.csv"
    sheet = Sheet("公开台账")
    sheet.header([["序号", "信息标题", "发布日期", "发布渠道", "公开方式", "责任科室"]])
    records = []
    topics = ["农村危房改造公示", "高龄津贴发放公示", "耕地地力保护补贴公示", "防汛工作动态", "乡村振兴项目公示"]
    for n, day in enumerate(fake.dates_in(rng, YEAR, 71), start=1):
        kind = fake.pick(rng, {"主动公开": 0.6, "媒体宣传": 0.37, "依申请公开": 0.03})
        channel = {"主动公开": rng.choice(["县政府网站镇街专栏", "政务公开栏"]),
                   "媒体宣传": rng.choice(["华龙网", "上游新闻", "渝坪发布微信公众号"]),
                   "依申请公开": "书面答复"}[kind]  # fmt: skip
        sheet.add(n, f"{rng.choice(topics)}（{day.month}月）", f"{day:%Y-%m-%d}", channel, kind,
                  rng.choice(["党政办", "社会事务办", "经济发展办"]))  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布" if kind == "媒体宣传" else kind})
    if not any(r["type"] == "依申请公开" for r in records):
        day = dt.date(2024, 8, 12)
        sheet.add(
            len(records) + 1, "关于某地块征收补偿标准的申请答复", f"{day:%Y-%m-%d}", "书面答复", "依申请公开", "党政办"
        )
        records.append({"published_on": day, "type": "依申请公开"})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["disclosure"] = records
    built.quirk("csv_utf8_bom", name, "公开台账", ("disclosure.proactive", "disclosure.media"))
    built.quirk("media_as_propaganda", name, "公开台账", "disclosure.media", "媒体发布写作“媒体宣传”")


def _normative(built: Built) -> None:
    """规范性文件 register for a year with none: the header and one row saying so."""
    name = "党政办/行政规范性文件制定备案登记表.xlsx"
    sheet = Sheet("登记表")
    sheet.title(f"{TOWN}{YEAR}年行政规范性文件制定和备案登记表", 6)
    sheet.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备案情况"]])
    sheet.add("/", "本年度未制定行政规范性文件", "/", "/", "/", "/")
    built.books.append(Book(name, [sheet]))
    built.ledgers["normative_documents"] = []
    built.quirk("nil_return_row", name, "登记表", "normative_documents.issued",
                "当年没有文件：表头下一行写“本年度未制定行政规范性文件”，数为0不是null")  # fmt: skip


def build() -> Built:
    rng = random.Random(6402)
    built = Built()
    _enforcement(built, rng)
    _disputes(built, rng)
    _mediation(built, rng)
    _petitions(built, rng)
    _security(built, rng)
    _fraud_watch(built, rng)
    _counsel(built, rng)
    _litigation(built, rng)
    _training(built, rng)
    _disclosure(built, rng)
    _normative(built)
    return built
