"""People, roles and organisations in Korean text: one family of phrasing per test, with invented sentences
that must be read and similar ones that must not (kgraph.extract.ko_people and patterns_ko_people)."""
import pytest
from rdflib import URIRef

from kgraph import vocab as V
from kgraph.extract.ko_people import glued_split, name_shape, same_office, title_of
from kgraph.read.article import Article


def read(ex, text):
    return ex.read(Article(text=text, url="urn:test:ko-people"))


def people(reading):
    """{name: (job title, name of the body or None)} for every person read."""
    body = {f.s: f.o for f in reading.facts if f.p == V.SCHEMA.worksFor}

    def label(iri):
        if iri is None:
            return None
        e = reading.entities.get(iri)
        return e.name if e is not None else str(iri).rsplit("/", 1)[-1]

    return {e.name: (e.attrs.get("jobTitle"), label(body.get(e.iri)))
            for e in reading.entities.values() if e.type == "Person"}


def orgs(reading):
    return {e.name: e.alt for e in reading.entities.values() if e.type == "Organization"}


# --- name shapes --------------------------------------------------------------------------------------------

def test_dotted_patronymic_names(ex):
    r = read(ex, "몽골 '울란바토르시'는 오.간바타르시장과 바. 소드놈 의회 대표 등 8명을 하남시에 보냈다.")
    p = people(r)
    assert p["오.간바타르"] == ("시장", "울란바토르시")
    assert p["바. 소드놈"][1] == "울란바토르시"  # joined to the mayor: the same city
    r = read(ex, "하남시는 지난해 9.5% 늘었다고 밝혔다.다음 해에도 늘어날 전망이다.")
    assert people(r) == {}
    assert name_shape("3.1절") is None and name_shape("체.바트") == "patronymic_initial"


def test_names_written_against_their_title(ex):
    p = people(read(ex, "이날 최민호시장과 한정우의장이 여수시청에서 대표단을 맞았다."))
    assert set(p) >= {"최민호", "한정우"}
    p = people(read(ex, "여수시장과 남대문시장, 전통시장을 둘러본 뒤 순천시장을 만났다."))
    assert p == {}
    assert glued_split("오세진군수") == ("오세진", "군수")
    assert glued_split("양산시장") is None and glued_split("재래시장") is None


def test_romanised_name_before_its_title(ex):
    p = people(read(ex, "몽골 울란바토르시 대표단은 바트 에르덴(Bat Erdene) 부시장을 비롯해 12명으로 꾸려졌다."))
    assert p["바트 에르덴"] == ("부시장", "울란바토르시")
    p = people(read(ex, "몽골 바양주르흐구(Bayanzurkh) 대표단이 하남시를 찾았다."))
    assert p == {}


def test_single_foreign_name_only_with_person_titles(ex):
    p = people(read(ex, "태국 솜차이낫 주지사 일행이 김해시를 방문했다."))
    assert "솜차이낫" in p
    p = people(read(ex, "대표단은 농산물 시장과 수산물 시장을 둘러본 뒤 김해시를 떠났다."))
    assert p == {}


def test_variant_spellings_of_one_foreign_name(ex):
    r = read(ex, "솜차이낫 주지사가 김해시를 찾았다. 태국 치앙마이 솜차이 주지사는 협력을 약속했다.")
    ps = [e for e in r.entities.values() if e.type == "Person"]
    assert len(ps) == 1 and ps[0].alt == {"솜차이"}
    r = read(ex, "김민수 김해시장과 김민 양산시장이 만났다.")
    assert {"김민수", "김민"} <= set(people(r))  # Korean names never merge by prefix


def test_provinces_and_places_are_not_names(ex):
    p = people(read(ex, "대구시는 나보이주 주지사 알리셰르 토시예프 일행이 대구시장을 예방한다고 밝혔다."))
    assert "알리셰르 토시예프" in p and "나보이주" not in p
    p = people(read(ex, "중국 푸퉈구 리밍 부구장과 하남시 부시장이 만났다."))
    assert not any(name.startswith("푸퉈구") for name in p)


def test_nouns_before_a_title_are_not_names(ex):
    p = people(read(ex, "방미 김철수 지사는 협약을 맺었다. 이후 김 지사는 오는 10월 다시 방문한다."))
    assert set(p) == {"김철수"}
    p = people(read(ex, "이번 방일 기간 정 부시장을 비롯한 대표단은 오사카시를 찾았다."))
    assert not any(" " in name or name in ("방일", "기간") for name in p)


# --- titles and bodies --------------------------------------------------------------------------------------

def test_bare_council_is_the_articles_own_council(ex):
    r = read(ex, "창원시 방문단은 한상민 창원시장과 정해원 시의회 의장이 이끌었다.")
    p = people(r)
    assert p["정해원"] == ("의장", "창원시의회")
    assert "시의회" in orgs(r)["창원시의회"]
    assert "창원시의회" not in orgs(read(ex, "창원시는 시의회 의원들과 함께 대표단을 맞았다."))


def test_named_council_in_a_glued_title_is_an_organisation(ex):
    p = people(read(ex, "협약식에는 오진석 순천시장과 추윤구 성북구의회의장이 참석했다."))
    assert p["추윤구"] == ("구의회 의장", "성북구의회")
    assert p["오진석"] == ("시장", "순천시")
    assert title_of("광명시의장") == ("시의회 의장", "광명시")  # a contraction names the city


def test_parenthesised_title_after_an_organisation(ex):
    r = read(ex, "시애틀 코리안 상공회의소(회장 제임스 박)가 방문을 주선했다. 성북구의회(의장 윤태원)는 환영했다.")
    p = people(r)
    assert p["제임스 박"] == ("회장", "시애틀 코리안 상공회의소")
    assert p["윤태원"] == ("의장", "성북구의회")
    assert people(read(ex, "성북구의회(사진 왼쪽)는 대표단을 맞았다.")) == {}


def test_joined_pairs_share_the_first_body(ex):
    p = people(read(ex, "베트남 다낭시의 쩐 반 남 시장과 레 꽝 훙 의장 등 9명이 하남시를 찾았다."))
    assert p["레 꽝 훙"][1] == "다낭시"
    p = people(read(ex, "성북구의회의 윤태원 의장을 비롯해 최경희 부의장, 박상철 의원이 참석했다."))
    assert p["최경희"][1] == "성북구의회" and p["박상철"][1] == "성북구의회"
    p = people(read(ex, "오진석 순천시장과 헤르난 로페스 부시장이 만났다. 한상민 창원시장과 이정화 교수가 발표했다."))
    assert p["헤르난 로페스"][1] is None  # a foreign officer is not the Korean city's
    assert p["이정화"][1] is None  # a professor listed after a mayor is not the city's


def test_names_listed_before_a_shared_title(ex):
    p = people(read(ex, "국회 한상철·안미영·위도곤 의원과 표태수, 김옥남 의원이 축사를 했다."))
    assert {"한상철", "안미영", "위도곤", "표태수", "김옥남"} <= set(p)
    p = people(read(ex, "성북구의회 윤태원 의장, 부의장, 송정애 의원이 참석했다."))
    assert "부의장" not in p


def test_short_reference_with_a_place_title(ex):
    r = read(ex, "오진석 순천시장은 협약서에 서명했다. 오 순천시장은 교류를 약속했다. 김 순천시장은 없었다.")
    iri = next(e.iri for e in r.entities.values() if e.name == "오진석")
    spans = r.entities[iri].mentions
    assert len(spans) == 1  # the entity keeps its full-name mention
    assert "김" not in people(r) and len(people(r)) == 1
    assert same_office("도지사", "지사") and not same_office("시장", "군수")


def test_one_syllable_districts_and_posted_titles(ex):
    p = people(read(ex, "이날 행사에는 김정훈 중구청장과 이민호 주베트남 한국대사가 참석했다."))
    assert p["김정훈"][0] == "구청장"
    assert p["이민호"][0] == "주베트남 한국대사"
    assert "이민호 주베트남" not in p


def test_organisation_before_a_title_without_a_suffix(ex):
    r = read(ex, "피터 존스 케임브리지대 교수와 우림대 이홍석 부총장이 발표했다. 마크 리 UN 사무차장도 왔다.")
    p = people(r)
    assert p["피터 존스"] == ("교수", "케임브리지대")
    assert p["이홍석"] == ("부총장", "우림대")
    assert p["마크 리"][1] == "UN"
    assert "대표단 교수" not in people(read(ex, "하남시 대표단 교수 3명이 참석했다."))


def test_council_named_in_the_sentence(ex):
    p = people(read(ex, "대표단은 성북구의회를 방문해 윤태원 의장과 환담했다."))
    assert p["윤태원"] == ("의장", "성북구의회")
    p = people(read(ex, "협약식에는 윤태원 의장과 창원시의회 대표단이 참석했다."))
    assert p["윤태원"][1] != "창원시의회"


# --- organisations ------------------------------------------------------------------------------------------

def test_troupes(ex):
    o = orgs(read(ex, "만찬에서는 전통예술단 '가온누리'의 공연과 하남시립합창단의 노래가 이어졌다."))
    assert "가온누리" in o and "하남시립합창단" in o and "전통예술단" not in o
    o = orgs(read(ex, "국악공연단과 시립합창단의 축하공연이 펼쳐졌다."))
    assert o == {}


def test_business_groups_and_offices(ex):
    o = orgs(read(ex, "만찬은 경제인회 주최로 열렸다. 두 지역은 연락기관(창원시 국제협력과, 다낭시 대외협력과)을 정했다."))
    assert {"경제인회", "창원시 국제협력과"} <= set(o)
    o = orgs(read(ex, "창원시 국제협력과 교류를 강화하기로 했다."))
    assert not any("국제협력과" in n for n in o)


def test_latin_names_glossed_in_hangul(ex):
    o = orgs(read(ex, "포럼은 UCLG ASPAC(세계지방정부연합 아시아태평양지부)이 주최했다."))
    assert "UCLG ASPAC" in o and "세계지방정부연합 아시아태평양지부" in o["UCLG ASPAC"]
    o = orgs(read(ex, "하남시는 베트남 Da Lat(달랏)과 교류한다."))
    assert not any("Da Lat" in n or n == "Lat" for n in o)


def test_every_person_gets_the_organisation_it_works_for_as_an_entity(ex):
    r = read(ex, "한빛대학교(총장 원상걸)는 국제포럼을 열었다.")
    body = {f.o for f in r.facts if f.p == V.SCHEMA.worksFor}
    assert body and all(isinstance(b, URIRef) and b in r.entities for b in body)


def test_photo_note_between_name_and_title(ex):
    p = people(read(ex, "윤태원(앞줄 가운데) 의장이 성북구의회를 찾은 대표단과 기념촬영을 했다."))
    assert "윤태원" in p and p["윤태원"][0] == "의장"
    p = people(read(ex, "대표단(앞줄 가운데)이 성북구의회를 찾았다."))
    assert p == {}


def test_former_posts_link_to_no_body(ex):
    p = people(read(ex, "김철수 전 순천시장과 오진석 순천시장이 참석했다."))
    assert p["김철수"] == ("전 시장", None)
    assert p["오진석"] == ("시장", "순천시")


def test_two_word_names_keep_a_syllable_ending_in_si(ex):
    p = people(read(ex, "남아공 더반 쏠리시 카운다 시장이 하남시를 찾았다."))
    assert "쏠리시 카운다" in p


def test_people_marked_without_an_office(ex):
    p = people(read(ex, "대상은 김민지 학생이 받았고, 이서준 작가와 박하늘 씨가 심사했다."))
    assert p["김민지"] == ("학생", None) and {"이서준", "박하늘"} <= set(p)
    p = people(read(ex, "참가 학생과 우수 작가, 장애인 선수, 심장병 어린이가 함께했다."))
    assert p == {}


def test_names_with_chinese_characters_or_diacritics(ex):
    p = people(read(ex, "박민수(朴敏洙) 순천시장과 王建國 부시장, 하칸 아크소이(Hakan Aksöy) 시장이 만났다."))
    assert p["박민수"] == ("시장", "순천시")
    assert "王建國" in p and "하칸 아크소이" in p
    p = people(read(ex, "순천시(順天市)는 교류를 강화한다."))
    assert p == {}


def test_foreign_name_joined_by_a_middle_dot(ex):
    p = people(read(ex, "체코 오스트라바시 토마시·노바크 시장이 순천시를 찾았다."))
    assert "토마시·노바크" in p
    p = people(read(ex, "순천시·창원시 시장이 만났다. 문화·관광 국장이 참석했다."))
    assert p == {}


def test_honorific_after_a_title(ex):
    p = people(read(ex, "김경호 구청장은 “오진석 순천시장님과 윤태원 의장님께 감사드린다”고 말했다."))
    assert p["오진석"][0] == "시장" and p["윤태원"][0] == "의장"


def test_government_words_are_not_name_parts(ex):
    p = people(read(ex, "중국 다롄시 인민정부 류젠궈 부시장 일행이 순천시를 찾았다."))
    assert not any("인민정부" in name for name in p)
    assert not orgs(read(ex, "다롄시 인민정부는 교류를 제안했다.")).keys() & {"인민정부", "다롄시 인민정부"}


def test_a_place_between_name_and_title_locates_the_title(ex):
    # 김철수 부산 남구청장: the metropolitan city or province locates the 구/시/군 of the title
    p = people(read(ex, "부산 남구는 8일 일본 방문단을 맞았다. 김철수 부산 남구청장이 환영사를 했다."))
    assert p["김철수"][1] in ("남구", "Nam")
    p = people(read(ex, "이날 행사에는 홍길동 경기 광주시장과 이몽룡 전북 부안군수가 참석했다."))
    assert set(p) == {"홍길동", "이몽룡"}
    # the word before the place is no name: nobody
    assert people(read(ex, "이날 오후 부산 남구청장이 환영사를 하며 교류를 약속했다.")) == {}


# --- foreign names in further shapes (this release) -------------------------------------------------------

def test_joined_foreign_name_before_a_foreign_mayor_title(ex):
    # a long name written as one word, its last syllable like a city's (시), before the city's own mayor title
    p = people(read(ex, "하동군 방문단은 일본 가와고에시를 찾아 다카하시요시 가와고에시장과 환담했다."))
    title, body = p.get("다카하시요시", (None, None))
    assert title == "시장" and (body or "").startswith("가와고에")
    # words before the title that end the same way but are no names: an adverb, a word of time
    p = people(read(ex, "하동군 방문단은 일본 가와고에시를 찾아 다시 가와고에시장과 환담했다."))
    assert "다시" not in p
    p = people(read(ex, "하동군 방문단은 일본 가와고에시를 찾아 당시 가와고에시장과 환담했다."))
    assert "당시" not in p


def test_foreign_name_between_an_organisation_and_its_officer_title(ex):
    p = people(read(ex, "대표단은 현지 국제친선협회 야마다겐타로 회장과 교류 방안을 논의했다."))
    assert p.get("야마다겐타로") == ("회장", "국제친선협회")
    # a common word in that place is no name; a city before the title is not an organisation
    p = people(read(ex, "대표단은 국제친선협회 관계자 회장단과 교류 방안을 논의했다."))
    assert "관계자" not in p and "회장단" not in p
    p = people(read(ex, "대표단은 오사카시 야마다겐타로 회장과 만났다."))
    assert p.get("야마다겐타로", (None, None))[1] != "오사카시"


def test_foreign_name_glossed_with_chinese_characters(ex):
    p = people(read(ex, "중국 외사판공실 류 진 펑(劉振鵬) 주임 일행 5명이 14일 평택시청을 방문했다."))
    assert p.get("류 진 펑") == ("주임", None) or p.get("류 진 펑", (None,))[0] == "주임"
    assert "외사판공실 류 진 펑" not in p and "중국 외사판공실 류 진 펑" not in p
    # the same name spaced another way later is the same person
    r = read(ex, "류 진 펑(劉振鵬) 주임이 평택시청을 찾았다. 류 진펑 주임은 교류를 제안했다.")
    assert sum(1 for e in r.entities.values() if e.type == "Person") == 1
    # Chinese characters after a common word are no name
    p = people(read(ex, "양 도시는 교류(交流) 협력을 이어왔다."))
    assert p == {}


def test_new_titles_of_chinese_offices(ex):
    assert title_of("주임") == ("주임", None) and title_of("참찬") == ("참찬", None)
    assert title_of("주민") is None


def test_a_bare_province_between_name_and_glued_title(ex):
    # 제주, 강원: a province name alone locates the city of the title glued after it; it is no part of the name
    p = people(read(ex, "체결식에는 박영희 제주 서귀포시장과 최민수 강원 춘천시장이 참석했다."))
    assert p.get("박영희") == ("시장", "서귀포시") and p.get("최민수") == ("시장", "춘천시")
    # a three-syllable word shaped like a Korean name before the title stays the name
    p = people(read(ex, "체결식에는 김제주 서귀포시장이 참석했다."))
    assert "김제주" in p


def test_places_between_a_foreign_name_and_a_district_title(ex):
    # name, country, city, district, then the district's (deputy) head: the name is the first word
    p = people(read(ex, "이날 행사에는 이민호 충주시장과 왕밍 중국 상해시 정안구 부구장 등이 참석했다."))
    assert p.get("왕밍", (None, None))[0] == "부구장"
    assert not any(n.startswith(("정안", "등")) for n in p)
    # a district after a city no gazetteer knows is the party named
    r = read(ex, "충주시는 중국 상해시 정안구와 우호교류 협약을 맺었다.")
    assert "정안구" in {e.name for e in r.entities.values() if e.type == "City"}


def test_government_units_are_not_parts_of_a_foreign_name(ex):
    # 임업국, 판공실, 대표처: a bureau or office before its officer's name, never part of the name
    p = people(read(ex, "난닝시 대표단은 교통국 주해명 국장, 외사판공실 유강 부주임 등 5명으로 구성됐다."))
    assert {"주해명", "유강"} <= set(p) and not any("국 " in n or "판공실" in n for n in p)
    # a two-word foreign name is still joined when no unit word comes before it
    p = people(read(ex, "일본 가나자와시 대표단은 쓰지 마사히로 부시장 등 5명으로 구성됐다."))
    assert "쓰지 마사히로" in p


def test_a_bare_council_after_its_place(ex):
    names = set(orgs(read(ex, "일본 사가(佐賀)현 의회는 10일 조례를 제정했고 충주시 의회도 입장을 냈다.")))
    assert {"사가(佐賀)현 의회", "충주시 의회"} <= names
    # a council after a word that is no place is no named council
    assert not any(n.endswith(" 의회") for n in orgs(read(ex, "이번 의회는 10일 조례를 제정했다.")))


def test_a_leading_acronym_or_parent_body_is_part_of_the_name(ex):
    names = set(orgs(read(ex, "체코 VSB 공과대학과 국회 문화체육관광위원회 관계자들이 충주시를 찾았다.")))
    assert {"VSB 공과대학", "국회 문화체육관광위원회"} <= names
    # a Hangul word before the name is no acronym: the name stays alone
    names = set(orgs(read(ex, "새로운 공과대학 관계자들이 충주시를 찾았다.")))
    assert not any(n.startswith("새로운") for n in names)


def test_officers_of_a_city_government_and_its_bureaus(ex):
    # city, its government or bureau, then the officer: the city is the body; later bureau officers share it
    p = people(read(ex, "닝보시 대표단은 닝보시 인민정부 왕밍 부시장을 비롯해 닝보시 교통국 주해명 국장, "
                        "수산국 양조 국장, 외사판공실 장군 부주임 등 5명으로 구성됐다."))
    assert p.get("왕밍") == ("부시장", "닝보시") and p.get("주해명") == ("국장", "닝보시")
    assert p.get("양조", (None, None))[1] == "닝보시" and p.get("장군", (None, None))[1] == "닝보시"
    # a common two-syllable word with no bureau before it is no name
    p = people(read(ex, "이번 행사에는 장군 부대 관계자와 충주시 관계자가 참석했다."))
    assert "장군" not in p


def test_long_names_glossed_in_latin_letters(ex):
    # four name words glossed by four Latin words, after their city; a region between gloss and title
    p = people(read(ex, "협약식에는 필리핀 파시그 후안 카를로스 델라 크루스(Juan Carlos Dela Cruz) 시장이 참석했다."))
    assert p.get("후안 카를로스 델라 크루스", (None, None))[0] == "시장"
    p = people(read(ex, "우즈베키스탄 사마르칸트주 대표단이 왔다. 알리모프 바흐롬 토히로비치(ALIMOV Bakhrom Tohirovich) "
                        "사마르칸트주 주지사가 충주시장을 만났다."))
    assert p.get("알리모프 바흐롬 토히로비치", (None, None))[0] == "주지사"
    # a gloss of an organisation is no person
    assert people(read(ex, "충주시는 세계도시연맹(United Cities League) 회의에 참석했다.")) == {}


def test_a_rank_written_before_the_title(ex):
    p = people(read(ex, "닝보시 대표단은 왕밍 상무 부시장 등 6명으로 구성됐다."))
    assert p.get("왕밍") == ("상무 부시장", "닝보시") and not any("상무" in n for n in p)
    # a word that is no rank stays outside the title
    p = people(read(ex, "닝보시 대표단은 왕밍 부시장 등 6명으로 구성됐다."))
    assert p.get("왕밍", (None,))[0] == "부시장"


def test_people_listed_with_middle_dots_after_their_titles(ex):
    r = read(ex, "현장에는 박민수 충주시장을 비롯해 국회 문화위원회 강민구 국회의원·독일 뮌스터시 카타리나 뮐러 시장·"
                 "중국 닝보시 왕밍 부시장 등 내빈들이 함께했다.")
    p = people(r)
    assert p.get("강민구") == ("국회의원", "국회 문화위원회")
    assert p.get("카타리나 뮐러", (None,))[0] == "시장" and p.get("왕밍", (None,))[0] == "부시장"
    assert "문화위원회" not in orgs(r)  # one organisation, under its full name
    # names joined by a dot before one shared title stay a list of names
    p = people(read(ex, "이날 김철수·이영희 충주시의원이 참석했다."))
    assert {"김철수", "이영희"} <= set(p)


def test_a_troupe_a_city_owns_and_unions(ex):
    names = set(orgs(read(ex, "중국 닝보시의 서커스단과 충주시의 시립농악단이 사전공연을 선보였고 충주시 공무원노조도 함께했다.")))
    assert {"서커스단", "시립농악단"} <= names
    # a kind of troupe no city owns is no organisation
    assert not set(orgs(read(ex, "이날 축하공연단과 서커스단이 공연을 펼쳤다."))) & {"축하공연단", "서커스단"}


def test_a_verb_with_its_ending_is_no_name_before_a_title(ex):
    r = read(ex, "대표단은 시의회를 방문하여 의회의장을 만났다. 일행은 시청을 방문한 뒤 부시장과 환담했다.")
    assert not any(n.startswith("방문") for n in people(r))
    r = read(ex, "대표단은 시의회를 찾아 방동수 의장을 만났다.")
    assert "방동수" in people(r)  # a name that starts like the verb is still a name


def test_facilities_and_groups_are_no_names(ex):
    r = read(ex, "대표단은 박물관, 혁신발전관 등 대표 주요 시설을 둘러봤다. 공로자 감사장 수여식도 열렸다.")
    assert people(r) == {}
    r = read(ex, "김병내 남구청장과 박물진 관장이 참석했다.")
    assert "김병내" in people(r)  # a name Kiwi cuts like a verb is still a name


def test_a_list_word_ends_a_foreign_name(ex):
    r = read(ex, "대표단은 항저우 미술관, 시후 문화관광구 전시관 등 대표 시설을 둘러봤다.")
    assert not any("등" in n.split() for n in people(r))


def test_a_foreign_officer_named_short_is_not_bound_to_the_korean_city(ex):
    r = read(ex, "김해시의회 대표단이 일본 나카츠시를 찾았다. 나카츠시청에서 야마다 다로 시장이 참석한 가운데 간담회가 열렸다. "
                 "다로 시장은 환영했다.")
    assert people(r).get("야마다 다로", (None, None))[1] != "김해시"
    assert not any(e.name.startswith("가운데") for e in r.entities.values() if e.type == "Event")
    r = read(ex, "김해시는 교류를 이어왔다. 박민수 시장은 환영했다.")
    assert people(r)["박민수"][1] == "김해시"  # a Korean name with a bare title: the article's own city


def test_a_table_word_is_never_a_person_and_names_may_end_in_ru(ex):
    r = read(ex, "단장인 스즈키 가오루 의장을 비롯해 운영위원회 소속 의원 등 6명이 광명시를 찾았다.")
    p = people(r)
    assert "소속" not in p and "스즈키 가오루" in p


def test_township_heads_glued_or_apart(ex):
    r = read(ex, "박민호 상동면장과 최수진 하동면장은 지원을 약속했다. 김영수 면장이 인사했다.")
    p = people(r)
    assert p["박민호"][0] == "면장" and p["최수진"][0] == "면장" and p["김영수"][0] == "면장"
    r = read(ex, "학생들은 운동장에서 공을 찼다.")
    assert people(r) == {}


def test_a_head_is_bound_to_a_body_of_the_level_of_its_title(ex):
    # a 군수 heads a 군: the visiting 시 named before him is not his body, the article's own 군 is
    r = read(ex, "보성군은 일본 오기시 대표단이 13일 군을 방문했다고 밝혔다. 오기시 대표단은 김민호 군수와 환담했다.")
    assert people(r)["김민호"] == ("군수", "보성군")
    r = read(ex, "보성군은 일본 오기시 대표단이 13일 군을 방문했다고 밝혔다. 대표단은 오기시 야마다 다로 시장과 왔다.")
    assert people(r)["야마다 다로"][1] == "오기시"  # a 시장 of the 시 stays its own


def test_a_one_word_foreign_name_before_a_peoples_committee_title(ex):
    r = read(ex, "베트남 떤롱성 인민위원회 대표단은 쩐반남꽝 인민위원장을 단장으로 꾸려졌다.")
    assert people(r).get("쩐반남꽝", (None,))[0] == "인민위원장"
    r = read(ex, "대표단은 인민위원장을 만났다.")
    assert not people(r)


def test_a_country_and_a_party_between_a_name_and_its_body(ex):
    r = read(ex, "성동구청장이 4일 부이 반 남 베트남 공산당 중앙대외위원회 부위원장을 만났다.")
    assert people(r).get("부이 반 남", (None, None))[1] == "중앙대외위원회"
    assert "공산당" not in people(r)  # a party is never a name


def test_a_unit_of_the_city_between_it_and_a_foreign_name(ex):
    r = read(ex, "대표단은 일본 오기시 관광과 다나카 하나코 과장과 기획과 스즈키 이치로 계장으로 꾸려졌다.")
    assert people(r).get("다나카 하나코") == ("과장", "오기시")
    assert "관광과 다나카 하나코" not in people(r) and people(r).get("스즈키 이치로", (None,))[0] == "계장"


def test_a_party_between_a_korean_name_and_its_title(ex):
    r = read(ex, "대표단에는 김민호 국민의힘 대표의원, 박서진 더불어민주당 대표의원, 최유나 의원이 함께했다.")
    assert {"김민호", "박서진", "최유나"} <= set(people(r))
    assert "국민의힘" not in people(r)


def test_a_party_secretary_written_apart_and_a_missions_officer(ex):
    r = read(ex, "장웨이 중국 후저우시 당 서기를 비롯한 대표단 5명은 보령시를 찾았다.")
    assert people(r).get("장웨이") == ("당 서기", "후저우시")
    r = read(ex, "리밍 중국 후저우시 당 부서기 일행이 보령시를 찾았다.")
    assert people(r).get("리밍") == ("당 부서기", "후저우시")
    # a mission's name before the title is the body, not a post abroad written in the title
    r = read(ex, "행사에는 최지훈 주상하이대한민국총영사관 영사와 한수민 주일본대사관 참사관이 함께했다.")
    assert people(r).get("최지훈") == ("영사", "주상하이대한민국총영사관")
    assert people(r).get("한수민") == ("참사관", "주일본대사관")
    r = read(ex, "행사에는 윤서준 주인도네시아 한국대사가 함께했다.")
    assert people(r).get("윤서준", (None,))[0] == "주인도네시아 한국대사"  # a post abroad stays in the title
    # must not: 서기 and 당 as plain words make no person
    r = read(ex, "서기를 맡은 학생이 회의록을 썼고 당 대표는 회의에 참석했다.")
    assert not people(r)


def test_a_region_right_before_its_heads_name_is_the_body(ex):
    r = read(ex, "이날 만찬에는 베트남 박닌성 쩐티뚜 성장과 태국 치앙마이주 솜차이 주지사가 참석했다.")
    assert people(r).get("쩐티뚜") == ("성장", "박닌성")
    r = read(ex, "이날 만찬에는 베트남 꽝찌성 레 반 뚜언 부성장이 참석했다.")
    assert people(r).get("레 반 뚜언") == ("부성장", "꽝찌성")
    assert any(e.type == "City" and e.name == "꽝찌성" for e in r.entities.values())  # the body is an entity
    # must not: a region that only locates the next city is no one's body
    r = read(ex, "이날 만찬에는 중국 산둥성 웨이팡시 장밍 부시장이 참석했다.")
    assert people(r).get("장밍", (None, None))[1] == "웨이팡시"


