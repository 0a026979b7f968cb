"""Attributions: who is said to say what (ANNOTATION.md, "Attributions").

Rules over the words of each body sentence, in one pass:

* a cue is a reporting verb or phrase from ``reporting_verbs.tsv`` (said,
  told, warned, according to, called on, pointed out ...), also when bad
  extraction glued it to the next name ("reportedSputnik");
* its source is the noun phrase that governs it: the subject before the verb
  (after auxiliaries and adverbs: "has also said", "went on to add"), the
  phrase after it when the verb follows a quotation or a comma ("..., said a
  source"), after "according to", or after "by" in a passive ("was
  confirmed by X"); a passive with no agent is a hedge and is skipped
  (judgement call 16);
* the outlet or account a statement went through is its own attribution on
  the same cue: "told Ruptly", "In an interview with CNN", "in his Twitter
  account" (judgement call 8);
* a verb that shares its subject with an earlier cue adds nothing ("warned
  ..., adding that");
* the source span is the shortest head phrase (judgement call 12) and its type
  comes from the head word (``source_heads.tsv``), capitalisation, outlet names
  (``media_names.txt``) and places that speak for governments
  (``place_names.txt``) (judgement call 13).

Option ``broad`` (``Analyzer(options={"attribution": {"broad": True}})``, off
by default): ALSO mark the broader attributions of corpora such as PolNeAR,
beyond ANNOTATION.md, each under its own rule: a bare colon after a speaker
opening the sentence ("Pat Caddell: ...", ``broad:colon``), a dash signing a
quotation ("“...” ― Jane Doe", ``broad:dash``), a second verb of the same
speaker ("said ..., adding", ``broad:shared:<verb>``), and verbs of intention
("wants to", "plans to") and belief or stance ("knows", "hopes", "supports")
from ``reporting_verbs.tsv`` (classes ``intent``, ``belief`` and ``stance``:
"endorses", "rejects"). A document's first line is read as a headline: a
speaker or a poll before its colon ("Pence: ...", "Poll: ...", "Obama on
Climate Change: ...", "X Grills Y: 'quote'"), and in title case a present-tense
reporting verb after a name ("Trump Says ...", "..., Lindsey Graham Says.").
The default output does not change.

Sentences that continue a direct quotation attributed in another sentence get
a ``quoted`` flag (judgement call 22), so that the claims annotator does not
call them unsourced.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass

from reliability.document import Document
from reliability.findings import AttributionFinding, FlagFinding, Layer
from reliability.outlets import builtin_table
from reliability.registry import register
from reliability.resources import load_lexicon
from reliability.schema import SourceType

__all__ = ["AttributionAnnotator"]

_TOKEN = re.compile(
    r"(?:[A-Za-z]\.){2,}"  # dotted acronyms: U.S., D.C.
    r"|(?:Mr|Mrs|Ms|Dr|Gen|Sens?|Reps?|Gov|Rev|Lt|Col|Sgt|Capt|Maj|Adm|Jr|Sr|Prof"
    r"|St|Del|Amb|Atty|Det|Cpl|Pvt|Cmdr|Supt|Fr|Hon)\.(?=\s)"
    r"|[A-Z]\.(?=\s+[A-Z])"  # an initial: Paul D. Ryan
    r"|[A-Z][\w-]*\.(?=,)"  # an abbreviation before a comma: "R-Ky.,", "Md.,"
    r"|\w+(?:[-'\u2019]\w+)*"
    r"|[^\w\s]"
)
_LETTERS = re.compile(r"[a-z]+")
_GLUE_HINT = re.compile(r"[a-z][A-Z]")
_QUOTE_END_HINT = re.compile('[,!?]["\u201d\u00bb]')
_GLUED = re.compile(r"([a-z]+)([A-Z][\w'\u2019-]*)")
_QUOTES = frozenset('"\u201c\u201d\u201e\u00ab\u00bb\u2018\u201a')
# single marks close speech too ("''Quote,'' said X", "'Quote,' she said")
_QUOTE_LIKE = _QUOTES | frozenset("'\u2019")
_DASHES = frozenset("-\u2013\u2014\u2015")
_STOPS = frozenset(".!?;")

_DEFINITE = frozenset("the this that".split())
_DET = _DEFINITE | frozenset(
    "a an these those his her their its our my your another both many some several "
    "each "
    "every one two three four five six seven eight nine ten all most few other any no "
    "dozens hundreds thousands numerous various".split()
)
_QUANT = frozenset(
    "one two three four some many most several none each all few any both".split()
)
_PREP = frozenset(
    "of in on for with from by about at into over under after before".split()
)
_CONNECT = frozenset("of for to from by at".split())
_OBJECT = frozenset("me us him her them you reporters journalists".split())
_BE = frozenset("is are was were be been being am".split())
_AUX = _BE | frozenset(
    "has have had having will would could can may might must should shall did does do "
    "not never also reportedly later then previously once again further repeatedly "
    "publicly recently earlier already just now still always often first separately "
    "similarly likewise too allegedly apparently originally initially subsequently "
    "finally even only since today yesterday".split()
)
_WEEKDAYS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday".split()
)
_MONTHS = frozenset(
    "january february march april may june july august september october november "
    "december jan feb mar apr jun jul aug sep sept oct nov dec".split()
)
# Capitalised words that never start a name (sentence-initial function words).
_NOT_NAME = (
    _WEEKDAYS
    | _MONTHS
    | _PREP
    | _DET
    | frozenset(
        "but and or however as while when after before since despite although though "
        "meanwhile still yet so now then also earlier later last next there here if "
        "because with without until unlike like amid among against whether why what "
        "how where which it its asked speaking separately elsewhere instead moreover "
        "furthermore indeed today yesterday tomorrow according in on at to even only "
        "perhaps currently thus hence nor".split()
    )
)
_STRICT_AUX = _BE | frozenset(
    "has have had will would can could may might must should did does do".split()
)
_NEGATION = frozenset("not never".split())
_PAST_IRREGULAR = frozenset(
    "said told thought wrote saw felt found learnt pled shown seen written".split()
)
# verbs whose subject is a speaker even when the head noun is unknown ("the
# announcer said"): a lower-case head is accepted after a determiner
_STRONG = frozenset("said says told tells added adds asked wrote writes noted".split())
_EVIDENCE_AUX = _BE | frozenset("has have had also all both clearly".split())
_POST_PREP = frozenset("in on from at of with for across around by".split())
_POSTMODIFIED = frozenset(
    "role collective title journalist document organization".split()
)
# bare document nouns that identify nothing: "studies show", "research suggests"
_WEASEL_DOCUMENTS = frozenset(
    "research studies reports polls surveys data evidence analyses estimates".split()
)
# document nouns for content rather than one document: "the data show"
_MASS_DOCUMENTS = frozenset(
    "data research evidence footage imagery statistics figures".split()
)
# evidence verbs that report a finding of any subject when a clause follows
_FINDING = frozenset("found finds find concluded suggests suggest".split())
# particles after "called him": a phone call, not a name ("called him back")
_ADJECTIVE_ENDINGS = ("ed", "ous", "ful", "ive", "ible", "able", "ic", "al", "less")
# "called the police a day later": a time phrase, not a name given
_TIME_NOUNS = frozenset(
    "day week month year few second minute hour moment time".split()
)
_CALL_PARTICLES = frozenset("back up off out and or to for again".split())
# plural endings of common nouns for people ("Advocates", "Critics", "Analysts")
_COMMON_PLURAL = ("ists", "ants", "ents", "ics", "ians", "ates", "ors")
_CLOSING_QUOTES = frozenset('"\u201d\u00bb')
# prepositions that may follow a speech verb at the end of its clause
_POST_QUOTE_PREP = frozenset("to at in on from during before after as into".split())
_ANONYMITY = frozenset("named identified anonymity publicly record".split())
# determiners that stand alone as subjects: "some say", "many believe"
_QUANT_SUBJECTS = frozenset("that some many most few several others".split())
_TIME_WORDS = frozenset("morning afternoon evening night earlier later".split())
_WH = frozenset("how why what whether when where if who which".split())
_PARTICIPLE_IRREGULAR = frozenset(
    "said told thought seen shown written found felt made known held".split()
)
# Channels through which a statement reached the public (judgement call 8).
_CHANNEL_PREP = frozenset("in on via through".split())
_INTERVIEW = frozenset("interview interviews remarks comments conversation".split())
# participles of a reduced relative clause ("the letter sent to", "a photo taken in")
_REDUCED_IRREGULAR = _PARTICIPLE_IRREGULAR | frozenset(
    "sent given taken shown seen made held read put built drawn kept brought "
    "bought sold paid won left spent".split()
)
# what may follow a fronted document before its comma: "In a letter to ..."
_DOCUMENT_TAIL = frozenset(
    "to from on about with released published posted sent filed issued".split()
)
_PLURAL_MEN = ("men", "people", "police", "folk", "staff", "troops")

# phrase words too common to trigger a parse on their own ("in the words of")
_FUNCTION_WORDS = frozenset("in as the of to on for out by a an".split())

# verb classes used only in broad mode: "wants to", "plans to" (intent), "knows
# that", "hopes" (belief)
# a long insert between a subject and its verb ("The ministry, which has
# denied any role, said"): how it may open, and what ends the search for it
_INSERT_RELATIVE = frozenset("who which whose".split())
_INSERT_OPENERS = frozenset(
    "according amid despite during like unlike including alongside".split()
)
_INSERT_BREAKS = frozenset(";:!?()")
# what follows a speech-act noun phrase ("expressed concern about")
_NOUN_COMPLEMENT = frozenset(
    "that about over regarding at on to for with , : whether".split()
)
_NOT_NOUN_HOLDERS = frozenset({SourceType.DOCUMENT, SourceType.VAGUE})
_BROAD_CLASSES = frozenset({"intent", "belief", "stance"})
# broad mode: who may hold an intention, a belief or a stance
_BROAD_HOLDERS = frozenset(
    {
        SourceType.NAMED_PERSON,
        SourceType.NAMED_ORGANIZATION,
        SourceType.MEDIA_OUTLET,
        SourceType.PRONOUN,
    }
)
# words after which a subject opens a clause of its own (not "the things she wants")
_OPENERS = frozenset(
    ", ; : ( and but so yet because while although though since now also still "
    "meanwhile instead".split()
)
# subject pronouns that open a complement clause without "that" ("knows he lost")
_CLAUSE_PRONOUNS = frozenset("i he she we they it".split())
# participles that add to a statement whose speaker was named before
_BROAD_PARTICIPLES = frozenset(
    "adding arguing saying noting citing insisting explaining suggesting "
    "emphasizing stressing warning claiming calling asking urging".split()
)
# capitalised labels before a colon that name no speaker ("UPDATE:", "WATCH:")
_LABELS = frozenset(
    "update updated breaking watch read video photos photo exclusive note "
    "correction clarification related more editor advertisement ad live "
    "analysis opinion commentary transcript q a the latest warning source "
    "sources poll report editorial review interview explainer factbox timeline "
    "obituary podcast recap letters letter fact check".split()
)
# broad mode: a document named before a headline's colon ("Poll: ...")
_HEADLINE_DOCUMENTS = frozenset("poll polls survey study report".split())
# broad mode: speakers of a headline's colon
_HEADLINE_SPEAKERS = frozenset(
    {SourceType.NAMED_PERSON, SourceType.NAMED_ORGANIZATION, SourceType.MEDIA_OUTLET}
)
# broad mode: clause verbs that also report with an object ("noted the rule")
_BROAD_OBJECT_VERBS = frozenset(
    "noted notes mentioned mentions agreed agrees explained explains "
    "stressed stresses emphasized emphasizes highlighted highlights".split()
)
_BROAD_HINT = re.compile("[:\u2015\u2014\u2013]|--")
_BROAD_DASHES = frozenset({"\u2015", "\u2014", "\u2013", "--"})

_PATTERN_CONF = {
    "subject-verb": 0.9,
    "verb-subject": 0.9,
    "according-to": 0.95,
    "passive-by": 0.9,
    "quoted-as": 0.9,
    "shared-subject": 0.6,
    "evidence": 0.8,
    "told-outlet": 0.85,
    "channel": 0.75,
    "broad": 0.6,
}


@dataclass(frozen=True, slots=True)
class _Source:
    """A source phrase: token range ``[a, b]`` (inclusive) and its type."""

    a: int
    b: int
    type: SourceType
    confidence: float


@dataclass(slots=True)
class _Subject:
    """The phrase a clause subject search found from token ``start`` (per sentence).

    ``walk_end`` is where the phrase walk stopped; ``apposition_end`` and
    ``source`` are filled when first needed.
    """

    start: int
    chunk: tuple[int, int] | None
    walk_end: int
    apposition_end: int | None = None
    source: _Source | None = None


class _Sentence:
    """The tokens of one sentence: offsets, surface forms and lower-case forms."""

    __slots__ = (
        "text",
        "starts",
        "ends",
        "words",
        "lows",
        "n",
        "has_quote",
        "walk_end",
        "subject",
        "_marks",
        "headline",
    )

    def __init__(self, text: str, start: int, end: int, verbs: dict[str, str]) -> None:
        self.text = text
        spans = [m.span() for m in _TOKEN.finditer(text, start, end)]
        words = [text[a:b] for a, b in spans]
        if _GLUE_HINT.search(text, start, end):
            # "reportedSputnik": a cue glued to a name by bad extraction
            spans, words = _split_glued(spans, words, verbs)
        self.starts = [a for a, _ in spans]
        self.ends = [b for _, b in spans]
        self.words = words
        self.lows = [w.lower() for w in words]
        self.n = len(words)
        self.has_quote = not _QUOTE_LIKE.isdisjoint(words)
        self._marks: tuple[int, int, int, int] | None = None
        # where the last noun phrase walk to the right stopped
        self.walk_end = 0
        self.subject: _Subject | None = None
        # broad mode: the document's first line, a headline
        self.headline = False

    def marks(self) -> tuple[int, int, int, int]:
        """Positions that rules would otherwise look for again at every cue.

        Returns ``(lead, comma, quote_or_comma, last_that)``: the first token
        that is not a quote mark or a conjunction, the first comma at or after
        it, the first quote-like mark or comma, the last "that" (``n`` or -1
        when absent). Computed once per sentence, so that a sentence with
        thousands of cues stays linear.
        """
        if self._marks is None:
            lows, n = self.lows, self.n
            lead = 0
            while lead < n and (
                lows[lead] in _QUOTES or lows[lead] in ("but", "and", "so", "yet")
            ):
                lead += 1
            comma = lead
            while comma < n and lows[comma] != ",":
                comma += 1
            first = 0
            while first < n and not (
                self.words[first] in _QUOTE_LIKE or lows[first] == ","
            ):
                first += 1
            last_that = n - 1
            while last_that >= 0 and lows[last_that] != "that":
                last_that -= 1
            self._marks = (lead, comma, first, last_that)
        return self._marks


def _split_glued(
    spans: list[tuple[int, int]], words: list[str], verbs: dict[str, str]
) -> tuple[list[tuple[int, int]], list[str]]:
    out_spans: list[tuple[int, int]] = []
    out_words: list[str] = []
    for (a, b), w in zip(spans, words, strict=True):
        g = _GLUED.fullmatch(w)
        if g is not None and g.group(1).lower() in verbs:
            cut = a + len(g.group(1))
            out_spans += [(a, cut), (cut, b)]
            out_words += [g.group(1), g.group(2)]
        else:
            out_spans.append((a, b))
            out_words.append(w)
    return out_spans, out_words


def _is_possessive_mark(s: _Sentence, i: int) -> bool:
    """Whether the apostrophe at ``i`` ends a plural possessive ("families' homes")."""
    return (
        i > 0
        and s.words[i] in ("'", "\u2019")
        and s.starts[i] == s.ends[i - 1]
        and s.lows[i - 1].endswith("s")
        and i + 1 < s.n
        and s.starts[i + 1] > s.ends[i]
    )


def _is_cap(word: str) -> bool:
    return word[:1].isupper()


def _is_lower_word(word: str) -> bool:
    """A lower-case word, hyphenated ones included ("conservative-leaning")."""
    return word.islower() and word.replace("-", "").isalpha()


@register("attribution")
class AttributionAnnotator:
    """Finds attribution cues with their sources, and quotation continuations.

    Args:
        broad: Also mark PolNeAR-style attributions beyond the guideline
            (colon and dash cues, a second verb of the same speaker,
            intentions and beliefs), each with a ``broad:`` rule.
    """

    name = "attribution"
    version = "2"
    assigns = frozenset({Layer.ATTRIBUTIONS, Layer.QUOTED})
    requires: frozenset[Layer] = frozenset()

    def __init__(self, *, broad: bool = False) -> None:
        self.broad = broad
        verbs = load_lexicon("reporting_verbs")
        heads = load_lexicon("source_heads")
        media = load_lexicon("media_names")
        places = load_lexicon("place_names")
        self.resources = {
            f"lexicons/{lx.name}": lx.sha256 for lx in (verbs, heads, media, places)
        }
        self._verbs: dict[str, str] = {}
        self._phrases: dict[tuple[str, ...], str] = {}
        for entry, cls in verbs.entries.items():
            if cls in _BROAD_CLASSES and not broad:
                continue  # intentions and beliefs: PolNeAR-style attributions only
            words = tuple(entry.split())
            if len(words) == 1:
                self._verbs[entry] = cls or "speech"
            else:
                self._phrases[words] = cls or "phrase"
        self._phrase_first = {k[0] for k in self._phrases}
        # words whose presence makes a sentence worth a full parse
        self._triggers = frozenset(self._verbs) | {
            w for k in self._phrases for w in k if w not in _FUNCTION_WORDS
        }
        self._longest = max((len(k) for k in self._phrases), default=1)
        self._heads: dict[str, str] = {k: v or "role" for k, v in heads.entries.items()}
        self._media = {k for k in media.entries if " " not in k}
        self._media2 = {tuple(k.split()) for k in media.entries if " " in k}
        self._places = {k for k in places.entries if " " not in k}
        self._places2 = {tuple(k.split()) for k in places.entries if " " in k}
        self._pronouns = {k for k, v in self._heads.items() if v == "pronoun"} - {
            "sides"
        }

    # ------------------------------------------------------------------ words
    def _head_class(self, low: str) -> str | None:
        return self._heads.get(low)

    def _is_name(self, s: _Sentence, i: int) -> bool:
        w = s.words[i]
        return (
            _is_cap(w)
            and s.lows[i] not in _NOT_NAME
            and w.replace("\u2019", "'").split("'")[0].lower() not in self._pronouns
        )

    def _valid_head(self, s: _Sentence, i: int) -> bool:
        low = s.lows[i]
        if low in self._pronouns and not (low == "i" and s.words[i] != "I"):
            return True
        if self._is_name(s, i):
            return True
        cls = self._heads.get(low)
        return cls is not None and cls not in ("modifier", "pronoun") or low == "sides"

    # ------------------------------------------------------------- chunking
    def _chunk_left(self, s: _Sentence, k: int) -> tuple[int, int] | None:
        """The noun phrase ending at token ``k``: ``(a, k)`` or None."""
        if k < 0 or not self._valid_head(s, k):
            return None
        lows, words = s.lows, s.words
        if lows[k] in self._pronouns:
            a = k
            return a, k
        a = k
        i = k - 1
        while i >= 0:
            low, w = lows[i], words[i]
            if low == "that":
                break  # a complementizer, not a determiner: "said that Smith said"
            if low in _DET and not (_is_cap(w) and i > 0 and self._is_name(s, i)):
                a = i
                # "one of the soldiers", "a spokesman for the ministry"
                if (
                    i >= 2
                    and lows[i - 1] in _CONNECT
                    and (lows[i - 2] in _QUANT or self._valid_head(s, i - 2))
                ):
                    a = i - 2
                    i -= 3
                    continue
                break
            if self._is_name(s, i) or (
                low in _MONTHS
                and _is_cap(w)
                and i > 0
                and self._is_name(s, i - 1)
                and self._is_name(s, i + 1)
            ):  # "Women's March Chief Operating Officer"
                a = i
                i -= 1
                continue
            if w.endswith(("'s", "\u2019s")) and _is_lower_word(low[:-2]):
                a = i  # "the company's chief executive"
                i -= 1
                continue
            cls = self._heads.get(low)
            if cls is not None and cls != "pronoun":
                a = i
                i -= 1
                continue
            if (
                (
                    low in _CONNECT
                    or (low == "on" and self._heads.get(lows[i - 1]) == "organization")
                )
                and i >= 1
                and (self._is_name(s, i - 1) or lows[i - 1] in self._heads)
                and (self._is_name(s, i + 1) or lows[i + 1] in _DET)
            ):
                a = i - 1
                i -= 2
                continue
            if (
                low == ","
                and i >= 1
                and self._is_name(s, k)
                and self._titled_left(s, i - 1)
            ):
                # "Russian Ambassador to Afghanistan, Dmitry Zhirnov"
                i -= 1
                continue
            if _is_lower_word(low) and not self._is_name(s, k):
                # up to two unknown modifiers of a common noun ("the foot
                # soldiers", "Connecticut's tax commissioner"), kept only when a
                # determiner, a possessive or a name closes them
                j = i
                while (
                    j > i - 2
                    and j >= 0
                    and _is_lower_word(lows[j])
                    and lows[j] not in _DET
                    and lows[j] not in _PREP
                    and lows[j] not in _AUX
                    and lows[j] not in self._verbs
                ):
                    j -= 1
                if (
                    j >= 0
                    and j < i
                    and (
                        (lows[j] in _DET and lows[j] != "that")
                        or words[j].endswith(("'s", "\u2019s"))
                        or self._is_name(s, j)
                    )
                ):
                    a = j
            break
        return a, k

    def _titled_left(self, s: _Sentence, k: int) -> bool:
        """Whether a title word ends the phrase before a comma at ``k + 1``."""
        for i in range(k, max(-1, k - 5), -1):
            low = s.lows[i]
            cls = self._heads.get(low)
            if cls in ("title", "role", "journalist"):
                return True
            if not (self._is_name(s, i) or low in _CONNECT):
                return False
        return False

    def _chunk_right(self, s: _Sentence, j: int, stop: int) -> tuple[int, int] | None:
        """The noun phrase starting at token ``j``: ``(j, b)`` or None."""
        lows, words = s.lows, s.words
        i = j
        if i < stop and lows[i] in self._pronouns and lows[i] not in ("which",):
            s.walk_end = i
            return i, i
        while i < stop and lows[i] in _DET and not self._is_name(s, i):
            i += 1
            if i + 1 < stop and lows[i] == "of" and lows[i + 1] in _DET:
                i += 1
        last: int | None = None
        titled = False
        unknown = 0
        is_open = True  # modifiers may still come before a head
        while i < stop:
            low, w = lows[i], words[i]
            if self._is_name(s, i) and not (last is not None and lows[last] in _MONTHS):
                if self._heads.get(low) in ("title", "role", "journalist"):
                    titled = True
                last, is_open = i, False
                i += 1
                if (
                    w.endswith(".")
                    and i < stop
                    and _is_lower_word(lows[i])
                    and lows[i] not in self._verbs
                    and lows[i] not in _PREP
                    and lows[i] not in _AUX
                ):
                    last = i  # "The U.S. consulate": an acronym modifies a noun
                    i += 1
                if w.endswith(("'s", "\u2019s")):
                    # "Soloviev's live channel": a possessive is a determiner
                    last, unknown, is_open = None, 0, True
                continue
            cls = self._heads.get(low)
            if cls is not None and cls != "pronoun" and (is_open or cls != "modifier"):
                if cls in ("title", "role", "journalist"):
                    titled = True
                if cls != "modifier":
                    last, is_open = i, False
                i += 1
                continue
            if (
                low in _CONNECT
                and last == i - 1
                and i + 1 < stop
                and (self._is_name(s, i + 1) or lows[i + 1] in _DET)
            ):
                i += 1
                while i < stop and lows[i] in _DET and not self._is_name(s, i):
                    i += 1  # "a statement from the ministry"
                unknown, is_open = 0, True
                continue
            if (
                low == ","
                and last == i - 1
                and titled
                # the title ends the phrase: not "the official description of
                # the book, MacCormack ..."
                and (
                    self._is_name(s, last)
                    or self._heads.get(lows[last]) in ("title", "role", "journalist")
                )
                and i + 1 < stop
                and self._is_name(s, i + 1)
                and not self._name_run_is_person(s, j, i - 1)
            ):
                i += 1
                continue
            if (
                is_open
                and _is_lower_word(low)
                and unknown < 2
                and low not in _PREP
                and low not in _AUX
                and (
                    low not in self._verbs
                    # "a written statement": a participle after a determiner
                    or (i > j and lows[i - 1] in _DET and low.endswith(("ed", "en")))
                )
            ):
                unknown += 1
                i += 1
                continue
            break
        s.walk_end = i
        if last is None:
            return None
        return j, last

    def _name_run_is_person(self, s: _Sentence, a: int, b: int) -> bool:
        """Whether ``[a, b]`` already ends in a personal name after a title."""
        n = b
        while n >= a and self._is_name(s, n) and self._heads.get(s.lows[n]) is None:
            n -= 1
        return (
            n < b
            and n >= a
            and self._heads.get(s.lows[n]) in ("title", "role", "journalist")
        )

    # --------------------------------------------------------- classifying
    def _name_part(self, s: _Sentence, a: int, b: int) -> int:
        """Start of the trailing run of capitalised words in ``[a, b]`` (b+1: none)."""
        n = b
        while n >= a and (
            self._is_name(s, n)
            or (
                s.lows[n] in _CONNECT
                and n > a
                and self._is_name(s, n - 1)
                and self._is_name(s, n + 1)
            )
        ):
            n -= 1
        return n + 1

    def _is_media_words(self, lows: list[str]) -> bool:
        if any(w in self._media for w in lows):
            return True
        return any(p in self._media2 for p in zip(lows, lows[1:], strict=False))

    def _classify(
        self, s: _Sentence, a: int, b: int, memory: dict[str, SourceType]
    ) -> tuple[SourceType, float]:
        lows = s.lows
        if lows[a] in self._pronouns:
            return SourceType.PRONOUN, 0.9
        for c in range(a + 1, b):
            # the head precedes its modifier: "a statement from the ministry"
            if (
                lows[c] in _CONNECT
                and lows[c - 1] not in _QUANT
                and not (self._is_name(s, c - 1) and self._is_name(s, c + 1))
            ):
                if self._heads.get(
                    lows[c - 1]
                ) == "journalist" and self._is_media_words(lows[c + 1 : b + 1]):
                    return SourceType.MEDIA_OUTLET, 0.8  # "a reporter for the Post"
                return self._classify(s, a, c - 1, memory)
        head_cls = self._heads.get(lows[b])
        if head_cls == "pronoun":  # "both sides"
            return SourceType.PRONOUN, 0.85
        n = self._name_part(s, a, b)
        det = lows[a] if lows[a] in _DET else None
        if n <= b:
            if n == b and head_cls == "collective":
                return SourceType.VAGUE, 0.7  # "Americans say", "Republicans said"
            if (
                n == a
                and all(
                    self._heads.get(w) not in (None, "modifier")
                    for w in lows[n : b + 1]
                )
                and (n == 0 or s.words[n - 1] in _QUOTE_LIKE)
            ):
                n = b + 1  # "Witnesses told AFP": a capitalised common noun
            elif (
                n == a == b
                and head_cls is None
                and (n == 0 or s.words[n - 1] in _QUOTE_LIKE)
                and len(lows[b]) > 6
                and lows[b].endswith(_COMMON_PLURAL)
                and not self._is_media_words(lows[b : b + 1])
                and lows[b] not in self._places
            ):
                return SourceType.VAGUE, 0.6  # "Advocates counter", "Loyalists say"
        if n <= b:
            name = [w.strip(".").lower() for w in s.words[n : b + 1]]
            name = [w[:-2] if w.endswith(("'s", "\u2019s")) else w for w in name]
            # the last title word inside the run or just before it
            t = None
            for i in range(b, a - 1, -1):
                if self._heads.get(lows[i]) in ("title", "role", "journalist"):
                    t = i
                    break
            if t is not None and t < b:
                name_after = lows[t + 1 : b + 1]
                if any(
                    self._heads.get(w) in ("organization", "media") for w in name_after
                ):
                    t = None
            if t is not None and t < b:
                if self._heads.get(lows[t]) == "journalist" or self._is_media_words(
                    lows[a:t]
                ):
                    return SourceType.MEDIA_OUTLET, 0.85
                return SourceType.NAMED_PERSON, 0.9
            if (
                self._is_media_words(name)
                or self._heads.get(lows[n - 1] if n > a else "") == "media"
            ):
                return SourceType.MEDIA_OUTLET, 0.85
            if any(self._heads.get(w) == "organization" for w in name):
                return SourceType.NAMED_ORGANIZATION, 0.85
            surface = s.words[n : b + 1]
            if (
                len(surface) == 1
                and surface[0].replace(".", "").isupper()
                and len(surface[0].replace(".", "")) > 1
            ):
                return SourceType.NAMED_ORGANIZATION, 0.8  # an acronym: NRF, CSTO
            if (
                " ".join(name) in self._places
                or tuple(name) in self._places2
                or (len(name) == 1 and name[0] in self._places)
            ):
                return SourceType.NAMED_ORGANIZATION, 0.8
            if det == "the":
                return (
                    SourceType.NAMED_ORGANIZATION,
                    0.75,
                )  # "the Taliban", "the Kremlin"
            if head_cls in ("organization",):
                return SourceType.NAMED_ORGANIZATION, 0.75
            remembered = memory.get(name[-1])
            if remembered is not None:
                return remembered, 0.8
            return SourceType.NAMED_PERSON, 0.8
        # no name: the head word decides
        has_cap = any(self._is_name(s, i) for i in range(a, b))
        plural = lows[b].endswith("s") or lows[b].endswith(_PLURAL_MEN)
        if head_cls == "document":
            if self._stand_in_document(s, a, b):
                return SourceType.PRONOUN, 0.75
            return SourceType.DOCUMENT, 0.85
        if head_cls == "collective":
            return SourceType.VAGUE, 0.85
        if head_cls == "media":
            if has_cap:
                return SourceType.MEDIA_OUTLET, 0.75
            if det in _DEFINITE:
                return SourceType.PRONOUN, 0.8
            return SourceType.ANONYMOUS, 0.5
        if head_cls == "organization":
            if has_cap:
                if self._is_media_words(lows[a:b]):
                    return SourceType.MEDIA_OUTLET, 0.7  # "Iran's state news agency"
                return SourceType.NAMED_ORGANIZATION, 0.7
            if det in _DEFINITE and not plural:
                return SourceType.PRONOUN, 0.8
            return SourceType.ANONYMOUS, 0.6
        if head_cls in ("role", "title", "journalist"):
            if det in _DEFINITE and not plural and lows[b] != "source":
                return SourceType.PRONOUN, 0.75
            return SourceType.ANONYMOUS, 0.85
        if det in _DEFINITE:
            return SourceType.PRONOUN, 0.5
        return SourceType.ANONYMOUS, 0.5

    def _narrow(self, s: _Sentence, a: int, b: int) -> tuple[int, int]:
        """Trim a phrase to its head (judgement call 12).

        "a report from RIA Novosti" -> "RIA Novosti"; "The NRF (National
        Resistance Front)" never reaches here (parentheses stop a phrase).
        """
        for i in range(a, b):
            if self._heads.get(s.lows[i]) == "document" and s.lows[i + 1] in (
                "from",
                "by",
                "of",
            ):
                n = i + 2
                if (
                    n <= b
                    and self._is_media_words(s.lows[n : b + 1])
                    and self._is_name(s, b)
                ):
                    return n, b
        return a, b

    # ---------------------------------------------------------------- cues
    def _cues(self, s: _Sentence) -> Iterator[tuple[int, int, str, str]]:
        """Yield ``(first, last, class, form)`` for each cue token range."""
        lows = s.lows
        i = 0
        while i < s.n:
            low = lows[i]
            if low in self._phrase_first:
                for size in range(min(self._longest, s.n - i), 1, -1):
                    key = tuple(lows[i : i + size])
                    cls = self._phrases.get(key)
                    if cls is not None:
                        yield i, i + size - 1, cls, " ".join(key)
                        i += size
                        break
                else:
                    cls = self._verbs.get(low)
                    if cls is not None:
                        yield i, i, cls, low
                    i += 1
                continue
            cls = self._verbs.get(low)
            if cls is not None:
                yield i, i, cls, low
            i += 1

    def _skip_aux(self, s: _Sentence, k: int) -> int:
        """Index of the last token before ``k`` that is not an auxiliary or adverb."""
        lows = s.lows
        while k >= 0:
            low = lows[k]
            if low in _AUX and not (k == 0 and False):
                k -= 1
            elif low.endswith(("n't", "n\u2019t")) or (
                low.endswith("ly")
                and len(low) > 4
                and low not in self._heads
                and low.islower()
            ):
                k -= 1
            elif (
                low == "to"
                and k >= 2
                and lows[k - 1] == "on"
                and lows[k - 2]
                in (
                    "went",
                    "goes",
                    "go",
                    "going",
                    "gone",
                )
            ):
                k -= 3
            elif (
                low == "to"
                and k >= 1
                and lows[k - 1] in ("continued", "continues", "proceeded")
            ):
                k -= 2
            elif low in _WEEKDAYS:
                k -= 2 if k >= 1 and lows[k - 1] == "on" else 1
            elif (
                low in ("week", "month", "year")
                and k >= 1
                and lows[k - 1]
                in (
                    "this",
                    "last",
                    "next",
                )
            ):
                k -= 2
            else:
                break
        return k

    def _is_participle(self, low: str) -> bool:
        return low.endswith("ed") or low in _PARTICIPLE_IRREGULAR

    def _complement_ok(self, s: _Sentence, j: int, cls: str, first: int) -> bool:
        """Whether what follows the cue (token ``j``) fits its class."""
        while j < s.n and (s.lows[j] in _WEEKDAYS or s.lows[j] in _TIME_WORDS):
            j += 1
        j = self._skip_inserted(s, j)
        nxt = s.lows[j] if j < s.n else ""
        if cls in ("speech", "phrase", "prep", "tell"):
            return True
        if cls == "noun":
            # "expressed concern that", "raised questions about", "voiced
            # doubts." (not "raised concerns among", a noun phrase's object)
            return (
                nxt in _NOUN_COMPLEMENT
                or nxt in _STOPS
                or nxt == ""
                or nxt in _QUOTES
                or nxt in _DASHES
            )
        if cls == "intent":
            return nxt == "to"  # "wants to", "plans to", "refused to"
        if cls == "belief":
            # a belief holds a clause or a quotation: "knows that", "hopes
            # “...”", "fears they will"; not "knows the answer", "knows how"
            return nxt in ("that", ":") or nxt in _QUOTES or nxt in _CLAUSE_PRONOUNS
        if cls == "stance":
            cls = "view"  # "supports the plan", "opposes it"
        if cls == "call":
            return self._naming_ok(s, j, first)
        if cls == "blame":
            # "blames the government for", "blamed the fire on", "blames
            # “greed” for": an object, then the fault, before the clause ends
            quoted = nxt in _QUOTES
            if not (
                quoted or nxt in self._pronouns or nxt in _DET or self._is_name(s, j)
            ):
                return False
            for w in s.lows[j + 1 : j + 12]:
                if w in ("for", "on"):
                    return True
                if w in _QUOTES and quoted:
                    quoted = False  # the quoted object closes
                    continue
                if w in _STOPS or w == "," or w in _QUOTES:
                    return False
            return False
        if nxt in ("that", ":", ",") or nxt in _QUOTES or nxt in _DASHES or nxt in _WH:
            return True
        if cls == "clause":
            if nxt in self._pronouns and nxt not in ("who", "which", "you"):
                return True  # "noted they had said"
            if nxt in ("in", "on"):
                # "explained in an interview with X, ...", "added on Twitter."
                for w in s.lows[j + 1 : j + 12]:
                    if w in ("that", ",", ":") or w in _QUOTES:
                        return True
                    if w in _STOPS:
                        break
                nxt = "."
            return (nxt in _STOPS or nxt == "") and s.marks()[2] < first
        if cls == "object" and (nxt.endswith(("'s", "\u2019s")) or nxt in _QUOTES):
            return True  # "blasted Trump's plan", "denounced “fake news”"
        if cls in ("view", "object"):
            return (
                nxt in self._pronouns
                or nxt in _DET
                or (j < s.n and self._is_name(s, j))
            )
        return False

    def _skip_inserted(self, s: _Sentence, j: int) -> int:
        """The token after an adverbial set off by commas at ``j``, else ``j``.

        "blames, in part, the globalization", "said, however, that", "added,
        in a statement, that": a short insert between the verb and its
        complement (at most five words, no verb, no quotation).
        """
        lows = s.lows
        if j >= s.n or lows[j] != ",":
            return j
        for c in range(j + 1, min(s.n, j + 7)):
            w = lows[c]
            if w == ",":
                return c + 1 if c > j + 1 and c + 1 < s.n else j
            if (
                not (_is_lower_word(w) or w.isdigit() or self._is_name(s, c))
                or w in self._verbs
                or w in _BE
                or w in ("and", "but", "that")
            ):
                return j
        return j

    def _naming_ok(self, s: _Sentence, j: int, first: int) -> bool:
        """Whether "call" at ``first`` names something: "called it “a disgrace”".

        "call X Y" and "what X calls Y" are speech acts (a judgement passed
        on X); "called the police" and "a group called PEACH" are not.
        """
        lows = s.lows
        if "what" in lows[max(0, first - 4) : first]:
            return True  # "what she called “a rant”"
        if j >= s.n or lows[j] in _PREP or lows[j] in ("back", "up", "off", "out"):
            return False
        if s.words[j][:1].isupper() and first >= 2 and lows[first - 2] in ("a", "an"):
            return False  # "a group called PEACH": a reduced passive
        for w in lows[j : j + 7]:
            if w in _QUOTES:
                return True
            if w in _STOPS or w == ",":
                break
        if lows[j] in _OBJECT and j + 1 < s.n:
            nxt = lows[j + 1]
            return nxt in ("a", "an", "the") or (
                _is_lower_word(nxt) and nxt not in _PREP and nxt not in _CALL_PARTICLES
            )
        for p in range(j + 1, min(s.n - 1, j + 5)):
            w = lows[p]
            if w in _STOPS or w == "," or w in _PREP or w in _CALL_PARTICLES:
                break
            if (w in ("a", "an") and lows[p + 1] not in _TIME_NOUNS) or (
                p > j + 1
                and lows[j] in _DET
                and w.endswith(_ADJECTIVE_ENDINGS)
                and _is_lower_word(w)
                and (lows[p + 1] in _STOPS or lows[p + 1] in (",", "and", "but"))
            ):
                return True  # "called climate change a hoax", "called the claim false"
        chunk = self._chunk_right(s, j, s.n)
        if chunk is None or chunk[1] + 2 >= s.n:
            return False
        e = chunk[1]
        return lows[e + 1] in ("a", "an") and lows[e + 2] not in _TIME_NOUNS

    def _right_source(
        self,
        s: _Sentence,
        j: int,
        memory: dict[str, SourceType],
        stop: int | None = None,
    ) -> _Source | None:
        chunk = self._chunk_right(s, j, s.n if stop is None else stop)
        if chunk is None:
            return None
        a, b = self._narrow(s, *chunk)
        typ, conf = self._classify(s, a, b, memory)
        return _Source(a, self._anonymity_end(s, b), typ, conf)

    def _anonymity_end(self, s: _Sentence, b: int) -> int:
        """End of "officials who asked not to be named" after head ``b``, else ``b``.

        ANNOTATION.md gives that whole phrase as an anonymous source.
        """
        lows = s.lows
        if b + 1 >= s.n or lows[b + 1] != "who":
            return b
        if self._heads.get(lows[b]) not in ("role", "collective", "title"):
            return b
        for i in range(b + 2, min(s.n, b + 14)):
            if lows[i] in _ANONYMITY:
                return i
            if not lows[i].isalnum() and lows[i] not in ("-",):
                return b
        return b

    def _anonymity_start(self, s: _Sentence, k: int) -> int | None:
        """Start of "officials who asked not to be named" ending at ``k``."""
        lows = s.lows
        if lows[k] not in _ANONYMITY:
            return None
        for i in range(k - 1, max(0, k - 13), -1):
            if lows[i] == "who":
                chunk = self._chunk_left(s, i - 1)
                if chunk is not None and self._anonymity_end(s, i - 1) == k:
                    return chunk[0]
                return None
            if not lows[i].isalnum():
                return None
        return None

    def _left_source(
        self,
        s: _Sentence,
        k: int,
        memory: dict[str, SourceType],
        *,
        strong: bool = False,
    ) -> _Source | None:
        """The subject phrase ending at token ``k`` (before a verb), typed."""
        lows = s.lows
        if k < 0:
            return None
        if lows[k] == ")":
            # "The NRF (National Resistance Front) had said": drop the gloss
            depth = 0
            for i in range(k, -1, -1):
                if lows[i] == ")":
                    depth += 1
                elif lows[i] == "(":
                    depth -= 1
                    if depth == 0:
                        k = i - 1
                        break
            else:
                return None
        elif lows[k] == ",":
            src = self._apposed_source(s, k, memory)
            return src if src is not None else self._inserted_subject(s, k, memory)
        elif (
            lows[k] in ("that", "which")
            and k >= 1
            and self._heads.get(lows[k - 1]) == "document"
        ):
            # "articles that explain": a document antecedent of a relative pronoun
            a = b = k - 1
            while a >= 1 and (
                lows[a - 1] in self._heads
                or (lows[a - 1] in _DET and lows[a - 1] != "that")
                or self._is_name(s, a - 1)
                or s.words[a - 1].endswith(("'s", "\u2019s"))
            ):
                a -= 1
                if lows[a] in _DET:
                    break
            return _Source(a, b, self._document_type(s, a, b), 0.7)
        anon = self._anonymity_start(s, k)
        if anon is not None:
            return _Source(anon, k, SourceType.ANONYMOUS, 0.85)
        reduced = self._reduced_relative(s, k, memory)
        if reduced is not None:
            return reduced
        chunk = self._chunk_left(s, k)
        post = self._postmodified(s, k, chunk)
        if post is not None:
            a, head, b = post
            typ, conf = self._classify(s, a, head, memory)
            return _Source(a, b, typ, conf)
        if chunk is None and strong:
            chunk = self._unknown_head(s, k)
        if chunk is None:
            return None
        a, b = chunk
        # "he and his fighters", "Trump and Clinton": one coordinated source
        if a >= 2 and lows[a - 1] == "and":
            first = self._chunk_left(s, a - 2)
            if first is not None and (
                lows[first[0]] in self._pronouns
                or first[0] == 0
                or lows[first[0] - 1] in (",", "but", "while", "although", "as")
            ):
                a = first[0]
        a, b = self._narrow(s, a, b)
        typ, conf = self._classify(s, a, b, memory)
        return _Source(a, b, typ, conf)

    def _reduced_relative(
        self, s: _Sentence, k: int, memory: dict[str, SourceType]
    ) -> _Source | None:
        """ "The document posted on 8chan cites": a subject with a reduced relative.

        A participle ("posted", "released", "published") after a noun phrase,
        with a short prepositional or time phrase ending at ``k``, belongs to
        the subject; the participle is not the cue, the noun heads the source.
        """
        lows, words = s.lows, s.words
        for p in range(k, max(0, k - 7), -1):
            low = lows[p]
            if not (low.endswith("ed") or low in _REDUCED_IRREGULAR):
                if not (low.isalnum() or low in ("-", ".")) or low in _STRICT_AUX:
                    return None
                continue
            if low in _STRICT_AUX:
                return None
            if not (
                p >= 1
                and _is_lower_word(low)
                and low not in self._heads
                and (low not in self._verbs or low in ("posted", "written", "shown"))
                and (
                    p == k
                    or lows[p + 1] in _POST_PREP
                    or (lows[p + 1] == "to" and lows[p + 2] in _DET)
                    or lows[p + 1] in _WEEKDAYS
                    or lows[p + 1] in _TIME_WORDS
                    or lows[p + 1] in ("last", "this", "earlier")
                )
            ):
                continue
            head = p - 1
            cls = self._heads.get(lows[head])
            if cls not in ("document", "media", "organization", "role", "collective"):
                return None
            chunk = self._chunk_left(s, head)
            if chunk is None or (chunk[0] > 0 and lows[chunk[0] - 1] in _PREP):
                return None
            a = chunk[0]
            # "the 2,300-word document": a number modifier before the noun
            d = a - 1
            while d >= 0 and (lows[d] == "," or lows[d][:1].isdigit()):
                d -= 1
            if d < a - 1 and d >= 0 and lows[d] in _DET:
                a = d
            if not (lows[a] in _DET or words[a][:1].isupper()):
                return None
            if cls == "document":
                typ = self._document_type(s, a, head)
                if typ is SourceType.PRONOUN:
                    typ = SourceType.DOCUMENT  # modified: "the memo posted on X"
            else:
                typ = self._classify(s, a, head, memory)[0]
            return _Source(a, k, typ, 0.75)
        return None

    def _modifier_participle(self, s: _Sentence, first: int, last: int) -> bool:
        """Whether the cue at ``first`` is a participle in a reduced relative.

        "The document posted on 8chan cites", "a statement released by the
        ministry said": a past participle right after a determiner and noun,
        followed by a preposition, modifies that noun when a finite reporting
        verb follows later in the same clause; that verb is the cue.
        """
        lows = s.lows
        low = lows[first]
        if (
            first != last
            or first < 2
            or last + 1 >= s.n
            or lows[last + 1] not in _PREP
            or not (low.endswith("ed") or low in _REDUCED_IRREGULAR)
        ):
            return False
        head = lows[first - 1]
        if (
            not _is_lower_word(head)
            or head in self._pronouns
            or head in self._verbs
            or head in _AUX
            or head in _DET
            or head in _PREP
        ):
            return False
        # a determiner opens the subject a few words back: "the 2,300-word document"
        for d in range(first - 2, max(-1, first - 6), -1):
            w = lows[d]
            if w in _DET:
                break
            if not (w.replace("-", "").isalnum() or w == ",") or w in self._verbs:
                return False
        else:
            return False
        for j in range(last + 2, min(s.n, last + 16)):
            w = lows[j]
            if w in _STOPS or w in _QUOTES or w in (":", "that", "who", "which"):
                return False
            if w == "," and j + 1 < s.n and lows[j + 1] in ("and", "but", "while"):
                return False
            cls = self._verbs.get(w)
            if (
                cls is not None
                and cls != "prep"
                and s.words[j][:1].islower()
                and lows[j - 1] not in _DET
                and lows[j - 1] not in _PREP
                and not (j + 1 < s.n and lows[j + 1] == "by")
                and (
                    (w.endswith("s") and not w.endswith("ss"))
                    or w.endswith("ed")
                    or w in _PAST_IRREGULAR
                )
            ):
                return True
        return False

    def _postmodified(
        self, s: _Sentence, k: int, chunk: tuple[int, int] | None
    ) -> tuple[int, int, int] | None:
        """ "Experts on North Korea said", "sources in Kabul said".

        Returns ``(start, head, end)``: the phrase keeps its prepositional
        modifier (as "footage from the valley" does), the head types it.
        """
        lows = s.lows
        start = chunk[0] if chunk is not None else k
        if chunk is not None and lows[chunk[0]] in self._pronouns:
            return None
        for i in range(start - 1, max(-1, start - 9), -1):
            low = lows[i]
            if low in _POST_PREP and i >= 1:
                outer = self._chunk_left(s, i - 1)
                if outer is not None and self._heads.get(lows[i - 1]) in _POSTMODIFIED:
                    return outer[0], i - 1, k
                if chunk is not None:
                    return None
                continue
            if chunk is not None:
                return None  # the phrase itself must follow the preposition
            if (
                not (low.isalnum() or low == "-")
                or low in self._verbs
                or low in _STRICT_AUX
            ):
                return None
        return None

    def _unknown_head(self, s: _Sentence, k: int) -> tuple[int, int] | None:
        """ "the announcer said": an unknown noun after a determiner or possessive."""
        lows = s.lows
        low = lows[k]
        if not _is_lower_word(low) or low in self._verbs or low in _AUX:
            return None
        for j in (k - 1, k - 2):
            if j < 0:
                return None
            if (lows[j] in _DET and lows[j] != "that") or s.words[j].endswith(
                ("'s", "\u2019s")
            ):
                if j >= 1 and lows[j - 1] in _PREP:
                    return None  # "a view of the world says": not a speaker
                return j, k
            if not lows[j].isalpha() or lows[j] in _PREP or lows[j] in self._verbs:
                return None
        return None

    def _apposed_source(
        self, s: _Sentence, k: int, memory: dict[str, SourceType]
    ) -> _Source | None:
        """ "Sarman Hameed, a district commander in the militia, said" -> the name.

        ``k`` is the comma before the verb. The subject is the leftmost phrase
        before one of up to five earlier commas that starts a clause.
        """
        lows = s.lows
        commas: list[int] = []
        i = k - 1
        while i >= 0 and k - i < 48 and len(commas) < 5:
            low = lows[i]
            if (
                (low in _QUOTE_LIKE and not _is_possessive_mark(s, i))
                or low in _STOPS
                or low == ":"
                or (
                    low in self._verbs
                    and s.words[i][:1].islower()
                    and not (i and lows[i - 1] in _DET)  # "one of the states"
                )
            ):
                break
            if low == ",":
                commas.append(i)
            i -= 1
        best: tuple[int, int, int] | None = None
        for c in commas:
            if c < 1:
                continue
            e = c - 1
            if lows[e] == ")":  # "Rep. Jim Jordan (R-Ohio), a panel member, said"
                while e > 0 and lows[e] != "(":
                    e -= 1
                e -= 1
            outer = self._chunk_left(s, e) if e >= 0 else None
            if outer is None:
                continue
            a = outer[0]
            if (
                a == 0
                or lows[a - 1] in _QUOTE_LIKE
                or lows[a - 1]
                in (
                    ",",
                    ":",
                    "and",
                    "but",
                    "while",
                    "as",
                    "although",
                )
            ):
                best = (outer[0], outer[1], c)
        if best is None:
            return None
        a, b, c = best
        if (
            self._is_name(s, c + 1)
            and self._heads.get(lows[c - 1]) in ("title", "role", "journalist")
            and self._chunk_right(s, c + 1, k) == (c + 1, k - 1)
        ):
            b = k - 1  # "the ministry's spokesman, Ivan Petrov, said"
        typ, conf = self._classify(s, a, b, memory)
        return _Source(a, b, typ, conf)

    def _inserted_subject(
        self, s: _Sentence, k: int, memory: dict[str, SourceType]
    ) -> _Source | None:
        """The subject before a long insert set off by commas, ending at ``k``.

        "The president, in an effort to make a case for the $5.7 billion, has
        emphasized", "The ministry, which has denied any role, said": the
        phrase opening the clause, then an insert of at most 30 words that
        opens with a preposition, a participle or a relative pronoun and holds
        no quotation; outside a relative clause it holds no finite verb.
        """
        lows = s.lows
        lead, first_comma, _, _ = s.marks()
        i = k - 1
        while i > lead and k - i <= 40:
            low = lows[i]
            if low == ",":
                found = self._insert_opening(s, i, k, lead, first_comma)
                if found is not None:
                    a, b = self._narrow(s, *found)
                    typ, conf = self._classify(s, a, b, memory)
                    return _Source(a, b, typ, conf * 0.8)
            elif (
                low in _QUOTE_LIKE and not _is_possessive_mark(s, i)
            ) or low in _INSERT_BREAKS:
                return None
            elif low == "." and not (lows[i - 1].isdigit() and lows[i + 1].isdigit()):
                return None  # a stop, not a decimal point ("$5.7 billion")
            i -= 1
        return None

    def _insert_opening(
        self, s: _Sentence, o: int, k: int, lead: int, first_comma: int
    ) -> tuple[int, int] | None:
        """The subject chunk before the insert ``(o, k)``, when both fit."""
        lows = s.lows
        if o < 1 or o + 1 >= k or k - o > 32:
            return None
        opener = lows[o + 1]
        relative = opener in _INSERT_RELATIVE
        if not (
            relative
            or opener in _PREP
            or opener in _INSERT_OPENERS
            or (s.words[o + 1].islower() and opener.endswith(("ing", "ed")))
        ):
            return None
        if not relative and any(w in _STRICT_AUX for w in lows[o + 1 : k]):
            return None  # "The army, its convoy was hit, ...": a clause, not an insert
        chunk = self._chunk_left(s, o - 1)
        if chunk is None or chunk[1] != o - 1:
            return None
        a = chunk[0]
        if a == lead or (
            a - 1 == first_comma and lows[lead] in _NOT_NAME and lows[lead] not in _DET
        ):
            return chunk
        return None

    def _clause_subject(
        self, s: _Sentence, before: int, memory: dict[str, SourceType]
    ) -> _Source | None:
        """The subject of the clause a coordinated verb or participle shares."""
        lows = s.lows
        lead, comma, _, _ = s.marks()
        i = min(lead, before)  # after leading quote marks and conjunctions
        if i < before and lows[i] in _NOT_NAME and lows[i] not in _DET:
            # a leading adverbial ends at its comma
            if comma >= before:
                return None
            i = comma + 1
        # The phrase at ``i`` is walked once per sentence: a walk bounded by
        # ``before`` ends the same way when it stopped short of it (the walk's
        # look-ahead is one token), and within a sentence ``memory`` is fixed.
        memo = s.subject
        if memo is None or memo.start != i:
            memo = s.subject = _Subject(i, self._chunk_right(s, i, s.n), s.walk_end)
        if before > memo.walk_end + 1:
            chunk = memo.chunk
        else:
            chunk, memo = self._chunk_right(s, i, before), None
        if chunk is None:
            return None
        a, b = chunk
        if b + 1 < before and lows[b + 1] == "," and self._is_name(s, b):
            # "Donald Trump, her opponent, bemoaned ... and said": skip the apposition
            if memo is None:
                c = self._apposition_end(s, b + 2, before)
            else:
                if memo.apposition_end is None:
                    memo.apposition_end = self._apposition_end(s, b + 2, s.n)
                c = min(memo.apposition_end, before)
            if c + 1 < before and lows[c] == "," and _is_lower_word(lows[c + 1]):
                return self._subject_source(s, a, b, memory, memo)
            return None
        if b + 1 < s.n and (s.lows[b + 1] in _STOPS or s.lows[b + 1] == ","):
            return None
        return self._subject_source(s, a, b, memory, memo)

    @staticmethod
    def _apposition_end(s: _Sentence, c: int, before: int) -> int:
        """The first comma or stop from ``c`` on, else ``before``."""
        lows = s.lows
        while c < before and lows[c] != "," and lows[c] not in _STOPS:
            c += 1
        return c

    def _subject_source(
        self,
        s: _Sentence,
        a: int,
        b: int,
        memory: dict[str, SourceType],
        memo: _Subject | None,
    ) -> _Source:
        """The typed clause subject ``[a, b]``, typed once per sentence."""
        if memo is not None and memo.source is not None:
            return memo.source
        typ, conf = self._classify(s, a, b, memory)
        src = _Source(a, b, typ, conf * 0.7)
        if memo is not None:
            memo.source = src
        return src

    def _evidence_source(
        self, s: _Sentence, first: int, memory: dict[str, SourceType]
    ) -> _Source | None:
        """ "Photos released this week show", "footage ..., depicting" (call 11)."""
        lows = s.lows
        k = first - 1
        while k >= 0 and lows[k] in _EVIDENCE_AUX:
            k -= 1
        end = k
        commas = 0
        if k >= 0 and lows[k] == "," and lows[first].endswith("ing"):
            end = k - 1
            commas = 1
        if end >= 1 and lows[end] in ("that", "which"):
            end -= 1  # "his statements ... that showed": the antecedent speaks
        for i in range(end, max(-1, end - 9), -1):
            low = lows[i]
            if low in _STOPS or low in _QUOTES or (low == "," and commas == 0):
                return None
            if self._heads.get(low) == "document" and not (
                i + 1 < s.n and _is_cap(s.words[i]) and _is_cap(s.words[i + 1])
            ):  # not a name: "Bill Clinton"
                chunk = self._chunk_left(s, i)
                a = chunk[0] if chunk else i
                return _Source(a, end, self._document_type(s, a, end), 0.8)
            if low == "," or low in self._verbs:
                return None
        return None

    def _document_type(self, s: _Sentence, a: int, b: int) -> SourceType:
        """A document source, or a weasel one: "studies show", "research suggests".

        A bare plural or mass document noun names no identified document
        (ANNOTATION.md: vague covers unidentified collective sources).
        """
        low = s.lows[a]
        if a == b and low in _WEASEL_DOCUMENTS:
            return SourceType.VAGUE
        if self._stand_in_document(s, a, b):
            return SourceType.PRONOUN
        return SourceType.DOCUMENT

    def _stand_in_document(self, s: _Sentence, a: int, b: int) -> bool:
        """ "the book said", "the report found": a document named elsewhere.

        A bare "the" and a document noun, with no modifier, possessive or
        of-phrase, stands in for a document the text names elsewhere
        (judgement call 13: "The publication", "the newspaper").
        """
        lows = s.lows
        return (
            b == a + 1
            and lows[a] == "the"
            and self._heads.get(lows[b]) == "document"
            and lows[b] not in _MASS_DOCUMENTS
            and s.words[b].islower()
            and not (b + 1 < s.n and lows[b + 1] == "of")
        )

    def _outlet_right(
        self, s: _Sentence, j: int, memory: dict[str, SourceType]
    ) -> _Source | None:
        """The outlet phrase at ``j`` ("with CNN", "to USA TODAY"), else None."""
        src = self._right_source(s, j, memory)
        if src is not None and src.type is SourceType.MEDIA_OUTLET:
            return src
        if j < s.n and (s.words[j][:1].isupper() or s.lows[j] == "the"):
            return self._registry_outlet(s, j, memory)
        return None

    def _registry_outlet(
        self, s: _Sentence, j: int, memory: dict[str, SourceType]
    ) -> _Source | None:
        """A registry outlet written out from token ``j``: "USA TODAY", "the Post".

        The capitalised phrase from ``j`` (after "the") must be exactly one
        outlet name or alias of the registry, in any case ("REUTERS"); a name
        known as a person's in this document is never an outlet ("told Hill").
        """
        lows, words, n = s.lows, s.words, s.n
        a = j + 1 if j < n and lows[j] == "the" else j
        b = a
        while b < n and (
            words[b][:1].isupper()
            or (
                lows[b] in ("of", "&")
                and b > a
                and b + 1 < n
                and words[b + 1][:1].isupper()
            )
        ):
            if words[b].endswith(("'s", "\u2019s")):
                return None  # "Reuters' reporter", "CNN's Jake Tapper"
            b += 1
        if b == a or b - a > 6:
            return None
        b -= 1
        while b > a and (lows[b] in _WEEKDAYS or lows[b] in _TIME_WORDS):
            b -= 1  # "told Reuters Tuesday"
        if memory.get(lows[b].strip(".")) is SourceType.NAMED_PERSON:
            return None
        start, end = s.starts[a], s.ends[b]
        match = builtin_table().name_in(s.text, start, end)
        if match is None or match.start != start or match.end != end:
            return None
        # the name as written, with its article: "The Hill" but not "Hill"
        said = s.text[start:end].lower()
        labels = {x.lower() for x in (match.entry.name, *match.entry.aliases)}
        if said not in labels and not (lows[j] == "the" and f"the {said}" in labels):
            return None
        return _Source(j, b, SourceType.MEDIA_OUTLET, 0.8)

    def _channel(
        self, s: _Sentence, j: int, memory: dict[str, SourceType]
    ) -> _Source | None:
        """A channel phrase at token ``j``: "in his Twitter account", "on X's show"."""
        lows = s.lows
        if j >= s.n or lows[j] not in _CHANNEL_PREP:
            return None
        if (
            j + 1 < s.n
            and lows[j + 1] in _DET | {"an"}
            and j + 2 < s.n
            and lows[j + 2] in _INTERVIEW
        ):
            m = j + 3
            if m < s.n and lows[m] in ("with", "to"):
                return self._outlet_right(s, m + 1, memory)
            return None
        src = self._right_source(s, j + 1, memory)
        if src is None:
            return None
        head = self._heads.get(lows[src.b])
        if head == "document" and lows[j + 1] in _DET:
            return _Source(src.a, src.b, SourceType.DOCUMENT, 0.7)
        if head == "media" and lows[j + 1] in ("his", "her", "its", "their", "our"):
            return _Source(src.a, src.b, SourceType.DOCUMENT, 0.6)  # "on its website"
        if head == "media" or src.type is SourceType.MEDIA_OUTLET:
            typ = (
                src.type
                if src.type is not SourceType.ANONYMOUS
                else SourceType.MEDIA_OUTLET
            )
            return _Source(src.a, src.b, typ, 0.7)
        return None

    def _post_quote_speech(
        self, s: _Sentence, memory: dict[str, SourceType], after_quote: bool
    ) -> Iterator[tuple[int, _Source]]:
        """ "“...,” O'Rourke slurred.": a speaker and a past-tense verb after a quote.

        After a quotation closed by a comma, "!" or "?", a name or pronoun
        followed by a past-tense verb that ends the clause introduces the
        quote, whatever the verb ("slurred", "bellowed", "deadpanned").
        ``after_quote``: the sentence starts right after such a quote, which
        ended the previous sentence (``“... !” X shouted.``).
        """
        lows = s.lows
        for q in range(-1 if after_quote else 1, s.n - 2):
            if q >= 0 and not (
                lows[q] in _CLOSING_QUOTES
                and lows[q - 1] in (",", "!", "?")
                and s.starts[q] == s.ends[q - 1]
            ):
                continue
            chunk = self._chunk_right(s, q + 1, s.n)
            if chunk is None:
                continue
            a, b = chunk
            if not self._valid_head(s, b):
                continue
            v = b + 1
            if v < s.n and lows[v] == "(":  # "(D-Va.)"
                while v < s.n and lows[v] != ")":
                    v += 1
                v += 1
            if v < s.n and lows[v] == ",":  # an apposition: "X, a top aide, said"
                c = v + 1
                while c < s.n and c - v < 16 and lows[c] not in _STOPS:
                    if lows[c] == "," and c + 1 < s.n and _is_lower_word(lows[c + 1]):
                        break
                    c += 1
                if c >= s.n or lows[c] != ",":
                    continue
                v = c + 1
            if v >= s.n or not self._is_past_speech(s, v):
                continue
            end = lows[v + 1] if v + 1 < s.n else "."
            if (
                end in _STOPS
                or end == ","
                or end in _POST_QUOTE_PREP
                or end in (_WEEKDAYS)
            ):
                typ, conf = self._classify(s, a, b, memory)
                yield v, _Source(a, b, typ, conf * 0.8)

    def _is_past_speech(self, s: _Sentence, v: int) -> bool:
        """A lower-case past-tense verb that is not an auxiliary ("slurred")."""
        low = s.lows[v]
        return (
            _is_lower_word(low)
            and low.endswith("ed")
            and len(low) > 4
            and low not in _AUX
            and low not in self._heads
        )

    def _lead_channels(
        self, s: _Sentence, memory: dict[str, SourceType]
    ) -> list[tuple[int, _Source]]:
        """Sentence-level channels: "In an interview with CNN,", "Speaking to AP,"."""
        out: list[tuple[int, _Source]] = []
        lows = s.lows
        fronted = self._fronted_document(s)
        if fronted is not None:
            out.append(fronted)
        for i in range(s.n - 3):
            if (
                lows[i] == "interview"
                and lows[i + 1] in ("with", "to")
                and i >= 2
                and lows[i - 2] == "in"
            ):
                src = self._outlet_right(s, i + 2, memory)
                if src is not None:
                    out.append((i, src))
            elif lows[i] == "speaking" and lows[i + 1] in ("to", "with"):
                src = self._outlet_right(s, i + 2, memory)
                if src is not None:
                    out.append((i, src))
        return out

    def _fronted_document(self, s: _Sentence) -> tuple[int, _Source] | None:
        """ "In a statement, the ministry said": the document a clause comes from.

        A sentence opening with "in"/"on"/"via"/"through", a determiner or
        possessive, up to four modifiers and a document head ("her 2003 book",
        "a statement", "its website"), then a comma (possibly after "to ..."
        or "released ..."), is a channel of the clause's cue (call 8).
        """
        lows, n = s.lows, s.n
        p = 0 if lows[0] in _CHANNEL_PREP else 1  # after a quote mark or "But"
        if p + 3 >= n or lows[p] not in _CHANNEL_PREP:
            return None
        if p and not (lows[0] in _QUOTES or lows[0] in ("but", "and", "so", "yet")):
            return None
        det = lows[p + 1]
        possessive = det in ("his", "her", "its", "their", "our") or s.words[
            p + 1
        ].endswith(("'s", "\u2019s"))
        if det not in _DET and det != "an" and not possessive:
            return None
        for h in range(p + 2, min(n - 1, p + 7)):
            low = lows[h]
            cls = self._heads.get(low)
            if cls == "document" or (cls == "media" and possessive):
                nxt = lows[h + 1]
                if nxt != "," and nxt not in _DOCUMENT_TAIL:
                    return None
                c = h + 1
                while c < n and c - h < 12 and lows[c] != ",":
                    if not (lows[c].isalnum() or lows[c] in ("-", ".", "'")):
                        return None
                    c += 1
                if c >= n or lows[c] != ",":
                    return None
                typ = (
                    SourceType.DOCUMENT
                    if not (h == p + 2 and low in _WEASEL_DOCUMENTS)
                    else SourceType.VAGUE
                )
                return p, _Source(p + 1, h, typ, 0.7)
            if not (lows[h].isalnum() or lows[h] == "-") or (
                low in self._verbs and not low.endswith("ed")
            ):
                return None
        return None

    # ------------------------------------------------------------ sentence
    def _sentence(
        self, s: _Sentence, memory: dict[str, SourceType], *, after_quote: bool = False
    ) -> Iterator[tuple[int, int, _Source, str]]:
        """Yield ``(cue_first, cue_last, source, rule)`` for one sentence."""
        lows = s.lows
        found: list[tuple[int, int, _Source]] = []
        used_sources: set[tuple[int, int]] = set()
        for first, last, cls, form in self._cues(s):
            broad_object = False
            if cls != "prep" and not s.words[first][:1].islower():
                continue  # "the United States", "The Washington Post"
            prev = lows[first - 1] if first else ""
            if (
                cls != "prep"
                and (prev in _DET or prev in _PREP)
                and prev not in _QUANT_SUBJECTS
            ):
                continue  # "the said agreement", "all told", "of reported cases"
            if (
                cls != "prep"
                and first + 1 < s.n
                and last == first
                and form.endswith("s")
                and (lows[first + 1] in self._verbs or lows[first + 1] in _STRICT_AUX)
            ):
                continue  # "media reports said": a noun, not a verb
            nxt = lows[last + 1] if last + 1 < s.n else ""
            if nxt == "not" and last + 2 < s.n and lows[last + 2] == "to":
                continue  # "asked not to be named": a request for anonymity
            if (
                (nxt == "by" and self._is_participle(form))
                or (nxt == "of" and form == "accused")
                or (nxt == "to" and form == "told")
                or (
                    nxt == "from"
                    and form == "reported"
                    and s.marks()[3] < last
                    and not s.has_quote
                )
            ):
                # "people accused of", "the monitor maintained by", "soldiers told
                # to leave": reduced passives; "reported from Kabul": a byline
                if not (nxt == "by" and prev in _BE):
                    continue
            if any(
                w in _NEGATION or w.endswith(("n't", "n\u2019t"))
                for w in lows[max(0, first - 3) : first]
            ):
                continue  # "did not immediately respond": nothing was said
            if self._modifier_participle(s, first, last):
                continue  # "the document posted on 8chan cites": a modifier
            src: _Source | None
            if cls in ("prep",):
                src = self._right_source(s, last + 1, memory)
                if src is None:
                    continue
                rule = "according-to" if form == "according to" else f"prep:{form}"
                yield first, last, src, f"{rule}"
                found.append((first, last, src))
                if src.b + 2 < s.n and lows[src.b + 1] == "and":
                    # "according to the ministry and court records": two sources
                    other = self._right_source(s, src.b + 2, memory)
                    if other is not None and other.type is not SourceType.PRONOUN:
                        yield first, last, other, f"{rule}"
                        found.append((first, last, other))
                continue
            k = self._skip_aux(s, first - 1)
            # passive: "was confirmed by X", "is said to" (no agent: a hedge)
            j = first - 1
            while j >= 0 and (
                lows[j].endswith("ly")
                and lows[j].islower()
                or lows[j]
                in (
                    "also",
                    "first",
                    "widely",
                    "later",
                    "previously",
                    "not",
                    "never",
                )
            ):
                j -= 1
            if (
                j >= 0
                and lows[j] in _BE
                and self._is_participle(lows[first])
                and cls not in ("phrase", "noun")
            ):
                if last + 1 < s.n and lows[last + 1] == "by":
                    src = self._right_source(s, last + 2, memory)
                    if src is not None:
                        found.append((first, last, src))
                        yield first, last, src, f"passive-by:{form}"
                        yield from self._extras(s, first, last, src, memory, found)
                continue
            if form in ("quoted as saying", "cited as saying"):
                kk = self._skip_aux(s, first - 1)
                src = self._left_source(s, kk, memory)
                if src is not None:
                    found.append((first, last, src))
                    yield first, last, src, f"quoted-as:{form}"
                continue
            if cls == "evidence":
                src = self._evidence_source(s, first, memory)
                if (
                    src is None
                    and form in _FINDING
                    and last + 1 < s.n
                    and lows[last + 1] == "that"
                ):
                    # "the court found that", "the Observer found that": a finding
                    src = self._left_source(s, k, memory)
                if src is not None:
                    found.append((first, last, src))
                    yield first, last, src, f"evidence:{form}"
                continue
            if cls == "viewas":
                window = lows[last + 1 : last + 6]
                if "as" not in window or any(
                    w in _STOPS or w == "," for w in window[: window.index("as")]
                ):
                    continue
            elif not (
                self._complement_ok(s, last + 1, cls, first)
                or (lows[first - 1] in _QUOTE_LIKE if first else False)
            ):
                if not (self.broad and self._broad_object(s, last + 1, form, first)):
                    continue
                broad_object = True
            if cls == "tell" and not (
                last + 1 < s.n
                and (
                    lows[last + 1] in _OBJECT
                    or lows[last + 1] in _DET
                    or self._is_name(s, last + 1)
                    or lows[last + 1] in self._heads
                )
            ):
                if not (last + 1 < s.n and lows[last + 1] in (":", ",") or s.has_quote):
                    continue
            prev_k = lows[k] if k >= 0 else ""
            src = None
            rule = ""
            if (
                prev_k in _QUOTE_LIKE
                or prev_k == ","
                or k < 0
                or prev_k in (":", "\u2013", "\u2014")
            ):
                if prev_k == "," and k >= 1 and not lows[first].endswith("ing"):
                    # "X, a district commander, said": an apposition before the verb
                    src = self._left_source(s, k, memory)
                    rule = f"subject-verb:{form}"
                if src is None and last + 1 < s.n and not lows[first].endswith("ing"):
                    src = self._right_source(s, last + 1, memory)
                    rule = f"verb-subject:{form}"
                    if src is not None and src.type is SourceType.DOCUMENT:
                        src = None
                if src is None and lows[first].endswith("ing"):
                    # a participle after a comma shares the clause's subject
                    if found:
                        if self.broad:
                            yield from self._broad_shared(first, last, form, found)
                        continue
                    src = self._clause_subject(s, k, memory)
                    rule = f"shared-subject:{form}"
            elif prev_k in ("and", "but", "or"):
                if found:
                    if self.broad:
                        yield from self._broad_shared(first, last, form, found)
                    continue  # "warned ... and added": one source mention (call 8)
                src = self._clause_subject(s, k, memory)
                rule = f"shared-subject:{form}"
            else:
                src = self._left_source(s, k, memory, strong=form in _STRONG)
                rule = f"subject-verb:{form}"
            if src is None:
                continue
            if s.words[src.b].endswith(("'s", "\u2019s")):
                continue  # "Donald Trump's tweet", "Editor's note": a noun
            src_low = lows[src.a]
            if src.a == src.b and src_low in ("you", "i", "we"):
                # "you might ask", "I think", "as we noted": the speaker of the
                # quotation or the outlet itself; no further source is named
                continue
            verb = lows[first]
            is_base = (
                not verb.endswith(("s", "ed", "ing")) and verb not in _PAST_IRREGULAR
            )
            if (
                is_base
                and src.b == first - 1
                and src_low
                in (
                    "a",
                    "an",
                    "another",
                    "one",
                    "he",
                    "she",
                    "it",
                )
            ):
                continue  # "a Donald Trump tweet": a noun, not a verb
            if (src.a, src.b) in used_sources and lows[first].endswith("ing"):
                continue
            if cls in _BROAD_CLASSES and (
                src.type not in _BROAD_HOLDERS
                or src_low in ("who", "which", "that")
                or any(f[0] < first for f in found)
                or not self._opens_clause(s, src.a)
                or sum(1 for w in s.words[:first] if w in _QUOTES) % 2
            ):
                # an intention or belief needs a person or body holding it, and
                # one inside a reported clause ("said she plans to"), a relative
                # clause ("the things she wants to do") or a quotation is part
                # of that, not a new attribution
                continue
            if cls in ("view", "viewas") and src.type is SourceType.DOCUMENT:
                continue
            if cls == "noun" and (
                src.type in _NOT_NOUN_HOLDERS
                or self._heads.get(lows[src.b]) == "document"
            ):
                continue  # "the report raised questions": no one spoke
            if cls == "blame" and src.type is SourceType.VAGUE:
                continue  # "many blame": blame by a person, body or document
            if broad_object:
                if src.type not in _BROAD_HOLDERS or not rule.startswith("subject"):
                    continue
                rule = f"broad:object:{form}"
            used_sources.add((src.a, src.b))
            found.append((first, last, src))
            yield first, last, src, rule
            yield from self._extras(s, first, last, src, memory, found)
        if s.has_quote or after_quote:
            cues = {f[0] for f in found}
            starts = {f[2].a for f in found}
            for v, src in self._post_quote_speech(s, memory, after_quote):
                if v not in cues and src.a not in starts:
                    found.append((v, v, src))
                    starts.add(src.a)
                    yield v, v, src, f"post-quote:{lows[v]}"
        if found:
            yield from self._channels_of(s, memory, found)
        if self.broad:
            yield from self._broad_marks(s, memory, found)

    def _broad_object(self, s: _Sentence, j: int, form: str, first: int) -> bool:
        """Broad mode: "noted the rule", "agreed to pay": a clause verb's object."""
        if form not in _BROAD_OBJECT_VERBS or j >= s.n:
            return False
        nxt = s.lows[j]
        if form.startswith("agree"):
            return nxt in ("to", "with")
        return self._complement_ok(s, j, "object", first)

    @staticmethod
    def _opens_clause(s: _Sentence, a: int) -> bool:
        """Whether the subject at ``a`` opens a main or adverbial clause."""
        if a == 0:
            return True
        prev = s.lows[a - 1]
        return prev in _OPENERS or prev in _QUOTE_LIKE

    @staticmethod
    def _broad_shared(
        first: int, last: int, form: str, found: list[tuple[int, int, _Source]]
    ) -> Iterator[tuple[int, int, _Source, str]]:
        """Broad mode: "said ..., adding that": a second act of the same speaker."""
        src = found[-1][2]
        found.append((first, last, src))
        yield first, last, src, f"broad:shared:{form}"

    def _broad_marks(
        self,
        s: _Sentence,
        memory: dict[str, SourceType],
        found: list[tuple[int, int, _Source]],
    ) -> Iterator[tuple[int, int, _Source, str]]:
        """Broad mode: a bare colon or dash cue next to a named speaker.

        "Pat Caddell: Voters are worried" (a speaker before a colon that opens
        the sentence), "“...” ― Jane Doe" (a dash that signs a quotation).
        """
        lows, n = s.lows, s.n
        used = {f[0] for f in found}
        # "Speaker: statement", the speaker opening the sentence
        lead = s.marks()[0]  # after a leading quote mark: '"WALLACE: ...'
        for c in range(lead + 1, min(n - 1, lead + (12 if s.headline else 8))):
            if lows[c] == ":":
                if c not in used and not any(f[0] < c for f in found):
                    chunk = self._chunk_right(s, lead, c)
                    src: _Source | None = None
                    if (
                        chunk is not None
                        and chunk[1] == c - 1
                        and self._speaker_head(s, c - 1)
                    ):
                        a, b = chunk
                        typ, conf = self._classify(s, a, b, memory)
                        label = self._transcript_label(s, a, b)
                        if label:
                            typ, conf = SourceType.NAMED_PERSON, 0.8
                        if label or self._colon_speaker(s, a, b, typ, memory):
                            src = _Source(a, b, typ, conf)
                    if src is None and s.headline:
                        src = self._headline_speaker(s, lead, c, memory)
                    if src is not None:
                        yield c, c, src, "broad:colon"
                break
            if lows[c] in _STOPS or lows[c] in _QUOTE_LIKE:
                break
        # "“...” ― Jane Doe": a dash after a quotation (or opening the sentence)
        for d in range(n - 1):
            if lows[d] not in _BROAD_DASHES or d in used:
                continue
            if not (d == 0 or lows[d - 1] in _CLOSING_QUOTES):
                continue
            chunk = self._chunk_right(s, d + 1, n)
            if chunk is None or not self._is_name(s, chunk[1]):
                continue
            a, b = chunk
            typ, conf = self._classify(s, a, b, memory)
            yield d, d, _Source(a, b, typ, conf), "broad:dash"

    def _headline_speaker(
        self, s: _Sentence, lead: int, c: int, memory: dict[str, SourceType]
    ) -> _Source | None:
        """The speaker of a headline's colon at ``c``, or None.

        "Pence: ..." (one name), "Poll: ..." (a document), "Obama on Climate
        Change: ..." (a name, then its topic), "Warren Hammers Bank CEO: 'You
        Should ...'" (a name opening a headline whose colon opens a quotation).
        Headings ("Stealth Over Health: ...", "The Latest: ...") name no one.
        """
        lows, words = s.lows, s.words
        if c == lead + 1:
            w, low = words[lead], lows[lead]
            if low in _HEADLINE_DOCUMENTS and _is_cap(w):
                return _Source(lead, lead, SourceType.DOCUMENT, 0.7)
            if (
                not self._is_name(s, lead)
                or low in _LABELS
                or low in self._verbs
                or low in self._places
                or (w.isupper() and len(w) > 3)
                or w.endswith(("'s", "\u2019s"))
            ):
                return None
            typ, conf = self._classify(s, lead, lead, memory)
            return _Source(lead, lead, typ, conf) if typ in _HEADLINE_SPEAKERS else None
        on = lows.index("on", lead, c) if "on" in lows[lead:c] else -1
        quoted = c + 1 < s.n and words[c + 1] in _QUOTE_LIKE
        if on <= lead and not quoted:
            return None
        # the name opening the headline (after "A lesson from" before a quotation)
        a = lead
        while quoted and a < c and not self._is_name(s, a):
            a += 1
        chunk = self._chunk_right(s, a, on if on > lead else c)
        if chunk is None or (on > lead and chunk[1] != on - 1):
            return None
        a, b = chunk
        if quoted:
            b = min(b, a + 2)  # "Elizabeth Warren Hammers Wells Fargo CEO"
        if not (self._is_name(s, a) and self._is_name(s, b)) or b - a > 3:
            return None
        typ, conf = self._classify(s, a, b, memory)
        return _Source(a, b, typ, conf) if typ in _HEADLINE_SPEAKERS else None

    def _headline(self, s: _Sentence) -> None:
        """Broad mode: mark a headline and read its title case.

        In a headline in title case ("Trump Says ...", "..., Lindsey Graham
        Says."), the first capitalised reporting verb in the present tense
        after a name is read as the lower-case verb; one closing the headline
        only after a comma ("Police Shooting Comments." is a noun).
        """
        s.headline = True
        words, lows = s.words, s.lows
        long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
        if len(long) < 3 or sum(1 for w in long if w[:1].isupper()) < 0.8 * len(long):
            return
        verbs = self._verbs
        end = s.n - 1 if lows[-1] in _STOPS else s.n
        for i in range(1, end):
            w, low = words[i], lows[i]
            if (
                w[:1].isupper()
                and not w.isupper()
                and low in verbs
                and low.endswith("s")
                and not low.endswith("ss")
                and self._is_name(s, i - 1)
                and (i < end - 1 or "," in lows[:i])
            ):
                words[i] = low
                return

    def _transcript_label(self, s: _Sentence, a: int, b: int) -> bool:
        """Whether ``[a, b]`` is a transcript's speaker label ("WALLACE:").

        One to three upper-case words (not "UPDATE:", "WATCH:") opening a
        line, optionally after a quotation mark.
        """
        words = s.words[a : b + 1]
        if not (
            len(words) <= 3
            and all(w.isupper() and w[:1].isalpha() for w in words)
            and not any(w.lower().strip(".") in _LABELS for w in words)
        ):
            return False
        p = s.starts[a]
        text = s.text
        while p > 0 and (text[p - 1] in _QUOTE_LIKE or text[p - 1] in " \t"):
            p -= 1
        return p == 0 or text[p - 1] == "\n"

    def _colon_speaker(
        self,
        s: _Sentence,
        a: int,
        b: int,
        typ: SourceType,
        memory: dict[str, SourceType],
    ) -> bool:
        """Whether ``[a, b]`` before a colon is a person's name, not a label.

        "Correction:", "Editor's note:", "The Latest:" and headings ("Limited
        Tools to Fight Terrorism:") are labels; a speaker is a person named
        earlier in the article ("Sanders:") or a full name ("Pat Caddell:").
        """
        if typ is not SourceType.NAMED_PERSON:
            return False
        words = s.words[a : b + 1]
        if any(
            not _is_cap(w) or w.endswith(("'s", "\u2019s")) or w.lower() in self._verbs
            for w in words
        ):
            return False
        if memory.get(s.lows[b].strip(".")) is SourceType.NAMED_PERSON:
            return True  # "Sanders:", a transcript's "WALLACE:"
        return (
            2 <= len(words) <= 3
            and s.lows[a] not in _DET
            and not any(w.isupper() and len(w) > 3 for w in words)
        )

    def _speaker_head(self, s: _Sentence, b: int) -> bool:
        """Whether token ``b`` can head a speaker: a name, a person or a poll."""
        return self._is_name(s, b) or self._heads.get(s.lows[b]) in (
            "role",
            "title",
            "journalist",
            "organization",
            "document",
            "media",
            "collective",
        )

    def _channels_of(
        self,
        s: _Sentence,
        memory: dict[str, SourceType],
        found: list[tuple[int, int, _Source]],
    ) -> Iterator[tuple[int, int, _Source, str]]:
        """Attach sentence-level channels to the sentence's cues (call 8).

        A channel goes to the first cue found (in the order found) after the
        phrase, else to the last cue found; found lists are indexed once so
        that a sentence with many channels and cues stays linear.
        """
        channels = self._lead_channels(s, memory)
        if not channels:
            return
        # cue positions in ascending order, each with the least index in
        # ``found`` of a cue at or after it
        order = sorted(range(len(found)), key=lambda x: found[x][0])
        keys = [found[x][0] for x in order]
        least = order[:]
        for x in range(len(least) - 2, -1, -1):
            least[x] = min(least[x], least[x + 1])
        spans = {(f[2].a, f[2].b) for f in found}
        last = found[-1]
        for pos, ch in channels:
            # attach to the nearest cue after the phrase, else the one before
            x = bisect_right(keys, pos)
            cue = found[least[x]] if x < len(keys) else last
            if (ch.a, ch.b) not in spans:
                last = (cue[0], cue[1], ch)
                found.append(last)
                spans.add((ch.a, ch.b))
                yield cue[0], cue[1], ch, f"channel:{s.lows[cue[0]]}"

    def _extras(
        self,
        s: _Sentence,
        first: int,
        last: int,
        src: _Source,
        memory: dict[str, SourceType],
        found: list[tuple[int, int, _Source]],
    ) -> Iterator[tuple[int, int, _Source, str]]:
        """Outlets and accounts the statement went through (judgement call 8)."""
        lows = s.lows
        j = max(last, src.b) + 1 if src.a > last else last + 1
        form = lows[first]
        if form in ("told", "tell", "tells", "telling") and j == last + 1:
            y = self._right_source(s, j, memory)
            if y is not None and (
                y.type is not SourceType.MEDIA_OUTLET
                and self._heads.get(lows[y.b]) != "media"
                and (s.words[j][:1].isupper() or lows[j] == "the")
            ):
                y = self._registry_outlet(s, j, memory) or y
            if y is not None and (
                y.type is SourceType.MEDIA_OUTLET
                or self._heads.get(lows[y.b]) == "media"
            ):
                found.append((first, last, y))
                yield first, last, y, f"told-outlet:{form}"
                j = y.b + 1
            elif y is not None:
                j = y.b + 1
        # skip "on Monday", "earlier", "then"
        while j < s.n and (
            lows[j] in _WEEKDAYS
            or lows[j] in _TIME_WORDS
            or lows[j] in ("then", "also")
        ):
            j += 1
        if j + 1 < s.n and lows[j] == "on" and lows[j + 1] in _WEEKDAYS:
            j += 2
        if j + 1 < s.n and lows[j] == "," and lows[j + 1] in _CHANNEL_PREP:
            j += 1  # "said, in a statement, that": a channel set off by commas
        ch = self._channel(s, j, memory)
        if ch is not None:
            found.append((first, last, ch))
            yield first, last, ch, f"channel:{form}"

    # ---------------------------------------------------------- annotate
    def annotate(self, doc: Document) -> Iterator[AttributionFinding | FlagFinding]:
        """Yield attributions in body sentences, then quotation continuations."""
        text = doc.text
        memory: dict[str, SourceType] = {}
        attributed: set[int] = set()
        lower = text.lower()
        triggers = self._triggers
        broad = self.broad
        for index, seg in doc.content_segments():
            # most sentences hold no cue: a set lookup of their words rules them out
            if triggers.isdisjoint(
                _LETTERS.findall(lower, seg.start, seg.end)
            ) and not (
                _GLUE_HINT.search(text, seg.start, seg.end)
                or _QUOTE_END_HINT.search(text, seg.start, seg.end)
                or _follows_quote(text, seg.start)
                or (broad and _BROAD_HINT.search(text, seg.start, seg.end))
            ):
                continue
            s = _Sentence(text, seg.start, seg.end, self._verbs)
            if not s.n:
                continue
            if broad and not memory and _is_headline(text, seg.start, seg.end):
                self._headline(s)
            # source order within a cue, so several sources of one verb read in order
            found = sorted(
                self._sentence(s, memory, after_quote=_follows_quote(text, seg.start)),
                key=lambda f: (f[0], f[2].a),
            )
            for first, last, src, rule in found:
                pattern = rule.split(":", 1)[0]
                conf = min(
                    1.0, _PATTERN_CONF.get(pattern, 0.8) * (0.5 + src.confidence / 2)
                )
                if src.type in (SourceType.NAMED_PERSON, SourceType.MEDIA_OUTLET):
                    memory[s.lows[src.b].strip(".")] = src.type
                attributed.add(index)
                yield AttributionFinding(
                    s.starts[first],
                    s.ends[last],
                    s.starts[src.a],
                    s.ends[src.b],
                    src.type,
                    rule,
                    round(conf, 4),
                )
        yield from _quoted_flags(doc, attributed)


