"""双河镇（虚构）2024: the eighteenth development town, whose ledgers come from its villages and offices, one file
(or folder) per village or office, each kept in its own shape.

Nine 村（社区） send their 矛盾纠纷排查化解台账 and 人民调解登记 to the 综治办 and the 司法所 as they keep them: 河东村 on the
county's template; 河西村 on its own (its own header words, 调处结果 before the dates, 2024.3.5); 柳湾村 as a WPS .et; 桥头社区
as the CSV its phone app exports (UTF-8 without BOM, 上报时间 with seconds, 处理状态); 石岭村 with a sheet per month but
July and August typed into one sheet 7-8月 (dates without the year); 杨庄村 its workbook and, beside it, the stamped
scan of the same ledger as a PDF; 松林村 last year's dispute ledger by mistake (2023 in the title, 3月5日 in the rows)
and, when told, this year's under the same name with （2024年） added; 白杨村 the same workbook twice under two names; 龙潭村 a header and 本月无.
The offices file in their folders: 综治办/ (a 汇总 of the villages typed by hand, one row per village, which adds the
villages' rows again if read as records; 信访/ nested below it), 司法所/ (the town committee's register, the 以案定补
汇总 per committee, 法律顾问/ and 行政应诉/ below it), 执法大队/2024年/. No disclosure, security, fraud-watch, training or
normative-document ledger (null)."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Formula, Sheet
from .town import Built
from .truth import Null

TOWN = "双河镇"
YEAR = 2024
VILLAGE_DIR = "各村（社区）报送"
ZZB = "综治办"
SFS = "司法所"
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}

DISPUTE_TYPES = {"邻里纠纷": 5, "婚姻家庭纠纷": 3, "山林土地纠纷": 3, "房屋宅基地纠纷": 2, "劳动争议": 1}
STATUS = {"已化解": 8, "化解中": 1.5, "未化解": 0.6}
SUMMARIES = ["因田埂界址发生争执", "因赡养老人产生分歧", "因排水沟堵塞引发矛盾", "因宅基地边界发生争执",
             "因拖欠务工工资发生纠纷", "因牲畜毁坏庄稼引发纠纷"]  # fmt: skip
RATES = {"一般": 100, "疑难": 200, "重大": 300}
DISPUTE_FIGURES = ("disputes.screened", "disputes.resolved", "disputes.resolution_rate")
MEDIATION_FIGURES = ("mediation.cases", "mediation.oral", "mediation.written", "mediation.subsidy_yuan")


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    built.ledgers["disputes"] = []
    built.ledgers["mediation"] = []
    tally: dict[str, dict] = {}  # village → what the hand 汇总 says
    county_template_village(built, rng, tally)
    own_shape_village(built, rng, tally)
    wps_village(built, rng, tally)
    phone_app_community(built, rng, tally)
    merged_months_village(built, rng, tally)
    scan_beside_ledger_village(built, rng, tally)
    last_years_file_village(built, rng, tally)
    same_file_twice_village(built, rng, tally)
    nil_return_village(built, rng, tally)
    town_committee_register(built, rng, tally)
    hand_summary_of_villages(built, tally)
    subsidy_summary_per_committee(built, tally)
    nested_petitions(built, rng)
    nested_enforcement(built, rng)
    nested_counsel(built, rng)
    nested_litigation(built, rng)
    absent = ("disclosure", "security", "fraud_watch", "training", "normative_documents")
    for kind in absent:
        built.ledgers[kind] = Null("双河镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    built.quirk(
        "nested_office_folders",
        "综治办/信访/…, 司法所/法律顾问/…, 司法所/行政应诉/…, 执法大队/2024年/…",
        "",
        ("petitions.*", "enforcement.*", "counsel.*", "litigation.*"),
        "各站所的台账放在自己的文件夹里，文件夹套文件夹：按内容认台账，文件夹名不是台账种类",
    )
    return built


# --- shared: a village's disputes and mediation cases ------------------------------------------------------------


def disputes_of(rng: random.Random, n: int, year: int = YEAR) -> list[dict]:
    out = []
    for day in fake.dates_in(rng, year, n):
        out.append(
            {"day": day, "type": fake.pick(rng, DISPUTE_TYPES), "status": fake.pick(rng, STATUS),
             "parties": f"{fake.masked(fake.name(rng))}、{fake.masked(fake.name(rng))}",
             "summary": rng.choice(SUMMARIES), "by": fake.name(rng)}
        )  # fmt: skip
    return out


def cases_of(rng: random.Random, n: int, number: str) -> list[dict]:
    """n mediation cases numbered by `number` (a format with {n})."""
    out = []
    for k, day in enumerate(fake.dates_in(rng, YEAR, n), start=1):
        result = fake.pick(rng, {"调解成功": 8, "调解不成功": 1})
        form = tier = subsidy = None
        if result == "调解成功":
            form = "口头" if rng.random() < 0.5 else "书面"
            tier = "一般" if form == "口头" else fake.pick(rng, {"一般": 3, "疑难": 2, "重大": 0.5})
            subsidy = 50 if form == "口头" else RATES[tier]
        out.append(
            {"no": number.format(n=k), "day": day, "type": fake.pick(rng, DISPUTE_TYPES), "result": result,
             "form": form, "tier": tier, "subsidy": subsidy,
             "parties": (fake.masked(fake.name(rng)), fake.masked(fake.name(rng)))}
        )  # fmt: skip
    return out


def count_disputes(built: Built, tally: dict, village: str, rows: list[dict]) -> None:
    built.ledgers["disputes"] += [{"screened_on": r["day"], "status": r["status"]} for r in rows]
    mine = [r for r in rows if r["day"].year == YEAR]
    t = tally.setdefault(village, {})
    t["screened"] = len(mine)
    t["resolved"] = sum(1 for r in mine if r["status"] == "已化解")


def count_cases(built: Built, tally: dict, committee: str, cases: list[dict]) -> None:
    built.ledgers["mediation"] += [
        {"file_no": c["no"], "accepted_on": c["day"], "result": c["result"], "form": c["form"],
         "subsidy": c["subsidy"]} for c in cases
    ]  # fmt: skip
    done = [c for c in cases if c["result"] == "调解成功"]
    t = tally.setdefault(committee, {})
    t["cases"] = len(done)
    t["oral"] = sum(1 for c in done if c["form"] == "口头")
    t["written"] = sum(1 for c in done if c["form"] == "书面")
    t["subsidy"] = sum(c["subsidy"] for c in done)


def county_mediation_sheet(name: str, title: str, cases: list[dict], date_style: str) -> Sheet:
    """The county's 人民调解案件登记表 as the villages on the template keep it."""
    head = ["序号", "卷宗号", "受理日期", "纠纷类型", "申请人", "被申请人", "调解结果", "协议形式", "案件等级",
            "补贴金额（元）", "备注"]  # fmt: skip
    sheet = Sheet(name)
    sheet.title(title, len(head))
    sheet.header([head])
    for i, c in enumerate(cases, start=1):
        sheet.add(i, c["no"], fake.date_cell(c["day"], date_style), c["type"], *c["parties"], c["result"],
                  {"口头": "口头协议", "书面": "书面协议"}.get(c["form"], ""), c["tier"] or "",
                  c["subsidy"] if c["subsidy"] is not None else "", None)  # fmt: skip
    return sheet


