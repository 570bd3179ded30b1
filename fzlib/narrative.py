"""Chinese sentences with the year's exact figures, in the register of the official report.

Each section has one function `<section>(d) -> list[str]` (paragraphs) over a year's data `d`
(fzlib.report.YearData); the report shows them and the draft text (.docx/.txt) collects them, so
both always say the same. A figure whose ledger is absent is not mentioned (never written as 0).
Percentages follow the rounding rule of fzlib.fmt.
"""

from __future__ import annotations

from fzlib import breakdowns, fmt, subsidy, targets


def breakdown(parts: list[tuple[str, int]], unit: str = "件") -> str:
    """'A269件，占38.3%；B172件，占24.5%' — shares by the largest-remainder rule, adding to 100%.

    >>> breakdown([("行政许可", 269), ("行政确认", 172), ("行政检查", 261)])
    '行政许可269件，占38.3%；行政确认172件，占24.5%；行政检查261件，占37.2%'
    """
    parts = [(name, n) for name, n in parts if n]
    shares = fmt.shares([n for _, n in parts])
    return "；".join(f"{name}{fmt.count(n)}{unit}，占{s:.1f}%" for (name, n), s in zip(parts, shares))


def listing(parts: list[tuple[str, int]], unit: str = "件") -> str:
    """'A3件、B2件' (zero parts left out).

    >>> listing([("口头协议", 402), ("书面协议", 149), ("其他", 0)])
    '口头协议402件、书面协议149件'
    """
    return "、".join(f"{name}{fmt.count(n)}{unit}" for name, n in parts if n)


def enforcement_sentence(year: int, total: int, parts: list[tuple[str, int]]) -> str:
    """The enforcement sentence: total, then each category with its share.

    >>> enforcement_sentence(2024, 702, [("行政许可", 269), ("行政确认", 172), ("行政检查", 261)])
    '2024年共办理行政执法案件702件，其中行政许可269件，占38.3%；行政确认172件，占24.5%；行政检查261件，占37.2%。'
    """
    if not total:
        return f"{year}年未办理行政执法案件。"
    return f"{year}年共办理行政执法案件{fmt.count(total)}件，其中{breakdown(parts)}。"


# --- helpers over a year's data -------------------------------------------------------------

def _fig(d, key):
    return d.figures.get(key)


def _vs(d, key: str, rate: bool = False) -> str:
    """'，同比增长16.4%' against the previous year's figure; '' when there is none."""
    if not d.previous or d.previous.get(key) is None or _fig(d, key) is None:
        return ""
    said = fmt.versus(_fig(d, key), d.previous[key], rate=rate)
    return f"，{said}" if said else ""


def _rate(d, key: str) -> str:
    """'96.3%' plus the target verdict and the change against last year."""
    value = _fig(d, key)
    return fmt.pct(value) + targets.verdict(d.params, key, value) + _vs(d, key, rate=True)


def _parts(d, name: str) -> list[tuple[str, int]]:
    series = breakdowns.compute(d.tables, name)
    return [] if series is None else [(str(k), int(v)) for k, v in series.items()]


def _top(d, name: str, n: int = 3, unit: str = "件") -> str:
    """'邻里160件（28.0%）、山林土地125件（21.9%）' — the leading categories with their shares."""
    parts = _parts(d, name)
    shares = fmt.shares([v for _, v in parts])
    return "、".join(f"{k}{fmt.count(v)}{unit}（{s:.1f}%）" for (k, v), s in list(zip(parts, shares))[:n])


# --- the sections ---------------------------------------------------------------------------

def overview(d) -> list[str]:
    f = d.figures
    said = []
    if "enforcement.cases" in f:
        said.append(f"办理行政执法案件{fmt.count(f['enforcement.cases'])}件")
    if "disputes.screened" in f:
        said.append(f"排查矛盾纠纷{fmt.count(f['disputes.screened'])}件、化解{fmt.count(f['disputes.resolved'])}件，"
                    f"化解成功率{fmt.pct(f['disputes.resolution_rate'])}")
    if "mediation.cases" in f:
        said.append(f"人民调解成功{fmt.count(f['mediation.cases'])}件，申请案补经费{fmt.money(f['mediation.subsidy_yuan'])}")
    if "litigation.cases" in f:
        said.append(f"行政应诉{fmt.count(f['litigation.cases'])}件次，负责人出庭应诉率{fmt.pct(f['litigation.appearance_rate'])}")
    if not said:
        return [f"{d.year}年未提供任何台账。"]
    # One sentence per line of work: a rate then reads against its own counts only.
    return [f"{d.year}年，{d.params['town']}" + "。".join(said) + "。"]


def enforcement(d) -> list[str]:
    if not d.has("enforcement"):
        return []
    total = _fig(d, "enforcement.cases")
    out = [enforcement_sentence(d.year, total, _parts(d, "enforcement.category"))]
    if _vs(d, "enforcement.cases"):
        said = fmt.change(total, d.previous["enforcement.cases"]).removeprefix("同比")
        out.append(f"案件总数较上年（{fmt.count(d.previous['enforcement.cases'])}件）{said}。")
    offices = _parts(d, "enforcement.office")
    if len(offices) > 1:
        out.append(f"按承办单位分，{listing(offices)}。")
    return out


