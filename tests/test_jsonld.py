"""JSON-LD that every reader takes: one @context, language maps, read back by rdflib and by pyld.

The union (default) is read as one graph; ``--graphs`` keeps the named graphs; CONSTRUCT answers use
the same context (:mod:`kgraph.jsonld`).
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest
import rdflib
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.export import export
from kgraph.graph import KnowledgeGraph
from kgraph.jsonld import context, dataset_document

pyld = pytest.importorskip("pyld")
from pyld import jsonld  # noqa: E402

ID = "https://w3id.org/kgraph/id/"
EXTRA = """@prefix kg: <https://w3id.org/kgraph/ns#> .
@prefix schema: <https://schema.org/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/kgraph/id/article/jx> {
  <https://w3id.org/kgraph/id/article/jx> a schema:NewsArticle ; schema:headline "교류 소식"@ko ;
      schema:url "https://news.example/jx" ; schema:datePublished "2024-11-05"^^xsd:date .
  <https://w3id.org/kgraph/id/event/jx> a schema:Event ; rdfs:label "포럼"@ko, "Forum"@en ;
      schema:startDate "2024-10"^^xsd:gYearMonth ; kg:attendeeCount 30 ;
      schema:attendee <https://w3id.org/kgraph/id/city/kr/gwangmyeong> .
}
"""


@pytest.fixture(scope="module")
def small(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    """A store holding one article graph and the gazetteer's Gwangmyeong and Austin triples."""
    p = tmp_path_factory.mktemp("jx") / "extra.trig"
    p.write_text(EXTRA, encoding="utf-8")
    kg = KnowledgeGraph.memory(shipped=False)
    kg.load(p)
    shipped = KnowledgeGraph.shipped()
    keep = {rdflib.URIRef(ID + "city/kr/gwangmyeong"), rdflib.URIRef(ID + "city/us/austin")}
    quads = [q for q in shipped.backend.quads() if q[0] in keep]
    for g in {q[3] for q in quads}:
        kg.replace_graph(g, [(s, p_, o) for s, p_, o, gg in quads if gg == g])  # type: ignore[arg-type]
    return kg


def union(kg: KnowledgeGraph) -> set[tuple[rdflib.term.Node, ...]]:
    return {(s, p, o) for s, p, o, _ in kg.backend.quads()}


def test_the_context_declares_prefixes_and_language_maps() -> None:
    ctx = context()
    for prefix in ("schema", "kg", "kgr", "rdfs", "skos", "prov", "xsd"):
        assert ctx[prefix].startswith("http")
    assert ctx["label"] == {"@id": "rdfs:label", "@container": "@language"}
    assert ctx["altLabel"]["@container"] == "@language"
    ctx["label"] = "changed"
    assert context()["label"] != "changed"  # each call is a fresh copy


def test_the_union_reads_as_one_graph_in_rdflib(small: KnowledgeGraph, tmp_path: Path) -> None:
    done = export(small, tmp_path / "g.jsonld")
    assert done.counts == {"triples": len(union(small))}
    g = rdflib.Graph().parse(tmp_path / "g.jsonld", format="json-ld")
    assert set(g) == union(small)
    doc = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    assert next(iter(doc)) == "@context" and doc["@context"] == context()
    nodes = {n["@id"]: n for n in doc["@graph"]}
    gm = nodes[ID + "city/kr/gwangmyeong"]
    assert gm["label"] == {"ko": "광명시", "en": "Gwangmyeong"}  # a language map, not value objects
    assert gm["@type"] == "schema:City"
    assert nodes[ID + "event/jx"]["label"] == {"ko": "포럼", "en": "Forum"}
    assert nodes[ID + "article/jx"]["headline"] == {"ko": "교류 소식"}
    assert not any("@graph" in n for n in doc["@graph"])  # no named graphs in the union


