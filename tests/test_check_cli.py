"""Reading drafts (.docx, .txt, .md), the check command's exit status, JSON and terminal table."""

import argparse
import json
from pathlib import Path

import docx
import pytest

from fzlib.check import check_text, claims_frame, read_draft
from fzlib.check.cli import add_arguments, display_width, render_table, run

import builders

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


def test_md_html_comments_are_not_read_and_the_lines_after_them_keep_their_numbers(tmp_path):
    # An editor's note in an HTML comment is not published: its figures had been checked as the draft's
    # (去年…99件 called 不一致 with its parts and with the table).
    draft = (
        "# 2024年法治政府建设情况\n\n"
        "<!-- 编者注：去年共办理执法案件99件，\n其中简易程序50件、一般程序60件 -->\n\n"
        "全年共受理投诉举报40件，其中办结25件、转办12件、正在办理6件。<!-- 待核 -->\n"
    )
    path = tmp_path / "草稿.md"
    path.write_text(draft, encoding="utf-8")
    text = read_draft(path)
    assert "99件" not in text and "待核" not in text
    assert text.count("\n") == draft.count("\n")
    claims = check_text(text)
    assert [(c.stated, c.verdict) for c in claims] == [(40, "inconsistent")]
    assert text.count("\n", 0, claims[0].start) + 1 == 6  # the line it stands on in the file


def test_md_markup_is_no_part_of_the_words_a_figure_is_named_by(tmp_path):
    # **执法案件**, *简易程序*, `一般程序`, a heading's # and a table's | had been read as words: a table whose
    # cells were bold matched no sentence, and the marks were quoted in check's messages.
    draft = (
        "## 一、行政执法\n\n"
        "| 项目 | 件数 |\n|---|---|\n| **执法案件** | 120 |\n| *简易程序* | 80 |\n| `一般程序` | 50 |\n\n"
        "- 全年共办理**执法案件**120件，其中*简易程序*80件、一般程序40件。\n"
    )
    path = tmp_path / "草稿.md"
    path.write_text(draft, encoding="utf-8")
    text = read_draft(path)
    assert not set("*#|`") & set(text)
    assert text.count("\n") == draft.count("\n")
    claims = check_text(text)
    tables = [(c.stated, c.expected, c.code) for c in claims if c.kind == "table"]
    assert (40, 50, "table_wrong") in tables and (80, 80, "table_ok") in tables
    assert not any(set("*#|`") & set(c.text + c.message) for c in claims)


def test_gb18030_text_is_decoded(tmp_path):
    path = tmp_path / "草稿.txt"
    path.write_bytes("共受理投诉举报40件，其中办结25件、转办12件、正在办理6件。".encode("gb18030"))
    assert [c.verdict for c in check_text(read_draft(path))] == ["inconsistent"]


def test_docx_paragraphs_and_tables_are_read_in_order(tmp_path):
    document = docx.Document()
    document.add_paragraph(
        "本年度共办结行政执法案件672件，其中，行政许可269件，占比36%；行政确认172件，占比25%；行政检查261件，占比39%。"
    )
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


# Word as offices leave it: a change tracked but not accepted, a text box, a calculated field.
TRACKED = (
    "<w:p><w:r><w:t>全年排查矛盾纠纷</w:t></w:r>"
    '<w:del w:id="1" w:author="a"><w:r><w:delText>100</w:delText></w:r></w:del>'
    '<w:ins w:id="2" w:author="a"><w:r><w:t>120</w:t></w:r></w:ins>'
    "<w:r><w:t>件，化解</w:t></w:r>"
    '<w:r><w:fldChar w:fldCharType="begin"/></w:r><w:r><w:instrText> =100+15 </w:instrText></w:r>'
    '<w:r><w:fldChar w:fldCharType="separate"/></w:r><w:r><w:t>115</w:t></w:r><w:r><w:fldChar w:fldCharType="end"/></w:r>'
    "<w:r><w:t>件，化解率95.8%。</w:t></w:r></w:p>"
)
TEXT_BOX = (
    '<w:p><w:r><mc:AlternateContent xmlns:mc="http://schemas.openxmlformats.org/markup-compatibility/2006">'
    '<mc:Choice Requires="wps"><w:drawing><wps:txbx xmlns:wps="http://schemas.microsoft.com/office/word/2010/wordprocessingShape">'
    "<w:txbxContent><w:p><w:r><w:t>受理信访事项36件，办结36件，办结率100%。</w:t></w:r></w:p></w:txbxContent>"
    '</wps:txbx></w:drawing></mc:Choice><mc:Fallback><w:pict><v:textbox xmlns:v="urn:schemas-microsoft-com:vml">'
    "<w:txbxContent><w:p><w:r><w:t>受理信访事项36件，办结36件，办结率100%。</w:t></w:r></w:p></w:txbxContent>"
    "</v:textbox></w:pict></mc:Fallback></mc:AlternateContent></w:r></w:p>"
)


