"""Declarative tables for reading people, their roles and organisations in Korean text.

Each table is named for what it makes; :mod:`kgraph.extract.ko_people` applies them. Adding a phrasing
is one entry here plus a test in ``tests/test_extract_ko_people.py``.
"""
from __future__ import annotations

import re

from .lexicon import CITY_GROUP_WORDS, CITY_STAFF_WORDS, DELEGATION_WORDS

#: Name shapes that are persons whatever their syllables: a Mongolian patronymic initial with a dot
#: (``체.바트바야르``, ``게. 강투무르``), a Western initial (``J.스미스``).
NAME_SHAPES: dict[str, re.Pattern[str]] = {
    "patronymic_initial": re.compile(r"[\uac00-\ud7a3]{1,2}\.\s?[\uac00-\ud7a3]{2,8}"),
}

#: Titles that may be written glued to a personal name (``이석우시장``, ``김영수의장``): longest first.
GLUED_TITLES: tuple[str, ...] = ("부구청장", "구청장", "부시장", "부군수", "부의장", "부지사", "도지사", "주지사",
                                 "시장", "군수", "의장", "의원", "지사", "위원장", "회장", "대표", "현장")

#: endings of what stands glued before 의원 and is no name: a clinic's field (내과, 치과, 한의원's 한) and 들 (우리들의원)
NOT_NAME_BEFORE_UIWON = ("과", "한", "들")
#: Words that look like names glued to a title but are places or common nouns (남대문시장 is a market).
GLUED_NAME_STOP = frozenset("남대문 동대문 전통 재래 수산 농산 도매 소매 중앙 노천 야시 반야 서문 이들 주재".split())

#: Titles of a council's officers: with no body named they belong to the council the sentence names.
COUNCIL_TITLES = frozenset({"의장", "부의장", "의원", "시의원", "군의원", "구의원", "도의원", "대표", "대표의원", "원내대표"})
#: Bare council words: an organisation only as the body of an officer's title (``시의회 의장``).
BARE_COUNCILS = ("시의회", "군의회", "구의회", "도의회", "의회")
#: the heads of a Japanese town or village written apart from its name (``소에다 정장``); alone they are other words
#: (정장: a suit), so they are titles only right after the place
TOWN_HEADS_APART = frozenset({"정장", "촌장"})
#: a county head's title written after the name (``롱호현의 응우옌 반 탄 현장``): alone 현장 is a site, so it is a title
#: only when a county abroad is named before in the sentence
COUNTY_HEADS_AFTER_NAME = frozenset({"현장"})
#: words after a two-word name that end it (``레 쭝 등``, ``응우옌 탕 내외``): no third word of the name
NOT_NAME_AFTER_NAME = frozenset("등 외 내외 일행 부부 측 씨 님 및".split())
#: the heads of a county written against its name (``남짜미현장``): never a name glued to a title
COUNTY_HEADS_GLUED = frozenset({"현장", "부현장"})
#: words of origin before a name, no part of it (``고성군 출신 박정호 … 회장``)
ORIGIN_WORDS = frozenset({"출신", "태생", "고향"})
#: the syllables of a Korean name written against the body it serves (``최종필국제화추진위원회 부위원장``), and the
#: words such a body's name opens with (or a place: ``김영수광명시체육회``); a body named after a person opens
#: otherwise (``김대중평화센터``, ``정주영체육관``)
GLUED_NAME_LENGTH = 3
GLUED_BODY_LEAD = re.compile(r"(?:국제|한국|대한|전국|세계|한중|한일|한몽|한베|지역|민간|시민|청소년|상공|관광|교류|우호|자매|친선)")
#: a level of government written alone, standing for the article's own city (김하나 시 관광과장)
BARE_LEVELS = ("시", "군", "구", "도")

#: Title word endings beyond the shared ones (``조직인사처장``, ``홍보처장``).
EXTRA_TITLE_ENDINGS: tuple[str, ...] = ("주무관", "사무관", "서기관", "주사", "주사보", "서기보", "부구장", "처장", "부처장", "부국장", "차장", "대사", "총영사", "영사",
                                       "주임", "부주임", "참찬", "부서기", "참사관", "부영사", "공사참사관", "주임위원",
                                       "비서장", "부비서장")

#: a name and its title in quotes (``'타니이 히로미 시장'과``): the quotes only set the pair off
QUOTED_TITLED = re.compile(r"['‘\"“](?P<name>(?:[\uac00-\ud7a3]{1,6} ){0,3}[\uac00-\ud7a3]{1,6}) (?P<title>[\uac00-\ud7a3]{1,8})['’\"”]")

#: the ends of a government office's unit written between a Korean name and its title (``이선우 산림녹지과 주무관``,
#: ``박민수 경제건설국 산림녹지과 주무관``, ``김가온 국제교류팀 주무관``)
OFFICE_UNIT_ENDINGS: tuple[str, ...] = ("담당관실", "사업소", "과", "팀", "실", "국")  # (not 계: 한국계 is a descent)

#: Japanese town and village heads written against their municipality (``야즈정장`` = 町長, ``○○촌장`` = 村長),
#: and the heads of Korean townships (``단성면장``, ``사당4동장``, ``주산읍장``).
TOWN_TITLES: tuple[tuple[str, str, str], ...] = (("정장", "정", "정장"), ("촌장", "촌", "촌장"),
                                                 ("면장", "면", "면장"), ("읍장", "읍", "읍장"), ("동장", "동", "동장"))

#: A head's title glued to the name of the place headed, split at the place's level suffix:
#: (level, head written after it, title). ``페르가나주지사`` = 페르가나주 + 지사 (주지사), ``빈딘성장`` = 빈딘성 + 장
#: (성장), ``남짜미현장`` = 남짜미현 + 장 (현장). The place must be one the article or the gazetteer knows.
GLUED_HEADS: tuple[tuple[str, str, str], ...] = (
    ("주", "지사", "주지사"), ("주", "부지사", "부주지사"), ("도", "지사", "도지사"), ("도", "부지사", "부지사"),
    ("성", "장", "성장"), ("성", "부성장", "부성장"), ("성", "당서기", "당서기"), ("현", "장", "현장"), ("현", "부현장", "부현장"),
    ("현", "지사", "지사"),  # (나가노현지사: a Japanese prefecture's governor)
    ("구", "장", "구장"), ("구", "부구장", "부구장"),  # (창평구장: a Chinese district's head, 区长; the place must be a
    # district the article or the tables know, so 야구장 and 잠실야구장 stay grounds)
)

#: Words after a name that make a person without an office: students, artists, athletes (``김민지 학생``).
PERSON_MARKERS = frozenset("씨 학생 선수 작가 박사 교사 화가 가수 명예시민 명예도민 명예군민 명예구민 강사".split())
#: words that mark a person only after a name with its age (``신동호(55) 직원``; alone, ``직원 간 연수``, no one)
AGED_MARKERS = PERSON_MARKERS | {"직원"}
#: words naming what kind of person someone is, never the first part of a name written before a name (``교환근무원 장민(35),
#: 류팡(41) 씨``: an exchange official, then the names)
PEOPLE_CLASS_END = re.compile(r"(?:근무원|공무원|연수생|학생|통역원|연구원|직원|요원|대원|단원|회원|위원|교사|강사|선수|"
                              r"작가|기자|청년|대학생|유학생)$")
#: a name with its age (and sex) in brackets before such a word: ``홍길동(45)씨``, ``김민석(남, 41세)씨``
AGED_NAME = re.compile(r"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{2,6})\s?\((?P<hanja>[\u4e00-\u9fff]{2,4}\s?[,·]\s?)?"
                       r"(?:(?:남|여|男|女)\s?[,·]\s?)?·?\d{1,3}\s?세?(?:\s?[,·]\s?(?:남|여|男|女))?\)"
                       r"\s?(?P<marker>" + "|".join(sorted(AGED_MARKERS, key=len, reverse=True)) +
                       r")(?:이다|이며|이고|이었다|다|며|고|였다|와|과|는|은|가|이|를|의|에게|도|로|으로|)(?![\uac00-\ud7a3])")
