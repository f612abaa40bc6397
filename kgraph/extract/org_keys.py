"""One IRI per organisation, from its name and its city.

Readers mint an organisation's IRI from its name. A name that carries its place (광명시의회, 미토요시
국제교류협회, ICLEI) or a name of its own (녹색전환연구소) names one body everywhere; a kind of local
body every city has (국제교류협회, 시립합창단, 체육회) named without its place is keyed with the
article's own city (``org/gukjegyoryuhyeophoe--gwangmyeong``): two cities' associations never meet.
"""
from __future__ import annotations

import re

from rdflib import URIRef

from ..hangul import has_hangul
from ..vocab import minted
from .model import Reading

#: names that start like a national or international body: never a city's own (한국자매도시협회, 세계지방정부연합)
NATIONAL_OR_GLOBAL = re.compile(r"^(?:한국|대한|국립|국가|중앙|세계|아시아|유엔|재외|주한|한중|한일|한미|한베|동북아)")
#: the kinds of body every city has one of, named bare in its own news (국제교류협회, 시립합창단, 체육회): only
#: these are a city's own; a body with a name of its own (녹색전환연구소, 기후위기대응지방정부협의회) is one
#: body wherever it is named
LOCAL_BODY = re.compile(r"^(?:시립|군립|구립|도립)?[\uac00-\ud7a3]{0,6}?(?:국제교류협회|국제교류센터|체육회|문화원|상공회의소|"
                        r"새마을회|자원봉사센터|청소년수련관|합창단|소년소녀합창단|예술단|교향악단|농악단|관광협회|"
                        r"여성단체협의회|주민자치위원회|주민자치회|번영회|노인회|라이온스클럽|로타리클럽|문화재단|관광재단|"
                        r"시민단체|국제교류팀|국제협력과|자매결연위원회)$")


def _place_words(reading: Reading) -> set[str]:
    """The names (and stems without 시/군/구/도) of the places the reading names."""
    out: set[str] = set()
    for e in reading.entities.values():
        if e.type in ("City", "Country"):
            for n in {e.name, *e.alt, *e.labels.values()}:
                out.add(n)
                if len(n) >= 3 and n[-1] in "시군구도성주현":
                    out.add(n[:-1])
    return {n for n in out if len(n) >= 2}


def own_city(reading: Reading) -> URIRef | None:
    """The city an article speaks of most (a Korean one first): the city of its place-less local bodies."""
    cities = [e for e in reading.entities.values() if e.type == "City" and "/city/" in str(e.iri)]
    if not cities:
        return None
    return max(cities, key=lambda e: ("/city/kr/" in str(e.iri), len(e.mentions))).iri


def org_iri(name: str, city: URIRef | None) -> URIRef:
    """The IRI of the local body ``name`` of ``city``.

    >>> str(org_iri("국제교류협회", URIRef("https://w3id.org/kgraph/id/city/kr/gwangmyeong"))).rsplit("/", 1)[1]
    'gukjegyoryuhyeophoe--gwangmyeong'
    """
    return minted("org", name, str(city).rsplit("/", 1)[-1]) if city is not None else minted("org", name)


def key_orgs(reading: Reading) -> None:
    """Key every Korean-named local body that names no place (:data:`LOCAL_BODY`) with the article's own city."""
    city = own_city(reading)
    if city is None:
        return
    places = _place_words(reading)
    renamed: dict[URIRef, URIRef] = {}
    for iri, e in list(reading.entities.items()):
        if e.type != "Organization" or "/org/" not in str(iri) or not has_hangul(e.name):
            continue
        if not LOCAL_BODY.match(e.name) or NATIONAL_OR_GLOBAL.match(e.name) or any(p in e.name for p in places):
            continue
        new = org_iri(e.name, city)
        if new != iri:
            renamed[iri] = new
    reading.rename(renamed)
