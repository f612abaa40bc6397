"""Shared fixtures: isolated stores, a CLI runner, the shipped graph, the ``../shared`` folder.

Every test runs with ``KGRAPH_STORE`` and ``XDG_DATA_HOME`` pointing into its own temporary folder,
so no test ever reads or writes the user's real store.
"""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

REPO = Path(__file__).resolve().parent.parent
SHARED = REPO.parent / "shared"


@pytest.fixture(autouse=True)
def _isolated_store(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("KGRAPH_STORE", str(home / "default.store"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "xdg"))


@pytest.fixture
def repo() -> Path:
    """The repository root."""
    return REPO


@pytest.fixture
def shared_dir() -> Path:
    """``../shared`` beside the repository (gazetteer, corpus, spec); the test is skipped without it."""
    if not (SHARED / "gazetteer").is_dir():
        pytest.skip("../shared/gazetteer is not beside the repository")
    return SHARED


@pytest.fixture
def store_path(tmp_path: Path) -> Path:
    """A path for a new on-disk store (not created yet)."""
    return tmp_path / "kg.store"


@pytest.fixture(scope="session")
def shipped_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An on-disk store created once from the shipped graph; tests must only read it."""
    from kgraph import KnowledgeGraph

    path = tmp_path_factory.mktemp("shipped") / "kg.store"
    KnowledgeGraph.open(path).close()
    return path


@pytest.fixture(scope="session")
def shipped_kg() -> Iterator[object]:
    """The shipped graph in memory (Oxigraph); tests must only read it."""
    from kgraph import KnowledgeGraph

    kg = KnowledgeGraph.shipped()
    yield kg
    kg.close()


class Cli:
    """Runs ``kgraph`` commands in-process; ``store`` is passed as ``--store`` where given."""

    def __init__(self) -> None:
        self.runner = CliRunner()

    def __call__(self, *args: str, input: str | None = None, env: dict[str, str] | None = None) -> Result:
        from kgraph.cli import main

        return self.runner.invoke(main, list(args), input=input, env=env, catch_exceptions=False)


@pytest.fixture
def cli() -> Cli:
    """``cli("query", "--store", path, "ASK {}")`` → a click ``Result`` (``.exit_code``, ``.stdout``, ``.stderr``)."""
    return Cli()


@pytest.fixture(scope="session")
def ex() -> object:
    """One Extractor (gazetteer from the shipped graph, Kiwi taught its names) for all extraction tests."""
    from kgraph import KnowledgeGraph
    from kgraph.extract.pipeline import Extractor

    return Extractor(KnowledgeGraph.shipped())
