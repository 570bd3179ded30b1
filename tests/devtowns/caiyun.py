"""彩云镇（虚构）2024: the forty-fourth development town, whose offices record status and categories **by marks and
formatting rather than words**: the fill colour of a row, a symbol in a cell, a tick typed as the letter a symbol
font draws it with, red or bold text, a star; and a 注 under the table saying what each mark means.

The 矛盾纠纷 register has no 化解情况 column at all: each row is filled green, yellow or red, and a line under the table
says 注：绿色为已化解，黄色为化解中，红色为未化解. The 人民调解 register writes its 调解结果 as √ / × / ○ and its 协议形式 as a
radio choice ●口头 ○书面, both explained by a note. The 涉诈 list's 是否取得联系 holds the letters ü / û (and, from the
second clerk's rows, P / O) in the Wingdings (Wingdings 2) font: Excel shows ✓ and ✗, the cell stores a letter. The
信访 register marks repeated petitions in red bold text only. The counsel's log writes ★ in 服务类型 for a 法律意见书
(注：服务类型栏标★的为出具法律意见书). The 应诉 register's 负责人是否出庭 is typed from a phone: ✔️, ✔︎, ❌, ✖. The
普法 register ticks its 参加对象 columns with ✔, √, ✓ and ✔️.

Truth decisions: a mark means what the table's own legend says (an office reads it so); a row's fill is its 化解情况
when the legend under the table gives the colours (no words in the row say otherwise); a tick drawn by a symbol font
is the tick the page shows; red or bold text marks what the note says (重复信访), which no figure counts."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "彩云镇"
YEAR = 2024
VILLAGES = ("彩云社区", "石门坎村", "白龙潭村", "青杠林村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    fill_colour_status_disputes(built, rng)
    symbol_results_mediation(built, rng)
    wingdings_ticks_fraud_watch(built, rng)
    red_bold_repeats_petitions(built, rng)
    star_marks_counsel(built, rng)
    phone_typed_marks_litigation(built, rng)
    glyph_tick_matrix_training(built, rng)
    absent = ("enforcement", "disclosure", "security", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("彩云镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 矛盾纠纷: 化解情况 only as the row's fill colour, the legend under the table ----------------------------------------

DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账.xlsx"
# Excel's own 好 / 适中 / 差 cell styles: the fills a clerk picks from the 单元格样式 gallery.
FILLS = {"已化解": "C6EFCE", "化解中": "FFEB9C", "未化解": "FFC7CE"}
STATUS = {"已化解": 8, "化解中": 1.6, "未化解": 0.7}


def fill_colour_status_disputes(built: Built, rng: random.Random) -> None:
    sheet = Sheet("排查台账")
    head = ["序号", "排查日期", "村（社区）", "纠纷类型", "纠纷简要情况", "包案责任人", "备注"]
    sheet.title(f"{TOWN}{YEAR}年矛盾纠纷排查化解台账", len(head))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 31), start=1):
        status = fake.pick(rng, STATUS)
        kind = rng.choice(["邻里纠纷", "婚姻家庭纠纷", "土地纠纷", "山林纠纷", "劳务纠纷"])
        row = sheet.add(n, f"{day:%Y.%m.%d}", rng.choice(VILLAGES), kind,
                        rng.choice(["因宅基地界址发生争执", "因赡养老人费用分担发生争执", "因务工工资结算发生争执"]),
                        fake.name(rng), None)  # fmt: skip
        sheet.filled_rows[row] = FILLS[status]
        records.append({"screened_on": day, "status": status})
    sheet.blank()
    note = sheet.add("注：绿色为已化解，黄色为化解中，红色为未化解。")
    sheet.merges.append((note, 1, note, len(head)))
    sheet.add("填表人：", None, None, "审核人：")
    built.books.append(Book(DISPUTES_FILE, [sheet]))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("status_by_fill_colour", DISPUTES_FILE, "排查台账", f,
                "没有化解情况列：整行填充绿色/黄色/红色，表下 注：绿色为已化解，黄色为化解中，红色为未化解")  # fmt: skip


# --- 人民调解: 调解结果 √ / × / ○ and 协议形式 ●口头 ○书面, explained by a note -----------------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记表（{YEAR}年）.xlsx"
RESULT_MARKS = {"调解成功": "√", "调解不成功": "×", "调解中": "○"}
RESULTS = {"调解成功": 8, "调解不成功": 1, "调解中": 0.8}
RATES = {"口头": 100, "书面": 200}


def symbol_results_mediation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("登记表")
    head = ["序号", "卷宗号", "受理日期", "纠纷类型", "调解结果", "协议形式", "补贴金额（元）"]
    sheet.title(f"{TOWN}人民调解案件登记表", len(head))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 26), start=1):
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"]) if result == "调解成功" else None
        subsidy = RATES[form] if form else None
        file_no = f"彩调〔{YEAR}〕{n}号"
        radio = {"口头": "●口头 ○书面", "书面": "○口头 ●书面", None: "○口头 ○书面"}[form]
        sheet.add(n, file_no, f"{day.month}月{day.day}日", rng.choice(["邻里纠纷", "婚姻家庭纠纷", "损害赔偿纠纷"]),
                  RESULT_MARKS[result], radio, subsidy)  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "result": result, "form": form, "subsidy": subsidy})
    sheet.blank()
    note = sheet.add("注：调解结果栏 √表示调解成功，×表示调解不成功，○表示调解中；协议形式栏 ●为选中项。")
    sheet.merges.append((note, 1, note, len(head)))
    built.books.append(Book(MEDIATION_FILE, [sheet]))
    built.ledgers["mediation"] = records
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("result_symbols_with_note", MEDIATION_FILE, "登记表", f,
                "调解结果 只写 √ / × / ○，表下 注：√表示调解成功，×表示调解不成功，○表示调解中")  # fmt: skip
    built.quirk("radio_choice_in_cell", MEDIATION_FILE, "登记表", f,
                "协议形式 印着 ●口头 ○书面（单选按钮导出的样子）：● 是选中项；没有协议的写 ○口头 ○书面")  # fmt: skip


# --- 涉诈: 是否取得联系 typed as the letters a symbol font draws as ticks ---------------------------------------------------

FRAUD_FILE = f"{TOWN}涉诈高危人员管控台账.xlsx"
# The letter each clerk types and the font that draws it: Wingdings ü = ✓, û = ✗ (Alt+0252 / Alt+0251 with the font
# set); the second clerk's Wingdings 2 P = ✓, O = ✗ (the letters on the keyboard).
SYMBOL_TICKS = {("Wingdings", True): "ü", ("Wingdings", False): "û", ("Wingdings 2", True): "P",
                ("Wingdings 2", False): "O"}  # fmt: skip


def wingdings_ticks_fraud_watch(built: Built, rng: random.Random) -> None:
    head = ["序号", "姓名", "身份证号码", "联系电话", "户籍地", "管控状态", "是否取得联系", "包保责任人"]
    sheet = Sheet("管控台账")
    sheet.title(f"{TOWN}涉诈高危人员管控台账", len(head))
    sheet.header([head])
    records = []
    for n, removed, contacted, person in fake.watch_list(rng, 16, list(VILLAGES), 0.3):
        font = "Wingdings" if n <= 9 else "Wingdings 2"
        row = sheet.add(n, *person, "已核减" if removed else "在册", SYMBOL_TICKS[(font, contacted)], fake.name(rng))
        sheet.cell_fonts[(row, 7)] = {"name": font}
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(FRAUD_FILE, [sheet]))
    built.ledgers["fraud_watch"] = records
    f = ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted")
    built.quirk("symbol_font_ticks", FRAUD_FILE, "管控台账", "fraud_watch.contacted",
                "是否取得联系 格内存的是字母 ü / û（Wingdings 字体，显示 ✓ / ✗），第10行起 P / O（Wingdings 2）")  # fmt: skip
    built.quirk("plain_status_for_contrast", FRAUD_FILE, "管控台账", f, "管控状态 写文字 在册 / 已核减")


# --- 信访: repeated petitions in red bold text only ------------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}信访事项登记台账（{YEAR}年）.xlsx"
SOURCES = {"县联办": 5, "市联办": 2, "本级受理": 3}
PETITION_STATES = {"已化解": 7, "正在化解": 2}


def red_bold_repeats_petitions(built: Built, rng: random.Random) -> None:
    head = ["序号", "信访编号", "交办单位", "交办日期", "信访人", "反映问题", "办理状态"]
    sheet = Sheet("信访台账")
    sheet.title(f"{TOWN}{YEAR}年信访事项登记台账", len(head))
    sheet.header([head])
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 19), start=1):
        source, status = fake.pick(rng, SOURCES), fake.pick(rng, PETITION_STATES)
        number = f"CY{YEAR}{n:03d}"
        row = sheet.add(n, number, source, f"{day:%Y-%m-%d}", fake.masked(fake.name(rng)),
                        rng.choice(["征地补偿", "低保评定", "道路硬化", "土地承包"]), status)  # fmt: skip
        if rng.random() < 0.3:  # a repeated petition: the whole row in red bold, nothing written
            for c in range(1, len(head) + 1):
                sheet.cell_fonts[(row, c)] = {"bold": True, "color": "FF0000"}
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})
    sheet.blank()
    sheet.add("注：红色加粗字体的为重复信访事项。")
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("repeat_marked_by_red_bold_font", PETITIONS_FILE, "信访台账", f,
                "重复信访 只用红色加粗字体标出（表下 注：红色加粗字体的为重复信访事项）：仍是一件件信访事项，没有指标数它")  # fmt: skip


# --- 法律顾问: ★ in 服务类型 for a 法律意见书 ----------------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}法律顾问工作日志（{YEAR}年）.xlsx"
COUNSEL_TYPES = {"法律咨询": 6, "审查合同": 2, "★": 1.2, "法律援助": 0.6}
COUNSEL_TRUTH = {"法律咨询": "法律咨询", "审查合同": "文书审核", "★": "法律意见书", "法律援助": "法律援助"}


def star_marks_counsel(built: Built, rng: random.Random) -> None:
    head = ["序号", "服务日期", "服务村（社区）", "服务类型", "服务内容", "数量"]
    sheet = Sheet("工作日志")
    sheet.title(f"{TOWN}{YEAR}年法律顾问工作日志", len(head))
    sheet.header([head])
    topics = {"法律咨询": "解答土地承包经营权流转问题", "审查合同": "审查村集体林地承包合同",
              "★": "就村道硬化工程款纠纷出具意见", "法律援助": "协助申请工伤赔偿法律援助"}  # fmt: skip
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 24), start=1):
        service = fake.pick(rng, COUNSEL_TYPES)
        quantity = rng.choice([1, 2, 3]) if service == "法律咨询" else 1
        sheet.add(n, f"{day:%Y/%m/%d}", rng.choice(VILLAGES), service, topics[service], quantity)
        records.append({"served_on": day, "service": COUNSEL_TRUTH[service], "quantity": quantity})
    sheet.blank()
    sheet.add("注：服务类型栏标★的为出具法律意见书。")
    built.books.append(Book(COUNSEL_FILE, [sheet]))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("star_marks_a_service", COUNSEL_FILE, "工作日志", f,
                "服务类型 写 法律咨询 / 审查合同 / 法律援助，出具法律意见书的只画 ★（表下 注：服务类型栏标★的为出具法律意见书）")  # fmt: skip


# --- 行政应诉: 负责人是否出庭 typed on a phone (✔️ ✔︎ ❌ ✖) --------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}行政应诉案件登记表（{YEAR}年）.xlsx"


def phone_typed_marks_litigation(built: Built, rng: random.Random) -> None:
    head = ["序号", "案号", "原告", "案由", "开庭日期", "负责人是否出庭", "备注"]
    sheet = Sheet("应诉台账")
    sheet.title(f"{TOWN}{YEAR}年行政应诉案件登记表", len(head))
    sheet.header([head])
    plan = (
        (f"（{YEAR}）黔9905行初12号", dt.date(YEAR, 3, 19), True, "✔️"),
        (f"（{YEAR}）黔9905行初40号", dt.date(YEAR, 5, 28), False, "❌"),
        (f"（{YEAR}）黔9905行初77号", dt.date(YEAR, 8, 6), True, "✔︎"),
        (f"（{YEAR}）黔9905行初103号", dt.date(YEAR, 10, 15), True, "✔️"),
        (f"（{YEAR}）黔9905行初131号", dt.date(YEAR, 12, 3), False, "✖"),
    )
    records = []
    for n, (no, day, appeared, mark) in enumerate(plan, start=1):
        sheet.add(n, no, fake.masked(fake.name(rng)), rng.choice(["房屋征收补偿", "行政强制拆除", "政府信息公开"]),
                  f"{day:%Y-%m-%d}", mark, None if appeared else "委托代理人出庭")  # fmt: skip
        records.append({"case_no": no, "heard_on": day, "appeared": appeared})
    built.books.append(Book(LITIGATION_FILE, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("emoji_ticks_and_crosses", LITIGATION_FILE, "应诉台账", f,
                "负责人是否出庭 用手机输入的符号：✔️（带表情变体选择符 FE0F）、✔︎（FE0E）、❌、✖")  # fmt: skip


# --- 学法用法: 参加对象 ticked with ticks of several glyphs ------------------------------------------------------------

TRAINING_FILE = f"{TOWN}{YEAR}年学法用法及普法培训台账.xlsx"
AUDIENCES = ("法律明白人", "村（社区）干部", "机关干部")
TICK_GLYPHS = ("✔", "√", "✓", "✔️")


def glyph_tick_matrix_training(built: Built, rng: random.Random) -> None:
    sheet = Sheet("培训台账")
    sheet.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", 7)
    sheet.header(
        [["序号", "培训日期", "培训主题", "参加对象", None, None, "参训人数"], [None, None, None, *AUDIENCES, None]],
        merges=[(1, 4, 1, 6), (1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 7, 2, 7)],
    )
    records = []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 12), start=1):
        audience = rng.choice(AUDIENCES)
        ticks = [rng.choice(TICK_GLYPHS) if a == audience else None for a in AUDIENCES]
        sheet.add(n, f"{day.year}年{day.month}月{day.day}日", rng.choice(["民法典宣讲", "反电诈专题", "宪法学习"]),
                  *ticks, rng.randint(15, 60))  # fmt: skip
        records.append({"held_on": day, "audience": audience})
    built.books.append(Book(TRAINING_FILE, [sheet]))
    built.ledgers["training"] = records
    built.quirk("tick_glyphs_in_matrix", TRAINING_FILE, "培训台账", "training.legal_literacy_sessions",
                "参加对象 › 法律明白人 / 村（社区）干部 / 机关干部 下打勾，勾号有 ✔、√、✓、✔️ 几种写法")  # fmt: skip
