"""Document scores: pure functions from annotated sentences to 0-100 figures.

Every score says which sentences moved it and what it summed, so a reader can
trace it back. The formulas are documented in ``docs/scoring.md``.

The text-only score (``text``) is a calibrated logistic model over a few text
signals (``text_signals``): its coefficients and feature scaling are data
(``data/models/text_score.json``, built by ``scripts/calibrate_scores.py``);
here it is evaluated in plain Python, and each signal's share of the result
is reported in points.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache

from reliability.config import ScoreWeights
from reliability.errors import ResourceError
from reliability.quotes import Quotation, quotations_of
from reliability.readability import body_readability
from reliability.resources import load_lexicon, load_model
from reliability.schema import (
    Attribution,
    CitedOutlet,
    DocumentScores,
    Outlet,
    Rating,
    Score,
    Sentence,
    SourceType,
)

__all__ = [
    "Signal",
    "TextModel",
    "data_digests",
    "score_document",
    "score_provenance",
    "text_model",
    "text_signals",
]

#: Fewer body words than this and there is nothing to judge.
MIN_WORDS = 30

#: Style lexicon classes (``data/lexicons/style.tsv``); any other class fails.
STYLE_CLASSES = frozenset(
    {
        "hype",
        "conspiracy",
        "innuendo",
        "first_person",
        "second_person",
        "calendar",
        "plain_verb",
    }
)

#: The text signals, in the order they are reported, and what each measures.
SIGNALS: dict[str, str] = {
    "reported_speech": "'said' per 100 words: statements reported as someone's",
    "plain_verbs": "share of attributions made with a plain reporting verb "
    "('said', 'told', 'according to') rather than a characterising one "
    "('claimed', 'admitted', 'slammed')",
    "dateline": "the text opens with a dateline (PLACE - or PLACE (Agency) -)",
    "specific_detail": "share of sentences with a figure or a date",
    "own_voice_claims": "share of checkable claims the writer states in their own "
    "voice, without attribution",
    "exclamations": "share of sentences with '!' in the writer's own voice",
    "hype": "sensational, loaded or promotional words per 100 own-voice words",
    "conspiracy": "conspiracy framing per 100 own-voice words",
    "innuendo": "insinuation without a source per 100 own-voice words",
    "first_person": "the writer's 'I' per 100 own-voice words",
    "second_person": "'you' addressing the reader per 100 own-voice words",
    "scare_quotes": "short quotations of a few words per sentence",
    "outlet_sourced": "share of attributions whose source is another news outlet",
    "quoted_share": "share of the body's characters inside direct quotations",
    "embedded_posts": "share of sentences that are pasted social-media posts or "
    "links (a '(@handle) Month D, YYYY' signature, a web address)",
    "block_quotes": "share of sentences ending in a colon that introduce a "
    "pasted excerpt, post or video",
    "reading_grade": "automated readability index of the body (a US school "
    "grade): longer sentences of longer words grade higher",
}

_WORD = re.compile(r"[^\W\d_][\w'\u2019-]*")
# A dateline is a layout convention (capitals, optional agency, a dash), so
# it is a pattern, not a list of places or agencies.
_DATELINE = re.compile(
    r"\s*[A-Z][A-Z.'\u2019 -]{2,40}(?:, [A-Z][\w. ]{1,30})?\s*"
    r"(?:\([^)\n]{1,40}\))?\s*(?:--|[-\u2013\u2014])\s"
)
_DIGIT = re.compile(r"\d")
# A pasted post is recognised by its layout: the signature an embedded post
# leaves in page text, or a bare web address. Checked only in sentences that
# hold '@', '://' or 'pic.' at all.
_EMBEDDED = re.compile(
    r"\(@\w+\)\s+[A-Z][a-z]+\.? \d{1,2}, \d{4}|pic\.twitter\.com/|https?://\S"
)
# Looked up once, not on the enum for every attribution.
_MEDIA_OUTLET = SourceType.MEDIA_OUTLET
#: Longest quotation (marks included) counted as a scare quote.
_SCARE_QUOTE_CHARS = 30
#: Style classes counted per 100 own-voice words.
_WORD_CLASSES = ("hype", "conspiracy", "innuendo", "first_person", "second_person")


@dataclass(frozen=True, slots=True)
class Signal:
    """One measured text signal: its raw value and the sentences behind it.

    ``basis`` is how much text a rate was measured over, in the unit of its
    denominator (sentences, attributions, claims, hundreds of words); 0 for
    a signal that is not a rate. The model pulls a rate measured over little
    text towards the calibration average (``TextModel.terms``).
    """

    value: float
    sentences: tuple[int, ...]
    detail: str
    basis: float = 0.0


@dataclass(frozen=True)
class _Style:
    words: dict[str, str]
    # first word -> (the phrase's words, class), longest phrases first
    phrases: dict[str, list[tuple[tuple[str, ...], str]]]
    calendar: frozenset[str]
    plain_verbs: frozenset[str]
    hype_forms: frozenset[str]  # hype words as written, for the loaded terms
    words_set: frozenset[str]  # every single word
    phrase_ends: frozenset[str]  # every phrase's last word
    # a phrase's last word -> the first words of the phrases that end with it
    starts_by_end: dict[str, frozenset[str]]
    keys: frozenset[str]  # both: a sentence without any holds no style marker
    sha256: str


@cache
def _style() -> _Style:
    lex = load_lexicon("style")
    words: dict[str, str] = {}
    phrases: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    calendar: set[str] = set()
    plain: set[str] = set()
    for entry, cls in lex.entries.items():
        if cls not in STYLE_CLASSES:
            raise ResourceError(
                f"style lexicon: entry {entry!r} has class {cls!r}; valid: "
                f"{', '.join(sorted(STYLE_CLASSES))}"
            )
        parts = tuple(_WORD.findall(entry))
        if " ".join(parts) != entry:
            raise ResourceError(
                f"style lexicon: entry {entry!r} is not a sequence of words"
            )
        if cls == "calendar":
            calendar.add(entry)
        elif cls == "plain_verb":
            plain.add(entry)
        elif len(parts) == 1:
            words[entry] = cls
        else:
            phrases.setdefault(parts[0], []).append((parts, cls))
    for options in phrases.values():
        options.sort(key=lambda p: -len(p[0]))
    ends = frozenset(p[-1] for options in phrases.values() for p, _ in options)
    starts_by_end = {
        end: frozenset(
            p[0] for options in phrases.values() for p, _ in options if p[-1] == end
        )
        for end in ends
    }
    return _Style(
        words=words,
        phrases=phrases,
        calendar=frozenset(calendar),
        plain_verbs=_written_forms(plain),
        hype_forms=_written_forms(w for w, cls in words.items() if cls == "hype"),
        words_set=frozenset(words),
        phrase_ends=ends,
        starts_by_end=starts_by_end,
        # A phrase can only be found where its longest word is; a long word
        # is rarer than a short one ("truth" in "the truth about"), so it
        # makes the better test of whether a sentence needs a look.
        keys=frozenset(words) | {max(p, key=len) for p in _phrase_words(phrases)},
        sha256=lex.sha256,
    )


def _phrase_words(
    phrases: dict[str, list[tuple[tuple[str, ...], str]]],
) -> list[tuple[str, ...]]:
    """The words of every phrase."""
    return [p for options in phrases.values() for p, _ in options]


def _written_forms(entries: Iterable[str]) -> frozenset[str]:
    """Lower-case entries as written in text: as they are, capitalised, in capitals.

    The hot loop then need not lower-case every cue it compares.
    """
    return frozenset(f for e in entries for f in (e, e.capitalize(), e.upper()))


@dataclass
class _Tally:
    """Running counts of one document's signals."""

    words: int = 0
    own_words: int = 0
    said: int = 0
    claims: int = 0
    own_claims: int = 0
    scare: int = 0
    chars: int = 0
    quoted_chars: int = 0
    attributions: int = 0
    plain: int = 0
    by_outlet: int = 0
    grade: float = 0.0


