"""Export: RDF read back by rdflib and kgraph, GraphML/GEXF by networkx, CSV by the csv module; atomic writes."""
from __future__ import annotations

import csv
import io
from pathlib import Path

import networkx as nx
import pytest
import rdflib
from click.testing import CliRunner

from kgraph.analyse import to_networkx
from kgraph.cli import main
from kgraph.errors import UsageError
from kgraph.export import FORMATS, atomic_write, export, format_for
from kgraph.graph import KnowledgeGraph

ID = "https://w3id.org/kgraph/id/"
EXTRA = """@base <https://w3id.org/kgraph/id/> .
@prefix kg: <https://w3id.org/kgraph/ns#> .
@prefix schema: <https://schema.org/> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<article/x> {
  <article/x> a schema:NewsArticle ; schema:headline "교류 소식"@ko ; schema:datePublished "2024-11-05"^^xsd:date .
  <event/x> a schema:Event ; schema:name "Forum"@en ; schema:startDate "2024-10"^^xsd:gYearMonth ;
      schema:attendee <city/kr/gwangmyeong>, <city/us/austin> .
}
"""


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    """The shipped graph plus one more article graph."""
    p = tmp_path_factory.mktemp("extra") / "extra.trig"
    p.write_text(EXTRA, encoding="utf-8")
    g = KnowledgeGraph.memory()
    g.load(p)
    return g


def quads_by_graph(kg: KnowledgeGraph) -> dict[str, int]:
    out: dict[str, int] = {}
    for *_, g in kg.backend.quads():
        out[str(g)] = out.get(str(g), 0) + 1
    return out


def distinct_triples(kg: KnowledgeGraph) -> int:
    return len({(s, p, o) for s, p, o, _ in kg.backend.quads()})


@pytest.mark.parametrize("fmt,parse", [("trig", "trig"), ("nquads", "nquads"), ("jsonld", "json-ld")])
def test_quad_formats_keep_named_graphs_for_rdflib(kg: KnowledgeGraph, tmp_path: Path, fmt: str, parse: str) -> None:
    done = export(kg, tmp_path / f"out.{fmt}", format=fmt, graphs=fmt == "jsonld")
    assert done.counts == {"quads": len(kg), "graphs": len(kg.named_graphs())}
    ds = rdflib.Dataset()
    ds.parse(tmp_path / f"out.{fmt}", format=parse)
    assert len(list(ds.quads((None, None, None, None)))) == len(kg)
    names = {str(c.identifier) for c in ds.graphs() if len(c)}
    assert names == {str(g) for g in kg.named_graphs()}
    assert len(ds.graph(rdflib.URIRef(ID + "article/x"))) == quads_by_graph(kg)[ID + "article/x"]


@pytest.mark.parametrize("fmt,parse", [("turtle", "turtle"), ("ntriples", "nt")])
def test_triple_formats_write_the_union(kg: KnowledgeGraph, tmp_path: Path, fmt: str, parse: str) -> None:
    done = export(kg, tmp_path / f"out.{fmt}", format=fmt)
    g = rdflib.Graph()
    g.parse(tmp_path / f"out.{fmt}", format=parse)
    assert len(g) == done.counts["triples"] == distinct_triples(kg)
    assert (rdflib.URIRef(ID + "city/kr/gwangmyeong"), rdflib.RDFS.label, rdflib.Literal("광명시", lang="ko")) in g


@pytest.mark.parametrize("suffix", [".trig", ".nq", ".jsonld"])
def test_export_loads_back_into_a_store_with_the_same_counts(kg: KnowledgeGraph, tmp_path: Path, suffix: str) -> None:
    out = tmp_path / f"out{suffix}"
    export(kg, out, graphs=suffix == ".jsonld")
    back = KnowledgeGraph.memory(shipped=False)
    back.load(out)
    assert quads_by_graph(back) == quads_by_graph(kg)


def test_trig_round_trips_through_kgraph_load_into_a_new_store(tmp_path: Path) -> None:
    src = tmp_path / "extra.trig"
    src.write_text(EXTRA, encoding="utf-8")
    only = KnowledgeGraph.memory(shipped=False)
    only.load(src)
    export(only, tmp_path / "article.trig")
    store = tmp_path / "store"
    result = CliRunner().invoke(main, ["load", str(tmp_path / "article.trig"), "--store", str(store)])
    assert result.exit_code == 0, result.output
    with KnowledgeGraph.open(store, read_only=True) as back:
        counts = quads_by_graph(back)
        shipped = quads_by_graph(KnowledgeGraph.shipped())
        assert counts[ID + "article/x"] == len(only)
        assert len(back) == sum(shipped.values()) + len(only)


