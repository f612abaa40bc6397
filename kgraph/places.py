"""Korean local governments and countries: canonical names, homonyms and IRIs.

The national tables (all 시도 and 시군구, countries) come from :mod:`kgraph.names`; this module
decides which IRI a government gets, so that the shipped graph and every article agree:
``city/kr/<romanized short name>``, qualified by the province when several governments share the
short name (광주광역시 → ``gwangju``, 경기도 광주시 → ``gwangju-gyeonggi``).
"""
from __future__ import annotations

import re
from collections import defaultdict
from dataclasses import dataclass
from functools import lru_cache

from rdflib import URIRef

from .names import loader
from .vocab import KGR, slug

#: KOSTAT 2018 English province names -> current official Korean names
PROVINCES_EN: dict[str, str] = {
    "Seoul": "서울특별시", "Busan": "부산광역시", "Daegu": "대구광역시", "Incheon": "인천광역시",
    "Gwangju": "광주광역시", "Daejeon": "대전광역시", "Ulsan": "울산광역시", "Sejong": "세종특별자치시",
    "Gyeonggi-do": "경기도", "Gangwon-do": "강원특별자치도", "Chungcheongbuk-do": "충청북도",
    "Chungcheongnam-do": "충청남도", "Jeollabuk-do": "전북특별자치도", "Jeollanam-do": "전라남도",
    "Gyeongsangbuk-do": "경상북도", "Gyeongsangnam-do": "경상남도", "Jeju-do": "제주특별자치도",
}
#: former names and "<city>시" forms of provinces -> current official name. The short names the news
#: uses (경기, 충북, 경남) are not repeated here: they come from the name tables' ``short_ko`` column
#: (written from ``kgraph/_build/data/sido.tsv``, their one table), see :func:`province_shorts`.
PROVINCE_ALIASES: dict[str, str] = {
    "강원도": "강원특별자치도", "전라북도": "전북특별자치도", "제주도": "제주특별자치도",
    "서울시": "서울특별시", "부산시": "부산광역시", "세종시": "세종특별자치시",
}
_SUFFIX = re.compile(r"(특별자치시|특별자치도|광역시|특별시|도|시|군|구)$")


def province_name(name: str) -> str:
    """The current official name of a province from any common form.

    >>> province_name("전라북도"), province_name("경기"), province_name("경상남도")
    ('전북특별자치도', '경기도', '경상남도')
    """
    name = name.strip()
    if name in PROVINCES_EN:
        return PROVINCES_EN[name]
    return PROVINCE_ALIASES.get(name) or province_shorts().get(name, name)


@lru_cache(maxsize=1)
def province_shorts() -> dict[str, str]:
    """The short name the news uses for each province -> its official name (from the name tables).

    >>> province_shorts()["충북"], province_shorts()["경기"], len(province_shorts())
    ('충청북도', '경기도', 17)
    """
    return {row.short_ko: row.name_ko for row in loader.kr_admin() if row.is_province and row.short_ko}


def short_name(name_ko: str) -> str:
    """A Korean government's name without its administrative suffix (kept when one syllable is left).

    >>> short_name("광명시"), short_name("서울특별시"), short_name("중구"), short_name("경기도")
    ('광명', '서울', '중구', '경기')
    """
    short = _SUFFIX.sub("", name_ko)
    return short if len(short) >= 2 else name_ko


@dataclass(frozen=True)
class Gov:
    """A Korean local government: official name, province, level and English name."""

    name_ko: str
    province_ko: str
    level: str  # sido | sigungu
    name_en: str
    lat: str = ""
    lon: str = ""

    @property
    def short(self) -> str:
        return short_name(self.name_ko)

    @property
    def admin_type(self) -> str:
        m = _SUFFIX.search(self.name_ko)
        return m.group(1) if m else ""


@lru_cache(maxsize=1)
def governments() -> dict[tuple[str, str], Gov]:
    """All Korean governments keyed by (official name, province); provinces key on themselves."""
    out: dict[tuple[str, str], Gov] = {}
    for row in loader.kr_admin():
        if row.city_ko:  # a district of a large city (일반구), not a local government of its own
            continue
        if row.level != "sido" and province_name(row.province_ko) == "세종특별자치시":
            continue  # 세종 is one government at both levels
        prov = province_name(row.name_ko if row.level == "sido" else row.province_ko)
        name = province_name(row.name_ko) if row.level == "sido" else row.name_ko
        lat = "" if row.lat is None else f"{row.lat}"
        lon = "" if row.lon is None else f"{row.lon}"
        out[(name, prov)] = Gov(name, prov, row.level, row.name_en, lat, lon)
    return out


@lru_cache(maxsize=1)
def _by_short() -> dict[str, list[Gov]]:
    idx: dict[str, list[Gov]] = defaultdict(list)
    for gov in governments().values():
        idx[gov.short].append(gov)
    return idx


def lookup(name_ko: str, province_ko: str | None = None) -> list[Gov]:
    """Governments an official or short Korean name can mean (narrowed by province when given)."""
    name_ko = province_name(name_ko)
    cands = [g for g in governments().values() if g.name_ko == name_ko] or \
        list(_by_short().get(short_name(name_ko), []))
    if province_ko:
        prov = province_name(province_ko)
        narrowed = [g for g in cands if g.province_ko == prov]
        if narrowed:
            return narrowed
    return cands


def gov_iri(gov: Gov) -> URIRef:
    """The IRI of a Korean government, qualified by province only for homonyms.

    >>> str(gov_iri(Gov("광명시", "경기도", "sigungu", "Gwangmyeong")))
    'https://w3id.org/kgraph/id/city/kr/gwangmyeong'
    """
    key = slug(gov.short)
    same = _by_short().get(gov.short, [])
    if len(same) > 1 and gov.level != "sido":
        key += "-" + slug(short_name(gov.province_ko))
    return KGR[f"city/kr/{key}"]


def qualified_names(name_ko: str, province_ko: str) -> tuple[str, ...]:
    """A government's names with its province, when others share its name (``광주광역시 남구``, ``광주 남구``).

    >>> qualified_names("남구", "광주광역시"), qualified_names("광명시", "경기도")
    (('광주광역시 남구', '광주 남구'), ())
    """
    gov = next(iter(lookup(name_ko, province_ko)), None)
    if gov is None or gov.level == "sido" or len(_by_short().get(gov.short, [])) < 2:
        return ()
    short = next((k for k, v in province_shorts().items() if v == gov.province_ko), "")
    return tuple(dict.fromkeys(f"{p} {gov.name_ko}" for p in (gov.province_ko, short) if p))


@lru_cache(maxsize=1)
def countries_by_name() -> dict[str, loader.Country]:
    """Countries keyed by every Korean and English name and alias (lower-cased) and by ISO code."""
    out: dict[str, loader.Country] = {}
    for c in loader.countries():
        names = [c.code, c.name_en, c.name_ko, *c.alt_ko, *c.alt_en]
        for n in names:
            if n:
                out.setdefault(n.lower(), c)
    return out


def country(name: str) -> loader.Country | None:
    """A country from its Korean or English name, an alias, or its ISO code.

    >>> country("독일").code, country("United States").code, country("JP").name_ko
    ('DE', 'US', '일본')
    """
    return countries_by_name().get(name.strip().lower())
