"""Issue 12, messages that fix: when an office does exactly what a message says, no figure becomes wrong and
none that was right is lost.

For every development town: clean it in a project folder, write 同意 beside every message that proposes a
concrete fix (a 建议改为: a value written the town's way, a header), run `accept` as an office would, clean
again and score both runs against the town's truth. And the messages about a blank or a column no field
took say what to write, so that following them by hand gives the figure."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import openpyxl
import pytest
import yaml

from fzlib import paths
from fzlib.ingest import issues
from fzlib.spec import load_specs

import builders
from builders import clean, codes
from devtowns import TOWNS, build, generate, true_figures, year
from devtowns.score import verdict
from devtowns.truth import FIGURES


def fzlib(root: Path, *args: str) -> subprocess.CompletedProcess:
    env = {**os.environ, "FZLIB_ROOT": str(root), "PYTHONPATH": str(paths.PACKAGE.parent)}
    return subprocess.run([sys.executable, "-m", "fzlib", *args], capture_output=True, text=True, env=env, cwd=root)


def worklist(root: Path, y: int, code: str) -> list[dict]:
    """The rows of the year's issues.xlsx worklist with a problem code, as the office reads them (by Chinese title)."""
    listed = openpyxl.load_workbook(root / "data" / "processed" / str(y) / "issues.xlsx")[issues.WORKLIST_SHEET]
    rows = list(listed.iter_rows(values_only=True))
    return [r for r in (dict(zip(rows[0], r)) for r in rows[1:]) if r["问题代码"] == code]


def project(tmp: Path, town: str) -> tuple[Path, int]:
    """A project folder holding the town's ledgers and a params file with its year and what the town declares
    of itself (PARAMS: its name, for the county's tables), as its own project would."""
    y = year(town)
    root = tmp / town
    generate(town, root / "data" / "raw" / str(y))
    (root / "params").mkdir(parents=True)
    own = {"year": y, **(getattr(TOWNS[town], "PARAMS", None) or {})}
    (root / "params" / f"{y}.yaml").write_text(yaml.safe_dump(own, allow_unicode=True), encoding="utf-8")
    return root, y


def cleaned_figures(root: Path, y: int) -> dict:
    done = fzlib(root, "clean", "--year", str(y))
    unusable = ("file.unknown_kind", "file.register_as_paragraphs", "file.not_a_table")
    if done.returncode == 1 and (unknown := [r for code in unusable for r in worklist(root, y, code)]):
        # A file of no known kind handed over with the ledgers (a 血防 work log, an irrigation rota), or a register
        # kept as prose the office will not retype this year, holds the report back, and its message says to list it
        # under exclude if it is meant to be left out: the office does so (its figures stay withheld, as known).
        params = root / "params" / f"{y}.yaml"
        own = yaml.safe_load(params.read_text(encoding="utf-8"))
        own["exclude"] = sorted({*own.get("exclude", []), *(r[issues.COLUMN_TITLES["file"]] for r in unknown)})
        params.write_text(yaml.safe_dump(own, allow_unicode=True), encoding="utf-8")
        done = fzlib(root, "clean", "--year", str(y))
    assert done.returncode == 0, done.stderr[-2000:]
    got = fzlib(root, "indicators", "--year", str(y), "--json")
    assert got.returncode == 0, got.stderr[-2000:]
    return json.loads(got.stdout)


def agree_to_every_suggestion(book: Path) -> list[dict]:
    """同意 beside every row with a 建议改为, as an office taking every concrete fix offered; the rows agreed."""
    wb = openpyxl.load_workbook(book)
    ws = wb[issues.WORKLIST_SHEET]
    titles = [c.value for c in ws[1]]
    agreed = []
    for cells in ws.iter_rows(min_row=2):
        row = dict(zip(titles, (c.value for c in cells)))
        if row[issues.COLUMN_TITLES["suggestion"]]:
            cells[titles.index(issues.HANDLED_TITLE)].value = "同意"
            agreed.append(row)
    wb.save(book)
    return agreed


def verdicts(town: str, got: dict) -> dict[str, str]:
    truth = true_figures(town)
    return {f: verdict(truth[f], got.get(f)) for f in FIGURES}


