"""The registered attribution annotator: runs the rules over each body sentence.

See :mod:`reliability.annotators.attribution` for what it marks.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator
from itertools import compress

from reliability.annotators.attribution.broad import headline
from reliability.annotators.attribution.lexicon import (
    STATED_NOUNS,
    load_attribution_lexicon,
)
from reliability.annotators.attribution.quoted import (
    follows_quote,
    is_headline,
    quoted_flags,
)
from reliability.annotators.attribution.rules import remember, sentence_attributions
from reliability.annotators.attribution.sentence import Sentence, source_end
from reliability.annotators.attribution.syntax import HEURISTICS, Syntax
from reliability.document import Document
from reliability.findings import AttributionFinding, FlagFinding, Layer
from reliability.registry import register
from reliability.schema import SourceType
from reliability.tokens import has_glue

__all__ = ["AttributionAnnotator"]

_QUOTE_END_HINT = re.compile('[,!?]["\u201d\u00bb]')
_CHANNEL_RULES = ("channel:", "told-outlet:")
_BROAD_HINT = re.compile("[:\u2015\u2014\u2013]|--")
#: "is that" and its kin, and a stated-position noun shortly before it ("Her
#: view is that"): sentences that none of the trigger words mark.
_STATED_COPULA = re.compile(r" (?:is|was|remains|remained|been) that\b")
_STATED_NOUN_BEFORE = re.compile(
    r"\b(?:" + "|".join(sorted(STATED_NOUNS)) + r")\b[^.!?;]*$"
)

#: Confidence of each construction (the rule's first part).
PATTERN_CONFIDENCE = {
    "subject-verb": 0.9,
    "verb-subject": 0.9,
    "according-to": 0.95,
    "passive-by": 0.9,
    "quoted-as": 0.9,
    "shared-subject": 0.6,
    "evidence": 0.8,
    "told-outlet": 0.85,
    "channel": 0.75,
    "broad": 0.6,
}


@register("attribution")
class AttributionAnnotator:
    """Finds attribution cues with their sources, and quotation continuations.

    Args:
        broad: Also mark PolNeAR-style attributions beyond the guideline
            (colon and dash cues, a second verb of the same speaker,
            intentions and stances), each with a ``broad:`` rule.
        syntax: Where the rules get subjects, objects and heads; the
            word-class heuristics by default.
    """

    name = "attribution"
    version = "21"
    assigns = frozenset({Layer.ATTRIBUTIONS, Layer.QUOTED})
    requires: frozenset[Layer] = frozenset()

    def __init__(self, *, broad: bool = False, syntax: Syntax = HEURISTICS) -> None:
        """Load the vocabulary (cached per mode) and keep the syntax seam."""
        self.broad = broad
        self.lexicon = load_attribution_lexicon(broad=broad)
        self.syntax = syntax
        self.resources = dict(self.lexicon.resources)

    def annotate(self, doc: Document) -> Iterator[AttributionFinding | FlagFinding]:
        """Yield attributions in body sentences, then quotation continuations.

        In "The mayor said the road will reopen." the cue "said" gets the
        source "The mayor" under rule ``subject-verb:said``, typed pronoun:
        a definite description of someone the text names elsewhere.
        """
        text = doc.text
        memory: dict[str, SourceType] = {}
        attributed: set[int] = set()
        words = doc.words
        starts = words.starts
        # the document's words, shared with the other annotators, instead of
        # a pass over each sentence's letters: the start offsets of the words
        # that may begin or stand for a cue, found in one pass
        hits = list(
            compress(starts, map(self.lexicon.triggers.__contains__, words.lowers))
        )
        stated = [] if STATED_NOUNS.isdisjoint(words.lowers) else stated_hints(text)
        if stated:
            hits = sorted(hits + stated)
        for index, seg in doc.content_segments():
            h = bisect_left(hits, seg.start)
            if not (h < len(hits) and hits[h] < seg.end) and not self._worth_parsing(
                text, seg.start, seg.end
            ):
                continue
            s = Sentence(text, seg.start, seg.end, self.lexicon, self.syntax)
            if not s.n:
                continue
            if self.broad and not memory and is_headline(text, seg.start, seg.end):
                headline(s)
            after_quote = follows_quote(text, seg.start)
            # within a cue the speaker comes before the channels it spoke
            # through ("In a statement, Lee said": Lee, then the statement),
            # then several sources of one verb in text order
            k = bisect_left(stated, seg.start) if stated else 0
            found = sorted(
                sentence_attributions(
                    s,
                    memory,
                    broad=self.broad,
                    after_quote=after_quote,
                    stated=k < len(stated) and stated[k] < seg.end,
                ),
                key=lambda f: (f[0], f[3].startswith(_CHANNEL_RULES), f[2].a),
            )
            for first, last, src, rule in found:
                pattern = rule.split(":", 1)[0]
                conf = min(
                    1.0,
                    PATTERN_CONFIDENCE.get(pattern, 0.8) * (0.5 + src.confidence / 2),
                )
                remember(memory, s, src)
                attributed.add(index)
                yield AttributionFinding(
                    s.starts[first],
                    s.ends[last],
                    s.starts[src.a],
                    source_end(s, src.b),
                    src.type,
                    rule,
                    round(conf, 4),
                )
        yield from quoted_flags(doc, attributed)

    def _worth_parsing(self, text: str, start: int, end: int) -> bool:
        """Whether a sentence with none of the trigger words may still hold a cue.

        A cue glued to a name ("saidJones"), a quotation closed by a comma,
        "!" or "?" before its speaker, or a sentence right after such a
        quotation.
        """
        return (
            has_glue(text, start, end)
            or _QUOTE_END_HINT.search(text, start, end) is not None
            or follows_quote(text, start)
            or (self.broad and _BROAD_HINT.search(text, start, end) is not None)
        )


def stated_hints(text: str) -> list[int]:
    """Where a stated position opens ("The union's view is that ..."): offsets.

    A cheap pass over the text for " is that" and its kin, then a search
    back over at most 90 characters of the same sentence for a
    ``stated-noun``; the trigger words, single words, do not cover the pair.
    """
    out = []
    for m in _STATED_COPULA.finditer(text):
        n = _STATED_NOUN_BEFORE.search(text, max(0, m.start() - 90), m.start())
        if n is not None:
            out.append(n.start())
    return out
