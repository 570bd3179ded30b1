"""柳荫街道 (虚构; 青檀区, a fictitious 城区 of 北京), 2024: a 街道办事处 of a city district, with 社区居委会 (no 村),
no licences of its own, an office whose year is driven by 接诉即办 (the 12345 市民服务热线's 工单, scored every month by
响应率 / 解决率 / 满意率) kept beside its 信访 register; a 街道综合行政执法队 exercising the 城管 powers devolved to
街道 in 2020, with 吹哨报到 joint cases; 社区人民调解 (物业纠纷, 邻里纠纷, 房屋租赁); a 街道法律顾问 (a law firm) and
一社区一法律顾问; 政务公开 on the 区 portal. Built blind (issue 12, the 74th town): from shared/spec, the harness and
public pages only.

Sources (public pages, read through the search tool):
- 新京报 2021-09-24 (bjnews.com.cn/detail/163247571714525.html) on 《北京市接诉即办工作条例》: 接诉即办 is the quick
  response to 咨询、求助、投诉、举报、建议 诉求 made through 12345 and its network platform; the 街道 is the 中心站; the
  three rates 响应率, 解决率, 满意率 (news.wlchinahnzz.com/x1700054.html) — the 工单 register and its 月度考核 sheet.
- Hotline acceptance rules (plnmw.com, crsrw.com, ugaw.cn): matters already in the 信访 channel, or to be settled by
  litigation, arbitration, 行政复议, 政府信息公开, are not taken by 12345 — a 工单 is not a 信访事项 (the decision below).
- 东城区 接诉即办 分析报告 (物业管理类、市容环卫、交通管理、违法建设、市场管理 … the categories of the 工单); 西宁
  城中区 2024-06 通报 (xncz.gov.cn: 响应 670 / 解决 663 / 满意 614 基本满意 34 不满意 22; 占道经营、噪音扰民);
  南京 莫愁湖街道 (rd.njjy.gov.cn 2022: 物业管理、油烟、流动小摊贩、群租房; 满意 / 基本满意 / 不满意).
- beijing.gov.cn 政策问答 "吹哨报到" (www.beijing.gov.cn/zhengce/zcjd/zcwd/csbd): 街乡吹哨、部门报到 for 综合执法
  (拆除违建 where the 街道 lacks the power), 老百姓反映突出 problems, 应急处置 — the 吹哨报到 register.
- 天桥街道综合行政执法队 (pfnrcvx.cn/shehui/42862.html): 431 powers devolved to 街道 and 乡镇 from 2020-07-01, the
  team's first 罚单 under 《北京市控制吸煙条例》; 马驹桥 (bj.people.com.cn 2021-05-12): 店外经营、流动商贩占道经营
  立案处罚 — the 执法 register's causes.
- 朝外街道 2025 政府信息公开年报 (bjchy.gov.cn): 区政府门户网站集约化平台, 行政处罚信息51条, 对外宣传类信息(基层
  动态), 7 requests from 自然人; 东华门街道 (bjdch.gov.cn): "这里是东华" 微信公众号, 4 requests — the 政务公开 register.
- 鼓楼街道 / 果园街道 2025 法治政府建设报告 (bjmy.gov.cn): 排查化解矛盾纠纷391件 化解率96%, 重大法制审核, 专题学法;
  东湖街道 2024 (bjchy.gov.cn) — the sizes of a street's year.
- 北京市物业管理纠纷人民调解 (114.55.29.61 NewsID=2680; hbtiannuo.cn): 街乡调委会 and 社区 物业纠纷调解员, 噪音扰民
  纠纷 in 宣武 — the 物业纠纷人民调解工作室 of the register; 昌平 村居法律顾问 (m.shzx.org): a lawyer for several
  社区, monthly visits — the 社区法律顾问 register.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the street, the district, the 社区, the law firms, the property companies, the people, the
工单 and case numbers.

Files (10, eight formats): the 接诉即办 工单台账 (xlsx, a 月度考核 sheet of formulas in front), the 信访 register (WPS
.et), the 综合执法 platform export (HTML .xls), the 吹哨报到 register (Word), the 矛盾纠纷排查 register (xlsx, a sheet
a quarter), the 人民调解 register (.ods), the 街道法律顾问's register (Word) and the 社区法律顾问's (GBK CSV), the 政务
公开 register (Excel 2003 XML, a sheet per type) and a 法治建设 workbook (行政应诉, 学法用法).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null

TOWN = "柳荫街道"
YEAR = 2024
DISTRICT = "青檀区"
SEED = 74_2024
COMMUNITIES = ("柳荫东里社区", "柳荫西里社区", "槐树街社区", "北新仓社区", "芳园社区", "银河湾社区")
PROPERTY_FIRMS = ("（虚构）青檀安居物业管理有限公司", "（虚构）京华悦邻物业服务有限公司", "（虚构）银河湾物业管理中心")


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _caller(rng: random.Random) -> str:
    """How the 12345 platform shows a caller: surname and 先生 / 女士."""
    return fake.name(rng)[0] + rng.choice(("先生", "女士"))


# --- 接诉即办 (12345) -------------------------------------------------------------------------------

HOTLINE_CLASSES = {
    "物业管理": (("物业不作为，楼道堆物无人清理", "电梯频繁故障物业不维修", "小区停车收费不合理"), 30),
    "噪音扰民": (("楼上住户夜间噪音", "商户外放音响扰民", "夜间施工噪音"), 18),
    "占道经营": (("早市摊贩占用人行道", "店外经营占道", "流动商贩售卖"), 14),
    "违法建设": (("楼顶私搭乱建", "一层住户扩建院墙", "绿地内搭建棚房"), 9),
    "市容环卫": (("垃圾桶满溢未清运", "背街小巷卫生差"), 12),
    "供暖": (("室温不达标", "暖气不热"), 8),
    "房屋租赁": (("群租房扰民", "中介不退押金"), 5),
    "政策咨询": (("老年卡办理咨询", "居住证办理咨询"), 4),
}
SOURCES_12345 = {"投诉": 6, "求助": 3, "咨询": 1, "建议": 0.5, "举报": 1}


def hotline_tickets_beside_petitions(built: Built, rng: random.Random) -> None:
    """The 接诉即办 工单台账 as the street keeps it in Excel: a 月度考核 sheet in front (受理量, 响应率, 解决率, 满意率 as
    formulas over the detail), then every 工单 of the year (工单编号, 派单时间, 诉求类型 投诉 / 求助 / 咨询 …, 问题分类
    物业管理 / 噪音扰民 / 占道经营 / 违法建设, 社区, 诉求人 王女士, 承办科室, 响应 / 解决 / 满意 情况, 是否吹哨). The 工单 are
    诉求 of 接诉即办, not 信访事项 and not 矛盾纠纷排查 records: they feed no figure of indicators.md."""
    name = f"{TOWN}{YEAR}年接诉即办工单台账.xlsx"
    detail = Sheet("工单明细")
    detail.title(f"{DISTRICT}{TOWN}接诉即办工单台账（{YEAR}年1月—12月）", 16)
    detail.header([["序号", "工单编号", "派单时间", "诉求类型", "问题分类", "所属社区", "诉求人", "联系电话",
                    "诉求内容", "承办科室", "响应情况", "是否解决", "满意情况", "办结时间", "是否吹哨", "备注"]])  # fmt: skip
    first = detail.next_row
    weights = {k: w for k, (_, w) in HOTLINE_CLASSES.items()}
    months: dict[int, list[tuple[bool, str]]] = {m: [] for m in range(1, 13)}
    days = sorted(fake.dates_in(rng, YEAR, 640, dt.date(YEAR, 1, 1), dt.date(YEAR, 12, 31)))
    office = {"物业管理": "物业管理办公室", "噪音扰民": "平安建设办公室", "占道经营": "综合行政执法队",
              "违法建设": "综合行政执法队", "市容环卫": "城市管理办公室", "供暖": "城市管理办公室",
              "房屋租赁": "平安建设办公室", "政策咨询": "民生保障办公室"}  # fmt: skip
    for n, day in enumerate(days, start=1):
        cls = fake.pick(rng, weights)
        text = rng.choice(HOTLINE_CLASSES[cls][0])
        community = rng.choice(COMMUNITIES)
        solved = rng.random() < 0.93
        grade = (
            fake.pick(rng, {"满意": 88, "基本满意": 6, "不满意": 4, "未评价": 2})
            if solved
            else fake.pick(rng, {"不满意": 5, "基本满意": 2, "未评价": 1})
        )
        whistle = cls in ("违法建设", "占道经营") and rng.random() < 0.25
        done = day + dt.timedelta(days=rng.randint(0, 6))
        phone = fake.mobile(rng)
        detail.add(n, f"{day:%y%m%d}{rng.randint(0, 9999):04d}{n:05d}", f"{day:%Y-%m-%d} {rng.randint(7, 22):02d}:"
                   f"{rng.randint(0, 59):02d}", fake.pick(rng, SOURCES_12345), cls, community, _caller(rng),
                   f"{phone[:3]}****{phone[-4:]}", f"{community}{text}", office[cls], "已响应",
                   "已解决" if solved else "未解决", grade, f"{min(done, dt.date(YEAR, 12, 31)):%Y-%m-%d}",
                   "是" if whistle else "否", "")  # fmt: skip
        months[day.month].append((solved, grade))
    last = detail.next_row - 1
    score = Sheet("月度考核")
    score.title(f"{TOWN}{YEAR}年接诉即办月度考核情况", 6)
    score.header([["月份", "受理量（件）", "响应率", "解决率", "满意率", "综合得分"]])
    for m, rows in months.items():
        got = len(rows)
        solved = sum(1 for s, _ in rows if s)
        pleased = sum(1 for _, g in rows if g in ("满意", "基本满意"))
        r = score.next_row
        score.add(
            f"{m}月",
            Formula(f'COUNTIFS(工单明细!C{first}:C{last},"{YEAR}-{m:02d}*")', got),
            1.0,
            Formula(f"ROUND({solved}/B{r},4)", round(solved / got, 4)),
            Formula(f"ROUND({pleased}/B{r},4)", round(pleased / got, 4)),
            round(100 * (0.1 + 0.45 * solved / got + 0.45 * pleased / got), 2),
        )
    built.books.append(Book(name, [score, detail]))
    built.quirk("hotline_tickets_not_petitions", name, detail.name,
                ("petitions.assigned", "disputes.screened"),
                "12345 工单（派单、诉求类型、问题分类 物业 / 噪音扰民 / 占道经营 / 违法建设、是否解决、满意情况）是接诉即办的"
                "诉求，不是上级交办的信访事项，也不是矛盾纠纷排查：不计入任何数")  # fmt: skip
    built.quirk("hotline_rates_sheet", name, score.name, ("disputes.resolution_rate",),
                "月度考核表的 响应率 / 解决率 / 满意率 是接诉即办考核的比率，不是矛盾纠纷化解率")  # fmt: skip


# --- 信访 (WPS .et) ---------------------------------------------------------------------------------


def petitions_beijing_levels(built: Built, rng: random.Random) -> None:
    """The 信访 register the 街道's 信访办 keeps in WPS: 来源 国家信访局交办 (中联办's level), 北京市信访办交办 (the 市
    of a 直辖市 is the province's level), 青檀区信访办交办 / 区信访联席办交办 (the county level), and 街道接待 (来访, received
    here); 信访形式 来访 / 来信 / 网上信访; 办理状态 已化解 / 正在化解 / 化解中."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.et"
    sheet = Sheet(f"{YEAR}年信访登记")
    sheet.title(f"{DISTRICT}{TOWN}办事处信访事项登记台账（{YEAR}年）", 11)
    sheet.header([["序号", "信访编号", "登记日期", "信访形式", "来源", "信访人", "反映问题", "是否重复信访",
                   "责任科室", "办理状态", "办结日期"]])  # fmt: skip
    items = [
        ("国家信访局交办", "中联办", "网上信访", "已化解", "否", "老旧小区加装电梯补贴"),
        ("北京市信访办交办", "省联办", "来信", "已化解", "否", "物业费上涨"),
        ("北京市信访办交办", "省联办", "网上信访", "正在化解", "是", "回迁房产权证办理"),
        (f"{DISTRICT}信访办交办", "县联办", "来访", "已化解", "否", "违建拆除补偿"),
        (f"{DISTRICT}信访办交办", "县联办", "网上信访", "已化解", "否", "群租房治理"),
        (f"{DISTRICT}信访办交办", "县联办", "来信", "化解中", "是", "平房区煤改电"),
        ("区信访联席办交办", "县联办", "来访", "已化解", "否", "拆迁安置"),
        ("区信访联席办交办", "县联办", "来访", "已化解", "否", "低保资格认定"),
        ("街道接待", "本级受理", "来访", "已化解", "否", "邻里漏水"),
        ("街道接待", "本级受理", "来访", "化解中", "否", "停车位分配"),
        ("街道接待", "本级受理", "来信", "已化解", "否", "社区活动室占用"),
    ]
    order = list(range(len(items)))
    rng.shuffle(order)
    records = []
    for n, (i, day) in enumerate(zip(order, _days(rng, len(items))), start=1):
        said, source, form, status, repeat, issue = items[i]
        no = f"LYXF{YEAR}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 60)) if status == "已化解" else None
        sheet.add(n, no, fake.date_cell(day, "date"), form, said, fake.masked(fake.name(rng)), issue, repeat,
                  rng.choice(["平安建设办公室", "城市管理办公室", "民生保障办公室"]), status,
                  fake.date_cell(done, "date") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source,
                        "status": "正在化解" if status in ("正在化解", "化解中") else status, "assigned_on": day})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["petitions"] = records
    built.quirk("capital_levels", name, sheet.name, "petitions.assigned",
                "国家信访局 = 中联办层级；北京市信访办（直辖市）= 省级；青檀区信访办 / 区信访联席办 = 县级；街道接待 是本级受理")  # fmt: skip


