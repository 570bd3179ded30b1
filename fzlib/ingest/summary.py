"""The one-screen Chinese summary `clean` prints: what was read, what counts, what to fix first."""

from __future__ import annotations

from collections import Counter
from pathlib import Path

from fzlib import paths
from fzlib.ingest import issues
from fzlib.ingest.clean import YearResult
from fzlib.spec import load_specs

SUMMARY_TOP_CODES = 6
LEVEL_ORDER = (issues.ERROR, issues.WARNING, issues.NOTE)
EXCLUDED_WORDS = {
    "error": "出错",
    "out_of_year": "不属本年度",
    "duplicate": "重复",
    "other_matter": "不属本类",
    "record_row": "上一条记录的续行",
}


def summary(result: YearResult, out: Path) -> str:
    """A one-screen Chinese summary of a cleaning run: what was read, what counts, what to fix first."""
    files = result.manifest["files"]
    sheets = [s for f in files for s in f["sheets"]]
    kept = sum(s.get("kept", 0) for s in sheets)
    flagged = sum(s.get("flagged", 0) for s in sheets)
    unusable = sum(s.get("unusable", 0) for s in sheets)
    aside = sum(sum(s.get("set_aside", {}).values()) for s in sheets)
    excluded = Counter()
    for s in sheets:
        excluded.update(s.get("excluded", {}))
    failed = len(result.failed_files)
    lines = [
        f"读取文件 {len(files)} 个"
        + (f"（其中 {failed} 个无法使用）" if failed else "")
        + f"，工作表 {len(sheets)} 个；识别出台账 {len(result.tables)} 种。"
    ]
    if result.tables:
        specs = load_specs()
        lines.append("  " + "；".join(f"{specs[k].title} {len(t)} 条" for k, t in result.tables.items() if k in specs))
    left_out = "，".join(f"{EXCLUDED_WORDS[k]} {n} 行" for k, n in excluded.items() if n)
    lines.append(
        f"记录：计入统计 {kept} 行"
        + (f"（其中 {flagged} 行有需核对的问题" if flagged else "")
        + (f"，{unusable} 行有无法识别的值，这些值未计入相关指标" if flagged and unusable else "")
        + ("）" if flagged else "")
        + (f"；未计入 {sum(excluded.values())} 行（{left_out}）" if left_out else "")
        + f"；标题、表头、空行、合计等非记录行 {aside} 行。"
    )
    stated = [s for s in result.manifest.get("statistics", []) if s.get("kind") not in result.tables]
    if stated:
        sources = "、".join(dict.fromkeys(f"{s['file']}「{s['sheet']}」" for s in stated))
        lines.append(f"统计表：{len(stated)} 项指标没有台账记录，取自统计表（{sources}）。")
    if not len(result.issues):
        lines.append("问题：无。")
    else:
        by_level = Counter(result.issues["level"])
        for f in files:  # issues beyond a file's cap are counted in the manifest, not listed
            for code, n in f.get("issues_not_listed", {}).items():
                by_level[issues.CATALOGUE[code].level] += n
        lines.append(
            "问题："
            + "，".join(f"{lv} {by_level[lv]} 项" for lv in LEVEL_ORDER if by_level[lv])
            + "。最多的几类（错误在前）："
        )
        counts = Counter(result.issues["code"])
        for f in files:
            counts.update(f.get("issues_not_listed", {}))
        rank = sorted(counts.items(), key=lambda kv: (LEVEL_ORDER.index(issues.CATALOGUE[kv[0]].level), -kv[1], kv[0]))
        for code, n in rank[:SUMMARY_TOP_CODES]:
            kind = issues.CATALOGUE[code]
            lines.append(f"  · [{kind.level}] {kind.label}：{n} 项（{code}）")
        if len(rank) > SUMMARY_TOP_CODES:
            lines.append(f"  · 另有 {len(rank) - SUMMARY_TOP_CODES} 类，见问题清单")
    for f in result.failed_files:
        msg = result.issues[(result.issues["file"] == f) & (result.issues["level"] == issues.ERROR)]["message"]
        lines.append(f"✗ 无法使用：{msg.iloc[0] if len(msg) else f}")
    lines += _refused_sheets(result, files)
    lines.append(f"问题清单（逐条列出位置和改法）：{out / paths.ISSUES_XLSX}")
    return "\n".join(lines)


def _refused_sheets(result: YearResult, files: list[dict]) -> list[str]:
    """A line for each sheet of a file read whose table was refused by an error (a required column missing): its
    records count nowhere, and without the line only the error's count on screen says a ledger dropped out."""
    out = []
    for f in files:
        if f["file"] in result.failed_files:
            continue  # named above, whole
        for s in f.get("sheets", []):
            code = s.get("problem")
            if code not in issues.CATALOGUE or issues.CATALOGUE[code].level != issues.ERROR:
                continue
            said = result.issues.reindex(columns=["file", "sheet", "code", "message"])
            found = said[(said["file"] == f["file"]) & (said["sheet"] == s.get("sheet")) & (said["code"] == code)]
            where = found["message"].iloc[0] if len(found) else f"{f['file']}「{s.get('sheet', '')}」"
            held = f"（{s['unused']} 行记录未计入）" if s.get("unused") else ""
            out.append(f"✗ 工作表无法使用{held}：{where}")
    return out
