"""List judging-word candidates for ``loaded.tsv`` from two licensed lexicons.

    python scripts/loaded_candidates.py --vader PATH/vader_lexicon.txt \
        --textblob PATH/en-sentiment.xml [--valence 2.0] [--subjectivity 0.7]

Both files ship inside their PyPI wheels (``pip download --no-deps
vadersentiment textblob`` and unzip; nothing is installed):

* VADER's valence lexicon (``vaderSentiment/vader_lexicon.txt``, MIT licence,
  (c) 2016 C.J. Hutto): words of mean valence at or below ``-valence``;
* the subjectivity lexicon that TextBlob ships (``textblob/en/en-sentiment.xml``,
  from Pattern, public domain under PDDL): adjectives and adverbs whose most
  subjective sense reaches ``subjectivity``, with a polarity of 0.4 or more
  either way.

It prints the candidates that ``loaded.tsv`` does not hold yet, one a line with
the resource's scores. Sentiment is not judgement: most candidates name an
event, a harm or a feeling ("killed", "war", "afraid") and are not loaded
language (ANNOTATION.md). A person keeps only the words that judge a person, an
act or an idea, adds their adverbs, nouns and verb forms, and checks precision
and recall on the gold splits and on BABE before adding them. Nothing is
copied automatically, and no evaluation set picks the words.
"""

from __future__ import annotations

import argparse
import re
import sys
from pathlib import Path
from xml.etree import ElementTree

from reliability.resources import load_lexicon

_WORD = re.compile(r"[a-z][a-z'-]*[a-z]")


def vader_candidates(path: Path, valence: float) -> dict[str, str]:
    """Words of VADER's lexicon at or below ``-valence``, with their mean."""
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        word, mean, *_ = line.split("\t")
        if _WORD.fullmatch(word) and float(mean) <= -valence:
            out[word] = f"vader {float(mean):+.1f}"
    return out


def textblob_candidates(path: Path, subjectivity: float) -> dict[str, str]:
    """Strongly subjective, clearly polar adjectives and adverbs of TextBlob."""
    senses: dict[str, list[tuple[float, float]]] = {}
    for e in ElementTree.parse(path).getroot().iter("word"):
        if e.get("pos") in ("JJ", "JJS", "RB"):
            form = (e.get("form") or "").lower()
            pol, subj = float(e.get("polarity", 0)), float(e.get("subjectivity", 0))
            senses.setdefault(form, []).append((pol, subj))
    out = {}
    for word, ss in senses.items():
        subj = max(s for _, s in ss)
        pol = max((p for p, _ in ss), key=abs)
        if _WORD.fullmatch(word) and subj >= subjectivity and abs(pol) >= 0.4:
            out[word] = f"textblob subj {subj:.1f} pol {pol:+.1f}"
    return out


def main(argv: list[str] | None = None) -> int:
    """Print the candidates not yet in ``loaded.tsv``."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--vader", type=Path, required=True)
    ap.add_argument("--textblob", type=Path, required=True)
    ap.add_argument("--valence", type=float, default=2.0)
    ap.add_argument("--subjectivity", type=float, default=0.7)
    args = ap.parse_args(argv)
    have = set(load_lexicon("loaded").entries)
    found: dict[str, list[str]] = {}
    for source in (
        vader_candidates(args.vader, args.valence),
        textblob_candidates(args.textblob, args.subjectivity),
    ):
        for word, note in source.items():
            found.setdefault(word, []).append(note)
    for word in sorted(set(found) - have):
        sys.stdout.write(f"{word}\t{'; '.join(found[word])}\n")
    return 0


if __name__ == "__main__":
    sys.exit(main())
