"""``kgraph check`` and the ``partnership-history`` named query, on our own articles and the shared corpus."""
import csv
import io
import json
from pathlib import Path

import pytest

SHARED = Path(__file__).resolve().parents[1].parent / "shared" / "corpus"

ARTICLES = {
    # the registry has Gwangmyeong–Buan as a sister tie of 2016
    "right.md": ("2016-08-01", "광명시와 전북 부안군은 2016년 자매결연을 맺었다."),
    "wrong.md": ("2016-08-02", "광명시와 전북 부안군은 2013년 자매결연을 맺었다."),
    # the steps of one tie, told by four articles
    "h1.md": ("2016-07-20", "광명시와 독일 오스나브뤼크시는 2012년 우호협력 협약을 맺은 뒤 18일 광명시청에서 "
              "자매결연 협약을 체결해 관계를 격상했다."),
    "h2.md": ("2026-07-20", "광명시와 독일 오스나브뤼크시가 자매결연 10주년을 맞아 19일 광명시민회관에서 기념식을 열었다."),
    "h3.md": ("2027-03-02", "광명시는 독일 오스나브뤼크시와의 자매결연 교류를 잠정 중단한다고 2일 밝혔다."),
    "h4.md": ("2028-05-10", "광명시와 독일 오스나브뤼크시는 9일 자매결연 협약을 갱신했다."),
}


@pytest.fixture(scope="module")
def store(tmp_path_factory):
    from kgraph import KnowledgeGraph
    from kgraph.ingest import ingest

    folder = tmp_path_factory.mktemp("news")
    for name, (published, text) in ARTICLES.items():
        (folder / name).write_text(f"---\nurl: urn:test:{name[:-3]}\npublished: {published}\nlanguage: ko\n---\n\n{text}\n",
                                   encoding="utf-8")
    path = tmp_path_factory.mktemp("check") / "kg.store"
    with KnowledgeGraph.open(path) as kg:
        report = ingest(kg, [folder])
        assert report.ok
    return str(path)


def test_check_confirms_and_flags_conflicts_with_both_sources(cli, store):
    r = cli("check", "--store", store, "--city", "부안군", "--format", "json")
    assert r.exit_code == 0, r.output
    by_article = {row["article"]: row for row in json.loads(r.stdout)}
    assert by_article["urn:test:right"]["status"] == "confirmed"
    wrong = by_article["urn:test:wrong"]
    assert wrong["status"] == "conflicting" and wrong["years"] == ["2013"] and wrong["registry_years"] == ["2016"]
    assert "2013년 자매결연" in wrong["sentence"] and wrong["registry_sources"]


def test_check_table_and_csv(cli, store):
    r = cli("check", "--store", store, "--status", "conflicting")
    assert r.exit_code == 0
    assert "CONFLICTING" in r.stdout and "registry: SisterCity 2016" in r.stdout and "CONFIRMED" not in r.stdout
    r = cli("check", "--store", store, "--format", "csv")
    rows = list(csv.DictReader(io.StringIO(r.stdout)))
    assert {row["status"] for row in rows} >= {"confirmed", "conflicting"}
    assert all(row["tie"].startswith("https://w3id.org/kgraph/id/tie/") for row in rows)


def test_check_status_is_stored_and_queryable(cli, store):
    r = cli("query", "--store", store, "--format", "json",
            "SELECT ?s WHERE { ?a schema:url 'urn:test:wrong' . GRAPH ?a { ?t kg:registryStatus ?s } }")
    assert [b["s"]["value"] for b in json.loads(r.stdout)["results"]["bindings"]] == ["https://w3id.org/kgraph/ns#Conflicting"]


def test_check_unknown_city_is_a_clear_error(cli, store):
    r = cli("check", "--store", store, "--city", "없는도시")
    assert r.exit_code != 0 and "no city called '없는도시'" in r.output


def test_partnership_history_lists_every_step_with_both_times(cli, store):
    r = cli("query", "--store", store, "--format", "json", "--name", "partnership-history",
            "-p", "a", "광명시", "-p", "b", "Osnabrück")
    assert r.exit_code == 0, r.output
    rows = [{k: v["value"] for k, v in b.items()} for b in json.loads(r.stdout)["results"]["bindings"]]
    steps = [(row["kind"], row.get("type"), row.get("date"), row.get("reported")) for row in rows]
    assert steps == [
        ("Signing", "FriendshipCity", "2012", "2016-07-20"),
        ("Upgrade", "SisterCity", "2016-07-18", "2016-07-20"),
        ("Anniversary", "SisterCity", "2026-07-19", "2026-07-20"),
        ("Renewal", "SisterCity", "2028-05-09", "2028-05-10"),
        ("Suspension", "SisterCity", None, "2027-03-02"),
    ]
    assert all(row["source"].startswith("urn:test:h") and row["sentence"] for row in rows)


@pytest.mark.skipif(not (SHARED / "dev" / "08.txt").exists(), reason="../shared/corpus absent")
def test_check_on_real_articles_confirms_gwangmyeong_buan(cli, tmp_path):
    store = str(tmp_path / "kg.store")
    r = cli("ingest", "--store", store, str(SHARED / "gwangmyeong-forum-2024.txt"), str(SHARED / "dev" / "08.txt"))
    assert r.exit_code == 0, r.output
    r = cli("check", "--store", store, "--city", "광명시", "--format", "json")
    buan = [row for row in json.loads(r.stdout) if "부안군" in row["city_a"] + row["city_b"]]
    assert buan and {row["status"] for row in buan} == {"confirmed"}
