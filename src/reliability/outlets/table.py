"""The outlet registry: ``data/outlets.csv`` parsed into an indexed ``OutletTable``.

One row is one outlet: its canonical domain, other domains (mirrors, country
editions, platform channels such as ``youtube.com/@name``), its name and the
aliases it goes by in text, kind, country, whether a state controls it, the
public source of those facts, and ratings (``id=verdict@date``). Rows are
validated on load: an unknown column, a bad kind or a domain claimed twice is
a ``ResourceError`` naming the line.

The built-in table is read lazily on first use and cached (``builtin_table``);
lookups by URL, host, domain or name are dictionary lookups.
"""

from __future__ import annotations

import csv
import hashlib
import io
import re
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from functools import cache, lru_cache
from pathlib import Path

from reliability.errors import ResourceError
from reliability.outlets.domains import registrable_domain, split_url
from reliability.resources import read_data
from reliability.schema import Outlet, Rating

__all__ = [
    "COLUMNS",
    "KINDS",
    "NON_MEDIA_KINDS",
    "RATING_SCALES",
    "NameMatch",
    "OutletEntry",
    "OutletTable",
    "builtin_table",
    "compact",
    "name_key",
    "parse_table",
]

#: Columns of ``outlets.csv``; ``domain`` and ``name`` are required.
COLUMNS = (
    "domain",
    "name",
    "aliases",
    "domains",
    "kind",
    "country",
    "state_affiliated",
    "source",
    "ratings",
)
_REQUIRED = ("domain", "name")

#: Kinds of outlet the table may give.
KINDS = frozenset(
    {
        "newspaper",
        "broadcaster",
        "wire agency",
        "state-affiliated",
        "platform",
        "audio",
        "blog",
        "magazine",
        "network",
        "digital",
        "government",
        "organization",
    }
)

#: Kinds that publish pages but are not news media: a government body or an
#: organisation named in a story is a source of its own (ANNOTATION.md,
#: source types), so name searches skip them unless asked.
NON_MEDIA_KINDS = frozenset({"government", "organization"})

#: Rating sources the built-in table cites: id -> (name, url, verdict -> 0..1).
RATING_SCALES: dict[str, tuple[str, str, dict[str, float]]] = {
    "wikipedia-rsp": (
        "Wikipedia:Reliable sources/Perennial sources (CC BY-SA 4.0)",
        "https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources",
        {
            "generally reliable": 1.0,
            "no consensus": 0.5,
            "generally unreliable": 0.2,
            "deprecated": 0.0,
            "blacklisted": 0.0,
        },
    ),
}

_WORD = re.compile(r"\w+")
# Where a word in capitals or digits begins (non-ASCII letters too; the
# name search checks the letter's case).
_NAME_START = re.compile(r"\b[^\W_a-z]")
# The rest of a word a window's edge cuts.
_WORD_TAIL = re.compile(r"\w+")
# How far a name reaches from its first letter, in characters.
_WINDOW = 200
# How many newspapers' names a word must end to read as a title's word.
_TITLE_WORD_MIN = 2
# A subdomain's first label shorter than this is a section's or a service's
# ("home.", "news.", "sports."), not how the outlet's logo reads.
_SUBDOMAIN_LOGO_MIN = 7
_APOSTROPHES = "'\u2019"
# Before a name inside a longer one: "Ministry of ", "Council on the ".
_NAME_OF_BEFORE = re.compile(r"\b[A-Z][a-z]+[ \t]+(?:of|for|on)[ \t]+(?:the[ \t]+)?$")
# A capitalised word just before a name: the name ends a longer one.
_WORD_IN_NAME = re.compile(r"(?<![\w'\u2019-])[A-Z][\w&'\u2019-]*[ \t]+$")
# After a name written without its article: "fellow Example contributor".
_STAFF_NOUN = re.compile(
    r"[ \t]+(?:senior[ \t]+|staff[ \t]+)?(?:contributors?|writers?|reporters?"
    r"|columnists?|editors?|correspondents?)\b"
)
#: Words after an outlet's name that make a section of the same outlet
#: ("Example Blog", "Example Radio"), not a longer name of something else.
_SECTION_WORDS = frozenset(
    {
        "audio",
        "blog",
        "channel",
        "columnist",
        "contributor",
        "correspondent",
        "daily",
        "editor",
        "english",
        "international",
        "magazine",
        "network",
        "news",
        "newsletter",
        "online",
        "podcast",
        "photographer",
        "radio",
        "reporter",
        "service",
        "staff",
        "television",
        "tv",
        "weekly",
        "writer",
    }
)


