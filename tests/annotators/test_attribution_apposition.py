"""A speaker named at the sentence's start, then described, then speaking:
the name is the source, not the pronoun that opens what was said."""

from __future__ import annotations

import pytest

from tests.attribution_helpers import found


@pytest.mark.parametrize(
    ("text", "source", "source_type"),
    [
        (
            "The main challenger, former Mayor Jane Roe, said she would run again.",
            "The main challenger, former Mayor Jane Roe",
            "named_person",
        ),
        (
            "Jane Roe, who served two terms in the Senate, said she would not run.",
            "Jane Roe",
            "named_person",
        ),
        (
            "Northfield Bank, which lent the money, said it would not seek repayment.",
            "Northfield Bank",
            "named_organization",
        ),
    ],
)
def test_attribution_described_subject_is_the_source(text, source, source_type):
    got = [(s, t) for c, s, t in found(text) if c == "said"]
    assert got == [(source, source_type)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # A pronoun put after the verb at the sentence's end is the speaker.
        ("\u201cWe will rebuild,\u201d said she.", "she"),
        # A pronoun before a preposition is no reported clause's subject.
        ("Jane Roe, the mayor, said it with a smile.", "Jane Roe"),
    ],
)
def test_attribution_pronoun_speaker_is_kept(text, source):
    assert any(s == source for c, s, _ in found(text) if c == "said")
