"""The county report: its sections as the report's pieces (one content for both formats), rendered as a self-contained HTML page and as an official Word document.

The pieces are those of the town report (fzlib.report.pieces: paragraphs, tables, charts, cards,
notes): fzlib.report.blocks turns them into the page's HTML, with the report's style sheet and the
embedded subset of the CJK font for exactly the page's characters (fzlib.report.font), so the page
opens on any phone or computer without a network or Chinese fonts; fzlib.report.document lays the
same pieces out as an official document (GB/T 9704), with the project's Word template when params
name one. The page has every town's figures; the Word document, meant to be read and filed, has
the county totals, the rankings and the towns whose data are incomplete (with more than
WORD_ALL_TOWNS towns, the ten best and ten last of each ranking), and refers to the workbook for
the rest. Same county, same bytes.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from datetime import datetime
from types import SimpleNamespace

import pandas as pd

from fzlib import fmt
from fzlib.county.rollup import County, name_towns
from fzlib.indicators import targets
from fzlib.indicators.figures import PARTIAL, STATED, STATUS_WORDS, UNAVAILABLE
from fzlib.outputs import own_output
from fzlib.report import blocks
from fzlib.report.exports import figure_units, titled_with_unit
from fzlib.report.pieces import Card, Cards, Chart, Highlights, Note, Paragraph, Subheading, Table
from fzlib.spec import load_specs

NOT_COUNTABLE = STATUS_WORDS[UNAVAILABLE]
PARTIAL_MARK = "*"
MAX_CHART_TOWNS = 40  # a ranking chart of more towns is unreadable: the table says it all
WORD_ALL_TOWNS = 100  # beyond this, the Word document lists the ends of each ranking only
WORD_RANKING_ENDS = 10
NUMERALS = "一二三四五六七八九十"


@dataclass(frozen=True)
class Section:
    id: str
    heading: str


def title(county_name: str, year: int) -> str:
    return f"{county_name}{year}年各乡镇法治政府建设指标汇总"


def issuer(params: dict) -> str:
    return f"{params['county']}依法治县办"


def report_date(params: dict, year: int) -> datetime:
    """The date the county files carry: params report_date (never the clock), else the year's last day."""
    raw = params.get("report_date")
    return datetime.fromisoformat(str(raw)) if raw else datetime(year, 12, 31)


def shown(value, rate: bool) -> str:
    """A figure as the report shows it: 1,234 / 96.3% / 无法统计."""
    if value is None:
        return NOT_COUNTABLE
    if rate:
        return fmt.pct(value)
    return fmt.count(value) if float(value).is_integer() else f"{value:,.2f}"


def short(figure_title: str) -> str:
    """A column heading: the figure's title without its unit (化解（件） → 化解)."""
    return figure_title.split("（")[0]


def draft_note(county: County) -> str | None:
    towns = [t for t in county.towns if county.status[t].errors]
    if not towns:
        return None
    errors = sum(county.status[t].errors for t in towns)
    return (
        f"草稿：{name_towns(towns)}的台账中还有共{errors}项“错误”未处理，相关数字可能不完整或无法统计。"
        "请各乡镇按问题清单修改台账后重新汇总。"
    )


def notes(county: County, params: dict) -> list[str]:
    """What goes under the title: 草稿 while errors are open, 示例数据 for illustrative ledgers."""
    from fzlib.report.components import SAMPLE_NOTE

    return [n for n in (draft_note(county), SAMPLE_NOTE if params.get("sample") else None) if n]


# --- the sections -------------------------------------------------------------------------------


def highlights(county: County, params: dict) -> list:
    statuses = [county.status[t] for t in county.towns]
    complete = sum(s.complete for s in statuses)
    items = [f"{len(county.towns)}个乡镇，数据完整的{complete}个。"]
    for name in county.rates:
        ranked = county.ranking(name)
        figure = county.totals[name]
        text = f"全县{figure.title}{shown(figure.value, True)}"
        goal = targets.goal(params, name)
        if goal:
            missed = sum(bool(targets.missed(params, name, v)) for _, _, v in ranked)
            text += f"（目标{goal}，{missed}个乡镇未达到）"
        if len(ranked) > 1 and ranked[0][2] == ranked[-1][2]:
            text += f"；参与排名的{len(ranked)}个乡镇均为{shown(ranked[0][2], True)}"
        elif len(ranked) > 1:
            text += f"；最高{ranked[0][1]}{shown(ranked[0][2], True)}，最低{ranked[-1][1]}{shown(ranked[-1][2], True)}"
        items.append(text + "。")
    unavailable = [short(county.totals[n].title) for n in county.published if county.totals[n].value is None]
    if unavailable:
        items.append(
            f"{len(unavailable)}项全县指标无法统计（{'、'.join(unavailable[:5])}{'等' if len(unavailable) > 5 else ''}），原因见全县合计表。"
        )
    return [Highlights(tuple(items))]


