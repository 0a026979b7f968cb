"""Shape tests on the text around a cue, shared by the hedge rules.

The words of the clause before and after a cue and its neighbouring words;
tests on a single word (a determiner, a participle, a contracted copula, a
negated "be") or a clause (a concession, a degree or comparison frame);
whether a span sits in single quotation marks or a question; and where a
verb group or a sentence starts.
"""

from __future__ import annotations

from collections.abc import Iterator

from reliability.annotators.hedges.lexicon import Context, _be_forms, _words
from reliability.annotators.hedges.patterns import (
    _CLAUSE_BREAKS,
    _CLOSERS,
    _QUOTE_CLOSERS,
    _QUOTE_REACH,
    _SINGLE_MARK,
    _SINGLE_OPEN_AFTER,
    _SINGLE_OPENER,
    _STOPS,
)
from reliability.document import Document
from reliability.findings import SpanFinding
from reliability.words import WordClass, words_of


def _after_colon(text: str, start: int) -> bool:
    """Whether a colon right before ``start`` opens a new clause there.

    "Update: Suspected gunman held", "Today's news: Alleged plot foiled":
    the capital starts the clause, it does not mark a name.
    """
    k = start - 1
    while k >= 0 and text[k] == " ":
        k -= 1
    return k >= 0 and k < start - 1 and text[k] == ":"


def _start_of(f: SpanFinding) -> int:
    return f.start


def _word_before(text: str, start: int) -> str:
    """The lower-case word right before offset ``start`` (a straight apostrophe)."""
    tail = text[max(0, start - 24) : start].split()
    return tail[-1].lower().replace("\u2019", "'") if tail else ""


def _named_subject(doc: Document, start: int, end: int) -> bool:
    """Whether a name, not a thing, stands right before the match.

    "Mayor Jo Lee suggests" (a speech act): capitalised words right before,
    more than the sentence's capitalised first word, and not the object of a
    preposition ("data from the Federal Reserve suggests": evidence).
    """
    index = doc.segment_at(start)
    if index is None:
        return False
    words, text = doc.words, doc.text
    first = doc.segments[index].start
    k = doc.token_range(start, end).start - 1
    edge = start
    run = 0
    while k >= 0 and words.starts[k] >= first and text[words.starts[k]].isupper():
        if not _CLAUSE_BREAKS.isdisjoint(text[words.ends[k] : edge]):
            break
        run += 1
        edge = words.starts[k]
        k -= 1
    if k < 0 or words.starts[k] < first:
        return run > 1  # "Research suggests" opens the sentence; "Jo Lee" a name
    if not run or not _CLAUSE_BREAKS.isdisjoint(text[words.ends[k] : edge]):
        return run > 0  # "Second, Lee suggests"
    if words.lowers[k] in words_of(WordClass.DEFINITE) and k > 0:
        k -= 1  # "data from the Federal Reserve"
    return words.lowers[k] not in words_of(WordClass.PREPOSITION)


def _counted(doc: Document, start: int, end: int) -> bool:
    """Whether a number stands right before the match, in its clause ("57 claims")."""
    before = _clause_before(doc, start, end, 1)
    return bool(before) and before[0].isdigit()


def _is_determiner(word: str | None) -> bool:
    """Whether ``word`` opens a noun phrase: "the", "its", "the council's"."""
    if word is None:
        return False
    if word in _words(Context.ATTRIBUTIVE_DETERMINER):
        return True
    stem, _, rest = word.replace("\u2019", "'").rpartition("'")
    # "the mayor's likely rival" is possessive; "it's likely" is a copula.
    return rest == "s" and bool(stem) and stem not in _words(Context.CONTRACTED_SUBJECT)


def _clause_before(doc: Document, start: int, end: int, reach: int) -> list[str]:
    """Up to ``reach`` lower-case words before the match in its clause.

    Reading stops at the sentence start and at a mark that ends a clause
    (comma, colon, dash, bracket, quotation mark). Nearest word last.
    """
    index = doc.segment_at(start)
    if index is None:
        return []
    starts, ends, lowers = doc.words.starts, doc.words.ends, doc.words.lowers
    text = doc.text
    first = doc.segments[index].start
    i = doc.token_range(start, end).start
    k = i - 1
    stop = max(-1, k - reach)
    edge = start
    while k > stop and starts[k] >= first:
        gap = edge - ends[k]
        # one space is the usual gap: no slice to check
        if gap and not (gap == 1 and text[edge - 1] == " "):
            if not _CLAUSE_BREAKS.isdisjoint(text[ends[k] : edge]):
                break
        edge = starts[k]
        k -= 1
    return lowers[k + 1 : i]