#: (the brackets may hold the name's characters and the sex too: ``쉬단(徐丹·40·여) 씨로``, ``이하람(·39)씨``; a name of
#: five or six syllables only with its characters: ``페이하이옌(裴海燕·28)씨``)
#: a Korean name, then its office in brackets after it, the body first and the title last (``김한주(가온산업 대표)``,
#: ``박지훈(광명시장)``, ``이서윤(한빛대 교수)``); not an age, a side or a party alone (``김철수(45)``, ``(오른쪽)``,
#: ``(민주당)``: no title closes them)
OFFICE_IN_BRACKETS = re.compile(r"\((?:(?P<body>[\uac00-\ud7a3A-Za-z][\uac00-\ud7a3A-Za-z·]{1,19}"
                                r"(?: [\uac00-\ud7a3A-Za-z·]{1,15}){0,2}) )?(?P<title>[\uac00-\ud7a3]{1,12})\)")
NAME_THEN_OFFICE_IN_BRACKETS = re.compile(r"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{2,4})\s?" + OFFICE_IN_BRACKETS.pattern)

#: Words between a name and its title that say when the post was held (a former post links to no body).
TENURE_WORDS: dict[str, str] = {"전": "former", "前": "former", "현": "current", "現": "current"}
#: Words between a body and a title that say the post is newly held: no part of the title (``신임 의장``)
NEW_IN_POST = frozenset({"신임", "신임된", "새", "갓"})
#: Words that rank an office, written apart before its title: ``상무 부시장``, ``수석 부시장``, ``정무 부지사``.
#: (당 서기: the party committee's secretary, written apart)
TITLE_RANKS = frozenset("상무 수석 상임 정무 행정 경제 제1 제2 당".split())
#: words that hold a title jointly, as an honour or standing, glued before it (``공동회장``, ``명예회장``, ``상임대표``):
#: the same title, no body named ``공동회`` or ``명예회``
TITLE_HOLDINGS = ("공동", "명예", "상임", "수석", "전임")
#: A photo position note between a name and its title: ``김기정(앞줄 가운데) 의장``, ``이민호(왼쪽) 시장``.
#: Also a name's Chinese characters: ``박민수(朴敏洙) 시장``.
PHOTO_NOTE = re.compile(r"([\uac00-\ud7a3]{2,4})\s?\((?:(?:앞줄|뒷줄|사진)?\s?(?:왼쪽|오른쪽|가운데|중앙|맨 ?왼쪽|맨 ?오른쪽|좌측|우측|좌|우|중)"
                        r"[^)]{0,12}|[\u4e00-\u9fff]{2,4}(?:·\d{1,3}세?)?(?:·[남여])?|\d{1,3}세?(?:·[남여])?)\)\s?([\uac00-\ud7a3]{1,12})")
#: (also the age, and the sex, as wire copy writes them: ``박도윤(46) 부시장``, ``박민수(朴敏洙·46·남) 과장``)
#: A foreign name in Hangul words glossed with its Chinese characters, then the title:
#: ``차이 밍자오(蔡名照) 주임``, ``왕 샤오밍(王小明) 부시장``. The name keeps at most as many words as characters.
#: The brackets may also say the person's post after a comma (``왕밍(王明, 통화시 부시장) 단장``).
#: Latin letters with the marks Vietnamese, French or German names carry (``Hoàng Sơn Trà``, ``Lê Văn Thanh``)
_LU = "A-Z\u00c0-\u00de\u0100-\u024f\u1e00-\u1eff"
_LL = "a-z\u00df-\u00ff\u0100-\u024f\u1e00-\u1eff"
HANJA_GLOSSED_NAME = re.compile(r"(?<![\uac00-\ud7a30-9])((?:[\uac00-\ud7a3]{1,5} ){0,3}[\uac00-\ud7a3]{1,5})\s?"
                                rf"\(([\u4e00-\u9fff]{{1,4}}(?:\s[\u4e00-\u9fff]{{1,3}})?|(?P<latin>[{_LU}][{_LL}]+(?:[ -][A-Z]\.?)?(?:[ -][{_LU}][{_LL}]+){{1,4}}|[A-Z]{{2,}}(?:[ -][A-Z]{{2,}}){{1,4}}|"
                                rf"[A-Z]\.\s?[{_LU}][{_LL}]+(?:[ -][{_LU}][{_LL}]+){{0,3}}))"
                                r"(?P<note>\s?[,，·]\s?[^()]{1,30})?\)\s?"
                                r"(?P<title>[\uac00-\ud7a3]{1,12})")  # (a Japanese name glossed apart: 江島 潔)
#: (or spelt in Latin letters, a word for each Hangul word: ``느구엔 탄 타이(Nguyen Thanh Tai) 부시장``, also in capitals:
#: ``추운표(ZOU YUNBIAO) 부국장``; with a middle initial, ``아트 브라운(Arthur C Brown)시장``, or led by a patronymic's
#: initial, one name word then, ``체렌(B.Tseren) 부구청장``)
#: the Hangul names of Latin letters: a gloss's initial spelled in the Hangul before it is part of that word
#: (``에이치마트(H.Mart)``, ``케이워터(K.Water)``: a firm's name, the letter read out; ``제이 리(J. Lee)``: the initial,
#: a word of the name); a name whose initial is left unwritten in Hangul (``체렌(B.Tseren)``) is a person's
LETTER_NAMES: dict[str, tuple[str, ...]] = {
    "A": ("에이",), "B": ("비",), "C": ("씨", "시"), "D": ("디",), "E": ("이",), "F": ("에프",), "G": ("지",),
    "H": ("에이치", "에치"), "I": ("아이",), "J": ("제이",), "K": ("케이",), "L": ("엘",), "M": ("엠",), "N": ("엔",),
    "O": ("오",), "P": ("피",), "Q": ("큐",), "R": ("알",), "S": ("에스",), "T": ("티",), "U": ("유",),
    "V": ("브이", "뷔"), "W": ("더블유",), "X": ("엑스",), "Y": ("와이",), "Z": ("지", "제트"),
}
#: A delegation roster: a name, then its body and title in brackets, the body written apart from its
#: office (``박도윤(남원 시의회 의장)``, ``이하람(남원 시청 비서실장)``, ``최서준(농협 남원시 지부 지부장)``).
ROSTER_ENTRY = re.compile(r"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{2,4})\s?\((?P<aff>[\uac00-\ud7a3][\uac00-\ud7a3 ]{0,24}?)"
                          r"\s(?P<title>[\uac00-\ud7a3]{1,8})\)")
#: A place's office written apart from the place in a roster (level, and 의회 for a council): 남원 시청 is 남원시
SPACED_OFFICES: dict[str, tuple[str, str]] = {
    "시청": ("시", ""), "군청": ("군", ""), "구청": ("구", ""), "도청": ("도", ""),
    "시의회": ("시", "의회"), "군의회": ("군", "의회"), "구의회": ("구", "의회"), "도의회": ("도", "의회"),
}
#: Branch words written apart from the place they serve: ``농협 남원시 지부`` is the organisation 농협 남원시지부
SPACED_BRANCHES = frozenset("지부 지사 지점 지회 본부 사무소 출장소".split())
#: A name written in Chinese characters before its title: ``種國勝 부비서장``.
HANJA_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")

#: Words that put a person's post abroad before the title: ``주인도네시아 한국대사``, ``주부산 중국총영사``;
#: not a mission's own name, which is the person's body (``주우한대한민국총영사관 영사``, ``주일본대사관 참사관``).
POSTED_WORD = re.compile(r"^주[\uac00-\ud7a3]{2,10}(?<!관)(?<!사무소)(?<!센터)(?<!대표부)$")
POSTED_TITLES = ("대사", "총영사", "영사", "대사관", "무관")
#: delegations whose head (``교류단장``, ``방문단장``) leads no body of their own: delegations are no entities
DELEGATION_HEADS_OF = frozenset({"대표단", "방문단", "사절단", "교류단", "시찰단", "연수단", "친선단", "경제사절단", "청소년교류단"})
#: heads' titles used only for Korean local governments (a 군 or a 구 of Korea): never a city abroad's officer
KOREAN_ONLY_HEADS = frozenset({"군수", "부군수", "구청장", "부구청장"})
#: a numbered district of a city abroad written apart (``파리 15구 구청장``): its head is a 구청장 too
NUMBERED_DISTRICT_WORD = re.compile(r"\d{1,2}구")
#: a deputy's title glued to the short or full name of a Korean municipality (``홍천부군수``, ``보령부시장``)
DEPUTY_TITLES = ("부시장", "부군수", "부구청장")
#: Vietnamese surnames as written in Hangul: Kiwi may read one as a verb with its ending (``쩐 티 하``: 쩔+ㄴ), yet before
#: short name words it opens a name
#: Chinese surnames as Korean news writes them in Mandarin readings that Korean names rarely start with (리 for 이,
#: 왕, 저우 …): a three-syllable name with one of them before a foreign government's office is a name
#: (``리웨이 산시성 외사판공실 주임``, ``왕잉춘 …``), though it reads like a Korean one
CHINESE_SURNAMES = frozenset("리 왕 저 쉬 쑨 궈 린 뤄 셰 쑹 탕 펑 덩 쩡 톈 둥 후 량 천 류 장 양 자 가 차 샤".split())
VIETNAMESE_SURNAMES = frozenset("응우옌 쩐 레 팜 호앙 후인 판 부 보 당 부이 도 호 응오 즈엉 브엉 찐 딘 마이 또 람 도안 카오 까오 뜨 보 "
                                "응웬 응우엔 누엔 휜 쯔엉 르엉".split())  # (the other spellings of Nguyễn, Huỳnh; Trương, Lương)

