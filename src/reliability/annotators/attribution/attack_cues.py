"""A verbal attack: "attacked" reports words only with a sign of speech.

"Trump attacked Clinton for her record", "she attacked the plan as a fraud",
"the senator attacked the bill in a speech", "a tweet attacking the mayor",
"attacked “the failed policies”", "attacked the ruling, saying ..." report what
a speaker said, as "criticised" and "blasted ... for" do (annotation notes,
decisions 7 and 31). "Gunmen attacked a checkpoint", "drones attacked the
base on Monday" and the passive "was attacked" report no words.
"""

from __future__ import annotations

from reliability.annotators.attribution.lexicon import BE, POSSESSIVES
from reliability.annotators.attribution.sentence import Cue, Sentence
from reliability.tokens import QUOTES, STOPS

__all__ = ["cue_is_physical_attack"]

#: Forms of "attack" that are cues only with a sign of speech ("attack" and
#: "attacks" are mostly nouns: "the attack", "cross-border attacks").
_ATTACK_FORMS = frozenset(("attacked", "attacking"))
#: Where words are published or spoken: "in a speech", "on Twitter".
_CHANNELS = frozenset(
    (
        "ad",
        "address",
        "ads",
        "article",
        "column",
        "debate",
        "editorial",
        "essay",
        "facebook",
        "interview",
        "letter",
        "message",
        "op-ed",
        "podcast",
        "post",
        "posts",
        "remarks",
        "social",
        "speech",
        "statement",
        "tweet",
        "tweets",
        "twitter",
        "video",
    )
)
#: Participles after a comma that carry the attack's words: ", saying".
_SPEECH_PARTICIPLES = frozenset(
    ("accusing", "arguing", "calling", "claiming", "describing", "saying", "writing")
)
_CLAUSE_OPENERS = frozenset(("and", "but", "while", "which", "who", "whose", "when"))
_CHANNEL_PREPS = frozenset(("in", "on", "during", "via", "through"))
#: How far after the verb a sign of speech may stand.
_REACH = 15


def cue_is_physical_attack(s: Sentence, cue: Cue) -> bool:
    """Whether "attacked" at ``cue`` reports no words: no sign of speech near it.

    Signs of speech: a quotation as the object, "for" with a possessive or
    a gerund ("for her record", "for not paying"), "as" with a judgement
    ("as a fraud"), a speech participle after a comma (", saying"), a
    channel before or after the verb ("in a speech", "on Twitter", "a
    tweet attacking"). A passive ("was attacked") names no speaker.
    """
    if cue.form not in _ATTACK_FORMS:
        return False
    lows = s.lows
    first = cue.first
    if first > 0 and (lows[first - 1] in BE or lows[first - 1] in ("been", "being")):
        return True
    if first > 0 and lows[first - 1] in _CHANNELS:
        return False  # "a tweet attacking the mayor"
    end = min(s.n, cue.last + 1 + _REACH)
    for i in range(cue.last + 1, end):
        w = lows[i]
        if w in STOPS or w == ";":
            break
        nxt = lows[i + 1] if i + 1 < s.n else ""
        if w in QUOTES and i <= cue.last + 2:
            return False  # attacked “the failed policies”
        if w == "for" and (
            nxt in POSSESSIVES or nxt == "not" or (nxt.endswith("ing") and len(nxt) > 5)
        ):
            return False
        if w == "as" and (nxt in ("a", "an") or nxt in QUOTES):
            return False
        if w == "," and nxt in _SPEECH_PARTICIPLES:
            return False
        if w == "," and nxt in _CLAUSE_OPENERS:
            break  # another clause: "attacked the rules, and has called for"
        if w in _CHANNEL_PREPS and channel_within(s, i + 1, 4):
            return False
    return not any(
        lows[i] in _CHANNEL_PREPS and channel_within(s, i + 1, 4)
        for i in range(max(0, first - 12), first)
    )  # "In a speech on Monday, the senator attacked the bill"


def channel_within(s: Sentence, j: int, width: int) -> bool:
    """Whether a channel noun stands within ``width`` words from ``j``."""
    for i in range(j, min(s.n, j + width)):
        w = s.lows[i]
        if w in _CHANNELS:
            return True
        if w in STOPS or w == ",":
            return False
    return False
