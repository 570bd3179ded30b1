"""柏溪镇（虚构）2024: the thirtieth development town, weighted to the six kinds the set is weakest on
(normative documents, training, disclosure, fraud watch, security, litigation), in the layouts of review, study,
综治 and 应诉 registers none of the other towns used.

Normative documents are kept in the 合法性审查工作台账 of the 司法所, which reviews three sorts of matters in one
register (审查类别 行政规范性文件 / 重大行政决策 / 合同协议, as a 合法性审查工作规程 lists them); beside it the
year-end 规范性文件清理结果目录 lists every document in force (继续有效 / 修改 / 废止), the year's own among them.
Training is one book of the 党政办: 会前学法 (应到 / 实到 attendance), 中心组学法 (参加人员 / 缺席人员及原因),
领导干部述法 (述法人 and 述法方式, no session at all), the 法治培训 log (培训对象 in words, 参训人数) and the
法宣在线 exam summary by 科室 with its 合计 row. Security is the 综治 book: 治安案件 of every sort (盗窃, 打架斗殴
among them), 家暴告诫 (告诫书编号), and the 重点人员 list (社区矫正对象 …, 管控措施: persons, not cases). The fraud
book lists the 涉诈高危人员 (管控状态 在管 / 已核减, 见面核查情况 in words) beside the 反诈宣传 log (activities, not
persons). Litigation writes the 审级 of each hearing (a case heard 一审 and 二审) and who appeared in words of
several kinds. Disclosure is a 政务公开 register whose 公开方式 and 公开载体 are ticked columns under merged titles.
No enforcement, dispute, mediation, petition or counsel ledger (null).

Truth decisions: only the 规范性文件 of the review register are documents, made when issued (印发日期 in 2024);
a 重大行政决策 or a contract reviewed is none, nor is a draft not adopted; a document listed in both the register
and the 清理目录 is one document. 会前学法, 中心组学法 and 述法 are no 法律明白人 training; 应到 / 实到 is attendance,
not an exam. The 重点人员 list and the 反诈宣传 log are counted by no figure. An 二审 hearing is a 件次 of its own."""

from __future__ import annotations

import datetime as dt
import random

from . import fake
from .books import Book, Sheet
from .town import Built
from .truth import Null

TOWN = "柏溪镇"
YEAR = 2024
GOV = "柏溪镇人民政府"
VILLAGES = ("柏溪社区", "青杠村", "龙井村", "石板村", "桂花村")  # fictitious
# Figures the engine leaves null for now (honest, never a wrong number), each with its reason.
KNOWN_WITHHELD: dict[str, str] = {}
TICK = "√"


def build() -> Built:
    rng = random.Random(f"devtowns/{TOWN}/{YEAR}")
    built = Built()
    review_register_mixed_matters_normative_documents(built, rng)
    study_book_training(built, rng)
    comprehensive_book_security(built, rng)
    watch_list_beside_publicity_fraud_watch(built, rng)
    instance_and_appearance_words_litigation(built, rng)
    ticked_method_columns_disclosure(built, rng)
    absent = ("enforcement", "disputes", "mediation", "petitions", "counsel")
    for kind in absent:
        built.ledgers[kind] = Null("柏溪镇没有这一类台账")
    built.quirk("absent_ledger", "（无）", "", tuple(f"{k}.*" for k in absent))
    return built


# --- 规范性文件: the 合法性审查 register of three sorts of matters, and the 清理结果目录 -------------------------------

