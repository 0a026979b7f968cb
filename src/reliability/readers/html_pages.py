"""The main text of an HTML page (trafilatura, from the ``html`` extra)."""

from __future__ import annotations

from reliability.records import ErrorRecord, InputRecord, error_record

__all__ = ["extract_html"]


def extract_html(record: InputRecord) -> InputRecord | ErrorRecord:
    """Replace an HTML record's page by its main text (trafilatura).

    The title and URL found in the page fill the record's when it has none.
    Needs the ``html`` extra; without it the record becomes a
    ``missing_dependency`` error.
    """
    if record.format != "html":
        return record
    try:
        import trafilatura
    except ImportError as exc:
        return error_record(
            record.id,
            "missing_dependency",
            f"reading HTML needs trafilatura: pip install 'reliability[html]' ({exc})",
            source=record.source,
            line=record.line,
        )
    meta = record.meta
    extracted = trafilatura.bare_extraction(
        record.text,
        url=meta.url,
        with_metadata=True,
        include_comments=False,
        include_tables=False,
    )
    text = getattr(extracted, "text", None) if extracted is not None else None
    warnings = record.warnings
    if not text:
        text = ""
        warnings = (*warnings, "no main text found in the HTML page")
    found = meta.model_copy(
        update={
            "url": meta.url or getattr(extracted, "url", None),
            "outlet": meta.outlet or getattr(extracted, "sitename", None),
            "title": meta.title or getattr(extracted, "title", None),
            "published": meta.published or getattr(extracted, "date", None),
        }
    )
    return InputRecord(
        text=text,
        meta=found,
        source=record.source,
        line=record.line,
        warnings=warnings,
        format="text",
    )
