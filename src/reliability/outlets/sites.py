"""Sites a page names as itself: which domains publish news, which never do.

Two packaged word lists back the outlet annotator when the registry has no
row for a page's publisher:

- ``lexicons/news_domains.txt``: news domains (the domain column of Lin et
  al. 2023, domains only), indexed by their name run together
  (``dailyexample.com`` -> ``dailyexample``) so that a masthead or copyright
  name ("The Daily Example") finds its domain;
- ``lexicons/news_names.tsv``: outlets' names with their domains, for the
  names that are not their domain run together ("Commercial Dispatch" at
  ``cdispatch.com``; from an open list of US local outlets);
- ``lexicons/non_publisher_domains.txt``: mail providers, link shorteners,
  CDNs, app stores and the like, which a page shows without being them.

They are read on first use and cached.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from reliability.outlets.domains import registrable_domain
from reliability.outlets.table import compact
from reliability.resources import load_lexicon, read_data

__all__ = [
    "NEWS_DOMAINS",
    "NEWS_NAMES",
    "NON_PUBLISHERS",
    "SiteIndex",
    "site_digests",
    "site_index",
]

#: Lexicon names of the lists.
NEWS_DOMAINS = "news_domains"
NEWS_NAMES = "news_names"
NON_PUBLISHERS = "non_publisher_domains"
_FILES = {
    NEWS_DOMAINS: "lexicons/news_domains.txt",
    NEWS_NAMES: "lexicons/news_names.tsv",
    NON_PUBLISHERS: "lexicons/non_publisher_domains.txt",
}

# A name run together must be at least this long to stand for a domain:
# short keys ("abc", "wire") are names of too many things.
_MIN_KEY = 6
# A broadcaster's call sign in capitals ("WXYZ", "KXYZ-TV") names its station
# however short: North American stations' sites are their call signs.
_CALL_SIGN = re.compile(r"[KW][A-Z]{3}|[KW][A-Z]{2,3}[- ]?(?:TV|FM|AM|DT)")


# A word ending this many listed outlets' names is a word of newspapers'
# titles ("Courier", "Bee", "Leader").
_TITLE_NAMES = 25
# A name written as its address: "Example.com", "ExampleNews.org".
_ADDRESS_NAME = re.compile(r"\.(?:com|org|net|news|info|tv|us|co\.uk|ca)$", re.I)
# A call sign opening a station's longer name: "WXYZ - Channel 7 News".
_CALL_SIGN_LEAD = re.compile(r"([KW][A-Z]{3})(?:-(?:TV|FM|AM|DT))?(?=[ \t]+\S)")
# Last words a title carries that its address often leaves out:
# "Example Valley News" at examplevalley.com, "Example Magazine" at example.com.
_DROPPED_LAST = frozenset({"magazine", "news", "newspaper", "online"})


def _name_variants(name: str) -> tuple[str, ...]:
    """Shorter spellings of a news name its domain may be built from.

    "Example.com" reads as "Example"; "Hill & Dale News" as "Hill and Dale
    News"; "Example Daily Times" as "Example Times" (the "daily" an address
    leaves out); "Example Valley News" as "Example Valley"; "Example County
    News" as "Example Co News"; "WXYZ - Channel 7" as its call sign. Each
    was checked on the names and sites of public outlet lists: together
    they find about 500 more sites than the name run together, and about
    one wrong site for every 25 right ones.
    """
    name = name.strip()
    out: list[str] = []
    m = _ADDRESS_NAME.search(name)
    if m is not None and " " not in name:
        out.append(name[: m.start()])
    if "&" in name:
        out.append(name.replace("&", " and "))
    words = name.split()
    if len(words) > 2 and any(w.lower() == "daily" for w in words[1:]):
        out.append(" ".join(w for w in words if w.lower() != "daily"))
    if len(words) >= 2 and words[-1].lower() in _DROPPED_LAST:
        out.append(" ".join(words[:-1]))
    if len(words) > 2 and any(w.lower() == "county" for w in words[1:-1]):
        # "Example County News" at exampleconews.com
        out.append(" ".join("Co" if w.lower() == "county" else w for w in words))
    cs = _CALL_SIGN_LEAD.match(name)
    if cs is not None:
        out.append(cs.group(1))
    return tuple(out)


@dataclass(frozen=True, slots=True)
class SiteIndex:
    """News domains by their name run together, and the non-publishers."""

    by_key: dict[str, str]
    news: frozenset[str]
    non_publishers: frozenset[str]
    digests: dict[str, str]
    title_words: frozenset[str] = frozenset()

    def ends_title(self, word: str) -> bool:
        """Whether ``word`` ends many listed outlets' names ("Courier", "Bee")."""
        return word.casefold() in self.title_words

    def domain_for_name(self, name: str) -> str | None:
        """The one news domain whose name ``name`` reads as, run together.

        ``"The Daily Example"`` finds ``dailyexample.com`` (with or without
        the article); a key two domains share, or a short one, finds nothing,
        unless the name is a broadcaster's call sign ("WXYZ-TV"). A name
        that is not its domain's label as written tries the few ways
        newspapers shorten their names for an address (``_name_variants``).
        """
        found = self._by_name_key(name)
        if found is None:
            for variant in _name_variants(name):
                found = self._by_name_key(variant)
                if found is not None:
                    break
        return found

    def domain_for_exact_name(self, name: str) -> str | None:
        """As ``domain_for_name``, without the shortened variants of the name."""
        return self._by_name_key(name)

    def _by_name_key(self, name: str) -> str | None:
        key = compact(name)
        if len(key) < _MIN_KEY and not _CALL_SIGN.fullmatch(name.strip()):
            return None
        found = self.by_key.get(key)
        if found is None and key.startswith("the"):
            found = self.by_key.get(key[3:]) if len(key) - 3 >= _MIN_KEY else None
        elif found is None and len(name.split()) > 1:
            # "Example Herald" written without the article its address
            # keeps (``theexampleherald.com``)
            found = self.by_key.get("the" + key)
        return found or None

    def is_publisher(self, domain: str) -> bool:
        """Whether ``domain`` may be a page's publisher (not a mail or link service)."""
        if domain in self.non_publishers:
            return False
        reg = registrable_domain(domain)
        return reg is not None and reg not in self.non_publishers