def test_officers_of_a_peoples_congress_committee(ex):
    r = read(ex, "중국 윈난성 인민대표대회 외사위원회 리샤오궈 주임위원과 천밍 상무위원회 부비서장이 왔다.")
    assert people(r).get("리샤오궈") == ("주임위원", "외사위원회")
    assert people(r).get("천밍") == ("부비서장", "상무위원회")
    r = read(ex, "위원회는 주임위원 선출을 미뤘다.")
    assert not people(r)


@pytest.mark.parametrize("text,body", [
    ("중국 추성시 인민대표대회 상무위원회 왕리 부주임 일행이 11일 연천군을 방문한다.", "추성시 인민대표대회 상무위원회"),
    ("중국 추성시 인민대표상임위 왕리 부주임 일행이 11일 연천군을 방문한다.", "추성시 인민대표상임위")])
def test_an_officer_of_a_city_s_congress_committee_works_for_it_under_its_full_name(ex, text, body):
    """``X시 인민대표대회 상무위원회 NAME 부주임`` (or one word: ``인민대표상임위``): the committee of X's congress,
    one body under its full name, and the committee's word is no part of the person's name."""
    r = read(ex, text)
    assert people(r) == {"왕리": ("부주임", body)}
    assert "상무위원회" not in orgs(r)
    # look-alike: a city's own officer before the name works for the city
    r = read(ex, "중국 추성시 왕리 부시장 일행이 11일 연천군을 방문한다.")
    assert people(r)["왕리"][0] == "부시장" and people(r)["왕리"][1] in ("추성시", "쩌우청")


def test_a_headline_names_a_foreign_head_by_surname_before_the_whole_name(ex):
    r = read(ex, "기타무라 시장 광명 방문\n일본 오기시 기타무라 준 시장이 12일 광명시를 방문했다.")
    assert people(r) == {"기타무라 준": ("시장", "오기시")}  # one person, never the article's own mayor
    # must not: the same surname with another title is another person
    r = read(ex, "기타무라 의장 방문\n일본 오기시 기타무라 준 시장과 광명시 기타무라 의장이 만났다.")
    assert "기타무라 준" in people(r) and people(r)["기타무라 준"][0] == "시장"
    assert all(name == "기타무라 준" or title != "시장" for name, (title, _) in people(r).items())


def test_a_kind_of_school_alone_is_no_organisation(ex):
    r = read(ex, "이번 교류에는 서귀포시 초등학교 학생 9명과 중학교 교사 2명이 함께한다.")
    assert not orgs(r)
    r = read(ex, "이번 교류에는 서귀포시 대신초등학교 학생 9명이 함께한다.")
    assert any(n.endswith("대신초등학교") and (n == "대신초등학교" or "대신초등학교" in alt) for n, alt in orgs(r).items())


def test_a_glossed_name_with_its_city_before_the_title(ex):
    r = read(ex, "방문은 왕쉐밍(王雪明) 다롄시 부시장과 외사판공실 직원 2명으로 구성된 대표단이 이뤘다.")
    assert people(r) == {"왕쉐밍": ("부시장", "다롄")}  # and no 외사판공실 직원 after 부시장과
    r = read(ex, "대표단은 다롄시 부시장 왕쉐밍 일행이다.")
    assert people(r) == {"왕쉐밍": ("부시장", "다롄")}  # 일행이다: a noun and its copula, no name part


def test_a_citys_short_name_apart_from_its_council_or_head(ex):
    r = read(ex, "일본 조후 시의회 의원 방문단은 지난 10일 김천 시의회를 찾았다.")
    assert {"조후시의회", "김천시의회"} <= set(orgs(r))
    assert not people(r)  # 조후 시의원 is no person called 조후
    r = read(ex, "이날 행사에는 김천 시장과 하동 군수가 함께했다.")
    assert not people(r)
    r = read(ex, "이날 행사에는 김구 의원과 이산 시장이 함께했다.")  # must: two-syllable names that are no city
    assert set(people(r)) == {"김구", "이산"}


def test_bare_councillors_serve_the_articles_city(ex):
    r = read(ex, "보령시는 6일 기념식을 열었다. 기념식에는 강민호·윤서연 시의원이 참석했다.")
    assert people(r) == {"강민호": ("시의원", "보령시"), "윤서연": ("시의원", "보령시")}
    r = read(ex, "기념식에는 하코네정 의회의 야마다 다로 의원이 참석했다.")
    assert people(r).get("야마다 다로", (None, None))[1] != "보령시"


def test_a_chinese_governments_head_title_and_one_letter_photo_notes(ex):
    assert title_of("인민정부시장") == ("시장", None) and title_of("시정부부시장") == ("부시장", None)
    assert title_of("정부시장") is None  # no government body before the title: no title
    r = read(ex, "보령시는 14일 김민수(좌) 시장과 이우시 왕밍(우) 부시장이 협정을 맺었다고 밝혔다.")
    assert people(r).get("김민수", (None,))[0] == "시장"
    r = read(ex, "보령시는 14일 좌우 시장 상인들과 간담회를 가졌다고 밝혔다.")
    assert not people(r)


def test_a_two_syllable_verb_with_its_linking_ending_is_no_name(ex):
    r = read(ex, "홍길동 의장은 교류 활성화를 위하여 상임위원장과 함께 오찬을 가졌다.")
    assert set(people(r)) == {"홍길동"}  # 위하여 상임위원장: a verb, then a title alone
    r = read(ex, "대화를 통하여 협력하자고 오찬에서 위하진 상임위원장과 홍길동 의장이 말했다.")
    assert set(people(r)) == {"위하진", "홍길동"}  # must: a name of the same letters is still read


def test_a_hanja_gloss_with_the_post_in_the_same_brackets(ex):
    r = read(ex, "보령시의회는 이날 왕밍(王明, 중국 통화시 부시장) 단장을 비롯한 대표단을 맞이했다.")
    assert people(r).get("왕밍") == ("단장", "통화시")
    r = read(ex, "보령시의회는 이날 문화(文化, 관광 분야) 교류 방안을 논의했다.")  # must not: a glossed word, no title
    assert not people(r)


def test_a_bare_council_title_belongs_to_the_council_reporting_the_sentence(ex):
    r = read(ex, "부산시와 부산시 관계자들도 함께했다. 홍길동 의장이 4일 의회 소회의실에서 일본 구레시 의원 대표단을 "
                 "맞이했다고 보령시의회가 밝혔다.")
    assert people(r)["홍길동"] == ("의장", "보령시의회")  # not the council of the city named most
    r = read(ex, "홍길동 의장이 4일 구레시의회를 방문했다고 보령시는 밝혔다.")  # must not: a council visited
    assert people(r)["홍길동"][1] != "구레시의회"


def test_a_press_tag_glued_to_the_first_word(ex):
    r = read(ex, "[보령신문]홍길동 의장이 4일 일본 구레시 의원 대표단을 맞이했다고 보령시의회가 밝혔다.")
    assert people(r) == {"홍길동": ("의장", "보령시의회")}  # the tag is no body, and no part of the name


def test_a_city_whose_name_ends_in_bu_before_its_mayor(ex):
    assert title_of("의정부시장") == ("시장", "의정부시") and title_of("의정부시부시장") == ("부시장", "의정부시")
    assert title_of("광명시부시장") == ("부시장", "광명시")  # must: a deputy mayor stays one
    r = read(ex, "안병용 의정부시장과 홍귀선 부시장은 대표단을 맞았다.")
    assert people(r) == {"안병용": ("시장", "의정부시"), "홍귀선": ("부시장", "의정부시")}


def test_a_name_with_its_age_in_brackets_before_a_person_word(ex):
    r = read(ex, "올해 파견된 직원은 민원담당 김민석(남, 41세)씨와 홍길동(45) 씨다.")
    assert set(people(r)) == {"김민석", "홍길동"}
    r = read(ex, "보령시는 홍길동(45)씨앗 나눔 행사를 열었다.")  # must not: a word that only starts like 씨
    assert not people(r)


def test_a_long_body_name_before_a_latin_gloss_is_no_person_and_its_officer_is_read(ex):
    r = read(ex, "이후 세계지방정부협의회(ICLEI) 사무총장의 기조연설이 있었다.")
    assert not people(r)  # the last syllables of a body's name are no name
    r = read(ex, "이후 헨리 반 더 베르크 세계지방정부협의회(ICLEI) 사무총장의 기조연설이 있었다.")
    assert people(r) == {"헨리 반 더 베르크": ("사무총장", "세계지방정부협의회")}
    r = read(ex, "부르마 발도르즈(Burmaa Baldorj) 부의장이 참석했다.")  # must: a name glossed in Latin letters
    assert "부르마 발도르즈" in people(r)


def test_a_long_mongolian_name_a_new_post_and_an_event_that_looks_like_a_name(ex):
    r = read(ex, "방문단은 5일 바트 에르덴바야스갈랑 울란바토르시의회 신임 의장을 만났다.")
    assert people(r) == {"바트 에르덴바야스갈랑": ("의장", "울란바토르시의회")}
    r = read(ex, "김 시장은 일본의 대표 전통축제 '기온마쓰리' 행사를 둘러볼 계획이다.")  # must not: an event
    assert not people(r)
    assert title_of("의장") == ("의장", None)


def test_a_head_title_glued_to_the_region_or_district_it_heads(ex):
    r = read(ex, "카라칼팍주 대표단이 대전시를 찾았다. 이날 도르존 바야르 카라칼팍주지사가 시장과 면담했다.")
    assert people(r)["도르존 바야르"] == ("주지사", "카라칼팍주")
    r = read(ex, "베트남 탄호아성 대표단은 응우옌 반 탐 탄호아성장 등 10명으로 구성됐다.")
    title, body = people(r)["응우옌 반 탐"]
    assert title == "성장" and body in ("탄호아성", "타인호아성")  # the gazetteer's spelling of Thanh Hoa
    r = read(ex, "이날 행사에는 김민수 전라남도지사가 참석했다.")  # must: a Korean province's governor, as before
    assert people(r)["김민수"][1] == "전라남도"
    r = read(ex, "이날 오후 민원실 이상도 과장이 참석했다.")  # must not: a title with no known place in it
    assert people(r)["이상도"][1] != "민원실"


def test_a_city_spoken_of_before_a_name_is_no_part_of_the_name(ex):
    r = read(ex, "시는 박서연 행정부시장이 16일 하노이시를 방문했다고 밝혔다.")
    assert "박서연" in people(r) and not any(n.startswith("시는") for n in people(r))
    r = read(ex, "하노이시 대표단이 왔다. 시는 레 반 민 부시장이 16일 광명시를 방문했다고 밝혔다.")
    assert "레 반 민" in people(r) and not any(n.startswith("시는") for n in people(r))


def test_an_ambassador_posted_to_a_country_written_apart_is_no_name(ex):
    r = read(ex, "주지사는 지난달 주 우즈벡 한국대사와 면담했다.")
    assert people(r) == {}
    r = read(ex, "주지사는 지난달 김하늘 주 우즈벡 한국대사와 면담했다.")  # must: the name before the post
    assert people(r)["김하늘"][0] == "주 우즈벡 한국대사"


def test_a_time_word_before_a_foreign_name_is_no_part_of_it(ex):
    r = read(ex, "사세보시를 찾은 대표단은 첫날 다나카 히로키 사세보 시장을 만났다.")
    assert "다나카 히로키" in people(r) and not any(n.startswith("첫날") for n in people(r))


def test_a_national_ministry_between_a_name_and_a_title_is_the_body(ex):
    r = read(ex, "이날 김하늘 외교부 동북아국장이 대표단을 접견했다.")
    assert people(r) == {"김하늘": ("동북아국장", "외교부")}
    r = read(ex, "이날 김하늘 남부 지원단장이 대표단을 접견했다.")  # must not: a word ending in 부 is no ministry
    assert "남부" not in orgs(r)


def test_a_japanese_surname_that_looks_like_an_office_word_stays_in_the_name(ex):
    r = read(ex, "가나자와시 대표단은 구도 마사토 시장을 단장으로 보령시를 찾았다.")
    assert "구도 마사토" in people(r)


def test_a_name_kiwi_reads_as_a_verb_before_a_mayoral_title_is_a_name(ex):
    r = read(ex, "강석한 안산시장(가운데)을 비롯한 공무원들이 응원 메시지를 전했다.")
    assert people(r) == {"강석한": ("시장", "안산시")}
    r = read(ex, "행사를 주최한 안산시장은 인사말을 했다.")  # must not: a verb before the title
    assert people(r) == {}


def test_the_mayor_of_a_borough_abroad_works_for_the_borough(ex):
    r = read(ex, "윤하람 안양시장은 톰 리버스 미국 레오니아자치구 시장과 화상으로 만났다.")
    assert people(r)["톰 리버스"] == ("시장", "레오니아자치구")
    assert people(r)["윤하람"] == ("시장", "안양시")


def test_list_words_and_middle_initials_in_foreign_names(ex):
    r = read(ex, "반둥시장, 톨루카시장 등은 윤 시장에게 감사 서한을 보냈다.")
    assert not any(n.startswith("등") for n in people(r))
    r = read(ex, "마리아 L. 산토스 마닐라시장이 안양시를 찾아 시장과 면담했다고 밝혔다.")
    assert people(r) == {"마리아 L. 산토스": ("시장", "마닐라시")}
    r = read(ex, "이번 축제는 K. 팝 공연과 함께 열렸다.")  # must not: an initial with no name around it
    assert people(r) == {}


def test_a_bare_level_before_an_officers_title_is_the_articles_city(ex):
    r = read(ex, "안성시는 자매도시에 마스크를 보냈다. 이수민 시 관광과장은 \"교류를 이어가겠다\"고 말했다.")
    assert people(r) == {"이수민": ("관광과장", "안성시")}
    r = read(ex, "안성시는 자매도시에 마스크를 보냈다. 이수민 군 관광과장은 \"교류를 이어가겠다\"고 말했다.")
    assert people(r) == {"이수민": ("관광과장", None)}  # must not: the article has no 군 of its own


def test_people_listed_with_commas_and_no_spaces_are_each_read(ex):
    r = read(ex, "서대문구 대표단은 김하나 구의회 의장,이두리 문화원장,박세나 부녀회장 등 19명으로 꾸려졌다.")
    assert {"김하나", "이두리", "박세나"} <= set(people(r))
    from kgraph.extract.text_units import Sentence
    words = [w.text for w in Sentence("참석자는 1,000명,그중 절반이 학생이다", 0, 20).words()]
    assert "1,000명" in words  # must not: a comma inside a number stays


def test_a_branch_office_with_its_head_in_brackets_is_no_title(ex):
    r = read(ex, "가상농협(조합장 김하나) 주선으로 한빛공단 서울동부지사(지사장 이두리)와 도고면 시전2리가 자매결연식을 가졌다.")
    assert "김하나" in people(r) and not {"주선으로", "서울동", "지사장"} & set(people(r))
    r = read(ex, "광명시(시장 박하나)는 자매결연을 맺었다.")  # must: a city with its mayor in brackets
    assert people(r) == {"박하나": ("시장", "광명시")}


def test_a_branch_unit_before_a_name_is_no_part_of_it(ex):
    r = read(ex, "농협중앙회 안성시지부 박세나 지부장은 \"교류를 돕겠다\"고 말했다.")
    assert set(people(r)) == {"박세나"}
    r = read(ex, "이번 행사에는 쓰지 마사히로 가나자와시 부시장이 참석했다.")  # must: two name words stay one name
    assert "쓰지 마사히로" in people(r)


def test_a_branch_of_an_organisation_is_the_body_of_its_officer(ex):
    r = read(ex, "간담회에는 김하나 시장, 이두리 가상민단중부지부 이사 등이 참석했다.")
    assert people(r)["이두리"] == ("이사", "가상민단중부지부")
    r = read(ex, "간담회에는 박세나 지부장이 참석했다.")  # must: the title word itself stays a title
    assert people(r) == {"박세나": ("지부장", None)}


def test_a_foreign_name_between_its_place_and_the_places_government(ex):
    r = read(ex, "베트남 까마우성 대표단이 부안군을 방문했다. 대표단은 까마우성 럼반비 인민위원회 부위원장 등 8명으로 꾸려졌다.")
    assert people(r)["럼반비"][1] == "까마우성"
    r = read(ex, "베트남 까마우성 대표단이 부안군을 방문했다. 대표단은 까마우성 대표단 인민위원회 부위원장 등 8명으로 꾸려졌다.")
    assert people(r) == {}  # must not: a common noun in the name's place
    r = read(ex, "임실군 대표단은 호앙 비엣 푸엉(Hoang Viet Phuong) 뚜옌꽝성 인민위 부위원장과 간담회를 했다.")
    assert "인민위" not in people(r)


def test_a_towns_head_written_apart_from_the_towns_name(ex):
    r = read(ex, "일본 오노정(大野町)에서 다나카 겐지 오노 정장과 의원 등 170명이 강화군을 방문한다고 밝혔다.")
    assert people(r)["다나카 겐지"] == ("정장", "오노정")
    r = read(ex, "강화군 공무원들은 검은 정장을 입고 방문단을 맞았다.")  # must not: 정장 as a suit
    assert people(r) == {}


def test_a_county_heads_title_glued_to_the_name(ex):
    r = read(ex, "김하나 당진시장과 중국 옥화현 임선화현장이 27일 옥화현에서 우호친선도시 협약을 체결했다.")
    assert people(r)["임선화"] == ("현장", "옥화현")
    r = read(ex, "경찰은 사고현장에서 조사를 벌였다고 밝혔다.")  # must not: 현장 as a site
    assert people(r) == {}


def test_a_name_opening_the_sentence_before_a_government_and_its_title(ex):
    r = read(ex, "지자핑 인민정부 부구장을 비롯한 관계자 5명으로 꾸려진 교류사절단은 울주군을 방문했다.")
    assert "지자핑" in people(r)
    r = read(ex, "인민정부 부구장을 비롯한 관계자 5명으로 꾸려진 교류사절단은 울주군을 방문했다.")  # must not: no name
    assert people(r) == {}


def test_review_look_alikes_of_this_rounds_korean_people_rules(ex):
    assert people(read(ex, "보령시는 중국 연태시 외사 주임 일행을 맞았다고 밝혔다.")) == {}
    r = read(ex, "보령시는 중국 연태시 대표단을 맞았다. 장위 시 관광국장은 \"교류를 넓히겠다\"고 말했다.")
    assert people(r)["장위"][1] != "보령시"  # the 시 is the visitors' city here


def test_a_japanese_surname_ending_in_wa_is_part_of_the_name(ex):
    r = read(ex, "한편, 덴리시 나미카와 켄 시장은 오는 10월 익산시를 방문할 예정이다.")
    assert people(r)["나미카와 켄"][1] == "덴리시"  # Kiwi reads 나미카 and the particle 와
    r = read(ex, "나미카와 켄 덴리시장은 익산시를 방문했다.")
    assert "나미카와 켄" in people(r)
    r = read(ex, "익산시 관계자와 김 시장이 만났다.")  # must not: a noun and its particle before a name
    assert "관계자와 김" not in people(r)


def test_a_foreign_mayor_with_no_place_before_heads_the_one_city_abroad_named_near(ex):
    r = read(ex, "양평군의회는 미국 자매도시인 산타클라리타시를 방문해 로라 에르난데스 시장과 간담회를 가졌다.")
    assert people(r)["로라 에르난데스"] == ("시장", "샌타클라리타")
    r = read(ex, "양평군은 미국 산타클라리타시, 캐나다 애버츠퍼드시와 교류하고 있다. 로라 에르난데스 시장은 내년에 방문한다.")
    assert people(r)["로라 에르난데스"][1] is None  # must not: two cities abroad, either could be hers
    r = read(ex, "심 민 군수 등 임실군 대표단은 베트남 뚜옌꽝성을 방문했다.")  # must not: a Korean name, a province
    assert people(r).get("심 민", (None, None))[1] != "뚜옌꽝성"


def test_the_side_a_city_named_before_a_name_is_the_persons_body(ex):
    r = read(ex, "이날 회의에는 김천시 측에서 이가람 부시장과 관계자 등 6명이, 취안저우시 측에서는 천밍 부시장과 직원 등 "
                 "5명이 참석했다.")
    assert people(r)["이가람"][1] == "김천시" and people(r)["천밍"][1] == "취안저우"
    r = read(ex, "김천시는 취안저우시 측의 제안으로 열린 회의에서 이가람 부시장이 인사말을 했다.")  # must not: a side
    assert people(r)["이가람"][1] != "취안저우"  # named, but not right before the name


def test_a_japanese_surname_ending_like_a_city_before_a_name_and_title_is_a_person(ex):
    r = read(ex, "이날 체결식에는 다카하시 유키 오타시장과 김가온 남원시장이 참석했다.")
    assert "다카하시 유키" in people(r)
    assert not any(e.name == "다카하시" for e in r.entities.values() if e.type == "City")
    r = read(ex, "이날 체결식에는 고바야시 겐 오타시의회 의장이 참석했다.")
    assert "고바야시 겐" in people(r)
    r = read(ex, "남원시는 일본 다카하시시와 자매결연을 맺었다.")  # must: the city, written with its 시
    assert any(e.name.startswith("다카하시") for e in r.entities.values() if e.type == "City")


def test_times_postings_and_between_are_no_part_of_a_name(ex):
    for text in ("지난달 말 김가온 남원시장은 오타시를 방문했다.", "이달 중순 김가온 남원시장은 오타시를 방문한다.",
                 "다음달 초 김가온 남원시장이 오타시를 방문한다."):
        assert set(people(read(ex, text))) == {"김가온"}
    r = read(ex, "이날 체결식에는 스즈키 료 오타시장, 나카무라 료 주한 일본대사 등이 참석했다.")
    assert set(people(r)) == {"스즈키 료", "나카무라 료"}
    assert people(read(ex, "둘째 날에는 남원 시의원과 오타 시의원 간 자유토론이 열렸다.")) == {}
    r = read(ex, "이날 행사에는 말레이 오타시장이 참석했다.")  # must: a name that starts like a time word stays
    assert "말레이" in people(r)


def test_a_provinces_short_name_before_jisa_is_its_governor(ex):
    r = read(ex, "김가온 강원지사는 4일 도청에서 히라이 료 돗토리현 지사와 면담했다.")
    assert people(r)["김가온"][0] == "도지사" and people(r)["김가온"][1] in ("강원", "강원특별자치도")
    assert people(r)["히라이 료"][1] == "돗토리현"
    r = read(ex, "김가온 광명지사장은 행사에 참석했다.")  # must not: a branch head, and 광명 is no province
    assert people(r)["김가온"][1] is None


def test_a_korean_name_spaced_after_its_surname_heads_the_articles_own_body(ex):
    r = read(ex, "임실군은 베트남 뚜옌꽝성과 협약을 맺었다. 심 민 군수는 축사를 했다.")
    assert people(r)["심 민"] == ("군수", "임실군")
    r = read(ex, "광명시는 오타시와 협약을 맺었다. 김 훈 군수는 축사를 했다.")  # must not: no county of the article
    assert people(r)["김 훈"][1] is None


def test_an_officer_named_after_an_organisation_works_for_it(ex):
    r = read(ex, "오타시 문화예술협회 스즈키 료 회장이 참석했다.")
    assert people(r)["스즈키 료"][1] in ("문화예술협회", "오타시 문화예술협회")
    r = read(ex, "오타시 관광과 다나카 하나코 과장이 참석했다.")  # must: a city's office is the city
    assert people(r)["다나카 하나코"][1] == "오타"
    r = read(ex, "가나자와시의회 나카무라 히데키 의장이 참석했다.")
    assert people(r)["나카무라 히데키"][1] == "가나자와시의회"


# --- rosters with the body written apart; missions abroad ---------------------------------------------------

def test_a_roster_entry_names_its_body_written_apart_in_brackets(ex):
    p = people(read(ex, "남원시 방문단에는 박도윤(남원 시의회 의장), 이하람(남원 시청 비서실장), "
                        "최서준(농협 남원시 지부 지부장)씨 등이 포함됐다."))
    assert p["박도윤"] == ("의장", "남원시의회")
    assert p["이하람"] == ("비서실장", "남원시")
    assert p["최서준"] == ("지부장", "농협 남원시지부")
    p = people(read(ex, "방문단에는 박도윤(남원 문화원 원장)씨가 포함됐다."))
    assert p["박도윤"] == ("원장", "남원 문화원")
    # look-alikes: a title and a name in brackets after a body, a photo note, an age, a place's locator
    r = read(ex, "남원시(시장 김가온)는 오타시와 교류한다. 박도윤(앞줄 가운데) 의장이 인사했다. "
                 "이하람(45) 씨가 참석했다. 광명시(경기도 소재)도 함께했다.")
    p = people(r)
    assert p["김가온"] == ("시장", "남원시") and p["박도윤"][0] == "의장" and "광명시" not in p
    assert not {n for n in orgs(r) if "소재" in n or "가운데" in n}


def test_a_mission_abroad_is_one_organisation_and_its_officers_body(ex):
    r = read(ex, "행사에는 주니가타 대한민국 총영사관 관계자와 니가타시 관계자가 참석했다.")
    assert set(orgs(r)) == {"주니가타 대한민국 총영사관"}
    assert set(orgs(read(ex, "행사에는 주시카고 총영사관 관계자가 참석했다."))) == {"주시카고 총영사관"}
    assert set(orgs(read(ex, "행사에는 주한미국대사관 관계자가 참석했다."))) == {"주한미국대사관"}
    p = people(read(ex, "주오사카 대한민국 총영사관의 김가온 총영사가 축사를 했다."))
    assert p["김가온"] == ("총영사", "주오사카 대한민국 총영사관")
    # look-alikes: words that begin with 주 and are no post abroad
    for text in ("주요 도시 대사관 관계자가 참석했다.", "주말 대표부 회의가 열렸다."):
        assert not {n for n in orgs(read(ex, text)) if n.startswith("주")}, text


def test_name_boundaries_days_run_on_sentences_districts_letters_and_bodies(ex):
    assert set(people(read(ex, "같은 날 박도윤 부시장이 오타시를 방문한다."))) == {"박도윤"}
    assert people(read(ex, "다음 날 박도윤 남원시 부시장이 오타시를 방문한다."))["박도윤"] == ("부시장", "남원시")
    p = people(read(ex, "함양군은 강동구와 자매결연을 추진하고 있다.김가온 군수는 “교류를 넓히겠다”고 말했다."))
    assert p == {"김가온": ("군수", "함양군")}
    for verb in ("교류해 왔다.", "교류를 이어 갔다.", "물품을 보내 줬다."):  # any past tense (ㅆ다) ends a sentence
        p = people(read(ex, f"함양군은 강동구와 {verb}김가온 군수는 “교류를 넓히겠다”고 말했다."))
        assert p == {"김가온": ("군수", "함양군")}, verb
    assert "다.바트볼드" in people(read(ex, "울란바토르시 다.바트볼드 시장이 방문했다."))  # an initial, no verb
    assert set(people(read(ex, "박도윤 영통구 보건소장을 단장으로 한 의료봉사단은 캄보디아를 찾았다."))) == {"박도윤"}
    assert people(read(ex, "남원시는 지난 18일 오타시에 시장 명의로 서한을 보내 유감을 표했다.")) == {}
    assert set(people(read(ex, "남원시 새마을회 김가온 회장은 300만원을 기탁했다."))) == {"김가온"}
    # look-alikes: a patronymic initial stays in the name, a district with its own head, a foreign name
    assert "체.암갈란" in people(read(ex, "몽골 울란바토르시 체.암갈란 시장이 방문했다."))
    assert people(read(ex, "박도윤 해운대구 구청장이 방문했다."))["박도윤"] == ("구청장", "해운대구")
    assert "도르지 바야르마" in people(read(ex, "몽골 바양골구 도르지 바야르마 부의장이 방문했다."))


def test_numbered_deputies_ages_in_brackets_and_premiers(ex):
    assert people(read(ex, "다음 날 박도윤 남원시 1부시장이 오타시를 방문한다."))["박도윤"] == ("부시장", "남원시")
    assert people(read(ex, "남원시 1부시장 박도윤이 방문했다."))["박도윤"] == ("부시장", "남원시")
    assert people(read(ex, "같은 날 박도윤(46) 부시장이 방문했다."))["박도윤"][0] == "부시장"
    assert people(read(ex, "박민수(朴敏洙·46·남) 과장이 방문했다."))["박민수"][0] == "과장"
    assert people(read(ex, "남원시는 인도 우타르프라데시주 라지 쿠마르 총리와 면담했다."))["라지 쿠마르"] == \
        ("총리", "우타르프라데시주")
    # look-alikes: a number that is no rank, a bracket that is no age
    assert people(read(ex, "남원시는 1시간 동안 오타시 대표단과 면담했다.")) == {}
    assert "박도윤" not in people(read(ex, "박도윤(2024) 보고서가 나왔다."))


def test_a_city_written_to_or_sent_to_is_no_officers_body(ex):
    assert people(read(ex, "남원시는 오타시에 김가온 시장 명의로 서한을 보냈다."))["김가온"] == ("시장", "남원시")
    p = people(read(ex, "남원시는 자매도시인 오타시에 박도윤 주무관을 파견해 1년간 교환근무를 실시한다."))
    assert p["박도윤"][1] != "오타"
    # look-alike: a council written right before its officer
    assert people(read(ex, "수원시의회 최서준 의장이 방문했다."))["최서준"] == ("의장", "수원시의회")


