"""The senses of the modal verbs "may", "might" and "could".

A modal hedges when it reads as likelihood; purpose, degree, permission, a
rule or licence, an institution's discretion, perception, a penalty, a
hypothetical subject, an embedded question or a comparison with what was
expected are other senses and are vetoed.
"""

from __future__ import annotations

from reliability.annotators.hedges.lexicon import Context, _finite_after_noun, _words
from reliability.annotators.hedges.patterns import _CLAUSE_REACH, _CONCESSION_REACH
from reliability.annotators.hedges.shapes import (
    _clause_after,
    _clause_before,
    _conceded,
    _is_degree,
    _is_participle,
    _word_after_next,
)
from reliability.document import Document
from reliability.words import WordClass, words_of


def _modal_hedges(
    doc: Document,
    start: int,
    end: int,
    before: tuple[str, ...],
    nxt: str | None,
    gap: bool,
    prev: str | None,
) -> bool:
    """Decide whether a modal ("may", "might", "could") is epistemic here.

    Not a negated "may" of permission, a concession ("while it may seem
    odd"), a modal of ability, purpose or rule.
    """
    comma = doc.text[end : end + 1] == ","
    after_next = None  # read only for a rhetorical frame ("you may have")
    if prev in _words(Context.RHETORICAL_SUBJECT):
        after_next = _word_after_next(doc, start, end)
    negated_may = nxt == "not" and doc.text[start:end] == "may"
    if negated_may and not _may_not_hedges(doc, start, end, prev):
        return False
    if nxt in _words(Context.APPEARANCE_VERB) and _conceded(
        _clause_before(doc, start, end, _CONCESSION_REACH)
    ):
        return False  # "while it may seem odd, ...": a concession
    if prev == "who" and _restrictive_who(doc, start, end):
        return False  # "people who may have been exposed": a class, not doubt
    if _page_notice(doc, start):
        return False  # "this script may differ from the recording"
    if _asked_or_compared(doc, start, end, before, nxt):
        return False
    return _is_epistemic_modal(
        doc.text[start:end], before, nxt, gap, comma, after_next
    ) and not _modal_of_purpose_or_rule(doc, start, end)


def _asked_or_compared(
    doc: Document, start: int, end: int, before: tuple[str, ...], nxt: str | None
) -> bool:
    """Whether the modal stands in an embedded question or a comparison's standard.

    Neither clause asserts what the modal qualifies, so no claim is made less
    certain. An embedded question whose complement moved to its wh-word ends
    at "be": "it is not clear who the winner might be", "they asked what the
    cause could be". A comparison with what was expected has no subject
    after "as" or "than": "turnout was higher than might have been
    expected", "not as bad as might be feared", as "than had been expected"
    is no hedge (annotation notes 47). "who might be the winner" and "the
    more intense the pain may be" keep the hedge: the first has its
    complement after "be", the second asks nothing.
    """
    if before[-1:] in (("as",), ("than",)):
        return nxt in ("be", "have")
    if nxt != "be" or len(_clause_after(doc, start, end, 2)) > 1:
        return False
    clause = _clause_before(doc, start, end, _CLAUSE_REACH)
    return not words_of(WordClass.WH).isdisjoint(clause)


def _page_notice(doc: Document, start: int) -> bool:
    """Whether the modal's sentence is a notice about the page itself.

    "Please note: there may be small differences between this script and
    the recording", "This page may not have been reviewed", "this
    translation may differ from the original": the page tells its reader how
    far to rely on it, which is no claim about the world to hedge. The
    sentence names the page ("this page", "this transcript") with a
    ``page-noun`` word after "this". A notice alone is not enough: "Please
    note the car park may be full" and the method notes of statistics
    ("Note: figures may be revised") hedge what they tell.
    """
    index = doc.segment_at(start)
    if index is None:
        return False
    seg = doc.segments[index]
    span = doc.token_range(seg.start, seg.end)
    nouns = _words(Context.PAGE_NOUN)
    lowers = doc.words.lowers
    return any(
        lowers[k] == "this" and lowers[k + 1] in nouns
        for k in range(span.start, span.stop - 1)
    )