#: A government spoken of with its particle (``시는``, ``군이``, ``측은``): never part of a foreign name after it.
ANAPHOR_SUBJECT = re.compile(r"시는|시가|군은|군이|구는|구가|측은|시에서|군에서|구에서")
#: (not 구도 or 시가 alone: Japanese surnames such as 구도, 시가 look like them)

#: Words shaped like no name before a title: a descent (``한국계 주지사``, ``일본계 의원``) or countries paired by a dot
#: or a hyphen (``한·프 의원``, ``한-몽 협회장``)
NOT_A_NAME_RE = re.compile(r"(?:한국|한인|일본|중국|미국|재미|재일|재중|재외|러시아|베트남|몽골|고려|조선|아시아|아프리카|"
                           r"히스패닉|라틴)계|[\uac00-\ud7a3][·ㆍ\-][\uac00-\ud7a3](?:[·ㆍ\-][\uac00-\ud7a3])*")
#: Words that are never a person's name although they stand before a title.
PERSON_STOP = frozenset("""선생님 선생 직무대리 주재 매니저 부매니저 디렉터 코디네이터 가운데 간담 면담 참가 참석 방문 예방 접견 환담 협의 논의 등이다 서한 서한문 친서 축전 축하메시지 축하서한 메시지 영상메시지 축사 인사말 기념사 환영사 인민위 상무위 상임위 인민대표상임위 인민대표상무위 인대상무위 인대상임위 이들 그들 저희 당시 기간 방중 방미 방일 방러 방한 방북 방몽 방베 방독 방불 방영 오는 지난 이번 현지 신임 전임
첫날 이튿날 다음날 둘째날 셋째날 마지막날 지난달 지난해 이달 다음달 올해 금년 작년 내년 이듬해 그해 다음해 그다음해 이듬달 그달 지난주 이번주 다음주 이번달 전년 전년도 익년 비롯 비롯해 비롯한 비롯하여 직무대행 권한대행 인민정부 인민대표대회 인민대표회 인민대표회의 인민회의 정부 시정부 외사판공실 판공실 공동 명예 초대 역대 차기 각국 각 양 두 모든 해당 관련 관계 소속 담당 주무 전직 현직 당선인 당선자
말 초 중순 초순 하순 상순 말께 초께 연말 연초 월말 월초 주한 주일 주중 주미 간 명예시민 명예군민 명예구민 명예도민 명예시장 명예군수
날 같은 그날 당일 전날 겸 고려인 한인 교민 교포 동포 재외동포 화교 명의로 명의의 명의 다음 내달 달 금주 내주 연내 올해안
주신 오신 하신 계신 가신 보신 와주신 해주신 찾아주신 보내주신 취임 취임후 부임 재임 퇴임 이임
동안 직후 직전 이후 이전 도중 무렵 외에 외에도 밖에 씨 씨와 씨는 씨가 씨를 씨의 님 님과 님은
한국어 영어 중국어 일본어 베트남어 러시아어 몽골어 태국어 독일어 프랑스어 스페인어 우즈베크어 인도네시아어 타갈로그어 아랍어
자매결연 우호결연 친선결연 자매도시 우호도시 우호교류 교류 협약 협정 결연 대신 대리
여러분 일동 협회 재단 연합회 협의회 한인회 상공회의소 연맹 조합 당위 성당위 시당위 현당위 당위원회 카운티 카운티의 타운십 자치구 자치주 미주 재미 재일 재중 북미 남미 중남미 유럽 재외""".split())
#: (지난달 말 김가온 시장, 나카무라 료 주한 일본대사, 시의원 간 자유토론, 니시무라 겐 명예시민: a time, an envoy's
#: posting, 'between' and an honour, never part of a name; 같은 날 박도윤 부시장, 시장 명의로 서한을: a day, a letter
#: sent in an office's name; 다음 달 우스키시 시장: a time, no name of an unnamed mayor; "찾아 주신 의장님께", 시장
#: 취임 후: an honorific verb form or a taking of office, no name; 방문 기간 동안 박 의장, 회의 직후 박형준 시장, 분미 씨와
#: 이철우 도지사, 최 의장 외에도 이성배 의원: a span of time, a word after a name, never part of the next name;
#: 한국어 강사: a language, no name)

#: parties that stand between a country and a body they run (베트남 공산당 중앙위원회): never a person's name
PARTY_WORDS = frozenset("""공산당 노동당 인민당 국민당 민주당 공화당 인민혁명당 노동자당 집권당 국민의힘 더불어민주당 정의당
조국혁신당 개혁신당 진보당 국민의당 자유한국당 새누리당 한나라당 바른미래당 민주평화당 무소속""".split())

#: A council member's party and seat (or anyone's age and sex) in brackets after the name, then the title (``박정수(국민의힘·수원3) 의장``,
#: ``홍정석(민·비례) 부회장``, ``서희봉(국민의힘. 김해 2) 회장``): parties written whole or by their first syllable
PARTY_SEAT = re.compile(r"(?<![\uac00-\ud7a3])(?P<name>[\uac00-\ud7a3]{2,6})\s?(?P<note>\((?:" + "|".join(sorted(PARTY_WORDS, key=len, reverse=True))
                        + r"|더민주|민주|민|국|정|무|진|개|조)\s*[·ㆍ.,]\s*[^()]{1,12}\)"
                        # (an age and a sex instead: 박서진(42·여) 관광과 주무관, 한도윤(42) 과장)
                        + r"|\((?:[\u4e00-\u9fff]{2,4}\s*[·ㆍ,]\s*)?\d{2}(?:\s*[·ㆍ,]\s*[남여])?\)|\([남여]\s*[·ㆍ,]\s*\d{2}\)"
                        # (a civil servant's grade instead: 김인수(행정7급) 공무원이)
                        + r"|\([\uac00-\ud7a3]{0,6}\d{1,2}급\))\s?"
                        r"(?P<title>[\uac00-\ud7a3-]{1,14})")
#: (the name's characters may come first: ``쉬단(徐丹·40·여) 셴닝시 인민정부 공상업연합회 부주임``)
AGE_NOTE = re.compile(r"\((?:[\u4e00-\u9fff]{2,4}\s*[·ㆍ,]\s*)?\d{2}")

#: Words between a city and a person that still make the city the person's body:
#: ``울란바토르시'는 체.바트바야르 시장``, ``바이양걸구 대표단은 부르마 발도르즈 부의장``.
#: a delegation's noun, perhaps with its purpose before it (``우호교류단``, ``친선방문단``, ``대표단``)
PURPOSED_DELEGATION = r"(?:우호|친선|국제|청소년|경제|문화|체육)?(?:대표단|방문단|사절단|교류단)"
CITY_TO_PERSON_LINK = re.compile(
    r"^[\s'\"‘’“”]*(?:시|군|구)?(?:의|는|은|도|에서는|에서도|에서|에서 온|측)?[\s'\"‘’“”]*"
    rf"(?:(?:{PURPOSED_DELEGATION}|축하사절단|일행|대표단의|방문단의)"
    r"(?:은|는|의|을|이)?\s*)?$")  # (치즈정 우호교류단은, 친선방문단은: a delegation named with its purpose)
