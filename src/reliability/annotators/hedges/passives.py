"""Report passives ("is expected to", "is widely seen as").

An agentless report passive hedges; a reduced relative ("a ruling expected
on Friday"), a passive coordinated with an earlier one and a passive that
opens an aside after a dash or comma do too. Other readings of the
participle (a schedule, a named document, "than expected") are vetoed.
"""

from __future__ import annotations

from reliability.annotators.hedges.lexicon import (
    Context,
    _be_forms,
    _be_participles,
    _grammar_words,
    _words,
)
from reliability.annotators.hedges.patterns import _CLAUSE_REACH
from reliability.annotators.hedges.shapes import (
    _clause_after,
    _clause_before,
    _compared,
    _contracted_copula,
    _is_determiner,
    _negated_be,
    _opens_sentence,
    _stop_after,
    _word_after_next,
)
from reliability.document import Document
from reliability.words import WordClass, words_of


def _report_hedges(
    doc: Document,
    start: int,
    end: int,
    entry: str,
    before: tuple[str, ...],
    nxt: str | None,
    gap: bool,
    prev: str | None,
) -> bool:
    """Decide whether a report participle ("expected", "seen as") hedges.

    It does in a report passive, as a report adverb's participle ("widely
    reported"), in an aside after a comma and in a reduced relative; not
    with an agent ("by"), nor after a modal or in a comparison.
    """
    # "is now expected to", "are widely seen as", "it's also thought
    # to": a report passive with an adverb of frequency or extent
    # inside the verb group (judgement call 16). Without a form of
    # "be" ("a vote expected to pass") it is not marked.
    if nxt == "by" or _other_reading(doc, end, entry, nxt):
        return False
    if not entry.endswith((" to", " be")) and _later_agent(doc, start, end):
        return False
    back = _report_group(before)
    if back is not None:
        if before[-back] == "be":
            # "could be seen as": the modal is the shortest cue
            # (annotation notes 18); "cannot be regarded as", "can be
            # considered rude", "should surely be considered", "wants to
            # be accused of", "that shops be considered essential": a
            # bare "be" makes the passive a rule or a hypothesis, never
            # the report itself; "is to be expected": unsurprising.
            return False
        if entry == "expected" and _scheduled(doc, start, end, nxt):
            return False
        if entry == "expected to" and before[-back - 1 :][:1] == ("you",):
            # "you are expected to arrive early": a duty put to the
            # reader, as "may be required to" (annotation notes 69).
            return False
        # "than had been expected", "than might have been expected": a
        # comparison with expectations, like "as predicted" (annotation
        # notes 47).
        if len(before) == 3 and words_of(WordClass.STRICT_AUXILIARY).issuperset(before):
            before = tuple(_clause_before(doc, start, end, 6))
        return not _compared(before)
    if entry.partition(" ")[0] in _words(Context.REPORT_ADVERB):
        return True  # "the widely reported talks": hearsay relayed
    # An aside after a comma ("Lee, seen as the favourite, won"); not
    # "reported", whose active use closes a subject's apposition
    # ("Radio X, a local station, reported fighting"), nor "found" of
    # a discovery ("the man, found to be armed, ...").
    if _coordinated_passive(entry, before, nxt):
        return True
    active = entry.partition(" ")[0] in _words(Context.NO_ASIDE)
    if " " not in entry and nxt not in _words(Context.EXPECTED_WHEN):
        active = True  # "the price, expected yield and term": a list
    if not active and _opens_aside(doc, start, before):
        return True
    return _reduced_relative(doc, start, end, entry, prev, nxt, gap)


