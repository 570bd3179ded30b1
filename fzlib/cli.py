"""The Chinese command line: `python -m fzlib clean | accept | template | indicators | report | county | check | sample | stamp`."""

from __future__ import annotations

import argparse
import errno
import json
import os
import re
import sys
import unicodedata
from pathlib import Path

from fzlib import fmt, paths

# fzlib's numbers are counts and sums: numpy's BLAS threads would only cost each process (this one,
# the notebook's kernel, the reading children) their start-up, ≈0.1 s of CPU apiece. Set before
# numpy is first imported; a user's own setting wins.
BLAS_THREADS = {"OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1"}

PROGRESS_MIN_FILES = 10
ALL = "*"  # --explain without a figure: the reason of every figure that is not complete
SHOWN_ROWS = 10


class ChineseParser(argparse.ArgumentParser):
    """argparse with Chinese headings and error messages, and no traceback on bad usage. `later`: a function
    adding the parser's arguments when it is first used (to parse, or to show its help or usage), not before."""

    def __init__(self, *args, later=None, **kwargs):
        kwargs.setdefault("add_help", False)
        super().__init__(*args, **kwargs)
        self._positionals.title = "参数"
        self._optionals.title = "选项"
        self.add_argument("-h", "--help", action="help", help="显示本帮助并退出")
        self._later = later

    def _arguments(self) -> None:
        later, self._later = self._later, None
        if later is not None:
            later(self)

    def parse_known_args(self, args=None, namespace=None):
        self._arguments()
        return super().parse_known_args(args, namespace)

    def format_usage(self):
        self._arguments()
        return super().format_usage().replace("usage:", "用法：", 1)

    def format_help(self):
        self._arguments()
        return super().format_help().replace("usage:", "用法：", 1)

    def error(self, message):
        self.print_usage(sys.stderr)
        self.exit(2, f"错误：{_translate(message)}\n（用 -h 查看帮助）\n")


# argparse's own messages, in Chinese (the patterns are argparse's fixed English wording).
ARGPARSE_MESSAGES = [
    (r"the following arguments are required: (.+)", r"缺少必需的参数：\1"),
    (r"argument (\S+): invalid int value: '(.*)'", r"参数 \1 应为整数，而不是“\2”"),
    (r"argument (\S+): invalid choice: '?([^' ]*)'? \(choose from (.+)\)", r"“\2”不是可用的命令，可用：\3"),
    (r"argument (\S+): expected one argument", r"参数 \1 后面需要一个值"),
    (r"unrecognized arguments: (.+)", r"无法识别的参数：\1"),
    (r"argument (\S+): ((?:年份|应为|路径).+)", r"参数 \1：\2"),
]


def _translate(message: str) -> str:
    for pattern, chinese in ARGPARSE_MESSAGES:
        if re.fullmatch(pattern, message):
            return re.sub(pattern, chinese, message)
    return message


# The years a ledger can be of (as the date cleaner's plausible range): --year 0 or 99999 is a slip
# of the keyboard, said so by argparse (exit 2), never a run on nonsense or an internal error.
FIRST_YEAR, LAST_YEAR = 1990, 2100


def year_value(text: str) -> int:
    """--year as a number within FIRST_YEAR … LAST_YEAR.

    >>> year_value("2024")
    2024
    >>> year_value("99999")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: 年份 99999 不在 1990–2100 之间，请写四位数的年份，如 2024
    """
    try:
        year = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"应为四位数的年份，如 2024，而不是“{text}”") from None
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise argparse.ArgumentTypeError(f"年份 {year} 不在 {FIRST_YEAR}–{LAST_YEAR} 之间，请写四位数的年份，如 2024")
    return year


def path_value(text: str) -> Path:
    """A path given to an option; an empty one (--out "", a variable that was never set) is wrong usage,
    never the current folder.

    >>> path_value("data/raw/2024")
    PosixPath('data/raw/2024')
    """
    if not text.strip():
        raise argparse.ArgumentTypeError("路径是空的，请写出文件夹或文件的路径，如 data/raw/2024")
    return Path(text)


