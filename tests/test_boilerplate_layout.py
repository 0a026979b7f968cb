"""The boilerplate model's layout words: what they say, and how a model reads them."""

from __future__ import annotations

import math
from collections import Counter

import pytest

from reliability.errors import ResourceError
from reliability.models import (
    LAYOUT_SEPARATOR,
    FeaturizerSettings,
    SentenceModel,
    sentence_terms,
)
from reliability.segment import split_sentences
from reliability.segment.learned import LAYOUT_WORDS, layout_words, mark_with_model
from reliability.segment.sentences import Piece


def _spans(text: str, sentences: list[str]) -> list[tuple[int, int]]:
    out, at = [], 0
    for s in sentences:
        a = text.index(s, at)
        out.append((a, a + len(s)))
        at = a + len(s)
    return out


_BODY = (
    "The county council approved the new budget on Tuesday after a long debate. "
    "Members said the plan would keep every library open for two more years. "
    "The vote was seven to four, with one member abstaining from it. "
    "A second vote on bus routes is expected later this month, officials said."
)


def _page(*top: str, bottom: tuple[str, ...] = ()) -> tuple[str, list[str]]:
    lines = [*top, _BODY, *bottom]
    sentences = [*top, *(s + "." for s in _BODY[:-1].split(". ")), *bottom]
    return "\n".join(lines), sentences


@pytest.mark.parametrize(
    "top, bottom, which, has, lacks",
    [
        # A menu line at the top: no stop, title-case, a pipe, alone on its line.
        (
            ("World | Business | Sport | Weather",),
            (),
            0,
            {"__nostop__", "__titlecase__", "__pipe__", "__line__", "__top_tenth__"},
            {"__bottom_tenth__", "__date__"},
        ),
        # A dateline with a time: digits, a date and a time.
        (
            ("Published 14 March 2024, 09:30 GMT",),
            (),
            0,
            {"__digits__", "__date__", "__time__", "__nostop__"},
            {"__pipe__"},
        ),
        (
            ("Updated Tuesday 3 June at 4pm",),
            (),
            0,
            {"__date__", "__time__"},
            set(),
        ),
        (
            ("Posted 12/05/2023 by the newsroom team",),
            (),
            0,
            {"__date__"},
            {"__time__"},
        ),
        # A bulleted teaser list at the foot of the page.
        (
            (),
            ("\u2022 Flood Warnings Issued Across The Region", "Read More Stories"),
            -2,
            {"__bullet__", "__bottom_tenth__", "__titlecase__", "__short_next__"},
            {"__top_tenth__"},
        ),
        # Capitals: a section label.
        (
            ("MORE FROM OUR REPORTERS",),
            (),
            0,
            {"__allcaps__", "__nostop__"},
            {"__titlecase__"},
        ),
        # A prose sentence of the body is none of these.
        (
            ("Breaking News Today",),
            (),
            2,
            set(),
            {
                "__nostop__",
                "__titlecase__",
                "__line__",
                "__pipe__",
                "__bullet__",
                "__date__",
                "__top_tenth__",
                "__bottom_tenth__",
                "__allcaps__",
            },
        ),
    ],
)
def test_layout_words_table(top, bottom, which, has, lacks):
    text, sentences = _page(*top, bottom=bottom)
    spans = _spans(text, sentences)
    i = which % len(spans)
    got = layout_words(text, spans, i, [None] * len(spans))
    assert has <= set(got)
    assert not lacks & set(got)
    assert set(got) <= set(LAYOUT_WORDS)
    assert len(got) == len(set(got))


@pytest.mark.parametrize(
    "verdicts, expected",
    [
        ([None, None, None], set()),
        (["boilerplate:menu", None, None], {"__prev_bp__"}),
        ([None, None, "boilerplate:footer"], {"__next_bp__"}),
        (
            ["boilerplate:menu", None, "boilerplate:footer"],
            {"__prev_bp__", "__next_bp__"},
        ),
    ],
)
def test_layout_words_read_the_neighbours_verdicts(verdicts, expected):
    text = "Sign in to your account\nOur Latest Podcast Episodes\nFollow us online"
    spans = _spans(text, text.split("\n"))
    got = set(layout_words(text, spans, 1, verdicts))
    assert got & {"__prev_bp__", "__next_bp__"} == expected
    assert "__short_neighbours__" in got