def _clause_after(doc: Document, start: int, end: int, reach: int) -> list[str]:
    """Up to ``reach`` lower-case words after the match in its clause."""
    index = doc.segment_at(start)
    if index is None:
        return []
    starts, ends, lowers = doc.words.starts, doc.words.ends, doc.words.lowers
    text = doc.text
    last = doc.segments[index].end
    j = k = doc.token_range(start, end).stop
    stop = min(len(starts), k + reach)
    edge = end
    while k < stop and ends[k] <= last:
        gap = starts[k] - edge
        if gap and not (gap == 1 and text[edge] == " "):
            if not _CLAUSE_BREAKS.isdisjoint(text[edge : starts[k]]):
                break
        edge = ends[k]
        k += 1
    return lowers[j:k]


def _is_participle(word: str) -> bool:
    """Whether ``word`` reads as a past participle ("used", "taken", "sold")."""
    if len(word) > 3 and word.endswith(("ed", "en")):
        return True
    return word in _words(Context.IRREGULAR_PARTICIPLE)


def _stop_after(doc: Document, end: int) -> bool:
    """Whether a sentence or clause ends right at ``end`` (not at a comma)."""
    mark = doc.text[end : end + 1]
    return mark in _STOPS or end >= len(doc.text) or mark == "\n"


def _conceded(clause: list[str]) -> bool:
    """Whether ``clause`` (the words before a modal) opens a concession."""
    return not _words(Context.CONCESSIVE_OPENER).isdisjoint(clause)


def _compared(before: tuple[str, ...]) -> bool:
    """Whether a report passive's verb group follows "than" or "as".

    "than had been expected", "as was expected": a comparison with what was
    expected, like "as predicted" (annotation notes 47), not a hedge.
    """
    aux = words_of(WordClass.STRICT_AUXILIARY)
    for word in reversed(before):
        if word in _words(Context.COMPARISON):
            return True
        if word not in aux:
            return False
    return False


def _compound_tail(doc: Document, start: int, end: int) -> str | None:
    """The second part of a hyphenated word after the match ("sight-threatening")."""
    j = doc.token_range(start, end).stop
    words = doc.words
    if j + 1 >= len(words) or doc.text[words.ends[j] : words.starts[j + 1]] != "-":
        return None
    return words.lowers[j + 1]


def _is_degree(clause: list[str]) -> bool:
    """Whether ``clause`` ends in a degree frame before its modal.

    "as high as it" (could go): "as" + an adjective or adverb + "as" + a
    subject of one to three words.
    """
    if clause.count("as") < 2:
        return False  # the usual case: the frame needs two
    for p in range(len(clause) - 2, max(len(clause) - 5, 1), -1):
        if clause[p] == "as" and "as" in clause[max(0, p - 3) : p - 1]:
            return True
    return False


def _single_marks(text: str, start: int, end: int) -> Iterator[int]:
    """Offsets of single quotation marks and apostrophes in ``[start, end)``."""
    for m in _SINGLE_MARK.finditer(text, start, end):
        yield m.start()


def _opens(text: str, k: int, first: int) -> bool:
    """Whether the single mark at ``k`` opens a quotation ("'The", "(‘It")."""
    before = text[k - 1] if k > first else " "
    after = text[k + 1 : k + 2]
    return (before.isspace() or before in _SINGLE_OPEN_AFTER) and after.isalpha()


def _closes(text: str, k: int) -> bool:
    """Whether the single mark at ``k`` ends a word and is not inside one."""
    after = text[k + 1 : k + 2]
    return not text[k - 1].isspace() and not after.isalnum()


