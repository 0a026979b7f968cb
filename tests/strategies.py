"""Hypothesis strategies: arbitrary text, news-like text and hostile input.

``hostile_text`` draws from every Unicode general category, lone surrogates
(``Cs``, valid in JSON and Python strings, not in UTF-8) and unassigned code
points included; ``json_scalar`` adds NaN and the infinities, which Python's
``json`` reads and writes; ``path_alias`` names ways an output path can be an
input file in disguise.
"""

from __future__ import annotations

from hypothesis import strategies as st

WORDS = [
    "The",
    "minister",
    "said",
    "told",
    "reporters",
    "according",
    "to",
    "sources",
    "reportedly",
    "may",
    "regime",
    "brutal",
    "\u201c",
    "\u201d",
    '"',
    ".",
    "?",
    "!",
    "\n",
    "\n\n",
    "U.S.",
    "3.5",
    "Mr.",
    "he",
    "claimed",
    "Reuters",
    "Also",
    "read:",
    "militants",
    "fighters",
    ",",
    ":",
    "\u2019",
    "\U0001f600",
    "\x00",
    "\r\n",
]

news_like = st.lists(st.sampled_from(WORDS), max_size=60).map(" ".join)
any_text = st.one_of(st.text(max_size=300), news_like)

#: Every Unicode general category.
CATEGORIES = (
    "Lu Ll Lt Lm Lo Mn Mc Me Nd Nl No Pc Pd Ps Pe Pi Pf Po Sm Sc Sk So "
    "Zs Zl Zp Cc Cf Cs Co Cn"
).split()

#: One character of any category, chosen category first so that rare ones
#: (lone surrogates, line separators, marks) come up as often as letters.
any_category_char = st.sampled_from(CATEGORIES).flatmap(
    lambda c: st.characters(categories=[c])  # type: ignore[list-item]
)
#: Text mixing news-like words with characters of every category.
hostile_text = st.lists(
    st.one_of(st.sampled_from(WORDS), any_category_char), max_size=60
).map("".join)
#: Text as before, plus hostile text.
any_or_hostile_text = st.one_of(any_text, hostile_text)

#: A JSON value Python writes and reads: NaN and the infinities included.
json_scalar = st.one_of(
    st.none(),
    st.booleans(),
    st.integers(),
    st.floats(allow_nan=True, allow_infinity=True),
    hostile_text,
)

#: Ways an output path can name an input (or land in an input folder); the
#: last two do not alias.
PATH_ALIASES = (
    "same path",
    "dotted path",
    "symlink to the input",
    "symlink chain to the input",
    "input is a symlink to the output",
    "hard link",
    "inside the input folder",
    "inside a symlinked input folder",
    "beside the input",
    "in another folder",
)
path_alias = st.sampled_from(PATH_ALIASES)
