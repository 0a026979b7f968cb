"""`import reliability` is cheap: public names load their modules on first use."""

from __future__ import annotations

import importlib
import subprocess
import sys

import reliability


def _loaded_after(code: str) -> set[str]:
    out = subprocess.run(
        [sys.executable, "-c", f"import sys; {code}; print(' '.join(sys.modules))"],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    return set(out)


def test_import_loads_no_annotator_schema_or_entry_points() -> None:
    loaded = _loaded_after("import reliability")
    assert "reliability" in loaded
    assert "reliability.analyzer" not in loaded
    assert "reliability.schema" not in loaded
    assert "reliability.annotators" not in loaded
    assert "importlib.metadata" not in loaded


def test_first_use_of_a_name_loads_its_module() -> None:
    loaded = _loaded_after("import reliability; reliability.Span")
    assert "reliability.schema" in loaded
    assert "reliability.analyzer" not in loaded


def test_every_public_name_is_the_defining_modules_object() -> None:
    for name in reliability.__all__:
        value = getattr(reliability, name)
        if name == "__version__":
            continue
        module = importlib.import_module(reliability._PUBLIC[name])
        assert value is getattr(module, name), name
    assert set(reliability.__all__) <= set(dir(reliability))


def test_an_unknown_name_raises_attribute_error() -> None:
    try:
        reliability.not_a_public_name  # noqa: B018
    except AttributeError as err:
        assert "not_a_public_name" in str(err)
    else:
        raise AssertionError("expected AttributeError")
