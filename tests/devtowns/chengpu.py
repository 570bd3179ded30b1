"""澄浦镇 (虚构; 澄阳市, a fictitious county-level city of 苏南), 2024: an economically developed big 镇 (经济发达镇) to which
the city has handed county-level enforcement powers, so its 综合行政执法局 decides cases by the thousand and its
社会治理现代化指挥中心 runs the 网格 platform. Built blind (issue 12, the 68th town): from shared/spec, the harness
and public pages only.

Sources (public pages, read through the search tool):
- 江苏省机构编制网, 靖江 西来镇 综合行政执法改革 (jssbb.gov.cn/gg/zfjggg/202212/t20221205_12443.html): the 镇综合执法局
  with the 指挥中心 "派单", the 审批服务综合执法 app, 案例移送 and 信息共享 between the town and the 驻镇 offices.
- 国际在线江苏频道, 张家港 镇综合行政执法局 (js.cri.cn, 2020-09-01): 城管、安监、环保 … 11 领域 436 项行政处罚权,
  执法检查 by the hundred, 责令整改通知书 — the 执法领域 vocabulary and the volumes of inspections against penalties.
- 市场监督管理行政处罚信息公示规定 (2021, flfgsc.cn): the 公示 摘要 — 行政处罚决定书文号, 当事人, 违法行为类型,
  行政处罚内容, 作出决定的机关名称和日期 — the columns of the platform's 行政处罚 export.
- 人民调解卷宗 template (bdocx.com/doc/4951888.html): 卷号 （）人调字第 号, 人民调解受理登记表 (纠纷类型, 案件来源:
  当事人申请 / 调委会主动调解), 口头协议登记表; 齐河县 司法局 《人民调解案件登记簿》 (zgjkxw.org.cn, 2018-04-12).
- 徐州 "社会治理网格通" (seridoat.com): the 网格 platform's 发现-上报-分派-处置-反馈 cycle, whose event export is
  the 指挥中心's 矛盾纠纷 register here.
- 常家镇 法律顾问 (山东振庆律师事务所; zsnyrhyy.com/p/1397409.html), 胡集镇 (sdfzcm.com, 2022-10-02), 昆山
  政府法律顾问工作管理办法 (data.ks.gov.cn, 2026-01): the law firm's services — 合同审查, 法律意见, 合法性审查,
  信访接待, 代理诉讼, 解答咨询.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

Everything is fictitious: the town, the city, the villages and 社区, the law firm, the people (tests/devtowns/fake.py),
the case numbers.

Files (10): the 执法办案平台's 行政处罚 / 行政强制 export (xlsx, one category a sheet, no category column, times in
the date cells, cases still 办理中 without a decision), the 行政检查 公示 export (GBK CSV, the category only in its
title), the 指挥中心's 矛盾纠纷 event export (HTML .xls, 办理状态 beside 化解结果), the 司法所's 人民调解 登记簿 (WPS .et,
a sheet a quarter), a Word 信访 register, the law firm's service log (GBK CSV, 件数 beside 工时), the 政务公开 register
(.ods, 主动公开 and 依申请公开 sheets), the 派出所's 平安建设 list (CSV UTF-8 BOM), the 涉诈 list, and a 法治建设
workbook (行政应诉 + 学法用法).
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built

TOWN = "澄浦镇"
YEAR = 2024
CITY = "澄阳市"
VILLAGES = (
    "澄浦社区",
    "北塘村",
    "新桥村",
    "东港社区",
    "南湾村",
    "高新社区",
    "西河村",
    "滨河社区",
    "三圩村",
    "花园社区",
)
SEED = 66_2024
AGENCY = f"{TOWN}综合行政执法局"


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


def _stamp(rng: random.Random, day: dt.date) -> str:
    """A platform's time stamp: 2024-03-05 10:21:33."""
    return f"{day:%Y-%m-%d} {rng.randint(8, 17):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"


