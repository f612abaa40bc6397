"""Korean word lists the rules use: particles, titles, organisation and event heads, tie keywords."""
from __future__ import annotations

import re

#: particle sequences that may follow a name inside one word (광명시는, 오스틴시와도, 부안군과의)
PARTICLE = (r"(?:은|는|이|가|을|를|의|와|과|에|에서|에게|에게서|께|께서|로|으로|도|만|까지|부터|처럼|보다|측|간|내|등|"
            r"이며|이고|이다|이나|이라|이라고|라고|라며|로서|으로서|로부터|으로부터|와의|과의|에는|에서는|에도|과는|와는|"
            r"에서의|이자|인|시와|시는|시가|시의|시를|시에|시에서|시로|시와의)")
PARTICLES_RE = re.compile(rf"^(?:{PARTICLE})*$")
#: what may follow a city name inside a word besides particles: titles, offices, residents
CITY_COMPOUND_RE = re.compile(
    r"^(?:시티|시|군|구|도)?(?:장|수|청장|지사|의회|의장|청|민|정부|의원)?(?:" + PARTICLE + r")*$")
TRAILING_PARTICLE_RE = re.compile(r"(?:" + PARTICLE + r")$")

#: job titles bound to a city level, as word endings: 광명시장 -> (광명, 시, 시장)
CITY_TITLES: list[tuple[str, str, str]] = [
    ("시의회의장", "시", "시의회 의장"), ("군의회의장", "군", "군의회 의장"), ("구의회의장", "구", "구의회 의장"),
    ("시의장", "시", "시의회 의장"), ("군의장", "군", "군의회 의장"), ("구의장", "구", "구의회 의장"),
    ("도의장", "도", "도의회 의장"), ("부시장", "시", "부시장"), ("부군수", "군", "부군수"), ("부구청장", "구", "부구청장"),
    ("구청장", "구", "구청장"), ("시장", "시", "시장"), ("군수", "군", "군수"), ("도지사", "도", "도지사"),
    ("시의원", "시", "시의원"), ("군의원", "군", "군의원"), ("구의원", "구", "구의원"), ("도의원", "도", "도의원"),
    ("교육감", "", "교육감"),
]
#: heads' titles written short, with the level of the article's own body they head when no place is named
#: (``김가온 지사는``: the article's 도; ``박도윤 성장과``: the one province abroad the article names)
BARE_HEAD_LEVELS: dict[str, str] = {"지사": "도", "성장": "성", "부성장": "성",
                                    # a governor's deputies (조윤명 행정부지사): the article's 도
                                    "부지사": "도", "행정부지사": "도", "정무부지사": "도", "경제부지사": "도",
                                    # a council chair contracted with the level alone (박상모 시의장): the city
                                    "시의장": "시", "군의장": "군", "구의장": "구",
                                    # (or with the council's word: 김성만 군의회의장)
                                    "시의회의장": "시", "군의회의장": "군", "구의회의장": "구"}
#: the level of government a head's title belongs to (군수 heads a 군, never a 시)
TITLE_LEVELS: dict[str, str] = {t: lvl for _e, lvl, t in CITY_TITLES if lvl in ("시", "군", "구")}
#: place endings abroad headed by a mayor whatever their last syllable (포트리자치구: a US borough)
MAYOR_LED_ENDINGS: tuple[str, ...] = ("자치구",)


def title_fits(title: str, place: str) -> bool:
    """False when ``place`` names another level of government than ``title`` heads.

    >>> title_fits("군수", "연천군"), title_fits("군수", "이무스시"), title_fits("시장", "오스틴")
    (True, False, True)
    >>> title_fits("시장", "포트리자치구"), title_fits("시장", "강남구")
    (True, False)
    """
    level = TITLE_LEVELS.get(title)
    if level == "시" and place.endswith(MAYOR_LED_ENDINGS):
        return True
    return level is None or not place.endswith(("시", "군", "구")) or place.endswith(level)


#: a tie signed with the light verb (``자매결연했다``, ``자매결연을 했다``, ``결연하고``), as a pattern to embed
TIE_LIGHT_VERB = r"결연(?:을\s*)?(?:했|하였|하고|하며)"
#: the same in the past tense only (``자매결연했다``, ``자매결연을 했으며``; not ``자매결연을 하고``)
TIE_LIGHT_VERB_PAST = r"결연(?:을\s*)?(?:했|하였)"

