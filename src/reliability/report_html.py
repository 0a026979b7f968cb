"""The HTML report page: a self-contained page an editor can read.

A table of documents (named by their headline) with their outlet and every
score ``DocumentScores`` holds, then each document's text with its
attributions (cue and source), hedges, unsourced claims and loaded terms
highlighted, boilerplate greyed, its outlets with their ratings in words, and
why each score is what it is: the overall score as a weighted sum an editor
can redo by hand, each other score's explanation and the sentences behind it.

Safe on hostile input: every piece of document text and metadata goes
through ``html.escape``; links are made only for ``http``/``https`` URLs;
the page carries no script and a Content-Security-Policy that forbids any,
so even a mistake in escaping could not run code. Every report is embedded
as JSON (``<script type="application/json">``, never executed, with ``<``
``>`` ``&`` written as ``\\u003c`` ...), so ``load_reports`` reads the page
back.

The page is written in one pass: table rows and document sections go to two
temporary files and are joined at the end; memory keeps only each document's
overall score (8 bytes), for the summary's exact median and quartiles.
"""

from __future__ import annotations

import re
import shutil
import statistics
import tempfile
import types
from array import array
from collections import Counter
from collections.abc import Iterable
from html import escape
from typing import IO, NamedTuple, Union, get_args, get_origin

from reliability import __version__
from reliability.records import ErrorRecord
from reliability.schema import (
    DocumentReport,
    DocumentScores,
    Outlet,
    ReportLayer,
    Score,
    Sentence,
)

__all__ = [
    "HtmlReportWriter",
    "Rendered",
    "embedded_reports",
    "headline",
    "quartiles",
    "render_document",
    "render_page",
    "adds_up",
]

_EMBED_OPEN = '<script type="application/json" class="reliability-report">'
_EMBED = re.compile(re.escape(_EMBED_OPEN) + r"(.*?)</script>", re.DOTALL)
_SAFE_URL = re.compile(r"https?://[^\s\"'<>`]+\Z", re.IGNORECASE)

#: Labels of the scores an editor knows; a score the schema gains later is
#: shown too, under its field name (``_score_fields`` reads the schema).
_LABELS = {
    "overall": ("Overall", "Overall"),
    "attribution": ("Attribution", "Attribution"),
    "unsourced": ("Sourced claims", "Sourced"),
    "hedging": ("Hedging", "Hedging"),
    "loaded": ("Neutral wording", "Neutral"),
    "provenance": ("Provenance", "Provenance"),
}
#: Why a score may be missing altogether (``None`` rather than a null value).
_MISSING = {
    "provenance": "No rated outlet: the publisher is not known or not rated, and "
    "the text cites no rated outlet.",
}
#: How the publishing outlet was found (``Outlet.rule``), in words.
_FOUND_BY = {
    "meta:url": "from the document's URL",
    "meta:outlet": "from the outlet given with the document",
    "text:masthead": "from the masthead at the top of the text",
    "text:also-on": "from an \u201cAlso on\u201d line in the text",
    "text:promo": "from a promotional line in the text",
    "text:copyright": "from the copyright line in the text",
    "text:dateline": "from the dateline",
}
_UNKNOWN_OUTLET = (
    "No URL or outlet was given with this document, and the text names no "
    "outlet of the registry in a masthead, copyright line or dateline."
)


def _is_score(annotation: object) -> bool:
    if annotation is Score:
        return True
    origin = get_origin(annotation)
    return origin in (Union, types.UnionType) and Score in get_args(annotation)


def _score_fields() -> tuple[str, ...]:
    """Every ``Score`` field of ``DocumentScores``: overall first, known ones next."""
    names = [
        name
        for name, field in DocumentScores.model_fields.items()
        if _is_score(field.annotation)
    ]
    order = list(_LABELS)
    return tuple(
        sorted(names, key=lambda n: order.index(n) if n in order else len(order))
    )


_SCORE_FIELDS = _score_fields()


def _label(name: str, short: bool = False) -> str:
    default = name.replace("_", " ").capitalize()
    return _LABELS.get(name, (default, default))[short]


def _plural(n: int, word: str, plural: str | None = None) -> str:
    return f"{n:,} {word if n == 1 else plural or word + 's'}"