def text_signals(
    text: str,
    sentences: Sequence[Sentence],
    *,
    readability: Mapping[str, float] | None = None,
) -> dict[str, Signal]:
    """Measure every text signal over the body sentences of a document.

    Args:
        text: The document text the sentences index.
        sentences: The document's sentences, in order.
        readability: The body's readability figures
            (``reliability.readability``), when already computed; measured
            here otherwise.

    Returns:
        Each signal of ``SIGNALS`` with its raw value and the indexes of the
        sentences behind it.
    """
    return _measure(text, sentences, readability)[0]


def _measure(
    text: str,
    sentences: Sequence[Sentence],
    readability: Mapping[str, float] | None = None,
    body: list[tuple[int, Sentence]] | None = None,
) -> tuple[dict[str, Signal], int]:
    """The signals and the number of body words (``body``: the indexed body
    sentences, when the caller has listed them)."""
    style = _style()
    if body is None:
        body = [(i, s) for i, s in enumerate(sentences) if not s.boilerplate]
    quotes = _body_quotations(text, body)
    hits: dict[str, list[int]] = {k: [] for k in SIGNALS}
    counts: dict[str, int] = dict.fromkeys(_WORD_CLASSES, 0)
    tally = _Tally()
    # Hot loop: plain locals rather than attribute and dict look-ups.
    said_at, specific_at = hits["reported_speech"], hits["specific_detail"]
    embedded_at, block_at = hits["embedded_posts"], hits["block_quotes"]
    own_claim_at, exclaim_at = hits["own_voice_claims"], hits["exclamations"]
    keys, calendar = style.keys, style.calendar
    findall, digit, embedded = _WORD.findall, _DIGIT.search, _EMBEDDED.search
    words = own_words = chars = said_total = claims = 0
    # Lower-case the text once; per sentence only where lower-casing changes
    # the length (a few non-ASCII letters), which would shift the offsets.
    lowered = text.lower().replace("\u2019", "'")
    same_length = len(lowered) == len(text)
    may_embed = "@" in text or "://" in text or "pic." in text
    qi, nq = 0, len(quotes)
    # Quoted sentences are read in pieces (``_voices``) unless a quotation
    # written with two apostrophes ('') may touch a word.
    in_pieces = same_length and "''" not in text
    may_exclaim = "!" in text
    next_digit = -1  # the first digit at or after the last search's start
    for i, s in body:
        start, end = s.start, s.end
        # The writer's own voice: the sentence minus its direct quotations.
        while qi < nq and quotes[qi].end <= start:
            qi += 1
        is_quoted = qi < nq and quotes[qi].start < end
        inside: Sequence[Quotation] = ()
        if not is_quoted:
            # Searched in place (``pos``, ``endpos``), not in a copy of the
            # sentence: the patterns look neither behind nor at the string's
            # ends, so the matches are those of the slice.
            tokens = own_tokens = (
                findall(lowered, start, end)
                if same_length
                else findall(text[start:end].lower().replace("\u2019", "'"))
            )
            exclaims = may_exclaim and text.find("!", start, end) >= 0
        elif in_pieces:
            own_tokens, tokens, inside, exclaims = _voices(
                lowered, i, start, end, quotes, qi, hits, tally
            )
        else:
            own_tokens, tokens, inside, exclaims = _whole_voices(
                text, lowered, same_length, i, s, quotes, qi, hits, tally
            )
        words += len(tokens)
        chars += end - start
        said = tokens.count("said")
        if said:
            said_total += said
            said_at.append(i)
        # Specific detail: a figure (no digit lies before ``next_digit``), or
        # a month or weekday name capitalised ("May 3", not "it may rain").
        if next_digit < start:
            found = digit(text, start)
            next_digit = found.start() if found else len(text)
        if next_digit < end or (
            not calendar.isdisjoint(tokens) and _dated(text, start, end, tokens)
        ):
            specific_at.append(i)
        # Layout: a pasted post's signature or a link; a colon before a
        # paste (sentences are trimmed, so the colon is the last character).
        if may_embed and embedded(text, start, end):
            embedded_at.append(i)
        if text.endswith(":", start, end):
            block_at.append(i)
        if s.claim:
            claims += 1
            if s.unsourced_claim:
                own_claim_at.append(i)
        own_words += len(own_tokens)
        # Most sentences hold no style word at all: one set operation says so.
        if not keys.isdisjoint(own_tokens):
            _count_style(i, own_tokens, style, hits, counts)
        if s.loaded:
            _count_loaded(i, s, inside, style, hits, counts)
        if exclaims:
            exclaim_at.append(i)
        if s.attributions:
            _count_sources(i, s, style.plain_verbs, hits, tally)
    if may_embed:
        _embedded_by_signature(text, sentences, embedded_at)
    tally.words, tally.own_words, tally.chars = words, own_words, chars
    tally.said, tally.claims, tally.own_claims = said_total, claims, len(own_claim_at)
    tally.grade = _reading_grade(text, sentences, readability)
    return _signals(text, body, hits, counts, tally), tally.words


