"""The outlet annotator: publisher from metadata or text, cited outlets, provenance."""

from __future__ import annotations

import pytest

import reliability
from reliability.annotators.outlet import OutletAnnotator
from reliability.document import Document
from reliability.outlets import builtin_table
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
            ("reuters.com", "text:origin:dateline", (7, 14, "Reuters")),
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
            ("politico.com", "text:origin:republished", (116, 124, "Politico")),
        ),
        (
            # A wire's reporter credited: the wire's copy (round 17), the
            # origin, since other sites print the wire's credit line too.
            "Talks stalled." + BODY + "Reuters' Jo Cole contributed to this report.\n",
            ("reuters.com", "text:origin:promo", (82, 89, "Reuters")),
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


# -- publisher and origin cues (issue 17) ----------------------------------------


def found(text: str, **meta: str) -> tuple[str, str, str | None] | None:
    """(domain, rule, evidence text) of the document's outlet, offsets checked."""
    got = publisher(text, **meta)
    if got is None:
        return None
    domain, rule, span = got
    if span is not None:
        start, end, said = span
        assert text[start:end] == said
    return domain, rule, None if span is None else span[2]


@pytest.mark.parametrize(
    "text, expected",
    [
        # Mastheads: a name alone, a logo, a part of a chrome line, a site.
        (
            "Skip to content\nLogo Agence France-Presse\n" + BODY,
            ("afp.com", "text:masthead", "Agence France-Presse"),
        ),
        (
            "Tag: Department for Transport\n" + BODY,
            ("gov.uk", "text:masthead", "Department for Transport"),
        ),
        (
            "Voice of America Science & Health\n" + BODY,
            ("voanews.com", "text:masthead", "Voice of America"),
        ),
        (
            "Ferry service resumes after storm damage is repaired | BBC News\n" + BODY,
            ("bbc.co.uk", "text:masthead", "BBC News"),
        ),
        # Photo credits and menu words are not mastheads.
        ("Photo: Reuters\n" + BODY, None),
        ("Reuters/Jo Cole\n" + BODY, None),
        ("AFP via Getty Images\n" + BODY, None),
        ("NEWS\n" + BODY, None),
        # The site describing itself.
        (
            "From Wikinews, the free news source you can write!\n" + BODY,
            ("wikinews.org", "text:self", "Wikinews"),
        ),
        (
            "Talks stalled." + BODY + "Official website of the President of Russia\n",
            ("kremlin.ru", "text:self", "President of Russia"),
        ),
        (
            "The press release issued by the Department for Culture, Media and Sport"
            " on 3 May 2024.\n" + BODY,
            ("gov.uk", "text:self", "Department for Culture, Media and Sport"),
        ),
        (
            "Published by the Cabinet Office\n" + BODY,
            ("gov.uk", "text:self", "Cabinet Office"),
        ),
        # A body sentence naming who issued a document is not the site.
        ("The guidance was issued by the Cabinet Office in May.\n" + BODY, None),
        (
            "Press release from the Department of Energy.\n" + BODY,
            ("energy.gov", "text:self", "Department of Energy"),
        ),
        (
            "This is the final update to this USGS feature story.\n" + BODY,
            ("usgs.gov", "text:self", "USGS"),
        ),
        (
            "For questions, contact the FDA's Office of Media Affairs.\n" + BODY,
            ("fda.gov", "text:self", "FDA"),
        ),
        # An interview's questions labelled with the outlet asking them.
        (
            "Talks stalled." + BODY * 8 + "Global Voices (GV): What changed after "
            "the vote?\nJo Cole: Everything.\n",
            ("globalvoices.org", "text:interviewer", "Global Voices"),
        ),
        ("Talks stalled." + BODY + "Reuters: Talks resume in Oslo.\n", None),
        ("Talks stalled." + BODY * 8 + "Reuters: Will talks resume in Oslo?\n", None),
        # The page asking its readers for support.
        (
            "Talks stalled." + BODY + "Dear Palmer Report readers, we need you.\n",
            ("palmerreport.com", "text:promo", "Palmer Report"),
        ),
        (
            "Talks stalled." + BODY + "Help Twitchy succeed by joining today.\n",
            ("twitchy.com", "text:promo", "Twitchy"),
        ),
        (
            "Talks stalled." + BODY + "Thank you. NPR is your trusted source.\n",
            ("npr.org", "text:promo", "NPR"),
        ),
        (
            "Talks stalled." + BODY + "NPR reserves the right to remove comments.\n",
            ("npr.org", "text:promo", "NPR"),
        ),
        (
            "Talks stalled." + BODY + "Editorials represent the views of The Press "
            "Democrat editorial board.\n",
            ("pressdemocrat.com", "text:promo", "Press Democrat"),
        ),
    ],
)
def test_outlet_publisher_cues(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # Datelines: "(AGENCY) -", "/AGENCY/ -", the agency alone.
        (
            "OSLO, March 3 (AFP) \u2013 The army said the road was closed.\n",
            ("afp.com", "text:origin:dateline", "AFP"),
        ),
        (
            "MOSCOW, May 5 /TASS/ - The army said the road was closed.\n",
            ("tass.com", "text:origin:dateline", "TASS"),
        ),
        (
            "(Reuters) - The army said the road was closed.\n",
            ("reuters.com", "text:origin:dateline", "Reuters"),
        ),
        ("OSLO, March 3 (Jo Cole) - The army said so.\n", None),
        # The agency's own full stops, a date first; a press-release wire
        # carried the release but did not write it (its issuer did).
        (
            "MOSCOW, May 5. /TASS/. The army said the road was closed.\n",
            ("tass.com", "text:origin:dateline", "TASS"),
        ),
        (
            "June 3, 2024 (Reuters) \u2014 The army said the road was closed.\n",
            ("reuters.com", "text:origin:dateline", "Reuters"),
        ),
        (
            "SAN DIEGO--(BUSINESS WIRE)--Example Corp said it would close a plant.\n",
            None,
        ),
        ("MOSCOW, May 5. /Jo Cole/. The army said so.\n", None),
        # A dateline run on after a byline or a timestamp; a news agency's
        # dateline without its dash.
        (
            "By Jo Cole WASHINGTON (AP) \u2014 The army said the road was closed.\n",
            ("apnews.com", "text:origin:dateline", "AP"),
        ),
        (
            "Posted May 3, 2024 MOSCOW, May 3. /TASS/. The army said so.\n",
            ("tass.com", "text:origin:dateline", "TASS"),
        ),
        (
            "NEW DELHI, Jan 5 (PTI) The army said the road was closed.\n",
            ("ptinews.com", "text:origin:dateline", "PTI"),
        ),
        ("NEW DELHI, Jan 5 (CNN) The army said the road was closed.\n", None),
        ("Talks stalled over the bill (AP) The army said so.\n", None),
        # A role between the writer and the outlet, a site credited by address.
        (
            "By Jo Cole, Senior Editor, REUTERS.COM\n" + BODY,
            ("reuters.com", "text:origin:byline", "REUTERS.COM"),
        ),
        # A bio without an article, a role at large.
        (
            "Talks stalled." + BODY + "Jo Cole is senior legal editor for "
            "Mother Jones.\n",
            ("motherjones.com", "text:origin:byline", "Mother Jones"),
        ),
        (
            "Talks stalled." + BODY + "Jo Cole is Editor-at-Large at Mother Jones.\n",
            ("motherjones.com", "text:origin:byline", "Mother Jones"),
        ),
        # The newsroom at work: whom it asked.
        (
            "Talks stalled." + BODY + "The ministry did not respond to a request "
            "for comment from Reuters.\n",
            ("reuters.com", "text:origin:newsroom", "Reuters"),
        ),
        (
            "Talks stalled." + BODY + "ProPublica contacted two of the officers.\n",
            ("propublica.org", "text:origin:newsroom", "ProPublica"),
        ),
        (
            "Talks stalled." + BODY + "The mayor said in a statement sent to "
            "Mother Jones that rents rose.\n",
            ("motherjones.com", "text:origin:newsroom", "Mother Jones"),
        ),
        (
            "Talks stalled." + BODY + "The mayor said in a statement to Mother "
            "Jones that rents rose.\n",
            None,
        ),
        (
            "Talks stalled." + BODY + "The paper contacted two of the officers.\n",
            None,
        ),
        # A partner's copy.
        (
            "Talks stalled." + BODY + "This story was produced by KFF Health News, "
            "a national newsroom.\n",
            ("kffhealthnews.org", "text:origin:republished", "KFF Health News"),
        ),
        (
            "Talks stalled." + BODY + "This article is published in partnership "
            "with The Marshall Project.\n",
            ("themarshallproject.org", "text:origin:republished", "Marshall Project"),
        ),
        ("Talks stalled." + BODY + "This story was produced by Jo Cole.\n", None),
        # Writers' bios: set off by a dash with a handle, a column, an editor.
        (
            "Talks stalled." + BODY + "\u2014 Jo Cole (@jocole) is a columnist for "
            "The Guardian.\n",
            ("theguardian.com", "text:origin:byline", "Guardian"),
        ),
        (
            "Talks stalled." + BODY + "Jo Cole writes a weekly column for Mother "
            "Jones.\n",
            ("motherjones.com", "text:origin:byline", "Mother Jones"),
        ),
        (
            "Talks stalled." + BODY + "Jo Cole is the editor of Mother Jones.\n",
            ("motherjones.com", "text:origin:byline", "Mother Jones"),
        ),
        # Republication notices.
        (
            "Talks stalled." + BODY + "This article was originally published by "
            "Global Voices.\n",
            ("globalvoices.org", "text:origin:republished", "Global Voices"),
        ),
        (
            "Talks stalled." + BODY + "The post Ferry resumes appeared first on "
            "The White House.\n",
            ("whitehouse.gov", "text:origin:republished", "White House"),
        ),
        (
            "Talks stalled." + BODY + "This text comes from Wikinews.\n",
            ("wikinews.org", "text:origin:republished", "Wikinews"),
        ),
        (
            "Talks stalled." + BODY + "It is republished under a Creative Commons "
            "licence from The Conversation.\n",
            ("theconversation.com", "text:origin:republished", "Conversation"),
        ),
        # Bylines and credits that name an outlet.
        (
            "By Jo Cole, Associated Press\n" + BODY,
            ("apnews.com", "text:origin:byline", "Associated Press"),
        ),
        (
            "By Jo Cole \u2013 Agence France-Presse\n" + BODY,
            ("afp.com", "text:origin:byline", "Agence France-Presse"),
        ),
        ("Reuters staff\n" + BODY, ("reuters.com", "text:origin:byline", "Reuters")),
        (
            "Talks stalled." + BODY + "Jo Cole is a columnist for Breitbart News.\n",
            ("breitbart.com", "text:origin:byline", "Breitbart News"),
        ),
        (
            "Talks stalled." + BODY + "(Reporting by Reuters' Jo Cole; Editing by "
            "Al Moss)\n",
            ("reuters.com", "text:origin:credit", "Reuters"),
        ),
        (
            "Talks stalled." + BODY + "(Reporting by Jo Cole; Editing by Al Moss)\n",
            None,
        ),
        ("By Jo Cole, Mint Street Weekly\n" + BODY, None),  # not the registry's Mint
        (
            "Floods close the coast road\nAP, Reuters\n" + BODY,
            ("apnews.com", "text:origin:credit", "AP"),
        ),
    ],
)
def test_outlet_origin_cues_when_no_publisher_is_shown(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A writer followed under the outlet's name.
        (
            "Talks stalled." + BODY + "Follow Mother Jones\u2019 @jocole.\n",
            ("motherjones.com", "text:promo", "Mother Jones"),
        ),
        # An editorial board named with more after it.
        (
            "Talks stalled." + BODY + "Editorials represent the views of The "
            "Seattle Times editorial board and the newspaper as an institution.\n",
            ("seattletimes.com", "text:promo", "Seattle Times"),
        ),
        # An interview cut off after its question: the label's initials count.
        (
            "Talks stalled." + BODY + "Global Voices (GV): What changed after "
            "the vote?\n",
            ("globalvoices.org", "text:interviewer", "Global Voices"),
        ),
        (
            "Talks stalled." + BODY + "Global Voices: What changed after the vote?\n",
            None,
        ),
        (
            "Talks stalled." + BODY + "Global Voices (XY): What changed after "
            "the vote?\n",
            None,
        ),
        # "Statement from" heads a page; in a sentence it quotes a source.
        (
            "Statement from the Department of Energy\n" + BODY,
            ("energy.gov", "text:self", "Department of Energy"),
        ),
        (
            "Talks stalled." + BODY + "We saw a similar statement from the "
            "Department of Energy last week.\n",
            None,
        ),
        # "this X report" names the site itself only when X is no news outlet.
        (
            "Talks stalled." + BODY + "I recall this New York Times report from "
            "April.\n",
            None,
        ),
    ],
)
def test_outlet_more_publisher_cues(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "The Electronic Frontier Foundation (EFF) marks ten years in Brussels. "
            "We opened our office there in 2008 and EFF has grown since.\n" + BODY,
            ("eff.org", "text:own-voice", "Electronic Frontier Foundation"),
        ),
        # An op-ed speaking for its readers names a department once.
        (
            "We should all be alarmed at the Department of Energy this week. Our "
            "leaders ignore it.\n" + BODY,
            None,
        ),
        # "We" only inside a quotation is a source speaking, not the page.
        (
            "\u201cWe will rebuild our schools,\u201d the Department of Energy "
            "said. The Department of Energy gave no date.\n" + BODY,
            None,
        ),
        (
            "Talks stalled." + BODY + "\u201cWe will rebuild our schools,\u201d the "
            "Department of Energy said. The Department of Energy gave no date.\n",
            None,
        ),
        # A quotation running on into the next paragraph is still quoted.
        (
            "Talks stalled." + BODY + "\u201cWe will rebuild our schools with the "
            "Department of Energy, and the Department of Energy will pay.\n",
            None,
        ),
        # A long op-ed names a department now and then, not once in every
        # thousand characters.
        (
            "We asked the Department of Energy for answers. Our questions went "
            "unanswered by the Department of Energy.\n"
            + "The weather was mild and the roads were quiet that week. "
            * 45,
            None,
        ),
        # "us" speaks for the readers: "many of us".
        (
            "The Department of Energy surprised many of us. The Department of "
            "Energy gave no date.\n" + BODY,
            None,
        ),
        # A single word that is also an outlet's name opens a sentence.
        (
            "People who should be on our side are silent. We know why. People "
            "always are.\n" + BODY,
            None,
        ),
    ],
)
def test_outlet_own_voice_names_the_organisation(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "name, domain",
    [
        ("PRNewswire", "prnewswire.com"),
        ("GLOBE NEWSWIRE", "globenewswire.com"),
        ("KUNA", "kuna.net.kw"),
        ("Yonhap", "yna.co.kr"),
        ("Yle", "yle.fi"),
        ("WBUR", "wbur.org"),
        ("Justice Department", "justice.gov"),
        ("NOS", None),  # the Dutch broadcaster or the US National Ocean Service
        ("Today", None),  # a word, not NBC's programme
    ],
)
def test_outlet_registry_knows_wires_broadcasters_and_agencies(name, domain):
    entry = builtin_table().by_name(name)
    assert (entry.domain if entry else None) == domain


