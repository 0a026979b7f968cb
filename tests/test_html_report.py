"""The HTML report page: escaping of hostile documents, highlights, read-back."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
from html.parser import HTMLParser
from pathlib import Path

import pytest

from reliability.cli import main
from reliability.io import ErrorRecord, error_record, load_reports
from reliability.report_html import (
    adds_up,
    headline,
    quartiles,
    render_document,
    render_page,
)
from reliability.schema import DocumentReport, Score
from tests.samples import ARTICLE, TEXTS

HOSTILE = (
    "<script>document.title='PWNED'</script> The minister said the plan "
    "<img src=x onerror=\"document.title='PWNED'\"> may fail. "
    '<a href="javascript:document.title=\'PWNED\'">click</a> "Quote</script>" & more.'
)
HOSTILE_META = {
    "id": "<script>alert(1)</script>",
    "title": "<img src=x onerror=alert(1)>",
    "url": "javascript:alert(1)",
    "outlet": "\"><script>alert('outlet')</script>",
}


@pytest.fixture(scope="module")
def hostile_page(analyzer) -> str:  # type: ignore[no-untyped-def]
    report = analyzer.analyze(HOSTILE, **HOSTILE_META)
    err = error_record(
        "<b>bad</b>", "failed", "<script>alert(2)</script>", source="<x>.jsonl", line=3
    )
    return render_page([report, err])


def test_html_escapes_every_piece_of_text_and_metadata(hostile_page: str) -> None:
    page = hostile_page
    # The only script elements are the inert JSON blocks the page embeds.
    assert len(re.findall(r"<script\b", page)) == 2
    assert (
        page.count('<script type="application/json" class="reliability-report">') == 2
    )
    for bad in (
        "<img",
        'onerror="',
        '<a href="javascript:',
        "<b>bad",
        'href="javascript',
    ):
        assert bad not in page
    assert html.escape("<script>document.title='PWNED'</script>") in page
    assert "Content-Security-Policy" in page and "default-src 'none'" in page


def test_html_text_round_trips_through_the_markup(analyzer) -> None:  # type: ignore[no-untyped-def]
    for i, text in enumerate([*TEXTS, HOSTILE, ARTICLE.replace("\n", "\r\n")]):
        report = analyzer.analyze(text)
        rendered = render_document(report, i)
        assert not rendered.failed
        section = rendered.section
        body = section.split('<div class="text">', 1)[1].split("</div>", 1)[0]
        assert html.unescape(re.sub(r"<[^>]+>", "", body)) == text


def test_html_highlights_attributions_hedges_and_claims(analyzer) -> None:  # type: ignore[no-untyped-def]
    report = analyzer.analyze(ARTICLE, id="a1")
    section = render_document(report, 0).section
    for layer in ("cue",):
        assert f'class="m {layer}' in section or f' {layer}"' in section
    if any(s.hedges for s in report.sentences):
        assert "hedge" in section
    if any(s.unsourced_claim for s in report.sentences):
        assert 'class="s uc"' in section
    if any(s.boilerplate for s in report.sentences):
        assert 'class="s bp"' in section
    assert report.scores is not None
    assert html.escape(report.scores.attribution.explanation) in section


def test_html_page_reads_back_into_reports(tmp_path: Path, analyzer) -> None:  # type: ignore[no-untyped-def]
    items = [
        analyzer.analyze(HOSTILE, **HOSTILE_META),
        analyzer.analyze(ARTICLE),
        error_record("e1", "too_large", "too long </script>"),
    ]
    path = tmp_path / "report.html"
    path.write_text(render_page(items), encoding="utf-8")
    assert load_reports(path) == items


def test_html_safe_links_only_for_http(analyzer) -> None:  # type: ignore[no-untyped-def]
    ok = analyzer.analyze("Text.", url="https://example.org/a?b=1&c=2")
    section = render_document(ok, 0).section
    assert 'href="https://example.org/a?b=1&amp;c=2"' in section
    bad = analyzer.analyze("Text.", url='https://x.org/" onmouseover="alert(1)')
    section = render_document(bad, 0).section
    assert "href=" not in section.split('class="meta"')[1].split("</p>")[0]


def _chromium() -> str | None:
    names = ("chromium", "chromium-browser", "google-chrome")
    return next((p for p in map(shutil.which, names) if p), None)


@pytest.mark.slow
@pytest.mark.skipif(_chromium() is None, reason="no headless chromium installed")
def test_html_no_injected_script_runs_in_a_real_browser(tmp_path: Path) -> None:
    src = tmp_path / "hostile.txt"
    src.write_text(HOSTILE, encoding="utf-8")
    page = tmp_path / "report.html"
    assert main(["score", str(src), "-o", str(page), "--quiet"]) == 0
    control = tmp_path / "control.html"
    control.write_text(
        "<title>x</title><script>document.title='RAN'</script>", encoding="utf-8"
    )
    if "<title>RAN</title>" not in _dump_dom(control):
        pytest.skip("this chromium does not run scripts headless")
    dom = _dump_dom(page)
    assert "<title>Reliability report</title>" in dom
    assert "PWNED" not in dom.split("</title>")[0]
    tags = _Tags()
    tags.feed(dom)
    assert "img" not in tags.names
    assert not [a for a in tags.attributes if a[0].startswith("on")]
    assert not [a for a in tags.attributes if "javascript:" in (a[1] or "").lower()]
    assert {t for n, t in tags.scripts} == {"application/json"}
    assert "&lt;img src=x onerror=" in dom  # shown as text


class _Tags(HTMLParser):
    """The elements and attributes of a page, as a browser's DOM holds them."""

    def __init__(self) -> None:
        super().__init__()
        self.names: set[str] = set()
        self.attributes: list[tuple[str, str | None]] = []
        self.scripts: list[tuple[str, str | None]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.names.add(tag)
        self.attributes.extend(attrs)
        if tag == "script":
            self.scripts.append((tag, dict(attrs).get("type")))


def _dump_dom(page: Path) -> str:
    done = subprocess.run(
        [
            str(_chromium()),
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--dump-dom",
            page.as_uri(),
        ],
        capture_output=True,
        timeout=60,
        check=False,
        text=True,
    )
    if done.returncode != 0 or "<html" not in done.stdout:
        pytest.skip(f"chromium did not run: {done.stderr[-200:]}")
    return done.stdout


def test_html_error_records_are_shown(hostile_page: str) -> None:
    assert "Not scored: failed." in hostile_page
    assert html.escape("<script>alert(2)</script>") in hostile_page


def test_score_html_from_the_command(tmp_path: Path) -> None:
    src = tmp_path / "in.txt"
    src.write_text(ARTICLE, encoding="utf-8")
    out = tmp_path / "out.html"
    assert main(["score", str(src), "-o", str(out), "--quiet"]) == 0
    (report,) = load_reports(out)
    assert isinstance(report, DocumentReport) and report.text == ARTICLE
    assert not isinstance(report, ErrorRecord)


# --- what an editor reads (issue 14) ---------------------------------------------

STORY = (
    "Local News\n\n"
    "Council Votes To Rebuild The Old Harbour Bridge\n\n"
    "The city council voted on Tuesday to rebuild the harbour bridge, the mayor "
    "said.\n"
    "Work will start in spring and cost about 40 million euros, officials said.\n"
    "Critics say the plan may be too expensive.\n"
    "The new bridge will carry trams and bicycles.\n"
)


def _row(page: str, n: int) -> list[str]:
    """The text of each cell of table row ``n`` (1-based)."""
    body = page.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    row = body.split("<tr>")[n]
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.DOTALL)
    return [html.unescape(re.sub(r"<[^>]+>", " ", c)).split() for c in cells]  # type: ignore[misc]


