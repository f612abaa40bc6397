"""Partnerships stated by an article, and lists whose counts must add up.

A sentence with a tie word (자매결연, 상호결연, 우호협력, 협약, MOU, sister city …) ties its host city
(the subject, ``X의`` before the tie word, ``시는`` for the article's own city, else the city the
article speaks of most) to the other cities it names. ``두 지자체`` / ``the two cities`` are the
two cities the article speaks of most.

Lists and counts: when an article lists six domestic cities but later says four are partners and
two came as members of a council, only the four the registry confirms are stated as partners; the
others are never stated as partners, and join the council when the counts agree.
"""
from __future__ import annotations

import re
from collections.abc import Iterator

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from .. import vocab as V
from ..hangul import HANGUL
from . import ko_places
from .context import Ctx, Mention
from .dates import find_ko, full_year
from .history import later_step
from .lexicon import FRIEND_RE, FRIENDLY_RELATIONS_RE, SISTER_RE, UMBRELLA_TIE_RE
from .model import Span
from .patterns_ko_events import ANNOUNCEMENT
from .patterns_ko_places import (
    ANNIVERSARY_CLAUSE,
    ANNIVERSARY_OF_NEXT_RE,
    CITY_OF_VENUE_RE,
    CLAUSE_BREAK_RE,
    CLAUSE_END_RE,
    DESCRIBED_BEFORE_RE,
    DESCRIBED_PARTNER_RE,
    EXCHANGE_KEPT_UP_RE,
    GO_BETWEEN_AFTER_RE,
    GOVERNMENT_AFTER_RE,
    GROUP_COUNT_RE,
    GROUP_NOUN_RE,
    GROUP_SPAN,
    LAST_YEAR_SIGNED_RE,
    LIST_OPENED_AFTER_RE,
    LISTED_AFTER_TIE_RE,
    MULTILATERAL_RE,
    NATION_PAIR_BEFORE_RE,
    NEIGHBOUR_AFTER_WITH_RE,
    ONGOING_TIE_RE,
    ORDINAL_AFTER_RE,
    RELATIVE_HEAD_BEFORE_RE,
    SIGNED_RE,
    SIGNING_VERB_RE,
    STEP_END_RE,
    TIE_RELATIVE_BEFORE_RE,
    TIE_WORD_RE,
    TIE_YEAR_RE,
    TIER_PREDICATE_RE,
    UPGRADE_RE,
    VENUE_AFTER_CITY_RE,
    VISITED_AFTER_RE,
    region_suffixes,
    tie_word_type,
)
from .text_units import Sentence

#: particles that coordinate a partner with the subject: X는 Y와 자매결연을 맺었다
#: a sentence adding one more agreement with the partner just named (``또 … 우호 협약도 맺었다``)
_ALSO_SIGNED = re.compile(r"\s*(?:또|또한|아울러|이와\s함께|이어)\s[^.]{0,60}?(?:협약|협정|결연|의향서)\S{0,4}도\s*(?:맺었|체결했|맺고|체결하고)")
_WITH_RE = re.compile(r"^(와|과|와의|과의|하고|와도|과도)$")
#: a tie a sentence counts from, with its year (``2007년 자매결연 이후``, ``2012년 우호협약을 맺은 뒤``)
_SINCE_TIE_RE = re.compile(r"(?:19|20)\d{2}\s*년\s*(?:\d{1,2}\s*월\s*)?(?:자매결연|자매도시\s*(?:협약|결연)|우호\s*(?:교류|협력)?\s*"
                           r"(?:협약|협정|결연)|결연)\s*(?:을\s*|를\s*)?(?:맺은\s*|체결한\s*)?(?:이후|이래|뒤|후)")
#: after a place and 에: what lies there (``주오구에 위치한 파크호텔``, ``도심에 있는``)
_LIES_IN_AFTER = re.compile(r"\s*(?:위치한|위치해\s*있는|있는|소재한|자리한|자리잡은|자리 잡은)\s")
#: between a city joined by 와/과 and the relative tie phrase after it: its suffix and particle, then at most a
#: date or a year (``대전시와 지난 2010년 자매결연을 맺은``)
_RELATIVE_GAP_RE = re.compile(r"(?:\([^)]{1,30}\))?(?:시|군|구)?(?:와|과)\s+(?:(?:지난\s*)?(?:19|20)\d{2}\s*년\s*(?:\d{1,2}\s*월\s*)?)?")
#: a city's spokesman as the subject: 광명시 관계자는, 군 측은
_SPEAKER_RE = re.compile(r"\s*(?:관계자|측|대변인)(?:는|은|가|이)\s")
#: particles of another role than partner: 전라남도의 추천, 순천에서 열린, 서울로, 부산을 방문
_OTHER_ROLE_RE = re.compile(r"^(의|에서|에|로|으로|을|를|에게|부터|까지|에서의|에서는)$")
_PAIR_RE = re.compile(r"두 지자체|양 지자체|두 도시|양 도시|(?<![가-힣])양도시|양 시군|양 시|(?<![가-힣])양시(?=[는가의와\s])|양 군|"
                      r"(?<![가-힣])양군(?=[은이의과\s])|"
                      r"양 기관|양측|the two cities|both cities", re.I)
_ANAPHOR_RE = re.compile(r"^\s*(?:한편\s*,?\s*)?(시|군|구)(는|가|도|와)\s")
#: the article's own city joined to its partner as the subject: ``시와 징저우시는``, ``군과 단양시는``
_ANAPHOR_WITH_RE = re.compile(r"^\s*(?:한편\s*,?\s*|특히\s*,?\s*|또한?\s*,?\s*)?(시|군|구|도)(?:와|과)\s")
_GROUP_RE = re.compile(r"(해외|국외|국내|외국)\s*(\d+)\s*개\s*(?:국\s*\d+\s*개\s*)?(?:도시|지자체|시군|자치단체)\s*\(([^)]*)\)")
_PARTNER_COUNT_RE = re.compile(
    r"(해외|국외|국내|외국)\s*(?:상호결연|자매결연|자매|우호|결연)\s*도시\s*(?:\d+\s*개국\s*)?(\d+)\s*개\s*도시")
#: the two councils spoken of as a pair (``양 의회 간의 우호 교류``, ``두 의회의``): their tie, no tie of their cities
_COUNCILS_PAIR_RE = re.compile(r"(?:양|두)\s?(?:시|군|구)?의회|의회\s?간(?:의|에|\s)")
#: the tie named as the councils' own (``이번 의회 간 자매결연은``, ``두 의회의 우호교류 협약``): no tie of the cities
_COUNCILS_TIE_RE = re.compile(r"(?:의회\s?간(?:의)?|(?:양|두)\s?의회의?)\s?(?:자매\s?결연|자매|우호\s?(?:교류|협력)?|결연|"
                              r"교류)(?:\s?협약)?")
#: a tie of a named kind (not a bare 협약, which may be the councils' signing)
_NAMED_TIE_RE = re.compile(r"(?:자매|우호|친선)\s?(?:결연|도시|협력|교류)|결연")
#: an agreement signed in the sentence (``우호교류 협약을 체결했다``): with only councils named, the councils sign it
_SIGNED_HERE_RE = re.compile(r"(?:협약|협정|의향서|결연)(?:서)?\s?(?:을|를)?\s?(?:체결|맺|서명|교환)|체결식을\s?(?:가졌|갖|열었|개최)")
#: councils that only watch the signing (``두 의회 의장이 지켜보는 가운데``, all of them named before it): the cities
#: sign, not the councils (but ``직원들이 배석한 가운데 A의회와 B의회가 협약을 체결``: the councils sign)
_WITNESSED_RE = re.compile(r"지켜보는|지켜본|참관|입회|배석")
_MEMBER_COUNT_RE = re.compile(r"([\uac00-\ud7a3A-Za-z·]{3,30}(?:협의회|연합|네트워크|연맹|협회))\s*(\d+)\s*개\s*도시")


