"""Notebooks: docs/notebook.md run as a real notebook (nbclient + ipykernel), its outputs checked.

The code blocks of docs/notebook.md become the cells of a notebook that is executed in a fresh
folder; answers, DataFrames and views must display inline as HTML that loads nothing from anywhere.
"""
from __future__ import annotations

import re
from pathlib import Path

import pytest

from kgraph.graph import KnowledgeGraph

nbformat = pytest.importorskip("nbformat")
nbclient = pytest.importorskip("nbclient")
pytest.importorskip("ipykernel")
pytest.importorskip("pandas")

DOC = Path(__file__).resolve().parent.parent / "docs" / "notebook.md"


def doc_cells() -> list[str]:
    return re.findall(r"```python\n(.*?)```", DOC.read_text(encoding="utf-8"), re.DOTALL)


def html_of(cell: dict) -> str:  # type: ignore[type-arg]
    return "".join(o.get("data", {}).get("text/html", "") for o in cell["outputs"] if o["output_type"] == "execute_result")


def text_of(cell: dict) -> str:  # type: ignore[type-arg]
    return "".join(o.get("text", "") for o in cell["outputs"] if o["output_type"] == "stream")


@pytest.fixture(scope="module")
def executed(tmp_path_factory: pytest.TempPathFactory) -> list[dict]:  # type: ignore[type-arg]
    folder = tmp_path_factory.mktemp("notebook")
    nb = nbformat.v4.new_notebook()
    nb.cells = [nbformat.v4.new_code_cell(src.rstrip("\n")) for src in doc_cells()]
    nbformat.write(nb, folder / "walkthrough.ipynb")
    client = nbclient.NotebookClient(nb, timeout=300, kernel_name="python3",
                                     resources={"metadata": {"path": str(folder)}})
    client.execute()
    nbformat.write(nb, folder / "walkthrough.ipynb")
    assert (folder / "notebook.store").is_dir()  # the notebook ran where it was told to
    return nb.cells


def test_every_cell_runs_without_error(executed: list[dict]) -> None:  # type: ignore[type-arg]
    for cell in executed:
        assert not [o for o in cell["outputs"] if o["output_type"] == "error"], cell["source"]


def test_ingest_reads_the_header_block(executed: list[dict]) -> None:  # type: ignore[type-arg]
    assert "1 article(s) stored" in text_of(executed[0])
    found = html_of(executed[2])
    assert "수원시, 루마니아 클루지나포카시와 자매결연" in found and "2025-04-18" in found


def test_a_result_shows_as_a_table_of_names_and_links(executed: list[dict]) -> None:  # type: ignore[type-arg]
    shown = html_of(executed[1])
    assert shown.startswith("<table") and "8 rows" in shown
    kg = KnowledgeGraph.shipped()
    names = {str(r["ko"]) for r in kg.query("SELECT ?ko WHERE { ?g rdfs:label '광명시'@ko ; kg:partnerOf ?p . "
                                             "?p rdfs:label ?ko FILTER(LANG(?ko) = 'ko') }")}
    assert len(names) == 8 and all(f">{n}<" in shown for n in names)
    assert '<a href="https://en.wikipedia.org/wiki/List_of_twin_towns_and_sister_cities_in_South_Korea"' in shown
    assert ">kgr:" not in shown  # IRIs only as tooltips


def test_a_dataframe_shows_typed_columns(executed: list[dict]) -> None:  # type: ignore[type-arg]
    frame = html_of(executed[3])
    assert "<table" in frame and "partner_label" in frame and "오스나브뤼크" in frame
    counts = "".join(o.get("data", {}).get("text/plain", "") for o in executed[4]["outputs"])
    assert re.search(r"KR\s+4", counts)


def test_a_view_shows_inline_and_offline(executed: list[dict]) -> None:  # type: ignore[type-arg]
    view = html_of(executed[5])
    assert view.startswith("<iframe srcdoc=") and 'sandbox="allow-scripts"' in view
    for cell in executed:
        shown = html_of(cell)
        assert not re.search(r"<script[^>]+src=|<link[^>]+href=\"?https?:", shown.replace("&lt;", "<").replace(
            "&gt;", ">").replace("&quot;", '"'))
