"""汊湖镇 (虚构; 湖北 江汉平原, a fictitious 县 under 荆江市, a fictitious 荆州-like city), 2024: a 水乡 镇 of 湖区 and 垸子,
虾稻共作 (crayfish-rice) fields and 精养鱼池 let out on 承包 contracts, 堤防 and 泵站 kept by the 镇, 血防 (schistosomiasis)
work on the 湖汊 and 洲滩, 渔民上岸 resettlement after the 禁捕, a 综治中心 that runs 湖北's 矛盾纠纷 "大排查" rounds, 一村一法律
顾问, and a 镇综合执法中心 after the 赋权 of county powers to the 镇. Built blind (issue 12, the 78th town): from
shared/spec, the harness and public pages only.

Sources (public pages, read through the search tool):
- 武安镇2024年法治政府建设年度报告 (hbnz.gov.cn/xxgk/zfxxgkml/qtzdgknr/fzzfjsndbg/t_3788088.shtml): written to the
  《湖北省法治政府建设年度报告制定和公开工作指引》; 平安建设, 信访法治化, 扫黑除恶 — the 镇's 法治 workbook.
- 殷祖镇2024年法治政府建设工作总结 (hbdaye.gov.cn/…/yzzfznb/202501/t20250123_1187714.html): 综治、警务、调解 "三位一体"
  的综治中心 at the 镇, 村级综治中心, 中心组学习, 行政执法人员专题培训 — the 综治中心's register and the 学法 sheet.
- 通城县马港镇 2024 政府信息公开工作年度报告 (zgtc.gov.cn/xxgk/xxgknb/202501/t20250106_3868190.shtml), 天门 多宝镇
  (tianmen.gov.cn/…/dbz/202501/t20250114_5501586.shtml: 政府网站 59 条 + 政务新媒体微信公众号 197 条) and 石家河镇
  (p252.cn) 2024 年报: 主动公开 through the 市/县 portal and the 镇's 公众号, 依申请 0 — the 政务公开 book.
- 孝昌县综治中心规范化建设纪实 (孝感日报 2025-05-09, szb.xgrb.cn …/03_40.htm) and 咸宁 综治中心 "五个规范化"
  (kvicpea.com …/content_12789963.shtml): 矛盾纠纷 接处 / 已化解 counts, 全面排查, 分层分类处置, 每日研判 — the
  大排查 register's rounds, 包保 and 化解状态.
- 香隅镇 鱼塘承包纠纷 (m.xomn.cn/html/2020/anhui_0610/175796.html): 围网, 承包的鱼塘, 洪水后 鱼 跑塘 — the 承包鱼池 /
  围网 disputes; 刘志刚《晚清至民国洞庭湖区水利纠纷》(m.fx361.cc/news/2015/1110/18885328.html) and 徐斌 on 樊湖
  水域 (xuehua.us/a/5ebc05d286ec4d140ff27eed): 垸, 湖汊, 堤垸间 水利纠纷 — the 水事纠纷 of the 垸子.
- 仙桃 沔城回族镇 2024年政府工作报告 (xiantao.gov.cn …/t20250327_5592022.shtml): a 江汉平原 镇's economy (莲藕, 稻米,
  水产饲料) — places and words.
- 洋湖镇 法治乡村 (dongzhi.gov.cn/News/show/739102.html): 一村一法律顾问全覆盖, 法律咨询 人次, 调解 — the counsel book.
- shared/spec/ledger-kinds.md for the columns and vocabularies of each kind.

No public 湖北 register (an 人民调解 卷宗 登记 or a 综治 平台 export) was found in the stored corpora: columns follow
shared/spec/ledger-kinds.md with the region's words from the pages above. Everything is fictitious: the 市 (荆江市),
the 县 (汊川县), the 镇, its 村 and 垸, the law firm, the people, the case numbers and court codes.

Files (9, nine formats): the 综治中心's 大排查 register (xlsx: hidden rows, struck rows, January 2025 rows under the
year); the 司法所's 人民调解 卷宗 登记 (Excel 97 .xls); the 信访 register (Word); the 综合执法中心's 执法 register (WPS .et:
category column in its own words, a 行政检查 sheet); the 一村一法律顾问 book (GBK CSV); the 政务公开 book (.ods); the
派出所's 治安案件 export (HTML as .xls, one row per offender); the 法治 workbook (Excel 2003 XML .xls: 行政应诉, 学法,
规范性文件); the 血防办's 查螺灭螺 log (UTF-8 CSV, no figure). No 涉诈 list is handed over.
"""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "汊湖镇"
YEAR = 2024
COUNTY = "汊川县"
CITY = "荆江市"
SEED = 78_2024
VILLAGES = ("汊湖社区", "南垸村", "北垸村", "三汊河村", "白鹭湖村", "新堤村", "渔民新村", "杨林垸村", "莲花塘村")
YUAN = ("南垸", "北垸", "杨林垸", "老垸", "新垸", "白鹭湖湖汊")
_DETAINED = (
    "The 派出所's export has no 拘留人数 column: a row per person of a case (编号 repeated) whose 处理结果 says 行政拘留N日 "
    "is one person detained, but a row of a register kept per case saying the same says nothing of how many; the engine "
    "does not read a count from 处理结果 (left honestly null, with its reason: 台账中没有“拘留人数”一列)"
)
KNOWN_WITHHELD = {"security.dv_detentions": _DETAINED, "security.vice_detentions": _DETAINED}