def tie_type(text: str) -> str:
    """sister, friendship or other, from the words of a sentence.

    >>> tie_type("우호협력 및 공동발전을 위한 자매결연 협약식"), tie_type("우호교류 협약"), tie_type("업무협약(MOU)")
    ('sister', 'friendship', 'other')

    ``umbrella``: only the words for partners of either tier (``27번째 자매우호도시``), settled as sister when
    nothing more specific is said of the pair.

    >>> tie_type("대구시의 27번째 자매우호도시가 된다"), tie_type("우호도시 협정으로 27번째 자매우호도시가 된다")
    ('umbrella', 'friendship')
    """
    if UMBRELLA_TIE_RE.search(text):
        specific = tie_type(UMBRELLA_TIE_RE.sub(" ", text))
        return specific if specific != "other" else "umbrella"
    if SISTER_RE.search(text):
        return "sister"
    if FRIEND_RE.search(FRIENDLY_RELATIONS_RE.sub(" ", text)):
        return "friendship"  # (우호 관계를 증진하기로: friendly relations furthered, said of any tie)
    return tie_word_type(text) or "other"


def _cities(ctx: Ctx, sent: Sentence) -> list[Mention]:
    """Cities that can be parties: not qualifiers, not group descriptors, not where something took place."""
    out = []
    named = ctx.in_sentence(sent, types=("City",))
    with_other = [m for m in named if _WITH_RE.match(_particle(ctx, m))]
    for m in named:
        if m.qualifier or m.descriptor:
            continue
        rest = m.rest or re.match(rf"[{HANGUL}]*", ctx.text[m.end:m.end + 8]).group(0)  # type: ignore[union-attr]  # always matches
        if (re.match(r"^(?:청|청사)?(에서|에서의|에서는)$", rest) and not ko_places.tie_described(ctx, m)) or (
                rest.startswith("청") and not m.via_title and not re.fullmatch(r"청(?:과|와)(?:의|는|도)?", rest)
                and not (re.fullmatch(r"청(?:을|를)", rest) and VISITED_AFTER_RE.match(ctx.text, m.end + len(rest))
                         and not any(o is not m for o in with_other))):
            continue  # 순천시에서 열린 회의: the place of a meeting is not a party (대전 서구청과 자매결연: the 구 is,
            # and so is 평창군청을 방문해 협약을 체결: the county whose office was visited to sign, unless another
            # city is the one joined to the tie: 서천군청을 방문해 연태시와의 우호협력 방안을 설명)
        if m.via_title and GO_BETWEEN_AFTER_RE.match(ctx.text, m.end):
            continue  # 아르티호자에프 타슈켄트시장을 통해 칠란자르구를 교류 도시로 추천받았다: the go-between's city
        if NATION_PAIR_BEFORE_RE.search(ctx.text, max(0, m.start - 3), m.start):
            continue  # 한-산둥성 자매도시 단체장들, 한·중 지방정부: Korea's side of a national pairing, no party
        if not m.rest and (CITY_OF_VENUE_RE.match(ctx.text, m.end) or VENUE_AFTER_CITY_RE.match(ctx.text, m.end)):
            continue  # 칭다오시 하얏트 호텔에서 열린, 중구 롯데호텔에서 …와 협약: the city where the venue lies
        if rest == "에" and _LIES_IN_AFTER.match(ctx.text, m.end + len(rest)):
            continue  # 삿포로시 주오구에 위치한 파크호텔에서: where the venue lies, no party
        if not m.rest and _locates_venue(ctx, m) and any(o.iri != m.iri for o in with_other):
            continue  # 울란바토르 국제회의장에서 헨티도와 자매결연: the city of the venue, when another is joined
        if not m.rest and _locates_org(ctx, m) and not GOVERNMENT_AFTER_RE.match(ctx.text, m.end):
            continue  # 북경 인민일보 본사 방문: the city where an organisation lies (not 람동성 인민위원회가: its own
            # government, the place acting)
        if not m.rest and _names_event(ctx, m) and not DESCRIBED_BEFORE_RE.search(ctx.text, max(0, m.start - 30), m.start):
            continue  # 벳푸시 한여름밤축제와 B 자매결연 기념행사: the city whose festival it is, no party
            # (but 자매도시 몽골 항올구 50주년 기념행사: the tie word describes the city)
        cand = ctx.gz.by_iri.get(m.iri)
        if ((cand is not None and cand.level == "region") or (cand is None and m.kind == "new" and _region_word(m))) \
                and not ko_places.region_is_party(ctx, m):
            continue  # 산둥성 국제우호도시 포럼: a region is a party only when it acts (산둥성과, 연해주는)
        out.append(m)
    return out


def _region_word(m: Mention) -> bool:
    """A new name ends like a first-level region of its country (베트남 남짜미현 is a district, 일본 X현 a prefecture).

    >>> _region_word(Mention(0, 4, "남짜미현", URIRef("https://w3id.org/kgraph/id/city/vn/x"), "City", "new"))
    False
    >>> _region_word(Mention(0, 4, "가나다현", URIRef("https://w3id.org/kgraph/id/city/jp/x"), "City", "new"))
    True
    """
    country = str(m.iri).partition("/city/")[2].partition("/")[0].upper()
    if country in ("", "ZZ"):
        return m.surface[-1] in "주성현도"
    return m.surface.endswith(region_suffixes(country))


def _names_event(ctx: Ctx, m: Mention) -> bool:
    """True when an event read in the article has a name that begins with the city's word and goes on
    after it (``벳푸시 한여름밤축제``), its head not a tie word (``B시 자매결연 25주년 기념행사`` keeps B)."""
    return any(sp.start <= m.start and sp.end > m.end + 1 and not TIE_WORD_RE.search(ctx.text, m.end, sp.end)
               for ev in ctx.events for sp in ev.spans)


def _locates_venue(ctx: Ctx, m: Mention) -> bool:
    """True when a venue read before ``에서`` follows the city's word after one space (``울란바토르 국제회의장에서``)."""
    return ctx.text[m.end:m.end + 1] == " " and any(
        o.type == "Place" and o.start == m.end + 1 and ctx.text.startswith("에서", o.end) for o in ctx.mentions)


def _locates_org(ctx: Ctx, m: Mention) -> bool:
    """True when an organisation's name follows the city's word after one space (``북경 인민일보``)."""
    gap = ctx.text[m.end:m.end + 2]
    return gap[:1] == " " and gap[1:].strip() != "" and any(
        o.type == "Organization" and o.start == m.end + 1 for o in ctx.mentions)


def _next_sentence_members(ctx: Ctx, sent: Sentence, host: URIRef) -> list[Mention]:
    """The members of a counted group whose names come in the next sentence (a list of two or more cities)."""
    idx = next((i for i, s in enumerate(ctx.sentences) if s.start == sent.start), None)
    if idx is None or idx + 1 >= len(ctx.sentences):
        return []
    members: list[Mention] = []
    for nxt in ctx.sentences[idx + 1:idx + 1 + GROUP_SPAN]:
        if TIE_WORD_RE.search(nxt.text):
            break  # the next sentence states its own ties
        parties = _cities(ctx, nxt)
        found = [m for m in ctx.in_sentence(nxt, types=("City",)) if m.iri != host and (
            m in parties or (not m.qualifier and ko_places.listed_among_towns_abroad(ctx, m)))]
        # (… 터키 코자엘리, 베트남 칸호아성 등: a region listed among the towns is a member as they are)
        if not found:
            break
        members += found  # 해외에서는 A, B가 … 국내에서는 C, D가 …: the list may run over a few sentences
    if len({m.iri for m in members}) < 2:
        return []
    if ctx.group_members:  # the group was listed before: a later list keeps only those (제천·부안·은평구의 발표)
        return [m for m in members if m.iri in ctx.group_members]
    ctx.group_members.extend(dict.fromkeys(m.iri for m in members))
    return members


