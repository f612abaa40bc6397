"""The package's layers depend one way: reading, extraction and storage never import the facade
(``kgraph.graph``) or the layers built on them (query, analyse, views, serve, cli, ingest).

Every import is checked, including those inside functions, by parsing the source."""
import ast
from pathlib import Path

import pytest

PKG = Path(__file__).resolve().parents[1] / "kgraph"

#: layer -> packages and modules above it that it must never import
FORBIDDEN = {
    "kgraph.read": ("kgraph.extract", "kgraph.store", "kgraph.rdf"),
    "kgraph.extract": ("kgraph.store", "kgraph.rdf"),
    "kgraph.store": ("kgraph.extract", "kgraph.read"),
}
ABOVE = ("kgraph.graph", "kgraph.graph_core", "kgraph.query", "kgraph.analyse", "kgraph.views", "kgraph.serve", "kgraph.cli",
         "kgraph.ingest", "kgraph.parallel", "kgraph.cluster", "kgraph.merge", "kgraph._build")
#: build-time code (the shipped graph, the name tables): run by developers, never imported at run time
BUILD = "kgraph._build"


def _module(path: Path) -> str:
    parts = path.relative_to(PKG.parent).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def imports_of(path: Path) -> set[str]:
    """Every kgraph module ``path`` imports (relative imports resolved, ``from . import x`` as ``pkg.x``)."""
    mod = _module(path)
    pkg = mod if path.name == "__init__.py" else mod.rsplit(".", 1)[0]
    out: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            if node.level:
                base = pkg.split(".")[: len(pkg.split(".")) - (node.level - 1)]
                target = ".".join(base + ([node.module] if node.module else []))
            else:
                target = node.module or ""
            names = [target + "." + a.name for a in node.names] if node.module is None else [target]
            out.update(n for n in names if n.startswith("kgraph"))
        elif isinstance(node, ast.Import):
            out.update(a.name for a in node.names if a.name.startswith("kgraph"))
    return out


def test_imports_of_resolves_relative_imports(tmp_path):
    assert imports_of(PKG / "extract" / "pipeline.py") >= {"kgraph.extract.gazetteer", "kgraph.read.article"}


@pytest.mark.parametrize("layer", sorted(FORBIDDEN))
def test_lower_layers_never_import_the_facade_or_the_layers_above(layer):
    folder = PKG / layer.split(".", 1)[1]
    bad = {}
    for f in sorted(folder.rglob("*.py")):
        wrong = {i for i in imports_of(f) if i.startswith(ABOVE + FORBIDDEN[layer])}
        if wrong:
            bad[str(f.relative_to(PKG.parent))] = sorted(wrong)
    assert not bad, f"{layer} imports layers above it: {bad}"


def runtime_imports_of_build_time_code() -> dict[str, list[str]]:
    """Runtime modules (every ``kgraph`` module outside ``kgraph/_build/``) that import ``kgraph._build``."""
    bad = {}
    for f in sorted(PKG.rglob("*.py")):
        if f.is_relative_to(PKG / "_build"):
            continue
        wrong = {i for i in imports_of(f) if i == BUILD or i.startswith(BUILD + ".")}
        if wrong:
            bad[str(f.relative_to(PKG.parent))] = sorted(wrong)
    return bad


def test_imports_of_sees_imports_of_the_build_time_package() -> None:
    # relative imports inside kgraph/_build resolve to kgraph._build.*, as they would from anywhere else
    assert "kgraph._build.seed" in imports_of(PKG / "_build" / "graph.py")
    assert "kgraph._build.tables" in imports_of(PKG / "_build" / "names.py")


def test_the_runtime_library_never_imports_build_time_code() -> None:
    """``kgraph/_build/`` (the shipped graph's and the name tables' builders, their curated tables) is run
    by developers; the library only reads what it wrote, so an installed kgraph never needs it."""
    assert (PKG / "_build" / "graph.py").is_file() and (PKG / "cli" / "query.py").is_file()
    assert not runtime_imports_of_build_time_code(), \
        f"runtime modules import kgraph._build: {runtime_imports_of_build_time_code()}"


def test_the_build_time_modules_are_no_longer_in_the_runtime_package() -> None:
    for old in ("build.py", "seed.py", "names/build.py"):
        assert not (PKG / old).exists(), f"kgraph/{old} belongs in kgraph/_build/"


