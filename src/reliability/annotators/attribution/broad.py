"""Broad mode (off by default): the wider attributions of corpora such as
PolNeAR, beyond ANNOTATION.md, each under a ``broad:`` rule: a bare colon
after a speaker, a dash that signs a quotation, a second verb of the same
speaker, verbs with an object, and headlines in title case.
"""

from __future__ import annotations

from collections.abc import Iterator

from reliability.annotators.attribution.cues import (
    complement_ok,
)
from reliability.annotators.attribution.lexicon import (
    BROAD_DASHES,
    BROAD_OBJECT_VERBS,
    DET,
    HEADLINE_DOCUMENTS,
    HEADLINE_SPEAKERS,
    LABELS,
    OPENERS,
    SPEAKER_HEADS,
    VerbClass,
)
from reliability.annotators.attribution.sentence import (
    Sentence,
    Source,
    is_cap,
    is_name,
)
from reliability.annotators.attribution.sources import (
    classify,
)
from reliability.schema import SourceType
from reliability.tokens import (
    CLOSING_QUOTES,
    QUOTE_LIKE,
    STOPS,
)

__all__ = [
    "broad_marks",
    "broad_object",
    "broad_shared",
    "colon_speaker",
    "headline",
    "headline_speaker",
    "opens_clause",
    "speaker_head",
    "transcript_label",
]


def broad_object(s: Sentence, j: int, form: str, first: int) -> bool:
    """Broad mode: "noted the rule", "agreed to pay": a clause verb's object."""
    if form not in BROAD_OBJECT_VERBS or j >= s.n:
        return False
    nxt = s.lows[j]
    if form.startswith("agree"):
        return nxt in ("to", "with")
    return complement_ok(s, j, VerbClass.OBJECT, first)


def opens_clause(s: Sentence, a: int) -> bool:
    """Whether the subject at ``a`` opens a main or adverbial clause."""
    if a == 0:
        return True
    prev = s.lows[a - 1]
    return prev in OPENERS or prev in QUOTE_LIKE


def broad_shared(
    first: int, last: int, form: str, found: list[tuple[int, int, Source]]
) -> Iterator[tuple[int, int, Source, str]]:
    """Broad mode: "said ..., adding that": a second act of the same speaker."""
    src = found[-1][2]
    found.append((first, last, src))
    yield first, last, src, f"broad:shared:{form}"


def broad_marks(
    s: Sentence,
    memory: dict[str, SourceType],
    found: list[tuple[int, int, Source]],
) -> Iterator[tuple[int, int, Source, str]]:
    """Broad mode: a bare colon or dash cue next to a named speaker.

    "Ann Lee: Voters are tired" (a speaker before a colon that opens
    the sentence), "“...” ― Jane Doe" (a dash that signs a quotation).
    """
    lows, n = s.lows, s.n
    used = {f[0] for f in found}
    # "Speaker: statement", the speaker opening the sentence
    lead = s.marks()[0]  # after a leading quote mark: '"HOST: ...'
    for c in range(lead + 1, min(n - 1, lead + (12 if s.headline else 8))):
        if lows[c] == ":":
            if c not in used and not any(f[0] < c for f in found):
                chunk = s.syntax.object_of(s, lead, c)
                src: Source | None = None
                if chunk is not None and chunk[1] == c - 1 and speaker_head(s, c - 1):
                    a, b = chunk
                    typ, conf = classify(s, a, b, memory)
                    label = transcript_label(s, a, b)
                    if label:
                        typ, conf = SourceType.NAMED_PERSON, 0.8
                    if label or colon_speaker(s, a, b, typ, memory):
                        src = Source(a, b, typ, conf)
                if src is None and s.headline:
                    src = headline_speaker(s, lead, c, memory)
                if src is not None:
                    yield c, c, src, "broad:colon"
            break
        if lows[c] in STOPS or lows[c] in QUOTE_LIKE:
            break
    # "“...” ― Jane Doe": a dash after a quotation (or opening the sentence)
    for d in range(n - 1):
        if lows[d] not in BROAD_DASHES or d in used:
            continue
        if not (d == 0 or lows[d - 1] in CLOSING_QUOTES):
            continue
        chunk = s.syntax.object_of(s, d + 1, n)
        if chunk is None or not is_name(s, chunk[1]):
            continue
        a, b = chunk
        typ, conf = classify(s, a, b, memory)
        yield d, d, Source(a, b, typ, conf), "broad:dash"


