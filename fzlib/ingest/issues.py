"""The closed catalogue of data-issue codes, their levels, and the one place Chinese messages are rendered."""

from __future__ import annotations

import functools
import re
import unicodedata
from dataclasses import dataclass

import numpy as np
import pandas as pd
import yaml

from fzlib.spec import load_specs

ERROR, WARNING, NOTE = "错误", "警告", "提示"
YES_NO_CHOICES = "是、否"  # the allowed values a yes/no field's messages name
# Issues listed one by one per file (the rest are counted in one summary row, file.issues_capped),
# and in all: the issues workbook stays one an office can open (Excel stops at 1,048,576 rows).
MAX_PER_FILE = 5_000
MAX_LISTED = 200_000

COLUMNS = [
    "code",
    "level",
    "file",
    "sheet",
    "cell",
    "row",
    "kind",
    "field",
    "header",
    "value",
    "detail",
    "expected",
    "suggestion",
    "message",
]
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
    "kind": "台账种类",
    "suggestion": "建议改为",
}
# The sheets of the issues workbook: a summary per file and code first, then the worklist.
SUMMARY_SHEET, WORKLIST_SHEET = "汇总", "问题清单"
# The column an office fills in the issues workbook: 同意 beside a suggestion lets `accept` take it.
HANDLED_TITLE = "处理情况"

# Issues whose `suggestion` a town can accept as its own words (params/<year>.yaml): a value
# written another way becomes a variant of the suggested canonical value; a header, an alias of
# the suggested field. Never for a personal field (its values are personal data).
ACCEPTS_VARIANT = frozenset({"vocab.unknown", "vocab.assumed", "vocab.slip"})
ACCEPTS_ALIAS = frozenset({"column.unknown", "column.by_content", "column.slip"})


@dataclass(frozen=True)
class IssueType:
    label: str  # a few words, for summaries and tables of counts
    level: str
    what: str  # what is wrong (may use {value}, {header}, {detail})
    fix: str  # what was expected / how to fix it
    # The cell's value cannot be used (it is left out of every figure that needs this field).
    unusable: bool = False
    # Noted once per sheet and field (and value), with how many cells: 30 yearless dates are one note.
    per_sheet: bool = False