FIELDS = {"市场监管": 5, "城市管理": 7, "安全生产": 3, "生态环境": 2, "自然资源": 1, "卫生健康": 1, "农业农村": 0.6}
PENALTY_CAUSES = {
    "市场监管": ["销售过期食品", "未按规定公示营业执照", "无证经营小餐饮", "销售不合格电动自行车"],
    "城市管理": ["擅自占用城市道路堆放物料", "未经许可设置户外广告", "运输渣土车辆抛洒滴漏", "违法搭建"],
    "安全生产": ["未按规定开展安全生产教育培训", "未建立事故隐患排查治理制度", "特种作业人员未持证上岗"],
    "生态环境": ["露天焚烧垃圾", "餐饮油烟未经净化排放", "夜间建筑施工噪声扰民"],
    "自然资源": ["非法占用耕地建房"],
    "卫生健康": ["公共场所未取得卫生许可证", "未按规定组织从业人员健康检查"],
    "农业农村": ["违规使用禁用农药"],
}


def enforcement(built: Built, rng: random.Random) -> list[dict]:
    """The 执法办案平台's export of decided cases: one sheet per 执法行为 (行政处罚, 行政强制措施) with no category
    column, the 执法领域 (市场监管, 城市管理 …) a column of its own, 立案 and 决定 time stamps, cases still 办理中 or
    立案后撤销 listed with no decision, and cases filed in December 2023 decided this year."""
    name = f"{AGENCY}执法办案平台案件导出（{YEAR}年度）.xlsx"
    records: list[dict] = []

    pen = Sheet("行政处罚")
    pen.title(f"{AGENCY}行政处罚案件信息（{YEAR}-01-01至{YEAR}-12-31）", 14)
    pen.add("导出时间：2025-01-06 09:30:00", *[None] * 13)
    pen.header([["序号", "行政处罚决定书文号", "案由", "执法领域", "程序类型", "当事人类型", "当事人名称",
                 "处罚内容", "罚没金额（元）", "立案时间", "处罚决定日期", "案件状态", "主办人", "协办人"]])  # fmt: skip
    n_cases = 640
    days = _days(rng, n_cases)
    serial = 0
    general = simple = 0
    for day in days:
        field = fake.pick(rng, FIELDS)
        cause = rng.choice(PENALTY_CAUSES[field])
        easy = rng.random() < 0.35
        if easy:
            simple += 1
            no = f"澄浦综执简罚〔{YEAR}〕{simple:04d}号"
            content, money = rng.choice([("警告", 0), ("罚款", rng.choice([50, 100, 200]))])
            filed = day
        else:
            general += 1
            no = f"澄浦综执罚决字〔{YEAR}〕第{general:04d}号"
            money = rng.choice([500, 1000, 2000, 3000, 5000, 10000, 20000, 50000])
            content = rng.choice(["罚款", "警告、罚款", "罚款、没收违法所得"])
            filed = day - dt.timedelta(days=rng.randint(5, 60))
        # Most cases decided; some still open (no decision yet) or withdrawn after filing: not cases of the year.
        state = fake.pick(rng, {"已结案": 0.93, "办理中": 0.05, "已撤销": 0.02})
        decided = day if state == "已结案" else None
        firm = rng.random() < 0.55
        party = f"{CITY}（虚构）{rng.choice('宏鑫恒泰盛华联裕')}{rng.choice(['贸易', '机械', '餐饮', '建材', '物流'])}有限公司" if firm else fake.masked(fake.name(rng))  # fmt: skip
        serial += 1
        pen.add(
            serial,
            no if decided else "",  # the 决定书文号 is given only with the decision
            cause,
            field,
            "简易程序" if easy else "普通程序",
            "法人或其他组织" if firm else "自然人",
            party,
            content if decided else "",
            money if decided else None,
            _stamp(rng, filed),
            _stamp(rng, decided) if decided else "",
            state,
            fake.name(rng),
            fake.name(rng),
        )
        if decided:
            records.append({"case_no": no, "category": "行政处罚", "decided_on": decided})

    coe = Sheet("行政强制措施")
    coe.title(f"{AGENCY}行政强制案件信息（{YEAR}-01-01至{YEAR}-12-31）", 10)
    coe.header([["序号", "文书编号", "强制措施种类", "执法领域", "当事人名称", "涉案物品", "决定日期",
                 "解除日期", "案件状态", "主办人"]])  # fmt: skip
    for n, day in enumerate(_days(rng, 46), start=1):
        kind = rng.choice(["查封场所、设施或者财物", "扣押财物"])
        no = f"澄浦综执强〔{YEAR}〕{n:03d}号"
        lifted = day + dt.timedelta(days=rng.randint(10, 30))
        coe.add(n, no, kind, fake.pick(rng, {"市场监管": 3, "城市管理": 4, "安全生产": 2}),
                fake.masked(fake.name(rng)), rng.choice(["电动自行车12辆", "渣土车1辆", "液化气钢瓶5只", "广告牌2块"]),
                _stamp(rng, day), f"{lifted:%Y-%m-%d}" if lifted.year == YEAR else "", "已结案", fake.name(rng))  # fmt: skip
        records.append({"case_no": no, "category": "行政强制", "decided_on": day})

    built.books.append(Book(name, [pen, coe]))
    built.quirk("category_from_sheet_or_title", name, pen.name, ("enforcement.penalty", "enforcement.coercion"),
                "没有执法类别列：工作表名 行政处罚 / 行政强制措施 就是类别；执法领域（市场监管、城市管理…）不是类别")  # fmt: skip
    built.quirk("undecided_cases_listed", name, pen.name, ("enforcement.cases", "enforcement.penalty"),
                "办理中、已撤销的案件没有决定书文号和处罚决定日期：不是当年作出的案件")  # fmt: skip
    built.quirk("time_in_date_cell", name, pen.name, "enforcement.penalty",
                "平台时间戳 2024-03-05 10:21:33；立案时间在上年十二月的案件按决定日期计入当年")  # fmt: skip
    return records