def _words(text: str, limit: int | None = None) -> list[tuple[int, int, str]]:
    """Words of ``text`` as (start, end, lower), possessive ``'s`` and "and" dropped.

    With ``limit``, only the first ``limit`` of them (the rest are not read).
    """
    out: list[tuple[int, int, str]] = []
    folded = text.casefold()
    # Case folding maps each character to one or more: with the length kept,
    # a word's folded form is the same slice of the folded text.
    same = len(folded) == len(text)
    for m in _WORD.finditer(text):
        s, e = m.span()
        word = folded[s:e] if same else m.group().casefold()
        if (
            word == "s"
            and s > 0
            and text[s - 1] in _APOSTROPHES
            and out
            and out[-1][1] == s - 1
        ) or (word == "and" and out):
            # "Food and Rural Affairs" is "Food & Rural Affairs": "&" is no
            # word, so "and" inside a name is none either.
            continue
        out.append((s, e, word))
        if len(out) == limit:
            break
    return out


@lru_cache(maxsize=65536)
def name_key(text: str) -> str:
    """Normalised form of an outlet name: case-folded words, no leading "the".

    ``"The Times of India"`` and ``"times of india"`` give ``"times of india"``;
    ``"RT's"`` gives ``"rt"``.
    """
    words = [w for _, _, w in _words(text)]
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def compact(text: str) -> str:
    """Letters and digits only, case-folded: how a logo reads (``indianarrative``)."""
    return "".join(filter(str.isalnum, text.casefold()))


@dataclass(frozen=True, slots=True)
class OutletEntry:
    """One row of the outlet registry."""

    domain: str
    name: str
    aliases: tuple[str, ...] = ()
    domains: tuple[str, ...] = ()
    kind: str | None = None
    country: str | None = None
    state_affiliated: bool | None = None
    source: str | None = None
    ratings: tuple[Rating, ...] = ()

    def outlet(
        self, *, ratings: Iterable[Rating] | None = None, rule: str | None = None
    ) -> Outlet:
        """This entry as a report ``Outlet`` (``ratings`` replace the table's)."""
        return Outlet(
            domain=self.domain,
            name=self.name,
            kind=self.kind,
            country=self.country,
            state_affiliated=self.state_affiliated,
            ratings=tuple(self.ratings if ratings is None else ratings),
            rule=rule,
        )


@dataclass(frozen=True, slots=True)
class NameMatch:
    """An outlet name found in text: ``[start, end)`` and the entry it names."""

    start: int
    end: int
    entry: OutletEntry
    possessive: bool = False


def _parse_ratings(cell: str, where: str) -> tuple[Rating, ...]:
    out: list[Rating] = []
    for part in cell.split(";"):
        part = part.strip()
        if not part:
            continue
        source_id, eq, rest = part.partition("=")
        label, _, date = rest.partition("@")
        scale = RATING_SCALES.get(source_id.strip())
        if not eq or scale is None:
            raise ResourceError(
                f"{where}: rating {part!r} must be ID=VERDICT@DATE with ID one of "
                f"{', '.join(sorted(RATING_SCALES))}"
            )
        name, url, values = scale
        label = label.strip()
        if label not in values:
            raise ResourceError(
                f"{where}: unknown verdict {label!r} for {source_id}; valid: "
                f"{', '.join(values)}"
            )
        out.append(
            Rating(
                source=name,
                value=values[label],
                label=label,
                date=date.strip() or None,
                url=url,
            )
        )
    return tuple(out)


def _split(cell: str | None) -> tuple[str, ...]:
    return tuple(p.strip() for p in (cell or "").split("|") if p.strip())


def _domain_key(value: str, where: str) -> str:
    value = value.strip().lower()
    host, _, path = value.partition("/")
    if value != value.strip() or not host or " " in value or value.startswith("www."):
        raise ResourceError(f"{where}: bad domain {value!r} (lower-case, no www.)")
    return f"{host}/{path}" if path else host


