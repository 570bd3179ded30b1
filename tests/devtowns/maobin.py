"""泖滨镇 (虚构; 泖西区, a fictitious 郊区 of 上海), 2024: a 镇 of 居委会 and 村委会 side by side, whose 城运中心 runs
the 一网统管 platform and takes the 12345 市民服务热线's 工单, whose 城管执法中队 was sunk to the 镇 (管理 by the 镇,
业务 led by the 区城管执法局) and decides cases in the 镇人民政府's name, whose 人民调解 rests on a 镇调委会, the
居村调委会 and a 老娘舅-style 调解工作室 with 专职人民调解员, whose 公共法律服务工作站 sends a 法律顾问 to every 居村,
whose 行政复议 goes to the 区人民政府 and whose lawsuits are answered with the 负责人 in court, and whose 政务公开 is a
栏目 of the 区's portal. Built blind (issue 12, the 77th town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 2024年上海市法治政府建设情况报告 (shanghai.gov.cn/nw12344/20250321/00afa2a805524f67aa49572a3b042ce6.html): the
  街镇 综合行政执法, 行政复议 through the 区, 负责人出庭应诉 — the 镇's 法治 workbook (行政应诉, 行政复议 apart).
- 宝山区城管执法局 2022 法治政府建设 report (101.230.193.164/article.html?infoid=3a61c6f0-…): 中队 sunk to the 街镇,
  科级 leaders chosen by the 区局 and appointed by the 街镇 — the 中队 keeping the 镇's penalty register.
- 长宁区城管执法系统 2024 总结 (zwgk.shcn.gov.cn/xxgk/jhzj-cgzfjzdgz/2025/48/76768.html) and 2025 法治 report
  (shcn.gov.cn/col6592/20251202/1302260.html): 简易程序案件 beside 普通程序案件, 违法建筑, 住宅小区, 街面环境,
  电动自行车 飞线充电, 处罚金额 — the two sheets and the 案由 of the 中队's register.
- 浦东新区城管执法局 2024 政府信息公开年度报告 (pudong.gov.cn/zwgk/…/335959.html): 主动公开 through the 区 portal,
  依申请 受理 / 办结 / 予以公开 counts — the 镇's 政务公开 book with its 依申请 sheet.
- 新民晚报 2016-08-11 (xmwb.xinmin.cn/html/2016-08/11/content_3_1.htm), 上海法治报 2018-02-26 (shzfzz.net …
  u1ai1285097.html), 金山 山阳镇 明忠调解工作室 (handmsg.com/page/2024/0429/28079782.shtml), 普陀区志
  (dfz.shpt.gov.cn): 老娘舅, 调解工作室 named after a mediator, 专职调解员, 镇调委会 and 居（村）委调委会, 交通事故
  赔偿 and 析产 / 赡养 disputes — the 调解组织 and 纠纷类型 of the register.
- 长宁 / 普陀 2025 一网统管 工作要点 (zwgk.shcn.gov.cn/xxgk/qzfwj-zfwj/2025/143/77762.html, m.31doc.com/p-581759.html):
  the 城运中心, 12345热线工单 and 网格 事件 as the platform's data — the 事件 export and the 工单 export.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the 区 (泖西区), the 镇, the 居委会 and 村, the 调解工作室, the law firm, the people, the
case numbers and court codes.

Files (10, eight formats): the 城运中心's 一网统管 事件 export (HTML .xls) and the 12345 工单 export (GBK CSV), both
counted by no figure; the 城管中队's 行政处罚 register (xlsx: 普通程序 and 简易程序 sheets, no category column) and its
检查 book (WPS .et); the 综治中心's 矛盾纠纷 register (xlsx, a sheet per quarter, 来源 12345 / 一网统管); the 司法所's
人民调解 register (Excel 2003 XML .xls, two header rows); the 信访 register (Word); the 公共法律服务工作站's
法律顾问 book (.ods, 居村 and 政府 sheets); the 政务公开 book (xlsx: 主动公开, 依申请公开, 宣传报道); the 派出所's list
(UTF-8 BOM CSV); the 法治 workbook (.xls BIFF: 行政应诉, 行政复议, 学法, 规范性文件). No 涉诈 list is handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "泖滨镇"
YEAR = 2024
DISTRICT = "泖西区"
SEED = 77_2024
# 居委会 and 村委会 side by side, as a 上海 郊区 镇 lists them.
JUWEI = ("泖滨居委会", "泖东居委会", "滨江苑居委会", "新泖居委会")
CUN = ("泖西村", "南陈村", "北埭村", "茭白浜村", "塘湾村", "沈家港村")
PLACES = JUWEI + CUN
_PROPOSAL = (
    "信访来源 人民建议 is no value of petition_source: a suggestion (人民建议征集) says what an item is, not who assigned it — "
    "one the 市人民建议征集办 forwarded is assigned from above — as 来访 says how a petitioner came (session 48 left 来访 to "
    "the office). The office registers it (variants: {petition_source: {本级受理: [人民建议]}}) and gets 7 / 4 / 2"
)
KNOWN_WITHHELD = {"petitions.assigned": _PROPOSAL, "petitions.resolved": _PROPOSAL, "petitions.in_progress": _PROPOSAL}


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _stamp(rng: random.Random, day: dt.date) -> str:
    return f"{day:%Y-%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


# --- 城运中心: 一网统管 事件 and 12345 工单 (no figure) ----------------------------------------------

EVENT_CLASSES = {
    ("市容环境", "暴露垃圾"): 6,
    ("市容环境", "乱张贴"): 3,
    ("街面秩序", "跨门营业"): 4,
    ("街面秩序", "占道设摊"): 4,
    ("房屋管理", "违法搭建"): 3,
    ("房屋管理", "飞线充电"): 2,
    ("设施设备", "路灯不亮"): 2,
    ("河道管理", "河道漂浮物"): 2,
}


def city_operations_events_html(built: Built, rng: random.Random) -> None:
    """The 城运中心's 一网统管 城市运行管理平台 export (HTML saved .xls): 案件编号, 发现时间 with seconds, 案件来源
    网格巡查 / 12345热线 / 智能发现 / 居村上报, 大类 / 小类 of the city's 部件事件 standard, 处置部门 (城管执法中队, 居委会,
    市容所 …), 案件状态 已结案 / 处置中 / 已作废, 结案时间. Events dispatched and closed, not decisions of any kind."""
    name = f"{TOWN}城运中心一网统管案件导出_{YEAR}0101-{YEAR}1231.xls"
    sheet = Sheet("案件列表")
    sheet.header([["序号", "案件编号", "发现时间", "案件来源", "大类", "小类", "所属居村", "所属网格", "处置部门",
                   "案件状态", "结案时间"]])  # fmt: skip
    for n, day in enumerate(_days(rng, 120), start=1):
        big, small = fake.pick(rng, {k: w for k, w in EVENT_CLASSES.items()})
        where = rng.choice(PLACES)
        dept = {"街面秩序": "城管执法中队", "房屋管理": "城管执法中队", "河道管理": "河道管理所"}.get(
            big, "市容环境管理所"
        )
        if where in JUWEI and big == "市容环境":
            dept = where
        state = fake.pick(rng, {"已结案": 88, "处置中": 6, "已作废": 6})
        closed = _stamp(rng, min(day + dt.timedelta(days=rng.randint(0, 5)), dt.date(YEAR, 12, 31)))
        sheet.add(n, f"MB{day:%y%m%d}{n:05d}", _stamp(rng, day),
                  fake.pick(rng, {"网格巡查": 5, "12345热线": 3, "智能发现": 1, "居村上报": 1}), big, small, where,
                  f"{where}第{rng.randint(1, 4)}网格", dept, state, closed if state == "已结案" else "")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.quirk("html_as_xls", name, sheet.name, "enforcement.cases",
                "一网统管的城市管理案件（暴露垃圾、跨门营业、违法搭建）：派单处置，不是行政执法决定，不计入任何数")  # fmt: skip


HOTLINE = {
    ("投诉", "邻里噪声扰民"): 4,
    ("投诉", "群租"): 2,
    ("求助", "路面积水"): 2,
    ("咨询", "医保报销"): 3,
    ("投诉", "物业服务"): 3,
    ("建议", "增设公交站点"): 1,
    ("投诉", "拖欠工资"): 1,
}


def hotline_orders_gbk(built: Built, rng: random.Random) -> None:
    """The 12345 市民服务热线 工单 the 城运中心 exports (GBK CSV): 工单编号, 受理时间, 诉求类型 投诉 / 求助 / 咨询 /
    建议, 诉求内容 (邻里噪声扰民, 拖欠工资 among them), 承办单位, 办理状态 已办结 / 办理中, 先行联系, 满意度."""
    name = f"12345市民服务热线工单导出_{TOWN}_{YEAR}年.csv"
    sheet = Sheet("工单")
    sheet.header([["工单编号", "受理时间", "诉求类型", "诉求内容", "所属居村", "承办单位", "办理状态", "办结时间",
                   "是否先行联系", "满意度"]])  # fmt: skip
    for day in _days(rng, 90):
        kind, what = fake.pick(rng, {k: w for k, w in HOTLINE.items()})
        state = fake.pick(rng, {"已办结": 9, "办理中": 1})
        sheet.add(f"{YEAR}{day:%m%d}{rng.randint(10_000, 99_999)}", _stamp(rng, day), kind, what,
                  rng.choice(PLACES), fake.pick(rng, {"城运中心": 2, "城管执法中队": 2, "综治中心": 1, "社区事务受理中心": 1}),
                  state, _stamp(rng, min(day + dt.timedelta(days=rng.randint(1, 7)), dt.date(YEAR, 12, 31)))
                  if state == "已办结" else "", rng.choice(["是", "是", "否"]),
                  fake.pick(rng, {"满意": 6, "基本满意": 2, "不满意": 1, "未评价": 2}) if state == "已办结" else "")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.quirk("csv_gbk", name, sheet.name, ("disputes.screened", "petitions.assigned"),
                "12345 工单（邻里噪声扰民、拖欠工资）：另一个渠道的诉求，不是排查的纠纷，也不是信访事项")  # fmt: skip


# --- 城管执法中队: 行政处罚 and 检查 -------------------------------------------------------------

CAUSES = {
    "跨门营业": ("普通", 4),
    "占道设摊": ("简易", 6),
    "乱张贴": ("简易", 3),
    "违法搭建": ("普通", 3),
    "生活垃圾未分类投放": ("普通", 3),
    "建筑垃圾未按规定处置": ("普通", 2),
    "电动自行车违规充电": ("普通", 2),
    "工地夜间施工噪声": ("普通", 2),
}


def _party(rng: random.Random) -> str:
    if rng.random() < 0.4:
        return f"上海（虚构）{rng.choice(['泖港', '滨泽', '嘉禾', '鑫源'])}{rng.choice(['建筑工程', '餐饮管理', '物业管理', '商贸'])}有限公司"
    return fake.name(rng)


def penalty_register_two_procedures(built: Built, rng: random.Random) -> None:
    """The 城管执法中队's 行政处罚案件登记 (xlsx): an 普通程序 sheet (立案号, 决定书文号 泖滨综执罚〔2024〕第0012号,
    立案日期, 决定日期, 处罚种类 罚款 / 警告 / 没收 / 不予行政处罚（首违不罚）, 罚款金额（元） typed 2,000) and a 简易程序
    sheet (当场处罚决定书编号 of another scheme, one date), no 执法类别 column: the title and sheet say 行政处罚. A case
    filed in December and decided in January is listed with its 决定日期 blank (在办); a case filed in 2023 and decided
    in January 2024 is the year's."""
    name = f"{TOWN}城管执法中队{YEAR}年行政处罚案件登记台账.xlsx"
    ordinary = Sheet("普通程序")
    ordinary.title(f"{TOWN}人民政府（城管执法中队）{YEAR}年行政处罚案件登记台账（普通程序）", 12)
    ordinary.header([["序号", "立案号", "决定书文号", "案由", "当事人", "违法地点", "立案日期", "决定日期", "处罚种类",
                      "罚款金额（元）", "承办人", "备注"]])  # fmt: skip
    simple = Sheet("简易程序")
    simple.title(f"{TOWN}人民政府（城管执法中队）{YEAR}年当场处罚登记（简易程序）", 9)
    simple.header([["序号", "决定书编号", "案由", "当事人", "违法地点", "处罚日期", "处罚种类", "罚款金额（元）",
                    "执法人员"]])  # fmt: skip
    records = []
    plan = [(cause, proc) for cause, (proc, w) in CAUSES.items() for _ in range(w * 6)]
    rng.shuffle(plan)
    ordinary_cases = [(c, p) for c, p in plan if p == "普通"][:62]
    simple_cases = [(c, p) for c, p in plan if p == "简易"][:41]
    # A case filed at the end of 2023 and decided in January: the year's (the year is the decision's).
    no = 1
    early = dt.date(YEAR, 1, 9)
    ordinary.add(1, f"泖滨综执立〔{YEAR - 1}〕第0211号", f"泖滨综执罚〔{YEAR}〕第{no:04d}号", "违法搭建", _party(rng),
                 f"{rng.choice(CUN)}{rng.randint(1, 300)}号", fake.date_cell(dt.date(YEAR - 1, 12, 18), "iso"),
                 fake.date_cell(early, "iso"), "罚款", "5,000", fake.name(rng), "2023年立案")  # fmt: skip
    records.append({"case_no": f"泖滨综执罚〔{YEAR}〕第{no:04d}号", "category": "行政处罚", "decided_on": early})
    serial = 1
    for (cause, _), day in zip(ordinary_cases, _days(rng, len(ordinary_cases), first=dt.date(YEAR, 1, 15))):
        serial += 1
        filed = day - dt.timedelta(days=rng.randint(10, 45))
        open_case = day > dt.date(YEAR, 12, 10) and rng.random() < 0.5
        kind = fake.pick(rng, {"罚款": 7, "警告": 1, "不予行政处罚（首违不罚）": 1.2})
        amount = {"罚款": rng.choice([200, 500, 1000, 2000, 5000, 10000]), "警告": None}.get(kind)
        if open_case:
            ordinary.add(serial, f"泖滨综执立〔{YEAR}〕第{serial + 300:04d}号", "", cause, _party(rng),
                         rng.choice(PLACES), fake.date_cell(filed, "iso"), "", "", "", fake.name(rng), "在办")  # fmt: skip
            continue
        no += 1
        case_no = f"泖滨综执罚〔{YEAR}〕第{no:04d}号"
        ordinary.add(serial, f"泖滨综执立〔{YEAR}〕第{serial + 300:04d}号", case_no, cause, _party(rng),
                     rng.choice(PLACES), fake.date_cell(filed, "iso"), fake.date_cell(day, "iso"), kind,
                     f"{amount:,}" if amount else "/", fake.name(rng), "")  # fmt: skip
        records.append({"case_no": case_no, "category": "行政处罚", "decided_on": day})
    for n, ((cause, _), day) in enumerate(zip(simple_cases, _days(rng, len(simple_cases))), start=1):
        case_no = f"3101990{YEAR}{n:05d}"
        amount = rng.choice([50, 100, 200])
        simple.add(n, case_no, cause, fake.name(rng), f"{rng.choice(PLACES)}{rng.choice(['路口', '菜场门口', '商业街'])}",
                   fake.date_cell(day, "slash"), "罚款" if rng.random() < 0.8 else "警告", amount, fake.name(rng))  # fmt: skip
        records.append({"case_no": case_no, "category": "行政处罚", "decided_on": day})
    built.books.append(Book(name, [ordinary, simple]))
    built.quirk("category_from_sheet_or_title", name, ordinary.name, ("enforcement.penalty", "enforcement.cases"),
                "没有执法类别列：表名、标题写 行政处罚（普通程序 / 简易程序 两张表）")  # fmt: skip
    built.quirk("first_offence_not_punished", name, ordinary.name, "enforcement.penalty",
                "处罚种类 不予行政处罚（首违不罚）：处罚程序已作出决定的案件，计入行政处罚")  # fmt: skip
    built.quirk("open_case_without_decision", name, ordinary.name, "enforcement.cases",
                "十二月立案、决定日期与文号空着（备注 在办）：不是当年的决定；2023年立案、2024年1月决定的计入当年")  # fmt: skip
    built.quirk(
        "amount_with_thousands_separator", name, ordinary.name, "enforcement.penalty", "罚款金额 5,000 写成文本"
    )
    return records


