"""The speaker's own voice: frames, feelings, norms, prescriptions, predictions.

Opening frames from ``claim_frames.tsv`` (phatic, announcing, prescribing),
speech acts and self-introductions ("I want to thank ...", "I'm Jo Lee"),
idioms of judgement ("deserves credit"), the speaker's own feelings and
sentiments ("We are thrilled to ..."), norms and necessities ("Everyone
should ..."), prescriptions, hindsight, obligations, predicted effects and
benefits, predictions, discourse frames and a presenter's sign-on: none of
them asserts something checkable.
"""

from __future__ import annotations

from bisect import bisect_right

from reliability.annotators.claims.assessment import (
    _checkable_core,
    _has_figure,
    _is_past,
)
from reliability.annotators.claims.lexicon import (
    _ANNOUNCING,
    _CLAUSE_MARKERS,
    _CLOSERS_SPACE,
    _CONNECTIVES,
    _CORE_WORDS,
    _DATE_WORDS,
    _DETERMINERS,
    _EFFECT_RESULT_GAP,
    _EFFECT_RESULT_VERBS,
    _EFFECT_RESULTS,
    _EFFECT_WINDOW,
    _FEELING_DEGREE,
    _FEELING_OBJECTS,
    _FEELINGS,
    _FINITE,
    _FIRST_PERSON,
    _FIRST_PERSON_SUBJECT,
    _FORECAST_WINDOW,
    _FRAME_WINDOW,
    _FRAME_WORDS,
    _FUTURE_OR_MODAL,
    _GREETING_WORDS,
    _HINDSIGHT,
    _HINT_SET,
    _LATE_SPEAKER_WINDOW,
    _LINKING,
    _MODALS,
    _NECESSITY,
    _NORM_NOUNS,
    _NORM_VERBS,
    _OBLIGATION,
    _OPENING_KINDS,
    _SELF_INTRO_WORDS,
    _SENTIMENT_VERBS,
    _SIGN_ON_WORDS,
    _SPEECH_ACT_KEYS,
    _SPEECH_ACTS,
    _SPEECH_ADVERBS,
    _SPEECH_SUBJECTS,
    _SPEECH_WISHES,
    _SPEECH_WOULD,
    _STRICT_DATE_WORDS,
    _THIRD_PERSON,
    _evaluation_index,
    _evaluative_words,
    _frame_keys,
    _frame_lengths,
    _kind_starts,
)
from reliability.document import Document
from reliability.quotes import Quotation
from reliability.segment import Segment
from reliability.tokens import index_of


def _opening_frame(lowers: list[str], frames: dict[tuple[str, ...], str]) -> str | None:
    """The kind of a phatic, announcing or prescribing phrase opening the sentence."""
    return _frame_in(lowers, frames, _OPENING_KINDS, _FRAME_WINDOW)


def _frame_in(
    lowers: list[str],
    frames: dict[tuple[str, ...], str],
    kinds: frozenset[str],
    window: int,
) -> str | None:
    """The kind of the first frame of ``kinds`` starting in the first words."""
    starts = _kind_starts(kinds)
    if starts.isdisjoint(lowers[:window]):
        return None  # most sentences: one set test at C speed
    lengths = _frame_lengths()
    for k in range(min(window, len(lowers))):
        if lowers[k] not in starts:
            continue  # most words start no frame of these kinds
        if k > 0 and (
            lowers[k - 1] in _DETERMINERS
            or lowers[k - 1] in _FINITE
            # "He expressed condolences": a report of the act is a claim
            # (annotation notes 46), not the condolence itself.
            or _is_past(lowers[k - 1], lowers[k - 2] if k > 1 else None)
        ):
            continue  # "the welcome to", "will welcome back": not the frame
        for n in lengths[lowers[k]]:
            kind = frames.get(tuple(lowers[k : k + n]))
            if kind in kinds:
                return kind
    return None