def test_the_head_of_a_local_body_or_a_firm_in_brackets(ex):
    assert people(read(ex, "남원시 새마을회(회장 김가온)는 300만원을 기탁했다."))["김가온"] == ("회장", "남원시 새마을회")
    assert people(read(ex, "호경건설(대표 박도윤)은 누룽지 200박스를 기탁했다."))["박도윤"] == ("대표", "호경건설")
    # look-alikes: a city with its mayor in brackets, a word that is no body before the bracket
    assert people(read(ex, "광명시(시장 이도현)는 협약을 맺었다."))["이도현"] == ("시장", "광명시")
    assert people(read(ex, "이번 행사(대표 박도윤)는 취소됐다.")).get("박도윤", (None, None))[1] is None


def test_the_head_of_a_delegation_named_after_his_title_works_for_its_city(ex):
    assert people(read(ex, "김가온 시장 등 나가노시 방문단 10명이 12일 청주시를 방문했다."))["김가온"] == ("시장", "나가노")
    assert people(read(ex, "김가온 부구장 등 중국 통주구 대표단 4명은 이날 구로구를 찾았다."))["김가온"][1] == "통주구"
    # look-alike: the title names its own city before a bare delegation word
    assert people(read(ex, "김가온 청주시장 등 방문단 10명이 나가노시를 방문했다."))["김가온"] == ("시장", "청주시")


def test_a_deputys_rank_glued_to_the_title_is_no_place(ex):
    assert people(read(ex, "인천시는 박도윤 시 정무부시장이 자매결연을 체결했다고 3일 밝혔다."))["박도윤"] == ("부시장", "인천시")
    assert people(read(ex, "부산시 경제부시장 김가온이 참석했다."))["김가온"] == ("부시장", "부산시")
    # look-alike: a division's head keeps the whole title
    assert people(read(ex, "남원시 행정과장 김가온이 참석했다."))["김가온"][0] == "행정과장"


def test_heads_written_short_and_a_foreign_city_written_short_before_a_title(ex):
    """``김가온 지사``: the article's 도; ``박도윤 성장``: the one province abroad; ``박도윤 오타와라 부시장``: the
    city written without 시 is the body, no part of the name."""
    r = read(ex, "충남도가 중국 지린성과의 관계를 자매결연으로 격상했다. 도에 따르면 김가온 지사는 21일 도청에서 "
                 "박도윤 성장과 자매결연 협정을 체결했다.")
    got = people(r)
    assert got["김가온"][1] == "충남도" and got["박도윤"][1] == "지린성"
    got = people(read(ex, "남원시 대표단은 17일 박도윤 오타와라 부시장과 만나 교류 방안을 논의했다."))
    assert got == {"박도윤": ("부시장", "오타와라")}
    # look-alikes: no province abroad or two of them, no body; a market is no city
    got = people(read(ex, "김가온 지사는 중국 지린성, 랴오닝성과 교류를 논의했다. 박도윤 성장도 참석했다."))
    assert got.get("박도윤", (None, None))[1] is None
    r = read(ex, "남원시는 전통 시장을 찾아 상인들과 만났다.")
    assert {e.name for e in r.entities.values() if e.type == "City"} == {"남원시"}


def test_a_japanese_name_glossed_with_its_characters_apart(ex):
    """``에지마 기요시(江島 潔) 시모노세키시장``: the Hangul name, glossed with a family and a given name in
    characters; the gloss is no name of its own (with or without a space before the title)."""
    for text in ("행사에는 에지마 기요시(江島 潔) 시모노세키시장이 참석했다.",
                 "행사에는 에지마 기요시(江島 潔)시모노세키시장 등 800여명이 참가했다."):
        assert people(read(ex, text)) == {"에지마 기요시": ("시장", "시모노세키시")}, text
    # look-alike: a name written only in characters, outside brackets, stays a name
    assert "王建國" in people(read(ex, "박민수(朴敏洙) 순천시장과 王建國 부시장이 만났다."))


def test_a_name_before_its_citys_government_and_title(ex):
    """``응우옌 반 남 다낭시 인민위원회 부위원장``: the name, then the city, its government and the title."""
    for text, name, city in (("협약식에는 응우옌 반 남 다낭시 인민위원회 부위원장이 참석했다.", "응우옌 반 남", "다낭시"),
                             ("협약식에는 왕리밍 옌청시 인민정부 부시장이 참석했다.", "왕리밍", "옌청시")):
        assert people(read(ex, text)).get(name, (None, None))[1] == city, text
    # look-alike: a country before the government's city is no name part
    got = people(read(ex, "협약식에는 베트남 다낭시 인민위원회 대표가 참석했다."))
    assert "베트남" not in got


def test_vietnamese_names_kiwi_reads_as_other_words(ex):
    """``쩐 티 하`` (쩐 read as a verb form), ``레 꽝 남`` (꽝 read as a word of its own): one name each."""
    got = people(read(ex, "협약식에는 쩐 티 하 빈즈엉성 인민위원회 부위원장이 참석했다."))
    assert got.get("쩐 티 하", (None, None))[1] == "빈즈엉성"
    got = people(read(ex, "행사에는 베트남 다낭시 인민위원회 레 꽝 남 부위원장이 참석했다."))
    assert got.get("레 꽝 남", (None, None))[1] == "다낭시"
    # look-alike: a verb form before a Japanese name is no part of it
    assert "마루야마 고헤이" in people(read(ex, "협약식에 온 마루야마 고헤이 시장이 인사했다."))


def test_a_consul_posted_to_a_city_for_a_country_written_formally(ex):
    """``마루야마 고헤이 주부산 일본국 총영사``: the post and the formal country name belong to the title."""
    got = people(read(ex, "협약식에는 마루야마 고헤이 주부산 일본국 총영사가 참석했다."))
    assert got.get("마루야마 고헤이", (None, None))[0] == "주부산 일본국 총영사"
    got = people(read(ex, "협약식에는 김가온 주오사카 대한민국 총영사가 참석했다."))
    assert set(got) == {"김가온"}


def test_a_councillor_of_another_level_is_not_the_named_councils(ex):
    """``이영희 양평군의회 부의장, 박민수 도의원``: a provincial councillor (도의원) is no member of the county council."""
    got = people(read(ex, "이날 행사에는 이영희 양평군의회 부의장, 박민수 도의원이 참석했다."))
    assert got["박민수"][1] is None and got["이영희"][1] == "양평군의회"
    # look-alike: a councillor of the council's own level belongs to it
    got = people(read(ex, "이날 행사에는 이영희 양평군의회 부의장, 박민수 군의원이 참석했다."))
    assert got["박민수"][1] == "양평군의회"


def test_a_foreign_envoy_after_the_mission_named_in_full(ex):
    """``주한 베트남 대사관 응우옌 부 뚱 대사``: the mission's whole name is the envoy's body, not a bare 대사관."""
    r = read(ex, "행사에는 주한 베트남 대사관 응우옌 부 뚱 대사가 참석했다.")
    assert people(r)["응우옌 부 뚱"][1] == "주한 베트남 대사관" and "대사관" not in orgs(r)
    # look-alike: an officer of a body named whole before the name keeps that body
    assert people(read(ex, "오타시 문화예술협회 스즈키 료 회장이 참석했다."))["스즈키 료"][1].endswith("문화예술협회")


def test_a_foreign_name_before_a_word_that_marks_a_person(ex):
    """``다나카 유이 씨``, ``존 스미스 씨와 메리 존스 씨``: foreign names written apart before 씨 (or 학생, 작가) are people."""
    assert "다나카 유이" in people(read(ex, "무나카타시에서 온 다나카 유이 씨는 환대에 감사를 전했다."))
    assert {"존 스미스", "메리 존스"} <= set(people(read(ex, "존 스미스 씨와 메리 존스 씨가 통역을 맡았다.")))
    # look-alikes: nouns before a marker word name nobody
    assert people(read(ex, "교류 행사에 참가한 일본 고교 학생 20명이 광명시를 찾았다.")) == {}
    assert people(read(ex, "대회에 참가한 마라톤 동호회 회원 선수들이 달렸다.")) == {}


def test_an_officer_named_before_a_mission_written_in_two_words(ex):
    """``강도윤 주부산 일본총영사관 영사``: the mission's name is two words; the person's name comes before both."""
    got = people(read(ex, "행사에는 강도윤 주부산 일본총영사관 영사가 참석했다."))
    assert got == {"강도윤": ("영사", "주부산 일본총영사관")}
    got = people(read(ex, "행사에는 왕리 주광주 중국총영사관 총영사가 참석했다."))
    assert got == {"왕리": ("총영사", "주광주 중국총영사관")}
    # look-alikes: the name after the mission, and an unnamed officer, are read as before
    assert people(read(ex, "행사에는 주부산 일본총영사관 강도윤 영사가 참석했다.")) == {"강도윤": ("영사", "주부산 일본총영사관")}
    assert people(read(ex, "행사에는 주부산 일본총영사관 관계자가 참석했다.")) == {}


def test_a_deputys_title_glued_to_a_municipality_named_nowhere_else(ex):
    """``홍천부군수``, ``보령부시장``, ``보령시부시장``: the deputy works for that municipality (read from the word)."""
    got = people(read(ex, "이하람 홍천부군수는 지난 10일 일본 우스키시를 방문했다."))
    assert got["이하람"][1] in ("홍천", "홍천군")
    got = people(read(ex, "김도윤 보령부시장은 지난 10일 일본 우스키시를 방문했다."))
    assert got["김도윤"][1] in ("보령", "보령시")
    got = people(read(ex, "김도윤 보령시부시장은 지난 10일 일본 우스키시를 방문했다."))
    assert got["김도윤"][1] in ("보령", "보령시")
    # look-alikes: a name two municipalities share stays unbound; a rank before the title names no place
    assert people(read(ex, "김도윤 강서부구청장은 지난 10일 일본 우스키시를 방문했다."))["김도윤"][1] is None
    assert people(read(ex, "김도윤 정무부시장은 지난 10일 일본 우스키시를 방문했다."))["김도윤"][1] is None


def test_a_delegation_head_after_a_city_and_a_name_works_for_the_city(ex):
    """``일본 우스키시 다나카 요시오 교류단장``: a delegation is no body; its head serves the city named before."""
    got = people(read(ex, "환영식에는 일본 우스키시 다나카 요시오 교류단장과 리버사이드시 존 밀러 방문단장 등이 참석했다."))
    assert got["다나카 요시오"][1] in ("우스키", "우스키시") and got["존 밀러"][1] == "리버사이드시"
    # look-alike: a troupe is an organisation, and its head works for it
    got = people(read(ex, "환영식에는 보령시립예술단 김하늘 예술단장이 참석했다."))
    assert got["김하늘"][1] == "보령시립예술단"


def test_a_county_heads_title_after_the_name_with_the_county_named_before(ex):
    """``롱호현의 응우옌 반 탄 현장``: 현장 heads the county abroad named before in the sentence."""
    got = people(read(ex, "베트남 빈롱성 롱호현의 응우옌 반 탄 현장이 10일 청양군을 방문했다."))
    assert got == {"응우옌 반 탄": ("현장", "롱호현")}
    # look-alikes: 현장 as a site, with or without a county abroad in the sentence
    assert people(read(ex, "청양군 관계자들은 10일 공사 현장을 둘러봤다.")) == {}
    assert people(read(ex, "중국 관남현 대표단은 10일 축제 현장을 찾았다.")) == {}


def test_a_bare_council_on_the_foreign_side_is_the_city_abroad(ex):
    """``라오스 측은 팍세시의 …, 솜폰 시리 의회 의장``: a bare 의회 in the clause of the side abroad is that city's."""
    got = people(read(ex, "이날 체결식에는 김하늘 청양군수 등이 참석했고, 라오스 측은 팍세시의 솜폰 시리 의회 의장 등 6명이 참석했다."))
    assert got["솜폰 시리"][1] in ("팍세", "팍세시")
    # look-alike: with no side named, a bare 의회 is the article's own council
    got = people(read(ex, "청양군은 10일 팍세시와 협약을 맺었다. 이 자리에는 팍세시 솜폰 시리 시장과 김하늘 군수, "
                          "박도윤 의회 의장이 참석했다."))
    assert got["박도윤"][1] == "청양군의회"


def test_a_korean_county_head_listed_after_a_mayor_abroad_is_not_the_city_abroads(ex):
    """``팍세시 솜폰 시리 시장과 김하늘 군수``: 군수 heads a Korean county, never the city abroad."""
    got = people(read(ex, "청양군은 10일 팍세시와 협약을 맺었다. 이 자리에는 팍세시 솜폰 시리 시장과 김하늘 군수가 참석했다."))
    assert got["김하늘"][1] == "청양군" and got["솜폰 시리"][1] in ("팍세", "팍세시")
    # look-alike: a deputy mayor listed after the mayor abroad is still that city's
    got = people(read(ex, "청양군은 10일 팍세시와 협약을 맺었다. 이 자리에는 팍세시 솜폰 시리 시장과 캄 시 부시장이 참석했다."))
    assert got["캄 시"][1] in ("팍세", "팍세시")


def test_a_time_before_an_unnamed_mayor_is_no_name(ex):
    """``다음 달 우스키시 시장 등이 … 방문``: the mayor is not named; ``다음 달`` is a time."""
    r = read(ex, "김하늘 보령시장은 필리핀 바왕시와 협약을 맺었다. 다음 달 우스키시 시장 등이 보령을 방문해 협약을 하기로 했다.")
    assert set(people(r)) == {"김하늘"}
    # look-alike: a name between the place and the title is still read
    assert "다나카 요시오" in people(read(ex, "다음 달 우스키시 다나카 요시오 시장이 보령을 방문한다."))


def test_a_market_is_no_town_and_no_mayor(ex):
    """``베트남 수산물시장 진출기회``, ``동남아시장 개척단``: 시장 is a market here; no person, no town."""
    r = read(ex, "보령시는 베트남 수산물시장 진출기회를 확대하고 동남아시장 개척단을 파견했다.")
    assert people(r) == {} and {e.name for e in r.entities.values() if e.type == "City"} == {"보령시"}
    # look-alike: a town abroad before its mayor's title stays a town
    r = read(ex, "김가온 보령시장은 일본 우스키시장과 10일 만났다.")
    assert "우스키" in {e.name for e in r.entities.values() if e.type == "City"} or \
        "우스키시" in {e.name for e in r.entities.values() if e.type == "City"}


@pytest.mark.parametrize("name", ["응우옌 탄 히에우", "까오 탄 훙"])
def test_vietnamese_names_with_a_middle_name_kiwi_reads_as_a_verb(ex, name):
    """``응우옌 탄 히에우 시장``: 탄 (Thanh) read as a verb's form, a given name of three syllables, 까오 (Cao)."""
    got = people(read(ex, f"김해시는 10일 베트남 호이안시와 협약을 맺었다. 이 자리에는 {name} 시장이 참석했다."))
    assert got.get(name, (None, None))[1] in ("호이안", "호이안시")


def test_a_verb_before_a_korean_name_is_still_no_part_of_it(ex):
    # look-alike: a relative clause's verb (탄: rode) before a Korean name stays out of the name
    got = people(read(ex, "김해시는 10일 호이안시와 협약을 맺었다. 버스를 탄 김하늘 시장이 도착했다."))
    assert "김하늘" in got and not any("탄" in n for n in got)


def test_a_surname_that_spells_a_city_after_the_full_name_is_the_person(ex):
    """``이토 시장`` after ``가라쓰시 이토 히로시 시장``: the person named in full before, not the city Itō."""
    r = read(ex, "기념식에는 가라쓰시 이토 히로시 시장 등이 참석했다. 지난해 이토 시장이 보령을 방문한 데 이어 교류가 이어졌다.")
    assert "이토" not in {e.name for e in r.entities.values() if e.type == "City"}
    att = {r.entities[f.o].name for f in r.facts if f.p == V.SCHEMA.attendee and f.o in r.entities}
    assert "이토 히로시" in att
    # look-alike: with no such person, 이토 시장 is the mayor of the city Itō
    r = read(ex, "보령시는 일본 이토시와 자매결연을 맺었다. 이토 시장이 보령을 방문했다.")
    assert "이토" in {e.name for e in r.entities.values() if e.type == "City"}


def test_a_town_written_with_its_hall_is_no_part_of_its_mayors_name(ex):
    """``코칸드시청에서 마루프 우스모노프 코칸드 시장``: 코칸드 is the town (its hall is named), not the end of a name;
    the hall of a town abroad is not placed in the article's own city."""
    r = read(ex, "보령시 김하늘 부시장은 지난 10일 코칸드시청에서 마루프 우스모노프 코칸드 시장과 우호 교류에 관한 업무 "
                 "협약을 체결했다.")
    assert "마루프 우스모노프" in people(r)
    hall = next(e for e in r.entities.values() if e.type == "Place" and e.name == "코칸드시청")
    assert not any(f.s == hall.iri and f.p == V.SCHEMA.containedInPlace for f in r.facts)
    # look-alike: the article's own city hall stays in the city
    r = read(ex, "보령시는 10일 보령시청에서 협약식을 열었다. 이 자리에는 김하늘 보령시장이 참석했다.")
    hall = next(e for e in r.entities.values() if e.type == "Place" and e.name == "보령시청")
    assert any(f.s == hall.iri and f.p == V.SCHEMA.containedInPlace for f in r.facts)


def test_a_council_chair_contracted_with_the_level_alone_serves_the_articles_city(ex):
    """``박상모 시의장``: the chair of the article's own city council, linked to the city (as ``광명시의장`` is)."""
    got = people(read(ex, "보령시는 10일 협약식을 열었다. 이날 행사에는 김하늘 시장과 박도윤 시의장 등이 참석했다."))
    assert got["박도윤"][1] == "보령시"
    # look-alike: a county's article has no 시 whose council the 시의장 chairs
    got = people(read(ex, "홍천군은 10일 협약식을 열었다. 이날 행사에는 박도윤 시의장이 참석했다."))
    assert got["박도윤"][1] is None


def test_a_mayor_listed_after_a_county_head_is_not_the_county_s(ex):
    for text in ("영암군은 지난 1일 기념식을 열었다. 우승희 영암군수와 모리타 시장이 기념패를 교환했다.",
                 "영암군은 지난 1일 기념식을 열었다. 우승희 영암군수와 모리타 우키시장이 기념패를 교환했다."):
        assert people(read(ex, text))["모리타"][1] != "영암군", text
    # look-alike: a deputy county head listed after the county head is the county's
    r = read(ex, "영암군은 지난 1일 기념식을 열었다. 우승희 영암군수와 김도현 부군수가 참석했다.")
    assert people(r)["김도현"] == ("부군수", "영암군")


def test_the_councils_of_both_cities_name_no_council(ex):
    r = read(ex, "김수현 안동시의회 의장은 양 도시 의회 간 교류 확대를 제안했다.")
    assert set(orgs(r)) == {"안동시의회"}
    # look-alike: a council written apart after its own place is a council
    r = read(ex, "김수현 의장은 일본 조요 시의회를 방문했다.")
    assert any(n.endswith("의회") and n != "안동시의회" for n in orgs(r))


def test_a_chinese_city_s_congress_and_its_standing_committee_are_bodies(ex):
    r = read(ex, "광양시의회는 중국 장자제시 인민대표대회 상무위원회와 교류 협약을 맺었다.")
    assert "장자제시 인민대표대회 상무위원회" in orgs(r)
    r = read(ex, "중국 장자제시 인민대표대회 대표단이 광양시의회를 방문했다.")
    assert "장자제시 인민대표대회" in orgs(r)
    # look-alike: the city's government is the city itself, no body
    r = read(ex, "남녕시 인민정부 소지강 부시장이 대표단을 이끌었다.")
    assert not [n for n in orgs(r) if "인민정부" in n]


@pytest.mark.parametrize("text,person,body", [
    ("협약식에는 응우옌 티 레 호찌민시 인민의회 의장이 참석했다. 행사는 성대하게 치러졌다.", "응우옌 티 레", "호찌민시 인민의회"),
    ("협약식에는 응우옌 티 레 후에시 인민평의회 의장이 참석했다. 행사는 성대하게 치러졌다.", "응우옌 티 레", "후에시 인민평의회"),
])
def test_an_officer_of_a_city_s_council_abroad_works_for_it_by_its_full_name(ex, text, person, body):
    r = read(ex, text)
    assert people(r)[person][1] == body
    assert set(orgs(r)) == {body}  # (its last word names no second body)


@pytest.mark.parametrize("text", [
    "협약식에는 응우옌 티 레 후에시 인민평의회 의장이 참석했다. 행사는 성대하게 치러졌다.",
    "김하나 오타시 국제교류과장과 박두리 남원시 국제협력팀장이 참석했다. 행사는 성대하게 치러졌다.",
    "남원시 새마을회(회장 김가온)는 오타시를 방문했다. 행사는 성대하게 치러졌다.",
])
def test_every_body_a_person_works_for_is_an_entity(ex, text):
    r = read(ex, text)
    assert all(f.o in r.entities for f in r.facts if f.p == V.SCHEMA.worksFor)


FILLER = " 행사는 성대하게 치러졌다."


def test_a_surname_that_names_a_town_stays_in_a_glossed_name(ex):
    got = people(read(ex, "행사에는 야마다 다로(山田太郎) 오타시장이 참석했다." + FILLER))
    assert got.get("야마다 다로", (None, None))[1] == "오타"
    # look-alike: a country before a glossed name is no part of it
    got = people(read(ex, "행사에는 중국 차이 밍 자오(蔡名照) 주임이 참석했다." + FILLER))
    assert "차이 밍 자오" in got and not any(n.startswith("중국") for n in got)


def test_a_given_name_ending_like_a_city_before_a_city_and_its_title(ex):
    got = people(read(ex, "이번 방문에는 가와무라 다카시 나고야 시장이 함께했다." + FILLER))
    assert got.get("가와무라 다카시", (None, None))[1] == "나고야"
    # look-alike: a city of China before its government and a title is the body
    got = people(read(ex, "협약식에는 왕리밍 옌청시 인민정부 부시장이 참석했다." + FILLER))
    assert got.get("왕리밍", (None, None))[1] == "옌청시"


@pytest.mark.parametrize("text", ["존 스미스 美 오스틴 시장은 광명시를 찾았다." + FILLER,
                                  "美 오스틴 존 스미스 시장은 광명시를 찾았다." + FILLER])
def test_a_country_s_one_character_abbreviation_locates_the_city(ex, text):
    r = read(ex, text)
    assert people(r).get("존 스미스", (None, None))[1] == "오스틴"
    assert "미국" in {e.name for e in r.entities.values() if e.type == "Country"}


@pytest.mark.parametrize("text,name,expected", [
    ("이날 협약식에는 왕리핑(王麗萍) 허난성 인민정부 부성장이 참석했다.", "왕리핑", ("부성장", "허난성")),
    ("이날 협약식에는 리샤오궈(李小国) 외사판공실 주임이 참석했다.", "리샤오궈", ("주임", None)),
    ("공주시는 쩐 반 홍(Tran Van Hong) 빈딘성장과 우호협력도시 협약을 맺었다.", "쩐 반 홍", ("성장", "빈딘성"))])
def test_a_glossed_foreign_officer_past_a_government_or_office_word(ex, text, name, expected):
    """A foreign name glossed in brackets, then its province and government (``허난성 인민정부``) or an office
    no place names (``외사판공실``) before the title, or a province's head written in one word (``빈딘성장``)."""
    assert people(read(ex, text)).get(name) == expected


def test_a_province_head_word_needs_a_province_known_by_that_name(ex):
    """Look-alike: ``경제성장`` (economic growth) is no title of a 경제성."""
    assert people(read(ex, "김가온 교수는 경제성장 과정을 설명했다.")) == {"김가온": ("교수", None)}
    assert not people(read(ex, "한국은 빠른 경제성장 과정을 거쳤다."))


def test_a_vice_chair_of_a_political_consultative_conference_is_a_title(ex):
    assert people(read(ex, "닝보시 정치협상회의 천하이룽 부주석을 비롯한 6명이 광명시를 찾았다."))["천하이룽"][0] == "부주석"


@pytest.mark.parametrize("text", ["북구는 7일 베트남 현지에서 북구청장이 참석한 가운데 양해각서를 교환했다.",
                                  "양구군은 10일 일본 현지에서 군수와 시장이 참석한 가운데 협약을 맺었다."])
def test_a_word_with_its_case_particle_before_a_title_is_no_name(ex, text):
    """``현지에서 군수와``: 현지 (on site) with 에서 is where, no one's name; nor is 현지 a venue."""
    r = read(ex, text)
    assert not people(r)
    assert not [e for e in r.entities.values() if e.type == "Place" and e.name == "현지"]


@pytest.mark.parametrize("text", ["자매결연 30주년 맞아 무나카타 시장 서한문 전달, 교류사업 협의\n\n정읍시는 10일 일본 무나카타시와 교류를 협의했다.",
                                  "자매결연 30주년 맞아 오타루 시장 축하메시지 전달\n\n정읍시는 10일 일본 오타루시와 교류를 협의했다."])
def test_a_headline_s_letter_or_message_after_a_title_is_no_name(ex, text):
    """A headline ``X 시장 서한문 전달``: what the mayor sent (a letter, a message) is no person."""
    assert not people(read(ex, text))


def test_a_headline_s_name_after_a_title_is_still_a_name(ex):
    """Look-alike: ``김해시장 홍태진 오타루 방문``: a name after the title."""
    assert people(read(ex, "김해시장 홍태진 오타루 방문\n\n정읍시는 10일 일본 오타루시와 교류를 협의했다.")) == {"홍태진": ("시장", "김해시")}


def test_now_or_former_before_a_body_in_a_roster_is_no_part_of_its_name(ex):
    """``김영호(현 한미친선협회 사무국장)``: 현 (now) is no part of the body's name."""
    r = read(ex, "이날 행사에는 김영호(현 한미친선협회 사무국장) 씨가 참석했다.")
    assert people(r) == {"김영호": ("사무국장", "한미친선협회")}


@pytest.mark.parametrize("text,expected", [
    ("경기도의회 대표단은 이날 박정수(국민의힘·수원3) 의장과 함께 사이타마현을 방문했다.", {"박정수": ("의장", "경기도의회")}),
    ("대표단은 홍정석(민·비례) 친선의원연맹 부회장과 간담회를 가졌다.", {"홍정석": ("부회장", "친선의원연맹")}),
    ("서희봉(국민의힘. 김해 2) 한중친선의원연맹회장은 대표단을 맞았다.", {"서희봉": ("회장", "한중친선의원연맹")})])
def test_a_council_member_with_party_and_seat_in_brackets(ex, text, expected):
    """``박정수(국민의힘·수원3) 의장``: the member, the title and the body; the seat's district is no city of the story,
    and a stop inside the brackets ends no sentence."""
    r = read(ex, text)
    assert people(r) == expected
    assert not {e.name for e in r.entities.values() if e.type == "City"} & {"수원", "김해"}


def test_a_bracket_after_a_name_without_a_party_is_no_seat(ex):
    """Look-alike: a name with an age in brackets (``김가온(54) 의장``) is read by its own rule, no party here."""
    assert people(read(ex, "이날 행사에는 김가온(54) 의장이 참석했다."))["김가온"][0] == "의장"


@pytest.mark.parametrize("text", ["주요 일정은 ▲연해주 부지사 간담 ▲한러지방협력포럼 참가 ▲블라디보스톡 부시장 간담 등이다.",
                                  "일정은 △하바롭스크 시장 면담 △우수리스크 부시장 간담 등이다."])
def test_items_of_a_schedule_with_bare_titles_name_no_one(ex, text):
    assert not people(read(ex, text))


def test_people_listed_after_bullets_are_still_read(ex):
    r = read(ex, "▲김가온 광명시장 ▲박도윤 광명시의회 의장 등이 참석했다.")
    assert people(r) == {"김가온": ("시장", "광명시"), "박도윤": ("의장", "광명시의회")}


@pytest.mark.parametrize("text", ["대표단은 지난 10일 하치토 종합운동장에서 열린 식목제에 참석했다.",
                                  "선수단은 오시마 공설운동장에서 친선경기를 치렀다."])
def test_a_sports_ground_is_no_title(ex, text):
    """``종합운동장`` (a sports ground) ends like 동장 (a neighbourhood's head): no title, no person."""
    assert not people(read(ex, text))


def test_a_neighbourhood_head_is_still_a_title(ex):
    assert people(read(ex, "이날 행사에는 김가온 역삼동장이 참석했다."))["김가온"][0] == "동장"


@pytest.mark.parametrize("text", ["축제에는 로렐라이시의 '뉴 브라스 빅밴드' '퓔렌도르프 청소년 관악단'이 참가한다.",
                                  "축제에는 '뉴 브라스 빅밴드'와 '퓔렌도르프 청소년 관악단'이 참가한다."])
def test_the_gap_between_two_quoted_troupes_is_no_troupe(ex, text):
    """Two quoted names in a row: the space or particle between the quotes names no organisation."""
    assert not [n for n in orgs(read(ex, text)) if len(n.strip()) < 2]


def test_a_troupe_named_in_quotes_after_its_kind_is_still_read(ex):
    assert "비보이크루" in orgs(read(ex, "축제에는 댄스팀 '비보이크루'가 공연했다."))


