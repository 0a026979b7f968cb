"""Speech quoted in single marks (British, Irish and tabloid style).

"\u2018The bridge will reopen,\u2019 said the mayor. \u2018It cost \u00a33
million.\u2019": the second sentence continues the attributed quotation
(judgement call 22)
although ``reliability.quotes`` reads only double marks, the closing single
mark being also the apostrophe.
"""

from __future__ import annotations

import pytest

from reliability.annotators.speech import single_quotations
from reliability.document import Document
from reliability.segment import split_sentences


def _covered(text: str, said: tuple[str, ...]) -> list[str]:
    """The covered sentences, given the sentences that hold an attribution."""
    doc = Document(text=text, segments=split_sentences(text))
    sentences = [text[s.start : s.end] for s in doc.segments]
    attributed = {sentences.index(s) for s in said}
    return [sentences[i] for i in sorted(single_quotations(doc, attributed))]


SAID_FIRST = (
    "The bridge will reopen in May.\n"
    "\u2018The repairs cost \u00a33 million,\u2019 said council leader Jane Roe."
    " \u2018The bridge now carries lorries again.\u2019\n"
    "\u2018We expect 9,000 cars a day.\u2019\n"
    "The bridge was built in 1890."
)
SAID_LAST = (
    "The bridge will reopen in May.\n"
    "\u2018The repairs cost \u00a33 million. The bridge carries lorries again,\u2019"
    " said council leader Jane Roe.\n"
    "The bridge was built in 1890."
)
STRAIGHT = (
    "The singer left the show on Friday.\n"
    "'I have been on the road for ten years,' she told the paper."
    " 'I need a break. My tour ends in June.'\n"
    "Her first album came out in 2014."
)


@pytest.mark.parametrize(
    "text, said, covered",
    [
        # Quotations after an attributed one, in the same paragraph and the next.
        (
            SAID_FIRST,
            (
                "\u2018The repairs cost \u00a33 million,\u2019 said council leader"
                " Jane Roe.",
            ),
            [
                "\u2018The bridge now carries lorries again.\u2019",
                "\u2018We expect 9,000 cars a day.\u2019",
            ],
        ),
        # The quotation's first sentence, attributed at its end.
        (
            SAID_LAST,
            ("The bridge carries lorries again,\u2019 said council leader Jane Roe.",),
            ["\u2018The repairs cost \u00a33 million."],
        ),
        # Straight single marks opening their sentence, as tabloids print them.
        (
            STRAIGHT,
            ("'I have been on the road for ten years,' she told the paper.",),
            ["'I need a break.", "My tour ends in June.'"],
        ),
    ],
)
def test_speech_single_quotation_continues_an_attributed_one(
    text: str, said: tuple[str, ...], covered: list[str]
) -> None:
    assert _covered(text, said) == covered


@pytest.mark.parametrize(
    "text, said",
    [
        # No sentence of the quotation is attributed, nor one before it.
        ("The council met.\n\u2018The bridge will reopen in May next year.\u2019", ()),
        # A title in single marks opening a sentence after a quoting one.
        (
            "\u2018The fund helps farmers,\u2019 said Jane Roe.\n"
            "\u2018Species at Risk\u2019, a five-year project, will receive"
            " \u00a3500,000.",
            ("\u2018The fund helps farmers,\u2019 said Jane Roe.",),
        ),
        # A plural possessive does not close the quotation early, nor does
        # an apostrophe; the sentence after the closing mark is the outlet's.
        (
            "\u2018The councils\u2019 budgets don\u2019t stretch to it,\u2019 said"
            " Jane Roe.\nThe councils\u2019 budgets fell by a third in 2020.",
            (
                "\u2018The councils\u2019 budgets don\u2019t stretch to it,\u2019 said"
                " Jane Roe.",
            ),
        ),
        # A straight mark eliding a decade opens no quotation.
        (
            "'I grew up on guitar bands,' she said.\n"
            "'90s bands sold millions of records in Britain.",
            ("'I grew up on guitar bands,' she said.",),
        ),
        # A quotation in single marks inside one in double marks.
        (
            "\u201cI thought, \u2018Well, I know how it feels,\u201d she said."
            " Then, in 2016, the club closed for good.",
            ("\u201cI thought, \u2018Well, I know how it feels,\u201d she said.",),
        ),
    ],
)
def test_speech_no_single_quotation_covered(text: str, said: tuple[str, ...]) -> None:
    assert _covered(text, said) == []