def _reading_grade(
    text: str, sentences: Sequence[Sentence], readability: Mapping[str, float] | None
) -> float:
    """The body's automated readability index, from ``readability`` when given."""
    if not readability:
        # Not computed (or the body has no words): measured here, on the
        # same body the analyzer's figures read.
        readability = body_readability(text, sentences)
    return readability.get("automated_readability_index", 0.0)


def _embedded_by_signature(
    text: str, sentences: Sequence[Sentence], embedded_at: list[int]
) -> None:
    """Mark a post whose link or signature stands on a line of its own.

    A pasted post's ``https://t.co/...`` link or its "- Name (@handle) Month
    D, YYYY" signature is page furniture, a boilerplate line of its own; the
    post's words before it are body. The signature marks the body sentence
    just before it as a pasted post (the sentence, not the link, is what the
    signal lists).
    """
    marked = set(embedded_at)
    last_body = -1
    for i, s in enumerate(sentences):
        if not s.boilerplate:
            last_body = i
        elif (
            last_body >= 0
            and last_body == i - 1
            and last_body not in marked
            and _EMBEDDED.search(text, s.start, s.end)
        ):
            marked.add(last_body)
            embedded_at.append(last_body)
    embedded_at.sort()


def _note_scare_quote(
    q: Quotation, i: int, start: int, hits: dict[str, list[int]], tally: _Tally
) -> None:
    """Count ``q`` as a scare quote of sentence ``i`` when it is short and
    opens inside the sentence (starting at ``start``)."""
    if q.start >= start and q.end - q.start <= _SCARE_QUOTE_CHARS:
        tally.scare += 1
        scare_at = hits["scare_quotes"]
        if not scare_at or scare_at[-1] != i:
            scare_at.append(i)


def _own_voice(
    text: str,
    i: int,
    s: Sentence,
    quotes: Sequence[Quotation],
    qi: int,
    hits: dict[str, list[int]],
    tally: _Tally,
) -> tuple[str, list[Quotation]]:
    """The sentence without its quotations, and the quotations it overlaps.

    Counts the quoted characters and the scare quotes on the way.
    """
    start, end = s.start, s.end
    parts: list[str] = []
    inside: list[Quotation] = []
    pos = start
    for q in quotes[qi:]:
        if q.start >= end:
            break
        inside.append(q)
        tally.quoted_chars += min(q.end, end) - max(q.start, start)
        if q.start > pos:
            parts.append(text[pos : q.start])
        pos = max(pos, q.end)
        _note_scare_quote(q, i, start, hits, tally)
    if inside:
        hits["quoted_share"].append(i)
    if pos < end:
        parts.append(text[pos:end])
    return " ".join(parts), inside