def _speaker_frame_after_phrase(
    lowers: list[str], frames: dict[tuple[str, ...], str]
) -> str | None:
    """The kind of a speaker's own frame behind an opening phrase.

    "On behalf of everyone at the club, I would like to express our
    sympathy", "At the start of this session, I would like to ask about the
    budget": the phrase before "I" or "we" only sets the scene, so the
    sentence is the thanks or the announcement itself (annotation notes 5,
    46). The phrase holds no verb of its own: "The mayor said that we thank
    ..." and "She wrote, 'I congratulate ...'" report the frame, and their
    own first words decide.
    """
    stop = min(_LATE_SPEAKER_WINDOW, len(lowers))
    if _FIRST_PERSON_SUBJECT.isdisjoint(lowers[_FRAME_WINDOW:stop]):
        return None  # most sentences: one set test at C speed
    starts = _kind_starts(_OPENING_KINDS)
    lengths = _frame_lengths()
    prev: str | None = None
    for k in range(stop):
        w = lowers[k]
        if k >= _FRAME_WINDOW and w in _FIRST_PERSON_SUBJECT and w in starts:
            for n in lengths[w]:
                kind = frames.get(tuple(lowers[k : k + n]))
                if kind in _OPENING_KINDS:
                    return kind
        if w in _FINITE or w in _CLAUSE_MARKERS or _is_past(w, prev):
            return None  # a clause of its own before the speaker's words
        prev = w
    return None


def _is_speech_act(lowers: list[str]) -> bool:
    """The speaker doing something in the speech itself, not telling of the world.

    "Today, I would like to discuss the outlook", "First, I want to
    recognise my colleagues", "We wish to welcome our guests", "Let me stress
    one point": a first-person subject with "would like to", "want to" or
    "wish to" (``speech-wish`` words), or "let me" / "allow me to", then a
    verb of a speech act (``speech-act`` words: thank, welcome, discuss, ...),
    an adverb such as "also" or "briefly" allowed between. It announces what
    the speech does (annotation notes 5, 27), like the listed frames of
    thanks and announcement. What the speaker wants done in the world ("We
    want to build more homes") is a stated plan, and a claim; a phrase before
    the subject only sets the scene, while a clause of its own ("The mayor
    said I want to ...") makes the sentence a report.
    """
    stop = min(_LATE_SPEAKER_WINDOW, len(lowers))
    if _SPEECH_ACT_KEYS.isdisjoint(lowers[:stop]):
        return False  # most sentences: one set test at C speed
    prev: str | None = None
    for k in range(stop):
        w = lowers[k]
        if w in _SPEECH_SUBJECTS or w in _SPEECH_WOULD:
            return _speech_act_after_subject(lowers, k)
        if w in ("let", "allow") and lowers[k + 1 : k + 2] == ["me"]:
            j = k + 3 if w == "allow" else k + 2
            if w == "allow" and lowers[k + 2 : k + 3] != ["to"]:
                return False
            return _speech_verb_at(lowers, j)
        if w in _FINITE or w in _CLAUSE_MARKERS or _is_past(w, prev):
            return False  # a clause of its own before the speaker's words
        prev = w
    return False


def _speech_act_after_subject(lowers: list[str], k: int) -> bool:
    """Whether "I"/"we" at ``k`` wants to perform a speech act: "I would also
    like to thank", "we'd like to welcome", "I want to recognise"."""
    j = k + 1
    would = lowers[k] in _SPEECH_WOULD
    if not would and lowers[j : j + 1] == ["would"]:
        would, j = True, j + 1
    if lowers[j : j + 1] in (["also"], ["just"], ["really"]):
        j += 1
    wish = lowers[j] if j < len(lowers) else ""
    if wish not in _SPEECH_WISHES or (wish == "like") is not would:
        return False
    if lowers[j + 1 : j + 2] != ["to"]:
        return False
    return _speech_verb_at(lowers, j + 2)


def _speech_verb_at(lowers: list[str], j: int) -> bool:
    """A speech-act verb at ``j``, after at most one adverb ("to briefly
    discuss", "to once again thank")."""
    if j < len(lowers) and lowers[j] == "once":
        j += 1
    if j < len(lowers) and (lowers[j] in _SPEECH_ADVERBS or lowers[j].endswith("ly")):
        j += 1
    return j < len(lowers) and lowers[j] in _SPEECH_ACTS


