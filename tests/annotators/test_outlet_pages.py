"""The outlet annotator on agency pages, list tags, desks and the page's own voice."""

from __future__ import annotations

import pytest

from reliability.annotators.outlet import OutletAnnotator
from reliability.document import Document
from reliability.outlets import builtin_table
from reliability.schema import DocumentMeta
from reliability.segment import split_sentences


def found(text: str) -> tuple[str, str, str | None] | None:
    """(domain, rule, evidence text) of the document's outlet, offsets checked."""
    doc = Document(text=text, segments=split_sentences(text), meta=DocumentMeta())
    outlets = [f for f in OutletAnnotator().annotate(doc) if not f.cited]
    if not outlets:
        return None
    f = outlets[0]
    said = text[f.start : f.end] if f.start is not None else None
    return f.domain, f.rule, said


PARAGRAPH = (
    "The council met on Tuesday evening and agreed to repair the old bridge "
    "before the winter, after residents had asked for the work for two years. "
    "The repairs will cost about two million and take four months.\n"
)


@pytest.mark.parametrize(
    "name, domain",
    [
        ("Homeland Security Today", "hstoday.us"),
        ("InciWeb", "nwcg.gov"),
        ("Newswise", "newswise.com"),
        ("Pirate Times", "piratetimes.net"),
        ("The Signpost", "wikipedia.org"),
        ("Rising Voices", "globalvoices.org"),
        ("Advox", "globalvoices.org"),
        ("Congressional Record", "congress.gov"),
        ("Dáil Éireann", "oireachtas.ie"),
        ("Agricultural Research Service", "usda.gov"),
    ],
)
def test_outlet_registry_knows_desks_and_agency_sites(name, domain):
    entry = builtin_table().lookup(name)
    assert entry is not None and entry.domain == domain