def in_single_quotes(text: str, start: int, end: int) -> bool:
    """Whether ``[start, end)`` lies inside a quotation in single marks.

    British and many other outlets quote speech in single marks ("‘The
    pier may close,’ she said"), which apostrophes make unsafe to scan for
    up front; only the paragraph of a match is read: an opening mark before
    it with no closing mark between, and a closing mark after it. A
    quotation is looked for up to ``_QUOTE_REACH`` characters back.
    """
    first = max(text.rfind("\n", 0, start) + 1, start - _QUOTE_REACH)
    if text.find("\u2018", first, start) < 0 and text.find("'", first, start) < 0:
        return False  # the usual case: no mark that could open one
    # One character past the match start: the opener's lookahead needs the
    # letter after a mark that sits right before the match ("‘I think").
    if _SINGLE_OPENER.search(text, first, start + 1) is None:
        return False  # apostrophes only
    last = text.find("\n", end)
    last = min(len(text) if last < 0 else last, end + _QUOTE_REACH)
    opened = False
    for k in _single_marks(text, first, start):
        if _opens(text, k, first):
            opened = True
        elif opened and _closes(text, k):
            opened = False
    if not opened:
        return False
    return any(_closes(text, k) for k in _single_marks(text, end, last))


def _is_question(doc: Document, index: int) -> bool:
    """Whether sentence ``index`` ends with a question mark (closing quotes aside)."""
    seg = doc.segments[index]
    return doc.text[seg.start : seg.end].rstrip().rstrip(_CLOSERS).endswith("?")


def _bare_participle(entry: str) -> bool:
    """Whether a passive entry opens on its participle ("thought to be").

    Entries that hold their verb group ("is said to", "have been found to",
    "it is believed") are not extended backwards.
    """
    first = entry.partition(" ")[0]
    aux = words_of(WordClass.AUXILIARY)
    return first not in aux and first not in words_of(WordClass.CLAUSE_PRONOUN)


def _negated_be(word: str) -> bool:
    """Whether ``word`` is a form of "be" with a contracted "not" ("isn't")."""
    stem = word.replace("\u2019", "'").removesuffix("n't")
    return stem != word and stem in _be_forms()


def _opens_sentence(doc: Document, start: int) -> bool:
    """Whether ``start`` is its sentence's first character, quotes aside."""
    index = doc.segment_at(start)
    if index is None:
        return False
    head = doc.text[doc.segments[index].start : start]
    return not head.strip(_QUOTE_CLOSERS + "\u201c\u2018( ")


def _group_start(doc: Document, k: int) -> int:
    """The first word of the verb group whose form of "be" is word ``k``.

    Walks back over auxiliaries and report adverbs with nothing but a space
    between ("has also been reported", "had been widely reported", "is being
    blamed"), in the same sentence, so the whole group is marked
    (annotation notes 18).
    """
    words, text = doc.words, doc.text
    group = words_of(WordClass.EVIDENCE_AUXILIARY) | _words(Context.REPORT_ADVERB)
    index = doc.segment_at(words.starts[k])
    first = doc.segments[index].start if index is not None else 0
    for _ in range(3):
        p = k - 1
        if p < 0 or words.starts[p] < first:
            break
        if words.lowers[p] not in group:
            if _contracted_copula((words.lowers[p],)):
                k = p  # "it's long been described as": from the apostrophe
            break
        if text[words.ends[p] : words.starts[k]].strip():
            break
        k = p
    return k


def _in_phrase(before: tuple[str, ...]) -> int:
    """How many words back "in" opens the phrase ("in doubt": 1, "in all": 2), or 0."""
    if before[-1:] == ("in",):
        return 1
    return 2 if before[-2:] == ("in", "all") else 0


def _contracted_copula(before: tuple[str, ...]) -> bool:
    """Whether the word before is a pronoun with a contracted "is" ("it's")."""
    if not before:
        return False
    word = before[-1].replace("\u2019", "'")
    subject, _, rest = word.partition("'")
    return rest == "s" and subject in _words(Context.CONTRACTED_SUBJECT)


def _neighbours(
    doc: Document, start: int, end: int
) -> tuple[tuple[str, ...], str | None, bool]:
    """The words around ``[start, end)`` within its sentence.

    Returns ``(before, next, punctuated)``: up to three lower-case words before
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
    k = max(0, i - 3)
    while k < i and starts[k] < seg.start:
        k += 1  # starts are sorted: the words of this sentence are a suffix
    before = tuple(lowers[k:i])
    if j < len(words) and words.ends[j] <= seg.end:
        gap = bool(doc.text[end : starts[j]].strip())
        return before, lowers[j], gap
    return before, None, True


def _word_after_next(doc: Document, start: int, end: int) -> str | None:
    """The second word after ``[start, end)`` in its sentence ("have missed")."""
    index = doc.segment_at(start)
    j = doc.token_range(start, end).stop + 1
    if index is None or j >= len(doc.words):
        return None
    if doc.words.ends[j] > doc.segments[index].end:
        return None
    return doc.words.lowers[j]