def _days(rng: random.Random, n: int, first: dt.date | None = None, last: dt.date | None = None) -> list[dt.date]:
    return fake.dates_in(rng, YEAR, n, first, last)


# --- 综治中心: 矛盾纠纷大排查 (xlsx) ------------------------------------------------------------------

DISPUTE_TYPES = {
    "承包鱼池纠纷": 4,
    "水事纠纷（排灌）": 3,
    "虾稻田田埂边界纠纷": 3,
    "围网纠纷": 1,
    "邻里纠纷": 5,
    "婚姻家庭纠纷": 3,
    "土地承包经营纠纷": 3,
    "房屋宅基地纠纷": 2,
    "劳务工资纠纷": 1.5,
    "渔民上岸安置纠纷": 1,
    "损害赔偿纠纷": 1.5,
}
# 化解状态 as the 综治中心 types it → ledger-kinds.md.
DISPUTE_STATES = {
    "已化解": "已化解",
    "调解成功": "已化解",
    "化解中": "化解中",
    "稳控中": "化解中",
    "已移交县水利和湖泊局": "已上报/移交",
    "未化解（引导诉讼）": "未化解",
}


def disputes_big_screening_xlsx(built: Built, rng: random.Random) -> list[dict]:
    """The 综治中心's 矛盾纠纷大排查大化解 登记台账 (xlsx), one sheet for the year: 排查轮次 (第N轮大排查 / 日常排查), 排查时间
    typed 2024.3.5, 村（社区）, 垸（组）, 纠纷类别 in the 湖区's words (承包鱼池纠纷, 水事纠纷（排灌）, 虾稻田田埂边界纠纷, 围网
    纠纷, 渔民上岸安置纠纷 …), 当事人 王某某等2人, 化解状态 (已化解 / 调解成功 / 化解中 / 稳控中 / 已移交县水利和湖泊局 /
    未化解（引导诉讼）), 化解时间, 包保责任人. Four rows hidden (records), three struck through (entered twice, deleted),
    and the first rounds of January 2025 kept on under the year's rows (not the year's)."""
    name = f"{TOWN}{YEAR}年矛盾纠纷大排查大化解工作台账.xlsx"
    sheet = Sheet("排查台账")
    sheet.title(f"{TOWN}{YEAR}年度矛盾纠纷大排查大化解登记台账", 12)
    sheet.add(
        f"填报单位：{TOWN}综治中心（盖章）", None, None, None, None, None, None, None, None, "填报人：", None, None
    )
    sheet.header([["序号", "排查轮次", "排查时间", "村（社区）", "垸（组）", "纠纷类别", "当事人", "简要情况", "化解状态",
                   "化解时间", "包保责任人", "备注"]])  # fmt: skip
    days = _days(rng, 236)
    records: list[dict] = []
    n = 0
    for day in days:
        n += 1
        kind = fake.pick(rng, DISPUTE_TYPES)
        said = fake.pick(rng, {"已化解": 70, "调解成功": 14, "化解中": 5, "稳控中": 4, "已移交县水利和湖泊局": 2,
                               "未化解（引导诉讼）": 3})  # fmt: skip
        status = DISPUTE_STATES[said]
        done = min(day + dt.timedelta(days=rng.randint(0, 20)), dt.date(YEAR, 12, 31)) if status == "已化解" else None
        round_ = f"第{(day.month + 2) // 3}轮大排查" if rng.random() < 0.6 else "日常排查"
        row = sheet.add(n, round_, fake.date_cell(day, "dot"), rng.choice(VILLAGES), rng.choice(YUAN), kind,
                        f"{fake.masked(fake.name(rng))}等{rng.randint(2, 3)}人", f"{kind.split('（')[0]}",
                        said, fake.date_cell(done, "dot") if done else "", fake.name(rng), "")  # fmt: skip
        records.append({"screened_on": day, "status": status, "kind": kind})
        if n in (17, 88, 141, 203):
            sheet.hidden_rows.add(row)
        if n in (40, 122, 190):
            # The clerk entered the row twice and struck the copy through (删除线): the copy is no record.
            copy = sheet.add(n, round_, fake.date_cell(day, "dot"), *sheet.rows[row - 1][3:11], "重复录入")
            sheet.struck_rows.add(copy)
    # The book kept open into January: the first round of 2025 under the year's rows.
    for day in fake.dates_in(rng, YEAR + 1, 6, dt.date(YEAR + 1, 1, 3), dt.date(YEAR + 1, 1, 24)):
        n += 1
        kind = fake.pick(rng, DISPUTE_TYPES)
        said = fake.pick(rng, {"已化解": 3, "化解中": 1})
        sheet.add(n, "第1轮大排查", fake.date_cell(day, "dot"), rng.choice(VILLAGES), rng.choice(YUAN), kind,
                  f"{fake.masked(fake.name(rng))}等2人", kind.split("（")[0], said,
                  fake.date_cell(day, "dot") if said == "已化解" else "", fake.name(rng), "")  # fmt: skip
        records.append({"screened_on": day, "status": DISPUTE_STATES[said], "kind": kind})
    built.books.append(Book(name, [sheet]))
    built.ledgers["disputes"] = [{"screened_on": r["screened_on"], "status": r["status"]} for r in records]
    built.quirk("hidden_rows", name, sheet.name, "disputes.screened", "四行被隐藏：仍是记录")
    built.quirk("struck_copy_rows", name, sheet.name, "disputes.screened",
                "三行重复录入后整行加删除线（备注 重复录入）：已删去，不计")  # fmt: skip
    built.quirk("next_january_rows", name, sheet.name, "disputes.screened",
                "2025年1月第1轮大排查接在年末之后：不是当年的")  # fmt: skip
    built.quirk("value_synonyms", name, sheet.name, ("disputes.resolved", "disputes.resolution_rate"),
                "调解成功 = 已化解；稳控中 = 化解中；已移交县水利和湖泊局 = 移交；未化解（引导诉讼） 不是化解")  # fmt: skip
    built.quirk("lake_region_dispute_types", name, sheet.name, "disputes.screened",
                "纠纷类别 承包鱼池、水事（排灌）、虾稻田田埂、围网、渔民上岸安置：湖区的类别，不影响计数")  # fmt: skip
    return records