def county_dispute_sheet(name: str, title: str, rows: list[dict], date_style: str) -> Sheet:
    head = ["序号", "排查日期", "纠纷类型", "当事人", "纠纷简要情况", "化解情况", "责任人", "备注"]
    sheet = Sheet(name)
    sheet.title(title, len(head))
    sheet.header([head])
    for i, r in enumerate(rows, start=1):
        sheet.add(i, fake.date_cell(r["day"], date_style), r["type"], r["parties"], r["summary"], r["status"], r["by"],
                  None)  # fmt: skip
    return sheet


# --- the villages ------------------------------------------------------------------------------------------------


def county_template_village(built: Built, rng: random.Random, tally: dict) -> None:
    village = "河东村"
    file = f"{VILLAGE_DIR}/{village}2024年矛盾纠纷排查化解台账.xlsx"
    rows = disputes_of(rng, 16)
    cases = cases_of(rng, 9, "（2024）双河东人调字第{n}号")
    built.books.append(
        Book(file, [county_dispute_sheet("矛盾纠纷排查化解", f"{TOWN}{village}2024年矛盾纠纷排查化解台账", rows, "cn"),
                    county_mediation_sheet("人民调解登记", f"{TOWN}{village}人民调解委员会2024年案件登记表", cases, "cn")])
    )  # fmt: skip
    count_disputes(built, tally, village, rows)
    count_cases(built, tally, f"{village}调委会", cases)
    built.quirk("village_files_in_own_shapes", file, "矛盾纠纷排查化解/人民调解登记", (*DISPUTE_FIGURES, *MEDIATION_FIGURES),
                "九个村（社区）各报各的文件：河东村用县里下发的模板（两张表：排查化解、人民调解登记），村名只在文件名和标题里")  # fmt: skip


