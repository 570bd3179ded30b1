"""The report's sections: each takes a year's data and returns one HTML block for the notebook.

`OUTLINE` is the report's table of contents (id, heading, the sentence under the heading, the section
function, the narrative function); tools/make_notebooks.py writes notebooks/report.ipynb from it and
fzlib.exports collects the narrative of the same sections into the draft text.

Privacy: only counts, categories, villages, offices and document/case numbers are shown, never a
pseudonym, a name or free text. Breakdowns by village of sensitive ledgers (spec `sensitive: true`,
breakdown `small_area`) show counts below params `small_count_threshold` as "<3" and carry no shares
and no charts; totals stay exact. No chart is drawn from a sensitive ledger at all.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Callable

import pandas as pd

from fzlib import blocks, breakdowns, charts, fmt, indicators, narrative, relations, subsidy, targets
from fzlib.issues import CATALOGUE
from fzlib.report import YearData

SAMPLE_NOTE = "示例数据：本报告所用台账为程序生成的虚构示例数据，仅供演示，不代表任何真实情况。"
MISSED = "未达目标"


def title_block(d: YearData) -> blocks.Block:
    p = d.params
    meta = f"{p['county']}{p['town']}" + (f" · {p['report_date']}" if p.get("report_date") else "")
    parts = [f'<header class="fz-title"><h1>{blocks.escape(d.title)}</h1>',
             f'<p class="fz-meta">{blocks.escape(meta)}</p>']
    if p.get("sample"):
        parts.append(f'<div class="fz-callout">{blocks.escape(SAMPLE_NOTE)}</div>')
    parts.append("</header>")
    return blocks.join(*parts)


# --- shared pieces ----------------------------------------------------------------------------

def _paras(paragraphs: list[str]) -> str:
    return blocks.join(*(blocks.para(p) for p in paragraphs))


def _absent(d: YearData, *kinds: str) -> str:
    missing = [d.specs[k].title for k in kinds if not d.has(k)]
    return blocks.note("本年度未提供" + "、".join(missing) + "，相关数字不作统计。") if missing else ""


def _sensitive(d: YearData, kind: str) -> bool:
    return bool(d.specs[kind].sensitive)


def _threshold(d: YearData) -> int:
    return int(d.params.get("small_count_threshold") or 3)


def breakdown_table(d: YearData, name: str, caption: str) -> tuple[str, pd.Series | None]:
    """A declared breakdown as a table (suppressed for sensitive ledgers), and its exact counts."""
    b = breakdowns.BREAKDOWNS[name]
    series = breakdowns.compute(d.tables, name)
    if series is None or not len(series):
        return "", series
    small = b.small_area and _sensitive(d, b.kind)
    table = breakdowns.frame(series, b, shares=not small)
    if small:
        table = breakdowns.suppress(table, [b.count_title], _threshold(d))
    numeric = [b.count_title] + ([] if small else [breakdowns.SHARE])
    return blocks.table(table, caption, numeric=numeric, total=True), series


def breakdown_block(d: YearData, name: str, what: str, chart: str | None = "bar", table: bool = True) -> str:
    """Table and (for non-sensitive ledgers) a chart of one breakdown; `what` names it in captions."""
    b = breakdowns.BREAKDOWNS[name]
    shown, series = breakdown_table(d, name, f"表：{what}")
    if not shown:
        return ""
    shown = shown if table else ""
    if chart is None or _sensitive(d, b.kind) or not series.sum():
        return shown
    labels, values = [str(k) for k in series.index], [int(v) for v in series]
    if chart == "line":
        img = charts.line(labels, {b.count_title: values}, what, unit=b.unit)
    else:
        img = charts.bar(labels, values, what, unit=b.unit, horizontal=len(labels) > 5)
    return blocks.join(shown, blocks.figure(img, f"图：{what}（{b.unit}）"))


def _shown(value, rate: bool) -> str:
    return fmt.pct(value) if rate else fmt.count(value)


def figures_table(d: YearData, rows: list[tuple[str, str]], caption: str) -> str:
    """Key figures with last year's value and the target: (figure key, label) rows."""
    out = []
    for key, label in rows:
        value = d.figures.get(key)
        if value is None:
            continue
        rate = key in indicators.rates(d.specs)
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
    return blocks.table(frame, caption, numeric=[c for c in ("本年", "上年") if c in frame.columns])


