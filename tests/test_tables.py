"""Tables for people: names in the reader's language, sources as URLs, folded to the terminal, IRIs on request.

The README's first command must print a table a person can read in a 100-column terminal.
"""
from __future__ import annotations

import csv
import io
import re
from pathlib import Path

import pytest
from click.testing import CliRunner
from rdflib import Literal, URIRef

from kgraph.cli import main
from kgraph.graph import KnowledgeGraph
from kgraph.query.labels import Labels, iris_in, lookup
from kgraph.query.result import QueryResult
from kgraph.query.table import display_width, fit, people_table, wrap

REPO = Path(__file__).resolve().parent.parent
ID = "https://w3id.org/kgraph/id/"


def readme_first_command() -> list[str]:
    readme = (REPO / "README.md").read_text(encoding="utf-8")
    first = re.search(r"```bash\n(.*?)```", readme, re.DOTALL)
    assert first
    command = first.group(1).strip().split("&&")[-1].split()
    assert command[0] == "kgraph"
    return command[1:]


def csv_answer(store: Path, *args: str) -> list[dict[str, str]]:
    res = CliRunner().invoke(main, ["query", "--store", str(store), "--format", "csv", *args])
    assert res.exit_code == 0, res.output
    return list(csv.DictReader(io.StringIO(res.output)))


def test_the_readme_command_fits_a_100_column_terminal(shipped_store: Path) -> None:
    args = readme_first_command()
    assert args[:2] == ["query", "--name"]
    res = CliRunner().invoke(main, [*args, "--store", str(shipped_store)], env={"COLUMNS": "100"})
    assert res.exit_code == 0, res.output
    lines = res.output.splitlines()
    assert max(display_width(line) for line in lines) <= 100
    assert "kgr:" not in res.output and ID not in res.output  # no IRI, internal or prefixed
    assert "(8 rows)" in res.output
    # every partner is named in the query's language (Korean, as the city was typed), from the graph itself
    full = csv_answer(shipped_store, *args[1:])
    for row in full:
        assert any(line.split()[1:2] == [row["name_ko"]] for line in lines), row["name_ko"]
    assert "city: 광명시" in lines


def test_sources_show_urls_and_titles_in_place_of_article_iris(shipped_store: Path) -> None:
    args = readme_first_command()[1:]
    full = csv_answer(shipped_store, *args)
    res = CliRunner().invoke(main, ["query", "--store", str(shipped_store), *args], env={"COLUMNS": "500"})
    with KnowledgeGraph.open(shipped_store, read_only=True) as kg:
        for row in full:
            for source in row["sources"].split(" ; "):
                if source.startswith(ID):  # an article of the graph: its URL, else its headline
                    url = [str(o) for _, _, o, _ in kg.backend.quads(URIRef(source), URIRef("https://schema.org/url"), None)]
                    title = kg.describe_label(URIRef(source))
                    assert (url and url[0] in res.output) or title in res.output
                else:
                    assert source in res.output.splitlines() or any(line.endswith(source) for line in res.output.splitlines())


def test_lang_iris_and_the_default_language(shipped_store: Path) -> None:
    runner = CliRunner()
    base = ["query", "--store", str(shipped_store), "--name", "partners", "-p", "city"]
    en = runner.invoke(main, [*base, "Osnabrück"], env={"COLUMNS": "100"}).output  # typed in English → English names
    assert en.splitlines()[2].startswith("Osnabrück  ")
    ko = runner.invoke(main, [*base, "Osnabrück", "--lang", "ko"], env={"COLUMNS": "100"}).output
    assert ko.splitlines()[2].startswith("오스나브뤼크  ")
    iris = runner.invoke(main, [*base, "Osnabrück", "--iris"], env={"COLUMNS": "200"}).output
    assert "kgr:city/de/osnabrueck" in iris and "kgr:city/kr/gwangmyeong" in iris
    raw_csv = csv_answer(shipped_store, "--name", "partners", "-p", "city", "Osnabrück")
    assert raw_csv[0]["city"] == ID + "city/de/osnabrueck"  # csv keeps the full values


def test_a_sparql_query_takes_the_language_of_its_own_labels(shipped_store: Path) -> None:
    q = "SELECT ?p WHERE { ?g rdfs:label '{}'@{} ; kg:partnerOf ?p } ORDER BY ?p"
    runner = CliRunner()
    ko = runner.invoke(main, ["query", "--store", str(shipped_store), q.replace("'{}'@{}", "'광명시'@ko")]).output
    en = runner.invoke(main, ["query", "--store", str(shipped_store), q.replace("'{}'@{}", "'Gwangmyeong'@en")]).output
    assert "오스틴" in ko and "Austin" not in ko
    assert "Austin" in en and "오스틴" not in en


def result(rows: list[list[object]], variables: list[str], labels: Labels | None = None) -> QueryResult:
    return QueryResult("SELECT", variables=variables, rows=[tuple(r) for r in rows], labels=labels)  # type: ignore[misc]