INSPECTION_ITEMS = {
    "市场监管": ["食品经营者日常监督检查", "特种设备使用单位检查", "电动自行车销售专项检查"],
    "城市管理": ["市容环境卫生责任区检查", "建筑工地扬尘管控检查", "燃气使用场所检查"],
    "安全生产": ["工贸企业安全生产检查", "有限空间作业专项检查", "消防安全隐患检查"],
    "生态环境": ["餐饮油烟排放检查", "涉VOCs企业检查"],
}


def inspections(built: Built, rng: random.Random, records: list[dict]) -> None:
    """The 行政检查 公示 export (三项制度, 事后公开) as a GBK CSV: a title naming 行政检查, no category column, each
    检查 with its 检查编号; the 检查结果 says 责令整改 or 立案查处 but the row is still one inspection."""
    name = f"{AGENCY}{YEAR}年行政检查信息公示.csv"
    sheet = Sheet("行政检查")
    sheet.add(f"{AGENCY}{YEAR}年度行政检查信息公示（三项制度）")
    sheet.add(f"公示单位：{AGENCY}", "", "", "", "", "", "", "公示时间：2025年1月6日")
    sheet.header([["序号", "检查编号", "检查对象", "检查事项", "执法领域", "检查方式", "检查日期", "检查结果"]])
    fields = {"市场监管": 4, "城市管理": 3, "安全生产": 4, "生态环境": 1}
    for n, day in enumerate(_days(rng, 870), start=1):
        field = fake.pick(rng, fields)
        no = f"CPJC{YEAR}{n:05d}"
        sheet.add(
            n,
            no,
            f"（虚构）{rng.choice(VILLAGES)}{rng.choice(['五金厂', '饭店', '超市', '建筑工地', '纺织厂', '物流园'])}",
            rng.choice(INSPECTION_ITEMS[field]),
            field,
            fake.pick(rng, {"双随机一公开": 2, "日常检查": 5, "专项检查": 2, "投诉举报核查": 1}),
            f"{day.year}/{day.month}/{day.day}",
            fake.pick(rng, {"未发现问题": 6, "责令限期整改": 3, "立案查处": 0.5}),
        )
        records.append({"case_no": no, "category": "行政检查", "decided_on": day})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.quirk("category_from_sheet_or_title", name, sheet.name, "enforcement.inspection",
                "类别只在标题里（行政检查信息公示），CSV 没有表名")  # fmt: skip
    built.quirk("csv_gbk", name, sheet.name, "enforcement.inspection")


DISPUTE_TYPES = {
    "邻里纠纷": 5,
    "劳动争议（欠薪）": 4,
    "物业纠纷": 3,
    "婚姻家庭纠纷": 3,
    "消费纠纷": 2,
    "合同纠纷": 2,
    "道路交通事故纠纷": 1.5,
    "房屋宅基地纠纷": 1,
    "征地拆迁纠纷": 0.5,
}


