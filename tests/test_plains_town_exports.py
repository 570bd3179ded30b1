"""A northern plains town's 司法所 and 综治中心, keeping the county's and the platforms' lists rather than registers of
their own: the layouts 麦丘镇, the sixty-first development town (built blind), brought in, each a small table of its own
(tests/devtowns/maiqiu.py is the whole town)."""

from __future__ import annotations

import builders
from builders import clean, codes

CASES_HEAD = ["序号", "案件编号", "案由", "执法类别", "决定日期"]


def _case_register(n: int) -> list[list]:
    rows = [["麦丘镇综合行政执法案件登记台账（2024年）"], CASES_HEAD]
    return rows + [
        [k, f"麦丘综执罚〔2024〕{k}号", "露天焚烧秸秆", "行政处罚", f"2024-0{k}-10"] for k in range(1, n + 1)
    ]


def test_a_catalogue_of_delegated_powers_beside_the_case_register_is_no_cases(tmp_path):
    # The county's 赋权事项目录 (事项编码, 事项名称, 职权类别, 实施依据) is the list of powers the town may use, kept as a
    # sheet of the book of the cases decided under them: no decision, no date. Dated by the book's name, its four
    # powers had been four more of the year's cases (9 for 5), a 行政强制 and a 行政检查 among them.
    catalogue = [["麦丘镇承接县级赋权事项目录"], ["序号", "事项编码", "事项名称", "职权类别", "实施依据"]]
    powers = [
        ("对露天焚烧秸秆的处罚", "行政处罚"),
        ("对擅自占用、挖掘公路的处罚", "行政处罚"),
        ("对农村宅基地使用情况的检查", "行政检查"),
        ("查封、扣押违法建设施工工具", "行政强制"),
    ]
    catalogue += [[k, f"FQ-{k:03d}", p, c, "《某法》第X条"] for k, (p, c) in enumerate(powers, start=1)]
    builders.xlsx(
        tmp_path / "麦丘镇综合行政执法台账（2024年）.xlsx", {"赋权事项目录": catalogue, "案件登记": _case_register(5)}
    )
    result = clean(tmp_path)
    got = builders.figures(result)
    assert (got["enforcement.cases"], got["enforcement.penalty"]) == (5, 5)
    assert (got["enforcement.inspection"], got["enforcement.coercion"]) == (0, 0)
    assert [r["sheet"] for r in codes(result, "sheet.other_document")] == ["赋权事项目录"]


def test_a_catalogue_titled_as_a_list_of_powers_under_any_such_name_is_set_aside(tmp_path):
    # 履职事项清单, 行政职权目录: the same list under the names other counties give it.
    for name in ("履职事项清单", "行政职权目录"):
        folder = tmp_path / name
        rows = [["序号", "事项名称", "职权类别", "实施依据"], [1, "对露天焚烧秸秆的处罚", "行政处罚", "《某法》"]]
        builders.xlsx(folder / "执法台账.xlsx", {name: rows, "案件登记": _case_register(2)})
        assert builders.figures(clean(folder))["enforcement.cases"] == 2, name


PETITION_HEAD = ["序号", "信访件编号", "登记日期", "信访形式", "交办单位", "办理方式", "是否办结", "办结日期"]


def test_a_petition_list_asking_only_whether_each_item_is_concluded_reads_its_status_by_the_answer(tmp_path):
    # The 信访信息系统's 信访件 list keeps no 办理状态, only 是否办结: 是 is 已办结 (one state with 已化解, as a
    # register's 已办结 reads), 否 not concluded yet, still in hand (正在化解). The status had been a missing required
    # column, the list unusable and every petition figure unknown.
    rows = [
        PETITION_HEAD,
        [1, "41992024030512345", "2024-03-05", "来访", "县联办", "交办", "是", "2024-04-02"],
        [2, "41992024041012346", "2024-04-10", "网上信访", "市联办", "交办", "是", "2024-05-11"],
        [3, "41992024110412347", "2024-11-04", "来信", "省联办", "交办", "否", ""],
        [4, "41992023121812348", "2023-12-18", "来访", "县联办", "交办", "是", "2024-01-09"],
    ]
    builders.html_xls(tmp_path / "信访件查询结果.xls", rows)
    got = builders.figures(clean(tmp_path))
    assert (got["petitions.assigned"], got["petitions.resolved"], got["petitions.in_progress"]) == (3, 2, 1)


def test_a_blank_assigning_office_with_nothing_saying_the_item_was_received_here_stays_unknown(tmp_path):
    # The same list with the town's own items' 交办单位 left blank and no 问题来源 beside it: a blank may be 本级受理 or
    # a cell left blank, and 办理方式 (受理, 转送, 直接答复) says how an item was handled, not where it came from. The
    # assigned figures are unknown (a count that could be higher), each blank an error naming the cell.
    rows = [
        PETITION_HEAD,
        [1, "41992024030512345", "2024-03-05", "来访", "县联办", "交办", "是", "2024-04-02"],
        [2, "41992024062012349", "2024-06-20", "来访", "", "受理", "是", "2024-07-01"],
    ]
    builders.html_xls(tmp_path / "信访件查询结果.xls", rows)
    result = clean(tmp_path)
    assert builders.figures(result)["petitions.assigned"] is None
    assert [r["field"] for r in codes(result, "cell.required_blank")] == ["source"]


def test_a_case_register_citing_the_catalogue_it_acts_under_is_still_the_register(tmp_path):
    # 执法依据：县人民政府公布的《乡镇（街道）赋权事项清单》 over a 执法办案登记簿: the list the cases rest on, cited by its
    # title, is not what the table is (the register had been set aside as another document, every case unknown).
    rows = _case_register(3)
    rows.insert(1, ["执法依据：县人民政府公布的《乡镇（街道）赋权事项清单》　　登记年度：2024年"])
    builders.xlsx(tmp_path / "综合行政执法办案登记簿（2024年）.xlsx", {"登记簿": rows})
    assert builders.figures(clean(tmp_path))["enforcement.cases"] == 3
