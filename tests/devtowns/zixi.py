"""梓溪镇（虚构）2024: the fifty-second development town, whose figures exist **only as the statistics forms and annual
data disclosures its superiors issue**, filled in as offices fill them: units in the row labels and headers (万元,
千元), 其中 sub-rows indented by spaces, an indicator code column (01, 02 …) and a 栏次 row (甲 乙 1 2 3) under the
header, 合计 as the first data row, — and / for "not applicable" beside real 0s and blanks, 本期 / 上年同期 / 增减（%）
columns, 表号 / 制表机关 / 填报单位 lines above and 单位负责人 / 填表人 / 审核人 / 报出日期 lines below.

Enforcement is the town's 行政执法数据 年度公开 table: the categories of the national list as rows under a 合计 row
(first), 件数 beside 罚没金额（万元）, the penalty's kinds (警告、通报批评 / 罚款 / 没收违法所得) and the 联合检查 of the
inspections as indented 其中 rows, 行政征收 and 行政裁决 "—" (the town holds no such power), 行政奖励 a real 0.
Mediation is the 司法所's 人民调解工作统计表 in one book of two sheets: 表一 the cases by 纠纷类型 (总计 first, 其中 rows
of sub-types under their type, 受理 / 调解成功 › 小计 · 口头协议 · 书面协议 / 调解不成功 / 涉及金额（万元）), 表二 the
以案定补 figures as indicator rows whose labels carry their unit (申报补贴金额（千元）, 核定补贴金额（千元）). Petitions are
the 信访工作统计报表: 指标 | 代码 | 计量单位 | 本期 | 上年同期 | 增减（%）, sub-rows 其中：来信 / 来访 …, 增减 "—" where
the year before was 0 and a row not collected "/".

Truth decisions: a form's 合计 / 总计 row is its total wherever it stands; an indented 其中 row is part of the row above
it, never another category or case; a "—" category is not applicable: the form states no count for it (null), while
its real 0 is 0; the amount columns are money at stake, no count. The subsidy is the approved (核定) amount, in 元: the
form's 千元 to two decimals (4.15) is whole 元 (4150). Petitions: 上级交办信访事项 and its 其中：已化解 / 正在化解 of 本期 are the three figures;
上年同期 and 增减（%） are comparisons, never this year's count."""

from __future__ import annotations

import random

from .books import Book, Sheet
from .town import Built
from .truth import ENFORCEMENT_CATEGORIES, Null, Stats