def _dated(text: str, start: int, end: int, tokens: list[str]) -> bool:
    """Whether a month or weekday name among ``tokens`` is written capitalised
    in the sentence ("May 3", not "it may rain")."""
    sentence = text[start:end]
    names = _style().calendar.intersection(tokens)
    return any(t.capitalize() in sentence for t in names)


def _whole_voices(
    text: str,
    lowered: str,
    same_length: bool,
    i: int,
    s: Sentence,
    quotes: Sequence[Quotation],
    qi: int,
    hits: dict[str, list[int]],
    tally: _Tally,
) -> tuple[list[str], list[str], list[Quotation], bool]:
    """``_voices`` for a text that is not read in pieces: the sentence's
    words read whole, the writer's read again from the sentence cut of its
    quotations."""
    findall = _WORD.findall
    tokens = (
        findall(lowered, s.start, s.end)
        if same_length
        else findall(text[s.start : s.end].lower().replace("\u2019", "'"))
    )
    # Cut from the lower-cased text when its offsets are the text's.
    own, inside = _own_voice(
        lowered if same_length else text, i, s, quotes, qi, hits, tally
    )
    own_tokens = findall(own if same_length else own.lower().replace("\u2019", "'"))
    return own_tokens, tokens, inside, "!" in own


def _voices(
    lowered: str,
    i: int,
    start: int,
    end: int,
    quotes: Sequence[Quotation],
    qi: int,
    hits: dict[str, list[int]],
    tally: _Tally,
) -> tuple[list[str], list[str], list[Quotation], bool]:
    """The writer's words and all words of a quoted sentence, read in pieces.

    A quotation begins at a mark and ends after one or at a line break, none
    of which a word holds, so the words of the pieces are the words of the
    sentence: each piece is read once.

    Returns the words outside quotations (in order), every word of the
    sentence (the writer's, then the quoted ones), the quotations the
    sentence overlaps and whether the writer's words hold a '!'. Counts the
    quoted characters and the scare quotes as ``_own_voice`` does.
    """
    findall = _WORD.findall
    own: list[str] = []
    quoted: list[str] = []
    inside: list[Quotation] = []
    exclaims = False
    pos = start
    for k in range(qi, len(quotes)):
        q = quotes[k]
        if q.start >= end:
            break
        inside.append(q)
        q_start, q_end = q.start, q.end
        cut = q_end if q_end < end else end
        if q_start > pos:
            own += findall(lowered, pos, q_start)
            exclaims = exclaims or lowered.find("!", pos, q_start) >= 0
            quoted += findall(lowered, q_start, cut)
            tally.quoted_chars += cut - q_start
        else:
            quoted += findall(lowered, pos, cut)
            tally.quoted_chars += cut - (q_start if q_start > start else start)
        if q_end > pos:
            pos = q_end
        # Only a short quotation can be a scare quote: a long one is not
        # looked at again.
        if q_end - q_start <= _SCARE_QUOTE_CHARS:
            _note_scare_quote(q, i, start, hits, tally)
    hits["quoted_share"].append(i)
    if pos < end:
        own += findall(lowered, pos, end)
        exclaims = exclaims or lowered.find("!", pos, end) >= 0
    return own, own + quoted, inside, exclaims


def _count_style(
    i: int,
    own_tokens: list[str],
    style: _Style,
    hits: dict[str, list[int]],
    counts: dict[str, int],
) -> None:
    """Style words and phrases in the writer's own words.

    Each occurrence of a word counts, and at each position the longest
    phrase that starts there. Only the style keys the sentence holds are
    looked at, and a phrase only when all its words are in the sentence.
    """
    words_of, phrases_of = style.words, style.phrases
    present = set(own_tokens)
    found: set[str] = set()
    for tok in style.words_set.intersection(present):
        cls = words_of[tok]
        counts[cls] += own_tokens.count(tok)
        found.add(cls)
    # Only a phrase whose last word is present can match, so only the first
    # words of such phrases are looked for.
    starts: set[str] = set()
    for last in style.phrase_ends.intersection(present):
        starts.update(style.starts_by_end[last])
    for tok in starts.intersection(present):
        options = [o for o in phrases_of[tok] if present.issuperset(o[0])]
        if not options:
            continue
        for j, t in enumerate(own_tokens):
            if t != tok:
                continue
            for phrase, cls in options:
                if tuple(own_tokens[j : j + len(phrase)]) == phrase:
                    counts[cls] += 1
                    found.add(cls)
                    break
    for cls in found:
        hits[cls].append(i)


def _count_loaded(
    i: int,
    s: Sentence,
    inside: Sequence[Quotation],
    style: _Style,
    hits: dict[str, list[int]],
    counts: dict[str, int],
) -> None:
    """Loaded terms marked in the writer's own voice count as hype (once each)."""
    at = hits["hype"]
    for cue in s.loaded:
        if cue.text not in style.hype_forms and not (
            inside and any(q.start <= cue.start < q.end for q in inside)
        ):
            counts["hype"] += 1
            if not at or at[-1] != i:
                at.append(i)