def overview(county: County) -> list:
    statuses = [county.status[t] for t in county.towns]
    complete = sum(s.complete for s in statuses)
    with_errors = sum(bool(s.errors) for s in statuses)
    countable = sum(county.totals[n].value is not None for n in county.published)
    failed = [s.town for s in statuses if s.problem or s.failed_files]
    cards = (
        Card("乡镇", fmt.count(len(county.towns)), "个"),
        Card("数据完整的乡镇", fmt.count(complete), "个", "台账齐全、文件均可用、无错误、指标均可统计"),
        Card(
            "台账中仍有错误的乡镇", fmt.count(with_errors), "个", "见各乡镇数据状况", "warn" if with_errors else "good"
        ),
        Card(
            "可统计的全县指标",
            f"{countable}/{len(county.published)}",
            "项",
            "某乡镇无法统计的指标，全县合计也不统计",
            "" if countable == len(county.published) else "partial",
        ),
    )
    rows = (("项目", "数量"), *((c.label, f"{c.value}{c.unit}") for c in cards))
    out: list = [
        Paragraph(
            f"全县{len(county.towns)}个乡镇的{county.year}年法治政府建设台账经同一程序清洗、统计，"
            f"各乡镇的数字与其单独统计的结果相同。其中{complete}个乡镇台账齐全、文件均可使用、"
            "没有未处理的错误、指标均可统计；其余乡镇的情况见各乡镇数据状况。"
        ),
        Cards(cards, rows=rows),
    ]
    if failed:
        out.append(Paragraph(f"{name_towns(failed)}有文件无法使用或未能处理，其数字不完整，详见各乡镇数据状况。"))
    return out


def totals(county: County) -> list:
    rates = set(county.rates)
    rows = []
    for name in county.published:
        f = county.totals[name]
        rows.append(
            [f.title, shown(f.value, name in rates), f"{STATUS_WORDS[f.status]}：{f.reason}" if f.reason else ""]
        )
    frame = pd.DataFrame(rows, columns=["指标", "全县", "说明"])
    if not frame["说明"].any():
        frame = frame.drop(columns="说明")
    return [
        Table(frame, f"表：{county.year}年全县合计", numeric=("全县",)),
        Note(
            "全县合计为各乡镇之和；比率由全县合计的分子、分母重新计算，不是各乡镇比率的平均数。"
            "任一乡镇无法统计的指标，全县合计不作统计（说明中列出这些乡镇），以免把不完整的合计当作全县数字。"
        ),
    ]


def rankings(county: County, params: dict, word: bool) -> list:
    """Per rate: the county's value, a chart and a table of the towns that have it, and who is left out."""
    if not county.rates:
        return [Note("没有声明为比率的指标。")]
    out: list = []
    ends = word and len(county.towns) > WORD_ALL_TOWNS  # Word: the two ends of a long ranking
    for i, name in enumerate(county.rates):
        figure = county.totals[name]
        ranked = county.ranking(name)
        num, den = county.parts[name]
        goal = targets.goal(params, name)
        left_out = county.unranked(name)
        out.append(Subheading(figure.title, f"（{NUMERALS[i % 10]}）"))
        out.append(
            Paragraph(
                f"全县{figure.title}{shown(figure.value, True)}"
                + (f"（目标{goal}）" if goal else "")
                + f"，{len(ranked)}个乡镇参与排名"
                + (f"，{len(left_out)}个乡镇无法统计、未参与排名" if left_out else "")
                + "。"
            )
        )
        if ranked and len(ranked) <= MAX_CHART_TOWNS and not word:  # Word: the table says it
            out.append(
                Chart(
                    "bar",
                    tuple(t for _, t, _ in ranked),
                    tuple(round(v * 100, 1) for _, _, v in ranked),
                    f"各乡镇{figure.title}",
                    "%",
                    f"图：各乡镇{figure.title}（%）",
                )
            )
        if ranked:
            frame = _ranking_frame(county, params, name, ranked, num, den, goal)
            caption = f"表：各乡镇{figure.title}排名"
            if ends:
                frame = pd.concat([frame.head(WORD_RANKING_ENDS), frame.tail(WORD_RANKING_ENDS)]).drop_duplicates()
                caption += f"（前{WORD_RANKING_ENDS}名和后{WORD_RANKING_ENDS}名，完整排名见汇总表）"
            out.append(Table(frame, caption, numeric=tuple(frame.columns[2:4])))
        if left_out:
            reasons = "；".join(f"{t}：{county.evidence[t][name].reason}" for t in left_out[:10])
            more = f"等{len(left_out)}个乡镇" if len(left_out) > 10 else ""
            out.append(Note(f"未参与排名（无法统计）：{reasons}{more}。"))
    return out