def town_value(text: str) -> str:
    """--town as a town's name: it names a folder of the county's, so a name holding a path (甲镇/晨光村,
    ../../params) would write outside it.

    >>> town_value(" 洋川镇 ")
    '洋川镇'
    >>> town_value("../../params")
    Traceback (most recent call last):
    argparse.ArgumentTypeError: 乡镇名称“../../params”中不能有 /、\\ 或控制字符，也不能是 . 或 ..；请只写乡镇的名称，如 洋川镇
    """
    name = text.strip()
    if not name or name in (".", "..") or re.search(r"[/\\\x00-\x1f\x7f]", name):
        raise argparse.ArgumentTypeError(
            f"乡镇名称“{text}”中不能有 /、\\ 或控制字符，也不能是 . 或 ..；请只写乡镇的名称，如 洋川镇"
        )
    return name


def _year_arg(parser):
    parser.add_argument("--year", type=year_value, required=True, metavar="年份", help="年份，如 2024")


def _check_arguments(parser: argparse.ArgumentParser) -> None:
    from fzlib.check import cli as check_cli

    check_cli.add_arguments(parser, year_value)


def build_parser() -> argparse.ArgumentParser:
    parser = ChineseParser(
        prog="python -m fzlib", description="乡镇法治政府建设台账：清洗、统计指标、生成年度报告、核对报告数字。"
    )
    sub = parser.add_subparsers(dest="command", title="命令", metavar="命令", parser_class=ChineseParser)
    sub.required = True

    p = sub.add_parser(
        "clean",
        help="清洗某年的原始台账，写出规范数据表和问题清单",
        description="读取 data/raw/<年份>/ 下的全部台账（xlsx、xls、csv、网页导出的“xls”），"
        "识别台账种类，清洗为规范数据表，写出问题清单。",
    )
    _year_arg(p)
    p.add_argument("--raw", type=path_value, metavar="文件夹", help="原始台账文件夹（默认 data/raw/<年份>）")
    p.add_argument("--out", type=path_value, metavar="文件夹", help="输出文件夹（默认 data/processed/<年份>）")

    p = sub.add_parser(
        "accept",
        help="把问题清单中写了“同意”的建议登记为本镇写法（params/<年份>.yaml）",
        description="读取 data/processed/<年份>/issues.xlsx，把“处理情况”写“同意”的建议写法和列标题别名"
        "加入 params/<年份>.yaml 的 variants 和 aliases（不改 fzlib 自带的台账定义），下次 clean 时生效。",
    )
    _year_arg(p)

    p = sub.add_parser(
        "template",
        help="按台账定义生成空白台账模板（每种台账一个 .xlsx）",
        description="按 fzlib/specs 中的台账定义生成空白模板：标题行、规定列名（必填列标 *）、下拉选项、"
        "日期和数字校验及输入提示、个人信息列标注、冻结表头，以及“填表说明”工作表。",
    )
    p.add_argument("--kind", metavar="台账种类", help="只生成这一种台账（默认全部）")
    p.add_argument(
        "--year", type=year_value, metavar="年份", help="年份，如 2024（标题和日期校验用；默认取参数文件中最新的年份）"
    )
    p.add_argument("--out", type=path_value, metavar="文件夹", help="模板输出文件夹（默认 build/templates）")

    p = sub.add_parser(
        "indicators",
        help="计算并显示某年的各项指标",
        description="根据清洗后的数据计算年度指标。默认显示中文表格，--json 输出 JSON。",
    )
    _year_arg(p)
    p.add_argument(
        "--processed", type=path_value, metavar="文件夹", help="清洗结果文件夹（默认 data/processed/<年份>）"
    )
    p.add_argument("--json", action="store_true", help="以 JSON 输出（键名见 docs；无法统计的指标为 null）")
    p.add_argument(
        "--explain",
        nargs="?",
        const=ALL,
        metavar="指标",
        help="不带指标名：逐项说明部分统计或无法统计的原因；带指标名（indicators 表格最后一列的名称）："
        "列出该指标来自哪些文件、工作表和行，以及未计入的记录和原因",
    )

    p = sub.add_parser(
        "report",
        help="生成某年的 HTML 年度报告",
        description="用 params/<年份>.yaml 的参数执行报告笔记本，生成单个自包含的 HTML 文件。",
    )
    _year_arg(p)
    p.add_argument(
        "--processed", type=path_value, metavar="文件夹", help="清洗结果文件夹（默认 data/processed/<年份>）"
    )
    p.add_argument("--out", type=path_value, metavar="文件夹", help="报告输出文件夹（默认 reports/<年份>）")
    p.add_argument("--strict", action="store_true", help="台账中仍有“错误”时不生成报告（默认生成并标明“草稿”）")

    p = sub.add_parser(
        "county",
        help="汇总全县各乡镇：逐镇清洗、统计，生成县级汇总报告（HTML、Excel、Word）",
        description="读取县级台账文件夹（每个乡镇一个以乡镇命名的文件夹），对每个乡镇做与 clean、indicators 相同的处理"
        "（多进程并行，或交给 Dask 集群），再汇总全县：各乡镇指标、全县合计、比率排名、各乡镇数据状况。",
    )
    _year_arg(p)
    p.add_argument(
        "--raw",
        type=path_value,
        metavar="文件夹",
        help="县级台账文件夹，每个乡镇一个子文件夹（默认 data/raw/county/<年份>）",
    )
    p.add_argument("--out", type=path_value, metavar="文件夹", help="输出文件夹（默认 data/county/<年份>）")
    p.add_argument("--workers", type=int, metavar="N", help="并行进程数（默认本机核数）")
    p.add_argument("--dask", metavar="地址", help="把各乡镇的处理交给已有的 Dask 集群，如 tcp://127.0.0.1:8786")
    p.add_argument("--json", action="store_true", help="以 JSON 输出 {towns: {乡镇: {指标: 值}}, county: {指标: 值}}")

    p = sub.add_parser(
        "check",
        help="核对报告草稿中的数字是否自洽、是否与台账一致",
        description="读取报告草稿（.docx、.txt、.md），找出加总不符、占比算错、与台账不一致的数字。",
        # Added when `check` is used: importing fzlib.check (its claim patterns compiled) cost every other
        # command about 0.12 s of CPU, a tenth of cleaning a small folder from the command line.
        later=_check_arguments,
    )

    p = sub.add_parser(
        "stamp",
        help="记录某年原始台账文件夹的内容指纹（供 make 判断是否需要重新清洗）",
        description="写出原始台账文件夹中每个文件的名称、大小和 SHA-256；内容不变时不改写该文件。",
    )
    _year_arg(p)
    p.add_argument("--raw", type=path_value, metavar="文件夹", help="原始台账文件夹（默认 data/raw/<年份>）")
    p.add_argument("--out", type=path_value, required=True, metavar="文件", help="指纹文件")

    p = sub.add_parser(
        "sample",
        help="重新生成示例台账（虚构数据），或生成任意虚构乡镇的示例台账",
        description="按固定随机种子生成旺草镇示例台账，写入 data/raw/<年份>/，每次结果完全相同。"
        "给出 --town 时生成一个虚构乡镇的台账：台账量和版式由 --seed 决定，同名同种子结果完全相同。",
    )
    _year_arg(p)
    p.add_argument(
        "--out",
        type=path_value,
        metavar="文件夹",
        help="输出文件夹（默认 data/raw/<年份>；给出 --town 时 data/raw/county/<年份>/<乡镇>）",
    )
    p.add_argument(
        "--town", type=town_value, metavar="乡镇", help="虚构乡镇的名称，如 洋川镇（不给出时生成旺草镇示例）"
    )
    p.add_argument("--seed", type=int, default=1, metavar="N", help="随机种子，决定台账量和版式（默认 1）")
    return parser


