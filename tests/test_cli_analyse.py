"""The analyse, validate and export commands through click's CliRunner: exit codes and output."""
from __future__ import annotations

from pathlib import Path

import networkx as nx
import pytest
from click.testing import CliRunner, Result

from kgraph import analyse
from kgraph.analyse.centrality import MEASURES, NETWORK_VIEWS
from kgraph.cli import analyse as cli_analyse
from kgraph.cli import main
from kgraph.graph import KnowledgeGraph

ID = "https://w3id.org/kgraph/id/"


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> str:
    """A store made from the shipped graph, shared by the (read-only) commands of this module."""
    path = tmp_path_factory.mktemp("cli") / "store"
    KnowledgeGraph.open(path).close()
    return str(path)


def run(*args: str) -> Result:
    return CliRunner().invoke(main, list(args), catch_exceptions=False)


def test_path_prints_the_tie_with_its_source(store: str) -> None:
    r = run("path", "광명시", "오스틴", "--store", store)
    assert r.exit_code == 0, r.output
    assert "Gwangmyeong (광명시, KR) → Austin (오스틴, US): 1 step" in r.stdout
    assert "SisterCity since 1999" in r.stdout
    assert "sources: " in r.stdout and "http://www.austintexas.gov/content/1351/programs/2823" in r.stdout


def test_path_without_a_chain_exits_1(store: str) -> None:
    r = run("path", "광명시", "Busan", "--store", store)
    assert r.exit_code == 1
    assert "no chain of ties links Gwangmyeong" in r.stderr and r.stdout == ""


def test_ambiguous_name_is_refused_with_candidates(store: str) -> None:
    r = run("partners", "중구", "--store", store)
    assert r.exit_code == 2
    assert ID + "city/kr/junggu-seoul" in r.stderr and ID + "city/kr/junggu-daejeon" in r.stderr


def test_unknown_name_is_refused(store: str) -> None:
    r = run("path", "Atlantis", "광명시", "--store", store)
    assert r.exit_code == 2 and "no city called 'Atlantis'" in r.stderr


def test_partners_by_alias(store: str) -> None:
    r = run("partners", "광명", "--store", store)
    assert r.exit_code == 0
    n = len(analyse.partners(KnowledgeGraph.shipped(), "광명시").partners)
    assert r.stdout.startswith(f"Gwangmyeong (광명시, KR): {n} partners")
    assert "Osnabrück (오스나브뤼크, DE) — SisterCity since 1997" in r.stdout
    assert "since 2003 or 2005 (sources disagree)" in r.stdout  # Liaocheng


def test_shared_partners(store: str) -> None:
    r = run("shared-partners", "Seoul", "부산", "--store", store)
    assert r.exit_code == 0
    assert "Seoul (서울특별시, KR) and Busan (부산광역시, KR): 3 shared partners" in r.stdout
    assert "Beijing (베이징, CN)\n  with Seoul: tie of unknown type, year unknown\n  with Busan: FriendshipCity since 2013" \
        in r.stdout


def test_rank_by_betweenness(store: str) -> None:
    r = run("rank", "--by", "betweenness", "--top", "5", "--store", store)
    assert r.exit_code == 0, r.output
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["rank", "name", "country", "betweenness", "neighbours"]
    assert len(lines) == 2 + 5 + 1
    expected = analyse.rank(KnowledgeGraph.shipped(), by="betweenness", top=1).ranked[0].entity.label
    assert lines[2].split()[:2] == ["1", expected]
    assert "betweenness in the partnership network" in lines[-1]


def test_rank_by_degree_is_the_number_of_partners(store: str) -> None:
    r = run("rank", "--top", "1", "--store", store)
    g = analyse.to_networkx(KnowledgeGraph.shipped())
    top = max(dict(g.degree()).values())
    assert r.exit_code == 0 and r.stdout.splitlines()[2].split()[-2:] == [str(top), str(top)]


def test_rank_on_co_attendance_and_bad_measure(store: str) -> None:
    assert run("rank", "--by", "pagerank", "--view", "co-attendance", "--top", "3", "--store", store).exit_code == 0
    bad = run("rank", "--by", "closeness", "--store", store)
    assert bad.exit_code == 2 and "degree" in bad.stderr