#: titles that stand as their own word (after a name, or before one in 시장 양기대)
TITLES = ("시장", "군수", "구청장", "도지사", "지사", "주지사", "부시장", "부군수", "부구청장", "의장", "부의장", "위원장",
          "회장", "부회장", "이사장", "원장", "대표", "대표이사", "사장", "센터장", "소장", "총장", "교수", "대사", "총영사",
          "영사", "국장", "과장", "팀장", "실장", "본부장", "사무총장", "사무국장", "관장", "청장", "장관", "차관", "의원",
          "시의원", "도의원", "군의원", "구의원", "국회의원", "상원의원", "하원의원", "주의원", "교육감", "단장", "이사", "감독", "지회장", "협회장", "조합장",
          "시의회의장", "총재", "주석", "부주석", "성장", "부성장", "당서기", "서기", "비서", "서기장", "당서기장", "계장", "주무관", "대표의원", "면장", "읍장", "동장",
          "총리", "부총리", "구장", "부구장", "의회장", "교장", "교감")
# (구장: a Chinese district's head; 의회장: a council's chair; 교장, 교감: a school's principal and deputy)
#: titles that mark the person as a mayor/governor of the city they are named with
CITY_BOUND = {"시장", "군수", "구청장", "도지사", "지사", "주지사", "부시장", "부군수", "부구청장", "성장", "부성장", "당서기", "서기", "구장", "부구장"}

ORG_SUFFIXES: tuple[str, ...] = ("상공회의소", "체육회", "연합", "대학원", "교육청", "경찰서", "소방서", "국제상회", "상회", "무역관", "대사관",
                "영사관", "총영사관", "농협", "수협", "지원청", "교육지원청", "진흥청", "협동조합연합회", "협동조합", "연구소", "연구원", "진흥원", "진흥회", "협의회", "위원회", "센터", "조합", "재단",
                "협회", "연합회", "연맹", "공사", "공단", "의회", "대학교", "대학", "병원", "은행", "학교", "여고", "여중", "고교", "사무소", "사업단",
                "기구", "본부", "공단", "회의소", "학회", "문화원", "박물관", "미술관", "도서관", "신문", "일보", "방송",
                "협력단", "관광공사", "그룹", "전자", "클럽", "포럼사무국", "사무국", "지원단", "추진단", "노조", "노동조합",
                "지부", "지회", "상임위", "상무위", "대표부", "대표처", "사무처", "향우회")  # (주한국타이베이대표부: a mission)
#: the national ministries, whole words (``부`` alone ends too many other words to be a suffix)
NATIONAL_MINISTRIES = ("외교부", "통일부", "국방부", "법무부", "교육부", "환경부", "행정안전부", "기획재정부", "문화체육관광부",
                       "농림축산식품부", "산업통상자원부", "보건복지부", "고용노동부", "여성가족부", "국토교통부", "해양수산부",
                       "중소벤처기업부", "과학기술정보통신부", "외교통상부", "행정자치부", "안전행정부")
ORG_SUFFIXES = ORG_SUFFIXES + NATIONAL_MINISTRIES
#: a department of a foreign local government, named by its field (``노동보훈사회국``, ``외무국``, ``문화체육관광국``,
#: ``외사판공실``): the government acts through it (regex text, used by the place and event tables)
DEPARTMENT_WORD = (r"[\uac00-\ud7a3]{0,8}(?:사회|노동|보훈|외무|외사|관광|문화|체육|교육|상무|투자|무역|산업|농업|협력|교류|계획)"
                   r"[\uac00-\ud7a3]{0,4}(?:국|청|처|판공실)")
