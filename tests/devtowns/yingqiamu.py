"""英恰木乡 (虚构; 昆河县 of 喀塔地区, a fictitious county and prefecture of 南疆, 新疆维吾尔自治区), 2024: an oasis 乡 of
farming and herding, 维吾尔族 in the majority, its 村 in 村民小组, a 兵团 连队 across the canal. Its offices keep their
books as 南疆 townships do: the 综治中心's 矛盾纠纷 排查 台账 with bilingual (汉维) headers and the '访惠聚' 驻村工作队
as a source, the 司法所's 人民调解 登记 (以案定补), the 信访 register whose 交办 come from the 自治区, the 地区 and the
县, the 派出所's 平安建设 records, the 党政办's 政务公开 register saved as a GB18030 CSV (a GBK one could not hold the
Uyghur script). Built blind (issue 12, the 69th town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool; nothing copied but words and structures):
- 乌恰县吾合沙鲁乡2025年政府信息公开工作年度报告 (xjwqx.gov.cn/xjwqx/c128570/202601/4ff40ce3cae4488b8a055ac671b1be03
  .shtml): a 南疆 乡 publishes 108 items 主动公开, 96 on its 微信公众号, 203 videos on 视频号 / 抖音 and 170 on the
  公示栏 — the disclosure register's channels and volumes; 昌吉市阿什里乡 2025 (cjs.gov.cn/xwzx/gknb/954040.htm):
  70 items and "本年度未收到群众政府信息公开申请" — a year with no request is 0, not unknown.
- 奏响边疆民族团结和美乐章 (m.fx361.cc/news/2019/0108/14414122.html, 阿克苏地区): the 驻村工作队's 接访室 and
  群众困难诉求台账, disputes of 土地承包, 用水用电, 劳资; 2000 亩 of 红枣, 核桃, 小麦 waiting for water — the dispute
  types and the 工作队 as the one who found a dispute.
- 新疆"访惠聚"驻村工作模式 (xinhuanet.com/politics/2018-09/27/c_1123493503.htm): 民情日记, 早派工晚研判, the
  工作队 排查 矛盾纠纷 — the 排查来源 column.
- 天山南北 人民调解暖了百姓心窝 (zsmgrup.com, 2024-04-27; 策勒县策勒乡, 兵团第十四师 皮山农场司法所): the 调解员
  穆拉提·萨比尔 (the middle-dot name), camels eating a 护路队's saplings (损害赔偿), 兵团 司法所 and bilingual
  调解员 — names with the middle dot, the 兵地 side of a dispute.
- "库尔班大叔调解法" (ts.cn/xwzx/fzxw/202411/t20241127_25215864.shtml, 于田县托格日尕孜乡): 用水 disputes at the
  涝坝, a 牛 eating grain (损害赔偿), 债务纠纷 "比较常见" in 南疆 villages — the dispute words here.
- 新疆大力实施"法律明白人"培养工程 (法治日报 2022-12-19, app.bjtitle.com): 法律明白人 of every 村, 农村学法用法示范户,
  涉土地、劳务费、宅基地 disputes — the training register's audience and the disputes' mix.
- 新疆维吾尔自治区人民调解条例 (2022; newton.com.tw): the 人民调解委员会 and 司法所 words.
- 新疆南疆地区兵地嵌入式发展模式研究 (lw33.cn, 墨玉县 and the 兵团 units inside it): 兵地 relations of a 南疆 county —
  the 兵地纠纷 between a 村 and a 连队.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.
No public export of a 新疆 platform (综治 网格, 执法, 信访) was found in the stored corpora: those layouts follow
shared/spec/ledger-kinds.md.

Everything is fictitious: the 乡, the county (昆河县), the 地区 (喀塔地区), the villages, the 兵团 unit (第十六师一九八团:
no such division exists), the people (fake.py's IDs and phones; names composed from common given names), the numbers.

Files (11, nine formats): 执法 cases as the platform's Excel 2003 XML .xls; 政务公开 as a GB18030 CSV with a Uyghur
line; 矛盾纠纷 排查 (xlsx, bilingual header cells, a Uyghur line over the title, 村民小组, 兵地纠纷); 人民调解 (Excel 97
.xls); 信访 (Word; 国家信访局 / 自治区 / 地区 / 县 联席办 and the 工作队's 接访); 平安建设 (GBK CSV); 涉诈 list (xlsx);
法律顾问 log (HTML as .xls); 学法 (.ods); 行政应诉 (CSV UTF-8 BOM); 规范性文件 (Word).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "英恰木乡"
YEAR = 2024
COUNTY = "昆河县"
PREFECTURE = "喀塔地区"
# 村 → its number of 村民小组 (all fictitious).
VILLAGES = {
    "英恰木村": 6,
    "阿热勒村": 5,
    "喀拉墩村": 7,
    "托格拉克村": 4,
    "巴格艾日克村": 5,
    "乌斯塘博依村": 6,
    "阔什艾日克村": 4,
}
# The 兵团 连队 across the canal (fictitious: there is no 第十六师).
COMPANY = "兵团第十六师一九八团七连"
_GIVEN = ("买买提 艾力 阿不都热合曼 吐尔逊 热合曼 艾买提 麦麦提 依明 阿卜杜拉 买合木提 图尔荪 玉素甫 艾合买提 吾斯曼 "
          "努尔买买提 阿布力孜 司马义 亚森 肉孜 克然木").split()  # fmt: skip
_GIVEN_F = (
    "阿依古丽 古丽米热 帕提古丽 努尔古丽 如克亚木 热依拉 米热古丽 再努尔 阿依努尔 布海力其 祖丽菲亚 海尼沙".split()
)
SEED = 69_2024
UY_DISPUTES = "ماجىرالارنى تەكشۈرۈپ ھەل قىلىش خاتىرىسى"
UY_DISCLOSURE = "ھۆكۈمەت ئۇچۇرلىرىنى ئاشكارىلاش خاتىرىسى"


def _uyghur_name(rng: random.Random) -> str:
    """A 维吾尔族 name as Chinese registers transliterate it: the own name, the middle dot, the father's name."""
    own = rng.choice(_GIVEN_F) if rng.random() < 0.4 else rng.choice(_GIVEN)
    return f"{own}·{rng.choice(_GIVEN)}"


