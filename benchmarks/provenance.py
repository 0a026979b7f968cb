"""Provenance checks: outlet linking on the seeds, agreement with rating sets, speed.

    python benchmarks/provenance.py [--shared ../shared]

1. Linking on the seeds gold: the publisher outlet, and every gold
   ``media_outlet`` source that names a registry outlet must be linked to it,
   except an outlet a source spoke to ("told CNN", "in an interview with
   CNN"): that is the channel, and must not be linked.
2. Agreement of the built-in table (its Wikipedia RSP verdicts) with each
   independent rating set in ``shared/data``: Spearman rank correlation and
   coverage on the shared domains. The RSP 2021 copy is the table's own
   source and is shown only as a consistency check.
3. Lookups per second (domain/URL -> registry entry); the floor is 100,000/s.
4. Registry coverage of the publishers the corpora show: the gold corpus
   sources (``benchmarks/gold/*.sources.csv``), the validity set's domains,
   and the MBIC and PolNeAR outlets (by their names as the sets spell them).
5. Outlet from text alone on the validity set (no URL given): how often the
   reported outlet is the page's domain, or the origin of its copy (a wire
   agency's dateline or credit), and how often it is another outlet. The
   same on the MBIC and PolNeAR articles (their publisher as the sets
   label it: MBIC's article link, PolNeAR's publisher name).
"""

from __future__ import annotations

import argparse
import csv
import json
import time
from collections.abc import Callable
from pathlib import Path

from scipy.stats import spearmanr

import reliability
from reliability.annotators.outlet import is_channel
from reliability.outlets import builtin_table, load_ratings

ROOT = Path(__file__).resolve().parent.parent


def linking(shared: Path) -> None:
    """Print publisher and cited-outlet linking on the seeds gold."""
    analyzer = reliability.Analyzer()
    table = builtin_table()
    pub_ok = pub_n = ok = n = channels = channels_ok = 0
    for line in (
        (shared / "gold" / "seeds.jsonl").read_text(encoding="utf-8").splitlines()
    ):
        gold = json.loads(line)
        report = analyzer.analyze(gold["text"], id=gold["id"])
        pub_n += 1
        got = report.outlet.domain if report.outlet else None
        pub_ok += got == gold["outlet"]
        predicted = {
            (a.source.start, a.source.end): a.outlet
            for s in report.sentences
            for a in s.attributions
            if a.source is not None
        }
        for s in gold["sentences"]:
            for a in s["attributions"]:
                if a["source_type"] != "media_outlet":
                    continue
                src = a["source"]
                match = table.name_in(gold["text"], src["start"], src["end"])
                if match is None:
                    continue  # names no registry outlet (a journalist)
                linked = predicted.get((src["start"], src["end"]))
                if is_channel(gold["text"], src["start"]):
                    channels += 1
                    channels_ok += linked is None
                    continue
                n += 1
                ok += linked == match.entry.domain
                if linked != match.entry.domain:
                    print(
                        f"  miss {gold['id']}: {src['text']!r} -> {linked} "
                        f"(want {match.entry.domain})"
                    )
    print(f"publisher outlet      {pub_ok}/{pub_n} correct")
    print(f"channels not linked   {channels_ok}/{channels} ('told X')")
    print(
        f"cited-outlet linking  {ok}/{n} media_outlet sources naming a registry outlet"
    )


