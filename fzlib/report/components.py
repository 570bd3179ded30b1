"""The report's components: what an outline entry can show (cards, breakdown tables and charts, …), each returning pieces.

Every component is registered by name with the options it takes and what its argument names (a
figure, a breakdown, a kind, a relation, a sentences key), so that fzlib.report.outline can reject a
misspelt outline entry when it loads, not half-way through a report. A component returns
`fzlib.report.pieces`, which the page (fzlib.report.blocks) and the Word document
(fzlib.report.document) render alike. A component over an absent ledger shows nothing: its section
says once that the ledger was not provided.

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
from fzlib.indicators import breakdowns, relations, subsidy, targets, trace
from fzlib.indicators.figures import OK, PARTIAL, STATED, STATUS_WORDS, UNAVAILABLE, rates
from fzlib.ingest.issues import CATALOGUE
from fzlib.ingest.privacy import mask_text
from fzlib.report import sentences
from fzlib.report.data import YearData
from fzlib.report.pieces import Card, Cards, Chart, Collapsed, Highlights, Note, Paragraph, Subheading, Table
from fzlib.spec import SEVERAL_JOIN

SAMPLE_NOTE = "示例数据：本报告所用台账为程序生成的虚构示例数据，仅供演示，不代表任何真实情况。"
MISSED = "未达目标"
NOT_COUNTABLE = STATUS_WORDS[UNAVAILABLE]  # 无法统计: shown instead of a number the ledgers cannot support


@dataclass(frozen=True)
class Component:
    name: str
    render: Callable[[YearData, Any, dict], list]
    options: frozenset[str]
    refers: str | None  # what the argument names: figures, breakdown, kind, relation, sentences (checked on load)


COMPONENTS: dict[str, Component] = {}
# Every component also takes `word: false`: shown on the page, left out of the Word document.
COMMON_OPTIONS = frozenset({"word"})


def component(name: str, options: tuple[str, ...] = (), refers: str | None = None):
    """Register a component: `render(d, argument, options) -> [pieces]`."""

    def decorate(render):
        COMPONENTS[name] = Component(name, render, frozenset(options) | COMMON_OPTIONS, refers)
        return render

    return decorate


# --- shared pieces ----------------------------------------------------------------------------


def draft_note(open_errors: int) -> str:
    """Why the report is a draft, and what to do."""
    return (
        f"草稿：台账中还有{open_errors}项“错误”未处理，部分数字可能不完整或无法统计。"
        "请按数据质量一节和问题清单（issues.xlsx）修改台账后重新生成。"
    )


def title_meta(d: YearData) -> str:
    p = d.params
    return f"{p['county']}{p['town']}" + (f" · {p['report_date']}" if p.get("report_date") else "")


def absent_note(d: YearData, kinds: list[str]) -> list:
    """What the section cannot show: ledgers not provided at all, and ledgers kept only as a
    statistics table (their figures are stated; there are no records to break down)."""
    missing = [d.specs[k].title for k in kinds if not d.provided(k)]
    stated = [d.specs[k].title for k in kinds if d.stated_only(k)]
    notes = [Note("本年度未提供" + "、".join(missing) + "，相关数字不作统计。")] if missing else []
    if stated:
        notes.append(Note("、".join(stated) + "本年度只有统计表、没有逐条记录：本节数字取自统计表，不作分类明细。"))
    return notes


def _sensitive(d: YearData, kind: str) -> bool:
    return bool(d.specs[kind].sensitive)


def _threshold(d: YearData) -> int:
    return int(d.params.get("small_count_threshold") or 3)


def _shown(value, rate: bool) -> str:
    return fmt.pct(value) if rate else fmt.count(value)


def _kind_provided(d: YearData, figure: str) -> bool:
    return any(d.provided(k) for k, s in d.specs.items() if figure in {g.name for g in s.figures})


# --- figures ----------------------------------------------------------------------------------


def _figure_card(d: YearData, key: str, label: str, unit: str) -> Card | None:
    figure = d.evidence[key]
    if figure.value is None:
        if not _kind_provided(d, key):
            return None  # the ledger was not provided: the section says so once
        return Card(label, NOT_COUNTABLE, "", figure.reason, "na")
    value, rate = figure.value, key in rates(d.specs)
    notes = []
    if d.previous and d.previous.get(key) is not None:
        prev = d.previous[key]
        notes.append(f"上年{_shown(prev, rate)}{unit}，{fmt.versus(value, prev, rate=rate) or '—'}")
    state = targets.missed(d.params, key, value)
    if state is not None:
        notes.append(("未达到" if state else "达到") + f"目标（{targets.goal(d.params, key)}）")
    if figure.status in (PARTIAL, STATED):
        # A stated figure's reason already says 取自统计表 and where; a partial one's says what is missing.
        notes.append(figure.reason if figure.status == STATED else f"部分统计：{figure.reason}")
        return Card(label, _shown(value, rate), unit, "；".join(notes), "partial")
    return Card(
        label, _shown(value, rate), unit, "；".join(notes), "" if state is None else ("warn" if state else "good")
    )


def _figure_row(d: YearData, key: str, label: str) -> dict | None:
    """One row of a figures table: this year, last year and the change, the target and whether met."""
    figure = d.evidence[key]
    if figure.value is None:
        return {"指标": label, "本年": NOT_COUNTABLE} if _kind_provided(d, key) else None
    value, rate = figure.value, key in rates(d.specs)
    marked = f"（{STATUS_WORDS[figure.status]}）" if figure.status in (PARTIAL, STATED) else ""
    row = {"指标": label, "本年": _shown(value, rate) + marked}
    if d.previous:
        prev = d.previous.get(key)
        row["上年"] = "—" if prev is None else _shown(prev, rate)
        row["变化"] = (fmt.versus(value, prev, rate=rate) or "—") if prev is not None else "—"
    if d.params.get("targets"):
        state = targets.missed(d.params, key, value)
        row["目标"] = targets.goal(d.params, key) or "—"
        row["完成情况"] = "—" if state is None else (MISSED if state else "达到目标")
    return row


@component("cards", refers="cards")
def cards(d: YearData, items: list[dict], options: dict) -> list:
    """Key-figure cards with last year's value and the target; a note on how to read them."""
    shown = [(i, _figure_card(d, i["figure"], i.get("label", i["figure"]), i.get("unit", ""))) for i in items]
    lead = (
        f"卡片下方为{d.year - 1}年的数字及变化；有目标的指标标明是否达到目标（{MISSED}的卡片以黄色标出）。"
        if d.previous
        else f"没有{d.year - 1}年的数据，本报告不作同比比较。"
    )
    rows = [r for i, c in shown if c is not None and (r := _figure_row(d, i["figure"], i.get("label", i["figure"])))]
    columns = list(dict.fromkeys(k for r in rows for k in r))
    table = (tuple(columns),) + tuple(tuple(str(r.get(c, "—")) for c in columns) for r in rows)
    return [Cards(tuple(c for _, c in shown if c is not None), lead, table)]


