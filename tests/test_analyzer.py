"""The Analyzer's batch API: order, error records, processes, pickling."""

from __future__ import annotations

import multiprocessing
import pickle

import pytest
from pydantic import ValidationError

import reliability
from reliability import DocumentReport, ErrorRecord

DOCS = [
    {"id": f"d{i}", "text": f"The mayor said {i} roads were closed on Monday."}
    for i in range(9)
]


def test_analyze_many_jobs_2_matches_jobs_1(analyzer):
    one = [r.model_dump_json() for r in analyzer.analyze_many(DOCS, jobs=1)]
    two = [r.model_dump_json() for r in analyzer.analyze_many(DOCS, jobs=2)]
    assert one == two
    assert [DocumentReport.model_validate_json(j).id for j in one] == [
        d["id"] for d in DOCS
    ]


def test_analyze_many_bad_item_becomes_error_record_in_place(analyzer):
    docs = [DOCS[0], {"id": "bad", "title": "no text"}, {"id": "n", "text": 3}, DOCS[1]]
    out = list(analyzer.analyze_many(docs))
    assert [type(r) for r in out] == [
        DocumentReport,
        ErrorRecord,
        ErrorRecord,
        DocumentReport,
    ]
    assert out[1].id == "bad" and out[1].error.type == "missing_text"
    assert out[3].id == "d1"


def test_analyzer_pickles_to_an_equal_analyzer():
    a = reliability.Analyzer(disable=["loaded"])
    b = pickle.loads(pickle.dumps(a))
    assert b.annotator_names == a.annotator_names
    text = DOCS[0]["text"]
    assert b.analyze(text) == a.analyze(text)


def _analyze_in_child(analyzer, text, queue):
    queue.put(analyzer.analyze(text).model_dump_json())


def test_analyzer_works_in_a_spawned_process(analyzer):
    ctx = multiprocessing.get_context("spawn")
    queue = ctx.Queue()
    proc = ctx.Process(
        target=_analyze_in_child, args=(analyzer, DOCS[2]["text"], queue)
    )
    proc.start()
    got = queue.get(timeout=60)
    proc.join(60)
    assert got == analyzer.analyze(DOCS[2]["text"]).model_dump_json()


def test_analyze_carries_published_and_metadata(analyzer):
    r = analyzer.analyze("It rained.", id="x", title="Weather", published="2024-05-01")
    assert (r.id, r.title, r.published) == ("x", "Weather", "2024-05-01")
    again = list(
        analyzer.analyze_many([{"text": "It rained.", "published": "2024-05-01"}])
    )
    assert again[0].published == "2024-05-01"


def test_analyzer_boilerplate_off_treats_every_sentence_as_body():
    text = "Share on Facebook\n\nThe mayor said the road would reopen on Monday."
    on = reliability.Analyzer().analyze(text)
    off = reliability.Analyzer(reliability.PipelineConfig(boilerplate=False)).analyze(
        text
    )
    assert [s.boilerplate for s in on.sentences] == [True, False]
    assert [s.boilerplate for s in off.sentences] == [False, False]
    assert [(s.start, s.end) for s in off.sentences] == [
        (s.start, s.end) for s in on.sentences
    ]


def test_score_no_boilerplate_option(tmp_path):
    from reliability.cli import main
    from reliability.io import load_reports

    src = tmp_path / "a.txt"
    src.write_text("Share on Facebook\n\nThe mayor said the road would reopen.\n")
    assert (
        main(
            [
                "score",
                str(src),
                "-o",
                str(tmp_path / "o.jsonl"),
                "--quiet",
                "--no-boilerplate",
            ]
        )
        == 0
    )
    (report,) = load_reports(tmp_path / "o.jsonl")
    assert not any(s.boilerplate for s in report.sentences)


def test_analyze_restores_the_garbage_collector_state(analyzer):
    import gc

    long_text = "The mayor said so. " * 6000  # over the pause threshold
    assert gc.isenabled()
    analyzer.analyze("The mayor said so.")
    analyzer.analyze(long_text)
    assert gc.isenabled()
    gc.disable()
    try:
        analyzer.analyze(long_text)
        assert not gc.isenabled()  # a caller's choice is left alone
    finally:
        gc.enable()
    small = reliability.Analyzer(reliability.PipelineConfig(max_chars=5))
    try:
        small.analyze("far too long")
    except reliability.InputError:
        pass
    assert gc.isenabled()


