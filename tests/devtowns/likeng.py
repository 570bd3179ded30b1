"""沥坑镇 (虚构; 章源县, a fictitious 县 of 赣南 in the 赣州 area), 2024: a 镇 of the 原中央苏区 in the hills of the
东江源, of 脐橙 orchards cleared of 黄龙病 trees and replanted, of a closed 稀土 mine under restoration (复绿), of 客家
围屋 and 宗族 / 房族 who quarrel over 山林 boundaries and 祖坟, of 农民工 back from 广东 asking for their wages, whose
综合行政执法大队 decides the matters of 江西's 赋权清单, whose cadres talk disputes out at 屋场夜话 / 老表说事 and write
them up as numbered paragraphs, whose 法律明白人 and 一村一法律顾问 serve every 村. Built blind (issue 12, the 87th
town): from shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool; words and habits taken, no data):
- 赣南日报 on 大余县 南安镇 “蒋大姐”调解工作室 (szb.gnrbs.cn/html/2022-09/21/content_95767_15309098.htm): a 镇's named
  调解工作室, 宅基地 / 邻里 quarrels settled by a returned cadre — the 屋场夜话 record's phrasing.
- 大余县 吉村镇 2023 政府信息公开工作年度报告 (jxdy.gov.cn/dyxxxgk/c102429/202401/90da02ee81d7436a916a1815a4004b51.shtml):
  主动公开 through the 县 portal, 问政江西 / 问政赣州 channels, 依申请 0 件 — the 政务公开 book.
- 赣州经开区 凤岗镇 2023 年报 (gzjkq.ganzhou.gov.cn/jkqxxgk/c110595/202401/a593a6f767664f1ca010d95c353cf504.shtml): the
  镇's 微信公众号 (“聚力凤岗”) beside the 政务网 — the media rows; 樟树市 中洲乡 2024 年报
  (zhangshu.gov.cn/zssrmzf/zfxxgkndbg2d/202501/a30c2d3bf22f40d3bde805f1a7eaca8c.shtml): 工作动态 / 村（居）务公开 栏目.
- 安义县 石鼻镇 2024 法治政府建设工作情况报告 (fhkxzx.com/ayxzf/sbzqtygwj2021/202502/7986723dc4ba4bd78b2cdfa654079ea8.shtml):
  “三调联动”, 疑难矛盾“联合解”, 法律顾问 in decisions — the mediation and counsel books.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.
No public 江西 township register export was found in the stored corpora: columns are ledger-kinds.md's with the
region's words. Everything is fictitious: the 县 (章源县), the 镇, its 村, the 律所, the people, the case numbers and
the court code (赣0799).

Files (9, six formats), four of them in structures no earlier town has:
- the 执法大队's register (xlsx, ordinary: 赋权事项 words, a January 2025 decision);
- the 屋场夜话 / 老表说事 record of disputes (Word, **numbered paragraphs**, no table: 一、1月8日，上坑村刘某某与…);
- the 司法所's 人民调解 register (BIFF .xls, ordinary);
- the 信访 system export (UTF-8 BOM CSV, **quoted multi-line cells**: 诉求内容 and 办理过程 hold line breaks);
- the 一村一法律顾问 service book (xlsx, **printed 左右分栏**: the register in two blocks side by side);
- the 派出所's figures only as a **cross-tab 村 × 类型 with quarters as column groups**, no total anywhere (WPS .et);
- the 政务公开 book (.ods, ordinary), the 涉诈 list (HTML .xls, ordinary), the 法治 workbook (xlsx, ordinary).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Stats

TOWN = "沥坑镇"
YEAR = 2024
COUNTY = "章源县"
SEED = 87_2024
CUN = ("沥坑村", "上坑村", "下坪村", "围屋村", "脐橙村", "石背村", "东源村", "黄竹村")
SHEQU = "沥坑社区"
PLACES = (*CUN, SHEQU)
_NUM = "一二三四五六七八九十"
# The 屋场夜话 record is numbered paragraphs without a table: each dispute's result is words of its sentence, which no
# structure tells apart, so the engine names the file (file.register_as_paragraphs) and leaves its figures null.
_PROSE = (
    "矛盾纠纷记录写成编号段落（一段一件，日期、结果写在句子里），没有表格：无法可靠地分列读取，请经办科室整理成表格"
)
KNOWN_WITHHELD = {"disputes.screened": _PROSE, "disputes.resolved": _PROSE, "disputes.resolution_rate": _PROSE}


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def cn_number(n: int) -> str:
    """1 → 一, 12 → 十二, 40 → 四十, 57 → 五十七 (n < 100), as a numbered paragraph starts."""
    tens, ones = divmod(n, 10)
    head = "" if tens == 0 else ("十" if tens == 1 else _NUM[tens - 1] + "十")
    return head + (_NUM[ones - 1] if ones else "")


# --- 综合行政执法大队 (xlsx, ordinary) -----------------------------------------------------------------

ENFORCEMENT = {
    "违法占用耕地建房": ("行政处罚", "行政处罚", 4),
    "在东江源保护区内违规采砂": ("行政处罚", "行政处罚（赋权事项）", 2),
    "随意倾倒建筑垃圾": ("行政处罚", "行政处罚", 2),
    "圩日占道经营": ("行政处罚", "行政处罚", 2),
    "农村自建房安全检查": ("行政检查", "行政检查", 4),
    "废弃稀土矿区复绿巡查检查": ("行政检查", "行政检查（日常）", 3),
    "脐橙果园黄龙病病树清除检查": ("行政检查", "行政检查", 3),
    "强制拆除违法建筑": ("行政强制", "行政强制", 1),
}
_LETTER = {"行政处罚": "罚", "行政检查": "检", "行政强制": "强"}


def enforcement_register_xlsx(built: Built, rng: random.Random) -> None:
    """The 综合行政执法大队's 行政执法案件登记台账 (xlsx): 案件编号 沥综执罚〔2024〕N号, 案由, 执法类别, 当事人, 村, 立案 and
    决定日期, 处理结果, 罚没金额; a decision of January 2025 at the foot."""
    name = f"{TOWN}综合行政执法大队{YEAR}年行政执法案件登记台账.xlsx"
    sheet = Sheet("案件登记")
    sheet.title(f"{TOWN}{YEAR}年行政执法案件登记台账", 11)
    sheet.header([["序号", "案件编号", "案由", "执法类别", "当事人", "所在村（社区）", "立案日期", "决定日期",
                   "处理结果", "罚没金额（元）", "备注"]])  # fmt: skip
    plan = [c for c, (_, _, w) in ENFORCEMENT.items() for _ in range(w * 4)]
    rng.shuffle(plan)
    counters = {"罚": 0, "检": 0, "强": 0}
    records = []
    n = 0
    for cause, day in zip(plan, _days(rng, len(plan))):
        category, typed, _ = ENFORCEMENT[cause]
        letter = _LETTER[category]
        counters[letter] += 1
        case_no = f"沥综执{letter}〔{YEAR}〕{counters[letter]}号"
        result = {"行政处罚": rng.choice(["罚款", "警告", "责令改正并罚款"]),
                  "行政检查": rng.choice(["未发现问题", "责令整改", "已整改到位"]),
                  "行政强制": "已强制拆除"}[category]  # fmt: skip
        amount = rng.choice([200, 500, 1000, 3000]) if result.endswith("罚款") else ""
        opened = day - dt.timedelta(days=rng.randint(0, 15)) if category != "行政检查" else day
        n += 1
        sheet.add(n, case_no, cause, typed, fake.name(rng), rng.choice(PLACES), fake.date_cell(opened, "cn"),
                  fake.date_cell(day, "cn"), result, amount, "")  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": day})
    day = dt.date(YEAR + 1, 1, 9)
    n += 1
    case_no = f"沥综执罚〔{YEAR + 1}〕1号"
    sheet.add(n, case_no, "违法占用耕地建房", "行政处罚", fake.name(rng), rng.choice(CUN),
              fake.date_cell(dt.date(YEAR, 12, 20), "cn"), fake.date_cell(day, "cn"), "责令改正并罚款", 1000, "")  # fmt: skip
    records.append({"case_no": case_no, "category": "行政处罚", "decided_on": day})
    built.books.append(Book(name, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("value_qualifiers", name, sheet.name, ("enforcement.penalty", "enforcement.inspection"),
                "行政处罚（赋权事项）、行政检查（日常）")  # fmt: skip
    built.quirk("next_january", name, sheet.name, "enforcement.penalty", "2025年1月决定的一件：属下一年，不计入")


# --- 屋场夜话 / 老表说事 矛盾纠纷 record (Word, numbered paragraphs) -------------------------------------

# cause words → a short phrase of the paragraph (weight).
DISPUTE_CAUSES = {
    "山林界址": 5,
    "祖坟山界": 3,
    "宅基地": 4,
    "脐橙果园流转租金": 3,
    "农民工工资": 2,
    "邻里排水": 3,
    "赡养老人": 2,
    "婚姻家庭": 2,
    "房族祠堂修缮分摊": 1.5,
}
# how the paragraph ends → the truth's status (weight).
DISPUTE_ENDINGS = {
    "经屋场夜话调处，双方达成口头协议，已化解。": ("已化解", 8),
    "经“老表说事”议事会协商，签订人民调解协议书，已化解。": ("已化解", 4),
    "经镇村干部多次上门做工作，已化解。": ("已化解", 4),
    "双方分歧较大，正在化解中。": ("化解中", 1.5),
    "未能达成一致，已引导当事人通过诉讼解决，未化解。": ("未化解", 1),
}


def disputes_paragraphs_docx(built: Built, rng: random.Random) -> None:
    """The 镇综治中心's record of the disputes screened at 屋场夜话 and 老表说事 (Word): no table at all, each dispute
    one numbered paragraph under the year's title — 一、1月8日，上坑村刘某某与刘某因山林界址发生纠纷，经屋场夜话调处，
    双方达成口头协议，已化解。 The dates carry no year (the title's), the numbers run 一、 … 五十二、; a paragraph
    before says what the book is, a 填报人 line closes it."""
    name = f"{TOWN}{YEAR}年屋场夜话矛盾纠纷排查化解记录.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年“屋场夜话·老表说事”矛盾纠纷排查化解记录")
    sheet.doc_before = [f"{TOWN}综治中心", "（按排查时间先后登记）"]
    sheet.doc_after = ["", "填报人：　　　　　审核人：　　　　　填报日期：2025年1月6日"]
    sheet.doc_tabbed = True
    records = []
    days = _days(rng, 52)
    for n, day in enumerate(days, start=1):
        village = rng.choice(CUN)
        cause = fake.pick(rng, DISPUTE_CAUSES)
        ending = fake.pick(rng, {k: w for k, (_, w) in DISPUTE_ENDINGS.items()})
        status = DISPUTE_ENDINGS[ending][0]
        a, b = fake.masked(fake.name(rng)), fake.masked(fake.name(rng))
        if cause in ("祖坟山界", "房族祠堂修缮分摊"):
            b = f"{b[0]}氏房族"
        sheet.add(f"{cn_number(n)}、{day.month}月{day.day}日，{village}{a}与{b}因{cause}发生纠纷，{ending}")
        records.append({"screened_on": day, "status": status})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["disputes"] = records
    built.quirk("numbered_paragraph_register", name, "（Word 正文）",
                ("disputes.screened", "disputes.resolved", "disputes.resolution_rate"),
                "没有表格：每件纠纷一个编号段落（一、1月8日，某村甲与乙因山林界址发生纠纷，经屋场夜话调处…，已化解。），"
                "日期无年份（年份在标题），结果在句末；一段一件")  # fmt: skip
    built.quirk("year_from_title", name, "（Word 正文）", "disputes.screened", "1月8日：年份取自标题")


# --- 司法所: 人民调解 (BIFF .xls, ordinary) -------------------------------------------------------------

SUBSIDY = {"口头": 50, "书面": 150}


def mediation_register_biff(built: Built, rng: random.Random) -> None:
    """The 司法所's 人民调解案件登记台账 (.xls of Excel 97): 卷宗号 （2024）沥人调字第N号, 受理日期, 调解组织, 纠纷类型,
    调解结果 调解成功 / 调解不成功, 协议形式 口头 / 书面, 以案定补（元）."""
    name = f"{TOWN}司法所{YEAR}年人民调解案件登记台账.xls"
    sheet = Sheet("人民调解")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件登记台账", 10)
    sheet.header([["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "申请人", "调解员", "调解结果", "协议形式",
                   "以案定补（元）"]])  # fmt: skip
    records = []
    kinds = ["山林权属纠纷", "宅基地纠纷", "邻里纠纷", "婚姻家庭纠纷", "劳务欠薪纠纷", "土地流转纠纷"]
    for n, day in enumerate(_days(rng, 46), start=1):
        ok = rng.random() < 0.9
        form = ("书面" if rng.random() < 0.4 else "口头") if ok else None
        money = SUBSIDY[form] if ok else None
        file_no = f"（{YEAR}）沥人调字第{n}号"
        sheet.add(n, file_no, fake.date_cell(day, "date"),
                  fake.pick(rng, {"镇人民调解委员会": 3, f"{rng.choice(CUN)}人民调解委员会": 2}), rng.choice(kinds),
                  fake.name(rng), fake.name(rng), "调解成功" if ok else "调解不成功",
                  f"{form}协议" if ok else "", money if ok else "")  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if ok else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("plain_words_for_contrast", name, sheet.name, "mediation.cases", "普通的 .xls 登记台账")


# --- 信访 system export (UTF-8 BOM CSV, quoted multi-line cells) -------------------------------------


def petitions_multiline_csv(built: Built, rng: random.Random) -> None:
    """The 信访 system's 信访事项 export (UTF-8 BOM CSV): 诉求内容 and 办理过程 are cells of several lines (the system
    keeps the line breaks, so the CSV quotes them and a record runs over several lines of the file); 交办单位
    中央联席办 / 省联席办 / 赣州市联席办 / 县联席办 / 本级受理; 办理状态 已化解 / 正在化解 / 未化解."""
    name = f"信访事项导出_{TOWN}_{YEAR}.csv"
    sheet = Sheet("导出")
    sheet.header([["信访件编号", "登记日期", "交办单位", "信访人", "问题属地", "诉求内容", "办理过程", "办理状态"]])
    items = [
        (
            "中央联席办",
            "中联办",
            "已化解",
            "返乡农民工工资拖欠",
            "一、请求追回在某工地务工期间被拖欠的工资；\n二、请求依法处理包工头。",
        ),
        (
            "省联席办",
            "省联办",
            "正在化解",
            "稀土矿区复垦地补偿",
            "反映：\n1.原稀土矿区复垦后土地补偿未兑现；\n2.要求公开补偿标准。",
        ),
        ("赣州市联席办", "市联办", "已化解", "祖坟山林权属", "反映与邻村房族因祖坟山界址发生争议，\n请求确权。"),
        (f"{COUNTY}联席办", "县联办", "已化解", "脐橙果园流转租金", "反映果园流转租金连续两年未付，\n请求协调。"),
        (f"{COUNTY}联席办", "县联办", "正在化解", "黄龙病病树砍伐补助", "反映黄龙病病树砍伐补助未到位。\n请求核实。"),
        ("本级受理", "本级受理", "已化解", "邻里排水", "反映邻居建房堵塞排水沟，\n雨天积水入屋。"),
        ("本级受理", "本级受理", "未化解", "宅基地界址", "反映宅基地界址争议。"),
    ]
    records = []
    for n, ((said, source, status, _issue, content), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"LKXF{YEAR}{n:04d}"
        steps = [f"{day:%Y-%m-%d} 镇信访办登记受理", f"{day + dt.timedelta(days=7):%Y-%m-%d} 包案领导约访当事人"]
        if status == "已化解":
            steps.append(f"{day + dt.timedelta(days=30):%Y-%m-%d} 出具处理意见书，当事人表示满意")
        sheet.add(no, f"{day:%Y-%m-%d}", said, fake.masked(fake.name(rng)), rng.choice(PLACES), content,
                  "\n".join(steps), status)  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status, "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["petitions"] = records
    built.quirk("csv_multiline_cells", name, "（CSV）",
                ("petitions.assigned", "petitions.resolved", "petitions.in_progress"),
                "诉求内容、办理过程 是带换行的多行格子：CSV 用引号括起，一条记录在文件里占几行；中央联席办/省联席办/"
                "赣州市联席办 = 中联办/省联办/市联办")  # fmt: skip


# --- 一村一法律顾问 (xlsx, printed 左右分栏) -------------------------------------------------------------

COUNSEL = {
    "法律咨询": ("法律咨询", 7),
    "合同审查": ("文书审核", 2),
    "出具法律意见书": ("法律意见书", 1),
    "法律援助": ("法律援助", 0.5),
    "法治讲座": (None, 1.5),
}


def counsel_side_by_side_xlsx(built: Built, rng: random.Random) -> None:
    """The 一村一法律顾问 服务登记表 (xlsx) as the 司法所 lays it out to print on A4 landscape: the register in **two
    blocks side by side** (左右分栏) — 序号 服务日期 服务村 服务类型 次数 | a blank column | 序号 服务日期 服务村 服务类型
    次数 — the left block records 1–N, the right N+1–2N (the right block one shorter), under one title."""
    name = f"{TOWN}{YEAR}年一村一法律顾问服务登记表.xlsx"
    sheet = Sheet("服务登记")
    sheet.title(f"{TOWN}{YEAR}年“一村一法律顾问”服务登记表", 11)
    block = ["序号", "服务日期", "服务村（社区）", "服务类型", "次数"]
    sheet.header([[*block, None, *block]])
    entries = []
    records = []
    for n, day in enumerate(_days(rng, 61), start=1):
        kind = fake.pick(rng, {k: w for k, (_, w) in COUNSEL.items()})
        qty = rng.choice([1, 2, 3]) if kind == "法律咨询" else 1
        entries.append([n, fake.date_cell(day, "dot"), rng.choice(PLACES), kind, qty])
        service = COUNSEL[kind][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    half = (len(entries) + 1) // 2
    left, right = entries[:half], entries[half:]
    for i, row in enumerate(left):
        sheet.add(*row, None, *(right[i] if i < len(right) else []))
    sheet.blank()
    sheet.add("法律顾问：江西章源（虚构）律师事务所", None, None, None, None, None, "司法所审核：")
    built.books.append(Book(name, [sheet]))
    built.ledgers["counsel"] = records
    built.quirk("register_in_side_by_side_blocks", name, sheet.name,
                ("counsel.consultations", "counsel.document_reviews", "counsel.opinions", "counsel.legal_aid"),
                "为打印左右分栏：同一本登记表分成左右两块，表头并排重复，中间空一列；左块第1–31条，右块第32–61条")  # fmt: skip


# --- 派出所: cross-tab 村 × 类型, quarters as column groups (WPS .et) ------------------------------------

SECURITY_COLUMNS = (
    ("security.dv_warnings", "家暴告诫书（份）"),
    ("security.dv_detentions", "家暴拘留（人）"),
    ("security.vice_cases", "涉黄案件（起）"),
    ("security.vice_detentions", "涉黄拘留（人）"),
)


def police_crosstab_et(built: Built, rng: random.Random) -> None:
    """The 派出所's 分村 平安建设数据 (WPS .et): rows the 村 (社区), column groups the four 季度, four columns each
    (家暴告诫书（份） 家暴拘留（人） 涉黄案件（起） 涉黄拘留（人）): a cross-tab of counts with **no total row or column**,
    the only source of the four security figures; the year's figure is the sum of its cells."""
    name = f"{TOWN}派出所{YEAR}年分村平安建设数据统计表.et"
    sheet = Sheet("分村统计")
    width = 1 + 4 * 4
    sheet.title(f"{COUNTY}公安局{TOWN}派出所{YEAR}年分村平安建设数据统计表", width)
    quarters = ["一季度", "二季度", "三季度", "四季度"]
    top = ["村（社区）"]
    for q in quarters:
        top += [q, None, None, None]
    sub = [None] + [label for _ in quarters for _, label in SECURITY_COLUMNS]
    sheet.header([top, sub], [(1, 1, 2, 1)] + [(1, 2 + 4 * i, 1, 5 + 4 * i) for i in range(4)])
    totals = {f: 0 for f, _ in SECURITY_COLUMNS}
    for place in PLACES:
        row = [place]
        for _ in quarters:
            warn = rng.choice([0, 0, 0, 1, 1, 2])
            dv_det = 1 if rng.random() < 0.05 else 0
            vice = 1 if rng.random() < 0.08 else 0
            vice_det = vice * rng.choice([1, 2])
            for (figure, _), v in zip(SECURITY_COLUMNS, (warn, dv_det, vice, vice_det)):
                totals[figure] += v
            row += [warn, dv_det, vice, vice_det]
        sheet.add(*row)
    sheet.add("注：数据来源于警综平台，按案发地所在村统计。")
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["security"] = Stats(totals)
    built.quirk("crosstab_village_by_quarter", name, sheet.name,
                ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions"),
                "只有分村交叉统计表：行是村，列按季度分组、每组四项，没有合计行也没有合计列：全年数是各格之和")  # fmt: skip


