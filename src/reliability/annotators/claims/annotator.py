"""The claim annotator: a claim flag and an unsourced flag for every body sentence.

:class:`ClaimAnnotator` reads the document's attributions and quotation
flags, computes the document facts once, finds the sentences whose speaker
another sentence names (``sourcing``), and judges each body sentence
(``verdicts``).
"""

from __future__ import annotations

from collections.abc import Iterator

from reliability.annotators.claims.facts import _document_facts
from reliability.annotators.claims.lexicon import (
    _AS_SAYS,
    _AS_SOURCE,
    _claim_frames,
    _claim_words,
    _evaluative_words,
)
from reliability.annotators.claims.sourcing import (
    _carried_speech,
    _signed_posts,
    _sourced_by_next,
    _states_finding,
)
from reliability.annotators.claims.verdicts import judge_sentence
from reliability.document import Document
from reliability.findings import AttributionFinding, FlagFinding, Layer
from reliability.registry import register
from reliability.resources import load_lexicon
from reliability.schema import SourceType

__all__ = ["ClaimAnnotator"]


@register("claims")
class ClaimAnnotator:
    """Flags claims and unsourced claims sentence by sentence."""

    name = "claims"
    version = "19"
    assigns = frozenset({Layer.CLAIM, Layer.UNSOURCED_CLAIM})
    requires = frozenset({Layer.ATTRIBUTIONS})

    def __init__(self) -> None:
        lexicon = load_lexicon("evaluative")
        frames = load_lexicon("claim_frames")
        self.resources = {
            "lexicons/evaluative": lexicon.sha256,
            "lexicons/claim_frames": frames.sha256,
            "lexicons/claim_words": _claim_words().sha256,
            "lexicons/reporting_verbs": load_lexicon("reporting_verbs").sha256,
        }
        _claim_frames()  # fail at construction on an unknown kind
        self._evaluative = _evaluative_words()

    def annotate(self, doc: Document) -> Iterator[FlagFinding]:
        """Yield a claim flag and an unsourced flag for every body sentence."""
        attributed: set[int | None] = set()
        cues: list[int] = []
        cue_ends: dict[int, int] = {}
        for f in doc.findings_on(Layer.ATTRIBUTIONS):
            if isinstance(f, AttributionFinding):
                attributed.add(doc.segment_at(f.cue_start))
                cues.append(f.cue_start)
                if f.source_type is not SourceType.DOCUMENT:
                    # What a study or report finds is its finding, not a view.
                    cue_ends[f.cue_start] = f.cue_end
        cues.sort()
        quoted = {
            f.sentence
            for f in doc.findings_on(Layer.QUOTED)
            if isinstance(f, FlagFinding) and f.value
        }
        facts = _document_facts(doc)
        carried = _carried_speech(doc, attributed)
        carried.update(
            _sourced_by_next(doc, attributed, quoted | carried.keys(), facts)
        )
        if "(@" in doc.text:  # few texts embed a signed post
            for i, rule in _signed_posts(doc).items():
                carried.setdefault(i, rule)
        for i, seg in doc.content_segments():
            verdict = judge_sentence(
                doc, seg, self._evaluative, cues=cues, cue_ends=cue_ends, facts=facts
            )
            yield FlagFinding(
                Layer.CLAIM, i, verdict.value, verdict.rule, verdict.confidence
            )
            if i in attributed:
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM, i, False, "sourced:attribution", 0.9
                )
            elif i in quoted:
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM, i, False, "sourced:quotation", 0.85
                )
            elif i in carried:
                yield FlagFinding(Layer.UNSOURCED_CLAIM, i, False, carried[i], 0.75)
            elif doc.text.startswith("As ", seg.start) and (
                _AS_SOURCE.match(doc.text, seg.start, seg.end)
                or _AS_SAYS.match(doc.text, seg.start, seg.end)
            ):
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM, i, False, "sourced:as-frame", 0.7
                )
            elif facts.findings and _states_finding(
                facts.lowers, doc.token_range(seg.start, seg.end)
            ):
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM, i, False, "sourced:finding", 0.7
                )
            else:
                # A reporting word the attribution annotator did not take up
                # leaves room for a missed source.
                hint = facts.has_hint(doc.text, seg.start, seg.end)
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM,
                    i,
                    True,
                    "unsourced:no-attribution",
                    0.55 if hint else 0.75,
                )