@pytest.mark.slow  # two cleans of a whole town through the command line
@pytest.mark.parametrize("town", list(TOWNS))
def test_following_every_suggestion_loses_no_right_figure_and_makes_none_wrong(town, tmp_path):
    root, y = project(tmp_path, town)
    before = verdicts(town, cleaned_figures(root, y))
    agreed = agree_to_every_suggestion(root / "data" / "processed" / str(y) / "issues.xlsx")
    # Every suggestion is one accept can take: none names a personal field or what does not exist.
    assert all(r[issues.COLUMN_TITLES["code"]] in issues.ACCEPTS_VARIANT | issues.ACCEPTS_ALIAS for r in agreed)
    if agreed:
        taken = fzlib(root, "accept", "--year", str(y))
        assert taken.returncode == 0, taken.stderr
    after = verdicts(town, cleaned_figures(root, y))
    assert [f for f, v in after.items() if v == "WRONG"] == []
    assert [f for f, v in before.items() if v == "right" and after[f] != "right"] == []
    # The figures the town leaves withheld stay so: no suggestion claims evidence the ledgers lack.
    known = set(getattr(TOWNS[town], "KNOWN_WITHHELD", {}))
    assert {f for f, v in after.items() if v == "withheld"} <= known


@pytest.mark.slow
def test_filling_the_blank_assigning_office_as_the_message_says_gives_the_withheld_count(tmp_path):
    # 檀湾镇 leaves 交办单位 blank for items received at the town (来访, 来电, 12345), so 上级交办 is withheld. The
    # message names the allowed values; the office, which knows those items were its own, writes 本级受理.
    root, y = project(tmp_path, "tanwan")
    assert cleaned_figures(root, y)["petitions.assigned"] is None
    blanks = [r for r in worklist(root, y, "cell.required_blank") if r["字段"] == "source"]
    assert len(blanks) == 5
    assert all("填规定选项之一：中联办、省联办、市联办、县联办、本级受理" in r["问题说明"] for r in blanks)
    ledger = next((root / "data" / "raw" / str(y)).glob("*信访*"))
    book = openpyxl.load_workbook(ledger)
    for r in blanks:
        book[r["工作表"]][r["单元格"]] = "本级受理"
    book.save(ledger)
    got, truth = cleaned_figures(root, y), true_figures("tanwan")
    assert got["petitions.assigned"] == truth["petitions.assigned"] == 4
    # 已化解 and 正在化解 count the assigned items: told which those are, they are right too.
    assert (got["petitions.resolved"], got["petitions.in_progress"]) == (3, 1)
    assert (truth["petitions.resolved"], truth["petitions.in_progress"]) == (3, 1)


@pytest.mark.slow
def test_adding_the_detentions_column_to_a_sheet_of_one_row_per_offender_as_the_message_says_gives_both_counts(
    tmp_path,
):
    # 兰陂乡's 治安案件查处登记 takes a row per offender, the detention only in words (处理结果 行政拘留五日), with no
    # 拘留人数 column: both detention figures are withheld, and the message asks for the column, filled row by row.
    root, y = project(tmp_path, "lanpo")
    got = cleaned_figures(root, y)
    assert got["security.vice_detentions"] is None and got["security.dv_detentions"] is None
    ledger = next((root / "data" / "raw" / str(y)).glob("*平安建设*"))
    book = openpyxl.load_workbook(ledger)
    sheet = book["治安案件查处登记"]
    titles = [c.value for c in sheet[2]]
    assert "处理结果" in titles and "拘留人数" not in titles
    outcome, added = titles.index("处理结果") + 1, len(titles) + 1
    sheet.cell(2, added, "拘留人数")
    for row in range(3, sheet.max_row + 1):  # each row's own offender: 1 where the outcome detains, else 0
        if sheet.cell(row, 1).value is not None:
            sheet.cell(row, added, int("拘留" in str(sheet.cell(row, outcome).value or "")))
    book.save(ledger)
    got, truth = cleaned_figures(root, y), true_figures("lanpo")
    assert (got["security.vice_detentions"], got["security.dv_detentions"]) == (5, 2)
    assert (truth["security.vice_detentions"], truth["security.dv_detentions"]) == (5, 2)