def _inside(inner: Path, outer: Path) -> bool:
    inner, outer = inner.resolve(), outer.resolve()
    return inner == outer or outer in inner.parents


def refuse_output_in_raw(out: Path, raw: Path | None = None) -> None:
    """Outputs never go into a raw folder (nor a raw folder into the outputs, which are replaced whole)."""
    from fzlib.errors import UserProblem

    for folder in [f for f in (raw, paths.RAW) if f is not None]:
        if _inside(out, folder) or (folder != paths.RAW and _inside(folder, out)):
            raise UserProblem(
                f"输出文件夹 {out} 与原始台账文件夹 {folder} 重叠：原始台账文件夹只放台账、从不写入。"
                "请用 --out 指定原始台账文件夹以外的文件夹。"
            )


def cmd_clean(args) -> int:
    from fzlib.errors import UserProblem
    from fzlib.ingest.folder import cleaned_folders, ledger_files
    from fzlib.ingest.summary import summary
    from fzlib.ingest.write import clean_year
    from fzlib.params import clean_options, params_or_defaults
    from fzlib.spec import SpecError

    params = params_or_defaults(args.year)
    raw = paths.raw_dir(args.year, args.raw)
    out = paths.processed_dir(args.year, args.out)
    if raw.exists() and not raw.is_dir():
        raise UserProblem(
            f"{raw} 是一个文件，不是文件夹。请用 --raw 指定存放 {args.year} 年台账的文件夹（而不是其中的某个文件）。"
        )
    if raw.is_symlink() and not raw.exists():
        # A link (a drive or a share mounted there, a folder moved): "找不到" had sent the office to make a folder
        # where the link stands.
        raise UserProblem(
            f"原始台账文件夹 {raw} 是一个链接，它指向的 {os.readlink(raw)} 不存在或无法打开（移动硬盘、U 盘或网络盘没有连接，"
            f"或文件夹已被移走）。请连接后重新运行，或用 --raw 指定台账实际所在的文件夹。"
        )
    if not raw.is_dir():
        raise UserProblem(f"找不到原始台账文件夹 {raw}。请把 {args.year} 年的台账放入该文件夹（或用 --raw 指定）。")
    refuse_output_in_raw(out, raw)
    files = ledger_files(raw)
    cleaned = cleaned_folders(raw, paths.MANIFEST)
    if files and cleaned and all(any(c == raw or c in f.parents for c in cleaned) for f in files):
        # Every file is a cleaned year's (--raw data/processed/2024, or data/processed): said once, not as
        # each table a damaged ledger and the manifest an unknown one.
        where = f"{raw} 是" if cleaned == [raw] else f"{raw} 中只有"
        raise UserProblem(
            f"--raw 指向的 {where} clean 写出的结果（{paths.MANIFEST}、各台账的 .parquet 数据表和问题清单），不是原始台账。"
            f"请用 --raw 指定存放 {args.year} 年台账（Excel、WPS、CSV、Word 文件）的文件夹，默认是 {paths.raw_dir(args.year)}。"
        )
    if not files:
        raise UserProblem(f"原始台账文件夹 {raw} 中没有任何台账文件。请把 {args.year} 年的台账放入该文件夹后重新运行。")

    def progress(files):
        if len(files) < PROGRESS_MIN_FILES:
            return files
        from tqdm import tqdm

        return tqdm(files, desc="读取台账", unit="个文件", file=sys.stderr)

    try:
        result = clean_year(
            args.year,
            raw,
            out,
            overrides=params["kinds"],
            exclude=params["exclude"],
            progress=progress,
            options=clean_options(params),
        )
    except SpecError as exc:  # a town's aliases or variants name something that does not exist
        print(f"错误：参数文件 params/{args.year}.yaml 有误：{exc}", file=sys.stderr)
        return 1
    # Printed lines leave the raw folder too: they pass the year's one exit for personal data.
    print(result.outbound.text(summary(result, out)))
    if result.failed_files:
        print(
            f"\n有 {len(result.failed_files)} 个文件无法使用（其余文件已照常清洗并写出）。在处理好之前不会生成报告。请按上面的说明处理，"
            f"或在 params/{args.year}.yaml 的 exclude 中列出有意不用的文件。",
            file=sys.stderr,
        )
        return 1
    return 0