def site_digests() -> dict[str, str]:
    """SHA-256 of the lists by file name, without parsing them."""
    return {path: read_data(path)[1] for path in _FILES.values()}


@cache
def site_index() -> SiteIndex:
    """The packaged site lists, indexed (read once)."""
    news = load_lexicon(NEWS_DOMAINS)
    names = load_lexicon(NEWS_NAMES)
    non = load_lexicon(NON_PUBLISHERS)
    by_key: dict[str, str] = {}
    for domain in news.entries:
        if domain.count(".") > 1 and registrable_domain(domain) != domain:
            continue  # "news.example.edu": its label alone is not its name
        key = compact(domain.split(".", 1)[0])
        # Two domains under one name ("example.com", "example.co.uk"): no answer.
        by_key[key] = "" if key in by_key else domain
    # A listed name reads as its site unless a domain is spelled that way:
    # the address a name spells is the stronger evidence.
    by_name: dict[str, str] = {}
    for name, site in names.entries.items():
        key = compact(name)
        key = key[3:] if key.startswith("the") and len(key) > 3 else key
        if key not in by_key and site:
            by_name[key] = "" if by_name.get(key, site) != site else site
    listed = frozenset(d for d in names.entries.values() if d)
    ends: dict[str, int] = {}
    for name in names.entries:
        last = name.rsplit(None, 1)[-1] if " " in name else ""
        if last.isalpha():
            ends[last] = ends.get(last, 0) + 1
    return SiteIndex(
        by_key={**by_name, **by_key},
        news=frozenset(news.entries) | listed,
        non_publishers=frozenset(non.entries),
        title_words=frozenset(w for w, n in ends.items() if n >= _TITLE_NAMES),
        digests={
            _FILES[NEWS_DOMAINS]: news.sha256,
            _FILES[NEWS_NAMES]: names.sha256,
            _FILES[NON_PUBLISHERS]: non.sha256,
        },
    )