OWN_STATUS = {"已化解": "调处成功", "化解中": "正在调处", "未化解": "调处不成功"}


def own_shape_village(built: Built, rng: random.Random, tally: dict) -> None:
    village = "河西村"
    file = f"{VILLAGE_DIR}/{village}矛盾调处登记本（2024）.xlsx"
    rows = disputes_of(rng, 13)
    cases = cases_of(rng, 6, "河西调〔2024〕{n}号")
    head = ["编号", "调处结果", "基本情况", "矛盾类别", "涉及人员", "登记时间", "调处人"]
    sheet = Sheet("矛盾调处")
    sheet.title(f"{village}2024年矛盾调处登记", len(head))
    sheet.header([head])
    for i, r in enumerate(rows, start=1):
        sheet.add(f"HX{i:03d}", OWN_STATUS[r["status"]], r["summary"], r["type"].removesuffix("纠纷"), r["parties"],
                  fake.date_cell(r["day"], "dot"), r["by"])  # fmt: skip
    med_head = ["案号", "调解结果", "协议", "补助（元）", "纠纷类别", "双方当事人", "受理时间"]
    med = Sheet("调解登记")
    med.title(f"{village}人民调解委员会调解登记（2024）", len(med_head))
    med.header([med_head])
    for c in cases:
        med.add(c["no"], {"调解成功": "成功", "调解不成功": "不成功"}[c["result"]],
                {"口头": "口头", "书面": "协议书"}.get(c["form"], "/"),
                c["subsidy"] if c["subsidy"] is not None else "/", c["type"], "与".join(c["parties"]),
                fake.date_cell(c["day"], "dot"))  # fmt: skip
    built.books.append(Book(file, [sheet, med]))
    count_disputes(built, tally, village, rows)
    count_cases(built, tally, f"{village}调委会", cases)
    built.quirk("columns_in_own_order", file, "矛盾调处/调解登记", (*DISPUTE_FIGURES, *MEDIATION_FIGURES),
                "河西村用自己的本子：编号 HX001、调处结果 排在日期前面（调处成功/正在调处/调处不成功），矛盾类别 写 邻里、"
                "山林土地（去掉“纠纷”），登记时间 写 2024.3.5；调解登记 的 结果 成功/不成功，协议 口头/协议书，不成功的 补助 写 /")  # fmt: skip


WPS_STATUS = {"已化解": "化解", "化解中": "正在化解", "未化解": "未化解"}


