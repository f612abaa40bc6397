"""One model of a tie: the analyses (SPARQL rows), the graph views (quads) and the overview (patterns)
all read ties with :func:`kgraph.analyse.model.read_ties` into :class:`kgraph.analyse.model.Tie`."""
from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import get_args

import pytest

from kgraph import vocab
from kgraph.analyse import queries
from kgraph.analyse.model import TIE_ORDER, TIE_PREDICATES, TIE_TYPE_IRIS, Tie, TieType, read_ties
from kgraph.graph import KnowledgeGraph
from kgraph.views.index import GraphIndex, since_year, tie_kind
from kgraph.views.overview import read_overview
from kgraph.vocab import KG

from _trig import HEAD, ID, loaded
from conftest_views import shipped_with_article

# a–b: two partnerships (types, years, a registry year, a conflict flag, sources, an article source with
# its URL, a registry status) and the direct properties build writes; b–c: a bare kg:partnerOf edge;
# a–d: a partnership with a source only; c–d: an OtherTie partnership.
TIES = HEAD + """
<graph/gazetteer> {
  <city/kr/a> a schema:City . <city/us/b> a schema:City . <city/kr/c> a schema:City . <city/kr/d> a schema:City .
}
<graph/registry> {
  <tie/ab> a kg:Partnership ; kg:partner <city/kr/a>, <city/us/b> ; kg:partnershipType kg:SisterCity ;
      kg:since "1999"^^xsd:gYear ; kg:registryYear "1998" ; prov:wasDerivedFrom <https://src.example/1> .
  <tie/ad> a kg:Partnership ; kg:partner <city/kr/a>, <city/kr/d> ; prov:wasDerivedFrom <https://src.example/4> .
  <tie/cd> a kg:Partnership ; kg:partner <city/kr/c>, <city/kr/d> ; kg:partnershipType kg:OtherTie .
  <city/kr/a> kg:partnerOf <city/us/b> ; kg:sisterCityOf <city/us/b> . <city/us/b> kg:partnerOf <city/kr/a> .
  <city/kr/c> kg:partnerOf <city/us/b> .
}
<article/1> {
  <article/1> a schema:NewsArticle ; schema:url <https://news.example/1> .
  <tie/ab2> a kg:Partnership ; kg:partner <city/kr/a>, <city/us/b> ; kg:partnershipType kg:FriendshipCity ;
      kg:since "2001"^^xsd:gYear ; kg:sinceConflict true ; kg:registryStatus kg:Conflicting ;
      prov:wasDerivedFrom <article/1> .
  <city/kr/a> kg:partnerOf <city/us/b> .
}
"""


@pytest.fixture()
def small(tmp_path: Path) -> KnowledgeGraph:
    return loaded(tmp_path, TIES, "ties.trig")


def drawn_ties(kg: KnowledgeGraph) -> list[Tie]:
    """The ties the graph views draw, with an article source shown by its URL as the analyses show it."""
    index = GraphIndex.from_quads(kg.backend.quads())
    urls = {iri: art.url for iri, art in index.articles.items() if art.url}
    ties = [e.tie for _, e in sorted(index.edges.items()) if e.tie is not None]
    return [dataclasses.replace(t, sources=tuple(urls.get(s, s) for s in t.sources)) for t in ties]


def test_analyses_and_views_read_the_same_ties(small: KnowledgeGraph) -> None:
    analysed = queries.ties(small)
    assert analysed == drawn_ties(small)
    by_pair = {(t.a, t.b): t for t in analysed}
    ab = by_pair[(ID + "city/kr/a", ID + "city/us/b")]
    assert ab.partnerships == (ID + "tie/ab", ID + "tie/ab2")
    assert (ab.types, ab.since, ab.registry_years, ab.years) == (("sister", "friendship"), ("1999", "2001"),
                                                                 ("1998",), (1998, 1999, 2001))
    assert (ab.flagged, ab.status, ab.sources) == (True, ("conflicting",), ("https://news.example/1",
                                                                            "https://src.example/1"))
    # a bare kg:partnerOf edge: a tie and nothing more
    assert by_pair[(ID + "city/kr/c", ID + "city/us/b")] == Tie(ID + "city/us/b", ID + "city/kr/c")
    assert [(t.a[-1], t.b[-1], t.main_type) for t in analysed] == [  # sorted by the pair of IRIs
        ("a", "d", None), ("a", "b", "sister"), ("c", "d", "other"), ("c", "b", None)]