def test_outlet_publisher_and_origin_are_both_reported():
    text = "The Guardian\n\nLONDON (Reuters) - The army said the road was closed.\n"
    doc = Document(text=text, segments=split_sentences(text), meta=DocumentMeta())
    out = list(OutletAnnotator().annotate(doc))
    assert [(f.domain, f.rule, f.cited) for f in out] == [
        ("theguardian.com", "text:masthead;origin=reuters.com", False),
        ("reuters.com", "text:origin:dateline", True),
    ]
    assert text[out[1].start : out[1].end] == "Reuters"
    report = reliability.analyze(text)
    assert report.outlet.domain == "theguardian.com"
    assert [c.outlet.domain for c in report.cited_outlets] == ["reuters.com"]
    # The origin carries no claim: it is whose copy it is, not a cited source.
    assert report.cited_outlets[0].claims == 0


def test_outlet_origin_equal_to_publisher_is_not_repeated():
    text = "Reuters\n\nLONDON (Reuters) - The army said the road was closed.\n"
    doc = Document(text=text, segments=split_sentences(text), meta=DocumentMeta())
    out = list(OutletAnnotator().annotate(doc))
    assert [(f.domain, f.rule, f.cited) for f in out] == [
        ("reuters.com", "text:masthead", False)
    ]