def _header(page: str) -> list[str]:
    head = page.split("<thead>", 1)[1].split("</thead>", 1)[0]
    return [html.unescape(h) for h in re.findall(r"<th[^>]*>(.*?)</th>", head)]


def test_html_names_documents_by_their_headline(analyzer) -> None:  # type: ignore[no-untyped-def]
    found = analyzer.analyze(STORY, id="story-1")
    assert headline(found) == "Council Votes To Rebuild The Old Harbour Bridge"
    given = analyzer.analyze(STORY, id="story-2", title="A Title  Given\nWith It")
    plain = analyzer.analyze("The mayor said the bridge would reopen.", id="plain")
    page = render_page([found, given, plain])
    assert " ".join(_row(page, 1)[1]) == (
        "Council Votes To Rebuild The Old Harbour Bridge story-1"
    )
    assert " ".join(_row(page, 2)[1]) == "A Title Given With It story-2"
    assert " ".join(_row(page, 3)[1]) == "plain"  # no headline: the id
    assert "<h2>Council Votes To Rebuild The Old Harbour Bridge</h2>" in page


def test_html_outlet_column_shows_the_outlet_or_unknown(analyzer) -> None:  # type: ignore[no-untyped-def]
    known = analyzer.analyze(STORY, url="https://www.rt.com/news/123-bridge/")
    unknown = analyzer.analyze(STORY)
    assert unknown.outlet is None
    page = render_page([known, unknown])
    col = _header(page).index("Outlet")
    assert _row(page, 1)[col] == ["RT", "rt.com"]
    assert _row(page, 2)[col] == ["unknown"]
    assert "Publisher unknown. No URL or outlet was given" in page
    section = render_document(unknown, 0).section
    assert "Outlet: <b>unknown</b>" in section


