"""Every Chinese text `fzlib check` shows: verdict names, kind names, message templates, hints.

Messages are rendered here and only here, from a stable code and named values.
"""

from __future__ import annotations

VERDICTS = {
    "consistent": "一致",
    "inconsistent": "不一致",
    "unverifiable": "无法核对",
    "note": "提示",
}

KINDS = {
    "total": "总数与分项",
    "shares_sum": "占比合计",
    "share": "占比",
    "rate": "比率",
    "growth": "增减",
    "table": "正文与表格",
    "ledger": "台账核对",
}

TEMPLATES = {
    # totals and parts
    "parts_match": "分项合计{parts}，与总数{total}相符。",
    "parts_exceed": "分项合计{parts}，超过所述总数{total}（多{diff}）。",
    "parts_short": "分项已列全（{why}），合计{parts}，少于所述总数{total}（差{diff}）。",
    "parts_cut": "分项合计{parts}，少于总数{total}；列表在{next}处是否结束不清楚，无法判断是否列全。",
    "parts_open": "分项合计{parts}，少于总数{total}；“其中”所列可能并不完整，无法判断。",
    "parts_traits": "分项合计{parts}，超过总数{total}；但所列是人员的不同特征（如党员、女性），同一人可兼有，不能相加。",
    "parts_facets": "分项合计{parts}，超过总数{total}；但所列既有案件的类别，又有程序或“涉企”等另一口径，同一案件可兼属两项，不能相加。",
    "parts_stages": "分项合计{parts}，超过总数{total}；但所列是办理的不同阶段（如立案与结案），后一阶段包含在前一阶段之内，不能相加。",
    "parts_prefix": "前{n}项合计{head}，恰为总数{total}；其后各项（合计后为{parts}）应是另计的情形，请确认。",
    "parts_prefix_other": "前{n}项合计{head}，恰为前面的总数{total}：所列分项应属于该总数，而不是紧挨着的{near}；其后各项另计，请确认。",
    "parts_other_total": "分项合计{parts}，超过紧挨着的{near}，但未超过前面的总数{total}：所列分项应属于该总数。",
    "parts_clause_after": "前{n}项合计{head}，未超过总数{total}；其后隔着不含数量的“{clause}”一句，之后的各项（合计后为{parts}）未必仍属此列，请确认。",
    "parts_sibling_after": "前{n}项合计{head}，未超过总数{total}；其后以“以及”“另有”等引出的各项（合计后为{parts}）可能是另计的情形，请确认。",
    # a change broken down into the changes of its kinds
    "change_parts_match": "各分项的{way}合计{parts}，与所述总{way}{total}相符。",
    "change_parts_differ": "分项已列全（{why}），各分项的{way}合计{parts}，与所述总{way}{total}不符（差{diff}）。",
    "change_parts_open": "各分项的{way}合计{parts}，与所述总{way}{total}不等；“其中”所列未必完整，未列出的分项可能有增有减，无法判断。",
    # shares of a breakdown
    "shares_sum_ok": "各项占比合计{sum}，约为100%。",
    "shares_sum_wrong": "各项占比合计{sum}，与100%相差{diff}个百分点，可能漏列某一类别或占比有误。",
    # one share
    "share_ok": "{part}÷{base}={computed}，与所述{stated}相符。",
    "share_truncated": "{part}÷{base}={computed}，所述{stated}为截断而非四舍五入（应为{rounded}）。",
    "share_wrong": "{part}÷{base}={computed}，与所述{stated}不符。{extra}",
    "share_no_base": "句中未给出占比的基数，无法核对。",
    "share_impossible": "任何整数基数都得不出{part}占{stated}。",
    "share_largest_remainder": "{part}÷{base}={computed}；各项占比合计恰为100%，按最大余数法取整正是{stated}。",
    "share_one_unit": "{part}÷{base}={computed}，四舍五入应为{rounded}，所述{stated}差末位一个单位；所列不是全部分项，可能是为凑足100%而调整。",
    "share_one_unit_raised": "{part}÷{base}={computed}，四舍五入应为{rounded}，所述{stated}高出末位一个单位；所列之外至多还有{others}项，按最大余数法凑足100%也加不到这一项。",
    "share_alt_ok": "按{name}{base_value}计算，{part}占{computed}，与所述{stated}相符。",
    "share_unclear": "{part}÷{base}={computed}，与所述{stated}不符；但句中没有点明基数，不能断定有误。",
    "share_wrong_whole": "{part}÷{base}={computed}，与所述{stated}不符；同组各项合计恰为{base}，占比合计100%，是它的完整分项。",
    "share_wrong_sibling": "{part}÷{base}={computed}，与所述{stated}不符；同组其他占比都是以{base}为基数算出的。",
    "share_no_count": "该占比没有自己的计数，无法核对。",
    "share_siblings_base": "基数未给出，但同句其他{n}项占比都只能以{low}至{high}为基数；以此为基数，{part}约占{computed}，与所述{stated}不符。",
    "share_whole_list": "所列各项都有计数和占比，占比合计恰为100%，是完整分项，基数即各项之和{base_value}；{part}÷{base_value}={computed}，四舍五入、截断或按最大余数法凑足100%都得不出所述{stated}。",
    "share_no_whole_part": "以{base_text}为基数，任何整数件数都得不出{stated}。",
    # rates
    "rate_ok": "{num}÷{den}={computed}，与所述{stated}相符。",
    "rate_truncated": "{num}÷{den}={computed}，所述{stated}为截断而非四舍五入（应为{rounded}）。",
    "rate_wrong": "{num}÷{den}={computed}，与所述{stated}不符（应为{rounded}）。",
    "rate_restated": "文中另一处同名同值的{name}{stated}是同一比率，那里按所给数量核对不符：{reason}",
    "rate_no_base": "句中只有分子{num}，未给出分母；该比率可由整数基数（如{base}）得出。",
    "rate_impossible": "分子为{num}时，任何整数分母都得不出{stated}。",
    "rate_all": "句中称“全部/均”，与{stated}相符。",
    "rate_no_terms": "句中未给出计算该比率的数量，无法核对。",
    "rate_impossible_den": "分母为{den}时，任何整数分子都得不出{stated}。",
    "rate_no_numerator": "句中只有分母{den}，未给出分子。",
    "rate_unclear": "{num}÷{den}={computed}，与所述{stated}不符；但分母不是按比率的定义找到的，不能断定有误。",
    "rate_shared": "{num}÷{den}={computed}，与所述{stated}不符；但这两个数是同句另一比率的依据，本比率所指的数量句中未给出，无法核对。",
    "rate_plus_open": "{num}÷{den}={computed}，与所述{stated}不符；但若把{plus}同时计入分子和分母（共{whole}），则与所述相符，句中未给出这一合计，无法判断所述比率按哪种口径计算。",
    "rate_alt_ok": "按{reading}计算，与所述{stated}相符。",
    "rate_wrong_concluded": "{num}÷{den}={computed}，与所述{stated}不符（应为{rounded}）；以已了结的{named}为分母计算为{other}，也不相符。",
    "rate_concluded_ambiguous": "{num}÷{den}={computed}，与所述{stated}相符，但分母为{low}至{high}时都会得到{stated}，"
    "相符可能只是巧合；以{base}为分母则为{other}，无法判断所述比率按哪个分母计算。",
    "rate_concluded_ok": "{num}÷{den}={computed}，与所述{stated}相符：以已了结的{named}为分母计算；以{base}为分母则为{other}。",
    "rate_implied_ok": "{num}÷{den}={computed}；但按所述{stage}，{den}中已了结的约为{low}至{high}，以此为分母可得所述{stated}。",
    # growth
    "growth_ok": "由{old}到{new}，变化{computed}，与所述{stated}相符。",
    "growth_truncated": "由{old}到{new}，变化{computed}，所述{stated}为截断而非四舍五入。",
    "growth_wrong": "由{old}到{new}，变化{computed}，与所述{stated}不符。",
    "growth_wrong_base": "由{old}到{new}，变化{computed}；所述{stated}是以今年数{new}为基数算出的，应以上年数{old}为基数。",
    "growth_direction": "由{old}到{new}实为{actual}，与所述“{said}”方向相反。",
    "growth_ok_as_change": "把{diff}读作增减量：由{old}到{new}，变化{computed}，与所述{stated}相符（读作上年数则不符；它前面的词未说明是哪一种）。",
    "growth_no_base": "句中未同时给出上年数和今年数，无法核对增减。",
    "growth_scale": "今年数{new}不带“{mult}”，变化量{diff}带“{mult}”：照写的数由{old}到{new}变化{computed}，与所述{stated}不符；把今年数读作{scaled}则相符，原文可能漏写了“{mult}”，请核对。",
    "growth_feasible": "句中未给出上年数；今年{new}、上年{old}时可得出{stated}。",
    "growth_impossible": "今年为{new}时，任何整数上年数都得不出{said}{stated}。",
    # the draft's own tables
    "table_ok": "与文中表格“{label}”一行的{value}相符。",
    "table_wrong": "文中表格“{label}”一行为{value}，正文写作{stated}，二者矛盾。",
    "table_sum_ok": "表中各项合计{parts}，与“{label}”{total}相符。",
    "table_sum_wrong": "表中各项合计{parts}，与“{label}”{total}不符。",
    "table_parts_exceed": "下表各项合计{parts}，超过表前所述{total}（多{diff}）。",
    "table_share_ok": "“{label}”{count}÷{base}={computed}，与表中{stated}相符。",
    "table_share_largest_remainder": "“{label}”{count}÷{base}={computed}；表中各项占比合计恰为100%，按最大余数法取整正是{stated}。",
    "table_share_truncated": "“{label}”{count}÷{base}={computed}，表中{stated}为截断而非四舍五入。",
    "table_share_wrong": "“{label}”{count}÷{base}={computed}，与表中{stated}不符。",
    # ledgers
    "ledger_ok": "“{name}”对应台账指标{key}，台账为{value}，与所述相符。",
    "ledger_truncated": "“{name}”对应台账指标{key}，台账为{value}，所述为截断而非四舍五入。",
    "ledger_wrong": "“{name}”对应台账指标{key}，台账为{value}，与所述{stated}不符。",
    "ledger_missing": "“{name}”对应台账指标{key}，本年台账中没有该项数据，无法核对。",
    "ledger_unavailable": "“{name}”对应台账指标{key}，台账中该项无法统计（{reason}），无法核对；处理好后请重新运行 clean 再核对。",
}

