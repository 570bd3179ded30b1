"""The report's components: what an outline entry can show (cards, breakdown tables and charts, …), each one HTML block.

Every component is registered by name with the options it takes and what its argument names (a
figure, a breakdown, a kind, a relation), so that fzlib.report.outline can reject a misspelt
outline entry when it loads, not half-way through a report. A component over an absent ledger
shows nothing: its section says once that the ledger was not provided.

Privacy: only counts, categories, villages, offices and document/case numbers are shown, never a
pseudonym, a name or free text. Breakdowns by village of sensitive ledgers (spec `sensitive: true`,
breakdown `small_area`) show counts below params `small_count_threshold` as "<3" and carry no shares
and no charts; totals stay exact. No chart is drawn from a sensitive ledger at all.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

import pandas as pd

from fzlib import fmt
from fzlib.indicators import breakdowns, relations, subsidy, targets
from fzlib.indicators.figures import rates
from fzlib.ingest.issues import CATALOGUE
from fzlib.report import blocks, charts
from fzlib.report.data import YearData

SAMPLE_NOTE = "示例数据：本报告所用台账为程序生成的虚构示例数据，仅供演示，不代表任何真实情况。"
MISSED = "未达目标"


@dataclass(frozen=True)
class Component:
    name: str
    render: Callable[[YearData, Any, dict], str]
    options: frozenset[str]
    refers: str | None  # what the argument names: figures, breakdown, kind, relation (checked on load)


COMPONENTS: dict[str, Component] = {}


def component(name: str, options: tuple[str, ...] = (), refers: str | None = None):
    """Register a component: `render(d, argument, options) -> HTML`."""

    def decorate(render):
        COMPONENTS[name] = Component(name, render, frozenset(options), refers)
        return render

    return decorate


# --- shared pieces ----------------------------------------------------------------------------


def title_block(d: YearData) -> blocks.Block:
    p = d.params
    meta = f"{p['county']}{p['town']}" + (f" · {p['report_date']}" if p.get("report_date") else "")
    parts = [
        f'<header class="fz-title"><h1>{blocks.escape(d.title)}</h1>',
        f'<p class="fz-meta">{blocks.escape(meta)}</p>',
    ]
    if p.get("sample"):
        parts.append(f'<div class="fz-callout">{blocks.escape(SAMPLE_NOTE)}</div>')
    parts.append("</header>")
    return blocks.join(*parts)


def paragraphs_html(paragraphs: list[str]) -> str:
    return blocks.join(*(blocks.para(p) for p in paragraphs))


def absent_note(d: YearData, kinds: list[str]) -> str:
    missing = [d.specs[k].title for k in kinds if not d.has(k)]
    return blocks.note("本年度未提供" + "、".join(missing) + "，相关数字不作统计。") if missing else ""


def _sensitive(d: YearData, kind: str) -> bool:
    return bool(d.specs[kind].sensitive)


def _threshold(d: YearData) -> int:
    return int(d.params.get("small_count_threshold") or 3)


def _shown(value, rate: bool) -> str:
    return fmt.pct(value) if rate else fmt.count(value)


# --- figures ----------------------------------------------------------------------------------


def _figure_card(d: YearData, key: str, label: str, unit: str) -> str:
    value = d.figures.get(key)
    if value is None:
        return ""
    rate = key in rates(d.specs)
    notes = []
    if d.previous and d.previous.get(key) is not None:
        prev = d.previous[key]
        notes.append(f"上年{_shown(prev, rate)}{unit}，{fmt.versus(value, prev, rate=rate) or '—'}")
    state = targets.missed(d.params, key, value)
    if state is not None:
        notes.append(("未达到" if state else "达到") + f"目标（{targets.goal(d.params, key)}）")
    return blocks.card(
        label, _shown(value, rate), unit, "；".join(notes), "" if state is None else ("warn" if state else "good")
    )


@component("cards", refers="cards")
def cards(d: YearData, items: list[dict], options: dict) -> str:
    """Key-figure cards with last year's value and the target; a note on how to read them."""
    shown = [_figure_card(d, i["figure"], i.get("label", i["figure"]), i.get("unit", "")) for i in items]
    lead = (
        f"卡片下方为{d.year - 1}年的数字及变化；有目标的指标标明是否达到目标（{MISSED}的卡片以黄色标出）。"
        if d.previous
        else f"没有{d.year - 1}年的数据，本报告不作同比比较。"
    )
    return blocks.join(blocks.cards([c for c in shown if c]), blocks.note(lead))


