"""The names kgraph knows: Korean governments, foreign cities, countries — and the store's entities.

Built once per process from the national name tables (:mod:`kgraph.names`) and the labels of
the cities and countries already in the store (the shipped graph, plus earlier articles), so that a
name in an article resolves to the same IRI as the registry's city.
"""
from __future__ import annotations

import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field

from rdflib import URIRef

from .. import places
from ..hangul import decompose, has_hangul, is_syllable
from ..names import loader
from ..vocab import CityOrCountry, city_iri, country_iri
from .model import CandKind
from .patterns_en import EN_CITY_ALIASES, KO_ROMAN_SUFFIX, KO_ROMAN_VARIANTS

#: Foreign names that are also common Korean words (or old readings used as words) — never matched bare.
COMMON_WORDS = frozenset("""위해 상해 연대 동경 나라 오늘 지방 시장 이상 도시 중앙 남부 북부 서부 동부 본 빈 칸 와 이 가 사 마 바 라
중부 해안 평화 미래 희망 사랑 행복 자유 영광 태양 하늘 보성 고성 광주 안산 안양 소사 강화 부여 진도 예산 고령 양양 화성 구리 이천
인제 동해 남해 서해 국가 정부 세계 지역 대한 한국 기업 산업 교육 문화 경제 관광 체육 과학 의료 환경 에너지
지난 다만 미리 이리 홀로 한다 하기 주장 기후 구조 진화 팔월 부지 지시 고시 사방 암만 허비 일리 만사 테마
장사 통화 임기 영구 금주 요양 유방 안경 연안 개봉 귀양 일조 대중 대북 대남 북해 대동 성도 정주 주주 무한 서주 천주
무순 부신 보정 구강 금화 동영 염성 소주 서안 계림 당산 낙산 본계 진강 형양 해구 남창 동관 코로나
사평 백산 교주 우성 감주 강문 여강 천수 형수 송원 진성""".split())
#: countries' Korean names that are also common Korean words (수단 "means", 말리 of 말리다): never matched bare
COMMON_COUNTRY_WORDS = frozenset("수단 말리".split())


#: the legal style of a Korean city of over a million people (창원특례시 is 창원시): read as the city itself
SPECIAL_CITY_STYLE = "특례시"
HANJA_COUNTRIES = {"日": "JP", "中": "CN", "美": "US", "獨": "DE", "佛": "FR", "英": "GB", "露": "RU", "濠": "AU",
                   "越": "VN", "伊": "IT", "加": "CA", "印": "IN", "泰": "TH", "比": "PH", "蒙": "MN", "臺": "TW"}


def ascii_fold(name: str) -> str:
    """``name`` without its diacritics, as English text often writes foreign names.

    >>> ascii_fold("Vũng Tàu"), ascii_fold("Đà Nẵng"), ascii_fold("Osnabrück")
    ('Vung Tau', 'Da Nang', 'Osnabruck')
    """
    folded = unicodedata.normalize("NFKD", name.replace("Đ", "D").replace("đ", "d"))
    return "".join(c for c in folded if not unicodedata.combining(c))


def roman_variants(name: str) -> list[str]:
    """Older spellings of a Korean place's romanised ``name`` (:data:`KO_ROMAN_VARIANTS`): an initial rule,
    the vowel rules, or both; five letters at least, before and after (``Soul`` for Seoul, ``Chung`` for
    Jung-gu: a word and a surname, not worth the risk).

    >>> roman_variants("Sinan"), roman_variants("Busan"), roman_variants("Gyeongju"), roman_variants("Jung")
    (['Shinan'], ['Pusan'], ['Gyongju', 'Kyeongju', 'Kyongju'], [])
    """
    initial = [(p, r) for p, r in KO_ROMAN_VARIANTS if p.startswith("^")]
    vowels = [(p, r) for p, r in KO_ROMAN_VARIANTS if not p.startswith("^")]
    heads = [name] + [re.sub(p, r, name, count=1) for p, r in initial if re.search(p, name)]
    out = set(heads)
    for head in heads:
        for p, r in vowels:
            head = re.sub(p, r, head)
        out.add(head)
    return sorted(v for v in out if v != name and len(v) >= 5) if len(name) >= 5 else []


#: how a 시군구's English name is written with its level: (Korean suffix, English word, romanised suffix), from the
#: reader's table of romanised suffixes (the provinces' -do is no 시군구)
_KO_LEVEL_WORDS = tuple((ko, level.capitalize(), roman) for roman, (ko, level) in KO_ROMAN_SUFFIX.items() if ko != "도")