#: words that end like an organisation but name none
ORG_STOP = frozenset("""센터 위원회 인민위원회 인민정부 협의회 조합 재단 협회 기업 사회적기업 지방정부 공무원 단체 기관 학교 대학 병원 은행 본부 의회
관계기관 유관기관 시의회 군의회 구의회 도의회 국회 사무소 공사 공단 연구소 연구원 기구 지역센터 행정복지센터 주민센터
보건소 보건센터 관광공사 그룹 클럽 박물관 미술관 도서관 신문 일보 방송 학회 사무국 문화원 지방의회 실무협의회 연합
체육회 교육청 대학원 국제연합 초등학교 중학교 고등학교 중고등학교 유치원 어린이집 상임위 상무위
양도시의회 두도시의회 도시의회 양시의회 양국의회
자매의회 자매시의회 자매군의회 자매구의회 자매도의회 자매도시의회 우호의회 우호시의회 우호군의회 우호구의회 우호도시의회
교류의회 결연의회""".split())  # (자매구의회인 부산 동구의회: a sister council, said of the council named after it)
#: a town's or a district's own associations of residents, named by their place (``남구 체육회``, ``중구 새마을회``):
#: alone (``새마을회장``) no name, with the place written before them one body of that place
LOCAL_ASSOCIATIONS = frozenset("체육회 새마을회 향우회 노인회 부녀회 청년회 번영회 장학회 후원회 생활체육회 예술인회".split())
#: organisation words too generic to be a name alone; with the word before them they are one (축제 조직위원회)
GENERIC_ORG_STEMS = frozenset("실무 조직 교육 체육 운영 추진 집행 자문 협력 준비 기획 행정 지역 민간 관계 시민 주민 "
                              "국제 유관 공공 관련 산하 해외".split())  # (국제기구, 유관기관: kinds of bodies)

EVENT_HEADS = ("정상회의", "협약식", "협정식", "체결식", "결연식", "조인식", "기념식", "개막식", "폐막식", "개회식", "폐회식",
               "출범식", "발대식", "준공식", "시상식", "환영식", "환영회", "설명회", "간담회", "평가회", "토론회", "보고회",
               "교류회", "세미나", "심포지엄", "워크숍", "워크샵", "컨퍼런스", "콘퍼런스", "포럼", "총회", "박람회", "엑스포",
               "전시회", "축제", "페스티벌", "페스타", "대회", "행사", "회의", "회담", "면담", "접견", "만찬", "협약", "협정", "MOU",
               "업무협약", "실무협의", "실무회의", "방문", "협약서", "서명식", "교류전", "친선경기", "캠프", "공연", "음악회", "문화제", "연수",
               "홈스테이", "기자회견", "퍼레이드", "행진", "직거래장터", "장터", "마켓", "시상식", "토크콘서트", "봉사활동", "일손돕기", "박람회", "설명회", "기념행사", "발표회", "간담회", "교류회",
               "교환식", "전달식", "수여식", "제막식", "현판식", "기공식", "착공식", "환송회", "교역회", "상담회", "품평회", "전람회",
               # festivals named with 제 (강릉단오제, 개천예술제, 부산국제영화제) and 축전
               "단오제", "예술제", "영화제", "음악제", "연극제", "무용제", "국악제", "민속제", "가요제", "대동제", "문화축전",
               "예술축전", "영상통화", "화상통화", "화상면담", "영상면담",  # (not 축전 alone: a congratulatory telegram)
               # exhibitions named by what they show (사진전, 특별전; not 발전, 도전, 사전: no exhibition)
               "사진전", "특별전", "기획전", "초대전", "서예전", "미술전", "작품전", "순회전", "교류전시",
               # openings of a building or an office (개관식: a library's, 개소식: an office's)
               "개관식", "개소식", "개원식", "개장식", "개청식")
SIGNING_HEADS = ("협약식", "협정식", "체결식", "결연식", "조인식", "협약", "협정", "MOU", "업무협약", "협약서", "서명식")

SISTER_RE = re.compile(r"자매\s?결연|자매도시|자매 도시|상호\s?결연|결연도시|결연 도시|자매우호|자매교류|자매관계|자매\s?지역|"
                       r"자매의\s?(?:인)?연(?=을|은|이|\s)|"  # (자매의 연을 맺어, 자매의 인연을: the bond of sisters)
                       r"자매(?:주|현|성|도)(?=인|와|과|의|는|은|로|\s|,|$)|sister|twin", re.I)  # (자매지역, 자매주인 오리건주)
#: the umbrella words for a city's partners of either tier (자매우호도시, 자매·우호도시, 자매(우호)도시): a sister tie
#: only when the article says nothing more specific of the pair
UMBRELLA_TIE_RE = re.compile(r"자매\s*[·ㆍ/(]?\s*우호\)?(?:\s*협력)?\s*(?:도시|지역)|자매\s*[·ㆍ/]\s*우호\s*(?:협력\s*)?(?:관계|결연)")
FRIEND_RE = re.compile(r"우호 ?(?:교류|협력|도시|관계|친선|결연|협약|협정|지역)|친선 ?(?:협약|협정|결연|교류)|우호(?:주|현|성)(?=인|와|과|의|는|은|로|\s|,|$)|"
                       r"친선도시|friendship|friendly", re.I)
