"""What makes a body sentence sourced when it carries no attribution of its own.

A speaker named elsewhere carries over (judgement calls 21, 22): an
introducing frame ("The minister said:"), a transcript's speaker label, a
quotation still open, a remarks label, the sentence right after a quotation
naming who said it (annotation notes 15), the signature under an embedded
post (notes 6); and a study or record as the subject of what it finds
("A new survey found that ...") names a document as its source.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from reliability.annotators.claims.assessment import _is_past
from reliability.annotators.claims.facts import _DocumentFacts
from reliability.annotators.claims.lexicon import (
    _BACK_REFERENCE,
    _BEFORE_SENTENCE,
    _CLAUSE_MARKERS,
    _CLOSERS_SPACE,
    _CLOSING_QUOTES_CURLY,
    _FINDING_BETWEEN,
    _FINDING_SOURCES,
    _FINDING_SUBJECT_WORDS,
    _FINDING_VERB_GAP,
    _FINDING_VERBS,
    _FINITE,
    _FRAME_AFTER_WORDS,
    _HINT_SET,
    _INTRODUCER_FRAME_WORDS,
    _INTRODUCER_TAIL,
    _NARRATOR_FIRST_PERSON,
    _OPENING_QUOTES,
    _OPENING_QUOTES_CURLY,
    _SIGNATURE,
    _SIGNATURE_STARTS,
    _SIGNATURE_TAIL,
    _SPEECH_NOUNS,
    _claim_frames,
)
from reliability.annotators.speech import (
    dash_answers,
    first_turn,
    named_quotations,
    single_quotations,
    turn_labels,
)
from reliability.document import Document
from reliability.quotes import Quotation
from reliability.segment import Segment


def _states_finding(lowers: list[str], idx: range) -> bool:
    """A study or record as the subject of what it finds or sets out.

    "A new survey of 2,000 adults found that ...", "The report, published on
    Monday, shows ...", "Figures released today reveal ...": the sentence
    says where its fact comes from, a document (ANNOTATION.md, source type
    ``document``), whether or not the attribution rules took the verb for a
    cue. The source noun (``finding-source`` words) stands in the first
    words, and a ``finding-verb`` follows it within a few words, with no
    other verb or clause between but an auxiliary ("has found"). "The study
    was funded by the council" and "Critics of the report say ..." name no
    finding of it. "The letter details ...", "Article 12 states that ...",
    "One of the articles explains how ...": a named text sets out what it
    holds, as a report does.
    """
    head = lowers[idx.start : min(idx.stop, idx.start + _FINDING_SUBJECT_WORDS)]
    if _FINDING_SOURCES.isdisjoint(head):
        return False  # most sentences: one set test at C speed
    k = next(j for j, w in enumerate(head) if w in _FINDING_SOURCES)
    start = idx.start + k + 1
    for j in range(start, min(idx.stop, start + _FINDING_VERB_GAP)):
        w = lowers[j]
        if w in _FINDING_VERBS and (w != "states" or lowers[j + 1 : j + 2] == ["that"]):
            # "Article 12 states that ...", not "the United States".
            return True
        if w in _FINDING_BETWEEN or w in _FINDING_SOURCES:
            continue
        if w in _FINITE or w in _CLAUSE_MARKERS or w in _HINT_SET:
            return False
    return False


def _carried_speech(doc: Document, attributed: set[int | None]) -> dict[int, str]:
    """Sentences whose speaker another sentence names (judgement calls 21, 22).

    The ways a source carries over, each a rule name in the result:

    - ``sourced:introduced``: an attributed sentence that ends with a colon
      ("The minister said:") introduces what follows, up to the next
      attributed sentence or speaker label, skipping the outlet's narration
      between a statement's paragraphs (``_narrates``); a speech under a
      remarks label or a release's lead-in runs on through the sources it
      cites itself ("As the president said ..."), as a transcript's turn does;
    - ``sourced:attribution-tail``: the speaker's name cut off from its frame
      by a title's stop ("said Maj. | Jo Lee, the coach."), which goes on
      covering the quotation after it;
    - ``sourced:speaker-label``: in a transcript (``turn_labels``: turns
      opened by a speaker label, "MS. LEE: ..."), the sentences from a label
      up to the next one belong to its speaker; narration before the first
      label does not;
    - ``sourced:open-quotation``: a quotation opened in an attributed or
      covered sentence and not yet closed (a quoted paragraph that runs on, or
      a new paragraph that reopens the quotation) covers the sentences up to
      its closing mark;
    - the rules of ``named_quotations`` and ``single_quotations``: a
      quotation whose speaker is named with no verb (a label before it, a
      name signing it, an introducing paragraph), and speech in single marks
      that a source covers.
    """
    text = doc.text
    body = list(doc.content_segments())
    label_set = set(turn_labels(doc))
    frames = _claim_frames()
    first = first_turn(doc)
    named = _named_speech(doc, attributed)
    carried: dict[int, str] = {}
    introduced = False
    # Whether the introduced statement opened with a quotation mark (None: none
    # yet), and whether the outlet narrates between its paragraphs.
    intro_quoted: bool | None = None
    intro_open = False  # the introduced statement's quotation is still open
    narrating = False
    voiced: bool | None = None  # an unquoted framed statement said "I" or "we"
    open_quote = False  # a quotation from a sourced sentence is still open
    prev_covered = False
    tail_follows = False  # the covered sentence before ended on a title's stop
    prev_end = 0
    # Most texts have no curly quotation marks: count them only when some are.
    curly = any(q in text for q in _OPENING_QUOTES_CURLY + _CLOSING_QUOTES_CURLY)
    label_lines = _remarks_labels(doc)
    last = -1
    for i, seg in body:
        sentence = text[seg.start : seg.end].strip()
        sourced = i in attributed
        if label_lines and any(last < k < i for k in label_lines):
            # "The mayor's opening remarks:" on a line of its own
            introduced, voiced = True, None
        last = i
        new_para = "\n" in text[prev_end : seg.start]
        if new_para:
            # A new paragraph: a running quotation goes on only when the
            # paragraph reopens it (a speaker's turn goes on to the next label).
            open_quote = open_quote and sentence[:1] in _OPENING_QUOTES
            # A statement goes on in paragraphs that open a quotation or speak
            # in its first person; others are the outlet's narration.
            ends = bool(intro_quoted or (voiced and intro_quoted is False))
            narrating = ends and _narrates(doc, seg, intro_open)
        prev_end = seg.end
        in_turn = i >= first  # from the first turn on, every sentence is a turn's
        if i in label_set or (sourced and voiced is not None):
            introduced = narrating = False
        if not sourced:
            if in_turn:
                carried[i] = "sourced:speaker-label"
            elif introduced and not narrating:
                carried[i] = "sourced:introduced"
                if intro_quoted is None:
                    intro_quoted = sentence[:1] in _OPENING_QUOTES
                if voiced is False:
                    voiced = _first_person(doc, seg.start, seg.end)
            elif tail_follows and not new_para and _is_name_tail(doc, seg):
                carried[i] = "sourced:attribution-tail"
            elif open_quote or (sentence[:1] in _OPENING_QUOTES and prev_covered):
                carried[i] = "sourced:open-quotation"
            elif i in named:
                carried[i] = named[i]
        tail = sentence.rstrip(_CLOSERS_SPACE)[-1:]
        if tail == ":" and (sourced or _ends_with_introducer(doc, seg, frames)):
            introduced, intro_quoted, narrating, voiced = True, None, False, False
        elif tail == "." and "ollowing" in sentence and _is_release_lead_in(doc, seg):
            # "The following is a statement from the mayor." The statement
            # starts in the next paragraph: the rest of this one narrates.
            introduced, intro_quoted, narrating, voiced = True, None, True, None
        covered = sourced or i in carried
        prev_covered = covered
        opens, closes = _curly_marks(sentence) if curly else (0, 0)
        if carried.get(i) == "sourced:introduced":
            intro_open = _still_open(intro_open, sentence, opens, closes)
        open_quote = _open_after(sentence, covered, open_quote, opens, closes)
        tail_follows = covered and _ends_with_title(sentence)
    return carried


def _named_speech(doc: Document, attributed: set[int | None]) -> dict[int, str]:
    """Sentences of a quotation or turn whose speaker is named without a cue.

    ``named_quotations`` and ``single_quotations`` (whose rule wins where
    both cover a sentence), then ``dash_answers`` where neither does.
    """
    named = named_quotations(doc)
    named.update(single_quotations(doc, attributed))
    for i in dash_answers(doc):
        named.setdefault(i, "sourced:dash-turn")
    return named


def _open_after(
    sentence: str, covered: bool, open_quote: bool, opens: int, closes: int
) -> bool:
    """Whether a covered quotation is still open after ``sentence``.

    ``opens`` and ``closes`` count its curly marks; an odd straight mark
    closes the open quotation, or opens one. A quotation opened in a sentence
    nobody covers covers nothing.
    """
    if sentence.count('"') % 2:
        if open_quote:
            closes += 1
        else:
            opens += 1
    if covered and opens > closes:
        return True
    if closes > opens or not covered:
        return False
    return open_quote


def _is_name_tail(doc: Document, seg: Segment) -> bool:
    """A speaker's name and office cut off from its attribution.

    A stop after a title ("said Maj. (Dr.) | Jo Lee, the team coach.",
    "said Cllr. | Lee.") splits the frame naming the speaker: the rest is a
    short verbless phrase, and a quotation opening after it goes on with the
    same speaker (judgement call 21).
    """
    idx = doc.token_range(seg.start, seg.end)
    words = doc.lowers[idx.start : idx.stop]
    prev: str | None = None
    for w in words:
        if w in _FINITE or w in _CLAUSE_MARKERS or _is_past(w, prev):
            return False
        prev = w
    text = doc.text[seg.start : seg.end].lstrip()
    return 0 < len(words) <= _NAME_TAIL_WORDS and text[:1] not in _OPENING_QUOTES


def _curly_marks(sentence: str) -> tuple[int, int]:
    """How many curly quotation marks ``sentence`` opens and closes."""
    return (
        sum(map(sentence.count, _OPENING_QUOTES_CURLY)),
        sum(map(sentence.count, _CLOSING_QUOTES_CURLY)),
    )


def _narrates(doc: Document, seg: Segment, still_open: bool) -> bool:
    """Whether the paragraph opening with ``seg`` is the outlet's narration.

    After a statement that a colon introduced in quotation marks ("The
    mayor said: (new paragraph) 'We opened the bridge in May.'"), a
    paragraph that opens no quotation while none is ``still_open`` tells
    the story again ("The bridge collapsed in 2021."), unless the speaker
    goes on in the first person ("Our crews ..."): only quotations carry
    the statement on. A statement a colon frame introduces without
    quotation marks (a release's "The minister said: (new paragraph) The
    scheme cost 3 million. We ...") ends the same way once it has spoken in
    the first person: at the first later paragraph that opens no quotation
    and speaks in no one's first person. One that never says "I" or "we"
    gives no sign of where it ends, and a speech under a remarks label or
    after a release's lead-in runs on to its end (the caller does not ask).
    """
    text = doc.text
    end = text.find("\n", seg.start)
    return (
        not still_open
        and text[seg.start : seg.end].lstrip()[:1] not in _OPENING_QUOTES
        and not _first_person(doc, seg.start, len(text) if end < 0 else end)
    )


def _first_person(doc: Document, start: int, end: int) -> bool:
    """Whether ``[start, end)`` speaks in the first person ("We ...", "our crews")."""
    idx = doc.token_range(start, end)
    return not _NARRATOR_FIRST_PERSON.isdisjoint(
        w.replace("\u2019", "'") for w in doc.lowers[idx.start : idx.stop]
    )


def _still_open(was_open: bool, sentence: str, opens: int, closes: int) -> bool:
    """Whether a quotation is open after ``sentence``, across paragraphs.

    ``opens`` and ``closes`` count its curly marks; an odd number of straight
    marks closes an open quotation or opens one. A statement quoted over
    several paragraphs may open its mark once and close it at the very end.
    """
    if sentence.count('"') % 2:
        return not was_open
    if opens != closes:
        return opens > closes
    return was_open


_LABEL_WORDS = 8  # "Senator Jane Roe's full remarks at the hearing:"
_NAME_TAIL_WORDS = (
    14  # "Adm. Jo Lee Jr., the vice chairman of the Joint Chiefs of Staff."
)
# A title's abbreviation closing a sentence: "said Maj.", "said Cllr.", "(Dr.)".
_TITLE_AT_END = re.compile(r"\b[A-Z][a-z]{0,3}\.\)?$")
# The longest match: six characters and a final newline before "$".
_TITLE_AT_END_CHARS = 7


def _ends_with_title(sentence: str) -> bool:
    """Whether ``sentence`` ends with a title's abbreviation ("said Maj.", "(Dr.)").

    Only the last characters can hold a match, so only they are searched; the
    word boundary still sees the character before them.
    """
    start = max(0, len(sentence) - _TITLE_AT_END_CHARS)
    return _TITLE_AT_END.search(sentence, start) is not None


def _remarks_labels(doc: Document) -> list[int]:
    """Furniture lines that name whose remarks follow: "The mayor's opening remarks:".

    A speaker's label standing alone is furniture, and the turn after it is
    covered (annotation notes 53): a possessive names the speaker and a
    speech noun ("remarks", "statement", "address") ends the line before
    its colon.
    """
    if _SPEECH_NOUNS.isdisjoint(doc.lowers):
        return []  # most documents: one set test at C speed
    text, segs = doc.text, doc.segments
    found = []
    for i, seg in enumerate(segs):
        if not seg.boilerplate or text[seg.end - 1 : seg.end] != ":":
            continue
        idx = doc.token_range(seg.start, seg.end)
        words = [w.replace("\u2019", "'") for w in doc.lowers[idx.start : idx.stop]]
        if (
            0 < len(words) <= _LABEL_WORDS
            and words[-1] in _SPEECH_NOUNS
            and any(w.endswith("'s") for w in words[:-1])
        ):
            found.append(i)
    return found


def _sourced_by_next(
    doc: Document,
    attributed: set[int | None],
    covered: set[int],
    facts: _DocumentFacts,
) -> dict[int, str]:
    """Quotations that the sentence right after them attributes (annotation notes 15).

    A sentence that opens with a quotation mark, has no source of its own and
    whose quotation closes at the end of it (or of a later sentence of the
    same quotation) is covered when the next body sentence names who said it:
    "'We will not back down.' The senator said this on Tuesday." The
    next sentence must be a short attributed frame, or open with a word
    pointing back at the quotation and hold a reporting word ("These are the
    words a soldier wrote"). A quotation that nothing after it attributes, or
    only a long sentence saying something of its own, stays unsourced. The
    rule name is ``sourced:quotation-attributed-after``.
    """
    text, segs = doc.text, doc.segments
    found: dict[int, str] = {}
    # Few sentences open a quotation: start from the quotations.
    quotes = doc.quotations
    for n, q in enumerate(quotes):
        if not q.closed:
            # A paragraph-long quotation left open runs on in the next
            # paragraph, whose closing sentence names the speaker (AP style).
            end = _continued_quotation_end(text, quotes, n)
            i = doc.segment_at(q.start)
            last = doc.segment_at(end - 1) if end > 0 else None
            if i is None or last is None or last not in attributed:
                continue
            run = [k for k in range(i, last) if not segs[k].boilerplate]
            if not any(k in attributed for k in run):
                for k in run:
                    if k not in covered:
                        found[k] = "sourced:quotation-attributed-after"
            continue
        # Most quotations follow a word inside their sentence: one look back
        # at the character before the spaces rules them out.
        k = q.start - 1
        while k >= 0 and text[k] == " ":
            k -= 1
        if k >= 0 and text[k] not in _BEFORE_SENTENCE:
            continue
        i = doc.segment_at(q.start)
        if i is None or segs[i].start != q.start:
            continue
        if segs[i].boilerplate or i in attributed or i in covered:
            continue
        last = doc.segment_at(q.end - 1)  # the quotation's last sentence
        if last is None or text[q.end : segs[last].end].strip(".,;!? "):
            continue  # the quotation ends inside its sentence
        run = [k for k in range(i, last + 1) if not segs[k].boilerplate]
        if any(k in attributed for k in run):
            continue
        nxt = last + 1
        while nxt < len(segs) and segs[nxt].boilerplate:
            nxt += 1
        if nxt < len(segs) and (
            (nxt in attributed and _is_short(doc, segs[nxt]))
            or _points_back(doc, segs[nxt], facts)
        ):
            for k in run:
                if k not in covered:
                    found[k] = "sourced:quotation-attributed-after"
    return found


_CHAIN_PARAGRAPHS = 8  # quoted paragraphs before the one naming the speaker


def _continued_quotation_end(text: str, quotes: Sequence[Quotation], n: int) -> int:
    """Where a quotation continued over paragraphs closes; -1 if it does not.

    News style leaves a quoted paragraph open when the quotation goes on in
    the next one, which reopens it: '"We waited years. (new paragraph) "It
    will be higher," she said.' The quotation ``quotes[n]`` must open its
    paragraph and stay open to its end, and each next quotation must open
    the next paragraph, until one closes (annotation notes 15: the sentence
    that closes the same quotation covers it).
    """
    q = quotes[n]
    if text[text.rfind("\n", 0, q.start) + 1 : q.start].strip():
        return -1  # opened inside its paragraph: a lost mark, not a chain
    for m in range(n, min(n + _CHAIN_PARAGRAPHS, len(quotes))):
        if quotes[m].closed:
            return quotes[m].end if m > n else -1
        if m + 1 == len(quotes):
            return -1
        nxt = quotes[m + 1]
        between = text[quotes[m].end : nxt.start]
        if "\n" not in between or between.strip():
            return -1  # the next quotation does not open the next paragraph
        if text[nxt.start] not in _OPENING_QUOTES:
            return -1
    return -1


def _signed_posts(doc: Document) -> dict[int, str]:
    """The lines of an embedded post whose signature comes right under them.

    A line "The vote was a disgrace." with "— Jane Roe (@janeroe) May 5,
    2023" under it: the signature names who wrote the line above it, so the
    line's sentences are covered like a quotation followed by its speaker's
    name (annotation notes 6). Only the line right above is taken (or the
    one above a single blank line): scraped pages do not always keep the
    blank line that ends a post. The rule name is ``sourced:signed-post``.
    """
    text, segs = doc.text, doc.segments
    found: dict[int, str] = {}
    for s, seg in enumerate(segs):
        if text[seg.start] not in _SIGNATURE_STARTS or not _SIGNATURE.match(
            text, seg.start, seg.end
        ):
            continue  # (a signature glued to a sentence still signs the post)
        line = text.rfind("\n", 0, seg.start)
        if line < 0 or text[line + 1 : seg.start].strip():
            continue  # nothing above it, or it does not open its line
        above = text.rfind("\n", 0, line) + 1  # start of the line above
        if above > 0 and not text[above:line].strip():
            # An embed that keeps a blank line between the post and its
            # signature: the post is the line above the blank one.
            line = above - 1
            above = text.rfind("\n", 0, line) + 1
        for k in range(s - 1, -1, -1):
            if segs[k].start < above:
                break
            if not segs[k].boilerplate:
                found[k] = "sourced:signed-post"
    return found


def _is_short(doc: Document, seg: Segment) -> bool:
    """A frame short enough to name the speaker of what came before it.

    "Biden said." or "The mayor said this on Monday at the hearing." close a
    quotation; a long sentence with a source of its own ("Meanwhile, the
    coach insists she has no idea what ...") says something new.
    """
    return len(doc.token_range(seg.start, seg.end)) <= _FRAME_AFTER_WORDS


def _is_signature(text: str, seg: Segment) -> bool:
    """The sentence is a post's signature, its date at most after the handle.

    "\u2014 Jane Roe (@janeroe) May 5, 2023" is; a signature glued to the next
    sentence by the page ("... 2020 Following the post, ...") is a sentence
    of its own that the signature does not make.
    """
    m = _SIGNATURE.match(text, seg.start, seg.end)
    return m is not None and seg.end - m.end() <= _SIGNATURE_TAIL


def _points_back(doc: Document, seg: Segment, facts: _DocumentFacts) -> bool:
    """A sentence opening with "These", "That", "So" ... that holds a reporting word."""
    idx = doc.token_range(seg.start, seg.end)
    return (
        len(idx) > 0
        and facts.lowers[idx.start] in _BACK_REFERENCE
        and facts.has_hint(doc.text, seg.start, seg.end)
    )


def _ends_with_introducer(
    doc: Document, seg: Segment, frames: dict[tuple[str, ...], str]
) -> bool:
    """A frame ending in a colon that introduces speech: "X released this statement:".

    The attribution annotator finds no source in it when the verb is not a
    reporting verb, yet what follows is the statement (annotation notes 15).
    A press release names the occasion after the word that introduces:
    "The senator issued the following statement on the vote in committee
    today:" introduces as well, so the introducing word may stand among the
    frame's last words, or anywhere in a frame that opens with "The
    following".
    """
    idx = doc.token_range(seg.start, seg.end)
    if not 0 < len(idx) <= _INTRODUCER_FRAME_WORDS:
        return False
    lowers = doc.lowers
    first = idx.start
    if lowers[first : first + 2] != ["the", "following"]:
        # "The following is a statement from ...:" points forward from its
        # first words, however long the occasion it names.
        first = max(idx.start, idx.stop - _INTRODUCER_TAIL)
    return any(frames.get((lowers[k],)) == "introducer" for k in range(first, idx.stop))


def _is_release_lead_in(doc: Document, seg: Segment) -> bool:
    """A release's lead-in that ends with a full stop: "The following is a
    statement from the Mayor."

    "The following is ..." / "The following are ..." points at the text
    printed after it, as the same line with a colon does (annotation notes
    58), so the statement below is covered; a dateline may come first
    ("LONDON - The following ..."). An introducing word ("statement",
    "remarks") must follow: "The following is a list of road closures." names
    no speaker.
    """
    idx = doc.token_range(seg.start, seg.end)
    if not 0 < len(idx) <= _INTRODUCER_FRAME_WORDS:
        return False
    lowers = doc.lowers
    frames = _claim_frames()
    for k in range(idx.start, min(idx.start + _INTRODUCER_TAIL, idx.stop - 2)):
        if lowers[k] == "the" and lowers[k + 1] == "following":
            if lowers[k + 2] not in ("is", "are"):
                return False
            return any(
                frames.get((lowers[j],)) == "introducer" for j in range(k + 3, idx.stop)
            )
    return False
