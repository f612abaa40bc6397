"""Parameters are bound, never spliced: hostile values never change a query's shape (every backend, CLI)."""
from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

from kgraph import KnowledgeGraph
from kgraph.errors import NotFound, UsageError
from kgraph.store import backend_names
from kgraph.vocab import KG, KGR, PREFIXES, SCHEMA, country_iri

HOSTILE = [
    'x" || "1" = "1',
    '광명시" } UNION { ?city ?p ?partner } #',
    "x' } . ?s ?p ?o . FILTER('1'='1",
    "}",
    "UNION",
    "line one\nline two } UNION { ?a ?b ?c }",
    'back\\slash\\" } #',
    "<http://evil.example/> ?p ?o }",
    '광주"""@ko } UNION {',
    "$city ?city",
    "VALUES ?city { <http://evil.example/> }",
    "서울 \t탭 # 주석",
]
GM = KGR["city/kr/gwangmyeong"]


def hostile_city(i: int) -> URIRef:
    return KGR[f"city/zz/hostile-{i}"]


def hostile_quads() -> list[tuple]:
    """One city per hostile value, labelled with it (ko, en and as an alt label), partnered with Gwangmyeong."""
    g = URIRef("https://example.org/hostile-graph")
    quads = []
    for i, value in enumerate(HOSTILE):
        c = hostile_city(i)
        tie = KGR[f"tie/hostile-{i}"]
        quads += [(c, RDF.type, SCHEMA.City, g), (c, RDFS.label, Literal(value, lang="ko"), g),
                  (c, RDFS.label, Literal(value, lang="en"), g), (c, SCHEMA.containedInPlace, country_iri("KR"), g),
                  (c, KG.partnerOf, GM, g), (GM, KG.partnerOf, c, g), (tie, RDF.type, KG.Partnership, g),
                  (tie, KG.partner, c, g), (tie, KG.partner, GM, g),
                  (tie, KG.since, Literal("2001", datatype=XSD.gYear), g), (tie, KG.partnershipType, KG.SisterCity, g),
                  (tie, PROV.wasDerivedFrom, URIRef(f"https://example.org/source/{i}"), g)]
    return quads


#: the backends opened here without a location (the remote one runs the store contract on a live
#: Oxigraph server in test_store_contract.py)
LOCAL_BACKENDS = [name for name in backend_names() if name != "remote"]