def _other_reading(doc: Document, end: int, entry: str, nxt: str | None) -> bool:
    """Whether the word after a report passive gives it another reading.

    "the comet is seen as it was an hour ago" compares (as it was); "have been found to
    date" is the idiom "to date"; "the proposals were considered." and "was
    considered at the meeting" mean weighed, not regarded as anything; "were
    found to be false" states the falsity (annotation notes D21).
    """
    if entry.endswith("seen as"):
        return nxt in _words(Context.CLAUSE_SUBJECT)
    if entry.endswith("found to be"):
        return nxt in _words(Context.FALSITY)
    if entry.endswith("estimated to"):
        # "GDP is estimated to have grown by 0.5%": the verb says how a
        # statistic was measured, not that its source is unnamed
        # (annotation notes 83); "is estimated to have killed 300" keeps it.
        later = _clause_after(doc, end - 1, end, 3)
        return (
            later[:1] == ["have"]
            and later[1:2] != []
            and later[1] in _words(Context.CHANGE_VERB)
            and later[2:3] == ["by"]
        )
    if entry.endswith("reported to"):
        # "was reported to the police": the act of notifying an authority,
        # an event the text asserts (annotation notes D20); "is reported to
        # have fled" keeps the hedge.
        return _is_determiner(nxt)
    if entry.endswith(" to"):
        # "found to date, ..." but not "said to date back"
        after = end + len(" date")
        return nxt == "date" and (_stop_after(doc, after) or doc.text[after] == ",")
    if entry.endswith("considered"):
        # Not a comma ("were considered, rightly or not, a threat") nor a
        # quotation mark ('was considered "a leak"').
        if _stop_after(doc, end) or nxt in words_of(WordClass.PREPOSITION):
            return True
        # "are considered a pollutant under the Clean Air Act": a status in
        # law, which is checkable (annotation notes 76).
        return "under" in _clause_after(doc, end - 1, end, 8)[1:]
    if entry.endswith("reported"):
        # "was reported missing", "had been reported as offensive": the act of
        # notifying the police or a platform, an event the text asserts, not
        # unnamed sources of the news (annotation notes D20).
        status = _words(Context.NOTIFIED_STATUS)
        if nxt == "in":
            return _named_document(doc, end)
        if nxt == "as":
            return _word_after_next(doc, end - 1, end) in status
        return nxt in status
    return False


def _scheduled(doc: Document, start: int, end: int, nxt: str | None) -> bool:
    """Whether "is expected" gives the time set for a scheduled event.

    "The court's ruling is expected on Friday", "Results are expected later
    this week": the verb gives the time the organisers set, as "is due" does
    (annotation notes 88). A forecast ("Snow is expected on Friday") names
    no scheduled event and keeps the hedge.
    """
    if nxt not in _words(Context.EXPECTED_WHEN):
        return False
    clause = _clause_before(doc, start, end, 8)
    return not _words(Context.SCHEDULED_EVENT).isdisjoint(clause)


def _named_document(doc: Document, end: int) -> bool:
    """Whether "reported in" names the document that tells it.

    "The outage was reported in the weekly bulletin", "as reported in the
    journal": the sentence names its teller, an attribution rather than a
    hedge (annotation notes 74). A place ("fighting was reported in the
    north") names no teller and keeps the hedge.
    """
    after = _clause_after(doc, end - 1, end, 6)[1:]
    return not _words(Context.REPORT_DOCUMENT).isdisjoint(after)


#: Conjunctions that join a second passive to the first ("was arrested and accused of").
_COORDINATORS = frozenset(("and", "or", "but"))


def _coordinated_passive(entry: str, before: tuple[str, ...], nxt: str | None) -> bool:
    """Whether a report participle is the second of two joined passives.

    "was arrested and accused of fraud", "is left-handed and widely regarded
    as the best", "a tactician and considered to be the finest boxer": the
    form of "be" is shared, and a participle with "as", "of" or "to be" after
    a conjunction has no object, so it cannot be the active verb. Not the
    participles that are also common active verbs before "to" ("trained hard
    and expected to win", "was stopped and reported to the police"), and
    "to" must open "be" or "have" ("paused and thought to himself").
    """
    first, _, particle = entry.partition(" ")
    if particle not in ("as", "of", "to"):
        return False
    if first in _words(Context.ACTIVE_REPORT):
        return False
    if particle == "to" and nxt not in ("be", "have"):
        return False
    k = len(before) - 1
    if k >= 1 and before[k] in _words(Context.NEGATOR):
        return False  # "charged but not accused of murder": nothing is claimed
    if k >= 1 and (
        before[k] in _words(Context.REPORT_ADVERB) or before[k].endswith("ly")
    ):
        k -= 1  # "and generally regarded as"
    return k >= 0 and before[k] in _COORDINATORS


