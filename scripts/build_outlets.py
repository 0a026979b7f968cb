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
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from collections.abc import Iterable
from pathlib import Path

from reliability.outlets.domains import registrable_domain
from reliability.outlets.loaders import load_ratings
from reliability.outlets.sites import NON_PUBLISHERS
from reliability.outlets.table import COLUMNS, parse_table
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
BALY = ("emnlp18_corpus.tsv", "acl2020_corpus.tsv")


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


def main(argv: list[str] | None = None) -> int:
    """Rewrite the ratings column; return 0."""
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
    args = ap.parse_args(argv)
    text = args.table.read_text(encoding="utf-8")
    entries = parse_table(text, name=str(args.table))
    if (args.lin / "domain_pc1.csv").exists():
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
    comments = [ln for ln in text.splitlines() if ln.startswith("#")]
    sources = []
    for name, date in (RSP_NEW, RSP_OLD):
        rf = load_ratings(args.rsp / name, format="rsp")
        sources.append((rf.ratings, date))
    rows = []
    rated = 0
    for e in entries:
        keys = [e.domain, *e.domains]
        # The RSP copies sometimes give only the registrable domain (go.com for
        # abcnews.go.com, sky.com for news.sky.com).
        keys += [registrable_domain(k) or k for k in keys if "/" not in k]
        cell = ""
        for ratings, date in sources:
            found = next((ratings[k] for k in keys if k in ratings), None)
            if found is not None:
                cell = f"wikipedia-rsp={found.label}@{date}"
                break
        rated += bool(cell)
        rows.append(
            [
                e.domain,
                e.name,
                "|".join(e.aliases),
                "|".join(e.domains),
                e.kind or "",
                e.country or "",
                "" if e.state_affiliated is None else str(e.state_affiliated).lower(),
                e.source or "",
                cell,
            ]
        )
    rows.sort(key=lambda r: r[0])
    out = io.StringIO()
    out.write("\n".join(comments) + "\n")
    w = csv.writer(out, lineterminator="\n")
    w.writerow(COLUMNS)
    w.writerows(rows)
    args.table.write_text(out.getvalue(), encoding="utf-8")
    parse_table(out.getvalue())  # the result must load
    print(f"{len(rows)} outlets, {rated} with a Wikipedia RSP verdict", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