@pytest.mark.parametrize(
    "text, cited, outlet",
    [
        # Unnamed sources told the outlet, again and again: the outlet is the
        # channel, and likely whose copy it is; nothing links it as a source.
        (
            "Three witnesses told Reuters the convoy was hit twice. A person "
            "familiar with the talks told Reuters the vote was delayed.",
            [],
            "reuters.com",
        ),
        # Once is how a story cites another outlet's reporting: no origin.
        ("Three witnesses told Reuters the convoy was hit twice.", [], None),
        # A named source told another outlet: a citation of the channel only.
        ("The minister told the BBC that talks would resume.", [], None),
        ("The mayor said in an interview with the BBC that rents rose.", [], None),
        # An outlet as the source is still linked.
        ("Talks would resume, the BBC reported.", ["bbc.co.uk"], None),
    ],
)
def test_issue_17_told_outlet_is_the_channel_not_the_source(text, cited, outlet):
    report = reliability.analyze(text)
    assert [c.outlet.domain for c in report.cited_outlets] == cited
    told = {"told", "said"}
    assert all(
        a.outlet is None
        for s in report.sentences
        for a in s.attributions
        if a.cue.text in told
    )
    assert (report.outlet.domain if report.outlet else None) == outlet


def test_issue_17_told_outlet_does_not_raise_provenance():
    text = "Three witnesses told Reuters the convoy was hit twice."
    report = reliability.Analyzer().analyze(text, url="https://unrated.example/a")
    assert report.cited_outlets == ()
    assert report.scores.provenance is None  # the unrated publisher alone


STORY = "Storm shuts coastal roads\n\nThe storm closed three roads on Monday.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # A copyright line's address, registry outlet or not.
        (
            STORY + "\u00a9 2025 harborgazette.com. All rights reserved.",
            ("harborgazette.com", "text:copyright:site"),
        ),
        (
            STORY + "Copyright 2024 news.harborgazette.co.uk",
            ("harborgazette.co.uk", "text:copyright:site"),
        ),
        # The holder after the mark, not a site promoted before it.
        (
            STORY + "Sign up at lakeletter.org. COPYRIGHT 2020 HARBORGAZETTE.COM",
            ("harborgazette.com", "text:copyright:site"),
        ),
        # A line that is only an address, at the page's top or bottom.
        ("www.harborgazette.com\n" + STORY, ("harborgazette.com", "text:site")),
        # The site pointing to itself.
        (
            STORY + "For more stories visit us at harborgazette.com today.",
            ("harborgazette.com", "text:visit"),
        ),
        (
            STORY + "Read more at https://harborgazette.com/news",
            ("harborgazette.com", "text:visit"),
        ),
        # A newsroom desk's mailbox.
        (
            STORY + "Have a story idea? tips@harborgazette.com",
            ("harborgazette.com", "text:contact"),
        ),
        # A writer's address in a contact line: whose staff wrote the copy.
        (
            STORY + "Contact reporter Jane Doe at jdoe@harborgazette.com.",
            ("harborgazette.com", "text:origin:contact"),
        ),
        # A registry outlet's address gives its canonical domain.
        (STORY + "\u00a9 2024 edition.cnn.com", ("cnn.com", "text:copyright:site")),
    ],
)
def test_outlet_site_address_in_the_page_chrome(text, expected):
    found = publisher(text)
    assert found is not None and found[:2] == expected
    span = found[2]
    assert span is not None and text[span[0] : span[1]] == span[2]


