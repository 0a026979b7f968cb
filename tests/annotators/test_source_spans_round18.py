"""Source spans, round 18: the phrase that names the speaker, not a word inside it.

Every case is a sentence written for these tests (not seed, gold or public
text); expected sources are the source texts found for the sentence.
"""

from __future__ import annotations

import pytest

from tests.attribution_helpers import found


def _sources(text: str) -> list[str]:
    """The source text of each attribution found, in order."""
    return [src for _, src, _ in found(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Police in the East Midlands in Britain said a man was arrested.",
            "Police in the East Midlands in Britain",
        ),
        (
            "Firefighters in the Lake District in England said the blaze was out.",
            "Firefighters in the Lake District in England",
        ),
        (
            "The Royal Museum in Oslo has threatened to sue a blogger.",
            "The Royal Museum",
        ),
        (
            "The Royal Museum (RM) in Oslo has threatened to sue a blogger.",
            "The Royal Museum",
        ),
        ("Ann Lee in Paris said the show was over.", "Ann Lee"),
    ],
)
def test_source_span_a_place_after_in_is_not_the_speaker(text, source):
    assert source in _sources(text)


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Officials in southern Italy say a storm flooded three villages.",
            "Officials in southern Italy",
        ),
        (
            "Farmers in northern France said the harvest was poor.",
            "Farmers in northern France",
        ),
    ],
)
def test_source_span_a_role_located_by_one_place_is_kept_whole(text, source):
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ('"We won," said Army Spc. John Smith.', "Army Spc. John Smith"),
        ('"We won," said Cllr. Ann Lee.', "Cllr. Ann Lee"),
        ('"We won," said Maj. Ann Lee.', "Maj. Ann Lee"),
        ("Cllr Ann Lee said the bins would be emptied weekly.", "Cllr Ann Lee"),
        # Titles the sentence splitter lists as abbreviations, of any length.
        ('"We won," said Assoc. Prof. Ann Lee.', "Assoc. Prof. Ann Lee"),
        ('"We won," said Lieut. Ann Lee on Sunday.', "Lieut. Ann Lee"),
    ],
)
def test_source_span_an_abbreviated_title_keeps_the_name_after_its_stop(text, source):
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source", "typ"),
    [
        (
            '"We won," said Army Spc. John Smith.',
            "Army Spc. John Smith",
            "named_person",
        ),
        ('"We won," said Cllr. Ann Lee.', "Cllr. Ann Lee", "named_person"),
    ],
)
def test_source_type_an_abbreviated_title_names_a_person(text, source, typ):
    assert (source, typ) in [(src, t) for _, src, t in found(text)]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Mr Hale told reporter Ann Lee that the plan was dead.", "Mr Hale"),
        (
            "Two senior officers told Senate reporters that the base would close.",
            "Two senior officers",
        ),
        ("Mr Hale told reporters that the plan was dead.", "Mr Hale"),
    ],
)
def test_source_span_journalists_told_without_their_outlet_are_no_channel(text, source):
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "outlet"),
    [
        (
            "Mr Hale told the Daily Star's Seoul correspondent that it was over.",
            "the Daily Star's Seoul correspondent",
        ),
        (
            "Mr Hale told Radio Asia reporter Ann Lee that it was over.",
            "Radio Asia reporter Ann Lee",
        ),
        ("Mr Hale told the Daily Star that it was over.", "the Daily Star"),
    ],
)
def test_source_span_a_named_outlet_told_is_still_a_channel(text, outlet):
    assert (outlet, "media_outlet") in [(src, t) for _, src, t in found(text)]


@pytest.mark.parametrize(
    ("text", "channel"),
    [
        (
            "In its announcement, the league said it had fined the club.",
            "its announcement",
        ),
        (
            "On his social media platform, the senator said the vote was rigged.",
            "his social media platform",
        ),
    ],
)
def test_source_span_an_announcement_or_platform_opening_the_sentence_is_a_document(
    text, channel
):
    assert (channel, "document") in [(src, t) for _, src, t in found(text)]


def test_source_span_an_announcement_as_subject_is_a_document():
    assert found("The announcement said the plant would close.") == [
        ("said", "The announcement", "document")
    ]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "NASA climate scientist Ann Lee said the year was the hottest on record.",
            "NASA climate scientist Ann Lee",
        ),
        (
            '"Sales fell," Acme Group sales director Ann Lee said.',
            "Acme Group sales director Ann Lee",
        ),
        ("Local residents said the road flooded twice.", "Local residents"),
    ],
)
def test_source_span_a_body_named_before_a_role_stays_in_the_phrase(text, source):
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "According to a letter from their lawyers, the firm owes nothing.",
            "a letter from their lawyers",
        ),
        (
            "The toll rose to 40, according to admission records from three hospitals.",
            "admission records from three hospitals",
        ),
        (
            "According to an order issued Tuesday evening by Judge Ann Lee, "
            "the two men will be freed.",
            "an order issued Tuesday evening by Judge Ann Lee",
        ),
        (
            "According to a report from Radio Harbour, the port is closed.",
            "Radio Harbour",
        ),
    ],
)
def test_source_span_a_document_keeps_where_it_comes_from(text, source):
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"We won," said Chief Master Sgt. (retired) John Smith.',
            "Chief Master Sgt. (retired) John Smith",
        ),
        ('"We won," said Maj. (Dr.) John Smith.', "Maj. (Dr.) John Smith"),
        (
            '"Rain is coming," said NASA climate scientist Ann Lee.',
            "NASA climate scientist Ann Lee",
        ),
        ('"Rain is coming," said NASA officials.', "NASA officials"),
    ],
)
def test_source_span_after_the_verb_keeps_title_asides_and_the_body_named_first(
    text, source
):
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Army Sgt. 1st Class John Smith told the crowd that help was near.",
            "Army Sgt. 1st Class John Smith",
        ),
        (
            "Petty Officer 2nd Class Ann Lee said the ship was ready.",
            "Petty Officer 2nd Class Ann Lee",
        ),
    ],
)
def test_source_span_a_rank_with_its_class_stays_with_the_name(text, source):
    assert _sources(text) == [source]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            '"Prices rose," construction statistics manager Ann Lee said.',
            "construction statistics manager Ann Lee",
        ),
        (
            '"Prices rose," business indicators senior manager Ann Lee said.',
            "business indicators senior manager Ann Lee",
        ),
        ('"Prices rose," the construction manager said.', "the construction manager"),
        ("Prices rose as analysts said.", "analysts"),
    ],
)
def test_source_span_a_role_after_a_quotation_keeps_its_modifiers(text, source):
    assert _sources(text) == [source]
