"""A folder that travelled (a chat app, an archive, an export tool): the same books received twice, zipped beside
themselves or exported with Excel's hint line, each record counted once (issue 12's tenth round of variants)."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

from fzlib.ingest.clean import YearCleaner

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