@pytest.mark.parametrize(
    "text",
    [
        # Mail providers, shorteners and social networks publish nothing.
        STORY + "Contact the writer at jane.doe@gmail.com.",
        STORY + "\u00a9 2024 bit.ly",
        STORY + "Read more at facebook.com/harborgazette",
        # An address in a story's sentence is a citation.
        STORY + "Prices rose, according to figures on harborgazette.com.",
        "Storm\n\nThe mayor wrote an email to jdoe@harborgazette.com in which she "
        "asked the council to close three more roads before the tide came in "
        "on Tuesday night, and she said the county would pay for the work.",
        STORY + "Visit cityhall.gov for road closures.",
        # A photo credit is no copyright footer; a file name is no site.
        STORY + "(c) Jane Doe / harborgazette",
        STORY + "report.pdf",
    ],
)
def test_outlet_site_address_ignores_citations_and_services(text):
    assert publisher(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # A copyright holder's name run together is a news domain's name.
        (
            STORY + "Copyright \u00a9 2024 The Daily Beast Company LLC.",
            "thedailybeast.com",
        ),
        (STORY + "\u00a9 2023 Raw Story Media, Inc.", "rawstory.com"),
        # Outlets the registry lacks, by the news domains' names.
        (STORY + "Copyright 2024 The Daily Yonder", "dailyyonder.com"),
        (STORY + "\u00a9 2022 Colorado Sun Media LLC", "coloradosun.com"),
        # "About X" or "Subscribe to X" at the page's edge.
        (STORY + "About Raw Story", "rawstory.com"),
        (STORY + "Subscribe to Mississippi Today", "mississippitoday.org"),
    ],
)
def test_outlet_site_name_found_among_news_domains(text, expected):
    found = publisher(text)
    assert found is not None and found[0] == expected


@pytest.mark.parametrize(
    "text",
    [
        # A short title line is a headline, not a masthead (unless it ends
        # like a newspaper's title: test_outlet_unlisted_newspaper_title).
        "Mississippi Today\n\nThe storm closed three roads on Monday.\n",
        # Names of no news domain, or too short to tell.
        STORY + "\u00a9 2024 Jane Doe Photography",
        STORY + "\u00a9 2024 ABC Ltd.",
    ],
)
def test_outlet_site_name_needs_a_chrome_line_and_a_known_domain(text):
    found = publisher(text)
    assert found is None or found[1] not in ("text:masthead:name", "text:about")


@pytest.mark.parametrize(
    "text, expected",
    [
        (STORY + "CLICK HERE FOR THE FOX NEWS APP\nThe road reopened.", "foxnews.com"),
        (
            STORY + "An earlier version gave the wrong date. Politico regrets the "
            "error.",
            "politico.com",
        ),
        (STORY + "THE LATEST FROM FOX NEWS ON THE STORM\nMore.", "foxnews.com"),
        (STORY + "Click here to read more on Fox Business\nMore.", "foxbusiness.com"),
        (
            STORY + "By signing up you agree to receive email newsletters or alerts "
            "from POLITICO. You can unsubscribe at any time.",
            "politico.com",
        ),
        # A body that names no outlet in them gives nothing.
        (STORY + "The county said the agency regrets the error.", None),
        (STORY + "Residents can receive alerts from the county by text.", None),
    ],
)
def test_outlet_promotion_corrections_headings_and_sign_up_boxes(text, expected):
    found = publisher(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            STORY + "CLICK HERE FOR THE FOX NEWS MORNING NEWSLETTER\nMore.",
            ("foxnews.com", "text:promo"),
        ),
        (
            STORY + "The page was taken down after an inquiry from NBC News.",
            ("nbcnews.com", "text:origin:newsroom"),
        ),
        (
            STORY + "The firm did not answer questions USA TODAY emailed to it.",
            ("usatoday.com", "text:origin:newsroom"),
        ),
        (
            "(Reuters Health) - Most towns in the valley still flood each spring.",
            ("reuters.com", "text:origin:dateline"),
        ),
        (
            STORY + "Jane Doe is Senior Editor-At-Large of Breitbart News.",
            ("breitbart.com", "text:origin:byline"),
        ),
    ],
)
def test_outlet_newsroom_newsletters_and_health_desk(text, expected):
    found = publisher(text)
    assert found is not None and found[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        STORY + "The county answered questions from residents at the meeting.",
        STORY + "Readers: tell us what you saw.",
        STORY + "The ruling came after a request from the mayor.",
    ],
)
def test_outlet_newsroom_cues_need_an_outlet(text):
    assert publisher(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        # A page title's last part, read as a news domain's name.
        (
            "Storm shuts coastal roads | The Daily Yonder" + BODY,
            ("dailyyonder.com", "text:masthead:name"),
        ),
        # The site's own handle after "Follow us".
        (
            STORY + "Follow us on Twitter @MississippiToday",
            ("mississippitoday.org", "text:promo:handle"),
        ),
        # A newsroom's blurb in a line of its own: whose copy it is.
        (
            STORY + "The Daily Yonder is an independent, nonprofit newsroom "
            "covering rural America.",
            ("dailyyonder.com", "text:origin:about"),
        ),
        (
            STORY + "ProPublica is a Pulitzer Prize-winning investigative newsroom.",
            ("propublica.org", "text:origin:about"),
        ),
    ],
)
def test_outlet_title_bar_handle_and_blurb(text, expected):
    found = publisher(text)
    assert found is not None and found[:2] == expected


@pytest.mark.parametrize(
    "text",
    [
        "Politics | Colorado Sun" + BODY,  # a menu, not a page title
        STORY + "Follow us @janedoe for updates.",  # no news domain's name
        STORY + "He said the Sun is a newspaper he reads.",  # not a name alone
        STORY + "The council is a small organization.",
    ],
)
def test_outlet_title_bar_handle_and_blurb_need_a_site(text):
    assert publisher(text) is None