def _particle(ctx: Ctx, m: Mention) -> str:
    """The particle after a name, past a gloss and a suffix: 찔레곤(Cilegon)시와 -> 와."""
    if m.rest:
        return re.sub(r"^(?:시|군|구)", "", m.rest)  # 단둥시와: the name was matched without its 시
    after = re.match(r"(?:\([^)]{1,30}\))?(?:시|군|구)?([\uac00-\ud7a3]{1,2})(?![\uac00-\ud7a3])", ctx.text[m.end:m.end + 40])
    return after.group(1) if after else ""


#: after ``X의``: an ordinal or a qualifier, then the tie word X owns (수원시의 4번째 국제우호 결연도시)
_OWNED_TIE_RE = re.compile(r"\s*(?:\d+\s*번째\s*|[첫두세네]\s*번째\s*)(?:국제|해외|국내)?\s*(?:자매|우호|친선|결연|교류)")


def _bound_partners(ctx: Ctx, others: list[Mention], tie_pos: int) -> list[Mention]:
    """The partners a tie word binds: ``X는 A와 … 우호도시를 맺어`` keeps A (and any list A ends).

    When a city is joined by 와/과 before the tie word, the other cities before it that carry a
    particle of another role (전라남도의 추천으로, 순천에서, 서울로) are not partners.
    """
    others = [m for m in others if m.start > tie_pos or not CLAUSE_END_RE.search(ctx.text, m.end, tie_pos)]
    described = [m for m in others if m.start > tie_pos and DESCRIBED_PARTNER_RE.fullmatch(ctx.text, tie_pos, m.start)]
    if described:  # 자매도시 몽골 항올구 … 울란바토르시를 방문했다: the tie describes the city right after it
        first = described[0]
        return [m for m in others if m is first or (m.start > first.start and _list_joined_to(ctx, first, m))]
    others = [m for m in others if m.start < tie_pos or not _with_other_noun(ctx, m)]  # … 꽝남성과 함양군의 우의를
    others = [m for m in others if not _later_clause_without_tie(ctx, m, tie_pos)]  # …을 맺었고, B도 찾았다
    withs = [m for m in others if m.start < tie_pos and _WITH_RE.match(_particle(ctx, m))]
    if not withs:
        return others
    return [m for m in others if m.start > tie_pos or not _other_role(ctx, m)]


def _later_clause_without_tie(ctx: Ctx, m: Mention, tie_pos: int) -> bool:
    """``A군을 방문해 자매결연 협약을 맺었고, B군과 C시도 연이어 찾았다``: B and C stand in a later clause that
    has no tie word and no signing of its own, so they were visited, not tied."""
    if m.start <= tie_pos:
        return False
    ends = [*CLAUSE_END_RE.finditer(ctx.text, tie_pos, m.start), *STEP_END_RE.finditer(ctx.text, tie_pos, m.start)]
    if not ends:
        return False
    ends.sort(key=lambda e: e.end())
    nxt = CLAUSE_END_RE.search(ctx.text, m.end)
    stop = ctx.text.find(".", m.end)
    stop = len(ctx.text) if stop < 0 else stop
    if nxt is not None:
        stop = min(stop, nxt.end())
    clause = ctx.text[ends[-1].end():stop]
    return not TIE_WORD_RE.search(clause) and not SIGNING_VERB_RE.search(clause)


def _list_joined_to(ctx: Ctx, first: Mention, m: Mention) -> bool:
    """``m`` continues a list that starts at ``first`` (joined by ·, comma, 와/과 or 및, nothing else between;
    or by a dot glued to both names, ``가라쓰시.무나카타시``)."""
    return re.fullmatch(rf"(?:[{HANGUL}]{{0,2}}(?:·|,|와|과|및|\.)\s*[{HANGUL}A-Za-z() ]{{0,12}}?\s*)+", ctx.text[first.end:m.start]) \
        is not None and not re.search(r"[을를에서]\s", ctx.text[first.end:m.start])


def _own_kind(ctx: Ctx, m: Mention | None, kind: str, sent: Sentence | None = None) -> str:
    """The type of the tie word right after a partner (``구이린시와 자매결연 25주년, 훈춘시와 우호협력 15주년``),
    or of the tie word heading the list it stands in (``자매도시는 A, B, 우호도시는 C, D``), else the sentence's."""
    if m is not None and sent is not None:
        heads = [t for t in TIE_WORD_RE.finditer(ctx.text, sent.start, m.start)
                 if LISTED_AFTER_TIE_RE.fullmatch(ctx.text, t.end(), m.start)]
        if heads:
            return tie_type(heads[-1].group(0))
    if m is not None:
        marked = ANNIVERSARY_OF_NEXT_RE.search(ctx.text, max(0, m.start - 40), m.start)
        if marked is not None:  # 자매결연 30주년을 맞은 A와 우호결연 10주년을 맞은 B: each its own anniversary's tier
            return tie_type(marked.group("tie"))
    described = ko_places.describing_tie(ctx, m) if m is not None else None
    if described is not None and m is not None and UMBRELLA_TIE_RE.search(ctx.text, max(0, m.start - 24), m.start):
        described = None  # 자매우호도시인: either tier, no label of its own
    if m is None or not re.fullmatch(r"와|과|와는|과는|와의|과의|와도|과도", m.rest or ""):
        return tie_type(described) if described is not None else kind  # …, 우호도시인 중국 둥잉시에: its own label
    raw = ctx.text[m.end + len(m.rest):m.end + len(m.rest) + 16]
    after = raw.lstrip()
    own = TIE_WORD_RE.match(after)
    if own is not None and (re.match(rf"\s*(?:인|이자)\s|{ANNIVERSARY_CLAUSE}", after[own.end():]) or
                            _labels_next(ctx, m.end + len(m.rest) + len(raw) - len(after) + own.end())):
        own = None  # 자매도시인 A와 우호도시(인) (중국) B: the word after A labels B
    if own is not None and tie_type(own.group(0)) == "other" and described is not None:
        return tie_type(described)  # 자매도시인 일본 오타시와 교류하고 있다: the tier the description states
    if own is not None and EXCHANGE_KEPT_UP_RE.match(after, own.end()):
        end = ctx.text.find(".", m.end)
        pred = TIER_PREDICATE_RE.search(ctx.text[m.end:end + 1 if end >= 0 else len(ctx.text)])
        if pred is not None:  # 보령시와 우호교류를 이어가고 있는 자매도시다: the tier of the noun the sentence ends with
            return tie_type(pred.group("tie"))
    return tie_type(own.group(0)) if own is not None else (tie_type(described) if described is not None else kind)


def _labels_next(ctx: Ctx, end: int) -> bool:
    """The tie word ending at ``end`` introduces the next place (``우호도시 중국 허난성 뤄양시``)."""
    nxt = min((c for c in ctx.mentions if c.type == "City" and end <= c.start <= end + 24), key=lambda c: c.start,
              default=None)
    return nxt is not None and ko_places.describing_tie(ctx, nxt) is not None  # (it ends right before nxt's locators)


