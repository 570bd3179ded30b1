"""瓦吉乡 (虚构; 嘎洛县, a fictitious county of 凉山彝族自治州, 四川), 2024: a 彝族 乡 of hill villages where disputes
are mediated by 德古 (the traditional mediators the county's 调委会 have taken on as 人民调解员) beside the 司法所 and
the 村调委会, kin quarrels run along 家支 (clans), 婚姻彩礼 and 草场 / 林地 boundaries are the common disputes, the 乡
keeps 禁毒防艾 and 移风易俗 (高价彩礼 治理) registers, and a 驻村工作队 takes cases on. Built blind (issue 12, the 73rd
town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 四川法治网 scfzw.net/sifa/36/2188.html (峨边 黑竹沟镇): a 村主任 who is a 德古调解员 reports a 离婚纠纷 he settled to
  the 镇司法所; 峨边 appoints 德古 as 人民调解员 in the name of the 人民调解委员会 (54 德古调解员) — 德古 cases in the
  调委会's own register, 调解员 a 德古.
- 凉山长安网 liangshanpeace.gov.cn/sfxz/20200115/2151193.html (越西): the 县司法局 on 德古调解 运行模式, 调解费用,
  调解案件类型 — the 化解方式 column of the 排查 register (德古调解 / 家支调解 / 村调委会调解 / 司法所调解).
- 张邦铺, 论彝族新型"德古"调解 (yizuren.com/yistudy/yxyjjx/39911.html) and 蔡富莲 on 美姑 阿奇家支 德古
  (yizuren.com/yistudy/yxyjjx/40522.html): 家支 quarrels, 德古 settling 婚姻 disputes by 口头协议, the return of
  彩礼 — 婚姻彩礼纠纷 and 家支纠纷 as dispute types, the 涉案金额 of a 彩礼 case.
- 永胜 羊坪乡 "德古调解室" (news.43b.com.cn/a/725817.html): 德古调解卷宗, 调解协议书 — 德古调解室 as the 调委会's room.
- jswmb.cn/article/10334/54864.html (凉山州 移风易俗 2023) and fudaoke.com/exam/2740570.html: 《凉山彝族自治州移风易俗
  条例》 (2022), 彩礼 capped at 10万元, 红白喜事 — the 乡's 婚事新办 (高价彩礼治理) register, which is no dispute register.
- 人民网四川 on 凉山 禁毒 (ny26zhong.com/n2/2025/0428/c345167-41212310.html) and bjrroc.org.cn (州禁毒办 2024 挂包帮扶
  禁毒重点乡镇, 禁毒防艾 三年攻坚): 德古 and 家支 in 禁毒, 社区戒毒 / 社区康复 — the 禁毒防艾 sheet of the 平安建设 book.
- 越西县司法局 双语普法 (scfzbs.com/sz/202511/83158578.html) and 弥勒 "彝汉双语" 法律明白人 (sft.yn.gov.cn 2017): 双语
  法治宣传材料, a 双语 法律明白人 in each village — the 法律明白人 trainings and the 彝汉双语 公开栏.
- 木里 草场 纠纷 (m.yybnet.net/liangshan/muli/201907/9363974.html) and 理塘 草边争议 (scfzbs.com 2025-04): 草场 disputes
  between villages, carried from season to season — the carried-over rows of the 排查 register.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

The 彝文 in the bilingual headers is made of Yi syllables as placeholders (a deterministic spelling of each Chinese
title, not a translation): what a reader meets is the layout — Chinese and 彝文 in one header cell, or a 彝文 row
above the Chinese one — not the words. Everything is fictitious: the 乡, the county, the villages, the 家支 names
given to parties (common 凉山 clan names paired at random), the law firm, the case numbers.

Files (10, nine formats): the 综治中心's 排查化解 台账 (xlsx, a sheet per quarter, Chinese + 彝文 header cells, dates
3月5日, carried-over disputes listed again in the next quarter under their 编号), the 司法所's 人民调解 登记 (Excel 97
.xls, a 彝文 header row above the Chinese one, 德古调解室, a 涉案金额 column beside the 以案定补), the 信访 system's
export (HTML .xls, 州联席办 / 县联席办), the 综治中心's 平安建设 book (WPS .et: 家暴告诫书 with no type column, 治安
案件, and a 社区戒毒社区康复 list that looks like a 涉诈 list), the 涉诈 list (CSV UTF-8 BOM), the 行政执法 export
(xlsx, categories without 行政, dates typed 20240305), the 法律顾问 record (Word), the 政务公开 register (GBK CSV), the
法治建设 book (.ods: 行政应诉, 学法用法, 规范性文件 无) and the 婚事新办 register (Excel 2003 XML .xls).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "瓦吉乡"
YEAR = 2024
COUNTY = "嘎洛县"
SEED = 73_2024
# Fictitious hill villages (彝语 place names made up from common syllables) and their 村民小组.
VILLAGES = ("瓦吉村", "阿尔村", "补约村", "日哈村", "拉莫村", "子威村", "俄吉村", "吉史村")
_CLANS = ("吉克", "曲比", "海来", "沙马", "阿苦", "马海", "吉伍", "阿尔", "勒格", "俄底", "阿说", "日火", "瓦扎",
          "吉黑", "果基", "阿西", "苏呷", "的日")  # fmt: skip
_GIVEN = ("拉者", "阿友", "木呷", "阿支", "日哈", "伍各", "尔古", "拉哈", "阿牛", "石者", "木机", "子拉", "阿洛",
          "么者", "拉铁", "阿各", "阿果", "阿呷", "阿衣", "么么", "阿莫", "尔呷", "阿芝", "阿西莫")  # fmt: skip
QUARTERS = ("第一季度", "第二季度", "第三季度", "第四季度")


def yi(text: str) -> str:
    """A placeholder 彝文 spelling of a Chinese title: one Yi syllable (U+A000–U+A48C) per character, chosen from
    the character's code point (not a translation; the layout is what the files show)."""
    return "".join(chr(0xA000 + (ord(c) * 37) % 1165) for c in text if not c.isspace() and c not in "（）()")


