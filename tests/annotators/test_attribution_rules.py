"""Attribution package: tokens, word classes, the syntax seam, vetoes and finders.

Every sentence is general English written for these tests; token ranges are
inclusive ``(first, last)`` indexes into the sentence's grammar tokens.
"""

from __future__ import annotations

import pytest

from reliability.annotators.attribution import (
    HEURISTICS,
    AttributionAnnotator,
    HeadClass,
    VerbClass,
)
from reliability.annotators.attribution.cue_vetoes import CUE_VETOES, vetoes_for
from reliability.annotators.attribution.cues import COMPLEMENTS, find_cues
from reliability.annotators.attribution.lexicon import (
    load_attribution_lexicon,
    sizes_by_opening,
)
from reliability.annotators.attribution.sentence import Sentence, has_inner_stop
from reliability.annotators.attribution.source_vetoes import SOURCE_VETOES
from reliability.annotators.attribution.sources import classify
from reliability.document import Document
from reliability.findings import AttributionFinding
from reliability.schema import SourceType
from reliability.segment import Segment, split_sentences

LEX = load_attribution_lexicon()


def _sentence(text: str) -> Sentence:
    return Sentence(text, 0, len(text), LEX, HEURISTICS)


def _span(s: Sentence, r: tuple[int, int] | None) -> str | None:
    return None if r is None else s.text[s.starts[r[0]] : s.ends[r[1]]]


def test_attribution_lexicon_classes_are_enums():
    assert LEX.verbs["said"] is VerbClass.SPEECH
    assert all(isinstance(c, VerbClass) for c in LEX.verbs.values())
    assert all(isinstance(c, HeadClass) for c in LEX.heads.values())
    # intentions and beliefs are read only in broad mode
    assert VerbClass.INTENT not in set(LEX.verbs.values())
    broad = load_attribution_lexicon(broad=True)
    assert VerbClass.INTENT in set(broad.verbs.values())


def test_attribution_every_verb_class_has_a_complement_test():
    assert set(COMPLEMENTS) == set(VerbClass)


@pytest.mark.parametrize(
    "text, k, expected",
    [
        ("The city's chief inspector said it.", 3, "The city's chief inspector"),
        ("One of the nurses said it.", 3, "One of the nurses"),
        ("She said it.", 0, "She"),
        ("It rained and then said nothing.", 3, None),
    ],
)
def test_attribution_syntax_subject_of(text, k, expected):
    s = _sentence(text)
    assert _span(s, HEURISTICS.subject_of(s, k)) == expected


@pytest.mark.parametrize(
    "text, j, expected",
    [
        ("according to a senior park official today", 2, "a senior park official"),
        ("said Mayor Ann Lee on Friday", 1, "Mayor Ann Lee"),
        ("said quickly and left", 1, None),
    ],
)
def test_attribution_syntax_object_of(text, j, expected):
    s = _sentence(text)
    assert _span(s, HEURISTICS.object_of(s, j, s.n)) == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("a spokesman for the city", "spokesman"),
        ("one of the officials", "officials"),
        ("Bank of Spain", "Spain"),
    ],
)
def test_attribution_syntax_head_of(text, expected):
    s = _sentence(text)
    assert s.words[HEURISTICS.head_of(s, 0, s.n - 1)] == expected


@pytest.mark.parametrize(
    "text, expected",
    [
        ("She pointed out that rents rose.", [("pointed out", VerbClass.PHRASE)]),
        ("He said so and added more.", [("said", "speech"), ("added", "clause")]),
        ("Nothing happened.", []),
        # phrases of two lengths open with "issued the": the longest first
        (
            "The office issued the following statement: we will pay.",
            [("issued the following statement", VerbClass.STATEMENT)],
        ),
        ("The mayor issued the call to arms.", [("issued the call", VerbClass.NOUN)]),
        ("She pointed out", [("pointed out", VerbClass.PHRASE)]),
    ],
)
def test_attribution_find_cues(text, expected):
    cues = [(c.form, c.cls) for c in find_cues(_sentence(text))]
    assert cues == expected


@pytest.mark.parametrize(
    "text, form, veto",
    [
        ("The Daily Reporter Says Hello.", "says", "cue_is_capitalised"),
        ("The said agreement holds.", "said", "cue_follows_determiner"),
        ("News reports said it rained.", "reports", "cue_is_plural_noun"),
        ("A guard asked not to be named.", "asked", "cue_asks_anonymity"),
        ("The clerk did not say why.", "say", "cue_is_negated"),
        ("Workers told to leave went home.", "told", "cue_in_reduced_passive"),
    ],
)
def test_attribution_cue_vetoes_name_the_reading(text, form, veto):
    s = _sentence(text)
    (cue,) = [c for c in find_cues(s) if c.form == form]
    fired = [v.__name__ for v in CUE_VETOES if v(s, cue)]
    assert fired[:1] == [veto]


