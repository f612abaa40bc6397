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
         "kgraph.ingest", "kgraph.parallel", "kgraph.cluster", "kgraph.merge", "kgraph.seed", "kgraph.build")


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
