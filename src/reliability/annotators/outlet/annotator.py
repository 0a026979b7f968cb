"""The outlet annotator: the publisher and origin cues in order, the choice of
publisher and origin, and the outlets the attribution sources cite.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator, Sequence
from dataclasses import replace

from reliability.annotators.outlet.credits import (
    bare_byline,
    credit_line,
    is_channel,
    newsroom,
    newsroom_asked,
    newsroom_blurb,
    newsroom_pressed,
    own_interview,
    own_reporter,
    writer_address,
)
from reliability.annotators.outlet.datelines import (
    agency_credit_line,
    agency_dateline,
    byline_credit,
    byline_line,
    files_credit,
    first_published,
    name_byline,
    republished_from,
    retrieved_from,
)
from reliability.annotators.outlet.digests import release_digest
from reliability.annotators.outlet.lexicon import (
    _TOLD_ANY_MIN,
    _TOLD_MIN,
    _UNNAMED,
    _WIRE,
)
from reliability.annotators.outlet.masthead import (
    also_on,
    interviewer_label,
    masthead,
    page_note,
    promotion,
    self_description,
    site_greeting,
)
from reliability.annotators.outlet.mentions import self_mention
from reliability.annotators.outlet.notices import newsroom_title, on_air, site_notice
from reliability.annotators.outlet.offices import (
    chamber_label,
    disclaimer,
    member_release,
    office_digest,
    office_transcript,
    source_credit,
)
from reliability.annotators.outlet.photos import staff_photo
from reliability.annotators.outlet.shapes import _Found
from reliability.annotators.outlet.sitelines import copyright_footer, site_address
from reliability.annotators.outlet.voice import (
    _LEAD_CHARS,
    _LEAD_MARGIN,
    body_words,
    dense_voice,
    lead_actor,
    lead_body,
    own_voice,
    release_issuer,
)
from reliability.document import Document
from reliability.errors import ConfigError
from reliability.findings import AttributionFinding, Layer, OutletFinding
from reliability.outlets.domains import registrable_domain
from reliability.outlets.service import RatedOutlets
from reliability.outlets.sites import site_digests
from reliability.outlets.table import OutletTable
from reliability.registry import register
from reliability.resources import load_lexicon
from reliability.schema import SourceType

__all__ = ["OutletAnnotator"]

log = logging.getLogger(__name__)


PUBLISHER_CUES: tuple[Callable[[OutletTable, str], _Found | None], ...] = (
    masthead,
    self_description,
    site_greeting,
    page_note,
    also_on,
    promotion,
    interviewer_label,
    copyright_footer,
    site_address,
    on_air,
    site_notice,
    member_release,
    disclaimer,
    newsroom_title,
    office_transcript,
    office_digest,
    chamber_label,
)


ORIGIN_CUES: tuple[Callable[[OutletTable, str], _Found | None], ...] = (
    republished_from,
    first_published,
    retrieved_from,
    source_credit,
    agency_dateline,
    byline_credit,
    byline_line,
    bare_byline,
    agency_credit_line,
    newsroom,
    newsroom_pressed,
    newsroom_asked,
    newsroom_blurb,
    files_credit,
    writer_address,
    credit_line,
    name_byline,
    own_reporter,
    own_interview,
)


@register("outlet")
class OutletAnnotator:
    """Finds the publishing outlet, the origin of its copy and the outlets it cites.

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
    version = "24"
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
        self.resources = {
            **self.outlets.resources,
            **site_digests(),
            "lexicons/place_names.txt": load_lexicon("place_names").sha256,
        }
        self._bodies = body_words(self.table)

    # -- the publisher and the origin ------------------------------------------

    def publisher(self, doc: Document) -> _Found | None:
        """The publishing outlet from the metadata, else from the page itself."""
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
        for cue in PUBLISHER_CUES:
            found = cue(self.table, doc.text)
            if found is not None:
                return found
        return None

    def origin(self, doc: Document) -> _Found | None:
        """The outlet whose copy the page carries, from notices, datelines, credits.

        Weakest of all, the outlet the story's sources spoke to ("witnesses
        told Example Wire") when the text shows nothing else.
        """
        for cue in ORIGIN_CUES:
            found = cue(self.table, doc.text)
            if found is not None:
                return found
        unnamed = {
            f.cue_start
            for f in doc.findings_on(Layer.ATTRIBUTIONS)
            if isinstance(f, AttributionFinding) and f.source_type in _UNNAMED
        }
        told: dict[str, list[_Found]] = {}
        told_unnamed: dict[str, int] = {}
        for f, channel in self._media_sources(doc):
            # "Witnesses told Example Wire": unnamed sources speak to the
            # reporting outlet itself; "the minister told Example Wire" in
            # another outlet's story is a citation.
            if channel:
                match = self.table.name_in(doc.text, *_source_span(f))
                if match is not None and match.entry.kind != "platform":
                    e = match.entry
                    told.setdefault(e.domain, []).append(
                        _Found(
                            e, e.domain, "text:origin:told", match.start, match.end, 0.4
                        )
                    )
                    if f.cue_start in unnamed:
                        told_unnamed[e.domain] = told_unnamed.get(e.domain, 0) + 1
        # Once is how a story cites another outlet's reporting ("residents
        # told Example Wire"); an outlet's own story comes back to its
        # unnamed sources ("aides told Example News ... officials told
        # Example News"), or to its interviews again and again ("the mayor
        # told Example News ... the senator told Example News ... a nurse
        # told Example News": three times).
        for domain, founds in told.items():
            if told_unnamed.get(domain, 0) >= _TOLD_MIN or len(founds) >= _TOLD_ANY_MIN:
                return founds[0]
        return None

    def _media_sources(
        self, doc: Document
    ) -> Iterator[tuple[AttributionFinding, bool]]:
        """Each media_outlet attribution with a source, and whether it is a channel."""
        for f in doc.findings_on(Layer.ATTRIBUTIONS):
            if (
                not isinstance(f, AttributionFinding)
                or f.source_type != SourceType.MEDIA_OUTLET
                or f.source_start is None
                or f.source_end is None
            ):
                continue
            yield f, is_channel(doc.text, f.source_start)

    # -- annotate ---------------------------------------------------------------

    def annotate(self, doc: Document) -> Iterator[OutletFinding]:
        """Yield the publisher (else the origin), the origin, then cited outlets."""
        found = self.publisher(doc)
        origin = self.origin(doc)
        if found is None and origin is None:
            found = own_voice(self.table, doc.text)
        if found is None and origin is None:
            found = self_mention(self.table, doc.text)
        if found is None and origin is None:
            found = release_issuer(self.table, doc.text)
        if found is None and origin is None:
            found = staff_photo(self.table, doc.text)
        if found is None and origin is None:
            found = dense_voice(self.table, doc.text, doc.words.lowers, self._bodies)
        if found is None and origin is None:
            found = lead_body(self.table, doc.text)
        if found is None and origin is None:
            lead = doc.token_range(0, _LEAD_CHARS + _LEAD_MARGIN)
            found = lead_actor(self.table, doc.text, doc.lowers[: lead.stop])
        if _from_release(found) and release_digest(doc.text):
            found = origin = None  # several issuers' releases: no publisher shown
        found, origin = _carried(found, origin)
        if found is None and origin is not None:
            found, origin = origin, None
        elif found is not None and origin is not None:
            if origin.domain == found.domain:
                origin = None
            else:
                found = replace(found, rule=f"{found.rule};origin={origin.domain}")
        if found is not None:
            yield OutletFinding(
                found.domain,
                found.rule,
                found.start,
                found.end,
                confidence=found.confidence,
            )
        # The origin stands at its credit; a "told X" origin is not reported
        # as cited, since its span is an attribution source it would link to.
        if (
            origin is not None
            and origin.start is not None
            and not origin.rule.endswith(":told")
        ):
            yield OutletFinding(
                origin.domain,
                origin.rule,
                origin.start,
                origin.end,
                cited=True,
                confidence=origin.confidence,
            )
        for f, channel in self._media_sources(doc):
            if channel:
                continue  # "told Example Wire": the channel, not the source
            match = self.table.name_in(doc.text, *_source_span(f))
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