def _restrictive_who(doc: Document, start: int, end: int) -> bool:
    """Whether the "who" right before a modal picks out a class of people.

    "Anyone who may have seen the crash", "residents who might need help",
    "the business community who may want to use the data": a restrictive
    relative on a generic group (``generic-person``) names people by a
    possibility and asserts of no one that it holds, so the modal is not a
    hedge. On a particular person ("the man who could become mayor") and
    after a comma, an aside about someone the text names ("the driver, who
    may have been drunk,"), the modal keeps its doubt.
    """
    k = doc.token_range(start, end).start - 1  # "who"
    if k < 1:
        return False
    words = doc.words
    if not doc.text[words.ends[k - 1] : words.starts[k]].isspace():
        return False  # an aside after a comma or bracket
    return words.lowers[k - 1] in _words(Context.GENERIC_PERSON)


def _may_not_hedges(doc: Document, start: int, end: int, prev: str | None) -> bool:
    """Whether "may not" states doubt ("readers may not know that ...").

    Not when it concedes ("Shops may not be shut, but ..."), or forbids:
    a rule addressed to the reader ("you may not enter") or a permission
    verb ("may not reproduce", "may not be reused").
    """
    if prev == "you":
        return False
    index = doc.segment_at(start)
    if index is None:
        return False
    words = doc.words
    k = doc.token_range(start, end).stop + 1  # the word after "not"
    last = doc.segments[index].end
    verbs = _words(Context.PERMISSION_VERB)
    if k < len(words) and words.ends[k] <= last:
        word = words.lowers[k]
        if word in verbs:
            return False
        if word == "be" and k + 1 < len(words):
            if words.lowers[k + 1] in _words(Context.PERMISSION_PARTICIPLE):
                return False
    later = _words(Context.CONCESSIVE_LATER)
    passive = k < len(words) and words.lowers[k] == "be"
    while k < len(words) and words.ends[k] <= last:
        if words.lowers[k] in later:
            return False
        if passive and words.lowers[k] == "without":
            # "may not be used without consent": a prohibition; "may not be
            # passed without their votes" stays doubt.
            granted = words.lowers[k + 1 : k + 3]
            if not _words(Context.PERMISSION_NOUN).isdisjoint(granted):
                return False
        k += 1
    return True


