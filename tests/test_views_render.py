"""``kgraph.views.render``: what each option draws, and the errors that name their fix."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from kgraph import KnowledgeGraph
from kgraph.errors import AmbiguousName, NotFound, RenderError, UsageError
from kgraph.views import render
from kgraph.views.index import GraphIndex

from conftest_views import ARTICLE, ARTICLE_URL, HEADLINE, shipped_with_article


@pytest.fixture(scope="module")
def kg() -> KnowledgeGraph:
    return shipped_with_article()


def data_of(html: str) -> dict:
    text = re.search(r'<script type="application/json" id="kg-data">(.*?)</script>', html, re.DOTALL)
    assert text
    return json.loads(text.group(1))


def test_whole_graph_draws_every_entity(kg: KnowledgeGraph, tmp_path: Path) -> None:
    view = render(kg, tmp_path / "all.html")
    index = GraphIndex.from_quads(kg.backend.quads())
    assert view.nodes == len(index.entities) and view.edges == len(index.edges)
    assert view.path == tmp_path / "all.html" and view.path.read_text(encoding="utf-8") == view.html
    assert view.layout == "clusters" and not view.physics
    assert "nodes" in view.summary() and str(view.path) in view.summary()


def test_same_graph_same_file(kg: KnowledgeGraph) -> None:
    assert render(kg, city="광명시", depth=2).html == render(kg, city="광명시", depth=2).html


def test_ego_view_by_any_name(kg: KnowledgeGraph) -> None:
    by_ko = render(kg, city="광명시", depth=2)
    assert render(kg, city="Gwangmyeong", depth=2).html == by_ko.html
    assert render(kg, city="광명", depth=2).nodes == by_ko.nodes  # an alias
    data = data_of(by_ko.html)
    centre = data["nodes"][data["meta"]["center"]]
    assert centre["ko"] == "광명시" and centre["c"] is True
    names = {n["ko"] for n in data["nodes"]}
    assert {"오스나브뤼크", "오스틴", "야마토", "랴오청"} <= names  # the partners
    assert "2024 광명시 탄소중립 국제포럼" in names and "박승원" in names  # the forum and an attendee
    assert by_ko.title == "광명시 협력 네트워크 (거리 2)" and by_ko.physics


def test_article_view(kg: KnowledgeGraph) -> None:
    view = render(kg, article=ARTICLE_URL, lang="en")
    assert view.title == f"Article: {HEADLINE}"
    data = data_of(view.html)
    assert data["meta"]["scope"] == "article" and data["meta"]["lang"] == "en"
    assert str(ARTICLE) in {n["u"] for n in data["nodes"]}
    assert render(kg, article=str(ARTICLE)).nodes == view.nodes  # the article's IRI works too


def test_query_view(kg: KnowledgeGraph, tmp_path: Path) -> None:
    where = "WHERE { ?a kg:partnerOf ?b ; schema:containedInPlace/kg:iso3166 'DE' }"
    view = render(kg, query="CONSTRUCT { ?a kg:partnerOf ?b } " + where)
    data = data_of(view.html)
    pairs = {frozenset((str(r["a"]), str(r["b"]))) for r in kg.query("SELECT ?a ?b " + where)}
    assert {e["k"] for e in data["edges"]} == {"tie"} and view.edges == len(pairs) > 5
    assert view.nodes == len(set().union(*pairs))
    with pytest.raises(RenderError, match="CONSTRUCT"):
        render(kg, query="SELECT ?c WHERE { ?c a schema:City }")
    with pytest.raises(RenderError, match="nothing to draw"):
        render(kg, query="CONSTRUCT { ?c rdfs:label ?l } WHERE { ?c rdfs:label ?l FILTER(false) }")


@pytest.mark.parametrize("options, error, message", [
    ({"city": "광명시", "article": ARTICLE_URL}, UsageError, "not --city and --article"),
    ({"depth": 2}, UsageError, "--depth goes with --city"),
    ({"lang": "fr"}, UsageError, "--lang must be one of ko, en"),
    ({"city": "아틀란티스"}, NotFound, "no city called"),
    ({"article": "https://nowhere.example.org/x"}, RenderError, "no article"),
])
def test_wrong_options_name_the_fix(kg: KnowledgeGraph, options: dict, error: type, message: str) -> None:
    with pytest.raises(error, match=message):
        render(kg, **options)


def test_an_ambiguous_city_lists_its_candidates(kg: KnowledgeGraph) -> None:
    with pytest.raises(AmbiguousName) as info:
        render(kg, city="Gwangju")
    assert len(info.value.candidates) > 1


def test_output_is_checked_before_any_work(kg: KnowledgeGraph, tmp_path: Path) -> None:
    with pytest.raises(RenderError, match=r"end in .html"):
        render(kg, tmp_path / "graph.png")
    assert list(tmp_path.iterdir()) == []