# --- 政务公开 (.ods, ordinary) --------------------------------------------------------------------------


def disclosure_book_ods(built: Built, rng: random.Random) -> None:
    """The 党政办's 政府信息公开登记台账 (.ods): 公开类型 主动公开 / 依申请公开 / 媒体发布, 发布平台 章源县人民政府网 or
    “聚力沥坑”微信公众号 / 赣南日报 / 章源融媒（虚构）, 发布日期 2024-03-05."""
    name = f"{TOWN}{YEAR}年政府信息公开登记台账.ods"
    sheet = Sheet("公开登记")
    sheet.title(f"{TOWN}{YEAR}年政府信息公开登记台账", 6)
    sheet.header([["序号", "信息标题", "公开类型", "发布平台", "发布日期", "责任科室"]])
    plan = ["主动公开"] * 58 + ["媒体发布"] * 37 + ["依申请公开"] * 1
    rng.shuffle(plan)
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        if kind == "主动公开":
            title = rng.choice(["城乡低保对象公示", "脐橙产业补助资金公示", "耕地地力保护补贴发放公示", "工作动态"])
            where = f"{COUNTY}人民政府网"
        elif kind == "媒体发布":
            title = rng.choice(["沥坑镇屋场夜话解民忧", "稀土矿区复绿见成效", "法律明白人进围屋"])
            where = fake.pick(rng, {"“聚力沥坑”微信公众号": 4, "赣南日报": 1, "章源融媒（虚构）": 2})
        else:
            title, where = "申请公开稀土矿区复垦补偿标准", "书面答复"
        sheet.add(n, title, kind, where, fake.date_cell(day, "iso"), rng.choice(["党政办", "社会事务办", "综治中心"]))
        records.append({"published_on": day, "type": kind})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["disclosure"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "disclosure.proactive")