def wps_village(built: Built, rng: random.Random, tally: dict) -> None:
    village = "柳湾村"
    file = f"{VILLAGE_DIR}/{village}2024年矛盾纠纷排查及人民调解台账.et"
    rows = disputes_of(rng, 11)
    cases = cases_of(rng, 5, "（2024）柳湾人调字第{n}号")
    head = ["序号", "排查时间", "村民小组", "纠纷类别", "当事人", "纠纷简要情况", "化解状态", "包案人"]
    sheet = Sheet("排查台账")
    sheet.title(f"{village}2024年矛盾纠纷排查化解台账", len(head))
    sheet.header([head])
    for i, r in enumerate(rows, start=1):
        day = r["day"]
        sheet.add(i, dt.datetime(day.year, day.month, day.day), f"{rng.randint(1, 9)}组", r["type"], r["parties"],
                  r["summary"], WPS_STATUS[r["status"]], r["by"])  # fmt: skip
    med = county_mediation_sheet("调解台账", f"{village}人民调解委员会2024年调解案件登记", cases, "iso")
    built.books.append(Book(file, [sheet, med], fmt="biff"))
    count_disputes(built, tally, village, rows)
    count_cases(built, tally, f"{village}调委会", cases)
    built.quirk("wps_et", file, "排查台账/调解台账", (*DISPUTE_FIGURES, *MEDIATION_FIGURES),
                "柳湾村用 WPS 存成 .et；排查时间 是带日期格式的数；化解状态 写 化解/正在化解/未化解；村民小组 一列是组，不是村")  # fmt: skip


APP_STATUS = {"已化解": "已化解", "化解中": "处理中", "未化解": "已上报"}


def phone_app_community(built: Built, rng: random.Random, tally: dict) -> None:
    village = "桥头社区"
    file = f"{VILLAGE_DIR}/{village}_矛盾纠纷上报记录_导出20250103.csv"
    rows = disputes_of(rng, 12)
    head = ["事件编号", "上报时间", "事件类型", "所属网格", "当事人", "事件描述", "处理状态", "上报人"]
    sheet = Sheet("导出")
    sheet.add(*head)
    for i, r in enumerate(rows, start=1):
        day = r["day"]
        stamp = dt.datetime(day.year, day.month, day.day, rng.randint(8, 20), rng.randint(0, 59), rng.randint(0, 59))
        sheet.add(f"QT{day:%Y%m%d}{i:03d}", f"{stamp:%Y-%m-%d %H:%M:%S}", r["type"], f"桥头社区第{rng.randint(1, 6)}网格",
                  r["parties"], r["summary"], APP_STATUS[r["status"]], r["by"])  # fmt: skip
    built.books.append(Book(file, [sheet], fmt="csv-utf8"))
    count_disputes(built, tally, village, rows)
    built.quirk("csv_utf8_no_bom", file, "（CSV）", DISPUTE_FIGURES,
                "桥头社区手机APP导出的 CSV：UTF-8 不带 BOM，表头在第一行，上报时间 带秒，处理状态 已化解/处理中/已上报（已上报=未化解，交镇里）")  # fmt: skip


def merged_months_village(built: Built, rng: random.Random, tally: dict) -> None:
    village = "石岭村"
    file = f"{VILLAGE_DIR}/{village}2024年矛盾纠纷排查登记（按月）.xlsx"
    rows = [r for r in disputes_of(rng, 15) if r["day"].month != 4]  # April: nothing to enter
    head = ["序号", "登记日期", "纠纷类型", "当事人", "简要情况", "化解情况", "登记人"]
    sheets = []
    months = [(m,) for m in range(1, 7)] + [(7, 8)] + [(m,) for m in range(9, 13)]
    for group in months:
        label = "-".join(str(m) for m in group) + "月"
        sheet = Sheet(label)
        sheet.title(f"{village}{YEAR}年{label}矛盾纠纷排查登记表", len(head))
        sheet.header([head])
        mine = [r for r in rows if r["day"].month in group]
        for i, r in enumerate(mine, start=1):
            sheet.add(
                i, fake.date_cell(r["day"], "yearless"), r["type"], r["parties"], r["summary"], r["status"], r["by"]
            )
        if not mine:
            sheet.add("本月无", *([None] * (len(head) - 1)))
        sheets.append(sheet)
    built.books.append(Book(file, sheets))
    count_disputes(built, tally, village, rows)
    built.quirk("months_merged_in_one_sheet", file, "7-8月", DISPUTE_FIGURES,
                "石岭村每月一张表，7月、8月合在一张 7-8月 里（标题 2024年7-8月），登记日期 写 7月15日（年份只在标题里）；4月 只有 本月无")  # fmt: skip