# --- 司法所: 人民调解 卷宗登记 (Excel 97 .xls) ----------------------------------------------------------

# 以案定补 of this fictitious 县 (illustrative): 口头 简易 50; 书面 简易 100 / 一般 200 / 疑难复杂 400 元.
SUBSIDY = {("口头", "简易"): 50, ("书面", "简易"): 100, ("书面", "一般"): 200, ("书面", "疑难复杂"): 400}


def mediation_dossier_register_biff(built: Built, rng: random.Random, screened: list[dict]) -> None:
    """The 司法所's 人民调解案件卷宗登记表 (.xls of an old Excel): 卷宗号 （2024）汊人调字第N号, 受理时间 2024年3月5日,
    调解组织 镇人民调解委员会 / 村调委会 / 镇水事纠纷调解室, 纠纷类型, 当事人 › 申请人 | 被申请人 (two header rows), 调解员,
    调解结果 调解成功 / 调解不成功 / 终止调解, 协议形式 口头协议 / 书面协议, 履行情况, 结案时间, 案件类别 (简易 / 一般 /
    疑难复杂), 以案定补金额（元）. A case received in December 2023 and closed in January is listed first."""
    name = f"{TOWN}司法所{YEAR}年人民调解案件卷宗登记表.xls"
    resolved = [r for r in screened if r["status"] == "已化解" and r["screened_on"].year == YEAR]
    picked = sorted(rng.sample(resolved, 118), key=lambda r: r["screened_on"])
    cases = [("成功", r["screened_on"], r["kind"]) for r in picked]
    cases += [(o, d, fake.pick(rng, DISPUTE_TYPES)) for o, d in zip(["不成功"] * 5 + ["终止"] * 3, _days(rng, 8))]
    cases.sort(key=lambda c: c[1])
    sheet = Sheet("卷宗登记")
    sheet.title(f"{TOWN}人民调解委员会{YEAR}年人民调解案件卷宗登记表", 14)
    sheet.header(
        [
            ["序号", "卷宗号", "受理时间", "调解组织", "纠纷类型", "当事人", None, "调解员", "调解结果", "协议形式",
             "履行情况", "结案时间", "案件类别", "以案定补金额（元）"],
            [None, None, None, None, None, "申请人", "被申请人", None, None, None, None, None, None, None],
        ],
        [(1, c, 2, c) for c in (1, 2, 3, 4, 5, 8, 9, 10, 11, 12, 13, 14)] + [(1, 6, 1, 7)],
    )  # fmt: skip
    late = dt.date(YEAR - 1, 12, 26)
    sheet.add(1, f"（{YEAR - 1}）汊人调字第97号", fake.date_cell(late, "cn"), "镇人民调解委员会", "承包鱼池纠纷",
              fake.name(rng), fake.name(rng), fake.name(rng), "调解成功", "书面协议", "已履行",
              fake.date_cell(dt.date(YEAR, 1, 12), "cn"), "一般", 200)  # fmt: skip
    records = [{"file_no": f"（{YEAR - 1}）汊人调字第97号", "accepted_on": late, "form": "书面", "result": "调解成功",
                "subsidy": 200}]  # fmt: skip
    for n, (outcome, day, kind) in enumerate(cases, start=1):
        file_no = f"（{YEAR}）汊人调字第{n}号"
        org = fake.pick(rng, {"镇人民调解委员会": 4, "镇水事纠纷调解室": 2, f"{rng.choice(VILLAGES)}人民调解委员会": 3})
        closed = min(day + dt.timedelta(days=rng.randint(1, 20)), dt.date(YEAR, 12, 31))
        if outcome == "成功":
            form = "书面" if rng.random() < 0.45 else "口头"
            tier = fake.pick(rng, {"简易": 3, "一般": 5, "疑难复杂": 1}) if form == "书面" else "简易"
            money = SUBSIDY[(form, tier)]
            row = ("调解成功", f"{form}协议", fake.pick(rng, {"已履行": 8, "部分履行": 1}), tier, money)
        else:
            form, money = None, None
            row = ("调解不成功" if outcome == "不成功" else "终止调解", "", "", "", "")
        sheet.add(n + 1, file_no, fake.date_cell(day, "cn"), org, kind.split("（")[0], fake.name(rng), fake.name(rng),
                  fake.name(rng), *row[:3], fake.date_cell(closed, "cn"), *row[3:])  # fmt: skip
        records.append({"file_no": file_no, "accepted_on": day, "form": form,
                        "result": "调解成功" if outcome == "成功" else "调解不成功", "subsidy": money})  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="biff"))
    built.ledgers["mediation"] = records
    built.quirk("header_four_rows", name, sheet.name, "mediation.cases", "两行表头：当事人 › 申请人 / 被申请人")
    built.quirk("last_year_case_first", name, sheet.name, ("mediation.cases", "mediation.subsidy_yuan"),
                "2023年12月受理、2024年1月结案的卷宗排在最前：按受理时间属上年，不计入")  # fmt: skip
    built.quirk("negated_results", name, sheet.name, "mediation.cases", "调解不成功 / 终止调解 不是成功")
    built.quirk("water_dispute_room", name, sheet.name, "mediation.cases",
                "调解组织 镇水事纠纷调解室：镇调委会下的专业调解室，照样计入")  # fmt: skip


