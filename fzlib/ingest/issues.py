"""The closed catalogue of data-issue codes, their levels, and the one place Chinese messages are rendered."""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

ERROR, WARNING, NOTE = "错误", "警告", "提示"
# Issues listed one by one per file (the rest are counted in one summary row, file.issues_capped),
# and in all: the issues workbook stays one an office can open (Excel stops at 1,048,576 rows).
MAX_PER_FILE = 5_000
MAX_LISTED = 200_000

COLUMNS = ["code", "level", "file", "sheet", "cell", "row", "field", "header", "value", "detail", "expected", "message"]
# Chinese headers for the issues workbook an office worker opens.
COLUMN_TITLES = {
    "level": "级别",
    "file": "文件",
    "sheet": "工作表",
    "cell": "单元格",
    "row": "行",
    "header": "列标题",
    "value": "原值",
    "message": "问题说明",
    "code": "问题代码",
    "field": "字段",
}


@dataclass(frozen=True)
class IssueType:
    label: str  # a few words, for summaries and tables of counts
    level: str
    what: str  # what is wrong (may use {value}, {header}, {detail})
    fix: str  # what was expected / how to fix it
    excludes_row: bool = False  # the record cannot be used
    # The cell's value cannot be used (it is left out of every figure that needs this field).
    unusable: bool = False


CATALOGUE: dict[str, IssueType] = {
    # Files and sheets
    "file.unreadable": IssueType(
        "文件无法打开",
        ERROR,
        "文件无法打开（已损坏或不是表格文件）",
        "请用 Excel/WPS 打开确认，另存为 .xlsx 后放回原文件夹",
    ),
    "file.encrypted": IssueType(
        "文件有密码", ERROR, "文件设有打开密码，无法读取", "请在 Excel/WPS 中取消密码保护后另存为 .xlsx"
    ),
    "file.empty": IssueType(
        "空文件", ERROR, "文件是空的，没有任何内容", "请确认是否放错文件；不需要的文件请移出或在参数文件 exclude 中列出"
    ),
    "file.unknown_kind": IssueType(
        "无法识别台账种类",
        ERROR,
        "无法识别这是哪一种台账（表头与任何已知台账都对不上）{detail}",
        "请检查表头是否使用常见列名；或在 params/<年份>.yaml 的 kinds 中为该文件指定台账种类；不需要的文件请在 exclude 中列出",
    ),
    "file.no_table": IssueType(
        "文件中无表格", ERROR, "文件中没有找到任何台账表格", "请确认表头（如“序号”“案件编号”等）在前 20 行内"
    ),
    "file.too_large": IssueType(
        "文件超出处理上限",
        ERROR,
        "文件超出处理上限，未读入{detail_colon}",
        "请确认文件内容：删除表格之外的多余单元格、把过大的表拆成几个文件，另存为 .xlsx 后放回原文件夹；不需要的文件请在 exclude 中列出",
    ),
    "file.outside_link": IssueType(
        "指向文件夹外的链接",
        ERROR,
        "这是一个指向原始台账文件夹以外的链接（快捷方式），为安全起见未读取",
        "请把台账文件本身复制到原始台账文件夹中，删除该链接",
    ),
    "file.failed": IssueType(
        "程序处理该文件时出错",
        ERROR,
        "fzlib 处理该文件时出错（{detail}），这是 fzlib 的缺陷，已跳过该文件，其余文件照常处理",
        "请把这条信息和该文件的情况（不要发送文件本身）告知维护人员；需要先出报告时，可在 exclude 中列出该文件",
    ),
    "file.issues_capped": IssueType(
        "问题过多未逐条列出",
        WARNING,
        f"该文件另有 {{detail}}问题未逐条列出（每个文件最多列出 {MAX_PER_FILE:,} 项）",
        "请先按已列出的问题修改台账，重新运行后会列出其余问题",
    ),
    "sheet.no_table": IssueType("工作表无表格", NOTE, "该工作表没有台账表格（如填表说明），已跳过", "无需处理"),
    "sheet.title_mismatch": IssueType(
        "标题与表头不符",
        WARNING,
        "{detail}，已按表头识别",
        "请核对该表的标题或表头是否填错；如识别有误，请在 params/<年份>.yaml 的 kinds 中指定台账种类",
    ),
    "column.missing": IssueType(
        "缺少必填列", ERROR, "缺少必填列“{detail}”，该表无法使用", "请在表头中补上“{detail}”列（或使用其常见别名）"
    ),
    "column.unknown": IssueType(
        "未知列", NOTE, "列“{header}”不属于该台账的已知字段，已忽略", "如该列有用，请联系维护人员在台账规格中加入别名"
    ),
    # Rows
    "row.required_missing": IssueType(
        "必填项为空", ERROR, "必填项“{header}”为空，该行未计入统计", "请补填该单元格", excludes_row=True
    ),
    "row.out_of_year": IssueType(
        "不属本年度", NOTE, "日期 {detail} 不在本年度，该行不计入本年统计", "如日期填错请更正；跨年记录无需处理"
    ),
    "row.duplicate": IssueType(
        "重复记录", NOTE, "与 {detail} 是同一条记录（编号相同），只计一次", "如确为两条不同记录，请更正编号"
    ),
    # Cells (emitted by fzlib.cleaners)
    "date.unparseable": IssueType(
        "日期无法识别",
        ERROR,
        "“{value}”不是可识别的日期",
        "日期应写成 2024-03-05、2024年3月5日 或 Excel 日期格式",
        unusable=True,
    ),
    "date.partial": IssueType(
        "日期不完整", WARNING, "日期“{value}”缺少年份或日，已按 {detail} 处理", "请写完整日期，如 2024-03-05"
    ),
    "date.out_of_range": IssueType("日期不合理", ERROR, "日期“{value}”超出合理范围", "请核对年份", unusable=True),
    "number.unparseable": IssueType(
        "数字无法识别", ERROR, "“{value}”不是可识别的数字", "请只填数字，如 50 或 50元", unusable=True
    ),
    "number.not_integer": IssueType("应为整数", ERROR, "“{value}”应为整数", "件数、人数等请填整数", unusable=True),
    "vocab.unknown": IssueType(
        "不在规定选项中",
        ERROR,
        "“{value}”不在“{header}”的规定选项中{detail_hint}",
        "请改为规定选项之一：{expected}",
        unusable=True,
    ),
    "bool.unparseable": IssueType(
        "是/否无法识别", ERROR, "“{value}”无法判断为“是”或“否”", "请填“是”或“否”", unusable=True
    ),
    "cell.personal_number": IssueType(
        "数字像电话或身份证号",
        ERROR,
        "“{header}”中的数字像电话号码或身份证号码（未在此显示），已隐去，未计入统计",
        "请核对该单元格：电话、身份证号码请填入相应的列",
        unusable=True,
    ),
    "id.checksum": IssueType(
        "身份证校验位错误", ERROR, "身份证号码校验位不正确（号码未在此显示）", "请对照原件核对身份证号码"
    ),
    "id.excel_damaged": IssueType(
        "身份证号被 Excel 损坏",
        ERROR,
        "身份证号码被 Excel 当成数字保存，后三位已变成 000，无法恢复（号码未在此显示）",
        "请把该列设为“文本”格式后重新录入完整号码",
    ),
    "id.legacy15": IssueType(
        "15 位旧身份证号", NOTE, "身份证号码为 15 位旧号码（号码未在此显示）", "如可能请更新为 18 位号码"
    ),
    "id.malformed": IssueType(
        "身份证号格式错误", ERROR, "身份证号码位数或字符不正确（号码未在此显示）", "18 位身份证号码只含数字，末位可为 X"
    ),
    "phone.malformed": IssueType(
        "电话号码位数不对",
        WARNING,
        "联系电话位数不正确（号码未在此显示）",
        "手机号为 11 位；座机请写区号，如 0851-12345678",
    ),
}