def minimal_pdf() -> bytes:
    """A one-page PDF with no text layer, as a scanner makes it (the page is an image; none is drawn here)."""
    objs = [b"<< /Type /Catalog /Pages 2 0 R >>", b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
            b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 842 595] >>"]  # fmt: skip
    out = b"%PDF-1.4\n"
    offsets = []
    for n, body in enumerate(objs, start=1):
        offsets.append(len(out))
        out += f"{n} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    out += b"".join(f"{o:010d} 00000 n \n".encode() for o in offsets)
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return out


def scan_beside_ledger_village(built: Built, rng: random.Random, tally: dict) -> None:
    village = "杨庄村"
    file = f"{VILLAGE_DIR}/{village}/{village}2024年矛盾纠纷排查化解台账.xlsx"
    scan = f"{VILLAGE_DIR}/{village}/{village}2024年矛盾纠纷排查化解台账（盖章扫描件）.pdf"
    rows = disputes_of(rng, 10)
    cases = cases_of(rng, 4, "（2024）杨庄人调字第{n}号")
    built.books.append(
        Book(file, [county_dispute_sheet("排查化解", f"{village}2024年矛盾纠纷排查化解台账", rows, "iso"),
                    county_mediation_sheet("人民调解", f"{village}人民调解委员会2024年案件登记表", cases, "iso")])
    )  # fmt: skip
    built.books.append(Book(scan, [], fmt="raw", data=minimal_pdf()))
    count_disputes(built, tally, village, rows)
    count_cases(built, tally, f"{village}调委会", cases)
    built.quirk("scan_beside_ledger", scan, "", (*DISPUTE_FIGURES, *MEDIATION_FIGURES),
                "杨庄村的文件夹里除了台账，还有同一台账打印盖章后的扫描件 PDF（没有文字层）：记录以 Excel 为准，扫描件不增不减")  # fmt: skip


def last_years_file_village(built: Built, rng: random.Random, tally: dict) -> None:
    village = "松林村"
    file = f"{VILLAGE_DIR}/{village}矛盾纠纷排查化解台账.xlsx"
    rows = disputes_of(rng, 9, YEAR - 1)
    sheet = county_dispute_sheet("排查化解", f"{village}{YEAR - 1}年矛盾纠纷排查化解台账", rows, "yearless")
    built.books.append(Book(file, [sheet]))
    # Told of the mistake, the village sent this year's book too, named as the first with the year added.
    current_file = f"{VILLAGE_DIR}/{village}矛盾纠纷排查化解台账（2024年）.xlsx"
    current = disputes_of(rng, 8)
    built.books.append(
        Book(
            current_file,
            [county_dispute_sheet("排查化解", f"{village}2024年矛盾纠纷排查化解台账", current, "yearless")],
        )
    )
    count_disputes(built, tally, village, rows + current)
    med_file = f"{VILLAGE_DIR}/{village}人民调解登记表（2024年）.xlsx"
    cases = cases_of(rng, 5, "（2024）松林人调字第{n}号")
    built.books.append(Book(med_file, [county_mediation_sheet("Sheet1", f"{village}人民调解委员会2024年案件登记表", cases,
                                                              "slash")]))  # fmt: skip
    count_cases(built, tally, f"{village}调委会", cases)
    built.quirk("last_years_file_sent", file, "排查化解", DISPUTE_FIGURES,
                "松林村先误报了上一年的台账（文件名没有年份，标题 2023年，日期 写 3月5日），综治办打电话后又报来本年的"
                "（同名加“（2024年）”）：往年那本一条也不计入2024年，也不是本年缺了台账")  # fmt: skip


