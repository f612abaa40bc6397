"""kgraph.extract.reading_state: an Extractor owns its reading state, so a reading never depends on
what was read before it (by this Extractor, by another one, or by the process).

Real articles are read from ../shared/corpus when it is there (never copied here); the invented texts
below are written for this test and always read.
"""
import datetime as dt
import json
import os
import subprocess
import sys
from dataclasses import asdict
from pathlib import Path

import pytest
from rdflib import Graph
from rdflib.compare import to_canonical_graph

from kgraph.extract.pipeline import Extractor
from kgraph.read.article import Article

REPO = Path(__file__).resolve().parents[1]
CORPUS = REPO.parent / "shared" / "corpus"
#: a dozen corpus articles, Korean and English (the seed page first: read first or last, it once differed)
PICKS = ("gwangmyeong-forum-2024.txt", "dev/01.txt", "dev/03.txt", "dev/06.txt", "dev/09.txt", "dev/12.txt",
         "dev/41.txt", "dev/44.txt", "dev-en/15.txt", "dev-en/18.txt", "dev-en/61.txt", "dev-en/64.txt")
#: invented texts; in the listed order the event named "2024 …" comes before the byline "입력 2024.05.20",
#: which Kiwi reads as one serial number: once a process-wide word cache kept that reading of "2024" for
#: every later article, and the event lost its year (read in the other order)
INVENTED = (
    ("충주시는 17일 충주시청 대회의실에서 2024 충주 청소년 국제포럼을 열었다.\n"
     "이날 포럼에는 충주시와 자매결연을 맺은 베트남 하이퐁시 청소년 대표단 12명이 참석했다.\n"),
    ("한 해 동안 준비한 문화 교류 행사가 안동시청에서 열렸다.\n"
     "안동시와 중국 취푸시는 우호 관계를 맺고 있다. 두 도시 관계자 20여 명이 참석한 이 행사는 교류가 이어지고 있는 증거다.\n"),
    ("남원시 대표단은 15일 독일 뮌헨시를 방문해 청소년 교류 협약을 체결할 예정이다.\n"
     "이번 방문에는 박은서 남원시 부시장 등 8명이 함께한다.\n"),
    ("영주시, 중국 하얼빈시와 공무원 교류 확대\n입력 2024.05.20 10:12\n"
     "영주시는 자매도시인 중국 하얼빈시에 올해 공무원 2명을 파견했다고 20일 밝혔다.\n"),
)

#: run in a fresh interpreter: read the articles given on stdin, in that order, with one Extractor
_FRESH = """
import datetime as dt, json, sys
from kgraph import KnowledgeGraph
from kgraph.extract.pipeline import Extractor
from kgraph.read.article import Article
sys.path.insert(0, sys.argv[1])
from test_extract_state import canonical
ex = Extractor(KnowledgeGraph.shipped())
out = {}
for a in json.load(sys.stdin):
    a["published"] = dt.date.fromisoformat(a["published"]) if a["published"] else None
    a["dropped"] = tuple(a["dropped"])
    art = Article(**a)
    out[art.key] = canonical(ex.read(art))
json.dump(out, sys.stdout)
"""


def canonical(reading) -> str:
    """The article's graph as sorted canonical N-Triples (blank nodes, if any, relabelled)."""
    from kgraph.rdf import to_triples

    g = Graph()
    for t in to_triples(reading):
        g.add(t)
    return "\n".join(sorted(to_canonical_graph(g).serialize(format="nt").strip().splitlines()))


def _articles() -> list[Article]:
    """The corpus picks (when ../shared/corpus is there), then the invented texts."""
    from kgraph.read import read_article

    corpus = [read_article(CORPUS / p) for p in PICKS] if (CORPUS / PICKS[0]).exists() else []
    return corpus + [Article(text=t, url=f"urn:test:state:{i}", language="ko", published=dt.date(2024, 5, 20))
                     for i, t in enumerate(INVENTED)]


def _read_in_fresh_interpreter(arts: list[Article]) -> dict[str, str]:
    rows = [{**asdict(a), "published": a.published.isoformat() if a.published else None} for a in arts]
    env = {**os.environ, "PYTHONPATH": os.pathsep.join([str(REPO), os.environ.get("PYTHONPATH", "")])}
    done = subprocess.run([sys.executable, "-c", _FRESH, str(Path(__file__).parent)], input=json.dumps(rows),
                          capture_output=True, text=True, env=env, timeout=600, check=True)
    return json.loads(done.stdout)  # type: ignore[no-any-return]