def _partner_s_earlier(ctx: Ctx, sent: Sentence, cities: list[Mention], kind: str) -> list[Mention]:
    """``서산시는 사천시, 이천시에 이어 세 번째로 풀러턴시와 자매결연``: the cities before ``에 이어 N번째로`` tied with
    the partner first (the partner's earlier partners, none of the subject's); the rest of the cities, for the
    sentence's own ties."""
    seq = ORDINAL_AFTER_RE.search(sent.text)
    if seq is None:
        return cities
    at = sent.start + seq.start()
    earlier: list[Mention] = []
    for m in reversed([m for m in cities if m.end <= at]):
        gap = ctx.text[m.end:at] if not earlier else ctx.text[m.end:earlier[0].start]
        if not re.fullmatch(r"(?:시|군|구)?(?:에)?\s*|(?:시|군|구)?\s*[,·ㆍ]\s*(?:\S+\s+)?", gap):
            break
        earlier.insert(0, m)
    partner = next((m for m in cities if m.start > at and _WITH_RE.match(_particle(ctx, m))), None)
    if not earlier or partner is None:
        return cities
    for m in earlier:
        if m.iri != partner.iri:
            ctx.reading.ties.append((partner.iri, m.iri, kind, None, sent))
    return [m for m in cities if m not in earlier]


def _other_role(ctx: Ctx, m: Mention) -> bool:
    """The city plays another part than partner: 전라남도의 추천, 순천에서, or 전북도와 협의회의 추천 (X와 Y의 …)."""
    p = _particle(ctx, m)
    after = ctx.text[m.end + len(m.rest):m.end + len(m.rest) + 30]
    if p == "의":
        if ko_places.tie_described(ctx, m):
            return False  # 자매도시인 베트남 빈증성의 부당서기장: the partner, named for its officer
        return not TIE_WORD_RE.match(after.lstrip())
    if p == "에" and re.match(r"\s*이어", after):
        return False  # A, B에 이어 C와 자매결연: the list goes on
    if p in ("를", "을") and LIST_OPENED_AFTER_RE.match(after):
        return False  # 2003년 대전 중구를 시작으로 B, C와 자매결연: the list opens with it
    if _OTHER_ROLE_RE.match(p):
        return True
    if _WITH_RE.match(p) and NEIGHBOUR_AFTER_WITH_RE.match(after):
        return True  # 우한시와 인접한 도시로 구미와는 자매결연: a neighbour, not a party
    return _with_other_noun(ctx, m)


def _with_other_noun(ctx: Ctx, m: Mention) -> bool:
    """``꽝남성과 함양군의 우의를``: the city is coordinated with another before a noun that is no tie word."""
    p = _particle(ctx, m)
    after = ctx.text[m.end + len(m.rest):m.end + len(m.rest) + 30]
    coord = re.match(r"\s*[^\s,]+의\s+(\S+)", after) if _WITH_RE.match(p) else None
    return coord is not None and not TIE_WORD_RE.match(coord.group(1))


def _pairwise(ctx: Ctx, cities: list[Mention]) -> list[tuple[Mention, Mention]]:
    """Two or more pairs named one after another, ``A와 B, C와 D가``: each city with 와/과 and the next one,
    the pairs separated by commas (the last one ending the subject). Else nothing."""
    pairs: list[tuple[Mention, Mention]] = []
    i = 0
    while i + 1 < len(cities):
        a, b = cities[i], cities[i + 1]
        after_b = ctx.text[b.end + len(b.rest):b.end + len(b.rest) + 1]
        if not _WITH_RE.match(_particle(ctx, a)) or not (after_b == "," or re.match(r"^(가|이|는|은|도)$", _particle(ctx, b))):
            return []
        pairs.append((a, b))
        i += 2
    return pairs if len(pairs) >= 2 and i == len(cities) else []


def _host(ctx: Ctx, sent: Sentence, cities: list[Mention], tie_pos: int) -> URIRef | None:
    joined = _ANAPHOR_WITH_RE.match(sent.text)
    if joined is not None:  # 구와 기타구는 2005년 자매결연을 체결했다: the article's own 구 and the city named
        own = next((i for i in ctx.main_cities(suffix=joined.group(1)) if i not in {m.iri for m in cities}), None)
        if own is not None:
            return own
    for m in cities:  # 가오슝시는 A, B에 이어 수원시의 4번째 결연도시가 됐다: the owner of the tie word first
        if m.start > tie_pos:
            break
        if (m.rest or ctx.text[m.end:m.end + 1]) == "의" and _OWNED_TIE_RE.match(ctx.text, m.end + 1):
            return m.iri
    for m in cities:
        if m.start > tie_pos:
            break
        r = m.rest or ctx.text[m.end:m.end + 1]
        if re.match(r"^(는|은|가|이)$", r) or (r == "도" and m is cities[0] and not any(
                re.match(r"^(는|은|가|이)$", c.rest or ctx.text[c.end:c.end + 1]) for c in cities[1:] if c.start < tie_pos)):
            return m.iri  # (고성군도 자매도시인 이마바리시와: 'also', the first city named is the subject too, unless a
            # later one is: 고성군도 참석한 가운데 통영시는 …)
        if not m.rest and _SPEAKER_RE.match(ctx.text, m.end):
            return m.iri  # 광명시 관계자는 "자매도시인 …": the city speaks
        owned = TIE_WORD_RE.search(ctx.text, m.end + 1, m.end + 16) if r == "의" else None
        if owned is not None and not any(m.end < c.start < owned.start() for c in cities):
            return m.iri  # 사천시의 국내 자매결연 도시로는 (not 무나카타시의 북 연주단, nor 경기도의 중심인 안산시와 자매결연)
    if anaphor := _ANAPHOR_RE.match(sent.text):
        main = ctx.main_cities(suffix=anaphor.group(1))
        return main[0] if main else None
    return None


def _relative_pair(ctx: Ctx, sent: Sentence, cities: list[Mention]) -> tuple[Mention, Mention] | None:
    """A tie stated in a relative clause with its own partner: ``(유성구는) 대전시와 자매결연을 맺은 난징시 대표단``.

    The city joined by 와/과 right before the clause's tie phrase and the city the clause describes are
    the pair; the sentence's subject stands outside the clause and is no party to it.
    """
    for d in cities:
        phrase = ko_places.describing_tie(ctx, d)
        if phrase is None or not TIE_RELATIVE_BEFORE_RE.search(phrase):
            continue
        at = ctx.text.rfind(phrase, sent.start, d.start)
        w = max((m for m in cities if m.end <= at and m.iri != d.iri), key=lambda m: m.end, default=None)
        if w is None or not re.match(r"^(와|과)$", _particle(ctx, w)):
            continue
        if _RELATIVE_GAP_RE.fullmatch(ctx.text, w.end, at):
            return w, d
    return None


