"""Speech that another sentence introduces, found from the text alone.

Hedges and loaded words are marked only in the outlet's own voice
(judgement call 14). Besides direct quotations, two layouts carry someone
else's words without quotation marks (annotation notes 6, 15):

- a bare frame that ends with a colon ("The minister said:") followed by
  the speech, up to the end of the next paragraph (and on through further
  paragraphs that open with a quotation mark);
- a transcript turn opened by a speaker label ("JANE ROE: ..."), up to the
  next label, once a document has two or more labels.
"""

from __future__ import annotations

import re
from weakref import WeakKeyDictionary

from reliability.document import Document
from reliability.resources import load_lexicon

__all__ = ["SPEAKER_LABEL", "introduced_speech"]

# A speaker label opening a transcript turn: "MS. LEE:", "Jane Doe:",
# "President of Ruritania Jan Novak:" (two or more capitalised words, then a
# colon; one word is more often a credit or a heading: "Image:", "Update:").
SPEAKER_LABEL = re.compile(
    r"\s*(?:(?:Mr|Mrs|Ms|Dr|MR|MRS|MS|DR)\.\s+)?"
    r"[A-Z][\w.\u2019'-]*(?:\s+(?:of\s+)?[A-Z][\w.\u2019'-]*){1,5}\s?:\s"
)
_OPENING_QUOTES = '"\u201c\u00ab\u201e'
_FRAME_WORDS = 25  # a frame longer than this is a sentence of its own
_CACHE: WeakKeyDictionary[Document, frozenset[int]] = WeakKeyDictionary()


def _introducers() -> frozenset[str]:
    entries = load_lexicon("claim_frames").entries
    return frozenset(w for w, kind in entries.items() if kind == "introducer")


def introduced_speech(doc: Document) -> frozenset[int]:
    """Indexes of the body sentences that carry introduced or labelled speech."""
    found = _CACHE.get(doc)
    if found is not None:
        return found
    text, lowers = doc.text, doc.words.lowers
    introducers = _introducers()
    body = list(doc.content_segments())
    labels = {i for i, seg in body if SPEAKER_LABEL.match(text, seg.start, seg.end)}
    transcript = len(labels) >= 2
    speech: set[int] = set()
    in_turn = False
    introduced = False  # inside the speech after a colon frame
    paragraphs = 0  # paragraph breaks seen since the frame
    prev_end = 0
    for i, seg in body:
        sentence = text[seg.start : seg.end].strip()
        if "\n" in text[prev_end : seg.start] and introduced:
            paragraphs += 1
            if paragraphs > 1 and sentence[:1] not in _OPENING_QUOTES:
                introduced = False
        prev_end = seg.end
        if transcript and i in labels:
            in_turn = True
        if in_turn or introduced:
            speech.add(i)
        idx = doc.token_range(seg.start, seg.end)
        if (
            sentence.endswith(":")
            and 0 < len(idx) <= _FRAME_WORDS
            and lowers[idx.stop - 1] in introducers
        ):
            introduced, paragraphs = True, 0
    found = _CACHE[doc] = frozenset(speech)
    return found
