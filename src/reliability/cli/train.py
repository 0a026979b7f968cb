"""``reliability train``: fit the sentence models on annotations in the gold format.

Training itself is ``reliability.training``; this module reads the options,
reports what was trained and where the models were written.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from reliability.errors import InputError
from reliability.models import TASKS, FeaturizerSettings
from reliability.training import (
    GoldSentence,
    TrainSettings,
    gold_sentences,
    save_model,
    train_model,
)

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's options to ``parser``."""
    parser.add_argument(
        "--gold",
        required=True,
        action="append",
        metavar="FILE.jsonl",
        help="annotations in the gold format (repeatable)",
    )
    parser.add_argument("--task", choices=[*TASKS, "all"], default="all")
    parser.add_argument(
        "--out",
        required=True,
        metavar="DIR",
        help="folder to write the models to (use with --models DIR)",
    )
    parser.add_argument(
        "--exclude",
        action="append",
        default=[],
        metavar="FILE.jsonl",
        help="gold file whose sentences must not be trained on, "
        "matched by text (repeatable; e.g. a test set)",
    )
    parser.add_argument(
        "--char-ngrams",
        action="store_true",
        help="add character 3-5-grams inside words (slower, larger)",
    )
    parser.add_argument(
        "-C",
        type=float,
        default=TrainSettings().c,
        help="inverse regularisation strength (default %(default)s)",
    )


def run(args: argparse.Namespace) -> int:
    """Train the requested models and write them to ``--out``."""
    sentences: list[GoldSentence] = []
    for path in args.gold:
        sentences.extend(gold_sentences(path))
    excluded = {s.text for path in args.exclude for s in gold_sentences(path)}
    if excluded:
        before = len(sentences)
        sentences = [s for s in sentences if s.text not in excluded]
        print(
            f"excluded {before - len(sentences)} sentences found in --exclude files",
            file=sys.stderr,
        )
    if not sentences:
        raise InputError("the gold files hold no body sentences to train on")
    tasks = list(TASKS) if args.task == "all" else [args.task]
    settings = TrainSettings(
        featurizer=FeaturizerSettings(
            char_ngrams=(3, 5) if args.char_ngrams else (0, 0)
        ),
        c=args.C,
    )
    sources = [Path(p).name for p in args.gold]
    texts = [s.text for s in sentences]
    written = 0
    for task in tasks:
        labels = [s.label(task) for s in sentences]
        n_pos = sum(labels)
        if n_pos == 0 or n_pos == len(labels):
            print(
                f"{task}: skipped, {n_pos} of {len(labels)} sentences are positive "
                "(both classes are needed)",
                file=sys.stderr,
            )
            continue
        model = train_model(
            texts, labels, task=task, settings=settings, sources=sources
        )
        path = save_model(model, args.out)
        written += 1
        print(
            f"{task}: {len(labels)} sentences, {n_pos} positive, "
            f"{len(model.terms)} features, threshold {model.threshold:.3f} -> {path}"
        )
    if not written:
        raise InputError("no model trained: every task lacked one of its classes")
    return 0
