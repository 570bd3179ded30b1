"""A folder that travelled (a chat app, an archive, an export tool): the same books received twice, zipped beside
themselves or exported with Excel's hint line, each record counted once (issue 12's tenth round of variants)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest

from fzlib.county.command import _copied_from
from fzlib.ingest.clean import YearCleaner, _copies, copy_named, saved_again

import builders


def clean(raw: Path, year: int = 2024):
    return YearCleaner(year, raw).run()


class _GbkNamed(zipfile.ZipInfo):
    """A member named in GBK without the UTF-8 flag, as Windows' 压缩(zipped)文件夹, WinRAR and 360压缩 name it."""

    def _encodeFilenameFlags(self):  # noqa: N802 (zipfile's own name)
        return self.filename.encode("gbk"), self.flag_bits & ~0x800


def _zip_gbk_named(path: Path, members: dict[str, bytes]) -> Path:
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            info = _GbkNamed(name, date_time=(2025, 1, 6, 9, 30, 0))
            info.compress_type = zipfile.ZIP_DEFLATED
            archive.writestr(info, data)
    return path


def _ledgers(raw: Path) -> tuple[bytes, bytes]:
    enforcement = builders.xlsx(
        raw / "执法台账.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)]}
    )
    later = builders.xlsx(
        raw / "执法" / "许可台账.xlsx",
        {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(2, start=4)]},
    )
    return enforcement.read_bytes(), later.read_bytes()


def test_a_zip_of_the_folder_left_beside_its_unpacked_files_is_one_note_and_its_records_count_once(tmp_path):
    # The folder came through WeChat as 台账.zip (members named in GBK, in a folder of their own) and was unpacked
    # where it arrived. Before: file.archive, an 错误 saying to unpack what already was (clean exit 1).
    first, second = _ledgers(tmp_path)
    _zip_gbk_named(tmp_path / "台账.zip", {"台账/执法台账.xlsx": first, "台账/执法/许可台账.xlsx": second})
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.licensing"] == 5
    assert not builders.codes(result, "file.archive")
    (note,) = builders.codes(result, "file.archive_copy")
    assert note["file"] == "台账.zip" and note["level"] == "提示"
    assert note["detail"] == "“执法/许可台账.xlsx”、“执法台账.xlsx”"
    entry = next(f for f in result.manifest["files"] if f["file"] == "台账.zip")
    assert entry["archive_of"] == ["执法/许可台账.xlsx", "执法台账.xlsx"] and "problem" not in entry


def test_a_zip_holding_a_book_the_folder_does_not_is_still_an_archive_to_unpack(tmp_path):
    first, _ = _ledgers(tmp_path)
    other = builders.xlsx(
        tmp_path / "elsewhere" / "调解.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(1)]}
    )
    data = other.read_bytes()
    other.unlink()
    other.parent.rmdir()
    _zip_gbk_named(tmp_path / "台账.zip", {"执法台账.xlsx": first, "执法台账（修改稿）.xlsx": data})
    result = clean(tmp_path)
    assert [n["file"] for n in builders.codes(result, "file.archive")] == ["台账.zip"]
    assert not builders.codes(result, "file.archive_copy")


def test_a_zip_of_a_later_save_of_a_book_beside_it_is_no_copy(tmp_path):
    # The same name inside, other bytes (two more rows): which one the office meant is not known, nothing is dropped.
    _ledgers(tmp_path)
    later = builders.xlsx(
        tmp_path / "x" / "执法台账.xlsx", {"Sheet1": [builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(5)]}
    )
    data = later.read_bytes()
    later.unlink()
    later.parent.rmdir()
    _zip_gbk_named(tmp_path / "台账.zip", {"执法台账.xlsx": data})
    result = clean(tmp_path)
    assert [n["file"] for n in builders.codes(result, "file.archive")] == ["台账.zip"]


def test_an_empty_zip_beside_the_ledgers_is_no_copy_of_them(tmp_path):
    _ledgers(tmp_path)
    _zip_gbk_named(tmp_path / "台账.zip", {"台账/": b""})
    result = clean(tmp_path)
    assert not builders.codes(result, "file.archive_copy")


