"""Blank ledger templates generated from the specs: one workbook per kind, with the canonical headers, dropdowns, validation, prompts and a 填表说明 sheet.

Nothing here is written by hand for a kind: the headers are the fields' titles, the dropdowns their
vocabularies, the validation and prompts follow each field's cleaning steps and range, and the
example row is made by the same rules (`example_rows`). A template reads back as its kind (the
填表说明 sheet is skipped by name), filled with valid values with no 错误 or 警告.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import io
import re
from pathlib import Path

from fzlib import fmt, paths
from fzlib.errors import UserProblem
from fzlib.outputs import fixed_zip, write_atomic
from fzlib.spec import FieldSpec, LedgerSpec, load_specs

MAX_ROWS = 2000  # rows the validation and prompts cover below the header
TITLE_ROW, HEADER_ROW = 1, 2
SERIAL = "序号"
REQUIRED_MARK = "*"  # before a required header: the readers drop it (fzlib.ingest.locate.norm_header)
INSTRUCTIONS = "填表说明"  # a sheet of this name is never read as records (fzlib.ingest.locate)
PERSONAL_WORDS = {
    "name": "姓名",
    "id_number": "身份证号码",
    "phone": "电话号码",
    "free_text": "可能含个人信息的文字",
    "address": "住址",
}
# Fictitious people for the example rows (the ID numbers are checksum-valid but belong to no one).
EXAMPLE_NAMES = ("张三", "李四", "王五", "赵六")
EXAMPLE_PHONES = ("13800000001", "13800000002", "13800000003", "13800000004")
HEADER_FILL, REQUIRED_FILL, PERSONAL_FILL = "DDEBF7", "FCE4D6", "FFF2CC"
_SHEET_CHARS = re.compile(r"[\[\]:*?/\\]")


def _id_number(seq: int) -> str:
    """A fictitious 18-digit ID number with a correct GB 11643 check digit."""
    body = f"52032319900101{seq:03d}"
    weights = (7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2)
    return body + "10X98765432"[sum(int(d) * w for d, w in zip(body, weights)) % 11]


def _step(f: FieldSpec) -> str:
    """The step that decides what a field's cells are (its last one: the value it ends as)."""
    return f.steps[-1] if f.steps else "text"


def template_fields(spec: LedgerSpec) -> tuple[FieldSpec, ...]:
    """The columns of a kind's template: its fields but those only a platform's event log has (its processing
    step, the record a duplicate was merged into): an office keeping the ledger by hand writes one row a record."""
    platform = {spec.step_log.step, spec.step_log.merged_into} if spec.step_log else set()
    # A field every record fills though a table may lack its column (spec required_when with no condition: 负责人是否
    # 出庭) is a required column of the template.
    always = {n for n, when in spec.required_when.items() if not when}
    return tuple(
        dataclasses.replace(f, required=True) if f.name in always else f for f in spec.fields if f.name not in platform
    )


def example_value(f: FieldSpec, spec: LedgerSpec, year: int, town: str, i: int):
    """A valid value of field `f` for the i-th example record (1-based), by its cleaning step."""
    step = _step(f)
    if step == "date":
        return dt.date(year, 2 + i % 10, min(28, 4 + i))
    if step == "category":
        merged = spec.step_log.merged_when.get(f.name, ()) if spec.step_log else ()
        # An example is a record: not a merged duplicate, not another matter the register also lists.
        left_out = {*merged, *spec.not_records.get(f.name, ())}
        values = [v for v in f.vocabulary or {} if v not in left_out]
        return values[(i - 1) % len(values)] if values else ""
    if step == "yes_no":
        # An answer the register sets aside as another matter (是否规范性文件 否) is no example of a record.
        answers = [a for a in ("是", "否") if a not in spec.not_records.get(f.name, ())]
        return answers[(i - 1) % len(answers)]
    if step in ("integer", "number"):
        low, high = f.range or (0, 1e9)
        n = i * (100 if step == "number" else 2)
        return int(min(max(n, low), high)) if n == int(n) else min(max(n, low), high)
    if step == "case_no":
        prefix = town[:2] + "".join(h[:1] for h in (spec.title, f.title))
        return f"{prefix}字〔{year}〕{i}号"
    if step == "id_number":
        return _id_number(i)
    if step == "phone":
        return EXAMPLE_PHONES[(i - 1) % len(EXAMPLE_PHONES)]
    if f.personal == "name":
        return EXAMPLE_NAMES[(i - 1) % len(EXAMPLE_NAMES)]
    return f"示例{f.title}{i}"


def example_rows(spec: LedgerSpec, year: int, town: str, n: int = 3) -> list[dict[str, object]]:
    """`n` records that `clean` takes without an 错误 or 警告: {field: value}."""
    return [{f.name: example_value(f, spec, year, town, i) for f in template_fields(spec)} for i in range(1, n + 1)]