def test_analyze_from_threads_leaves_the_collector_on(analyzer):
    import gc
    from concurrent.futures import ThreadPoolExecutor

    texts = [d["text"] * 3000 for d in DOCS[:4]] * 2  # long: the pause applies
    with ThreadPoolExecutor(4) as pool:
        reports = list(pool.map(analyzer.analyze, texts))
    assert [r.text for r in reports] == texts
    assert gc.isenabled()


def test_threads_sharing_an_analyzer_get_the_same_reports_as_one_thread(analyzer):
    from concurrent.futures import ThreadPoolExecutor

    texts = [
        "Troops crossed the border, according to Reuters. Three towns fell.",
        "The BBC reported that the talks had failed. Prices rose by 4%.",
        "The plant will close, CNN reported. Workers may strike.",
        "A source said the minister resigned. The vote is on Monday.",
    ] * 25
    alone = [analyzer.analyze(t).model_dump_json() for t in texts]
    with ThreadPoolExecutor(8) as pool:
        together = list(
            pool.map(lambda t: analyzer.analyze(t).model_dump_json(), texts)
        )
    assert together == alone
    linked = {
        a.outlet
        for r in map(DocumentReport.model_validate_json, alone[:4])
        for s in r.sentences
        for a in s.attributions
        if a.outlet
    }
    assert {"reuters.com", "cnn.com"} <= linked


@pytest.mark.parametrize(
    "kwargs, message",
    [
        ({"url": 123}, r"^url must be a string \(the page's URL\) or None, not int"),
        (
            {"outlet": ["a"]},
            r"^outlet must be a string .* or None, not list \(\['a'\]\)",
        ),
        ({"published": object()}, r"^published must be a string .*, not object"),
        ({"title": b"Headline"}, r"^title must be a string or None, not bytes"),
        ({"id": 1.5}, r"^id must be a string or an int or None, not float \(1\.5\)"),
    ],
)
def test_issue_13_analyze_metadata_of_wrong_type_raises_input_error(kwargs, message):
    with pytest.raises(reliability.InputError, match=message) as caught:
        reliability.analyze("The council met on Monday.", **kwargs)
    assert isinstance(caught.value, reliability.ReliabilityError)
    assert not isinstance(caught.value, (AttributeError, ValidationError))


def test_analyze_metadata_accepts_int_ids_and_dates(analyzer):
    from datetime import date, datetime

    report = analyzer.analyze("The council met.", id=7, published=date(2024, 5, 1))
    assert (report.id, report.published) == ("7", "2024-05-01")
    at = datetime(2024, 5, 1, 9, 30)
    assert analyzer.analyze("The council met.", published=at).published == (
        "2024-05-01T09:30:00"
    )


def test_issue_13_default_limit_refuses_longer_documents_before_analysis():
    # The default limit is what benchmarks/dense_memory.py measured to hold
    # peak memory under 600 MB on the densest text found.
    limit = reliability.PipelineConfig().max_chars
    assert limit <= 1_000_000
    with pytest.raises(reliability.InputError, match=f"limit of {limit:,}"):
        reliability.Analyzer().analyze("He said. " * (limit // 9 + 1))


def test_analyzer_boilerplate_model_can_be_switched_off() -> None:
    """``boilerplate_model = false`` segments with the rules alone."""
    import json
    from pathlib import Path

    from reliability.segment import split_sentences

    gold = Path(__file__).resolve().parent.parent / "benchmarks" / "gold" / "a.jsonl"
    texts = [json.loads(line)["text"] for line in gold.read_text("utf-8").splitlines()]
    # A page where the model flags chrome that the rules leave as body.
    text = next(
        t for t in texts if split_sentences(t) != split_sentences(t, model=None)
    )

    def flags(report: reliability.DocumentReport) -> list[tuple[int, int, bool]]:
        return [(s.start, s.end, s.boilerplate) for s in report.sentences]

    def segs(segments: list) -> list[tuple[int, int, bool]]:  # type: ignore[type-arg]
        return [(s.start, s.end, s.boilerplate) for s in segments]

    rules_only = reliability.Analyzer(
        reliability.PipelineConfig(boilerplate_model=False)
    ).analyze(text)
    assert flags(rules_only) == segs(split_sentences(text, model=None))
    assert flags(reliability.Analyzer().analyze(text)) == segs(split_sentences(text))
