"""Build a mixed corpus of real and hostile documents for output comparisons.

The corpus is read by path from ``../shared`` (evaluation data that is never
copied into the repository) and written to a JSONL file outside it:

- unique full articles (MBIC, PolNeAR, the validity set, the seeds);
- the same articles with Windows line ends, a byte-order mark, leading
  blank lines, or cut mid-sentence;
- short texts (single sentences, headlines, empty and whitespace-only);
- generated awkward text: quotes left open, runs of stops, emoji, mixed
  scripts, zero-width and bidi characters.

Every document is deterministic for a given ``--seed``; the same command on
two commits gives the same corpus, so their outputs can be compared byte for
byte (``benchmarks/same_output.py``).

    python benchmarks/corpus.py --out /tmp/mixed.jsonl [--n 2000] [--seed 7]
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SHARED = ROOT.parent / "shared"

_AWKWARD = [
    "He said.",
    '"It is over," she said',
    "“Open quote never closed, the minister said",
    "What?! Really... Yes!!! No.",
    "Prices rose 3.5 per cent in Jan. to £4.2bn, the U.S. Treasury said.",
    "Emoji 🙂 in a sentence, said Ana. Then 👍🏽 another.",
    "Zero\u200bwidth and bidi \u202eevil\u202c text, according to officials.",
    "Москва заявила, что переговоры продолжатся.",
    "العربية نص قصير. He added that it may change.",
    "ALL CAPS HEADLINE HERE\n\nThe body follows, reportedly.",
    "Click here to subscribe. Accept cookies. Share this article.",
    "- bullet one\n- bullet two, police said\n* bullet three",
    "\t\tIndented text, sources said.\r\n\r\nNext paragraph.",
]


def _articles() -> list[str]:
    """Unique article texts from the shared evaluation sets and the seeds."""
    texts: list[str] = []
    mbic = SHARED / "data" / "mbic-media-bias" / "final_labels_MBIC.csv"
    if mbic.exists():
        with mbic.open(encoding="utf-8", newline="") as fh:
            texts.extend(row["article"] for row in csv.DictReader(fh))
    for name in ("polnear_dev.jsonl", "polnear_test.jsonl"):
        path = SHARED / "data" / "polnear-attribution" / name
        if path.exists():
            with path.open(encoding="utf-8") as fh:
                texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    validity = SHARED / "validity" / "calibration.jsonl"
    if validity.exists():
        with validity.open(encoding="utf-8") as fh:
            texts.extend(json.loads(line)["text"] for line in fh if line.strip())
    texts.extend(
        p.read_text(encoding="utf-8") for p in sorted((ROOT / "seeds").glob("*.txt"))
    )
    seen: set[str] = set()
    unique = []
    for text in texts:
        if text and text not in seen:
            seen.add(text)
            unique.append(text)
    return unique


def _variant(text: str, rng: random.Random) -> str:
    """One of a few page-like distortions of ``text``."""
    kind = rng.randrange(5)
    if kind == 0:
        return text.replace("\n", "\r\n")
    if kind == 1:
        return "\ufeff" + text
    if kind == 2:
        return "\n\n  " + text + "\n\n"
    if kind == 3:
        return text[: max(1, rng.randrange(len(text) + 1))]
    return text + "\n\n" + rng.choice(_AWKWARD)


def _awkward(rng: random.Random) -> str:
    """A short generated text built from awkward pieces."""
    return " ".join(rng.choice(_AWKWARD) for _ in range(rng.randrange(0, 6)))


def build(n: int, seed: int) -> list[dict[str, str]]:
    """The corpus: articles first, then variants, short and awkward texts."""
    rng = random.Random(seed)
    articles = _articles()
    docs: list[str] = list(articles[: n // 2])
    while len(docs) < n * 3 // 4 and articles:
        docs.append(_variant(rng.choice(articles), rng))
    while len(docs) < n:
        docs.append(_awkward(rng))
    return [{"id": f"mixed-{i:05d}", "text": t} for i, t in enumerate(docs[:n])]


def main() -> int:
    """Write the corpus; print how many documents and words it holds."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--n", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    docs = build(args.n, args.seed)
    with args.out.open("w", encoding="utf-8") as fh:
        for doc in docs:
            fh.write(json.dumps(doc, ensure_ascii=False) + "\n")
    words = sum(len(d["text"].split()) for d in docs)
    print(f"{len(docs)} documents, {words} words -> {args.out}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