# --- 综合执法 (HTML .xls) -------------------------------------------------------------------------------

PENALTIES = {
    "店外经营": 40, "无照经营（流动商贩）": 24, "未按规定分类投放生活垃圾": 30, "餐饮服务单位未履行垃圾分类责任": 14,
    "在禁止吸烟场所吸烟": 10, "未经批准设置户外广告": 8, "施工工地扬尘污染": 9, "违法建设": 11,
}  # fmt: skip
INSPECTIONS = {"门前三包检查": 30, "生活垃圾分类检查": 34, "燃气安全检查": 18, "控烟检查": 12}
COERCION = {"强制拆除违法建设": 5, "暂扣流动摊贩经营工具": 3}


def enforcement_platform_export(built: Built, rng: random.Random) -> list[str]:
    """The 综合行政执法队's cases as the 执法 platform exports them (HTML table saved .xls): 案件编号 京青檀柳荫罚字
    〔2024〕第N号 / 检字 / 强字, 执法类型 行政处罚 / 行政检查 / 行政强制, 立案日期 and 决定日期 (the year is the decision's: a
    case filed in December 2023 and decided in January counts, one filed in December 2024 and not yet decided does not),
    罚款金额（元）, 是否吹哨报到 and 报到部门 (区住建委、区规自分局 … the departments that came). Returns the case numbers
    of the 吹哨报到 cases (the 吹哨 register cites them)."""
    name = f"{DISTRICT}{TOWN}办事处行政执法案件导出（{YEAR}年）.xls"
    sheet = Sheet("案件列表")
    sheet.title(f"{DISTRICT}{TOWN}办事处 行政执法案件信息（{YEAR}-01-01 至 {YEAR}-12-31）", 13)
    sheet.header([["序号", "案件编号", "案由", "执法类型", "执法主体", "当事人", "违法地点", "立案日期", "决定日期",
                   "处罚种类", "罚款金额（元）", "是否吹哨报到", "报到部门"]])  # fmt: skip
    plan = ([("行政处罚", c) for c, k in PENALTIES.items() for _ in range(k)]
            + [("行政检查", c) for c, k in INSPECTIONS.items() for _ in range(k)]
            + [("行政强制", c) for c, k in COERCION.items() for _ in range(k)])  # fmt: skip
    rng.shuffle(plan)
    codes = {"行政处罚": "罚", "行政检查": "检", "行政强制": "强"}
    serial = {c: 0 for c in codes}
    records = []
    whistled = []
    shops = (
        "（虚构）老孙家餐馆",
        "（虚构）悦来便利店",
        "（虚构）京味小吃店",
        "（虚构）鑫隆建材商店",
        "（虚构）福满楼饭庄",
    )
    # Filed in late December 2023, decided in January 2024: a case of the year.
    plan_days = _days(rng, len(plan))
    rows = []
    for (cat, cause), day in zip(plan, plan_days):
        rows.append((cat, cause, day - dt.timedelta(days=rng.randint(0, 25)) if cat == "行政处罚" else day, day))
    rows += [("行政处罚", "店外经营", dt.date(YEAR - 1, 12, 26), dt.date(YEAR - 1, 12, 28)),
             ("行政处罚", "违法建设", dt.date(YEAR - 1, 12, 20), dt.date(YEAR - 1, 12, 29)),
             ("行政处罚", "未按规定分类投放生活垃圾", dt.date(YEAR, 12, 23), None),
             ("行政处罚", "店外经营", dt.date(YEAR, 12, 27), None)]  # fmt: skip
    rows.sort(key=lambda r: r[2])
    for n, (cat, cause, filed, decided) in enumerate(rows, start=1):
        year = (decided or filed).year
        if year == YEAR:
            serial[cat] += 1
            k = serial[cat]
        else:
            k = 300 + n
        no = f"京青檀柳荫{codes[cat]}字〔{year}〕第{k}号"
        party = rng.choice(shops) if rng.random() < 0.6 else fake.name(rng)
        kind, fine = "", ""
        if cat == "行政处罚":
            kind = fake.pick(rng, {"罚款": 7, "警告": 2, "警告、罚款": 1})
            fine = "" if kind == "警告" else rng.choice([50, 100, 200, 500, 1000, 2000])
        whistle = cause in ("违法建设", "强制拆除违法建设") or (cat == "行政处罚" and rng.random() < 0.05)
        came = (
            "、".join(rng.sample(["区住建委", "区规自分局", "区城管执法局", "区市场监管局", "派出所"], 2))
            if whistle
            else ""
        )
        sheet.add(n, no, cause, cat, f"{DISTRICT}{TOWN}办事处", party, rng.choice(COMMUNITIES),
                  f"{filed:%Y-%m-%d}", f"{decided:%Y-%m-%d}" if decided else "", kind, fine,
                  "是" if whistle else "否", came)  # fmt: skip
        records.append({"case_no": no, "category": cat, "decided_on": decided})
        if whistle and decided and decided.year == YEAR:
            whistled.append(no)
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["enforcement"] = records
    built.quirk("html_as_xls", name, sheet.name, "enforcement.cases", "执法平台导出的 HTML 表格冒充 .xls")
    built.quirk("filed_and_decided_dates", name, sheet.name, ("enforcement.cases", "enforcement.penalty"),
                "立案日期与决定日期两列：按决定日期计年（2023年12月立案、2024年1月决定的计入；2024年12月立案未决定的不计）")  # fmt: skip
    built.quirk("no_licences", name, sheet.name, ("enforcement.licensing", "enforcement.confirmation"),
                "街道没有许可、确认事项：这两类是 0，不是未知")  # fmt: skip
    return whistled