_CSS = """
:root{--ink:#1f2328;--muted:#656d76;--line:#d8dee4;--bg:#f6f8fa;--good:#1a7f37;
--fair:#9a6700;--poor:#cf222e;--src:#ddf4ff;--cue:#0969da;--hedge:#fff1c2;
--loaded:#fbe0f0;--unsourced:#ffebe9}
*{box-sizing:border-box}
body{margin:0;font:15px/1.55 -apple-system,BlinkMacSystemFont,"Segoe UI",Helvetica,
Arial,sans-serif;color:var(--ink);background:#fff}
main{max-width:1120px;margin:0 auto;padding:32px 24px 64px}
h1{font-size:26px;margin:0 0 4px}
h2{font-size:20px;margin:0 0 2px;line-height:1.3}
.sub{color:var(--muted);margin:0 0 20px}
.overview{display:flex;gap:12px;flex-wrap:wrap;margin:0 0 20px}
.overview div{background:var(--bg);border:1px solid var(--line);border-radius:8px;
padding:10px 16px;min-width:140px}
.overview b{display:block;font-size:22px}
.overview span{color:var(--muted);font-size:13px}
table{border-collapse:collapse;width:100%;font-size:14px;margin-bottom:36px}
th{text-align:left;}
th.num{text-align:right}
th{font-weight:600;color:var(--muted);border-bottom:2px solid var(--line);
padding:8px 8px;white-space:nowrap;font-size:12px;text-transform:uppercase;
letter-spacing:.03em}
td{border-bottom:1px solid var(--line);padding:8px 8px;vertical-align:middle}
td.num{text-align:right;font-variant-numeric:tabular-nums;white-space:nowrap}
tr:hover td{background:var(--bg)}
td a{color:var(--ink);text-decoration:none;font-weight:600}
td a:hover{text-decoration:underline}
td .id{display:block;color:var(--muted);font-size:12px;font-weight:400}
.bar{display:inline-block;width:64px;height:8px;background:var(--line);
border-radius:4px;vertical-align:middle;margin-right:6px;overflow:hidden}
.bar i{display:block;height:100%}
.good{color:var(--good)}.fair{color:var(--fair)}.poor{color:var(--poor)}
.na{color:var(--muted)}
.bar i.good{background:var(--good)}.bar i.fair{background:#d4a72c}
.bar i.poor{background:var(--poor)}
.legend{display:flex;gap:14px;flex-wrap:wrap;font-size:13px;color:var(--muted);
margin:0 0 28px;padding:10px 14px;border:1px solid var(--line);border-radius:8px}
section.doc{border-top:1px solid var(--line);padding-top:28px;margin-top:28px}
.meta{color:var(--muted);font-size:13px;margin:0 0 14px;word-break:break-all}
.meta a{color:var(--cue)}
.cards{display:grid;grid-template-columns:repeat(auto-fill,minmax(200px,1fr));gap:10px;
margin:14px 0}
.card{border:1px solid var(--line);border-radius:8px;padding:10px 12px;background:#fff}
.card.overall{background:var(--bg);grid-column:1/-1}
.card.calc-card{grid-column:1/-1}
table.calc{width:auto;min-width:420px;margin:8px 0 4px;font-size:13px}
table.calc th,table.calc td{padding:3px 10px;background:none}
table.calc th{font-size:11px}
table.calc tr.left-out td{color:var(--muted);font-style:italic}
table.calc tr.sum td{font-weight:700;border-top:2px solid var(--line)}
.card p.how{max-width:760px}
.outlets{font-size:13px;margin:0 0 10px}.outlets p{margin:2px 0}
.outlets a{color:var(--muted)}
.card h3{margin:0;font-size:12px;text-transform:uppercase;letter-spacing:.03em;
color:var(--muted);font-weight:600}
.card .value{font-size:24px;font-weight:700;line-height:1.2}
.card p{margin:4px 0 0;font-size:13px;color:var(--ink)}
details{margin-top:6px;font-size:13px}
summary{cursor:pointer;color:var(--cue)}
details ol{margin:6px 0 0;padding-left:20px}
details li{margin:3px 0;color:var(--muted)}
details li a{color:var(--ink);text-decoration:none}
.sources{font-size:13px;margin:8px 0 14px;color:var(--muted)}
.chip{display:inline-block;border:1px solid var(--line);border-radius:12px;
padding:1px 9px;margin:2px 4px 2px 0;color:var(--ink);background:#fff}
.chip em{color:var(--muted);font-style:normal;font-size:12px}
.text{white-space:pre-wrap;overflow-wrap:anywhere;
font:16px/1.7 Georgia,"Times New Roman",serif;background:#fff;
border:1px solid var(--line);border-radius:8px;padding:18px 22px}
.s{scroll-margin-top:40px}
.s.bp{color:#8c959f}
.s.uc{background:var(--unsourced);box-decoration-break:clone;
-webkit-box-decoration-break:clone;border-bottom:2px solid #ff8182}
.s:target{outline:2px solid var(--cue);outline-offset:2px}
.m.src{background:var(--src);border-radius:2px}
.m.cue{color:var(--cue);font-weight:700}
.m.hedge{background:var(--hedge);border-bottom:2px dotted #bf8700}
.m.loaded{background:var(--loaded);border-bottom:2px solid #bf3989}
.key{display:inline-block;padding:0 6px;border-radius:3px;font-size:13px}
.warn{background:#fff8c5;border:1px solid #d4a72c66;border-radius:6px;padding:6px 10px;
font-size:13px;margin:8px 0}
.error{background:var(--unsourced);border:1px solid #ff818266;border-radius:6px;
padding:10px 12px;font-size:14px}
.error code{font-size:13px}
footer{color:var(--muted);font-size:12px;margin-top:48px}
"""

