"""Boilerplate flags (ANNOTATION.md, Sentences; judgement calls 2-7).

Found by phrase lists in ``data/lexicons/boilerplate_*`` (navigation, share
buttons, login, cookie and newsletter notices, captions, bylines, "Also
read:") and by the layout of the page: the short lines above the first body
sentence (masthead, headline, alt text), a headline that ends in a full stop
when the paragraph below restates it, short standalone lines between
paragraphs (crossheads, captions, all-capitals section labels such as ``FULL
TEXT.``), wire story codes (``[L1N2AB0XY]``), and the short lines after a
footer opener such as "Related Articles". Short sentences on the first line
that run straight into the body and are not restated by it open the body
("Talk about oversharing."). A related-link teaser glued to the next body
sentence by bad extraction (``... on other sideOn the other hand``) is cut at
the join, before the line is split into sentences, and so are an ad label
left between two sentences (``... storm. Advertisement Repairs ...``) and a
time stamp or share label run into the first one (``Updated 3:14 PM EST The
council ...``).

Modules, imports running one way: ``patterns`` (shared expressions and
limits) and ``lexicon`` (the phrase lists) < ``shapes`` (a line's shape and
the tests read from it alone) < ``piece_rules`` (one piece's rule) <
``headlines`` (headline blocks and crossheads) < ``glued`` (chrome glued to a
sentence, cut before splitting) < ``phrases`` (bylines, bios, captions run to
their credit) < ``body`` (where the body starts) < ``repeats`` (teaser lists,
repeated lines, menus) < ``rules`` (``boilerplate_rules``). ``flanked``
runs last, on the final verdicts (after the model where one ships): a short
sentence with a stop between two flagged sentences is flagged too; then
``siblings``: the other lines of a list whose lines open with the same marker
("\u2022 ") are flagged when most of them are.
"""

from reliability.segment.boilerplate.flanked import flag_flanked
from reliability.segment.boilerplate.glued import (
    cut_glued_heads,
    cut_glued_labels,
    may_hold_inline_label,
)
from reliability.segment.boilerplate.rules import boilerplate_rules
from reliability.segment.boilerplate.shapes import (
    author_bio,
    bare_dateline,
    credit_tail,
    dated_link,
    is_bare_link,
    is_separator,
    reporter_line,
)
from reliability.segment.boilerplate.siblings import flag_siblings

__all__ = [
    "author_bio",
    "bare_dateline",
    "boilerplate_rules",
    "credit_tail",
    "cut_glued_heads",
    "cut_glued_labels",
    "dated_link",
    "flag_flanked",
    "flag_siblings",
    "is_bare_link",
    "is_separator",
    "may_hold_inline_label",
    "reporter_line",
]
