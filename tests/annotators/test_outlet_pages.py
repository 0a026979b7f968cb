"""The outlet annotator on agency pages, list tags, desks and the page's own voice."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet import body_words, dense_voice
from reliability.outlets import builtin_table
from reliability.tokens import tokenize
from tests.outlet_helpers import found

PARAGRAPH = (
    "The council met on Tuesday evening and agreed to repair the old bridge "
    "before the winter, after residents had asked for the work for two years. "
    "The repairs will cost about two million and take four months.\n"
)


@pytest.mark.parametrize(
    "name, domain",
    [
        ("Homeland Security Today", "hstoday.us"),
        ("InciWeb", "nwcg.gov"),
        ("Newswise", "newswise.com"),
        ("Pirate Times", "piratetimes.net"),
        ("The Signpost", "wikipedia.org"),
        ("Rising Voices", "globalvoices.org"),
        ("Advox", "globalvoices.org"),
        ("Congressional Record", "congress.gov"),
        ("Dáil Éireann", "oireachtas.ie"),
        ("Agricultural Research Service", "usda.gov"),
    ],
)
def test_outlet_registry_knows_desks_and_agency_sites(name, domain):
    entry = builtin_table().lookup(name)
    assert entry is not None and entry.domain == domain


@pytest.mark.parametrize(
    "text, expected",
    [
        # A mailing list's tag before the subject names the list's publisher.
        (
            "[Global Voices Digest] The spring issue\n\n" + PARAGRAPH,
            ("globalvoices.org", "text:masthead", "Global Voices"),
        ),
        # A back link in the page's first line, written in lower case.
        (
            "[<< wikinews] Storm closes the coast road\nMonday, May 4\n\n" + PARAGRAPH,
            ("wikinews.org", "text:masthead", "wikinews"),
        ),
        # A bracketed tag that names no outlet gives nothing.
        ("[Town Notes] The spring issue\n\n" + PARAGRAPH, None),
        # A name in parentheses keeps its parentheses in the evidence.
        (
            "(Pirate Times)\n\n" + PARAGRAPH,
            ("piratetimes.net", "text:masthead", "(Pirate Times)"),
        ),
    ],
)
def test_outlet_list_tags_name_the_publisher(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # "Photo of ..." is an image's alt text, not a credit: the title bar
        # after it still names the site.
        (
            "Council debates\n"
            "Photo of Jane DoeJane Doe (North Ward, Example Party) | Oireachtas "
            "source\n\n" + PARAGRAPH,
            ("oireachtas.ie", "text:masthead", "Oireachtas"),
        ),
        # A listing of coverage: "Outlet:" says where a story ran.
        (
            "In the News\n\n"
            + PARAGRAPH
            + "Featured Scientist: Jane Doe\nOutlet: Washington Post\n"
            + "Brief: A talk on rubber plants.",
            None,
        ),
    ],
)
def test_outlet_credit_labels_and_alt_text(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The outlet at work on its own pages: it interviewed someone.
        (
            "Authors in exile\n\nGlobal Voices interviewed three writers about "
            "their books and the cities they left.\n" + PARAGRAPH,
            ("globalvoices.org", "text:self-mention", "Global Voices"),
        ),
        # An outlet's audio desk in the page's last line.
        (
            "Storm closes the coast road\n\n" + PARAGRAPH * 8 + "\nNewswise Audio "
            "Digest\n",
            ("newswise.com", "text:self-mention", "Newswise"),
        ),
    ],
)
def test_outlet_the_page_at_work_and_its_desks(text, expected):
    assert found(text) == expected


HEADLINE = "Navy band plays for sailors in port\n"
OPENING = (
    "The band of the fleet played for sailors and their families on Sunday, "
    "closing a week of visits to ships that had been at sea for most of the "
    "year, the commander said.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # The body's news service on its own line under the writer's name.
        (
            HEADLINE + "By Jane Doe\nDoD News, Defense Media Activity\n" + OPENING,
            ("defense.gov", "text:origin:byline", "DoD News"),
        ),
        # After a comma, an office is the writer's post, not whose copy it is.
        (HEADLINE + "Jane Doe, Department of Defense\n" + OPENING, None),
    ],
)
def test_outlet_byline_under_the_writer(text, expected):
    assert found(text) == expected


RELEASE = (
    "Cocaine found aboard a freighter\n\n"
    "PORTSMOUTH \u2013 U.S. Customs and Border Protection (CBP) officers found "
    "forty pounds of cocaine on a cargo ship on Monday. CBP officers sent the "
    "drugs to a laboratory.\n"
    "A CBP dog alerted the officers to a panel in the engine room.\n"
    "CBP is responsible for {voice} borders at the ports of entry. CBP asks "
    "the public to report smuggling.\n"
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # An agency naming itself on every few lines, speaking once as "our".
        (
            RELEASE.format(voice="securing our"),
            ("cbp.gov", "text:own-voice:dense", "U.S. Customs and Border Protection"),
        ),
        # Without a first person, a story may name the agency as often.
        (RELEASE.format(voice="securing the"), None),
        # "our" inside a quotation is the source's voice, not the page's.
        (
            RELEASE.format(voice="securing the") + "\u201cWe guard our ports.\u201d",
            None,
        ),
        # A long story names the agency less often than once in 40 words.
        (RELEASE.format(voice="securing our") + PARAGRAPH * 6, None),
    ],
)
def test_outlet_dense_own_voice(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text",
    [
        RELEASE.format(voice="securing our"),
        RELEASE.format(voice="securing our").replace("CBP", "CBP\u2019s"),
        RELEASE.format(voice="securing the"),
        RELEASE.format(voice="securing our") + PARAGRAPH * 6,
    ],
)
def test_outlet_dense_voice_word_count_skips_only_sparse_pages(text):
    table = builtin_table()
    words = tokenize(text).lowers
    full = dense_voice(table, text)
    assert dense_voice(table, text, words, body_words(table)) == full


FLAT = (
    "Rangers found the missing hiker on Wednesday near the lake, tired but "
    "unhurt, after a helicopter crew spotted his tracks in the snow above the "
    "pass and a ground team walked him out."
)


@pytest.mark.parametrize(
    "text, expected",
    [
        # A page flattened into one line keeps its masthead in capitals.
        (
            "NATIONAL PARK SERVICE MORNING REPORT Friday, May 6 " + FLAT,
            ("nps.gov", "text:masthead", "NATIONAL PARK SERVICE"),
        ),
        # A dateline in capitals is no masthead: the wire's credit stands.
        (
            "NEW YORK (AP) \u2014 " + FLAT,
            ("apnews.com", "text:origin:dateline", "AP"),
        ),
        # A headline in capitals that runs on names its subject.
        ("NATIONAL PARK SERVICE TO CLOSE THREE TRAILS AFTER STORM " + FLAT, None),
        # The name alone in capitals, with no label after it.
        ("NATIONAL PARK SERVICE Rangers said on Friday that " + FLAT, None),
    ],
)
def test_outlet_flattened_page_masthead_in_capitals(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # The body most named is the workplace of an official the release
        # quotes beside its issuer, not the issuer.
        (
            "Press Release\n\nThe Mayor and National Park Service Director Jo Lee "
            "Open a New Trail\n\nThe mayor today opened the trail, joined by "
            "National Park Service Director Jo Lee and National Park Service "
            "Deputy Director Sam Cole.\nThe trail runs along the river.\n",
            None,
        ),
        # The body at work in its own release still issues it.
        (
            "Press Release\n\nThe National Park Service today opened a new trail. "
            "The National Park Service Director Jo Lee cut the ribbon.\n"
            "The National Park Service will keep it open all year, and the "
            "National Park Service asks walkers to keep to the path.\n",
            ("nps.gov", "text:release", "National Park Service"),
        ),
    ],
)
def test_outlet_release_issuer_is_not_an_officials_workplace(text, expected):
    assert found(text) == expected


def test_outlet_registry_knows_an_agencys_other_domain():
    # The agency is reported under its long-standing .com domain; its .ir
    # domain and the English edition's host map to the same row.
    for host in ("english.farsnews.com", "farsnews.ir", "en.farsnews.ir"):
        entry = builtin_table().by_domain(host)
        assert entry is not None and entry.domain == "farsnews.com"
