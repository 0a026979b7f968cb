"""The outlet annotator on releases, title bars and the page's pointers to itself."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet import OutletAnnotator
from reliability.document import Document
from reliability.schema import DocumentMeta
from reliability.segment import split_sentences


def publisher(text: str) -> tuple[str, str] | None:
    doc = Document(text=text, segments=split_sentences(text), meta=DocumentMeta())
    found = [f for f in OutletAnnotator().annotate(doc) if not f.cited]
    return (found[0].domain, found[0].rule) if found else None


LEAD = (
    "The {org} today said it would open two new offices next spring, "
    "after a year in which demand for its services grew across the region.\n\n"
)
MIDDLE = (
    "Staff will be hired locally, and the first office will open in March. "
    "The {org} expects to serve about twelve thousand people a year.\n\n"
    "Local councils welcomed the plan and said they would help find sites.\n\n"
    "The {org} has run a similar scheme in the north since last year.\n"
)


def release(org: str, mark: str) -> str:
    return LEAD.format(org=org) + MIDDLE.format(org=org) + mark


@pytest.mark.parametrize(
    "text, expected",
    [
        # A release label, an end mark or a press contact, and one name
        # running through the page from its lead: the issuer.
        (
            "Press Release\n\n" + release("National Park Service", ""),
            ("nps.gov", "text:release"),
        ),
        (
            release("National Park Service", "\n###\n"),
            ("nps.gov", "text:release"),
        ),
        (
            release("National Park Service", "\nMedia contact: Jo Lee, 555-0100\n"),
            ("nps.gov", "text:release"),
        ),
        (
            "REF-2031 \u2013 Announcement\n\n"
            + release("World Health Organization", ""),
            ("who.int", "text:release"),
        ),
        # The issuer's own "today announced" marks the release too.
        (
            "The National Park Service today announced two new offices. "
            + release("National Park Service", ""),
            ("nps.gov", "text:release"),
        ),
        # A press contact line names the issuer.
        (
            "The council said the road would reopen on Monday.\n\n"
            "Contact: Press Office, Environmental Protection Agency, 555-0100\n",
            ("epa.gov", "text:release:contact"),
        ),
        ("The council said the road would reopen.\n\nContact: Jo Lee\n", None),
        # No mark of a release, but the lead names the body as the speaker
        # of its own statement ("The Example Service today said ..."): the
        # body's page.
        (release("National Park Service", ""), ("nps.gov", "text:lead-actor")),
        # Marked, but the name comes up only once or twice.
        (
            "Press Release\n\nThe council today said it would open two offices. "
            "The National Park Service will help.\n\nStaff will be hired locally.\n",
            None,
        ),
    ],
)
def test_outlet_release_issuer(text: str, expected: tuple[str, str] | None) -> None:
    assert publisher(text) == expected


def test_outlet_release_issuer_needs_a_leading_name() -> None:
    # The name that runs through the page must stand in its first third.
    filler = "Staff will be hired locally, and the work starts in March.\n\n" * 8
    text = (
        "News Release\n\n"
        + filler
        + "The National Park Service will help. The National Park Service "
        + "will pay. The National Park Service will staff it.\n"
    )
    assert publisher(text) is None


BODY = "\nThe council said the road would reopen on Monday after repairs.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # The last part of a title bar: the site's name, a section after it.
        (
            "Council plans two new bridges over the river next year "
            "\u2013 Open Knowledge Foundation blog\n" + BODY,
            ("okfn.org", "text:masthead"),
        ),
        (
            "Council plans two new bridges over the river next year | BBC News\n"
            + BODY,
            ("bbc.co.uk", "text:masthead"),
        ),
        # A breadcrumb: the site, a section, the headline.
        (
            "Voice of America \u2013 News \u2013 Council plans two new bridges "
            "over the river\n" + BODY,
            ("voanews.com", "text:masthead"),
        ),
        # A name opening the headline itself, with one bar, is not a breadcrumb.
        (
            "NATO - allies agree to meet again in the spring over the river\n" + BODY,
            None,
        ),
        # A photo credit after the bar is no site.
        (
            "Council plans two new bridges over the river next year "
            "| Reuters/Jane Doe\n" + BODY,
            None,
        ),
    ],
)
def test_outlet_title_bar(text: str, expected: tuple[str, str] | None) -> None:
    assert publisher(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A newscast or release pointing to its own site for more news.
        (
            "The base opened a new gym on Friday.\n\n"
            "That's all for today; for more news from the fleet go to navy.mil.\n",
            ("navy.mil", "text:visit"),
        ),
        (
            "The base opened a new gym on Friday.\n\n"
            "For more stories like this one, visit examplecitynews.com.\n",
            ("examplecitynews.com", "text:visit"),
        ),
        # A form's placeholder address names no publisher.
        ("Your e-mail (e.g. yourname@email.com)\n" + BODY, None),
    ],
)
def test_outlet_site_pointer(text: str, expected: tuple[str, str] | None) -> None:
    assert publisher(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A newsroom's feed or page title near the top.
        (
            "Channel: Recent Updates for National Park Service Digital Newsroom\n"
            + BODY,
            ("nps.gov", "text:newsroom-title"),
        ),
        # A name opening the line with its section is the masthead's.
        (
            "Environmental Protection Agency Press Releases\n" + BODY,
            ("epa.gov", "text:masthead"),
        ),
        (
            "Latest from the Environmental Protection Agency Newsroom\n" + BODY,
            ("epa.gov", "text:newsroom-title"),
        ),
        # The name must stand right before the newsroom's word.
        ("Environmental Protection Agency and the city newsroom\n" + BODY, None),
    ],
)
def test_outlet_newsroom_title(text: str, expected: tuple[str, str] | None) -> None:
    assert publisher(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A logo's words run together, each with its capital.
        ("VoiceOfAmerica\n" + BODY, ("voanews.com", "text:masthead")),
        ("PressReleases\n" + BODY, None),
        # A service's own press agency over its story.
        (
            "By Jane Doe\nAmerican Forces Press Service\n" + BODY,
            ("defense.gov", "text:masthead"),
        ),
        ("Army News Service\n" + BODY, ("army.mil", "text:masthead")),
    ],
)
def test_outlet_logo_and_service_press(
    text: str, expected: tuple[str, str] | None
) -> None:
    assert publisher(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A newspaper's title alone at the top, its address a news domain.
        ("The Aspen Times\n" + BODY, ("aspentimes.com", "text:masthead:name")),
        # Chrome and headlines are no title, even ending with a title's word.
        ("Latest News\n" + BODY, None),
        ("Top Stories Times\n" + BODY, None),
        ("Times\n" + BODY, None),
    ],
)
def test_outlet_unlisted_newspaper_title(
    text: str, expected: tuple[str, str] | None
) -> None:
    assert publisher(text) == expected


def test_outlet_table_title_words() -> None:
    from reliability.outlets import builtin_table

    table = builtin_table()
    assert table.ends_title("Times") and table.ends_title("Herald")
    assert not table.ends_title("minister")


STORY = "The council said the road would reopen on Monday after repairs.\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # An agency writer's credit, with the place the writer filed from.
        (
            STORY + "\nAssociated Press writer Jane Doe in Paris contributed "
            "to this report.\n",
            ("apnews.com", "text:origin:credit"),
        ),
        (
            STORY + "\nAssociated Press writers Jane Doe and John Roe contributed.\n",
            ("apnews.com", "text:origin:credit"),
        ),
        # A partner's credit: whom the piece was written for.
        (
            STORY + "\nThis article was written by Jane Doe for The Texas Tribune.\n",
            ("texastribune.org", "text:origin:republished"),
        ),
        # A news agency's dateline with a comma.
        ("Oslo, Anadolu Agency - " + STORY, ("aa.com.tr", "text:origin:dateline")),
        ("Oslo, Norway - " + STORY, None),
        ("Oslo, The Guardian - " + STORY, None),  # only a news agency signs so
    ],
)
def test_outlet_wire_credits(text: str, expected: tuple[str, str] | None) -> None:
    assert publisher(text) == expected


def test_outlet_bracketed_photo_credit_is_no_masthead() -> None:
    # A picture's credit names its source, not the page's publisher.
    assert publisher(STORY + "(Photo Credit: U.S. Army)\n") is None
    assert publisher("U.S. Army\n\n" + STORY) == ("army.mil", "text:masthead")
