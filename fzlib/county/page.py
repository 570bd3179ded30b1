"""The county report as one self-contained HTML page in the town report's style: county totals, rankings of rates, every figure by town, each town's data status.

Built directly from the county's figures (no notebook): the report's building blocks
(fzlib.report.blocks, all text escaped there), its charts (inline SVG) and style sheet, and the
embedded subset of the CJK font for exactly the page's characters (fzlib.report.font), so it opens
on any phone or computer without a network and without Chinese fonts installed. Same figures,
same bytes.
"""

from __future__ import annotations

import html

import pandas as pd

from fzlib import fmt
from fzlib.county.rollup import County
from fzlib.indicators import targets
from fzlib.indicators.figures import PARTIAL, STATUS_WORDS, UNAVAILABLE
from fzlib.report import blocks, charts
from fzlib.report.components import SAMPLE_NOTE
from fzlib.report.font import font_face
from fzlib.report.html import FONT_FACE_PLACEHOLDER, STYLE_CSS
from fzlib.spec import load_specs

NOT_COUNTABLE = STATUS_WORDS[UNAVAILABLE]
MAX_CHART_TOWNS = 40  # a ranking chart of more towns is unreadable: the table alone says it all
PARTIAL_MARK = "*"
HEADINGS = ("一、概况", "二、全县合计", "三、比率排名", "四、各乡镇指标", "五、各乡镇数据状况", "六、说明")


def title(county_name: str, year: int) -> str:
    return f"{county_name}{year}年各乡镇法治政府建设指标汇总"


def shown(value, rate: bool) -> str:
    """A figure as the page shows it: 1,234 / 96.3% / 无法统计."""
    if value is None:
        return NOT_COUNTABLE
    if rate:
        return fmt.pct(value)
    return fmt.count(value) if float(value).is_integer() else f"{value:,.2f}"


def short(figure_title: str) -> str:
    """A column heading: the figure's title without its unit (化解（件） → 化解)."""
    return figure_title.split("（")[0]


def _anchor(heading: str) -> str:
    return "s" + str(HEADINGS.index(heading) + 1)


def _h2(heading: str) -> str:
    return f'<h2 id="{_anchor(heading)}">{html.escape(heading)}</h2>'


def draft_note(towns: list[str], errors: int) -> str:
    return (
        f"草稿：{len(towns)}个乡镇的台账中还有共{errors}项“错误”未处理（{'、'.join(towns[:5])}"
        f"{'等' if len(towns) > 5 else ''}），相关数字可能不完整或无法统计。请各乡镇按问题清单修改台账后重新汇总。"
    )


def header(county: County, params: dict) -> str:
    errors = [t for t in county.towns if county.status[t].errors]
    meta = f"{params['county']}依法治县办 · {len(county.towns)}个乡镇" + (
        f" · {params['report_date']}" if params.get("report_date") else ""
    )
    parts = [
        f'<header class="fz-title"><h1>{html.escape(title(params["county"], county.year))}</h1>',
        f'<p class="fz-meta">{html.escape(meta)}</p>',
    ]
    if errors:
        total = sum(county.status[t].errors for t in errors)
        parts.append(f'<div class="fz-callout fz-draft">{html.escape(draft_note(errors, total))}</div>')
    if params.get("sample"):
        parts.append(f'<div class="fz-callout">{html.escape(SAMPLE_NOTE)}</div>')
    parts.append("</header>")
    toc = "".join(f'<li><a href="#{_anchor(h)}">{html.escape(h)}</a></li>' for h in HEADINGS)
    return "".join(parts) + f'<nav class="fz-toc"><ol>{toc}</ol></nav>'