def _layout_model(**terms: float) -> SentenceModel:
    return SentenceModel.from_json(
        {
            "format": "reliability.sentence-model",
            "format_version": 1,
            "name": "boilerplate",
            "version": "1",
            "task": "boilerplate",
            "featurizer": {"word_ngrams": 2, "char_ngrams": [0, 0], "layout": True},
            "terms": {
                "w:more": [2.0, 1.0],
                "w:stories": [2.0, 1.0],
                "w:council": [2.0, -2.0],
                **{f"l:{k}": [1.5, v] for k, v in terms.items()},
            },
            "intercept": -1.0,
            "threshold": 0.5,
            "training": {"sklearn_version": "1.9.1", "data_sha256": "0" * 64},
            "reference": [],
        }
    )


def test_featurizer_without_layout_key_reads_no_layout():
    settings = FeaturizerSettings.from_json(
        {"word_ngrams": 2, "char_ngrams": [0, 0]}, "file"
    )
    assert settings.layout is False
    assert "layout" not in settings.to_json()
    assert FeaturizerSettings(layout=True).to_json()["layout"] is True


def test_featurizer_layout_must_be_a_boolean():
    with pytest.raises(ResourceError, match="layout"):
        FeaturizerSettings.from_json(
            {"word_ngrams": 2, "char_ngrams": [0, 0], "layout": "yes"}, "file"
        )


@pytest.mark.parametrize(
    "text, settings, expected",
    [
        (
            "More stories" + LAYOUT_SEPARATOR + "__nostop__ __line__",
            FeaturizerSettings(word_ngrams=1, layout=True),
            ["w:more", "w:stories", "l:__nostop__", "l:__line__"],
        ),
        # A words-only featurizer never splits the text off its layout words.
        (
            "Ab",
            FeaturizerSettings(word_ngrams=1),
            ["w:ab"],
        ),
        (
            "Ab" + LAYOUT_SEPARATOR,
            FeaturizerSettings(word_ngrams=1, layout=True),
            ["w:ab"],
        ),
    ],
)
def test_sentence_terms_with_layout(text, settings, expected):
    assert sentence_terms(text, settings) == expected


@pytest.mark.parametrize(
    "text",
    [
        "More stories" + LAYOUT_SEPARATOR + "__nostop__ __line__",
        "More more stories" + LAYOUT_SEPARATOR + "__nostop__",
        "The council met" + LAYOUT_SEPARATOR,
        "More stories",
        "",
    ],
)
def test_layout_model_fast_path_adds_terms_as_sentence_terms_does(text):
    model = _layout_model(__nostop__=2.0, __line__=1.0)
    weights = model.terms
    dot = sq = 0.0
    for term, c in Counter(sentence_terms(text, model.featurizer)).items():
        if term in weights:
            i, coef = weights[term]
            x = (1.0 + math.log(c)) * i
            dot += x * coef
            sq += x * x
    expected = model.intercept if sq == 0.0 else dot / math.sqrt(sq) + model.intercept
    assert model.decision(text) == expected


def test_layout_words_raise_a_layout_models_probability():
    model = _layout_model(__nostop__=3.0)
    plain = model.probability("More stories")
    assert model.probability("More stories" + LAYOUT_SEPARATOR + "__nostop__") > plain


def test_mark_with_model_passes_layout_words_to_a_layout_model():
    seen: list[str] = []

    class Recorder:
        featurizer = FeaturizerSettings(layout=True)

        def probability(self, s: str) -> float:
            seen.append(s)
            return 0.9 if "__nostop__" in s else 0.1

    text = "Latest Stories From Our Team\n" + _BODY
    pieces = [Piece(0, 28, 0, True)]
    at = 29
    for s in _BODY[:-1].split(". "):
        pieces.append(Piece(at, at + len(s) + 1, 1, False))
        at += len(s) + 2
    got = mark_with_model(text, pieces, [None] * len(pieces), Recorder(), cut=0.5)
    assert got[0] == "boilerplate:model"
    assert got[1:] == [None] * (len(pieces) - 1)
    assert all(LAYOUT_SEPARATOR in s for s in seen)
    assert seen[0].startswith("Latest Stories From Our Team" + LAYOUT_SEPARATOR)


def test_a_words_only_model_sees_no_layout_words():
    seen: list[str] = []

    class Words:
        featurizer = FeaturizerSettings()

        def probability(self, s: str) -> float:
            seen.append(s)
            return 0.0

    text = "Latest Stories From Our Team\n" + _BODY
    pieces = [Piece(0, 28, 0, True), Piece(29, 29 + len(_BODY), 1, True)]
    mark_with_model(text, pieces, [None, None], Words(), cut=0.5)
    assert seen == ["Latest Stories From Our Team"]


def test_shipped_segmenter_still_splits_a_plain_page():
    text = "Home | World | Sport\n" + _BODY
    segments = split_sentences(text)
    assert segments[0].boilerplate
    assert not any(s.boilerplate for s in segments[1:])
