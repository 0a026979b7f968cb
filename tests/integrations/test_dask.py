"""Dask: bags and data frames scored on a real two-worker LocalCluster."""

from __future__ import annotations

import json
import math

import pytest

pytest.importorskip("dask.dataframe")
distributed = pytest.importorskip("distributed")
pd = pytest.importorskip("pandas")
pytestmark = pytest.mark.slow  # a real LocalCluster per module

import dask.bag as db  # noqa: E402
import dask.dataframe as dd  # noqa: E402

from reliability.integrations.dask import (  # noqa: E402
    RESULT_COLUMNS,
    analyze_bag,
    cached_analyzer,
    score_batches,
    score_dataframe,
    score_partition,
)
from reliability.schema import DocumentReport  # noqa: E402

TEXTS = [
    f"Story {i}: officials said the road may close. Prices will rise 5% next year."
    if i % 2
    else f"Story {i}: the mayor said the bridge would reopen on Monday."
    for i in range(24)
]


def _cache_info() -> tuple[int, int, int]:
    from reliability.integrations.dask import _analyzer

    info = _analyzer.cache_info()
    return info.hits, info.misses, info.currsize


@pytest.fixture(scope="module")
def client():
    cluster = distributed.LocalCluster(
        n_workers=2,
        threads_per_worker=1,
        processes=True,
        dashboard_address=None,
        host="127.0.0.1",
    )
    with cluster, distributed.Client(cluster) as c:
        yield c


@pytest.fixture(scope="module")
def frame():
    return pd.DataFrame(
        {
            "id": [f"s{i}" for i in range(len(TEXTS))],
            "text": TEXTS,
            "url": ["https://news.example/x" if i == 3 else None for i in range(24)],
        }
    )


def test_dask_dataframe_matches_local_analysis(client, frame, analyzer):
    ddf = dd.from_pandas(frame, npartitions=6)
    result = score_dataframe(ddf).compute()
    assert list(result.columns) == list(RESULT_COLUMNS)
    assert list(result.id) == list(frame.id)
    for row, text in zip(result.itertuples(), TEXTS, strict=True):
        local = analyzer.analyze(text, id=row.id)
        expected = local.scores.overall.value  # None (nothing to judge) is NaN
        assert row.score_overall == expected or (
            expected is None and math.isnan(row.score_overall)
        )
        report = DocumentReport.model_validate_json(row.report)
        assert report.sentences == local.sentences
    assert result.set_index("id").loc["s3", "url"] == "https://news.example/x"


def test_dask_workers_load_the_analyzer_once_each(client, frame):
    client.run(
        lambda: __import__(
            "reliability.integrations.dask", fromlist=["x"]
        )._analyzer.cache_clear()
    )
    score_dataframe(dd.from_pandas(frame, npartitions=8)).compute()
    analyze_bag(db.from_sequence(TEXTS, npartitions=8)).compute()
    per_worker = client.run(_cache_info)
    assert len(per_worker) == 2
    for _hits, misses, size in per_worker.values():
        assert misses == 1 and size == 1  # built once in the process...
    assert sum(h for h, _, _ in per_worker.values()) >= 14  # ...reused by 16 tasks


def test_dask_bag_of_texts_and_records(client):
    reports = analyze_bag(db.from_sequence(TEXTS, npartitions=4)).compute()
    assert [r.text for r in reports] == TEXTS
    assert all(isinstance(r, DocumentReport) for r in reports)
    records = [{"id": str(i), "text": t} for i, t in enumerate(TEXTS[:6])]
    dicts = analyze_bag(
        db.from_sequence(records, npartitions=3), as_json=True
    ).compute()
    assert [d["id"] for d in dicts] == [str(i) for i in range(6)]
    json.dumps(dicts)


def test_dask_partition_function_runs_as_spark_would(frame):
    # mapInPandas hands the function an iterator of pandas frames.
    batches = [frame.iloc[:5], frame.iloc[5:12].reset_index(drop=True), frame.iloc[12:]]
    out = pd.concat(score_batches(iter(batches)), ignore_index=True)
    expected = score_partition(frame).reset_index(drop=True)
    pd.testing.assert_frame_equal(out, expected)
    assert cached_analyzer() is cached_analyzer()


def test_dask_partition_of_empty_frame_has_result_columns():
    out = score_partition(pd.DataFrame({"text": pd.Series([], dtype=object)}))
    assert dict(out.dtypes.astype(str)) == RESULT_COLUMNS and out.empty


def test_issue_12_dask_carries_every_metadata_field():
    from reliability.schema import DocumentMeta

    values = {
        "id": "m1",
        "url": "https://www.bbc.co.uk/news/x",
        "outlet": "BBC",
        "title": "Bridge to reopen",
        "published": "2024-05-01",
    }
    assert set(values) == set(DocumentMeta.model_fields)
    frame = pd.DataFrame(
        [{"text": "The mayor said the bridge would reopen.", **values}]
    )
    row = score_partition(frame).iloc[0]
    report = DocumentReport.model_validate_json(row["report"])
    assert (report.id, report.url, report.title, report.published) == (
        "m1",
        values["url"],
        "Bridge to reopen",
        "2024-05-01",
    )
    assert row["published"] == "2024-05-01"
    from reliability.integrations.dask import _analyze_partition

    (from_bag,) = _analyze_partition([frame.iloc[0].to_dict()], None, (), False)
    assert from_bag.published == "2024-05-01" and from_bag.title == "Bridge to reopen"
