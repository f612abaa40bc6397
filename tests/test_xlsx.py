"""Spreadsheets: query answers and exports as .xlsx read back with openpyxl, CSV with a BOM read back by csv."""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.analyse.files import edge_rows
from kgraph.analyse.projections import VIEWS, to_networkx
from kgraph.cli import main
from kgraph.export import export
from kgraph.graph import KnowledgeGraph
from kgraph.xlsx import MAX_CELL, Sheet, cell_value, save

openpyxl = pytest.importorskip("openpyxl")

ID = "https://w3id.org/kgraph/id/"
TYPED = """@prefix schema: <https://schema.org/> .
@prefix kg: <https://w3id.org/kgraph/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/kgraph/id/article/xl> {
  <https://w3id.org/kgraph/id/event/xl1> a schema:Event ; rdfs:label "교류 포럼"@ko, "Exchange forum"@en ;
      schema:startDate "2024-10-30"^^xsd:date ; kg:year "2024"^^xsd:gYear ; kg:count 30 ; kg:share 0.5 .
  <https://w3id.org/kgraph/id/event/xl2> a schema:Event ; rdfs:label "협약식"@ko ;
      schema:startDate "2019-05-02"^^xsd:date ; kg:year "2019"^^xsd:gYear ; kg:count 12 ; kg:share 0.25 .
}
"""
TYPED_QUERY = ("SELECT ?e ?d ?y ?n ?s WHERE { ?e a schema:Event ; schema:startDate ?d ; kg:year ?y ; kg:count ?n ; "
               "kg:share ?s } ORDER BY ?d")


@pytest.fixture(scope="module")
def typed_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("xl")
    (folder / "typed.trig").write_text(TYPED, encoding="utf-8")
    store = folder / "store"
    with KnowledgeGraph.open(store) as kg:
        kg.load(folder / "typed.trig")
    return store


def read_sheet(path: Path, title: str | None = None) -> list[list[object]]:
    wb = openpyxl.load_workbook(path)
    ws = wb[title] if title else wb.active
    return [list(r) for r in ws.iter_rows(values_only=True)]