def overview(county: County) -> str:
    statuses = [county.status[t] for t in county.towns]
    complete = sum(s.complete for s in statuses)
    with_errors = sum(bool(s.errors) for s in statuses)
    countable = sum(county.totals[n].value is not None for n in county.published)
    failed = [s.town for s in statuses if s.problem or s.failed_files]
    items = [
        blocks.card("乡镇", fmt.count(len(county.towns)), "个"),
        blocks.card("数据完整的乡镇", fmt.count(complete), "个", "台账齐全、文件均可用、无错误、指标均可统计"),
        blocks.card(
            "台账中仍有错误的乡镇", fmt.count(with_errors), "个", "见第五部分", "warn" if with_errors else "good"
        ),
        blocks.card(
            "可统计的全县指标",
            f"{countable}/{len(county.published)}",
            "项",
            "某乡镇无法统计的指标，全县合计也不统计",
            "" if countable == len(county.published) else "partial",
        ),
    ]
    parts = [_h2(HEADINGS[0]), blocks.cards(items)]
    if failed:
        parts.append(
            blocks.para(
                f"{'、'.join(failed)}有文件无法使用或未能处理，其数字不完整，详见第五部分。", "fz-callout fz-draft"
            )
        )
    return "".join(parts)


def totals_table(county: County, specs) -> str:
    rates = set(county.rates)
    rows = []
    for name in county.published:
        f = county.totals[name]
        why = f"{STATUS_WORDS[f.status]}：{f.reason}" if f.reason else ""
        rows.append([f.title, shown(f.value, name in rates), why])
    frame = pd.DataFrame(rows, columns=["指标", "全县", "说明"])
    note = blocks.note(
        "全县合计为各乡镇之和；比率由全县合计的分子、分母重新计算，不是各乡镇比率的平均数。"
        "任一乡镇无法统计的指标，全县合计不作统计（说明中列出这些乡镇），以免把不完整的合计当作全县数字。"
    )
    return _h2(HEADINGS[1]) + blocks.table(frame, numeric=["全县"]) + note


def _rate_chart(ranked: list[tuple[int, str, float]], caption: str) -> str:
    import matplotlib.pyplot as plt

    charts.setup_fonts()
    labels = [town for _, town, _ in ranked]
    values = [value * 100 for _, _, value in ranked]
    fig, ax = plt.subplots(figsize=(6.4, max(2.6, 0.32 * len(labels) + 1)))
    bars = ax.barh(range(len(labels)), values, color=charts.PALETTE[0])
    ax.set_yticks(list(range(len(labels))), labels)
    ax.invert_yaxis()
    ax.set_xlabel("%")
    ax.set_xlim(0, max(100.0, max(values) * 1.08))
    ax.bar_label(bars, labels=[fmt.pct(v / 100) for v in values], padding=2, fontsize=9)
    ax.set_title(caption, fontsize=12)
    return blocks.figure(charts.to_svg(fig, caption), caption)


def rankings(county: County, params: dict) -> str:
    parts = [_h2(HEADINGS[2])]
    if not county.rates:
        return parts[0] + blocks.note("没有声明为比率的指标。")
    for name in county.rates:
        figure = county.totals[name]
        ranked = county.ranking(name)
        num, den = county.parts[name]
        parts.append(f"<h3>{html.escape(figure.title)}</h3>")
        total = shown(figure.value, True)
        goal = targets.goal(params, name)
        parts.append(
            blocks.para(
                f"全县{figure.title}{total}" + (f"（目标{goal}）" if goal else "") + f"；{len(ranked)}个乡镇参与排名。"
            )
        )
        if ranked and len(ranked) <= MAX_CHART_TOWNS:
            parts.append(_rate_chart(ranked, f"各乡镇{figure.title}"))
        rows = []
        for rank, town, value in ranked:
            e = county.evidence[town]
            state = targets.missed(params, name, value)
            rows.append(
                [
                    rank,
                    town,
                    shown(value, True) + (PARTIAL_MARK if e[name].status == PARTIAL else ""),
                    shown(e[num].value, False),
                    shown(e[den].value, False),
                    "" if state is None else ("未达到" if state else "达到"),
                ]
            )
        columns = [
            "名次",
            "乡镇",
            short(figure.title),
            short(county.totals[num].title),
            short(county.totals[den].title),
        ]
        frame = pd.DataFrame(rows, columns=[*columns, "目标"])
        if not goal:
            frame = frame.drop(columns="目标")
        if rows:
            parts.append(blocks.table(frame, numeric=columns[2:]))
        left_out = county.unranked(name)
        if left_out:
            reasons = "；".join(f"{t}：{county.evidence[t][name].reason}" for t in left_out[:10])
            more = f"等{len(left_out)}个乡镇" if len(left_out) > 10 else ""
            parts.append(blocks.note(f"未参与排名（无法统计）：{reasons}{more}。"))
    return "".join(parts)


