"""Counts kept as the store is written (kgraph.query.aggregates): the fast answer always equals the plain query's."""
from __future__ import annotations

from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import RDFS

from kgraph import KnowledgeGraph
from kgraph.query import aggregates
from kgraph.query.named import named_queries
from kgraph.vocab import KG, KGR, SCHEMA

FIX = Path(__file__).parent / "fixtures" / "articles"
NAME = "ties-per-country"
KR, JP, DE = KGR["country/kr"], KGR["country/jp"], KGR["country/de"]


def plain(kg: KnowledgeGraph) -> list[tuple]:
    """The named query's own text, run in full."""
    return sorted(tuple(map(str, r)) for r in kg.query(named_queries()[NAME].text).rows)


def fast(kg: KnowledgeGraph) -> list[tuple]:
    assert aggregates.ready(kg), "the counts should be current"
    return sorted(tuple(map(str, r)) for r in kg.named_query(NAME).rows)


def city(kg: KnowledgeGraph, name: str) -> URIRef:
    return kg.resolve(name, kind=SCHEMA.City)


def test_counted_counts_give_the_same_answer_in_the_same_order(store_path: Path) -> None:
    with KnowledgeGraph.open(store_path) as kg:
        assert not aggregates.ready(kg)  # a new store counts at its first `kgraph ingest` or `kgraph load`
        kg.recount()
        assert fast(kg) == plain(kg)
        assert len(fast(kg)) > 10
        assert kg.named_query(NAME).rows[0] == kg.query(named_queries()[NAME].text).rows[0]  # same order too


def test_kgraph_load_counts_again_and_a_store_without_counts_keeps_none(cli, store_path: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    a, b = "https://w3id.org/kgraph/id/city/kr/gwangmyeong", "https://w3id.org/kgraph/id/city/de/osnabrueck"
    extra = tmp_path / "x.ttl"
    extra.write_text(f"<https://example.org/t> <{KG.partner}> <{a}>, <{b}> ; <{KG.partnershipType}> <{KG.SisterCity}> .\n",
                     encoding="utf-8")
    with KnowledgeGraph.open(store_path) as kg:
        kg.recount()
        before = fast(kg)
    assert cli("load", "--store", str(store_path), str(extra)).exit_code == 0
    with KnowledgeGraph.open(store_path, read_only=True) as kg:
        assert fast(kg) == plain(kg) != before
    empty = KnowledgeGraph.memory(shipped=False)
    empty.load(extra)
    assert not aggregates.kept(empty) and len(empty) == 3


def test_the_named_query_reads_the_counts_when_they_are_current() -> None:
    kg = KnowledgeGraph.memory()
    assert aggregates.text_for(kg, NAME) is None  # no counts kept: the plain query
    kg.recount()
    assert aggregates.text_for(kg, NAME) == aggregates.FROM_COUNTS
    assert aggregates.text_for(kg, "partners") is None


def test_ingesting_articles_keeps_the_counts(store_path: Path) -> None:
    from kgraph.ingest import ingest

    with KnowledgeGraph.open(store_path) as kg:
        kg.recount()
        for f in sorted(FIX.iterdir()):
            ingest(kg, [f])
            assert fast(kg) == plain(kg), f.name
        ingest(kg, [FIX / "signing-ko.txt"])  # read again: replaced, counts unchanged
        assert fast(kg) == plain(kg)


@pytest.mark.parametrize("packed", [False, True], ids=["triples", "packed"])
def test_ties_added_retyped_moved_and_removed(packed: bool) -> None:
    """The same with the triples packed as N-Triples, as reading workers send them."""
    from kgraph.store.ntriples import pack

    kg = KnowledgeGraph.memory()
    if packed:
        write = kg.replace_graph
        kg.replace_graph = lambda g, triples: write(g, pack(triples))  # type: ignore[method-assign,misc,assignment,arg-type]
    kg.recount()
    a, b = city(kg, "광명시"), city(kg, "Osnabrück")
    g1, g2 = URIRef("https://example.org/g1"), URIRef("https://example.org/g2")
    tie = URIRef("https://example.org/tie/1")
    before = fast(kg)
    kg.replace_graph(g1, [(tie, KG.partner, a), (tie, KG.partner, b), (tie, KG.partnershipType, KG.SisterCity)])
    assert fast(kg) == plain(kg) != before
    kg.replace_graph(g2, [(tie, KG.partnershipType, KG.FriendshipCity)])  # the same tie stated again elsewhere
    assert fast(kg) == plain(kg)
    kg.replace_graph(g1, [(tie, KG.partner, a), (tie, KG.partnershipType, KG.FriendshipCity)])  # one partner gone
    assert fast(kg) == plain(kg)
    new_city = URIRef("https://example.org/city/x")
    kg.replace_graph(g2, [(tie, KG.partner, new_city), (new_city, SCHEMA.containedInPlace, JP),
                          (new_city, RDFS.label, Literal("X", lang="en"))])  # a city placed in a country
    assert fast(kg) == plain(kg)
    kg.replace_graph(g2, [(new_city, SCHEMA.containedInPlace, DE)])  # the city moves; its tie is elsewhere
    assert fast(kg) == plain(kg)
    kg.replace_graph(g1, [])
    kg.replace_graph(g2, [])
    assert fast(kg) == plain(kg) == before


def test_an_interrupted_write_leaves_the_counts_not_current_and_the_answer_right(
        store_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    with KnowledgeGraph.open(store_path) as kg:
        kg.recount()
        a, b = city(kg, "광명시"), city(kg, "Osnabrück")
        tie = URIRef("https://example.org/tie/2")
        g = URIRef("https://example.org/g")
        real = kg.backend.replace_graph

        def crash(graph, triples):  # type: ignore[no-untyped-def]
            if graph == g:
                raise RuntimeError("power cut")
            return real(graph, triples)

        monkeypatch.setattr(kg.backend, "replace_graph", crash)
        with pytest.raises(RuntimeError):
            kg.replace_graph(g, [(tie, KG.partner, a), (tie, KG.partner, b)])
        monkeypatch.undo()
        assert not aggregates.ready(kg)
        answer = sorted(tuple(map(str, r)) for r in kg.named_query(NAME).rows)  # runs in full
        assert answer == plain(kg)
        kg.replace_graph(g, [(tie, KG.partner, a), (tie, KG.partner, b)])  # counts not current: not kept
        assert not aggregates.ready(kg)
        kg.recount()
        assert fast(kg) == plain(kg)


def test_kgraph_ingest_recounts_a_store_whose_counts_are_not_current(cli, store_path: Path) -> None:  # type: ignore[no-untyped-def]
    with KnowledgeGraph.open(store_path) as kg:
        aggregates.write_counts(kg, {}, current=False)  # as an interrupted write leaves them
        assert not aggregates.ready(kg)
    result = cli("ingest", "--store", str(store_path), str(FIX / "visit-en.txt"))
    assert result.exit_code == 0, result.output
    with KnowledgeGraph.open(store_path, read_only=True) as kg:
        assert fast(kg) == plain(kg)
