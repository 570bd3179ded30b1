"""Accepting suggestions: the rows of issues.xlsx an office marked 同意 become the town's own words (variants and header aliases) in params/<year>.yaml.

The loop: `clean` lists a value written another way (vocab.unknown, vocab.assumed) or a header it
could not place (column.unknown, column.by_content) with a suggestion (建议改为); the office writes
同意 in 处理情况; `accept` adds exactly those words to `variants` (vocabulary → canonical →
[variant]) or `aliases` (kind → field → [header]) of the year's params, and the next `clean` counts
them. The package's specs are never edited. Only category words and header texts are written,
never a value of a personal field: a 同意 on such a row is refused.

PyYAML cannot keep comments, so the file is edited as text: only the `variants:` and `aliases:`
blocks are rewritten (comments inside those two blocks are lost, every other line is kept as it
was), and the result is checked by `fzlib.params.load_params` before it replaces the file.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from fzlib import paths
from fzlib.errors import UserProblem
from fzlib.ingest import issues
from fzlib.ingest.locate import norm_header
from fzlib.outputs import FORMULA_STARTS, write_atomic
from fzlib.params import read_otherwise_plain
from fzlib.spec import LedgerSpec, SpecError, load_specs, load_yaml, with_town_words

AGREED = frozenset({"同意", "已同意"})
# What an office may write meaning yes that is not 同意: never taken as agreement (a tick is also how some
# mark a row done), but said, so that nobody believes it registered.
YES_LIKE = frozenset({"是", "√", "✓", "✔", "☑", "好", "可以", "行", "对", "ok", "yes", "y"})
# A full stop or a comma typed after 同意 (同意。) is still 同意.
_TRAILING_PUNCTUATION = "。.，,！!；;、"
WORDS_KEYS = ("variants", "aliases")
# The worklist columns `accept` reads back (by their titles in the workbook).
READ = ("code", "file", "sheet", "row", "cell", "header", "value", "suggestion", "kind", "field")


@dataclass(frozen=True)
class Agreed:
    """One row of the worklist marked 同意: where it is (for messages) and what it says."""

    line: int  # the workbook row
    code: str
    place: str
    kind: str | None
    field: str | None
    header: str | None
    value: str | None
    suggestion: str | None


@dataclass
class Accepted:
    """What accept added, and what was already there."""

    variants: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    aliases: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    known: list[str] = field(default_factory=list)  # words already registered (said, not added)
    skipped: list[str] = field(default_factory=list)  # 同意 on rows without a suggestion to take
    unclear: list[str] = field(default_factory=list)  # rows marked with another yes (是, √): not taken
    lines: list[str] = field(default_factory=list)  # each word added, in words

    @property
    def added(self) -> int:
        return sum(len(v) for by in (*self.variants.values(), *self.aliases.values()) for v in by.values())


def _mark(text: str | None) -> str:
    """A 处理情况 as compared with 同意: no spaces, no punctuation typed after it."""
    return (text or "").replace(" ", "").replace("\u3000", "").rstrip(_TRAILING_PUNCTUATION)


def agreed_rows(path: Path, unclear: list[str] | None = None) -> list[Agreed]:
    """The worklist rows whose 处理情况 says 同意 (spaces and a trailing full stop trimmed; 已同意 too).
    Rows marked with another yes (是, √, 同意修改) are added to `unclear` as words, never taken."""
    shown = _shown(path)
    if not path.exists():
        raise UserProblem(f"找不到问题清单 {shown}。请先运行 python -m fzlib clean，再在问题清单中处理。")
    rows = iter(_worklist_rows(path, shown))
    titles = [str(t).strip() if t is not None else "" for t in next(rows, ())]
    wanted = {**issues.COLUMN_TITLES, "handled": issues.HANDLED_TITLE}
    missing = [wanted[k] for k in (*READ, "handled") if wanted[k] not in titles]
    if missing:
        raise UserProblem(
            f"问题清单 {shown} 缺少列：{'、'.join(missing)}（可能是旧版本或被改动过）。请重新运行 clean 生成问题清单。"
        )
    at = {k: titles.index(wanted[k]) for k in (*READ, "handled")}
    out = []
    for line, row in enumerate(rows, 2):
        cells = {k: _text(row[i]) if i < len(row) else None for k, i in at.items()}
        mark = _mark(cells["handled"])
        if mark not in AGREED:
            if unclear is not None and cells["suggestion"] and (mark.lower() in YES_LIKE or mark.startswith("同意")):
                unclear.append(f"第 {line} 行“处理情况”写的是“{cells['handled']}”，未登记；如同意建议，请只写“同意”")
            continue
        place = " ".join(filter(None, [cells["file"], cells["sheet"] and f"「{cells['sheet']}」", cells["cell"]]))
        out.append(
            Agreed(
                line,
                cells["code"] or "",
                place or f"第 {line} 行",
                cells["kind"],
                cells["field"],
                cells["header"],
                cells["value"],
                cells["suggestion"],
            )
        )
    return out


# What Excel or WPS offers under 另存为 besides .xlsx: a worklist the office saved again in one of them
# sits beside the one clean wrote, with the 同意 marks only in it.
RESAVED_SUFFIXES = (".xls", ".csv", ".et", ".ods", ".xlsm", ".txt")


def resaved_worklist(path: Path) -> Path | None:
    """The newest copy of the worklist saved again in another format beside it (issues.csv, issues.xls)
    after it was written; None when there is none."""
    if not path.parent.is_dir():
        return None
    written = path.stat().st_mtime if path.exists() else float("-inf")
    copies = [
        p
        for p in path.parent.iterdir()
        if p.stem == path.stem and p.suffix.lower() in RESAVED_SUFFIXES and p.is_file() and p.stat().st_mtime > written
    ]
    return max(copies, key=lambda p: p.stat().st_mtime, default=None)


def _worklist_rows(path: Path, shown: str) -> list[tuple]:
    """The worklist sheet's rows (titles first): from an .xlsx by openpyxl, from a copy saved again as
    .xls, .csv or .ods by the ledger reader (a CSV holds the one sheet it was saved from)."""
    if path.suffix.lower() in RESAVED_SUFFIXES:
        from fzlib.ingest.read import read_file

        result = read_file(path)
        sheets = {s.name: s for s in result.sheets}
        sheet = sheets.get(issues.WORKLIST_SHEET) or next(
            (s for s in result.sheets if issues.HANDLED_TITLE in [str(c).strip() for c in (s.rows or [[]])[0]]), None
        )
        if result.problem or sheet is None:
            raise UserProblem(
                f"问题清单 {shown} 无法读取或其中没有“{issues.WORKLIST_SHEET}”。请在 Excel/WPS 中打开 clean 写出的"
                f" {paths.ISSUES_XLSX}，在其中写“同意”后直接保存（不要另存为其他格式），再重新运行。"
            )
        return [tuple(None if c == "" else c for c in r) for r in sheet.rows]
    import openpyxl

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception:  # noqa: BLE001 (any unreadable workbook is the user's file)
        raise UserProblem(
            f"问题清单 {shown} 无法打开。请在 Excel/WPS 中另存为 .xlsx 后重试，或重新运行 clean。"
        ) from None
    try:
        if issues.WORKLIST_SHEET not in book.sheetnames:
            raise UserProblem(
                f"问题清单 {shown} 中没有“{issues.WORKLIST_SHEET}”工作表。请重新运行 clean 生成问题清单。"
            )
        return list(book[issues.WORKLIST_SHEET].iter_rows(values_only=True))
    finally:
        book.close()


def _text(value) -> str | None:
    """A cell as text, as `clean` wrote it: a formula-like value it quoted has its quote removed."""
    if value is None:
        return None
    text = str(value).strip()
    if text.startswith("'") and text[1:].startswith(FORMULA_STARTS):
        text = text[1:]
    return text or None


def decide(rows: list[Agreed], specs: dict[str, LedgerSpec], current: dict) -> Accepted:
    """What the agreed rows add to the town's words (`current`: the params' variants and aliases).
    A row that names what no longer exists, or a personal field, is a UserProblem (nothing is written)."""
    words = with_town_words(specs, current.get("aliases"), current.get("variants"))
    out = Accepted()
    chosen: dict[tuple[str, str], tuple[str, str]] = {}  # (vocabulary, variant) → (canonical, place)
    for row in rows:
        where = f"问题清单第 {row.line} 行（{row.place}）"
        if row.code not in issues.ACCEPTS_VARIANT | issues.ACCEPTS_ALIAS or not row.suggestion:
            out.skipped.append(f"{where}：没有可采纳的建议，未处理")
            continue
        spec = _kind(row, specs, where)
        if row.code in issues.ACCEPTS_VARIANT:
            f = _field(row.field, spec, where)
            _refuse_personal(f, where)
            if not f.vocabulary or not f.vocabulary_name:
                raise UserProblem(f"{where}：字段“{f.title}”没有规定选项，无法登记写法。")
            canonical = row.suggestion
            if canonical not in f.vocabulary:
                raise UserProblem(
                    f"{where}：建议改为“{canonical}”不是“{f.title}”的规定选项{_close(canonical, f.vocabulary)}。"
                    f"请改为规定选项之一：{'、'.join(f.vocabulary)}。"
                )
            variant = row.value
            if not variant:
                raise UserProblem(f"{where}：没有原值，无法登记写法。")
            key = (f.vocabulary_name, variant)
            if key in chosen and chosen[key][0] != canonical:
                raise UserProblem(
                    f"{where}：“{variant}”已在{chosen[key][1]}同意按“{chosen[key][0]}”计，"
                    f"不能再按“{canonical}”计。请只保留一处“同意”。"
                )
            chosen[key] = (canonical, f"问题清单第 {row.line} 行")
            mine = words[spec.kind].field(f.name).vocabulary or {}
            if variant == canonical or variant in mine.get(canonical, ()):
                out.known.append(f"“{variant}”已按“{canonical}”计（{f.vocabulary_name}）")
                continue
            if _add(out.variants, f.vocabulary_name, canonical, variant):
                out.lines.append(
                    f"写法“{variant}”按“{canonical}”计（“{spec.title}”的“{f.title}”，选项表 {f.vocabulary_name}）"
                )
        else:
            f = _field_titled(row.suggestion, row.field, spec, where)
            _refuse_personal(f, where)
            header = row.header
            if not header or header.startswith("空白表头"):
                raise UserProblem(f"{where}：没有列标题，无法登记为别名。")
            known = {norm_header(h) for h in words[spec.kind].field(f.name).headers}
            if norm_header(header) in known:
                out.known.append(f"列标题“{header}”已是“{spec.title}”中“{f.title}”的别名")
                continue
            if _add(out.aliases, spec.kind, f.name, header):
                out.lines.append(f"列标题“{header}”作为“{spec.title}”的“{f.title}”（{spec.kind}.{f.name}）")
    return out


def _kind(row: Agreed, specs: dict[str, LedgerSpec], where: str) -> LedgerSpec:
    if row.kind not in specs:
        raise UserProblem(
            f"{where}：台账种类“{row.kind or ''}”不存在{_close(row.kind, specs)}。请重新运行 clean 后再处理。"
        )
    return specs[row.kind]


def _field(name: str | None, spec: LedgerSpec, where: str):
    names = {f.name for f in spec.fields}
    if name not in names:
        raise UserProblem(
            f"{where}：台账“{spec.title}”没有字段“{name or ''}”{_close(name, names)}。请重新运行 clean 后再处理。"
        )
    return spec.field(name)


def _field_titled(text: str, name: str | None, spec: LedgerSpec, where: str):
    """The field a header becomes an alias of: named by 建议改为 (its title, or its name), which an
    office may have changed to another field."""
    for f in spec.fields:
        if text in (f.title, f.name):
            return f
    titles = [f.title for f in spec.fields]
    raise UserProblem(
        f"{where}：建议改为“{text}”不是台账“{spec.title}”的列{_close(text, titles)}。可用的列：{'、'.join(titles)}。"
    )


def _refuse_personal(f, where: str) -> None:
    if f.personal:
        raise UserProblem(
            f"{where}：“{f.title}”是个人信息字段，其内容不能写入参数文件（个人信息只留在原始台账中）。"
            "请删去这一行的“同意”，如需要请直接在台账中改正。"
        )


def _add(into: dict, outer: str, inner: str, word: str) -> bool:
    """`word` appended to into[outer][inner] unless there; whether it was added."""
    words = into.setdefault(outer, {}).setdefault(inner, [])
    if word in words:
        return False
    words.append(word)
    return True


def _close(word, choices) -> str:
    close = difflib.get_close_matches(str(word or ""), [str(c) for c in choices], n=1, cutoff=0.5)
    return f"（是不是“{close[0]}”？）" if close else ""


def merged(current: dict, added: Accepted) -> dict[str, dict]:
    """The params' variants and aliases with the accepted words appended (order kept, no repeats)."""
    out = {}
    for key, new in (("variants", added.variants), ("aliases", added.aliases)):
        block = {o: {i: list(ws or []) for i, ws in (by or {}).items()} for o, by in (current.get(key) or {}).items()}
        for outer, by in new.items():
            for inner, words in by.items():
                for word in words:
                    _add(block, outer, inner, word)
        out[key] = block
    return out


