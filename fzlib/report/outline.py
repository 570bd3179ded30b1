"""The report's outline (outline.yaml, or the project's own): its sections, checked on load, and each section rendered.

A section is declared as data: heading, lead, the ledger kinds it needs, the key of its sentences
and the components it shows (fzlib.report.components). Loading checks every name an entry uses —
component, option, figure, breakdown, kind, relation — and says in Chinese what is wrong and what
was meant, so that a town's edited outline fails before a report is half made.
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass, field, replace
from functools import cache
from pathlib import Path
from typing import Any

import yaml

from fzlib import paths
from fzlib.errors import UserProblem
from fzlib.indicators import breakdowns, relations
from fzlib.indicators.figures import kind_of
from fzlib.report import blocks, sentences
from fzlib.report.components import COMPONENTS, SAMPLE_NOTE, absent_note, draft_note, sentence_pieces, title_meta
from fzlib.report.data import YearData
from fzlib.report.pieces import Collapsed, Note, Paragraph, Subheading
from fzlib.spec import load_specs, load_yaml

OUTLINE_FILE = paths.REPORT_PACKAGE / "outline.yaml"
CHINESE_ORDINALS = "一二三四五六七八九十"
SECTION_KEYS = {"id", "heading", "lead", "needs", "sentences", "show", "word", "top"}
# A group of items the page folds away (audit material): {folded: 摘要, show: [items…]}.
FOLDED = "folded"

__all__ = ["Section", "OutlineError", "load", "show", "title_block", "work_out"]


class OutlineError(UserProblem, ValueError):
    """The outline is malformed; the message is Chinese and names the file and the entry (a town's
    edit gone wrong is the user's to fix: exit 1, not a defect)."""


@dataclass(frozen=True)
class Item:
    component: str
    argument: Any
    options: dict = field(default_factory=dict)


@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    lead: str
    sentences: str | None
    needs: tuple[str, ...]
    show: tuple[Item, ...]
    word: bool = True  # in the Word document (the data-quality and provenance sections are not)
    top: bool = False  # shown right under the title, before the contents, without a heading of its own


def _hint(word: str, choices) -> str:
    close = difflib.get_close_matches(str(word), [str(c) for c in choices], n=1, cutoff=0.5)
    return f"（是不是“{close[0]}”？）" if close else ""


def _names(refers: str | None, argument) -> list[tuple[str, str]]:
    """(what, name) pairs an entry's argument refers to, for checking."""
    if refers == "sentences":
        return [("sentences", argument)]
    if refers == "kinds":
        return [("kind", k) for k in argument]
    if refers == "cards":
        return [("figure", i.get("figure")) for i in argument]
    if refers == "figure_rows":
        return [("figure", row[0]) for row in argument]
    return [(refers, argument)] if refers else []


def _check_item(where: str, raw: dict, known: dict[str, set[str]]) -> Item:
    if not isinstance(raw, dict):
        raise OutlineError(f"{where}：每一项应写成“组件: 参数”")
    if FOLDED in raw:
        unknown = set(raw) - {FOLDED, "show"}
        if unknown:
            raise OutlineError(f"{where}：folded 只有 show 一个选项（多了：{'、'.join(sorted(unknown))}）")
        inner = tuple(
            _check_item(f"{where}（folded）第{j + 1}项", item, known) for j, item in enumerate(raw.get("show") or [])
        )
        return Item(FOLDED, str(raw[FOLDED]), {"show": inner})
    named = [k for k in raw if k in COMPONENTS]
    if len(named) != 1:
        raise OutlineError(
            f"{where}：应有且只有一个组件名（可用：{'、'.join(COMPONENTS)}）{_hint(next(iter(raw), ''), COMPONENTS)}"
        )
    spec = COMPONENTS[named[0]]
    options = {k: v for k, v in raw.items() if k != spec.name}
    for key in options:
        if key not in spec.options:
            raise OutlineError(f"{where}：组件 {spec.name} 没有选项“{key}”{_hint(key, spec.options)}")
    for what, name in _names(spec.refers, raw[spec.name]):
        if name not in known[what]:
            raise OutlineError(f"{where}：未知的{WHAT[what]}“{name}”{_hint(name, known[what])}")
    return Item(spec.name, raw[spec.name], options)


WHAT = {"figure": "指标", "breakdown": "分类统计", "kind": "台账种类", "relation": "核对关系", "sentences": "句子模板"}


def _parse(path: Path, data) -> tuple[Section, ...]:
    specs = load_specs()
    known = {
        "figure": set(kind_of(specs)) - set(breakdowns.declared(specs)),
        "breakdown": set(breakdowns.declared(specs)),
        "kind": set(specs),
        "relation": {r["id"] for r in relations.load_relations()},
        "sentences": set(sentences.templates(paths.PROJECT_REPORT / "sentences.yaml")),
    }
    if not isinstance(data, dict) or not isinstance(data.get("sections"), list):
        raise OutlineError(f"报告大纲 {path} 应有 sections: 列表。")
    out, seen = [], set()
    for i, raw in enumerate(data["sections"]):
        where = f"报告大纲 {path.name} 第{i + 1}节"
        if not isinstance(raw, dict) or not raw.get("id") or not raw.get("heading"):
            raise OutlineError(f"{where}：每节需要 id 和 heading。")
        for key in raw:
            if key not in SECTION_KEYS:
                raise OutlineError(f"{where}：未知的键“{key}”{_hint(key, SECTION_KEYS)}")
        if raw["id"] in seen:
            raise OutlineError(f"{where}：id “{raw['id']}”重复。")
        seen.add(raw["id"])
        needs = tuple(raw.get("needs") or ())
        for kind in needs:
            if kind not in known["kind"]:
                raise OutlineError(f"{where}：未知的台账种类“{kind}”{_hint(kind, known['kind'])}")
        show = tuple(
            _check_item(f"{where}（{raw['id']}）第{j + 1}项", item, known)
            for j, item in enumerate(raw.get("show") or [])
        )
        out.append(
            Section(
                str(raw["id"]),
                str(raw["heading"]),
                str(raw.get("lead") or ""),
                raw.get("sentences", raw["id"]),
                needs,
                show,
                bool(raw.get("word", True)),
                bool(raw.get("top", False)),
            )
        )
    return tuple(out)


@cache
def _load(path: Path) -> tuple[Section, ...]:
    try:
        data = load_yaml(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        raise OutlineError(f"报告大纲 {path} 格式有误：{exc}") from None
    return _parse(path, data)


def outline_file() -> Path:
    """The project's own report/outline.yaml when it has one, else the package's."""
    own = paths.PROJECT_REPORT / "outline.yaml"
    return own if own.exists() else OUTLINE_FILE


def load(path: Path | None = None) -> tuple[Section, ...]:
    """The report's sections, in order."""
    return _load(path or outline_file())


def section(section_id: str) -> Section:
    found = {s.id: s for s in load()}
    if section_id not in found:
        raise OutlineError(f"报告大纲中没有 id 为“{section_id}”的一节{_hint(section_id, found)}")
    return found[section_id]


def _items(d: YearData, items: tuple[Item, ...]) -> list:
    out = []
    for item in items:
        if item.component == FOLDED:
            inner = _items(d, item.options["show"])
            if inner:
                out.append(Collapsed(item.argument, tuple(inner)))
            continue
        made = COMPONENTS[item.component].render(d, item.argument, item.options)
        if item.options.get("word") is False:
            made = [replace(p, word=False) for p in made]
        out += made
    return out


def pieces(d: YearData, s: Section) -> list:
    """One section's pieces: its paragraphs, a note on ledgers not provided, then its components,
    subheadings numbered （一）（二）… When none of the ledgers it needs was provided, the note is all.
    Once worked out on a year that keeps them (`work_out`), they are not worked out again."""
    if d.made is None:
        return _pieces(d, s)
    key = repr(s)  # the section as declared: another outline's section of the same id is another
    if key not in d.made:
        d.made[key] = _pieces(d, s)
    return d.made[key]


def work_out(d: YearData) -> YearData:
    """Every section of the outline in force worked out on `d` and kept there: the page (through the
    kernel, fzlib.report.data.hand_over) and the Word file and its text copy use the same pieces."""
    if d.made is None:
        d.made = {}
    for s in load():
        pieces(d, s)
    return d


def _said_once(out: list) -> list:
    """A section's pieces with each sentence said once: every paragraph that needs a figure the ledgers cannot
    support says why, and three paragraphs and a table's note resting on one figure had said the same reason four
    times in a row. A repeat is dropped; the sentence kept stands wherever either stood (the Word file, the page)."""
    kept: dict[str, int] = {}
    said = []
    for p in out:
        if not isinstance(p, (Paragraph, Note)):
            said.append(p)
            continue
        if p.text not in kept:
            kept[p.text] = len(said)
            said.append(p)
            continue
        first = said[kept[p.text]]
        if p.word and not first.word:
            first = replace(first, word=True)
        if isinstance(first, Paragraph) and first.remark and not (isinstance(p, Paragraph) and p.remark):
            first = replace(first, remark=False)  # a sentence of the report, said where a remark stood
        said[kept[p.text]] = first
    return said


def _pieces(d: YearData, s: Section) -> list:
    note = absent_note(d, list(s.needs))
    if s.needs and not any(d.provided(k) for k in s.needs):
        return note
    out = _said_once(sentence_pieces(d, s.sentences) + note + _items(d, s.show))
    numbers = iter(CHINESE_ORDINALS)
    return [replace(p, number=f"（{next(numbers)}）") if isinstance(p, Subheading) else p for p in out]


def render(d: YearData, s: Section) -> blocks.Block:
    """One section's HTML."""
    return blocks.render(pieces(d, s))


def show(d: YearData, section_id: str) -> blocks.Block:
    """The notebook's call for one section."""
    return render(d, section(section_id))


def title_block(d: YearData) -> blocks.Block:
    """The page's title: the report's title, the unit and date, 草稿 while errors remain, the sample note."""
    parts = [
        f'<header class="fz-title"><h1>{blocks.escape(d.title)}</h1>',
        f'<p class="fz-meta">{blocks.escape(title_meta(d))}</p>',
    ]
    if d.open_errors:
        parts.append(f'<div class="fz-callout fz-draft">{blocks.escape(draft_note(d.open_errors))}</div>')
    if d.params.get("sample"):
        parts.append(f'<div class="fz-callout">{blocks.escape(SAMPLE_NOTE)}</div>')
    parts.append("</header>")
    return blocks.join(*parts)


def document(d: YearData) -> list[tuple[Section, list]]:
    """Every section of the Word document with its pieces for Word, in outline order (sections and
    pieces marked `word: false`, and checking remarks, left out)."""
    out = []
    for s in load():
        if not s.word:
            continue
        kept = [p for p in pieces(d, s) if p.word and not (isinstance(p, Paragraph) and p.remark)]
        if kept:
            out.append((s, kept))
    return out


def draft(d: YearData, sections: list | None = None) -> list[tuple[str, list[str]]]:
    """(heading, paragraphs) of the Word document's sections (`sections`, else worked out here): the
    text copy (.txt) to paste from."""
    out = []
    for s, kept in document(d) if sections is None else sections:
        # The Word document's words without its tables and charts: a section that only says why it
        # has no figures (a note) is kept, as it is in Word.
        lines = [
            p.number + p.text if isinstance(p, Subheading) else f"注：{p.text}" if isinstance(p, Note) else p.text
            for p in kept
            if isinstance(p, (Paragraph, Subheading, Note))
        ]
        if any(isinstance(p, (Paragraph, Note)) for p in kept):
            out.append((s.heading, lines))
    return out
