"""Integration: the real articles in ../shared/corpus, scored by the shared scorer; the seed's traps.

Skipped when ../shared is absent. The articles are read from there, never copied into the repo.
"""
import re
import subprocess
import sys
from pathlib import Path

import pytest

from kgraph import KnowledgeGraph
from kgraph.ingest import ingest

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
CORPUS = SHARED / "corpus"
pytestmark = pytest.mark.skipif(not (CORPUS / "gwangmyeong-forum-2024.txt").exists(), reason="../shared/corpus absent")


def test_scorer_f1_on_the_shared_corpus():
    folders = [str(CORPUS)] + [str(p) for p in (CORPUS / "dev", CORPUS / "dev-en") if p.is_dir()]
    proc = subprocess.run([sys.executable, str(SHARED / "tools" / "score.py"), *folders,
                           "--kgraph", f"{sys.executable} -m kgraph"], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    last = proc.stdout.strip().splitlines()[-1]
    scores = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", last)}
    assert scores and min(scores.values()) >= 0.85, proc.stdout


@pytest.fixture(scope="module")
def seed_graph(tmp_path_factory):
    store = tmp_path_factory.mktemp("seed") / "store"
    kg = KnowledgeGraph.open(store)
    ingest(kg, [CORPUS / "gwangmyeong-forum-2024.txt"], overrides={"url": "urn:test:seed"})
    yield kg
    kg.close()


def ask(kg, q):
    return bool(kg.query("ASK { ?a schema:url 'urn:test:seed' . GRAPH ?a { " + q + " } }"))


def test_seed_must_not_list(seed_graph):
    kg = seed_graph
    # no partnership between 광명시 and 은평/오산
    for other in ("eunpyeong", "osan"):
        assert not ask(kg, f"<https://w3id.org/kgraph/id/city/kr/gwangmyeong> kg:partnerOf <https://w3id.org/kgraph/id/city/kr/{other}>")
    # no city of the weather widget anywhere in the article's graph
    for key in ("dongducheon", "gangneung", "seoul", "incheon", "suwon", "cheongju", "daejeon", "daegu", "jeonju",
                "ulsan", "gwangju", "busan", "yeosu", "jeju", "cheonan", "gyeongju", "geoje"):
        iri = f"<https://w3id.org/kgraph/id/city/kr/{key}>"
        assert not ask(kg, f"{{ ?x ?p {iri} }} UNION {{ {iri} ?p ?x }}"), key
    # nothing of the second story (the snow emergency): no 경기도 actor, no 김동연
    assert not ask(kg, r"?x ?p kgr:city\/kr\/gyeonggi")
    assert not ask(kg, "?p rdfs:label ?l . FILTER(CONTAINS(STR(?l), '김동연'))")
    # the capture date is not the publication date
    assert not ask(kg, "?a schema:datePublished ?d")
    # the evaluation meeting has no full date unless marked inferred
    assert not ask(kg, "?e a schema:Event ; schema:name ?n ; schema:startDate ?d . FILTER(CONTAINS(STR(?n), '평가회')) "
                       "FILTER NOT EXISTS { ?e kg:dateInferred true }")


def test_seed_reads_the_forum(seed_graph):
    rows = seed_graph.query("""SELECT ?d ?n WHERE { ?a schema:url 'urn:test:seed' . GRAPH ?a {
        ?e a schema:Event ; schema:startDate ?d ; kg:attendeeCount ?n } }""")
    assert {(str(r["d"]), int(r["n"])) for r in rows} == {("2024-10-29", 500)}
    partners = seed_graph.query("""SELECT ?p WHERE { ?a schema:url 'urn:test:seed' .
        GRAPH ?a { <https://w3id.org/kgraph/id/city/kr/gwangmyeong> kg:partnerOf ?p } }""")
    assert len(partners) == 8


def test_shipped_graph_carries_the_seed_reading_without_sentences():
    kg = KnowledgeGraph.shipped()
    assert kg.query("ASK { ?e a kg:Evidence ; kg:charStart ?s }")
    assert not kg.query("ASK { ?e a kg:Evidence ; kg:sentence ?s }")
    assert kg.query("ASK { ?e a schema:Event ; schema:attendee <https://w3id.org/kgraph/id/city/de/osnabrueck> }")