def _count_sources(
    i: int,
    s: Sentence,
    plain_verbs: frozenset[str],
    hits: dict[str, list[int]],
    tally: _Tally,
) -> None:
    """Attributions: how many, how many with a plain verb, how many to outlets."""
    plain_at, outlet_at = hits["plain_verbs"], hits["outlet_sourced"]
    for a in s.attributions:
        tally.attributions += 1
        if a.cue.text in plain_verbs:
            tally.plain += 1
            if not plain_at or plain_at[-1] != i:
                plain_at.append(i)
        if a.source_type is _MEDIA_OUTLET:
            tally.by_outlet += 1
            if not outlet_at or outlet_at[-1] != i:
                outlet_at.append(i)


def _body_quotations(
    text: str, body: Sequence[tuple[int, Sentence]]
) -> list[Quotation]:
    """The direct quotations that overlap the body, in order."""
    if not body:
        return []
    first, last = body[0][1].start, body[-1][1].end
    return [q for q in quotations_of(text) if q.end > first and q.start < last]


def _signals(
    text: str,
    body: Sequence[tuple[int, Sentence]],
    hits: dict[str, list[int]],
    counts: Mapping[str, int],
    tally: _Tally,
) -> dict[str, Signal]:
    """Each signal's value, sentences and detail, from what the loop counted."""
    n = max(len(body), 1)
    for i, s in body[:2]:
        if _DATELINE.match(text, s.start, s.end):
            hits["dateline"].append(i)
            break
    per_word = 100.0 / max(tally.own_words, 1)
    values = {
        "reported_speech": 100.0 * tally.said / max(tally.words, 1),
        "dateline": 1.0 if hits["dateline"] else 0.0,
        "specific_detail": len(hits["specific_detail"]) / n,
        "own_voice_claims": tally.own_claims / tally.claims if tally.claims else 0.0,
        "exclamations": len(hits["exclamations"]) / n,
        "scare_quotes": tally.scare / n,
        "plain_verbs": tally.plain / tally.attributions if tally.attributions else 0.0,
        "outlet_sourced": (
            tally.by_outlet / tally.attributions if tally.attributions else 0.0
        ),
        "quoted_share": tally.quoted_chars / max(tally.chars, 1),
        "embedded_posts": len(hits["embedded_posts"]) / n,
        "block_quotes": len(hits["block_quotes"]) / n,
        # A grade below 0 (a text of one-letter words) reads as 0.
        "reading_grade": max(tally.grade, 0.0),
    }
    details = {
        "reported_speech": f"{tally.said} 'said' in {tally.words} words",
        "dateline": "dateline" if hits["dateline"] else "no dateline",
        "own_voice_claims": f"{tally.own_claims} of {tally.claims} claims in the "
        "writer's voice",
        "scare_quotes": f"{tally.scare} short quotations",
        "plain_verbs": f"{tally.plain} of {tally.attributions} attributions",
        "outlet_sourced": f"{tally.by_outlet} of {tally.attributions} attributions",
        "quoted_share": f"{tally.quoted_chars} of {tally.chars} characters quoted",
        "reading_grade": f"grade {tally.grade:.1f} over {len(body)} sentences",
    }
    # What each rate is over: short texts' rates are shrunk by the model.
    sentences, attributions = float(len(body)), float(tally.attributions)
    hundreds, own_hundreds = tally.words / 100.0, tally.own_words / 100.0
    bases = {
        "reported_speech": hundreds,
        "specific_detail": sentences,
        "own_voice_claims": float(tally.claims),
        "exclamations": sentences,
        "scare_quotes": sentences,
        "plain_verbs": attributions,
        "outlet_sourced": attributions,
        "quoted_share": sentences,
        "embedded_posts": sentences,
        "block_quotes": sentences,
    }
    for cls in _WORD_CLASSES:
        values[cls] = counts[cls] * per_word
        bases[cls] = own_hundreds
        details[cls] = f"{counts[cls]} in {tally.own_words} own-voice words"
    out = {}
    for name in SIGNALS:
        at = hits[name]
        detail = details.get(name)
        if detail is None:  # a share of sentences
            detail = f"{len(at)} of {len(body)} sentences"
        out[name] = Signal(values[name], tuple(at), detail, bases.get(name, 0.0))
    return out


