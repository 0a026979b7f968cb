"""The outlet annotator: publisher from metadata or text, cited outlets, provenance."""

from __future__ import annotations

import pytest

import reliability
from reliability.annotators.outlet import OutletAnnotator
from reliability.document import Document
from reliability.schema import DocumentMeta
from reliability.segment import split_sentences


def publisher(
    text: str, **meta: str
) -> tuple[str, str, tuple[int, int, str] | None] | None:
    doc = Document(text=text, segments=split_sentences(text), meta=DocumentMeta(**meta))
    found = [f for f in OutletAnnotator().annotate(doc) if not f.cited]
    if not found:
        return None
    f = found[0]
    span = (f.start, f.end, text[f.start : f.end]) if f.start is not None else None
    return f.domain, f.rule, span


BODY = "\n\nThe army said the road was closed on Monday after heavy fighting.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "English News\n\nindianarrative\n  \u2022 youtube\n" + BODY,
            ("indianarrative.com", "text:masthead", (14, 28, "indianarrative")),
        ),
        ("BBC News\n" + BODY, ("bbc.co.uk", "text:masthead", (0, 8, "BBC News"))),
        (
            "The Guardian\n" + BODY,
            ("theguardian.com", "text:masthead", (0, 12, "The Guardian")),
        ),
        (
            "Talks stalled." + BODY + "Also on rt.com Kabul airport reopens\n",
            ("rt.com", "text:also-on", (90, 96, "rt.com")),
        ),
        (
            "Talks stalled." + BODY + "\u00a92024 The Guardian. All rights reserved.\n",
            ("theguardian.com", "text:copyright", (92, 100, "Guardian")),
        ),
        (
            "KABUL (Reuters) - The army said the road was closed.\n",
            ("reuters.com", "text:dateline", (7, 14, "Reuters")),
        ),
        # Nothing names an outlet: do not guess.
        ("Connecting Regions of Asia.\n\nTaliban Attacks Panjshir" + BODY, None),
        ("image sourceAFP\n" + BODY, None),
        ("\u00a9 Sputnik / Ivan Petrov\n" + BODY, None),  # a photo credit
        ("People\n" + BODY, None),  # a menu label, not People magazine
        ("  \u2022 youtube\n  \u2022 facebook\n" + BODY, None),  # share buttons
        ("The minister told Reuters the road was closed.", None),
        # The page promoting itself names its publisher.
        (
            "Talks stalled." + BODY + "CLICK HERE TO GET THE FOX NEWS APP\n",
            ("foxnews.com", "text:promo", (104, 112, "FOX NEWS")),
        ),
        (
            "Talks stalled." + BODY + "Sign up for The Guardian's newsletter.\n",
            ("theguardian.com", "text:promo", (98, 106, "Guardian")),
        ),
        (
            "Talks stalled." + BODY + "Follow Fox News on Twitter.\n",
            ("foxnews.com", "text:promo", (89, 97, "Fox News")),
        ),
        (
            "Talks stalled." + BODY + "This story originally appeared in Politico.\n",
            ("politico.com", "text:promo", (116, 124, "Politico")),
        ),
        (
            "Talks stalled." + BODY + "Reuters' Jo Cole contributed to this report.\n",
            ("reuters.com", "text:promo", (82, 89, "Reuters")),
        ),
        # A cited outlet, a contributing agency or a platform is not the page's.
        ("Talks stalled." + BODY + "He told Fox News the road was closed.\n", None),
        ("Talks stalled." + BODY + "The Associated Press contributed.\n", None),
        ("Talks stalled." + BODY + "Download the Twitter app.\n", None),
        ("Talks stalled." + BODY + "Follow Jo Cole on Twitter.\n", None),
        ("Talks stalled." + BODY + "Sign up for our newsletter.\n", None),
    ],
)
def test_outlet_publisher_from_text(text, expected):
    assert publisher(text) == expected


@pytest.mark.parametrize(
    "meta, expected",
    [
        ({"url": "https://edition.cnn.com/2024/x"}, ("cnn.com", "meta:url", None)),
        ({"url": "https://m.bbc.co.uk/news/1"}, ("bbc.co.uk", "meta:url", None)),
        ({"url": "https://news.example.co.uk/a"}, ("example.co.uk", "meta:url", None)),
        ({"outlet": "Russia Today"}, ("rt.com", "meta:outlet", None)),
        ({"outlet": "www.Reuters.com"}, ("reuters.com", "meta:outlet", None)),
        ({"outlet": "Some Local Paper"}, None),
        ({"url": "not a url"}, None),
    ],
)
def test_outlet_publisher_from_metadata(meta, expected):
    assert publisher("The mayor said the road was closed.", **meta) == expected


ARTICLE = (
    "Fighting went on in the valley on Monday.\n"
    "Twelve soldiers were killed, RIA Novosti reported.\n"
    "The road was cut off overnight, according to the BBC.\n"
    "Helicopters landed near the border, Sputnik Afghanistan reported.\n"
)


@pytest.fixture(scope="module")
def report():
    return reliability.Analyzer().analyze(ARTICLE, url="https://www.rt.com/news/1")


def test_outlet_links_media_outlet_attributions(report):
    linked = {
        a.source.text: a.outlet
        for s in report.sentences
        for a in s.attributions
        if a.source_type == "media_outlet"
    }
    assert linked == {
        "RIA Novosti": "ria.ru",
        "the BBC": "bbc.co.uk",
        "Sputnik Afghanistan": "sputniknews.com",
    }