def same_file_twice_village(built: Built, rng: random.Random, tally: dict) -> None:
    village = "白杨村"
    first = f"{VILLAGE_DIR}/{village}矛盾纠纷及人民调解台账（2024年）.xlsx"
    second = f"{VILLAGE_DIR}/{village}台账（2024年）(1).xlsx"
    rows = disputes_of(rng, 12)
    cases = cases_of(rng, 6, "（2024）白杨人调字第{n}号")
    sheets = [county_dispute_sheet("排查", f"{village}2024年矛盾纠纷排查化解台账", rows, "slash"),
              county_mediation_sheet("调解", f"{village}人民调解委员会2024年案件登记表", cases, "slash")]  # fmt: skip
    built.books.append(Book(first, sheets))
    built.books.append(Book(second, sheets))
    count_disputes(built, tally, village, rows)
    count_cases(built, tally, f"{village}调委会", cases)
    built.quirk("same_file_under_two_names", second, "排查/调解", (*DISPUTE_FIGURES, *MEDIATION_FIGURES),
                "白杨村把同一个文件发了两次（微信下载时另存为 …(1).xlsx），两个文件一字节不差：只计一次")  # fmt: skip


def nil_return_village(built: Built, rng: random.Random, tally: dict) -> None:
    village = "龙潭村"
    file = f"{VILLAGE_DIR}/{village}2024年矛盾纠纷排查化解台账.xlsx"
    sheet = county_dispute_sheet("排查化解", f"{village}2024年矛盾纠纷排查化解台账", [], "cn")
    sheet.add("本月无", *([None] * 7))
    med = county_mediation_sheet("人民调解登记", f"{village}人民调解委员会2024年案件登记表", [], "cn")
    med.add("本月无", *([None] * 10))
    built.books.append(Book(file, [sheet, med]))
    count_disputes(built, tally, village, [])
    count_cases(built, tally, f"{village}调委会", [])
    built.quirk("village_nil_return", file, "排查化解/人民调解登记", (*DISPUTE_FIGURES, *MEDIATION_FIGURES),
                "龙潭村全年没有矛盾纠纷：两张表都只有表头和一行“本月无”：0件，不是缺失")  # fmt: skip


# --- 司法所: the town committee; 综治办 and 司法所 summaries ----------------------------------------------------


def town_committee_register(built: Built, rng: random.Random, tally: dict) -> None:
    file = f"{SFS}/{TOWN}人民调解委员会案件登记簿（2024年）.xlsx"
    cases = cases_of(rng, 14, "（2024）双人调字第{n}号")
    built.books.append(
        Book(file, [county_mediation_sheet("登记簿", f"{TOWN}人民调解委员会2024年案件登记簿", cases, "cn")])
    )
    count_cases(built, tally, "镇调委会", cases)


def hand_summary_of_villages(built: Built, tally: dict) -> None:
    file = f"{ZZB}/{TOWN}2024年各村（社区）矛盾纠纷排查化解情况汇总表.xlsx"
    head = ["序号", "村（社区）", "排查矛盾纠纷（件）", "化解（件）", "化解率", "备注"]
    sheet = Sheet("汇总")
    sheet.title(f"{TOWN}2024年各村（社区）矛盾纠纷排查化解情况汇总表", len(head))
    sheet.add(f"填报单位：{TOWN}综治办", None, None, None, "填报日期：2025年1月3日", None)
    sheet.header([head])
    villages = [v for v in tally if not v.endswith("调委会") and v != "镇调委会"]
    total_s = total_r = 0
    for i, v in enumerate(villages, start=1):
        t = tally[v]
        rate = f"{t['resolved'] / t['screened']:.1%}" if t["screened"] else "/"
        sheet.add(i, v, t["screened"], t["resolved"], rate, None)
        total_s += t["screened"]
        total_r += t["resolved"]
    sheet.add("合计", None, total_s, total_r, f"{total_r / total_s:.1%}", None)
    sheet.add("制表人：", None, "审核人：", None, None, None)
    built.books.append(Book(file, [sheet]))
    built.quirk("hand_summary_of_villages", file, "汇总", DISPUTE_FIGURES,
                "综治办手工汇总各村报来的数（一村一行，数字是敲进去的，合计 写在 序号 一列）：是汇总，不是记录；若当记录读会把各村再加一遍")  # fmt: skip