def inspection_book_et(built: Built, rng: random.Random, records: list[dict]) -> None:
    """The 中队's 执法检查 book in WPS (.et): 检查日期 2024年3月5日, 检查对象, 检查事项 (住宅小区 / 沿街商铺 / 建设工地),
    检查笔录编号 泖滨综执检〔2024〕第N号, 检查结果 未发现问题 / 责令改正 / 转立案 — each an inspection with its written
    record (行政检查), those 转立案 also penalties of the register with their own numbers."""
    name = f"{TOWN}城管执法中队{YEAR}年执法检查记录.et"
    sheet = Sheet("检查记录")
    sheet.title(f"{TOWN}城管执法中队{YEAR}年行政检查登记表", 8)
    sheet.add(f"填报单位：{TOWN}城管执法中队", None, None, None, None, "填报日期：2025年1月6日", None, None)
    sheet.header([["序号", "检查日期", "检查对象", "检查事项", "检查笔录编号", "检查结果", "检查人员", "备注"]])
    for n, day in enumerate(_days(rng, 84), start=1):
        case_no = f"泖滨综执检〔{YEAR}〕第{n}号"
        where = fake.pick(rng, {"住宅小区": 3, "沿街商铺": 4, "建设工地": 2, "农贸市场": 1})
        sheet.add(n, fake.date_cell(day, "cn"), f"{rng.choice(PLACES)}{where}",
                  fake.pick(rng, {"生活垃圾分类": 3, "市容环境责任区": 3, "违法建筑巡查": 2, "扬尘噪声": 1}),
                  case_no, fake.pick(rng, {"未发现问题": 6, "责令改正": 3, "转立案": 1}), f"{fake.name(rng)}、{fake.name(rng)}",
                  "")  # fmt: skip
        records.append({"case_no": case_no, "category": "行政检查", "decided_on": day})
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.quirk("category_from_sheet_or_title", name, sheet.name, "enforcement.inspection",
                "检查登记表没有类别列：标题 行政检查登记表；未发现问题 的检查也有笔录，照样计入")  # fmt: skip
    built.quirk("fill_in_line_over_header", name, sheet.name, "enforcement.inspection",
                "表头上方 填报单位 / 填报日期 一行")  # fmt: skip


