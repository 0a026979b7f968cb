"""Punctuation sets and reach limits shared by the hedge rules.

Quotation marks and closers, the marks that open a single-quoted phrase, the
stops and clause breaks that bound a clause window, and how many words a
concession or a clause test looks back.
"""

from __future__ import annotations

import re

_APOSTROPHES = "'\u2019"
_QUOTE_CLOSERS = "\"'\u201d\u2019"
_CLOSERS = _QUOTE_CLOSERS + ")]"
# Single quotation marks, straight and typographic (also apostrophes).
_SINGLE_MARKS = "'\u2018\u2019"
_SINGLE_MARK = re.compile("[" + _SINGLE_MARKS + "]")
# A single mark that may open a quotation: after a space, a bracket or a dash
# (or at the text start), before a letter. _opens() says the same per mark.
_SINGLE_OPENER = re.compile(
    "(?:^|(?<=[\\s(\\[\"\u201c\u2013\u2014-]))['\u2018](?=[^\\W\\d_])"
)
# How far back a quotation in single marks is looked for (characters).
_QUOTE_REACH = 600
# Marks after which a single mark opens a quotation ("(\u2018", "\u2014\u2018").
_SINGLE_OPEN_AFTER = '(["\u201c\u2013\u2014-'
# Marks right after a word that end its clause or sentence.
_STOPS = ".;:!?)"
# Marks between two words that end a clause; a hyphen or apostrophe does not.
_CLAUSE_BREAKS = frozenset(',;:()[]"\u201c\u201d\u2013\u2014!?.')
# How far back a modal's clause is read for "while" or "although" ("while
# the names of the streets in the new district may seem dull").
_CONCESSION_REACH = 12
# How far back a modal's clause is read for a purpose frame ("so that the
# crews from both towns could ...").
_CLAUSE_REACH = 8