@component("figures_table", options=("caption",), refers="figure_rows")
def figures_table(d: YearData, rows: list[list[str]], options: dict) -> list:
    """Key figures with last year's value and the target: [figure, label] rows."""
    out, why = [], []
    for key, label in rows:
        row = _figure_row(d, key, label)
        if row is None:
            continue
        figure = d.evidence[key]
        if figure.status == UNAVAILABLE:
            why.append(f"{label}：{figure.reason}")
        elif figure.status == PARTIAL:
            why.append(f"{label}为部分统计：{figure.reason}")
        elif figure.status == STATED:
            why.append(f"{label}{figure.reason}")
        out.append(row)
    if not out:
        return []
    frame = pd.DataFrame(out).fillna("—")
    numeric = tuple(c for c in ("本年", "上年") if c in frame.columns)
    return [Table(frame, f"表：{options['caption']}", numeric)] + ([Note("；".join(why) + "。")] if why else [])


@component("highlights", refers="sentences")
def highlights(d: YearData, key: str, options: dict) -> list:
    """The one-screen summary: the sentences of `key`, each one short line. 草稿 is the title's to say (its banner
    stands right above): the summary's first line had repeated it word for word."""
    items = sentences.paragraphs(d, key)
    return [Highlights(tuple(items))] if items else []


