"""Claims: a page's note on the language its text was first written in and
on the licence of the text itself; a tribute's praise and a denial's verdict.

Each case is a sentence of our own, judged by the claim rules alone (one
body sentence).
"""

from __future__ import annotations

import pytest

from tests.claim_helpers import rule_claim as _claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # The language of the original: a note on the page, no claim.
        ("The original text is in Italian.", False),
        ("The original article is in Spanish.", False),
        ("The original Korean version was published in Korean.", False),
        ("This interview was conducted in French.", False),
        ("The statement was originally written in Arabic.", False),
        ("This article was originally published in Portuguese.", False),
        ("Translated from the Russian by Ann Bell.", False),
        ("This piece has been translated from Ukrainian.", False),
        # A place, a journal or a book's language told as news: claims.
        ("The speech was delivered in Munich on Tuesday.", True),
        ("The original report was published in Nature in 2019.", True),
        ("The novel was written in German by a refugee in 1941.", True),
        ("Original documents were found in a cellar in Lviv.", True),
        ("The ministry translated the treaty into English last year.", True),
    ],
)
def test_claims_text_language_note(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # The licence of this text or recording: a note on the page.
        (
            "This podcast is published under a Creative Commons Attribution licence.",
            False,
        ),
        ("The text of this article is released into the public domain.", False),
        ("All content on this site is licensed under CC BY-SA 4.0.", False),
        (
            "All content created after that date is available under a Creative "
            "Commons licence.",
            False,
        ),
        (
            "This text is also available under the GNU Free Documentation License.",
            False,
        ),
        ("This photo is licensed under Creative Commons.", False),
        # A licence reported as news about someone's work: claims.
        (
            "The agency said on Monday that its images are now released under "
            "a Creative Commons licence.",
            True,
        ),
        (
            "In 2019 the newspaper licensed 100 of its articles under CC BY 4.0.",
            True,
        ),
        ("The museum released 4,000 images into the public domain in May.", True),
        ("The court ruled the licence invalid in 2021.", True),
    ],
)
def test_claims_text_licence_note(text: str, claim: bool) -> None:
    assert _claim(text) is claim


@pytest.mark.parametrize(
    "text, claim",
    [
        # A tribute's praise or a denial's verdict as the main predicate.
        ("Maria was a kind neighbour and a fearless pilot.", False),
        ("She is a true hero to everyone in this town.", False),
        ("He was an inspiration to a generation of young engineers.", False),
        ("Her commitment to the town was unwavering.", False),
        ("His contribution to the sport is irreplaceable.", False),
        ("These allegations are completely unfounded.", False),
        ("Such articles are purely groundless and serve only to mislead.", False),
        ("The coach was a tireless and selfless leader.", False),
        # With an event, a number or a date, the sentence tells news.
        ("He was named a hero of the republic in 1995.", True),
        ("The court found the charges unfounded and dropped them on Monday.", True),
        ("The gentleman was arrested at the station on Friday.", True),
        ("The 82-year-old trailblazer died in hospital on Tuesday.", True),
    ],
)
def test_claims_praise_and_denial_predicates(text: str, claim: bool) -> None:
    assert _claim(text) is claim
