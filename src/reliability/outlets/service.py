"""Outlet lookup as a service: the one object the pipeline asks about outlets.

The pipeline turns the domains that annotators found (the publisher, the
outlets a text cites) into ``Outlet`` records through an ``OutletService``
handed to it, never by looking for hooks on annotators. ``RatedOutlets`` is
the service over the outlet registry and the users' rating files;
``BareOutlets`` knows nothing and keeps only the domain.

::

    outlets = RatedOutlets.load(ratings=["lin.csv:lin2023"])
    outlets.resolve("bbc.co.uk", rule="meta:url").ratings
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import Protocol, runtime_checkable

from reliability.outlets.domains import PSL_FILE, public_suffix_digest
from reliability.outlets.loaders import RatingBook, load_ratings
from reliability.outlets.table import OutletEntry, OutletTable, builtin_table
from reliability.schema import Outlet

__all__ = ["BareOutlets", "OutletService", "RatedOutlets"]


@runtime_checkable
class OutletService(Protocol):
    """What the pipeline asks of an outlet registry."""

    def resolve(self, domain: str, *, rule: str | None = None) -> Outlet:
        """The outlet behind ``domain``, with what is known of it.

        Args:
            domain: A registrable domain (``"bbc.co.uk"``).
            rule: How the outlet was found; None for a registry lookup.

        Returns:
            The outlet; an unknown domain gives an outlet with only its domain
            (and any rating a user's file gives it), never a guess.
        """
        ...


class BareOutlets:
    """An outlet service without a registry: the domain and rule, nothing else."""

    def resolve(self, domain: str, *, rule: str | None = None) -> Outlet:
        """``Outlet(domain=domain, rule=rule)``."""
        return Outlet(domain=domain, rule=rule)


class RatedOutlets:
    """Outlets from a registry table, with ratings from a ``RatingBook``.

    Args:
        table: The outlet table (names, aliases, kinds, built-in ratings).
        book: Ratings in precedence order (users' files first).
    """

    def __init__(self, table: OutletTable, book: RatingBook) -> None:
        self.table = table
        self.book = book

    @classmethod
    def load(
        cls, *, ratings: Sequence[str] = (), table: OutletTable | None = None
    ) -> RatedOutlets:
        """The packaged table (or ``table``) with the rating files ``ratings``.

        Args:
            ratings: Users' rating files, ``PATH`` or ``PATH:FORMAT``; the first
                given takes precedence, the table's own ratings come last.
            table: An outlet table to use instead of the packaged one.

        Raises:
            ResourceError: A rating file cannot be read.
        """
        if isinstance(ratings, str):
            ratings = [ratings]
        table = table or builtin_table()
        return cls(table, RatingBook(table, [load_ratings(r) for r in ratings]))

    @property
    def resources(self) -> Mapping[str, str]:
        """Digests of the data behind every answer (table, suffix list, files)."""
        return {
            self.table.name: self.table.sha256,
            PSL_FILE: public_suffix_digest(),
            **self.book.resources,
        }

    def resolve(self, domain: str, *, rule: str | None = None) -> Outlet:
        """The registry's facts and every rating of ``domain``.

        A registry outlet found without a ``rule`` is marked ``"registry"``.
        """
        entry = self.table.by_domain(domain)
        if (
            entry is not None
            and entry.kind == "government"
            and _is_subsite(domain, entry)
        ):
            # A member's or office's own site under a shared government domain
            # ("jo.senate.gov" under the legislature's row) publishes for
            # itself: the domain stands as found (docs/annotation-notes.md,
            # part f, rule 16).
            entry = None
        if entry is None:
            return Outlet(
                domain=domain, ratings=self.book.ratings_for(None, domain), rule=rule
            )
        return entry.outlet(
            ratings=self.book.ratings_for(entry), rule=rule or "registry"
        )


def _is_subsite(domain: str, entry: OutletEntry) -> bool:
    """Whether ``domain`` is a host below one of ``entry``'s other domains."""
    domain = domain.lower()
    return domain != entry.domain and any(
        domain.endswith("." + d) for d in entry.domains
    )
