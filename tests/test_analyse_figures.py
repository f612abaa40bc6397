"""Figures: partners, path, shared partners, rankings, communities and stats."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest

from kgraph.analyse import communities, partners, path, rank, shared_partners, stats
from kgraph.analyse.centrality import MEASURES, NETWORK_VIEWS, _power_pagerank, betweenness, pagerank
from kgraph.errors import AmbiguousName, NotFound, UsageError
from kgraph.graph import KnowledgeGraph

from _trig import HEAD, ID, loaded


def city(key: str, en: str, ko: str, cc: str = "KR") -> str:
    return (f'<city/{key}> a schema:City ; rdfs:label "{en}"@en, "{ko}"@ko ; '
            f'schema:containedInPlace <country/{cc}> .\n')


def tie(a: str, b: str, *, year: str = "", src: str = "https://src.example/x", kind: str = "SisterCity") -> str:
    since = f' ; kg:since "{year}"^^xsd:gYear' if year else ""
    return (f"<tie/{a}-{b}> a kg:Partnership ; kg:partner <city/{a}>, <city/{b}> ; kg:partnershipType kg:{kind}"
            f"{since} ; prov:wasDerivedFrom <{src}> .\n<city/{a}> kg:partnerOf <city/{b}> . "
            f"<city/{b}> kg:partnerOf <city/{a}> .\n")


# A chain a – hub – c, a second route a – x – y – c (longer), a shared partner s of a and c,
# two cities called "Jung" (ambiguous), and an island pair i1 – i2.
CHAIN = HEAD + "<graph/g> {\n" + "".join([
    '<country/KR> a schema:Country ; kg:iso3166 "KR" .\n<country/US> a schema:Country ; kg:iso3166 "US" .\n',
    city("a", "Alpha", "알파시"), city("hub", "Hub", "허브시"), city("c", "Gamma", "감마시", "US"),
    city("x", "Ex", "엑스시"), city("y", "Why", "와이시"), city("s", "Shared", "공유시"),
    city("j1", "Jung", "중구"), city("j2", "Jung", "중구"), city("i1", "Island", "섬시"), city("i2", "Isle", "섬2시"),
    "<city/a> skos:altLabel \"알파\"@ko .\n",
    tie("a", "hub", year="1999", src="https://src.example/ah"),
    tie("hub", "c", year="2005", src="https://src.example/hc"),
    tie("a", "x"), tie("x", "y"), tie("y", "c"),
    tie("a", "s", kind="FriendshipCity", year="2010"), tie("c", "s", year="2011"),
    tie("j1", "hub"), tie("i1", "i2"),
]) + "}\n"


@pytest.fixture()
def chain(tmp_path: Path) -> KnowledgeGraph:
    return loaded(tmp_path, CHAIN, "chain.trig")


def test_partners_by_korean_alias(chain: KnowledgeGraph) -> None:
    found = partners(chain, "알파")
    assert found.city.iri == ID + "city/a"
    by_name = {p.partner.label: p.tie for p in found.partners}
    assert set(by_name) == {"Hub", "Ex", "Shared"}
    assert by_name["Hub"].sources == ("https://src.example/ah",)
    assert by_name["Shared"].describe() == "FriendshipCity since 2010"


def test_path_takes_the_shortest_chain_with_sources(chain: KnowledgeGraph) -> None:
    found = path(chain, "Alpha", "감마시")
    assert found.linked
    hops = [(s.start.label, s.end.label) for s in found.steps]
    assert len(hops) == 2 and hops[0][0] == "Alpha" and hops[-1][1] == "Gamma"
    assert hops in ([("Alpha", "Hub"), ("Hub", "Gamma")], [("Alpha", "Shared"), ("Shared", "Gamma")])


def test_path_prefers_the_best_sourced_of_equal_chains(tmp_path: Path) -> None:
    text = HEAD + "<graph/g> {\n" + "".join([
        '<country/KR> a schema:Country ; kg:iso3166 "KR" .\n',
        city("a", "A", "가"), city("m1", "M1", "엠1"), city("m2", "M2", "엠2"), city("b", "B", "나"),
        tie("a", "m1"), tie("m1", "b"), tie("a", "m2", src="https://s/1"), tie("m2", "b", src="https://s/2"),
        "<tie/a-m2> prov:wasDerivedFrom <https://s/3> .\n",
    ]) + "}\n"
    p = tmp_path / "g.trig"
    p.write_text(text, encoding="utf-8")
    kg = KnowledgeGraph.memory(shipped=False)
    kg.load(p)
    assert [s.end.label for s in path(kg, "A", "B").steps] == ["M2", "B"]


def test_path_between_unlinked_cities_is_empty(chain: KnowledgeGraph) -> None:
    found = path(chain, "Alpha", "Island")
    assert not found.linked and found.steps == ()


def test_ambiguous_and_unknown_names_are_refused(chain: KnowledgeGraph) -> None:
    with pytest.raises(AmbiguousName) as info:
        path(chain, "중구", "Alpha")
    assert {ID + "city/j1", ID + "city/j2"} == set(info.value.candidates)
    with pytest.raises(NotFound):
        partners(chain, "Atlantis")


def test_shared_partners(chain: KnowledgeGraph) -> None:
    found = shared_partners(chain, "Alpha", "Gamma")
    assert {sp.partner.label for sp in found.shared} == {"Hub", "Shared"}
    shared = next(sp for sp in found.shared if sp.partner.label == "Shared")
    assert (shared.tie_a.year, shared.tie_b.year) == (2010, 2011)
    assert found.direct is None
    assert shared_partners(chain, "Alpha", "Hub").direct is not None


def test_rank_by_degree_betweenness_and_pagerank(chain: KnowledgeGraph) -> None:
    by_degree = rank(chain, by="degree", top=3).ranked
    # Alpha (hub, x, s), Gamma (hub, y, s) and Hub (a, c, j1) tie on 3 partners: ordered by name
    assert [(r.entity.label, r.score) for r in by_degree] == [("Alpha", 3.0), ("Gamma", 3.0), ("Hub", 3.0)]
    top = rank(chain, by="betweenness", top=3)
    assert top.ranked[0].score >= top.ranked[1].score >= top.ranked[2].score
    assert top.sample is None  # exact on a small graph
    assert rank(chain, by="betweenness", sample=2).sample == 2
    pr = rank(chain, by="pagerank", top=None)
    assert abs(sum(r.score for r in pr.ranked) - 1.0) < 1e-6


def test_rank_refuses_unknown_measure_and_bipartite_view(chain: KnowledgeGraph) -> None:
    with pytest.raises(UsageError, match="degree, betweenness, pagerank"):
        rank(chain, by="closeness")
    with pytest.raises(UsageError, match="not a network of cities"):
        rank(chain, view="city-event")
    assert MEASURES == ("degree", "betweenness", "pagerank") and "city-event" not in NETWORK_VIEWS


def test_power_pagerank_matches_networkx() -> None:
    g = nx.karate_club_graph()
    for u, v in g.edges:
        g.edges[u, v]["weight"] = 1 + (u + v) % 3
    ours = _power_pagerank(g, alpha=0.85, tol=1e-12, max_iter=500)
    ref = pagerank(g)
    assert max(abs(ours[n] - ref[n]) for n in g) < 1e-6


def test_fast_betweenness_matches_networkx() -> None:
    base = nx.les_miserables_graph()
    g = nx.relabel_nodes(base, {n: f"https://example.org/{n}" for n in base})
    for k in (None, 20):
        ref = nx.betweenness_centrality(g, k=k, seed=0 if k else None, normalized=True)
        ours = betweenness(g, k=k)
        assert max(abs(ours[n] - ref[n]) for n in g) < 1e-12


def test_communities_split_the_island(chain: KnowledgeGraph) -> None:
    found = communities(chain)
    island = next(c for c in found if any(m.label == "Island" for m in c.members))
    assert {m.label for m in island.members} == {"Island", "Isle"}
    assert sum(c.size for c in found) == 9  # the second Jung has no tie, so it is not in the network
    assert [c.size for c in found] == sorted((c.size for c in found), reverse=True)
    assert communities(chain) == found  # deterministic


def test_stats_on_the_shipped_graph() -> None:
    kg = KnowledgeGraph.shipped()
    s = stats(kg)
    ties = int(next(iter(kg.query("SELECT (COUNT(DISTINCT ?t) AS ?n) { ?t a kg:Partnership }")))["n"])
    assert s.ties == ties and sum(n for _, n in s.ties_by_type) >= ties
    assert {c: n for c, _, n in s.ties_by_country}["KR"] == ties  # every shipped tie has a Korean side
    assert s.quads == len(kg) and s.unsourced_ties == 0 and s.facts_without_evidence == 0


def test_stats_count_unsourced_ties_and_facts_without_evidence(tmp_path: Path) -> None:
    text = HEAD + """
<graph/g> { <tie/t> a kg:Partnership ; kg:partner <city/a>, <city/b> . }
<article/1> {
  <article/1> a schema:NewsArticle .
  <event/e> a schema:Event ; schema:attendee <city/a>, <city/b> .
  <person/p> schema:worksFor <city/a> .
  <city/a> kg:partnerOf <city/b> . <city/b> kg:partnerOf <city/a> .
  <ev/1> a kg:Evidence ; rdf:subject <event/e> ; rdf:predicate schema:attendee ; rdf:object <city/a> .
  <ev/2> a kg:Evidence ; rdf:subject <city/a> ; rdf:predicate kg:sisterCityOf ; rdf:object <city/b> .
}
"""
    p = tmp_path / "g.trig"
    p.write_text(text, encoding="utf-8")
    kg = KnowledgeGraph.memory(shipped=False)
    kg.load(p)
    s = stats(kg)
    # without evidence: attendee b, worksFor; both partnerOf triples are covered by the sisterCityOf evidence
    assert (s.unsourced_ties, s.facts_without_evidence, s.articles) == (1, 2, 1)
    assert dict(s.ties_by_type) == {"untyped": 1}