@pytest.mark.parametrize(
    "text",
    [
        "The court dismissed the appeal on Monday.",
        "She appealed against the ruling.",
        "The team claimed the trophy last year.",
        "The firm recalled 300 cars.",
        "The talks continued into the night.",
        "The country declared a state of emergency.",
        "Officials did not respond to a request for comment.",
        "Media reports included the names of the victims.",
        "He asked about the weather.",
        "The mayor said the road will reopen.",
        "Early reports by the agency say the bridge fell.",
    ],
)
def test_attribution_vetoes_for_a_form_drop_what_the_table_drops(text):
    s = _sentence(text)
    for cue in find_cues(s):
        kept = vetoes_for(cue.form)
        full = [v for v in CUE_VETOES if v(s, cue)]
        assert [v for v in kept if v(s, cue)] == full


def test_attribution_vetoes_for_skips_vetoes_of_other_forms():
    names = {v.__name__ for v in vetoes_for("said")}
    assert "cue_acts_on_a_proceeding" not in names
    assert "cue_is_negated" in names
    assert "cue_acts_on_a_proceeding" in {v.__name__ for v in vetoes_for("dismissed")}


@pytest.mark.parametrize(
    "words, expected",
    [
        (["Lee", "said", "so", "."], False),
        (["Gen", ".", "Lee", "said", "so", "."], True),
        (["Lee", "said", "so", ".", "!"], True),
        (["Lee", "said", "so"], False),
        ([], False),
    ],
)
def test_attribution_has_inner_stop(words, expected):
    assert has_inner_stop(words) is expected


def test_attribution_sizes_by_opening():
    phrases = {
        ("pointed", "out"): VerbClass.PHRASE,
        ("in", "a", "statement"): VerbClass.PREP,
        ("in", "a", "letter", "to"): VerbClass.PREP,
    }
    assert sizes_by_opening(phrases) == {("pointed", "out"): (2,), ("in", "a"): (4, 3)}


def test_attribution_source_vetoes_are_named_functions():
    names = [v.__name__ for v in SOURCE_VETOES]
    assert len(set(names)) == len(names)
    assert all(v.__doc__ for v in SOURCE_VETOES + CUE_VETOES)


@pytest.mark.parametrize(
    "text, a, b, expected",
    [
        ("she", 0, 0, SourceType.PRONOUN),
        ("Mayor Ann Lee", 0, 2, SourceType.NAMED_PERSON),
        ("the report", 0, 1, SourceType.DOCUMENT),
        ("the reports", 0, 1, SourceType.PRONOUN),
        ("a report", 0, 1, SourceType.DOCUMENT),
        ("experts", 0, 0, SourceType.VAGUE),
        ("a senior official", 0, 2, SourceType.ANONYMOUS),
        ("NASA", 0, 0, SourceType.NAMED_ORGANIZATION),
    ],
)
def test_attribution_classify(text, a, b, expected):
    assert classify(_sentence(text), a, b, {})[0] is expected


class _NoPhrases:
    """A syntax that finds no phrase: verbs get no source from it."""

    def subject_of(self, s: Sentence, k: int) -> tuple[int, int] | None:
        return None

    def object_of(self, s: Sentence, j: int, stop: int) -> tuple[int, int] | None:
        return None

    def head_of(self, s: Sentence, a: int, b: int) -> int:
        return b


def _cues(annotator: AttributionAnnotator, text: str) -> list[str]:
    segments = [Segment(s.start, s.end) for s in split_sentences(text)]
    doc = Document(text=text, segments=segments)
    return [
        text[f.cue_start : f.cue_end]
        for f in annotator.annotate(doc)
        if isinstance(f, AttributionFinding)
    ]


def test_attribution_syntax_seam_is_used_by_the_rules():
    # "warned of": not a verb with a clause, whose unknown subject nouns a
    # fallback outside the seam reads (as for "said")
    text = "The harbour inspector warned of delays at the pier."
    assert _cues(AttributionAnnotator(), text) == ["warned"]
    assert _cues(AttributionAnnotator(syntax=_NoPhrases()), text) == []


def test_attribution_every_word_class_has_words():
    from reliability.annotators.attribution.lexicon import (
        AttributionWord,
        Ending,
        VerbForm,
    )
    from reliability.resources import load_classed_lexicon
    from reliability.words import WordClass, words_of

    assert all(words_of(c) for c in WordClass)
    for name, enum in (
        ("verb_forms", VerbForm),
        ("attribution_words", AttributionWord),
        ("word_endings", Ending),
    ):
        lexicon = load_classed_lexicon(name, enum)
        assert all(lexicon.words(c) for c in enum), name


def test_attribution_outlet_precheck_keeps_every_registry_label():
    # the cheap label test before a table search may only rule out phrases
    # that no outlet goes by: every name and alias passes, plain words fail
    from reliability.annotators.attribution.sources import may_name_outlet
    from reliability.outlets import builtin_table

    for entry in builtin_table():
        for label in (entry.name, *entry.aliases):
            assert may_name_outlet(label.lower()), label
    assert not may_name_outlet("the harbour inspector")
    assert not may_name_outlet("officials")