def disputes(built: Built, rng: random.Random) -> list[dict]:
    """The 社会治理现代化指挥中心's 矛盾纠纷 events exported from the 网格 platform as an HTML table saved .xls: 办理状态
    (已办结 / 处置中 / 已上报) is the platform's work-flow state, 化解结果 (化解成功 / 化解不成功 / blank) is whether
    the dispute was resolved — an event closed (已办结) without success is not resolved. Returns the resolved rows."""
    name = f"{TOWN}社会治理现代化指挥中心矛盾纠纷事件导出.xls"
    sheet = Sheet("事件列表")
    sheet.title(f"{TOWN}网格化社会治理平台 矛盾纠纷类事件（{YEAR}-01-01至{YEAR}-12-31）", 13)
    sheet.header([["序号", "事件编号", "事件标题", "事件大类", "事件小类", "事件来源", "所属网格", "上报人",
                   "上报时间", "处置部门", "办理状态", "化解结果", "办结时间"]])  # fmt: skip
    records = []
    for n, day in enumerate(_days(rng, 930), start=1):
        kind = fake.pick(rng, DISPUTE_TYPES)
        village = rng.choice(VILLAGES)
        state, result = rng.choices(
            [("已办结", "化解成功"), ("已办结", "化解不成功"), ("处置中", ""), ("已上报", "")],
            weights=[90, 3, 4, 3],
        )[0]
        no = f"SJ{day:%Y%m%d}{n:05d}"
        done = day + dt.timedelta(days=rng.randint(0, 12)) if state == "已办结" else None
        sheet.add(
            n,
            no,
            f"{village}{kind.split('（')[0].removesuffix('纠纷')}问题",
            "矛盾纠纷",
            kind,
            fake.pick(rng, {"网格员上报": 6, "12345热线转办": 3, "群众来访": 1}),
            f"{village}第{rng.randint(1, 6)}网格",
            fake.name(rng),
            _stamp(rng, day),
            fake.pick(rng, {"镇调委会": 3, f"{village}调委会": 4, "综合行政执法局": 1, "派出所": 1}),
            state,
            result,
            _stamp(rng, done) if done else "",
        )
        status = "已化解" if result == "化解成功" else ("已上报/移交" if state == "已上报" else "化解中")
        records.append({"screened_on": day, "status": status, "no": no, "kind": kind})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("html_as_xls", name, sheet.name, "disputes.screened", "网格平台导出的 HTML 表格冒充 .xls")
    built.quirk("workflow_state_beside_result", name, sheet.name, ("disputes.resolved", "disputes.resolution_rate"),
                "办理状态（已办结）是流程状态，化解结果（化解成功/化解不成功）才是化解与否：已办结但化解不成功不算化解")  # fmt: skip
    return [r for r in records if r["status"] == "已化解"]


# 以案定补 of this fictitious city (illustrative): 口头 60 元; 书面 by tier 一般 150 / 疑难 300 / 重大 600 元.
SUBSIDY = {("口头", None): 60, ("书面", "一般"): 150, ("书面", "疑难"): 300, ("书面", "重大"): 600}