def _is_headline(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` is a document's first line, with more after it."""
    if text[:start].strip() or "\n" in text[start:end].strip():
        return False
    rest = text[end:]
    stripped = rest.lstrip(" \t")
    return stripped.startswith(("\n", "\r")) and bool(stripped.strip())


def _follows_quote(text: str, start: int) -> bool:
    """Whether ``start`` follows a quote ended by "!" or "?" (``“Go!” X yelled``)."""
    p = start
    while p > 0 and text[p - 1] in " \t":
        p -= 1
    return p >= 2 and text[p - 1] in '"\u201d' and text[p - 2] in "!?"


def _quoted_flags(doc: Document, attributed: set[int]) -> Iterator[FlagFinding]:
    """Flag body sentences that continue an attributed quotation (call 22).

    A sentence mostly inside quotation marks, with no attribution of its own,
    is covered when another sentence of the same quotation is attributed, or
    when it directly follows an attributed sentence that quotes, or a sentence
    already covered this way (``"...," said X. "More."``).
    """
    quotes = doc.quotations
    if not quotes:
        return
    starts = [q.start for q in quotes]
    text = doc.text
    body = list(doc.content_segments())
    # quotation index -> attributed?
    quote_attributed: set[int] = set()
    seg_quotes: dict[int, list[int]] = {}
    inside: dict[int, float] = {}
    for index, seg in body:
        qi = max(0, bisect_right(starts, seg.start) - 1)
        covered = 0
        ids: list[int] = []
        while qi < len(quotes) and quotes[qi].start < seg.end:
            q = quotes[qi]
            ov = min(q.end, seg.end) - max(q.start, seg.start)
            if ov > 0:
                covered += ov
                ids.append(qi)
            qi += 1
        seg_quotes[index] = ids
        size = seg.end - seg.start
        spaces = text.count(" ", seg.start, seg.end)
        inside[index] = covered / max(1, size - spaces) if size else 0.0
        if index in attributed:
            quote_attributed.update(ids)
    covered_prev = False
    for pos, (index, _seg) in enumerate(body):
        ids = seg_quotes[index]
        flagged = False
        if index not in attributed and ids and inside[index] >= 0.6:
            if any(q in quote_attributed for q in ids):
                yield FlagFinding(Layer.QUOTED, index, True, "quote-continues", 0.9)
                flagged = True
            elif pos > 0:
                prev = body[pos - 1][0]
                if covered_prev or (prev in attributed and seg_quotes[prev]):
                    yield FlagFinding(Layer.QUOTED, index, True, "quote-follows", 0.75)
                    flagged = True
        covered_prev = flagged
