"""Lint every packaged data file; adding a file needs no new test code."""

from __future__ import annotations

import pytest

from reliability.resources import data_names, load_lexicon, read_data

LEXICONS = [n for n in data_names("lexicons") if n.endswith((".txt", ".tsv"))]


@pytest.mark.parametrize("relpath", LEXICONS)
def test_lexicon_is_sorted_unique_lowercase_with_header(relpath):
    raw, _ = read_data(relpath)
    lines = raw.decode("utf-8").splitlines()
    assert lines and lines[0].startswith("#"), (
        f"{relpath}: first line must be a # header"
    )
    entries = [
        ln.split("\t")[0] for ln in lines if ln.strip() and not ln.startswith("#")
    ]
    assert entries == sorted(entries), f"{relpath}: entries not sorted"
    assert len(entries) == len(set(entries)), f"{relpath}: duplicate entries"
    assert all(e == e.lower() and e == e.strip() for e in entries), relpath
    name = relpath.split("/")[-1].rsplit(".", 1)[0]
    assert len(load_lexicon(name).entries) == len(entries)


def test_resources_digest_is_stable():
    a = read_data(LEXICONS[0])
    assert a[1] == read_data(LEXICONS[0])[1] and len(a[1]) == 64


def test_resources_classed_lexicon_rejects_unknown_class():
    from enum import StrEnum

    from reliability.errors import ResourceError
    from reliability.resources import load_classed_lexicon

    class Days(StrEnum):  # no "month" and the other classes of the file
        WEEKDAY = "weekday"

    with pytest.raises(ResourceError, match=r"function_words\.tsv:\d+: unknown class"):
        load_classed_lexicon("function_words", Days)


def test_resources_classed_lexicon_lists_every_class_of_an_entry():
    from reliability.words import WordClass, function_words, words_of

    classes = function_words().entries["the"]
    assert WordClass.DEFINITE in classes and WordClass.DETERMINER in classes
    assert "the" in words_of(WordClass.DEFINITE)
    assert "monday" in words_of(WordClass.WEEKDAY)
    assert "monday" not in words_of(WordClass.MONTH)