# --- 综治中心: 矛盾纠纷 -----------------------------------------------------------------------------

DISPUTE_TYPES = {
    "邻里纠纷": 6,
    "婚姻家庭纠纷": 3,
    "物业纠纷": 3,
    "房屋租赁纠纷（群租）": 1,
    "道路交通事故纠纷": 2,
    "劳动争议（欠薪）": 2,
    "损害赔偿纠纷": 2,
    "房屋宅基地纠纷": 1.5,
    "征地拆迁（动迁安置）纠纷": 1,
    "消费纠纷": 1,
}
# 化解情况 as the 综治中心 types it → ledger-kinds.md.
DISPUTE_STATES = {"已化解": "已化解", "调解成功": "已化解", "正在调处": "化解中", "调解不成功，引导诉讼": "未化解",
                  "已移交派出所": "已上报/移交"}  # fmt: skip


def disputes_quarter_sheets(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解 台账 (xlsx): a sheet per quarter (一季度 … 四季度), 序号 restarting on each, 居村
    (居委会 and 村 in one column), 纠纷来源 网格排查 / 12345转办 / 一网统管派单 / 来访 / 110联动, 化解情况 in its words
    (已化解, 调解成功, 正在调处, 调解不成功，引导诉讼, 已移交派出所). Returns the records (for the 调解 register)."""
    name = f"{TOWN}矛盾纠纷排查化解工作台账（{YEAR}年）.xlsx"
    quarters = ("一季度", "二季度", "三季度", "四季度")
    sheets = []
    records: list[dict] = []
    days = _days(rng, 214)
    for q, quarter in enumerate(quarters):
        sheet = Sheet(quarter)
        sheet.title(f"{TOWN}{YEAR}年{quarter}矛盾纠纷排查化解台账", 11)
        sheet.header([["序号", "登记日期", "所属居村", "纠纷类型", "当事人", "纠纷来源", "简要情况", "化解情况",
                       "化解日期", "调处人", "备注"]])  # fmt: skip
        mine = [d for d in days if (d.month - 1) // 3 == q]
        for n, day in enumerate(mine, start=1):
            kind = fake.pick(rng, DISPUTE_TYPES)
            said = fake.pick(
                rng, {"已化解": 62, "调解成功": 24, "正在调处": 6, "调解不成功，引导诉讼": 5, "已移交派出所": 3}
            )
            status = DISPUTE_STATES[said]
            done = (
                min(day + dt.timedelta(days=rng.randint(0, 25)), dt.date(YEAR, 12, 31)) if status == "已化解" else None
            )
            source = fake.pick(rng, {"网格排查": 4, "12345转办": 3, "一网统管派单": 1, "来访": 2, "110联动": 1})
            sheet.add(n, fake.date_cell(day, "dot"), rng.choice(PLACES), kind, f"{fake.masked(fake.name(rng))}等{rng.randint(2, 4)}人",
                      source, f"{kind.split('（')[0].removesuffix('纠纷')}问题", said,
                      fake.date_cell(done, "dot") if done else "", fake.name(rng),
                      "老娘舅工作室参与" if rng.random() < 0.15 else "")  # fmt: skip
            records.append({"screened_on": day, "status": status, "kind": kind})
        sheets.append(sheet)
    built.books.append(Book(name, sheets))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("restarting_numbers", name, "二季度", "disputes.screened", "每季度一张表，序号各自从1编起")
    built.quirk("value_synonyms", name, "一季度", ("disputes.resolved", "disputes.resolution_rate"),
                "调解成功 = 已化解；正在调处 = 化解中；调解不成功，引导诉讼 = 未化解；已移交派出所 不是化解")  # fmt: skip
    built.quirk("hotline_source_is_a_dispute", name, "三季度", "disputes.screened",
                "纠纷来源 12345转办 / 一网统管派单：登记进台账的就是排查的纠纷，来源不影响")  # fmt: skip
    return records


# --- 人民调解 (司法所, Excel 2003 XML) -------------------------------------------------------------

STUDIO = "阿根老娘舅调解工作室"
# 个案补贴 of this fictitious 区 (illustrative): 口头 一般 100; 书面 一般 300 / 疑难 500 / 重大 800 元.
SUBSIDY = {("口头", "一般"): 100, ("书面", "一般"): 300, ("书面", "疑难"): 500, ("书面", "重大"): 800}


def mediation_register_xml(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 司法所's 人民调解案件登记台账 exported as Excel 2003 XML (.xls): two header rows (当事人 › 申请人 | 被申请人),
    调解组织 镇人民调解委员会 / 居委会 or 村 调委会 / the 老娘舅 调解工作室, 案件来源 (当事人申请, 法院委派 诉调对接,
    派出所 110 联动), 协议形式 口头协议 / 人民调解协议书, 调解结果 调解成功 / 调解不成功 / 终止调解, 是否司法确认, 案件等级
    and 个案补贴（元）; a case received in late December 2023 and closed in January is listed first."""
    name = f"{TOWN}{YEAR}年人民调解案件登记台账（系统导出）.xls"
    resolved = [r for r in screened if r["status"] == "已化解"]
    picked = sorted(rng.sample(resolved, 131), key=lambda r: r["screened_on"])
    cases = [("成功", r["screened_on"], r["kind"]) for r in picked]
    cases += [(o, d, fake.pick(rng, DISPUTE_TYPES)) for o, d in zip(["不成功"] * 6 + ["终止"] * 2, _days(rng, 8))]
    cases.sort(key=lambda c: c[1])
    sheet = Sheet("调解案件")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年度人民调解案件登记台账", 14)
    sheet.header(
        [
            ["序号", "案件编号", "受理日期", "调解组织", "案件来源", "纠纷类型", "当事人", None, "调解员", "协议形式",
             "调解结果", "是否司法确认", "案件等级", "个案补贴（元）"],
            [None, None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13, 14)] + [(1, 7, 1, 8)],
    )  # fmt: skip
    # Received 2023-12-27, closed 2024-01-10: the case of 2023 (accepted then), not of the year.
    sheet.add(1, f"泖滨调〔{YEAR - 1}〕第158号", fake.date_cell(dt.date(YEAR - 1, 12, 27), "iso"), "镇人民调解委员会",
              "当事人申请", "邻里纠纷", fake.name(rng), fake.name(rng), fake.name(rng), "口头协议", "调解成功", "否",
              "一般", 100)  # fmt: skip
    records = [{"file_no": f"泖滨调〔{YEAR - 1}〕第158号", "accepted_on": dt.date(YEAR - 1, 12, 27), "form": "口头",
                "result": "调解成功", "subsidy": 100}]  # fmt: skip
    for n, (outcome, day, kind) in enumerate(cases, start=1):
        file_no = f"泖滨调〔{YEAR}〕第{n:03d}号"
        org = fake.pick(rng, {"镇人民调解委员会": 3, STUDIO: 3, f"{rng.choice(JUWEI)}人民调解委员会": 2,
                              f"{rng.choice(CUN)}人民调解委员会": 2})  # fmt: skip
        source = fake.pick(rng, {"当事人申请": 5, "法院委派（诉调对接）": 2, "派出所110联动": 2, "综治中心移交": 2})
        if outcome == "成功":
            form = "书面" if rng.random() < 0.4 else "口头"
            tier = fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1}) if form == "书面" else "一般"
            money = SUBSIDY[(form, tier)]
            typed = ("人民调解协议书" if rng.random() < 0.5 else "书面协议") if form == "书面" else "口头协议"
            confirm = "是" if form == "书面" and rng.random() < 0.3 else "否"
            row = (typed, "调解成功", confirm, tier, money)
        else:
            form, money = None, None
            row = ("", "调解不成功" if outcome == "不成功" else "终止调解", "否", "", "")
        sheet.add(n + 1, file_no, fake.date_cell(day, "iso"), org, source, kind.split("（")[0], fake.name(rng),
                  fake.name(rng), f"{fake.name(rng)}（专职）" if rng.random() < 0.5 else fake.name(rng), *row)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.ledgers["mediation"] = records
    built.quirk("xml_spreadsheet_as_xls", name, sheet.name, "mediation.cases")
    built.quirk("header_four_rows", name, sheet.name, "mediation.cases", "两行表头：当事人 › 申请人 / 被申请人")
    built.quirk("value_synonyms", name, sheet.name, ("mediation.written", "mediation.oral"),
                "人民调解协议书 / 书面协议 = 书面；口头协议 = 口头；终止调解 不是成功")  # fmt: skip
    built.quirk("last_year_case_first", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "2023年12月受理、2024年1月结案的一件排在最前（序号1）：按受理日期属上年，不计入")  # fmt: skip
    built.quirk("studio_as_committee", name, sheet.name, "mediation.cases",
                "调解组织 阿根老娘舅调解工作室（个人品牌调解工作室）：镇调委会下的调解组织，照样计入")  # fmt: skip


