"""Each report section (declared in the outline, worded in sentences.yaml) states the figures of the generator's ground truth, 2024 and 2023."""

from __future__ import annotations

import dataclasses
import re
from html import unescape

import pandas as pd
import pytest
from pagetext import joined

from fzlib import fmt
from fzlib.indicators import breakdowns, relations, subsidy
from fzlib.report import data as report
from fzlib.report import outline, sentences
from fzlib.report.components import MISSED
from fzlib.sample import ground_truth

YEARS = (2023, 2024)


@pytest.fixture(scope="module", params=YEARS)
def year_data(request, processed_years):
    year = request.param
    return report.load(year, processed_years / str(year)), ground_truth(year)["tables"]


def text(block: str) -> str:
    """The words of a block as a reader sees them, charts left out (a word or number kept whole is no word apart)."""
    block = joined(re.sub(r"<svg\b.*?</svg>", "", block, flags=re.S))
    return re.sub(r"\s+", " ", unescape(re.sub(r"<[^>]+>", " ", block)))


_WHOLE: dict[int, str] = {}


def whole_report(d) -> str:
    """Every section of a year's report as HTML, rendered once per year (charts take a while)."""
    if d.year not in _WHOLE:
        _WHOLE[d.year] = "".join(outline.render(d, s) for s in outline.load())
    return _WHOLE[d.year]


def as_dict(series: pd.Series) -> dict[str, int]:
    return {str(k): int(v) for k, v in series.items()}


def truth_counts(table: pd.DataFrame, column: str, where: dict | None = None, weight: str | None = None) -> dict:
    rows = table
    for col, value in (where or {}).items():
        rows = rows[rows[col] == value]
    if weight:
        return {str(k): int(v) for k, v in rows.groupby(column)[weight].sum().items() if v}
    return {str(k): int(v) for k, v in rows[column].value_counts().items()}


# (breakdown, ground-truth ledger, column, filter, summed column)
EXPECTED = [
    ("enforcement.category", "enforcement", "执法类别", None, None),
    ("enforcement.office", "enforcement", "执法单位", None, None),
    ("disclosure.channel", "disclosure", "公开渠道", None, None),
    ("disputes.type", "disputes", "纠纷类型", None, None),
    ("disputes.village", "disputes", "村（社区）", None, None),
    ("disputes.status", "disputes", "化解状态", None, None),
    ("petitions.source", "petitions", "交办单位", None, None),
    ("petitions.status", "petitions", "办理状态", None, None),
    ("mediation.type", "mediation", "纠纷类型", {"调解结果": "调解成功"}, None),
    ("mediation.form", "mediation", "协议形式", {"调解结果": "调解成功"}, None),
    ("security.type", "security", "类型", None, None),
    ("security.village", "security", "村（社区）", None, None),
    ("counsel.service", "counsel", "服务类型", None, "数量"),
    ("litigation.result", "litigation", "审理结果", None, None),
    ("training.participants", "training", "对象", None, "参加人数"),
]


@pytest.mark.parametrize("name, kind, column, where, weight", EXPECTED, ids=[e[0] for e in EXPECTED])
def test_every_breakdown_counts_what_the_ground_truth_holds(year_data, name, kind, column, where, weight):
    d, truth = year_data
    got = as_dict(breakdowns.compute(d.tables, name))
    assert {k: v for k, v in got.items() if v} == truth_counts(truth[kind], column, where, weight)


def test_enforcement_by_month_adds_up_to_the_year_and_matches_the_truth(year_data):
    d, truth = year_data
    months = truth["enforcement"]["办理日期"].dt.month.value_counts()
    got = breakdowns.compute(d.tables, "enforcement.month")
    assert list(got.index) == [f"{m}月" for m in range(1, 13)]
    assert got.tolist() == [int(months.get(m, 0)) for m in range(1, 13)]


def test_every_breakdown_shown_has_shares_adding_to_exactly_100(year_data):
    d, _ = year_data
    for name, b in breakdowns.declared().items():
        series = breakdowns.compute(d.tables, name)
        if series is None or not series.sum():
            continue
        table = breakdowns.frame(series, b)
        shares = [float(s.rstrip("%")) for s in table[breakdowns.SHARE].iloc[:-1]]
        assert round(sum(shares), 6) == 100.0, name
        assert table[b.count_title].iloc[-1] == series.sum()