def test_constant_columns_are_said_once_and_repeated_names_left_out() -> None:
    a, b, c = (URIRef(ID + f"city/kr/{x}") for x in "abc")
    names = Labels(labels={str(a): {"ko": "가시", "en": "A"}, str(b): {"ko": "나시", "en": "B"},
                           str(c): {"ko": "다시", "en": "C"}})
    res = result([[a, b, Literal("나시", lang="ko")], [a, c, Literal("다시", lang="ko")]], ["city", "partner", "name"], names)
    lines = people_table(res, lang="ko", width=100).splitlines()
    assert lines[0] == "city: 가시"
    assert lines[1].split() == ["name"]  # partner only repeated name's values
    assert lines[3:5] == ["나시", "다시"] and lines[-1] == "(2 rows)"
    en = people_table(res, lang="en", width=100).splitlines()
    assert en[1].split() == ["partner", "name"] and en[3].split() == ["B", "나시"]
    with_iris = people_table(res, lang="ko", iris=True, width=200)
    assert "kgr:city/kr/b" in with_iris and "나시@ko" in with_iris


def test_unknown_iris_stay_short_and_literals_lose_their_tag() -> None:
    res = result([[URIRef("http://example.org/x"), URIRef(ID + "org/y"), Literal("Forum", lang="en")]], ["a", "b", "c"])
    line = people_table(res, lang="en", width=100).splitlines()[2]
    assert line.split() == ["http://example.org/x", "kgr:org/y", "Forum"]


def test_long_cells_are_folded_within_the_width() -> None:
    long = " ; ".join(f"https://news.example/articles/{i}/a-very-long-path-name?id={i * 7919}" for i in range(4))
    res = result([[Literal("광명시 탄소중립 국제포럼과 자매도시 교류의 밤"), Literal(long)]] * 3, ["event", "sources"])
    for width in (40, 60, 100):
        text = people_table(res, lang="ko", width=width)
        assert max(display_width(line) for line in text.splitlines()) <= width
        joined = "".join(text.split())
        for url in long.split(" ; "):
            assert url in joined  # folded, never cut


@pytest.mark.parametrize("text", ["https://kgnews.co.kr/news/article.html?no=802069", "광명시 탄소중립 국제포럼 성공 개최",
                                  "a" * 50, "Partnership between Gwangmyeong and Austin, Texas", "가나다라마바사아자차카타파하"])
@pytest.mark.parametrize("width", [5, 9, 16, 30])
def test_wrap_keeps_every_character_within_the_width(text: str, width: int) -> None:
    lines = wrap(text, width)
    assert all(display_width(line) <= width for line in lines)
    assert "".join(lines).replace(" ", "") == text.replace(" ", "")


def test_fit_narrows_the_widest_columns_first() -> None:
    assert fit([5, 12, 300], 60) == [5, 12, 43]
    assert fit([5, 12, 30], 60) == [5, 12, 30]
    assert sum(fit([50, 60, 70], 90)) == 90


def test_labels_lookup_reads_labels_and_urls(shipped_kg: KnowledgeGraph) -> None:
    gm = URIRef(ID + "city/kr/gwangmyeong")
    names = lookup(shipped_kg.backend, iris_in([(gm, Literal(f"{ID}city/us/austin ; https://x.example/"))]))
    assert names.label(str(gm), "ko") == "광명시" and names.label(str(gm), "en") == "Gwangmyeong"
    assert names.label(ID + "city/us/austin", "ko") == "오스틴"


def test_ask_tables_say_yes_or_no(shipped_store: Path) -> None:
    res = CliRunner().invoke(main, ["query", "--store", str(shipped_store), "ASK { ?c rdfs:label '광명시'@ko }"])
    assert res.exit_code == 0 and res.output == "yes\n"


def test_query_output_to_a_file(shipped_store: Path, tmp_path: Path) -> None:
    out = tmp_path / "p.txt"
    res = CliRunner().invoke(main, ["query", "--store", str(shipped_store), "--name", "partners", "-p", "city", "광명시",
                                    "-o", str(out)])
    assert res.exit_code == 0 and f"wrote {out} (table, 8 rows)" in res.output
    assert max(display_width(line) for line in out.read_text(encoding="utf-8").splitlines()) <= 100


def test_big_answers_get_their_names_when_first_needed(shipped_store: Path) -> None:
    q = "SELECT ?c WHERE { ?c a schema:City } ORDER BY ?c"
    with KnowledgeGraph.open(shipped_store, read_only=True) as kg:
        small = kg.query(q, limit=3)
        assert small.labels is not None  # few IRIs: looked up with the answer
        big = kg.query(q)
        assert len(big) > 500 and big.labels is None  # many: not yet
        assert big.names().label(str(big.rows[0][0]), "en")
        late = kg.query(q)
    table = late.serialize("table", width=100)  # names asked for after the store was closed: still an answer
    assert len(table.splitlines()) > 500
    assert small.serialize("table", width=100).splitlines()[2] == small.names().label(str(small.rows[0][0]), "en")
