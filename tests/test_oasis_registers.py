"""The ledgers of an oasis 乡 of 南疆 (英恰木乡, the 69th development town, built blind): a title written in Chinese and
in Uyghur names its field by its Chinese, a 地区 (or 州) assigns at the city's level and a 工作队's 接访室 receives here,
a dispute under 兵地 joint mediation is in hand, a debt is a contract's dispute and livestock eating crops a damage, an
account on a video platform is new media, a 村 column beside its 村民小组 is the village, and a name transliterated
with the middle dot is a person the free text must not show. Fixtures are small, fictitious, and named after the
quirk they show."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import fzlib
from fzlib.ingest.cleaners.categories import Vocabulary
from fzlib.ingest.locate import chinese_of_bilingual, norm_header

import builders
from builders import clean, codes

VOCABULARIES = yaml.safe_load((Path(fzlib.__file__).parent / "specs" / "vocabularies.yaml").read_text(encoding="utf-8"))

# 汉文, a line break, 维吾尔文: the header cells of a 新疆 综治中心's register.
BILINGUAL_HEADER = [
    "序号\nتەرتىپ",
    "排查日期\nتەكشۈرگەن ۋاقتى",
    "村\nكەنت",
    "村民小组\nگۇرۇپپا",
    "纠纷类型\nماجىرا تۈرى",
    "当事人\nتەرەپلەر",
    "简要情况\nئەھۋالى",
    "排查来源\nمەنبەسى",
    "化解情况\nھەل قىلىنىش ئەھۋالى",
]


def _disputes(header: list[str]) -> list[list]:
    return [
        ["ماجىرالارنى تەكشۈرۈپ ھەل قىلىش خاتىرىسى"],
        ["某乡2024年矛盾纠纷排查化解工作台账"],
        header,
        [1, "2024.03.05", "甲村", "3组", "土地承包纠纷", "吐某·热某与艾某·依某", "承包地边界争议", "网格员排查", "已化解"],
        [2, "2024.03.19", "乙村", "1组", "兵地纠纷", "买某·艾某与某连队职工", "支渠分水时间争议", "“访惠聚”工作队入户走访",
         "兵地联调中"],
        [3, "2024.04.02", "丙村", "5组", "邻里纠纷", "阿某·吐某与热某·买某", "院墙排水引发争执", "群众来访", "调解成功"],
    ]  # fmt: skip


def test_header_cells_in_chinese_and_uyghur_are_read_by_their_chinese(tmp_path):
    # bilingual_header_cells (英恰木乡): 纠纷类型 over ماجىرا تۈرى in one cell had been read as 纠纷类型ماجىراتۈرى, a title
    # of no field: the register's 序号 (its key), date and status unknown, every dispute figure unknown.
    builders.xlsx(tmp_path / "矛盾纠纷排查化解工作台账.xlsx", {"2024年": _disputes(BILINGUAL_HEADER)})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["disputes.screened"], figures["disputes.resolved"]) == (3, 2)
    assert codes(result, "column.missing") == []
    assert list(result.tables["disputes"]["village"]) == ["甲村", "乙村", "丙村"]


@pytest.mark.parametrize(
    ("title", "read"),
    [
        ("纠纷类型\nماجىرا تۈرى", "纠纷类型"),  # 维吾尔文 under the Chinese
        ("ھەل قىلىنىش ئەھۋالى 化解情况", "化解情况"),  # before it
        ("排查日期（تەكشۈرگەن ۋاقتى）", "排查日期"),  # in brackets after it
        ("化解情况\nཐག་གཅོད་གནས་ཚུལ།", "化解情况"),  # 藏文
        ("受理日期 ᠬᠦᠯᠢᠶᠡᠨ ᠠᠪᠤᠭᠰᠠᠨ ᠡᠳᠦᠷ", "受理日期"),  # 蒙古文
        ("ماجىرا تۈرى", "ماجىراتۈرى"),  # no Chinese: nothing to take it for, the title stays
        ("序號", "序号"),
    ],
)
def test_a_title_in_two_scripts_is_its_chinese(title, read):
    assert norm_header(title) == read


def test_a_text_in_one_script_is_left_as_it_is():
    assert [chinese_of_bilingual(t) for t in ("纠纷类型", "ID", "ماجىرا")] == ["纠纷类型", "ID", "ماجىرا"]


def test_a_prefecture_assigns_at_the_citys_level_and_a_work_teams_reception_room_receives_here():
    # prefecture_level_office (英恰木乡): 喀塔地区信访联席办 had been read as 县联办 by the 区信访联席办 inside it; the
    # '访惠聚' 工作队's 接访室 had been an unknown value, every assigned figure unknown.
    vocab = Vocabulary(VOCABULARIES["petition_source"])
    texts = {
        "喀塔地区信访联席办": "市联办",
        "地区信访联席办": "市联办",
        "地委信访局": "市联办",
        "某某自治州信访联席办": "市联办",
        "州信访局交办": "市联办",
        "自治区信访联席办": "省联办",
        "国家信访局": "中联办",
        "昆河县信访联席办": "县联办",
        "区信访联席办": "县联办",  # a city's 市辖区: still the county's level
        "“访惠聚”工作队接访室": "本级受理",
        "乡信访接待室": "本级受理",
        "驻村工作队接访": "本级受理",
    }
    assert {t: vocab.resolve(t)[0] for t in texts} == texts


def test_the_petition_register_of_a_prefecture_counts_its_assigned_items(tmp_path):
    rows = [
        ["序号", "信访编号", "交办单位", "反映问题", "交办日期", "办理状态"],
        [1, "YQ001", "国家信访局", "棉花收购款", "2024-03-05", "已化解"],
        [2, "YQ002", "喀塔地区信访联席办", "安居房补助", "2024-04-10", "化解中"],
        [3, "YQ003", "“访惠聚”工作队接访室", "院墙纠纷", "2024-05-12", "已化解"],
    ]
    builders.xlsx(tmp_path / "信访事项登记台账.xlsx", {"信访": rows})
    result = clean(tmp_path)
    figures = builders.figures(result)
    assert (figures["petitions.assigned"], figures["petitions.resolved"], figures["petitions.in_progress"]) == (2, 1, 1)
    assert codes(result, "vocab.unknown") == []


def test_a_dispute_under_joint_mediation_is_in_hand():
    # bingdi_disputes (英恰木乡): 兵地联调中 (the 乡 and the 兵团 连队 mediating together) had been an unknown value,
    # every resolved figure unknown. Under way, never resolved.
    vocab = Vocabulary(VOCABULARIES["dispute_status"])
    texts = ["兵地联调中", "联合调解中", "正在联调", "已化解", "调解成功"]
    assert [vocab.resolve(t)[0] for t in texts] == ["化解中", "化解中", "化解中", "已化解", "已化解"]


def test_a_debt_is_a_contracts_dispute_livestock_eating_crops_a_damage_and_water_or_bingdi_stay_unknown():
    # 债务纠纷 had been unknown and offered as 劳动争议 (劳务纠纷, one character away): a debt is owed under a contract.
    # 灌溉用水 names no class of the statistics list, and 兵地 says who the parties are, not what about: the town's to
    # register, never guessed.
    vocab = Vocabulary(VOCABULARIES["dispute_type"])
    texts = {
        "债务纠纷": "合同",
        "民间借贷纠纷": "合同",
        "欠款纠纷": "合同",
        "牲畜啃食庄稼": "损害赔偿",
        "羊只啃食棉苗": "损害赔偿",
        "劳务费纠纷": "劳动争议",
        "灌溉用水纠纷": None,
        "兵地纠纷": None,
    }
    assert {t: vocab.resolve(t)[0] for t in texts} == texts
    assert vocab.suggestion("灌溉用水纠纷", vocab.key("灌溉用水纠纷")) is None


def test_an_account_on_a_video_platform_is_the_towns_new_media():
    # 抖音号 (英恰木乡's 政务公开 register) had been an unknown value: 抖音 was listed, but too short to be looked for inside.
    vocab = Vocabulary(VOCABULARIES["disclosure_channel"])
    texts = ["抖音号", "乡抖音号", "快手号", "乡视频号", "“英恰木之声”微信公众号"]
    assert [vocab.resolve(t)[0] for t in texts] == ["微信公众号"] * 5


def test_a_village_column_titled_cun_beside_its_villager_group_is_the_village(tmp_path):
    # 村 | 村民小组 | 排查来源: 村 alone had been no title of the village, and the 排查来源 beside it taken for the
    # village by its content (网格员排查 a village of the breakdown).
    header = ["序号", "排查日期", "村", "村民小组", "纠纷类型", "当事人", "简要情况", "排查来源", "化解情况"]
    builders.xlsx(tmp_path / "矛盾纠纷排查化解工作台账.xlsx", {"2024年": _disputes(header)})
    table = clean(tmp_path).tables["disputes"]
    assert list(table["village"]) == ["甲村", "乙村", "丙村"]
    assert list(table["channel"]) == ["网格员排查", "“访惠聚”工作队入户走访", "群众来访"]


def test_names_transliterated_with_the_middle_dot_are_masked_wherever_a_summary_repeats_them(tmp_path):
    # middle_dot_names (英恰木乡): 买买提·艾力与阿依古丽·吐尔逊 in the 当事人 cell registered only the cell whole (neither
    # name has a surname of the list, and each is longer than a Han name): a 简要情况 naming one of them kept it.
    rows = [
        ["序号", "排查日期", "村", "纠纷类型", "当事人", "简要情况", "化解情况"],
        [1, "2024.3.5", "甲村", "邻里纠纷", "买买提·艾力与阿依古丽·吐尔逊", "阿依古丽·吐尔逊反映买买提·艾力家院墙排水",
         "已化解"],
        [2, "2024.3.9", "乙村", "债务纠纷", "吐尔逊·热合曼、艾买提·依明", "艾买提·依明购羊欠款未还", "化解中"],
    ]  # fmt: skip
    builders.xlsx(tmp_path / "矛盾纠纷排查台账.xlsx", {"2024年": rows})
    summaries = list(clean(tmp_path).tables["disputes"]["summary"])
    assert not any(name in s for s in summaries for name in ("买买提·艾力", "阿依古丽·吐尔逊", "艾买提·依明"))
    assert summaries[1].endswith("购羊欠款未还")


def test_a_title_built_to_be_slow_is_read_in_one_pass():
    # A value of 60,000 brackets around a word, or a letter of the other script followed by 60,000 spaces: the run of
    # the other script starts and ends with one of its letters, so neither is searched again from each character.
    deep = "（" * 60_000 + "纠纷类型" + "）" * 60_000
    assert chinese_of_bilingual("（" * 60_000 + "纠纷类型ا" + "）" * 60_000) == deep
    assert norm_header("纠纷类型" + "ا" + " " * 60_000 + "。") == "纠纷类型。"