def _add_roman_variants(gz: Gazetteer) -> None:
    """Older spellings of Korean places (``Shinan County``, ``Kimhae-si``, ``Pusan``), each for every government
    that has it (``Kochang County`` is 거창군 and 고창군 alike), never a spelling another place already has.

    A 시군구's spelling is taken only with its level (``Shinan County``, ``Shinan-gun``: Qingdao's ``Shinan
    District`` stays Chinese); a bare spelling only when a metropolitan city or province has it (``Pusan``,
    ``Kwangju``, with the 시 of that name beside it, so that a province named settles it)."""
    variants: dict[str, list[places.Gov]] = defaultdict(list)
    for gov in places.governments().values():
        for variant in roman_variants(gov.name_en):
            variants[variant].append(gov)
    for variant, govs in variants.items():
        bare = any(g.level == "sido" for g in govs) and not gz.lookup(variant, lang="en")
        for gov in govs:
            cand = Cand(places.gov_iri(gov), "City", "KR", "full", gov.name_ko, gov.name_en, gov.province_ko, 0, gov.level)
            if bare:
                gz.add(variant, cand, lang="en")
            for suffix, word, roman in _KO_LEVEL_WORDS:
                if gov.level == "sigungu" and gov.name_ko.endswith(suffix):
                    for form in (f"{variant} {word}", f"{variant}-{roman}"):
                        if all(c.country == "KR" for c in gz.lookup(form, lang="en")):
                            gz.add(form, cand, lang="en")


def _initial(word: str) -> int:
    """The first consonant of a Hangul word (its first letter), or the first character's code."""
    if not word:
        return -1
    return decompose(word[0])[0] if is_syllable(word[0]) else ord(word[0])


@dataclass(frozen=True)
class Cand:
    """One entity a surface form can name."""

    iri: URIRef
    type: CityOrCountry
    country: str | None
    kind: CandKind
    name_ko: str = ""
    name_en: str = ""
    province: str = ""
    population: int = 0
    level: str = ""  # sido | sigungu | city | region (a province, prefecture or state abroad)