TOWN = "梓溪镇"
YEAR = 2024
VILLAGES = ("梓溪社区", "桐子坪村", "白岩村", "龙井村", "青杠村", "新寨村")  # fictitious
KNOWN_WITHHELD: dict[str, str] = {}
REPORTED = "报出日期：2025年1月8日"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    annual_disclosure_total_first_enforcement(built, rng)
    coded_form_with_subrows_and_unit_labels_mediation(built, rng)
    this_period_and_prior_year_petition_form(built, rng)
    absent = ("normative_documents", "disclosure", "disputes", "security", "fraud_watch", "counsel", "litigation",
              "training")  # fmt: skip
    for kind in absent:
        built.ledgers[kind] = Null("梓溪镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


def _signatures(sheet: Sheet) -> None:
    sheet.blank()
    sheet.add("单位负责人：", None, "统计负责人：", None, "填表人：", None, "审核人：", None)
    sheet.add(REPORTED)


# --- 行政执法: the 行政执法数据 年度公开 table, 合计 first, 其中 rows, — for not applicable ----------------------------------

ENFORCEMENT_FILE = f"{TOWN}{YEAR}年度行政执法数据公开表.xlsx"
NOT_APPLICABLE = "—"


def annual_disclosure_total_first_enforcement(built: Built, rng: random.Random) -> None:
    # (label, count or —, amount 万元 or None, sub-rows [(label, count, amount)])
    warn, fine, confiscate = 4, rng.randint(6, 9), 1
    fine_amount, confiscated_amount = round(rng.uniform(0.8, 1.9), 2), 0.34
    penalty = warn + fine + confiscate
    joint = rng.randint(6, 11)
    rows = [
        ("行政许可", rng.randint(30, 45), None, []),
        ("行政处罚", penalty, round(fine_amount + confiscated_amount, 2),
         [("　　其中：警告、通报批评", warn, None), ("　　　　　罚款", fine, fine_amount),
          ("　　　　　没收违法所得、没收非法财物", confiscate, confiscated_amount)]),
        ("行政强制", rng.randint(2, 5), None, []),
        ("行政征收", NOT_APPLICABLE, None, []),
        ("行政检查", rng.randint(50, 70), None, [("　　其中：联合检查", joint, None)]),
        ("行政确认", rng.randint(15, 25), None, []),
        ("行政给付", rng.randint(4, 8), None, []),
        ("行政奖励", 0, None, []),
        ("行政裁决", NOT_APPLICABLE, None, []),
        ("其他行政执法行为", rng.randint(1, 3), None, []),
    ]  # fmt: skip
    total = sum(c for _, c, _, _ in rows if isinstance(c, int))
    sheet = Sheet("执法数据")
    sheet.title(f"{TOWN}人民政府{YEAR}年度行政执法数据", 5)
    sheet.add("填报单位（盖章）：梓溪镇人民政府", None, None, f"统计时段：{YEAR}年1月1日至12月31日", None)
    sheet.header([["执法行为类别", "代码", "实施数量（件）", "罚没金额（万元）", "备注"], ["甲", "乙", "1", "2", "丙"]])
    code = 1

    def line(label: str, count, amount, note=None) -> None:
        nonlocal code
        sheet.add(label, f"{code:02d}", count, amount, note)
        code += 1

    line("合计", total, round(fine_amount + confiscated_amount, 2))
    for label, count, amount, subs in rows:
        note = "本镇无此项职权" if count == NOT_APPLICABLE else None
        line(label, count, NOT_APPLICABLE if count == NOT_APPLICABLE else amount, note)
        for sub_label, sub_count, sub_amount in subs:
            line(sub_label, sub_count, sub_amount)
    sheet.blank()
    sheet.add("说明：1.实施数量的统计范围为统计年度1月1日至12月31日期间作出执法决定的数量；并处两种以上行政处罚的，计一宗，"
              "计入最重的类别。2.“—”表示本单位无此项执法职权。3.罚没金额以处罚决定书确定的金额为准，单位为万元。")  # fmt: skip
    _signatures(sheet)
    built.books.append(Book(ENFORCEMENT_FILE, [sheet]))
    by_label = {label: count for label, count, _, _ in rows}
    by_label["其他"] = by_label.pop("其他行政执法行为")
    counts = {"enforcement.cases": total}
    for figure, category in ENFORCEMENT_CATEGORIES.items():
        count = by_label[category]
        counts[figure] = Null("表中为 —（本镇无此项职权，不适用），未填件数") if count == NOT_APPLICABLE else count
    built.ledgers["enforcement"] = Stats(counts)
    cats = ("enforcement.cases", *ENFORCEMENT_CATEGORIES)
    built.quirk("total_first_row", ENFORCEMENT_FILE, "执法数据", cats,
                "合计 是第一个数据行（在各类别之上），不是最后一行")  # fmt: skip
    built.quirk("indented_sub_rows", ENFORCEMENT_FILE, "执法数据", ("enforcement.cases", "enforcement.penalty",
                "enforcement.inspection"),
                "行政处罚 下缩进的 其中：警告、通报批评 / 罚款 / 没收违法所得 三行，行政检查 下的 其中：联合检查：是上一行的一部分，"
                "不是另外的类别或案件")  # fmt: skip
    built.quirk("dash_not_applicable", ENFORCEMENT_FILE, "执法数据", ("enforcement.levy", "enforcement.adjudication"),
                "行政征收、行政裁决 填 —（本镇无此项职权），旁边 行政奖励 是真的 0：— 不是 0（null），0 是 0")  # fmt: skip
    built.quirk("code_and_column_number_rows", ENFORCEMENT_FILE, "执法数据", cats,
                "代码 列（01 02 …）和表头下的栏次行（甲 乙 1 2 丙）：是编号，不是计数")  # fmt: skip
    built.quirk("money_in_wan_yuan_column", ENFORCEMENT_FILE, "执法数据", ("enforcement.cases",),
                "罚没金额（万元） 与件数并列：是金额（万元），不是件数")  # fmt: skip


# --- 人民调解: 人民调解工作统计表, 表一 by 纠纷类型 (总计 first, 其中 sub-types), 表二 以案定补 with units in labels ------------

MEDIATION_FILE = f"{TOWN}{YEAR}年人民调解工作统计表.xlsx"
# 纠纷类型 → weight, and its 其中 sub-types (a part of the type's cases).
TYPES = {
    "婚姻家庭纠纷": (4, ["其中：赡养纠纷"]),
    "邻里纠纷": (6, []),
    "房屋宅基地纠纷": (3, []),
    "合同纠纷": (1.5, []),
    "损害赔偿纠纷": (2, ["其中：医疗纠纷", "道路交通事故纠纷"]),
    "山林土地纠纷": (4, ["其中：土地承包经营纠纷"]),
    "征地拆迁纠纷": (1, []),
    "劳动争议纠纷": (1.5, ["其中：欠薪纠纷"]),
    "其他纠纷": (1, []),
}
ORAL_YUAN, WRITTEN_YUAN = 50, {"一般": 100, "疑难": 200, "重大": 300}


def _split_counts(rng: random.Random, accepted: int) -> tuple[int, int, int, float]:
    done = accepted - rng.randint(0, min(2, accepted))
    oral = rng.randint(done // 3, done)
    return accepted, done, oral, round(rng.uniform(0.1, 4.0) * accepted, 2)


def coded_form_with_subrows_and_unit_labels_mediation(built: Built, rng: random.Random) -> None:
    form = Sheet("表一")
    form.add("表　　号：梓司调统1表", None, None, None, None, None, None, "制表机关：梓溪镇司法所")
    form.title(f"{TOWN}人民调解工作统计表（{YEAR}年度）", 8)
    form.add("填报单位（盖章）：梓溪镇人民调解委员会", None, None, None, None, None, None, "计量单位：件")
    form.header(
        [
            ["纠纷类型", "代码", "受理调解案件", "调解成功", None, None, "调解不成功", "涉及金额（万元）"],
            [None, None, None, "小计", "口头协议", "书面协议", None, None],
            ["甲", "乙", "1", "2", "3", "4", "5", "6"],
        ],
        merges=[(1, 4, 1, 6), *[(1, c, 2, c) for c in (1, 2, 3, 7, 8)]],
    )
    rows = []  # (label, accepted, done, oral, amount)
    for kind, (weight, subs) in TYPES.items():
        accepted, done, oral, amount = _split_counts(rng, max(1, round(weight * rng.uniform(2.0, 3.2))))
        rows.append((kind, accepted, done, oral, amount))
        left = accepted
        for n, sub in enumerate(subs):
            # A sub-type is a part of its type: its cases are among the type's, its columns within the type's.
            part = rng.randint(1, max(1, left // (len(subs) - n + 1)))
            left -= part
            s_done = min(part, done)
            s_oral = min(s_done, oral)
            rows.append(
                (f"{'　　' if n == 0 else '　　　　　'}{sub}", part, s_done, s_oral, round(amount * part / accepted, 2))
            )
    main = [r for r in rows if not r[0].startswith("　")]
    total = (
        "总计",
        sum(r[1] for r in main),
        sum(r[2] for r in main),
        sum(r[3] for r in main),
        round(sum(r[4] for r in main), 2),
    )
    code = 1
    for label, accepted, done, oral, amount in [total, *rows]:
        form.add(label, f"{code:02d}", accepted, done, oral, done - oral, accepted - done, amount)
        code += 1
    form.blank()
    form.add("说明：1.“其中”项为上一行的组成部分。2.本表统计时段为2024年1月1日至12月31日。")
    _signatures(form)

    # 表二: the 以案定补 figures of the same year, units in the labels.
    _, _, cases, oral_cases, _ = total
    written_cases = cases - oral_cases
    tiers = [rng.choices(list(WRITTEN_YUAN), weights=[6, 3, 1])[0] for _ in range(written_cases)]
    approved = oral_cases * ORAL_YUAN + sum(WRITTEN_YUAN[t] for t in tiers)
    claimed = approved + 100 * rng.randint(2, 6)  # two to six cases claimed at a higher tier than approved
    subsidy = Sheet("表二")
    subsidy.add("表　　号：梓司调统2表", None, None, "制表机关：梓溪镇司法所")
    subsidy.title(f"{TOWN}人民调解以案定补经费情况表（{YEAR}年度）", 4)
    subsidy.add("填报单位（盖章）：梓溪镇司法所", None, None, None)
    subsidy.header([["指标名称", "代码", "数量", "备注"], ["甲", "乙", "1", "丙"]])
    subsidy.add("调解成功案件（件）", "01", cases, None)
    subsidy.add("　　其中：口头协议（件）", "02", oral_cases, None)
    subsidy.add("　　　　　书面协议（件）", "03", written_cases, None)
    subsidy.add("申报补贴金额（千元）", "04", round(claimed / 1000, 2), "按申报等级")
    subsidy.add("核定补贴金额（千元）", "05", round(approved / 1000, 2), "经县司法局、财政局审核")
    subsidy.add("补贴标准（元/件）", "06", "口头50，书面100/200/300", None)
    _signatures(subsidy)
    built.books.append(Book(MEDIATION_FILE, [form, subsidy]))
    assert approved % 10 == 0  # 千元 to two decimals is exact to 10 元
    built.ledgers["mediation"] = Stats(
        {
            "mediation.cases": cases,
            "mediation.oral": oral_cases,
            "mediation.written": written_cases,
            "mediation.subsidy_yuan": approved,
        }
    )
    f = ("mediation.cases", "mediation.oral", "mediation.written")
    built.quirk("total_first_row", MEDIATION_FILE, "表一", f, "总计 是第一个数据行")
    built.quirk("indented_sub_rows", MEDIATION_FILE, "表一", f,
                "纠纷类型 下缩进的 其中：赡养纠纷、其中：医疗纠纷 / 道路交通事故纠纷 …：是上一类的一部分，不能再加一次")  # fmt: skip
    built.quirk("code_and_column_number_rows", MEDIATION_FILE, "表一/表二", f,
                "代码 列（01 02 …）、三行表头的第三行栏次（甲 乙 1 2 3 …）")  # fmt: skip
    built.quirk("sheets_table_one_and_two", MEDIATION_FILE, "表一/表二", (*f, "mediation.subsidy_yuan"),
                "一本工作簿里 表一（按纠纷类型）、表二（以案定补经费）：两张表说同一个调解成功数")  # fmt: skip
    built.quirk("unit_in_row_label", MEDIATION_FILE, "表二", ("mediation.subsidy_yuan",),
                "指标行名带单位：核定补贴金额（千元） 4.15 是 4150 元；申报补贴金额 是申报的数，核定的才是发放的")  # fmt: skip
    built.quirk("money_in_wan_yuan_column", MEDIATION_FILE, "表一", ("mediation.subsidy_yuan",),
                "涉及金额（万元） 是纠纷标的，不是补贴")  # fmt: skip
    built.quirk("signature_lines", MEDIATION_FILE, "表一/表二", f,
                "表号 / 制表机关 / 填报单位（盖章） / 计量单位 在表上，单位负责人 / 统计负责人 / 填表人 / 审核人 / 报出日期 在表下")  # fmt: skip


# --- 信访: 信访工作统计报表, 本期 / 上年同期 / 增减（%）, 其中 rows, — and / ------------------------------------------------

PETITIONS_FILE = f"{TOWN}{YEAR}年信访工作统计报表.xlsx"


def _change(now: int, before: int):
    return NOT_APPLICABLE if before == 0 else round((now - before) / before * 100, 1)


def this_period_and_prior_year_petition_form(built: Built, rng: random.Random) -> None:
    sources = {"中联办": 1, "省联办": rng.randint(1, 2), "市联办": rng.randint(1, 3), "县联办": rng.randint(3, 6)}
    assigned = sum(sources.values())
    in_progress = rng.randint(1, 2)
    resolved = assigned - in_progress - 1  # one item concluded without being settled (未化解)
    own = rng.randint(12, 20)
    letters, visits = rng.randint(3, 6), rng.randint(8, 14)
    online = assigned + own - letters - visits
    prior = {k: max(0, v + rng.randint(-3, 3)) for k, v in
             {"total": assigned + own, "letters": letters, "visits": visits, "online": online}.items()}  # fmt: skip
    prior["online"] = prior["total"] - prior["letters"] - prior["visits"]
    prior_sources = {"中联办": 0, "省联办": 1, "市联办": sources["市联办"] + 1, "县联办": sources["县联办"] - 1}
    prior_assigned = sum(prior_sources.values())
    prior_resolved, prior_progress = prior_assigned - 2, 1
    sheet = Sheet("年报")
    sheet.add("表　　号：信统1表", None, None, None, None, "制表机关：梓溪镇信访办")
    sheet.title(f"{TOWN}信访工作统计报表（{YEAR}年1—12月）", 6)
    sheet.add("填报单位（盖章）：梓溪镇人民政府", None, None, None, None, None)
    sheet.header([["指标名称", "代码", "计量单位", "本期", "上年同期", "增减（%）"], ["甲", "乙", "丙", "1", "2", "3"]])
    lines = [
        ("信访总量", assigned + own, prior["total"]),
        ("　　其中：来信", letters, prior["letters"]),
        ("　　　　　来访", visits, prior["visits"]),
        ("　　　　　网上信访", online, prior["online"]),
        ("上级交办信访事项", assigned, prior_assigned),
        *((f"　　{'其中：' if n == 0 else '　　　'}{s}交办", c, prior_sources[s]) for n, (s, c) in enumerate(sources.items())),
        ("　　其中：已化解", resolved, prior_resolved),
        ("　　　　　正在化解", in_progress, prior_progress),
        ("本级受理信访事项", own, own + rng.randint(-4, 4)),
    ]  # fmt: skip
    for n, (label, now, before) in enumerate(lines, start=1):
        sheet.add(label, f"{n:02d}", "件", now, before, _change(now, before))
    sheet.add("重复信访事项", f"{len(lines) + 1:02d}", "件", "/", "/", "/")
    sheet.blank()
    sheet.add("说明：“—”表示上年同期为0，增减无法计算；“/”表示本年度未统计该项。")
    _signatures(sheet)
    built.books.append(Book(PETITIONS_FILE, [sheet]))
    built.ledgers["petitions"] = Stats(
        {"petitions.assigned": assigned, "petitions.resolved": resolved, "petitions.in_progress": in_progress}
    )
    f = ("petitions.assigned", "petitions.resolved", "petitions.in_progress")
    built.quirk("prior_year_and_change_columns", PETITIONS_FILE, "年报", f,
                "本期 / 上年同期 / 增减（%） 三列：只有本期是本年的数；增减 在上年为0时填 —")  # fmt: skip
    built.quirk("indented_sub_rows", PETITIONS_FILE, "年报", f,
                "上级交办信访事项 下缩进的 其中：中联办交办 … 县联办交办，和 其中：已化解 / 正在化解：是交办事项的一部分")  # fmt: skip
    built.quirk("slash_not_collected", PETITIONS_FILE, "年报", (),
                "重复信访事项 一行全是 /（本年度未统计），不是 0")  # fmt: skip
    built.quirk("unit_column", PETITIONS_FILE, "年报", f, "计量单位 列（件）在标签与本期之间")