def mediation(built: Built, rng: random.Random, resolved: list[dict]) -> None:
    """The 司法所's 人民调解案件登记簿 kept in WPS (.et), a sheet a quarter after a 填表说明 sheet: 当事人 over 申请人 /
    被申请人, 卷宗号 （2024）澄浦人调字第N号 running through the year, 协议形式 口头协议 / 书面协议, 调解结果 with
    终止调解 and 调解不成功, 补贴金额 only on successful cases."""
    name = f"{TOWN}人民调解案件登记簿{YEAR}.et"
    guide = Sheet("填表说明")
    guide.add("填表说明")
    guide.add("1. 本登记簿按季度分表登记，卷宗号全年连续编号。")
    guide.add("2. 协议形式填写口头协议或书面协议；调解不成功、终止调解的案件不填补贴金额。")
    guide.add("3. 补贴标准按《澄阳市人民调解以案定补办法》（虚构）执行。")
    picked = sorted(rng.sample(resolved, 410), key=lambda r: r["screened_on"])
    failures = [("不成功", d) for d in _days(rng, 14)] + [("终止", d) for d in _days(rng, 6)]
    cases = sorted([("成功", r["screened_on"], r["kind"]) for r in picked]
                   + [(o, d, fake.pick(rng, DISPUTE_TYPES)) for o, d in failures], key=lambda c: c[1])  # fmt: skip
    sheets = [guide]
    quarter_sheets = {}
    for q in range(1, 5):
        s = Sheet(f"{'一二三四'[q - 1]}季度")
        s.title(f"{TOWN}人民调解委员会{YEAR}年第{'一二三四'[q - 1]}季度案件登记", 13)
        s.header(
            [
                ["序号", "卷宗号", "受理日期", "调解组织", "纠纷类型", "当事人", None, "协议形式", "调解结果",
                 "结案日期", "案件等级", "补贴金额（元）", "调解员"],
                [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None, None],
            ],
            [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13)] + [(1, 6, 1, 7)],
        )  # fmt: skip
        quarter_sheets[q] = s
        sheets.append(s)
    records = []
    serial = {q: 0 for q in quarter_sheets}
    for n, (outcome, day, kind) in enumerate(cases, start=1):
        q = (day.month - 1) // 3 + 1
        serial[q] += 1
        file_no = f"（{YEAR}）澄浦人调字第{n}号"
        org = "镇人民调解委员会" if rng.random() < 0.4 else f"{rng.choice(VILLAGES)}人民调解委员会"
        if outcome == "成功":
            form = "书面" if rng.random() < 0.3 else "口头"
            tier = fake.pick(rng, {"一般": 6, "疑难": 3, "重大": 1}) if form == "书面" else None
            money = SUBSIDY[(form, tier)]
            words = ("书面协议" if form == "书面" else "口头协议", "调解成功", tier or "简易", money)
        else:
            form, money = None, None
            words = ("", "调解不成功" if outcome == "不成功" else "终止调解", "", None)
        closed = day + dt.timedelta(days=rng.randint(1, 20))
        quarter_sheets[q].add(serial[q], file_no, fake.date_cell(day, "date"), org, kind.split("（")[0],
                              fake.masked(fake.name(rng)), fake.masked(fake.name(rng)), words[0], words[1],
                              fake.date_cell(min(closed, dt.date(YEAR, 12, 31)), "date"), words[2], words[3],
                              fake.name(rng))  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, sheets, fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("restarting_numbers", name, "二季度", "mediation.cases", "序号每季度重编，卷宗号全年连续")
    built.quirk("header_four_rows", name, "一季度", "mediation.subsidy_yuan", "当事人 › 申请人 / 被申请人，两行表头")
    built.quirk("negated_results", name, "三季度", "mediation.cases", "调解不成功、终止调解 不是成功")