def cmd_accept(args) -> int:
    from fzlib.ingest.accept import accept, said

    added, params_file = accept(args.year)
    print("\n".join(said(added, params_file)))
    if added.added:
        print(f"请重新运行：python -m fzlib clean --year {args.year}")
    return 0


def cmd_template(args) -> int:
    from fzlib.ingest.template import write_templates

    if args.out is not None:
        # Blank templates among the ledgers would be read as ledgers kept with no record: 0 for figures
        # no ledger was sent for.
        refuse_output_in_raw(args.out)
    written = write_templates(args.out, kind=args.kind, year=args.year)
    print(f"已生成 {len(written)} 个空白台账模板：{written[0].parent if written else args.out}")
    for path in written:
        print(f"  {path.name}")
    return 0


def _year_figures(year: int, processed: Path | None):
    """The year's figures with their evidence; max_unusable_share from params when there are any."""
    from fzlib.indicators import figures
    from fzlib.params import params_or_defaults

    limit = params_or_defaults(year).get("max_unusable_share")
    return figures.of_year(
        paths.processed_dir(year, processed), figures.MAX_UNUSABLE_SHARE if limit is None else limit, year=year
    )


def load_values(year: int, processed: Path | None = None) -> dict:
    """{figure: value} of a cleaned year, None where unavailable (what `check --year` compares with)."""
    from fzlib.indicators import figures

    return figures.values(_year_figures(year, processed))


