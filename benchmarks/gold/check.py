#!/usr/bin/env python3
"""Validate the project's gold corpus files against ANNOTATION.md.

    python benchmarks/gold/check.py benchmarks/gold/*.jsonl

Checks every gold line (``*.pending.jsonl`` files are skipped, they hold texts
that are not annotated yet) and the part's ``<part>.sources.csv`` beside it:

- the key sets and their order (document, sentence, attribution, span);
- ids are ``<part>-NNN`` for the file ``<part>.jsonl`` and unique across files;
- the text is a non-empty string;
- sentences are in order, do not overlap and have no whitespace at either end;
- every non-whitespace character falls in some sentence;
- every span lies inside its sentence and ``text[start:end] == span.text``,
  and starts and ends at word boundaries;
- ``source_type`` uses the allowed values;
- boilerplate sentences carry no other marks;
- ``unsourced_claim`` implies ``claim`` and comes with no attribution;
- ``outlet`` is null or a lower-case domain;
- every id has a row in the sources file, with a known split and an allowed
  licence (public domain, CC0, CC BY or CC BY-SA of any version, OGL; never
  NC or ND).

Prints one line per problem and exits 1 when there is any.
"""

from __future__ import annotations

import csv
import json
import re
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

DOC_KEYS = ["id", "text", "outlet", "sentences"]
SENTENCE_KEYS = [
    "start",
    "end",
    "boilerplate",
    "attributions",
    "hedges",
    "claim",
    "unsourced_claim",
    "loaded",
]
ATTRIBUTION_KEYS = ["cue", "source", "source_type"]
SPAN_KEYS = ["start", "end", "text"]
SOURCE_TYPES = frozenset(
    {
        "named_person",
        "named_organization",
        "media_outlet",
        "document",
        "anonymous",
        "vague",
        "pronoun",
    }
)
SOURCES_COLUMNS = [
    "id",
    "split",
    "genre",
    "publisher",
    "domain",
    "url",
    "licence",
    "licence_evidence_url",
    "retrieved_via",
]
SPLITS = frozenset({"train", "dev", "test"})
ALLOWED_LICENCE = re.compile(
    r"^(public domain\b.*|cc0\b.*|cc by(-sa)? \d(\.\d)?\b.*|ogl\b.*"
    r"|open parliament licence\b.*|government of japan standard terms of use\b.*)$",
    re.IGNORECASE,
)
FORBIDDEN_LICENCE = re.compile(r"\b(nc|nd|non-?commercial|no-?deriv\w*)\b", re.I)
LABEL = r"[a-z0-9]([a-z0-9-]*[a-z0-9])?"
DOMAIN = re.compile(rf"^{LABEL}(\.{LABEL})+$")


def is_allowed_licence(licence: str) -> bool:
    """Return whether a sources-file licence string may be committed.

    Args:
        licence: the ``licence`` column, e.g. ``"CC BY 2.5"``.

    Returns:
        True for public domain, CC0, CC BY / CC BY-SA (any version), OGL and
        the open government licences that grant the same reuse with
        attribution (the UK Open Parliament Licence, the Government of Japan
        Standard Terms of Use); False for anything else, and always for NC or
        ND variants.
    """
    text = licence.strip()
    return bool(ALLOWED_LICENCE.match(text)) and not FORBIDDEN_LICENCE.search(text)


def part_of(path: Path) -> str:
    """Return the part name of a gold file: ``a`` for ``a.jsonl``."""
    return path.name.split(".", 1)[0]


def check_span(obj: Any, text: str, lo: int, hi: int, where: str) -> list[str]:
    """Check one span object against the text and its sentence bounds."""
    if not isinstance(obj, dict) or list(obj) != SPAN_KEYS:
        return [f"{where}: span keys must be {SPAN_KEYS}"]
    start, end, span_text = obj["start"], obj["end"], obj["text"]
    if not (isinstance(start, int) and isinstance(end, int) and start < end):
        return [f"{where}: bad offsets {start!r}..{end!r}"]
    problems = []
    if not (lo <= start and end <= hi):
        problems.append(f"{where}: span {start}..{end} outside its sentence {lo}..{hi}")
    if text[start:end] != span_text:
        problems.append(f"{where}: text[{start}:{end}] != {span_text!r}")
    # A span that starts or ends inside a word points at the wrong place (a
    # pronoun "he" found inside "the" when offsets were computed by search).
    inside_before = start > 0 and text[start - 1].isalnum() and text[start].isalnum()
    inside_after = end < len(text) and text[end].isalnum() and text[end - 1].isalnum()
    if inside_before or inside_after:
        problems.append(f"{where}: span {span_text!r} at {start}..{end} cuts a word")
    return problems


