"""Users' rating files: a generic CSV loader with a column mapping, ready formats.

Good rating sets are licensed separately, so the package ships none of them;
users point the library at their own copies (``--ratings PATH[:FORMAT]``).
Every rating is normalised to 0 (worst) .. 1 (best) and keeps the rater's own
verdict in ``label``, the file it came from in ``source`` and, where known, a
date (a date column, the format's publication date, or a ``YYYY-MM-DD`` in the
file name).

Formats (``FORMATS``): ``csv`` (``domain,value[,label,date,url]``), ``lin2023``
(Lin et al. 2023 ``domain,pc1``), ``mbfc`` (factual-reporting labels),
``iffy`` (Iffy+ index CSV) and ``iffy-urls`` (one ``https://domain/*`` a line),
``rsp`` (Wikipedia perennial-sources verdicts by domain, or the older
``name,status,urls`` layout). Without a format the header picks one.

A bad file (missing column, bad number or verdict) raises ``ResourceError``
naming the file and line.
"""

from __future__ import annotations

import csv
import hashlib
import io
import json
import logging
import re
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path

from reliability.errors import ResourceError
from reliability.outlets.domains import split_url
from reliability.outlets.table import OutletEntry, OutletTable
from reliability.schema import Rating

__all__ = [
    "FORMATS",
    "ColumnMapping",
    "RatingBook",
    "RatingFile",
    "load_ratings",
    "parse_rating_spec",
]

log = logging.getLogger(__name__)

_RSP_URL = "https://en.wikipedia.org/wiki/Wikipedia:Reliable_sources/Perennial_sources"
_RSP_VERDICTS = {
    "gr": ("generally reliable", 1.0),
    "generally reliable": ("generally reliable", 1.0),
    "nc": ("no consensus", 0.5),
    "no consensus": ("no consensus", 0.5),
    "gu": ("generally unreliable", 0.2),
    "generally unreliable": ("generally unreliable", 0.2),
    "d": ("deprecated", 0.0),
    "deprecated": ("deprecated", 0.0),
    "b": ("blacklisted", 0.0),
    "blacklisted": ("blacklisted", 0.0),
}
_MBFC_REPORTING = {
    "very high": 1.0,
    "high": 0.8,
    "mostly factual": 0.6,
    "mixed": 0.4,
    "low": 0.2,
    "very low": 0.0,
}
_DATE_IN_NAME = re.compile(r"(?<!\d)(\d{4}-\d{2}-\d{2})(?!\d)")
# Hosts in the older RSP layout's URL lists that are not the outlet's own.
_NOT_OUTLET_HOSTS = (
    "wikipedia.org",
    "wikidata.org",
    "wiktionary.org",
    "wikisource.org",
    "toolforge.org",
    "nasdaq.com",
    "nyse.com",
    "loc.gov",
)


@dataclass(frozen=True)
class ColumnMapping:
    """Which columns of a CSV hold what, and how to turn them into 0..1.

    Args:
        domain: Column with the outlet's domain or URL.
        value: Column with a number, or None.
        label: Column with the rater's verdict, or None.
        labels: Verdict (case-blind, ``_``/``-`` read as spaces) -> 0..1, when
            the value comes from the label.
        scale: ``(worst, best)`` of ``value`` in the file; mapped to 0..1.
        date: Column with the rating's date, or None.
        url: Column with a link to the rating, or None.
        source: Name of the rater (default: the file name).
    """

    domain: str = "domain"
    value: str | None = "value"
    label: str | None = None
    labels: Mapping[str, float] | None = None
    scale: tuple[float, float] = (0.0, 1.0)
    date: str | None = None
    url: str | None = None
    source: str | None = None


@dataclass(frozen=True)
class RatingFile:
    """The ratings of one file, by domain, and where they came from."""

    path: str
    source: str
    format: str
    ratings: dict[str, Rating]
    sha256: str


def _norm_label(label: str) -> str:
    return " ".join(label.replace("_", " ").replace("-", " ").casefold().split())


