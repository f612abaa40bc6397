"""One IRI per person from name and body (kgraph.extract.people_keys), on invented sentences and on the
visible corpus (the issue's one-node check: read from ../shared/corpus, skipped when it is absent)."""
import json
from pathlib import Path

import pytest
from rdflib import URIRef

from kgraph import vocab as V
from kgraph.extract.people_keys import person_iri
from kgraph.names_key import korean_rr_key
from kgraph.read.article import Article

CITY = "https://w3id.org/kgraph/id/city/kr/"
CORPUS = Path(__file__).resolve().parents[2] / "shared" / "corpus"


@pytest.mark.parametrize("latin, hangul", [
    ("Park Seung-won", "박승원"), ("Lee Sang-il", "이상일"), ("Kim Young-chul", "김영철"),
    ("Jung Myung-geun", "정명근"), ("Choi Dae-ho", "최대호"), ("Shin Sang Jin", "신상진"),
])
def test_latin_korean_names_key_like_their_hangul(latin, hangul):
    assert person_iri(latin, URIRef(CITY + "x")) == person_iri(hangul, URIRef(CITY + "x"))


@pytest.mark.parametrize("a, b", [
    ("Park Seung-won", "박성원"),  # another given name
    ("Lee Jae-jun", "이재춘"),  # 준 and 춘 differ
    ("Katharina Pötter", "카타리나 푀터"),  # not a Korean name: left to review
])
def test_other_names_do_not_meet(a, b):
    assert person_iri(a, URIRef(CITY + "x")) != person_iri(b, URIRef(CITY + "x"))


def test_the_body_is_part_of_the_key():
    assert person_iri("김철수", URIRef(CITY + "busan-namgu")) != person_iri("김철수", URIRef(CITY + "ulsan-namgu"))
    assert korean_rr_key("Nguyen Van An") is None


def test_a_body_found_later_in_the_article_keys_the_person(ex):
    # the mayor is named with his title alone first, with his city's title later: one person of that city
    r = ex.read(Article(text="박민수 시장은 대표단을 맞았다. 이어 박민수 충주시장은 협약서에 서명했다.", language="ko"))
    people = [iri for iri, e in r.entities.items() if e.type == "Person"]
    assert people == [person_iri("박민수", URIRef(CITY + "chungju"))]
    assert all(f.s in people for f in r.facts if f.p == V.SCHEMA.worksFor)


@pytest.mark.skipif(not CORPUS.is_dir(), reason="the shared corpus is not beside the project")
def test_one_node_per_city_and_person_over_the_seed_and_four_articles(cli, tmp_path):
    folder = tmp_path / "in"
    folder.mkdir()
    files = [CORPUS / "gwangmyeong-forum-2024.txt", *(CORPUS / "dev" / f"{n}.txt" for n in ("08", "09", "11", "12")),
             CORPUS / "dev-en" / "18.txt"]
    for f in files:
        (folder / f"{f.parent.name}-{f.name}").write_text(f.read_text(encoding="utf-8"), encoding="utf-8")
    store = tmp_path / "kg.store"
    assert cli("ingest", "-q", "--store", str(store), str(folder)).exit_code == 0
    for hangul in ("광명", "오스나브뤼크", "오스틴", "부안", "박승원"):
        r = cli("query", "--store", str(store), "--format", "json",
                "SELECT ?e (COUNT(DISTINCT ?g) AS ?n) WHERE { GRAPH ?g { ?g schema:mentions ?e } "
                "?e a ?t ; rdfs:label|schema:name ?name . VALUES ?t { schema:City schema:Person } "
                f"FILTER(STRSTARTS(STR(?name), '{hangul}')) }} GROUP BY ?e")
        rows = json.loads(r.stdout)["results"]["bindings"]
        naming = sum(hangul in f.read_text(encoding="utf-8") for f in files)
        assert len(rows) == 1, (hangul, rows)  # one node
        assert int(rows[0]["n"]["value"]) == naming, hangul  # named by every article that names it


def test_a_person_with_no_body_is_the_articles_own():
    a, b = URIRef("https://w3id.org/kgraph/id/article/aaaa1111"), URIRef("https://w3id.org/kgraph/id/article/bbbb2222")
    assert person_iri("김철수", None, article=a) != person_iri("김철수", None, article=b)
    assert person_iri("김철수", None, article=a) == person_iri("김철수", None, article=a)  # stable on re-reading


def test_no_body_in_two_articles_gives_two_people(ex):
    one = ex.read(Article(text="김철수 대표가 축사를 했다.", url="urn:test:a", language="ko"))
    two = ex.read(Article(text="김철수 대표가 환영사를 했다.", url="urn:test:b", language="ko"))
    pa = {i for i, e in one.entities.items() if e.type == "Person"}
    pb = {i for i, e in two.entities.items() if e.type == "Person"}
    assert pa and pb and not pa & pb