def _is_self_introduction(doc: Document, idx: range, lowers: list[str]) -> bool:
    """A speaker naming themself to the audience: "I'm Jo Lee, the station's
    science editor, and it's my pleasure to be with you today".

    "I'm", "I am" or "My name is" in the first words (after a greeting),
    then a name of at least two capitalised words, and no past event in the
    rest: the presenter's or speaker's opening line, like a broadcast's
    sign-on (annotation notes 5, 27). "I'm Jo Lee and I have lived here for
    thirty years" goes on to tell of the world; "I'm British" names no one.
    """
    text, starts = doc.text, doc.words.starts
    for k in range(min(_SELF_INTRO_WORDS, len(lowers))):
        w = lowers[k]
        if w == "i'm":
            j = k + 1
        elif w == "i" and lowers[k + 1 : k + 2] == ["am"]:
            j = k + 2
        elif w == "my" and lowers[k + 1 : k + 3] == ["name", "is"]:
            j = k + 3
        else:
            continue
        n = j
        while n < len(lowers) and text[starts[idx.start + n]].isupper():
            n += 1
        if n - j < 2:
            return False
        prev: str | None = None
        for word in lowers[n:]:
            if _is_past(word, prev):
                return False
            prev = word
        return True
    return False


def _is_idiomatic_judgement(
    lowers: list[str], evaluative: dict[str, str], frames: dict[tuple[str, ...], str]
) -> bool:
    """An idiom of judgement is the main predicate: "The mayor deserves credit".

    "The plan makes no sense", "So much for the free market", "The ruling is
    a step in the right direction" judge (annotation notes 14). No number or
    date may stand anywhere in the sentence, and no past event verb before
    the idiom: "The army shelled the town, which makes no sense" tells of an
    event first.
    """
    keys = _frame_keys("evaluation").intersection(lowers)
    if not keys:
        return False  # most sentences: one set test at C speed
    # Only where a key word stands can an idiom start: look there, not at
    # every word, and keep the earliest idiom.
    index = _evaluation_index()
    at = len(lowers)
    for key in keys:
        pos = lowers.index(key)
        while pos >= 0:
            for offset, words in index[key]:
                k = pos - offset
                if 0 <= k < at and tuple(lowers[k : k + len(words)]) == words:
                    at = k
            pos = index_of(lowers, key, pos + 1)
    if at == len(lowers):
        return False
    core = _checkable_core(lowers, evaluative)
    if 0 <= core < at:
        return False
    rest = lowers[at:]
    return _CORE_WORDS.isdisjoint(rest) and not _has_figure(rest)


def _opens_with_feeling(lowers: list[str], frames: dict[tuple[str, ...], str]) -> bool:
    """The speaker's feeling opens the sentence: "We are thrilled to bring it to you".

    Not when what follows announces news ("We are pleased to announce that
    ..."): the news is the claim.
    """
    if _frame_keys("feeling").isdisjoint(lowers[: _FRAME_WINDOW + 3]):
        return False  # most sentences: one set test at C speed
    lengths = _frame_lengths()
    for k in range(min(_FRAME_WINDOW, len(lowers))):
        for n in lengths.get(lowers[k], ()):
            if frames.get(tuple(lowers[k : k + n])) == "feeling":
                after = lowers[k + n] if k + n < len(lowers) else ""
                return after not in _ANNOUNCING
    return False


def _is_own_feeling(lowers: list[str]) -> bool:
    """The speaker's feeling about something opens the sentence.

    "I'm extraordinarily proud of the team", "We are grateful to the
    volunteers", "we are deeply disappointed by the ruling" say how the
    speaker feels, not what happened (annotation notes 43: feelings are not
    claims), whatever names or years the object holds. The feeling must come
    right after a first-person subject and its copula within the first words,
    and take an object: "We are pleased that the bridge reopened in May" and
    "We are pleased to announce ..." tell news.
    """
    for k in range(min(_FRAME_WINDOW, len(lowers))):
        w = lowers[k]
        if w in ("i'm", "we're"):
            j = k + 1
        elif w in ("i", "we") and lowers[k + 1 : k + 2] in (["am"], ["are"]):
            j = k + 2
        else:
            continue
        for _ in range(2):  # "deeply", "so very"
            if j < len(lowers) and (
                lowers[j].endswith("ly") or lowers[j] in _FEELING_DEGREE
            ):
                j += 1
        if j + 1 >= len(lowers) or lowers[j] not in _FEELINGS:
            return False
        after = lowers[j + 1]
        if after == "to":
            # "proud to announce ...", "proud to have opened ...": news.
            verb = lowers[j + 2] if j + 2 < len(lowers) else "have"
            if verb in _ANNOUNCING or verb == "have":
                return False
            return not _tells_own_act(lowers[j + 2 :])
        return after in _FEELING_OBJECTS
    return False


