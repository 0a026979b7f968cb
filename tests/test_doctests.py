"""The examples in the package's docstrings run and give what they show."""

from __future__ import annotations

import doctest
import importlib
import pkgutil

import pytest

import reliability


def _modules() -> list[str]:
    return sorted(
        info.name
        for info in pkgutil.walk_packages(reliability.__path__, "reliability.")
        if not info.name.endswith("__main__")
    )


@pytest.mark.parametrize("name", _modules())
def test_docstring_examples(name: str) -> None:
    try:
        module = importlib.import_module(name)
    except ImportError as err:  # an optional extra (spaCy, pandas, the server)
        pytest.skip(f"{name} needs an extra: {err}")
    result = doctest.testmod(module, verbose=False, report=True)
    assert result.failed == 0, f"{result.failed} docstring example(s) failed in {name}"