def test_the_union_reads_back_in_pyld(small: KnowledgeGraph, tmp_path: Path) -> None:
    export(small, tmp_path / "g.jsonld")
    doc = json.loads((tmp_path / "g.jsonld").read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    g = rdflib.Graph().parse(data=nquads, format="nquads")
    assert set(g) == union(small)
    expanded = jsonld.expand(doc)
    gm = next(n for n in expanded if n["@id"] == ID + "city/kr/gwangmyeong")
    labels = {(v["@value"], v["@language"]) for v in gm["http://www.w3.org/2000/01/rdf-schema#label"]}
    assert labels == {("광명시", "ko"), ("Gwangmyeong", "en")}


def test_named_graphs_with_graphs_read_back_in_rdflib_and_pyld(small: KnowledgeGraph, tmp_path: Path) -> None:
    done = export(small, tmp_path / "ds.jsonld", graphs=True)
    quads = {(s, p, o, g) for s, p, o, g in small.backend.quads()}
    assert done.counts == {"quads": len(quads), "graphs": len(small.named_graphs())}
    ds = rdflib.Dataset()
    ds.parse(tmp_path / "ds.jsonld", format="json-ld")
    assert {(s, p, o, g) for s, p, o, g in ds.quads((None, None, None, None))} == quads
    doc = json.loads((tmp_path / "ds.jsonld").read_text(encoding="utf-8"))
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    back = rdflib.Dataset()
    back.parse(data=nquads, format="nquads")
    assert {(s, p, o, g) for s, p, o, g in back.quads((None, None, None, None))} == quads
    assert {item["@id"] for item in doc["@graph"]} == {str(g) for g in small.named_graphs()}


def test_default_graph_triples_stay_in_the_default_graph() -> None:
    s, p = rdflib.URIRef(ID + "city/x"), rdflib.RDFS.label
    text = dataset_document([(s, p, rdflib.Literal("엑스", lang="ko"), None),
                             (s, p, rdflib.Literal("X", lang="en"), rdflib.URIRef(ID + "graph/g"))], graphs=True)
    doc = json.loads(text)
    assert doc["@graph"][0] == {"@id": ID + "city/x", "label": {"ko": "엑스"}}
    assert doc["@graph"][1]["@id"] == ID + "graph/g"


def test_cli_export_jsonld_union_and_graphs(shipped_store: Path, tmp_path: Path) -> None:
    runner = CliRunner()
    res = runner.invoke(main, ["export", "--store", str(shipped_store), "-o", str(tmp_path / "all.jsonld")])
    assert res.exit_code == 0, res.output
    assert "(jsonld):" in res.output and "triples" in res.output
    g = rdflib.Graph().parse(tmp_path / "all.jsonld", format="json-ld")
    with KnowledgeGraph.open(shipped_store, read_only=True) as kg:
        assert len(g) == len(union(kg)) > 1000
    res = runner.invoke(main, ["export", "--store", str(shipped_store), "--graphs", "-o", str(tmp_path / "ng.jsonld")])
    assert res.exit_code == 0 and "graphs" in res.output
    bad = runner.invoke(main, ["export", "--store", str(shipped_store), "--graphs", "-o", str(tmp_path / "x.ttl")])
    assert bad.exit_code != 0 and "--graphs applies to jsonld" in bad.output
    assert not (tmp_path / "x.ttl").exists()


def test_construct_answers_as_jsonld(shipped_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "--store", str(shipped_store), "--format", "jsonld",
                                    "CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c rdfs:label ?l ; a schema:City ; "
                                    "rdfs:label '광명시'@ko }"])
    assert res.exit_code == 0, res.output
    doc = json.loads(res.output)
    assert doc["@context"] == context()
    g = rdflib.Graph().parse(data=res.output, format="json-ld")
    assert (rdflib.URIRef(ID + "city/kr/gwangmyeong"), rdflib.RDFS.label, rdflib.Literal("Gwangmyeong", lang="en")) in g
    nquads = jsonld.to_rdf(doc, {"format": "application/n-quads"})
    assert '"광명시"@ko' in nquads
    sel = CliRunner().invoke(main, ["query", "--store", str(shipped_store), "--format", "jsonld", "SELECT * { ?s ?p ?o } LIMIT 1"])
    assert sel.exit_code != 0 and "not a graph" in sel.output
