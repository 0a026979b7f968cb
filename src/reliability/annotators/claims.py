"""Claims: which body sentences assert something checkable, and which are unsourced.

A sentence is a claim (ANNOTATION.md, "Claims"; judgement call 20) when some
clause asserts a checkable event, number, action, position or state. It is
not a claim when it is a question, "Perhaps ..." speculation, a musing frame
("It is interesting whether ..."), an announcement of what the article does,
an imperative, a bare fragment, or a prediction or evaluative assessment with
nothing checkable in it (no name, number or date). A sentence that opens with a
quotation followed by its reporting frame is judged by what the quotation says:
"'Perhaps they were waiting,' said Abdul" is speculation, not a claim.

``unsourced_claim`` is reported for every body sentence: true when the sentence
carries no attribution and is not flagged as continuing a quotation by the
attribution annotator (judgement calls 21, 22). The pipeline ANDs it with the
claim flag.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from reliability.document import Document, Token
from reliability.findings import AttributionFinding, FlagFinding, Layer
from reliability.registry import register
from reliability.segment import Segment

__all__ = ["ClaimAnnotator"]

_QUOTE_MARKS = "\"'\u201c\u201d\u2018\u2019\u00ab\u00bb\u201e"
_CLOSERS = _QUOTE_MARKS + ")]"
_SPECULATION_START = frozenset({"perhaps", "maybe"})
# Connectives that may precede a frame without asserting anything themselves.
_CONNECTIVES = frozenset(
    "but and so yet still however now then also thus hence meanwhile".split()
)
# "It is interesting whether", "it remains unclear if", "it is too early to say".
_MUSING = re.compile(
    r"(?:it|this|that)\s+(?:is|was|remains|remained|would\s+be|will\s+be|seems)\s+"
    r"(?:still\s+|not\s+|yet\s+|also\s+|very\s+|far\s+|too\s+)*"
    r"(?:interesting|unclear|uncertain|doubtful|questionable|debatable|curious|"
    r"intriguing|anyone's\s+guess|to\s+be\s+seen|clear\s+(?:whether|if)|"
    r"(?:hard|difficult|impossible)\s+to\s+(?:say|tell|know|predict)|"
    r"early\s+to\s+(?:say|tell))\b"
    r"|one\s+(?:wonders|might\s+ask|may\s+ask)\b|who\s+knows\b"
    r"|i\s+(?:wonder|think|believe|feel)\b|in\s+my\s+(?:view|opinion)\b",
    re.IGNORECASE,
)
# The article speaking about itself: "In this article we look at ...".
_ANNOUNCEMENT = re.compile(
    r"(?:in\s+this\s+(?:article|piece|report|story|explainer)|here\s+is\s+what|"
    r"here's\s+what|here\s+are\s+(?:the|some)|below\s+(?:is|are|we)|"
    r"we\s+(?:look|explain|examine|take\s+a\s+look|answer|break\s+down)|"
    r"this\s+(?:article|piece|explainer)\s+(?:looks|explains|examines))\b",
    re.IGNORECASE,
)
# Imperatives that open calls to action rather than statements.
_IMPERATIVE_START = frozenset(
    "click subscribe watch read follow sign join share download listen tap "
    "register login log find learn discover check don't let's".split()
)
_FUTURE_OR_MODAL = frozenset(
    "will would shall cannot can't won't could might may must should".split()
)
_THIRD_PERSON = frozenset("they he she it this that these those".split())
_FIRST_PERSON = frozenset("we i our us my me".split())
_COPULA = frozenset("is are remains remain seems seem".split())
_ARTICLE = frozenset("a an".split())
# A reporting verb or complementiser before the copula: not the main clause.
_CLAUSE_MARKERS = frozenset("that said says told thinks believes which who".split())
# Nouns and adjectives of judgement in "X is a blow to ...", "a perfect ...".
_EVALUATIVE = frozenset(
    "blow boost setback mistake disaster tragedy shame disgrace success failure "
    "triumph victory defeat step sign testament reminder symbol recipe ticket "
    "breeding turning wake game good bad great perfect terrible huge major "
    "serious real clear welcome important significant big key crucial vital "
    "dangerous bold smart wise foolish strange remarkable genuine true fine "
    "worrying troubling stark sad poor powerful".split()
)
_DATE_WORDS = frozenset(
    "january february march april june july august september october november "
    "december monday tuesday wednesday thursday friday saturday sunday yesterday "
    "today tonight week month year decade century".split()
)
_NUMBER_WORDS = frozenset(
    "two three four five six seven eight nine ten eleven twelve twenty thirty "
    "forty fifty hundred hundreds thousand thousands million millions billion "
    "billions dozen dozens half percent".split()
)
# Capitalised words that are not names when they open a clause.
_NOT_NAMES = frozenset(
    "i the a an it it's this that these those they he she we you his her their "
    "its our my your there here what who why how but and so yet however "
    "perhaps maybe if when while as in on at for of after before with by from "
    "to not no all some many most one".split()
)
_REPORTING_HINT = re.compile(
    r"\b(?:said|says|say|told|tells|according|reported|reports|claimed|claims|"
    r"stated|announced|tweeted|wrote)\b",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class _Verdict:
    """The claim decision for one sentence, why, and how sure."""

    value: bool
    rule: str
    confidence: float


@register("claims")
class ClaimAnnotator:
    """Flags claims and unsourced claims sentence by sentence."""

    name = "claims"
    version = "2"
    assigns = frozenset({Layer.CLAIM, Layer.UNSOURCED_CLAIM})
    requires = frozenset({Layer.ATTRIBUTIONS})

    def annotate(self, doc: Document) -> Iterator[FlagFinding]:
        """Yield a claim flag and an unsourced flag for every body sentence."""
        attributed: set[int | None] = set()
        for f in doc.findings_on(Layer.ATTRIBUTIONS):
            if isinstance(f, AttributionFinding):
                attributed.add(doc.segment_at(f.cue_start))
        quoted = {
            f.sentence
            for f in doc.findings_on(Layer.QUOTED)
            if isinstance(f, FlagFinding) and f.value
        }
        for i, seg in doc.content_segments():
            verdict = judge_sentence(doc, seg)
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
            else:
                # A reporting word the attribution annotator did not take up
                # leaves room for a missed source.
                hint = _REPORTING_HINT.search(doc.text, seg.start, seg.end)
                yield FlagFinding(
                    Layer.UNSOURCED_CLAIM,
                    i,
                    True,
                    "unsourced:no-attribution",
                    0.55 if hint else 0.75,
                )


def judge_sentence(doc: Document, seg: Segment) -> _Verdict:
    """Decide whether the sentence ``seg`` of ``doc`` asserts something checkable."""
    text = doc.text
    start, end = _content(doc, seg)
    content = text[start:end].strip().strip(_QUOTE_MARKS).strip()
    idx = doc.token_range(start, end)
    words = doc.tokens[idx.start : idx.stop]
    lowers = [t.lower for t in words]

    sentence = text[seg.start : seg.end].rstrip(_CLOSERS + " ")
    if sentence.endswith("?") or content.rstrip(_CLOSERS + " ,").endswith("?"):
        return _Verdict(False, "features:question", 0.9)
    if len(doc.token_range(seg.start, seg.end)) < 4:
        return _Verdict(False, "features:fragment", 0.7)
    lead = _skip_connectives(lowers)
    if lead < len(lowers) and lowers[lead] in _SPECULATION_START:
        return _Verdict(False, "features:speculation", 0.8)
    if lowers and lowers[0] in _IMPERATIVE_START:
        return _Verdict(False, "features:imperative", 0.7)
    head = content
    if lead and lead < len(words):
        head = text[words[lead].start : end]
    if _MUSING.match(head):
        return _Verdict(False, "features:musing", 0.8)
    if _ANNOUNCEMENT.match(head):
        return _Verdict(False, "features:announcement", 0.75)

    anchors = _anchors(doc, words)
    reported = _REPORTING_HINT.search(text, start, end) is not None
    if anchors == 0 and not reported and _is_prediction(lowers):
        return _Verdict(False, "features:prediction", 0.6)
    if _is_assessment(doc, words, lowers):
        return _Verdict(False, "features:assessment", 0.6)
    confidence = min(0.95, 0.7 + 0.05 * anchors)
    return _Verdict(True, "features:assertion", confidence)


def _content(doc: Document, seg: Segment) -> tuple[int, int]:
    """What the sentence says: its opening quotation if it has one, else all of it.

    "'We are ready,' a fighter said." is judged by "We are ready"; the
    reporting frame only says who is speaking.
    """
    quotes = doc.quotations
    # The last quotation starting at or just after the sentence start (one
    # bisect, so the whole document stays linear).
    k = bisect_right(_quote_starts(doc), seg.start + 1) - 1
    if k >= 0 and quotes[k].end > seg.start:
        qend = min(quotes[k].end, seg.end)
        if qend - seg.start >= (seg.end - seg.start) // 3:
            return seg.start, qend
    return seg.start, seg.end


_STARTS: WeakKeyDictionary[Document, list[int]] = WeakKeyDictionary()


def _quote_starts(doc: Document) -> list[int]:
    starts = _STARTS.get(doc)
    if starts is None:
        starts = _STARTS[doc] = [q.start for q in doc.quotations]
    return starts


def _skip_connectives(lowers: list[str]) -> int:
    i = 0
    while i < len(lowers) and lowers[i] in _CONNECTIVES:
        i += 1
    return i


def _anchors(doc: Document, words: list[Token]) -> int:
    """Count checkable anchors: numbers, dates and names (capitalised mid-clause)."""
    text = doc.text
    count = 0
    for tok in words:
        if tok.lower[0].isdigit() or tok.lower in _NUMBER_WORDS:
            count += 1
        elif tok.lower in _DATE_WORDS:
            count += 1
        elif text[tok.start].isupper() and tok.lower not in _NOT_NAMES:
            count += 1
    return count


def _is_prediction(lowers: list[str]) -> bool:
    """A clause that opens with a third-person modal or future, and no pledge.

    "They cannot fight back, they will be killed" predicts; "we will fight to
    the last" states the speaker's own intention, which is a claim; "He is
    working on it but does not know when he will" asserts before it predicts.
    """
    if _FIRST_PERSON.intersection(lowers):
        return False
    for k, w in enumerate(lowers[:4]):
        if w in _FUTURE_OR_MODAL:
            return k > 0 and lowers[k - 1] in _THIRD_PERSON
    return False


def _is_assessment(doc: Document, words: list[Token], lowers: list[str]) -> bool:
    """A main-clause present copula with an evaluative predicate that names nothing.

    "The resistance - right on the doorstep of the capital - is a blow to this
    image of unity" judges. Asides between dashes are skipped (judgement call
    20). A verb or "that" before the copula puts it in a reported or subordinate
    clause; a name, number or date after it makes it checkable.
    """
    text = doc.text
    dashes = 0
    for k, w in enumerate(lowers[:-1]):
        if k > 0:
            gap = text[words[k - 1].end : words[k].start]
            dashes += sum(gap.count(d) for d in ("\u2013", "\u2014", " - "))
        if dashes % 2:
            continue
        if w in _CLAUSE_MARKERS or (k > 0 and w.endswith("ed")):
            return False
        if w in _COPULA:
            if lowers[k + 1] not in _ARTICLE or (k > 0 and lowers[k - 1] == "there"):
                return False
            predicate = lowers[k + 2 : k + 6]
            if not _EVALUATIVE.intersection(predicate):
                return False
            return _anchors(doc, words[k + 1 :]) == 0
    return False