def agreement(shared: Path) -> None:
    """Print rank agreement of the built-in verdicts with each rating set."""
    table = builtin_table()
    ours = {e.domain: e.ratings[0].value for e in table if e.ratings}
    data = shared / "data"
    sets = [
        (
            "Lin et al. 2023 pc1",
            data / "lin2023-domain-quality" / "domain_pc1.csv",
            None,
        ),
        (
            "MBFC factual reporting",
            data / "mbfc-ratings" / "mbfc_sources_2026-08-19.csv",
            "mbfc",
        ),
        (
            "Iffy+ index (low-cred only)",
            data / "iffy-plus" / "iffy_plus_index_snapshot.csv",
            "iffy",
        ),
        (
            "RSP 2021 (own source)",
            data / "wikipedia-perennial-sources" / "perennial_sources_2021-03-17.csv",
            "rsp",
        ),
    ]
    print(f"{'rating set':30s} {'shared':>6s} {'coverage':>9s} {'spearman':>9s}")
    for name, path, fmt in sets:
        if not path.exists():
            print(f"{name:30s} (missing: {path})")
            continue
        rf = load_ratings(path, format=fmt)
        theirs: dict[str, float] = {}
        for domain, r in rf.ratings.items():
            entry = table.by_domain(domain)
            if entry is not None and r.value is not None and "/" not in domain:
                theirs.setdefault(entry.domain, r.value)
        shared_d = sorted(set(ours) & set(theirs))
        coverage = len(set(theirs)) / len(table)
        rho = (
            spearmanr(
                [ours[d] for d in shared_d], [theirs[d] for d in shared_d]
            ).statistic
            if len(shared_d) > 2 and len({theirs[d] for d in shared_d}) > 1
            else float("nan")
        )
        print(f"{name:30s} {len(shared_d):6d} {coverage:9.1%} {rho:9.3f}")
    print(
        f"(coverage = share of the {len(table)} registry outlets the set rates; "
        f"{len(ours)} carry a built-in verdict)"
    )


def speed() -> None:
    """Print registry lookups per second over URLs, hosts and names."""
    table = builtin_table()
    queries = [
        f"https://www.{e.domain}/news/2024/story-{i}" for i, e in enumerate(table)
    ]
    queries += [f"edition.{e.domain}" for e in table] + [
        "https://unknown.example.org/x"
    ]
    for q in queries:
        table.by_domain(q)
    for label, lookup in (
        ("cached", table.by_domain),
        ("uncached", table._lookup_domain),
    ):
        rate = _rate(lookup, queries)
        verdict = "ok" if rate >= 100_000 else "BELOW the 100,000/s floor"
        print(f"domain lookups        {rate:,.0f}/s {label} ({verdict})")


def _rate(lookup: Callable[[str], object], queries: list[str]) -> float:
    """Lookups per second of ``lookup`` over ``queries`` for about a second."""
    n = 0
    start = time.perf_counter()
    while time.perf_counter() - start < 1.0:
        for q in queries:
            lookup(q)
        n += len(queries)
    return n / (time.perf_counter() - start)


# How the MBIC and PolNeAR files spell their outlets.
_SET_OUTLETS = {
    "breitbart": "breitbart.com",
    "alternet": "alternet.org",
    "msnbc": "msnbc.com",
    "federalist": "thefederalist.com",
    "reuters": "reuters.com",
    "usa-today": "usatoday.com",
    "huffpost": "huffpost.com",
    "huff-post": "huffpost.com",
    "fox-news": "foxnews.com",
    "nyt": "nytimes.com",
    "politico": "politico.com",
    "wash-post": "washingtonpost.com",
    "west-journal": "westernjournal.com",
}


