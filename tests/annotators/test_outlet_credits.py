"""The outlet annotator: bylines, sign-offs and names a page writes its outlet in."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet import (
    byline_credit,
    republished_from,
)
from reliability.outlets import builtin_table
from reliability.outlets.sites import site_index
from tests.outlet_helpers import STORY, found

HEAD = "Bridge to close for the winter\n\n"


@pytest.mark.parametrize(
    "text, expected",
    [
        # A byline "By" does not open, under the headline.
        (
            HEAD + "Jo Cole, CNN\n\n" + STORY,
            ("cnn.com", "text:origin:byline", "CNN"),
        ),
        (
            HEAD + "Written by Jo Cole, The Guardian\n\n" + STORY,
            ("theguardian.com", "text:origin:byline", "Guardian"),
        ),
        # The writer on one line, the outlet and the writer's place on the next.
        (
            HEAD + "Jo Cole\nBBC News, Leeds\n\n" + STORY,
            ("bbc.co.uk", "text:origin:byline", "BBC News"),
        ),
        # A headline in title case is no byline.
        ("New Year, New People, Same Roads\n\n" + STORY, None),
        # A person's office is not whose copy it is.
        (HEAD + "Jo Cole, Department of Energy\n\n" + STORY, None),
    ],
)
def test_outlet_byline_without_by(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            HEAD + "Denver Post Staff Report\n\n" + STORY,
            ("denverpost.com", "text:origin:byline", "Denver Post"),
        ),
        (
            HEAD + "by Politico staff, March 4, 2025\n\n" + STORY,
            ("politico.com", "text:origin:byline", "Politico"),
        ),
    ],
)
def test_outlet_staff_report_lines(text, expected):
    assert found(text) == expected


def test_outlet_staff_inside_a_sentence_is_no_credit_line():
    text = HEAD + STORY + "Politico staff said the bridge was old.\n"
    assert byline_credit(builtin_table(), text) is None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            HEAD + STORY + "\nGet the Denver Post's free morning newsletter.\n",
            ("denverpost.com", "text:promo", "Denver Post"),
        ),
        (
            HEAD + STORY + "\nSign up for The Seattle Times' daily headlines.\n",
            ("seattletimes.com", "text:promo", "Seattle Times"),
        ),
        # A mailing that names no outlet.
        (HEAD + STORY + "\nGet the county's weekly road digest.\n", None),
    ],
)
def test_outlet_newsletter_of_the_site(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An agency's tag closing the last paragraph.
        (
            HEAD + STORY.rstrip() + " (PTI)\n",
            ("ptinews.com", "text:origin:credit", "PTI"),
        ),
        # A body's initials there are no credit.
        (HEAD + STORY.rstrip() + " (CDC)\n", None),
        # A news outlet's name alone on the last line.
        (
            HEAD + STORY + "\nXinhua\n",
            ("news.cn", "text:origin:closing", "Xinhua"),
        ),
        (
            HEAD + STORY + "\nThe Guardian\n",
            ("theguardian.com", "text:origin:closing", "The Guardian"),
        ),
        # An office signing off is left to the publisher's cues.
        (HEAD + STORY + "\nHome Office\n", None),
        # A name inside the last sentence is no sign-off.
        (HEAD + STORY + "\nThe mayor spoke to Xinhua.\n", None),
    ],
)
def test_outlet_closing_credits(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # A dateline whose agency is followed by a colon.
        (
            "New Delhi [India], March 3 (ANI): " + STORY,
            ("aninews.in", "text:origin:dateline", "ANI"),
        ),
        # A source credit with the date glued after it.
        (
            "Source: Global Times Published: Mar 03, 2025 10:00 PM\n\n" + STORY,
            ("globaltimes.cn", "text:origin:source", "Global Times"),
        ),
        # A writer's mailbox in a line asking readers to get in touch.
        (
            HEAD + STORY + "\nHave a story? Get in touch at jo.cole@mirror.co.uk.\n",
            ("mirror.co.uk", "text:origin:contact", "mirror.co.uk"),
        ),
        # Initials in parentheses with a colon and no date or place before.
        ("The plan (ANI): " + STORY, None),
    ],
)
def test_outlet_datelines_sources_and_mailboxes(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        # An acronym names its outlet only in capitals: "Doe" is a surname.
        (HEAD + STORY + "\nReporting by Jane Doe; Editing by Jo Cole\n", None),
        (HEAD + "By Jo Cole, Nos Amis\n\n" + STORY, None),
    ],
)
def test_outlet_acronyms_need_capitals(text, expected):
    assert found(text) == expected


def test_outlet_acronym_names_found_only_in_capitals():
    table = builtin_table()
    text = "Jane Doe said the DOE would pay for the study."
    names = [text[m.start : m.end] for m in table.find_names(text, media_only=False)]
    assert names == ["DOE"]


@pytest.mark.parametrize(
    "name, domain",
    [
        ("Gloucester Daily Times", "gloucestertimes.com"),  # "daily" left out
        ("Alamogordo Daily News", "alamogordonews.com"),
        ("Norfolk & Tillsonburg News", "norfolkandtillsonburgnews.com"),
        ("BillMoyers.com", "billmoyers.com"),  # a name written as its address
        ("WGME - CBS 13", "wgme.com"),  # a call sign opening the name
        ("Lakeside Daily Gazette", None),  # no such news domain
        ("Hill & Dale News", None),
    ],
)
def test_site_index_tries_shorter_spellings_of_a_name(name, domain):
    assert site_index().domain_for_name(name) == domain


@pytest.mark.parametrize(
    "name, domain",
    [
        ("The Salt Lake Tribune", "sltrib.com"),
        ("Frankfurter Allgemeine Zeitung", "faz.net"),
        ("Folha de S.Paulo", "folha.uol.com.br"),
        ("Corriere della Sera", "corriere.it"),
        ("Radar Online", "radaronline.com"),
        ("Tom's Hardware", "tomshardware.com"),
        ("Kathimerini", "ekathimerini.com"),
        ("U.S. Customs and Border Protection", "cbp.gov"),
        ("Houses of the Oireachtas", "oireachtas.ie"),
        ("European Southern Observatory", "eso.org"),
    ],
)
def test_outlet_registry_knows_papers_agencies_and_public_bodies(name, domain):
    entry = builtin_table().by_name(name)
    assert entry is not None and entry.domain == domain


def test_outlet_registry_keeps_member_sites_under_congress():
    # a member's own site is found by its host; "house.gov" alone is Congress
    assert builtin_table().by_domain("house.gov").domain == "congress.gov"


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            HEAD + STORY + "\nArticle and images unedited from the NASA website.\n",
            ("nasa.gov", "text:origin:republished", "NASA"),
        ),
        # A story's reader who prints a page from a body's site is no credit.
        (
            HEAD
            + STORY
            + "\nShe keeps the rules printed from the NASA website in her bag.\n",
            None,
        ),
    ],
)
def test_outlet_copied_from_a_website_needs_a_copy_credit(text, expected):
    got = republished_from(builtin_table(), text)
    if expected is None:
        assert got is None
    else:
        assert got is not None
        assert (got.domain, got.rule, text[got.start : got.end]) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            HEAD + "Jo Cole, for The Independent\n\n" + STORY,
            ("independent.co.uk", "text:origin:byline", "Independent"),
        ),
        (
            HEAD + "Jo Cole, special to The Seattle Times\n\n" + STORY,
            ("seattletimes.com", "text:origin:credit", "Seattle Times"),
        ),
        # The site pointing to its own address: "Read more here at ...".
        (
            HEAD + STORY + "\nRead more here at nola.com.\n",
            ("nola.com", "text:visit", "nola.com"),
        ),
    ],
)
def test_outlet_for_bylines_and_read_more_here(text, expected):
    assert found(text) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            HEAD + STORY + "\n(Source: CGTN)\n",
            ("cgtn.com", "text:origin:source", "CGTN"),
        ),
        # A photo credit closing the page is not the copy's credit.
        (HEAD + STORY + "\n\u00a9 Sputnik\n", None),
    ],
)
def test_outlet_source_in_brackets_and_photo_credit_at_the_end(text, expected):
    assert found(text) == expected


def test_outlet_copyright_of_the_broadcasters_operator():
    text = (
        HEAD
        + STORY
        + "\n\u00a9 Autonomous Nonprofit Organization \u201cTV-Novosti\u201d, "
        + "2005\u20132025. All rights reserved.\n"
    )
    assert found(text) == ("rt.com", "text:copyright", "TV-Novosti")