def test_the_analyses_never_import_the_views() -> None:
    """The views draw the analyses' tie model (``kgraph.analyse.model``); the analyses never reach up to a view."""
    bad = {}
    for f in sorted((PKG / "analyse").rglob("*.py")):
        wrong = {i for i in imports_of(f) if i.startswith(("kgraph.views", "kgraph.serve", "kgraph.cli"))}
        if wrong:
            bad[str(f.relative_to(PKG.parent))] = sorted(wrong)
    assert not bad, f"kgraph.analyse imports the views: {bad}"


# -- backends are used through the store contract and their declared capabilities -----------------
#: registered backend names, as a test of a backend's identity would spell them
BACKEND_NAMES = ("oxigraph", "memory", "rdflib", "remote")


def _is_backend(node: ast.AST) -> bool:
    """``backend``, ``be``, ``kg.backend``, ``self.backend``: an expression that holds a store backend."""
    if isinstance(node, ast.Name):
        return node.id in ("be", "backend") or node.id.endswith("_backend")
    return isinstance(node, ast.Attribute) and (node.attr == "backend" or node.attr.endswith("_backend"))


def backend_intrusions(source: str) -> list[str]:
    """Where ``source`` recognises a backend by name or type, sniffs its attributes, or touches its privates."""
    bad = []
    for node in ast.walk(ast.parse(source)):
        line = getattr(node, "lineno", 0)
        if isinstance(node, ast.Attribute) and _is_backend(node.value) and node.attr.startswith("_") \
                and not node.attr.startswith("__"):
            bad.append(f"line {line}: touches the private {node.attr}")
        elif isinstance(node, ast.Call) and isinstance(node.func, ast.Name):
            if node.func.id in ("getattr", "hasattr", "setattr") and node.args and _is_backend(node.args[0]):
                bad.append(f"line {line}: {node.func.id}() on a backend (declare a capability instead)")
            elif node.func.id == "isinstance" and len(node.args) == 2:
                kinds = node.args[1].elts if isinstance(node.args[1], ast.Tuple) else [node.args[1]]
                names = [k.id if isinstance(k, ast.Name) else k.attr if isinstance(k, ast.Attribute) else ""
                         for k in kinds]
                if any(n.endswith("Backend") for n in names):
                    bad.append(f"line {line}: isinstance() of a backend class")
        elif isinstance(node, ast.Compare):
            sides = [node.left, *node.comparators]
            for side in sides:
                if isinstance(side, ast.Attribute) and side.attr == "name" and _is_backend(side.value):
                    bad.append(f"line {line}: compares a backend's name")
                elif isinstance(side, ast.Call) and isinstance(side.func, ast.Name) and side.func.id == "type" \
                        and side.args and _is_backend(side.args[0]):
                    bad.append(f"line {line}: compares a backend's type")
                elif _is_backend(side) and any(isinstance(o, ast.Constant) and o.value in BACKEND_NAMES
                                               for o in sides):
                    bad.append(f"line {line}: compares a backend name")
        elif isinstance(node, ast.ImportFrom) and (node.module or "").endswith(("store.oxigraph", "store.rdflib_memory",
                                                                                 "store.remote")):
            classes = [a.name for a in node.names if a.name.endswith("Backend")]
            if classes:
                bad.append(f"line {line}: imports the backend class {', '.join(classes)}")
    return sorted(bad, key=lambda b: int(b.split(":")[0].split()[1]))


def test_backend_intrusions_are_found() -> None:
    found = backend_intrusions(
        "if kg.backend.name == 'oxigraph': pass\n"
        "store = getattr(kg.backend, '_store', None)\n"
        "x = backend._store\n"
        "if isinstance(be, OxigraphBackend): pass\n"
        "if backend == 'oxigraph': pass\n"
        "if type(self.backend) is RemoteBackend: pass\n"
        "from ..store.oxigraph import OxigraphBackend\n")
    assert [f.split(":")[0] for f in found] == [f"line {i}" for i in range(1, 8)], found
    assert backend_intrusions("if capabilities(kg.backend).update: kg.backend.quads()\nname = kg.backend.name\n") == []


def test_nothing_outside_the_store_recognises_a_backend_or_touches_its_privates() -> None:
    """Code outside ``kgraph/store/`` tests what a backend declares (``capabilities(backend).update``),
    never its name or type, and reaches what it offers through public methods and ``kgraph.store.caps``."""
    bad = {}
    for f in sorted(PKG.rglob("*.py")):
        if f.is_relative_to(PKG / "store"):
            continue
        found = backend_intrusions(f.read_text(encoding="utf-8"))
        if found:
            bad[str(f.relative_to(PKG.parent))] = found
    assert not bad, f"backends recognised by name or type, or their private parts touched: {bad}"