def test_every_korean_head_s_title_word_is_a_title():
    """Invariant: no table of words that are no titles (sports grounds …) hides a Korean head's title word
    (``대전시장`` ends like 전시장, an exhibition hall, and stays the mayor of 대전)."""
    from kgraph import places
    from kgraph.extract.ko_people import title_of

    words = []
    for (name, _prov), _gov in places.governments().items():
        short = places.short_name(name)
        if name.endswith("시"):
            words += [short + "시장", short + "부시장"]
        elif name.endswith("군"):
            words += [short + "군수", short + "부군수"]
        elif name.endswith("구"):
            words += [name + "청장"]
    assert len(words) > 200
    assert [w for w in words if title_of(w) is None] == []


@pytest.mark.parametrize("text", [
    '박서준 의장은 "멀리서 광주를 찾아 주신 의장님께 감사드린다"고 말했다.',
    '김민수 부산시장은 "바쁜 일정에도 참석해 주신 시장님께 감사드린다"고 말했다.',
    '리웨이 옌타이시장은 "옌타이시장 취임 후 첫 방문지로 부산을 택했다"고 말했다.',
])
def test_an_honorific_verb_form_or_a_taking_of_office_before_a_title_is_no_name(ex, text):
    """``찾아 주신 의장님``, ``시장 취임 후``: the words before or after a title are a verb form or an act, no person."""
    names = set(people(read(ex, text)))
    assert not {n for n in names if n in ("주신", "취임 후", "취임") or n.startswith("취임")}
    assert names & {"박서준", "김민수", "리웨이"}


def test_a_name_that_ends_like_an_honorific_verb_is_still_a_name(ex):
    """Look-alike: ``박주신 의장``: a three-syllable name is a name."""
    assert "박주신" in people(read(ex, '박주신 의장은 "멀리서 찾아 주셔서 감사하다"고 말했다.'))


@pytest.mark.parametrize("text,name,title", [
    ("인천 동구는 지난 4일 중국 옌타이시 즈푸구 왕리신 구장 일행이 구청을 방문했다고 밝혔다.", "왕리신", "구장"),
    ("바트볼드 체렌 의회장을 단장으로 한 바가노르구 대표단은 10일 논산시를 방문했다.", "바트볼드 체렌", "의회장"),
])
def test_a_district_head_and_a_council_chair_abroad_are_titles(ex, text, name, title):
    """``X 구장`` (a Chinese district's head), ``X 의회장`` (a council's chair, not 회장)."""
    assert people(read(ex, text)).get(name, (None,))[0] == title


def test_a_ground_or_a_stadium_is_no_district_head(ex):
    """Look-alikes: ``연경구장 일대``, ``축구장에서``, ``야구장에서``: grounds, no person."""
    found = people(read(ex, "대표단은 연경구장 일대를 둘러봤다. 이어 축구장에서 친선 경기를 했다. 김가온 선수는 야구장에서 "
                            "시구를 했다."))
    assert not [n for n, (title, _) in found.items() if title in ("구장", "부구장")]


@pytest.mark.parametrize("text,name,title,body", [
    ("시는 박서진(42·여) 관광과 주무관과 왕하오(35·남) 옌타이시 외사판공실 과장을 상호 파견하기로 합의했다.", "왕하오", "과장",
     "옌타이시"),
    ("한도윤(42·여) 서천군 관광과장은 이달부터 옌타이시에서 1년간 근무한다.", "한도윤", "관광과장", "서천군"),
])
def test_a_name_with_its_age_in_brackets_then_a_unit_and_a_title(ex, text, name, title, body):
    """``왕하오(35·남) 옌타이시 외사판공실 과장``: the age marks a person, the city before the title is the body."""
    assert people(read(ex, text)).get(name) == (title, body)


def test_a_year_in_brackets_after_an_event_makes_no_person(ex):
    """Look-alike: ``이번 행사(2024) 개막식에는``: a year, no age."""
    assert not people(read(ex, "이번 행사(2024) 개막식에는 시민 500명이 참석했다."))


@pytest.mark.parametrize("text,name,body", [
    ("충북도는 12일 일본 야마나시현 요코타 하루카 부지사 등 대표단 10명의 방문을 받았다.", "요코타 하루카", "야마나시현"),
    ("일본 돗토리현 히라이 신지 지사가 강원도를 방문해 우호교류를 논의했다.", "히라이 신지", "돗토리현"),
])
def test_a_surname_named_like_a_town_after_a_region_abroad(ex, text, name, body):
    """``야마나시현 요코타 하루카 부지사``: a surname and a given name, the region's officer (no town 요코타)."""
    assert people(read(ex, text)).get(name, (None, None))[1] == body


def test_a_town_with_its_si_after_its_region_is_still_a_town(ex):
    """Look-alike: ``돗토리현 요나고시 이토 다카시 시장``: the town's mayor."""
    assert people(read(ex, "일본 돗토리현 요나고시 이토 다카시 시장이 강원도를 방문했다.")).get("이토 다카시") == ("시장", "요나고시")


@pytest.mark.parametrize("text,name,body", [
    ("이날 행사에는 베트남 꽝남성 부성장 응우옌 반 탕이 참석해 축사를 했다.", "응우옌 반 탕", "꽝남성"),
    ("이날 행사에는 베트남 다낭시 부시장 쩐 티 투가 참석해 축사를 했다.", "쩐 티 투", "다낭시")])
def test_a_vietnamese_name_of_three_words_after_its_title(ex, text, name, body):
    """``부성장 응우옌 반 탕이``: the whole name, its last syllable without the particle (not a noun after a two-word
    name: ``부성장 응우옌 반 참석 아래``)."""
    assert people(read(ex, text))[name] == (text.split(name)[0].split()[-1], body)
    assert "응우옌 반 참석" not in people(read(ex, "이날 행사에는 베트남 꽝남성 부성장 응우옌 반 참석 아래 축사가 이어졌다."))


def test_a_county_head_glued_to_the_county_named_before(ex):
    """``쩐 유이 융 남짜미현장``: the county the article names and its head (현장), the name before; never a person
    named 남짜미 glued to a title (``쩐 유이 융 남짜미현장`` where the county is not named)."""
    r = read(ex, "함양군은 우호교류지인 베트남 남짜미현과 교류를 이어가고 있다. 대표단은 쩐 유이 융 남짜미현장과 면담했다.")
    assert people(r)["쩐 유이 융"] == ("현장", "남짜미현")
    assert "남짜미" not in people(read(ex, "대표단은 베트남 꽝남성 쩐 유이 융 남짜미현장을 비롯한 관계자들과 면담했다."))


def test_a_name_between_a_country_and_a_glued_title_is_no_town(ex):
    """``일본 다나카 히로시 오타시장과``: a person (히로시 ends like 시), no town 다나카 히로시 (but ``체코 모라비아
    실레지아주와`` is a two-word region)."""
    r = read(ex, "김해시 대표단은 10일 일본 다나카 히로시 오타시장과 면담하고 교류 확대를 논의했다.")
    assert people(r)["다나카 히로시"][0] == "시장"
    assert not [e for e in r.entities.values() if e.type == "City" and e.name.startswith("다나카")]


@pytest.mark.parametrize("text,name,title", [
    ("인천시는 10일 베트남 호치민시 대표단을 맞았다. 대표단을 이끈 느구엔 탄 타이(Nguyen Thanh Tai) 부시장은 협력을 약속했다.",
     "느구엔 탄 타이", "부시장"),
    ("인천시는 10일 베트남 호치민시 대표단을 맞았다. 웬 탄 퐁 (Nguyen Thanh Phong) 위원장(시장)은 협력을 약속했다.",
     "웬 탄 퐁", "위원장"),
    ("인천시는 10일 베트남 껀터시 대표단을 맞았다. 팜 득 타이(Pham Duc Thai) 껀터시 인민위원장은 협력을 약속했다.",
     "팜 득 타이", "인민위원장")])
def test_a_foreign_name_glossed_in_latin_letters_before_its_title(ex, text, name, title):
    """``느구엔 탄 타이(Nguyen Thanh Tai) 부시장``: a word for each Latin one, the whole name (no country 타이, no word
    of it dropped); a country glossed so stays one (``타이(Thailand) 방콕을 거쳐``)."""
    r = read(ex, text)
    assert people(r)[name][0] == title
    assert "타이" not in {e.name for e in r.entities.values() if e.type == "Country"}
    r = read(ex, "대표단은 타이(Thailand) 방콕을 거쳐 귀국했다고 시는 밝혔다.")
    assert "타이" in {e.name for e in r.entities.values() if e.type == "Country"}


def test_a_glossed_name_takes_the_government_named_right_before_it(ex):
    """``호치민시 인민위원회 웬 탄 퐁 (Nguyen Thanh Phong) 위원장``: the city's head (its government named before the
    name); ``상하이시 왕밍(王明) 부시장``: the city's deputy mayor."""
    r = read(ex, "유정복 인천시장은 16일 베트남 호치민시 인민위원회 웬 탄 퐁 (Nguyen Thanh Phong) 위원장과 양해각서를 체결했다.")
    assert people(r)["웬 탄 퐁"] == ("위원장", "호치민")
    r = read(ex, "부산시는 10일 중국 상하이시 왕밍(王明) 부시장과 면담하고 교류 방안을 논의했다고 밝혔다.")
    assert people(r)["왕밍"] == ("부시장", "상하이시")


def test_a_word_after_a_two_word_name_that_ends_it(ex):
    """``부시장 레 쭝 등 대표단``: the name is 레 쭝 (등 ends it); ``이날 임선화현장과``: a name glued to 현장."""
    r = read(ex, "이날 행사에는 베트남 다낭시 부시장 레 쭝 등 대표단 10명이 참석해 축사를 했다고 시는 밝혔다.")
    assert "레 쭝" in people(r) and "레 쭝 등" not in people(r)
    r = read(ex, "함양군은 중국 옥화현과 우호교류를 이어가고 있다. 대표단은 이날 임선화현장과 면담하고 교류 확대를 논의했다.")
    assert people(r)["임선화"][0] == "현장"


def test_a_foreign_name_with_its_age_before_ssi(ex):
    """``리웨이(29)씨와 장밍(31)씨``: people (not ``참가자(28명)``, a count, nor ``시민(30)씨``, a common noun)."""
    r = read(ex, "올해 김해시에서 연수하는 공무원은 우한시 외사판공실 소속 리웨이(29)씨와 장밍(31)씨 등 2명이라고 밝혔다.")
    assert {"리웨이", "장밍"} <= set(people(r))
    assert not people(read(ex, "이날 행사에는 시민(30)씨 등이 참석했다고 시는 밝혔다. 참가자(28명)는 행정을 배운다."))


def test_a_country_glossed_in_latin_is_no_name(ex):
    """``뉴질랜드(New Zealand) 대사``: the country's envoy, no person named 집무실에서 뉴질랜드 (the country stays);
    ``방한한 에릭 가세티(Eric Michael Garcetti) 시장``: the name without the verb before it."""
    r = read(ex, "김해시장은 9일 집무실에서 뉴질랜드(New Zealand) 대사를 접견하고 교류 방안을 논의했다고 밝혔다.")
    assert not people(r) or all("뉴질랜드" not in n for n in people(r))
    assert "뉴질랜드" in {e.name for e in r.entities.values() if e.type == "Country"}
    assert "에릭 가세티" in people(read(ex, "인천시는 10일 방한한 에릭 가세티(Eric Michael Garcetti) 시장과 면담했다고 밝혔다."))


def test_a_prefecture_governor_written_glued(ex):
    """``무라타 겐 나가노현지사``: a prefecture's governor glued to it (not ``현지사무소``, a local office)."""
    p = people(read(ex, "무라타 겐 나가노현지사는 지난 5일 강원도를 찾아 교류 방안을 논의했다고 도는 밝혔다."))
    assert p["무라타 겐"] == ("지사", "나가노현")
    assert people(read(ex, "김 지사는 20일 현지사무소를 방문해 직원들을 격려했다고 강원도는 밝혔다.")) == {}


@pytest.mark.parametrize("text", [
    "미국 최초의 한국계 주지사 부인이 방한해 경기도를 찾았다고 도는 밝혔다.",
    "이날 행사에는 한·프 의원 친선협회 관계자들이 참석했다고 양천구는 밝혔다."])
def test_a_descent_or_a_pair_of_countries_before_a_title_is_no_name(ex, text):
    """``한국계 주지사``, ``한·프 의원``: no person (but ``한계수 의원`` is one)."""
    assert people(read(ex, text)) == {}
    assert "한계수" in people(read(ex, "이날 행사에는 한계수 의원이 참석했다고 양천구는 밝혔다."))


def test_a_bare_council_title_after_a_city_in_the_genitive_is_that_citys(ex):
    """``나카노구의 다나카 하루오 구의회 의장``: the partner's council, not the article's own (but ``김민수 구의회 의장``
    alone, or after ``나카노구의 요청으로``, is the article's own council)."""
    text = "양천구의회는 일본 나카노구의 다나카 하루오 구의회 의장이 지난 5일 구의회를 방문했다고 밝혔다."
    assert people(read(ex, text))["다나카 하루오"] == ("의장", "나카노구")
    text = "양천구는 나카노구의 요청으로 김민수 구의회 의장이 지난 5일 일본을 방문했다고 밝혔다."
    assert people(read(ex, text))["김민수"] == ("의장", "양천구의회")


def test_no_name_runs_across_a_title_or_starts_with_a_clause_word(ex):
    """``김가온 권한대행가 무라오카 쓰구마사 야마구치현지사``: no one named across a title or an office word
    (권한대행가); ``참석한
    가운데 김가온 권한대행과``: 가운데 is no part of the name."""
    p = people(read(ex, "20일 야마구치현을 방문한 김가온 권한대행가 무라오카 쓰구마사 야마구치현지사와 협정을 체결했다."))
    assert not any("권한대행" in n for n in p)
    p = people(read(ex, "이날 김가온 권한대행과 야마구치현지사가 참석한 가운데 김나래 권한대행이 축사를 했다."))
    assert not any(n.startswith("가운데") for n in p)


def test_a_bare_council_title_after_a_genitive_with_particles_is_the_articles_own(ex):
    """``아사히카와시의 방문단을 맞아 김민수 시의회 의장``: words with particles between are no name, the council is
    the article's own."""
    text = "수원시의회는 일본 아사히카와시의 방문단을 맞아 김민수 시의회 의장이 환영사를 했다고 밝혔다."
    assert people(read(ex, text))["김민수"] == ("의장", "수원시의회")


def test_a_genitive_councils_officer_whose_given_name_ends_like_a_particle(ex):
    """``나카노구의 야마다 다로 구의회 의장``: 다로 ends like 로, yet it is a name; the chair is Nakano's."""
    text = "양천구의회는 일본 나카노구의 야마다 다로 구의회 의장이 지난 5일 구의회를 방문했다고 밝혔다."
    assert people(read(ex, text))["야마다 다로"] == ("의장", "나카노구")


def test_glossed_foreign_name_before_a_head_s_title_glued_to_its_place(ex):
    """``존 스미스(John Smith) 오리건주지사``, also with the country between (``… 미국 오리건주지사``): the head of that
    state; a glossed name before a plain title keeps it (``부르마 발도르즈(Burmaa Baldorj) 부의장``)."""
    p = people(read(ex, "김영록 전남지사는 존 스미스(John Smith) 오리건주지사를 만나 교류 방안을 논의했다."))
    assert p.get("존 스미스") == ("주지사", "오리건주")
    p = people(read(ex, "김영록 전남지사는 존 스미스(John Smith) 미국 오리건주지사를 만나 교류 방안을 논의했다."))
    assert p.get("존 스미스") == ("주지사", "오리건주")
    p = people(read(ex, "김영록 전남지사는 부르마 발도르즈(Burmaa Baldorj) 부의장을 만나 교류 방안을 논의했다."))
    assert p.get("부르마 발도르즈", ("", ""))[0] == "부의장"


def test_town_head_written_apart_after_a_name(ex):
    """``아야정을 찾아 사사키 정장과``: the head of the town named before in the sentence; alone ``정장`` is a suit."""
    p = people(read(ex, "방문단은 일본 아야정을 찾아 사사키 정장과 교류 재개에 합의했다고 밝혔다."))
    assert p.get("사사키") == ("정장", "아야정")
    assert not people(read(ex, "정장 차림의 관계자들이 군청 앞에서 일본 방문단을 맞았다고 밝혔다."))


def test_korean_name_glued_to_mayor_is_no_town_abroad(ex):
    """``김영희시장은``: a person and the title, no town 김영희시 (and no tie with the partner named after)."""
    r = read(ex, "김영희시장은 자매도시인 일본 오다시를 방문해 교류 방안을 논의했다고 밝혔다.")
    assert "김영희시" not in {e.name for e in r.entities.values() if e.type == "City"}
    assert "김영희" in people(r)
    r = read(ex, "이즈모시장은 자매도시인 일본 오다시를 방문해 교류 방안을 논의했다고 밝혔다.")
    assert "이즈모" not in people(r)


def test_title_first_then_the_name_with_its_particle(ex):
    """``나라시장 나카가와 겐과 경주시장 최양식이 참석했다``, ``나라시장 나카가와 겐 등``: the title glued to its place opens
    the item and the name after it holds it; ``박승원 광명시장과 이동환 고양시장이`` stays name-then-title."""
    p = people(read(ex, "기념식에는 나라시장 나카가와 겐과 경주시장 최양식이 참석했다고 밝혔다."))
    assert p.get("나카가와 겐") == ("시장", "나라시") and p.get("최양식") == ("시장", "경주시")
    assert not any(n.endswith("과") for n in p)
    p = people(read(ex, "나라시장 나카가와 겐 등 대표단 10명이 경주시를 찾아 교류 방안을 논의했다."))
    assert p.get("나카가와 겐") == ("시장", "나라시")
    p = people(read(ex, "박승원 광명시장과 이동환 고양시장이 참석해 교류 방안을 논의했다."))
    assert p.get("박승원") == ("시장", "광명시") and p.get("이동환") == ("시장", "고양시")
    assert not people(read(ex, "광명시장 취임 후 첫 해외 방문에서 교류 방안을 논의했다고 밝혔다."))


def test_words_around_a_name_are_no_part_of_it(ex):
    """``방문 기간 동안 박 의장과``, ``회의 직후 박형준 시장은``, ``분미 씨와 이철우 도지사가``, ``한국어 강사``: a span of
    time, a word after another name and a language are no part of a name; ``안성민 의장은`` is a person, not the
    citizens of 안성 (``안성시민 여러분`` are)."""
    assert set(people(read(ex, "회의 직후 박형준 시장은 타잉 씨에게 위촉장을 전달했다고 밝혔다."))) == {"박형준"}
    assert set(people(read(ex, "협약식에는 분미 씨와 이철우 도지사가 참석했다고 밝혔다."))) <= {"분미", "이철우"}
    assert not any(" " in n for n in people(read(ex, "안성민 의장은 방문 기간 동안 박 의장과 농장을 둘러봤다고 밝혔다.")))
    assert "안성민" in people(read(ex, "안성민 의장은 방문 기간 동안 농장을 둘러봤다고 밝혔다."))
    assert not people(read(ex, "전남도의회는 우즈베키스탄에 한국어 강사를 파견하기로 했다고 밝혔다."))


def test_council_officers_named_after_the_article_names_its_council(ex):
    """``서울시의회 대표단이 … 대표단에는 최 의장 외에 박영희·이민호 의원이``, ``대전시의회는 김영삼·황경아 부의장을 비롯해``:
    every officer serves the council the article names; a foreign officer does not (``부르마 발도르즈(…) 부의장``), and a
    contracted title serves the city (``강현철·임규연 시의원``)."""
    p = people(read(ex, "서울시의회 대표단이 몽골 울란바토르시를 방문했다. 대표단에는 최호정 의장 외에 박영희·이민호 의원이 "
                        "포함됐다."))
    assert p.get("박영희", ("", ""))[1] == "서울시의회" and p.get("이민호", ("", ""))[1] == "서울시의회"
    p = people(read(ex, "대전시의회는 김영삼·황경아 부의장을 비롯해 이한영 운영위원장 등 6명이 베트남 호찌민시를 방문했다고 "
                        "밝혔다."))
    assert p.get("황경아", ("", ""))[1] == "대전시의회"
    p = people(read(ex, "성동구의회 대표단이 몽골 바양골구를 방문했다. 바양골구 부르마 발도르즈(Burmaa Baldorj) 부의장이 "
                        "대표단을 맞았다."))
    assert p.get("부르마 발도르즈", ("", ""))[1] != "성동구의회"


def test_review_look_alikes_of_titles_written_first(ex):
    """A noun after a title glued to its place is no name (``나라시장 부인과``, ``나라시장 인사가``, ``함양군수 표창과``)."""
    r = read(ex, "경주시는 15일 나라시와 자매결연 기념식을 열었다. 기념식에는 나라시장 부인과 경주시장 주낙영이 참석했다.")
    assert "부인" not in people(r) and "주낙영" in people(r)
    assert not people(read(ex, "수상자에게는 함양군수 표창과 상금이 주어졌다고 군은 밝혔다."))
    assert not people(read(ex, "경주시는 나라시와 기념식을 열었다. 나라시장 인사가 끝난 뒤 공연이 이어졌다."))


def test_the_head_of_a_delegation_in_brackets_or_in_apposition(ex):
    """``조요시 선수단(단장 나시오 다다시)이``, ``동영시 예술교류단 단장인 쉬창칭을``: the delegation's head (a troupe,
    ``예술단``, is left to the organisation readers); words that are no name in the brackets make no person."""
    p = people(read(ex, "이번 교류에는 동영시 예술교류단 단장인 쉬창칭을 포함해 20명의 예술인이 삼척을 방문한다."))
    assert p.get("쉬창칭") == ("단장", "동영시")
    p = people(read(ex, "일본 조요시 선수단(단장 나시오 다다시)이 경산시를 방문했다고 시는 밝혔다."))
    assert "나시오 다다시" in p
    p = people(read(ex, "교류단(단장 방문 일정)은 경산시를 방문했다고 시는 밝혔다."))
    assert not p


def test_a_two_syllable_foreign_name_right_after_its_city(ex):
    """``우한시 후밍 시장``, ``우한시 리창 부시장``: a name of two syllables written right after a city abroad and
    before a city's head is the person; a common noun there (``경제 부시장``, ``명예 시장``) is none, nor is a
    two-syllable word after a Korean city."""
    p = people(read(ex, "청주시는 중국 우한시 후밍 시장 일행이 13일 청주시청을 방문했다고 밝혔다."))
    assert p.get("후밍") == ("시장", "우한시")
    p = people(read(ex, "산둥성 르자오시 리창 부시장이 대표단을 이끌고 익산시를 찾았다."))
    assert p.get("리창", ("", ""))[1] == "르자오시"
    assert not people(read(ex, "청주시는 중국 우한시 경제 부시장 일행이 13일 청주시청을 방문했다고 밝혔다."))
    assert not people(read(ex, "청주시는 중국 우한시 명예 시장 일행이 13일 청주시청을 방문했다고 밝혔다."))
    assert "후밍" not in people(read(ex, "우한시 대표단은 청주시 후밍 시장 상인회를 찾았다고 밝혔다."))


def test_a_clause_before_a_generic_committee_is_no_part_of_its_name(ex):
    """``축제 조직위원회``: a generic committee takes the noun before it; a participle's clause (``… 등으로 구성된
    준비위원회``) is no part of a name, and makes no organisation."""
    assert "축제 조직위원회" in orgs(read(ex, "함안군은 축제 조직위원회가 3일 회의를 열었다고 밝혔다."))
    assert not orgs(read(ex, "함안군은 조근제 군수, 이정아 군의원 등으로 구성된 준비위원회가 3일 회의를 열었다고 밝혔다."))


def test_an_exhibition_hall_and_a_federation_s_chair(ex):
    """``메데진시 국제전시장``: an exhibition hall, no person ``국제전`` (but ``대전시장`` is Daejeon's mayor);
    ``윌리엄 김 자매도시연합회장``: the chair of the 연합회 (the whole body), not of a 연합."""
    assert not people(read(ex, "대표단은 콜롬비아 메데진시 국제전시장에서 열린 박람회에 참가했다고 밝혔다."))
    p = people(read(ex, "윌리엄 김 자매도시연합회장은 발레호시 대표단과 함께 진천군을 방문했다고 군은 밝혔다."))
    assert p.get("윌리엄 김", ("", ""))[1] == "자매도시연합회"
    assert people(read(ex, "이장우 대전시장은 콜롬비아 메데진시 대표단을 시청에서 맞았다고 밝혔다.")).get("이장우") == \
        ("시장", "대전시")


def test_a_word_of_time_before_a_title_is_no_name(ex):
    """``… 낭독한 후 의왕시장과 하이쩌우군 인민위원장이``: ``후`` (after) after a clause is no foreign name of the officer after it; a
    spaced Vietnamese name there is (``하이쩌우군 레 뚜 타잉 인민위원장``)."""
    p = people(read(ex, "의왕시는 베트남 다낭시 하이쩌우군과 우호교류 협약을 체결했다. 협약서를 상호 낭독한 후 의왕시장과 "
                        "하이쩌우군 인민위원장이 협약서에 서명했다."))
    assert "후" not in p
    p = people(read(ex, "의왕시는 베트남 다낭시 하이쩌우군과 우호교류 협약을 체결했다. 이날 하이쩌우군 레 뚜 타잉 인민위원장이 "
                        "참석했다."))
    assert p.get("레 뚜 타잉", ("", ""))[1] == "하이쩌우군"
    p = people(read(ex, "양구군은 베트남 빈딘성 대표단이 방문했다고 밝혔다. 이날 후 꾸옥 중 빈딘성 인민위원회 부위원장이 "
                        "참석했다."))
    assert "후 꾸옥 중" in p  # (후, a Vietnamese surname, not after a clause)


def test_the_officer_of_a_department_of_a_government_abroad(ex):
    """``친황다오시 외사상무국의 리우차이지아 국장``, ``응웬 쑤언 쭝 박닌성 문화체육관광국 부국장``: the officer of the
    department, named with its place (``친황다오시 외사상무국``); a Korean office with a Korean name is left to the
    common readers (``청주시 문화관광국의 김철수 국장``: no department of a place abroad)."""
    p = people(read(ex, "서귀포시는 중국 친황다오시 외사상무국의 리우차이지아 국장을 단장으로 한 교류단이 7일 서귀포시를 "
                        "방문했다고 밝혔다."))
    assert p.get("리우차이지아") == ("국장", "친황다오시 외사상무국")
    p = people(read(ex, "봉화군은 베트남 박닌성 대표단이 방문했다고 밝혔다. 대표단은 응웬 쑤언 쭝 박닌성 문화체육관광국 부국장을 "
                        "단장으로 했다."))
    assert p.get("응웬 쑤언 쭝") == ("부국장", "박닌성 문화체육관광국")
    assert "청주시 문화관광국" not in orgs(read(ex, "청주시는 청주시 문화관광국의 김철수 국장이 행사에 참석했다고 밝혔다."))


def test_a_delegation_s_head_named_first_in_its_brackets(ex):
    """``화방현 대표단(판유이안 인민위원회 부위원장 등 5명)``: the head named in the brackets, of the delegation's place
    (the government word between name and title is no part of the name); a bracket of common nouns (``공무원 등
    5명``) names nobody."""
    p = people(read(ex, "영양군은 베트남 화방현 대표단(판유이안 인민위원회 부위원장 등 5명)이 방문했다고 밝혔다."))
    assert p.get("판유이안") == ("부위원장", "화방현")
    assert not people(read(ex, "영양군은 베트남 화방현 대표단(공무원 등 5명)이 지난 3일 방문했다고 밝혔다."))


def test_names_glossed_in_latin_letters_with_their_country_and_place(ex):
    """``누를리벡 날리바예프(Nurlybek Nalibayev) 카자흐스탄 크즐오르다주 주지사``: the country, then the place, then the
    title; ``블랙타운시 대표단(시장 Stephen Bali)``: a Latin name in the brackets of a delegation, of its city; a
    place in Latin letters there is no person (``(시장 New York City)``)."""
    p = people(read(ex, "대전시는 누를리벡 날리바예프(Nurlybek Nalibayev) 카자흐스탄 크즐오르다주 주지사 일행이 시청을 "
                        "방문했다고 밝혔다."))
    assert p.get("누를리벡 날리바예프") == ("주지사", "크즐오르다주")
    p = people(read(ex, "블랙타운시 대표단(시장 Stephen Bali)이 수성구를 방문했다고 구는 밝혔다."))
    assert p.get("Stephen Bali") == ("시장", "블랙타운시")
    assert not people(read(ex, "뉴욕시 대표단(시장 New York City)이 수성구를 방문했다고 구는 밝혔다."))


def test_nouns_of_peoples_and_concurrent_posts_are_no_names(ex):
    """``각국 고려인 협회장``: 고려인 (ethnic Koreans) is no name; ``시의회의장 겸 대장정 단장``: 겸 (also) and the
    march's name after it make no person."""
    assert not people(read(ex, "행사에는 각국 고려인 협회장과 시민 200여 명이 참석했다고 시는 밝혔다."))
    assert set(people(read(ex, "박희용 시의회의장 겸 대장정 단장은 알마티시를 방문했다고 밝혔다."))) == {"박희용"}