def by_town(county: County, specs) -> str:
    parts = [
        _h2(HEADINGS[3]),
        blocks.note(f"“—”表示无法统计（原因见第五部分和指标汇总表），“{PARTIAL_MARK}”表示部分统计；表末为全县合计。"),
    ]
    rates = set(county.rates)
    published = set(county.published)
    for spec in specs.values():
        names = [g.name for g in spec.figures if g.name in published]
        if not names:
            continue
        columns = ["乡镇", *(short(county.totals[n].title) for n in names)]
        rows = []
        for town in county.towns:
            e = county.evidence[town]
            rows.append([town, *(_cell(e[n], n in rates) for n in names)])
        rows.append(["全县", *(_cell(county.totals[n], n in rates) for n in names)])
        frame = pd.DataFrame(rows, columns=columns)
        parts.append(f"<h3>{html.escape(spec.title)}</h3>")
        parts.append(blocks.table(frame, numeric=columns[1:], total=True))
    return "".join(parts)


def _cell(figure, rate: bool) -> str:
    if figure.value is None:
        return "—"
    return shown(figure.value, rate) + (PARTIAL_MARK if figure.status == PARTIAL else "")


def status_table(county: County) -> str:
    rows = []
    for town in county.towns:
        s = county.status[town]
        if s.problem:
            rows.append([town, "—", "—", "—", "—", s.problem, "—"])
            continue
        rows.append(
            [
                town,
                f"{s.provided}/{s.declared}",
                "、".join(s.missing) or "无",
                "、".join(s.failed_files) or "无",
                fmt.count(s.errors),
                "、".join(s.unavailable) or "无",
                "、".join(s.partial) or "无",
            ]
        )
    frame = pd.DataFrame(
        rows, columns=["乡镇", "台账", "未提供的台账", "无法使用的文件", "错误", "无法统计的指标", "部分统计的指标"]
    )
    note = blocks.note(
        "“台账”为已提供的台账种数/应有种数；“错误”为该乡镇问题清单中未处理的错误（见其 processed/issues.xlsx，"
        "逐条列出文件、工作表、单元格和改法）。请各乡镇改正台账后重新汇总。"
    )
    return _h2(HEADINGS[4]) + blocks.table(frame, numeric=["错误"]) + note


def explanation(county: County) -> str:
    lines = [
        "各乡镇的数字由其台账经同一程序清洗、统计得出，与该乡镇单独运行 clean 和 indicators 的结果相同。",
        "数字后的“*”表示部分统计：有记录因所需的值无法识别而未计入，原因见各乡镇问题清单。",
        "“无法统计”表示台账不足以支持该数字（未提供台账、文件或工作表无法使用、缺少所需的列、无法识别的记录过多、比率的分母为0），"
        "不以0代替；0表示台账已读取但没有符合条件的记录。",
        "比率排名只在该比率可统计的乡镇之间进行，比率相同的名次相同。",
    ]
    return _h2(HEADINGS[5]) + "".join(blocks.para(line) for line in lines)


def html_bytes(county: County, params: dict) -> bytes:
    """The county report page: deterministic, self-contained, in the report's style."""
    specs = load_specs()
    page_title = title(params["county"], county.year)
    body = "".join(
        [
            header(county, params),
            overview(county),
            totals_table(county, specs),
            rankings(county, params),
            by_town(county, specs),
            status_table(county),
            explanation(county),
        ]
    )
    css = STYLE_CSS.read_text(encoding="utf-8")
    head = (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        f"<title>{html.escape(page_title)}</title>\n"
    )
    page = (
        f"{head}<style>\n{FONT_FACE_PLACEHOLDER}\n{css}\n</style>\n</head>\n"
        f'<body class="fz-report">\n<main>\n{body}\n</main>\n</body>\n</html>\n'
    )
    return page.replace(FONT_FACE_PLACEHOLDER, font_face(page), 1).encode("utf-8")
