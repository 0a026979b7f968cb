"""A reduced passive of alleging or reporting that names its agent.

"the fraud alleged by the opposition", "the bodies reported by local media",
"the facts reported in Western media": the noun is what the agent alleged or
reported, so the participle is a cue and the agent its source. A report verb
needs a news medium as agent ("the figures reported by the agency" states a
count, not a claim); an allegation any agent but a pronoun. "claimed by" is
no allegation here: "the seats claimed by the party", "the lives claimed by
the virus" were won or taken.
"""

from __future__ import annotations

from reliability.annotators.attribution.lexicon import BE, HEAD_MEDIA
from reliability.annotators.attribution.sentence import Cue, Sentence, Source
from reliability.annotators.attribution.subjects import right_source
from reliability.schema import SourceType

__all__ = ["reported_by"]

#: Participles whose reduced passive reports what the agent alleged.
_ALLEGED = frozenset({"alleged"})
#: Words between a noun and the participle that keep it a reduced passive.
_ADVERBS = frozenset({"first", "widely", "earlier", "previously", "originally"})


def reported_by(s: Sentence, cue: Cue) -> Source | None:
    """The agent of "the fraud alleged by the opposition" or "the bodies
    reported by local media", or None.

    The participle has no form of "be" before it (that passive is
    :func:`~reliability.annotators.attribution.constructions.passive_sources`'s),
    an allegation takes "by" and any agent but a pronoun, a report "by" or
    "in" and a news medium ("by the media", "in Western media", "by
    Reuters").
    """
    form = cue.form
    if cue.first != cue.last or not (form in _ALLEGED or form == "reported"):
        return None
    lows = s.lows
    k = cue.first - 1
    while k >= 0 and lows[k] in _ADVERBS:
        k -= 1
    if k < 0 or lows[k] in BE or not (lows[k].isalpha() or lows[k] == ","):
        return None  # "was alleged by", or a participle opening the sentence
    nxt = cue.last + 1
    if nxt + 1 >= s.n or lows[nxt] not in ("by", "in"):
        return None
    if form in _ALLEGED and lows[nxt] != "by":
        return None
    agent = right_source(s, nxt + 1, {})
    if agent is None or agent.type == SourceType.PRONOUN and agent.a == agent.b:
        return None
    if form == "reported" and not _is_medium(s, agent):
        return None
    return agent


def _is_medium(s: Sentence, agent: Source) -> bool:
    """A news medium: "local media", "the press", "Reuters", "the newspaper"."""
    head = s.lows[agent.b]
    return (
        agent.type == SourceType.MEDIA_OUTLET
        or head in ("media", "press")
        or s.heads.get(head) == HEAD_MEDIA
    )
