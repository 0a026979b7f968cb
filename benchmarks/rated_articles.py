"""Articles from rated outlets, read by path from ``../shared`` (never copied).

Three sets: the validity openings (``validity/calibration.jsonl``, 81 outlets),
MBIC full articles (8 outlets) and PolNeAR articles (7 outlets, dev + test,
one copy per article). Each article carries its outlet's registrable domain,
Lin et al. 2023 ``pc1`` and the MBFC factual-reporting level (0 very low to
5 very high, None when MBFC does not rate the domain).

Used by ``scripts/calibrate_scores.py`` (fitting) and
``benchmarks/validity.py`` (checking); both group by ``domain``.
"""

from __future__ import annotations

import csv
import hashlib
import json
import re
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"
DATA = SHARED / "data"

#: MBIC's and PolNeAR's outlet labels -> the domain the ratings use. The
#: 2016 PolNeAR articles predate HuffPost's and Western Journal's moves.
OUTLET_DOMAINS = {
    "mbic": {
        "alternet": "alternet.org",
        "breitbart": "breitbart.com",
        "federalist": "thefederalist.com",
        "fox-news": "foxnews.com",
        "huffpost": "huffpost.com",
        "msnbc": "msnbc.com",
        "reuters": "reuters.com",
        "usa-today": "usatoday.com",
    },
    "polnear": {
        "breitbart": "breitbart.com",
        "huff-post": "huffingtonpost.com",
        "nyt": "nytimes.com",
        "politico": "politico.com",
        "usa-today": "usatoday.com",
        "wash-post": "washingtonpost.com",
        "west-journal": "westernjournalism.com",
    },
}

#: MBFC's domain for outlets it lists under another one.
MBFC_ALIASES = {"msnbc.com": "ms.now", "huffingtonpost.com": "huffpost.com"}

MBFC_LEVELS = {
    "very-low": 0,
    "low": 1,
    "mixed": 2,
    "mostly-factual": 3,
    "high": 4,
    "very-high": 5,
}


@dataclass(frozen=True)
class RatedArticle:
    """One article and its outlet's ratings."""

    id: str
    corpus: str
    domain: str
    pc1: float
    mbfc: int | None
    kind: str | None
    text: str
    url: str | None = None


def _pc1() -> dict[str, float]:
    with (DATA / "lin2023-domain-quality" / "domain_pc1.csv").open() as fh:
        return {r["domain"]: float(r["pc1"]) for r in csv.DictReader(fh)}


def _mbfc() -> dict[str, int]:
    path = DATA / "mbfc-ratings" / "mbfc_sources_2026-08-19.csv"
    with path.open(encoding="utf-8") as fh:
        return {
            r["domain"]: MBFC_LEVELS[r["reporting"]]
            for r in csv.DictReader(fh)
            if r["reporting"] in MBFC_LEVELS
        }


def load(
    corpora: tuple[str, ...] = ("validity", "mbic", "polnear"),
) -> list[RatedArticle]:
    """Every article of ``corpora`` with its outlet's ratings, in a fixed order."""
    pc1, mbfc = _pc1(), _mbfc()

    def rate(domain: str) -> tuple[float, int | None]:
        return pc1[domain], mbfc.get(MBFC_ALIASES.get(domain, domain))

    out: list[RatedArticle] = []
    if "validity" in corpora:
        path = SHARED / "validity" / "calibration.jsonl"
        for line in path.open(encoding="utf-8"):
            r = json.loads(line)
            _, level = rate(r["domain"]) if r["domain"] in pc1 else (0.0, None)
            out.append(
                RatedArticle(
                    r["id"],
                    "validity",
                    r["domain"],
                    r["pc1"],
                    level,
                    r["kind"],
                    r["text"],
                    r["url"],
                )
            )
    if "mbic" in corpora:
        csv.field_size_limit(sys.maxsize)
        path = DATA / "mbic-media-bias" / "final_labels_MBIC.csv"
        seen: set[str] = set()
        with path.open(encoding="utf-8") as fh:
            for r in csv.DictReader(fh):
                text = r["article"]
                if not text.strip() or text in seen:
                    continue
                seen.add(text)
                domain = OUTLET_DOMAINS["mbic"][r["outlet"]]
                p, level = rate(domain)
                out.append(
                    RatedArticle(
                        f"mbic-{len(seen):04d}",
                        "mbic",
                        domain,
                        p,
                        level,
                        None,
                        text,
                        r["news_link"] or None,
                    )
                )
    if "polnear" in corpora:
        seen = set()
        for split in ("dev", "test"):
            path = DATA / "polnear-attribution" / f"polnear_{split}.jsonl"
            for line in path.open(encoding="utf-8"):
                r = json.loads(line)
                if r["article"] in seen:
                    continue
                seen.add(r["article"])
                domain = OUTLET_DOMAINS["polnear"][r["publisher"]]
                p, level = rate(domain)
                out.append(
                    RatedArticle(
                        f"polnear-{r['article']}",
                        "polnear",
                        domain,
                        p,
                        level,
                        None,
                        r["text"],
                    )
                )
    return out


def digest(articles: list[RatedArticle]) -> str:
    """SHA-256 over the articles' ids, domains, ratings and texts, in order."""
    h = hashlib.sha256()
    for a in articles:
        h.update(json.dumps([a.id, a.domain, a.pc1, a.text]).encode("utf-8"))
        h.update(b"\n")
    return h.hexdigest()


def signal_rows(
    articles: list[RatedArticle], *, disable: tuple[str, ...] = ("outlet",)
) -> list[dict[str, float]]:
    """The text signals of each article (``reliability.scoring.text_signals``).

    Each article is analysed with the library (the outlet lookup off unless
    ``disable`` says otherwise), so the signals are those the shipped score
    reads, with each rate's basis (``<signal>:basis``: how much text it was
    measured over). A row also carries the "said"/quote-mark baseline: the share of
    body sentences containing "said" or a quotation mark.
    """
    from reliability import Analyzer
    from reliability.scoring import text_signals

    analyzer = Analyzer(disable=disable)
    rows = []
    for a in articles:
        # Annotate and assemble only: the signals need no score (and the
        # model being calibrated may not exist yet).
        sentences = analyzer.pipeline.assemble(
            analyzer.pipeline.annotate(a.text)
        ).sentences
        signals = text_signals(a.text, sentences)
        row = {k: v.value for k, v in signals.items()}
        row.update({f"{k}:basis": v.basis for k, v in signals.items()})
        body = [s for s in sentences if not s.boilerplate]
        row["said_baseline"] = sum(
            1 for s in body if _SAID_OR_QUOTE.search(a.text[s.start : s.end])
        ) / max(len(body), 1)
        rows.append(row)
    return rows


_SAID_OR_QUOTE = re.compile('\\bsaid\\b|["\u201c\u201d]')
