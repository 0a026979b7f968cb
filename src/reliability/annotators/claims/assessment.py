"""What a sentence asserts: forecasts, evaluations and the checkable core.

Tests of a sentence's form (a crosshead left in the body, a list number or a
time stamp opening it, a "what/why" teaser, a verdict on truth, a reporting
frame cut short, a short clause) and of what it asserts: the outlet
describing its own product, forecasts (the weather's among them) and
possibilities, sweeping and evaluative assessments, the checkable core that
keeps a sentence a claim (a number, a date, an event verb in the past),
subjective generic statements, the outlet addressing or offering something
to its audience, verbless fragments and content teasers, and whether a
sentence names someone or holds a figure.
"""

from __future__ import annotations

from collections.abc import Sequence

from reliability.annotators.claims.lexicon import (
    _APPEARANCE,
    _BACK_REFERENCE,
    _CLAUSE_MARKERS,
    _COMPARATIVE,
    _CONDITIONS,
    _CONTENT_LINKS,
    _CONTENT_OPENERS,
    _CONTENT_TEASER_WORDS,
    _CONTRACTED_COPULA,
    _CORE_WORDS,
    _CROSSHEAD_WORDS,
    _DEGREE_NEUTRAL,
    _DETERMINERS,
    _EMPTY_CONTENT,
    _FEELING_AFTER,
    _FEELINGS,
    _FINITE,
    _FIRST_CHAR,
    _FORECAST,
    _FORECAST_WINDOW,
    _FUTURE_PLAIN,
    _HINT_SET,
    _IMPERATIVE_START,
    _INDEFINITE_SUBJECT,
    _IRREGULAR_PAST,
    _JUDGING_MODALS,
    _LINKING,
    _LIST_MARKS,
    _MODALS,
    _NOT_ADDRESS,
    _NOT_EVENT_BEFORE,
    _NOT_NAMES,
    _NOT_PAST_ED,
    _NUMBER_WORDS,
    _OFFER_BEFORE,
    _OFFER_OBJECT,
    _OFFER_START,
    _OFFER_SUBJECTS,
    _OUTLET_WE,
    _OWN_PRODUCT,
    _PAGE_CONTENT,
    _POSSIBILITY_STOPS,
    _PRESENT_COPULA,
    _PRODUCT_VERBS,
    _PRONOUNS,
    _PUBLICATIONS,
    _SECOND_PERSON,
    _SPEAKER_LABEL,
    _SWEEPING_SUBJECT,
    _TEASER_DEGREE,
    _TRUTH_VERDICT,
    _VERDICT_WORDS,
    _WEATHER,
    _WEATHER_MODALS,
    _WEATHER_OBJECT,
    _WEATHER_STATES,
    _WEATHER_VERBS,
    _cut_frame_verbs,
    _evaluative_words,
)
from reliability.annotators.speech import named_mid_sentence
from reliability.document import Document
from reliability.segment import Segment


def _is_truth_verdict(words: list[str]) -> bool:
    """A fact-check's verdict on what it quotes: "This is false.", "That is not true.".

    Whether a statement is true is checkable: verdicts are claims (annotation
    notes 14, D1), although their short form looks like an assessment. The
    sentence is only a pointing word, a linking verb and the verdict, with at
    most "not" or an adverb between.
    """
    return (
        2 < len(words) <= _VERDICT_WORDS
        and words[0] in _BACK_REFERENCE
        and words[1] in _LINKING
        and words[-1] in _TRUTH_VERDICT
    )


def _is_wh_teaser(lowers: list[str], lead: int) -> bool:
    """An indirect question standing alone: "How the town rebuilt its harbour".

    A teaser, a list item or a heading that names what a piece explains
    ("Why prices keep rising", "How wonderful the view was") asserts nothing
    by itself; the caller has ruled out a question mark. "How many ..." asks
    an amount, and a finite verb after the clause's own verb group makes the
    clause the subject of a statement ("How the money was spent is now under
    investigation").
    """
    if lowers[lead + 1] in _TEASER_DEGREE:
        return False
    verb = -1  # the last word of the wh-clause's own verb group
    lexical = False  # that group has its past verb: it is complete
    prev = lowers[lead]
    for k in range(lead + 1, len(lowers)):
        w = lowers[k]
        if w in _FINITE:
            if lexical or 0 <= verb < k - 1:
                return False  # a second verb group: the main clause's
            verb = k
        elif _is_past(w, prev):
            lexical = True
            verb = k
        prev = w
    return True