def whistle_register_word(built: Built, rng: random.Random, whistled: list[str]) -> None:
    """The 吹哨报到 register in Word: each 吹哨 (哨源 12345诉求 / 网格巡查 / 社区上报, 吹哨事项, 报到部门, 处置结果), some
    citing the 执法 case it led to. Coordination, not cases: it feeds no figure (the cases are the export's)."""
    name = f"{TOWN}{YEAR}年“街乡吹哨、部门报到”工作台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年吹哨报到工作台账")
    sheet.doc_before = [f"{DISTRICT}{TOWN}办事处（城市管理办公室）"]
    sheet.header([["序号", "吹哨日期", "哨源", "吹哨事项", "报到部门", "处置结果", "关联执法案件"]])
    topics = ["楼顶违法建设拆除", "绿地内棚房拆除", "早市占道经营整治", "群租房联合检查", "地下空间违规住人",
              "老旧小区燃气管线隐患"]  # fmt: skip
    cited = iter(whistled)
    for n, day in enumerate(_days(rng, 14), start=1):
        topic = rng.choice(topics)
        case = next(cited, "") if "拆除" in topic else ""
        sheet.add(n, fake.date_cell(day, "cn"), fake.pick(rng, {"12345诉求": 3, "网格巡查": 2, "社区上报": 1}), topic,
                  "、".join(rng.sample(["区住建委", "区规自分局", "区城管执法局", "区市场监管局", "区消防救援支队"], 2)),
                  rng.choice(["已拆除", "已整治", "已完成", "持续跟进"]), case)  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.quirk("whistle_register_not_cases", name, sheet.name, "enforcement.cases",
                "吹哨报到台账（哨源、报到部门、处置结果、关联执法案件）是协调记录，不是执法案件：不计入")  # fmt: skip


