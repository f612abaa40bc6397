"""The import graph of the ``kgraph`` package, and whether it has a cycle.

Every module under ``kgraph/`` is parsed with :mod:`ast` (nothing is imported, so the check needs no
dependency installed). An import counts wherever it is written: at the top of a module, inside a
function (a *local* import runs when the function does, so it is as much a dependency as any other),
or under ``try``. Imports under ``if TYPE_CHECKING:`` are *type-only*: they never run, so they are
listed but do not make a runtime cycle.

``from a.b import c`` is an edge to ``a.b.c`` when that is a module, else to ``a.b``. Importing a
submodule also runs its parents' ``__init__`` files; those implicit edges are not counted (every
submodule would otherwise be in a cycle with the package that re-exports it).

Run from the repository's root::

    python tools/import_graph.py            # cycles (exit 1) or "no cycle" and the layer order
    python tools/import_graph.py --packages # the same, one node per top-level package or module
    python tools/import_graph.py --dot      # a Graphviz graph: ... --dot | dot -Tsvg > imports.svg

Standard library only.
"""
from __future__ import annotations

import argparse
import ast
import sys
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path

#: the package this script checks, beside the folder it lives in
ROOT = Path(__file__).resolve().parents[1] / "kgraph"

#: how an import is written: at module level, inside a function, or only for the type checker
TOP, LOCAL, TYPE = "top", "local", "type"


@dataclass(frozen=True, order=True)
class Edge:
    """One import: ``source`` imports ``target`` (both dotted module names) at ``line``, as ``kind``."""

    source: str
    target: str
    line: int
    kind: str
    #: where the import is written, when ``source`` is a package standing for its modules (``--packages``)
    where: str = ""

    @property
    def runtime(self) -> bool:
        """Whether the import runs (everything but an ``if TYPE_CHECKING:`` import)."""
        return self.kind != TYPE

    def describe(self) -> str:
        """``a -> b (line 12, local)``, or ``(a.c line 12, local)`` for an edge between packages."""
        at = f"{self.where} line {self.line}" if self.where else f"line {self.line}"
        return f"{self.source} -> {self.target} ({at}, {self.kind})"


def module_name(path: Path, root: Path) -> str:
    """The dotted name of ``path``, a file in the package at ``root`` (``__init__.py`` names its package)."""
    parts = path.relative_to(root.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules_of(root: Path) -> dict[str, Path]:
    """Every module of the package at ``root``, by dotted name."""
    return {module_name(p, root): p for p in sorted(root.rglob("*.py"))}


def _is_type_checking(test: ast.expr) -> bool:
    """``TYPE_CHECKING`` or ``typing.TYPE_CHECKING`` (the test of a type-only block)."""
    if isinstance(test, ast.Name):
        return test.id == "TYPE_CHECKING"
    return isinstance(test, ast.Attribute) and test.attr == "TYPE_CHECKING"


#: an import statement, or a call that imports by name (``__import__``, ``importlib.import_module``)
ImportNode = ast.Import | ast.ImportFrom | ast.Call


def _is_dynamic_import(node: ast.AST) -> bool:
    """``__import__(...)``, ``import_module(...)`` or ``importlib.import_module(...)``."""
    if not isinstance(node, ast.Call):
        return False
    func = node.func
    name = func.id if isinstance(func, ast.Name) else func.attr if isinstance(func, ast.Attribute) else ""
    return name in ("__import__", "import_module")


def _walk(node: ast.AST, kind: str) -> Iterator[tuple[ImportNode, str]]:
    """Every import under ``node`` with its kind: ``kind`` until a function or ``if TYPE_CHECKING:`` changes it."""
    for child in ast.iter_child_nodes(node):
        if isinstance(child, ast.Import | ast.ImportFrom):
            yield child, kind
        elif _is_dynamic_import(child):
            assert isinstance(child, ast.Call)
            yield child, kind
            yield from _walk(child, kind)
        elif isinstance(child, ast.If) and _is_type_checking(child.test):
            for stmt in child.body:
                yield from _walk_stmt(stmt, TYPE)
            for stmt in child.orelse:
                yield from _walk_stmt(stmt, kind)
        elif isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.Lambda):
            yield from _walk(child, TYPE if kind == TYPE else LOCAL)
        else:
            yield from _walk(child, kind)


def _walk_stmt(stmt: ast.stmt, kind: str) -> Iterator[tuple[ImportNode, str]]:
    """:func:`_walk` over one statement, the statement itself included."""
    if isinstance(stmt, ast.Import | ast.ImportFrom):
        yield stmt, kind
    else:
        wrapper = ast.Module(body=[stmt], type_ignores=[])
        yield from _walk(wrapper, kind)