def parse_table(text: str, *, name: str = "outlets.csv") -> list[OutletEntry]:
    """Parse and validate an outlet table (``#`` lines are comments).

    Raises:
        ResourceError: An unknown or missing column, a bad kind, a bad boolean,
            a bad rating, or a domain claimed by two rows; the message names the
            file and line.
    """
    lines = text.splitlines()
    body = [
        (n, ln)
        for n, ln in enumerate(lines, 1)
        if ln.strip() and not ln.startswith("#")
    ]
    if not body:
        raise ResourceError(f"{name}: no header row")
    reader = csv.reader(io.StringIO("\n".join(ln for _, ln in body)))
    header = [h.strip() for h in next(reader)]
    unknown = [h for h in header if h not in COLUMNS]
    if unknown:
        raise ResourceError(
            f"{name}:{body[0][0]}: unknown column(s) {unknown}; "
            f"valid: {', '.join(COLUMNS)}"
        )
    missing = [c for c in _REQUIRED if c not in header]
    if missing:
        raise ResourceError(f"{name}:{body[0][0]}: missing column(s) {missing}")
    entries: list[OutletEntry] = []
    claimed: dict[str, int] = {}
    for (lineno, _), row in zip(body[1:], reader, strict=False):
        where = f"{name}:{lineno}"
        if len(row) != len(header):
            raise ResourceError(f"{where}: {len(row)} fields, header has {len(header)}")
        cells = dict(zip(header, row, strict=True))
        domain = _domain_key(cells["domain"], where)
        if not cells["name"].strip():
            raise ResourceError(f"{where}: empty name")
        kind = (cells.get("kind") or "").strip() or None
        if kind is not None and kind not in KINDS:
            raise ResourceError(
                f"{where}: unknown kind {kind!r}; valid: {', '.join(sorted(KINDS))}"
            )
        state = (cells.get("state_affiliated") or "").strip().lower()
        if state not in ("", "true", "false"):
            raise ResourceError(
                f"{where}: state_affiliated must be true, false or empty, not {state!r}"
            )
        others = tuple(_domain_key(d, where) for d in _split(cells.get("domains")))
        for d in (domain, *others):
            if d in claimed:
                raise ResourceError(
                    f"{where}: domain {d!r} is already on line {claimed[d]}"
                )
            claimed[d] = lineno
        entries.append(
            OutletEntry(
                domain=domain,
                name=cells["name"].strip(),
                aliases=_split(cells.get("aliases")),
                domains=others,
                kind=kind,
                country=(cells.get("country") or "").strip().upper() or None,
                state_affiliated=None if not state else state == "true",
                source=(cells.get("source") or "").strip() or None,
                ratings=_parse_ratings(cells.get("ratings") or "", where),
            )
        )
    return entries


# A UK body's name as pages shorten it: "Northdale Council" for "Northdale
# County Council" (or County Borough, Borough, District), "Northdale Fire and
# Rescue" for "Northdale Fire and Rescue Service".
_SHORT_FORMS = (
    (
        re.compile(r"^(.+?) (?:County Borough|County|Borough|District) (Council)$"),
        r"\1 \2",
    ),
    (re.compile(r"^(.+ Fire and Rescue) Service$"), r"\1"),
)


def _short_forms(entry: OutletEntry) -> Iterator[str]:
    """Short forms of a UK government body's names, read below its aliases."""
    if entry.country != "GB" or entry.kind != "government":
        return
    for label in (entry.name, *entry.aliases):
        for pattern, short in _SHORT_FORMS:
            if pattern.match(label):
                yield pattern.sub(short, label)


def _article_names(entries: Iterable[OutletEntry]) -> frozenset[str]:
    """One-word names every label writes with "The" ("The National", "The
    Atlantic"): without the article the word is ordinary English.
    """
    with_the: set[str] = set()
    without: set[str] = set()
    for e in entries:
        for label in (e.name, *e.aliases):
            key = name_key(label)
            if " " in key:
                continue
            first = label.split(None, 1)[0].casefold() if label.split() else ""
            (with_the if first == "the" else without).add(key)
    return frozenset(with_the - without)


