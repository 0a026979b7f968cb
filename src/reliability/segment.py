"""Sentence splitting with exact offsets, and boilerplate flags.

Splitting (gold/README.md, judgement calls 1-5): a sentence ends at a line
break, or at ``.`` ``?`` ``!`` (with any closing quote marks or brackets)
followed by whitespace, also inside quotations. A stop does not end a sentence
after a title or abbreviation (``Mr.``, ``Gen.``, ``e.g.``), an initial
(``J. K. Rowling``), or when a lower-case word follows (``approx. the``, an
ellipsis mid-sentence). A related-link teaser glued to the next body sentence
by bad extraction (``... on other sideOn the other hand``) is cut at the join.

Boilerplate (ANNOTATION.md, Sentences; judgement calls 2-7) is found by
phrase lists in ``data/lexicons/boilerplate_*`` (navigation, share buttons,
login, cookie and newsletter notices, captions, bylines, "Also read:") and by
the layout of the page: the short lines above the first body sentence
(masthead, headline, alt text), short standalone lines between paragraphs
(crossheads, captions), and the short lines after a footer opener such as
"Related Articles".

Offsets index the original text, are half-open and never include surrounding
whitespace. Everything runs in time linear in the length of the text.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reliability.resources import load_lexicon

__all__ = ["Segment", "split_sentences"]


@dataclass(frozen=True, slots=True)
class Segment:
    """A sentence ``[start, end)`` of the original text.

    Attributes:
        start: Offset of the first character.
        end: Offset after the last character.
        boilerplate: Whether the sentence is page furniture, not article body.
        rule: Why it is boilerplate (``"boilerplate:nav"``), else ``None``.
    """

    start: int
    end: int
    boilerplate: bool = False
    rule: str | None = None


# --- splitting ---------------------------------------------------------------

_LINE_BREAK = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
_STOPS = ".?!\u2026"
_CLOSERS = "\"'\u201d\u2019)]}\u00bb\u203a"
_OPENERS = "\"'\u201c\u2018\u201e\u00ab\u2039([{"
# A run of stops (only its first character starts a match, so runs stay
# linear), any closing marks, then whitespace. Possessive: no backtracking.
_STOP = re.compile(rf"(?<![{_STOPS}])[{_STOPS}]++[{re.escape(_CLOSERS)}]*+(?=\s)")
_NEXT = re.compile(r"\s*+(\S?)")
_NEXT_WORD = re.compile(r"\s*+([^\W\d_]{1,20})")
# A lower-case word glued to a capitalised one: "sideOn the other hand".
_GLUE = re.compile(r"(?<![^\W\d_])[a-z]{2,}+(?=[A-Z][a-z])")
_HAS_WORD = re.compile(r"[^\W_]")
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
_LOOKBACK = 24

# Closed-class words that start sentences: after an abbreviation that may end
# a sentence ("the U.S."), a stop before one of these is a sentence end.
_STARTERS = frozenset(
    "a after an and as at but during for he her his however i if in it its many "
    "meanwhile most on one our she since so some that the their there these they "
    "this those though to under we when while who with yet you".split()
)


@cache
def _abbreviations() -> dict[str, str | None]:
    return load_lexicon("abbreviations").entries


def _is_sentence_end(text: str, stop: int, end: int) -> bool:
    """Whether the stop run ``text[stop:end]`` (closers included) ends a sentence."""
    m = _NEXT.match(text, end)
    nxt = m.group(1) if m else ""
    if nxt.islower():
        # "approx. the", "... and then", '"Why?" he asked': the sentence goes on.
        return False
    run = text[stop:end].rstrip(_CLOSERS)
    if "?" in run or "!" in run:
        return True  # judgement call 1: also "Don't have an account? Register"
    if len(run) > 1 or "\u2026" in run or end - stop != len(run):
        return True  # an ellipsis before a capital, or a stop before a closing mark
    i = stop
    floor = max(0, stop - _LOOKBACK)
    while i > floor and (text[i - 1].isalpha() or text[i - 1] == "."):
        i -= 1
    word = text[i:stop]
    if not word or len(word) == _LOOKBACK and i > 0 and text[i - 1].isalpha():
        return True
    if len(word) == 1 and word.isupper():
        return False  # an initial: "J. K. Rowling", "George W. Bush"
    kind = _abbreviations().get(word.lower().lstrip("."))
    if kind is None and _DOTTED.fullmatch(word):
        kind = "final"  # unlisted dotted acronym
    if kind == "title":
        return False
    if kind == "final":
        if nxt.isdigit():
            return False  # "No. 5", "Jan. 12"
        if nxt and nxt in _OPENERS:
            return True  # 'the A.F.L.-C.I.O. "We ...': a quotation starts
        w = _NEXT_WORD.match(text, end)
        return bool(w and w.group(1).lower() in _STARTERS)
    return True


def _sentences(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Untrimmed sentences of ``text[start:end]`` (one line or part of one)."""
    out: list[tuple[int, int]] = []
    a = start
    for m in _STOP.finditer(text, start, end):
        if _is_sentence_end(text, m.start(), m.end()):
            if out and not _HAS_WORD.search(text, a, m.end()):
                out[-1] = (out[-1][0], m.end())  # a lone "..." stays with its sentence
            else:
                out.append((a, m.end()))
            a = m.end()
    if out and not _HAS_WORD.search(text, a, end):
        out[-1] = (out[-1][0], end)
    else:
        out.append((a, end))
    return out