def _targets(node: ImportNode, here: str, known: set[str]) -> list[str] | None:
    """The modules ``node`` names (before checking they are the package's), or None for a name built at run time."""
    if isinstance(node, ast.Import):
        return [a.name for a in node.names]
    if isinstance(node, ast.Call):
        arg = node.args[0] if node.args else None
        if isinstance(arg, ast.Constant) and isinstance(arg.value, str) and not arg.value.startswith("."):
            return [arg.value]
        return None
    if node.level:
        parts = here.split(".")
        base = ".".join(parts[: len(parts) - (node.level - 1)])
        target = f"{base}.{node.module}" if node.module else base
    else:
        target = node.module or ""
    return [f"{target}.{a.name}" if f"{target}.{a.name}" in known else target for a in node.names]


@dataclass
class Imports:
    """What a module imports: edges to the package's modules, and imports by a name built at run time."""

    edges: list[Edge] = field(default_factory=list)
    #: ``module:line`` of each ``__import__`` / ``import_module`` whose name the source does not spell out
    unresolved: list[str] = field(default_factory=list)


def imports_of(path: Path, root: Path, known: Iterable[str]) -> Imports:
    """The imports of the module at ``path`` that name modules in ``known`` (the package's own modules)."""
    known = set(known)
    package = root.name
    source = module_name(path, root)
    here = source if path.name == "__init__.py" else source.rsplit(".", 1)[0]
    found = Imports()
    edges = set()
    for node, kind in _walk(ast.parse(path.read_text(encoding="utf-8"), str(path)), TOP):
        targets = _targets(node, here, known)
        if targets is None:
            found.unresolved.append(f"{source}:{node.lineno}")
            continue
        for target in targets:
            # ``import kgraph.a.b`` of a name that is not a module file still runs the nearest module above it
            while target not in known and "." in target:
                target = target.rsplit(".", 1)[0]
            if target in known and target != source and (target == package or target.startswith(package + ".")):
                edges.add(Edge(source, target, node.lineno, kind))
    found.edges = sorted(edges)
    return found


@dataclass
class ImportGraph:
    """The modules of a package, the imports between them, and the imports this parse cannot follow."""

    modules: list[str]
    edges: list[Edge]
    unresolved: list[str]


def import_graph(root: Path = ROOT) -> ImportGraph:
    """Every import between the modules of the package at ``root``."""
    modules = modules_of(root)
    edges: list[Edge] = []
    unresolved: list[str] = []
    for path in modules.values():
        found = imports_of(path, root, modules)
        edges += found.edges
        unresolved += found.unresolved
    return ImportGraph(sorted(modules), edges, unresolved)


def collapse(edges: Iterable[Edge], depth: int = 2) -> list[Edge]:
    """``edges`` between packages: each name cut to its first ``depth`` parts (``kgraph.extract``)."""
    out = set()
    for e in edges:
        source, target = (".".join(n.split(".")[:depth]) for n in (e.source, e.target))
        if source != target:
            out.add(Edge(source, target, e.line, e.kind, e.where or e.source))
    return sorted(out)


def adjacency(edges: Iterable[Edge], nodes: Iterable[str] = ()) -> dict[str, set[str]]:
    """The runtime graph of ``edges``: module -> the modules it imports (``nodes`` added with no edge)."""
    graph: dict[str, set[str]] = {n: set() for n in nodes}
    for e in edges:
        graph.setdefault(e.source, set())
        graph.setdefault(e.target, set())
        if e.runtime:
            graph[e.source].add(e.target)
    return graph