EXTRA_ALT_BASE = "按{name}{base}计算恰为{computed}，疑似用错了基数。"
EXTRA_PARTS_BASE = "按分项合计{base}计算为{computed}。"

# Readings tried, listed in 无法核对 and 提示 messages.
READINGS = "已尝试的读法：{readings}。"
READING_BASE = "以{base}为基数"
READING_NONE = "句中没有可用的计数"
READING_NO_COUNT = "占比之前没有它自己的计数，不借用别处的计数"
READING_NUMERATOR = "分子为{num}，分母未给出"
READING_DENOMINATOR = "分母为{den}，分子未给出"
READING_RATE = "{num}÷{den}"
READING_IMPLIED = "{num}÷按{stage}推算的已了结数"
READING_POSITIVE = "各满意等级合计为分子"
READING_MINUS = "分母扣除{minus}"
READING_PLUS = "{plus}计入办结，分母为两者所属的总数{whole}"
READING_SPLIT = "分子为同名各部分之和{parts}"
READING_NO_PREVIOUS = "未给出上年（上期）数"
READING_PREFIX = "前{n}项已合成总数，其后各项另计"
READING_CLAUSE = "“{clause}”之后的各项不属此列"
READING_SIBLING = "以“以及”“另有”等引出的项另计"
READING_OTHER_TOTAL = "分项属于前面的总数{total}"
READING_STAGES = "所列各项是前后相继的办理阶段，不是互不重叠的分项"
READING_TRAITS = "所列各项是人员的不同特征，可能重叠"
READING_SANCTIONS = "所列各项是可同时给予一人的不同处分（党纪、政务），可能重叠"
READING_FACETS = "所列各项按类别和程序（或“涉企”等）两种口径分列，可能重叠"
READING_CHANGE_OPEN = "未列出的分项可能有增有减"
# Why a list is evidently complete, by how claims marks it; and the ways a change goes.
COMPLETE_BECAUSE = {"分别为": "“分别为”", "其他": "以“其他”项收尾"}
COMPLETE_BY_SHARES = "各项占比合计约100%"
CHANGE_WAYS = {"up": "增加", "down": "减少"}
READING_OPEN = "“其中”所列未必完整"
READING_CUT = "列表止于{next}之前；{next}也可能是一项"
LEDGER_SOURCE = "台账中这个数来自{source}。"
# The rows themselves: a command that works once the ledgers are cleaned (the report's 指标.xlsx exists only after
# `report`); the report's 明细 sheet lists the same rows.
LEDGER_ROWS = "逐行明细可运行 {command} 查看（运行 report 后也见报告旁“-指标.xlsx”的“明细”工作表）。"
READING_LEDGER = "台账中没有{key}"
NAME_PARTS_SUM = "分项合计"
READING_LARGEST_REMAINDER = "全部分项按最大余数法凑足100%"