# Publisher cues whose lines travel with the copy to every site that runs it:
# a wire's "More Example Wire sports: ...", "Copyright 2024 Example Wire".
_CARRIED_RULES = frozenset(
    {
        "text:promo",
        "text:copyright",
        "text:copyright:site",
        "text:copyright:name",
        "text:self-mention",
    }
)


def _carried(
    found: _Found | None, origin: _Found | None
) -> tuple[_Found | None, _Found | None]:
    """The publisher found from lines the copy carried, read as the origin.

    A page "republished from Example Review" that also shows Example
    Review's newsletter line or copyright carries them with Example Review's
    copy: Example Review is the origin, and the page shows no publisher of
    its own. A wire agency's own lines ("More Example Wire sports:", "Follow
    Example Wire's coverage", "Copyright 2024 Example Wire") run on every
    site that prints its copy, so a wire named only by them is the origin
    too (on the wire's own site the domain is the same). The caller's url
    or outlet is never changed.
    """
    if found is None or found.rule.startswith("meta:"):
        return found, origin
    if (
        origin is not None
        and origin.domain == found.domain
        and origin.rule == "text:origin:republished"
    ):
        return None, origin
    if (
        found.rule in _CARRIED_RULES
        and found.entry is not None
        and found.entry.kind == _WIRE
    ):
        if origin is not None:
            return None, origin
        rule = "text:origin:" + found.rule.removeprefix("text:")
        return None, replace(found, rule=rule)
    return found, origin


# The cues a digest of releases misleads: a release's credit or issuer, a
# member's release, the page's voice or its mentions of itself.
_RELEASE_RULES = ("text:self", "text:release", "text:own-voice")


def _from_release(found: _Found | None) -> bool:
    """Whether the page's outlet was read from a release's lines.

    A credit ("The press release issued by ..."), a member's release, the
    page's voice or its mentions of itself: the cues a page collecting
    several issuers' releases would mislead.
    """
    return found is not None and found.rule.startswith(_RELEASE_RULES)


def _source_span(f: AttributionFinding) -> tuple[int, int]:
    assert f.source_start is not None and f.source_end is not None
    return f.source_start, f.source_end
