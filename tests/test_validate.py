"""SHACL validation: the shipped graph passes; one small broken graph per rule fails, naming the node."""
from __future__ import annotations

from pathlib import Path

import pytest

from kgraph.errors import LoadError
from kgraph.graph import KnowledgeGraph, shipped_graph_path
from kgraph.validate import rules, shapes_path, validate

from _trig import HEAD, ID

# A valid base: two Korean cities (each in a province and a country) and a tie with a source.
BASE = """
<graph/gazetteer> {
  <country/KR> a schema:Country ; kg:iso3166 "KR" ; rdfs:label "South Korea"@en .
  <city/kr/gyeonggi> a schema:City ; rdfs:label "경기도"@ko ; schema:containedInPlace <country/KR> .
  <city/kr/a> a schema:City ; rdfs:label "에이시"@ko ; schema:containedInPlace <city/kr/gyeonggi>, <country/KR> .
  <city/kr/b> a schema:City ; rdfs:label "Bee"@en ; schema:containedInPlace <city/kr/gyeonggi>, <country/KR> .
}
<graph/registry> {
  <tie/ab> a kg:Partnership ; kg:partner <city/kr/a>, <city/kr/b> ; prov:wasDerivedFrom <https://src.example/1> .
  <city/kr/a> kg:partnerOf <city/kr/b> . <city/kr/b> kg:partnerOf <city/kr/a> .
}
"""
ARTICLE = """
<article/1> {
  <article/1> a schema:NewsArticle ; schema:datePublished "2024-11-05"^^xsd:date .
  %s
}
"""

# rule id -> (broken data added to BASE, the node the report must name)
BROKEN: dict[str, tuple[str, str]] = {
    "symmetric-tie": ("<graph/x> { <city/kr/a> kg:sisterCityOf <city/kr/b> . }", "city/kr/a"),
    "partnership-partners": (("<graph/x> { <tie/solo> a kg:Partnership ; kg:partner <city/kr/a> ; "
                              "prov:wasDerivedFrom <https://src.example/2> . }"), "tie/solo"),
    "partnership-source": ("<graph/x> { <tie/nosrc> a kg:Partnership ; kg:partner <city/kr/a>, <city/kr/b> . }",
                           "tie/nosrc"),
    "end-before-start": (('<graph/x> { <event/e> a schema:Event ; schema:startDate "2024-10-29"^^xsd:date ; '
                          'schema:endDate "2024-10-28"^^xsd:date . }'), "event/e"),
    "date-after-article": (ARTICLE % '<event/f> a schema:Event ; schema:startDate "2024-12-04"^^xsd:date .',
                           "event/f"),
    "fact-evidence": (ARTICLE % "<person/p> a schema:Person ; schema:worksFor <city/kr/a> .", "person/p"),
    "city-country": (("<graph/x> { <city/kr/c> a schema:City ; rdfs:label \"씨\"@ko ; "
                      "schema:containedInPlace <city/kr/gyeonggi> . }"), "city/kr/c"),
    "label-language": ('<graph/x> { <city/kr/b> rdfs:label "Bee City" . }', "city/kr/b"),
}


def check(tmp_path: Path, extra: str = "") -> object:
    p = tmp_path / "data.trig"
    p.write_text(HEAD + BASE + extra, encoding="utf-8")
    return validate(p)


def test_every_rule_has_a_broken_graph() -> None:
    assert {r.id for r in rules()} == set(BROKEN)


def test_base_graph_is_valid(tmp_path: Path) -> None:
    report = check(tmp_path)
    assert report.conforms and report.violations == ()
    assert "no violations" in report.text()


@pytest.mark.parametrize("rule", sorted(BROKEN))
def test_broken_graph_fails_naming_the_node(tmp_path: Path, rule: str) -> None:
    extra, node = BROKEN[rule]
    report = check(tmp_path, extra)
    assert not report.conforms
    assert [(v.rule, v.node) for v in report.violations] == [(rule, ID + node)]
    text = report.text()
    assert f"[{rule}]" in text and f"kgr:{node}" in text