def test_a_tracked_change_is_read_as_accepted_and_a_fields_code_is_not_read(tmp_path):
    text = read_draft(builders.word_draft(tmp_path / "修订稿.docx", TRACKED))
    assert text == "全年排查矛盾纠纷120件，化解115件，化解率95.8%。"  # python-docx alone: 排查件, the 120 lost
    assert [(c.kind, c.verdict) for c in check_text(text)] == [("rate", "consistent")]


# An old figure kept as hidden text (隐藏文字) beside the new one: Word neither shows nor prints it.
HIDDEN = (
    "<w:p><w:r><w:t>全年受理矛盾纠纷</w:t></w:r>"
    "<w:r><w:rPr><w:vanish/></w:rPr><w:t>120</w:t></w:r>"
    "<w:r><w:t>100件，调解成功90件，调解成功率为90%。</w:t></w:r>"
    '<w:r><w:rPr><w:vanish w:val="false"/></w:rPr><w:t>调解率达到95%。</w:t></w:r></w:p>'
)


def test_hidden_text_is_not_read_as_the_drafts_words_and_the_draft_is_still_annotated(tmp_path):
    # Before: read as "受理矛盾纠纷120100件", and the rate called 不一致 (90÷120,100).
    draft = builders.word_draft(tmp_path / "隐藏文字.docx", HIDDEN)
    text = read_draft(draft)
    assert text == "全年受理矛盾纠纷100件，调解成功90件，调解成功率为90%。调解率达到95%。"
    claims = check_text(text)
    assert ("rate", "consistent") in [(c.kind, c.verdict) for c in claims]
    from fzlib.check.annotate import annotate_docx

    annotate_docx(draft, claims, tmp_path / "批注.docx")
    assert docx.Document(tmp_path / "批注.docx").paragraphs[0].text.endswith("调解率达到95%。")


def test_a_text_box_is_read_once(tmp_path):
    text = read_draft(builders.word_draft(tmp_path / "文本框.docx", TEXT_BOX))
    assert text.split("\n") == ["", "受理信访事项36件，办结36件，办结率100%。"]


def test_a_tracked_draft_is_annotated_without_losing_its_place(tmp_path):
    from fzlib.check.annotate import annotate_docx

    draft = builders.word_draft(
        tmp_path / "修订稿.docx", TRACKED + "<w:p><w:r><w:t>化解率达到96.8%。</w:t></w:r></w:p>"
    )
    claims = check_text(read_draft(draft))
    assert annotate_docx(draft, claims, tmp_path / "批注.docx") == sum(
        c.verdict in ("inconsistent", "note") for c in claims
    )


@pytest.mark.parametrize(
    "name, content, said",
    [
        ("空白.txt", "   \n\u3000\n".encode(), "没有文字"),
        ("乱码.txt", bytes(range(256)) * 40, "不是文本文件"),
    ],
)
def test_a_draft_with_nothing_to_read_is_named_never_reported_as_without_numbers(name, content, said, tmp_path, capsys):
    path = tmp_path / name
    path.write_bytes(content)
    assert run(parse(path), no_ledgers) == 1
    assert said in capsys.readouterr().err


def test_an_empty_word_draft_is_named(tmp_path, capsys):
    docx.Document().save(tmp_path / "空白.docx")
    assert run(parse(tmp_path / "空白.docx"), no_ledgers) == 1
    assert "没有文字" in capsys.readouterr().err


@pytest.mark.parametrize(
    "content, said",
    [
        (b"%PDF-1.4\n1 0 obj<<>>endobj\n", "它其实是 PDF 文件"),
        ("共受理投诉举报40件。".encode(), "它其实是纯文本"),
        (b"PK\x03\x04 cut short", "没有保存完整"),
    ],
)
def test_a_file_named_docx_that_is_not_one_says_what_it_is_in_chinese(content, said, tmp_path, capsys):
    path = tmp_path / "草稿.docx"
    path.write_bytes(content)
    assert run(parse(path), no_ledgers) == 1
    err = capsys.readouterr().err
    assert said in err and "BadZipFile" not in err and "File is not a zip file" not in err