def _tells_own_act(clause: list[str]) -> bool:
    """What the speaker is glad to do is a checkable act of their own.

    ``clause`` is the infinitive after a feeling ("We are happy to ...").
    "I am honoured to deliver the 2024 lecture", "We are glad to be back
    for the next three years", "I'm delighted to be here to announce our
    candidate": a time, a figure or an announcement make the speaker's act
    checkable (annotation notes 43: a checkable record beside a feeling is
    a claim). "We are proud to serve our community" only says how the
    speaker feels about what they do.
    """
    return (
        not _CORE_WORDS.isdisjoint(clause)
        or not _ANNOUNCING.isdisjoint(clause)
        or _has_figure(clause)
    )


def _is_own_sentiment(lowers: list[str]) -> bool:
    """The speaker voices a hope, sympathy or praise: "We mourn a true hero".

    "We hope the tradition continues", "I congratulate the team", "we now
    hope for a swift agreement", "I really appreciate the volunteers" say
    what the speaker feels or wishes, not what happened (annotation notes 43
    and 46: hopes, condolences, thanks and praise are not claims, quoted or
    not). The verb follows "I" or "we" (adverbs between them allowed), and
    nothing in the sentence is checkable: a number, a date or a past event
    ("I thank the crews who rescued 40 people", "a condolence with a factual
    relative clause") makes it a claim; a reporting verb before the speaker's
    words does not.
    """
    for k, w in enumerate(lowers):
        if w not in _SENTIMENT_VERBS:
            continue
        j = k - 1
        while j >= 0 and (
            lowers[j] in _FEELING_DEGREE
            or lowers[j] in _CONNECTIVES
            or lowers[j].endswith("ly")
        ):
            j -= 1
        if j >= 0 and lowers[j] in ("i", "we"):
            # A reporting frame before the speaker's words tells no event:
            # 'The minister said: "We hope ..."'.
            told = [w for w in lowers[:j] if w not in _HINT_SET] + lowers[j:]
            core = _checkable_core(told, _evaluative_words())
            return core < 0 and not _has_figure(lowers)
    return False


def _is_norm_statement(lowers: list[str]) -> bool:
    """The main verb stresses a norm: "The ministers stressed the need for calm".

    "The report underlines the importance of early care", "The two leaders
    noted the importance of further talks" say what should matter, reported
    or not (annotation notes 43: norms are not claims). The norm verb must be
    the sentence's first verb, after a subject that is not the speaker ("we
    stress the need" states the party's own position), with "the" and a norm
    noun right after it, and no number or date after it: "stressed the need
    for 2,000 more nurses" and "thanked the donors and stressed ..." tell
    something checkable.
    """
    prev = None
    for k, w in enumerate(lowers[:_FORECAST_WINDOW]):
        if w in _NORM_VERBS:
            if lowers[k + 1 : k + 2] != ["the"] or _NORM_NOUNS.isdisjoint(
                lowers[k + 2 : k + 5]
            ):
                return False
            rest = lowers[k:]  # "The two ministers stressed ...": a subject's count
            return _CORE_WORDS.isdisjoint(rest) and not _has_figure(rest)
        if (
            w in _FINITE
            or w in _CLAUSE_MARKERS
            or w in _FIRST_PERSON_SUBJECT
            or _is_past(w, prev)
        ):
            return False
        prev = w
    return False


