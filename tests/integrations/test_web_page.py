"""The editor page at ``/`` in real headless Chromium: paste, click, see the marks.

The browser is driven over the DevTools protocol (``tests/browser.py``).
"""

from __future__ import annotations

import time

import pytest

pytest.importorskip("fastapi")
pytest.importorskip("uvicorn")

from reliability.server import create_app  # noqa: E402
from tests.browser import CHROMIUM, Chromium, Page  # noqa: E402

from .servers import running  # noqa: E402

pytestmark = [
    pytest.mark.slow,  # a real browser
    pytest.mark.skipif(CHROMIUM is None, reason="chromium is not installed"),
]


@pytest.fixture(scope="module")
def base_url():
    with running(create_app()) as url:
        yield url


@pytest.fixture(scope="module")
def page(base_url, tmp_path_factory):
    browser = Chromium(CHROMIUM, str(tmp_path_factory.mktemp("chromium-profile")))
    try:
        tab = Page(browser)
        tab.open(base_url + "/")
        yield tab
    finally:
        browser.close()


ARTICLE = (
    "😀 The minister said the bridge would reopen on Monday.\n"
    "Critics reportedly called it a disastrous plan, according to Reuters. "
    "Prices 𝔓 will rise 5% next year, and it may get worse."
)


def _covered(marks, cls: str, start: int, end: int) -> str:
    return "".join(
        t for c, a, b, t in marks if cls in c.split() and start <= a and b <= end
    )


def test_page_highlights_what_the_report_marks(page, analyzer, tmp_path):
    page.paste_and_analyse(ARTICLE)
    assert page.evaluate("document.body.dataset.state") == "done"
    assert page.evaluate("document.getElementById('input').value") == ARTICLE
    assert page.evaluate("document.getElementById('output').textContent") == ARTICLE
    report = analyzer.analyze(ARTICLE)
    marks = page.marks()
    expected = [
        ("hedge", h.start, h.end, h.text) for s in report.sentences for h in s.hedges
    ]
    expected += [
        ("attribution", a.cue.start, a.cue.end, a.cue.text)
        for s in report.sentences
        for a in s.attributions
    ]
    expected += [
        ("loaded", c.start, c.end, c.text) for s in report.sentences for c in s.loaded
    ]
    expected += [
        ("unsourced", s.start, s.end, ARTICLE[s.start : s.end])
        for s in report.sentences
        if s.unsourced_claim
    ]
    assert any(
        kind == "hedge" and text == "reportedly" for kind, _, _, text in expected
    )
    for cls, start, end, text in expected:
        # Offsets after the emoji and 𝔓 only line up if the page converts
        # code points to UTF-16 positions.
        assert _covered(marks, cls, start, end) == text, (cls, text)
    rows = page.evaluate(
        "Array.from(document.querySelectorAll('#score-rows tr')).map(r => "
        "[r.dataset.score, r.querySelector('.value').textContent])"
    )
    # The page prints numbers the JavaScript way: 97.0 shows as "97".
    overall = f"{report.scores.overall.value:g}"
    assert ["overall", overall] in [list(r) for r in rows]
    shot = page.send("Page.captureScreenshot", {"format": "png"})["data"]
    (tmp_path / "page.png").write_bytes(__import__("base64").b64decode(shot))


@pytest.mark.parametrize(
    "payload",
    [
        "<script>window.__pwned = 1; alert(1)</script>",
        '<img src=x onerror="window.__pwned = 2; alert(2)">',
        '<svg onload="window.__pwned = 3"></svg><iframe src="javascript:alert(4)">',
    ],
)
def test_page_shows_markup_as_text_and_runs_nothing(page, payload):
    text = f"Officials said it may rain. {payload} Critics reportedly disagree."
    page.paste_and_analyse(text)
    assert page.evaluate("document.body.dataset.state") == "done"
    time.sleep(0.2)  # give any injected handler the chance to fire
    assert page.evaluate("document.getElementById('output').textContent") == text
    assert page.evaluate(
        "Array.from(document.querySelectorAll('#output *'))"
        ".every(e => e.tagName === 'SPAN')"
    )
    assert page.evaluate("typeof window.__pwned") == "undefined"
    assert page.events("Page.javascriptDialogOpening") == []
    assert page.events("Runtime.exceptionThrown") == []