def test_violation_messages_name_the_fix(tmp_path: Path) -> None:
    v = check(tmp_path, BROKEN["symmetric-tie"][0]).violations[0]
    assert v.path == "kg:sisterCityOf" and v.value == "kgr:city/kr/b"
    assert "add the reverse triple" in v.message and "kg:sisterCityOf kgr:city/kr/b" in v.message
    assert v.node_label == "에이시"
    label = check(tmp_path, BROKEN["label-language"][0]).violations[0]
    assert label.value == '"Bee City"'


@pytest.mark.parametrize("extra", [
    # dates compared at the precision both give; a day of an unknown month is not compared
    '<graph/x> { <event/e> a schema:Event ; schema:startDate "2024-10-29"^^xsd:date ; schema:endDate "2024"^^xsd:gYear . }',
    ARTICLE % '<event/f> a schema:Event ; schema:startDate "2024-11"^^xsd:gYearMonth .',
    ARTICLE % '<event/f> a schema:Event ; schema:startDate "---04"^^xsd:gDay .',
    # an article without a publication date has no future
    ('<article/2> { <article/2> a schema:NewsArticle . <event/g> a schema:Event ; '
     'schema:startDate "2030-01-01"^^xsd:date . }'),
    # evidence for a tie either way round, or for its typed property
    ARTICLE % ('<city/kr/a> kg:partnerOf <city/kr/b> . <city/kr/b> kg:partnerOf <city/kr/a> . '
               '<ev/1> a kg:Evidence ; rdf:subject <city/kr/b> ; rdf:predicate kg:sisterCityOf ; '
               'rdf:object <city/kr/a> .'),
    # facts outside article graphs need no kg:Evidence node
    '<graph/x> { <event/e> a schema:Event ; schema:attendee <city/kr/a> . }',
])
def test_valid_edge_cases(tmp_path: Path, extra: str) -> None:
    report = check(tmp_path, extra)
    assert report.conforms, report.text()


def test_attendee_evidence_must_match_the_direction(tmp_path: Path) -> None:
    wrong_way = ARTICLE % ('<event/e> a schema:Event ; schema:attendee <city/kr/a> . '
                           '<ev/1> a kg:Evidence ; rdf:subject <city/kr/a> ; rdf:predicate schema:attendee ; '
                           'rdf:object <event/e> .')
    assert [v.rule for v in check(tmp_path, wrong_way).violations] == ["fact-evidence"]


def test_report_limits_lines_per_rule(tmp_path: Path) -> None:
    many = "<graph/x> { " + " ".join(f'<city/kr/n{i}> rdfs:label "n{i}" .' for i in range(5)) + " }"
    text = check(tmp_path, many).text(limit=2)
    assert text.count("a label without a language tag") == 2
    assert "and 3 more" in text


def test_shipped_graph_passes() -> None:
    report = validate(KnowledgeGraph.shipped())
    assert report.conforms, report.text()
    assert report.quads > 10000 and len(report.rules) == len(BROKEN)


@pytest.mark.parametrize("name", ["cities.trig", "cities.ttl"])
def test_shipped_files_pass(name: str) -> None:
    """CI's check of data/cities.ttl (and .trig): the files the project ships conform."""
    report = validate(shipped_graph_path().with_name(name))
    assert report.conforms, report.text()


def test_store_on_disk_is_validated_read_only(tmp_path: Path) -> None:
    KnowledgeGraph.open(tmp_path / "store").close()
    with KnowledgeGraph.open(tmp_path / "store", read_only=True) as kg:
        report = validate(kg)
    assert report.conforms and report.source == str(tmp_path / "store")


def test_other_shapes_file(tmp_path: Path) -> None:
    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(shapes_path().read_text(encoding="utf-8").replace("sh:minCount 2 ;", "sh:minCount 3 ;"),
                      encoding="utf-8")
    report = validate(KnowledgeGraph.shipped(), shapes=shapes)
    assert not report.conforms and {v.rule for v in report.violations} == {"partnership-partners"}


def test_unreadable_file_is_a_load_error(tmp_path: Path) -> None:
    bad = tmp_path / "bad.ttl"
    bad.write_text("this is not turtle", encoding="utf-8")
    with pytest.raises(LoadError):
        validate(bad)