def _name(rng: random.Random) -> str:
    """Most residents are 维吾尔族; a few (the 连队's 职工, cadres) have Han names."""
    return fake.name(rng) if rng.random() < 0.15 else _uyghur_name(rng)


def _masked(full: str) -> str:
    """A name as registers that go round print it: 买某·艾某 (each part keeps its first character)."""
    return "·".join(part[0] + "某" for part in full.split("·")) if "·" in full else fake.masked(full)


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _place(rng: random.Random) -> tuple[str, str]:
    village = rng.choice(list(VILLAGES))
    return village, f"{rng.randint(1, VILLAGES[village])}组"


ENFORCEMENT = {
    "行政检查": ("检", ["农村自建房安全检查", "农资经营门店检查", "巴扎食品安全检查", "棉花收购点消防检查"], 34),
    "行政处罚": ("罚", ["违法占用耕地建房", "擅自开荒破坏草场", "私自截流灌溉渠水", "占道经营"], 11),
    "行政许可": ("许", ["乡村建设规划许可", "临时占用农村公路许可"], 14),
    "行政确认": ("确", ["农村宅基地使用确认"], 6),
    "行政强制": ("强", ["查封违法建设施工设备"], 2),
}


def enforcement_platform_xml_export(built: Built, rng: random.Random) -> None:
    """The 综合行政执法队's cases as the county's 执法监督平台 exports them, an Excel 2003 XML Spreadsheet saved as .xls:
    one sheet for the year with a category column (执法行为), 立案日期 beside 决定日期 (a case filed in December 2023
    and decided in January 2024 is of 2024; a case filed in December 2024 still 办理中 has no decision and is not),
    and a case with two offenders listed on two rows under one 决定书文号."""
    name = f"{COUNTY}{TOWN}行政执法案件导出{YEAR}.xls"
    sheet = Sheet("案件列表")
    sheet.add(f"{COUNTY}行政执法监督平台 案件信息导出", None, None, None, None, None, None, None, None)
    sheet.add(f"执法主体：{TOWN}人民政府（综合行政执法队）", None, None, None, None, f"导出时间：{YEAR + 1}-01-06")
    sheet.header(
        [["序号", "决定书文号", "执法行为", "案件名称", "当事人", "所在村", "立案日期", "决定日期", "办理状态"]]
    )
    plan = [(cat, letter, causes) for cat, (letter, causes, count) in ENFORCEMENT.items() for _ in range(count)]
    rng.shuffle(plan)
    numbers = {letter: 0 for _, (letter, _, _) in ENFORCEMENT.items()}
    records, n = [], 0
    # A case of 2023 decided in the year's first days: filed last December.
    late = (dt.date(YEAR - 1, 12, 18), dt.date(YEAR, 1, 9))
    for i, ((category, letter, causes), day) in enumerate(zip(plan, _days(rng, len(plan), dt.date(YEAR, 1, 15)))):
        numbers[letter] += 1
        case_no = f"英乡综执{letter}字〔{YEAR}〕第{numbers[letter]}号"
        filed, decided = late if i == 0 else (day - dt.timedelta(days=rng.randint(0, 20)), day)
        offenders = [_name(rng)] + ([_name(rng)] if category == "行政处罚" and numbers[letter] == 3 else [])
        for person in offenders:
            n += 1
            sheet.add(n, case_no, category, rng.choice(causes), person, rng.choice(list(VILLAGES)),
                      f"{filed:%Y-%m-%d}", f"{decided:%Y-%m-%d}", "已办结")  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": decided})
    # Filed in December, not decided by the year's end: no decision number yet.
    for cause in ("违法占用耕地建房", "擅自开荒破坏草场"):
        n += 1
        sheet.add(n, "", "行政处罚", cause, _name(rng), rng.choice(list(VILLAGES)), f"{YEAR}-12-{10 + n % 9}", "",
                  "办理中")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.ledgers["enforcement"] = records
    built.quirk("xml_spreadsheet_as_xls", name, sheet.name, ("enforcement.cases", "enforcement.inspection"))
    built.quirk("one_row_per_offender", name, sheet.name, ("enforcement.cases", "enforcement.penalty"),
                "一案二人两行，决定书文号相同：按文号计一件")  # fmt: skip
    built.quirk("decided_not_filed", name, sheet.name, "enforcement.cases",
                "2023年12月立案、2024年1月决定的案件计入2024；办理中没有决定日期的不计")  # fmt: skip