#: a delegation named with its city as a sentence's topic (``치즈정 우호교류단은``, ``나가노시 방문단은``): the text after
#: the city, up to the topic's particle
DELEGATION_TOPIC = re.compile(rf"(?:시|군|구|정)?\s*{PURPOSED_DELEGATION}(?:은|는)\s")
#: a sentence that tells what a delegation is made of (``… 등 5명으로 구성됐다``, ``… 등 9명이다``)
DELEGATION_COUNTED = re.compile(r"등\s*(?:총\s*)?\d+\s*명(?:으로\s*(?:구성|꾸려|이뤄|이루어)|이다|이며|이고|이었다)")
#: the titles of a firm's heads: a firm's name before one of them is its body
FIRM_HEAD_TITLES = frozenset({"대표", "대표이사", "사장", "부사장", "회장", "부회장", "전무", "상무", "이사", "공동대표"})
#: a word ending in a case or topic particle: no word of a name glossed after it
CASE_ENDED_WORD = re.compile(r"(?:에는|에서|에게|으로|께서|는|를|을|에)$")

#: Words between a city visited and the name of the head met there (``친황다오시를 방문해 장루이슈 시장과``)
VISITED_TO_PERSON_LINK = re.compile(r"^[를을] (?:방문해|방문하여|찾아) $")

#: How two name–title pairs are joined in a list: ``A 시장과 B 의장``, ``A 지사, B 부지사``, ``A·B``,
#: ``A 국장을 비롯한 B 처장``: the words after the first title.
PAIR_JOINERS: tuple[str, ...] = ("과", "와", "을 비롯한", "를 비롯한", "을 비롯해", "를 비롯해", "을 비롯하여", "를 비롯하여",
                                 "을 단장으로", "를 단장으로")
#: a party's name written before a councillor's title (``A 국민의힘 대표의원``, ``B 더불어민주당 의원``, ``C 무소속 의원``)
PARTY_NAME = r"(?:[\uac00-\ud7a3]{1,8}당|국민의힘|무소속)"
PAIR_BETWEEN = re.compile(r"^(?:\s?\([A-Za-zÀ-ÿ\u0100-\u017f'\-. ]{2,40}\))?\s*(?:" + PARTY_NAME + r"\s)?([\uac00-\ud7a3]*?)(?:" + "|".join(PAIR_JOINERS) + r")?\s*[,·ㆍ]?\s*(?:및\s*)?"
                          r"(?:[\uac00-\ud7a3]{2,12}(?:국|처|판공실|사무소|개발구|위원회)\s+)?$")
#: (the last group: a bureau of the same government before the next officer: ``A 국장, 수산국 B 국장``; the name may
#: be glossed in Latin letters first: ``A(Anar.B) 위원장과 B(Bold.T) 위원장``, the title led by a party,
#: ``A 인민당 원내대표를 단장으로 B 위원장``, ``A 국민의힘 대표의원, B 의원``: the delegation's members after its head)

#: Titles (by ending) of officers who share the body of the pair they are listed after: a council's chair and
#: members, a government's mayor and heads of division. A professor or a company head listed after a mayor does not.
INHERIT_TITLE_ENDINGS: tuple[str, ...] = ("시장", "군수", "구청장", "구장", "지사", "의장", "의원", "위원장", "국장", "과장",
                                          "처장", "실장", "팀장", "청장", "성장", "서기", "정장", "촌장", "담당관",
                                          "협력관", "대표", "주임")
#: Endings of words that are places below a city (읍, 면, 동) or units of a government (임업국, 외사판공실,
#: 대표처, 무역사무소, 교류위원회), never part of a foreign name (``대마면 번영회장``, ``교통국 주해명 국장``).
NAME_PART_STOP_ENDINGS = re.compile(r"^[\uac00-\ud7a3]{2,}(?:읍|면|동|국|처|과|팀|실|계|판공실|사무소|위원회|개발구|"
                                    r"지부|지사|지점|지회|지청|본부|분회|중앙회|연합회|협회|정부|선수권|대회|축제|박람회)$")
# (아산시지부: a branch; 완즈후샹정부: a township's government; 수상스키선수권 대회장: an event's venue or head, no name)

#: a duty written before a title (``경제담당 부시장``, ``외사 담당 부시장``, ``교류업무 주무관``): never a name
DUTY_WORD = re.compile(r"^[\uac00-\ud7a3]*(?:담당|전담|업무|분야)$")

#: a middle initial inside a foreign name written in Hangul (오데드 M. 다니얼)
LATIN_INITIAL = re.compile(r"[A-Z]\.")

#: the words that close or join a list, alone or with a particle (등, 등은, 외에): never part of a name
LIST_WORD = re.compile(r"^(?:등|및|외)(?:은|는|이|가|을|를|의|과|와|에|에게|도|으로|로)?$")

#: Facilities and places, never a personal name though they may start with a surname (박물관, 공원):
#: the whole word or its ending
FACILITY_ENDINGS = re.compile(r"(?:박물관|미술관|기념관|전시관|회관|도서관|체육관|문화관|발전관|홍보관|센터|공원|시설|광장|청사|"
                              r"공로자|수상자|참석자|관계자|기념식수)$")

#: places whose nouns end like a glued title (운동+장 reads as 동장 of a 운동): never a title word
VENUE_NOUNS_ENDING_LIKE_TITLES = ("운동장", "경기장", "공연장", "주차장", "연습장",
                                  # exhibition halls named by their kind (not 전시장 alone: 대전+시장, 선전+시장)
                                  "국제전시장", "무역전시장", "상설전시장", "야외전시장", "특별전시장", "기획전시장",
                                  "종합전시장", "산업전시장", "박람회전시장")
#: a position in a photograph written in the brackets after a titled name (``(오른쪽)``, ``(왼쪽 두번째)``)
PHOTO_POSITION = re.compile(r"(?:앞줄|뒷줄|사진|맨)?\s?(?:왼쪽|오른쪽|가운데|중앙|좌측|우측|첫\s?번째|두\s?번째|세\s?번째)")
#: A note in brackets after a name that says nothing of the person's post, so the name still stands next to its title:
#: a place in the photograph (``(오른쪽)``, ``(앞줄 왼쪽 두번째)``), a party and seat (``(민주당)``, ``(국민의힘·수원3)``,
#: ``(녹색당)``), an age (``(46)``), the name's Chinese characters (``(鄭宇鎭)``) or its Latin letters
#: (``(Kim Chul-soo)``). ``크리스 파커(오른쪽) 브레아시장``, ``A(민주당), B(무소속) 의원``.
ASIDE_NOTE = (r"(?:(?:앞줄|뒷줄|사진|맨)\s?)?(?:왼쪽|오른쪽|가운데|중앙|좌측|우측)(?:\s?(?:부터\s?)?(?:첫|두|세|네|다섯|[1-9])\s?번째)?"
              r"|(?:" + "|".join(sorted(PARTY_WORDS, key=len, reverse=True)) + r"|[\uac00-\ud7a3]{1,8}당)"
              r"(?:\s?[·ㆍ.]\s?[^()\s]{1,8})?"
              r"|\d{1,3}세?(?:·[남여])?|[\u4e00-\u9fff]{2,4}"
              r"|[A-Z][A-Za-z'\-]+(?:[ -][A-Z][A-Za-z'\-]+){1,4}")
#: after a city's name: its officials or its delegation, whom a titled person named before leads (``박가온 부시장을 비롯한
#: 야마토시 관계자``)
CITY_GROUP_AFTER = re.compile(rf"(?:의)?\s*(?:{CITY_GROUP_WORDS})")
#: the titles of a body's head, who leads its members (``회장을 비롯한 … 협회 회원``): no envoy's, mayor's or lawmaker's
BODY_HEAD_TITLES = frozenset("회장 부회장 단장 부단장 이사장 대표 위원장 원장 관장 사무국장 사무총장 총장 감독 지부장 센터장".split())
#: the nouns of a delegation, the group a head's name in brackets belongs to (``화방현 대표단(…)``)
DELEGATION_NOUNS = r"(?:대표단|방문단|사절단|교류단|일행)"

#: A province or region written before a foreign name of two or more words (``부하라주 보투르 주라예프 주지사``).
LEADING_PLACE_WORD = re.compile(r"^[\uac00-\ud7a3]{2,}(?:주|성|현|도|시|시티)$")

#: A city written right before the title, after a foreign name (``라미레스 멕시코시티 시장``): not part of the name.
TRAILING_PLACE_WORD = re.compile(r"^[\uac00-\ud7a3]{2,}(?:시티|시)$")

