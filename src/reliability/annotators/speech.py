"""Speech that another sentence introduces, found from the text alone.

Hedges and loaded words are marked only in the outlet's own voice
(judgement call 14). Besides direct quotations, two layouts carry someone
else's words without quotation marks (annotation notes 6, 15):

- a bare frame that ends with a colon ("The minister said:") followed by
  the speech, up to the end of the next paragraph (and on through further
  paragraphs that open with a quotation mark);
- a transcript turn opened by a speaker label ("JANE ROE: ..."), up to the
  next label, in a transcript (``turn_labels``), by a speaker handing the
  floor to the next one ("I'll now turn the call over to Dr. Roe."), by a
  parliamentary record's speaker label ("Mr. ROE."), or by an interview's
  lead-in that names who answers ("Roe shared her thoughts about ...").
"""

from __future__ import annotations

import re
from collections.abc import Collection
from functools import cache
from weakref import WeakKeyDictionary

from reliability.document import Document
from reliability.quotes import Quotation
from reliability.resources import load_lexicon
from reliability.tokens import index_of

__all__ = [
    "SPEAKER_LABEL",
    "dash_answers",
    "first_turn",
    "introduced_speech",
    "named_mid_sentence",
    "named_quotations",
    "single_quotations",
    "turn_labels",
]

# A speaker label opening a transcript turn: "MS. LEE:", "Jane Doe:",
# "President of Ruritania Jan Novak:" (two or more capitalised words, then a
# colon; one word is more often a credit or a heading: "Image:", "Update:").
# A name before a colon and an opening quotation mark introduces a quotation
# ('The Daily Star: "..."'), not a turn.
SPEAKER_LABEL = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR)\.\s+)?"
    r"[A-Z][\w.\u2019'-]*(?:\s+(?:of\s+)?[A-Z][\w.\u2019'-]*){1,5}\s?:\s"
    r'(?!\s*["\u201c\u00ab\u201e])'
)
# A press conference's longer labels: an office with "for" ("Minister for
# Trade Jan Novak:"), a name and its office or an outlet and its reporter
# joined by a comma ("JAN NOVAK, PRIME MINISTER:", "Daily Courier, ROE:").
# A run-in heading has the same shape ("Money for Schools:", "Jan Novak,
# Rovers:"), so such a label opens a turn only when it names an office
# ("minister") or sets a name in capitals (``_is_office_label``).
_JOINED_LABEL = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR)\.\s+)?"
    r"[A-Z][\w.\u2019'-]*(?:(?:,\s+|\s+(?:of\s+|for\s+)?)[A-Z][\w.\u2019'-]*){1,5}"
    r'\s?:\s(?!\s*["\u201c\u00ab\u201e])'
)
# A one-word label: a name with lower-case letters ("Pompeo:", "O'Neil:") or
# an interviewer's ("Q:", "QUESTION:"). One word before a colon is more often
# a credit or a heading ("Update:", "Photo:", "Cuba:"), so it opens a turn
# only on a page that shows a transcript (``_one_word_labels``).
_ONE_WORD_LABEL = re.compile(
    r"\s*([A-Z][\w\u2019'-]*)\s?:(?:\s|$)" r'(?!\s*["\u201c\u00ab\u201e])'
)
# The question and answer labels of a court or deposition transcript, with a
# full stop instead of a colon ("Q. Where were you? A. At home."). They open
# turns only as an interviewer's and an answerer's labels do
# (``_one_word_labels``): the questions must address the one who answers.
_DOTTED_LABELS = ("Q. ", "A. ")
# A parliamentary record's speaker label: a courtesy title and the member's
# surname in capitals, with a full stop ("Mr. ROE.", "Ms. VAN DAM."). The
# speech follows it, often in the same paragraph (annotation notes 53).
# The pattern opens with its literal "M" (no word character before it, as
# ``\b`` would say): the regex engine then skips to each "M" at C speed.
_RECORD_LABEL = re.compile(
    r"M(?<!\wM)(?:r|rs|s)\. [A-Z][A-Z\u2019'-]+(?: [A-Z][A-Z\u2019'-]+)?\.(?=\s|$)"
)
# A record page's heading naming the member whose speech follows: "HON.
# JANE ROE OF OHIO IN THE HOUSE OF REPRESENTATIVES", "HON. JAN NOVAK IN THE
# SENATE" (the heading is no cue; the speech under it is the member's).
_RECORD_HEADING_START = re.compile(r"HON\. ")  # a literal: the engine skips to "H"
_RECORD_HEADING = re.compile(
    r"\bHON\. [A-Z][A-Z.\u2019' -]{2,80}? IN THE (?:HOUSE OF REPRESENTATIVES|SENATE)\b"
)
# An interview's lead-in: the interviewee's words follow, as answers to the
# interviewer's questions ("Roe shared her thoughts about ...", "We spoke
# with Jane Roe about ...", "We caught up with Roe ..."; annotation notes 15).
_LEAD_INS = (
    ("shared", "his", "thoughts"),
    ("shared", "her", "thoughts"),
    ("shared", "their", "thoughts"),
    ("spoke", "with"),
    ("spoke", "to"),
    ("talked", "with"),
    ("talked", "to"),
    ("caught", "up", "with"),
    ("sat", "down", "with"),
)
_LEAD_IN_HEADS = frozenset(words[0] for words in _LEAD_INS)
_QUESTION_WORDS = 25  # a question longer than this is a paragraph of its own
_QUOTES = '"\u201c\u201d\u00ab\u00bb\u201e'
_OPENING_QUOTES = '"\u201c\u00ab\u201e'
_FRAME_WORDS = 25  # a frame longer than this is a sentence of its own
_FRAME_PARAGRAPH_WORDS = 60  # words of a frame paragraph read before its colon
_GREETING_WORDS = 5  # a one-word label's turn that is only a greeting
# A speaker named before a quotation with a colon and no verb, at the start
# of its line: "Sen. Mary Oak (D-OR): “...", "@cityfire: “...", "Whip
# Roe: “..." (annotation notes 6). One bare word is more often a heading
# ("Update: “..."), so a name needs two words, a title, a party tag or a
# handle.
_QUOTE_LABEL = re.compile(
    r"(?:(?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][\w.\u2019'-]*"
    r"(?:\s+(?:of\s+|de\s+|van\s+)?[A-Z][\w.\u2019'-]*){1,5}"
    r"(?:\s+\([^()\n]{1,30}\))?"
    r"|[A-Z][\w\u2019'-]*\s+\([^()\n]{1,30}\)"
    r"|@\w{2,30})\s?:\s*$"
)
# A bare name that signs a quotation after its closing mark, with no verb:
# "…,” Jane Roe, the mayor." or "…” — Jane Roe" (annotation
# notes 6): capitalised words up to a comma or the end of the sentence.
_QUOTE_SIGNATURE = re.compile(
    r"[,.]?\s*(?:[\u2014\u2013-]\s*)?"
    r"(?:[A-Z][a-z]{1,4}\.\s+)?[A-Z][\w\u2019'-]*(?:\.?\s+[A-Z][\w.\u2019'-]*){1,4}"
    r"(?:,[^\n\u201c\u201d\"]{0,120})?[.!]?\s*$"
)
_DASHES = "\u2014\u2013-"
_SINGLE_INSIDE = 0.6  # share of a sentence's letters inside the quotation
_SINGLE_WORDS = 4  # a shorter single-quoted phrase is a title or a scare quote
_CACHE: WeakKeyDictionary[Document, frozenset[int]] = WeakKeyDictionary()
_TURNS: WeakKeyDictionary[Document, tuple[list[int], int]] = WeakKeyDictionary()


