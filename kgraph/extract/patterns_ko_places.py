"""Declarative knowledge for Korean place and tie reading: suffixes, locators and tie words.

Each entry is named and says what it makes; :mod:`kgraph.extract.ko_places` and
:mod:`kgraph.extract.ties` apply them. Adding a phrasing is one line here plus its test in
``tests/test_extract_ko_places.py``.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from .lexicon import DEPARTMENT_WORD, PARTICLE, PARTNER_KIND, PARTNER_SCOPE, TIE_LIGHT_VERB_PAST, TITLES
from .lexicon import TIE_WORD_RE as _LEXICON_TIE_RE


@dataclass(frozen=True)
class Suffix:
    """A suffix that makes a foreign name a local government.

    ``strong`` suffixes (시, 마치) make a party right after a country name; weak ones (정, 초, 현 …),
    which also end common Korean words, need more: a region before them (사가현 상봉정), a Hanja
    gloss after them (야즈정(町)) or a title built on them elsewhere (야즈정장).
    """

    name: str
    form: str
    strong: bool
    hanja: str = ""  #: the Hanja the suffix transcribes, as a gloss may give it: 町, 村, 県 (either of several: 县縣)


#: municipalities by country (ISO code; ``*`` for every country): what a name after the country may end with
MUNICIPAL_SUFFIXES: dict[str, tuple[Suffix, ...]] = {
    "JP": (Suffix("jp-machi", "마치", True, "町"), Suffix("jp-mura", "무라", True, "村"),
           Suffix("jp-cho", "초", False, "町"), Suffix("jp-jeong", "정", False, "町"),
           Suffix("jp-son", "손", False, "村"), Suffix("jp-chon", "촌", False, "村")),
    "CN": (Suffix("cn-xian", "현", False, "县縣"), Suffix("cn-qi", "기", False, "旗")),
    "VN": (Suffix("vn-huyen", "현", False, "縣"),),  # a Vietnamese district (huyện): 남짜미현
    "TW": (Suffix("tw-xian", "현", False, "縣县"),),  # a Taiwanese county (縣): 화련현(花蓮縣)
    "US": (Suffix("us-township", "타운십", True), Suffix("us-township-sh", "타운쉽", True)),  # 로어메리언 타운십
    "*": (Suffix("city", "시", True, "市"), Suffix("county", "군", True, "郡"), Suffix("district", "구", True, "区"),
          Suffix("county-us", "카운티", True),
          # 코퀴틀람시티, 바기오시티: the English "City" of a name written in Hangul (never after a common noun:
          # 미국 스마트시티 박람회 names no town, see ``ko_places._municipality_at``)
          Suffix("city-en", "시티", True)),
}

#: the endings of a unit that, written right before a town, only says where the town lies (``뉴저지주 버겐카운티
#: 팰리세이즈파크시``: the town is the party, not its county; but not before another unit of its kind, a list)
LOCATING_UNIT_ENDS = ("카운티",)

#: districts written after their city abroad (상하이시 징안구, 울란바토르시 바양골구, 요코하마시 나카구)
DISTRICT_SUFFIXES: dict[str, tuple[str, ...]] = {
    "CN": ("구", "현"),
    "VN": ("구", "군", "현", "면"),  # quận, huyện, xã as Korean press writes them (다낭시 화방면)
    "*": ("구",),
}

#: a copula or connective after a name inside its word: 랴오청시다, 오스틴시이며
COPULA_RE = re.compile(r"^(?:다|이다|였다|이었다|며|이며|고|이고|로서|이자)$")

#: loanwords written before 시티 that make a project's or a fair's name, no town (``에코시티``, ``스마트시티``)
CITY_WORD_PREFIXES = frozenset("스마트 에코 바이오 사이버 디지털 그린 테크 테크노 헬스 메가 뉴 유 로봇 드론 미디어 아트 푸드 키즈".split())
#: words before 시간 (the hour) a country's name may precede (``미국 현지시간``): no town 현지시
HOUR_STEMS = frozenset({"현지", "한국", "동부", "서부", "중부", "태평양", "표준", "서머"})
#: first-level regions by country: a name with one of these after a country is a province, state or prefecture
REGION_SUFFIXES: dict[str, tuple[str, ...]] = {
    "JP": ("현", "도", "부"),
    "CN": ("성", "자치구"),
    "*": ("주", "성", "도"),
}

#: the Hanja of a gloss right after a name: (町) or the whole name (添田町) confirms 정 as a town, (県) 현 as a prefecture
HANJA_GLOSS_RE = re.compile(r"\(\s*((?:[\u4e00-\u9fff]{1,6})?[町村区県省州市郡縣县區鄉鎮]|[A-Za-z][A-Za-z .'-]{2,30})\s*\)")

#: a name's gloss in Hanja or Latin letters right after it (섬서성(陝西省), 동천시(銅川市), 아이치현(Aichi)):
#: skipped when reading the next place of a chain (중국 섬서성(陝西省) 동천시)
NAME_GLOSS_RE = re.compile(r"\((?:[\u4e00-\u9fff\u3400-\u4dbf]{1,12}|[A-Za-z][A-Za-z .'-]{1,30})\)")

#: words a weak suffix would wrongly cut into a name + suffix (일정, 가정, 최초, 농촌 …) — read as words, never places
NOT_PLACE_WORDS = frozenset("""선거구 지역구 비상구 중심구 행정구 일정 가정 규정 과정 결정 예정 선정 인정 지정 조정 행정 열정 우정 감정 추정 측정 설정 확정 안정 진정
개정 수정 협정 의정 시정 군정 구정 도정 최초 당초 기초 연초 월초 농촌 어촌 산촌 지구 연구 요구 친구 부구 도구 입구 출구 항구 가구
인구 전구 현 실현 표현 구현 발현 재현 출현 차기 후기 전기 초기 동기 시기 연기 주기 특기 손 이손 통손""".split())

#: acts written before 시 meaning "when" (``방문시``, ``출장시``, ``귀국시``): no town's name before its suffix
WHEN_STEMS = frozenset("방문 출장 도착 체류 귀국 출국 입국 여행 행사 참석 개최 방한 방중 방일 연수 견학 시찰 답방 순방 "
                       "체결 협약 회의 면담 접견 예방 출발 재임 취임 재직 근무 귀환 이동".split())

#: what is done to a market next (``수산물시장 진출``, ``동남아시장 개척``): the word before is a market, no town's head
MARKET_AFTER = re.compile(r"[을를에의은는이가]?\s*(?:진출|개척|공략|판로|동향|조사|점유|진입|수출|마케팅|분석|규모|확대|선점|"
                          r"개방|다변화|입점|공략)")
#: a borough written bare after its city as the partner of a tie (``베를린 판코와``, ``런던 캠던과``): name and particle
BARE_DISTRICT_PARTNER = re.compile(r"([\uac00-\ud7a3]{2,8}?)(와|과|와의|과의)")
#: a body's word after a city abroad (``껀터시 인민의회와``, ``X시 인민정부와``): the city's own body, never a borough
BODY_WORD_END_RE = re.compile(r"(?:의회|위원회|정부|청|협회|대학|대학교|공사|재단|그룹|회사)$")
#: titles built on a municipal suffix: 야즈정장 (the head of a town), 관남현장, 사가현지사
SUFFIX_TITLES = ("장", "청", "지사", "의회", "민")

#: particles after a region that make it act (a party), not just locate: 산둥성이 주최한, 연해주와, 사가현은
ACTOR_RE = re.compile(r"^(?:는|은|가|이|와|과|와의|과의|와는|과는|와도|과도|도|측|정부|에서는)$")
#: two regions' heads joined as the subject: each region acts through its governor (``김가온 전남지사와 존 로 메릴랜드
#: 주지사가 자매결연 20주년을``; not ``메릴랜드 주지사를 만나``, nor ``경기도지사가 참석한 가운데``: a guest alone)
_HEAD = r"(?:도지사|주지사|현지사|지사|성장|부지사|부성장)"
_HEAD_AT = rf"\s*(?:[^\s.]+\s+){{0,3}}?{_HEAD}"  # (its governor's title, glued or after the governor's name)
HEAD_ACTS_AFTER_RE = re.compile(rf"{_HEAD_AT}(?:와|과)\s+(?:\S+\s+){{1,4}}?\S*{_HEAD}(?:이|가|는|은)\s|"
                                rf"{_HEAD_AT}(?:이|가|는|은)\s+[^.]{{0,60}}?\S*{_HEAD}(?:와|과)\s")
#: (also the subject's governor meeting the other's: ``A 경북지사는 13일 … 히로시마현 B 지사와 협정을 체결했다``)
#: the second of two such heads: the first one's title and 와/과 (or the subject's particle) before it
HEAD_ACTS_SECOND_BEFORE_RE = re.compile(rf"{_HEAD}(?:와|과)\s+(?:\S+\s+){{0,4}}$|{_HEAD}(?:이|가|는|은)\s+[^.]{{0,60}}$")
HEAD_SUBJECT_AFTER_RE = re.compile(rf"{_HEAD_AT}(?:이|가|는|은|와|과)\s")
#: words after a region that make it the one acting: 산둥성 주최로, 연해주 정부, 앨버타 주정부
ACTOR_NEXT_RE = re.compile(r"^\s*(?:주최|주관|정부|주정부|성정부|현정부|자치정부|인민정부|인민위원회|인민회의|인민대표대회|당위원회|당국|대표단|방문단|사절단|지사|성장|부성장|주지사|현지사|도지사|의회|초청|추천|요청|"
                           r"지원|관계자|공무원|자매|우호|친선|결연|교류|협약|협정|"
                           # 떠이닌성 노동보훈사회국과: a department of the region's government signs for it
                           rf"{DEPARTMENT_WORD}(?:와|과|은|는|이|가|의|에서|을|를)(?=\s))")
#: a clause that ends between a city and a tie word (``A시와 화상 회의를 개최했으며, B시와 의향서를 체결``):
#: the city belongs to that clause's verb, not to the tie
CLAUSE_END_RE = re.compile(r"(?:했|하였|됐|되었|였|었|았|졌|갖)(?:으며|고|지만|는데)[\s,]")
#: the end of a step after a tie (``… 우호협약을 체결한 뒤 제주도와 서울을 견학했다``): the places after it are
#: another step's (a partner joined before it still binds to the tie after it: ``A시와 협의를 거친 후 협약을 체결``)
STEP_END_RE = re.compile(r"(?:한|은|된|친|난|온|간|운|진)\s+(?:뒤|후|다음)(?:에는|에)?[\s,]")
#: with and a tie word right after a town of a weak suffix make it a place: 일본 유가와라정과 자매결연,
#: 일본 가미미네정과의 우호교류 (not 일정과 자매결연 행사: 일정 is a word, NOT_PLACE_WORDS)
#: a Korean local government joined by 와/과 right before a country and a town: ``보령시와 중국 안도현은``
COORDINATED_BEFORE_RE = re.compile(r"[\uac00-\ud7a3]+(?:시|군|구)(?:와|과)\s+[\uac00-\ud7a3]{1,6}\s+$")
WEAK_TIE_AFTER_RE = re.compile(r"(?:과|와)(?:의|는)?\s*(?:자매|우호|친선|결연|교류\s*협|[^.\n]{0,30}?(?:업무\s*)?(?:협약|협정|양해각서|MOU))")
#: (베트남 통녓현과 외국인 계절근로자 유치를 위한 업무협약: an agreement the clause signs with it, past its purpose)
#: a tie word right after a region makes it a party: 모라비아실레지아주 우호도시 협정
TIE_AFTER_RE = re.compile(r"^\s*(?:자매|우호|친선|결연|교류|협약|협정)")
#: the end of a list of partners after its last place: ``… 구마모토현 등과``, ``… 메릴랜드주 등 해외 자매지역과``,
#: ``… 타이빈성 등 10개국 15개 지방정부와``, ``… 투브아이막 등 모두 5개 지역과``
LIST_END_PARTNERS_RE = re.compile(r"^\s*등(?:과|와|지와|과는|과도)|^\s*등\s+(?:모두\s*|총\s*)?(?:\d+\s*개국\s*)?(?:\d+\s*개\s*)?"
                                  r"(?:국내외\s*|해외\s*|국외\s*)?"
                                  r"(?:자매|우호|결연|교류|협력)?\s*(?:도시|지역|지방정부|자치단체|지자체|광역정부|주정부|도시들)"
                                  r"(?:들)?(?:과|와)")
#: a region that names an event rather than a tie: 산둥성 우호도시 포럼 (the region does not act there)
EVENT_NAME_AFTER_RE = re.compile(r"^\s*\S*(?:우호|자매|친선|교류|결연)\S*\s+(?:[^\s,.]+\s+)?(?:국제\s*)?\S{0,4}(?:포럼|대회|축제|회의|"
                                 r"박람회|엑스포|페스티벌|총회|세미나|심포지엄)")
#: a city naming where a venue lies (``칭다오시 하얏트 호텔에서 열린``): it hosts no tie
CITY_OF_VENUE_RE = re.compile(r"\s+(?:[^\s,.]+\s+){0,2}?[^\s,.]+에서\s*(?:열린|열리는|열렸|개최된|개최되는|개최됐|진행된)")
#: a venue named right after a city's bare word, before 에서 (``중구 롯데호텔에서``, ``울란바토르(Ulaanbaatar) 정부종합청사
#: 행사실에서``, ``정부종합청사서``): the city only says where the venue lies
VENUE_AFTER_CITY_RE = re.compile(rf"(?:{NAME_GLOSS_RE.pattern})?\s+[가-힣A-Za-z]{{0,10}}(?:호텔|컨벤션센터|컨벤션홀|회관|청사|빌딩|리조트|"
                                 r"회의장|전시장|전시관|박물관|미술관|공연장|체육관|경기장)(?:\s+[가-힣]{1,6}(?:실|홀|룸|장))?\s*(?:에서|서)"
                                 r"(?=\s|$|[,.])")
#: a go-between named by a title of its city (``타슈켄트시장을 통해 …를 교류 도시로 추천받았다``, ``X시장의 소개로``): the city is
#: no party of the tie the sentence states
GO_BETWEEN_AFTER_RE = re.compile(r"[가-힣]{0,4}?(?:을|를)\s*(?:통해|통하여)|[가-힣]{0,4}?의\s*(?:소개|추천|주선|권유|중재)(?:로|으로|를)")
#: Hanja written right after a name that make it a region: 핏사눌록州, 산둥省, 사가県
REGION_HANJA = frozenset("州省県縣道府")

#: suffixes of a foreign name the gazetteer lacks, read from its shape alone when the article names its country
UNKNOWN_FOREIGN_SUFFIXES = ("시", "주")
#: words of the region a metropolitan city lies in, that tell it from a city of the same name elsewhere (``광주시``
#: with 전남 or 호남 named is 광주광역시, not 경기도 광주시)
METRO_REGION_WORDS: dict[str, tuple[str, ...]] = {"광주광역시": ("전남", "전라남도", "호남", "빛고을")}
#: the suffixes of Japanese towns and villages (町 정·마치·초, 村 무라·손): a name the gazetteer lacks that ends in one
#: is a town in Japan, when no other country is named abroad; with a stem of three syllables or more for the
#: one-syllable suffixes, which end Korean words and names too (일정, 김수정; 하코네정, 오부세정)
JP_TOWN_SUFFIXES = ("마치", "무라", "정", "초", "손")
#: what makes such a name a place: a tie word in its sentence, or a delegation, mayor or visit right after it
#: ``규슈 지방에 위치한 우사시``: a name said to lie somewhere is a place (a country must be named in the article)
LOCATED_BEFORE_RE = re.compile(r"(?:위치한|소재한|자리한|자리잡은|자리 잡은)\s*$")
#: (or its head named before the title: 베트남 빈증성 보반민 성장, 중국 X시 왕밍 부시장)
#: a visit after an unknown name with its object particle (``마갈랑시를 방문해``, ``인근의 마갈랑시도 찾아``): a
#: place visited, in an article naming its country
UNKNOWN_FOREIGN_VISITED_RE = re.compile(r"\s*(?:방문|찾아|찾았|찾은|순방)")
UNKNOWN_FOREIGN_NEXT_RE = re.compile(r"\s*(?:대표단|방문단|사절단|[\uac00-\ud7a3]{0,4}교류단|시장|부시장|주지사|측|관계자|공무원|시청|의회|"
                                     r"부?의장|정장|촌장|"  # (유가와라정 의장, 하코네정 정장: the town's council chair, its head)
                                     r"(?:[\uac00-\ud7a3]{2,5} ){1,3}(?:부?성장|부?시장|주지사|부?지사|당서기|인민위원장)"
                                     r"(?![\uac00-\ud7a3]{2}))")

#: what lets a foreign name without 시 and without its country before it count as a place:
#: its country in brackets right after it (``닝보(중국)``), a tie word right before it (``자매도시인 닝보``,
#: ``우호도시 히로시마``: TIE_DESCRIPTOR_BEFORE_RE), or a list that continues a foreign city (``옌타이와 선양``)
COUNTRY_IN_BRACKETS_RE = re.compile(r"\s?\(\s?([\uac00-\ud7a3]{2,12})(?:\s(?![^()]*(?:수도|권|지역|지방|남부|북부|동부|서부|중부|"
                                    r"도시|북쪽|남쪽|동쪽|서쪽))[^()]{1,20})?\s?\)")
#: (also 항저우(중국 전통군무): the country, then what the place brought; not 메트로 마닐라(필리핀 수도권), a region)
FOREIGN_LIST_JOINERS = ("와", "과", ",", "·", "ㆍ", "및", "와 ", "과 ")
#: a tie descriptor before a country announces a place even without a suffix: 우호도시인 튀르키예 X
TIE_DESCRIPTOR_BEFORE_RE = re.compile(r"(?:자매|우호|친선|결연|교류|협력)\s*(?:협력\s*)?도시(?:(?:인|이자|로는|로|는|은|)\s*|"
                                      r"\s*\((?:[^()]*[,·]\s*)?)$|"  # (or a bracketed list after it: 자매도시(A시, B성))
                                      r"(?:자매|우호)\s*(?:지역|주|현|성)(?:인|이자|로)\s*$")  # 자매주인 (미국) 오리건주
#: a list of bare names a tie descriptor opens, up to the name after it: ``자매우호도시인 애틀란타, 히로시마, `` (each
#: name of the list is a partner, as the first one is)
LISTED_AFTER_DESCRIPTOR_RE = re.compile(r"(?:자매|우호|친선|결연|교류|협력)\s*(?:협력\s*)?도시(?:인|이자|로는|로|는|은|)\s*"
                                        r"(?:[\uac00-\ud7a3]{2,12}(?:\([^()]{1,20}\))?\s*[,·ㆍ]\s*){1,15}$")
#: a relative clause of tie-making before the place: ``1995년 자매결연을 맺은 (일본) 오타시``, ``우호협력 협약을 체결한``
TIE_RELATIVE_BEFORE_RE = re.compile(r"(?:자매결연|자매도시|우호\s*(?:교류|협력|친선)?\s*(?:도시|결연)?|친선결연)\s*"
                                    r"(?:협약|협정|관계|결연)?\s*(?:(?:을|를)\s*(?:맺은|체결한|한|맺고\s+있는|하고\s+있는)|한|중인)\s*$")
#: (also with the tie as a verb: ``자매결연한 (일본) 오타시``, ``자매결연을 한``, ``우호교류를 하고 있는``; and the city
#: tie glued to its 결연: ``국제자매도시결연을 맺은``)
#: a bare foreign name as the partner of a city tie word right after it: ``알마티와 우호도시 협정``
PARTNER_BEFORE_TIE_RE = re.compile(r"(?:와|과)(?:의)?\s*(?:[가-힣]{1,4}\s+)?(?=(?:자매|우호|친선|결연))")
#: (only the tie words of cities: ``도요타와 업무협약`` is a company's agreement, no Toyota City)
#: a delegation named after a bare foreign name, with at most one word between: the name is the city that sends it
#: (``오사카 대표단``, ``하노이 경제사절단``, ``다낭 청소년 교류단``; not ``오사카 관광객``)
DELEGATION_AFTER_RE = re.compile(r"\s(?:[가-힣]{2,5}\s)?[가-힣]{0,4}(?:대표단|방문단|사절단|교류단|시찰단|연수단|일행)"
                                 r"(?![가-힣]{2})")
#: Kiwi's score per syllable below which a single noun is a word it does not know (a transcribed name)
UNKNOWN_WORD_SCORE = -6.0

#: after a country, names joined by ``·`` and counted: ``중국 장사·심양·광안 등 3개 도시`` (group 1 the names,
#: group 2 the count)
COUNTED_DOT_LIST_RE = re.compile(r"\s+((?:[\uac00-\ud7a3]{2,8}\s?·\s?){1,11}[\uac00-\ud7a3]{2,8})\s*등\s*(\d+)\s*개\s*"
                                 r"(?:도시|지자체|시군|지방정부|자치단체|곳)")
#: (the same with the names parted by single spaces: ``중국 베이징 상하이 광저우 등 3개 도시``; the count must add up)
COUNTED_SPACED_LIST_RE = re.compile(r" ((?:[\uac00-\ud7a3]{2,8} ){1,11}[\uac00-\ud7a3]{2,8})\s*등\s*(\d+)\s*개\s*"
                                    r"(?:도시|지자체|시군|지방정부|자치단체|곳)")
#: between a tie word and a partner: the tie word is the topic heading a comma list the partner stands in
#: (``자매도시는 계림시, 래주시``: each of them a sister city, whatever other tie words the sentence has)
LISTED_AFTER_TIE_RE = re.compile(r"(?:\s*도시)?(?:는|은|로는|으로는|:)\s*(?:[^\s,.]+\s*,\s*)*")
#: between two places of one list: a joiner (a glued dot too), and the next place's country or region
#: (``시와 캄보디아 ``, ``시, ``, ``시.``)
LISTED_NEXT_RE = re.compile(rf"(?:시|군|구|성|주|현)?(?:{NAME_GLOSS_RE.pattern})?"
                            r"(?:\s*(?:·|,|와|과|및)\s*|\.)(?:[\uac00-\ud7a3]{2,8}\s+)?")
#: (a gloss in Hanja or Latin letters may close the name before the joiner: ``랴오닝성(遼寧省)과 산둥성(山東省), 장쑤성``)
#: two places joined by a hyphen, a pair of partners (``광명시-요성시 우호교류 협약식``, ``평택-제남, 시흥-덕주 …
#: 각각 우호도시 조인식``): group 1 and 2 are the two words (the second with any particle)
HYPHEN_PAIR_RE = re.compile(r"(?<![\uac00-\ud7a3\w-])([\uac00-\ud7a3]{2,8})\s?[-–]\s?([\uac00-\ud7a3]{2,10})(?![\w-])")
#: what makes hyphen pairs partners: a tie word right after the pair (``A-B 자매결연``, ``A-B '우호교류 협약식'``) …
HYPHEN_TIE_AFTER_RE = re.compile(r"\s*(?:간\s*)?['\"‘“]?\s*(?:자매\s*(?:결연|도시|우호)|우호\s*(?:교류|협력|친선|도시)|"
                                 r"친선\s*(?:결연|도시|교류)|결연)")  # (not 친선 축구대회: a match, no tie)
#: … or ``각각`` and a tie word after a list of two pairs or more
HYPHEN_EACH_TIE_RE = re.compile(r"[가-힣]{0,2}\s*각각\s*['\"‘“]?\s*(?:자매|우호|친선|결연)")
#: the particles that may follow the second place of a pair, by whether the syllable before ends in a consonant
#: (하와이 keeps its 이: 와 has no final consonant, so its subject particle would be 가)
PAIR_PARTICLES_AFTER_CONSONANT = ("이", "은", "을", "과")
PAIR_PARTICLES_AFTER_VOWEL = ("가", "는", "를", "와")
#: after ``X와``: X is compared with or next to something, not a party (우한시와 인접한 도시로, 서울과 가까운)
NEIGHBOUR_AFTER_WITH_RE = re.compile(r"\s*(?:인접(?:한|해)|이웃(?:한|해)|맞닿(?:은|아)|접한|접해|붙어\s*있|가까운\s*(?:도시|곳|지역|거리)|"
                                     r"비교(?:해|하면|할)|달리|마찬가지로|비슷한\s*(?:도시|규모)|닮은\s*(?:도시|곳))")
#: (not 가까운 우정, 비교적 이른 시기: a close friendship and a comparatively early tie stay ties)
#: a place where something is held: 전주에서 열리는 엑스포 (a short name is a city here)
VENUE_AFTER_RE = re.compile(r"에서\s*(?:열리|열린|열렸|열릴|개최|펼쳐)")


@dataclass(frozen=True)
class TieWord:
    """A word that states a tie between local governments, and the tie's type."""

    name: str
    pattern: str
    type: str  #: sister | friendship | other


