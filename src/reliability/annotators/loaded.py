"""Loaded language: words that judge or stir (ANNOTATION.md, "Loaded language").

The lexicon ``loaded.tsv`` holds clear cases only and gives each entry a *kind*;
``LoadedAnnotator.accept`` vetoes the neutral readings of that kind: "regime"
in "sanctions regime", "swept away by floods", "designated a terrorist group".
"militant(s)" follows judgement call 18: it is loaded only where the same
document calls that side "fighters" or "forces"; so do "terrorist(s)" and
"extremist(s)", the conventional labels of armed groups in agency copy.
Violent metaphors for criticism ("slammed", "blasted", "tore into") are loaded,
except where the attribution annotator has made one the cue of what someone
said (annotation notes, decision 78: the cue only); "torched", "shredded" and
"ripped" only with a name or an idea as object ("critics torched the plan",
not "rioters torched cars"); plain names of speech acts
("criticised", "ridiculed") are not. "the crush of applications", "hammered
out a deal" and "the atrocities of the war" (documented crimes) are neutral.
A degree adverb right before a loaded word belongs to the phrase
("absolutely terrifying").
Accusations ("lying about", "spread lies"), labels of people and ideas
("extreme views", "a dangerous ideology", also with one modifier between: "a
criminal Zionist regime") and promotional praise ("a landmark ruling", "a bold
plan", "pioneering"; annotation notes 20) are loaded; their neutral senses
("lying on the floor", "the answer lies in", "a lie detector", "extreme heat",
"a local landmark", "a devastating earthquake", "wrongful dismissal", "wrongful
murder conviction") are vetoed, as are words in scare quotes and after a
negating prefix ("non-violent"). Adjectives made from names ("Orwellian") are
marked capitalised; the outlet's own legal verdict ("a massive,
unconstitutional program") is loaded, a ruling reported ("the court ruled it
unconstitutional") is not; violence as a figure for policy ("an assault on
democracy", "attacks on press freedom") is loaded, a literal attack ("an attack
on a convoy") and a set term ("the war on drugs") are not; "a war on teachers"
is a figure, "a war on Ukraine" literal. Labels reach past names and a
coordinated adjective ("dangerous NSA spying bills", "a dangerous and divisive
message") and after a copula ("the idea is dangerous"); "far-left" judges an
agenda, not the usual name of a side ("far-right groups"); "stellar" praises a
career, not a star's winds; "illegal" is the outlet's verdict on a state's act
("an illegal spying program"), not an offence ("illegal parking"); "boasted
that" names self-praise, "the hotel boasts a pool" a property; "nuclear
blackmail" accuses, "charged with blackmail" reports an offence; "the
so-called experts" judges, "the so-called “smart guns”" introduces a name in
quotation marks; "the monster who" judges a person, "a monster truck" does
not; "pseudo-" calls fake what a hyphen joins it to ("their
pseudo-analyses", marked whole), not "pseudo anonymous data". The context
words of every veto are in ``loaded_context.tsv``, typed by class. The facts this
needs are computed once per document. Only the outlet's own voice is marked,
never direct quotations (judgement call 14), nor a label the text denies
("not a neo-colonial system", "without being rude") or a label or charge it
reports as another's ("denounced by the opposition as illegitimate", "critics
claim his lyrics amount to demagoguery"). Phrases and the nouns of stance
kinds match in the possessive too ("the regime's army" marks "regime").
Vivid modifiers of words judge speech ("a fiery speech", not "a fiery
crash"); dismissive modifiers judge a policy ("superficial reforms", not
"superficial wounds"); bad faith in using a harm is loaded ("exploiting the
tragedy", not "exploit oil reserves"), and so is migration named as a flood
("a flood of migrants", not "floods displaced refugees"); a self-given label
sneers only before scare quotes ("self-described “experts”"); "repressive
governments" classes a government, "oppressive taxes" judges.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from collections.abc import Iterator, Mapping, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from weakref import WeakKeyDictionary

from reliability.annotators.base import LexiconAnnotator
from reliability.annotators.hedges import in_single_quotes
from reliability.annotators.speech import introduced_speech
from reliability.document import Document
from reliability.errors import ResourceError
from reliability.findings import AttributionFinding, Layer, SpanFinding
from reliability.registry import register
from reliability.resources import ClassedLexicon, load_classed_lexicon, load_lexicon
from reliability.segment import Segment
from reliability.tokens import tokenize
from reliability.words import WordClass, function_words, words_of

__all__ = ["Context", "LoadedAnnotator"]


class Context(StrEnum):
    """The classes of ``loaded_context.tsv`` (its header says what each serves)."""

    REGIME_BEFORE = "regime-before"
    REGIME_AFTER = "regime-after"
    TOPIC_BEFORE = "topic-before"
    NATURAL_FORCE = "natural-force"
    LITERAL_AFTER = "literal-after"
    IDIOM_PARTICLE = "idiom-particle"
    DESIGNATION = "designation"
    TERRORIST_SET_TERM = "terrorist-set-term"
    DEGREE_NOUN = "degree-noun"
    STATE_FORCES = "state-forces"
    DETERMINER = "determiner"
    DOCUMENTED_BEFORE = "documented-before"
    DOCUMENTED_AFTER = "documented-after"
    CLAIM_NOUN = "claim-noun"
    GOODS = "goods"
    INTENSIFIER = "intensifier"
    NOT_SIDE_NAME = "not-side-name"
    SIDE_TERM = "side-term"
    PERSON_OR_IDEA = "person-or-idea"
    ACHIEVEMENT_NOUN = "achievement-noun"
    HARM_NOUN = "harm-noun"
    LIE_BEFORE = "lie-before"
    LYING_AFTER = "lying-after"
    LYING_BEFORE = "lying-before"
    LEGAL_TERM = "legal-term"
    PREFIX = "prefix"
    RULING_BEFORE = "ruling-before"
    IDEA_TARGET = "idea-target"
    PRAISE_NOUN = "praise-noun"
    WAR_SET_TERM = "war-set-term"
    AGENDA_NOUN = "agenda-noun"
    STATE_ACT = "state-act"
    BOAST_AFTER = "boast-after"
    POSITION_AFTER = "position-after"
    POSITION_BEFORE = "position-before"
    LIE_COMPOUND = "lie-compound"
    CRIME_BEFORE = "crime-before"
    CRIME_AFTER = "crime-after"
    NAMING = "naming"
    TRUTH_NOUN = "truth-noun"
    BARE_BEFORE = "bare-before"
    CHARGE_VERB = "charge-verb"
    CLAIM_VERB = "claim-verb"
    CLAIM_OBJECT = "claim-object"
    SIEGE_SUBJECT = "siege-subject"
    FISCAL = "fiscal"
    REBUKE_OBJECT = "rebuke-object"
    REBUKE_AFTER = "rebuke-after"
    OFFENCE_BEFORE = "offence-before"
    OFFENCE_TARGET = "offence-target"
    SPEECH_NOUN = "speech-noun"
    EXPLOIT_TARGET = "exploit-target"
    POLITY_NOUN = "polity-noun"
    MIGRANT_NOUN = "migrant-noun"
    POLICY_NOUN = "policy-noun"
    CASE_NOUN = "case-noun"


# The kinds of ``loaded.tsv`` (its header says what each vetoes).
KINDS = frozenset(
    "always regime militant physical terrorist radical documented claimword peddle "
    "topic label achievement impact lies lying legal neutral slur modifier eponym "
    "verdict figurative after-in praise war agenda state-act tail boast crime "
    "head distort headline bare siege fiscal rebuke deceit hyphen rhetoric "
    "exploit polity influx self dismiss motive".split()
)


@cache
def _context() -> ClassedLexicon[Context]:
    return load_classed_lexicon("loaded_context", Context)


@cache
def _words(cls: Context) -> frozenset[str]:
    """The words of one class of ``loaded_context.tsv``."""
    return frozenset(w for w, cs in _context().entries.items() if cls in cs)


# Kinds marked with no context words ("eponym": adjectives from names,
# capitalised wherever they stand: "Orwellian", "Kafkaesque").
_MARKED_CAPITALISED = frozenset(("always", "slur", "eponym"))

# Kinds whose single-word entries are nouns often used in the possessive.
_NOUN_KINDS = frozenset(("regime", "militant", "terrorist", "slur", "head", "crime"))

# The possessive endings the tokeniser keeps inside a word ("regime's").
_POSSESSIVES = ("'s", "\u2019s")

# The hyphens that join a "hyphen" entry to the word it judges.
_HYPHENS = "-\u2010\u2011"

_QUOTE_BEFORE = "\"'\u201c\u2018"
_QUOTE_AFTER = "\"'\u201d\u2019"


@dataclass(frozen=True, slots=True)
class _DocumentFacts:
    """What the militants rule needs to know about a whole document.

    ``sides``: lower-case names that premodify "fighters"/"forces" ("taliban"
    in "Taliban fighters"). ``neutral_anywhere``: whether the document calls
    some main side "fighters", or "X forces" for a name X it uses often.
    """

    sides: frozenset[str]
    neutral_anywhere: bool


# Past any offset: the last cue starting at or before a span is found with it.
_NO_END = 1 << 62


def _cue_spans(doc: Document) -> list[tuple[int, int]]:
    """The attribution cues found so far, sorted (none when the attribution
    annotator has not run)."""
    return sorted(
        (f.cue_start, f.cue_end)
        for f in doc.findings_on(Layer.ATTRIBUTIONS)
        if isinstance(f, AttributionFinding)
    )


def _on_cue(cues: Sequence[tuple[int, int]], start: int, end: int) -> bool:
    """Whether ``start:end`` lies inside one of ``cues``: a vivid reporting
    verb that is the cue ("Roe blasted the plan, saying ...") is the frame the
    outlet gives a speech act, marked as the cue only (annotation notes,
    decision 78)."""
    i = bisect_right(cues, (start, _NO_END)) - 1
    return i >= 0 and cues[i][0] <= start and end <= cues[i][1]


def _reading_by_neighbours(
    doc: Document, kind: str, end: int, before: Sequence[str]
) -> bool | None:
    """The veto of a kind read from the words beside the match alone (a bare
    plural, a fiscal void, a hyphened prefix); None for every other kind."""
    prev = before[-1] if before else None
    if kind == "bare":
        # "Enemies are seeking to cut Iran's ties", "said enemies want":
        # state media name a hostile side with the bare plural at the
        # start of a clause; "his enemies", "political enemies", "made
        # enemies" name rivals.
        return (
            prev is None
            or prev in words_of(WordClass.PREPOSITION)
            or prev in _words(Context.BARE_BEFORE)
        )
    if kind == "fiscal":
        # "a £22 billion black hole in the public finances", "the
        # pensions black hole": a gap in money named as a void that
        # swallows it; "a supermassive black hole" is astronomy.
        fiscal = _words(Context.FISCAL)
        return not (
            fiscal.isdisjoint(before[-3:])
            and fiscal.isdisjoint(_words_after(doc, end, 4))
        )
    if kind == "influx":
        return _migration_as_flood(doc, end, before)
    if kind == "self":
        # "self-described “experts”": a self-given label in scare quotes
        # sneers; "a self-described democratic socialist" reports one.
        return _quotation_follows(doc.text, end)
    if kind == "hyphen":
        # "their pseudo-analyses", "a pseudo-democracy": a prefix that
        # calls what it is joined to fake; "pseudo anonymous data" is
        # a technical term.
        joint = doc.text[end : end + 2]
        return len(joint) == 2 and joint[0] in _HYPHENS and joint[1].isalpha()
    return None


# Words between people and the verb that floods: "migrants are flooding".
_INFLUX_GAP = frozenset(
    ("are", "were", "is", "was", "have", "has", "had", "keep", "kept")
)


def _migration_as_flood(doc: Document, end: int, before: Sequence[str]) -> bool:
    """Whether migration is named as a flood or a swarm.

    "a flood of migrants", "a town overrun with refugees", "migrants are
    swarming the border" name people as water or insects; "floods displaced
    refugees", "migrant camps flooded" and "a swarm of bees" are literal.
    """
    people = _words(Context.MIGRANT_NOUN)
    after = _words_after(doc, end, 4)
    if after and after[0] in ("of", "with", "by"):
        return not people.isdisjoint(after[1:])
    if before and before[-1] in _INFLUX_GAP:
        before = before[:-1]
    return bool(before) and before[-1] in people


@register("loaded")
class LoadedAnnotator(LexiconAnnotator):
    """Marks loaded terms in the outlet's own voice (not inside quotations)."""

    name = "loaded"
    version = "22"
    layer = Layer.LOADED
    lexicon = "loaded"
    skip_quotations = True
    confidence = 0.8

    def __init__(self) -> None:
        super().__init__()
        kinds = {k or "always" for k in self._lexicon.entries.values()}
        unknown = kinds - KINDS
        if unknown:
            raise ResourceError(f"loaded.tsv: unknown kind {sorted(unknown)[0]!r}")
        context = _context()
        self.resources = {
            **self.resources,
            "lexicons/loaded_context": context.sha256,
            "lexicons/function_words": function_words().sha256,
            "lexicons/claim_frames": load_lexicon("claim_frames").sha256,
        }
        self._facts: WeakKeyDictionary[Document, _DocumentFacts] = WeakKeyDictionary()
        # "tail" entries, matched from their second word: that word's entry
        # key -> {first word: entry} ("called" -> {"so": "so-called"}).
        self._tails: dict[str, dict[str, str]] = {}
        self._match_tails_from_second_word()
        self._match_possessives()
        # The phrase lengths to try at each first word, after both re-keyings.
        lengths: dict[str, set[int]] = {}
        for words in self._phrases:
            lengths.setdefault(words[0], set()).add(len(words))
        self._lengths = {w: sorted(ns, reverse=True) for w, ns in lengths.items()}

    def _match_tails_from_second_word(self) -> None:
        """Register each "tail" entry under the words after its first word.

        Its first word is common ("so", "world", "political"): as a candidate
        it would send the matcher to look at every sentence that holds it.
        """
        for entry, kind in self._lexicon.entries.items():
            if kind != "tail":
                continue
            words = tuple(tokenize(entry).lowers)
            key = " ".join(words[1:])
            owner = self._phrases.get(words[1:])
            if (
                len(words) < 2
                or key in self._lexicon.entries
                or (owner is not None and owner not in self._tails)
            ):
                raise ResourceError(f"loaded.tsv: tail entry {entry!r} clashes")
            del self._phrases[words]
            self._phrases[words[1:]] = key
            self._tails.setdefault(key, {})[words[0]] = entry

    def _match_possessives(self) -> None:
        """Match entries also with "'s" on their last word ("the regime's").

        The tokeniser keeps the possessive inside the word ("regime's"), so
        without these keys "the regime" would be marked and "the regime's
        army" not; ``annotate`` ends the span before the apostrophe. Phrases
        and the single-word nouns of ``_NOUN_KINDS`` get these keys.
        """
        for words, entry in list(self._phrases.items()):
            if entry not in self._lexicon.entries:
                continue  # a tail entry's key: matched from its second word
            if len(words) == 1 and self._lexicon.entries[entry] not in _NOUN_KINDS:
                # A new first word makes the matcher's candidate table bigger
                # for every word of the text: only the nouns of stance kinds
                # ("the regime's"), whose possessive is common, get one.
                continue
            for mark in _POSSESSIVES:
                self._phrases.setdefault((*words[:-1], words[-1] + mark), entry)

    def _tail_entry(
        self, doc: Document, start: int, key: str
    ) -> tuple[int, str] | None:
        """The start and entry of a tail match whose first word stands before it."""
        words, text = doc.words, doc.text
        p = doc.token_range(start, start + 1).start - 1
        if p < 0:
            return None
        entry = self._tails[key].get(words.lowers[p])
        if entry is None or text[words.ends[p] : start].strip(" -\u2010\u2011"):
            return None
        if doc.segment_at(words.starts[p]) != doc.segment_at(start):
            return None
        return words.starts[p], entry

    def accept(self, doc: Document, start: int, end: int, entry: str) -> bool:
        """Veto matches whose reading is neutral in context."""
        if entry in self._tails:
            found = self._tail_entry(doc, start, entry)
            return found is not None and self.accept(doc, found[0], end, found[1])
        text, entries = doc.text, self._lexicon.entries
        kind = entries.get(entry) or "always"
        if kind == "tail":
            kind = "always"  # matched from its second word, never vetoed
        if kind == "neutral":
            return False  # a neutral phrase: "bragging rights"
        if entry in _words(Context.NAMING) and _quotation_follows(text, end):
            return False  # "the so-called “smart guns”": introduces a name
        if (
            kind in _MARKED_CAPITALISED
            and not text[start].isupper()
            and (start == 0 or text[start - 1] != "-")
        ):
            # The commonest case needs no context words: only scare quotes
            # and a reported charge can veto it (no capital, no prefix).
            return not (
                _scare_quoted(text, start, end) or _not_asserted(doc, start, entries)
            )
        before, after, sentence_initial = _around(doc, start, end)
        prev = before[-1] if before else None
        # A capitalised word mid-sentence is a name or a title ("Rogue One",
        # "Bloody Sunday", Michael Savage), not the outlet's judgement.
        if " " not in entry and text[start].isupper() and not sentence_initial:
            if kind not in ("militant", "regime", "slur", "eponym"):
                return False
        if _scare_quoted(text, start, end) or _after_prefix(text, start, prev):
            return False  # "a ‘world-class’ team", "non-violent"
        if _not_asserted(doc, start, entries):
            return False  # "denounced as illegitimate", "not a racist policy"
        if kind in _MARKED_CAPITALISED:
            return True
        return self._reading_in_context(doc, kind, start, end, before, after)

    def _reading_in_context(
        self,
        doc: Document,
        kind: str,
        start: int,
        end: int,
        before: Sequence[str],
        after: Sequence[str],
    ) -> bool:
        """The veto of a context kind: whether the match judges, in context."""
        prev = before[-1] if before else None
        nxt = after[0] if after else None
        shaped = _reading_by_neighbours(doc, kind, end, before)
        if shaped is not None:
            return shaped
        if kind == "headline":
            # "Fury as fees rise again": the tabloid headline opens on the
            # feeling; "watched in horror as flames spread" describes one.
            return not before
        if kind == "after-in":
            # "in bed with": the idiom is matched from its second word, so
            # that "in", the commonest preposition, starts no entry.
            return prev == "in"
        if kind == "verdict":
            # "a massive, unconstitutional program" is the outlet's verdict;
            # "the court ruled the law unconstitutional" reports a ruling.
            return _words(Context.RULING_BEFORE).isdisjoint(before)
        if kind in _FIGURE_KINDS:
            return _figure_of_violence(doc, kind, end, before)
        if kind in _PHRASE_KINDS:
            return _judges_in_its_phrase(doc, kind, end, before, nxt)
        if kind == "topic":
            return prev not in _words(Context.TOPIC_BEFORE)  # "police brutality"
        if kind == "regime":
            if prev in _words(Context.REGIME_BEFORE):
                return False
            if nxt == "of" and _capitalised_after(doc, end, 2):
                return True  # "the regime of Bashar al-Assad": a government
            return nxt not in _words(Context.REGIME_AFTER)
        if kind == "militant":
            return self._is_loaded_militant(doc, start)
        if kind == "physical":
            return _physical_as_figure(before, after)
        if kind == "documented":
            if prev in _words(Context.DOCUMENTED_BEFORE):
                return False
            return nxt not in _words(Context.DOCUMENTED_AFTER)
        if kind == "claimword":
            return nxt in _words(Context.CLAIM_NOUN)
        if kind == "peddle":
            return nxt not in _words(Context.GOODS)
        if kind == "boast":  # "boasted that" praises oneself; "boasts a pool" has one
            return nxt is None or nxt in _words(Context.BOAST_AFTER)
        if kind == "terrorist":
            if not _words(Context.DESIGNATION).isdisjoint(before):
                return False
            if nxt in _words(Context.TERRORIST_SET_TERM):
                return False
            # The conventional label of a group, like "militants" (judgement
            # call 18): loaded where the same text calls a side "fighters".
            return self._is_loaded_militant(doc, start)
        if kind == "radical":
            return nxt not in _words(Context.DEGREE_NOUN)
        if kind == "label":
            # "extreme views", "a dangerous ideology" label people or ideas;
            # "extreme heat", "dangerous roads" describe conditions.
            return _labels_person_or_idea(doc, end, before)
        if kind == "achievement":
            # "a landmark ruling", "a bold plan" praise; "a local landmark",
            # "in bold", "historic buildings" do not.
            return not _words(Context.ACHIEVEMENT_NOUN).isdisjoint(after)
        if kind == "polity":
            # "repressive governments", "an oppressive regime" class a
            # government, as rights groups and wire copy do; "oppressive
            # taxes", "a repressive crackdown" judge.
            return not _modifies_noun_of(doc, end, _words(Context.POLITY_NOUN))
        if kind == "motive":
            # "politically motivated prosecutions" classes cases, as rights
            # monitors do; "the inquiry is politically motivated" judges.
            return not _modifies_noun_of(doc, end, _words(Context.CASE_NOUN))
        if kind == "impact":
            # "a devastating earthquake", "a terrible loss", "catastrophic
            # storm surges", "a monstrous terrorist attack", "chaotic scenes"
            # describe a harm or a violent event; "a monstrous lie" judges.
            return not _modifies_noun_of(doc, end, _words(Context.HARM_NOUN))
        if kind in _ACCUSATION_KINDS:
            return _accuses(doc, kind, start, end, before, nxt)
        if kind == "legal":
            # "wrongful dismissal", also with one modifier between: "wrongful
            # murder conviction" names the legal wrong, not a judgement.
            return _words(Context.LEGAL_TERM).isdisjoint(after)
        return True

    def annotate(self, doc: Document) -> Iterator[SpanFinding]:
        """Yield loaded spans, each with a degree adverb right before it."""
        words, text = doc.words, doc.text
        starts, ends, lowers = words.starts, words.ends, words.lowers
        intensifiers = _words(Context.INTENSIFIER)
        speech = introduced_speech(doc)
        cues = _cue_spans(doc)
        for f in super().annotate(doc):
            if cues and _on_cue(cues, f.start, f.end):
                continue  # "Roe blasted the plan": the cue only (decision 78)
            key = f.rule.rpartition(":")[2]
            if text[f.end - 2 : f.end] in _POSSESSIVES:
                # "the regime's army": the span ends before the apostrophe.
                f = SpanFinding(f.layer, f.start, f.end - 2, f.rule, f.confidence)
            if key in self._tails:
                # The span and the rule take in the tail's first word.
                start, entry = self._tail_entry(doc, f.start, key) or (f.start, key)
                rule = f"lexicon:{self.lexicon}:{entry}"
                f = SpanFinding(f.layer, start, f.end, rule, f.confidence)
            if speech and doc.segment_at(f.start) in speech:
                continue  # someone else's words (judgement call 14)
            if in_single_quotes(text, f.start, f.end):
                continue  # "'a shameful ploy,' she said" (judgement call 14)
            if self._lexicon.entries.get(key) == "after-in":
                # The span takes in the "in" before the match ("in bed with").
                i = doc.token_range(f.start, f.end).start - 1
                f = SpanFinding(f.layer, starts[i], f.end, f.rule, f.confidence)
            elif self._lexicon.entries.get(key) == "hyphen":
                # The span takes in the word the prefix is joined to.
                j = doc.token_range(f.start, f.end).stop
                f = SpanFinding(f.layer, f.start, ends[j], f.rule, f.confidence)
            elif key.endswith((" on", " as")) and key.count(" ") == 1:
                # A "figurative" entry holds its "on", a "headline" entry its
                # "as"; the span is the noun ("an assault on democracy" marks
                # "assault", "Fury as fees rise" marks "Fury"). A longer
                # idiom is marked whole ("cashing in on").
                noun = doc.token_range(f.start, f.end).start
                f = SpanFinding(f.layer, f.start, ends[noun], f.rule, f.confidence)
            p = doc.token_range(f.start, f.end).start - 1
            if (
                p >= 0
                and lowers[p] in intensifiers
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


def _physical_as_figure(before: Sequence[str], after: Sequence[str]) -> bool:
    """Whether a physical verb is a figure ("critics slammed the plan").

    "slammed into", "slammed the door", "hammered out a deal", "the crush
    of", "floods swept" are literal or idioms.
    """
    prev = before[-1] if before else None
    nxt = after[0] if after else None
    literal = _words(Context.LITERAL_AFTER)
    if nxt in literal or (len(after) > 1 and after[1] in literal):
        return False  # "slammed into", "slammed the door"
    if nxt in _words(Context.IDIOM_PARTICLE):
        return False
    if prev in _words(Context.DETERMINER):
        return False
    return _words(Context.NATURAL_FORCE).isdisjoint(before)


# Kinds of violence as a figure for an attack on ideas, rights or people.
_FIGURE_KINDS = frozenset(("figurative", "siege", "rebuke"))


def _figure_of_violence(
    doc: Document, kind: str, end: int, before: Sequence[str]
) -> bool:
    """Whether an attack or a siege is a figure for one on ideas or rights."""
    if kind == "rebuke":
        # "critics torched the plan", "she shredded Smith over the delay":
        # violence as a figure for words, aimed at a name or an idea, with
        # its subject before it; "rioters torched cars" is literal, and
        # "Blast hits office" opens on a noun.
        return bool(before) and _rebukes(doc, end)
    if kind == "siege":
        # "press freedom is under attack", "a right to choose under siege":
        # a right or an idea besieged is a figure; "the town came under
        # attack" is literal.
        return not _words(Context.SIEGE_SUBJECT).isdisjoint(before)
    # "an assault on democracy", "attacks on press freedom": violence as a
    # figure for policy; "an attack on a convoy" is literal. The entry holds
    # its "on", so only that phrase reaches this test ("invades privacy"
    # holds no "on").
    return not _words(Context.IDEA_TARGET).isdisjoint(_words_after(doc, end, 3))


def _is_name(doc: Document, k: int, seg: Segment) -> bool:
    """Whether word ``k`` looks like a name: capitalised, not a function word."""
    start, low = doc.words.starts[k], doc.words.lowers[k]
    if not doc.text[start].isupper() or low in _words(Context.NOT_SIDE_NAME):
        return False
    return start > seg.start or low not in _words(Context.STATE_FORCES)


def _around(
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
    # Word offsets ascend: the words inside the sentence are one slice.
    lo = max(0, i - width)
    if lo < i and starts[lo] < seg.start:
        lo = bisect_left(starts, seg.start, lo, i)
    hi = min(len(words), j + 2)
    while hi > j and ends[hi - 1] > seg.end:
        hi -= 1
    before = tuple(lowers[lo:i])
    return before, tuple(lowers[j:hi]), not before


def _words_after(doc: Document, end: int, count: int) -> tuple[str, ...]:
    """Up to ``count`` lower-case words after offset ``end``, in its sentence."""
    words = doc.words
    index = doc.segment_at(end - 1)
    if index is None:
        return ()
    last = doc.segments[index].end
    j = doc.token_range(end - 1, end).stop
    stop = min(len(words), j + count)
    return tuple(words.lowers[k] for k in range(j, stop) if words.ends[k] <= last)


# Kinds whose veto reads only the match's own noun phrase.
_PHRASE_KINDS = frozenset(
    ("modifier", "head", "praise", "state-act", "agenda", "war", "rhetoric", "dismiss")
)


def _judges_in_its_phrase(
    doc: Document, kind: str, end: int, before: Sequence[str], nxt: str | None
) -> bool:
    """The veto of a noun-phrase kind: whether the match judges its noun."""
    if kind == "modifier":
        # "dragnet surveillance", "a milestone election" judge; "a dragnet
        # for the fugitive", a bare "the dragnet." and "this milestone, we"
        # or "the milestone was" name a thing.
        return _modifies_next_word(doc, end)
    if kind == "head":
        # "the monster who preyed on", "a monster." judge a person; "a
        # monster truck", "a monster hit" name a thing or a size.
        if doc.text[end - 2 : end] in _POSSESSIVES:
            return True  # "the monster's victims": a noun on its own
        following = _next_words(doc, end, 1)
        if following and doc.words.lowers[following[0]] in words_of(WordClass.WH):
            return True  # "the monster who": a relative clause follows
        return not _modifies_next_word(doc, end)
    if kind == "praise":
        # "a stellar career" praises; "stellar winds" is astronomy.
        return nxt in _words(Context.PRAISE_NOUN)
    if kind == "state-act":
        # "the NSA's illegal spying program", "the land Moscow illegally
        # annexed": the outlet's verdict on a state's act; "illegal
        # parking" and "ruled the search illegal" are not.
        if not _words(Context.RULING_BEFORE).isdisjoint(before):
            return False
        return _modifies_noun_of(doc, end, _words(Context.STATE_ACT))
    if kind == "agenda":
        # "a far-left agenda" judges; "far-right groups" and "a far-right
        # party" are the usual names of a side.
        return _modifies_noun_of(doc, end, _words(Context.AGENDA_NOUN))
    if kind == "dismiss":
        # "superficial reforms", "hollow promises", "harsh law enforcement"
        # dismiss or condemn a policy; "superficial wounds", "a hollow
        # tree", "a harsh winter" describe.
        return _modifies_noun_of(doc, end, _words(Context.POLICY_NOUN))
    if kind == "rhetoric":
        # "a blistering attack on the plan", "a fiery speech" judge words;
        # "blistering heat", "a fiery crash" describe heat and fire.
        return _modifies_noun_of(doc, end, _words(Context.SPEECH_NOUN))
    if kind == "war":
        # "a war on teachers" is a figure; "a war on Ukraine" is literal and
        # "the war on drugs" a set term.
        return _figurative_war_target(doc, end)
    return True


def _next_words(doc: Document, end: int, count: int) -> list[int]:
    """Indices of up to ``count`` words after offset ``end``, in its sentence."""
    words = doc.words
    index = doc.segment_at(end - 1)
    if index is None:
        return []
    last = doc.segments[index].end
    j = doc.token_range(end - 1, end).stop
    return [k for k in range(j, min(len(words), j + count)) if words.ends[k] <= last]


# Kinds that accuse of deceit or a crime in one sense and not in another.
_ACCUSATION_KINDS = frozenset(
    ("lies", "lying", "crime", "distort", "deceit", "exploit")
)


def _accuses(
    doc: Document,
    kind: str,
    start: int,
    end: int,
    before: Sequence[str],
    nxt: str | None,
) -> bool:
    """The veto of an accusation kind: whether the match accuses, in context."""
    if kind in _DECEIT_KINDS:
        # The offence test reads the whole sentence before the match: only
        # a match its kind's own test finds accusing reaches it ("pleaded
        # guilty to lying to the FBI" reports an offence).
        return _charges_deceit(doc, kind, end, before, nxt) and not (
            _reported_offence(doc, start, end)
        )
    if kind == "distort":
        # "distorting the facts", "a distortion of history", "twisted his
        # words" accuse; "distorted sound", "market distortions" do not.
        return not _words(Context.TRUTH_NOUN).isdisjoint(_words_after(doc, end, 3))
    if kind == "exploit":
        # "exploiting the tragedy", "preying on fears" accuse of bad faith;
        # "exploit oil reserves", "exploited a flaw" do not.
        return not _words(Context.EXPLOIT_TARGET).isdisjoint(_words_after(doc, end, 3))
    # "crime": "nuclear blackmail", "blackmailing the West" accuse; "charged
    # with blackmail", "a blackmail trial" report an offence.
    if not _words(Context.CRIME_BEFORE).isdisjoint(before):
        return False
    return nxt not in _words(Context.CRIME_AFTER)


def _charges_deceit(
    doc: Document, kind: str, end: int, before: Sequence[str], nxt: str | None
) -> bool:
    """Whether a deceit kind's match names deceit, not position or repose."""
    prev = before[-1] if before else None
    if kind == "deceit":
        return True  # "he lied about the budget", "a cover-up"
    if kind == "lies":
        # "spreading lies", "his lies", "he lies about", "absurd lies."
        # accuse; "the answer lies in", "here lies", "a lie detector"
        # locate or name a thing.
        if nxt in _words(Context.LIE_COMPOUND):
            return False
        if prev in _words(Context.LIE_BEFORE):
            return True
        return not _lies_of_position(doc, end, prev)
    if kind == "lying":
        # "lying about the figures", "accused of lying" accuse; "lying on
        # the floor", "lying in state" do not.
        if nxt is None:
            return prev in _words(Context.LYING_BEFORE)
        if nxt in _words(Context.PERSON_OR_IDEA):
            return True  # "lying politicians": the adjective before people
        return nxt in _words(Context.LYING_AFTER) or (
            prev in _words(Context.LYING_BEFORE)
            and nxt not in _words(Context.LITERAL_AFTER)
        )
    return True


# Kinds that charge deceit, which a court or an inquiry may find as a fact.
_DECEIT_KINDS = frozenset(("lies", "lying", "deceit"))


def _reported_offence(doc: Document, start: int, end: int) -> bool:
    """Whether a charge of deceit is an offence the text reports, not its own.

    "pleaded guilty to lying to the FBI", "the judge determined he had
    lied", "the minister denied that a cover-up took place": a word of a
    plea, a finding, a charge or a denial earlier in the sentence
    (``offence-before``; a "but" ends the look back);
    "lied under oath", "lied to investigators", "lying to Congress", "lied
    to the SEC": deceit of a body that may punish it (``offence-target``,
    or an acronym). "He lied about the budget" and "lying to the American
    people" stay charges.
    """
    index = doc.segment_at(start)
    if index is None:
        return False
    words, lowers = doc.words, doc.words.lowers
    i = doc.token_range(start, start + 1).start
    first = bisect_left(words.starts, doc.segments[index].start, 0, i)
    reported = _words(Context.OFFENCE_BEFORE)
    for k in range(i - 1, first - 1, -1):
        if lowers[k] in reported:
            return True
        if lowers[k] == "but":
            break  # "admitted the figures were wrong, but he lied again"
    following = _next_words(doc, end, 4)
    if len(following) < 2:
        return False
    head, nxt = lowers[following[0]], lowers[following[1]]
    if head == "under":
        return nxt == "oath"
    if head != "to":
        return False
    rest = following[1:]
    if nxt in words_of(WordClass.DETERMINER):
        rest = rest[1:]
    if not rest:
        return False
    k = rest[0]
    token = doc.text[words.starts[k] : words.ends[k]]
    return lowers[k] in _words(Context.OFFENCE_TARGET) or (
        len(token) > 1 and token.isupper()
    )


def _lies_of_position(doc: Document, end: int, prev: str | None) -> bool:
    """Whether "lie(s)" is the verb of position or a set term, not deceit.

    "the answer lies in", "the blame lies squarely with", "the town lies
    north of", "lies about 20 km from", "lies to the east", "here lies",
    "a lie detector"; but "he lies about", "lies to voters" deceive.
    """
    if prev in _words(Context.POSITION_BEFORE):
        return True  # "here lies", "where the body lies"
    after = _words_after(doc, end, 3)
    if not after:
        return False
    place = _words(Context.POSITION_AFTER)
    if after[0] in place or after[0][:1].isdigit():
        return True
    if after[0] == "about" or after[0] == "some":
        return len(after) > 1 and after[1][:1].isdigit()  # "lies about 20 km"
    # "lies to the east" locates; "lies to voters" deceives.
    return after[0] == "to" and after[1:] == ("the", after[-1]) and after[-1] in place


def _rebukes(doc: Document, end: int) -> bool:
    """Whether a verb of violence takes a name or an idea as its object.

    "torched the plan", "shredded the government's argument", "ripped
    Johnson over the delay", "bashed Smith for" are figures for words; an
    idea must head its noun phrase ("torched the government building" is
    literal), a name must be followed by "for"/"over" or end the sentence
    ("demolished Gaza homes" is literal), or own an idea ("Smith's plan").
    """
    words, text, lowers = doc.words, doc.text, doc.words.lowers
    following = _next_words(doc, end, _REBUKE_REACH)
    complete = len(following) < _REBUKE_REACH  # the sentence ends in reach
    determiners = words_of(WordClass.DETERMINER)
    while following and lowers[following[0]] in determiners:
        following = following[1:]
    if not following:
        return False
    objects = _rebuke_objects()
    k = following[0]
    if text[words.starts[k]].isupper():
        rest = following[1:]
        while (
            rest
            and text[words.starts[rest[0]]].isupper()
            and (lowers[k][-2:] not in _POSSESSIVES)
        ):
            k, rest = rest[0], rest[1:]  # a name of several words
        if lowers[k][-2:] in _POSSESSIVES:
            return bool(rest) and _heads_phrase(doc, rest, objects)
        if not rest:
            return complete  # "ripped Johnson." ends its sentence
        return lowers[rest[0]] in _words(Context.REBUKE_AFTER)
    if lowers[k][-2:] in _POSSESSIVES:
        following = following[1:]  # "the government's argument"
    return _heads_phrase(doc, following, objects)


# How many words after a "rebuke" verb its object is looked for in.
_REBUKE_REACH = 8


def _heads_phrase(
    doc: Document, following: Sequence[int], nouns: frozenset[str]
) -> bool:
    """Whether ``following`` opens on a noun of ``nouns`` that ends its phrase."""
    lowers = doc.words.lowers
    if not following or lowers[following[0]] not in nouns:
        return False
    if len(following) == 1:
        return True
    nxt = following[1]
    if doc.text[doc.words.ends[following[0]] : doc.words.starts[nxt]].strip():
        return True  # punctuation ends the phrase: "the plan, which"
    return lowers[nxt] in _PHRASE_ENDS or lowers[nxt] in _words(Context.REBUKE_AFTER)


@cache
def _rebuke_objects() -> frozenset[str]:
    """Ideas, claims and public roles a verb of violence may attack in words."""
    return (
        _words(Context.REBUKE_OBJECT)
        | _words(Context.CLAIM_NOUN)
        | _words(Context.AGENDA_NOUN)
        | _words(Context.IDEA_TARGET)
    )


def _capitalised_after(doc: Document, end: int, n: int) -> bool:
    """Whether the ``n``-th word after ``end`` (1-based) starts with a capital."""
    following = _next_words(doc, end, n)
    return len(following) == n and doc.text[doc.words.starts[following[-1]]].isupper()


# Words after which a noun-modifier entry names a thing, not a judged noun.
_NOT_A_MODIFIED_NOUN = (
    words_of(WordClass.PREPOSITION)
    | words_of(WordClass.AUXILIARY)
    | words_of(WordClass.DETERMINER)
    | words_of(WordClass.CLAUSE_PRONOUN)
    | words_of(WordClass.FUNCTION)
)


# Words that end the noun phrase after an adjective ("dangerous roads for").
_PHRASE_ENDS = (
    words_of(WordClass.PREPOSITION)
    | words_of(WordClass.AUXILIARY)
    | words_of(WordClass.CLAUSE_PRONOUN)
    | (words_of(WordClass.FUNCTION) - words_of(WordClass.DETERMINER))
)


def _modifies_next_word(doc: Document, end: int) -> bool:
    """Whether the match stands right before the noun it modifies.

    "dragnet surveillance", "a rigged system": the next word follows with
    only a space and is not a function word ("the dragnet for", "the
    milestone was", "this milestone, I").
    """
    following = _next_words(doc, end, 1)
    if not following:
        return False
    k = following[0]
    if doc.text[end : doc.words.starts[k]].strip():
        return False
    return doc.words.lowers[k] not in _NOT_A_MODIFIED_NOUN


def _figurative_war_target(doc: Document, end: int) -> bool:
    """Whether "war on" takes a lower-case target that is not a set term.

    "a war on teachers", "their war on the federal budget" are figures; "a war
    on Ukraine" (a name) is literal; "the war on drugs" is a set term.
    """
    words = doc.words
    content = [
        k
        for k in _next_words(doc, end, 3)
        if words.lowers[k] not in words_of(WordClass.DETERMINER)
    ]
    if not content or doc.text[words.starts[content[0]]].isupper():
        return False
    return _words(Context.WAR_SET_TERM).isdisjoint(words.lowers[k] for k in content[:2])


def _labels_person_or_idea(doc: Document, end: int, before: Sequence[str]) -> bool:
    """Whether a label entry judges a person, group or idea.

    Attributive ("extreme views", see ``_modifies_noun_of``) or predicative:
    "the idea is dangerous", "his remarks were racist".
    """
    targets = _words(Context.PERSON_OR_IDEA)
    return _modifies_noun_of(doc, end, targets) or _predicate_of_person_or_idea(before)


def _modifies_noun_of(doc: Document, end: int, targets: frozenset[str]) -> bool:
    """Whether a noun of ``targets`` follows the match within its noun phrase.

    Within two words ("a criminal Zionist regime"), names in between skipped
    ("dangerous NSA spying bills"), also after a coordinated adjective ("a
    dangerous and divisive message"); a function word ends the phrase
    ("dangerous roads for people").
    """
    words, text = doc.words, doc.text
    following = _next_words(doc, end, 6)
    if following and words.lowers[following[0]] in ("and", "or"):
        following = following[1:]
        window = 4  # the other adjective may be hyphenated: "self-defeating"
    else:
        window = 2
    seen = 0
    for k in following:
        if text[words.starts[k]].isupper():
            continue  # a name modifying the noun: "NSA", "MAGA"
        if words.lowers[k] in targets:
            return True
        if words.lowers[k] in _PHRASE_ENDS:
            break  # the noun phrase has ended
        seen += 1
        if seen == window:
            break
    return False


def _predicate_of_person_or_idea(before: Sequence[str]) -> bool:
    """Whether ``before`` ends "<person or idea> is (so)": "the idea is"."""
    tail = list(before)
    if tail and tail[-1] in _words(Context.INTENSIFIER):
        tail.pop()
    if not tail or tail[-1] not in words_of(WordClass.COPULA):
        return False
    return not _words(Context.PERSON_OR_IDEA).isdisjoint(tail[-4:-1])


# How far back, in words, a reported charge's verb may stand ("claimed
# reports of the army shelling a hospital in the city were a hoax").
_CHARGE_REACH = 12

# Punctuation between two words that ends the clause a charge reports.
_CLAUSE_BREAK = frozenset(",;:()\u2013\u2014")


def _not_asserted(doc: Document, start: int, judged: Mapping[str, str | None]) -> bool:
    """Whether the text does not make the match its own judgement.

    A label it denies ("not a neo-colonial system", "without being rude")
    or reports as another's (``_reported_charge``).
    """
    # Most matches have no negation, "as" or claim before them: a test of
    # the text before, at C speed, spares finding their words.
    text = doc.text
    if (
        _NEAR_GATE.search(text, max(0, start - _NEAR_CHARS), start) is None
        and text.find(_CLAIM_MARK, max(0, start - _CLAIM_CHARS), start) < 0
    ):
        return False
    i = doc.token_range(start, start + 1).start
    return _denied(doc, start, i) or _reported_charge(doc, start, i, judged)


# The marks of a denial and of a charge's "as", searched in the characters
# right before the match (three words), and of a claim, searched further
# back (twelve words, ``_CHARGE_REACH``, seldom take more). Lower case: a
# capitalised "Not" or "Claims" opens its sentence, seldom right before a
# label it governs.
_NEAR_CHARS = 30
_NEAR_GATE = re.compile(" as |not |never |without |n't |n\u2019t ")
_CLAIM_CHARS = 100
_CLAIM_MARK = "claim"


# Words that may stand between a negation and the label it denies ("not a",
# "without being", "is not so"), besides the copulas.
_DENIAL_GAP = frozenset(("a", "an", "be", "being", "been", "so", "too", "very"))

# Words that deny what follows ("not", "never", "without").
_DENIAL = frozenset(("not", "never", "without"))


def _denied(doc: Document, start: int, i: int) -> bool:
    """Whether a negation denies the label: "not a neo-colonial system".

    "not a neo-colonial system", "without being rude", "isn't so dangerous"
    deny the label, an article, a copula or a degree word between; "did not
    condemn the brutal attack" and "not only reckless" do not (a verb or
    "only" between), nor does a negation right before an attributive label
    ("it was not stingy leave policies that"), which denies its noun.
    """
    lowers = doc.words.lowers
    gap = _denial_gap()
    if i == 0 or lowers[i - 1] not in gap:
        return False  # most matches: a content word right before
    for k in range(i - 2, max(-1, i - 4), -1):
        low = lowers[k]
        if low in _DENIAL or low.endswith(("n't", "n\u2019t")):
            return doc.segment_at(doc.words.starts[k]) == doc.segment_at(start)
        if low not in gap:
            return False
    return False


@cache
def _denial_gap() -> frozenset[str]:
    """The words that may stand between a negation and the label it denies."""
    return _DENIAL_GAP | words_of(WordClass.COPULA)


def _reported_charge(
    doc: Document, start: int, i: int, judged: Mapping[str, str | None]
) -> bool:
    """Whether the match is a label or charge the text reports as another's.

    A label after a verb of labelling and "as" ("an election denounced by the
    opposition as illegitimate", "what have been described as show trials")
    or inside the clause of a claim ("critics claim his lyrics amount to
    demagoguery", "falsely claimed reports of shelling were a hoax") is the source's
    word, not the outlet's. "can only be described as a disgrace" is the
    outlet's own; so is a claim the outlet itself judges with a word of
    ``judged`` ("his mendacious claim that"); punctuation ends the reported
    clause ("claimed victory, a shameless lie").
    """
    words, text, lowers = doc.words, doc.text, doc.words.lowers
    # Most matches have neither "as" nor a claim before them: one set test.
    if _charge_gate().isdisjoint(lowers[max(0, i - _CHARGE_REACH) : i]):
        return False
    index = doc.segment_at(start)
    if index is None:
        return False
    first = doc.segments[index].start
    charge_verbs, claim_verbs = _words(Context.CHARGE_VERB), _words(Context.CLAIM_VERB)
    as_at = -1
    for k in range(i - 1, max(-1, i - 1 - _CHARGE_REACH), -1):
        following = words.starts[k + 1] if k + 1 < len(words) else start
        if words.starts[k] < first or not _CLAUSE_BREAK.isdisjoint(
            text[words.ends[k] : following]
        ):
            return False
        low = lowers[k]
        if low == "as":
            if i - k <= 3 and as_at < 0:
                as_at = k
        elif as_at >= 0 and low in charge_verbs:
            # "can only be described as": the outlet's own verdict.
            return "only" not in lowers[max(0, k - 3) : k]
        elif low in claim_verbs:
            return _claims_a_clause(doc, k) and (k == 0 or lowers[k - 1] not in judged)
    return False


@cache
def _charge_gate() -> frozenset[str]:
    """The words one of which a reported charge needs before it: "as", a claim."""
    return _words(Context.CLAIM_VERB) | {"as"}


def _claims_a_clause(doc: Document, k: int) -> bool:
    """Whether the claim word ``k`` is the verb of saying, with a clause after.

    "claim that", "claim his lyrics", "claimed reports of shelling were"
    say; "claimed responsibility", "claimed the lives of", "false claims
    to" take or name.
    """
    lowers = doc.words.lowers
    nxt = lowers[k + 1] if k + 1 < len(lowers) else ""
    if lowers[k].endswith("ed") or lowers[k].endswith("ing"):
        return nxt not in _words(Context.CLAIM_OBJECT)
    return nxt == "that" or nxt in _CLAUSE_SUBJECTS


# Words that open the clause after "claim(s)" used as a verb ("claim his").
_CLAUSE_SUBJECTS = words_of(WordClass.CLAUSE_PRONOUN) | (
    words_of(WordClass.DETERMINER) - frozenset(("a", "an", "the"))
)


def _scare_quoted(text: str, start: int, end: int) -> bool:
    """Whether the match stands alone inside quotation marks (call 19)."""
    return (
        start > 0
        and end < len(text)
        and text[start - 1] in _QUOTE_BEFORE
        and text[end] in _QUOTE_AFTER
    )


def _quotation_follows(text: str, end: int) -> bool:
    """Whether a quotation mark opens right after ``end`` (one space allowed)."""
    following = text[end : end + 2].lstrip(" ")
    return following[:1] != "" and following[0] in _QUOTE_BEFORE


def _after_prefix(text: str, start: int, prev: str | None) -> bool:
    """Whether a hyphenated prefix negates the match ("non-violent")."""
    return start > 0 and text[start - 1] == "-" and prev in _words(Context.PREFIX)


def _document_facts(doc: Document) -> _DocumentFacts:
    """One pass over the body words: who is called "fighters"/"forces"."""
    side_terms = _words(Context.SIDE_TERM)
    state_forces = _words(Context.STATE_FORCES)
    starts, lowers, text = doc.words.starts, doc.words.lowers, doc.text
    body: list[str] = []  # the body words, in order
    sides: set[str] = set()
    named_forces: set[str] = set()
    has_fighters = False
    for _, seg in doc.content_segments():
        idx = doc.token_range(seg.start, seg.end)
        words = lowers[idx.start : idx.stop]
        body += words
        if side_terms.isdisjoint(words):
            continue  # most sentences: no word to look at
        for k in idx:
            word = lowers[k]
            if word not in side_terms or doc.in_quotation(starts[k]):
                continue
            if word != "forces":
                has_fighters = True
            if k > idx.start:
                prev = lowers[k - 1]
                if prev not in state_forces:
                    sides.add(prev)
                    if word == "forces" and text[starts[k - 1]].isupper():
                        named_forces.add(prev)
    # "X forces" counts for a name X the text uses again: a main side.
    neutral = has_fighters or any(body.count(n) >= 2 for n in named_forces)
    return _DocumentFacts(frozenset(sides), neutral)