def check_sentence(sent: Any, text: str, where: str) -> list[str]:
    """Check one sentence entry: keys, bounds, spans and flag logic."""
    if not isinstance(sent, dict) or list(sent) != SENTENCE_KEYS:
        return [f"{where}: sentence keys must be {SENTENCE_KEYS}"]
    start, end = sent["start"], sent["end"]
    if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end):
        return [f"{where}: bad offsets {start!r}..{end!r}"]
    if end > len(text):
        return [f"{where}: end {end} past the text ({len(text)})"]
    problems = []
    body = text[start:end]
    if body != body.strip():
        problems.append(f"{where}: whitespace at an end of the sentence")
    for flag in ("boilerplate", "claim", "unsourced_claim"):
        if not isinstance(sent[flag], bool):
            problems.append(f"{where}: {flag} must be true or false")
    for name in ("attributions", "hedges", "loaded"):
        if not isinstance(sent[name], list):
            problems.append(f"{where}: {name} must be a list")
    if problems:
        return problems
    for k, attr in enumerate(sent["attributions"]):
        at = f"{where} attribution {k}"
        if not isinstance(attr, dict) or list(attr) != ATTRIBUTION_KEYS:
            problems.append(f"{at}: keys must be {ATTRIBUTION_KEYS}")
            continue
        problems += check_span(attr["cue"], text, start, end, f"{at} cue")
        problems += check_span(attr["source"], text, start, end, f"{at} source")
        if attr["source_type"] not in SOURCE_TYPES:
            problems.append(f"{at}: source_type {attr['source_type']!r} not allowed")
    for name in ("hedges", "loaded"):
        for k, span in enumerate(sent[name]):
            problems += check_span(span, text, start, end, f"{where} {name} {k}")
    if sent["boilerplate"] and (
        sent["attributions"]
        or sent["hedges"]
        or sent["loaded"]
        or sent["claim"]
        or sent["unsourced_claim"]
    ):
        problems.append(f"{where}: boilerplate sentence carries other marks")
    if sent["unsourced_claim"] and not sent["claim"]:
        problems.append(f"{where}: unsourced_claim without claim")
    if sent["unsourced_claim"] and sent["attributions"]:
        problems.append(f"{where}: unsourced_claim with an attribution")
    return problems


def check_document(doc: Any, where: str) -> list[str]:
    """Check one gold line (already parsed) against the schema and its text."""
    if not isinstance(doc, dict) or list(doc) != DOC_KEYS:
        return [f"{where}: document keys must be {DOC_KEYS}"]
    text = doc["text"]
    if not isinstance(text, str) or not text.strip():
        return [f"{where}: text must be a non-empty string"]
    problems = []
    outlet = doc["outlet"]
    if outlet is not None and not (isinstance(outlet, str) and DOMAIN.match(outlet)):
        problems.append(f"{where}: outlet {outlet!r} is not null or a domain")
    sentences = doc["sentences"]
    if not isinstance(sentences, list) or not sentences:
        return problems + [f"{where}: sentences must be a non-empty list"]
    covered = [False] * len(text)
    previous_end = 0
    for k, sent in enumerate(sentences):
        at = f"{where} sentence {k}"
        found = check_sentence(sent, text, at)
        problems += found
        if found and not isinstance(sent, dict):
            continue
        start, end = sent.get("start"), sent.get("end")
        if not (isinstance(start, int) and isinstance(end, int)):
            continue
        if start < previous_end:
            problems.append(f"{at}: starts at {start}, before the previous end")
        previous_end = max(previous_end, end)
        for i in range(max(start, 0), min(end, len(text))):
            covered[i] = True
    for i, ch in enumerate(text):
        if not covered[i] and not ch.isspace():
            problems.append(f"{where}: character {i} ({ch!r}) is in no sentence")
            break
    return problems


def read_sources(path: Path) -> tuple[dict[str, dict[str, str]], list[str]]:
    """Read a ``<part>.sources.csv`` file into rows by id, with its problems."""
    if not path.exists():
        return {}, [f"{path}: missing sources file"]
    with path.open(encoding="utf-8", newline="") as f:
        reader = csv.DictReader(f)
        if reader.fieldnames != SOURCES_COLUMNS:
            return {}, [f"{path}: columns must be {SOURCES_COLUMNS}"]
        rows = list(reader)
    problems = []
    by_id: dict[str, dict[str, str]] = {}
    for row in rows:
        if row["id"] in by_id:
            problems.append(f"{path}: id {row['id']} listed twice")
        by_id[row["id"]] = row
        if row["split"] not in SPLITS:
            problems.append(f"{path}: {row['id']} has split {row['split']!r}")
        if not is_allowed_licence(row["licence"]):
            problems.append(f"{path}: {row['id']} has licence {row['licence']!r}")
        if not row["licence_evidence_url"].startswith(("http://", "https://")):
            problems.append(f"{path}: {row['id']} has no licence evidence URL")
    return by_id, problems


