"""The learned boilerplate check: a sentence model beside the rules.

Boilerplate is decided while the text is segmented, before any annotator
runs, so the ``models`` annotator cannot mark it. A boilerplate model
(``data/models/boilerplate.json``, trained by ``scripts/train_models.py`` on
the gold corpus's train split) is consulted here instead, on the sentences
the rules left in the body; it marks the short ones it finds likely enough to
be page furniture, and the very short or long ones it is all but sure of
(``boilerplate:model``). It never unmarks what a rule marked.
"""

from __future__ import annotations

import re

from reliability.models import SentenceModel
from reliability.segment.sentences import CLOSERS, Piece, ends_in_stop

__all__ = [
    "MODEL_MAX_CHARS",
    "MODEL_MIN_WORDS",
    "MODEL_RULE",
    "MODEL_SURE_CUT",
    "has_body",
    "mark_with_model",
]

#: The rule a sentence the model marks carries.
MODEL_RULE = "boilerplate:model"
#: Longer sentences are consulted at a higher cut only (``MODEL_SURE_CUT``):
#: page furniture is mostly short, and the limit keeps the check near 3% of
#: the pipeline; a long line the model is all but sure of (menu labels run
#: together, a site's standing account of itself) is furniture too.
MODEL_MAX_CHARS = 100
#: Shorter sentences are consulted at a higher cut only: on one or two words
#: ("No way!") the model sees little beyond the final mark, and the rules'
#: layout tests (headline block, crossheads, captions) judge most of them
#: better; what it is all but sure of ("Read on", "(Figure 3)", "--- Menu
#: ---") is page furniture.
MODEL_MIN_WORDS = 3  # ``_THREE_WORDS`` below spells it out
#: The probability at which a sentence of one or two words, or of more than
#: ``MODEL_MAX_CHARS`` characters, becomes boilerplate.
MODEL_SURE_CUT = 0.95
#: Words in a sentence that shows the text has a body the model can stand
#: beside; a text of short lines alone has none, and nothing in it is marked.
_BODY_WORDS = 8
# _BODY_WORDS runs of ``[^\W_]`` (found without listing them all).
_BODY = re.compile(rf"[^\W_]++(?:[\W_]++[^\W_]++){{{_BODY_WORDS - 1}}}")
# MODEL_MIN_WORDS runs of ``[^\W_]`` (found without listing them all).
_THREE_WORDS = re.compile(r"[^\W_]++[\W_]++[^\W_]++[\W_]++[^\W_]")
# A sentence that ends in one of these runs on into what follows ("Officials
# wrote:", judgement call 5): body, whatever the model says.
_RUNS_ON = ",;:-\u2013\u2014"
# An editor's note with its text ("Editor's note: the minister resigned.") is
# the publisher speaking about the story (an update, a correction, a
# disclosure): body, as the corpus keeps correction notes, whatever the model
# makes of its words. A bare "Editor's notes" heading is still judged.
_EDITORS_NOTE = re.compile(
    r"[\[(]?editor[\u2019']?s[\u2019']? notes?\s*:\s*\S", re.IGNORECASE
)


# A quotation opened after a colon or comma: "One fan wrote: 'Sending love!'",
# "He said, \u201cNo.\u201d" (``_reported_speech``).
_SPEECH = re.compile(r"[:,][ \t\u00a0]*+[\"'\u201c\u2018]")


def _reported_speech(text: str, p: Piece) -> bool:
    """Whether ``p`` reports speech: a quotation after a colon or comma, and a stop.

    "One fan wrote: 'Sending love!'" is body; a headline quoting its speaker
    ("Mayor: 'We will rebuild'") has no stop and is still judged.
    """
    return (
        text[p.start : p.end].rstrip(CLOSERS)[-1:] in ".!?"
        and _SPEECH.search(text, p.start, p.end) is not None
    )


def _exclaims_in_paragraph(text: str, p: Piece) -> bool:
    """Whether ``p`` is an exclamation that shares its line with other sentences.

    "Protesters chanted, \u201cShame!\u201d", "Hear them roar!" in a paragraph or
    a quoted post is body: page furniture that exclaims ("Sign up today!",
    "Liftoff!") stands on a line of its own.
    """
    return not p.whole_line and text[p.start : p.end].rstrip(CLOSERS)[-1:] == "!"


_LIST_MARKS = "-*\u2013\u2014\u2022\u25aa\u25cf\u25e6\u2023\u00b7"
_LIST_ITEMS = 20  # items of a list under a lead-in looked at, at most


