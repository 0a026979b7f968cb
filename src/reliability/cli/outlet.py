"""``reliability outlet NAME|DOMAIN|URL``: look one outlet up."""

from __future__ import annotations

import argparse

from reliability.errors import ConfigError
from reliability.outlets.domains import registrable_domain
from reliability.outlets.loaders import RatingBook, load_ratings
from reliability.outlets.table import builtin_table

__all__ = ["configure", "run"]


def configure(parser: argparse.ArgumentParser) -> None:
    """Add the command's arguments to ``parser``."""
    parser.add_argument("query", metavar="NAME|DOMAIN|URL", help="outlet to look up")
    parser.add_argument(
        "--ratings",
        action="append",
        default=[],
        metavar="FILE[:FORMAT]",
        help="a rating file to show ratings from (repeatable; first takes precedence)",
    )
    parser.add_argument("--json", action="store_true", help="print the outlet as JSON")


def run(args: argparse.Namespace) -> int:
    """Print the registry entry and every rating of the outlet; 1 if unknown."""
    if not args.query.strip():
        raise ConfigError(
            f"no outlet given ({args.query!r}); give a name (BBC News), a domain "
            "(bbc.co.uk) or a URL (https://www.bbc.co.uk/news/...)"
        )
    table = builtin_table()
    book = RatingBook(table, [load_ratings(r) for r in args.ratings])
    entry = table.lookup(args.query)
    if entry is None:
        domain = registrable_domain(args.query)
        ratings = book.ratings_for(None, domain) if domain else ()
        if not ratings:
            print(f"{args.query}: not in the outlet registry ({len(table)} outlets)")
            return 1
        from reliability.schema import Outlet

        outlet = Outlet(domain=domain or args.query, ratings=ratings)
        source = aliases = others = None
    else:
        outlet = entry.outlet(ratings=book.ratings_for(entry))
        source, aliases, others = entry.source, entry.aliases, entry.domains
    if args.json:
        print(outlet.model_dump_json(indent=2, exclude_none=True))
        return 0
    print(f"{outlet.name or outlet.domain}  ({outlet.domain})")
    rows = [
        ("other domains", ", ".join(others or ()) or None),
        ("aliases", ", ".join(aliases or ()) or None),
        ("kind", outlet.kind),
        ("country", outlet.country),
        (
            "state-affiliated",
            None
            if outlet.state_affiliated is None
            else str(outlet.state_affiliated).lower(),
        ),
        ("facts from", source),
    ]
    for key, value in rows:
        if value:
            print(f"  {key:17s}{value}")
    if not outlet.ratings:
        print("  ratings          none known (not guessed)")
    for r in outlet.ratings:
        figure = f"{r.value:.2f}" if r.value is not None else "-"
        line = f"  rating           {figure}  {r.label or ''}  ({r.source}"
        line += f", {r.date})" if r.date else ")"
        print(line)
    return 0