def coverage(shared: Path) -> None:
    """Print how many of the corpora's publishers the registry holds."""
    table = builtin_table()
    sets: dict[str, set[str]] = {"gold corpus sources": set()}
    for path in sorted((ROOT / "benchmarks" / "gold").glob("*.sources.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            sets["gold corpus sources"] |= {row["domain"] for row in csv.DictReader(f)}
    validity = shared / "validity" / "calibration.jsonl"
    if validity.exists():
        sets["validity set domains"] = {
            json.loads(line)["domain"]
            for line in validity.read_text(encoding="utf-8").splitlines()
            if line
        }
    sets["MBIC and PolNeAR outlets"] = set(_SET_OUTLETS.values())
    for name, domains in sets.items():
        missing = sorted(d for d in domains if table.by_domain(d) is None)
        print(
            f"registry covers {name:25s} {len(domains) - len(missing)}/{len(domains)}"
            + (f" (missing: {', '.join(missing[:10])})" if missing else "")
        )


def text_only(shared: Path) -> None:
    """Print the outlet found from text alone on the validity set."""
    path = shared / "validity" / "calibration.jsonl"
    if not path.exists():
        print(f"validity set missing: {path}")
        return
    analyzer = reliability.Analyzer()
    table = builtin_table()
    counts = {"publisher": 0, "origin": 0, "other": 0, "none": 0}
    cues: dict[str, list[int]] = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line:
            continue
        doc = json.loads(line)
        entry = table.by_domain(doc["domain"])
        page = entry.domain if entry else doc["domain"]
        report = analyzer.analyze(doc["text"])
        kind = _judge(report.outlet, page)
        counts[kind] += 1
        _count_cue(cues, report.outlet, kind)
    _print_text_only(f"validity set, {sum(counts.values())} pages", counts, cues)


def _judge(outlet: object, page: str) -> str:
    """Whether an outlet found from text is the page's, its copy's origin, or other."""
    if outlet is None:
        return "none"
    if getattr(outlet, "domain", None) == page:
        return "publisher"
    if (getattr(outlet, "rule", None) or "").startswith("text:origin:"):
        return "origin"
    return "other"


def _count_cue(cues: dict[str, list[int]], outlet: object, kind: str) -> None:
    """Tally right (publisher or origin) and other answers by the cue that gave them."""
    if outlet is None:
        return
    rule = (getattr(outlet, "rule", None) or "").split(";")[0]
    tally = cues.setdefault(rule, [0, 0])
    tally[kind == "other"] += 1


def _print_text_only(
    what: str, counts: dict[str, int], cues: dict[str, list[int]]
) -> None:
    n = sum(counts.values())
    right = counts["publisher"] + counts["origin"]
    found = n - counts["none"]
    print(
        f"outlet from text ({what}): "
        + ", ".join(f"{k} {v}" for k, v in counts.items())
        + f"; publisher or origin {right / n:.3f}"
        + f", precision {right / found if found else 0.0:.3f}"
    )
    print(
        "  by cue (right/other): "
        + ", ".join(f"{r} {a}/{b}" for r, (a, b) in sorted(cues.items()))
    )


def text_only_news(shared: Path) -> None:
    """Print the outlet found from text alone on the MBIC and PolNeAR articles."""
    table = builtin_table()
    labelled: dict[str, str] = {}
    mbic = shared / "data" / "mbic-media-bias" / "final_labels_MBIC.csv"
    if mbic.exists():
        with mbic.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                if row["article"] and row["news_link"]:
                    labelled.setdefault(
                        row["article"], table.domain_for(row["news_link"]) or ""
                    )
    for name in ("polnear_dev.jsonl", "polnear_test.jsonl"):
        path = shared / "data" / "polnear-attribution" / name
        if path.exists():
            for line in path.read_text(encoding="utf-8").splitlines():
                doc = json.loads(line)
                labelled.setdefault(
                    doc["text"], _SET_OUTLETS.get(doc["publisher"], doc["publisher"])
                )
    if not labelled:
        print("MBIC and PolNeAR articles missing")
        return
    analyzer = reliability.Analyzer()
    counts = {"publisher": 0, "origin": 0, "other": 0, "none": 0}
    cues: dict[str, list[int]] = {}
    for text, page in labelled.items():
        outlet = analyzer.analyze(text).outlet
        kind = _judge(outlet, page)
        counts[kind] += 1
        _count_cue(cues, outlet, kind)
    _print_text_only(f"MBIC and PolNeAR, {sum(counts.values())} articles", counts, cues)


def main() -> int:
    """Run the checks."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--shared", type=Path, default=ROOT.parent / "shared")
    ap.add_argument(
        "--text-only", action="store_true", help="only the outlet-from-text checks"
    )
    args = ap.parse_args()
    if args.text_only:
        text_only(args.shared)
        text_only_news(args.shared)
        return 0
    linking(args.shared)
    agreement(args.shared)
    coverage(args.shared)
    text_only(args.shared)
    text_only_news(args.shared)
    speed()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