def test_a_book_received_twice_under_a_chat_app_s_name_counts_once(tmp_path):
    first, second = _ledgers(tmp_path)
    (tmp_path / "执法台账(1).xlsx").write_bytes(first)
    (tmp_path / "执法" / "许可台账 - 副本.xlsx").write_bytes(second)
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.licensing"] == 5
    assert sorted(n["file"] for n in builders.codes(result, "file.copy")) == [
        "执法/许可台账 - 副本.xlsx",
        "执法台账(1).xlsx",
    ]


def test_a_csv_exported_with_excel_s_sep_hint_line_reads_its_header_under_it(tmp_path):
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([builders.ENFORCEMENT_HEADER, *builders.enforcement_rows(3)])
    (tmp_path / "执法台账.csv").write_bytes(b"sep=,\r\n" + out.getvalue().encode("gbk"))
    result = clean(tmp_path)
    assert builders.figures(result)["enforcement.licensing"] == 3
    assert result.manifest["files"][0]["sheets"][0]["header_row"] == 2
    assert result.issues.empty


# A register of sessions without a number, told by its date and audience alone: too few columns for a part repeating
# another to be told (fzlib.ingest.keys.repeated asks three), as a counsel's log or a 主动公开 list of few columns is.
SESSIONS_HEADER = ["序号", "培训日期", "参加对象"]


def _sessions(n: int, skip: tuple[int, ...] = ()) -> list[list]:
    return [
        [i, f"2024-{i + 1:02d}-{10 + i:02d}", "领导干部" if i % 2 else "法律明白人"]
        for i in range(1, n + 1)
        if i not in skip
    ]


def test_an_earlier_save_beside_the_later_is_one_note_and_its_records_count_once(tmp_path):
    # Received through WeChat a few days apart: 学法用法台账.xlsx without the last two sessions, then the whole
    # register as 学法用法台账(1).xlsx. Before: both added, 5 sessions of 法律明白人 for 3.
    builders.xlsx(tmp_path / "学法用法台账.xlsx", {"Sheet1": [SESSIONS_HEADER, *_sessions(4)]})
    builders.xlsx(tmp_path / "学法用法台账(1).xlsx", {"Sheet1": [SESSIONS_HEADER, *_sessions(6)]})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 3
    (note,) = builders.codes(result, "file.earlier_save")
    assert (note["file"], note["level"], note["expected"], note["detail"]) == (
        "学法用法台账.xlsx",
        "提示",
        "学法用法台账(1).xlsx",
        "2",
    )
    assert set(result.issues["file"]) == {"学法用法台账.xlsx"}  # nothing else said twice of the earlier save
    entry = next(f for f in result.manifest["files"] if f["file"] == "学法用法台账.xlsx")
    assert entry["earlier_save_of"] == "学法用法台账(1).xlsx"
    assert entry["sheets"][0]["excluded"]["duplicate"] == 4
    builders.assert_rows_conserved(result.manifest)


def test_an_earlier_save_named_as_the_copy_and_sorted_otherwise_is_still_the_earlier(tmp_path):
    # Windows' copy kept as the earlier one (台账 - 副本.xlsx), the later save re-sorted newest first: records are
    # compared whatever their order.
    builders.xlsx(tmp_path / "学法用法台账 - 副本.xlsx", {"Sheet1": [SESSIONS_HEADER, *_sessions(4)]})
    builders.xlsx(tmp_path / "学法用法台账.xlsx", {"Sheet1": [SESSIONS_HEADER, *reversed(_sessions(6))]})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 3
    assert [n["file"] for n in builders.codes(result, "file.earlier_save")] == ["学法用法台账 - 副本.xlsx"]


# The names a copy of 台账.xlsx is given by WeChat and QQ, Windows, Windows XP (in Chinese and in English) and a clerk
# typing full-width brackets: one declared list (fzlib/specs/corrections.yaml `copy_marks`) read by every reader.
COPY_NAMES = [
    "台账(1).xlsx",
    "台账 - 副本.xlsx",
    "复件 台账.xlsx",
    "台账（2）.xlsx",
    "台账 (2).xlsx",
    "Copy of 台账.xlsx",
]