def subsidy_summary_per_committee(built: Built, tally: dict) -> None:
    file = f"{SFS}/{TOWN}2024年人民调解以案定补汇总表.xlsx"
    head = ["序号", "调委会", "调解成功（件）", "其中：口头协议", "其中：书面协议", "补贴金额（元）"]
    sheet = Sheet("以案定补汇总")
    sheet.title(f"{TOWN}2024年人民调解“以案定补”汇总表", len(head))
    sheet.header([head])
    committees = [c for c in tally if c.endswith("调委会")]
    first = sheet.next_row
    for i, c in enumerate(committees, start=1):
        t = tally[c]
        sheet.add(i, c.replace("调委会", "人民调解委员会"), t["cases"], t["oral"], t["written"], t["subsidy"])
    last = sheet.next_row - 1
    sums = [sum(tally[c][k] for c in committees) for k in ("cases", "oral", "written", "subsidy")]
    cols = "CDEF"
    sheet.add("合计", None, *[Formula(f"SUM({col}{first}:{col}{last})", v) for col, v in zip(cols, sums)])
    built.books.append(Book(file, [sheet]))
    built.quirk("aggregate_vs_records", file, "以案定补汇总", MEDIATION_FIGURES,
                "司法所按调委会汇总的以案定补表（成功件数、口头、书面、补贴金额，SUM 合计）与各调委会登记一致：以记录为准，不重复计")  # fmt: skip


# --- the offices' own ledgers in nested folders ----------------------------------------------------------------


def nested_petitions(built: Built, rng: random.Random) -> None:
    file = f"{ZZB}/信访/{TOWN}信访事项登记台账（2024年）.xlsx"
    head = ["序号", "信访编号", "交办单位", "交办日期", "信访人", "反映问题", "责任单位", "办理状态", "办结日期"]
    sheet = Sheet("信访台账")
    sheet.title(f"{TOWN}2024年信访事项登记台账", len(head))
    sheet.header([head])
    records = []
    items = [(dt.date(YEAR - 1, 12, 26), "SHXF2023041")]
    items += [(d, f"SHXF{YEAR}{n:03d}") for n, d in enumerate(fake.dates_in(rng, YEAR, 13), 1)]
    for i, (day, no) in enumerate(items, start=1):
        source = fake.pick(rng, {"县联办": 5, "市联办": 2, "省联办": 1, "本级受理": 3})
        status = fake.pick(rng, {"已化解": 6, "正在化解": 2, "未化解": 0.5})
        closed = fake.date_cell(day + dt.timedelta(days=rng.randint(5, 25)), "iso") if status == "已化解" else ""
        sheet.add(i, no, source, fake.date_cell(day, "iso"), fake.masked(fake.name(rng)),
                  rng.choice(["反映土地承包经营权纠纷", "反映拖欠工程款问题", "反映低保评定问题"]),
                  rng.choice(["双河镇综治办", "双河镇司法所", "双河镇农业农村办（虚构）"]), status, closed)  # fmt: skip
        records.append({"petition_no": no, "source": source, "assigned_on": day, "status": status})
    built.books.append(Book(file, [sheet]))
    built.ledgers["petitions"] = records


CATEGORIES = {"行政处罚": 5, "行政检查": 6, "行政许可": 2}