@cache
def _introducers() -> frozenset[str]:
    entries = load_lexicon("claim_frames").entries
    return frozenset(w for w, kind in entries.items() if kind == "introducer")


@cache
def _frames_of(kind: str) -> dict[str, tuple[tuple[str, ...], ...]]:
    """The ``claim_frames`` entries of one kind as word tuples, by first word."""
    found: dict[str, list[tuple[str, ...]]] = {}
    for entry, entry_kind in load_lexicon("claim_frames").entries.items():
        if entry_kind == kind:
            words = tuple(entry.split())
            found.setdefault(words[0], []).append(words)
    return {w: tuple(ws) for w, ws in found.items()}


def turn_labels(doc: Document) -> list[int]:
    """Indexes of the sentences that open a transcript turn ("MS. LEE: ...").

    A document is a transcript when two or more sentences open with a speaker
    label, one of them in the body, or when a label opens with a greeting
    ("MR. ROE: Good afternoon."): a briefing often has a single turn before
    the questions. Labels on furniture count too (a greeting turn is often
    cut off as furniture, and the speaker goes on talking after it), but
    furniture alone ("Photo Credit: ...", "Priority: ...") makes no
    transcript (annotation notes 6). Empty when the document is no transcript.
    """
    return list(_turns(doc)[0])


def first_turn(doc: Document) -> int:
    """Index of the first sentence that is a speaker's turn (``len(segments)``: none).

    A turn opens at the first label of a transcript (``turn_labels``) or
    after a sentence that hands the floor to a named speaker ("I'll now turn
    the call over to Dr. Roe."): a telephone briefing often has no labels.
    From there on every sentence is someone's speech (annotation notes 6).
    """
    return _turns(doc)[1]