def documents(d) -> list[str]:
    out = []
    if d.has("normative_documents"):
        issued = _fig(d, "normative_documents.issued")
        docs = d.tables["normative_documents"]
        filed = int(docs["filed_on"].notna().sum())
        if issued:
            tail = "均已按规定报送备案" if filed == issued else f"已报送备案{fmt.count(filed)}件"
            out.append(f"全年制定规范性文件{fmt.count(issued)}件，{tail}。")
        else:
            out.append("全年未制定规范性文件。")
    if d.has("disclosure"):
        out.append(f"全年主动公开政府信息{fmt.count(_fig(d, 'disclosure.proactive'))}条"
                   f"{_vs(d, 'disclosure.proactive')}，以媒体报道等形式发布信息{fmt.count(_fig(d, 'disclosure.media'))}条，"
                   f"办理依申请公开{fmt.count(_fig(d, 'disclosure.on_request'))}件。")
        channels = _parts(d, "disclosure.channel")
        if channels:
            out.append(f"按公开渠道分，{breakdown(channels, '条')}。")
    return out


def disputes(d) -> list[str]:
    out = []
    if d.has("disputes"):
        out.append(f"全年排查矛盾纠纷{fmt.count(_fig(d, 'disputes.screened'))}件{_vs(d, 'disputes.screened')}，"
                   f"化解{fmt.count(_fig(d, 'disputes.resolved'))}件，化解成功率{_rate(d, 'disputes.resolution_rate')}。")
        out.append(f"从纠纷类型看，{_top(d, 'disputes.type')}居前三位。")
    if d.has("petitions"):
        f = d.figures
        out.append(f"承办上级交办信访事项{fmt.count(f['petitions.assigned'])}件，其中已化解{fmt.count(f['petitions.resolved'])}件，"
                   f"正在化解{fmt.count(f['petitions.in_progress'])}件。")
    return out


def mediation(d) -> list[str]:
    if not d.has("mediation"):
        return []
    f = d.figures
    out = [f"全年人民调解成功{fmt.count(f['mediation.cases'])}件{_vs(d, 'mediation.cases')}，其中口头协议"
           f"{fmt.count(f['mediation.oral'])}件、书面协议{fmt.count(f['mediation.written'])}件；"
           f"按以案定补标准申请案补经费{fmt.money(f['mediation.subsidy_yuan'])}。"]
    out.append(f"调解成功的案件中，{_top(d, 'mediation.type')}居前三位。")
    standard = d.params.get("subsidy_standard")
    if standard:
        found = subsidy.problems(d.tables["mediation"], standard)
        out.append("经逐案核对，案补均符合以案定补标准，且只发放给调解成功的案件。" if found.empty else
                   f"经逐案核对，有{fmt.count(len(found))}件案补与以案定补标准或发放条件不符，需核实更正。")
    return out


def security(d) -> list[str]:
    out = []
    f = d.figures
    if d.has("security"):
        out.append(f"全年出具家暴告诫书{fmt.count(f['security.dv_warnings'])}份，因家暴治安拘留"
                   f"{fmt.count(f['security.dv_detentions'])}人；查处涉黄治安案件{fmt.count(f['security.vice_cases'])}起，"
                   f"治安拘留{fmt.count(f['security.vice_detentions'])}人。")
    if d.has("fraud_watch"):
        out.append(f"核减涉诈高危人员{fmt.count(f['fraud_watch.removed'])}人，当前存量{fmt.count(f['fraud_watch.remaining'])}人，"
                   f"其中已取得联系{fmt.count(f['fraud_watch.contacted'])}人。")
    return out


def counsel(d) -> list[str]:
    out = []
    f = d.figures
    if d.has("counsel"):
        out.append(f"法律顾问全年出具法律意见书{fmt.count(f['counsel.opinions'])}件，审核文书{fmt.count(f['counsel.document_reviews'])}件，"
                   f"提供法律咨询{fmt.count(f['counsel.consultations'])}次，办理法律援助{fmt.count(f['counsel.legal_aid'])}件。")
    if d.has("training"):
        people = dict(_parts(d, "training.participants")).get("法律明白人", 0)
        out.append(f"开展法律明白人培训{fmt.count(f['training.legal_literacy_sessions'])}次，参训{fmt.count(people)}人次。")
    return out


def litigation(d) -> list[str]:
    if not d.has("litigation"):
        return []
    f = d.figures
    if not f["litigation.cases"]:
        return ["全年无涉政府行政诉讼案件。"]
    return [f"全年涉政府行政诉讼应诉{fmt.count(f['litigation.cases'])}件次，主要领导参与应诉"
            f"{fmt.count(f['litigation.leader_appearances'])}件次，应诉率{_rate(d, 'litigation.appearance_rate')}。"]


def training(d) -> list[str]:
    if not d.has("training"):
        return []
    t = d.tables["training"]
    sessions, people = len(t), int(t["participants"].fillna(0).sum())
    required, taken = int(t["exam_required"].fillna(0).sum()), int(t["exam_taken"].fillna(0).sum())
    out = [f"全年组织学法用法和普法培训{fmt.count(sessions)}次，参训{fmt.count(people)}人次。"]
    if required:
        out.append(f"领导干部法宣在线考试应参考{fmt.count(required)}人，实参考{fmt.count(taken)}人，"
                   f"参考率{_rate(d, 'training.exam_coverage')}。")
    return out