def test_overview_cards_state_the_year_and_the_change_against_the_previous_year(processed_years):
    d = report.load(2024, processed_years / "2024")
    truth = ground_truth(2024)["indicators"]
    prev = ground_truth(2023)["indicators"]
    shown = text(outline.show(d, "overview"))
    assert f"{truth['enforcement.cases']} 件 行政执法案件" in shown
    assert fmt.change(truth["enforcement.cases"], prev["enforcement.cases"]) in shown
    assert "96.3% 矛盾纠纷化解成功率 上年94.6%，较上年提高1.7个百分点；达到目标（不低于95.0%）" in shown


def test_a_missed_target_is_marked_in_text_cards_and_tables(processed_years):
    d = report.load(2023, processed_years / "2023")  # 2023: 471 of 498 resolved = 94.6% < 95%
    html = outline.show(d, "overview")
    assert 'class="kpi is-warn"' in html
    assert "化解成功率94.6%，未达到不低于95.0%的目标" in " ".join(sentences.paragraphs(d, "disputes.screening"))
    assert MISSED in text(outline.show(d, "disputes"))
    assert "应诉率75.0%，未达到不低于100.0%的目标" in " ".join(sentences.paragraphs(d, "litigation"))


def test_a_year_without_previous_data_renders_every_section_without_comparison(processed_years):
    d = report.load(2023, processed_years / "2023")
    assert d.previous is None
    whole = text(whole_report(d))
    assert "没有2022年的数据，本报告不作同比比较" in whole
    rest = whole.replace("没有2022年的数据，本报告不作同比比较", "")
    assert "同比" not in rest and "较上年" not in rest and "上年" not in rest


def test_mediation_section_states_oral_written_and_subsidy_of_the_truth(year_data):
    d, truth = year_data
    ok = truth["mediation"][truth["mediation"]["调解结果"] == "调解成功"]
    said = " ".join(sentences.paragraphs(d, "mediation"))
    oral, written = int((ok["协议形式"] == "口头").sum()), int((ok["协议形式"] == "书面").sum())
    assert f"人民调解成功{len(ok)}件" in said
    assert f"口头协议{oral}件、书面协议{written}件" in said
    assert f"申请案补经费{fmt.money(ok['补贴金额'].sum())}" in said
    assert "案补均符合以案定补标准" in said


def test_subsidy_table_by_form_and_tier_matches_the_truth(year_data):
    d, truth = year_data
    ok = truth["mediation"][truth["mediation"]["调解结果"] == "调解成功"]
    rule = relations.declared("subsidy_standard")
    table = subsidy.by_category(
        d.tables["mediation"], d.params["subsidy_standard"], rule, relations.field_titles("mediation")
    )
    written = table[table["协议形式"] == "书面"].set_index("补贴等级")["案件数（件）"].to_dict()
    assert written == ok[ok["协议形式"] == "书面"]["补贴等级"].value_counts().to_dict()
    assert table["实补（元）"].iloc[-1] == ok["补贴金额"].sum() == table["按标准应补（元）"].iloc[-1]


def _case(file_no, form, tier, result, paid, row):
    return {
        "file_no": file_no,
        "form": form,
        "tier": tier,
        "result": result,
        "subsidy_yuan": paid,
        "_file": "调解台账.xlsx",
        "_sheet": "一季度",
        "_row": row,
    }


def test_subsidy_problems_list_each_deviating_case_by_file_number_and_location():
    standard = {"口头": 50, "书面": {"一般": 100, "疑难": 200, "重大": 300}}
    cases = pd.DataFrame(
        [
            _case("（2024）旺人调字第1号", "口头", None, "调解成功", 50.0, 5),  # fine
            _case("（2024）旺人调字第2号", "书面", "疑难", "调解成功", 100.0, 6),  # wrong amount
            _case("（2024）旺人调字第3号", "书面", "重大", "调解成功", None, 7),  # successful, unpaid
            _case("（2024）旺人调字第4号", "口头", None, "调解不成功", 50.0, 8),  # paid though unsuccessful
            _case("（2024）旺人调字第5号", "口头", None, "调解不成功", None, 9),  # fine
        ]
    )
    found = subsidy.problems(
        cases, standard, relations.declared("subsidy_standard"), relations.field_titles("mediation")
    )
    assert found["卷宗号"].tolist() == ["（2024）旺人调字第2号", "（2024）旺人调字第3号", "（2024）旺人调字第4号"]
    assert found["问题"].tolist() == [subsidy.WRONG_AMOUNT, subsidy.DUE_NOT_PAID, subsidy.PAID_NOT_DUE]
    assert found["应补（元）"].iloc[0] == 200 and found["位置"].iloc[0] == "调解台账.xlsx · 一季度 · 第6行"