def test_outlet_cited_outlets_count_claims(report):
    cited = {c.outlet.domain: (c.sentences, c.claims) for c in report.cited_outlets}
    assert cited == {
        "ria.ru": ((1,), 1),
        "bbc.co.uk": ((2,), 1),
        "sputniknews.com": ((3,), 1),
    }
    sputnik = next(
        c for c in report.cited_outlets if c.outlet.domain == "sputniknews.com"
    )
    assert sputnik.outlet.state_affiliated is True
    assert sputnik.outlet.ratings and sputnik.outlet.ratings[0].label == "deprecated"


def test_outlet_provenance_score_weights_claims(report):
    prov = report.scores.provenance
    assert report.outlet.domain == "rt.com" and report.outlet.rule == "meta:url"
    # RT (deprecated, 1 own claim) 0, RIA (no consensus) 0.5, BBC 1, Sputnik 0.
    assert prov.value == pytest.approx(100 * (0 + 0.5 + 1 + 0) / 4, abs=0.1)
    assert "RIA Novosti" in prov.explanation and "Perennial sources" in prov.explanation


def test_outlet_provenance_unknown_is_said_not_guessed():
    r = reliability.Analyzer().analyze(
        "The road was closed, the Valley Courier reported.",
        url="https://valley-courier.example/x",
    )
    assert r.outlet.domain == "valley-courier.example" and not r.outlet.ratings
    assert r.scores.provenance is None


def test_outlet_user_ratings_take_precedence(tmp_path):
    f = tmp_path / "mine.csv"
    f.write_text("domain,value,label\nrt.com,0.5,mine\n", encoding="utf-8")
    analyzer = reliability.Analyzer(ratings=[f"{f}:csv"])
    r = analyzer.analyze("The road was closed.", url="https://rt.com/x")
    assert [x.source for x in r.outlet.ratings][0] == "mine"
    assert r.scores.provenance.value == 50.0
    assert "ratings:mine.csv" in r.pipeline.resources
    assert "outlets.csv" in r.pipeline.resources


def test_outlet_bad_rating_file_fails_at_construction(tmp_path):
    f = tmp_path / "bad.csv"
    f.write_text("domain,pc1\nrt.com,lots\n", encoding="utf-8")
    with pytest.raises(reliability.ReliabilityError, match=r"bad\.csv:2"):
        reliability.Analyzer(ratings=[str(f)])


def test_outlet_service_resolves_registry_and_unknown_domains():
    from reliability.outlets.service import BareOutlets, OutletService, RatedOutlets

    outlets = RatedOutlets.load()
    assert isinstance(outlets, OutletService)
    assert isinstance(BareOutlets(), OutletService)
    bbc = outlets.resolve("bbc.co.uk", rule="meta:url")
    assert (bbc.name, bbc.rule) == ("BBC", "meta:url") and bbc.ratings
    assert outlets.resolve("bbc.co.uk").rule == "registry"
    unknown = outlets.resolve("valley-courier.example")
    assert (unknown.domain, unknown.ratings, unknown.rule) == (
        "valley-courier.example",
        (),
        None,
    )
    assert BareOutlets().resolve("bbc.co.uk", rule="x").ratings == ()
    assert "outlets.csv" in outlets.resources


def test_outlet_annotator_and_pipeline_share_one_service():
    analyzer = reliability.Analyzer()
    (annotator,) = [a for a in analyzer.pipeline.annotators if a.name == "outlet"]
    assert annotator.outlets is analyzer.outlets is analyzer.pipeline.outlets
    assert reliability.Analyzer(disable=["outlet"]).outlets is None


def test_outlet_annotator_refuses_a_service_and_ratings_together():
    from reliability.outlets.service import RatedOutlets

    with pytest.raises(reliability.ConfigError, match="not both"):
        OutletAnnotator(outlets=RatedOutlets.load(), ratings=["x.csv"])


def test_outlet_cited_outlets_are_resolved_once_per_document():
    from reliability.outlets.service import RatedOutlets

    class Counting(RatedOutlets):
        calls: list[str] = []

        def resolve(self, domain, *, rule=None):
            self.calls.append(domain)
            return super().resolve(domain, rule=rule)

    analyzer = reliability.Analyzer()
    base = analyzer.outlets
    counting = Counting(base.table, base.book)
    analyzer.pipeline.outlets = counting
    report = analyzer.analyze(
        "Prices will rise next year, the BBC reported. The BBC said rents "
        "would double.",
        url="https://rt.com/x",
    )
    cited = [c.outlet.domain for c in report.cited_outlets]
    assert cited == ["bbc.co.uk"]
    # The publisher once, each cited outlet once.
    assert sorted(counting.calls) == ["bbc.co.uk", "rt.com"]
    assert report.scores.provenance is not None


def test_outlet_score_provenance_is_a_pure_function_of_outlets_and_claims():
    from reliability.schema import CitedOutlet, Outlet, Rating, Sentence
    from reliability.scoring import score_provenance

    low = Outlet(domain="low.example", ratings=(Rating(source="list", value=0.0),))
    high = Outlet(domain="high.example", ratings=(Rating(source="list", value=1.0),))
    sentences = [
        Sentence(start=0, end=5, claim=True),
        Sentence(start=6, end=9, claim=True),
        Sentence(start=10, end=12, claim=True),
    ]
    cited = [CitedOutlet(outlet=high, sentences=(1, 2), claims=2)]
    score = score_provenance(low, cited, sentences)
    # Publisher carries 1 claim at 0, the cited outlet 2 at 1.
    assert score.value == pytest.approx(66.7)
    assert score.components == {
        "publisher:low.example": 0.0,
        "cited:high.example": 100.0,
    }
    assert score.sentences == (1, 2)
    assert score_provenance(Outlet(domain="x.example"), (), sentences) is None
    assert score_provenance(None, (), sentences) is None
