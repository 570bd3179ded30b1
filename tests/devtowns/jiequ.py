"""杰曲乡 (虚构; 宗雅县, a fictitious pastoral county of a 青海 藏族自治州), 2024: a 牧业乡 of the 青藏高原 whose five
村 are kept as 牧委会, whose 牧民 have names without surnames (才让多杰, 卓玛), and whose disputes are over 草山 / 草场
boundaries, 越界放牧 and 虫草采挖 in May and June, with a 寺院 as a party or as a mediator. The 乡司法所 runs the 乡
人民调解委员会 with a 宗教人士 and an 老人 among its mediators; titles are printed 藏汉双语 (a Tibetan line over the
Chinese); the 州 stands where a 市 stands elsewhere. Volumes are small. Built blind (issue 12, the 70th town): from
shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 青海新闻网 2024-12-14, 同德县 (qhnews.com/newscenter/system/2024/12/14/030319141.shtml): 尕巴松多镇欧沟村 and 巴沟乡
  曲乃亥村 "因草山界限问题发生争执", a 纯牧业村 beside a 半农半牧村, 134 公顷 of 台地草场, a ruling neither side accepted,
  the 乡人大主席 mediating — the 草山界限 dispute between two 村 (one party a 村, not a person) and the dispute words.
- 格尔木市 唐古拉山镇 (geermu.gov.cn/details?id=ff80808198cc03d70198e59cc96b0123): a 草场纠纷 of two 牧户 printed as
  多某某 and 嘎某 (names without surnames masked after their first syllable), 越界放牧, 1995 草原划分 — 越界放牧 and the
  masking of surname-less names.
- 比如县白嘎乡 (yidongjuece.com/list_8/7248.html, 2025-07-21; 163.com/news/article/K6238EL70001A1UG.html): the 乡司法所
  所长 and the 综治中心 handle 越界采挖 虫草 disputes "五个一线", 采集点 with a 临时党支部, about 80 虫草 disputes a year
  before 2013 — the 虫草采挖期专项排查 sheet and 越界采挖 disputes.
- 杂多县 苏鲁乡 (renjv.com/sitehtml/news/shxw/2018/07/03/094132152387_3.html): 采挖期 5月15日 to 6月30日, 采挖费 paid
  to the 村, 外来人员 — the season's dates and the 采挖 permits of the enforcement register.
- 理塘县禾尼乡 (scfzbs.com/sz/202504/82946617.html, 2025-04): a 40-year 草边争议 between two 村 settled by a 调解专班,
  23 老人 over 60 consulted, 打桩定界 — 老人 as mediators, 草边 disputes.
- 藏区民间调解的实证研究 (m.lw885.com/show-79-76019-1.html) and 社会转型期藏区草场纠纷调解机制研究 (扎洛): 宗教人士 /
  活佛 mediating 草场 disputes beside the 调委会 — the 宗教人士 mediator and the 寺院 party.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the 乡, the county, the 牧委会, the 寺院, the people, the numbers. The Tibetan lines are
plain glosses of the Chinese titles (序号 ཨང་རིམ།, 日期 ཟླ་ཚེས། …), as bilingual forms print them.

Files (10, seven formats): the 综合行政执法 register (xlsx, 藏汉 header cells with a line break, 类 suffixes); the 政务公开
register (xlsx, a Tibetan header row over the Chinese one); the 矛盾纠纷 排查 register (WPS .et, a sheet a quarter and a
虫草采挖期专项排查 sheet repeating May–June's disputes by their 编号); the 人民调解 register (.ods, 宗教人士 and 老人
among the mediators, 达成协议); the 信访 register (Word, 州信访联席办); the 平安建设 list (GB18030 CSV with a Tibetan
title line); the 涉诈 list (xlsx, 牧委会); the 法律顾问 log (Excel 2003 XML .xls); 学法 (CSV UTF-8 BOM); 行政应诉 (HTML
.xls). No 规范性文件 register: the 乡 made none and keeps none, so that figure is unknown.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "杰曲乡"
YEAR = 2024
COUNTY = "宗雅县"
# The 村 of a 牧业乡, each run by its 牧委会 (all fictitious).
VILLAGES = ("杰曲村", "多卡村", "日阿村", "拉青村", "尕松村")
MONASTERIES = ("杰曲寺", "多卡寺")
# Tibetan names have no surname; two syllables or four (才让 + 多杰).
_SYLLABLES = ("才让", "多杰", "卓玛", "扎西", "尼玛", "索南", "拉毛", "才仁", "旺姆", "更尕", "旦增", "达哇",
              "久美", "昂文", "桑周", "德吉", "央金", "次仁", "周加", "完德", "尕藏", "拉巴", "加措", "仁青")  # fmt: skip
SEED = 70_2024
TIBETAN = {
    "序号": "ཨང་རིམ།",
    "日期": "ཟླ་ཚེས།",
    "编号": "ཨང་གྲངས།",
    "名称": "མིང་།",
    "类别": "རིགས།",
    "村": "གྲོང་ཚོ།",
    "当事人": "དོན་འབྲེལ་མི་སྣ།",
    "情况": "གནས་ཚུལ།",
    "备注": "མཆན།",
    "人员": "མི་སྣ།",
    "单位": "ལས་ཁུངས།",
    "台账": "ཐོ་དེབ།",
}
TITLE_TIBETAN = "ཞང་མི་དམངས་སྲིད་གཞུང་གི་ཐོ་དེབ།"  # "the 乡人民政府's register", printed over every Chinese title


def _name(rng: random.Random) -> str:
    first = rng.choice(_SYLLABLES)
    return first + rng.choice([s for s in _SYLLABLES if s != first]) if rng.random() < 0.5 else first


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _bi(tibetan: str, chinese: str) -> str:
    """A header cell of a bilingual form: the Tibetan line over the Chinese title, in one cell."""
    return f"{tibetan}\n{chinese}"


ENFORCEMENT = [
    # category as typed, truth category, letter, causes, count
    ("行政检查类", "行政检查", "检", ["禁牧区放牧巡查", "草畜平衡核查", "虫草采挖秩序检查", "牧区食品经营检查"], 21),
    ("行政处罚类", "行政处罚", "罚", ["无证采挖冬虫夏草", "非法开垦草原", "禁牧期违规放牧"], 6),
    ("行政许可类", "行政许可", "许", ["临时占用草原审核", "乡村建设规划许可"], 5),
    ("行政确认类", "行政确认", "确", ["草原承包经营权变更确认", "五保供养对象确认"], 4),
]


def enforcement_bilingual_header_cells(built: Built, rng: random.Random) -> None:
    """The 乡综合行政执法队's register: a Tibetan title over the Chinese one, every header cell printed 藏汉双语 with a
    line break (ཨང་རིམ། / 序号), categories typed with 类 (行政检查类), 文书编号 宗杰综执罚〔2024〕3号, dates as dates
    or 2024年5月20日, and a 合计 row."""
    name = f"{COUNTY}{TOWN}综合行政执法案件台账{YEAR}.xlsx"
    sheet = Sheet("执法台账")
    sheet.title(TITLE_TIBETAN, 8)
    sheet.title(f"{TOWN}{YEAR}年综合行政执法案件登记台账", 8)
    sheet.header(
        [
            [
                _bi(TIBETAN["序号"], "序号"),
                _bi(TIBETAN["编号"], "文书编号"),
                _bi(TIBETAN["名称"], "案由"),
                _bi(TIBETAN["类别"], "执法类别"),
                _bi(TIBETAN["当事人"], "当事人"),
                _bi(TIBETAN["村"], "牧委会"),
                _bi(TIBETAN["日期"], "办结日期"),
                _bi(TIBETAN["备注"], "备注"),
            ]
        ]
    )
    plan = [(typed, truth, letter, causes) for typed, truth, letter, causes, count in ENFORCEMENT for _ in range(count)]
    days = _days(rng, len(plan))
    rng.shuffle(plan)
    serials: dict[str, int] = {}
    records = []
    for n, ((typed, truth, letter, causes), day) in enumerate(zip(plan, days), start=1):
        serials[letter] = serials.get(letter, 0) + 1
        case_no = f"宗杰综执{letter}〔{YEAR}〕{serials[letter]}号"
        when = dt.datetime(day.year, day.month, day.day) if n % 3 else fake.date_cell(day, "cn")
        party = (
            fake.masked(_name(rng)) if truth != "行政检查" or rng.random() < 0.5 else f"{rng.choice(VILLAGES)}牧委会"
        )
        sheet.add(n, case_no, rng.choice(causes), typed, party, f"{rng.choice(VILLAGES)}牧委会", when, "")
        records.append({"case_no": case_no, "category": truth, "decided_on": day})
    sheet.add("合计", None, f"{len(plan)}件", None, None, None, None, None)
    built.books.append(Book(name, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("bilingual_header_cells", name, sheet.name, ("enforcement.cases", "enforcement.inspection"),
                "表头每格 藏文一行 + 换行 + 汉文（ཨང་རིམ།\\n序号），标题上方另有一行藏文")  # fmt: skip
    built.quirk("value_suffixes", name, sheet.name, "enforcement.penalty", "行政处罚类、行政检查类")


DISCLOSURE_PORTAL = ["草原生态保护补助奖励资金发放公示", "虫草采挖期管理通告", "低保对象动态调整公示",
                     "牧民定居工程名单公示", "雪灾应急预案"]  # fmt: skip
DISCLOSURE_MEDIA = ["双语普法进帐篷", "虫草采挖期矛盾纠纷排查见成效", "草原防火宣传", "赛马节安全保障"]


def disclosure_tibetan_header_row(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开 register: a Tibetan title and a Tibetan header row printed over the Chinese header row (two
    rows, the Tibetan one first), 公开载体 县政府门户网站 / 乡政务公开栏（藏汉双语） / 微信公众号, 公开类型 主动公开 or
    宣传报道; no 依申请公开 in the year."""
    name = f"{TOWN}{YEAR}年政务公开工作台账.xlsx"
    sheet = Sheet("政务公开")
    sheet.title(TITLE_TIBETAN, 6)
    sheet.title(f"{TOWN}{YEAR}年政务公开（信息发布）工作台账", 6)
    sheet.header(
        [
            [TIBETAN["序号"], TIBETAN["名称"], TIBETAN["日期"], "བརྒྱུད་ལམ།", TIBETAN["类别"], TIBETAN["单位"]],
            ["序号", "信息名称", "公开时间", "公开载体", "公开类型", "责任单位"],
        ]
    )
    plan = ["主动公开"] * 19 + ["媒体发布"] * 23
    rng.shuffle(plan)
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "主动公开":
            carrier = rng.choice([f"{COUNTY}人民政府门户网站", "乡政务公开栏（藏汉双语）"])
            title, label = rng.choice(DISCLOSURE_PORTAL), "主动公开"
        else:
            carrier, title, label = "“杰曲发布”微信公众号", rng.choice(DISCLOSURE_MEDIA), "宣传报道"
        sheet.add(n, title, fake.date_cell(day, rng.choice(["date", "dot"])), carrier, label,
                  rng.choice(["党政办", "牧业综合服务中心", "司法所", "综治中心"]))  # fmt: skip
        records.append({"published_on": day, "type": kind})
    built.books.append(Book(name, [sheet]))
    built.ledgers["disclosure"] = records
    built.quirk("tibetan_header_row_over_chinese", name, sheet.name, ("disclosure.proactive", "disclosure.media"),
                "藏文表头一整行在汉文表头之上，两行都是表头")  # fmt: skip
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "宣传报道 = 媒体发布")