#: Districts named with one syllable: ``중구청장`` is the head of 중구.
ONE_SYLLABLE_DISTRICTS = frozenset("중 동 서 남 북".split())
#: A place written before a title that no gazetteer may know (``모라비아-실레지아주 주지사``, ``징안구 왕화``).
#: A hyphenated word right before a governor's or mayor's title is a region too (``모라비아-실레지아 주지사``).
PLACE_BEFORE_TITLE = re.compile(r"^(?:[\uac00-\ud7a3]{2,}(?:-[\uac00-\ud7a3]{2,})*(?:주|성|현|도|시|군|구|시티)|"
                                r"[\uac00-\ud7a3]{2,}(?:-[\uac00-\ud7a3]{2,})+)$")

#: Titles held in a university: a short university name before them is the body (``케임브리지대 교수``).
ACADEMIC_TITLES: tuple[str, ...] = ("교수", "총장", "부총장", "학장", "연구원", "강사")
#: A university written short: ``케임브리지대``, ``델라웨어대``, ``숭실사이버대`` (three syllables or more).
UNIVERSITY_SHORT = re.compile(r"^[\uac00-\ud7a3]{2,10}대$")
#: A Latin acronym standing for an organisation: ``UN``, ``ICLEI``, ``UCLG``.
LATIN_ACRONYM = re.compile(r"[A-Z]{2,8}")
#: Titles of an organisation's officers (an acronym or a glossed name before them is the body).
ORG_OFFICER_TITLES: tuple[str, ...] = ("사무총장", "사무차장", "사무국장", "회장", "부회장", "총재", "이사장", "대표",
                                       "소장", "원장", "본부장", "국장", "지부장", "위원장", "주임위원", "주임", "비서장")

#: A Chinese government body glued before its head's title: ``인민정부시장`` (the people's government's mayor),
#: ``시정부 부시장``; the title is the head's, the city is named before it
GOVERNMENT_BEFORE_TITLE = re.compile(r"^(?:시인민정부|인민정부|시정부)(?=(?:부|상무부|제1부)?(?:시장|성장|현장|구장)$)")
#: Honorifics written after a title (``시장님``), dropped before the title is read.
TITLE_HONORIFIC = re.compile(r"님$")

#: Titles that name the same office in short form (``송 지사`` for ``송하진 전북도지사``).
TITLE_EQUIV: dict[str, str] = {"도지사": "지사", "주지사": "지사", "시의회 의장": "의장", "군의회 의장": "의장",
                               "구의회 의장": "의장", "도의회 의장": "의장"}

#: Titles a single foreign name may carry (``푸싯쏨찟 주지사``): offices a common noun never precedes.
FOREIGN_SINGLE_TITLES = frozenset({"주지사", "대사", "총영사", "총리", "대통령", "주석", "당서기", "서기장", "당서기장", "인민위원장",
                                   "상임부위원장"})
#: Titles a single foreign name carries only right after a foreign city (``오스틴시 아들러 시장``): 시장 is also a market.
FOREIGN_SINGLE_AFTER_CITY = frozenset({"시장", "부시장", "의장", "부의장", "성장", "부성장", "지사", "부지사", "군수", "부군수",
                                       "구청장", "부구청장",
                                       # (a Chinese city's officers: 웨이하이시 리우샤오밍 부주석, … 주임, … 서기)
                                       "부주석", "주임", "부주임", "서기", "부서기", "국장", "부국장", "처장", "비서장"})
#: What stands between an officer listed before and the next name of the list: the first one's title (glued to its
#: place or not) and a comma or 와/과 (``바트 만달군수, 간바트 부군수``, ``아들러 시장과 간바트 부시장``)
LISTED_MATE_GAP = re.compile(r"\s?(?:[\uac00-\ud7a3]{1,10}\s){0,1}[\uac00-\ud7a3]{1,10}(?:,\s?|(?<=[^\s,])(?:와|과)\s)")
#: a body with its head in brackets, the title then the name, with or without a colon (``강원외고(교장:주원섭)``,
#: ``요나고고(교장: 다나카 히로시)``, ``가온협회(회장 김가온)``)
BODY_HEAD_IN_BRACKETS = re.compile(r"(?<![\uac00-\ud7a3A-Za-z0-9])(?P<body>[\uac00-\ud7a3A-Za-z0-9·]{2,20})\((?P<title>[\uac00-\ud7a3]{1,8})"
                                   r"\s*[:：]?\s*(?P<name>[\uac00-\ud7a3]{1,5}(?: [\uac00-\ud7a3]{1,5}){0,2})\)")
#: the endings of a school's name written short (``강원외고``, ``요나고고``, ``한빛여중``, ``가온초``): a school when its head
#: is named in brackets after it
SCHOOL_SHORT_END = re.compile(r"(?:고|여고|외고|과학고|예고|중|여중|초|고교|대)$")
#: a city hall's staff titles, with the department glued to them or not (``행정과장``, ``국제교류팀장``, ``주무관``)
STAFF_TITLE = re.compile(r"[\uac00-\ud7a3]{0,10}(?:과장|팀장|계장|실장|국장)|주무관|[\uac00-\ud7a3]{2,8}담당관")
#: the same titles written alone, which name the city's staff only after a department word (``행정과 김민수 과장``)
STAFF_TITLES_ALONE = frozenset({"과장", "팀장", "계장", "실장", "국장"})
#: a city hall's department written before a name (``기획예산과``, ``의회사무과``, ``국제교류팀``, ``자치행정국``)
CITY_DEPARTMENT_WORD = re.compile(r"[\uac00-\ud7a3]{2,10}(?:과|팀|국|실|담당관실)")
#: a clause saying where people came from, before them (``만달군에서 온``, ``본국에서 파견된``)
CAME_FROM = re.compile(r"에서\s*(?:온|오신|찾아온|파견된|파견돼|파견 온)\s")
#: The titles a two-syllable foreign name (``우한시 후밍 시장``, ``리창 부시장``) carries right after its city; a
#: district's or county's head is left out, since a district's short name is written there too (차오양 구청장).
SHORT_FOREIGN_TITLES = frozenset({"시장", "부시장", "성장", "부성장", "당서기", "서기"})
#: A name glossed in Latin letters before its title: ``부르마 발도르즈(Burmaa Baldorj) 부의장``.
ROMANISED_NAME = re.compile(r"(?<![\uac00-\ud7a3])((?:[\uac00-\ud7a3]{1,6} ){0,4}[\uac00-\ud7a3]{1,6})\s?\(([A-ZÀ-Þ\u0100-\u017f][A-Za-zÀ-ÿ\u0100-\u017f'\-]*"
                            r"(?:\.[A-Z][a-z]?)?"  # (Sukhbaatar.B, Mendbayar.Ch: a Mongolian patronymic initial after the name)
                            r"(?: [A-ZÀ-Þ\u0100-\u017f][A-Za-zÀ-ÿ\u0100-\u017f'\-.]*){0,4})(?:\s?[•·ㆍ,]\s?(?:남|여))?\)\s?"
                            r"(?=(?:(?P<place>[\uac00-\ud7a3]{2,10}(?:주|성|현|도|시|군|구)) )?(?P<title>[\uac00-\ud7a3]{1,10}))")
#: a name written in Latin letters only, then a Korean title (``산후안시 Ildebrando D. SALUD 신임 시장``, ``Anthony
#: Marasigan 부시장``): two to four words, the first a capitalised word (no acronym), initials allowed inside
LATIN_NAME_TITLE = re.compile(r"(?<![A-Za-z.\-])(?P<name>[A-ZÀ-Þ][a-zà-ÿ'\-]+(?: (?:[A-Z]\.|[A-ZÀ-Þ][A-Za-zÀ-ÿ'\-]+)){1,3})"
                              r" (?:(?:신임|전|현|초대|제\d+대) )?(?P<title>[\uac00-\ud7a3]{1,10})")
#: English words of a body's name: a Latin name holding one is a body's (``Seoul National University 총장``)
ORG_HEADS_LATIN = frozenset("University College Bank Company Corporation Group Association Council Committee Foundation "
                            "Institute Center Centre School Chamber Society Club Office Ministry Agency Hospital Museum "
                            "Inc Ltd Co Airlines Hotel Network Federation Union Fund International National Cities City "
                            "County Province Government Department Sister Motors Clinic Team Energy Korea Airlines "
                            "Electronics Systems Technologies Technology Industries Holdings Partners Bureau Service "
                            "Services Station Port Airport".split())