CHANNELS = {
    "主动公开": [f"{COUNTY}人民政府网站", "乡政务公开栏", "村务公开栏"],
    "媒体发布": ["“英恰木之声”微信公众号", "乡视频号", "抖音号"],
}


def disclosure_gb18030_bilingual(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开 register exported as a CSV in GB18030 (a line of Uyghur script over the Chinese title, which
    GBK cannot hold): 公开渠道 the county's website, the 公示栏, the 乡's 微信公众号 / 视频号 / 抖音; 公开类型 主动公开 or
    宣传报道 / 新闻宣传; no request this year, said in a line under the table."""
    name = f"{TOWN}{YEAR}年政务公开信息发布台账.csv"
    sheet = Sheet("政务公开")
    sheet.add(UY_DISCLOSURE)
    sheet.add(f"{TOWN}{YEAR}年政务公开（信息发布）台账")
    sheet.header([["序号", "信息标题", "发布时间", "公开渠道", "公开类型", "责任办室"]])
    plan = ["主动公开"] * 64 + ["媒体发布"] * 97
    rng.shuffle(plan)
    proactive = ["耕地地力保护补贴发放公示", "农村低保对象公示", "棉花目标价格补贴面积公示", "防汛抗旱应急预案",
                 "农机购置补贴公示", "乡财政预算公开", "庭院经济奖补名单公示"]  # fmt: skip
    media = ["“访惠聚”工作队入户宣讲", "法治宣传进巴扎", "红枣核桃丰收", "民族团结一家亲结亲周", "国家通用语言夜校开班",
             "春灌用水调度"]  # fmt: skip
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        channel = rng.choice(CHANNELS[kind])
        title = rng.choice(proactive if kind == "主动公开" else media)
        label = "主动公开" if kind == "主动公开" else rng.choice(["宣传报道", "宣传报道", "新闻宣传"])
        sheet.add(n, title, f"{day:%Y/%m/%d}", channel, label, rng.choice(["党政办", "经济发展办", "社会事务办"]))
        records.append({"published_on": day, "type": kind})
    sheet.add(f"注：{YEAR}年度未收到政府信息公开申请。")
    built.books.append(Book(name, [sheet], fmt="csv-gb18030"))
    built.ledgers["disclosure"] = records
    built.quirk("csv_gb18030_uyghur_line", name, sheet.name, ("disclosure.proactive", "disclosure.media"),
                "GB18030 编码的 CSV，标题上方一行维吾尔文（GBK 存不下）")  # fmt: skip
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "宣传报道、新闻宣传 = 媒体发布")
    built.quirk("no_request_line", name, sheet.name, "disclosure.on_request",
                "没有依申请公开：表下一行说明本年度未收到申请，依申请公开为 0")  # fmt: skip


DISPUTE_TYPES = {
    "土地承包纠纷": 5,
    "灌溉用水纠纷": 4,
    "婚姻家庭纠纷": 4,
    "邻里纠纷": 5,
    "兵地纠纷": 1.2,
    "牲畜啃食庄稼": 1.5,
    "债务纠纷": 2,
    "劳务费纠纷": 1.5,
    "宅基地纠纷": 1.5,
}
# The 综治中心's 化解情况 words and what each is.
DISPUTE_STATUS = {"已化解": 7, "调解成功": 1.5, "正在化解": 0.8, "稳控中": 0.3, "已上报县综治中心": 0.3}
STATUS_TRUTH = {"已化解": "已化解", "调解成功": "已化解", "正在化解": "化解中", "稳控中": "化解中",
                "已上报县综治中心": "已上报/移交", "兵地联调中": "化解中"}  # fmt: skip
SOURCES = {"“访惠聚”工作队入户走访": 4, "网格员排查": 3, "群众来访": 2, "十户联防": 1}


def disputes_bilingual_headers(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷 排查化解 台账, one sheet for the year: a Uyghur line over the Chinese title, header cells
    written in both languages (汉文, a line break, 维吾尔文), 村 and 村民小组 in two columns, 排查来源 the '访惠聚'
    工作队, the grid member or a visit; the parties' full names (买买提·艾力 与 阿依古丽·吐尔逊); 兵地纠纷 with a
    连队 (its 职工 named), 化解情况 已化解 / 调解成功 / 正在化解 / 稳控中 / 兵地联调中 / 已上报县综治中心; dates typed
    2024.03.05 by one clerk and as real dates by the next. Returns the disputes (for the mediation register)."""
    name = f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账.xlsx"
    sheet = Sheet(f"{YEAR}年")
    sheet.title(UY_DISPUTES, 11)
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账", 11)
    sheet.add("填报单位：英恰木乡综治中心（盖章）", None, None, None, None, None, None, None, "单位：件", None, None)
    sheet.header([["序号\nتەرتىپ", "排查日期\nتەكشۈرگەن ۋاقتى", "村\nكەنت", "村民小组\nگۇرۇپپا",
                   "纠纷类型\nماجىرا تۈرى", "当事人\nتەرەپلەر", "联系电话\nتېلېفون", "简要情况\nئەھۋالى",
                   "排查来源\nمەنبەسى", "化解情况\nھەل قىلىنىش ئەھۋالى", "化解日期\nھەل قىلىنغان ۋاقتى"]])  # fmt: skip
    records = []
    days = _days(rng, 196)
    for n, day in enumerate(days, start=1):
        kind = fake.pick(rng, DISPUTE_TYPES)
        village, group = _place(rng)
        word = fake.pick(rng, DISPUTE_STATUS)
        if kind == "兵地纠纷":
            word = rng.choice(["已化解", "已化解", "兵地联调中"])
            parties = f"{_uyghur_name(rng)}与{COMPANY}职工{fake.name(rng)}"
            story = rng.choice(["连队条田与村民承包地边界不清", "支渠分水时间争议", "连队羊群进入村民麦地"])
        else:
            parties = f"{_name(rng)}与{_name(rng)}"
            story = {"土地承包纠纷": "承包地边界争议", "灌溉用水纠纷": "春灌轮水次序争执", "婚姻家庭纠纷": "夫妻感情不和",
                     "邻里纠纷": "院墙排水引发争执", "牲畜啃食庄稼": "羊只啃食棉苗要求赔偿", "债务纠纷": "购羊欠款未还",
                     "劳务费纠纷": "摘棉花劳务费拖欠", "宅基地纠纷": "宅基地界址争议"}[kind]  # fmt: skip
        status = STATUS_TRUTH[word]
        done = day + dt.timedelta(days=rng.randint(0, 20)) if status == "已化解" else None
        when = f"{day:%Y.%m.%d}" if day.month <= 6 else dt.datetime(day.year, day.month, day.day)
        sheet.add(n, when, village, group, kind, parties, fake.mobile(rng), story, fake.pick(rng, SOURCES), word,
                  f"{done:%Y.%m.%d}" if done else "")  # fmt: skip
        records.append({"screened_on": day, "status": status, "kind": kind, "village": village})
    built.books.append(Book(name, [sheet]))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("uyghur_line_over_title", name, sheet.name, "disputes.screened", "标题上方一行维吾尔文")
    built.quirk("bilingual_header_cells", name, sheet.name, ("disputes.screened", "disputes.resolved"),
                "表头单元格 汉文 换行 维吾尔文（纠纷类型\\nماجىرا تۈرى）")  # fmt: skip
    built.quirk("header_line_breaks", name, sheet.name, "disputes.resolved")
    built.quirk("middle_dot_names", name, sheet.name, "disputes.screened",
                "当事人 买买提·艾力与阿依古丽·吐尔逊：音译人名带间隔号，两人在一格")  # fmt: skip
    built.quirk("bingdi_disputes", name, sheet.name, ("disputes.screened", "disputes.resolved"),
                "兵地纠纷（村民与兵团连队职工），化解情况 兵地联调中 = 化解中")  # fmt: skip
    built.quirk("value_synonyms", name, sheet.name, "disputes.resolved", "调解成功 = 已化解，稳控中 = 化解中")
    return records


# 以案定补 of this fictitious county (illustrative): 口头 80 元; 书面 by tier 一般 200 / 疑难 400 / 重大 600 元.
SUBSIDY = {("口头", "简易"): 80, ("书面", "一般"): 200, ("书面", "疑难"): 400, ("书面", "重大"): 600}


def mediation_bingdi_committee(built: Built, rng: random.Random, disputes: list[dict]) -> None:
    """The 司法所's 人民调解案件登记台账 (以案定补) saved as Excel 97 .xls: 当事人 over 申请人 / 被申请人 (names with the
    middle dot), 调解组织 the 乡调委会, a 村调委会 or the 兵地联合调解委员会, 协议形式 口头 / 书面协议书, 调解结果 调解成功 /
    成功 / 调解不成功 / 终止调解, 案件等级 and 补贴金额（元）."""
    name = f"{TOWN}司法所人民调解案件登记台账{YEAR}.xls"
    sheet = Sheet("登记台账")
    sheet.title(f"{TOWN}{YEAR}年人民调解案件登记台账（以案定补）", 12)
    sheet.header(
        [
            ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "协议形式", "调解结果", "案件等级",
             "补贴金额（元）", "调解员"],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None],
        ],
        [(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 2, 4), (1, 5, 2, 5), (1, 6, 1, 7), (1, 8, 2, 8),
         (1, 9, 2, 9), (1, 10, 2, 10), (1, 11, 2, 11), (1, 12, 2, 12)],
    )  # fmt: skip
    resolved = [d for d in disputes if d["status"] == "已化解"]
    chosen = sorted(rng.sample(resolved, min(len(resolved), 96)), key=lambda d: d["screened_on"])
    failed = [{"screened_on": d, "kind": rng.choice(list(DISPUTE_TYPES)), "village": rng.choice(list(VILLAGES))}
              for d in _days(rng, 7)]  # fmt: skip
    cases = sorted([(d, True) for d in chosen] + [(d, False) for d in failed], key=lambda c: c[0]["screened_on"])
    mediators = [_uyghur_name(rng) for _ in range(4)]
    records = []
    for n, (dispute, success) in enumerate(cases, start=1):
        day = dispute["screened_on"]
        file_no = f"（{YEAR}）英人调字第{n:03d}号"
        organ = (
            "兵地联合调解委员会"
            if dispute["kind"] == "兵地纠纷"
            else rng.choice(["乡调委会", f"{dispute['village']}调委会"])
        )
        if success:
            written = dispute["kind"] in ("土地承包纠纷", "兵地纠纷", "宅基地纠纷", "债务纠纷") or rng.random() < 0.15
            form = "书面" if written else "口头"
            tier = rng.choice(["一般", "一般", "疑难", "重大"]) if written else "简易"
            money = SUBSIDY[(form, tier)]
            result = rng.choice(["调解成功", "调解成功", "成功"])
            agreement = "书面协议书" if written else "口头"
        else:
            form, tier, money, agreement = None, "", None, ""
            result = rng.choice(["调解不成功", "终止调解"])
        sheet.add(n, file_no, f"{day.year}年{day.month}月{day.day}日", organ, dispute["kind"],
                  _masked(_name(rng)), _masked(_name(rng)), agreement, result, tier, money, rng.choice(mediators))  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if success else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("two_row_merged_header", name, sheet.name, ("mediation.oral", "mediation.written"),
                "当事人 › 申请人/被申请人，其余列上下合并")  # fmt: skip
    built.quirk("masked_middle_dot_names", name, sheet.name, "mediation.cases", "当事人 买某·艾某：每段各留首字")
    built.quirk("negated_results", name, sheet.name, "mediation.cases", "调解不成功、终止调解 不是成功")
    built.quirk("value_synonyms", name, sheet.name, "mediation.written", "书面协议书 = 书面，成功 = 调解成功")