def test_query_xlsx_has_typed_cells_and_labels_beside_iris(typed_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "events.xlsx"
    res = CliRunner().invoke(main, ["query", "--store", str(typed_store), "--format", "xlsx", "-o", str(out),
                                    "--lang", "en", TYPED_QUERY])
    assert res.exit_code == 0, res.output
    assert f"wrote {out} (2 rows)" in res.output
    rows = read_sheet(out)
    assert rows[0] == ["e", "e_label", "d", "y", "n", "s"]
    assert rows[1] == [ID + "event/xl2", "협약식", dt.datetime(2019, 5, 2), 2019, 12, 0.25]  # no English label: Korean
    assert rows[2] == [ID + "event/xl1", "Exchange forum", dt.datetime(2024, 10, 30), 2024, 30, 0.5]
    assert openpyxl.load_workbook(out).active.cell(row=2, column=3).number_format == "yyyy-mm-dd"


def test_query_xlsx_matches_the_csv_answer(shipped_store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["query", "--store", str(shipped_store), "--name", "partners", "-p", "city", "광명시"]
    text = runner.invoke(main, [*args, "--format", "csv"]).output
    by_csv = list(csv.DictReader(io.StringIO(text)))
    res = runner.invoke(main, [*args, "--format", "xlsx", "-o", str(tmp_path / "p.xlsx")])
    assert res.exit_code == 0, res.output
    rows = read_sheet(tmp_path / "p.xlsx")
    header, body = rows[0], rows[1:]
    assert header[:4] == ["city", "city_label", "partner", "partner_label"]
    by_xlsx = [dict(zip(header, r)) for r in body]
    assert len(by_xlsx) == len(by_csv) == 8
    for a, b in zip(by_csv, by_xlsx):
        for k, v in a.items():
            assert str(b[k] if b[k] is not None else "") == v, k
        assert b["city_label"] == "광명시" and b["partner_label"] == a["name_ko"]  # names in the query's language


def test_xlsx_needs_an_output_file_and_a_select(shipped_store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["query", "--store", str(shipped_store), "--format", "xlsx", "ASK { ?s ?p ?o }"])
    assert res.exit_code != 0 and "-o FILE.xlsx" in res.output
    res = runner.invoke(main, ["query", "--store", str(shipped_store), "--format", "xlsx", "-o", str(tmp_path / "a.xlsx"),
                               "ASK { ?s ?p ?o }"])
    assert res.exit_code != 0 and "SELECT" in res.output and not (tmp_path / "a.xlsx").exists()


def test_csv_for_excel_starts_with_a_bom_and_reads_back(shipped_store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    args = ["query", "--store", str(shipped_store), "--name", "partners", "-p", "city", "광명시", "--format", "csv"]
    plain = runner.invoke(main, args).stdout_bytes
    res = runner.invoke(main, [*args, "--excel", "-o", str(tmp_path / "p.csv")])
    assert res.exit_code == 0, res.output
    data = (tmp_path / "p.csv").read_bytes()
    assert data.startswith(b"\xef\xbb\xbf") and not plain.startswith(b"\xef\xbb\xbf")
    with open(tmp_path / "p.csv", encoding="utf-8-sig", newline="") as f:
        excel_rows = list(csv.reader(f))
    assert excel_rows == list(csv.reader(io.StringIO(plain.decode("utf-8"))))
    assert "오스나브뤼크" in {r[3] for r in excel_rows}
    bad = runner.invoke(main, ["query", "--store", str(shipped_store), "--excel", "ASK { ?s ?p ?o }"])
    assert bad.exit_code != 0 and "--excel applies to --format csv" in bad.output


def test_export_xlsx_one_sheet_per_view(shipped_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "ties.xlsx"
    res = CliRunner().invoke(main, ["export", "--store", str(shipped_store), "-o", str(out)])
    assert res.exit_code == 0, res.output
    assert "(xlsx)" in res.output and "3 sheets" in res.output
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == list(VIEWS)
    with KnowledgeGraph.open(shipped_store, read_only=True) as kg:
        for view in VIEWS:
            columns, rows = edge_rows(to_networkx(kg, view=view))
            sheet = [list(r) for r in wb[view].iter_rows(values_only=True)]
            assert sheet[0] == columns
            assert len(sheet) - 1 == len(rows)
            for want, got in zip(rows, sheet[1:]):
                assert [want.get(c) if want.get(c) != "" else None for c in columns] == got
    ties = [dict(zip(wb["partnership"][1], r)) for r in wb["partnership"].iter_rows(min_row=2, values_only=True)]
    head = [c.value for c in wb["partnership"][1]]
    for col in ("tie_type", "year", "sources", "source_label", "target_label"):
        assert col in head
    years = [r[head.index("year")] for r in wb["partnership"].iter_rows(min_row=2, values_only=True)]
    assert any(isinstance(y, int) for y in years) and not any(isinstance(y, str) for y in years)
    assert ties


def test_export_xlsx_of_one_view(shipped_kg: KnowledgeGraph, tmp_path: Path) -> None:
    done = export(shipped_kg, tmp_path / "co.xlsx", view="co-attendance")
    assert done.counts["sheets"] == 1
    assert openpyxl.load_workbook(tmp_path / "co.xlsx").sheetnames == ["co-attendance"]


def test_cells_excel_refuses_are_made_safe(tmp_path: Path) -> None:
    long = "가" * (MAX_CELL + 10)
    when = dt.datetime(2024, 10, 30, 9, 0, tzinfo=dt.timezone(dt.timedelta(hours=9)))
    save(tmp_path / "s.xlsx", [Sheet("a/b", ["text", "long", "when"], [["x\x01y", long, when]])])
    wb = openpyxl.load_workbook(tmp_path / "s.xlsx")
    assert wb.sheetnames == ["a_b"]
    row = [c.value for c in wb["a_b"][2]]
    assert row[0] == "xy" and len(row[1]) == MAX_CELL and row[1].endswith("…")
    assert row[2] == dt.datetime(2024, 10, 30, 0, 0)  # in UTC
    assert cell_value(dt.date(2024, 1, 2)) == dt.date(2024, 1, 2)