@dataclass
class Gazetteer:
    """Surface form -> candidate entities, for Korean and English text."""

    ko: dict[str, list[Cand]] = field(default_factory=lambda: defaultdict(list))
    en: dict[str, list[Cand]] = field(default_factory=lambda: defaultdict(list))
    by_iri: dict[URIRef, Cand] = field(default_factory=dict)
    #: foreign cities by a Hangul name that is also a Korean government's (양주 for Yangzhou, 안산시 for Anshan):
    #: read only where the text places the name abroad (``중국 양주시``)
    abroad: dict[str, list[Cand]] = field(default_factory=lambda: defaultdict(list))
    registry: set[frozenset[URIRef]] = field(default_factory=set)  #: pairs with a tie in the store
    in_store: set[URIRef] = field(default_factory=set)  #: entities the store already describes
    max_len: int = 0

    def add(self, surface: str, cand: Cand, *, lang: str = "ko") -> None:
        surface = surface.strip()
        if not surface:
            return
        table = self.ko if lang == "ko" else self.en
        keys = [surface] if lang == "ko" else list(dict.fromkeys((surface.lower(), ascii_fold(surface).lower())))
        for key in keys:  # Vũng Tàu is also written Vung Tau
            if all(c.iri != cand.iri for c in table[key]):
                table[key].append(cand)
        self.by_iri.setdefault(cand.iri, cand)
        if lang == "ko":
            self.max_len = max(self.max_len, len(surface))

    def lookup(self, surface: str, *, lang: str = "ko") -> list[Cand]:
        table = self.ko if lang == "ko" else self.en
        if lang == "ko":
            return list(table.get(surface, []))
        found = table.get(surface.lower())
        if not found and "-" in surface:  # Newcastle-upon-Tyne is Newcastle upon Tyne
            found = table.get(surface.lower().replace("-", " "))
        if not found and surface[:3] in ("St ", "St."):  # St Lucia is Saint Lucia, St Kitts and Nevis St. Kitts …
            rest = surface[3:].lstrip()
            found = table.get("st. " + rest.lower()) or table.get("st " + rest.lower()) or \
                table.get("saint " + rest.lower()) or \
                table.get("saint-" + rest.lower().replace(" ", "-"))  # St Etienne is Saint-Étienne; St. Albans St Albans
        if not found and surface[:6] == "Saint ":  # Saint Albans is St Albans
            found = table.get("st " + surface[6:].lower()) or table.get("st. " + surface[6:].lower())
        if not found and surface[:4] in ("Ste ", "Ste.", "Mt. ", "Ft. "):  # Ste. Genevieve, Mt. Vernon, Ft. Myers
            whole = {"Ste": "sainte", "Mt.": "mount", "Ft.": "fort"}[surface[:3]]
            found = table.get(whole + " " + surface[4:].lstrip().lower())
        return list(found or [])

    def locates(self, surface: str, *, only: bool = False) -> bool:
        """``surface`` names a country or a first-level region (중국, 허난성, 경기도): a word that locates the place
        after it. With ``only``, every reading of it must be one (no town of that name either)."""
        cands = self.lookup(surface)
        hits = [c.type == "Country" or c.level in ("region", "sido") for c in cands]
        return bool(hits) and (all(hits) if only else any(hits))

    def names_of(self, country: str | None) -> list[tuple[str, Cand]]:
        """Hangul names of the foreign cities of ``country`` (indexed once, for variant spellings)."""
        index: defaultdict[str | None, list[tuple[str, Cand]]] | None = self.__dict__.get("_by_country")
        if index is None:
            index = defaultdict(list)
            for surface, cands in self.ko.items():
                for c in cands:
                    if c.type == "City" and c.kind == "foreign" and len(surface) >= 3:
                        index[c.country].append((surface, c))
            self.__dict__["_by_country"] = index
        return index.get(country, [])

    def names_like(self, country: str, word: str) -> list[tuple[str, Cand]]:
        """Names of ``country``'s foreign cities that could be a variant spelling of ``word``: same
        first consonant, one syllable longer or shorter at most (indexed once)."""
        index: defaultdict[tuple[str | None, int, int], list[tuple[str, Cand]]] | None = \
            self.__dict__.get("_by_shape")
        if index is None:
            index = defaultdict(list)
            for cc in {c.country for cands in self.ko.values() for c in cands if c.kind == "foreign"}:
                for name, cand in self.names_of(cc):
                    index[(cc, _initial(name), len(name))].append((name, cand))
            self.__dict__["_by_shape"] = index
        key = _initial(word)
        return [x for n in (len(word) - 1, len(word), len(word) + 1) for x in index.get((country, key, n), [])]

    def has_tie(self, a: URIRef, b: URIRef) -> bool:
        return frozenset((a, b)) in self.registry


#: the store's entity types the gazetteer takes (the rest are not place names)
_STORE_TYPES: dict[str, CityOrCountry] = {"City": "City", "Country": "Country"}


