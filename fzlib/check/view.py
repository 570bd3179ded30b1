"""The draft as one self-contained web page with every tested number marked, explanation on tap.

Green is 一致, red 不一致, grey 无法核对 or 提示. Tapping (or clicking, or focusing) a number
shows what was tested in a panel at the bottom of the screen; without JavaScript the number is a
link to the same explanation in the list at the end. Everything is escaped; nothing is fetched:
the CJK font subset is embedded, as in the report.
"""

from __future__ import annotations

import html
import json
from collections import Counter

from fzlib.check import messages
from fzlib.check.verify import Claim

_COLOUR = {"inconsistent": "red", "consistent": "green", "note": "grey", "unverifiable": "grey"}
_RANK = {"inconsistent": 3, "note": 2, "unverifiable": 1, "consistent": 0}

_CSS = """
%(font)s
:root { color-scheme: light; }
* { box-sizing: border-box; }
body { margin: 0; font-family: %(family)s, sans-serif; line-height: 1.9; color: #1b1b1b;
       background: #fafaf7; overflow-wrap: anywhere; }
main { max-width: 46rem; margin: 0 auto; padding: 1rem 1rem 9rem; }
h1 { font-size: 1.25rem; margin: .5rem 0; }
.summary { font-size: .95rem; margin: .25rem 0 1rem; }
.legend span, .fig { border-radius: 3px; padding: 0 .15em; }
.legend { font-size: .9rem; display: flex; flex-wrap: wrap; gap: .5rem 1rem; margin-bottom: 1rem; }
.draft p { margin: 0 0 .6rem; white-space: pre-wrap; }
button.fig { font: inherit; color: inherit; border: 0; margin: 0; cursor: pointer;
             line-height: inherit; }
.green { background: #d6f0d8; border-bottom: 2px solid #2e7d32; }
.red { background: #ffd9d6; border-bottom: 2px solid #c62828; font-weight: bold; }
.grey { background: #e6e6e6; border-bottom: 2px dashed #757575; }
button.fig:focus { outline: 2px solid #1565c0; }
#panel { position: fixed; left: 0; right: 0; bottom: 0; max-height: 45vh; overflow: auto;
         background: #fff; border-top: 3px solid #1565c0; padding: .75rem 1rem 1rem;
         box-shadow: 0 -2px 8px rgba(0,0,0,.15); font-size: .95rem; }
#panel[hidden] { display: none; }
#panel button { float: right; font: inherit; border: 1px solid #999; background: #f3f3f3;
                border-radius: 4px; padding: .1rem .6rem; }
ol.claims { padding-left: 1.4rem; font-size: .92rem; }
ol.claims li { margin-bottom: .5rem; }
.verdict { font-weight: bold; }
"""

_SCRIPT = """
(function () {
  var data = JSON.parse(document.getElementById('claims-data').textContent);
  var panel = document.getElementById('panel'), body = document.getElementById('panel-body');
  function show(ids) {
    body.textContent = '';
    ids.forEach(function (i) {
      var c = data[i], p = document.createElement('p');
      var b = document.createElement('span');
      b.className = 'verdict'; b.textContent = c.verdict + '（' + c.kind + '）';
      p.appendChild(b);
      p.appendChild(document.createTextNode(' ' + c.text));
      var m = document.createElement('p'); m.textContent = c.message;
      body.appendChild(p); body.appendChild(m);
    });
    panel.hidden = false;
  }
  document.querySelectorAll('button.fig').forEach(function (b) {
    b.addEventListener('click', function () {
      show(b.getAttribute('data-claims').split(' ').map(Number));
    });
  });
  document.getElementById('panel-close').addEventListener('click', function () { panel.hidden = true; });
})();
"""