def _title_words(entries: Iterable[OutletEntry]) -> frozenset[str]:
    """The words newspapers' names end with ("Times", "Gazette", "Herald").

    Those that end the names of two registry newspapers or more.
    """
    ends: dict[str, int] = {}
    for e in entries:
        if e.kind == "newspaper":
            for word in {
                name_key(label).rsplit(" ", 1)[-1]
                for label in (e.name, *e.aliases)
                if " " in name_key(label)
            }:
                ends[word] = ends.get(word, 0) + 1
    return frozenset(w for w, n in ends.items() if n >= _TITLE_WORD_MIN and w.isalpha())


def _acronym_names(entries: Iterable[OutletEntry]) -> frozenset[str]:
    """One-word names every label writes in capitals ("DOE", "NOS"): an
    acronym, which "Jane Doe" or "Nos" in a sentence does not spell.
    """
    capitals: set[str] = set()
    other: set[str] = set()
    for e in entries:
        for label in (e.name, *e.aliases):
            key = name_key(label)
            if key and " " not in key:
                word = label.split()[-1] if label.split() else ""
                (capitals if len(word) > 1 and word.isupper() else other).add(key)
    return frozenset(capitals - other)


@dataclass
class OutletTable:
    """Outlets indexed by every domain and every name they go by.

    Args:
        entries: The rows.
        sha256: Digest of the file they came from.
        name: The file's name, for messages and provenance.
    """

    entries: list[OutletEntry]
    sha256: str = ""
    name: str = "outlets.csv"
    _by_domain: dict[str, OutletEntry] = field(default_factory=dict, repr=False)
    _by_name: dict[str, OutletEntry | None] = field(default_factory=dict, repr=False)
    _by_compact: dict[str, OutletEntry | None] = field(default_factory=dict, repr=False)
    _first_words: dict[str, tuple[int, ...]] = field(default_factory=dict, repr=False)
    _longest: int = 0
    _cache: dict[str, OutletEntry | None] = field(default_factory=dict, repr=False)
    _with_article: frozenset[str] = field(default=frozenset(), repr=False)
    _lower_starts: re.Pattern[str] | None = field(default=None, repr=False)
    _lower_words: tuple[str, ...] = field(default=(), repr=False)
    _reach: dict[str, int] = field(default_factory=dict, repr=False)
    _last_words: frozenset[str] = field(default=frozenset(), repr=False)
    _acronyms: frozenset[str] = field(default=frozenset(), repr=False)
    _title_words: frozenset[str] = field(default=frozenset(), repr=False)

    def __post_init__(self) -> None:
        ranks: dict[str, int] = {}
        cranks: dict[str, int] = {}
        for e in self.entries:
            for d in (e.domain, *e.domains):
                self._by_domain[d] = e
            # A name outranks an alias; equal ranks from two outlets make the
            # key ambiguous, and an ambiguous name is never guessed.
            for rank, label in [(2, e.name)] + [(1, a) for a in e.aliases]:
                self._index(self._by_name, ranks, name_key(label), e, rank)
                self._index(self._by_compact, cranks, compact(label), e, rank)
            for label in _short_forms(e):
                self._index(self._by_name, ranks, name_key(label), e, 0)
            for d in (e.domain, *e.domains):
                # The first label of a domain is how a logo often reads
                # ("indianarrative" for indianarrative.com).
                label = d.split(".", 1)[0]
                if "/" in d or len(label) < 3:
                    continue
                if len(label) >= _SUBDOMAIN_LOGO_MIN or registrable_domain(d) == d:
                    self._index(self._by_compact, cranks, compact(label), e, 1)
        self._with_article = _article_names(self.entries)
        self._acronyms = _acronym_names(self.entries)
        # First words of names written in lower case ("dpa"): a name search
        # tries them besides the words in capitals.
        lower = sorted(
            {
                label.split()[0]
                for e in self.entries
                for label in (e.name, *e.aliases)
                if label.split() and not (label[0].isupper() or label[0].isdigit())
            }
        )
        # How far the names a word opens reach, in characters: twice their
        # length, for the spaces and line breaks a page may put between words.
        for e in self.entries:
            for label in (e.name, *e.aliases):
                words = name_key(label).split()
                if words:
                    reach = min(_WINDOW, 2 * len(label) + 8)
                    self._reach[words[0]] = max(self._reach.get(words[0], 0), reach)
        self._lower_words = tuple(lower)
        if lower:
            self._lower_starts = re.compile(
                r"(?<!\w)(?:" + "|".join(map(re.escape, lower)) + r")(?!\w)"
            )
        # Each first word with the lengths (in words) of the names it opens,
        # longest first: a name search tries only those.
        lengths: dict[str, set[int]] = {}
        for key in self._by_name:
            words = key.split()
            if words:
                lengths.setdefault(words[0], set()).add(len(words))
                self._longest = max(self._longest, len(words))
        self._first_words = {
            w: tuple(sorted(ks, reverse=True)) for w, ks in lengths.items()
        }
        self._last_words = frozenset(k.rsplit(" ", 1)[-1] for k in self._by_name if k)
        self._title_words = _title_words(self.entries)

    @staticmethod
    def _index(
        index: dict[str, OutletEntry | None],
        ranks: dict[str, int],
        key: str,
        entry: OutletEntry,
        rank: int,
    ) -> None:
        if not key:
            return
        if key not in index or rank > ranks[key]:
            index[key], ranks[key] = entry, rank
        elif rank == ranks[key] and index[key] is not entry:
            index[key] = None

    def opens_name(self, word: str) -> bool:
        """Whether some outlet's name (its article aside) begins with ``word``."""
        return word.casefold() in self._first_words

    def ends_title(self, word: str) -> bool:
        """Whether ``word`` ends two newspapers' names or more ("Gazette")."""
        return word.casefold() in self._title_words

    def ends_name(self, word: str) -> bool:
        """Whether some outlet's name ends with ``word``."""
        return word.casefold() in self._last_words

    def __len__(self) -> int:
        return len(self.entries)

    def __iter__(self) -> Iterator[OutletEntry]:
        return iter(self.entries)

    def by_domain(self, value: str) -> OutletEntry | None:
        """The outlet of a URL, host or domain (``edition.cnn.com`` -> CNN).

        Results are cached per query string (a bounded cache).
        """
        cache = self._cache
        try:
            return cache[value]
        except KeyError:
            pass
        if len(cache) >= 65536:
            cache.clear()
        entry = cache[value] = self._lookup_domain(value)
        return entry

    def _lookup_domain(self, value: str) -> OutletEntry | None:
        """Uncached ``by_domain``.

        The host and each parent domain are tried, longest first, so
        ``abcnews.go.com`` and ``news.yahoo.com`` can be outlets of their own;
        on platforms, ``host/first-segment`` finds a channel
        (``youtube.com/@name``).
        """
        parts = split_url(value)
        if parts is None:
            return None
        host = parts.host
        index = self._by_domain
        while True:
            entry = index.get(host)
            if entry is not None:
                if parts.path and entry.kind == "platform":
                    for n in (2, 1):
                        if len(parts.path) >= n:
                            sub = index.get(
                                host + "/" + "/".join(parts.path[:n]).lower()
                            )
                            if sub is not None:
                                return sub
                return entry
            dot = host.find(".")
            if dot < 0 or host.find(".", dot + 1) < 0:
                return None
            host = host[dot + 1 :]

    def by_name(self, text: str) -> OutletEntry | None:
        """The outlet a name or alias stands for; None if unknown or ambiguous."""
        return self._by_name.get(name_key(text))

    def by_compact(self, text: str) -> OutletEntry | None:
        """The outlet whose name or domain label reads as ``text`` run together."""
        return self._by_compact.get(compact(text))

    def lookup(self, query: str) -> OutletEntry | None:
        """Find an outlet by URL, domain or name."""
        query = query.strip()
        if not query:
            return None
        if "." in query or "/" in query:
            entry = self.by_domain(query)
            if entry is not None:
                return entry
        return self.by_name(query)

    def domain_for(self, value: str) -> str | None:
        """The canonical domain of a URL or host: the registry's if known."""
        entry = self.by_domain(value)
        if entry is not None:
            return entry.domain
        return registrable_domain(value)

    def find_names(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        *,
        media_only: bool = True,
        heading: bool = False,
    ) -> list[NameMatch]:
        """Outlet names in ``text[start:end]``, longest first at each word.

        A match must begin with a capital letter or digit unless the name itself
        is written in lower case (``dpa``, ``indianarrative``); names are proper
        nouns, and this keeps ordinary words from matching. With ``media_only``
        (the default) publishers that are not news media (``NON_MEDIA_KINDS``:
        "the Home Office said" names a government source, not an outlet) are
        skipped; a page's own masthead or credit line asks for them too.
        A one-word name that is also an English word must read as a name
        (``_common_word``); with ``heading`` (a masthead or section line,
        "Example Archives") it may open a longer title.
        """
        end = len(text) if end is None else end
        out: list[NameMatch] = []
        after = start  # a name begins after the last one ends
        for pos in _name_starts(self, text, start, end):
            if pos < after:
                continue
            if pos > start and text[pos - 1] in _APOSTROPHES and text[pos] in "sS":
                continue  # the "s" of a possessive is no word
            head = _WORD.match(text, pos, end)
            head_key = head.group().casefold() if head is not None else ""
            lengths = self._first_words.get(head_key)
            if head is None or lengths is None:
                continue  # no name begins with this word
            # The words from here, as far as the longest name can reach (a
            # name never spans more than _WINDOW characters), and no more
            # words than its longest name has.
            stop = min(end, pos + self._reach.get(head_key, _WINDOW))
            tail = _WORD_TAIL.match(text, stop, end) if stop < end else None
            if tail is not None:
                stop = tail.end()
            segment = text[pos:stop]
            words = _words(segment, lengths[0])
            if not words:
                continue
            sizes = self._first_words.get(words[0][2])
            if sizes is None:
                continue
            n = len(words)
            for k in sizes:
                if k > n:
                    continue
                key = " ".join(w for _, _, w in words[:k])
                entry = self._by_name.get(key)
                if entry is None or (media_only and entry.kind in NON_MEDIA_KINDS):
                    continue
                s, e = words[0][0], words[k - 1][1]
                first = segment[s]
                if not (first.isupper() or first.isdigit()) and not any(
                    (label.split() or [""])[0] == segment[s : words[0][1]]
                    for label in (entry.name, *entry.aliases)
                ):
                    continue
                if k == 1 and _common_word(self, text, pos, words, 0, key, heading):
                    continue
                if (
                    k > 1
                    and not heading
                    and entry.kind not in NON_MEDIA_KINDS
                    and _inside_name(text, pos + s, pos + e)
                ):
                    continue
                rest = segment[e:]
                possessive = bool(rest) and rest[0] in _APOSTROPHES
                out.append(NameMatch(pos + s, pos + e, entry, possessive))
                after = pos + e
                break
        return out

    def _lower_positions(self, text: str) -> tuple[int, ...]:
        """Where the lower-case first words of names stand in ``text``."""
        if self._lower_starts is None:
            return ()
        return _lower_positions(self._lower_starts, self._lower_words, text)

    def name_in(
        self,
        text: str,
        start: int = 0,
        end: int | None = None,
        *,
        media_only: bool = True,
        heading: bool = False,
    ) -> NameMatch | None:
        """The outlet a source phrase names (``RT's Ruptly video agency`` -> Ruptly).

        An outlet named as the owner of the next one (a possessive) yields to
        that one; otherwise the first name wins. ``media_only`` as in
        ``find_names``.
        """
        matches = self.find_names(
            text, start, end, media_only=media_only, heading=heading
        )
        for m in matches:
            if not m.possessive:
                return m
        return matches[0] if matches else None


