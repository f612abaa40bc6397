"""The named queries shipped with kgraph, their headers, and their answers on the shipped graph."""
from __future__ import annotations

import pytest
from rdflib import Literal

from kgraph import KnowledgeGraph
from kgraph.query.named import get, named_queries, parse_header
from kgraph.query.result import QueryResult
from kgraph.vocab import KGR

GM = KGR["city/kr/gwangmyeong"]
REQUIRED = {"partners", "shared-partners", "events", "people", "article-facts", "ties-per-country"}


def test_the_required_named_queries_exist_with_headers() -> None:
    qs = named_queries()
    assert set(qs) >= REQUIRED
    for name, q in qs.items():
        assert q.name == name and q.description
        for p in q.params:
            assert p.kind in {"city", "article", "iri", "string"} and p.help
            assert f"?{p.name}" in q.text.split("WHERE")[0], f"{name}: ?{p.name} must be projected"
    assert [p.name for p in get("partners").params] == ["city"]
    assert get("ties-per-country").params == ()


def test_parse_header() -> None:
    q = parse_header("f", "# name: x\n# description: d\n# param: a (string) one\n# param: b (iri) two\nSELECT ?a ?b {}")
    assert (q.name, q.description, [p.name for p in q.params]) == ("x", "d", ["a", "b"])


def test_partners(shipped_kg: KnowledgeGraph) -> None:
    res = shipped_kg.named_query("partners", params={"city": "광명시"})
    by = {str(r["partner"]).rsplit("/", 1)[-1]: r for r in res}
    assert set(by) == {"osnabrueck", "austin", "liaocheng", "yamato", "jecheon", "buan", "sinan", "yeongam"}
    assert all(r["city"] == GM for r in res)
    assert {str(by[k]["since"]) for k in ("osnabrueck", "austin", "yamato", "jecheon", "buan")} == {
        "1997", "1999", "2009", "2008", "2016"}
    assert set(str(by["liaocheng"]["since"]).split(" | ")) == {"2003", "2005"}  # the conflict is kept
    assert str(by["osnabrueck"]["type"]) == "SisterCity"
    assert by["osnabrueck"]["name_ko"] == Literal("오스나브뤼크", lang="ko")
    assert str(by["austin"]["country"]) == "US"
    sources = str(by["osnabrueck"]["sources"]).split(" ; ")
    assert len(sources) >= 3 and all(s.startswith("http") for s in sources)


def test_shared_partners(shipped_kg: KnowledgeGraph) -> None:
    res = shipped_kg.named_query("shared-partners", params={"city": "광명시"})
    assert len(res) > 5
    rows = list(res)
    assert all(int(r["shared"]) >= 1 and r["other"] != GM for r in rows)
    assert [int(r["shared"]) for r in rows] == sorted((int(r["shared"]) for r in rows), reverse=True)
    mine = {r["partner"] for r in shipped_kg.named_query("partners", params={"city": "광명시"})}
    for r in rows[:5]:  # each shares what it claims
        theirs = {x["partner"] for x in shipped_kg.named_query("partners", params={"city": str(r["other"])})}
        assert len(mine & theirs) == int(r["shared"])


def test_events_people_and_article_facts(shipped_kg: KnowledgeGraph) -> None:
    for name in ("events", "people"):
        res = shipped_kg.named_query(name, params={"city": "광명시"})
        assert res.kind == "SELECT" and all(r["city"] == GM for r in res)
    article = shipped_kg.query("SELECT ?a WHERE { ?a a schema:NewsArticle }")
    if not len(article):
        pytest.skip("the shipped graph holds no article reading yet")
    iri = str(article.rows[0][0])
    facts = shipped_kg.named_query("article-facts", params={"article": iri})
    assert len(facts) > 0
    assert all(str(r["article"]) == iri and "subject" in r and "predicate" in r and "object" in r for r in facts)
    assert any("start" in r and "end" in r for r in facts)


def test_ties_per_country(shipped_kg: KnowledgeGraph) -> None:
    res = shipped_kg.named_query("ties-per-country")
    by = {str(r["country"]): r for r in res}
    assert {"KR", "CN", "JP", "US", "DE"} <= set(by)
    assert all(int(r["ties"]) >= int(r["sister"]) + int(r["friendship"]) for r in res)
    total = int(shipped_kg.query("SELECT (COUNT(DISTINCT ?t) AS ?n) WHERE { ?t a kg:Partnership }").rows[0][0])
    assert int(by["KR"]["ties"]) == total  # every tie has a Korean side
    counts = [int(r["ties"]) for r in res]
    assert counts == sorted(counts, reverse=True)


def test_results_iterate_as_dicts_and_serialise(shipped_kg: KnowledgeGraph) -> None:
    res = shipped_kg.named_query("partners", params={"city": "Gwangmyeong"}, limit=2)
    assert isinstance(res, QueryResult) and len(res) == 2 and res.truncated
    assert all(isinstance(row, dict) for row in res)
    table = res.serialize("table", iris=True)
    assert table.splitlines()[0].split()[:2] == ["city", "partner"] and "(2 rows)" in table
    for fmt in ("csv", "tsv", "json", "xml"):
        assert res.serialize(fmt)
