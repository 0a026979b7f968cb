"""An identification with its object and "as": "the study identified smoking as
the main risk".

"identify ... as" reports a finding or an identification (annotation notes,
decision 33: research verbs "identified ... as"), and its object may be a list
("identified heart disease, stroke and cancer as the leading causes") or carry
a short prepositional phrase ("identified voters' fatigue with the campaign as
a reason"). "identifies as a Democrat" (no object) and "identified himself as
a police officer" (a reflexive object) describe the subject, and report no one's
finding.
"""

from __future__ import annotations

from reliability.annotators.attribution.lexicon import REFLEXIVE, STRICT_AUX, WH
from reliability.annotators.attribution.sentence import Cue, Sentence
from reliability.tokens import QUOTES, STOPS

__all__ = ["IDENTIFY_FORMS", "identified_as"]

#: Forms of "identify" whose "as" names what the object was found to be.
IDENTIFY_FORMS = frozenset({"identified", "identifies", "identify", "identifying"})
#: Words after "as" that make it no frame: "as well as", "as part of".
_NOT_FRAME = frozenset(
    {"well", "part", "soon", "long", "much", "many", "far", "if", "though"}
)
#: How far after the verb "as" may come.
_REACH = 14


def identified_as(s: Sentence, cue: Cue) -> bool:
    """Whether "as" follows the object of a form of "identify" in its clause.

    The object runs from the verb to "as": plain words, names, possessives,
    commas and "and" / "or" of a list, and prepositions; a stop, colon,
    quotation, verb, auxiliary or question word ends it first. Not "as"
    right after the verb nor a reflexive object.
    """
    lows = s.lows
    j = cue.last + 1
    if j >= s.n or lows[j] == "as" or lows[j] in REFLEXIVE:
        return False
    for p in range(j, min(s.n - 1, j + _REACH)):
        w = lows[p]
        if w == "as":
            nxt = lows[p + 1]
            result = nxt == "a" and p + 2 < s.n and lows[p + 2] == "result"
            return lows[p - 1] not in (",", "and", "or") and not (
                nxt in _NOT_FRAME or result
            )
        if w in STOPS or w in QUOTES or w in (":", ";") or w in WH:
            return False
        if w in STRICT_AUX or w in s.verbs:
            return False
    return False