@dataclass(slots=True)
class _Piece:
    start: int
    end: int
    line: int
    whole_line: bool
    rule: str | None = None


def _trim(text: str, start: int, end: int) -> tuple[int, int]:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return start, end


def _lines(text: str) -> list[tuple[int, int]]:
    out: list[tuple[int, int]] = []
    a = 0
    for m in _LINE_BREAK.finditer(text):
        out.append((a, m.start()))
        a = m.end()
    out.append((a, len(text)))
    return out


def _units(text: str, start: int, end: int) -> list[tuple[int, int, str | None]]:
    """Cut a line where extraction glued a boilerplate label to the body.

    Returns ``(start, end, rule)`` parts; ``rule`` is set for a glued label.
    """
    tables = _tables()
    out: list[tuple[int, int, str | None]] = []
    a = start
    while a < end:
        m = tables.glued_marker.match(text, a, end)
        if m:  # "AdvertisementThe minister said ..."
            out.append((a, m.end(), "boilerplate:" + tables.line_kind(m.group())))
            a = m.end()
            continue
        m = tables.prefix.match(text, a, end)
        if (
            m
            and tables.prefix_kind(m.group()) == "related"
            or _site_teaser(text, a, end)
        ):
            # Judgement call 3: "Also on rt.com ... sideOn the other hand" is
            # cut at the join; the teaser before it is boilerplate.
            g = _GLUE.search(text, a, end)
            if g:
                out.append((a, g.end(), "boilerplate:related"))
                a = g.end()
                continue
        break
    if a < end:
        out.append((a, end, None))
    return out


def _pieces(text: str) -> list[_Piece]:
    pieces: list[_Piece] = []
    for n, (ls, le) in enumerate(_lines(text)):
        ls, le = _trim(text, ls, le)
        if ls == le:
            continue
        for us, ue, rule in _units(text, ls, le):
            for a, b in _sentences(text, us, ue) if rule is None else [(us, ue)]:
                a, b = _trim(text, a, b)
                if a < b:
                    pieces.append(_Piece(a, b, n, a == ls and b == le, rule))
    return pieces


# --- boilerplate ---------------------------------------------------------------

_LEAD_JUNK = (
    " \t\u00a0\u2022\u00b7\u25aa\u25cf\u25ba\u25b6\u2192\u00bb\u203a>|*#\u2013\u2014-"
)
_TRAIL_JUNK = _LEAD_JUNK + ".:!?,;\u2026\u00ab\u2039<"
_FOLD = str.maketrans({"\u2019": "'", "\u2018": "'", "\u201c": '"', "\u201d": '"'})
_SPACES = re.compile(r"\s+")
_WORD = re.compile(r"[^\W_]+(?:['\u2019.\-][^\W_]+)*")
_URL = re.compile(r"\s*+(?:https?://)?[\w-]+(?:\.[\w-]+)*\.[a-z]{2,}\b", re.IGNORECASE)
_BYLINE = re.compile(r"[Bb][Yy]:?\s")
_SHORT = 12  # words in a standalone line without a final stop to call it furniture
_QUESTION = 8  # words in a standalone question to call it a crosshead
_PHRASE_MAX = 40  # words in a sentence that a boilerplate phrase may flag
_FOOTER_MAX = 20  # words in a sentence after a footer opener to call it furniture
_LONG_CHARS = 2000  # longer sentences are body; skip the word-level tests
_CONNECTIVES = frozenset("and but so or yet then now because if".split())
_CONTINUES = frozenset(
    "a an and as at but by for from her his in its of on or that the their to "
    "with".split()
)
_SMALL = frozenset(
    "a an and as at but by for from in into of off on or over the to up via vs "
    "with".split()
)


