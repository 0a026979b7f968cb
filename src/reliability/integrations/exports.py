"""Reports in the formats of annotation and reading tools (no extra needed).

- ``to_web_annotations``: W3C Web Annotation JSON-LD, each annotation targeting
  its span with a ``TextPositionSelector`` (code points, as our offsets) and a
  ``TextQuoteSelector`` (exact text with prefix and suffix);
- ``to_brat``: brat standoff (``.ann`` text for the document's ``.txt``) with
  ``T`` (text-bound), ``A`` (attribute) and ``R`` (relation) lines, and
  ``BRAT_ANNOTATION_CONF`` for brat's ``annotation.conf``;
- ``to_label_studio``: a Label Studio task with predictions, offsets converted
  to UTF-16 code units as Label Studio counts them, and
  ``LABEL_STUDIO_CONFIG`` for the labelling interface.

Every function is pure: it takes a ``DocumentReport`` and returns data.
"""

from __future__ import annotations

import bisect
import hashlib
import re
import uuid
from collections.abc import Iterator
from typing import Any
from urllib.parse import quote

from reliability.schema import Annotation, DocumentReport, ReportLayer, SourceType

__all__ = [
    "BRAT_ANNOTATION_CONF",
    "LABEL_STUDIO_CONFIG",
    "WEB_ANNOTATION_CONTEXT",
    "Utf16Offsets",
    "annotation_items",
    "brat_annotation_conf",
    "document_iri",
    "label_studio_config",
    "to_brat",
    "to_label_studio",
    "to_web_annotations",
]

WEB_ANNOTATION_CONTEXT = "http://www.w3.org/ns/anno.jsonld"


def _item(a: Annotation) -> dict[str, Any]:
    item: dict[str, Any] = {
        "sentence": a.sentence,
        "type": a.source_type.value if a.source_type is not None else None,
        "layer": a.layer.value,
        "start": a.start,
        "end": a.end,
        "text": a.text,
        "confidence": a.confidence,
        "rule": a.rule,
    }
    if a.layer is ReportLayer.ATTRIBUTION and a.attribution is not None:
        item["outlet"] = a.attribution.outlet
    return item


def annotation_items(report: DocumentReport) -> Iterator[dict[str, Any]]:
    """Every annotation of ``report`` as a flat dict, in sentence order.

    The walk is ``DocumentReport.annotations()``. Keys: ``layer`` (a
    ``ReportLayer`` value, as in ``annotations_to_frame``), ``sentence``,
    ``start``, ``end``, ``text``, ``type`` (source type or None),
    ``confidence``, ``rule``; attributions add ``outlet``, sources ``cue``
    (their cue's item, which comes just before them).
    """
    cue: dict[str, Any] = {}
    for a in report.annotations():
        item = _item(a)
        if a.layer is ReportLayer.ATTRIBUTION:
            cue = item
        elif a.layer is ReportLayer.SOURCE:
            item["cue"] = cue
        yield item


def _label(item: dict[str, Any]) -> str:
    return ReportLayer(item["layer"]).label


# --- W3C Web Annotation -----------------------------------------------------


# Characters an IRI may not hold (RFC 3987 section 2.2): controls, space and
# the delimiters below; everything else, non-ASCII letters included, stays.
_NOT_IN_IRI = re.compile(r'[\x00-\x20\x7f-\x9f<>"{}|\\^`]|%(?![0-9A-Fa-f]{2})')
_SCHEME = re.compile(r"[A-Za-z][A-Za-z0-9+.-]*:")


def _as_iri(value: str) -> str:
    """``value`` with every character an IRI may not hold percent-encoded."""
    return _NOT_IN_IRI.sub(
        lambda m: "".join(f"%{b:02X}" for b in m.group().encode("utf-8")), value
    )