# --- 信访 (Word) --------------------------------------------------------------------------------


def petitions_word_bureaus(built: Built, rng: random.Random) -> None:
    """The 信访 register in Word, as 湖北 offices name their sources by the 信访局 of each level: 国家信访局交办
    (网上信访), 省信访局交办, 荆江市信访局交办, 汊川县信访局交办 / 县联席办交办, 镇本级受理; 办理状态 已办结（已化解） /
    正在化解 / 未化解."""
    name = f"{TOWN}{YEAR}年信访事项登记台账.docx"
    sheet = Sheet(f"{TOWN}{YEAR}年信访事项登记台账")
    sheet.doc_before = [f"{TOWN}信访办（综治中心信访窗口）", "（虚构示例数据）"]
    sheet.doc_after = ["登记人：　　　　　　分管领导："]
    sheet.header([["序号", "信访编号", "交办单位", "信访人", "反映问题", "是否重复信访", "交办时间", "办理状态",
                   "办结时间"]])  # fmt: skip
    items = [
        ("国家信访局交办（网上信访）", "中联办", "已化解", "否", "渔民上岸安置补助"),
        ("省信访局交办", "省联办", "已化解", "否", "精养鱼池承包到期收回"),
        ("省信访局交办", "省联办", "正在化解", "是", "退垸还湖补偿"),
        (f"{CITY}信访局交办", "市联办", "已化解", "否", "泵站排涝受淹赔偿"),
        (f"{COUNTY}信访局交办", "县联办", "已化解", "否", "虾稻田流转租金"),
        (f"{COUNTY}信访局交办", "县联办", "正在化解", "否", "宅基地确权"),
        (f"{COUNTY}联席办交办", "县联办", "已化解", "否", "堤防占地补偿"),
        (f"{COUNTY}信访局交办", "县联办", "未化解", "是", "围网拆除补偿"),
        ("镇本级受理", "本级受理", "已化解", "否", "邻里排水沟"),
        ("镇本级受理", "本级受理", "已化解", "否", "低保评定"),
    ]
    said_status = {"已化解": "已办结（已化解）", "正在化解": "正在化解", "未化解": "未化解"}
    records = []
    for n, ((said, source, status, repeat, issue), day) in enumerate(zip(items, _days(rng, len(items))), start=1):
        no = f"CHXF{YEAR}{n:03d}"
        done = day + dt.timedelta(days=rng.randint(15, 60)) if status != "正在化解" else None
        sheet.add(n, no, said, fake.masked(fake.name(rng)), issue, repeat, fake.date_cell(day, "cn"),
                  said_status[status], fake.date_cell(done, "cn") if done and done.year == YEAR else "")  # fmt: skip
        records.append({"petition_no": no, "source": source, "status": status, "assigned_on": day})
    built.books.append(Book(name, [sheet], fmt="docx"))
    built.ledgers["petitions"] = records
    built.quirk("word_table", name, sheet.name, "petitions.assigned")
    built.quirk("bureau_named_levels", name, sheet.name, ("petitions.assigned", "petitions.resolved"),
                "交办单位写信访局：国家信访局 = 中联办，省信访局 = 省联办，市信访局 = 市联办，县信访局 / 县联席办 = 县联办；"
                "已办结（已化解） = 已化解")  # fmt: skip