# --- 矛盾纠纷排查 (xlsx, 一季度一表) ---------------------------------------------------------------------

DISPUTE_TYPES = {"物业纠纷": 30, "邻里纠纷": 22, "房屋租赁纠纷": 10, "婚姻家庭纠纷": 9, "噪音扰民纠纷": 7,
                 "劳动争议": 4, "消费纠纷": 4, "停车纠纷": 4}  # fmt: skip
DISPUTE_STATES = {"已化解": "已化解", "化解中": "化解中", "已转诉调对接": "已上报/移交"}


def disputes_quarter_sheets(built: Built, rng: random.Random) -> list[dict]:
    """The 平安建设办公室's 矛盾纠纷排查化解台账: a sheet a quarter (序号 restarting), a 填报单位 line over the header,
    排查方式 网格员排查 / 12345诉求转办 / 居民来访 (a dispute a 工单 brought to light is screened here, once), 化解方式
    社区调解 / 街道调委会调解 / 物业纠纷调解工作室, 化解状态 已化解 / 化解中 / 已转诉调对接."""
    name = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.xlsx"
    records = []
    sheets = []
    days = _days(rng, 186)
    for q in range(4):
        sheet = Sheet(f"第{'一二三四'[q]}季度")
        sheet.title(f"{TOWN}{YEAR}年第{'一二三四'[q]}季度矛盾纠纷排查化解台账", 11)
        sheet.add(f"填报单位：{TOWN}平安建设办公室", None, None, None, None, None, None, None, "填报人：", None, None)
        sheet.header([["序号", "登记日期", "社区", "纠纷类型", "当事人", "纠纷简要情况", "排查方式", "化解方式",
                       "化解状态", "化解日期", "责任人"]])  # fmt: skip
        quarter = [d for d in days if (d.month - 1) // 3 == q]
        for n, day in enumerate(quarter, start=1):
            kind = fake.pick(rng, DISPUTE_TYPES)
            community = rng.choice(COMMUNITIES)
            said = fake.pick(rng, {"已化解": 90, "化解中": 6, "已转诉调对接": 4})
            other = rng.choice(PROPERTY_FIRMS) if kind == "物业纠纷" else fake.masked(fake.name(rng))
            done = day + dt.timedelta(days=rng.randint(1, 20)) if said == "已化解" else None
            sheet.add(n, fake.date_cell(day, "iso"), community, kind, f"{fake.masked(fake.name(rng))}与{other}",
                      f"{community}{kind.removesuffix('纠纷')}问题", fake.pick(rng, {"网格员排查": 4, "12345诉求转办": 3,
                      "居民来访": 2}), rng.choice(["社区调解", "街道调委会调解", "物业纠纷调解工作室"]) if said == "已化解"
                      else "", said, fake.date_cell(min(done, dt.date(YEAR, 12, 31)), "iso") if done else "",
                      fake.name(rng))  # fmt: skip
            records.append({"screened_on": day, "status": DISPUTE_STATES[said], "kind": kind, "community": community})
        sheets.append(sheet)
    built.books.append(Book(name, sheets))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("restarting_numbers", name, "第二季度", "disputes.screened", "一季度一张表，序号各自从1编起")
    built.quirk("hotline_as_channel", name, "第三季度", "disputes.screened",
                "排查方式 12345诉求转办：12345 发现的纠纷在这里登记一次，工单本身不是排查记录")  # fmt: skip
    built.quirk("value_synonyms", name, "第一季度", "disputes.resolved", "已转诉调对接 = 已上报/移交（不是化解）")
    return records


# --- 人民调解 (.ods) --------------------------------------------------------------------------------------


def mediation_community_committees_ods(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 街道人民调解委员会's register with its 社区调委会 and the 物业纠纷人民调解工作室, saved by WPS as .ods: 案号
    （2024）柳荫调字第N号, 调解组织, 纠纷类型 物业纠纷 / 邻里纠纷 / 房屋租赁纠纷 …, 申请人 / 被申请人 (a property company),
    调解结果 调解成功 / 调解不成功 / 终止调解, 协议形式 口头协议 / 书面协议 / 人民调解协议书. 北京 pays its mediators
    otherwise: the register has no per-case subsidy, so mediation.subsidy_yuan is null (no evidence), not 0."""
    name = f"{TOWN}人民调解案件登记台账{YEAR}.ods"
    sheet = Sheet("调解登记")
    sheet.title(f"{TOWN}人民调解委员会案件登记台账（{YEAR}年）", 11)
    sheet.header([["序号", "案号", "受理日期", "调解组织", "纠纷类型", "申请人", "被申请人", "调解结果", "协议形式",
                   "结案日期", "调解员"]])  # fmt: skip
    resolved = [r for r in screened if r["status"] == "已化解"]
    picked = rng.sample(resolved, 118)
    cases = [("成功", r["screened_on"], r["kind"], r["community"]) for r in picked]
    cases += [(rng.choice(["不成功", "终止"]), d, fake.pick(rng, DISPUTE_TYPES), rng.choice(COMMUNITIES))
              for d in _days(rng, 9)]  # fmt: skip
    cases.sort(key=lambda c: c[1])
    records = []
    for n, (outcome, day, kind, community) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）柳荫调字第{n}号"
        org = ("物业纠纷人民调解工作室" if kind == "物业纠纷" and rng.random() < 0.5 else
               f"{community}人民调解委员会" if rng.random() < 0.6 else f"{TOWN}人民调解委员会")  # fmt: skip
        respondent = rng.choice(PROPERTY_FIRMS) if kind == "物业纠纷" else fake.name(rng)
        if outcome == "成功":
            form = "书面" if rng.random() < 0.3 else "口头"
            said = ("人民调解协议书" if rng.random() < 0.4 else "书面协议") if form == "书面" else "口头协议"
            result = "调解成功"
        else:
            form, said = None, ""
            result = "调解不成功" if outcome == "不成功" else "终止调解"
        done = day + dt.timedelta(days=rng.randint(1, 15))
        sheet.add(n, file_no, day, org, kind, fake.name(rng), respondent, result, said,
                  min(done, dt.date(YEAR, 12, 31)), fake.name(rng))  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": None})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["mediation"] = records
    built.overrides["mediation.subsidy_yuan"] = Null("调解台账没有案件补贴列（北京不按件补贴），补贴金额无从得出")
    built.quirk("ods_spreadsheet", name, sheet.name, "mediation.cases")
    built.quirk("no_subsidy_column", name, sheet.name, "mediation.subsidy_yuan",
                "没有补贴金额列：补贴数为 null，不是 0")  # fmt: skip
    built.quirk("value_synonyms", name, sheet.name, "mediation.written", "人民调解协议书 = 书面；终止调解 不是成功")


# --- 法律顾问 (街道: Word; 社区: GBK CSV) ------------------------------------------------------------------

STREET_COUNSEL = {
    "合同审查": ("文书审核", 5),
    "审核行政处罚决定书": ("文书审核", 3),
    "重大行政决策合法性审查": ("文书审核", 1),
    "出具法律意见书": ("法律意见书", 2.5),
    "法律咨询": ("法律咨询", 2),
    "参与信访接待": (None, 1.5),
    "代理行政诉讼": (None, 0.5),
}
COMMUNITY_COUNSEL = {
    "居民法律咨询": ("法律咨询", 8),
    "参与人民调解": (None, 2),
    "法治讲座": (None, 1.5),
    "审核居民公约": ("文书审核", 0.5),
    "法律援助": ("法律援助", 0.4),
}


def counsel_street_and_community(built: Built, rng: random.Random) -> None:
    """Two counsel registers: the 街道法律顾问's (a law firm's) service log in Word, 服务事项 合同审查 / 审核行政处罚
    决定书 / 重大行政决策合法性审查 / 出具法律意见书 / 参与信访接待 / 代理行政诉讼, 数量（件）; and the 社区法律顾问's
    (一社区一法律顾问) monthly log as a GBK CSV, 社区, 服务内容 居民法律咨询 / 参与人民调解 / 法治讲座, 服务人次 typed 5人次
    or blank. Both are the year's counsel."""
    records = []
    street = f"{TOWN}法律顾问服务台账{YEAR}.docx"
    sheet = Sheet(f"{TOWN}办事处法律顾问工作台账（{YEAR}年）")
    sheet.doc_before = ["（虚构）北京青檀律师事务所"]
    sheet.header([["序号", "服务日期", "服务事项", "具体内容", "数量（件）", "承办律师"]])
    weights = {k: w for k, (_, w) in STREET_COUNSEL.items()}
    for n, day in enumerate(_days(rng, 46), start=1):
        work = fake.pick(rng, weights)
        qty = rng.choice([1, 1, 2, 3]) if work != "代理行政诉讼" else 1
        sheet.add(n, fake.date_cell(day, "cn"), work, rng.choice(["物业服务合同", "政府采购合同", "房屋租赁合同", "执法文书",
                  "社区议事规则"]) if "审" in work else "", qty if rng.random() < 0.8 else "", rng.choice(["刘律师", "陈律师"]))  # fmt: skip
        service = STREET_COUNSEL[work][0]
        typed = sheet.rows[-1][4]
        if service:
            records.append({"served_on": day, "service": service, "quantity": typed or None})
    sheet.doc_after = ["律师事务所（盖章）：　　　　　　街道审核人："]
    built.books.append(Book(street, [sheet], fmt="docx"))

    community = f"{TOWN}社区法律顾问服务记录{YEAR}.csv"
    log = Sheet("社区法律顾问")
    log.add(f"{TOWN}“一社区一法律顾问”服务记录表（{YEAR}年）")
    log.header([["序号", "社区", "服务日期", "服务内容", "服务人次", "法律顾问", "备注"]])
    weights = {k: w for k, (_, w) in COMMUNITY_COUNSEL.items()}
    for n, day in enumerate(_days(rng, 96), start=1):
        work = fake.pick(rng, weights)
        people = rng.choice([1, 2, 3, 5]) if "咨询" in work else 1
        typed = "" if people == 1 and rng.random() < 0.5 else f"{people}人次"
        log.add(n, rng.choice(COMMUNITIES), fake.date_cell(day, "slash"), work, typed,
                rng.choice(["赵律师", "孙律师", "周律师"]), "")  # fmt: skip
        service = COMMUNITY_COUNSEL[work][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": people})
    built.books.append(Book(community, [log], fmt="csv-gbk"))
    built.ledgers["counsel"] = records
    built.quirk("word_table", street, sheet.name, "counsel.document_reviews")
    built.quirk("value_synonyms", street, sheet.name, "counsel.document_reviews",
                "审核行政处罚决定书、重大行政决策合法性审查、合同审查 = 文书审核；参与信访接待、代理行政诉讼 不计")  # fmt: skip
    built.quirk("csv_gbk", community, log.name, "counsel.consultations", "居民法律咨询 = 法律咨询；5人次、空白为1")


# --- 政务公开 (Excel 2003 XML, 一类一表) -----------------------------------------------------------------


def disclosure_sheet_per_type(built: Built, rng: random.Random) -> None:
    """The 政务公开 register as an Excel 2003 XML .xls with a sheet per type and no type column: 主动公开 (the 区
    政府门户网站's 栏目 工作动态 / 通知公告 / 行政处罚信息 / 财政信息, and the 社区公开栏), 宣传报道 (the street's 微信
    公众号, 北京日报客户端, 区融媒体中心), 依申请公开 (four requests of 自然人, 答复结果)."""
    name = f"{TOWN}{YEAR}年政务公开工作台账.xls"
    records = []
    active = Sheet("主动公开")
    active.title(f"{TOWN}{YEAR}年主动公开政府信息登记", 5)
    active.header([["序号", "信息标题", "发布栏目", "发布渠道", "发布日期"]])
    columns = {"工作动态": ("柳荫街道开展垃圾分类入户宣传", "柳荫街道召开接诉即办月度点评会", "社区议事厅协商停车难题"),
               "通知公告": ("关于老旧小区综合整治施工的公告", "冬季供暖服务热线公示"),
               "行政处罚信息": ("行政处罚决定信息公示",), "财政信息": ("柳荫街道办事处2024年部门预算",)}  # fmt: skip
    for n, day in enumerate(_days(rng, 64), start=1):
        column = fake.pick(rng, {"工作动态": 5, "通知公告": 2, "行政处罚信息": 3, "财政信息": 0.3})
        channel = f"{DISTRICT}人民政府门户网站" if rng.random() < 0.85 else "社区政务公开栏"
        active.add(n, rng.choice(columns[column]), column, channel, fake.date_cell(day, "date"))
        records.append({"published_on": day, "type": "主动公开"})
    media = Sheet("宣传报道")
    media.title(f"{TOWN}{YEAR}年新闻宣传信息登记", 5)
    media.header([["序号", "信息标题", "发布平台", "发布日期", "阅读量"]])
    for n, day in enumerate(_days(rng, 121), start=1):
        platform = fake.pick(rng, {"“柳荫e家”微信公众号": 6, "北京日报客户端": 1, f"{DISTRICT}融媒体中心": 1.5})
        media.add(n, rng.choice(["社区法律明白人讲民法典", "吹哨报到拆除楼顶违建", "物业纠纷调解工作室调处成功"]),
                  platform, fake.date_cell(day, "date"), rng.randint(200, 5000))  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    asked = Sheet("依申请公开")
    asked.title(f"{TOWN}{YEAR}年政府信息公开申请登记", 6)
    asked.header([["序号", "收到申请日期", "申请人类型", "申请内容", "答复日期", "答复结果"]])
    for n, day in enumerate(_days(rng, 4, dt.date(YEAR, 2, 1), dt.date(YEAR, 11, 30)), start=1):
        asked.add(n, fake.date_cell(day, "date"), "自然人",
                  rng.choice(["违建拆除决定书", "老旧小区改造方案", "物业费收费标准备案"]),
                  fake.date_cell(day + dt.timedelta(days=14), "date"),
                  rng.choice(["予以公开", "部分公开", "信息不存在"]))  # fmt: skip
        records.append({"published_on": day, "type": "依申请公开"})
    built.books.append(Book(name, [active, media, asked], fmt="xml-xls"))
    built.ledgers["disclosure"] = records
    built.quirk("category_from_sheet_or_title", name, "宣传报道", ("disclosure.proactive", "disclosure.media"),
                "没有公开类型列：类型在表名（主动公开 / 宣传报道 / 依申请公开）")  # fmt: skip
    built.quirk("xml_spreadsheet_as_xls", name, "主动公开", "disclosure.proactive")


# --- 法治建设 (行政应诉, 学法用法) ------------------------------------------------------------------------


def rule_of_law_workbook(built: Built, rng: random.Random) -> None:
    """The 司法所's 法治建设 workbook: 行政应诉 (a 违建 demolition and an information request before the 区 court, the
    办事处主任 in court once), 学法用法 (社区 法律明白人 trained twice, 处级 and 科级 cadres' 学法考试 应参考 / 实参考)."""
    name = f"{TOWN}{YEAR}年法治建设工作台账.xlsx"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}办事处{YEAR}年行政诉讼应诉台账", 8)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭"]])
    records = []
    plan = [("强制拆除违法建设", True), ("政府信息公开", False)]
    for n, ((cause, appeared), day) in enumerate(zip(plan, _days(rng, 2)), start=1):
        case_no = f"（{YEAR}）京9931行初{100 + 31 * n}号"
        lit.add(n, case_no, fake.masked(fake.name(rng)), f"{DISTRICT}{TOWN}办事处", cause, fake.date_cell(day, "iso"),
                "王某（办事处主任）" if appeared else "李某（副主任）", "是" if appeared else "否")  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared})
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", 8)
    train.header([["序号", "日期", "培训名称", "培训对象", "形式", "参训人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("工委理论学习中心组学法（接诉即办条例）", "领导干部", "中心组学习", 12, None, None),
        ("社区“法律明白人”物业管理条例专题培训", "法律明白人", "线下", 36, None, None),
        ("行政执法人员综合执法业务培训", "行政执法人员", "集中培训", 28, None, None),
        ("社区“法律明白人”民法典线上培训", "法律明白人", "线上", 41, None, None),
        ("国家工作人员学法用法考试", "领导干部", "考试", 57, 58, 57),
    ]
    t_records = []
    for n, ((title, audience, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "iso"), title, audience, form, people, req, took)
        t_records.append({"held_on": day, "audience": audience, "exam_required": req, "exam_taken": took})
    built.books.append(Book(name, [lit, train]))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "王某（办事处主任）")


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    hotline_tickets_beside_petitions(built, rng)
    petitions_beijing_levels(built, rng)
    whistled = enforcement_platform_export(built, rng)
    whistle_register_word(built, rng, whistled)
    screened = disputes_quarter_sheets(built, rng)
    mediation_community_committees_ods(built, rng, screened)
    counsel_street_and_community(built, rng)
    disclosure_sheet_per_type(built, rng)
    rule_of_law_workbook(built, rng)
    # A street keeps no 平安建设 (家暴, 涉黄) register and no 涉诈 list of its own (the 派出所 does), and makes no
    # 规范性文件: those figures are unknown here, never 0.
    built.ledgers["security"] = Null("街道没有平安建设（家暴、涉黄）台账，由派出所掌握")
    built.ledgers["fraud_watch"] = Null("街道没有涉诈高危人员台账")
    built.ledgers["normative_documents"] = Null("没有规范性文件登记台账")
    return built
