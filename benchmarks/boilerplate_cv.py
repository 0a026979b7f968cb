"""Part-grouped cross-validation of the boilerplate model on the train split.

    PYTHONPATH=src python benchmarks/boilerplate_cv.py [--repeats 2] [--folds 10]

Each fold's boilerplate model is trained as the shipped one is
(``scripts/train_models.py``: the other folds' train-split pages, furniture
included, and the project's own sentences, dev and test sentences left out),
once on the words of each sentence alone and once on its words and its
layout words (``reliability.segment.learned.layout_words``). The segmenter
then runs on the held-out pages with each model at each cut, and
segmentation and boilerplate are counted as the shared scorer counts them
(``../shared/eval/score.py``). A fold holds whole corpus parts (the id's
prefix), so a page is scored by a model that saw none of its part's pages.
Prints one row per variant and cut: boilerplate P/R/F1 and segmentation F1
of the held-out predictions, the mean of the repeats.
"""

from __future__ import annotations

import argparse
import importlib.util
import statistics
import sys
from dataclasses import replace
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "scripts"))

import train_models as tm  # noqa: E402

from reliability.models import FeaturizerSettings, SentenceModel  # noqa: E402
from reliability.segment.boilerplate import (  # noqa: E402
    boilerplate_rules,
    cut_glued_heads,
    cut_glued_labels,
    may_hold_inline_label,
)
from reliability.segment.learned import (  # noqa: E402
    _THREE_WORDS,
    MODEL_MAX_CHARS,
    mark_with_model,
)
from reliability.segment.sentences import Piece, split_pieces  # noqa: E402
from reliability.training import train_model  # noqa: E402

SCORER = ROOT.parent / "shared" / "eval" / "score.py"
CUTS = (0.6, 0.7, 0.8, 0.9)


def _scorer() -> Any:
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    if spec is None or spec.loader is None:
        raise SystemExit(f"cannot load the shared scorer {SCORER}")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _rule_pieces(text: str) -> tuple[list[Piece], list[str | None]]:
    """The segmenter's pieces of ``text`` and the rules' verdicts, no model."""
    inline = may_hold_inline_label(text, 0, len(text))
    pieces = split_pieces(
        text,
        cut_glued_labels
        if inline
        else lambda t, a, b: cut_glued_labels(t, a, b, inline=False),
    )
    pieces = cut_glued_heads(text, pieces)
    return pieces, boilerplate_rules(text, pieces)


def _runtime_examples(doc: dict[str, Any], *, layout: bool) -> list[tuple[str, bool]]:
    """The segmenter's pieces of a gold page, furniture when most of it is gold's."""
    from reliability.segment.learned import layout_words

    text = doc["text"]
    furniture = bytearray(len(text))
    for s in doc["sentences"]:
        if s.get("boilerplate"):
            furniture[int(s["start"]) : int(s["end"])] = b"\x01" * (
                int(s["end"]) - int(s["start"])
            )
    pieces, rules = _rule_pieces(text)
    spans = [(p.start, p.end) for p in pieces]
    out = []
    for i, (a, b) in enumerate(spans):
        chars = [k for k in range(a, b) if not text[k].isspace()]
        y = 2 * sum(furniture[k] for k in chars) > len(chars)
        t = text[a:b]
        if layout:
            t += tm.LAYOUT_SEPARATOR + " ".join(layout_words(text, spans, i, rules))
        out.append((t, y))
    return out


def _consulted(sentence: str) -> bool:
    """Whether the segmenter would consult the model on ``sentence`` (its length)."""
    return (
        len(sentence) <= MODEL_MAX_CHARS and _THREE_WORDS.search(sentence) is not None
    )


def _train(pairs: list[tuple[str, bool]], layout: bool) -> SentenceModel:
    settings = replace(
        tm.SETTINGS,
        tune_threshold=False,
        featurizer=FeaturizerSettings(layout=layout),
    )
    return train_model(
        [t for t, _ in pairs],
        [y for _, y in pairs],
        task="boilerplate",
        settings=settings,
    )


def _use_layout_pairs() -> None:
    """Let every layout model also read each pair of a sentence's layout words."""
    import reliability.segment.learned as learned

    plain = learned.layout_words

    def paired(*a: Any) -> list[str]:
        words = plain(*a)
        return words + [f"{x}+{y}" for k, x in enumerate(words) for y in words[k + 1 :]]

    learned.layout_words = paired  # type: ignore[assignment]