def _time_stamp_length(doc: Document, idx: range) -> int:
    """How many words of the time opening the words at ``idx``: 0 for none.

    "10:32", "6:48 p.m.:" and "9.15am" open a live blog's entries; "10
    people died" and "1. Find ..." do not. The hour and minutes are joined
    by a colon or a full stop, the minutes have two digits, and "a.m." /
    "p.m." may follow.
    """
    text, starts, ends, lowers = doc.text, doc.words.starts, doc.words.ends, doc.lowers
    k = idx.start
    if k + 1 >= idx.stop or len(lowers[k]) > 2 or not lowers[k].isdigit():
        return 0
    minutes = lowers[k + 1]
    if text[ends[k] : starts[k + 1]] not in (":", ".") or not (
        len(minutes) == 2
        and minutes.isdigit()
        or len(minutes) == 4
        and minutes[:2].isdigit()
        and minutes[2:] in ("am", "pm")
    ):
        return 0
    n = 2
    if (
        k + 3 < idx.stop
        and lowers[k + 2] in ("a", "p")
        and lowers[k + 3] == "m"
        and text[ends[k + 2] : starts[k + 3]] == "."
    ):
        n = 4  # "p.m."
    return n


def _opens_with_list_number(doc: Document, start: int) -> bool:
    """The sentence opens with a list number: "1. Find ...", "2) Share ..."."""
    k = doc.token_range(start, start + 1).start
    if k >= len(doc.words.starts) or doc.words.starts[k] != start:
        return False
    end = doc.words.ends[k]
    return doc.lowers[k].isdigit() and doc.text[end : end + 1] in (".", ")")


def _is_crosshead(doc: Document, seg: Segment) -> bool:
    """A short line with no end mark between line breaks: a section heading.

    "Why the vote matters" or "A long road to the vote" on a line of its own,
    with more text after it, heads a section (seeds judgement call 6) and
    asserts nothing. The caller has checked that the sentence has no end
    mark; list items ("\u2022 cycle storage", "1. Culture"), lines with a
    figure or a number word, lines opening in lower case, a transcript's
    turns, wrapped lines and the last line of the text are left alone.
    """
    text = doc.text
    first = text[seg.start]
    if first in _LIST_MARKS or first.isdigit():
        return False
    if text.find("\n", seg.start, seg.end) >= 0:
        return False  # a hard-wrapped paragraph, not a line of its own
    line = text[seg.start : seg.end]
    if any(c.isdigit() for c in line):
        return False  # a list item with a figure: "Would raise $2 billion"
    letter = next((c for c in line if c.isalpha()), "")
    if not letter.isupper():
        return False  # a line cut out of a paragraph: "racist, and who has"
    if _SPEAKER_LABEL.match(text, seg.start, seg.end):
        return False  # a transcript's turn: "JANE ROE: We met in May"
    before = text.rfind("\n", 0, seg.start) + 1
    after = text.find("\n", seg.end)
    idx = doc.token_range(seg.start, seg.end)
    return (
        after >= 0
        and not text[before : seg.start].strip()
        and not text[seg.end : after].strip()
        and bool(text[after:].strip())
        and len(idx) <= _CROSSHEAD_WORDS
        and _NUMBER_WORDS.isdisjoint(doc.lowers[idx.start : idx.stop])
    )


def _is_cut_frame(doc: Document, words: range) -> bool:
    """A reporting verb whose content the copy cut off: "However, the party's
    secretary has indicated…", "The minister said this on the […]".

    The verb still says who spoke, but nothing checkable is left of what was
    said (annotation notes 87): after the last reporting verb (the
    ``reporting_verbs`` lexicon's verbs of speech, clause, view and telling)
    come only determiners, prepositions and pronouns ("that", "this on the"),
    and no event, number or date comes before it. Where part of the content
    survives ("The minister said fares will…") the sentence is judged as
    any cut-off teaser.
    """
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    lowers = [text[starts[i] : ends[i]].lower() for i in words]
    verbs = _cut_frame_verbs()
    last = next((k for k in range(len(lowers) - 1, -1, -1) if lowers[k] in verbs), -1)
    if last < 0:
        return False
    if not all(w in _EMPTY_CONTENT for w in lowers[last + 1 :]):
        return False
    # "He won in 2005; we asked him for…": an event told before the frame.
    return _checkable_core(lowers[:last], _evaluative_words()) < 0