@component("figures_table", options=("caption",), refers="figure_rows")
def figures_table(d: YearData, rows: list[list[str]], options: dict) -> str:
    """Key figures with last year's value and the target: [figure, label] rows."""
    out = []
    for key, label in rows:
        value = d.figures.get(key)
        if value is None:
            continue
        rate = key in rates(d.specs)
        prev = (d.previous or {}).get(key)
        state = targets.missed(d.params, key, value)
        goal = targets.goal(d.params, key)
        row = {"指标": label, "本年": _shown(value, rate)}
        if d.previous:
            row["上年"] = "—" if prev is None else _shown(prev, rate)
            row["变化"] = (fmt.versus(value, prev, rate=rate) or "—") if prev is not None else "—"
        if d.params.get("targets"):
            row["目标"] = goal or "—"
            row["完成情况"] = "—" if state is None else (MISSED if state else "达到目标")
        out.append(row)
    if not out:
        return ""
    frame = pd.DataFrame(out)
    return blocks.table(frame, f"表：{options['caption']}", numeric=[c for c in ("本年", "上年") if c in frame.columns])


# --- breakdowns -------------------------------------------------------------------------------


def breakdown_table(d: YearData, name: str, caption: str) -> tuple[str, pd.Series | None]:
    """A declared breakdown as a table (suppressed for sensitive ledgers), and its exact counts."""
    b = breakdowns.declared(d.specs)[name]
    series = breakdowns.compute(d.tables, name)
    if series is None or not len(series):
        return "", series
    small = b.small_area and _sensitive(d, b.kind)
    table = breakdowns.frame(series, b, shares=not small)
    if small:
        table = breakdowns.suppress(table, [b.count_title], _threshold(d))
    numeric = [b.count_title] + ([] if small else [breakdowns.SHARE])
    return blocks.table(table, caption, numeric=numeric, total=True), series


@component("breakdown", options=("caption", "chart", "table"), refers="breakdown")
def breakdown(d: YearData, name: str, options: dict) -> str:
    """Table and (for non-sensitive ledgers) a bar or line chart of one breakdown."""
    b = breakdowns.declared(d.specs)[name]
    what = options.get("caption", name)
    shown, series = breakdown_table(d, name, f"表：{what}")
    if not shown:
        return ""
    shown = shown if options.get("table", True) else ""
    chart = options.get("chart", "bar")
    if chart == "none" or _sensitive(d, b.kind) or not series.sum():
        return shown
    labels, values = [str(k) for k in series.index], [int(v) for v in series]
    if chart == "line":
        img = charts.line(labels, {b.count_title: values}, what, unit=b.unit)
    else:
        img = charts.bar(labels, values, what, unit=b.unit, horizontal=len(labels) > 5)
    return blocks.join(shown, blocks.figure(img, f"图：{what}（{b.unit}）"))


@component("zero_categories", options=("text",), refers="breakdown")
def zero_categories(d: YearData, name: str, options: dict) -> str:
    """The categories of a breakdown's vocabulary with no record this year, named in one note."""
    b = breakdowns.declared(d.specs)[name]
    if not d.has(b.kind):
        return ""
    series = breakdowns.compute(d.tables, name)
    seen = {str(k) for k, v in series.items() if v}
    vocabulary = d.specs[b.kind].field(b.by).vocabulary or {}
    zero = [c for c in vocabulary if c not in seen]
    return blocks.note(f"{options['text']}：" + "、".join(zero) + "。") if zero else ""


# --- records ----------------------------------------------------------------------------------


def _cell(series: pd.Series) -> pd.Series:
    """A column as shown: dates as 2024-03-05, everything else as it is."""
    return series.dt.strftime("%Y-%m-%d") if pd.api.types.is_datetime64_any_dtype(series) else series


@component("records", options=("caption", "columns", "sort"), refers="kind")
def records(d: YearData, kind: str, options: dict) -> str:
    """A kind's records listed (non-personal columns only), e.g. the documents issued this year."""
    table = d.tables.get(kind)
    if table is None or table.empty:
        return ""
    frame = pd.DataFrame({title: _cell(table[field]) for title, field in options["columns"].items()})
    if options.get("sort"):
        frame = frame.sort_values(options["sort"])
    return blocks.table(frame, f"表：{options['caption']}", numeric=[])


