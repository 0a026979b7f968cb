"""The package's import graph: no circles, and a core that does no file I/O.

Every ``import`` statement in ``src/reliability`` counts: at module level,
inside a function (a lazy import only hides a circle until the function runs)
or under ``if TYPE_CHECKING:`` (a circle in the types is one in the design).
Importing ``a.b.c`` also imports the packages ``a.b`` and ``a``, except those
the importing module sits in (they are already being imported).
"""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import reliability

SRC = Path(reliability.__file__).parent


def _module_name(path: Path) -> str:
    parts = ["reliability", *path.relative_to(SRC).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _modules() -> dict[str, Path]:
    return {_module_name(p): p for p in SRC.rglob("*.py")}


def _imported(tree: ast.AST, name: str, is_package: bool, known: set[str]) -> set[str]:
    found: set[str] = set()
    here = name if is_package else name.rpartition(".")[0]

    def visit(node: ast.AST) -> None:
        if isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = here.split(".")[: len(here.split(".")) - node.level + 1]
                base = ".".join([*anchor, *([base] if base else [])])
            for alias in node.names:
                sub = f"{base}.{alias.name}"
                found.add(sub if sub in known else base)
        for child in ast.iter_child_nodes(node):
            visit(child)

    visit(tree)
    return found


def import_graph() -> dict[str, set[str]]:
    """Module -> the modules of the package that importing it runs."""
    modules = _modules()
    known = set(modules)
    graph: dict[str, set[str]] = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        own = {".".join(name.split(".")[:i]) for i in range(1, name.count(".") + 2)}
        edges: set[str] = set()
        for target in _imported(tree, name, path.name == "__init__.py", known):
            parts = target.split(".")
            for i in range(1, len(parts) + 1):
                step = ".".join(parts[:i])
                if step in known and step not in own:
                    edges.add(step)
        graph[name] = edges
    return graph


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    out: list[list[str]] = []

    def connect(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in sorted(graph.get(v, ())):
            if w not in index:
                connect(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = []
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.append(w)
                if w == v:
                    break
            if len(component) > 1:
                out.append(sorted(component))

    for v in sorted(graph):
        if v not in index:
            connect(v)
    return out


def test_imports_finds_a_planted_cycle() -> None:
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}
    assert cycles(graph) == [["a", "b", "c"]]


def test_imports_graph_sees_lazy_imports() -> None:
    graph = import_graph()
    # analyze_many imports the parallel machinery inside the method.
    assert "reliability.parallel" in graph["reliability.analyzer"]
    assert "reliability.readers" in graph["reliability.readers.reports"] or (
        "reliability.readers.corpus" in graph["reliability.readers.reports"]
    )


def test_imports_have_no_cycle() -> None:
    found = cycles(import_graph())
    assert found == []


def test_imports_core_does_not_reach_readers_or_writers() -> None:
    graph = import_graph()
    for core in ("reliability.analyzer", "reliability.pipeline"):
        assert not {
            m
            for m in graph[core]
            if m.startswith(("reliability.readers", "reliability.writers"))
            or m in ("reliability.io", "reliability.cli")
        }, core
    loaded = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, reliability.analyzer, reliability.pipeline; "
            "print(' '.join(sorted(m for m in sys.modules "
            "if m.startswith('reliability.'))))",
        ],
        capture_output=True,
        text=True,
        check=True,
    ).stdout.split()
    assert "reliability.analyzer" in loaded
    # The package's facade (reliability/__init__) loads the readers for its
    # public names; the analyzer and pipeline themselves need none of them.
    assert "reliability.writers.html" not in loaded
    assert "reliability.report_html" not in loaded
