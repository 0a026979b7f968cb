"""The project's gold corpus under benchmarks/gold: valid lines, licensed sources."""

from __future__ import annotations

import csv
import importlib.util
import json
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "benchmarks" / "gold"
GOLD_FILES = sorted(
    p for p in GOLD_DIR.glob("*.jsonl") if not p.name.endswith(".pending.jsonl")
)
ALL_TEXT_FILES = sorted(GOLD_DIR.glob("*.jsonl"))


def load_checker():
    spec = importlib.util.spec_from_file_location("gold_check", GOLD_DIR / "check.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


check = load_checker()


def sources_rows() -> dict[str, dict[str, str]]:
    rows: dict[str, dict[str, str]] = {}
    for path in sorted(GOLD_DIR.glob("*.sources.csv")):
        with path.open(encoding="utf-8", newline="") as f:
            for row in csv.DictReader(f):
                rows[row["id"]] = row
    return rows


def test_gold_corpus_has_files():
    assert GOLD_FILES, "no gold file under benchmarks/gold"


@pytest.mark.parametrize("path", GOLD_FILES, ids=lambda p: p.name)
def test_gold_corpus_file_validates(path):
    assert check.check_file(path, {}) == []


def test_gold_corpus_ids_unique_across_files():
    seen: dict[str, str] = {}
    problems = []
    for path in GOLD_FILES:
        problems += check.check_file(path, seen)
    assert problems == []


@pytest.mark.parametrize("path", ALL_TEXT_FILES, ids=lambda p: p.name)
def test_gold_corpus_every_id_has_a_licensed_source(path):
    rows = sources_rows()
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        doc_id = json.loads(line)["id"]
        assert doc_id in rows, f"{doc_id} has no sources row"
        row = rows[doc_id]
        assert check.is_allowed_licence(row["licence"]), (doc_id, row["licence"])
        assert row["split"] in {"train", "dev", "test"}
        assert row["licence_evidence_url"].startswith(("http://", "https://"))


@pytest.mark.parametrize(
    "licence, allowed",
    [
        ("public domain (17 U.S.C. 105)", True),
        ("CC BY 2.5", True),
        ("CC BY-SA 4.0", True),
        ("CC0 1.0", True),
        ("OGL v3.0", True),
        ("Open Parliament Licence v3.0", True),
        ("Government of Japan Standard Terms of Use 2.0", True),
        ("Crown copyright, personal use only", False),
        ("CC BY-NC 4.0", False),
        ("CC BY-ND 3.0", False),
        ("CC BY-NC-SA 2.0", False),
        ("All rights reserved", False),
        ("", False),
    ],
)
def test_gold_check_licence_rule(licence, allowed):
    assert check.is_allowed_licence(licence) is allowed


TEXT = "Harbour notice\nThe ferry left at noon. Its captain said the sea was calm."


def sentence(start, end, **marks):
    base = {
        "start": start,
        "end": end,
        "boilerplate": False,
        "attributions": [],
        "hedges": [],
        "claim": True,
        "unsourced_claim": True,
        "loaded": [],
    }
    base.update(marks)
    return base


def span(text, needle):
    i = text.index(needle)
    return {"start": i, "end": i + len(needle), "text": needle}


def valid_doc():
    second = TEXT.index("Its")
    attribution = {
        "cue": span(TEXT, "said"),
        "source": span(TEXT, "Its captain"),
        "source_type": "anonymous",
    }
    return {
        "id": "x-001",
        "text": TEXT,
        "outlet": None,
        "sentences": [
            sentence(0, 14, boilerplate=True, claim=False, unsourced_claim=False),
            sentence(15, second - 1),
            sentence(
                second,
                len(TEXT),
                attributions=[attribution],
                unsourced_claim=False,
            ),
        ],
    }


def test_gold_check_accepts_a_valid_document():
    assert check.check_document(valid_doc(), "doc") == []


def mutations():
    def trailing_space(d):
        d["sentences"][1]["end"] += 1

    def uncovered(d):
        del d["sentences"][1]

    def wrong_span_text(d):
        d["sentences"][2]["attributions"][0]["cue"]["text"] = "told"

    def bad_type(d):
        d["sentences"][2]["attributions"][0]["source_type"] = "person"

    def unsourced_with_attribution(d):
        d["sentences"][2]["unsourced_claim"] = True

    def marked_boilerplate(d):
        d["sentences"][0]["hedges"] = [span(TEXT, "notice")]

    def key_order(d):
        d["sentences"][1] = dict(reversed(list(d["sentences"][1].items())))

    def overlapping(d):
        d["sentences"][2]["start"] = d["sentences"][1]["start"] + 2

    def bad_outlet(d):
        d["outlet"] = "The Harbour Times"

    def source_cuts_a_word(d):
        # "t" of "captain": text matches, but the span starts inside a word.
        source = d["sentences"][2]["attributions"][0]["source"]
        i = TEXT.index("captain") + 5
        source.update(start=i, end=i + 2, text=TEXT[i : i + 2])

    return [
        trailing_space,
        uncovered,
        wrong_span_text,
        bad_type,
        unsourced_with_attribution,
        marked_boilerplate,
        key_order,
        overlapping,
        bad_outlet,
        source_cuts_a_word,
    ]


@pytest.mark.parametrize("mutate", mutations(), ids=lambda f: f.__name__)
def test_gold_check_reports_each_broken_rule(mutate):
    doc = valid_doc()
    mutate(doc)
    assert check.check_document(doc, "doc") != []


def test_gold_check_main_exits_1_on_a_broken_file(tmp_path, capsys):
    doc = valid_doc()
    doc["sentences"][2]["attributions"][0]["source_type"] = "person"
    (tmp_path / "x.jsonl").write_text(json.dumps(doc) + "\n", encoding="utf-8")
    with (tmp_path / "x.sources.csv").open("w", encoding="utf-8", newline="") as f:
        writer = csv.writer(f)
        writer.writerow(check.SOURCES_COLUMNS)
        writer.writerow(
            [
                "x-001",
                "test",
                "wire report",
                "P",
                "p.org",
                "https://p.org/a",
                "CC BY 4.0",
                "https://p.org/licence",
                "https://p.org/a",
            ]
        )
    assert check.main([str(tmp_path / "x.jsonl")]) == 1
    assert "source_type 'person' not allowed" in capsys.readouterr().out


def load_agreement():
    spec = importlib.util.spec_from_file_location(
        "gold_agreement", GOLD_DIR / "agreement.py"
    )
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def test_gold_agreement_kappa_of_a_two_by_two_table():
    agreement = load_agreement()
    # 20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no: observed .7, expected .5
    pairs = [(True, True)] * 20 + [(True, False)] * 5
    pairs += [(False, True)] * 10 + [(False, False)] * 15
    assert agreement.cohen_kappa(pairs) == pytest.approx(0.4)
    assert agreement.cohen_kappa([(True, True)] * 3) is None


def test_gold_agreement_second_annotation_validates_against_first_texts():
    agreement = load_agreement()
    second = agreement.load_jsonl(agreement.SECOND)
    for doc in second:
        assert check.check_document(doc, doc["id"]) == []
    first = agreement.first_annotation(second, [GOLD_DIR / p for p in agreement.PARTS])
    assert [d["id"] for d in first] == [d["id"] for d in second]


@pytest.mark.parametrize(
    "path", sorted((GOLD_DIR / "iaa").glob("*.jsonl")), ids=lambda p: p.name
)
def test_gold_check_second_annotations_validate(path):
    # Second annotations carry their parts' ids: checked against the parts'
    # sources files, not as a part of their own.
    assert check.check_file(path, {}) == []


def test_gold_check_second_annotation_with_an_unknown_id(tmp_path):
    (tmp_path / "iaa").mkdir()
    doc = valid_doc()
    (tmp_path / "iaa" / "second9.jsonl").write_text(
        json.dumps(doc) + "\n", encoding="utf-8"
    )
    problems = check.check_file(tmp_path / "iaa" / "second9.jsonl", {})
    assert any("missing sources file" in p for p in problems)
    assert any("is in no part's sources file" in p for p in problems)