CATALOGUE: dict[str, IssueType] = {
    # Files and sheets
    "file.unreadable": IssueType(
        "文件无法打开",
        ERROR,
        "文件无法打开（已损坏或不是表格文件）",
        "请用 Excel/WPS 打开确认，另存为 .xlsx 后放回原文件夹",
    ),
    "file.cut_short": IssueType(
        "文件不完整",
        ERROR,
        "文件不完整，只有开头部分（复制、下载或保存没有完成，或文件仍在写入），其中的记录无法完整读取",
        "请等保存或复制完成，或从原处（经办人的电脑、邮件附件、U 盘）重新复制一份完整的文件替换它；"
        "不要“修复”后放回：修复只会留下开头部分的记录",
    ),
    "file.strings_damaged": IssueType(
        "工作簿文字部分已损坏",
        ERROR,
        "文件中保存各单元格文字的部分（sharedStrings.xml）已损坏或缺失（复制、同步或程序保存时出错），表格本身完好，"
        "但表中的文字无法读取，其中的台账未读取",
        "请用 Excel/WPS 打开该文件，按提示修复后逐项核对表中文字是否完整（修复时缺失的文字找不回来），另存为 .xlsx "
        "放回原文件夹；文字缺失时，请向报送单位重新要一份完整的文件",
    ),
    "file.unreadable_document": IssueType(
        "Word 文件无法打开",
        ERROR,
        "Word 文件无法打开（已损坏，多为复制、下载或保存未完成）",
        "请用 Word/WPS 文字打开（按提示修复）确认表格完整后另存为 .docx 放回原文件夹，或向发来的人重新要一份",
    ),
    "file.blank_template": IssueType(
        "空白模板",
        WARNING,
        "这是一份空白模板（{detail}，没有填写任何记录），未作为台账计入：相关指标按未提供台账，为“无法统计”",
        "请把填好记录的台账放入文件夹、移出这份模板；如本年确实没有此类记录，请把文件名中的“模板”去掉后放回，相关指标即统计为 0",
    ),
    "file.temporary": IssueType(
        "保存时留下的临时文件",
        ERROR,
        "这是 Excel、WPS 或 Word 保存时留下的临时文件（保存中断时才会留下），不是台账，未读取",
        "台账已正常保存的，请删除它；如保存时程序意外关闭，它可能存有最新的内容：请复制一份、把扩展名改为 .xlsx，"
        "用 Excel/WPS 打开核对后作为台账放回，再删除临时文件",
    ),
    "file.other_program": IssueType(
        "其他软件的文件",
        ERROR,
        "这是{detail}文件，fzlib 只读 Excel/WPS 表格、CSV 和 Word 表格",
        "请在原来的软件中用“导出”或“另存为”存成 Excel 工作簿（.xlsx）后放回原文件夹，再把原文件移出",
    ),
    "file.encrypted": IssueType(
        "文件有密码", ERROR, "文件设有打开密码，无法读取", "请在 Excel/WPS 中取消密码保护后另存为 .xlsx"
    ),
    "file.encrypted_document": IssueType(
        "Word 文件有密码",
        ERROR,
        "Word 文件设有打开密码，无法读取",
        "请在 Word/WPS 文字中输入密码打开，在“文件 → 信息 → 保护文档 → 用密码进行加密”中清空密码后保存为 .docx 放回原文件夹；"
        "不知道密码的，请向经办人要一份没有密码的文件",
    ),
    "file.empty": IssueType(
        "空文件", ERROR, "文件是空的，没有任何内容", "请确认是否放错文件；不需要的文件请移出或在参数文件 exclude 中列出"
    ),
    "file.unknown_kind": IssueType(
        "无法识别台账种类",
        ERROR,
        "无法识别这是哪一种台账{detail}",
        "请检查表头是否使用常见列名；或在 params/<年份>.yaml 的 kinds 中为该文件指定台账种类；不需要的文件请在 exclude 中列出",
    ),
    "file.not_a_table": IssueType(
        "不是表格文件",
        ERROR,
        "这是{detail}，不是表格文件，其中的记录无法读取",
        "若它是台账（如扫描件、照片），请向经办科室要 Excel/WPS 表格版本放回文件夹；"
        "若不是台账，请移出文件夹或在 params/<年份>.yaml 的 exclude 中列出",
    ),
    "file.register_as_paragraphs": IssueType(
        "台账写成段落",
        ERROR,
        "这份 Word 文档的正文没有表格，记录写成了逐条编号的段落（{detail}，如“一、2024年3月5日，某村某某与某某因……”）；"
        "日期、事由、办理结果等写在句子中，无法可靠地拆成各列，其中的记录未读取",
        "请按这本台账应有的列（如 日期、村（社区）、当事人、事由、办理结果各一列）把每一段填成表格的一行（可用台账模板），"
        "保存后再运行；如不是台账，请移出文件夹或在 params/<年份>.yaml 的 exclude 中列出",
    ),
    "file.table_in_page_header": IssueType(
        "表格在页眉中",
        ERROR,
        "这份 Word 文档的正文中没有表格，表格写在页眉（或页脚）里；页眉中的内容不作为台账读取，其中的记录未读取",
        "如这是台账，请在 Word 中双击页眉，选中并剪切其中的表格，关闭页眉后粘贴到正文，保存后再运行；"
        "如不是台账，请移出文件夹或在 params/<年份>.yaml 的 exclude 中列出",
    ),
    "file.fixed_width": IssueType(
        "按空格对齐的文本",
        ERROR,
        "这是按空格对齐各列的文本（如 Excel 的“带格式文本（空格分隔）”.prn，或系统“打印到文件”的结果），"
        "列与列之间没有分隔符，无法可靠地分出各列，其中的记录未读取",
        "请在原系统或 Excel/WPS 中把台账另存为 .xlsx（或逗号分隔的 .csv）后放回原文件夹，再把这个文件移出"
        "（或在 params/<年份>.yaml 的 exclude 中列出）",
    ),
    "file.own_output": IssueType(
        "fzlib 自己写出的文件",
        ERROR,
        "这是 fzlib 写出的{detail}（由台账算出的结果，不是台账），未作为台账读取",
        "请把它移出台账文件夹（或在 params/<年份>.yaml 的 exclude 中列出）；报告、指标表和问题清单每次运行都会重新生成",
    ),
    "file.shortcut": IssueType(
        "快捷方式而非台账",
        ERROR,
        "这是一个快捷方式{detail}，不是台账文件本身，其中没有记录",
        "在线表格（金山文档、腾讯文档等）请在网页上“下载”或“导出为 Excel”，把得到的 .xlsx 放入原始台账文件夹；"
        "电脑上的快捷方式请把它指向的文件本身复制进来；然后删除该快捷方式",
    ),
    "file.archive": IssueType(
        "压缩包",
        ERROR,
        "这是一个压缩包（{detail}），fzlib 不打开压缩包，其中的台账未读取",
        "请解压后把其中的台账文件放入该年份的文件夹，再把压缩包移出（或在 params/<年份>.yaml 的 exclude 中列出）",
    ),
    # An Office file's parts in a folder of its name (执法台账.xlsx/[Content_Types].xml, xl/…): unpacked by an unzip
    # tool or a Mac's Archive Utility. Its parts are never read one by one; the file is not put back together here
    # (a copy of a ledger written outside data/raw is personal data leaving it).
    "file.unpacked_package": IssueType(
        "解压开的 Office 文件",
        ERROR,
        "这是一个文件夹，里面是一个 {detail} 文件解压开后的各个部件（[Content_Types].xml 等），不是文件本身，其中的台账未读取",
        "请找回原来的文件放入原始台账文件夹，再删除该文件夹；找不到原文件时，可打开该文件夹，全选其中所有文件和文件夹，"
        "压缩为 .zip，把压缩包的扩展名改为 .xlsx（Word 文件改为 .docx），放入原始台账文件夹后删除该文件夹",
    ),
    "file.empty_folder": IssueType(
        "名为台账文件的空文件夹",
        ERROR,
        "这是一个空文件夹，不是文件：名称像台账文件，里面却没有任何文件（同步网盘未下载完的占位、拖放时建成了文件夹等），"
        "这份台账没有读到",
        "请把这份台账文件本身放入原始台账文件夹，再删除这个空文件夹；如本来就没有这份台账，直接删除该文件夹即可",
    ),
    # The folder sent as one zip and unpacked where it arrived, the zip left beside its files: the same books twice.
    "file.archive_copy": IssueType(
        "已解压的压缩包",
        NOTE,
        "这是一个压缩包，其中的文件与文件夹中的{detail}逐字节相同（已解压在文件夹中），其中的记录只按文件夹中的文件计入一次",
        "无需处理；不需要的压缩包可以删除",
    ),
    # A ledger sent as an attachment, the whole message saved among the ledgers: its attachment is not opened.
    "file.email": IssueType(
        "电子邮件",
        ERROR,
        "这是一封{detail}，fzlib 不打开邮件，其附件中的台账未读取",
        "请在邮件程序中把附件（台账文件）另存到该年份的文件夹，再把邮件文件移出（或在 params/<年份>.yaml 的 exclude 中列出）",
    ),
    "file.old_word": IssueType(
        "旧版 Word 文档",
        ERROR,
        "这是 Word 97-2003 格式的文档（.doc/.wps），其中的表格无法读取",
        "若其中是台账表格，请用 Word/WPS 打开，另存为 .docx（或把表格复制到 Excel）后放回；"
        "若不是台账，请移出文件夹或在 params/<年份>.yaml 的 exclude 中列出",
    ),
    "file.copy": IssueType(
        "文件副本",
        NOTE,
        "与“{detail}”逐字节相同，是它的副本，其中的记录只按原文件计入一次",
        "无需处理；不需要的副本可以删除",
    ),
    "file.copy_unread": IssueType(
        "无法读取的文件的副本",
        NOTE,
        "与“{detail}”逐字节相同，是它的副本；原文件无法读取（见该文件的问题），副本同样没有读入",
        "按原文件的问题处理（如取消密码后另存）；不需要的副本可以删除",
    ),
    "file.superseded": IssueType(
        "已有修改稿的旧版本",
        NOTE,
        "同一台账另有后来的版本“{detail}”，本文件是旧版本，未读取，记录以新版本为准",
        "无需处理；如本文件并非旧版本，请改名，不要与新版本只差“修改稿”“最终版”等字样；"
        "如新版本只含改动的记录、两份都应读取，请在 params/<年份>.yaml 的 earlier_versions 中列出本文件名",
    ),
    # A book received twice a few days apart (台账.xlsx, 台账(1).xlsx): the later save holds every record of the earlier.
    "file.earlier_save": IssueType(
        "同一台账较早的保存",
        NOTE,
        "与“{expected}”只差文件名中的“(1)”“副本”等字样，本文件的每条记录（统计表的每个数）都在“{expected}”中"
        "（后者另多 {detail} 项），本文件是较早保存的一份，未计入，以“{expected}”为准",
        "无需处理，不需要的旧文件可以删除；如本文件才是最后的版本（后来删去了记录），请移走另一份后重新运行",
    ),
    # Two saves of one book neither of which holds all the other's records: both read, which one stands is not known.
    "file.saves_differ": IssueType(
        "同一台账的两份保存内容不同",
        ERROR,
        "与“{detail}”只差文件名中的“(1)”“副本”等字样，像是同一台账的两次保存，但两份各有对方没有的记录，"
        "两份的记录都已计入，可能重复",
        "请核对两份文件，只保留最后的版本（或把两份的记录合成一份），把另一份移出文件夹；如确是两本不同的台账，请改名加以区分",
    ),
    # Two saves of one book of statistics only stating a figure differently: neither is set aside, the figures they
    # differ on are withheld (never added), which save stands is the office's to say.
    "file.form_saves_differ": IssueType(
        "同一统计表的两份保存数字不同",
        ERROR,
        "与“{detail}”只差文件名中的“(1)”“副本”等字样，像是同一统计表的两次保存，但两份填报的数字不一致，"
        "不知哪一份是最后的版本：两份不同的数不相加，这些数无法得出",
        "请核对两份文件，只保留最后报送的版本，把另一份移出文件夹后重新运行；如确是两张不同的表（不同时期或不同村），请改名加以区分",
    ),
    "file.name_garbled": IssueType(
        "文件名是乱码",
        NOTE,
        "文件名是解压或复制时按错了编码的中文（原名应是“{detail}”，压缩包在另一种语言的系统里做成或解开），已按台账读取",
        "无需处理；如方便，请把文件改回原名“{detail}”（或在中文 Windows 上用能选编码的解压软件重新解压）",
    ),
    "file.hidden_name": IssueType(
        "隐藏的文件",
        NOTE,
        "文件名以“.”开头，在 macOS、Linux 中是隐藏文件（打开文件夹时看不到），已按台账读取",
        "如这不是要统计的台账，请删除或在 params/<年份>.yaml 的 exclude 中列出；否则建议改名，去掉开头的“.”",
    ),
    "file.lock_name": IssueType(
        "锁定文件名的台账",
        NOTE,
        "文件名以“~$”开头，这是 Excel、WPS 和 Word 打开文件时留下的锁定文件的名字（这类文件通常被隐藏、会被自动删除），"
        "但其中是工作簿或 Word 文档的内容，已按台账读取",
        "请把文件改名，去掉开头的“~$”，以免被当作锁定文件删除；如这不是要统计的台账，请移出或在 params/<年份>.yaml 的 exclude 中列出",
    ),
    "file.backup": IssueType(
        "软件自动留下的备份",
        NOTE,
        "这是编辑软件保存“{detail}”时自动留下的备份（保存前的旧内容），未读取，记录以“{detail}”为准",
        "无需处理，不需要的备份可以删除；如要用的正是这份备份，请把它改成正式的文件名（如 .xlsx）并移走另一份",
    ),
    "file.scan_of_table": IssueType(
        "表格的扫描件",
        NOTE,
        "是“{detail}”打印盖章后的扫描件或照片，其中的记录按该表格计入一次",
        "无需处理；若扫描件与表格内容不同，请以盖章件为准改正表格",
    ),
    "file.other_years_book": IssueType(
        "往年的同名台账",
        NOTE,
        "是同一台账{detail}的本子（本年度的是“{expected}”），其中的记录不计入本年度",
        "无需处理；不需要的往年文件可以移出本年度文件夹",
    ),
    "file.page_parts_missing": IssueType(
        "网页缺少其文件夹",
        ERROR,
        "这是 Excel 另存为的网页，其工作表保存在网页旁的文件夹“{detail}”中，该文件夹（或其中的工作表文件）不在，台账未读取",
        "请把该文件夹与网页一起复制到原始台账文件夹（放在网页旁边）；或在 Excel/WPS 中打开原网页，另存为 .xlsx 放回原文件夹",
    ),
    "file.part_twice": IssueType(
        "文件中同一部分写了两次",
        ERROR,
        "文件内部的{detail}写了两次、两份内容不同（多为程序向已有文件追加写入时出错），无法确定哪一份是台账的内容，未读取",
        "请用生成该文件的程序或系统重新导出一份放回原文件夹；如只能用现有文件，请用 Excel/WPS 打开（如提示修复，"
        "选择修复），逐条核对记录后另存为 .xlsx 放回原文件夹",
    ),
    "file.frame_page": IssueType(
        "框架网页，表格不在文件中",
        ERROR,
        "这是一个框架网页（页面由其他网页拼成，多为在浏览器中把系统页面“另存为”所得），表格在它引用的其他网页中，"
        "不在这个文件里，台账未读取",
        "请在业务系统中用“导出”把台账导出为 Excel（.xlsx）放回原文件夹；或在浏览器中右键表格所在区域，"
        "选“在新标签页中打开框架”后另存为网页，再用 Excel/WPS 打开另存为 .xlsx",
    ),
    "file.no_table": IssueType(
        "文件中无表格", ERROR, "文件中没有找到任何台账表格", "请确认表头（如“序号”“案件编号”等）在前 20 行内"
    ),
    "file.only_hidden": IssueType(
        "只有隐藏的工作表",
        ERROR,
        "文件中只有隐藏的工作表，未读取任何内容",
        "请在 params/<年份>.yaml 的 hidden_sheets 中列出要读取的工作表名；普通隐藏的表也可在 Excel/WPS 中取消隐藏"
        "（“深度隐藏”的表在“取消隐藏”里看不到，只能用 hidden_sheets 读取）",
    ),
    "file.wrong_year": IssueType(
        # Other years', not last years': a register kept over the years and saved a file a quarter leaves
        # next year's first quarter (台账-2025年1-3月.xlsx) in this year's folder as well.
        "像是其他年份的台账",
        ERROR,
        "文件中的记录大多不属于本年度（{detail}），可能放错了年份文件夹",
        "请确认是否把其他年份的台账放进了本年度文件夹；如是，请移到该年份的文件夹，或在 params/<年份>.yaml 的 exclude 中列出",
    ),
    "year.mostly_other": IssueType(
        "大部分记录不属本年度",
        ERROR,
        "本年度文件夹中的大部分记录不属于本年度（{detail}）",
        "请确认命令中的年份（--year）与文件夹对应，并检查是否把往年的台账放进了本年度文件夹",
    ),
    "file.too_large": IssueType(
        "文件超出处理上限",
        ERROR,
        "文件超出处理上限，未读入{detail_colon}",
        "请确认文件内容：删除表格之外的多余单元格、把过大的表拆成几个文件，另存为 .xlsx 后放回原文件夹；不需要的文件请在 exclude 中列出",
    ),
    "file.no_access": IssueType(
        "系统不允许读取",
        ERROR,
        "系统不允许读取该文件（或文件夹）：{detail}，其中的台账未读取",
        "路径太长时，请把台账移到层级较浅、名称较短的文件夹中；没有权限时，请把台账复制到原始台账文件夹中"
        "（复制出的文件归您所有），或请管理员开放读取权限；然后重新运行",
    ),
    "file.outside_link": IssueType(
        "指向文件夹外的链接",
        ERROR,
        "这是一个指向原始台账文件夹以外的链接（快捷方式），为安全起见未读取",
        "请把台账文件本身复制到原始台账文件夹中，删除该链接",
    ),
    "file.broken_link": IssueType(
        "链接指向的文件不存在",
        ERROR,
        "这是一个链接（快捷方式），它指向的文件已不存在（被移动、删除，或几个链接互相指向），其中的台账未读取",
        "请把台账文件本身复制到原始台账文件夹中，删除该链接；不需要的链接请删除或在 params/<年份>.yaml 的 exclude 中列出",
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
    "sheet.other_document": IssueType(
        "另一种材料",
        NOTE,
        "该工作表是另一种材料（{detail}），不是台账，其中各行不计入",
        "无需处理；如它确是台账，请修改其标题、工作表名或文件名，或在 params/<年份>.yaml 的 kinds 中为该文件指定台账种类",
    ),
    "sheet.unjoined_lines": IssueType(
        "只有一格有字的行未计入",
        NOTE,
        "第 {detail} 行只有一格有字，写在上一条记录同一栏之下，像是该记录的文字换行写到了下一行，也可能是一条说明；"
        "它没有并入上一条记录，也不作为记录计入",
        "如是上一条记录的续行，请把这行的文字并入上一行的同一单元格并删去这一行；如是说明，无需处理",
    ),
    "sheet.register_wanting": IssueType(
        "像台账但缺必需的列",
        WARNING,
        "该工作表有“{value}”自己的栏目，但没有“{detail}”一栏，只有“{header}”（它不一定就是{detail}，这张表也可能是"
        "来电或工单记录），无法确定它是不是该台账，其中各行未计入",
        "如它是{value}且“{header}”就是{detail}，请把该列标题改为“{detail}”后重新运行；如它是来电或工单记录，无需处理",
    ),
    "sheet.page_continued": IssueType(
        "续页没有表头",
        NOTE,
        "该工作表没有表头，是工作表「{detail}」中表格的续页（PDF 转换成表格时每页一张表），已按「{detail}」的表头读取",
        "无需处理；如它不是续页，请给它加上自己的表头",
    ),
    "sheet.unread_rows": IssueType(
        "工作表有数据但未能识别",
        ERROR,
        "该工作表有多行数据，但未能识别出台账表头，其记录未读取；同一文件中的{detail}因此无法完整统计",
        "请检查该表的表头是否使用常见列名，或在 params/<年份>.yaml 的 columns 中指定各列；如该表不是台账，请把它移到另一个文件",
    ),
    "sheet.query_filtered": IssueType(
        "按查询条件导出的表",
        WARNING,
        "该表是按查询条件导出的（“{detail}”），只含查询保留的记录（{value}）：没有其他文件补足的全年指标无法统计",
        "请在系统中不设筛选条件、按全年（1月1日至12月31日）重新导出；分时段导出的，请把各时段的文件都放入台账文件夹",
    ),
    "sheet.header_only": IssueType(
        "只有表头的表",
        NOTE,
        "该表只有表头、没有记录，看作“{detail}”，计为 0 条",
        "无需处理；如本表另有记录，请检查表头是否写全",
    ),
    "sheet.hidden": IssueType(
        "隐藏的工作表未读取",
        NOTE,
        "该工作表是隐藏的（常为作废或备用的表），未读取",
        "如该表应计入，请取消隐藏，或在 params/<年份>.yaml 的 hidden_sheets 中列出该工作表名",
    ),
    "sheet.very_hidden": IssueType(
        "深度隐藏的工作表未读取",
        NOTE,
        "该工作表被设为“深度隐藏”（Excel/WPS 的“取消隐藏”里看不到，常为模板或宏用的表），未读取",
        "多数情况下无需处理；如该表应计入，请在 params/<年份>.yaml 的 hidden_sheets 中列出该工作表名",
    ),
    "sheet.hidden_rows": IssueType(
        "隐藏的行仍计入",
        NOTE,
        "第 {detail} 行被隐藏，仍按台账记录计入（隐藏不等于删除）",
        "如这些行不应计入，请删除这些行，而不是隐藏",
    ),
    "sheet.unseen_cells": IssueType(
        "看不见的内容仍计入",
        NOTE,
        "第 {detail} 行有单元格设成了看不见的格式（白色字体、“;;;”数字格式），屏幕上和打印时都看不到，仍按所填内容计入",
        "如这些内容不应计入，请删除；否则请把字体颜色或数字格式改回常规，以免核对时与所见对不上",
    ),
    "sheet.check_boxes_unlinked": IssueType(
        "复选框未链接到单元格",
        WARNING,
        "工作表上画有 {detail} 个复选框控件（浮在单元格上方），没有链接到单元格：勾没勾选只存在控件里，不在任何单元格中，未读取",
        "请在复选框所在的单元格里填写“是”或“否”（或对应的选项）；或右键每个复选框 → 设置控件格式 → 单元格链接，"
        "选它所在的单元格，勾选后该格即为 TRUE/FALSE，可以读取",
    ),
    "sheet.void_rows": IssueType(
        "作废的行未计入",
        NOTE,
        "第 {detail} 行注明作废（作废、重复、录错等），不是台账记录，未计入",
        "无需处理；如某行并未作废，请删去“作废”“重复”“录错”等字样",
    ),
    "sheet.struck_rows": IssueType(
        "划掉的行未计入",
        NOTE,
        "第 {detail} 行整行加了删除线（划掉），不是台账记录，未计入",
        "无需处理；如某行并未划掉，请取消该行的删除线",
    ),
    "sheet.superseded_rows": IssueType(
        "被更正的行未计入",
        NOTE,
        "第 {detail} 行已由后面注明“更正第N行”的行取代，按更正后的行计入，原行未计入",
        "无需处理；如更正的不是这一行，请把“更正第N行”中的 N 改为被更正行的序号",
    ),
    "sheet.correction_unmatched": IssueType(
        "找不到被更正的行",
        WARNING,
        "第 {detail} 行注明更正某一序号的行，但表中没有（或不止一行）这个序号，被更正的行如仍在表中，会和更正行一起计入",
        "请删去被更正的行，或把“更正第N行”中的 N 改为被更正行的序号",
    ),
    "sheet.record_rows": IssueType(
        "一条记录写成几行",
        NOTE,
        "第 {detail} 行没有编号、日期和计数所需的项，只续写上一行记录的其他内容（如一案的另一名当事人、一个决定的"
        "另一种处罚），是上一条记录的续行，未另计",
        "无需处理；如某行其实是另一条记录，请补填它的编号和日期",
    ),
    "sheet.shares_summed": IssueType(
        "一条记录分行登记，份额相加",
        NOTE,
        "第 {detail} 行各是一条记录（编号相同或序号合并，分号隔开的每组行是一条），按“{header}”分行登记，各行的“{value}”"
        "是各自的份额，按相加计入该记录",
        "无需处理；如各行写的是同一个数（而不是各自的份额），请只在一行填写",
    ),
    "row.other_matter": IssueType(
        "不属本类台账的行未计入",
        NOTE,
        "“{header}”列写明第 {detail} 行是“{value}”，不属于“{expected}”的记录，未计入",
        "无需处理；如其中有属于本类的行，请改正“{header}”列",
    ),
    "row.decided_elsewhere": IssueType(
        "另一机关作出的决定未计入",
        NOTE,
        "第 {detail} 行的“{header}”是“{value}”：是县（市、区）级部门以自己的名义作出的决定（如派出机构报来的台账），"
        "不是本镇（乡、街道）的案件，未计入",
        "无需处理；如这些案件确是本镇（乡、街道）以自己的名义作出的，请把“{header}”改为本镇（乡、街道）或其机构的名称",
    ),
    "sheet.process_steps": IssueType(
        "同一记录的各处理环节只计一次",
        NOTE,
        "这是平台按处理环节导出的流水（“{header}”列）：第 {detail} 行是同一编号记录的后续环节（派单、办结、归档等），"
        "不是另外的记录，未计入；每条记录按其受理一行计入，办理结果取最后一个环节的",
        "无需处理；如某行其实是另一条记录，请给它另编编号",
    ),
    "sheet.merged_duplicates": IssueType(
        "合并的重复件未计入",
        NOTE,
        "第 {detail} 行是已合并到另一记录的重复件（同一事项再次上报），不是另一条记录，未计入",
        "无需处理；如该件并非重复件，请删去其“合并至”编号",
    ),
    "sheet.example_rows": IssueType(
        "填写示例的行未计入",
        NOTE,
        "第 {detail} 行是模板的填写示例（序号写“示例”“例”或注明为示例），不是台账记录，未计入",
        "无需处理；如某行其实是记录，请把它的序号改为数字并删去“示例”字样",
    ),
    "sheet.test_rows": IssueType(
        "试填的行未计入",
        NOTE,
        "第 {detail} 行是试填（有一格只写“测试”），不是台账记录，未计入",
        "无需处理；如某行其实是记录，请把写“测试”的那一格改为实际的值",
    ),
    # A county's table (全县汇总, a system export, a summary by town) holds other towns' rows (fzlib.ingest.towns).
    "row.other_town": IssueType(
        "其他乡镇的行未计入",
        NOTE,
        "“{header}”列写明有 {value} 行属于其他乡镇（{detail}），不是本镇（{expected}）的，未计入",
        "无需处理；如其中有本镇的行，请把本镇名称写成“{expected}”，或在 params/<年份>.yaml 的 town 中写明本镇名称",
    ),
    "column.town_unmatched": IssueType(
        "找不到本镇的行",
        ERROR,
        "“{header}”列写明各行属于哪个乡镇（{detail}），但没有一行是本镇（{expected}）的：该表的 {value} 行都未计入，"
        "相关指标无法得出",
        "请在 params/<年份>.yaml 的 town 中写明本镇名称（与该列的写法一致，如 河湾镇）后重新运行；"
        "如该表确实没有本镇的记录，请在 exclude 中列出该文件",
    ),
    "column.town_single": IssueType(
        "各行写的是同一个乡镇",
        NOTE,
        "“{header}”列每一行都写“{detail}”，与设定的本镇（{expected}）不同；只写一个乡镇的表按本镇的台账计入",
        "如“{detail}”就是本镇，请在 params/<年份>.yaml 的 town 中写明；如该文件其实是其他乡镇的，请在 exclude 中列出",
    ),
    "sheet.other_town": IssueType(
        "其他乡镇的工作表未计入",
        NOTE,
        "该工作表属于其他乡镇（{detail}，见工作表名或表格标题），不是本镇（{expected}）的，其中 {value} 行未计入",
        "无需处理；如它其实是本镇的，请把工作表名改为本镇名称，或在 params/<年份>.yaml 的 town 中写明本镇名称",
    ),
    # A county run: a table titled as another town of the county, which has a folder of its own, in this town's folder.
    "sheet.county_other_town": IssueType(
        "本县其他乡镇的台账",
        ERROR,
        "该表的标题写的是{detail}（本县另一个乡镇，有自己的文件夹），却放在本镇（{expected}）的文件夹中：其中 {value} 行"
        "未计入本镇，相关指标无法得出",
        "如它是{detail}的台账，请移到{detail}的文件夹（那里已有同样的记录时直接删去）；如它确是本镇的（沿用了{detail}的表格），"
        "请把标题改为本镇名称后重新运行",
    ),
    # A township merged into another in the year (撤乡并镇): its books and a county form's rows still carry its name,
    # written as a former one (原新店乡). Whether it was merged into this town only params can say.
    "sheet.former_town": IssueType(
        "撤并前乡镇的台账",
        ERROR,
        "该工作表的标题写的是撤并前的乡镇（{detail}），本镇（{expected}）的参数中没有写它：其中 {value} 行未计入，"
        "相关指标无法得出",
        "如{detail}已并入本镇，请在 params/<年份>.yaml 中写一行 former_towns: {detail_list}"
        "（几个乡镇写在同一个方括号里），再重新运行；如它并入的是别的乡镇，请在 exclude 中列出该文件",
    ),
    "column.former_town": IssueType(
        "有撤并前乡镇的行",
        ERROR,
        "“{header}”列有撤并前的乡镇（{detail}），本镇（{expected}）的参数中没有写它：该表的 {value} 行都未计入，"
        "相关指标无法得出",
        "如{detail}已并入本镇，请在 params/<年份>.yaml 中写一行 former_towns: {detail_list}"
        "（几个乡镇写在同一个方括号里），再重新运行，其行按本镇计入；如它并入的是别的乡镇，请在 exclude 中列出该文件",
    ),
    "file.town_not_found": IssueType(
        "没有本镇的工作表",
        ERROR,
        "各工作表分属不同乡镇（{detail}，见工作表名或表格标题），没有一张是本镇（{expected}）的：都未计入，相关指标无法得出",
        "请在 params/<年份>.yaml 的 town 中写明本镇名称（与工作表名或标题的写法一致）后重新运行；"
        "如该文件确实没有本镇的记录，请在 exclude 中列出",
    ),
    "sheet.two_line_records": IssueType(
        "每条记录占两行",
        NOTE,
        "表中 {detail} 条记录各占两行（下一行序号空着，写处理结果、调解结果等），已把下一行并入上一行作为一条记录",
        "无需处理；如某条下一行是另一条记录，请补上它的序号和编号",
    ),
    "sheet.ditto": IssueType(
        "“同上”取上一行的值",
        NOTE,
        "表中 {detail} 个单元格写作“同上”，已取上一行同一列的值",
        "无需处理；如某处“同上”不是指上一行，请改为实际的值",
    ),
    "sheet.ditto_nothing_above": IssueType(
        "“同上”上面没有值",
        ERROR,
        "本格写作“{value}”，意思是与上一行相同，但上面没有可取的值：本格在第一条记录，或上一行这一列空着；“{header}”按空白处理",
        "请把“{value}”改为实际的值",
    ),
    "sheet.ditto_key": IssueType(
        "编号写作“同上”",
        ERROR,
        "本格写作“{value}”，但“{header}”是每条记录自己的编号，不能照抄上一行：看不出本行是上一行那条记录的又一行"
        "（如同一案件的另一名当事人），还是另一条记录漏填了编号，该行未计入统计",
        "如是另一条记录，请填上它自己的“{header}”；如与上一行是同一条记录，请把两行合为一行",
    ),
    "sheet.date_parts_carried": IssueType(
        "空着的年、月取上一行的值",
        NOTE,
        "日期分 年、月、日 几列登记，{detail} 个年或月的单元格空着（照账页写法只在每页第一行和变化处写），已取上一行的年、月",
        "无需处理；如某行的年或月并非与上一行相同，请补写该行的年、月",
    ),
    "sheet.year_column": IssueType(
        "日期的年份取自“年度”列",
        NOTE,
        "表中 {detail} 个日期没有写年份（如 3月5日），已按同一行“{header}”列的年份补全",
        "无需处理；如“{header}”不是这些日期的年份（如立案年度而日期是结案日），请写完整日期，如 2024-03-05",
    ),
    # A book of several sheets of one ledger (a sheet per year) whose dates have no year, nor anything around them:
    # which sheet is this year's cannot be told, and counting them all into the year would add other years' rows.
    "sheet.year_unknown": IssueType(
        "分不出哪张表是本年度的",
        ERROR,
        "该文件有 {value} 张同一种台账的工作表（{detail}），日期都没有写年份，表格标题、工作表名、文件名和文件夹名"
        "也都没有年份：分不出哪张是{expected}年的，这些表的记录都未计入，相关指标无法得出",
        "请把各工作表按年份命名（如“2024年”），或在日期中写上年份（如 2024-03-05），再重新运行",
    ),
    "sheet.side_by_side": IssueType(
        "一张表里并排几本台账",
        NOTE,
        "该工作表左右并排 {detail} 块台账（各有表头：几本台账，或为打印把一本台账分成左右几栏），已分开读取",
        "无需处理；如方便，请把每本台账放在单独的工作表里",
    ),
    "sheet.copy_beside": IssueType(
        "并排的台账副本",
        NOTE,
        "该工作表 {detail} 列与左边的台账逐格相同（复制粘贴的副本），只按左边的台账计一次",
        "无需处理；如不需要该副本，可删除这几列",
    ),
    "sheet.ledger_beside": IssueType(
        "并排的另一本台账未读取",
        ERROR,
        "第 {expected} 列（{header}等）是另一本台账（{detail}）的表头，与本表并排、中间没有空列，这几列的记录未读取，{detail}的数字无法统计",
        "请把这几列移到一个单独的工作表（连同它们的表头），再重新运行",
    ),
    "sheet.nul_removed": IssueType(
        "有空字符的行",
        WARNING,
        "第 {detail} 行中有空字符（\\0，常见于复制中断或系统导出出错的文件），已去掉后读取",
        "请用 Excel/WPS 打开该文件，核对这些行的内容是否完整、各列是否错位，确认后另存为 .xlsx 放回原文件夹",
    ),
    "sheet.rows_joined": IssueType(
        "一条记录被拆成几行",
        WARNING,
        "第 {detail} 行起的记录被单元格里未加引号的换行拆成了几行（各行列数都不够），已合并为一条读取，其后被拆出的行留空",
        "请用 Excel/WPS 打开核对这些记录；以后导出时让含换行的单元格带引号，或另存为 .xlsx，以免一条记录被拆开",
    ),
    "total.disagrees": IssueType(
        "合计与各行之和不符",
        WARNING,
        "合计行的“{header}”是 {value}，而表中各条记录的“{header}”之和是 {detail}：可能有记录被删除、隐藏或漏录，或合计没有随记录更新",
        "请核对：合计对的，补上缺少的记录；记录对的，改正合计。fzlib 按各条记录统计，不采用合计行的数",
    ),
    "sheet.lines_in_one_cell": IssueType(
        "每行挤在一个单元格里",
        WARNING,
        "该工作表每一行的内容都在同一列的一个单元格里，以制表符、逗号或竖线“|”隔开（常见于把文本或聊天中的表格直接粘贴进表格），已按分隔符分列读取",
        "请在 Excel/WPS 中选中该列，用“数据 → 分列”按制表符、逗号或“|”（选“其他”并填入 |）分开后保存，再核对各列是否与表头对齐",
    ),
    "sheet.damaged": IssueType(
        "工作表已损坏",
        ERROR,
        "该工作表在文件中的内容已损坏{detail_colon}，无法读取，其记录未计入；同一文件中的其他工作表已照常读取",
        "请用 Excel/WPS 打开该文件（如提示修复，选择修复），核对该表的内容后另存为 .xlsx 放回原文件夹；"
        "如该表已损坏无法恢复，请从原始记录重新录入",
    ),
    "sheet.macro_sheet": IssueType(
        "宏表或对话框表",
        NOTE,
        "这是 Excel 4.0 宏表（或对话框表），不是台账，未读取；同一文件中的其他工作表已照常读取",
        "无需处理；如不需要其中的宏，可在 Excel 中删除该表后另存为 .xlsx（不带宏）",
    ),
    "sheet.same_name": IssueType(
        "同名工作表",
        WARNING,
        "文件中前面另有一个工作表与此表同名（Excel 不允许工作表同名，文件多半由其他系统导出），此表按上述名称另行读取，"
        "两表的记录都已读取",
        "请用 Excel/WPS 打开该文件（按提示修复），给两个工作表起不同的名字后另存为 .xlsx，以免别人把两表当成一张",
    ),
    "sheet.merges_dropped": IssueType(
        "合并单元格已损坏",
        WARNING,
        "该工作表的合并单元格记录已损坏（Excel 打开时会提示修复），已不按合并读取：合并单元格的值只在其第一格",
        "请用 Excel/WPS 打开该文件，按提示修复后另存为 .xlsx 放回原文件夹，再核对合并单元格所在的各行",
    ),
    "sheet.merge_over_values": IssueType(
        "合并单元格盖住了内容",
        WARNING,
        "合并单元格 {detail} 盖住了其中其他单元格的内容（Excel 只显示合并区域左上角的值，其余的值仍在文件中，"
        "多为程序写入后又合并），已不按合并读取，各单元格按其自身的值读入",
        "请在 Excel/WPS 中选中该区域，取消合并单元格，核对显出来的各个值后保存；如这些值不应保留，请删去后再合并",
    ),
    "sheet.compression": IssueType(
        "Excel 不支持的压缩方式",
        NOTE,
        "该文件由程序用 Excel 不支持的压缩方式（bzip2 或 LZMA）打包，Excel/WPS 可能打不开它；其中的表格完好，已照常读取",
        "无需处理；如需在 Excel 中查看或修改，请让生成该文件的程序或系统按常规方式重新导出",
    ),
    "sheet.curly_quotes": IssueType(
        "单元格包在中文引号中",
        NOTE,
        "该文件的单元格都包在中文引号（“”）中（多为用中文输入法在记事本等软件中编辑过），已去掉这些引号后读取",
        "无需处理；以后请用 Excel/WPS 编辑后另存为 .xlsx，或在英文输入状态下输入引号",
    ),
    "sheet.inline_values": IssueType(
        "文字单元格写法不规范",
        NOTE,
        "该表的文字单元格是导出程序按不规范的写法保存的（内嵌文字写在了数值的位置），Excel/WPS 打开时可能显示为空白"
        "或提示修复；已按其中保存的文字读入",
        "无需处理；如需在 Excel 中查看或修改，请让导出该文件的系统按标准格式重新导出",
    ),
    "sheet.embedded_workbook": IssueType(
        "Word 中嵌入的 Excel 表格",
        NOTE,
        "这份 Word 文档中的表格是嵌入的 Excel 对象（粘贴为“Microsoft Excel 工作表对象”），已按其中的工作簿读取",
        "无需处理；如要改动台账，请双击该表格在 Excel 中修改，或把它另存为 .xlsx 放入文件夹（再移出这份 Word 文档）",
    ),
    "sheet.table_titles_off": IssueType(
        "表格的标题行已关闭",
        NOTE,
        "该表是套用了表格格式的 Excel 表格，其“标题行”已关闭（表设计 → 标题行 未勾选），第 {detail} 行的各列标题只留在"
        "表格定义中；已按表格定义中的标题读取",
        "无需处理；如需在表中看到各列标题，请单击表格，在“表设计”（WPS：“表格工具”）中勾选“标题行”",
    ),
    "sheet.table_titles_put_in": IssueType(
        "表格的标题行已关闭",
        NOTE,
        "该表是套用了表格格式的 Excel 表格，其“标题行”已关闭，各列标题只留在表格定义中，表格上方没有空行；已把这些标题"
        "作为第 {detail} 行插入后读取，问题清单中该表此后各行的行号比 Excel 中显示的大 1",
        "请单击表格，在“表设计”（WPS：“表格工具”）中勾选“标题行”后保存，再重新运行",
    ),
    "sheet.titles_in_page_header": IssueType(
        "表头在页眉中",
        NOTE,
        "这份 Word 文档的表格没有表头行，各列的标题写在页眉里（为了每页都显示）；已把页眉中的标题作为该表格的表头读取，"
        "问题清单中该表格的行号从这一表头行算起（表头为第 1 行）",
        "无需处理；以后请把表头作为表格的第一行，并在“表格属性 → 行”中勾选“在各页顶端以标题行形式重复出现”",
    ),
    "sheet.styles_dropped": IssueType(
        "工作簿格式部分已损坏",
        WARNING,
        "该文件记录单元格格式的部分（styles.xml）已损坏（Excel 打开时会提示修复），已不按格式读取：各单元格的值照常读取，"
        "设为日期格式的日期按其日期序号读取（仍计为原日期），字体、颜色和删除线不再可见",
        "请用 Excel/WPS 打开该文件，按提示修复后另存为 .xlsx 放回原文件夹，再核对用颜色或删除线标出的记录",
    ),
    "sheet.quote_unclosed": IssueType(
        "引号不成对的单元格",
        WARNING,
        '第 {detail} 行有单元格以引号（"）开头却没有结束的引号，其后的各行曾全部被并入这一格；'
        "已把这个引号当作普通字符，其后的行照常读取",
        "请用 Excel/WPS 或记事本打开该文件核对这一行，删去多余的引号（或补上结束的引号）；以后导出时最好另存为 .xlsx",
    ),
    "sheet.rows_wider": IssueType(
        "比其他行多出几列的行",
        WARNING,
        "第 {detail} 行比文件中大多数行多出几列：常见于某格里有未加引号的逗号，使其后各格都右移了一列，这些行的值可能错位",
        "请用 Excel/WPS 打开该文件核对这些行，把多出的逗号去掉（或给该格加上引号）；以后导出时最好另存为 .xlsx",
    ),
    "sheet.big5": IssueType(
        "繁体中文（Big5）编码的文件",
        WARNING,
        "该文件是繁体中文（Big5）编码，已按繁体读取；表头和分类中的繁体字已按对应的简体字识别，其余文字（名称、备注等）仍是繁体",
        "如需全表为简体，请用 WPS 或 Excel 打开该文件，用“审阅 → 繁转简”转为简体，另存为 .xlsx 放回原文件夹",
    ),
    "sheet.mangled_encoding": IssueType(
        "曾被按西文编码另存的文件（乱码）",
        WARNING,
        "该文件的中文曾被按西文编码（如“西欧”）打开后另存，变成了乱码（如“æ¡ˆä»¶”“°¸¼þ”），已还原为中文读取",
        "请核对还原后的内容；以后请用 WPS 或 Excel 直接打开原文件，或另存为 .xlsx，不要用西文编码打开或转换后再保存",
    ),
    "sheet.mixed_encoding": IssueType(
        "文字编码不一的行",
        WARNING,
        "第 {detail} 行的文字编码与文件其余各行不同（一些行是 UTF-8，另一些是 GBK，常见于把两个导出文件拼在一起或用记事本追加），已逐行识别后读取",
        "请用 Excel/WPS 打开该文件，核对这些行的中文是否显示正确，确认后另存为 .xlsx 放回原文件夹",
    ),
    # A UTF-8 export whose system cut a field at a byte limit, in the middle of a character's bytes: one encoding
    # throughout, the line read with the broken character as U+FFFD (it had been named GBK mixed with UTF-8).
    "sheet.broken_characters": IssueType(
        "有残缺字符的行",
        WARNING,
        "第 {detail} 行有不完整的字符（一个汉字的字节被截断，常见于导出系统按长度截断单元格，或文件复制不完整），"
        "已按其余内容读取，残缺的字显示为 �",
        "请核对这些行被截断的内容，必要时从原系统重新导出，或在 Excel/WPS 中补全后另存为 .xlsx 放回原文件夹",
    ),
    "statistics.unused": IssueType(
        "统计表未采用",
        NOTE,
        "这是统计表（汇总数字），不作为台账记录读取；其中没有可直接采用的指标",
        "无需处理",
    ),
    "statistics.differs": IssueType(
        "统计表与记录不一致",
        WARNING,
        "统计表中的“{header}”与台账记录不一致：{detail}",
        "指标以台账记录为准；请核对统计表与台账，补上漏登的记录或改正统计表",
    ),
    "statistics.parts_missing": IssueType(
        "汇总表所列的部分没有台账",
        ERROR,
        "统计表中的“{header}”与台账记录不一致：{detail}；统计表列有“{value}”的数，却没有其台账记录："
        "只数已有的记录会漏掉其事项，该指标因此无法统计",
        "请把“{value}”的台账放进本年度的文件夹（如在司法所、站所保管的登记台账）；如统计表列错了，请改正统计表；"
        "如统计表不该采用，请在 params/<年份>.yaml 的 exclude 中列出它",
    ),
    "statistics.records_partial": IssueType(
        "台账只登记了部分月份",
        NOTE,
        "统计表中的“{header}”与台账记录不一致：{detail}；台账的标题说明它只登记了{value}的事项，不是全年的记录，"
        "指标取统计表的全年数",
        "无需处理；如全年的事项都已逐条登记，请把其余月份的台账放进本年度的文件夹，指标即按记录计",
    ),
    "statistics.preferred": IssueType(
        "取统计表的核定数",
        NOTE,
        "统计表中的“{header}”是审核（核定）后的数，台账只记了申报的数：{detail}；指标取统计表的审核数",
        "无需处理；如台账另有审核（核定）金额，请把它登记在“核定金额”列，指标即按记录计",
    ),
    "statistics.part_only": IssueType(
        "一个村只报了统计表",
        ERROR,
        "这是{detail}的统计表，{detail}没有逐条记录，而其他村（社区）和镇里报的是“{header}”的逐条记录："
        "只数记录会漏掉{detail}，把统计表加上又无法去掉与镇台账重复的事项，全镇的数字因此无法统计",
        "请{detail}按台账格式逐条补报（或把这些事项补进镇里的台账）；如{detail}的事项已全部登记在镇里的台账中，"
        "请在 params/<年份>.yaml 的 exclude 中列出这个统计表",
    ),
    "statistics.other_year": IssueType(
        "统计表不是本年度的", NOTE, "这是 {detail} 年的统计表，未采用", "如放错了年份文件夹，请移出"
    ),
    "sheet.title_mismatch": IssueType(
        "标题与表头不符",
        WARNING,
        "{detail}，已按表头识别",
        "请核对该表的标题或表头是否填错；如识别有误，请在 params/<年份>.yaml 的 kinds 中指定台账种类",
    ),
    "params.unmatched": IssueType(
        "参数未对应文件",
        WARNING,
        "{detail} 中写的“{value}”在原始台账文件夹中没有对应的文件，该项没有起作用{expected_hint}",
        "请把它改为文件夹中文件的名称（含扩展名，与文件夹中完全一致）；不再需要的请删去该项",
    ),
    "params.wildcard": IssueType(
        "参数中的通配符",
        WARNING,
        "{detail} 中写的“{value}”含通配符（* 或 ?）：参数文件只认完整的文件名，不按通配符查找，该项没有起作用{expected_hint}",
        "请逐个写出文件的名称（含扩展名，与文件夹中完全一致），每个文件一项",
    ),
    "params.sheet_unmatched": IssueType(
        "参数未对应工作表",
        WARNING,
        "{detail} 中写的“{value}”：文件中没有名为“{header}”的工作表，该项没有起作用{expected_hint}",
        "请把「」中的名称改为该文件中工作表的名称（与 Excel 底部标签上的文字完全一致）；不再需要的请删去该项",
    ),
    # hidden_sheets naming no sheet (nor file) the ledgers have: the hidden sheet meant is still left out.
    "params.sheet_unknown": IssueType(
        "参数未对应工作表",
        WARNING,
        "{detail} 中写的“{value}”不是任何台账文件或工作表的名称，该项没有起作用{expected_hint}",
        "请把它改为工作表的名称（与 Excel 底部标签上的文字完全一致），或写成 文件名「工作表」；不再需要的请删去该项",
    ),
    "column.not_found": IssueType(
        "指定的列不存在",
        WARNING,
        "params/<年份>.yaml 的 columns 为“{header}”指定的列“{value}”在该表中不存在，未采用，“{header}”仍按表头和内容识别",
        "请写该表中的列字母（如 D）或表头原文（与单元格中的文字一致）",
    ),
    "column.missing": IssueType(
        "缺少必填列",
        ERROR,
        "缺少必填列“{detail}”，该表无法使用{expected_hint}",
        "请在表头中补上“{detail}”列，或把记录它的那一列的表头改为“{detail}”；"
        "也可在 params/<年份>.yaml 的 columns 中指定它在哪一列；"
        "如该表不是这种台账（如聘用合同登记表、签到表），请在 params/<年份>.yaml 的 exclude 中列出该文件",
    ),
    # The date missing, and no year in the table's title, its sheet's, file's or folder's name to date its records by.
    "column.missing_year": IssueType(
        "缺少日期且未写年份",
        ERROR,
        "缺少必填列“{detail}”，表格标题、工作表名、文件名和所在文件夹名中也没有写年份，无法判断是哪一年的记录，该表无法使用",
        "请在文件名中写明年份（如在文件名前加上“{expected}”），记录即按该年计；也可写在表格标题或所在文件夹名中，"
        "或在表头中补上“{detail}”列并逐行填写",
    ),
    "column.uncached": IssueType(
        "列标题是未计算的公式",
        WARNING,
        '该列的标题是公式（如 ="案件"&"编号"），文件中没有保存它的计算结果，无法知道这一列是什么，其内容未读入',
        "请在 Excel/WPS 中打开该文件，确认标题显示出来后保存；或把该标题改为直接输入的文字",
    ),
    "column.unknown": IssueType(
        "未知列",
        NOTE,
        "列“{header}”不属于该台账的已知字段，已忽略",
        "{unknown_fix}",
    ),
    "column.by_content": IssueType(
        "按内容识别的列",
        NOTE,
        "按内容识别：列“{header}”作为“{detail}”{expected_hint}",
        "如识别有误，请在 params/<年份>.yaml 的 columns 中为该文件指定“{detail}”所在的列（列字母或表头）{accept_hint}",
    ),
    "column.slip": IssueType(
        "表头有错别字",
        NOTE,
        "列“{header}”像是“{detail}”打错了字（同音或形近），已作为“{detail}”读",
        "无需处理；如理解有误，请改正表头，或在 params/<年份>.yaml 的 columns 中指定该列{accept_hint}",
    ),
    "column.decoded": IssueType(
        "按代码表读代码",
        NOTE,
        "列“{header}”写的是代码，已按本文件的代码说明（代码表、填表说明或表下注）读作对应的名称；代码说明中没有的代码未予猜测",
        "无需处理；如代码说明不适用于该列，请在 params/<年份>.yaml 的 columns 中改指该列",
    ),
    "column.from_fill": IssueType(
        "按颜色读列",
        NOTE,
        "表中没有写明这一项的列，已按表下的注把每行的颜色（填充色或字体颜色）读作“{header}”；没有标色或颜色不在注中的行，该项为空",
        "无需处理；如颜色标错，请改正该行的颜色，或增加一列直接写明",
    ),
    "column.preferred": IssueType(
        "多列同名取其一",
        NOTE,
        "列“{header}”作为“{detail}”{expected_hint}",
        "无需处理；如需改用另一列，请在 params/<年份>.yaml 的 columns 中为该文件指定“{detail}”所在的列",
    ),
    "column.date_ambiguous": IssueType(
        "几列同名的日期列",
        WARNING,
        "列“{header}”暂作为“{detail}”{expected_hint}：几列标题相同、内容都是日期，无法判断哪一列是决定记录所属年度的日期，取了第一列，年度归属可能有误",
        "请把这几列的表头改成能区分的名称（如 立案日期、{detail}），或在 params/<年份>.yaml 的 columns 中为该文件指定“{detail}”所在的列",
    ),
    "column.ambiguous": IssueType(
        "几列同名、内容矛盾",
        WARNING,
        "列“{header}”暂作为“{detail}”{expected_hint}：几列标题相同，同一条记录却填得不一样，无法判断哪一列是现行的，取了第一列，按“{detail}”统计的数字可能有误",
        "请核对这几列，删去过时的一列，或把表头改成能区分的名称，或在 params/<年份>.yaml 的 columns 中为该文件指定“{detail}”所在的列",
    ),
    "column.serial_as_key": IssueType(
        "以序号为编号",
        NOTE,
        "表中没有“{detail}”一列，以“{header}”作为各条记录的编号",
        "无需处理；如台账有编号，请加上“{detail}”一列",
    ),
    "column.shared": IssueType(
        "一格两项",
        NOTE,
        "列“{header}”一格中同时写了{detail}，已分开读取",
        "无需处理；以后最好分成两列填写",
    ),
    "column.not_field": IssueType(
        "列内容不符",
        NOTE,
        "列“{header}”的内容不是“{detail}”的规定选项（像是子类），“{detail}”改取自表格标题或工作表名",
        "如识别有误，请在 params/<年份>.yaml 的 columns 中为该文件指定“{detail}”所在的列",
    ),
    "column.from_context": IssueType(
        "取自标题的值",
        NOTE,
        "表中没有“{header}”一列，取自{detail}",
        "无需处理；如不对，请在表中加上“{header}”一列",
    ),
    "column.context_contradicted": IssueType(
        "表内写法与标题不符",
        WARNING,
        "表中没有“{detail}”一列；表格标题或工作表名指向一类，但列“{header}”中有记录写的是“{expected}”，"
        "“{detail}”不按标题计，相关数字暂不统计",
        "请把列“{header}”的表头改为“{detail}”并按规定选项填写，"
        "或在 params/<年份>.yaml 的 columns 中为该文件指定“{detail}”所在的列",
    ),
    "column.unit_above": IssueType(
        "单位取自表格上方",
        NOTE,
        "列“{header}”的标题没有写单位，按表格上方写明的“{detail}”计，换算为元",
        "无需处理；如不对，请在列标题中写明单位，如“补贴金额（元）”",
    ),
    "column.joined": IssueType(
        "两列合并读取",
        NOTE,
        "列“{header}”只填在列“{detail}”空白的行（没有一行两列都填），两列合并作为“{value}”读取",
        "无需处理；如两列记的不是同一项，请在 params/<年份>.yaml 的 columns 中指定“{value}”所在的列",
    ),
    "column.subset": IssueType(
        "其中数列",
        NOTE,
        "列“{header}”是前面一项的其中数，不重复计数",
        "无需处理",
    ),
    # Rows
    "row.required_missing": IssueType(
        "必填项为空", ERROR, "必填项“{header}”为空，该行未计入统计", "请补填该单元格{options_hint}"
    ),
    "cell.required_blank": IssueType(
        "必填项为空",
        ERROR,
        "必填项“{header}”为空：该行照常计入，只是需要“{header}”的数字（如按它分类的数字）无法计入该行",
        "请补填该单元格{options_hint}{unmerged_hint}",
        unusable=True,
    ),
    "cell.blank_with_note": IssueType(
        "空格附有批注",
        WARNING,
        "“{header}”一格为空，但附有批注：批注里的内容不读取（不作为该格的值），该格按空白处理",
        "如批注写的是本格应填的值（如“已化解”、日期、金额），请把它填进单元格；批注只是说明的，无需处理",
    ),
    "row.keyless": IssueType(
        "无文书号的记录",
        NOTE,
        "“{header}”为空：这类记录（{detail}）本无文书号，以所在行作为该条记录，照常计入",
        "无需处理；如有编号（如检查记录编号），可填入该列",
    ),
    "row.out_of_year": IssueType(
        "不属本年度", NOTE, "日期 {detail} 不在本年度，该行不计入本年统计", "如日期填错请更正；跨年记录无需处理"
    ),
    "date.future": IssueType(
        "日期还没有到",
        ERROR,
        "日期 {detail} 还没有到，不可能是已发生事项的日期，像是年份写错（如把年份的数字写颠倒），该行未计入",
        "请按原始记录改正年份",
    ),
    "date.before_own_number": IssueType(
        "日期与编号的年份不符",
        ERROR,
        "日期比本条记录编号中写的年份早了几年（{detail}），像是日期的年份写错，该行未计入",
        "请按原始记录改正日期的年份；如确是编号写错，请改正编号",
    ),
    "row.duplicate": IssueType(
        "重复记录", NOTE, "与 {detail} 是同一条记录（编号相同），只计一次", "如确为两条不同记录，请更正编号"
    ),
    "row.roster_listed": IssueType(
        "台账已登记的签到表",
        NOTE,
        "这份签到表所记的一次（同一天、同一对象）已在 {detail} 登记，签到表是它的凭证，只计一次",
        "无需处理；如确为同一天的两次，请在台账中分别登记并写明区别",
    ),
    "row.renumbered_copy": IssueType(
        "编号不同的重复记录",
        NOTE,
        "与 {detail} 所记内容完全相同（日期、当事人、类别等都一致，只是序号不同，常见于重新排序或另行编号的同一批记录），"
        "视为同一条记录，只计一次",
        "如确为两条不同记录，请在其中一条的内容中写明区别（如简要情况）",
    ),
    # A kind without a number (a 培训台账): the copy is told by all it says, where its sheet or file repeats another.
    "row.repeated_copy": IssueType(
        "重复抄录的记录",
        NOTE,
        "与 {detail} 所记各栏完全相同，且两处有多条记录如此重复（常见于复制的工作表或抄进另一本台账的同一批记录），"
        "视为同一条记录，只计一次",
        "如确为两次不同的活动，请在其中一条中写明区别（如日期、地点或备注）；不需要的副本可以删除",
    ),
    "row.retyped_copy": IssueType(
        "另一本台账另行编号的同一件事",
        NOTE,
        "与 {detail} 是同一件事（{header}都相同，只是两本台账各自编号，如村里的序号和镇里的编号），只计一次",
        "无需处理；如确为两件不同的事，请更正其中一条的{header}",
    ),
    "row.resubmitted": IssueType(
        "再次提交的记录取代前一次",
        NOTE,
        "同一记录（编号相同）在 {detail} 又提交了一次：按提交时间以后一次为准，这一次未计入",
        "无需处理；如两次提交其实是两条不同记录，请更正编号",
    ),
    "row.intake_missing": IssueType(
        "流水中缺少该记录的受理环节",
        ERROR,
        "这份按处理环节导出的流水列出了其他记录的“{detail}”环节，这条记录却没有：它在导出的时段之前就已{detail}，"
        "年份无法确定，未计入（按后面的环节计会算错年份）",
        "从平台导出包含该记录{detail}环节的流水（把导出时段提前），或在表中补上它的{detail}一行",
    ),
    "row.copies_differ": IssueType(
        "同一记录的两份不一致",
        ERROR,
        "与 {detail} 是同一条记录（编号相同），但两份的“{header}”不同，无法判断哪一份是对的，"
        "该项不计入按它统计的数字（记录本身只计一次）",
        "请核对两份，把过时的一份改成一致，或把过时的文件移出文件夹（或在 params/<年份>.yaml 的 exclude 中列出）",
    ),
    # Several ticks under a field no figure counts by (公开载体 政府网站 and 政务公开栏): the item was in several places,
    # which is no mistake to correct; only the breakdown by that field cannot place the row.
    "tick.several_places": IssueType(
        "一条记录勾选了几处",
        NOTE,
        "同一行在“{header}”下勾选了多项（如 {detail}）{times_hint}：这样的记录在几处都有，"
        "按“{header}”分的数字不计入这些行，其他数字照常计入",
        "无需处理；如某行只应勾选一项，请只保留一个 √",
        unusable=True,
        per_sheet=True,
    ),
    "tick.several": IssueType(
        "多处勾选",
        ERROR,
        "同一行在“{header}”下勾选了多项（{detail}），无法判断是哪一项",
        "每行只能勾选一项，请核对后只保留一个 √",
        unusable=True,
    ),
    # Cells (emitted by fzlib.cleaners)
    "cell.error": IssueType(
        "单元格为错误值",
        ERROR,
        "单元格是 Excel 的错误值 {value}（公式出错），该值无法使用",
        "请在 Excel/WPS 中检查该单元格的公式或引用，改为正确的数值后保存",
        unusable=True,
    ),
    "cell.not_a_number": IssueType(
        "单元格存的不是数",
        ERROR,
        "数字单元格里存的是 {value}（导出它的程序没能算出这个数，如 0 除以 0；并非公式），Excel 中显示不出数字，该值无法使用",
        "请向导出该表的系统或制表人确认应有的数值，填入后保存",
        unusable=True,
    ),
    "cell.too_narrow": IssueType(
        "单元格只有 ####（列太窄）",
        ERROR,
        "单元格是“{value}”：这是 Excel 列宽不够时显示的符号，表格另存为 CSV 或文本时照样写进了文件，原来的日期或数字已不在文件中，该值无法使用",
        "请在 Excel/WPS 中打开原表，把该列拉宽到能显示完整内容后重新另存为 CSV；或直接把原 .xlsx 文件放入台账文件夹（替换这个 CSV）",
        unusable=True,
    ),
    "cell.uncached": IssueType(
        "公式未计算",
        ERROR,
        "该单元格是公式，但文件中没有保存计算结果，无法读取",
        "请在 Excel/WPS 中打开该文件，确认公式算出结果后保存",
        unusable=True,
    ),
    "cell.date_field": IssueType(
        "日期会自动更新",
        ERROR,
        "该日期会自动更新（Word 插入日期时勾选了“自动更新”，或 Excel 的 =TODAY()、=NOW() 公式），显示的是文件打开、保存或打印的那一天，不是这条记录的日期，该日期无法使用",
        "请把它改为这条记录实际的日期（Word：选中该日期按 Ctrl+Shift+F9 转为普通文字后修改；Excel：直接输入日期，不用公式）再保存",
        unusable=True,
    ),
    "date.unparseable": IssueType(
        "日期无法识别",
        ERROR,
        "“{value}”不是可识别的日期{zero_hint}{republic_hint}{era_hint}{moment_hint}",
        "日期应写成 2024-03-05、2024年3月5日 或 Excel 日期格式{quarter_hint}{republic_fix}{era_fix}",
        unusable=True,
    ),
    "date.relative": IssueType(
        "日期写成了“次日”“当日”",
        ERROR,
        "“{header}”写的是“{value}”：这是相对于另一个日期的说法（上一行的，还是本行另一列的？），本格没有写出是哪一天，未计入",
        "请写出具体日期，如 2024-03-05",
        unusable=True,
    ),
    "date.partial": IssueType(
        "日期不完整", WARNING, "日期“{value}”缺少{partial_missing}，已按 {detail} 处理", "请写完整日期，如 2024-03-05"
    ),
    "date.pending": IssueType(
        "事项尚未发生",
        NOTE,
        "“{header}”写“{value}”：该事项尚未发生，没有日期{times_hint}；以此日期计年度的记录不计入本年统计",
        "无需处理；事项发生后填上日期即可",
        per_sheet=True,
    ),
    "date.left_open": IssueType(
        "尚未办结",
        NOTE,
        "“{detail}”已填而“{header}”空白{times_hint}：按尚未办结处理，没有“{header}”的记录不计入本年统计",
        "如该记录已经办结，请填上“{header}”；尚未办结的无需处理",
        per_sheet=True,
    ),
    "date.year_before": IssueType(
        "日期属上一年",
        NOTE,
        "日期未写年份，按表格的年份会晚于同一记录的办结日期（如上年12月受理、本年1月办结），已按上一年 {detail} 计",
        "无需处理；如不对，请写完整日期，如 2023-12-26",
    ),
    "date.year_after": IssueType(
        "日期属下一年",
        NOTE,
        "日期未写年份，按表格的年份会早于同一记录开始的日期（如本年12月立案、次年1月作出决定），已按下一年 {detail} 计",
        "无需处理；如不对，请写完整日期，如 2025-01-06",
    ),
    "date.next_years_rows": IssueType(
        "下一年续记的记录",
        NOTE,
        "“{header}”的日期未写年份，记到年末后又从1月记起：自此行起的{value}条是下一年续记的记录（首条按 {detail} 计），不计入本年度",
        "无需处理；如不对，请写完整日期，如 2025-01-06",
    ),
    "date.carried_over": IssueType(
        "上年结转事项",
        NOTE,
        "“{header}”写“{value}”：是以前年度结转来的事项，不是本年新发生的{times_hint}；不计入本年统计",
        "无需处理；如确是本年新发生的事项，请填上日期，如 2024-03-05",
        per_sheet=True,
    ),
    "date.never": IssueType(
        "事项不会发生",
        NOTE,
        "“{header}”写“{value}”：该事项不会发生（如二审不开庭审理），没有日期{times_hint}；以此日期计年度的记录不计入统计",
        "无需处理",
        per_sheet=True,
    ),
    "date.month_ambiguous": IssueType(
        "年月被存成数字",
        ERROR,
        "“{value}”是一个数字，不是日期：可能指1月，也可能是输入“{value}0”（10月）时 Excel 去掉了末尾的 0，无法判断是哪个月，该行未计入",
        "请把该单元格设为“文本”格式后写成完整日期（如 2024-10-05），或改成 Excel 日期格式",
        unusable=True,
    ),
    "date.month_column": IssueType(
        "月份列",
        NOTE,
        "“{header}”一列只写到月（如“{value}”）{times_hint}：这是按月填写的表，各行按所写的月份计入；只按年、月统计的数字不受影响",
        "无需处理",
        per_sheet=True,
    ),
    "date.day_ambiguous": IssueType(
        "月.日被存成数字，日不确定",
        WARNING,
        "“{value}”是一个数字，按“月.日”读：月份确定，日可能是 {detail}（输入 3.10 时 Excel 去掉了末尾的 0，存成 3.1）{times_hint}；"
        "该行按月份计入，只按年、月统计的数字不受影响，日期以前一种读法记录",
        "请把该列设为“文本”格式后按原日期重新填写（如 2024-03-10），或改成 Excel 日期格式",
        per_sheet=True,
    ),
    "date.out_of_range": IssueType(
        "日期不合理", ERROR, "日期“{value}”超出合理范围{zero_hint}", "{out_of_range_fix}", unusable=True
    ),
    "date.impossible_day": IssueType(
        "日期不存在",
        WARNING,
        "日期“{value}”不存在（该月没有这一天），按 {detail} 计入当月",
        "请核对并改正日期",
    ),
    "date.from_sheet": IssueType(
        "日期取自同表其他记录",
        NOTE,
        "第 {detail} 行的“{header}”空着，这些行写明“{value}”（本身没有日期），按同一表中其他记录最早的日期 {expected} 计入该年",
        "无需处理；如不对，请补填日期",
    ),
    "date.yearless": IssueType(
        "日期未写年份",
        NOTE,
        "日期未写年份，按表格标题、工作表名、文件名或文件夹名中的年份计（如“{value}”按 {detail}）{times_hint}",
        "无需处理；如年份不对，请写完整日期，如 2024-03-05",
        per_sheet=True,
    ),
    "date.weekday_mismatch": IssueType(
        "星期与日期不符",
        WARNING,
        "日期“{value}”写的星期与日期不符（{detail}），已按日期计",
        "请核对日期和星期，改正写错的一个",
    ),
    "date.year_from_number": IssueType(
        "日期年份取自编号",
        NOTE,
        "日期未写年份，按本行编号中的年份计（如“{value}”按 {detail}）{times_hint}",
        "无需处理；如年份不对，请写完整日期，如 2024-03-05",
        per_sheet=True,
    ),
    "date.remark": IssueType(
        "日期后面有括注",
        NOTE,
        "“{value}”的括号里是一句备注，日期按 {detail} 计",
        "无需处理；备注请写在备注栏，日期栏只写日期",
    ),
    "date.range": IssueType(
        "日期为一段时间",
        NOTE,
        "日期写的是一段时间或几天（如“{value}”），按第一天 {detail} 计{times_hint}",
        "无需处理；如应按另一天计，请只写那一天的日期",
        per_sheet=True,
    ),
    "date.period": IssueType(
        "日期为一个时期",
        NOTE,
        "日期写的是一个时期（全年、年初或年底、季度、半年或周，如“{value}”），按其第一天 {detail} 定年份{times_hint}",
        "无需处理；按年、季度、半年或按周登记的数只能定到该时期；未写年份的季度、半年或周按表格标题、工作表名或文件名中的年份计，"
        "如不对请写明年份，如 2024年第3季度、2024年上半年、2024年第12周",
        per_sheet=True,
    ),
    "date.calendar_unknown": IssueType(
        "未写年份和历法的日期",
        WARNING,
        "日期“{value}”未写年份，也未写明是公历还是农历（“初”是农历的写法）：年份按表格标题计，月、日无法确定，"
        "按 {detail} 计入该年{times_hint}",
        "请写完整的公历日期，如 2024-04-13；如是农历，写成 2024年农历三月初五 并在后面注明公历日期",
        per_sheet=True,
    ),
    "date.two_digit_year": IssueType(
        "两位数年份",
        NOTE,
        "日期的年份只写了两位数（如“{value}”），按与台账年度最近的年份读作 {detail}{times_hint}",
        "请核对；如不对，请写四位年份的日期，如 2024-03-05（Excel 中可把该列设为“日期”格式，类型选 2024/3/5）",
        per_sheet=True,
    ),
    "date.lunar": IssueType(
        "农历日期",
        NOTE,
        "日期按农历写（如“{value}”），公历日期无法换算，只能确定年份，按不早于的公历日 {detail} 计入该年{times_hint}",
        "无需处理；如需按公历月份统计，请在农历后注明公历日期，如 2024年5月15日（农历四月初八）；"
        "农历冬月、腊月可能已是次年公历1月，须写公历日期",
        per_sheet=True,
    ),
    "date.republic_year": IssueType(
        "民国纪年的日期",
        WARNING,
        "日期“{value}”按民国纪年写（民国年数加 1911 为公历年），按公历 {detail} 计{times_hint}",
        "请改写为公历日期，如 {detail}",
        per_sheet=True,
    ),
    "date.ocr_digits": IssueType(
        "日期中有认错的数字",
        NOTE,
        "日期“{value}”的数字中夹着像数字的字母或汉字（O、〇 当 0，l 当 1：扫描识别、PDF 转换或输入法所致），"
        "按 {detail} 计{times_hint}",
        "请对照原件核对；如不对，请改成正确的日期，如 2024-03-05",
        per_sheet=True,
    ),
    "date.day_month_order": IssueType(
        "日期的月和日可以互换",
        WARNING,
        "日期把年写在最后，月和日可以互换：如“{value}”已按 {detail}{times_hint}；年份不受影响，这些行照常计入本年",
        "请核对并写成年在前的日期，如 2024-03-05（Excel 中可把该列设为“日期”格式，类型选 2024/3/5）",
        per_sheet=True,
    ),
    "date.short_year": IssueType(
        "两位数年份的位置不确定",
        WARNING,
        "日期由三个短数字组成，两位数年份可能在前也可能在后：如“{value}”已按 {detail}{times_hint}",
        "请核对并写四位年份的日期，如 2024-03-05（Excel 中可把该列设为“日期”格式，类型选 2024/3/5）",
        per_sheet=True,
    ),
    "number.unparseable": IssueType(
        "数字无法识别", ERROR, "“{value}”不是可识别的数字", "请只填数字，如 50 或 50元{note_hint}", unusable=True
    ),
    "number.trailing_minus": IssueType(
        "负号写在数字后面",
        ERROR,
        "“{value}”是负号写在数字后面的负数（财务软件、SAP 等系统导出的记法，表示冲减或退回），不是正数，台账的金额和数量不能为负，不能统计",
        "如为冲减或退回，请改填实际发生的金额（冲减后的数），并在备注中说明；如末尾的“-”是误输入，请删去它{note_hint}",
        unusable=True,
    ),
    "number.note_mark": IssueType(
        "数字后有注释标号",
        ERROR,
        "“{value}”的数字后面有上标的注释标号“{detail}”（指向表下或别处的注释），它不是数字的一位；注释可能说明这个数另有情况（已退回、分期等），该值不能统计",
        "请把注释的内容写到备注列，单元格中只填数字（如“5000¹”只填 5000）{note_hint}",
        unusable=True,
    ),
    "number.approximate": IssueType(
        "数字是约数",
        ERROR,
        "“{value}”是一个约数（约、余、多、左右，或“三四”“五六”这样相邻的两个数），不能作为确定的数统计",
        "请按原始记录填写确切的数（不带“约”“余”“多”“左右”；如是三十四，请写 34）{note_hint}",
        unusable=True,
    ),
    "number.bracketed_negative": IssueType(
        "数字写在括号里（会计记法的负数）",
        ERROR,
        "“{value}”是会计记法的负数（冲减或退回），不是正数，台账的金额和数量不能为负，不能统计",
        "如为冲减或退回，请改填实际发生的金额（冲减后的数），并在备注中说明；如括号只是标注，请去掉括号{note_hint}",
        unusable=True,
    ),
    "number.not_integer": IssueType("应为整数", ERROR, "“{value}”应为整数", "件数、人数等请填整数", unusable=True),
    "number.out_of_range": IssueType(
        "数值不合理",
        ERROR,
        "“{value}”{out_of_range_said}",
        "{out_of_range_number_fix}",
        unusable=True,
    ),
    "number.ocr_digits": IssueType(
        "数字中有认错的字母",
        NOTE,
        "“{value}”中的字母像是扫描识别或 PDF 转换时认错的数字（O 当 0、l 当 1），按 {detail} 计{times_hint}",
        "请对照原件核对；如不对，请改成正确的数",
        per_sheet=True,
    ),
    "number.date_formatted": IssueType(
        "数字单元格设成了日期格式",
        WARNING,
        "“{value}”是设成了日期格式的数字：单元格中保存的是 {detail}，因单元格格式设为日期而显示成了日期，按 {detail} 计{times_hint}",
        "请选中这些单元格，把单元格格式改为“常规”或“数值”，核对显示出的数是否正确",
        per_sheet=True,
    ),
    "number.trailing_point": IssueType(
        "数字后面多了一个点",
        NOTE,
        "“{value}”的最后多了一个“.”（句号或没有写完的小数点），按 {detail} 计{times_hint}",
        "请删去末尾的“.”；如本有小数，请补全（如 1200.50）",
        per_sheet=True,
    ),
    "number.decimal_comma": IssueType(
        "数字按逗号作小数点的写法读",
        WARNING,
        "“{value}”是以逗号作小数点、以点或空格分千位的写法（欧洲等地区的 Excel 或系统导出的数字），本列都是这样写的，"
        "按 {detail} 计{times_hint}",
        "请核对该数；如不对，请按中文习惯改写（小数点用“.”，千位不分隔或用“,”，如 1234.50）",
        per_sheet=True,
    ),
    "number.range": IssueType(
        "数量写成范围",
        NOTE,
        "“{value}”是一个范围，按 {detail} 计{times_hint}",
        "请填一个确定的数；范围取下限、上限还是中间值，可在 params/<年份>.yaml 的 range_quantity 中设定",
        per_sheet=True,
    ),
    "case_no.rounded": IssueType(
        "编号被 Excel 截成15位",
        WARNING,
        "编号“{value}”是超过15位的数值{times_hint}，Excel 只保留15位有效数字，末几位已变成0，不能据此区分记录：每一行各按一条单独的记录计，不与其他行合并",
        "请在系统中重新导出，或把该列设为文本格式后再粘贴编号（在编号前加英文单引号 ' 也可）",
        per_sheet=True,
    ),
    "case_no.scientific": IssueType(
        "编号成了科学记数法",
        WARNING,
        "编号“{value}”是 Excel 的科学记数法{times_hint}（长数字编号在 Excel 中显示为这样，另存为 CSV 时照样写进了文件），原编号的大部分数字已丢失，不能据此区分记录：每一行各按一条单独的记录计，不与其他行合并",
        "请从系统重新导出；或在 Excel 中用“数据 → 从文本/CSV”导入原文件，把编号列设为“文本”后再保存（不要直接双击打开 CSV 再保存）",
        per_sheet=True,
    ),
    "case_no.date": IssueType(
        "编号被 Excel 变成了日期",
        WARNING,
        "编号存的是日期 {value}{times_hint}：像 3-1、2024/3/1 这样的编号，Excel 会自动当成日期保存，原来写的编号已看不出，不能据此区分记录：每一行各按一条单独的记录计，不与其他行合并",
        "请把该列设为“文本”格式后按原编号重新填写（或在编号前加英文单引号 '）",
        per_sheet=True,
    ),
    "case_no.several": IssueType(
        "一格多个文号",
        WARNING,
        "“{value}”中有不止一个文号，该行只按一件计",
        "如是几件案件，请每件单独一行登记；如是同一案件的几份文书，请只保留决定书的文号",
    ),
    # Numbers written otherwise than as one number (fzlib/ingest/cleaners/numbers.py, `_written_otherwise`).
    "number.wan_grouping": IssueType(
        "数字按四位分节",
        WARNING,
        "“{value}”的逗号是按四位一节（万位）分隔的，按 {detail} 计{times_hint}",
        "请核对该数；数字请不加分隔或按三位分千位（如 12000 或 12,000）",
        per_sheet=True,
    ),
    "number.shorthand": IssueType(
        "数字用了 w、k 简写",
        WARNING,
        "“{value}”中的 w、k 是“万”“千”的简写，按 {detail} 元计{times_hint}",
        "请核对该数，并写成数字（如 12000 或 1.2万）",
        per_sheet=True,
    ),
    "number.sum_typed": IssueType(
        "数字写成了算式",
        WARNING,
        "“{value}”是几个数相加的算式（前面没有等号，Excel 未计算），按相加的结果 {detail} 计{times_hint}",
        "请核对；请填算出的数（或在算式前加“=”让 Excel 计算）",
        per_sheet=True,
    ),
    "number.percent": IssueType(
        "数量或金额填成了百分数",
        ERROR,
        "“{value}”是百分数（一个比例），不是“{header}”要填的件数、人数或金额，未计入",
        "请按原始记录填实际的数（如完成了多少件、罚了多少元）；比例由 fzlib 根据件数算出，不用填写",
        unusable=True,
    ),
    "number.product_typed": IssueType(
        "数字写成了乘法算式",
        WARNING,
        "“{value}”是相乘的算式（如几人各罚多少，前面没有等号，Excel 未计算），按相乘的结果 {detail} 计{times_hint}",
        "请核对；请填算出的总数（或在算式前加“=”让 Excel 计算）",
        per_sheet=True,
    ),
    "number.per_unit": IssueType(
        "填的是单价或标准，不是总数",
        ERROR,
        "“{value}”是按人、按天或按次的标准（单价），不是“{header}”要填的总数，不知道共有几人、几天或几次，未计入",
        "请按原始记录填写实际的总数（如 3 人各罚 500 元，填 1500；或写成 500×3）",
        unusable=True,
    ),
    "value.elsewhere": IssueType(
        "数据写在别处，台账里没有",
        ERROR,
        "“{header}”写的是“{value}”：实际的数据在附件、卷宗等别处，台账本身没有，这一格无法统计",
        "请把附件或卷宗里的实际数据抄进本格（附件仍可留在卷宗里）",
        unusable=True,
    ),
    "number.words_differ": IssueType(
        "大写和小写金额不一致",
        ERROR,
        "“{value}”中两处写的数不一致（{detail}），不能判断哪一个对，未计入",
        "请对照原始凭证或决定书，只填正确的那个数",
        unusable=True,
    ),
    "number.merged_over_records": IssueType(
        "金额合并单元格跨多条记录",
        WARNING,
        "“{header}”的合并单元格（{detail}）跨了几条不同编号的记录，金额只计入第一条（与 Excel 对该列求和一致），"
        "本行未另计{times_hint}",
        "如每条记录各有这笔金额，请取消合并，在每行分别填写；如是几条记录合计的金额，请在备注中说明",
        per_sheet=True,
    ),
    "number.merged_over_rows": IssueType(
        "数值合并单元格跨多行记录",
        WARNING,
        "“{header}”的合并单元格（{detail}）跨了几行不同的记录，这个数只计入第一行（与 Excel 对该列求和一致），"
        "本行未另计{times_hint}",
        "如每行记录各有这个数，请取消合并，在每行分别填写；如是几行记录合计的数，请在备注中说明",
        per_sheet=True,
    ),
    "number.misgrouped": IssueType(
        "数字的分节位置不对",
        ERROR,
        "“{value}”中逗号（或空格）分隔的位置既不是每三位（千位，如 1,200,000）也不是每四位（万位，如 120,0000），"
        "看不出是多少（可能多打或少打了一位，也可能是两个数写在了一起），未计入",
        "请对照原始记录改写成不加分隔的数字（如 1200000）；如是两笔金额，请分行登记或填合计",
        unusable=True,
    ),
    "number.dot_thousands": IssueType(
        "数字用圆点分千位",
        WARNING,
        "“{value}”用圆点分千位（一个数不会有两个小数点），按 {detail} 计{times_hint}",
        "请核对该数；数字请不加分隔或按三位用逗号分千位（如 1200000 或 1,200,000）",
        per_sheet=True,
    ),
    "number.bound": IssueType(
        "数字写成了上限或下限",
        ERROR,
        "“{value}”是一个界限（以上、以下、不超过、≤ 等），不是确定的数，不能统计",
        "请按原始记录填写确切的数（不带“以上”“以下”“不超过”“≤”等）{note_hint}",
        unusable=True,
    ),
    "number.point_or_thousands": IssueType(
        "圆点是小数点还是千位分隔不确定",
        ERROR,
        "“{value}”的圆点后正好三位：可能是用圆点分千位（即 {detail}），也可能是带三位小数的数，本列没有别的数能说明是哪一种，未计入",
        "请改写清楚：如是 {detail}，请写 {detail}（不加圆点）；如是小数，请去掉末尾多余的 0",
        unusable=True,
    ),
    "number.own_unit": IssueType(
        "单元格自带单位",
        NOTE,
        "“{value}”写明了单位，按 {detail} 元计，未再按列标题“{header}”中的单位换算{times_hint}",
        "无需处理；如该列其他数字也应按元填写，请把列标题改为元，或统一按标题的单位填写",
        per_sheet=True,
    ),
    "vocab.unknown": IssueType(
        "不在规定选项中",
        ERROR,
        "“{value}”不在“{header}”的规定选项中{detail_hint}",
        "请改为规定选项之一：{expected}{variants_hint}",
        unusable=True,
    ),
    # A word with two readings that count differently (终结: a case's investigation ended, or the case): no guess.
    "vocab.ambiguous": IssueType(
        "选项写法有歧义",
        ERROR,
        "“{value}”作为“{header}”可以理解为{detail}，含义不同，未猜测，该行不计入按“{header}”统计的数字",
        "请改为其中确切的一项：{detail}（规定选项：{expected}）",
        unusable=True,
    ),
    # The article cited names another sort of case than the offence written beside it: the offence counts.
    "vocab.citation_differs": IssueType(
        "条文与案由不一致",
        NOTE,
        "“{value}”所引的条文与所写的违法行为不是同一类，已按所写的违法行为计为“{detail}”{times_hint}",
        "请核对：如条文引错了，请改正条文；如条文正确，请改正违法行为的写法",
        per_sheet=True,
    ),
    "vocab.several": IssueType(
        "一格填了几个选项",
        ERROR,
        "“{value}”同时填了“{header}”的几个选项（{detail}），一条记录只能归一项，该行不计入按“{header}”分的数字",
        "如是几件事，请分成几行、每行填一个选项；如是一件事，请只留下它所属的选项",
        unusable=True,
    ),
    "value.retyped": IssueType(
        "格内改过的值按改后计",
        NOTE,
        "“{value}”是在格内改过的值，已按改后的“{detail}”计",
        "无需处理；如改后的值不对，请只留正确的值",
    ),
    "vocab.assumed": IssueType(
        "按推断计入的值",
        NOTE,
        "“{value}”不是“{header}”的规定写法，已按“{detail}”计{times_hint}",
        "如理解有误，请改为规定选项之一：{expected}{variants_hint}",
        per_sheet=True,
    ),
    # A homophone or a look-alike character is a guess at the word meant (化解终 read 化解中): a warning, not a note.
    "vocab.slip": IssueType(
        "按错别字理解的值",
        WARNING,
        "“{value}”像是“{detail}”打错了字（同音或形近），已按“{detail}”计{times_hint}",
        "请核对；如理解有误，请改为规定选项之一：{expected}{variants_hint}",
        per_sheet=True,
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
    "id.scientific": IssueType(
        "身份证号成了科学记数法",
        ERROR,
        "身份证号码写成了 Excel 的科学记数法（号码未在此显示），原号码的大部分数字已丢失，不能据此区分人员：每一行各按一人计，不与其他行合并",
        "请把该列设为“文本”格式后重新录入完整号码；从系统导出的，请重新导出（不要直接双击打开 CSV 再保存）",
    ),
    "id.legacy15": IssueType(
        "15 位旧身份证号", NOTE, "身份证号码为 15 位旧号码（号码未在此显示）", "如可能请更新为 18 位号码"
    ),
    "id.malformed": IssueType(
        "身份证号格式错误", ERROR, "身份证号码位数或字符不正确（号码未在此显示）", "18 位身份证号码只含数字，末位可为 X"
    ),
    "phone.excel_damaged": IssueType(
        "电话号码被 Excel 损坏",
        WARNING,
        "联系电话被 Excel 当成数字、以科学计数法保存（形如 1.2E+10），只剩前几位，无法恢复（号码未在此显示）",
        "请把该列设为“文本”格式后重新录入完整号码",
        unusable=True,
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

# How a message says a suggestion can be taken (fzlib.ingest.accept).
ACCEPT_HINT = "；同意“建议改为”的，在“处理情况”写“同意”后运行 python -m fzlib accept --year <年份>，即登记为本镇写法"

# Codes whose raw value is personal data: the value never reaches a message or an output.
VALUE_HIDDEN = {
    "cell.personal_number",
    "id.checksum",
    "id.excel_damaged",
    "id.scientific",
    "id.legacy15",
    "id.malformed",
    "phone.malformed",
    "phone.excel_damaged",
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
    header = row.get("header") or row.get("field") or ""
    fmt = {
        "value": value,
        "header": header,
        # The detail says why (no known headers, two kinds alike, only some of a kind's columns).
        "detail": (f"：{detail}" if detail else "（表头与任何已知台账都对不上）")
        if row["code"] == "file.unknown_kind"
        else detail,
        "detail_hint": f"，最接近的是“{detail}”" if detail else "",
        "detail_colon": f"：{detail}" if detail else "",
        # Names listed in a message (甲乡、乙镇) as a params line takes them: [甲乡, 乙镇].
        "detail_list": f"[{', '.join(detail.split('、'))}]",
        "expected": row.get("expected") or "",
        "expected_hint": _expected_hint(row),
        "times_hint": f"（共 {row['times']} 处）" if row.get("times", 1) > 1 else "",
        "accept_hint": ACCEPT_HINT if _given(row.get("suggestion")) else "",
        # A town registers its own words for a vocabulary; 是/否 has none to register them in.
        "variants_hint": "" if row.get("expected") == YES_NO_CHOICES else _variants_hint(row),
        "options_hint": f"，填规定选项之一：{row['expected']}" if _given(row.get("expected")) else "",
        # A blank under a value written once over its block (what 取消合并 leaves): the detail is the value above.
        "unmerged_hint": f"；如该列原是合并单元格、取消合并后只在首行留下了“{detail}”，请用上方的值补齐其下的空格"
        "（选中该列，按 F5“定位条件”选“空值”，输入等号和上一格后按 Ctrl+Enter）"
        if detail and row["code"] == "cell.required_blank"
        else "",
        "quarter_hint": "；季度、半年或周请写明年份，如 2024年第3季度、2024年上半年、2024年第12周"
        if _PERIOD.search(value)
        else "",
        "zero_hint": "（像是系统或 Excel 把没有填写的日期导出成的“零日期”，请补填实际日期）"
        if _ZERO_DATE.fullmatch(value.strip())
        else "",
        # A bare day number (60, Excel's 29 February 1900): the cell holds a number, there is no year to check.
        "out_of_range_fix": f"单元格中是数字 {value}，不是日期（Excel 把它当作从 1900 年 1 月 1 日数起的第几天），"
        "请改填实际日期，如 2024-03-05"
        if _DAY_NUMBER.fullmatch(value.strip()) and not _ZERO_DATE.fullmatch(value.strip())
        else "请核对年份",
        # A negative number where none can be (a fine of -500): said to be negative, and what a 冲减 is written as.
        "out_of_range_said": f"是负数，不在“{header}”的合理范围（{detail}）内：台账记的是实际发生的数，不能为负，该数不能统计"
        if (negative := _negative_where_none_can_be(value, detail))
        else f"超出“{header}”的合理范围（{detail}）",
        "out_of_range_number_fix": "如是冲减或退回，请改填实际发生的数（冲减后的数），并在备注中说明；如负号是误填，请删去负号"
        if negative
        else "请核对该数（是否多打了位数或填错了单位）",
        "moment_hint": _moment_hint(value),
        # A year of three digits (113年3月5日, 113.3.5) with no 民国 before it: a year of the Republic written bare.
        "republic_hint": f"（{republic[0]}年像是民国纪年：民国{republic[0]}年即公历{republic[1]}年）"
        if (republic := _bare_republic(value))
        else "",
        "republic_fix": f"；如是民国纪年，请改写为公历日期 {republic[2]}，或在年份前写明“民国”" if republic else "",
        "era_hint": _era_hint(value)[0],
        "era_fix": _era_hint(value)[1],
        "unknown_fix": _unknown_fix(row),
        "note_hint": f"；括号里的说明（如“{found.group(0)}”）请写到备注列" if (found := _NOTE.search(value)) else "",
        "partial_missing": _partial_missing(value, detail),
    }
    place = [str(row["file"])]
    if _given(row.get("sheet")):
        place.append(f"工作表「{row['sheet']}」")
    if _given(row.get("cell")):  # a cell (B3), or a header's rows (第 2–3 行), which are no cell
        cell = str(row["cell"])
        place.append(cell if cell.startswith(("第", "（")) else f"单元格 {cell}")
    elif _given(row.get("row")):
        place.append(f"第 {int(row['row'])} 行")
    return f"{' '.join(place)}：{kind.what.format(**fmt)}。{kind.fix.format(**fmt)}。"


def _negative_where_none_can_be(value: str, bounds: str) -> bool:
    """Whether a value out of its field's range (`bounds` as the message names it, 0～100,000,000) is a negative
    number where the range allows none.

    >>> [_negative_where_none_can_be(v, "0～100,000,000") for v in ("-500", "－1,000", " −3", "900000000", "")]
    [True, True, True, False, False]
    >>> _negative_where_none_can_be("-500", "-100～100")
    False
    """
    return value.strip()[:1] in ("-", "－", "−") and not bounds.strip().startswith(("-", "－", "−"))


# What a database, Excel (serial 0) or a Unix clock (second 0) writes for a date nobody entered.
_ZERO_DATE = re.compile(
    r"0{1,4}[-/.]0{1,2}[-/.]0{1,2}(?:\s+0{1,2}:0{2}(?::0{2})?)?|1900[-/.]0?1[-/.]00|0(?:\.0+)?|1970[-/.]0?1[-/.]0?1(?:\s+0{1,2}:0{2}(?::0{2})?)?"
)
# A number where a date was expected, as a cell shows it (60, -5, 100.5).
_DAY_NUMBER = re.compile(r"-?\d{1,5}(?:\.\d+)?")
# A time of day typed alone (9:30, 14:00:00); Excel's last day (9999-12-31) as the number it counts days by.
_TIME_ONLY = re.compile(r"\d{1,2}[:：]\d{2}(?:[:：]\d{2})?")
_LAST_EXCEL_DAY = 2_958_465


def _moment_hint(value: str) -> str:
    """What a date cell holding a time alone, or a day number past Excel's calendar, holds (else "").

    >>> _moment_hint("0.3958333"), _moment_hint("9:30"), _moment_hint("2958466"), _moment_hint("2024.3.5")
    ('（单元格中是数字 0.3958333，即一天中的时刻，Excel 显示为 9:30，没有日期）', '（只写了时刻，没有日期）', '（单元格中是数字 2958466，超出 Excel 能显示的最后一天 9999-12-31，Excel 中显示为 ####）', '')
    """
    text = value.strip()
    if _TIME_ONLY.fullmatch(text):
        return "（只写了时刻，没有日期）"
    try:
        number = float(text)
    except ValueError:
        return ""
    if 0 < number < 1:
        minutes = round(number * 24 * 60)
        return f"（单元格中是数字 {text}，即一天中的时刻，Excel 显示为 {minutes // 60}:{minutes % 60:02d}，没有日期）"
    if number > _LAST_EXCEL_DAY and re.fullmatch(r"[\d.eE+]+", text):
        return f"（单元格中是数字 {text}，超出 Excel 能显示的最后一天 9999-12-31，Excel 中显示为 ####）"
    return ""


# Digits as a date's year may be written in Chinese (二〇二四年三月).
_CHINESE_DIGITS = str.maketrans("〇○零一二三四五六七八九", "000123456789")
# A day written after a month: 3月5日, 3.5, 03/05, 3-5 (a text with no year, so two numbers are a month and a day).
_DAY_WRITTEN = re.compile(r"[日号]|\d\s*[./\-月]\s*\d")


def _partial_missing(value: str, detail: str) -> str:
    """What a date completed as date.partial lacks, as its message says it: its day (2024年3月, 202403: the year is
    written), its year (3月5日, 3.5), or both (3月). `detail` is the date it was completed to, whose year is the one
    written if any was.

    >>> [_partial_missing(v, d) for v, d in [("202403", "2024-03-01"), ("二〇二四年三月", "2024-03-01"),
    ...  ("24年3月", "2024-03-01"), ("3月5日", "2024-03-05"), ("3.5", "2024-03-05"), ("3月", "2024-03-01")]]
    ['日', '日', '日', '年份', '年份', '年份和日']
    """
    text = unicodedata.normalize("NFKC", value).translate(_CHINESE_DIGITS)
    year = detail[:4] if re.fullmatch(r"\d{4}-\d{2}-\d{2}", detail) else ""
    if year and (year in text or re.search(rf"(?<!\d){year[2:]}\s*年", text)):
        return "日"
    return "年份" if _DAY_WRITTEN.search(text) else "年份和日"


# A remark typed in brackets after an amount (1,200.00元（已缴）): its place is the 备注 column.
_NOTE = re.compile(r"(?<=[\d元万])\s*[（(][^（）()\d]{1,12}[)）]")
# A date whose year has three digits from 100 (民国100年 is 2011) and no 民国 before it: 113年3月5日, 113.3.5, 113/03/05.
_BARE_REPUBLIC = re.compile(r"(1\d\d)\s*(?:年|[./\-])\s*(\d{1,2})\s*(?:月|[./\-])\s*(\d{1,2})\s*[日号]?")


# A year named by the sexagenary cycle (甲辰年) or by a Japanese era (令和6年): neither is read. A 干支 year is the
# lunar calendar's, its months and days lunar, and it recurs every sixty years; an era year is named with the year
# it is, for the office to write.
_STEMS, _BRANCHES = "甲乙丙丁戊己庚辛壬癸", "子丑寅卯辰巳午未申酉戌亥"
_SEXAGENARY = re.compile(f"([{_STEMS}][{_BRANCHES}])年")
_JAPANESE_ERAS = {"令和": 2018, "平成": 1988, "昭和": 1925}
_JAPANESE_ERA = re.compile(f"({'|'.join(_JAPANESE_ERAS)})\\s*(\\d{{1,2}}|元)\\s*年")


def _era_hint(value: str) -> tuple[str, str]:
    """(what, how to fix) of a date cell whose year is a 干支 year or a Japanese era's, or two empty texts. A 干支 year
    is named as the year of the sixty from 1984 (甲子) to 2043.

    >>> _era_hint("甲辰年三月五日")[0], _era_hint("令和6年3月5日")[0], _era_hint("2024年3月5日")
    ('（甲辰年是干支纪年，即公历2024年前后，其后的月日通常是农历）', '（令和是日本年号：令和6年即公历2024年）', ('', ''))
    """
    text = unicodedata.normalize("NFKC", value)
    if found := _SEXAGENARY.search(text):
        stem, branch = _STEMS.index(found[1][0]), _BRANCHES.index(found[1][1])
        year = 1984 + next(k for k in range(60) if k % 10 == stem and k % 12 == branch)
        return (
            f"（{found[1]}年是干支纪年，即公历{year}年前后，其后的月日通常是农历）",
            f"；请写公历年份：如是农历，写成 {year}年农历三月初五（按农历记）或换算成公历日期",
        )
    if found := _JAPANESE_ERA.search(text):
        year = _JAPANESE_ERAS[found[1]] + (1 if found[2] == "元" else int(found[2]))
        return f"（{found[1]}是日本年号：{found[1]}{found[2]}年即公历{year}年）", f"；请改写为公历年份 {year}"
    return "", ""


def _bare_republic(value: str) -> tuple[int, int, str] | None:
    """(the year as written, the year it is as a year of the Republic, the date in the common era) of a date cell
    written with a bare three-digit year (113年3月5日), or None.

    >>> _bare_republic("113年3月5日")
    (113, 2024, '2024-03-05')
    >>> _bare_republic("１１３.３.５"), _bare_republic("2024年3月5日"), _bare_republic("113年13月5日")
    ((113, 2024, '2024-03-05'), None, None)
    """
    found = _BARE_REPUBLIC.fullmatch(unicodedata.normalize("NFKC", value).strip())
    if not found:
        return None
    year, month, day = (int(g) for g in found.groups())
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return year, year + 1911, f"{year + 1911}-{month:02d}-{day:02d}"


# A quarter, a half-year or a week in a date cell (第3季度, Q3, 上半年, 第12周): without a year it needs one.
_PERIOD = re.compile(r"季度?$|^[Qq]\s*[1-4]$|第\s*\S{1,3}\s*周$|半年度?$")


def _unknown_fix(row: dict) -> str:
    """What to do about a column no field took: take the suggestion, or register it (with the exact
    lines for params) only if it records something the report counts."""
    header, kind = row.get("header") or "", row.get("kind")
    if _given(row.get("suggestion")):
        return (
            f"如该列记录的正是“{row['suggestion']}”，可在 params/<年份>.yaml 的 aliases 中登记为它的别名{ACCEPT_HINT}"
        )
    if not _given(kind) or header.startswith("空白表头"):
        return "无需处理；如该列应计入，请给它写上表头"
    return (
        "多数情况下无需处理；如该列记录的是报告需要统计的一项，请在 params/<年份>.yaml 中写 "
        f"aliases: {{{kind}: {{<字段名>: [{header}]}}}}（字段名见 fzlib/specs/{kind}.yaml）"
    )


def _variants_hint(row: dict) -> str:
    """Where a town registers its own word for a value: the very params entry, its vocabulary named (an office told
    only "variants 中登记" could not know it is petition_source), the suggested value in it or a place for the one
    meant; a field without a vocabulary of its own (or a personal one) keeps the general words."""
    vocabulary = _vocabulary_name(row.get("kind"), row.get("field"))
    value = row.get("value")
    accept = ACCEPT_HINT if _given(row.get("suggestion")) else ""
    if row["code"] == "vocab.unknown" and _given(value) and header_piece(str(value), row.get("header")):
        # A piece of the column's own title (类型 under 纠纷类型: a title's second line left in a row of its own) is a
        # stray of the header, no word of the town's for a value: nothing to register.
        return accept
    # Only a value not read at all: one read as a value (vocab.assumed, vocab.slip) is registered already if right.
    # A long text is no word a town writes for a value (a sentence typed in the column): the general words.
    if vocabulary is None or not _given(value) or row["code"] != "vocab.unknown" or len(str(value)) > _WORD_LENGTH:
        entry = ""
    else:
        suggested = row.get("suggestion")
        canonical = str(suggested) if _given(suggested) else _MEANT
        written = yaml.safe_dump(
            {vocabulary: {canonical: [str(value)]}}, allow_unicode=True, default_flow_style=True, width=10_000
        ).strip()
        entry = f"，写 variants: {written}" + ("" if _given(suggested) else f"（{_MEANT} 换成它所指的规定选项）")
    return f"；本镇惯用的写法可在 params/<年份>.yaml 的 variants 中登记{entry}" + accept


_MEANT = "<规定选项>"
# What parts a header's text: its parent and child titles (当事人/申请人), its lines, a bracketed note (（必填）).
_HEADER_PARTS = re.compile(r"[/\n]|[（(][^）)]*[）)]")


def header_piece(value: str, header) -> bool:
    """Whether a value is a piece of its column's own title: the title's head or tail, or the whole of it (the second
    line of 纠纷类型 left in a row of its own under the header, 类型; a header line read among the records). Such a
    cell is a stray of the header, no word a town writes for a value: no `variants:` entry is offered for it.

    >>> header_piece("类型", "纠纷类型"), header_piece("纠纷类型", "纠纷类型（必填）"), header_piece("情况", "调解/化解情况")
    (True, True, True)
    >>> header_piece("网上信访", "信访来源"), header_piece("房屋租赁纠纷", "纠纷类型"), header_piece("型", "纠纷类型")
    (False, False, False)
    """
    if not _given(header):
        return False
    word = "".join(str(value).split())
    parts = ["".join(p.split()) for p in _HEADER_PARTS.split(str(header))]
    return len(word) >= 2 and any(p and (p.startswith(word) or p.endswith(word)) for p in parts)


# The longest value a message writes into a variants entry (the vocabularies' words are under 15 characters).
_WORD_LENGTH = 24


def _vocabulary_name(kind, field) -> str | None:
    """The vocabulary a kind's field takes its values from (params `variants` is keyed by it); None for a field
    without one, a personal field (its words are never registered) or a kind or field no spec has."""
    if not (_given(kind) and _given(field)):
        return None
    spec = load_specs().get(str(kind))
    found = next((f for f in spec.fields if f.name == field), None) if spec else None
    return found.vocabulary_name if found is not None and not found.personal else None


def _expected_hint(row: dict) -> str:
    """The columns a message suggests beside the one it is about."""
    expected = row.get("expected")
    if not expected or (not isinstance(expected, str) and pd.isna(expected)):
        return ""
    if row["code"] == "column.missing":
        return f"（相近的列有 {expected}，但其内容不像“{row.get('detail')}”）"
    if row["code"] in ("params.unmatched", "params.sheet_unmatched", "params.sheet_unknown"):
        return f"（是不是“{expected}”？）"
    if row["code"] == "params.wildcard":
        return f"（文件夹中与它相符的有：{expected}）"
    if row["code"] == "column.by_content":
        return f"（未采用 {expected}）"
    if row["code"] in ("column.preferred", "column.date_ambiguous", "column.ambiguous"):
        return f"（同为这一项的 {expected} 未采用）"
    return ""


# The issues table's typed columns; the others take the type pandas infers.
_TEXT_COLUMNS = ("value", "detail", "header", "kind", "field", "cell", "sheet", "suggestion")
_INFERRED_COLUMNS = [c for c in COLUMNS if c not in _TEXT_COLUMNS and c != "row"]


def frame(rows: list[dict]) -> pd.DataFrame:
    """The issues table: one row per problem, messages rendered, personal values removed."""
    shown = [{**r, "value": None} if r["code"] in VALUE_HIDDEN else r for r in rows]
    messages = [render(r) for r in shown]
    typed = _typed_columns(shown) if shown else None
    if typed is None:
        return _inferred_frame(rows, messages)
    df = pd.DataFrame(
        [{**r, "level": CATALOGUE[r["code"]].level, "message": m} for r, m in zip(shown, messages, strict=True)],
        columns=_INFERRED_COLUMNS,
    )
    return pd.DataFrame({c: typed[c] if c in typed else df[c] for c in COLUMNS}, copy=False)


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and value != value)


def _typed_columns(rows: list[dict]) -> dict | None:
    """The typed columns made straight from the rows' values, when each holds only texts (or whole numbers, for
    `row`) and blanks: what retyping the inferred columns makes of them, at a third of its cost (retyping nine
    columns was a tenth of cleaning a small folder). None when a value is of another type: those are retyped."""
    out = {}
    for col in _TEXT_COLUMNS:
        values = [r.get(col) for r in rows]
        if not all(isinstance(v, str) or _missing(v) for v in values):
            return None
        out[col] = pd.array(values, dtype="string")
    numbers = [r.get("row") for r in rows]
    if not all(_missing(v) or (isinstance(v, int | np.integer) and not isinstance(v, bool)) for v in numbers):
        return None
    out["row"] = pd.array([None if _missing(v) else v for v in numbers], dtype="Int64")
    return out


@functools.cache
def _no_issues() -> pd.DataFrame:
    """The table of no issues, as pandas infers it and `row` retyped (the frame with a mapping took 7 ms even with no
    rows): the same frame for every run, built once per process (it was a twentieth of cleaning a small folder)."""
    df = pd.DataFrame([], columns=COLUMNS)
    df["row"] = df["row"].astype("Int64")
    return df


def _inferred_frame(rows: list[dict], messages: list[str]) -> pd.DataFrame:
    """The issues table built column by column as pandas infers it, then retyped."""
    if not rows:
        return _no_issues().copy()  # a copy: a caller may add to its table
    df = pd.DataFrame(rows, columns=COLUMNS)
    df["level"] = df["code"].map(lambda c: CATALOGUE[c].level)
    df["message"] = messages
    hidden = df["code"].isin(VALUE_HIDDEN)
    df.loc[hidden, "value"] = None
    df["row"] = df["row"].astype("Int64")
    for col in ("value", "detail", "header", "kind", "field", "cell", "sheet", "suggestion"):
        df[col] = df[col].astype("string")
    return df