OTHER_TIE_RE = re.compile(r"업무협약|협약|협정|MOU|양해각서|교류협력|교류 협력|파트너|partner", re.I)
#: friendly relations furthered (``우호 관계를 더욱 공고히``, ``우호관계를 증진하기로``): said of any pair, no friendship tie
FRIENDLY_RELATIONS_RE = re.compile(r"우호\s?(?:협력\s?)?관계(?:를|을|가|의|는|도)?\s*(?:더욱\s*|한층\s*|한\s?단계\s*)?"
                                   r"(?:증진|강화|공고|돈독|발전|다지|다져|다진|유지|이어|확대|깊|두텁|굳건)")
TIE_WORD_RE = re.compile(SISTER_RE.pattern + "|" + FRIEND_RE.pattern + "|" + r"업무협약|협약|협정|MOU|양해각서|교류도시|교류 도시",
                         re.I)
#: the officials or the delegation of a city written after its name (``야마토시 관계자``, ``오타시 방문단``): the
#: people reader gives their leader the city, the event reader makes the city take part
CITY_GROUP_WORDS = r"관계자|공무원|직원|대표단|방문단|사절단|교류단|일행|측\s*인사"
#: a city's delegation (``린이시 대표단``, ``다카마쓰 방문단``) and a city's own staff (``김해시 관계자들``)
DELEGATION_WORDS = r"대표단|방문단|교류단|사절단|일행|시찰단"
CITY_STAFF_WORDS = r"관계자|공무원|직원"
ATTEND_RE = re.compile(r"참석|참가|참여(?!율|도|자 수)|함께했|함께한|함께해|자리했|자리를 함께|동행|동참|"
                       # (관계자 등 30명이 지켜보는 가운데: people who watch; not 부산시가 결과를 지켜보는 가운데)
                       r"(?:명|관계자들?|인사들?|내빈들?|주민들?|시민들?|대표단|방문단)(?:이|가)?\s*지켜(?:보는|본) 가운데|"
                       r"(?:대표단|방문단|사절단|선수단|공연단|교류단|연수단|시찰단|봉사단|예술단|견학단|탐방단)"
                       r"(?:\s*\d+\s*명)?(?:을|를) (?:보냈|파견)")  # (청소년교류단을 파견할 예정)
#: verbs by which people take part in an event without the word 참석 (맞았다, 면담하고, 서명했다, 찾아 …)
PARTICIPATE_RE = re.compile(r"맞이|맞았|맞아|환영|면담|회담|접견|예방|만나|만났|서명|발표했|발표하|축사|환영사|인사를|이끄는|"
                            r"이끈|단장으로|찾아|찾았|방문해|방문했|격려|둘러|참관|전달|"
                            r"(?:간담회|회의|회담|면담|환담|접견|영상회의|화상회의|화상 회의|회동)(?:을|를)\s*(?:갖|가졌|가진)|"
                            r"(?:환담|담소|대화|의견)(?:을|를)\s*(?:나누|나눴|나눈|나누었)|"  # (… 사장과 환담을 나눴다)
                            r"(?:영상통화|화상통화|화상면담|영상면담)(?:을|를)\s*(?:하|했|갖|가졌|가진)|"
                            r"좌장|사회를|기조연설|주제발표|"
                            # 대표단은 A를 비롯해 B, C 등 5명으로 구성됐다: the members of the delegation
                            r"(?:대표단|방문단|사절단|교류단|일행)[^.]*?(?:구성됐|구성되었|꾸려졌|이뤄졌|포함됐)")
#: a group of partner cities by kind and scope (``국내외 상호결연도시``, ``해외 자매도시``): the shared words of the group
#: patterns (patterns_ko_places.GROUP_NOUN_RE, patterns_ko_events.PARTNERS_OF_AFTER)
PARTNER_SCOPE = r"(?:국내외|해외|국외|국내)"
PARTNER_KIND = r"(?:상호결연|자매결연|자매|우호|결연|교류)"
HOST_VERB_RE = re.compile(r"개최|열린|열렸|열어|열었|연다|열릴|주최|주관|마련|가졌|갖고|가진|진행")