@lru_cache(maxsize=8)
def _lower_positions(
    pattern: re.Pattern[str], words: tuple[str, ...], text: str
) -> tuple[int, ...]:
    """Where ``pattern`` (the lower-case first words of names) matches ``text``.

    Searched once per page (a page is searched for names many times, in
    small windows).
    """
    if not any(w in text for w in words):
        return ()
    return tuple(m.start() for m in pattern.finditer(text))


@cache
def builtin_table() -> OutletTable:
    """The packaged outlet registry, parsed on first use and cached."""
    raw, digest = read_data("outlets.csv")
    return OutletTable(parse_table(raw.decode("utf-8")), sha256=digest)


def load_table(path: str | Path) -> OutletTable:
    """Read an outlet table in the ``outlets.csv`` format from ``path``."""
    p = Path(path)
    try:
        raw = p.read_bytes()
    except OSError as exc:
        raise ResourceError(f"cannot read outlet table {str(p)!r}: {exc}") from None
    return OutletTable(
        parse_table(raw.decode("utf-8"), name=str(p)),
        sha256=hashlib.sha256(raw).hexdigest(),
        name=p.name,
    )


def _name_starts(table: OutletTable, text: str, start: int, end: int) -> list[int]:
    """Where a name may begin in ``text[start:end]``: the words in capitals
    or digits, and the lower-case first words of names written so ("dpa").

    Only these are looked up, not every word of the text.
    """
    starts = [m.start() for m in _NAME_START.finditer(text, start, end)]
    if start < end and _WORD.match(text, start) and (not starts or starts[0] != start):
        starts.insert(0, start)  # a span may begin inside a word
    if table._lower_starts is not None:
        lower = table._lower_positions(text)
        if lower:
            extra = lower[bisect_left(lower, start) : bisect_left(lower, end)]
            if extra:
                starts = sorted(set(starts).union(extra))
    return starts


