"""Build ``news_sentences.jsonl`` (gold format) from the marked-up sources.

    python scripts/training_data/build.py [--check]

Each ``source/*.txt`` file holds documents written for this project. A line
``# <id> | <domain>`` starts a document; an empty line ends a paragraph; every
other line is one sentence, prefixed by its label:

* ``B`` boilerplate (the headline),
* ``U`` a claim with no attribution (``unsourced_claim``),
* ``S`` a claim the sentence attributes, or a quotation it continues,
* ``N`` not a claim (opinion, question, musing, commentator's prediction,
  announcement of what the article does).

Inside a sentence ``[[...]]`` marks a hedge cue and ``{{...}}`` a loaded span
(ANNOTATION.md, "Hedges", "Loaded language"). Offsets are computed here, never
typed by hand, and validated: every span's text equals ``text[start:end]``,
spans lie inside their sentence, sentences are ordered, disjoint and trimmed,
and the library's own segmenter splits each document exactly at the written
sentences. ``--check`` rebuilds in memory and fails if the JSONL differs.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import sys
from pathlib import Path
from typing import Any

HERE = Path(__file__).resolve().parent
OUT = HERE / "news_sentences.jsonl"
_MARK = re.compile(r"\[\[(.+?)\]\]|\{\{(.+?)\}\}")
_LABELS = frozenset("BUSN")


def _parse_sentence(raw: str, where: str) -> tuple[str, list[tuple[str, int, int]]]:
    """Strip the markup; return the plain sentence and its (kind, start, end) spans."""
    out: list[str] = []
    spans: list[tuple[str, int, int]] = []
    pos = 0
    size = 0
    for m in _MARK.finditer(raw):
        out.append(raw[pos : m.start()])
        size += m.start() - pos
        inner = m.group(1) if m.group(1) is not None else m.group(2)
        kind = "hedges" if m.group(1) is not None else "loaded"
        spans.append((kind, size, size + len(inner)))
        out.append(inner)
        size += len(inner)
        pos = m.end()
    out.append(raw[pos:])
    text = "".join(out)
    if any(x in text for x in ("[[", "]]", "{{", "}}")):
        raise ValueError(f"{where}: unbalanced markup in {raw!r}")
    return text, spans


def parse(path: Path) -> list[dict[str, Any]]:
    """The documents of one source file, as gold-format dicts."""
    docs: list[dict[str, Any]] = []
    paragraphs: list[list[tuple[str, str, list[tuple[str, int, int]]]]] = []
    doc_id = ""

    def flush() -> None:
        if doc_id:
            docs.append(_document(doc_id, [p for p in paragraphs if p]))

    for lineno, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        where = f"{path.name}:{lineno}"
        if line.startswith("# "):
            flush()
            doc_id = line[2:].split("|")[0].strip()
            paragraphs = [[]]
            continue
        if not line.strip():
            paragraphs.append([])
            continue
        label, _, raw = line.partition(" ")
        if label not in _LABELS or not raw.strip() or raw != raw.strip():
            raise ValueError(f"{where}: expected '<B|U|S|N> sentence', got {line!r}")
        if not doc_id:
            raise ValueError(f"{where}: sentence before the first '# id' line")
        text, spans = _parse_sentence(raw, where)
        if label == "B":
            if spans:
                raise ValueError(f"{where}: boilerplate carries no marks")
            paragraphs.append([(label, text, spans)])
            paragraphs.append([])
        else:
            paragraphs[-1].append((label, text, spans))
    flush()
    return docs


def _document(
    doc_id: str, paragraphs: list[list[tuple[str, str, list[tuple[str, int, int]]]]]
) -> dict[str, Any]:
    parts: list[str] = []
    sentences: list[dict[str, Any]] = []
    offset = 0
    for pi, para in enumerate(paragraphs):
        if pi:
            parts.append("\n\n")
            offset += 2
        for si, (label, text, spans) in enumerate(para):
            if si:
                parts.append(" ")
                offset += 1
            marks: dict[str, list[dict[str, Any]]] = {"hedges": [], "loaded": []}
            for kind, s, e in spans:
                marks[kind].append(
                    {"start": offset + s, "end": offset + e, "text": text[s:e]}
                )
            sentences.append(
                {
                    "start": offset,
                    "end": offset + len(text),
                    "boilerplate": label == "B",
                    "attributions": [],
                    "hedges": marks["hedges"],
                    "claim": label in "US",
                    "unsourced_claim": label == "U",
                    "loaded": marks["loaded"],
                }
            )
            parts.append(text)
            offset += len(text)
    text = "".join(parts)
    return {"id": doc_id, "text": text, "outlet": None, "sentences": sentences}


def validate(doc: dict[str, Any]) -> None:
    """Raise ValueError if a document breaks the gold format's invariants."""
    text = doc["text"]
    prev = 0
    for s in doc["sentences"]:
        sent = text[s["start"] : s["end"]]
        if s["start"] < prev or not sent or sent != sent.strip():
            raise ValueError(f"{doc['id']}: bad sentence {sent!r}")
        prev = s["end"]
        if s["unsourced_claim"] and not s["claim"]:
            raise ValueError(f"{doc['id']}: unsourced_claim without claim: {sent!r}")
        if s["boilerplate"] and (s["claim"] or s["hedges"] or s["loaded"]):
            raise ValueError(f"{doc['id']}: marks on boilerplate: {sent!r}")
        for kind in ("hedges", "loaded"):
            for span in s[kind]:
                if not s["start"] <= span["start"] < span["end"] <= s["end"]:
                    raise ValueError(f"{doc['id']}: {kind} span outside {sent!r}")
                if text[span["start"] : span["end"]] != span["text"]:
                    raise ValueError(f"{doc['id']}: {kind} offsets wrong in {sent!r}")
    covered = set()
    for s in doc["sentences"]:
        covered.update(range(s["start"], s["end"]))
    stray = [i for i, ch in enumerate(text) if not ch.isspace() and i not in covered]
    if stray:
        raise ValueError(f"{doc['id']}: text outside every sentence at {stray[:3]}")