def header(f: FieldSpec) -> str:
    return f"{REQUIRED_MARK}{f.title}" if f.required else f.title


def _what(f: FieldSpec, year: int) -> tuple[str, str]:
    """(what to type, the allowed values) of a field, in words for prompts and the instructions."""
    step = _step(f)
    if step == "date":
        return f"日期，写成 {year}-03-05 或 {year}年3月5日", "日期"
    if step == "category":
        return "从下拉选项中选择一项", "、".join(f.vocabulary or {})
    if step == "yes_no":
        return "从下拉选项中选择“是”或“否”", "是、否"
    if step in ("integer", "number"):
        kind = "整数" if step == "integer" else "数字"
        bounds = f"，{fmt.plain(f.range[0])}～{fmt.plain(f.range[1])}" if f.range else ""
        return f"只填{kind}，不写单位{bounds}", f"{kind}{bounds}"
    if step == "case_no":
        return f"编号或文号，如 旺草字〔{year}〕1号；每条记录一个，不要重复", "编号"
    if step == "id_number":
        return "18 位身份证号码（本列为文本格式，请勿改为数字）", "身份证号码"
    if step == "phone":
        return "手机号 11 位；座机写区号，如 0851-12345678", "电话号码"
    return "文字", "文字"


def _prompt(f: FieldSpec, year: int) -> str:
    parts = ["必填。" if f.required else ""]
    if f.personal:
        parts.append(f"个人信息（{PERSONAL_WORDS[f.personal]}）：只留在本台账中。")
    parts.append(_what(f, year)[0] + "。")
    return "".join(parts)[:255]  # Excel's limit for an input message


def _width(f: FieldSpec) -> float:
    step = _step(f)
    by_step = {"date": 13, "case_no": 24, "id_number": 22, "phone": 15, "integer": 10, "number": 12, "yes_no": 10}
    longest = max([len(header(f)), *(len(v) for v in (f.vocabulary or {}))])
    return max(by_step.get(step, 20 if f.personal == "free_text" else 14), longest * 2 + 4)


def _excel_day(day: dt.date) -> int:
    return (day - dt.date(1899, 12, 30)).days


def _validation(f: FieldSpec, year: int):
    from openpyxl.worksheet.datavalidation import DataValidation

    step = _step(f)
    options = dict(allow_blank=True, showInputMessage=True, showErrorMessage=True, errorStyle="warning")
    options.update(promptTitle=f.title[:32], prompt=_prompt(f, year), errorTitle=f.title[:32])
    if step in ("category", "yes_no"):
        values = list(f.vocabulary or {}) if step == "category" else ["是", "否"]
        return DataValidation(type="list", formula1='"' + ",".join(values) + '"', error="请从下拉选项中选择", **options)
    if step == "date":
        first, last = _excel_day(dt.date(year - 1, 1, 1)), _excel_day(dt.date(year + 1, 12, 31))
        return DataValidation(
            type="date", operator="between", formula1=str(first), formula2=str(last),
            error=f"请填写日期，如 {year}-03-05", **options,
        )  # fmt: skip
    if step in ("integer", "number"):
        low, high = f.range or (0, 1e12)
        return DataValidation(
            type="whole" if step == "integer" else "decimal", operator="between",
            formula1=f"{low:g}", formula2=f"{high:g}", error=_what(f, year)[0], **options,
        )  # fmt: skip
    return DataValidation(**options)  # any value, with its prompt