def _hosted_pairs(ctx: Ctx, sent: Sentence, cities: list[Mention], main: list[URIRef],
                  tie_pos: int) -> list[tuple[URIRef, URIRef, Mention | None]]:
    """The sentence's host city (its subject, else the article's own city) and the partners the tie word binds."""
    host = _host(ctx, sent, cities, tie_pos)
    others = [m for m in cities if m.iri != host]
    iris = {m.iri for m in cities}
    last = cities[-1] if cities else None
    coordinated = len(iris) == 2 and last is not None and any(
        re.match(r"^(와|과|하고)$", ko_places.rest_past_gloss(ctx, c)) and c.iri != last.iri for c in cities[:-1]) and (
        re.match(r"^(가|이|는|은|도)$", ko_places.rest_past_gloss(ctx, last)) or  # A와 B가 … 맺었다 (A와 B 인민위원회가: its government)
        (last.rest == "의" and TIE_WORD_RE.search(ctx.text[last.end + 1:last.end + 14]) is not None))  # A와 B의 이번 결연
    if host is None and main and main[0] not in iris and not coordinated and not _PAIR_RE.search(sent.text):
        host = main[0]  # 구리시, 하동군과 자매결연을 맺고: the article's own city is the unnamed subject
        others = cities
    own = next((i for i in ctx.main_cities() if i not in iris), None) if host is None and len(cities) >= 2 and all(
        ko_places.tie_described(ctx, m) for m in cities) else None
    if own is not None:
        host, others = own, cities  # 국제 자매도시(A시, B성)에서 온 외빈이 보령시에서: each the article's city's partner
    if host is None and main and main[0] not in iris and len(iris) >= 2 and \
            all(_WITH_RE.match(c.rest or "") for c in cities):
        host, others = main[0], cities  # "A와 협정 체결이 …" "B와 협정을 체결한 데 이어": each the unnamed subject's
    if host is None:
        if len(iris) == 2 and _other_role(ctx, cities[0]) and main and main[0] not in iris:
            host, others = main[0], [m for m in cities if not _other_role(ctx, m)]  # 경기도의 중심인 안산시와
        elif len(iris) == 2:
            host, others = cities[0].iri, [m for m in cities if m.iri != cities[0].iri]
        elif len({m.iri for m in cities}) == 1 and main and main[0] != cities[0].iri and not _PAIR_RE.search(sent.text):
            host = main[0]
        elif len({m.iri for m in cities}) > 2 and main:
            host = main[0]  # a list of partners: the article's own city is the host
            others = [m for m in cities if m.iri != host]
    group = GROUP_COUNT_RE.search(sent.text) or GROUP_NOUN_RE.search(sent.text)
    if host is None and len(iris) == 1 and group:
        host = cities[0].iri  # 광명시와 결연을 맺은 8개 도시 … 참석 도시는 A, B, C
        others = []
    if host is None and not iris and group and main:
        host = main[0]  # 국내외 상호결연도시 대표단이 참석했다: the article's own city's partners
    if host is not None and not others and group:
        others = _next_sentence_members(ctx, sent, host)  # 해외 3개 도시와 결연 … 미국 오스틴시, 독일 …
    if host is None:
        return []
    return [(host, m.iri, m) for m in _bound_partners(ctx, others, tie_pos)]


def read_ties(ctx: Ctx, sent: Sentence) -> None:
    """State the partnerships one sentence gives."""
    bodies = [(o.start - sent.start, o.end - sent.start) for o in ctx.in_sentence(sent, types=("Organization",))]
    tw = next((t for t in TIE_WORD_RE.finditer(sent.text) if not any(a <= t.start() < b for a, b in bodies)), None)
    if tw is None:
        return  # (강서구 한일친선교류협의회 회원은 … 방문했다: the 친선 of a body's name ties no city)
    kind = tie_type(sent.text)
    hyphened = _hyphen_ties(ctx, sent)
    if hyphened:  # 평택-제남, 시흥-덕주 … 각각 우호도시 조인식: each pair is one tie
        signed = _event_year(ctx, sent) or _signed_on_year(ctx, sent) \
            if not ONGOING_TIE_RE.search(sent.text) and later_step(sent.text) is None else None
        for a, b in hyphened:
            ctx.reading.ties.append((a, b, kind, signed, sent))
    paired_starts = {s for ls, _l, rs, _r in ko_places.hyphen_pairs(ctx.text, sent.start, sent.end) for s in (ls, rs)}
    cities = [m for m in _cities(ctx, sent) if m.start not in paired_starts]  # the others, read as usual
    cities = _partner_s_earlier(ctx, sent, cities, kind)
    councils = [m for m in cities if (m.rest or ctx.text[m.end:m.end + 2]).startswith("의회") or any(
        o.type == "Organization" and ((o.start <= m.start and m.end <= o.end) or
                                      (o.start > m.end and not ctx.text[m.end + len(m.rest):o.start].strip()))
        and o.surface.endswith("의회") and not o.surface.endswith("인민의회")
        for o in ctx.in_sentence(sent, types=("Organization",)))]
    # (울란바토르시 바양골구의회: a council of the city's; a people's council, 껀터시 인민의회, stands for its city)
    if len({m.iri for m in councils}) >= 2 and all(m in councils for m in cities) and \
            (any(re.match(r"(?:시|군|구)?의회(?:\([^)]*\))?\s*(?:와\s|과\s|·|ㆍ)", ctx.text[c.end:c.end + 30]) for c in councils)
             or _COUNCILS_PAIR_RE.search(sent.text) or _SIGNED_HERE_RE.search(sent.text)) and \
            not ((w := _WITNESSED_RE.search(sent.text)) is not None and all(
                c.end <= sent.start + w.start() for c in councils)) and \
            not _PAIR_RE.search(sent.text) and not any(ko_places.tie_described(ctx, m) for m in councils):
        cities = []  # 수성구의회와 완도군의회는 자매결연, A시의회는 B구의회와, 양 의회 간 우호 교류: the councils' tie, not the
        # cities' (but 양 도시의 자매결연 is)
    if _COUNCILS_TIE_RE.search(sent.text) and not _NAMED_TIE_RE.search(_COUNCILS_TIE_RE.sub(" ", sent.text)):
        cities = []  # 이번 의회 간 자매결연은 …, A군수, B구청장이 참석했다: the councils' tie, whoever else attends (but
        # A시와 B시는 자매결연을 맺고, 두 의회의 우호교류 협약도: the cities' tie too)
    if hyphened and not any(_WITH_RE.match(_particle(ctx, m)) or ko_places.tie_described(ctx, m) for m in cities):
        return  # the pairs are the sentence's ties, unless another city is joined to a tie of its own
    kept = {m.iri for m in cities}  # a city this sentence names only as a locator or an event's owner hosts nothing here
    named = {m.iri for m in ctx.in_sentence(sent, types=("City",))}
    ranked = ctx.main_cities()
    shadow = next((k for k, i in enumerate(ranked) if i in named and i not in kept), len(ranked))
    main = [i for k, i in enumerate(ranked) if i in kept or (i not in named and k < shadow)]
    # (발레호시 진천 자매도시위원회: the article's city named inside a body's name is no host here, and no city
    # ranked below it, named nowhere in the sentence, hosts in its place)
    pairs: list[tuple[URIRef, URIRef, Mention | None]] = []
    if _PAIR_RE.search(sent.text) and len(main) >= 2:  # 양 시: the article's city and its partner named here
        named = {m.iri for m in cities if not _other_role(ctx, m)}  # (not 경기도의 중심인 안산시와: 경기도)
        tied = {t[1] if t[0] == main[0] else t[0] for t in ctx.reading.ties if main[0] in (t[0], t[1])}
        told = next((i for i in main[1:] if i in tied and any(m.iri == i for m in cities)), None)
        pairs.append((main[0], told or next((i for i in main[1:] if i in named), main[1]), None))
        if told is not None:  # 두 도시의 협정은 울란바토르시 부장이 논산을 방문한 것을 계기로 날라이흐구의 초청으로: the pair
            cities = [m for m in cities if m.iri in (main[0], told)]  # told before; the others only tell its story
    paired = _pairwise(ctx, cities)
    if paired:  # A시와 B시, C시와 D시가 (각각) 협약을 맺었다: each pair is one tie
        for one, other in paired:
            ctx.reading.ties.append((one.iri, other.iri, kind, None, sent))
        return
    if not cities and _ALSO_SIGNED.match(sent.text):  # … 빈롱성과 업무협약을 체결했다. 또 … 우호 협약도 맺었다
        before = [s for s in ctx.sentences if s.end <= sent.start][-1:]
        for a, b, _k, _y, _s in [t for t in ctx.reading.ties if before and t[4] is before[0]][-1:]:
            ctx.reading.ties.append((a, b, kind, None, sent))  # the partner of the sentence before, this tie's kind
        return
    own = next(iter(ctx.main_cities()), None)
    if len({m.iri for m in cities}) == 1 and own is not None and own not in kept and cities[0].iri != own and \
            _SINCE_TIE_RE.search(sent.text) and any(m.iri == own for m in ctx.in_sentence(sent, types=("City",))):
        # 후에시 공무원이 경주에서 연수를 받는 것은 2007년 자매결연 이후 두 번째다: the tie the sentence counts from is the
        # article's own city's (named here as the place) with the one other city
        pairs.append((own, cities[0].iri, cities[0]))
        cities = []
    rel = _relative_pair(ctx, sent, cities)
    if rel is not None:  # X구는 대전시와 자매결연을 맺은 난징시 대표단을: 대전–난징, X구 no party
        listed = [m for m in cities if m.start > rel[1].end and _list_joined_to(ctx, rel[1], m)]
        later = TIE_WORD_RE.search(ctx.text, (listed or [rel[1]])[-1].end, sent.end)
        if later is None:
            pairs += [(rel[0].iri, m.iri, m) for m in (rel[1], *listed)]  # (… 맺은 중국 남양·숙천·임기 등: each)
        else:  # … 맺은 난징시와 우호협약을 체결했다: the clause's tie in place, of its own kind, and the subject's own tie
            phrase = ko_places.describing_tie(ctx, rel[1]) or ""  # with the city described
            for described in (rel[1], *listed):
                ctx.reading.ties.append((rel[0].iri, described.iri, tie_type(phrase), None, sent))
            pairs += _hosted_pairs(ctx, sent, [m for m in cities if m is not rel[0]], main, later.start())
    else:
        pairs += _hosted_pairs(ctx, sent, cities, main, sent.start + tw.start())
    years = _tie_years(ctx, sent)
    tiers = _two_tiers(sent, years) if kind == "sister" else None
    first = len(ctx.reading.ties)
    for a, b, m in pairs:
        if a == b:
            continue
        if tiers is not None:  # 2015년 우호교류협약을 체결한 이후 …, 10일 자매결연 협약을 체결했다: both steps, each its year
            sister_year = tiers[1] or _event_year(ctx, sent) or _signed_on_year(ctx, sent)
            ctx.reading.ties.append((a, b, "friendship", tiers[0], sent))
            ctx.reading.ties.append((a, b, "sister", sister_year if sister_year != tiers[0] else None, sent))
            continue
        year = None
        if m is not None:
            paren = re.match(r"\s*\(\s*((?:19|20)\d{2})\s*년?[^)]{0,12}\)", ctx.text[m.end + len(m.rest):m.end + len(m.rest) + 24])
            if paren:
                year = paren.group(1)
        if year is None:
            year = _year_of(years, sent, m, [x.start for x in ctx.in_sentence(sent, types=("City",))
                                             if m is None or x.iri != m.iri])
        ybefore = _year_before(ctx, sent, m) if m is not None else None
        then = _SIGNED_THEN.search(ctx.text, m.end, sent.end) if m is not None else None
        if m is not None and then is not None and _OTHER_STEP.search(ctx.text, m.end, then.start()):
            then = None  # 2018년 웨이하이시와 첫 교류를 시작한 이래 협약을 체결해: the year of another step
        if year is None and m is not None and ybefore is not None and \
                not any(x.type == "City" and x is not m and ybefore.start() <= x.start < m.start
                        for x in ctx.in_sentence(sent, types=("City",))) and (SIGNED_RE.search(sent.text) or then):
            year = ybefore.group(1) if len(ybefore.group(1)) == 4 else "19" + ybefore.group(1)
            # 2003년 웨이하이시와 관광교류협정, 2009년 옌타이시와 경제교류협정을 체결: each partner its year
        if year is None and not ONGOING_TIE_RE.search(sent.text) and later_step(sent.text) is None:
            year = _event_year(ctx, sent) or _signed_on_year(ctx, sent)  # not a lasting state: a signing
        ctx.reading.ties.append((a, b, _own_kind(ctx, m, kind, sent), year, sent))
    if MULTILATERAL_RE.search(sent.text) and "각각" not in sent.text:  # 4자간 우호도시 협약: the host's partners are
        # each other's partners too
        made = ctx.reading.ties[first:]
        hosts = {t[0] for t in made}
        partners = list(dict.fromkeys(t[1] for t in made if t[1] not in hosts))
        if len(hosts) == 1 and len(partners) >= 2:
            k, y = made[0][2], made[0][3]
            for i, x in enumerate(partners):
                for z in partners[i + 1:]:
                    ctx.reading.ties.append((x, z, k, y, sent))