def _inside_name(text: str, s: int, e: int) -> bool:
    """Whether a name of words in title case ends a longer name.

    "Ministry of Foreign Affairs" is not the magazine "Foreign Affairs"
    (asked of news media only: "A Publication of the Example Foundation"
    names the foundation).
    (A capital word after a name may be glued chrome: "Example Service
    Example Department" on a logo line, so only the words before count.)
    """
    if text[s:e].isupper():
        return False
    return _NAME_OF_BEFORE.search(text[max(0, s - 40) : s]) is not None


def _common_word(
    table: OutletTable,
    text: str,
    offset: int,
    words: list[tuple[int, int, str]],
    i: int,
    key: str,
    heading: bool,
) -> bool:
    """Whether a one-word name at ``words[i]`` is only an English word here.

    Acronyms ("CNN", "NASA") always name their outlet, and only in
    capitals: "Jane Doe" does not name the DOE. A word in title
    case does not when it opens a longer proper name ("Vice President",
    "National Security Agency", "People's Republic"), when the outlet's
    name needs its article and has none ("across the Atlantic" is the
    ocean, "Breaking News" is not "The News"), or when
    it opens a sentence and the page also writes it in lower case
    ("People say ..." on a page that speaks of "people").
    """
    s, e = words[i][0] + offset, words[i][1] + offset
    if key in table._with_article:
        article = text[max(0, s - 4) : s - 1]
        # "fellow Example contributor": the name as its staff's label, unless
        # it ends a longer name ("Lakeside News reporter" is not "The News")
        if article not in ("The", "THE") and (
            not _STAFF_NOUN.match(text, e)
            or _WORD_IN_NAME.search(text, max(0, s - 40), s) is not None
        ):
            return True
    word = text[s:e]
    if word.isupper() and len(word) > 1:
        return False
    if key in table._acronyms:
        return True
    possessive = text.startswith(("'s", "\u2019s"), e)
    # "Example's Morning Briefing" is the outlet's; "People's Republic" is
    # a longer name when the page also writes "people".
    if possessive and not _lower_elsewhere(text, key):
        return False
    j = e + 2 if possessive else e
    if (
        not heading
        and text[j : j + 1] in (" ", "-", "\u2010", "\u2011")
        and text[j + 1 : j + 2].isupper()
    ):
        nxt = _WORD.match(text, j + 1)
        # "Deeplinks Blog", "Example Radio": the outlet's own section.
        return nxt is None or nxt.group().casefold() not in _SECTION_WORDS
    before = text[max(0, s - 4) : s].rstrip(" \t\"'\u201c\u2018")
    if before and before[-1] not in ".!?:\n":
        return False
    return _lower_elsewhere(text, key)


def _lower_elsewhere(text: str, key: str) -> bool:
    """Whether the page writes ``key`` in lower case as a word of its own."""
    return re.search(rf"(?<![\w.@/-]){re.escape(key)}\b", text) is not None
