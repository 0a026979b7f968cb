"""Short news-style texts written for the tests (not taken from the seeds)."""

from __future__ import annotations

ARTICLE = (
    "City Herald\n"
    "Share on Facebook\n\n"
    "Bridge to reopen after repairs\n\n"
    "The Harbour Bridge will reopen to traffic on Monday, the transport minister "
    "Jane Doe said on Friday. Repairs cost $3.5 million, according to a statement "
    "from the council.\n"
    "\u201cWe are confident the work is done,\u201d she told reporters. \u201cThe "
    "bridge is safe.\u201d\n"
    "Local residents reportedly complained about the brutal noise for months.\n"
    "The bridge was built in 1932.\n"
    "Sign up for our newsletter.\n"
)

TEXTS = [
    ARTICLE,
    "",
    "   \n\t ",
    "One sentence without a stop",
    "Officials said the plan may fail. Critics called it a disaster!",
    "\u201cUnclosed quote, he said. And more text\nNew line.",
    "Emoji \U0001f600 and astral \U0001d49c text; the minister said so.",
    "NUL\x00 in the middle. Control\x07 chars. CRLF line\r\nNext line.",
    "Right-to-left: \u05e9\u05dc\u05d5\u05dd said the envoy. \u200bZero width.",
    "U.S. Gen. Smith arrived Jan. 3 at 5.30 p.m. He said 1,000 troops may follow.",
    "A BOM\ufeff inside. Cafe\u0301 owners said the re\u0301gime was brutal.\r\n"
    "\u202eOfficials\u202c reportedly left. \U0001f1fa\U0001f1f8 flags, she said.",
]
