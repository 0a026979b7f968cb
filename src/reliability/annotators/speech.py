"""Speech that another sentence introduces, found from the text alone.

Hedges and loaded words are marked only in the outlet's own voice
(judgement call 14). Besides direct quotations, two layouts carry someone
else's words without quotation marks (annotation notes 6, 15):

- a bare frame that ends with a colon ("The minister said:") followed by
  the speech, up to the end of the next paragraph (and on through further
  paragraphs that open with a quotation mark);
- a transcript turn opened by a speaker label ("JANE ROE: ..."), up to the
  next label, in a transcript (``turn_labels``), or by a speaker handing the
  floor to the next one ("I'll now turn the call over to Dr. Roe.").
"""

from __future__ import annotations

import re
from functools import cache
from weakref import WeakKeyDictionary

from reliability.document import Document
from reliability.resources import load_lexicon

__all__ = ["SPEAKER_LABEL", "first_turn", "introduced_speech", "turn_labels"]

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
_OPENING_QUOTES = '"\u201c\u00ab\u201e'
_FRAME_WORDS = 25  # a frame longer than this is a sentence of its own
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
        found = _TURNS[doc] = (labels, first)
    return found


def _find_labels(doc: Document) -> list[int]:
    text, lowers = doc.text, doc.lowers
    greetings = _frames_of("phatic")
    labels: list[int] = []
    in_body = greeting = False
    for i, seg in enumerate(doc.segments):
        # A label needs its colon: most sentences have none, and skip the regex.
        if text.find(":", seg.start, seg.end) < 0:
            continue
        label = SPEAKER_LABEL.match(text, seg.start, seg.end)
        if label is None:
            continue
        labels.append(i)
        in_body = in_body or not seg.boilerplate
        if not greeting:
            idx = doc.token_range(label.end(), seg.end)
            turn = tuple(lowers[idx.start : idx.stop])
            greeting = (
                any(turn[: len(words)] == words for words in greetings.get(turn[0], ()))
                if turn
                else False
            )
    if greeting or (in_body and len(labels) >= 2):
        return labels
    return []


def _handed_over(doc: Document, first: int) -> int:
    """``first``, or the sentence after an earlier hand-over of the floor."""
    text, starts, lowers = doc.text, doc.words.starts, doc.lowers
    for head, frames in _frames_of("hand-over").items():
        k = _find(lowers, head, 0)
        while k >= 0:
            after = [k + len(words) for words in frames if _at(lowers, k, words)]
            if after and after[0] < len(lowers) and text[starts[after[0]]].isupper():
                i = doc.segment_at(starts[k])
                if i is not None and not doc.segments[i].boilerplate:
                    first = min(first, i + 1)
                    break
            k = _find(lowers, head, k + 1)
    return first


def _find(lowers: list[str], word: str, start: int) -> int:
    """The index of ``word`` in ``lowers`` from ``start``, or -1 (a C-speed scan)."""
    try:
        return lowers.index(word, start)
    except ValueError:
        return -1


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