def test_html_provenance_column_and_ratings_in_words(analyzer) -> None:  # type: ignore[no-untyped-def]
    rt = analyzer.analyze(STORY, url="https://www.rt.com/news/123-bridge/")
    bbc = analyzer.analyze(STORY, outlet="BBC")
    none = analyzer.analyze(STORY)
    page = render_page([rt, bbc, none])
    col = _header(page).index("Provenance")
    assert rt.scores and rt.scores.provenance and bbc.scores and bbc.scores.provenance
    assert _row(page, 1)[col] == [f"{rt.scores.provenance.value:g}"]
    assert _row(page, 2)[col] == [f"{bbc.scores.provenance.value:g}"]
    assert _row(page, 3)[col] == ["n/a"]
    rt_meta = render_document(rt, 0).section.split('<div class="cards">')[0]
    assert "<b>deprecated</b> according to" in rt_meta
    assert "state-affiliated" in rt_meta
    # Ratings are words with their source, never a bare number after the label.
    assert not re.search(r"deprecated \d", page)
    assert not re.search(r"generally reliable \d", page)
    assert "<b>generally reliable</b> according to" in page


def _points(section: str, name: str) -> tuple[list[float], float, str]:
    """A points card's table: points per row (not the sum), the value, the text."""
    card = section.split(f'data-score="{name}"', 1)[1].split('<div class="card', 1)[0]
    body = card.split("<tbody>", 1)[1].split("</tbody>", 1)[0]
    rows = [
        float(re.sub(r"<[^>]+>", "", cell))
        for row in re.findall(r"<tr>(.*?)</tr>", body)
        for cell in re.findall(r'<td class="num">(.*?)</td>', row)
    ]
    shown = float(re.search(r'<div class="value [a-z]+">([\d.]+)<', card)[1])  # type: ignore[index]
    return rows, shown, html.unescape(re.sub(r"<[^>]+>", " ", card))