def test_analyses_and_views_read_the_same_ties_of_the_shipped_graph() -> None:
    kg = shipped_with_article()
    analysed = queries.ties(kg)
    assert len(analysed) > 100
    assert analysed == drawn_ties(kg)


def test_the_overview_reads_the_types_and_years_the_full_view_draws(small: KnowledgeGraph) -> None:
    overview = read_overview(small)["ties"]
    index = GraphIndex.from_quads(small.backend.quads())
    drawn = {(e.a, e.b): e for e in index.edges.values() if e.tie is not None}
    assert set(overview) == set(drawn)
    for pair, tie in overview.items():
        edge = drawn[pair]
        assert edge.tie is not None
        assert (tie_kind(tie), since_year(tie), tie.types) == (tie_kind(edge.tie), edge.year, edge.tie.types)
    assert since_year(overview[(ID + "city/kr/a", ID + "city/us/b")]) == 1999


def test_the_tie_types_are_the_vocabularys() -> None:
    assert get_args(TieType) == TIE_ORDER
    assert set(TIE_ORDER) == set(vocab.TIE_TYPES)
    assert dict(TIE_TYPE_IRIS) == {str(KG.SisterCity): "sister", str(KG.FriendshipCity): "friendship",
                                   str(KG.OtherTie): "other"}
    assert dict(TIE_PREDICATES) == {str(KG.partnerOf): None, str(KG.sisterCityOf): "sister",
                                    str(KG.friendshipCityOf): "friendship"}
    tie = Tie("b", "a", types=("other", "sister", "friendship"))
    assert (tie.types, tie.type_names(), tie.attrs()["tie_type"]) == (
        ("sister", "friendship", "other"), ["FriendshipCity", "OtherTie", "SisterCity"],
        "FriendshipCity OtherTie SisterCity")


P, TYPE, SINCE, CONFLICT, STATUS = (str(KG.partner), str(KG.partnershipType), str(KG.since), str(KG.sinceConflict),
                                    str(KG.registryStatus))


def test_read_ties_keeps_only_what_makes_a_tie() -> None:
    found = read_ties([
        ("urn:one-partner", [(P, "urn:a", False)]),
        ("urn:three-partners", [(P, "urn:a", False), (P, "urn:b", False), (P, "urn:c", False)]),
        ("urn:literal-partner", [(P, "urn:a", False), (P, "urn:x", True)]),
        ("urn:ab", [(P, "urn:b", False), (P, "urn:a", False), (TYPE, "urn:not-a-type", False),
                    (TYPE, str(KG.SisterCity), True), (TYPE, str(KG.OtherTie), False), (SINCE, "2003", True),
                    (CONFLICT, "1", True), (STATUS, "Confirmed", True), (STATUS, str(KG.New), False)]),
    ], [("urn:c", str(KG.friendshipCityOf), "urn:a"), ("urn:c", str(KG.region), "urn:d"),
        ("urn:e", str(KG.partnerOf), "urn:e")])
    assert found == [Tie("urn:a", "urn:b", partnerships=("urn:ab",), types=("other",), since=("2003",),
                         status=("confirmed", "new"), flagged=True),
                     Tie("urn:a", "urn:c", types=("friendship",))]
    selfish = read_ties([], [("urn:e", str(KG.partnerOf), "urn:e")], self_ties=True)
    assert [(t.a, t.b) for t in selfish] == [("urn:e", "urn:e")]


def test_ties_merge_into_one_per_pair() -> None:
    one = Tie("urn:b", "urn:a", partnerships=("urn:t1",), types=("friendship",), since=("2001",), sources=("s1",))
    two = Tie("urn:a", "urn:b", partnerships=("urn:t2",), types=("sister",), registry_years=("1999",),
              sources=("s1", "s2"))
    both = one.merged(two)
    assert both == Tie("urn:a", "urn:b", partnerships=("urn:t1", "urn:t2"), types=("sister", "friendship"),
                       since=("2001",), registry_years=("1999",), sources=("s1", "s2"))
    assert (both.year, both.conflict, both.weight, both.other("urn:a")) == (1999, True, 2, "urn:b")
    assert both.describe() == "FriendshipCity and SisterCity since 1999 or 2001 (sources disagree)"