def yi_name(rng: random.Random, dot: bool | None = None) -> str:
    """A 彝族 name as the registers of the 乡 hold them: the 家支 name then the given name, typed with a dot
    (阿苦·拉者) or without (吉克阿友)."""
    clan, given = rng.choice(_CLANS), rng.choice(_GIVEN)
    if dot is None:
        dot = rng.random() < 0.5
    return f"{clan}·{given}" if dot else f"{clan}{given}"


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _quarter(day: dt.date) -> int:
    return (day.month - 1) // 3


def _bilingual(titles: list[str]) -> list[str]:
    """Header cells in Chinese with the 彝文 under it in the same cell (a line break between)."""
    return [f"{t}\n{yi(t)}" for t in titles]


# --- 矛盾纠纷排查化解 (综治中心) ------------------------------------------------------------------

DISPUTE_TYPES = {
    "婚姻彩礼纠纷": 4,
    "婚姻家庭纠纷": 2,
    "草场纠纷": 3,
    "林地边界纠纷": 3,
    "邻里纠纷": 4,
    "家支纠纷": 1.5,
    "牲畜损害赔偿纠纷": 2,
    "务工欠薪纠纷": 1.5,
    "土地承包纠纷": 1.5,
    "其他纠纷": 0.5,
}
# 化解方式: who settled it (not a state of the dispute).
WAYS = {"德古调解": 4, "家支调解": 1.5, "村调委会调解": 3, "司法所调解": 2, "驻村工作队协调": 1}
# The state at the year's end (the ledger's words are the spec's here; the quirk is where they sit).
FINAL = {"已化解": 88, "化解中": 7, "未化解": 2, "已移交派出所": 3}