@pytest.mark.parametrize("url", [None, "https://www.rt.com/news/123-bridge/"])
def test_html_points_can_be_added_up_by_hand(analyzer, url) -> None:  # type: ignore[no-untyped-def]
    report = analyzer.analyze(STORY, url=url)
    section = render_document(report, 0).section
    for name in ("overall", "text"):
        rows, shown, text = _points(section, name)
        # The points are shown to the hundredth; the value is rounded once,
        # from the unrounded sum.
        assert shown == getattr(report.scores, name).value
        # Each row is rounded to 0.01, the value once to 0.1.
        assert abs(sum(rows) - shown) <= 0.05 + 0.005 * len(rows) + 1e-9
        assert "the sum of the points" in text
    overall_rows, _, text = _points(section, "overall")
    if url is None:
        # No rated outlet: overall is the text score, signal by signal.
        assert "Starting point" in text and "Provenance" not in text
    else:
        assert len(overall_rows) == 2 and "Provenance" in text


def test_html_breakdown_shown_only_when_it_adds_up(analyzer) -> None:  # type: ignore[no-untyped-def]
    scores = analyzer.analyze(STORY).scores
    assert adds_up(scores.overall)
    # Points that do not give the value shown get no made-up breakdown.
    odd = scores.model_copy(
        update={
            "overall": Score(
                value=12.3,
                explanation="Some other formula.",
                contributions={"a": 1.0, "b": 2.0},
            )
        }
    )
    assert not adds_up(odd.overall)
    report = analyzer.analyze(STORY).model_copy(update={"scores": odd})
    section = render_document(report, 0).section
    card = section.split('data-score="overall"', 1)[1].split('<div class="card', 1)[0]
    assert 'class="calc"' not in card and "Some other formula." in card


def test_html_score_without_value_shows_na_and_why(analyzer) -> None:  # type: ignore[no-untyped-def]
    report = analyzer.analyze(STORY)
    assert report.scores is not None
    why = "No checkable claims in the body, so nothing to weigh."
    scores = report.scores.model_copy(
        update={"attribution": Score(value=None, explanation=why)}
    )
    section = render_document(report.model_copy(update={"scores": scores}), 0).section
    card = section.split('data-score="attribution"', 1)[1].split("</div></div>")[0]
    assert '<div class="value na">n/a</div>' in card
    assert html.escape(why) in card
    # A score the report does not have at all (no outlet: no provenance).
    card = section.split('data-score="provenance"', 1)[1]
    assert '<div class="value na">n/a</div>' in card.split("</div></div>")[0]
    assert "No rated outlet" in card


def test_html_hover_texts_do_not_repeat_themselves(analyzer) -> None:  # type: ignore[no-untyped-def]
    report = analyzer.analyze(STORY + "\nShare this story\n", id="d")
    assert any(s.boilerplate_rule for s in report.sentences)
    assert any(s.hedges for s in report.sentences)
    section = render_document(report, 0).section
    titles = [html.unescape(t) for t in re.findall(r' title="([^"]*)"', section)]
    assert "boilerplate, not scored (headline)" in titles
    for title in titles:
        words = re.findall(r"[a-z]+", title.lower())
        assert not any(a == b for a, b in zip(words, words[1:], strict=False)), title
        assert "boilerplate: boilerplate" not in title and "hedges:" not in title


def test_html_summary_median_and_quartiles_are_exact(analyzer) -> None:  # type: ignore[no-untyped-def]
    assert quartiles([66.0, 49.6]) == pytest.approx((53.7, 57.8, 61.9))
    assert quartiles([3.0]) == (3.0, 3.0, 3.0)
    assert quartiles([1.0, 2.0, 3.0, 4.0, 5.0]) == (2.0, 3.0, 4.0)
    base = analyzer.analyze(STORY)
    items = []
    for value in (49.6, 66.0):
        scores = base.scores.model_copy(
            update={"overall": Score(value=value, explanation="x")}
        )
        items.append(base.model_copy(update={"scores": scores}))
    page = render_page(items)
    assert (
        '<b class="fair">57.8</b><span>median overall score (quartiles 53.7 to ' in page
    )
    assert "61.9)" in page


