"""The annotator registry: ``register()``, ``create()`` and ``available()``.

Built-in annotators register themselves when ``reliability.annotators`` is
imported; third-party ones are found through the ``reliability.annotators``
entry-point group, loaded only when first asked for.
"""

from __future__ import annotations

from collections.abc import Callable
from importlib.metadata import entry_points
from typing import Any, TypeVar

from reliability.errors import ConfigError

__all__ = ["available", "create", "register"]

_FACTORIES: dict[str, Callable[..., Any]] = {}
_ENTRY_POINTS_LOADED = False
T = TypeVar("T", bound=Callable[..., Any])


def register(name: str) -> Callable[[T], T]:
    """Class decorator: make an annotator available under ``name``."""

    def decorate(factory: T) -> T:
        if name in _FACTORIES and _FACTORIES[name] is not factory:
            raise ConfigError(f"annotator name {name!r} is already registered")
        _FACTORIES[name] = factory
        return factory

    return decorate


def _load_builtins() -> None:
    global _ENTRY_POINTS_LOADED
    import reliability.annotators  # noqa: F401  (registers the built-ins)

    if _ENTRY_POINTS_LOADED:
        return
    _ENTRY_POINTS_LOADED = True
    for ep in entry_points(group="reliability.annotators"):
        if ep.name not in _FACTORIES:
            _FACTORIES[ep.name] = ep.load()


def available() -> list[str]:
    """Names of every registered annotator, sorted."""
    _load_builtins()
    return sorted(_FACTORIES)


def create(name: str, **options: Any) -> Any:
    """Build the annotator registered as ``name`` with ``options``."""
    _load_builtins()
    try:
        factory = _FACTORIES[name]
    except KeyError:
        raise ConfigError(
            f"unknown annotator {name!r}; available: {', '.join(sorted(_FACTORIES))}"
        ) from None
    try:
        return factory(**options)
    except TypeError as exc:
        raise ConfigError(f"bad options for annotator {name!r}: {exc}") from None