def disputes_quarter_sheets_carried_over(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷排查化解台账: one workbook, a sheet per quarter (序号 restarting, 编号 WJ2024-NNN
    running over the year), header cells in Chinese with the 彝文 under them, dates typed 3月5日 (the year in the
    title), a 化解方式 column (德古调解, 家支调解 …) beside the 化解情况 column, and a dispute not settled within its
    quarter listed again in the next quarter's sheet under its 编号 with the state it reached (备注 X季度结转);
    three disputes of December 2023 carried into the first quarter with their 2023 date. Returns the year's
    disputes (for the 调解 register)."""
    name = f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账.xlsx"
    disputes = []
    for n, day in enumerate(_days(rng, 164), start=1):
        final = fake.pick(rng, FINAL)
        kind = fake.pick(rng, DISPUTE_TYPES)
        way = fake.pick(rng, WAYS) if final == "已化解" else ("移交派出所" if final == "已移交派出所" else "")
        done = None
        if final == "已化解":
            done = day + dt.timedelta(days=rng.randint(0, 20) if rng.random() < 0.88 else rng.randint(40, 80))
            if done > dt.date(YEAR, 12, 27):
                final, done, way = "化解中", None, ""
        a, b = yi_name(rng), yi_name(rng)
        if kind in ("家支纠纷", "草场纠纷") and rng.random() < 0.5:
            a, b = f"{a.split('·')[0][:2]}家支", f"{b.split('·')[0][:2]}家支"
        disputes.append({"no": f"WJ{YEAR}-{n:03d}", "screened_on": day, "final": final, "kind": kind, "way": way,
                         "done": done, "village": rng.choice(VILLAGES), "parties": f"{a}与{b}",
                         "phone": fake.mobile(rng)})  # fmt: skip
    sheets = [Sheet(f"{YEAR}年{q}") for q in QUARTERS]
    titles = ["序号", "编号", "排查时间", "村（社区）", "纠纷类型", "当事人", "联系电话", "简要情况", "化解方式",
              "化解情况", "化解时间", "包案领导", "备注"]  # fmt: skip
    for q, sheet in enumerate(sheets):
        sheet.title(f"{TOWN}{YEAR}年{QUARTERS[q]}矛盾纠纷排查化解台账", len(titles))
        sheet.add(f"填报单位：{TOWN}综治中心", *[None] * 8, f"填报时间：{YEAR}年{3 * q + 3}月底", *[None] * 3)
        sheet.header([_bilingual(titles)])
    serial = [0, 0, 0, 0]

    def row(q: int, d: dict, state: str, done: dt.date | None, note: str, typed_day) -> None:
        serial[q] += 1
        sheets[q].add(serial[q], d["no"], typed_day, d["village"], d["kind"], d["parties"], d["phone"],
                      f"{d['village']}{d['kind'].removesuffix('纠纷')}问题", d["way"] if state == "已化解" else "",
                      state, fake.date_cell(done, "yearless") if done else "", fake.name(rng), note)  # fmt: skip

    # Three disputes of December 2023 carried into the year's first sheet: not screened in the year.
    for k, day in enumerate((dt.date(YEAR - 1, 12, 12), dt.date(YEAR - 1, 12, 20), dt.date(YEAR - 1, 12, 26)), 1):
        d = {"no": f"WJ{YEAR - 1}-{140 + k}", "village": rng.choice(VILLAGES), "kind": rng.choice(["草场纠纷", "林地边界纠纷", "婚姻彩礼纠纷"]),
             "parties": f"{yi_name(rng)}与{yi_name(rng)}", "phone": fake.mobile(rng), "way": "德古调解"}  # fmt: skip
        done = dt.date(YEAR, 1, 8 + 5 * k)
        row(0, d, "已化解", done, f"{YEAR - 1}年结转", f"{YEAR - 1}年12月{day.day}日")
    records = []
    for d in disputes:
        q = _quarter(d["screened_on"])
        typed = fake.date_cell(d["screened_on"], "yearless")
        if d["final"] == "已化解" and _quarter(d["done"]) > q:
            # Not settled within its quarter: 化解中 there, listed again when it was settled.
            row(q, d, "化解中", None, "", typed)
            row(_quarter(d["done"]), d, "已化解", d["done"], f"{QUARTERS[q].removeprefix('第')}结转", typed)
        elif d["final"] in ("化解中", "未化解") and q < 3 and rng.random() < 0.6:
            row(q, d, "化解中", None, "", typed)
            row(q + 1, d, d["final"], None, f"{QUARTERS[q].removeprefix('第')}结转", typed)
        else:
            row(q, d, d["final"], d["done"], "", typed)
        records.append(
            {"screened_on": d["screened_on"], "status": "已上报/移交" if d["final"] == "已移交派出所" else d["final"]}
        )
    built.books.append(Book(name, sheets))
    built.ledgers["disputes"] = records
    built.quirk("carried_over_rows", name, "2024年第二季度", ("disputes.screened", "disputes.resolved"),
                "上季度未化解的纠纷在下一季度表里按原编号再列一次（备注 一季度结转）：一件纠纷，状态取后一次的")  # fmt: skip
    built.quirk("last_year_carried_rows", name, "2024年第一季度", "disputes.screened",
                "2023年12月排查的三件结转到一季度表（排查时间写 2023年12月12日）：不是当年排查")  # fmt: skip
    built.quirk("bilingual_header_cells", name, "2024年第一季度", "disputes.screened",
                "表头每格 中文 + 换行 + 彝文")  # fmt: skip
    built.quirk("year_from_title", name, "2024年第三季度", "disputes.screened", "排查时间写 3月5日，年份在标题和表名")
    built.quirk("way_column_not_state", name, "2024年第一季度", "disputes.resolved",
                "化解方式（德古调解、家支调解、驻村工作队协调）不是化解情况")  # fmt: skip
    return disputes


# --- 人民调解 (司法所, Excel 97 .xls) -------------------------------------------------------------

# 以案定补 of this fictitious county (illustrative): 口头 简易 60 元; 书面 by tier 一般 120 / 疑难 240 / 重大 400 元.
SUBSIDY = {("口头", "简易"): 60, ("书面", "一般"): 120, ("书面", "疑难"): 240, ("书面", "重大"): 400}
ORGS = {"德古调解": f"{TOWN}人民调解委员会（德古调解室）", "司法所调解": f"{TOWN}人民调解委员会"}


def _amount(rng: random.Random, kind: str) -> int | None:
    """The 涉案金额 of a case: the 彩礼 to return, a 草场 / 牲畜 compensation, wages owed."""
    if kind == "婚姻彩礼纠纷":
        return rng.choice([60_000, 80_000, 100_000, 120_000, 150_000, 180_000])
    if kind == "牲畜损害赔偿纠纷":
        return rng.choice([800, 1200, 2500, 3600, 5000])
    if kind == "务工欠薪纠纷":
        return rng.randint(6, 40) * 500
    if kind in ("草场纠纷", "林地边界纠纷") and rng.random() < 0.3:
        return rng.choice([2000, 3000, 5000])
    return None


def mediation_yi_row_over_header(built: Built, rng: random.Random, disputes: list[dict]) -> None:
    """The 司法所's 人民调解案件登记 kept in an old Excel (.xls): a 彝文 row above the Chinese header row, 调解组织
    乡调委会 / 德古调解室 / 村调委会, 调解员 a 德古 (marked （德古）), a 涉案金额（元） column (彩礼 of 6–18万元) beside
    the 以案定补（元） column, 协议形式 口头协议 / 书面协议 / 调解协议书, 调解结果 调解成功 / 调解不成功 / 终止调解, and the
    排查 register's 编号 of each case."""
    name = f"{TOWN}司法所人民调解案件登记表（{YEAR}年）.xls"
    settled = [d for d in disputes if d["final"] == "已化解" and d["way"] in ("德古调解", "司法所调解", "村调委会调解")]
    failed = [(d, o) for d, o in zip(rng.sample([d for d in disputes if d["final"] != "已化解"], 7),
                                     ["调解不成功"] * 5 + ["终止调解"] * 2)]  # fmt: skip
    cases = sorted([(d, "调解成功") for d in settled] + failed, key=lambda c: c[0]["screened_on"])
    titles = ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "申请人", "被申请人", "涉案金额（元）", "协议形式",
              "调解结果", "难易程度", "以案定补（元）", "调解员", "关联排查编号"]  # fmt: skip
    sheet = Sheet(f"{YEAR}年")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记表", len(titles))
    sheet.header([[yi(t) for t in titles], titles])
    records = []
    for n, (d, outcome) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）瓦吉人调字第{n}号"
        day = d["screened_on"] + dt.timedelta(days=rng.randint(0, 2))
        org = ORGS.get(d["way"], f"{d['village']}人民调解委员会")
        a, b = d["parties"].split("与", 1)
        mediator = f"{yi_name(rng)}（德古）" if d["way"] == "德古调解" else fake.name(rng)
        if outcome == "调解成功":
            form = "书面" if rng.random() < 0.3 or d["kind"] == "婚姻彩礼纠纷" and rng.random() < 0.5 else "口头"
            tier = fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1}) if form == "书面" else "简易"
            money = SUBSIDY[(form, tier)]
            typed_form = "调解协议书" if form == "书面" and rng.random() < 0.3 else f"{form}协议"
        else:
            form, tier, money, typed_form = None, "", None, ""
        sheet.add(n, file_no, fake.date_cell(day, "date"), org, d["kind"], a, b, _amount(rng, d["kind"]), typed_form,
                  outcome, tier, money, mediator, d["no"])  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "调解成功" else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("yi_row_over_header", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "中文表头上方一行彝文：表头是两行，彝文行不是记录")  # fmt: skip
    built.quirk("amount_in_dispute_beside_subsidy", name, sheet.name, "mediation.subsidy_yuan",
                "涉案金额（元）（彩礼6–18万元）在以案定补（元）旁边：补贴只取以案定补")  # fmt: skip
    built.quirk("negated_results", name, sheet.name, "mediation.cases", "调解不成功、终止调解 不是成功")
    built.quirk("value_synonyms", name, sheet.name, "mediation.written", "调解协议书 = 书面")


