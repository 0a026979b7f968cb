"""The HTML report output: the entry point to ``report_html``'s renderer.

Each document is rendered in the worker that analysed it (a table row and a
section); the page is assembled in input order by ``HtmlReportWriter``.
"""

from __future__ import annotations

from typing import Any

from reliability.records import ErrorRecord
from reliability.schema import DocumentReport
from reliability.writers.output import TextSink

__all__ = ["html_writer", "render_html"]


def render_html(item: DocumentReport | ErrorRecord, index: int) -> Any:
    """The table row and the section of one document (``report_html.Rendered``)."""
    from reliability.report_html import render_document

    return render_document(item, index)


def html_writer(out: TextSink) -> Any:
    """A writer assembling the report page on ``out`` (``HtmlReportWriter``)."""
    from reliability.report_html import HtmlReportWriter

    # HtmlReportWriter declares IO[str] but only ever calls write().
    return HtmlReportWriter(out)  # type: ignore[arg-type]