def load_sources(year: int, processed: Path | None = None):
    """For `check --year`: where a figure comes from, as words ("2024年行政执法案件台账.xlsx 702行"),
    computed only when a claim disagrees with the ledgers."""
    from fzlib.indicators import processed as folder
    from fzlib.indicators import trace
    from fzlib.spec import load_specs

    def where(key: str) -> str:
        place = paths.processed_dir(year, processed)
        rows = trace.trace(key, load_specs(), folder.load_tables(place), folder.load_excluded(place))
        counted = rows[rows["计入"] == trace.COUNTED]
        said = "、".join(f"{file} {len(part)}行" for file, part in counted.groupby("文件", sort=False))
        left = int((rows["计入"] == trace.LEFT_OUT).sum())
        return (said or "没有计入的记录") + (f"，另有{left}行未计入" if left else "")

    found: dict = {}

    def why(key: str) -> str:
        """Why the ledgers give no figure (a file that could not be used, records in error, …)."""
        if not found:
            found.update(_year_figures(year, processed))
        figure = found.get(key)
        return (figure.reason or "") if figure is not None and figure.value is None else ""

    def rows_at(key: str) -> str:
        """The command listing a figure's rows, which works as soon as `clean` has run (the report's 指标.xlsx is
        there only after `report`: a user checking a draft first had been sent to a file that did not exist)."""
        where_from = f" --processed {processed}" if processed is not None else ""
        return f"python -m fzlib indicators --year {year}{where_from} --explain {key}"

    where.why = why  # type: ignore[attr-defined]
    where.rows_at = rows_at  # type: ignore[attr-defined]
    return where


def cmd_indicators(args) -> int:
    from fzlib.indicators import figures
    from fzlib.indicators.processed import NotCleaned

    try:
        found = _year_figures(args.year, args.processed)
    except NotCleaned as exc:
        print(f"错误：{exc}。请先运行：python -m fzlib clean --year {args.year}", file=sys.stderr)
        return 1
    values = figures.values(found)
    if args.json:
        print(json.dumps(values, ensure_ascii=False, sort_keys=True))
        return 0
    if args.explain and args.explain != ALL:
        return _explain_one(args, found)
    ratios = figures.rates()
    shown = {k: f for k, f in found.items() if k in values}
    width = max((_display_width(f.title) for f in shown.values()), default=0)
    print(f"{args.year}年指标（无法统计的指标说明原因，不以 0 代替）")
    for key, f in shown.items():
        if f.value is None:
            value = figures.STATUS_WORDS[figures.UNAVAILABLE]
        else:
            value = fmt.pct(f.value, digits=2) if key in ratios else f"{f.value:,}"
        print(f"{f.title}{' ' * (width - _display_width(f.title))}  {value:>10}  {key}")
        if args.explain and f.status != figures.OK:
            word = figures.STATUS_WORDS[f.status]
            print(f"    {f.reason if f.reason.startswith(word) else f'{word}：{f.reason}'}")  # 取自统计表：… once
    return 0


def _figure_named(given: str, found: dict) -> str:
    """The figure's key for what was given to --explain: its key written with spaces or in capitals, or
    its title as the table shows it (行政执法案件（件）, or without the unit); else `given` as it is."""
    wanted = unicodedata.normalize("NFKC", given).strip().casefold()
    keys = [key for key in found if key.casefold() == wanted]
    if not keys:  # a title two figures share names neither
        for key, figure in found.items():
            title = unicodedata.normalize("NFKC", figure.title).casefold()
            if wanted in (title, re.sub(r"\([^()]*\)$", "", title)):
                keys.append(key)
    return keys[0] if len(keys) == 1 else given.strip()


