"""The HTML report page: a self-contained page an editor can read.

A table of documents with their scores, then each document's text with its
attributions (cue and source), hedges, unsourced claims and loaded terms
highlighted, boilerplate greyed, and why each score is what it is (the
score's explanation and the sentences behind it).

Safe on hostile input: every piece of document text and metadata goes
through ``html.escape``; links are made only for ``http``/``https`` URLs;
the page carries no script and a Content-Security-Policy that forbids any,
so even a mistake in escaping could not run code. Every report is embedded
as JSON (``<script type="application/json">``, never executed, with ``<``
``>`` ``&`` written as ``\\u003c`` ...), so ``load_reports`` reads the page
back.

The page is written in one pass with constant memory: table rows and
document sections go to two temporary files and are joined at the end.
"""

from __future__ import annotations

import re
import shutil
import tempfile
from collections import Counter
from collections.abc import Iterable
from html import escape
from typing import IO, NamedTuple

from reliability import __version__
from reliability.io import ErrorRecord
from reliability.schema import DocumentReport, ReportLayer, Score, Sentence

__all__ = [
    "HtmlReportWriter",
    "Rendered",
    "embedded_reports",
    "render_document",
    "render_page",
]

_EMBED_OPEN = '<script type="application/json" class="reliability-report">'
_EMBED = re.compile(re.escape(_EMBED_OPEN) + r"(.*?)</script>", re.DOTALL)
_SAFE_URL = re.compile(r"https?://[^\s\"'<>`]+\Z", re.IGNORECASE)

#: (field, label) of the component scores, in the order shown.
_SCORES = (
    ("attribution", "Attribution"),
    ("unsourced", "Sourced claims"),
    ("hedging", "Hedging"),
    ("loaded", "Neutral wording"),
    ("provenance", "Provenance"),
)

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
.card.overall{background:var(--bg)}
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
    return "–" if value is None else f"{value:g}"


def _score_cell(value: float | None, bar: bool = False) -> str:
    band = _band(value)
    inner = f'<span class="{band}">{_fmt(value)}</span>'
    if bar and value is not None:
        inner = (
            f'<span class="bar"><i class="{band}" style="width:{value:.0f}%">'
            "</i></span>" + inner
        )
    return f'<td class="num">{inner}</td>'


def _rating(value: float | None) -> str:
    return "" if value is None else f" {value:g}"


def _safe_link(url: str) -> str:
    text = escape(url)
    if _SAFE_URL.match(url):
        return f'<a href="{text}" rel="noopener noreferrer nofollow">{text}</a>'
    return text


def _snippet(text: str, limit: int = 160) -> str:
    text = " ".join(text.split())
    return escape(text if len(text) <= limit else text[: limit - 1] + "…")


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
            rule = f" ({m.rule})" if m.rule else ""
            marks.append((m.start, m.end, "hedge", "hedge" + rule))
        elif m.layer is ReportLayer.LOADED:
            rule = f" ({m.rule})" if m.rule else ""
            marks.append((m.start, m.end, "loaded", "loaded term" + rule))
    return marks


def _sentence_html(text: str, s: Sentence, doc: int, k: int) -> str:
    classes = ["s"]
    title = ""
    if s.boilerplate:
        classes.append("bp")
        title = "boilerplate" + (
            f": {s.boilerplate_rule}" if s.boilerplate_rule else ""
        )
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


def _card(
    label: str, score: Score, report: DocumentReport, doc: int, overall: bool = False
) -> str:
    band = _band(score.value)
    out = [
        f'<div class="card{" overall" if overall else ""}"><h3>{escape(label)}</h3>',
        f'<div class="value {band}">{_fmt(score.value)}</div>',
        f"<p>{escape(score.explanation)}</p>",
    ]
    if score.sentences and not overall:
        items = "".join(
            f'<li><a href="#d{doc}-s{i}">{_snippet(report.sentence_text(i))}</a></li>'
            for i in score.sentences
            if 0 <= i < len(report.sentences)
        )
        n = len(score.sentences)
        out.append(
            f"<details><summary>{n} sentence{'s' if n != 1 else ''} behind "
            f"it</summary><ol>{items}</ol></details>"
        )
    out.append("</div>")
    return "".join(out)


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


def _heading(item: DocumentReport | ErrorRecord, index: int) -> str:
    if isinstance(item, DocumentReport) and item.title:
        return item.title
    return item.id or f"Document {index + 1}"


class Rendered(NamedTuple):
    """One document of the page: its table row and its section."""

    row: str
    section: str
    failed: bool