def _turns(doc: Document) -> tuple[list[int], int]:
    """``turn_labels`` and ``first_turn`` of ``doc``, found once per document."""
    found = _TURNS.get(doc)
    if found is None:
        labels = _find_labels(doc)
        first = _handed_over(doc, labels[0] if labels else len(doc.segments))
        first = min(first, _record_turn(doc), _interview_turn(doc))
        found = _TURNS[doc] = (labels, first)
    return found


def _find_labels(doc: Document) -> list[int]:
    text = doc.text
    greetings = _frames_of("phatic")
    labels: list[int] = []
    in_body = greeting = False
    named: list[tuple[int, int]] = []  # one-word labels: (sentence, label end)
    body_labels = False  # a label of two or more words in the body
    for i, seg in enumerate(doc.segments):
        # A label needs its colon: most sentences have none, and skip the regex.
        if text.find(":", seg.start, seg.end) < 0:
            # A court or deposition transcript writes "Q." and "A.".
            if not seg.boilerplate and text.startswith(_DOTTED_LABELS, seg.start):
                named.append((i, seg.start + 3))
            continue
        label = SPEAKER_LABEL.match(text, seg.start, seg.end)
        if label is None:
            label = _JOINED_LABEL.match(text, seg.start, seg.end)
            if label is not None and not _is_office_label(doc, seg.start, label.end()):
                label = None
        if label is not None and _is_heading(doc, seg.start, label.end()):
            continue  # a field label: "Activity Summary: ...", "Research Unit: ..."
        if label is None:
            one = _ONE_WORD_LABEL.match(text, seg.start, seg.end)
            if one is not None and _is_heading(doc, seg.start, one.end()):
                continue
            if one is not None and (
                # A greeting turn is often cut off as furniture, and a
                # label standing alone on its line ("Question:") is too.
                not seg.boilerplate
                or one.end() == seg.end
                or _greets(doc, one.end(), seg.end, greetings, most=_GREETING_WORDS)
            ):
                named.append((i, one.end()))
            continue
        labels.append(i)
        body_labels = body_labels or not seg.boilerplate
        in_body = in_body or not seg.boilerplate
        greeting = greeting or _greets(doc, label.end(), seg.end, greetings)
    if named:
        more = _one_word_labels(doc, named, has_labels=body_labels)
        if more:
            labels = sorted(labels + [i for i, _ in more])
            in_body = True
            greeting = greeting or any(
                _greets(doc, end, doc.segments[i].end, greetings, most=_GREETING_WORDS)
                for i, end in more
            )
    if greeting or (in_body and len(labels) >= 2):
        return labels
    return []


@cache
def _office_words() -> frozenset[str]:
    """The titles of ``source_heads`` ("minister", "secretary", "director")."""
    entries = load_lexicon("source_heads").entries
    return frozenset(w for w, cls in entries.items() if cls == "title")


def _is_office_label(doc: Document, start: int, end: int) -> bool:
    """Whether the label ``[start, end)`` names an office or sets a name in capitals."""
    idx = doc.token_range(start, end)
    if not _office_words().isdisjoint(doc.lowers[idx.start : idx.stop]):
        return True
    starts, ends, text = doc.words.starts, doc.words.ends, doc.text
    return any(
        ends[k] - starts[k] > 1 and text[starts[k] : ends[k]].isupper() for k in idx
    )


def _is_heading(doc: Document, start: int, end: int) -> bool:
    """Whether a word of the label ``[start, end)`` is a heading's ("Summary")."""
    heading = _frames_of("heading")
    idx = doc.token_range(start, end)
    return any(w in heading for w in doc.lowers[idx.start : idx.stop])


def _one_word_labels(
    doc: Document, found: list[tuple[int, int]], *, has_labels: bool
) -> list[tuple[int, int]]:
    """The one-word labels (``found``: body sentence, label end) that open a turn.

    ``has_labels``: a label of two or more words stands in the body. An
    interviewer's label ("Q:", "QUESTION:") does beside other labels. A
    name ("Pompeo:") does when the body names that person elsewhere ("Mike
    Pompeo said ...", "Thank you, Ms. Clarke.") and the page shows a
    transcript: a label of two or more words, an interviewer's label, a
    name labelling two turns, or a turn opening with a greeting ("Clarke:
    Good afternoon."). An office ("Minister:", "Spokesperson:") beside an
    interviewer's label does too: a briefing's transcript names its
    speaker by office and may never write the title mid-sentence. A
    heading ("Update:") names no one in the body, and a roundup by country
    ("Chile: ...") labels each name once.
    """
    text, lowers = doc.text, doc.lowers
    interviewer = _frames_of("interviewer")
    answerer = _frames_of("answerer")
    asks: list[tuple[int, int]] = []
    answers: list[tuple[int, int]] = []
    names: dict[str, list[tuple[int, int]]] = {}
    for i, end in found:
        k = doc.token_range(doc.segments[i].start, end).start
        word = lowers[k]
        if word in interviewer:
            asks.append((i, end))
        elif word in answerer:
            answers.append((i, end))
        elif any(c.islower() for c in text[doc.words.starts[k] : doc.words.ends[k]]):
            names.setdefault(word, []).append((i, end))
    offices = _office_words() if asks else frozenset()
    named = {
        w: turns
        for w, turns in names.items()
        if w in offices or named_mid_sentence(doc, w)
    }
    if asks and answers and not has_labels and not named:
        # An interview printed as questions and answers: its questions
        # address the one who answers ("How has your work changed?"); an
        # FAQ's are the reader's own ("Can I renew online?"), and its
        # answers the page's voice (annotation notes 16).
        you = _second_person()
        if any(_addresses(doc, i, end, you) for i, end in asks):
            return sorted(asks + answers)
        return []
    greetings = _frames_of("phatic")
    transcript = (
        has_labels
        or bool(asks)
        or any(
            len(turns) >= 2
            or _greets(doc, end, doc.segments[i].end, greetings, most=_GREETING_WORDS)
            for turns in named.values()
            for i, end in turns
        )
    )
    if not transcript:
        return []
    taken = [t for turns in named.values() for t in turns]
    if has_labels or taken:
        taken += asks + answers
    return sorted(taken)