def test_security_by_village_shows_small_counts_as_below_threshold_but_exact_totals(year_data):
    d, truth = year_data
    shown = text(outline.show(d, "security"))
    by_village = truth["security"]["村（社区）"].value_counts()
    caption = "表：平安建设事项按村（社区）"
    village_part = shown[shown.index(caption) :]
    for village, n in by_village.items():
        assert (f"{village} <3" if n < 3 else f"{village} {n}") in village_part
    assert f"合计 {len(truth['security'])}" in village_part
    assert "<svg" not in outline.show(d, "security")  # no chart of a sensitive ledger


def test_no_pseudonym_name_or_free_text_reaches_any_section(year_data):
    d, truth = year_data
    whole = whole_report(d)
    assert not re.search(r"P-[0-9a-f]{4}", whole)
    # A value that some ledger also holds in a public column (an office, a village) may be shown.
    public = {
        str(v)
        for kind, spec in d.specs.items()
        if kind in truth
        for f in spec.fields
        if not f.personal and f.title in truth[kind]
        for v in truth[kind][f.title].dropna().unique()
    }
    for kind, spec in d.specs.items():
        if kind not in truth:
            continue
        for f in [f for f in spec.fields if f.personal and f.title in truth[kind]]:
            for value in truth[kind][f.title].dropna().astype(str).unique():
                if len(value) < 2 or value in public:
                    continue
                # Free text may share a stock phrase with the report's own sentences; it must never be a cell.
                leak = f">{value}<" if f.personal == "free_text" else value
                assert leak not in whole, (kind, f.title, value)


def test_items_on_two_channels_count_once_per_channel_and_their_shares_are_not_shown_as_adding_to_100(year_data):
    # An item published on the 政府网站 and the 政务公开栏 (disclosure's channel is declared `several`): the breakdown
    # counts it under each, the total stays the items, the shares are of the items and nothing says they add to 100%.
    d, _ = year_data
    table = d.tables["disclosure"].copy()
    table["channel"] = table["channel"].astype("object")
    table.loc[table.index[:4], "channel"] = "政府网站、政务公开栏"
    d = dataclasses.replace(d, tables={**d.tables, "disclosure": table}, made=None)
    b = breakdowns.declared()["disclosure.channel"]
    weight = table["quantity"].fillna(1).astype(int)
    items = int(weight.sum())
    got = breakdowns.compute(d.tables, "disclosure.channel")
    assert breakdowns.compute_items(d.tables, "disclosure.channel") == items
    assert int(got.sum()) == items + int(weight.iloc[:4].sum())  # the four items once more
    shown = breakdowns.frame(got, b, items=items)
    assert shown.iloc[-1].tolist() == [breakdowns.TOTAL, items, "—"]
    assert shown[breakdowns.SHARE].iloc[0] == f"{100 * int(got.iloc[0]) / items:.1f}%"
    section = text(outline.show(d, "documents"))
    assert f"占全部{fmt.count(items)}条的" in section and "一条可同时有几项公开渠道" in section
    crossed = section[section.index("表：政务公开信息按渠道和类型") :]
    assert (
        f"合计 {' '.join(str(n) for n in table['disclosure_type'].fillna('（未填写）').value_counts().sort_index())} {len(table)}"
        in crossed
    )
    assert relations.evaluate(d.tables, d.figures, d.params)[-1].holds  # a several breakdown is no 100% claim


@pytest.mark.parametrize("several", [False, True], ids=["one_channel_each", "an_item_on_two_channels"])
def test_the_disclosure_crosstab_weighs_each_item_by_its_count_as_the_channel_breakdown_does(year_data, several):
    # An item of 3 条 (数量 3) is 3 in the channel breakdown; the crosstab beside it had counted it 1.
    from fzlib.report.components import crosstab

    d, _ = year_data
    table = d.tables["disclosure"].copy()
    table["quantity"] = table["quantity"].astype("Float64")
    table.loc[table.index[:2], "quantity"] = 3
    if several:
        table["channel"] = table["channel"].astype("object")
        table.loc[table.index[1:3], "channel"] = "政府网站、政务公开栏"
    d = dataclasses.replace(d, tables={**d.tables, "disclosure": table}, made=None)
    options = {"rows": "channel", "columns": "disclosure_type", "label": "公开渠道", "caption": "x"}
    cross = crosstab(d, "disclosure", options)[0].frame.set_index("公开渠道")
    by_channel = breakdowns.compute(d.tables, "disclosure.channel")
    items = breakdowns.compute_items(d.tables, "disclosure.channel")
    assert int(cross.loc[breakdowns.TOTAL, breakdowns.TOTAL]) == items == int(table["quantity"].fillna(1).sum())
    assert {k: int(v) for k, v in cross[breakdowns.TOTAL].drop(breakdowns.TOTAL).items()} == {
        k: int(v) for k, v in by_channel.items()
    }
    by_type = breakdowns.compute(d.tables, "disclosure.type")
    assert {k: int(cross.loc[breakdowns.TOTAL, k]) for k in by_type.index} == {k: int(v) for k, v in by_type.items()}


