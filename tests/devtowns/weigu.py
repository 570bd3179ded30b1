"""苇沽镇 (虚构; 运西区, a fictitious 涉农区 of 天津 like 静海 / 宝坻 / 武清), 2024: a 镇 of 小站稻 paddies and 设施农业
大棚 on the 大运河 and the 团泊 wetland's edge, with an 工业园区 whose firms' 欠薪 quarrels, the 拆迁 and 宅基地 of its
old 村 and the 楼宇 / 物业 quarrels of its 新市镇 社区 come to the 镇's 矛盾纠纷调处化解中心 (天津's 市、区、街乡镇
三级矛调中心, one door, "战区制、主官上"); whose 街乡镇综合执法大队 decides the 赋权事项 the 区 handed down; whose 12345 工单
arrive from the 区's hotline. Built blind (issue 12, the 88th town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool; words and headers taken, no data):
- 静海区 独流镇 and 静海镇 2024 法治政府建设 reports (tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_jz1/dlz1/fdzdgknr37/dlzwj1/
  202503/t20250319_6887357.html, tjjh.gov.cn/jhqzf/zwgk_28985/zfxxgk_jz1/jhz1/fdzdgknr36/jhzwj1/202504/
  t20250424_6916553.html) and 静海区 2023 report (tjjh.gov.cn/.../202403/t20240328_6583952.html): 镇室村三级中心, 行政案件
  旁听庭审, 法治示范村, 述法 — the 矛调中心's statistics, the 应诉 and 学法 sheets.
- 宝坻区 镇 2024 政府信息公开年度报告 (tjbd.gov.cn/zwgk/zfxxgkjz/ghzz/zfxxgknb59/202501/t20250123_6842521.html: 主动公开
  12条, 依申请 1条, 宝坻政务网, 政务新媒体) and 武清区 河西务镇 / 白古屯镇 年报 (tjwq.gov.cn/zwgk/zfxxgk/zj2/hxwzrmzf/
  zfxxgknb61/202601/t20260126_7231868.html: 区政府门户网站 16条, the 镇's 微信公众号 and 微博) — the 政务公开 book.
- 天津日报 on the 三级社会矛盾纠纷调处化解中心 (tibet.cn/cn/Instant/local/202203/t20220318_7167338.html; 宁河 "信访超市",
  2020-05-20 三级矛调中心) and 新华每日电讯 (mrdx.cn/h5/mrdx/content/20231215/Articel01002GN.htm: 《天津市矛盾纠纷多元化解
  条例》, 诉源、访源、警源 "三源" 治理) — the 矛调中心 and its 区信访办 / 区联席办 levels.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.
No public 天津 township register export was found in the stored corpora; the four new structures are the shapes offices
print and export: a register printed 左右分栏 (two blocks of the same columns side by side on each page), a 村 × 月
cross-tab as the only count of the 排查 and 化解, a 调解 register kept as numbered paragraphs in Word, and a platform
CSV whose cells hold line breaks (quoted). Everything is fictitious: the 区 (运西区), the 镇, its 村 and 社区, the 律所,
the people, the case numbers and the court code (津0199).

Files (9, six formats): the 综合执法大队's register (xlsx, 赋权事项 column, January 2025 decisions at the foot); the
矛调中心's 村 × 月 statistics (xlsx, two header rows: month groups over 排查 / 化解); the 调委会's register in numbered
paragraphs (docx, month headings, no 补贴 anywhere); the 信访 system export (UTF-8 BOM CSV, multi-line 反映问题 and
办理情况 cells, a December 2023 item); the 村（居）法律顾问 register printed 左右分栏 (xlsx); the 政务公开 book (WPS .et);
the 派出所's 平安建设 register (.ods); the 法治 workbook (BIFF .xls: 应诉, 学法, 规范性文件); the 12345 工单 (HTML .xls,
no figure). No 涉诈 list is handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null, Stats

TOWN = "苇沽镇"
YEAR = 2024
DISTRICT = "运西区"
SEED = 88_2024
CUN = ("苇沽村", "东堤村", "西堤村", "杨庄子村", "团洼村", "运河村")
SHEQU = ("苇沽新苑社区", "运河湾社区")
PLACES = (*CUN, *SHEQU)
_CN_NUM = "零一二三四五六七八九"
# The 调委会's register is numbered paragraphs (no table): each field a phrase of a sentence, which split by guess could
# give a date or an outcome that is another's. Asked of the office as a table (file.register_as_paragraphs), never read.
_PARAGRAPHS = "调解登记簿是逐条编号的段落，没有表格（file.register_as_paragraphs）：日期、结果、协议形式在句子中，不按猜测拆列，待镇填成表格"
KNOWN_WITHHELD = {"mediation.cases": _PARAGRAPHS, "mediation.oral": _PARAGRAPHS, "mediation.written": _PARAGRAPHS}


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _cn_serial(n: int) -> str:
    """1 → 一, 12 → 十二, 40 → 四十, 53 → 五十三 (the numbering of a Word register's paragraphs)."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else f"{_CN_NUM[tens]}十")
    return head + (_CN_NUM[ones] if ones else "") if n else "零"


# --- 街乡镇综合执法大队 (xlsx, ordinary) -------------------------------------------------------------------

ENFORCEMENT = {
    "违法建设（私搭乱建）": ("行政处罚", "行政处罚", 4),
    "占道经营": ("行政处罚", "行政处罚", 3),
    "露天焚烧垃圾": ("行政处罚", "行政处罚", 2),
    "违规饲养家禽（新市镇社区）": ("行政处罚", "行政处罚", 1),
    "设施农业大棚违规改建检查": ("行政检查", "行政检查", 4),
    "工业园区企业扬尘检查": ("行政检查", "行政检查", 4),
    "燃气经营场所安全检查": ("行政检查", "行政检查", 2),
    "查封违法建设施工工具": ("行政强制", "行政强制", 1),
}
_LETTER = {"行政处罚": "罚", "行政检查": "检", "行政强制": "强"}


def enforcement_register_xlsx(built: Built, rng: random.Random) -> None:
    """The 综合执法大队's 行政执法案件台账 (xlsx): 案件编号 津运苇综执罚〔2024〕N号, 案由, 执法类别, **赋权事项** 是/否 (whether
    the power is one the 区 handed to the 镇: no category), 当事人, 村（社区）, 立案日期 / 决定日期 as 2024-03-05 text, 罚款（元）;
    two January 2025 decisions at the foot."""
    name = f"{TOWN}综合执法大队{YEAR}年行政执法案件台账.xlsx"
    sheet = Sheet("执法案件台账")
    sheet.title(f"{TOWN}综合执法大队{YEAR}年度行政执法案件台账", 11)
    sheet.add(f"填报单位：{TOWN}人民政府（综合执法大队）", None, None, None, None, None, None, None, "单位：元")
    sheet.header([["序号", "案件编号", "案由", "执法类别", "是否赋权事项", "当事人", "村（社区）", "立案日期", "决定日期",
                   "罚款（元）", "备注"]])  # fmt: skip
    plan = [c for c, (_, _, w) in ENFORCEMENT.items() for _ in range(w * 3)]
    rng.shuffle(plan)
    counters = {"罚": 0, "检": 0, "强": 0}
    records = []
    n = 0
    for cause, day in zip(plan, _days(rng, len(plan))):
        category, typed, _ = ENFORCEMENT[cause]
        letter = _LETTER[category]
        counters[letter] += 1
        case_no = f"津运苇综执{letter}〔{YEAR}〕{counters[letter]}号"
        filed = day - dt.timedelta(days=rng.randint(0, 15)) if category != "行政检查" else day
        fine = rng.choice([500, 1000, 2000, 5000]) if category == "行政处罚" and rng.random() < 0.7 else ""
        n += 1
        sheet.add(n, case_no, cause, typed, "是" if rng.random() < 0.6 else "否",
                  fake.masked(fake.name(rng)) if rng.random() < 0.7 else f"天津市运西区某{rng.choice(['机械', '塑料', '包装'])}有限公司",
                  rng.choice(PLACES), f"{max(filed, dt.date(YEAR, 1, 2)):%Y-%m-%d}", f"{day:%Y-%m-%d}", fine, "")  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": day})
    for k, day in enumerate(fake.dates_in(rng, YEAR + 1, 2, dt.date(YEAR + 1, 1, 2), dt.date(YEAR + 1, 1, 20)), 1):
        case_no = f"津运苇综执罚〔{YEAR + 1}〕{k}号"
        n += 1
        sheet.add(n, case_no, "占道经营", "行政处罚", "是", fake.masked(fake.name(rng)), rng.choice(PLACES),
                  f"{day - dt.timedelta(days=5):%Y-%m-%d}", f"{day:%Y-%m-%d}", 500, "")  # fmt: skip
        records.append({"case_no": case_no, "category": "行政处罚", "decided_on": day})
    built.books.append(Book(name, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("empowered_matter_column", name, sheet.name, "enforcement.penalty",
                "是否赋权事项 是/否：区下放的权力与否，不是执法类别")  # fmt: skip
    built.quirk("next_january", name, sheet.name, "enforcement.penalty", "末尾两件2025年1月决定：不计入")


# --- 矛调中心: 村 × 月 cross-tab, the only count of the disputes (xlsx) ------------------------------------


def disputes_crosstab_xlsx(built: Built, rng: random.Random) -> None:
    """The 镇矛盾纠纷调处化解中心's 排查化解情况统计表 (xlsx), the only thing the 镇 hands over on disputes: one row per 村
    (社区), a column group per month (1月 … 12月, merged over two sub-columns 排查 | 化解) and a 全年合计 group; a 合计
    row at the foot. The year's counts are the sums (equal to the 合计 row's 全年合计 cells)."""
    name = f"{TOWN}矛调中心{YEAR}年矛盾纠纷排查化解情况统计表.xlsx"
    sheet = Sheet("分村分月统计")
    width = 1 + 2 * 13
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解情况统计表（分村居、分月）", width)
    sheet.add(f"填报单位：{TOWN}社会矛盾纠纷调处化解中心", *[None] * (width - 3), "单位：件")
    top = ["村（社区）"]
    sub = [None]
    merges = [(1, 1, 2, 1)]
    for m in range(1, 14):
        top += [f"{m}月" if m <= 12 else "全年合计", None]
        sub += ["排查", "化解"]
        merges.append((1, 2 * m, 1, 2 * m + 1))
    sheet.header([top, sub], merges)
    total_s = total_r = 0
    col_s = [0] * 12
    col_r = [0] * 12
    for place in PLACES:
        cells = []
        row_s = row_r = 0
        for m in range(12):
            s = rng.choice([0, 0, 1, 1, 2, 3, 4]) + (2 if place in SHEQU else 0)
            r = s - (1 if s and rng.random() < 0.25 else 0)
            cells += [s or None, r or None]  # a month without a case is left blank, as offices leave it
            row_s, row_r = row_s + s, row_r + r
            col_s[m] += s
            col_r[m] += r
        sheet.add(place, *cells, row_s, row_r)
        total_s += row_s
        total_r += row_r
    sheet.add("合计", *[v for pair in zip(col_s, col_r) for v in pair], total_s, total_r)
    sheet.blank()
    sheet.add("注：排查数含本月新排查纠纷；化解数为本月排查并化解的纠纷。")
    built.books.append(Book(name, [sheet]))
    built.ledgers["disputes"] = Stats({"disputes.screened": total_s, "disputes.resolved": total_r})
    built.quirk("crosstab_village_by_month_groups", name, sheet.name,
                ("disputes.screened", "disputes.resolved", "disputes.resolution_rate"),
                "村（社区）一行，每月一组两列（排查 | 化解，月份合并在上），全年合计组与合计行；空格为0；纠纷只有这张表")  # fmt: skip


# --- 人民调解: numbered paragraphs in Word (docx) -------------------------------------------------------

MEDIATION_TYPES = {
    "宅基地界址": 4,
    "邻里琐事": 5,
    "拆迁安置补偿分配": 2,
    "婚姻家庭": 3,
    "工业园区企业拖欠工资": 3,
    "小站稻种植土地承包": 2,
    "楼上漏水（物业）": 2,
    "道路交通事故赔偿": 1,
}
MEDIATORS = {"镇人民调解委员会": 5, "村人民调解委员会": 4, "镇矛调中心人民调解工作室": 2}


def mediation_paragraphs_docx(built: Built, rng: random.Random) -> None:
    """The 镇人民调解委员会's 调解案件登记 kept as numbered paragraphs in Word (no table): a heading per month (一月份),
    then 一、2024年1月9日，杨庄子村张某某与李某某因宅基地界址发生纠纷，经村人民调解委员会调解，双方达成书面调解协议。
    Outcomes 达成口头协议 / 达成书面调解协议 / 调解不成，引导当事人诉讼 / 申请人撤回申请，终止调解. No 补贴 is written
    anywhere (the 以案定补 goes through the 司法所's own accounts): mediation.subsidy_yuan is null."""
    name = f"{TOWN}人民调解委员会{YEAR}年调解案件登记簿.docx"
    sheet = Sheet(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记（摘要）")
    sheet.doc_tabbed = True
    sheet.doc_before = [f"{DISTRICT}{TOWN}人民调解委员会", "（按受理时间顺序登记）"]
    sheet.doc_after = ["", "登记人：　　　　　　　审核：　　　　　　"]
    days = _days(rng, 58)
    records = []
    month = 0
    for n, day in enumerate(days, start=1):
        if day.month != month:
            month = day.month
            sheet.add(f"{_CN_NUM[month] if month < 10 else '十' + ('' if month == 10 else _CN_NUM[month - 10])}月份")
        place = rng.choice(PLACES)
        kind = fake.pick(rng, MEDIATION_TYPES)
        org = fake.pick(rng, MEDIATORS)
        org_said = f"{place}人民调解委员会" if org == "村人民调解委员会" else org
        outcome = fake.pick(rng, {"口头": 6, "书面": 4, "不成": 0.7, "撤回": 0.4})
        a, b = fake.masked(fake.name(rng)), fake.masked(fake.name(rng))
        tail = {
            "口头": "双方达成口头协议，当场履行。",
            "书面": "双方达成书面调解协议，已履行。" if rng.random() < 0.7 else "双方签订人民调解协议书。",
            "不成": "调解不成，已引导当事人通过诉讼解决。",
            "撤回": "申请人撤回调解申请，终止调解。",
        }[outcome]
        sheet.add(f"{_cn_serial(n)}、{day.year}年{day.month}月{day.day}日，{place}{a}与{b}因{kind}发生纠纷，"
                  f"经{org_said}调解，{tail}")  # fmt: skip
        ok = outcome in ("口头", "书面")
        records.append({"file_no": f"P{n}", "accepted_on": day, "form": outcome if ok else None,
                        "result": "调解成功" if ok else "调解不成功", "subsidy": None})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["mediation"] = records
    built.overrides["mediation.subsidy_yuan"] = Null("调解登记簿（段落摘要）不记补贴金额，镇未交以案定补台账")
    built.quirk("numbered_paragraph_register", name, "（正文）",
                ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan"),
                "没有表格：每件一段，一、二、…五十八、 编号，月份小标题隔开；日期、村、当事人、纠纷、调解组织、结果都在一句话里；"
                "没有补贴金额：补贴为 null，不是 0")  # fmt: skip


# --- 信访: system export CSV with multi-line cells (UTF-8 BOM) -------------------------------------------

PETITIONS = [
    ("国家信访局网上信访转送", "中联办", "已化解", "拆迁安置房面积认定", "网上信访"),
    ("天津市信访办交办", "省联办", "已化解", "工业园区企业拖欠工资", "来信"),
    ("天津市信访办交办", "省联办", "正在化解", "宅基地确权争议", "网上信访"),
    (f"{DISTRICT}信访办交办", "县联办", "已化解", "小站稻种植补贴发放", "来访"),
    (f"{DISTRICT}信访办交办", "县联办", "正在化解", "新市镇社区物业服务质量", "网上信访"),
    (f"{DISTRICT}联席办交办", "县联办", "已化解", "大运河沿岸养殖清退补偿", "来访"),
    (f"{DISTRICT}信访办交办", "县联办", "未化解", "团泊湿地保护区内房屋拆除", "来信"),
    ("本级受理", "本级受理", "已化解", "邻里排水纠纷", "来访"),
    ("本级受理", "本级受理", "正在化解", "低保评定", "来访"),
]


def petitions_export_csv(built: Built, rng: random.Random) -> None:
    """The 信访信息系统's export (UTF-8 BOM CSV): 信访件编号, 登记时间 2024-03-05 10:12, 信访形式, 来源, 信访人,
    **反映问题** and **办理情况** typed over several lines each (the CSV quotes them, the line breaks inside), 办理状态,
    是否重复信访; an item of December 2023 first."""
    name = f"信访事项导出_{TOWN}_{YEAR}.csv"
    sheet = Sheet("信访事项")
    sheet.header([["信访件编号", "登记时间", "信访形式", "来源", "信访人", "反映问题", "办理情况", "办理状态",
                   "是否重复信访"]])  # fmt: skip
    records = []
    old = dt.date(YEAR - 1, 12, 18)
    sheet.add(f"XF{YEAR - 1}1218003", f"{old:%Y-%m-%d} 09:40", "来访", f"{DISTRICT}信访办交办", fake.masked(fake.name(rng)),
              "反映：拆迁过渡费发放迟延。\n诉求：按月足额发放。", "2023年12月20日 镇信访办受理；\n2024年1月8日 过渡费已补发，回访满意。",
              "已化解", "否")  # fmt: skip
    records.append({"petition_no": f"XF{YEAR - 1}1218003", "source": "县联办", "status": "已化解", "assigned_on": old})
    for (said, source, status, issue, way), day in zip(PETITIONS, _days(rng, len(PETITIONS))):
        no = f"XF{day:%Y%m%d}{rng.randint(1, 99):03d}"
        steps = [f"{day.month}月{day.day}日 镇矛调中心受理，包案领导约谈信访人；"]
        later = min(day + dt.timedelta(days=rng.randint(10, 40)), dt.date(YEAR, 12, 31))
        steps.append(
            f"{later.month}月{later.day}日 "
            + {
                "已化解": "问题已解决，回访群众满意。",
                "正在化解": "正在协调相关部门，持续跟进。",
                "未化解": "信访人诉求超出政策，已书面答复，信访人不认可。",
            }.get(status, "")  # fmt: skip
        )
        repeat = status != "已化解" and rng.random() < 0.5
        sheet.add(no, f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}", way, said,
                  fake.masked(fake.name(rng)), f"反映：{issue}问题。\n诉求：尽快解决。", "\n".join(steps), status,
                  "是" if repeat else "否")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status, "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["petitions"] = records
    built.quirk("csv_multiline_quoted_cells", name, sheet.name,
                ("petitions.assigned", "petitions.resolved", "petitions.in_progress"),
                "反映问题、办理情况 两格各有两行（CSV 用引号括起，格内换行）：一行记录跨几行文本，不是几条记录")  # fmt: skip
    built.quirk("municipality_levels", name, sheet.name, "petitions.assigned",
                "国家信访局 = 中联办；天津市信访办（直辖市）= 省级；运西区信访办 / 联席办 = 县级；本级受理 不是交办；2023年12月的1件不计入")  # fmt: skip


# --- 村（居）法律顾问: a register printed 左右分栏 (xlsx) ----------------------------------------------------

COUNSEL = {
    "法律咨询": ("法律咨询", 7),
    "合同审查": ("文书审核", 2),
    "出具法律意见书": ("法律意见书", 1),
    "法律援助": ("法律援助", 0.5),
    "参与调解": (None, 1.5),
    "法治讲座": (None, 1),
}


def counsel_side_by_side_xlsx(built: Built, rng: random.Random) -> None:
    """The 村（居）法律顾问 服务登记表 (xlsx) printed **左右分栏**: five narrow columns (序号, 日期, 村（社区）, 服务事项,
    次数) twice across the sheet with an empty column between; on each printed page the left block holds the first 25
    services and the right the next 25, the header typed again over the next page's two blocks. 次数 as 2次 or blank (1)."""
    name = f"{TOWN}村（居）法律顾问服务登记表（{YEAR}年）.xlsx"
    sheet = Sheet("服务登记")
    sheet.title(f"{TOWN}{YEAR}年村（居）法律顾问服务登记表", 11)
    sheet.add("法律顾问：天津运西（虚构）律师事务所", None, None, None, None, None, None, None, None, None, None)
    head = ["序号", "日期", "村（社区）", "服务事项", "次数"]
    rows = []
    records = []
    for day in _days(rng, 96):
        kind = fake.pick(rng, {k: w for k, (_, w) in COUNSEL.items()})
        qty = rng.choice([1, 1, 2, 3]) if kind == "法律咨询" else 1
        rows.append(
            (f"{day.month}.{day.day}", rng.choice(PLACES), kind, "" if qty == 1 and rng.random() < 0.5 else f"{qty}次")
        )
        if COUNSEL[kind][0]:
            records.append({"served_on": day, "service": COUNSEL[kind][0], "quantity": qty})
    per = 25
    for page in range(0, len(rows), 2 * per):
        sheet.header([[*head, None, *head]])
        left, right = rows[page : page + per], rows[page + per : page + 2 * per]
        for i in range(per):
            cells: list = []
            if i < len(left):
                cells += [page + i + 1, *left[i]]
            else:
                cells += [None] * 5
            cells.append(None)
            if i < len(right):
                cells += [page + per + i + 1, *right[i]]
            if any(c is not None for c in cells):
                sheet.add(*cells)
    built.books.append(Book(name, [sheet]))
    built.ledgers["counsel"] = records
    built.quirk("register_in_side_by_side_blocks", name, sheet.name,
                ("counsel.consultations", "counsel.document_reviews", "counsel.opinions", "counsel.legal_aid"),
                "为打印左右分栏：同一本台账的五列在左右各一组（中间空一列），每页左25条、右25条，下一页表头重打；"
                "日期 3.5 无年份（年份在标题）；次数 2次 或空（1）")  # fmt: skip


# --- 政务公开 (WPS .et) ----------------------------------------------------------------------------------


def disclosure_book_et(built: Built, rng: random.Random) -> None:
    """The 综合办's 政务公开信息登记台账 (WPS .et): 信息名称, 公开类型 主动公开 / 依申请公开 / 宣传报道, 公开载体 (区政府门户网站
    政府信息公开专栏, “苇沽发布”微信公众号, 运西融媒（虚构）), 发布时间 2024/3/5, 经办科室."""
    name = f"{TOWN}{YEAR}年政务公开信息登记台账.et"
    sheet = Sheet("信息登记")
    sheet.title(f"{TOWN}{YEAR}年政务公开信息登记台账", 6)
    sheet.header([["序号", "信息名称", "公开类型", "公开载体", "发布时间", "经办科室"]])
    plan = ["主动公开"] * 17 + ["宣传报道"] * 46 + ["依申请公开"] * 1
    rng.shuffle(plan)
    truth = {"主动公开": "主动公开", "宣传报道": "媒体发布", "依申请公开": "依申请公开"}
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "主动公开":
            title = rng.choice(
                ["耕地地力保护补贴发放公示", "行政处罚决定公示", "村庄规划公示", "预算决算公开", "年度重点工作"]
            )
            where = f"{DISTRICT}政府门户网站政府信息公开专栏"
        elif kind == "宣传报道":
            title = rng.choice(["小站稻开镰", "法律明白人进社区", "大运河湿地巡护", "工业园区欠薪专项治理"])
            where = fake.pick(rng, {"“苇沽发布”微信公众号": 4, "运西融媒（虚构）": 2, "天津日报": 0.5})
        else:
            title, where = "申请公开拆迁补偿方案", "书面答复"
        sheet.add(
            n, title, kind, where, fake.date_cell(day, "slash"), rng.choice(["综合办", "农业发展办", "平安建设办"])
        )
        records.append({"published_on": day, "type": truth[kind]})
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["disclosure"] = records
    built.quirk("wps_et", name, sheet.name, "disclosure.proactive")
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "宣传报道 = 媒体发布")


# --- 派出所 平安建设 register (.ods) --------------------------------------------------------------------

SECURITY = {"家庭暴力告诫书": 6, "家暴治安案件": 1, "涉黄治安案件": 1.5, "涉赌治安案件": 3, "盗窃案件": 4}


def security_register_ods(built: Built, rng: random.Random) -> None:
    """The 派出所's 平安建设台账 for the 镇 (.ods): 日期, 案件类别 (家庭暴力告诫书, 家暴治安案件, 涉黄治安案件, 涉赌治安案件,
    盗窃案件), 村（社区）, 当事人, 处理结果, 治安拘留人数."""
    name = f"{TOWN}派出所{YEAR}年平安建设台账.ods"
    sheet = Sheet("平安建设")
    sheet.title(f"{DISTRICT}公安分局{TOWN}派出所{YEAR}年平安建设台账", 7)
    sheet.header([["序号", "日期", "案件类别", "村（社区）", "当事人", "处理结果", "治安拘留人数"]])
    records = []
    for n, day in enumerate(_days(rng, 40), start=1):
        kind = fake.pick(rng, SECURITY)
        detained = {"家庭暴力告诫书": 0, "家暴治安案件": 1, "涉黄治安案件": rng.choice([1, 2]),
                    "涉赌治安案件": rng.choice([0, 2, 3]), "盗窃案件": rng.choice([0, 1])}[kind]  # fmt: skip
        result = "出具告诫书" if kind == "家庭暴力告诫书" else ("行政拘留" if detained else "罚款")
        sheet.add(n, day, kind, rng.choice(PLACES), fake.masked(fake.name(rng)), result, detained)
        records.append(
            {"occurred_on": day, "type": "家暴告诫书" if kind == "家庭暴力告诫书" else kind, "detained": detained}
        )
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["security"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "security.dv_warnings")


# --- 法治 workbook (BIFF .xls): 应诉, 学法, 规范性文件 --------------------------------------------------------


def rule_of_law_biff(built: Built, rng: random.Random) -> None:
    """The 镇's 法治建设工作台账 (.xls of Excel 97): 行政应诉 (案号 （2024）津0199行初N号, 开庭日期, 出庭应诉负责人, 负责人
    是否出庭 是 / 否), 学法培训 (法律明白人 培训, 领导干部 旁听庭审, 学法用法考试 应参考 / 实参考), 规范性文件 (header
    only, 本年度未制定)."""
    name = f"{TOWN}{YEAR}年法治建设工作台账.xls"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记表", 7)
    lit.header([["序号", "案号", "案由", "开庭日期", "出庭应诉负责人", "负责人是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR}）津0199行初23号", dt.date(YEAR, 3, 27), "刘某（镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）津0199行初88号", dt.date(YEAR, 7, 16), "", "否", "原告撤诉"),
        (f"（{YEAR}）津0199行初141号", dt.date(YEAR, 10, 22), "赵某某（副镇长）", "是", "驳回诉讼请求"),
    ]
    records = []
    for n, (case_no, day, who, appeared, result) in enumerate(plan, start=1):
        lit.add(
            n, case_no, rng.choice(["房屋征收补偿", "违法建设强制拆除", "政府信息公开"]), day, who, appeared, result
        )
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法培训")
    train.title(f"{TOWN}{YEAR}年学法用法及法律明白人培训登记", 8)
    train.header([["序号", "日期", "培训内容", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("党委理论学习中心组学习习近平法治思想", "领导干部", "中心组学习", 15, None, None),
        ("法律明白人培训（天津市矛盾纠纷多元化解条例）", "法律明白人", "线下", 42, None, None),
        ("领导干部旁听行政案件庭审", "领导干部", "旁听庭审", 12, None, None),
        ("法律明白人线上培训", "法律明白人", "线上", 51, None, None),
        ("国家工作人员学法用法考试", "领导干部", "考试", 70, 72, 70),
        ("综合执法人员赋权事项业务培训", "行政执法人员", "集中培训", 18, None, None),
        ("法律明白人骨干培训（民法典）", "法律明白人", "线下", 36, None, None),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, day, title, who, form, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件登记备案表", 6)
    docs.header([["序号", "文件名称", "文号", "印发日期", "报备日期", "备案情况"]])
    docs.add("注：本年度我镇未制定行政规范性文件。")
    built.books.append(Book(name, [lit, train, docs], fmt="biff"))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("biff_xls", name, lit.name, "litigation.cases")
    built.quirk("hearing_attendance_as_study", name, train.name, "training.legal_literacy_sessions",
                "形式 旁听庭审（领导干部旁听行政案件庭审）：学法的一种形式，不是线上也不是线下")  # fmt: skip
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件表只有表头和 本年度未制定 的注：数是0")  # fmt: skip


# --- 12345 工单 (HTML .xls, no figure) ------------------------------------------------------------------

HOTLINE = {"噪音扰民": 2, "拖欠工资": 2, "物业不作为": 2, "违建举报": 1, "补贴咨询": 2, "路灯不亮": 1}


def hotline_orders_html(built: Built, rng: random.Random) -> None:
    """The 12345 便民服务专线 工单 the 区 hands the 镇 (HTML saved as .xls): 工单编号, 派单时间, 诉求类型, 诉求内容,
    所属村居, 承办部门, 办结状态, 是否满意 — calls handled: counted by no figure."""
    name = f"12345工单明细_{TOWN}_{YEAR}.xls"
    sheet = Sheet("工单明细")
    sheet.header([["工单编号", "派单时间", "诉求类型", "诉求内容", "所属村居", "承办部门", "办结状态", "是否满意"]])
    for day in _days(rng, 60):
        what = fake.pick(rng, HOTLINE)
        sheet.add(f"TJ{day:%Y%m%d}{rng.randint(10000, 99999)}", f"{day:%Y-%m-%d} {rng.randint(8, 20):02d}:{rng.randint(0, 59):02d}:00",
                  rng.choice(["投诉", "求助", "咨询", "举报"]), what, rng.choice(PLACES),
                  rng.choice(["综合执法大队", "平安建设办", "农业发展办", "社区"]), rng.choice(["已办结", "已办结", "办理中"]),
                  rng.choice(["满意", "基本满意", "不满意"]))  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.quirk("hotline_work_orders_not_a_ledger", name, sheet.name, ("disputes.screened", "petitions.assigned"),
                "12345 工单（拖欠工资、物业不作为）：热线诉求，不是排查的纠纷，也不是信访事项")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_register_xlsx(built, rng)
    disputes_crosstab_xlsx(built, rng)
    mediation_paragraphs_docx(built, rng)
    petitions_export_csv(built, rng)
    counsel_side_by_side_xlsx(built, rng)
    disclosure_book_et(built, rng)
    security_register_ods(built, rng)
    rule_of_law_biff(built, rng)
    hotline_orders_html(built, rng)
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