@pytest.mark.parametrize("copy", COPY_NAMES)
def test_every_name_a_copy_is_given_is_a_copy_to_every_reader_of_names(copy):
    # Before: 复件 台账.xlsx and Copy of 台账.xlsx (the mark before the name) were no save of 台账.xlsx to the
    # later-save rule, which read only marks after a name; the byte-copy rule and the county had patterns of their own.
    assert saved_again(["村/台账.xlsx", f"村/{copy}", "村/其他.xlsx"]) == [sorted(["村/台账.xlsx", f"村/{copy}"])]
    assert copy_named(copy) and not copy_named("台账.xlsx")
    assert _copies({"台账.xlsx": "same bytes", copy: "same bytes"}) == {copy: "台账.xlsx"}
    assert _copied_from(Path(copy).stem) == "台账"  # a town's folder copied beside itself, 甲镇 (2)


@pytest.mark.parametrize("earlier", ["复件 学法用法台账.xlsx", "Copy of 学法用法台账.xlsx"])
def test_an_earlier_save_marked_before_its_name_is_set_aside_as_the_earlier(tmp_path, earlier):
    # Windows XP names a copy 复件 台账.xls (Copy of 台账.xls in English). Before: both saves added, 5 sessions of
    # 法律明白人 for 3.
    builders.xlsx(tmp_path / earlier, {"Sheet1": [SESSIONS_HEADER, *_sessions(4)]})
    builders.xlsx(tmp_path / "学法用法台账.xlsx", {"Sheet1": [SESSIONS_HEADER, *_sessions(6)]})
    result = clean(tmp_path)
    assert builders.figures(result)["training.legal_literacy_sessions"] == 3
    assert [n["file"] for n in builders.codes(result, "file.earlier_save")] == [earlier]


def test_a_copy_mark_inside_a_name_is_no_copy_mark():
    # 副本 and 复件 are words of a title too: only at the name's end, or before it with a space, do they mark a copy.
    assert not saved_again(["村/副本台账.xlsx", "村/台账.xlsx"]) and not copy_named("村/复件登记台账.xlsx")
    assert _copied_from("副本镇") == "副本镇"


def test_two_saves_edited_apart_are_both_read_and_an_error_names_the_two(tmp_path):
    # The second receipt lacks a session the first holds (deleted, or the two edited on two computers): which one
    # the office keeps is not known, nothing is dropped, and the error says both may have been added.
    builders.xlsx(tmp_path / "学法用法台账.xlsx", {"Sheet1": [SESSIONS_HEADER, *_sessions(4)]})
    builders.xlsx(tmp_path / "学法用法台账(1).xlsx", {"Sheet1": [SESSIONS_HEADER, *_sessions(6, skip=(2,))]})
    result = clean(tmp_path)
    assert not builders.codes(result, "file.earlier_save")
    (error,) = builders.codes(result, "file.saves_differ")
    assert (error["level"], {error["file"], error["detail"]}) == ("错误", {"学法用法台账.xlsx", "学法用法台账(1).xlsx"})
    assert builders.figures(result)["training.legal_literacy_sessions"] == 2 + 2


def test_two_saves_that_could_not_be_compared_are_both_read_and_named(tmp_path, monkeypatch):
    # A defect met comparing two saves is no reason to add them silently: the same error names the two.
    builders.xlsx(tmp_path / "学法用法台账.xlsx", {"Sheet1": [SESSIONS_HEADER, *_sessions(4)]})
    builders.xlsx(tmp_path / "学法用法台账(1).xlsx", {"Sheet1": [SESSIONS_HEADER, *_sessions(6)]})

    def broken(self, parts):
        raise ValueError("a defect of the comparison")

    monkeypatch.setattr(YearCleaner, "_records_said", broken)
    monkeypatch.delenv("FZLIB_DEBUG", raising=False)
    result = clean(tmp_path)
    (error,) = builders.codes(result, "file.saves_differ")
    assert {error["file"], error["detail"]} == {"学法用法台账.xlsx", "学法用法台账(1).xlsx"}