def _modal_of_purpose_or_rule(doc: Document, start: int, end: int) -> bool:
    """Whether may/might/could here states an aim, a permission or a rule.

    Not likelihood, so not a hedge (ANNOTATION.md: "epistemic, not ability"):
    a purpose clause ("so that crews could reach", "in order that we may",
    "to ensure a team could deploy", "left early so they could vote"); a
    degree ("as bad as it may seem", "as far as we could tell"); the idiom
    "may as well"; permission ("residents may apply for", "may be viewed
    here"); perception ("smoke could be seen"); a legal penalty ("may be
    fined", "could face up to five years"); a time limit ("before the police
    could arrive"); and emphasis ("there may be no
    better example").
    """
    after = _clause_after(doc, start, end, 3)
    nxt = after[0] if after else None
    second = after[1] if len(after) > 1 else None
    third = after[2] if len(after) > 2 else None
    if nxt == "as" and second == "well":
        return True  # "we may as well wait": a suggestion
    if (
        nxt is not None
        and nxt.endswith("ly")
        and second in _words(Context.PERMISSION_VERB)
    ):
        return True  # "you may freely reproduce the text": a licence's permission
    if nxt in _words(Context.PERMISSION_VERB):
        return not (nxt == "apply" and second == "to")  # "rules may apply to"
    if doc.text[start:end].lower() == "may" and _may_of_a_rule(doc, start, end, after):
        return True
    if _discretion_of_an_institution(doc, start, end, after):
        return True
    if nxt == "be" and second == "no" and third in _words(Context.EMPHATIC_COMPARATIVE):
        return True  # "there may be no better example": emphasis, not doubt
    if nxt == "be":
        if second in _words(Context.AVAILABLE) and third in _words(
            Context.AVAILABLE_PLACE
        ):
            return True
        if doc.text[start:end].lower() == "could" and second in _words(
            Context.PERCEIVED
        ):
            return third not in ("as", "by", "to")  # "could be seen as weak"
        if second in _words(Context.PENALTY) or (
            second == "held" and third == "liable"
        ):
            return True
        if second in _words(Context.ENTITLEMENT):
            return True  # "renters may be eligible for": a rule of a scheme
        if second in _words(Context.DUTY) and third == "to":
            # "contractors may be required to show ...": a duty a rule
            # imposes (annotation notes 69); "could be required to" is left
            # a hedge, the likely outcome of a proposal ("could be banned"),
            # and so is a thing's need ("the care that may be required to").
            before = _clause_before(doc, start, end, 1)
            relative = before[-1:] in (["that"], ["which"])
            return doc.text[start:end].lower() == "may" and not relative
    if nxt == "face":
        penalty = _words(Context.PENALTY_AFTER_FACE)
        if second in penalty or (second in ("a", "an") and third in penalty):
            return True
    if nxt in _words(Context.PENALTY_VERB) and _statutory_term(doc, start, end):
        return True  # "could receive a 10-year ban": a penalty the law sets
    clause = _clause_before(doc, start, end, _CLAUSE_REACH)
    # A subject stands between "that" and the modal: "a message of hope that
    # may help" is a relative clause, not a wish.
    for k in range(1, len(clause) - 1) if "that" in clause else ():
        if clause[k] != "that":
            continue
        if clause[k - 1] in _words(Context.PURPOSE_BEFORE_THAT):
            return True
        if clause[k - 1] in _words(Context.PURPOSE_NOUN) and clause[k - 2 : k - 1] == [
            "the"
        ]:
            return True  # "in the hope that others may learn"
    if not _words(Context.PURPOSE_VERB).isdisjoint(clause):
        return True
    if _hypothetical_subject(clause):
        return True
    if (
        len(clause) >= 3
        and clause[-2] == "so"
        and clause[-1] in _words(Context.PERSONAL_PRONOUN)
        and clause[-3] not in ("and", "but", "or")
    ):
        # "He left early so he could vote"; a clause-initial "so" ("..., so
        # it could fail") means "therefore" and keeps the hedge.
        return True
    if not _words(Context.TIME_LIMIT).isdisjoint(clause[-4:-1]):
        # "fled before the police could arrive": when, not whether.
        return True
    return _is_degree(clause)


def _may_of_a_rule(doc: Document, start: int, end: int, after: list[str]) -> bool:
    """Whether "may" states what a rule permits or forbids (annotation notes 69).

    "Members may also apply online": a permission with an adverb between;
    "may only be used", "may be sold only to": a use a rule restricts
    ("it may only be a matter of time" keeps its doubt: no participle);
    "No vehicle may park here", "no one may enter": a prohibition with a
    negative subject, the modal being the sentence's first verb.
    """
    nxt, second, third = (after + [""] * 3)[:3]
    if nxt == "also" and second in _words(Context.PERMISSION_VERB):
        return True
    if _licence_terms(doc, start, end):
        return True
    if nxt == "only" and second == "be" and _is_participle(third):
        return True
    if nxt == "be" and third == "only" and _is_participle(second):
        return True
    index = doc.segment_at(start)
    if index is None:
        return False
    words = doc.words
    first = doc.token_range(doc.segments[index].start, start)
    if not len(first) or words.lowers[first.start] not in ("no", "nobody", "none"):
        return False  # the usual case
    # Another clause before the modal ("No one knows, but the talks may
    # ...", "No one knows when ...") leaves it doubt.
    stops = (
        words_of(WordClass.STRICT_AUXILIARY)
        | words_of(WordClass.OPENER)
        | words_of(WordClass.WH)
    )
    return stops.isdisjoint(words.lowers[first.start + 1 : first.stop])