def petitions_region_prefecture_county(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word as the 党政办 prints it, two paragraphs above: 交办单位 written as 新疆 offices write
    them — 国家信访局 (the central level), 自治区信访联席办 (the provincial level of an autonomous region), 地区信访联席办
    (the prefecture: the level of a 市), 县信访联席办 — and two items the '访惠聚' 工作队 received at its 接访室 (本级受理, not
    assigned); 办理状态 已化解 / 化解中."""
    name = f"{TOWN}信访事项登记台账{YEAR}.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记办理台账")
    sheet.doc_before = [f"{TOWN}党政办公室", "说明：本台账登记上级交办及本级受理的信访事项，办结后注明办结日期。"]
    sheet.header([["序号", "信访编号", "交办单位", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态",
                   "办结日期"]])  # fmt: skip
    items = [
        ("国家信访局", "中联办", "已化解", "否", "棉花收购款拖欠"),
        ("自治区信访联席办", "省联办", "化解中", "是", "土地承包经营权调整（重复反映）"),
        (f"{PREFECTURE}信访联席办", "市联办", "已化解", "否", "安居富民房补助"),
        (f"{PREFECTURE}信访联席办", "市联办", "已化解", "否", "兵地交界处承包地被连队占用"),
        (f"{COUNTY}信访联席办", "县联办", "已化解", "否", "灌溉渠改线占地补偿"),
        (f"{COUNTY}信访联席办", "县联办", "化解中", "否", "易地搬迁宅基地分配"),
        (f"{COUNTY}信访联席办", "县联办", "已化解", "否", "护路林被羊只啃食赔偿"),
        ("“访惠聚”工作队接访室", "本级受理", "已化解", "否", "邻里院墙纠纷"),
        ("乡综治中心接访", "本级受理", "化解中", "否", "低保评定"),
    ]
    records = []
    for n, ((unit, source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"YQM{YEAR}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 45))
        sheet.add(n, no, unit, _masked(_uyghur_name(rng)), issue, repeat, f"{day.year}年{day.month}月{day.day}日",
                  status, f"{done.year}年{done.month}月{done.day}日" if status == "已化解" else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": "已化解" if status == "已化解" else "正在化解",
                        "assigned_on": day})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("prefecture_level_office", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "国家信访局 = 中联办，自治区信访联席办 = 省联办，喀塔地区信访联席办 = 市联办（地区是地级）")  # fmt: skip
    built.quirk("work_team_reception", name, sheet.name, "petitions.assigned",
                "“访惠聚”工作队接访室、乡综治中心接访 = 本级受理，不是交办")  # fmt: skip


def security_police_station_gbk(built: Built, rng: random.Random) -> None:
    """The 派出所's 平安建设 台账 (GBK CSV): 家暴告诫书, 家暴治安案件, 涉黄 / 涉赌 治安案件, 打架斗殴, each with 村 and
    村民小组; 拘留人数 typed 行政拘留2人 or 无."""
    name = f"{TOWN}派出所平安建设工作台账{YEAR}.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{TOWN}派出所{YEAR}年平安建设工作台账（治安案件、家暴告诫）")
    sheet.header([["序号", "日期", "类型", "村（社区）", "村民小组", "当事人", "处理结果", "治安拘留人数"]])
    plan = ["家暴告诫书"] * 9 + ["涉黄治安案件"] * 2 + ["涉赌治安案件"] * 4 + ["打架斗殴"] * 6 + ["家暴治安案件"]
    rng.shuffle(plan)
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        detained = {"家暴告诫书": 0, "涉黄治安案件": rng.randint(1, 3), "涉赌治安案件": rng.randint(2, 5),
                    "打架斗殴": rng.randint(0, 2), "家暴治安案件": 1}[kind]  # fmt: skip
        result = "出具家庭暴力告诫书" if kind == "家暴告诫书" else ("行政拘留" if detained else "调解处理")
        village, group = _place(rng)
        sheet.add(n, f"{day.year}年{day.month}月{day.day}日", kind, village, group, _masked(_name(rng)), result,
                  f"行政拘留{detained}人" if detained else "无")  # fmt: skip
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["security"] = records
    built.quirk("csv_gbk", name, sheet.name, "security.dv_warnings")
    built.quirk("count_with_words", name, sheet.name, ("security.vice_detentions", "security.dv_detentions"),
                "拘留人数写作 行政拘留2人，0 写作 无")  # fmt: skip


def fraud_watch_middle_dot(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 list: names with the middle dot, ID numbers, phones; 管控状态 在管 / 在管（疆外务工） / 已核减,
    是否取得联系 已联系 / 未联系."""
    name = f"{TOWN}涉诈高危人员管控台账.xlsx"
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账（截至{YEAR}年12月31日）", 10)
    sheet.header([["序号", "姓名", "公民身份号码", "联系电话", "户籍地", "村民小组", "管控状态", "核减时间",
                   "是否取得联系", "备注"]])  # fmt: skip
    records = []
    for serial in range(1, 19):
        removed = rng.random() < 0.4
        contacted = rng.random() < 0.6
        away = not removed and rng.random() < 0.3
        village, group = _place(rng)
        status = "已核减" if removed else ("在管（疆外务工）" if away else "在管")
        when = f"{_days(rng, 1)[0]:%Y.%m.%d}" if removed else ""
        sheet.add(serial, _uyghur_name(rng), fake.id_number(rng), fake.mobile(rng), village, group, status, when,
                  "已联系" if contacted else "未联系", "持合法出入境手续" if removed and rng.random() < 0.3 else "")  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("value_qualifiers", name, sheet.name, "fraud_watch.remaining", "在管（疆外务工）= 在册")
    built.quirk("contacted_words", name, sheet.name, "fraud_watch.contacted", "是否取得联系 写作 已联系 / 未联系")


COUNSEL = {"法律咨询": 6, "双语法律咨询": 2, "审查合同": 2, "出具法律意见书": 1.2, "法律援助": 0.5, "参与调解": 1.5,
           "法治讲座": 1}  # fmt: skip
COUNSEL_TRUTH = {"法律咨询": "法律咨询", "双语法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见书": "法律意见书",
                 "法律援助": "法律援助", "参与调解": None, "法治讲座": None}  # fmt: skip


def counsel_log_html(built: Built, rng: random.Random) -> None:
    """The 一村（社区）一法律顾问 service log exported from the county's 公共法律服务 platform (HTML as .xls): 服务类型
    法律咨询 / 双语法律咨询 (the lawyer with an interpreter, or a bilingual lawyer) / 审查合同 / 出具法律意见书 / 法律援助 /
    参与调解 / 法治讲座, 数量 typed 3次 or left blank (1)."""
    name = f"{TOWN}村（社区）法律顾问服务台账{YEAR}.xls"
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}{YEAR}年村（社区）法律顾问服务台账", 7)
    sheet.header([["序号", "服务日期", "服务村（社区）", "服务类型", "服务数量", "法律顾问", "服务对象"]])
    lawyers = [f"{fake.name(rng)}（虚构·昆河律师事务所）", f"{_uyghur_name(rng)}（虚构·昆河律师事务所）"]
    records = []
    for n, day in enumerate(_days(rng, 88), start=1):
        service = fake.pick(rng, COUNSEL)
        quantity = rng.choice([None, 1, 2, 3, 4]) if "咨询" in service else rng.choice([None, 1, 1, 2])
        typed = "" if quantity is None else (f"{quantity}次" if "咨询" in service else f"{quantity}件")
        village = rng.choice(list(VILLAGES))
        sheet.add(n, f"{day:%Y-%m-%d}", village, service, typed, rng.choice(lawyers),
                  rng.choice(["村民", "村委会", f"{TOWN}人民政府"]))  # fmt: skip
        if COUNSEL_TRUTH[service]:
            records.append({"served_on": day, "service": COUNSEL_TRUTH[service], "quantity": quantity})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["counsel"] = records
    built.quirk("html_as_xls", name, sheet.name, ("counsel.consultations", "counsel.document_reviews"))
    built.quirk("bilingual_consultation", name, sheet.name, "counsel.consultations", "双语法律咨询 是 法律咨询")
    built.quirk("units_in_quantity", name, sheet.name, ("counsel.consultations", "counsel.opinions"),
                "数量 3次、2件，空白计1")  # fmt: skip


