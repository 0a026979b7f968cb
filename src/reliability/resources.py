"""Packaged data: lexicons, outlet tables and models, read once and digested.

Everything is read through ``importlib.resources`` (no ``__file__`` paths, no
network) and cached. Each file's SHA-256 travels with what was loaded from it
so that a report can say which data produced it.
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from enum import StrEnum
from functools import cache
from importlib.resources import files
from typing import Any, Generic, TypeVar

from reliability.errors import ResourceError

__all__ = [
    "ClassedLexicon",
    "Lexicon",
    "ModelData",
    "data_names",
    "load_classed_lexicon",
    "load_lexicon",
    "load_model",
    "read_data",
]

E = TypeVar("E", bound=StrEnum)


@dataclass(frozen=True)
class Lexicon:
    """A packaged word list: entries (lower-case) mapped to their attribute."""

    name: str
    entries: dict[str, str | None]
    sha256: str


@dataclass(frozen=True)
class ModelData:
    """A packaged JSON model: its parameters as parsed and the file's digest."""

    name: str
    params: dict[str, Any]
    sha256: str


@cache
def read_data(relpath: str) -> tuple[bytes, str]:
    """Bytes and SHA-256 of packaged data file ``relpath`` (under ``data/``)."""
    node = files("reliability").joinpath("data", *relpath.split("/"))
    try:
        raw = node.read_bytes()
    except (FileNotFoundError, IsADirectoryError):
        raise ResourceError(
            f"packaged data file {relpath!r} not found; available: "
            f"{', '.join(data_names())}"
        ) from None
    return raw, hashlib.sha256(raw).hexdigest()


def data_names(folder: str = "") -> list[str]:
    """Relative names of the packaged data files under ``folder``."""
    root = files("reliability").joinpath("data")
    out: list[str] = []

    def walk(node: object, prefix: str) -> None:
        for child in node.iterdir():  # type: ignore[attr-defined]
            name = f"{prefix}{child.name}"
            if child.is_dir():
                walk(child, name + "/")
            elif not child.name.startswith(("_", ".")):
                out.append(name)

    walk(
        root.joinpath(*folder.split("/")) if folder else root,
        folder + "/" if folder else "",
    )
    return sorted(out)


@cache
def load_lexicon(name: str) -> Lexicon:
    """Load ``data/lexicons/<name>.txt`` or ``.tsv``.

    Lines are ``entry`` or ``entry<TAB>attribute``; ``#`` starts a comment line.
    """
    for ext in ("tsv", "txt"):
        relpath = f"lexicons/{name}.{ext}"
        try:
            raw, digest = read_data(relpath)
        except ResourceError:
            continue
        break
    else:
        raise ResourceError(
            f"unknown lexicon {name!r}; available: "
            + ", ".join(
                n.split("/")[-1].rsplit(".", 1)[0] for n in data_names("lexicons")
            )
        )
    entries: dict[str, str | None] = {}
    for lineno, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        entry, _, attr = line.partition("\t")
        entry = entry.strip()
        if entry != entry.lower():
            raise ResourceError(
                f"{relpath}:{lineno}: entry {entry!r} is not lower-case"
            )
        entries[entry] = attr.strip() or None
    return Lexicon(name=name, entries=entries, sha256=digest)


@cache
def load_model(name: str) -> ModelData:
    """Load the JSON parameters of ``data/models/<name>.json``.

    Raises:
        ResourceError: There is no such model, or it is not a JSON object.
    """
    relpath = f"models/{name}.json"
    try:
        raw, digest = read_data(relpath)
    except ResourceError:
        raise ResourceError(
            f"unknown model {name!r}; available: "
            + ", ".join(
                n.split("/")[-1].rsplit(".", 1)[0] for n in data_names("models")
            )
        ) from None
    try:
        params = json.loads(raw.decode("utf-8"))
    except (UnicodeDecodeError, json.JSONDecodeError) as exc:
        raise ResourceError(f"{relpath}: not valid JSON: {exc}") from None
    if not isinstance(params, dict):
        raise ResourceError(f"{relpath}: expected a JSON object")
    return ModelData(name=name, params=params, sha256=digest)


@dataclass(frozen=True)
class ClassedLexicon(Generic[E]):
    """A packaged word list whose entries carry one or more typed classes."""

    name: str
    entries: dict[str, tuple[E, ...]]
    sha256: str

    def words(self, *classes: E) -> frozenset[str]:
        """The entries that carry any of ``classes``."""
        wanted = set(classes)
        return frozenset(w for w, cs in self.entries.items() if wanted.intersection(cs))

    def first_class(self) -> dict[str, E]:
        """Each entry mapped to its (first) class."""
        return {w: cs[0] for w, cs in self.entries.items()}


@cache
def load_classed_lexicon(name: str, classes: type[E]) -> ClassedLexicon[E]:
    """Load lexicon ``name`` whose second column lists classes of ``classes``.

    Lines are ``entry<TAB>class [class ...]``. Every entry needs a class, and
    every class must be a value of the ``classes`` enum.

    Raises:
        ResourceError: naming the file and line of an entry without a class or
            with a class that ``classes`` does not define.
    """
    lexicon = load_lexicon(name)
    relpath = next(
        n for n in data_names("lexicons") if n.rsplit(".", 1)[0] == f"lexicons/{name}"
    )
    valid = {c.value: c for c in classes}
    entries: dict[str, tuple[E, ...]] = {}
    raw, _ = read_data(relpath)
    for lineno, line in enumerate(raw.decode("utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        entry, _, attr = line.partition("\t")
        entry = entry.strip()
        names = attr.split()
        if not names:
            raise ResourceError(f"{relpath}:{lineno}: entry {entry!r} has no class")
        unknown = [c for c in names if c not in valid]
        if unknown:
            raise ResourceError(
                f"{relpath}:{lineno}: unknown class {unknown[0]!r} for {entry!r}; "
                f"valid: {', '.join(valid)}"
            )
        entries[entry] = tuple(valid[c] for c in names)
    return ClassedLexicon(name=name, entries=entries, sha256=lexicon.sha256)