@pytest.mark.parametrize("suffix", [".pdf", ".ofd", ".xps"])  # the PDF-like prints too: OFD, XPS (said nothing)
def test_unsupported_file_type_exits_1_with_a_message(suffix, tmp_path, capsys):
    path = tmp_path / f"草稿{suffix}"
    path.write_bytes(b"%PDF" if suffix == ".pdf" else b"PK\x03\x04")
    assert run(parse(path), no_ledgers) == 1
    assert "请用原来的 Word 文件" in capsys.readouterr().err


def test_a_word_97_draft_is_asked_to_be_saved_as_docx(tmp_path, capsys):
    path = tmp_path / "草稿.doc"
    path.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")
    assert run(parse(path), no_ledgers) == 1
    assert "另存为”.docx" in capsys.readouterr().err


def test_exit_status_is_1_when_anything_is_inconsistent(capsys):
    assert run(parse(SEED_LIKE), no_ledgers) == 1


def test_a_share_in_a_drafts_table_is_shown_as_the_percentage_it_states(tmp_path, capsys):
    # Before: the table's 60% was shown as 所述 0.6 and 核算 0.6.
    draft = docx.Document()
    draft.add_paragraph("全年办理行政执法案件50件，其中行政处罚30件、行政许可20件。")
    table = draft.add_table(rows=3, cols=3)
    for i, row in enumerate([["类别", "件数", "占比"], ["行政处罚", "30", "60%"], ["行政许可", "20", "40%"]]):
        for j, value in enumerate(row):
            table.cell(i, j).text = value
    draft.save(tmp_path / "草稿.docx")
    assert run(parse(tmp_path / "草稿.docx"), no_ledgers) == 0
    shown = capsys.readouterr().out
    assert " 60%" in shown and " 40%" in shown and " 0.6 " not in shown


def test_a_rate_stated_in_tenths_or_per_mille_is_shown_as_the_percentage_it_states(tmp_path, capsys):
    # Before: 逾九成 was shown as 所述 0.9 beside the ledger's 96.33%.
    path = tmp_path / "草稿.md"
    path.write_text("全年排查矛盾纠纷572件，化解率逾九成。", encoding="utf-8")
    assert run(parse(path, "--year", 2024), lambda year: {"disputes.resolution_rate": 0.9633}) == 0
    shown = capsys.readouterr().out
    assert " 90% " in shown and " 0.9 " not in shown


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
    assert all(text[c["start"] : c["end"]] == c["text"] for c in claims)
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


# ------------------------------------------------------------ files that are not good drafts


@pytest.mark.parametrize(
    "content",
    [
        b"",  # empty
        b"PK\x03\x04 not really a zip",  # a broken zip
        b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\0" * 600,  # an old .doc or an encrypted .docx
        "共受理40件".encode(),  # text saved with the wrong extension
    ],
)
def test_a_file_that_is_not_a_good_docx_exits_1_with_a_chinese_message(tmp_path, capsys, content):
    path = tmp_path / "草稿.docx"
    path.write_bytes(content)
    assert run(parse(path), no_ledgers) == 1
    err = capsys.readouterr().err
    assert "草稿" in err and "内部错误" not in err and "Traceback" not in err


def test_a_zip_without_a_word_body_exits_1(tmp_path, capsys):
    import zipfile

    path = tmp_path / "草稿.docx"
    with zipfile.ZipFile(path, "w") as z:
        z.writestr("hello.txt", "x")
    assert run(parse(path), no_ledgers) == 1
    assert ".docx" in capsys.readouterr().err


def test_a_very_long_draft_is_capped_and_says_so(tmp_path, capsys, monkeypatch):
    from fzlib.check import draft

    monkeypatch.setattr(draft, "MAX_CHARS", 1000)
    path = tmp_path / "长稿.txt"
    path.write_text("共受理投诉举报40件，其中办结25件、转办12件、正在办理6件。\n" * 200, encoding="utf-8")
    monkeypatch.setattr("fzlib.check.cli.load_draft", lambda p: draft.load_draft(p, limit=1000))
    assert run(parse(path, "--json"), no_ledgers) == 1
    captured = capsys.readouterr()
    assert "上限" in captured.err
    assert max(c["end"] for c in json.loads(captured.out)["claims"]) <= 1000


