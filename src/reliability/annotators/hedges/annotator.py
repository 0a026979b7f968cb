"""The hedge annotator: cues from the lexicon, read in their clause.

:class:`HedgeAnnotator` finds the cues of ``hedges.tsv``, vetoes the
readings that do not hedge by their kind (``modals``, ``passives``,
``distancing``, ``beliefs``) and adds the vague-agent report passives
(``agents``). Only the outlet's own voice is marked.
"""

from __future__ import annotations

import heapq
from collections.abc import Iterator

from reliability.annotators.base import LexiconAnnotator
from reliability.annotators.hedges.agents import (
    _VAGUE_AGENT,
    _VAGUE_RULE,
    _group_first,
    _impersonal_start,
    _negated_start,
    _vague_agent_group,
)
from reliability.annotators.hedges.beliefs import (
    _NEGATED_BELIEF,
    _after_word_hedges,
    _first_person_adverb,
    _first_person_negation,
)
from reliability.annotators.hedges.distancing import (
    _called_false,
    _distancing_hedges,
    _likely_hedges,
    _perceived_attribute,
    _possibility_asserted,
    _set_term_kind_hedges,
    _suggest_hedges,
    _unchecked_hedges,
)
from reliability.annotators.hedges.lexicon import KINDS, Context, _be, _context, _words
from reliability.annotators.hedges.modals import _modal_hedges
from reliability.annotators.hedges.passives import (
    _other_reading,
    _report_group,
    _report_hedges,
)
from reliability.annotators.hedges.patterns import _APOSTROPHES, _CONCESSION_REACH
from reliability.annotators.hedges.shapes import (
    _after_colon,
    _bare_participle,
    _clause_before,
    _conceded,
    _contracted_copula,
    _group_start,
    _in_phrase,
    _is_degree,
    _is_question,
    _neighbours,
    _start_of,
    _word_after_next,
    in_single_quotes,
)
from reliability.annotators.speech import dash_answers, introduced_speech
from reliability.document import Document
from reliability.errors import ResourceError
from reliability.findings import Layer, SpanFinding
from reliability.registry import register
from reliability.resources import load_lexicon
from reliability.words import function_words