#: what marks a Latin-letter name as a person's: an initial (``Ildebrando D. SALUD``) or a surname in capitals
LATIN_PERSON_MARK = re.compile(r"\b[A-Z]\.(?:\s|$)|^\S+\s+\S+\s+[A-Z]{3,}$")
#: (an initial anywhere, or a third word in capitals: not ``Samsung SDI``, ``Hanwha QCELLS``)
#: a title with the copula's 인 (who is), then the name with its particle (``성장인 경준해는``, ``시장인 김가온과``)
COPULA_TITLE_NAME = re.compile(r"(?<![\uac00-\ud7a3])(?P<title>[\uac00-\ud7a3]{1,10})인 "
                               r"(?P<name>[\uac00-\ud7a3]{2,4})(?:은|는|이|가|을|를|과|와)(?![\uac00-\ud7a3])")
#: the one-syllable names of nations that open a body's name for two of them (``한-베트남친선의원연맹``, ``한중``)
NATION_SHORTS = frozenset("한 한국 중 일 미 러 몽 베 독 불 영 호".split())
#: a name joined to its title by ``·`` in a bracketed list (``(지혜원·행정7급, 안정은·행정7급)``)
NAME_DOT_TITLE = re.compile(r"[(,]\s*(?P<name>[\uac00-\ud7a3]{2,4})·(?P<title>[\uac00-\ud7a3]{1,8}[0-9]?[\uac00-\ud7a3]?)"
                            r"(?=\s*[,)])")
#: a civil servant's grade with its service (``행정7급``, ``지방녹지7급``, ``시설6급``): said as the post
CIVIL_SERVICE_GRADE = re.compile(r"(?:지방)?[\uac00-\ud7a3]{1,4}[1-9]급")
#: a political party's name written between a glossed name and the title (``인민당 원내대표``, ``공화당 의원``)
PARTY_WORD = re.compile(r"[\uac00-\ud7a3]{1,8}당")
#: (the title is looked at, not taken: in ``A(Anar.B) B(Bold.D) 시의원`` the second name is tried after the first)

# --- organisations -----------------------------------------------------------------------------------------

#: Organisation heads beyond the shared suffixes: performing troupes, business groups, foreign bodies.
ORG_HEADS: dict[str, tuple[str, ...]] = {
    "troupe": ("예술단", "연주단", "연희단", "시범단", "풍물패", "연희패", "놀이패", "서커스단", "곡예단", "잡기단", "공연단", "국악단", "합창단", "무용단", "교향악단", "관현악단", "오케스트라", "풍물단", "농악단",
               "극단", "소년소녀합창단", "악단", "밴드", "댄스팀", "무용팀", "공연팀", "합창팀", "응원단", "취타대", "사물놀이패"),
    "business": ("기업인회", "경제인회", "상공인회", "상인회", "한인회", "번영회", "청년회의소", "경제인협회",
                 "기업인협의회", "상공회", "로터리클럽", "라이온스클럽"),
    "foreign_body": ("뷰로", "컨벤션뷰로", "관광청", "전시청"),
    # a town's sports team, read as its troupes are (``스미다구 어린이축구단``, ``안산시 유소년 축구단``)
    "team": ("축구단", "야구단", "농구단", "배구단", "축구팀", "야구팀", "농구팀", "배구팀", "유소년팀", "축구클럽", "선수단"),
}
#: a place's chamber of commerce written short (``제주상의``, ``日시모노세키상의와``; not ``세상의``, ``이상의``: the
#: word before 상의 must be a place; nor a sea, ``동해상의 기상``, ``남해상의 어업``: on the sea): read as ``X상공회의소``
CHAMBER_SHORT = re.compile(r"^(?:[日中美韓]\s?)?(?P<p>[\uac00-\ud7a3]{2,8})(?<!해)상의"
                           r"(?:는|은|가|와|과|의|에서는|에서|를|을|도|로|측)?$")
#: the nation's own chamber written short (``대한상의``)
CHAMBER_SHORT_NATIONAL = frozenset({"대한"})
#: a body's head written short, and in full (``명지대`` for ``명지대학교``): the two names are one body
SHORT_HEADS: tuple[tuple[str, str], ...] = (("대", "대학교"), ("대학", "대학교"), ("여고", "여자고등학교"),
                                            ("고", "고등학교"), ("중", "중학교"), ("초", "초등학교"))
#: Heads that name an organisation even standing alone (``기업인회 주최로``).
ORG_BARE_OK = frozenset({"기업인회", "경제인회", "상공인회", "한인회"})
#: Troupe stems too generic to name one (``국악공연단``, ``축하공연단``); a quoted name after them does.
GENERIC_TROUPE_STEMS = frozenset("국악 축하 전통 민속 청소년 어린이 시립 도립 군립 구립 문화 예술 공연 취타 농악 풍물 시민 학생 서커스 곡예 잡기 "
                                 "유소년 여자 남자 대표".split())
#: A troupe named in quotes after its kind: ``국악공연단 '해랑'``, ``합창단 "하모니"``.
QUOTED_TROUPE = re.compile(r"(?:" + "|".join(sorted(ORG_HEADS["troupe"], key=len, reverse=True)) +
                           r")\s*['‘\"“「『](?!\s*(?:와|과|및|이|가|은|는|을|를|의|도)?\s*['’\"”」』])"
                           r"([\uac00-\ud7a3A-Za-z0-9][\uac00-\ud7a3A-Za-z0-9 ]{0,19})['’\"”」』]")
#: (not the gap between two quoted names, ``'A 빅밴드' 'B'``, ``'A 빅밴드'와 'B'``: a particle or a space is no name)
#: an officer of a government's exchange office (``국제협력담당관``, ``국제교류과장``, ``대외협력팀장``): with a Korean name
#: and no body written, an officer of the article's own city
EXCHANGE_OFFICE_TITLE = re.compile(r"^(?:국제|대외|통상|교류|협력|글로벌|해외)[\uac00-\ud7a3]{0,6}(?:과장|팀장|담당관|국장|실장|주무관|계장)$")
#: after a name, its title made the head of a delegation (``왕리밍 부시장을 단장으로 한``)
LEADS_DELEGATION_AFTER = re.compile(r"\s*[\uac00-\ud7a3]{1,10}(?:을|를)\s*단장으로\s*(?:한|하는|삼은|해)")
#: a delegation's word right after its city (``린이시 대표단``, ``다카마쓰 방문단``), anywhere in a sentence, and the
#: staff of a city right after it (``… 등 김해시 관계자들``: the host's people closing a list)
DELEGATION_AFTER_CITY = re.compile(rf"(?:시|군|구|성|현|주)?\s*(?:{DELEGATION_WORDS})")
DELEGATION_WORD = re.compile(DELEGATION_WORDS)
CITY_STAFF_AFTER = re.compile(rf"(?:시|군|구)?\s*(?:{CITY_STAFF_WORDS})")
#: the word of a troupe's leader or member after its name (``리옹 오케스트라 지휘자``): the name before is a person's
TROUPE_PERSON_AFTER = re.compile(r"(?:지휘자|단장|감독|대표|단원|악장)")
#: between two officers of one list: the first one's place and title, a comma (``옌청시 부시장, ``)
LISTED_OFFICER_GAP = re.compile(r"\s*(?:[\uac00-\ud7a3]{1,12}\s+){0,2}[\uac00-\ud7a3]{1,10}\s*,\s*")
#: given names abroad written as a Korean word of a group (``팀 로저스``: Tim, not a team): a name word before another
GIVEN_NAMES_LIKE_NOUNS = frozenset({"팀"})
#: groups of people, not fields of a body (``청소년과 시민협회``: youth and the citizens' association)
PEOPLE_GROUP_FIELDS = frozenset("청소년 시민 주민 학생 어린이 여성 노인 청년".split())
#: troupe heads written apart after a town abroad (``프라이부르크 합창단``), and the words of its members between
SPACED_TROUPE_HEADS = frozenset({"합창단", "교향악단", "관현악단", "오케스트라", "무용단", "예술단", "합주단", "소년합창단", "악단",
                                 "공연단", "취주악단", "밴드"})