# ------------------------------------------------------------ marks where users work


def _word_draft(path):
    document = docx.Document()
    paragraph = document.add_paragraph("本年度共办结行政执法案件")
    paragraph.add_run("672件").bold = True
    paragraph.add_run("，其中行政许可269件、行政确认172件、行政检查261件。受理申请300件，办结149件，办结率49.66%。")
    document.add_paragraph("全年累计摸排矛盾纠纷572件，化解551件，化解成功率达到96%。")
    document.save(path)
    return path


def test_annotate_writes_a_commented_copy_and_leaves_the_original_alone(tmp_path, capsys):
    import zipfile

    source = _word_draft(tmp_path / "草稿.docx")
    before = source.read_bytes()
    out = tmp_path / "批注.docx"
    assert run(parse(source, "--annotate", out), no_ledgers) == 1
    assert source.read_bytes() == before
    with zipfile.ZipFile(out) as z:
        comments = z.read("word/comments.xml").decode("utf-8")
        body = z.read("word/document.xml").decode("utf-8")
    assert comments.count("<w:comment ") == 2  # 672件 (不一致) and 49.66% (提示)
    assert "不一致" in comments and "提示" in comments
    # each comment marks exactly its number
    reopened = docx.Document(str(out))
    marked = []
    for p in reopened.paragraphs:
        inside, text = False, ""
        for el in p._p.iter():
            tag = el.tag.rsplit("}", 1)[-1]
            if tag == "commentRangeStart":
                inside, text = True, ""
            elif tag == "commentRangeEnd":
                inside = False
                marked.append(text)
            elif tag == "t" and inside:
                text += el.text or ""
    assert marked == ["672件", "49.66%"]
    assert reopened.paragraphs[0].runs[1].bold  # the number keeps its formatting
    assert "commentReference" in body


def test_annotate_refuses_to_overwrite_the_draft(tmp_path, capsys):
    source = _word_draft(tmp_path / "草稿.docx")
    before = source.read_bytes()
    assert run(parse(source, "--annotate", source), no_ledgers) == 1
    assert source.read_bytes() == before


def test_html_view_marks_every_tested_number_and_escapes_the_text(tmp_path, capsys):
    path = tmp_path / "草稿.txt"
    path.write_text(
        "<script>alert(1)</script>共受理投诉举报40件，其中办结25件、转办12件、正在办理6件。\n"
        "全年累计摸排矛盾纠纷572件，化解551件，化解成功率达到96%。",
        encoding="utf-8",
    )
    out = tmp_path / "view.html"
    run(parse(path, "--html", out), no_ledgers)
    page = out.read_text(encoding="utf-8")
    assert "<script>alert(1)</script>" not in page and "&lt;script&gt;" in page
    assert page.count('class="fig red"') == 1 and page.count('class="fig green"') == 1
    assert "http://" not in page.replace("http://www.w3.org", "") and "https://" not in page


def test_json_claims_carry_relation_and_base(capsys):
    assert run(parse(SEED_LIKE, "--json"), no_ledgers) == 1
    claims = json.loads(capsys.readouterr().out)["claims"]
    total = next(c for c in claims if c["kind"] == "total")
    assert (total["relation"], total["base"]) == ("parts_of_total", "672件")
    assert all({"relation", "base", "stated_start", "stated_end", "readings"} <= set(c) for c in claims)


def test_the_other_commands_parse_their_arguments_without_loading_check():
    """Importing fzlib.check (its claim patterns compiled) cost every command about 0.1 s of CPU; only `check`
    itself, or its help, may load it."""
    import subprocess
    import sys

    probe = (
        "import sys\n"
        "from fzlib.cli import build_parser\n"
        "build_parser().parse_args(['indicators', '--year', '2024'])\n"
        "print('fzlib.check' in sys.modules)\n"
        "build_parser().parse_args(['check', 'draft.txt', '--json'])\n"
        "print('fzlib.check' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parent.parent
    done = subprocess.run([sys.executable, "-c", probe], cwd=root, capture_output=True, text=True, timeout=120)
    assert done.stdout.split() == ["False", "True"], done.stderr