def _is_short_clause(doc: Document, sentence: str, idx: range) -> bool:
    """A whole clause in two or three words: "Lugo was detained.", "He was 82.".

    A subject and a finite or past verb after it, ended by a full stop; a
    frame cut short ("He added:", "As the study explained,", "They are
    both…") and a greeting ("Thank you all.") are fragments. The caller
    judges the clause like any other sentence.
    """
    if len(idx) < 2 or not sentence.endswith(".") or sentence.endswith(".."):
        return False
    lowers = doc.lowers
    first = lowers[idx.start]
    if first in _IMPERATIVE_START:
        return False  # "Please be seated."
    return any(
        lowers[k] in _FINITE or _is_past(lowers[k], lowers[k - 1])
        for k in range(idx.start + 1, idx.stop)
    )


def _has_figure(words: list[str]) -> bool:
    """Whether a word starts with a digit ("40", "2019", "5pm")."""
    # ``any(w[0].isdigit() for w in words)`` at C speed: no frame per word.
    return any(map(str.isdigit, map(_FIRST_CHAR, words)))


def _describes_own_product(
    doc: Document, idx: range, lowers: list[str], lead: int
) -> bool:
    """The outlet describing a product: "The Harbour Bulletin highlights research".

    A newsletter, podcast or series described by what it offers describes
    the piece, not the world (annotation notes 27). The first verb is a
    present verb of offering ("offers", "presents", "highlights", "covers")
    and the head of its subject is a publication noun that is named ("the
    Weekly Digest", "the Harbour Bulletin newsletter") or the outlet's own
    ("this podcast", "our newsletter"); "Jo Lee, writing on Tech Blog,
    brings us a review" is a person's act. A report a source published ("a
    UN report highlights ...") is an attribution, and the caller has none.
    """
    if _PRODUCT_VERBS.isdisjoint(lowers[:_FORECAST_WINDOW]):
        return False  # most sentences: one set test at C speed
    text, starts, ends = doc.text, doc.words.starts, doc.words.ends
    for k in range(lead + 1, min(len(lowers), _FORECAST_WINDOW)):
        w = lowers[k]
        if w in _PRODUCT_VERBS:
            # The publication noun heads the subject, right before the verb
            # (no comma closing an aside between them).
            j = k - 1
            return j > lead and (
                lowers[j] in _PUBLICATIONS
                and text[ends[idx.start + j] : starts[idx.start + k]].isspace()
                and (
                    text[starts[idx.start + j]].isupper()
                    # A capital that only opens the sentence ("The report
                    # covers ...") names nothing.
                    or (j - 1 > lead and text[starts[idx.start + j - 1]].isupper())
                    or lowers[j - 1] in _OWN_PRODUCT
                )
            )
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
    return False


def _is_forecast(lowers: list[str], lead: int) -> bool:
    """The main verb group is a present "expected to": "Prices are expected to rise".

    A forecast in the outlet's voice can be checked only later (annotation
    notes 44; "expected" is also a hedge, notes 17); so can "is likely to",
    "are projected to", "is bound to" (the ``forecast`` words of
    ``claim_words.tsv``). The first verb of the sentence must be "is" or
    "are", at most two words before "expected to" ("is now expected to"):
    "Work began in May and is expected to last a year" tells of an event
    first, "was expected to" of a past expectation, and "Smokers are more
    likely to fall ill" compares rates.
    """
    if _FORECAST.isdisjoint(lowers):
        return False  # most sentences: one set test at C speed
    for k in range(lead + 1, min(len(lowers), _FORECAST_WINDOW)):
        w = lowers[k]
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            if w not in _PRESENT_COPULA:
                return False
            for j in range(k + 1, min(k + 4, len(lowers) - 1)):
                if lowers[j] in _FORECAST:
                    return lowers[j + 1] == "to" and lowers[j - 1] not in _COMPARATIVE
                if lowers[j] in _FINITE or _is_past(lowers[j], lowers[j - 1]):
                    return False
            return False
        if _is_past(w, lowers[k - 1]):
            return False
    return False