KOREAN_SURNAMES = frozenset("""김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차
주 우 구 민 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 라 왕 금 옥 육 인 맹 제 모 탁 국 어 은
편 용 예 경 봉 사 부 황보 남궁 제갈 선우 독고 사공 서문 빈 태 피 탄 견 당 팽 승 형 호""".split())
#: surnames as the Korean press of China and North Korea writes them, with their first ㄹ (리 for 이, 량 for 양):
#: a three-syllable name only (a two-syllable word starting so is mostly a foreign given name, 리에, 리사)
INITIAL_RIEUL_SURNAMES = frozenset("리 량 림 렴".split())
#: syllables common in Korean given names (not in Japanese or Chinese towns' Hangul: 즈, 모, 쓰, 마 …): a surname and
#: two of them glued to 시장 is a person and a title (``김영희시장은``), not a town abroad 김영희시
KOREAN_GIVEN_SYLLABLES = frozenset("""가 강 건 경 관 광 규 근 기 길 남 대 덕 동 두 란 래 련 령 례 록 룡 륜 린 림 만 명 무 문 미 민
범 병 보 복 봉 빈 상 서 석 선 섭 성 세 소 솔 송 수 숙 순 승 식 신 실 심 애 언 연 열 엽 영 예 옥 완 용 욱 운 웅 원 월 윤 율 은 의
익 인 일 재 정 종 주 준 중 지 진 찬 창 채 천 철 청 춘 충 태 택 필 학 한 해 향 혁 현 형 혜 호 홍 화 환 효 훈 휘 희 흥
아 나 라 리 다 비 슬 별 담 람 름 새 샘 솜 루 우 표 겸 흠 낙
유 곤 국 균 배 백 삼 직 탁 갑 권 귀 극 금 돈 득 락 량 렬 묵 반 방 법 벽 변 손 억 엄 염 온 왕 요 육 을 응 작 장 적 전 절
점 제 조 존 좌 증 집 징 척 초 총 추 치 탄 판 평 풍 함 합 항 헌 협 황 회 후 흔""".split())


def korean_given_name(word: str) -> bool:
    """A three-syllable word that reads as a Korean surname and two given-name syllables (``김영희``), not a town
    abroad or a foreign name (``이즈모``, ``부르마``): the test the Korean readers share.

    >>> korean_given_name("김영희"), korean_given_name("이즈모"), korean_given_name("부르마"), korean_given_name("김철")
    (True, False, False, False)
    """
    return len(word) == 3 and word[0] in KOREAN_SURNAMES and all(c in KOREAN_GIVEN_SYLLABLES for c in word[1:])
NAME_STOP = frozenset("""이번 이날 이어 이후 이에 이와 이를 이는 이상 이하 이미 이제 한편 정부 오후 오전 강화 조성 지난 최근 전국 진행 한국 도시
시민 주민 최대 안전 유치 임시 장관 방문 참석 주요 기념 전시 공동 우리 모든 각각 관계 관련 국내 국외 해외 양국 양측 양시 양군 양도
지자체 관계자 공무원 대표단 위원 시장 군수 구청장 도지사 의장 대표 단장 총장 회장 원장 소장 국장 과장 부시장 부군수 국회 정책 사업
성과 평가 협력 교류 발전 지역 문화 경제 관광 교육 체육 청소년 학생 기업 시설 정상 도정 시정 군정 구정 하반기 상반기 내년 올해
작년 금년 전날 당일 오늘 내일 현지 현지시간 기자 사진 제공 영상 주최 주관 후원 소재 위치 개최 체결 추진 확대 강조 기대 예정 계획
유관 관내 관외 도내 시내 군내 구내 도청 시청 군청 구청 청사 본청 신임 전임 현직 명예 초대 역대 차기 전 현 각 제 양 두 세 네
우호 자매 결연 상호 국제 세계 미래 평화 지속 가능 탄소 중립 녹색 전환 기후 위기 대응 일행 수행원 수행단 일원""".split())

#: a verb told in the past with its ending (``체결했다``, ``열렸으며``), for event tense and for dates
PAST_VERB_RE = re.compile(r"(?:았|었|였|했|됐|렸|졌|쳤|왔|갔)(?:다|으며|고|는데)")
