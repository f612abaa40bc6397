"""QueryResult.to_dataframe(): typed pandas columns (dates as dates, years as ints), labels beside IRIs."""
from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

import pytest

from kgraph.errors import MissingExtra, UsageError
from kgraph.graph import KnowledgeGraph

pd = pytest.importorskip("pandas")

ID = "https://w3id.org/kgraph/id/"
TYPED = """@prefix schema: <https://schema.org/> .
@prefix kg: <https://w3id.org/kgraph/ns#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
<https://w3id.org/kgraph/id/article/df> {
  <https://w3id.org/kgraph/id/event/df1> a schema:Event ; rdfs:label "교류 포럼"@ko, "Exchange forum"@en ;
      schema:startDate "2024-10-30"^^xsd:date ; kg:year "2024"^^xsd:gYear ; kg:count 30 ; kg:share 0.5 ;
      kg:open true .
  <https://w3id.org/kgraph/id/event/df2> a schema:Event ; rdfs:label "협약식"@ko ;
      schema:startDate "2019-05-02"^^xsd:date ; kg:year "2019"^^xsd:gYear ; kg:count 12 .
}
"""
QUERY = ("SELECT ?e ?d ?y ?n ?s ?o WHERE { ?e a schema:Event ; schema:startDate ?d ; kg:year ?y ; kg:count ?n . "
         "OPTIONAL { ?e kg:share ?s } OPTIONAL { ?e kg:open ?o } } ORDER BY ?d")


@pytest.fixture(scope="module")
def kg(tmp_path_factory: pytest.TempPathFactory) -> KnowledgeGraph:
    p = tmp_path_factory.mktemp("df") / "typed.trig"
    p.write_text(TYPED, encoding="utf-8")
    g = KnowledgeGraph.memory(shipped=False)
    g.load(p)
    return g


def test_columns_are_typed_from_the_datatypes(kg: KnowledgeGraph) -> None:
    df = kg.query(QUERY).to_dataframe(lang="en")
    assert list(df.columns) == ["e", "e_label", "d", "y", "n", "s", "o"]
    assert pd.api.types.is_datetime64_any_dtype(df["d"])
    assert df["d"].dt.date.tolist() == [dt.date(2019, 5, 2), dt.date(2024, 10, 30)]
    assert str(df["y"].dtype) == "Int64" and df["y"].tolist() == [2019, 2024]
    assert str(df["n"].dtype) == "Int64" and df["n"].sum() == 42
    assert df["s"].isna().tolist() == [True, False] and df["s"].iloc[1] == 0.5
    assert str(df["o"].dtype) == "boolean" and bool(df["o"].iloc[1]) is True
    assert df["e"].tolist() == [ID + "event/df2", ID + "event/df1"]
    assert df["e_label"].tolist() == ["협약식", "Exchange forum"]  # English where there is one


def test_labels_follow_the_language_and_can_be_left_out(kg: KnowledgeGraph) -> None:
    res = kg.query(QUERY)
    assert res.to_dataframe(lang="ko")["e_label"].tolist() == ["협약식", "교류 포럼"]
    assert "e_label" not in res.to_dataframe(labels=False).columns


def test_named_query_frames_on_the_shipped_graph(shipped_kg: KnowledgeGraph) -> None:
    res = shipped_kg.named_query("partners", params={"city": "광명시"})
    df = res.to_dataframe()
    assert len(df) == len(res) == 8
    assert set(df["partner_label"]) == set(df["name_ko"])  # labels in the language the city was typed in
    assert (df["city_label"] == "광명시").all()
    by_country = df.groupby("country").size().to_dict()
    assert by_country["KR"] == 4
    events = shipped_kg.named_query("events", params={"city": "광명시"}).to_dataframe()
    assert pd.api.types.is_datetime64_any_dtype(events["date"])


def test_an_empty_answer_keeps_its_columns(kg: KnowledgeGraph) -> None:
    df = kg.query("SELECT ?e ?d WHERE { ?e schema:startDate ?d FILTER(false) }").to_dataframe()
    assert list(df.columns) == ["e", "d"] and len(df) == 0


def test_ask_has_no_frame_and_missing_pandas_says_how_to_install(kg: KnowledgeGraph, monkeypatch: pytest.MonkeyPatch) -> None:
    with pytest.raises(UsageError, match="SELECT"):
        kg.query("ASK { ?s ?p ?o }").to_dataframe()
    monkeypatch.setitem(sys.modules, "pandas", None)
    with pytest.raises(MissingExtra, match=r"kgraph\[pandas\]"):
        kg.query(QUERY).to_dataframe()


def test_a_frame_round_trips_through_csv(kg: KnowledgeGraph, tmp_path: Path) -> None:
    df = kg.query(QUERY).to_dataframe(lang="en")
    df.to_csv(tmp_path / "f.csv", index=False)
    back = pd.read_csv(tmp_path / "f.csv", parse_dates=["d"])
    assert back["y"].tolist() == [2019, 2024] and back["d"].dt.year.tolist() == [2019, 2024]