def _is_any_forecast(lowers: list[str], lead: int) -> bool:
    """An "expected to" forecast, a possibility or a weather forecast as the
    main predicate, in the outlet's voice."""
    return (
        _is_forecast(lowers, lead)
        or _is_possibility(lowers, lead)
        or _is_weather_forecast(lowers, lead)
    )


def _is_weather_forecast(lowers: list[str], lead: int) -> bool:
    """The weather to come: "Heavy rain will spread north tonight".

    A forecast of the weather can be checked only later (annotation notes
    44), whoever gives it: the outlet ("Showers and thunderstorms will
    develop along the coast on Monday", "Scattered storms are expected
    tonight", "Colder temperatures are in store for the weekend") or a
    forecaster it reports ("the weather service said the valley could face
    large hail"). The first verb of the sentence is "will", "may", "could",
    "might" or "should" with a weather word (the ``weather`` words) in its
    subject, or before a verb such as "bring" or "face" with the weather as
    its object, or before "be" with the weather as its complement ("Sunday
    will be sunny"; not a passive, "will be played in the rain"); or
    "is"/"are" with "expected", "forecast" or "in store" after a weather
    subject. A past event first ("Snow fell overnight and more
    will follow"), a modal perfect ("may have been caused by high winds")
    and a plan about the weather ("The council will grit the roads before
    the snow") are not forecasts of it.
    """
    if _WEATHER.isdisjoint(lowers):
        return False  # most sentences: one set test at C speed
    for k in range(lead, min(len(lowers), _FORECAST_WINDOW)):
        w = lowers[k]
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            subject = not _WEATHER.isdisjoint(lowers[lead:k])
            nxt = lowers[k + 1 : k + 3]
            if w in _PRESENT_COPULA:
                state = nxt[0] if nxt else ""
                return subject and (state in _WEATHER_STATES or nxt == ["in", "store"])
            if w not in _WEATHER_MODALS:
                return False
            j = k + 1
            if lowers[j : j + 1] == ["also"]:
                j += 1
            verb = lowers[j] if j < len(lowers) else ""
            if verb == "have":
                return False
            if subject:
                return True
            if verb == "be":  # "will be sunny", not "will be played in the rain"
                obj = lowers[j + 1 : j + 4]
                if not obj or _is_past(obj[0], verb):
                    return False
            else:
                obj = lowers[j + 1 : j + 1 + _WEATHER_OBJECT]
            return verb in _WEATHER_VERBS and not _WEATHER.isdisjoint(obj)
        prev = lowers[k - 1] if k else None
        if (
            _is_past(w, prev)
            and _WEATHER.isdisjoint(lowers[k + 1 : k + 3])
            and not (prev or "").endswith("ly")
        ):
            return False  # not "(widely) scattered (severe) storms"
    return False


def _is_possibility(lowers: list[str], lead: int) -> bool:
    """The main predicate is "is possible": "Further votes are possible on Monday".

    What may happen later, said in the outlet's voice, is a forecast
    (annotation notes 44): "Showers will be possible along the coast
    tonight", "Delays are possible on the ring road". The subject is a
    noun phrase (not "It is possible to ...", a hedge of its own), the
    first verb is "is", "are" or "will be", and only a time or place follows
    "possible": "Large eruptions are possible but occur less often" goes on
    to state a fact, and "Snow fell and more is possible" tells of an event
    first.
    """
    if "possible" not in lowers or lead >= len(lowers) or lowers[lead] in _PRONOUNS:
        return False
    for k in range(lead + 1, min(len(lowers), _FORECAST_WINDOW)):
        w = lowers[k]
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            j = k + 1
            if w == "will" and lowers[j : j + 1] == ["also"]:
                j += 1
            if w == "will" and lowers[j : j + 1] == ["be"]:
                j += 1
            elif w not in _PRESENT_COPULA:
                return False
            if lowers[j : j + 1] == ["also"]:
                j += 1
            return (
                lowers[j : j + 1] == ["possible"]
                and lowers[j + 1 : j + 2] not in (["to"], ["that"])
                and _POSSIBILITY_STOPS.isdisjoint(lowers[j + 1 :])
            )
        if _is_past(w, lowers[k - 1]):
            return False
    return False