DISPUTE_TYPES = {"草山纠纷": 4, "草场界线纠纷": 2, "越界放牧纠纷": 2, "婚姻家庭纠纷": 2, "邻里纠纷": 2, "牲畜买卖纠纷": 1,
                 "债务纠纷": 1}  # fmt: skip
CORDYCEPS_TYPES = {"虫草采挖纠纷": 3, "越界采挖虫草": 2, "草山纠纷": 1}
STATUS = {"已化解": 6, "已调处化解": 2, "正在化解": 1, "稳控中": 0.5, "已移交县司法局": 0.4}
STATUS_TRUTH = {"已化解": "已化解", "已调处化解": "已化解", "正在化解": "化解中", "稳控中": "化解中",
                "已移交县司法局": "已上报/移交"}  # fmt: skip


def _party(rng: random.Random, kind: str) -> str:
    """The parties: two 牧民, or a 村 against a 村 in a 草山 dispute, or a 牧民 against a 寺院."""
    if kind.startswith("草山") and rng.random() < 0.5:
        a, b = rng.sample(VILLAGES, 2)
        return f"{a}与{b}"
    if rng.random() < 0.15:
        return f"{fake.masked(_name(rng))}与{rng.choice(MONASTERIES)}"
    return f"{fake.masked(_name(rng))}与{fake.masked(_name(rng))}"