def _explain_one(args, found: dict) -> int:
    """Where one figure comes from: counted records per file and sheet, the left-out ones by reason,
    then the first rows (personal fields appear only as their pseudonyms)."""
    import difflib

    from fzlib.indicators import processed, trace
    from fzlib.spec import load_specs

    name = _figure_named(args.explain, found)
    if name not in found:
        close = difflib.get_close_matches(name, list(found), n=1)
        hint = f"（是不是“{close[0]}”？）" if close else ""
        print(f"错误：没有名为“{name}”的指标{hint}。用 indicators --year {args.year} 查看全部指标名。", file=sys.stderr)
        return 2
    folder = paths.processed_dir(args.year, args.processed)
    rows = trace.trace(name, load_specs(), processed.load_tables(folder), processed.load_excluded(folder))
    figure = found[name]
    shown = "无法统计" if figure.value is None else f"{figure.value:,}"
    print(f"{figure.title}（{name}）：{shown}" + (f"（{figure.reason}）" if figure.reason else ""))
    counted = rows[rows["计入"] == trace.COUNTED]
    denominator = counted["分母数量"].notna().any()
    print(f"计入 {len(counted)} 条记录" + ("（比率：数量为分子，分母数量为分母）：" if denominator else "："))
    for (file, sheet), part in counted.groupby(["文件", "工作表"], sort=False):
        total = part["数量"].sum()
        extra = f"，合计 {total:,.0f}" if not denominator and total != len(part) else ""
        print(f"  {file}「{sheet}」 {len(part)} 行{extra}")
    left = rows[rows["计入"] == trace.LEFT_OUT]
    if len(left):
        print(f"未计入 {len(left)} 条记录：")
        for reason, part in left.groupby("原因", sort=True):
            print(f"  {reason}：{len(part)} 行")
    print(f"前 {min(SHOWN_ROWS, len(rows))} 行：")
    for r in rows.head(SHOWN_ROWS).itertuples(index=False):
        print(f"  [{r.计入}] {r.文件}「{r.工作表}」第 {r.行} 行 {r.记录} {r.所用的值} {r.原因}".rstrip())
    return 0


def _display_width(text: str) -> int:
    """Terminal columns: CJK characters take two."""
    return sum(2 if unicodedata.east_asian_width(c) in "WF" else 1 for c in text)


def cmd_report(args) -> int:
    from fzlib.report.command import build_report

    refuse_output_in_raw(paths.reports_dir(args.year, args.out))
    return build_report(args.year, processed=args.processed, out=args.out, strict=args.strict)


def cmd_county(args) -> int:
    from fzlib.county.command import build_county

    # A county's outputs inside its raw folder would be written among the towns' ledgers (and be read as
    # a town named out on the next run).
    refuse_output_in_raw(paths.county_dir(args.year, args.out), paths.county_raw_dir(args.year, args.raw))
    return build_county(args.year, raw=args.raw, out=args.out, workers=args.workers, dask=args.dask, as_json=args.json)


def cmd_check(args) -> int:
    from fzlib.check import cli as check_cli

    if getattr(args, "town", None):
        # A town of a county run: its figures as `county` computed them (data/county/<Y>/towns/<town>/).
        from fzlib.county.step import processed_dir

        def town_processed(year: int) -> Path:
            return processed_dir(paths.county_town_dir(paths.county_dir(year, args.county), args.town))

        return check_cli.run(
            args,
            lambda year: load_values(year, town_processed(year)),
            lambda year: load_sources(year, town_processed(year)),
            town=args.town,
        )
    from fzlib.params import town_written

    return check_cli.run(args, load_values, load_sources, town=town_written(args.year) if args.year else None)


def cmd_stamp(args) -> int:
    from fzlib.ingest.folder import folder_stamp
    from fzlib.outputs import write_atomic

    stamp = folder_stamp(paths.raw_dir(args.year, args.raw))
    try:
        unchanged = args.out.read_text(encoding="utf-8") == stamp
    except OSError:
        unchanged = False
    if not unchanged:  # an unchanged stamp keeps its mtime, so make sees nothing new
        write_atomic(args.out, stamp)
    return 0


def cmd_sample(args) -> int:
    from fzlib.sample import YEARS, foreign_entries, generate

    if args.town:
        from fzlib.sample.town import fictitious

        out = args.out or paths.county_raw_dir(args.year) / args.town
        town = fictitious(args.year, args.town, args.seed)
        if _beside_real_ledgers(foreign_entries(args.year, out, town), out):
            return 1
        written = generate(args.year, out, town)
        print(f"已生成虚构乡镇“{args.town}”（种子 {args.seed}）的 {len(written)} 个示例台账文件：{out}")
        return 0
    if args.year not in YEARS:
        print(
            f"错误：旺草镇示例只有 {'、'.join(map(str, YEARS))} 年。其他年份请用 --town 生成虚构乡镇的台账，"
            f"如：python -m fzlib sample --year {args.year} --town 洋川镇 --seed 1",
            file=sys.stderr,
        )
        return 2
    if _beside_real_ledgers(foreign_entries(args.year, paths.raw_dir(args.year, args.out)), args.out):
        return 1
    written = generate(args.year, paths.raw_dir(args.year, args.out))
    print(f"已生成 {len(written)} 个示例台账文件：{paths.raw_dir(args.year, args.out)}")
    return 0


