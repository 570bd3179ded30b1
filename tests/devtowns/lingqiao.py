"""菱桥街道（虚构，浙江）, 2024: a 长三角 街道 whose offices hand over what the provincial digital platforms export —
cumulative year-to-date files, one row per party or per step of a flow, the county site's whole catalogue — rather
than registers kept by hand. Built blind (issue 12), from shared/spec/ and public pages only.

Sources (public pages, found with the search tool; only column titles, vocabularies and layouts were taken):
- 浙江 大综合一体化 行政执法监管数字应用 and the 城市运行管理服务平台案件处理标准 (zhetiaohe.com): a case list
  with 案件来源 (巡查发现 / 投诉举报 / 部门移送 / 上级交办), 立案 → 审批 → 结案 or 撤销, 案件状态, one row per 当事人;
  浙江's 权力事项库 names each power's 权力类型 (行政处罚, 行政强制 …);
- 宜城街道's 综治中心 (jabk.net, 2025): the 矛调平台 counts disputes 今年以来 — year-to-date, cumulative from January
  ("今年以来受理矛盾纠纷337件，调处率达98.8%"), so each month's export repeats the months before;
- 清湖街道's 基层治理四平台 (seridoat.com): events reported by 网格员 through the app, 受理, 流转, 办结 — one event,
  several steps;
- 瑞安市 湖岭司法所 (cdliru.com, 2019): 一村一法律顾问 signed per village, the 法律顾问 as 法律咨询员, 纠纷调解员,
  法制宣传员 and 案件代理人 — counted per village and month by service type;
- 宁波 江北区 (nbjb.gov.cn) and 宝清县 (hlbaoqing.gov.cn)'s 政府信息公开目录: one county catalogue, searched by 发布机构
  (单位检索), each item with its 索引号, 主题分类 and 公开方式;
- the national work standard for 法律明白人 and the 领导干部 学法用法 exam (shared/spec/ledger-kinds.md training).

Village and community names are fictitious (菱桥社区, 东港村 …), as are every person and number.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "菱桥街道"
YEAR = 2024
COUNTY = "澜浦县"  # fictitious
OFFICE = "澜浦县人民政府菱桥街道办事处"
VILLAGES = ("菱桥社区", "东港村", "西塘村", "北圩村", "南浜村", "新丰村")  # fictitious
EXPORTED = "2025-01-06 09:30:12"
# The 街道 names itself in its params (as every town's params do): the county catalogue's rows are its own only
# where the 发布机构 is the 街道办事处.
PARAMS = {"town": TOWN, "county": COUNTY}
# Honestly null for now: the 基层治理四平台 step log has no 化解状态, and its 矛盾纠纷 events are tied to the 矛调 list's
# records only by the note of their 流转 step (流转至矛调中心处置), not by a number, a party or a type: read as a
# disputes ledger that cannot be used, it leaves the kind's figures unknown rather than adding its events to the list's.
KNOWN_WITHHELD = {
    "disputes.screened": "四平台事件流转明细没有化解状态列，其矛盾纠纷事件与矛调导出只以流转意见相连",
    "disputes.resolved": "同上",
    "disputes.resolution_rate": "同上",
}


def _stamp(d: dt.date, rng: random.Random) -> str:
    """A platform's date-time text: 2024-03-05 10:21:33."""
    return f"{d:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


def _export_lines(sheet: Sheet, width: int, who: str) -> None:
    """The two lines a platform writes above its list: when and by whom it was exported."""
    sheet.add(f"导出时间：{EXPORTED}", None, None, f"导出人：{who}", *[None] * (width - 4))


# --- enforcement: the 大综合一体化 case list ------------------------------------------------------------------


