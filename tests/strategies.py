"""Hypothesis strategies: arbitrary text and news-like text."""

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