TROUPE_MEMBER_WORDS = frozenset({"청소년", "소년", "소년소녀", "어린이", "시립", "시민", "여성", "남성", "대학생", "학생"})
#: two fields sharing one body's head after a city (``대전시 태권도 및 우슈협회``, ``춘천시 축구·배구협회``; not with 과,
#: ``관광과 호텔협회``: an office, then a body)
SHARED_HEAD_BODIES = re.compile(r"(?<![\uac00-\ud7a3])(?P<city>[\uac00-\ud7a3]{1,8}(?:시|군|구))\s+(?P<field>[\uac00-\ud7a3]{2,5})"
                                r"\s*(?:및|·|,)\s*[\uac00-\ud7a3]{2,5}(?P<head>협회|연맹|연합회|클럽|동호회)"
                                r"(?![\uac00-\ud7a3]{2})")
#: Offices of a government written after it: ``전북도 국제협력과``, ``광명시 국제교류팀`` (followed by , or ) or 는/에서).
OFFICE_WORD = re.compile(r"^([\uac00-\ud7a3]{2,8}(?:협력과|교류과|통상과|협력팀|교류팀|협력관실|교류담당관실|교류센터|협력국|통상국|외사과|외사판공실|판공실|외무국|외사국|외사처|외사판공청))"
                         r"(?:는|은|에서|가|이|를|을|의|와|도|에|에서는)?$")
#: the staff of an office written bare after it (``김해시 국제협력과 직원들``; not ``국제협력과 교류``: cooperation and exchange)
OFFICE_STAFF_AFTER = re.compile(r"^(?:직원|공무원|관계자|과장|팀장|국장|주무관|담당)")
#: an office's head named after it, a name between (``하띤성 외무국 응웬 반 남 국장``): the office is a body
OFFICE_HEAD_AFTER = re.compile(r"(?:부)?(?:국장|과장|처장|주임|팀장|실장|관장)")
#: A Latin-letter organisation glossed in Hangul: ``ICLEI(이클레이)``, ``UCLG ASPAC(세계지방정부연합 …)`` (a second
#: word only in capitals, so that a two-word place name such as ``Da Lat(달랏)`` is not taken).
LATIN_ORG_GLOSS = re.compile(r"(?<![A-Za-z]\s)\b([A-Z][A-Za-z&]{1,11}(?: [A-Z][A-Z&]{1,11})?)\s*\(([\uac00-\ud7a3][\uac00-\ud7a3 ·․ㆍ]{1,40})\)")
#: Words before a bare organisation head that make it a foreign organisation's name (``오스틴 아시안 상공회의소``):
#: up to this many particle-less words, the first a city or country.
FOREIGN_ORG_LEAD_WORDS = 2
#: Heads that take such a lead (a bare head names no one alone).
LEAD_HEADS = ("총영사관", "영사관", "대사관", "상공회의소", "상공회", "한인회", "협회", "재단", "대학교", "대학", "위원회", "협의회", "연합회", "기업인회")

#: A word before an organisation's name that is part of it: a Latin acronym (``VSB 공과대학``) or the body
#: the organisation belongs to (``국회 환경노동위원회``).
ORG_LEAD_WORD = re.compile(r"^(?:[A-Z][A-Z&]{1,5}|국회|유엔|미주|재미|재일|재중|북미|남미|중남미|유럽|재외)$")
#: (a region the body's members live in leads its name: ``미주 소상공인협회``, ``재일 한국인연합회``)
#: A place's level word written apart from its name, before an organisation's name (``몽고메리 카운티 한인회``,
#: ``메릴랜드 주 국제개발센터``): the place's two words lead the organisation's name.
SPACED_LEVEL_WORDS = frozenset({"카운티", "주", "현", "성", "지구", "시", "군", "구"})
#: A country's mission abroad, named by the post (``주X``), the sending country and its kind, spaced or not:
#: ``주니가타 대한민국 총영사관``, ``주시카고 총영사관``, ``주한 미국대사관``, ``주오사카총영사관``.
_MISSION_KINDS = r"총영사관|영사관|대사관|영사사무소|대표부|한국문화원|한국교육원"
MISSION = re.compile(rf"(?<![\uac00-\ud7a3])주(?P<post>(?:(?!{_MISSION_KINDS}|대한민국|한국)[\uac00-\ud7a3]){{1,8}})"
                     rf"(?:\s(?P<sender>[\uac00-\ud7a3]{{2,6}}?)\s?|\s|(?P<glued>대한민국|한국))?(?P<kind>{_MISSION_KINDS})")
#: A school written short (``단월중``, ``옥천초``, ``양평고``, ``수원여고``): a school when paired with another school.
SCHOOL_SHORT = re.compile(r"[\uac00-\ud7a3]{2,6}?(초|중|고|여중|여고|공고|상고)")
#: A body's name of short words joined by dots (``한·일친선협회``, ``전국시장·군수·구청장협의회``).
DOTTED_BODY = re.compile(r"[\uac00-\ud7a3]{1,6}(?:·[\uac00-\ud7a3]{1,6}){0,3}·[\uac00-\ud7a3]{3,12}")
#: after levels joined by dots, the association of their heads (``시·도지사협의회``, ``시·군의회의장협의회``)
LEVELS_HEADS_BODY = re.compile(r"(?:도|군|구)?(?:의회)?(?:지사|의장|시장|군수|구청장|교육감|단체장)(?:협의회|연합회|협회)")
#: A place written before a bare council (``사하구 의회``, ``시마네(島根)현 의회``): the council is the place's.
COUNCIL_PLACE_WORD = re.compile(r"^(?!(?:도시|당시|동시|전시|지구|지방|각국|양국|양도시|해외도시)$)"  # (양 도시 의회: no place)
                                r"[\uac00-\ud7a3]{1,8}(?:\([\u4e00-\u9fff]{1,6}\))?[\uac00-\ud7a3]{0,3}(?:시|군|구|도|현|성|주|부)$")
#: Words that name a city's government itself, between the city and an officer's name
#: (``남녕시 인민정부 소지강 부시장``); bureaus and offices are matched by their endings (NAME_PART_STOP_ENDINGS).
#: a Chinese people's assembly, one of the government units: a body of its own, that its chair heads (``오덕증 인민대표회
#: 의장``), when no city is written before it
ASSEMBLY_UNITS = frozenset("인민대표대회 인민대표회 인민대표회의 인민회의".split())
GOVERNMENT_UNITS = frozenset("인민정부 인민위원회 인민위 시정부 정부 시청 시당위원회 당위원회 정협".split()) | ASSEMBLY_UNITS

#: the body that reports the sentence at its end: ``… 대표단을 맞이했다고 보령시의회가 밝혔다`` (its officers'
#: bare titles in the sentence are its own)
REPORTED_BY = re.compile(r"(?:다|했|었|였)고\s+(?P<body>[\uac00-\ud7a3]{2,20}?)(?:가|이|는|은)\s+"
                         r"(?:밝혔|전했|알렸|설명했)다\.?\s*$")


#: the end of a Japanese surname that Kiwi reads as a proper noun and the particle 와 (나미카/와, 구로사/와:
#: 川 kawa, 沢 sawa); only after a proper noun, so 관계자와, 회사와 stay a noun and its particle
JAPANESE_WA_SURNAME = re.compile(r"[\uac00-\ud7a3][카가사자하타]와$")

#: the side of a city a person speaks or sits for, between the city and the name (``취안저우시 측에서는 천밍 부시장``)
SIDE_OF_CITY = re.compile(r"(?:시|군|구)?\s?(?:측|쪽)(?:에서는|에서|에선|에서도)")  # (not 측은 … 시장에게: an object)

#: an envoy's posting written before the title (``주한 일본대사``): part of the title's phrase, never of the name
ENVOY_POSTINGS = frozenset("주한 주일 주중 주미 주러 주독 주불 주영 주호 주캐 주태 주필 주베 주몽 주베트남 주몽골".split())

#: a company or public body whose regional branch is written ``X지사`` after it (``한국관광공사 경남지사``)
BRANCH_PARENT = re.compile(r"(?:공사|공단|전력|은행|보험|농협|수협|통신|텔레콤|가스|공항|철도|주식회사|㈜|그룹|재단|협회)$")

#: the words between a city's genitive and a bare council's title: the officer's name alone (``나카노구의 다나카 하루오
#: 구의회 의장``), one to three words
GENITIVE_THEN_NAME_RE = re.compile(r"(?:\s[\uac00-\ud7a3]{1,6}(?<![을를와과에의])(?<!으로|에서|에게|부터|까지|받은|맞아|맞은|에는)){1,3}\s")
#: (not ``아사히카와시의 초청을 받은 김민수``, ``… 대표단과 김민수``: words with their particles are no name)