def document_iri(
    report: DocumentReport, *, source: str | None = None, base: str | None = None
) -> str:
    """The IRI (RFC 3987) that a report's annotations target.

    In order: ``source``; the report's URL when it is absolute; ``base``
    followed by the report's id, percent-encoded (``"d 2"`` becomes ``d%202``);
    else a ``urn:uuid:`` IRI (RFC 9562, a registered URN namespace) derived
    from the id and the text, so the same document always gets the same IRI.
    Characters an IRI cannot hold (spaces, ``<``, ...) are percent-encoded.

    Args:
        report: The document's report.
        source: The annotated text's IRI, when the caller knows it.
        base: An IRI prefix the caller owns (``"https://corpus.example/doc/"``).

    Raises:
        ValueError: ``source`` or ``base`` is not an absolute IRI.
    """
    for given, what in ((source, "source"), (base, "base")):
        if given is not None and not _SCHEME.match(given):
            raise ValueError(f"{what} must be an absolute IRI with a scheme: {given!r}")
    if source is not None:
        return _as_iri(source)
    if report.url and _SCHEME.match(report.url):
        return _as_iri(report.url)
    if base is not None and report.id is not None:
        return _as_iri(base) + quote(report.id, safe="")
    digest = hashlib.sha256(report.text.encode("utf-8", "surrogatepass")).hexdigest()
    name = uuid.uuid5(uuid.NAMESPACE_URL, f"reliability:{report.id}:{digest}")
    if base is not None:
        return _as_iri(base) + str(name)
    return name.urn


def to_web_annotations(
    report: DocumentReport,
    *,
    source: str | None = None,
    base: str | None = None,
    context: int = 32,
) -> dict[str, Any]:
    """The report as a W3C Web Annotation ``AnnotationCollection`` (JSON-LD).

    Each annotation has a ``TextualBody`` tag (``purpose: "tagging"``) naming
    the layer (``hedge``, ``attribution``, ...), a second one with the source
    type for attributions and sources, and a ``SpecificResource`` target with
    a ``TextPositionSelector`` (code-point offsets, as the W3C model counts)
    and a ``TextQuoteSelector`` with up to ``context`` characters of prefix
    and suffix.

    Every ``id`` and ``source`` is an absolute IRI (see ``document_iri``):
    the collection is ``<document>#reliability`` and annotation ``n`` is
    ``<document>#reliability-<n>``, the document's IRI without its fragment.

    Args:
        report: The document's report.
        source: IRI of the annotated text (default: the report's URL).
        base: An IRI prefix the caller owns, for documents without a URL: the
            target becomes ``base`` plus the percent-encoded document id.
        context: Characters of prefix/suffix in each quote selector.

    Returns:
        The collection, with every annotation in ``["first"]["items"]``.

    Raises:
        ValueError: ``source`` or ``base`` is not an absolute IRI.
    """
    target_iri = document_iri(report, source=source, base=base)
    own = target_iri.split("#", 1)[0]
    text = report.text
    items = [
        _web_annotation(item, f"{own}#reliability-{n}", target_iri, text, context)
        for n, item in enumerate(annotation_items(report), start=1)
    ]
    return {
        "@context": WEB_ANNOTATION_CONTEXT,
        "id": f"{own}#reliability",
        "type": "AnnotationCollection",
        "label": "reliability annotations",
        "total": len(items),
        "first": {"type": "AnnotationPage", "startIndex": 0, "items": items},
    }


def _web_annotation(
    item: dict[str, Any], iri: str, target_iri: str, text: str, context: int
) -> dict[str, Any]:
    """One ``annotation_items`` entry as a Web Annotation with IRI ``iri``."""
    start, end = item["start"], item["end"]
    bodies: list[dict[str, Any]] = [
        {"type": "TextualBody", "purpose": "tagging", "value": item["layer"]}
    ]
    if item["type"] is not None:
        bodies.append(
            {"type": "TextualBody", "purpose": "classifying", "value": item["type"]}
        )
    annotation: dict[str, Any] = {
        "@context": WEB_ANNOTATION_CONTEXT,
        "id": iri,
        "type": "Annotation",
        "motivation": "tagging" if item["layer"] != "boilerplate" else "classifying",
        "body": bodies,
        "target": {
            "type": "SpecificResource",
            "source": target_iri,
            "selector": [
                {"type": "TextPositionSelector", "start": start, "end": end},
                {
                    "type": "TextQuoteSelector",
                    "exact": item["text"],
                    "prefix": text[max(0, start - context) : start],
                    "suffix": text[end : end + context],
                },
            ],
        },
    }
    if item["rule"] is not None:
        annotation["generator"] = {
            "type": "Software",
            "name": f"reliability:{item['rule']}",
        }
    return annotation