@cache
def _second_person() -> frozenset[str]:
    """The second-person words of ``claim_words`` ("you", "your")."""
    entries = load_lexicon("claim_words").entries
    return frozenset(
        w for w, cs in entries.items() if "second-person" in (cs or "").split()
    )


def _addresses(doc: Document, i: int, start: int, you: frozenset[str]) -> bool:
    """Whether the turn from ``start`` to the end of its paragraph says "you".

    The question may run on in the sentences after its label.
    """
    text = doc.text
    stop = text.find("\n", start)
    stop = len(text) if stop < 0 else stop
    idx = doc.token_range(start, max(stop, doc.segments[i].end))
    return not you.isdisjoint(doc.lowers[idx.start : idx.stop])


_NAMED: WeakKeyDictionary[Document, dict[str, bool]] = WeakKeyDictionary()


def named_mid_sentence(doc: Document, word: str) -> bool:
    """Whether a body sentence capitalises ``word`` (lower-case) after its start.

    The words a document capitalises mid-sentence are its names. Only the
    words asked about are looked up (a scan of the word list at C speed),
    not every capitalised word of the body; each answer is kept per document.
    """
    seen = _NAMED.setdefault(doc, {})
    found = seen.get(word)
    if found is None:
        found = False
        text, starts, lowers = doc.text, doc.words.starts, doc.lowers
        k = index_of(lowers, word, 0)
        while k >= 0 and not found:
            i = doc.segment_at(starts[k])
            if i is not None and text[starts[k]].isupper():
                seg = doc.segments[i]
                found = (
                    not seg.boilerplate
                    and doc.token_range(seg.start, seg.end).start < k
                )
            k = index_of(lowers, word, k + 1)
        seen[word] = found
    return found


def _greets(
    doc: Document,
    start: int,
    end: int,
    greetings: dict[str, tuple[tuple[str, ...], ...]],
    *,
    most: int = 0,
) -> bool:
    """Whether the turn ``[start, end)`` opens with a greeting ("Good afternoon.").

    With ``most``, the turn is no more than the greeting: at most that many
    words ("Good afternoon, everyone."), not a headline that quotes one.
    """
    idx = doc.token_range(start, end)
    turn = tuple(doc.lowers[idx.start : idx.stop])
    if not turn or (most and len(turn) > most):
        return False
    return any(turn[: len(words)] == words for words in greetings.get(turn[0], ()))


def _handed_over(doc: Document, first: int) -> int:
    """``first``, or the sentence after an earlier hand-over of the floor."""
    text, starts, lowers = doc.text, doc.words.starts, doc.lowers
    heads = _frames_of("hand-over")
    # Only the heads the text holds (one set test at C speed) are searched:
    # an absent one has no position to try.
    for head in frozenset(heads).intersection(lowers):
        frames = heads[head]
        k = index_of(lowers, head, 0)
        while k >= 0:
            after = [k + len(words) for words in frames if _at(lowers, k, words)]
            if after and after[0] < len(lowers) and text[starts[after[0]]].isupper():
                i = doc.segment_at(starts[k])
                if i is not None and not doc.segments[i].boilerplate:
                    first = min(first, i + 1)
                    break
            k = index_of(lowers, head, k + 1)
    return first