def test_a_head_s_name_in_brackets_after_the_glued_title_and_a_pair_s_association(ex):
    """``브레아시장(글랜 파커)``: the mayor of 브레아시; a photo position there (``(오른쪽)``, ``(왼쪽 두번째)``) is no
    name; ``브레아-안성 자매도시협회``: the association keeps the pair's name."""
    r = read(ex, "안성시는 미국 브레아시장(글랜 파커)과 브레아-안성 자매도시협회 회원들이 방문했다고 밝혔다.")
    assert people(r).get("글랜 파커") == ("시장", "브레아시") and "브레아-안성 자매도시협회" in orgs(r)
    assert set(people(read(ex, "김보라 안성시장(오른쪽)이 브레아시 대표단을 맞았다고 밝혔다."))) == {"김보라"}
    assert not people(read(ex, "브레아시장(왼쪽 두번째)이 안성시청을 방문했다고 밝혔다."))


def test_a_body_named_short_and_a_school_named_short(ex):
    """``하남시국제화추진협의회`` then ``국승현 국제화추진협의회장``: one body, under its full name; ``영암여고``: a
    school (a girls' high school) named short; the bare word (``여고 시절``) is none."""
    r = read(ex, "하남시와 하남시국제화추진협의회가 함께 준비한 이날 행사에는 김상호 시장과 국승현 국제화추진협의회장 등 "
                 "30여명이 참석했다.")
    assert people(r).get("국승현", ("", ""))[1] == "하남시국제화추진협의회" and set(orgs(r)) == {"하남시국제화추진협의회"}
    assert "영암여고" in orgs(read(ex, "영암여고 학생들과 중국 후저우시 학생들은 화상회의를 통해 학교생활을 공유했다고 군은 밝혔다."))
    assert not orgs(read(ex, "그는 여고 시절 친구들과 여중 동창을 만났다고 밝혔다."))


def test_a_national_legislator_abroad(ex):
    """``카트린 뒤마 프랑스 상원의원``, ``오리건주 상원의원 존 스미스``: senators and representatives are titles like
    국회의원; the word 의원 inside another noun makes none (``상원의원실 관계자``)."""
    assert "카트린 뒤마" in people(read(ex, "협약식에는 김수영 양천구청장, 카트린 뒤마 프랑스 상원의원 등이 참석했다."))
    assert "존 스미스" in people(read(ex, "오리건주 상원의원 존 스미스가 대표단을 이끌고 수원시를 방문했다고 밝혔다."))
    assert not people(read(ex, "오리건주 상원의원실 관계자들이 수원시를 방문했다고 시는 밝혔다."))


def test_more_korean_given_name_syllables(ex):
    """``김유석 의장은`` after ``성남시의회``: 유 and 석 are given-name syllables, so the bare council officer is the
    council's the article named; a foreign name of three syllables stays foreign (``이즈모``)."""
    p = people(read(ex, "성남시의회는 오로라시 대표단을 맞았다고 밝혔다. 김유석 의장은 대표단에게 환영의 뜻을 전했다."))
    assert p.get("김유석", ("", ""))[1] == "성남시의회"
    from kgraph.extract.lexicon import korean_given_name
    assert korean_given_name("김유석") and korean_given_name("김종곤") and not korean_given_name("이즈모")


def test_a_long_glued_foreign_name_before_a_bare_mayor(ex):
    """``카미아마쿠사시를 방문해 카와바타유우키 시장과``: a long name Kiwi does not know, before a bare 시장, is the mayor
    of the one city abroad; words of Kiwi's dictionary there are none (``농산물도매 시장과``: a market)."""
    p = people(read(ex, "양평군은 일본 카미아마쿠사시를 방문해 카와바타유우키 시장과 교류 방안을 논의했다."))
    assert p.get("카와바타유우키") == ("시장", "카미아마쿠사시")
    assert not people(read(ex, "양평군은 일본 카미아마쿠사시를 방문해 농산물도매 시장과 관광 명소를 둘러봤다."))


def test_a_delegation_head_with_his_own_title_and_a_title_set_off_by_a_colon(ex):
    """``경산시 방문단(단장 최영조 시장)``: the head's name is 최영조, his own title 시장 of the city; ``옌타이시(시장:
    진영방陳玲芳)``: the title set off by a colon, the name glossed in Hanja; ``(단장 외 5명)`` names nobody."""
    p = people(read(ex, "경산시 방문단(단장 최영조 시장)은 중국 성주시를 방문해 우호교류 협약을 체결했다."))
    assert p.get("최영조") == ("시장", "경산시") and "최영조 시장" not in p
    p = people(read(ex, "군산시 대표단은 옌타이시(시장:진영방陳玲芳)를 방문해 교류회의를 가졌다."))
    assert p.get("진영방") == ("시장", "옌타이시")
    assert not people(read(ex, "군산시 대표단(단장 외 5명)은 옌타이시를 방문해 교류회의를 가졌다."))


def test_a_city_s_friendship_body_named_after_it_is_that_city_s(ex):
    """``강서구 한일친선교류협의회, 오타루시 일한우호친선협회``: each body under its city's name (two nations' friendship
    is a kind many towns have); but ``오스틴시 경제교류단`` is a delegation and ``남양주시 체육문화센터`` a venue."""
    o = orgs(read(ex, "이 자리에는 강서구 한일친선교류협의회, 오타루시 일한우호친선협회 회원 등 50여 명이 함께했다."))
    assert {"강서구 한일친선교류협의회", "오타루시 일한우호친선협회"} <= set(o)
    o = orgs(read(ex, "오스틴시 경제교류단은 남양주시 체육문화센터를 둘러봤다고 밝혔다."))
    assert "오스틴시 경제교류단" not in o and "남양주시 체육문화센터" not in o


def test_a_body_written_after_its_city_is_named_with_it(ex):
    """``나가노시 미도리중학교``: the school under its city's name (the city only says whose school it is); a
    delegation written so is no body (``나가노시 청소년교류단``), and a province before a body only locates it
    (``일본 나가노현 미도리중학교``: the school)."""
    o = orgs(read(ex, "나가노시 미도리중학교 학생 20명이 광명시를 방문해 홈스테이를 했다고 밝혔다."))
    assert "나가노시 미도리중학교" in o
    assert not orgs(read(ex, "나가노시 청소년교류단 20명이 광명시를 방문해 홈스테이를 했다고 밝혔다."))
    o = orgs(read(ex, "일본 나가노현 미도리중학교 학생 20명이 광명시를 방문해 홈스테이를 했다고 밝혔다."))
    assert "미도리중학교" in o


def test_a_title_written_with_its_copula(ex):
    """``박민수 팀장이다``, ``박민수 주무관이며``: the copula after a title is no part of it (not ``대표 축제이다``, which
    names no one)."""
    p = people(read(ex, "파견된 공무원은 의왕시 박민수 팀장이다. 그는 6개월간 근무한다고 시가 밝혔다."))
    assert p["박민수"] == ("팀장", "의왕시")
    p = people(read(ex, "파견된 공무원은 의왕시 관광과 박민수 주무관이며 6개월간 근무한다고 시가 밝혔다."))
    assert p["박민수"][0] == "주무관"
    assert not people(read(ex, "가야문화축제는 김해시의 대표 축제이다. 축제는 나흘간 열린다고 시가 밝혔다."))


def test_a_name_with_its_characters_and_age_in_brackets(ex):
    """``쉬단(徐丹·40·여) 씨로``: characters, age and sex in brackets make a name of a word Kiwi reads as nouns;
    ``쉬단(徐丹·40·여) 셴닝시 인민정부 부주임``: the body's words, then the title (not ``2명(40·여)``)."""
    p = people(read(ex, "허페이시에서 파견된 공무원은 쉬단(徐丹·40·여) 씨로, 1년간 의왕시 국제교류팀에서 근무한다."))
    assert "쉬단" in p
    p = people(read(ex, "의왕시로 파견된 공무원은 쉬단(徐丹·40·여) 셴닝시 인민정부 공상업연합회 부주임이다."))
    assert p["쉬단"] == ("부주임", "셴닝시")
    assert not people(read(ex, "의왕시로 파견된 공무원은 모두 2명(40·여)으로 1년간 근무한다고 시가 밝혔다."))
    # a word before the name that is no noun may be its first part: no half a name
    assert "리에" not in people(read(ex, "파주시로 파견된 사세보시의 교환공무원 한다 리에(39)씨는 1년간 근무한다."))
    assert "리웨이" in people(read(ex, "파주시로 파견된 사세보시의 교환공무원 리웨이(39)씨는 1년간 근무한다."))


def test_a_name_then_the_units_of_its_office_then_the_title(ex):
    """``이선우 산림녹지과 주무관``, ``박민수 경제건설국 산림녹지과 팀장``, ``최신영 지방시설주사``: units of an office
    between a name and its title, and a civil servant's grade as the title (not ``국제협력과 사무실``: no title)."""
    p = people(read(ex, "시는 이선우 산림녹지과 주무관과 함께 6개월간 상호 파견하기로 합의했다고 밝혔다."))
    assert p["이선우"][0] == "주무관"
    p = people(read(ex, "이날 박민수 경제건설국 산림녹지과 팀장이 참석했다고 의왕시가 밝혔다."))
    assert p["박민수"][0] == "팀장"
    assert "최신영" in people(read(ex, "하동군에서는 최신영 지방시설주사가 장자제시로 파견되어 연수를 진행한다."))
    assert not people(read(ex, "대표단 20명이 국제협력과 사무실을 방문했다고 시가 밝혔다."))


def test_a_city_s_troupe_and_its_working_centre_are_named_with_it(ex):
    """``선양시 우슈공연단``, ``장자제시 관광개발센터``: a troupe and a centre named for its work are the city's bodies
    (but ``오스틴시 경제교류단`` is a delegation, and ``남양주시 체육문화센터`` a venue)."""
    assert "선양시 우슈공연단" in orgs(read(ex, "축제에 참여한 선양시 우슈공연단은 개막식에서 공연했다고 대전시가 밝혔다."))
    assert "장자제시 관광개발센터" in orgs(read(ex, "장자제시 관광개발센터의 직원이 하동군에 파견됐다고 군이 밝혔다."))
    assert not any(n.startswith("오스틴시") for n in orgs(read(ex, "오스틴시 경제교류단이 광명시를 방문했다고 시가 밝혔다.")))


def test_a_name_and_title_in_quotes_and_a_long_foreign_name(ex):
    """``'타니이 히로미 시장'과``: the quotes only set the pair off (not ``'전통 공연 시장'``: common nouns); a given
    name ending like a province starts a three-word name (``일데브란도 다냐스 살루드``, but ``부하라주 보투르 주라예프``:
    the province, then the name)."""
    p = people(read(ex, "결연 25주년을 맞이해 무나카타시의 '타니이 히로미 시장'과 '하나다 타카토 시의장'이 내방할 예정이다."))
    assert p["타니이 히로미"] == ("시장", "무나카타시") and "하나다 타카토" in p
    assert not people(read(ex, "축제에서는 '전통 공연 시장'이 열렸다고 무나카타시가 밝혔다."))
    assert "일데브란도 다냐스 살루드" in people(read(ex, "필리핀 산후안시 일데브란도 다냐스 살루드 시장 등으로 구성된 대표단이 "
                                                   "홍천을 찾는다."))
    assert "보투르 주라예프" in people(read(ex, "우즈베키스탄 부하라주 보투르 주라예프 주지사가 대구를 방문했다."))
    assert not people(read(ex, "이날 행사에는 홍길동 선생님과 부시장이 함께 참석했다고 광명시가 밝혔다."))
    assert "리웨이" in people(read(ex, "이번 축제에 참석한 리웨이(29)씨는 공연을 즐겼다고 광명시가 밝혔다."))


def test_surnames_with_their_first_rieul_and_names_read_as_a_rare_noun_and_a_verb(ex):
    """The Korean press of China writes 리, 량, 림 for 이, 양, 임 (``량승조 도지사``), in three-syllable names
    only; a name Kiwi reads as a rare noun + 하다 (``경준해``: 경준 + 하 + 어)
    is a name before its title, where a verb's stem is an everyday noun (``도착해 시장을``)."""
    p = people(read(ex, "길림성 경준해 성장과 충청남도 량승조 도지사는 자매결연 협정에 서명했다고 길림신문이 전했다."))
    assert p["경준해"][0] == "성장" and p["량승조"] == ("도지사", "충청남도")
    assert "림철호" in people(read(ex, "연길시 대표단을 이끈 림철호 부시장이 광명시를 방문했다고 시가 밝혔다."))
    assert not people(read(ex, "대표단은 오사카에 도착해 시장을 둘러봤다고 광명시가 밝혔다."))
    assert not people(read(ex, "두 도시는 관광 교류를 모색해 시장 개척에 나섰다고 광명시가 밝혔다."))


def test_one_council_named_two_ways_is_one_organisation(ex):
    """``부산광역시의회`` and ``부산시의회``, ``호치민시 인민의회`` and ``호치민시의회``: one place's council, under its
    longest name with the others as other names; a pair's councils (``양도시의회``) name none; two places' councils
    stay two."""
    o = orgs(read(ex, "부산광역시의회 대표단은 베트남 호치민시 인민의회를 방문해 양도시의회 간 우호교류 협정을 체결했다. "
                      "이번 방문은 호치민시의회 대표단의 부산시의회 방문을 계기로 이뤄졌다."))
    assert set(o) == {"부산광역시의회", "호치민시 인민의회"}
    assert "부산시의회" in o["부산광역시의회"] and "호치민시의회" in o["호치민시 인민의회"]
    assert set(orgs(read(ex, "광명시의회 대표단은 부산시의회를 방문해 의정 교류 방안을 논의했다고 밝혔다."))) == {"광명시의회", "부산시의회"}


def test_two_everyday_nouns_after_a_title_abroad_are_no_name(ex):
    """``호치민시의회 의장 초청 환영 만찬``: 초청 and 환영 are nouns of every day, no foreign name after the title (but
    ``하노이시 부시장 쩐 반 남`` is one)."""
    assert not people(read(ex, "대표단은 호치민시의회 의장 초청 환영 만찬에 참석했다고 광명시가 밝혔다."))
    assert "응우옌 탄" in people(read(ex, "대표단은 하노이시 부시장 응우옌 탄을 만났다고 광명시가 밝혔다."))


def test_a_body_s_branch_in_a_place_is_one_organisation(ex):
    """A body, a place and a branch word (``대한무역투자진흥공사 호치민 무역관``, ``세계한인무역회 라오스지회``,
    ``한국관광공사 도쿄지사``) name one branch; a branch word saying its work names one after the place alone
    (``자카르타 통상사무소``); a place glued to ``지사`` with no body before is a governor (``경남지사``)."""
    assert "대한무역투자진흥공사 호치민 무역관" in orgs(read(ex, "대표단은 대한무역투자진흥공사 호치민 무역관을 찾아 현지 동향을 "
                                                          "들었다고 광명시가 밝혔다."))
    o = orgs(read(ex, "광명시는 세계한인무역회 라오스지회와 한국관광공사 도쿄지사를 방문했다고 밝혔다."))
    assert {"세계한인무역회 라오스지회", "한국관광공사 도쿄지사"} <= set(o) and "라오스지회" not in o
    assert "자카르타 통상사무소" in orgs(read(ex, "광명시는 자카르타 통상사무소를 열었다고 밝혔다."))
    assert not orgs(read(ex, "김가온 경남지사는 광명시를 방문해 교류 방안을 논의했다고 밝혔다."))


def test_a_foreign_head_s_city_visited_before_or_named_next(ex):
    """A foreign name of one word before a mayor's title heads the city abroad visited right before
    (``친황다오시를 방문해 장루이슈 시장과``; a Korean city visited is no foreign head's), and a foreign name of two
    words the one city abroad the next sentence names when none is named before (``필리핀 측에서는 마틴 바왕
    시장과 …. 정선군과 바왕시는``), unless it reads as a Korean name spaced after its surname (``심 민``)."""
    p = people(read(ex, "서귀포시 일행은 7일부터 8일까지 베이징을 거쳐 친황다오시를 방문해 장루이슈 시장과 간담회를 열었다."))
    assert p["장루이슈"] == ("시장", "친황다오시")
    assert people(read(ex, "친황다오시 일행은 서귀포시를 방문해 카와바타유우키 시장과 간담회를 열었다.")).get(
        "카와바타유우키", (None, None))[1] != "서귀포시"
    p = people(read(ex, "이번 협약식에는 필리핀 측에서 마틴 바왕 시장과 관계자 10명이 함께했다. "
                        "정선군과 바왕시는 이번 협약을 통해 교류를 활성화하기로 했다. 필리핀 근로자 40명이 온다."))
    assert p["마틴 바왕"] == ("시장", "바왕시")


def test_a_one_syllable_word_before_a_glued_head_is_no_name(ex):
    """``엑스포 개최 시 양기율시장을``: 시 (when) before a head's title glued to its town abroad is no name; a town's
    bare name before a spaced mayor, once the town is known, is no person either (``마갈랑 시장``)."""
    assert not people(read(ex, "서 군수는 엑스포 개최 시 양기율시장을 비롯한 우즈베키스탄 양기율시 관계자의 참여를 요청했다."))
    assert "마갈랑" not in people(read(ex, "필리핀 앙헬레스시와 협약을 맺은 보은군수는 인근의 마갈랑시도 방문해 협의했다. "
                                        "다음 달 마갈랑 시장 등이 보은을 방문하기로 했다."))


def test_a_council_delegation_glossed_in_latin_with_patronymic_initials(ex):
    """Members of a foreign council's delegation, each glossed in Latin letters with a patronymic initial
    (``바트체첵(Battsetseg.B) 도시계획위원장``): the council written right before the first name is every listed
    member's body, names listed with ``·`` or a space before a shared title take it, and a party between the gloss
    and the title is no title (``인민당 원내대표``). A glossed word that is a body is no name
    (``국제교류센터(International Center)·``)."""
    p = people(read(ex, "몽골 다르한시의회 바트 오윤(Bat Oyun) 인민당 원내대표를 단장으로 바트체첵(Battsetseg.B) "
                        "도시계획위원장과 오윤게렐(Oyungerel.T) 예산분과위원장, 간바타르(Ganbaatar.Ch)·자르갈(Jargal.D) "
                        "바야르(Bayar.D) 시의원 등 대표단이 지난 7일 광명시를 찾았다."))
    assert p["바트 오윤"] == ("원내대표", "다르한시의회")
    assert p["바트체첵"] == ("도시계획위원장", "다르한시의회")
    assert p["오윤게렐"] == ("예산분과위원장", "다르한시의회")
    assert {n for n in p if p[n][1] == "다르한시의회"} >= {"간바타르", "자르갈", "바야르"}
    p = people(read(ex, "행사에는 국제교류센터(International Center)·자르갈(Jargal.D) 시의원이 참석했다."))
    assert "국제교류센터" not in p and "자르갈" in p
    assert not people(read(ex, "바트 오윤(Bat Oyun) 식당 주인이 광명시를 찾았다."))
    assert title_of("도시개발인프라위원장") == ("도시개발인프라위원장", None)  # (a committee's long name)
    assert "도시의회" not in orgs(read(ex, "대표단은 양 도시의회 간 상호협력 방안을 논의했다고 광명시의회가 밝혔다."))


def test_a_title_with_etc_written_against_it(ex):
    """``박성철 군의회 의장등 5명``: 등 glued to a title leaves the title; a word merely ending in 등 is none."""
    p = people(read(ex, "전창수 양구군수와 박성철 군의회 의장등 5명의 양구군 대표단이 프랑스 리옹시를 방문했다."))
    assert p["박성철"] == ("의장", "양구군의회")
    assert title_of("의장등") == ("의장", None) and title_of("가로등") is None


def test_a_county_abroad_written_apart_leads_an_organisation(ex):
    """``몽고메리 카운티 한인회``, ``메릴랜드 주 국제개발센터``: a place with its level word written apart leads the
    organisation's name (a county's name even when unknown); such a county is never a person's name."""
    o = orgs(read(ex, "이날 행사에는 몽고메리 카운티 한인회와 하워드 카운티 한인회 관계자들이 참석했다."))
    assert {"몽고메리 카운티 한인회", "하워드 카운티 한인회"} <= set(o) and "한인회" not in o
    assert "메릴랜드 주 국제개발센터" in orgs(read(ex, "천안시는 메릴랜드 주 국제개발센터와 협약을 맺었다."))
    r = read(ex, "오렌지 카운티 한인상공회의소 회장이 참석했다.")
    assert not people(r) and "오렌지 카운티 한인상공회의소" in orgs(r)
    assert "한인회" in orgs(read(ex, "우리 카운티 한인회 회원들이 광명시를 찾았다. 행사는 광명시청에서 열렸다."))


def test_a_glossed_name_whose_syllables_also_spell_a_country(ex):
    """``타이 바오(Thai Bao) 의장``: a first syllable the Latin gloss spells is the name's, not the country 타이
    (Thailand); a country before a name written in one word is not (``중국 왕밍(Wang Ming) 시장``)."""
    assert "타이 바오" in people(read(ex, "타이 바오(Thai Bao) 의장이 이끄는 베트남 동나이성 대표단이 광명시를 찾았다."))
    p = people(read(ex, "중국 왕밍(Wang Ming) 시장이 광명시를 찾았다."))
    assert "왕밍" in p and "중국 왕밍" not in p


def test_vietnamese_surnames_in_their_other_spellings(ex):
    """``휜 티 지엔 화``, ``응웬 반 남``: Huỳnh and Nguyễn as the Korean press also writes them open a Vietnamese name
    (휜 is also a verb's form: ``철사가 휜 모양``, no name)."""
    p = people(read(ex, "대표단은 베트남 현지에서 휜 티 지엔 화 닥락성 인민위원의회 의장과 만나 교류 방안을 논의했다."))
    assert "휜 티 지엔 화" in p
    assert "응웬 반 남" in people(read(ex, "대표단은 베트남 현지에서 응웬 반 남 빈딘성 인민위원장과 만났다."))
    assert not people(read(ex, "철사가 휜 모양의 조형물을 본 관광객들은 웃었다."))


def test_party_floor_leaders_and_bodies_led_by_a_region(ex):
    """``이성배 국민의힘 대표의원``: a party's floor leader in a council delegation is the council's officer, as a
    councillor is; ``김기용 미주 소상공인협회 사무총장``: a region the members live in leads the body's name (and is no
    part of the person's name); a body with no such lead stays as written."""
    p = people(read(ex, "서울시의회 대표단에는 최호정 의장 외에도 이성배 국민의힘 대표의원, 성흠제 더불어민주당 대표의원, "
                        "유정인 의원 등이 포함됐다."))
    assert p["이성배"] == ("대표의원", "서울시의회") and p["성흠제"][1] == "서울시의회"
    p = people(read(ex, "이날 방문단으로 김기용 미주 소상공인협회 사무총장, 김충식 미주 소상공인협회 이사 등이 참석했다."))
    assert p["김기용"] == ("사무총장", "미주 소상공인협회") and "김기용 미주" not in p
    p = people(read(ex, "이날 방문단으로 김기용 소상공인협회 사무총장이 참석했다."))
    assert p["김기용"] == ("사무총장", "소상공인협회")
    p = people(read(ex, "이날 방문단으로 장마리아 미주 소상공인협회(KASBUSA) 총회장, 김기용 미주 소상공인협회 사무총장, "
                        "김충식 미주 소상공인협회 이사 등이 참석했다."))  # (the body glossed with its acronym before)
    assert p["김기용"] == ("사무총장", "미주 소상공인협회") and "소상공인협회" not in p


def test_a_title_with_the_copula_before_the_name(ex):
    """``길림성 당위 부서기이며 성장인 경준해는``: a title with the copula's 인, then a name with its particle, is that
    person, of the place of that level named before; the party committee (``당위``) is no name, and a noun with 인
    that is no title names no one (``주인인 김철수를``)."""
    p = people(read(ex, "21일, 길림성 당위 부서기이며 성장인 경준해는 한국 충청남도 도지사 량승조를 접견했다."))
    assert p["경준해"] == ("성장", "길림성") and "당위" not in p
    assert "김철수" not in people(read(ex, "광명시는 가게 주인인 김철수를 만났다고 밝혔다."))
    assert not people(read(ex, "대표단은 자매도시인 중국 웨이하이시를 방문해 웨이하이시 최대 시장인 남문을 둘러봤다."))


def test_organisations_written_with_a_hyphen(ex):
    """``경남도립거창대학-동나이대학 대학교류``: two bodies paired by a hyphen are each one; ``한-베트남친선의원연맹``: a body
    named for two nations is one; two places paired (``광명-오스틴 교류``) are no body."""
    assert {"경남도립거창대학", "동나이대학"} <= set(orgs(read(ex, "△경남도립거창대학-동나이대학 대학교류 양해각서 체결을 "
                                                          "함께 진행했다고 밝혔다.")))
    assert "한-베트남친선의원연맹" in orgs(read(ex, "이날 행사에는 한-베트남친선의원연맹 소속 의원들이 참석했다."))
    assert not orgs(read(ex, "광명-오스틴 교류는 계속된다고 광명시가 밝혔다."))


def test_names_joined_to_their_grade_in_a_bracketed_list(ex):
    """``2명의(지혜원·행정7급, 안정은·행정7급) 공무원이``: names joined by ``·`` to a civil servant's grade are people of
    the city sending them; places paired the same way are none (``(광명·안산, 시흥·부천)``)."""
    p = people(read(ex, "의왕시에서도 내달 초 2명의(지혜원·행정7급, 안정은·행정7급) 공무원이 셴닝시로 파견돼 업무를 추진한다."))
    assert p["지혜원"] == ("행정7급", "의왕시") and p["안정은"][1] == "의왕시"
    assert not people(read(ex, "이번 행사(광명·안산, 시흥·부천)는 성황리에 열렸다고 광명시가 밝혔다."))
    assert title_of("지방녹지7급") == ("지방녹지7급", None) and title_of("고급") is None


def test_a_four_syllable_chinese_name_ending_like_a_particle_after_its_body(ex):
    """``창사시 인민대표대회 상무위원회 왕위후이 부주임``: a Chinese name of four syllables whose last one reads like a
    particle (이) is still the officer's name after the body; a body's office with no name before the title names
    no one (``국제교류협회 사무국에서 … 회장을``)."""
    p = people(read(ex, "창사시 인민대표대회 상무위원회 왕위후이 부주임 일행이 구미시의회를 방문했다."))
    assert p["왕위후이"] == ("부주임", "창사시 인민대표대회 상무위원회")
    assert not people(read(ex, "국제교류협회 사무국에서 청소년들이 회장을 만났다고 광명시가 밝혔다."))


def test_a_nation_s_ministry_named_with_the_nation(ex):
    """``우즈베키스탄 외교부``, ``한국 외교부``: a ministry with its nation before it is that nation's ministry; a bare
    ministry names none (``외교부 관계자가``)."""
    o = orgs(read(ex, "이날 행사에는 우즈베키스탄 외교부와 한국 외교부 관계자들이 참석했다고 광명시가 밝혔다."))
    assert {"우즈베키스탄 외교부", "한국 외교부"} <= set(o)
    assert not orgs(read(ex, "이날 행사에는 외교부 관계자가 참석했다고 광명시가 밝혔다."))


def test_a_name_of_several_words_between_a_place_abroad_and_its_government(ex):
    """``베트남 뚜옌꽝성 호앙 비엣 푸엉 인민위원회 부위원장``: a foreign name of several words between the place abroad
    and its government's title is that place's officer, as a one-word name is (``까마우성 럼반비 인민위원회
    부위원장``)."""
    p = people(read(ex, "이날 협약식에는 베트남 뚜옌꽝성 호앙 비엣 푸엉 인민위원회 부위원장이 임실군을 방문했다."))
    assert p["호앙 비엣 푸엉"][1] == "뚜옌꽝성"
    assert people(read(ex, "까마우성 럼반비 인민위원회 부위원장이 임실군을 방문했다."))["럼반비"][1] == "까마우성"


def test_a_body_s_short_form_before_a_title(ex):
    """``한국자매도시협회(이하 협회)`` declares 협회 as the body's short form, so ``데이비드 최 협회 이사장`` is the
    body's officer; a bare head with one body of that head named before binds to it too; with two such bodies
    named, the head names none and is never part of the name."""
    p = people(read(ex, "여주시는 미국 현지 한국자매도시협회(이하 협회)와 교류 회의를 열었다. 이날 회의에는 데이비드 최 협회 "
                        "이사장이 참석했다."))
    assert p["데이비드 최"] == ("이사장", "한국자매도시협회")
    assert people(read(ex, "여주시는 미국 자매도시협회와 회의를 열었다. 회의에는 데이비드 최 협회 이사장이 참석했다."))[
        "데이비드 최"][1] == "자매도시협회"
    p = people(read(ex, "여주시는 자매도시협회, 한인상공협회와 회의를 열었다. 회의에는 데이비드 최 협회 이사장이 참석했다."))
    assert not any("협회" in n for n in p) and ("데이비드 최" not in p or p["데이비드 최"][1] is None)