_LEGEND = (
    '<div class="legend"><span><span class="key m src">source</span> who is said to '
    'say it</span><span><span class="key m cue">said</span> attribution cue</span>'
    '<span><span class="key m hedge">may</span> hedge</span><span><span class="key m '
    'loaded">regime</span> loaded term</span><span><span class="key s uc">claim'
    '</span> unsourced claim</span><span><span class="key s bp">Share this</span> '
    "boilerplate (not scored)</span></div>"
)


def _band(value: float | None) -> str:
    if value is None:
        return "na"
    return "good" if value >= 70 else "fair" if value >= 40 else "poor"


def _fmt(value: float | None) -> str:
    return "n/a" if value is None else f"{value:g}"


def _score_cell(score: Score | None, bar: bool = False, why: str = "") -> str:
    value = score.value if score is not None else None
    band = _band(value)
    inner = f'<span class="{band}">{_fmt(value)}</span>'
    if bar and value is not None:
        inner = (
            f'<span class="bar"><i class="{band}" style="width:{value:.0f}%">'
            "</i></span>" + inner
        )
    tip = score.explanation if score is not None else why
    title = f' title="{escape(tip)}"' if tip else ""
    return f'<td class="num"{title}>{inner}</td>'


def _verdict(value: float | None) -> str:
    """A rating's value (0 worst, 1 best) in words, for raters that give no label."""
    if value is None:
        return "rated"
    if value >= 0.75:
        return "generally reliable"
    if value >= 0.4:
        return "mixed reliability"
    return "generally unreliable"


def _rating_text(outlet: Outlet) -> str:
    """``deprecated (Wikipedia: Perennial sources, 2021-03-17)``: words, no numbers."""
    parts = []
    for r in outlet.ratings:
        verdict = escape(r.label or _verdict(r.value))
        source = escape(r.source + (f", {r.date}" if r.date else ""))
        if r.url and _SAFE_URL.match(r.url):
            source = f'<a href="{escape(r.url)}" rel="noopener noreferrer">{source}</a>'
        parts.append(f"<b>{verdict}</b> according to {source}")
    if not parts:
        parts.append("not rated by any rating list the library carries")
    if outlet.state_affiliated:
        parts.append("state-affiliated")
    return "; ".join(parts)


def _outlet_name(outlet: Outlet) -> str:
    return f"{outlet.name} ({outlet.domain})" if outlet.name else outlet.domain


def _safe_link(url: str) -> str:
    text = escape(url)
    if _SAFE_URL.match(url):
        return f'<a href="{text}" rel="noopener noreferrer nofollow">{text}</a>'
    return text