#: tie words beyond the shared lexicon's (lexicon.SISTER_RE / FRIEND_RE / TIE_WORD_RE)
TIE_WORDS: tuple[TieWord, ...] = (
    TieWord("friendly-alliance", r"친선결연|친선교류|친선 결연", "friendship"),
    TieWord("alliance", r"결연", "other"),
    TieWord("letter-of-intent", r"의향서|협력의향|교류의향", "other"),
    TieWord("exchange-agreement", r"교류협약|교류 협약|협력협약|협력 협약|교류협정", "other"),
    TieWord("partner-city", r"교류도시|교류 도시|파트너 ?도시|협력도시", "other"),
    TieWord("relation", r"(?:교류|협력|우호|자매|교류협력|교류 협력)\s*관계를?\s*(?:맺|체결|유지|이어|구축)", "other"),
    TieWord("ongoing-exchange", r"교류(?:하고 있|해 ?오|해 ?왔|를 이어|를 지속|를 계속|중이)|"
                                r"(?:와|과)의\s*교류를 시작으로|"
                                r"(?:와|과)\s*(?:[\uac00-\ud7a3]+\s+){0,2}교류(?:사업|활동)을\s*"
                                r"(?:벌이고 있|펼치고 있|펼쳐 ?오|이어 ?오|이어가고 있|지속하고 있)", "other"),
    # (``5개 도시와 교류사업을 벌이고 있다``, ``X시와의 교류를 시작으로``: exchanges kept up or begun with a partner
    # joined by 와/과; not a plan, ``교류사업을 추진하기로``, ``교류를 시작할 계획``)
    # (a bond formed with local governments: ``10개 지자체와 인연을 맺었다``; not a person's 인연)
    TieWord("bond", r"(?:도시|지자체|시군|자치단체|지방정부)(?:와|과|들과)\s*(?:각각\s*)?인연을\s*(?:맺|이어)", "other"),
)
TIE_WORDS_RE = re.compile("|".join(f"(?:{t.pattern})" for t in TIE_WORDS))
#: any tie word: the lexicon's (자매결연, 우호협력, 협약, MOU …) and the phrases above; the tie reader's
#: sentence test, here below both readers of places and of ties, which use it
TIE_WORD_RE = re.compile(_LEXICON_TIE_RE.pattern + "|" + TIE_WORDS_RE.pattern, re.I)