def _licence_terms(doc: Document, start: int, end: int) -> bool:
    """Whether "may be used" states the terms of a licence.

    "Photos may be used for any purpose", "the text may also be reused
    under the same licence", "may be copied by anyone": a use a licence
    grants, not doubt (annotation notes 69). "The funds may be used to
    buy arms" names no terms and keeps its doubt.
    """
    after = _clause_after(doc, start, end, 8)
    words = after[1:] if after[:1] == ["also"] else after
    if words[:1] != ["be"] or len(words) < 2:
        return False
    use = words[1] in _words(Context.PERMISSION_PARTICIPLE) or words[1] == "available"
    return use and not _words(Context.LICENCE_TERM).isdisjoint(words[2:])


#: Reader-address pronouns: a page using them this often speaks to its reader
#: (guidance, a service page), as news reports, quotations aside, seldom do.
_READER_WORDS = ("you", "your")
_READER_ADDRESS = 4


def _discretion_of_an_institution(
    doc: Document, start: int, end: int, after: list[str]
) -> bool:
    """Whether may/might states what an institution may do under its powers.

    On a page that addresses its reader, "the Agency may provide a grant",
    "we may also be able to help pay for repairs", "costs your insurance
    might cover" say what a body is allowed or able to grant, not how sure
    the page is (annotation notes 69). The subject is an institution (an
    acronym, "the Secretary", the page's own "we") or the reader's side
    ("your insurer"), and the verb an administrative act (provide, pay,
    grant, designate, issue, approve, cover). News writing ("the alliance
    may send troops", "the drug may help") seldom addresses the reader, so
    its modals stay hedges.
    """
    if doc.text[start:end].lower() not in ("may", "might"):
        return False
    # "may also be able to help pay": the act is up to six words on
    rest = _clause_after(doc, start, end, 6) if len(after) == 3 else after
    k = 1 if rest[:1] == ["also"] else 0
    if rest[k : k + 2] == ["be", "able"]:
        k += 1
    if rest[k : k + 2] == ["able", "to"]:
        k += 2
    if rest[k : k + 1] == ["help"]:
        k += 1  # "help pay for": the act is the verb after
    if rest[k : k + 1] == [] or rest[k] not in _words(Context.ADMINISTRATIVE_ACT):
        return False
    if not _institution_subject(doc, start, end):
        return False
    lowers = doc.words.lowers
    return sum(map(lowers.count, _READER_WORDS)) >= _READER_ADDRESS


def _institution_subject(doc: Document, start: int, end: int) -> bool:
    """Whether the modal's subject is a public body, the page's "we", or the reader's.

    "FEMA may", "the Secretary may", "we may", "your insurance might".
    """
    words = doc.words
    i = doc.token_range(start, end).start - 1
    if i < 0:
        return False
    surface = doc.text[words.starts[i] : words.ends[i]]
    lower = words.lowers[i]
    if lower == "we":
        return True
    if i >= 1 and words.lowers[i - 1] == "your":
        return True
    if len(surface) >= 2 and surface.isalpha() and surface.isupper():
        return True  # an acronym: "FEMA may", "the EPA may"
    # "the Secretary may", "the Council may": a capitalised office or body
    return i >= 1 and words.lowers[i - 1] == "the" and surface[:1].isupper()


def _statutory_term(doc: Document, start: int, end: int) -> bool:
    """Whether a penalty verb after the modal takes a sentence with its length.

    "A person found guilty could receive a 10-year ban", "could face five
    years in prison", "may face life in prison": a penalty the law allows,
    not doubt (annotation notes 69). Without a length ("could face a ban")
    the outcome stays uncertain and the modal a hedge.
    """
    after = _clause_after(doc, start, end, 10)[1:]
    if _words(Context.PENALTY_TERM).isdisjoint(after):
        return False  # the usual case
    units = _words(Context.TERM_UNIT)
    return any(w[:1].isdigit() or w in units for w in after)


