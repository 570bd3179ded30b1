"""Reading drafts (.docx, .txt, .md), the check command's exit status, JSON and terminal table."""

import argparse
import json
from pathlib import Path

import docx
import pytest

from fzlib.check import check_text, claims_frame, read_draft
from fzlib.check.cli import add_arguments, display_width, render_table, run

DRAFTS = Path(__file__).parent / "fixtures" / "drafts"
SEED_LIKE = DRAFTS / "wangcao-like-2024.md"


def parse(*argv):
    parser = argparse.ArgumentParser()
    add_arguments(parser)
    return parser.parse_args([str(a) for a in argv])


def no_ledgers(year):
    raise FileNotFoundError(year)


def test_txt_and_md_drafts_are_read_as_text():
    assert "672件" in read_draft(DRAFTS / "wangcao-like-2024.txt")
    assert "672件" in read_draft(SEED_LIKE)


def test_gb18030_text_is_decoded(tmp_path):
    path = tmp_path / "草稿.txt"
    path.write_bytes("共受理投诉举报40件，其中办结25件、转办12件、正在办理6件。".encode("gb18030"))
    assert [c.verdict for c in check_text(read_draft(path))] == ["inconsistent"]


def test_docx_paragraphs_and_tables_are_read_in_order(tmp_path):
    document = docx.Document()
    document.add_paragraph("本年度共办结行政执法案件672件，其中，行政许可269件，占比36%；"
                           "行政确认172件，占比25%；行政检查261件，占比39%。")
    table = document.add_table(rows=2, cols=2)
    table.cell(0, 0).text, table.cell(0, 1).text = "项目", "数量"
    table.cell(1, 0).text, table.cell(1, 1).text = "行政许可", "269件"
    document.add_paragraph("全年累计摸排矛盾纠纷572件，化解551件，化解成功率达到96%。")
    path = tmp_path / "草稿.docx"
    document.save(path)
    text = read_draft(path)
    assert text.index("672件") < text.index("行政许可\t269件") < text.index("572件")
    codes = [(c.kind, c.verdict) for c in check_text(text)]
    assert ("total", "inconsistent") in codes and ("rate", "consistent") in codes


def test_unsupported_file_type_exits_2_with_a_message(tmp_path, capsys):
    path = tmp_path / "草稿.pdf"
    path.write_bytes(b"%PDF")
    assert run(parse(path), no_ledgers) == 2
    assert capsys.readouterr().err.strip()


def test_exit_status_is_1_when_anything_is_inconsistent(capsys):
    assert run(parse(SEED_LIKE), no_ledgers) == 1


def test_exit_status_is_0_when_nothing_is_inconsistent(tmp_path, capsys):
    path = tmp_path / "ok.md"
    path.write_text("全年累计摸排矛盾纠纷572件，化解551件，化解成功率达到96%。", encoding="utf-8")
    assert run(parse(path), no_ledgers) == 0


def test_json_output_has_the_promised_fields_and_offsets(capsys):
    assert run(parse(SEED_LIKE, "--json"), no_ledgers) == 1
    claims = json.loads(capsys.readouterr().out)["claims"]
    text = read_draft(SEED_LIKE)
    fields = {"start", "end", "text", "kind", "stated", "expected", "verdict", "message"}
    assert claims and all(fields <= set(c) for c in claims)
    assert all(text[c["start"]:c["end"]] == c["text"] for c in claims)
    assert {c["verdict"] for c in claims} <= {"consistent", "inconsistent", "unverifiable", "note"}
    total = next(c for c in claims if c["kind"] == "total")
    assert (total["stated"], total["expected"], total["verdict"]) == (672, 702, "inconsistent")


def test_missing_ledgers_fall_back_to_arithmetic_with_a_hint(capsys):
    assert run(parse(SEED_LIKE, "--year", 2024, "--json"), no_ledgers) == 1
    captured = capsys.readouterr()
    assert "2024" in captured.err
    assert all(c["kind"] != "ledger" for c in json.loads(captured.out)["claims"])


def test_year_compares_with_the_injected_indicators(capsys):
    asked = []

    def load(year):
        asked.append(year)
        return json.loads((DRAFTS / "indicators-2024.json").read_text(encoding="utf-8"))

    run(parse(SEED_LIKE, "--year", 2024, "--json"), load)
    claims = json.loads(capsys.readouterr().out)["claims"]
    ledger = {c["text"]: (c["expected"], c["verdict"]) for c in claims if c["kind"] == "ledger"}
    assert asked == [2024]
    assert ledger["解答群众法律咨询70余次"] == (73, "consistent")
    assert any(v == (702, "inconsistent") for v in ledger.values())


def test_table_fits_100_columns():
    text = read_draft(SEED_LIKE)
    table = render_table(check_text(text), text)
    assert max(display_width(line) for line in table.splitlines()) <= 100
    assert "不一致" in table


def test_claims_frame_has_chinese_headers_and_verdicts():
    frame = claims_frame(check_text(read_draft(SEED_LIKE)))
    assert list(frame.columns) == ["起始位置", "结束位置", "原文", "类别", "所述", "核算", "结论", "说明"]
    assert set(frame["结论"]) <= {"一致", "不一致", "无法核对", "提示"}
    assert (frame["结论"] == "不一致").sum() == 2
