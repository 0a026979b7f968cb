"""Pages that collect other issuers' releases: a digest names no publisher.

A site that reposts press releases runs each under its issuer's credit:
"The press release issued by the Example Office on 3 May.", "By the office
of Senator Jo Cole". One such credit is the copy's issuer; two different
issuers on one page make it a digest of releases, whose own publisher the
text does not show. So does a release portal's counter: "There were 120
press releases posted in the last 24 hours".
"""

from __future__ import annotations

import re

__all__ = ["release_digest"]


# A release portal's counter line: "There were 120 press releases posted in
# the last 24 hours", "There are 3,400 news releases published".
_COUNTER = re.compile(
    r"^[ \t]*There[ \t]+(?:were|are)[ \t]+[\d,]+[ \t]+(?:(?:press|news|media)[ \t]+)?"
    r"(?:releases|statements)[ \t]+(?:posted|published)\b",
    re.M,
)


# A repost's credit sentence: "The press release issued by the Example
# Office on 3 May 2024.", "The statement made by Jo Cole, the Example
# Minister, on 2 January 2025.", "The speech given by Kim Lee on 4 June."
_ISSUED = re.compile(
    r"(?:^|(?<=[.!?][ \t]))[ \t]*The[ \t]+(?:press[ \t]+release|news[ \t]+release|"
    r"statement|speech|release|letter)[ \t]+(?:issued|made|given|published|sent)"
    r"[ \t]+by[ \t]+(?:the[ \t]+)?(?P<name>[A-Z0-9][^\n,.]{1,60}?)"
    r"(?:,[^\n]{0,120}?)?[ \t]+on[ \t]+\d",
    re.M,
)


# A repost's byline of an office: "By the office of Congressman Jo Cole".
_OFFICE_OF = re.compile(
    r"^[ \t]*By[ \t]+the[ \t]+office[ \t]+of[ \t]+(?P<name>[^\n]{3,60}?)[ \t.]*$",
    re.M | re.I,
)


# Words each credit holds: a page with none of a pattern's is not scanned
# for it.
_ISSUED_WORDS = ("issued by", "made by", "given by", "published by", "sent by")


_OFFICE_WORDS = ("office of", "Office of", "OFFICE OF")


_COUNTER_WORDS = ("There were", "There are")


def release_digest(text: str) -> bool:
    """Whether the page collects releases of two or more issuers.

    "The press release issued by the Example Office on 3 May." over one
    story and "The statement made by Jo Cole, the Example Minister, on 4
    May." over the next; "By the office of Senator Jo Cole" and "By the
    office of Congressman Kim Lee"; or a release portal's "There were 120
    press releases posted in the last 24 hours". A page carrying one
    issuer's releases, however many, is that issuer's.
    """
    if any(w in text for w in _COUNTER_WORDS) and _COUNTER.search(text):
        return True
    issuers: set[str] = set()
    for words, pattern in ((_ISSUED_WORDS, _ISSUED), (_OFFICE_WORDS, _OFFICE_OF)):
        if not any(w in text for w in words):
            continue
        for m in pattern.finditer(text):
            issuers.add(_issuer_key(m.group("name")))
            if len(issuers) > 1:
                return True
    return False


def _issuer_key(name: str) -> str:
    """An issuer's name compared across credits: case and spacing folded."""
    return " ".join(name.lower().split())