# --- 镇综合执法中心 (WPS .et) ----------------------------------------------------------------------

CAUSES = {
    "未经批准占用耕地建房": ("行政处罚", 3),
    "违法建设（乡村建设规划许可）": ("行政处罚", 3),
    "擅自在堤防管理范围内取土": ("行政处罚", 2),
    "在河湖管理范围内违规设置围网": ("行政处罚", 1),
    "秸秆露天焚烧": ("行政处罚", 2),
    "责令限期拆除违法建筑": ("行政强制", 1),
}


def enforcement_centre_et(built: Built, rng: random.Random) -> None:
    """The 镇综合执法中心's 行政执法案件登记 (WPS .et) after the 赋权: 案件编号 汊综执罚〔2024〕N号, 执法类型 written 处罚 /
    强制 (the 行政 dropped), 案由, 当事人, 决定日期 2024/3/5, 罚款金额（元）, 公示情况 (三项制度: 已在县政府网站公示); a
    行政检查 sheet (检查记录编号 汊综执检〔2024〕N号, 检查对象, 检查内容 堤防巡查 / 虾稻田用水 / 秸秆禁烧) with no category
    column; January 2025 decisions at the end of the first sheet (not the year's)."""
    name = f"{TOWN}综合执法中心{YEAR}年行政执法案件登记台账.et"
    cases = Sheet("执法案件")
    cases.title(f"{TOWN}综合执法中心{YEAR}年行政执法案件登记台账", 10)
    cases.header([["序号", "案件编号", "执法类型", "案由", "当事人", "村（社区）", "决定日期", "罚款金额（元）",
                   "公示情况", "备注"]])  # fmt: skip
    records = []
    weights = {k: w for k, (_, w) in CAUSES.items()}
    days = _days(rng, 46)
    for n, day in enumerate(days, start=1):
        cause = fake.pick(rng, weights)
        category = CAUSES[cause][0]
        case_no = f"汊综执{'罚' if category == '行政处罚' else '强'}〔{YEAR}〕{n}号"
        amount = rng.choice([200, 500, 1000, 2000, 3000]) if category == "行政处罚" else ""
        cases.add(n, case_no, category.removeprefix("行政"), cause, fake.masked(fake.name(rng)), rng.choice(VILLAGES),
                  fake.date_cell(day, "slash"), amount, "已在县政府网站公示", "")  # fmt: skip
        records.append({"case_no": case_no, "category": category, "decided_on": day})
    for k, day in enumerate((dt.date(YEAR + 1, 1, 8), dt.date(YEAR + 1, 1, 15)), start=1):
        case_no = f"汊综执罚〔{YEAR + 1}〕{k}号"
        cases.add(len(days) + k, case_no, "处罚", "秸秆露天焚烧", fake.masked(fake.name(rng)), rng.choice(VILLAGES),
                  fake.date_cell(day, "slash"), 500, "待公示", "")  # fmt: skip
        records.append({"case_no": case_no, "category": "行政处罚", "decided_on": day})
    checks = Sheet("行政检查")
    checks.title(f"{TOWN}综合执法中心{YEAR}年行政检查登记", 7)
    checks.header([["序号", "检查记录编号", "检查日期", "检查对象", "检查内容", "检查结果", "执法人员"]])
    for n, day in enumerate(_days(rng, 58), start=1):
        case_no = f"汊综执检〔{YEAR}〕{n}号"
        checks.add(n, case_no, fake.date_cell(day, "slash"), f"{rng.choice(VILLAGES)}{rng.choice(['经营户', '养殖户', '在建农房'])}",
                   fake.pick(rng, {"堤防巡查": 3, "秸秆禁烧": 2, "农村建房": 3, "河湖围网清理": 1}),
                   fake.pick(rng, {"未发现问题": 6, "责令整改": 3}), f"{fake.name(rng)}、{fake.name(rng)}")  # fmt: skip
        records.append({"case_no": case_no, "category": "行政检查", "decided_on": day})
    built.books.append(Book(name, [cases, checks], fmt="biff"))
    built.ledgers["enforcement"] = records
    built.quirk("value_suffixes", name, cases.name, ("enforcement.penalty", "enforcement.coercion"),
                "执法类型 写 处罚 / 强制（省去 行政）")  # fmt: skip
    built.quirk("category_from_sheet_or_title", name, checks.name, "enforcement.inspection",
                "行政检查 表没有类别列：表名、标题写 行政检查")  # fmt: skip
    built.quirk("next_january_rows", name, cases.name, "enforcement.cases", "2025年1月的两件决定：不是当年的")