def _json_lines(path: Path, problems: list[str]) -> Iterator[tuple[str, Any]]:
    """Each non-blank line of ``path`` parsed, with where it stands.

    A line that is not JSON is reported in ``problems`` and skipped.
    """
    lines = path.read_text(encoding="utf-8").splitlines()
    for n, line in enumerate(lines, 1):
        if not line.strip():
            continue
        where = f"{path}:{n}"
        try:
            yield where, json.loads(line)
        except json.JSONDecodeError as err:
            problems.append(f"{where}: not JSON ({err})")


def check_file(path: Path, seen: dict[str, str]) -> list[str]:
    """Check one gold file and its sources file; ``seen`` collects ids across files."""
    if path.parent.name == "iaa":
        return check_second_annotation(path)
    part = part_of(path)
    sources, problems = read_sources(path.with_name(f"{part}.sources.csv"))
    id_pattern = re.compile(rf"^{re.escape(part)}-\d{{3}}$")
    for where, doc in _json_lines(path, problems):
        doc_id = doc.get("id") if isinstance(doc, dict) else None
        if not isinstance(doc_id, str) or not id_pattern.match(doc_id):
            problems.append(f"{where}: id {doc_id!r} is not {part}-NNN")
        elif doc_id in seen:
            problems.append(f"{where}: id {doc_id} also in {seen[doc_id]}")
        else:
            seen[doc_id] = where
            if doc_id not in sources:
                problems.append(f"{where}: {doc_id} has no row in the sources file")
        problems += check_document(doc, f"{where} ({doc_id})")
    return problems


def check_second_annotation(path: Path) -> list[str]:
    """Check a file of second annotations (``iaa/``) of documents of the parts.

    Its ids are the parts' own (``k-001``), so each must name a part whose
    sources file lists it; the ids are not collected as new documents.
    """
    problems: list[str] = []
    sources: dict[str, dict[str, dict[str, str]]] = {}
    for where, doc in _json_lines(path, problems):
        doc_id = doc.get("id") if isinstance(doc, dict) else None
        if not isinstance(doc_id, str) or not re.match(r"^[a-z]+-\d{3}$", doc_id):
            problems.append(f"{where}: id {doc_id!r} is not PART-NNN")
        else:
            part = doc_id.rsplit("-", 1)[0]
            if part not in sources:
                sources[part], found = read_sources(
                    path.parent.parent / f"{part}.sources.csv"
                )
                problems += found
            if doc_id not in sources[part]:
                problems.append(f"{where}: {doc_id} is in no part's sources file")
        problems += check_document(doc, f"{where} ({doc_id})")
    return problems


def count_table(paths: list[Path]) -> str:
    """Return a Markdown table of documents per genre, split and part.

    Args:
        paths: gold and pending files; their parts' sources files give the
            genre and split of each id.

    Returns:
        One row per genre and part, columns train/dev/test/total and how many
        of them are still pending.
    """
    cells: dict[tuple[str, str], dict[str, int]] = {}
    for path in paths:
        part = part_of(path)
        sources, _ = read_sources(path.with_name(f"{part}.sources.csv"))
        pending = path.name.endswith(".pending.jsonl")
        for line in path.read_text(encoding="utf-8").splitlines():
            if not line.strip():
                continue
            row = sources.get(json.loads(line)["id"])
            if row is None:
                continue
            cell = cells.setdefault((row["genre"], part), {})
            cell[row["split"]] = cell.get(row["split"], 0) + 1
            cell["pending"] = cell.get("pending", 0) + int(pending)
    lines = ["| genre | part | train | dev | test | total | pending |"]
    lines.append("|---|---|---|---|---|---|---|")
    totals: dict[str, int] = {}
    keys = ("train", "dev", "test", "total", "pending")
    for (genre, part), cell in sorted(cells.items()):
        row_total = sum(cell.get(s, 0) for s in ("train", "dev", "test"))
        values = [cell.get(s, 0) for s in ("train", "dev", "test")]
        values += [row_total, cell.get("pending", 0)]
        for key, value in zip(keys, values, strict=True):
            totals[key] = totals.get(key, 0) + value
        lines.append(f"| {genre} | {part} | " + " | ".join(map(str, values)) + " |")
    keys = ("train", "dev", "test", "total", "pending")
    lines.append(
        "| **all** | | " + " | ".join(str(totals.get(k, 0)) for k in keys) + " |"
    )
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    """Check the given gold files; return 1 when any problem is found.

    With ``--counts`` first, print the table of documents per genre, split and
    part instead (pending files included).
    """
    args = sys.argv[1:] if argv is None else argv
    if args and args[0] == "--counts":
        print(count_table([Path(a) for a in args[1:]]))
        return 0
    paths = [Path(a) for a in args if not a.endswith(".pending.jsonl")]
    seen: dict[str, str] = {}
    problems: list[str] = []
    for path in paths:
        problems += check_file(path, seen)
    for problem in problems:
        print(problem)
    print(f"{len(paths)} file(s), {len(seen)} document(s), {len(problems)} problem(s)")
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
