"""kgraph.extract.explain and ``kgraph extract --explain``: why a reading says what it says."""
import datetime as dt
import html
import json

from kgraph.extract.context import Mention
from kgraph.extract.explain import CURRENT, Trace, TracedMentions, explain_article, segments
from kgraph.extract.show import reading_json
from kgraph.read.article import Article

KO = ("광명시와 전북 부안군이 지난 10일 광명시청 중회의실에서 자매결연 협약을 체결했다.\n"
      "이날 협약식에는 박승원 광명시장과 권익현 부안군수 등 30여 명이 참석했다.\n")
EN = "Gwangmyeong and Austin signed a sister city agreement on Tuesday. Mayor Steve Adler attended.\n"


def _article(text, lang="ko"):
    return Article(text=text, url="urn:test:explain", language=lang, published=dt.date(2024, 5, 20))


def test_every_fact_and_mention_has_its_rule_and_sentence(ex):
    e = explain_article(_article(KO), ex)
    assert [s.index for s in e.sentences] == [1, 2]
    first = e.sentences[0]
    assert ("광명", "NNP") in first.tokens or any(t == "NNP" for _, t in first.tokens)
    found = {m.surface: m for m in first.mentions}
    assert "광명시" in found and found["광명시"].rule.startswith("ko_places.")
    assert "City" in found["광명시"].what and "kgr:city/kr/gwangmyeong" in found["광명시"].what
    ties = [f for f in first.facts if f[1] in ("kg:sisterCityOf", "kg:partnerOf")]
    assert ties and all(f[3].startswith("ties.") for f in ties)
    people = {m.surface for m in e.sentences[1].mentions if m.what.startswith("Person")}
    assert "박승원" in people
    n_facts = sum(len(s.facts) for s in e.sentences) + len(e.unplaced_facts)
    assert n_facts == len(e.reading.facts) and all(f[3] != "?" for s in e.sentences for f in s.facts)


def test_tracing_does_not_change_the_reading(ex):
    plain = reading_json(ex.read(_article(KO)))
    traced = reading_json(explain_article(_article(KO), ex).reading)
    assert plain == traced
    assert CURRENT.get() is None  # the trace ends with the reading


def test_english_tokens_carry_shapes(ex):
    e = explain_article(_article(EN, "en"), ex)
    assert ("Gwangmyeong", "Cap") in e.sentences[0].tokens
    assert any(m.surface.startswith("Gwangmyeong") for m in e.sentences[0].mentions)


def test_dropped_mentions_name_the_rule_that_dropped_them():
    trace = Trace()
    ms = TracedMentions(trace)
    m = Mention(0, 3, "오산시", None, "City")  # type: ignore[arg-type]

    def add_candidates():
        ms.append(m)

    def settle_short_names():
        ms.remove(m)

    add_candidates()
    settle_short_names()
    assert [s.rule for s, _ in trace.found] == ["test_extract_explain.add_candidates"]
    assert [(d.surface, d.rule) for d in trace.dropped] == [("오산시", "test_extract_explain.settle_short_names")]
    ms.append(m)
    ms[:] = []  # a filter that rebuilds the list drops what it leaves out
    assert len(trace.dropped) == 2


def test_segments_mark_found_and_dropped_without_overlap():
    from kgraph.extract.explain import Step

    segs = segments("광명시청에서", 0, [Step(0, 4, "광명시청", "a", "Place"), Step(0, 3, "광명시", "b", "City")], [])
    assert segs == [("광명시청", "found", "Place — a"), ("에서", "", "")]


def test_cli_explain_text_json_and_html(cli, tmp_path):
    art = tmp_path / "a.md"
    art.write_text("---\nurl: urn:test:cli-explain\npublished: 2024-05-20\nlanguage: ko\n---\n\n" + KO, encoding="utf-8")
    r = cli("extract", str(art), "--explain")
    assert r.exit_code == 0, r.output
    assert "[1] 광명시와" in r.stdout and "+ 광명시" in r.stdout and "by ko_places." in r.stdout
    assert "tokens: " in r.stdout and "= kgr:city/kr/gwangmyeong" in r.stdout
    r = cli("extract", str(art), "--explain", "--format", "json")
    data = json.loads(r.stdout)
    assert data["sentences"][0]["mentions"][0]["rule"]
    out = tmp_path / "why.html"
    r = cli("extract", str(art), "--explain", "--format", "html", "-o", str(out))
    assert r.exit_code == 0
    page = out.read_text(encoding="utf-8")
    assert "Content-Security-Policy" in page and "default-src 'none'" in html.unescape(page) and "<script" not in page
    assert '<mark class="found" title="City kgr:city/kr/gwangmyeong (full) — ko_places.recognise">광명시</mark>' in page


def test_cli_explain_escapes_article_text(cli, tmp_path):
    art = tmp_path / "x.txt"
    art.write_text("광명시는 <script>alert(1)</script> 부안군과 자매결연을 맺었다.\n", encoding="utf-8")
    r = cli("extract", str(art), "--explain", "--format", "html")
    assert r.exit_code == 0
    assert "<script>alert(1)" not in r.stdout and "&lt;script&gt;alert(1)" in r.stdout


def test_cli_explain_formats_need_explain(cli, tmp_path):
    art = tmp_path / "x.txt"
    art.write_text("광명시는 부안군과 자매결연을 맺었다.\n", encoding="utf-8")
    r = cli("extract", str(art), "--format", "html")
    assert r.exit_code == 2 and "add --explain" in r.output
    r = cli("extract", str(art), "--explain", "--format", "turtle")
    assert r.exit_code == 2 and "--format text, json or html" in r.output


def test_english_sentences_are_the_ones_the_reader_reads(ex):
    """``Gov. Ann Roe of Maryland and Gov. …``: one sentence (the reader undoes the split after ``Gov.``), so the
    explanation places each fact in the sentence that made it."""
    art = Article(text="Gov. Ann Roe of Maryland and Gov. Kim Ga-on of Gyeonggi Province signed the pact.",
                  url="urn:t", language="en")
    got = explain_article(art, ex)
    assert [s.text for s in got.sentences] == [art.text]
    assert any(f[1].endswith("worksFor") for s in got.sentences for f in s.facts)