class _Dumper(yaml.SafeDumper):
    """YAML as the params are written, a word the params' check would read otherwise when plain quoted: an accepted
    word is one cell's whole text (重复上报，已合并, “已化解”), not two words a Chinese input method parted
    (params.read_otherwise_plain)."""


def _word(dumper: yaml.SafeDumper, text: str) -> yaml.ScalarNode:
    return dumper.represent_scalar("tag:yaml.org,2002:str", text, style='"' if read_otherwise_plain(text) else None)


_Dumper.add_representer(str, _word)


def with_blocks(text: str, blocks: dict[str, dict]) -> str:
    """The params text with its top-level `variants:` and `aliases:` blocks replaced (or added at the
    end); every other line, comments included, as it was."""
    lines = text.splitlines(keepends=True)
    for key, value in blocks.items():
        if not value:
            continue
        dumped = yaml.dump(
            {key: value}, Dumper=_Dumper, allow_unicode=True, sort_keys=False, default_flow_style=None, width=100000
        )
        start = next((i for i, s in enumerate(lines) if s.split(":", 1)[0] == key and s[:1] not in " \t#"), None)
        if start is None:
            if lines and not lines[-1].endswith("\n"):
                lines[-1] += "\n"
            lines.append(dumped)
            continue
        end = start + 1
        while end < len(lines) and (not lines[end].strip() or lines[end][:1] in " \t"):
            end += 1
        while end > start + 1 and not lines[end - 1].strip():  # blank lines after the block stay
            end -= 1
        lines[start:end] = [dumped]
    return "".join(lines)