@pytest.mark.parametrize(
    "text, outlet",
    [
        # Named sources telling one outlet three times: its own interviews.
        (
            "The mayor told Reuters the bridge would reopen. The county engineer "
            "told Reuters the repairs cost more than planned. A local shop owner "
            "told Reuters that trade had halved.",
            "reuters.com",
        ),
        # Twice by named sources is still how stories cite other outlets.
        (
            "The mayor told Reuters the bridge would reopen. The county engineer "
            "told Reuters the repairs cost more than planned.",
            None,
        ),
    ],
)
def test_outlet_told_three_times_is_the_origin(text, outlet):
    report = reliability.analyze(text)
    assert (report.outlet.domain if report.outlet else None) == outlet
    assert report.cited_outlets == ()


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            STORY + "Page last reviewed: May 5, 2024\nContent source: National "
            "Center for Example Diseases, Centers for Disease Control and Prevention",
            "cdc.gov",
        ),
        (
            STORY + "This page is maintained by the Office of the Spokesperson, "
            "U.S. Department of State.",
            "state.gov",
        ),
        (STORY + "Content source: a survey of 300 households", None),
        (STORY + "The site is maintained by volunteers.", None),
    ],
)
def test_outlet_official_page_notes(text, expected):
    found = publisher(text)
    assert (found[0] if found else None) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A sign-off, a colleague, a correspondents' line, a show promotion.
        (
            STORY + "Stay tuned to Fox News for more on this story.",
            ("foxnews.com", "text:promo", "Fox News"),
        ),
        (
            "The plan, as fellow Federalist contributor Jo Cole argued last week, "
            "raises taxes on farms.",
            ("thefederalist.com", "text:promo", "Federalist"),
        ),
        (
            STORY + "Follow USA TODAY national correspondents @jocole and @kimlee.",
            ("usatoday.com", "text:promo", "USA TODAY"),
        ),
        (
            STORY + "SUBSCRIBE TO THE FEDERALIST RADIO HOUR HERE.",
            ("thefederalist.com", "text:promo", "FEDERALIST"),
        ),
        ("Watch CBSN Live\n" + STORY, ("cbsnews.com", "text:promo", "CBSN")),
        (
            STORY + "Jo Cole is a member of USA TODAY's Board of Contributors.",
            ("usatoday.com", "text:promo", "USA TODAY"),
        ),
        # The newsroom's own checks and the answers it got.
        (
            "Shelling hit the port overnight. Reuters could not independently "
            "verify the footage.",
            ("reuters.com", "text:origin:newsroom", "Reuters"),
        ),
        (
            "\u201cWe are reviewing the post,\u201d a spokesman said in an email to "
            "NBC News.",
            ("nbcnews.com", "text:origin:newsroom", "NBC News"),
        ),
        (
            "The firm removed the page in response to a series of questions from "
            "Politico.",
            ("politico.com", "text:origin:newsroom", "Politico"),
        ),
        (
            STORY + "Contributing: Jo Cole, USA TODAY; Kim Lee in Denver",
            ("usatoday.com", "text:origin:credit", "USA TODAY"),
        ),
        # Not the page's own: a statement given to another outlet, a newsletter
        # with no name, a statement to a chamber.
        ("In a statement to NBC News, the firm denied the report.", None),
        (STORY + "Subscribe to our newsletter for more stories.", None),
        ("The senator said in an email to colleagues that she would vote no.", None),
        (
            "Jo Cole, a member of the Washington Post editorial board, wrote that "
            "the bridge should close.",
            None,
        ),
        ("CNN's Jo Cole and fellow CNN correspondent Kim Lee were barred.", None),
        (
            "NBC News has learned that the ministry will close the port.",
            ("nbcnews.com", "text:origin:newsroom", "NBC News"),
        ),
    ],
)
def test_outlet_promotions_and_newsroom_checks(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    domain, rule, name = expected
    start = text.index(name)
    assert found == (domain, rule, (start, start + len(name), name))


@pytest.mark.parametrize(
    "text, expected",
    [
        # A name the registry lacks, read as the domain the page shows.
        (
            STORY + "Follow Lakeside Gazette on Facebook.\n"
            "Send tips to news@lakesidegazette.com",
            ("lakesidegazette.com", "text:promo", "Lakeside Gazette"),
        ),
        (
            "OSLO (Lakeside Gazette) - The storm closed three roads on Monday.\n"
            "jo@lakesidegazette.com",
            ("lakesidegazette.com", "text:origin:dateline", "Lakeside Gazette"),
        ),
        (
            STORY + "Jo Cole is a columnist for the Lakeside Gazette.\n"
            "Email: jo@lakesidegazette.com, (555) 010-2000",
            ("lakesidegazette.com", "text:origin:byline", "Lakeside Gazette"),
        ),
        # A share button's handle, a logo's text, a labelled link to the page.
        (
            STORY + "Share on X: Storm shuts coastal roads via @DailyYonder",
            ("dailyyonder.com", "text:promo:handle", "DailyYonder"),
        ),
        (
            "Daily Yonder logo\n" + STORY,
            ("dailyyonder.com", "text:masthead:name", "Daily Yonder"),
        ),
        (
            STORY + "Permalink: https://www.lakesidegazette.com/2024/05/storm",
            ("lakesidegazette.com", "text:site", "www.lakesidegazette.com"),
        ),
        # A staff address in the byline names the writer's newsroom.
        (
            "Storm shuts coastal roads\nBy Jo Cole | jcole@lakesidegazette.com\n"
            "The storm closed three roads on Monday.",
            ("lakesidegazette.com", "text:origin:contact", "lakesidegazette.com"),
        ),
        # A top line that is the name of a domain the page shows.
        (
            "Lakeside Gazette\n" + STORY + "Letters: letters@lakesidegazette.com",
            ("lakesidegazette.com", "text:contact", "lakesidegazette.com"),
        ),
        # No address shown, no news domain by that name: nothing is guessed.
        ("Lakeside Gazette\n" + STORY, None),
        (STORY + "Follow Lakeside Gazette on Facebook.", None),
        (STORY + "A photo of the flood went round via @jocole, a resident.", None),
        # A name that is not the shown address's name.
        (STORY + "Follow Hilltop Echo on Facebook.\njo@lakesidegazette.com", None),
    ],
)
def test_outlet_unlisted_names_and_page_chrome(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    domain, rule, name = expected
    start = text.index(name)
    assert found == (domain, rule, (start, start + len(name), name))


@pytest.mark.parametrize(
    "text, expected",
    [
        ("RAMALLAH, May 5 (WAFA) - The storm closed three roads.", "wafa.ps"),
        ("ISTANBUL (DHA) \u2013 The storm closed three roads.", "dha.com.tr"),
        ("BRATISLAVA, May 5 (TASR) - The storm closed three roads.", "tasr.sk"),
        ("NEW YORK (JTA) \u2014 The storm closed three roads.", "jta.org"),
    ],
)
def test_outlet_national_agency_datelines(text, expected):
    found = publisher(text)
    assert found is not None and found[:2] == (expected, "text:origin:dateline")


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Home | World | Opinion | Daily Yonder\n" + STORY,
            ("dailyyonder.com", "text:masthead:name", "Daily Yonder"),
        ),
        (
            "Lakeside Gazette Home | World | Business | Sport\n"
            + STORY
            + "Contact the newsroom: jo@lakesidegazette.com",
            ("lakesidegazette.com", "text:masthead:name", "Lakeside Gazette"),
        ),
        (
            STORY + "Source URL: https://www.lakesidegazette.com/node/1234",
            ("lakesidegazette.com", "text:site", "www.lakesidegazette.com"),
        ),
        (
            STORY + "Copyright 2024 Lakeside Gazette Inc.\nlakesidegazette.com/about",
            ("lakesidegazette.com", "text:copyright:name", "Lakeside Gazette Inc"),
        ),
        # Sections of a menu are not sites, even where a site bears the name.
        ("Home | News | Politics | Business | Weather\n" + STORY, None),
        ("Home | Politics | Business\n" + STORY, None),
    ],
)
def test_outlet_menus_and_footers_name_unlisted_sites(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    domain, rule, name = expected
    start = text.index(name)
    assert found == (domain, rule, (start, start + len(name), name))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Storm shuts coastal roads\nBy Jo Cole - Reuters Reporter - Oslo\n"
            "The storm closed three roads on Monday.",
            "Reuters",
        ),
        (
            "Storm shuts coastal roads\nBy Jo Cole, Associated Press Writer\n"
            "The storm closed three roads on Monday.",
            "Associated Press",
        ),
        (
            "Storm shuts coastal roads\nPublished 05/05/2024 - 12:00 By Jo Cole - "
            "Ag\u00eancia Brasil Reporter - Bras\u00edlia\nThe storm closed roads.",
            "Ag\u00eancia Brasil",
        ),
        # A sentence with "by" and a dash is no byline.
        (
            "Storm shuts coastal roads\nThe house was bought by Jo Cole - Reuters "
            "reporter Kim Lee said on Monday.",
            None,
        ),
    ],
)
def test_outlet_byline_with_the_writers_role(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    start = text.index(expected)
    assert found is not None and found[1] == "text:origin:byline"
    assert found[2] == (start, start + len(expected), expected)


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            STORY + "Associated Press writer Jo Cole contributed to this report.",
            ("apnews.com", "text:origin:credit", "Associated Press"),
        ),
        # A wire's line travels with its copy: the origin (round 17).
        (
            STORY + "More from Reuters\n",
            ("reuters.com", "text:origin:promo", "Reuters"),
        ),
        (
            STORY + "Top stories from The Guardian:\n",
            ("theguardian.com", "text:promo", "Guardian"),
        ),
        (
            STORY + "Read the full story at Politico.",
            ("politico.com", "text:origin:republished", "Politico"),
        ),
        (
            STORY + "Continue reading on the Daily Yonder.",
            ("dailyyonder.com", "text:origin:republished", "Daily Yonder"),
        ),
        # Not a heading, not an outlet's writer.
        (STORY + "More from the mayor later today.", None),
        (STORY + "City hall writer Jo Cole contributed to this report.", None),
    ],
)
def test_outlet_credits_headings_and_excerpt_links(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    domain, rule, name = expected
    start = text.index(name)
    assert found == (domain, rule, (start, start + len(name), name))


LONG_BODY = (
    "\n\nThe council voted on Tuesday to rebuild the old bridge over the river. "
    "Work is due to start in the spring and to last two years, officials said, "
    "and the road will stay open to buses while the crews are on site.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A broadcast's opener, sign-off and handover name its own station.
        (
            "From Washington, this is NPR news. I'm Jo Cole." + LONG_BODY,
            ("npr.org", "text:self:on-air", "NPR"),
        ),
        (
            "From the BBC World Service, this is the evening bulletin." + LONG_BODY,
            ("bbc.co.uk", "text:self:on-air", "BBC World Service"),
        ),
        (
            LONG_BODY + "For NPR, I'm Jo Cole in Denver.\n",
            ("npr.org", "text:self:on-air", "NPR"),
        ),
        (
            "Welcome to NPR's weekly science hour." + LONG_BODY,
            ("npr.org", "text:self:on-air", "NPR"),
        ),
        (
            "Talks resumed. NPR's Jo Cole has more." + LONG_BODY,
            ("npr.org", "text:self:on-air", "NPR"),
        ),
        (
            "The storm moved east. NPR's Jo Cole reports from Ohio." + LONG_BODY,
            ("npr.org", "text:self:on-air", "NPR"),
        ),
        # Another outlet's reporting cited with a clause; a station ID in the
        # middle of a long transcript; "this is" with no programme after it.
        ("The storm moved east, NPR's Jo Cole reports that" + LONG_BODY, None),
        (LONG_BODY * 6 + "This is NPR news.\n" + LONG_BODY * 6, None),
        ("This is NPR's worst week in years, critics said." + LONG_BODY, None),
    ],
)
def test_outlet_broadcast_names_its_own_station(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    domain, rule, name = expected
    start = text.index(name)
    assert found == (domain, rule, (start, start + len(name), name))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Donate today to keep Global Voices strong!" + LONG_BODY,
            ("globalvoices.org", "Global Voices"),
        ),
        (
            LONG_BODY + "Stories presented on Wikinews reflect the time they were "
            "written.\n",
            ("wikinews.org", "Wikinews"),
        ),
        (
            LONG_BODY + "This page mentions a charity. Wikinews is a project of the "
            "Example Foundation.\n",
            ("wikinews.org", "Wikinews"),
        ),
        ("We are Global Voices." + LONG_BODY, ("globalvoices.org", "Global Voices")),
        # A name inside a longer one, or an appeal for someone else.
        ("We are Global Voices fans." + LONG_BODY, None),
        ("Donate today to keep the shelter going!" + LONG_BODY, None),
    ],
)
def test_outlet_site_notice_names_the_site(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    domain, name = expected
    start = text.index(name)
    assert found == (domain, "text:self:notice", (start, start + len(name), name))


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "WASHINGTON – U.S. Senator Jo Cole (D-EX) today issued the following "
            "statement on the budget:" + LONG_BODY,
            ("cole.senate.gov", "Cole"),
        ),
        (
            "Budget vote\nSource: United States House of Representatives – "
            "Congresswoman Ana Ruiz (EX-05)" + LONG_BODY,
            ("ruiz.house.gov", "Ruiz"),
        ),
        (
            "Source: United States Senator for Examplia Jo Cole" + LONG_BODY,
            ("cole.senate.gov", "Cole"),
        ),
        # Several members, or a member as the subject of a news story.
        (
            "Senators Jo Cole and Ana Ruiz today issued the following statement:"
            + LONG_BODY,
            None,
        ),
        ("Senator Jo Cole spoke on the budget today." + LONG_BODY, None),
    ],
)
def test_outlet_member_release_names_the_members_site(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    domain, name = expected
    start = text.index(name)
    assert found == (domain, "text:self:member", (start, start + len(name), name))


def test_outlet_member_site_resolves_to_its_own_domain():
    from reliability.outlets.service import RatedOutlets

    outlets = RatedOutlets.load()
    assert outlets.resolve("cole.senate.gov").domain == "cole.senate.gov"
    assert outlets.resolve("senate.gov").domain == "congress.gov"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            LONG_BODY + "Source: Reuters\n",
            ("reuters.com", "text:origin:source", "Reuters"),
        ),
        (
            LONG_BODY + "EWA\nMNA/IRN1234567\n",
            ("mehrnews.com", "text:origin:code", "MNA"),
        ),
        # Figures credited to an office, not a news outlet.
        (LONG_BODY + "Source: U.S. Department of Justice\n", None),
        (LONG_BODY + "Source: Reuters and local reports\n", None),
    ],
)
def test_outlet_source_credit_names_the_copys_origin(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    domain, rule, name = expected
    start = text.index(name)
    assert found == (domain, rule, (start, start + len(name), name))


def test_outlet_issued_by_name_keeps_its_initials():
    text = (
        "The following press release was published by the U.S. Department of "
        "Justice, Office of the Examplia Attorney on May 2." + LONG_BODY
    )
    found = publisher(text)
    assert found is not None and found[0] == "justice.gov"


def test_outlet_station_id_before_a_break_is_a_bumper():
    text = LONG_BODY + "This is NPR news. When we come back, the weather.\n"
    assert publisher(text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            LONG_BODY + "This essay first appeared May 3 on the website of the "
            "Electronic Frontier Foundation.\n",
            ("eff.org", "text:origin:republished", "Electronic Frontier Foundation"),
        ),
        (
            "Editorial\nThe views of the board as broadcast on NPR." + LONG_BODY,
            ("npr.org", "text:origin:republished", "NPR"),
        ),
        (
            "Entries by Foundation for Economic Education" + LONG_BODY,
            ("fee.org", "text:origin:republished", "Foundation for Economic Education"),
        ),
        (
            "Quarterly letter\nA Publication of the Electronic Frontier Foundation"
            + LONG_BODY,
            ("eff.org", "text:self", "Electronic Frontier Foundation"),
        ),
        (
            "Link to National Science Foundation Home Page" + LONG_BODY,
            ("nsf.gov", "text:masthead", "National Science Foundation"),
        ),
        (
            "skip to content\nLink to United States Department of Justice Home Page"
            + LONG_BODY,
            ("justice.gov", "text:masthead", "United States Department of Justice"),
        ),
        (
            "date 2024-05-01 National Weather Service" + LONG_BODY,
            ("weather.gov", "text:masthead", "National Weather Service"),
        ),
        (
            "Newsletter\nThe Voice of America, which began in 1942, is an "
            "international broadcasting service.\n" + LONG_BODY,
            ("voanews.com", "text:origin:about", "Voice of America"),
        ),
        # A story that cites a site, and entries by a person.
        ("Entries by Jo Cole" + LONG_BODY, None),
        (LONG_BODY + "It aired on NPR last week.\n", None),
    ],
)
def test_outlet_copy_credits_and_logo_links(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    domain, rule, name = expected
    start = text.index(name)
    assert found == (domain, rule, (start, start + len(name), name))


# A photo caption long enough to end the masthead's reach.
CAPTION = (
    "In this photo taken on a grey morning in May, a crane stands by the river "
    "while workers in orange vests look over the old stone piers of the bridge "
    "that the council wants to rebuild next year.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # An agency byline line over the first paragraph, after a caption.
        (
            "Bridge to be rebuilt\n" + CAPTION + "Reuters" + LONG_BODY,
            ("reuters.com", "text:origin:byline-line", "Reuters"),
        ),
        # The station's own programme announced.
        (
            "Coming up on today's edition of NPR's science hour: bees." + LONG_BODY,
            ("npr.org", "text:self:on-air", "NPR"),
        ),
        # A source line glued to a date.
        (
            LONG_BODY + "2016-01-06Source: Reuters\n",
            ("reuters.com", "text:origin:source", "Reuters"),
        ),
        # An office's name over a paragraph is a section heading; a short line
        # over a short one is no byline.
        (CAPTION + "U.S. Department of Justice" + LONG_BODY, None),
        (CAPTION + "Reuters\nTalks went on.\n", None),
    ],
)
def test_outlet_byline_line_and_programme_names(text, expected):
    found = publisher(text)
    if expected is None:
        assert found is None
        return
    domain, rule, name = expected
    start = text.index(name)
    assert found == (domain, rule, (start, start + len(name), name))


