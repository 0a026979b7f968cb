"""Outlet provenance: who published the document, whom it cites, how far to trust them.

The publisher comes from the caller's ``url``, else the caller's ``outlet``
(name or domain), else from what the text shows (ANNOTATION.md, "Document"):
a masthead line at the top naming an outlet, "Also on rt.com", the page's
promotion of itself ("CLICK HERE TO GET THE FOX NEWS APP", "Sign up for X's
newsletter", "Follow X on Twitter", "This article originally appeared on X",
"X's Jane Doe contributed to this report"), a copyright footer ("(c)2024 The
Guardian") or a wire dateline ("LONDON (Reuters) -"). A
tagline that names no outlet gives nothing: the outlet is never guessed.

Every ``media_outlet`` attribution source that names a registry outlet is
reported as a cited outlet with the same span, so the pipeline links it.
The annotator only finds domains: the pipeline's outlet service
(``reliability.outlets.service``) turns them into outlets with ratings, and
``scoring.score_provenance`` scores them.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass

from reliability.document import Document
from reliability.errors import ConfigError
from reliability.findings import AttributionFinding, Layer, OutletFinding
from reliability.outlets.domains import registrable_domain, split_url
from reliability.outlets.service import RatedOutlets
from reliability.outlets.table import OutletEntry, OutletTable
from reliability.registry import register
from reliability.schema import SourceType

__all__ = ["OutletAnnotator"]

log = logging.getLogger(__name__)

_DOMAIN = r"((?:[a-z0-9](?:[a-z0-9-]*[a-z0-9])?\.)+[a-z]{2,})"
# A site's own related-links banner: "Also on rt.com".
_ALSO_ON = re.compile(r"\bAlso on " + _DOMAIN + r"\b", re.I)
# A footer line: "(c) 2024 The Guardian", "Copyright 2021 The Associated Press".
_COPYRIGHT = re.compile(
    r"^[ \t]*(?:\u00a9|\(c\)|copyright(?:[ \t]*\u00a9)?)[ \t]*"
    r"(?:(?:19|20)\d\d(?:[ \t]*[-\u2013][ \t]*(?:19|20)\d\d)?[ \t]*,?[ \t]*)?"
    r"([^\n]{2,80})",
    re.I | re.M,
)
# A wire dateline at the start of a line: "LONDON (Reuters) -", "KABUL, Aug 3 (AFP) --".
_DATELINE = re.compile(
    r"^[ \t]*[A-Z][A-Z .'\u2019-]{1,30}(?:,[^\n()]{1,30})?[ \t]*"
    r"\(([A-Za-z][\w .-]{0,30})\)"
    r"[ \t]*(?:-|\u2013|\u2014)",
    re.M,
)
_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# The page promoting its own outlet; group "name" is where the name stands.
# Each pattern comes with a word it cannot match without, so that a page
# with none of them costs one substring test per pattern, not a regex scan.
_PROMO_KEYWORDS = (
    ("app",),
    ("newsletter",),
    ("follow",),
    ("appeared", "published"),
    ("contributed",),
)
_PROMO_PATTERNS = tuple(
    re.compile(p, re.I | re.M)
    for p in (
        # "CLICK HERE TO GET THE FOX NEWS APP", "Download the BBC News app"
        r"\b(?:get|download|install)[ \t]+the[ \t]+(?P<name>[^\n.!?]{2,40}?)"
        r"[ \t]+app\b",
        # "Sign up for The Guardian's daily newsletter"
        r"\bsign[ \t]+up[ \t]+for[ \t]+(?P<name>[^\n.!?]{2,40}?)"
        r"(?:['\u2019]s)?[ \t]+(?:(?:daily|weekly|free|morning|evening)[ \t]+)?"
        r"newsletters?\b",
        # "Follow Fox News on Twitter"
        r"\bfollow[ \t]+(?P<name>[^\n.!?]{2,40}?)[ \t]+on[ \t]+"
        r"(?:twitter|facebook|instagram|x|threads|bluesky|youtube|tiktok|linkedin)\b",
        # "This article originally appeared on The Conversation."
        r"\b(?:this|the)[ \t]+(?:article|story|post|piece|report|column)[ \t]+"
        r"(?:was[ \t]+)?(?:originally|first)[ \t]+(?:appeared|published)[ \t]+"
        r"(?:on|in|by)[ \t]+(?P<name>[^\n!?]{2,60}?)(?=[,;]|\.(?:\s|$)|$)",
        # "Fox News' Jane Doe contributed to this report."
        r"(?:^|(?<=[.!?][ \t]))[ \t]*(?P<name>[A-Z][^\n.!?]{1,40}?)['\u2019]s?"
        r"[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4}"
        r"(?:and[ \t]+(?:[A-Z][\w.'\u2019-]*[ \t]+){1,4})?"
        r"contributed[ \t]+to[ \t]+this[ \t]+(?:report|story|article)",
    )
)
_PROMOS = tuple(zip(_PROMO_KEYWORDS, _PROMO_PATTERNS, strict=True))
_MASTHEAD_LINES = 10
_MASTHEAD_CHARS = 1200
_BULLETS = " \t\u2022\u00bb\u00b7|*>-\u2013\u2014:"
# Single words that are also outlet names but, alone on a line at the top, are
# more likely a section or menu label than a masthead.
_MENU_WORDS = frozenset(
    "age atlantic australian blaze canary conversation deadline diplomat dispatch "
    "economist express federalist fortune guardian herald hill independent insider "
    "intercept journal medium metro mint mirror nation news observer outlook people "
    "print punch reason salon slate spectator standard star stuff sun telegraph time "
    "times tribune variety verge vice vox week wire wired".split()
)


@dataclass(frozen=True)
class _Found:
    entry: OutletEntry | None
    domain: str
    rule: str
    start: int | None = None
    end: int | None = None
    confidence: float = 1.0


def _line_spans(text: str, limit: int) -> Iterator[tuple[int, int]]:
    start = 0
    n = min(len(text), limit)
    while start < n:
        end = text.find("\n", start)
        end = len(text) if end < 0 else end
        yield start, end
        start = end + 1


@register("outlet")
class OutletAnnotator:
    """Finds the publishing outlet and the outlets a document cites.

    Args:
        ratings: Users' rating files, ``PATH`` or ``PATH:FORMAT``, loaded once;
            the first file given takes precedence, the built-in table's
            ratings come last.
        table: An outlet table to use instead of the packaged one.
        outlets: The outlet service to read names and domains from (the one
            the pipeline resolves outlets with); built from ``ratings`` and
            ``table`` when None.

    Raises:
        ConfigError: ``outlets`` is given together with ``ratings`` or ``table``.
    """

    name = "outlet"
    version = "2"
    assigns = frozenset({Layer.OUTLET})
    requires: frozenset[Layer] = frozenset()

    def __init__(
        self,
        *,
        ratings: Sequence[str] = (),
        table: OutletTable | None = None,
        outlets: RatedOutlets | None = None,
    ) -> None:
        if outlets is not None and (ratings or table is not None):
            raise ConfigError(
                "outlet annotator: give either 'outlets' or 'ratings'/'table', "
                "not both (the service carries its own ratings and table)"
            )
        self.outlets = outlets or RatedOutlets.load(ratings=ratings, table=table)
        self.table = self.outlets.table
        self.resources = dict(self.outlets.resources)

    # -- the publisher ---------------------------------------------------------

    def publisher(self, doc: Document) -> _Found | None:
        """The publishing outlet from the metadata, else from the text."""
        meta = doc.meta
        if meta.url:
            entry = self.table.by_domain(meta.url)
            domain = entry.domain if entry else registrable_domain(meta.url)
            if domain:
                return _Found(entry, domain, "meta:url")
        if meta.outlet:
            entry = self.table.lookup(meta.outlet)
            if entry is not None:
                return _Found(entry, entry.domain, "meta:outlet")
            domain = registrable_domain(meta.outlet) if "." in meta.outlet else None
            if domain:
                return _Found(None, domain, "meta:outlet")
            log.debug("outlet %r is not in the registry; not guessed", meta.outlet)
        return (
            self._masthead(doc.text)
            or self._also_on(doc.text)
            or self._promo(doc.text)
            or self._copyright(doc.text)
            or self._dateline(doc.text)
        )

    def _masthead(self, text: str) -> _Found | None:
        # A short line alone near the top that names an outlet (its logo text).
        seen = 0
        for start, end in _line_spans(text, _MASTHEAD_CHARS):
            line = text[start:end]
            stripped = line.strip(_BULLETS)
            if not stripped:
                continue
            seen += 1
            if seen > _MASTHEAD_LINES:
                break
            words = stripped.split()
            if len(words) >= 8:
                break  # the story has begun
            if len(words) > 5 or len(stripped) > 40:
                continue
            entry = self._line_outlet(stripped)
            if entry is not None and entry.kind != "platform":
                s = start + line.index(stripped)
                return _Found(
                    entry, entry.domain, "text:masthead", s, s + len(stripped), 0.9
                )
        return None

    def _line_outlet(self, line: str) -> OutletEntry | None:
        words = line.split()
        if len(words) == 1 and "." in line:
            parts = split_url(line)
            return self.table.by_domain(parts.host) if parts else None
        if len(words) == 1 and line.istitle() and line.lower() in _MENU_WORDS:
            return None
        entry = self.table.by_name(line)
        if entry is not None:
            return entry
        if len(words) == 1 and (line.islower() or line.isupper()):
            return self.table.by_compact(line)  # a logo word: "indianarrative"
        return None

    def _also_on(self, text: str) -> _Found | None:
        m = _ALSO_ON.search(text)
        if m is None:
            return None
        entry = self.table.by_domain(m.group(1))
        domain = entry.domain if entry else registrable_domain(m.group(1))
        if not domain:
            return None
        return _Found(entry, domain, "text:also-on", m.start(1), m.end(1), 0.9)

    def _promo(self, text: str) -> _Found | None:
        """The outlet a page promotes as its own: its app, newsletter, accounts.

        Only a registry name in the promotion counts; an outlet the story
        cites ("told Fox News") is never taken for the publisher.
        """
        lowered = text.lower()
        for keywords, pattern in _PROMOS:
            if not any(k in lowered for k in keywords):
                continue
            for m in pattern.finditer(text):
                match = self.table.name_in(text, m.start("name"), m.end("name"))
                if match is not None and match.entry.kind != "platform":
                    return _Found(
                        match.entry,
                        match.entry.domain,
                        "text:promo",
                        match.start,
                        match.end,
                        0.8,
                    )
        return None

    def _copyright(self, text: str) -> _Found | None:
        for m in _COPYRIGHT.finditer(text):
            # A photo credit ("(c) Sputnik / Name") has no year; a footer has.
            if (
                not _YEAR.search(m.group(0))
                and "rights reserved" not in m.group(0).lower()
            ):
                continue
            match = self.table.name_in(text, m.start(1), m.end(1))
            if match is not None and match.entry.kind != "platform":
                return _Found(
                    match.entry,
                    match.entry.domain,
                    "text:copyright",
                    match.start,
                    match.end,
                    0.85,
                )
        return None

    def _dateline(self, text: str) -> _Found | None:
        for m in _DATELINE.finditer(text):
            entry = self.table.by_name(m.group(1))
            if entry is not None and entry.kind == "wire agency":
                # A wire story may be carried by another site: lower confidence.
                return _Found(
                    entry, entry.domain, "text:dateline", m.start(1), m.end(1), 0.6
                )
        return None

    # -- annotate ---------------------------------------------------------------

    def annotate(self, doc: Document) -> Iterator[OutletFinding]:
        """Yield the publisher, then one cited outlet per linked media_outlet source."""
        found = self.publisher(doc)
        if found is not None:
            yield OutletFinding(
                found.domain,
                found.rule,
                found.start,
                found.end,
                confidence=found.confidence,
            )
        for f in doc.findings_on(Layer.ATTRIBUTIONS):
            if (
                not isinstance(f, AttributionFinding)
                or f.source_type != SourceType.MEDIA_OUTLET
            ):
                continue
            if f.source_start is None or f.source_end is None:
                continue
            match = self.table.name_in(doc.text, f.source_start, f.source_end)
            if match is None:
                continue
            yield OutletFinding(
                match.entry.domain,
                f"registry:name:{self.table.name}",
                f.source_start,
                f.source_end,
                cited=True,
                confidence=0.9,
            )