@pytest.mark.slow
def test_exporting_the_petitions_again_without_a_status_condition_as_the_message_says_gives_the_assigned_count(
    tmp_path,
):
    # 柏树乡's 信访 system was queried once per 办理状态 (已办结, 办理中): whatever other states the year's items were
    # in are in neither file, so the assigned count is withheld and the office is told to export the year unfiltered.
    root, y = project(tmp_path, "baishu")
    got = cleaned_figures(root, y)
    assert got["petitions.assigned"] is None
    raw = root / "data" / "raw" / str(y)
    done, open_ = (next(raw.glob(f"*信访事项查询导出_{state}.xlsx")) for state in ("已办结", "办理中"))
    # The one export of the whole year: the condition names no 办理状态, the rows of both states under one header.
    book = openpyxl.load_workbook(done)
    sheet = book.active
    rows = [list(r) for r in openpyxl.load_workbook(open_).active.iter_rows(values_only=True)]
    kept = [r for r in rows if isinstance(r[0], int)]
    last = max(c.row for c in sheet["A"] if isinstance(c.value, int))
    condition = next(c for r in sheet.iter_rows() for c in r if "办理状态：已办结；" in str(c.value or ""))
    condition.value = condition.value.replace("办理状态：已办结；", "")
    sheet.insert_rows(last + 1, len(kept))
    for k, r in enumerate(kept, start=1):
        for col, value in enumerate([sheet.cell(last, 1).value + k, *r[1:]], start=1):
            sheet.cell(last + k, col, value)
    footer = sheet.cell(last + len(kept) + 1, 1)
    assert str(footer.value).startswith("共计")
    footer.value = f"共计：{sheet.cell(last + len(kept), 1).value}件"
    open_.unlink()
    book.save(raw / "信访事项查询导出_全年.xlsx")
    done.unlink()
    got, truth = cleaned_figures(root, y), true_figures("baishu")
    assert got["petitions.assigned"] == truth["petitions.assigned"] == 11
    assert (got["petitions.resolved"], got["petitions.in_progress"]) == (
        truth["petitions.resolved"],
        truth["petitions.in_progress"],
    )


def entry_in(message: str) -> dict:
    """The params entry a message writes out (写 variants: {…}), as YAML reads it."""
    written = message.split("写 variants: ", 1)[1]
    return yaml.safe_load(written[: written.index("}}") + 2])


@pytest.mark.slow
def test_registering_the_streets_own_sources_as_the_messages_write_them_gives_the_three_petition_counts(tmp_path):
    # 澄湖街道's 信访来源 writes the bureau that assigned an item (区信访局交办 …) and, for an item the street received
    # itself, how it came (来访, 网上信访): a form is no source fzlib may guess (an online petition may be assigned
    # from above too), so the three figures are withheld. Each message writes out the params entry, its vocabulary
    # named; the office, which knows those items were received at the street, writes it with 本级受理.
    root, y = project(tmp_path, "chenghu")
    assert cleaned_figures(root, y)["petitions.assigned"] is None
    unknown = [r for r in worklist(root, y, "vocab.unknown") if r["字段"] == "source"]
    assert {r["原值"] for r in unknown} == {"来访", "网上信访"}
    entries = [entry_in(r["问题说明"]) for r in unknown]
    # 来访 is offered 本级受理 (the nearest value); 网上信访 nothing: the office names the value it means.
    assert {"petition_source": {"本级受理": ["来访"]}} in entries
    assert {"petition_source": {"<规定选项>": ["网上信访"]}} in entries
    words: dict[str, list[str]] = {}
    for entry in entries:
        ((meant, (word,)),) = entry["petition_source"].items()
        words.setdefault("本级受理" if meant == "<规定选项>" else meant, []).append(word)
    params = root / "params" / f"{y}.yaml"
    own = {**yaml.safe_load(params.read_text(encoding="utf-8")), "variants": {"petition_source": words}}
    params.write_text(yaml.safe_dump(own, allow_unicode=True), encoding="utf-8")
    got, truth = cleaned_figures(root, y), true_figures("chenghu")
    figures = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    assert [got[f] for f in figures] == [truth[f] for f in figures] == [12, 9, 2]