@component("paragraphs", refers="sentences")
def paragraphs(d: YearData, key: str, options: dict) -> list:
    """The paragraphs of one key of sentences.yaml, here in the section."""
    return sentence_pieces(d, key)


def sentence_pieces(d: YearData, key: str | None) -> list:
    return [Paragraph(text, remark) for text, remark in sentences.paragraphs_marked(d, key)]


@component("subheading", options=("kind",))
def subheading(d: YearData, text: str, options: dict) -> list:
    """A second-level heading, numbered （一）（二） in its section; with `kind`, only when that ledger was provided."""
    return [Subheading(text)] if not options.get("kind") or d.provided(options["kind"]) else []


# --- breakdowns -------------------------------------------------------------------------------


def breakdown_table(d: YearData, name: str, caption: str) -> tuple[Table | None, pd.Series | None]:
    """A declared breakdown as a table (suppressed for sensitive ledgers), and its exact counts."""
    b = breakdowns.declared(d.specs)[name]
    # The kept records' counts and total, beside the ledger's 无法统计, would pass for the year's.
    if d.withheld(b.kind):
        return None, None
    series = breakdowns.compute(d.tables, name)
    if series is None or not len(series):
        return None, series
    small = b.small_area and _sensitive(d, b.kind)
    items = breakdowns.compute_items(d.tables, name) if b.several else None
    table = breakdowns.frame(series, b, shares=not small, items=items)
    if small:
        table = breakdowns.suppress(table, [b.count_title], _threshold(d))
    numeric = (b.count_title,) + (() if small else (breakdowns.SHARE,))
    return Table(table, caption, numeric, total=True), series


FOLD = "fold"


@component("breakdown", options=("caption", "chart", "table"), refers="breakdown")
def breakdown(d: YearData, name: str, options: dict) -> list:
    """Table and (for non-sensitive ledgers) a bar or line chart of one breakdown. `table`: true
    (default), false, or fold (the chart shown, the table folded under it on the page)."""
    b = breakdowns.declared(d.specs)[name]
    what = options.get("caption", name)
    table, series = breakdown_table(d, name, f"表：{what}")
    if table is None:
        return []
    items = breakdowns.compute_items(d.tables, name) if b.several else None
    shown = options.get("table", True)
    chart = options.get("chart", "bar")
    # A record counted under each of its values: said wherever its counts are shown.
    overlap = [Note(breakdowns.overlap_note(b))] if items is not None and series.sum() > items else []
    # Records dated only to their year (or a half, a quarter) are in no month: the chart draws the months known
    # and a note says how many it leaves out; with no month known it is not drawn (every record had stood in 1月).
    charted = breakdowns.months_known(series) if b.month else series
    unplaced = []
    if len(charted) < len(series):
        unplaced = [Note(_no_month_note(int(series[breakdowns.NO_MONTH]), b.unit, not charted.sum()))]
    overlap += unplaced
    if chart == "none" or _sensitive(d, b.kind) or not charted.sum():
        if shown == FOLD:
            return [Collapsed(f"展开数据表：{what}", (table, *overlap), word=True)]
        return [table, *overlap] if shown else unplaced
    labels, values = tuple(str(k) for k in charted.index), tuple(int(v) for v in charted)
    drawn = Chart(chart, labels, values, what, b.unit, f"图：{what}（{b.unit}）", b.count_title)
    if shown == FOLD:  # the chart says it; the exact numbers are one tap away (and in Word as they are)
        return [drawn, Collapsed(f"展开数据表：{what}", (table, *overlap), word=True)]
    return [table, drawn, *overlap] if shown else [drawn, *overlap]


def _no_month_note(n: int, unit: str, none_known: bool) -> str:
    said = f"{fmt.count(n)}{unit}的日期只写到年份（或季度、半年），不知在哪个月，"
    return said + ("各月份的数字无法统计，未作图。" if none_known else "未计入各月份。")


@component("zero_categories", options=("text",), refers="breakdown")
def zero_categories(d: YearData, name: str, options: dict) -> list:
    """The categories of a breakdown's vocabulary with no record this year, named in one note."""
    b = breakdowns.declared(d.specs)[name]
    if not d.has(b.kind) or not d.complete(b.kind):  # a record left out may be of any category: none is not 0
        return []
    series = breakdowns.compute(d.tables, name)
    seen = {str(k) for k, v in series.items() if v}
    vocabulary = d.specs[b.kind].field(b.by).vocabulary or {}
    zero = [c for c in vocabulary if c not in seen]
    return [Note(f"{options['text']}：" + "、".join(zero) + "。")] if zero else []


