"""The sentence handler: a dispatch over cue vetoes, cue classes and source finders.

For each cue of a sentence (:func:`~reliability.annotators.attribution.cues.find_cues`):

1. :data:`CUE_VETOES` drop readings that report nothing ("the said
   agreement", "did not say", "asked not to be named");
2. the cue's construction picks a source finder: a preposition
   ("according to"), a passive with its agent ("was confirmed by"), "quoted
   as saying", an evidence verb ("the study shows"), else a verb whose
   source stands before or after it;
3. :data:`SOURCE_VETOES` drop sources that cannot have said it ("a tweet
   says": a noun, not a verb);
4. channels and outlets of the statement follow (judgement call 8).

Then speakers after quotations, sentence-level channels and, in broad mode,
colon and dash cues. Each found attribution is ``(cue_first, cue_last,
source, rule)``; the rule names the construction.

The vetoes live in ``noun_readings``, ``cue_vetoes`` and ``source_vetoes``,
the finders in ``constructions`` and ``verbs``, the noun cues in ``nouns`` and
what the rules of one sentence share in ``context``.
"""

from __future__ import annotations

from collections.abc import Iterator

from reliability.annotators.attribution.broad import broad_marks
from reliability.annotators.attribution.channels import channels_of
from reliability.annotators.attribution.constructions import (
    evidence_sources,
    is_passive,
    judged_by,
    passive_sources,
    preposition_sources,
    quoted_as_source,
    reduced_judgement,
)
from reliability.annotators.attribution.context import (
    _EVIDENCE,
    _NAMED_TYPES,
    _PREP,
    Attribution,
    Context,
)
from reliability.annotators.attribution.cue_vetoes import vetoes_for
from reliability.annotators.attribution.cues import find_cues
from reliability.annotators.attribution.nouns import (
    possessed_claims,
    response_colons,
    stated_positions,
)
from reliability.annotators.attribution.reported_by import reported_by
from reliability.annotators.attribution.sentence import Cue, Sentence, Source
from reliability.annotators.attribution.subjects import post_quote_speech
from reliability.annotators.attribution.verbs import verb_sources
from reliability.schema import SourceType

__all__ = ["remember", "sentence_attributions"]
_QUOTED_AS = frozenset({"quoted as saying", "cited as saying"})


def cue_attributions(c: Context, cue: Cue) -> Iterator[Attribution]:
    """The attributions of one cue that no veto dropped, by construction.

    "according to" -> :func:`preposition_sources`; "was confirmed by" ->
    :func:`passive_sources`; "was quoted as saying" -> :func:`quoted_as_source`;
    "the survey shows" -> :func:`evidence_sources`; else
    :func:`verb_sources`.
    """
    if cue.cls == _PREP:
        return preposition_sources(c, cue)
    if is_passive(c.s, cue):
        return passive_sources(c, cue)
    judge = judged_by(c.s, cue)
    if judge is not None:
        return reduced_judgement(c, cue, judge)
    if (agent := reported_by(c.s, cue)) is not None:
        return reduced_judgement(c, cue, agent)
    if cue.form in _QUOTED_AS:
        return quoted_as_source(c, cue)
    if cue.cls == _EVIDENCE:
        return evidence_sources(c, cue)
    return verb_sources(c, cue)


def sentence_attributions(
    s: Sentence,
    memory: dict[str, SourceType],
    *,
    broad: bool = False,
    after_quote: bool = False,
    stated: bool = True,
) -> Iterator[Attribution]:
    """Yield ``(cue_first, cue_last, source, rule)`` for one sentence.

    ``after_quote``: the sentence starts right after a quotation that ended
    the previous one (``“Stop!” the guard shouted.``). ``stated``: the
    sentence may hold a stated position ("Her view is that"); False skips
    that search when a pass over the document found none in it.
    """
    c = Context(s, memory, broad)
    for cue in find_cues(s):
        # only the vetoes whose form test ``cue.form`` passes: the others
        # return False for it, so the first veto that fires is the same
        for veto in vetoes_for(cue.form):
            if veto(s, cue):
                break
        else:
            yield from cue_attributions(c, cue)
    found = c.found
    for v, src in response_colons(s, memory):
        found.append((v, v, src))
        yield v, v, src, f"response-colon:{s.lows[v]}"
    for v, src in possessed_claims(s, memory):
        if all(f[0] != v for f in found):
            found.append((v, v, src))
            yield v, v, src, f"possessed-claim:{s.lows[v]}"
    for v, src in stated_positions(s, memory) if stated else ():
        if all(f[0] != v for f in found):
            found.append((v, v, src))
            yield v, v, src, f"stated-position:{s.lows[v]}"
    if s.has_quote or after_quote:
        cues = {f[0] for f in found}
        starts = {f[2].a for f in found}
        for v, src in post_quote_speech(s, memory, after_quote):
            if v not in cues and src.a not in starts:
                found.append((v, v, src))
                starts.add(src.a)
                yield v, v, src, f"post-quote:{s.lows[v]}"
    if found:
        yield from channels_of(s, memory, found)
    if broad:
        yield from broad_marks(s, memory, found)


def remember(memory: dict[str, SourceType], s: Sentence, src: Source) -> None:
    """Remember the type of a named source for later mentions ("Roe said")."""
    if src.type in _NAMED_TYPES:
        memory[s.lows[src.b].strip(".")] = src.type