REVIEW_FILE = f"{TOWN}{YEAR}年合法性审查工作台账.xlsx"
CLEANUP_FILE = f"{TOWN}行政规范性文件清理结果目录（截至{YEAR}年12月31日）.xlsx"
DOCUMENTS = (  # title, received, opinion, issued (None: never issued)
    ("柏溪镇农村集体“三资”管理办法", dt.date(2024, 2, 26), "同意", dt.date(2024, 3, 12)),
    ("柏溪镇村规民约备案审查办法", dt.date(2024, 5, 8), "修改后同意", dt.date(2024, 6, 3)),
    ("柏溪镇农村建房管理若干规定", dt.date(2024, 8, 19), "同意", dt.date(2024, 9, 10)),
    ("柏溪镇集镇门店“门前三包”管理规定", dt.date(2024, 10, 14), "不同意出台", None),
    ("柏溪镇农村生活垃圾收运处置管理办法", dt.date(2024, 12, 18), "同意", dt.date(2025, 1, 8)),
)
DECISIONS = (  # 重大行政决策: adopted by the 党委会 / 政府常务会, issued with a number of the same series
    ("柏溪镇2024年农村人居环境整治提升实施方案", dt.date(2024, 3, 4), dt.date(2024, 3, 25)),
    ("柏溪镇集镇供水管网改造项目实施方案", dt.date(2024, 6, 17), dt.date(2024, 7, 2)),
)
CONTRACTS = (  # 合同协议: reviewed before signing
    ("柏溪镇集镇保洁服务外包合同", dt.date(2024, 1, 22), dt.date(2024, 2, 1)),
    ("青杠村产业路建设施工合同", dt.date(2024, 4, 15), dt.date(2024, 4, 28)),
    ("柏溪镇法律顾问服务协议", dt.date(2024, 7, 8), dt.date(2024, 7, 15)),
    ("龙井村土地流转协议（示范文本）", dt.date(2024, 11, 4), dt.date(2024, 11, 20)),
)
OLDER = (  # documents of earlier years in the 清理目录: title, issued, result
    ("柏溪镇殡葬管理实施细则", dt.date(2019, 4, 16), "废止"),
    ("柏溪镇农村宅基地审批管理办法", dt.date(2020, 8, 3), "修改"),
    ("柏溪镇集镇市容管理规定", dt.date(2021, 5, 20), "继续有效"),
    ("柏溪镇村级财务管理办法", dt.date(2022, 3, 9), "继续有效"),
    ("柏溪镇防汛抗旱应急管理规定", dt.date(2023, 6, 12), "继续有效"),
)


def review_register_mixed_matters_normative_documents(built: Built, rng: random.Random) -> None:
    sheet = Sheet("合法性审查台账")
    sheet.title(f"{TOWN}{YEAR}年合法性审查工作台账", 9)
    sheet.add("填报单位：柏溪镇司法所（镇合法性审查办公室）", None, None, None, None, None, "填报时间：2025年1月10日")
    sheet.header([["序号", "收件日期", "送审科室", "审查事项名称", "审查类别", "审查意见", "审查人", "印发（签订）日期",
                   "文号（合同编号）"]])  # fmt: skip
    rows, records, number = [], [], 0
    for title, received, opinion, issued in DOCUMENTS:
        doc_no = None
        if issued is not None:
            number += 1 if issued.year == YEAR else 0
            doc_no = f"柏府规〔{issued.year}〕{number if issued.year == YEAR else 1}号"
            records.append({"issued_on": issued, "doc_no": doc_no, "title": title})
        rows.append((received, "党政办", title, "行政规范性文件", opinion, issued, doc_no))
    for n, (title, received, issued) in enumerate(DECISIONS, start=1):
        rows.append((received, "经发办", title, "重大行政决策", "同意", issued, f"柏府发〔{YEAR}〕{n * 7}号"))
    for n, (title, received, signed) in enumerate(CONTRACTS, start=1):
        rows.append((received, "党政办", title, "合同协议", "修改后同意", signed, f"BX-HT-{YEAR}-{n:03d}"))
    for n, (received, office, title, sort, opinion, issued, number_cell) in enumerate(sorted(rows), start=1):
        sheet.add(n, received, office, title, sort, opinion, fake.name(rng),
                  None if issued is None else f"{issued:%Y.%m.%d}", number_cell)  # fmt: skip
    built.books.append(Book(REVIEW_FILE, [sheet]))
    built.ledgers["normative_documents"] = records
    f = "normative_documents.issued"
    built.quirk("review_register_mixed_matters", REVIEW_FILE, "合法性审查台账", f,
                "合法性审查台账同时登记 行政规范性文件、重大行政决策、合同协议（审查类别一列）：只有规范性文件是本年制定的文件；"
                "决策方案有 柏府发 文号、合同有签订日期，都不是")  # fmt: skip
    built.quirk(
        "draft_not_adopted", REVIEW_FILE, "合法性审查台账", f, "审查意见 不同意出台 的送审稿没有印发日期：不是文件"
    )
    built.quirk("reviewed_2024_issued_2025", REVIEW_FILE, "合法性审查台账", f,
                "2024年12月送审、2025年1月印发：不是2024年制定的")  # fmt: skip

    cleanup = Sheet("清理结果目录")
    cleanup.title(f"{TOWN}行政规范性文件清理结果目录", 7)
    cleanup.add(f"（截至{YEAR}年12月31日）")
    cleanup.header([["序号", "文件名称", "文号", "制定机关", "印发日期", "清理结果", "备注"]])
    listed = [(title, f"柏府规〔{issued.year}〕1号", issued, result) for title, issued, result in OLDER]
    listed += [(r["title"], r["doc_no"], r["issued_on"], "继续有效") for r in records if r["issued_on"].year == YEAR]
    for n, (title, doc_no, issued, result) in enumerate(listed, start=1):
        remark = {"废止": "上位法已修改", "修改": "按新规定修改后重新印发"}.get(result)
        cleanup.add(n, title, doc_no, GOV, issued.strftime("%Y年%m月%d日"), result, remark)
    built.books.append(Book(CLEANUP_FILE, [cleanup]))
    built.quirk("cleanup_catalogue_beside_register", CLEANUP_FILE, "清理结果目录", f,
                "年底清理结果目录列出全部有效文件（继续有效/修改/废止），本年印发的 3 件也在其中：同一文号是同一件，不是新制定")  # fmt: skip