def _hypothetical_subject(clause: list[str]) -> bool:
    """Whether the modal after ``clause`` has a hypothetical person as subject.

    "anyone who may have seen the crash" (a police appeal to a witness who may
    not exist), "anyone with news that could help", "anyone could apply" (a
    generic ability): no verb stands between "anyone" and the modal, else
    "anyone" belongs to an earlier clause ("how well anyone can do could
    depend on ...").
    """
    hypothetical = _words(Context.HYPOTHETICAL_SUBJECT)
    if hypothetical.isdisjoint(clause):
        return False  # the usual case
    aux = words_of(WordClass.STRICT_AUXILIARY)
    for word in reversed(clause):
        if word in hypothetical:
            return True
        if word in aux:
            return False
    return False


def _is_epistemic_modal(
    surface: str,
    before: tuple[str, ...],
    nxt: str | None,
    gap: bool,
    comma: bool,
    after_next: str | None = None,
) -> bool:
    """Whether may/might/could here states likelihood, not ability or a name."""
    word = surface.lower()
    prev = before[-1] if before else None
    if nxt is None or (gap and not comma):
        return False  # "as best they could.", "with all its might."
    if nxt == "to":
        return False  # "did all it could to help": "do" left out
    # "Many of you may have seen ...": a guess about how many readers did
    # something, a hedge (annotation notes 72), not the generic "you"; so is
    # the aside "as you may know", which doubts what the reader knows.
    if (
        prev in _words(Context.RHETORICAL_SUBJECT)
        and before[-2:-1] not in (("of",), ("as",))
        and (
            nxt in _words(Context.RHETORICAL_VERB)
            or (
                nxt in _words(Context.RHETORICAL_BRIDGE)
                and after_next in _words(Context.RHETORICAL_VERB)
            )
        )
    ):
        # "you might think", "you may have missed": a figure of speech; "you
        # may want to", "you may decide to": advice or a choice put to the
        # reader, not doubt.
        return False
    if prev == "you" and before[-2:-1] not in (("of",), ("as",)):
        # "you might see fans in costume", "you may need a permit", "you could
        # be certain that ...": the generic reader, a case put to whoever
        # reads, not doubt about what the text reports.
        return False
    if not _words(Context.INDIRECT_QUESTION).isdisjoint(before):
        # "silent about how the rules might be enforced", "checking whether
        # the fire may have been set": an open question, not a likelihood
        # the text asserts.
        return False
    if word == "may":
        if nxt == "not" and surface != "may":
            return False  # "May not ...": sentence-initial, read as a rule
        if surface == "May":
            sentence_initial = prev is None
            # "in May", "May 5", "Theresa May said": the month or a name.
            month_before = _words(Context.MONTH_BEFORE)
            if not sentence_initial or nxt.isdigit() or prev in month_before:
                return False
            if nxt in _finite_after_noun():
                return False  # "May was wet": a modal takes a bare verb
        # "May I ask", "may we": permission in a question.
        return nxt not in ("i", "we")
    if word == "might":
        # "military might", "the nation's might", "the might of": the noun.
        if prev in _words(Context.MIGHT_NOUN_BEFORE) or nxt == "of":
            return False
        if nxt in _finite_after_noun():
            return False  # "its might was unmatched": a verb follows the noun
        return prev is None or not prev.endswith(("'s", "\u2019s"))
    # could
    if not _words(Context.ABILITY_BEFORE).isdisjoint(before[-2:]):
        return False
    if prev in _words(Context.NEGATIVE_SUBJECT) or before[-2:] == ("no", "one"):
        return False  # "no one could keep up": ability denied, not doubt
    if nxt in _words(Context.PERCEPTION):
        # "she could see the smoke": ability; "the drought could see prices
        # rise": a possible outcome.
        return prev not in _words(Context.PERSONAL_PRONOUN)
    return nxt not in _words(Context.ABILITY_AFTER)