#: a body toured as a sightseeing stop (``경주문화재단 견학``, ``X 및 Y 방문 등의 일정``, ``X를 견학했다``): a stop on the
#: visitors' programme, no participant (the corpus conventions annotate no sightseeing stops); so are bodies listed
#: before one toured (``평화센터와 지진방재센터를 둘러봤다``)
#: what a toured stop's name ends with (``지진방재센터``, ``지진재해박물관``; not ``현장``, a site that names nothing)
_SIGHT_END = r"(?:센터|박물관|미술관|기념관|전시관|과학관|도서관|체육관|공원|시설|공장|단지|학교|대학|대학교|본사|청사|타워|회사|공사|공단|재단|연구소|연구원|시장)"
SIGHTSEEING_AFTER = re.compile(r"(?:\s*(?:및|,|·|와|과)\s*(?!함께|같이)[^\s,.]{1,20}){0,3}\s*(?:견학|시찰|관람|탐방|답사|투어)"
                               r"(?![\uac00-\ud7a3])|(?:\s*(?:및|,|·|와|과)\s*(?!함께|같이)[^\s,.]{0,16}?" + _SIGHT_END + r"){0,3}"
                               r"(?:을|를)\s*(?:(?:견학|시찰|관람|탐방|답사)(?=하|했|한)|둘러(?:보|봤|본|봐))|(?:\s*(?:및|,|·)\s*[^\s,.]{1,20}){0,3}\s*방문\s*등(?:의)?\s*일정")

#: the head of a delegation named in brackets after it, or in apposition (``나가사키시 방문단(단장 다나카 히로시)``,
#: ``동영시 예술교류단 단장인 쉬창칭을``): the person heads the delegation of the city named right before it (a troupe,
#: 예술단 or 공연단, is a body of its own: its head works for it)
DELEGATION_HEAD = re.compile(r"(?P<deleg>방문단|대표단|선수단|교류단|사절단|시찰단|연수단|[\uac00-\ud7a3]{1,4}교류단)"
                             r"(?:\s*\(\s*(?:단장|인솔단장)\s+(?P<n1>[\uac00-\ud7a3]{2,5}(?:\s[\uac00-\ud7a3]{1,5}){0,2})\s*\)|"
                             r"\s+(?:단장|인솔단장)인\s+(?P<n2>[\uac00-\ud7a3]{2,5}(?:\s[\uac00-\ud7a3]{1,5}){0,2}?)"
                             r"(?:을|를|이|가|은|는|과|와|도)(?![\uac00-\ud7a3]))")

#: the officer titles of a foreign government's department (``외사상무국 국장``, ``문화체육관광국 부국장``)
DEPARTMENT_TITLES = ("부국장", "국장", "부처장", "처장", "부주임", "주임", "부청장", "청장", "부실장", "실장")

#: body words that, written after a city's name, are often no body of that city's: a 단 is often a delegation
#: (``오스틴시 경제교류단``), a 센터 often a venue (``남양주시 체육문화센터``)
NOT_OWNED_BODY_ENDS = ("단", "센터")
#: (but a performing troupe is the city's own, ``선양시 우슈공연단``, and so is a centre named for the work it does,
#: ``장구구 관광개발센터``: the words before its 센터)
OWNED_CENTRE_WORKS = ("개발", "지원", "진흥", "교류", "협력", "정보", "연구", "관리", "상담", "홍보", "육성", "무역", "투자",
                      "관광", "경제", "산업")  # (응에안성 투자무역센터: the province's trade and investment centre)

#: the words after a place that name its council, and the one council they all name there (``부산광역시의회`` and
#: ``부산시의회``; a Vietnamese city's ``인민의회`` or ``인민평의회`` and its ``시의회``): one body under its longest name
COUNCIL_WORDS: dict[str, str] = {"의회": "의회", "인민의회": "의회", "인민평의회": "의회"}

#: A body's branch in a place abroad, after the body (``대한무역투자진흥공사 호치민 무역관``, ``세계한인무역회
#: 라오스지회``, ``경기도 자카르타 사무소``): the words that end the branch's name. Those that say the branch's
#: work (``통상사무소``, ``무역관``) name one after the place alone (``자카르타 통상사무소``); ``지사`` glued to a
#: place is a governor's title (``경남지사``) unless a body stands before it (``한국관광공사 도쿄지사``).
BRANCH_WORDS: tuple[str, ...] = ("통상사무소", "무역사무소", "연락사무소", "대표사무소", "무역관", "대표처", "사무소", "지회",
                                 "지부", "지사")
#: a unit a body holds, written after the body's name (``제주한라대학교 공자학원``, ``X대학교 세종학당``, ``X대 국제교류원``):
#: one organisation under both words; a bare unit word names none (which one is not said)
UNITS_OF_BODIES: tuple[str, ...] = ("공자학원", "세종학당", "어학당", "국제교류원", "평생교육원", "산학협력단")
BRANCH_WORDS_ALONE = frozenset({"통상사무소", "무역사무소", "연락사무소", "대표사무소", "무역관", "대표처"})

#: a body's short form declared after its name (``한국자매도시협회(이하 협회)``, ``국제교류재단(이하 '재단')``): later the
#: short form alone names the body (``김민수 협회 이사장``)
SHORT_FORM_RE = re.compile(r"(?P<name>[\uac00-\ud7a3A-Za-z0-9]{2,30})\s*\(\s*이하\s*[\'\"‘’“”「」『』]?\s*"
                           r"(?P<short>[\uac00-\ud7a3A-Za-z]{1,10})\s*[\'\"‘’“”「」『』]?\s*\)")
#: a body's head word written alone before a title (``김민수 협회 이사장``): the body of that head named before in
#: the article, never part of the name
BARE_ORG_HEADS = frozenset("협회 재단 연합회 협의회 한인회 상공회의소 연맹 조합".split())
#: the body a person works at, told in a clause right before the name (``고전면사무소에 근무하는 윤용호 주무관``,
#: ``관광공사 소속 김민수 과장``)
WORKS_AT_BEFORE = re.compile(r"(?P<body>[\uac00-\ud7a3A-Za-z0-9]{2,24}?)(?:에서|에)\s+(?:근무하는|근무하고\s+있는|근무\s*중인|"
                             r"재직하는|재직\s*중인|일하는)\s+$|(?P<member>[\uac00-\ud7a3A-Za-z0-9]{2,24})\s+(?:소속(?:인|의)?|대표로)\s+$|"
                             r"(?P<rep>[\uac00-\ud7a3A-Za-z0-9]{2,24}?)(?:을|를)\s+대표(?:해|하여|해서)\s+$")
#: (and the body one speaks for: ``경주시의회 대표로 한순희 위원장``, ``나라시를 대표해 아사가와 의장``)
#: a body named after what kind of body it is (``인도네시아 여행사 협회인 아스틴도와``, ``국영관광기업인 사이공투어리스트``):
#: the name is an organisation's (the kind ends like one; not ``기업인 20명`` nor ``베트남 기업인 응우옌 씨``: 기업인 alone
#: is a businessperson)
KIND_THEN_BODY = re.compile(r"(?:[\uac00-\ud7a3]*(?:협회|공사|단체|재단|회사|여행사|기관|조합|그룹)|[\uac00-\ud7a3]+기업|"
                            r"(?<![\uac00-\ud7a3])(?:사단|재단|사회복지|학교|의료)법)인\s+"  # (사단법인 디아코니아: the legal form)
                            r"(?P<name>[\uac00-\ud7a3]{2,15}?|[A-Z][A-Za-z&]{1,20})(?:와|과|는|은|이|가|을|를|의|에|도)?(?=[\s,.]|$)")
#: a title, then a one-word name with the age in brackets (``부주석 리우커치(56)는``): the title's holder
TITLE_THEN_AGED_NAME = re.compile(r"(?<![\uac00-\ud7a3])(?P<title>[\uac00-\ud7a3]{1,8}) (?P<name>[\uac00-\ud7a3]{2,5})"
                                  r"\s?\(\d{1,3}\s?세?\)")
#: the bodies a region abroad written before them names as its own (``히로시마현 한일친선협회``): associations and
#: federations, not a school or a company the region only locates (``나가노현 미도리중학교``)
REGION_BODY_ENDS = ("협회", "연합회", "협의회", "연맹", "재단", "한인회", "친선회", "교류회", "센터")