def _domain_of(value: str) -> str | None:
    parts = split_url(value)
    if parts is None:
        return None
    if parts.path:
        return parts.host + "/" + "/".join(parts.path).lower()
    return parts.host


class _Reader:
    """Rows of a CSV with their line numbers and checked columns."""

    def __init__(self, path: str, text: str) -> None:
        self.path = path
        self.reader = csv.DictReader(io.StringIO(text))
        self.columns = [c.strip() for c in (self.reader.fieldnames or [])]
        if not self.columns:
            raise ResourceError(f"{path}:1: empty rating file (no header row)")

    def need(self, *names: str | None) -> None:
        missing = [n for n in names if n is not None and n not in self.columns]
        if missing:
            raise ResourceError(
                f"{self.path}:1: missing column(s) {missing}; the file has: "
                f"{', '.join(self.columns)}"
            )

    def rows(self) -> Iterable[tuple[int, dict[str, str]]]:
        for row in self.reader:
            yield (
                self.reader.line_num,
                {
                    (k or "").strip(): (v or "").strip()
                    for k, v in row.items()
                    if k is not None
                },
            )


def _number(
    path: str, line: int, column: str, raw: str, scale: tuple[float, float]
) -> float:
    try:
        x = float(raw)
    except ValueError:
        raise ResourceError(
            f"{path}:{line}: bad number {raw!r} in column {column!r}"
        ) from None
    lo, hi = scale
    if x != x or not min(lo, hi) <= x <= max(lo, hi):
        raise ResourceError(
            f"{path}:{line}: {column} {raw} is outside the scale {lo:g} to {hi:g}"
        )
    return round((x - lo) / (hi - lo), 6)


def _mapped(
    path: str, text: str, m: ColumnMapping, source: str, date: str | None
) -> dict[str, Rating]:
    r = _Reader(path, text)
    r.need(m.domain, m.value, m.label, m.date, m.url)
    if m.value is None and m.label is None:
        raise ResourceError(
            f"{path}: the column mapping names neither a value nor a label column"
        )
    labels = {_norm_label(k): v for k, v in (m.labels or {}).items()}
    out: dict[str, Rating] = {}
    for line, row in r.rows():
        raw_domain = row.get(m.domain, "")
        if not raw_domain:
            continue
        domain = _domain_of(raw_domain)
        if domain is None:
            # One malformed domain in a long public list should not lose the rest.
            log.warning("%s:%d: skipped bad domain %r", path, line, raw_domain)
            continue
        label = row.get(m.label, "") if m.label else ""
        value: float | None = None
        if m.value is not None and row.get(m.value, ""):
            value = _number(path, line, m.value, row[m.value], m.scale)
        elif labels and label:
            key = _norm_label(label)
            if key not in labels:
                raise ResourceError(
                    f"{path}:{line}: unknown verdict {label!r} in column {m.label!r}; "
                    f"valid: {', '.join(sorted(labels))}"
                )
            value = labels[key]
        if value is None and not label:
            continue  # the rater gave no verdict for this domain
        out.setdefault(
            domain,
            Rating(
                source=source,
                value=value,
                label=label or None,
                date=(row.get(m.date, "") if m.date else "") or date,
                url=(row.get(m.url, "") if m.url else "") or None,
            ),
        )
    return out


def _rsp(path: str, text: str, source: str, date: str | None) -> dict[str, Rating]:
    r = _Reader(path, text)
    if "urls" in r.columns:
        return _rsp_by_urls(path, r, source, date)
    r.need("domain", "status")
    out: dict[str, Rating] = {}
    for line, row in r.rows():
        domain = _domain_of(row["domain"]) if row["domain"] else None
        if domain is None:
            continue
        verdict = _RSP_VERDICTS.get(_norm_label(row["status"]))
        if verdict is None:
            raise ResourceError(
                f"{path}:{line}: unknown verdict {row['status']!r}; "
                "valid: gr, nc, gu, d, b "
                "or their words"
            )
        _keep_cautious(
            out,
            domain,
            Rating(
                source=source,
                value=verdict[1],
                label=verdict[0],
                date=date,
                url=_RSP_URL,
            ),
        )
    return out