def _year_before(ctx: Ctx, sent: Sentence, m: Mention) -> re.Match[str] | None:
    """The year written right before partner ``m`` (``2009년 중국 옌타이시와``, ``97년 캐나다 벨빌시``); a year of two
    digits only with places between it and the partner (not ``50년 넘게 일본 오타시와``: a length of time)."""
    ybefore = _YEAR_BEFORE_PARTNER.search(ctx.text, max(sent.start, m.start - 24), m.start)
    if ybefore is not None and len(ybefore.group(1)) == 2 and not all(
            ctx.gz.lookup(w) for w in ctx.text[ybefore.end(1) + 1:m.start].split()):
        return None
    return ybefore


#: a verb of another step between a partner and the signing (``… 교류를 시작한 이래``, ``… 방문한 뒤``)
_OTHER_STEP = re.compile(r"[\uac00-\ud7a3](?<![관대위통])(?:한\s+(?:이래|뒤|후|다음)|(?:하며|하고|해서|하여)\s)")
#: a signing linked to what followed it (``… 자매결연을 맺고 교류를 이어오고 있다``, ``협정을 체결해``): signed
_SIGNED_THEN = re.compile(r"(?:체결|맺)(?:하고|해|고|어)\s")
#: a year right before a partner's name, past a country or a province (``2009년 중국 옌타이시와``)
_YEAR_BEFORE_PARTNER = re.compile(r"((?:19|20)\d{2}|(?<![\d.,~])[5-9]\d)년\s+(?:[\uac00-\ud7a3]+\s+){0,2}$")
#: (a year of the last century may be written with two digits: ``97년 캐나다 벨빌시, 99년 미국 클락스빌시와도``)


def _two_tiers(sent: Sentence, years: list[tuple[int, int, str, bool]]) -> tuple[str, str | None] | None:
    """``(friendship year, sister year)`` when one sentence states both tiers of a pair and dates the friendship one
    (``2015년 우호교류협약을 체결한 이후 …, 10일 자매결연 협약을 체결했다``), else None."""
    if UMBRELLA_TIE_RE.search(sent.text) or not (SISTER_RE.search(sent.text) and FRIEND_RE.search(sent.text)):
        return None
    friend = [y for _, e, y, _ in years if sent.text[e - 2:e] in ("우호", "친선")]
    sister = [y for _, e, y, _ in years if sent.text[e - 2:e] in ("자매", "결연")]
    if not friend or (sister and sister[0] <= friend[0]):
        return None  # (2010년 자매결연 … 우호: the sister tie came first; read as before)
    return friend[0], sister[0] if sister else None


def _hyphen_ties(ctx: Ctx, sent: Sentence) -> list[tuple[URIRef, URIRef]]:
    """The pairs of places a sentence joins by hyphens as partners (see :func:`ko_places.hyphen_pairs`)."""
    out = []
    for ls, _left, rs, _right in ko_places.hyphen_pairs(ctx.text, sent.start, sent.end):
        a = next((m.iri for m in ctx.mentions if m.type == "City" and m.start == ls), None)
        b = next((m.iri for m in ctx.mentions if m.type == "City" and m.start == rs), None)
        if a is not None and b is not None and a != b:
            out.append((a, b))
    return out