# --- brat standoff ------------------------------------------------------------


def brat_annotation_conf() -> str:
    """brat's ``annotation.conf`` for ``to_brat`` output, built from the enums.

    One entity type per ``ReportLayer`` (its ``label``), the cue-to-source
    relation, and a ``Source_type`` attribute whose values are the
    ``SourceType`` values, so a new layer or source type needs no edit here.
    """
    entities = "\n".join(layer.label for layer in ReportLayer)
    cue, source = ReportLayer.ATTRIBUTION.label, ReportLayer.SOURCE.label
    values = "|".join(t.value for t in SourceType)
    return (
        f"[entities]\n{entities}\n\n"
        f"[relations]\n{_RELATION} Arg1:{cue}, Arg2:{source}\n\n"
        "[events]\n\n"
        f"[attributes]\n{_ATTRIBUTE} Arg:{cue}|{source}, Value:{values}\n"
    )


_RELATION = "Attributed_to"
_ATTRIBUTE = "Source_type"

#: brat's ``annotation.conf`` for ``to_brat`` output.
BRAT_ANNOTATION_CONF = brat_annotation_conf()


# Line breaks a reader of the .ann may split on (Python's text mode splits on
# \r; str.splitlines on all of these): a span never crosses one.
_BRAT_BREAKS = re.compile(r"[\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")
# Whitespace that would break the tab-separated line: shown as a space.
_BRAT_ESCAPE = re.compile(r"[\t\n\r\x0b\x0c\x1c-\x1e\x85\u2028\u2029]")


def _fragments(text: str, start: int, end: int) -> list[tuple[int, int]]:
    # brat text-bound spans may not cross a line break: split into fragments,
    # dropping those that hold only whitespace.
    pieces, pos = [], start
    for line in _BRAT_BREAKS.split(text[start:end]):
        if line.strip():
            pieces.append((pos, pos + len(line)))
        pos += len(line) + 1
    return pieces or [(start, end)]


def _brat_text(text: str, frags: list[tuple[int, int]]) -> str:
    # brat's own form (fragments joined by a space), with tabs and stray line
    # breaks as spaces, so the line keeps its three tab-separated fields and
    # each character still stands at its offset.
    return _BRAT_ESCAPE.sub(" ", " ".join(text[a:b] for a, b in frags))


def to_brat(report: DocumentReport) -> str:
    """The report as a brat standoff ``.ann`` file (for ``report.text`` as ``.txt``).

    ``T`` lines mark spans, one per span and type (types as in
    ``BRAT_ANNOTATION_CONF``; a span that crosses a line break becomes a
    discontinuous ``start end;start end`` span, and tabs or line breaks in
    the shown text become spaces); ``A`` lines give attribution cues and
    sources their ``Source_type`` (a cue whose sources differ in type gets
    none: its sources carry theirs); ``R`` lines link each cue to each of its
    sources, so a cue with two sources is one ``T`` line and two relations.
    Offsets are code points, as brat counts them.

    Args:
        report: The document's report.

    Returns:
        The ``.ann`` text, one annotation a line.
    """
    text = report.text
    t_ids: dict[tuple[str, int, int], str] = {}
    types: dict[str, set[str]] = {}
    relations: set[tuple[str, str]] = set()
    # ("T", id, label, start, end) or ("R", cue id, source id), in output order.
    events: list[tuple[Any, ...]] = []
    cue_id = ""
    for a in report.annotations():
        key = (a.layer.label, a.start, a.end)
        t_id = t_ids.get(key)
        if t_id is None:
            t_id = t_ids[key] = f"T{len(t_ids) + 1}"
            events.append(("T", t_id, *key))
        if a.source_type is not None:
            types.setdefault(t_id, set()).add(a.source_type.value)
        if a.layer is ReportLayer.ATTRIBUTION:
            cue_id = t_id
        elif a.layer is ReportLayer.SOURCE and (cue_id, t_id) not in relations:
            relations.add((cue_id, t_id))
            events.append(("R", cue_id, t_id))
    lines: list[str] = []
    n_attr = n_rel = 0
    for event in events:
        if event[0] == "R":
            n_rel += 1
            lines.append(f"R{n_rel}\t{_RELATION} Arg1:{event[1]} Arg2:{event[2]}")
            continue
        _, t_id, label, start, end = event
        frags = _fragments(text, start, end)
        where = ";".join(f"{a} {b}" for a, b in frags)
        lines.append(f"{t_id}\t{label} {where}\t{_brat_text(text, frags)}")
        kinds = types.get(t_id, set())
        if len(kinds) == 1:
            n_attr += 1
            lines.append(f"A{n_attr}\t{_ATTRIBUTE} {t_id} {next(iter(kinds))}")
    return "\n".join(lines) + ("\n" if lines else "")


