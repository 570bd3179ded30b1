"""The report is declared data: a new ledger kind reaches the report from a spec and an outline entry
alone, a town's own wording replaces the package's, and a sentence never prints a figure it lacks."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from dataclasses import replace

import pytest
import yaml

from fzlib import paths
from fzlib.indicators.figures import UNAVAILABLE
from fzlib.report import data as report
from fzlib.report import outline, sentences
from fzlib.spec import load_yaml

import builders

# A ledger kind the package does not know: the river chief's patrol log (河长巡河台账).
RIVER_SPEC = {
    "kind": "river_patrol",
    "title": "河长巡河台账",
    "hints": ["巡河", "河长"],
    "date": "patrolled_on",
    "fields": [
        {"name": "patrolled_on", "title": "巡河日期", "steps": ["date"], "required": True},
        {"name": "river", "title": "河流名称", "steps": ["text"], "required": True},
        {"name": "problems", "title": "发现问题数", "steps": ["integer"]},
    ],
    "figures": [
        {"name": "river_patrol.patrols", "title": "巡河（次）", "count": True},
        {"name": "river_patrol.problems", "title": "发现问题（个）", "sum": "problems", "fill": 0},
    ],
    "breakdowns": [{"name": "river_patrol.river", "by": "river", "label": "河流", "unit": "次"}],
}
RIVER_SECTION = {
    "id": "river_patrol",
    "heading": "十一、河长制",
    "lead": "河长巡河的次数和发现的问题。",
    "needs": ["river_patrol"],
    "show": [{"breakdown": "river_patrol.river", "caption": "巡河按河流"}],
}
RIVER_SENTENCES = {
    "river_patrol": ["全年巡河{{ n('river_patrol.patrols') }}次，发现问题{{ n('river_patrol.problems') }}个。"]
}


def river_rows():
    rows = [["序号", "巡河日期", "河流名称", "发现问题数"]]
    for i in range(12):
        rows.append([i + 1, f"2024-{i + 1:02d}-15", "洋川河" if i % 3 else "芙蓉江", 1 if i in (2, 5, 7, 9, 11) else 0])
    return rows


@pytest.fixture(scope="module")
def town_project(tmp_path_factory):
    """A project folder with the 2024 sample, its own ledger kind, outline entry and sentence."""
    root = tmp_path_factory.mktemp("town")
    shutil.copytree(paths.raw_dir(2024), root / "data" / "raw" / "2024")
    shutil.copytree(paths.PARAMS, root / "params")
    (root / "specs").mkdir()
    (root / "specs" / "river_patrol.yaml").write_text(yaml.safe_dump(RIVER_SPEC, allow_unicode=True), encoding="utf-8")
    own = load_yaml(outline.OUTLINE_FILE.read_text(encoding="utf-8"))
    own["sections"].insert(-2, RIVER_SECTION)
    (root / "report").mkdir()
    (root / "report" / "outline.yaml").write_text(yaml.safe_dump(own, allow_unicode=True), encoding="utf-8")
    (root / "report" / "sentences.yaml").write_text(
        yaml.safe_dump(RIVER_SENTENCES, allow_unicode=True), encoding="utf-8"
    )
    builders.xlsx(root / "data" / "raw" / "2024" / "2024年河长巡河台账.xlsx", {"巡河记录": river_rows()})
    return root


def fzlib(root, *args):
    env = {**os.environ, "FZLIB_ROOT": str(root)}
    return subprocess.run([sys.executable, "-m", "fzlib", *args], capture_output=True, text=True, env=env, cwd=root)


@pytest.mark.slow
def test_a_new_kind_from_a_spec_and_an_outline_entry_alone_reaches_the_report(town_project):
    clean = fzlib(town_project, "clean", "--year", "2024")
    assert clean.returncode == 0, clean.stderr
    figures = fzlib(town_project, "indicators", "--year", "2024", "--json")
    assert '"river_patrol.patrols": 12' in figures.stdout and '"river_patrol.problems": 5' in figures.stdout
    made = fzlib(town_project, "report", "--year", "2024")
    assert made.returncode == 0, made.stderr
    html = paths.report_file(2024, town_project / "reports" / "2024").read_text(encoding="utf-8")
    assert 'id="river_patrol"' in html and "十一、河长制" in html
    assert "全年巡河12次，发现问题5个。" in html
    assert "表：巡河按河流" in html and "洋川河" in html
    # The package's own sections are still there, worded as before.
    assert "2024年共办理行政执法案件702件" in html


def test_a_misspelt_outline_entry_is_named_with_the_nearest_known_name(tmp_path):
    bad = {"sections": [{"id": "x", "heading": "一、", "show": [{"breakdown": "enforcement.categroy"}]}]}
    (tmp_path / "outline.yaml").write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    with pytest.raises(outline.OutlineError, match="enforcement.category"):
        outline.load(tmp_path / "outline.yaml")


@pytest.mark.slow
def test_a_town_outline_gone_wrong_is_the_users_to_fix_not_a_defect_of_fzlib(tmp_path, processed_years):
    shutil.copytree(paths.PARAMS, tmp_path / "params")
    (tmp_path / "report").mkdir()
    bad = {"sections": [{"id": "x", "heading": "一、", "show": [{"breakdown": "enforcement.categroy"}]}]}
    (tmp_path / "report" / "outline.yaml").write_text(yaml.safe_dump(bad, allow_unicode=True), encoding="utf-8")
    made = fzlib(tmp_path, "report", "--year", "2024", "--processed", str(processed_years / "2024"))
    assert made.returncode == 1, made.stderr  # 70 would call the town's typo a defect of fzlib
    assert "错误：报告大纲 outline.yaml 第1节" in made.stderr and "“enforcement.category”" in made.stderr
    assert "内部错误" not in made.stderr and "Traceback" not in made.stderr
    assert not (tmp_path / "reports").exists()


@pytest.fixture(scope="module")
def year_2024(processed_years):
    return report.load(2024, processed_years / "2024")


def test_a_sentence_whose_figure_is_unavailable_says_why_and_never_prints_a_number(year_2024):
    d = replace(year_2024, evidence=dict(year_2024.evidence))
    for name in ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate"):
        d.evidence[name] = replace(d.evidence[name], value=None, status=UNAVAILABLE, reason="开庭日期一列无法识别")
    said = sentences.paragraphs(d, "litigation")
    assert said == ["涉政府行政诉讼应诉无法统计：开庭日期一列无法识别。"]


def test_a_year_without_a_case_says_so_instead_of_a_rate_over_nothing(year_2024):
    d = replace(year_2024, evidence=dict(year_2024.evidence))
    d.evidence["litigation.cases"] = replace(d.evidence["litigation.cases"], value=0)
    d.evidence["litigation.appearance_rate"] = replace(
        d.evidence["litigation.appearance_rate"], value=None, status=UNAVAILABLE, reason="涉政府行政诉讼应诉（件次）为0"
    )
    assert sentences.paragraphs(d, "litigation") == ["全年无涉政府行政诉讼案件。"]
    assert "全年无行政应诉案件" in sentences.paragraphs(d, "overview")[0]


def test_a_ledger_kept_only_as_a_statistics_form_has_its_section_with_the_stated_figures(tmp_path):
    """Never '未提供' for a ledger whose figures the report states from its statistics table."""
    from fzlib.ingest.write import write_year

    form = [
        ["某镇2024年行政执法工作统计表"],
        ["执法类别", "一季度", "二季度", "三季度", "四季度", "合计"],
        ["行政检查", 10, 11, 12, 13, 46],
        ["行政处罚", 0, 1, 0, 1, 2],
        ["合计", 10, 12, 12, 14, 48],
    ]
    builders.xlsx(tmp_path / "raw" / "执法统计.xlsx", {"统计": form})
    write_year(builders.clean(tmp_path / "raw"), tmp_path / "processed" / "2024")
    d = report.load(2024, tmp_path / "processed" / "2024")
    assert not d.has("enforcement") and d.provided("enforcement")
    said = [p.text for p in outline.pieces(d, outline.section("enforcement"))]
    assert said == [
        "2024年共办理行政执法案件48件。",
        "行政执法案件台账本年度只有统计表、没有逐条记录：本节数字取自统计表，不作分类明细。",
    ]
    # A ledger provided in neither form still says so, once.
    assert [p.text for p in outline.pieces(d, outline.section("litigation"))] == [
        "本年度未提供行政应诉案件台账，相关数字不作统计。"
    ]


def test_a_ledger_handed_in_but_refused_is_said_unusable_with_its_reason_never_not_provided(tmp_path):
    """A register whose table is refused (a required column missing) was handed in: its section and card say its
    figures cannot be counted and why, as the highlights do; "本年度未提供" would send the office after a ledger it
    gave (the sample's 信访 register without its 办理状态 column: the section said 未提供 and the card vanished)."""
    from fzlib.ingest.write import write_year
    from fzlib.report.components import COMPONENTS, NOT_COUNTABLE

    rows = [["信访编号", "交办单位", "交办日期"]] + [[f"XF2024{i:03d}", "市联办", f"2024-0{i}-05"] for i in (3, 4, 5)]
    builders.xlsx(tmp_path / "raw" / "信访事项台账.xlsx", {"台账": rows})
    write_year(builders.clean(tmp_path / "raw"), tmp_path / "processed" / "2024")
    d = report.load(2024, tmp_path / "processed" / "2024")
    assert not d.has("petitions") and d.provided("petitions")
    assert d.evidence["petitions.assigned"].status == UNAVAILABLE
    said = [getattr(p, "text", "") for p in outline.pieces(d, outline.section("disputes"))]
    assert not any("未提供信访" in s for s in said)
    assert any("无法统计：信访事项台账中有工作表无法使用" in s for s in said)
    cards = COMPONENTS["cards"].render(
        d, [{"figure": "petitions.assigned", "label": "上级交办信访事项", "unit": "件"}], {}
    )
    assert [(c.label, c.value, c.state) for c in cards[0].cards] == [("上级交办信访事项", NOT_COUNTABLE, "na")]
    # The quality section's table gives every row read a place: the refused table's records are 未计入.
    (table,) = COMPONENTS["sheets"].render(d, "各台账读取情况（行）", {})
    row = table.frame.set_index("工作表").loc["台账"]
    assert (row["读取行数"], row["保留"], row["未计入"]) == (4, 0, 3)
    assert row["读取行数"] == row["保留"] + row["未计入"] + row["标题/表头/空白/合计等"]
    # A ledger not handed in at all still says so, once.
    assert [p.text for p in outline.pieces(d, outline.section("litigation"))] == [
        "本年度未提供行政应诉案件台账，相关数字不作统计。"
    ]


def test_a_register_of_items_received_here_too_never_says_its_resolved_are_of_the_assigned(tmp_path):
    """承办上级交办信访事项2件，其中已化解3件 would be a report contradicting itself: a register holding items received
    here (本级受理) beside the assigned ones says how many items there were; 已化解 and 正在化解 are of the assigned
    items (shared/spec/indicators.md), so they stay within them (issue 12)."""
    from fzlib.ingest.write import write_year

    rows = [["信访编号", "交办单位", "交办日期", "办理状态"]]
    for i, (source, status) in enumerate(
        [
            ("市联办", "已化解"),
            ("省联办", "正在化解"),
            ("本级受理", "已化解"),
            ("本级受理", "已化解"),
            ("本级受理", "正在化解"),
        ]
    ):
        rows.append([f"XF2024{i + 1:03d}", source, f"2024-0{i + 3}-05", status])
    builders.xlsx(tmp_path / "raw" / "信访事项台账.xlsx", {"台账": rows})
    write_year(builders.clean(tmp_path / "raw"), tmp_path / "processed" / "2024")
    d = report.load(2024, tmp_path / "processed" / "2024")
    assert sentences.paragraphs(d, "disputes.petitions") == [
        "全年登记信访事项5件，其中承办上级交办信访事项2件，已化解1件，正在化解1件。"
    ]
    assert "信访事项5件，其中上级交办2件、已化解1件。" in "".join(sentences.paragraphs(d, "summary"))
    # Only assigned items: the resolved are of them.
    rows = rows[:3]
    builders.xlsx(tmp_path / "raw" / "信访事项台账.xlsx", {"台账": rows})
    write_year(builders.clean(tmp_path / "raw"), tmp_path / "processed" / "2024")
    d = report.load(2024, tmp_path / "processed" / "2024")
    assert sentences.paragraphs(d, "disputes.petitions") == ["承办上级交办信访事项2件，其中已化解1件，正在化解1件。"]


def _unavailable(d, names, reason):
    d = replace(d, evidence=dict(d.evidence))
    for name in names:
        d.evidence[name] = replace(d.evidence[name], value=None, status=UNAVAILABLE, reason=reason)
    return d


def test_a_figure_unavailable_beside_others_of_its_sentence_hides_none_of_them(year_2024):
    """A sentence of several figures said only the first unavailable one's reason: a register without its 拘留人数
    column had the report drop its 家暴告诫书 and 涉黄治安案件 (a 兰陂乡 of the development towns), a mediation
    register without 协议形式 its 人民调解成功 cases, and the second figure's reason was said nowhere in the text."""
    d = _unavailable(year_2024, ["security.dv_detentions", "security.vice_detentions"], "台账中没有“拘留人数”一列")
    said = sentences.paragraphs(d, "security.cases")
    assert said[0] == "全年出具家暴告诫书25份，查处涉黄治安案件2起。"
    assert said[1:] == ["家暴治安拘留、涉黄治安拘留无法统计：台账中没有“拘留人数”一列。"]
    d = _unavailable(year_2024, ["mediation.oral", "mediation.written"], "台账中没有“协议形式”一列")
    said = sentences.paragraphs(d, "mediation")
    assert said[0] == "全年人民调解成功551件，同比增长17.0%。"
    assert said[1] == "口头协议、书面协议无法统计：台账中没有“协议形式”一列。"
    d = _unavailable(year_2024, ["disputes.resolved", "disputes.resolution_rate"], "台账中没有“化解情况”一列")
    assert sentences.paragraphs(d, "disputes.screening")[:2] == [
        "全年排查矛盾纠纷572件，同比增长14.9%。",
        "化解、化解成功率无法统计：台账中没有“化解情况”一列。",
    ]
    d = _unavailable(year_2024, ["counsel.legal_aid"], "2条应计入的记录的“数量”是错误值或无法识别，合计无法得出")
    assert sentences.paragraphs(d, "counsel")[:2] == [
        "法律顾问全年出具法律意见书52件，审核文书69件，提供法律咨询73次。",
        "法律援助无法统计：2条应计入的记录的“数量”是错误值或无法识别，合计无法得出。",
    ]
    # With every figure there, the sentences are as they were (one reason-less paragraph each).
    assert sentences.paragraphs(year_2024, "security.cases") == [
        "全年出具家暴告诫书25份，因家暴治安拘留0人，查处涉黄治安案件2起，涉黄治安拘留6人。"
    ]
    assert sentences.paragraphs(year_2024, "mediation")[0] == (
        "全年人民调解成功551件，同比增长17.0%，其中口头协议402件、书面协议149件。"
    )
    assert sentences.paragraphs(year_2024, "counsel")[0] == (
        "法律顾问全年出具法律意见书52件，审核文书69件，提供法律咨询73次，办理法律援助1件。"
    )


def test_a_ledger_whose_figures_are_all_withheld_shows_no_breakdown_of_the_records_it_kept(tmp_path):
    """Three records left out as errors withhold every 行政执法 figure; the section had then shown a table of the
    kept ones with its 合计 (699 beside 行政执法案件无法统计), said 按承办单位分 as if whole, and named categories
    with no kept record as 本年无以下类别的案件 while those figures were 无法统计: a 0 the data cannot support."""
    from fzlib.ingest.write import write_year
    from fzlib.report.components import COMPONENTS

    rows = [["序号", "文号", "事项名称", "执法类型", "承办单位", "办结日期"]]
    for i in range(12):
        category, office = ("行政许可", "镇政府") if i % 2 else ("行政检查", "执法队")
        rows.append([i + 1, f"旺执字〔2024〕{i + 1}号", "事项", category, office, f"2024-0{i % 9 + 1}-05"])
    builders.xlsx(tmp_path / "raw" / "行政执法案件台账.xlsx", {"台账": rows})
    write_year(builders.clean(tmp_path / "raw"), tmp_path / "processed" / "2024")
    whole = report.load(2024, tmp_path / "processed" / "2024")
    assert whole.evidence["enforcement.cases"].value == 12 and not whole.withheld("enforcement")
    (note,) = COMPONENTS["zero_categories"].render(whole, "enforcement.category", {"text": "本年无以下类别的案件"})
    assert "行政处罚" in note.text
    assert sentences.paragraphs(whole, "enforcement")[-1] == "按承办单位分，执法队6件、镇政府6件。"

    rows[3][5] = "2024年13月45日"  # a date no calendar has: the record is left out as an error
    builders.xlsx(tmp_path / "raw" / "行政执法案件台账.xlsx", {"台账": rows})
    write_year(builders.clean(tmp_path / "raw"), tmp_path / "processed" / "2024")
    d = report.load(2024, tmp_path / "processed" / "2024")
    assert d.evidence["enforcement.cases"].value is None and d.withheld("enforcement")
    for name in ("enforcement.category", "enforcement.month", "enforcement.office"):
        assert COMPONENTS["breakdown"].render(d, name, {"caption": name}) == []
    assert COMPONENTS["zero_categories"].render(d, "enforcement.category", {"text": "本年无以下类别的案件"}) == []
    assert sentences.paragraphs(d, "enforcement") == [
        f"行政执法案件无法统计：{d.evidence['enforcement.cases'].reason}。"
    ]
