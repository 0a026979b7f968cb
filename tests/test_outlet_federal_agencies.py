"""The outlet annotator names federal agencies the .gov list added, and only as
publishers of their own pages, not of stories that mention them."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet import OutletAnnotator
from reliability.document import Document
from reliability.segment import split_sentences


def publisher(text: str) -> str | None:
    doc = Document(text=text, segments=split_sentences(text))
    found = [f for f in OutletAnnotator().annotate(doc) if not f.cited]
    return found[0].domain if found else None


@pytest.mark.parametrize(
    "text, expected",
    [
        (
            "Federal Deposit Insurance Corporation\nPress Release\n\n"
            "Deposit Insurance Fund Grows\n\nWASHINGTON - The fund grew this"
            " quarter as fewer banks failed, officials said on Monday.\n",
            "fdic.gov",
        ),
        (
            "U.S. Office of Personnel Management\nNews\n\nNew Leave Rules\n\n"
            "Federal workers will get more paid leave next year, the office"
            " announced on Friday.\n",
            "opm.gov",
        ),
        (
            "Banks posted higher profits this quarter, the Federal Deposit"
            " Insurance Corporation said on Tuesday, as lenders set aside less"
            " money for bad loans.\n",
            None,
        ),
        (
            "The National Labor Relations Board ruled against the company on"
            " Friday, and the union said it would press for a new vote.\n",
            None,
        ),
    ],
)
def test_outlet_federal_agency_masthead_not_mention(text, expected):
    assert publisher(text) == expected