def case_export_one_row_per_party(built: Built, rng: random.Random) -> None:
    """Cases 立案 from 2023-10 on, one row per 当事人 (a case with two or three parties repeats its 案件编号), status
    立案 / 审批中 / 已结案 / 已撤销; only a case 已结案 in 2024 is a decision of the year (its 结案日期)."""
    name = f"执法监管数字应用/{TOWN}案件列表_导出{EXPORTED[:10].replace('-', '')}.xlsx"
    sheet = Sheet("案件列表")
    header = [
        "序号",
        "案件唯一标识",
        "案件编号",
        "案件名称",
        "权力类型",
        "案件来源",
        "当事人名称",
        "当事人类型",
        "证件号码",
        "立案日期",
        "案件状态",
        "结案日期",
        "罚没金额（元）",
        "办案机构",
    ]
    _export_lines(sheet, len(header), "菱桥街道综合行政执法队-管理员")
    sheet.add(
        "查询条件：立案日期 2023-10-01 至 2024-12-31；所属区域：菱桥街道；案件状态：全部", *[None] * (len(header) - 1)
    )
    sheet.header([header])
    sources = {"巡查发现": 6, "投诉举报": 3, "部门移送": 1, "上级交办": 1}
    matters = {
        "行政处罚": ["未按规定分类投放生活垃圾", "占道经营", "擅自搭建建筑物", "违规设置户外广告", "乱堆物料"],
        "行政强制": ["查封违法经营场所", "扣押占道经营物品"],
    }
    records = []
    row = 0
    starts = fake.dates_in(rng, YEAR, 70, first=dt.date(2023, 10, 9), last=dt.date(2024, 12, 20))
    for n, opened in enumerate(starts, start=1):
        power = "行政强制" if rng.random() < 0.12 else "行政处罚"
        case_no = (
            f"澜综执菱罚〔{opened.year}〕{n:03d}号" if power == "行政处罚" else f"澜综执菱强〔{opened.year}〕{n:03d}号"
        )
        closed = opened + dt.timedelta(days=rng.randint(5, 75))
        draw = rng.random()
        if draw < 0.07:
            status, closed_on = "已撤销", None
        elif closed > dt.date(2025, 1, 6) or draw > 0.90:
            status, closed_on = rng.choice(["立案", "审批中"]), None
        else:
            status, closed_on = "已结案", closed
        fine = rng.choice([50, 100, 200, 500, 1000, 3000]) if power == "行政处罚" and closed_on else 0
        parties = 1 if rng.random() < 0.8 else rng.choice([2, 3])
        for _ in range(parties):
            row += 1
            firm = rng.random() < 0.4
            party = (
                f"{COUNTY}某某{rng.choice(['餐饮店', '建材商行', '物流有限公司', '食品店'])}"
                if firm
                else fake.masked(fake.name(rng))
            )
            code = f"91{rng.randint(10**15, 10**16 - 1)}" if firm else fake.id_number(rng)[:6] + "********" + "****"
            sheet.add(
                row,
                f"{rng.getrandbits(64):016x}{rng.getrandbits(64):016x}",
                case_no,
                f"{party if firm else '当事人'}{rng.choice(matters[power])}案",
                power,
                fake.pick(rng, sources),
                party,
                "法人或其他组织" if firm else "自然人",
                code,
                _stamp(opened, rng),
                status,
                _stamp(closed_on, rng) if closed_on else "",
                fine,
                "菱桥街道综合行政执法队",
            )
        records.append({"case_no": case_no, "category": power, "decided_on": closed_on})
    built.books.append(Book(name, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("one_row_per_offender", name, sheet.name, "enforcement.cases", "一案多当事人，每人一行，案件编号重复")
    built.quirk(
        "case_status_open_or_revoked",
        name,
        sheet.name,
        ("enforcement.cases", "enforcement.penalty", "enforcement.coercion"),
        "立案/审批中（未作决定）与已撤销的案件不是本年的执法决定；年份取结案日期，2023年立案2024年结案的计入",
    )
    built.quirk(
        "export_time_and_filter_lines", name, sheet.name, "enforcement.cases", "导出时间/导出人行与查询条件行在表头之上"
    )


# --- disputes: the 矛调 platform's year-to-date exports --------------------------------------------------------

_DISPUTE_TYPES = {
    "邻里纠纷": 5,
    "婚姻家庭": 3,
    "物业纠纷": 4,
    "劳动争议": 2,
    "合同纠纷": 2,
    "房屋宅基地": 1,
    "消费纠纷": 1,
}


def cumulative_month_exports(built: Built, rng: random.Random) -> list[dict]:
    """Four exports of the 矛盾纠纷 list, 1-3月, 1-6月, 1-9月 and 1-12月: each holds every dispute registered since
    1 January with its status on the day it was exported, so a dispute of February is in all four. The last is the
    year; adding them would count February's disputes four times. Returns the disputes (for the grid events)."""
    days = fake.dates_in(rng, YEAR, 148)
    disputes = []
    for n, day in enumerate(days, start=1):
        outcome = rng.random()
        settle = day + dt.timedelta(days=rng.randint(1, 50))
        final = "已化解" if outcome < 0.9 else ("未化解" if outcome < 0.95 else "已移交")
        if final == "已化解" and settle > dt.date(2024, 12, 31):
            final = "化解中"
        disputes.append(
            {
                "no": f"MT3304210{day:%Y%m%d}{n:04d}",
                "day": day,
                "village": rng.choice(VILLAGES),
                "type": fake.pick(rng, _DISPUTE_TYPES),
                "final": final,
                "settled": settle if final == "已化解" else None,
                "party": fake.masked(fake.name(rng)),
                "stamp": _stamp(day, rng),
            }
        )
    header = ["序号", "事件编号", "登记时间", "所属村社", "纠纷类型", "当事人", "化解状态", "化解时间", "承办人"]
    spans = ((3, "csv-utf8-bom", "csv"), (6, "xlsx", "xlsx"), (9, "html-xls", "xls"), (12, "xlsx", "xlsx"))
    for last_month, fmt, ext in spans:
        cut = dt.date(YEAR, last_month, 28) + dt.timedelta(days=4)
        cut = dt.date(cut.year, cut.month, 1) - dt.timedelta(days=1)  # the month's last day
        sheet = Sheet("矛盾纠纷列表")
        _export_lines(sheet, len(header), "菱桥街道综治中心")
        sheet.add(f"统计时间：{YEAR}-01-01 至 {cut:%Y-%m-%d}", *[None] * (len(header) - 1))
        sheet.header([header])
        rows = [d for d in disputes if d["day"] <= cut]
        for k, d in enumerate(rows, start=1):
            done = d["settled"] is not None and d["settled"] <= cut
            if done:
                status = "已化解"
            elif d["final"] in ("未化解", "已移交") and d["day"] + dt.timedelta(days=30) <= cut:
                status = d["final"]
            else:
                status = "化解中"
            sheet.add(
                k,
                d["no"],
                d["stamp"],
                d["village"],
                d["type"],
                d["party"],
                status,
                f"{d['settled']:%Y-%m-%d}" if done else "",
                fake.name(rng),
            )
        name = f"矛调/{TOWN}矛盾纠纷导出（{YEAR}年1-{last_month}月）.{ext}"
        built.books.append(Book(name, [sheet], fmt))
        built.quirk(
            "cumulative_year_to_date_files",
            name,
            sheet.name,
            ("disputes.screened", "disputes.resolved", "disputes.resolution_rate"),
            f"1-{last_month}月累计导出：每个文件含1月以来全部纠纷及导出时的状态，只有1-12月那份是全年，不能相加",
        )
    built.ledgers["disputes"] = [
        {"screened_on": d["day"], "status": "已化解" if d["final"] == "已化解" else d["final"]} for d in disputes
    ]
    return disputes


def grid_events_with_flow_rows(built: Built, rng: random.Random, disputes: list[dict]) -> None:
    """The 基层治理四平台 event export: every event the 网格员 reported, of every type, one row per step of its flow
    (上报, 受理, 流转, 办结). Its 矛盾纠纷 events are the disputes the 矛调 exports list (流转至综治中心), so it counts
    in no figure."""
    name = f"四平台/{TOWN}基层治理四平台事件流转明细.xlsx"
    sheet = Sheet("事件流转明细")
    header = ["事件编号", "事件标题", "事件大类", "所属网格", "环节", "处理部门", "处理时间", "处理意见"]
    _export_lines(sheet, len(header), "菱桥街道四平台")
    sheet.header([header])
    others = {"环境卫生": 5, "安全隐患": 3, "市容秩序": 4, "消防安全": 2, "民生服务": 2}
    events = [("矛盾纠纷", d["day"], d["village"]) for d in disputes[::3]]
    events += [(fake.pick(rng, others), day, rng.choice(VILLAGES)) for day in fake.dates_in(rng, YEAR, 90)]
    events.sort(key=lambda e: e[1])
    for n, (kind, day, village) in enumerate(events, start=1):
        no = f"SPT{day:%Y%m%d}{n:05d}"
        title = f"{village}{rng.choice(['网格员巡查发现', '群众反映'])}{kind}问题"
        steps = [("上报", f"{village}网格", "网格员上报"), ("受理", "街道综合信息指挥室", "已受理")]
        if kind == "矛盾纠纷":
            steps.append(("流转", "街道综治中心", "流转至矛调中心处置"))
        steps.append(("办结", "街道综治中心" if kind == "矛盾纠纷" else "街道城建办", "已办结"))
        for step, (what, who, note) in enumerate(steps):
            sheet.add(
                no,
                title,
                kind,
                f"{village}第{rng.randint(1, 4)}网格",
                what,
                who,
                _stamp(day + dt.timedelta(days=step), rng),
                note,
            )
    built.books.append(Book(name, [sheet]))
    built.quirk(
        "event_flow_rows_not_a_register",
        name,
        sheet.name,
        ("disputes.screened", "disputes.resolved"),
        "四平台事件一事多行（上报/受理/流转/办结），各类事件混在一起；其中矛盾纠纷已在矛调导出中，不另计",
    )


# --- petitions: the 浙江信访 一件事 export (HTML as .xls) ------------------------------------------------------

_BUREAU_LEVEL = {"国家信访局": "中联办", "省信访局": "省联办", "市信访局": "市联办", "县信访局": "县联办"}


def petition_export_source_and_state(built: Built, rng: random.Random) -> None:
    """信访件 of 2023-12 and 2024: 来源 上级交办 (交办单位 省/市/县信访局) or 本级受理; 办理状态 (已办结 / 办理中) beside
    化解情况 (已化解 / 正在化解 / 未化解): an item 办结 is not always 化解."""
    name = f"{TOWN}信访件导出.xls"
    sheet = Sheet("信访件列表")
    header = [
        "信访件编号",
        "登记日期",
        "信访人",
        "信访形式",
        "来源",
        "交办单位",
        "问题类别",
        "办理状态",
        "化解情况",
        "办结日期",
    ]
    sheet.title(f"{TOWN}信访件列表（一件事）", len(header))
    _export_lines(sheet, len(header), "菱桥街道信访办")
    sheet.header([header])
    records = []
    days = fake.dates_in(rng, YEAR, 26, first=dt.date(2023, 12, 4), last=dt.date(2024, 12, 20))
    for day in days:
        assigned = rng.random() < 0.35
        bureau = fake.pick(rng, {"省信访局": 1, "市信访局": 2, "县信访局": 4}) if assigned else ""
        state = fake.pick(rng, {"已化解": 7, "正在化解": 2, "未化解": 1})
        handling = "已办结" if state != "正在化解" else "办理中"
        closed = day + dt.timedelta(days=rng.randint(10, 55)) if handling == "已办结" else None
        no = f"XF{day:%Y%m%d}{rng.randint(100000, 999999)}"
        sheet.add(
            no,
            f"{day:%Y-%m-%d}",
            fake.masked(fake.name(rng)),
            fake.pick(rng, {"网上信访": 5, "来访": 3, "来信": 1, "电话": 1}),
            "上级交办" if assigned else "本级受理",
            bureau,
            rng.choice(["城乡建设", "劳动社保", "农村农业", "国土资源", "卫生健康"]),
            handling,
            state,
            f"{closed:%Y-%m-%d}" if closed else "",
        )
        records.append(
            {
                "petition_no": no,
                "assigned_on": day,
                "source": _BUREAU_LEVEL[bureau] if assigned else "本级受理",
                "status": state,
            }
        )
    built.books.append(Book(name, [sheet], "html-xls"))
    built.ledgers["petitions"] = records
    built.quirk("html_as_xls", name, sheet.name, ("petitions.assigned",))
    built.quirk(
        "source_column_with_assigning_bureau",
        name,
        sheet.name,
        ("petitions.assigned", "petitions.resolved", "petitions.in_progress"),
        "来源 上级交办/本级受理，交办单位 省/市/县信访局；办理状态（已办结）与化解情况（已化解）两列并存",
    )


# --- counsel: the 一村一法律顾问 wide log (Excel 97) -----------------------------------------------------------

_COUNSEL = {  # the log's service row → the truth's service (None: counted by no figure)
    "法律咨询": "法律咨询",
    "合同审查": "文书审核",
    "出具法律意见书": "法律意见书",
    "参与调解": None,
    "法治讲座": None,
    "法律援助": "法律援助",
}
_COUNSEL_RATE = {
    "法律咨询": 2.5,
    "合同审查": 0.8,
    "出具法律意见书": 0.3,
    "参与调解": 0.6,
    "法治讲座": 0.3,
    "法律援助": 0.08,
}


def counsel_wide_log_months_as_columns(built: Built, rng: random.Random) -> None:
    """服务次数 per village, per service type, per month: months as columns, a 合计 column and a 合计 row; a blank
    cell is no service that month."""
    name = f"{TOWN}一村一法律顾问服务情况统计（{YEAR}年）.xls"
    sheet = Sheet("服务台账")
    header = ["村（社区）", "服务类型", *[f"{m}月" for m in range(1, 13)], "合计"]
    sheet.title(f"{TOWN}{YEAR}年“一村一法律顾问”服务次数统计表", len(header))
    sheet.add("单位：次", *[None] * (len(header) - 1))
    sheet.header([header])
    records = []
    column_totals = [0] * 13
    for village in VILLAGES:
        first = sheet.next_row
        for service, truth in _COUNSEL.items():
            counts = []
            for month in range(1, 13):
                k = sum(1 for _ in range(4) if rng.random() < _COUNSEL_RATE[service] / 4)
                k += rng.randint(0, 2) if service == "法律咨询" and rng.random() < 0.5 else 0
                counts.append(k)
                if k and truth:
                    records.append({"served_on": dt.date(YEAR, month, 15), "service": truth, "quantity": k})
            for i, k in enumerate(counts):
                column_totals[i] += k
            column_totals[12] += sum(counts)
            sheet.add(village, service, *[k or None for k in counts], sum(counts))
        sheet.merges.append((first, 1, sheet.next_row - 1, 1))
    sheet.add("合计", None, *column_totals)
    built.books.append(Book(name, [sheet], "biff"))
    built.ledgers["counsel"] = records
    built.quirk(
        "wide_log", name, sheet.name, ("counsel.consultations", "counsel.document_reviews"), "月份为列，村×服务类型为行"
    )
    built.quirk(
        "months_as_columns_service_rows",
        name,
        sheet.name,
        ("counsel.opinions", "counsel.legal_aid"),
        "村名合并单元格跨六行；空格为0；合计列与合计行",
    )


# --- disclosure: the county site's catalogue, and the 依申请公开 register --------------------------------------


def county_catalogue_many_publishers(built: Built, rng: random.Random) -> None:
    """The county portal's 信息公开目录 export: every 发布机构's items, the 街道 one among fifteen; 索引号 codes as text."""
    name = f"{COUNTY}政府信息公开目录导出.csv"
    sheet = Sheet("信息公开目录")
    header = ["索引号", "信息名称", "发布机构", "生成日期", "主题分类", "体裁分类", "公开方式", "公开范围"]
    sheet.add(f"{COUNTY}人民政府门户网站 政府信息公开目录", *[None] * (len(header) - 1))
    sheet.add(f"导出时间：{EXPORTED}", *[None] * (len(header) - 1))
    sheet.header([header])
    publishers = {
        "县发展和改革局": 3,
        "县教育局": 3,
        "县民政局": 2,
        "县财政局": 2,
        "县自然资源和规划局": 2,
        "县住房和城乡建设局": 2,
        "县市场监督管理局": 2,
        "澜浦县人民政府城东街道办事处": 2,
        "澜浦县人民政府城西街道办事处": 2,
        "澜浦县湖塘镇人民政府": 1,
        OFFICE: 2,
    }
    codes = {p: f"0013304{i:02d}" for i, p in enumerate(publishers)}
    records = []
    topics = ["综合政务", "城乡建设", "民政", "财政", "公共安全", "农业农村"]
    for day in fake.dates_in(rng, YEAR, 420, first=dt.date(2023, 12, 1)):
        who = fake.pick(rng, publishers)
        serial = rng.randint(1, 99999)
        title = rng.choice(["工作动态", "通知公告", "政策解读", "财政预算公开", "人事信息", "项目公示"])
        sheet.add(
            f"{codes[who]}/{day.year}-{serial:05d}",
            f"{who.replace(f'{COUNTY}人民政府', '')}{title}（{day:%m%d}）",
            who,
            f"{day:%Y-%m-%d}",
            rng.choice(topics),
            rng.choice(["通知", "公告", "其他"]),
            "主动公开",
            "面向社会",
        )
        if who == OFFICE:
            records.append({"published_on": day, "type": "主动公开"})
    built.books.append(Book(name, [sheet], "csv-gbk"))
    built.ledgers["disclosure"] = records
    built.quirk("csv_gbk", name, sheet.name, "disclosure.proactive")
    built.quirk(
        "one_publisher_among_many",
        name,
        sheet.name,
        "disclosure.proactive",
        "全县信息公开目录导出，街道只是发布机构之一：只计本街道办事处发布的条目；2023年12月的条目不计",
    )


def on_request_register_in_word(built: Built, rng: random.Random) -> None:
    """The 街道's 依申请公开 register kept in Word: three applications of the year, one of December 2023."""
    name = f"{TOWN}{YEAR}年政府信息公开申请办理登记表.docx"
    sheet = Sheet(f"{TOWN}政府信息公开申请办理登记表")
    sheet.header([["序号", "申请日期", "申请人", "申请内容", "答复日期", "答复结果"]])
    days = [dt.date(2023, 12, 18), *fake.dates_in(rng, YEAR, 3)]
    for n, day in enumerate(days, start=1):
        sheet.add(
            n,
            f"{day.year}年{day.month}月{day.day}日",
            fake.masked(fake.name(rng)),
            rng.choice(["征迁补偿安置方案", "某地块用地审批材料", "老旧小区改造项目资金"]),
            f"{(day + dt.timedelta(days=15)):%Y-%m-%d}",
            rng.choice(["予以公开", "部分公开", "信息不存在"]),
        )
        built.ledgers["disclosure"].append({"published_on": day, "type": "依申请公开"})
    sheet.doc_after = ["填表人：            审核人："]
    built.books.append(Book(name, [sheet], "docx"))
    built.quirk("word_table", name, sheet.name, "disclosure.on_request")


# --- training: the exam platform export, and the 普法 activity register -----------------------------------------


def exam_export_one_row_per_person(built: Built, rng: random.Random) -> None:
    """Two exams of the year, one row per person per exam, 参考状态 已参考 / 缺考 (score blank when absent)."""
    name = f"{TOWN}学法考试成绩导出.csv"
    sheet = Sheet("考试成绩")
    header = ["序号", "姓名", "身份证号", "单位", "职务", "考试名称", "考试时间", "参考状态", "成绩"]
    _export_lines(sheet, len(header), "菱桥街道党政办")
    sheet.header([header])
    people = [(fake.name(rng), fake.id_number(rng)) for _ in range(38)]
    posts = ["街道党工委书记", "街道办事处主任", "副主任", "党工委委员", "科室负责人", "社区书记", "村书记"]
    n = 0
    for exam, day in (
        ("2024年度领导干部学法用法考试（上半年）", dt.date(2024, 6, 18)),
        ("2024年度领导干部学法用法考试（下半年）", dt.date(2024, 11, 20)),
    ):
        taken = 0
        for person, ident in people:
            n += 1
            present = rng.random() < 0.93
            taken += present
            sheet.add(
                n,
                person,
                ident,
                OFFICE if rng.random() < 0.6 else rng.choice(VILLAGES),
                rng.choice(posts),
                exam,
                f"{day:%Y-%m-%d} 09:00",
                "已参考" if present else "缺考",
                rng.randint(70, 100) if present else "",
            )
        built.ledgers.setdefault("training", []).append(
            {"held_on": day, "audience": "领导干部", "exam_required": len(people), "exam_taken": taken}
        )
    built.books.append(Book(name, [sheet], "csv-utf8-bom"))
    built.quirk("csv_utf8_bom", name, sheet.name, "training.exam_coverage")
    built.quirk(
        "exam_rows_per_person",
        name,
        sheet.name,
        "training.exam_coverage",
        "一人一场一行，参考状态 已参考/缺考：参考率 = 已参考行 ÷ 全部行",
    )


def activity_register_plain(built: Built, rng: random.Random) -> None:
    """The 街道's own 普法 activity register: two 法律明白人 trainings among other activities."""
    name = f"{TOWN}{YEAR}年普法活动台账.xlsx"
    sheet = Sheet("普法活动")
    sheet.title(f"{TOWN}{YEAR}年学法用法及普法活动台账", 6)
    sheet.header([["序号", "日期", "活动名称", "对象", "形式", "参加人数"]])
    rows = [
        (dt.date(2023, 12, 12), "宪法宣传周进社区", "居民群众", "线下"),
        (dt.date(2024, 3, 15), "法律明白人骨干培训班", "法律明白人", "线下"),
        (dt.date(2024, 4, 23), "街道党工委理论学习中心组学法", "领导干部", "中心组学习"),
        (dt.date(2024, 6, 26), "禁毒宣传进村", "居民群众", "线下"),
        (dt.date(2024, 9, 10), "法律明白人网络专题培训", "法律明白人", "线上"),
        (dt.date(2024, 12, 4), "宪法宣传日活动", "居民群众", "线下"),
    ]
    for n, (day, what, who, form) in enumerate(rows, start=1):
        sheet.add(n, dt.datetime(day.year, day.month, day.day), what, who, form, rng.randint(20, 120))
        built.ledgers.setdefault("training", []).append({"held_on": day, "audience": who})
    built.books.append(Book(name, [sheet]))


def build() -> Built:
    rng = random.Random(6202)
    built = Built()
    case_export_one_row_per_party(built, rng)
    disputes = cumulative_month_exports(built, rng)
    grid_events_with_flow_rows(built, rng, disputes)
    petition_export_source_and_state(built, rng)
    counsel_wide_log_months_as_columns(built, rng)
    county_catalogue_many_publishers(built, rng)
    on_request_register_in_word(built, rng)
    exam_export_one_row_per_person(built, rng)
    activity_register_plain(built, rng)
    for kind in ("normative_documents", "mediation", "security", "fraud_watch", "litigation"):
        built.ledgers[kind] = Null("街道未交这一类台账")
    built.quirk(
        "absent_ledger",
        "（无）",
        "",
        ("normative_documents.*", "mediation.*", "security.*", "fraud_watch.*", "litigation.*"),
    )
    return built
