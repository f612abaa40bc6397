"""Korean event knowledge as data: event heads, date roles, delegation words, attendance and host forms.

Each entry is named and says what it makes; :mod:`kgraph.extract.ko_events` and
:mod:`kgraph.extract.dates` apply them. Adding a phrasing is one line here plus its test in
``tests/test_extract_ko_events.py``.

>>> head_kind("환담")
'meeting'
>>> sorted(SIGNING_WORDS & {"의향서", "포럼"})
['의향서']
>>> bool(DATE_UNTIL.match("까지 머물며")), bool(DATE_UNTIL.match("부터"))
(True, False)
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from ..hangul import HANGUL
from .lexicon import CITY_GROUP_WORDS, DEPARTMENT_WORD, PARTNER_KIND, PARTNER_SCOPE, PAST_VERB_RE, TIE_LIGHT_VERB


@dataclass(frozen=True)
class Head:
    """An event word the lexicon lacks: ``word`` ends an event name; ``kind`` says what it is."""

    name: str
    word: str
    kind: str  #: meeting | signing | ceremony | visit | festival | exhibition | dinner


#: event heads beyond :data:`kgraph.extract.lexicon.EVENT_HEADS` (meetings held on line, courtesy
#: talks, unveilings, letters of intent, receptions)
EVENT_HEADS: tuple[Head, ...] = (
    Head("courtesy talk", "환담", "meeting"),
    Head("talks held with a visitor (가진 회견)", "회견", "meeting"),
    Head("a day of someone (시민의 날)", "의 날", "ceremony"),
    Head("an evening of something (송년의 밤, 자매우호도시의 밤)", "의 밤", "dinner"),
    Head("a time held for guests (환송의 시간을 가졌다)", "의 시간", "meeting"),
    Head("webinar", "웨비나", "meeting"),
    Head("video conference", "화상회의", "meeting"),
    Head("video meeting", "영상회의", "meeting"),
    Head("unveiling", "제막식", "ceremony"),
    Head("plaque ceremony", "현판식", "ceremony"),
    Head("opening ceremony", "개소식", "ceremony"),
    Head("medical volunteering (의료봉사 활동을 펼쳤다)", "의료봉사", "ceremony"),
    Head("familiarisation tour for the travel trade", "팸투어", "visit"),
    Head("tree planting to remember a visit", "기념식수", "ceremony"),
    Head("letter of intent", "의향서", "signing"),
    Head("memorandum of understanding (the Korean word for an MOU)", "양해각서", "signing"),
    Head("agreement document", "협정서", "signing"),
    Head("agreement (결연)", "협약체결", "signing"),
    Head("declaration signed (공동선언문에 서명)", "선언문", "signing"),
    Head("written agreement (합의서)", "합의서", "signing"),
    Head("written pledge (약정서)", "약정서", "signing"),
    Head("tie document (결연서, 결연증서)", "결연서", "signing"),
    Head("tie certificate (결연증서)", "결연증서", "signing"),
    Head("celebration gathering (축하 기념회)", "기념회", "ceremony"),
    Head("celebration banquet (축하연)", "축하연", "dinner"),
    Head("reception", "리셉션", "dinner"),
    Head("luncheon", "오찬", "dinner"),
    Head("dinner party", "만찬회", "dinner"),
    Head("welcome banquet (환영연)", "환영연", "dinner"),
    Head("return visit", "답방", "visit"),
    Head("trip (방문길에 올랐다)", "방문길", "visit"),
    Head("tour of visits", "순방", "visit"),
)

#: a clause right before a generic event word that says what it is held for (``환영하는 행사``, ``기념하는 행사``):
#: the event is named by it (group 1 the noun)
EVENT_PURPOSE_BEFORE = re.compile(r"(환영|환송|기념|축하|추모|경축)(?:하는|한|하기\s?위한|하기\s?위해)")
#: the act a signing ceremony's name ends with (``의향서 체결식``, ``협약식``): no part of what was signed
CEREMONY_ACTS = frozenset({"체결", "서명", "조인", "협약", "협정", "교환", "전달", "결연", ""})
#: heads whose events are signings (they join each other: 협정서 … 협약식)
SIGNING_WORDS = frozenset(h.word for h in EVENT_HEADS if h.kind == "signing")
#: a tie word signed in a clause of its own (``자매결연을 맺었다``, ``우호결연을 체결했으며``): the signing is an event
#: named by the tie word; not a noun's clause (``자매결연을 맺은 후``, ``맺은 도시``) nor a lasting state (``맺고 있다``);
#: a partner tier made (``상하이시와 자매도시를 맺었다``, ``우호도시를 체결하고``) is most often a history told: no event
TIE_SIGNED = re.compile(r"(?P<tie>(?:국제|해외|국내)?(?:(?:자매|우호|친선|상호)\s?결연|우호\s?교류)|결연)(?:(?:을|를)\s*(?:[가-힣]+\s+)?"
                        r"(?:(?:맺었|체결했|체결하였|맺게\s*(?:됐|되었))(?=다|고|으며|으나|는데|습니다)|"
                        r"(?:맺을|체결할)\s*(?:예정|계획)|(?:맺|체결하)기로\s*(?:했|하고|하였|합의)|(?:맺는|체결한)다)|"
                        r"(?<!교류)(?:을\s*|를\s*)?(?:했|하였)(?=다|고|으며|으나|는데|습니다))")
#: (and planned, ``오는 20일 … 자매결연을 맺을 예정이다``: the signing to come, dated as the text dates it; also written
#: spaced, ``자매 결연을 맺었다``, or with the light verb, ``자매결연했다``, ``자매결연을 했다``; not ``우호교류를 했다``, an
#: exchange)
#: the tie words :data:`TIE_SIGNED` makes events of (they join the other signings)
TIE_SIGNING_WORDS = frozenset({"자매결연", "우호결연", "친선결연", "상호결연", "결연", "우호교류",
                               *(p + w for p in ("국제", "해외", "국내") for w in ("자매결연", "우호결연", "친선결연", "우호교류"))})
#: the particle after a city that signs in its own name (``남원시와 옌청시는``, ``남원시는 … 옌청시와``), when no
#: person is named as signing: the city takes part in its signing
SIGNER_PARTICLE = re.compile(r"와|과|는|은|가|이|도")  # (A와 B도 협약을 체결했다: also signs)
#: between two cities of one list of signers (``베이징, 상하이와``, ``A·B시와``): the first signs as the last does
SIGNER_LIST_JOINER = re.compile(r"\s*[,·ㆍ]\s*")
#: a signing verb in a clause's own form after the agreement's name (``체결했다``, ``맺고``, ``서명했으며``), not a noun's
#: clause (``맺은 자매결연 협정에 따라``)
SIGNED_NOW = re.compile(r"(?:체결|서명|조인)(?:했|하였|하고|하며|해\s|한다|할\s예정|키로)|맺(?:었|고|으며)|"
                        # (협약서를 교환했다: the signed documents exchanged; not 의견을 교환했다)
                        r"(?:협약서|협정서|의향서|합의서|양해각서|각서|결연서)(?:를|을)?\s?(?:서로\s|상호\s)?"
                        r"교환(?:했|하였|하고|하며)|" + TIE_LIGHT_VERB)
#: right after an event's name: the event is the setting of what the clause tells (``체결식에서는 A와 B가 …``)
EVENT_AS_SETTING = re.compile(r"['’\"”]?(?:에서는|에서|에선)\s")
#: the other party of a pair named with 간 or 사이 (``대구시와 부하라주 간``): the pair names the agreement
PAIR_BETWEEN = re.compile(r"\s*\S{1,14}?\s*(?:간|사이)(?:의|에)?\s")
#: heads of events that hold the meeting of a ``만나 … 논의`` sentence (a signing, a ceremony); a festival or an
#: exchange named as the topic does not (``만나 축제 교류를 논의했다``: a meeting about a festival)
HOLDS_A_MEETING = frozenset(h.word for h in EVENT_HEADS if h.kind in ("signing", "ceremony", "meeting"))
#: document words an article uses for one signing (우호교류 협약서에 서명 … 우호교류협정을 체결): (written, as)
SIGNING_SYNONYMS: tuple[tuple[str, str], ...] = (("협약서", "협약"), ("협정서", "협약"), ("협정", "협약"), ("체결식", ""),
                                                  ("양해각서", "MOU"),
                                                  ("협약식", "협약"), ("협정식", "협약"))
#: a trip set out on, in a relative clause before the subject (``독일 방문길에 오른 … 대표단은``, ``순방에 나선``): the
#: background of the sentence, whose own event (a signing) the subject attends
TRIP_SET_OUT = re.compile(r"\s*에\s*(?:오른|나선|오르는|나서는|올라|나서)")
#: meetings named by the two sides they are held between (``A 협회와 B 협회 간 간담회``): both take part
PAIR_MEETING_HEADS = frozenset({"간담회", "회의", "회담", "교류회", "협의회", "면담", "토론회", "세미나", "워크숍", "좌담회"})
PAIR_MEETING_BEFORE = re.compile(r"(?P<a>[\uac00-\ud7a3]+?)(?:와|과)\s+(?:[\uac00-\ud7a3]+\s+)?(?P<b>[\uac00-\ud7a3]+?)\s*"
                                 r"(?:간|사이)(?:의)?\s+(?:[\uac00-\ud7a3]+\s+){0,2}")
#: meetings held *with* someone (``김 시장과의 간담회에서``, ``오타시와 간담회를 가졌다``): the one met and the
#: sentence's subject both take part
MET_WITH_HEADS = PAIR_MEETING_HEADS | frozenset({"만남", "환담", "오찬", "만찬", "접견", "회동", "회견", "실무협의", "실무회의"}) | \
    frozenset({"화상회의", "영상회의"})  # (B시와 화상회의를 열고: a meeting held apart)
#: after a party named after the meeting word: what it was met for (``화상회의를 열고 포틀랜드시와 교류 방안을
#: 논의했다``, ``화상회의로 … 시와 의견을 나눴다``): the party takes part in the meeting; no relative clause or
#: genitive between (not ``오타시와 체결한 협약의 이행을``, ``포틀랜드시와 오타시의 사례를``: the party only spoken of)
DISCUSSED_WITH_AFTER = re.compile(r"[시군구]?(?:와|과)\s+(?:[^\s.,]+(?<![한는은던된린의며고서])\s+){0,4}?(?:논의(?:했|하|해)|협의(?:했|하|해)|"
                                  r"의견을\s*(?:나눴|나누|교환)|환담(?:했|하))")
#: between a person met and the meeting: a title, then 와/과 (의) and at most one word (``시장과의 공식 간담회``)
MET_PERSON_BEFORE = re.compile(r"\s?(?:[\uac00-\ud7a3]{1,8}\s?)?(?:와|과)(?:의)?\s+(?:[\uac00-\ud7a3]{1,6}\s+)?")
#: between a city or body met and the meeting: its particle alone (not ``오타시 방문과 간담회``: two events)
MET_BODY_BEFORE = re.compile(r"(?:시|군|구|도|청)?(?:와|과)(?:의)?\s+(?!공동|함께|같이)(?:[\uac00-\ud7a3]{1,6}\s+)?")
#: a visit told by its end (``대표단이 보령에서의 3박 4일 일정을 마무리하고 12일 출국했다``): the stay's place, length and
#: the day it ended; not a programme to come (``일정을 마치고 귀국할 예정``: the verb in the past only)
VISIT_ENDED = re.compile(r"(?:(?P<place>[\uac00-\ud7a3]+?)에서의?\s+)?(?:(?P<n>\d{1,2})\s*박\s*\d{1,2}\s*일(?:간|의)?\s*)?"
                         r"(?:방문\s*|공식\s*|방한\s*)?일정을\s*(?:모두\s*)?(?:마무리하고|마무리했|마치고|마쳤|끝내고|끝냈)"
                         r"[^.]*?(?P<verb>출국했|귀국했|떠났|돌아갔|출국하였|귀국하였)")
#: heads of visits: a visit's date may be known only to the month (오는 7일까지 방문)
VISIT_WORDS = frozenset({"방문", "답방", "예방", "방문길", "순방"})


def head_kind(word: str) -> str | None:
    """The kind of one of the extra event heads, or None."""
    return next((h.kind for h in EVENT_HEADS if h.word == word), None)


# --- date roles: what a date means by the words around it -----------------------------------------

#: ``26일까지`` with no ``부터`` before it: the end of a stay, not the start of what follows
DATE_UNTIL = re.compile(r"\s*까지")
#: ``12일부터``, ``12~``: the start of a range
DATE_FROM = re.compile(r"\s*(부터|~|～|－|-)")
#: a date right before the relative clause that says when the event after it is held (``5일부터 열리는 인삼축제``,
#: ``10일 개최된 포럼``): that date is the event's, whatever date comes before it in the sentence
HELD_ON_DATE = re.compile(r"\s*(?:부터|에|에는)?\s*(?:[\uac00-\ud7a3]{1,12}에서\s+)?(?:열리는|열린|열릴|개최되는|개최된|개최될|"
                          r"개최하는|개최한|펼쳐지는|펼쳐진|펼쳐질)\s+")
#: (``7월8일 부터 무주에서 개최하는 제6회 세계 태권도 엑스포``: a venue may come between)
#: ``24일 성동구를 방문 중인 대표단``: the visit was under way; its start is known to the month only
VISIT_ONGOING = re.compile(r"방문\s*(중인|중이던|중에 있는)")
#: ``2018년에는 … 행사에 참석``: a year that dates the event named after it in the same clause
YEAR_FOR_EVENT = re.compile(r"^\s*(에는|에도|에)\s")
#: between a year and the visit it dates, when the sentence tells that visit (``지난 2015년 김가온 시장이 구라요시시를
#: 방문했다``): the visitor and the place, no clause's ending and no tie between (not ``2002년 자매결연을 맺은 뒤 …``)
YEAR_THEN_VISIT = re.compile(r"(?!부터|까지|이후|동안)\s*(?:(?!\S*(?:결연|협약|협정|맺|체결)|(?:뒤|후|이후|직후|다음)\s)"
                             r"\S+(?<![고며서던은한])\s+)*?(?!\S*(?:결연|협약|협정|맺|체결))\S+(?:을|를|에)\s+")
#: the visit told in the past as the sentence's verb (``방문했다``, ``방문했으며``; not ``방문할 예정``)
VISITED_PAST = re.compile(r"방문(?:했|하였|한\s*데\s*이어|한\s*바\s*있)")  # (also told as done: 방문한 데 이어, 방문한 바 있다)
#: a year the main clause's signing follows (``2008년 우호교류 협약을 체결하고``, ``1999년 자매결연을 맺었다``):
#: the year dates that signing (a relative clause, ``맺은 X와``, is background instead)
#: (up to six words between, a long agreement name among them: ``1999년 동영시와 국제 우호도시간 공무원 상호파견 협정을
#: 체결하고``; no time word or date of their own, not ``2019년 인구가 늘어난 시는 올해 협약을``, ``2008년부터 교류해
#: 2013년에 자매결연을``, and no relative clause the year dates instead: not ``2015년 개관한 시민회관에서 … 협약을``)
YEAR_SIGNING = re.compile(r"^\s*(?:(?!올해|지난해|금년|이번|최근|오늘|작년|내년|부터|이후|이래|뒤\s|후\s|\d)[^.,\s]+(?<![한된던린연난긴든춘진해며인])\s+){0,6}?"
                          r"[^.,\s]*?(협약|협정|자매결연|결연|MOU|양해각서|의향서|합의서)"
                          # (2003년 관광교류협정, 2009년 경제교류협정을 체결했다: each year its own agreement of the list)
                          r"(?:\s*(?:,|및|와|과)\s*(?:19|20)\d{2}년\s*[^.,]{0,20}?(?:협약|협정|결연))*"
                          r"(?:\s*\([^()]{1,20}\))?"  # (2017년 업무협정(MOU)을 체결했다: the gloss in brackets)
                          r"(?:[을를]?\s*(체결|맺)(했|하고|하며|해|었|고|으며|어|한\s*바\s*있|은\s*바\s*있|하는\s*등|는\s*등)|"
                          r"(?<=결연)(?:을\s*)?(?:했|하였|하고|한\s*바\s*있|하는\s*등))")  # (≡ TIE_LIGHT_VERB_PAST after its 결연)
#: (also a past act told as done, ``2018년 … 협약을 체결한 바 있다``, or listed, ``1995년 자매결연을 하고 2012년 … 양해각서를
#: 체결하는 등``)
#: a past agreement mentioned as background, not an event of its own:
#: ``2008년 우호교류 협약을 맺은 징안구와``, ``2005년 10월 우호교류 협약 체결 후``, ``2005년 자매결연을 맺은 횡성군과``
#: two dates joined (``2018년과 지난해``), and the signing verb of a relative clause after them (``체결된``): with two
#: agreements joined after it, each date dates its own
YEARS_JOINED = re.compile(r"\s*(?:과|와|,|및)\s*")
SIGNED_RELATIVE = re.compile(r"\s*(?:에\s*)?(?:각각\s*)?(?:체결된|맺어진|체결한|맺은|체결했던|맺었던)\s+")
#: (not an act told as done, ``협약을 체결한 바 있다``, ``맺은 데 이어``: the event itself)
BACKGROUND_AGREEMENT = (
    ("relative clause on a party", re.compile(
        r"^[^.,]{0,25}?(자매결연|결연|협약|협정|우호교류|우호도시|자매도시|MOU)[을를]?\s*(맺은|체결한)\s+(?!협[약정]|자매결연\s*협[약정]|바\s?있|데\s?이어)"
        r"[\uac00-\ud7a3]")),
    ("time clause", re.compile(r"^[^.,]{0,25}?(협약|협정|결연|우호교류)\s*(체결|을 맺은|를 맺은)\s*(후|뒤|이후|이래|以來)")),
)
#: after a person (and a title): another stands in for them (``시장을 대신해``, ``시장 대신``, ``시장을 대리하여``)
STOOD_IN_FOR = re.compile(r"\s*(?:[\uac00-\ud7a3]{1,8}\s*)?(?:을|를)?\s*(?:대신|대리)(?:해|하여|해서|하여서|한|\s)")
#: what a bracket holding a date says of a tie (``(1976.10.11.체결)``, ``(2005년 결연)``, ``(2010년 수립)``)
TIE_DATE_IN_BRACKETS = re.compile(r"체결|결연|협약|협정|수립|조인")
#: a tie's own clause joined to a history counted from it (``1974년 2월 4일에 자매의 연을 맺어 올해 50주년을 맞았으며``,
#: ``1990년 결연을 맺고 교류를 이어 오고 있으며``): a date of an earlier year before it is the tie's, no event's of the
#: story (not ``2023년 5월 자매결연을 맺고 기념식을 가졌다``: the ceremony's too)
TIE_CLAUSE_JOINED = re.compile(r"\s*(?:에|에는)?\s*[^.,]{0,25}?(?:결연|자매의\s?(?:인)?연|협약|협정|우호교류|관계)[을를]?\s*"
                               r"(?:맺어|맺고|맺으며|체결해|체결하고|체결하며)\s"
                               r"(?=[^.]*?(?:주년|이래|이어\s?오|이어\s?왔|지속해|지속하고))")  # (a history counted from it)
#: the sentence speaks of what is planned (a bare ``18일`` then lies ahead): ``체결할 예정``, ``열 계획``
FUTURE = re.compile(r"(할|될|열|갈|올|릴|을|일)\s+(예정|계획|방침)|(개최|방문|참석|참가|체결|출국|방한)\s*예정|"
                    r"할 것|될 것|열릴|열린다|열리는|개최되는|개최한다|방문한다|참가한다|참석한다|체결한다")
#: words of a wish or a plan inside a quotation (``방문단을 초대하고 싶다``, ``… 기대한다``): what it names has not happened
WISHED = re.compile(r"싶다|싶습니다|바란다|바랍니다|바라며|희망한다|희망합니다|기대한다|기대합니다|하겠다|하겠습니다|" + FUTURE.pattern)
#: the sentence reports what happened (a bare ``18일`` then lies behind): ``체결했다``, ``열렸다``
PAST = PAST_VERB_RE


def tense(sentence: str) -> str | None:
    """``past``, ``future`` or None, from the sentence's verbs (what is planned wins).

    >>> tense("두 도시는 18일 협약을 체결할 예정이라고 밝혔다."), tense("18일 협약을 체결했다."), tense("18일")
    ('future', 'past', None)
    """
    if FUTURE.search(sentence):
        return "future"
    if PAST.search(sentence):
        return "past"
    return None


#: ``23일부터 3박 4일간 교류 일정``: a stay, the dates of the visit in the sentence
STAY = re.compile(r"\s*(?:부터|~)?[^.]{0,12}?(\d\s*박\s*\d\s*일|일정)")
#: ``A 행사, B 행사에 상호 참석``: each party attended the other's event, named inside the event names
MUTUAL = re.compile(r"(상호|서로|교차)\s*$")
#: words for "that day": the day named last before them, not the publication's
THAT_DAY = frozenset({"이날", "당일", "이 자리에서"})
#: words that name the occasion just told (``… 접견실에서 만났다. 이 자리에서 두 시장은 협약서에 서명했다``): that
#: event's day, and no day at all when no event before has one
THAT_OCCASION = frozenset({"이 자리에서"})
#: the day before the day spoken of (``전날``; ``어제`` counts from the publication)
DAY_BEFORE = frozenset({"전날"})
#: an announcement date (``8일 밝혔다``, ``6일 시에 따르면``, ``6일 군 관계자에 따르면``) is the day of the
#: report, not of an event
ANNOUNCEMENT = re.compile(r"\s*(?:(밝혔|전했|말했|발표했|설명했|알렸|취재\s?결과)|[\uac00-\ud7a3A-Za-z]{1,12}(?:\([^)]{1,20}\))?"
                          r"(?:\s[\uac00-\ud7a3]{1,6})?에\s?따르면)")  # (24일 남원시(시장 김가온)에 따르면: the report's day)

#: words that place what a report tells in the past without its day (``최근 … 간담회를 열었다고 25일 밝혔다``): the
#: report's day is not the day of it
UNDATED_PAST = re.compile(r"최근(?!\s*(?:늘어난|증가한|급증한|높아진|커진|활발해진|확대된)\s)|앞서(?!\s*(?:맺은|체결한)\s)|"
                          r"얼마\s?전|지난주|지난 주")
#: (not 최근 늘어난 수요, 앞서 맺은 협약: a word describing the noun after it)
#: a sentence that ends by saying who reported it (``… 체결했다고 밝혔다``): a day opening it is the report's when
#: the sentence dates its events too
REPORTED_AT_END = re.compile(r"(?:다|라)고\s+(?:밝혔|전했|말했|발표했|알렸)다\.?\s*$")


# --- who takes part ------------------------------------------------------------------------------

#: a group sent by a city: ``여주시 방문단``, ``전북도 교류단``, ``빈시 축하사절단``, ``주지사 일행``
DELEGATION = re.compile(r"(대표단|방문단|사절단|교류단|방문 단|일행|경제교류단|시찰단|연수단|선수단|공연단|예술단)")
#: a delegation's visit to Korea told as done or under way (``대표단 15명이 방한했다``, ``방한 중인``; not ``방한할 예정``):
#: the visit names no town; the delegation word comes before it in the clause
VISITED_KOREA = re.compile(r"(?P<d>대표단|방문단|사절단|교류단|일행|시찰단|연수단)\s*(?:\d+\s*명)?\s*(?:이|은|는|가)?\s+"
                           r"(?:[^.,]{0,30}\s)?(?P<verb>방한)(?:했|하였|한\s|하며\s|하고\s|\s?중)")
#: a group said to come from places (``A시와 B시에서 온 공연단``, ``X현에서 찾아온 방문단``): the verb and the particle
#: before it, read through to the places, each the group's sender
CAME_FROM_VERBS = frozenset({"온", "찾아온", "건너온", "방문한"})
CAME_FROM_PARTICLES = ("에서", "로부터", "에서부터")
#: the delegation is invited and comes: ``X장을 단장으로 한 대표단 5명을 초청해``
INVITED = re.compile(r"(대표단|방문단|사절단|교류단|일행)\S*\s*(?:\d+\s*명\S*\s*)?(을|를)?\s*초청")
#: a person who speaks at the event takes part: ``김 의장의 환영사``, ``대사의 기조연설``
SPEECH = re.compile(r"의\s*(환영사|축사|기조연설|기조강연|답례사|답사|격려사|인사말|주제발표|환영 인사)")
#: after a person (and a title): only their message came (``다카마쓰시장의 축하 서한이 대독됐다``, ``시장의 영상 메시지``):
#: the sender was not there
MESSAGE_ONLY = re.compile(r"\s?[\uac00-\ud7a3]{0,12}의\s?(?:축하|환영|감사|격려)?\s?(?:서한|메시지|친서|편지|축전|영상\s?축사|영상)"
                          r"(?:이|가|을|를|은|는|도)?\s")
#: a leg of a journey told between a past day and a coming one (``지난 1일 출국해 오는 3일 …``): the past day is the
#: journey's, not the event's (not ``지난 8일 개막해 오는 12일까지``: the event's own days)
TRAVEL_LEG = re.compile(r"출국|출발|입국|도착|떠나|떠난|귀국")
#: after a body's name: its members counted (``회원 5명``, ``임원 등 12명``): the body itself takes part
MEMBERS_COUNTED = re.compile(r"(?:의)?\s*(?:회원|임원|단원|직원|선수)(?:단)?\s*(?:등\s*)?\d{1,4}\s*명")
#: after a city's name: its officials counted (``야마토시 관계자 15명``, ``시 공무원 등 8명``): the city takes part, even
#: when one of its officers is named in the same list (``박가온 부시장을 비롯한 야마토시 관계자 15명이 참석``)
OFFICIALS_COUNTED = re.compile(rf"(?:의)?\s*(?:{CITY_GROUP_WORDS})\s*(?:등\s*)?(?:\d{{1,4}}\s*(?:여\s*)?명|들)")
#: a speaker named before the speech: ``홍 교수가 기조연설자로 나서``, ``김 시장은 축사에서``
SPEAKER_ROLE = re.compile(r"(기조연설|기조강연|축사|환영사|격려사|주제발표|발제|답례사|인사말)"
                          r"(자로|자로서|을 통해|를 통해|에서|을|를)")
#: who receives an award at an event was there: ``광명시가 … 포럼에서 … 상을 수상했다``
AWARD = re.compile(r"수상(했|하였|하며|하고|한|을 하)|상을 받")
#: ``산둥성 주최로``, ``시 주관으로``: the organiser is named before the word, not the sentence's subject
HOST_BY = re.compile(rf"([{HANGUL}A-Za-z]+)\s*(?:주최|주관|공동 주최|공동주최)(?:로|으로|하에|로,)")
#: a holding verb in a relative clause before the event (``27일 열린 포럼에서``): it does not make
#: the sentence's subject the organiser
RELATIVE_HOST = re.compile(r"(열린|열리는|개최된|개최되는|펼쳐진)\s?$")
#: passive holding verbs: the event is the subject, and a place with 에서 is where it was held
PASSIVE_HELD = re.compile(r"(열렸|열린다|열릴|개최됐|개최되었|개최된다|진행됐|진행되었|펼쳐졌)")
#: active holding verbs: the subject organises the event
ACTIVE_HOST = re.compile(r"(개최했|개최하|주최했|주최하|주관했|주관하|마련했|마련하|열었|열고|열어|연다|가졌|갖고|가진)")
#: a count of cities with their names: ``인도네시아 3개 도시(수라카르타시, 족자카르타시, 파당시)``
CITY_GROUP = re.compile(r"\d+\s*개\s*(?:도시|지자체|시군|시·군|지방정부)\s*\(([^)]{2,120})\)")
#: an attendance denied right after its verb (``참석하지 못했고``, ``참석하지 않았다``, ``참석을 못 했다``, ``참석 못 한``): who
#: it names before is no guest
ATTENDANCE_DENIED = re.compile(r"(?:하지|치)\s*(?:못\s*(?:했|하였|해|하고|하며|함)|않(?:았|고|으며|아))|"
                               r"(?:을|를|은|는|도)?\s*못\s*(?:했|해|하고|하였)")
#: (not an adnominal, ``참석하지 못한 시장을 대신해``, ``참석하지 못할 것으로 예상됐으나``: who could not come is another, or
#: came after all)
#: who recommends, invites, sponsors or arranges is not an attendee: ``협의회와 전라남도의 추천으로 참가``
NOT_ATTENDING = re.compile(
    r"^(?:[도시군구])?(?:"
    r"(?:\s*(?:와|과)\s*[\uac00-\ud7a3A-Za-z]+)?의\s*(?:공식|정식|특별|공식적인)?\s*(추천|초청|주선|후원|지원|요청|제안|협조|도움)"
    # ``조요시 초청으로``, ``시 초청에 따라``: the inviter, written without 의
    r"|\s*(?:공식|정식|특별)?\s*초청(?:으로|에\s*따라|에\s*의한|에\s*의해|을\s*받아)"
    # ``남양주시와 자매결연을 맺은 빈시``: the partner named in a relative clause is not the actor
    r"|(?:와|과)\s*[^,.]{0,20}?(?:맺은|체결한|체결하고 있는|맺고 있는|체결 중인)\s"
    # ``양구군 자매도시 일본 치즈정 교류단``, ``연천군과 우호교류도시인 추성시``: whose partner it is, not who goes
    r"|(?:와|과|의)?\s*(?:국제|해외|국외)?\s*(?:자매|우호|친선|결연|교류|협력)[\uac00-\ud7a3]{0,6}도시(?:인|이자|로)?\s"
    # ``조요시청과 의회를 방문해``, ``시청에서 열린``: the city's hall is a place visited or a venue, not a guest
    r"|청(?:사)?(?:을|를|과|와|에|에서|에는)\s"
    # ``성동구의회 시설을 견학하고``, ``남양주시 지역을 둘러``: a place toured is not a guest
    r"|(?:의)?\s*[\uac00-\ud7a3]{0,4}(시설|청사|현장|회의장|본회의장|사무실|곳곳|일원|일대|지역|관내|명소)(을|를|과|와)\s"
    # ``박물관을 관람한 뒤``, ``전시관을 둘러보고``: a place viewed or toured is not a guest
    r"|(?:을|를)\s+(?:\S+\s+)?(?:관람|견학|둘러|시찰|참관|탐방|구경|관광)"
    # ``남양주시 체육문화센터에서 개최된``: a city naming where a venue lies
    r"|\s+[\uac00-\ud7a3]{2,12}(에서|에서는)\s"
    # ``대표단은 26일까지 경주에 머물며``, ``군산에 체류하는 동안``: where the visitors stay is no guest
    r"|에\s*(?:머물|머무|머문|체류|묵)(?:며|면서|는|고|렀|른|을|으며|하며|하는|하면서|했|한|어|으면서)"
    # ``참석하지 못한 X 시장을 대신해 Y 부시장이``, ``X 시장 대신``: the one stood in for is no guest
    r"|(?:\s+[\uac00-\ud7a3]+){0,2}?(?:을|를)?\s*대신(?:해|하여|해서|한)?\s)")
#: an event as where the clause happens (``교환식에서 A시는 …, B시는 …``): the clause's subjects take part
AT_EVENT = re.compile(r"['’\"”]?에서(?:는|도)?\s")
#: a person's title after the name, then the subject's particle (``X 캄페체시장은``, ``X 부시장이``): the named subject
TITLED_SUBJECT_AFTER = re.compile(r" [\uac00-\ud7a3]{0,10}?(?:시장|군수|구청장|지사|의장|위원장|회장|대사|총영사|부시장|부지사|성장|"
                                  r"주지사|단장|청장)(?:은|는|이|가)\s")
#: a delegation as the subject of the clause (``대표단 7명이``): the topic before it only reports
#: a sentence that opens with a delegation and no one's name (``교류단은 …``, ``특히 청소년 방문단이 …``): the group an
#: earlier sentence said a city sent (``X시는 … 교류단 18명을 파견한다``)
BARE_DELEGATION_OPENING = re.compile(r"^(?:(?:특히|또한|또|한편|이어|이어서|아울러|이후|이에\s앞서|앞서)\s*,?\s*)?(?:이들\s+)?(?:청소년\s*|학생\s*|시민\s*)?(?:대표단|방문단|사절단|교류단|일행|연수단|"
                                     r"시찰단)(?:은|는|이|가)\s")
#: a place named as the object of a visit (``덴리시를 방문해``, ``시청을 찾아``): where the visitors went, not one of them
VISITED_PLACE = re.compile(r"(?:시|군|구|도|주|성|현)?(?:(?:을|를)\s+(?:\S+\s+){0,2}?(?:방문|찾아|찾았|찾은|예방|출발|떠나|떠난)|"
                           r"(?:으로|로)\s+(?:\S+\s+)?(?:보내|보낸|파견)|"
                           r"(?:에|에는)\s+(?:\S+\s+)?(?:도착|입국|들어))")
# (방문단을 남원시로 보내: where it went; 순천시에 도착한 뒤, 인천공항을 출발해: where it arrived, where it set out)
#: a return visit said to answer an earlier one: ``… 방문단을 남원시로 보내 … 함께한 데 대한 답방``; the earlier
#: visit's destination makes the return visit, its sender does not
#: a return visit named by the visit it answers (``… 방문에 따른 답방``, ``방문에 대한 답방``): a day before it is that visit's
VISIT_ANSWERED = re.compile(r"(?:방문|방한|참석|참가|초청)에?\s*(?:따른|대한)\s*답방$")
RETURN_VISIT_FOR = re.compile(r"(?:데|것|방문|참석|참가|방한|초청)에?\s*대한\s*답방")
#: the destination of the earlier visit, after the city: sent to it, or visited (``남원시로 보내``, ``오타시 방문``)
EARLIER_DESTINATION = re.compile(r"(?:시|군|구|도|주|성|현)?(?:(?:으로|로)\s+(?:\S+\s+)?(?:보내|보낸|파견)|"
                                 r"(?:을|를)\s+(?:\S+\s+){0,2}?(?:방문|찾)|\s?방문|"
                                 r"(?:\s+[\uac00-\ud7a3]+){1,2}\s*(?:참석|참가))")
#: (… 보령시 대표단의 만달군 나담축제 참석에 대한 답방: the city whose festival was attended was the destination)
#: a city sends a delegation: ``교류단 18명을 파견한다``, ``대표단을 보낸다``, ``방문단을 꾸려``
SENDS_DELEGATION = re.compile(r"(?:대표단|방문단|사절단|교류단|일행|연수단|시찰단)\S*\s*(?:\d+\s*명\S*\s*)?(?:을|를)?\s*"
                              r"(?:파견|보내|보낸|꾸려|꾸린|구성해)")
DELEGATION_SUBJECT = re.compile(r"(대표단|방문단|사절단|교류단|일행)\S*?\s*(?:\d+\s*명)?(이|가)\s")
#: ``협약식에 참석한 다나카 시장은``: the attendance verb as a relative clause; who follows attended
ATTEND_RELATIVE = re.compile(r"(참석|참가|참여)(한|했던|하는|하신)\s(?!후|뒤|다음|이후|데|가운데)")
#: ``남양주시민의 날``, ``광명시민 100명``: the city's residents, not the city itself
RESIDENTS = re.compile(r"^(민|시민|군민|구민|도민)")
#: ``합창단이 축하공연을 펼쳤다``: performers take part in the event
#: a counted group as the subject (``A 시장을 비롯해 B 부시장, … C협회 회원 등 48명은``), then what it did at the event
#: (``… 기념만찬을 마련하고``): every person and body listed takes part
COUNTED_SUBJECT = re.compile(r"(?:등|외)\s*\d+\s*명(?:은|이|도)\s")
#: a delegation opening the sentence, its members listed and counted with 으로, then what they did (``방문단은 A 군수, B
#: 회장 등 11명으로 50주년을 축하했다``): each one listed took part (``… 11명으로 구성됐다`` is read as its make-up)
ROSTER_AS = re.compile(r"^(?:이번\s+|이들\s+)?(?:[\uac00-\ud7a3]{1,8}\s+)?(?:대표단|방문단|사절단|교류단|축하사절단|일행)(?:은|는)\s"
                       r"[^.]{2,200}?(?:등|외)\s*\d+\s*명(?:으로|이)\s+(?!구성|꾸려|이뤄|이루어)")
#: a delegation's members listed after it with 으로는 and counted (``우호 방문단으로는 A 시장과 B 의장, C협회 회원 등
#: 24명이 … 출국했다``): each one listed goes on the delegation's visit (not a plan that was dropped, read elsewhere)
MEMBERS_LISTED_AS = re.compile(r"(?:대표단|방문단|사절단|교류단|일행)(?:으로는|에는)\s+(?P<list>[^.]{2,200}?)(?:등|외)\s*\d+\s*명"
                               r"(?:이|은|가)?\s[^.]{0,60}?(?:출국|출발|방문|참여|참가|참석|동행|함께|떠났|떠난다|나섰|나선다)")
#: the host who invited a listed group, written among its members (``김동근 의정부시장의 초청으로 방한한 …``): no member
INVITED_BY_AFTER = re.compile(r"\s*[\uac00-\ud7a3]{0,10}의\s*(?:초청|초대|주선)")
#: a trip that was not made, told in the sentence that lists who would go (``출국하려 했으나 출발하지 못했다``)
TRIP_NOT_MADE = re.compile(r"(?:하려|려고)\s*했(?:으나|지만)|못했")
GROUP_ACT_AFTER = re.compile(r"(?:마련|개최|열고|열었|가졌|갖고|진행|참석|참가|함께)")
#: talks given by listed parties (``군산시, 웨이하이, 칭위안(清遠), 베이하이(北海)시의 주제발표``): each presenter takes part
PRESENTED_BY = re.compile(r"의\s*(?:주제\s*|사례\s*|정책\s*)?(?:발표|발제|기조연설|기조강연)")
#: what may stand between two listed parties: a gloss, a suffix left after it, a comma or a dot (or 와/과); and after the
#: last one, before what they did (``베이하이(北海)시의``)
LISTED_PARTY_GAP = re.compile(r"(?:\s?\([^()]{1,20}\))?[가-힣]?\s*[,·ㆍ]\s*|(?:\s?\([^()]{1,20}\))?[가-힣]?\s*(?:와|과)\s+")
LISTED_PARTY_END = re.compile(r"(?:\s?\([^()]{1,20}\))?[가-힣]?")
PERFORM = re.compile(r"(공연|무대|연주|시연)(을|를)\s*(펼쳤|펼쳐|선보|했|가졌|진행)|"
                     # (a performance of a troupe's, told in the passive: ``X의 축하공연이 펼쳐졌다``, ``X의 공연과 … 열렸다``)
                     r"(공연|무대|연주|시연)(?:이|가|과|와)\s*(?:[^.]{0,30}?)(펼쳐졌|펼쳐져|열렸|열려|이어졌|이어져|진행됐|진행되)")
#: words for the people who present at a meeting (발표), with a group of cities before them
PRESENTERS = re.compile(r"(관계자|대표)\s*(발표|참석|참가)|발표(했|하고|와|를)|참가(했|하고|한)")

# --- visits ------------------------------------------------------------------------------------

#: what is done with a visit's programme once it is under way (``방문 일정을 시작했다``, ``… 일정에 돌입했다``)
_SCHEDULE_BEGUN = r"(?:시작|소화|진행|이어|마치|마쳤|마무리|돌입|들어)"
#: ``B를 (공식|첫|오는 12일부터 21일까지) 방문했다/해/중/차/길``: a visit of B; ``verb`` tells its form
#: (and ``B 방문 일정을 시작했다``: a visit of B under way)
#: (a bracket between the place and its particle is an aside: ``노원구의회(의장 박가온)를 방문``, ``유진시(Eugene)를``)
VISIT_VERB = re.compile(
    r"([\uac00-\ud7a3A-Za-z0-9]+?)(?:\([^()]{1,40}\))?(을|를|(?=\s방문\s?,)|(?=\s방문\s?일정(?:을|에)?\s?" + _SCHEDULE_BEGUN + r"))((?:\s*(?:공식|공식적으로|첫|처음으로|직접|다시|잇달아|연달아|잇따라|차례로|함께|오는|지난|"
    r"\d{1,2}일(?:부터|까지)?|\d{1,2}월|"
    # (a stay's length: 3박 4일 일정으로, 사흘 일정으로, 4일간)
    r"\d{1,2}\s*박\s*\d{1,2}\s*일(?:간|간의|의)?(?:\s*일정으로|\s*일정)?|\d{1,2}\s*일간(?:의\s*일정으로)?|"
    r"(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|일주일)(?:간|간의|\s*동안)?(?:\s*일정으로)?|일정으로))*)\s*(?:(?P<word>방문|예방)\s?(?P<verb>했|해|하|한|할|중|차|길|함(?=에|으로|과)|,|일정(?=(?:을|에)?\s?" + _SCHEDULE_BEGUN +
    r"))|"
    r"(?P<found>찾)(?P<fverb>았|아(?!야)|는다|은(?=\s+(?:[\uac00-\ud7a3]{1,10}\s+)?(?:대표단|방문단|사절단|교류단|일행))))")
#: (also a visit written as a bare noun before a comma, the regional press's shorthand: ``베트남 닌빈성 방문, 양 지역 …``)
#: places on line (``누리집을 방문``, ``홈페이지를 방문해``): a website visited is no visit
ONLINE_PLACE = re.compile(r"^(?:누리집|홈페이지|웹사이트|인터넷\s?사이트|사이트|블로그|온라인\s?카페|유튜브\s?채널|유튜브|계정)$")
#: a local government's own body or office named as the place visited (``웨이하이시 인민정부``, ``옌타이시 외사판공실``,
#: ``하노이시 인민위원회``): the city before it is the place visited, not a visitor
GOVERNMENT_UNIT = re.compile(r"^(?:인민정부|시정부|주정부|현정부|성정부|정부|인민위원회|인민대표대회|[\uac00-\ud7a3]{0,6}(?:판공실|외사처|외사국|"
                             rf"교류처|교류국|사무소|대표처)|{DEPARTMENT_WORD})$")
#: (찾다, to visit a place: ``나가노시를 찾아``, ``속초시를 찾았다``; only with a place as its object, below; not as a
#: noun's clause, ``나가노시를 찾은 관광객``: the noun after it went, not the subject)
FOUND_PLACE = re.compile(r"(?:시|군|구|도|성|주|현|청|청사|시청|군청|구청)$")
#: the visitors who find an office (``대표단이``, ``방문단은``, ``오타시장 일행이``): a delegation or a head of government
VISITORS_BEFORE_OFFICE = re.compile(r"(?:대표단|방문단|사절단|교류단|연수단|시찰단|선수단|공연단|일행|대사|총영사|(?<!전통|재래|수산|농산)시장|"
                                    r"군수|구청장|지사|의장|부시장|부군수|부지사|공무원들?|관계자들?|학생들?|의원들?|단원들?|"
                                    r"회원들?|\d+\s*명)(?:이|은|는|가|과|와|도)?\s")
#: a government's own building found with no city named before it (``방문단이 지난 5일 시청을 찾았다``): a visit there
FOUND_OFFICE = re.compile(r"^(?:시청|군청|구청|도청|시청사|군청사|구청사|도청사|시의회|군의회|구의회|도의회)$")
#: what follows a person called on (``나카가와 겐 시장을 예방하고``, ``이기 타카시 요나고시장 예방,``): the host of a call,
#: no guest of the other events of the sentence
CALLED_ON_AFTER = re.compile(r"\s?\S{0,8}?(?:을|를)?\s*예방(?:하고|하며|했|한\s|해|,|\s)")
#: a courtesy call (예방) is a visit only when a person is called on: ``대구시장을 예방하고`` (not ``감염병을 예방``)
CALLED_ON = re.compile(r"(시장|군수|구청장|지사|도지사|의장|대사|총영사|장관|위원장|총장|회장)$")
#: after ``방문 중``/``방문한``: the delegation named next is the visitor (``방문 중인 몽골 바이양걸구 대표단``);
#: not after a bound noun that makes the clause a noun (``방문한 것은 … 교류단 방문 이후``: the visit itself)
VISIT_RELATIVE = re.compile(r"(?:인|이던)?(?!\s*(?:것|바|뒤|후|만큼)(?:[은는이가을를도에의]|\s|$))"
                            r"\s*(?:[^,.]{0,40}?|(?:(?!(?:고|며|서|면|들이|들은)[\s,])[^.]){0,100}?\s등\s+[^,.]{0,30}?)"
                            r"(대표단|방문단|사절단|교류단|일행|(?:공연단|예술단|선수단|시찰단|연수단|합창단|청소년단|학생단)(?=을|를))"
                            # (도청을 방문한 일본 X현 Y 지사와: the titled guest the clause describes, named in words that
                            # are no subject or topic: not 하노이를 방문한 A 대전시장은 이날 B 하노이 시장과, A the visitor)
                            r"|(?:인|이던)?(?!\s*(?:것|바|뒤|후|만큼|다음|이후|직후)(?:[은는이가을를도에의]|\s|$))"
                            r"\s+(?:[^\s,.]*[^\s,.은는이가]\s+){0,5}?"
                            r"(?:주지사|도지사|현지사|지사|성장|시장|군수|구청장|대사|총영사)(?=와|과|을|를|에게)")
#: (a long list of members before the group noun closes with 등: ``방문 중인 A 의장과 B·C 부의장, D 위원장 등 X의회
#: 대표단은``; and a troupe invited or welcomed: ``수원을 방문한 국제자매도시 전통공연단을``, not the subject's own troupe
#: that performs: ``아사히카와시를 방문한 시립예술단이``)
#: after a city: its partner cities named as a group (``대전시의 자매·우호도시 대표단``): the city owns the partners, it
#: is not one of the group (not ``대전시 대표단``, nor ``대전시의 대표단``)
PARTNERS_OF_AFTER = re.compile(rf"(?:(?:시|군|구|도)?의\s*(?:{PARTNER_SCOPE}\s*)?{PARTNER_KIND}"
                               r"(?:\s*[·ㆍ]\s*(?:우호|자매)|\s*협력)?\s*도시|"
                               rf"(?:시|군|구|도)?\s+(?:국제\s*)?(?:{PARTNER_SCOPE}\s*)?{PARTNER_KIND}\s*(?:결연\s*)?도시(?:인|이자))")
#: (also ``안산시 국제자매결연 도시인 유즈노사할린스크시의 예술대표단``: the partner's delegation, not 안산's)
#: after a relative verb of visiting, the visitors' noun as the topic whose list follows (``방문하는 도시는 A, B 등``,
#: ``방문한 나라는``; not ``방문하는 도시마다``, nor ``방문한 곳에서``)
VISITORS_NAMED_AFTER = re.compile(r"(?<=하)는\s*(?:자매\s*·?\s*우호\s*|자매\s*|우호\s*|해외\s*)?(?:도시|지자체|자치단체|나라|국가)"
                                  r"(?:들)?(?:은|는)\s|(?<=한)\s*(?:도시|지자체|자치단체|나라|국가)(?:들)?(?:은|는)\s")
#: (places only: ``방문하는 대표단은 이장우 시장과 만찬을`` goes on to say what the delegation did)
#: a delegation's make-up after its noun (``대표단은 일본 아사히카와·후쿠이, 독일 프라이부르크 등 8개 도시 29명으로
#: 구성됐다``): the group the places and people named there form
COMPOSED_OF = re.compile(r"\s*(?:은|는|이|가)\s+(?P<who>[^.]{2,240}?)(?:으로|로)\s*(?:구성|꾸려|이뤄|이루어)")
#: a sentence that opens with a bare delegation word and says what it is made of (``방문단은 광저우시와 센다이시
#: 공무원 10명으로 구성됐다``)
#: (or says who leads it and how many they are: ``방문단은 김가온 군수를 비롯해 박도윤 과장 등 9명이다``)
COUNTED_AS = re.compile(r"\s*(?:은|는)\s+(?P<who>[^.]{2,240}?)\s*등\s*(?:총\s*)?\d+\s*명(?:이다|이었다|이며|이고|이었으며)")
DELEGATION_MADE_UP = re.compile(r"(?:이번\s+|이들\s+)?(?:[\uac00-\ud7a3]{1,8}\s+)?(?:대표단|방문단|사절단|교류단|축하사절단|일행)"
                                r"(?:" + COMPOSED_OF.pattern + "|" + COUNTED_AS.pattern.replace("(?P<who>", "(?P<who2>") + ")")
#: the members named first, then the delegation they make up as the sentence's topic (``A 군수와 B 과장을 비롯한 군
#: 관계자 등 9명으로 구성된 이번 교류단은 …``)
MEMBERS_BEFORE_DELEGATION = re.compile(r"(?P<who>[^.]{2,200}?)\s*\d+\s*(?:여\s*)?명으로\s+(?:구성된|꾸려진|이뤄진|이루어진|짜여진)\s+"
                                       r"(?:이번\s+)?(?:[\uac00-\ud7a3]{1,10}\s+)?[\uac00-\ud7a3]{0,8}"
                                       r"(?:대표단|방문단|사절단|교류단|일행)(?:은|는|이|가)\s")
#: an event presided over by an office holder (``목포시의회 의장 주재 환영 오찬``, ``김가온 시장 주재로 열린``): the
#: office's body holds it, its holder takes part
PRESIDED_BY = re.compile(r"(?P<title>부시장|부군수|부구청장|부의장|부지사|시장|군수|구청장|의장|지사|도지사|회장|위원장|총장|청장)"
                         r"\s*주재(?:로|의|하에|한|하는)?\s")
#: words that end the phrase naming a delegation: topics, clause ends, the verb of a visit before it
DELEGATION_STOP = re.compile(r"(는|은|에서|에게|고|며|서|면|중인|방문한|방문하는|찾은|찾아온|위해)$")
#: verbs that join their object to the delegation's name (``X 시장을 비롯한``, ``Y를 단장으로 한``): any
#: other verb with its ending closes the phrase
DELEGATION_JOINING = r"(비롯한|비롯해|포함한|포함해|필두로|단장으로|대표로|한|하는|된|되는|이끈|이끄는|인솔한|인솔하는)$"
#: punctuation after a word that ends the phrase too (a headline's ``성동구의회, … 대표단 접견``)
DELEGATION_STOP_TAIL = re.compile(r"[,:;]")
#: a level word standing for the article's own city as the place visited (``교류단이 시를 방문했다``)
OWN_LEVEL_WORDS = frozenset({"시", "군", "구"})
#: after an event word: it is one kind in a list of exchanges kept up over the years, no event of its own
#: (``공무원 연수와 축제 참여 등 다양한 교류를 이어왔다``, ``… 파견 등 여러 분야에서의 교류를 지속하고 있다``)
EXCHANGE_KINDS_LIST = re.compile(
    r"[^.]{0,80}?등\s*(?:을\s*통해\s*|을\s*통한\s*)?(?:다양한|여러|각종|폭넓은|활발한)?\s*(?:분야(?:의|에서의|에서)?\s*)?"
    r"(?:교류|협력)?\s*(?:활동|사업)?"
    r"\s*(?:을|를|가|이)?\s*(?:꾸준히\s*|활발히\s*|지속적으로\s*)?(?:이어|지속|계속|펼쳐|펼치|벌이|벌여|해\s?오|해\s?왔|"
    r"추진해|진행해)"
    # (… 배구대회 개최 등을 통해 교류해 왔다; … 축제에 공연단 파견을 꾸준히 해오고 있다: a habit, no event of its own)
    r"|[^.]{0,40}?(?:꾸준히|매년|해마다|정기적으로|격년으로)[^.]{0,30}?(?:해\s?오|해\s?왔|이어\s?오|이어\s?왔)")
#: a verb closing that list instead of nouns (``의향서를 체결하는 등 교류를``): an act told, no list of kinds; or a
#: clause ending before it (``협약식을 갖고 청소년 교류 등``: the event is the clause's own, the list comes after)
VERB_BEFORE_LIST_END = re.compile(r"(?:하는|하던|한|했던|되는|된|하며|하고)\s*등|[\uac00-\ud7a3](?:고|며|서|면서|는데|지만)\s|"
                                  r"[을를]\s+[\uac00-\ud7a3]+(?:하|했|열|갖|가지|가졌)")
#: a named event (its edition, a year or a festival name): never one kind among others
NAMED_EVENT_PART = re.compile(r"^(?:제\s?\d+\s?회|\d{4}|\d+(?:회|차))")


# --- page furniture ----------------------------------------------------------------------------

#: a photo caption: who stands where in the picture, a photo credit, a pose (``…하고 있다`` alone is
#: not enough: body sentences say it too). A caption may
#: date an event but names no attendees (the people in a picture are not the article's statement)
CAPTION = (
    ("position in a picture", re.compile(r"\((?:사진\s*)?(?:왼쪽|오른쪽|가운데|앞줄|뒷줄|좌|우|앞|뒤)[^)]{0,12}\)")),
    ("photo credit", re.compile(r"(?:/|\(|\[)\s*(?:사진\s*=?\s*)?[\uac00-\ud7a3A-Za-z]{2,12}\s*제공\s*[)\]]?\s*$|^\s*\(?사진\s*=")),
    ("picture verb", re.compile(r"^(?!.*(?:한|은)\s*(?:뒤|후|다음)\s[^.]*(?:기념\s?촬영을|사진을 찍)[^.]*(?:했|었|았|였)다)"
                                r".*(기념촬영을|기념 촬영을|사진을 찍|포즈를 취하)")),
)
#: (a picture taken after another act, told in the past, ``서명한 뒤 기념촬영을 했다``, is the body telling the day)


@lru_cache(maxsize=4096)
def is_caption(sentence: str) -> bool:
    """True for a photo caption (memoised: several rules ask it of each sentence).

    >>> is_caption("박 시장(오른쪽)이 협약서에 서명하고 있다. /수원시 제공"), is_caption("수원시는 협약을 체결했다.")
    (True, False)
    """
    return any(rx.search(sentence) for _, rx in CAPTION)

#: nouns before 에서 that name a field, a stage or an occasion, never a place: ``다양한 분야에서``,
#: ``문화 방면에서``, ``지역 차원에서``, ``협의 과정에서``, ``이 자리에서``
NOT_VENUE_NOUNS = frozenset("분야 방면 측면 차원 부문 영역 과정 자리 가운데 중 상황 입장 관점 시점 단계 현장 현지 "
                            "분야별 수준 범위 측 내부 외부 온라인 오프라인 전반 사이 간 "
                            "의미 취지 맥락 계기 목적 결과 바탕 점 면 데 도시 국가 나라 곳 다방면 각방면 여러분야 "
                            "등 외 쪽 편 타국 타지 해외 국내 외국 객지 타향 고향 "
                            "자매도시 우호도시 자매결연도시 우호협력도시 교류도시 결연도시 파트너도시 상대도시".split())
# 상생의 의미에서: a sense, no place; 정저우와 뤄양 등에서: a list's end; 자매도시에서 열린: the partner town, no venue
#: the word after ``X에서`` that makes X where people came from, not where something happened (``중국에서 온 교환근무원``,
#: ``본국에서 파견된``)
CAME_FROM_AFTER_RE = re.compile(r"\s*(?:온(?!\s+(?:시민|가족|국민|군민|구민|도민|주민|세상|동네|마을|힘|정성|마음|국민들|시민들|나라|겨레))|"
                                r"오신|찾아온|찾아오신|건너온|날아온|파견된|파견돼|보낸|보내온|출발한)(?=[\s,.]|$)")
#: (not 온 before 시민, 가족: "all", 광장에서 온 시민이 함께한: the square is a venue)

#: bodies whose names end in an event word: 붕따우성 인민회의 (People's Council), 인민대표대회 (People's Congress),
#: 항올구 시민대표회의 (Citizens' Representative Council)
BODY_NOT_EVENT = re.compile(r"(?:인민회의|인민대표대회|대표회의|상공회의|정치협상회의|협상회의|여행사|대행사|시행사|발행사|운행사|베이스캠프)$")
#: (a travel agency, 여행사, ends like 행사, an event: no event; a political consultative conference, 정치협상회의, is a
#: body; a base camp, 베이스캠프, no camp)

#: the count a group is made of, before the participle that says so (``18명으로 구성된 교류단``, ``20여명으로 꾸려진``)
MAKE_UP_COUNT = re.compile(r"(?:\d+|[일이삼사오육칠팔구십백]+)\s?(?:여\s?)?명(?:으로|이|씩으로)")
MADE_UP_OF = re.compile(r"구성된|구성한|꾸려진|이뤄진|이루어진|짜여진|편성된")
#: words that never open an event's name, however nominal: a list's 등 (화성시, 강남구 등 4자간 협약), 및, 외,
#: a report's 결과 (취재결과 UCLG 총회), 가운데 (시장이 참석한 가운데 간담회가 열렸다), a clause's 후 (체결한 후 체육대회),
#: a span's 간 and 중 (양 도시 간 청소년 홈스테이, 방학 기간 중 캠프)
EVENT_NAME_STOP = re.compile(rf"^(?:등|및|외|또는|가운데|후|이후|뒤|직후|간|중|동안|[{HANGUL}]*결과|"
                             r"지난달|지난해|지난주|올해|이날|오늘|어제|내일|다음달|내년|작년|금년|당일|최근|요즘|현재|당시|"
                             r"만큼|때문에|대로|뿐|일회성|각종|여러|다양한|모든|이런|이러한|그런|어떤|향후|"
                             r"연말|연초|월말|월초|첫날|이튿날|사흘째|나흘째|"
                             r"\d+\s*(?:박|일|일간|주|주간|개월|개월간)(?:\s*\d+\s*(?:일|일간))?)$")
#: (4박 5일간 홈스테이, 3박4일 교류: a stay's length is no part of the event's name; nor is a time word:
#: 지난달 문화축제, a dependent noun: 선발된 만큼 홈스테이, or a word that makes it any event: 일회성 행사)
#: a part of the month named before it (``9월 말 청소년 교류 행사``, ``10월 초 공연``): no part of the event's name (but
#: ``제주 말 축제``: a horse)
#: the words an ordinal day of a stay may follow (``방문 이틀째``, ``일정 둘째 날``); after any other noun it is that thing's
#: day (``축제 첫날``)
STAY_DAY_LEAD = re.compile(r"방문|일정|체류|방한|연수|기간|순방|대표단|교류단|방문단|사절단|일행|이들|도착")
DAY_OF_STAY_WORDS = re.compile(r"(?:첫째|둘째|셋째|넷째|마지막)\s?날$")
#: (``마지막 날 만찬``: the day of the stay is no part of the dinner's name; ``시민의 날 기념식`` keeps its day)
MONTH_PART_AFTER_MONTH = re.compile(r"(?:\d{1,2}|[일이삼사오육칠팔구십]{1,2})월\s+(?:초|중순|말|초순|하순|상순|말께|초께)$")

#: nouns an event's name joins with a genitive before them: 시민의 날 (기념식), 송년의 밤, 한국의 날
GENITIVE_NAME_NOUNS = frozenset({"날", "밤", "시간"})
#: a time held with guests, named by what it is for (``환송의 시간을 가졌다``, ``환영의 시간을 마련했다``): an event;
#: not any time (``준비의 시간이 필요하다``), nor one a trip is said to be (``… 체험하며 문화 교류의 시간을 가졌다``)
HELD_TIME = re.compile(r"(?:환송|환영)의\s+시간(?:을|를)\s*(?:가졌|갖고|가지며|가졌으며|마련)")

#: an event's own name that starts with its year: ``2024 광명시 탄소중립 국제포럼``, ``2023년 자매도시 청소년 캠프``
YEAR_IN_NAME = re.compile(r"^((?:19|20)\d{2})년?\s")
#: words naming a part of an event held within it (``… 개막식``, ``… 시상식``): the event's year is the part's too (not
#: a meeting held after it, ``… 성과 평가회``)
EVENT_PART_WORDS = frozenset("개막식 개회식 폐막식 폐회식 개막 폐막 시상식 전야제 개막행사 폐막행사 부대행사 환영만찬 "
                             "환영 리셉션 만찬 오찬 기념식 본행사".split())
#: an edition's year before its name inside a sentence (``2023 파주시-사세보시 청소년 홈스테이의 일정은 오는 11월
#: 3일부터``): with no publication date, the year of the sentence's dates that name none (not ``2019년``, a history)
#: sending a delegation (``… 대표단을 파견했다``, ``보냈다``): the place it is sent to (``X에``) is no guest
SENT_TO_VERB = re.compile(r"파견\s?(?:했|하였|한|하고|하며|해)|보냈|보내")
#: words after a year-led event name that make the year no edition's date (a bid, a goal, a history, a basis)
NOT_THE_EDITION_AFTER = ("유치", "목표", "기준", "이후", "이래", "당시", "계획", "비전", "대비", "성공", "개최", "주최")
EDITION_YEAR = re.compile(r"(?<![\d.\-/])((?:19|20)\d{2})\s(?=[\uac00-\ud7a3])")
#: a word before an event's name that makes it a past edition named in passing: ``지난 2017 여주도자기축제``
PAST_EDITION = re.compile(r"(지난|작년|지난해)\s*$")

#: what a photo caption shows being done (``… 맞이하고 있다``, ``… 서명하고 있다``), and the heads of the events
#: its people then attend: the caption's people took part in that event
CAPTION_ACTS: tuple[tuple[re.Pattern[str], tuple[str, ...]], ...] = (
    # (and told as done in the caption: ``… 협약을 체결하고 기념 촬영을 했다``, ``A(왼쪽)가 B와 협약을 체결했다``)
    (re.compile(r"(?:서명|사인|체결|교환)(?:하고|을 하고)\s?있다|(?:서명|사인|체결)(?:하고|했|한\s?(?:뒤|후))"), ("협약식", "협정식", "체결식", "결연식", "조인식", "협약",
                                                       "협정", "MOU", "업무협약", "협약서", "서명식", "의향서")),
    (re.compile(r"(?:전달|기탁|전|건네)(?:하고|을 하고)\s?있다"), ("전달식",)),  # a gift handed over
    (re.compile(r"(?:맞이|환영|접견|영접|예방)(?:하고|을 하고)\s?있다"), ("방문", "환영식", "환영회", "접견", "예방", "답방")),
)

#: a gift handed over or donated (``수해복구 성금 200만원을 전달했다``, ``구호금을 기탁했다``): the handover is an
#: event named by the gift and the act (a ``전달식`` read as such; ``뜻을 전달했다`` hands over no gift)
GIFT_WORDS = r"(?:성금|구호금|기부금|후원금|장학금|위문금|격려금|구호성금|복구성금|지원금|구호물품|위문품|성품|기금)"
GIFT_HANDOVER = re.compile(rf"(?<![\uac00-\ud7a3])(?P<gift>[\uac00-\ud7a3]{{0,6}}?{GIFT_WORDS})(?!\s*(?:모금|지급|운용|마련|조성))"
                           rf"(?:을|를|과|와|은|는|이|가)?(?P<gap>(?:(?![을를]\s)[^.]){{0,40}}?(?:[을를]\s*)?)"
                           rf"(?P<verb>전달|기탁|기부)(?=했|하고|하며|한다|하는|해|하기로|할|하였|됐|되)")
#: an honour handed over (``명예시민증을 수여했다``, ``… 시장으로부터 명예시민증을 전달받았다``, ``감사패를 전달했다``): its
#: handover is an event, which the giver and the receiver attend (not a rule: ``수여하도록 조례로 정해져 있다``)
HONOUR_WORDS = r"(?:명예(?:시민|군민|구민|도민|정민|촌민|주민)(?:증서|증|권)?|감사패|공로패|기념패|감사장|감사증서)"
HONOUR_HANDOVER = re.compile(rf"(?<![\uac00-\ud7a3])(?P<gift>{HONOUR_WORDS})(?:을|를|도|으로|로)?\s*"
                             r"(?P<verb>전달받|수여받|전달|수여|증정|위촉|받)(?=았|었|했|하고|하며|해\s|하였|고\s|은\s뒤|은\s후|한다|"
                             r"할\s예정)")
#: a standing rule about an honour, not an honour handed over (``매년 … 명예시민증을 수여한다``, ``조례에 따라``)
HONOUR_RULE = re.compile(r"(?:매년|해마다|조례|규정)[^.]*?(?:수여|위촉|전달)(?:한다|하고\s*있|해\s*오|하도록)")
#: (every local level's honorary residence, written or appointed: ``명예군민증을 수여했다``, ``명예군민으로 위촉했다``, and
#: to come: ``명예시민증도 수여한다``)
#: (never a plan or a report about a gift: 성금 모금 계획을 전달했다, 기금 운용 현황을 전달했다; the gap holds no other object)
#: the subject of a relative clause before a gift (``남원시가 보낸 성금``): who sent it, not who hands it over now
GIFT_SENDER_RELATIVE = re.compile(r"(?:이|가)\s+(?:보낸|보내온|모은|기탁한|전달한|마련한)\s")
#: trees planted together (``우정의 나무 30그루를 심었다``, ``묘목을 식재했다``): a tree planting
TREE_PLANTING = re.compile(r"(?P<obj>(?:[\uac00-\ud7a3]{1,4}의\s)?나무|묘목|기념수)(?:\s*[\d,]+\s*(?:그루|본))?(?:을|를)?\s*"
                           r"(?P<verb>심었|심고|식재했|식재하고|심어(?!야)(?![^.]*(?:사업|계획|예정|추진))(?=[^.]*(?:했|었|았|였)(?:다|으며|고)))")
#: (심어 only when what follows is done, in the past: ``심어 … 기념했다``; not ``심어 숲을 만드는 사업을 추진``)
#: someone said to go home before the visit the sentence goes on to (``김가온 시장은 2일 귀국하고 … 부시장이 방문한다``)
WENT_HOME_AFTER = re.compile(r"\S{0,6}\s+(?:[^\s,.]+\s+){0,4}?(?:귀국|귀환|복귀)(?:하고|하며|한\s|해|했고|한다)")
#: the object of talks after an event word (``합창단 공연 등 … 기념사업을 논의한다``): a topic, no event
TOPIC_OF_TALKS = re.compile(r"\s*(?:등|과|와|및|을|를)(?:(?!열|개최|참석|참가|가졌|갖고|가진|에서|하고|하며|했|해\s|마치)[^.,]){0,40}?"
                            r"(?:을|를)?\s*"
                            r"(?:논의|협의|검토|모색|구상)")
#: an event word that only qualifies the noun after it (``축제 교류``, ``공연 관광상품``): a kind of exchange, no event
EVENT_AS_MODIFIER = re.compile(r"\s*(?:교류(?:와|과|,|\s*등|를\s*(?:이어|확대|강화|활성화|지속))|관광상품|상품|콘텐츠|분야|부문|"
                               r"홍보|유치(?:를|을|에|\s*활동|\s*위원회|\s*전))")
#: (``엑스포 홍보를 비롯한 활동``, ``엑스포 유치를 위해``: what a trip promotes or bids for, no event held)
#: (not 홈스테이 교류를 실시한다: an exchange held is an event)
#: an event word naming the way something was done (``화상회의 방식으로 진행했다``): a manner, no event of its own
MANNER_AFTER = re.compile(r"\s*(?:방식|형식|형태|방법)(?:으로|의|을)|"
                          # (``협정식을 화상회의로 가졌다``, ``화상회의로 진행됐다``: the way, by 로 and a verb of holding)
                          r"(?:으로|로)\s+(?:[\uac00-\ud7a3]+\s+)?(?:진행|개최|가졌|가진|갖|열었|열렸|열린|치러|치렀|체결|맺)")
#: between a person and the group met that includes them (``X 시장을 포함한 대표단을 만나``, ``X 의장을 비롯한 일행과``)
GROUP_INCLUDING = re.compile(r"^\s*\S*(?:을|를)\s+(?:포함한|비롯한)\s+(?:\S+\s+){0,2}?\S*(?:대표단|방문단|일행|사절단|교류단)"
                             r"(?:을|를|과|와)$")
#: meeting someone to talk (``스즈키 료 시장을 만나 … 논의한다``): a meeting, named by the verb
MET_TO_TALK = re.compile(r"(?:을|를|과|와)\s+만나(?:\s|[,.])(?=[^.]{0,80}?(?:논의|협의|의견을\s*나누|환담|면담|협력|교류))")
#: a meeting told as the sentence's verb at a place (``두 시장은 30일 시청 접견실에서 만났다``): a meeting, named by
#: the verb (not ``시청에서 만난 시민들``, nor ``만나기로 했다``: a plan)
MET_AT_PLACE = re.compile(r"에서\s+(?:[\uac00-\ud7a3]+\s+){0,5}?(?P<v>만났)(?:다(?!고|며|는)|으며|고|는데|습니다)")
#: the head of a meeting told by its verb (``만나``, ``만났다``): its room is its venue even with no holding verb
MET_HEAD = "면담"
#: a day named in a sentence (``30일``, ``이날``): what a meeting told as the verb needs (not ``2015년 처음 만났다``)
DAY_NAMED = re.compile(r"\d{1,2}\s*일(?![\uac00-\ud7a3])|이날|당일")
#: an edition's ordinal opening a name (``제95회 춘향제``, ``제3회``), and a particle and an attendance verb after
#: the quoted name (``'…'에 참석``, ``'…'에 참가해``)
ORDINAL_EDITION = re.compile(r"제\s?\d{1,3}\s?회\s?\S")
ATTENDED_AFTER = re.compile(r"\s?(?:에|에도|에는)\s*(?:\S+\s+){0,2}?(?:참석|참가|참여|초청|초대)")

#: an agreement's document (협정서, 협약서, 의향서 …) and what follows it when the sentence says what the document
#: contains (``자매결연 협정서는 … 내용을 담고 있다``, ``협약서에는 … 이 명시됐다``): the document, no event
DOCUMENT_WORD = re.compile(r"(?:협정서|협약서|합의서|의향서|양해각서|약정서|결연서|결연증서|선언문)$")
DOCUMENT_CONTENT = re.compile(r"(?:은|는|에는)\s(?:(?!서명|체결|교환|맺|며,|고,|으며)[^.])*?(?:내용을\s*담|내용이\s*담|내용으로|골자로|"
                              r"명시|포함하고|포함됐|담겼|담았)")
#: a document sent rather than signed (``의향서를 송부했다``, ``서한과 의향서를 보냈다``, ``우편으로 발송``): no signing
#: event (handing it over in person, ``전달했다``, may be one)
DOCUMENT_SENT = re.compile(r"(?:을|를)\s*(?:\S+\s+)?(?:송부|발송|보냈|보내|보낸|우송|이메일로)")

#: a declaration proclaimed or read out rather than signed (``탄소중립 선언문을 발표했다``, ``선언문을 낭독했다``): no signing
DECLARATION_NOT_SIGNED = re.compile(r"(?:은|는|을|를|이|가)?\s*(?:\S+\s+)?(?:발표|낭독|선포|공표|채택을\s*촉구|작성)")
DECLARATION_WORD = re.compile(r"선언문$")

#: a quotation in double quotes (what someone said): its words are no act of the sentence's people
QUOTATION = re.compile(r"[“\"][^”\"]{2,400}[”\"](?=\s*(?:이?라?고|라며|이라며|며|면서|하며|하고|고\s))")

#: a holding verb right after a bare event noun and its particle: the event happened (``면담을 가졌다``, ``회의를 열고``)
HELD_AFTER_NOUN = re.compile(r"(?:을|를)\s*(?:가졌|갖고|가진|갖는|가질|가지고|열었|열고|열어|열기로|개최|하고|했|하며|한\s)")
#: the meeting words a holding verb makes an event of even when bare (``면담을 가졌다``)
MEETING_HEADS = frozenset("면담 회담 환담 접견 회동 화상회의 영상회의 영상통화 화상통화 화상면담 영상면담".split())  # (not 회의, 간담회: often internal)
#: the words a holding verb makes an event of even when bare: the meetings, and meals given for guests (``만찬을 열고``)
HELD_WHEN_HELD = MEETING_HEADS | frozenset("만찬 오찬 만찬회 환영연 리셉션".split())

#: a delegation welcomed by its hosts (``사세보시 방문단을 맞아``, ``대표단 15명을 맞이하고``, ``교류단을 영접했다``): the
#: delegation's visit to the host, which the sentence dates; not an occasion marked (``20주년을 맞아``), nor a welcome
#: only prepared or wished (``방문단을 맞을 준비``, ``맞이하기 위해``)
HOSTS_DELEGATION = re.compile(r"(?:대표단|방문단|사절단|교류단|일행|연수단|시찰단|선수단|공연단|예술단)\S{0,3}?\s*"
                              r"(?:\d+\s*명\S{0,3}\s*)?(?:을|를)\s*(?:반갑게\s*|따뜻하게\s*|공식\s*)?"
                              r"(?P<verb>맞아(?!야)|맞았|맞이(?:했|하고|하며|해|하였)|영접(?:했|하고|하며|해)|"
                              r"환영(?:했|하고|하며|하였))")
#: a delegation sent somewhere: ``대표단을 … 일본 오타시에 파견한다`` (the place is the one right before the verb)
DISPATCHED_TO = re.compile(r"(?:(?:대표단|방문단|사절단|교류단|선수단|공연단|예술단|시찰단|연수단)\S*\s*(?:\d+\s*명\S*\s*)?|"
                           r"(?<![\uac00-\ud7a3])(?:[\uac00-\ud7a3]{2,6}\s+){0,2}(?<![\d.])\d+\s*명\s*)(?:을|를)\s[^.]*?(?P<verb>파견)")
#: (also a counted group of people: ``청소년 홍보대사 10명을 파견한다``)
#: a group leaving for a place (``청소년 15명이 … 크라이스트처치시로 문화체험을 떠난다``, ``우토시로 출국해``): a visit
#: to it (the place right before 으로/로, at most two words before the verb)
DEPARTED_TO = re.compile(r"(?:으로|로)\s+(?:[\uac00-\ud7a3]+(?:을|를)\s+)?(?P<verb>떠난다|떠났|떠나(?=[고서며\s])|"
                         r"출국(?:했|한다|해|하여|하고)|향했|향한다|향해(?=\s))")
#: a group arriving at a city visits it (``… 방문단은 이날 홍천에 도착해``; not ``결과가 도착했다``: a group must arrive)
ARRIVED_AT = re.compile(r"(?:에|으로|로)\s+(?P<verb>도착(?:했|한다|해|하여|하고|한\s+뒤|한\s+후))")
#: an event held right then for invited guests (``… 초청해 환영 만찬을 열었다``; not ``지난해 열린 단오제 성과를 공유``)
HELD_FOR_GUESTS = re.compile(r"\s*(?:을|를)\s*(?:열었|열고|가졌|갖고|개최|진행|베풀)")
#: the people who leave: a counted group or a group noun (not a flight, a route, a shipment or a typhoon)
DEPARTING_GROUP = re.compile(r"\d+\s*명|대표단|방문단|일행|교류단|사절단|연수단|선수단|공연단|예술단|청소년|학생|공무원")

#: what follows a city listed before a visited group noun (``후에시, 일본 오타시, 중국 둥잉시 등 3개국
#: 상호결연도시를``): more of the list, then 등 and the group; no subject particle between
LISTED_BEFORE_VISITED_GROUP = re.compile(r"(?:시|군|구|성|주|현)?(?:\s*[,·]\s*[^,.이가은는]{1,16}?)*\s*등\s+(?:\d+\s*개국\s*)?"
                                         r"(?:\d+\s*개\s*)?(?:[\uac00-\ud7a3]{1,8}(?:\s+|의\s+)){0,2}\S*도시(?:들)?(?:을|를)?\s*$")
#: (also with the region and a word between 등 and the group: ``덕주, 제남, 청도 등 산둥성 주요 도시를``)
#: after a delegation word: the delegation is the object of a sending (``교류단을 각각 파견하고``, ``대표단을 보내``)
SENT_ELSEWHERE = re.compile(r"\S{0,4}?(?:을|를)\s+(?:각각\s+|모두\s+)?(?:파견|보내|보냈|보낸)")
#: what follows a body or a site listed before the object of a visit (``위고그룹(의료기기), 디샹그룹(섬유패션) 등을``,
#: ``기린맥주 공장, 히메지성, 돗토리현립미술관 등 현지 주요 시설을``): the list is what is visited, no visitors
LISTED_BEFORE_VISITED_SITES = re.compile(r"(?:\([^()]{0,20}\))?(?:\s*[,·]\s*[^,.이가은는]{1,24}?)*\s*등(?:\s+(?:현지\s+)?(?:주요\s+)?"
                                         r"(?:시설|기관|기업|업체|명소|현장|곳|관광지)(?:들)?)?(?:을|를)?\s*$")

#: a place right before the verb of an event yet to be held (``오타시에서 열리는``, ``현지에서 개최되는``)
HELD_THERE_AHEAD = re.compile(r"\S{0,3}?(?:에서|에서도)\s+"
                              # (a time between: 다카시마시에서 오는 7일부터 이틀간 열리는)
                              r"(?:(?:오는|지난)?\s*(?:\d{1,2}월\s*)?\d{1,2}일(?:부터|까지)?\s*(?:\d{1,2}일까지\s*)?"
                              r"(?:이틀간|사흘간|나흘간|닷새간|\d+일간)?\s*)?(?:열리는|개최되는|펼쳐지는|열릴|개최될)")

#: a body as the subject of a relative clause of hosting (``오타시가 주최하는``, ``협회가 주관한``): it holds the event
HOSTS_RELATIVE = re.compile(rf"(?:\s+{DEPARTMENT_WORD})?\S{{0,2}}?(?:가|이|에서)\s+(?:공동\s*)?(?:주최하는|주최한|주관하는|주관한|개최하는|개최한|여는|연|마련한|주최하고|주관하고)\s")
#: after an event word: it is not held (``방문 행사를 개최할 수는 없지만``, ``행사를 열 수 없어``, ``축제가 취소돼``,
#: ``대면 행사를 대신하여``, ``포럼을 개최하지 못했다``)
NOT_HELD = re.compile(r"(?:을|를|은|는|이|가|도)?\s*(?:(?:개최|진행|추진)(?:할|하지)|열|갖|가질)\s*(?:수(?:는|가|도)?\s*없|못)|"
                      r"(?:을|를|은|는|도)?\s*(?:개최|진행|추진)?하지\s*(?:못|않)|"
                      r"(?:이|가|은|는|도)?\s*(?:[^.\s]{1,8}\s+){0,2}?(?:전면\s*)?(?:취소|무산|연기)(?:돼|되어|되었|됐|했|하기로)|"
                      r"(?:을|를)\s*대신(?:하여|해|한)?")
#: a visit put off, cancelled or called off after it (``경시 방문, 코로나19로 연기``)
PUT_OFF_AFTER = re.compile(r"\s*[^.,]{0,12}?(?:(?:연기|취소|무산|보류|중단)(?:된다|됐다|되었다|했다|한다|돼\s|되어\s|\.|$)|"
                           r"미뤄졌|미뤄진다|미루기로)")
#: a sentence telling of a plan that was then dropped (``방문해 홈스테이를 진행할 예정이었으나 코로나19로 취소됐다``,
#: ``보낼 계획이었지만 무산됐다``): none of its events is held
PLAN_UNDONE = re.compile(r"(?:예정|계획|방침)이었(?:으나|지만|는데)[^.]*?(?:취소|무산|연기|중단|보류|못했|못하|못\s*하)")
#: an agreement named in a relative clause on a place (``수원시와 우호도시 협약을 맺은 일본 아사히카와시 방문단이``):
#: it describes the partner; with no day or year before it in its clause it is no event of the sentence
TIE_DESCRIBES_PLACE = re.compile(r"(?:을|를)?\s*(?:맺은|체결한|맺고\s+있는|체결하고\s+있는)\s+")
#: a day or month in a clause (``지난 5일``, ``3월``): the relative clause's signing happened then (a year alone,
#: ``1995년 자매결연을 맺은``, dates the tie, not an event of the article)
CLAUSE_DATED = re.compile(r"\d{1,2}\s*(?:일|월)|지난달|이날|오늘|어제|그제|엊그제")
#: officials posted to a partner city for a while: the staff noun and the verb of posting in one sentence; the
#: passive verb's subject (``최신영 주사가 X시로 파견되어``), the active verb's object (``A와 B를 … 파견하기로``), or
#: the list after the topic ``파견된 공무원은`` are who is posted
STAFF_NOUN = re.compile(r"공무원|직원|주무관|주사(?![가-힣])|주사가|주사는|교환근무|연수생")
STAFF_POSTED = re.compile(r"(?P<verb>파견(?:된|돼|되어|되며|되는|되고|된다|하기로|한다|했다|하고|해|할|하는|근무)|교환\s?근무|"
                          r"파견\s근무)")
STAFF_PASSIVE = re.compile(r"파견(?:돼|되어|되며|되고|된다|됐다|되었다)")
STAFF_TOPIC = re.compile(r"파견(?:된|될|되는)\s+(?:\S+\s+){0,2}?(?:공무원|직원|교환공무원|연수생)(?:들)?(?:(?:은|는)\s|\s+(?=\S))")
#: (also the name right after the staff noun: ``사세보시로 파견된 파주시 직원 최예별(31)씨도``)
#: a dispatch that did not or will not happen, or a habit (``파견하지 못했다``, ``파견할 계획이었으나 … 취소``,
#: ``파견해 왔지만``)
NOT_DISPATCHED = re.compile(r"파견(?:하지\s*(?:않|못)|을?\s*못|할\s*계획이었|하려던|하기로\s*했던|키로\s*했던|해\s*왔|해\s*오던|"
                            r"[^.]{0,30}?(?:취소|무산|연기|대신|보류))")

#: a label word before a visited place (``우호도시 허난성 뤄양시``, ``자매도시인 …``): the chain of places visited
#: goes past it to a place joined before (``쓰야마시와 중국 우호도시 허난성 뤄양시를 방문``)
PLACE_LABEL = re.compile(r"(?:국제\s*)?(?:자매|우호|친선|결연|교류|협력|자매우호)(?:교류)?(?:도시|지역|단체)(?:인|이자|로)?")
#: a delegation as the subject of its own stay (``방문단은 지난 5일부터 8일까지 두 도시를 찾아``, ``대표단은 … 현지에
#:머물며``): the sentence tells the days of the visit told before (not ``대표단은 25일 귀국한다``)
DELEGATION_STAY = re.compile(r"(?:대표단|방문단|사절단|교류단|일행|연수단|시찰단)(?:은|는|이|가)\s[^.]*?"
                             r"(?:찾아|찾았|찾는|찾을|머물|체류|방문(?:해|했|하|한|할)|둘러보|일정을\s*(?:소화|보내|진행))")
#: a body that arranged a visit or an event (``X의 주선으로``, ``X가 주선한``, ``X 주선으로``): its organiser
ARRANGED_BY = re.compile(r"(?:의|이|가)?\s*주선(?:으로|해|하여|한|했|에\s*따라)")
#: the event a sentence refers back to before an arranging body (``이번 방문은``, ``이번 행사는``)
THIS_EVENT_BEFORE = re.compile(r"(?:이번|이|해당)\s*\S{0,8}?(?:방문|행사|교류|협약|초청|연수|축제)")

#: a sentence telling an act done before the story (``앞서 지난 9월 … 협약을 맺은 바 있다``): its agreement is another
#: one than the story's, though named alike
DONE_BEFORE = re.compile(r"^\s*(?:한편\s*,?\s*)?앞서\s*,?\s|(?:은|ㄴ|던)\s?바\s?(?:있다|있으며|있고|있어|있는)")
#: (앞서 opening the sentence: earlier; not ``협약 체결에 앞서``, before the signing, which is the story's own)
