"""芦洲镇（虚构）2024: the twenty-first development town, whose ledgers survive only as the stamped PDFs sent to the
county, converted back to Excel and Word by the tools offices use (WPS “PDF转Excel/Word”, online converters, the OCR
of a scan).

Every converted book has one sheet per PDF page (Table 1, Table 2 … or Sheet1 …): the title and the header are
repeated on every page or stand only on the first, a 第 N 页 共 M 页 line closes each page and a 填报单位（盖章） line
or the 签名 lines stand where the stamp was. Merges are gone: a header whose lines were two rows of text became two
rows (排查 over 日期, 化解 over 情况, without a merge), and a case over two rows keeps its values only in its first
row. A page break cut a record: the tail of its long text cell is the first row of the next page, every other cell
empty. Some pages have an empty extra column where the converter saw a ruling line. Numbers came out as text with a
space or a comma between the thousands (1 200, 1,200) or in full-width digits; the OCR of the scanned books read 0
as O or 〇, 1 as l and □ as 口 — confusions an office reads through — and once 8 as B in an amount, which no one can
read for sure. Long cells wrapped in the PDF keep a line break inside a word. The disclosure register came out of
PDF转Word with no ruling lines: its rows are paragraphs, the cells separated by tabs."""

from __future__ import annotations