def test_page_shows_server_errors(page):
    page.paste_and_analyse("")
    # An empty document is still a document; the page must not break on it.
    assert page.evaluate("document.body.dataset.state") in ("done", "error")
    assert page.events("Runtime.exceptionThrown") == []


STORY = (
    "The city council voted on Tuesday to rebuild the harbour bridge, the mayor "
    "said. Work will start in spring and may cost about 40 million euros. Critics "
    "say the disastrous plan is too expensive. The new bridge will carry trams."
)


def _scores(page) -> dict[str, tuple[str, str]]:
    rows = page.evaluate(
        "Array.from(document.querySelectorAll('#score-rows tr')).map(r => [r.dataset"
        ".score, r.querySelector('.value').innerText.trim(), r.dataset.band])"
    )
    return {name: (value, band) for name, value, band in rows}


def _outlet_line(page) -> str:
    return page.evaluate("document.getElementById('outlet-line').innerText")


@pytest.mark.parametrize(
    "field, value, name",
    [
        ("url", "https://www.rt.com/news/123-harbour-bridge/", "RT (rt.com)"),
        ("outlet", "BBC", "BBC (bbc.co.uk)"),
        ("outlet", "", None),
    ],
)
def test_page_tries_provenance_with_a_url_or_an_outlet(
    page, analyzer, field, value, name
):
    page.type_into(field, value)
    try:
        page.paste_and_analyse(STORY)
    finally:
        page.type_into(field, "")
    assert page.evaluate("document.body.dataset.state") == "done"
    report = analyzer.analyze(STORY, **({field: value} if value else {}))
    assert report.scores is not None
    scores = _scores(page)
    line = _outlet_line(page)
    if name is None:
        assert scores["provenance"][0] == "n/a"
        assert line.startswith("Outlet: unknown.")
        return
    provenance = report.scores.provenance
    assert provenance is not None and report.outlet is not None
    assert scores["provenance"][0] == f"{provenance.value:g}"
    assert scores["overall"][0] == f"{report.scores.overall.value:g}"
    assert line.startswith(f"Outlet: {name}")
    for rating in report.outlet.ratings:
        assert f"{rating.label} according to {rating.source}" in line


def _colours(tab, selectors: dict[str, str]) -> dict[str, tuple[str, str]]:
    return {
        key: tuple(
            tab.evaluate(
                f"(() => {{ const e = document.querySelector({sel!r});"
                " const s = getComputedStyle(e);"
                " return [s.color, s.backgroundColor]; })()"
            )
        )
        for key, sel in selectors.items()
    }


def test_page_colours_scores_and_marks_as_the_report_does(page, analyzer, tmp_path):
    from reliability.report_html import render_page

    page.paste_and_analyse(STORY + " Share this story")
    report = analyzer.analyze(STORY + " Share this story")
    for name, (shown, band) in _scores(page).items():
        score = getattr(report.scores, name)
        value = None if score is None else score.value
        want = (
            "na"
            if value is None
            else "good"
            if value >= 70
            else "fair"
            if value >= 40
            else "poor"
        )
        assert band == want, (name, shown)
    # The same thing looks the same on the editor page and in the report.
    out = tmp_path / "report.html"
    out.write_text(render_page([report]), encoding="utf-8")
    other = Page(page.browser)
    other.open(out.as_uri())
    editor = _colours(
        page,
        {
            "source": "#output .source",
            "cue": "#output .attribution",
            "hedge": "#output .hedge",
            "loaded": "#output .loaded",
            "good": "#score-rows .value .good",
            "fair": "h2 .fair",
            "poor": "h2 .poor",
        },
    )
    report_page = _colours(
        other,
        {
            "source": ".text .m.src",
            "cue": ".text .m.cue",
            "hedge": ".text .m.hedge",
            "loaded": ".text .m.loaded",
            "good": ".sub .good",
            "fair": ".sub .fair",
            "poor": ".sub .poor",
        },
    )
    for key in ("source", "hedge", "loaded"):
        assert editor[key][1] == report_page[key][1], key  # backgrounds
    for key in ("cue", "good", "fair", "poor"):
        assert editor[key][0] == report_page[key][0], key  # text colours


def test_page_sends_the_publication_date(page):
    page.evaluate("document.getElementById('published').value = '2024-03-05'")
    try:
        page.paste_and_analyse(STORY)
    finally:
        page.evaluate("document.getElementById('published').value = ''")
    assert page.evaluate("document.body.dataset.state") == "done"
    assert "Published 2024-03-05." in _outlet_line(page)