def _snippet(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


def _why(rule: str | None, layer: str) -> str:
    """A rule in a hover text without repeating its layer: ``" (lexicon: may)"``."""
    if not rule:
        return ""
    words = [w for w in rule.split(":") if w and w != layer]
    return f" ({': '.join(words)})" if words else ""


def _marks(sentence: Sentence) -> list[tuple[int, int, str, str]]:
    marks: list[tuple[int, int, str, str]] = []
    for m in sentence.annotations():  # span layers: cues, sources, hedges, loaded
        a = m.attribution
        kind = a.source_type.value.replace("_", " ") if a is not None else ""
        if m.layer is ReportLayer.ATTRIBUTION and a is not None:
            who = f" → {a.source.text}" if a.source is not None else ""
            marks.append((m.start, m.end, "cue", f"attribution cue{who} ({kind})"))
        elif m.layer is ReportLayer.SOURCE and a is not None:
            outlet = f", outlet {a.outlet}" if a.outlet else ""
            marks.append(
                (m.start, m.end, "src", f"source: {kind}{outlet} (cue “{a.cue.text}”)")
            )
        elif m.layer is ReportLayer.HEDGE:
            marks.append((m.start, m.end, "hedge", "hedge" + _why(m.rule, "hedges")))
        elif m.layer is ReportLayer.LOADED:
            marks.append(
                (m.start, m.end, "loaded", "loaded term" + _why(m.rule, "loaded"))
            )
    return marks


def _sentence_html(text: str, s: Sentence, doc: int, k: int) -> str:
    classes = ["s"]
    title = ""
    if s.boilerplate:
        classes.append("bp")
        title = "boilerplate, not scored" + _why(s.boilerplate_rule, "boilerplate")
    elif s.unsourced_claim:
        classes.append("uc")
        title = "unsourced claim: says nowhere where it comes from"
    marks = _marks(s)
    if not marks:
        body = escape(text[s.start : s.end])
    else:
        # Split at every mark edge; each piece carries the classes of the marks
        # covering it, so overlapping layers need no nesting.
        edges = sorted({s.start, s.end, *(m[0] for m in marks), *(m[1] for m in marks)})
        parts: list[str] = []
        for a, b in zip(edges, edges[1:], strict=False):
            if a >= b or a < s.start or b > s.end:
                continue
            on = [m for m in marks if m[0] <= a and b <= m[1]]
            piece = escape(text[a:b])
            if on:
                cls = " ".join(sorted({m[2] for m in on}))
                tip = escape(" · ".join(dict.fromkeys(m[3] for m in on)))
                parts.append(f'<span class="m {cls}" title="{tip}">{piece}</span>')
            else:
                parts.append(piece)
        body = "".join(parts)
    attr = f' title="{escape(title)}"' if title else ""
    return f'<span class="{" ".join(classes)}" id="d{doc}-s{k}"{attr}>{body}</span>'


def _text_html(report: DocumentReport, doc: int) -> str:
    text = report.text
    parts: list[str] = []
    pos = 0
    for k, s in enumerate(report.sentences):
        parts.append(escape(text[pos : s.start]))
        parts.append(_sentence_html(text, s, doc, k))
        pos = s.end
    parts.append(escape(text[pos:]))
    return "".join(parts)


def _sources_html(report: DocumentReport) -> str:
    counts: Counter[tuple[str, str]] = Counter()
    for s in report.body():
        for a in s.attributions:
            who = (
                " ".join(a.source.text.split())
                if a.source is not None
                else "(no source)"
            )
            counts[(who, a.source_type.value.replace("_", " "))] += 1
    if not counts:
        return '<div class="sources">No attributions found.</div>'
    chips = "".join(
        f'<span class="chip">{escape(who)} <em>{escape(kind)}'
        f"{f' ×{n}' if n > 1 else ''}</em></span>"
        for (who, kind), n in counts.most_common(40)
    )
    more = f" and {len(counts) - 40} more" if len(counts) > 40 else ""
    return f'<div class="sources">Sources: {chips}{more}</div>'


def _embed(item: DocumentReport | ErrorRecord) -> str:
    data = (
        item.model_dump_json()
        .replace("&", "\\u0026")
        .replace("<", "\\u003c")
        .replace(">", "\\u003e")
    )
    return f"{_EMBED_OPEN}{data}</script>"


def _sentence_list(score: Score, report: DocumentReport, doc: int) -> str:
    items = "".join(
        f'<li><a href="#d{doc}-s{i}">{_snippet(report.sentence_text(i))}</a></li>'
        for i in score.sentences
        if 0 <= i < len(report.sentences)
    )
    n = len(score.sentences)
    return (
        f"<details><summary>{_plural(n, 'sentence')} behind it</summary>"
        f"<ol>{items}</ol></details>"
    )


def _card(name: str, score: Score | None, report: DocumentReport, doc: int) -> str:
    value = score.value if score is not None else None
    why = (
        score.explanation
        if score is not None
        else _MISSING.get(name, "Not computed for this document.")
    )
    out = [
        f'<div class="card" data-score="{escape(name)}"><h3>{escape(_label(name))}'
        f'</h3><div class="value {_band(value)}">{_fmt(value)}</div>'
        f"<p>{escape(why)}</p>"
    ]
    if score is not None and score.sentences:
        out.append(_sentence_list(score, report, doc))
    out.append("</div>")
    return "".join(out)


def _points_label(name: str) -> str:
    if name == "baseline":
        return "Starting point (an average article)"
    return _label(name)


def adds_up(score: Score) -> bool:
    """Whether ``score.contributions`` (points) add up to its value.

    Up to rounding: the value is rounded to 0.1 once, from the unrounded
    sum, and each point to 0.01, so the shown points may miss the shown
    value by 0.05 plus 0.005 a row (a hair more for float error).
    """
    if score.value is None or not score.contributions:
        return False
    slack = 0.05 + 0.005 * len(score.contributions) + 1e-9
    return abs(sum(score.contributions.values()) - score.value) <= slack


def _points_card(name: str, score: Score, report: DocumentReport, doc: int) -> str:
    """A score with its contributions in points, as a sum an editor can redo."""
    head = (
        f'<div class="card calc-card{" overall" if name == "overall" else ""}" '
        f'data-score="{escape(name)}"><h3>'
        f'{escape(_label(name))}</h3><div class="value {_band(score.value)}">'
        f"{_fmt(score.value)}</div><p>{escape(score.explanation)}</p>"
    )
    rows = []
    for part, points in score.contributions.items():
        evidence = score.evidence.get(part, ())
        where = f" ({_plural(len(evidence), 'sentence')})" if evidence else ""
        rows.append(
            f"<tr><td>{escape(_points_label(part))}{escape(where)}</td>"
            f'<td class="num">{_num(points)}</td></tr>'
        )
    total = sum(score.contributions.values())
    rows.append(f'<tr class="sum"><td>Sum</td><td class="num">{_num(total)}</td></tr>')
    how = (
        f"{_label(name)} = the sum of the points: {_num(total)} (each part is "
        f"shown to the hundredth; the score, {_fmt(score.value)}, is rounded once "
        "from the exact sum)."
    )
    out = [
        head,
        '<table class="calc"><thead><tr><th>Part</th><th class="num">Points'
        f"</th></tr></thead><tbody>{''.join(rows)}</tbody></table>"
        f'<p class="how">{escape(how)}</p>',
    ]
    if score.sentences:
        out.append(_sentence_list(score, report, doc))
    out.append("</div>")
    return "".join(out)


def _num(x: float) -> str:
    return f"{round(x, 2):g}"


def _outlet_cell(report: DocumentReport) -> str:
    o = report.outlet
    if o is None:
        tip = escape("Publisher unknown. " + _UNKNOWN_OUTLET)
        return f'<td class="na" title="{tip}">unknown</td>'
    found = _FOUND_BY.get(o.rule or "", "")
    tip = _outlet_name(o) + (f", found {found}" if found else "")
    name = escape(o.name or o.domain)
    domain = f'<span class="id">{escape(o.domain)}</span>' if o.name else ""
    return f'<td title="{escape(tip)}">{name}{domain}</td>'


def _outlet_meta(report: DocumentReport) -> list[str]:
    lines = []
    o = report.outlet
    if o is None:
        lines.append(f"Outlet: <b>unknown</b>. {escape(_UNKNOWN_OUTLET)}")
    else:
        found = _FOUND_BY.get(o.rule or "", "")
        lines.append(
            f"Outlet: <b>{escape(_outlet_name(o))}</b>"
            + (f", found {escape(found)}" if found else "")
            + f": {_rating_text(o)}."
        )
    if report.cited_outlets:
        cited = "; ".join(
            f"<b>{escape(_outlet_name(c.outlet))}</b>"
            f" ({_plural(c.claims, 'claim')}): {_rating_text(c.outlet)}"
            for c in report.cited_outlets
        )
        lines.append(f"Cites: {cited}.")
    return lines


#: The longest of the headlines before the body names the document; a headline
#: block often starts with a section label or the outlet's name.
def headline(report: DocumentReport) -> str | None:
    """The document's headline as the library found it, or ``None``.

    The title given with the document wins; otherwise the longest sentence
    flagged as a headline before the first body sentence.

    Args:
        report: A document's report.

    Returns:
        The headline, whitespace collapsed.
    """
    if report.title and report.title.strip():
        return " ".join(report.title.split())
    found: list[str] = []
    for s in report.sentences:
        if not s.boilerplate:
            break
        if s.boilerplate_rule and s.boilerplate_rule.endswith("headline"):
            found.append(" ".join(report.text[s.start : s.end].split()))
    return max(found, key=len) if found else None


def _heading(item: DocumentReport | ErrorRecord, index: int) -> str:
    if isinstance(item, DocumentReport):
        found = headline(item)
        if found:
            return found
    return item.id or f"Document {index + 1}"


class Rendered(NamedTuple):
    """One document of the page: its table row and its section."""

    row: str
    section: str
    failed: bool
    overall: float | None = None


def _error_document(item: ErrorRecord, index: int, heading: str) -> Rendered:
    e = item.error
    anchor = f"d{index}"
    where = escape(f"{e.source or ''}{f':{e.line}' if e.line else ''}")
    row = (
        f'<tr><td class="num">{index + 1}</td><td><a href="#{anchor}">{heading}'
        f'</a></td><td colspan="{len(_SCORE_FIELDS) + 2}" class="poor">error: '
        f"{escape(e.type)}</td></tr>"
    )
    section = (
        f'<section class="doc" id="{anchor}"><h2>{heading}</h2>'
        f'<div class="error"><b>Not scored: {escape(e.type)}.</b> '
        f"{escape(e.message)}{f' <code>{where}</code>' if where else ''}</div>"
        f"{_embed(item)}</section>"
    )
    return Rendered(row, section, True)


def render_document(item: DocumentReport | ErrorRecord, index: int) -> Rendered:
    """Render one document: its table row and its section, both escaped HTML.

    Args:
        item: The report, or the error record in its place.
        index: Its position in the output (used for anchors).

    Returns:
        The row, the section, whether it is an error record, and its overall
        score.
    """
    heading = escape(_heading(item, index))
    if isinstance(item, ErrorRecord):
        return _error_document(item, index, heading)
    doc_id = escape(item.id or "")
    anchor = f"d{index}"
    sc = item.scores
    body = item.body()
    claims = sum(s.claim for s in body)
    unsourced = sum(s.unsourced_claim for s in body)
    cells = [
        _score_cell(
            getattr(sc, name) if sc else None,
            bar=name == "overall",
            why=_MISSING.get(name, ""),
        )
        for name in _SCORE_FIELDS
    ]
    subtitle = f'<span class="id">{doc_id}</span>' if doc_id != heading else ""
    row = (
        f'<tr><td class="num">{index + 1}</td><td><a href="#{anchor}">{heading}</a>'
        f"{subtitle}</td>{_outlet_cell(item)}{''.join(cells)}"
        f'<td class="num">{unsourced} of {claims}</td></tr>'
    )
    meta = []
    if item.id and doc_id != heading:
        meta.append(f"id {doc_id}")
    if item.url:
        meta.append(_safe_link(item.url))
    if item.published:
        meta.append(f"published {escape(item.published)}")
    outlets = "".join(f"<p>{line}</p>" for line in _outlet_meta(item))
    cards = []
    if sc:
        for name in _SCORE_FIELDS:
            score = getattr(sc, name)
            if score is not None and adds_up(score):
                cards.append(_points_card(name, score, item, index))
            else:
                cards.append(_card(name, score, item, index))
    warnings = "".join(f'<div class="warn">{escape(w)}</div>' for w in item.warnings)
    section = (
        f'<section class="doc" id="{anchor}"><h2>{heading}</h2>'
        f'<p class="meta">{" · ".join(meta)}</p><div class="outlets">{outlets}</div>'
        f'{warnings}<div class="cards">{"".join(cards)}</div>{_sources_html(item)}'
        f'<div class="text">{_text_html(item, index)}</div>{_embed(item)}</section>'
    )
    return Rendered(row, section, False, sc.overall.value if sc else None)


def _page_head(title: str) -> str:
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        '<meta http-equiv="Content-Security-Policy" content="default-src \'none\'; '
        "style-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action "
        "'none'\">"
        f'<meta name="generator" content="reliability {escape(__version__)}">'
        f"<title>{escape(title)}</title><style>{_CSS}</style></head><body><main>"
    )


