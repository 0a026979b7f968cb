"""No import circle between ``reliability`` modules (top-level imports, by ``ast``).

An import inside a function runs when it is called, after every module has
loaded, so only module-level imports count (including those under ``try`` or
``if``, but not ``if TYPE_CHECKING:``). A module importing its own parent
package is no edge: Python has always started the parent first.
"""

from __future__ import annotations

import ast
from pathlib import Path

import reliability

SRC = Path(reliability.__file__).resolve().parent


def _modules(package: Path) -> dict[str, Path]:
    modules = {}
    for path in sorted(package.rglob("*.py")):
        parts = [package.name, *path.relative_to(package).with_suffix("").parts]
        if parts[-1] == "__init__":
            parts = parts[:-1]
        modules[".".join(parts)] = path
    return modules


def _is_type_checking(test: ast.expr) -> bool:
    return (isinstance(test, ast.Name) and test.id == "TYPE_CHECKING") or (
        isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"
    )


def _top_level_imports(body: list[ast.stmt]) -> list[ast.Import | ast.ImportFrom]:
    found: list[ast.Import | ast.ImportFrom] = []
    for node in body:
        if isinstance(node, ast.Import | ast.ImportFrom):
            found.append(node)
        elif isinstance(node, ast.If):
            if not _is_type_checking(node.test):
                found += _top_level_imports(node.body)
            found += _top_level_imports(node.orelse)
        elif isinstance(node, ast.Try):
            for block in (node.body, node.orelse, node.finalbody):
                found += _top_level_imports(block)
            for handler in node.handlers:
                found += _top_level_imports(handler.body)
    return found


def _targets(
    name: str, is_package: bool, node: ast.Import | ast.ImportFrom, known: set[str]
) -> list[str]:
    """The modules that ``node``, in module ``name``, loads."""
    if isinstance(node, ast.Import):
        return [alias.name for alias in node.names]
    base = node.module or ""
    if node.level:  # relative to the package that holds ``name``
        parts = name.split(".") if is_package else name.split(".")[:-1]
        package = ".".join(parts[: len(parts) - node.level + 1])
        base = f"{package}.{base}" if base else package
    return [
        f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
        for alias in node.names
    ]


def import_graph(package: Path = SRC) -> dict[str, set[str]]:
    """Module -> the modules of ``package`` that it imports at its top level."""
    modules = _modules(package)
    graph = {}
    for name, path in modules.items():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        is_package = path.name == "__init__.py"
        targets = {
            target
            for node in _top_level_imports(tree.body)
            for target in _targets(name, is_package, node, set(modules))
        }
        graph[name] = {
            t
            for t in targets
            if t in modules and t != name and not name.startswith(f"{t}.")
        }
    return graph


def import_cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Each strongly connected group of two or more modules, sorted (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    groups: list[list[str]] = []

    def visit(node: str) -> None:
        index[node] = low[node] = len(index)
        stack.append(node)
        on_stack.add(node)
        for nxt in sorted(graph.get(node, ())):
            if nxt not in index:
                visit(nxt)
                low[node] = min(low[node], low[nxt])
            elif nxt in on_stack:
                low[node] = min(low[node], index[nxt])
        if low[node] == index[node]:
            group = []
            while True:
                top = stack.pop()
                on_stack.discard(top)
                group.append(top)
                if top == node:
                    break
            if len(group) > 1:
                groups.append(sorted(group))

    for node in sorted(graph):
        if node not in index:
            visit(node)
    return sorted(groups)


def test_import_cycles_finds_each_circle_once():
    graph = {"a": {"b"}, "b": {"c"}, "c": {"a", "d"}, "d": {"e"}, "e": {"d"}}
    assert import_cycles(graph) == [["a", "b", "c"], ["d", "e"]]
    assert import_cycles({"a": {"b"}, "b": set()}) == []


def test_import_graph_counts_only_imports_that_run_at_load(tmp_path):
    files = {
        "__init__.py": "from pkg.a import x\n",
        "a.py": "import pkg\nfrom pkg import b\nx = 1\n",
        "b.py": (
            "from typing import TYPE_CHECKING\n"
            "if TYPE_CHECKING:\n    from pkg.a import x\n"
            "def later():\n    from pkg.a import x\n"
            "try:\n    from .sub import c\nexcept ImportError:\n    pass\n"
        ),
        "sub/__init__.py": "from . import c\n",
        "sub/c.py": "from ..a import x\n",
    }
    for name, text in files.items():
        path = tmp_path / "pkg" / name
        path.parent.mkdir(exist_ok=True)
        path.write_text(text, encoding="utf-8")
    assert import_graph(tmp_path / "pkg") == {
        "pkg": {"pkg.a"},
        "pkg.a": {"pkg.b"},
        "pkg.b": {"pkg.sub.c"},
        "pkg.sub": {"pkg.sub.c"},
        "pkg.sub.c": {"pkg.a"},
    }
    assert import_cycles(import_graph(tmp_path / "pkg")) == [
        ["pkg.a", "pkg.b", "pkg.sub.c"]
    ]


def test_reliability_modules_import_in_no_circle():
    graph = import_graph()
    assert {"reliability.pipeline", "reliability.server.app"} <= set(graph)
    cycles = import_cycles(graph)
    assert cycles == [], "import circles: " + "; ".join(" -> ".join(c) for c in cycles)