HINT_NO_INDICATORS = "未找到{year}年的台账指标，请先运行 python -m fzlib clean --year {year}；本次只做文内算术核对。"
HINT_NO_TOWN = (
    "未找到{town}{year}年的县级汇总结果，请先运行 python -m fzlib county --year {year}"
    "（或用 --county 指定其输出文件夹）；本次只做文内算术核对。"
)
DRAFT_OTHER_YEAR = (
    "草稿标题写的是 {drafted} 年，而 --year 为 {year}：草稿中的数字没有与 {year} 年的台账核对（只做了文内算术核对）。"
    "如草稿确是 {drafted} 年的，请改用 --year {drafted}（先运行 python -m fzlib clean --year {drafted}）；"
    "如是 {year} 年的，请改正标题中的年份后再核对。"
)
DRAFT_OTHER_TOWN = (
    "草稿标题写的是{drafted}，而核对用的是{town}的 {year} 年台账：草稿中的数字没有与台账核对（只做了文内算术核对）。"
    "如要核对{drafted}的报告，请用{drafted}的台账（县级汇总时加 --town {drafted}）；"
    "如这就是{town}的报告，请改正标题中的乡镇名称，或改正 params/{year}.yaml 中的 town。"
)
HINT_NO_YEAR = "未指定 --year，本次只做文内算术核对。"
READ_FAILED = "无法读取草稿：{path}（{reason}）"
DOCX_CORRUPT = "无法读取 Word 草稿：{path} 不是完好的 .docx 文件（{reason}）。请用 Word 或 WPS 打开后另存为 .docx，或另存为 .txt 再核对。"
DOCX_ENCRYPTED = "无法读取 Word 草稿：{path} 是加密文件或旧版 .doc 格式。请取消密码保护，或另存为 .docx 后再核对。"
DOCX_PASSWORD = (
    "无法读取 Word 草稿：{path} 设有打开密码。请在 Word/WPS 中取消密码（文件→信息→保护文档）后另存为 .docx 再核对。"
)
DOCX_OLD_WORD = (
    "无法读取 Word 草稿：{path} 其实是 Word 97-2003 的 .doc 文件（只是名字改成了 .docx）。"
    "请用 Word/WPS 打开后“另存为”.docx（文件类型选 Word 文档）再核对。"
)
DOCX_OLD_EXCEL = "无法读取 Word 草稿：{path} 其实是 Excel 97-2003 表格，不是报告草稿；请给出报告的 Word 文件。"
ODT_CORRUPT = (
    "无法读取草稿：{path} 不是完好的 .odt 文件（{reason}）。请用 WPS 或 LibreOffice 打开后另存为 .docx 或 .txt 再核对。"
)
ODT_ENCRYPTED = "无法读取草稿：{path} 设了打开密码。请在 WPS 或 LibreOffice 中取消密码后另存，再核对。"
DOCX_TOO_LARGE = "无法读取 Word 草稿：{path} 正文解压后超过{mb}MB，过大。请另存为 .txt 后再核对（超长部分会被截去）。"
RTF_TOO_LARGE = (
    "无法读取草稿：{path} 超过{mb}MB，过大（多是其中的图片）。请用 Word/WPS 打开后另存为 .docx 或 .txt 再核对。"
)
DRAFT_EMPTY = "草稿 {path} 中没有文字（空文档，或文字都在图片里）。请确认选对了文件；只有扫描件或图片时，请把文字复制到记事本另存为 .txt 再核对。"
DRAFT_NOT_TEXT = "草稿 {path} 不是文本文件（其中大部分是无法显示的字符）。请确认选对了文件，或用 Word/WPS 打开后另存为 .docx 或 .txt 再核对。"
WRITE_FAILED = "无法写出核对结果文件（{reason}）"
# What the system says of a marked copy it cannot write, in Chinese (by errno), with what to do.
WRITE_REASONS = {
    "ENOENT": "要写入的文件夹不存在，请先建好该文件夹，或换一个已有的文件夹",
    "EISDIR": "给出的是一个文件夹，请在文件夹后写上文件名，如 文件夹/草稿-核对.html",
    "EACCES": "没有写入该文件夹的权限，请换一个文件夹",
    "EPERM": "没有写入该文件夹的权限，请换一个文件夹",
    "EROFS": "该位置是只读的，请换一个文件夹",
    "ENOSPC": "磁盘已满，请清理出空间后重试",
    # The path runs through a file (草稿.docx/核对.html): the system's own words are "Not a directory", "File exists".
    "ENOTDIR": "路径中有一段是文件而不是文件夹，请换一个文件夹",
    "EEXIST": "路径中有一段是文件而不是文件夹，请换一个文件夹",
}
MARKED_IN_RAW = "核对结果不写入原始台账文件夹（data/raw）：{path}。请用 --annotate 或 --html 指定其他位置的文件名，如 草稿-核对.docx。"
MARKED_SUFFIX = "输出文件应以 {suffix} 结尾：{path}。请另选文件名（已有的文件不会被改写）。"
ANNOTATE_NOT_DOCX = "--annotate 只适用于 Word 草稿（.docx）：{path}"
ANNOTATE_SAME_FILE = "输出文件不能与草稿同名：{path}。原文件不会被改动，请另选文件名。"
ANNOTATED = "已另存带批注的草稿：{path}（{n}条批注）"
ANNOTATED_SUFFIX = "-核对批注"
VIEW_SUFFIX = "-核对"
VIEW_TITLE = "数字核对：{name}"
VIEW_WRITTEN = "已生成核对网页：{path}"
VIEW_HINT = "点按带颜色的数字查看说明"
VIEW_LIST = "全部核对结果"
VIEW_CLOSE = "关闭"
TOO_LONG = "草稿共约{total}字，超过核对上限{limit}字，只核对了前{checked}字。"
DRAFT_IS_PAGE = "{path} 其实是网页文件（Word 或 WPS 另存为“网页”后改成了这个扩展名），不是 Word 文档{how}"
UNSUPPORTED = "不支持的文件类型：{suffix}，请使用 .docx、.odt、.rtf、.txt 或 .md{how}"
# How to turn the drafts offices also keep into a file check reads.
UNSUPPORTED_HOW = {
    ".doc": "（请用 Word/WPS 打开后“另存为”.docx）",
    ".wps": "（请用 WPS 打开后“另存为”.docx）",
    ".pdf": "（请用原来的 Word 文件；只有 PDF 时，可把文字复制到记事本另存为 .txt）",
    ".rtf": "（请用 Word/WPS 打开后“另存为”.docx）",
    # Word's other OOXML files (with macros, templates) and a page saved from a browser or an e-mail.
    ".docm": "（请用 Word/WPS 打开后“另存为”.docx）",
    ".dotx": "（请用 Word/WPS 打开后“另存为”.docx）",
    ".dotm": "（请用 Word/WPS 打开后“另存为”.docx）",
    ".dot": "（请用 Word/WPS 打开后“另存为”.docx）",
    ".wpt": "（请用 WPS 打开后“另存为”.docx）",
    ".html": "（请用 Word 打开后“另存为”.docx，或在浏览器中全选、复制到记事本另存为 .txt）",
    ".htm": "（请用 Word 打开后“另存为”.docx，或在浏览器中全选、复制到记事本另存为 .txt）",
    ".mht": "（请用 Word 打开后“另存为”.docx）",
    # Fixed-layout prints, as a PDF is: OFD (the national format of electronic official documents) and XPS.
    ".ofd": "（OFD 是版式文件，类似 PDF；请用原来的 Word 文件，或在 OFD 阅读器中把文字复制到记事本另存为 .txt）",
    ".xps": "（XPS 是打印成的文件，类似 PDF；请用原来的 Word 文件）",
    ".oxps": "（XPS 是打印成的文件，类似 PDF；请用原来的 Word 文件）",
    # A ledger or fzlib's own table given instead of the draft.
    ".xlsx": "（这是表格文件，不是报告草稿；请给出报告的 Word 文件）",
    ".xls": "（这是表格文件，不是报告草稿；请给出报告的 Word 文件）",
    ".et": "（这是表格文件，不是报告草稿；请给出报告的 Word 文件）",
    ".csv": "（这是表格文件，不是报告草稿；请给出报告的 Word 文件）",
}
# What the system says of a draft it cannot open, in Chinese (by errno), with what to do.
READ_REASONS = {
    "ENOENT": "找不到该文件，请检查路径和文件名",
    "EISDIR": "这是一个文件夹，请给出其中的草稿文件",
    "EACCES": "没有读取该文件的权限，请检查文件权限",
    "EPERM": "没有读取该文件的权限，请检查文件权限",
}
NO_CLAIMS = "未在草稿中找到可核对的数字表述。"
NUMBERS_ASIDE = "草稿的{parts}中有带数字的文字，未核对（只核对正文、表格和文本框）。如报告的内容写在了{parts}里，请移入正文后再核对。"
NUMBERS_IN_GRAPHICS = (
    "草稿的{parts}中有数字，未核对（只核对正文、表格和文本框中的文字）。图中的数字请对照台账另行核对，"
    "或在正文或表格中写明后再核对。"
)
SUMMARY = "共核对{total}处：一致{consistent}，不一致{inconsistent}，无法核对{unverifiable}，提示{note}。"