def _record_turn(doc: Document) -> int:
    """The sentence after a parliamentary record's speaker label ("Mr. ROE.").

    The label ends its sentence: the segmenter cuts it off, alone or run on
    from the page header. A label run on from other text needs the speech
    after it in the first person ("Mr. Speaker, I rise today ..."). What
    follows is the member's (annotation notes 53). ``len(segments)`` when
    there is none.
    """
    text, segs = doc.text, doc.segments
    for label in _RECORD_LABEL.finditer(text):
        i = doc.segment_at(label.start())
        if i is None or text[label.end() : segs[i].end].strip():
            continue  # the label does not end its sentence
        # A label standing alone is a turn's; one run on from other text
        # needs the speech after it to be in the first person.
        alone = not text[segs[i].start : label.start()].strip()
        if alone or _first_person_after(doc, i):
            return i + 1
    if _RECORD_HEADING_START.search(text):  # most documents: one scan for "H"
        return _record_heading_turn(doc)
    return len(segs)


def _record_heading_turn(doc: Document) -> int:
    """The first sentence of the speech under a record heading ("HON. JANE ROE ...").

    With no speaker label after it, the heading may run on into the first
    sentence of the speech ("... IN THE SENATE Mr. President, I rise ..."):
    that sentence opens the turn when it goes on in the first person after
    the heading, else the next one does, when the speech after it is in the
    first person. ``len(segments)`` when there is none.
    """
    text, segs = doc.text, doc.segments
    me = _first_person()
    for heading in _RECORD_HEADING.finditer(text):
        i = doc.segment_at(heading.start())
        if i is None:
            continue
        rest = doc.token_range(heading.end(), segs[i].end)
        if not me.isdisjoint(doc.lowers[rest.start : rest.stop]):
            return i
        if _first_person_after(doc, i):
            return i + 1
    return len(segs)


def _interview_turn(doc: Document) -> int:
    """The sentence after an interview's lead-in ("Roe shared her thoughts ...").

    A body sentence that says whom the text spoke with ("We spoke with Jane
    Roe about ...") ends its paragraph, the next paragraph is a short
    question addressing the interviewee ("Why did you join?"), and the
    answers after it are in the first person: from there on the text is
    the interview's turns (annotation notes 15). ``len(segments)`` when
    there is none.
    """
    lowers, starts = doc.lowers, doc.words.starts
    first = len(doc.segments)
    # Most documents hold none of the heads: one set test at C speed, and
    # only the heads present are searched.
    for head in _LEAD_IN_HEADS.intersection(lowers):
        k = index_of(lowers, head, 0)
        while k >= 0:
            if any(_at(lowers, k, words) for words in _LEAD_INS):
                first = min(first, _answers_after(doc, starts[k]))
            k = index_of(lowers, head, k + 1)
    return first


def _answers_after(doc: Document, start: int) -> int:
    """The question after the lead-in at ``start`` that first-person answers follow.

    ``len(segments)`` when there is none.
    """
    i = doc.segment_at(start)
    if i is None or doc.segments[i].boilerplate:
        return len(doc.segments)
    last = _paragraph_end(doc, i)
    if last + 1 < len(doc.segments) and _asks(doc, last + 1):
        if _first_person_after(doc, last + 1):
            return last + 1
    return len(doc.segments)


def _paragraph_end(doc: Document, i: int) -> int:
    """The index of the last sentence of the paragraph of sentence ``i``."""
    text, segs = doc.text, doc.segments
    while i + 1 < len(segs) and "\n" not in text[segs[i].end : segs[i + 1].start]:
        i += 1
    return i


def _asks(doc: Document, i: int) -> bool:
    """Whether sentence ``i`` is a short paragraph addressing "you" (a question).

    A quoted question ('"Are you serious?" she asked.') is a report's.
    """
    if _paragraph_end(doc, i) != i:
        return False
    seg = doc.segments[i]
    if any(q in doc.text[seg.start : seg.end] for q in _QUOTES):
        return False
    idx = doc.token_range(seg.start, seg.end)
    words = doc.lowers[idx.start : idx.stop]
    return 0 < len(words) <= _QUESTION_WORDS and not _second_person().isdisjoint(words)


_SPEECH_LOOKAHEAD = 3  # body sentences read for a first-person speaker


def _first_person_after(doc: Document, i: int) -> bool:
    """Whether a body sentence of the next few after sentence ``i`` says "I" or "we"."""
    me = _first_person()
    seen = 0
    for seg in doc.segments[i + 1 :]:
        if seg.boilerplate:
            continue
        idx = doc.token_range(seg.start, seg.end)
        if not me.isdisjoint(doc.lowers[idx.start : idx.stop]):
            return True
        seen += 1
        if seen >= _SPEECH_LOOKAHEAD:
            break
    return False


@cache
def _first_person() -> frozenset[str]:
    """The first-person subjects of ``claim_words`` ("I", "we", "I'm")."""
    entries = load_lexicon("claim_words").entries
    return frozenset(
        w for w, cs in entries.items() if "first-person-subject" in (cs or "").split()
    )


def _at(lowers: list[str], k: int, words: tuple[str, ...]) -> bool:
    return tuple(lowers[k : k + len(words)]) == words