def nested_enforcement(built: Built, rng: random.Random) -> None:
    file = f"执法大队/{YEAR}年/{TOWN}综合行政执法大队执法案件台账（{YEAR}年）.xlsx"
    head = ["序号", "案件编号", "案件名称", "执法类别", "当事人", "作出决定日期", "罚没金额（元）", "承办人"]
    sheet = Sheet("执法台账")
    sheet.title(f"{TOWN}综合行政执法大队{YEAR}年执法案件台账", len(head))
    sheet.header([head])
    records = []
    numbers = {c: 0 for c in CATEGORIES}
    days = fake.dates_in(rng, YEAR, 24)
    days[0] = dt.date(YEAR - 1, 12, 27)  # decided in December 2023, still on the year's list
    for i, day in enumerate(days, start=1):
        cat = fake.pick(rng, CATEGORIES)
        numbers[cat] += 1
        no = f"双综执{cat[2]}〔{day.year}〕{numbers[cat]}号"
        sheet.add(i, no, rng.choice(["占道经营", "违规搭建", "燃气安全检查", "临时占用道路许可"]), cat,
                  fake.masked(fake.name(rng)), fake.date_cell(day, "cn"),
                  rng.choice([200, 500, 1000]) if cat == "行政处罚" else "", fake.name(rng))  # fmt: skip
        records.append({"case_no": no, "category": cat, "decided_on": day})
    built.books.append(Book(file, [sheet]))
    built.ledgers["enforcement"] = records


COUNSEL = {"解答法律咨询": ("法律咨询", 5), "出具法律意见书": ("法律意见书", 2), "审查合同": ("文书审核", 3),
           "协助法律援助": ("法律援助", 1)}  # fmt: skip


def nested_counsel(built: Built, rng: random.Random) -> None:
    file = f"{SFS}/法律顾问/{TOWN}法律顾问服务台账（{YEAR}年）.xlsx"
    head = ["序号", "服务日期", "服务对象", "服务事项", "数量", "法律顾问"]
    sheet = Sheet("服务台账")
    sheet.title(f"{TOWN}{YEAR}年法律顾问服务台账", len(head))
    sheet.header([head])
    records = []
    for i, day in enumerate(fake.dates_in(rng, YEAR, 20), start=1):
        typed = fake.pick(rng, {k: w for k, (_, w) in COUNSEL.items()})
        service = COUNSEL[typed][0]
        quantity = rng.choice([None, 1, 2, 3])
        sheet.add(i, fake.date_cell(day, "cn"), rng.choice(["双河镇人民政府", "河东村", "石岭村"]), typed,
                  "" if quantity is None else quantity, "某某律师事务所（虚构）")  # fmt: skip
        records.append({"served_on": day, "service": service, "quantity": quantity})
    built.books.append(Book(file, [sheet]))
    built.ledgers["counsel"] = records


def nested_litigation(built: Built, rng: random.Random) -> None:
    file = f"{SFS}/行政应诉/{TOWN}行政应诉案件登记台账（{YEAR}年）.xlsx"
    head = ["序号", "案号", "原告", "被告", "案由", "开庭时间", "负责人是否出庭", "审理结果"]
    sheet = Sheet("应诉台账")
    sheet.title(f"{TOWN}{YEAR}年行政应诉案件登记台账", len(head))
    sheet.header([head])
    records = []
    for i, day in enumerate(fake.dates_in(rng, YEAR, 4), start=1):
        appeared = rng.random() < 0.7
        no = f"（{YEAR}）某0102行初{10 + i}号"
        sheet.add(i, no, fake.masked(fake.name(rng)), f"{TOWN}人民政府", rng.choice(["行政强制", "行政处罚"]),
                  fake.date_cell(day, "cn"), "是" if appeared else "否", rng.choice(["驳回诉讼请求", "原告撤诉"]))  # fmt: skip
        records.append({"case_no": no, "heard_on": day, "appeared": appeared})
    built.books.append(Book(file, [sheet]))
    built.ledgers["litigation"] = records