@pytest.mark.slow
def test_handing_over_the_town_committees_register_as_the_message_says_gives_the_three_mediation_counts(tmp_path):
    # 柑园镇's 司法所 汇总表 has a row for the 镇人民调解委员会, whose register (kept in the 司法所) is not in the folder:
    # the villages' records alone are not the town's count, so the three figures are withheld and the message names
    # the committee whose register to put in the folder. The office puts it there, as the committee keeps it.
    root, y = project(tmp_path, "ganyuan")
    got = cleaned_figures(root, y)
    assert (got["mediation.cases"], got["mediation.oral"], got["mediation.written"]) == (None, None, None)
    missing = worklist(root, y, "statistics.parts_missing")
    assert len(missing) == 3
    assert all("请把“柑园镇人民调解委员会”的台账放进本年度的文件夹" in r["问题说明"] for r in missing)
    own = [r for r in build("ganyuan").ledgers["mediation"] if r["file_no"].startswith("（2024）柑人调字")]
    head = ["序号", "卷宗号", "受理日期", "调解结果", "协议形式"]
    register = [
        [n, r["file_no"], r["accepted_on"].isoformat(), r["result"], f"{r['form']}协议" if r["form"] else None]
        for n, r in enumerate(own, start=1)
    ]
    title = ["柑园镇人民调解委员会案件登记台账（2024年）"]
    builders.xlsx(
        root / "data" / "raw" / str(y) / "柑园镇人民调解委员会2024年案件登记台账.xlsx",
        {"登记": [title, head, *register]},
    )
    got, truth = cleaned_figures(root, y), true_figures("ganyuan")
    figures = ("mediation.cases", "mediation.oral", "mediation.written")
    assert [got[f] for f in figures] == [truth[f] for f in figures] == [33, 21, 12]


# --- suggestions an office can take ------------------------------------------------------------------------


def test_an_unknown_column_is_suggested_only_as_a_field_its_cells_fit(tmp_path):
    # 信访类型 looks like 信访日期 by its header, but its cells are words: no date. Suggesting it would make
    # every cell an unreadable date once accepted.
    rows = [
        ["某镇2024年信访事项台账"],
        ["信访编号", "信访类型", "交办单位", "交办日期", "办理状态"],
        ["XF001", "上级交办", "县联办", "2024-03-05", "已化解"],
        ["XF002", "群众来访", "本级受理", "2024-04-05", "正在化解"],
    ]
    builders.xlsx(tmp_path / "信访.xlsx", {"Sheet1": rows})
    (row,) = [r for r in codes(clean(tmp_path), "column.unknown") if r["header"] == "信访类型"]
    assert not isinstance(row["suggestion"], str)
    assert "多数情况下无需处理" in row["message"] and "aliases: {petitions: {<字段名>: [信访类型]}}" in row["message"]
    assert "同意" not in row["message"]


def test_several_columns_like_one_field_suggest_none_of_them(tmp_path):
    # A duty log's counts per service under a merged 服务情况: the columns no service is named by (接受预约服务,
    # 以案释法（场次）, 参与化解矛盾纠纷（起）) each look like 数量 by their unit, and none is *the* 数量. Taking
    # the suggestion for all three lost every counsel figure of 苇塘镇.
    rows = [
        ["某镇2024年法律顾问值班服务登记表"],
        ["序号", "值班日期", "服务情况", None, None, None, None],
        [
            None,
            None,
            "接受预约服务（人次）",
            "解答法律咨询（人次）",
            "以案释法（场次）",
            "审查合同（份）",
            "参与化解矛盾纠纷（起）",
        ],
        [1, "2024-03-05", 1, 2, None, 1, 1],
        [2, "2024-04-05", 2, 1, 1, None, None],
    ]
    builders.xlsx(tmp_path / "法律顾问.xlsx", {"Sheet1": rows})
    result = clean(tmp_path)
    assert builders.figures(result)["counsel.consultations"] == 3
    unknown = codes(result, "column.unknown")
    assert len(unknown) == 3 and not [r for r in unknown if isinstance(r["suggestion"], str)]