# --- 涉诈 list (HTML .xls, ordinary) -------------------------------------------------------------------


def fraud_list_html(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 管控名单 the 县 反诈中心 sends (HTML saved .xls): 姓名, 身份证号, 联系电话, 所属村, 管控状态
    在册 / 已核减, 是否取得联系 是 / 否."""
    name = f"{TOWN}涉诈高危人员管控名单.xls"
    sheet = Sheet("名单")
    sheet.header([["序号", "姓名", "身份证号", "联系电话", "所属村（社区）", "管控状态", "是否取得联系"]])
    records = []
    for serial, removed, contacted, person in fake.watch_list(rng, 14, list(PLACES), 0.35):
        status = "已核减" if removed else "在册"
        sheet.add(serial, *person, status, "是" if contacted else "否")
        records.append({"status": status, "contacted": contacted})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["fraud_watch"] = records
    built.quirk("html_as_xls", name, sheet.name, "fraud_watch.remaining")


# --- 法治 workbook (xlsx, ordinary) ---------------------------------------------------------------------


def rule_of_law_xlsx(built: Built, rng: random.Random) -> None:
    """The 镇's 法治政府建设工作台账 (xlsx): 行政应诉 (案号 （2024）赣0799行初N号, 负责人是否出庭 是 / 否), 学法培训
    (法律明白人 培训, the 学法用法考试 应参考 / 实参考) and 规范性文件 (header only, 本年度未制定)."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.xlsx"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件登记表", 7)
    lit.header([["序号", "案号", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR}）赣0799行初21号", dt.date(YEAR, 5, 14), "刘某（镇长）", "是"),
        (f"（{YEAR}）赣0799行初88号", dt.date(YEAR, 10, 22), "", "否"),
    ]
    records = []
    for n, (case_no, day, who, appeared) in enumerate(plan, start=1):
        lit.add(n, case_no, rng.choice(["行政强制（拆除违法建筑）", "林权确权"]), fake.date_cell(day, "cn"), who,
                appeared, "驳回诉讼请求")  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法培训")
    train.title(f"{TOWN}{YEAR}年学法用法及法律明白人培训登记", 7)
    train.header([["序号", "日期", "培训内容", "培训对象", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("党委中心组学习习近平法治思想", "领导干部", 15, None, None),
        ("法律明白人培训（民法典相邻关系）", "法律明白人", 42, None, None),
        ("法律明白人培训（人民调解技巧）", "法律明白人", 38, None, None),
        ("江西省国家工作人员学法考法", "领导干部", 58, 60, 58),
    ]
    t_records = []
    for n, ((title, who, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "date"), title, who, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件登记", 5)
    docs.header([["序号", "文件名称", "文号", "印发日期", "备案情况"]])
    docs.blank()
    docs.add("注：本年度我镇未制定行政规范性文件。")
    built.books.append(Book(name, [lit, train, docs]))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件表只有表头，表下注 本年度未制定：数是0")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    enforcement_register_xlsx(built, rng)
    disputes_paragraphs_docx(built, rng)
    mediation_register_biff(built, rng)
    petitions_multiline_csv(built, rng)
    counsel_side_by_side_xlsx(built, rng)
    police_crosstab_et(built, rng)
    disclosure_book_ods(built, rng)
    fraud_list_html(built, rng)
    rule_of_law_xlsx(built, rng)
    return built