def _reduced_relative(
    doc: Document,
    start: int,
    end: int,
    entry: str,
    prev: str | None,
    nxt: str | None,
    gap: bool,
) -> bool:
    """Whether a report participle follows its noun as a reduced relative.

    "a ruling expected on Friday", "a levy projected to raise $2bn", "with
    heavy rain expected": report passives (annotation notes 47, "expected").
    A hearsay participle before "to have" or "to be" likewise: "goods alleged
    to have been stolen", "the man alleged to be the leader".
    Not after a function word ("than expected", "the expected crush"), a
    pronoun or an adverb ("they expected to win", "fully expected"), and not
    before an object ("investors expected the bank to ..."): the active verb.
    """
    # "a man accused of fraud appeared in court": an accusation with no
    # accuser named, as "alleged" (annotation notes D41).
    accused = entry == "accused of"
    participle = entry.partition(" ")[0]
    if not accused and participle not in _words(Context.FORECAST):
        if participle not in _words(Context.HEARSAY_PARTICIPLE):
            return False
        if nxt not in ("have", "be"):
            return False
    if prev is None or not prev.isalpha() or prev.endswith("ly"):
        return False
    if prev in _grammar_words() or prev in _words(Context.PERSON_SUBJECT):
        return False
    if prev in _words(Context.COMPARISON):
        return False  # "higher than expected"
    joint = doc.text[max(0, start - 2) : start]
    if len(joint) < 2 or joint[1] != " " or not joint[0].isalpha():
        return False  # "Lee, expected to win," is an aside, read elsewhere
    if entry.endswith(" to") or accused:
        return True
    if nxt is not None and not gap:
        return nxt in _words(Context.EXPECTED_WHEN)
    return "with" in _clause_before(doc, start, end, 5)


def _report_group(before: tuple[str, ...]) -> int | None:
    """How many words back a report passive's verb group starts, or None.

    ``before`` holds the words before the participle, nearest last: a form of
    "be" (or a pronoun with a contracted "is") right before it, or with one or
    two adverbs of the ``report-adverb`` class between ("is widely seen as",
    "is still widely regarded as").
    """
    for back in (1, 2, 3):
        if len(before) < back:
            return None
        if back > 1 and before[1 - back] not in _words(Context.REPORT_ADVERB):
            return None
        word = before[-back]
        if word in _be_forms() or _contracted_copula((word,)) or _negated_be(word):
            return back
    return None


def _later_agent(doc: Document, start: int, end: int) -> bool:
    """Whether an agent follows the report participle later in its clause.

    "hailed as a 'righteous strike' by the general", "first reported on
    Wednesday by the agency": the agent names who says it, an attribution
    rather than a hedge. "by" before a number or an "-ing" form gives a
    time or a means ("by 2030", "by cutting costs"). Quote marks do not
    end the clause here; commas and stops do, and so does a new passive
    ("expected to be approved by the board": the agent is the board's).
    """
    index = doc.segment_at(start)
    if index is None:
        return False
    words, text = doc.words, doc.text
    last = doc.segments[index].end
    k = doc.token_range(start, end).stop
    edge = end
    for _ in range(_CLAUSE_REACH):
        if k + 1 >= len(words.starts) or words.ends[k + 1] > last:
            return False
        if any(c in ",;:()\u2013\u2014!?." for c in text[edge : words.starts[k]]):
            return False
        if words.lowers[k] in _be_participles():
            return False
        if words.lowers[k] == "by":
            after = words.lowers[k + 1]
            return not (after[0].isdigit() or after.endswith("ing"))
        edge = words.ends[k]
        k += 1
    return False


def _opens_aside(doc: Document, start: int, before: tuple[str, ...]) -> bool:
    """Whether a report participle opens an aside after a comma or a dash.

    "Lee, seen as the favourite, won", "Lee, widely seen as ..." and "the
    flag — interpreted as a snub — ..." are agentless report passives
    with their "be" left out (annotation notes 47); so is one that opens
    its sentence ahead of the subject ("Hailed as a breakthrough, the
    drug ...", "Widely regarded as the best, she ...").
    """
    text = doc.text
    edge = start
    if before and before[-1] in _words(Context.REPORT_ADVERB):
        i = doc.token_range(start, start + 1).start - 1
        edge = doc.words.starts[i]
        before = before[:-1]
    if not before and _opens_sentence(doc, edge):
        return True
    return text[max(0, edge - 3) : edge].rstrip().endswith((",", "\u2013", "\u2014"))