def _ranking_frame(county: County, params: dict, name: str, ranked, num: str, den: str, goal: str) -> pd.DataFrame:
    """名次, 乡镇, 比率, 分子/分母 (and 目标 when the year sets one): narrow enough for a phone."""
    rows = []
    for rank, town, value in ranked:
        e = county.evidence[town]
        state = targets.missed(params, name, value)
        rows.append(
            [
                rank,
                town,
                shown(value, True) + (PARTIAL_MARK if e[name].status in (PARTIAL, STATED) else ""),
                f"{shown(e[num].value, False)}/{shown(e[den].value, False)}",
                "" if state is None else ("未达到" if state else "达到"),
            ]
        )
    parts = f"{short(county.totals[num].title)}/{short(county.totals[den].title)}"
    frame = pd.DataFrame(rows, columns=["名次", "乡镇", "比率", parts, "目标"])
    return frame if goal else frame.drop(columns="目标")


def by_town(county: County, specs, word: bool) -> list:
    """Every published figure of every town, one table per ledger, the county total last (the Word
    document refers to the workbook instead)."""
    if word:
        return [Paragraph("各乡镇分项指标见汇总表（.xlsx）的“各乡镇指标”工作表。")]
    out: list = [
        Note(
            f"“—”表示无法统计（原因见各乡镇数据状况和汇总表），“{PARTIAL_MARK}”表示部分统计或取自统计表；每表末行为全县合计。"
        )
    ]
    rates = set(county.rates)
    published = set(county.published)
    units = figure_units(specs)
    for spec in specs.values():
        names = [g.name for g in spec.figures if g.name in published]
        if not names:
            continue
        # Each column says its unit: a sub-item (行政许可, 已化解) had none, and 家暴告诫书 counts 份 beside cases' 起.
        columns = ["乡镇", *(titled_with_unit(short(county.totals[n].title), units.get(n, "")) for n in names)]
        rows = [[town, *(_cell(county.evidence[town][n], n in rates) for n in names)] for town in county.towns]
        rows.append(["全县", *(_cell(county.totals[n], n in rates) for n in names)])
        frame = pd.DataFrame(rows, columns=columns)
        out.append(Table(frame, f"表：{spec.title}", numeric=tuple(columns[1:]), total=True))
    return out


def _cell(figure, rate: bool) -> str:
    if figure.value is None:
        return "—"
    return shown(figure.value, rate) + (PARTIAL_MARK if figure.status in (PARTIAL, STATED) else "")


def status(county: County, word: bool) -> list:
    """Each town's data status: the page lists every town, the Word document those with a problem."""
    columns = ["乡镇", "台账", "未提供的台账", "无法使用的文件", "错误", "无法统计的指标"]
    rows, troubled = [], []
    for town in county.towns:
        s = county.status[town]
        if s.problem:
            row = [town, "未能处理", "—", "—", "—", s.problem]
        else:
            row = [
                town,
                f"{s.provided}/{s.declared}",
                "、".join(s.missing) or "无",
                "、".join(s.failed_files) or "无",
                fmt.count(s.errors),
                "、".join(s.unavailable) or "无",
            ]
        rows.append(row)
        if not s.complete:
            troubled.append(row)
    out: list = [
        Paragraph(
            f"数据完整的乡镇{len(county.towns) - len(troubled)}个，数据不完整的{len(troubled)}个。"
            + (
                "数据不完整的乡镇较多，名单见汇总表（.xlsx）的“数据状况”工作表。"
                if word and len(troubled) > WORD_ALL_TOWNS
                else ""
            )
        )
    ]
    if not word:
        out.append(Table(pd.DataFrame(rows, columns=columns), "表：各乡镇台账和数据状况", numeric=("错误",)))
    elif troubled and len(troubled) <= WORD_ALL_TOWNS:
        out.append(Table(pd.DataFrame(troubled, columns=columns), "表：数据不完整的乡镇", numeric=("错误",)))
    out.append(
        Note(
            "“台账”为已提供的台账种数/应有种数；“错误”为该乡镇问题清单中未处理的错误"
            "（见其 towns/<乡镇>/processed/issues.xlsx，逐条列出文件、工作表、单元格和改法）。请各乡镇改正台账后重新汇总。"
        )
    )
    return out