def check_segmentation(docs: list[dict[str, Any]]) -> None:
    """Raise ValueError where the library would split a document differently."""
    from reliability import Analyzer

    analyzer = Analyzer(disable=["models"])
    for doc in docs:
        got = [(s.start, s.end) for s in analyzer.analyze(doc["text"]).sentences]
        want = [(s["start"], s["end"]) for s in doc["sentences"]]
        if got != want:
            bad = sorted(set(got) ^ set(want))[:2]
            raise ValueError(
                f"{doc['id']}: the library segments differently near "
                + "; ".join(repr(doc["text"][a:b]) for a, b in bad)
            )


def build() -> str:
    """The JSONL text built from every source file."""
    docs = [d for p in sorted((HERE / "source").glob("*.txt")) for d in parse(p)]
    ids = [d["id"] for d in docs]
    if len(ids) != len(set(ids)):
        raise ValueError("duplicate document ids")
    texts = [d["text"][s["start"] : s["end"]] for d in docs for s in d["sentences"]]
    dupes = {t for t in texts if texts.count(t) > 1}
    if dupes:
        raise ValueError(f"repeated sentences: {sorted(dupes)[:3]}")
    for d in docs:
        validate(d)
    check_segmentation(docs)
    return "".join(json.dumps(d, ensure_ascii=False) + "\n" for d in docs)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--check", action="store_true", help="fail if the JSONL is stale")
    args = ap.parse_args(argv)
    data = build()
    docs = [json.loads(x) for x in data.splitlines()]
    body = [s for d in docs for s in d["sentences"] if not s["boilerplate"]]
    print(
        f"{len(docs)} documents, {len(body)} body sentences: "
        f"{sum(s['claim'] for s in body)} claims "
        f"({sum(s['unsourced_claim'] for s in body)} unsourced), "
        f"{sum(bool(s['hedges']) for s in body)} hedged "
        f"({sum(len(s['hedges']) for s in body)} cues), "
        f"{sum(bool(s['loaded']) for s in body)} loaded "
        f"({sum(len(s['loaded']) for s in body)} spans); "
        f"sha256 {hashlib.sha256(data.encode()).hexdigest()[:16]}"
    )
    if args.check:
        if not OUT.exists() or OUT.read_text(encoding="utf-8") != data:
            print(f"{OUT.name} is stale: run build.py", file=sys.stderr)
            return 1
        return 0
    OUT.write_text(data, encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