def _alternation(entries: list[str]) -> str:
    parts = []
    for e in sorted(entries, key=len, reverse=True):
        parts.append(
            r"\s+".join(re.escape(w).replace("'", "['\u2019]") for w in e.split())
        )
    return "|".join(parts) or "(?!)"


@dataclass(frozen=True)
class _Tables:
    lines: dict[str, str]
    footer: frozenset[str]
    prefixes: dict[str, str]
    words: dict[str, str]
    prefix: re.Pattern[str]
    site_prefix: re.Pattern[str]
    phrase: re.Pattern[str]
    phrases: dict[str, str]
    glued_marker: re.Pattern[str]

    def line_kind(self, label: str) -> str:
        return self.lines.get(_normalize(label), "nav")

    def prefix_kind(self, matched: str) -> str:
        return self.prefixes.get(
            _SPACES.sub(" ", matched.lower().translate(_FOLD)), "nav"
        )


@cache
def _tables() -> _Tables:
    lines = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_lines").entries.items()
    }
    footer = frozenset(load_lexicon("boilerplate_footer").entries)
    prefixes = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_prefixes").entries.items()
    }
    phrases = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_phrases").entries.items()
    }
    words = {
        k: v or "nav" for k, v in load_lexicon("boilerplate_words").entries.items()
    }
    sites = list(load_lexicon("boilerplate_site_prefixes").entries)
    # Prefixes are matched case-insensitively on the original text, but the
    # next character must not be a lower-case letter or digit, so that
    # "image sourceAFP" matches and "Also readers" does not.
    prefix = re.compile(rf"(?i:{_alternation(list(prefixes))})(?![a-z0-9])")
    site_prefix = re.compile(rf"(?i:{_alternation(sites)})(?=\s)")
    phrase = re.compile(rf"(?<!\w)(?:{_alternation(list(phrases))})(?!\w)")
    labels = [
        k for k, v in lines.items() if len(k) >= 8 and v in ("ad", "nav", "related")
    ]
    glued_marker = re.compile(rf"(?i:{_alternation(labels)})(?=[A-Z][a-z])")
    return _Tables(
        lines,
        footer,
        prefixes,
        words,
        prefix,
        site_prefix,
        phrase,
        phrases,
        glued_marker,
    )


def _site_teaser(text: str, start: int, end: int) -> bool:
    """'Also on rt.com ...': a site prefix followed by a web address."""
    m = _tables().site_prefix.match(text, start, end)
    return bool(m and _URL.match(text, m.end(), end))


def _normalize(s: str) -> str:
    s = _SPACES.sub(" ", s.translate(_FOLD).lower())
    return s.lstrip(_LEAD_JUNK).rstrip(_TRAIL_JUNK)


@dataclass(slots=True)
class _Shape:
    """What the layout rules need to know about one sentence."""

    words: int
    last: str  # last character before closing marks
    first: str
    title_case: bool
    first_word: str
    last_word: str


def _shape(s: str) -> _Shape:
    if len(s) > _LONG_CHARS:
        return _Shape(1000, s.rstrip(_CLOSERS)[-1:], s[0], False, "", "")
    toks = _WORD.findall(s)
    core = s.rstrip(_CLOSERS + " \u00a0")
    title_case = False
    if len(toks) <= _SHORT + 3:  # only short lines are headlines or crossheads
        long_words = [t for t in toks[1:] if t[0].isalpha() and t.lower() not in _SMALL]
        caps = sum(1 for t in long_words if t[0].isupper())
        title_case = len(long_words) >= 2 and caps >= 0.75 * len(long_words)
    return _Shape(
        words=len(toks),
        last=core[-1:] if core else "",
        first=s[0],
        title_case=title_case,
        first_word=toks[0].lower() if toks else "",
        last_word=toks[-1].lower() if toks else "",
    )