def _keep_cautious(out: dict[str, Rating], domain: str, rating: Rating) -> None:
    old = out.get(domain)
    if old is None or (rating.value or 0.0) < (old.value or 0.0):
        out[domain] = rating


def _rsp_by_urls(
    path: str, r: _Reader, source: str, date: str | None
) -> dict[str, Rating]:
    r.need("status", "urls")
    out: dict[str, Rating] = {}
    for line, row in r.rows():
        try:
            statuses = (
                json.loads(row["status"])
                if row["status"].startswith("[")
                else [row["status"]]
            )
            urls = (
                json.loads(row["urls"])
                if row["urls"].startswith("[")
                else row["urls"].split()
            )
        except json.JSONDecodeError:
            raise ResourceError(
                f"{path}:{line}: status and urls must be JSON lists"
            ) from None
        verdicts = [
            _RSP_VERDICTS[_norm_label(s)]
            for s in statuses
            if _norm_label(s) in _RSP_VERDICTS
        ]
        if not verdicts:
            continue  # e.g. "see the noticeboard": no verdict
        label, value = min(verdicts, key=lambda v: v[1])
        for url in urls:
            parts = split_url(url)
            if parts is None or parts.host.endswith(_NOT_OUTLET_HOSTS):
                continue
            _keep_cautious(
                out,
                parts.host,
                Rating(
                    source=source, value=value, label=label, date=date, url=_RSP_URL
                ),
            )
    return out


def _iffy_urls(
    path: str, text: str, source: str, date: str | None
) -> dict[str, Rating]:
    out: dict[str, Rating] = {}
    for line, raw in enumerate(text.splitlines(), 1):
        raw = raw.strip()
        if not raw or raw.startswith("#"):
            continue
        parts = split_url(raw.rstrip("*"))
        if parts is None:
            raise ResourceError(f"{path}:{line}: {raw!r} is not a URL or domain")
        out.setdefault(
            parts.host,
            Rating(source=source, value=0.2, label="low credibility", date=date),
        )
    return out


def _iffy_csv(path: str, text: str, source: str, date: str | None) -> dict[str, Rating]:
    r = _Reader(path, text)
    r.need("domain")
    has_score = "iffy_score" in r.columns
    out: dict[str, Rating] = {}
    for line, row in r.rows():
        domain = _domain_of(row["domain"]) if row["domain"] else None
        if domain is None:
            continue
        # Listed = low credibility; the Iffy score (0 worst .. 0.4) refines it.
        value = 0.2
        if has_score and row["iffy_score"]:
            value = _number(path, line, "iffy_score", row["iffy_score"], (0.0, 1.0))
        out.setdefault(
            domain,
            Rating(source=source, value=value, label="low credibility", date=date),
        )
    return out


_PRESETS: dict[str, tuple[str, ColumnMapping | None]] = {
    "csv": ("", ColumnMapping(label="label", date="date", url="url")),
    "lin2023": ("Lin et al. 2023 domain quality (pc1)", ColumnMapping(value="pc1")),
    "mbfc": (
        "Media Bias/Fact Check factual reporting",
        ColumnMapping(value=None, label="reporting", labels=_MBFC_REPORTING),
    ),
    "iffy": ("Iffy+ low-credibility index", None),
    "iffy-urls": ("Iffy low-credibility list", None),
    "rsp": ("Wikipedia:Reliable sources/Perennial sources", None),
}
#: Ready formats for ``--ratings PATH:FORMAT``.
FORMATS = tuple(_PRESETS)


def _sniff(path: Path, text: str) -> str:
    if path.suffix.lower() == ".txt":
        return "iffy-urls"
    header = {h.strip() for h in text.split("\n", 1)[0].split(",")}
    if "pc1" in header:
        return "lin2023"
    if "iffy_score" in header:
        return "iffy"
    if "reporting" in header or "factual_reporting" in header:
        return "mbfc"
    if "status" in header and ("domain" in header or "urls" in header):
        return "rsp"
    return "csv"