@dataclass(frozen=True)
class TextModel:
    """The calibrated text-only model: per signal a transform, scaling and weight.

    A rate measured over little text is first pulled towards the
    calibration average: ``x_k = (v_k * n_k + a_k * m_k) / (n_k + a_k)``, with
    ``n_k`` the signal's basis (sentences, attributions, claims, hundreds of
    words), ``m_k`` the average rate and ``a_k`` the prior's weight (signals
    without a prior are used as measured). Then
    ``z_k = (f(x_k) - mean_k) / scale_k``, clipped to ``[-clip, clip]``;
    ``logit = intercept + sum_k weight_k * z_k`` and the score is
    ``100 * sigmoid(logit)``. The clip keeps one rare signal (a pasted post in
    a short text) from deciding the score alone.
    """

    intercept: float
    signals: dict[str, tuple[str, float, float, float]]  # transform, mean, scale, w
    name: str
    sha256: str
    clip: float = math.inf
    priors: Mapping[str, tuple[float, float]] = field(default_factory=dict)  # m, a

    @classmethod
    def from_params(
        cls, params: Mapping[str, object], *, name: str, sha256: str
    ) -> TextModel:
        """Build from the parsed JSON of a model file, checking every field."""
        try:
            intercept = float(params["intercept"])  # type: ignore[arg-type]
            clip = float(params.get("clip", math.inf))  # type: ignore[arg-type]
            if not clip > 0:
                raise ValueError(f"clip must be positive, not {clip}")
            raw = params["signals"]
            if not isinstance(raw, list) or not raw:
                raise TypeError("signals must be a non-empty list")
            signals: dict[str, tuple[str, float, float, float]] = {}
            priors: dict[str, tuple[float, float]] = {}
            for item in raw:
                sig = str(item["name"])
                transform = str(item["transform"])
                if sig not in SIGNALS:
                    raise ValueError(
                        f"unknown signal {sig!r}; known: {', '.join(SIGNALS)}"
                    )
                if transform not in _TRANSFORMS:
                    raise ValueError(
                        f"unknown transform {transform!r}; known: "
                        f"{', '.join(_TRANSFORMS)}"
                    )
                scale = float(item["scale"])
                if scale <= 0:
                    raise ValueError(f"scale of {sig!r} must be positive")
                signals[sig] = (
                    transform,
                    float(item["mean"]),
                    scale,
                    float(item["weight"]),
                )
                prior = item.get("prior")
                if prior is not None:
                    strength = float(prior["weight"])
                    if strength < 0:
                        raise ValueError(f"prior weight of {sig!r} must be >= 0")
                    priors[sig] = (float(prior["value"]), strength)
        except (KeyError, TypeError, ValueError) as exc:
            raise ResourceError(f"text score model {name!r}: {exc}") from None
        return cls(
            intercept=intercept,
            signals=signals,
            name=name,
            sha256=sha256,
            clip=clip,
            priors=priors,
        )

    def terms(
        self, values: Mapping[str, float], bases: Mapping[str, float] | None = None
    ) -> dict[str, float]:
        """Each signal's term of the logit.

        ``bases`` gives how much text each rate was measured over; a signal
        with a prior and no basis given is taken as measured over a lot.
        """
        out: dict[str, float] = {}
        clip, priors = self.clip, self.priors
        for sig, (transform, mean, scale, weight) in self.signals.items():
            x = values[sig]
            if bases is not None:
                prior = priors.get(sig)
                if prior is not None:
                    x = shrink(x, bases.get(sig, math.inf), *prior)
            z = (_TRANSFORMS[transform](x) - mean) / scale
            out[sig] = weight * max(-clip, min(clip, z))
        return out


def shrink(value: float, basis: float, prior: float, strength: float) -> float:
    """A rate pulled towards ``prior``, as if ``strength`` more units of text
    at the average rate had been read: ``(value * basis + strength * prior) /
    (basis + strength)``. Over much text (large basis) it stays the rate."""
    if strength <= 0 or math.isinf(basis):
        return value
    if basis + strength <= 0:
        return prior
    return (value * basis + strength * prior) / (basis + strength)


def _identity(x: float) -> float:
    return x


def _sqrt(x: float) -> float:
    return math.sqrt(max(x, 0.0))


#: Transforms a model file may name for a signal.
_TRANSFORMS: dict[str, Callable[[float], float]] = {
    "identity": _identity,
    "sqrt": _sqrt,
}


@cache
def text_model(name: str = "text_score") -> TextModel:
    """The packaged text-only score model (``data/models/<name>.json``)."""
    data = load_model(name)
    return TextModel.from_params(data.params, name=data.name, sha256=data.sha256)


def data_digests() -> dict[str, str]:
    """SHA-256 of the data files the scores read, for a report's provenance."""
    model = text_model()
    return {
        "lexicons/style": _style().sha256,
        f"models/{model.name}": model.sha256,
    }


def _sigmoid(z: float) -> float:
    if z >= 0:
        return 1.0 / (1.0 + math.exp(-z))
    e = math.exp(z)
    return e / (1.0 + e)


def _text_score(signals: Mapping[str, Signal], model: TextModel) -> Score:
    terms = model.terms(
        {k: v.value for k, v in signals.items()},
        {k: v.basis for k, v in signals.items()},
    )
    logit = model.intercept + sum(terms.values())
    base = 100.0 * _sigmoid(model.intercept)
    value = 100.0 * _sigmoid(logit)
    # Points: each term's share of the logit, converted along the curve with
    # the secant slope between the baseline and this document, so that the
    # contributions add up exactly to value - baseline and keep their signs.
    delta = logit - model.intercept
    if abs(delta) > 1e-9:
        slope = (value - base) / delta
    else:
        p = _sigmoid(model.intercept)
        slope = 100.0 * p * (1.0 - p)
    points = {k: round(t * slope, 2) for k, t in terms.items()}
    ranked = sorted(points.items(), key=lambda kv: -abs(kv[1]))
    shown = "; ".join(
        f"{k.replace('_', ' ')} {v:+.1f} ({signals[k].detail})"
        for k, v in ranked[:4]
        if abs(v) >= 0.05
    )
    moved = sorted(set().union(*[signals[k].sentences for k, v in points.items() if v]))
    return Score(
        value=round(value, 1),
        explanation=(
            f"Text alone: {base:.1f} for an article at the calibration average; "
            f"compared with it, {shown or 'nothing moves it'}."
        ),
        components={k: round(v.value, 4) for k, v in signals.items()},
        sentences=tuple(moved),
        contributions={"baseline": round(base, 2), **points},
        evidence={k: v.sentences for k, v in signals.items() if v.sentences},
        model=f"models/{model.name}.json sha256:{model.sha256}",
    )