@pytest.mark.parametrize(
    "text, expected",
    [
        # The page's own work, services and staff.
        (
            "Global Voices presents a selection of photos from the march."
            + LONG_BODY * 3,
            ("globalvoices.org", "text:self-mention", "Global Voices"),
        ),
        (
            "Al Jazeera interviews the mayor of the valley town." + LONG_BODY * 3,
            ("aljazeera.com", "text:self-mention", "Al Jazeera"),
        ),
        (
            "Readers wrote in all week." + LONG_BODY + "Deutsche Welle staff visited "
            "the site on Friday." + LONG_BODY * 2,
            ("dw.com", "text:self-mention", "Deutsche Welle"),
        ),
        (
            "The vote was close." + LONG_BODY + "A farmer told Al Jazeera's Arabic "
            "service that the harvest had failed." + LONG_BODY * 2,
            ("aljazeera.com", "text:self-mention", "Al Jazeera"),
        ),
        # A short chrome line at the top or the foot of the page.
        (
            "Al Jazeera: Weekly Digest, May 3\n" + LONG_BODY * 7,
            ("aljazeera.com", "text:self-mention", "Al Jazeera"),
        ),
        (
            LONG_BODY * 7 + "Credit: Voice of America\n",
            ("voanews.com", "text:self-mention", "Voice of America"),
        ),
        (
            "National Weather Service Forecast Office for the Northern Plains\n"
            + LONG_BODY * 7,
            ("weather.gov", "text:self-mention", "National Weather Service"),
        ),
        # A reporter of another outlet, a photo credit, a source list, a
        # headline about a ministry, a sentence at the top: not the page's.
        ("CNN's Jo Cole reported from the square." + LONG_BODY * 3, None),
        ("Photo: AP\n" + LONG_BODY * 7, None),
        (LONG_BODY * 7 + '"Bridge to reopen" - BBC News, May 5\n', None),
        ("Talks with the Home Office stall\n" + LONG_BODY * 7, None),
        ("Al Jazeera said the talks failed.\n" + LONG_BODY * 7, None),
        # A short page has no chrome to tell from its body.
        ("Al Jazeera: Weekly Digest, May 3\n" + LONG_BODY, None),
    ],
)
def test_outlet_self_mention_names_the_page_when_nothing_else_does(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A disclaimer disowns the contributor's views for its own outlet.
        (
            LONG_BODY + "The opinions in this column do not necessarily reflect "
            "Al Jazeera's editorial policy.\n",
            ("aljazeera.com", "text:disclaimer", "Al Jazeera"),
        ),
        (
            LONG_BODY + "Guest posts do not represent the views of Deutsche Welle.\n",
            ("dw.com", "text:disclaimer", "Deutsche Welle"),
        ),
        # Credits of whose reporting the copy carries.
        (
            LONG_BODY + "Additional reporting by Reuters.\n",
            ("reuters.com", "text:origin:credit", "Reuters"),
        ),
        (LONG_BODY + "\u2014 AFP\n", ("afp.com", "text:origin:credit", "AFP")),
        (
            "Bridge to reopen\nJo Cole, Special to The Washington Times\n" + LONG_BODY,
            ("washingtontimes.com", "text:origin:credit", "Washington Times"),
        ),
        (
            "Bridge to reopen\nJo Cole, Politico staff writer\n" + LONG_BODY,
            ("politico.com", "text:origin:credit", "Politico"),
        ),
        (
            LONG_BODY + "Jo Cole covers transport for Politico.\n",
            ("politico.com", "text:origin:credit", "Politico"),
        ),
        (
            LONG_BODY + "Jo Cole reported from Oslo for The Moscow Times.\n",
            ("themoscowtimes.com", "text:origin:credit", "Moscow Times"),
        ),
        (
            LONG_BODY + "Jo Cole is a CNN correspondent based in Rome.\n",
            ("cnn.com", "text:origin:credit", "CNN"),
        ),
        # A company's form after its name is not Inc. magazine.
        (
            LONG_BODY
            + "Copyright \u00a9 2024 Newsmax Media, Inc. All rights reserved.\n",
            ("newsmax.com", "text:copyright:name", "Newsmax"),
        ),
        # A station's call sign, however short, is its site.
        (
            LONG_BODY + "Copyright 2024 WXTV. All Rights Reserved.\n",
            None,  # not a news domain the package lists
        ),
        # Credits that name a person, a source or a body only.
        (LONG_BODY + "Additional reporting by Jo Cole.\n", None),
        (LONG_BODY + "Reporting from the Home Office.\n", None),
        (
            LONG_BODY + "The views of Jo Cole do not reflect the views of her union.\n",
            None,
        ),
    ],
)
def test_outlet_disclaimers_and_credit_lines(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "name, domain",
    [
        ("WTOP", "wtop.com"),
        ("KTLA", "ktla.com"),
        ("WGN-TV", "wgntv.com"),
        ("Wtop", None),  # a call sign is written in capitals
        ("WHO", None),  # three capitals: an acronym, not a call sign
    ],
)
def test_site_index_reads_call_signs(name, domain):
    from reliability.outlets.sites import site_index

    assert site_index().domain_for_name(name) == domain


