"""Fill the ``ratings`` column of the packaged ``outlets.csv`` from Wikipedia RSP.

The outlet facts (names, domains, kind, country, state ownership, ``source``)
are written by hand in the table; this script derives each outlet's Wikipedia
"Reliable sources/Perennial sources" verdict (CC BY-SA 4.0) from the public
structured copies of that page, so the ratings can be rebuilt at any time:

    python scripts/build_outlets.py [--rsp ../shared/data/wikipedia-perennial-sources]
        [--lin ../shared/data/lin2023-domain-quality]

The 2026 domain-level ranking is used first (its file date); the 2021 snapshot
fills outlets the newer file leaves out (it drops blacklisted sources such as
RT and Sputnik, which Wikipedia no longer cites). It also prints how many of
the most-cited RSP news domains the table covers.

It also writes ``data/lexicons/news_domains.txt``, the news domains the
outlet annotator matches a page's own name or address against when the
registry has no row for it: the domain column of Lin et al. (2023), "High
level of correspondence across different news domain quality rating sets",
PNAS Nexus 2(9), pgad286 (https://github.com/hauselin/domain-quality-ratings,
"Feel free to reuse the data"), with the domain columns of two other public
outlet sets: Burdisso et al. (2024), NAACL, ``golden_truth_dataset.csv``
(https://github.com/idiap/News-Media-Reliability, Apache-2.0), and Baly et
al. (2018, 2020) ``corpus.tsv`` (https://github.com/ramybaly/News-Media-Reliability,
no licence stated; only the outlets' home-page domains are taken, as facts).
Only the domains are shipped: the sets' labels are derived from NewsGuard and
MBFC ratings, whose terms do not allow redistribution.

    python scripts/build_outlets.py [--burdisso DIR] [--baly DIR]

With ``--dotgov FILE --dotgov-date DATE`` it also writes the US federal
executive agencies' rows from CISA's list of registered .gov domains
(``current-federal.csv`` of https://github.com/cisagov/dotgov-data, CC0 1.0):
one row per organisation (or sub-organisation) whose name the list gives and
one of whose domains spells that name (its initials, as ``nasa.gov``, or a
word of it, as ``commerce.gov``); the group's other domains go in
``domains``. Organisations the table already has are left as they are; the
rows the list wrote before are replaced, so the step can be rerun.

    python scripts/build_outlets.py --dotgov FILE --dotgov-date 2026-08-18

With ``--local-news FILE`` it writes only ``data/lexicons/news_names.tsv``:
the names of US local newspapers, magazines and TV stations with their
sites' domains, from Leon Yin's Local News Dataset
(``data/local_news_dataset_2018.csv`` of
https://github.com/yinleon/LocalNewsDataset at df1ca4b, MIT licence; names and home
pages gathered from USNPL, stationindex and the station groups' sites in
2018). The outlet annotator reads a masthead, title bar or copyright name
through it when the name is not its domain run together ("Commercial
Dispatch" at ``cdispatch.com``). Names one word long, names made only of
words common to many titles ("Regional News"), names the list gives two
domains, and domains many names share (a group's common site) are left out.

    python scripts/build_outlets.py --local-news local_news_dataset_2018.csv

With ``--govuk-domains FILE --govuk-date DATE`` it writes the UK public
bodies' rows from the "List of gov.uk domain names" that GOV.UK publishes
(https://www.gov.uk/government/publications/list-of-gov-uk-domain-names,
Open Government Licence v3.0; the 6 September 2017 register report, columns
``Domain Name``, ``Owner``, ``Representing``, as copied in
https://github.com/openregister/government-domain-data at 5938c6f,
``lists/jisc/Government_Domain_Register_Report 06Sept2017.csv``): councils,
fire and rescue services, agencies and devolved departments. A body is kept
when its domain spells its name ("southwales-fire.gov.uk" for "South Wales
Fire and Rescue Service", "aaib.gov.uk" for the Air Accidents Investigation
Branch) and the name is at least two words, one of them not a word many of
the list's names share or a word of office ("Falkirk Council", not "Attorney
General"), or three words long at least; a
name the table already has, or that two bodies share, is left out.

    python scripts/build_outlets.py --govuk-domains FILE --govuk-date 2017-09-06
"""