def test_an_envoy_s_short_posting_and_a_bound_noun_before_the_name(ex):
    """``김진수 주독 한국대사``: a posting written with a country's one-syllable short name belongs to the title, and
    ``데는`` (a bound noun with its particle) before the name is no part of it; ``주민`` is no posting."""
    p = people(read(ex, "두 도시가 협력하게 된 데는 김진수 주독 한국대사와 한스 뮐러 주한 독일대사의 역할이 컸다."))
    assert {"김진수", "한스 뮐러"} <= set(p)
    assert not any("주독" in n or "데는" in n for n in p)
    assert not people(read(ex, "행사에는 주민 대표와 주최 측 대표가 참석했다."))


def test_the_head_of_a_numbered_district_abroad(ex):
    """``필립 구종 파리 15구 구청장``: the head of a city's numbered district abroad is that district's officer; a
    Korean district's head is read as before."""
    p = people(read(ex, "양천구는 프랑스 파리에서 김수영 양천구청장과 마르크 뒤랑 파리 12구 구청장이 우호교류협약을 맺었다고 "
                        "밝혔다."))
    assert p["마르크 뒤랑"] == ("구청장", "파리 12구") and p["김수영"][1] == "양천구"


def test_the_body_a_clause_before_the_name_says_one_works_at(ex):
    """``고전면사무소에 근무하는 윤용호 주무관``, ``오카야마시에서 근무하는 김민지 주무관``: the body or city the clause
    right before a titled name says the person works at is the person's body; a clause about someone else before
    another name (``관광공사에 근무하는 직원과 김민지 주무관``) gives none."""
    assert people(read(ex, "올해 장자제시에는 고전면사무소에 근무하는 윤용호 주무관이 선정돼 파견연수를 하게 된다."))[
        "윤용호"] == ("주무관", "고전면사무소")
    assert people(read(ex, "보령시는 오카야마시에서 근무하는 김민지 주무관을 만났다고 밝혔다."))["김민지"][1] == "오카야마"
    assert people(read(ex, "보령시는 관광공사에 근무하는 직원과 김민지 주무관을 파견했다고 밝혔다."))["김민지"][1] != "관광공사"
    # (the article's own city's officer, as any 주무관 with no body of her own: see staff_of_the_city)


def test_a_rank_before_a_foreign_officer_s_title_and_a_duty_that_is_no_name(ex):
    """``악화봉 상무 부시장``: a rank between a one-word foreign name and the title keeps the name, as without it;
    a duty before the title (``경제담당 부시장``, ``경제담당 상무 부시장``) is no name."""
    p = people(read(ex, "서안시 대표단은 악화봉 상무 부시장 등 5명으로 진주시를 방문했다고 밝혔다."))
    assert p["악화봉"][1] == "시안"
    assert not people(read(ex, "서안시 대표단은 경제담당 상무 부시장 등 5명으로 진주시를 방문했다고 밝혔다."))
    assert not people(read(ex, "서안시 대표단은 경제담당 부시장 등 5명으로 진주시를 방문했다고 밝혔다."))
    p = people(read(ex, "이날 행사에는 김철수 경제담당 부시장과 다나카 히로시 시장이 참석했다고 수원시가 밝혔다."))
    assert p["김철수"] == ("경제담당 부시장", "수원시")  # (a Korean name before the duty: the duty joins the title)
    assert people(read(ex, "함평군은 웨이하이시 왕밍 경제담당 부시장과 간담회를 가졌다고 밝혔다."))["왕밍"][1] == "웨이하이시"


def test_a_government_unit_between_a_listed_name_and_its_title(ex):
    """``서안시 위민주 당서기, 진보근 인민대표대회 주임``: a unit of a government between a name read the Korean way
    and its title leaves the name, and the listed pair shares the city the list names first; a unit after a word
    that is no name names no one (``시 인민대표대회 주임``)."""
    p = people(read(ex, "이창희 진주시장이 12일 서안시 위민주 당서기, 진보근 인민대표대회 주임 등이 참석한 가운데 명예시민 "
                        "칭호를 받았다."))
    assert p["위민주"] == ("당서기", "시안") and p["진보근"] == ("주임", "시안")
    assert set(people(read(ex, "이창희 진주시장이 12일 서안시 인민대표대회 주임 등과 만났다."))) == {"이창희"}


def test_a_city_s_council_written_apart_before_a_foreign_name(ex):
    """``일본국 나라시 의회 토우게 히로아키 의장``: the city's council written apart from the city, before the officer's
    foreign name, is the officer's body; a bare 의회 after a city with its particle (``경주시는 의회 …``) makes no
    council of that word."""
    p = people(read(ex, "경주시의 해외자매도시인 일본국 나라시 의회 토우게 히로아키 의장이 명예시민증을 받았다."))
    assert p["토우게 히로아키"][1] is not None and p["토우게 히로아키"][1].replace(" ", "") == "나라시의회"
    assert not any("경주시는" in o for o in orgs(read(ex, "경주시는 의회 토우게 히로아키 의장이 명예시민증을 받았다고 "
                                                          "밝혔다.")))


def test_a_title_with_its_particle_is_no_name_and_the_body_one_represents(ex):
    """``경주시의회 대표로 한순희 문화행정위원장``: a title with its particle (대표로) is no part of the name after it, and
    the body one stands for is the person's body (``나라시를 대표해 박하늘 위원장``); with no body named, none."""
    p = people(read(ex, "이날 수여식에는 경주시의회 대표로 한순희 문화행정위원장, 김성수 의원이 참석했다."))
    assert p["한순희"] == ("문화행정위원장", "경주시의회")
    assert people(read(ex, "이날 수여식에는 나라시를 대표해 박하늘 위원장이 참석했다."))["박하늘"][1] == "나라시"
    assert people(read(ex, "이날 수여식에는 대표로 한순희 문화행정위원장이 참석했다."))["한순희"][1] is None


def test_bodies_listed_before_a_tour_are_sightseeing_stops(ex):
    """``평화센터와 지진방재센터, 지진재해박물관을 둘러봤다``: every body of a list that is toured is a sightseeing stop,
    no entity; bodies met (``… 관계자를 만났다``) are kept."""
    assert not orgs(read(ex, "사천시의회 의원들은 평화센터와 지진방재센터, 지진재해박물관을 둘러봤다고 밝혔다.")).keys() & {
        "평화센터", "지진방재센터", "지진재해박물관"}
    assert {"평화센터", "지진방재센터"} <= set(orgs(read(ex, "사천시의회 의원들은 평화센터와 함께 지진방재센터 관계자를 "
                                                          "만났다고 밝혔다.")))
    assert "한국관광공사" in orgs(read(ex, "대표단은 이날 한국관광공사와 현장을 둘러봤다고 수원시가 밝혔다."))  # (a companion)


def test_a_body_named_after_the_kind_of_body_it_is(ex):
    """``여행사 협회인 아스틴도와``, ``국영관광기업인 사이공투어리스트와``: a name right after the kind of body it is names
    an organisation; people in business (``기업인 20명``, ``기업인 김철수 대표``) and a bound noun (``단체인 만큼``)
    name none."""
    assert "아스틴도" in orgs(read(ex, "함양군은 인도네시아 여행사 협회인 아스틴도와 관광교류 협약을 맺었다고 밝혔다."))
    assert "사이공투어리스트" in orgs(read(ex, "함양군은 베트남 국영관광기업인 사이공투어리스트와의 업무협약을 체결했다고 "
                                           "밝혔다."))
    assert not orgs(read(ex, "함양군은 한국 기업인 20명과 함께 지역 기업인 김철수 대표를 만났다고 밝혔다."))
    assert not orgs(read(ex, "이 단체는 비영리 단체인 만큼 수익이 없다고 함양군이 밝혔다."))
    assert not orgs(read(ex, "현지 기업인 초청간담회, 공무원 초청연수 등 교류를 이어가고 있다고 광양시가 밝혔다."))
    assert not orgs(read(ex, "베트남 기업인 응우옌 씨와 재일교포 기업인 가네모토 씨가 함양군을 방문했다."))
    assert not orgs(read(ex, "현지 기업인 CEO 30명과 해외 기업인 VIP 초청 행사를 열었다고 함양군이 밝혔다."))


def test_a_body_named_only_in_a_title_keeps_its_entity_when_joined_to_its_full_name(ex):
    """``… 람동성 투자무역및관광촉진센터 센터장이 참석했다``: the body, read short and then joined to the full name a
    title gave it, is one entity under the full name, and every fact about it names that entity (no IRI is left
    without its entity)."""
    r = read(ex, "전라남도 함평군과 베트남 람동성 인민위원회가 7일 국제교류 양해각서(MOU)를 체결했다. 이날 협약식에는 "
                 "이상익 함평군수와 즈엉 꾸옥 안(Duong Quoc Anh) 람동성 투자무역및관광촉진센터 센터장이 참석했다.")
    assert "람동성 투자무역및관광촉진센터" in orgs(r)
    named = [o for f in r.facts for o in (f.s, f.o) if isinstance(o, URIRef) and "/org/" in str(o)]
    assert named and all(o in r.entities for o in named)


def test_a_name_after_its_title_with_the_age_in_brackets(ex):
    """``서예협회 주석 웨이판 웨이(51)와 부주석 리우커치(56)는``: a name of two words after its title keeps its last
    syllable before the bracket (no particle is cut), and a one-word name after its title with its age is the
    title's holder; a noun with a number in brackets (``참가자(56)와``) is no one."""
    p = people(read(ex, "수광시 서예협회 주석 웨이판 웨이(51)와 부주석 리우커치(56)는 고성문화원을 방문했다."))
    assert p["웨이판 웨이"][1] == "수광시 서예협회" and "리우커치" in p and "웨이" not in p
    assert not people(read(ex, "고성군은 이날 행사 참가자(56)와 함께 방문했다고 밝혔다."))


def test_a_name_glossed_in_latin_before_a_body_and_its_title(ex):
    """``즈엉 꾸옥 안(Duong Quoc Anh) 람동성 투자무역및관광촉진센터 센터장``: a foreign name glossed in Latin letters, then
    a body (with its place before it) and a title, is the body's officer; a common noun glossed before a title
    (``관광(Tourism) 센터장``) is no one."""
    p = people(read(ex, "이날 협약식에는 이상익 함평군수와 즈엉 꾸옥 안(Duong Quoc Anh) 람동성 투자무역및관광촉진센터 "
                        "센터장이 참석했다."))
    assert p["즈엉 꾸옥 안"] == ("센터장", "람동성 투자무역및관광촉진센터")
    assert people(read(ex, "이날 협약식에는 즈엉 꾸옥 안(Duong Quoc Anh) 관광촉진센터 센터장이 참석했다."))[
        "즈엉 꾸옥 안"][1] == "관광촉진센터"
    assert not people(read(ex, "이날 협약식에는 관광(Tourism) 센터장이 참석했다."))


def test_a_governor_s_deputy_with_no_place_is_the_article_s_province_s(ex):
    """``조윤명 행정부지사는``: a governor's deputy named with no place serves the article's own 도; with no 도 in the
    article, none (a city's article: ``수원시는 …``)."""
    p = people(read(ex, "경남도는 중국 흑룡강성과 우호협력 관계를 맺기로 했다. 중국 흑룡강성을 우호 방문중인 조윤명 "
                        "행정부지사는 5일 하얼빈시에서 리잔수 흑룡강성 성장을 만났다."))
    assert p["조윤명"] == ("행정부지사", "경남도")
    p = people(read(ex, "수원시는 중국 흑룡강성과 교류하기로 했다. 조윤명 행정부지사는 5일 하얼빈시에서 리잔수 흑룡강성 "
                        "성장을 만났다."))
    assert p["조윤명"][1] is None


def test_an_honorary_citizen_of_a_province_is_a_person(ex):
    """``니시모리 시오조 명예도민``: a foreign name before an honour of a province (명예도민, 명예군민, 명예구민) is a
    person, as before 명예시민; the honour after a place (``전남 명예도민``) names no one."""
    assert "니시모리 시오조" in people(read(ex, "이날 체결식에는 오자키 마사나오 고치현 지사, 니시모리 시오조 명예도민 등 "
                                               "40명이 참석했다."))
    assert not people(read(ex, "이날 체결식에는 전남 명예도민 등 40명이 참석했다."))


def test_a_name_with_its_age_before_staff(ex):
    """``신동호(55) 직원이 선발돼``: a Korean name with its age before 직원 (a member of staff) is a person; the word
    alone after a body (``충주시 직원들과``) names no one."""
    assert "신동호" in people(read(ex, "충주시에서는 건축디자인과 신동호(55) 직원이 선발돼 관광 업무를 맡는다."))
    assert not people(read(ex, "행사에는 충주시 직원들과 시민 등 30명이 참석했다."))
    assert not people(read(ex, "코로나 시기에도 직원 간 온라인 연수를 이어갔다고 충주시가 밝혔다."))


def test_words_of_time_before_a_title_are_no_names(ex):
    """``이듬해 구라요시시 시장이``, ``지난주 …``: a word of time before a town and its title is no person's name;
    the name before a town and a title still is (``사토 구라요시시 시장``)."""
    for when in ("이듬해", "지난주", "그해", "다음해"):
        r = read(ex, f"양 시는 2015년 자매결연을 맺었다. {when} 구라요시시 시장이 제천시를 방문했다.")
        assert when not in people(r)
    r = read(ex, "이날 행사에는 이시다 고이치 구라요시시 시장이 참석해 제천시와의 우호를 다졌다.")
    assert people(r)["이시다 고이치"][1] in ("구라요시", "구라요시시")
    r = read(ex, "이날 행사에는 모리야마 다케시 구로베시 시장이 참석해 제천시와의 우호를 다졌다.")
    assert "모리야마 다케시" in people(r) and "모리야마 다케시 구로베시" not in people(r)


def test_one_foreign_name_word_after_a_city_s_government_abroad(ex):
    """``후에시 인민위원회 짠반녀 위원장``: one name word of three syllables or more between the government of a city
    abroad and a title is its officer, of that city; a common word there (``인민정부 외사 주임``) is none, nor is a
    word after a Korean city's office handled here."""
    r = read(ex, "이날 행사에는 베트남 후에시 인민위원회 짠반녀 위원장이 참석했다.")
    assert people(r)["짠반녀"][1] in ("후에", "후에시")
    r = read(ex, "이날 행사에는 베트남 후에시 인민위원회 레반탄 부위원장이 참석했다.")
    assert "레반탄" in people(r)
    r = read(ex, "이날 행사에는 중국 난닝시 인민정부 외사 주임이 참석했다.")
    assert "외사" not in people(r)
    r = read(ex, "이날 행사에는 베트남 후에시 인민위원회 경제 부위원장이 참석했다.")
    assert not people(r)
    r = read(ex, "이날 행사에는 중국 선양시 인민정부 대외협력 담당 부시장이 참석했다.")
    assert "대외협력" not in people(r)



def test_a_name_before_a_city_and_its_council_written_apart(ex):
    """``아베 키요시 야마가타시 의회 부의장``: the council's city written apart before the bare council word belongs to
    the council, and the name comes before it; with no name there (``중국 야마가타시 의회 부의장``) no person."""
    r = read(ex, "이번 방문에는 아베 키요시 야마가타시 의회 부의장이 동행했다.")
    assert people(r)["아베 키요시"][1] == "야마가타시 의회"
    r = read(ex, "이번 방문에는 김민수 평택시 의회 의장이 동행했다.")
    assert people(r)["김민수"][1] == "평택시 의회"
    r = read(ex, "안동시는 사가에시 대표단이 안동시를 방문한다고 밝혔다. 대표단은 아베 키요시 사가에시 의회 부의장을 비롯한 "
                 "시의원 등 31명이다.")
    assert people(r)["아베 키요시"][1] == "사가에시 의회"  # (not the article's own city's council)
    r = read(ex, "이날 행사에는 중국 야마가타시 의회 부의장이 참석했다.")
    assert not people(r)
    r = read(ex, "방문단을 이끈 오타시 의회 의장은 두 도시의 우정을 강조했다.")
    assert "이끈" not in people(r)



def test_a_body_named_by_short_words_joined_by_dots(ex):
    """``한·일친선협회``, ``전국시장·군수·구청장협의회``: short words joined by dots and ending in a body's word are one
    body's name; a list of places before a body (``광명시·부천시협의회``) is not read as one."""
    assert "한·일친선협회" in orgs(read(ex, "이날 행사에는 한·일친선협회 회원 20명이 참석했다."))
    assert "야마가타현 한·일친선협회" in orgs(read(ex, "이날 행사에는 야마가타현 한·일친선협회 회원 20명이 참석했다."))
    assert "전국시장·군수·구청장협의회" in orgs(read(ex, "이날 회의에는 전국시장·군수·구청장협의회 회원들이 참석했다."))
    assert "광명시·부천시협의회" not in orgs(read(ex, "이날 행사에는 광명시·부천시협의회 회원들이 참석했다."))
    assert "도의회·시의회" not in orgs(read(ex, "이날 행사에는 도의회·시의회 관계자와 시민 200여명이 참석했다."))
    assert not any("·" in n for n in orgs(read(ex, "이날 회의에는 시·군의회 의장들이 참석했다.")))



def test_schools_paired_by_a_hyphen(ex):
    """``(단월중-조장시실험중학교, 양평고-조장시제일고)``: two schools paired by a hyphen, one or both written short, are
    each a body; places paired so (``서울-부산 구간``) or nations (``한-중 교류``) are none."""
    r = orgs(read(ex, "양평군은 이날 학교 2곳(단월중-조장시실험중학교, 양평고-조장시제일고)의 자매결연도 함께 맺었다고 밝혔다."))
    assert {"단월중", "조장시실험중학교", "양평고", "조장시제일고"} <= set(r)
    assert not orgs(read(ex, "양평군은 서울-부산 구간의 고속도로 건설을 환영했다고 밝혔다."))
    assert not orgs(read(ex, "양평군은 이날 조장시와 한-중 교류 협약을 맺었다고 밝혔다."))
    assert not orgs(read(ex, "양평군은 추진중-협의중인 교류 사업을 점검했다고 밝혔다."))



def test_a_tie_word_before_a_name_is_no_part_of_it(ex):
    """``자매결연 송하진 지사``: a tie's word before a name and its title is no part of the name."""
    r = read(ex, "이날 행사에는 자매결연 송하진 지사와 김가온 시장이 참석했다.")
    assert "자매결연 송하진" not in people(r) and "송하진" in people(r)


def test_a_long_title_glued_to_a_named_body(ex):
    """``김신아 양천문화재단이사장``, ``박도윤 경기관광공사사무총장``: a head's title glued to a body's name (the body's
    suffix, then 이사장 or 사무총장) names the body; a committee's chair written whole (``국제교류위원장``) has none."""
    p = people(read(ex, "협약식에는 김신아 양천문화재단이사장, 박도윤 경기관광공사사무총장 등이 참석했다."))
    assert p["김신아"] == ("이사장", "양천문화재단") and p["박도윤"] == ("사무총장", "경기관광공사")
    p = people(read(ex, "협약식에는 김신아 국제교류위원장이 참석했다."))
    assert p["김신아"][1] is None


def test_a_name_in_latin_letters_before_a_korean_title(ex):
    """``필리핀 산후안시 Ildebrando D. SALUD 신임 시장과 Anthony Marasigan 부시장이``: a name written only in Latin letters
    (initials inside), then its Korean title, is a person, of the city right before it; a body's English name
    (``Sister Cities International 회장``, ``Seoul National University 총장``) or an acronym (``KOTRA 사장``) is none."""
    p = people(read(ex, "필리핀 산후안시 Ildebrando D. SALUD 신임 시장과 Anthony Marasigan 부시장이 홍천군을 방문했다."))
    assert p["Ildebrando D. SALUD"] == ("시장", "산후안시") and p["Anthony Marasigan"][0] == "부시장"
    p = people(read(ex, "이날 행사에는 Seoul National University 총장과 KOTRA 사장, Sister Cities International 회장이 "
                        "참석했다."))
    assert p == {}
    p = people(read(ex, "필리핀 Puerto Galera 시장 일행이 시청을 방문했다. 미국 General Motors 부사장과 Team Korea 단장이 "
                        "참석했다."))
    assert p == {}  # (a town's mayor, a company's and a team's officers: no names)
    p = people(read(ex, "이날 행사에는 Samsung SDI 사장과 Hanwha QCELLS 대표가 참석했다."))
    assert p == {}  # (a firm's acronym is no surname in capitals)
    p = people(read(ex, "특히, 산후안시는 지난 5월 선거 결과에 따라 7월1일부터 Ildebrando D. SALUD 신임 시장과 Anthony "
                        "Marasigan 신임 부시장이 취임했다."))
    assert p["Ildebrando D. SALUD"] == ("시장", "산후안") and p["Anthony Marasigan"] == ("부시장", "산후안")
    p = people(read(ex, "홍천군은 10일 필리핀 Ildebrando D. SALUD 시장 일행을 맞았다."))
    assert p["Ildebrando D. SALUD"][1] != "홍천군"  # (a Korean host is no foreign mayor's body)


def test_glossed_and_aged_foreign_names_marked_as_people(ex):
    """``가브리엘라 케른(Gabriela Kern)씨``: a name glossed in Latin letters before 씨 is a person; ``메리 스미스(Mary
    Smith•여)``: the sex after the gloss; ``페이하이옌(裴海燕·28)씨``: a name of five syllables with its characters
    and age. Not a body glossed with its acronym (``소상공인협회(KASBUSA)씨``), nor a long word with an age alone."""
    p = people(read(ex, "자매도시 린츠에서 온 가브리엘라 케른(Gabriela Kern)씨가 참석했다."))
    assert p.get("가브리엘라 케른") == ("씨", None)  # (a private person: no body)
    p = people(read(ex, "사절단은 톰 그린(Tom Green) 위원장과 메리 스미스(Mary Smith•여) 발레호시 주민대표 등 10명이다."))
    assert "메리 스미스" in p
    p = people(read(ex, "연수생은 류산(劉珊·30)씨와 페이하이옌(裴海燕·28)씨다."))
    assert {"류산", "페이하이옌"} <= set(p)
    p = people(read(ex, "이날 행사에는 미주 소상공인협회(KASBUSA)씨가 참석했다. 참가자는 국제교류담당관(35)씨다."))
    assert p == {}


def test_the_association_of_heads_of_levels_joined_by_dots(ex):
    """``시·도지사협의회``: levels joined by dots, then the association of their heads, is one body; councils listed
    (``시·군의회``, ``도의회·시의회``) stay none."""
    assert "시·도지사협의회" in orgs(read(ex, "이번 연수는 대한민국 시·도지사협의회가 주관했다."))
    assert orgs(read(ex, "시·군의회 의원들이 참석했다. 도의회·시의회가 함께했다.")) == {}


def test_a_government_glued_to_its_place_is_no_part_of_a_name(ex):
    """``완즈후샹정부 판덩 과장``: a word ending in 정부 is a government, never the first part of a person's name."""
    assert not any("정부" in n for n in people(read(ex, "연수생은 완즈후샹정부 판덩 과장이다.")))


def test_aged_long_foreign_names_before_units_and_no_body_as_a_name(ex):
    """``셴닝시 칸시(39) 국유자산관리 위원회 과장과 저우샤오산(36) 비상관리국 판공실 주임``: a name of five syllables with
    its age before units and a title is a person; a body's name before a title (``국유자산관리 위원회``) is none. A
    council member's party note keeps names of two to four syllables (``박정수(국민의힘·수원3) 의장``)."""
    p = people(read(ex, "시에 파견된 공무원은 셴닝시 칸시(39) 국유자산관리 위원회 과장과 저우샤오산(36) 비상관리국 판공실 "
                        "주임 등 2명이다."))
    assert "저우샤오산" in p and "칸시" in p and not any("위원회" in n for n in p)
    p = people(read(ex, "박정수(국민의힘·수원3) 의장과 홍정석(민·비례) 부회장이 참석했다."))
    assert set(p) == {"박정수", "홍정석"}


def test_a_name_with_a_civil_service_grade_in_brackets(ex):
    """``김인수(행정7급) 공무원이``: a Korean name with a civil servant's grade in brackets, then 공무원, is a person
    holding that grade; a room's floor in brackets names no one (``회의실(3층)``)."""
    p = people(read(ex, "의왕시에서도 지난 16일 김인수(행정7급) 공무원이 셴닝시로 파견돼 1년간 가교 역할을 수행한다."))
    assert p.get("김인수", (None,))[0] == "행정7급"
    assert people(read(ex, "교류 방안은 시청 회의실(3층) 회의에서 결정됐다.")) == {}


def test_a_common_noun_with_the_copula_is_no_name(ex):
    """``외국인들이 가장 많이 찾는 명소인 남대문시장``: a common noun with the copula (명소+인, a landmark which is) before a
    market (시장) is no person; a name before a mayor's title still is (``김철수 시장``)."""
    assert people(read(ex, "6일에는 외국인들이 가장 많이 찾는 명소인 남대문시장과 명동 등을 방문했다.")) == {}
    assert "김철수" in people(read(ex, "이날 김철수 시장이 대표단을 맞았다."))


def test_an_adverb_or_a_common_noun_with_its_case_is_no_name(ex):
    """``공간으로, 김 지사는``, ``현재 미국 주지사 협회장을 맡고``: no person 공간으로 or 현재; the names around them stay."""
    r = read(ex, "김가온 경기지사는 콕스 주지사를 만났다. 행궁은 정조가 이상을 펼치던 공간으로, 김 지사는 이곳을 소개했다.")
    assert "공간으로" not in people(r) and "김가온" in people(r)
    r = read(ex, "다크 켐손 아이다호 주지사는 현재 미국 주지사 협회장을 맡고 있다. 도는 교류를 확대하기로 했다.")
    assert "현재" not in people(r) and "다크 켐손" in people(r)


def test_an_event_s_name_before_a_title_is_no_person(ex):
    """``춘천 수상스키선수권 대회장을 둘러봤다``: a championship's venue, no person; ``김철수 대회장은``: a person."""
    r = read(ex, "대표단은 춘천 수상스키선수권 대회장을 둘러봤다. 시는 교류를 이어간다.")
    assert not people(r)
    r = read(ex, "김철수 대회장은 개막식에서 인사했다. 시는 교류를 이어간다.")
    assert "김철수" in people(r)


def test_a_mission_s_representative_office_is_a_body(ex):
    """``주한국타이베이대표부 소속 오상연 총영사``: the representative office (대표부, 대표처, 사무처) is the body."""
    r = read(ex, "이날 행사에는 주한국타이베이대표부 소속 오상연 총영사가 참석했다. 시는 교류를 이어간다.")
    assert people(r)["오상연"][1] == "주한국타이베이대표부"
    assert "주한국타이베이대표부" in orgs(r)


def test_a_place_between_a_foreign_name_and_its_title_is_no_part_of_the_name(ex):
    """``트리쉬 스펜서 알라미다 시장`` (the article writes ``알라미다시``), ``제이 인슬리 워싱턴 주지사`` (워싱턴주 is known):
    the word before the title is the place, not the name's third word; a three-word name stays whole."""
    r = read(ex, "지난해 트리쉬 스펜서 알라미다 시장 일행이 영동군을 방문했다. 알라미다시는 영동군의 자매도시다.")
    assert "트리쉬 스펜서" in people(r)
    assert "제이 인슬리" in people(read(ex, "지난해 8월 제이 인슬리 워싱턴 주지사가 전북을 방문했다."))
    # look-alikes: three name words and no place among them
    assert "아흐메드 리드완 카밀" in people(read(ex, "아흐메드 리드완 카밀 주지사가 경북도청을 방문했다."))
    r = read(ex, "산후안시 대표단의 라파엘 가르시아 멘도사 시장은 홍천을 찾아 교류를 논의했다.")
    assert "라파엘 가르시아 멘도사" in people(r)  # (a surname that is also a city abroad)
    assert "응우옌 반 남" in people(read(ex, "응우옌 반 남 다낭시 인민위원회 부위원장이 방문했다."))


def test_a_paper_named_only_where_the_page_credits_itself_is_no_body(ex):
    """``[경북도민일보 = 추교원기자]``, ``중도일보(www.joongdo.co.kr), 무단전재``: the page's own source, no body of the
    story; a broadcaster that signs an agreement is one."""
    r = read(ex, "[경북도민일보 = 추교원기자] 경산시는 자매도시 일본 조후시와 교류 협약을 맺었다.")
    assert "경북도민일보" not in orgs(r)
    r = read(ex, "경산시는 조후시와 협약을 맺었다.\n중도일보(www.joongdo.co.kr), 무단전재 및 수집, 재배포금지")
    assert "중도일보" not in orgs(r)
    assert {"서경방송", "서안방송"} <= set(orgs(read(ex, "서경방송은 중국 서안방송과 교류 협약을 맺었다.")))


def test_a_museum_only_seen_on_a_tour_is_no_body(ex):
    """``허준박물관을 둘러봤다``: a sightseeing stop, no body; a museum whose director is named, or that signs, is one."""
    assert "허준박물관" not in orgs(read(ex, "방문단은 허준박물관과 서울식물원을 둘러봤다."))
    assert "허준박물관" in orgs(read(ex, "김가온 허준박물관장은 나라시 박물관과 교류 협약을 맺었다."))
    assert "간송미술관" in orgs(read(ex, "간송미술관은 교토시 미술관과 학술 교류 협약을 체결했다."))
    assert "국립경주박물관" in orgs(read(ex, "시안 대표단은 국립경주박물관을 방문해 관계자들과 학예 교류를 논의했다."))
    r = read(ex, "의림지역사박물관과 국립역사박물관은 학술교류 협약을 맺었다고 밝혔다.")
    assert {"의림지역사박물관", "국립역사박물관"} <= set(orgs(r))