def _is_sweeping_judgement(lowers: list[str], lead: int) -> bool:
    """A sweeping subject with a modal: "Few cities can match its parks".

    "Few writers will ever reach her stature" ranks and predicts with no one
    to count: an evaluation, not a claim. The modal must come within the
    subject's first words, before any other clause opens; "Few voters
    turned out" counts and stays a claim.
    """
    if lead >= len(lowers) or lowers[lead] not in _SWEEPING_SUBJECT:
        return False
    for w in lowers[lead + 1 : lead + 8]:
        if w in _MODALS:
            return True
        if w in _CLAUSE_MARKERS or w in _HINT_SET or w in _FINITE:
            return False
    return False


def _is_assessment(
    doc: Document,
    starts: list[int],
    ends: list[int],
    lowers: list[str],
    evaluative: dict[str, str],
) -> bool:
    """A main-clause linking verb whose predicate is an evaluation.

    "The resistance - right on the doorstep of the capital - is a blow to this
    image of unity", "It's a wonderful place", "this speech is pretty
    shocking", "There isn't a single serious idea here", "could be decisive",
    "may prove to be a transient phenomenon" judge. Asides between dashes are
    skipped (judgement call 20). A reporting verb, complementiser or a past
    participle before the linking verb puts it in another clause.
    """
    for k in _outside_asides(doc.text, starts, ends, len(lowers) - 1):
        w = lowers[k]
        if w in _CLAUSE_MARKERS:
            return False
        # ``_is_past`` is only true of an irregular past or a word in "-ed".
        if k > 0 and (
            w in _IRREGULAR_PAST or (w.endswith("ed") and _is_past(w, lowers[k - 1]))
        ):
            return False
        if w in _LINKING or (
            w.endswith(_CONTRACTED_COPULA) and w.split("'")[0] in _PRONOUNS
        ):
            return _is_evaluation(lowers[k + 1 : k + 6], evaluative)
    return False


def _outside_asides(
    text: str, starts: list[int], ends: list[int], count: int
) -> Sequence[int]:
    """The indexes below ``count`` of the words (at ``starts``/``ends``) that
    stand outside an aside between dashes.

    An odd number of dashes: the first one ends a dateline ("WASHINGTON -
    ...") or opens a trailing aside, neither of which hides the main clause.
    """
    between = text[ends[0] : starts[-1]] if starts else ""
    if not ("\u2013" in between or "\u2014" in between or " - " in between):
        return range(count)  # no dash between any two words: most sentences
    gaps = [0] + [
        sum(text[a:b].count(d) for d in ("\u2013", "\u2014", " - "))
        for a, b in zip(ends, starts[1:], strict=False)
    ]
    dashes = sum(gaps) % 2
    outside = []
    for k in range(count):
        dashes += gaps[k]
        if not dashes % 2:
            outside.append(k)
    return outside


def _is_evaluation(window: list[str], evaluative: dict[str, str]) -> bool:
    """Whether a predicate opens with a judgement or a graded adjective."""
    for n, w in enumerate(window):
        kind = evaluative.get(w)
        if kind == "judge":
            return True
        if kind == "degree" and n + 1 < len(window):
            nxt = window[n + 1]
            if nxt not in _DEGREE_NEUTRAL and nxt not in _FINITE:
                return True
        if w in _FINITE and n > 0:
            return False  # a new clause starts: "is what they said"
    return False


def _is_past(word: str, prev: str | None) -> bool:
    """Whether ``word`` is a past verb (not an adjective after a determiner)."""
    if word in _IRREGULAR_PAST:
        return True
    return (
        len(word) > 4
        and word.endswith("ed")
        and word not in _NOT_PAST_ED
        and prev not in _DETERMINERS
    )


def _checkable_core(lowers: list[str], evaluative: dict[str, str]) -> int:
    """Where the first number, date or past event verb stands (-1: none).

    These are what a reader can check. A feeling after a linking verb ("was
    delighted", "is so thrilled"; not "was shocked to receive ...", which
    tells what happened) is a state of mind, not an event, and a
    verb after "ever" ("the best side I have ever seen") belongs to a
    superlative's relative clause.
    """
    prev: str | None = None
    for k, w in enumerate(lowers):
        if w in _CORE_WORDS or w[0].isdigit():
            return k
        # ``_is_past(w, prev)`` written out: this loop runs over most words.
        if (
            (
                w in _IRREGULAR_PAST
                or (
                    len(w) > 4
                    and w.endswith("ed")
                    and w not in _NOT_PAST_ED
                    and w not in _APPEARANCE
                    and prev not in _DETERMINERS
                )
            )
            and evaluative.get(w) != "judge"
            and prev not in _NOT_EVENT_BEFORE
            and not (
                w in _FEELINGS
                and prev in _FEELING_AFTER
                and lowers[k + 1 : k + 2] != ["to"]  # "shocked to receive"
            )
        ):
            return k
        prev = w
    return -1