from __future__ import annotations

import argparse
import csv
import io
import re
import sys
from collections import defaultdict
from collections.abc import Iterable
from functools import cache
from pathlib import Path

from reliability.outlets.domains import registrable_domain
from reliability.outlets.loaders import load_ratings
from reliability.outlets.sites import NON_PUBLISHERS
from reliability.outlets.table import COLUMNS, OutletEntry, name_key, parse_table
from reliability.resources import load_lexicon

ROOT = Path(__file__).resolve().parent.parent
SHARED_DATA = ROOT.parent / "shared" / "data"
TABLE = ROOT / "src" / "reliability" / "data" / "outlets.csv"
RSP_NEW = ("rsp_reliability_ranking_2026.csv", "2026-06-26")
RSP_OLD = ("perennial_sources_2021-03-17.csv", "2021-03-17")
NEWS_DOMAINS = ROOT / "src" / "reliability" / "data" / "lexicons" / "news_domains.txt"
NEWS_DOMAINS_HEADER = (
    "# News domains (ANNOTATION.md, Document): a page's own name or address is matched"
    " against these\n"
    "# when the registry has no row for it. Domains only, from Lin et al. (2023),"
    " PNAS Nexus 2(9), pgad286,\n"
    "# https://github.com/hauselin/domain-quality-ratings (data/domain_pc1.csv at"
    " 5671d57; 'Feel free to reuse the data').\n"
    "# Also the domain columns of Burdisso et al. (2024), golden_truth_dataset.csv,"
    " https://github.com/idiap/News-Media-Reliability\n"
    "# (Apache-2.0), and of Baly et al. (2018, 2020), corpus.tsv,"
    " https://github.com/ramybaly/News-Media-Reliability\n"
    "# (no licence stated; home-page domains only).\n"
    "# Written by scripts/build_outlets.py; no rating is shipped.\n"
)
BURDISSO = ("golden_truth_dataset.csv",)
NEWS_NAMES = ROOT / "src" / "reliability" / "data" / "lexicons" / "news_names.tsv"
MIT_NOTICE = """Copyright (c) 2018 Leon Yin

Permission is hereby granted, free of charge, to any person obtaining a copy
of this software and associated documentation files (the "Software"), to deal
in the Software without restriction, including without limitation the rights
to use, copy, modify, merge, publish, distribute, sublicense, and/or sell
copies of the Software, and to permit persons to whom the Software is
furnished to do so, subject to the following conditions:

The above copyright notice and this permission notice shall be included in all
copies or substantial portions of the Software.

THE SOFTWARE IS PROVIDED "AS IS", WITHOUT WARRANTY OF ANY KIND, EXPRESS OR
IMPLIED, INCLUDING BUT NOT LIMITED TO THE WARRANTIES OF MERCHANTABILITY,
FITNESS FOR A PARTICULAR PURPOSE AND NONINFRINGEMENT. IN NO EVENT SHALL THE
AUTHORS OR COPYRIGHT HOLDERS BE LIABLE FOR ANY CLAIM, DAMAGES OR OTHER
LIABILITY, WHETHER IN AN ACTION OF CONTRACT, TORT OR OTHERWISE, ARISING FROM,
OUT OF OR IN CONNECTION WITH THE SOFTWARE OR THE USE OR OTHER DEALINGS IN THE
SOFTWARE."""
LOCAL_NEWS_URL = "https://github.com/yinleon/LocalNewsDataset"
NEWS_NAMES_HEADER = (
    "# News outlets' names and their domains (ANNOTATION.md, Document): a"
    " masthead, title bar or\n"
    "# copyright name the registry does not hold is read through these."
    " name<TAB>domain, lower-case.\n"
    "# From Leon Yin's Local News Dataset (2018), data/local_news_dataset_2018.csv"
    " at df1ca4b,\n"
    f"# {LOCAL_NEWS_URL} (MIT licence, Copyright (c) 2018 Leon Yin).\n"
    "# Written by scripts/build_outlets.py --local-news.\n"
    "#\n"
    "# The source's licence (MIT):\n"
    + "".join(f"# {line}\n".replace("# \n", "#\n") for line in MIT_NOTICE.split("\n"))
)
# A title word is one that many of the list's names share ("News", "County",
# "Valley"): a name made only of such words names no one paper.
_COMMON_NAME_WORD = 12
# A site that many names share is a group's or a network's common site.
_SHARED_SITE = 3
_MIN_NAME_KEY = 8
_CALL_SIGN = re.compile(r"[KW][A-Z]{2,3}(?:-(?:TV|FM|AM|DT))?")
BALY = ("emnlp18_corpus.tsv", "acl2020_corpus.tsv")
DOTGOV_URL = "https://github.com/cisagov/dotgov-data/blob/main/current-federal.csv"
DOTGOV_NOTE = (
    "# `source` = {url} rows are written by scripts/build_outlets.py --dotgov"
    " from that file as of {date} (CC0 1.0).".format(url=DOTGOV_URL, date="{date}")
)
# Test and development copies of a site ("tsptest.gov", "devcftc.gov").
_STAGING = re.compile(r"^dev|-?test(?=\.gov$)")
# Words left out of an agency's initials ("Department of the Interior" -> "di").
_MINOR = frozenset({"of", "the", "and", "for", "on", "in", "to", "&"})
# Leading words a domain's initials often leave out ("Department of Health and
# Human Services" is hhs.gov).
_HEADS = frozenset({"department", "office", "bureau", "u.s.", "united", "states"})