def template_book(spec: LedgerSpec, year: int, town: str, rows: list[dict] | None = None) -> bytes:
    """The workbook of one kind (bytes, the same for the same spec, year and town). `rows`, when
    given, are written below the header (a filled template, for tests and examples)."""
    import openpyxl
    from openpyxl.comments import Comment
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    book = openpyxl.Workbook()
    ws = book.active
    ws.title = _SHEET_CHARS.sub("", spec.title)[:31]
    fields = template_fields(spec)
    last = get_column_letter(len(fields) + 1)
    ws.cell(TITLE_ROW, 1, f"{town}{year}年{spec.title}").font = Font(bold=True, size=14)
    ws.cell(TITLE_ROW, 1).alignment = Alignment(horizontal="center")
    ws.merge_cells(f"A{TITLE_ROW}:{last}{TITLE_ROW}")
    ws.row_dimensions[TITLE_ROW].height = 28
    serial = ws.cell(HEADER_ROW, 1, SERIAL)
    serial.font, serial.fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL)
    ws.column_dimensions["A"].width = 6
    below = f"{HEADER_ROW + 1}:{HEADER_ROW + MAX_ROWS}"
    for j, f in enumerate(fields, 2):
        letter = get_column_letter(j)
        cell = ws.cell(HEADER_ROW, j, header(f))
        color = PERSONAL_FILL if f.personal else REQUIRED_FILL if f.required else HEADER_FILL
        cell.fill = PatternFill("solid", fgColor=color)
        cell.font = Font(bold=True, color="C00000" if f.required else None)
        cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        if f.personal:
            note = f"个人信息（{PERSONAL_WORDS[f.personal]}）：只留在本台账中，fzlib 统计时只用化名或不用。"
            cell.comment = Comment(note, "fzlib", width=240, height=80)
        ws.column_dimensions[letter].width = _width(f)
        if _step(f) == "date":
            ws.column_dimensions[letter].number_format = "yyyy-mm-dd"
        elif _step(f) in ("case_no", "id_number", "phone"):
            ws.column_dimensions[letter].number_format = "@"  # text: Excel keeps every digit
        rule = _validation(f, year)
        rule.add(f"{letter}{below.replace(':', ':' + letter)}")
        ws.add_data_validation(rule)
    ws.freeze_panes = ws.cell(HEADER_ROW + 1, 1)
    for i, record in enumerate(rows or [], 1):
        r = HEADER_ROW + i
        ws.cell(r, 1, i)
        for j, f in enumerate(fields, 2):
            cell = ws.cell(r, j, record.get(f.name))
            if isinstance(cell.value, dt.date):
                cell.number_format = "yyyy-mm-dd"
    _instructions(book.create_sheet(INSTRUCTIONS), spec, year, town)
    when = dt.datetime(year, 1, 1)
    book.properties.created = book.properties.modified = when
    book.properties.creator = book.properties.lastModifiedBy = "fzlib"
    buf = io.BytesIO()
    book.save(buf)
    return fixed_zip(buf.getvalue(), when)


def _instructions(ws, spec: LedgerSpec, year: int, town: str) -> None:
    """The 填表说明 sheet: how to fill the ledger, then one line per column — what it means, whether
    it is required or personal, its allowed values and an example (the example row, column by column)."""
    from openpyxl.styles import Alignment, Font, PatternFill

    ws.append([f"{spec.title}{INSTRUCTIONS}"])
    ws["A1"].font = Font(bold=True, size=14)
    notes = [
        f"1. 在“{_SHEET_CHARS.sub('', spec.title)[:31]}”工作表中每行填写一条记录，从第 {HEADER_ROW + 1} 行开始；"
        "请勿修改、合并或删除列名，不需要的列留空即可。",
        f"2. 列名前有 {REQUIRED_MARK} 的为必填（红字）；黄色底的列是个人信息，只留在本台账中，fzlib 统计时只用化名或不用。",
        "3. 有下拉箭头的列请从选项中选择；日期写成 2024-03-05；金额、人数等只填数字，不写单位。",
        "4. 一个文件只放本年度的记录；本表不要放汇总行，合计由 fzlib 计算。",
    ]
    for note in notes:
        ws.append([note])
    ws.append([])
    ws.append(["列名", "含义", "必填", "个人信息", "可填的值", "示例"])
    for cell in ws[ws.max_row]:
        cell.font, cell.fill = Font(bold=True), PatternFill("solid", fgColor=HEADER_FILL)
    (example,) = example_rows(spec, year, town, 1)
    for f in template_fields(spec):
        value = example[f.name]
        shown = value.isoformat() if isinstance(value, dt.date) else value
        ws.append(
            [
                header(f),
                _what(f, year)[0],
                "是" if f.required else "",
                PERSONAL_WORDS[f.personal] if f.personal else "",
                _what(f, year)[1],
                str(shown),
            ]
        )
    for letter, width in zip("ABCDEF", (18, 44, 6, 18, 44, 26)):
        ws.column_dimensions[letter].width = width
    for row in ws.iter_rows(min_row=len(notes) + 3):
        for cell in row:
            cell.alignment = Alignment(wrap_text=True, vertical="top")


def write_templates(out: Path | None = None, kind: str | None = None, year: int | None = None) -> list[Path]:
    """One blank template per declared kind (or the one `kind`) into `out`; the paths written.
    The title's town and year come from params/<year>.yaml (the latest year's when none is given)."""
    import difflib

    from fzlib.params import params_or_defaults

    specs = load_specs()
    if kind is not None and kind not in specs:
        close = difflib.get_close_matches(kind, list(specs), n=1)
        hint = f"（是不是“{close[0]}”？）" if close else f"（可用：{'、'.join(specs)}）"
        raise UserProblem(f"没有名为“{kind}”的台账种类{hint}。")
    if year is None:
        years = sorted(int(p.stem) for p in paths.PARAMS.glob("*.yaml") if p.stem.isdigit())
        if not years:
            raise UserProblem("没有参数文件可取年份。请用 --year 指定年份，如 --year 2024。")
        year = years[-1]
    params = {**params_or_defaults(year), "year": year}
    written = []
    for spec in specs.values() if kind is None else [specs[kind]]:
        path = paths.template_file(out or paths.TEMPLATES, spec.title, year)
        write_atomic(path, template_book(spec, year, params["town"]))
        written.append(path)
    return written