#: an anniversary counted right after the year and its tie word (``2020년 자매결연 5주년``, ``교류 20주년``)
ANNIVERSARY_AFTER_YEAR = re.compile(r"(?:(?!맺|체결|했|하고|하며|한\s|한뒤|이후|뒤|\s후\s)[^.,;]){0,24}?\d+\s*주년")


def _tie_years(ctx: Ctx, sent: Sentence) -> list[tuple[int, int, str, bool]]:
    """The signing years written before a tie word in one sentence (``TIE_YEAR_RE``): (start, end, year,
    whether places stand between), positions in the sentence."""
    masked = list(sent.text)
    for m in ctx.in_sentence(sent, types=("City", "Country")):
        for i in range(m.start - sent.start, min(m.end - sent.start, len(masked))):
            masked[i] = "\x00"
    out: list[tuple[int, int, str, bool]] = []
    pub = ctx.article.published
    for mt in TIE_YEAR_RE.finditer("".join(masked)):
        if mt.group(3):  # 지난해 자매결연을 맺은 X: the year before the publication's, when the tie is signed then
            signed = LAST_YEAR_SIGNED_RE.match(sent.text, mt.end())  # (not 지난해 자매도시인 X에 교류단을 파견한)
            year = pub.year - 1 if pub is not None and signed is not None else None
        else:
            year = full_year(mt.group(1) or mt.group(2), published=pub)
        if year is None or (pub is not None and year > pub.year):
            continue  # 오는 2009년: a year to come is no signing year
        if ANNIVERSARY_AFTER_YEAR.match(sent.text, mt.end()):
            continue  # 2020년 자매결연 5주년: the year of an anniversary, not of the signing
        out.append((mt.start(), mt.end(), str(year), "\x00" in mt.group(0)))
    return out


def _year_of(years: list[tuple[int, int, str, bool]], sent: Sentence, m: Mention | None,
             others: list[int] | None = None) -> str | None:
    """The signing year of the tie with partner ``m``: one written before the partner's own name
    (``2005년 일본 한다시와 자매결연``), else one written right before a tie word with no place between."""
    if m is not None:
        own = [y for s, e, y, _ in years if s <= m.start - sent.start < e]
        if own:
            return own[0]
    free = [y for s, e, y, places in years if not places and not (
        m is not None and m.end - sent.start <= s and CLAUSE_BREAK_RE.search(sent.text, m.end - sent.start, s)
        and others is not None and any(e <= o - sent.start <= e + 30 and RELATIVE_HEAD_BEFORE_RE.search(
            sent.text, e, o - sent.start) for o in others))]
    return free[0] if free else None  # (연대시와의 교류 20주년을 기념하고, 지난해 … 체결한 위해시: another clause's year)




def _event_year(ctx: Ctx, sent: Sentence) -> str | None:
    """The year of a signing event dated in this sentence (the tie was signed then)."""
    for ev in ctx.events:
        ent = ctx.reading.entities.get(ev.iri)
        if ent is None or "startDate" not in ent.attrs:
            continue
        if any(sent.start <= sp.start < sent.end for sp in ev.spans) and ev.head in ("협약", "협약식", "협정", "협정식",
                                                                                    "결연식", "체결식", "조인식"):
            return str(ent.attrs["startDate"])[:4]
    return None


def _signed_on_year(ctx: Ctx, sent: Sentence) -> str | None:
    """The year of the day a sentence says its tie was signed (``지난 22일 … 자매결연을 체결했다고 23일
    밝혔다``: 22일, not the day it was announced), when it says it was signed."""
    if not SIGNED_RE.search(sent.text):
        return None
    for d in find_ko(sent.text, published=ctx.article.published, tense="past"):
        if d.grain in ("day", "month") and not ANNOUNCEMENT.match(sent.text, d.end):
            return str(d.value.year)
    return None


def read_groups(ctx: Ctx) -> None:
    """Remember listed groups of cities: ``국내 6개 도시(제천, 부안, …)``."""
    for m in _GROUP_RE.finditer(ctx.text):
        s, e = m.start(3), m.end(3)
        members = [x.iri for x in ctx.mentions if x.type == "City" and s <= x.start < e]
        if members:
            key = "국내" if m.group(1) == "국내" else "해외"
            ctx.groups[key] = list(dict.fromkeys(members))
            ctx.group_spans[key] = Span(m.start(), m.end())


def settle(ctx: Ctx) -> None:
    """Write the ties, holding back listed cities that the article's own counts exclude."""
    ties: list[tuple[URIRef, URIRef, str, str | None, Sentence]] = ctx.reading.ties
    excluded: set[URIRef] = set()
    for m in _PARTNER_COUNT_RE.finditer(ctx.text):
        key = "국내" if m.group(1) == "국내" else "해외"
        count = int(m.group(2))
        members = ctx.groups.get(key, [])
        if not members or len(members) <= count:
            continue
        hosts = {a for a, _, _, _, _ in ties} | set(ctx.main_cities()[:1])
        confirmed = [c for c in members if any(ctx.gz.has_tie(h, c) for h in hosts)]
        rest = [c for c in members if c not in confirmed]
        if len(confirmed) == count:
            excluded.update(rest)
            ctx.reading.notes.append(f"{len(members)} {key} cities listed, the article counts {count} as partners: "
                                     f"the registry confirms {count}; the other {len(rest)} are not stated as partners")
            sent = ctx.sentence_of(m.start())
            for mm in _MEMBER_COUNT_RE.finditer(ctx.text):
                if int(mm.group(2)) == len(rest):
                    org = next((x for x in ctx.mentions if x.type == "Organization"
                                and x.start == mm.start(1)), None)
                    if org is not None:
                        for c in rest:
                            ctx.fact(c, V.SCHEMA.memberOf, org.iri, ctx.sentence_of(mm.start()) or sent)
        else:
            excluded.update(c for c in members if c not in confirmed)
            ctx.reading.notes.append(f"{len(members)} {key} cities listed but only {count} are partners and the "
                                     "registry cannot tell which: none of the unconfirmed ones is stated as a partner")
    rank = {"sister": 0, "friendship": 1, "umbrella": 2, "other": 3}
    best: dict[frozenset[URIRef], tuple[URIRef, URIRef, str, str | None, Sentence]] = {}
    names = _place_words(ctx, {x for a, b, _, _, _ in ties for x in (a, b)})  # (no mention is added below)
    for a, b, kind, year, sent in ties:  # one tie per pair: the most specific type the article gives
        if a in excluded or b in excluded or _nested(ctx, names, a, b):
            continue
        pair = frozenset((a, b))
        have = best.get(pair)
        if have is None or rank[kind] < rank[have[2]] or (rank[kind] == rank[have[2]] and year and (
                have[3] is None or year < have[3])):  # (a tie of one kind dates from its earliest signing: 2003년
            best[pair] = (a, b, kind, year if year or have is None else have[3], sent)  # 협정 … 올해 재협정: 2003)
    for a, b, kind, year, sent in best.values():
        _write_tie(ctx, a, b, kind, year, sent)
    for a, b, kind, year, sent in ties:  # 2010년 우호 교류 협정 … (later) 자매결연: an earlier tier, dated, stays
        kept = best.get(frozenset((a, b)))
        if kind == "friendship" and year and kept is not None and kept[2] == "sister" and \
                (kept[3] is None or year < kept[3]) and a not in excluded and b not in excluded:
            ctx.fact(a, V.friendshipCityOf, b, sent)
            ctx.fact(b, V.friendshipCityOf, a, sent)
    for a, b, _kind, _year, sent in ties:  # 우호교류를 자매결연으로 격상: the earlier step is stated too
        if a in excluded or b in excluded or not UPGRADE_RE.search(sent.text):
            continue
        if SISTER_RE.search(sent.text) and FRIEND_RE.search(sent.text):
            ctx.fact(a, V.friendshipCityOf, b, sent)
            ctx.fact(b, V.friendshipCityOf, a, sent)