# Codes that leave a cell's value unusable: the ingest marks such fields per record (`_unusable`).
UNUSABLE = frozenset(code for code, kind in CATALOGUE.items() if kind.unusable)

# Codes whose raw value is personal data: the value never reaches a message or an output.
VALUE_HIDDEN = {
    "cell.personal_number",
    "id.checksum",
    "id.excel_damaged",
    "id.legacy15",
    "id.malformed",
    "phone.malformed",
}


def _given(value) -> bool:
    return value is not None and not (not isinstance(value, str) and pd.isna(value)) and value != ""


def render(row: dict) -> str:
    """The Chinese message for one issue row: where, what is wrong, what to do."""
    kind = CATALOGUE[row["code"]]
    detail = row.get("detail")
    detail = "" if detail is None or pd.isna(detail) else str(detail)
    value = row.get("value")
    value = "" if value is None or pd.isna(value) else str(value)
    if len(value) > 40:
        value = value[:40] + "…"
    fmt = {
        "value": value,
        "header": row.get("header") or row.get("field") or "",
        "detail": (f"：{detail}" if row["code"] == "file.unknown_kind" and detail else detail),
        "detail_hint": f"，最接近的是“{detail}”" if detail else "",
        "detail_colon": f"：{detail}" if detail else "",
        "expected": row.get("expected") or "",
    }
    place = [str(row["file"])]
    if _given(row.get("sheet")):
        place.append(f"工作表「{row['sheet']}」")
    if _given(row.get("cell")):
        place.append(f"单元格 {row['cell']}")
    elif _given(row.get("row")):
        place.append(f"第 {int(row['row'])} 行")
    return f"{' '.join(place)}：{kind.what.format(**fmt)}。{kind.fix.format(**fmt)}。"


def frame(rows: list[dict]) -> pd.DataFrame:
    """The issues table: one row per problem, messages rendered, personal values removed."""
    df = pd.DataFrame(rows, columns=COLUMNS)
    if df.empty:
        return df.astype({"row": "Int64"})
    df["level"] = df["code"].map(lambda c: CATALOGUE[c].level)
    df["message"] = [render(r) for r in df.to_dict("records")]
    hidden = df["code"].isin(VALUE_HIDDEN)
    df.loc[hidden, "value"] = None
    df["row"] = df["row"].astype("Int64")
    for col in ("value", "detail", "header", "field", "cell", "sheet"):
        df[col] = df[col].astype("string")
    return df