# --- 1 概览 -------------------------------------------------------------------------------------

OVERVIEW = [
    ("enforcement.cases", "行政执法案件", "件"),
    ("disputes.screened", "排查矛盾纠纷", "件"),
    ("disputes.resolution_rate", "矛盾纠纷化解成功率", ""),
    ("mediation.cases", "人民调解成功", "件"),
    ("mediation.subsidy_yuan", "以案定补经费", "元"),
    ("petitions.assigned", "上级交办信访事项", "件"),
    ("disclosure.proactive", "主动公开政府信息", "条"),
    ("counsel.opinions", "法律意见书", "件"),
    ("litigation.appearance_rate", "负责人出庭应诉率", ""),
    ("training.exam_coverage", "法宣在线考试参考率", ""),
]


def _figure_card(d: YearData, key: str, label: str, unit: str) -> str:
    value = d.figures.get(key)
    if value is None:
        return ""
    rate = key in indicators.rates(d.specs)
    notes = []
    if d.previous and d.previous.get(key) is not None:
        prev = d.previous[key]
        notes.append(f"上年{_shown(prev, rate)}{unit}，{fmt.versus(value, prev, rate=rate) or '—'}")
    state = targets.missed(d.params, key, value)
    if state is not None:
        notes.append(("未达到" if state else "达到") + f"目标（{targets.goal(d.params, key)}）")
    return blocks.card(label, _shown(value, rate), unit, "；".join(notes),
                       "" if state is None else ("warn" if state else "good"))


def overview(d: YearData) -> blocks.Block:
    items = [_figure_card(d, *item) for item in OVERVIEW]
    lead = (f"卡片下方为{d.year - 1}年的数字及变化；有目标的指标标明是否达到目标（{MISSED}的卡片以黄色标出）。"
            if d.previous else f"没有{d.year - 1}年的数据，本报告不作同比比较。")
    return blocks.join(_paras(narrative.overview(d)), blocks.cards([i for i in items if i]), blocks.note(lead))


# --- 2 行政执法 ---------------------------------------------------------------------------------

def enforcement(d: YearData) -> blocks.Block:
    if not d.has("enforcement"):
        return blocks.join(_absent(d, "enforcement"))
    zero = [g.title for g in d.specs["enforcement"].figures
            if g.where.keys() == {"category"} and d.figures.get(g.name) == 0]
    return blocks.join(
        _paras(narrative.enforcement(d)),
        breakdown_block(d, "enforcement.category", "行政执法案件按类别"),
        blocks.note("本年无以下类别的案件：" + "、".join(zero) + "。") if zero else "",
        breakdown_block(d, "enforcement.month", "行政执法案件按办理月份", chart="line", table=False),
        breakdown_block(d, "enforcement.office", "行政执法案件按执法单位", chart=None),
    )


# --- 3 规范性文件与政务公开 ----------------------------------------------------------------------

def _documents_list(d: YearData) -> str:
    docs = d.tables.get("normative_documents")
    if docs is None or docs.empty:
        return ""
    frame = pd.DataFrame({
        "文件名称": docs["doc_title"], "文号": docs["doc_no"],
        "印发日期": docs["issued_on"].dt.strftime("%Y-%m-%d"), "备案日期": docs["filed_on"].dt.strftime("%Y-%m-%d"),
    })
    return blocks.table(frame.sort_values("印发日期"), "表：本年制定的规范性文件", numeric=[])


def _disclosure_crosstab(d: YearData) -> str:
    t = d.tables.get("disclosure")
    if t is None or t.empty:
        return ""
    cross = pd.crosstab(t["channel"].fillna(breakdowns.UNSPECIFIED), t["disclosure_type"].fillna(breakdowns.UNSPECIFIED),
                        margins=True, margins_name=breakdowns.TOTAL)
    cross = cross.rename_axis(index="公开渠道", columns=None).reset_index()
    return blocks.table(cross, "表：政务公开信息按渠道和类型（条）", total=True)


def documents(d: YearData) -> blocks.Block:
    return blocks.join(
        _paras(narrative.documents(d)),
        _absent(d, "normative_documents", "disclosure"),
        _documents_list(d),
        _disclosure_crosstab(d),
        breakdown_block(d, "disclosure.channel", "政务公开信息按公开渠道"),
    )


