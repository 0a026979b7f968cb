"""The publishing outlet: from the caller's url/outlet, else from what the text shows."""

from __future__ import annotations

import re
from collections.abc import Iterator
from urllib.parse import urlsplit

from reliability.document import Document
from reliability.findings import Layer, OutletFinding
from reliability.registry import register

__all__ = ["OutletAnnotator"]

_ALSO_ON = re.compile(r"\bAlso on ((?:[a-z0-9-]+\.)+[a-z]{2,})\b", re.I)


@register("outlet")
class OutletAnnotator:
    """Finds the outlet that published the document."""

    name = "outlet"
    version = "1"
    assigns = frozenset({Layer.OUTLET})
    requires: frozenset[Layer] = frozenset()

    def annotate(self, doc: Document) -> Iterator[OutletFinding]:
        """Yield the publishing outlet, if the metadata or the text shows it."""
        if doc.meta.url:
            host = urlsplit(doc.meta.url if "//" in doc.meta.url else "//" + doc.meta.url).hostname
            if host:
                yield OutletFinding(host.removeprefix("www."), "meta:url")
                return
        if doc.meta.outlet:
            yield OutletFinding(doc.meta.outlet.lower(), "meta:outlet")
            return
        m = _ALSO_ON.search(doc.text)
        if m:
            yield OutletFinding(m.group(1).lower(), "text:also-on", m.start(1), m.end(1))