# --- Label Studio -------------------------------------------------------------


def label_studio_config(*, from_name: str = "label", to_name: str = "text") -> str:
    """A Label Studio labelling config for ``to_label_studio``, built from the enums.

    One ``<Label>`` per ``ReportLayer`` (its ``label``), in the layers' order.

    Args:
        from_name: Name of the ``<Labels>`` control.
        to_name: Name of the ``<Text>`` object.
    """
    labels = "".join(f'    <Label value="{layer.label}"/>\n' for layer in ReportLayer)
    return (
        "<View>\n"
        f'  <Labels name="{from_name}" toName="{to_name}">\n'
        f"{labels}"
        "  </Labels>\n"
        f'  <Text name="{to_name}" value="${to_name}"/>\n'
        "</View>\n"
    )


#: A Label Studio labelling config matching ``to_label_studio``'s defaults.
LABEL_STUDIO_CONFIG = label_studio_config()


class Utf16Offsets:
    """Converts code-point offsets of one text to UTF-16 code-unit offsets.

    Characters beyond the Basic Multilingual Plane (most emoji) take two
    UTF-16 code units; everything else one. Conversion is a binary search over
    the positions of those characters (none in most text).
    """

    def __init__(self, text: str) -> None:
        self._astral = [i for i, ch in enumerate(text) if ord(ch) > 0xFFFF]

    def __call__(self, offset: int) -> int:
        """The UTF-16 offset of code-point ``offset``."""
        return offset + bisect.bisect_left(self._astral, offset)


def to_label_studio(
    report: DocumentReport,
    *,
    from_name: str = "label",
    to_name: str = "text",
    model_version: str | None = None,
) -> dict[str, Any]:
    """The report as a Label Studio task with one prediction.

    Offsets are converted to UTF-16 code units (Label Studio counts
    JavaScript string positions), so ``text.encode("utf-16-le")[2*start:2*end]``
    decodes to the span's text.

    Args:
        report: The document's report.
        from_name: Name of the ``<Labels>`` control (see ``LABEL_STUDIO_CONFIG``).
        to_name: Name of the ``<Text>`` object.
        model_version: Shown by Label Studio (default: ``reliability <version>``).

    Returns:
        ``{"data": {"text", "id"?, "url"?}, "predictions": [...]}``, ready to import.
    """
    utf16 = Utf16Offsets(report.text)
    results = []
    for n, item in enumerate(annotation_items(report), start=1):
        result: dict[str, Any] = {
            "id": f"r{n}",
            "from_name": from_name,
            "to_name": to_name,
            "type": "labels",
            "origin": "prediction",
            "value": {
                "start": utf16(item["start"]),
                "end": utf16(item["end"]),
                "text": item["text"],
                "labels": [_label(item)],
            },
        }
        if item["confidence"] is not None:
            result["score"] = item["confidence"]
        meta = [v for v in (item["type"], item["rule"]) if v is not None]
        if meta:
            # Label Studio keeps a region's meta text as a list of strings (the
            # lines of its "meta" box), not as a string.
            result["meta"] = {"text": [" ".join(meta)]}
        results.append(result)
    if model_version is None:
        version = report.pipeline.version if report.pipeline else "unknown"
        model_version = f"reliability {version}"
    prediction: dict[str, Any] = {"model_version": model_version, "result": results}
    overall = report.scores.overall.value if report.scores else None
    if overall is not None:
        prediction["score"] = overall / 100
    data: dict[str, Any] = {"text": report.text}
    if report.id is not None:
        data["id"] = report.id
    if report.url is not None:
        data["url"] = report.url
    return {"data": data, "predictions": [prediction]}