@component("crosstab", options=("rows", "columns", "label", "caption"), refers="kind")
def crosstab(d: YearData, kind: str, options: dict) -> str:
    """A kind's records counted by two fields, with totals."""
    t = d.tables.get(kind)
    if t is None or t.empty:
        return ""
    cross = pd.crosstab(
        t[options["rows"]].fillna(breakdowns.UNSPECIFIED),
        t[options["columns"]].fillna(breakdowns.UNSPECIFIED),
        margins=True,
        margins_name=breakdowns.TOTAL,
    )
    cross = cross.rename_axis(index=options["label"], columns=None).reset_index()
    return blocks.table(cross, f"表：{options['caption']}", total=True)


@component("group_table", options=("by", "label", "columns", "caption"), refers="kind")
def group_table(d: YearData, kind: str, options: dict) -> str:
    """A kind's records grouped by one field: counts and sums per group, largest first, with a total.
    `columns` maps a title to {count: true} or {sum: field, decimals: true}."""
    t = d.tables.get(kind)
    if t is None:
        return ""
    groups = t.assign(_g=t[options["by"]].astype("string").fillna(breakdowns.UNSPECIFIED)).groupby("_g")
    columns = {}
    for title, how in options["columns"].items():
        if how.get("count"):
            columns[title] = groups.size()
        elif how.get("decimals"):
            columns[title] = groups[how["sum"]].apply(lambda s: float(s.fillna(0).sum()))
        else:
            columns[title] = groups[how["sum"]].apply(lambda s: int(s.fillna(0).sum()))
    g = pd.DataFrame(columns)
    g = g.sort_values(list(columns)[:2], ascending=False).rename_axis(options["label"]).reset_index()
    total = {options["label"]: breakdowns.TOTAL}
    for title, how in options["columns"].items():
        total[title] = float(g[title].sum()) if how.get("decimals") else int(g[title].sum())
    return blocks.table(
        pd.concat([g, pd.DataFrame([total])], ignore_index=True), f"表：{options['caption']}", total=True
    )


@component("payments", options=("caption",), refers="relation")
def payments(d: YearData, relation_id: str, options: dict) -> str:
    """A payment standard (以案定补) checked record by record: paid by category, and the deviations."""
    rule = relations.declared(relation_id)
    if not d.has(rule["kind"]):
        return ""
    standard = d.params.get(rule["standard"])
    if not standard:
        return blocks.note(f"参数文件中未设以案定补标准（{rule['standard']}），案补未按标准核对。")
    t, titles = d.tables[rule["kind"]], relations.field_titles(rule["kind"])
    table = subsidy.by_category(t, standard, rule, titles)
    money = [subsidy.PER_CASE, subsidy.PAID, subsidy.DUE_TOTAL]
    parts = [blocks.table(table, f"表：{options['caption']}", numeric=[subsidy.CASES, *money], total=True)]
    found = subsidy.problems(t, standard, rule, titles)
    if found.empty:
        parts.append(blocks.note("逐案核对：每件调解成功的案件均按标准补贴，未调解成功的案件均无补贴。"))
    else:
        parts.append(
            blocks.table(
                found,
                f"表：与以案定补标准或发放条件不符的案件（{len(found)}件，请核实更正）",
                numeric=[subsidy.EXPECTED, subsidy.PAID],
            )
        )
    return blocks.join(*parts)


# --- notes ------------------------------------------------------------------------------------


@component("note", options=("kind",))
def note(d: YearData, text: str, options: dict) -> str:
    """A source note; with `kind`, only when that ledger was provided."""
    return blocks.note(text) if not options.get("kind") or d.has(options["kind"]) else ""


@component("paragraph")
def paragraph(d: YearData, text: str, options: dict) -> str:
    return blocks.para(text)


@component("privacy_note", refers="kind")
def privacy_note(d: YearData, kind: str, options: dict) -> str:
    """Says how small counts of a sensitive ledger are shown by village."""
    if not d.has(kind):
        return ""
    n = _threshold(d)
    return blocks.note(
        f"{d.specs[kind].title}涉及个人信息：按村（社区）统计时少于{n}的数字显示为“<{n}”，合计为准确数。"
    )


# --- data quality and provenance ----------------------------------------------------------------


@component("sheets")
def sheets(d: YearData, caption: str, options: dict) -> str:
    """Per ledger file and sheet: rows read, kept, flagged, excluded, set aside."""
    names = {k: s.title for k, s in d.specs.items()}
    rows = []
    for f in d.manifest["files"]:
        for s in f["sheets"]:
            rows.append(
                {
                    "文件": f["file"],
                    "工作表": s["sheet"],
                    "台账": names.get(s.get("kind"), "—"),
                    "读取行数": s["rows_read"],
                    "保留": s.get("kept", 0),
                    "其中有问题": s.get("flagged", 0),
                    "未计入": sum(s.get("excluded", {}).values()),
                    "标题/表头/空白/合计等": sum(s.get("set_aside", {}).values()),
                }
            )
    return blocks.table(pd.DataFrame(rows), f"表：{caption}") if rows else ""


