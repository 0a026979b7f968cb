"""The registry: built-in names are stable; unknown names fail clearly."""

from __future__ import annotations

import pytest

import reliability
from reliability import ConfigError, registry
from reliability.findings import Layer, SpanFinding


def test_registry_pins_builtin_names():
    assert {"attribution", "claims", "hedges", "loaded", "outlet"} <= set(
        reliability.available()
    )


def test_registry_unknown_name_lists_choices():
    with pytest.raises(
        ConfigError, match="unknown annotator 'hedge'; available: .*hedges"
    ):
        reliability.create("hedge")


def test_registry_third_party_annotator_runs_in_pipeline():
    @registry.register("test-shouting")
    class Shouting:
        name = "test-shouting"
        version = "1"
        assigns = frozenset({Layer.LOADED})
        requires = frozenset()

        def annotate(self, doc):
            for _, seg in doc.content_segments():
                idx = doc.token_range(seg.start, seg.end)
                for t in doc.tokens[idx.start : idx.stop]:
                    if len(t.lower) > 2 and doc.text[t.start : t.end].isupper():
                        yield SpanFinding(
                            Layer.LOADED, t.start, t.end, "test:caps", 0.5
                        )

    analyzer = reliability.Analyzer(
        extra=[reliability.create("test-shouting")], disable=["loaded"]
    )
    report = analyzer.analyze("The council said the plan was a DISASTER for the town.")
    marked = [c.text for s in report.sentences for c in s.loaded]
    assert marked == ["DISASTER"]
    assert report.pipeline.annotators["test-shouting"] == "1"


def test_analyzer_disable_unknown_annotator_fails():
    with pytest.raises(ConfigError, match="available"):
        reliability.Analyzer(disable=["nope"])


def test_analyzer_disable_switches_layer_off():
    text = "The plan may reportedly fail, officials said on Monday."
    on = reliability.Analyzer().analyze(text)
    off = reliability.Analyzer(disable=["hedges"]).analyze(text)
    assert any(s.hedges for s in on.sentences)
    assert not any(s.hedges for s in off.sentences)
    assert "hedges" not in off.pipeline.annotators


def _import_graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports (top level or inside functions).

    The root package ``reliability`` is left out: it is the public facade that
    imports everything, and ``from reliability import __version__`` is no
    dependency on the modules it re-exports.
    """
    import ast
    from pathlib import Path

    root = Path(reliability.__file__).parent
    modules = {}
    for path in root.rglob("*.py"):
        parts = path.relative_to(root.parent).with_suffix("").parts
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        edges = set()
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                targets = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and not node.level:
                targets = [
                    f"{node.module}.{alias.name}"
                    if f"{node.module}.{alias.name}" in modules
                    else node.module
                    for alias in node.names
                ]
            else:
                continue
            edges |= {t for t in targets if t in modules and t != "reliability"}
        graph[name] = edges - {name}
    return graph


def _reaches(graph: dict[str, set[str]], start: str, goal: str) -> bool:
    seen, todo = set(), [start]
    while todo:
        node = todo.pop()
        if node == goal:
            return True
        if node not in seen:
            seen.add(node)
            todo.extend(graph.get(node, ()))
    return False


@pytest.mark.parametrize(
    "module",
    [
        "reliability.registry",
        "reliability.annotators",
        "reliability.annotators.outlet",
        "reliability.pipeline",
        "reliability.outlets.service",
    ],
)
def test_registry_and_annotators_sit_in_no_import_circle(module):
    graph = _import_graph()
    assert module in graph
    circle = [m for m in graph[module] if _reaches(graph, m, module)]
    assert circle == [], f"{module} imports {circle}, which import it back"


def test_registry_names_builtins_without_importing_them():
    assert set(registry.BUILTINS) <= set(registry.available())
    assert _import_graph()["reliability.registry"] == {"reliability.errors"}


def test_registry_refuses_a_builtin_name_for_another_factory():
    with pytest.raises(ConfigError, match="'hedges' is already registered"):

        @registry.register("hedges")
        class NotHedges:
            pass


def test_registry_accepts_a_builtin_defined_in_a_submodule_of_its_package():
    # A built-in annotator package may define its class in a submodule.
    class AttributionAnnotator:
        pass

    AttributionAnnotator.__qualname__ = "AttributionAnnotator"
    AttributionAnnotator.__module__ = "reliability.annotators.attribution.annotator"
    assert registry._is_builtin("attribution", AttributionAnnotator)
    AttributionAnnotator.__module__ = "elsewhere.attribution"
    assert not registry._is_builtin("attribution", AttributionAnnotator)