def _name_words(name: str) -> list[str]:
    return [w for w in re.findall(r"[A-Za-z][A-Za-z.'-]*", name)]


def _spellings(name: str, *, words: bool) -> dict[str, str]:
    """Domain stems that spell ``name``, each with how ("initials" or "word")."""
    ws = [w.lower() for w in _name_words(name) if w.lower() not in _MINOR]
    out: dict[str, str] = {}
    if len(ws) > 1:
        initials = "".join(w[0] for w in ws)
        out[initials] = out["us" + initials] = "initials"
        if ws[0] in _HEADS:
            out["".join(w[0] for w in ws[1:])] = "initials"
        out["".join(w.replace(".", "") for w in ws)] = "word"
    if words:
        for w in ws:
            if len(w) >= 5 and w not in _HEADS:
                out.setdefault(w, "word")
    return out


def _aliases(name: str, acronym: str | None) -> list[str]:
    """How a page prints the agency: "U.S." and "United States" forms, acronym."""
    out = []
    for long, short in (("United States ", "U.S. "), ("U.S. ", "United States ")):
        if name.startswith(long):
            out += [short + name[len(long) :], name[len(long) :]]
            break
    else:
        if "United States" not in name:
            out.append("U.S. " + name)
    if acronym:
        out.append(acronym.upper())
    return out