def _is_past_in_clause(lowers: list[str], core: int) -> bool:
    """The first checkable word (``core``) is a past verb in a subordinate clause.

    A clause marker ("that", "whether") comes before it, with the clause's
    own subject between them, and no number or date comes anywhere after it.
    """
    word = lowers[core]
    if word in _CORE_WORDS or word[0].isdigit():
        return False
    if _CLAUSE_MARKERS.isdisjoint(lowers[:core]) or lowers[core - 1] in _CLAUSE_MARKERS:
        # No clause before it, or a relative clause whose verb it is: "a
        # tragedy that devastated the town" tells of an event.
        return False
    rest = lowers[core + 1 :]
    return _CORE_WORDS.isdisjoint(rest) and not _has_figure(rest)


def _is_subjective(lowers: list[str], evaluative: dict[str, str]) -> bool:
    """A word that makes a sentence with nothing checkable a view, not a fact.

    A judging or sweeping word (the ``judge`` and ``generic`` evaluative
    words), a degree that grades ("very", not "very few"), the reader's
    "you", or a modal of possibility or obligation ("may", "should",
    "would"). Plain future and ability ("The new road will link the two
    towns", "Any resident can apply"; ``plain-modal`` words) state a plan or
    a capability, which are claims (annotation notes 44, 67), unless a
    condition makes the future a forecast ("If the rain goes on, the river
    will flood"); a negation alone ("The scheme is not new") makes no view.
    """
    for k, w in enumerate(lowers):
        kind = evaluative.get(w)
        if kind == "judge" or kind == "generic":
            return True
        if kind == "degree" and k + 1 < len(lowers):
            if lowers[k + 1] not in _DEGREE_NEUTRAL:
                return True
        if w in _JUDGING_MODALS or w in _SECOND_PERSON:
            return True
        if w in _FUTURE_PLAIN and not _CONDITIONS.isdisjoint(lowers):
            return True
    return False


def _addresses_reader(lowers: list[str], evaluative: dict[str, str]) -> bool:
    """The outlet tells its reader what it offers: "We have a recap for you".

    "We" is a subject and "you" or "your" addresses the reader ("If you are
    a teacher, we have lessons for you", "we're sharing the highlights you
    might have missed"): an announcement of what the outlet does (annotation
    notes 5). "If you will", "as you know" and "thank you" address no one,
    and a number or date makes the sentence checkable.
    """
    if _OUTLET_WE.isdisjoint(lowers) or _SECOND_PERSON.isdisjoint(lowers):
        return False  # most sentences: two set tests at C speed
    if not _CORE_WORDS.isdisjoint(lowers) or _has_figure(lowers):
        return False
    you = next(
        (
            k
            for k, w in enumerate(lowers)
            if w in _SECOND_PERSON and (k == 0 or lowers[k - 1] not in _NOT_ADDRESS)
        ),
        -1,
    )
    # An event told before the reader is addressed is a claim: "We worked
    # with them, and told them that if you ...".
    return you >= 0 and not 0 <= _checkable_core(lowers, evaluative) < you


def _offers_to_audience(lowers: list[str], evaluative: dict[str, str]) -> bool:
    """A speaker or host offering the audience what comes next: "I have two
    updates for you", "We've got a short recap here for you".

    "I" or "we" (opening the sentence or a clause after "and"), "have",
    "have got" or "'ve got", an object of at most ``_OFFER_OBJECT`` words
    and "for you": what the speech or page does for its audience, not news
    (annotation notes 5, 27), whatever the speaker. A clause telling of an
    event before it ("We visited the plant on Monday and we have photos for
    you") keeps the sentence a claim, as does a verb after the object ("We
    have found homes for you"; "got" after "have" is no event here).
    """
    for k, w in enumerate(lowers[:_OFFER_START]):
        if w not in _OFFER_SUBJECTS or (k and lowers[k - 1] not in _OFFER_BEFORE):
            continue
        if k and _checkable_core(lowers[:k], evaluative) >= 0:
            return False
        j = k + 1
        if lowers[j : j + 1] in (["just"], ["also"], ["now"]):
            j += 1
        if w in ("i", "we"):
            if lowers[j : j + 1] != ["have"]:
                return False
            j += 1
            if lowers[j : j + 1] == ["got"]:
                j += 1
        elif lowers[j : j + 1] == ["got"]:
            j += 1
        else:
            return False
        for n in range(j, min(len(lowers) - 1, j + 1 + _OFFER_OBJECT)):
            word = lowers[n]
            if n > j and lowers[n : n + 2] == ["for", "you"]:
                return _only_modifiers(lowers[n + 2 :])
            if (
                word in _FINITE
                or word in _CLAUSE_MARKERS
                or _is_past(word, lowers[n - 1])
            ):
                return False
        return False
    return False