# -- the import graph has no cycle (tools/import_graph.py, the command docs/architecture.md gives) -----
def _import_graph_tool():
    """``tools/import_graph.py``, loaded from its file (tools/ is scripts, not a package)."""
    import importlib.util
    import sys

    path = PKG.parent / "tools" / "import_graph.py"
    spec = importlib.util.spec_from_file_location("kgraph_import_graph_tool", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # (dataclasses look their module up while the file runs)
    spec.loader.exec_module(module)
    return module


GRAPH_TOOL = _import_graph_tool()


def _package(root: Path, files: dict[str, str]) -> Path:
    """A package called ``root.name`` under ``root``, its modules' sources given by relative path."""
    for name, source in files.items():
        f = root / name
        f.parent.mkdir(parents=True, exist_ok=True)
        f.write_text(source, encoding="utf-8")
    return root


def test_the_cycle_check_finds_a_planted_cycle_also_through_a_function_local_import(tmp_path) -> None:
    """A cycle is one whether its imports are at the top or inside a function (run when it is called):
    the check finds both, names the modules and the lines, and the command exits 1."""
    pkg = _package(tmp_path / "planted", {
        "__init__.py": "",
        "low.py": "def helper():\n    from .high import feature  # inside a function: still an import\n"
                  "    return feature\n",
        "high.py": "from . import low\n\n\ndef feature():\n    return low\n",
        "side.py": "from .low import helper\n",
    })
    graph = GRAPH_TOOL.import_graph(pkg)
    assert GRAPH_TOOL.cycles(graph.edges) == [["planted.high", "planted.low"]]
    local = [e for e in graph.edges if e.source == "planted.low"]
    assert [(e.target, e.line, e.kind) for e in local] == [("planted.high", 2, "local")]
    text, status = GRAPH_TOOL.report(graph.edges, graph.modules)
    assert status == 1 and "cycle: planted.high, planted.low" in text and "planted.low -> planted.high (line 2, local)" in text
    assert GRAPH_TOOL.main(["--root", str(pkg)]) == 1


def test_a_type_only_import_back_is_no_cycle(tmp_path) -> None:
    """The facade's way: a feature imports the facade under ``if TYPE_CHECKING:`` only (for its
    annotations), so the facade may import the feature: the import back never runs."""
    pkg = _package(tmp_path / "facade", {
        "__init__.py": "",
        "graph.py": "class Graph:\n    def feature(self):\n        from .feature import run\n\n        return run(self)\n",
        "feature.py": "from __future__ import annotations\n\nfrom typing import TYPE_CHECKING\n\n"
                      "if TYPE_CHECKING:\n    from .graph import Graph\n\n\ndef run(g: Graph) -> Graph:\n    return g\n",
    })
    graph = GRAPH_TOOL.import_graph(pkg)
    assert GRAPH_TOOL.cycles(graph.edges) == []
    kinds = {(e.source, e.target): e.kind for e in graph.edges}
    assert kinds == {("facade.graph", "facade.feature"): "local", ("facade.feature", "facade.graph"): "type"}
    text, status = GRAPH_TOOL.report(graph.edges, graph.modules)
    assert status == 0 and text.startswith("no cycle") and "facade.feature -> facade.graph (line 6, type)" in text
    # the layers: the feature below the facade that offers it
    assert GRAPH_TOOL.layers(GRAPH_TOOL.adjacency(graph.edges, graph.modules)) == [
        ["facade", "facade.feature"], ["facade.graph"]]


def test_an_import_by_a_name_built_at_run_time_is_reported(tmp_path) -> None:
    """``__import__(f"...")`` hides an edge from any parse: the check says where, and fails."""
    pkg = _package(tmp_path / "hidden", {
        "__init__.py": "for m in ('a',):\n    __import__(f'{__name__}.{m}')\n",
        "a.py": "import importlib\nimportlib.import_module('hidden.b')\n",
        "b.py": "",
    })
    graph = GRAPH_TOOL.import_graph(pkg)
    assert graph.unresolved == ["hidden:2"]
    assert [(e.source, e.target) for e in graph.edges] == [("hidden.a", "hidden.b")]  # a spelled-out name is followed
    assert GRAPH_TOOL.report(graph.edges, graph.modules, graph.unresolved)[1] == 1


def test_kgraph_has_no_import_cycle() -> None:
    """No runtime cycle among kgraph's modules (imports inside functions included), nor among its
    packages (``kgraph.extract``, ``kgraph.graph`` …, which also catches a cycle through a package's
    ``__init__``), and no import the parse cannot follow. Type-only imports do not count."""
    graph = GRAPH_TOOL.import_graph(PKG)
    assert len(graph.modules) > 100 and any(e.kind == "local" for e in graph.edges)
    assert GRAPH_TOOL.cycles(graph.edges) == [], GRAPH_TOOL.report(graph.edges, graph.modules)[0]
    assert GRAPH_TOOL.cycles(GRAPH_TOOL.collapse(graph.edges)) == []
    assert graph.unresolved == []


#: the layers of docs/architecture.md, bottom first: a module may import its own layer and those below
LAYERS: tuple[tuple[str, ...], ...] = (
    ("errors", "vocab", "sparql_text", "sparql_rewrite", "hangul", "names_key", "atomic", "formats", "version",
     "names", "places", "jsonld", "xlsx"),  # the helpers
    ("read",),
    ("extract",),
    ("rdf",),
    ("store",),
    ("parallel", "cluster"),  # (workers pack their triples with the store's terms: kgraph.store.ntriples)
    ("query",),
    ("graph_core",),
    ("ingest", "analyse", "validate", "export", "merge", "views"),  # the features
    ("graph",),  # the facade, with its doors to the features
    ("serve", "cli"),
    ("__init__", "__main__"),  # the kgraph package itself, and ``python -m kgraph``
)


def layer_of(module: str) -> int | None:
    """The index in :data:`LAYERS` of a kgraph module (by its top-level package or module), or None."""
    parts = module.split(".")
    top = parts[1] if len(parts) > 1 else "__init__"
    return next((n for n, names in enumerate(LAYERS) if top in names), None)


def upward_imports(edges) -> list[str]:
    """Runtime imports from a layer to one above it (type-only imports may point anywhere)."""
    return [e.describe() for e in edges if e.runtime and not e.source.startswith(BUILD)
            and (layer_of(e.target) or 0) > (layer_of(e.source) or 0)]


def test_every_module_has_a_layer() -> None:
    graph = GRAPH_TOOL.import_graph(PKG)
    unplaced = [m for m in graph.modules if not m.startswith(BUILD) and layer_of(m) is None]
    assert not unplaced, f"place these in LAYERS and in docs/architecture.md: {unplaced}"


def test_upward_imports_are_found() -> None:
    edge = GRAPH_TOOL.Edge
    assert upward_imports([edge("kgraph.store.oxigraph", "kgraph.query.runner", 3, "local"),
                           edge("kgraph.query.runner", "kgraph.store.base", 4, "top"),
                           edge("kgraph.analyse.ties", "kgraph.graph", 5, "type")]) \
        == ["kgraph.store.oxigraph -> kgraph.query.runner (line 3, local)"]


def test_every_runtime_import_points_down_the_layers() -> None:
    """Dependencies point down only: no module imports a layer above its own at run time (inside
    functions included); a feature may name the facade in an annotation (``if TYPE_CHECKING:``)."""
    assert upward_imports(GRAPH_TOOL.import_graph(PKG).edges) == []


def test_the_features_see_the_facade_only_as_a_type() -> None:
    """The facade (``kgraph.graph``) offers doors to the features (``kg.ingest()``, ``kg.render()`` …)
    that import them when called; no feature imports the facade back at run time."""
    graph = GRAPH_TOOL.import_graph(PKG)
    doors = {e.target for e in graph.edges if e.source == "kgraph.graph" and e.runtime}
    assert {"kgraph.ingest", "kgraph.validate", "kgraph.export", "kgraph.analyse"} <= doors
    back = [e.describe() for e in graph.edges if e.target in ("kgraph.graph", "kgraph") and e.runtime
            and e.source.startswith(("kgraph.ingest", "kgraph.analyse", "kgraph.validate", "kgraph.export",
                                     "kgraph.views", "kgraph.query", "kgraph.merge"))]
    assert back == []


def test_benchmarks_open_stores_by_name_and_leave_backends_private() -> None:
    """The benchmarks use the store as anyone would: ``open_backend(name)`` or ``KnowledgeGraph``, never a
    backend class, a backend's ``_`` attributes or the store's file markers."""
    bad = {}
    for f in sorted((PKG.parent / "benchmarks").glob("*.py")):
        source = f.read_text(encoding="utf-8")
        found = backend_intrusions(source)
        found += [f"line {n.lineno}: imports {n.module}" for n in ast.walk(ast.parse(source))
                  if isinstance(n, ast.ImportFrom) and (n.module or "").startswith("kgraph.store.")]
        if found:
            bad[f.name] = found
    assert not bad, f"benchmarks reach into the store: {bad}"
