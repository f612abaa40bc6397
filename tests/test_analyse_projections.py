"""Projections to networkx: partnership, co-attendance and city–event graphs, with flat typed attributes."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kgraph.analyse import VIEWS, to_networkx
from kgraph.errors import UsageError
from kgraph.graph import KnowledgeGraph

from _trig import HEAD, ID

# a–b: two kg:Partnership nodes for one pair (merged); b–c: bare kg:partnerOf edge; a–d: untyped, undated.
# One event with a, c and an organization; one with a only; a person attends (not a city or organization).
SMALL = HEAD + """
<graph/gazetteer> {
  <country/KR> a schema:Country ; kg:iso3166 "KR" ; rdfs:label "South Korea"@en .
  <country/US> a schema:Country ; kg:iso3166 "US" ; rdfs:label "United States"@en .
  <city/kr/a> a schema:City ; rdfs:label "A-si"@en, "에이시"@ko ; schema:containedInPlace <country/KR> .
  <city/us/b> a schema:City ; rdfs:label "Bee"@en ; schema:containedInPlace <country/US> .
  <city/kr/c> a schema:City ; rdfs:label "씨시"@ko ; schema:containedInPlace <country/KR> .
  <city/kr/d> a schema:City ; schema:containedInPlace <country/KR> .
  <org/x> a schema:Organization ; rdfs:label "Org X"@en .
  <person/p> a schema:Person ; rdfs:label "P"@en .
}
<graph/registry> {
  <tie/ab> a kg:Partnership ; kg:partner <city/kr/a>, <city/us/b> ; kg:partnershipType kg:SisterCity ;
      kg:since "1999"^^xsd:gYear ; prov:wasDerivedFrom <https://src.example/1>, <https://src.example/2> .
  <tie/ab2> a kg:Partnership ; kg:partner <city/kr/a>, <city/us/b> ; kg:since "2001"^^xsd:gYear ;
      prov:wasDerivedFrom <https://src.example/2>, <https://src.example/3> .
  <tie/ad> a kg:Partnership ; kg:partner <city/kr/a>, <city/kr/d> ; prov:wasDerivedFrom <https://src.example/4> .
  <city/kr/a> kg:partnerOf <city/us/b>, <city/kr/d> . <city/us/b> kg:partnerOf <city/kr/a>, <city/kr/c> .
  <city/kr/d> kg:partnerOf <city/kr/a> . <city/kr/c> kg:partnerOf <city/us/b> .
}
<article/1> {
  <article/1> a schema:NewsArticle ; schema:url <https://news.example/1> ; schema:datePublished "2024-11-05"^^xsd:date .
  <event/e1> a schema:Event ; schema:name "Forum"@en ; schema:startDate "2024-10-29"^^xsd:date ;
      schema:organizer <city/kr/a> ; schema:attendee <city/kr/c>, <org/x>, <person/p> .
  <event/e2> a schema:Event ; schema:name "Visit"@en ; schema:startDate "2024-10"^^xsd:gYearMonth ;
      schema:attendee <city/kr/a>, <city/kr/c> .
}
"""


def load(tmp_path: Path, text: str) -> KnowledgeGraph:
    """An in-memory graph holding only ``text`` (TriG)."""
    path = tmp_path / "graph.trig"
    path.write_text(text, encoding="utf-8")
    kg = KnowledgeGraph.memory(shipped=False)
    kg.load(path)
    return kg


@pytest.fixture()
def small(tmp_path: Path) -> KnowledgeGraph:
    return load(tmp_path, SMALL)


def assert_flat(g: nx.Graph) -> None:
    for _, data in list(g.nodes(data=True)) + [(None, d) for *_, d in g.edges(data=True)]:
        for key, value in data.items():
            assert type(value) in (str, int, float, bool), (key, value)


def test_partnership_merges_ties_of_one_pair(small: KnowledgeGraph) -> None:
    g = to_networkx(small, view="partnership")
    e = g.edges[ID + "city/kr/a", ID + "city/us/b"]
    assert e["tie_type"] == "SisterCity"
    assert (e["year"], e["years"], e["year_conflict"]) == (1999, "1999 2001", True)
    assert e["weight"] == 3  # sources 1, 2, 3: source 2 counted once
    assert e["sources"].split() == ["https://src.example/1", "https://src.example/2", "https://src.example/3"]
    assert e["tie"].split() == [ID + "tie/ab", ID + "tie/ab2"]


def test_partnership_keeps_bare_and_undated_ties_without_none(small: KnowledgeGraph) -> None:
    g = to_networkx(small, view="partnership")
    bare = g.edges[ID + "city/kr/c", ID + "city/us/b"]
    assert (bare["weight"], bare["sources"], bare["tie"], bare["tie_type"]) == (0, "", "", "")
    undated = g.edges[ID + "city/kr/a", ID + "city/kr/d"]
    assert "year" not in undated and undated["years"] == "" and undated["year_conflict"] is False
    assert g.number_of_edges() == 3
    assert_flat(g)


def test_partnership_node_labels_and_countries(small: KnowledgeGraph) -> None:
    g = to_networkx(small, view="partnership")
    assert g.nodes[ID + "city/kr/a"] == {"label": "A-si", "label_en": "A-si", "label_ko": "에이시", "country": "KR",
                                         "kind": "city"}
    assert g.nodes[ID + "city/kr/c"]["label"] == "씨시"  # Korean when no English label
    assert g.nodes[ID + "city/kr/d"]["label"] == "d"  # the IRI's last part when no label at all
    assert g.graph["view"] == "partnership"


def test_co_attendance_weighs_shared_events_and_leaves_out_people(small: KnowledgeGraph) -> None:
    g = to_networkx(small, view="co-attendance")
    assert g.edges[ID + "city/kr/a", ID + "city/kr/c"]["weight"] == 2
    assert g.edges[ID + "city/kr/a", ID + "org/x"]["weight"] == 1
    assert ID + "person/p" not in g
    assert g.nodes[ID + "org/x"]["kind"] == "organization"
    # kept distinct from ties: a and c attend together but have no tie
    assert not to_networkx(small).has_edge(ID + "city/kr/a", ID + "city/kr/c")
    assert all(d["kind"] == "co-attendance" for *_, d in g.edges(data=True))
    assert_flat(g)


def test_city_event_graph_is_bipartite(small: KnowledgeGraph) -> None:
    g = to_networkx(small, view="city-event")
    cities = {n for n, d in g.nodes(data=True) if d["bipartite"] == 0}
    events = {n for n, d in g.nodes(data=True) if d["bipartite"] == 1}
    assert cities == {ID + "city/kr/a", ID + "city/kr/c"}
    assert events == {ID + "event/e1", ID + "event/e2"}
    assert nx.bipartite.is_bipartite_node_set(g, cities)
    assert g.edges[ID + "city/kr/a", ID + "event/e1"]["role"] == "organizer"
    e1 = g.nodes[ID + "event/e1"]
    assert (e1["label"], e1["date"], e1["article"]) == ("Forum", "2024-10-29", ID + "article/1")
    assert_flat(g)


def test_unknown_view_names_the_choices(small: KnowledgeGraph) -> None:
    with pytest.raises(UsageError, match="partnership, co-attendance, city-event"):
        to_networkx(small, view="friends")


def test_empty_graph_gives_empty_projections() -> None:
    kg = KnowledgeGraph.memory(shipped=False)
    for view in VIEWS:
        assert to_networkx(kg, view=view).number_of_nodes() == 0


def test_shipped_partnership_graph() -> None:
    kg = KnowledgeGraph.shipped()
    g = to_networkx(kg)
    pairs = kg.query("SELECT (COUNT(*) AS ?n) { SELECT DISTINCT ?a ?b { ?t a kg:Partnership ; kg:partner ?a, ?b "
                     "FILTER(STR(?a) < STR(?b)) } }")
    assert g.number_of_edges() == int(next(iter(pairs))["n"])  # one edge per pair of partner cities
    austin = g.edges[ID + "city/kr/gwangmyeong", ID + "city/us/austin"]
    assert austin["tie_type"] == "SisterCity" and austin["year"] == 1999 and austin["weight"] >= 3
    assert_flat(g)