# --- 学法用法: 会前学法, 中心组学法, 述法, the 法治培训 log and the exam summary ---------------------------------------

TRAINING_FILE = f"{TOWN}{YEAR}年学法用法工作台账.xlsx"
MEETING_TOPICS = ("《中华人民共和国行政处罚法》", "《信访工作条例》", "《中华人民共和国土地管理法》",
                  "《优化营商环境条例》", "《中华人民共和国安全生产法》", "《中华人民共和国民法典》婚姻家庭编")  # fmt: skip
TRAININGS = (  # date, name, audience (as written), form, participants, truth audience
    (dt.date(2023, 12, 26), "2023年度法律明白人年终培训", "法律明白人", "线下", 46, "法律明白人"),
    (dt.date(2024, 3, 14), "法律明白人骨干培训班", "法律明白人", "线下", 48, "法律明白人"),
    (dt.date(2024, 4, 23), "行政执法人员资格培训", "行政执法人员", "线上", 12, "行政执法人员"),
    (dt.date(2024, 5, 29), "村（社区）“两委”干部法治培训", "村（社区）“两委”干部", "线下", 35, "其他"),
    (dt.date(2024, 7, 11), "民法典进农村专题培训", "法律明白人、村（社区）“两委”干部", "线下", 62, "法律明白人"),
    (dt.date(2024, 9, 5), "机关干部学法用法专题讲座", "镇机关干部", "线下", 41, "干部职工"),
    (dt.date(2024, 10, 17), "法律明白人线上轮训", "法律明白人", "线上", 51, "法律明白人"),
    (dt.date(2024, 11, 28), "行政执法案卷评查培训", "行政执法人员", "线下", 14, "行政执法人员"),
)
EXAM = (("党政办", 9, 9), ("经发办", 7, 7), ("社会事务办", 8, 7), ("综治中心", 6, 6), ("自然资源所", 5, 4),
        ("司法所", 3, 3), ("财政所", 4, 4))  # fmt: skip