def strongly_connected(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """Tarjan's strongly connected components of ``graph``, iteratively (no recursion limit), each sorted."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    components: list[list[str]] = []
    for start in sorted(graph):
        if start in index:
            continue
        work: list[tuple[str, Iterator[str]]] = [(start, iter(sorted(graph[start])))]
        index[start] = low[start] = len(index)
        stack.append(start)
        on_stack.add(start)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in index:
                    index[child] = low[child] = len(index)
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    component = []
                    while True:
                        member = stack.pop()
                        on_stack.discard(member)
                        component.append(member)
                        if member == node:
                            break
                    components.append(sorted(component))
    return components


def cycles(edges: Iterable[Edge]) -> list[list[str]]:
    """The runtime cycles of ``edges``: strongly connected components of more than one module, sorted."""
    return sorted(c for c in strongly_connected(adjacency(edges)) if len(c) > 1)


def layers(graph: Mapping[str, Iterable[str]]) -> list[list[str]]:
    """The modules of an acyclic ``graph`` by layer: layer 0 imports nothing, layer n imports layer n-1 at most."""
    level: dict[str, int] = {}

    def depth(node: str) -> int:
        pending = [node]
        while pending:
            current = pending[-1]
            below = [c for c in graph.get(current, ()) if c not in level]
            if below:
                pending.extend(below)
                continue
            pending.pop()
            level[current] = 1 + max((level[c] for c in graph.get(current, ())), default=-1)
        return level[node]

    for node in graph:
        depth(node)
    out: list[list[str]] = [[] for _ in range(1 + max(level.values(), default=-1))]
    for node, n in level.items():
        out[n].append(node)
    return [sorted(layer) for layer in out]


def dot(edges: Iterable[Edge], nodes: Iterable[str]) -> str:
    """A Graphviz digraph of ``edges``: local imports dashed, type-only imports dotted and grey."""
    lines = ["digraph imports {", "  rankdir=BT;", '  node [shape=box, fontname="Helvetica", fontsize=10];']
    lines += [f'  "{n}";' for n in sorted(nodes)]
    styles = {TOP: "", LOCAL: " [style=dashed]", TYPE: " [style=dotted, color=grey]"}
    seen: dict[tuple[str, str], str] = {}
    for e in edges:  # one arrow per pair, the strongest kind: top over local over type-only
        old = seen.get((e.source, e.target))
        if old is None or (TOP, LOCAL, TYPE).index(e.kind) < (TOP, LOCAL, TYPE).index(old):
            seen[(e.source, e.target)] = e.kind
    lines += [f'  "{s}" -> "{t}"{styles[k]};' for (s, t), k in sorted(seen.items())]
    return "\n".join([*lines, "}"]) + "\n"


def report(edges: list[Edge], nodes: Iterable[str], unresolved: Iterable[str] = (), *,
           unit: str = "modules") -> tuple[str, int]:
    """The text this script prints for ``edges`` between ``nodes`` (``unit``: what they are) and its exit
    status: 1 when there is a runtime cycle or an import by a name built at run time, else 0."""
    nodes = sorted(nodes)
    out = []
    type_only = [e for e in edges if not e.runtime]
    local = [e for e in edges if e.kind == LOCAL]
    found = cycles(edges)
    if found:
        out.append(f"{len(found)} import cycle(s) among {len(nodes)} {unit}:")
        for component in found:
            members = set(component)
            out.append("  cycle: " + ", ".join(component))
            out += [f"    {e.describe()}" for e in edges if e.runtime and e.source in members and e.target in members]
    else:
        out.append(f"no cycle: {len(nodes)} {unit}, {sum(e.runtime for e in edges)} runtime imports "
                   f"({len(local)} inside functions), {len(type_only)} type-only")
        out.append("layers (each imports only from the layers before it):")
        for n, layer in enumerate(layers(adjacency(edges, nodes))):
            out.append(f"  {n}: " + " ".join(layer))
        if type_only:
            out.append("type-only imports (under if TYPE_CHECKING:, never run):")
            out += [f"  {e.describe()}" for e in type_only]
    unresolved = sorted(unresolved)
    if unresolved:
        out.append("imports by a name built at run time (not in the graph; spell the import out): "
                   + ", ".join(unresolved))
    return "\n".join(out) + "\n", 1 if found or unresolved else 0


def main(argv: list[str] | None = None) -> int:
    """Print the import graph's cycles, or its layers; exit 1 on a runtime cycle."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    parser.add_argument("--root", type=Path, default=ROOT, help="the package folder (default: kgraph/)")
    parser.add_argument("--packages", action="store_true",
                        help="one node per top-level package or module (kgraph.extract, kgraph.graph)")
    parser.add_argument("--dot", action="store_true", help="print a Graphviz graph instead")
    args = parser.parse_args(argv)
    graph = import_graph(args.root.resolve())
    edges, nodes = graph.edges, graph.modules
    if args.packages:
        edges = collapse(edges)
        nodes = sorted({".".join(n.split(".")[:2]) for n in nodes})
    if args.dot:
        sys.stdout.write(dot(edges, nodes))
        return 1 if cycles(edges) or graph.unresolved else 0
    text, status = report(edges, nodes, graph.unresolved, unit="packages" if args.packages else "modules")
    sys.stdout.write(text)
    return status


if __name__ == "__main__":
    sys.exit(main())
