"""The test builders write what they say: a workbook of plain cells is the one openpyxl writes, part for part."""

from __future__ import annotations

import io
import zipfile

import openpyxl

import builders


def _parts(data: bytes) -> tuple[list, dict]:
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        order = [(i.filename, i.compress_type) for i in archive.infolist()]
        # Only the save time differs (docProps/core.xml).
        return order, {n: archive.read(n) for n in archive.namelist() if n != "docProps/core.xml"}


def test_a_workbook_of_plain_cells_is_the_one_openpyxl_writes_part_for_part(tmp_path):
    sheets = {
        "登记": [["2024年某镇执法登记表"], [], ["序号", " 名称 ", "金额"], [1, "x&<>\"'\n", 0.1], [None, "", 2**60]],
        "Sheet2": [[None], ["全角\u3000空格", -3, 1e20]],
        "空表": [],
    }
    wb = openpyxl.Workbook()
    wb.remove(wb.active)
    for name, rows in sheets.items():
        ws = wb.create_sheet(name)
        for row in rows:
            ws.append(row)
    theirs = io.BytesIO()
    wb.save(theirs)
    ours = builders.xlsx(tmp_path / "plain.xlsx", sheets).read_bytes()
    assert _parts(ours) == _parts(theirs.getvalue())


def test_a_cell_the_plain_writer_does_not_write_is_left_to_openpyxl():
    assert builders._plain_parts({"S": [["=SUM(A1:A2)"]]}) is None
    assert builders._plain_parts({"S": [["#REF!"]]}) is None
    assert builders._plain_parts({"S": [[True]]}) is None
    assert builders._plain_parts({"S": [["a\rb"]]}) is None
    assert builders._plain_parts({"S": [[1, "a"]]}) is not None