def test_one_acting_for_a_title_holds_it(ex):
    """``난징시(부시장대행 왕밍)``, ``김가온 광명시장권한대행``: one acting for the title holds it for now; ``대행`` alone
    or ``업무대행`` is no title."""
    assert people(read(ex, "경주시 방문단은 지난 3일 중국 난징시(부시장대행 왕밍)를 찾아 교류를 논의했다."))["왕밍"] == \
        ("부시장", "난징시")
    assert "김가온" in people(read(ex, "이날 협약식에는 김가온 광명시장권한대행이 참석했다."))
    assert not people(read(ex, "이날 협약식에는 업무대행 업체가 참석했다."))


def test_a_chamber_of_commerce_written_short_is_the_chamber(ex):
    """``제주상의``, ``日시모노세키상의``: a place's 상공회의소 written short, one body with its full name and no part of
    the name before it; ``세상의``, ``이상의`` (no place before 상의) are no chamber."""
    r = read(ex, "제주상공회의소(회장 김대형)와 일본 시모노세키상공회의소(회장 가와카미 야스오)는 1993년 자매결연했다. "
                 "가와카미 야스오 시모노세키상의 회장은 감사하다고 말했다. 제주상의는 교류를 이어간다.")
    assert set(orgs(r)) == {"제주상공회의소", "시모노세키상공회의소"}
    assert set(people(r)) == {"김대형", "가와카미 야스오"}
    r = read(ex, "제주상의, 日시모노세키상의와 자매결연 30주년 기념식\n제주상공회의소와 일본 시모노세키상공회의소는 1993년 "
                 "자매결연했다.")
    assert set(orgs(r)) == {"제주상공회의소", "시모노세키상공회의소"}  # (written short first, named in full)
    assert "부산상공회의소" in orgs(read(ex, "김해시는 부산상의와 협약을 맺었다."))
    assert not orgs(read(ex, "두 도시는 세상의 모든 도시와 이상의 협력을 논의했다."))
    assert not orgs(read(ex, "동해상의 기상 악화로 여객선 운항이 하루 늦어졌다고 울릉군이 밝혔다."))


def test_a_body_written_short_and_in_full_is_one_body(ex):
    """``명지대`` after ``명지대학교``: one university under its full name; two different universities stay two."""
    r = read(ex, "용인시와 명지대학교는 협약을 맺었다. 유병진 명지대 총장은 중국 타이안시를 방문한다.")
    assert "명지대" not in orgs(r) and people(r)["유병진"][1] == "명지대학교"
    r = read(ex, "용인시와 명지대학교는 협약을 맺었다. 김가온 단국대 총장도 참석했다.")
    assert {"명지대학교", "단국대"} <= set(orgs(r))


def test_people_marked_by_ssi_glued_or_with_a_foreign_one_word_name(ex):
    """``이상호씨를`` (씨 against the name); after a place abroad, a one-word name before 씨 (``장자제시에서 초평 씨가``,
    ``… 팽정붕 씨와 락방재 씨가``); not half a name (``한다 리에 씨``) nor a word that only looks like one."""
    assert "이상호" in people(read(ex, "시는 벌링턴시 거주 한국인 이상호씨를 해외협력관으로 위촉했다고 밝혔다."))
    r = read(ex, "한편 중국에서는 장자제시에서 초평 씨가, 장추구에서 서보옥 씨가 오는 24일부터 하동군에서 근무한다.")
    assert {"초평", "서보옥"} <= set(people(r))
    r = read(ex, "중국 형주시 공무원 팽정붕 씨와 락방재 씨가 강릉시에서 교환근무를 하고 있다.")
    assert {"팽정붕", "락방재"} <= set(people(r))
    r = read(ex, "중국 장자제시에서 온 리웨이 씨와 한다 리에 씨가 참석했다. 행사는 끝났다.")
    assert "리에" not in people(r) and "리웨이" in people(r)
    assert not people(read(ex, "하동군은 오는 24일부터 지원 씨와 협력 씨앗 사업을 벌인다고 밝혔다."))


# --- asides in brackets between a name and its title ------------------------------------------------------------

def test_an_aside_in_brackets_keeps_a_foreign_name_next_to_its_title(ex):
    """``크리스 파커(오른쪽) 브레아시장``, ``김철수(Kim Chul-soo) 광명시장``: a place in the photograph or the name in
    Latin letters between the name and its title says nothing of the post."""
    p = people(read(ex, "이날 크리스 파커(오른쪽) 브레아시장이 협약서에 서명했다."))
    assert p["크리스 파커"] == ("시장", "브레아시")
    p = people(read(ex, "이날 크리스 파커(앞줄 왼쪽 두번째) 브레아시장이 협약서에 서명했다."))
    assert p["크리스 파커"] == ("시장", "브레아시")
    p = people(read(ex, "이날 김철수(Kim Chul-soo) 광명시장이 방문했다."))
    assert p["김철수"] == ("시장", "광명시")
    # (a common noun with such brackets is no name: 협약서(오른쪽) 서명식; a title or a noun before the aside stays
    # out of the next name: 교류단장(오른쪽) 김철수 회장, 통역(오른쪽) 김민지 주무관)
    assert people(read(ex, "협약서(오른쪽) 서명식에는 많은 이들이 모였다.")) == {}
    assert people(read(ex, "이날 교류단장(오른쪽) 김철수 회장이 인사말을 했다."))["김철수"][0] == "회장"
    assert set(people(read(ex, "이날 행사에서 통역(오른쪽) 김민지 주무관이 참석했다."))) == {"김민지"}
    # (a place or a body may stand between the aside and the title)
    assert people(read(ex, "이날 김철수(왼쪽) 광명시 부시장이 기념품을 전달했다."))["김철수"] == ("부시장", "광명시")


def test_names_with_their_party_in_brackets_share_the_title_after_the_list(ex):
    """``A(민주당), B(국민의힘), C(무소속) 의원``: each name, its party in brackets, shares the title; foreign names of
    several words too (``율리아 죄네(사회민주당), …``)."""
    p = people(read(ex, "협약식에는 한지수(민주당), 박영수(국민의힘), 최경수(무소속) 의원이 참석했다."))
    assert {n: t for n, (t, _) in p.items()} == {"한지수": "의원", "박영수": "의원", "최경수": "의원"}
    p = people(read(ex, "협약식에는 시의회 율리아 죄네(사회민주당), 아브라힘 사리알틴(녹색당), "
                        "한스외르크 잔들러(기독민주당) 의원 등이 참석했다."))
    assert set(p) == {"율리아 죄네", "아브라힘 사리알틴", "한스외르크 잔들러"}
    # (a body with a party in brackets is no name; a party spelled out in a note of its own is no aside)
    assert people(read(ex, "협약식에는 시의회(사회민주당), 녹색당 의원 등이 참석했다.")) == {}
    assert "김철수" not in people(read(ex, "이날 행사에는 김철수(민주당 대변인)도 참석했다."))


def test_a_chinese_name_glossed_in_capitals(ex):
    """``추운표(ZOU YUNBIAO) 부국장``: a Chinese name written as one Hangul word, glossed in capitals; a time word
    before it is no part of it."""
    assert people(read(ex, "이날 추운표(ZOU YUNBIAO) 부국장이 방문했다.")) == {"추운표": ("부국장", None)}
    assert people(read(ex, "이날 협회(KOREA FOUNDATION) 회장이 방문했다.")) == {}
    assert people(read(ex, "이날 코트라(KOTRA LA) 관장이 참석했다.")) == {}
    assert people(read(ex, "이날 후원사(SAMSUNG ELECTRONICS) 대표가 참석했다.")) == {}


def test_a_name_before_deung_heads_a_group_counted_by_its_title(ex):
    """``김철수 등 광명시의회 의원 5명``, ``짱룽씬(莊榮欽) 등 기륭시의회 의원 7명``: the one named holds the group's title
    in the body written before it."""
    p = people(read(ex, "이날 김철수 등 광명시의회 의원 5명이 참석했다."))
    assert p["김철수"] == ("의원", "광명시의회")
    p = people(read(ex, "방문단은 짱룽씬(莊榮欽) 등 기륭시의회 의원 7명으로 구성됐다."))
    assert p["짱룽씬"] == ("의원", "기륭시의회")
    assert people(read(ex, "이날 김철수 등 광명시의원 5명이 참석했다."))["김철수"][1] == "광명시"
    # (a group with no title, or a place before 등, makes no officer)
    assert people(read(ex, "이날 김철수 등 관계자 5명이 참석했다.")) == {}
    assert people(read(ex, "서울 등 5개 도시 의원 5명이 참석했다.")) == {}
    assert people(read(ex, "이날 강남 등 구청장 5명이 참석했다.")) == {}
    assert people(read(ex, "이날 전북 등 도지사 3명이 참석했다.")) == {}


def test_a_titled_head_leads_the_members_of_the_body_named_after_him(ex):
    """``스즈키 마사토 회장을 비롯한 다카마쓰시 한일친선협회 회원 5명``: the head's title is that body's, and the body
    takes part with its members."""
    r = read(ex, "환영식에는 스즈키 마사토 회장을 비롯한 다카마쓰시 한일친선협회 회원 5명이 참석했다.")
    assert people(r)["스즈키 마사토"] == ("회장", "다카마쓰시 한일친선협회")
    attendees = {r.entities[f.o].name for f in r.facts if f.p == V.SCHEMA.attendee and f.o in r.entities}
    assert "다카마쓰시 한일친선협회" in attendees
    r = read(ex, "환영식에는 김철수 회장 등 광명시 체육회 임원 5명이 참석했다.")
    assert people(r)["김철수"] == ("회장", "광명시 체육회")
    # (a city's head is the city's, whoever he leads; a body with no members counted after it is not his)
    assert people(read(ex, "환영식에는 김철수 시장을 비롯한 광명시 체육회 임원 5명이 참석했다."))["김철수"][1] == "광명시"
    assert people(read(ex, "환영식에는 김철수 회장을 비롯한 광명시 체육회가 참석했다."))["김철수"][1] is None
    # (an envoy heads no body's staff; a head named after his own body is that body's)
    assert people(read(ex, "김철수 대사를 비롯한 한국관광공사 직원 5명이 참석했다."))["김철수"][1] is None
    assert people(read(ex, "광명시 체육회 김철수 회장을 비롯한 다카마쓰시 한일친선협회 회원 5명이 참석했다."))["김철수"][1] != \
        "다카마쓰시 한일친선협회"


def test_a_province_abroad_owns_the_centre_named_after_it(ex):
    """``응에안성 투자무역센터``, ``오사카시 관광센터``: a centre named for the work it does (trade, investment,
    tourism), after the region or town abroad, is that place's body under the whole name."""
    assert "응에안성 투자무역센터" in orgs(read(ex, "광주시는 응에안성 투자무역센터와 업무협약을 맺었다."))
    assert "오사카시 관광센터" in orgs(read(ex, "광명시는 오사카시 관광센터를 방문했다."))


def test_a_body_named_after_its_kind_or_legal_form(ex):
    """``사단법인 디아코니아``: a name Kiwi does not know after a body's legal form is an organisation; a word of the
    dictionary there is none (``사단법인 설립``, ``지역기업인 대표들``), nor is a businessperson's name after
    ``기업인`` (``여성기업인 응우옌티마이``)."""
    o = orgs(read(ex, "유통기업인 와이마트와 사단법인 디아코니아도 양해각서를 체결했다."))
    assert "디아코니아" in o
    assert orgs(read(ex, "이날 사단법인 설립이 논의됐다.")) == {}
    assert orgs(read(ex, "이날 지역기업인 대표들이 참석했다.")) == {}
    assert orgs(read(ex, "행사에는 여성기업인 응우옌티마이가 참석해 축사를 했다.")) == {}  # (a businessperson)


def test_a_two_syllable_name_listed_after_an_officer_abroad(ex):
    """``일조시 조효위 시장대행과 만통 부시장``: a two-syllable name Kiwi reads as a name, joined by 과 to an officer of a
    city abroad, is a person of that city; not a common noun (``경제 부시장``), nor after a Korean city's officer."""
    p = people(read(ex, "일조시 조효위 시장대행과 만통 부시장이 참석했다."))
    assert p["만통"] == ("부시장", "일조시")
    assert set(people(read(ex, "일조시 조효위 시장대행과 경제 부시장이 참석했다."))) == {"조효위"}
    assert "만통" not in people(read(ex, "김철수 광명시장과 만통 부시장이 참석했다."))


def test_an_envoys_post_written_apart_or_before_a_city_belongs_to_the_title(ex):
    """``주복용 주 삿포로 총영사``, ``주복용 주일본 삿포로 총영사``: the post (주 and the place, apart or after the country)
    belongs to the title, not to the name; a place after a name before another title is no post."""
    p = people(read(ex, "조인식에는 주복용 주 삿포로 총영사와 한정우 주일본 오사카 총영사가 참석했다."))
    assert {"주복용", "한정우"} <= set(p) and not any(" 주" in n for n in p)
    assert p["주복용"][0].endswith("총영사")
    p = people(read(ex, "조인식에는 삿포로시 대표단과 김민수 주무관이 참석했다."))
    assert set(p) == {"김민수"}


def test_a_title_held_jointly_or_as_an_honour_names_no_body(ex):
    """``공동회장``, ``명예회장``: the title held jointly or as an honour, not the chair of a body ``공동회``; the body
    before it is the person's."""
    p = people(read(ex, "환영식에는 조종권 자매도시위원회 공동회장과 김철수 명예회장이 참석했다."))
    assert p["조종권"] == ("공동회장", "자매도시위원회") and p["김철수"][0] == "명예회장"
    assert title_of("공동회장") == ("공동회장", None) and title_of("공동체") is None
    assert title_of("자매도시연합회장") == ("회장", "자매도시연합회")


def test_a_peoples_assembly_after_a_name_is_the_body_its_chair_heads(ex):
    """``오덕증 인민대표회 의장``: a Chinese people's assembly between a name and the title is no part of the name; it is
    the body its chair heads (not the host's council named in the sentence)."""
    p = people(read(ex, "성동구의회에 따르면 오덕증 인민대표회 의장을 포함한 대표단 6명이 환영식에 참석했다."))
    assert p["오덕증"] == ("의장", "인민대표회")
    p = people(read(ex, "성동구의회에 따르면 오덕증 인민회의 의장을 포함한 대표단 6명이 환영식에 참석했다."))
    assert p["오덕증"][1] != "성동구의회"
    p = people(read(ex, "성동구의회에 따르면 오덕증 의장을 포함한 대표단 6명이 환영식에 참석했다."))
    assert p.get("오덕증", (None, None))[1] != "인민대표회"


def test_a_romanised_gloss_with_initials(ex):
    """``체렌(B.Tseren) 부구청장``: a name glossed after its patronymic's initial; ``아트 브라운(Arthur C Brown)시장``: a
    middle initial in the gloss, the title glued to the bracket. A body glossed with one word is no name."""
    p = people(read(ex, "환영식에는 항올구 대표단과 체렌(B.Tseren) 부구청장이 참석했다."))
    assert "체렌" in p
    p = people(read(ex, "대표단은 아트 브라운(Arthur C Brown)시장 부부로 구성됐다."))
    assert p.get("아트 브라운", (None,))[0] == "시장"
    p = people(read(ex, "행사에는 항올구(Khan Uul) 관계자가 참석했다."))
    assert "항올구" not in p
    p = people(read(ex, "행사에는 에이치마트(H.Mart) 대표와 케이워터(K.Water) 사장이 참석했다."))
    assert not p  # (the initial read out inside the word: a firm's name)
    assert "제이 리" in people(read(ex, "행사에는 제이 리(J. Lee) 회장이 참석했다."))


def test_the_last_titled_name_of_a_bracketed_list(ex):
    """``의장단(임태근 의장, 오중균 행정기획위원장)은``: the last name of a list in brackets, its title against the closing
    bracket and the particle, is read like the others; a count closing a bracket is no title."""
    p = people(read(ex, "성북구의회 의장단(임태근 의장, 오중균 행정기획위원장)은 대표단을 맞았다."))
    assert {"임태근", "오중균"} <= set(p) and p["오중균"][1] == "성북구의회"
    assert not people(read(ex, "대표단은 부산 명소(부산 자갈치시장)를 둘러봤다."))
    assert not any("컬버시" in n for n in people(read(ex, "익산시는 컬버시(존 스미스 시장)와 자매결연을 맺었다.")))


def test_a_loanword_post_is_no_name(ex):
    """``애론 프랑스 부매니저, 조종권 … 공동회장``: a post written as a loanword (매니저, 디렉터) is never a name sharing
    the next one's title; nor is it read as a title that makes the words before it a name."""
    p = people(read(ex, "대표단은 애론 프랑스 부매니저, 조종권 자매도시위원회 공동회장 등으로 구성됐다."))
    assert "부매니저" not in p and "조종권" in p
    assert not people(read(ex, "익산시는 스마트시티 매니저 양성사업을 추진했다."))


def test_listed_councillors_after_a_party_label_share_the_heads_council(ex):
    """``김 의장과 이철수 국민의힘 대표의원, 박민수 더불어민주당 대표의원, 최영희 의원``: the party label before each title
    does not break the list; every councillor shares the council of the head listed first, and a name listed with a
    title no council has (교수, 통역사) does not."""
    first = "부산시의회는 김영수 의장을 비롯한 시의회 대표단이 오사카를 방문한다고 밝혔다. "
    p = people(read(ex, first + "대표단에는 김 의장과 이철수 국민의힘 대표의원, 박민수 더불어민주당 대표의원, "
                                 "최영희 의원이 함께했다."))
    assert p["박민수"][1] == "부산시의회" and p["최영희"][1] == "부산시의회"
    p = people(read(ex, first + "대표단에는 김 의장과 이철수 국민의힘 의원, 최영희 국민의힘 대표가 함께했다."))
    assert p.get("최영희", (None, None))[1] != "부산시의회"  # (a party's officer)
    p = people(read(ex, first + "대표단에는 김 의장과 이철수 국민의힘 대표의원, 박민수 교수, 최영희 통역사가 함께했다."))
    assert p["박민수"][1] is None and p.get("최영희", (None, None))[1] is None


def test_councillors_listed_after_their_councils_chair_serve_that_council(ex):
    """``임달희 공주시의회 의장, 강현철·임규연 시의원``: city councillors listed after the chair of the council the sentence
    names serve that council; with no council named they serve the city (``최원철 공주시장과 강현철·임규연 시의원``)."""
    p = people(read(ex, "기념식에는 최원철 시장과 임달희 공주시의회 의장, 강현철·임규연 시의원이 참석했다."))
    assert p["강현철"][1] == "공주시의회" and p["임규연"][1] == "공주시의회"
    p = people(read(ex, "기념식에는 최원철 공주시장과 강현철·임규연 시의원이 참석했다."))
    assert p["강현철"][1] == "공주시"
    p = people(read(ex, "기념식에는 임달희 공주시의회 의장, 강현철·임규연 군의원이 참석했다."))
    assert p.get("강현철", (None, None))[1] != "공주시의회"  # (a county's councillors: no city council of theirs)


def test_a_unit_written_after_the_body_that_holds_it(ex):
    """``제주한라대학교 공자학원``: a unit a body holds, written right after it, is one organisation under both words; the
    university is no second body; a bare unit word names none (``세종학당에서 한국어를 배웠다``)."""
    assert "제주한라대학교 공자학원" in orgs(read(ex, "전시회에는 제주한라대학교 공자학원이 참여했다."))
    assert "제주한라대학교" not in orgs(read(ex, "전시회에는 제주한라대학교 공자학원이 참여했다."))
    assert not orgs(read(ex, "학생들은 세종학당에서 한국어를 배웠다."))
    assert set(orgs(read(ex, "제주한라대학교는 공자학원 개원식을 9일 열었다."))) == {"제주한라대학교"}
    p = people(read(ex, "김영훈 제주한라대학교 총장은 9일 중국을 방문했다. 제주한라대학교 공자학원은 방문을 주선했다."))
    assert p["김영훈"][1] == "제주한라대학교"  # (the university named alone elsewhere stays itself)


def test_a_branch_named_without_its_legal_form(ex):
    """``(사)한국미술협회 서귀포지부``: the branch of a body written with its legal form is named without it."""
    assert "한국미술협회 서귀포지부" in orgs(read(ex, "행사는 (사)한국미술협회 서귀포지부가 주관했다."))


def test_an_adverb_or_a_compound_of_time_before_a_name_is_no_part_of_it(ex):
    """``또 김 구청장``: an adverb (also) before a surname standing for a head named before, and ``방문기간 최문순``: common
    nouns ending in a time or a visit, are no part of the name; a Vietnamese surname Kiwi also reads as an adverb stays
    a name before a given name (``또 람 주석``: Tô Lâm)."""
    p = people(read(ex, "강서구는 9일 괴산군을 방문했다. 또 김 구청장은 괴산군수와 면담했다."))
    assert "또 김" not in p
    p = people(read(ex, "방문기간 최문순 강원도지사를 만났다. 공식방문 박민호 도지사를 예방했다."))
    assert p["최문순"] == ("도지사", "강원도") and "방문기간 최문순" not in p
    assert "박민호" in p and "공식방문 박민호" not in p
    assert "또 람" in people(read(ex, "또 람 주석은 하노이에서 한국 대표단을 만났다."))
    assert "김영" in people(read(ex, "또 김영 구청장은 괴산군수와 면담했다."))
    p = people(read(ex, "협정식에는 니이가타 주재 김충경 한국총영사 등 100여명이 참석했다."))  # (stationed in: no name part)
    assert "김충경" in p and not any("주재" in n for n in p)
    p = people(read(ex, "협약식에는 루마니아 브라쇼브시 라두 미하이 부시장이 참석했다."))  # (라 + 두: a foreign name's)
    assert p["라두 미하이"] == ("부시장", "브라쇼브")


def test_a_place_written_before_a_glued_head_of_its_own_body(ex):
    """``최영호 남구 체육회장``, ``박영수 기시와다시 일한친선협회장``: the place before a title glued to a body names that
    body (``남구 체육회``, ``기시와다시 일한친선협회``; ``LOCAL_ASSOCIATIONS``: a residents' association named alone is no
    body), and is no part of the person's name; a place before a city's own head still only locates it (``김영호 부산
    남구청장``: the district), and a council keeps its own name (``광명시의회``)."""
    r = read(ex, "행사에는 최영호 남구 체육회장, 박영수 기시와다시 일한친선협회장, 김철수 대전시 태권도협회장이 참석했다.")
    p = people(r)
    assert p["최영호"] == ("회장", "남구 체육회") and p["박영수"] == ("회장", "기시와다시 일한친선협회")
    assert p["김철수"] == ("회장", "대전시 태권도협회") and "박영수 기시와다시" not in p
    p = people(read(ex, "행사에는 김영호 부산 남구청장과 박철 새마을회장이 참석했다."))
    assert p["김영호"] == ("구청장", "남구") and p["박철"] == ("회장", None)
    # a name that ends like a place, with no name before it, is the name (박지현, 다케시)
    p = people(read(ex, "행사에는 박지현 체육회장과 요시다 다케시 일한친선협회장이 참석했다."))
    assert p["박지현"] == ("회장", None) and p["요시다 다케시"] == ("회장", "일한친선협회")
    # a place right after a bracket is the place alone; a body's chair glued to it is no name (우호협 + 회장)
    r = read(ex, "협정식에는 박지호(가상산업 대표)의정부시 우호협회장을 비롯해 상공인 20여명이 참석했다.")
    assert "의정부시 우호협회" in orgs(r) and "우호협" not in people(r)
    assert "이은지" in people(read(ex, "강릉시 한일우호협회 이은지회장은 10일 지치부시를 방문했다."))  # (a name, 지회 no body)


def test_a_verb_with_its_ending_is_no_name(ex):
    """``의장을 예방하고, 송순택 위원장을``: a verb and its ending before a listed name is no person; the names are."""
    p = people(read(ex, "대표단은 허재안 경기도의회 의장을 예방하고, 송순택 보건복지위원장을 포함한 위원들과 간담회를 가졌다."))
    assert "예방하고" not in p and {"허재안", "송순택"} <= set(p)
    assert "조성한" in people(read(ex, "조성한(56) 강릉시 부시장은 10일 일본 지치부시를 방문했다."))  # (조성 + 하 + ㄴ: a name)


def test_an_envoy_glossed_in_hanja_with_the_posting_before_the_title(ex):
    """``싱하이밍(邢海明) 주한 중국대사``: a glossed name, then the posting (``ENVOY_POSTINGS``) and the envoy's title; a
    posting before a title that is no envoy's makes no title (``주한 교수``)."""
    p = people(read(ex, "최민호 세종시장이 28일 싱하이밍(邢海明) 주한 중국대사의 예방을 받았다."))
    assert p["싱하이밍"][0] == "주한 중국대사"
    assert people(read(ex, "행사에는 왕하이펑(王海峰) 주한 교수가 참석했다.")).get("왕하이펑", (None,))[0] != "주한 교수"


def test_everyday_nouns_and_a_former_secretary_are_no_names(ex):
    """``미토요시 마라톤 동호회장``: an everyday noun (marathon) before a body's head is the body's, no name nor part of a
    foreign name; ``전임비서`` (a former secretary, ``비서`` a title) is no name; names stay (``오오이 미쯔아키 회장``)."""
    p = people(read(ex, "오오이 미쯔아키 미토요시 마라톤 동호회장에게 감사패를 전달했다."))
    assert not any("마라톤" in n for n in p)
    p = people(read(ex, "대표단은 응오 황 남 퀴논시장과 응우엔 반 쭝 퀴논시 공산당 전임비서 등 30명으로 구성된다."))
    assert "전임비서" not in p and "응오 황 남" in p
    assert "오오이 미쯔아키" in people(read(ex, "오오이 미쯔아키 회장에게 감사패를 전달했다."))


def test_a_name_with_its_office_in_brackets_after_it(ex):
    """``김한주(가온산업 대표)``, ``박지훈(광명시장)``, ``이서윤(한빛대 교수)``: the name before the brackets holds the
    office inside them; the body is not part of the name, and an age, a side or a party in brackets is no office."""
    p = people(read(ex, "협정식에는 김한주(가온산업 대표)와 박지훈(광명시장), 이서윤(한빛대 교수)이 참석했다."))
    assert p["김한주"] == ("대표", "가온산업")
    assert p["박지훈"] == ("시장", "광명시")
    assert p["이서윤"] == ("교수", "한빛대")
    r = read(ex, "협정식에는 김한주(가온산업 대표)의정부시 우호협회장을 비롯해 20여명이 참석했다.")
    p = people(r)
    assert "김한주" in p and not any("가온산업" in n for n in p)
    bodies = {r.entities[f.o].name for f in r.facts if f.p == V.SCHEMA.worksFor}
    assert bodies == {"가온산업", "의정부시 우호협회"}  # (the second office, after the brackets)
    assert not people(read(ex, "대표단은 부산 명소(부산 자갈치시장)를 둘러봤다."))  # (a market, no name before it)
    p = people(read(ex, "행사에는 이서윤(45)씨와 박철수(오른쪽) 시장, 김민재(민주당) 의원이 참석했다."))
    assert p["이서윤"] == ("씨", None)
    assert p["박철수"][0] == "시장" and p["김민재"][0] == "의원"
    assert not any(b in p for b in ("오른쪽", "민주당", "45"))
    p = people(read(ex, "오스틴시 대표단(스티브 애들러 시장)은 10일 광명시를 방문했다."))  # (a leader in a delegation's brackets)
    assert p["스티브 애들러"] == ("시장", "오스틴시")


def test_a_firm_before_its_head_s_title_is_the_body_not_a_name(ex):
    """``김한주 가온산업 대표``: 가온산업 (a firm's ending) is the body; ``가온산업 대표 김한주 씨``: no person 가온산업."""
    p = people(read(ex, "협정식에는 김한주 가온산업 대표가 참석했다."))
    assert p == {"김한주": ("대표", "가온산업")}
    p = people(read(ex, "협정식에는 타구로 히데토 가온산업 대표가 참석했다."))
    assert p == {"타구로 히데토": ("대표", "가온산업")}
    p = people(read(ex, "협정식에는 가온산업 대표 김한주 씨가 참석했다."))
    assert "가온산업" not in p and "김한주" in p
    p = people(read(ex, "협정식에는 김산업 대표가 참석했다."))  # (three syllables: a name all the same)
    assert "김산업" in p
    p = people(read(ex, "김한주 경제개발 위원장과 박도윤 해외무역 국장이 참석했다."))  # (a field before no firm's head)
    assert p == {"김한주": ("경제개발 위원장", None), "박도윤": ("해외무역 국장", None)}