# --- 4 矛盾纠纷排查化解与信访 ---------------------------------------------------------------------

def disputes(d: YearData) -> blocks.Block:
    return blocks.join(
        _paras(narrative.disputes(d)),
        _absent(d, "disputes", "petitions"),
        figures_table(d, [("disputes.screened", "排查矛盾纠纷（件）"), ("disputes.resolved", "化解（件）"),
                          ("disputes.resolution_rate", "化解成功率")], "表：矛盾纠纷排查化解"),
        breakdown_block(d, "disputes.status", "矛盾纠纷按化解状态", chart=None),
        breakdown_block(d, "disputes.type", "矛盾纠纷按类型"),
        breakdown_block(d, "disputes.village", "矛盾纠纷按村（社区）"),
        breakdown_table(d, "petitions.source", "表：信访事项按交办单位（件）")[0],
        breakdown_table(d, "petitions.status", "表：信访事项按办理状态（件）")[0],
    )


def _small_note(d: YearData, kind: str) -> str:
    if not d.has(kind):
        return ""
    n = _threshold(d)
    return blocks.note(f"{d.specs[kind].title}涉及个人信息：按村（社区）统计时少于{n}的数字显示为“<{n}”，合计为准确数。")


# --- 5 人民调解与以案定补 -------------------------------------------------------------------------

def _subsidy_blocks(d: YearData) -> str:
    standard = d.params.get("subsidy_standard")
    if not standard:
        return blocks.note("参数文件中未设以案定补标准（subsidy_standard），案补未按标准核对。")
    t = d.tables["mediation"]
    table = subsidy.by_form_and_tier(t, standard)
    money = ["标准（元/件）", "实补（元）", "按标准应补（元）"]
    parts = [blocks.table(table, "表：案补按协议形式和补贴等级", numeric=["案件数（件）", *money], total=True)]
    found = subsidy.problems(t, standard)
    if found.empty:
        parts.append(blocks.note("逐案核对：每件调解成功的案件均按标准补贴，未调解成功的案件均无补贴。"))
    else:
        parts.append(blocks.table(found, f"表：与以案定补标准或发放条件不符的案件（{len(found)}件，请核实更正）",
                                  numeric=["应补（元）", "实补（元）"]))
    return blocks.join(*parts)


def mediation(d: YearData) -> blocks.Block:
    if not d.has("mediation"):
        return blocks.join(_absent(d, "mediation"))
    return blocks.join(
        _paras(narrative.mediation(d)),
        breakdown_block(d, "mediation.form", "调解成功案件按协议形式", chart=None),
        breakdown_block(d, "mediation.type", "调解成功案件按纠纷类型"),
        breakdown_block(d, "mediation.result", "人民调解案件按调解结果", chart=None),
        _subsidy_blocks(d),
    )


# --- 6 平安建设 ---------------------------------------------------------------------------------

def security(d: YearData) -> blocks.Block:
    return blocks.join(
        _paras(narrative.security(d)),
        _absent(d, "security", "fraud_watch"),
        breakdown_table(d, "security.type", "表：平安建设事项按类型（起/份）")[0],
        breakdown_table(d, "security.village", "表：平安建设事项按村（社区）（起/份）")[0],
        _small_note(d, "security"),
        figures_table(d, [("fraud_watch.removed", "核减涉诈高危人员（人）"), ("fraud_watch.remaining", "当前存量（人）"),
                          ("fraud_watch.contacted", "存量中已取得联系（人）")], "表：涉诈高危人员管控（只列人数）"),
    )


# --- 7 公共法律服务 -----------------------------------------------------------------------------

def counsel(d: YearData) -> blocks.Block:
    return blocks.join(
        _paras(narrative.counsel(d)),
        _absent(d, "counsel"),
        breakdown_block(d, "counsel.service", "法律顾问服务按类型"),
        blocks.note("数量按台账“数量”一栏合计，未填数量的记为1。") if d.has("counsel") else "",
    )


# --- 8 行政应诉 ---------------------------------------------------------------------------------