def dotgov_entries(
    path: Path, *, known: Iterable[OutletEntry], short_acronyms: frozenset[str]
) -> list[OutletEntry]:
    """Rows for the US federal executive agencies in CISA's ``current-federal.csv``.

    Args:
        path: The list (columns ``Domain name``, ``Domain type``, ``Organization
            name``, ``Suborganization name``, ...).
        known: The table's other rows: an agency whose domain or name one of
            them has is left to it, and their domains are not claimed again.
        short_acronyms: Names already in the table; an agency's initials are
            given as an alias only when they are four letters or more and not one
            of these.

    Returns:
        One entry per agency, sorted by domain.
    """
    taken = {d for e in known for d in (e.domain, *e.domains)}
    names = {name_key(n) for e in known for n in (e.name, *e.aliases)}
    groups: dict[str, dict[str, list[str]]] = defaultdict(lambda: defaultdict(list))
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            org = row["Organization name"].strip()
            if row["Domain type"] != "Federal - Executive" or not org[:1].isalpha():
                continue
            sub = row["Suborganization name"].strip()
            groups[org][sub if sub != org else ""].append(row["Domain name"].lower())
    listed = {d for subs in groups.values() for ds in subs.values() for d in ds}
    for subs in groups.values():
        for ds in subs.values():
            # A test or development copy of a listed site publishes nothing.
            ds[:] = [
                d
                for d in ds
                if _STAGING.sub("", d) == d or _STAGING.sub("", d) not in listed
            ]
    out: list[OutletEntry] = []
    for org, subs in sorted(groups.items()):
        # The organisation first, over all its domains (the list files ed.gov
        # under an office of the Department of Education): a word of its name
        # claims its domain (energy.gov) before a sub-office can. A sub-office
        # takes a domain only from its own group (anl.gov is Argonne's, not
        # Ames National Laboratory's).
        claimed: set[str] = set()
        for sub in ["", *sorted(s for s in subs if s)]:
            name = re.sub(r"^The ", "", sub or org)
            spells = _spellings(name, words=not sub)
            pool = subs[sub] if sub else [d for ds in subs.values() for d in ds]
            hits = [
                d
                for d in sorted(set(pool))
                if d.removesuffix(".gov") in spells and d not in claimed
            ]
            if not hits:
                continue
            hits.sort(key=lambda d: (spells[d.removesuffix(".gov")] != "initials", d))
            domain = hits[0]
            claimed.add(domain)
            # A programme's name ("U.S. - ASEAN Connect") is no agency's.
            bare = re.sub(r"^(United States|U\.S\.) ", "", name)
            if domain in taken or name_key(name) in names or not bare[:1].isalpha():
                continue
            stem = domain.removesuffix(".gov")
            acronym = (
                stem
                if spells[stem] == "initials"
                and len(stem) >= 4
                and stem.upper() not in short_acronyms
                else None
            )
            others = [d for d in subs[sub] if d != domain and d not in taken | claimed]
            claimed.update(others)
            aliases = _aliases(name, acronym)
            if any(name_key(a) in names for a in aliases):
                continue  # the same agency under another domain (ich.gov, usich.gov)
            names.update(name_key(n) for n in (name, *aliases))
            out.append(
                OutletEntry(
                    domain=domain,
                    name=name,
                    aliases=tuple(aliases),
                    domains=tuple(others),
                    kind="government",
                    country="US",
                    state_affiliated=True,
                    source=DOTGOV_URL,
                )
            )
    return sorted(out, key=lambda e: e.domain)


def _site_domain(value: str) -> str | None:
    """A home page's registrable domain, if the page is the site's own root."""
    value = value.strip().lower()
    host = value.split("//", 1)[-1].split("/", 1)[0].removeprefix("www.")
    if not host or "." not in host:
        return None
    domain = registrable_domain(host)
    return domain if domain == host else None


def write_news_domains(
    lin: Path,
    out: Path,
    *,
    burdisso: Path | None = None,
    baly: Path | None = None,
    exclude: Iterable[str] = (),
) -> int:
    """Write the domain columns of the outlet sets found; return the count.

    Lin et al.'s ``domain_pc1.csv`` is required; the Burdisso and Baly files
    are added when present. Domains in ``exclude`` (platforms, mail and link
    services, which the sets sometimes rate) are left out: a page naming
    them is never their page.
    """
    with (lin / "domain_pc1.csv").open(encoding="utf-8", newline="") as f:
        found = {r["domain"].strip().lower() for r in csv.DictReader(f)}
    extra: list[str] = []
    for folder, names, column, delimiter in (
        (burdisso, BURDISSO, "domain", ","),
        (baly, BALY, "source_url", "\t"),
    ):
        for name in names if folder is not None else ():
            path = folder / name
            if path.exists():
                with path.open(encoding="utf-8", newline="") as f:
                    rows = csv.DictReader(f, delimiter=delimiter)
                    extra += [r[column] for r in rows]
    found |= {d for d in map(_site_domain, extra) if d is not None}
    domains = sorted(found - {""} - set(exclude))
    out.write_text(NEWS_DOMAINS_HEADER + "\n".join(domains) + "\n", encoding="utf-8")
    return len(domains)


