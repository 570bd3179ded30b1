"""榕溪镇（虚构）2025: the fifty-fifth development town, built **blind** (issue 12): its ledgers were written from public
templates of southern and western provinces' township offices before anyone looked at fzlib, as the hidden sets'
authors build theirs. A town with **a ledger for nearly every figure family** (all eleven kinds, eleven files), each
in the shape its template gives and with the habits offices show when they fill it:

- 行政执法: the 综合行政执法办's case register (two-row header, 办理情况 over 立案日期 | 决定日期), short and suffixed
  categories (许可, 行政确认类), one case entered once per party, cases filed in one year and decided in the next, and
  beside it on its own sheet the national form 行政处罚实施情况统计表 (庆元县's 2024 publication: 行政处罚实施数量（宗）
  over the penalty kinds, 合计（宗）, 罚没金额（万元）) filled from the same cases;
- 规范性文件: the 备案登记表 as a Word table, a document of December entered with the next year's reports;
- 政务公开: an Excel 97 workbook of three registers, 主动公开 items, the 宣传报道 (news published by media) and the
  依申请公开 register;
- 矛盾纠纷: one sheet a quarter after a 填表说明 sheet, a two-row header (当事人情况 over 姓名 | 联系电话, 化解情况 over
  化解措施 | 化解结果), outcome words of the 综治 template (已化解, 已调处化解, 化解中, 稳控中, 已移交司法所), a line
  本季度共排查…件 under each quarter and numbered empty rows left from the template;
- 人民调解: the 司法所's register with 协议形式 as two ticked sub-columns (口头 | 书面 √) and the 以案定补 tier and amount
  (简易 50, 一般 100, 疑难 200, 重大 300 元: the shape of 砚山县 and 厚街镇 published 以案定补 rules; the amounts are
  illustrative), a case accepted in December of the year before;
- 信访: a GBK CSV of the 信访事项登记台账 (交办单位 省联办 / 市联办 / 县联办 / 本级受理, 是否重复信访);
- 平安建设: the 派出所's list of warnings and cases (UTF-8 CSV with BOM), 拘留人数 blank where nobody was detained;
- 涉诈: the 管控台账 of persons (在管 / 已核减, 是否取得联系);
- 法律顾问: the 村（居）法律顾问工作台账 as a Word table, counts written 3次 or left blank (= 1);
- 行政应诉: a WPS .et register, 是否负责人出庭 written 是 / 否（委托律师出庭）, one case heard the year before;
- 学法普法: an OpenDocument (.ods) register of 会前学法, 法律明白人 training and the 法宣在线 exam.

Truth decisions: counted by shared/spec/indicators.md from the intended records (truth.py); a case's year is its
decision date, a mediation case's its acceptance date, a lawsuit's its hearing date; a case entered once per party is
one case; the statistics form beside the enforcement register agrees with it and adds nothing.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "榕溪镇"
YEAR = 2025
COUNTY = "楠江县"  # fictitious
VILLAGES = ("榕溪社区", "沙湾村", "竹林村", "石门坎村", "龙井村", "高桥村", "新田村")  # fictitious
OFFICE = f"{COUNTY}{TOWN}"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    register_with_penalty_form_beside_enforcement(built, rng)
    word_filing_register_normative_documents(built, rng)
    three_registers_in_old_excel_disclosure(built, rng)
    quarter_sheets_with_outcome_words_disputes(built, rng)
    ticked_agreement_form_and_subsidy_tier_mediation(built, rng)
    gbk_csv_register_petitions(built, rng)
    police_station_list_security(built, rng)
    control_register_fraud_watch(built, rng)
    word_work_log_counsel(built, rng)
    wps_register_litigation(built, rng)
    ods_register_training(built, rng)
    return built


def _d(day: dt.date) -> dt.datetime:
    return dt.datetime(day.year, day.month, day.day)


# --- 行政执法: the case register, and the national penalty form beside it -------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}综合行政执法办2025年行政执法案件登记台账.xlsx"
# category as written → (truth category, weight, case name, letter of the case number)
ENFORCEMENT_KINDS = {
    "行政许可": ("行政许可", 6, "农村村民住宅建设规划许可", "许"),
    "许可": ("行政许可", 2, "临时占用道路许可", "许"),
    "行政确认类": ("行政确认", 4, "农村低保对象认定", "确"),
    "行政检查": ("行政检查", 9, "燃气安全检查（现场检查笔录）", "查"),
    "行政处罚": ("行政处罚", 5, "违规占道经营", "罚"),
    "处罚": ("行政处罚", 1, "露天焚烧秸秆", "罚"),
    "行政强制": ("行政强制", 1, "强制拆除违法搭建", "强"),
}
PENALTY_KINDS = ("警告、通报批评", "罚款", "没收违法所得、没收非法财物", "暂扣许可证、执照，降低资质等级",
                 "吊销许可证、执照", "限制开展生产经营活动", "责令停产停业、责令关闭、限制从业", "行政拘留",
                 "其他行政处罚")  # fmt: skip


def register_with_penalty_form_beside_enforcement(built: Built, rng: random.Random) -> None:
    head1 = [
        "序号",
        "案件编号",
        "案件名称",
        "执法类别",
        "当事人",
        "办理情况",
        None,
        "罚没金额（元）",
        "执法人员",
        "备注",
    ]
    head2 = [None, None, None, None, None, "立案（受理）日期", "决定日期", None, None, None]
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10)] + [(1, 6, 1, 7)]
    sheet = Sheet("案件登记")
    sheet.title(f"{TOWN}2025年行政执法案件登记台账", len(head1))
    sheet.add(f"填报单位：{TOWN}综合行政执法办公室（盖章）", None, None, None, None, None, None, "填报时间：2026年1月10日",
              None, None)  # fmt: skip
    sheet.header([head1, head2], merges)
    # Decision days from mid-December of the year before to mid-January of the next: the year is the decision's.
    first, last = dt.date(YEAR - 1, 12, 10), dt.date(YEAR + 1, 1, 16)
    plan = []
    for written, (_, weight, _, _) in ENFORCEMENT_KINDS.items():
        plan += [written] * (weight * 3)
    rng.shuffle(plan)
    days = fake.dates_in(rng, YEAR, len(plan), first=first, last=last)
    seq: dict[str, int] = {}
    records = []
    penalties: list[tuple[str, int]] = []
    n = 0
    for written, decided in zip(plan, days, strict=True):
        category, _, what, letter = ENFORCEMENT_KINDS[written]
        seq[letter] = seq.get(letter, 0) + 1
        case_no = f"榕综执{letter}〔{decided.year}〕{seq[letter]}号"
        filed = decided - dt.timedelta(days=rng.randint(0, 25) if category in ("行政处罚", "行政强制") else 0)
        fine = None
        if category == "行政处罚":
            kind = rng.choice(["警告、通报批评", "罚款", "罚款"])
            fine = rng.choice([200, 500, 1000]) if kind == "罚款" else None
            if decided.year == YEAR:
                penalties.append((kind, fine or 0))
        parties = [fake.name(rng)]
        if category == "行政处罚" and rng.random() < 0.25:
            parties.append(fake.name(rng))  # two parties of one decision: a row each, the same case number
        style = "date" if decided.month % 2 else "cn"
        for party in parties:
            n += 1
            sheet.add(n, case_no, what, written, party, fake.date_cell(filed, style), fake.date_cell(decided, style),
                      fine, f"{fake.name(rng)}、{fake.name(rng)}", "同一决定书，当事人2人" if len(parties) > 1 else None)  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": decided})
    built.ledgers["enforcement"] = records

    form = Sheet("处罚统计表")
    form.title(f"{TOWN}2025年度行政处罚实施情况统计表", len(PENALTY_KINDS) + 2)
    form.header(
        [["行政处罚实施数量（宗）", *[None] * (len(PENALTY_KINDS) - 1), "合计（宗）", "罚没金额（万元）"],
         [*PENALTY_KINDS, None, None]],
        [(1, 1, 1, len(PENALTY_KINDS)), (1, len(PENALTY_KINDS) + 1, 2, len(PENALTY_KINDS) + 1),
         (1, len(PENALTY_KINDS) + 2, 2, len(PENALTY_KINDS) + 2)],
    )  # fmt: skip
    counts = [sum(1 for k, _ in penalties if k == kind) for kind in PENALTY_KINDS]
    form.add(*counts, sum(counts), round(sum(f for _, f in penalties) / 10000, 2))
    form.add(
        "说明：1.统计范围为2025年1月1日至12月31日期间作出行政处罚决定的数量。2.并处两种以上行政处罚的，算一宗，计入最重的类别。"
    )
    built.books.append(Book(ENFORCEMENT_FILE, [sheet, form]))

    f = ("enforcement.cases", "enforcement.licensing", "enforcement.confirmation", "enforcement.inspection",
         "enforcement.penalty", "enforcement.coercion")  # fmt: skip
    built.quirk("value_suffixes", ENFORCEMENT_FILE, "案件登记", f, "执法类别写 许可、处罚（省去 行政）或 行政确认类")
    built.quirk("decision_date_under_merged_parent", ENFORCEMENT_FILE, "案件登记", f,
                "办理情况 合并在 立案（受理）日期 | 决定日期 之上：年份按决定日期；上年12月立案、本年1月决定的计入本年，"
                "本年12月立案、次年1月决定的不计")  # fmt: skip
    built.quirk(
        "one_row_per_offender",
        ENFORCEMENT_FILE,
        "案件登记",
        f,
        "一份处罚决定书两个当事人各占一行、案件编号相同：按一件计",
    )
    built.quirk("aggregate_vs_records", ENFORCEMENT_FILE, "处罚统计表", "enforcement.penalty",
                "同一工作簿里按国家格式（庆元县2024年公布的 行政处罚实施情况统计表）填的统计表，与台账一致：不得再加一遍")  # fmt: skip


# --- 规范性文件: the filing register as a Word table ----------------------------------------------------------------

NORMATIVE_FILE = f"{TOWN}行政规范性文件备案登记表（2025年）.docx"


def word_filing_register_normative_documents(built: Built, rng: random.Random) -> None:
    sheet = Sheet(f"{TOWN}行政规范性文件报备登记表（2025年度）")
    sheet.doc_before = [f"{OFFICE}人民政府党政综合办公室"]
    sheet.header([["序号", "文件名称", "文号", "制定机关", "发布日期", "报备日期", "报备机关", "备注"]])
    docs = [
        ("关于印发《榕溪镇农村人居环境整治村规民约指导意见》的通知", "榕府发〔2024〕31号", dt.date(YEAR - 1, 12, 20),
         dt.date(YEAR, 1, 8)),
        ("关于印发《榕溪镇集镇临时摊点管理办法》的通知", "榕府规〔2025〕1号", dt.date(YEAR, 6, 16), dt.date(YEAR, 7, 2)),
    ]  # fmt: skip
    records = []
    for n, (title, number, issued, filed) in enumerate(docs, start=1):
        sheet.add(n, title, number, f"{TOWN}人民政府", f"{issued:%Y年%m月%d日}", f"{filed:%Y年%m月%d日}",
                  f"{COUNTY}司法局", "上年度文件，本年报备" if issued.year < YEAR else None)  # fmt: skip
        records.append({"issued_on": issued})
    sheet.doc_after = ["填表人：　　　　　　审核人：　　　　　　填表日期：2026年1月5日"]
    built.books.append(Book(NORMATIVE_FILE, [sheet], fmt="docx"))
    built.ledgers["normative_documents"] = records
    built.quirk("word_table", NORMATIVE_FILE, sheet.name, "normative_documents.issued",
                "Word 里的备案登记表；上年12月发布、本年1月报备的文件不是本年制定的（按发布日期）")  # fmt: skip


# --- 政务公开: three registers in one Excel 97 workbook -------------------------------------------------------------

DISCLOSURE_FILE = f"{TOWN}2025年政务公开工作台账.xls"
TOPICS = ("2025年村级财务公开", "高温天气安全提示", "耕地地力保护补贴发放情况公示", "城乡居民医保参保缴费通知",
          "防汛防地质灾害工作提示", "2025年度民生实事项目进展", "农村危房改造对象公示", "临时救助发放情况公示",
          "秸秆禁烧通告", "低保对象动态调整公示")  # fmt: skip
CHANNELS = {"政府门户网站": 5, "政务公开栏": 3, "微信公众号": 2}
MEDIA = ("楠江融媒", "楠江日报", "学习强国", "四川观察（示例）")


def three_registers_in_old_excel_disclosure(built: Built, rng: random.Random) -> None:
    records = []
    items = Sheet("主动公开")
    items.title(f"{TOWN}2025年政府信息主动公开登记台账", 6)
    items.header([["序号", "信息标题", "公开日期", "公开渠道", "公开类型", "责任科室"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 31), start=1):
        items.add(n, rng.choice(TOPICS), _d(day), fake.pick(rng, CHANNELS), "主动公开",
                  rng.choice(["党政综合办", "社会事务办", "经济发展办"]))  # fmt: skip
        records.append({"published_on": day, "type": "主动公开"})
    news = Sheet("宣传报道")
    news.title(f"{TOWN}2025年宣传报道（媒体发布）登记表", 6)
    news.header([["序号", "稿件标题", "刊发媒体", "刊发日期", "类型", "报送科室"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 17), start=1):
        news.add(n, f"{TOWN}{rng.choice(['党建引领基层治理', '枇杷丰收', '法治宣传进院坝', '防溺水宣传'])}", rng.choice(MEDIA),
                 _d(day), "媒体发布", "党政综合办")  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    asked = Sheet("依申请公开")
    asked.title(f"{TOWN}2025年政府信息依申请公开登记表", 7)
    asked.header([["序号", "申请日期", "申请人", "申请内容", "受理情况", "答复日期", "答复结果"]])
    day = dt.date(YEAR, 8, 12)
    asked.add(1, _d(day), fake.masked(fake.name(rng)), "沙湾村土地征收补偿安置方案", "已受理", _d(day + dt.timedelta(days=14)),
              "予以公开")  # fmt: skip
    records.append({"published_on": day, "type": "依申请公开"})
    built.books.append(Book(DISCLOSURE_FILE, [items, news, asked], fmt="biff"))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk("three_registers_one_workbook", DISCLOSURE_FILE, "主动公开/宣传报道/依申请公开", f,
                "Excel 97 .xls 一本三张表：主动公开、宣传报道（类型 媒体发布）、依申请公开登记（1件）")  # fmt: skip


# --- 矛盾纠纷: a sheet a quarter -------------------------------------------------------------------------------------

DISPUTES_FILE = f"{TOWN}2025年矛盾纠纷排查化解工作台账.xlsx"
DISPUTE_TYPES = {"邻里纠纷": 6, "山林土地纠纷": 4, "婚姻家庭纠纷": 3, "房屋宅基地纠纷": 2, "劳动争议": 1, "道路交通事故": 1,
                 "合同纠纷": 1}  # fmt: skip
# outcome as written → truth status
OUTCOMES = {"已化解": ("已化解", 12), "已调处化解": ("已化解", 3), "化解中": ("化解中", 1.5), "稳控中": ("化解中", 0.6),
            "已移交司法所": ("已上报", 0.5), "未化解": ("未化解", 0.4)}  # fmt: skip
MEASURES = ("村调委会调解", "镇综治中心联合调处", "法律顾问释法", "派出所出警后调解", "包案领导约谈")
CONTENT = ("田边地角界址不清", "修房占用公共通道", "务工工资结算争议", "赡养老人费用分担", "林地承包边界争议",
           "饮水管道铺设经过责任田", "轻微交通事故赔偿")  # fmt: skip


def quarter_sheets_with_outcome_words_disputes(built: Built, rng: random.Random) -> None:
    head1 = ["序号", "排查时间", "村（社区）", "纠纷类型", "当事人情况", None, "纠纷主要内容", "化解情况", None, "包案领导",
             "责任人", "备注"]  # fmt: skip
    head2 = [None, None, None, None, "姓名", "联系电话", None, "化解措施", "化解结果", None, None, None]
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 7, 10, 11, 12)] + [(1, 5, 1, 6), (1, 8, 1, 9)]
    notes = Sheet("填表说明")
    notes.add("填表说明")
    notes.add("1. 本台账按季度分表填写，每季度末报镇综治中心。")
    notes.add("2. 化解结果填写：已化解、已调处化解、化解中、稳控中、已移交××、未化解。")
    notes.add("3. 当事人联系电话仅供内部核实，不得外传。")
    sheets = [notes]
    records = []
    for q, (name, count, style) in enumerate(
        (("第一季度", 14, "dot"), ("第二季度", 17, "date"), ("第三季度", 19, "dot"), ("第四季度", 15, "cn")), start=1
    ):
        sheet = Sheet(name)
        sheet.title(f"{TOWN}2025年{name}矛盾纠纷排查化解台账", len(head1))
        sheet.header([head1, head2], merges)
        first, last = dt.date(YEAR, 3 * q - 2, 1), dt.date(YEAR, 3 * q, 28)
        resolved = 0
        for n, day in enumerate(fake.dates_in(rng, YEAR, count, first=first, last=last), start=1):
            written = fake.pick(rng, {k: v[1] for k, v in OUTCOMES.items()})
            status = OUTCOMES[written][0]
            resolved += status == "已化解"
            sheet.add(n, fake.date_cell(day, style), rng.choice(VILLAGES), fake.pick(rng, DISPUTE_TYPES),
                      f"{fake.name(rng)}、{fake.name(rng)}", fake.mobile(rng), rng.choice(CONTENT), rng.choice(MEASURES),
                      written, rng.choice(["陈镇长", "刘副书记", "周副镇长"]), fake.name(rng), None)  # fmt: skip
            records.append({"screened_on": day, "status": status})
        for k in range(count + 1, count + 3):
            sheet.add(k)  # numbered rows the template came with, left empty
        sheet.add(f"本季度共排查矛盾纠纷{count}件，化解{resolved}件。")
        sheets.append(sheet)
    built.books.append(Book(DISPUTES_FILE, sheets))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("quarter_sheets_after_instructions", DISPUTES_FILE, "填表说明/第一季度…第四季度", f,
                "填表说明表在前，一季度一张表，序号每季从1起；每季末一行 本季度共排查…件，化解…件，下面还有编了号的空行")  # fmt: skip
    built.quirk("value_synonyms", DISPUTES_FILE, "第一季度…第四季度", f,
                "化解结果：已调处化解=已化解；稳控中=化解中；已移交司法所 不是化解")  # fmt: skip
    built.quirk("header_two_rows_parent_over_pair", DISPUTES_FILE, "第一季度…第四季度", f,
                "当事人情况 合并在 姓名 | 联系电话 之上，化解情况 合并在 化解措施 | 化解结果 之上")  # fmt: skip


# --- 人民调解: ticked agreement form, 以案定补 tier --------------------------------------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解委员会2025年调解案件登记台账.xlsx"
TIERS = {"一般": 100, "疑难": 200, "重大": 300}


def ticked_agreement_form_and_subsidy_tier_mediation(built: Built, rng: random.Random) -> None:
    head1 = ["序号", "卷宗号", "受理日期", "纠纷类型", "当事人", None, "调解员", "调解结果", "协议形式", None, "结案日期",
             "以案定补", None, "备注"]  # fmt: skip
    head2 = [
        None,
        None,
        None,
        None,
        "申请人",
        "被申请人",
        None,
        None,
        "口头",
        "书面",
        None,
        "补贴等级",
        "补贴金额（元）",
        None,
    ]
    merges = [(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 11, 14)] + [(1, 5, 1, 6), (1, 9, 1, 10), (1, 12, 1, 13)]
    sheet = Sheet("调解登记")
    sheet.title(f"{TOWN}人民调解委员会调解案件登记台账（2025年度）", len(head1))
    sheet.header([head1, head2], merges)
    records = []
    days = [dt.date(YEAR - 1, 12, 23), *fake.dates_in(rng, YEAR, 38, last=dt.date(YEAR, 12, 12))]
    for n, day in enumerate(days, start=1):
        file_no = f"（{day.year}）榕人调字第{n if day.year == YEAR else 57}号"
        written = fake.pick(rng, {"调解成功": 9, "成功": 2, "调解不成功": 1, "终止调解": 0.6})
        ok = written in ("调解成功", "成功")
        form = fake.pick(rng, {"口头": 3, "书面": 2}) if ok else None
        tier = ("简易" if form == "口头" else fake.pick(rng, {"一般": 4, "疑难": 2, "重大": 0.5})) if ok else None
        money = (50 if form == "口头" else TIERS[tier]) if ok else None
        closed = day + dt.timedelta(days=rng.randint(1, 25))
        sheet.add(n, file_no, _d(day), fake.pick(rng, DISPUTE_TYPES), fake.name(rng), fake.name(rng), fake.name(rng),
                  written, "√" if form == "口头" else None, "√" if form == "书面" else None, _d(closed), tier, money,
                  "上年受理" if day.year < YEAR else None)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": "调解成功" if ok else "调解不成功",
                        "form": form, "subsidy": money})  # fmt: skip
    built.books.append(Book(MEDIATION_FILE, [sheet]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("tick_marks", MEDIATION_FILE, "调解登记", f, "协议形式 合并在 口头 | 书面 两列之上，选中的一列打 √")
    built.quirk("unit_only_header", MEDIATION_FILE, "调解登记", "mediation.subsidy_yuan",
                "以案定补 合并在 补贴等级 | 补贴金额（元） 之上；口头（简易）50 元，书面按 一般/疑难/重大 100/200/300 元")  # fmt: skip
    built.quirk("previous_year_case_in_register", MEDIATION_FILE, "调解登记", f,
                "第1行是上年12月受理、本年1月结案的案件（备注 上年受理）：按受理日期不计入本年")  # fmt: skip


# --- 信访: a GBK CSV ------------------------------------------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记台账2025.csv"
SOURCES = {"省联办": ("省联办", 1), "市联办": ("市联办", 2), "县联办": ("县联办", 5), "县联办（网上信访）": ("县联办", 2),
           "本级受理": ("本级受理", 6)}  # fmt: skip
PROBLEMS = ("征地补偿款分配", "农村低保评定", "邻里宅基地纠纷", "工程款拖欠", "道路硬化质量", "林地确权")


def gbk_csv_register_petitions(built: Built, rng: random.Random) -> None:
    sheet = Sheet("信访登记")
    sheet.add(f"{TOWN}信访事项登记台账（2025年）")
    sheet.header(
        [["序号", "信访编号", "交办日期", "交办单位", "信访人", "反映问题", "是否重复信访", "办理状态", "办结日期"]]
    )
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 16), start=1):
        written = fake.pick(rng, {k: v[1] for k, v in SOURCES.items()})
        status = fake.pick(rng, {"已化解": 6, "正在化解": 1.5, "未化解": 0.5})
        number = f"NJ{YEAR}{day:%m%d}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(10, 40)) if status == "已化解" else None
        sheet.add(n, number, f"{day:%Y/%m/%d}", written, fake.masked(fake.name(rng)), rng.choice(PROBLEMS),
                  "是" if rng.random() < 0.2 else "否", status, f"{done:%Y/%m/%d}" if done else None)  # fmt: skip
        records.append({"petition_no": number, "assigned_on": day, "source": SOURCES[written][0], "status": status})
    built.books.append(Book(PETITIONS_FILE, [sheet], fmt="csv-gbk"))
    built.ledgers["petitions"] = records
    built.quirk(
        "csv_gbk", PETITIONS_FILE, "", "petitions.*", "GBK 编码的 CSV；交办单位 县联办（网上信访） 带括号限定语"
    )


# --- 平安建设: the 派出所's list ---------------------------------------------------------------------------------------

SECURITY_FILE = f"{TOWN}派出所2025年平安建设工作台账.csv"
# type as written → (truth type, rows, detained per row or None)
SECURITY_TYPES = {
    "家暴告诫书": ("家暴告诫书", 7),
    "家暴治安案件": ("家暴治安案件", 1),
    "涉黄治安案件": ("涉黄治安案件", 3),
    "涉赌治安案件": ("涉赌治安案件", 4),
    "盗窃治安案件": ("盗窃治安案件", 3),
}


def police_station_list_security(built: Built, rng: random.Random) -> None:
    sheet = Sheet("台账")
    sheet.add(f"{TOWN}派出所2025年平安建设工作台账（告诫书、治安案件）")
    sheet.header([["序号", "日期", "类型", "村（社区）", "当事人", "处理结果", "拘留人数", "备注"]])
    plan = [t for t, (_, k) in SECURITY_TYPES.items() for _ in range(k)]
    rng.shuffle(plan)
    records = []
    for n, (written, day) in enumerate(zip(plan, fake.dates_in(rng, YEAR, len(plan)), strict=True), start=1):
        truth_type = SECURITY_TYPES[written][0]
        if written == "家暴告诫书":
            detained, result = None, "出具家庭暴力告诫书"
        elif written == "盗窃治安案件":
            detained, result = rng.choice([None, 1]), "罚款"
        else:
            detained = rng.randint(1, 3)
            result = f"行政拘留{rng.choice([5, 7, 10])}日"
        sheet.add(
            n, f"{day:%Y-%m-%d}", written, rng.choice(VILLAGES), fake.masked(fake.name(rng)), result, detained, None
        )
        records.append({"occurred_on": day, "type": truth_type, "detained": detained})
    built.books.append(Book(SECURITY_FILE, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["security"] = records
    built.quirk("csv_utf8_bom", SECURITY_FILE, "", "security.*", "UTF-8 带 BOM 的 CSV；没人被拘留的行 拘留人数 空着")


# --- 涉诈: the control register ------------------------------------------------------------------------------------

FRAUD_FILE = f"{TOWN}涉诈高危人员管控台账（2025年12月）.xlsx"


def control_register_fraud_watch(built: Built, rng: random.Random) -> None:
    sheet = Sheet("管控台账")
    head = ["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "核减时间", "是否取得联系", "备注"]
    sheet.title(f"{TOWN}涉诈高危人员管控台账", len(head))
    sheet.header([head])
    records = []
    for serial, removed, contacted, (name, idno, phone, place) in fake.watch_list(rng, 14, list(VILLAGES), 0.4):
        when = fake.dates_in(rng, YEAR, 1)[0] if removed else None
        sheet.add(serial, name, idno, phone, place, "已核减" if removed else "在管", _d(when) if when else None,
                  "是" if contacted else "否", "持合法出入境手续" if removed and rng.random() < 0.5 else None)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(FRAUD_FILE, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("value_synonyms", FRAUD_FILE, "管控台账", "fraud_watch.*", "管控状态 在管=在册")


# --- 法律顾问: the work log as a Word table ---------------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}村（居）法律顾问工作台账（2025年）.docx"
# service as written → (truth service or None, weight)
SERVICES = {"法律咨询": ("法律咨询", 6), "合同审查": ("文书审核", 2), "出具法律意见书": ("法律意见书", 1),
            "法律援助": ("法律援助", 0.5), "参与矛盾纠纷调解": (None, 1), "法治宣传讲座": (None, 0.8)}  # fmt: skip


def word_work_log_counsel(built: Built, rng: random.Random) -> None:
    sheet = Sheet(f"{TOWN}村（居）法律顾问工作台账")
    sheet.header([["序号", "服务时间", "服务村（社区）", "服务事项", "具体内容", "次数", "法律顾问", "备注"]])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 30), start=1):
        written = fake.pick(rng, {k: v[1] for k, v in SERVICES.items()})
        kind = SERVICES[written][0]
        times = rng.choice([1, 1, 2, 3]) if written == "法律咨询" else 1
        cell = None if times == 1 and rng.random() < 0.5 else f"{times}次"
        sheet.add(n, f"{day:%Y.%m.%d}", rng.choice(VILLAGES), written,
                  rng.choice(["土地流转合同", "村规民约修订", "工伤赔偿", "继承纠纷", "集体资产租赁"]), cell,
                  rng.choice(["张律师", "黄律师"]), None)  # fmt: skip
        if kind:
            records.append({"served_on": day, "service": kind, "quantity": times})
    built.books.append(Book(COUNSEL_FILE, [sheet], fmt="docx"))
    built.ledgers["counsel"] = records
    built.quirk("word_table", COUNSEL_FILE, sheet.name, ("counsel.opinions", "counsel.document_reviews",
                "counsel.consultations", "counsel.legal_aid"), "Word 表格；次数 写 2次 或空着（=1）；合同审查=文书审核")  # fmt: skip


# --- 行政应诉: a WPS .et register -------------------------------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}行政应诉案件登记台账.et"


def wps_register_litigation(built: Built, rng: random.Random) -> None:
    head = ["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭应诉负责人", "职务", "是否负责人出庭", "审理结果"]
    sheet = Sheet("应诉台账")
    sheet.title(f"{TOWN}人民政府行政应诉案件登记台账", len(head))
    sheet.header([head])
    cases = [
        ("（2024）川0000行初88号", dt.date(YEAR - 1, 12, 17), "周副镇长", "是", "驳回诉讼请求", True),
        ("（2025）川0000行初21号", dt.date(YEAR, 4, 9), "陈镇长", "是", "驳回诉讼请求", True),
        ("（2025）川0000行初57号", dt.date(YEAR, 7, 22), None, "否（委托律师出庭）", "原告撤诉", False),
        ("（2025）川0000行初103号", dt.date(YEAR, 11, 4), "刘副镇长", "是", "确认违法", True),
    ]
    records = []
    for n, (number, heard, who, said, result, appeared) in enumerate(cases, start=1):
        sheet.add(n, number, fake.masked(fake.name(rng)), f"{TOWN}人民政府",
                  rng.choice(["行政强制（拆除）", "土地行政征收", "政府信息公开"]), _d(heard), who,
                  {"陈镇长": "镇长", "刘副镇长": "副镇长", "周副镇长": "副镇长"}.get(who or ""), said, result)  # fmt: skip
        records.append({"case_no": number, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(LITIGATION_FILE, [sheet], fmt="biff"))
    built.ledgers["litigation"] = records
    built.quirk("value_qualifiers", LITIGATION_FILE, "应诉台账", "litigation.*",
                "WPS .et；是否负责人出庭 写 否（委托律师出庭）；上年12月开庭的案件不计入本年")  # fmt: skip


# --- 学法普法: an .ods register -------------------------------------------------------------------------------------

TRAINING_FILE = f"{TOWN}2025年学法用法及普法培训台账.ods"


def ods_register_training(built: Built, rng: random.Random) -> None:
    head = ["序号", "时间", "学习（培训）主题", "参学对象", "学习形式", "参加人数", "应参考人数", "实参考人数", "备注"]
    sheet = Sheet("学法台账")
    sheet.title(f"{TOWN}2025年学法用法及普法培训台账", len(head))
    sheet.header([head])
    plan = [("领导干部", "会前学法", "《中华人民共和国行政复议法》")] * 6
    plan += [("法律明白人", "线下集中培训", "法律明白人履职能力培训"), ("法律明白人", "线上", "民法典婚姻家庭编解读"),
             ("法律明白人", "线下集中培训", "人民调解实务")]  # fmt: skip
    plan += [("行政执法人员", "集中培训", "行政处罚法与执法程序"), ("领导干部", "考试", "2025年度法宣在线学法考试")]
    days = fake.dates_in(rng, YEAR, len(plan))
    rng.shuffle(plan)
    plan.sort(key=lambda p: p[1] == "考试")  # the exam comes last in the year
    records = []
    for n, ((audience, form, topic), day) in enumerate(zip(plan, days, strict=True), start=1):
        required, taken = (42, 41) if form == "考试" else (None, None)
        people = taken or rng.randint(12, 60)
        sheet.add(n, _d(day), topic, audience, form, people, required, taken, None)
        records.append({"held_on": day, "audience": audience, "exam_required": required, "exam_taken": taken})
    built.books.append(Book(TRAINING_FILE, [sheet], fmt="ods"))
    built.ledgers["training"] = records
    built.quirk("ods_spreadsheet", TRAINING_FILE, "学法台账", "training.*",
                "OpenDocument .ods；法律明白人培训 一次线上、两次线下；法宣在线考试 应参考 42 人、实参考 41 人")  # fmt: skip
