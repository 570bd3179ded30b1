"""The report's sections: each takes a year's data and returns one HTML block for the notebook."""

from __future__ import annotations

import pandas as pd

from fzlib import blocks, charts, fmt, narrative
from fzlib.issues import CATALOGUE
from fzlib.report import YearData

SAMPLE_NOTE = "示例数据：本报告所用台账为程序生成的虚构示例数据，仅供演示，不代表任何真实情况。"


def title_block(d: YearData) -> blocks.Block:
    p = d.params
    meta = f"{p['county']}{p['town']}" + (f" · {p['report_date']}" if p.get("report_date") else "")
    parts = [f'<header class="fz-title"><h1>{blocks.escape(d.title)}</h1>',
             f'<p class="fz-meta">{blocks.escape(meta)}</p>']
    if p.get("sample"):
        parts.append(f'<div class="fz-callout">{blocks.escape(SAMPLE_NOTE)}</div>')
    parts.append("</header>")
    return blocks.join(*parts)


def _figure_card(d: YearData, key: str, label: str, unit: str) -> str:
    value = d.figures.get(key)
    if value is None:
        return ""
    rate = isinstance(value, float) and key.endswith(("rate", "coverage"))
    shown = fmt.pct(value) if rate else fmt.count(value)
    note = ""
    if d.previous and d.previous.get(key) is not None and not rate:
        note = fmt.change(value, d.previous[key]) or ""
    target = d.params.get("targets", {}).get(key)
    state = ""
    if target:
        missed = ("min" in target and value < target["min"]) or ("max" in target and value > target["max"])
        state = "warn" if missed else "good"
        goal = fmt.pct(target["min"]) if "min" in target else fmt.pct(target["max"])
        note = (note + "；" if note else "") + ("未达目标" if missed else "达到目标") + f"（{goal}）"
    return blocks.card(label, shown, "" if rate else unit, note, state)


OVERVIEW = [
    ("enforcement.cases", "行政执法案件", "件"),
    ("disputes.screened", "排查矛盾纠纷", "件"),
    ("disputes.resolution_rate", "矛盾纠纷化解率", ""),
    ("mediation.cases", "人民调解成功", "件"),
    ("mediation.subsidy_yuan", "以案定补经费", "元"),
    ("counsel.opinions", "法律意见书", "件"),
    ("litigation.appearance_rate", "负责人出庭应诉率", ""),
    ("disclosure.proactive", "主动公开信息", "条"),
]


def overview(d: YearData) -> blocks.Block:
    items = [_figure_card(d, *item) for item in OVERVIEW]
    lead = (f"与{d.year - 1}年相比的变化见各卡片下方。" if d.previous
            else f"没有{d.year - 1}年的数据，本报告不作同比比较。")
    return blocks.join(blocks.cards([i for i in items if i]), blocks.note(lead))


def _category_parts(d: YearData, kind: str, field: str, figure_prefix: str) -> list[tuple[str, int]]:
    """(category, count) for every category figure of a kind, in the vocabulary's order."""
    spec = d.specs[kind]
    parts = []
    for g in spec.figures:
        if g.where.keys() == {field} and g.name.startswith(figure_prefix) and g.name in d.figures:
            parts.append((g.where[field], d.figures[g.name]))
    return parts


def enforcement(d: YearData) -> blocks.Block:
    if not d.has("enforcement"):
        return blocks.join(blocks.note(f"本年度未提供行政执法案件台账。"))
    total = d.figures["enforcement.cases"]
    parts = sorted(_category_parts(d, "enforcement", "category", "enforcement."), key=lambda p: -p[1])
    nonzero = [(name, n) for name, n in parts if n]
    shares = fmt.shares([n for _, n in nonzero])
    rows = [(name, n, f"{s:.1f}%") for (name, n), s in zip(nonzero, shares)]
    rows.append(("合计", sum(n for _, n in nonzero), "100.0%" if nonzero else "—"))
    table = pd.DataFrame(rows, columns=["执法类别", "案件数（件）", "占比"])
    zero = [name for name, n in parts if not n]
    cases = d.tables["enforcement"].drop_duplicates("case_no")
    by_month = cases["decided_on"].dt.month.value_counts().reindex(range(1, 13), fill_value=0)
    by_office = (cases["office"].fillna("（未填写）").value_counts().rename_axis("执法单位")
                 .reset_index(name="案件数（件）"))
    return blocks.join(
        blocks.para(narrative.enforcement(d.year, total, nonzero)),
        blocks.table(table, "表：行政执法案件按类别", numeric=["案件数（件）", "占比"], total=True),
        blocks.note("本年无以下类别的案件：" + "、".join(zero) + "。") if zero else "",
        blocks.figure(charts.bar([n for n, _ in nonzero], [v for _, v in nonzero], "行政执法案件按类别"),
                      "图：行政执法案件按类别（件）"),
        blocks.figure(charts.line([f"{m}月" for m in range(1, 13)], {"案件数": by_month.tolist()},
                                  "行政执法案件按月份"), "图：行政执法案件按办理月份（件）"),
        blocks.table(by_office, "表：行政执法案件按执法单位", numeric=["案件数（件）"]),
    )


def data_quality(d: YearData) -> blocks.Block:
    """Per ledger file and sheet: rows read, kept, flagged, excluded, set aside; issues by code."""
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
    sheets = pd.DataFrame(rows)
    parts = [blocks.para("每个台账文件的每一行都有去向：保留计入统计、因错误/跨年/重复未计入，"
                         "或作为标题、表头、空白、合计行搁置。下表逐表列出。"),
             blocks.table(sheets, "表：各台账读取情况（行）")]
    if len(d.issues):
        counts = (d.issues.groupby(["code"]).size().rename("数量").reset_index())
        counts.insert(0, "问题", counts["code"].map(lambda c: CATALOGUE[c].label))
        counts.insert(1, "级别", counts["code"].map(lambda c: CATALOGUE[c].level))
        counts = counts.rename(columns={"code": "代码"}).sort_values(["级别", "数量"], ascending=[True, False])
        parts += [blocks.para(f"清洗中共发现 {len(d.issues)} 项问题，逐项说明（含文件、工作表、单元格和修改方法）"
                              f"见 data/processed/{d.year}/issues.xlsx。"),
                  blocks.table(counts, "表：问题按类型统计", numeric=["数量"])]
    else:
        parts.append(blocks.para("清洗中未发现任何问题。"))
    return blocks.join(*parts)
