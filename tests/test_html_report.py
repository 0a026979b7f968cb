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
from reliability.report_html import render_document, render_page
from reliability.schema import DocumentReport
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
        _, section, failed = render_document(report, i)
        assert not failed
        body = section.split('<div class="text">', 1)[1].split("</div>", 1)[0]
        assert html.unescape(re.sub(r"<[^>]+>", "", body)) == text


def test_html_highlights_attributions_hedges_and_claims(analyzer) -> None:  # type: ignore[no-untyped-def]
    report = analyzer.analyze(ARTICLE, id="a1")
    _, section, _ = render_document(report, 0)
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
    _, section, _ = render_document(ok, 0)
    assert 'href="https://example.org/a?b=1&amp;c=2"' in section
    bad = analyzer.analyze("Text.", url='https://x.org/" onmouseover="alert(1)')
    _, section, _ = render_document(bad, 0)
    assert "href=" not in section.split('class="meta"')[1].split("</p>")[0]


def _chromium() -> str | None:
    names = ("chromium", "chromium-browser", "google-chrome")
    return next((p for p in map(shutil.which, names) if p), None)


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