def study_book_training(built: Built, rng: random.Random) -> None:
    before = Sheet("会前学法")
    before.title(f"{TOWN}{YEAR}年党委会、政府常务会议会前学法记录", 7)
    before.header([["序号", "学法日期", "会议名称", "学法内容", "领学人", "应到人数", "实到人数"]])
    days = fake.dates_in(rng, YEAR, 12)
    for n, day in enumerate(days, start=1):
        meeting = "党委会" if n % 2 else "政府常务会议"
        before.add(n, day.strftime("%Y年%m月%d日"), f"{meeting}（第{n}次）", rng.choice(MEETING_TOPICS),
                   fake.name(rng), 11, 11 - rng.choice([0, 0, 1]))  # fmt: skip

    group = Sheet("中心组学法")
    group.title(f"{TOWN}党委理论学习中心组{YEAR}年学法记录", 7)
    group.header([["学习时间", "学习地点", "主持人", "学习内容", "学习方式", "参加人员", "缺席人员及原因"]])
    for day, topic in zip(fake.dates_in(rng, YEAR, 4), ("习近平法治思想", "《中华人民共和国宪法》", "党内法规",
                                                          "《中华人民共和国国家安全法》")):  # fmt: skip
        group.add(f"{day:%Y.%m.%d}", "镇三楼会议室", fake.name(rng), topic, "集中学习、交流研讨", "中心组全体成员",
                  rng.choice(["无", f"{fake.name(rng)}（出差）"]))  # fmt: skip

    report = Sheet("领导干部述法")
    report.title(f"{TOWN}{YEAR}年度领导干部述法登记表", 6)
    report.header([["序号", "述法人", "职务", "述法时间", "述法方式", "评议等次"]])
    for n, post in enumerate(("党委书记", "党委副书记、镇长", "人大主席", "党委副书记", "副镇长", "副镇长"), start=1):
        report.add(n, fake.name(rng), post, "2024年12月27日", "会议述法" if n <= 2 else "书面述法",
                   rng.choice(["好", "好", "较好"]))  # fmt: skip

    log = Sheet("法治培训")
    log.title(f"{TOWN}{YEAR}年干部法治培训台账", 7)
    log.header([["序号", "培训日期", "培训名称", "培训对象", "培训形式", "参训人数", "学时"]])
    sessions = []
    for n, (day, name, audience, form, people, truth_audience) in enumerate(TRAININGS, start=1):
        log.add(n, day, name, audience, form, people, rng.choice([2, 3, 4]))
        sessions.append({"held_on": day, "audience": truth_audience})

    exam = Sheet("法宣在线考试")
    exam.title(f"{TOWN}{YEAR}年度国家工作人员学法考试参考情况统计表", 5)
    exam.header([["序号", "科室（站所）", "应参考人数", "实参考人数", "参考率"]])
    for n, (office, required, taken) in enumerate(EXAM, start=1):
        exam.add(n, office, required, taken, f"{taken / required:.0%}")
    required, taken = sum(e[1] for e in EXAM), sum(e[2] for e in EXAM)
    exam.add("合计", None, required, taken, f"{taken / required:.1%}")
    sessions.append({"held_on": dt.date(YEAR, 11, 30), "audience": None, "exam_required": required,
                     "exam_taken": taken})  # fmt: skip

    built.books.append(Book(TRAINING_FILE, [before, group, report, log, exam]))
    built.ledgers["training"] = sessions
    f = ("training.legal_literacy_sessions",)
    built.quirk("attendance_not_exam", TRAINING_FILE, "会前学法", ("training.exam_coverage",),
                "会前学法 记 应到人数/实到人数：是会议出勤，不是考试的应参考/实参考")  # fmt: skip
    built.quirk("study_group_record", TRAINING_FILE, "中心组学法", f,
                "中心组学法记录（学习时间、主持人、参加人员、缺席人员及原因）：领导干部学习，不是法律明白人培训")  # fmt: skip
    built.quirk("report_on_law_not_session", TRAINING_FILE, "领导干部述法", f,
                "领导干部述法登记：每人一行的述法，不是培训场次")  # fmt: skip
    built.quirk("audience_two_groups", TRAINING_FILE, "法治培训", f,
                "培训对象 法律明白人、村（社区）“两委”干部：法律明白人也受训，算一次")  # fmt: skip
    built.quirk("exam_summary_by_office", TRAINING_FILE, "法宣在线考试", ("training.exam_coverage",),
                "法宣在线考试按科室统计，末行合计；参考率列是文字百分数")  # fmt: skip