def training_ods(built: Built, rng: random.Random) -> None:
    """The 学法用法 台账 (.ods): 法律明白人 trainings (one taught in both languages, one held in a 村 by the '访惠聚'
    工作队, one online), 会前学法, the 法宣在线 exam 应参考 / 实参考."""
    name = f"{TOWN}{YEAR}年学法用法及普法培训台账.ods"
    sheet = Sheet("学法培训")
    sheet.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", 8)
    sheet.header([["序号", "日期", "培训名称", "培训对象", "培训形式", "参加人数", "应参考人数", "实参考人数"]])
    plan = [
        ("“法律明白人”骨干培训班（国家通用语言、维吾尔语双语授课）", "法律明白人", "线下", 52, None, None),
        ("党委理论学习中心组学法", "领导干部", "中心组学习", 17, None, None),
        ("“访惠聚”工作队进村开展法律明白人培训", "法律明白人", "线下", 36, None, None),
        ("乡政府常务会议会前学法", "领导干部", "会前学法", 13, None, None),
        ("法律明白人线上培训", "法律明白人", "线上", 44, None, None),
        ("领导干部法宣在线年度考试", "领导干部", "考试", 46, 46, 45),
        ("综合行政执法人员执法资格培训", "行政执法人员", "集中培训", 21, None, None),
    ]
    records = []
    for n, ((title, audience, form, people, req, took), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        sheet.add(n, dt.datetime(day.year, day.month, day.day), title, audience, form, people, req, took)
        records.append({"held_on": day, "audience": audience, "exam_required": req, "exam_taken": took})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["training"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, ("training.legal_literacy_sessions", "training.exam_coverage"))


def litigation_utf8(built: Built, rng: random.Random) -> None:
    """The 行政应诉 list (CSV UTF-8 with BOM): a case of last November still listed, two of the year, 负责人是否出庭
    是（乡长） / 否（委托律师）."""
    name = f"{TOWN}行政应诉案件台账.csv"
    sheet = Sheet("行政应诉")
    sheet.add(f"{TOWN}行政应诉案件登记台账")
    sheet.header([["序号", "案号", "原告", "被告", "案由", "开庭时间", "出庭应诉负责人", "负责人是否出庭"]])
    plan = [
        (dt.date(YEAR - 1, 11, 14), f"（{YEAR - 1}）新99{34}行初{41}号", "是（副乡长）", "违法建筑限期拆除决定"),
        (dt.date(YEAR, 5, 22), f"（{YEAR}）新99{34}行初{17}号", "是（乡长）", "土地承包经营权确认"),
        (dt.date(YEAR, 10, 9), f"（{YEAR}）新99{34}行初{52}号", "否（委托律师）", "草场使用权行政决定"),
    ]
    records = []
    for n, (day, case_no, said, cause) in enumerate(plan, start=1):
        sheet.add(n, case_no, _masked(_uyghur_name(rng)), f"{TOWN}人民政府", cause, f"{day.year}.{day.month}.{day.day}",
                  _uyghur_name(rng) if said.startswith("是") else "", said)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": said.startswith("是")})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["litigation"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("litigation.cases", "litigation.appearance_rate"))
    built.quirk("value_qualifiers", name, sheet.name, "litigation.leader_appearances", "是（乡长）、否（委托律师）")


def normative_documents_none_this_year(built: Built, rng: random.Random) -> None:
    """The 规范性文件 登记备案 register in Word: two documents of earlier years, none of this one (0, not unknown)."""
    name = f"{TOWN}行政规范性文件登记备案台账.docx"
    sheet = Sheet(f"{TOWN}行政规范性文件登记备案台账")
    sheet.header([["序号", "文件名称", "文号", "制定日期", "报备日期", "备案审查结果"]])
    docs = [
        (f"{TOWN}农村人居环境整治村规民约指导意见", f"英政规〔{YEAR - 2}〕1号", dt.date(YEAR - 2, 4, 11)),
        (f"{TOWN}农业灌溉用水管理办法", f"英政规〔{YEAR - 1}〕1号", dt.date(YEAR - 1, 3, 2)),
    ]
    records = []
    for n, (title, doc_no, day) in enumerate(docs, start=1):
        filed = day + dt.timedelta(days=18)
        sheet.add(n, title, doc_no, f"{day.year}年{day.month}月{day.day}日", f"{filed.year}年{filed.month}月{filed.day}日",
                  "符合规定，准予备案")  # fmt: skip
        records.append({"issued_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["normative_documents"] = records
    built.quirk("word_table", name, sheet.name, "normative_documents.issued", "只有往年的文件：本年为 0")


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_platform_xml_export(built, rng)
    disclosure_gb18030_bilingual(built, rng)
    disputes = disputes_bilingual_headers(built, rng)
    mediation_bingdi_committee(built, rng, disputes)
    petitions_region_prefecture_county(built, rng)
    security_police_station_gbk(built, rng)
    fraud_watch_middle_dot(built, rng)
    counsel_log_html(built, rng)
    training_ods(built, rng)
    litigation_utf8(built, rng)
    normative_documents_none_this_year(built, rng)
    return built
