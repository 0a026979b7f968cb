"""Hedges: words that lower the certainty of a claim (ANNOTATION.md, "Hedges").

The lexicon ``hedges.tsv`` gives each cue a *kind*; ``HedgeAnnotator.accept``
vetoes the readings of that kind which do not hedge: "could" of ability,
"may" the month, "might" the noun, "claims" the noun, "a possible offensive",
"it became apparent", "was reported by Reuters" (an agent makes it an
attribution), "little sign of" (judgement call 17), the concessive "Bombs may
not be falling", "Someone suggesting that ..." (a person suggesting is a speech
act, not evidence), and a capitalised word inside a sentence, which is part of
a name ("Prompt Asylum Claim Review"). The noun "claims" hedges when it
introduces the claimed content ("his claims that ...", judgement call 15).
Agentless passives are hedges (judgement call 16), also after a contracted
copula: "It's described as ..." marks "'s described". Only the outlet's own
voice is marked, never direct quotations (judgement call 14).
"""

from __future__ import annotations

from collections.abc import Iterator

from reliability.annotators.base import LexiconAnnotator
from reliability.document import Document
from reliability.findings import Layer, SpanFinding
from reliability.registry import register
from reliability.words import WordClass, function_words, words_of

__all__ = ["HedgeAnnotator"]

# Words after which "might" is the noun ("military might", "with all its might").
_NOUN_MIGHT_BEFORE = frozenset(
    "its their his her our my your the all full military economic naval air "
    "with of".split()
)
# After "could": negation (inability, "could not be confirmed"), perception and
# capacity verbs (past ability: "could see", "could afford").
_COULD_ABILITY_AFTER = frozenset(
    "not never hardly barely scarcely only no see hear feel smell taste afford "
    "remember recall understand read swim speak".split()
)
# Before "could": indirect questions and free relatives ("asked if they
# could", "whatever it could"), where the modal states ability or permission.
_COULD_ABILITY_BEFORE = frozenset("if whether whatever wherever".split())
# Words before a capitalised "May" that make it the month.
_MONTH_BEFORE = frozenset(
    "in on of since until till by early late mid last next this from through "
    "during to before after since".split()
)
# A determiner, possessive or adjective before "claim(s)" makes it the noun.
_NOUN_CLAIM_BEFORE = frozenset(
    "a an the this that these those his her its their our my your such any no "
    "some many several false dubious unsubstantiated unfounded baseless similar "
    "earlier previous latest new territorial legal of".split()
)
_CLAIMED_OBJECT = frozenset(
    "responsibility credit a an the his her their its lives ownership".split()
)
# Words after a predicative cue that open the uncertain clause ("unclear whether").
_CLAUSE_OPENERS = frozenset("that whether if how why who what when where".split())
# forms of "be" and linking verbs before a predicative adjective
_BE = words_of(WordClass.COPULA)
_BECOME = _BE | frozenset("become became becomes becoming made makes grew".split())
_NEGATIVE_QUANTITY = frozenset("no little any few without not".split())
# Subjects that make "suggest(ing)" a speech act rather than evidence.
_PERSON_SUGGESTS = frozenset(
    "someone somebody anyone anybody nobody i we you he she they who people".split()
)
_POSSESSIVES = frozenset("his her their its".split())
_APOSTROPHES = "'\u2019"
# Pronouns whose contracted copula carries an agentless passive ("it's said").
_CONTRACTED_SUBJECTS = frozenset("it that this he she there what which who".split())


