"""A local body named without its place is its article's city's own (kgraph.extract.org_keys)."""
from kgraph.read.article import Article


def _orgs(ex, text):
    r = ex.read(Article(text=text, language="ko"))
    return {e.name: str(e.iri).rsplit("/", 1)[-1] for e in r.entities.values() if e.type == "Organization"}


def test_a_place_less_local_body_is_keyed_with_the_articles_city(ex):
    a = _orgs(ex, "광명시는 국제교류협회와 함께 행사를 열었다. 김철수 국제교류협회 회장이 참석했다.")
    b = _orgs(ex, "수원시는 국제교류협회와 함께 행사를 열었다. 박영희 국제교류협회 회장이 참석했다.")
    assert a["국제교류협회"].endswith("--gwangmyeong") and b["국제교류협회"].endswith("--suwon")


def test_a_body_that_names_its_place_or_a_national_one_keeps_its_name_alone(ex):
    orgs = _orgs(ex, "광명시의회는 한국자매도시협회와 함께 행사를 열었다.")
    assert orgs.get("광명시의회") == "gwangmyeongsiuihoe"
    assert orgs.get("한국자매도시협회") == "hangukjamaedosihyeophoe"


def test_a_body_with_a_name_of_its_own_is_one_node_everywhere(ex):
    orgs = _orgs(ex, "광명시는 녹색전환연구소와 함께 포럼을 열었다. 이유진 녹색전환연구소 부소장이 발표했다.")
    assert orgs.get("녹색전환연구소") == "noksaekjeonhwanyeonguso"


def test_a_citys_own_kind_of_body_is_read_with_its_city(ex):
    r = ex.read(Article(text="광명시 국제교류협회 김철수 회장이 참석했다. 오스틴시와의 교류도 논의했다.", language="ko"))
    orgs = {e.name for e in r.entities.values() if e.type == "Organization"}
    assert orgs == {"광명시 국제교류협회"}  # not also a bare 국제교류협회
    bodies = {r.entities[f.o].name for f in r.facts if f.p.endswith("worksFor") and f.o in r.entities}
    assert bodies == {"광명시 국제교류협회"}
    orgs = _orgs(ex, "광명시는 국제교류협회 회원들과 행사를 열었다.")
    assert "국제교류협회" in orgs  # apart from its city: the bare name, keyed with the city


def test_a_name_made_only_of_kind_words_is_a_citys_own(ex):
    a = _orgs(ex, "광명시는 청소년문화교류협회와 함께 행사를 열었다.")
    b = _orgs(ex, "수원시는 청소년문화교류협회와 함께 행사를 열었다.")
    assert a["청소년문화교류협회"].endswith("--gwangmyeong") and b["청소년문화교류협회"].endswith("--suwon")
    a = _orgs(ex, "광명시는 사쿠라무궁화협회와 함께 행사를 열었다.")  # must not: a name of its own stays one node
    assert a.get("사쿠라무궁화협회") == "sakuramugunghwahyeophoe"


def test_an_english_kind_of_body_is_its_towns_own(ex):
    def en(text):
        r = ex.read(Article(text=text, language="en"))
        return {e.name: str(e.iri).rsplit("/", 1)[-1] for e in r.entities.values() if e.type == "Organization"}
    b = en("Alameda welcomed students from Yeongdong. The Sister City Committee hosted them in Alameda.")
    assert b.get("Sister City Committee", "").endswith("--alameda")
    a = en("Alameda welcomed students from Yeongdong. The Alameda Chamber of Commerce hosted them in Alameda.")
    assert not any(v.endswith("--alameda") for v in a.values())  # must not: a name with its place stays as it is


def test_a_body_whose_name_starts_with_a_korean_place_the_article_never_names_keeps_it(ex):
    orgs = _orgs(ex, "부산상공회의소와 일본 후쿠오카상공회의소가 일본 후쿠오카 시내 호텔에서 기념식을 열었다.")
    assert orgs["부산상공회의소"] == "busansanggonghoeuiso"  # not Fukuoka's, the only city named
    orgs = _orgs(ex, "광명시는 중구체육회와 함께 행사를 열었다.")  # must: a district name many cities have
    assert orgs["중구체육회"].endswith("--gwangmyeong")


def test_a_corporate_prefix_is_no_part_of_a_name(ex):
    orgs = _orgs(ex, "보령시는 (사)세계한인무역협회(회장 김철수)와 업무협약을 체결했다.")
    assert set(orgs) == {"세계한인무역협회"}


def test_an_english_city_body_named_bare_is_its_citys_own(ex):
    r = ex.read(Article(text="At the ceremony in Da Nang, Chairwoman of the municipal People's Council "
                             "Tran Thi Lan spoke.", language="en"))
    orgs = {e.name: str(e.iri).rsplit("/", 1)[-1] for e in r.entities.values() if e.type == "Organization"}
    assert orgs.get("People's Council", "").endswith("--da-nang")
    r = ex.read(Article(text="In Daejeon, the Daejeon Metropolitan Council hosted the guests.", language="en"))
    orgs = {e.name: str(e.iri).rsplit("/", 1)[-1] for e in r.entities.values() if e.type == "Organization"}
    assert not any(v.endswith("--daejeon") for v in orgs.values())  # must not: a council with its city's name


def test_an_english_city_body_takes_the_city_written_beside_it(ex):
    def orgs(text):
        r = ex.read(Article(text=text, language="en"))
        return {str(e.iri).rsplit("/", 1)[-1] for e in r.entities.values() if e.type == "Organization"}
    text = ("A group from the Gimhae City Council met the People's Committee of Vung Tau city on Monday. "
            "Gimhae and Gimhae officials thanked Vung Tau.")
    assert "people-s-committee--vung-tau" in orgs(text)
    text = ("Sacheon officials visited Vung Tau, Vietnam. Chairman of the Vung Tau municipal People's Committee "
            "Hoang Van Thanh welcomed them. Sacheon and Sacheon officials thanked their hosts.")
    assert "people-s-committee--vung-tau" in orgs(text)


def test_a_kind_of_body_named_with_its_city_inside_is_that_city_s(ex):
    """``the People's Committee of Vung Tau city`` and ``the Vung Tau municipal People's Committee`` are one body
    of Vung Tau however written (named as the text writes it); ``the Energy Committee of Novosibirsk`` is no kind
    of body every town has: keyed by its own name."""
    def orgs(text):
        r = ex.read(Article(text=text, language="en"))
        return {e.name: str(e.iri).rsplit("/", 1)[-1] for e in r.entities.values() if e.type == "Organization"}
    got = orgs("The delegation from Gimhae met the People's Committee of Vung Tau city to sign a memorandum on "
               "friendship with Vung Tau.")
    assert got.get("People's Committee of Vung Tau city") == "people-s-committee--vung-tau"
    got = orgs("The delegation from Tulsa met the Energy Committee of Novosibirsk to sign a memorandum on friendship "
               "with Novosibirsk.")
    assert not got.get("Energy Committee of Novosibirsk", "").endswith("--novosibirsk")