def petitions(built: Built, rng: random.Random) -> None:
    """The 信访办's register in Word: 交办来源 written 省联办交办 / 县联办交办 / 本级受理（来访）, 是否重复信访, 办理情况."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}信访工作办公室", "（虚构示例数据）"]
    sheet.header([["序号", "信访编号", "交办来源", "信访人", "反映问题", "是否重复信访", "交办日期", "办理状态",
                   "办结日期"]])  # fmt: skip
    items = [
        ("省联办", "已化解", "否", "企业拖欠农民工工资"),
        ("市联办", "已化解", "否", "小区物业服务收费争议"),
        ("市联办", "正在化解", "是", "厂房拆迁补偿标准"),
        ("市联办", "已化解", "否", "餐饮油烟扰民"),
        ("县联办", "已化解", "否", "渣土车夜间运输噪声"),
        ("县联办", "正在化解", "否", "宅基地确权争议"),
        ("县联办", "已化解", "否", "违法建设举报"),
        ("本级受理", "已化解", "否", "邻里排水纠纷"),
        ("本级受理", "正在化解", "否", "土地流转租金"),
        ("本级受理", "已化解", "否", "工伤赔偿咨询"),
    ]
    said = {"省联办": "省联办交办", "市联办": "市联办交办", "县联办": "县联办交办", "本级受理": "本级受理（来访）"}
    records = []
    for n, ((source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"CP-XF-{YEAR}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 55)) if status == "已化解" else None
        sheet.add(n, no, said[source], fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"), status,
                  fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status, "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("value_qualifiers", name, sheet.name, "petitions.assigned",
                "交办来源 写作 省联办交办、县联办交办、本级受理（来访）")  # fmt: skip


COUNSEL_WORK = {
    "合同审查": ("文书审核", 4),
    "规范性文件合法性审查": ("文书审核", 0.6),
    "出具法律意见书": ("法律意见书", 2),
    "解答法律咨询": ("法律咨询", 5),
    "参与信访接待": (None, 1.5),
    "代理诉讼": (None, 0.5),
    "法律援助": ("法律援助", 0.3),
    "法治讲座": (None, 0.6),
}


def counsel(built: Built, rng: random.Random) -> None:
    """The law firm's 政府法律顾问服务工作日志 for the 镇人民政府 as a GBK CSV: 服务类别, 件数 typed 3份 / 2次 or left
    blank (one), beside 工时（小时） — a number column that is not a count."""
    name = f"（虚构）江苏澄和律师事务所_{TOWN}法律顾问服务日志{YEAR}.csv"
    sheet = Sheet("服务日志")
    sheet.add(f"江苏澄和律师事务所（虚构）{TOWN}人民政府法律顾问服务工作日志（{YEAR}年度）")
    sheet.header([["序号", "服务日期", "服务对象", "服务类别", "服务内容摘要", "件数", "工时（小时）", "承办律师"]])
    weights = {k: w for k, (_, w) in COUNSEL_WORK.items()}
    records = []
    for n, day in enumerate(_days(rng, 150), start=1):
        work = fake.pick(rng, weights)
        qty = rng.choice([1, 1, 1, 2, 3]) if work != "解答法律咨询" else rng.choice([1, 2, 3, 4, 6])
        unit = "次" if work in ("解答法律咨询", "参与信访接待", "法治讲座") else "份"
        typed = "" if qty == 1 and rng.random() < 0.4 else (f"{qty}{unit}" if rng.random() < 0.5 else str(qty))
        target = fake.pick(rng, {"镇人民政府": 3, "综合行政执法局": 2, "司法所": 1, rng.choice(VILLAGES): 2})
        sheet.add(n, f"{day:%Y-%m-%d}", target, work, f"{work}（{target}）", typed, rng.choice([0.5, 1, 1.5, 2, 3, 4]),
                  rng.choice(["周律师", "钱律师", "孙律师"]))  # fmt: skip
        service = COUNSEL_WORK[work][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["counsel"] = records
    built.quirk("competing_headers", name, sheet.name, ("counsel.consultations", "counsel.document_reviews"),
                "件数（3份、2次、空白为1）旁边有 工时（小时）：工时不是件数")  # fmt: skip
    built.quirk("value_synonyms", name, sheet.name, "counsel.document_reviews",
                "合同审查、规范性文件合法性审查 = 文书审核；解答法律咨询 = 法律咨询")  # fmt: skip


def disclosure(built: Built, rng: random.Random) -> None:
    """The 党政办's 政务公开 register saved as .ods: a 信息发布 sheet (公开类型 主动公开 / 宣传报道, 发布渠道 portal,
    公众号, 公开栏) and an 依申请公开 sheet with one row per application."""
    name = f"{TOWN}{YEAR}年政务公开工作台账.ods"
    pub = Sheet("信息发布")
    pub.title(f"{TOWN}{YEAR}年政府信息主动公开及信息发布登记", 7)
    pub.header([["序号", "信息标题", "发布日期", "发布渠道", "公开类型", "信息类别", "责任科室"]])
    kinds = ["主动公开"] * 168 + ["媒体发布"] * 236
    rng.shuffle(kinds)
    records = []
    for n, (kind, day) in enumerate(zip(kinds, _days(rng, len(kinds))), start=1):
        if kind == "主动公开":
            channel = fake.pick(rng, {f"{CITY}人民政府门户网站": 5, "政务公开栏": 1})
            title = rng.choice(
                ["建设项目环评公示", "临时救助对象公示", "规划许可批前公示", "财政预算公开", "征地补偿方案公告"]
            )
            cat = rng.choice(["通知公告", "政策文件", "财政信息", "公示公告"])
            typed = "主动公开"
        else:
            channel = "“澄浦发布”微信公众号"
            title = rng.choice(["综合执法护航营商环境", "网格员化解邻里纠纷", "法治讲座进企业", "安全生产大检查"])
            cat, typed = "工作动态", "宣传报道"
        pub.add(n, title, fake.date_cell(day, "date"), channel, typed, cat,
                rng.choice(["党政办", "经发局", "社会事业局", "综合行政执法局"]))  # fmt: skip
        records.append({"published_on": day, "type": kind})
    req = Sheet("依申请公开")
    req.title(f"{TOWN}{YEAR}年政府信息依申请公开登记", 7)
    req.header([["序号", "申请人", "申请日期", "申请内容", "申请方式", "答复日期", "答复结果"]])
    for n, day in enumerate(_days(rng, 7), start=1):
        req.add(n, fake.masked(fake.name(rng)), fake.date_cell(day, "date"), rng.choice(["征地补偿安置方案", "拆迁评估报告", "规划审批文件"]),
                rng.choice(["网上申请", "信函"]), fake.date_cell(day + dt.timedelta(days=14), "date"),
                rng.choice(["予以公开", "部分公开", "信息不存在"]))  # fmt: skip
        records.append({"published_on": day, "type": "依申请公开"})
    built.books.append(Book(name, [pub, req], fmt="ods"))
    built.ledgers["disclosure"] = records
    built.quirk("ods_spreadsheet", name, pub.name, ("disclosure.proactive", "disclosure.media"))
    built.quirk("value_synonyms", name, pub.name, "disclosure.media", "宣传报道 = 媒体发布")
    built.quirk("requests_sheet_rows", name, req.name, "disclosure.on_request", "依申请公开 一行一件申请")


def security(built: Built, rng: random.Random) -> None:
    """The 派出所's 平安建设 list as a CSV UTF-8 with BOM; dates typed 2024年3月5日."""
    name = f"{TOWN}派出所平安建设工作台账{YEAR}.csv"
    sheet = Sheet("平安建设")
    sheet.add(f"{TOWN}{YEAR}年平安建设（治安案件、家暴告诫）工作台账")
    sheet.header([["序号", "日期", "类型", "村（社区）", "处理结果", "治安拘留人数"]])
    plan = ["家暴告诫书"] * 31 + ["家暴治安案件"] * 3 + ["涉黄治安案件"] * 6 + ["涉赌治安案件"] * 9
    rng.shuffle(plan)
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        detained = {"家暴告诫书": 0, "家暴治安案件": 1, "涉黄治安案件": rng.randint(1, 4),
                    "涉赌治安案件": rng.randint(2, 6)}[kind]  # fmt: skip
        result = "出具家庭暴力告诫书" if kind == "家暴告诫书" else "行政拘留"
        sheet.add(n, fake.date_cell(day, "cn"), kind, rng.choice(VILLAGES), result, detained)
        records.append({"occurred_on": day, "type": kind, "detained": detained})
    built.books.append(Book(name, [sheet], fmt="csv-utf8-bom"))
    built.ledgers["security"] = records
    built.quirk("csv_utf8_bom", name, sheet.name, ("security.dv_warnings", "security.vice_cases"))