def _same(expected: dict[str, str], got: dict[str, str], how: str) -> None:
    for key, nt in expected.items():
        if got[key] != nt:
            a, b = set(nt.splitlines()), set(got[key].splitlines())
            pytest.fail(f"{key[:60]!r} read {how} differs: only in a fresh process {sorted(a - b)[:3]}, only {how} {sorted(b - a)[:3]}")


@pytest.mark.slow
def test_same_graph_in_any_order_with_one_extractor_or_a_fresh_one(ex):
    arts = _articles()
    fresh = _read_in_fresh_interpreter(arts)  # a new process: nothing read before these, in the listed order
    one = Extractor(gazetteer=ex.gazetteer, registry=ex.registry)
    backward = {a.key: canonical(one.read(a)) for a in reversed(arts)}
    again = {a.key: canonical(one.read(a)) for a in arts}  # the same Extractor, a second time, in the first order
    alone = {a.key: canonical(Extractor(gazetteer=ex.gazetteer, registry=ex.registry).read(a)) for a in arts}
    assert set(fresh) == {a.key for a in arts} and all(fresh.values())
    _same(fresh, backward, "in the other order")
    _same(fresh, again, "a second time")
    _same(fresh, alone, "by a fresh Extractor")


@pytest.mark.slow  # loads a second Kiwi (about a second, more on a busy machine)
def test_an_extractor_with_other_names_never_sees_anothers_answers(ex):
    from kgraph.extract.gazetteer import Gazetteer
    from kgraph.extract.ko_events import tags
    from kgraph.extract.ko_people import strip_particle

    plain = Extractor(gazetteer=Gazetteer(), registry={})  # a Kiwi taught no names
    word = "헤이룽장성과"
    with ex.state.active():
        taught = tags(word), strip_particle(word)
    with plain.state.active():
        untaught = tags(word), strip_particle(word)
    assert taught[0] == (("헤이룽장성", "NNP"), ("과", "JC"))  # the store's region, whole
    assert untaught[0] == tuple((t.form, t.tag.split("-")[0]) for t in plain.kiwi.tokenize(word)) != taught[0]
    assert taught[1] == untaught[1] == "헤이룽장성"


def test_word_tags_belong_to_one_reading():
    from kgraph.extract.reading_state import ReadingState, kiwi, word_tags
    from kgraph.extract.text_units import sentences

    state = ReadingState()
    with state.active():
        sentences("회의를 마친 뒤 만찬을 한 대표단은 공원을 둘러봤다.")
        assert word_tags("대표단은") is not None and kiwi() is state.analyser
    with state.active():  # the next reading starts with nothing of the last one
        assert word_tags("대표단은") is None
    assert word_tags("대표단은") is None  # and nothing is kept outside a reading


def test_extractors_of_the_same_names_share_the_analyser_not_the_tables(ex):
    other = Extractor(gazetteer=ex.gazetteer, registry=ex.registry)
    assert other.kiwi is ex.kiwi  # loaded once: about a second and ~350 MB
    assert other.state is not ex.state


def test_prepared_paragraphs_give_the_same_reading_without_asking_kiwi_again(ex, monkeypatch):
    """Extractor.prepare analyses the articles' paragraphs ahead, in one run: the readings are the ones
    made without it, and no paragraph prepared is analysed again while they are read."""
    arts = _articles()
    plain = {a.key: canonical(ex.read(a)) for a in arts}
    one = Extractor(gazetteer=ex.gazetteer, registry=ex.registry)
    one.prepare(arts)
    calls: list[str] = []
    real = type(one.kiwi).split_into_sents

    def counted(self, text, *args, **kw):
        calls.append(text)
        return real(self, text, *args, **kw)

    monkeypatch.setattr(type(one.kiwi), "split_into_sents", counted)
    prepared = {a.key: canonical(one.read(a)) for a in arts}
    _same(plain, prepared, "with its paragraphs prepared")
    assert calls == []
    one.prepare(arts[:1])  # a new preparation replaces the last one: the others are analysed as they are read
    one.read(arts[-1])
    assert calls