# --- records ----------------------------------------------------------------------------------


def _cell(table: pd.DataFrame, field: str) -> pd.Series:
    """A column as shown: dates as 2024-03-05, a date known only to its year (or a span of it) as 2024年, never the
    span's first day; everything else as it is."""
    series = table[field]
    if not pd.api.types.is_datetime64_any_dtype(series):
        return series
    shown = series.dt.strftime("%Y-%m-%d")
    year_only = breakdowns.monthless(table, field) & series.notna().to_numpy(dtype=bool)
    return shown.mask(year_only, series.dt.year.astype("Int64").astype("string") + "年")


@component("records", options=("caption", "columns", "sort"), refers="kind")
def records(d: YearData, kind: str, options: dict) -> list:
    """A kind's records listed (non-personal columns only), e.g. the documents issued this year."""
    table = d.tables.get(kind)
    if table is None or table.empty:
        return []
    frame = pd.DataFrame({title: _cell(table, field) for title, field in options["columns"].items()})
    if options.get("sort"):
        frame = frame.sort_values(options["sort"])
    return [Table(frame, f"表：{options['caption']}", ())]


@component("crosstab", options=("rows", "columns", "label", "caption"), refers="kind")
def crosstab(d: YearData, kind: str, options: dict) -> list:
    """A kind's records counted by two fields, with totals, each record weighed and selected as the kind's breakdown
    by the rows' field counts it (a published item of 3 条 is 3, as in the channel breakdown). Rows by a field of
    several values (an item on two channels): a record in the row of each of its values, the total row counting it
    once, and a note saying so."""
    t = d.tables.get(kind)
    if t is None or t.empty or d.withheld(kind):
        return []
    t, weights = breakdowns.counted(t, kind, options["rows"], d.specs)
    weights = weights.reset_index(drop=True)
    rows = t[options["rows"]].astype("string").fillna(breakdowns.UNSPECIFIED).reset_index(drop=True)
    columns = t[options["columns"]].astype("string").fillna(breakdowns.UNSPECIFIED).reset_index(drop=True)
    each = rows.str.split(SEVERAL_JOIN).explode() if d.specs[kind].field(options["rows"]).several else rows
    if len(each) == len(rows):  # one value a record
        cross = pd.crosstab(
            rows, columns, values=weights, aggfunc="sum", margins=True, margins_name=breakdowns.TOTAL
        ).fillna(0)
        cross = cross.astype(int).rename_axis(index=options["label"], columns=None).reset_index()
        return [Table(cross, f"表：{options['caption']}", total=True)]
    cross = pd.crosstab(
        each.to_numpy(), columns.loc[each.index].to_numpy(), values=weights.loc[each.index].to_numpy(), aggfunc="sum"
    )
    cross = cross.fillna(0).astype(int)
    cross[breakdowns.TOTAL] = cross.sum(axis=1)
    once = weights.groupby(columns).sum()
    cross.loc[breakdowns.TOTAL] = [*(int(once.get(c, 0)) for c in cross.columns[:-1]), int(weights.sum())]
    cross = cross.rename_axis(index=options["label"], columns=None).reset_index()
    note = f"一条可同时有几项{options['label']}，在每项各计一次：各行之和大于合计行。"
    return [Table(cross, f"表：{options['caption']}", total=True), Note(note)]


@component("group_table", options=("by", "label", "columns", "caption"), refers="kind")
def group_table(d: YearData, kind: str, options: dict) -> list:
    """A kind's records grouped by one field: counts and sums per group, largest first, with a total.
    `columns` maps a title to {count: true} or {sum: field, decimals: true}."""
    t = d.tables.get(kind)
    if t is None or d.withheld(kind):
        return []
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
    return [Table(pd.concat([g, pd.DataFrame([total])], ignore_index=True), f"表：{options['caption']}", total=True)]