def _list_items(text: str, pieces: list[Piece], rules: list[str | None]) -> set[int]:
    """The items of lists that a body lead-in ending in a colon introduces.

    "Cases were confirmed in three counties:" / "- Marion County, 4 cases":
    the items are body, as the lead-in is (annotation notes, D19), however
    little prose each holds. The lines under the lead-in count as items
    while the rules leave them in the body and each opens with a list mark
    (bare lines under a colon are as often page furniture: "New pages:").
    """
    out: set[int] = set()
    for i, p in enumerate(pieces):
        if rules[i] is not None or not p.whole_line or text[p.end - 1] != ":":
            continue
        for k in range(i + 1, min(len(pieces), i + 1 + _LIST_ITEMS)):
            q = pieces[k]
            if rules[k] is not None or not q.whole_line:
                break
            if text[q.start] not in _LIST_MARKS:
                break
            out.add(k)
    return out


def has_body(text: str, pieces: list[Piece], rules: list[str | None]) -> bool:
    """Whether some sentence the rules left in the body reads as prose.

    It has at least eight words and ends in a full stop, question or
    exclamation mark (closing quotes aside).

    >>> from reliability.segment.sentences import Piece
    >>> has_body("Rebels gain ground", [Piece(0, 18, 0, True)], [None])
    False
    >>> text = "The council met on Tuesday and approved the new budget."
    >>> has_body(text, [Piece(0, len(text), 0, True)], [None])
    True
    """
    return bool(prose_body(text, pieces, rules, at_most=1))


def prose_body(
    text: str, pieces: list[Piece], rules: list[str | None], at_most: int = 0
) -> list[int]:
    """The indexes of the sentences the rules left in the body that read as prose.

    A sentence reads as prose when it has at least eight words and ends in a
    full stop, question or exclamation mark (closing quotes aside). With
    ``at_most`` above 0, only the first ``at_most`` of them are listed.
    """
    out: list[int] = []
    for i, (p, r) in enumerate(zip(pieces, rules, strict=True)):
        if r is None and text[p.start : p.end].rstrip(CLOSERS)[-1:] in ".!?":
            if _BODY.search(text, p.start, p.end) is not None:
                out.append(i)
                if len(out) == at_most:
                    break
    return out


def _stopped(text: str, p: Piece) -> bool:
    """Whether ``p`` ends as a sentence does: a stop, perhaps inside a closing
    quotation mark or bracket ("... in May.", "... 'Yes!'"). A line wholly in
    brackets ("[Video: ... Watch on YouTube.]") is a note on the page, not a
    sentence of it."""
    if text[p.start] in "[(" and text[p.end - 1] in "])":
        return False
    return ends_in_stop(text[p.start : p.end])


def mark_with_model(
    text: str,
    pieces: list[Piece],
    rules: list[str | None],
    model: SentenceModel,
    *,
    cut: float,
) -> list[str | None]:
    """Mark the body sentences that ``model`` gives a probability of at least ``cut``.

    >>> from reliability.segment.sentences import Piece
    >>> class Model:  # any object with probability(text) -> float
    ...     def probability(self, s: str) -> float:
    ...         return 0.9 if s.startswith("Share") else 0.1
    >>> text = "Share this page\\nThe road to the coast reopened on Monday morning."
    >>> pieces = [Piece(0, 15, 0, True), Piece(16, 65, 1, True)]
    >>> mark_with_model(text, pieces, [None, None], Model(), cut=0.5)
    ['boilerplate:model', None]

    Args:
        text: The raw document.
        pieces: Its sentences.
        rules: The rules' verdicts, one per piece (None: body).
        model: A ``boilerplate`` sentence model.
        cut: The probability at which a body sentence becomes boilerplate.

    Returns:
        A new list of verdicts: the rules' ones, and ``MODEL_RULE`` where the
        model marks a sentence the rules left in the body. Nothing is marked
        on a page with no prose sentence in the body, nor the page's only
        prose sentence.
    """
    out = list(rules)
    # Whether there is none, one or more is all that is needed here.
    prose = prose_body(text, pieces, rules, at_most=2)
    if not prose:
        return out
    # The page's only prose sentence is its body: the model never takes it
    # for furniture (a text of one sentence keeps that sentence).
    only = prose[0] if len(prose) == 1 else -1
    items = _list_items(text, pieces, rules) if ":" in text else set()
    for i, p in enumerate(pieces):
        if (
            out[i] is None
            and i != only
            and i not in items
            and text[p.end - 1] not in _RUNS_ON
            and (p.end - p.start <= MODEL_MAX_CHARS or not _stopped(text, p))
            and not _EDITORS_NOTE.match(text, p.start)
            and not _exclaims_in_paragraph(text, p)
            and not _reported_speech(text, p)
        ):
            sure = (
                p.end - p.start > MODEL_MAX_CHARS
                or _THREE_WORDS.search(text, p.start, p.end) is None
            )
            least = max(cut, MODEL_SURE_CUT) if sure else cut
            if model.probability(text[p.start : p.end]) >= least:
                out[i] = MODEL_RULE
    return out