@register("hedges")
class HedgeAnnotator(LexiconAnnotator):
    """Marks hedging cues in the outlet's own voice (not inside quotations)."""

    name = "hedges"
    version = "24"
    layer = Layer.HEDGES
    lexicon = "hedges"
    skip_quotations = True
    confidence = 0.85

    def __init__(self) -> None:
        super().__init__()
        self.resources = {
            **self.resources,
            "lexicons/function_words": function_words().sha256,
            "lexicons/hedge_context": _context().sha256,
            "lexicons/claim_frames": load_lexicon("claim_frames").sha256,
            "lexicons/reporting_verbs": load_lexicon("reporting_verbs").sha256,
        }
        kinds = {k or "always" for k in self._lexicon.entries.values()}
        if kinds - KINDS:
            raise ResourceError(
                f"hedges.tsv: unknown kind {sorted(kinds - KINDS)[0]!r}"
            )

    def accept(self, doc: Document, start: int, end: int, entry: str) -> bool:
        """Veto the readings of a cue that do not lower certainty."""
        kind = self._lexicon.entries.get(entry) or "always"
        if kind == "first-person" or kind == "court":
            return _after_word_hedges(doc, start, end, entry, kind)
        if kind == "negated":
            return _negated_start(doc, start, end, entry) is not None
        if kind == "impersonal":
            return _impersonal_start(doc, start, end) is not None
        before, nxt, gap = _neighbours(doc, start, end)
        prev = before[-1] if before else None
        if doc.text[start].isupper() and before and kind != "modal":
            if not _after_colon(doc.text, start):
                return False  # a capitalised word inside a sentence: part of a name
        if kind == "always":
            if entry in ("seem", "seems", "seemed") and nxt == "like":
                # "this seems like a fair plan": an opinion softened, not a
                # fact made less certain (annotation notes 77); "it seems
                # like the storm is easing" keeps the hedge.
                return _word_after_next(doc, start, end) not in ("a", "an")
            if entry == "seem" and prev in _words(Context.CONCESSIVE_MODAL):
                # "as odd as it may seem", "while it may seem odd": a
                # concession, not doubt
                if _conceded(_clause_before(doc, start, end, _CONCESSION_REACH)):
                    return False
                return not _is_degree(_clause_before(doc, start, end, 8)[:-1])
            if entry.startswith("possibility"):
                return _possibility_asserted(doc, start, end)
            return True
        if kind == "allegation":
            # "bogus allegations": the outlet asserts the falsity, so there
            # is no distance to mark (annotation notes D21).
            return not _called_false(doc, start, end, entry, prev)
        if kind == "modal":
            return _modal_hedges(doc, start, end, before, nxt, gap, prev)
        if kind == "unchecked":
            return _unchecked_hedges(doc, start, end, nxt, gap)
        if kind == "likely":
            return _likely_hedges(doc, start, end, before, nxt, gap, prev)
        if kind == "passive":
            if before[-1:] == ("be",) and _bare_participle(entry):
                # "could be said to be lucky": the modal is the shortest cue
                # (annotation notes 18), as for the report participles.
                return False
            if prev in _words(Context.PERSONAL_PRONOUN) and _bare_participle(entry):
                return False  # "they said to be careful": the active verb
            if entry.endswith("expected to") and prev == "you":
                return False  # "you are expected to": a duty (as below)
            # "was reported by Reuters": the agent makes it an attribution.
            return nxt != "by" and not _other_reading(doc, end, entry, nxt)
        if kind == "contracted":
            # "It's described as": the copula is inside the pronoun's token.
            if nxt == "by" or _other_reading(doc, end, entry, nxt):
                return False
            if _contracted_copula(before):
                return True
            # "it is now thought (that)": an impersonal report passive.
            return _impersonal_start(doc, start, end) is not None
        if kind == "report":
            return _report_hedges(doc, start, end, entry, before, nxt, gap, prev)
        if kind == "suggest":
            return _suggest_hedges(doc, start, end, prev)
        if kind == "distancing":
            if not _words(Context.NEGATOR).isdisjoint(before):
                return False  # "no group has claimed it": nothing is claimed
            if _called_false(doc, start, end, entry, prev):
                # "falsely claimed", "inaccurate claims": the outlet asserts
                # the falsity, no distance to mark (annotation notes D21).
                return False
            return _distancing_hedges(doc, start, end, entry, before, nxt, gap)
        if kind == "attributive":
            # "an apparent attempt" hedges; "it became apparent" means evident;
            # "heir apparent" is a title; "its apparent magnitude" is a
            # measurement of how a thing looks from here.
            # "was supposed to arrive": a duty or plan, not the attribute.
            attributive = nxt is not None and not gap and nxt != "to"
            linking = _be() | _words(Context.BECOME)
            if nxt in _words(Context.MEASURE_NOUN):
                return False
            if entry == "perceived" and not _perceived_attribute(prev, nxt):
                return False
            return attributive and prev not in linking and prev != "heir"
        if kind == "predicative":
            # "it is possible that", "unknown whether" hedge; "a possible
            # offensive" (judgement call 17), "as soon as possible", "unknown
            # gunmen", "possible to see" do not.
            if entry == "possible" and not _words(Context.NEGATOR).isdisjoint(before):
                # "has never been possible", "is not possible": feasibility
                # denied, which is certain, not doubtful.
                return False
            if nxt in _words(Context.CLAUSE_OPENER):
                return True
            # "it's possible the talks fail": the copula inside "it's".
            copula = prev in _be() or _contracted_copula(before)
            return copula and nxt not in ("to", "for")
        return _set_term_kind_hedges(doc, start, end, kind, before, nxt, gap)

    def annotate(self, doc: Document) -> Iterator[SpanFinding]:
        """Yield hedge cues; a contracted passive starts at its apostrophe."""
        entries = self._lexicon.entries
        # Labelled turns, colon-introduced speech and the answers of an
        # interview whose turns open with a dash are someone else's words
        # (judgement call 14; annotation notes 6, 30).
        speech = introduced_speech(doc) | dash_answers(doc)
        found = super().annotate(doc)
        if _VAGUE_AGENT.search(doc.text) is not None:
            found = heapq.merge(found, self._vague_agent_passives(doc), key=_start_of)
        last_end = -1
        for f in found:
            if f.rule == _VAGUE_RULE and f.start < last_end:
                continue  # a lexicon cue already covers it
            last_end = max(last_end, f.end)
            index = doc.segment_at(f.start)
            if speech and index in speech:
                continue  # someone else's words (judgement call 14)
            if index is not None and _is_question(doc, index):
                continue  # a question asserts nothing to hedge ("is it likely?")
            if in_single_quotes(doc.text, f.start, f.end):
                continue  # "'The pier may close,' she said" (judgement call 14)
            entry = f.rule.rpartition(":")[2]
            kind = entries.get(entry)
            if kind == "first-person":
                # The span takes in the pronoun ("we believe", "I think"),
                # and an adverb after it ("we firmly believe").
                i = doc.token_range(f.start, f.end).start - 1
                if _first_person_adverb(doc, i):
                    i -= 1
                if entry in _NEGATED_BELIEF:
                    i -= _first_person_negation(doc, i)
                f = SpanFinding(
                    f.layer, doc.words.starts[i], f.end, f.rule, f.confidence
                )
            if kind == "report" or (kind == "passive" and _bare_participle(entry)):
                # The whole verb group: "is now expected to", "were also
                # thought to be" (annotation notes 18).
                i = doc.token_range(f.start, f.end).start
                back = _report_group(tuple(doc.words.lowers[max(0, i - 3) : i]))
                if back and doc.segment_at(doc.words.starts[i - back]) == (
                    doc.segment_at(f.start)
                ):
                    k = _group_start(doc, i - back)
                    a, b = doc.words.starts[k], doc.words.ends[k]
                    cut = -1  # "isn't expected to" is marked from "isn't"
                    if _contracted_copula((doc.words.lowers[k],)):
                        cut = max(doc.text.rfind(m, a, b) for m in _APOSTROPHES)
                    f = SpanFinding(
                        f.layer, a if cut < 0 else cut, f.end, f.rule, f.confidence
                    )
                if entry.endswith((" for", " on")):
                    # "is blamed for", "is blamed on": the verb group, not
                    # its preposition.
                    j = doc.token_range(f.start, f.end).stop - 2
                    f = SpanFinding(
                        f.layer, f.start, doc.words.ends[j], f.rule, f.confidence
                    )
                yield f
                continue
            if kind == "after-in":
                # The span starts at "in": "in doubt", "in all likelihood".
                i = doc.token_range(f.start, f.end).start
                back = _in_phrase(tuple(doc.words.lowers[max(0, i - 2) : i]))
                a = doc.words.starts[i - back]
                f = SpanFinding(f.layer, a, f.end, f.rule, f.confidence)
            if kind in ("negated", "contracted", "impersonal"):
                first = _group_first(doc, f.start, f.end, entry, kind)
                if first is not None:
                    # "isn't clear", "It is also believed", "'s feared"
                    yield SpanFinding(f.layer, first, f.end, f.rule, f.confidence)
                    continue
            if entries.get(entry) == "contracted":
                # "It's described as": mark "'s described" (judgement call 16).
                i = doc.token_range(f.start, f.end).start - 1
                a, b = doc.words.starts[i], doc.words.ends[i]
                cut = max(doc.text.rfind(m, a, b) for m in _APOSTROPHES)
                f = SpanFinding(f.layer, cut, f.end, f.rule, f.confidence)
            yield f

    def _vague_agent_passives(self, doc: Document) -> Iterator[SpanFinding]:
        """Report passives whose agent names no one: "is seen by many as".

        "is considered by many to be", "was regarded by some as", "are
        thought by most to", "has been seen by many people as": the passive
        hands its view to an unnamed crowd, as the agentless "is seen as"
        does (annotation notes 17), so the agent does not make it an
        attribution (decision 74 reads a passive whose tellers are named).
        Not "by many experts" or "by some of his rivals" (a group that is
        named), "by some 200 people" (a count), nor after a bare "be" ("could
        be seen by many as": the modal is the cue, annotation notes 18).
        Nor an aside without "be" ("the vote, seen by many as a test,").
        The span is the verb group ("is widely seen", "It is believed").
        """
        for m in _VAGUE_AGENT.finditer(doc.text):
            if doc.in_quotation(m.start(), m.end()):
                continue
            span = _vague_agent_group(doc, m.start(), m.end())
            if span is not None:
                yield SpanFinding(self.layer, *span, _VAGUE_RULE, self.confidence)
