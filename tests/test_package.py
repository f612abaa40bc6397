"""Packaging: the wheel ships the graph and py.typed, `python -m kgraph` works, importing has no side effects."""
from __future__ import annotations

import os
import subprocess
import sys
import textwrap
import zipfile
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parent.parent


def python(code: str, *, cwd: Path, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(code)], cwd=cwd, env={**os.environ, **(env or {})},
                          capture_output=True, text=True, timeout=120)


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("wheel")
    res = subprocess.run([sys.executable, "-m", "pip", "wheel", str(REPO), "--no-deps", "-q", "-w", str(out)],
                         capture_output=True, text=True, timeout=300)
    if res.returncode != 0:
        pytest.skip(f"cannot build a wheel here (needs hatchling from PyPI): {res.stderr[-500:]}")
    [whl] = out.glob("kgraph-*.whl")
    return whl


def test_the_wheel_ships_the_graph_the_named_queries_and_py_typed(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    assert {"kgraph/_data/cities.ttl", "kgraph/_data/cities.trig", "kgraph/py.typed", "kgraph/__main__.py"} <= names
    assert {f"kgraph/query/named/{n}.rq" for n in ("partners", "shared-partners", "events", "people", "article-facts",
                                                    "ties-per-country")} <= names
    assert {"kgraph/names/data/kr_admin.tsv", "kgraph/names/loader.py"} <= names
    assert not [n for n in names if n.startswith("kgraph/_build/")], "build-time code is for the source tree only"
    meta = next(n for n in names if n.endswith(".dist-info/entry_points.txt"))
    assert "kgraph = kgraph.cli:main" in zipfile.ZipFile(wheel).read(meta).decode()


def test_the_installed_package_uses_its_own_copy_of_the_graph(wheel: Path, tmp_path: Path) -> None:
    """As after a plain `pip install .`: no checkout, no ../shared, only what the wheel holds."""
    site = tmp_path / "site"
    zipfile.ZipFile(wheel).extractall(site)
    res = python("""
        import kgraph, rdflib
        from kgraph.graph import shipped_graph_path
        print(kgraph.__file__)
        print(shipped_graph_path())
        ttl = shipped_graph_path().with_name("cities.ttl")
        print(len(rdflib.Graph().parse(ttl, format="turtle")))
        rows = kgraph.KnowledgeGraph.shipped().named_query("partners", params={"city": "광명시"})
        print(sorted(str(r["name_en"]) for r in rows))
    """, cwd=tmp_path, env={"PYTHONPATH": str(site)})
    assert res.returncode == 0, res.stderr
    module, graph, triples, names = res.stdout.splitlines()
    assert module.startswith(str(site)) and graph == str(site / "kgraph" / "_data" / "cities.trig")
    assert int(triples) > 5000
    assert "Osnabrück" in names and "Austin" in names


def test_python_dash_m_kgraph(tmp_path: Path) -> None:
    res = subprocess.run([sys.executable, "-m", "kgraph", "--help"], capture_output=True, text=True, cwd=tmp_path,
                         timeout=120)
    assert res.returncode == 0
    for command in ("query", "queries", "load", "info", "store"):
        assert command in res.stdout
    res = subprocess.run([sys.executable, "-m", "kgraph", "--version"], capture_output=True, text=True, timeout=120)
    assert res.returncode == 0 and "0.1.0" in res.stdout


def test_py_typed_is_in_the_source() -> None:
    assert (REPO / "kgraph" / "py.typed").exists()


def test_importing_kgraph_has_no_side_effects(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    env = {"HOME": str(home), "XDG_DATA_HOME": str(home / "xdg"), "XDG_CACHE_HOME": str(home / "cache"),
           "KGRAPH_STORE": str(home / "store")}
    res = python("""
        import importlib, pkgutil, sys, warnings
        filters = list(warnings.filters)
        import rdflib.plugins.sparql as rs
        load = rs.SPARQL_LOAD_GRAPHS
        import kgraph, kgraph.cli, kgraph.graph, kgraph.store, kgraph.query, kgraph.vocab
        assert not [m for m in sys.modules if m.startswith("kgraph._build")], "run time loaded build-time code"
        import kgraph._build.graph, kgraph._build.names
        assert warnings.filters == filters, "warning filters changed"
        assert rs.SPARQL_LOAD_GRAPHS == load, "rdflib settings changed"
        print("ok")
    """, cwd=tmp_path, env=env)
    assert res.returncode == 0, res.stderr
    assert res.stdout.strip() == "ok"
    assert list(home.iterdir()) == [], "importing kgraph created files"
    assert not (tmp_path / "store").exists()