def introduced_speech(doc: Document) -> frozenset[int]:
    """Indexes of the body sentences that carry introduced or labelled speech."""
    found = _CACHE.get(doc)
    if found is not None:
        return found
    text, lowers = doc.text, doc.words.lowers
    introducers = _introducers()
    body = list(doc.content_segments())
    first = first_turn(doc)
    speech: set[int] = set()
    introduced = False  # inside the speech after a colon frame
    paragraphs = 0  # paragraph breaks seen since the frame
    prev_end = 0
    for i, seg in body:
        sentence = text[seg.start : seg.end].strip()
        if introduced and "\n" in text[prev_end : seg.start]:
            paragraphs += 1
            if paragraphs > 1 and sentence[:1] not in _OPENING_QUOTES:
                introduced = False
        prev_end = seg.end
        # From the first turn on, every sentence is a turn's.
        if i >= first or introduced:
            speech.add(i)
        if not sentence.endswith(":"):
            continue
        idx = doc.token_range(seg.start, seg.end)
        if 0 < len(idx) <= _FRAME_WORDS and lowers[idx.stop - 1] in introducers:
            introduced, paragraphs = True, 0
    found = _CACHE[doc] = frozenset(speech)
    return found


_DASH_TURN_MARKS = ("- ", "\u2013 ", "\u2014 ")
# A line opening with a dash turn mark. The regex engine skips to each line
# break at C speed, faster than a substring test for each mark.
_DASH_TURN = re.compile("\n[-\u2013\u2014] ")


def dash_answers(doc: Document) -> frozenset[int]:
    """Body sentences of the answers of an interview whose turns open with a dash.

    Interviews translated from Slavic and other languages mark each turn
    with a dash at the start of its paragraph, naming no one: "- Why did
    you run?" / "- Because the town needed it." The interviewee named in
    the introduction speaks every answer, so its sentences are covered like
    a transcript turn (annotation notes 6, 30). A dash paragraph whose last
    sentence asks is the interviewer's turn, and it stays the outlet's. The
    first dash paragraph must ask and a later one answer, so a dashed list
    of facts is no interview. Paragraphs without a dash continue the turn
    before them.
    """
    text = doc.text
    if _DASH_TURN.search(text) is None:
        return frozenset()  # most documents: one scan for line breaks
    turns: list[list[int]] = []  # the body sentences of each turn
    asks: list[bool] = []  # whether the dash paragraph of each turn ends asking
    opening = False  # inside the dash paragraph that opens the last turn
    prev_end = 0
    for i, seg in doc.content_segments():
        if prev_end == 0 or "\n" in text[prev_end : seg.start]:
            opening = text.startswith(_DASH_TURN_MARKS, seg.start)
            if opening:
                turns.append([])
                asks.append(False)
        prev_end = seg.end
        if not turns:
            continue
        turns[-1].append(i)
        if opening:
            asks[-1] = text[seg.start : seg.end].rstrip(_QUOTES + " ").endswith("?")
    answers: set[int] = set()
    for sentences, asking in zip(turns, asks, strict=True):
        if not asking:
            answers.update(sentences)
    if not (asks and asks[0] and not all(asks)):
        return frozenset()  # no question first, or no answer: a dashed list
    return frozenset(answers)


def named_quotations(doc: Document) -> dict[int, str]:
    """Body sentences of a quotation whose speaker is named with no verb.

    Three layouts name the speaker without a cue in the quotation's own
    sentences (annotation notes 6, 15), yet the quotation is theirs:

    - ``sourced:introduced-quotation``: a paragraph after a body sentence
      that ends with a colon and holds an introducing word, however long the
      occasion it names ("The senators issued a statement after the vote on
      the plan that cuts ...:");

    - ``sourced:labelled-quotation``: a label at the start of the line
      before the quotation ("Sen. Mary Oak (D-OR): \u201c...", "@cityfire:
      \u201c..." in a live blog, a roundup of reactions);
    - ``sourced:signed-quotation``: a name after the quotation's closing
      mark and a comma or dash, ending the sentence ("\u201c... in May,\u201d
      Jane Roe, the mayor." or "\u201c...\u201d \u2014 Jane Roe"), the quotation
      opening its sentence.

    Every body sentence the quotation runs through is covered.

    Returns:
        Sentence index to the rule name.
    """
    text, segs = doc.text, doc.segments
    found: dict[int, str] = {}
    headed = not _speech_nouns().isdisjoint(doc.lowers)  # one set test
    for q in doc.quotations:
        # Most quotations have neither a colon before them nor a comma or a
        # dash after them: two character tests rule them out.
        k = q.start - 1
        while k >= 0 and text[k].isspace():
            k -= 1
        colon = k >= 0 and text[k] == ":"
        if (
            headed
            and not colon
            and "\n" in text[k + 1 : q.start]  # the quotation opens its line
            and _under_speech_headline(doc, k, q.start)
        ):
            rule = "sourced:headline-quotation"
            i, last = doc.segment_at(q.start), doc.segment_at(_last_mark(text, q))
            if i is not None and last is not None:
                for j in range(i, last + 1):
                    if not segs[j].boilerplate:
                        found.setdefault(j, rule)
            continue
        if not colon and not (q.closed and _dash_or_comma(text, q.end)):
            continue
        i = doc.segment_at(q.start)
        if i is None or segs[i].boilerplate:
            continue
        last = doc.segment_at(_last_mark(text, q))
        if last is None:
            continue
        line = text.rfind("\n", 0, q.start) + 1
        if colon and k < line and _introduces(doc, k):
            rule = "sourced:introduced-quotation"
        elif (
            line < q.start
            and _QUOTE_LABEL.match(text, line, q.start)
            and not _is_heading(doc, line, q.start)  # "Photo Caption: ..."
        ):
            rule = "sourced:labelled-quotation"
        elif q.closed and _is_signed(doc, q.start, q.end, i, last):
            rule = "sourced:signed-quotation"
        else:
            continue
        for k in range(i, last + 1):
            if not segs[k].boilerplate:
                found.setdefault(k, rule)
    return found


