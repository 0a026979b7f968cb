"""Loaded language: words that judge or stir (ANNOTATION.md, "Loaded language").

The lexicon ``loaded.tsv`` holds clear cases only and gives each entry a *kind*;
``LoadedAnnotator.accept`` vetoes the neutral readings of that kind: "regime"
in "sanctions regime", "swept away by floods", "designated a terrorist group".
"militant(s)" follows judgement call 18: it is loaded only where the same
document calls that side "fighters" or "forces". Violent metaphors for
criticism ("slammed", "blasted", "tore into") are loaded even where they
introduce what someone said; plain names of speech acts ("criticised",
"ridiculed") are not. "the crush of applications", "hammered out a deal" and
"the atrocities of the war" (documented crimes) are neutral. A degree adverb
right before a loaded word belongs to the phrase ("absolutely terrifying").
The facts this needs are computed once per document. Only the outlet's own
voice is marked, never direct quotations (judgement call 14).
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass
from weakref import WeakKeyDictionary

from reliability.annotators.base import LexiconAnnotator
from reliability.document import Document
from reliability.findings import Layer, SpanFinding
from reliability.registry import register
from reliability.segment import Segment

__all__ = ["LoadedAnnotator"]

# "regime" is a technical noun after these words, and "regime change" is the
# name of a policy: neither judges a government.
_NEUTRAL_REGIME_BEFORE = frozenset(
    "sanctions sanction tax visa trade tariff training treatment dosing drug "
    "regulatory legal export import inspection inspections safeguards monitoring "
    "control exchange currency fiscal monetary pension flow fitness exercise diet "
    "dietary medication water flood fire wind rainfall temperature climate rate "
    "inflation budget customs licensing compliance data privacy protection "
    "nonproliferation proliferation arms verification investment subsidy quota "
    "immigration asylum border testing vaccination quarantine lockdown reporting "
    "disclosure accounting ownership price pricing capital interest hormone "
    "antibiotic insulin flight operating fuel speed sleep ancien liability "
    "copyright patent competition antitrust regulation supervisory".split()
)
_NEUTRAL_REGIME_AFTER = frozenset("change changes of".split())
# Set terms in which a loaded word names a topic: "police brutality".
_NEUTRAL_AFTER_WORD = {"brutality": frozenset({"police"})}
# Subjects that make "swept", "crushed", "hammered" literal (weather, fire, water).
_NATURAL_FORCES = frozenset(
    "storm storms fire fires wildfire wildfires flood floods flooding wave waves "
    "tide wind winds rain rains flames blaze hurricane typhoon cyclone tornado "
    "snow snowstorm water waters virus pandemic epidemic disease outbreak heat "
    "heatwave current currents river avalanche mudslide landslide earthquake "
    "quake tsunami debris rubble wall roof building car truck vehicle tree "
    "boulder rock rocks crowd stampede machine blast explosion bomb bombs shell "
    "shells".split()
)
# Words after a physical verb that make it literal ("swept away", "slammed into",
# "crushed to death", "blasted off").
_LITERAL_AFTER = frozenset(
    "away up off aside under into onto against shut down clean to beneath "
    "between open apart out door doors brakes floor".split()
)
# Designations and set terms around "terrorist": the label is reported, or it
# names a legal category, rather than being the outlet's judgement.
_DESIGNATION_BEFORE = frozenset(
    "designated designates designate designating designation listed lists "
    "proscribed blacklisted banned anti counter".split()
)
_TERRORIST_SET_TERM_AFTER = frozenset(
    "attack attacks act acts threat threats offence offences offense offenses "
    "charge charges financing list designation legislation law laws".split()
)
# "radical change": a degree, not a label.
_RADICAL_DEGREE_AFTER = frozenset(
    "change changes reform reforms shift shifts departure overhaul "
    "transformation transformations surgery rethink restructuring innovation "
    "innovations idea ideas improvement improvements".split()
)
# Modifiers of "forces" that name a state institution, not a side of a conflict.
_STATE_FORCES = frozenset(
    "security government armed special air police coalition military foreign "
    "international nato us american british allied western peacekeeping federal "
    "naval ground land task joint allied market economic political the its their "
    "his her our of".split()
)
# Particles that make a physical verb a neutral idiom ("hammered out a deal").
_NEUTRAL_PARTICLE = {
    "hammered": frozenset({"out"}),
    "blasted": frozenset({"off", "out"}),
    "blasting": frozenset({"off", "out"}),
}
# A determiner before a physical verb form makes it a noun ("the crush of").
_DETERMINERS = frozenset("a an the this that its their his her".split())
# Around "atrocities": the plain term for documented crimes.
_DOCUMENTED_BEFORE = frozenset(
    "documented alleged reported war wartime medical mass nazi historical past "
    "committed genocidal".split()
)
_DOCUMENTED_AFTER = frozenset("of by committed in during against".split())
# Nouns for claims and ideas that a judging modifier ("wild") characterises.
_CLAIM_NOUNS = frozenset(
    "claim claims conspiracy conspiracies theory theories accusation accusations "
    "allegation allegations rumour rumours rumor rumors speculation assertion "
    "assertions lie lies exaggeration exaggerations idea ideas fantasy fantasies "
    "promises promise rhetoric".split()
)
# Goods that make "peddle" literal selling.
_GOODS = frozenset("drugs wares goods heroin cocaine fruit vegetables food".split())
# Degree adverbs taken into a loaded span ("absolutely terrifying").
_INTENSIFIERS = frozenset(
    "absolutely utterly truly totally completely downright thoroughly genuinely "
    "deeply profoundly".split()
)
_FUNCTION_WORDS = frozenset(
    "a an the these those some many several most other armed suspected".split()
)
_MILITANT = frozenset({"militant", "militants"})
_NEUTRAL_SIDE_TERMS = frozenset({"fighter", "fighters", "forces"})


@dataclass(frozen=True, slots=True)
class _DocumentFacts:
    """What the militants rule needs to know about a whole document.

    ``sides``: lower-case names that premodify "fighters"/"forces" ("taliban"
    in "Taliban fighters"). ``neutral_anywhere``: whether the document calls
    some main side "fighters", or "X forces" for a name X it uses often.
    """

    sides: frozenset[str]
    neutral_anywhere: bool


@register("loaded")
class LoadedAnnotator(LexiconAnnotator):
    """Marks loaded terms in the outlet's own voice (not inside quotations)."""

    name = "loaded"
    version = "3"
    layer = Layer.LOADED
    lexicon = "loaded"
    skip_quotations = True
    confidence = 0.8

    def __init__(self) -> None:
        super().__init__()
        self._facts: WeakKeyDictionary[Document, _DocumentFacts] = WeakKeyDictionary()

    def accept(self, doc: Document, start: int, end: int, entry: str) -> bool:
        """Veto matches whose reading is neutral in context."""
        text = doc.text
        before, after, sentence_initial = _context(doc, start, end)
        prev = before[-1] if before else None
        nxt = after[0] if after else None
        # A capitalised word mid-sentence is a name or a title ("Rogue One",
        # "Bloody Sunday", Michael Savage), not the outlet's judgement.
        if " " not in entry and text[start].isupper() and not sentence_initial:
            if entry not in _MILITANT and entry not in ("regime", "regimes"):
                return False
        if prev in _NEUTRAL_AFTER_WORD.get(entry, ()):
            return False
        kind = self._lexicon.entries.get(entry) or "always"
        if kind == "always":
            return True
        if kind == "regime":
            if prev in _NEUTRAL_REGIME_BEFORE:
                return False
            return nxt not in _NEUTRAL_REGIME_AFTER
        if kind == "militant":
            return self._is_loaded_militant(doc, start)
        if kind == "physical":
            if nxt in _LITERAL_AFTER or after[1:2] in (("door",), ("doors",)):
                return False
            if nxt in _NEUTRAL_PARTICLE.get(entry, ()) or prev in _DETERMINERS:
                return False
            return not _NATURAL_FORCES.intersection(before)
        if kind == "documented":
            return prev not in _DOCUMENTED_BEFORE and nxt not in _DOCUMENTED_AFTER
        if kind == "claimword":
            return nxt in _CLAIM_NOUNS
        if kind == "peddle":
            return nxt not in _GOODS
        if kind == "terrorist":
            if _DESIGNATION_BEFORE.intersection(before):
                return False
            return nxt not in _TERRORIST_SET_TERM_AFTER
        if kind == "radical":
            return nxt not in _RADICAL_DEGREE_AFTER
        return True

    def annotate(self, doc: Document) -> Iterator[SpanFinding]:
        """Yield loaded spans, each with a degree adverb right before it."""
        words, text = doc.words, doc.text
        starts, ends, lowers = words.starts, words.ends, words.lowers
        for f in super().annotate(doc):
            p = doc.token_range(f.start, f.end).start - 1
            if (
                p >= 0
                and lowers[p] in _INTENSIFIERS
                and not text[ends[p] : f.start].strip()
                and doc.segment_at(starts[p]) == doc.segment_at(f.start)
            ):
                f = SpanFinding(f.layer, starts[p], f.end, f.rule, f.confidence)
            yield f

    def _is_loaded_militant(self, doc: Document, start: int) -> bool:
        """Judgement call 18: "militants" where the text elsewhere says "fighters"."""
        facts = self._facts.get(doc)
        if facts is None:
            facts = self._facts[doc] = _document_facts(doc)
        i = doc.token_range(start, start + 1).start
        seg = doc.segments[doc.segment_at(start) or 0]
        p = i - 1
        if p >= 0 and doc.words.starts[p] >= seg.start and _is_name(doc, p, seg):
            # A named side ("Taliban militants"): loaded when that same side is
            # called "Taliban fighters/forces" elsewhere, not when only the
            # other side is ("Israeli forces" beside "Hamas militants").
            return doc.words.lowers[p] in facts.sides
        return facts.neutral_anywhere