def litigation(d: YearData) -> blocks.Block:
    if not d.has("litigation"):
        return blocks.join(_absent(d, "litigation"))
    return blocks.join(
        _paras(narrative.litigation(d)),
        figures_table(d, [("litigation.cases", "行政诉讼应诉（件次）"), ("litigation.leader_appearances", "主要领导参与应诉（件次）"),
                          ("litigation.appearance_rate", "应诉率")], "表：行政应诉"),
        breakdown_block(d, "litigation.result", "行政诉讼案件按审理结果", chart=None),
    )


# --- 9 学法用法 ---------------------------------------------------------------------------------

def _training_table(d: YearData) -> str:
    t = d.tables["training"]
    audience = t["audience"].astype("string").fillna(breakdowns.UNSPECIFIED)
    g = t.assign(_a=audience).groupby("_a").agg(
        次数=("_a", "size"), 参训人次=("participants", lambda s: int(s.fillna(0).sum())),
        学时=("hours", lambda s: float(s.fillna(0).sum())))
    g = g.sort_values(["次数", "参训人次"], ascending=False).rename_axis("培训对象").reset_index()
    total = pd.DataFrame([{"培训对象": breakdowns.TOTAL, "次数": int(g["次数"].sum()),
                           "参训人次": int(g["参训人次"].sum()), "学时": float(g["学时"].sum())}])
    return blocks.table(pd.concat([g, total], ignore_index=True), "表：学法用法和普法培训按对象", total=True)


def training(d: YearData) -> blocks.Block:
    if not d.has("training"):
        return blocks.join(_absent(d, "training"))
    return blocks.join(
        _paras(narrative.training(d)),
        _training_table(d),
        figures_table(d, [("training.legal_literacy_sessions", "法律明白人培训（次）"),
                          ("training.exam_coverage", "领导干部法宣在线考试参考率")], "表：学法用法主要指标"),
        breakdown_block(d, "training.participants", "参训人次按培训对象"),
    )


# --- 10 数据质量 --------------------------------------------------------------------------------

def _sheets_table(d: YearData) -> str:
    names = {k: s.title for k, s in d.specs.items()}
    rows = []
    for f in d.manifest["files"]:
        for s in f["sheets"]:
            rows.append({
                "文件": f["file"], "工作表": s["sheet"], "台账": names.get(s.get("kind"), "—"),
                "读取行数": s["rows_read"], "保留": s.get("kept", 0), "其中有问题": s.get("flagged", 0),
                "未计入": sum(s.get("excluded", {}).values()),
                "标题/表头/空白/合计等": sum(s.get("set_aside", {}).values()),
            })
    return blocks.table(pd.DataFrame(rows), "表：各台账读取情况（行）") if rows else ""


def _issues_table(d: YearData) -> str:
    if not len(d.issues):
        return blocks.para("清洗中未发现任何问题。")
    counts = d.issues.groupby("code").agg(数量=("code", "size"), 涉及文件=("file", lambda s: "、".join(sorted(set(s.dropna())))))
    counts = counts.reset_index()
    counts.insert(0, "问题", counts["code"].map(lambda c: CATALOGUE[c].label))
    counts.insert(1, "级别", counts["code"].map(lambda c: CATALOGUE[c].level))
    counts = counts.rename(columns={"code": "代码"}).sort_values(["级别", "数量"], ascending=[True, False])
    return blocks.join(
        blocks.para(f"清洗中共发现{fmt.count(len(d.issues))}项问题。逐项说明（文件、工作表、单元格和修改方法）见 "
                    f"data/processed/{d.year}/issues.xlsx：按其中所列位置修改台账原件后重新运行即可。"),
        blocks.table(counts, "表：问题按类型统计", numeric=["数量"]))


def _relations_block(d: YearData) -> str:
    outcomes = relations.evaluate(d.tables, d.figures, d.params)
    failed = [o for o in outcomes if o.holds is False]
    lead = ("跨台账核对的各项关系均成立。" if not failed else
            f"跨台账核对中有{len(failed)}项关系不成立，请按说明核实台账。")
    return blocks.join(blocks.para(lead), blocks.table(relations.frame(outcomes), "表：跨台账核对", numeric=[]))


