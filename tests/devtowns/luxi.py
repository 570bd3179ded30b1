"""芦溪镇（虚构）2024: the thirty-first development town, whose ledgers were **typed by hand by clerks, with the slips
of hand typing and input methods**.

Homophone and near-shape slips in values and headers (调节成功 for 调解成功, 以化解 / 己化解 for 已化解, 末化解 for
未化解, 当亊人, 纠分类型, 信仿编号 and 上仿人 for 信访, 法律资询, 法律明白入, 行政检査); traditional characters pasted
from another document (調解成功, 糾紛, 行政處罰, 縣聯辦, an extra header row in 繁體 above the simplified one); values
spaced out or with a stray punctuation (调 解 成 功, 已化解。, “已化解”); pinyin initials (YHJ, ZZHJ) explained by a
note under the table; the letters O and l for 0 and 1 (2O24-03-05, l200元, l次); Chinese and full-width punctuation in
dates (2024。3。5, 2024，3，5, 2024/3/5日); amounts with 元 / 块 and in 大写 (贰佰元, 壹佰元整); 合计 rows typed 合 计 or
总计：.

Truth decisions: a slip an office reads one way only is its value (调 解 成 功, 調解成功, 以化解, 2O24-03-05, l200元); 化解终
— a pinyin slip that reads 化解中 but could be taken for 化解终结 — is **化解中** (never more resolved than the ledger
surely says), and the engine must say it assumed so; a pinyin code is read only through its legend."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "芦溪镇"
YEAR = 2024
VILLAGES = ("芦溪社区", "杨柳村", "青山村", "河坝村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    typo_enforcement(built, rng)
    typo_disputes(built, rng)
    traditional_header_mediation(built, rng)
    pinyin_code_petitions(built, rng)
    typo_counsel(built, rng)
    typo_training(built, rng)
    absent = ("disclosure", "security", "fraud_watch", "litigation", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("芦溪镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


def typed_date(d: dt.date, style: str) -> object:
    """A date as a clerk typed it, slips included (the letter O for 0, Chinese or full-width punctuation)."""
    if style == "date":
        return dt.datetime(d.year, d.month, d.day)
    if style == "letter_o":  # 2O24-03-05
        return f"{d:%Y-%m-%d}".replace("0", "O", 1)
    if style == "ideographic_stop":  # 2024。3。5
        return f"{d.year}。{d.month}。{d.day}"
    if style == "fullwidth_comma":  # 2024，3，5
        return f"{d.year}，{d.month}，{d.day}"
    if style == "slash_ri":  # 2024/3/5日
        return f"{d.year}/{d.month}/{d.day}日"
    if style == "dot":
        return f"{d.year}.{d.month}.{d.day}"
    if style == "cn_hao":
        return f"{d.year}年{d.month}月{d.day}号"
    raise ValueError(style)


DATE_STYLES = ("date", "date", "letter_o", "ideographic_stop", "fullwidth_comma", "slash_ri", "dot", "cn_hao")


# --- 行政执法: traditional and near-shape categories, amounts with l / O / 大写 / 块 -------------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年行政执法案件登记台账.xlsx"
CATEGORIES = {"行政许可": 4, "行政检查": 5, "行政处罚": 3, "行政确认": 2}
# How each category was typed: as it should be, pasted in 繁體, with a near-shape character, or short.
CATEGORY_TYPED = {
    "行政许可": ["行政许可", "行政许可", "许可"],
    "行政检查": ["行政检查", "行政檢查", "行政检査"],
    "行政处罚": ["行政处罚", "行政處罰", "处罚"],
    "行政确认": ["行政确认", "行政確認"],
}
FINES = ["l200元", "壹仟贰佰元", "500块", "2OO", "1000", "伍佰元整"]


def typo_enforcement(built: Built, rng: random.Random) -> None:
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}{YEAR}年行政执法案件登记台账", 7)
    sheet.header([["序号", "案件编号", "案件名称", "执法类别", "当亊人", "罚没金额", "决定日期"]])
    records = []
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 26), dt.date(YEAR + 1, 1, 8)]
    for n, day in enumerate(days, start=1):
        category = fake.pick(rng, CATEGORIES)
        case_no = f"芦执字〔{day.year}〕{n}号"
        fine = rng.choice(FINES) if category == "行政处罚" else None
        style = "letter_o" if n in (1, len(days)) else rng.choice(DATE_STYLES)
        sheet.add(n, case_no, f"{category}事项{n}", rng.choice(CATEGORY_TYPED[category]), fake.name(rng), fine,
                  typed_date(day, style))  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": day})
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.licensing", "enforcement.inspection", "enforcement.penalty",
         "enforcement.confirmation")  # fmt: skip
    built.quirk("traditional_pasted", ENFORCEMENT_FILE, "执法台账", f,
                "执法类别 有从别的文件粘贴来的繁体：行政處罰、行政檢查、行政確認：就是 行政处罚、行政检查、行政确认")  # fmt: skip
    built.quirk("near_shape_character", ENFORCEMENT_FILE, "执法台账", f,
                "行政检査（査 与 查 形近）、表头 当亊人（亊 与 事）：一种读法，照读")  # fmt: skip
    built.quirk("letters_for_digits", ENFORCEMENT_FILE, "执法台账", f,
                "决定日期 2O23-12-27、2O25-01-08（字母 O 作 0）：年份照样确定，不计入2024年；罚没金额 l200元、2OO")  # fmt: skip
    built.quirk("amount_in_words_or_kuai", ENFORCEMENT_FILE, "执法台账", (),
                "罚没金额 壹仟贰佰元、伍佰元整、500块：金额，不影响件数")  # fmt: skip


# --- 矛盾纠纷: slipped headers, slipped statuses, dates with Chinese punctuation --------------------------------------

DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.xlsx"
DISPUTE_TYPES = ["邻里纠纷", "婚姻家庭纠纷", "山林土地糾紛", "损害陪偿纠纷", "房屋宅基地纠纷"]
STATUS = {"已化解": 8, "化解中": 1.6, "未化解": 0.6}
# How each status was typed: homophones and near shapes of the IME, a stray full stop, quotes, spaces.
STATUS_TYPED = {
    "已化解": ["已化解", "已化解", "已化解", "以化解", "己化解", "巳化解", "已化解。", "“已化解”", "已 化 解"],
    "化解中": ["化解中", "化解中", "化解终"],
    "未化解": ["未化解", "末化解"],
}


def typo_disputes(built: Built, rng: random.Random) -> None:
    sheet = Sheet("排查台账")
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账", 8)
    sheet.header(
        [["序号", "排查日期", "排查区域（村/社区）", "纠分类型", "当亊人", "简要情况", "化解情况", "包保责任人"]]
    )
    records = []
    days = [dt.date(YEAR - 1, 12, 26), *fake.dates_in(rng, YEAR, 38)]
    for n, day in enumerate(days, start=1):
        status = fake.pick(rng, STATUS)
        typed = rng.choice(STATUS_TYPED[status])
        if n in (7, 23):
            typed = "化解终"  # the ambiguous slip, twice for certain
            status = "化解中"
        style = "letter_o" if n == 1 else rng.choice(DATE_STYLES)
        sheet.add(n, typed_date(day, style), rng.choice(VILLAGES), rng.choice(DISPUTE_TYPES), fake.name(rng),
                  rng.choice(["土地边界争议", "赡养问题", "噪音扰邻", "排水沟堵塞", "借款未还"]), typed, fake.name(rng))  # fmt: skip
        records.append({"screened_on": day, "status": status})
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("homophone_in_header", DISPUTES_FILE, "排查台账", f,
                "表头 纠分类型（分 与 纷 同音）、当亊人（亊 与 事 形近）：仍是 纠纷类型、当事人")  # fmt: skip
    built.quirk("homophone_in_value", DISPUTES_FILE, "排查台账", f,
                "化解情况 以化解（以 与 已 同音）、己化解 / 巳化解（形近）、末化解（末 与 未 形近）：一种读法，照读")  # fmt: skip
    built.quirk("stray_punctuation_or_spaces", DISPUTES_FILE, "排查台账", f,
                "化解情况 已化解。 “已化解” 已 化 解：就是 已化解")  # fmt: skip
    built.quirk("ambiguous_slip", DISPUTES_FILE, "排查台账", f,
                "化解情况 化解终：拼音 huajiezhong 打出的 化解中，也可被读成 化解终结：按 化解中 计（不多计已化解），须提示所作的假定")  # fmt: skip
    built.quirk("date_chinese_punctuation", DISPUTES_FILE, "排查台账", f,
                "排查日期 2024。3。5、2024，3，5、2024/3/5日、2024年3月5号；2O23-12-26 不计入2024年")  # fmt: skip


# --- 人民调解: an extra header row in 繁體, 调节成功, amounts in 大写 / 块 / l00, a 合 计 row --------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记台账（{YEAR}年）.xlsx"
RESULTS = {"调解成功": 8, "调解不成功": 1, "调解中": 1}
RESULT_TYPED = {
    "调解成功": ["调解成功", "调解成功", "调节成功", "調解成功", "调 解 成 功", "调解成功。"],
    "调解不成功": ["调解不成功", "调节不成功", "調解不成功"],
    "调解中": ["调解中", "調解中"],
}
FORM_TYPED = {"口头": ["口头", "口头协议", "口頭"], "书面": ["书面", "书面协议", "書面"]}
# The subsidy as typed: figures, 元 / 块, 大写, the letters l and O.
AMOUNT_TYPED = {
    100: [100, "100元", "壹佰元整", "l00元", "1OO", "100块"],
    200: [200, "200元", "贰佰元", "2OO元", "200块"],
    300: [300, "300元", "叁佰元整", "3OO"],
}


def traditional_header_mediation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("调解台账")
    sheet.title(f"{TOWN}人民调解案件登记台账（{YEAR}年）", 9)
    sheet.header([
        ["序號", "卷號", "受理日期", "糾紛類型", "案件來源", "調解結果", "協議形式", "結案日期", "補貼金額（元）"],
        ["序号", "卷号", "受理日期", "纠纷类型", "案件来源", "调解结果", "协议形式", "结案日期", "补贴金额（元）"],
    ])  # fmt: skip
    records = []
    total = 0
    days = [dt.date(YEAR - 1, 12, 20), *fake.dates_in(rng, YEAR, 24, last=dt.date(YEAR, 12, 10))]
    for n, day in enumerate(days, start=1):
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        subsidy = (100 if form == "口头" else rng.choice([200, 200, 300])) if form else None
        file_no = f"（{day.year}）芦人调字第{n}号"
        closed = day + dt.timedelta(days=rng.randint(3, 20)) if result != "调解中" else None
        sheet.add(n, file_no, typed_date(day, "letter_o" if n == 1 else rng.choice(DATE_STYLES)),
                  rng.choice(DISPUTE_TYPES), rng.choice(["当事人申请", "调委会主动调解", "派出所移交"]),
                  rng.choice(RESULT_TYPED[result]), rng.choice(FORM_TYPED[form]) if form else None,
                  typed_date(closed, rng.choice(DATE_STYLES)) if closed else None,
                  rng.choice(AMOUNT_TYPED[subsidy]) if subsidy else None)  # fmt: skip
        total += subsidy or 0
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    sheet.add("合 计", None, None, None, None, None, None, None, f"{total}元")
    built.books.append(Book(MEDIATION_FILE, [sheet]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("traditional_header_row", MEDIATION_FILE, "调解台账", f,
                "表头两行：上一行是从别的文件粘来的繁体（序號、卷號、糾紛類型、調解結果、補貼金額（元）），下一行是简体：同一表头，不是记录")  # fmt: skip
    built.quirk("homophone_in_value", MEDIATION_FILE, "调解台账", f,
                "调解结果 调节成功 / 调节不成功（调节 与 调解 同音）、調解成功（繁体）、调 解 成 功、调解成功。：一种读法，照读")  # fmt: skip
    built.quirk("amount_in_words_or_kuai", MEDIATION_FILE, "调解台账", ("mediation.subsidy_yuan",),
                "补贴金额 贰佰元、壹佰元整、200块、l00元、2OO元：都是金额")  # fmt: skip
    built.quirk("total_row_spaced", MEDIATION_FILE, "调解台账", f,
                "末行 合 计（中间有空格）与补贴总额：不是记录")  # fmt: skip


# --- 信访: slipped headers, pinyin-initial statuses explained by a note, traditional 縣聯辦 ------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记台账{YEAR}.xlsx"
SOURCES = {"县联办": 5, "市联办": 2, "本级受理": 3}
SOURCE_TYPED = {"县联办": ["县联办", "縣聯辦"], "市联办": ["市联办", "市聯辦"], "本级受理": ["本级受理"]}
PETITION_STATES = {"已化解": 7, "正在化解": 2.5}
PETITION_TYPED = {"已化解": ["YHJ", "YHJ", "yhj", "已化解", "以化解"], "正在化解": ["ZZHJ", "正在化解", "正在花解"]}


def pinyin_code_petitions(built: Built, rng: random.Random) -> None:
    sheet = Sheet("信访台账")
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", 7)
    sheet.header([["序号", "信仿编号", "交办单位", "交办日期", "上仿人", "反映问题", "办理状态"]])
    records = []
    days = [dt.date(YEAR - 1, 12, 28), *fake.dates_in(rng, YEAR, 15)]
    for n, day in enumerate(days, start=1):
        source, status = fake.pick(rng, SOURCES), fake.pick(rng, PETITION_STATES)
        number = f"LX-{day.year}-{n:03d}"
        sheet.add(n, number, rng.choice(SOURCE_TYPED[source]),
                  typed_date(day, "letter_o" if n == 1 else rng.choice(DATE_STYLES)), fake.name(rng),
                  rng.choice(["征地补偿", "低保评定", "道路硬化", "宅基地审批"]), rng.choice(PETITION_TYPED[status]))  # fmt: skip
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})
    sheet.blank()
    sheet.add("注：办理状态栏按拼音首字母填写，YHJ=已化解，ZZHJ=正在化解。")
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("homophone_in_header", PETITIONS_FILE, "信访台账", f,
                "表头 信仿编号、上仿人（仿 与 访 同音）：仍是 信访编号、信访人")  # fmt: skip
    built.quirk("pinyin_initials_with_legend", PETITIONS_FILE, "信访台账", f,
                "办理状态 YHJ / yhj / ZZHJ，表下注：YHJ=已化解，ZZHJ=正在化解：按注读；没有注就不知道")  # fmt: skip
    built.quirk("traditional_pasted", PETITIONS_FILE, "信访台账", f, "交办单位 縣聯辦、市聯辦：就是 县联办、市联办")


# --- 法律顾问: a GBK CSV with 法律资询, 法律意見書, l次 and a 总计： row ----------------------------------------------------

COUNSEL_FILE = f"{TOWN}法律顾问服务台账{YEAR}.csv"
SERVICES = {"法律咨询": 6, "文书审核": 2, "法律意见书": 1, "法律援助": 0.6}
SERVICE_TYPED = {
    "法律咨询": ["法律咨询", "法律资询", "法律咨洵"],
    "文书审核": ["合同审查", "合同审査"],
    "法律意见书": ["出具法律意见书", "法律意見書"],
    "法律援助": ["法律援助"],
}
QUANTITY_TYPED = {1: [1, "1次", "l次", None], 2: [2, "2次", "两次"], 3: [3, "3 次", "叁次"]}


def typo_counsel(built: Built, rng: random.Random) -> None:
    sheet = Sheet("服务台账")
    sheet.add(f"{TOWN}{YEAR}年法律顾问服务台账")
    sheet.header([["序号", "服务日期", "服务对象", "服务类型", "数量", "法律顾问"]])
    records = []
    total = 0
    for n, day in enumerate(fake.dates_in(rng, YEAR, 22), start=1):
        service = fake.pick(rng, SERVICES)
        quantity = rng.choice([1, 2, 3]) if service == "法律咨询" else 1
        style = rng.choice(("ideographic_stop", "fullwidth_comma", "slash_ri", "dot", "cn_hao", "letter_o"))
        sheet.add(n, typed_date(day, style), rng.choice(VILLAGES), rng.choice(SERVICE_TYPED[service]),
                  rng.choice(QUANTITY_TYPED[quantity]), fake.name(rng))  # fmt: skip
        total += quantity
        records.append({"served_on": day, "service": service, "quantity": quantity})
    sheet.add("总计：", None, None, None, total, None)
    built.books.append(Book(COUNSEL_FILE, [sheet], fmt="csv-gbk"))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("homophone_in_value", COUNSEL_FILE, "服务台账", f,
                "服务类型 法律资询 / 法律咨洵（同音、形近）、合同审査、法律意見書（繁体）：一种读法，照读")  # fmt: skip
    built.quirk(
        "letters_for_digits", COUNSEL_FILE, "服务台账", f, "数量 l次（字母 l 作 1）、叁次、两次、3 次；空着是 1"
    )
    built.quirk("total_row_spaced", COUNSEL_FILE, "服务台账", f, "末行 总计：（带冒号）与数量合计：不是记录")
    built.quirk("csv_gbk", COUNSEL_FILE, "服务台账", f)


# --- 学法培训: 法律明白入, 綫上, an exam table with 1O / l2 and a 合 计 row ----------------------------------------------------

TRAINING_FILE = f"{TOWN}{YEAR}年学法用法培训台账.xlsx"
AUDIENCES = {
    "法律明白人": ["法律明白人", "法律明白入"],
    "行政执法人员": ["行政执法人员"],
    "领导干部": ["领导干部", "領導幹部"],
}
EXAM = [("党政办", 12, 12), ("司法所", 5, 5), ("综治中心", 6, 5), ("农业服务中心", 10, 9), ("财政所", 4, 4)]


def typed_count(n: int, rng: random.Random) -> object:
    """A count typed with the letter O for 0 or l for 1 where it has such a digit."""
    text = str(n)
    if "0" in text and rng.random() < 0.6:
        return text.replace("0", "O")
    if "1" in text and rng.random() < 0.6:
        return text.replace("1", "l")
    return n


def typo_training(built: Built, rng: random.Random) -> None:
    sessions = Sheet("培训台账")
    sessions.title(f"{TOWN}{YEAR}年学法用法培训台账", 6)
    sessions.header([["序号", "培训日期", "培训主题", "培训对象", "培训形式", "参训人数"]])
    records = []
    days = fake.dates_in(rng, YEAR, 9)
    for n, day in enumerate(days, start=1):
        audience = rng.choice(list(AUDIENCES)) if n > 2 else "法律明白人"
        sessions.add(n, typed_date(day, rng.choice(DATE_STYLES)), rng.choice(["民法典宣讲", "土地管理法", "行政处罚法"]),
                     rng.choice(AUDIENCES[audience]), rng.choice(["线上", "线下", "綫上", "綫下"]),
                     typed_count(rng.randint(10, 60), rng))  # fmt: skip
        records.append({"held_on": day, "audience": audience})
    exam = Sheet("法宣在线考试")
    exam.title(f"{TOWN}{YEAR}年领导干部法宣在线考试参考情况", 4)
    exam.header([["科室", "应参考人数", "实参考人数", "备注"]])
    for office, required, taken in EXAM:
        exam.add(office, typed_count(required, rng), typed_count(taken, rng), None)
    exam.add("合 计", sum(e[1] for e in EXAM), sum(e[2] for e in EXAM), None)
    # The exam's counts as one record dated in the year (the truth sums required and taken).
    records.append({"held_on": dt.date(YEAR, 11, 30), "audience": None,
                    "exam_required": sum(e[1] for e in EXAM), "exam_taken": sum(e[2] for e in EXAM)})  # fmt: skip
    built.books.append(Book(TRAINING_FILE, [sessions, exam]))
    built.ledgers["training"] = records
    f = ("training.legal_literacy_sessions", "training.exam_coverage")
    built.quirk("near_shape_character", TRAINING_FILE, "培训台账", f,
                "培训对象 法律明白入（入 与 人 形近）、領導幹部、培训形式 綫上（繁体）：一种读法，照读")  # fmt: skip
    built.quirk("letters_for_digits", TRAINING_FILE, "法宣在线考试", f,
                "应参考人数 1O、l2（字母 O、l 作 0、1）；末行 合 计：不是记录")  # fmt: skip