def _is_necessity(lowers: list[str]) -> bool:
    """The main predicate says what is needed: "More effort is needed to end it".

    "Stronger defences are necessary to protect the coast", "It is essential
    to act now", "A healthy river is also crucial to the town's economy"
    prescribe, as "must" does (annotation notes 14). The necessity word
    follows the sentence's first linking verb (at most one adverb between
    them) and takes "to", "for", "that" or "on"; a clause marker or a
    reporting word before it puts it in another clause ("He said more
    staff are needed"), and a number, date or figure keeps the claim ("Sixty
    votes are needed to end a debate": a rule that can be checked).
    """
    for k, w in enumerate(lowers[:-2]):
        if w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
        if w not in _LINKING:
            continue
        j = k + 1
        if lowers[j].endswith("ly") or lowers[j] in _CONNECTIVES:
            j += 1
        return (
            j + 1 < len(lowers)
            and lowers[j] in _NECESSITY
            and lowers[j + 1] in ("to", "for", "that", "on")
            and _CORE_WORDS.isdisjoint(lowers)
            and not _has_figure(lowers)
        )
    return False


def _is_prescription(lowers: list[str], frames: dict[tuple[str, ...], str]) -> bool:
    """A modal of obligation is the first verb: "Any deal must respect the law".

    A finite verb or a clause marker before it ("He said they must ...", "It
    is what we must do") puts the obligation in another clause. A first-person
    subject prescribes too when the obligation is its verb ("We must fix the
    roads", "we also need to act": what should be done, not a plan, annotation
    notes 14); with any other verb it states the speaker's own position ("We
    want to build, but first we must ...").
    """
    # An obligation starts at word 13 at the latest: most sentences hold no
    # first word of one there (one set test at C speed).
    if _kind_starts(_OBLIGATION).isdisjoint(lowers[:14]):
        return False
    for k, w in enumerate(lowers[:12]):
        if w in _FIRST_PERSON_SUBJECT:
            # The obligation right after the subject, or after one adverb.
            after = lowers[k + 1 : k + 2]
            return _is_obligation(lowers, k + 1, frames) or (
                bool(after)
                and after[0] not in _FINITE
                and _is_obligation(lowers, k + 2, frames)
            )
        if _is_obligation(lowers, k, frames):
            return k > 0
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
    return False


def _is_hindsight(lowers: list[str], frames: dict[tuple[str, ...], str]) -> bool:
    """The main verb is an obligation in the perfect: "The board should have acted".

    "Ministers should never have signed the deal", "the club ought to have
    sacked him in 2019" judge what was or was not done (annotation notes 14:
    prescriptions are not claims); unlike "must be returned by May", the rule
    of a scheme (annotation notes 67), it holds no plan to check, so a past
    verb, number or date after it does not make it a claim. The frame is the
    clause's first verb: "Residents who should have been warned were not
    told" tells an event. Reported, it is the party's position ("The
    inquiry said the council should have acted"), as a reported "must" is.
    """
    starts = _kind_starts(_HINDSIGHT)
    if starts.isdisjoint(lowers[:_FORECAST_WINDOW]):
        return False  # most sentences: one set test at C speed
    lengths = _frame_lengths()
    for k, w in enumerate(lowers[:_FORECAST_WINDOW]):
        if w in starts:
            for n in lengths[w]:
                if frames.get(tuple(lowers[k : k + n])) == "hindsight":
                    return _is_participle(lowers[k + n : k + n + 1])
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
    return False


def _is_participle(words: list[str]) -> bool:
    """Whether the one word in ``words`` can follow "have" in a perfect.

    "should have acted", "should have known", "shouldn't have to pay", but
    not "should have access" or "should have the choice": possession, a
    norm about the present that may be a scheme's rule.
    """
    if not words:
        return False
    w = words[0]
    return (
        w in ("been", "to")
        or _is_past(w, None)
        or (len(w) > 3 and w.endswith(("en", "wn", "ne")))
    )


def _is_obligation(
    lowers: list[str], k: int, frames: dict[tuple[str, ...], str]
) -> bool:
    """A modal of obligation ("must", "need to") starts at word ``k``."""
    return (
        frames.get((lowers[k],) if k < len(lowers) else ()) == "obligation"
        or frames.get(tuple(lowers[k : k + 2])) == "obligation"
    )