@pytest.fixture(scope="module", params=LOCAL_BACKENDS)
def kg(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> Iterator[KnowledgeGraph]:
    if request.param == "oxigraph":
        g = KnowledgeGraph.open(tmp_path_factory.mktemp("params") / "kg.store")
    else:
        g = KnowledgeGraph.memory(backend=request.param)
    g.backend.add_quads(hostile_quads())
    yield g
    g.close()


def test_splicing_these_values_would_change_the_shape(kg: KnowledgeGraph) -> None:
    """The values are real injections: pasted into the text, the first one returns far more rows."""
    spliced = 'SELECT ?city WHERE { ?city rdfs:label ?l . FILTER(STR(?l) = "' + HOSTILE[0] + '") }'
    assert len(kg.query(spliced)) > 1000
    bound = "SELECT ?city ?v WHERE { ?city rdfs:label ?l . FILTER(STR(?l) = ?v) }"
    assert {r["city"] for r in kg.query(bound, bindings={"v": HOSTILE[0]})} == {hostile_city(0)}


@pytest.mark.parametrize("i", range(len(HOSTILE)))
def test_a_bound_value_is_data_in_a_named_query(kg: KnowledgeGraph, i: int) -> None:
    res = kg.named_query("partners", params={"city": HOSTILE[i]})
    assert res.variables[:2] == ["city", "partner"]
    assert [(r["city"], r["partner"]) for r in res] == [(hostile_city(i), GM)]
    assert str(next(iter(res))["since"]) == "2001"


@pytest.mark.parametrize("i", range(len(HOSTILE)))
def test_a_bound_value_is_data_in_a_query(kg: KnowledgeGraph, i: int) -> None:
    text = "SELECT ?city ?label WHERE { ?city rdfs:label ?label }"
    res = kg.query(text, bindings={"label": Literal(HOSTILE[i], lang="ko")})
    assert res.variables == ["city", "label"]
    assert res.rows == [(hostile_city(i), Literal(HOSTILE[i], lang="ko"))]
    # a plain string binding is a plain literal: it matches nothing here, and nothing else either
    assert kg.query(text, bindings={"label": HOSTILE[i]}).rows == []
    # the same through the time-limited worker
    assert kg.query(text, bindings={"label": Literal(HOSTILE[i], lang="en")}, timeout=10).rows == [
        (hostile_city(i), Literal(HOSTILE[i], lang="en"))]


@pytest.mark.parametrize("value", [v + " (not in the graph)" for v in HOSTILE[:4]] + ['" } #', "\n"])
def test_an_unknown_hostile_name_is_not_found(kg: KnowledgeGraph, value: str) -> None:
    with pytest.raises(NotFound, match="no city called"):
        kg.named_query("partners", params={"city": value})


@pytest.mark.parametrize("value", HOSTILE[:5])
def test_a_hostile_article_parameter_finds_nothing(kg: KnowledgeGraph, value: str) -> None:
    res = kg.named_query("article-facts", params={"article": value})
    assert res.variables[0] == "article" and res.rows == []


def test_hangul_names_and_aliases_resolve(kg: KnowledgeGraph) -> None:
    for name in ("광명시", "광명", "Gwangmyeong"):
        assert {r["partner"] for r in kg.named_query("partners", params={"city": name})} >= {KGR["city/de/osnabrueck"]}


def test_an_ambiguous_name_lists_its_candidates(kg: KnowledgeGraph) -> None:
    from kgraph.errors import AmbiguousName

    with pytest.raises(AmbiguousName) as err:
        kg.named_query("partners", params={"city": "광주"})
    assert len(err.value.candidates) >= 2
    assert all(c in str(err.value) for c in err.value.candidates)


def test_parameters_are_checked(kg: KnowledgeGraph) -> None:
    with pytest.raises(UsageError, match="needs -p city"):
        kg.named_query("partners")
    with pytest.raises(UsageError, match="no parameter"):
        kg.named_query("partners", params={"city": "광명시", "town": "x"})
    with pytest.raises(UsageError, match="no named query"):
        kg.named_query("no-such-query")


# -- the command line --------------------------------------------------------------------------------
@pytest.fixture(scope="module")
def hostile_store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("cli-params") / "kg.store"
    with KnowledgeGraph.open(path) as kg:
        kg.backend.add_quads(hostile_quads())
    return path


@pytest.mark.parametrize("i", range(len(HOSTILE)))
def test_cli_binds_hostile_parameters(cli, hostile_store: Path, i: int) -> None:  # type: ignore[no-untyped-def]
    res = cli("query", "--store", str(hostile_store), "--name", "partners", "-p", "city", HOSTILE[i], "--format", "csv")
    assert res.exit_code == 0, res.output
    lines = res.stdout.splitlines()
    assert lines[0].startswith("city,partner,")
    assert len(lines) == 2 and str(hostile_city(i)) in lines[1] and str(GM) in lines[1]


def test_cli_unknown_hostile_parameter_exits_2(cli, hostile_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("query", "--store", str(hostile_store), "--name", "partners", "-p", "city", '" } UNION { ?s ?p ?o } #x')
    assert res.exit_code == 2
    assert "no city called" in res.stderr


def test_prefixes_are_the_contract() -> None:
    assert PREFIXES["kg"] == "https://w3id.org/kgraph/ns#" and PREFIXES["kgr"] == "https://w3id.org/kgraph/id/"