#: words by which a group's tie is counted: 해외 자매도시 5곳, 자매결연 도시 3개, 우호도시는 모두 4개
GROUP_COUNT_RE = re.compile(r"(\d+)\s*(?:개\s*(?:국|나라)\s*\d+\s*)?(?:개|곳)(?:\s*(?:도시|지자체|시군|자치단체))?")

#: an agreement of three or more parties, each tied to every other (``4자간 우호도시 협약``, ``세 도시 간``, ``다자간``;
#: not ``양자간``, nor ``3개 도시와``: one city's three partners)
MULTILATERAL_RE = re.compile(r"(?:(?<![\d가-힣])(?:[3-9]|세|네|다섯|여섯)\s*(?:자|개\s*(?:도시|지자체|시군구|시·군·구|자치단체)|"
                             r"도시|지자체|자치단체)\s*간|다자\s*간)(?![가-힣])\s*(?:[가-힣]+\s+)?"
                             r"(?:우호|자매|협약|협정|결연|교류|상생|MOU)")
#: (the agreement's own word right after: not ``3자 간담회``, nor ``세 도시 간 거리``; and a sentence that ties each
#: partner ``각각`` is one city's several ties)

#: a group of partner cities named as such (their names may follow in the next sentence):
#: 국내외 상호결연도시 대표단, 해외 자매도시들, 결연도시 관계자, 상호결연도시가 다수 (참여한다), 자매·우호 협력도시인 이들 외국
#: 사절단 (not 자매도시의 대표 음식: 대표 there means signature)
GROUP_NOUN_RE = re.compile(rf"{PARTNER_SCOPE}?\s*{PARTNER_KIND}(?:\s*[·ㆍ]\s*{PARTNER_KIND})?\s*(?:협력\s*)?도시"
                           r"(?:(?:인|의)?\s*(?:이들\s*)?(?:외국\s*|해외\s*)?(?:대표단|대표(?:들)?(?=\s*(?:[이가은는와과을를도,]|등|\d)|\s*$)|"
                           r"관계자|방문단|사절단|시장단|예술단|공연단|선수단)|들|"
                           r"(?:들)?(?:이|가|도)?\s*(?:다수|여럿|대거|모두))")