def render_page(text: str, claims: list[Claim], title: str) -> str:
    """The page: the draft with marked numbers, a summary, and every explanation listed."""
    marks = _marks(claims)
    paragraphs = []
    pos = 0
    for line in text.split("\n"):
        start, end = pos, pos + len(line)
        pos = end + 1
        paragraphs.append(f"<p>{_line_html(text, start, end, marks, claims)}</p>")
    counts = Counter(c.verdict for c in claims)
    summary = messages.SUMMARY.format(total=len(claims), **{v: counts.get(v, 0) for v in messages.VERDICTS})
    items = "\n".join(
        f'<li id="c{i}"><span class="verdict">{html.escape(messages.VERDICTS[c.verdict])}</span>'
        f"（{html.escape(messages.KINDS[c.kind])}）“{html.escape(c.text)}”：{html.escape(c.message)}</li>"
        for i, c in enumerate(claims)
    )
    data = [
        {"verdict": messages.VERDICTS[c.verdict], "kind": messages.KINDS[c.kind], "text": c.text, "message": c.message}
        for c in claims
    ]
    data_json = json.dumps(data, ensure_ascii=False).replace("</", "<\\/")
    legend = "".join(
        f'<span class="{cls}">{html.escape(name)}</span>'
        for cls, name in (
            ("green", messages.VERDICTS["consistent"]),
            ("red", messages.VERDICTS["inconsistent"]),
            ("grey", messages.VERDICTS["unverifiable"] + "／" + messages.VERDICTS["note"]),
        )
    )
    body = (
        f"<main><h1>{html.escape(title)}</h1>"
        f'<p class="summary">{html.escape(summary)}</p>'
        f'<p class="legend">{legend}<span>{html.escape(messages.VIEW_HINT)}</span></p>'
        f'<div class="draft">{"".join(paragraphs)}</div>'
        f'<h2>{html.escape(messages.VIEW_LIST)}</h2><ol class="claims" start="0">{items}</ol></main>'
        f'<div id="panel" hidden role="dialog" aria-live="polite">'
        f'<button id="panel-close" type="button">{html.escape(messages.VIEW_CLOSE)}</button>'
        f'<div id="panel-body"></div></div>'
        f'<script type="application/json" id="claims-data">{data_json}</script>'
        f"<script>{_SCRIPT}</script>"
    )
    font, family = _font(body + title)
    css = _CSS % {"font": font, "family": family}
    return (
        f'<!DOCTYPE html><html lang="zh-CN"><head><meta charset="utf-8">'
        f'<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{html.escape(title)}</title><style>{css}</style></head><body>{body}</body></html>"
    )


def _marks(claims: list[Claim]) -> dict[tuple[int, int], list[int]]:
    """Each tested figure's span → the claims on it (several claims may test one figure)."""
    out: dict[tuple[int, int], list[int]] = {}
    for i, c in enumerate(claims):
        if c.stated_end > c.stated_start:
            out.setdefault((c.stated_start, c.stated_end), []).append(i)
    return out


def _line_html(text: str, start: int, end: int, marks, claims: list[Claim]) -> str:
    spans = sorted(s for s in marks if start <= s[0] and s[1] <= end)
    out, pos = [], start
    for s, e in spans:
        if s < pos:
            continue  # overlapping spans: the first one wins
        out.append(html.escape(text[pos:s]))
        ids = marks[(s, e)]
        worst = max((claims[i].verdict for i in ids), key=_RANK.__getitem__)
        label = "；".join(messages.VERDICTS[claims[i].verdict] for i in ids)
        out.append(
            f'<button type="button" class="fig {_COLOUR[worst]}" data-claims="'
            f'{" ".join(map(str, ids))}" title="{html.escape(label)}" '
            f'aria-label="{html.escape(text[s:e] + "：" + label)}">'
            f"{html.escape(text[s:e])}</button>"
        )
        pos = e
    out.append(html.escape(text[pos:end]))
    return "".join(out)


def _font(page: str) -> tuple[str, str]:
    """The embedded CJK font rule and family (the report's subset of Noto Sans CJK SC)."""
    from fzlib.report.font import FONT_FAMILY, font_face

    return font_face(page + _CSS + _SCRIPT), f'"{FONT_FAMILY}"'