def _last_mark(text: str, q: Quotation) -> int:
    """The last character of ``q`` that is no space.

    An unclosed quotation runs to its line's end, spaces included.
    """
    e = q.end - 1
    while e > q.start and text[e].isspace():
        e -= 1
    return e


_HEADLINE_WORDS = 10  # "First Minister's New Year statement to the nation"


@cache
def _speech_nouns() -> frozenset[str]:
    """The speech nouns of ``claim_words`` ("remarks", "statement", "speech")."""
    entries = load_lexicon("claim_words").entries
    return frozenset(
        w for w, cs in entries.items() if "speech-noun" in (cs or "").split()
    )


def _under_speech_headline(doc: Document, k: int, start: int) -> bool:
    """Whether the quotation at ``start`` opens the body under a speech headline.

    The line before it (ending at ``k``) is a short headline naming whose
    speech the page prints, a possessive before a speech noun ("The
    Mayor's statement on the floods"): the quoted paragraphs under it are
    that speaker's (annotation notes 29).
    """
    if k < 0 or "\n" not in doc.text[k:start]:
        return False
    i = doc.segment_at(k)
    if i is None or not doc.segments[i].boilerplate:
        return False
    seg = doc.segments[i]
    idx = doc.token_range(seg.start, seg.end)
    words = [w.replace("\u2019", "'") for w in doc.lowers[idx.start : idx.stop]]
    if not 0 < len(words) <= _HEADLINE_WORDS:
        return False
    nouns = _speech_nouns()
    owner = next((n for n, w in enumerate(words) if w.endswith("'s")), len(words))
    return any(w in nouns for w in words[owner + 1 :])


def _introduces(doc: Document, colon: int) -> bool:
    """Whether the body paragraph ending with the colon at ``colon`` introduces speech.

    Its last words hold an introducing word ("said", "statement", "wrote")
    anywhere: a release names the occasion at length before the colon ("The
    senators issued a statement after the vote on the plan that ...:"), and
    a bill number's full stops may cut that frame into sentences.
    """
    i = doc.segment_at(colon)
    if i is None or doc.segments[i].boilerplate:
        return False
    start = doc.text.rfind("\n", 0, colon) + 1
    idx = doc.token_range(start, colon)
    words = doc.lowers[max(idx.start, idx.stop - _FRAME_PARAGRAPH_WORDS) : idx.stop]
    return not _introducers().isdisjoint(words)


def _dash_or_comma(text: str, end: int) -> bool:
    """Whether the quotation ending at ``end`` has a comma or dash at its end."""
    if text[end - 2 : end - 1] == ",":
        return True
    k = end
    while k < len(text) and text[k] == " ":
        k += 1
    return k < len(text) and text[k] in ",\u2014\u2013-"


def _is_signed(doc: Document, start: int, end: int, i: int, last: int) -> bool:
    """Whether the quotation ``[start, end)`` is signed by a bare name after it.

    The quotation opens its sentence ``i``, and after its closing mark a
    comma or a dash leads to a name that ends the sentence ``last``, or to a
    name after a dash that the segmenter cut off as a sentence of its own on
    the same line ("\u201c...\u201d \u2014 Jane Roe").
    """
    text, segs = doc.text, doc.segments
    if text[segs[i].start : start].strip():
        return False
    stop = segs[last].end
    tail = text[end:stop].lstrip()
    if not tail and last + 1 < len(segs):
        nxt = segs[last + 1]
        if "\n" in text[stop : nxt.start] or text[nxt.start] not in _DASHES:
            return False
        end, stop = nxt.start, nxt.end
    elif text[end - 2 : end - 1] != "," and tail[:1] not in "," + _DASHES:
        return False
    return _QUOTE_SIGNATURE.match(text, end, stop) is not None