# --- 一村一法律顾问 (GBK CSV) -----------------------------------------------------------------------

COUNSEL_WORK = {
    "法律咨询": ("法律咨询", 7),
    "审查精养鱼池承包合同": ("文书审核", 2),
    "审查土地流转合同": ("文书审核", 1.5),
    "审查村规民约": ("文书审核", 1),
    "出具法律意见书": ("法律意见书", 1),
    "参与矛盾纠纷调解": (None, 2),
    "法治讲座": (None, 1),
    "法律援助": ("法律援助", 0.5),
}


def counsel_one_village_gbk(built: Built, rng: random.Random) -> None:
    """The 一村一法律顾问 服务台账 the 司法所 collects from the law firm (GBK CSV): 服务日期 2024-03-05, 村（社区）, 服务事项
    (法律咨询, 审查精养鱼池承包合同, 审查村规民约, 出具法律意见书, 参与矛盾纠纷调解, 法治讲座, 法律援助), 服务次数 typed 3 or
    3次 or blank, 法律顾问, 律师事务所."""
    name = f"{TOWN}{YEAR}年一村一法律顾问服务台账.csv"
    sheet = Sheet("服务台账")
    sheet.add(f"{TOWN}{YEAR}年“一村一法律顾问”服务台账")
    sheet.header([["序号", "服务日期", "村（社区）", "服务事项", "服务次数", "法律顾问", "律师事务所"]])
    weights = {k: w for k, (_, w) in COUNSEL_WORK.items()}
    records = []
    for n, day in enumerate(_days(rng, 118), start=1):
        what = fake.pick(rng, weights)
        qty = rng.choice([1, 2, 3, 4]) if what == "法律咨询" else rng.choice([1, 1, 1, 2])
        typed = "" if qty == 1 and rng.random() < 0.4 else (f"{qty}次" if rng.random() < 0.5 else qty)
        sheet.add(n, fake.date_cell(day, "iso"), rng.choice(VILLAGES), what, typed, f"{fake.name(rng)}",
                  "湖北汊川（虚构）律师事务所")  # fmt: skip
        service = COUNSEL_WORK[what][0]
        if service:
            records.append({"served_on": day, "service": service, "quantity": qty})
    built.books.append(Book(name, [sheet], fmt="csv-gbk"))
    built.ledgers["counsel"] = records
    built.quirk("csv_gbk", name, sheet.name, "counsel.consultations")
    built.quirk("contract_review_named_by_contract", name, sheet.name, "counsel.document_reviews",
                "审查精养鱼池承包合同 / 审查土地流转合同 / 审查村规民约 = 文书审核；参与矛盾纠纷调解、法治讲座 不计入")  # fmt: skip


# --- 政务公开 (.ods) ---------------------------------------------------------------------------------


def disclosure_ods(built: Built, rng: random.Random) -> None:
    """The 党政综合办公室's 政务公开 登记 (.ods): one sheet, 公开类型 主动公开 / 依申请公开 / 宣传报道 in one column,
    发布平台 汊川县人民政府门户网站（汊湖镇栏目） / “汊湖发布”微信公众号 / 荆江日报（虚构） / 湖北日报客户端."""
    name = f"{TOWN}{YEAR}年政务公开信息登记表.ods"
    sheet = Sheet("信息登记")
    sheet.title(f"{TOWN}{YEAR}年政府信息公开登记表", 7)
    sheet.header([["序号", "信息名称", "公开类型", "发布平台", "发布时间", "责任科室", "备注"]])
    plan = ["主动公开"] * 64 + ["宣传报道"] * 41 + ["依申请公开"] * 2
    rng.shuffle(plan)
    titles = {
        "主动公开": [
            "汛期防汛责任人名单公示",
            "耕地地力保护补贴发放公示",
            "渔民上岸安置对象公示",
            "镇财政预算公开",
            "虾稻共作示范基地项目公示",
        ],
        "宣传报道": ["汊湖镇开展血防查螺灭螺", "虾稻共作带富一方", "矛盾纠纷大排查走深走实", "法律顾问进垸入户"],
        "依申请公开": ["退垸还湖补偿标准", "泵站改造项目资料"],
    }
    platforms = {
        "主动公开": {f"{COUNTY}人民政府门户网站（{TOWN}栏目）": 4, "镇政务公开栏": 1},
        "宣传报道": {"“汊湖发布”微信公众号": 3, "荆江日报（虚构）": 1, "湖北日报客户端": 1},
        "依申请公开": {"书面答复": 1},
    }
    records = []
    for n, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        sheet.add(n, rng.choice(titles[kind]), kind, fake.pick(rng, platforms[kind]), fake.date_cell(day, "date"),
                  rng.choice(["党政综合办公室", "经济发展办公室", "社会事务办公室"]), "")  # fmt: skip
        records.append({"published_on": day, "type": {"宣传报道": "媒体发布"}.get(kind, kind)})
    built.books.append(Book(name, [sheet], fmt="ods"))
    built.ledgers["disclosure"] = records
    built.quirk("ods_spreadsheet", name, sheet.name, "disclosure.proactive")
    built.quirk("value_synonyms", name, sheet.name, "disclosure.media", "宣传报道 = 媒体发布")