def test_a_column_naming_a_person_is_not_suggested_as_an_office(tmp_path):
    # 承办人 holds who handled the case; read by its cells as 执法单位 it may be, but registering 承办人 as another
    # name of 执法单位 would mislead every later ledger. A column under an office's own name still is suggested.
    for header, suggested in (("承办人", False), ("执法科室", True)):
        head = [*builders.ENFORCEMENT_HEADER]
        head[4] = header
        rows = [head, *builders.enforcement_rows(3)]
        builders.xlsx(tmp_path / header / "执法.xlsx", {"Sheet1": rows})
        notes = [r for r in codes(clean(tmp_path / header), "column.by_content") if r["header"] == header]
        assert len(notes) == 1 and notes[0]["detail"] == "执法单位"
        assert isinstance(notes[0]["suggestion"], str) is suggested


def test_an_unknown_column_of_peoples_names_is_not_suggested_as_an_office_its_title_resembles(tmp_path):
    # 承办人 (who handled the case: 王建国, 李某) is unknown, and its title is close to 承办单位, an alias of 执法单位: its
    # cells name people, never an office, so the message suggests nothing (accepted, it had made every later ledger's
    # 承办人 the office). A column of offices under an office's own title is still suggested (the test above).
    head = [h for h in builders.ENFORCEMENT_HEADER if h != "执法单位"] + ["承办人"]
    rows = [head] + [
        [*r[:4], *r[5:], who] for r, who in zip(builders.enforcement_rows(3), ["王建国", "李某", "陈丽、张敏"])
    ]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    (row,) = [r for r in codes(clean(tmp_path), "column.unknown") if r["header"] == "承办人"]
    assert not isinstance(row["suggestion"], str) and not isinstance(row["field"], str)


@pytest.mark.parametrize(
    "header, cells, suggested",
    [
        # 处罚种类 shares only its modifier with 处罚机关 (an alias of 执法单位): the kind of a penalty is no office.
        ("处罚种类", ["罚款", "警告", "罚款"], None),
        # 决定机关 ends as 处罚机关 does and holds offices: still offered.
        ("决定机关", ["旺草镇人民政府", "综合行政执法队", "旺草镇人民政府"], "执法单位"),
    ],
)
def test_an_unknown_column_is_suggested_only_by_what_its_title_says_it_holds(tmp_path, header, cells, suggested):
    head = [h for h in builders.ENFORCEMENT_HEADER if h != "执法单位"] + [header]
    rows = [head] + [[*r[:4], *r[5:], cell] for r, cell in zip(builders.enforcement_rows(3), cells)]
    builders.xlsx(tmp_path / "执法.xlsx", {"Sheet1": rows})
    (row,) = [r for r in codes(clean(tmp_path), "column.unknown") if r["header"] == header]
    assert (row["suggestion"] if isinstance(row["suggestion"], str) else None) == suggested


# --- advice that, taken, gives the figure ------------------------------------------------------------------------