def _pct(x: float) -> float:
    return round(max(0.0, min(100.0, 100.0 * x)), 1)


def _attribution(body: list[tuple[int, Sentence]], weights: ScoreWeights) -> Score:
    sw = weights.sources.root  # a plain dict: no method call per look-up
    claims = [(i, s) for i, s in body if s.claim]
    if not claims:
        return Score(value=None, explanation="No checkable claims in the body.")
    total = 0.0
    counted: dict[str, int] = {}
    # A quotation sentence without its own attribution is worth what the
    # quotation's attribution is worth; pronoun weight is a fair stand-in.
    last_quote_weight = sw[SourceType.PRONOUN]

    def worth(a: Attribution) -> float:
        return sw[a.source_type]

    for _, s in claims:
        if s.attributions:
            # The first of the best sources, and its worth.
            kind = s.attributions[0]
            if len(s.attributions) > 1:  # the best of one is that one
                kind = max(s.attributions, key=worth)
            best = sw[kind.source_type]
            counted[kind.source_type] = counted.get(kind.source_type, 0) + 1
            last_quote_weight = best
        elif s.quoted:
            best = last_quote_weight
            counted["quotation"] = counted.get("quotation", 0) + 1
        else:
            best = 0.0
            counted["unattributed"] = counted.get("unattributed", 0) + 1
        total += best
    value = total / len(claims)
    parts = ", ".join(f"{n} {k.replace('_', ' ')}" for k, n in sorted(counted.items()))
    return Score(
        value=_pct(value),
        explanation=(
            f"{len(claims)} claims weighted by their best source ({parts}); "
            "named on-record sources count most, vague ones least."
        ),
        components={
            "claims": float(len(claims)),
            **{f"by_{k}": float(v) for k, v in counted.items()},
        },
        sentences=tuple([i for i, _ in claims]),
    )


def _unsourced(body: list[tuple[int, Sentence]]) -> Score:
    claims = [i for i, s in body if s.claim]
    unsourced = [i for i, s in body if s.unsourced_claim]
    if not claims:
        return Score(value=None, explanation="No checkable claims in the body.")
    return Score(
        value=_pct(1 - len(unsourced) / len(claims)),
        explanation=(
            f"{len(unsourced)} of {len(claims)} claims say nowhere where they "
            "come from."
        ),
        components={"claims": float(len(claims)), "unsourced": float(len(unsourced))},
        sentences=tuple(unsourced),
    )


def _hedging(body: list[tuple[int, Sentence]]) -> Score:
    if not body:
        return Score(value=None, explanation="No body sentences.")
    hedged_sentences = [(i, s) for i, s in body if s.hedges]
    hedged = [i for i, _ in hedged_sentences]
    # Only hedged sentences hold cues: the others add nothing to the sum.
    cues = sum([len(s.hedges) for _, s in hedged_sentences])
    return Score(
        value=_pct(1 - len(hedged) / len(body)),
        explanation=(
            f"{len(hedged)} of {len(body)} body sentences are hedged ({cues} cues) "
            "in the "
            "outlet's own voice."
        ),
        components={
            "sentences": float(len(body)),
            "hedged": float(len(hedged)),
            "cues": float(cues),
        },
        sentences=tuple(hedged),
    )


def _loaded(body: list[tuple[int, Sentence]]) -> Score:
    if not body:
        return Score(value=None, explanation="No body sentences.")
    marked_sentences = [(i, s) for i, s in body if s.loaded]
    marked = [i for i, _ in marked_sentences]
    # Only marked sentences hold terms.
    terms = sorted({t.text.lower() for _, s in marked_sentences for t in s.loaded})
    shown = ", ".join(terms[:8]) + ("…" if len(terms) > 8 else "")
    return Score(
        value=_pct(1 - len(marked) / len(body)),
        explanation=(
            f"{len(marked)} of {len(body)} body sentences use loaded language"
            + (f" ({shown})." if terms else ".")
        ),
        components={"sentences": float(len(body)), "loaded": float(len(marked))},
        sentences=tuple(marked),
    )