def single_quotations(
    doc: Document, attributed: Collection[int | None]
) -> dict[int, str]:
    """Body sentences of a quotation in single marks that a source covers.

    British and Irish papers and many tabloids quote speech in single marks
    ("\u2018The bridge will reopen,\u2019 said Jane Roe. \u2018It cost \u00a33
    million.\u2019"), which ``reliability.quotes`` leaves alone because the
    closing mark is also the apostrophe. A quotation opens with "\u2018" (or a
    straight mark opening its sentence) before a capital letter or a digit, and
    closes at the first closing mark that ends a word before a space or
    punctuation, else at the end of its line. As with double marks
    (judgement call 22), a sentence mostly inside such a quotation is covered
    when another sentence of the quotation is attributed, or when it follows
    an attributed sentence that quotes, or a sentence covered this way.
    Short phrases (titles, scare quotes) are no speech. The rule name is
    ``sourced:single-quotation``.

    Returns:
        Sentence index to the rule name.
    """
    text = doc.text
    if "\u2018" not in text and "\n'" not in text and ". '" not in text:
        return {}  # most documents: C-speed substring tests
    spans = _single_spans(doc)
    if not spans:
        return {}
    inside: dict[int, int] = {}  # sentence -> letters inside quotations
    runs: list[list[int]] = []
    for start, end in spans:
        first, last = doc.segment_at(start), doc.segment_at(end - 1)
        if first is None or last is None:
            continue
        run = [k for k in range(first, last + 1) if not doc.segments[k].boilerplate]
        for k in run:
            seg = doc.segments[k]
            inside[k] = inside.get(k, 0) + min(end, seg.end) - max(start, seg.start)
        runs.append(run)
    mostly = {k for k, n in inside.items() if n >= _SINGLE_INSIDE * _letters(doc, k)}
    found: dict[int, str] = {}
    for run in runs:
        if any(k in attributed for k in run):
            found.update((k, "sourced:single-quotation") for k in run if k in mostly)
    covered_prev = False
    for k, _seg in doc.content_segments():
        if k in attributed:
            covered_prev = k in inside
            continue
        if k in mostly and (covered_prev or k in found):
            found[k] = "sourced:single-quotation"
            covered_prev = True
        else:
            covered_prev = False
    return {k: rule for k, rule in found.items() if k not in attributed}


def _letters(doc: Document, i: int) -> int:
    seg = doc.segments[i]
    return max(1, seg.end - seg.start - doc.text.count(" ", seg.start, seg.end))


def _single_spans(doc: Document) -> list[tuple[int, int]]:
    """The single-mark quotations of ``doc`` (``single_quotations``), in order."""
    text = doc.text
    opens = []
    k = text.find("\u2018")
    while k >= 0:
        opens.append(k)
        k = text.find("\u2018", k + 1)
    for _i, seg in doc.content_segments():
        if text[seg.start] == "'":  # a straight mark opening its sentence
            opens.append(seg.start)
    opens.sort()
    spans: list[tuple[int, int]] = []
    end = 0
    for k in opens:
        nxt = text[k + 1 : k + 2]
        # A curly mark may open before a figure; a straight one there is an
        # elision ("'90s").
        if k < end or not (nxt.isupper() or (nxt.isdigit() and text[k] != "'")):
            continue
        if k and not (text[k - 1].isspace() or text[k - 1] in ":(\u2014\u2013-"):
            continue  # a mark inside a word
        if doc.in_quotation(k):
            continue  # a quotation inside a quotation in double marks
        line = text.find("\n", k)
        line = len(text) if line < 0 else line
        end = _single_close(text, k + 1, line, "\u2019" if text[k] != "'" else "'")
        if len(text[k:end].split()) >= _SINGLE_WORDS:
            spans.append((k, end))
    return spans


def _single_close(text: str, start: int, stop: int, mark: str) -> int:
    """The end of the single-mark quotation opened before ``start`` (``stop``: none).

    A closing mark closes after a word or punctuation and before a space, a
    line break or punctuation; an apostrophe inside a word ("don\u2019t") or
    of a plural possessive before a lower-case word ("the councils\u2019
    budget") does not.
    """
    k = text.find(mark, start, stop)
    while k >= 0:
        before = text[k - 1]
        after = text[k + 1] if k + 1 < len(text) else " "
        if not before.isspace() and not after.isalnum():
            plural = before == "s" and after == " " and text[k + 2 : k + 3].islower()
            if not plural:
                return k + 1
        k = text.find(mark, k + 1, stop)
    return stop
