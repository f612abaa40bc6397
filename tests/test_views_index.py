"""Reading a store into a view's tables, and choosing what a view draws."""
from __future__ import annotations

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDF, RDFS

from kgraph import KnowledgeGraph
from kgraph.errors import RenderError
from kgraph.views import select
from kgraph.views.index import GraphIndex, Lit
from kgraph.views.regions import regions
from kgraph.vocab import KG, SCHEMA, city_iri

from conftest_views import (
    ARTICLE,
    AUSTIN,
    EASTBROOK,
    FORUM,
    GM,
    HANBIT,
    HB_ART_2013,
    HB_ART_2023,
    HB_SENTENCE_UPGRADE,
    MAYOR,
    NORDSTAD,
    OSNA,
    PUBLISHER,
    SENTENCE_FORUM,
    SENTENCE_TIE,
    TIE,
    VENUE,
    history_graphs,
    shipped_with_article,
)

gm, osna, austin, forum = str(GM), str(OSNA), str(AUSTIN), str(FORUM)


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return shipped_with_article()


@pytest.fixture(scope="module")
def index(kg: KnowledgeGraph) -> GraphIndex:
    return GraphIndex.from_quads(kg.backend.quads())


def tie(a: str, b: str) -> tuple[str, str, str]:
    return ("tie", *sorted((a, b)))  # type: ignore[return-value]


def test_entities_get_their_type_and_labels(index: GraphIndex) -> None:
    assert index.entities[gm] == "city"
    assert index.entities[str(FORUM)] == "event"
    assert index.entities[str(ARTICLE)] == "article"
    assert index.entities[str(MAYOR)] == "person"
    assert index.entities[str(PUBLISHER)] == "organization"
    assert index.entities[str(VENUE)] == "place"
    assert (index.labels[gm]["ko"], index.labels[gm]["en"]) == ("광명시", "Gwangmyeong")
    assert index.labels[osna]["ko"] == "오스나브뤼크"
    assert "Osnabrueck" in index.alt_labels[osna]
    assert str(TIE) not in index.entities  # a partnership is an edge, never a node
    assert index.years[forum] == 2024


def test_a_tie_stated_by_registry_and_article_is_one_edge_from_both(index: GraphIndex) -> None:
    edge = index.edges[tie(gm, osna)]
    assert edge.kind == "tie" and edge.tie is not None and edge.tie.types == ("sister",)
    assert index.source_of(edge) == "both"
    assert edge.year == 1997
    assert str(TIE) in edge.tie.partnerships
    busan_dubai = tie(str(city_iri("KR", "Busan")), str(city_iri("AE", "Dubai")))
    assert index.source_of(index.edges[busan_dubai]) == "registry"
    assert index.evidence_for(index.edges[busan_dubai]) == []
    ours = [ev for ev in index.evidence_for(edge) if ev.article == str(ARTICLE)]
    assert [ev.sentence for ev in ours] == [SENTENCE_TIE]
    assert (ours[0].start, ours[0].end) == (40, 40 + len(SENTENCE_TIE))


def test_relations_and_literal_facts_keep_their_evidence(index: GraphIndex) -> None:
    attend = index.edges[("rel", forum, str(SCHEMA.attendee), osna)]
    assert attend.kind == "event"
    assert [ev.sentence for ev in index.evidence_for(attend) if ev.article == str(ARTICLE)] == [SENTENCE_FORUM]
    count = Lit("500", "", "http://www.w3.org/2001/XMLSchema#integer")
    assert (str(KG.attendeeCount), count) in index.facts[forum]
    assert [ev.sentence for ev in index.evidence_of_fact(forum, str(KG.attendeeCount), count)] == [SENTENCE_FORUM]
    assert index.edges[("rel", str(MAYOR), str(SCHEMA.worksFor), gm)].kind == "affiliation"
    assert index.articles[str(ARTICLE)].publisher == str(PUBLISHER)


def test_a_partnership_without_two_cities_is_not_drawn() -> None:
    a, p = URIRef("urn:a"), URIRef("urn:p")
    idx = GraphIndex.from_quads([(a, RDF.type, SCHEMA.City, None), (p, RDF.type, KG.Partnership, None),
                                 (p, KG.partner, a, None), (a, RDFS.label, Literal("<b>", lang="ko"), None)])
    assert idx.edges == {}
    assert idx.labels["urn:a"] == {"ko": "<b>"}