def fraud_watch(built: Built, rng: random.Random) -> None:
    """The 涉诈高危人员 list of the 派出所 and 综治: 在管 / 已核减, 是否取得联系."""
    name = f"{TOWN}涉诈高危人员管控台账.xlsx"
    sheet = Sheet("管控名单")
    sheet.title(f"{TOWN}涉诈高危人员管控台账（截至{YEAR}年12月31日）", 8)
    sheet.header([["序号", "姓名", "身份证号码", "联系电话", "户籍村（社区）", "管控状态", "核减时间", "是否取得联系"]])
    records = []
    for serial, removed, contacted, person in fake.watch_list(rng, 27, list(VILLAGES), 0.35):
        when = fake.date_cell(_days(rng, 1)[0], "dot") if removed else ""
        sheet.add(serial, *person[:3], person[3], "已核减" if removed else "在管", when, "是" if contacted else "否")
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})
    built.books.append(Book(name, [sheet]))
    built.ledgers["fraud_watch"] = records
    built.quirk("value_synonyms", name, sheet.name, "fraud_watch.remaining", "在管 = 在册")


def rule_of_law(built: Built, rng: random.Random) -> None:
    """The 司法所's 法治建设 workbook: 行政应诉 (a lawsuit whose hearing is set for next January, one not yet heard)
    and 学法用法 (法律明白人 sessions, the 领导干部 online exam's 应参考 / 实参考)."""
    name = f"{TOWN}{YEAR}年法治建设工作台账.xlsx"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政应诉案件台账", 8)
    lit.header([["序号", "案号", "原告", "被告", "案由", "开庭日期", "出庭应诉负责人", "负责人是否出庭"]])
    plan = [
        ("综合行政执法局", "行政处罚", True),
        ("镇人民政府", "房屋征收补偿", True),
        ("综合行政执法局", "强制拆除违法建筑", True),
        ("镇人民政府", "政府信息公开", False),
        ("综合行政执法局", "行政强制（扣押）", True),
        ("镇人民政府", "行政协议", True),
        ("综合行政执法局", "行政处罚", False),
    ]
    records = []
    for n, ((defendant, cause, appeared), day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        case_no = f"（{YEAR}）苏9901行初{100 + n * 13}号"
        lit.add(n, case_no, fake.masked(fake.name(rng)), f"{TOWN}{defendant}" if defendant != "镇人民政府" else f"{TOWN}人民政府",
                cause, fake.date_cell(day, "iso"), fake.name(rng) + ("（副镇长）" if appeared else ""),
                "是" if appeared else "否（委托律师）")  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared})
    # Filed this year, hearing set for next January; and one not yet set: neither was heard this year.
    lit.add(
        len(plan) + 1,
        f"（{YEAR}）苏9901行初{301}号",
        "沈某某",
        f"{TOWN}综合行政执法局",
        "行政处罚",
        f"{YEAR + 1}-01-14",
        "",
        "",
    )
    records.append({"case_no": f"（{YEAR}）苏9901行初301号", "heard_on": dt.date(YEAR + 1, 1, 14), "appeared": False})
    lit.add(len(plan) + 2, f"（{YEAR}）苏9901行初{322}号", "曹某", f"{TOWN}人民政府", "行政协议", "待定", "", "")
    records.append({"case_no": f"（{YEAR}）苏9901行初322号", "heard_on": None, "appeared": False})

    train = Sheet("学法用法")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训台账", 8)
    train.header([["序号", "日期", "活动名称", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("党委理论学习中心组集体学法", "领导干部", "中心组学习", 18, None, None),
        ("法律明白人骨干培训班", "法律明白人", "线下", 62, None, None),
        ("行政执法人员执法能力提升培训", "行政执法人员", "集中培训", 85, None, None),
        ("法律明白人“民法典进企业”线上培训", "法律明白人", "线上", 120, None, None),
        ("领导干部学法用法在线考试", "领导干部", "考试", 73, 74, 73),
        ("会前学法（安全生产法）", "领导干部", "会前学法", 26, None, None),
        ("法律明白人调解技能培训", "法律明白人", "线下", 48, None, None),
    ]
    t_records = []
    for n, ((title, audience, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "cn"), title, audience, form, people, req, took)
        t_records.append({"held_on": day, "audience": audience, "exam_required": req, "exam_taken": took})
    built.books.append(Book(name, [lit, train]))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.quirk("hearing_next_year", name, lit.name, "litigation.cases",
                "开庭日期在下一年一月或 待定 的案件不是当年应诉")  # fmt: skip
    built.quirk("value_qualifiers", name, lit.name, "litigation.leader_appearances", "否（委托律师）")


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    cases = enforcement(built, rng)
    inspections(built, rng, cases)
    built.ledgers["enforcement"] = cases
    resolved = disputes(built, rng)
    mediation(built, rng, resolved)
    petitions(built, rng)
    counsel(built, rng)
    disclosure(built, rng)
    security(built, rng)
    fraud_watch(built, rng)
    rule_of_law(built, rng)
    # No 规范性文件 register: the town issued none it kept a register of, so the figure is unknown, not 0.
    return built
