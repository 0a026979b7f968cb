"""The claim decision for one sentence: ``judge_sentence`` and the verdict functions.

``judge_sentence`` runs the verdicts in turn: reporting frames and what a cue
introduces, announcements of the article, sentence forms (questions,
fragments, crossheads, lists, teasers, truth verdicts; the tests are in
``assessment``), reported feelings and evaluations, story introductions;
each returns a ``_Verdict`` with its rule name and confidence, or none to
pass the sentence on.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Mapping, Sequence
from typing import NamedTuple

from reliability.annotators.claims.assessment import (
    _addresses_reader,
    _checkable_core,
    _describes_own_product,
    _has_figure,
    _has_name,
    _is_any_forecast,
    _is_assessment,
    _is_content_teaser,
    _is_crosshead,
    _is_cut_frame,
    _is_forecast,
    _is_fragment,
    _is_past,
    _is_past_in_clause,
    _is_short_clause,
    _is_subjective,
    _is_sweeping_judgement,
    _is_truth_verdict,
    _is_weather_forecast,
    _is_wh_teaser,
    _offers_to_audience,
    _opens_with_list_number,
    _time_stamp_length,
)
from reliability.annotators.claims.facts import (
    _document_facts,
    _DocumentFacts,
)
from reliability.annotators.claims.lexicon import (
    _ADVICE_START,
    _ANNOUNCEMENT,
    _ANNOUNCING,
    _AUXILIARIES,
    _BLURB,
    _CLAUSE_MARKERS,
    _CLOSERS,
    _CLOSERS_SPACE,
    _CORE_WORDS,
    _CUT_MARKS,
    _EXCLAMATIVE,
    _FEELING_DEGREE,
    _FEELINGS,
    _FINITE,
    _FIRST_PERSON_SUBJECT,
    _FORECAST_LABEL,
    _FRONTED_IMPERATIVES,
    _FRONTED_OPENERS,
    _FRONTED_WORDS,
    _HINDSIGHT,
    _IMPERATIVE_START,
    _INVERTING,
    _LEAD_IN_TAIL,
    _LINKING,
    _MODALS,
    _MUSING,
    _NAMING,
    _NECESSITY,
    _NOT_NAMING,
    _NOT_SIGNIFICANCE,
    _OPENING_KINDS,
    _OPENING_QUOTES,
    _PAGE_CONTENT,
    _PAGE_NOTE,
    _PAGE_NOTE_WORDS,
    _PAGE_POINTER,
    _PAGE_SELF,
    _POINTER_SUBJECT_WORD,
    _POINTER_WORDS,
    _QUOTE_MARKS,
    _SECOND_PERSON,
    _SELF_INTRO_STARTS,
    _SELF_INTRO_WORDS,
    _SENTENCE_ENDS,
    _SIGNATURE_STARTS,
    _SIGNIFICANCE_SUBJECTS,
    _SIGNIFICANCE_VERBS,
    _SPEAKER_LABEL,
    _SPEAKER_SUBJECT,
    _SPECULATION_KINDS,
    _SPECULATION_START,
    _SPECULATION_WINDOW,
    _SPEECH_ACT_KEYS,
    _STORY_INTRO,
    _STORY_INTRO_WORDS,
    _STORY_PLACE,
    _STORY_TOPIC,
    _TELLING,
    _TEXT_NOTE,
    _TEXT_NOTE_WORDS,
    _THAT_WINDOW,
    _VOICE_KEYS,
    _WH_TEASER,
    _claim_frames,
    _evaluative_words,
    _forecast_or_product_words,
    _frame_lengths,
    _kind_starts,
    _late_keys,
    _sentence_keys,
    _story_lengths,
    _story_place_lengths,
)
from reliability.annotators.claims.sourcing import _is_signature
from reliability.annotators.claims.voice import (
    _content,
    _ends_with_sign_on,
    _frame_in,
    _is_effect_prediction,
    _is_frame_only,
    _is_hindsight,
    _is_idiomatic_judgement,
    _is_necessity,
    _is_norm_statement,
    _is_own_feeling,
    _is_own_sentiment,
    _is_prediction,
    _is_prescription,
    _is_self_introduction,
    _is_sign_on,
    _is_speech_act,
    _opening_frame,
    _opens_with_feeling,
    _skip_connectives,
    _speaker_frame_after_phrase,
)
from reliability.document import Document
from reliability.segment import Segment
from reliability.tokens import index_of

__all__ = ["judge_sentence"]


class _Verdict(NamedTuple):
    """The claim decision for one sentence, why, and how sure."""

    value: bool
    rule: str
    confidence: float


def judge_sentence(
    doc: Document,
    seg: Segment,
    evaluative: dict[str, str] | None = None,
    *,
    cues: Sequence[int] = (),
    cue_ends: Mapping[int, int] | None = None,
    facts: _DocumentFacts | None = None,
) -> _Verdict:
    """Decide whether the sentence ``seg`` of ``doc`` asserts something checkable.

    ``evaluative`` maps the words of the ``evaluative`` lexicon to their kind
    (judge, degree, generic); None loads the packaged lexicon. ``cues`` are the
    sorted start offsets of attribution cues and ``cue_ends`` maps each to its
    end. What a cue introduces ("An analyst said (that) ...") is judged as
    the reported content: an evaluation, prescription or prediction reported
    of a party is not a claim (judgement call 20, annotation notes 14, 43),
    while its own stated position or intention is ("she said she will
    resign"); a quotation after a frame ("X is the worst thing you can do,
    MacCormack sustains") keeps its claim.
    ``facts`` are the document's facts (``_document_facts``), computed here
    when not given.
    """
    if evaluative is None:
        evaluative = _evaluative_words()
    if facts is None:
        facts = _document_facts(doc)
    text = doc.text
    start, end = _content(doc, seg, facts.quote_starts)
    content = text[start:end].strip().strip(_QUOTE_MARKS).strip()
    idx = doc.token_range(start, end)
    lowers = facts.lowers[idx.start : idx.stop]

    sentence = text[seg.start : seg.end].rstrip(_CLOSERS_SPACE)
    verdict = _question_or_fragment(doc, seg, sentence, content, start, end, idx)
    if verdict is not None:
        return verdict
    lead = _opening_lead(doc, idx, lowers)
    verdict = _form_verdict(doc, seg, start, end, lowers, lead)
    if verdict is not None:
        return verdict
    if sentence[-1:] == ":" and _is_cue_lead_in(doc, seg, sentence, cues, cue_ends):
        return _Verdict(False, "features:reporting-frame", 0.7)
    head = content
    if lead and lead < len(lowers):
        head = text[doc.words.starts[idx.start + lead] : end]
    # The words any rarer test needs, found in one pass over the sentence:
    # the gates below test this small set instead of every word again.
    keys = _sentence_keys().intersection(lowers)
    verdict = _announcement_verdict(
        doc, seg, (start, end), head, lowers, keys, evaluative, facts
    )
    if verdict is not None:
        return verdict
    frames = _claim_frames()
    verdict = _frame_verdict(doc, idx, sentence, lowers, keys, frames, facts)
    if verdict is not None:
        return verdict

    # Numbers, dates and names (capitalised mid-clause) a reader can check.
    anchors = facts.anchors[idx.stop] - facts.anchors[idx.start]
    reported = facts.has_hint(text, start, end)
    k = bisect_left(cues, start)
    reported = reported or (k < len(cues) and cues[k] < end)
    if not reported:
        verdict = _unreported_verdict(
            doc, idx, lowers, keys, (lead, anchors), evaluative, frames
        )
        if verdict is not None:
            return verdict
    verdict = _evaluation_verdict(doc, idx, lowers, keys, evaluative, frames, reported)
    if verdict is not None:
        return verdict
    if reported and cue_ends and k < len(cues) and cues[k] < end:
        verdict = _reported_verdict(
            doc,
            (start, cues[k], cue_ends.get(cues[k], cues[k]), end),
            facts,
            evaluative,
            frames,
        )
        if verdict is not None:
            return verdict
    if anchors and text[seg.start] in _OPENING_QUOTES:
        anchors = _said_anchors(doc, seg, anchors, facts, cues)
    return _Verdict(True, "features:assertion", min(0.95, 0.7 + 0.05 * anchors))


def _unreported_verdict(
    doc: Document,
    idx: range,
    lowers: list[str],
    keys: frozenset[str],
    place: tuple[int, int],
    evaluative: dict[str, str],
    frames: dict[tuple[str, ...], str],
) -> _Verdict | None:
    """Rule out a sentence with no reporting word that predicts, forecasts,
    describes the outlet's own product, judges sweepingly or idiomatically,
    speculates, voices a feeling or judges in hindsight.

    ``lowers`` are the words of the content at ``idx``, ``keys`` those of
    ``_sentence_keys`` among them; ``place`` holds the index of the first
    word after opening connectives and the number of checkable anchors.
    """
    lead, anchors = place
    if anchors == 0 and _is_prediction(lowers):
        return _Verdict(False, "features:prediction", 0.6)
    if not _forecast_or_product_words().isdisjoint(keys):
        # One set test rules the rarer forms out for most sentences.
        if _is_any_forecast(lowers, lead):
            return _Verdict(False, "features:forecast", 0.6)
        if _describes_own_product(doc, idx, lowers, lead):
            return _Verdict(False, "features:announcement", 0.6)
    # Without a modal anywhere there is none in the first words either.
    if not _MODALS.isdisjoint(keys) and _is_effect_prediction(lowers, frames):
        return _Verdict(False, "features:effect-prediction", 0.6)
    if _is_sweeping_judgement(lowers, lead):
        return _Verdict(False, "features:sweeping", 0.6)
    # One set test rules the three rarer frames out for most sentences.
    late = not _late_keys().isdisjoint(keys)
    if anchors == 0:
        if _frame_in(lowers, frames, _SPECULATION_KINDS, _SPECULATION_WINDOW):
            return _Verdict(False, "features:speculation", 0.6)
        if late and _opens_with_feeling(lowers, frames):
            return _Verdict(False, "features:feeling", 0.6)
    if late and _is_idiomatic_judgement(lowers, evaluative, frames):
        return _Verdict(False, "features:evaluation", 0.6)
    # Without a frame's first word anywhere there is none in the first words.
    if not _kind_starts(_HINDSIGHT).isdisjoint(keys) and _is_hindsight(lowers, frames):
        return _Verdict(False, "features:prescription", 0.6)
    return None


def _said_anchors(
    doc: Document,
    seg: Segment,
    anchors: int,
    facts: _DocumentFacts,
    cues: Sequence[int],
) -> int:
    """The checkable anchors of what a quoted speaker says, not of who says it.

    A quotation opening the sentence and a reporting frame after it
    ("\u201cThis is more than a game,\u201d said Jo Lee, the Riverside Youth
    Club's head coach."): the speaker's name and titles tell who speaks, not
    what can be checked, so only the anchors inside the quotation count
    towards the confidence. ``anchors`` are those of the whole content; the
    caller has seen the sentence open with a quotation mark.
    """
    k = bisect_left(facts.quote_starts, seg.start)
    if k == len(facts.quote_starts) or facts.quote_starts[k] != seg.start:
        return anchors
    quote = doc.quotations[k]
    c = bisect_left(cues, quote.end)
    if quote.end >= seg.end or c == len(cues) or cues[c] >= seg.end:
        return anchors  # the quotation is all of the sentence, or no frame follows
    inside = doc.token_range(quote.start, quote.end)
    return facts.anchors[inside.stop] - facts.anchors[inside.start]


def _frame_verdict(
    doc: Document,
    idx: range,
    sentence: str,
    lowers: list[str],
    keys: frozenset[str],
    frames: dict[tuple[str, ...], str],
    facts: _DocumentFacts,
) -> _Verdict | None:
    """Rule out a sentence that is only a reporting frame, opens with a frame
    of a non-claim kind or a speaker's own speech act or introduction, or
    voices the writer's own feeling or a norm (``lowers`` are the words of
    the content at ``idx``, ``keys`` those of ``_sentence_keys`` among
    them)."""
    if _is_frame_only(sentence, lowers, frames):
        return _Verdict(False, "features:reporting-frame", 0.8)
    # Each test below needs one of its words in the sentence, let alone in
    # its first words: without one it finds nothing.
    kind = None
    if not _kind_starts(_OPENING_KINDS).isdisjoint(keys):
        kind = _opening_frame(lowers, frames)
    if kind is None and not _FIRST_PERSON_SUBJECT.isdisjoint(keys):
        kind = _speaker_frame_after_phrase(lowers, frames)
    if kind is not None:
        return _Verdict(False, f"features:{kind}", 0.7)
    if (
        facts.speech_acts
        and not _SPEECH_ACT_KEYS.isdisjoint(keys)
        and _is_speech_act(lowers)
    ) or (
        facts.self_intros
        and not _SELF_INTRO_STARTS.isdisjoint(lowers[:_SELF_INTRO_WORDS])
        and _is_self_introduction(doc, idx, lowers)
    ):
        return _Verdict(False, "features:announcement", 0.7)
    if not _VOICE_KEYS.isdisjoint(keys):  # one set test for two rare forms
        if _is_own_feeling(lowers):
            return _Verdict(False, "features:feeling", 0.6)
        if _is_norm_statement(lowers):
            return _Verdict(False, "features:norm", 0.6)
        if _is_own_sentiment(lowers):
            return _Verdict(False, "features:feeling", 0.6)
    return None


def _announcement_verdict(
    doc: Document,
    seg: Segment,
    bounds: tuple[int, int],
    head: str,
    lowers: list[str],
    keys: frozenset[str],
    evaluative: dict[str, str],
    facts: _DocumentFacts,
) -> _Verdict | None:
    """Musings, announcements, sign-ons, fragments and story intros: no claim.

    ``bounds`` are the start and end of the content, ``lowers`` its words
    and ``keys`` those of ``_sentence_keys`` among them.
    """
    text = doc.text
    start, end = bounds
    if _MUSING.match(head):
        return _Verdict(False, "features:musing", 0.8)
    if _ANNOUNCEMENT.match(head):
        return _Verdict(False, "features:announcement", 0.75)
    if not _PAGE_NOTE_WORDS.isdisjoint(keys) and (
        _PAGE_SELF.match(head) or _PAGE_NOTE.search(head)
    ):
        return _Verdict(False, "features:page-note", 0.75)
    if not _TEXT_NOTE_WORDS.isdisjoint(keys) and _TEXT_NOTE.match(head):
        return _Verdict(False, "features:page-note", 0.75)
    if not _POINTER_WORDS.isdisjoint(keys) and _points_to_content(head):
        return _Verdict(False, "features:page-note", 0.7)
    if _is_sign_on(lowers) or (
        "this" in keys and _ends_with_sign_on(doc, start, lowers)
    ):
        return _Verdict(False, "features:announcement", 0.75)
    if (
        not _late_keys().isdisjoint(keys)
        and _addresses_reader(lowers, evaluative)
        and (start, end) == (seg.start, seg.end)
        and text[start] not in _QUOTE_MARKS
        and not doc.in_quotation(start)
        and not facts.has_hint(text, start, end)
    ):
        # Only in the outlet's voice: a quoted "we ... you" is a speaker's.
        return _Verdict(False, "features:announcement", 0.65)
    if "you" in keys and _offers_to_audience(lowers, evaluative):
        return _Verdict(False, "features:announcement", 0.65)
    if _is_fragment(lowers):
        return _Verdict(False, "features:fragment", 0.65)
    if not _PAGE_CONTENT.isdisjoint(lowers[:2]) and _is_content_teaser(lowers):
        return _Verdict(False, "features:announcement", 0.65)
    # A hand-over or a blurb needs a frame's first word in the sentence.
    if len(lowers) <= _STORY_INTRO_WORDS and (
        (not _kind_starts(_STORY_INTRO).isdisjoint(keys) and _introduces_story(lowers))
        or ("from" in keys and _reports_from(lowers))
    ):
        return _Verdict(False, "features:announcement", 0.7)
    if not _kind_starts(_BLURB).isdisjoint(keys) and _is_blurb(lowers, evaluative):
        return _Verdict(False, "features:announcement", 0.65)
    return None


def _points_to_content(head: str) -> bool:
    """The main predicate points to where or when the page's content appears.

    "Full results are listed below.", "Coverage will begin at 4pm on our
    website.", "Updates will resume on Monday.", "The latest figures will be
    posted on the agency's blog." (``_PAGE_POINTER``). What comes before the
    pointer is its subject, with no verb or clause of its own, and nothing
    after it tells of an event: "The agency released the figures, which can
    be found at ..." tells of a release.
    """
    m = _PAGE_POINTER.search(head)
    if m is None:
        return False
    before = _POINTER_SUBJECT_WORD.findall(head[: m.start()].lower())
    after = _POINTER_SUBJECT_WORD.findall(head[m.end() :].lower())
    prev: str | None = None
    for w in before:
        if w in _FINITE or w in _CLAUSE_MARKERS or w == "that" or _is_past(w, prev):
            return False
        prev = w
    # Nor does anything after it tell of an event: "..., which closed higher".
    return _CLAUSE_MARKERS.isdisjoint(after) and not _tells_event(after)


def _is_blurb(lowers: list[str], evaluative: dict[str, str]) -> bool:
    """A standfirst introducing what a speaker says: "The coach looks back on 2023".

    A present verb of talking with its topic ("speaks about", "weighs in
    on", "tells us about"; the ``blurb`` frames) after its subject describes
    the piece, not the world (annotation notes 27, 35). A number or date
    anywhere, or a past event before the verb ("The mayor, who resigned,
    reflects on ..."), makes the line checkable.
    """
    first_words = _kind_starts(_BLURB)
    if first_words.isdisjoint(lowers):
        return False  # most sentences: one set test at C speed
    starts = first_words.intersection(lowers)
    frames, lengths = _claim_frames(), _frame_lengths()
    # Only where a first word stands can a frame start: look there only.
    for w in starts:
        k = index_of(lowers, w, 1)
        while k >= 0:
            for n in lengths[w]:
                if frames.get(tuple(lowers[k : k + n])) == "blurb":
                    if not _CORE_WORDS.isdisjoint(lowers) or _has_figure(lowers):
                        return False
                    return not 0 <= _checkable_core(lowers, evaluative) < k
            k = index_of(lowers, w, k + 1)
    return False


def _is_cue_lead_in(
    doc: Document,
    seg: Segment,
    sentence: str,
    cues: Sequence[int],
    cue_ends: Mapping[int, int] | None,
) -> bool:
    """A speaker's lead-in ending in a colon: "Her rival joked in response:".

    What the speaker said follows the colon (annotation notes 58: a lead-in
    that only says what the page prints next is no claim). The sentence's
    last cue is followed by a few words at most, with no clause ("noted that
    turnout was low:" states it), and neither it nor what comes before the cue
    holds a number, a date or a past event. ``sentence`` is the sentence's
    text without closing marks; the caller has checked that it ends with a
    colon.
    """
    if not cue_ends or any(q in sentence for q in _QUOTE_MARKS):
        return False  # a quotation before the frame says something itself
    lo, hi = bisect_left(cues, seg.start), bisect_left(cues, seg.end)
    if lo == hi:
        return False
    cue = cues[hi - 1]
    end = cue_ends.get(cue)
    if end is None:
        return False  # what a document shows is its finding
    lowers = doc.lowers
    tail = doc.token_range(end, seg.end)
    after = lowers[tail.start : tail.stop]
    if len(after) > _LEAD_IN_TAIL or not (
        _CLAUSE_MARKERS.isdisjoint(after) and _WH_TEASER.isdisjoint(after)
    ):
        return False
    head = doc.token_range(seg.start, cue)
    if lowers[head.stop] == "according" and len(head) > 1:
        return False  # "Symptoms include, according to the agency:" lists them
    evaluative = _evaluative_words()
    return (
        _checkable_core(lowers[head.start : head.stop], evaluative) < 0
        and _checkable_core(after, evaluative) < 0
    )


def _form_verdict(
    doc: Document, seg: Segment, start: int, end: int, lowers: list[str], lead: int
) -> _Verdict | None:
    """Forms that assert nothing: a crosshead, a post's signature line, an
    opening of speculation, an imperative; a truth verdict, which is a claim;
    None for any other sentence. ``lead`` is the index of the first word after
    opening connectives."""
    text = doc.text
    if _is_truth_verdict(lowers[lead:]):
        return _Verdict(True, "features:verdict", 0.9)
    if text[seg.end - 1] not in _SENTENCE_ENDS and _is_crosshead(doc, seg):
        return _Verdict(False, "features:crosshead", 0.7)
    if text[seg.start] in _SIGNATURE_STARTS and _is_signature(text, seg):
        return _Verdict(False, "features:signature", 0.8)
    if lead < len(lowers) and lowers[lead] in _SPECULATION_START:
        return _Verdict(False, "features:speculation", 0.8)
    if (
        lowers
        and lowers[0] in _FORECAST_LABEL
        and text[doc.words.ends[doc.token_range(start, end).start]] == ":"
    ):
        return _Verdict(False, "features:forecast", 0.7)  # "Prediction: 2-1"
    if lead + 1 < len(lowers):
        if lowers[lead] == "what" and lowers[lead + 1] in _EXCLAMATIVE:
            return _Verdict(False, "features:exclamation", 0.7)
        if lowers[lead] in _WH_TEASER and _is_wh_teaser(lowers, lead):
            return _Verdict(False, "features:teaser", 0.7)
    if (
        lowers
        and lead == 0
        and lowers[0].isdigit()
        and _opens_with_list_number(doc, start)
    ):
        lead = 1  # "1. Find trusted sources": the item's own first word
    if lead + 1 < len(lowers) and lowers[lead] == "if":
        lead = _after_reader_condition(doc, doc.token_range(start, end), lowers, lead)
    elif lead + 2 < len(lowers) and lowers[lead] in _FRONTED_OPENERS:
        lead = _after_fronted_phrase(doc, doc.token_range(start, end), lowers, lead)
    if (
        lead < len(lowers)
        and (
            lowers[lead] in _IMPERATIVE_START
            or (lowers[lead] in _ADVICE_START and _is_advice(lowers, lead))
        )
        # "So do their leaders": an inverted clause, not an imperative.
        and not (
            lead > 0 and lowers[lead - 1] in _INVERTING and lowers[lead] in _FINITE
        )
        and not (text[start] in _QUOTE_MARKS and not doc.in_quotation(start, end))
    ):
        # Also after a connective: "Now imagine a city without cars".
        # A quoted title opening the sentence is no imperative: "'Stay
        # Close' premiered in May" (a quotation judged on its own is).
        return _Verdict(False, "features:imperative", 0.7)
    return None


def _after_reader_condition(
    doc: Document, idx: range, lowers: list[str], lead: int
) -> int:
    """Where the main clause starts after a condition put to the reader.

    "If you see smoke, call the fire service", "If you have any information,
    then please contact the police": the clause after the comma that closes
    "If you ..." is the sentence's own, and an imperative there makes the
    sentence advice, not a claim (annotation notes 67). ``lead`` (the index
    of "if") is returned unchanged when "you" does not follow it or no comma
    closes the condition.
    """
    if lowers[lead + 1] not in _SECOND_PERSON:
        return lead
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    for k in range(lead + 2, len(lowers)):
        w = idx.start + k
        if "," in text[ends[w - 1] : starts[w]]:
            return k + _skip_connectives(lowers[k:])
    return lead


def _after_fronted_phrase(
    doc: Document, idx: range, lowers: list[str], lead: int
) -> int:
    """Where an imperative starts after a fronted purpose or topic phrase.

    "For more information, visit our website", "To apply, send a letter to
    the council", "With snow forecast, stay off the roads": the phrase before
    the comma says what the advice is for, and the clause after it tells the
    reader what to do, a call to action and no claim. The word after the
    comma must be an imperative that reads as advice (``_is_advice``): "For
    many, watch parties are a tradition" opens a statement. ``lead`` (the
    index of "for", "to" or "with") is returned unchanged otherwise.
    """
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    stop = min(len(lowers), lead + _FRONTED_WORDS)
    # One search for the comma between two words ("1,000" holds one).
    comma = text.find(",", ends[idx.start + lead + 1], starts[idx.start + stop - 1])
    while comma >= 0:
        w = bisect_right(starts, comma)  # the first word after the comma
        if ends[w - 1] <= comma:
            break
        comma = text.find(",", comma + 1, starts[idx.start + stop - 1])
    if comma < 0:
        return lead
    k = w - idx.start
    k += _skip_connectives(lowers[k:])
    if k < len(lowers) and lowers[k] in _FRONTED_IMPERATIVES and _is_advice(lowers, k):
        return k
    return lead


def _opening_lead(doc: Document, idx: range, lowers: list[str]) -> int:
    """Index of the first word after opening connectives and an entry time.

    A live blog's entry time: "10:32 Click here to watch" opens with
    "Click" (annotation notes 3 keeps the time in the entry).
    """
    lead = _skip_connectives(lowers)
    if lead == 0 and lowers and lowers[0][0].isdigit():
        stamp = _time_stamp_length(doc, idx)
        if stamp:
            lead = stamp + _skip_connectives(lowers[stamp:])
    return lead


def _is_advice(lowers: list[str], at: int) -> bool:
    """ "Please drive safely", "Use the form below": advice to the reader.

    Not "Use of force is rare" or "Call volumes doubled in May" (a noun
    opening the subject, its verb right after the next word), nor a notice
    whose clause carries facts ("Please note that the road remains closed",
    "Keep in mind that the fund was audited", annotation notes 67).
    """
    after = lowers[at + 1 : at + 5]
    return (
        bool(after)
        and after[0] != "of"
        and after[:2] != ["in", "mind"]  # "Keep in mind, the law requires ..."
        and after[:2] != ["no", "mistake"]  # "Make no mistake: the plan failed"
        and "that" not in after
        and not (
            len(after) > 1 and (after[1] in _FINITE or _is_past(after[1], after[0]))
        )
    )


def _reported_verdict(
    doc: Document,
    bounds: tuple[int, int, int, int],
    facts: _DocumentFacts,
    evaluative: dict[str, str],
    frames: dict[tuple[str, ...], str],
) -> _Verdict | None:
    """Rule out indirect speech that only evaluates, prescribes or predicts.

    ``bounds`` are the sentence's start, its first cue's start and end, and
    its end: what follows the cue is what the source is reported to say. "An
    analyst said the plan is doomed" reports an assessment, "an expert said
    the scheme will greatly improve access" a commentator's prediction of its
    effect: neither is a
    claim (judgement call 20, annotation notes 14, 43). What the party itself
    says it holds or will do stays a claim: a first-person subject, or "he",
    "she", "they" standing for the speaker ("she said she will resign"); so
    does anything with a number, a date or a past event in it, and what a
    document finds ("the study found that ..."). A naming verb with an
    evaluation ("called the deal a disgrace", "described the storm as
    vicious") and a forecast ("the rate is expected to rise") are not claims
    either.
    """
    start, cue_start, cue_end, end = bounds
    cidx = doc.token_range(cue_end, end)
    c = facts.lowers[cidx.start : cidx.stop]
    if c[:1] == ["that"]:
        c = c[1:]
    elif (
        "that" in c[1:_THAT_WINDOW] and doc.text[cue_start:cue_end].lower() in _TELLING
    ):
        c = c[c.index("that") + 1 :]  # "told reporters that ...": the addressee
    if len(c) < 3 or c[0] == "to" or not _FIRST_PERSON_SUBJECT.isdisjoint(c):
        return None  # "vowed to resist": a pledge, the party's own position
    if _is_forecast(c, 0):
        return _Verdict(False, "features:reported-prediction", 0.6)
    if (
        _is_weather_forecast(c, _after_that(c))
        # "Floods hit the coast and forecasters predicted that ...": an event first
        and _checkable_core(_words_before(doc, facts, start, cue_start), evaluative) < 0
    ):
        return _Verdict(False, "features:reported-prediction", 0.6)
    if _is_reported_feeling(c, evaluative):
        return _Verdict(False, "features:reported-feeling", 0.6)
    if _checkable_core(c, evaluative) >= 0:
        return None  # an event, a number or a date is checkable
    if (
        doc.text[cue_start:cue_end].lower() in _NAMING
        and c[0] not in _NOT_NAMING
        and any(evaluative.get(w) == "judge" for w in c)
    ):
        # "called it a clear attempt to intimidate" (annotation notes 43),
        # unless the sentence tells of an event before the cue.
        before = doc.token_range(start, cue_start)
        lowers = facts.lowers[before.start : before.stop]
        if _checkable_core(lowers, evaluative) < 0:
            return _Verdict(False, "features:reported-assessment", 0.6)
    if _SPEAKER_SUBJECT.isdisjoint(c[:3]) and _is_effect_prediction(c, frames):
        return _Verdict(False, "features:reported-prediction", 0.6)
    # The clause's first verb must be the linking one ("the plan is doomed",
    # "would be futile"): "the crew could see ... but were unable" tells
    # what was seen before it grades anything.
    verb = next((k for k, w in enumerate(c) if w in _FINITE), -1)
    if (
        0 <= verb < len(c) - 1
        and c[verb] in _AUXILIARIES
        and c[verb + 1] in _LINKING
        and c[0] != "there"  # "there had been no threats" tells a state
        and _checkable_core(_words_before(doc, facts, start, cue_start), evaluative)
        < 0  # "ruled against it, adding this had been ...": an event first
    ):
        verb += 1  # "had been incredible"
    if verb < 0 or not (
        c[verb] in _LINKING or (c[verb] in _MODALS and c[verb + 1 : verb + 2] == ["be"])
    ):
        return None
    starts = doc.words.starts[cidx.start : cidx.stop]
    ends = doc.words.ends[cidx.start : cidx.stop]
    skip = len(starts) - len(c)
    if _is_assessment(doc, starts[skip:], ends[skip:], c, evaluative):
        return _Verdict(False, "features:reported-assessment", 0.6)
    return None


def _after_that(c: list[str]) -> int:
    """Where the reported clause starts after a time phrase and "that"
    ("(said) on Sunday that ..."): 0 when no "that" comes in the first
    words."""
    head = c[:_THAT_WINDOW]
    return head.index("that") + 1 if "that" in head else 0


def _words_before(
    doc: Document, facts: _DocumentFacts, start: int, end: int
) -> list[str]:
    """The lower-case words between two offsets."""
    idx = doc.token_range(start, end)
    return facts.lowers[idx.start : idx.stop]


def _is_reported_feeling(c: list[str], evaluative: dict[str, str]) -> bool:
    """What a speaker is reported to feel: "(she said) she was thrilled with it".

    The speaker's own feelings are not claims, quoted or reported
    (annotation notes 43): the reported clause opens with a pronoun standing
    for the speaker, a linking verb, at most two degree words and a feeling.
    "He was pleased to announce that ..." tells news, and so does an event,
    number or date after the feeling ("thankful that the minister came").
    """
    if c[0] not in _SPEAKER_SUBJECT or c[1] not in _LINKING:
        return False
    j = 2
    while j < min(len(c), 4) and (c[j] in _FEELING_DEGREE or c[j].endswith("ly")):
        j += 1
    if j >= len(c) or c[j] not in _FEELINGS:
        return False
    after = c[j + 1 : j + 3]
    if after[:1] == ["to"] and after[1:] and after[1] in _ANNOUNCING:
        return False
    return _checkable_core(c[j + 1 :], evaluative) < 0


def _introduces_story(lowers: list[str]) -> bool:
    """A broadcast's line handing over to its reporter: "Jo Lee has more.".

    "Jo Lee reports.", "Jo Lee has details.", "From Rome, Jo Lee has more on
    the vote." announce the report that follows (annotation notes 5); a
    reporter's name before the phrase and at most a topic after "on" or
    "about" ("has details" and "reports" only at the end). "Jo Lee reports
    that ..." is an attribution, "The agency has the details on file" no
    hand-over, and a figure makes the line checkable.
    """
    if _kind_starts(_STORY_INTRO).isdisjoint(lowers):
        return False  # most sentences: one set test at C speed
    frames = _claim_frames()
    # The phrase ends the sentence, or comes right before its topic: only
    # those few places are looked up, never every word.
    ends = [len(lowers)]
    ends += [lowers.index(w) for w in _STORY_TOPIC.intersection(lowers)]
    for stop in ends:
        for n in _story_lengths():
            if stop - n < 1:
                continue  # no reporter's name before the phrase
            kind = frames.get(tuple(lowers[stop - n : stop]))
            if kind == "story-intro" or (kind == "story-end" and stop == len(lowers)):
                return not _has_figure(lowers)
    return False


def _reports_from(lowers: list[str]) -> bool:
    """A broadcast's hand-over naming its reporter's place: "Jo Lee reports from Kyiv.".

    "For the network, Jo Lee reports from the border.", "Our correspondent
    Jo Lee has our story from the coast, narrated by Sam Roe." announce the
    report that follows (annotation notes 5), like "Jo Lee has more.". A
    ``story-place`` phrase ending in "from" follows the reporter's name, with
    no reporting verb or clause before it ("The mayor said Jo Lee reports
    from ..."), and the place after it has no verb, clause or figure of its
    own: "Jo Lee reports from Kyiv that the bridge is down" and "Jo Lee
    reports from Kyiv, where 12 people were hurt" tell the news.
    """
    frames = _claim_frames()
    k = lowers.index("from")
    while True:
        for n in _story_place_lengths():
            start = k - n + 1
            if start >= 1 and frames.get(tuple(lowers[start : k + 1])) in _STORY_PLACE:
                place = lowers[k + 1 :]
                return (
                    bool(place)
                    and _CLAUSE_MARKERS.isdisjoint(lowers[:start])
                    and _FINITE.isdisjoint(place)
                    and _CLAUSE_MARKERS.isdisjoint(place)
                    and "that" not in place
                    and "where" not in place
                    and not _has_figure(lowers)
                    and not _tells_event(lowers[:start] + place)
                )
        if "from" not in lowers[k + 1 :]:
            return False
        k = lowers.index("from", k + 1)


def _tells_event(words: list[str]) -> bool:
    """Whether ``words`` hold a past verb that is no participle before "by".

    "a city hit hard by the floods" and "narrated by Sam Roe" describe;
    "Officials received reports" and "the scene described chaos" tell.
    """
    prev: str | None = None
    for j, w in enumerate(words):
        if _is_past(w, prev) and "by" not in words[j + 1 : j + 3]:
            return True
        prev = w
    return False


def _question_or_fragment(
    doc: Document,
    seg: Segment,
    sentence: str,
    content: str,
    start: int,
    end: int,
    idx: range,
) -> _Verdict | None:
    """Rule out a question or a fragment too short to assert anything.

    ``sentence`` is the sentence text without closers, ``content`` the text of
    ``[start, end)`` (its words at ``idx``) outside any quotation marks.
    """
    text = doc.text
    if sentence.endswith("?") or content.rstrip(_CLOSERS + " ,").endswith("?"):
        return _Verdict(False, "features:question", 0.9)
    whole = idx if (start, end) == (seg.start, seg.end) else None
    words = whole or doc.token_range(seg.start, seg.end)
    if len(words) < 4 and not _is_short_clause(doc, sentence, words):
        return _Verdict(False, "features:fragment", 0.7)
    # A label needs its colon: most sentences have none, and skip the regex.
    has_colon = text.find(":", seg.start, seg.end) >= 0
    label = has_colon and _SPEAKER_LABEL.match(text, seg.start, seg.end)
    if label and len(doc.token_range(label.end(), seg.end)) < 4:
        return _Verdict(False, "features:fragment", 0.7)  # "JANE ROE: Yes, gold."
    if sentence.endswith(_CUT_MARKS) and _is_cut_frame(doc, words):
        return _Verdict(False, "features:reporting-frame", 0.7)
    return None


def _evaluation_verdict(
    doc: Document,
    idx: range,
    lowers: list[str],
    keys: frozenset[str],
    evaluative: dict[str, str],
    frames: dict[tuple[str, ...], str],
    reported: bool,
) -> _Verdict | None:
    """Rule out an unreported prescription, assessment or generic evaluation.

    Returns None when the words at ``idx`` (lower-cased ``lowers``, those of
    ``_sentence_keys`` among them ``keys``) may still assert something
    checkable.
    """
    if reported:
        return None  # every test below is of unreported speech
    if not _NECESSITY.isdisjoint(keys) and _is_necessity(lowers):
        return _Verdict(False, "features:prescription", 0.6)
    if not _SIGNIFICANCE_SUBJECTS.isdisjoint(lowers[:3]) and _reads_significance(
        lowers
    ):
        return _Verdict(False, "features:assessment", 0.6)
    core = _checkable_core(lowers, evaluative)
    if core < 0:
        if not reported and _is_prescription(lowers, frames):
            return _Verdict(False, "features:prescription", 0.6)
        if not reported and _is_assessment(
            doc,
            doc.words.starts[idx.start : idx.stop],
            doc.words.ends[idx.start : idx.stop],
            lowers,
            evaluative,
        ):
            return _Verdict(False, "features:assessment", 0.6)
        if (
            not reported
            and _FIRST_PERSON_SUBJECT.isdisjoint(keys)
            and _is_subjective(lowers, evaluative)
            and not _has_name(doc, idx)
        ):
            return _Verdict(False, "features:generic", 0.55)
    elif (
        not reported
        and _is_past_in_clause(lowers, core)
        and _is_assessment(
            doc,
            doc.words.starts[idx.start : idx.stop],
            doc.words.ends[idx.start : idx.stop],
            lowers,
            evaluative,
        )
    ):
        # The only event is inside what the evaluation qualifies: "The
        # raids are a grim reminder that the old feud never ended".
        return _Verdict(False, "features:assessment", 0.55)
    return None


def _reads_significance(lowers: list[str]) -> bool:
    """ "This" or "it" reads a meaning into what came before: "This reflects
    the strong ties between the two towns", "It marks a new chapter for the
    club".

    The subject opens the sentence (after connectives), a present verb of
    significance (the ``significance-verb`` words) follows, an adverb
    allowed between ("This also shows ..."), and its object is a noun
    phrase with no number or date: an assessment of what a fact means, not
    a fact (annotation notes 14). A clause after the verb ("It shows that
    prices rose", "This shows how ...") is a finding, and a figure ("It
    represents 40% of exports", "This marks the first time since 1990")
    can be checked.
    """
    k = _skip_connectives(lowers)
    if lowers[k : k + 1] == [] or lowers[k] not in _SIGNIFICANCE_SUBJECTS:
        return False
    j = k + 1
    if j < len(lowers) and lowers[j].endswith("ly") or lowers[j : j + 1] == ["also"]:
        j += 1
    if j >= len(lowers) - 1 or lowers[j] not in _SIGNIFICANCE_VERBS:
        return False
    rest = lowers[j + 1 :]
    return (
        rest[0] not in _NOT_SIGNIFICANCE
        and _CORE_WORDS.isdisjoint(rest)
        and not _has_figure(rest)
    )