# --- 信访 (Word) --------------------------------------------------------------------------------


def petitions_word_municipal_levels(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word: 信访来源 in 上海's words — 市信访办交办 (a 直辖市: the 市 is the province's level),
    区信访办交办 / 区联席办交办 (the 区 is the county's), 国家信访局转送 (网上信访), 本级来访, 人民建议; 办理状态 已化解 /
    化解中 / 未化解（已告知复查途径）."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}信访办公室", "（虚构示例数据）"]
    sheet.doc_after = ["登记人：　　　　　　审核人："]
    sheet.header([["序号", "信访编号", "信访来源", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态",
                   "办结日期"]])  # fmt: skip
    items = [
        ("国家信访局转送（网上信访）", "中联办", "已化解", "否", "动迁安置房面积"),
        ("市信访办交办", "省联办", "已化解", "否", "宅基地翻建审批"),
        ("市信访办交办", "省联办", "化解中", "是", "动迁补偿款分配"),
        ("区信访办交办", "县联办", "已化解", "否", "群租整治"),
        ("区信访办交办", "县联办", "已化解", "否", "工地夜间施工噪声"),
        ("区联席办交办", "县联办", "化解中", "否", "小区物业更换"),
        ("区信访办交办", "县联办", "未化解（已告知复查途径）", "是", "征地养老人员待遇"),
        ("本级来访", "本级受理", "已化解", "否", "邻里违法搭建"),
        ("本级来访", "本级受理", "已化解", "否", "停车收费"),
        ("人民建议", "本级受理", "已化解", "否", "增设公交站点"),
    ]
    status_truth = {"已化解": "已化解", "化解中": "正在化解", "未化解（已告知复查途径）": "未化解"}
    records = []
    for n, ((said, source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"MBXF{YEAR}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 60)) if status != "化解中" else None
        sheet.add(n, no, said, fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"), status,
                  fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status_truth[status], "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("municipality_levels", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "直辖市：市信访办交办 = 省级（省联办），区信访办 / 区联席办交办 = 县级（县联办），国家信访局转送 = 中联办；"
                "本级来访、人民建议 是本级受理")  # fmt: skip


# --- 法律顾问 (.ods, 公共法律服务工作站) -----------------------------------------------------------

COUNSEL_VILLAGE = {
    "法律咨询": ("法律咨询", 6),
    "审核居村合同": ("文书审核", 2),
    "审核居民公约、村规民约": ("文书审核", 1),
    "出具法律意见书": ("法律意见书", 1),
    "参与人民调解": (None, 2),
    "法治讲座": (None, 1),
    "法律援助（代写申请）": ("法律援助", 0.5),
}
COUNSEL_GOVERNMENT = {
    "合同合法性审查": ("文书审核", 4),
    "重大行政决策合法性审查": ("文书审核", 1),
    "出具法律意见书": ("法律意见书", 1.5),
    "行政执法决定法制审核": (None, 2),
    "参与信访接待": (None, 1),
}


def counsel_workstation_ods(built: Built, rng: random.Random) -> None:
    """The 公共法律服务工作站's book (.ods): a 居村法律顾问 sheet (日期, 居村, 服务内容, 服务人次/件数 typed 3人次 / 2件 or
    blank, 法律顾问) and a 政府法律顾问 sheet (审查合同, 重大行政决策合法性审查, 法制审核 — counted by no figure)."""
    name = f"{TOWN}公共法律服务工作站{YEAR}年法律服务台账.ods"
    records = []
    sheets = []
    for label, work, rows in (("居村法律顾问", COUNSEL_VILLAGE, 96), ("政府法律顾问", COUNSEL_GOVERNMENT, 40)):
        sheet = Sheet(label)
        sheet.title(f"{TOWN}{YEAR}年{label}服务台账", 6)
        sheet.header([["日期", "服务对象", "服务内容", "数量", "法律顾问", "备注"]])
        weights = {k: w for k, (_, w) in work.items()}
        for day in _days(rng, rows):
            what = fake.pick(rng, weights)
            qty = rng.choice([1, 2, 3, 4]) if what == "法律咨询" else rng.choice([1, 1, 1, 2])
            unit = "人次" if what == "法律咨询" else ("份" if "审" in what else "件")
            typed = "" if qty == 1 and rng.random() < 0.5 else f"{qty}{unit}"
            target = rng.choice(PLACES) if label == "居村法律顾问" else f"{TOWN}人民政府"
            sheet.add(fake.date_cell(day, "date"), target, what, typed, f"{fake.name(rng)}律师", "")
            service = work[what][0]
            if service:
                records.append({"served_on": day, "service": service, "quantity": qty})
        sheets.append(sheet)
    built.books.append(Book(name, sheets, fmt="ods"))
    built.ledgers["counsel"] = records
    built.quirk("ods_spreadsheet", name, "居村法律顾问", "counsel.consultations")
    built.quirk("two_counsel_sheets", name, "政府法律顾问", ("counsel.document_reviews", "counsel.opinions"),
                "居村顾问与政府顾问两张表都是镇的法律顾问服务：相加；合同合法性审查 = 文书审核，重大行政决策合法性审查 = "
                "文书审核，行政执法决定法制审核 不计入")  # fmt: skip


# --- 政务公开 (xlsx) -----------------------------------------------------------------------------


def disclosure_portal_book(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开 book (xlsx): 主动公开 on the 区 portal's 镇 栏目 (索引号, 信息名称, 公开日期, 公开方式 区政府
    门户网站 / 政务公开栏), 依申请公开 (收到申请日期, 申请人 masked, 申请内容, 答复日期, 答复结果) and 新闻宣传 (报道题目,
    刊发媒体 上海（虚构）泖西报 / 泖西融媒 / 学习强国 / “泖滨”微信公众号, 刊发日期); no type column: each sheet is one."""
    name = f"{TOWN}{YEAR}年政务公开工作台账.xlsx"
    records = []
    pro = Sheet("主动公开")
    pro.title(f"{TOWN}{YEAR}年政府信息主动公开登记", 6)
    pro.header([["序号", "索引号", "信息名称", "公开日期", "公开方式", "责任部门"]])
    for n, day in enumerate(_days(rng, 46), start=1):
        pro.add(n, f"MB-{YEAR}-{n:05d}", rng.choice(["镇财政预算公开", "动迁安置房源公示", "城乡低保对象公示",
                "重大行政决策事项目录", "宅基地翻建审批结果公示"]),
                fake.date_cell(day, "iso"), fake.pick(rng, {f"{DISTRICT}人民政府门户网站": 4, "政务公开栏": 1}),
                rng.choice(["党政办", "社区管理办", "经济发展办"]))  # fmt: skip
        records.append({"published_on": day, "type": "主动公开"})
    req = Sheet("依申请公开")
    req.title(f"{TOWN}{YEAR}年政府信息公开申请登记", 7)
    req.header([["序号", "收到申请日期", "申请人", "申请内容", "答复日期", "答复结果", "备注"]])
    for n, day in enumerate(_days(rng, 7), start=1):
        req.add(n, fake.date_cell(day, "cn"), fake.masked(fake.name(rng)),
                rng.choice(["动迁补偿协议", "宅基地审批材料", "征地补偿安置方案"]),
                fake.date_cell(min(day + dt.timedelta(days=rng.randint(5, 18)), dt.date(YEAR, 12, 31)), "cn"),
                fake.pick(rng, {"予以公开": 3, "部分公开": 1, "本机关不掌握相关政府信息": 2, "不予公开": 1}), "")  # fmt: skip
        records.append({"published_on": day, "type": "依申请公开"})
    news = Sheet("新闻宣传")
    news.title(f"{TOWN}{YEAR}年新闻宣传报道登记", 5)
    news.header([["序号", "报道题目", "刊发媒体", "刊发日期", "报送部门"]])
    for n, day in enumerate(_days(rng, 72), start=1):
        news.add(n, rng.choice(["老娘舅调解工作室化解邻里纠纷", "一网统管赋能城市治理", "垃圾分类进村居",
                                "法律明白人进村宣讲"]),
                 fake.pick(rng, {"“泖滨”微信公众号": 4, "泖西融媒（虚构）": 2, "学习强国": 1}),
                 fake.date_cell(day, "iso"), "党建办")  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    built.books.append(Book(name, [pro, req, news]))
    built.ledgers["disclosure"] = records
    built.quirk("category_from_sheet_or_title", name, "依申请公开", "disclosure.on_request",
                "没有公开类型列：表名 主动公开 / 依申请公开 / 新闻宣传 就是类型")  # fmt: skip


# --- 派出所 (CSV UTF-8 BOM) ------------------------------------------------------------------------


def police_list_bom(built: Built, rng: random.Random) -> None:
    """The 派出所's list for the 镇 (UTF-8 BOM CSV): 日期, 类别 家庭暴力告诫书 / 卖淫嫖娼 / 赌博 / 盗窃, 居村, 当事人
    masked, 处理结果, 拘留人数."""
    name = f"{TOWN}派出所平安建设数据（{YEAR}年）.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{DISTRICT}公安分局{TOWN}派出所 {YEAR}年平安建设相关案件")
    sheet.header([["序号", "日期", "类别", "居村", "当事人", "处理结果", "拘留人数"]])
    plan = ["家庭暴力告诫书"] * 14 + ["卖淫嫖娼"] * 4 + ["赌博"] * 7 + ["盗窃"] * 9
    rng.shuffle(plan)
    truth_type = {"家庭暴力告诫书": "家暴告诫书", "卖淫嫖娼": "涉黄治安案件", "赌博": "涉赌治安案件", "盗窃": "其他"}
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "家庭暴力告诫书":
            result, held = "出具告诫书", 0
        else:
            held = rng.randint(1, 3)
            result = f"行政拘留{rng.choice([5, 10])}日"
        sheet.add(n, fake.date_cell(day, "slash"), kind, rng.choice(PLACES), fake.masked(fake.name(rng)), result, held)
        records.append({"occurred_on": day, "type": truth_type[kind], "detained": held})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["security"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("security.dv_warnings", "security.vice_cases"))
    built.quirk("value_synonyms", name, sheet.name, ("security.vice_cases", "security.dv_warnings"),
                "卖淫嫖娼 = 涉黄治安案件；家庭暴力告诫书 = 家暴告诫书")  # fmt: skip


# --- 法治 workbook (.xls BIFF): 行政应诉, 行政复议, 学法, 规范性文件 ----------------------------------------


def rule_of_law_biff(built: Built, rng: random.Random) -> None:
    """The 镇's 法治建设 workbook saved by an old Excel (.xls): 行政应诉 (案号 （2024）沪0199行初N号 and one 行终 appeal,
    出庭负责人 副镇长 / 镇长, 负责人是否出庭 是 / 否（委托律师）; one heard December 2023), 行政复议 (复议机关
    泖西区人民政府: no lawsuit), 学法 (法律明白人 培训, 国家工作人员学法用法 考试 应参考 / 实参考) and 规范性文件 with its
    header and no row, a note under it saying none was made."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.xls"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记", 9)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR - 1}）沪0199行初88号", dt.date(YEAR - 1, 12, 14), "刘某某（副镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）沪0199行初21号", dt.date(YEAR, 4, 17), "陈某（副镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）沪0199行初57号", dt.date(YEAR, 7, 9), "", "否（委托律师出庭）", "原告撤诉"),
        (f"（{YEAR}）沪03行终112号", dt.date(YEAR, 9, 24), "陈某（副镇长）", "是", "驳回上诉，维持原判"),
        (f"（{YEAR}）沪0199行初133号", dt.date(YEAR, 11, 20), "王某（镇长）", "是", "判决确认违法"),
    ]
    records = []
    for n, (case_no, day, who, appeared, result) in enumerate(plan, start=1):
        lit.add(n, case_no, fake.masked(fake.name(rng)), f"{TOWN}人民政府", rng.choice(["行政强制（拆除违法建筑）",
                "政府信息公开", "行政处罚（城管）", "征收补偿"]), fake.date_cell(day, "cn"), who, appeared, result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    review = Sheet("行政复议")
    review.title(f"{TOWN}{YEAR}年行政复议案件登记（被申请人）", 7)
    review.header([["序号", "复议机关", "申请人", "复议事项", "收案日期", "复议结果", "备注"]])
    for n, day in enumerate(_days(rng, 3), start=1):
        review.add(n, f"{DISTRICT}人民政府", fake.masked(fake.name(rng)), rng.choice(["政府信息公开答复", "行政处罚"]),
                   fake.date_cell(day, "cn"), rng.choice(["维持", "终止"]), "")  # fmt: skip
    train = Sheet("学法培训")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训登记", 8)
    train.header([["序号", "日期", "培训名称", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("镇党委理论学习中心组专题学法", "领导干部", "中心组学习", 18, None, None),
        ("居村法律明白人骨干培训", "法律明白人", "线下", 52, None, None),
        ("法律明白人“随申学”线上课程", "法律明白人", "线上", 61, None, None),
        ("国家工作人员学法用法考试", "领导干部", "考试", 86, 88, 86),
        ("城管执法人员执法规范化培训", "行政执法人员", "集中培训", 34, None, None),
        ("法律明白人民法典专题培训", "法律明白人", "线下", 47, None, None),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "iso"), title, who, form, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件制定情况登记", 6)
    docs.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备案审查意见"]])
    docs.blank()
    docs.add("注：本年度未制定行政规范性文件。")
    built.books.append(Book(name, [lit, review, train, docs], fmt="biff"))
    built.ledgers["litigation"] = [r for r in records]
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "否（委托律师出庭）")
    built.quirk("appeal_is_another_hearing", name, lit.name, "litigation.cases",
                "行终 二审 是另一次应诉（件次）；2023年12月开庭的一件不计入")  # fmt: skip
    built.quirk("review_is_no_lawsuit", name, review.name, "litigation.cases", "行政复议 不是行政诉讼，不计入应诉")
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件表只有表头，表下注 本年度未制定：台账在，数是0")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    city_operations_events_html(built, rng)
    hotline_orders_gbk(built, rng)
    enforcement = penalty_register_two_procedures(built, rng)
    inspection_book_et(built, rng, enforcement)
    built.ledgers["enforcement"] = enforcement
    screened = disputes_quarter_sheets(built, rng)
    mediation_register_xml(built, rng, screened)
    petitions_word_municipal_levels(built, rng)
    counsel_workstation_ods(built, rng)
    disclosure_portal_book(built, rng)
    police_list_bom(built, rng)
    rule_of_law_biff(built, rng)
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