# --- 信访 (HTML .xls) ---------------------------------------------------------------------------


def petitions_joint_office_export(built: Built, rng: random.Random) -> None:
    """The 信访 information system's export as an HTML table saved .xls: 交办单位 州联席办 (the 州 is the
    prefecture: the spec's 市联办), 省联席办, 县联席办, 乡本级受理; 化解情况 已化解 / 正在化解 / 化解中（驻村工作队包案）."""
    name = f"{TOWN}{YEAR}年信访事项办理情况导出.xls"
    sheet = Sheet("信访事项")
    sheet.title(f"{TOWN}信访事项办理情况（{YEAR}-01-01至{YEAR}-12-31）", 11)
    sheet.header([["序号", "信访件编号", "登记日期", "信访人", "信访形式", "交办单位", "问题类别", "是否重复信访",
                   "化解情况", "办结日期", "包案领导"]])  # fmt: skip
    items = [
        ("州联席办", "已化解", "否", "婚姻彩礼返还", "网上信访"),
        ("州联席办", "化解中（驻村工作队包案）", "是", "草场权属争议", "来访"),
        ("省联席办", "已化解", "否", "易地扶贫搬迁安置房分配", "网上信访"),
        ("县联席办", "已化解", "否", "林地边界", "来信"),
        ("县联席办", "已化解", "否", "务工工资拖欠", "网上信访"),
        ("县联席办", "正在化解", "否", "退耕还林补助", "来访"),
        ("乡本级受理", "已化解", "否", "邻里宅基地", "来访"),
        ("乡本级受理", "正在化解", "否", "家支纠纷", "来访"),
    ]
    truth_source = {"州联席办": "市联办", "省联席办": "省联办", "县联席办": "县联办", "乡本级受理": "本级受理"}
    records = []
    for n, ((source, status, repeat, issue, how), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"510000{YEAR}{rng.randint(1000, 9999)}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(20, 55)) if status == "已化解" else None
        sheet.add(n, no, f"{day:%Y-%m-%d}", yi_name(rng, dot=True), how, source, issue, repeat, status,
                  f"{done:%Y-%m-%d}" if done and done.year == YEAR else "", fake.name(rng))  # fmt: skip
        records.append({"petition_no": no, "source": truth_source[source],
                        "status": "已化解" if status == "已化解" else "正在化解", "assigned_on": day})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["petitions"] = records
    built.quirk("html_as_xls", name, sheet.name, "petitions.assigned", "信访系统导出的 HTML 表格冒充 .xls")
    built.quirk("joint_office_called_lianxiban", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "交办单位写 州联席办 / 省联席办 / 县联席办（联席办 = 联办；自治州是地级，州 = 市）")  # fmt: skip
    built.quirk("value_qualifiers", name, sheet.name, "petitions.in_progress", "化解中（驻村工作队包案）= 正在化解")


# --- 平安建设 (综治中心, WPS .et) -----------------------------------------------------------------

# 案件类型 of the 治安案件 sheet → the spec's type (None: no figure counts it), count, detained per case.
CASES = {
    "卖淫嫖娼": ("涉黄治安案件", 2, (2, 3)),
    "殴打家庭成员（家暴）": ("家暴治安案件", 2, (1, 1)),
    "赌博": (None, 4, (1, 4)),
    "殴打他人": (None, 5, (1, 2)),
    "盗窃（牲畜）": (None, 3, (1, 1)),
    "吸毒": (None, 6, (1, 1)),
}


def security_book_with_drug_list(built: Built, rng: random.Random) -> None:
    """The 综治中心's 平安建设 book in WPS (.et): a 家暴告诫书 sheet with no type column (the sheet is the type:
    one row a 告诫书), a 治安案件 sheet (案件类型 卖淫嫖娼, 殴打家庭成员（家暴）, 赌博, 吸毒 … and 拘留人数), and a
    禁毒防艾 sheet: the 社区戒毒社区康复人员 list (姓名, 身份证号码, 联系电话, 管控状态 在管 / 已解除, 是否见面) that
    looks like a 涉诈 list and is none."""
    name = f"{TOWN}{YEAR}年平安建设工作台账.et"
    warn = Sheet("家暴告诫书")
    warn.title(f"{TOWN}{YEAR}年家庭暴力告诫书出具登记", 8)
    warn.header([["序号", "出具日期", "村", "加害人", "受害人", "告诫书文号", "出具单位", "回访情况"]])
    records = []
    for n, day in enumerate(_days(rng, 9), start=1):
        warn.add(n, fake.date_cell(day, "cn"), rng.choice(VILLAGES), yi_name(rng), yi_name(rng),
                 f"嘎公（瓦吉）告字〔{YEAR}〕{n}号", f"{COUNTY}公安局瓦吉派出所", rng.choice(["已回访", "已回访，未再发生", ""]))  # fmt: skip
        records.append({"occurred_on": day, "type": "家暴告诫书", "detained": 0})
    cases = Sheet("治安案件")
    cases.title(f"{TOWN}{YEAR}年治安案件登记", 7)
    cases.header([["序号", "发案日期", "村", "案件类型", "当事人", "处理结果", "拘留人数"]])
    plan = [c for c, (_, k, _) in CASES.items() for _ in range(k)]
    rng.shuffle(plan)
    for n, (case, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        kind, _, (lo, hi) = CASES[case]
        detained = rng.randint(lo, hi)
        result = "强制隔离戒毒" if case == "吸毒" and rng.random() < 0.4 else f"行政拘留{rng.choice([5, 7, 10])}日"
        if result == "强制隔离戒毒":
            detained = 0
        cases.add(n, fake.date_cell(day, "cn"), rng.choice(VILLAGES), case, yi_name(rng), result, detained)
        if kind:
            records.append({"occurred_on": day, "type": kind, "detained": detained})
    drugs = Sheet("禁毒防艾")
    drugs.title(f"{TOWN}社区戒毒社区康复人员管控台账（{YEAR}年12月）", 9)
    drugs.header([["序号", "姓名", "性别", "身份证号码", "联系电话", "村", "管控类别", "管控状态", "本月是否见面"]])
    for n in range(1, 15):
        drugs.add(n, yi_name(rng), rng.choice(["男", "男", "女"]), fake.id_number(rng), fake.mobile(rng),
                  rng.choice(VILLAGES), rng.choice(["社区戒毒", "社区康复"]), rng.choice(["在管", "在管", "已解除"]),
                  rng.choice(["是", "是", "否"]))  # fmt: skip
    built.books.append(Book(name, [warn, cases, drugs], fmt="biff"))
    built.ledgers["security"] = records
    built.quirk("category_from_sheet_or_title", name, warn.name, "security.dv_warnings",
                "告诫书登记没有类型列：一行一份家暴告诫书（表名、标题）")  # fmt: skip
    built.quirk("drug_list_not_fraud_list", name, drugs.name, ("fraud_watch.remaining", "fraud_watch.removed"),
                "社区戒毒社区康复人员管控台账（姓名、身份证、在管/已解除、是否见面）不是涉诈人员名单")  # fmt: skip
    built.quirk("police_case_words", name, cases.name, ("security.vice_cases", "security.dv_detentions"),
                "案件类型 卖淫嫖娼 = 涉黄；殴打家庭成员（家暴）的拘留是家暴拘留；吸毒、赌博、盗窃（牲畜）不计入")  # fmt: skip


# --- 涉诈 (CSV UTF-8 BOM) -----------------------------------------------------------------------


def fraud_list_outworkers(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 list as a CSV (UTF-8 with BOM): 户籍村, 现在何处 (外出务工 in 广东 / 江苏 / 浙江), 管控状态 在册 /
    核减, 是否取得联系 已联系 / 未联系 (失联)."""
    name = f"{TOWN}涉诈高危人员管控台账（{YEAR}年12月）.csv"
    sheet = Sheet("涉诈")
    sheet.add(f"{TOWN}涉诈高危人员管控台账")
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "户籍村", "现在何处", "管控状态", "核减时间",
                   "是否取得联系"]])  # fmt: skip
    records = []
    for serial, removed, contacted, fields in fake.watch_list(rng, 27, list(VILLAGES), 0.35):
        when = fake.date_cell(_days(rng, 1)[0], "slash") if removed else ""
        sheet.add(serial, yi_name(rng, dot=False), fields[1], fields[2], fields[3],
                  rng.choice(["广东东莞（务工）", "江苏苏州（务工）", "浙江宁波（务工）", "在家", "西昌"]),
                  "核减" if removed else "在册", when, "已联系" if contacted else rng.choice(["未联系", "失联"]))  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["fraud_watch"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, "fraud_watch.remaining")
    built.quirk("contact_words", name, sheet.name, "fraud_watch.contacted", "是否取得联系 已联系 / 未联系 / 失联")


# --- 行政执法 (xlsx) ----------------------------------------------------------------------------

ENFORCEMENT_ITEMS = {
    "许可": (("乡村建设规划许可", "农村宅基地用地审批"), 14, "许"),
    "确认": (("农村土地承包经营权变更确认",), 6, "确"),
    "给付": (("临时救助金给付", "特困人员救助供养金给付"), 11, "给"),
    "检查": (("森林草原防火检查", "自建房安全检查", "农资经营门店检查", "禁牧区巡查"), 27, "检"),
    "处罚": (("林区违规野外用火", "违法占用林地建房"), 4, "罚"),
}


def enforcement_compact_dates(built: Built, rng: random.Random) -> None:
    """The 行政执法 platform's export (xlsx): 执法类别 without 行政 (许可, 检查 …), 办理日期 typed as the eight digits
    20240305 in a number cell, 案件编号 瓦吉检字〔2024〕N号."""
    name = f"{TOWN}人民政府{YEAR}年行政执法案件统计.xlsx"
    sheet = Sheet("执法案件")
    sheet.title(f"{TOWN}人民政府{YEAR}年行政执法案件台账", 8)
    sheet.header([["序号", "案件编号", "案件名称", "执法类别", "当事人", "所在村", "办理日期", "执法人员"]])
    plan = [(cat, item) for cat, (items, n, _) in ENFORCEMENT_ITEMS.items() for item in rng.choices(items, k=n)]
    rng.shuffle(plan)
    serials: dict[str, int] = {}
    records = []
    for n, ((cat, item), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        serials[cat] = serials.get(cat, 0) + 1
        no = f"瓦吉{ENFORCEMENT_ITEMS[cat][2]}字〔{YEAR}〕{serials[cat]}号"
        party = f"{rng.choice(VILLAGES)}村民委员会" if cat == "检查" and rng.random() < 0.3 else yi_name(rng)
        sheet.add(n, no, item, cat, party, rng.choice(VILLAGES), int(f"{day:%Y%m%d}"),
                  f"{fake.name(rng)}、{yi_name(rng, dot=False)}")  # fmt: skip
        records.append({"case_no": no, "category": f"行政{cat}", "decided_on": day})
    built.books.append(Book(name, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("value_suffixes", name, sheet.name, "enforcement.inspection", "执法类别 写 许可、检查（不带 行政）")
    built.quirk("compact_number_dates", name, sheet.name, "enforcement.cases", "办理日期 是数字 20240305")


# --- 法律顾问 (Word) ----------------------------------------------------------------------------

COUNSEL_WORK = {
    "审查合同（草场承包合同）": ("文书审核", 2),
    "审核行政执法文书": ("文书审核", 1.5),
    "出具法律意见书": ("法律意见书", 1.5),
    "彝汉双语法律咨询": ("法律咨询", 5),
    "参与德古调解": (None, 1.5),
    "移风易俗条例宣讲": (None, 1),
    "法律援助（代写申请）": ("法律援助", 0.4),
}


def counsel_word_record(built: Built, rng: random.Random) -> None:
    """The 法律顾问 service record in Word (a table in a .docx): 服务日期 2024年3月5日, 服务事项 in the firm's words
    (彝汉双语法律咨询, 审查合同（草场承包合同）, 参与德古调解), 次数 2人次 / 1件 / blank (one)."""
    name = f"{TOWN}人民政府法律顾问服务记录（{YEAR}年）.docx"
    sheet = Sheet(f"{TOWN}人民政府法律顾问服务记录表")
    sheet.doc_before = ["（虚构）四川嘎洛律师事务所", f"服务期限：{YEAR}年1月1日至{YEAR}年12月31日"]
    sheet.header([["序号", "服务日期", "服务对象", "服务事项", "次数", "服务律师"]])
    weights = {k: w for k, (_, w) in COUNSEL_WORK.items()}
    records = []
    for n, day in enumerate(_days(rng, 52), start=1):
        work = fake.pick(rng, weights)
        qty = rng.choice([1, 2, 3, 4]) if "咨询" in work else rng.choice([1, 1, 2])
        unit = "人次" if "咨询" in work else ("次" if work in ("参与德古调解", "移风易俗条例宣讲") else "件")
        typed = "" if qty == 1 and rng.random() < 0.5 else f"{qty}{unit}"
        target = rng.choice([f"{TOWN}人民政府", f"{TOWN}司法所", rng.choice(VILLAGES)])
        sheet.add(n, fake.date_cell(day, "cn"), target, work, typed, rng.choice(["吉克律师", "王律师"]))
        service = COUNSEL_WORK[work][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["counsel"] = records
    built.quirk("word_table", name, sheet.name, "counsel.consultations")
    built.quirk("value_qualifiers", name, sheet.name, ("counsel.document_reviews", "counsel.consultations"),
                "审查合同（草场承包合同）= 文书审核；彝汉双语法律咨询 = 法律咨询；参与德古调解 不计入；次数 2人次、空白为1")  # fmt: skip


# --- 政务公开 (GBK CSV) -------------------------------------------------------------------------


def disclosure_bilingual_boards(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开 register as a GBK CSV: 公开类别 主动公开 / 宣传报道 / 依申请公开 (one), 公开载体 the
    county's portal, the 彝汉双语 公开栏, the 乡's 公众号, 凉山日报（彝文版）, the 州 television's 彝语 channel."""
    name = f"{TOWN}{YEAR}年政务公开登记台账.csv"
    sheet = Sheet("政务公开")
    sheet.add(f"{TOWN}{YEAR}年政务公开登记台账")
    sheet.header([["序号", "公开时间", "信息名称", "公开载体", "公开类别", "经办人"]])
    kinds = ["主动公开"] * 46 + ["宣传报道"] * 71 + ["依申请公开"]
    rng.shuffle(kinds)
    records = []
    for n, (kind, day) in enumerate(zip(kinds, _days(rng, len(kinds))), start=1):
        if kind == "主动公开":
            carrier = fake.pick(rng, {f"{COUNTY}人民政府网站": 3, "乡政务公开栏（彝汉双语）": 3})
            title = rng.choice(["低保对象公示", "临时救助对象公示", "草场禁牧补助发放公示", "易地搬迁安置公示"])
        elif kind == "宣传报道":
            carrier = fake.pick(rng, {"“瓦吉乡”微信公众号": 5, "凉山日报（彝文版）": 1, "凉山广播电视台彝语频道": 1})
            title = rng.choice(["德古调解化解草场纠纷", "禁毒防艾进村入户", "移风易俗治理高价彩礼", "驻村工作队走访"])
        else:
            carrier, title = "书面答复", "申请公开草场确权资料的答复"
        sheet.add(n, fake.date_cell(day, "slash"), title, carrier, kind, fake.name(rng))
        records.append({"published_on": day, "type": "媒体发布" if kind == "宣传报道" else kind})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["disclosure"] = records
    built.quirk("csv_gbk", name, sheet.name, ("disclosure.proactive", "disclosure.media"))
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "宣传报道 = 媒体发布；载体 凉山日报（彝文版）")


# --- 法治建设 (.ods) ------------------------------------------------------------------------------


def rule_of_law_book_ods(built: Built, rng: random.Random) -> None:
    """The 司法所's 法治建设 book saved as .ods: 行政应诉 (two cases, one heard with the 乡长 in court), 学法用法
    (法律明白人 彝汉双语 trainings, a 德古调解员 training and a 驻村工作队 study that are not 法律明白人 sessions, the
    领导干部 online exam 应参考 / 实参考) and a 规范性文件 sheet whose one row says 无 (a register read: 0)."""
    name = f"{TOWN}{YEAR}年法治建设台账.ods"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记", 8)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭应诉负责人", "是否主要领导出庭"]])
    records = []
    plan = [("草场权属行政裁决", True), ("林地征收补偿", False)]
    for n, ((cause, appeared), day) in enumerate(zip(plan, _days(rng, 2)), start=1):
        case_no = f"（{YEAR}）川9934行初{11 + 9 * n}号"
        lit.add(n, case_no, yi_name(rng), f"{TOWN}人民政府", cause, fake.date_cell(day, "date"),
                "阿苦某某（乡长）" if appeared else "王某（副乡长）", "是" if appeared else "否")  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared})
    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训登记", 8)
    train.header([["序号", "日期", "培训主题", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("法律明白人彝汉双语培训（民法典婚姻家庭编）", "法律明白人", "线下", 34, None, None),
        ("德古调解员业务培训", "德古调解员", "集中培训", 22, None, None),
        ("法律明白人《凉山彝族自治州移风易俗条例》培训", "法律明白人", "线下", 31, None, None),
        ("领导干部学法用法网上考试", "领导干部", "考试", 37, 38, 37),
        ("驻村工作队学法", "驻村工作队员", "会前学法", 12, None, None),
        ("法律明白人禁毒防艾线上培训", "法律明白人", "线上", 29, None, None),
    ]
    t_records = []
    for n, ((title, audience, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "date"), title, audience, form, people, req, took)
        t_records.append({"held_on": day, "audience": audience, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件登记", 5)
    docs.header([["序号", "文件名称", "文号", "印发日期", "备案情况"]])
    docs.add(1, "无", None, None, None)
    built.books.append(Book(name, [lit, train, docs], fmt="ods"))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("ods_spreadsheet", name, train.name, "training.legal_literacy_sessions")
    built.quirk("other_audiences", name, train.name, "training.legal_literacy_sessions",
                "德古调解员培训、驻村工作队学法 不是法律明白人培训")  # fmt: skip
    built.quirk(
        "empty_register_says_none", name, docs.name, "normative_documents.issued", "规范性文件表只有一行 无：数是0"
    )


# --- 移风易俗 (Excel 2003 XML) -------------------------------------------------------------------


def bride_price_register_not_disputes(built: Built, rng: random.Random) -> None:
    """The 乡's 婚事新办 (高价彩礼治理) register as Excel 2003 XML saved .xls: each wedding of the year with its
    约定彩礼（元）, 是否超过10万元, 是否签订承诺书, the 红白理事会 witness — a register of the 移风易俗 work, which no
    figure counts (its 婚姻 words and parties make it look like a dispute register)."""
    name = f"{TOWN}{YEAR}年婚事新办登记台账（高价彩礼治理）.xls"
    sheet = Sheet("婚事登记")
    sheet.title(f"{TOWN}{YEAR}年婚事新办登记台账（治理高价彩礼）", 10)
    sheet.header([["序号", "村", "男方", "女方", "登记日期", "约定彩礼（元）", "是否超过10万元", "是否签订承诺书",
                   "红白理事会见证人", "备注"]])  # fmt: skip
    for n, day in enumerate(_days(rng, 36), start=1):
        price = rng.choice([30_000, 50_000, 60_000, 80_000, 100_000, 120_000])
        sheet.add(n, rng.choice(VILLAGES), yi_name(rng), yi_name(rng), dt.datetime(day.year, day.month, day.day),
                  price, "是" if price > 100_000 else "否", "是", yi_name(rng),
                  "已劝导退还超额部分" if price > 100_000 else "")  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="xml-xls"))
    built.quirk("customs_register_not_disputes", name, sheet.name, ("disputes.screened", "mediation.cases"),
                "婚事新办（高价彩礼）登记不是纠纷台账，也不是调解登记：不计入任何数")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    disputes = disputes_quarter_sheets_carried_over(built, rng)
    mediation_yi_row_over_header(built, rng, disputes)
    petitions_joint_office_export(built, rng)
    security_book_with_drug_list(built, rng)
    fraud_list_outworkers(built, rng)
    enforcement_compact_dates(built, rng)
    counsel_word_record(built, rng)
    disclosure_bilingual_boards(built, rng)
    rule_of_law_book_ods(built, rng)
    bride_price_register_not_disputes(built, rng)
    return built