#: a tie raised to a higher tier (friendship → sister): both steps are ties the article states
UPGRADE_RE = re.compile(r"격상|승격|업그레이드|발전시켜")

#: how many sentences after a group's tie may carry its members
GROUP_SPAN = 3

#: a province's party words: the province itself signs or hosts
LIST_SEPARATORS = ",、·ㆍ"

#: what must follow a foreign city whose bare name is also a common word (지난, 하기, 연대) for it to be read as the
#: city: the next item of a list or its closing 등 (``중국 지난, 인도네시아 반둥``, ``일본 하기·니가타``; not ``중국 지난
#: 3일``, ``일본 하기 위해``)
COMMON_WORD_LISTED_AFTER = re.compile(r"[ \t]*(?:[,、·ㆍ]|등(?=[\s과와의]))")
#: the separator that chains a common word to the foreign city before it (``창춘·지난``)
COMMON_WORD_CHAINED_BEFORE = re.compile(r"[ \t]*[·ㆍ][ \t]*")


def municipal_suffixes(country: str) -> tuple[Suffix, ...]:
    """The suffixes a municipality of ``country`` may carry, longest first.

    >>> [s.form for s in municipal_suffixes("JP")][:3]
    ['카운티', '마치', '무라']
    """
    own = MUNICIPAL_SUFFIXES.get(country, ())
    seen: dict[str, Suffix] = {}
    for s in (*own, *MUNICIPAL_SUFFIXES["*"]):
        seen.setdefault(s.form, s)
    return tuple(sorted(seen.values(), key=lambda s: -len(s.form)))


