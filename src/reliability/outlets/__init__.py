"""Outlet provenance: the outlet registry, domains, rating files, outlet service.

``RatedOutlets`` (an ``OutletService``) is what the pipeline resolves the
publisher and the cited outlets with.

Nothing is read at import: the packaged table and the public suffix list are
parsed on first use and cached.
"""

from reliability.outlets.domains import host_of, registrable_domain, split_url
from reliability.outlets.loaders import (
    FORMATS,
    ColumnMapping,
    RatingBook,
    RatingFile,
    load_ratings,
    parse_rating_spec,
)
from reliability.outlets.service import BareOutlets, OutletService, RatedOutlets
from reliability.outlets.table import (
    KINDS,
    NameMatch,
    OutletEntry,
    OutletTable,
    builtin_table,
    load_table,
    parse_table,
)

__all__ = [
    "FORMATS",
    "KINDS",
    "BareOutlets",
    "ColumnMapping",
    "NameMatch",
    "OutletEntry",
    "OutletService",
    "OutletTable",
    "RatedOutlets",
    "RatingBook",
    "RatingFile",
    "builtin_table",
    "host_of",
    "load_ratings",
    "load_table",
    "parse_rating_spec",
    "parse_table",
    "registrable_domain",
    "split_url",
]