def disputes_quarters_and_cordyceps_sheet(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解 register in WPS (.et): a sheet a quarter with an 编号 running through the year
    (JQ2024-001 …) and a 本季度 summary sentence under each; and a 虫草采挖期专项排查 sheet (5月15日–6月30日) that
    lists again, with its own 序号 and the same 编号, every dispute of the season already in the 二季度 sheet.
    Returns the disputes (for the mediation register)."""
    name = f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账.et"
    season = (dt.date(YEAR, 5, 15), dt.date(YEAR, 6, 28))
    plain = [(d, fake.pick(rng, DISPUTE_TYPES)) for d in _days(rng, 26)]
    cordyceps = [(d, fake.pick(rng, CORDYCEPS_TYPES)) for d in _days(rng, 11, *season)]
    items = sorted(plain + cordyceps, key=lambda x: x[0])
    records = []
    for n, (day, kind) in enumerate(items, start=1):
        word = fake.pick(rng, STATUS)
        records.append({"no": f"JQ{YEAR}-{n:03d}", "screened_on": day, "kind": kind, "word": word,
                        "status": STATUS_TRUTH[word], "village": rng.choice(VILLAGES), "party": _party(rng, kind),
                        "season": season[0] <= day <= season[1]})  # fmt: skip
    header = [
        _bi(TIBETAN["序号"], "序号"),
        "编号",
        "排查时间",
        "牧委会",
        "纠纷类型",
        "当事人",
        "简要情况",
        "化解情况",
        "包案领导",
    ]

    def row(sheet: Sheet, n: int, r: dict) -> None:
        day = r["screened_on"]
        sheet.add(n, r["no"], fake.date_cell(day, rng.choice(["dot", "cn", "date"])), f"{r['village']}牧委会",
                  r["kind"], r["party"], f"双方因{r['kind'].removesuffix('纠纷')}问题发生争执", r["word"],
                  _name(rng))  # fmt: skip

    sheets = []
    for q in range(1, 5):
        label = "一二三四"[q - 1]
        sheet = Sheet(f"{label}季度")
        sheet.title(f"{TOWN}{YEAR}年第{label}季度矛盾纠纷排查化解台账", len(header))
        sheet.header([header])
        rows = [r for r in records if (r["screened_on"].month - 1) // 3 + 1 == q]
        for n, r in enumerate(rows, start=1):
            row(sheet, n, r)
        done = sum(1 for r in rows if r["status"] == "已化解")
        sheet.add(f"本季度共排查矛盾纠纷{len(rows)}件，化解{done}件。", *[None] * (len(header) - 1))
        sheets.append(sheet)
    special = Sheet("虫草采挖期专项排查")
    special.title(f"{TOWN}{YEAR}年虫草采挖期（5月15日—6月30日）矛盾纠纷专项排查台账", len(header))
    special.header([header])
    for n, r in enumerate([r for r in records if r["season"]], start=1):
        row(special, n, r)
    sheets.append(special)
    built.books.append(Book(name, sheets, fmt="biff"))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("same_case_in_two_sheets", name, "虫草采挖期专项排查", ("disputes.screened", "disputes.resolved"),
                "虫草采挖期专项排查表重列二季度的纠纷（同一编号、自己的序号）：只计一次")  # fmt: skip
    built.quirk("summary_sentence_row", name, "二季度", "disputes.screened",
                "每季表下一行 本季度共排查矛盾纠纷N件，化解M件。不是纠纷")  # fmt: skip
    built.quirk("pastoral_dispute_types", name, "二季度", "disputes.screened",
                "草山纠纷、草场界线纠纷、越界放牧、虫草采挖纠纷；当事人可以是村与村、牧民与寺院")  # fmt: skip
    built.quirk("value_synonyms", name, "三季度", "disputes.resolved", "已调处化解 = 已化解，稳控中 = 化解中")
    return records


# 以案定补 of this fictitious county (illustrative): 口头 50 元; 书面 by tier 一般 100 / 疑难 200 / 重大 300 元.
SUBSIDY = {("口头", "简易"): 50, ("书面", "一般"): 100, ("书面", "疑难"): 200, ("书面", "重大"): 300}


def mediation_religious_and_elder_mediators(built: Built, rng: random.Random, disputes: list[dict]) -> None:
    """The 乡人民调解委员会's register kept by the 司法所 in .ods: 藏汉 header cells, 调解组织 乡调委会 / a 牧委会调委会 /
    乡调委会（邀请寺院协助）, the mediators a 宗教人士 (寺院 named in brackets) or an 老人 beside the 司法所 staff, 调解结果
    调解成功 / 达成协议 / 调解不成功, 协议形式 口头 / 书面 (调解协议书), 补贴金额 as 100元."""
    name = f"{TOWN}人民调解案件登记台账{YEAR}.ods"
    sheet = Sheet("调解登记")
    sheet.title(TITLE_TIBETAN, 11)
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账", 11)
    sheet.header(
        [
            [
                _bi(TIBETAN["序号"], "序号"),
                _bi(TIBETAN["编号"], "卷宗号"),
                _bi(TIBETAN["日期"], "受理日期"),
                "调解组织",
                "纠纷类型",
                _bi(TIBETAN["当事人"], "当事人"),
                "调解人员",
                "调解结果",
                "协议形式",
                "补贴等级",
                "补贴金额（元）",
            ]
        ]
    )
    resolved = [d for d in disputes if d["status"] == "已化解"]
    chosen = sorted(rng.sample(resolved, min(len(resolved), 24)), key=lambda d: d["screened_on"])
    failed = [{"screened_on": d, "kind": fake.pick(rng, DISPUTE_TYPES), "village": rng.choice(VILLAGES),
               "party": f"{fake.masked(_name(rng))}与{fake.masked(_name(rng))}"} for d in _days(rng, 3)]  # fmt: skip
    cases = sorted([(d, True) for d in chosen] + [(d, False) for d in failed], key=lambda c: c[0]["screened_on"])
    records = []
    for n, (dispute, success) in enumerate(cases, start=1):
        day = dispute["screened_on"] + dt.timedelta(days=rng.randint(0, 2))
        day = min(day, dt.date(YEAR, 12, 31))
        file_no = f"（{YEAR}）宗杰人调字第{n}号"
        grassland = dispute["kind"].startswith(("草山", "草场", "越界", "虫草"))
        organ = (
            "乡调委会（邀请寺院协助）"
            if grassland and rng.random() < 0.4
            else rng.choice(["乡调委会", f"{dispute['village']}牧委会调委会"])
        )
        mediators = [f"{_name(rng)}（司法所）"]
        if "寺院" in organ:
            mediators.append(f"{_name(rng)}（宗教人士·{rng.choice(MONASTERIES)}）")
        elif rng.random() < 0.5:
            mediators.append(f"{_name(rng)}（老人）")
        if success:
            form = "书面" if grassland or rng.random() < 0.25 else "口头"
            tier = rng.choice(["一般", "一般", "疑难", "重大"]) if form == "书面" else "简易"
            money = SUBSIDY[(form, tier)]
            result = rng.choice(["调解成功", "调解成功", "达成协议"])
            typed_form = {"口头": "口头协议", "书面": rng.choice(["书面协议", "调解协议书"])}[form]
            typed_money = f"{money}元" if rng.random() < 0.5 else money
        else:
            form, tier, money, typed_form, typed_money = None, "", None, "", ""
            result = "调解不成功"
        sheet.add(n, file_no, fake.date_cell(day, "date"), organ, dispute["kind"], dispute["party"],
                  "、".join(mediators), result, typed_form, tier, typed_money)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if success else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["mediation"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"))
    built.quirk("religious_and_elder_mediators", name, sheet.name, "mediation.cases",
                "调解人员 司法所干部 + 宗教人士（寺院）或老人；调解组织 乡调委会（邀请寺院协助）")  # fmt: skip
    built.quirk("value_synonyms", name, sheet.name, ("mediation.cases", "mediation.written"),
                "达成协议 = 调解成功，调解协议书 = 书面")  # fmt: skip
    built.quirk("unit_in_amount_cell", name, sheet.name, "mediation.subsidy_yuan", "补贴金额 100元 与 100 混写")


def petitions_prefecture_office(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word: 交办单位 as an autonomous prefecture's offices write them — 中央信访联席办, 省信访联席办,
    州信访联席办 (the 州 is the prefecture level, where a 市 stands elsewhere), 县信访联席办 — and 乡综治中心接访 items
    that were not assigned; status 已化解 / 正在化解, 重复信访 是/否."""
    name = f"{TOWN}信访事项登记台账{YEAR}.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记办理台账")
    sheet.header([["序号", "信访编号", "交办单位", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态",
                   "办结日期"]])  # fmt: skip
    items = [
        ("州信访联席办", "市联办", "已化解", "否", "草原生态奖补资金发放"),
        ("省信访联席办", "省联办", "正在化解", "是", "草山界线争议（重复反映）"),
        ("县信访联席办", "县联办", "已化解", "否", "虫草采挖费收取"),
        ("州信访联席办", "市联办", "正在化解", "否", "牧民定居房质量"),
        ("县信访联席办", "县联办", "已化解", "否", "草场承包经营权变更"),
        ("乡综治中心接访", "本级受理", "已化解", "否", "牲畜越界啃食草场"),
    ]
    records = []
    for n, ((unit, source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"ZYJQ{YEAR}{n:02d}"
        done = fake.date_cell(day + dt.timedelta(days=rng.randint(15, 40)), "cn") if status == "已化解" else ""
        sheet.add(n, no, unit, fake.masked(_name(rng)), issue, repeat, fake.date_cell(day, "cn"), status, done)
        records.append({"petition_no": no, "source": source, "status": status, "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("prefecture_office", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "州信访联席办 = 市联办（自治州是地级），省/县信访联席办 = 省联办/县联办；乡综治中心接访 = 本级受理")  # fmt: skip


def security_gb18030_tibetan_title(built: Built, rng: random.Random) -> None:
    """The 派出所 / 综治中心's 平安建设 list as a CSV in GB18030 (GBK cannot hold the Tibetan title line): 家暴告诫书,
    涉赌, 打架斗殴 in the 虫草 season, 盗窃牲畜; 拘留人数 2人 or 无; no 涉黄 case in the year."""
    name = f"{TOWN}平安建设工作台账{YEAR}.csv"
    sheet = Sheet("平安建设")
    sheet.add(TITLE_TIBETAN)
    sheet.add(f"{TOWN}{YEAR}年平安建设工作台账（治安案件、家暴告诫）")
    sheet.header([["序号", "日期", "类别", "牧委会", "处理结果", "拘留人数"]])
    plan = ["家暴告诫书"] * 3 + ["涉赌治安案件"] * 2 + ["打架斗殴"] * 3 + ["盗窃牲畜"] * 2
    rng.shuffle(plan)
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        detained = {"家暴告诫书": 0, "涉赌治安案件": rng.randint(2, 4), "打架斗殴": rng.randint(0, 2),
                    "盗窃牲畜": 1}[kind]  # fmt: skip
        result = "出具家庭暴力告诫书" if kind == "家暴告诫书" else ("行政拘留" if detained else "调解处理")
        sheet.add(n, fake.date_cell(day, "cn"), kind, f"{rng.choice(VILLAGES)}牧委会", result,
                  f"{detained}人" if detained else "无")  # fmt: skip
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="csv-gb18030"))
    built.ledgers["security"] = records
    built.quirk("csv_gb18030_tibetan", name, sheet.name, ("security.dv_warnings", "security.vice_cases"),
                "GB18030 编码（藏文标题行在 GBK 里没有），涉黄 全年为 0")  # fmt: skip


def fraud_watch_pastoral(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 list of a small 牧业乡: 户籍地 a 牧委会, 管控状态 在管 / 已核减, 是否取得联系 是/否."""
    name = f"{TOWN}涉诈高危人员管控台账.xlsx"
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账（截至{YEAR}年12月31日）", 9)
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "户籍地（牧委会）", "管控状态", "核减时间",
                   "是否取得联系", "备注"]])  # fmt: skip
    records = []
    places = [f"{v}牧委会" for v in VILLAGES]
    for serial, removed, contacted, person in fake.watch_list(rng, 7, places, 0.4):
        person[0] = _name(rng)
        when = fake.date_cell(_days(rng, 1)[0], "dot") if removed else ""
        remark = "外出采挖虫草期间失联" if not removed and not contacted else ""
        sheet.add(serial, *person, "已核减" if removed else "在管", when, "是" if contacted else "否", remark)
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("surname_less_names", name, sheet.name, "fraud_watch.remaining", "姓名没有姓（才让多杰、卓玛）")


COUNSEL = {"法律咨询（藏语翻译）": 5, "审查草场流转合同": 2, "出具法律意见书": 1, "法律援助": 0.5, "参与调解": 1.5}
COUNSEL_TRUTH = {"法律咨询（藏语翻译）": "法律咨询", "审查草场流转合同": "文书审核", "出具法律意见书": "法律意见书",
                 "法律援助": "法律援助", "参与调解": "参与调解"}  # fmt: skip


def counsel_xml_spreadsheet(built: Built, rng: random.Random) -> None:
    """The 乡法律顾问's service log exported from the county's 公共法律服务 system as Excel 2003 XML (.xls): 服务类型 in
    the region's words (法律咨询（藏语翻译）, 审查草场流转合同), 次数 typed 3次 or left blank (one)."""
    name = f"{TOWN}法律顾问服务台账{YEAR}.xls"
    sheet = Sheet("法律顾问服务")
    sheet.title(f"{TOWN}{YEAR}年法律顾问服务台账", 6)
    sheet.header([["序号", "服务日期", "服务对象", "服务类型", "次数", "法律顾问"]])
    records = []
    lawyer = f"{_name(rng)}（虚构·宗雅律师事务所）"
    for n, day in enumerate(_days(rng, 22), start=1):
        service = fake.pick(rng, COUNSEL)
        quantity = rng.choice([1, 2, 3, None]) if service.startswith("法律咨询") else rng.choice([1, None])
        target = rng.choice([f"{TOWN}人民政府", *[f"{v}牧委会" for v in VILLAGES]])
        typed = None if quantity is None else (f"{quantity}次" if rng.random() < 0.5 else quantity)
        sheet.add(n, fake.date_cell(day, "date"), target, service, typed, lawyer)
        records.append({"served_on": day, "service": COUNSEL_TRUTH[service], "quantity": quantity})
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.ledgers["counsel"] = records
    built.quirk("xml_spreadsheet_as_xls", name, sheet.name, "counsel.consultations")
    built.quirk("qualified_service_words", name, sheet.name, ("counsel.consultations", "counsel.document_reviews"),
                "法律咨询（藏语翻译）= 法律咨询，审查草场流转合同 = 文书审核；次数 3次 或空（记1）")  # fmt: skip


def training_bilingual(built: Built, rng: random.Random) -> None:
    """The 学法用法 register (CSV UTF-8 with BOM): 法律明白人 trainings taught 藏汉双语, a 寺院 法治培训 for the monks
    (宗教教职人员, not 法律明白人), 会前学法, and the 法宣在线 exam 24 / 23."""
    name = f"{TOWN}{YEAR}年学法用法及普法培训台账.csv"
    sheet = Sheet("学法培训")
    sheet.add(TITLE_TIBETAN)
    sheet.add(f"{TOWN}{YEAR}年学法用法及普法培训台账")
    sheet.header([["序号", "日期", "活动名称", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan = [
        ("“法律明白人”藏汉双语培训班", "法律明白人", "线下", 18, None, None),
        ("党委理论学习中心组学法", "领导干部", "中心组学习", 9, None, None),
        ("寺院僧尼法治教育培训（杰曲寺）", "宗教教职人员", "线下", 35, None, None),
        ("领导干部法宣在线年度考试", "领导干部", "考试", 24, 24, 23),
        ("虫草采挖期“法律明白人”骨干培训", "法律明白人", "线下", 15, None, None),
        ("乡政府常务会议会前学法", "领导干部", "会前学法", 11, None, None),
    ]
    records = []
    for n, ((title, audience, form, people, req, took), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        sheet.add(n, fake.date_cell(day, "slash"), title, audience, form, people, req or "", took or "")
        records.append({"held_on": day, "audience": audience, "exam_required": req, "exam_taken": took})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["training"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("training.legal_literacy_sessions", "training.exam_coverage"))
    built.quirk("monastery_training_not_literacy", name, sheet.name, "training.legal_literacy_sessions",
                "寺院僧尼法治培训 不是 法律明白人 培训")  # fmt: skip


def litigation_html(built: Built, rng: random.Random) -> None:
    """The one 行政应诉 case of the year, exported from the county's system as an HTML table saved as .xls."""
    name = f"{TOWN}行政应诉案件台账{YEAR}.xls"
    sheet = Sheet("行政应诉")
    sheet.title(f"{TOWN}{YEAR}年行政应诉案件登记台账", 8)
    sheet.header([["序号", "案号", "原告", "被告", "案由", "开庭时间", "出庭应诉负责人", "负责人是否出庭"]])
    day = _days(rng, 1)[0]
    case_no = f"（{YEAR}）青99{rng.randint(10, 99)}行初{rng.randint(3, 30)}号"
    sheet.add(1, case_no, fake.masked(_name(rng)), f"{TOWN}人民政府", "草原承包经营权确认", fake.date_cell(day, "iso"),
              f"{_name(rng)}（乡长）", "是")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["litigation"] = [{"case_no": case_no, "heard_on": day, "appeared": True}]
    built.quirk("html_as_xls", name, sheet.name, ("litigation.cases", "litigation.appearance_rate"))


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_bilingual_header_cells(built, rng)
    disclosure_tibetan_header_row(built, rng)
    disputes = disputes_quarters_and_cordyceps_sheet(built, rng)
    mediation_religious_and_elder_mediators(built, rng, disputes)
    petitions_prefecture_office(built, rng)
    security_gb18030_tibetan_title(built, rng)
    fraud_watch_pastoral(built, rng)
    counsel_xml_spreadsheet(built, rng)
    training_bilingual(built, rng)
    litigation_html(built, rng)
    # No 规范性文件 register: the 乡 made none and keeps none; the figure is unknown, never 0.
    built.quirk("absent_ledger", "—", "—", "normative_documents.issued", "没有规范性文件台账：该数为 null")
    return built