def build_gazetteer(store_rows: list[tuple[URIRef, str, str, str, str | None]] | None = None,
                    ties: list[tuple[URIRef, URIRef]] | None = None) -> Gazetteer:
    """A gazetteer from the name tables plus ``store_rows`` (iri, type, label@lang text, country code)."""
    gz = Gazetteer()
    for gov in places.governments().values():
        iri = places.gov_iri(gov)
        level = gov.level
        full = Cand(iri, "City", "KR", "full", gov.name_ko, gov.name_en, gov.province_ko, 0, level)
        gz.add(gov.name_ko, full)
        if gov.short != gov.name_ko:
            gz.add(gov.short, Cand(iri, "City", "KR", "short", gov.name_ko, gov.name_en, gov.province_ko, 0, level))
        gz.add(gov.name_en, full, lang="en")
        if level == "sigungu" and gov.name_ko.endswith("시"):  # 창원특례시, 수원특례시: a large city's legal style
            gz.add(gov.name_ko[:-1] + SPECIAL_CITY_STYLE, full)
    govs = places.governments()
    for row in loader.kr_admin():
        if row.city_ko:
            continue
        if row.level != "sido" and (row.name_ko, places.province_name(row.province_ko)) not in govs:
            for gov in places.lookup(row.province_ko):  # 세종시: the province itself, one government at both levels
                gz.add(row.name_ko, Cand(places.gov_iri(gov), "City", "KR", "full", gov.name_ko, gov.name_en,
                                         gov.province_ko, 0, gov.level))
        if row.level == "sido" and row.short_ko:  # 경남, 충북, 서울: provinces' everyday short names
            for gov in places.lookup(row.name_ko):
                gz.add(row.short_ko, Cand(places.gov_iri(gov), "City", "KR", "short", gov.name_ko, gov.name_en,
                                          gov.province_ko, 0, gov.level))
                if gov.name_ko.endswith("도") and len(row.short_ko) == 2:  # 충남도, 경북도: a province as an actor
                    gz.add(row.short_ko + "도", Cand(places.gov_iri(gov), "City", "KR", "full", gov.name_ko,
                                                     gov.name_en, gov.province_ko, 0, gov.level))
        for alt in loader.kr_sido_english().get(row.name_ko, ()) if row.level == "sido" else ():
            for gov in places.lookup(row.name_ko):  # North Gyeongsang, Chungnam, Pusan: a province's English names
                gz.add(alt, Cand(places.gov_iri(gov), "City", "KR", "full", gov.name_ko, gov.name_en,
                                 gov.province_ko, 0, gov.level), lang="en")
        for alt in row.alt_ko:
            for gov in places.lookup(row.name_ko, row.province_ko or None):
                gz.add(alt, Cand(places.gov_iri(gov), "City", "KR", "full", gov.name_ko, gov.name_en,
                                 gov.province_ko, 0, gov.level))
    for abbr, code in HANJA_COUNTRIES.items():  # 日 사세보시, 中 웨이하이: headline abbreviations
        c = next((x for x in loader.countries() if x.code == code), None)
        if c is not None:
            gz.add(abbr, Cand(country_iri(code), "Country", code, "country", c.name_ko, c.name_en))
    for c in loader.countries():
        cand = Cand(country_iri(c.code), "Country", c.code, "country", c.name_ko, c.name_en)
        for n in (c.name_ko, *c.alt_ko):
            if n not in COMMON_COUNTRY_WORDS:  # 수단 (means), 말리 (of 말리다): a common word names no country
                gz.add(n, cand)
        for n in (c.name_en, *c.alt_en):
            gz.add(n, cand, lang="en")
    for fc in loader.foreign_cities():
        iri = city_iri(fc.country, fc.name_en)
        cand = Cand(iri, "City", fc.country, "foreign", fc.name_ko, fc.name_en, "", fc.population, "city")
        for n in fc.names_ko:
            if len(n) < 2:
                continue
            if n in COMMON_WORDS:
                n += "시"  # 위해 (for), 연대 (solidarity): a common word names the city only as 위해시, 연대시
            if any(c.country == "KR" for c in gz.ko.get(n, ())):
                gz.abroad[n].append(cand)  # 양주시: the Korean city, unless the text says it lies abroad
                gz.by_iri.setdefault(cand.iri, cand)
            else:
                gz.add(n, cand)
        if fc.population >= 50_000:
            gz.add(fc.name_en, cand, lang="en")
    for fr in loader.foreign_regions():  # 산둥성, 사가현, 텍사스주: a party when it acts, else a locator
        cand = Cand(city_iri(fr.country, fr.name_en, qualifier=fr.kind), "City", fr.country, "region", fr.name_ko,
                    fr.name_en, "", 0, "region")
        for n in fr.names_ko:
            gz.add(n, cand)
        gz.add(fr.name_en, cand, lang="en")  # Williamson County, Texas: the state only locates the county
    for alias, name_en, country in EN_CITY_ALIASES:  # HCMC, Saigon: the city the gazetteer knows by its full name
        for cand in gz.lookup(name_en, lang="en"):
            if cand.country == country and cand.type == "City":
                gz.add(alias, cand, lang="en")
    _add_roman_variants(gz)
    for iri, type_name, label, lang, cc in (store_rows or []):
        typ = _STORE_TYPES.get(type_name)
        if typ is None:
            continue
        gz.in_store.add(iri)
        have = gz.by_iri.get(iri)
        cand = Cand(iri, typ, cc or (have.country if have else None), "store",
                    have.name_ko if have else (label if lang == "ko" else ""),
                    have.name_en if have else (label if lang == "en" else ""),
                    have.province if have else "", have.population if have else 10**6,
                    have.level if have else "city")
        if lang == "ko" or has_hangul(label):
            if label not in COMMON_WORDS and len(label) >= 2:
                gz.add(label, cand)
        else:
            gz.add(label, cand, lang="en")
    for a, b in ties or []:
        gz.registry.add(frozenset((a, b)))
    return gz