@pytest.mark.parametrize(
    "text, expected",
    [
        # The newsroom's own reporting and sign-offs.
        (
            "Bridge to reopen" + LONG_BODY + "The Guardian understands that the "
            "contract was signed in May.\n",
            ("theguardian.com", "text:origin:newsroom", "Guardian"),
        ),
        (
            "Bridge to reopen" + LONG_BODY + "The Telegraph can reveal that the "
            "plan was dropped.\n",
            ("telegraph.co.uk", "text:origin:newsroom", "Telegraph"),
        ),
        (
            "Bridge to reopen" + LONG_BODY + "Sky News has approached the council "
            "for comment.\n",
            ("news.sky.com", "text:origin:newsroom", "Sky News"),
        ),
        (
            "Bridge to reopen" + LONG_BODY + "Letters seen by The Guardian show the "
            "plan was dropped.\n",
            ("theguardian.com", "text:origin:newsroom", "Guardian"),
        ),
        (
            "Bridge to reopen" + LONG_BODY + "In an exclusive interview with Newsmax, "
            "the mayor said the plan would go ahead.\n",
            ("newsmax.com", "text:origin:newsroom", "Newsmax"),
        ),
        (
            "Bridge to reopen" + LONG_BODY + "Fox News Digital has reached out to "
            "the council for comment.\n",
            ("foxnews.com", "text:origin:newsroom", "Fox News"),
        ),
        (
            "Bridge to reopen" + LONG_BODY + "A TASS correspondent at the scene said "
            "the road was shut.\n",
            ("tass.com", "text:origin:credit", "TASS"),
        ),
        (
            LONG_BODY + "Get the latest news from NDTV.\n",
            ("ndtv.com", "text:promo", "NDTV"),
        ),
        (
            # a news agency's line travels with its copy: the origin (round 17)
            LONG_BODY + "Follow Sputnik on Telegram for more.\n",
            ("sputniknews.com", "text:origin:promo", "Sputnik"),
        ),
        # Not the newsroom's own: a place, a beat, another outlet's scoop.
        ("Bridge to reopen" + LONG_BODY + "A White House reporter asked why.\n", None),
        (
            "Bridge to reopen" + LONG_BODY + "The mayor understands the anger of "
            "the residents.\n",
            None,
        ),
        (LONG_BODY + "Get the latest news from Oslo on our page.\n", None),
    ],
)
def test_outlet_newsroom_reporting_and_sign_offs(text, expected):
    assert found(text) == expected