# --- 派出所 (HTML as .xls) -----------------------------------------------------------------------------


def police_cases_html(built: Built, rng: random.Random) -> None:
    """The 派出所's 治安案件 export from its 警综平台 (HTML saved .xls): 案件编号 A4210990…, 案件名称, 案件类别 (卖淫嫖娼 /
    赌博 / 殴打他人 / 家庭暴力（告诫）), 受案时间 with seconds, 违法嫌疑人 masked, one row per person of a case (编号
    repeated), 处理结果 行政拘留N日 / 罚款 / 出具家庭暴力告诫书."""
    name = f"{TOWN}派出所治安案件查询导出_{YEAR}.xls"
    sheet = Sheet("查询结果")
    sheet.header([["序号", "案件编号", "案件名称", "案件类别", "受案时间", "违法嫌疑人", "处理结果", "办案单位"]])
    plan = ["家庭暴力（告诫）"] * 11 + ["卖淫嫖娼"] * 5 + ["赌博"] * 8 + ["殴打他人"] * 9
    rng.shuffle(plan)
    truth_type = {
        "家庭暴力（告诫）": "家暴告诫书",
        "卖淫嫖娼": "涉黄治安案件",
        "赌博": "涉赌治安案件",
        "殴打他人": "其他",
    }
    records = []
    serial = 0
    for k, (kind, day) in enumerate(zip(plan, _days(rng, len(plan))), start=1):
        case_no = f"A421099{YEAR}{day:%m%d}{k:04d}"
        stamp = f"{day:%Y-%m-%d} {rng.randint(8, 22):02d}:{rng.randint(0, 59):02d}:{rng.randint(0, 59):02d}"
        if kind == "家庭暴力（告诫）":
            people = [("出具家庭暴力告诫书", 0)]
        else:
            people = []
            for _ in range(rng.randint(1, 3)):
                held = rng.random() < 0.8
                people.append((f"行政拘留{rng.choice([5, 7, 10])}日" if held else "罚款500元", 1 if held else 0))
        title = {"家庭暴力（告诫）": "家庭暴力案", "卖淫嫖娼": "嫖娼案", "赌博": "赌博案", "殴打他人": "殴打他人案"}[
            kind
        ]
        for result, _ in people:
            serial += 1
            sheet.add(serial, case_no, f"{fake.masked(fake.name(rng))}{title}", kind, stamp,
                      fake.masked(fake.name(rng)), result, f"{COUNTY}公安局{TOWN}派出所")  # fmt: skip
        records.append({"occurred_on": day, "type": truth_type[kind], "detained": sum(h for _, h in people)})
    built.books.append(Book(name, [sheet], fmt="html-xls"))
    built.ledgers["security"] = records
    built.quirk("html_as_xls", name, sheet.name, ("security.vice_cases", "security.dv_warnings"))
    built.quirk("case_no_like_an_id", name, sheet.name, ("security.dv_warnings", "security.vice_cases"),
                "案件编号 A + 18位数字，数字形如身份证号：隐去后各案仍是不同的案")  # fmt: skip
    built.quirk("one_row_per_offender", name, sheet.name, ("security.vice_cases", "security.vice_detentions"),
                "一案多人每人一行、案件编号重复；拘留人数按 处理结果 行政拘留 的行数")  # fmt: skip


# --- 法治 workbook (Excel 2003 XML .xls) ------------------------------------------------------------------