@component("issues")
def issues(d: YearData, caption: str, options: dict) -> str:
    """The cleaning problems counted by type, with where to find each one."""
    if not len(d.issues):
        return blocks.para("清洗中未发现任何问题。")
    # Issues beyond a file's listing cap are counted in the manifest: they count here too.
    unlisted = pd.DataFrame(
        [(code, f["file"], n) for f in d.manifest["files"] for code, n in f.get("issues_not_listed", {}).items()],
        columns=["code", "file", "n"],
    )
    listed = d.issues.assign(n=1)[["code", "file", "n"]]
    every = pd.concat([listed, unlisted], ignore_index=True) if len(unlisted) else listed
    counts = every.groupby("code").agg(
        数量=("n", "sum"), 涉及文件=("file", lambda s: "、".join(sorted(set(s.dropna()))))
    )
    counts = counts.reset_index()
    counts.insert(0, "问题", counts["code"].map(lambda c: CATALOGUE[c].label))
    counts.insert(1, "级别", counts["code"].map(lambda c: CATALOGUE[c].level))
    counts = counts.rename(columns={"code": "代码"}).sort_values(["级别", "数量"], ascending=[True, False])
    return blocks.join(
        blocks.para(
            f"清洗中共发现{fmt.count(int(every['n'].sum()))}项问题。逐项说明（文件、工作表、单元格和修改方法）见 "
            f"data/processed/{d.year}/issues.xlsx：按其中所列位置修改台账原件后重新运行即可。"
        ),
        blocks.table(counts, f"表：{caption}", numeric=["数量"]),
    )


@component("relations")
def relations_block(d: YearData, caption: str, options: dict) -> str:
    """The declared cross-ledger relations and whether each holds."""
    outcomes = relations.evaluate(d.tables, d.figures, d.params)
    failed = [o for o in outcomes if o.holds is False]
    lead = (
        "跨台账核对的各项关系均成立。" if not failed else f"跨台账核对中有{len(failed)}项关系不成立，请按说明核实台账。"
    )
    return blocks.join(blocks.para(lead), blocks.table(relations.frame(outcomes), f"表：{caption}", numeric=[]))


@component("draft_check")
def draft_check(d: YearData, caption: str, options: dict) -> str:
    """The numbers of the draft named in params `draft`, checked against the year's figures."""
    draft = d.params.get("draft")
    if not draft:
        return ""
    from fzlib import check, paths

    path = paths.ROOT / draft
    try:
        text = check.read_draft(path)
    except (OSError, check.DraftError) as exc:  # an OSError's text would show the machine's path
        return blocks.note(f"无法读取报告草稿 {draft}：{exc.strerror if isinstance(exc, OSError) else exc}")
    claims = check.check_text(text, d.figures)
    frame = check.claims_frame(claims)
    return blocks.join(
        blocks.para(f"报告草稿 {draft} 中共有{len(claims)}处可核对的数字，核对结果如下。"),
        blocks.table(frame, f"表：{caption}", numeric=[]) if len(frame) else "",
    )


@component("input_files")
def input_files(d: YearData, caption: str, options: dict) -> str:
    """Every input file with its SHA-256 and the kinds read from it."""
    names = {k: s.title for k, s in d.specs.items()}
    files = pd.DataFrame(
        [
            {
                "文件": f["file"],
                "台账": "、".join(dict.fromkeys(names.get(s.get("kind"), "—") for s in f["sheets"])) or "—",
                "SHA-256": f["sha256"],
            }
            for f in d.manifest["files"]
        ]
    )
    return blocks.table(files, f"表：{caption}")


# Parameters that name raw files (whose names may hold personal data): shown by their count.
FILE_PARAMS = ("kinds", "exclude")


@component("params_note")
def params_note(d: YearData, _: Any, options: dict) -> str:
    from fzlib.ingest.privacy import mask_text

    shown = {k: (f"{len(v)}个文件" if k in FILE_PARAMS else v) for k, v in d.params.items() if v not in (None, {}, [])}
    params = "；".join(f"{k}={v}" for k, v in shown.items())
    return blocks.note(mask_text(f"参数（params/{d.year}.yaml）：{params}"))


@component("version_note")
def version_note(d: YearData, _: Any, options: dict) -> str:
    return blocks.note(f"fzlib 版本：{d.version}")