def region_suffixes(country: str) -> tuple[str, ...]:
    """The suffixes of first-level regions of ``country``, longest first.

    >>> region_suffixes("CN")
    ('자치구', '성', '주', '도')
    """
    out = dict.fromkeys((*REGION_SUFFIXES.get(country, ()), *REGION_SUFFIXES["*"]))
    return tuple(sorted(out, key=lambda s: -len(s)))


def tie_word_type(text: str) -> str | None:
    """The type of the first extra tie word in ``text``, if any.

    >>> tie_word_type("두 도시는 친선결연 협약을 맺었다"), tie_word_type("교류의향서를 체결했다"), tie_word_type("방문했다")
    ('friendship', 'other', None)
    """
    best = None
    for t in TIE_WORDS:
        m = re.search(t.pattern, text)
        if m and (best is None or m.start() < best[0]):
            best = (m.start(), t.type)
    return best[1] if best else None

#: the year a tie was signed, written before its tie word with only the parties between (their names masked
#: with NUL by the reader): 2005년 자매결연, 2012년 11월 5일 우호교류 협정, 2005년 일본 아이치현 한다시와 자매결연,
#: 지난 99년 중국 X시와 우호도시 협약 (two digits after 지난 or an apostrophe), 지난해 자매결연을 맺은 X (the year before
#: the publication's); not 2025~2026년 우호 교류 MOC
#: (a period the agreement runs), not 2005년부터 교류해 온 X시와 (another verb between)
TIE_YEAR_RE = re.compile(r"(?<![~\-–∼]\s)(?<![~\-–∼\d])(?:(?:((?:19|20)\d{2})|(?:지난\s*|['’‘])(\d{2}))\s*년|(지난해|작년))\s*"
                         r"(?:\d{1,2}\s*월\s*(?:\d{1,2}\s*일\s*)?)?(?:에\s*)?"
                         r"(?:\x00+(?:\([^()]{1,30}\))?(?:와|과|하고|의|은|는|이|가)?[\s·,]*)*"
                         r"(?:국제\s*)?(?:자매|우호|상호|결연|협약|MOU|친선|교류\s*(?:협약|협정|결연))")  # (2003년 국제우호도시 협정)
