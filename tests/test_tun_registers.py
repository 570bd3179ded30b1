"""The ledgers of a 壮族 乡 of 广西 (那岜乡, the 67th development town, built blind): its 屯级 registers' 零报告 lines are no
records, a count column of a quarter's form whose numbers happen to read 1, 2, 3 down to its 合计 is still a count, an
autonomous region's 信访联席办 is of the province's level and the 综治中心's own 接访 is received here, and a dispute type
is a listed one said with 纠纷. Fixtures are small, fictitious, and named after the quirk they show."""

from __future__ import annotations

from pathlib import Path

import yaml

import fzlib
from fzlib.ingest.cleaners.categories import Vocabulary

import builders
from builders import clean, codes

VOCABULARIES = yaml.safe_load((Path(fzlib.__file__).parent / "specs" / "vocabularies.yaml").read_text(encoding="utf-8"))

DISPUTES_HEADER = ["序号", "屯", "排查时间", "纠纷类型", "当事人", "简要情况", "化解情况", "网格员", "备注"]


def test_zero_report_lines_naming_the_tun_and_its_grid_member_are_no_disputes(tmp_path):
    # zero_report_rows (那岜乡): a 屯 with nothing to report in a month writes its line all the same, the 屯 and its
    # 网格员 named, the record's fields struck out with /. They had been disputes wanting their status (140 for 110).
    rows = [
        DISPUTES_HEADER,
        [1, "那岜屯", "2024.3.5", "邻里纠纷", "覃某与韦某", "因排水沟发生争执", "已化解", "覃伟", ""],
        [2, "陇内屯", "2024.3.25", "/", "/", "3月份陇内屯排查无矛盾纠纷（零报告）", "/", "韦丽", "零报告"],
        [3, "板六屯", "2024.4.25", "/", "/", "/", "/", "黄强", "零报告"],
        [4, "那岜屯", "2024.5.9", "婚姻家庭纠纷", "蒙某与陆某", "家庭琐事", "化解中", "覃伟", ""],
    ]
    builders.xlsx(tmp_path / "那岜村屯级矛盾纠纷排查台账.xlsx", {"那岜村": rows})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (2, 1)
    assert codes(result, "cell.required_blank") == []
    builders.assert_rows_conserved(result.manifest)


def test_a_record_that_mentions_a_zero_report_is_still_a_record(tmp_path):
    # A dispute whose 备注 recalls last month's 零报告 fills its type, parties, story and status: a record.
    rows = [
        DISPUTES_HEADER,
        [
            1,
            "弄怀屯",
            "2024.3.5",
            "邻里纠纷",
            "覃某与韦某",
            "因排水沟发生争执",
            "已化解",
            "覃伟",
            "上月零报告，本月新增",
        ],
        [2, "坡豪屯", "2024.3.9", "宅基地纠纷", "蒙某与陆某", "宅基地界址", "已化解", "韦丽", ""],
    ]
    builders.xlsx(tmp_path / "弄怀村屯级矛盾纠纷排查台账.xlsx", {"弄怀村": rows})
    assert builders.figures(clean(tmp_path))["disputes.screened"] == 2


def _counsel_quarter(opinions: list) -> list[list]:
    header = ["村（社区）", "法律顾问", "法律咨询（人次）", "审查合同（份）", "出具法律意见书（份）", "法律援助（件）"]
    villages = ["那岜村", "弄怀村", "板端村", "岜念村"]
    rows = [["那岜乡2024年第二季度村（社区）法律顾问工作量统计表"], header]
    for n, (village, opinion) in enumerate(zip(villages, opinions)):
        rows.append([village, f"律师{n + 1}", 5 + n, 1 + n % 2, opinion, None])
    rows.append(["合计", None, 26, 6, sum(o or 0 for o in opinions), 0])
    return rows


def test_a_count_column_reading_one_two_three_down_to_its_total_is_no_serial_number(tmp_path):
    # count_column_like_a_serial (那岜乡): a quarter's 出具法律意见书 column is blank for two villages, 1 and 2 for the
    # others, 3 on the 合计 row: read as a serial number (1, 2, 3), the quarter's opinions had been unstated and the
    # year's figure 无法统计 as a year short of a quarter.
    sheets = {
        f"第{q}季度": _counsel_quarter([None, None, 1, 2] if q == "二" else [1, None, 1, None]) for q in "一二三四"
    }
    builders.xlsx(tmp_path / "法律顾问工作量统计表2024.xlsx", sheets)
    figures = builders.figures(clean(tmp_path))
    assert figures["counsel.opinions"] == 2 + 3 + 2 + 2
    assert figures["counsel.consultations"] == 26 * 4


def test_a_serial_column_beside_a_total_row_is_still_a_serial(tmp_path):
    # The 序号 1, 2, 3 of the rows above a 合计 that leaves its 序号 cell blank: still the rows' numbers, no count.
    rows = [
        ["某镇2024年矛盾纠纷排查统计表"],
        ["序号", "村", "排查矛盾纠纷（件）", "化解（件）"],
        [1, "甲村", 10, 9],
        [2, "乙村", 8, 8],
        [3, "丙村", 6, 5],
        [None, "合计", 24, 22],
    ]
    builders.xlsx(tmp_path / "矛盾纠纷统计表.xlsx", {"统计表": rows})
    figures = builders.figures(clean(tmp_path))
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (24, 22)


def test_an_autonomous_regions_office_assigns_at_the_provinces_level_and_the_towns_own_reception_is_not_assigned():
    # autonomous_region_office (那岜乡): 自治区信访联席办 had been read as 县联办 by the 区信访联席办 inside it; 乡综治中心接访
    # had been an unknown value, leaving every assigned figure unknown.
    vocab = Vocabulary(VOCABULARIES["petition_source"])
    texts = ["自治区信访联席办", "自治区信访局", "区信访联席办", "乡综治中心接访", "接访", "中央信访联席办"]
    assert [vocab.resolve(t)[0] for t in texts] == ["省联办", "省联办", "县联办", "本级受理", "本级受理", "中联办"]


def test_a_listed_dispute_type_said_with_jiufen_is_that_type_and_an_unlisted_one_stays_unknown():
    # local_dispute_types (那岜乡): 林地 is listed as 山林土地, so 林地纠纷 is too; 用水纠纷 and 施工纠纷 name no type of the
    # statistics list (水利? 合同? 损害赔偿?): the town's to register, never guessed.
    vocab = Vocabulary(VOCABULARIES["dispute_type"])
    texts = ["林地纠纷", "山林纠纷", "宅基地纠纷", "用水纠纷", "施工纠纷"]
    assert [vocab.resolve(t)[0] for t in texts] == ["山林土地", "山林土地", "房屋宅基地", None, None]


def test_the_petition_register_of_the_autonomous_region_counts_its_assigned_items(tmp_path):
    rows = [
        ["序号", "信访编号", "交办单位", "反映问题", "交办日期", "办理状态"],
        [1, "NB001", "自治区信访联席办", "林地权属", "2024-03-05", "化解中"],
        [2, "NB002", "县信访联席办", "征地补偿", "2024-04-10", "已化解"],
        [3, "NB003", "乡综治中心接访", "排水沟", "2024-05-12", "已化解"],
    ]
    builders.xlsx(tmp_path / "信访事项登记台账.xlsx", {"信访": rows})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["petitions.assigned"], figures["petitions.resolved"], figures["petitions.in_progress"]) == (2, 1, 1)
    assert codes(result, "vocab.unknown") == []