def _is_effect_prediction(
    lowers: list[str], frames: dict[tuple[str, ...], str]
) -> bool:
    """The main clause predicts a benefit: "The hub will greatly improve links".

    The first modal of the sentence is "will" or "would" after a subject that
    is not the speaker ("we will improve" is a pledge), followed by a verb or
    phrase of benefit ("make a real difference"); no weekday or month pins
    down an event.
    """
    if _MODALS.isdisjoint(lowers[:_EFFECT_WINDOW]):
        return False  # no modal, no prediction: one set test at C speed
    for k, w in enumerate(lowers[:_EFFECT_WINDOW]):
        if w in _MODALS:
            if k == 0 or frames.get((w,)) != "effect-modal":
                return False
            j = k + 1
            while j < len(lowers) and frames.get((lowers[j],)) == "effect-adverb":
                j += 1
            if j >= len(lowers):
                return False
            # "will improve", "will make a real difference": the longest
            # effect phrase starting here.
            effect = any(
                frames.get(tuple(lowers[j : j + n])) == "effect"
                for n in _frame_lengths().get(lowers[j], ())
            ) or _promises_result(lowers, j)
            # Checked last: few sentences get this far.
            return (
                effect
                and _FIRST_PERSON.isdisjoint(lowers)
                and _STRICT_DATE_WORDS.isdisjoint(lowers)
            )
        if w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
    return False


def _promises_result(lowers: list[str], j: int) -> bool:
    """ "make" or "give" at ``j`` promising an effect a few words on.

    "will make the trip easier", "will make our streets, and our parks,
    safer", "will give nurses the tools to ...", "would give families the
    confidence to ...": a benefit to come (``effect-result`` words), not an
    event. No verb or clause stands between ("will make sure the bridge is
    safer").
    """
    if lowers[j] not in _EFFECT_RESULT_VERBS:
        return False
    for w in lowers[j + 1 : j + 1 + _EFFECT_RESULT_GAP]:
        if w in _EFFECT_RESULTS:
            return True
        if w in _FINITE or w in _CLAUSE_MARKERS or w == "that" or w == "sure":
            return False
    return False


def _is_frame_only(
    sentence: str, lowers: list[str], frames: dict[tuple[str, ...], str]
) -> bool:
    """A bare reporting frame introducing what follows: "The minister said:".

    The sentence ends with a colon right after an introducing word; what is
    said comes in the next sentences.
    """
    if not sentence.endswith(":") or not lowers or len(lowers) > 25:
        return False
    return frames.get((lowers[-1],)) == "introducer"


def _content(doc: Document, seg: Segment, quote_starts: list[int]) -> tuple[int, int]:
    """What the sentence says: its opening quotation if it has one, else all of it.

    "'We are ready,' a fighter said." is judged by "We are ready"; the
    reporting frame only says who is speaking.
    """
    quotes = doc.quotations
    # The last quotation starting at or just after the sentence start (one
    # bisect, so the whole document stays linear).
    k = bisect_right(quote_starts, seg.start + 1) - 1
    if k >= 0 and quotes[k].end > seg.start:
        qend = min(quotes[k].end, seg.end)
        if qend - seg.start >= (seg.end - seg.start) // 3:
            return seg.start, qend
    if k + 1 < len(quotes) and quotes[k + 1].start < seg.end:
        return _quotation_after_frame(doc, seg, quotes[k + 1])
    return seg.start, seg.end


def _quotation_after_frame(
    doc: Document, seg: Segment, q: Quotation
) -> tuple[int, int]:
    """The quotation a speaker's frame introduces, when it closes the sentence.

    'The mayor said: "We will not back down."' and 'Jo Lee, the coach: "It
    was a great day."' are judged by what is quoted, as a frame after the
    quotation is ("'We will not back down,' the mayor said"): the frame only
    says who speaks. The frame ends with a colon right before the quotation
    mark and is at most ``_FRAME_WORDS`` long; the quotation runs to the end
    of the sentence. Otherwise the whole sentence is returned. (After a
    comma, "The mayor said, '...'", the whole sentence is judged.)
    """
    text = doc.text
    k = q.start - 1
    while k > seg.start and text[k] == " ":
        k -= 1
    if k <= seg.start or text[k] != ":":
        return seg.start, seg.end  # most quotations follow a word or a comma
    end = min(q.end, seg.end)
    if not text[end : seg.end].strip(_CLOSERS_SPACE + ".,;!?") and (
        len(doc.token_range(seg.start, q.start)) <= _FRAME_WORDS
    ):
        return q.start, end
    return seg.start, seg.end