import datetime as dt
import random
from typing import Any

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "芦洲镇"
YEAR = 2024
GOV = "芦洲镇人民政府"
VILLAGES = ("芦洲社区", "沙湾村", "柳塘村", "新垸村", "东洲村", "荻港村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}

STAMP = f"填报单位（盖章）：{GOV}　　　填报时间：{YEAR + 1}年1月6日"
SIGN = "填表人：　　　　审核人：　　　　分管领导（签名）："


# --- how a converter renders a printed page --------------------------------------------------------------------


def ocr_digits(text: str, rng: random.Random, share: float = 0.3) -> str:
    """The OCR's readable confusions in a run of digits: 0 read as O or 〇, 1 read as l (an office reads through)."""
    out = []
    for ch in text:
        if ch == "0" and rng.random() < share:
            out.append(rng.choice("O〇"))
        elif ch == "1" and rng.random() < share:
            out.append("l")
        else:
            out.append(ch)
    return "".join(out)


def wrapped(text: str, at: int = 3) -> str:
    """A cell the PDF wrapped: the converter keeps the line break, even inside a word (已化\\n解)."""
    return text if len(text) <= at else f"{text[:at]}\n{text[at:]}"


def paged(
    rows: list[list[Any]],
    head: list[list[Any]],
    title: str,
    per_page: int,
    *,
    names: str = "Table {}",
    repeat: bool = True,
    footer: str | None = STAMP,
    shifted: tuple[int, ...] = (),
    cut: tuple[int, int, int] | None = None,
) -> list[Sheet]:
    """A register printed to PDF and converted back, one sheet per page.

    rows are the records' cells; head the header as its lines of text (one grid row each, no merges); cut is
    (page, column index, characters kept): the last record of that page is cut by the page break in that column, the
    rest of its text being the first row of the next page. shifted pages get an empty extra column after the second."""
    chunks = [rows[i : i + per_page] for i in range(0, len(rows), per_page)]
    total = len(chunks)
    tail: list[Any] | None = None
    sheets = []
    for n, chunk in enumerate(chunks, start=1):
        sheet = Sheet(names.format(n))
        grid: list[list[Any]] = []
        if n == 1 or repeat:
            grid.append([title])
        if n == 1 and footer:
            grid.append([footer])
        if n == 1 or repeat:
            grid.extend(list(r) for r in head)
        body = [list(r) for r in chunk]
        if tail is not None:
            body.insert(0, tail)
            tail = None
        if cut and cut[0] == n:
            last = body[-1]
            text = last[cut[1]]
            last[cut[1]] = text[: cut[2]]
            tail = [None] * len(last)
            tail[cut[1]] = text[cut[2] :]
        grid.extend(body)
        grid.append([f"第 {n} 页 共 {total} 页"])
        if n in shifted:
            grid = [r if len(r) == 1 else [*r[:2], None, *r[2:]] for r in grid]
        for r in grid:
            sheet.add(*r)
        sheets.append(sheet)
    return sheets


def cn_date(d: dt.date) -> str:
    return f"{d.year}年{d.month}月{d.day}日"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    split_header_pages_disputes(built, rng)
    lost_merges_mediation(built, rng)
    ocr_scan_enforcement(built, rng)
    header_first_page_only_petitions(built, rng)
    converted_pages_counsel(built, rng)
    ocr_boxes_fraud_watch(built, rng)
    wrapped_cells_training(built, rng)
    stamped_one_page_litigation(built, rng)
    tabbed_paragraphs_disclosure(built, rng)
    absent = ("security", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("芦洲镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 矛盾纠纷: WPS PDF转Excel, a sheet per page, header lines as rows -------------------------------------------------

DISPUTES_FILE = f"{TOWN}{YEAR}年矛盾纠纷排查化解台账（盖章版转换）.xlsx"
DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭纠纷": 3, "山林土地纠纷": 3, "房屋宅基地纠纷": 2, "损害赔偿纠纷": 1}
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.6}
STORIES = (
    "因宅基地界址不清与邻居发生争执，经村调委会现场勘界后达成一致意见",
    "因赡养老人费用分担产生矛盾，经调解约定按月分担",
    "因承包田灌溉用水发生口角，经协调错峰用水",
    "因房屋漏水损及楼下住户，经调解由漏水方赔偿修缮费用",
)


def split_header_pages_disputes(built: Built, rng: random.Random) -> None:
    head = [
        ["序号", "排查", "村（社区）", "纠纷类型", "当事人", "简要情况", "化解", "责任人"],
        [None, "日期", None, None, None, None, "情况", None],
    ]
    days = fake.dates_in(rng, YEAR, 41)
    rows, records = [], []
    for n, day in enumerate(days, start=1):
        status = fake.pick(rng, STATUS)
        typed = ocr_digits(f"{day.year}.{day.month}.{day.day}", rng, 0.15)
        shown = wrapped(status) if rng.random() < 0.3 else status
        rows.append([n, typed, rng.choice(VILLAGES), fake.pick(rng, DISPUTE_TYPES),
                     f"{fake.name(rng)}、{fake.name(rng)}", rng.choice(STORIES), shown, fake.name(rng)])  # fmt: skip
        records.append({"screened_on": day, "status": status})
    title = f"{TOWN}{YEAR}年矛盾纠纷排查化解工作台账"
    sheets = paged(rows, head, title, 14, shifted=(2,), cut=(1, 5, 12))
    sheets[-1].add(SIGN)
    built.books.append(Book(DISPUTES_FILE, sheets))
    built.ledgers["disputes"] = records
    f = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
    built.quirk("pdf_page_per_sheet", DISPUTES_FILE, "Table 1…Table 3", f,
                "盖章 PDF 用 WPS 转回 Excel：每页一张表（Table 1、Table 2…），每页重复标题和表头，页尾 第 N 页 共 M 页")  # fmt: skip
    built.quirk("header_lines_as_rows", DISPUTES_FILE, "Table 1…Table 3", f,
                "表头单元格里的两行字转成两行（排查 / 日期、化解 / 情况），没有合并")  # fmt: skip
    built.quirk("record_cut_by_page_break", DISPUTES_FILE, "Table 1 / Table 2", f,
                "第14条的 简要情况 被分页截断：后半句是 Table 2 的第一行，其余各格都空：是一条记录")  # fmt: skip
    built.quirk("empty_extra_column", DISPUTES_FILE, "Table 2", f,
                "Table 2 在第2列后多出一列空列（转换时把竖线认成了列），各列右移一格")  # fmt: skip
    built.quirk("ocr_digit_confusions", DISPUTES_FILE, "Table 1…Table 3", f,
                "排查日期 个别写成 2O24.3.5、2024.l2.3、2〇24.5.6（O、〇 当 0，l 当 1）：照读")  # fmt: skip
    built.quirk("line_break_inside_word", DISPUTES_FILE, "Table 1…Table 3", f,
                "PDF 里折行的格子转换后带换行：已化\\n解、化解\\n中")  # fmt: skip
    built.quirk("stamp_and_signature_lines", DISPUTES_FILE, "Table 1 / Table 3", f,
                "标题下一行 填报单位（盖章）…，末页表下一行 填表人/审核人/分管领导（签名）：不是记录")  # fmt: skip


# --- 人民调解: merged cells lost, amounts as text ---------------------------------------------------------------------

MEDIATION_FILE = f"{TOWN}人民调解案件登记表（{YEAR}年）_转换.xlsx"
RESULTS = {"调解成功": 8, "调解不成功": 1, "调解中": 0.5}
# Illustrative per-case standard of this county: 口头 100; 书面 by difficulty.
RATES = {("口头", "一般"): 100, ("书面", "一般"): 300, ("书面", "疑难"): 600, ("书面", "重大"): 1200}
UNREADABLE_SUBSIDY = "3B0"  # the OCR read 8 for a digit of an amount: 300? 380? No one can tell.


def money_text(amount: int, rng: random.Random) -> str:
    """An amount as the converter left it: 1 200, 1,200, full-width, with 元, or O for 0."""
    if amount >= 1000:
        return rng.choice([f"{amount:,}", f"{amount:,}".replace(",", " "), str(amount)])
    return rng.choice([str(amount), fake.fullwidth(str(amount)), f"{amount}元", ocr_digits(str(amount), rng, 0.6)])


def lost_merges_mediation(built: Built, rng: random.Random) -> None:
    head = [
        ["序号", "卷宗号", "受理", "纠纷类型", "申请人", "被申请人", "协议", "调解结果", "案件", "补贴金额"],
        [None, None, "日期", None, None, None, "形式", None, "等级", "（元）"],
    ]
    days = fake.dates_in(rng, YEAR, 34)
    rows, records = [], []
    unreadable_done = False
    for n, day in enumerate(days, start=1):
        result = fake.pick(rng, RESULTS)
        form = rng.choice(["口头", "口头", "书面"])
        tier = "一般" if form == "口头" else fake.pick(rng, {"一般": 3, "疑难": 2, "重大": 1})
        subsidy = RATES[(form, tier)] if result == "调解成功" else None
        file_no = f"（{YEAR}）芦人调字第{n}号"
        typed = money_text(subsidy, rng) if subsidy else None
        if subsidy == 300 and not unreadable_done and n > 20:
            typed, unreadable_done = UNREADABLE_SUBSIDY, True
        row = [n, file_no, cn_date(day), fake.pick(rng, {"邻里纠纷": 4, "婚姻家庭纠纷": 2, "合同纠纷": 1}),
               fake.name(rng), fake.name(rng), form + "协议" if result == "调解成功" else None, result, tier, typed]  # fmt: skip
        rows.append(row)
        if n % 9 == 4:  # a second respondent: in the PDF the other cells were merged over both rows
            rows.append([None, None, None, None, None, fake.name(rng), None, None, None, None])
        records.append({"file_no": file_no, "accepted_on": day, "result": result,
                        "form": form if result == "调解成功" else None, "subsidy": subsidy})  # fmt: skip
    assert unreadable_done
    title = f"{TOWN}人民调解委员会人民调解案件登记表（{YEAR}年）"
    sheets = paged(rows, head, title, 15, names="Sheet{}", repeat=False)
    built.books.append(Book(MEDIATION_FILE, sheets))
    built.ledgers["mediation"] = records
    built.overrides["mediation.subsidy_yuan"] = Null(
        f"一件调解成功案件的补贴金额识别为 {UNREADABLE_SUBSIDY}（8 还是 0 无法确定），合计不可得"
    )
    f = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")
    built.quirk("header_first_page_only", MEDIATION_FILE, "Sheet1…Sheet3", f,
                "转换后每页一张表（Sheet1、Sheet2…），标题和表头只在第一页，后面各页只有记录和 第 N 页 共 M 页")  # fmt: skip
    built.quirk("lost_merges_two_rows", MEDIATION_FILE, "Sheet1…Sheet3", f,
                "一案两个被申请人占两行，PDF 里合并的各格转换后只在第一行有值，第二行只有 被申请人")  # fmt: skip
    built.quirk("header_lines_as_rows", MEDIATION_FILE, "Sheet1", f,
                "受理 / 日期、协议 / 形式、案件 / 等级、补贴金额 / （元） 各占两行，没有合并")  # fmt: skip
    built.quirk("thousands_as_text", MEDIATION_FILE, "Sheet1…Sheet3", "mediation.subsidy_yuan",
                "补贴金额 是文本：1 200、1,200、全角 ３００、100元、1OO（O 当 0）")  # fmt: skip
    built.quirk("ocr_unreadable_amount", MEDIATION_FILE, "Sheet2…Sheet3", "mediation.subsidy_yuan",
                f"一件调解成功案件的补贴金额识别为 {UNREADABLE_SUBSIDY}：B 是 8 还是 0 不能确定：该格报错，补贴合计为 null")  # fmt: skip


# --- 行政执法: the OCR of a scanned register ---------------------------------------------------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年行政执法案件登记台账（扫描件识别）.xlsx"
ENF = {"行政检查": 9, "行政处罚": 4, "行政许可": 2, "行政确认": 2, "行政强制": 1}
ENF_PREFIX = {
    "行政检查": "芦洲检",
    "行政处罚": "芦洲罚决",
    "行政许可": "芦洲许",
    "行政确认": "芦洲确",
    "行政强制": "芦洲强",
}
ENF_NAMES = {
    "行政检查": ("沿街门店消防安全检查", "砂石码头扬尘污染防治检查", "渔船停泊区安全检查"),
    "行政处罚": ("违规焚烧秸秆案", "占道经营案", "违法搭建案"),
    "行政许可": ("临时占用道路许可",),
    "行政确认": ("农村低保资格确认",),
    "行政强制": ("查封违法经营场所",),
}


def ocr_scan_enforcement(built: Built, rng: random.Random) -> None:
    head = [["序号", "执法类别", "决定书文号", "案件名称", "当事人", "作出决定日期", "执法人员", "备注"]]
    days = [dt.date(YEAR - 1, 12, 27), *fake.dates_in(rng, YEAR, 26), dt.date(YEAR + 1, 1, 8)]
    counters: dict[str, int] = {}
    rows, records = [], []
    for n, day in enumerate(days, start=1):
        category = fake.pick(rng, ENF)
        counters[category] = counters.get(category, 0) + 1
        number = f"{ENF_PREFIX[category]}〔{day.year}〕{counters[category]}号"
        shown_no = ocr_digits(number, rng, 0.2)
        shown_day = ocr_digits(cn_date(day), rng, 0.25)
        name = rng.choice(ENF_NAMES[category])
        rows.append(
            [n, category, shown_no, name, fake.name(rng), shown_day, f"{fake.name(rng)}、{fake.name(rng)}", None]
        )
        records.append({"case_no": number, "decided_on": day, "category": category})
    title = f"{TOWN}{YEAR}年行政执法案件登记台账"
    sheets = paged(rows, head, title, 16, names="Sheet{}", cut=(1, 3, 4))
    built.books.append(Book(ENFORCEMENT_FILE, sheets))
    built.ledgers["enforcement"] = records
    f = ("enforcement.cases", "enforcement.inspection", "enforcement.penalty", "enforcement.licensing",
         "enforcement.confirmation", "enforcement.coercion")  # fmt: skip
    built.quirk("ocr_digit_confusions", ENFORCEMENT_FILE, "Sheet1 / Sheet2", f,
                "扫描件识别：作出决定日期 2O24年3月5日、2〇24年l1月8日，文号 芦洲检〔2O24〕l号（O、〇 当 0，l 当 1）：照读")  # fmt: skip
    built.quirk("record_cut_by_page_break", ENFORCEMENT_FILE, "Sheet1 / Sheet2", f,
                "第16件的 案件名称 被分页截断，后半截是 Sheet2 的第一行：是一件案件")  # fmt: skip
    built.quirk("pdf_page_per_sheet", ENFORCEMENT_FILE, "Sheet1 / Sheet2", f, "每页一张表，标题和表头每页重复")
    built.quirk("prior_year_row", ENFORCEMENT_FILE, "Sheet1 / Sheet2", f,
                "第1件 2023年12月27日、末件 2025年1月8日作出决定：不计入2024年")  # fmt: skip


# --- 信访: header only on the first page, full-width digits ------------------------------------------------------------

PETITIONS_FILE = f"{TOWN}{YEAR}年信访事项登记台账（PDF转换）.xlsx"
SOURCES = {"县联办": 5, "市联办": 2, "省联办": 1, "本级受理": 3}
PETITION_STATES = {"已化解": 7, "正在化解": 2}


def header_first_page_only_petitions(built: Built, rng: random.Random) -> None:
    head = [["序号", "信访编号", "交办单位", "交办日期", "信访人", "反映问题", "办理状态", "办结日期"]]
    days = fake.dates_in(rng, YEAR, 19)
    rows, records = [], []
    for n, day in enumerate(days, start=1):
        source, status = fake.pick(rng, SOURCES), fake.pick(rng, PETITION_STATES)
        number = f"LZ{YEAR}{n:03d}"
        closed = day + dt.timedelta(days=rng.randint(10, 40)) if status == "已化解" else None
        rows.append([n, number, source, fake.fullwidth(cn_date(day)), fake.name(rng),
                     rng.choice(["征地补偿款分配", "堤防占地补偿", "低保评定", "渔业养殖水面承包"]),
                     wrapped(status, 4) if status == "正在化解" and rng.random() < 0.5 else status,
                     cn_date(closed) if closed else None])  # fmt: skip
        records.append({"petition_no": number, "assigned_on": day, "source": source, "status": status})
    sheets = paged(rows, head, f"{TOWN}{YEAR}年信访事项登记台账", 12, repeat=False, footer=None)
    built.books.append(Book(PETITIONS_FILE, sheets))
    built.ledgers["petitions"] = records
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("header_first_page_only", PETITIONS_FILE, "Table 1 / Table 2", f,
                "表头只在 Table 1，Table 2 只有记录和 第 2 页 共 2 页")  # fmt: skip
    built.quirk("fullwidth_digits", PETITIONS_FILE, "Table 1 / Table 2", f, "交办日期 是全角数字 ２０２４年３月５日")
    built.quirk("line_break_inside_word", PETITIONS_FILE, "Table 1 / Table 2", f, "办理状态 折行：正在化\\n解")


# --- 法律顾问: quantities OCR'd ------------------------------------------------------------------------------------------

COUNSEL_FILE = f"{TOWN}{YEAR}年法律顾问服务台账（盖章件转Excel）.xlsx"
SERVICES = {"法律咨询": 6, "合同审查": 2, "出具法律意见书": 1.2, "法律援助": 0.6, "法治讲座": 1}
SERVICE_TRUTH = {"法律咨询": "法律咨询", "合同审查": "文书审核", "出具法律意见书": "法律意见书", "法律援助": "法律援助",
                 "法治讲座": "法治讲座"}  # fmt: skip


def converted_pages_counsel(built: Built, rng: random.Random) -> None:
    head = [["序号", "服务日期", "服务对象", "服务类型", "数量", "法律顾问", "备注"]]
    days = fake.dates_in(rng, YEAR, 30)
    rows, records = [], []
    for n, day in enumerate(days, start=1):
        service = fake.pick(rng, SERVICES)
        quantity = rng.choice([None, 1, 2, 3, 10, 12]) if service == "法律咨询" else rng.choice([None, 1, 2])
        typed = (
            None
            if quantity is None
            else rng.choice([ocr_digits(str(quantity), rng, 0.7), fake.fullwidth(str(quantity))])
        )
        rows.append([n, ocr_digits(f"{day.year}.{day.month}.{day.day}", rng, 0.2),
                     rng.choice([GOV, *(f"{v}村（居）民委员会" for v in VILLAGES[1:4])]), service, typed,
                     f"{rng.choice(['洲城', '江汉'])}律师事务所{fake.name(rng)}", None])  # fmt: skip
        records.append({"served_on": day, "service": SERVICE_TRUTH[service], "quantity": quantity})
    sheets = paged(rows, head, f"{TOWN}{YEAR}年法律顾问服务台账", 16, shifted=(2,))
    built.books.append(Book(COUNSEL_FILE, sheets))
    built.ledgers["counsel"] = records
    f = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")
    built.quirk("ocr_digit_confusions", COUNSEL_FILE, "Table 1 / Table 2", f,
                "数量 写成 l2、lO（l 当 1，O 当 0）或全角 ３；服务日期 2O24.3.5：照读")  # fmt: skip
    built.quirk("empty_extra_column", COUNSEL_FILE, "Table 2", f, "Table 2 在第2列后多一列空列，表头和记录都右移")
    built.quirk("pdf_page_per_sheet", COUNSEL_FILE, "Table 1 / Table 2", f, "每页一张表，标题和表头每页重复")


# --- 涉诈: boxes read as 口 ----------------------------------------------------------------------------------------------

FRAUD_FILE = f"{TOWN}涉诈高危人员管控台账（扫描件识别）.xlsx"


def ocr_boxes_fraud_watch(built: Built, rng: random.Random) -> None:
    head = [["序号", "姓名", "身份证号码", "联系电话", "所在村（社区）", "管控状态", "是否取得联系", "备注"]]
    rows, records = [], []
    for serial, removed, contacted, person in fake.watch_list(rng, 23, list(VILLAGES), 0.3):
        status = "已核减" if removed else "在册"
        answer = "☑是 口否" if contacted else "口是 ☑否"  # the OCR read the empty box □ as the character 口
        rows.append([serial, *person[:3], person[3], status, answer, None])
        records.append({"status": status, "contacted": contacted})
    sheets = paged(rows, head, f"{TOWN}涉诈高危人员管控台账", 12)
    built.books.append(Book(FRAUD_FILE, sheets))
    built.ledgers["fraud_watch"] = records
    f = ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted")
    built.quirk("ocr_box_as_kou", FRAUD_FILE, "Table 1 / Table 2", f,
                "是否取得联系 印着 □是 □否，识别后空方框成了汉字 口：☑是 口否 / 口是 ☑否")  # fmt: skip


# --- 学法用法: wrapped cells ---------------------------------------------------------------------------------------------

TRAINING_FILE = f"{TOWN}{YEAR}年学法用法台账（转换）.xlsx"


def wrapped_cells_training(built: Built, rng: random.Random) -> None:
    head = [["序号", "培训日期", "培训内容", "参加对象", "形式", "参加人数", "主讲人"]]
    rows, records = [], []
    for n, day in enumerate(fake.dates_in(rng, YEAR, 11), start=1):
        audience = fake.pick(rng, {"法律明白人": 4, "领导干部": 2, "村（社区）干部": 3})
        rows.append([n, cn_date(day), rng.choice(["民法典婚姻家庭编", "反电信网络诈骗法", "信访工作条例", "长江保护法"]),
                     wrapped(audience, 4), rng.choice(["线下", "线上"]), f"{rng.randint(15, 80)}人", fake.name(rng)])  # fmt: skip
        records.append({"held_on": day, "audience": audience})
    sheets = paged(rows, head, f"{TOWN}{YEAR}年学法用法及普法培训登记表", 8)
    exam = Sheet(f"Table {len(sheets) + 1}")
    exam.add(f"{TOWN}{YEAR}年度国家工作人员学法用法考试参考情况")
    exam.add("单位", "应参考人数", "实参考人数", "参考率")
    required = taken = 0
    for office in ("党政办", "司法所", "综治中心", "农业农村办", "社会事务办", "综合行政执法队"):
        need = rng.randint(5, 14)
        got = need - rng.choice([0, 0, 1])
        required, taken = required + need, taken + got
        exam.add(office, fake.fullwidth(str(need)), ocr_digits(str(got), rng, 0.5), f"{got / need:.0%}")
    exam.add("合计", str(required), str(taken), f"{taken / required:.1%}")
    exam.add(f"第 {len(sheets) + 1} 页 共 {len(sheets) + 1} 页")
    for s in sheets:  # the page count printed on the register's pages includes the exam's page
        s.rows[-1] = [s.rows[-1][0].replace(f"共 {len(sheets)} 页", f"共 {len(sheets) + 1} 页")]
    records.append({"held_on": dt.date(YEAR, 11, 20), "audience": None, "exam_required": required, "exam_taken": taken})
    built.books.append(Book(TRAINING_FILE, [*sheets, exam]))
    built.ledgers["training"] = records
    built.quirk("line_break_inside_word", TRAINING_FILE, "Table 1 / Table 2", "training.legal_literacy_sessions",
                "参加对象 折行：法律明白\\n人、村（社区\\n）干部")  # fmt: skip
    built.quirk("fullwidth_digits", TRAINING_FILE, f"Table {len(sheets) + 1}", "training.exam_coverage",
                "考试表 应参考人数 全角 １２，实参考人数 有 lO、l2（l 当 1，O 当 0）")  # fmt: skip


# --- 行政应诉: one stamped page ---------------------------------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}行政应诉案件登记表（{YEAR}年，盖章扫描识别）.xlsx"


def stamped_one_page_litigation(built: Built, rng: random.Random) -> None:
    head = [["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭负责人", "负责人是否出庭", "审理结果"]]
    plan = [
        (dt.date(YEAR, 4, 16), True, "驳回诉讼请求"),
        (dt.date(YEAR, 6, 13), True, "撤诉"),
        (dt.date(YEAR, 10, 10), False, "驳回诉讼请求"),
        (dt.date(YEAR + 1, 1, 14), True, None),
    ]
    rows, records = [], []
    for n, (day, appeared, outcome) in enumerate(plan, start=1):
        case_no = f"（{YEAR}）洲0102行初{10 + n * 3}号"
        rows.append([n, case_no, fake.name(rng), GOV, rng.choice(["行政强制", "土地征收补偿", "政府信息公开"]),
                     ocr_digits(cn_date(day), rng, 0.5), "副镇长" + fake.name(rng) if appeared else None,
                     "是" if appeared else "否", outcome])  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared})
    sheets = paged(rows, head, f"{TOWN}行政应诉案件登记表（{YEAR}年）", 10, names="Sheet{}")
    sheets[-1].add(SIGN)
    built.books.append(Book(LITIGATION_FILE, sheets))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk(
        "ocr_digit_confusions", LITIGATION_FILE, "Sheet1", f, "开庭日期 2O24年6月l3日：照读；第4件 2025年开庭，不计入"
    )
    built.quirk(
        "stamp_and_signature_lines", LITIGATION_FILE, "Sheet1", f, "填报单位（盖章）一行、第 1 页 共 1 页、签名一行"
    )