def test_html_plurals_are_right_for_one(analyzer) -> None:  # type: ignore[no-untyped-def]
    one = analyzer.analyze(
        "The mayor said on Monday that the old stone bridge over the river, closed "
        "since the floods of last winter, would reopen to cars, buses, cyclists and "
        "walkers on the first day of next month.",
        id="one",
    )
    page = render_page([one, error_record("e1", "failed", "broken")])
    text = html.unescape(re.sub(r"<[^>]+>", " ", page.split("<table>")[0]))
    assert "2 documents, 1 not scored" in " ".join(text.split())
    assert "1 document scored" in " ".join(text.split())
    # The page's own words; the score explanations come from scoring.py.
    own = re.sub(r' title="[^"]*"|<p>[^<]*</p>|<script.*?</script>', "", page)
    for wrong in ("1 sentences", "1 documents", "1 claims", "1 cues"):
        assert wrong not in own
    section = render_document(one, 0).section
    assert "1 sentence behind it" in section


@pytest.mark.slow
@pytest.mark.skipif(_chromium() is None, reason="no headless chromium installed")
def test_html_report_reads_right_in_a_real_browser(tmp_path: Path) -> None:
    from tests.browser import CHROMIUM, Chromium, Page

    (tmp_path / "in").mkdir()
    (tmp_path / "in" / "story.txt").write_text(STORY, encoding="utf-8")
    (tmp_path / "in" / "plain.txt").write_text(
        "The mayor said the bridge would reopen. Prices may rise.", encoding="utf-8"
    )
    out = tmp_path / "report.html"
    assert main(["score", str(tmp_path / "in"), "-o", str(out), "--quiet"]) == 0
    browser = Chromium(str(CHROMIUM), str(tmp_path / "profile"))
    try:
        page = Page(browser)
        page.open(out.as_uri())
        rows = page.evaluate(
            "Array.from(document.querySelectorAll('main > table > tbody > tr'))"
            ".map(r => Array.from(r.cells).map(c => c.innerText.trim()))"
        )
        heads = page.evaluate(
            "Array.from(document.querySelectorAll('main > table > thead th')).map(h =>"
            " h.innerText.trim().toLowerCase())"
        )
        outlet, provenance = heads.index("outlet"), heads.index("provenance")
        assert sorted(r[1].split("\n")[0] for r in rows) == [
            "Council Votes To Rebuild The Old Harbour Bridge",
            "plain",
        ]
        assert all(r[outlet] == "unknown" for r in rows)  # never blank
        assert all(r[provenance] == "n/a" for r in rows)
        # Every points card's sum, redone from what the browser shows.
        calc = page.evaluate(
            "Array.from(document.querySelectorAll('.card.calc-card')).map(c => ["
            " c.querySelector('.value').innerText,"
            " Array.from(c.querySelectorAll('table.calc tbody tr:not(.sum)')).map("
            "  r => r.cells[1].innerText)])"
        )
        assert calc  # the scored story has an overall and a text card
        for shown, points in calc:
            slack = 0.05 + 0.005 * len(points) + 1e-9  # rounding, as adds_up
            assert abs(sum(float(p) for p in points) - float(shown)) <= slack
        # Score colours follow the bands (70 and up green, below 40 red).
        colours = page.evaluate(
            "Array.from(document.querySelectorAll('.card .value')).map(v =>"
            " [v.innerText, getComputedStyle(v).color])"
        )
        for text, colour in colours:
            if text == "n/a":
                continue
            value = float(text)
            want = (
                "rgb(26, 127, 55)"
                if value >= 70
                else "rgb(154, 103, 0)"
                if value >= 40
                else "rgb(207, 34, 46)"
            )
            assert colour == want, (text, colour)
    finally:
        browser.close()