#: a name glossed with another Hangul spelling (or its Hanja) inside its word, before its suffix: 퀴논(꾸이년)시와,
#: 후에(훼)시, 오오타(大田)구의회
GLOSSED_INSIDE_RE = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,8})\(([\uac00-\ud7a3]{2,8}|[\u4e00-\u9fff]{1,6})\)(시|군|구|성|주|현)"
                               r"([\uac00-\ud7a3]{0,4})(?![\uac00-\ud7a3])")
#: a city's name written apart from its council, office or head (경산 시의회, 일본 조요 시의원, 하동 군수): the office
#: word makes the short name a city (never 시장 here: 경산 시장 is as often a market)
SPACED_OFFICE_RE = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,6}) (시(?:의회|의원|의장|청|장)|부시장|군(?:의회|의원|의장|청|수)|"
                              r"구(?:의회|의원|의장|청장|청))(?=[\uac00-\ud7a3]{0,3}(?![\uac00-\ud7a3]))")
#: a word that ends in a particle (출장에는, 방문에서, 연수에도): a noun of the sentence, never a place's short name
PARTICLE_ENDED = re.compile(r"(?:에는|에서|에도|에선|에게|으로|로는)$")  # (one-syllable ones end names too: 나카가와)
#: a tie stated as a lasting state (``협약을 맺고 있다``, ``교류를 이어오고 있다``): no signing happens in the
#: sentence, so no event of it dates the tie
ONGOING_TIE_RE = re.compile(r"(?:맺고|체결하고|맺어\s?오고|이어\s?오고|유지하고|지속하고)\s*있(?:다|으며|는|고)")

#: a 동, 면 or 읍 written after its city (``광명시 철산2동은``, ``부안군 변산면과``): group 1 and 3 its name without the
#: number some 동 carry (철산 + 동), checked against the national table
SUB_UNIT_AFTER_RE = re.compile(r"\s+([\uac00-\ud7a3]{1,5}?)(\d{0,2})(동|면|읍)(?=[은는이가과와의을를도에]|\s|[,.·)]|$)")
#: after a city office's name and its object particle: the office is visited (평창군청을 방문해, 시청을 찾아)
VISITED_AFTER_RE = re.compile(r"\s*(?:방문|찾)")
#: a signing in any tense (체결, 맺다, 조인, 서명, 손을 잡다): a clause that has one may state a tie without a tie word
SIGNING_VERB_RE = re.compile(r"체결|맺|조인|서명|손(?:을)?\s*잡|결연")
#: a tie said to be signed (not planned, not lasting): ``자매결연을 체결했다``, ``협약을 맺었다고``
SIGNED_RE = re.compile(rf"(?:체결|맺)(?:었|했)(?:다|고|으며|는데)|체결하였|{TIE_LIGHT_VERB_PAST}(?:다|고|으며|는데)")
#: (자매결연했다, 자매결연을 했다: the light verb signs the tie too)