def news_names(path: Path, *, exclude: Iterable[str] = ()) -> dict[str, str]:
    """Distinctive outlet names of the Local News Dataset and their domains.

    A name is kept when it is a station's call sign ("KXYZ") or at least two
    words, one of them not a word many names share ("Lakeside" in "Lakeside
    Gazette"), and its letters run together are at least eight long. A name
    given two domains, a domain given three names or more, and the domains
    in ``exclude`` are left out.
    """
    with path.open(encoding="utf-8", newline="") as f:
        rows = [
            (r["name"].strip(), r["domain"].strip().lower()) for r in csv.DictReader(f)
        ]
    pairs: list[tuple[str, str]] = []
    for name, site in rows:
        domain = _site_domain(site) if name and "." in site else None
        if domain is not None and domain not in exclude:
            pairs.append((name, domain))
    words: dict[str, set[str]] = defaultdict(set)
    for name, _ in pairs:
        for w in re.findall(r"[a-z]+", name.lower()):
            words[w].add(name)
    common = {w for w, names in words.items() if len(names) >= _COMMON_NAME_WORD}
    names_of: dict[str, set[str]] = defaultdict(set)
    domains_of: dict[str, set[str]] = defaultdict(set)
    for name, domain in pairs:
        key = " ".join(name.lower().split())
        names_of[domain].add(key)
        domains_of[key].add(domain)
    out: dict[str, str] = {}
    for key, domains in domains_of.items():
        (domain,) = domains if len(domains) == 1 else (None,)
        if domain is None or len(names_of[domain]) >= _SHARED_SITE:
            continue
        ws = re.findall(r"[a-z]+", key)
        letters = "".join(ch for ch in key if ch.isalnum()).removeprefix("the")
        if _CALL_SIGN.fullmatch(key.upper()) or (
            len(ws) >= 2
            and any(w not in common for w in ws)
            and len(letters) >= _MIN_NAME_KEY
        ):
            out[key] = domain
    return out


def write_news_names(path: Path, out: Path, *, exclude: Iterable[str] = ()) -> int:
    """Write ``news_names.tsv`` from the Local News Dataset; return the count."""
    names = news_names(path, exclude=set(exclude))
    lines = [f"{name}\t{domain}" for name, domain in sorted(names.items())]
    out.write_text(NEWS_NAMES_HEADER + "\n".join(lines) + "\n", encoding="utf-8")
    return len(lines)


GOVUK_URL = "https://www.gov.uk/government/publications/list-of-gov-uk-domain-names"
GOVUK_NOTE = (
    "# `source` = {url} rows are written by scripts/build_outlets.py --govuk-domains"
    " from the register report of {date} (Open Government Licence v3.0)."
)
# A word that this many of the list's names share ("council", "borough",
# "health") tells no body apart.
_GOVUK_COMMON_WORD = 8
# Words of office and of kinds of body, which name no one body however
# seldom the list uses them ("Attorney General", "Chief Secretary").
_GOVUK_TITLE_WORDS = frozenset(
    "agency attorney authority board branch chief commission commissioner"
    " committee council court department directorate executive general"
    " government inspectorate minister ministry office officer panel secretary"
    " service services tribunal unit".split()
)
# A name of this many words (besides "of", "and") is a body's own, whatever
# its words: "Air Accidents Investigation Branch". A shorter one needs a word
# of a body ("Falkirk Council"): "West Suffolk" or "Lake District" is a place.
_GOVUK_LONG_NAME = 3
_GOVUK_BODY_WORDS = _GOVUK_TITLE_WORDS | frozenset(
    "brigade commission fire police regulator rescue trust".split()
)
# A campaign's, a project's or a web service's name is no publisher's.
_GOVUK_NOT_BODY = frozenset(
    "campaign gateway initiative portal programme project referendum".split()
)
# A parenthesised note after a name: "(Welsh Language)", "(SNEN)".
_PARENS = re.compile(r"\s*\([^)]*\)")


