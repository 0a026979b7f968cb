"""Score corpora on Dask bags and data frames, and on Spark, with one function.

The unit of work is a partition: ``score_partition(frame)`` takes a pandas
frame with a ``text`` column (and optionally the fields of ``DocumentMeta``:
``id``, ``url``, ``outlet``, ``title``, ``published``) and returns one row per
document with the columns of ``reports_to_frame`` plus ``report`` (the report
as JSON). Each worker
process builds its ``Analyzer`` once, on first use, and keeps it
(``cached_analyzer``), so a corpus of any size loads the lexicons once per
process rather than once per task.

::

    import dask.dataframe as dd
    from reliability.integrations.dask import score_dataframe

    scores = score_dataframe(dd.read_parquet("articles/")).compute()

On Spark the same function runs through ``mapInPandas`` (see
``score_batches`` and docs/integrations/dask.md).
"""

from __future__ import annotations

import functools
import json
from collections.abc import Iterable, Iterator, Mapping
from typing import Any

import dask.bag as db
import dask.dataframe as dd
import pandas as pd

from reliability.analyzer import Analyzer
from reliability.integrations.pandas import DOCUMENT_COLUMNS, _frame, report_row
from reliability.schema import DocumentMeta, DocumentReport

__all__ = [
    "RESULT_COLUMNS",
    "analyze_bag",
    "cached_analyzer",
    "result_meta",
    "score_batches",
    "score_dataframe",
    "score_partition",
]

#: Columns of ``score_partition``'s result and their dtypes.
RESULT_COLUMNS: dict[str, str] = {**DOCUMENT_COLUMNS, "report": "object"}

#: Input columns (and record keys) read as document metadata: ``DocumentMeta``'s.
_META_FIELDS = tuple(DocumentMeta.model_fields)


@functools.lru_cache(maxsize=8)
def _analyzer(config: str | None, disable: tuple[str, ...]) -> Analyzer:
    return Analyzer(config, disable=disable)


def cached_analyzer(config: str | None = None, disable: Iterable[str] = ()) -> Analyzer:
    """This process's ``Analyzer`` for ``config`` and ``disable``, built on first use.

    Args:
        config: Path to a TOML pipeline config (must exist on every worker), or
            None for the defaults.
        disable: Annotators to switch off.

    Returns:
        The same object for the same arguments, for the life of the process.
    """
    return _analyzer(config, tuple(sorted(disable)))


def _clean(value: Any) -> Any:
    # Missing values in a frame arrive as NaN/None/NA; the Analyzer wants None.
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    return value if isinstance(value, str) else str(value)


def _meta(values: Mapping[str, Any]) -> DocumentMeta:
    return DocumentMeta.of(**{k: _clean(v) for k, v in values.items()})


def _analyze(analyzer: Analyzer, text: str, meta: DocumentMeta) -> DocumentReport:
    return analyzer.analyze(text, **meta.model_dump())


def _analyze_record(
    analyzer: Analyzer, record: str | Mapping[str, Any]
) -> DocumentReport:
    if isinstance(record, str):
        return analyzer.analyze(record)
    return _analyze(
        analyzer, record["text"], _meta({k: record.get(k) for k in _META_FIELDS})
    )


def result_meta() -> pd.DataFrame:
    """An empty frame with the columns and dtypes of ``score_partition``'s result."""
    return _frame([], RESULT_COLUMNS)


def score_partition(
    frame: pd.DataFrame,
    *,
    text_column: str = "text",
    config: str | None = None,
    disable: Iterable[str] = (),
) -> pd.DataFrame:
    """Analyse every row of a pandas frame: the function a partition runs.

    Args:
        frame: One partition: ``text_column`` plus optional metadata columns,
            the fields of ``DocumentMeta`` (``id``, ``url``, ``outlet``,
            ``title``, ``published``).
        text_column: The column holding the document text.
        config: Path to a TOML pipeline config, or None for the defaults.
        disable: Annotators to switch off.

    Returns:
        One row per input row, in order, with ``RESULT_COLUMNS`` (the frame's
        index is kept).
    """
    analyzer = cached_analyzer(config, disable)
    present = [k for k in _META_FIELDS if k in frame.columns]
    rows = []
    for record in frame[[text_column, *present]].itertuples(index=False, name=None):
        meta = _meta(dict(zip(present, record[1:], strict=True)))
        report = _analyze(analyzer, record[0], meta)
        row = report_row(report)
        row["report"] = report.model_dump_json()
        rows.append(row)
    result = _frame(rows, RESULT_COLUMNS)
    result.index = frame.index
    return result


def score_dataframe(
    frame: dd.DataFrame,
    *,
    text_column: str = "text",
    config: str | None = None,
    disable: Iterable[str] = (),
) -> dd.DataFrame:
    """Score a Dask DataFrame partition by partition (lazy; call ``.compute()``).

    Args:
        frame: Documents, one a row (see ``score_partition``).
        text_column: The column holding the document text.
        config: Path to a TOML pipeline config, or None for the defaults.
        disable: Annotators to switch off.

    Returns:
        A Dask DataFrame with ``RESULT_COLUMNS`` and the input's partitions.
    """
    return frame.map_partitions(
        score_partition,
        text_column=text_column,
        config=config,
        disable=tuple(disable),
        meta=result_meta(),
    )


def _analyze_partition(
    records: Iterable[str | Mapping[str, Any]],
    config: str | None,
    disable: tuple[str, ...],
    as_json: bool,
) -> list[Any]:
    analyzer = cached_analyzer(config, disable)
    reports = (_analyze_record(analyzer, r) for r in records)
    if as_json:
        return [json.loads(r.model_dump_json()) for r in reports]
    return list(reports)


def analyze_bag(
    bag: db.Bag,
    *,
    config: str | None = None,
    disable: Iterable[str] = (),
    as_json: bool = False,
) -> db.Bag:
    """Analyse a Dask bag of texts or ``{"text", "id", ...}`` records (lazy).

    Args:
        bag: The documents: strings or mappings with ``text`` and optionally
            the fields of ``DocumentMeta`` (``id``, ``url``, ``outlet``,
            ``title``, ``published``).
        config: Path to a TOML pipeline config, or None for the defaults.
        disable: Annotators to switch off.
        as_json: Yield the reports as JSON-ready dicts instead of
            ``DocumentReport`` objects (e.g. for ``bag.to_textfiles``).

    Returns:
        A bag of reports, in input order.
    """
    return bag.map_partitions(_analyze_partition, config, tuple(disable), as_json)


def score_batches(
    batches: Iterable[pd.DataFrame],
    *,
    text_column: str = "text",
    config: str | None = None,
    disable: Iterable[str] = (),
) -> Iterator[pd.DataFrame]:
    """Score an iterator of pandas frames: Spark's ``mapInPandas`` signature.

    ``spark_df.mapInPandas(score_batches, schema=...)`` runs
    ``score_partition`` on each Arrow batch of each Spark partition.

    Yields:
        One result frame per batch (``RESULT_COLUMNS``).
    """
    for batch in batches:
        yield score_partition(
            batch, text_column=text_column, config=config, disable=disable
        ).reset_index(drop=True)