def quartiles(values: Iterable[float]) -> tuple[float, float, float]:
    """The lower quartile, median and upper quartile of ``values``, exactly.

    Linear interpolation between the sorted values (the "inclusive" method of
    ``statistics.quantiles``, numpy's default): for 49.6 and 66 the median is
    57.8 and the quartiles 53.7 and 61.9.

    Args:
        values: At least one number.

    Returns:
        ``(q1, median, q3)``.
    """
    data = sorted(values)
    if len(data) == 1:
        return data[0], data[0], data[0]
    q1, q2, q3 = statistics.quantiles(data, n=4, method="inclusive")
    return q1, q2, q3


class HtmlReportWriter:
    """Writes the report page to ``out`` as documents come; call ``close()``.

    Args:
        out: A text stream to write the page to.
        title: The page's title.
    """

    def __init__(self, out: IO[str], *, title: str = "Reliability report") -> None:
        self.out = out
        self.title = title
        self.rows = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.sections = tempfile.TemporaryFile("w+", encoding="utf-8")
        self.docs = 0
        self.errors = 0
        # 8 bytes a document: the summary's median is exact, not binned.
        self.overall = array("d")

    def write(self, value: Rendered) -> None:
        """Add one document's ``render_document`` output."""
        self.rows.write(value.row)
        self.sections.write(value.section + "\n")
        self.docs += 1
        self.errors += value.failed
        if value.overall is not None:
            self.overall.append(value.overall)

    def add(self, item: DocumentReport | ErrorRecord) -> None:
        """Render and add one document."""
        self.write(render_document(item, self.docs))

    def _overview(self) -> str:
        scored = self.docs - self.errors
        unscored = scored - len(self.overall)
        boxes = [
            f"<div><b>{scored:,}</b><span>"
            f"{'document' if scored == 1 else 'documents'} scored</span></div>",
            f'<div><b class="{"poor" if self.errors else ""}">{self.errors:,}</b>'
            "<span>could not be scored</span></div>",
        ]
        if unscored:
            boxes.append(
                f"<div><b>{unscored:,}</b><span>with nothing to score (no body "
                "text)</span></div>"
            )
        if self.overall:
            q1, median, q3 = quartiles(self.overall)
            boxes.append(
                f'<div class="median"><b class="{_band(median)}">{median:.1f}</b>'
                f"<span>median overall score"
                + (
                    f" (quartiles {q1:.1f} to {q3:.1f})"
                    if len(self.overall) > 1
                    else ""
                )
                + "</span></div>"
            )
        return f'<div class="overview">{"".join(boxes)}</div>'

    def close(self) -> None:
        """Write the whole page to ``out`` (it is not closed)."""
        out = self.out
        out.write(_page_head(self.title))
        out.write(f"<h1>{escape(self.title)}</h1>")
        out.write(
            f'<p class="sub">{_plural(self.docs, "document")}'
            f"{f', {self.errors:,} not scored' if self.errors else ''} · "
            "scores run from 0 (poorly sourced, loaded) to 100 (well sourced, "
            'neutral): <span class="good">70 and up</span>, <span class="fair">40 '
            'to 70</span>, <span class="poor">below 40</span></p>'
        )
        out.write(self._overview())
        heads = "".join(
            f'<th class="num">{escape(_label(n, short=True))}</th>'
            for n in _SCORE_FIELDS
        )
        out.write(
            '<table><thead><tr><th class="num">#</th><th>Document</th><th>Outlet</th>'
            f'{heads}<th class="num">Unsourced claims</th></tr></thead><tbody>'
        )
        for stream in (self.rows, self.sections):
            stream.seek(0)
        shutil.copyfileobj(self.rows, out)
        out.write("</tbody></table>" + _LEGEND)
        shutil.copyfileobj(self.sections, out)
        out.write(
            f"<footer>Made by reliability {escape(__version__)}. Highlights show what "
            "the annotators found; hover a highlight to see why.</footer>"
            "</main></body></html>\n"
        )
        self.rows.close()
        self.sections.close()


def render_page(
    items: Iterable[DocumentReport | ErrorRecord], *, title: str = "Reliability report"
) -> str:
    """The whole report page for ``items`` as a string."""
    import io

    buffer = io.StringIO()
    writer = HtmlReportWriter(buffer, title=title)
    for item in items:
        writer.add(item)
    writer.close()
    return buffer.getvalue()


def embedded_reports(page: str) -> list[str]:
    """The JSON of every report embedded in a report page, in order."""
    return [m.group(1) for m in _EMBED.finditer(page)]
