"""One sentence hard-wrapped over several lines at a fixed width (e-mail,
plain-text releases, copy from PDF) is one sentence, even where a line
breaks inside a name or before a number."""

from __future__ import annotations

import pytest

from reliability.segment import split_sentences


def _sentences(text: str) -> list[str]:
    return [text[s.start : s.end] for s in split_sentences(text, model=None)]


@pytest.mark.parametrize(
    "lines",
    [
        # A name broken across two lines before the attribution verb.
        [
            "Ann Lee, a spokeswoman for the tenants' group, the Hill",
            "Street Association, said the landlord had not answered",
            "letters sent in March about the broken heating.",
        ],
        # A title and a name broken apart.
        [
            "The complaint was passed on to the police, and Inspector",
            "Mary Walsh told reporters that officers would visit the",
            "estate on Friday to speak to the families who live there.",
        ],
        # A sum of money opening the next line.
        [
            "Engineers who inspected the roof of the old library were told",
            "$40,000 would be needed to repair it, the council said on",
            "Tuesday after a meeting with the insurers and the architect.",
        ],
        # An indented plain-text release, broken before a capitalised place.
        [
            "   Officials said on Tuesday that the port authority's busy",
            "   Eastern Pier would stay closed to ferries until engineers",
            "   had inspected the damage left by the storm at the weekend.",
        ],
        # Broken before an opening quote and a capitalised word.
        [
            "Residents who packed the hall on Monday night called it",
            '"the Green Lane mistake" and a waste of money, a member',
            "of the parish council who attended the meeting said.",
        ],
        # A question of one sentence.
        [
            "Why did the hospital trust approve selling the clinic it runs on",
            "North Road without asking patients, nurses or the doctors who",
            "have worked there for more than twenty years?",
        ],
    ],
)
def test_split_sentences_joins_one_sentence_wrapped_over_lines(
    lines: list[str],
) -> None:
    text = "\n".join(lines) + "\n"
    assert _sentences(text) == [text.strip()]


def test_split_sentences_joins_wrapped_sentence_between_paragraphs() -> None:
    text = (
        "The tenants met on Monday.\n\n"
        "Ann Lee, a spokeswoman for the tenants' group, the Hill\n"
        "Street Association, said the landlord had not answered\n"
        "letters sent in March about the broken heating.\n\n"
        "The landlord could not be reached.\n"
    )
    assert _sentences(text) == [
        "The tenants met on Monday.",
        "Ann Lee, a spokeswoman for the tenants' group, the Hill\n"
        "Street Association, said the landlord had not answered\n"
        "letters sent in March about the broken heating.",
        "The landlord could not be reached.",
    ]


@pytest.mark.parametrize(
    "lines",
    [
        # A headline above sentences written one to a line.
        [
            "City Council Approves New Budget for the Coming Year",
            "The council voted by seven votes to two on Tuesday night.",
            "The mayor said she was pleased with the outcome of the vote.",
        ],
        # A list whose items' first words would fit on the line above.
        [
            "Rail services to the coast are cancelled today",
            "Buses replace trains between towns",
            "Ferries run to the islands as usual.",
        ],
        # Short title-case menu lines.
        ["Home", "News", "Sport", "Weather."],
        # A headline deck of two lines.
        ["Storm Closes Roads Across the North", "Schools Shut as Snow Piles Up."],
        # Lines that each end a sentence.
        [
            "The storm closed roads across the north of the country.",
            "Schools shut in three counties as the snow piled up.",
            "Forecasters expect more snow in the hills on Sunday.",
        ],
    ],
)
def test_split_sentences_keeps_lines_that_are_not_one_wrapped_sentence(
    lines: list[str],
) -> None:
    text = "\n".join(lines) + "\n"
    assert len(_sentences(text)) == len(lines)
