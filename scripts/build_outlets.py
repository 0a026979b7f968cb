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
"Feel free to reuse the data"). Only the domains are shipped: the file's
quality score is derived from NewsGuard and MBFC ratings, whose terms do not
allow redistribution.
"""

from __future__ import annotations

import argparse
import csv
import io
import sys
from pathlib import Path

from reliability.outlets.domains import registrable_domain
from reliability.outlets.loaders import load_ratings
from reliability.outlets.table import COLUMNS, parse_table

ROOT = Path(__file__).resolve().parent.parent
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
    "# Written by scripts/build_outlets.py; no rating is shipped.\n"
)


def write_news_domains(lin: Path, out: Path) -> int:
    """Write the domain column of Lin et al.'s ``domain_pc1.csv``; return the count."""
    with (lin / "domain_pc1.csv").open(encoding="utf-8", newline="") as f:
        found = {r["domain"].strip().lower() for r in csv.DictReader(f)}
    domains = sorted(found - {""})
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
    args = ap.parse_args(argv)
    if (args.lin / "domain_pc1.csv").exists():
        n = write_news_domains(args.lin, NEWS_DOMAINS)
        print(f"{n} news domains", file=sys.stderr)
    text = args.table.read_text(encoding="utf-8")
    comments = [ln for ln in text.splitlines() if ln.startswith("#")]
    entries = parse_table(text, name=str(args.table))
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