def _spells(part: str, words: list[str]) -> bool:
    """Whether ``part`` is made of the words of a name, whole or by initial, in order.

    "southwales" spells "South Wales Fire", "aaib" the Air Accidents
    Investigation Branch; a word may be passed over ("fire" in "South Wales
    Fire and Rescue Service").
    """

    @cache
    def rest(at: int, i: int) -> bool:
        if at == len(part):
            return True
        for j in range(i, len(words)):
            w = words[j]
            if part.startswith(w, at) and rest(at + len(w), j + 1):
                return True
            if part[at] == w[0] and rest(at + 1, j + 1):
                return True
        return False

    return rest(0, 0)


def _govuk_name(value: str) -> str:
    name = _PARENS.sub("", " ".join(value.split()))
    name = re.sub(r"^the ", "", name, flags=re.I).strip(" ,.:;")
    # A name given all in lower case is printed with capitals; one that opens
    # with a lower-case word ("shared management of ...") with a capital
    # first (a name search reads lower-case first words on every page).
    if name.islower():
        return name.title()
    first = name.split(" ", 1)[0]
    return name[:1].upper() + name[1:] if first.islower() else name


def _spelled_by(domain: str, name: str) -> bool:
    """Whether each label of the domain's stem spells the name (``_spells``)."""
    stem = domain.removesuffix(".gov.uk")
    words = [
        w
        for w in re.findall(r"[a-z0-9]+", name.lower().replace("&", " and "))
        if w not in _MINOR
    ]
    parts = [p for p in re.split(r"[-.]", stem) if p]
    return bool(words and parts) and all(_spells(p, words) for p in parts)


def _distinctive(name: str, common: set[str]) -> bool:
    """Whether a name tells one body apart: long, or a body's and an uncommon word."""
    if ".gov" in name.lower():  # a site's address given for a name
        return False
    words = [w for w in re.findall(r"[a-z]+", name.lower()) if w not in _MINOR]
    if len(words) < 2 or _GOVUK_NOT_BODY.intersection(words):
        return False
    if len(words) >= _GOVUK_LONG_NAME:
        return True
    return bool(_GOVUK_BODY_WORDS.intersection(words)) and any(
        w not in common for w in words
    )