#: a tie word used as a descriptor right before its city (its country or region between): ``국제 자매도시 몽골
#: 항올구``, ``우호도시인 일본 X시`` — the city it describes is the sentence's partner
DESCRIBED_PARTNER_RE = re.compile(r"(?:자매|우호|친선|결연|교류|협력)\s*(?:협력\s*)?도시(?:인|이자)?\s+(?:[\uac00-\ud7a3]{1,12}\s+){0,2}")
DESCRIBED_BEFORE_RE = re.compile(DESCRIBED_PARTNER_RE.pattern + "$")

#: a given name and a person's title after a word (``다카하시 유키 오타시장``, ``고바야시 겐 의장``): the word is a
#: surname, not a place ending in 시
SURNAME_BEFORE_NAME_RE = re.compile(r"\s+[\uac00-\ud7a3]{1,4}\s+(?:[\uac00-\ud7a3]{1,10}\s)?(?:[\uac00-\ud7a3]{1,10}?)?(?:" +
                                    "|".join(sorted(TITLES, key=len, reverse=True)) + r")(?![\uac00-\ud7a3]{2})")

#: a surname word right before a given name (``스즈키 ``, ``야마시타 ``): two to four syllables after a space, a bracket
#: or the start, that no particle ends
GIVEN_NAME_AFTER_SURNAME = re.compile(r"(?:^|[\s(])([\uac00-\ud7a3]{2,4})(?<![는은이가을를의와과에도])\s$")
#: a title right after a name, or after a place and its title (``시장과``, ``오타시장은``)
TITLE_AFTER_NAME_RE = re.compile(r"\s+(?:[\uac00-\ud7a3]{1,10}?)?(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) +
                                 r")(?![\uac00-\ud7a3]{2})")
#: a place written apart before the title after a name (``가와무라 다카시 나고야 시장``): group 1 is the place
PLACE_THEN_TITLE_RE = re.compile(r"\s+([\uac00-\ud7a3]{2,10})\s+(?:" + "|".join(sorted(TITLES, key=len, reverse=True)) +
                                 r")(?![\uac00-\ud7a3]{2})")
#: the words a market's name ends with before 시장 (market): ``남원중앙시장``, ``중앙전통시장``, ``수산시장``
MARKET_STEM_RE = re.compile(r"(?:중앙|전통|재래|수산|농산물|농수산물|청과|도매|새벽|벼룩|야|어|공설|상설|오일|5일|민속|골목|종합|"
                            r"수산물|특산물|물|품|동남아|중동|유럽|북미|남미|중남미|아시아|아프리카|해외|국내|세계|글로벌|내수|온라인|"
                            r"소매|현지|수출|금융|주식|증권|노동|부동산)$")
#: (also a market by what is sold or where: 수산물시장, 동남아시장, 해외시장 — after a country, no town and its mayor)


def is_market(stem: str, text: str, end: int) -> bool:
    """``stem`` + 시장 ending at ``end`` in ``text`` is a market (시장), not a town's mayor: by its name or by what is
    done to it next.

    >>> is_market("수산물", "수산물시장 진출", 5), is_market("동남아", "동남아시장 개척단", 5), is_market("우스키", "우스키시장과", 5)
    (True, True, False)
    """
    return MARKET_STEM_RE.search(stem) is not None or MARKET_AFTER.match(text, end) is not None

#: a tie word right after a partner joined by 와/과 (``우키시와 자매결연을``, ``우키시와의 우호교류 협약``,
#: ``우키시와 지난 2014년 자매도시 협정``): what lets an unknown name there be the partner
PARTNER_TIE_AFTER_RE = re.compile(r"\s*(?:(?:지난|올해|오는)\s*)?(?:(?:19|20)\d{2}\s*년\s*(?:\d{1,2}\s*월\s*)?)?"
                                  r"(?:자매|우호|친선)\s*(?:결연|도시|교류|협력|관계|협약|협정)")

#: ``A, B에 이어 (전국에서) 세 번째로 Y와``: the cities before it tied with Y first (Y's earlier partners)
ORDINAL_AFTER_RE = re.compile(r"에\s*이어\s*(?:(?:전국|국내|도내|국내\s*지자체\s*중)\s*(?:에서\s*)?)?"
                              r"(?:[두세네]|다섯|여섯|일곱|여덟|아홉|열|\d{1,2})\s*번째")
#: after a city and 을/를: a list that it opens (``대전 중구를 시작으로``, ``노원구를 비롯해``): the city is listed too
LIST_OPENED_AFTER_RE = re.compile(r"\s*(?:시작으로|필두로|비롯해|비롯하여|비롯한)")
#: a compass part of a region written like a district (``산둥성 동북구 해안``, ``서남부``): no municipality
COMPASS_PART = re.compile(r"(?:[동서남북중]|동북|동남|서북|서남|북동|북서|남동|남서)부?")  # (미국 동부시간: the east, no town)
#: after a Korean city's short name: it is the object of a visit (``대표단이 10일 수원을 찾았다``, ``정읍을 방문해``)
SHORT_VISITED_AFTER_RE = re.compile(r"(?:을|를)\s+(?:\S+\s+){0,2}?(?:찾았|찾은|찾아|찾는|찾을|방문(?:했|해|하|한|할|중))")
#: a tie's anniversary in a relative clause on the place after it (``우호결연 10주년을 맞은 (중국) 웨이팡시``): the
#: tie word is that place's (not the verb ``맞는다``, which ends the clause)
ANNIVERSARY_CLAUSE = r"\s*\d+\s*주년을?\s*(?:맞은|맞는|맞이한|맞이하는)\s"
ANNIVERSARY_OF_NEXT_RE = re.compile(r"(?P<tie>(?:자매|우호|친선)\s?(?:결연|도시|교류|협력)(?:\s?(?:협약|협정))?)"
                                    rf"{ANNIVERSARY_CLAUSE}+(?:[\uac00-\ud7a3]{{2,6}}\s+)?$")

#: an exchange kept up with a partner, in a clause describing the noun that ends the sentence (``보령시와 우호교류를
#: 이어가고 있는 자매도시다``): the exchange is an activity; the tier is the one of the noun the sentence ends with
EXCHANGE_KEPT_UP_RE = re.compile(r"\s*(?:을|를)?\s*(?:꾸준히\s*|활발히\s*)?(?:이어\s?가고|이어\s?오고|해\s?오고|하고|지속하고)\s*있는\s")
TIER_PREDICATE_RE = re.compile(r"(?P<tie>(?:국제)?(?:자매|우호|친선|우호협력|자매결연)\s?도시)(?:이)?다\.?\s*$")