def score_document(
    sentences: Sequence[Sentence],
    *,
    text: str | None = None,
    weights: ScoreWeights | None = None,
    provenance: Score | None = None,
    readability: dict[str, float] | None = None,
) -> DocumentScores:
    """Score a document from its sentences; boilerplate takes no part.

    Args:
        sentences: The document's sentences, in order.
        text: The document text the sentences index. Without it only the
            descriptive scores are computed and ``text`` is None.
        weights: How ``overall`` combines the text and provenance scores, and
            the worth of each kind of source in ``attribution``.
        provenance: The outlet provenance score, when the outlet is known.
        readability: The body's readability figures, carried along; their
            automated readability index is the ``reading_grade`` signal
            (measured here when they are not given).

    Returns:
        The text-only score, the provenance score, ``overall`` (their weighted
        mean, or the text score alone without provenance) and the descriptive
        scores. A document too short to judge or without a checkable claim
        gets None values with the reason.
    """
    weights = weights or ScoreWeights()
    body = [(i, s) for i, s in enumerate(sentences) if not s.boilerplate]
    signals, words = (
        _measure(text, sentences, readability, body) if text is not None else ({}, None)
    )
    why_not = _nothing_to_judge(body, words)
    if why_not is not None:
        empty = Score(value=None, explanation=why_not)
        parts = {k: empty for k in ("attribution", "unsourced", "hedging", "loaded")}
        text_score: Score | None = empty if text is not None else None
    else:
        parts = {
            "attribution": _attribution(body, weights),
            "unsourced": _unsourced(body),
            "hedging": _hedging(body),
            "loaded": _loaded(body),
        }
        text_score = _text_score(signals, text_model()) if text is not None else None
    return DocumentScores(
        overall=_overall(text_score, provenance, weights),
        text=text_score,
        attribution=parts["attribution"],
        hedging=parts["hedging"],
        unsourced=parts["unsourced"],
        loaded=parts["loaded"],
        provenance=provenance,
        readability=readability or {},
    )


def score_provenance(
    publisher: Outlet | None,
    cited: Sequence[CitedOutlet],
    sentences: Sequence[Sentence],
) -> Score | None:
    """0-100 from the publisher's and cited outlets' ratings, by claims carried.

    The publisher carries the body claims no cited outlet carries (at least
    one); each cited outlet carries the claims attributed to it. Each party's
    figure is its first rating in precedence order that has a value. Unknown
    outlets are named as unknown and left out.

    Args:
        publisher: The publishing outlet, with its ratings.
        cited: The outlets the text cites, with the claims each carries.
        sentences: The document's sentences.

    Returns:
        The score, or None when no party has a rating.
    """
    body_claims = sum(1 for s in sentences if s.claim and not s.boilerplate)
    by_cited = sum(c.claims for c in cited)
    parties: list[tuple[str, Outlet, float]] = []
    if publisher is not None:
        parties.append(("publisher", publisher, max(body_claims - by_cited, 1)))
    for c in cited:
        if c.claims:
            parties.append(("cited", c.outlet, float(c.claims)))
    known: list[tuple[str, Outlet, float, Rating]] = []
    unknown: list[str] = []
    for role, outlet, weight in parties:
        rating = next((r for r in outlet.ratings if r.value is not None), None)
        label = outlet.name or outlet.domain
        if rating is None:
            unknown.append(f"{label} ({role}, unrated)")
        else:
            known.append((role, outlet, weight, rating))
    if not known:
        return None
    total = sum(w for _, _, w, _ in known)
    value = sum(w * (r.value or 0.0) for _, _, w, r in known) / total
    parts = [
        f"{o.name or o.domain} ({role}, {w:g} claim{'s' if w != 1 else ''}): "
        f"{r.label or format(r.value, '.2f')} per {r.source}"
        + (f", {r.date}" if r.date else "")
        + (" [state-affiliated]" if o.state_affiliated else "")
        for role, o, w, r in known
    ]
    explanation = "Weighted by claims carried: " + "; ".join(parts) + "."
    if unknown:
        explanation += " Unknown, not guessed: " + ", ".join(unknown) + "."
    components = {
        f"{role}:{o.domain}": round(100 * (r.value or 0.0), 1)
        for role, o, _, r in known
    }
    return Score(
        value=round(100 * value, 1),
        explanation=explanation,
        components=components,
        sentences=tuple(sorted({i for c in cited for i in c.sentences})),
    )


def _nothing_to_judge(
    body: list[tuple[int, Sentence]], words: int | None
) -> str | None:
    """Why there is nothing to judge, or None when there is."""
    if not body:
        return "Nothing to judge: no body sentences."
    if words is not None and words < MIN_WORDS:
        return f"Nothing to judge: {words} body words; at least {MIN_WORDS} are needed."
    if not any(s.claim for _, s in body):
        return "Nothing to judge: no checkable claims in the body."
    return None


def _overall(
    text_score: Score | None, provenance: Score | None, weights: ScoreWeights
) -> Score:
    """The text score, combined with provenance when the outlet is rated."""
    if text_score is None or text_score.value is None:
        reason = text_score.explanation if text_score is not None else "No text score."
        return Score(
            value=None,
            explanation=reason
            + (
                " The provenance score is shown on its own."
                if provenance is not None and provenance.value is not None
                else ""
            ),
        )
    if provenance is None or provenance.value is None or weights.provenance == 0:
        return text_score.model_copy(
            update={
                "explanation": text_score.explanation
                + " No rated outlet: overall is the text score."
            }
        )
    wt, wp = weights.text, weights.provenance
    total = wt + wp
    t_pts = wt * text_score.value / total
    p_pts = wp * provenance.value / total
    return Score(
        value=round(t_pts + p_pts, 1),
        explanation=(
            f"Weighted mean of the text score {text_score.value:g} (weight {wt:g}) "
            f"and the provenance score {provenance.value:g} (weight {wp:g})."
        ),
        components={"text": text_score.value, "provenance": provenance.value},
        sentences=text_score.sentences,
        contributions={"text": round(t_pts, 2), "provenance": round(p_pts, 2)},
        evidence={"text": text_score.sentences, "provenance": provenance.sentences},
        model=text_score.model,
    )