def rule_of_law_xml(built: Built, rng: random.Random) -> None:
    """The 镇's 法治政府建设 台账 exported as Excel 2003 XML (.xls): 行政应诉 (案号 （2024）鄂1099行初N号, 出庭应诉负责人,
    是否出庭 是 / 否; one heard in December 2023), 学法培训 (法律明白人 培训 线下 / 线上, 中心组学法, 国家工作人员学法用法
    考试 应参考 / 实参考) and 规范性文件 with a header and no row, a note under it."""
    name = f"{TOWN}{YEAR}年法治政府建设工作台账.xls"
    lit = Sheet("行政应诉")
    lit.title(f"{TOWN}{YEAR}年行政诉讼应诉登记", 8)
    lit.header([["序号", "案号", "原告", "案由", "开庭时间", "出庭应诉负责人", "是否出庭", "审理结果"]])
    plan = [
        (f"（{YEAR - 1}）鄂1099行初61号", dt.date(YEAR - 1, 12, 12), "张某（副镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）鄂1099行初14号", dt.date(YEAR, 3, 21), "李某（副镇长）", "是", "驳回诉讼请求"),
        (f"（{YEAR}）鄂1099行初52号", dt.date(YEAR, 6, 18), "王某（镇长）", "是", "原告撤诉"),
        (f"（{YEAR}）鄂1099行初90号", dt.date(YEAR, 10, 10), "", "否", "确认违法"),
    ]
    records = []
    for n, (case_no, day, who, appeared, result) in enumerate(plan, start=1):
        lit.add(n, case_no, fake.masked(fake.name(rng)), rng.choice(["退垸还湖补偿", "行政强制拆除", "政府信息公开"]),
                fake.date_cell(day, "cn"), who, appeared, result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": day, "appeared": appeared == "是"})
    train = Sheet("学法培训")
    train.title(f"{TOWN}{YEAR}年学法用法及普法培训登记", 8)
    train.header([["序号", "时间", "培训内容", "培训对象", "形式", "参加人数", "应参考人数", "实参考人数"]])
    plan_t = [
        ("党委理论学习中心组专题学法", "领导干部", "中心组学习", 15, None, None),
        ("村（社区）法律明白人培训", "法律明白人", "线下", 45, None, None),
        ("行政执法人员专题培训", "行政执法人员", "集中培训", 22, None, None),
        ("法律明白人线上学法", "法律明白人", "线上", 51, None, None),
        ("国家工作人员学法用法考试", "领导干部", "考试", 63, 64, 63),
    ]
    t_records = []
    for n, ((title, who, form, people, req, took), day) in enumerate(zip(plan_t, _days(rng, len(plan_t))), 1):
        train.add(n, fake.date_cell(day, "iso"), title, who, form, people, req, took)
        t_records.append({"held_on": day, "audience": who, "exam_required": req, "exam_taken": took})
    docs = Sheet("规范性文件")
    docs.title(f"{TOWN}{YEAR}年行政规范性文件登记", 5)
    docs.header([["序号", "文件名称", "文号", "印发日期", "备案情况"]])
    docs.blank()
    docs.add("注：本年度我镇未制定行政规范性文件。")
    built.books.append(Book(name, [lit, train, docs], fmt="xml-xls"))
    built.ledgers["litigation"] = records
    built.ledgers["training"] = t_records
    built.ledgers["normative_documents"] = []
    built.quirk("xml_spreadsheet_as_xls", name, lit.name, "litigation.cases")
    built.quirk("empty_register_says_none", name, docs.name, "normative_documents.issued",
                "规范性文件表只有表头，表下注 本年度未制定：台账在，数是0")  # fmt: skip


# --- 血防 (UTF-8 CSV, no figure) -----------------------------------------------------------------------


def schisto_snail_log_csv(built: Built, rng: random.Random) -> None:
    """The 血防办's 查螺灭螺 工作记录 (UTF-8 CSV): 日期, 垸 / 湖汊, 查螺面积（亩）, 有螺面积（亩）, 灭螺面积（亩）, 药物
    (氯硝柳胺), 责任人, 备注 — a work log of schistosomiasis control, no ledger of any kind."""
    name = f"{TOWN}血防办{YEAR}年查螺灭螺工作记录.csv"
    sheet = Sheet("查螺灭螺")
    sheet.header(
        [["日期", "垸（湖汊）", "查螺面积（亩）", "有螺面积（亩）", "灭螺面积（亩）", "药物", "责任人", "备注"]]
    )
    for day in _days(rng, 40, dt.date(YEAR, 3, 1), dt.date(YEAR, 10, 31)):
        area = rng.randint(50, 600)
        snails = rng.randint(0, area // 5)
        sheet.add(f"{day:%Y/%m/%d}", rng.choice(YUAN), area, snails, snails if rng.random() < 0.8 else 0,
                  "氯硝柳胺", fake.name(rng), rng.choice(["", "洲滩", "沟渠"]))  # fmt: skip
    built.books.append(Book(name, [sheet], fmt="csv-utf8"))
    built.quirk("work_log_no_ledger", name, sheet.name, ("disputes.screened", "enforcement.cases"),
                "血防查螺灭螺记录：不是任何一类台账，不计入")  # fmt: skip


def build() -> Built:
    rng = random.Random(SEED)
    built = Built()
    screened = disputes_big_screening_xlsx(built, rng)
    mediation_dossier_register_biff(built, rng, screened)
    petitions_word_bureaus(built, rng)
    enforcement_centre_et(built, rng)
    counsel_one_village_gbk(built, rng)
    disclosure_ods(built, rng)
    police_cases_html(built, rng)
    rule_of_law_xml(built, rng)
    schisto_snail_log_csv(built, rng)
    built.ledgers["fraud_watch"] = Null("没有涉诈高危人员台账（镇未交来）")
    return built