def test_a_chinese_officer_named_before_the_country_and_the_office(ex):
    """``왕잉춘 중국 헤이룽장성 외사판공실 부주임``: a three-syllable name with a Chinese surname (왕, 리) before the
    country, the province and its office is the officer's; the words of the clause before it are not (``도를 방문한``).
    A Korean name there is left alone (``김철수 …``), and so is a title with no name (``외사판공실 주임 일행``)."""
    p = people(read(ex, "김지사는 도를 방문한 왕잉춘 중국 헤이룽장성 외사판공실 부주임과 환담했다."))
    assert p == {"왕잉춘": ("부주임", "헤이룽장성 외사판공실")}
    p = people(read(ex, "시장은 리웨이 산시성 외사판공실 주임과 환담했다."))
    assert p == {"리웨이": ("주임", "산시성 외사판공실")}
    assert people(read(ex, "시장은 산시성 외사판공실 주임 일행을 맞았다.")) == {}
    for text in ("시 대표단은 양일간 중국 허난성 외사판공실 처장 등과 실무협의를 가졌다.",  # (common words, no names)
                 "시는 차년도 중국 허난성 외사판공실 처장과 교류 계획을 협의했다.",
                 "도는 천여명 중국 지린성 외사판공실 주임을 맞았다."):
        assert people(read(ex, text)) == {}
    p = people(read(ex, "시는 성저우시 양짼건(楊根建)부서기일행의 방문을 환영했다."))  # (일행 written against the title)
    assert p["양짼건"][0] == "부서기"
    assert title_of("일행") is None


def test_a_name_glossed_in_latin_letters_with_marks(ex):
    """``황선짜(Hoàng Sơn Trà) 위원장``, ``레 반 탄(Lê Văn Thanh) … 위원장``: a gloss with Vietnamese marks glosses the name;
    the words of the clause before it are not part of it (``이날 회담에는``); a city glossed is no person."""
    assert people(read(ex, "이날 회담에는 황선짜(Hoàng Sơn Trà) 위원장이 참석했다.")) == {"황선짜": ("위원장", None)}
    assert "레 반 탄" in people(read(ex, "이날 회담에는 레 반 탄(Lê Văn Thanh) 빈롱성 인민위원회 위원장이 참석했다."))
    assert people(read(ex, "이날 느구엔 탄 타이(Nguyen Thanh Tai) 부시장이 참석했다.")) == {"느구엔 탄 타이": ("부시장", None)}
    assert people(read(ex, "양주시는 호찌민(Hồ Chí Minh)시 인민위원회와 관광 교류 협약을 맺었다.")) == {}


def test_a_government_word_before_a_one_word_name_glossed_in_three(ex):
    """``군 인민위원회 황선짜(Hoàng Sơn Trà) 위원장``: the name is one Hangul word though its gloss has three; the
    government's words before it are none of it (nor a title's word: ``시 정부 레 반 탄(Lê Văn Thanh)``, each
    word its own)."""
    p = people(read(ex, "이날 군 인민위원회 황선짜(Hoàng Sơn Trà) 위원장이 참석했다."))
    assert list(p) == ["황선짜"]
    p = people(read(ex, "이날 성 인민위원회 레 반 탄(Lê Văn Thanh) 위원장이 참석했다."))
    assert list(p) == ["레 반 탄"]


def test_a_town_whose_name_ends_like_a_night_market_has_a_mayor(ex):
    """``스도 히데타다 후지노미야시장``: a town the tables know, though ``…야시장`` reads as a night market, has its
    mayor; an unknown ``…야시장`` stays a market (``○○야시장을 둘러봤다``: no mayor of a town)."""
    p = people(read(ex, "영주시는 스도 히데타다 후지노미야시장과 화상회의를 가졌다."))
    assert p == {"스도 히데타다": ("시장", "후지노미야시")}
    assert people(read(ex, "영주시는 다나카 히로시 우쓰노미야시장과 화상회의를 가졌다."))["다나카 히로시"] == ("시장", "우쓰노미야")
    assert not any(b == "후지노미야시" for _t, b in people(read(ex, "관광객들은 후지노미야 야시장을 둘러봤다.")).values())


def test_the_members_of_a_city_s_delegation_listed_in_its_make_up(ex):
    """``나가노시 우호교류단은 A 의장과 B 부의장, C 주사 등 5명으로 구성됐다``: each titled member listed in the make-up
    of the city's delegation is that city's officer; a person the delegation only meets is not (``… 방문단은 양구군을
    찾아 A 의장과 환담했다``)."""
    p = people(read(ex, "나가노시 우호교류단은 타니구치 마사토 의장과 안도오 야스하루 부의장, 코니시 유마 주사 등 5명으로 "
                        "구성됐다."))
    assert {b for _t, b in p.values()} == {"나가노"}
    p = people(read(ex, "나가노시 방문단은 양구군을 찾아 타니구치 마사토 의장과 환담했다."))
    assert p["타니구치 마사토"][1] != "나가노"


def test_a_sister_council_said_of_the_council_after_it_is_no_body(ex):
    """``자매구의회인 부산 동구의회``, ``자매시의회인 이즈미시의회``: a sister council said of the council named after it
    is no organisation of its own; the councils named stay."""
    r = read(ex, "광산구의회는 자매구의회인 부산 동구의회와 친선 교류를 가졌다.")
    assert set(orgs(r)) == {"광산구의회", "동구의회"}
    r = read(ex, "양주시의회는 자매시의회인 이즈미시의회를 방문했다.")
    assert set(orgs(r)) == {"양주시의회", "이즈미시의회"}


def test_bodies_listed_with_dots_are_each_a_body(ex):
    """``시·시의회·영천문화재단·영천상공회의소 관계자``: each item that names a body on its own is one; bare levels and
    councils are none, and a dotted word that names one body (``한·일친선협회``) is left whole."""
    r = read(ex, "협약식에는 시·시의회·영천문화재단·영천상공회의소 관계자 20명이 참석했다.")
    assert set(orgs(r)) == {"영천문화재단", "영천상공회의소"}
    assert set(orgs(read(ex, "한·일친선협회 회원들이 참석했다."))) == {"한·일친선협회"}
    # near misses: things listed, and a city's departments, are no bodies of their own
    assert not orgs(read(ex, "행사에는 스포츠·미술·박물관 관계자가 참석했다."))
    assert not orgs(read(ex, "하얼빈시에서는 외사판공실·상무국 등 주요 부서에서 리웨이 부시장을 비롯한 5명이 참석했다."))
    for text in ("행사에는 대학병원·종합병원 관계자들이 참석했다.", "간담회에는 자매도시위원회·국제교류위원회 위원들이 참석했다.",
                 "시는 청년센터·여성센터·가족센터 운영 사례를 소개했다."):
        assert not orgs(read(ex, text)), text  # (kinds of body, no place named: none of them one body)


def test_a_city_officer_leading_the_officials_of_a_city_named_after_is_that_city_s(ex):
    """``박가온 부시장을 비롯한 야마토시 관계자 15명``: an officer named with no city leads the officials of the city named
    right after; the office is that city's (not when a city is written before the name, nor a city of another level)."""
    text = "영천시는 5일 시청에서 기념식을 열었다. 기념식에는 박가온 {0}을 비롯한 {1} 관계자 15명이 참석했다."
    assert people(read(ex, text.format("부시장", "야마토시")))["박가온"] == ("부시장", "야마토시")
    r = read(ex, "영천시는 5일 시청에서 기념식을 열었다. 기념식에는 영천시 박가온 부시장을 비롯한 야마토시 관계자 15명이 참석했다.")
    assert people(r)["박가온"] == ("부시장", "영천시")  # (near miss: the city written before the name binds it)
    assert people(read(ex, "영천시는 5일 시청에서 기념식을 열었다. 기념식에는 박가온 군수를 비롯한 야마토시 관계자 15명이 "
                           "참석했다."))["박가온"][1] != "야마토시"
    # near misses: a person named with a city before; 비롯해 (as well as); two cities' groups; the group as an object
    for text in ("최기문 영천시장은 5일 기념식을 열었다. 기념식에는 최기문 시장을 비롯한 야마토시 관계자 15명이 참석했다.",
                 "영천시는 5일 기념식을 열었다. 기념식에는 박가온 부시장을 비롯해 야마토시 관계자 15명이 참석했다.",
                 "영천시는 5일 기념식을 열었다. 기념식에는 박가온 부시장을 비롯한 야마토시 관계자 15명, 영천시 공무원 20명이 "
                 "참석했다.",
                 "영천시는 5일 기념식을 열었다. 기념식에는 박가온 부시장을 비롯한 야마토시 대표단을 맞이한 영천시 관계자들이 "
                 "참석했다."):
        assert all(b != "야마토시" for _t, b in people(read(ex, text)).values()), text


def test_a_councillor_s_title_glued_to_the_name(ex):
    """``김미영의원``: a Korean name written against 의원 is a councillor, of the council the list names (``노원구의회
    정도열의장을 비롯해 …, 임재혁, 송인기, 김미영의원``); a party, a level or 국회 before 의원 is no name."""
    r = read(ex, "노원구의회 정도열의장을 비롯해 이한국부의장, 임재혁, 송인기, 김미영의원 등 6명의 의원들이 대표단을 맞았다.")
    assert {n: b for n, (_t, b) in people(r).items()} == {
        "정도열": "노원구의회", "이한국": "노원구의회", "임재혁": "노원구의회", "송인기": "노원구의회", "김미영": "노원구의회"}
    assert glued_split("김미영의원") == ("김미영", "의원")
    assert glued_split("민주당의원") is None and glued_split("국회의원") is None and glued_split("강남구의원") is None
    assert not people(read(ex, "민주당의원 5명과 국회의원들이 참석했다."))
    assert not people(read(ex, "협약식에는 박내과의원 원장과 조은한의원 대표가 참석했다."))  # (clinics)
    for word in ("우리들의원", "서울대의원", "주상원의원", "이치과의원"):
        assert glued_split(word) is None, word


def test_troupes_and_offices_written_bare_before_their_staff(ex):
    """``김해시립가야금연주단``, ``김해시 태권도시범단``: troupes; ``김해시 국제협력과 직원들``, ``무나카타시청 국제교류과를``: a
    government's office (not ``국제협력과 교류``: cooperation and exchange); ``의원 연구단체인``: two common nouns, no
    person after the title."""
    r = read(ex, "이번 방문에는 김해문화재단 대표이사와 김해시립가야금연주단 단원 15명이 동행했다.")
    assert "김해시립가야금연주단" in orgs(r)
    assert "김해시 태권도시범단" in orgs(read(ex, "이날 공연에는 김해시 태권도시범단이 출연했다."))
    r = read(ex, "김해시 국제협력과 직원들은 지난 3일 무나카타시청 국제교류과를 방문했다.")
    assert {"김해시 국제협력과", "무나카타시청 국제교류과"} <= set(orgs(r))
    assert not orgs(read(ex, "양 도시는 김해시 국제협력과 교류를 확대하기로 했다."))
    r = read(ex, "김해시의회 의원 연구단체인 국제교류연구회는 지난 3일 무나카타시를 방문했다.")
    assert "연구단체" not in people(r)
    assert "남궁민수" in people(read(ex, "이날 행사에는 남궁민수 김해시의원이 참석했다."))


def test_a_given_name_abroad_written_as_a_word_of_groups(ex):
    """``팀 로저스 어바인시장``: Tim, a given name opening the name (after a particle or at the start); ``의전 팀 로저스
    과장``: the protocol team, no part of a name."""
    assert "팀 로저스" in people(read(ex, "안산시는 9일 시청에서 팀 로저스 어바인시장을 접견했다."))
    assert "팀 로저스" in people(read(ex, "이날 행사에는 팀 로저스 어바인시장과 김민수 안산시 부시장이 참석했다."))
    assert not any("팀" in n for n in people(read(ex, "이날 행사에는 어바인시 의전 팀 로저스 과장이 참석했다.")))


def test_exchange_offices_abroad_and_their_officers_at_home(ex):
    """``웨이하이시 외사판공실``, ``다낭시 외무국 응웬 반 남 국장``: a foreign government's office is a body; ``김민수
    국제협력담당관`` with no body written: an officer of the article's own city (not a Japanese officer, ``모리 유키
    국제교류과장``); ``국제기구``, ``유관기관``: kinds of bodies, no names."""
    assert "웨이하이시 외사판공실" in orgs(read(ex, "회의에는 시 국제교류팀장과 웨이하이시 외사판공실 관계자들이 참석했다."))
    assert "다낭시 외무국" in orgs(read(ex, "협약식에는 다낭시 외무국 응웬 반 남 국장이 참석했다."))
    said = "양평군은 지난 3일 {}시와 화상회의를 열었다. {}은 “온라인으로 교류를 이어가겠다”고 말했다."
    assert people(read(ex, said.format("조장", "김민수 국제협력담당관")))["김민수"][1] == "양평군"
    assert people(read(ex, said.format("무나카타", "모리 유키 국제교류과장")))["모리 유키"][1] is None
    assert not orgs(read(ex, "이날 행사에는 유관기관과 국제기구 관계자들도 자리를 함께했다."))


def test_two_fields_sharing_one_body_s_head_after_a_city(ex):
    """``대전시 태권도 및 우슈협회``: the city's body of the first field with the shared head (``대전시 태권도협회``) beside
    the second as written; a kind of field (``교육 및 체육협회``) names none, nor a list of people (``청소년과 시민들``)."""
    r = read(ex, "또한 대전시 태권도 및 우슈협회는 이번 축제에 참여한 선양시 우슈공연단과 친선대회를 펼친다.")
    assert {"대전시 태권도협회", "우슈협회"} <= set(orgs(r))
    assert "춘천시 교육협회" not in orgs(read(ex, "춘천시 교육 및 체육협회 관계자들이 참석했다."))
    assert not orgs(read(ex, "춘천시 청소년과 시민들이 함께했다."))


def test_a_troupe_written_apart_after_a_town_abroad(ex):
    """``칸토 아모로소 리옹 합창단``: a troupe's head written apart after a town abroad, with the choir's own foreign
    words before the town; a bare kind (``축하 합창단``) or a Korean town's (``수원 합창단``) is not read so."""
    r = read(ex, "이날 기념식에서는 칸토 아모로소 리옹 합창단이 축하공연을 펼쳤다.")
    assert "칸토 아모로소 리옹 합창단" in orgs(r)
    assert not orgs(read(ex, "이날 기념식에서는 축하 합창단이 무대에 올랐다."))
    assert "수원 합창단" not in orgs(read(ex, "이날 기념식에서는 수원 합창단이 무대에 올랐다."))


def test_a_chinese_city_s_officer_with_a_name_of_one_word(ex):
    """``웨이하이시 리우샤오밍 부주석``, ``… 주임``, ``… 국장``: a Chinese city's officer, the name written as one word right
    after the city, as with ``… 부시장``."""
    for title in ("부주석", "주임", "국장"):
        r = read(ex, f"중국 웨이하이시 리우샤오밍 {title}이 12일 김해시를 방문해 교류 확대를 논의했다.")
        assert people(r).get("리우샤오밍") == (title, "웨이하이시"), title


def test_officers_listed_after_one_of_a_city_abroad(ex):
    """``쑨리 옌청시 부시장, 천하오 상무국장, 왕메이 외사판공실 주임 등``: officers listed after one of a city abroad, with a
    title but no body, are that city's; a list after a Korean city's officer is left to the article's own city."""
    r = read(ex, "중국 옌청시 대표단이 11일 서산시를 방문했다. 대표단은 쑨리 옌청시 부시장, 천하오 상무국장, 왕메이 외사판공실 "
                 "주임 등 8명으로 구성됐다.")
    assert people(r)["천하오"][1] == "옌청시" and people(r)["왕메이"][1] == "옌청시"
    r = read(ex, "중국 옌청시 대표단이 11일 서산시를 방문했다. 이날 쑨리 옌청시 부시장은 환영식에 참석했고, 김민수 서산시 "
                 "부시장과 박영희 과장이 대표단을 맞았다.")
    assert people(r)["박영희"][1] != "옌청시"


def test_a_place_s_foremost_is_no_one_s_name(ex):
    """``경남 대표 산업도시``, ``김해 대표 축제``: 대표 after a place is a word of rank, no one's title; ``가온산업 김한주
    대표``: the head of a firm."""
    assert not people(read(ex, "창원시는 경남 대표 산업도시로 자매도시와 교류를 이어가고 있다."))
    assert "김한주" in people(read(ex, "이날 행사에는 가온산업 김한주 대표가 참석했다."))


def test_the_head_of_a_delegation_from_abroad_is_its_city_s(ex):
    """``왕리밍 부시장을 단장으로 한 대표단`` (the 린이시 delegation named before): the head of the visitors is an officer of
    their city, not of the host; the head of the host's own delegation stays the host's."""
    r = read(ex, "중국 린이시 대표단이 지난 3일 순천시를 찾았다. 왕리밍 부시장을 단장으로 한 대표단은 린이시 공무원 등 8명으로 "
                 "구성됐다.")
    assert people(r)["왕리밍"][1] == "린이"
    r = read(ex, "순천시는 지난 3일 린이시를 방문했다. 김민수 부시장을 단장으로 한 순천시 대표단은 린이시 공무원들과 간담회를 "
                 "가졌다.")
    assert people(r)["김민수"][1] == "순천시"


def test_near_misses_of_lists_troupes_and_shared_heads(ex):
    """Near misses: Korean staff listed after a foreign officer and closed by the host's people (``… 등 김해시
    관계자들``) are no officers of the foreign city, nor a name in another clause (``… 부시장을 만났고, 김민수 국장은``);
    ``관광과 호텔협회``: an office and a body, no shared head; a conductor's name before the town is no part of the
    orchestra's (``레오 마르탱 리옹 오케스트라 지휘자``)."""
    r = read(ex, "환영식에는 다나카 무나카타시 부시장, 박민수 국장, 최영희 과장 등 김해시 관계자들이 함께했다.")
    assert people(r)["박민수"][1] != "무나카타시"
    r = read(ex, "김 시장은 쑨리 옌청시 부시장을 만났고, 김민수 국장은 시정을 소개했다.")
    assert people(r).get("김민수", (None, None))[1] != "옌청시"
    assert "강릉시 관광협회" not in orgs(read(ex, "강릉시 관광과 호텔협회 관계자 10명은 지난 3일 행사에 참석했다."))
    r = read(ex, "이날 기념식에서는 레오 마르탱 리옹 오케스트라 지휘자가 특별 무대를 꾸몄다.")
    assert "레오 마르탱 리옹 오케스트라" not in orgs(r)


def test_names_with_their_ages_listed_after_a_kind_of_person(ex):
    """``교환근무원 장민(35), 류팡(41·여) 씨``: a word saying what kind of person (an exchange official, a student) is no
    part of the first name, and a one-word name with its age shares the marker closing the list; a list of things
    with numbers in brackets makes no one."""
    p = people(read(ex, "양구군은 중국에서 온 교환근무원 장민(35), 류팡(41·여) 씨를 맞아 환영식을 가졌다고 밝혔다."))
    assert set(p) == {"장민", "류팡"}
    p = people(read(ex, "이번에 선발된 유학생 리나(22), 왕웨이(24) 씨는 한 학기 동안 공부한다."))
    assert set(p) == {"리나", "왕웨이"}
    assert not people(read(ex, "양구군은 중국에서 온 사과(35), 배(41) 등을 맛보는 행사를 가졌다고 밝혔다."))


def test_a_foreign_officer_of_one_word_after_his_town_or_listed_after_its_head(ex):
    """``만달군 간바트 부군수``, ``바트 만달군수, 간바트 부군수``: a foreign name of one word is the title's holder right
    after its town abroad, or listed right after that town's officer; not after a Korean officer (``김철수 의성군수,
    환영사 부군수가``: a common word)."""
    lead = "몽골 만달군 대표단이 지난 1일 의성군을 찾았다. "
    assert people(read(ex, lead + "만달군 간바트 부군수가 의성군을 방문했다."))["간바트"] == ("부군수", "만달군")
    assert people(read(ex, lead + "바트 만달군수, 간바트 부군수가 의성군을 방문했다."))["간바트"] == ("부군수", "만달군")
    assert people(read(ex, lead + "바트 만달군수와 간바트 부군수가 의성군을 방문했다."))["간바트"] == ("부군수", "만달군")
    assert "환영사" not in people(read(ex, lead + "김철수 의성군수, 환영사 부군수가 인사했다."))


def test_a_body_with_its_head_in_brackets(ex):
    """``강원외고(교장:주원섭)``, ``요나고고(교장: 다나카 히로시)``, ``가온협회(회장 김가온)``: the body, then its head's
    title and name in brackets (a school written short too); no one in brackets that hold no name (``(학생
    수:1200명)``, ``(대회의실)``), nor ``교장 선생님``; a body of several words keeps its whole name."""
    p = people(read(ex, "강원외고(교장:주원섭)와 요나고고(교장: 다나카 히로시)는 자매결연 협약을 체결했다."))
    assert p["주원섭"] == ("교장", "강원외고")
    assert p["다나카 히로시"] == ("교장", "요나고고")
    assert people(read(ex, "가온협회(회장 김가온)는 협약을 맺었다."))["김가온"] == ("회장", "가온협회")
    assert not people(read(ex, "협약식은 진링중학교(학생 수:1200명) 본관(대회의실)에서 열렸다."))
    assert not people(read(ex, "교장 선생님과 학생들이 환영식을 열었다."))
    p = people(read(ex, "방문단은 오스틴 아시안 상공회의소(회장 폴 김)의 주선으로 광명시를 찾았다."))
    assert p.get("폴 김", (None, None))[1] != "상공회의소"


def test_a_chinese_district_s_head_glued_to_the_district(ex):
    """``창평구장``: the head (区长) of a district the article names, glued to it; a ground stays a ground
    (``잠실야구장``)."""
    lead = "도봉구는 지난 1일 중국 창평구를 방문했다. "
    assert people(read(ex, lead + "도봉구는 유효동(刘晓东) 창평구장과 협약을 체결했다."))["유효동"] == ("구장", "창평구")
    assert people(read(ex, lead + "도봉구는 왕밍 창평구장과 협약을 체결했다."))["왕밍"] == ("구장", "창평구")
    assert not people(read(ex, lead + "도봉구는 잠실야구장과 창평구장에서 행사를 열었다."))


def test_a_department_s_officer_works_for_the_article_s_own_city(ex):
    """``의회사무과 정복영 팀장``, ``김민수 행정지원과장``: an officer of a department, with no body of their own, works
    for the article's own Korean city; a bare ``과장`` with no department named may be any body's, and a firm's officer
    keeps the firm."""
    lead = "도봉구는 지난 1일 중국 창평구를 방문했다. "
    assert people(read(ex, lead + "대표단에는 의회사무과 정복영 팀장이 함께했다."))["정복영"] == ("팀장", "도봉구")
    assert people(read(ex, lead + "대표단에는 김민수 행정지원과장이 함께했다."))["김민수"] == ("행정지원과장", "도봉구")
    assert people(read(ex, lead + "행사에는 김민수 과장이 함께했다."))["김민수"][1] is None
    assert people(read(ex, lead + "행사에는 가온문화재단 김민수 과장이 함께했다."))["김민수"][1] == "가온문화재단"


def test_a_school_written_short_before_its_principal_and_no_adjective_as_a_name(ex):
    """``주원섭 강원외고 교장``: a school written short, then its principal's title (no foreign name of two words);
    ``사회적 성장``: a noun made an adjective is no one's name before a title that is also a common word."""
    assert people(read(ex, "주원섭 강원외고 교장은 협약을 환영했다."))["주원섭"] == ("교장", "강원외고")
    assert not people(read(ex, "두 학교는 학생 간의 학문적 및 사회적 성장을 도모할 것을 약속했다."))


def test_a_glossed_name_then_the_office_of_a_place_abroad(ex):
    """``푸징(付靜) 허난성 외사판공실 주임``: a name glossed with its characters, the place, its office, then the title:
    the officer of that place's office; past a government the place itself stays the body (``왕리핑(王麗萍) 허난성
    인민정부 부성장``)."""
    lead = "경북도는 중국 허난성 대표단을 맞았다. "
    assert people(read(ex, lead + "푸징(付靜) 허난성 외사판공실 주임이 대표단을 이끌었다."))["푸징"] == \
        ("주임", "허난성 외사판공실")
    assert people(read(ex, lead + "리웨이(李偉) 칭다오시 외사판공실 처장이 일행을 맞았다."))["리웨이"][1] == "칭다오시 외사판공실"
    assert people(read(ex, lead + "왕리핑(王麗萍) 허난성 인민정부 부성장이 참석했다."))["왕리핑"][1] == "허난성"


def test_near_misses_of_the_city_s_staff_of_brackets_and_of_lists(ex):
    """Near misses: another body's department (``강원도청 국제교류과 한지민 과장``, ``강원대학교 국제교류팀``), the town
    abroad's own office (``만달군청 교류협력과``) and staff who came from abroad (``만달군에서 온 … 주무관``) are no staff of
    the article's city; ``제3대 교장`` is no school; an acting word in brackets is no part of the name (``(교장 직무대리
    이미경)``); a town and a kind of person before a list of aged names are no part of the first name."""
    lead = "춘천시 대표단은 지난 15일 자매도시 만달군을 방문했다. "
    for said in ("강원도청 국제교류과 한지민 과장도 동행했다.", "현지에서는 만달군청 교류협력과 김바트 팀장이 일정을 안내했다.",
                 "강원대학교 국제교류팀 최유진 팀장도 동행했다."):
        assert all(b != "춘천시" for _t, b in people(read(ex, lead + said)).values()), said
    p = people(read(ex, "춘천시는 자매도시 만달군에서 온 교환근무원 장민(35), 류팡(41·여) 주무관이 업무를 시작했다고 밝혔다."))
    assert p["장민"][1] != "춘천시" and p["류팡"][1] != "춘천시"
    assert not orgs(read(ex, "춘천시는 지난 15일 만달군 학생들이 김영희 제3대 교장의 안내로 춘천고를 둘러봤다고 밝혔다."))
    p = people(read(ex, "춘천시는 지난 15일 만달군 학생들이 춘천여고(교장 직무대리 이미경)를 방문했다고 밝혔다."))
    assert set(p) == {"이미경"}
    p = people(read(ex, "춘천시는 자매도시 만달군 공무원 바트(35), 간바트(41), 솔롱고(29·여) 씨가 지난 15일 시청을 "
                        "방문했다고 밝혔다."))
    assert set(p) == {"바트", "간바트", "솔롱고"}
    p = people(read(ex, "도봉구는 지난 1일 중국 창평구를 방문했다. 양측 선수들은 새로 지은 창평구장에서 친선 경기를 치렀다."))
    assert not p


def test_a_name_written_against_the_body_it_serves(ex):
    """``최종필국제화추진위원회 부위원장``, ``김영수광명시체육회 사무국장``: a Korean name glued to the body it serves, then
    a title word, is the person of that body; a body whose name opens like a name (``한국국제교류재단 이사장``) or is
    a person's (``김대중평화센터 이사장 이희호``: the title goes on to its own name) is none."""
    p = people(read(ex, "최종필국제화추진위원회 부위원장을 단장으로 한 방문단이 서주시를 찾았다."))
    assert p.get("최종필") == ("부위원장", "국제화추진위원회")
    p = people(read(ex, "이날 행사에는 김영수광명시체육회 사무국장이 참석했다."))
    assert p.get("김영수") == ("사무국장", "광명시체육회")
    p = people(read(ex, "이날 행사에는 한국국제교류재단 이사장과 김대중평화센터 이사장 이희호 여사가 참석했다."))
    assert set(p) == {"이희호"}
    assert not people(read(ex, "이날 포럼에는 연세대국제학대학원 원장과 자매도시 오타시 관계자들이 참석했다."))


def test_a_town_a_word_of_origin_and_a_body_around_a_name_are_no_part_of_it(ex):
    """``다낭시 레반탄 인민위원장``: the town before a name is its body, no part of the name; ``고성군 출신 박정호
    엘에이고성향우회 회장``: the word of origin is none, and the body written after the name is the association;
    a spaced foreign name keeps all its words (``응우옌 반 남 다낭시 인민위원회 부위원장``)."""
    p = people(read(ex, "의왕시는 다낭시 레반탄 인민위원장과 협약서에 서명했다. 양 도시는 교류를 약속했다."))
    assert p == {"레반탄": ("인민위원장", "다낭시")}
    p = people(read(ex, "이날 만찬에는 고성군 출신 박정호 엘에이고성향우회 회장이 참석했다."))
    assert p == {"박정호": ("회장", "엘에이고성향우회")}
    p = people(read(ex, "이날 협약식에는 응우옌 반 남 다낭시 인민위원회 부위원장이 참석했다."))
    assert p == {"응우옌 반 남": ("부위원장", "다낭시")}
    assert not people(read(ex, "이날 만찬에는 고성군 출신 향우회 회원들이 참석했다."))


def test_a_towns_sports_team_is_a_body(ex):
    """``서대문구 어린이축구단``, ``안산시 유소년 축구단``: a team written after its town (its kind between, or glued) is
    a body, the town's; a team of no town named (``양 도시 유소년 축구단``) is none."""
    assert "안산시 유소년 축구단" in orgs(read(ex, "안산시 유소년 축구단 20명이 자매도시 오타시를 방문해 친선경기를 가졌다."))
    got = orgs(read(ex, "서대문구 어린이축구단과 오타시 어린이축구단이 교류전을 가졌다."))
    assert {"서대문구 어린이축구단", "오타시 어린이축구단"} <= set(got)
    assert not orgs(read(ex, "양 도시 유소년 축구단은 친선경기를 가졌다. 경기는 비로 연기됐다."))