def _beside_real_ledgers(foreign: list[Path], out: Path | None) -> bool:
    """Fictitious ledgers are never written among files of another origin: said, nothing written."""
    if not foreign:
        return False
    where = "--out 指定的文件夹" if out is not None else "默认的台账文件夹"
    print(
        f"错误：{where}中已有 {len(foreign)} 个不是示例台账的文件或文件夹（可能是真实台账）。示例台账是虚构数据，"
        "写进去会和其中的台账一起被清洗、计入报告，同名的还会被覆盖，因此没有生成。请用 --out 指定一个空文件夹。",
        file=sys.stderr,
    )
    return True


COMMANDS = {
    "clean": cmd_clean,
    "accept": cmd_accept,
    "template": cmd_template,
    "indicators": cmd_indicators,
    "report": cmd_report,
    "county": cmd_county,
    "check": cmd_check,
    "sample": cmd_sample,
    "stamp": cmd_stamp,
}


def main(argv: list[str] | None = None) -> int:
    """Exit 0: done; 1: a problem of the input, parameters, folders or disk, named in Chinese (also
    `check`'s 不一致); 2: wrong usage (argparse); 70: a defect of fzlib; 130: interrupted."""
    from fzlib.errors import USER_OS_ERRORS, UserProblem, output_failed

    for name, value in BLAS_THREADS.items():
        os.environ.setdefault(name, value)
    args = build_parser().parse_args(argv)
    try:
        return COMMANDS[args.command](args)
    except UserProblem as exc:
        print(f"错误：{exc}", file=sys.stderr)
        return 1
    except KeyboardInterrupt:
        print("已中断。", file=sys.stderr)
        return 130
    except BrokenPipeError:  # the output went to `head` or a closed pager: nothing left to say
        sys.stdout = open(os.devnull, "w")  # noqa: SIM115 (stays open until the process ends)
        return 0
    except OSError as exc:  # a full disk or a read-only folder is the machine's, not a defect
        if exc.errno not in USER_OS_ERRORS and "No space left" not in str(exc) and not _given_output(exc, args):
            return _defect(exc)
        given = getattr(args, "out", None) if _given_output(exc, args) else None
        print(f"错误：{output_failed(exc, given=given)}", file=sys.stderr)
        return 1
    except Exception as exc:  # a bug of ours must still not greet an analyst with a traceback
        return _defect(exc)


# What the system says of an output path that is a file or runs through one (--out 台账.xlsx/结果): a
# file where a folder must be made or written into.
_NOT_A_FOLDER = frozenset({errno.ENOTDIR, errno.EEXIST, errno.EISDIR})


def _given_output(exc: OSError, args) -> bool:
    """Whether `exc` is the system refusing the output the user gave (--out): a file standing where that folder,
    or a folder on its way, must be, or a folder where a file is to be written (stamp's --out). The user's to
    change, never a defect of fzlib."""
    given = getattr(args, "out", None)
    if exc.errno not in _NOT_A_FOLDER or not given:
        return False
    out = Path(os.path.abspath(given))
    if exc.errno == errno.EISDIR:  # a file to be written (stamp's --out) where a folder is
        return out.is_dir() and any(
            name is not None and Path(os.path.abspath(os.fsdecode(name))) == out
            for name in (exc.filename, exc.filename2)
        )
    for folder in (out, *out.parents):  # the nearest that exists decides
        if os.path.lexists(folder):
            return not folder.is_dir()
    return False


def _defect(exc: BaseException) -> int:
    """A defect of fzlib: said so, without a traceback (FZLIB_DEBUG=1 shows one); exit 70. The
    exception's text may quote data, so it passes the scan for ID numbers and phones."""
    if os.environ.get("FZLIB_DEBUG"):
        raise exc
    from fzlib.ingest.privacy import mask_text

    print(
        f"内部错误（{type(exc).__name__}：{mask_text(str(exc))}）。这是 fzlib 的缺陷，不是您的数据问题；"
        f"请把这条信息发给维护人员（设置 FZLIB_DEBUG=1 可显示详细信息）。",
        file=sys.stderr,
    )
    return 70