def govuk_entries(path: Path, *, known: Iterable[OutletEntry]) -> list[OutletEntry]:
    """Rows for the UK public bodies of GOV.UK's list of gov.uk domain names.

    Args:
        path: The register report (columns ``Domain Name``, ``Owner``,
            ``Representing``).
        known: The table's other rows: their domains and names are not
            claimed again.

    Returns:
        One entry per body, sorted by domain: the domain that spells its name
        (the shortest, if several do), its other spelled domains in
        ``domains``, the owner's name as an alias when that spells it too.
    """
    taken = {d for e in known for d in (e.domain, *e.domains)}
    names = {name_key(n) for e in known for n in (e.name, *e.aliases)}
    with path.open(encoding="utf-8", errors="replace", newline="") as fh:
        rows = [
            (
                r["Domain Name"].strip().lower().removeprefix("www."),
                _govuk_name(r["Representing"] or r["Owner"]),
                _govuk_name(r["Owner"]),
            )
            for r in csv.DictReader(fh)
        ]
    word_names: dict[str, set[str]] = defaultdict(set)
    for _, name, _ in rows:
        for w in set(re.findall(r"[a-z]+", name.lower())):
            word_names[w].add(name_key(name))
    common = {w for w, ns in word_names.items() if len(ns) >= _GOVUK_COMMON_WORD}
    common |= _MINOR | _GOVUK_TITLE_WORDS
    by_name: dict[str, list[tuple[str, str, str]]] = defaultdict(list)
    for domain, name, owner in rows:
        if (
            domain.endswith(".gov.uk")
            and domain not in taken
            and _spelled_by(domain, name)
            and _distinctive(name, common)
        ):
            by_name[name_key(name)].append((domain, name, owner))
    out: list[OutletEntry] = []
    claimed: set[str] = set()
    for key, group in sorted(by_name.items()):
        if key in names or len({name for _, name, _ in group}) > 1:
            continue
        domains = sorted({d for d, _, _ in group}, key=lambda d: (len(d), d))
        domain, name, owner = next(g for g in group if g[0] == domains[0])
        if any(d in claimed for d in domains):
            continue
        claimed.update(domains)
        aliases = tuple(
            a
            for a in {o for _, _, o in group}
            if name_key(a) not in (key, *names) and _spelled_by(domain, a)
        )
        names.add(key)
        names.update(name_key(a) for a in aliases)
        out.append(
            OutletEntry(
                domain=domain,
                name=name,
                aliases=tuple(sorted(aliases)),
                domains=tuple(domains[1:]),
                kind="government",
                country="GB",
                state_affiliated=True,
                source=GOVUK_URL,
            )
        )
    return sorted(out, key=lambda e: e.domain)


def _with_govuk(
    entries: list[OutletEntry], comments: list[str], path: Path, date: str
) -> tuple[list[OutletEntry], list[str]]:
    """The table with its gov.uk-list rows rebuilt from ``path``, and its header."""
    kept = [e for e in entries if e.source != GOVUK_URL]
    new = govuk_entries(path, known=kept)
    print(f"{len(new)} UK public bodies from {path} ({date})", file=sys.stderr)
    note = GOVUK_NOTE.format(url=GOVUK_URL, date=date)
    comments = [c for c in comments if GOVUK_URL not in c] + [note]
    return kept + new, comments


def _with_dotgov(
    entries: list[OutletEntry], comments: list[str], path: Path, date: str
) -> tuple[list[OutletEntry], list[str]]:
    """The table with its .gov-list rows rebuilt from ``path``, and its header."""
    kept = [e for e in entries if e.source != DOTGOV_URL]
    acronyms = frozenset(
        n for e in kept for n in (e.name, *e.aliases) if n.isupper() or len(n) <= 3
    )
    new = dotgov_entries(path, known=kept, short_acronyms=acronyms)
    print(f"{len(new)} US federal agencies from {path} ({date})", file=sys.stderr)
    note = DOTGOV_NOTE.format(date=date)
    comments = [c for c in comments if DOTGOV_URL not in c] + [note]
    return kept + new, comments


def _rating_cells(text: str) -> dict[str, str]:
    """The ``ratings`` cell of each row of the table's text, by domain."""
    body = "\n".join(ln for ln in text.splitlines() if not ln.startswith("#"))
    return {r["domain"]: r["ratings"] for r in csv.DictReader(io.StringIO(body))}


def _rsp_cells(rsp: Path, entries: Iterable[OutletEntry]) -> dict[str, str]:
    """Each outlet's Wikipedia RSP verdict as a ``ratings`` cell, by domain."""
    sources = []
    for name, date in (RSP_NEW, RSP_OLD):
        rf = load_ratings(rsp / name, format="rsp")
        sources.append((rf.ratings, date))
    cells: dict[str, str] = {}
    for e in entries:
        keys = [e.domain, *e.domains]
        # The RSP copies sometimes give only the registrable domain (go.com for
        # abcnews.go.com, sky.com for news.sky.com).
        keys += [registrable_domain(k) or k for k in keys if "/" not in k]
        for ratings, date in sources:
            found = next((ratings[k] for k in keys if k in ratings), None)
            if found is not None:
                cells[e.domain] = f"wikipedia-rsp={found.label}@{date}"
                break
    return cells


