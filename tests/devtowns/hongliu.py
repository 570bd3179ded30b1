"""红柳镇（虚构）2024: the fifty-fourth development town, built **blind** (issue 12, session 45): its ledgers imitate the
templates and filling habits of northern townships (甘肃 / 内蒙古 / 河北 / 山东 / 河南) as public pages show them, written
before the engine's code or the other towns' quirk tables were read. A ledger for every figure family, eleven files in
seven formats:

- 行政执法: the 综合行政执法大队's 办案登记台账, one sheet per quarter (一季度 … 四季度), a title, a 填报单位 / 填报时间 line,
  a two-row header with 当事人 merged over 名称（姓名） / 类型, a 合计 row under each quarter, dates typed 2024.3.5, 执法类别
  with a qualifier (行政处罚（简易程序）), cases still 办理中 with no 决定日期, and last December's case carried into 一季度;
- 规范性文件: the 备案登记表 as a Word table (文件名称, 文号, 制发日期 in 2024年3月12日, 报送备案日期, 备案审查意见), one
  document of 2023 still listed;
- 政务公开: one .xls (Excel 97) of three sheets: 主动公开 (公开方式 column, 发布载体 naming two channels in a cell), 新闻宣传报道
  (no type column: the sheet and its title say what it is) and 依申请公开 (one application a row);
- 矛盾纠纷: the 综治中心's monthly 排查化解台账, a sheet a month (1月 … 12月), 序号 restarting, 当事人 over 甲方 / 乙方, 化解情况
  已化解 / 化解中 / 稳控 / 已上报, and the 零报告 habit: a month with no dispute states so in one merged row;
- 人民调解: the 人民调解信息管理系统's export, an HTML table saved as .xls (卷宗号 （2024）红人调字第N号, 口头协议 / 书面协议,
  以案定补金额（元）), one case accepted last December;
- 信访: the 信访事项登记台账 (信访形式 来信 / 来访 / 网上信访, 事项来源 省联办交办 / 市联办交办 / 县联办交办 / 本级受理, 办理状态
  已化解 / 化解中);
- 平安建设: the 派出所's 家暴告诫及涉黄涉赌案件登记表 as a Word table (类别 家庭暴力告诫书 / 涉黄治安案件 / 涉赌治安案件,
  行政拘留（人）);
- 涉诈: the 涉诈高危人员管控台账, a UTF-8 CSV with BOM (管控状态 在管 / 已核减, 核减时间, 是否取得联系);
- 法律顾问: the 法律顾问服务工作记录 saved by WPS as .ods (服务类型 合同审查 / 出具法律意见书 / 法律咨询 / 法律援助 /
  参与信访接待 / 法治讲座, 数量 blank for one);
- 行政应诉: the 行政应诉案件登记表 (案号, 开庭日期, 出庭应诉负责人 with the post, 负责人是否出庭 是 / 否), a case of 2023 listed;
- 学法用法: two sheets, 培训活动 (培训对象 法律明白人 / 机关干部 / 村（社区）两委干部 …) and 法宣在线考试 (应参考人数,
  实参考人数, 参考率 in %).

Truth decisions (made before the engine was read): a case is counted once by its number in the year of its 决定日期; a
case 办理中 (no 决定日期) is no decided case; 行政处罚（简易程序） is 行政处罚. A 零报告 row is no dispute. Only 已化解 is
resolved (化解中, 稳控, 已上报 are not). A mediation case belongs to the year it was accepted (truth.py). 新闻宣传报道 are
媒体发布, each 依申请公开 row one application. 在管 is 在册. A blank 数量 is 1. The exam coverage is the year's 实参考人数
over its 应参考人数, added over the sessions (the rows' 参考率 not averaged)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "红柳镇"
YEAR = 2024
VILLAGES = ("红柳社区", "东滩村", "西滩村", "沙井子村", "三墩村", "营盘村", "柳湾村", "新庄子村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    quarter_sheets_with_totals_enforcement(built, rng)
    word_filing_register_normative_documents(built, rng)
    three_sheet_xls_disclosure(built, rng)
    monthly_sheets_with_zero_reports_disputes(built, rng)
    system_export_html_mediation(built, rng)
    source_with_jiaoban_suffix_petitions(built, rng)
    police_word_table_security(built, rng)
    csv_bom_watch_list_fraud_watch(built, rng)
    wps_ods_service_record_counsel(built, rng)
    leader_with_post_litigation(built, rng)
    training_and_exam_sheets_training(built, rng)
    return built


def _dot(d: dt.date) -> str:
    return f"{d.year}.{d.month}.{d.day}"


# --- 行政执法: 综合行政执法 办案登记台账, a sheet per quarter ------------------------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}综合行政执法办案登记台账（{YEAR}年）.xlsx"
QUARTERS = ("一季度", "二季度", "三季度", "四季度")
# category written → (truth category, number prefix, weight)
ENFORCEMENT_KINDS = {
    "行政检查": ("行政检查", "红柳综执检〔{y}〕{n}号", 9),
    "行政处罚": ("行政处罚", "红柳综执罚决字〔{y}〕第{n}号", 4),
    "行政处罚（简易程序）": ("行政处罚", "红柳综执当罚〔{y}〕{n}号", 3),
    "行政强制": ("行政强制", "红柳综执强〔{y}〕{n}号", 1.2),
    "行政许可": ("行政许可", "红柳许〔{y}〕{n}号", 1.5),
}
CAUSES = {
    "行政检查": ["燃气安全检查", "农村自建房安全检查", "校园周边食品安全检查", "占道经营巡查", "秸秆禁烧巡查"],
    "行政处罚": ["未经批准占用道路摆摊设点", "违规焚烧秸秆", "乱倒建筑垃圾", "擅自设置户外广告"],
    "行政处罚（简易程序）": ["店外经营", "乱堆乱放", "随意倾倒生活垃圾"],
    "行政强制": ["查封违法建设施工现场", "暂扣占道经营物品"],
    "行政许可": ["临时占用道路许可", "农村宅基地建房许可"],
}


def quarter_sheets_with_totals_enforcement(built: Built, rng: random.Random) -> None:
    counters = {k: 0 for k in ENFORCEMENT_KINDS}
    records = []
    sheets = []
    for q, label in enumerate(QUARTERS):
        sheet = Sheet(label)
        sheet.title(f"{TOWN}综合行政执法大队办案登记台账（{YEAR}年{label}）", 13)
        sheet.add(f"填报单位：{TOWN}综合行政执法大队", None, None, None, None, None, None, None, None,
                  f"填报时间：{YEAR if q < 3 else YEAR + 1}年{(q + 1) * 3 % 12 + 1}月5日")  # fmt: skip
        sheet.header(
            [
                ["序号", "案件编号", "案由", "执法类别", "当事人", None, "违法地点", "立案日期", "决定日期", "处理结果",
                 "罚没款（元）", "办理状态", "承办人"],
                [None, None, None, None, "名称（姓名）", "类型", None, None, None, None, None, None, None],
            ],
            [(1, 5, 1, 6), *[(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 9, 10, 11, 12, 13)]],
        )  # fmt: skip
        first = dt.date(YEAR, 3 * q + 1, 1)
        last = dt.date(YEAR, 3 * q + 3, 28)
        n = 0
        total_fine = 0
        if q == 0:  # last December's case, decided then, carried into the first quarter's sheet
            n += 1
            opened, decided = dt.date(YEAR - 1, 12, 4), dt.date(YEAR - 1, 12, 27)
            case_no = f"红柳综执罚决字〔{YEAR - 1}〕第31号"
            sheet.add(n, case_no, "违规焚烧秸秆", "行政处罚", fake.name(rng), "个人", rng.choice(VILLAGES),
                      _dot(opened), _dot(decided), "罚款", 200, "已结案", "综合执法大队")  # fmt: skip
            total_fine += 200
            records.append({"case_no": case_no, "category": "行政处罚", "decided_on": decided})
        for day in fake.dates_in(rng, YEAR, rng.randint(9, 14), first, last):
            kind = fake.pick(rng, {k: w for k, (_, _, w) in ENFORCEMENT_KINDS.items()})
            category, pattern, _ = ENFORCEMENT_KINDS[kind]
            counters[kind] += 1
            case_no = pattern.format(y=YEAR, n=counters[kind])
            # A 简易程序 penalty is decided on the spot; others within days, never after the year's last working day.
            decided = day if "简易" in kind else min(day + dt.timedelta(days=rng.randint(0, 12)), dt.date(YEAR, 12, 30))
            pending = kind == "行政处罚" and q == 3 and decided > dt.date(YEAR, 12, 10)
            firm = rng.random() < 0.4
            party = f"{rng.choice(['惠民', '金穗', '丰泰', '顺达'])}{rng.choice(['商店', '农资店', '餐馆', '建材部'])}" if firm \
                else fake.name(rng)  # fmt: skip
            fine = None
            cause = rng.choice(CAUSES[kind])
            result = {"行政检查": "未发现问题" if rng.random() < 0.6 else "责令限期整改", "行政许可": "准予许可",
                      "行政强制": "查封" if "查封" in cause else "扣押"}.get(kind)  # fmt: skip
            if kind.startswith("行政处罚"):
                fine = rng.choice([50, 100, 200]) if "简易" in kind else rng.choice([500, 1000, 2000, 3000])
                result = "警告" if "简易" in kind and rng.random() < 0.3 else "罚款"
                if result == "警告":
                    fine = None
            n += 1
            sheet.add(n, case_no if not pending else f"红柳综执立〔{YEAR}〕{counters[kind]}号",
                      cause, kind, party, "单位" if firm else "个人", rng.choice(VILLAGES),
                      _dot(day), None if pending else _dot(decided), None if pending else result,
                      None if pending else fine, "办理中" if pending else "已结案", "综合执法大队")  # fmt: skip
            if not pending:
                total_fine += fine or 0
                records.append({"case_no": case_no, "category": category, "decided_on": decided})
        sheet.add("合计", None, f"{n}件", None, None, None, None, None, None, None, total_fine, None, None)
        sheet.blank()
        sheet.add("审核人：", None, None, "填表人：")
        sheets.append(sheet)
    built.books.append(Book(ENFORCEMENT_FILE, sheets))
    built.ledgers["enforcement"] = records
    cats = ("enforcement.cases", "enforcement.penalty", "enforcement.inspection")
    built.quirk("header_four_rows", ENFORCEMENT_FILE, "一季度", cats, "两行表头：当事人 合并在 名称（姓名）/ 类型 之上")
    built.quirk("party_type_under_party", ENFORCEMENT_FILE, "一季度…四季度", (),
                "当事人 › 名称（姓名） | 类型：类型（单位/个人）是当事人的类型，不是当事人；曾被当作当事人列，单位、个人作为姓名登记、处处遮盖")  # fmt: skip
    built.quirk("quarter_sheets_with_totals", ENFORCEMENT_FILE, "一季度…四季度", cats,
                "一季度一张表，每张表下有 合计 行（N件、罚没款合计），序号每表重排")  # fmt: skip
    built.quirk("value_qualifiers", ENFORCEMENT_FILE, "一季度…四季度", ("enforcement.penalty",),
                "执法类别 行政处罚（简易程序）：是行政处罚")  # fmt: skip
    built.quirk("pending_case_no_decision", ENFORCEMENT_FILE, "四季度", ("enforcement.cases", "enforcement.penalty"),
                "办理中 的案件只有立案号、立案日期，决定日期空：不是本年作出决定的案件")  # fmt: skip
    built.quirk("last_year_case_carried", ENFORCEMENT_FILE, "一季度", ("enforcement.cases",),
                "上年12月作出决定的案件列在一季度表首行：不计入本年")  # fmt: skip


# --- 规范性文件: 备案登记表, a Word table ---------------------------------------------------------------------------

NORMATIVE_FILE = f"{TOWN}规范性文件备案登记表.docx"


def word_filing_register_normative_documents(built: Built, rng: random.Random) -> None:
    docs = [
        (dt.date(YEAR - 1, 11, 20), f"红柳政发〔{YEAR - 1}〕21号", "红柳镇农村人居环境整治村规民约指导意见"),
        (dt.date(YEAR, 3, 12), f"红柳政发〔{YEAR}〕3号", "红柳镇农村集体经济组织财务管理办法"),
        (dt.date(YEAR, 8, 26), f"红柳政发〔{YEAR}〕17号", "红柳镇城镇环境卫生管理实施办法"),
    ]
    sheet = Sheet(f"{TOWN}人民政府规范性文件备案登记表（{YEAR}年度）")
    sheet.header([["序号", "文件名称", "文号", "制发日期", "报送备案日期", "备案机关", "备案审查意见", "备注"]])
    records = []
    for n, (issued, number, title) in enumerate(docs, start=1):
        filed = issued + dt.timedelta(days=rng.randint(8, 25))
        sheet.add(n, f"《{title}》", number, f"{issued.year}年{issued.month}月{issued.day}日",
                  f"{filed.year}年{filed.month}月{filed.day}日", "县人民政府", "予以备案", None)  # fmt: skip
        records.append({"issued_on": issued})
    sheet.doc_after = ["填表人：　　　　　　审核人：　　　　　　填表日期：2025年1月3日"]
    built.books.append(Book(NORMATIVE_FILE, [sheet], fmt="docx"))
    built.ledgers["normative_documents"] = records
    built.quirk("word_table", NORMATIVE_FILE, sheet.name, ("normative_documents.issued",),
                "Word 表格；上年制发的文件仍列在表中（按制发日期计年）")  # fmt: skip


# --- 政务公开: one .xls of three sheets ------------------------------------------------------------------------------

DISCLOSURE_FILE = f"{TOWN}政务公开信息发布台账{YEAR}.xls"
PROACTIVE_TOPICS = ["关于开展秸秆禁烧工作的通知", "{m}月份低保金发放情况公示", "{y}年度财政预算公开", "耕地地力保护补贴发放公示",
                    "农村危房改造对象公示", "镇政府领导分工调整", "村级财务收支公开", "惠农补贴“一卡通”发放明细",
                    "防汛应急预案", "冬季清洁取暖补贴公示"]  # fmt: skip
CHANNELS = ["政府网站", "政务公开栏", "政府网站、政务公开栏", "微信公众号", "政府网站、微信公众号"]
MEDIA = ["甘肃日报", "县融媒体中心", "学习强国甘肃学习平台", "市广播电视台", "“红柳发布”抖音号"]


def three_sheet_xls_disclosure(built: Built, rng: random.Random) -> None:
    records = []
    main = Sheet("主动公开")
    main.title(f"{TOWN}{YEAR}年政府信息主动公开登记表", 7)
    main.header([["序号", "发布日期", "信息标题", "信息类别", "公开方式", "发布载体", "审核人"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(60, 85)), start=1):
        topic = rng.choice(PROACTIVE_TOPICS).format(m=day.month, y=YEAR)
        main.add(n, day, topic, rng.choice(["财政信息", "民生保障", "通知公告", "机构职能"]), "主动公开",
                 rng.choice(CHANNELS), fake.name(rng))  # fmt: skip
        records.append({"published_on": day, "type": "主动公开"})
    media = Sheet("新闻宣传报道")
    media.title(f"{TOWN}{YEAR}年新闻宣传报道登记表", 6)
    media.header([["序号", "刊发日期", "稿件标题", "刊发媒体", "版面/栏目", "作者"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(22, 34)), start=1):
        media.add(n, day, f"红柳镇：{rng.choice(['戈壁滩上种出致富瓜', '网格员走村入户化纠纷', '法律明白人进田间', '冬季清洁取暖入户宣传'])}",
                  rng.choice(MEDIA), rng.choice(["要闻", "基层动态", "乡村振兴", None]), fake.name(rng))  # fmt: skip
        records.append({"published_on": day, "type": "媒体发布"})
    requests = Sheet("依申请公开")
    requests.title(f"{TOWN}{YEAR}年政府信息公开申请登记表", 6)
    requests.header([["序号", "收到申请日期", "申请人", "申请内容", "答复日期", "答复结果"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(2, 4)), start=1):
        requests.add(n, day, fake.name(rng), rng.choice(["本村土地征收补偿标准", "宅基地审批档案", "村集体收入支出明细"]),
                     day + dt.timedelta(days=rng.randint(5, 18)), rng.choice(["予以公开", "部分公开", "信息不存在"]))  # fmt: skip
        records.append({"published_on": day, "type": "依申请公开"})
    built.books.append(Book(DISCLOSURE_FILE, [main, media, requests], fmt="biff"))
    built.ledgers["disclosure"] = records
    built.quirk("category_from_sheet_or_title", DISCLOSURE_FILE, "新闻宣传报道/依申请公开",
                ("disclosure.media", "disclosure.on_request"), "没有公开类型列：表名和标题说明是宣传报道、依申请公开")  # fmt: skip
    built.quirk("two_channels_in_cell", DISCLOSURE_FILE, "主动公开", ("disclosure.proactive",),
                "发布载体 一格写两个渠道（政府网站、政务公开栏）：仍是一条信息")  # fmt: skip


# --- 矛盾纠纷: a sheet a month, 零报告 ---------------------------------------------------------------------------------

DISPUTES_FILE = f"{TOWN}矛盾纠纷排查化解工作台账（{YEAR}年）.xlsx"
DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭纠纷": 4, "土地承包纠纷": 4, "草场边界纠纷": 2, "宅基地纠纷": 2, "劳务费纠纷": 2,
                 "农机作业纠纷": 1, "养殖污染纠纷": 1}  # fmt: skip
DISPUTE_STATUS = {"已化解": 8, "化解中": 0.8, "稳控": 0.5, "已上报县综治中心": 0.3}
ZERO_MONTHS = (2, 8)


def monthly_sheets_with_zero_reports_disputes(built: Built, rng: random.Random) -> None:
    records = []
    sheets = []
    for month in range(1, 13):
        sheet = Sheet(f"{month}月")
        sheet.title(f"{TOWN}矛盾纠纷排查化解工作台账（{YEAR}年{month}月）", 12)
        sheet.add(
            f"报送单位：{TOWN}综治中心",
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            None,
            f"报送时间：{YEAR}年{month}月25日",
        )
        sheet.header(
            [
                ["序号", "排查时间", "所属村（网格）", "纠纷类别", "当事人", None, "基本情况", "排查人", "化解措施",
                 "化解情况", "化解时间", "包案领导"],
                [None, None, None, None, "甲方", "乙方", None, None, None, None, None, None],
            ],
            [(1, 5, 1, 6), *[(1, c, 2, c) for c in (1, 2, 3, 4, 7, 8, 9, 10, 11, 12)]],
        )  # fmt: skip
        if month in ZERO_MONTHS:
            r = sheet.add("本月未排查出矛盾纠纷（零报告）", *[None] * 11)
            sheet.merges.append((r, 1, r, 12))
        else:
            first = dt.date(YEAR, month, 1)
            last = dt.date(YEAR, month, 24)
            for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(3, 9), first, last), start=1):
                kind = fake.pick(rng, DISPUTE_TYPES)
                status = fake.pick(rng, DISPUTE_STATUS)
                settled = day + dt.timedelta(days=rng.randint(1, 10)) if status == "已化解" else None
                village = rng.choice(VILLAGES)
                sheet.add(n, f"{month}月{day.day}日", f"{village}第{rng.randint(1, 4)}网格", kind, fake.name(rng),
                          fake.name(rng), f"双方因{kind[:-2]}问题发生争执", f"网格员{fake.masked(fake.name(rng))}",
                          rng.choice(["村调委会调解", "镇司法所联合调处", "法律顾问释法说理"]), status,
                          None if settled is None else f"{settled.month}月{settled.day}日",
                          rng.choice(["李某某（副镇长）", "王某某（政法委员）"]))  # fmt: skip
                records.append({"screened_on": day, "status": status if status in ("已化解",) else "未化解"})
        sheets.append(sheet)
    built.books.append(Book(DISPUTES_FILE, sheets))
    built.ledgers["disputes"] = records
    figs = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("pastoral_dispute_types", DISPUTES_FILE, "1月…12月", (),
                "纠纷类别 草场边界纠纷 / 养殖污染纠纷 / 劳务费纠纷：山林土地 / 环境污染 / 劳动争议（曾为不在规定选项中的错误）")  # fmt: skip
    built.quirk("year_from_title", DISPUTES_FILE, "1月…12月", figs, "排查时间 只写 3月5日：年份在标题（2024年3月）")
    built.quirk("restarting_numbers", DISPUTES_FILE, "1月…12月", figs, "每月一张表，序号每表从1起")
    built.quirk("zero_report_row", DISPUTES_FILE, "2月/8月", figs,
                "本月无纠纷的月份只有一行合并的“本月未排查出矛盾纠纷（零报告）”：不是一件纠纷")  # fmt: skip
    built.quirk("header_four_rows", DISPUTES_FILE, "1月…12月", figs, "当事人 合并在 甲方/乙方 之上")


# --- 人民调解: 系统导出的 HTML .xls ----------------------------------------------------------------------------------

MEDIATION_FILE = "人民调解案件信息导出.xls"
MEDIATION_TYPES = {"婚姻家庭纠纷": 4, "邻里纠纷": 6, "山林土地纠纷": 4, "房屋宅基地纠纷": 2, "损害赔偿纠纷": 2, "劳动争议纠纷": 1.5,
                   "合同纠纷": 1}  # fmt: skip
ORAL, WRITTEN = 50, {"一般": 100, "疑难": 200, "重大": 300}


def system_export_html_mediation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("Sheet1")
    sheet.header([["卷宗号", "受理日期", "案件来源", "纠纷类型", "申请人", "被申请人", "调解组织", "调解结果", "协议形式",
                   "结案日期", "履行情况", "以案定补金额（元）"]])  # fmt: skip
    records = []
    cases = [(dt.date(YEAR - 1, 12, 18), f"（{YEAR - 1}）红人调字第47号")]
    for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(38, 52)), start=1):
        cases.append((day, f"（{YEAR}）红人调字第{n}号"))
    for day, file_no in cases:
        success = rng.random() < 0.9
        form = rng.choices(["口头", "书面"], weights=[6, 4])[0] if success else None
        subsidy = None
        if success:
            subsidy = ORAL if form == "口头" else WRITTEN[rng.choices(list(WRITTEN), weights=[6, 3, 1])[0]]
        closed = day + dt.timedelta(days=rng.randint(1, 20))
        sheet.add(file_no, f"{day:%Y-%m-%d}", rng.choice(["当事人申请", "调委会主动调解", "派出所移交"]),
                  fake.pick(rng, MEDIATION_TYPES), fake.name(rng), fake.name(rng),
                  rng.choice(["红柳镇人民调解委员会", f"{rng.choice(VILLAGES)}人民调解委员会"]),
                  "调解成功" if success else "调解不成功", f"{form}协议" if form else None, f"{closed:%Y-%m-%d}",
                  ("已履行" if rng.random() < 0.9 else "部分履行") if success else None, subsidy)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": "调解成功" if success else "调解不成功",
                        "form": form, "subsidy": subsidy})  # fmt: skip
    built.books.append(Book(MEDIATION_FILE, [sheet], fmt="html-xls"))
    built.ledgers["mediation"] = records
    figs = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("html_as_xls", MEDIATION_FILE, "Sheet1", figs, "人民调解信息管理系统导出的 HTML 表格，扩展名 .xls")
    built.quirk("last_year_case_in_export", MEDIATION_FILE, "Sheet1", figs,
                "上年12月受理、本年1月结案的案件在导出里：按受理日期不计入本年")  # fmt: skip


# --- 信访: 信访事项登记台账 ------------------------------------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记台账（{YEAR}年）.xlsx"


def source_with_jiaoban_suffix_petitions(built: Built, rng: random.Random) -> None:
    sheet = Sheet("登记台账")
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", 11)
    sheet.header([["序号", "信访件编号", "登记日期", "信访形式", "事项来源", "信访人", "反映问题", "是否重复信访", "责任单位",
                   "办理状态", "办结日期"]])  # fmt: skip
    sources = ["省联办"] * rng.randint(1, 2) + ["市联办"] * rng.randint(2, 3) + ["县联办"] * rng.randint(4, 7) \
        + ["本级受理"] * rng.randint(8, 13)  # fmt: skip
    rng.shuffle(sources)
    days = fake.dates_in(rng, YEAR, len(sources))
    records = []
    for n, (day, source) in enumerate(zip(days, sources), start=1):
        number = f"6299{YEAR}{n:05d}"
        status = "已化解" if rng.random() < 0.8 else "化解中"
        sheet.add(n, number, day, rng.choice(["来访", "来信", "网上信访"]), source if source == "本级受理" else f"{source}交办",
                  fake.name(rng), rng.choice(["土地承包经营权确权", "农民工工资拖欠", "宅基地审批", "低保评定", "征地补偿"]),
                  "是" if rng.random() < 0.15 else "否", rng.choice(["农业农村办", "社会事务办", "综治中心"]), status,
                  day + dt.timedelta(days=rng.randint(10, 55)) if status == "已化解" else None)  # fmt: skip
        records.append({"petition_no": number, "assigned_on": day, "source": source,
                        "status": "已化解" if status == "已化解" else "正在化解"})  # fmt: skip
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    figs = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("value_suffixes", PETITIONS_FILE, "登记台账", figs, "事项来源 写 省联办交办 / 市联办交办 / 县联办交办")


# --- 平安建设: 派出所 Word 表 ----------------------------------------------------------------------------------------

SECURITY_FILE = f"红柳派出所家暴告诫及涉黄涉赌案件登记表（{YEAR}年）.docx"


def police_word_table_security(built: Built, rng: random.Random) -> None:
    sheet = Sheet(f"红柳派出所{YEAR}年家暴告诫及涉黄涉赌案件登记表")
    sheet.header([["序号", "日期", "类别", "所属村（社区）", "当事人", "处理结果", "行政拘留（人）"]])
    kinds = {"家庭暴力告诫书": 3, "涉赌治安案件": 3, "涉黄治安案件": 1.2}
    truth = {"家庭暴力告诫书": "家暴告诫书", "涉赌治安案件": "涉赌治安案件", "涉黄治安案件": "涉黄治安案件"}
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(12, 18)), start=1):
        kind = fake.pick(rng, kinds)
        if kind == "家庭暴力告诫书":
            detained, result = 0, "出具告诫书"
        else:
            detained = rng.randint(1, 4)
            result = f"行政拘留{detained}人" + ("，罚款" if rng.random() < 0.5 else "")
        sheet.add(n, f"{day.year}年{day.month}月{day.day}日", kind, rng.choice(VILLAGES), fake.masked(fake.name(rng)),
                  result, detained)  # fmt: skip
        records.append({"occurred_on": day, "type": truth[kind], "detained": detained})
    sheet.doc_after = ["填报人：　　　　所长（签字）：　　　　（盖章）"]
    built.books.append(Book(SECURITY_FILE, [sheet], fmt="docx"))
    built.ledgers["security"] = records
    built.quirk("word_table", SECURITY_FILE, sheet.name,
                ("security.dv_warnings", "security.vice_cases", "security.vice_detentions", "security.dv_detentions"),
                "派出所报来的 Word 表；类别 写 家庭暴力告诫书")  # fmt: skip


# --- 涉诈: UTF-8 BOM CSV --------------------------------------------------------------------------------------------

FRAUD_FILE = "涉诈高危人员管控台账.csv"


def csv_bom_watch_list_fraud_watch(built: Built, rng: random.Random) -> None:
    sheet = Sheet("台账")
    sheet.header(
        [["序号", "姓名", "身份证号", "联系电话", "户籍地", "人员类别", "管控状态", "核减时间", "是否取得联系", "备注"]]
    )
    records = []
    for serial, removed, contacted, (name, idno, phone, place) in fake.watch_list(
        rng, rng.randint(10, 15), list(VILLAGES), 0.4
    ):
        when = fake.dates_in(rng, YEAR, 1)[0] if removed else None
        sheet.add(serial, name, idno, phone, f"{TOWN}{place}", rng.choice(["出境未归", "涉诈前科", "重点关注"]),
                  "已核减" if removed else "在管", None if when is None else f"{when:%Y/%m/%d}", "是" if contacted else "否",
                  "已回国" if removed else None)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(FRAUD_FILE, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["fraud_watch"] = records
    built.quirk("csv_utf8_bom", FRAUD_FILE, "", ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted"),
                "UTF-8 带 BOM；管控状态 在管 / 已核减")  # fmt: skip


# --- 法律顾问: WPS .ods ----------------------------------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}法律顾问服务工作记录（{YEAR}年）.ods"
COUNSEL_KINDS = {"合同审查": ("文书审核", 4), "出具法律意见书": ("法律意见书", 2), "法律咨询": ("法律咨询", 6),
                 "法律援助": ("法律援助", 0.6), "参与信访接待": (None, 1.5), "法治讲座": (None, 1)}  # fmt: skip


def wps_ods_service_record_counsel(built: Built, rng: random.Random) -> None:
    sheet = Sheet("服务记录")
    sheet.title(f"{TOWN}人民政府法律顾问服务工作记录（{YEAR}年）", 7)
    sheet.header([["序号", "服务日期", "服务对象", "服务类型", "具体内容", "数量", "法律顾问"]])
    records = []
    lawyer = f"{fake.name(rng)}（甘肃某律师事务所）"
    for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(40, 55)), start=1):
        kind = fake.pick(rng, {k: w for k, (_, w) in COUNSEL_KINDS.items()})
        service = COUNSEL_KINDS[kind][0]
        quantity = rng.choice([1, 1, 2, 3]) if kind in ("合同审查", "法律咨询") else 1
        written = None if quantity == 1 and rng.random() < 0.5 else quantity
        sheet.add(n, _dot(day), rng.choice(["镇人民政府", *VILLAGES]), kind,
                  {"合同审查": "审查土地流转合同", "出具法律意见书": "就征地补偿方案出具意见", "法律咨询": "解答群众咨询",
                   "法律援助": "协助申请法律援助", "参与信访接待": "参与信访接待日", "法治讲座": "民法典宣讲"}[kind],
                  written, lawyer)  # fmt: skip
        if service:
            records.append({"served_on": day, "service": service, "quantity": written})
    built.books.append(Book(COUNSEL_FILE, [sheet], fmt="ods"))
    built.ledgers["counsel"] = records
    built.quirk("ods_spreadsheet", COUNSEL_FILE, "服务记录",
                ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid"),
                "WPS 另存的 .ods；数量 空着的按 1 件计")  # fmt: skip


# --- 行政应诉 -------------------------------------------------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}行政应诉案件登记表.xlsx"


def leader_with_post_litigation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("应诉登记")
    sheet.title(f"{TOWN}人民政府行政应诉案件登记表", 10)
    sheet.header([["序号", "案号", "原告", "被告", "案由", "收到起诉状日期", "开庭日期", "出庭应诉负责人", "负责人是否出庭",
                   "审理结果"]])  # fmt: skip
    cases = [
        (
            "（2023）甘9901行初58号",
            dt.date(YEAR - 1, 9, 14),
            dt.date(YEAR - 1, 11, 7),
            "张某某（镇长）",
            True,
            "驳回诉讼请求",
        ),
        (
            f"（{YEAR}）甘9901行初12号",
            dt.date(YEAR, 2, 26),
            dt.date(YEAR, 4, 16),
            "张某某（镇长）",
            True,
            "驳回诉讼请求",
        ),
        (f"（{YEAR}）甘9901行初47号", dt.date(YEAR, 5, 8), dt.date(YEAR, 6, 25), "刘某（副镇长）", True, "原告撤诉"),
        (f"（{YEAR}）甘9901行初103号", dt.date(YEAR, 9, 2), dt.date(YEAR, 10, 22), "委托律师出庭", False, "确认违法"),
    ]
    records = []
    for n, (case_no, received, heard, who, appeared, result) in enumerate(cases, start=1):
        sheet.add(n, case_no, fake.masked(fake.name(rng)), f"{TOWN}人民政府",
                  rng.choice(["行政强制（拆除违法建筑）", "土地行政确认", "政府信息公开"]), _dot(received), _dot(heard), who,
                  "是" if appeared else "否", result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(LITIGATION_FILE, [sheet]))
    built.ledgers["litigation"] = records
    built.quirk("leader_with_post", LITIGATION_FILE, "应诉登记",
                ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate"),
                "出庭应诉负责人 写 张某某（镇长）；上年开庭的案件仍在表中")  # fmt: skip


# --- 学法用法: 培训活动 + 法宣在线考试 --------------------------------------------------------------------------------

TRAINING_FILE = f"{TOWN}学法用法及普法培训台账（{YEAR}年）.xlsx"
AUDIENCES = {"法律明白人": 3, "机关干部": 3, "村（社区）两委干部": 2, "行政执法人员": 1.5, "网格员": 1}


def training_and_exam_sheets_training(built: Built, rng: random.Random) -> None:
    sessions = Sheet("培训活动")
    sessions.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", 7)
    sessions.header([["序号", "日期", "培训名称", "培训对象", "培训形式", "参训人数", "主讲人"]])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, rng.randint(10, 15)), start=1):
        audience = fake.pick(rng, AUDIENCES)
        title = (
            "“法律明白人”骨干培训"
            if audience == "法律明白人"
            else rng.choice(["民法典专题培训", "信访工作条例解读", "行政执法三项制度培训"])
        )
        sessions.add(n, day, title, audience,
                     rng.choice(["线下集中培训", "线上", "会前学法"]), rng.randint(15, 70), rng.choice(["司法所长", "法律顾问"]))  # fmt: skip
        records.append({"held_on": day, "audience": audience})
    exams = Sheet("法宣在线考试")
    exams.title(f"{TOWN}{YEAR}年国家工作人员学法考试（法宣在线）参考情况", 6)
    exams.header([["序号", "考试时间", "考试名称", "应参考人数", "实参考人数", "参考率"]])
    for n, (day, name) in enumerate(
        [(dt.date(YEAR, 6, 20), "上半年学法考试"), (dt.date(YEAR, 11, 28), "年度学法考试")], 1
    ):
        required = rng.randint(58, 66)
        taken = required - rng.randint(0, 3)
        exams.add(n, day, name, required, taken, f"{taken / required:.1%}")
        records.append({"held_on": day, "audience": "领导干部", "exam_required": required, "exam_taken": taken})
    built.books.append(Book(TRAINING_FILE, [sessions, exams]))
    built.ledgers["training"] = records
    built.quirk("post_as_speaker", TRAINING_FILE, "培训活动", (),
                "主讲人 写 司法所长 / 法律顾问（职务，不是姓名）：曾作为姓名登记，“法律顾问服务台账”处处显示为“［姓名已隐去］服务台账”")  # fmt: skip
    built.quirk("two_sheets_sessions_and_exams", TRAINING_FILE, "培训活动/法宣在线考试",
                ("training.legal_literacy_sessions", "training.exam_coverage"),
                "培训活动 与 法宣在线考试 分两张表；参考率 写成 98.4% 的文字，不按它平均")  # fmt: skip