# --- 平安建设: the 综治 book (治安案件 of every sort, 家暴告诫, 重点人员) -------------------------------------------

SECURITY_FILE = f"{TOWN}{YEAR}年平安建设（综治）工作台账.xlsx"
CASE_SORTS = {"盗窃": 4, "打架斗殴": 3, "涉赌治安案件": 2, "涉黄治安案件": 1.5, "家暴治安案件": 1.2}
KEY_GROUPS = ("社区矫正对象", "刑满释放人员", "严重精神障碍患者", "吸毒人员")


def comprehensive_book_security(built: Built, rng: random.Random) -> None:
    cases = Sheet("治安案件")
    cases.title(f"{TOWN}{YEAR}年治安案件登记台账", 8)
    cases.header([["序号", "受理日期", "案件类别", "发案地点", "违法行为人", "处理结果", "拘留人数", "办案单位"]])
    records = []
    days = [dt.date(2023, 12, 28), *fake.dates_in(rng, YEAR, 19)]
    for n, day in enumerate(days, start=1):
        sort = fake.pick(rng, CASE_SORTS)
        detained = (
            rng.choice([0, 1, 1, 2]) if sort in ("涉黄治安案件", "涉赌治安案件", "家暴治安案件", "打架斗殴") else 0
        )
        outcome = f"行政拘留{rng.choice(['五', '十'])}日" if detained else rng.choice(["罚款500元", "警告"])
        cases.add(n, day, sort, rng.choice(VILLAGES), fake.name(rng), outcome, detained, "柏溪派出所")
        records.append({"occurred_on": day, "type": sort, "detained": detained})

    warnings = Sheet("家暴告诫")
    warnings.title(f"{TOWN}{YEAR}年家庭暴力告诫书登记台账", 6)
    warnings.header([["序号", "告诫书编号", "出具日期", "被告诫人", "村（社区）", "告诫事由"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 7), start=1):
        warnings.add(n, f"柏公（溪）告字〔{YEAR}〕{n:03d}号", day.strftime("%Y/%m/%d"), fake.name(rng),
                     rng.choice(VILLAGES), "殴打家庭成员（情节轻微）")  # fmt: skip
        records.append({"occurred_on": day, "type": "家暴告诫书", "detained": 0})

    key = Sheet("重点人员")
    key.title(f"{TOWN}{YEAR}年重点人员服务管理台账", 8)
    key.header([["序号", "姓名", "身份证号码", "人员类别", "所在村（社区）", "列管日期", "管控措施", "责任人"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 9), start=1):
        key.add(n, fake.name(rng), fake.id_number(rng), rng.choice(KEY_GROUPS), rng.choice(VILLAGES), day,
                rng.choice(["每月走访", "每周电话联系", "网格员日常关注"]), fake.name(rng))  # fmt: skip

    built.books.append(Book(SECURITY_FILE, [cases, warnings, key]))
    built.ledgers["security"] = records
    f = ("security.dv_warnings", "security.dv_detentions", "security.vice_cases", "security.vice_detentions")
    built.quirk("case_sorts_beyond_figures", SECURITY_FILE, "治安案件", f,
                "治安案件台账登记所有类别（盗窃、打架斗殴、涉赌、涉黄、家暴）：只有涉黄、家暴计入；一件受理于2023年12月")  # fmt: skip
    built.quirk("warning_sheet_numbered", SECURITY_FILE, "家暴告诫", f,
                "家暴告诫书单独一张表，告诫书编号、出具日期，没有类别列也没有拘留列")  # fmt: skip
    built.quirk("key_persons_not_cases", SECURITY_FILE, "重点人员", f,
                "重点人员服务管理台账（社区矫正对象、刑满释放人员……，管控措施）：是人员名单，不是案件，也不是涉诈高危人员")  # fmt: skip


# --- 反诈: the watch list beside the 反诈宣传 log --------------------------------------------------------------------

FRAUD_FILE = f"{TOWN}{YEAR}年打击治理电信网络诈骗工作台账.xlsx"
CONTACT_WORDS = {True: ("已见面", "已见面", "电话联系"), False: ("未见面（在外务工）", "未取得联系")}


def watch_list_beside_publicity_fraud_watch(built: Built, rng: random.Random) -> None:
    watch = Sheet("涉诈高危人员")
    watch.title(f"{TOWN}涉诈高危人员管控台账（{YEAR}年12月）", 9)
    watch.header([["序号", "姓名", "身份证号码", "联系电话", "户籍地", "人员类别", "管控状态", "核减原因",
                   "见面核查情况"]])  # fmt: skip
    records = []
    for n, removed, contacted, (name, id_no, phone, place) in fake.watch_list(rng, 16, list(VILLAGES), 0.35):
        status = "已核减" if removed else "在管"
        reason = rng.choice(["持合法出入境手续返乡", "已回国并核查无涉诈"]) if removed else None
        words = rng.choice(CONTACT_WORDS[contacted])
        watch.add(n, name, id_no, phone, place, rng.choice(["出境返回人员", "涉诈前科人员", "滞留境外人员"]), status,
                  reason, words)  # fmt: skip
        records.append({"status": "已核减" if removed else "在册", "contacted": contacted})

    publicity = Sheet("反诈宣传")
    publicity.title(f"{TOWN}{YEAR}年反诈宣传活动台账", 7)
    publicity.header([["序号", "宣传日期", "宣传地点", "宣传形式", "参与人数", "发放资料（份）", "负责人"]])
    for n, day in enumerate(fake.dates_in(rng, YEAR, 11), start=1):
        publicity.add(n, day, rng.choice([*VILLAGES, "柏溪集镇赶场天"]),
                      rng.choice(["入户走访", "集中宣传", "微信群推送", "反诈知识讲座"]), rng.randint(30, 300),
                      rng.randint(50, 500), fake.name(rng))  # fmt: skip

    built.books.append(Book(FRAUD_FILE, [watch, publicity]))
    built.ledgers["fraud_watch"] = records
    f = ("fraud_watch.removed", "fraud_watch.remaining", "fraud_watch.contacted")
    built.quirk("contact_in_words", FRAUD_FILE, "涉诈高危人员", "fraud_watch.contacted",
                "见面核查情况 写 已见面 / 电话联系 / 未见面（在外务工）/ 未取得联系")  # fmt: skip
    built.quirk("publicity_log_not_persons", FRAUD_FILE, "反诈宣传", f,
                "反诈宣传活动台账（宣传日期、地点、形式、参与人数）与高危人员同一本：活动不是管控人员")  # fmt: skip


# --- 行政应诉: 审级 and the leader's appearance in words ----------------------------------------------------------------

LITIGATION_FILE = f"{TOWN}行政应诉案件台账（{YEAR}年）.xlsx"
HEARINGS = (  # case no, 审级, hearing, appearance as written, appeared, result
    ("（2023）黔0399行初88号", "一审", dt.date(2023, 12, 19), "是（镇长）", True, "驳回诉讼请求"),
    ("（2024）黔0399行初11号", "一审", dt.date(2024, 3, 21), "镇长 出庭", True, "驳回诉讼请求"),
    ("（2024）黔03行终56号", "二审", dt.date(2024, 8, 22), "分管副镇长出庭", True, "驳回上诉，维持原判"),
    ("（2024）黔0399行初27号", "一审", dt.date(2024, 5, 16), "√", True, "撤诉"),
    ("（2024）黔0399行初40号", "一审", dt.date(2024, 7, 9), "未出庭（委托律师）", False, "驳回诉讼请求"),
    ("（2024）黔0399行初63号", "一审", dt.date(2024, 10, 30), "副镇长出庭应诉", True, "确认违法"),
    ("（2024）黔0399行初71号", "一审", dt.date(2024, 11, 26), "否", False, "驳回诉讼请求"),
    ("（2024）黔0399行初90号", "一审", dt.date(2025, 1, 14), "待开庭", False, "待开庭"),
)


def instance_and_appearance_words_litigation(built: Built, rng: random.Random) -> None:
    sheet = Sheet("应诉台账")
    sheet.title(f"{TOWN}行政应诉案件台账（{YEAR}年）", 9)
    sheet.header([["序号", "案号", "审级", "原告", "被告", "案由", "开庭日期", "负责人出庭情况", "审理结果"]])
    records = []
    for n, (case_no, level, heard, appeared_words, appeared, result) in enumerate(HEARINGS, start=1):
        shown = None if result == "待开庭" else appeared_words
        sheet.add(n, case_no, level, fake.name(rng), GOV, rng.choice(["土地行政确认", "行政强制拆除", "政府信息公开答复"]),
                  heard, shown, result)  # fmt: skip
        records.append({"case_no": case_no, "heard_on": heard, "appeared": appeared})
    built.books.append(Book(LITIGATION_FILE, [sheet]))
    built.ledgers["litigation"] = records
    f = ("litigation.cases", "litigation.leader_appearances", "litigation.appearance_rate")
    built.quirk("first_and_second_instance", LITIGATION_FILE, "应诉台账", f,
                "同一案件 一审（行初11号）与 二审（行终56号）各一行：各算一件次")  # fmt: skip
    built.quirk("appearance_in_words", LITIGATION_FILE, "应诉台账", f,
                "负责人出庭情况 写作 镇长 出庭 / 分管副镇长出庭 / √ / 未出庭（委托律师）/ 否；2025年开庭的一件留空")  # fmt: skip


# --- 政务公开: 公开方式 and 公开载体 as ticked columns ------------------------------------------------------------------

DISCLOSURE_FILE = f"{TOWN}{YEAR}年政务公开工作台账.xlsx"
PROACTIVE = ("财政预决算公开", "低保对象名单公示", "农村危房改造补助公示", "惠农补贴发放情况公示", "重大建设项目批准和实施信息",
             "镇村两级权力清单", "耕地地力保护补贴公示", "防汛应急预案")  # fmt: skip
REQUESTS = ("申请公开集镇规划图", "申请公开征地补偿标准", "申请公开某村道路建设资金使用情况")
CARRIERS = ("政府网站", "政务公开栏", "微信公众号")


def ticked_method_columns_disclosure(built: Built, rng: random.Random) -> None:
    sheet = Sheet("公开台账")
    sheet.title(f"{TOWN}{YEAR}年政务公开工作台账", 9)
    sheet.header(
        [["序号", "公开日期", "公开内容", "公开方式", None, "公开载体", None, None, "经办人"],
         [None, None, None, "主动公开", "依申请公开", *CARRIERS, None]],
        merges=[(1, 1, 2, 1), (1, 2, 2, 2), (1, 3, 2, 3), (1, 4, 1, 5), (1, 6, 1, 8), (1, 9, 2, 9)],
    )  # fmt: skip
    items = [(d, rng.choice(PROACTIVE), "主动公开") for d in fake.dates_in(rng, YEAR, 30)]
    items += [(d, title, "依申请公开") for d, title in zip(fake.dates_in(rng, YEAR, 3), REQUESTS)]
    items.append((dt.date(2023, 12, 27), "2023年第四季度财政收支公开", "主动公开"))
    records = []
    for n, (day, title, sort) in enumerate(sorted(items), start=1):
        proactive = sort == "主动公开"
        carriers = [TICK if rng.random() < 0.6 else None for _ in CARRIERS] if proactive else [None, None, None]
        if proactive and not any(carriers):
            carriers[1] = TICK
        sheet.add(n, day, title, TICK if proactive else None, None if proactive else TICK, *carriers, fake.name(rng))
        records.append({"published_on": day, "type": sort})
    built.books.append(Book(DISCLOSURE_FILE, [sheet]))
    built.ledgers["disclosure"] = records
    f = ("disclosure.proactive", "disclosure.media", "disclosure.on_request")
    built.quirk("ticked_method_columns", DISCLOSURE_FILE, "公开台账", f,
                "公开方式 合并在 主动公开 | 依申请公开 两列之上，打 √；公开载体 三列同样打 √；依申请公开的答复不勾载体（书面答复）")  # fmt: skip
    built.quirk("december_item_of_last_year", DISCLOSURE_FILE, "公开台账", f, "2023年12月27日的一条不算2024年")