def _write_news_domains(args: argparse.Namespace, entries: list[OutletEntry]) -> None:
    if not (args.lin / "domain_pc1.csv").exists():
        return
    platforms = {
        d for e in entries if e.kind == "platform" for d in (e.domain, *e.domains)
    }
    n = write_news_domains(
        args.lin,
        NEWS_DOMAINS,
        burdisso=args.burdisso,
        baly=args.baly,
        exclude=platforms | set(load_lexicon(NON_PUBLISHERS).entries),
    )
    print(f"{n} news domains", file=sys.stderr)


def _row(e: OutletEntry, ratings: str) -> list[str]:
    return [
        e.domain,
        e.name,
        "|".join(e.aliases),
        "|".join(e.domains),
        e.kind or "",
        e.country or "",
        "" if e.state_affiliated is None else str(e.state_affiliated).lower(),
        e.source or "",
        ratings,
    ]


def main(argv: list[str] | None = None) -> int:
    """Rewrite the ratings column (or, with ``--dotgov``, the .gov rows); return 0."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument(
        "--rsp",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "wikipedia-perennial-sources",
    )
    ap.add_argument("--table", type=Path, default=TABLE)
    ap.add_argument(
        "--lin",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "lin2023-domain-quality",
    )
    ap.add_argument(
        "--burdisso",
        type=Path,
        default=ROOT.parent
        / "shared"
        / "data"
        / "burdisso2024-reliability-golden-truth",
    )
    ap.add_argument(
        "--baly",
        type=Path,
        default=ROOT.parent / "shared" / "data" / "baly-news-media-reliability",
    )
    ap.add_argument("--dotgov", type=Path, help="CISA's current-federal.csv")
    ap.add_argument("--dotgov-date", help="the date of that file (YYYY-MM-DD)")
    ap.add_argument("--local-news", type=Path, help="the Local News Dataset's 2018 CSV")
    ap.add_argument("--govuk-domains", type=Path, help="GOV.UK's gov.uk domain list")
    ap.add_argument("--govuk-date", help="the date of that list (YYYY-MM-DD)")
    args = ap.parse_args(argv)
    text = args.table.read_text(encoding="utf-8")
    entries = parse_table(text, name=str(args.table))
    if args.local_news is not None:
        platforms = {
            d for e in entries if e.kind == "platform" for d in (e.domain, *e.domains)
        }
        exclude = platforms | set(load_lexicon(NON_PUBLISHERS).entries)
        n = write_news_names(args.local_news, NEWS_NAMES, exclude=exclude)
        print(f"{n} outlet names from {args.local_news}", file=sys.stderr)
        return 0
    comments = [ln for ln in text.splitlines() if ln.startswith("#")]
    # A government list's rows are rewritten from its file; the other rows
    # keep their ratings cells.
    lists = (
        ("--govuk-domains needs --govuk-date", args.govuk_domains, args.govuk_date),
        ("--dotgov needs --dotgov-date", args.dotgov, args.dotgov_date),
    )
    builders = (_with_govuk, _with_dotgov)
    chosen = [(*x, b) for x, b in zip(lists, builders, strict=True) if x[1] is not None]
    if chosen:
        missing, path, date, build = chosen[0]
        if not date:
            ap.error(missing)
        entries, comments = build(entries, comments, path, date)
        cells = _rating_cells(text)
    else:
        _write_news_domains(args, entries)
        cells = _rsp_cells(args.rsp, entries)
    rows = [_row(e, cells.get(e.domain, "")) for e in entries]
    rows.sort(key=lambda r: r[0])
    out = io.StringIO()
    out.write("\n".join(comments) + "\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    w.writerows(rows)
    args.table.write_text(out.getvalue(), encoding="utf-8")
    parse_table(out.getvalue())  # the result must load
    rated = sum(bool(r[-1]) for r in rows)
    print(f"{len(rows)} outlets, {rated} with a Wikipedia RSP verdict", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
