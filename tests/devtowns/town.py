"""What a development town hands over: its files, its intended records or statistics (the truth's input),
and the named quirks each file shows."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from . import fake
from .books import Book, Sheet
from .truth import Null

# The capabilities of issues 12 and 13 that the whole set must show at least once (by quirk name).
CAPABILITIES = {
    "value_qualifiers": "值带括号限定语，如 检查（日常）、是（副镇长）",
    "value_suffixes": "值带后缀，如 许可类、行政检查类",
    "value_synonyms": "同义值，如 调处成功/达成协议=调解成功，化解成功/已解决=已化解，协议书=书面",
    "tick_marks": "√ 作值",
    "header_four_rows": "最多四行表头，合并的父标题与子标题相连",
    "unit_only_header": "只写单位的子表头（元）取父标题之名加单位",
    "header_line_breaks": "表头单元格内换行",
    "near_miss_header": "近似表头（登记日期、化解结果、信息名称、是否出庭）按内容认列",
    "competing_headers": "两列都像同一字段（服务事项=主题，服务类型=类型）按内容打分",
    "parent_over_ticks": "父标题不得吞掉子列所承载的字段（公开方式 over √ 列）",
    "category_from_sheet_or_title": "类别列缺失时取自工作表名或标题（一表一类）",
    "year_from_title": "无年份日期（3月5日）的年份取自标题或表名",
    "restarting_numbers": "每表/每村重新编号的编号不是跨表主键",
    "date_and_number_in_one_cell": "日期与文号在同一单元格",
    "wide_log": "宽表：每项活动一列计数",
    "tick_matrix": "勾选矩阵：类别列下打 √，按记录计数量",
    "several_tables": "一个工作表或 CSV 里有多张表，各有表头",
    "two_digit_year": "两位年份 24.3.5",
    "hao_for_ri": "号 代 日",
    "impossible_day": "不可能的日期（2024-02-30）年份确定，计入当年并警告",
    "range_quantity": "数量写作 2-3次（有争议，按参数取值）",
    "aggregate_sheet": "汇总表/统计表（按月计数、公式）识别为汇总，不当记录读",
    "aggregate_vs_records": "同一类既有汇总又有记录时，以记录为准并与汇总核对",
    "statistics_form_only": "只有统计表时，数字取自统计表",
    "hidden_sheet_void": "隐藏的（作废）工作表默认不读",
    "hidden_rows": "隐藏行是记录",
    "error_cells": "求和列含错误值（#REF! #DIV/0! #N/A）→ 该数为 null",
    "absent_ledger": "没有台账的数为 null（附原因），不是 0",
    "no_header_as_record": "表头行从不当记录读",
    "csv_gbk": "GBK 编码 CSV",
    "csv_utf8_bom": "UTF-8 带 BOM 的 CSV",
    "html_as_xls": "网页导出的 HTML 表格冒充 .xls",
    "formula_cached_values": "公式单元格带缓存值",
    "count_inside_service_cell": "没有数量列，数量写在类型格的末尾（审查合同3份、解答法律咨询十二人次）",
    "one_row_per_offender": "一案多人每人一行、案件编号重复：起数按编号去重",
    "week_number_date": "按周登记的日期（第12周、2023年第52周）按该周所在年份计，年份缺时取自标题",
    "same_case_in_two_sheets": "同一记录在两张表各列一次（编号括号不同、一处空着）：只计一次，空着的取另一处的值",
    "archive_catalogue_not_register": "卷宗归档目录（卷名、立卷人、保管期限）不是案件登记，不计入也不让该类变为未知",
    "compiled_workbook": "一本汇编收几种台账：目录表在前，每种台账一张表，有的只在表名里写台账种类",
    "word_table": "台账是 Word 文档里的表格，表名是表格上方的段落",
    "xml_spreadsheet_as_xls": "系统导出的 Excel 2003 XML 表格，扩展名 .xls",
    "indicator_rows_form": "指标/单位/数值 统计表一张跨几类，按分节行归类",
    "quarter_and_cumulative_columns": "季度报表 本季/累计 两列：流量逐季相加，季末存量取最后一季",
    "negated_results": "否定的结果（化解不成功、调解未成功）不是成功",
    "checkbox_choice_in_cell": "一格印着几个选项，选中的方框打勾或涂黑（☑已化解 □化解中、■是 □否）：取选中的那项",
    "word_table_continued_after_paragraph": "Word 表格被一段说明隔开，下面的行没有表头：仍是上面那张表",
    "lunar_date_only": "只写农历的日期（2024年农历四月初八）：正月至十月按该年计入，冬月、腊月不定",
    "ods_spreadsheet": "WPS/LibreOffice 另存的 OpenDocument 表格（.ods）",
    "status_by_fill_colour": "没有状态列，整行填充色表示状态，表下注说明颜色（绿色为已化解…）",
    "symbol_font_ticks": "勾叉是符号字体里的字母（Wingdings 的 ü、Wingdings 2 的 P）：读作字体显示的 ✓ / ✗",
    "result_symbols_with_note": "结果只写符号（√ / × / ○、★），表下注说明每个符号的含义",
    "total_first_row": "统计表的 合计/总计 是第一个数据行（在各分项之上）",
    "indented_sub_rows": "缩进的 其中 行（其中：警告 / 　　　　　罚款）是上一行的一部分，不是另外的分项，不能再加一次",
    "unit_in_row_label": "统计表的行名带金额单位（核定补贴金额（千元））：换算成元，换算不了就不给数",
    "sheets_table_one_and_two": "一本工作簿里 表一、表二 是一份报表的几张表：同一个数两张表都填，只算一次",
    "code_and_column_number_rows": "代码 列（01 02 …）和表头下的栏次行（甲 乙 1 2 3）：是编号，不是计数",
}


@dataclass(frozen=True)
class Quirk:
    """One named quirk: where it is and which figures it affects."""

    name: str  # a key of CAPABILITIES, or a town-specific name
    file: str
    sheet: str
    figures: tuple[str, ...]
    note: str = ""


@dataclass
class Built:
    """A town as generated: files, truth inputs and quirks."""

    books: list[Book] = field(default_factory=list)
    ledgers: dict[str, Any] = field(default_factory=dict)  # kind → records | Stats | Null
    overrides: dict[str, Null] = field(default_factory=dict)
    quirks: list[Quirk] = field(default_factory=list)

    def quirk(self, name: str, file: str, sheet: str, figures: tuple[str, ...] | str, note: str = "") -> None:
        self.quirks.append(Quirk(name, file, sheet, (figures,) if isinstance(figures, str) else figures, note))


# The counsel services of a register kept in plain words, and what each is in the truth.
COUNSEL_SERVICES = {"法律咨询": 6, "审查合同": 2, "出具法律意见书": 1, "法律援助": 0.6}
COUNSEL_TRUTH = {"法律咨询": "法律咨询", "审查合同": "文书审核", "出具法律意见书": "法律意见书", "法律援助": "法律援助"}
COUNSEL_FIGURES = ("counsel.opinions", "counsel.document_reviews", "counsel.consultations", "counsel.legal_aid")


def disclosure_requests_header(sheet: Sheet, broken: bool = False) -> None:
    """The three-row header of the 政府信息公开工作年度报告's table 三、收到和处理政府信息公开申请情况 (the national format of 2021):
    申请人情况 › 自然人 | 法人或其他组织 › 商业企业 … | 总计; `broken`: two titles with a line break typed in them."""
    firms = ["商业\n企业", "科研\n机构"] if broken else ["商业企业", "科研机构"]
    sheet.header(
        [
            [
                "（本列数据的勾稽关系为：第一项加第二项之和，等于第三项加第四项之和）",
                None,
                None,
                "申请人情况",
                *[None] * 6,
            ],
            [None, None, None, "自然人", "法人或其他组织", None, None, None, None, "总计"],
            [None, None, None, None, *firms, "社会公益组织", "法律服务机构", "其他", None],
        ],
        [(1, 1, 3, 3), (1, 4, 1, 10), (2, 4, 3, 4), (2, 5, 2, 9), (2, 10, 3, 10)],
    )


def plain_counsel_register(built: Built, rng, town: str, year: int, villages: tuple[str, ...], rows: int) -> str:
    """A 村（居）法律顾问 register kept by hand in plain words, one service a row: the contrast several towns hand
    over beside their quirky ledgers. Its records go to the truth; returns its file name (for the town's quirk)."""
    name = f"{town}村（居）法律顾问服务台账{year}.xlsx"
    sheet = Sheet("服务台账")
    sheet.title(f"{town}{year}年村（居）法律顾问服务台账", 6)
    sheet.header([["序号", "服务日期", "服务村（社区）", "服务类型", "数量（件/人次）", "法律顾问"]])
    records = []
    for n, day in enumerate(fake.dates_in(rng, year, rows), start=1):
        service = fake.pick(rng, COUNSEL_SERVICES)
        quantity = rng.choice([1, 2, 3]) if service == "法律咨询" else 1
        sheet.add(n, f"{day:%Y.%m.%d}", rng.choice(villages), service, quantity, fake.name(rng))
        records.append({"served_on": day, "service": COUNSEL_TRUTH[service], "quantity": quantity})
    built.books.append(Book(name, [sheet]))
    built.ledgers["counsel"] = records
    return name
