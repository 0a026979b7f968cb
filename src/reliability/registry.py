"""The annotator registry: ``register()``, ``create()`` and ``available()``.

The registry sits below the annotators: it imports none of them. Built-in
annotators are named in ``BUILTINS`` as ``module:attribute`` references and
imported when first created, the way third-party ones are found through the
``reliability.annotators`` entry-point group; ``register()`` adds an
annotator at run time. So ``reliability.annotators`` may import this module
(for ``register``) without an import circle.
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from typing import Any, TypeVar

from reliability.errors import ConfigError

__all__ = ["BUILTINS", "available", "create", "register"]

#: The built-in annotators by registry name (stable: renaming one breaks users).
BUILTINS: dict[str, str] = {
    "attribution": "reliability.annotators.attribution:AttributionAnnotator",
    "claims": "reliability.annotators.claims:ClaimAnnotator",
    "hedges": "reliability.annotators.hedges:HedgeAnnotator",
    "loaded": "reliability.annotators.loaded:LoadedAnnotator",
    "models": "reliability.annotators.models:ModelAnnotator",
    "outlet": "reliability.annotators.outlet:OutletAnnotator",
}

_FACTORIES: dict[str, Callable[..., Any]] = {}
_ENTRY_POINTS: dict[str, Any] = {}
_ENTRY_POINTS_LOADED = False
T = TypeVar("T", bound=Callable[..., Any])


def _is_builtin(name: str, factory: Callable[..., Any]) -> bool:
    # The class named in BUILTINS, defined in that module or in a module of
    # that package (a package may define it in a submodule and re-export it).
    module, _, attribute = BUILTINS[name].partition(":")
    return factory.__qualname__ == attribute and (
        factory.__module__ == module or factory.__module__.startswith(module + ".")
    )


def register(name: str) -> Callable[[T], T]:
    """Class decorator: make an annotator available under ``name``.

    Raises:
        ConfigError: ``name`` belongs to another annotator (a built-in name
            included).
    """

    def decorate(factory: T) -> T:
        if (name in _FACTORIES and _FACTORIES[name] is not factory) or (
            name in BUILTINS and not _is_builtin(name, factory)
        ):
            raise ConfigError(f"annotator name {name!r} is already registered")
        _FACTORIES[name] = factory
        return factory

    return decorate


def _load_entry_points() -> None:
    global _ENTRY_POINTS_LOADED
    if _ENTRY_POINTS_LOADED:
        return
    _ENTRY_POINTS_LOADED = True
    # Imported here: importlib.metadata costs a fifth of ``import reliability``.
    from importlib.metadata import entry_points

    for ep in entry_points(group="reliability.annotators"):
        if ep.name not in BUILTINS:
            _ENTRY_POINTS.setdefault(ep.name, ep)


def _factory(name: str) -> Callable[..., Any] | None:
    if name in _FACTORIES:
        return _FACTORIES[name]
    if name in BUILTINS:
        module, _, attribute = BUILTINS[name].partition(":")
        factory: Callable[..., Any] = getattr(
            importlib.import_module(module), attribute
        )
    elif name in _ENTRY_POINTS:
        factory = _ENTRY_POINTS[name].load()
    else:
        return None
    _FACTORIES[name] = factory
    return factory


def available() -> list[str]:
    """Names of every registered annotator, sorted (nothing is imported)."""
    _load_entry_points()
    return sorted({*BUILTINS, *_ENTRY_POINTS, *_FACTORIES})


def create(name: str, **options: Any) -> Any:
    """Build the annotator registered as ``name`` with ``options``."""
    _load_entry_points()
    factory = _factory(name)
    if factory is None:
        raise ConfigError(
            f"unknown annotator {name!r}; available: {', '.join(available())}"
        )
    try:
        return factory(**options)
    except TypeError as exc:
        raise ConfigError(f"bad options for annotator {name!r}: {exc}") from None