def accept(year: int, issues_path: Path | None = None, params_path: Path | None = None) -> tuple[Accepted, Path]:
    """Add the words agreed in the year's issues.xlsx to params/<year>.yaml; what was added, and the file.
    Nothing is written unless every agreed row can be taken and the new params are valid."""
    from fzlib.params import ParamsError, load_params

    issues_path = issues_path or paths.processed_dir(year) / paths.ISSUES_XLSX
    params_path = params_path or paths.params_file(year)
    unclear: list[str] = []
    # Saved again as .xls or .csv after clean wrote it: the marks are in that copy, never in the .xlsx.
    issues_path = resaved_worklist(issues_path) or issues_path
    rows = agreed_rows(issues_path, unclear)
    if not rows:
        raise UserProblem(
            f"问题清单 {_shown(issues_path)} 中没有写“同意”的行。请在有“建议改为”的行的“处理情况”一列写“同意”，保存后重新运行。"
            + "".join(f"\n{u}" for u in unclear)
        )
    exists = params_path.exists()
    current = load_params(year, params_path) if exists else {}
    try:
        added = decide(rows, load_specs(), current)
    except SpecError as exc:  # the params' own words name what no longer exists
        raise UserProblem(f"参数文件 {_shown(params_path)} 有误：{exc}") from None
    added.unclear = unclear
    if not added.added:
        if not added.known:
            raise UserProblem(
                "写“同意”的行都没有可采纳的建议（只有带“建议改为”的写法和列标题可以登记）：\n"
                + "\n".join(added.skipped)
            )
        return added, params_path
    text = params_path.read_bytes().decode("utf-8-sig") if exists else f"year: {year}\n"
    new_text = with_blocks(text, merged(current, added))
    trial = params_path.with_name(f".{params_path.name}.accept")
    try:
        write_atomic(trial, new_text)
        load_params(year, trial)
        with_town_words(load_specs(), *(load_yaml(new_text).get(k) for k in ("aliases", "variants")))
    except (ParamsError, SpecError) as exc:
        raise UserProblem(f"登记后的参数文件无效，未写入：{exc}") from None
    finally:
        trial.unlink(missing_ok=True)
    write_atomic(params_path, new_text)
    return added, params_path


def said(added: Accepted, params_path: Path) -> list[str]:
    """What accept prints: each word added, each already there, each 同意 without a suggestion."""
    head = (
        [f"已在 {_shown(params_path)} 中登记 {added.added} 项本镇写法（下次运行 clean 时生效）："]
        if added.added
        else ["没有新的写法需要登记。"]
    )
    return (
        head
        + [f"  {x}" for x in added.lines]
        + [f"  已登记过：{k}" for k in added.known]
        + [f"  {s}" for s in added.skipped]
        + [f"  {u}" for u in added.unclear]
    )


def _shown(path: Path) -> str:
    try:
        return path.resolve().relative_to(paths.ROOT).as_posix()
    except ValueError:
        return str(path)