def _draft_block(d: YearData) -> str:
    draft = d.params.get("draft")
    if not draft:
        return ""
    from fzlib import check, paths

    path = paths.ROOT / draft
    try:
        text = check.read_draft(path)
    except (OSError, check.DraftError) as exc:
        return blocks.note(f"无法读取报告草稿 {draft}：{exc}")
    claims = check.check_text(text, d.figures)
    frame = check.claims_frame(claims)
    return blocks.join(
        blocks.para(f"报告草稿 {draft} 中共有{len(claims)}处可核对的数字，核对结果如下。"),
        blocks.table(frame, "表：报告草稿数字核对", numeric=[]) if len(frame) else "")


def data_quality(d: YearData) -> blocks.Block:
    """Per ledger file and sheet: rows read, kept, flagged, excluded, set aside; issues by code; cross checks."""
    return blocks.join(
        blocks.para("每个台账文件的每一行都有去向：保留计入统计、因错误/跨年/重复未计入，"
                    "或作为标题、表头、空白、合计行搁置。下表逐表列出。"),
        _sheets_table(d),
        _issues_table(d),
        _relations_block(d),
        _draft_block(d),
    )


def provenance(d: YearData) -> blocks.Block:
    """Where the figures come from: every input file with its SHA-256, the params, fzlib's version."""
    names = {k: s.title for k, s in d.specs.items()}
    files = pd.DataFrame([
        {"文件": f["file"],
         "台账": "、".join(dict.fromkeys(names.get(s.get("kind"), "—") for s in f["sheets"])) or "—",
         "SHA-256": f["sha256"]}
        for f in d.manifest["files"]])
    params = "；".join(f"{k}={v}" for k, v in d.params.items() if v not in (None, {}, []))
    return blocks.join(
        blocks.para("任何人都可以用同一批台账文件（以 SHA-256 核对是否为同一文件）、同一参数和同一版本的 fzlib "
                    "重新生成本报告，得到逐字节相同的结果。"),
        blocks.table(files, "表：输入文件"),
        blocks.note(f"参数（params/{d.year}.yaml）：{params}"),
        blocks.note(f"fzlib 版本：{d.version}"),
    )


# --- the outline ------------------------------------------------------------------------------

@dataclass(frozen=True)
class Section:
    id: str
    heading: str
    lead: str                                   # the sentence under the heading (notebook markdown)
    block: Callable[[YearData], blocks.Block]   # the section's HTML
    text: Callable[[YearData], list[str]] | None  # its paragraphs for the draft text (None: not in it)


OUTLINE: list[Section] = [
    Section("overview", "一、概览", "本年度各项工作的主要数字；卡片下方为与上年相比的变化和目标完成情况。",
            overview, narrative.overview),
    Section("enforcement", "二、行政执法", "行政执法案件按案件编号去重计数，按作出决定的日期归入年度。",
            enforcement, narrative.enforcement),
    Section("documents", "三、规范性文件与政务公开", "本年制定的规范性文件，以及按渠道和类型统计的政务公开信息。",
            documents, narrative.documents),
    Section("disputes", "四、矛盾纠纷排查化解与信访", "矛盾纠纷的排查、化解和化解成功率，以及上级交办信访事项的办理情况。",
            disputes, narrative.disputes),
    Section("mediation", "五、人民调解与以案定补", "调解成功的案件按协议形式和纠纷类型统计，案补逐案对照以案定补标准核对。",
            mediation, narrative.mediation),
    Section("security", "六、平安建设", "家暴告诫、治安案件和涉诈高危人员管控；涉及个人的台账只列数量。",
            security, narrative.security),
    Section("counsel", "七、公共法律服务", "法律顾问提供的各类服务和法律明白人培训。",
            counsel, narrative.counsel),
    Section("litigation", "八、行政应诉", "涉政府行政诉讼案件和负责人出庭应诉情况。",
            litigation, narrative.litigation),
    Section("training", "九、学法用法", "学法用法和普法培训的次数、参训人次和法宣在线考试参考率。",
            training, narrative.training),
    Section("quality", "十、数据质量", "本报告的数字全部由台账自动计算。本节说明每个台账读取了多少行、哪些行未计入及原因，以及跨台账核对的结果。",
            data_quality, None),
    Section("provenance", "附录：数据来源", "本报告使用的全部输入文件、参数和程序版本。", provenance, None),
]
