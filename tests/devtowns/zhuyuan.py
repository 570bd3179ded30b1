"""竹园镇（虚构）2024: the thirty-eighth development town, whose offices **write the way people type by hand and in
old software**: traditional and variant characters in headers and values, full-width digits and letters, dates in
Chinese numerals, amounts with ￥ / 人民币…元正 / 万元, and a register whose every record takes two physical rows.

- Enforcement is known **only from the 行政执法三项制度 公示**: the 行政执法公示信息表 (事后公示 of decisions, headers
  pasted in 繁體 — 執法決定文書號, 執法類別, 執法決定日期 — and categories 行政處罰 / 行政**処**罰 (処, a variant of 處) /
  行政檢查 / 行政許可 / 行政確認; document numbers typed with **full-width digits** 竹园执罚〔２０２４〕３号, one decision
  published twice, once in full-width and once in ASCII digits; dates 二〇二四年三月五日 / **二零二四年三月五日** /
  **2024年三月五日** / ２０２４．３．５) and, in a book of its own, the **重大执法决定法制审核登记表** (the same
  decisions reviewed before they were made, one refused, one reviewed in December for a decision of January 2025).
- The 人民调解 登记簿 keeps **each case on two physical rows**: the first row the registration (卷宗号, 受理日期, 纠纷类型,
  当事人, 简要情况), the second row — 序号 and 卷宗号 blank — the outcome under the same columns (处理结果/备注 under
  简要情况, 調解結果, 協議形式, 補貼金額); results 調**觧**成功 (觧, a variant of 解), 調解不成功; amounts **￥200.00**,
  **¥100**, **人民币壹佰元整**, **贰佰元正** (正 for 整), **０.０３万元**, **0.12万元**, **￥1,200.00**; one 受理日期 typed
  **三月初五** (no year, no 公历 or 农历: the title's year is certain, the day is not).
- The 矛盾纠纷 排查表 has its header in 繁體 (糾紛類型, 化解狀態, 當事人), 编号 in **full-width letters and digits**
  (ＺＹ－２０２４－００１), 化解狀態 已化觧 / 化觧中 / 穩控中, and dates in Chinese numerals, some yearless (三月五日).
- The 行政覆議及應訴 register mixes **行政覆議** (覆議, the form written where 覆 is not folded to 复) with 行政訴訟.

Truth decisions: a variant character names the same thing as the standard one (処罰 = 处罚, 調觧 = 调解, 覆議 = 复议);
full-width digits and letters are the same digits and letters (one decision published twice is one case); the second
row of a two-row record completes the first, never a record of its own; the 法制审核登记 is another document of 三项制度
(reviews, some never decided), counted by no figure; 三月初五 is a date of 2024 (the title's year) whose day is not
guessed; 0.12万元 is 1200 元."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built, plain_counsel_register
from .truth import Null

TOWN = "竹园镇"
YEAR = 2024
VILLAGES = ("竹园社区", "青竹村", "白沙村", "龙井村", "茅坪村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}

_CN_DIGITS = "〇一二三四五六七八九"


def cn_number(n: int) -> str:
    """A month or day in Chinese numerals as documents write them: 五, 十, 十二, 二十, 二十六, 三十一."""
    tens, ones = divmod(n, 10)
    if not tens:
        return _CN_DIGITS[ones]
    return ("" if tens == 1 else _CN_DIGITS[tens]) + "十" + (_CN_DIGITS[ones] if ones else "")


def typed_date(d: dt.date, style: str) -> object:
    """A date as the office typed it; styles named after the habit."""
    year_cn = "".join(_CN_DIGITS[int(c)] for c in str(d.year))
    if style == "date":
        return dt.datetime(d.year, d.month, d.day)
    if style == "numeral_ling_circle":  # 二〇二四年三月五日
        return f"{year_cn}年{cn_number(d.month)}月{cn_number(d.day)}日"
    if style == "numeral_ling_zero":  # 二零二四年三月五日: 零 typed for 〇
        return f"{year_cn.replace('〇', '零')}年{cn_number(d.month)}月{cn_number(d.day)}日"
    if style == "arabic_year_numeral_day":  # 2024年三月五日
        return f"{d.year}年{cn_number(d.month)}月{cn_number(d.day)}日"
    if style == "fullwidth_dot":  # ２０２４．３．５
        return fake.fullwidth(f"{d.year}.{d.month}.{d.day}").replace(".", "．")
    if style == "fullwidth_cn":  # ２０２４年３月５日
        return fake.fullwidth(f"{d.year}年{d.month}月{d.day}日")
    if style == "numeral_yearless":  # 三月五日: the year in the title
        return f"{cn_number(d.month)}月{cn_number(d.day)}日"
    if style == "cn":
        return f"{d.year}年{d.month}月{d.day}日"
    raise ValueError(style)


DATE_STYLES = ("date", "numeral_ling_circle", "numeral_ling_zero", "arabic_year_numeral_day", "fullwidth_dot",
               "fullwidth_cn", "cn")  # fmt: skip


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    traditional_publication_enforcement(built, rng)
    legal_review_register_not_cases(built, rng)
    two_row_records_mediation(built, rng)
    traditional_header_fullwidth_code_disputes(built, rng)
    variant_review_and_lawsuit_litigation(built, rng)
    name = plain_counsel_register(built, rng, TOWN, YEAR, VILLAGES, 24)
    built.quirk("plain_counsel_register", name, "服务台账", "counsel.*", "对照：一张普通的法律顾问服务台账")
    absent = ("normative_documents", "disclosure", "security", "fraud_watch", "training")
    for kind in absent:
        built.ledgers[kind] = Null("竹园镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 行政执法: the 三项制度 事后公示 in 繁體 with 処 and full-width document numbers ------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年行政执法公示信息表.xlsx"
CATEGORIES = {"行政处罚": 4, "行政检查": 5, "行政许可": 3, "行政确认": 2, "行政强制": 1}
CATEGORY_TYPED = {
    "行政处罚": ["行政處罰", "行政処罰", "行政处罚"],
    "行政检查": ["行政檢查", "行政检查"],
    "行政许可": ["行政許可", "行政许可"],
    "行政确认": ["行政確認"],
    "行政强制": ["行政強制"],
}
ABBREVIATION = {"行政处罚": "罚", "行政检查": "检", "行政许可": "许", "行政确认": "确", "行政强制": "强"}
ENFORCEMENT_FIGURES = ("enforcement.cases", "enforcement.penalty", "enforcement.inspection", "enforcement.licensing",
                       "enforcement.confirmation", "enforcement.coercion")  # fmt: skip
# The penalties of the year, for the 法制审核 register (a review precedes each 重大 decision).
PENALTIES: list[tuple[str, dt.date]] = []


def document_number(category: str, year: int, n: int, fullwidth: bool) -> str:
    digits = f"〔{year}〕{n}号"
    return f"竹园执{ABBREVIATION[category]}" + (fake.fullwidth(digits) if fullwidth else digits)


def traditional_publication_enforcement(built: Built, rng: random.Random) -> None:
    sheet = Sheet("事后公示")
    sheet.title(f"{TOWN}{YEAR}年行政执法公示信息表（事后公示）", 8)
    sheet.header(
        [["序號", "執法決定文書號", "行政相對人", "執法類別", "執法結論", "執法決定日期", "公示日期", "公示載體"]]
    )
    records = []
    days = [dt.date(YEAR - 1, 12, 28), *fake.dates_in(rng, YEAR, 30, last=dt.date(YEAR, 12, 20))]
    serial: dict[tuple[str, int], int] = {}
    PENALTIES.clear()
    row = 0
    for day in days:
        category = fake.pick(rng, CATEGORIES)
        serial[category, day.year] = serial.get((category, day.year), 0) + 1
        n = serial[category, day.year]
        fullwidth = rng.random() < 0.4
        number = document_number(category, day.year, n, fullwidth)
        canonical = document_number(category, day.year, n, False)
        published = day + dt.timedelta(days=rng.randint(2, 7))
        conclusion = {"行政处罚": "罚款", "行政检查": "未发现问题", "行政许可": "准予许可", "行政确认": "予以确认",
                      "行政强制": "查封"}[category]  # fmt: skip
        row += 1
        sheet.add(row, number, fake.name(rng), rng.choice(CATEGORY_TYPED[category]), conclusion,
                  typed_date(day, rng.choice(DATE_STYLES)), typed_date(published, "cn"), "政府门户网站")  # fmt: skip
        records.append({"case_no": canonical, "category": category, "decided_on": day})
        if category == "行政处罚" and day.year == YEAR:
            PENALTIES.append((canonical, day))
        if row == 9:
            # Published again (更正公示) with the other digits: one decision.
            row += 1
            other = document_number(category, day.year, n, not fullwidth)
            sheet.add(row, other, fake.name(rng), rng.choice(CATEGORY_TYPED[category]), conclusion,
                      typed_date(day, "cn"), typed_date(published + dt.timedelta(days=10), "cn"), "政务公开栏")  # fmt: skip
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    built.ledgers["enforcement"] = records
    built.quirk("traditional_header_pasted", ENFORCEMENT_FILE, "事后公示", ENFORCEMENT_FIGURES,
                "表头繁体：序號、執法決定文書號、行政相對人、執法類別、執法決定日期、公示載體")  # fmt: skip
    built.quirk("variant_character", ENFORCEMENT_FILE, "事后公示", ENFORCEMENT_FIGURES,
                "执法类别 行政処罰（処 是 處 的异体字）、行政處罰、行政檢查、行政許可、行政確認、行政強制")  # fmt: skip
    built.quirk("fullwidth_document_number", ENFORCEMENT_FILE, "事后公示", ENFORCEMENT_FIGURES,
                "文书号 竹园执罚〔２０２４〕３号（全角数字）；同一决定公示两次，一次全角一次半角：计一件")  # fmt: skip
    built.quirk("numeral_dates", ENFORCEMENT_FILE, "事后公示", ENFORCEMENT_FIGURES,
                "执法决定日期 二〇二四年三月五日、二零二四年三月五日、2024年三月五日、２０２４．３．５；2023年12月28日的一件不计入")  # fmt: skip
    built.quirk("publication_only_enforcement", ENFORCEMENT_FILE, "事后公示", ENFORCEMENT_FIGURES,
                "行政执法只有三项制度的事后公示：决定日期与公示日期并列，年份按决定日期")  # fmt: skip


REVIEW_FILE = f"{TOWN}重大执法决定法制审核登记表（{YEAR}年）.xlsx"


def legal_review_register_not_cases(built: Built, rng: random.Random) -> None:
    """The 法制审核 register: reviews before 重大 decisions, one refused, one for a decision of next January."""
    sheet = Sheet("法制审核登记")
    sheet.title(f"{TOWN}重大执法决定法制审核登记表（{YEAR}年）", 9)
    sheet.header([["序号", "审核编号", "送审日期", "送审机构", "拟作出的执法决定", "执法决定文书号", "审核意见",
                   "审核人", "审核完成日期"]])  # fmt: skip
    n = 0
    for number, day in PENALTIES[:3]:
        n += 1
        sent = day - dt.timedelta(days=rng.randint(5, 9))
        sheet.add(n, f"竹园法审〔{YEAR}〕{n}号", typed_date(sent, "numeral_ling_circle"), "综合行政执法办公室",
                  f"罚款人民币{rng.choice(['伍仟', '壹万', '贰万'])}元", number, "同意",
                  fake.name(rng), typed_date(day - dt.timedelta(days=2), "numeral_ling_circle"))  # fmt: skip
    n += 1
    sheet.add(n, f"竹园法审〔{YEAR}〕{n}号", typed_date(dt.date(YEAR, 9, 9), "numeral_ling_circle"), "综合行政执法办公室",
              "罚款人民币叁万元", "/", "不同意（事实不清，退回补充调查）", fake.name(rng),
              typed_date(dt.date(YEAR, 9, 12), "numeral_ling_circle"))  # fmt: skip
    n += 1
    sheet.add(n, f"竹园法审〔{YEAR}〕{n}号", typed_date(dt.date(YEAR, 12, 23), "numeral_ling_circle"),
              "综合行政执法办公室", "罚款人民币1.2万元", f"竹园执罚〔{YEAR + 1}〕1号", "同意", fake.name(rng),
              typed_date(dt.date(YEAR, 12, 26), "numeral_ling_circle"))  # fmt: skip
    built.books.append(Book(REVIEW_FILE, [sheet]))
    built.quirk("review_register_not_cases", REVIEW_FILE, "法制审核登记", ENFORCEMENT_FIGURES,
                "重大执法决定法制审核登记表单独一本：审核不是决定（一件不同意、一件是2025年1月的决定）：不计入案件")  # fmt: skip


# --- 人民调解: each case on two rows, variant 觧, amounts with ￥ / 人民币 / 元正 / 万元 -------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记簿（{YEAR}年）.xlsx"
RESULTS = {"调解成功": 8, "调解不成功": 1.2, "调解中": 0.8}
RESULT_TYPED = {
    "调解成功": ["調解成功", "調觧成功", "调解成功", "调觧成功"],
    "调解不成功": ["調解不成功", "调解不成功"],
    "调解中": ["调解中", "調解中"],
}
FORM_TYPED = {"口头": ["口頭", "口头协议", "口頭協議"], "书面": ["書面", "书面协议", "書面協議"]}
AMOUNT_TYPED = {
    100: ["￥100.00", "¥100", "人民币壹佰元整", "壹佰元正", "１００元", "0.01万元"],
    200: ["￥200.00", "¥200", "人民币贰佰元整", "贰佰元正", "２００元", "0.02万元"],
    300: ["￥300.00", "叁佰元整", "人民币叁佰元正", "０.０３万元"],
}
DISPUTE_TYPES = ["邻里糾紛", "婚姻家庭糾紛", "山林土地糾紛", "損害賠償糾紛", "房屋宅基地纠纷"]
MEDIATION_FIGURES = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")


def two_row_records_mediation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("登记簿")
    sheet.title(f"{TOWN}人民调解委员会案件登记簿（{YEAR}年）", 10)
    sheet.header([["序号", "卷宗号", "受理日期", "纠纷类型", "申请人", "被申请人", "纠纷简要情况（下行：处理结果）",
                   "調解結果", "協議形式", "補貼金額"]])  # fmt: skip
    records = []
    days = [dt.date(YEAR - 1, 12, 26), *fake.dates_in(rng, YEAR, 26, last=dt.date(YEAR, 12, 6))]
    for n, day in enumerate(days, start=1):
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        subsidy = (100 if form == "口头" else rng.choice([200, 200, 300])) if form else None
        typed_amount = rng.choice(AMOUNT_TYPED[subsidy]) if subsidy else None
        if n == 12 and form:
            subsidy, typed_amount = 1200, "0.12万元"  # a 重大 collective dispute: a county's own rate
        if n == 20 and form:
            subsidy, typed_amount = 1200, "￥1,200.00"
        number = f"（{day.year}）竹人调字第{n}号"
        typed_number = fake.fullwidth(number) if rng.random() < 0.3 else number
        accepted = "三月初五" if n == 8 else typed_date(day, rng.choice(DATE_STYLES))
        if n == 8:
            day = dt.date(YEAR, 4, 13)  # lunar 三月初五 of 2024; either reading is of 2024, the day is not guessed
        sheet.add(n, typed_number, accepted, rng.choice(DISPUTE_TYPES), fake.name(rng), fake.name(rng),
                  rng.choice(["宅基地边界争议", "赡养费分担", "排水沟堵塞", "借款未还", "林地界址不清"]),
                  None, None, None)  # fmt: skip
        outcome = {"调解成功": "经调解双方达成协议，已履行", "调解不成功": "调解不成，告知诉讼途径",
                   "调解中": "正在调解"}[result]  # fmt: skip
        sheet.add(None, None, None, None, None, None, f"处理结果：{outcome}", rng.choice(RESULT_TYPED[result]),
                  rng.choice(FORM_TYPED[form]) if form else None, typed_amount)  # fmt: skip
        records.append({"file_no": number, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    built.books.append(Book(MEDIATION_FILE, [sheet]))
    built.ledgers["mediation"] = records
    built.quirk("record_on_two_rows", MEDIATION_FILE, "登记簿", MEDIATION_FIGURES,
                "每件占两行：上行登记（卷宗号、受理日期、当事人），下行 序号 卷宗号 空着，同一列下写处理结果、调解结果、协议形式、补贴金额")  # fmt: skip
    built.quirk("variant_character", MEDIATION_FILE, "登记簿", MEDIATION_FIGURES,
                "调解结果 調觧成功（觧 是 解 的异体字）、調解不成功；协议形式 口頭、書面協議")  # fmt: skip
    built.quirk("amount_marks", MEDIATION_FILE, "登记簿", ("mediation.subsidy_yuan",),
                "补贴金额 ￥200.00、¥100、人民币壹佰元整、贰佰元正（正 作 整）、１００元、0.12万元、０.０３万元、￥1,200.00")  # fmt: skip
    built.quirk("fullwidth_document_number", MEDIATION_FILE, "登记簿", MEDIATION_FIGURES,
                "卷宗号 （２０２４）竹人调字第３号（全角）")  # fmt: skip
    built.quirk("numeral_dates", MEDIATION_FILE, "登记簿", MEDIATION_FIGURES,
                "受理日期 二〇二四年三月五日、二零二四年三月五日、２０２４年３月５日；2023年12月26日的一件不计入")  # fmt: skip
    built.quirk("lunar_style_day_without_year", MEDIATION_FILE, "登记簿", MEDIATION_FIGURES,
                "受理日期 三月初五：没有年份，也没写公历农历：年份取标题（2024），日子不猜")  # fmt: skip


# --- 矛盾纠纷: a 繁體 header, full-width codes, 化觧, yearless numeral dates ---------------------------------------------

DISPUTES_FILE = f"{TOWN}矛盾糾紛排查化解登記表（{YEAR}年）.xlsx"
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.5}
STATUS_TYPED = {
    "已化解": ["已化解", "已化觧", "已化解", "化解成功"],
    "化解中": ["化解中", "化觧中", "穩控中"],
    "未化解": ["未化解", "未化觧"],
}
DISPUTES_FIGURES = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")


def traditional_header_fullwidth_code_disputes(built: Built, rng: random.Random) -> None:
    sheet = Sheet("排查登記")
    sheet.title(f"{TOWN}{YEAR}年矛盾糾紛排查化解登記表", 9)
    sheet.header([["序號", "編號", "排查日期", "村（社區）", "糾紛類型", "當事人", "簡要情況", "化解狀態", "責任人"]])
    records = []
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 36)]
    styles = (*DATE_STYLES, "numeral_yearless", "numeral_yearless")
    for n, day in enumerate(days, start=1):
        status = fake.pick(rng, STATUS)
        code = fake.fullwidth(f"{day.year}-{n:03d}").replace("-", "－")
        style = "numeral_ling_circle" if n == 1 else rng.choice(styles)
        sheet.add(n, f"ＺＹ－{code}", typed_date(day, style), rng.choice(VILLAGES), rng.choice(DISPUTE_TYPES),
                  fake.name(rng), rng.choice(["土地边界争议", "赡养问题", "噪音扰邻", "借款未还"]),
                  rng.choice(STATUS_TYPED[status]), fake.name(rng))  # fmt: skip
        records.append({"screened_on": day, "status": status})
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    built.quirk("traditional_header_pasted", DISPUTES_FILE, "排查登記", DISPUTES_FIGURES,
                "表头繁体：序號、編號、村（社區）、糾紛類型、當事人、化解狀態、責任人")  # fmt: skip
    built.quirk("variant_character", DISPUTES_FILE, "排查登記", DISPUTES_FIGURES,
                "化解状态 已化觧、化觧中、未化觧（觧 是 解 的异体字）、穩控中")  # fmt: skip
    built.quirk(
        "fullwidth_letters",
        DISPUTES_FILE,
        "排查登記",
        DISPUTES_FIGURES,
        "编号 ＺＹ－２０２４－００１（全角字母和数字）",
    )
    built.quirk("numeral_dates", DISPUTES_FILE, "排查登記", DISPUTES_FIGURES,
                "排查日期 二〇二四年三月五日、二零二四年…、2024年三月五日、三月五日（无年份，取标题）；二〇二三年十二月二十七日 不计入")  # fmt: skip


# --- 行政复议与应诉: 覆議 and 訴訟 in one register ---------------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}行政覆議及應訴案件登記表.xlsx"
LITIGATION_FIGURES = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")


def variant_review_and_lawsuit_litigation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("覆議應訴")
    sheet.title(f"{TOWN}{YEAR}年行政覆議及行政應訴案件登記表", 9)
    sheet.header([["序號", "案號", "案件類型", "申請人（原告）", "被申請人（被告）", "案由", "開庭日期",
                   "負責人是否出庭", "審理結果"]])  # fmt: skip
    records = []
    rows = [
        ("行政訴訟", dt.date(YEAR, 4, 17), True, "驳回诉讼请求"),
        ("行政覆議", None, None, "维持"),
        ("行政訴訟", dt.date(YEAR, 7, 9), False, "撤诉"),
        ("行政覆議", None, None, "终止"),
        ("行政訴訟", dt.date(YEAR, 10, 22), True, "驳回诉讼请求"),
        ("行政訴訟", dt.date(YEAR + 1, 1, 14), True, None),
    ]
    lawsuits = reviews = 0
    for n, (kind, heard, appeared, result) in enumerate(rows, start=1):
        if kind == "行政訴訟":
            lawsuits += 1
            number = f"（{(heard or dt.date(YEAR, 1, 1)).year}）黔9901行初{10 + lawsuits}号"
        else:
            reviews += 1
            number = f"竹覆〔{YEAR}〕{reviews}号"
        sheet.add(n, number, kind, fake.name(rng), f"{TOWN}人民政府", rng.choice(["土地征收补偿", "违法建设拆除", "行政处罚"]),
                  typed_date(heard, "numeral_ling_circle") if heard else "/",
                  {True: "是", False: "否", None: "/"}[appeared], result)  # fmt: skip
        if kind == "行政訴訟":
            records.append({"case_no": number, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(LITIGATION_FILE, [sheet]))
    built.ledgers["litigation"] = records
    built.quirk("variant_character", LITIGATION_FILE, "覆議應訴", LITIGATION_FIGURES,
                "案件类型 行政覆議（覆 不折成 复）与 行政訴訟：复议不是诉讼，不计入应诉")  # fmt: skip
    built.quirk("numeral_dates", LITIGATION_FILE, "覆議應訴", LITIGATION_FIGURES,
                "开庭日期 二〇二四年四月十七日；二〇二五年一月十四日 的一件不计入")  # fmt: skip
