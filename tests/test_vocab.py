"""The vocabulary contract in code (kgraph.vocab) against shared/spec/vocabulary.md and docs/vocabulary.md."""
from __future__ import annotations

import re
from pathlib import Path

import pytest
from rdflib import URIRef

from kgraph import vocab
from kgraph.vocab import KG, KGR, PREFIXES, SCHEMA, article_iri, city_iri, country_iri, minted, partnership_iri, slug

REPO = Path(__file__).resolve().parent.parent
CONTRACT_PREFIXES = {
    "schema": "https://schema.org/", "kg": "https://w3id.org/kgraph/ns#", "kgr": "https://w3id.org/kgraph/id/",
    "rdf": "http://www.w3.org/1999/02/22-rdf-syntax-ns#", "rdfs": "http://www.w3.org/2000/01/rdf-schema#",
    "xsd": "http://www.w3.org/2001/XMLSchema#", "owl": "http://www.w3.org/2002/07/owl#",
    "skos": "http://www.w3.org/2004/02/skos/core#", "prov": "http://www.w3.org/ns/prov#",
    "wd": "http://www.wikidata.org/entity/",
}
CONTRACT_TERMS = {
    "City": SCHEMA.City, "Country": SCHEMA.Country, "Organization": SCHEMA.Organization, "Person": SCHEMA.Person,
    "Event": SCHEMA.Event, "Place": SCHEMA.Place, "NewsArticle": SCHEMA.NewsArticle, "Partnership": KG.Partnership,
    "Evidence": KG.Evidence, "partnerOf": KG.partnerOf, "sisterCityOf": KG.sisterCityOf,
    "friendshipCityOf": KG.friendshipCityOf, "partner": KG.partner, "partnershipType": KG.partnershipType,
    "since": KG.since, "SisterCity": KG.SisterCity, "FriendshipCity": KG.FriendshipCity, "OtherTie": KG.OtherTie,
    "iso3166": KG.iso3166, "dateInferred": KG.dateInferred, "attendeeCount": KG.attendeeCount,
    "attendeeCountApproximate": KG.attendeeCountApproximate, "sentence": KG.sentence, "charStart": KG.charStart,
    "charEnd": KG.charEnd,
}


def test_prefixes_are_the_contract() -> None:
    assert PREFIXES == CONTRACT_PREFIXES


@pytest.mark.parametrize("name", sorted(CONTRACT_TERMS))
def test_every_contract_term_is_defined_once_here(name: str) -> None:
    assert getattr(vocab, name) == CONTRACT_TERMS[name]


def test_the_spec_terms_are_all_known(shared_dir: Path) -> None:
    spec = (shared_dir / "spec" / "vocabulary.md").read_text(encoding="utf-8")
    used = set(re.findall(r"`kg:([A-Za-z]+)`", spec))
    assert used and all(hasattr(vocab, t) or t in ("partner",) for t in used), used - set(dir(vocab))
    for prefix, iri in re.findall(r"\| `(\w+):` \| `([^`]+)`", spec):
        assert PREFIXES[prefix] == iri


def test_every_kg_term_is_documented() -> None:
    doc = (REPO / "docs" / "vocabulary.md").read_text(encoding="utf-8")
    kg_terms = {name for name, value in vars(vocab).items()
                if isinstance(value, URIRef) and str(value).startswith(str(KG))}
    for name in kg_terms:
        local = str(getattr(vocab, name))[len(str(KG)):]
        assert f"kg:{local}" in doc, f"kg:{local} is not in docs/vocabulary.md"
    for prefix in PREFIXES:
        assert f"`{prefix}:`" in doc


def test_iris_are_ascii_stable_and_deterministic() -> None:
    assert city_iri("KR", "Gwangmyeong") == KGR["city/kr/gwangmyeong"]
    assert city_iri("DE", "Osnabrück") == KGR["city/de/osnabrueck"]
    assert city_iri("de", "Osnabrück") == city_iri("DE", "Osnabrück")
    assert country_iri("kr") == KGR["country/KR"]
    assert slug("광명시") == slug("광명시") and slug("광명시").isascii()
    assert slug("聊城").isascii() and slug("聊城") == slug("聊城")  # a stable hash for scripts we cannot spell
    assert article_iri("https://e.org/a") == article_iri("https://e.org/a") != article_iri("https://e.org/b")
    assert minted("person", "박승원", "gwangmyeong").startswith(str(KGR) + "person/")
    a, b = KGR["city/kr/gwangmyeong"], KGR["city/de/osnabrueck"]
    assert partnership_iri(a, b) == partnership_iri(b, a) == KGR["tie/de-osnabrueck--kr-gwangmyeong"]
    for iri in (city_iri("JP", "大和市"), minted("event", "2024 광명시 탄소중립 국제포럼"), city_iri("KR", "광주", qualifier="경기")):
        assert str(iri).isascii()


def test_tie_types() -> None:
    assert vocab.TIE_TYPES["sister"] == (KG.SisterCity, KG.sisterCityOf)
    assert vocab.TIE_TYPES["friendship"] == (KG.FriendshipCity, KG.friendshipCityOf)
    assert vocab.TIE_TYPES["other"] == (KG.OtherTie, None)


def test_entity_type_literals_name_the_vocabulary_classes():
    # the Literal types of entity kinds (issue 14): each value is a class of the vocabulary
    import typing

    from kgraph.analyse.model import kind_of
    from kgraph.extract.model import CandKind, MentionKind

    types = typing.get_args(vocab.EntityType)
    assert {getattr(vocab, t) for t in types} == {vocab.SCHEMA[t] for t in types}
    assert set(typing.get_args(vocab.CityOrCountry)) <= set(types)
    assert set(typing.get_args(vocab.EntityKind)) == {t.lower() for t in types}
    assert {kind_of([str(vocab.SCHEMA[t])]) for t in types} == set(typing.get_args(vocab.EntityKind))
    assert {str(vocab.minted(k, "x")).rsplit("/", 2)[-2] for k in typing.get_args(vocab.MintedKind)} \
        == {"person", "org", "event", "place"}
    mention_kinds = {k for part in typing.get_args(MentionKind) for k in typing.get_args(part)}
    assert set(typing.get_args(CandKind)) < mention_kinds