def parse_rating_spec(spec: str | Path) -> tuple[Path, str | None]:
    """Split ``PATH:FORMAT`` (the format only when it is a known one)."""
    s = str(spec)
    head, sep, tail = s.rpartition(":")
    if sep and tail in _PRESETS:
        return Path(head), tail
    return Path(s), None


def load_ratings(
    spec: str | Path,
    *,
    format: str | None = None,
    mapping: ColumnMapping | None = None,
) -> RatingFile:
    """Load one rating file.

    Args:
        spec: ``PATH`` or ``PATH:FORMAT``.
        format: One of ``FORMATS``; overrides the one in ``spec``; guessed from
            the header when neither gives one.
        mapping: Columns of a generic CSV (implies ``csv``).

    Returns:
        The file's ratings by domain.

    Raises:
        ResourceError: The file cannot be read, or a row is bad (the message
            names the file and line), or the format is unknown.
    """
    path, spec_format = parse_rating_spec(spec)
    try:
        raw = path.read_bytes()
        text = raw.decode("utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        raise ResourceError(f"cannot read rating file {str(path)!r}: {exc}") from None
    fmt = format or spec_format or ("csv" if mapping else _sniff(path, text))
    if fmt not in _PRESETS:
        raise ResourceError(
            f"unknown rating format {fmt!r}; valid: {', '.join(FORMATS)}"
        )
    default_source, preset = _PRESETS[fmt]
    m = mapping or preset
    if fmt == "csv" and mapping is None and m is not None:
        # The generic layout's label, date and url columns are optional.
        header = {h.strip() for h in text.split("\n", 1)[0].split(",")}
        m = replace(
            m,
            label=m.label if m.label in header else None,
            date=m.date if m.date in header else None,
            url=m.url if m.url in header else None,
            value=m.value if m.value in header or "label" not in header else None,
        )
    source = (m.source if m and m.source else None) or default_source or path.stem
    found = _DATE_IN_NAME.search(path.name)
    date = found.group(1) if found else None
    name = str(path)
    if fmt == "rsp":
        ratings = _rsp(name, text, source, date)
    elif fmt == "iffy-urls":
        ratings = _iffy_urls(name, text, source, date)
    elif fmt == "iffy":
        ratings = _iffy_csv(name, text, source, date)
    else:
        assert m is not None
        ratings = _mapped(name, text, m, source, date)
    return RatingFile(
        path=name,
        source=source,
        format=fmt,
        ratings=ratings,
        sha256=hashlib.sha256(raw).hexdigest(),
    )


@dataclass
class RatingBook:
    """Rating files merged in precedence order over the registry's own ratings.

    The first file given wins; the built-in table's ratings come last. An
    outlet's ratings list every source that rates it, in that order, so a
    report shows which source each figure came from.
    """

    table: OutletTable
    files: Sequence[RatingFile] = ()
    _by_outlet: list[dict[str, Rating]] = field(default_factory=list, repr=False)

    def __post_init__(self) -> None:
        for f in self.files:
            index: dict[str, Rating] = {}
            exact: set[str] = set()
            for domain, rating in f.ratings.items():
                entry = self.table.by_domain(domain)
                key = entry.domain if entry is not None else domain
                if entry is not None and "/" in domain and entry.kind == "platform":
                    key = domain  # a channel we do not know, not the platform
                is_exact = entry is not None and domain == entry.domain
                if key not in index or (is_exact and key not in exact):
                    index[key] = rating
                    if is_exact:
                        exact.add(key)
            self._by_outlet.append(index)

    def ratings_for(
        self, entry: OutletEntry | None, domain: str | None = None
    ) -> tuple[Rating, ...]:
        """Every rating of an outlet (entry, or bare domain), in precedence."""
        key = entry.domain if entry is not None else (domain or "")
        out = [index[key] for index in self._by_outlet if key in index]
        if entry is not None:
            out.extend(entry.ratings)
        return tuple(out)

    @property
    def resources(self) -> dict[str, str]:
        """File name -> SHA-256 of every rating file."""
        return {f"ratings:{Path(f.path).name}": f.sha256 for f in self.files}
