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
ABOVE = ("kgraph.graph", "kgraph.query", "kgraph.analyse", "kgraph.views", "kgraph.serve", "kgraph.cli",
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