def _lexicon_rule(text: str, p: _Piece, shape: _Shape) -> str | None:
    """The boilerplate rule a phrase list gives sentence ``p``, if any."""
    if shape.words > _PHRASE_MAX * 3:
        return None
    t = _tables()
    raw = text[p.start : p.end]
    norm = _normalize(raw) if shape.words <= _PHRASE_MAX else ""
    if norm in t.lines:
        return t.lines[norm]
    lead = len(raw) - len(raw.lstrip(_LEAD_JUNK))
    m = t.prefix.match(raw, lead)
    if m:
        return t.prefix_kind(m.group())
    if _site_teaser(raw, lead, len(raw)):
        return "related"
    if _BYLINE.match(raw, lead) and shape.last not in ".?!" and shape.words <= 8:
        names = _WORD.findall(raw[lead + 3 :])
        if names and all(w[0].isupper() or w in ("and", "in") for w in names):
            return "byline"
    if shape.words <= _PHRASE_MAX:
        m = t.phrase.search(norm)
        if m:
            return t.phrases.get(_SPACES.sub(" ", m.group()), "nav")
    toks = _WORD.findall(norm) if shape.words <= _SHORT else []
    if toks:
        kinds = {t.words.get(w, "digit" if w.isdigit() else "") for w in toks}
        if "" not in kinds and kinds != {"digit"}:
            return "dateline" if kinds <= {"dateline", "digit"} else "nav"
    return None


def _is_body_like(p: _Piece, shape: _Shape) -> bool:
    """Whether a sentence looks like the start of the article body."""
    if shape.words >= 25:
        return True
    if shape.words < 6:
        return False
    if shape.last in ".!":
        return not (shape.title_case and shape.words <= 10)
    return shape.last == "?" and not p.whole_line


def _is_cut_off(shape: _Shape) -> bool:
    """A line that stops mid-sentence (judgement call 5) is body."""
    return shape.last in ",;:-\u2013\u2014/&(" or shape.last_word in _CONTINUES


def _layout_rule(p: _Piece, shape: _Shape) -> str | None:
    """Rule for a standalone line in the body: crosshead, caption or alt text."""
    if (
        not p.whole_line
        or shape.first in _OPENERS
        or shape.first.islower()
        or _is_cut_off(shape)
    ):
        return None
    if shape.last == "?":
        # Judgement calls 6-7: a short standalone question is a crosshead;
        # a longer one, or one opening with "So"/"But", is rhetorical body.
        if shape.words <= _QUESTION and shape.first_word not in _CONNECTIVES:
            return "crosshead"
        return None
    if shape.last in ".!\u2026":
        return None
    if shape.title_case and shape.words <= _SHORT + 3:
        return "crosshead"
    if shape.words <= _SHORT:
        return "caption"
    return None


def split_sentences(text: str) -> list[Segment]:
    """Split ``text`` into sentences and flag the boilerplate ones.

    Args:
        text: The raw document.

    Returns:
        Segments in order, disjoint, trimmed, covering every non-space
        character; boilerplate ones carry ``rule = "boilerplate:<why>"``.
    """
    pieces = _pieces(text)
    shapes = [_shape(text[p.start : p.end]) for p in pieces]
    rules: list[str | None] = []
    for p, shape in zip(pieces, shapes, strict=True):
        if p.rule is not None:
            rules.append(p.rule)
            continue
        why = _lexicon_rule(text, p, shape)
        rules.append(None if why is None else "boilerplate:" + why)

    # The masthead, headline and alt text above the first body sentence.
    body = next(
        (
            i
            for i, (p, s, r) in enumerate(zip(pieces, shapes, rules, strict=True))
            if r is None and _is_body_like(p, s)
        ),
        None,
    )
    if body is not None:
        openers = _tables().footer
        for i in range(body):
            if (
                rules[i] is None
                and shapes[i].words <= 25
                and not _is_cut_off(shapes[i])
            ):
                rules[i] = "boilerplate:headline"
        # A footer opener ("Related Articles") starts the page footer only if
        # no long body-like sentence follows it: the rest of the page is
        # short furniture (login forms, link lists).
        tail_ok = [True] * (len(pieces) + 1)
        for i in range(len(pieces) - 1, -1, -1):
            long_body = (
                rules[i] is None
                and shapes[i].words >= _SHORT
                and shapes[i].last in ".!?"
            )
            tail_ok[i] = tail_ok[i + 1] and not long_body
        footer = False
        for i in range(body, len(pieces)):
            r = rules[i]
            if r is not None:
                if not footer and tail_ok[i + 1]:
                    footer = (
                        _normalize(text[pieces[i].start : pieces[i].end]) in openers
                    )
            elif footer and shapes[i].words < _FOOTER_MAX:
                rules[i] = "boilerplate:footer"
            else:
                nxt = pieces[i + 1] if i + 1 < len(pieces) else None
                if nxt is not None and nxt.line == pieces[i].line + 1:
                    if text[nxt.start].islower():
                        continue  # a sentence broken across lines goes on
                why = _layout_rule(pieces[i], shapes[i])
                rules[i] = None if why is None else "boilerplate:" + why
    return [
        Segment(p.start, p.end, r is not None, r)
        for p, r in zip(pieces, rules, strict=True)
    ]