# --- 政务公开: PDF转Word, the table as tab-separated paragraphs --------------------------------------------------------

DISCLOSURE_FILE = f"{TOWN}{YEAR}年政务公开信息登记台账（PDF转Word）.docx"
DISCLOSURE_TYPES = {"主动公开": 6, "媒体发布": 3, "依申请公开": 0.4}
CHANNELS = {"主动公开": ("政府网站", "政务公开栏"), "媒体发布": ("微信公众号", "媒体报道"), "依申请公开": ("书面答复",)}
TITLES = {
    "主动公开": ("2024年防汛抗旱工作方案", "城乡居民医保缴费公告", "耕地地力保护补贴发放公示", "镇财政预算公开"),
    "媒体发布": ("芦洲镇开展长江禁渔宣传", "芦洲镇举办法律明白人培训", "芦洲镇召开防汛工作会"),
    "依申请公开": ("关于某地块征收补偿标准的申请答复",),
}


def tabbed_paragraphs_disclosure(built: Built, rng: random.Random) -> None:
    head = ["序号", "信息标题", "公开日期", "公开类型", "公开渠道", "责任科室"]
    days = fake.dates_in(rng, YEAR, 31)
    rows, records = [], []
    for n, day in enumerate(days, start=1):
        kind = fake.pick(rng, DISCLOSURE_TYPES)
        rows.append([n, rng.choice(TITLES[kind]), f"{day:%Y-%m-%d}", kind, rng.choice(CHANNELS[kind]),
                     rng.choice(["党政办", "财政所", "应急办"])])  # fmt: skip
        records.append({"published_on": day, "type": kind})
    pages = []
    for p, start in enumerate(range(0, len(rows), 16), start=1):
        sheet = Sheet(f"{TOWN}{YEAR}年政务公开信息登记台账", doc_tabbed=True, doc_before=["\f"] if p > 1 else [])
        sheet.add(*head)
        for r in rows[start : start + 16]:
            sheet.add(*r)
        sheet.doc_after.append(f"第 {p} 页 共 {(len(rows) + 15) // 16} 页")
        pages.append(sheet)
    built.books.append(Book(DISCLOSURE_FILE, pages, fmt="docx"))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk("table_as_tab_paragraphs", DISCLOSURE_FILE, "（正文）", f,
                "PDF 转 Word 时没有识别出表格：每行是一段，各格之间是制表符；每页重复标题和表头，页尾 第 N 页 共 M 页")  # fmt: skip