def test_typing_the_unreadable_amount_as_the_message_says_gives_the_subsidy_though_zeros_were_read_as_ling(tmp_path):
    # ocr_zero_as_ling: a PDF converter reads 0 as the letter O or as the numeral 〇 (10〇, 1〇〇, 60〇), and one
    # amount (3B0) it cannot read at all. The message asks for the number; the office types 300 from the paper
    # copy. 10〇 had been read as 10 without a word (〇 after digits as the zero of 一百〇五), so the subsidy
    # came out 9 yuan short of what the ledger says.
    head = ["序号", "卷宗号", "受理日期", "协议形式", "调解结果", "补贴金额（元）"]
    amounts = ["10〇", "1〇〇", "60〇", "6〇O", "3B0", "100元"]
    rows = [
        [n, f"（2024）人调字第{n}号", f"2024-03-{n:02d}", "口头协议", "调解成功", a] for n, a in enumerate(amounts, 1)
    ]
    book = builders.xlsx(tmp_path / "人民调解.xlsx", {"Sheet1": [head, *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.subsidy_yuan"] is None
    (unreadable,) = codes(result, "number.unparseable")
    assert unreadable["value"] == "3B0" and "请只填数字" in unreadable["message"]
    typed = openpyxl.load_workbook(book)
    typed[unreadable["sheet"]][unreadable["cell"]] = 300
    typed.save(book)
    result = clean(tmp_path)
    assert builders.figures(result)["mediation.subsidy_yuan"] == 100 + 100 + 600 + 600 + 300 + 100
    assert codes(result, "number.ocr_digits")  # read as a misread, and said so: the office can check the paper


def test_an_unknown_value_s_message_writes_the_params_entry_and_writing_it_gives_the_count(tmp_path):
    # A value no vocabulary holds (网上信访 as 交办单位) said only "variants 中登记": the office could not know the
    # entry goes under petition_source. The message writes the entry out, the value meant left for the office.
    head = ["序号", "信访编号", "交办单位", "交办日期", "办理状态"]
    rows = [
        [1, "XF001", "县联办", "2024-03-05", "已化解"],
        [2, "XF002", "网上信访", "2024-04-05", "已化解"],
        [3, "XF003", "来访", "2024-05-05", "正在化解"],
    ]
    builders.xlsx(tmp_path / "信访台账.xlsx", {"Sheet1": [head, *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["petitions.assigned"] is None
    written = {r["value"]: entry_in(r["message"]) for r in codes(result, "vocab.unknown")}
    assert written == {
        "网上信访": {"petition_source": {"<规定选项>": ["网上信访"]}},
        "来访": {"petition_source": {"本级受理": ["来访"]}},  # the value offered (建议改为), which 同意 registers
    }
    (open_,) = [r["message"] for r in codes(result, "vocab.unknown") if r["value"] == "网上信访"]
    assert open_.endswith(
        "写 variants: {petition_source: {<规定选项>: [网上信访]}}（<规定选项> 换成它所指的规定选项）。"
    )
    own = {"petition_source": {"本级受理": ["网上信访", "来访"]}}  # the office knows both were received here
    got = builders.figures(clean(tmp_path, options={"variants": own}))
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (1, 1, 0)


def test_a_value_of_a_yes_no_field_or_a_long_text_is_given_no_variants_entry(tmp_path):
    # 是/否 has no vocabulary to register a word in; a sentence typed in a category column is no word for a value.
    long = "该事项由群众通过网上信访平台反映后经街道综治中心登记并转交相关部门办理完毕"
    head = ["序号", "信访编号", "交办单位", "交办日期", "办理状态", "是否重复信访"]
    rows = [
        [1, "XF001", "县联办", "2024-03-05", "已化解", "可能"],
        [2, "XF002", long, "2024-04-05", "已化解", "否"],
    ]
    builders.xlsx(tmp_path / "信访台账.xlsx", {"Sheet1": [head, *rows]})
    result = clean(tmp_path)
    messages = [r["message"] for r in codes(result, "vocab.unknown") + codes(result, "bool.unparseable")]
    assert len(messages) == 2 and not any("写 variants:" in m for m in messages)


def test_a_bare_republic_year_is_named_as_one_and_writing_it_as_the_message_says_gives_the_count(tmp_path):
    # 113年3月5日 (a year of the Republic written without 民国) had a message for any unreadable date: nothing said
    # that 113 is 民国113年, 2024. The message says so and names the date to write; the office writes it.
    head = ["序号", "案件编号", "案件名称", "执法类别", "决定日期"]
    rows = [
        [1, "某许〔2024〕1号", "事项1", "行政许可", "2024-02-01"],
        [2, "某许〔2024〕2号", "事项2", "行政许可", "113年3月5日"],
    ]
    book = builders.xlsx(tmp_path / "执法台账.xlsx", {"Sheet1": [head, *rows]})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.cases"] is None
    (bare,) = codes(result, "date.unparseable")
    assert "113年像是民国纪年：民国113年即公历2024年" in bare["message"]
    assert bare["message"].endswith("如是民国纪年，请改写为公历日期 2024-03-05，或在年份前写明“民国”。")
    typed = openpyxl.load_workbook(book)
    typed[bare["sheet"]][bare["cell"]] = "2024-03-05"
    typed.save(book)
    assert builders.figures(clean(tmp_path))["enforcement.cases"] == 2


def test_a_written_reply_to_an_applicant_is_a_channel_of_its_own_not_an_error_asking_for_a_website(tmp_path):
    # reply_as_channel: a register of 主动公开 and 依申请公开 items gives each its 公开渠道, and an application's
    # is the reply (书面答复, 当面答复). The message asked for 政府网站、政务公开栏、微信公众号 or 媒体报道: none
    # is true, and an office doing as told would have reported a reply as published on the website.
    head = ["序号", "信息名称", "公开日期", "公开类型", "公开渠道"]
    rows = [
        [1, "2024年预算公开", "2024-03-05", "主动公开", "政府网站"],
        [2, "关于某项目审批结果的申请", "2024-04-05", "依申请公开", "书面答复"],
        [3, "关于征地补偿标准的申请", "2024-05-06", "依申请公开", "当面答复"],
    ]
    builders.xlsx(tmp_path / "政务公开.xlsx", {"Sheet1": [head, *rows]})
    result = clean(tmp_path)
    assert not codes(result, "vocab.unknown")
    assert builders.figures(result)["disclosure.on_request"] == 2
    channels = result.tables["disclosure"]["channel"].tolist()
    assert channels[0] == "政府网站" and channels[1] == channels[2] != "政府网站"


@pytest.mark.slow  # the command line run three times, each a Python of its own
def test_a_file_named_in_kinds_that_still_does_not_fit_says_so_and_excluding_it_as_told_gives_the_figures(tmp_path):
    # kinds_named_for_a_form: the message on a file no kind fits offers two fixes, name its kind in `kinds` or list
    # it in `exclude`. An office naming the kind of a file that is not a ledger (a table of the annual report
    # on 政府信息公开, saved alone) got the same message again, with nothing to say its entry was read.
    raw = tmp_path / "data" / "raw" / "2024"
    head = ["序号", "信息名称", "公开日期", "公开类型", "公开渠道"]
    register = [
        [1, "2024年预算公开", "2024-03-05", "主动公开", "政府网站"],
        [2, "镇政府工作报告", "2024-04-05", "主动公开", "政府网站"],
    ]
    builders.xlsx(raw / "政务公开台账.xlsx", {"Sheet1": [head, *register]})
    form = "政府信息公开工作年度报告附表-收到和处理政府信息公开申请情况.xlsx"
    table = [
        ["三、收到和处理政府信息公开申请情况", None, None, None, None, None],
        ["（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）", None, None, "申请人情况", None, None],
        [None, None, None, "自然人", "法人或其他组织", "总计"],
        [None, None, None, None, "商业企业", None],
        ["一、本年新收政府信息公开申请数量", None, None, 0, 0, 0],
        ["二、上年结转政府信息公开申请数量", None, None, 0, 0, 0],
        ["三、本年度办理结果", None, None, None, None, None],
        ["（一）予以公开", None, None, 0, 0, 0],
        ["四、结转下年度继续办理", None, None, 0, 0, 0],
    ]
    merged = ["A1:F1", "A2:C4", "D2:F2", "D3:D4", "F3:F4"]
    builders.xlsx(
        raw / form, {"收到和处理政府信息公开申请情况": table}, merged={"收到和处理政府信息公开申请情况": merged}
    )
    (tmp_path / "params").mkdir()
    params = tmp_path / "params" / "2024.yaml"
    params.write_text(f'year: 2024\nkinds: {{"{form}": disclosure}}\n', encoding="utf-8")
    done = fzlib(tmp_path, "clean", "--year", "2024")
    listed = openpyxl.load_workbook(tmp_path / "data" / "processed" / "2024" / "issues.xlsx")[issues.WORKLIST_SHEET]
    rows = list(listed.iter_rows(values_only=True))
    (unknown,) = [dict(zip(rows[0], r)) for r in rows[1:] if r[rows[0].index("问题代码")] == "file.unknown_kind"]
    assert done.returncode == 1 and "kinds" in unknown["问题说明"] and "exclude" in unknown["问题说明"]
    # It says the kind named was tried and did not fit, by the kind's title.
    assert f"kinds 已指定为“{load_specs()['disclosure'].title}”" in unknown["问题说明"]
    params.write_text(f'year: 2024\nexclude: ["{form}"]\n', encoding="utf-8")
    assert cleaned_figures(tmp_path, 2024)["disclosure.proactive"] == 2


@pytest.mark.slow  # the command line run three times, each a Python of its own
def test_a_file_of_a_later_year_is_not_called_last_years_and_excluding_it_as_told_clears_the_error(tmp_path):
    # later_year_file: a register kept over the years, saved a file a quarter, leaves 台账-2025年1-3月.xlsx in the
    # 2024 folder. The message called it 往年的台账 (last years'), which an office checking its 2024 folder
    # for old files would not recognise.
    raw = tmp_path / "data" / "raw" / "2024"
    builders.xlsx(
        raw / "执法台账-2024年.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]}
    )
    later = [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(4, start=10, year=2025)]
    builders.xlsx(raw / "执法台账-2025年1-3月.xlsx", {"Sheet1": later})
    (tmp_path / "params").mkdir()
    params = tmp_path / "params" / "2024.yaml"
    params.write_text("year: 2024\n", encoding="utf-8")
    result = clean(raw)
    (wrong,) = codes(result, "file.wrong_year")
    assert "往年" not in wrong["message"] and "2025" in wrong["message"]
    params.write_text('year: 2024\nexclude: ["执法台账-2025年1-3月.xlsx"]\n', encoding="utf-8")
    assert fzlib(tmp_path, "clean", "--year", "2024").returncode == 0
    assert cleaned_figures(tmp_path, 2024)["enforcement.cases"] == 3


@pytest.mark.slow
def test_writing_which_reading_the_news_column_has_as_the_message_says_gives_the_disclosure_counts(tmp_path):
    # 槐坪镇's site platform files the office's own news under 所属栏目 工作动态, which one office counts as 主动公开 and
    # another as 新闻宣传: the message names both readings and asks for the one meant. This office means 主动公开.
    root, y = project(tmp_path, "huaiping")
    got = cleaned_figures(root, y)
    assert got["disclosure.proactive"] is None
    asked = worklist(root, y, "vocab.ambiguous")
    assert asked and all("主动公开、媒体发布" in r["问题说明"] for r in asked)
    export = next((root / "data" / "raw" / str(y)).glob("*信息列表导出.xls"))
    export.write_bytes(export.read_bytes().replace("工作动态".encode(), "主动公开".encode()))
    got, truth = cleaned_figures(root, y), true_figures("huaiping")
    for figure in ("disclosure.proactive", "disclosure.media", "disclosure.on_request"):
        assert got[figure] == truth[figure]
    assert (truth["disclosure.proactive"], truth["disclosure.media"], truth["disclosure.on_request"]) == (56, 23, 3)


def test_a_platforms_count_of_attached_files_is_suggested_as_no_field(tmp_path):
    # 附件数 of a 综治中心 event list (the files attached to each event) is close to 纠纷件数 by its title and holds small
    # numbers: taken as the 纠纷数量 an office was offered, it had weighted every dispute by its attachments (96 → 190).
    rows = [
        ["事件编号", "上报时间", "事件小类", "办理状态", "化解结果", "附件数"],
        ["990323106001202303010001", "2023-03-01 09:12:31", "邻里纠纷", "已办结", "化解成功", 3],
        ["990323106001202303020002", "2023-03-02 10:12:31", "邻里纠纷", "办理中", "", 0],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷事件列表.xlsx", {"事件列表": rows})
    (row,) = [r for r in codes(clean(tmp_path, year=2023), "column.unknown") if r["header"] == "附件数"]
    assert not isinstance(row["suggestion"], str)


def test_a_piece_of_a_columns_title_read_as_a_value_is_offered_no_variants_entry(tmp_path):
    # A title's second line left in a row of its own under the header (纠纷类型 over 类型, 化解情况 over 情况) is read
    # as a record whose cells are unknown values. Before: each message wrote `variants: {dispute_type: {<规定选项>:
    # [类型]}}`, registering a stray of the header as the town's word. A real unknown value beside it still gets its
    # entry.
    head = ["序号", "排查日期", "村（社区）", "纠纷类型", "化解情况", "包案责任人"]
    rows = [
        ["", "", "", "类型", "情况", ""],
        [1, "2024-03-05", "甲村", "邻里纠纷", "已化解", "张某"],
        [2, "2024-04-11", "乙村", "房屋漏水纠纷", "化解中", "李某"],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解台账.xlsx", {"台账": [head, *rows]})
    messages = {r["value"]: r["message"] for r in codes(clean(tmp_path), "vocab.unknown")}
    assert set(messages) == {"类型", "情况", "房屋漏水纠纷"}
    assert not any("variants" in messages[v] for v in ("类型", "情况"))
    assert entry_in(messages["房屋漏水纠纷"]) == {"dispute_type": {"<规定选项>": ["房屋漏水纠纷"]}}