def test_communities(store: str) -> None:
    r = run("communities", "--top", "2", "--members", "3", "--store", store)
    assert r.exit_code == 0
    assert "communities in the partnership network" in r.stdout
    assert r.stdout.count(" members") == 2 and "… and " in r.stdout


def test_stats(store: str) -> None:
    r = run("stats", "--top", "2", "--store", store)
    assert r.exit_code == 0
    s = analyse.stats(KnowledgeGraph.shipped())
    assert f"ties           {s.ties}" in r.stdout
    assert "ties by country (a tie counts for each country it touches; top 2 of" in r.stdout
    assert "  KR  South Korea" in r.stdout
    assert "partnerships without a source (prov:wasDerivedFrom)   0" in r.stdout


def test_validate_store_passes(store: str) -> None:
    r = run("validate", "--store", store)
    assert r.exit_code == 0 and "no violations" in r.stdout


def test_validate_file_fails_naming_the_node(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text('<https://w3id.org/kgraph/id/city/kr/x> a <https://schema.org/City> ; '
                   '<http://www.w3.org/2000/01/rdf-schema#label> "X" .\n', encoding="utf-8")
    r = run("validate", "--file", str(bad))
    assert r.exit_code == 1
    assert "[city-country]: 1" in r.stdout and "[label-language]: 1" in r.stdout
    assert "kgr:city/kr/x (X): a city without a country" in r.stdout
    assert "2 violations of the vocabulary's shapes" in r.stderr


def test_validate_shipped_file() -> None:
    data = Path(__file__).resolve().parent.parent / "data" / "cities.ttl"
    if not data.exists():
        pytest.skip("data/cities.ttl is not in this checkout")
    r = run("validate", "--file", str(data))
    assert r.exit_code == 0 and "no violations" in r.stdout


def test_export_gexf_and_csv(store: str, tmp_path: Path) -> None:
    r = run("export", "--format", "gexf", "-o", str(tmp_path / "ties.gexf"), "--store", store)
    assert r.exit_code == 0 and "(gexf, partnership view)" in r.stdout
    g = nx.read_gexf(tmp_path / "ties.gexf")
    assert g.has_edge(ID + "city/kr/gwangmyeong", ID + "city/us/austin")
    r = run("export", "-o", str(tmp_path / "events.csv"), "--view", "city-event", "--store", store)
    assert r.exit_code == 0 and "(csv, city-event view)" in r.stdout
    assert (tmp_path / "events.csv").read_text(encoding="utf-8-sig").startswith("source,source_label")


def test_export_refusals(store: str, tmp_path: Path) -> None:
    r = run("export", "-o", str(tmp_path / "x.ttl"), "--view", "partnership", "--store", store)
    assert r.exit_code == 2 and "--view applies to graphml, gexf, csv" in r.stderr
    r = run("export", "-o", str(tmp_path / "x.ods"), "--store", store)
    assert r.exit_code == 2 and "pass --format" in r.stderr
    assert not (tmp_path / "x.ttl").exists()


def test_commands_open_the_store_read_only(store: str) -> None:
    """A reader holds the store: a command that asked for the writer's lock would wait, then fail."""
    with KnowledgeGraph.open(store, read_only=True):
        for args in (["rank", "--top", "1"], ["stats"], ["partners", "광명"], ["validate"]):
            r = run(*args, "--store", store)
            assert r.exit_code == 0, (args, r.output)


def test_cli_choices_match_the_library() -> None:
    assert cli_analyse.VIEWS == analyse.VIEWS
    assert cli_analyse.NETWORK_VIEWS == NETWORK_VIEWS
    assert cli_analyse.MEASURES == MEASURES


def test_every_command_is_registered_with_help() -> None:
    for name in ("stats", "partners", "path", "shared-partners", "rank", "communities", "validate", "export"):
        r = run(name, "--help")
        assert r.exit_code == 0 and "Example: kgraph " in r.stdout and "--store" in r.stdout