HELP = {
    "command": "核对报告草稿中的数字是否自洽、是否与台账一致",
    "path": "报告草稿文件（.docx、.txt 或 .md）",
    "year": "报告年度；给出时同时与该年台账指标核对",
    "town": "乡镇名称：与县级汇总（python -m fzlib county）中该乡镇的指标核对",
    "county": "县级汇总的输出文件夹（默认 data/county/<年度>）",
    "json": "以 JSON 输出核对结果",
    "annotate": "另存一份带批注的 Word 文件（不一致和提示处各加一条批注），原文件不改动",
    "html": "另存一个网页，标出每个核对过的数字（绿色一致、红色不一致、灰色其他），点击看说明",
}

TABLE_HEADERS = ("序号", "结论", "类别", "所述", "核算", "原文 / 说明")
FRAME_COLUMNS = {
    "start": "起始位置",
    "end": "结束位置",
    "text": "原文",
    "kind": "类别",
    "stated": "所述",
    "expected": "核算",
    "verdict": "结论",
    "message": "说明",
}


def render(code: str, **values: object) -> str:
    """The Chinese message for a code, filled with its values."""
    return TEMPLATES[code].format(**values)


# The corpus evaluation (python -m fzlib.check.evaluate, make eval-check)
EVAL_HEADING = "{title}：{texts}篇，标注{labelled}处（错误{slips}，一致{consistent}），其中被核对到{tested}处"
EVAL_LINE = (
    "  {name:<8} 错误{slips:>3}  查出{caught:>3}  报错{flagged:>3}  召回率 {recall:5.2f}  精确率 {precision:5.2f}"
)
EVAL_SPLITS = {"dev": "开发集", "held": "留出集", "all": "全部"}
EVAL_OVERALL = "合计"
EVAL_FAILURES = "误报与漏报："
EVAL_NONE = "  无"
EVAL_FALSE_ALARM = "  误报 {text_id}: {text!r} [{relation}] {where}\n        {message}"
EVAL_LABELLED = "“{figure}”标为一致（{reason}）"
EVAL_UNLABELLED = "未标注的数字"
EVAL_MISS = "  漏报 {text_id}: “{figure}”（{cls}）{reason}"
EVAL_SHOW_HELP = "列出哪一半的误报和漏报（默认只列开发集）"
EVAL_FROM_HELP = "只评编号不小于此数的文本（单独评一批新文本）"