def test_a_several_breakdown_whose_records_each_hold_one_value_is_still_checked_to_add_up_to_100(year_data):
    # The sample's items each went on one channel: their shares add up to 100.0% and are checked as any breakdown's;
    # only once an item names two channels does the channel breakdown leave the check (its table claims no 100%).
    d, _ = year_data

    def checked(tables) -> int:
        shares = relations.evaluate(tables, d.figures, d.params)[-1]
        return int(re.search(r"核对(\d+)项", shares.detail).group(1))

    table = d.tables["disclosure"].copy()
    table["channel"] = table["channel"].astype("object")
    table.loc[table.index[:4], "channel"] = "政府网站、政务公开栏"
    assert checked(d.tables) == checked({**d.tables, "disclosure": table}) + 1


def test_cross_ledger_relations_hold_on_the_sample(year_data):
    d, truth = year_data
    outcomes = relations.evaluate(d.tables, d.figures, d.params)
    assert [o.holds for o in outcomes] == [True, True, True, True]
    n = int((truth["mediation"]["调解结果"] == "调解成功").sum())
    assert outcomes[1].detail == f"{fmt.count(n)} = {fmt.count(n)}"


def test_a_broken_reference_is_reported_with_the_case_number(processed_years):
    d = report.load(2024, processed_years / "2024")
    tables = dict(d.tables)
    mediation = tables["mediation"].copy()
    ok = mediation.index[mediation["result"] == "调解成功"][0]
    mediation.loc[ok, "dispute_no"] = "WCJF2024-9999"
    tables["mediation"] = mediation
    outcome = relations.evaluate(tables, d.figures, d.params)[0]
    assert outcome.holds is False and mediation.loc[ok, "file_no"] in outcome.detail


def test_data_quality_shows_draft_check_findings_when_params_name_a_draft(processed_years, tmp_path, monkeypatch):
    from fzlib import paths

    d = report.load(2024, processed_years / "2024")
    draft = tmp_path / "草稿.txt"
    draft.write_text(
        "2024年共办理行政执法案件672件，其中行政许可269件、行政确认172件、行政检查261件。", encoding="utf-8"
    )
    monkeypatch.setattr(paths, "ROOT", tmp_path)
    d.params = {**d.params, "draft": "草稿.txt"}
    shown = text(outline.show(d, "quality"))
    assert "表：报告草稿数字核对" in shown and "672" in shown


def test_the_security_table_by_type_says_a_warning_is_counted_in_fen_never_in_qi():
    # 平安建设事项按类型: 家暴告诫书 are documents issued (份), the other rows cases (起). The column had been
    # 数量（起） over both.
    from fzlib.spec import load_specs

    b = next(b for b in load_specs()["security"].breakdowns if b.name == "security.type")
    shown = breakdowns.frame(pd.Series({"治安案件": 5, "家暴告诫书": 2}), b)
    assert b.count_title == "数量（起/份）"
    assert shown[b.label].tolist() == ["治安案件", "家暴告诫书（份）", "合计"]
    assert shown[b.count_title].tolist() == [5, 2, 7]


def test_the_security_table_by_village_says_its_counts_hold_warnings_in_fen_too():
    # 平安建设事项按村（社区）: a village's count adds its 家暴告诫书 (份) to its cases (起); the column had said 数量（起）.
    from fzlib.spec import load_specs

    b = next(b for b in load_specs()["security"].breakdowns if b.name == "security.village")
    shown = breakdowns.frame(pd.Series({"小河口村": 7, "茅家铺村": 6}), b, shares=False)
    assert b.count_title == "数量（起/份）"
    assert shown[b.label].tolist() == ["小河口村", "茅家铺村", "合计"]
