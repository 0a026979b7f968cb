"""Domains: from a URL or host name to its registrable domain, with no network.

The Public Suffix List (Mozilla, MPL-2.0) ships as package data
(``data/public_suffix_list.dat``) and is parsed once, on first use, into three
sets (rules, wildcard parents, exceptions). A lookup walks the labels of the
host from the longest candidate suffix down, so it costs a few set lookups;
results are cached per host. Rules follow https://publicsuffix.org/list/.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache, lru_cache
from urllib.parse import unquote

from reliability.resources import read_data

__all__ = [
    "PSL_FILE",
    "SplitUrl",
    "host_of",
    "is_public_host",
    "public_suffix_digest",
    "registrable_domain",
    "split_url",
]

#: Packaged copy of the Public Suffix List (MPL-2.0).
PSL_FILE = "public_suffix_list.dat"

# Host names of AMP caches that wrap another site's page:
# www-bbc-co-uk.cdn.ampproject.org serves www.bbc.co.uk.
_AMP_CACHE = ".cdn.ampproject.org"
_SCHEME = re.compile(r"^[a-z][a-z0-9+.-]*:(?://)?", re.I)
_HOST_OK = re.compile(r"^[a-z0-9\u00a1-\uffff_-]+(?:\.[a-z0-9\u00a1-\uffff_-]+)*$")


@dataclass(frozen=True, slots=True)
class _Rules:
    rules: frozenset[str]
    wildcards: frozenset[str]
    exceptions: frozenset[str]
    sha256: str


@cache
def _rules() -> _Rules:
    raw, digest = read_data(PSL_FILE)
    rules: set[str] = set()
    wild: set[str] = set()
    exc: set[str] = set()
    for line in raw.decode("utf-8").splitlines():
        line = line.strip()
        if not line or line.startswith("//"):
            continue
        rule = line.split()[0].lower()
        try:
            rule = rule.encode("idna").decode("ascii") if not rule.isascii() else rule
        except UnicodeError:
            pass
        if rule.startswith("!"):
            exc.add(rule[1:])
        elif rule.startswith("*."):
            wild.add(rule[2:])
        else:
            rules.add(rule)
    return _Rules(frozenset(rules), frozenset(wild), frozenset(exc), digest)


def public_suffix_digest() -> str:
    """SHA-256 of the packaged Public Suffix List (without parsing it)."""
    return read_data(PSL_FILE)[1]


@dataclass(frozen=True, slots=True)
class SplitUrl:
    """A URL's host (lower-case, no ``www.``/port) and its path segments."""

    host: str
    path: tuple[str, ...]


def _clean_host(host: str) -> str:
    host = host.strip().strip(".").lower()
    if host.endswith(_AMP_CACHE):
        # AMP cache names encode dots as "-" and hyphens as "--".
        host = host[: -len(_AMP_CACHE)].replace("--", "\x00").replace("-", ".")
        host = host.replace("\x00", "-")
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return ""
    return host


def split_url(value: str) -> SplitUrl | None:
    """Split a URL or bare host into host and path; None when it holds no host.

    Accepts ``https://edition.cnn.com/2024/x``, ``//bbc.co.uk``, ``bbc.co.uk/news``
    and ``BBC.CO.UK``. Google AMP viewer URLs (``google.com/amp/s/HOST/...``)
    yield the wrapped page.
    """
    s = value.strip()
    if not s or any(c.isspace() for c in s):
        return None
    m = _SCHEME.match(s)
    if m:
        s = s[m.end() :]
    elif s.startswith("//"):
        s = s[2:]
    s = s.split("#", 1)[0].split("?", 1)[0]
    host, _, rest = s.partition("/")
    host = host.rpartition("@")[2]
    if host.startswith("["):  # IPv6 literal: no domain
        return None
    host = _clean_host(host.split(":", 1)[0])
    if not host or "." not in host or not _HOST_OK.match(host):
        return None
    path = tuple(unquote(p) for p in rest.split("/") if p)
    if (
        path[:2] == ("amp", "s")
        and len(path) > 2
        and host.startswith(("google.", "www.google."))
    ):
        inner = split_url("/".join(path[2:]))
        if inner is not None:
            return inner
    if host.startswith("www.") and host.count(".") > 1:
        host = host[4:]
    return SplitUrl(host, path)


def host_of(value: str) -> str | None:
    """The lower-case host of a URL or host name, without ``www.``."""
    parts = split_url(value)
    return parts.host if parts else None


@lru_cache(maxsize=65536)
def _registrable(host: str) -> str | None:
    r = _rules()
    labels = host.split(".")
    n = len(labels)
    suffix = 1  # the implicit "*" rule
    for i in range(n):
        candidate = ".".join(labels[i:])
        if candidate in r.exceptions:
            suffix = n - i - 1
            break
        if candidate in r.rules or (
            i + 1 < n and ".".join(labels[i + 1 :]) in r.wildcards
        ):
            suffix = n - i
            break
    if suffix >= n:
        return None  # the host is itself a public suffix
    return ".".join(labels[n - suffix - 1 :])


def registrable_domain(value: str) -> str | None:
    """The registrable domain of a URL or host (public suffix plus one label).

    ``https://edition.cnn.com/x`` gives ``cnn.com``; ``m.bbc.co.uk`` gives
    ``bbc.co.uk``; ``foo.blogspot.com`` gives ``foo.blogspot.com`` (a private
    suffix). Returns None for text that holds no host, for IP addresses and for
    bare public suffixes (``co.uk``).
    """
    parts = split_url(value)
    if parts is None or parts.host.replace(".", "").isdigit():
        return None
    return _registrable(parts.host)


def is_public_host(host: str) -> bool:
    """Whether ``host`` ends in a top-level domain the suffix list knows.

    ``dailyexample.com`` does; ``file.txt`` and ``e.g`` do not.
    """
    tld = host.rstrip(".").rpartition(".")[2].lower()
    return bool(tld) and tld in _rules().rules