def _skip_connectives(lowers: list[str]) -> int:
    i = 0
    while i < len(lowers) and lowers[i] in _CONNECTIVES:
        i += 1
    return i


def _is_prediction(lowers: list[str]) -> bool:
    """A clause that opens with a third-person modal or future, and no pledge.

    "They cannot fight back, they will be killed" predicts; "we will fight to
    the last" states the speaker's own intention, which is a claim; "He is
    working on it but does not know when he will" asserts before it predicts.
    """
    if not _FIRST_PERSON.isdisjoint(lowers):
        return False
    for k, w in enumerate(lowers[:4]):
        if w in _FUTURE_OR_MODAL:
            return (
                k > 0
                and lowers[k - 1] in _THIRD_PERSON
                and not _is_discourse_frame(lowers, k)
            )
    return False


def _is_discourse_frame(lowers: list[str], k: int) -> bool:
    """ "It should be noted that ...", "It must also be stressed that ...":
    the modal at ``k`` frames what the writer goes on to state, it predicts
    nothing; the clause after "that" is what the sentence asserts."""
    j = k + 2 if lowers[k + 1 : k + 2] == ["also"] else k + 1
    return (
        lowers[k - 1] == "it"
        and lowers[j : j + 1] == ["be"]
        and j + 2 < len(lowers)
        and lowers[j + 1].endswith("ed")
        and lowers[j + 2] == "that"
    )


def _is_sign_on(lowers: list[str]) -> bool:
    """A broadcast's sign-on line: "From Geneva, this is the evening report.".

    It names the programme or the presenter, not the world (annotation notes
    5, 27): a short line that opens with "From" and says "this is" within its
    first words, with no figure in it, or a bare "Hello, I'm Jo Lee." ("Hello,
    I'm talking to a runner who won ..." goes on to say something).
    """
    first = lowers[0] if lowers else ""
    if first == "hello":
        return (
            lowers[1:2] == ["i'm"]
            and len(lowers) <= _GREETING_WORDS
            and not any(w in _FINITE or w.endswith("ing") for w in lowers[2:])
        )
    if first != "from" or len(lowers) > _SIGN_ON_WORDS:
        return False
    at = next(
        (
            k
            for k in range(2, min(len(lowers) - 1, _FRAME_WINDOW + 2))
            if lowers[k] == "this" and lowers[k + 1] == "is"
        ),
        -1,
    )
    return at > 0 and not _has_figure(lowers)


def _ends_with_sign_on(doc: Document, start: int, lowers: list[str]) -> bool:
    """A broadcast's sign-on closing a time check: "The time is 10:00 GMT on
    Monday, and this is the Evening Bulletin.".

    ", (and) this is" names the programme (annotation notes 5, 27), not the
    world: the words after it are a capitalised name that ends the sentence
    or is followed by "for" and a date ("..., this is the Morning Report for
    Friday, May 2."). What stands before it tells no event (no past verb): it
    is a time check, a date or the outlet's name. "He was born in Leeds, and
    this is Leeds." tells of a birth first.
    """
    n = len(lowers)
    k = index_of(lowers, "this", 1)
    while 0 < k < n - 2 and lowers[k + 1] != "is":
        k = index_of(lowers, "this", k + 1)
    if not 0 < k < n - 2:
        return False
    text, starts = doc.text, doc.words.starts
    first = doc.token_range(start, start + 1).start
    gap = text[doc.words.ends[first + k - 1] : starts[first + k]]
    if lowers[k - 1] != "and" and "," not in gap:
        return False
    j = k + 3 if lowers[k + 2] == "the" else k + 2
    name = j
    while j < n and text[starts[first + j]].isupper():
        j += 1
    if j == name or (j < n and not _is_date_tail(lowers[j:])):
        return False
    prev: str | None = None
    for w in lowers[:k]:
        if _is_past(w, prev):
            return False
        prev = w
    return True


def _is_date_tail(words: list[str]) -> bool:
    """Whether ``words`` are "for" and a date alone: "for Friday, May 2, 2025".

    "may" is the month here: the modal takes no date after "for".
    """
    return (
        len(words) > 1
        and words[0] == "for"
        and all(w in _DATE_WORDS or w == "may" or w[0].isdigit() for w in words[1:])
    )