def render_document(item: DocumentReport | ErrorRecord, index: int) -> Rendered:
    """Render one document: its table row and its section, both escaped HTML.

    Args:
        item: The report, or the error record in its place.
        index: Its position in the output (used for anchors).

    Returns:
        The row, the section, and whether it is an error record.
    """
    heading = escape(_heading(item, index))
    doc_id = escape(item.id or "")
    anchor = f"d{index}"
    if isinstance(item, ErrorRecord):
        e = item.error
        where = escape(f"{e.source or ''}{f':{e.line}' if e.line else ''}")
        row = (
            f'<tr><td class="num">{index + 1}</td><td><a href="#{anchor}">{heading}'
            f'</a></td><td colspan="7" class="poor">error: {escape(e.type)}</td></tr>'
        )
        section = (
            f'<section class="doc" id="{anchor}"><h2>{heading}</h2>'
            f'<div class="error"><b>Not scored: {escape(e.type)}.</b> '
            f"{escape(e.message)}{f' <code>{where}</code>' if where else ''}</div>"
            f"{_embed(item)}</section>"
        )
        return Rendered(row, section, True)
    sc = item.scores
    outlet = item.outlet.name or item.outlet.domain if item.outlet else ""
    body = item.body()
    claims = sum(s.claim for s in body)
    unsourced = sum(s.unsourced_claim for s in body)
    cells = [_score_cell(sc.overall.value if sc else None, bar=True)]
    for key, _ in _SCORES[:4]:
        cells.append(_score_cell(getattr(sc, key).value if sc else None))
    subtitle = f'<span class="id">{doc_id}</span>' if item.title and item.id else ""
    row = (
        f'<tr><td class="num">{index + 1}</td><td><a href="#{anchor}">{heading}</a>'
        f"{subtitle}</td><td>{escape(outlet)}</td>{''.join(cells)}"
        f'<td class="num">{unsourced} / {claims}</td></tr>'
    )
    meta = []
    if item.id and item.title:
        meta.append(f"id {doc_id}")
    if item.outlet:
        o = item.outlet
        label = escape(o.name + f" ({o.domain})" if o.name else o.domain)
        ratings = "; ".join(
            escape(f"{r.source}: {r.label or ''}{_rating(r.value)}") for r in o.ratings
        )
        meta.append(f"outlet {label}" + (f" — {ratings}" if ratings else ""))
    if item.url:
        meta.append(_safe_link(item.url))
    if item.cited_outlets:
        meta.append(
            "cites " + ", ".join(escape(c.outlet.domain) for c in item.cited_outlets)
        )
    cards = []
    if sc:
        cards.append(_card("Overall", sc.overall, item, index, overall=True))
        for key, label in _SCORES:
            score = getattr(sc, key)
            if score is not None:
                cards.append(_card(label, score, item, index))
    warnings = "".join(f'<div class="warn">{escape(w)}</div>' for w in item.warnings)
    section = (
        f'<section class="doc" id="{anchor}"><h2>{heading}</h2>'
        f'<p class="meta">{" · ".join(meta)}</p>{warnings}'
        f'<div class="cards">{"".join(cards)}</div>{_sources_html(item)}'
        f'<div class="text">{_text_html(item, index)}</div>{_embed(item)}</section>'
    )
    return Rendered(row, section, False)


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

    def write(self, value: Rendered) -> None:
        """Add one document's ``render_document`` output."""
        self.rows.write(value.row)
        self.sections.write(value.section + "\n")
        self.docs += 1
        self.errors += value.failed

    def add(self, item: DocumentReport | ErrorRecord) -> None:
        """Render and add one document."""
        self.write(render_document(item, self.docs))

    def close(self) -> None:
        """Write the whole page to ``out`` (it is not closed)."""
        out = self.out
        out.write(_page_head(self.title))
        out.write(f"<h1>{escape(self.title)}</h1>")
        scored = self.docs - self.errors
        out.write(
            f'<p class="sub">{self.docs:,} document{"s" if self.docs != 1 else ""}'
            f"{f', {self.errors:,} not scored' if self.errors else ''} · "
            "scores run from 0 (poorly sourced, loaded) to 100 (well sourced, "
            "neutral)</p>"
        )
        out.write(
            f'<div class="overview"><div><b>{scored:,}</b><span>documents scored</span>'
            f'</div><div><b class="{"poor" if self.errors else ""}">{self.errors:,}</b>'
            "<span>could not be scored</span></div></div>"
        )
        out.write(
            '<table><thead><tr><th class="num">#</th><th>Document</th><th>Outlet</th>'
            '<th class="num">Overall</th><th class="num">Attribution</th>'
            '<th class="num">Sourced</th><th class="num">Hedging</th>'
            '<th class="num">Neutral</th><th class="num">Unsourced claims</th></tr>'
            "</thead><tbody>"
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