def _score_page(
    score: Any,
    doc: dict[str, Any],
    run: tuple[list[Piece], list[str | None]],
    models: dict[str, SentenceModel | None],
    tallies: dict[tuple[str, float], Any],
) -> None:
    """Segment a held-out page with each model at each cut and tally the scores."""
    text = doc["text"]
    pieces, rules = run
    for name, model in models.items():
        for cut in CUTS:
            got = (
                rules
                if model is None
                else mark_with_model(text, pieces, rules, model, cut=cut)
            )
            sentences = [
                {"start": p.start, "end": p.end, "boilerplate": r is not None}
                for p, r in zip(pieces, got, strict=True)
            ]
            score.score_doc(doc, {"sentences": sentences}, tallies[(name, cut)])


def _print_table(
    results: dict[tuple[str, float], list[tuple[float, ...]]], names: list[str]
) -> None:
    print("| model | cut | boilerplate P | R | F1 | segmentation F1 |")
    print("|---|---|---|---|---|---|")
    for name in names:
        for cut in CUTS if name != "rules alone" else CUTS[:1]:
            rows = results[(name, cut)]
            p, r, f, seg = (statistics.mean(x[k] for x in rows) for k in range(4))
            shown = "-" if name == "rules alone" else f"{cut}"
            print(f"| {name} | {shown} | {p:.3f} | {r:.3f} | {f:.3f} | {seg:.3f} |")


def _arguments(argv: list[str] | None) -> argparse.Namespace:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--repeats", type=int, default=2)
    ap.add_argument("--folds", type=int, default=tm.CV_FOLDS)
    ap.add_argument("--pairs", action="store_true", help="also pairs of layout words")
    ap.add_argument(
        "--candidates",
        action="store_true",
        help="train only on sentences the segmenter would consult (short ones)",
    )
    ap.add_argument(
        "--runtime",
        action="store_true",
        help="train on the segmenter's pieces (labelled by the gold furniture)",
    )
    return ap.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the cross-validation and print its table."""
    args = _arguments(argv)
    if args.pairs:
        _use_layout_pairs()
    tm.CV_FOLDS = args.folds
    score = _scorer()
    docs = tm.split_documents(tm.CORPUS, "train")
    held_out = tm._test_sentences()
    held_out |= {s.text for s in tm.read_gold(tm.CORPUS, "train")[2]}
    held_out |= {
        s.text for s in tm.read_gold(tm.CORPUS, "train", with_boilerplate=True)[2]
    }
    sep = tm.LAYOUT_SEPARATOR

    def kept(pairs: list[tuple[str, bool]]) -> list[tuple[str, bool]]:
        return [
            (t, y)
            for t, y in pairs
            if t.partition(sep)[0] not in held_out
            and (not args.candidates or _consulted(t.partition(sep)[0]))
        ]

    made = _runtime_examples if args.runtime else tm.page_examples
    cache = {
        layout: [kept(made(d, layout=layout)) for d in docs] for layout in (False, True)
    }
    extra = {
        layout: [
            p
            for d in tm.file_documents(tm.DATA)
            for p in kept(tm.page_examples(d, layout=layout))
        ]
        for layout in (False, True)
    }
    runs = [_rule_pieces(d["text"]) for d in docs]
    variants = {"words": False, "words+layout": True}
    names = ["rules alone", *variants]
    results: dict[tuple[str, float], list[tuple[float, ...]]] = {}
    for repeat in range(args.repeats):
        folds = [tm._fold_of(k, repeat) for k in tm.fold_keys([d["id"] for d in docs])]
        tallies = {(v, c): score.Tally() for v in names for c in CUTS}
        for fold in range(args.folds):
            test = [i for i, f in enumerate(folds) if f == fold]
            models: dict[str, SentenceModel | None] = {"rules alone": None}
            for name, layout in variants.items():
                pairs = [
                    p
                    for i, f in enumerate(folds)
                    if f != fold
                    for p in cache[layout][i]
                ]
                models[name] = _train(pairs + extra[layout], layout) if test else None
            for i in test:
                _score_page(score, docs[i], runs[i], models, tallies)
            print(f"repeat {repeat} fold {fold}: {len(test)} pages", file=sys.stderr)
        for key, t in tallies.items():
            bp, seg = t.result("boilerplate"), t.result("segmentation")
            results.setdefault(key, []).append((bp["p"], bp["r"], bp["f1"], seg["f1"]))
    print(
        f"{len(docs)} train pages, {args.repeats} x {args.folds}-fold part-grouped CV"
    )
    _print_table(results, names)
    return 0


if __name__ == "__main__":
    sys.exit(main())
