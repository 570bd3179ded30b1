"""鲁桥镇 (虚构; 鲁阳县, a fictitious county of 鲁西南 in 山东), 2024: a large 镇 of some 60,000 people under 县乡一体化
综合执法 — the 镇综合行政执法办公室 enforces the 赋权事项 the county devolved to it (a list with 事项编码), its cases
exported from the province's 行政执法监督平台 with 案件来源 and 简易 / 普通程序 mixed, in the hundreds; a 综治中心 whose
disputes come in from 网格员上报, 12345 转办 and 来访; 一村一法律顾问; 信访 received 网上 and as 12345 转办; 人民调解 by
the 村（居）调委会 and by the county's 行业性 调委会 (道路交通事故, 医疗) in their 鲁桥 工作站; 行政复议 and 行政诉讼 of
a busy town. Built blind (issue 12, the 72nd town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 济宁 镇街综合执法办公室 (sd.china.com.cn/a/2021/renshirenmian_1118/1032465.html, 2021-11): 曲阜 鲁城街道
  综合执法办公室, 1112 项 执法事项 委托, 下沉执法人员, cases found by 热线转办、网格巡查、受理群众投诉, 行政检查 and
  行政处罚, 责令整改通知书 — the 案件来源 and categories of the export.
- 山东省赋予乡镇（街道）行政执法权指导目录 (m.163.com/news/article/ISGLANV404379D5J.html): 行政处罚权 and the 行政
  检查权、行政强制措施权 that go with it, "点单" 赋权 in batches — the 赋权事项清单 and its three 事项类型.
- 青岛市即墨区田横镇权责清单 (kunmingchi.com, a .xls of 序号 / 事项名称 / 职权类型 / 实施依据 / 责任事项): the layout
  of the 赋权事项清单 (a list of powers, no case in it).
- 大众新闻 on 山东省行政执法问题线索收集和处理办法 (dzrb.dzng.com, 2025-12): 12345政务服务便民热线, "鲁执法" 平台
  — the 12345 转办 as a source of cases and of 信访.
- 单县司法局 (sdfzcm.com/a/fayuan/20181017/17459.html): 485 个村（社区）的法律顾问, 每月至少到村服务8小时, 每年法律
  讲座不少于4次; 泰安 "一村（社区）一法律顾问" (sfj.taian.gov.cn 2018); 沂水 诸葛镇 (m.yybnet.net 2015: 法律咨询
  2600余人次, 法律讲座, 参与调处) — the 村居法律顾问 register's services and volumes.
- 山东省法治乡村建设观察 (moj.gov.cn 2024-09-02, 农民日报): 蒙阴 常路镇 微网格, 网格员 2小时见面制, 村（居）法律
  顾问 — the 网格 column and 网格员上报 source of the 排查 register; 滨州 沾化 泊头镇 信访网格员 (ttnews.xyz, 大众日报):
  网格员 uploads 矛盾纠纷 to the town's platform.
- 嘉祥县 金屯镇 2024年政府信息公开工作年度报告 (jiaxiang.gov.cn): 主动公开 35 条 on the county portal, 依申请 2 件
  — the volumes of the 政务公开 register; 曲阜 尼山镇 2024年度法治政府建设情况报告 (qufu.gov.cn 2025-01-03): 回复
  信息公开申请2件, 村合同合法性审查567件, 一村一法律顾问, 法律明白人培训, 负责人出庭应诉, 行政复议.
- 山东法制报 2025-07-25 on 青岛市人民调解案件补贴经费管理办法: 按难易程度四类, 口头调解 参照简易案件按比例 — the
  tiers of the 以案定补 column here (the amounts are illustrative).
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the town, the county, its 调委会, the villages (plainly made up), the law firms, the people,
the case and platform numbers, the 事项编码.

Files (11, nine formats): the 执法监督平台 export (HTML .xls), the 赋权事项清单 (xlsx: a list of powers, no cases), the
综治中心's 排查化解 台账 (xlsx, a sheet per quarter, a two-row 当事人 header, 事件来源 and 网格), the 司法所's 调解 登记簿
(WPS .et: 村（居）调委会 and 行业性专业性调委会 sheets, the latter with the 赔偿金额 agreed), the 信访 system's export
(Excel 2003 XML: 信访事项 and a sheet of 12345 工单), the 村居法律顾问 visits (.ods, a column per service), the 政务公开
register (CSV UTF-8 BOM), the 派出所's list (.xls BIFF8), the 涉诈 list (GBK CSV), the 法治 workbook (行政诉讼, 行政复议,
规范性文件) and the 学法用法 register in Word (sessions, then the 学法考试 table).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "鲁桥镇"
YEAR = 2024
COUNTY = "鲁阳县"
SEED = 72_2024
# Made-up villages (no real 村 of any 鲁桥): 村 and 社区 of a large 鲁西南 镇.
VILLAGES = (
    "前李庄村", "后李庄村", "王楼村", "张营村", "刘集村", "孙庄村", "河口村", "董桥村", "郭堤村", "马楼村",
    "高庙村", "韩庄村", "赵闸村", "袁口村", "徐洼村", "丁庄村", "北街社区", "南街社区", "新河社区", "运河社区",
)  # fmt: skip


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _dt(d: dt.date) -> dt.datetime:
    return dt.datetime(d.year, d.month, d.day)


# --- 行政执法: 执法监督平台 export and the 赋权事项清单 -----------------------------------------------------

# 赋权事项 of the town (fictitious codes): (事项编码, 事项名称, 事项类型).
POWERS = [
    ("LY-CF-0101", "对农村村民未经批准或者违反规划建住宅的处罚", "行政处罚"),
    ("LY-CF-0102", "对在城镇规划区内擅自占用道路摆摊设点的处罚", "行政处罚"),
    ("LY-CF-0103", "对随意倾倒、抛撒或者堆放生活垃圾的处罚", "行政处罚"),
    ("LY-CF-0104", "对露天焚烧秸秆、落叶等产生烟尘污染物质的处罚", "行政处罚"),
    ("LY-CF-0105", "对未取得食品经营许可从事食品经营（小餐饮）的处罚", "行政处罚"),
    ("LY-CF-0106", "对擅自设置户外广告设施的处罚", "行政处罚"),
    ("LY-CF-0107", "对违反规定占用耕地建窑、建坟或者擅自在耕地上建房的处罚", "行政处罚"),
    ("LY-JC-0201", "对农村自建房安全情况的检查", "行政检查"),
    ("LY-JC-0202", "对沿街商户门前责任区（市容环境卫生）的检查", "行政检查"),
    ("LY-JC-0203", "对小餐饮、小作坊食品安全的检查", "行政检查"),
    ("LY-JC-0204", "对秸秆禁烧、大气污染防治的检查", "行政检查"),
    ("LY-JC-0205", "对燃气经营、使用安全的检查", "行政检查"),
    ("LY-QZ-0301", "查封违法建设施工现场、扣押施工工具", "行政强制"),
    ("LY-QZ-0302", "扣押违法占道经营的物品", "行政强制"),
]
SOURCES = {"巡查发现": 50, "投诉举报": 14, "12345热线转办": 16, "上级交办": 6, "部门移送": 5, "网格员上报": 9}


def enforcement_platform_export(built: Built, rng: random.Random) -> None:
    """The 行政执法监督平台's case list exported as an HTML table saved .xls: one row per 当事人 (共同违法 twice under one
    案件编号), 案件来源 in the platform's words, 程序类型 简易程序 / 普通程序 for penalties, 执法类别 行政强制措施 for the
    查封 / 扣押 cases, 立案日期 beside 作出决定日期 (three cases filed in December 2023 and decided in January count in
    2024; six penalties still 调查取证 at the year's end have no decision and count nowhere), 罚没金额（元）, and the
    赋权事项编码 of the power used."""
    name = f"{TOWN}综合行政执法办公室{YEAR}年执法案件信息导出.xls"
    sheet = Sheet("案件列表")
    sheet.title(
        f"{COUNTY}行政执法监督平台 案件信息（{TOWN}综合行政执法办公室，立案日期 {YEAR - 1}-12-01 至 {YEAR}-12-31）", 14
    )
    sheet.header([["序号", "案件编号", "案件名称", "赋权事项编码", "执法类别", "程序类型", "案件来源", "当事人",
                   "立案日期", "作出决定日期", "决定书文号", "罚没金额（元）", "案件状态", "承办人"]])  # fmt: skip
    plan = [("行政检查", 176), ("简易", 92), ("普通", 47), ("行政强制", 7)]
    cases: list[tuple[str, dt.date]] = [(kind, d) for kind, n in plan for d in _days(rng, n)]
    # Three filed in late December 2023, decided in January (the year is the decision date).
    late = [("普通", dt.date(YEAR, 1, d)) for d in (8, 11, 16)]
    cases = sorted(cases + late, key=lambda c: c[1])
    records = []
    numbers = {"简易": 0, "普通": 0, "行政检查": 0, "行政强制": 0}
    row = 0
    platform = 0
    for kind, decided in cases:
        platform += 1
        case_no = f"3708{rng.randint(10, 99)}{YEAR}{platform:05d}"
        numbers[kind] += 1
        if kind in ("简易", "普通"):
            power = rng.choice([p for p in POWERS if p[2] == "行政处罚"])
            category, procedure = "行政处罚", f"{kind}程序"
            letter = "当罚" if kind == "简易" else "罚决字"
            doc = f"鲁桥综执{letter}〔{YEAR}〕{numbers[kind]}号"
            money = rng.choice([50, 100, 200]) if kind == "简易" else rng.choice([500, 1000, 2000, 3000, 5000, 10000])
        elif kind == "行政检查":
            power = rng.choice([p for p in POWERS if p[2] == "行政检查"])
            category, procedure, doc, money = "行政检查", "", f"鲁桥综执检记〔{YEAR}〕{numbers[kind]}号", None
        else:
            power = rng.choice([p for p in POWERS if p[2] == "行政强制"])
            category, procedure, doc, money = "行政强制措施", "", f"鲁桥综执强〔{YEAR}〕{numbers[kind]}号", None
        filed = decided - dt.timedelta(days=0 if kind in ("简易", "行政检查") else rng.randint(3, 40))
        if (decided.month, decided.day) in ((1, 8), (1, 11), (1, 16)) and kind == "普通":
            filed = dt.date(YEAR - 1, 12, rng.randint(18, 28))
        title = power[1].removeprefix("对").removesuffix("的处罚").removesuffix("的检查")
        parties = 2 if kind == "普通" and rng.random() < 0.12 else 1
        source = fake.pick(rng, SOURCES)
        for _ in range(parties):
            row += 1
            who = fake.name(rng) if rng.random() < 0.75 else f"{COUNTY}{rng.choice(['鑫源', '福顺', '运河'])}餐饮店"
            sheet.add(row, case_no, f"{who[:1]}某某{title}案" if category != "行政检查" else f"{title}",
                      power[0], category, procedure, source, who, f"{filed:%Y-%m-%d}", f"{decided:%Y-%m-%d}", doc,
                      money if money is not None else "", "已结案", fake.name(rng))  # fmt: skip
        records.append({"case_no": case_no, "category": "行政强制" if kind == "行政强制" else category,
                        "decided_on": decided})  # fmt: skip
    # Six penalties filed in December, still 调查取证: no decision, no case of the year's figures.
    for filed in _days(rng, 6, dt.date(YEAR, 12, 2), dt.date(YEAR, 12, 27)):
        platform += 1
        row += 1
        power = rng.choice([p for p in POWERS if p[2] == "行政处罚"])
        who = fake.name(rng)
        sheet.add(row, f"3708{rng.randint(10, 99)}{YEAR}{platform:05d}", f"{who[:1]}某某涉嫌违法案", power[0], "行政处罚",
                  "普通程序", fake.pick(rng, SOURCES), who, f"{filed:%Y-%m-%d}", "", "", "", "调查取证",
                  fake.name(rng))  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["enforcement"] = records
    built.quirk("html_as_xls", name, sheet.name, "enforcement.cases", "执法监督平台导出的 HTML 表格冒充 .xls")
    built.quirk("one_row_per_offender", name, sheet.name, ("enforcement.cases", "enforcement.penalty"),
                "共同违法的两名当事人各占一行、案件编号相同：按编号计一件")  # fmt: skip
    built.quirk("coercive_measure_word", name, sheet.name, "enforcement.coercion",
                "执法类别 行政强制措施（查封、扣押）= 行政强制")  # fmt: skip
    built.quirk("filed_and_decided_dates", name, sheet.name, ("enforcement.cases", "enforcement.penalty"),
                "立案日期 与 作出决定日期 两列：上年12月立案、当年1月决定的计入当年；年底仍在调查取证、没有决定日期的不计")  # fmt: skip
    built.quirk("simple_and_ordinary_procedure", name, sheet.name, "enforcement.penalty",
                "简易程序（当场处罚，当罚字）与普通程序（罚决字）都是行政处罚，文号各自编号")  # fmt: skip


def power_list_not_register(built: Built, rng: random.Random) -> None:
    """The 赋权事项清单 the county published for the town, kept in the same folder: 序号 / 事项编码 / 事项名称 / 事项类型 /
    原实施部门 / 实施依据 / 承接方式 — powers, not cases (no date, no case number): it counts nothing and must not make
    the enforcement figures unknown."""
    name = f"{COUNTY}赋予{TOWN}行政执法权事项清单（{YEAR}年版）.xlsx"
    sheet = Sheet("赋权事项清单")
    sheet.title(f"{COUNTY}赋予{TOWN}行政执法权事项清单（第二批，{YEAR}年调整）", 7)
    sheet.header([["序号", "事项编码", "事项名称", "事项类型", "原实施部门", "实施依据", "承接方式"]])
    depts = {"行政处罚": "县综合行政执法局", "行政检查": "县市场监督管理局", "行政强制": "县综合行政执法局"}
    for n, (code, title, kind) in enumerate(POWERS, start=1):
        basis = rng.choice(["《山东省城乡规划条例》", "《城市市容和环境卫生管理条例》", "《山东省食品小作坊小餐饮和食品摊点管理条例》",
                            "《中华人民共和国大气污染防治法》", "《村庄和集镇规划建设管理条例》"])  # fmt: skip
        sheet.add(n, code, title, kind, depts[kind], basis, "赋权" if kind == "行政处罚" else "委托")
    built.books.append(Book(name, [sheet]))
    built.quirk("power_list_not_register", name, sheet.name, "enforcement.cases",
                "赋权事项清单（事项编码、事项类型 行政处罚/行政检查/行政强制）是权力清单，不是案件台账：不计，也不让执法数变为未知")  # fmt: skip


# --- 矛盾纠纷排查 (综治中心, a sheet per quarter) ----------------------------------------------------------

DISPUTE_TYPES = {"邻里纠纷": 6, "婚姻家庭纠纷": 4, "土地承包纠纷": 3, "宅基地纠纷": 2.5, "劳资纠纷": 2,
                 "道路交通事故纠纷": 2, "医疗纠纷": 0.6, "物业纠纷": 1, "合同纠纷": 1.2, "损害赔偿纠纷": 1.5}  # fmt: skip
DISPUTE_SOURCES = {"网格员上报": 45, "群众来访": 20, "12345热线转办": 12, "村居排查": 18, "部门移交": 5}
# What the 综治中心 types as 化解状态, and what it is by ledger-kinds.md.
DISPUTE_STATES = {"已化解": "已化解", "化解成功": "已化解", "正在化解": "化解中", "稳控中": "化解中",
                  "已导入诉讼": "已上报/移交", "已移交职能部门": "已上报/移交"}  # fmt: skip


def disputes_quarter_sheets(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解台账: a 填表说明 sheet (no table), then a sheet per quarter (序号 restarting),
    a two-row header (当事人 › 姓名 | 联系电话), 事件来源 网格员上报 / 群众来访 / 12345热线转办 / 村居排查 / 部门移交, 所属网格
    第N网格, 化解状态 已化解 / 化解成功 / 正在化解 / 稳控中 / 已导入诉讼 / 已移交职能部门, a 小计 line under each quarter;
    dates real in the first three quarters and typed 2024.10.8 in the fourth."""
    name = f"{TOWN}综治中心{YEAR}年矛盾纠纷排查化解台账.xlsx"
    guide = Sheet("填表说明")
    guide.add("填表说明：")
    guide.add("1. 事件来源填写：网格员上报、群众来访、12345热线转办、村居排查、部门移交。")
    guide.add("2. 化解状态填写：已化解、正在化解、稳控中、已导入诉讼、已移交职能部门。")
    guide.add("3. 每季度末5日前报镇综治中心。")
    sheets = [guide]
    records: list[dict] = []
    days = _days(rng, 412)
    quarters = ["一季度", "二季度", "三季度", "四季度"]
    for q, label in enumerate(quarters):
        sheet = Sheet(label)
        sheet.title(f"{TOWN}{YEAR}年{label}矛盾纠纷排查化解台账", 13)
        sheet.header(
            [["序号", "登记日期", "事件来源", "所属网格", "村（居）", "纠纷类型", "当事人", None, "简要情况",
              "化解措施", "化解状态", "化解日期", "包保责任人"],
             [None, None, None, None, None, None, "姓名", "联系电话", None, None, None, None, None]],
            [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 6, 9, 10, 11, 12, 13)] + [(1, 7, 1, 8)],
        )  # fmt: skip
        mine = [d for d in days if (d.month - 1) // 3 == q]
        done_count = 0
        for n, day in enumerate(mine, start=1):
            village = rng.choice(VILLAGES)
            kind = fake.pick(rng, DISPUTE_TYPES)
            said = fake.pick(rng, {"已化解": 74, "化解成功": 12, "正在化解": 5, "稳控中": 2, "已导入诉讼": 3,
                                   "已移交职能部门": 4})  # fmt: skip
            state = DISPUTE_STATES[said]
            done = (
                min(day + dt.timedelta(days=rng.randint(0, 25)), dt.date(YEAR, 12, 31)) if state == "已化解" else None
            )
            style = "dot" if q == 3 else "date"
            sheet.add(n, fake.date_cell(day, style), fake.pick(rng, DISPUTE_SOURCES), f"第{rng.randint(1, 9)}网格",
                      village, kind, f"{fake.name(rng)}、{fake.name(rng)}", fake.mobile(rng),
                      f"{village}{kind.removesuffix('纠纷')}问题", rng.choice(["现场调解", "法律顾问参与", "多部门联调", "说服教育"]),
                      said, fake.date_cell(done, style) if done else "", fake.name(rng))  # fmt: skip
            done_count += state == "已化解"
            records.append({"screened_on": day, "status": state, "kind": kind})
        sheet.add(f"小计：本季度排查{len(mine)}件，化解{done_count}件", *[None] * 12)
        sheet.merges.append((sheet.next_row - 1, 1, sheet.next_row - 1, 13))
        sheets.append(sheet)
    built.books.append(Book(name, sheets))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("restarting_numbers", name, "二季度", "disputes.screened", "每季度一张表，序号各自从1编起")
    built.quirk("grid_and_source_columns", name, "一季度", "disputes.screened",
                "事件来源（网格员上报、12345热线转办、群众来访）与 所属网格（第N网格）两列：来源不是状态，网格不是村")  # fmt: skip
    built.quirk("quarter_subtotal_line", name, "三季度", "disputes.screened",
                "每季度末一行 小计：本季度排查N件，化解M件（合并单元格）：不是记录")  # fmt: skip
    built.quirk("value_synonyms", name, "一季度", ("disputes.resolved", "disputes.resolution_rate"),
                "化解成功 = 已化解；稳控中 = 化解中；已导入诉讼、已移交职能部门 = 已上报/移交（不是化解）")  # fmt: skip
    return records


# --- 人民调解 (司法所 登记簿, WPS .et) ---------------------------------------------------------------------

# 以案定补 of this fictitious county (illustrative; 四类 by 难易程度 as 青岛's 2025 办法, 口头 paid a share of 简易):
# 口头 30 元; 书面 简易 50 / 一般 200 / 疑难 400 / 重大 800 元.
SUBSIDY = {
    ("口头", "简易"): 30,
    ("书面", "简易"): 50,
    ("书面", "一般"): 200,
    ("书面", "疑难"): 400,
    ("书面", "重大"): 800,
}
TRAFFIC = f"{COUNTY}道路交通事故纠纷人民调解委员会鲁桥工作站"
MEDICAL = f"{COUNTY}医疗纠纷人民调解委员会鲁桥镇卫生院调解室"


def mediation_village_and_trade_committees(built: Built, rng: random.Random) -> None:
    """The 司法所's 人民调解案件登记簿 in WPS (.et), two sheets: 村（居）调委会 (镇调委会 and the villages' 调委会; 当事人
    merged over 申请人 / 被申请人; 协议形式 口头协议 / 书面协议; 调解结果 调解成功 / 调解不成功 / 终止调解; 案件难易 简易 /
    一般 / 疑难 / 重大; 补贴金额（元）) and 行业性专业性调委会 (the county's 交通事故 and 医疗 调委会 at their 鲁桥 posts:
    事故认定书编号, the 赔偿金额（元） the parties agreed — money that is no subsidy — then the 补贴金额（元）)."""
    name = f"{TOWN}司法所人民调解案件登记簿（{YEAR}年）.et"
    village = Sheet("村（居）调委会")
    village.title(f"{TOWN}人民调解案件登记簿（{YEAR}年·村居调委会）", 13)
    village.header(
        [["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "调解结果", "协议形式", "案件难易",
          "补贴金额（元）", "履行情况", "调解员"],
         [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None, None]],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13)] + [(1, 6, 1, 7)],
    )  # fmt: skip
    records = []
    plan = ["成功"] * 268 + ["不成功"] * 9 + ["终止"] * 4
    rng.shuffle(plan)
    for n, (outcome, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        file_no = f"（{YEAR}）鲁桥人调字第{n}号"
        org = "鲁桥镇人民调解委员会" if rng.random() < 0.3 else f"{rng.choice(VILLAGES)}人民调解委员会"
        kind = fake.pick(rng, {k: w for k, w in DISPUTE_TYPES.items() if k not in ("道路交通事故纠纷", "医疗纠纷")})
        if outcome == "成功":
            form = "书面" if rng.random() < 0.34 else "口头"
            tier = fake.pick(rng, {"简易": 3, "一般": 5, "疑难": 2, "重大": 0.5}) if form == "书面" else "简易"
            money = SUBSIDY[(form, tier)]
            cells = ("调解成功", f"{form}协议", tier, money, rng.choice(["已履行", "已履行", "部分履行"]))
        else:
            form, money = None, None
            cells = ("调解不成功" if outcome == "不成功" else "终止调解", "", "", "", "")
        village.add(n, file_no, fake.date_cell(day, "date"), org, kind, fake.name(rng), fake.name(rng), *cells,
                    fake.name(rng))  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    trade = Sheet("行业性专业性调委会")
    trade.title(f"{TOWN}辖区行业性专业性人民调解案件登记（{YEAR}年）", 13)
    trade.header([["序号", "案号", "受理日期", "调解组织", "纠纷类型", "申请人", "被申请人", "事故认定书编号",
                   "调解结果", "协议形式", "赔偿金额（元）", "案件难易", "补贴金额（元）"]])  # fmt: skip
    t_plan = [("交通", "成功")] * 31 + [("交通", "不成功")] * 3 + [("医疗", "成功")] * 6 + [("医疗", "终止")] * 1
    rng.shuffle(t_plan)
    counters = {"交通": 0, "医疗": 0}
    for n, ((field, outcome), day) in enumerate(zip(t_plan, _days(rng, len(t_plan))), start=1):
        counters[field] += 1
        case = f"（{YEAR}）鲁阳{'交调' if field == '交通' else '医调'}字第{counters[field] + (40 if field == '交通' else 7)}号"
        org, kind = (TRAFFIC, "道路交通事故纠纷") if field == "交通" else (MEDICAL, "医疗纠纷")
        report = f"鲁公交认字〔{YEAR}〕第{rng.randint(100, 999)}号" if field == "交通" else ""
        victim = fake.name(rng)
        other = fake.name(rng) if field == "交通" else f"{TOWN}卫生院"
        if outcome == "成功":
            tier = fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1})
            money = SUBSIDY[("书面", tier)]
            compensation = rng.choice([3000, 6800, 12000, 25000, 48000, 86000])
            trade.add(n, case, fake.date_cell(day, "date"), org, kind, victim, other, report, "调解成功", "书面协议",
                      compensation, tier, money)  # fmt: skip
            records.append(
                {"file_no": case, "accepted_on": day, "form": "书面", "result": "调解成功", "subsidy": money}
            )
        else:
            trade.add(n, case, fake.date_cell(day, "date"), org, kind, victim, other, report,
                      "调解不成功" if outcome == "不成功" else "终止调解", "", "", "", "")  # fmt: skip
            records.append({"file_no": case, "accepted_on": day, "form": None, "result": "调解不成功", "subsidy": None})
    built.books.append(Book(name, [village, trade], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("header_four_rows", name, village.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "两行表头：当事人 › 申请人 / 被申请人")  # fmt: skip
    built.quirk("trade_committee_sheet", name, trade.name, ("mediation.cases", "mediation.written"),
                "行业性专业性调委会（交通事故、医疗）的案件另起一表，案号（2024）鲁阳交调字：也是本镇的人民调解案件")  # fmt: skip
    built.quirk("compensation_beside_subsidy", name, trade.name, "mediation.subsidy_yuan",
                "赔偿金额（元）是当事人达成的赔偿，不是补贴：补贴只看 补贴金额（元）")  # fmt: skip
    built.quirk("negated_results", name, village.name, "mediation.cases", "调解不成功、终止调解 不是成功")


# --- 信访 (信访信息系统 export, Excel 2003 XML) --------------------------------------------------------------


def petitions_system_export_with_hotline_sheet(built: Built, rng: random.Random) -> None:
    """The 信访 system's export saved as Excel 2003 XML .xls: 信访形式 网上信访 / 来访 / 来信, 交办单位 in 联席办 words
    (中央联席办 / 省联席办 / 市联席办 / 县联席办交办, 镇信访办 for those received here), 办理状态 已化解 / 正在化解; and a
    second sheet of 12345 热线 工单 the county's 12345 转办 to the town (工单编号, 诉求类型 咨询 / 投诉 / 求助, 办理状态
    已办结, 回访满意度): hotline work orders, not 信访事项 assigned by a 联席办 — no petition of the figures."""
    name = f"{TOWN}{YEAR}年信访事项及12345工单导出.xls"
    sheet = Sheet("信访事项")
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", 11)
    sheet.header([["序号", "信访件编号", "登记日期", "信访形式", "交办单位", "信访人", "反映问题", "是否重复信访",
                   "责任单位", "办理状态", "办结日期"]])  # fmt: skip
    plan = (
        [("中央", "已化解")] * 1 + [("省", "已化解")] * 2 + [("省", "正在化解")] * 1 + [("市", "已化解")] * 5
        + [("市", "正在化解")] * 1 + [("县", "已化解")] * 14 + [("县", "正在化解")] * 3
        + [("本级", "已化解")] * 9 + [("本级", "正在化解")] * 2
    )  # fmt: skip
    rng.shuffle(plan)
    said = {
        "中央": "中央联席办交办",
        "省": "省联席办交办",
        "市": "市联席办交办",
        "县": "县联席办交办",
        "本级": "镇信访办受理",
    }
    truth = {"中央": "中联办", "省": "省联办", "市": "市联办", "县": "县联办", "本级": "本级受理"}
    issues = ["土地承包经营权流转纠纷", "宅基地审批", "拖欠农民工工资", "征地补偿款分配", "村务公开", "低保评定",
              "违建拆除", "邻里排水纠纷", "养老保险待遇", "拆迁安置"]  # fmt: skip
    records = []
    for n, ((level, status), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        no = f"LQXF{YEAR}{n:04d}"
        form = fake.pick(rng, {"网上信访": 5, "来访": 3, "来信": 1}) if level != "本级" else "来访"
        done = day + dt.timedelta(days=rng.randint(15, 60)) if status == "已化解" else None
        sheet.add(n, no, _dt(day), form, said[level], fake.masked(fake.name(rng)), rng.choice(issues),
                  "是" if level in ("省", "中央") and status == "正在化解" else "否",
                  rng.choice(["镇综治中心", "镇自然资源所", "镇民政办", "镇综合执法办"]), status,
                  _dt(done) if done and done.year == YEAR else None)  # fmt: skip
        records.append({"petition_no": no, "source": truth[level], "status": status, "assigned_on": day})
    hotline = Sheet("12345工单")
    hotline.title(f"{COUNTY}12345政务服务便民热线转办{TOWN}工单（{YEAR}年）", 8)
    hotline.header([["序号", "工单编号", "转办时间", "诉求类型", "诉求内容", "办理状态", "办结时间", "回访满意度"]])
    for n, day in enumerate(_days(rng, 64), start=1):
        hotline.add(n, f"SD12345{YEAR}{rng.randint(1_000_000, 9_999_999)}", _dt(day),
                    fake.pick(rng, {"咨询": 3, "投诉": 4, "求助": 2, "建议": 1}),
                    rng.choice(["路灯不亮", "垃圾未清运", "占道经营", "噪音扰民", "自来水停水", "秸秆焚烧"]), "已办结",
                    _dt(min(day + dt.timedelta(days=rng.randint(1, 5)), dt.date(YEAR, 12, 31))),
                    fake.pick(rng, {"满意": 8, "基本满意": 2, "不满意": 0.5}))  # fmt: skip
    built.books.append(Book(name, [sheet, hotline], fmt="xml-xls"))
    built.ledgers["petitions"] = records
    built.quirk("xml_spreadsheet_as_xls", name, sheet.name, "petitions.assigned")
    built.quirk("joint_office_words", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "交办单位 中央联席办交办 / 省联席办交办 / 市联席办交办 / 县联席办交办（联席办 = 联办）；镇信访办受理 是本级")  # fmt: skip
    built.quirk("hotline_orders_not_petitions", name, hotline.name, "petitions.assigned",
                "12345热线转办工单（诉求类型、回访满意度）不是联席办交办的信访事项：不计")  # fmt: skip


# --- 村居法律顾问 (.ods, a column per service) --------------------------------------------------------------

COUNSEL_COLUMNS = {  # column → (service of the truth, chance a visit has it, sizes)
    "法律咨询（人次）": ("法律咨询", 0.8, (1, 2, 3, 4, 6)),
    "审查合同（份）": ("文书审核", 0.35, (1, 1, 2, 3)),
    "出具法律意见书（份）": ("法律意见书", 0.12, (1, 1, 2)),
    "参与调解（件）": (None, 0.3, (1, 1, 2)),
    "法治讲座（场）": (None, 0.15, (1,)),
    "法律援助（件）": ("法律援助", 0.03, (1,)),
}


def counsel_village_visits_ods(built: Built, rng: random.Random) -> None:
    """The 一村一法律顾问 register the 司法所 keeps of the advisers' monthly visits, saved by WPS as .ods: one row per
    visit, a column per service counting what was done (法律咨询（人次）, 审查合同（份）, 出具法律意见书（份）, 参与调解（件）,
    法治讲座（场）, 法律援助（件）), a blank cell where nothing was (no service, not one)."""
    name = f"{TOWN}村（居）法律顾问服务情况登记表{YEAR}.ods"
    sheet = Sheet("服务登记")
    sheet.title(f"{TOWN}“一村（居）一法律顾问”服务情况登记表（{YEAR}年）", 11)
    sheet.header([["序号", "服务日期", "村（居）", "法律顾问", "所属律所", *COUNSEL_COLUMNS, "备注"]])
    advisers = {
        v: (fake.name(rng), rng.choice(["（虚构）山东鲁阳律师事务所", "（虚构）鲁桥法律服务所"])) for v in VILLAGES
    }
    records = []
    for n, day in enumerate(_days(rng, 168), start=1):
        village = rng.choice(VILLAGES)
        counts = []
        for service, chance, sizes in COUNSEL_COLUMNS.values():
            qty = rng.choice(sizes) if rng.random() < chance else None
            counts.append(qty if qty else "")
            if qty and service:
                records.append({"served_on": day, "service": service, "quantity": qty})
        sheet.add(n, fake.date_cell(day, "date"), village, *advisers[village], *counts, "")
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["counsel"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "counsel.consultations")
    built.quirk("wide_log", name, sheet.name, ("counsel.consultations", "counsel.document_reviews"),
                "每次服务一行，每项服务一列计数（法律咨询（人次）、审查合同（份）…）；空格是没有，不是1")  # fmt: skip


# --- 政务公开 (CSV UTF-8 BOM) -------------------------------------------------------------------------------


def disclosure_csv_news_and_requests(built: Built, rng: random.Random) -> None:
    """The 党政办's 信息公开 register as a CSV (UTF-8 with BOM): 信息类别 主动公开 / 新闻宣传 / 依申请公开, 发布渠道
    the county portal's 镇 column, the 政务公开栏, the “鲁桥发布” 公众号, 鲁阳融媒 and 大众网; two applications answered."""
    name = f"{TOWN}{YEAR}年政府信息公开登记台账.csv"
    sheet = Sheet("信息公开")
    sheet.add(f"{TOWN}{YEAR}年政府信息公开登记台账")
    sheet.header([["序号", "信息名称", "发布日期", "发布渠道", "信息类别", "责任科室"]])
    kinds = ["主动公开"] * 36 + ["新闻宣传"] * 94 + ["依申请公开"] * 2
    rng.shuffle(kinds)
    records = []
    for n, (kind, day) in enumerate(zip(kinds, _days(rng, len(kinds))), start=1):
        if kind == "主动公开":
            carrier = fake.pick(rng, {f"{COUNTY}人民政府网站（{TOWN}专栏）": 5, "政务公开栏": 2})
            title = rng.choice(["城乡低保对象公示", "耕地地力保护补贴发放公示", "临时救助公示", "重大行政决策事项目录"])
        elif kind == "新闻宣传":
            carrier = fake.pick(rng, {"“鲁桥发布”微信公众号": 6, "鲁阳融媒（虚构）": 2, "大众网": 1})
            title = rng.choice(["综合执法进村居", "网格员化解邻里纠纷", "法律明白人培训", "秸秆禁烧宣传"])
        else:
            carrier, title = "书面答复", "关于土地征收补偿标准的申请答复"
        sheet.add(n, title, fake.date_cell(day, "cn"), carrier, kind, rng.choice(["党政办", "综治中心", "综合执法办"]))
        records.append({"published_on": day, "type": {"新闻宣传": "媒体发布"}.get(kind, kind)})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["disclosure"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("disclosure.proactive", "disclosure.media"))
    built.quirk("news_publicity_type", name, sheet.name, "disclosure.media", "信息类别 新闻宣传 = 媒体发布/宣传报道")


# --- 派出所 (.xls BIFF8) -------------------------------------------------------------------------------------


def police_station_register_xls(built: Built, rng: random.Random) -> None:
    """The 派出所's 平安建设 register as Excel 97 .xls: 类别 家暴告诫 / 家庭暴力（拘留） / 涉黄 / 涉赌 / 盗窃, 拘留人数
    typed 2人 or left blank where nobody was detained."""
    name = f"{COUNTY}公安局鲁桥派出所{YEAR}年治安案件及家暴告诫登记.xls"
    sheet = Sheet("登记表")
    sheet.title(f"鲁桥派出所{YEAR}年治安案件及家暴告诫登记表", 8)
    sheet.header([["序号", "日期", "类别", "发生地", "当事人", "简要案情", "处理结果", "拘留人数"]])
    plan = ([("家暴告诫", "家暴告诫书")] * 19 + [("家庭暴力（拘留）", "家暴治安案件")] * 2 + [("涉黄", "涉黄治安案件")] * 4
            + [("涉赌", None)] * 9 + [("盗窃", None)] * 12)  # fmt: skip
    rng.shuffle(plan)
    records = []
    for n, ((said, kind), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if said == "家暴告诫":
            result, detained = "出具家庭暴力告诫书", 0
        elif said == "涉黄":
            detained = rng.randint(1, 3)
            result = f"行政拘留{rng.choice([5, 10, 15])}日"
        else:
            detained = rng.randint(1, 3) if said != "盗窃" or rng.random() < 0.5 else 0
            result = f"行政拘留{rng.choice([5, 7, 10])}日" if detained else "罚款500元"
        typed = "" if detained == 0 else (f"{detained}人" if rng.random() < 0.4 else detained)
        sheet.add(n, _dt(day), said, rng.choice(VILLAGES), fake.masked(fake.name(rng)), f"{said}", result, typed)
        if kind:
            records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["security"] = records
    built.quirk("unit_in_count_cell", name, sheet.name, "security.vice_detentions", "拘留人数 写 2人，没人拘留的空着")
    built.quirk("short_category_words", name, sheet.name, ("security.dv_warnings", "security.vice_cases"),
                "类别 家暴告诫 = 家暴告诫书；涉黄 = 涉黄治安案件；家庭暴力（拘留）= 家暴治安案件")  # fmt: skip


# --- 涉诈 (GBK CSV) ------------------------------------------------------------------------------------------


def fraud_list_gbk(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 list as a GBK CSV from the 综治中心: 管控状态 在管 / 已核减, 是否取得联系 已联系 / 未联系."""
    name = f"{TOWN}涉诈高危人员管控台账（{YEAR}年12月）.csv"
    sheet = Sheet("管控台账")
    sheet.add(f"{TOWN}涉诈高危人员管控台账")
    sheet.header(
        [["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "核减时间", "是否取得联系", "包保人"]]
    )
    records = []
    for serial, removed, contacted, fields in fake.watch_list(rng, 44, list(VILLAGES), 0.35):
        when = fake.date_cell(_days(rng, 1)[0], "dot") if removed else ""
        sheet.add(serial, *fields, "已核减" if removed else "在管", when, "已联系" if contacted else "未联系",
                  fake.name(rng))  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["fraud_watch"] = records
    built.quirk("csv_gbk", name, sheet.name, "fraud_watch.remaining")
    built.quirk("contact_words", name, sheet.name, "fraud_watch.contacted", "在管 = 在册；已联系 / 未联系 = 是 / 否")


# --- 法治 workbook: 行政诉讼, 行政复议, 规范性文件 -----------------------------------------------------------


def litigation_and_review_workbook(built: Built, rng: random.Random) -> None:
    """The 司法所's workbook of a busy town: 行政诉讼 (seven cases, 出庭应诉负责人 with 职务, 是否出庭应诉 是 / 否（委托
    律师）), 行政复议 (the town as 被申请人 before the county government: 收案日期, 复议结果 维持 / 驳回 / 确认违法 — no
    lawsuit, no figure) and 规范性文件 (one document filed)."""
    name = f"{TOWN}{YEAR}年行政复议行政诉讼及规范性文件台账.xlsx"
    lit = Sheet("行政诉讼")
    lit.title(f"{TOWN}{YEAR}年行政诉讼案件（应诉）台账", 11)
    lit.header([["序号", "案号", "原告", "被告", "案由", "立案日期", "开庭日期", "出庭应诉负责人", "职务",
                 "是否出庭应诉", "审理结果"]])  # fmt: skip
    plan = [
        ("强制拆除违法建筑", "张某某（镇长）", True, "驳回诉讼请求"),
        ("行政强制（查封施工现场）", "王某某（副镇长）", True, "驳回诉讼请求"),
        ("土地承包经营权确认", "张某某（镇长）", True, "原告撤诉"),
        ("政府信息公开答复", "李某某（副镇长）", True, "驳回诉讼请求"),
        ("行政处罚（占道经营）", "", False, "驳回诉讼请求"),
        ("征地补偿安置", "张某某（镇长）", True, "确认违法"),
        ("不履行法定职责", "王某某（副镇长）", True, "驳回诉讼请求"),
    ]
    records = []
    for n, ((cause, who, appeared, result), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        case_no = f"（{YEAR}）鲁0899行初{rng.randint(10, 300)}号"
        leader, post = (who.split("（")[0], who.split("（")[1].rstrip("）")) if who else ("", "")
        lit.add(n, case_no, fake.name(rng), f"{TOWN}人民政府", cause, fake.date_cell(day - dt.timedelta(days=40), "cn")
                if day.month > 2 else fake.date_cell(day, "cn"), fake.date_cell(day, "cn"), leader, post,
                "是" if appeared else "否（委托律师出庭）", result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared})
    review = Sheet("行政复议")
    review.title(f"{TOWN}{YEAR}年行政复议案件台账（被申请人）", 9)
    review.header(
        [["序号", "案号", "申请人", "被申请人", "复议机关", "复议事项", "收案日期", "复议决定日期", "复议结果"]]
    )
    for n, (day, result) in enumerate(
        zip(_days(rng, 5), ["维持", "驳回复议申请", "维持", "确认违法", "终止审理"]), start=1
    ):
        review.add(n, f"鲁阳政复字〔{YEAR}〕第{rng.randint(10, 120)}号", fake.name(rng), f"{TOWN}人民政府",
                   f"{COUNTY}人民政府", rng.choice(["行政处罚", "政府信息公开", "强制拆除"]), fake.date_cell(day, "cn"),
                   fake.date_cell(min(day + dt.timedelta(days=55), dt.date(YEAR, 12, 30)), "cn"), result)  # fmt: skip
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件制定及备案登记表", 7)
    docs.header([["序号", "文件名称", "文号", "制定日期", "报备日期", "备案机关", "审查结果"]])
    issued = dt.date(YEAR, 6, 14)
    docs.add(1, f"{TOWN}人民政府关于加强农村宅基地和村民建房管理的规定", f"鲁桥政发〔{YEAR}〕9号",
             fake.date_cell(issued, "cn"), fake.date_cell(issued + dt.timedelta(days=12), "cn"), f"{COUNTY}司法局",
             "予以备案")  # fmt: skip
    built.books.append(Book(name, [lit, review, docs]))
    built.ledgers["litigation"] = records
    built.ledgers["normative_documents"] = [{"issued_on": issued}]
    built.quirk("review_sheet_not_litigation", name, review.name, "litigation.cases",
                "行政复议（复议机关、复议结果）与行政诉讼同在一本：复议不是应诉案件，不计入应诉件数")  # fmt: skip
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "否（委托律师出庭）")


# --- 学法用法 (Word) -----------------------------------------------------------------------------------------


def training_word_two_tables(built: Built, rng: random.Random) -> None:
    """The 学法用法 register in Word: a table of sessions (法律明白人 培训, 党委中心组学法, 会前学法, 执法人员 培训),
    then under a paragraph a second table of the province's 国家工作人员学法考试 (应参考人数 / 实参考人数)."""
    name = f"{TOWN}{YEAR}年学法用法工作台账.docx"
    sessions = Sheet(f"{TOWN}{YEAR}年学法用法及普法培训登记表")
    sessions.doc_before = [f"{TOWN}依法治镇办公室（司法所）"]
    sessions.header([["序号", "时间", "学习（培训）内容", "参加对象", "形式", "参加人数（人次）", "主讲人"]])
    plan = [
        ("党委理论学习中心组专题学法（行政复议法）", "领导干部", "中心组学习", 13),
        ("法律明白人骨干培训（民法典婚姻家庭编）", "法律明白人", "线下", 64),
        ("党政联席会议会前学法（信访工作条例）", "领导干部", "会前学法", 11),
        ("法律明白人培训（人民调解实务）", "法律明白人", "线下", 58),
        ("综合执法人员行政处罚法培训", "行政执法人员", "集中培训", 23),
        ("法律明白人“以案释法”线上培训", "法律明白人", "线上", 71),
        ("法律明白人培训（反电信网络诈骗法）", "法律明白人", "线下", 60),
    ]
    records = []
    for n, ((title, audience, form, people), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        sessions.add(n, fake.date_cell(day, "cn"), title, audience, form, people, fake.name(rng))
        records.append({"held_on": day, "audience": audience, "exam_required": None, "exam_taken": None})
    sessions.doc_after = ["二、国家工作人员学法考试情况"]
    exam = Sheet(f"{TOWN}{YEAR}年度国家工作人员学法考试参考情况")
    exam.header([["考试名称", "考试时间", "应参考人数", "实参考人数", "参考率", "备注"]])
    exam_day = dt.date(YEAR, 11, 20)
    exam.add(f"{YEAR}年山东省国家工作人员学法考试", fake.date_cell(exam_day, "cn"), 86, 85, "98.84%", "1人病假")
    records.append({"held_on": exam_day, "audience": "国家工作人员", "exam_required": 86, "exam_taken": 85})
    built.books.append(Book(name, [sessions, exam], fmt="docx"))
    built.ledgers["training"] = records
    built.quirk("word_table", name, sessions.name, "training.legal_literacy_sessions")
    built.quirk("exam_table_under_sessions", name, exam.name, "training.exam_coverage",
                "学法考试另起一张表（应参考 / 实参考 / 参考率 98.84%）：覆盖率取自人数，不取写好的百分比")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_platform_export(built, rng)
    power_list_not_register(built, rng)
    disputes_quarter_sheets(built, rng)
    mediation_village_and_trade_committees(built, rng)
    petitions_system_export_with_hotline_sheet(built, rng)
    counsel_village_visits_ods(built, rng)
    disclosure_csv_news_and_requests(built, rng)
    police_station_register_xls(built, rng)
    fraud_list_gbk(built, rng)
    litigation_and_review_workbook(built, rng)
    training_word_two_tables(built, rng)
    return built