def test_the_steps_of_a_tie_are_read_with_their_two_times_and_source() -> None:
    quads = [(s, p_, o, g) for g, triples in history_graphs().items() for s, p_, o in triples]
    stray = URIRef("urn:step:of-nothing")  # a step of a partnership the graph does not hold is not kept
    quads += [(stray, RDF.type, KG.PartnershipStep, None), (stray, KG.stepOf, URIRef("urn:tie:none"), None)]
    idx = GraphIndex.from_quads(quads)  # type: ignore[arg-type]
    edge = idx.edges[("tie", *sorted((str(HANBIT), str(EASTBROOK))))]
    steps = idx.steps_of(edge)
    assert [(s.kind, s.tie_type, s.date, s.reported, s.years) for s in steps] == [
        ("Signing", "other", "2005", "2013-06-01", None), ("Signing", "friendship", "2008", "2013-06-01", None),
        ("Upgrade", "sister", "2013", "2013-06-01", None), ("Upgrade", "sister", "2013", "2023-05-02", None),
        ("Anniversary", "sister", None, "2023-05-02", 10)]
    assert [s.article for s in steps] == [str(HB_ART_2013)] * 3 + [str(HB_ART_2023)] * 2
    assert [ev.sentence for ev in idx.evidence_about[steps[0].node]] == [HB_SENTENCE_UPGRADE]
    assert sum(len(v) for v in idx.steps.values()) == 5
    assert idx.steps_of(idx.edges[("tie", *sorted((str(HANBIT), str(NORDSTAD))))]) == []


def test_ego_network_of_gwangmyeong(kg: KnowledgeGraph, index: GraphIndex) -> None:
    partners = {str(r["partner"]) for r in kg.named_query("partners", params={"city": "광명시"})}
    one = select.ego(index, gm, depth=1)
    assert partners <= one.nodes
    assert forum in one.nodes  # the forum it organised
    assert str(ARTICLE) in one.nodes  # an article that mentions it
    assert all(index.entities[n] != "country" or n.endswith(("/KR", "/DE", "/US", "/CN", "/JP")) for n in one.nodes)
    two = select.ego(index, gm, depth=2)
    assert one.nodes < two.nodes
    assert len(two.nodes) < 120  # a country is context, never a hop: depth 2 does not reach all of Korea
    zero = select.ego(index, gm, depth=0)
    assert {n for n in zero.nodes if index.entities[n] == "city"} == {gm}
    assert all(index.edges[k].a in two.nodes and index.edges[k].b in two.nodes for k in two.edges)


def test_ego_rejects_what_it_cannot_draw(index: GraphIndex) -> None:
    with pytest.raises(RenderError, match="not a city"):
        select.ego(index, "urn:nowhere", depth=1)
    with pytest.raises(RenderError, match="--depth"):
        select.ego(index, gm, depth=-1)


def test_article_view_holds_what_the_article_says(index: GraphIndex) -> None:
    sel = select.article(index, str(ARTICLE))
    assert {gm, osna, austin, forum, str(MAYOR), str(VENUE), str(ARTICLE), str(PUBLISHER)} <= sel.nodes
    assert tie(gm, osna) in sel.edges
    assert tie(gm, austin) not in sel.edges  # in the registry, not in this article
    assert all(str(ARTICLE) in index.edges[k].graphs for k in sel.edges)
    with pytest.raises(RenderError, match="no article"):
        select.article(index, "https://w3id.org/kgraph/id/article/0000")


def test_construct_draws_its_triples_and_its_inventions(kg: KnowledgeGraph, index: GraphIndex) -> None:
    answer = kg.query("CONSTRUCT { ?a kg:sisterCityOf ?b . ?b kg:sharesForumWith ?a } WHERE { "
                      "?a rdfs:label '광명시'@ko ; kg:sisterCityOf ?b }")
    sel = select.construct(index, answer.triples)
    assert tie(gm, osna) in sel.edges
    invented = ("rel", osna, str(KG.sharesForumWith), gm)
    assert invented in sel.edges and sel.edge(index, invented).kind == "other"
    via_node = kg.query(f"CONSTRUCT {{ <{TIE}> kg:partner ?c }} WHERE {{ <{TIE}> kg:partner ?c }}")
    assert select.construct(index, via_node.triples).edges == {tie(gm, osna)}
    types_only = kg.query("CONSTRUCT { ?c a schema:City } WHERE { ?c rdfs:label 'Gwangmyeong'@en }")
    sel = select.construct(index, types_only.triples)
    assert sel.nodes == {gm} and sel.edges == set()


def test_regions_group_cities_by_country_and_province(index: GraphIndex) -> None:
    gyeonggi, kr = str(city_iri("KR", "Gyeonggi")), "https://w3id.org/kgraph/id/country/KR"
    found = regions(index, [gm, gyeonggi, osna, kr, forum])
    assert found[gm] == (kr, gyeonggi)
    assert found[gyeonggi] == (kr, gyeonggi)  # a province heads its own group
    assert found[osna] == ("https://w3id.org/kgraph/id/country/DE", "")
    assert found[kr] == (kr, "")
    assert forum not in found  # an event takes its neighbours' country later, in the layout