def test_graphml_reads_back_with_typed_attributes(kg: KnowledgeGraph, tmp_path: Path) -> None:
    g = to_networkx(kg)
    done = export(kg, tmp_path / "ties.graphml")
    back = nx.read_graphml(tmp_path / "ties.graphml")
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert done.counts == {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
    e = back.edges[ID + "city/kr/gwangmyeong", ID + "city/us/austin"]
    assert e["year"] == 1999 and isinstance(e["year"], int) and e["tie_type"] == "SisterCity"
    assert e["year_conflict"] is False and e["weight"] == g.edges[ID + "city/kr/gwangmyeong", ID + "city/us/austin"]["weight"]
    assert back.nodes[ID + "city/kr/gwangmyeong"]["label_ko"] == "광명시"


def test_gexf_reads_back_with_a_timeline(kg: KnowledgeGraph, tmp_path: Path) -> None:
    g = to_networkx(kg)
    export(kg, tmp_path / "ties.gexf")
    back = nx.read_gexf(tmp_path / "ties.gexf")
    assert (back.number_of_nodes(), back.number_of_edges()) == (g.number_of_nodes(), g.number_of_edges())
    assert back.graph["mode"] == "dynamic"
    e = back.edges[ID + "city/kr/gwangmyeong", ID + "city/us/austin"]
    assert e["start"] == "1999-01-01" and e["tie_type"] == "SisterCity"
    dated = sum(1 for *_, d in g.edges(data=True) if "year" in d)
    assert sum(1 for *_, d in back.edges(data=True) if "start" in d) == dated
    text = (tmp_path / "ties.gexf").read_text(encoding="utf-8")
    assert 'timeformat="date"' in text and 'label="Gwangmyeong"' in text


def test_gexf_of_the_city_event_view_dates_events(kg: KnowledgeGraph, tmp_path: Path) -> None:
    export(kg, tmp_path / "events.gexf", view="city-event")
    back = nx.read_gexf(tmp_path / "events.gexf")
    assert back.nodes[ID + "event/x"]["start"] == "2024-10-01"
    assert back.edges[ID + "city/us/austin", ID + "event/x"]["start"] == "2024-10-01"


def test_csv_has_one_row_per_tie(kg: KnowledgeGraph, tmp_path: Path) -> None:
    done = export(kg, tmp_path / "ties.csv")
    raw = (tmp_path / "ties.csv").read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")  # BOM: spreadsheets then read Hangul as UTF-8
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    assert len(rows) == done.counts["rows"] == to_networkx(kg).number_of_edges()
    austin = next(r for r in rows if {r["source"], r["target"]} == {ID + "city/kr/gwangmyeong", ID + "city/us/austin"})
    assert (austin["tie_type"], austin["year"], austin["year_conflict"]) == ("SisterCity", "1999", "false")
    assert len(austin["sources"].split()) == int(austin["weight"]) >= 3
    assert {austin["source_label"], austin["target_label"]} == {"Gwangmyeong", "Austin"}


def test_csv_of_co_attendance(kg: KnowledgeGraph, tmp_path: Path) -> None:
    export(kg, tmp_path / "co.csv", view="co-attendance")
    rows = list(csv.DictReader(io.StringIO((tmp_path / "co.csv").read_text(encoding="utf-8-sig"))))
    pair = next(r for r in rows if {r["source"], r["target"]} == {ID + "city/kr/gwangmyeong", ID + "city/us/austin"})
    assert ID + "event/x" in pair["events"].split()


def test_format_from_suffix_and_refusals(kg: KnowledgeGraph, tmp_path: Path) -> None:
    assert [format_for(f"x{s}") for s in (".ttl", ".trig", ".nq", ".nt", ".jsonld", ".graphml", ".gexf", ".csv",
                                          ".xlsx")] == list(FORMATS)
    with pytest.raises(UsageError, match="--format"):
        format_for("x.ods")
    with pytest.raises(UsageError, match="--view applies"):
        export(kg, tmp_path / "x.ttl", view="partnership")
    with pytest.raises(UsageError, match="create it"):
        export(kg, tmp_path / "missing" / "x.ttl")


def test_atomic_write_keeps_the_old_file_when_writing_fails(tmp_path: Path) -> None:
    target = tmp_path / "out.ttl"
    target.write_text("old", encoding="utf-8")

    def fail(out: object) -> None:
        out.write(b"half")  # type: ignore[attr-defined]
        raise RuntimeError("disk full")

    with pytest.raises(RuntimeError):
        atomic_write(target, fail)
    assert target.read_text(encoding="utf-8") == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.ttl"]
    atomic_write(target, lambda out: out.write(b"new"))
    assert target.read_text(encoding="utf-8") == "new" and (target.stat().st_mode & 0o777) != 0o600


# -- N-Quads in shards, for bulk loaders ------------------------------------------------------------
def test_nquads_shards_hold_every_quad_once_and_each_graph_whole(cli, shipped_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    import pyoxigraph as ox

    from kgraph.export import shard_names

    whole = tmp_path / "whole.nq"
    assert cli("export", "--store", str(shipped_store), "-o", str(whole)).exit_code == 0
    result = cli("export", "--store", str(shipped_store), "--format", "nquads", "--shards", "3",
                 "-o", str(tmp_path / "all.nq"))
    assert result.exit_code == 0, result.output
    files = shard_names(tmp_path / "all.nq", 3)
    assert [f.name for f in files] == ["all-1-of-3.nq", "all-2-of-3.nq", "all-3-of-3.nq"]
    assert "3 shards" in result.output
    parts = [list(ox.parse(path=str(f), format=ox.RdfFormat.N_QUADS)) for f in files]
    assert sum(1 for part in parts if part) >= 2, "the graphs are spread over the shards"
    assert sorted(map(str, (q for part in parts for q in part))) == sorted(
        map(str, ox.parse(path=str(whole), format=ox.RdfFormat.N_QUADS)))
    homes: dict[str, set[int]] = {}
    for i, part in enumerate(parts):
        for q in part:
            homes.setdefault(str(q.graph_name), set()).add(i)
    assert all(len(h) == 1 for h in homes.values())  # a graph is never split
    assert not list(tmp_path.glob(".*.tmp"))


def test_shards_need_nquads(cli, shipped_store, tmp_path) -> None:  # type: ignore[no-untyped-def]
    result = cli("export", "--store", str(shipped_store), "--format", "trig", "--shards", "2", "-o", str(tmp_path / "a.trig"))
    assert result.exit_code == 2 and "--format nquads" in result.output
    assert not list(tmp_path.iterdir())