def _only_modifiers(rest: list[str]) -> bool:
    """No clause, number or date in ``rest``, only phrases ("from the
    region, one of them related to trade"): "... for you: the bridge
    reopened on Monday" goes on to tell news."""
    prev: str | None = None
    for k, w in enumerate(rest):
        if w in _FINITE or w in _CORE_WORDS or w[0].isdigit():
            return False
        if _is_past(w, prev) and rest[k + 1 : k + 2] != ["to"]:
            return False
        prev = w
    return True


def _is_fragment(lowers: list[str]) -> bool:
    """A verbless fragment: "Someone suggesting that ...", "Or his claims that ...".

    Only two openings are trusted, because a clause can start with almost any
    noun phrase: an indefinite pronoun followed by a participle or "who", and
    "Or" followed by a determiner and a noun phrase with no finite verb before
    its "that" complement.
    """
    if len(lowers) < 3:
        return False
    if lowers[0] in _INDEFINITE_SUBJECT:
        second = lowers[1]
        if not (second.endswith("ing") or second == "who"):
            return False
        rest = lowers[2:]
    elif lowers[0] == "or" and lowers[1] in _DETERMINERS:
        if "that" not in lowers:
            return False
        rest = lowers[2 : lowers.index("that")]
    else:
        return False
    prev = lowers[1]
    for w in rest:
        if w == "that" and lowers[0] in _INDEFINITE_SUBJECT:
            return True  # the complement of the participle: no main verb before
        if w in _FINITE or _is_past(w, prev):
            return False
        prev = w
    return lowers[0] == "or"


def _is_content_teaser(lowers: list[str]) -> bool:
    """A noun phrase naming what the page carries: "A summary of the week's news.".

    "Details about road closures on 3 May", "A compilation of brief reports
    for Friday", "Videos of the parade": the page's own teaser, body but no
    claim (annotation notes 27; a teaser that is only a noun phrase). It
    opens with a noun of the page's content (``page-content`` words, after
    "a", "an" or "the") and "of", "about", "on", "for" or "from", and has no
    verb a clause needs: "A summary of the review was published on Monday"
    and "Details about the plan emerged" tell of events, "A list of
    donors shows that ..." reports ("news reports" is a noun: reporting
    words alone do not count).
    """
    k = 1 if lowers[:1] and lowers[0] in _CONTENT_OPENERS else 0
    if (
        len(lowers) < k + 3
        or len(lowers) > _CONTENT_TEASER_WORDS
        or lowers[k] not in _PAGE_CONTENT
        or lowers[k + 1] not in _CONTENT_LINKS
    ):
        return False
    prev = lowers[k + 1]
    for j in range(k + 2, len(lowers)):
        w = lowers[j]
        after = lowers[j + 1] if j + 1 < len(lowers) else ""
        if w == "may" and (prev[0].isdigit() or after[:1].isdigit()):
            pass  # the month: "on 9 May", "for Friday, May 2"
        elif w in _FINITE or w in _CLAUSE_MARKERS or _is_past(w, prev):
            return False
        prev = w
    return True


def _has_name(doc: Document, idx: range) -> bool:
    """A capitalised name; the first word counts if the text names it elsewhere."""
    text, starts, lowers = doc.text, doc.words.starts, doc.words.lowers
    for k in idx:
        low = lowers[k]
        if not text[starts[k]].isupper() or low in _NOT_NAMES:
            continue
        if k > idx.start or named_mid_sentence(doc, low):
            return True
    return False