#: what follows a region that is the object of a visit (``야마구치현을 방문해``, ``강원도를 공식 방문``, ``산둥성을 찾아``):
#: the region's government is visited, so it is a party of the article
REGION_VISITED_RE = re.compile(r"\s*(?:(?:공식|직접|처음으로|다시|함께|\d{1,2}일(?:부터|까지)?)\s+){0,2}(?:방문|찾|예방)")
#: abstract nouns that make the word after them a common noun of the same compound (``협력 강화``, ``관계 진전``,
#: ``교류 양산``): a place written short there is no place (but ``교류도시 강화군``: its full name, read as before)
NOUN_BEFORE_COMMON_RE = re.compile(r"(?<![\uac00-\ud7a3])(?:협력|교류|관계|우호|유대|연대|협조|기능|역량|경쟁력|소통|"
                                   r"결속|우의|신뢰|동반자\s?관계|파트너십|네트워크|홍보|마케팅)\s$")
#: a municipality's suffix written apart from its name (``하워드 카운티와``, ``로어메리언 타운십``)
#: a visit written as a bare noun right after the place, before a comma (``베트남 닌빈성 방문, 양 지역 …``)
BARE_VISIT_AFTER_RE = re.compile(r"\s방문\s?,")
#: a town of a weak suffix visited, right after its name (``일본 아야정을 찾아``, ``가미정을 방문했다``)
#: a region, then the town that belongs to it (``동나이성에 속한 통녓현``, ``산둥성에 위치한 관남현``)
BELONGS_TO_RE = re.compile(r"에 (?:속한|소속된|위치한|있는)(?= )")
WEAK_VISITED_AFTER_RE = re.compile(r"(?:을|를)\s+(?:방문|찾아|찾았|찾는|찾을|찾은)")
SPACED_MUNICIPAL_RE = re.compile(r" (카운티|타운십|타운쉽)(" + PARTICLE + r")?(?![\uac00-\ud7a3])")
#: a town abroad written with its 시 apart, after the region that locates it (``미국 캘리포니아 컬버 시(Culver)``,
#: ``캘리포니아 컬버 시와``): the name before it is the town (not ``캘리포니아 방문 시``: a common word, the time of it)
SPACED_CITY_RE = re.compile(r" 시(" + PARTICLE + r")?(?![\uac00-\ud7a3])")
#: a numbered district right after a city abroad (``파리 15구와``, ``리옹 3구``): the district is the party
NUMBERED_DISTRICT_RE = re.compile(r" (\d{1,2}구)(?:(" + PARTICLE + r")?(?![\uac00-\ud7a3\d])|(?=(?:청장|장(?!에|으로|까지)|청|의회)"
                                  r"(?:" + PARTICLE + r")?(?![\uac00-\ud7a3\d])))(?!\s*(?:가운데|중|전체|전역|모두|내))")
#: (``파리 17구장``, ``파리 17구청``, ``파리 17구의회``: the district's head, office or council; the district is named;
#: not ``후쿠오카 2구장에서``, a pitch)
#: (not ``도쿄 23구 가운데 하나인``: the wards as a whole)

#: Korea's one-syllable name paired with the place after it (``한-산둥성``, ``한·베트남``): a national pairing
NATION_PAIR_BEFORE_RE = re.compile(r"(?<![\uac00-\ud7a3])한\s?[-·ㆍ–]\s?$")
#: what follows the tie word a relative year (``지난해``) dates: its signing (``우호협약을 체결한``, ``자매결연을 맺었다``)
LAST_YEAR_SIGNED_RE = re.compile(r"[^\s,.]{0,8}(?:\s*(?:협약|협정|결연|MOU|관계|의향서|협정서|협약서))?[을를]?\s*"
                                 rf"(?:맺(?:은|었|고|어)|체결(?:한|했|하였|하고)|{TIE_LIGHT_VERB_PAST}|결연(?:을\s*)?한)")
#: (not ``지난해 자매결연 체결 20주년을 맞은``: an anniversary last year)
#: a partner that heads the year's own relative clause (``지난해 6월 의향서를 체결한 (중국) 위해시``)
RELATIVE_HEAD_BEFORE_RE = re.compile(r"(?:맺은|체결한|맺었던|체결했던|맺고\s+있는|(?:맺은|체결한)\s+바\s+있는)\s+"
                                     r"(?:(?!뒤\s|후\s|이후\s|다음\s)[\uac00-\ud7a3]+\s+)?$")
#: what parts a partner named before a year from that year's clause: a comma or a clause-ending verb
CLAUSE_BREAK_RE = re.compile(r",|(?:하고|하며|했고|했으며|이며|이고)\s")

#: a place's government written after it (``람동성 인민위원회가``, ``하노이시 정부와``): the place acts, with the particle
GOVERNMENT_AFTER_RE = re.compile(r" (?:인민위원회|인민정부|시정부|성정부|정부|시청|군청|구청|도청)(?P<p>는|은|가|이|와|과|도|의)?"
                                 r"(?![\uac00-\ud7a3])(?!\s*(?:주최|주관|후원|초청|요청|협조))")
#: (not a government that only hosts: ``산둥성 인민정부가 주최한 포럼에서``)
#: after a place and its officer, the list of officers goes on and ends as the partners of a city (``빈증성 보반민 성장,
#: 니스 … 부시장 등 대전시의 자매 우호도시 대표단``): each place of the list is a partner
OFFICERS_LISTED_AS_PARTNERS_RE = re.compile(r"[^.]{0,240}?\s등\s+(?:[\uac00-\ud7a3]{1,10}의\s+)?(?:국내외\s*|해외\s*|국제\s*)?"
                                            r"(?:자매|우호)[\s·ㆍ]*(?:우호\s*|교류\s*)?도시")
#: (not ``경제, 관광 등 교류 협력 방안``: a list of fields)
