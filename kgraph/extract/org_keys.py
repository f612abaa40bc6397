"""One IRI per organisation, from its name and its city.

Readers mint an organisation's IRI from its name. A name that carries its place (광명시의회, 미토요시
국제교류협회, ICLEI) or a name of its own (녹색전환연구소) names one body everywhere; a kind of local
body every city has (국제교류협회, 시립합창단, 체육회) named without its place is keyed with the
article's own city (``org/gukjegyoryuhyeophoe--gwangmyeong``): two cities' associations never meet.
"""
from __future__ import annotations

import re

from rdflib import URIRef

from .. import places
from ..hangul import has_hangul
from ..vocab import minted
from .model import Entity, Reading
from .patterns_en import PLACE_LEVEL_WORDS

#: names that start like a national or international body: never a city's own (한국자매도시협회, 세계지방정부연합)
NATIONAL_OR_GLOBAL = re.compile(r"^(?:한국|대한|국립|국가|중앙|세계|아시아|유엔|재외|주한|한중|한일|한미|한베|동북아)")
#: the kinds of body every city has one of, named bare in its own news (국제교류협회, 시립합창단, 체육회): only
#: these are a city's own; a body with a name of its own (녹색전환연구소, 기후위기대응지방정부협의회) is one
#: body wherever it is named
LOCAL_BODY = re.compile(r"^(?:시립|군립|구립|도립)?[\uac00-\ud7a3]{0,6}?(?:국제교류협회|국제교류센터|체육회|문화원|상공회의소|"
                        r"새마을회|자원봉사센터|청소년수련관|합창단|소년소녀합창단|예술단|교향악단|농악단|관광협회|"
                        r"여성단체협의회|주민자치위원회|주민자치회|번영회|노인회|라이온스클럽|로타리클럽|문화재단|관광재단|"
                        r"시민단체|국제교류팀|국제협력과|자매결연위원회|"
                        r"인민대표대회|인대|인민대표상임위|인민대표상무위|인대상무위|인대상임위|정치협상회의|정협|인민의회)$")  # (a Chinese city's congress and its political
#: consultative conference, a Vietnamese province's or city's people's council)
#: a body inside the body named before it (``인민대표대회 상무위원회``, short ``인대 상무위``: the congress's standing
#: committee; ``인민대표상임위`` is that committee written as one word)
INNER_BODY_WORDS = frozenset({"상무위원회", "상임위원회", "상무위", "상임위", "사무국"})


#: words that only say what a body does or whom it serves (국제 교류, 청소년, 여성, 체육 …): a name made of
#: these and a body word is a kind every city may have one of (청소년문화교류협회, 여성체육회), never a name
KIND_WORDS = frozenset("""국제 교류 협력 우호 친선 자매 결연 문화 관광 체육 생활체육 스포츠 청소년 어린이 여성 노인 장애인 시민 주민
자치 복지 사회복지 예술 음악 국악 합창 무용 미술 사진 연극 경제 상공 산업 농업 어업 환경 평화 통일 역사 평생 학습 교육 장학 자원
봉사 자원봉사 새마을 번영 발전 진흥 다문화 가족 건강 보건 의료 안전 재난 청년 대학생 학부모 기업인 상인
한일 일한 한중 중한 한미 미한 한러 한베 한몽""".split())  # (two nations' friendship: 한일친선교류협의회, 일한우호친선협회)
#: the body words such a kind ends with
KIND_HEADS = ("협회", "연합회", "협의회", "위원회", "센터", "재단", "회", "단", "연맹", "클럽", "조합")


#: an English name made only of words saying what a body does and a body word: a kind every town may have
#: (``Sister City Committee``, ``Twinning Association``); with its town's name it is that town's (kept as is)
EN_KIND_NAME = re.compile(r"^(?:(?:International|Sister|Cities|City|Twinning|Twin|Town|Friendship|Youth|Women['’]?s|Senior|"
                          r"Cultural|Culture|Tourism|Sports?|Arts?|Business|Exchange|Student|Citizens['’]?|Community|"
                          r"Volunteer|Relations|People['’]s|Municipal|Borough|County|District)\s+)+(?:Association|Committee|"
                          r"Commission|Society|Club|Foundation|Centre|Center|Federation|Program|Programme|Council)$")


def is_kind_name(name: str) -> bool:
    """True when ``name`` is made only of :data:`KIND_WORDS` and a body word: a kind of body, not a name.

    >>> is_kind_name("청소년문화교류협회"), is_kind_name("여성체육회"), is_kind_name("녹색전환연구소")
    (True, True, False)
    >>> is_kind_name("사쿠라와무궁화회"), is_kind_name("협회")
    (False, False)
    """
    head = next((h for h in KIND_HEADS if name.endswith(h)), None)
    if head is None or len(name) == len(head):
        return False
    stem = name[: -len(head)]
    covered = [True] + [False] * len(stem)  # covered[i]: stem[:i] splits into kind words
    for i in range(1, len(stem) + 1):
        covered[i] = any(covered[j] and stem[j:i] in KIND_WORDS for j in range(max(0, i - 5), i))
    return covered[-1]


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