def explanation() -> list:
    return [
        Paragraph("各乡镇的数字由其台账经同一程序清洗、统计得出，与该乡镇单独运行 clean 和 indicators 的结果相同。"),
        Paragraph("数字后的“*”表示部分统计：有记录因所需的值无法识别而未计入，原因见各乡镇问题清单。"),
        Paragraph(
            "“无法统计”表示台账不足以支持该数字（未提供台账、文件或工作表无法使用、缺少所需的列、无法识别的记录过多、"
            "比率的分母为0），不以0代替；0表示台账已读取但没有符合条件的记录。"
        ),
        Paragraph("比率排名只在该比率可统计的乡镇之间进行，比率相同的名次相同。"),
    ]


def sections(county: County, params: dict, word: bool = False) -> list[tuple[Section, list]]:
    """The county report, section by section, as pieces: for the page, or (`word`) for the Word
    document, which leaves out the charts and what only the page has room for."""
    specs = load_specs()
    return [
        (Section("s1", "一、概况"), overview(county)),
        (Section("s2", "二、全县合计"), totals(county)),
        (Section("s3", "三、比率排名"), rankings(county, params, word)),
        (Section("s4", "四、各乡镇指标"), by_town(county, specs, word)),
        (Section("s5", "五、各乡镇数据状况"), status(county, word)),
        (Section("s6", "六、说明"), explanation()),
    ]


# --- the page -----------------------------------------------------------------------------------


def html_bytes(county: County, params: dict) -> bytes:
    """The county report as one deterministic, self-contained page in the report's style."""
    from fzlib.report.font import font_face
    from fzlib.report.html import FONT_FACE_PLACEHOLDER, STYLE_CSS

    name = title(params["county"], county.year)
    meta = f"{issuer(params)} · {len(county.towns)}个乡镇" + (
        f" · {params['report_date']}" if params.get("report_date") else ""
    )
    parts = [f'<header class="fz-title"><h1>{html.escape(name)}</h1>', f'<p class="fz-meta">{html.escape(meta)}</p>']
    for i, note in enumerate(notes(county, params)):
        draft = i == 0 and draft_note(county) is not None
        parts.append(f'<div class="fz-callout{" fz-draft" if draft else ""}">{html.escape(note)}</div>')
    parts.append("</header>")
    parts.append(blocks.render(highlights(county, params)))
    laid_out = sections(county, params)
    toc = "".join(f'<li><a href="#{s.id}">{html.escape(s.heading)}</a></li>' for s, _ in laid_out)
    parts.append(f'<nav class="fz-toc"><ol>{toc}</ol></nav>')
    for section, pieces in laid_out:
        parts.append(f'<h2 id="{section.id}">{html.escape(section.heading)}</h2>')
        parts.append(blocks.render(pieces))
    body = "\n".join(parts)
    css = STYLE_CSS.read_text(encoding="utf-8")
    page = (
        '<!DOCTYPE html>\n<html lang="zh">\n<head>\n<meta charset="utf-8">\n'
        '<meta name="viewport" content="width=device-width, initial-scale=1.0">\n'
        f'<meta name="generator" content="{own_output("全县报告")}">\n'
        f"<title>{html.escape(name)}</title>\n<style>\n{FONT_FACE_PLACEHOLDER}\n{css}\n</style>\n</head>\n"
        f'<body class="fz-report">\n<main>\n{body}\n</main>\n</body>\n</html>\n'
    )
    return page.replace(FONT_FACE_PLACEHOLDER, font_face(page), 1).encode("utf-8")


# --- the Word document --------------------------------------------------------------------------


def docx_bytes(county: County, params: dict) -> bytes:
    """The county report as an official Word document (fzlib.report.document), fixed times."""
    from fzlib.report import document

    name = title(params["county"], county.year)
    when = report_date(params, county.year)
    word = [(s, [p for p in pieces if p.word]) for s, pieces in sections(county, params, word=True)]
    built = document.build(
        SimpleNamespace(params=params, title=name), word, when, notes(county, params), issuer(params)
    )
    return document.saved(built, when, name, "全县报告")