def _nested(ctx: Ctx, names: dict[URIRef, set[_Words]], a: URIRef, b: URIRef) -> bool:
    """One Korean government lies inside the other (전라북도 and 전주, 대전 and 유성구): no tie between them, whatever a
    sentence seems to say (``전라북도와 자매결연을 맺은 강소성의 축구단이 전주를 방문``). ``names``: the article's names of
    both places (:func:`_place_words`)."""
    if _name_inside(names[a], names[b]) or _name_inside(names[b], names[a]):
        return True
    if any(_region_named_in(ctx, names, x, y) for x, y in ((a, b), (b, a))):
        return True  # Aceh and Banda Aceh: a province and a city named after it  # Kuching and Kuching South, Aceh and Banda Aceh, Leningradsky and Leningradsky District: a place
        # and one named after it that contains it or lies in it, never a pair of partners
    ca, cb = ctx.gz.by_iri.get(a), ctx.gz.by_iri.get(b)
    if ca is None or cb is None or ca.country != "KR" or cb.country != "KR":
        return False
    return any(x.level == "sido" and y.level != "sido" and y.province == x.name_ko for x, y in ((ca, cb), (cb, ca)))


def _region_named_in(ctx: Ctx, names: dict[URIRef, set[_Words]], region: URIRef, town: URIRef) -> bool:
    """``region`` is a province or state the gazetteer knows, and ``town``'s name holds its whole name."""
    cand = ctx.gz.by_iri.get(region)
    if cand is None or cand.kind != "region":
        return False
    return any(True for _ in _runs_inside(names[region], names[town]))


#: where a place's name is cut into words: at spaces, and around a hyphen (kept as a word of its own)
_NAME_WORD_CUT = re.compile(r"\s+|(-)")


def _place_words(ctx: Ctx, iris: set[URIRef]) -> dict[URIRef, set[_Words]]:
    """For each of ``iris``, the names the article writes that place with, each as its lower-case words (split at
    spaces; a hyphen kept as a word of its own, ``-``): read in one pass over the article's mentions.

    >>> from kgraph.extract.context import Mention
    >>> class _Ctx: mentions = [Mention(0, 13, "Banda Aceh", URIRef("urn:a"), "City"),
    ...                         Mention(20, 30, "Port-Angeles", URIRef("urn:b"), "City")]
    >>> _place_words(_Ctx(), {URIRef("urn:a"), URIRef("urn:b"), URIRef("urn:c")}) == {
    ...     URIRef("urn:a"): {("banda", "aceh")}, URIRef("urn:b"): {("port", "-", "angeles")}, URIRef("urn:c"): set()}
    True
    """
    out: dict[URIRef, set[_Words]] = {iri: set() for iri in iris}
    for m in ctx.mentions:
        found = out.get(m.iri)  # (a term is found as == finds it: rdflib hashes and compares type and text)
        if found is not None:
            found.add(tuple(w for w in _NAME_WORD_CUT.split(m.surface.lower()) if w))
    return out


def _name_inside(inner: set[tuple[str, ...]], outer: set[tuple[str, ...]]) -> bool:
    """Some name of ``outer`` holds some whole name of ``inner`` as a run of its words, and more words besides.

    >>> _name_inside({("kuching",)}, {("kuching", "south")}), _name_inside({("aceh",)}, {("banda", "aceh")})
    (True, False)
    >>> _name_inside({("ulm",)}, {("new", "ulm")}), _name_inside({("perth",)}, {("perth",)})
    (False, False)
    >>> _name_inside({("newcastle",)}, {("newcastle", "upon", "tyne")})
    False
    >>> _name_inside({("mutsu",)}, {("port", "angeles", "-", "mutsu", "city")})
    True
    >>> _name_inside({("taipei",)}, {("new", "taipei", "city")})
    False
    """
    return any(_UNIT_WORDS.issuperset(o[:k] + o[k + len(i):]) or (k > 0 and o[k - 1] == "-" and o[-1] in _UNIT_WORDS)
               for i, o, k in _runs_inside(inner, outer))


_Words = tuple[str, ...]


def _runs_inside(inner: set[_Words], outer: set[_Words]) -> Iterator[tuple[_Words, _Words, int]]:
    """Each (inner name, outer name, position) where an outer name holds a whole inner name as a run of its words,
    with more words besides."""
    for i in inner:
        for o in outer:
            for k in range(len(o) - len(i) + 1) if 0 < len(i) < len(o) else ():
                if o[k:k + len(i)] == i:
                    yield i, o, k


#: the words that make a place's name into a part or a unit of it (``Kuching South``, ``Clonmel Borough District``,
#: ``Leningradsky District``), or end a hyphened unit's name that holds it (``Port Angeles-Mutsu City``); any other
#: word makes another town of that name (``New Taipei City`` and ``Taipei``) (``Newcastle upon Tyne`` and
#: ``Newcastle``, ``New Ulm`` and ``Ulm``: namesakes, which may well be twins)
_UNIT_WORDS = frozenset("south north east west central district borough municipal municipality county province region "
                        "city town council ward prefecture oblast raion rayon township regency metropolitan area zone".split())


def _write_tie(ctx: Ctx, a: URIRef, b: URIRef, kind: str, year: str | None, sent: Sentence) -> None:
    tie = V.partnership_iri(a, b)
    ctx.fact(a, V.partnerOf, b, sent)
    ctx.fact(b, V.partnerOf, a, sent)
    type_iri, prop = V.TIE_TYPES["sister" if kind == "umbrella" else kind]
    if prop is not None:
        ctx.fact(a, prop, b, sent)
        ctx.fact(b, prop, a, sent)
    ctx.fact(tie, RDF.type, V.Partnership, sent)
    ctx.fact(tie, V.partner, a, sent)
    ctx.fact(tie, V.partner, b, sent)
    ctx.fact(tie, V.partnershipType, type_iri, sent)
    if year:
        ctx.fact(tie, V.since, Literal(year, datatype=XSD.gYear), sent)


def group_attendees(ctx: Ctx) -> None:
    """``해외 상호결연도시 4개국 4개 도시 … 참석``: the listed cities of that group attended."""
    from .lexicon import ATTEND_RE

    for sent in ctx.sentences:
        if not ATTEND_RE.search(sent.text):
            continue
        ev_iri = next((f.s for f in ctx.reading.facts if f.p == V.SCHEMA.attendee and f.span
                       and f.span.start == sent.start), None)
        if ev_iri is None:
            continue
        for m in re.finditer(r"(해외|국외|국내|외국)\s*\S*\s*(?:\d+\s*개국\s*)?\d+\s*개\s*도시", sent.text):
            key = "국내" if m.group(1) == "국내" else "해외"
            for c in ctx.groups.get(key, []):
                ctx.fact(ev_iri, V.SCHEMA.attendee, c, sent)
        for m in _MEMBER_COUNT_RE.finditer(sent.text):
            org = next((x for x in ctx.mentions if x.type == "Organization" and x.start == sent.start + m.start(1)), None)
            if org is None:
                continue
            for f in list(ctx.reading.facts):
                if f.p == V.SCHEMA.memberOf and f.o == org.iri:
                    ctx.fact(ev_iri, V.SCHEMA.attendee, f.s, sent)