@component("payments", options=("caption",), refers="relation")
def payments(d: YearData, relation_id: str, options: dict) -> list:
    """A payment standard (以案定补) checked record by record: paid by category, and the deviations."""
    rule = relations.declared(relation_id)
    if not d.has(rule["kind"]):
        return []
    standard = d.params.get(rule["standard"])
    if not standard:
        return [Note(f"参数文件中未设以案定补标准（{rule['standard']}），案补未按标准核对。", word=False)]
    t, titles = d.tables[rule["kind"]], relations.field_titles(rule["kind"])
    table = subsidy.by_category(t, standard, rule, titles)
    money = (subsidy.PER_CASE, subsidy.PAID, subsidy.DUE_TOTAL)
    out = [Table(table, f"表：{options['caption']}", (subsidy.CASES, *money), total=True)]
    found = subsidy.problems(t, standard, rule, titles)
    if found.empty:
        out.append(Note("逐案核对：每件调解成功的案件均按标准补贴，未调解成功的案件均无补贴。", word=False))
    else:
        caption = f"表：与以案定补标准或发放条件不符的案件（{len(found)}件，请核实更正）"
        out.append(Table(found, caption, (subsidy.EXPECTED, subsidy.PAID), word=False))
    return out


# --- notes ------------------------------------------------------------------------------------


@component("note", options=("kind",))
def note(d: YearData, text: str, options: dict) -> list:
    """A source note; with `kind`, only when that ledger was provided."""
    return [Note(text)] if not options.get("kind") or d.provided(options["kind"]) else []


@component("paragraph")
def paragraph(d: YearData, text: str, options: dict) -> list:
    return [Paragraph(text)]


@component("privacy_note", refers="kind")
def privacy_note(d: YearData, kind: str, options: dict) -> list:
    """Says how small counts of a sensitive ledger are shown by village."""
    if not d.has(kind):
        return []
    n = _threshold(d)
    return [Note(f"{d.specs[kind].title}涉及个人信息：按村（社区）统计时少于{n}的数字显示为“<{n}”，合计为准确数。")]


# --- data quality and provenance ----------------------------------------------------------------


@component("evidence")
def evidence(d: YearData, caption: str, options: dict) -> list:
    """The figures the ledgers support only in part or not at all, and why (the rest are complete)."""
    names = {g.name for s in d.specs.values() for g in s.figures if g.publish}
    rows = [
        {"指标": f.title, "状态": STATUS_WORDS[f.status], "原因": f.reason}
        for name, f in d.evidence.items()
        if name in names and f.status != OK and (_kind_provided(d, name) or f.status == STATED)
    ]
    if not rows:
        return [Paragraph("本报告的每个数字都由台账的全部记录算出。")]
    lead = (
        f"有{len(rows)}个数字不是由台账的全部记录算出（原因见下表）；报告中这些数字标明“部分统计”"
        f"“取自统计表”或写作“{NOT_COUNTABLE}”，不以0代替。"
    )
    return [Paragraph(lead), Table(pd.DataFrame(rows), f"表：{caption}", ())]


@component("sources", refers="kinds")
def sources(d: YearData, kinds: list[str], options: dict) -> list:
    """Where each figure of these ledgers comes from (records per file and sheet, how many were left
    out and why), folded under the section: no personal value, only file and sheet names and counts."""
    figures = [(k, g) for k in kinds if d.has(k) for g in d.specs[k].figures if g.publish and g.op != "ratio"]
    if not figures:
        return []
    out = []
    for kind, g in figures:
        # The same records as the 明细 sheet lists (fzlib.indicators.trace), counted, not listed.
        counted, left = trace.places(g, d.specs[kind], d.tables.get(kind), d.excluded.get(kind), d.selected)
        places = "、".join(f"{f}「{sh}」{n}行" for (f, sh), n in counted.items())
        # The count in brackets: a reason ends in a year or row number ("不在2024年"), which a bare count would extend.
        why = "、".join(f"{r}（{n}行）" for r, n in sorted(left.items()))
        figure = d.evidence[g.name]
        value = NOT_COUNTABLE if figure.value is None else fmt.count(figure.value)
        out.append({"指标": figure.title, "数值": value, "来自": places or "—", "未计入": why or "—"})
    summary = "展开：数字来源（文件、工作表、行数，未计入的记录及原因）"
    table = Table(pd.DataFrame(out), "表：数字来源（逐行明细见“指标.xlsx”的“明细”工作表）", ("数值",))
    return [Collapsed(summary, (table,))]