def test_two_volumes_numbered_alike_are_no_saves_of_one_book(tmp_path):
    # 台账(1).xlsx and 台账(2).xlsx without a book of their own name: a year's two volumes, each read.
    builders.xlsx(tmp_path / "学法用法台账(1).xlsx", {"Sheet1": [SESSIONS_HEADER, *_sessions(2)]})
    builders.xlsx(tmp_path / "学法用法台账(2).xlsx", {"Sheet1": [SESSIONS_HEADER, *_sessions(6, skip=(1, 2))]})
    result = clean(tmp_path)
    assert not builders.codes(result, "file.earlier_save") and not builders.codes(result, "file.saves_differ")
    assert builders.figures(result)["training.legal_literacy_sessions"] == 3


# A book of statistics only (no records, a form's figures): the 信访 form a 乡 hands in, saved twice.
def _petition_form(assigned: int, resolved: int) -> list[list]:
    return [
        ["项目", "件数", "已化解", "正在化解", "上年同期"],
        ["一、上级交办信访事项", assigned, resolved, assigned - resolved, 7],
        ["二、本级受理信访事项", 12, 11, 1, 15],
        ["合计", assigned + 12, resolved + 11, assigned - resolved + 1, 22],
    ]


def _quarters(last: int) -> dict[str, list[list]]:
    """A quarterly form kept a sheet per quarter (本季 | 累计), filled up to quarter `last`."""
    counts = ((10, 10, 9, 9), (12, 22, 12, 21), (8, 30, 8, 29), (6, 36, 4, 33))
    return {
        f"{'一二三四'[q]}季度": [
            [f"某镇矛盾纠纷排查调处情况统计表（2024年第{'一二三四'[q]}季度）"],
            ["纠纷类别", "排查纠纷", None, "调处成功", None],
            [None, "本季", "累计", "本季", "累计"],
            ["合计", *counts[q]],
        ]
        for q in range(last)
    }


def test_an_earlier_save_of_a_form_beside_the_later_is_one_note_and_the_later_states_the_year(tmp_path):
    # 季报.xlsx kept to the third quarter, then the whole year received again as 季报(1).xlsx: every figure of the
    # first is in the second. Before: the two were compared by no rule, and the year's disputes withheld (30 or 36).
    merged = ["B2:C2", "D2:E2", "A2:A3"]
    builders.xlsx(tmp_path / "矛盾纠纷统计季报.xlsx", _quarters(3), merged={s: merged for s in _quarters(3)})
    builders.xlsx(tmp_path / "矛盾纠纷统计季报(1).xlsx", _quarters(4), merged={s: merged for s in _quarters(4)})
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["disputes.screened"], got["disputes.resolved"]) == (36, 33)
    (note,) = builders.codes(result, "file.earlier_save")
    assert (note["file"], note["level"], note["expected"]) == (
        "矛盾纠纷统计季报.xlsx",
        "提示",
        "矛盾纠纷统计季报(1).xlsx",
    )
    assert not builders.codes(result, "file.form_saves_differ")


def test_two_saves_of_a_form_stating_different_numbers_are_never_added_and_an_error_names_the_two(tmp_path):
    # 统计表.docx says 5 items assigned, 统计表(1).docx 6: which save the office sent last is not known. The figures
    # they differ on are withheld (never 11), those they agree on stand, and one error names the two files.
    title = "某镇2024年信访工作情况统计表"
    builders.docx_table(tmp_path / f"{title}.docx", title, _petition_form(5, 4))
    builders.docx_table(tmp_path / f"{title}(1).docx", title, _petition_form(6, 5))
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (None, None, 1)
    (error,) = builders.codes(result, "file.form_saves_differ")
    assert error["level"] == "错误"
    assert {error["file"], error["detail"]} == {f"{title}.docx", f"{title}(1).docx"}
    assert not builders.codes(result, "file.earlier_save")