def _is_name(doc: Document, k: int, seg: Segment) -> bool:
    """Whether word ``k`` looks like a name: capitalised, not a function word."""
    start, low = doc.words.starts[k], doc.words.lowers[k]
    if not doc.text[start].isupper() or low in _FUNCTION_WORDS:
        return False
    return start > seg.start or low not in _STATE_FORCES


def _context(
    doc: Document, start: int, end: int, width: int = 6
) -> tuple[tuple[str, ...], tuple[str, ...], bool]:
    """Lower-case words around ``[start, end)`` within its sentence.

    Returns up to ``width`` words before (nearest last), up to two after, and
    whether the match starts its sentence.
    """
    words = doc.words
    starts, ends, lowers = words.starts, words.ends, words.lowers
    index = doc.segment_at(start)
    if index is None:
        return (), (), True
    seg = doc.segments[index]
    span = doc.token_range(start, end)
    i, j = span.start, span.stop
    before = tuple(
        lowers[k] for k in range(max(0, i - width), i) if starts[k] >= seg.start
    )
    after = tuple(
        lowers[k] for k in range(j, min(len(words), j + 2)) if ends[k] <= seg.end
    )
    return before, after, not before


def _document_facts(doc: Document) -> _DocumentFacts:
    """One pass over the body words: who is called "fighters"/"forces"."""
    starts, lowers, text = doc.words.starts, doc.words.lowers, doc.text
    body: list[str] = []  # the body words, in order
    sides: set[str] = set()
    named_forces: set[str] = set()
    has_fighters = False
    for _, seg in doc.content_segments():
        idx = doc.token_range(seg.start, seg.end)
        words = lowers[idx.start : idx.stop]
        body += words
        if _NEUTRAL_SIDE_TERMS.isdisjoint(words):
            continue  # most sentences: no word to look at
        for k in idx:
            word = lowers[k]
            if word not in _NEUTRAL_SIDE_TERMS or doc.in_quotation(starts[k]):
                continue
            if word != "forces":
                has_fighters = True
            if k > idx.start:
                prev = lowers[k - 1]
                if prev not in _STATE_FORCES:
                    sides.add(prev)
                    if word == "forces" and text[starts[k - 1]].isupper():
                        named_forces.add(prev)
    # "X forces" counts for a name X the text uses again: a main side.
    neutral = has_fighters or any(body.count(n) >= 2 for n in named_forces)
    return _DocumentFacts(frozenset(sides), neutral)