@component("sheets")
def sheets(d: YearData, caption: str, options: dict) -> list:
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
                    # A refused table's records (`unused`) are left out too: every row read has its place.
                    "未计入": sum(s.get("excluded", {}).values()) + s.get("unused", 0),
                    "标题/表头/空白/合计等": sum(s.get("set_aside", {}).values()),
                }
            )
    return [Table(pd.DataFrame(rows), f"表：{caption}")] if rows else []


@component("issues")
def issues(d: YearData, caption: str, options: dict) -> list:
    """The cleaning problems counted by type, with where to find each one."""
    if not len(d.issues):
        return [Paragraph("清洗中未发现任何问题。")]
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
    lead = (
        f"清洗中共发现{fmt.count(int(every['n'].sum()))}项问题。逐项说明（文件、工作表、单元格和修改方法）见 "
        f"data/processed/{d.year}/issues.xlsx：按其中所列位置修改台账原件后重新运行即可。"
    )
    return [Paragraph(lead), Table(counts, f"表：{caption}", ("数量",))]


@component("relations")
def relations_block(d: YearData, caption: str, options: dict) -> list:
    """The declared cross-ledger relations and whether each holds."""
    outcomes = d.outcomes
    failed = [o for o in outcomes if o.holds is False]
    lead = (
        "跨台账核对的各项关系均成立。" if not failed else f"跨台账核对中有{len(failed)}项关系不成立，请按说明核实台账。"
    )
    return [Paragraph(lead), Table(relations.frame(outcomes), f"表：{caption}", ())]


@component("draft_check")
def draft_check(d: YearData, caption: str, options: dict) -> list:
    """The numbers of the draft named in params `draft`, checked against the year's figures."""
    draft = d.params.get("draft")
    if not draft:
        return []
    from fzlib import check, paths

    path = paths.ROOT / draft
    try:
        text = check.read_draft(path)
    except (OSError, check.DraftError) as exc:  # an OSError's text would show the machine's path
        return [Note(f"无法读取报告草稿 {draft}：{exc.strerror if isinstance(exc, OSError) else exc}")]
    claims = check.check_text(text, d.figures)
    frame = check.claims_frame(claims)
    out = [Paragraph(f"报告草稿 {draft} 中共有{len(claims)}处可核对的数字，核对结果如下。")]
    return out + ([Table(frame, f"表：{caption}", ())] if len(frame) else [])


@component("input_files")
def input_files(d: YearData, caption: str, options: dict) -> list:
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
    return [Table(files, f"表：{caption}")]


def _param_text(value) -> str:
    """A parameter's value as a reader writes it: 口头 50、书面（一般 100、疑难 200）; 是/否; a list with 、."""
    if isinstance(value, bool):
        return "是" if value else "否"
    if isinstance(value, dict):
        return "、".join(
            f"{k} {_param_text(v)}" if not isinstance(v, dict) else f"{k}（{_param_text(v)}）" for k, v in value.items()
        )
    if isinstance(value, (list, tuple)):
        return "、".join(_param_text(v) for v in value)
    return str(value)


# Parameters that name raw files or sheets (whose names may hold personal data): shown by their count.
FILE_PARAMS = ("kinds", "exclude", "columns", "hidden_sheets")


@component("params_note")
def params_note(d: YearData, _: Any, options: dict) -> list:
    """The year's parameters, one line each, in words (those naming raw files by their count)."""
    rows = [
        {"参数": k, "取值": f"{len(v)}项" if k in FILE_PARAMS and isinstance(v, (dict, list)) else _param_text(v)}
        for k, v in d.params.items()
        if v not in (None, {}, [])
    ]
    frame = pd.DataFrame(rows).assign(取值=lambda f: f["取值"].map(mask_text))
    return [Table(frame, f"表：参数（params/{d.year}.yaml）", ())]


@component("version_note")
def version_note(d: YearData, _: Any, options: dict) -> list:
    return [Note(f"fzlib 版本：{d.version}")]