@register("hedges")
class HedgeAnnotator(LexiconAnnotator):
    """Marks hedging cues in the outlet's own voice (not inside quotations)."""

    name = "hedges"
    version = "3"
    layer = Layer.HEDGES
    lexicon = "hedges"
    skip_quotations = True
    confidence = 0.85

    def __init__(self) -> None:
        super().__init__()
        self.resources = {
            **self.resources,
            "lexicons/function_words": function_words().sha256,
        }

    def accept(self, doc: Document, start: int, end: int, entry: str) -> bool:
        """Veto the readings of a cue that do not lower certainty."""
        kind = self._lexicon.entries.get(entry) or "always"
        before, nxt, gap = _neighbours(doc, start, end)
        prev = before[-1] if before else None
        if doc.text[start].isupper() and before and kind != "modal":
            return False  # a capitalised word inside a sentence: part of a name
        if kind == "always":
            return True
        if kind == "modal":
            comma = doc.text[end : end + 1] == ","
            return _is_epistemic_modal(doc.text[start:end], before, nxt, gap, comma)
        if kind == "passive":
            # "was reported by Reuters": the agent makes it an attribution.
            return nxt != "by"
        if kind == "contracted":
            # "It's described as": the copula is inside the pronoun's token.
            return _contracted_copula(before) and nxt != "by"
        if kind == "suggest":
            # "Evidence suggests" hedges; "someone suggesting that" reports a
            # speech act.
            return prev not in _PERSON_SUGGESTS
        if kind == "distancing":
            # "his claims that ..." distances from what follows (judgement
            # call 15); "the claims of fraud", "his claim": the plain noun;
            # "claimed responsibility", "claimed the lives": owning or
            # demanding something, not distancing from a statement.
            if nxt == "that" and not gap and prev in _POSSESSIVES:
                return True
            return prev not in _NOUN_CLAIM_BEFORE and nxt not in _CLAIMED_OBJECT
        if kind == "attributive":
            # "an apparent attempt" hedges; "it became apparent" means evident;
            # "heir apparent" is a title.
            attributive = nxt is not None and not gap
            return attributive and prev not in _BECOME and prev != "heir"
        if kind == "predicative":
            # "it is possible that", "unknown whether" hedge; "a possible
            # offensive" (judgement call 17), "as soon as possible", "unknown
            # gunmen", "possible to see" do not.
            return nxt in _CLAUSE_OPENERS or (prev in _BE and nxt not in ("to", "for"))
        if kind == "signs":
            # "little sign of them complying" is not a hedge (judgement call 17).
            return prev not in _NEGATIVE_QUANTITY
        return True

    def annotate(self, doc: Document) -> Iterator[SpanFinding]:
        """Yield hedge cues; a contracted passive starts at its apostrophe."""
        entries = self._lexicon.entries
        for f in super().annotate(doc):
            entry = f.rule.rpartition(":")[2]
            if entries.get(entry) == "contracted":
                # "It's described as": mark "'s described" (judgement call 16).
                i = doc.token_range(f.start, f.end).start - 1
                a, b = doc.words.starts[i], doc.words.ends[i]
                cut = max(doc.text.rfind(m, a, b) for m in _APOSTROPHES)
                f = SpanFinding(f.layer, cut, f.end, f.rule, f.confidence)
            yield f


def _contracted_copula(before: tuple[str, ...]) -> bool:
    """Whether the word before is a pronoun with a contracted "is" ("it's")."""
    if not before:
        return False
    word = before[-1].replace("\u2019", "'")
    subject, _, rest = word.partition("'")
    return rest == "s" and subject in _CONTRACTED_SUBJECTS


def _neighbours(
    doc: Document, start: int, end: int
) -> tuple[tuple[str, ...], str | None, bool]:
    """The words around ``[start, end)`` within its sentence.

    Returns ``(before, next, punctuated)``: up to two lower-case words before
    the match (nearest last), the word after it or None at the sentence end,
    and whether punctuation separates the match from that next word.
    """
    words = doc.words
    starts, lowers = words.starts, words.lowers
    index = doc.segment_at(start)
    if index is None:
        return (), None, True
    seg = doc.segments[index]
    span = doc.token_range(start, end)
    i, j = span.start, span.stop
    before = tuple(lowers[k] for k in range(max(0, i - 2), i) if starts[k] >= seg.start)
    if j < len(words) and words.ends[j] <= seg.end:
        gap = bool(doc.text[end : starts[j]].strip())
        return before, lowers[j], gap
    return before, None, True


def _is_epistemic_modal(
    surface: str, before: tuple[str, ...], nxt: str | None, gap: bool, comma: bool
) -> bool:
    """Whether may/might/could here states likelihood, not ability or a name."""
    word = surface.lower()
    prev = before[-1] if before else None
    if nxt is None or (gap and not comma):
        return False  # "as best they could.", "with all its might."
    if word == "may":
        if nxt == "not":
            return False  # concessive or permission: "Bombs may not be falling"
        if surface == "May":
            sentence_initial = prev is None
            # "in May", "May 5", "Theresa May said": the month or a name.
            if not sentence_initial or nxt.isdigit() or prev in _MONTH_BEFORE:
                return False
        # "May I ask", "may we": permission in a question.
        return nxt not in ("i", "we")
    if word == "might":
        return prev not in _NOUN_MIGHT_BEFORE
    # could
    if _COULD_ABILITY_BEFORE.intersection(before):
        return False
    return nxt not in _COULD_ABILITY_AFTER