def headline_speaker(
    s: Sentence, lead: int, c: int, memory: dict[str, SourceType]
) -> Source | None:
    """The speaker of a headline's colon at ``c``, or None.

    "Lee: ..." (one name), "Poll: ..." (a document), "Lee on Tax Reform:
    ..." (a name, then its topic), "Ann Lee Grills Bank Chief: 'Why ...'" (a
    name opening a headline whose colon opens a quotation). Headings ("Fast
    Food, Slow Cities: ...", "The Latest: ...") name no one.
    """
    lows, words = s.lows, s.words
    if c == lead + 1:
        w, low = words[lead], lows[lead]
        if low in HEADLINE_DOCUMENTS and is_cap(w):
            return Source(lead, lead, SourceType.DOCUMENT, 0.7)
        if (
            not is_name(s, lead)
            or low in LABELS
            or low in s.verbs
            or low in s.lex.places
            or (w.isupper() and len(w) > 3)
            or w.endswith(("'s", "\u2019s"))
        ):
            return None
        typ, conf = classify(s, lead, lead, memory)
        return Source(lead, lead, typ, conf) if typ in HEADLINE_SPEAKERS else None
    on = lows.index("on", lead, c) if "on" in lows[lead:c] else -1
    quoted = c + 1 < s.n and words[c + 1] in QUOTE_LIKE
    if on <= lead and not quoted:
        return None
    # the name opening the headline (after "A word from" before a quotation)
    a = lead
    while quoted and a < c and not is_name(s, a):
        a += 1
    chunk = s.syntax.object_of(s, a, on if on > lead else c)
    if chunk is None or (on > lead and chunk[1] != on - 1):
        return None
    a, b = chunk
    if quoted:
        b = min(b, a + 2)  # "Ann Lee Grills Bank Chief"
    if not (is_name(s, a) and is_name(s, b)) or b - a > 3:
        return None
    typ, conf = classify(s, a, b, memory)
    return Source(a, b, typ, conf) if typ in HEADLINE_SPEAKERS else None


def headline(s: Sentence) -> None:
    """Broad mode: mark a headline and read its title case.

    In a headline in title case ("Mayor Says ...", "..., Ann Lee
    Says."), the first capitalised reporting verb in the present tense
    after a name is read as the lower-case verb; one closing the headline
    only after a comma ("Fan Club Rules." is a noun).
    """
    s.headline = True
    words, lows = s.words, s.lows
    long = [w for w in words if len(w) > 3 and w[:1].isalpha()]
    if len(long) < 3 or sum(1 for w in long if w[:1].isupper()) < 0.8 * len(long):
        return
    verbs = s.verbs
    end = s.n - 1 if lows[-1] in STOPS else s.n
    for i in range(1, end):
        w, low = words[i], lows[i]
        if (
            w[:1].isupper()
            and not w.isupper()
            and low in verbs
            and low.endswith("s")
            and not low.endswith("ss")
            and is_name(s, i - 1)
            and (i < end - 1 or "," in lows[:i])
        ):
            words[i] = low
            return


def transcript_label(s: Sentence, a: int, b: int) -> bool:
    """Whether ``[a, b]`` is a transcript's speaker label ("HOST:").

    One to three upper-case words (not "UPDATE:", "WATCH:") opening a
    line, optionally after a quotation mark.
    """
    words = s.words[a : b + 1]
    if not (
        len(words) <= 3
        and all(w.isupper() and w[:1].isalpha() for w in words)
        and not any(w.lower().strip(".") in LABELS for w in words)
    ):
        return False
    p = s.starts[a]
    text = s.text
    while p > 0 and (text[p - 1] in QUOTE_LIKE or text[p - 1] in " \t"):
        p -= 1
    return p == 0 or text[p - 1] == "\n"


def colon_speaker(
    s: Sentence,
    a: int,
    b: int,
    typ: SourceType,
    memory: dict[str, SourceType],
) -> bool:
    """Whether ``[a, b]`` before a colon is a person's name, not a label.

    "Correction:", "Editor's note:", "The Latest:" and headings ("Small
    Steps to Cleaner Rivers:") are labels; a speaker is a person named
    earlier in the article ("Lee:") or a full name ("Ann Lee:").
    """
    if typ is not SourceType.NAMED_PERSON:
        return False
    words = s.words[a : b + 1]
    if any(
        not is_cap(w) or w.endswith(("'s", "\u2019s")) or w.lower() in s.verbs
        for w in words
    ):
        return False
    if memory.get(s.lows[b].strip(".")) is SourceType.NAMED_PERSON:
        return True  # "Lee:", a transcript's "HOST:"
    return (
        2 <= len(words) <= 3
        and s.lows[a] not in DET
        and not any(w.isupper() and len(w) > 3 for w in words)
    )


def speaker_head(s: Sentence, b: int) -> bool:
    """Whether token ``b`` can head a speaker: a name, a person or a poll."""
    return is_name(s, b) or s.heads.get(s.lows[b]) in SPEAKER_HEADS