def own_city(reading: Reading, *, korean_first: bool = True) -> URIRef | None:
    """The city an article speaks of most (a Korean one first, for Korean names): the city of its place-less
    local bodies."""
    cities = [e for e in reading.entities.values() if e.type == "City" and "/city/" in str(e.iri)]
    if not cities:
        return None
    return max(cities, key=lambda e: (korean_first and "/city/kr/" in str(e.iri), len(e.mentions))).iri


def _korean_place_first(name: str) -> bool:
    """``name`` starts with a Korean place the reading may not have named (제주상공회의소, 안산시체육회): it
    carries its place.

    >>> _korean_place_first("제주상공회의소"), _korean_place_first("안산시체육회"), _korean_place_first("국제교류협회")
    (True, True, False)
    """
    for k in range(2, min(len(name) - 1, 6)):
        govs = places.lookup(name[:k]) if name[:k] not in KIND_WORDS else []
        if any(g.level == "sido" for g in govs) or len(govs) == 1:
            return True  # (중구체육회: a district name many cities have says no one place)
    return False


#: what may stand between a city and a body named after it (``Vung Tau municipal People's Committee``) and
#: between a body and the city after it (``People's Committee of Vung Tau city``)
_CITY_THEN_BODY = re.compile(rf"(?:['’]s)?\s+(?:(?:{PLACE_LEVEL_WORDS})\s+)?$")
_BODY_THEN_CITY = re.compile(r"\s+of\s+(?:the\s+)?")


def _city_beside(reading: Reading, org: Entity) -> URIRef | None:
    """The city written right before or after an English body's bare name (``the Vung Tau municipal People's
    Committee``, ``the People's Committee of Vung Tau city``): that city's body, whatever city leads the article."""
    text = reading.article.text
    spans = org.mentions
    cities = [(sp, e.iri) for e in reading.entities.values() if e.type == "City" for sp in e.mentions]
    for sp in spans:
        for csp, iri in cities:
            if csp.end <= sp.start and sp.start - csp.end <= 20 and _CITY_THEN_BODY.fullmatch(text, csp.end, sp.start):
                return iri
            after = _BODY_THEN_CITY.match(text, sp.end)
            if after is not None and csp.start == after.end():
                return iri
    return None


_LEVEL_LEAD = re.compile(rf"^\s*(?:(?:{PLACE_LEVEL_WORDS})\b)?", re.I)


def _kind_with_city(reading: Reading, org: Entity) -> tuple[str, URIRef] | None:
    """A body named as a kind with its city inside the name (``the People's Committee of Vung Tau city``, ``the Binh
    Dinh provincial People's Committee``): the kind (``People's Committee``) and the city, one body whatever the
    phrasing; else None."""
    text = reading.article.text
    cities = [(sp, e.iri) for e in reading.entities.values() if e.type == "City" for sp in e.mentions]
    for sp in org.mentions:
        for csp, iri in cities:
            if not (sp.start <= csp.start and csp.end <= sp.end):
                continue
            raw_before, raw_after = text[sp.start:csp.start], text[csp.end:sp.end]
            of_city = re.search(r"\s+of\s+(?:the\s+)?$", raw_before) is not None
            level = _LEVEL_LEAD.match(raw_after)
            if not of_city and not (level is not None and level.group(0).strip()):
                continue  # Portland's Sapporo Sister City Committee: a town before a kind may be the partner
            before = re.sub(r"\s+of\s+(?:the\s+)?$", "", raw_before).strip()
            after = _LEVEL_LEAD.sub("", raw_after).strip()
            kind = f"{before} {after}".strip()
            if kind and EN_KIND_NAME.match(kind):
                return kind, iri
    return None


def org_iri(name: str, city: URIRef | None) -> URIRef:
    """The IRI of the local body ``name`` of ``city``.

    >>> str(org_iri("국제교류협회", URIRef("https://w3id.org/kgraph/id/city/kr/gwangmyeong"))).rsplit("/", 1)[1]
    'gukjegyoryuhyeophoe--gwangmyeong'
    """
    return minted("org", name, str(city).rsplit("/", 1)[-1]) if city is not None else minted("org", name)


def key_orgs(reading: Reading) -> None:
    """Key every Korean-named local body that names no place (:data:`LOCAL_BODY`, or a name made only of
    :data:`KIND_WORDS`) with the article's own city."""
    city = own_city(reading)
    if city is None:
        return
    places = _place_words(reading)
    renamed: dict[URIRef, URIRef] = {}
    for iri, e in list(reading.entities.items()):
        if e.type != "Organization" or "/org/" not in str(iri):
            continue
        if not has_hangul(e.name):  # Sister City Committee: the town the English article speaks of most
            inside = _kind_with_city(reading, e)
            if inside is not None:  # the People's Committee of Vung Tau city: Vung Tau's People's Committee
                if org_iri(inside[0], inside[1]) != iri:
                    renamed[iri] = org_iri(inside[0], inside[1])
                continue
            english_city = _city_beside(reading, e) or own_city(reading, korean_first=False)
            if EN_KIND_NAME.match(e.name) and english_city is not None and org_iri(e.name, english_city) != iri:
                renamed[iri] = org_iri(e.name, english_city)
            continue
        if not (LOCAL_BODY.match(e.name) or is_kind_name(e.name)) or NATIONAL_OR_GLOBAL.match(e.name) or \
                any(p in e.name for p in places) or _korean_place_first(e.name):
            continue
        new = org_iri(e.name, city)
        if new != iri:
            renamed[iri] = new
    reading.rename(renamed)
