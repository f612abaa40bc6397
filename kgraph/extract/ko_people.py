"""People with their titles and bodies, and organisations, in Korean text.

Patterns: ``박승원 광명시장`` (name, city + title in one word), ``이삼수 사천시의회 의장`` (name, body,
title), ``광명시(시장 양기대)`` (title and name after the city), ``오스나브뤼크시 카타리나 푀터 시장``
(a foreign name between city and title), ``박승원 시장`` (a name with a title alone), and ``양 시장``
(a surname standing for a person already named with that title).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from difflib import SequenceMatcher
from functools import lru_cache
from itertools import pairwise

from rdflib import URIRef

from .. import places
from .. import vocab as V
from ..hangul import is_hangul_word, romanize
from ..names import loader
from ..vocab import minted
from .context import Ctx, Mention
from .ko_tags import (
    common_noun_alone,
    inflected,
    particle_alone,
    proper_stem,
    tags,
    unit_name_alone,
    unknown_name,
    verb_alone,
)
from .lexicon import (
    BARE_HEAD_LEVELS,
    CITY_BOUND,
    CITY_TITLES,
    DEPARTMENT_WORD,
    EVENT_HEADS,
    GENERIC_ORG_STEMS,
    INITIAL_RIEUL_SURNAMES,
    KOREAN_SURNAMES,
    LOCAL_ASSOCIATIONS,
    NAME_STOP,
    NATIONAL_MINISTRIES,
    ORG_STOP,
    PARTICLES_RE,
    TITLE_LEVELS,
    TITLES,
    korean_given_name,
    title_fits,
)
from .lexicon import ORG_SUFFIXES as _SHARED_ORG_SUFFIXES
from .model import Entity, Span
from .org_keys import INNER_BODY_WORDS, LOCAL_BODY
from .patterns_ko_people import (
    ACADEMIC_TITLES,
    AGE_NOTE,
    AGED_NAME,
    ANAPHOR_SUBJECT,
    ASIDE_NOTE,
    ASSEMBLY_UNITS,
    BARE_COUNCILS,
    BARE_LEVELS,
    BARE_ORG_HEADS,
    BODY_HEAD_IN_BRACKETS,
    BODY_HEAD_TITLES,
    BRANCH_PARENT,
    BRANCH_WORDS,
    BRANCH_WORDS_ALONE,
    CAME_FROM,
    CASE_ENDED_WORD,
    CHAMBER_SHORT,
    CHAMBER_SHORT_NATIONAL,
    CHINESE_SURNAMES,
    CITY_DEPARTMENT_WORD,
    CITY_GROUP_AFTER,
    CITY_STAFF_AFTER,
    CITY_TO_PERSON_LINK,
    CIVIL_SERVICE_GRADE,
    COPULA_TITLE_NAME,
    COUNCIL_PLACE_WORD,
    COUNCIL_TITLES,
    COUNCIL_WORDS,
    COUNTY_HEADS_AFTER_NAME,
    COUNTY_HEADS_GLUED,
    DELEGATION_AFTER_CITY,
    DELEGATION_COUNTED,
    DELEGATION_HEAD,
    DELEGATION_HEADS_OF,
    DELEGATION_NOUNS,
    DELEGATION_TOPIC,
    DELEGATION_WORD,
    DEPARTMENT_TITLES,
    DEPUTY_TITLES,
    DOTTED_BODY,
    DUTY_WORD,
    ENVOY_POSTINGS,
    EXCHANGE_OFFICE_TITLE,
    EXTRA_TITLE_ENDINGS,
    FACILITY_ENDINGS,
    FIRM_HEAD_TITLES,
    FOREIGN_ORG_LEAD_WORDS,
    FOREIGN_SINGLE_AFTER_CITY,
    FOREIGN_SINGLE_TITLES,
    GENERIC_TROUPE_STEMS,
    GENITIVE_THEN_NAME_RE,
    GIVEN_NAMES_LIKE_NOUNS,
    GLUED_BODY_LEAD,
    GLUED_HEADS,
    GLUED_NAME_LENGTH,
    GLUED_NAME_STOP,
    GLUED_TITLES,
    GOVERNMENT_BEFORE_TITLE,
    GOVERNMENT_UNITS,
    HANJA_GLOSSED_NAME,
    HANJA_NAME,
    INHERIT_TITLE_ENDINGS,
    JAPANESE_WA_SURNAME,
    KIND_THEN_BODY,
    KOREAN_ONLY_HEADS,
    LATIN_ACRONYM,
    LATIN_INITIAL,
    LATIN_NAME_TITLE,
    LATIN_ORG_GLOSS,
    LATIN_PERSON_MARK,
    LEAD_HEADS,
    LEADING_PLACE_WORD,
    LEADS_DELEGATION_AFTER,
    LETTER_NAMES,
    LEVELS_HEADS_BODY,
    LIST_WORD,
    LISTED_MATE_GAP,
    LISTED_OFFICER_GAP,
    MISSION,
    NAME_DOT_TITLE,
    NAME_PART_STOP_ENDINGS,
    NAME_SHAPES,
    NAME_THEN_OFFICE_IN_BRACKETS,
    NATION_SHORTS,
    NEW_IN_POST,
    NOT_A_NAME_RE,
    NOT_NAME_AFTER_NAME,
    NOT_NAME_BEFORE_UIWON,
    NOT_OWNED_BODY_ENDS,
    NUMBERED_DISTRICT_WORD,
    OFFICE_HEAD_AFTER,
    OFFICE_IN_BRACKETS,
    OFFICE_STAFF_AFTER,
    OFFICE_UNIT_ENDINGS,
    OFFICE_WORD,
    ONE_SYLLABLE_DISTRICTS,
    ORG_BARE_OK,
    ORG_HEADS,
    ORG_HEADS_LATIN,
    ORG_LEAD_WORD,
    ORG_OFFICER_TITLES,
    ORIGIN_WORDS,
    OWNED_CENTRE_WORKS,
    PAIR_BETWEEN,
    PARTY_NAME,
    PARTY_SEAT,
    PARTY_WORD,
    PARTY_WORDS,
    PEOPLE_CLASS_END,
    PEOPLE_GROUP_FIELDS,
    PERSON_MARKERS,
    PERSON_STOP,
    PHOTO_NOTE,
    PHOTO_POSITION,
    PLACE_BEFORE_TITLE,
    POSTED_TITLES,
    POSTED_WORD,
    QUOTED_TITLED,
    QUOTED_TROUPE,
    REGION_BODY_ENDS,
    REPORTED_BY,
    ROMANISED_NAME,
    ROSTER_ENTRY,
    SCHOOL_SHORT,
    SCHOOL_SHORT_END,
    SHARED_HEAD_BODIES,
    SHORT_FOREIGN_TITLES,
    SHORT_FORM_RE,
    SHORT_HEADS,
    SIDE_OF_CITY,
    SIGHTSEEING_AFTER,
    SPACED_BRANCHES,
    SPACED_LEVEL_WORDS,
    SPACED_OFFICES,
    SPACED_TROUPE_HEADS,
    STAFF_TITLE,
    STAFF_TITLES_ALONE,
    TENURE_WORDS,
    TITLE_EQUIV,
    TITLE_HOLDINGS,
    TITLE_HONORIFIC,
    TITLE_RANKS,
    TITLE_THEN_AGED_NAME,
    TOWN_HEADS_APART,
    TOWN_TITLES,
    TRAILING_PLACE_WORD,
    TROUPE_MEMBER_WORDS,
    TROUPE_PERSON_AFTER,
    UNITS_OF_BODIES,
    UNIVERSITY_SHORT,
    VENUE_NOUNS_ENDING_LIKE_TITLES,
    VIETNAMESE_SURNAMES,
    VISITED_TO_PERSON_LINK,
    WORKS_AT_BEFORE,
)
from .patterns_ko_places import is_market
from .reading_state import per_article
from .text_units import Sentence, Word

#: every organisation head: the shared suffixes and this module's kinds (troupes, business groups, foreign bodies)
ORG_SUFFIXES: tuple[str, ...] = _SHARED_ORG_SUFFIXES + tuple(h for heads in ORG_HEADS.values() for h in heads)
_TROUPES = frozenset(ORG_HEADS["troupe"] + ORG_HEADS["team"])
_TEAM_HEADS = ORG_HEADS["team"]
_SUFFIXES_BY_LENGTH: tuple[tuple[int, frozenset[str]], ...] = tuple(
    (n, frozenset(x for x in ORG_SUFFIXES if len(x) == n)) for n in sorted({len(x) for x in ORG_SUFFIXES}, reverse=True))


def org_suffix(name: str) -> str | None:
    """The longest organisation head ``name`` ends with (``상공회의소`` before ``회의소``), else None.

    >>> org_suffix("광명상공회의소"), org_suffix("하남시립합창단"), org_suffix("광명시")
    ('상공회의소', '합창단', None)
    """
    for n, heads in _SUFFIXES_BY_LENGTH:
        if len(name) >= n and name[-n:] in heads:
            return name[-n:]
    return None

#: 사가(佐賀)현: a Hanja gloss and the rest of the word, after a place name
_HANJA_GLOSS_TAIL = re.compile(r"\([\u4e00-\u9fff]{1,6}\)[\uac00-\ud7a3]{0,3}")
#: the particle after a word that marks a person (학생이, 작가와)
_MARKER_PARTICLE = re.compile(r"(?:가|는|은|이|와|과|의|를|을|에게|도)$")
#: a particle at the end of a word Kiwi read as one noun (strip_particle)
_TRAILING_PARTICLE = re.compile(r"(에서는|에서|에는|에게|으로|과의|와의|은|는|을|를|와|과|가|에|의|도)$")
#: a copula's endings after a noun Kiwi does not split there
_COPULA_END = re.compile(r"(이었다|이었으며|이며|이고|이다)$")
#: nouns that end in 의 themselves (회의, 협의 …): no genitive to strip
_UI_NOUN_END = re.compile(r"(회의|협의|동의|결의|정의|주의|대회의)$")
#: a word inside a venue that still names a body of its own (…대학교, …연구원, …재단)
_VENUE_BODY_END = re.compile(r"(대학교|대학|연구원|연구소|재단|공사|공단)$")
#: an organisation's name as one word, and the word that may lead a generic one (축제 조직위원회)
_ORG_NAME_WORD = re.compile(r"[\uac00-\ud7a3A-Za-z0-9]{3,30}")
_ORG_NAME_LEAD = re.compile(r"[\uac00-\ud7a3A-Za-z0-9]{2,12}")
#: a body's acronym in brackets right after its name: ``세계지방정부협의회(ICLEI)``
ACRONYM_TAIL = re.compile(r"\([A-Z][A-Za-z&.\- ]{1,15}\)")
_ORG_PREFIX = re.compile(r"^(?:\(?(?:사|재|주|사단법인|재단법인|주식회사)\)|㈜|㈔)\s*")  # (사), 사) once the word is cut, ㈜
_ACRONYM = LATIN_ORG_GLOSS
_HANGUL_ACRONYM = re.compile(r"([\uac00-\ud7a3]{3,25})\s*\(([A-Z][A-Za-z&]{1,11})\)")


def strip_particle(word: str) -> str:
    """A word without its trailing particles and copula, as Kiwi analyses it (광명시장을 -> 광명시장, 팀장이다 ->
    팀장, 회의 stays 회의): what a name or a title is written with.

    Kept for the reading under way only: the answer depends on how the article's sentences tag the word.

    >>> strip_particle("자원봉사센터에는"), strip_particle("성과"), strip_particle("화상회의를"), strip_particle("팀장이며")
    ('자원봉사센터', '성과', '화상회의', '팀장')
    """
    return per_article(_strip_particle_and_copula, word)


def strip_particles_only(word: str) -> str:
    """:func:`strip_particle` that keeps a copula (``대표 축제이다`` says what a festival is: it names none).

    >>> strip_particles_only("축제이다"), strip_particles_only("축제를")
    ('축제이다', '축제')
    """
    return per_article(_strip_particle, word)


def _strip_particle_and_copula(word: str) -> str:
    ts = list(tags(word))
    cop = next((i for i in range(len(ts) - 1, 0, -1) if ts[i][1] == "VCP"), None)
    if cop is not None and all(t.startswith("E") for _, t in ts[cop + 1:]) and len(ts) > cop + 1 and \
            ts[cop - 1][1].startswith("NN"):  # 팀장이다, 팀장이며, 팀장이었다: the copula's endings go as particles do
        stem = "".join(f for f, _ in ts[:cop])
        if word.startswith(stem) and len(stem) >= 2:
            return stem
    out = _strip_particle(word)
    if out == word and len(word) > 3:  # 주무관이다, read by Kiwi as 이 (a subject's) and 다
        return _noun_before(word, _COPULA_END) or out
    return out


def _strip_particle(word: str) -> str:
    ts = list(tags(word))
    out = word
    while ts and (ts[-1][1].startswith("J") or _glued_determiner(ts)) and out.endswith(ts[-1][0]) and \
            len(out) - len(ts[-1][0]) >= 2:
        out = out[: -len(ts[-1][0])]
        ts.pop()
    if out == word and len(word) > 2 and not _UI_NOUN_END.search(word):  # Kiwi may read an unknown name with its
        return _noun_before(word, _TRAILING_PARTICLE) or out  # particle as one noun
    return out


def _glued_determiner(ts: list[tuple[str, str]]) -> bool:
    """Kiwi read a subject's ``이`` glued to a noun as the determiner ``이`` (this), which never ends a word:
    ``브레아시장이`` after a bracket, tagged ``브레아시 장 이/MM``."""
    return len(ts) >= 2 and ts[-1] == ("이", "MM") and ts[-2][1].startswith("NN")


def _noun_before(word: str, ending: re.Pattern[str]) -> str | None:
    """The word without an ``ending`` Kiwi left on it, when at least two letters of a noun (or Latin or Hanja) are
    left; else None."""
    m = ending.search(word)
    if m is None or len(word) - len(m.group(0)) < 2:
        return None
    stem = word[: m.start()]
    return stem if not tags(stem) or tags(stem)[-1][1].startswith(("N", "SL", "SH")) else None


def is_korean_name(w: str) -> bool:
    """A plausible Korean personal name: 2–4 syllables starting with a surname, not a common word.

    >>> is_korean_name("박승원"), is_korean_name("이번"), is_korean_name("광명시"), is_korean_name("부하라주")
    (True, False, False, False)
    >>> is_korean_name("량승조"), is_korean_name("리에"), is_korean_name("연구단체")
    (True, False, False)
    """
    if not is_hangul_word(w, 2, 4) or w in NAME_STOP or w in PERSON_STOP or FACILITY_ENDINGS.search(w):
        return False  # (박물관, 공로자: a facility or a group of people, not a name)
    if w[-1] in "시군구도" and len(w) >= 3:
        return False
    if len(w) == 4 and w[-1] in "주성현" and w[:2] not in KOREAN_SURNAMES:
        return False  # 부하라주, 산둥성: a province, not a four-syllable name
    if len(w) == 4 and w[:2] not in KOREAN_SURNAMES and w.endswith(EVENT_HEADS):
        return False  # 전통축제, 정기총회: an event, not a four-syllable name
    if len(w) == 4 and w[:2] not in KOREAN_SURNAMES and \
            [len(x) for x, t in tags(w) if t == "NNG"] == [2, 2] and len(tags(w)) == 2:
        return False  # 연구단체, 교류사업: two common nouns, not a one-syllable surname and three more
    split = _title_split(w)
    if split is not None and split[0] and len(split[0]) >= 2:
        return False  # 고성군수, 광명시장: a place and a title, not a name
    return w[0] in KOREAN_SURNAMES or w[:2] in KOREAN_SURNAMES or (len(w) == 3 and w[0] in INITIAL_RIEUL_SURNAMES)


def _city_at(ctx: Ctx, start: int, end: int) -> Mention | None:
    for m in ctx.mentions:
        if m.type == "City" and m.start >= start and m.start < end:
            return m
    return None


#: bullets that open the items of a list or a schedule (``▲``, ``△``): no name runs across one
_BULLETS = re.compile(r"[▲△▶▷■□◆◇●○※•]")
#: case particles no name ends with, before a title (``현지에서 군수와``, ``회의에서 시장은``)
_NOT_NAME_ENDINGS = ("에서", "에서는", "에게", "에게는", "으로서", "로서")


def _name_trimmed(ctx: Ctx, name: str, span: Span, body: URIRef | None) -> tuple[str, Span, URIRef | None]:
    """A name of several words without the words around it that are no part of it: a town before it (its body, in
    place of a town the reader assumed: ``하이퐁시 레반탄 인민위원장``), a word of origin (``출신 박정호``), and a body
    written after it (``박정호 엘에이고성향우회 회장``: the body is the association)."""
    words = name.split(" ")
    start = span.start
    while len(words) >= 2:
        town = next((m for m in ctx.mentions if m.type == "City" and m.start == start and
                     m.end == start + len(words[0])), None)
        if town is None and words[0] not in ORIGIN_WORDS:
            break
        if town is not None and (body is None or "/city/" in str(body)):
            body = town.iri
            town.via_title = True
        start += len(words[0]) + 1
        words = words[1:]
    suffix = org_suffix(words[-1]) if len(words) >= 2 else None
    if suffix is not None and len(words[-1]) - len(suffix) >= 2 and is_hangul_word(words[-2], 2, 4):
        at = start + len(" ".join(words[:-1])) + 1
        body = _org_mention(ctx, words[-1], at)  # (the body's name, written between the name and the title)
        words = words[:-1]
    trimmed = " ".join(words)
    return trimmed, Span(start, start + len(trimmed)), body


def person(ctx: Ctx, name: str, span: Span, *, title: str | None, body: URIRef | None, sent: Sentence,
           foreign: bool = False) -> URIRef | None:
    """Record a person (one IRI per name within an article), with job title and body when known.

    A word the tables know as no name (소속, 관계, 이번 …) is never recorded, whichever rule proposes it."""
    if name in PERSON_STOP or name in NAME_STOP or name in PARTY_WORDS or NOT_A_NAME_RE.fullmatch(name):
        return None  # (한국계 주지사, 한·프 의원: a descent or a pair of countries before the title, no name)
    if title == "대표" and any(c.country == "KR" and c.level in ("sido", "sigungu") for c in ctx.gz.lookup(name)):
        return None  # 경남 대표 산업도시: a place's foremost (대표 as a word of rank), no one's name
    if " " in name:
        name, span, body = _name_trimmed(ctx, name, span, body)
    last = name.rsplit(" ", 1)[-1]
    if last != strip_particle(last) and (strip_particle(last) in PERSON_STOP or last.endswith(_NOT_NAME_ENDINGS)):
        return None  # 일본 현지에서 군수와: a word with its case particle (현지+에서) is no name
    if " " in name and (NAME_PART_STOP_ENDINGS.match(last) or org_suffix(last) == last):
        return None  # 국유자산관리 위원회 과장: a body's name before the title, no person's
    word = tags(name) if " " not in name else ()
    word_tags = [t for _, t in word]
    if len(name) == 3 and " " not in name and common_noun_alone(name):
        return None  # 미토요시 마라톤 동호회장: an everyday noun of three syllables (marathon) is the body's, no name
    if word and word[0][1] == "NNG" and len(word[0][0]) >= 2 and common_noun_alone(word[0][0]) and \
            word[-1][1] == "EC" and inflected(name):  # (a linking ending: 예방하고; not 조성한, a name read 조성 + 하 + ㄴ)
        return None  # 의장을 예방하고, 송순택 위원장: an everyday noun made a verb, before the next name, is no name (not
        # 경준해, 강석한: names Kiwi cuts into a rare noun and a verb's ending)
    if word_tags == ["NNG", "VCP", "ETM"]:
        return None  # 명소인 남대문시장: a common noun with the copula (a landmark which is …), no name
    if word_tags == ["MAG"] or (word_tags[:1] == ["NNG"] and word_tags[1:] in (["JKB"], ["JKO"])
                                and len(word[0][0]) >= 2 and common_noun_alone(word[0][0])):
        return None  # 현재 미국 주지사 협회장, 공간으로, 김 지사는: an adverb, or a common noun with its case (a
        # place or object case: 이상도, 이상 + 도, is a name all the same), no name
    if _BULLETS.search(ctx.text, span.start, span.end) or any(
            w in PERSON_STOP or strip_particle(w) in TITLES or strip_particle(w) in PERSON_STOP
            for w in name.split()[:-1]):
        return None  # ▲한러포럼 참가 ▲블라디보스톡 부시장: items of a schedule, no one's name
    if re.fullmatch(r"[\u4e00-\u9fff ]+", name) and \
            ctx.text.rfind("(", 0, span.start) > ctx.text.rfind(")", 0, span.start):
        return None  # 에지마 기요시(江島 潔)시모노세키시장: the gloss of the name before it, no name of its own
    if len(name) >= 4 and COMPANY_END.fullmatch(name):
        return None  # 가온산업 대표 김한주 씨: a firm's name before its head's title, no person
    aside = OFFICE_IN_BRACKETS.match(ctx.text, span.start - 1) if ctx.text[span.start - 1:span.start] == "(" else None
    owner = re.search(r"(?<![\uac00-\ud7a3])[\uac00-\ud7a3]{2,4}\s?$", ctx.text[max(0, span.start - 7):span.start - 1]) \
        if aside is not None else None
    if aside is not None and aside.group("body") and title_of(aside.group("title")) is not None and \
            owner is not None and is_korean_name(owner.group(0).strip()) and not nominal_like(owner.group(0).strip()):
        return None  # 김한주(가온산업 대표)의정부시 우호협회장: the body in the office's brackets after a name, no name
        # (not 오스틴시 대표단(스티브 애들러 시장): the leader's name in the delegation's brackets)
    whole_title = title_of(name) if " " not in name else None
    if whole_title is not None and whole_title[1] is None and whole_title[0] == name:
        return None  # 지사장: a title in a name's place (X지사(지사장 Y)), never a name
    if body is not None and title and not title_fits(title, _place_name(ctx, body)):
        body = _bound_city(ctx, title)  # 이무스시 대표단은 김광철 군수와: a 군수 heads no 시, but the article's 군
    if (body is None or "/city/kr/" in str(body)) and LEADS_DELEGATION_AFTER.match(ctx.text, span.end):
        body = _delegation_sender(ctx, span.start) or body  # 왕리밍 부시장을 단장으로 한 대표단 (린이시 대표단): its city's
    if body is None and title and EXCHANGE_OFFICE_TITLE.match(title) and is_korean_name(name):
        home = next((i for i in ctx.main_cities() if "/city/kr/" in str(i)), None)
        body = home  # 김민수 국제협력담당관: a Korean officer of the exchange office, the article's own city's
    iri = ctx.persons.get(name)
    if iri is None and not is_korean_name(name):  # 차이 밍자우 and 차이 밍 자우: one name, spaced two ways
        iri = next((v for k, v in ctx.persons.items() if k.replace(" ", "") == name.replace(" ", "")), None)
    if iri is None:
        iri = _variant_of(ctx, name, title)
        if iri is not None:
            ctx.persons[name] = iri
    if iri is None:
        key = body.rsplit("/", 1)[-1] if body is not None else None
        iri = minted("person", name, key) if key else minted("person", name)
        ctx.persons[name] = iri
    ctx.mentions.append(Mention(span.start, span.end, name, iri, "Person", "person"))
    ent = ctx.entity(Entity(iri, "Person", name, lang="ko", mentions=[span]))
    if ent.name != name:
        ent.alt.add(name)  # 푸싯쏨 for 푸싯쏨찟: a variant spelling of a name read before
    if title and iri not in ctx.person_title:
        ctx.person_title[iri] = title
        ent.attrs["jobTitle"] = title
    if body is not None and iri not in ctx.person_body:
        ctx.person_body[iri] = body
        ctx.fact(iri, V.SCHEMA.worksFor, body, sent)
        if "/org/" in str(body) and body in ctx.org_names and body not in ctx.reading.entities:
            name, span_o = ctx.org_names[body]
            ctx.entity(Entity(body, "Organization", name, mentions=[span_o], alt=set(ctx.org_alt.get(body, ()))))
            ctx.mentions.append(Mention(span_o.start, span_o.end, name, body, "Organization", "org"))
    return iri


def _place_name(ctx: Ctx, iri: URIRef) -> str:
    """The name a city is written with here (the gazetteer's, else its mention's); "" for other bodies."""
    cand = ctx.gz.by_iri.get(iri)
    if cand is not None:
        return cand.name_ko if cand.type == "City" else ""
    return next((m.surface for m in ctx.mentions if m.iri == iri and m.type == "City"), "")


@lru_cache(maxsize=50000)
def _title_split(word: str) -> tuple[str, str, str] | None:
    """(place prefix, level suffix, title) for a word such as 광명시장 or 부안군수 or 광명시의장."""
    for suffix, level, title in (*CITY_TITLES, *TOWN_TITLES):
        if word.endswith(suffix) and len(word) > len(suffix):
            prefix = word[: -len(suffix)]
            if prefix.endswith(level) and level:
                prefix = prefix[: -len(level)]
            if title.startswith("부") and level and not places.lookup(prefix + level) \
                    and places.lookup(prefix + "부" + level):
                return prefix + "부", level, title[1:]  # 의정부시장: Uijeongbu's mayor, not a deputy mayor of 의정
            return prefix, level, title
    return None


_TITLE_ENDINGS = (*EXTRA_TITLE_ENDINGS, "담당관", "협력관", "보좌관", "주무관", "사무관", "노무관", "참사관", "서기관", "사무총장", "사무국장", "본부장", "센터장", "위원장", "이사장", "교육장", "부성장", "부지사", "주지사", "팀장",
                  "과장", "국장", "실장", "회장", "원장", "부장", "청장", "사장", "단장", "소장", "관장", "총장", "의장",
                  "성장", "지사", "대표")


@lru_cache(maxsize=1)
def _province_names() -> frozenset[str]:
    """The Hangul names of the provinces abroad written with 성 (산둥성, 빈딘성): a 성장 after one is its head."""
    return frozenset(n for r in loader.foreign_regions() for n in r.names_ko if n.endswith("성"))


@lru_cache(maxsize=50000)
def title_of(word: str) -> tuple[str, str | None] | None:
    """(job title, the place or body named inside the word) for a title word, else None.

    >>> title_of("광명시장"), title_of("시장"), title_of("해운대구체육회장"), title_of("국제교류팀장")
    (('시장', '광명시'), ('시장', None), ('회장', '해운대구체육회'), ('국제교류팀장', None))
    >>> title_of("정무부시장"), title_of("경제부시장")
    (('부시장', None), ('부시장', None))
    >>> title_of("1부시장"), title_of("제2부시장"), title_of("1시장")
    (('부시장', None), ('부시장', None), ('시장', None))
    >>> title_of("자매도시연합회장"), title_of("한중친선의원연맹회장")
    (('회장', '자매도시연합회'), ('회장', '한중친선의원연맹'))
    >>> title_of("국제전시장"), title_of("대전시장"), title_of("선전시장")
    (None, ('시장', '대전시'), ('시장', '선전시'))
    >>> title_of("양천문화재단이사장"), title_of("국제교류위원장")
    (('이사장', '양천문화재단'), ('국제교류위원장', None))
    >>> title_of("의장등"), title_of("가로등")
    (('의장', None), None)
    >>> title_of("부서기일행"), title_of("시장일행"), title_of("일행")
    (('부서기', None), ('시장', None), None)
    >>> title_of("지방녹지7급"), title_of("행정7급"), title_of("7급"), title_of("고급")
    (('지방녹지7급', None), ('행정7급', None), None, None)
    >>> title_of("부시장대행"), title_of("광명시장권한대행"), title_of("업무대행"), title_of("대행")
    (('부시장', None), ('시장', '광명시'), None, None)
    >>> title_of("공동회장"), title_of("명예회장"), title_of("공동체"), title_of("명예")
    (('공동회장', None), ('명예회장', None), None, None)
    """
    if word in TITLES:
        return word, None
    if word.endswith(VENUE_NOUNS_ENDING_LIKE_TITLES):
        return None  # 종합운동장, 공설운동장: a sports ground (운동+장), no 동장 of a 종합운동
    holding = next((h for h in TITLE_HOLDINGS if word.startswith(h) and len(word) >= len(h) + 2), None)
    if holding is not None and (held := title_of(word[len(holding):])) is not None and held[1] is None:
        return word, None  # 공동회장, 명예회장: the title held jointly or as an honour (no body 공동회)
    if (numbered := re.match(r"제?[1-9]", word)) is not None and word[numbered.end():] in TITLES:
        return word[numbered.end():], None  # 1부시장, 제1부시장: a numbered deputy holds the title
    rank = next((r for r in TITLE_RANKS if word.startswith(r) and word[len(r):] in TITLES
                 and word[len(r):].startswith("부")), None)  # (행정과장 is a division's head, no rank)
    if rank is not None:
        return word[len(rank):], None  # 정무부시장, 행정부시장: the rank of a deputy, no place 정무시
    if GOVERNMENT_BEFORE_TITLE.match(word):
        return title_of(GOVERNMENT_BEFORE_TITLE.sub("", word))  # 인민정부시장: the government's mayor
    if TITLE_HONORIFIC.search(word) and len(word) > 2:
        return title_of(TITLE_HONORIFIC.sub("", word))  # 시장님, 의장님
    if CIVIL_SERVICE_GRADE.fullmatch(word):
        return word, None  # 행정7급, 지방녹지7급: a civil servant's grade, said as the post
    if word.endswith("등") and len(word) > 2 and (bare := title_of(word[:-1])) is not None:
        return bare  # 의장등 5명: a title with 등 (and others) written against it
    if word.endswith("일행") and len(word) > 3 and (bare := title_of(word[:-2])) is not None:
        return bare  # 부서기일행의 방문: a title with 일행 (and party) written against it
    acting = re.search(r"(?:권한|직무)?대행$", word)
    if acting is not None and acting.start() >= 2 and (held := title_of(word[:acting.start()])) is not None:
        return held  # 부시장대행, 광명시장권한대행, 군수직무대행: one acting for the title holds it for now
    if word[:-1] in DELEGATION_HEADS_OF:
        return "단장", None  # 교류단장, 방문단장: the head of a delegation (no entity); the city is named around it
    if word.endswith("지사") and len(word) in (4, 5):  # 강원지사, 경남지사: a province's short name and its governor
        province = [g for g in places.lookup(word[:-2]) if g.level == "sido" and g.name_ko.endswith("도")]
        if len(province) == 1:
            return "도지사", province[0].name_ko
    for head in ("부성장", "성장"):  # 빈딘성장, 허난성부성장: a province's head, the province named inside the word
        stem = word[: -len(head)]
        if not word.endswith(head) or not stem:
            continue
        named = next((n for n in (stem + "성", stem) if n in _province_names()), None)  # (빈딘+성장, 허난성+부성장)
        if named is not None:
            return head, named
    split = _title_split(word)
    if split is not None and (len(split[0]) >= 2 or (split[1] == "구" and split[0] in ONE_SYLLABLE_DISTRICTS)):
        council = split[0] + split[1] + "의회"
        if "의회" in split[2] and word.startswith(council):
            return split[2], council  # 광진구의회의장: the council is named; 광명시의장 is a contraction (the city)
        return split[2], split[0] + split[1]
    for end in _TITLE_ENDINGS:
        if word.endswith(end) and (len(word) > len(end) or end in ("교육장", "사무총장", "본부장", "센터장", "위원장",
                                                                  "이사장", "부성장", "부지사", "팀장", "국장")
                                                                  or end in EXTRA_TITLE_ENDINGS):
            stem = word[: -1]
            if end == "회장" and len(word) > 4 and any(stem.endswith(s) for s in ORG_SUFFIXES if len(s) >= 3 and s[-1] == "회"):
                return end, stem  # 자매도시연합회장, 한미친선연합회장: the 연합회's chair (not a 연합's)
            if end == "회장" and len(word) > 4 and any(word[:-2].endswith(s) for s in ORG_SUFFIXES if len(s) >= 2):
                return end, word[:-2]  # 한중친선의원연맹회장: the 연맹's chair (회 is the title's, not the body's)
            if end in ("회장", "원장", "단장", "소장", "관장", "사장") and any(stem.endswith(s) for s in (*ORG_SUFFIXES, "회", "단")):
                return end, stem
            body = word[:-len(end)]
            if len(end) >= 3 and any(body.endswith(s) and len(body) >= len(s) + 2 for s in ORG_SUFFIXES if len(s) >= 2):
                return end, body  # 양천문화재단이사장, 광명교류센터장: the named body's head, the title glued to it
            if len(word) - len(end) <= (8 if end == "위원장" else 6):  # (도시개발인프라위원장: a committee's long name)
                return word, None
    return None


def _is_mention(ctx: Ctx, w: Word, types: tuple[str, ...] = ("City", "Country", "Organization")) -> bool:
    return any(m.type in types and m.start < w.end and w.start < m.end for m in ctx.mentions)


def _posted_place(ctx: Ctx, w: Word) -> bool:
    """The country or city of an envoy's post, after ``주`` (``주 삿포로 총영사``, ``주일본 삿포로 총영사``): a place
    recognised there, or one the gazetteer knows."""
    return not w.tail and (_is_mention(ctx, w, ("Country", "City")) or any(
        c.type in ("Country", "City") for c in ctx.gz.lookup(w.text)))


def _name_word(ctx: Ctx, w: Word, *, text: str | None = None) -> bool:
    """A word that can be a Korean personal name here (not a place already recognised, no particle)."""
    t = text if text is not None else w.text
    if _is_mention(ctx, w, ("City", "Country")):
        return False
    if not is_korean_name(t) and not _name_like_place(ctx, t):
        return False
    if any(t.endswith(suf) for suf in ORG_SUFFIXES) or DUTY_WORD.match(t):
        return False  # (경제담당 부시장: a duty, no name)
    if len(t) == 2 and tags(t) and tags(t)[0][1] == "NNG" and len(tags(t)) == 1:
        return False  # 조사, 강화: a common noun, not a two-syllable name
    if tags(t) == ((t[:-1], "NNG"), ("적", "XSN")):
        return False  # 사회적 성장, 경제적 부담: a common noun made an adjective (-적), no name before a title
    if len(t) == 2 and any(c.type == "City" and c.country == "KR" for s in ("시", "군") for c in ctx.gz.lookup(t + s)):
        return False  # 경산 시장, 하동 군수: a city's short name before a title (or a market), never a person
    if inflected(t) and not proper_stem(t):
        return False  # 방문하여, 참석해: a verb with its ending, not a name
    if (len(t) == 4 and t[-1] in "과와은는이가을를의도에만") or t.endswith("으로"):
        return False  # (주선으로: a noun and its particle)
    return not (len(t) == 3 and t[-1] in "과와은는을를의에단팀측")


_NAME_PART_TAGS = {"NNP", "NNG", "NNB", "SL", "SH", "XSN", "NR", "MM", "IC", "VA", "VV", "XR", "MAG", "SN"}


def _local_body(body: URIRef | None, named: str) -> bool:
    """The body a glued title names (``체육회장``: 체육회) is one a place has of its own: an organisation that is no
    council, or a local association too generic to be named alone (``LOCAL_ASSOCIATIONS``: 새마을회, 체육회)."""
    if named in LOCAL_ASSOCIATIONS:
        return True
    return body is not None and "/org/" in str(body) and not named.endswith("의회")


def _place_names_body(ctx: Ctx, w: Word) -> None:
    """The city read in ``w`` names a body, no party of its own (a title's place)."""
    for c in ctx.mentions:
        if c.type == "City" and w.start <= c.start < w.end:
            c.via_title = True


def _locating_place(ctx: Ctx, word: str) -> bool:
    """A bare Korean province or city name that locates the place of the title after it (``제주``, ``경기``).

    A word the gazetteer knows only as a place, and not shaped like a Korean personal name."""
    cands = ctx.gz.lookup(word)
    return bool(cands) and all(c.country == "KR" and c.type == "City" for c in cands) and \
        not (len(word) == 3 and is_korean_name(word))


def _name_like_place(ctx: Ctx, t: str) -> bool:
    """``추윤구``, ``이상도``: a three-syllable Korean name ending like a place (구, 도, 시, 군) that no gazetteer knows."""
    return len(t) == 3 and t[0] in KOREAN_SURNAMES and t[-1] in "시군구도" and t not in NAME_STOP \
        and t not in PERSON_STOP and not ctx.gz.lookup(t) and not ctx.gz.lookup(t[:-1])


def _name_part(word: str) -> bool:
    """A word that can be part of a foreign name: no particles or endings attached."""
    ts = tags(word)
    if ts and ts[-1][1].startswith("J") and len(word) - len(ts[-1][0]) >= 2 and \
            ts[-1][0] not in ("로", "도", "야", "나", "루") and \
            not (JAPANESE_WA_SURNAME.search(word) and len(ts) == 2 and ts[0][1] == "NNP"):
        return False  # 협약식에는, 대표단을: a noun with its particle (오시로, 마사히로, 가오루 end like 로 but are names;
        # 나미카와, 구로사와 end like 와 after a proper noun: the 川 and 沢 of Japanese surnames)
    if len(ts) == 1 and ts[0][1] in ("MAG", "MAJ", "MM"):
        return False  # 특히, 또한: adverbs, not name parts
    if len(ts) >= 2 and all(t == "NNG" and len(f) >= 2 for f, t in ts) and ts[-1][0] in PERSON_STOP:
        return False  # 방문기간, 공식방문: common nouns ending in a word that is never a name (a time, a visit; not
        # 라두, read 라 + 두: a foreign name cut into syllables)
    if len(ts) == 2 and ts[0][1] == "NNB" and ts[1][1].startswith("J"):
        return False  # 데는, 것은, 바를: a bound noun with its particle, never a name
    if len(ts) >= 2 and ts[-1][1].startswith("J") and title_of(word[: len(word) - len(ts[-1][0])]) is not None:
        return False  # 대표로, 단장으로: a title with its particle (as the body's representative), never a name
    verbal = any(t in ("VV", "VA", "XSV", "XSA", "VX", "VCP") for _, t in ts)
    if any(t == "ETM" for _, t in ts) or (verbal and re.search(r"(아|어|여|해|고|며|서|면|려|게|지만|도록|는데)$", word)):
        return False  # 참석한, 둘러본, 찾아, 열려: a verb before the name, not part of it
    if len(word) >= 3 and re.search(r"(도시|인|적)$", word):
        return False  # 관광도시인, 국제적: descriptions, not names
    if ANAPHOR_SUBJECT.fullmatch(word):
        return False  # 시는 박서연 부시장이: the city spoken of, then the name
    return not re.search(r"(에서|에는|에게|으로|부터|까지|따르면|하고|했다|한다|하며|해서|지만|는데)$", word)


def _short_stem(word: str) -> str:
    """A short name word without its particle (``탕이`` -> ``탕``, ``히에우는`` -> ``히에우``).

    >>> _short_stem("탕이"), _short_stem("히에우는"), _short_stem("융")
    ('탕', '히에우', '융')
    """
    return strip_particle(word) if len(word) > 2 else re.sub(r"(가|는|은|이|를|을|와|과)$", "", word)


def _syllable_of_a_name(words: list[Word], j: int, after: list[Word]) -> bool:
    """``쩐 티 하``, ``레 꽝 남``: a word of a Vietnamese name that Kiwi reads as something else (쩔+ㄴ, an
    interjection): the surname itself before short name words, or a short word right after the surname."""
    word = words[j].text
    if word in VIETNAMESE_SURNAMES:
        if len(after) == 1 and (after[0].text in KOREAN_SURNAMES or is_korean_name(after[0].text)) and \
                tags(word) == ((word, "MAG"),):
            return False  # 또 김 구청장, 또 김영 구청장: an adverb (also), then a surname or a Korean name (또 람: Tô Lâm)
        return len(after) >= 1 and all(len(x.text) <= 2 for x in after)
    return len(word) <= 2 and bool(after) and j >= 1 and words[j - 1].text in VIETNAMESE_SURNAMES and \
        not words[j - 1].tail and all(len(x.text) <= 3 for x in after)  # (응우옌 탄 히에우: a given name of three)


def _foreign_name(ctx: Ctx, words: list[Word], end: int, *, titled: bool = False) -> list[Word]:
    """Up to three name words ending at ``end`` (exclusive): 쓰지 마사히로, 쩐 티 투, 카타리나 푀터.

    ``titled``: the title after them names its own place (``사야마시장``), so a last word ending like a place
    (``코야노쓰요시``) is a name, not the place of the title."""
    names: list[Word] = []
    j = end - 1
    if j >= 1 and words[j].text in ENVOY_POSTINGS and not words[j - 1].tail:
        j -= 1  # 나카무라 료 주한 일본대사: the posting belongs to the title
    while j >= 0 and len(names) < 4:
        w = words[j]
        if names and names[0].lead.startswith("("):
            break  # 김한주(가온산업 대표): a word opening brackets starts no name that runs out of them
        if names and LATIN_INITIAL.fullmatch(w.raw) and j >= 1 and is_hangul_word(words[j - 1].text, 1, 8):
            names.insert(0, w)  # 오데드 M. 다니얼: a middle initial between two name words
            j -= 1
            continue
        if not is_hangul_word(w.text, 1, 8) or w.tail or w.text in NAME_STOP or _is_mention(ctx, w) \
                or _time_after_clause(words, j) \
                or LOCAL_BODY.match(w.text) or (not names and j >= 1 and DISTRICT_WORD.fullmatch(w.text)
                                               and is_korean_name(words[j - 1].text)) \
                or w.text in PERSON_STOP or w.text in BARE_COUNCILS or NAME_PART_STOP_ENDINGS.match(w.text) \
                or UNIVERSITY_SHORT.match(w.text) or (not names and not titled and TRAILING_PLACE_WORD.match(w.text)
                                                       and not _given_name_after_surname(ctx, words, j)) \
                or LIST_WORD.match(w.text) or FACILITY_ENDINGS.search(w.text) \
                or (len(w.text) >= 4 and COMPANY_END.fullmatch(w.text)) \
                or (len(w.text) >= 3 and _city_named(ctx, w.text) is not None) \
                or (len(w.text) >= 2 and _hall_named(ctx, w.text)) \
                or title_of(w.text) or (nominal_like(w.text) and not (names and w.text in GIVEN_NAMES_LIKE_NOUNS and _opens_a_phrase(words, j))) \
                or (len(w.text) >= 3 and common_noun_alone(w.text)) or \
                (not _name_part(w.text) and not _syllable_of_a_name(words, j, names)) or \
                (len(w.text) >= 3 and _org_iri(ctx, strip_particle(w.text)) is not None) or \
                chamber_written_short(ctx, w.text) is not None:
            break
        names.insert(0, w)
        j -= 1
    if names and LATIN_INITIAL.fullmatch(names[0].raw):
        names = names[1:]
    if len(names) >= 3 and LEADING_PLACE_WORD.match(names[0].text) and (
            names[0].text[-1] in "주성현" or ctx.gz.lookup(names[0].text)):
        names = names[1:]  # 부하라주 보투르 주라예프: the province, then the name (not 일데브란도 …: a given name)
    elif len(names) == 2 and PLACE_BEFORE_TITLE.match(names[0].text) and names[0].text[-1] in "구주성현" and \
            len(names[0].text) >= 3 and len(names[1].text) <= 3:
        names = names[1:]  # 징안구 왕화: the district, then a short name
    if len(names) >= 3 and _place_written_elsewhere(ctx, names[-1]):
        names = names[:-1]  # 트리쉬 스펜서 알라미다 시장, 사코 테루오 미토요 부시장 (… 미토요시): the place before the title
    return names


def _opens_a_phrase(words: list[Word], j: int) -> bool:
    """The word at ``j`` opens a noun phrase: the first, or after a word closed by a particle or punctuation (``시청에서
    팀 로저스``; not ``의전 팀 로저스``, where the word before names the team)."""
    if j == 0:
        return True
    prev = words[j - 1]
    return bool(prev.tail) or re.search(r"(?:에서|에게|은|는|이|가|을|를|과|와|의|에|도|로)$", prev.text) is not None


def _place_written_elsewhere(ctx: Ctx, w: Word) -> bool:
    """A name word that is a place: a state or province abroad the gazetteer knows with its suffix (``워싱턴``,
    ``워싱턴주``), or a word the article also writes with a place's suffix (``미토요`` where it writes ``미토요시``)."""
    if len(w.text) < 2:
        return False
    if len(w.text) >= 3 and any(c.type == "City" and c.country != "KR" and c.level == "region"
                                for suffix in ("주", "성", "현") for c in ctx.gz.lookup(w.text + suffix)):
        return True  # (워싱턴 주지사: 워싱턴주, a state; not 라파엘 가르시아 멘도사: a surname that is also a city)
    return re.search(rf"(?<![\uac00-\ud7a3]){re.escape(w.text)}(?:시|군|현|주|정|성|카운티)"
                     r"(?:은|는|이|가|와|과|의|에|을|를|로|으로|에서|도)?(?![\uac00-\ud7a3])", ctx.text) is not None


#: a group named as what a city sends (``의료지원단을 파견했다``, ``봉사단을 보냈다``): a delegation
SENT_GROUP_AFTER = re.compile(r"(?:을|를)\s*(?:\S+\s+)?(?:파견|보내|보냈|보낸)")
#: the endings of a firm's name (``호경건설``, ``남원식품``, ``한빛전자``): with its head in brackets, a body
COMPANY_END = re.compile(r"[\uac00-\ud7a3]{1,8}(?:건설|산업|전자|물산|상사|기업|제약|식품|화학|개발|건축|통상|무역|엔지니어링|"
                         r"주식회사|유통|농장|영농조합법인|법인)$")
#: after a titled name, ``등`` and the city of a delegation: ``김가온 시장 등 나가노시 방문단``, ``… 등 중국 통주구 대표단``
DELEGATION_CITY_AFTER = re.compile(r"\s+등\s+(?:\d+\s*명의?\s+)?(?:[\uac00-\ud7a3]{2,6}\s+)?(?P<city>[\uac00-\ud7a3]{2,10})\s*"
                                   r"(?:대표단|방문단|사절단|교류단|일행|시찰단|연수단)")
#: a word with a dative or directional particle: the place something is sent or written to, never a body
DATIVE_END = re.compile(r"(?:에|에게|께|으로|로)$")
#: a district or county written between a Korean name and its title (박도윤 영통구 보건소장): the place, no name part
DISTRICT_WORD = re.compile(r"[\uac00-\ud7a3]{1,4}(?:구|군)")


def _given_name_after_surname(ctx: Ctx, words: list[Word], j: int) -> bool:
    """``스즈키 다카시 시장``: a word ending like a place (다카시) that no place reading took, after a surname word
    that is no place and carries nothing, is a Japanese given name."""
    w = words[j]
    if j < 1 or len(w.text) > 4 or _is_mention(ctx, w, ("City", "Country")):
        return False
    prev = words[j - 1]
    return not prev.tail and is_hangul_word(prev.text, 2, 4) and not _is_mention(ctx, prev) and \
        prev.text not in NAME_STOP and prev.text not in PERSON_STOP and _name_part(prev.text) and \
        not any(c.type == "Country" or c.country == "KR" for c in ctx.gz.lookup(prev.text))


def _time_after_clause(words: list[Word], j: int) -> bool:
    """``낭독한 후``, ``마친 뒤``: 후 or 뒤 after a verb's clause is a word of time, no name (but ``후 꾸옥 중``, a
    Vietnamese surname, is one)."""
    return words[j].text in ("후", "뒤") and j >= 1 and any(t == "ETM" for _, t in tags(words[j - 1].text))


def joined_name(names: list[Word]) -> str:
    """The name the words spell, a middle initial with its full stop (오데드 M. 다니얼)."""
    return " ".join(x.raw if LATIN_INITIAL.fullmatch(x.raw) else x.text for x in names)


def _after_foreign_place(ctx: Ctx, words: list[Word], first: Word) -> bool:
    """The name's word comes right after a place abroad (``까마우성 럼반비 인민위원회 부위원장``): a foreign name."""
    i = words.index(first)
    if i == 0 or words[i - 1].tail:
        return False
    before = words[i - 1]
    return any(m.type == "City" and m.start < before.end and before.start < m.end and "/city/kr/" not in str(m.iri)
               for m in ctx.mentions)


def nominal_like(word: str) -> bool:
    """Words that are common nouns rather than name parts (이날, 대표단, 관계자 …)."""
    return word in NAME_STOP or word.endswith(("단", "들", "자", "팀", "측", "원들", "씨"))


def _org_with_qualifier(ctx: Ctx, words: list[Word], j: int) -> URIRef | None:
    """The organisation word ``words[j]``, joined with the word before when it is generic (조에쓰시 교육위원회)."""
    text = strip_particle(words[j].text)
    longer = next((m for m in ctx.mentions if m.type == "Organization" and m.start < words[j].start < m.end), None)
    if longer is not None:
        return longer.iri  # 주한 베트남 대사관 응우옌 부 뚱 대사: the word ends a mission's name read before
    if text == "의회" and j >= 1 and not words[j - 1].tail and \
            (city := _city_at(ctx, words[j - 1].start, words[j - 1].end)) is not None and \
            (city.start, city.end) == (words[j - 1].start, words[j - 1].end):
        city.via_title = True  # 나라시 의회 토우게 히로아키 의장: the city's council written apart
        iri = _title_body(ctx, words[j - 1].text + "의회", Span(words[j - 1].start, words[j].start + len(text)))
        ctx.org_alt.setdefault(iri, set()).add(words[j - 1].text + " 의회")
        return iri
    org = _org_iri(ctx, text)
    if org is None:
        return None
    suffix = org_suffix(text) or ""
    if (text[: len(text) - len(suffix)] in GENERIC_ORG_STEMS or (j >= 1 and ORG_LEAD_WORD.match(words[j - 1].text))) \
            and j >= 1 and not words[j - 1].tail:  # (미주 소상공인협회: a region the members live in leads the name)
        for c in ctx.mentions:
            if c.type == "City" and c.start == words[j - 1].start:
                c.via_title = True
        return _title_body(ctx, words[j - 1].text + " " + text, Span(words[j - 1].start, words[j].start + len(text)))
    ctx.org_names.setdefault(org, (_ORG_PREFIX.sub("", text), Span(words[j].start, words[j].start + len(text))))
    return org


def _body(ctx: Ctx, w: Word, named: str | None) -> URIRef | None:
    """The body a word names: a city (광명시, 광명), an organisation (사천시의회), or a bare council."""
    text = named or strip_particle(w.text)
    mission = next((m for m in ctx.mentions if m.type == "Organization" and m.start < w.start < m.end), None)
    if named is None and mission is not None:
        return mission.iri  # 주오사카 대한민국 총영사관 김가온 총영사: the word ends a longer organisation's name
    city = _city_at(ctx, w.start, w.end)
    if city is None and named and not text.endswith(("의회", "회", "단")):
        city = _city_named(ctx, text)  # 미야자키시장 when the article names 미야자키시 elsewhere
    if city is None and named and not text.endswith(("의회", "회", "단")):
        city = _glued_deputy_place(ctx, w, named)  # 홍천부군수, 보령부시장: the one municipality of that name
    if city is not None and not (city.rest or "").startswith("의회") and not text.endswith(("의회", "회", "단")):
        city.via_title = True
        return city.iri
    if text in ("시의회", "군의회", "구의회", "도의회"):
        main = ctx.main_cities(suffix=text[0])
        cand = ctx.gz.by_iri.get(main[0]) if main else None
        if cand is not None and cand.name_ko.endswith(text[0]):
            iri = minted("org", cand.name_ko + "의회")
            ctx.org_names.setdefault(iri, (cand.name_ko + "의회", Span(w.start, w.start + len(text))))
            return iri
    org = _org_iri(ctx, text)
    if org is not None:
        ctx.org_names.setdefault(org, (_ORG_PREFIX.sub("", text), Span(w.start, w.start + len(text))))
    if org is not None:
        _place_names_body(ctx, w)
    return org


def _side_city(ctx: Ctx, sent: Sentence, start: int) -> bool:
    """A city's side is named right before the name: ``취안저우시 측에서는 천밍 부시장``."""
    prev = [m for m in ctx.mentions if m.type == "City" and sent.start <= m.start < start]
    return bool(prev) and SIDE_OF_CITY.fullmatch(ctx.text[prev[-1].end:start].strip()) is not None


def _city_before(ctx: Ctx, sent: Sentence, start: int) -> URIRef | None:
    """The city named right before a (foreign) name: 오스나브뤼크시 카타리나 푀터, 오를레앙시에서 소피 르루아."""
    prev = [m for m in ctx.mentions if m.type == "City" and sent.start <= m.start < start]
    if (prev and ctx.text[prev[-1].end:start].strip() in ("", "시", "시에서", "에서", "에서는", "의", "시의", "는", "은",
                                                          "시는", "시에서는")) or _side_city(ctx, sent, start):
        prev[-1].via_title = True  # (취안저우시 측에서는 천밍: the side the person is on)
        return prev[-1].iri
    between = ctx.text[prev[-1].end:start].split() if prev else []
    if prev and 1 <= len(between) <= 2 and all(w in GOVERNMENT_UNITS or NAME_PART_STOP_ENDINGS.match(w) for w in between):
        prev[-1].via_title = True  # 오기시 관광과 다나카 하나코 과장: a unit of the city stands between
        return prev[-1].iri
    return None


def _only_city_abroad(ctx: Ctx, sent: Sentence, title: str) -> URIRef | None:
    """The one city abroad whose head ``title`` can name, in this sentence or the one before (``산타클라리타시를
    방문해 로라 에르난데스 시장과``), else in the one after: a foreign name's office there; none when two such cities
    are named."""
    i = next((k for k, s in enumerate(ctx.sentences) if s.start == sent.start), 0)
    lo = ctx.sentences[i - 1].start if i > 0 else sent.start
    region_head = TITLE_LEVELS.get(title) not in ("시", "군", "구")

    def heads(a: int, b: int) -> set[URIRef]:
        return {m.iri for m in ctx.mentions if m.type == "City" and a <= m.start < b
                and "/city/kr/" not in str(m.iri) and title_fits(title, m.surface)
                and (region_head or not (m.surface.endswith(("성", "주", "현", "도")) or (
                    m.iri in ctx.gz.by_iri and ctx.gz.by_iri[m.iri].level == "region")))}

    found = heads(lo, sent.end)
    if not found and i + 1 < len(ctx.sentences):  # 필리핀 측에서는 마틴 바왕 시장과 …. 정선군과 바왕시는: the next one
        found = heads(ctx.sentences[i + 1].start, ctx.sentences[i + 1].end)
    return found.pop() if len(found) == 1 else None


def _level_city(ctx: Ctx, level: str, sent: Sentence | None = None) -> URIRef | None:
    """The article's own city of a level (시, 군, 구, 도) written alone before an officer's title — none when this
    sentence or the one before names a city abroad of that level (연태시 대표단을 맞았다. 장위 시 관광국장은: Yantai's)."""
    if sent is not None:
        i = next((k for k, s in enumerate(ctx.sentences) if s.start == sent.start), 0)
        lo = ctx.sentences[i - 1].start if i > 0 else sent.start
        if any(m.type == "City" and lo <= m.start < sent.end and "/city/kr/" not in str(m.iri)
               and (m.surface.endswith(level) or (m.rest or "").startswith(level)) for m in ctx.mentions):
            return None
    main = ctx.main_cities(suffix=level)
    cand = ctx.gz.by_iri.get(main[0]) if main else None
    return main[0] if cand is not None and cand.name_ko.endswith(level) else None


def _bound_city(ctx: Ctx, title: str) -> URIRef | None:
    """For 부구청장 이태식 with no body named: the article's own city of the title's level."""
    for _ending, level, t in CITY_TITLES:
        if title == t and level:
            main = ctx.main_cities(suffix=level)
            cand = ctx.gz.by_iri.get(main[0]) if main else None
            if cand is not None and cand.name_ko.endswith(level):
                return main[0]
    bare = BARE_HEAD_LEVELS.get(title)
    if bare is not None:  # 김가온 지사: the article's 도; 박도윤 성장: the one province abroad it names
        heads = [i for i in ctx.main_cities(suffix=bare)
                 if (c := ctx.gz.by_iri.get(i)) is not None and c.name_ko.endswith(bare)]
        return heads[0] if len(heads) == 1 or (heads and bare == "도" and "/city/kr/" in str(heads[0])) else None
    return None


def recognise_people(ctx: Ctx, sent: Sentence) -> None:
    """Find people, their job titles and bodies in one sentence (both word orders)."""
    words = sent.words()
    n = len(words)
    _glued_people(ctx, sent, words)
    _names_glued_to_bodies(ctx, sent, words)
    _title_first_people(ctx, sent, words)
    _copula_title_people(ctx, sent)
    _name_dot_title_people(ctx, sent)
    _delegation_heads(ctx, sent)
    _romanised_people(ctx, sent)
    _latin_people(ctx, sent)
    _noted_people(ctx, sent)
    _glossed_people(ctx, sent)
    _marked_people(ctx, sent, words)
    _aged_people(ctx, sent)
    _roster_people(ctx, sent)
    _party_seat_people(ctx, sent)
    _titled_aged_people(ctx, sent)
    _office_in_brackets_people(ctx, sent)
    _bracketed_heads(ctx, sent)
    _group_heads(ctx, sent, words)

    _surname_over_city(ctx, words)
    _department_officers(ctx, sent)
    _unit_officers(ctx, sent, words)
    _quoted_people(ctx, sent)

    def taken(w: Word) -> bool:
        return any(m.type == "Person" and m.start <= w.start < m.end for m in ctx.mentions)

    for i, w in enumerate(words):
        stem = strip_particle(w.text)
        tw = title_of(stem)
        if tw is None and stem in TOWN_HEADS_APART and i >= 1 and not words[i - 1].tail and \
                _is_mention(ctx, words[i - 1], ("City",)):
            tw = (stem, None)  # 소에다 정장: a town's head written apart from the town's name
        town = _foreign_town_before(ctx, sent, words[i - 1].start, stem[0]) \
            if tw is None and stem in TOWN_HEADS_APART and i >= 1 and not words[i - 1].tail else None
        if town is not None:  # 아야정을 찾아 사사키 정장과: the head of the town named before
            tw = (stem, town.surface)
        if tw is None and stem in COUNTY_HEADS_AFTER_NAME and i >= 1 and not words[i - 1].tail and \
                _foreign_county_before(ctx, sent, words[i - 1].start):
            tw = (stem, None)  # 롱호현의 응우옌 반 탄 현장: the county's head, after his name
        if tw is None and len(w.text) >= 5 and not re.search(r"(?:에서|에서는|에서도)$", w.text):
            tw = _glued_head(ctx, stem)  # 남짜미현장: the head of a county the article names (창평구장에서: a ground)
        if tw is None or w.lead.startswith("("):
            continue
        if tw[0] == "도지사" and "도지사" not in w.text and i >= 1 and (
                BRANCH_PARENT.search(words[i - 1].text) or _org_iri(ctx, strip_particle(words[i - 1].text)) is not None):
            continue  # 한국관광공사 경남지사 김가온 차장: a company's branch office, not the governor
        if _head_in_brackets(ctx, words, i):
            continue  # 서울동부지사(지사장 이두리): a body with its head in brackets, no title of a name before it
        title, named = tw
        if title == "시장" and named and named.endswith("시") and is_market(named[:-1], ctx.text, w.end) and not any(
                c.type == "City" and c.start == w.start and c.end >= w.start + len(named) - 1 for c in ctx.mentions):
            continue  # 수산물시장 진출기회를, 동남아시장 개척단: a market, no mayor (not 후지노미야시장: a town the
            # tables know, though its name ends like a night market, 야시장)
        if named is None and title not in TITLES:
            title, named = _glued_head(ctx, title) or (title, None)  # 빈딘성장: the province's head
        body: URIRef | None = None
        # name before the title: 박승원 광명시장 / 이삼수 사천시의회 의장 / 쓰지 마사히로 가나자와시 부시장 / 박승원 시장
        k = i - 1
        former = False
        if named is None and k >= 1 and words[k].text in TITLE_RANKS and not words[k].tail:  # 왕밍 상무 부시장
            title = words[k].text + " " + title
            k -= 1
        if named is None and k >= 1 and DUTY_WORD.match(words[k].text) and not words[k].tail:
            title = words[k].text + " " + title  # 김철수 경제담당 부시장, 쩐 경제담당 부주석: the duty is part of the title
            k -= 1
        elif named is None and k >= 1 and title not in FIRM_HEAD_TITLES and len(words[k].text) >= 4 and \
                COMPANY_END.fullmatch(words[k].text) and not words[k].tail and is_korean_name(words[k - 1].text):
            title = words[k].text + " " + title  # 김한주 경제개발 위원장: a field (a firm's ending) before no firm's head
            k -= 1
        if named is None and k >= 1 and words[k].text in PARTY_WORDS and not words[k].tail:
            k -= 1  # 이성배 국민의힘 대표의원: the party stands between the name and the title
        if k >= 1 and words[k].text in TENURE_WORDS and not words[k].tail:  # 김철수 전 광명시장, 박민 현 의장
            former = TENURE_WORDS[words[k].text] == "former"
            title = words[k].text + " " + title
            k -= 1
        if k >= 1 and words[k].text in NEW_IN_POST and not words[k].tail:
            k -= 1  # 울란바토르시의회 신임 의장: newly in the post, the same title
        if named is None and k >= 2 and POSTED_WORD.match(words[k - 1].text) and title.endswith(POSTED_TITLES) and \
                not words[k].tail and not words[k - 1].tail and _posted_place(ctx, words[k]):
            title = f"{words[k - 1].text} {words[k].text} {title}"  # 주부산 일본국 총영사: the post, then the country
            # (주일본 삿포로 총영사: the country, then the city of the post)
            k -= 2
        elif named is None and k >= 1 and POSTED_WORD.match(words[k].text) and title.endswith(POSTED_TITLES):
            title = words[k].text + " " + title  # 주인도네시아 한국대사: the post abroad belongs to the title
            k -= 1
        elif named is None and k >= 1 and words[k].text in ENVOY_POSTINGS and title.endswith(POSTED_TITLES) and \
                is_korean_name(words[k - 1].text):
            title = words[k].text + " " + title  # 김진수 주독 한국대사: a short posting after a Korean name (a foreign
            k -= 1  # name's reading skips it itself: 나카무라 료 주한 일본대사)
        elif named is None and k >= 1 and words[k - 1].text == "주" and title.endswith(POSTED_TITLES) and \
                _posted_place(ctx, words[k]):
            title = f"주 {words[k].text} {title}"  # 주 우즈벡 한국대사, 주 삿포로 총영사: written apart, the same post
            k -= 2
        if named is None and k >= 1 and (not words[k].tail or ACRONYM_TAIL.fullmatch(words[k].tail)) and \
                _org_word(ctx, words[k], title) is not None:
            body = _org_word(ctx, words[k], title)  # 피터 존스 케임브리지대 교수, 헨리 반 더 베르크 이클레이 사무총장
            # (and 세계지방정부협의회(ICLEI) 사무총장: the body's acronym in brackets between)
            if k >= 2 and not words[k - 1].tail and ORG_LEAD_WORD.match(words[k - 1].text):
                body = _org_with_qualifier(ctx, words, k) or body  # 김기용 미주 소상공인협회 사무총장
                k -= 1
            k -= 1
        elif named is None and k >= 1 and not words[k].tail and DISTRICT_WORD.fullmatch(words[k].text) and \
                not _is_mention(ctx, words[k], ("Person",)) and is_korean_name(words[k - 1].text) and \
                not words[k - 1].tail:  # 박도윤 영통구 보건소장: the district locates the title, the name before it
            place = _city_named(ctx, words[k].text)
            body = place.iri if place is not None else None
            k -= 1
        elif named is None and k >= 1 and not words[k].tail and (short := _short_form_body(ctx, words[k])) is not None:
            body = short  # 마이클 김 협회 이사장: the body the article named 협회 for short
            k -= 1
        elif named is None and k >= 2 and not words[k].tail and NUMBERED_DISTRICT_WORD.fullmatch(words[k].text) and \
                (district := next((m for m in ctx.mentions if m.type == "City" and m.start == words[k - 1].start
                                   and m.end == words[k].end), None)) is not None:
            body = district.iri  # 필립 구종 파리 15구 구청장: the numbered district of a city abroad, then its head
            k -= 2
        elif named is None and k >= 1 and not words[k].tail and title in CITY_BOUND and (PLACE_BEFORE_TITLE.match(
                words[k].text) or _hall_named(ctx, words[k].text)) and not _is_mention(ctx, words[k]) and \
                not is_korean_name(words[k].text) and \
                not _given_name_after_surname(ctx, words, k):  # (스즈키 다카시 시장: a given name, no place)
            place = _city_named(ctx, words[k].text)  # a place no gazetteer knows, written before the title
            body = place.iri if place is not None else None
            k -= 1
        elif named is None and k >= 1 and not words[k].tail and words[k].text in BARE_LEVELS and \
                (title not in CITY_BOUND or is_korean_name(words[k - 1].text)):  # (박도윤 시 정무부시장 too)
            body = _level_city(ctx, words[k].text, sent)  # 김하나 시 관광과장: 시 is the article's own city (if it has one)
            k -= 1
        elif named is None and k >= 2 and not words[k].tail and words[k].text in GOVERNMENT_UNITS and \
                not words[k - 1].tail and (gov_city := _city_at(ctx, words[k - 1].start, words[k - 1].end)) is not None \
                and not _is_mention(ctx, words[k - 2], ("City", "Country")):
            body = gov_city.iri
            k -= 2  # 응우옌 반 남 다낭시 인민위원회 부위원장: the city's government after the officer's name
        elif named is None and k >= 1 and not words[k].tail and words[k].text in GOVERNMENT_UNITS and \
                (k == 1 or _after_foreign_place(ctx, words, words[k - 1]) or (
                    len(nm := _foreign_name(ctx, words, k)) >= 2 and _after_foreign_place(ctx, words, nm[0]))):
            # (뚜옌꽝성 호앙 비엣 푸엉 인민위원회 부위원장: a name of several words after the place)
            k -= 1  # 까마우성 럼반비 인민위원회 부위원장: the place's government after its officer's name
            body = next((m.iri for m in ctx.mentions if m.type == "City" and k >= 1 and m.start == words[k - 1].start),
                        None)  # (or the sentence opens with the name: 지자핑 인민정부 부구장을 비롯한 …)
        elif named is None and k >= 1 and not words[k].tail and words[k].text in GOVERNMENT_UNITS and \
                not words[k - 1].tail and is_korean_name(words[k - 1].text) and not _is_mention(ctx, words[k - 1]):
            k -= 1  # 서안시 위민주 당서기, 진보근 인민대표대회 주임: the unit after a name read the Korean way; the
            # body is the city the list names first, or, with no city abroad named before, the assembly itself (오덕증
            # 인민대표회 의장: its chair, no council of the host's)
            if words[k + 1].text in ASSEMBLY_UNITS and not any(
                    m.type == "City" and "/city/kr/" not in str(m.iri) and sent.start <= m.start < words[k].start
                    for m in ctx.mentions):  # (a city abroad named before: the list's city, as above)
                body = _title_body(ctx, words[k + 1].text, Span(words[k + 1].start, words[k + 1].end))
        elif named is None and k >= 0 and not words[k].tail and words[k].text in BARE_COUNCILS:
            abroad = _foreign_side_city(ctx, sent, words[k].start) if words[k].text == "의회" else None
            body = abroad or _genitive_city_before(ctx, sent, words[k]) or \
                _bare_council(ctx, words[k].text, Span(words[k].start, words[k].end))
            k -= 1
            if k >= 1 and not words[k].tail and not taken(words[k]) and _is_mention(ctx, words[k], ("City",)) and \
                    not words[k - 1].tail and not _is_mention(ctx, words[k - 1]) and \
                    not any(t == "ETM" for _, t in tags(words[k - 1].text)):  # (방문단을 이끈 오타시 의회 의장: no name)
                # 아베 키요시 야마가타시 의회 부의장: the council's city written apart, the name before it, and the
                # body that city's council (read with both words), not the article's own
                if words[k + 1].text.startswith("의회") and COUNCIL_PLACE_WORD.match(words[k].text):
                    body = minted("org", words[k].text + " 의회")  # (the name recognise_orgs gives that council)
                k -= 1
        elif named is None and k >= 0 and not words[k].tail and (_is_mention(ctx, words[k]) or
                                                                   _org_iri(ctx, strip_particle(words[k].text))):
            body = _body(ctx, words[k], None)
            if body is not None and "/org/" in str(body) and not _is_mention(ctx, words[k], ("City",)):
                joined = _org_with_qualifier(ctx, words, k)
                if joined is not None and joined != body:
                    body = joined
                    k -= 1  # the qualifier word (조에쓰시, 축제) belongs to the organisation's name
            k -= 1
            whole = next((m for m in ctx.mentions if m.type == "Organization" and m.kind == "mission" and
                          m.start <= words[k + 1].start < m.end), None)
            while whole is not None and k >= 0 and words[k].start >= whole.start:
                k -= 1  # 강민수 주부산 일본총영사관 영사: the mission's name is two words; the name comes before both
            if k >= 0 and not words[k].tail and "/org/" in str(body) and _city_at(ctx, words[k].start, words[k].end):
                city = _city_at(ctx, words[k].start, words[k].end)
                if city is not None and city.start == words[k].start and words[k].text in (city.surface, city.surface + "시"):
                    full = words[k].text + " " + strip_particle(words[k + 1].text)
                    body = minted("org", full)  # 후에시 인민평의회 의장: the city's body, under its full name
                    ctx.org_names.setdefault(body, (full, Span(words[k].start, words[k + 1].start +
                                                               len(strip_particle(words[k + 1].text)))))
                    city.via_title = True
                    k -= 1
        elif named is not None:
            body = _body(ctx, w, named)
            local = k >= 1 and not words[k].tail and not taken(words[k]) and _local_body(body, named) and (
                is_korean_name(words[k - 1].text) or _is_mention(ctx, words[k - 1], ("Person",)) or
                ")" in words[k].text) and (  # (박지호(가상산업 대표)의정부시: an aside closes right before the place)
                not is_korean_name(words[k].text) or DISTRICT_WORD.fullmatch(words[k].text) is not None) and (
                _is_mention(ctx, words[k], ("City",)) or (PLACE_BEFORE_TITLE.match(words[k].text) is not None
                                                         and not _name_like_place(ctx, words[k].text))
                or (words[k].text[:-1] in ONE_SYLLABLE_DISTRICTS and words[k].text[-1:] == "구"))  # (남구 of any city)
            # (a name before the place: 박지현 체육회장, 요시다 다케시 일한친선협회장 have none, the name ends like a place)
            if local:  # 최영호 남구 체육회장, 박영수 기시와다시 일한친선협회장: the place's own body, named with it
                _place_names_body(ctx, words[k])
                at = next((c.start for c in ctx.mentions if c.type == "City" and words[k].start <= c.start < words[k].end
                           and c.end == words[k].end), words[k].start)  # (…대표)의정부시: the place only, no bracket)
                body = _title_body(ctx, f"{ctx.text[at:words[k].end]} {named}", Span(at, w.start + len(named)))
                k -= 1
            elif k >= 1 and not words[k].tail and not taken(words[k]) and (
                    _is_mention(ctx, words[k], ("City",)) or _locating_place(ctx, words[k].text)):
                k -= 1  # 김철수 부산 남구청장, 홍길동 경기 광주시장, 박영희 제주 서귀포시장: a place locating the title's own
        if body is not None and "/org/" in str(body):
            while k >= 1 and not words[k].tail and not taken(words[k]) and (
                    words[k].text in PARTY_WORDS or _is_mention(ctx, words[k], ("Country",))):
                k -= 1  # 부이 뚜언 광 베트남 공산당 중앙위원회 부위원장: the country and the party locate the body
        if body is not None and "/city/" in str(body):
            while k >= 1 and not words[k].tail and not taken(words[k]) and \
                    _is_mention(ctx, words[k], ("City", "Country")):
                k -= 1  # 왕밍 중국 상해시 정안구 부구장: the places locating the title's place, then the name
        if former:
            body = None  # a post once held is not a role now
            named = named or ""
        foreign_body = body is not None and "/city/kr/" not in str(body) and "/city/" in str(body)
        if k >= 0 and not words[k].tail and not taken(words[k]) and _dotted_list(ctx, sent, words[k], title, body):
            continue
        if k >= 0 and not words[k].tail and not taken(words[k]) and HANJA_NAME.fullmatch(words[k].text):
            if body is None and named is None:  # 種國勝 부비서장
                body = _topic_city(ctx, sent, words[k].start)
            person(ctx, words[k].text, Span(words[k].start, words[k].end), title=title, body=body, sent=sent)
            continue
        if k >= 0 and not words[k].tail and not taken(words[k]):
            known_long = next((nm for nm in ctx.persons if " " in nm and ctx.text[:words[k].end].endswith(nm)), None)
            if known_long is not None:  # 응우옌 반 하이 again: the whole foreign name, not 하이
                start = words[k].end - len(known_long)
                ctx.mentions.append(Mention(start, words[k].end, known_long, ctx.persons[known_long], "Person", "person"))
                continue
            titled = named is not None
            names = _foreign_name(ctx, words, k + 1, titled=titled) if foreign_body else []
            if len(names) >= 2:
                name = joined_name(names)
                person(ctx, name, Span(names[0].start, names[-1].end), title=title, body=body, sent=sent)
                continue
            known_part = next((nm for nm in ctx.persons if " " in nm and words[k].text in nm.split()), None)
            if known_part is not None:  # 미슈라 시장, 이토 부시장: a foreign person named before in full
                iri = ctx.persons[known_part]
                ctx.mentions.append(Mention(words[k].start, words[k].end, words[k].text, iri, "Person", "person"))
                continue
            typical = len(words[k].text) == 3 or (len(words[k].text) == 4 and words[k].text[:2] in KOREAN_SURNAMES)
            before_is_part = k >= 1 and not words[k - 1].tail and len(words[k - 1].text) <= 5 and \
                _foreign_name(ctx, words, k)[-1:] == [words[k - 1]]
            if k >= 2 and words[k - 2].text in VIETNAMESE_SURNAMES and len(words[k - 1].text) <= 2 and \
                    not words[k - 2].tail and not words[k - 1].tail:
                before_is_part = True  # 응우옌 탄 히에우: a Vietnamese surname and a short middle name before the given name
            pair = _foreign_name(ctx, words, k + 1) if not typical or before_is_part else []
            if len(pair) >= 2:  # 이토 마사히코 부시장: two name words, not the Korean name 마사히코
                if body is None and named is None and title not in CITY_BOUND and words.index(pair[0]) >= 1 and \
                        not words[words.index(pair[0]) - 1].tail:  # 오타시 문화예술협회 스즈키 료 회장: the body's head
                    body = _org_with_qualifier(ctx, words, words.index(pair[0]) - 1)
                if body is None and named is None:
                    body = _city_before(ctx, sent, pair[0].start) or _delegation_topic_city(ctx, sent, pair[0].start)
                if body is None and named is None and title in CITY_BOUND and not (
                        len(pair[0].text) == 1 and is_korean_name("".join(x.text for x in pair))):  # (not 심 민)
                    body = _only_city_abroad(ctx, sent, title)  # 산타클라리타시를 방문해 로라 에르난데스 시장과
                if body is None and named is None and len(pair) == 2 and len(pair[0].text) == 1 and \
                        is_korean_name(pair[0].text + pair[1].text):  # 심 민 군수: a Korean name spaced after its surname
                    body = _officer_body(ctx, sent, title, pair[0].start) or _bound_city(ctx, title)
                j = words.index(pair[0]) - 1
                if body is None and j >= 0 and not words[j].tail:  # 가나자와시의회 나카무라 히데키 의장
                    body = _org_with_qualifier(ctx, words, j)
                name = joined_name(pair)
                person(ctx, name, Span(pair[0].start, pair[-1].end), title=title, body=body, sent=sent)
                continue
            after_unit = len(words[k].text) == 2 and words[k].text[0] in KOREAN_SURNAMES and k >= 1 and \
                not words[k - 1].tail and not _is_mention(ctx, words[k]) and \
                (words[k - 1].text in GOVERNMENT_UNITS or NAME_PART_STOP_ENDINGS.match(words[k - 1].text) is not None)
            if _name_word(ctx, words[k]) or after_unit:  # 외사판공실 장군 부주임: a short name after a bureau
                if body is None and k >= 1 and not words[k - 1].tail and _is_mention(ctx, words[k - 1]) and \
                        title_of(strip_particle(words[k - 1].text)) is None and \
                        not DATIVE_END.search(words[k - 1].text):  # (오타시에 김가온 시장 명의로: the addressee)
                    body = _body(ctx, words[k - 1], None)  # 수원시의회 김기정 의장 (not 창원시장과 이정화 교수)
                if body is None and named is None and k >= 1 and not words[k - 1].tail:  # 우림대 이홍석 부총장
                    body = _org_word(ctx, words[k - 1], title)
                known = ctx.persons.get(words[k].text)
                if body is None and known is not None:
                    body = ctx.person_body.get(known)
                if body is None and k >= 1 and not words[k - 1].tail:  # 축제 조직위원회 이나연 집행위원장
                    body = _org_with_qualifier(ctx, words, k - 1)
                if body is None and named is None:  # 남녕시 인민정부 소지강 부시장, 남녕시 임업국 진함화 국장
                    body = _unit_city(ctx, words, k)
                if body is None and named is None and _side_city(ctx, sent, words[k].start):
                    body = _city_before(ctx, sent, words[k].start)  # 취안저우시 측에서는 천밍 부시장과
                if body is None and named is None and title in CITY_BOUND:  # 친황다오시를 방문해 장루이슈 시장과
                    body = _visited_city(ctx, sent, words[k].start)
                if body is None and named is None:  # 김가온 시장 등 나가노시 방문단: the delegation's city named after
                    body = _delegation_city_after(ctx, sent, w) or _delegation_topic_city(ctx, sent, words[k].start)
                if body is None and named is None:  # 난닝시 대표단은 장샤오밍 부시장을, 구의회를 방문해 김재운 의장과
                    body = _officer_body(ctx, sent, title, words[k].start)
                person(ctx, words[k].text, Span(words[k].start, words[k].end), title=title, body=body, sent=sent)
                continue
            names = _foreign_name(ctx, words, k + 1, titled=titled)
            after_place = bool(names) and _after_foreign_place(ctx, words, names[0]) and \
                words.index(names[-1]) + 1 < len(words) and words[words.index(names[-1]) + 1].text in GOVERNMENT_UNITS
            # (까마우성 럼반비 인민위원회 부위원장: the place's government after the name; not 연태시 외사 주임)
            if len(names) >= 2 or (names and (foreign_body or after_place) and len(names[0].text) >= 2):
                # (개최 시 양기율시장을: a one-syllable word alone, 시 'when', is no name)
                if body is None and named is None and title not in CITY_BOUND and words.index(names[0]) >= 1 and \
                        not words[words.index(names[0]) - 1].tail:  # 오타시 문화예술협회 스즈키 료 회장: the body's head
                    body = _org_with_qualifier(ctx, words, words.index(names[0]) - 1)
                if body is None and named is None and (len(names) >= 2 or foreign_body or title in CITY_BOUND):
                    body = _city_before(ctx, sent, names[0].start)  # 오를레앙시에서 소피 르루아 부시장
                if body is None and named is None and len(names) >= 2 and title in CITY_BOUND and \
                        not is_korean_name("".join(x.text for x in names)):
                    body = _only_city_abroad(ctx, sent, title)  # 산타클라리타시를 방문해 로라 에르난데스 시장과
                name = joined_name(names)
                person(ctx, name, Span(names[0].start, names[-1].end), title=title, body=body, sent=sent)
                continue
            org = _officer_org(ctx, words, k, title) if len(names) == 1 and body is None and named is None else None
            if org is not None:  # 국제교류협회 노구치야스오 회장: a foreign name between a body and its officer's title
                person(ctx, names[0].text, Span(names[0].start, names[0].end), title=title, body=org, sent=sent)
                continue
            unit_city = _unit_city(ctx, words, words.index(names[0])) if len(names) == 1 and named is None and \
                words.index(names[0]) >= 1 and words[words.index(names[0]) - 1].text in GOVERNMENT_UNITS else None
            if unit_city is not None and "/city/kr/" not in str(unit_city) and _foreign_word(ctx, names[0]):
                # (후에시 인민위원회 짠반녀 위원장: one name word after the government of a city abroad, its officer)
                person(ctx, names[0].text, Span(names[0].start, names[0].end), title=title,
                       body=body or unit_city, sent=sent)
                continue
            if len(names) == 1 and _single_foreign(ctx, sent, names[0], title, named):
                one = names[0]
                if body is None and named is None:
                    body = _topic_city(ctx, sent, one.start) or (
                        _only_city_abroad(ctx, sent, title) if title in FOREIGN_SINGLE_AFTER_CITY else None)
                person(ctx, one.text, Span(one.start, one.end), title=title, body=body, sent=sent)
                continue
        # title before the name: 김해시장 홍태진 / 청주상공회의소 회장 배준호 / 부구청장 이태식 / 국제교류과장 모리 유키
        if i + 2 < n and not w.tail.strip() and i >= 1 and not taken(words[i + 1]) and strip_particle(w.text) == w.text:
            prev_city = _city_at(ctx, words[i - 1].start, words[i - 1].end)  # (not 부시장과 X Y: the title's phrase ends)
            prev_org = _org_iri(ctx, strip_particle(words[i - 1].text)) if prev_city is None else None
            if prev_org is not None:  # 필리핀대사관 노무관 호세 멘도사: a foreign name after an organisation's title
                prev_city = Mention(words[i - 1].start, words[i - 1].end, words[i - 1].text, prev_org, "Organization")
            elif prev_city is None and title in CITY_BOUND and PLACE_BEFORE_TITLE.match(words[i - 1].text) and \
                    not is_korean_name(words[i - 1].text):  # 부하라주 주지사 보투르 주라예프: a place no gazetteer knows
                prev_city = _city_named(ctx, words[i - 1].text) or Mention(
                    words[i - 1].start, words[i - 1].end, words[i - 1].text, URIRef(""), "City")
            if prev_city is not None and "/city/kr/" not in str(prev_city.iri):
                parts = [words[i + 1], words[i + 2]]
                if all(is_hangul_word(x.text, 1, 5) for x in parts) and not parts[0].tail \
                        and _name_part(parts[0].text) and not _is_mention(ctx, parts[0]) and not nominal_like(parts[0].text) \
                        and parts[0].text not in PERSON_STOP \
                        and (len(parts[0].text) > 2 or parts[0].text[0] not in "등외및"):
                    last = parts[1].text if parts[1].tail.startswith("(") else _short_stem(parts[1].text)
                    # (주석 웨이판 웨이(51)와: a bracket right after the name, the particle after the bracket)
                    korean = is_korean_name(parts[0].text) and len(parts[0].text) == 3
                    bare = re.sub(r"(?:이다|였다|이었다|이며|이고)$", "", last)  # 왕샤오밍 일행이다: a noun and its copula
                    third = words[i + 3] if i + 3 < n else None
                    if third is not None and parts[0].text in VIETNAMESE_SURNAMES and not parts[1].tail and \
                            len(parts[1].text) <= 2 and strip_particle(parts[1].text) == parts[1].text and \
                            is_hangul_word(third.text, 1, 4) and 1 <= len(_short_stem(third.text)) <= 2 and \
                            not nominal_like(_short_stem(third.text)) and _short_stem(third.text) not in PERSON_STOP and \
                            _short_stem(third.text) not in NOT_NAME_AFTER_NAME:
                        # 부성장 응우옌 반 탕이: a Vietnamese name of three words (surname, middle and given name)
                        parts, last = [parts[0], words[i + 2]], parts[1].text + " " + _short_stem(third.text)
                    everyday = len(parts[0].text) >= 2 and len(last) >= 2 and common_noun_alone(parts[0].text) and \
                        common_noun_alone(last)  # 의장 초청 환영 만찬: two everyday nouns after the title, no name
                    if last and not nominal_like(last) and not nominal_like(bare) and last not in ("등", "외", "씨", "및") \
                            and not korean and not everyday:
                        if prev_org is not None:
                            ctx.org_names.setdefault(prev_org, (strip_particle(words[i - 1].text),
                                                                Span(words[i - 1].start, words[i - 1].end)))
                        person(ctx, parts[0].text + " " + last, Span(parts[0].start, parts[0].start + len(parts[0].text) + 1 + len(last)),
                               title=title, body=prev_city.iri or None, sent=sent)
                        prev_city.via_title = True
                        continue
        foreign_next = i + 2 < n and not words[i + 1].tail \
            and is_hangul_word(words[i + 2].text.rstrip("가는은이를을과와의"), 1, 4) \
            and _name_part(words[i + 1].text) and i + 3 < n and (_is_mention(ctx, words[i + 3]) or title_of(
                strip_particle(words[i + 3].text)) is not None)
        if i + 1 < n and not w.tail.strip() and not taken(words[i + 1]) and not foreign_next and \
                strip_particle(w.text) == w.text and _name_part(strip_particle(words[i + 1].text)) and \
                _name_word(ctx, words[i + 1], text=strip_particle(words[i + 1].text)):
            nxt = words[i + 1]
            after = ctx.text[nxt.end:nxt.end + 2]
            if not re.match(r"(\s|[,.)]|과|와|은|는|이|가|을|를|의|도|씨|$)", after or " "):
                continue
            if named is None and i >= 1 and not words[i - 1].tail and (_is_mention(ctx, words[i - 1]) or
                                                                      _org_iri(ctx, strip_particle(words[i - 1].text))
                                                                      or strip_particle(words[i - 1].text) in
                                                                      ("시의회", "군의회", "구의회", "도의회")):
                body = _body(ctx, words[i - 1], None)
            person(ctx, strip_particle(nxt.text) if len(nxt.text) > 3 else nxt.text, Span(nxt.start, nxt.end),
                   title=title, body=body, sent=sent)
    _parenthesised(ctx, sent)
    _surname_refs(ctx, sent, words)
    _pair_bodies(ctx, sent)
    _working_at_bodies(ctx, sent)
    _bound_bodies(ctx, sent)


_PAREN_TITLE = re.compile(r"\((" + "|".join(sorted(TITLES, key=len, reverse=True)) +
                          r")(?:(?:권한|직무)?대행)?(?:\s*:\s*|\s+)([\uac00-\ud7a3]{1,6}(?: [\uac00-\ud7a3]{1,6}){0,2}|"
                          r"[A-Z][A-Za-z'’.-]+(?: [A-Z][A-Za-z'’.-]+){1,3})\s*(?:[\u4e00-\u9fff]{2,4}\s*)?\)")
#: (or a name in Latin letters; the title may be set off by a colon, the name glossed in Hanja: ``(시장:진영방陳玲芳)``;
#: one acting for the title: ``(부시장대행 왕밍)``)


#: a head's title glued to its place, then the name in brackets (``브레아시장(글랜 파커)``, ``톨레도시장(마리아 로페스)``)
_GLUED_TITLE_NAME = re.compile(r"(?<![\uac00-\ud7a3])(?P<t>[\uac00-\ud7a3]{2,10}(?:시장|군수|구청장|도지사|주지사|지사|성장|현장))"
                               r"\((?P<name>[\uac00-\ud7a3]{2,8}(?: [\uac00-\ud7a3]{1,8}){0,2})"
                               r"(?:[ ,]\s?[\u4e00-\u9fff]{1,4}(?: [\u4e00-\u9fff]{1,4}){0,2})?\)")
#: (the name may be glossed with its Chinese characters inside: ``운젠시장(가나자와 히데사부로 金沢 秀三朗)``)
#: a delegation's head named in its brackets, name first (``화방현 대표단(판유이안 인민위원회 부위원장 등 5명)``)
_UNIT = "인민위원회|인민정부|인민의회|시정부|주정부"  # (the government a head's title is of, written between)
_PAREN_HEAD_FIRST = re.compile(DELEGATION_NOUNS + rf"\((?P<name>[\uac00-\ud7a3]{{2,8}}(?: (?!{_UNIT})[\uac00-\ud7a3]{{1,6}}){{0,2}}) "
                               rf"(?:(?P<unit>{_UNIT}) )?(?P<title>[\uac00-\ud7a3]{{1,8}})(?: 등[^)]{{0,20}})?\)")


def _parenthesised(ctx: Ctx, sent: Sentence) -> None:
    """``광명시(시장 양기대)``, ``성동구의회(의장 김종곤)``, ``○○ 상공회의소(회장 폴 김)``: title and name in
    parentheses after the body they belong to."""
    if "(" not in sent.text:
        return
    words = sent.words()
    for m in _PAREN_TITLE.finditer(sent.text):
        start = sent.start + m.start()
        name, title = m.group(2), m.group(1)
        own = name.split()[-1] if " " in name else ""
        if own and title_of(own) is not None and not name[0].isascii():
            name, title = name[:-len(own)].rstrip(), own  # 방문단(단장 최영조 시장): the head's own title after the name
        korean = " " not in name and is_korean_name(name)
        if (not korean and not (" " in name or len(name) >= 3)) or name in PERSON_STOP or nominal_like(name.split()[0]):
            continue
        if name[0].isascii() and (ctx.gz.lookup(name, lang="en") or name.split()[-1] in ("City", "County", "Council")):
            continue  # (시장 New York City): a place in Latin letters, no person
        s = sent.start + m.start(2)
        if any(p.type == "Person" and p.start <= s < p.end for p in ctx.mentions):
            continue
        city = next((c for c in ctx.mentions if c.type == "City" and c.end == start), None)
        body = city.iri if city is not None else None
        if body is None and re.search(DELEGATION_NOUNS + "$", sent.text[:m.start()]):
            body = next((c.iri for c in sorted(ctx.mentions, key=lambda c: -c.end) if c.type == "City" and not c.qualifier
                         and sent.start <= c.end <= start and re.fullmatch(r"\s*(?:[\uac00-\ud7a3]{1,6}\s+)?" +
                                                                           DELEGATION_NOUNS, ctx.text[c.end:start])), None)
            # 블랙타운시 대표단(시장 Stephen Bali): the head of the delegation's city
        if body is None:
            j = next((i for i, w in enumerate(words) if w.end == start), None)
            if j is None:
                continue
            lead = _lead_org(ctx, words, j)
            if lead is not None:
                body = minted("org", lead[0])
                ctx.org_names.setdefault(body, (lead[0], Span(lead[1], words[j].end)))
            else:
                body = _body(ctx, words[j], None)
            if body is None and (LOCAL_BODY.match(words[j].text) or COMPANY_END.search(words[j].text)):
                # 남원시 새마을회(회장 김가온), 호경건설(대표 박도윤): a local body or a firm, with its city before it
                city_word = j >= 1 and not words[j - 1].tail and _city_at(ctx, words[j - 1].start, words[j - 1].end)
                org_name = f"{words[j - 1].text} {words[j].text}" if city_word else words[j].text
                at = words[j - 1].start if city_word else words[j].start
                body = minted("org", org_name)
                ctx.org_names.setdefault(body, (org_name, Span(at, words[j].end)))
            if body is None:
                continue
        person(ctx, name, Span(s, s + len(name)), title=title, body=body, sent=sent)
    for m in _GLUED_TITLE_NAME.finditer(sent.text):  # 브레아시장(글랜 파커): a head's title glued to its place, the name
        tw = title_of(m.group("t"))  # in brackets after it
        name, s = m.group("name"), sent.start + m.start("name")
        if tw is None or tw[1] is None or name.split()[0] in PERSON_STOP or nominal_like(name.split()[0]) or \
                PHOTO_POSITION.match(name) or \
                (" " not in name and not is_korean_name(name) and len(name) < 3) or \
                any(p.start < s + len(name) and s < p.end for p in ctx.mentions):
            continue
        place = next((c for c in ctx.mentions if c.type == "City" and c.start == sent.start + m.start("t")), None)
        if place is None:
            continue
        place.via_title = True
        person(ctx, name, Span(s, s + len(name)), title=tw[0], body=place.iri, sent=sent)
    for m in _PAREN_HEAD_FIRST.finditer(sent.text):  # 화방현 대표단(판유이안 인민위원회 부위원장 등 5명)
        name, s = m.group("name"), sent.start + m.start("name")
        first = name.split()[0]
        if title_of(m.group("title")) is None:
            continue
        if first in PERSON_STOP or nominal_like(first) or is_korean_name(name) or (" " not in name and len(name) < 3) or \
                any(p.start < s + len(name) and s < p.end for p in ctx.mentions):
            continue
        body = _topic_city(ctx, sent, sent.start + m.start())
        if body is None or "/city/kr/" in str(body):
            body = next((c.iri for c in sorted(ctx.mentions, key=lambda c: -c.end) if c.type == "City" and
                         "/city/kr/" not in str(c.iri) and sent.start <= c.end <= sent.start + m.start()), None)
        person(ctx, name, Span(s, s + len(name)), title=m.group("title"), body=body, sent=sent)


def _lead_org(ctx: Ctx, words: list[Word], j: int) -> tuple[str, int] | None:
    """``오스틴 아시안 상공회의소``: a bare organisation head led by a city or country and up to one more word;
    (name, start) or None."""
    head = strip_particle(words[j].text)
    if head not in LEAD_HEADS:
        return None
    for back in range(FOREIGN_ORG_LEAD_WORDS, 0, -1):
        i = j - back
        if i < 0 or any(w.tail or w.lead or strip_particle(w.text) != w.text for w in words[i:j]):
            continue
        if not any(m.type in ("City", "Country") and m.start == words[i].start for m in ctx.mentions) and \
                not ctx.gz.lookup(words[i].text):
            continue
        if any(title_of(w.text) or _is_mention(ctx, w, ("Person",)) for w in words[i + 1:j]):
            continue
        for m in ctx.mentions:
            if m.type == "City" and m.start == words[i].start:
                m.via_title = True
        return " ".join(w.text for w in words[i:j]) + " " + head, words[i].start
    return None


def _surname_refs(ctx: Ctx, sent: Sentence, words: list[Word]) -> None:
    """``양 시장``: a surname and a title standing for a person named before with that title."""
    for i, w in enumerate(words[:-1]):
        if len(w.text) != 1 or w.text not in KOREAN_SURNAMES:
            continue
        tw = title_of(strip_particle(words[i + 1].text))
        if tw is None:
            continue
        title, named = tw
        body = _body(ctx, words[i + 1], named) if named else None
        if named and body is None:
            continue
        hits = [iri for name, iri in ctx.persons.items()
                if name.startswith(w.text) and " " not in name and same_office(ctx.person_title.get(iri), title)
                and (body is None or ctx.person_body.get(iri) == body)]
        title = strip_particle(words[i + 1].text)
        if len(hits) == 1:
            ctx.mentions.append(Mention(w.start, words[i + 1].end, w.text + " " + title, hits[0], "Person", "person"))


def _generic_troupe(name: str, suffix: str) -> bool:
    """``국악공연단``, ``시립합창단``: a troupe head after a generic stem names no troupe.

    >>> _generic_troupe("국악공연단", "공연단"), _generic_troupe("광명시립합창단", "합창단")
    (True, False)
    """
    stem = name[: -len(suffix)]
    return not stem or stem in GENERIC_TROUPE_STEMS or any(stem.endswith(g) and len(stem) - len(g) < 2
                                                          for g in GENERIC_TROUPE_STEMS)


def read_short_forms(ctx: Ctx) -> None:
    """The short forms the article declares for bodies (``한국자매도시협회(이하 협회)``): only a body's name
    (one with an organisation's suffix) and a short form that is no place or person of the gazetteer."""
    for m in SHORT_FORM_RE.finditer(ctx.text):
        name, short = m.group("name"), m.group("short")
        if org_suffix(name) is not None and short != name and not ctx.gz.lookup(short):
            ctx.short_forms.setdefault(short, name)


def _short_form_body(ctx: Ctx, w: Word) -> URIRef | None:
    """The body a word names by the short form the article declared for it (``협회`` for 한국자매도시협회),
    after the declaration; or a bare head (``협회``, ``재단``) after the only body of that head named before."""
    text = strip_particle(w.text)
    name = ctx.short_forms.get(text)
    if name is None and text in BARE_ORG_HEADS:
        named = {x for word in re.findall(r"[\uac00-\ud7a3]{3,24}", ctx.text[:w.start])
                 if (x := strip_particle(word)).endswith(text) and x != text and org_suffix(x) is not None}
        name = named.pop() if len(named) == 1 else None  # 협회 alone: the one 협회 named before
    at = ctx.text.find(name) if name is not None else -1
    if name is None or at > w.start or _org_iri(ctx, name) is None:
        return None
    return _title_body(ctx, name, Span(at, at + len(name)))


def chamber_written_short(ctx: Ctx, word: str) -> re.Match[str] | None:
    """``제주상의``, ``日시모노세키상의와``: a place's chamber of commerce written short (the match, its place in ``p``),
    when the word before 상의 is a place (or the nation: ``대한상의``); else None."""
    short = CHAMBER_SHORT.match(word)
    if short is None:
        return None
    place = short.group("p")
    return short if place in CHAMBER_SHORT_NATIONAL or ctx.gz.lookup(place) or ctx.gz.lookup(place + "시") else None


def chamber_full_name(short: re.Match[str]) -> str:
    """The full name of a chamber written short: ``제주상의`` -> ``제주상공회의소``."""
    return short.group("p") + "상공회의소"


def _title_body(ctx: Ctx, name: str, span: Span) -> URIRef:
    """The organisation ``name`` written at ``span`` as a person's body (its entity is made once the article is
    read, from :attr:`Ctx.org_names`)."""
    if (short := chamber_written_short(ctx, name)) is not None:
        name = chamber_full_name(short)  # 시모노세키상의 회장: the chamber, under its full name
    iri = minted("org", name)
    ctx.org_names.setdefault(iri, (name, span))
    return iri


def _org_iri(ctx: Ctx, name: str) -> URIRef | None:
    name = _ORG_PREFIX.sub("", name)
    if (short := chamber_written_short(ctx, name)) is not None:
        return minted("org", chamber_full_name(short))  # 시모노세키상의: the chamber written short
    suffix = org_suffix(name)
    if suffix is None or name in ORG_STOP:
        return None
    if suffix in _TROUPES and _generic_troupe(name, suffix):
        return None
    return minted("org", name)


def recognise_missions(ctx: Ctx, sent: Sentence) -> None:
    """A country's mission abroad (``주니가타 대한민국 총영사관``, ``주한 미국대사관``): the post is a place or
    Korea (한), the sender, if written, a country. Read before people, whose body it can be."""
    for m in MISSION.finditer(sent.text):
        post, sender = m.group("post"), m.group("sender") or m.group("glued")
        if sender is None and post.startswith("한") and any(c.type == "Country" for c in ctx.gz.lookup(post[1:])):
            post, sender = "한", post[1:]  # 주한미국대사관
        if not (post == "한" or (len(post) >= 2 and (ctx.gz.lookup(post) or any(ctx.gz.lookup(post + lv) for lv in "시현주성")))):
            continue  # (주요 대사관: 요 is no post, even if 요성 is a city)
        if sender is not None and not (sender in ("대한민국", "한국") or any(
                c.type == "Country" for c in ctx.gz.lookup(sender))):
            continue
        s, e = sent.start + m.start(), sent.start + m.end()
        name = m.group(0)
        iri = minted("org", name.replace(" ", ""))
        ctx.mentions[:] = [x for x in ctx.mentions if not (x.type in ("City", "Country") and s <= x.start < e)]
        ctx.mentions.append(Mention(s, e, name, iri, "Organization", "mission"))
        ctx.entity(Entity(iri, "Organization", name, mentions=[Span(s, e)]))


def drop_sightseeing_stops(ctx: Ctx, sent: Sentence) -> None:
    """Bodies toured as sightseeing stops (``경주문화재단 견학``, ``… 및 한국수력원자력 방문 등의 일정``) are no entities of
    the reading, unless someone works for them."""
    bodies = set(ctx.person_body.values())
    for m in ctx.in_sentence(sent, types=("Organization",)):
        if m.iri in bodies or not SIGHTSEEING_AFTER.match(ctx.text, m.end):
            continue
        ctx.mentions.remove(m)
        ent = ctx.reading.entities.get(m.iri)
        if ent is not None:
            ent.mentions = [sp for sp in ent.mentions if sp.start != m.start]
            if not ent.mentions and not any(x.iri == m.iri for x in ctx.mentions):
                del ctx.reading.entities[m.iri]


def _branches_abroad(ctx: Ctx, words: list[Word]) -> None:
    """A body's branch in a place (:data:`BRANCH_WORDS`): one organisation under the whole name, the body's,
    the place's and the branch's words as written (``대한무역투자진흥공사 호치민 무역관``, ``세계한인무역회
    라오스지회``, ``경기도 자카르타 사무소``, ``자카르타 통상사무소``); the place locates it and acts in nothing."""
    for j, w in enumerate(words):
        body = strip_particle(w.text)
        branch = next((b for b in BRANCH_WORDS if body.endswith(b)), None)
        if branch is None or body in TITLES:
            continue
        place = body[: -len(branch)]
        k = j if place else j - 1  # the word that names the place
        if k < 0 or (not place and words[k].tail) or not _known_place(ctx, place or words[k].text):
            continue
        owner = words[k - 1] if k >= 1 and not words[k - 1].tail else None
        owner_ok = owner is not None and strip_particle(owner.text) == owner.text and (
            _is_mention(ctx, owner, ("Organization",)) or _org_iri(ctx, owner.text) is not None or
            (owner.text.endswith("회") and len(owner.text) >= 4) or
            (branch != "지사" and _is_mention(ctx, owner, ("City",)) and not _is_mention(ctx, words[k], ("Organization",))))
        if not owner_ok and not (branch in BRANCH_WORDS_ALONE and not place):
            continue
        if place and branch == "지사" and not owner_ok:
            continue
        start = owner.start if owner_ok and owner is not None else words[k].start
        prefix = _ORG_PREFIX.match(ctx.text[start:start + 8])
        start += prefix.end() if prefix is not None else 0  # ((사)한국미술협회 서귀포지부: no legal form in the name)
        end = w.start + len(body)
        if any(m.type == "Organization" and m.start <= start and m.end >= end for m in ctx.mentions):
            continue  # (농협 남원시 지부, read whole in a roster's brackets already)
        name = ctx.text[start:end]
        iri = minted("org", name)
        for m in [m for m in ctx.mentions if start <= m.start < end]:
            if m.type == "Organization":
                _rename_org(ctx, m.iri, iri)
                ctx.mentions.remove(m)
            elif m.type == "City":
                m.via_title = True
        ctx.mentions.append(Mention(start, end, name, iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", name, mentions=[Span(start, end)]))


def _units_of_bodies(ctx: Ctx, words: list[Word]) -> None:
    """``제주한라대학교 공자학원``: a unit a body holds (:data:`UNITS_OF_BODIES`), written right after the body (no
    particle between), is one organisation under both words; a unit written glued to a name is a body of its own."""
    for j, w in enumerate(words):
        unit = strip_particle(w.text)
        if not unit.endswith(UNITS_OF_BODIES) or any(m.type == "Organization" and m.start <= w.start < m.end
                                                     for m in ctx.mentions if m.start < w.start):
            continue
        before = words[j - 1] if j >= 1 and not words[j - 1].tail and strip_particle(words[j - 1].text) == \
            words[j - 1].text else None  # (제주한라대학교는 공자학원 개원식, 대학교와 공자학원: two bodies, or one and a word)
        owner = next((m for m in ctx.mentions if m.type == "Organization" and before is not None
                      and m.start == before.start and m.end == before.end), None)
        start = owner.start if owner is not None else w.start
        end = w.start + len(unit)
        name = ctx.text[start:end]
        if owner is None and unit in UNITS_OF_BODIES:
            continue  # (a bare 세종학당: which one is not said)
        iri = minted("org", name)
        for m in [m for m in ctx.mentions if m.type == "Organization" and start <= m.start < end]:
            ctx.mentions.remove(m)  # (only these mentions: the owner named alone elsewhere stays itself)
            if not any(x.iri == m.iri for x in ctx.mentions):
                ctx.reading.entities.pop(m.iri, None)
                ctx.org_names.pop(m.iri, None)
        ctx.mentions.append(Mention(start, end, name, iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", name, mentions=[Span(start, end)]))


def _known_place(ctx: Ctx, word: str) -> bool:
    """``word`` is a city, region or country the gazetteer knows (with or without its level word)."""
    return any(c.type == "Country" for c in ctx.gz.lookup(word)) or bool(_cities_named(ctx, word))


def _cities_named(ctx: Ctx, word: str) -> set[URIRef]:
    """The cities the gazetteer knows as ``word``, else as ``word`` less a level word its names leave out
    (``호치민시``: 호치민)."""
    found = {c.iri for c in ctx.gz.lookup(word) if c.type == "City"}
    if not found and len(word) >= 3 and word[-1] in "시군구성현주도":
        found = {c.iri for c in ctx.gz.lookup(word[:-1]) if c.type == "City"}
    return found


def _city_word(cities: dict[tuple[int, int], Mention], w: Word) -> Mention | None:
    """The city written as the word ``w``, or as ``w`` less the level word the gazetteer's name leaves out
    (``호치민시``: the city 호치민), or with its hall (``무나카타시청``)."""
    city = cities.get((w.start, w.end))
    if city is None and len(w.text) >= 3 and w.text[-1] in "시군구성현주":
        city = cities.get((w.start, w.end - 1))
    if city is None and len(w.text) >= 4 and w.text[-2:] in ("시청", "군청", "구청", "도청"):
        city = cities.get((w.start, w.end - 2)) or cities.get((w.start, w.end - 1))  # 무나카타시청 국제교류과
    return city


def recognise_orgs(ctx: Ctx, sent: Sentence, *, venues: set[tuple[int, int]]) -> None:
    """Organisations: words ending in 연구소, 진흥원, 협의회, 센터 …; acronyms with a Hangul name."""
    taken = [(m.start, m.end) for m in ctx.in_sentence(sent, types=("Organization",)) if m.kind == "mission"]
    for m in _ACRONYM.finditer(sent.text):
        s = sent.start + m.start(1)
        iri = minted("org", m.group(1))
        ctx.mentions.append(Mention(s, sent.start + m.end(), m.group(1), iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", m.group(1), lang="en", mentions=[Span(s, sent.start + m.end())],
                          labels={"ko": m.group(2)}, alt={m.group(2)}))
        taken.append((s, sent.start + m.end()))
    for m in _HANGUL_ACRONYM.finditer(sent.text):
        name = strip_particle(m.group(1))
        if _org_iri(ctx, name) is None:
            continue
        s = sent.start + m.start(1)
        iri = minted("org", name)
        ctx.mentions.append(Mention(s, s + len(name), name, iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", name, mentions=[Span(s, s + len(name))], alt={m.group(2)},
                          labels={"en": m.group(2)}))
        taken.append((s, sent.start + m.end()))
    words = sent.words()
    for m in QUOTED_TROUPE.finditer(sent.text):  # 국악공연단 '해랑'
        name = m.group(1).strip()
        s = sent.start + m.start(1) + (len(m.group(1)) - len(m.group(1).lstrip()))
        _org_mention(ctx, name, s)
        taken.append((sent.start + m.start(), sent.start + m.end()))
    cities: dict[tuple[int, int], Mention] = {}  # the first city mention at each span (no rule below adds a city)
    for c in ctx.mentions:
        if c.type == "City":
            cities.setdefault((c.start, c.end), c)
    for j, w in enumerate(words[1:], 1):  # 전북도 국제협력과, 광명시 국제교류팀은; 광명시 국제교류협회
        prev = words[j - 1]
        city = _city_word(cities, prev)
        if city is None or prev.tail:
            continue
        closed = ")" in w.text  # 국제협력과)을: the parenthesis closes the office's name
        om = OFFICE_WORD.match(w.text.split(")")[0])
        body = strip_particle(w.text)
        staff = (j + 1 < len(words) and OFFICE_STAFF_AFTER.match(words[j + 1].text) is not None) or any(
            OFFICE_HEAD_AFTER.fullmatch(strip_particle(x.text)) for x in words[j + 2:j + 5])  # (외무국 응웬 반 남 국장)
        if om is not None and (w.tail or closed or om.group(0) != om.group(1) or staff):
            _city_body(ctx, city, prev, w, om.group(1))  # a government's office
            taken.append((prev.start, w.end))
        elif LOCAL_BODY.match(body) and not any(a <= w.start < b for a, b in taken):
            nxt = words[j + 1] if j + 1 < len(words) and w.text == body and not w.tail else None
            inner = strip_particle(nxt.text) if nxt is not None else ""
            if inner in INNER_BODY_WORDS:  # 장자제시 인민대표대회 상무위원회: the congress's standing committee
                body = body + " " + inner
            _city_body(ctx, city, prev, w, body)  # a city's own kind of body
            taken.append((prev.start, w.start + len(body)))
    if re.search(r"해군|함정|군함|호위함|구축함|잠수함", sent.text):  # 광명함: navy ships are named after cities
        for w in words:
            stem = strip_particle(w.text)
            if stem.endswith("함") and len(stem) >= 3 and any(c.type == "City" and c.country == "KR"
                                                            for c in ctx.gz.lookup(stem[:-1])):
                iri = minted("org", stem)
                ctx.mentions.append(Mention(w.start, w.start + len(stem), stem, iri, "Organization", "org"))
                ctx.entity(Entity(iri, "Organization", stem, mentions=[Span(w.start, w.start + len(stem))]))
                taken.append((w.start, w.start + len(stem)))
    for w in words:  # 제주상의, 日시모노세키상의: a place's chamber of commerce written short
        chamber = chamber_written_short(ctx, w.text)
        if chamber is None or any(a <= w.start < b for a, b in taken):
            continue
        s = w.start + chamber.start("p")
        full, written = chamber_full_name(chamber), chamber.group("p") + "상의"
        iri = minted("org", full)
        ctx.mentions.append(Mention(s, s + len(written), written, iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", full, mentions=[Span(s, s + len(written))], alt={written}))
        taken.append((s, s + len(written)))
    for j, w in enumerate(words[1:], 1):  # 경산 시의회, 일본 조요 시의회: a council written apart from its city's name
        prev, council = words[j - 1], strip_particle(w.text)
        city = cities.get((prev.start, prev.end))
        if city is None or prev.tail or council not in ("시의회", "군의회", "구의회") or any(a <= w.start < b for a, b in taken):
            continue
        cand = ctx.gz.by_iri.get(city.iri)
        own = cand.name_ko if cand is not None and cand.name_ko.endswith(council[0]) else prev.text + council[0]
        name = own + "의회"
        iri = minted("org", name)
        ctx.mentions.append(Mention(prev.start, w.start + len(council), name, iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", name, mentions=[Span(prev.start, w.start + len(council))],
                          alt={prev.text + " " + council}))
        city.via_title = True
        taken.append((prev.start, w.end))
    for j, w in enumerate(words[1:], 1):  # 사하구 의회, 시마네(島根)현 의회: a bare council after its place
        prev = words[j - 1]
        place = prev.text + prev.tail if _HANJA_GLOSS_TAIL.fullmatch(prev.tail) else \
            (None if prev.tail else prev.text)  # 사가(佐賀)현: the gloss is part of the word
        if strip_particle(w.text) != "의회" or place is None or any(a <= w.start < b for a, b in taken) or \
                not COUNCIL_PLACE_WORD.match(place):
            continue
        name = place + " 의회"
        iri = minted("org", name)
        ctx.mentions.append(Mention(prev.start, w.start + 2, name, iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", name, mentions=[Span(prev.start, w.start + 2)]))
        _place_names_body(ctx, prev)
        taken.append((prev.start, w.end))
    longer = [(m.start, m.end) for m in ctx.in_sentence(sent, types=("Organization",)) if " " in m.surface]
    taken += _hyphened_orgs(ctx, words)
    taken += _national_ministries(ctx, words)
    for w in words:
        if any(a <= w.start < b for a, b in taken) or any(a < w.start < b for a, b in longer):
            continue  # (후에시 인민평의회, read with its officer: its last word names no second body)
        if any(m.type == "Organization" and w.start < m.start < w.end for m in ctx.mentions):
            continue  # (최종필국제화추진위원회: the body read past the name glued to it)
        if any(a <= w.start < b for a, b in venues) and not _VENUE_BODY_END.search(strip_particle(w.text)):
            continue
        raw = w.lead + w.text if w.lead.startswith("(") else w.text
        name = strip_particle(_ORG_PREFIX.sub("", raw))
        dotted = _dotted_body(ctx, w)
        if dotted is not None:
            name = dotted  # 한·일친선협회, 전국시장·군수·구청장협의회: short words joined by dots, one name
            taken.append((w.start + 1, w.start + len(name)))  # (its other words name no body of their own)
        elif not _ORG_NAME_WORD.fullmatch(name):
            continue
        suffix = org_suffix(name)
        if suffix is None or name in ORG_STOP or (len(name) - len(suffix) < 2 and name not in ORG_BARE_OK and
                                                  not (suffix in _TROUPES and _city_troupe(ctx, words, w))):
            continue
        if suffix in _TROUPES and _generic_troupe(name, suffix) and not _city_troupe(ctx, words, w):
            continue  # 국악공연단, 축하공연단: a kind of troupe, not one named (but 광명시의 시립농악단 is one)
        if name.endswith("단") and SENT_GROUP_AFTER.match(ctx.text, w.start + len(name)):
            continue  # 의료지원단을 파견했다: a group sent, a delegation (no organisation)
        s = w.start + (w.text.find(name) if name in w.text else 0)
        kind_word = words[words.index(w) - 1] if suffix in _TEAM_HEADS and words.index(w) >= 2 else None
        if kind_word is not None and kind_word.text in GENERIC_TROUPE_STEMS and _city_troupe(ctx, words, w) and \
                s == w.start:  # 안산시 유소년 축구단: the town, the team's kind and the team, one name
            town = words[words.index(w) - 2]
            name, s = f"{town.text} {kind_word.text} {name}", town.start
            for c in ctx.mentions:
                if c.type == "City" and c.start == town.start:
                    c.via_title = True
            _org_mention(ctx, name, s)
            continue
        if name[: -len(suffix)] in GENERIC_ORG_STEMS:  # 조직위원회 alone names no one; 축제 조직위원회 does
            idx = words.index(w)
            before = words[idx - 1] if idx else None
            if before is None or before.tail or not _ORG_NAME_LEAD.fullmatch(before.text) or \
                    strip_particle(before.text) != before.text or any(t == "ETM" for _, t in tags(before.text)):
                continue  # (… 등으로 구성된 준비위원회, 새로운 조직위원회: a clause or an adjective, no name)
            name = before.text + " " + name
            s = before.start
            for c in ctx.mentions:
                if c.type == "City" and c.start == before.start:
                    c.via_title = True
        idx = words.index(w)
        lead = words[idx - 1] if idx else None
        paired = lead is not None and re.fullmatch(r"[\uac00-\ud7a3]{2,8}-[\uac00-\ud7a3]{2,8}", lead.text) is not None and \
            any(c.type == "City" and lead.start <= c.start < lead.end for c in ctx.mentions)  # 브레아-안성 자매도시협회
        owner = cities.get((lead.start, lead.end)) if lead is not None else None
        kept_end = (suffix in _TROUPES and not name.startswith(tuple(places.province_shorts()))) or (
            suffix.endswith("센터") and name[:-len("센터")].endswith(OWNED_CENTRE_WORKS))  # (not 충남안정국악단: a province's)
        owned = lead is not None and owner is not None and (not owner.qualifier or (
            _region_owner(ctx, owner) and suffix.endswith(REGION_BODY_ENDS))) and \
            (kept_end or not suffix.endswith(NOT_OWNED_BODY_ENDS)) and strip_particle(lead.text) == lead.text and \
            name not in ORG_BARE_OK
        placed = _spaced_place_before(ctx, words, idx) if lead is not None and not lead.tail and s == w.start else None
        if placed is not None and lead is not None:  # 몽고메리 카운티 한인회: the place, its level word apart, then
            short = minted("org", name)  # the organisation
            name, s = placed.text + " " + lead.text + " " + name, placed.start
            _rename_org(ctx, short, minted("org", name))
        elif lead is not None and not lead.tail and s == w.start and (ORG_LEAD_WORD.match(lead.text) or paired or owned):
            short = minted("org", name)
            name, s = lead.text + " " + name, lead.start  # VSB 공과대학, 국회 환경노동위원회, 장자제시 농업농촌국
            _rename_org(ctx, short, minted("org", name))
            if owned and owner is not None:
                owner.via_title = True
        _org_mention(ctx, name, s, alt={strip_particle(raw.strip())} - {name})
        for c in ctx.mentions:  # 사천시의회 speaks of the council, not of the city as an actor
            if c.type == "City" and s <= c.start < s + len(name):
                c.via_title = True
    _dot_listed_bodies(ctx, words, taken)
    _shared_head_bodies(ctx, sent, taken)
    _spaced_troupes(ctx, words, taken)
    _branches_abroad(ctx, words)
    _units_of_bodies(ctx, words)
    _described_bodies(ctx, sent)


def _dot_listed_bodies(ctx: Ctx, words: list[Word], taken: list[tuple[int, int]]) -> None:
    """Bodies listed with dots in one word (``시·시의회·영천문화재단·영천상공회의소 관계자``): each item that names a body
    with its place (``영천``) is an organisation; bare levels and councils (``시``, ``시의회``) and kinds of body
    (``대학병원``, ``국제교류센터``) are none, and a dotted word that names one body (``한·일친선협회``) is left whole."""
    for w in words:
        if "·" not in w.text or _dotted_body(ctx, w) is not None or any(a <= w.start < b for a, b in taken):
            continue
        pos = w.start
        for part in w.text.split("·"):
            s, pos = pos, pos + len(part) + 1
            name = strip_particle(part)
            suffix = org_suffix(name) if _ORG_NAME_WORD.fullmatch(name) else None
            if suffix is None or not any(_is_place_stem(ctx, name[:k]) for k in range(2, min(5, len(name) - len(suffix) + 1))):
                continue  # (only a body named with its place, 영천문화재단; not a kind listed, 대학병원·종합병원)
            if name in ORG_STOP or len(name) - len(suffix) < 2 or \
                    name[:-len(suffix)] in GENERIC_ORG_STEMS or (suffix in _TROUPES and _generic_troupe(name, suffix)) or \
                    any(x.start < s + len(name) and s < x.end for x in ctx.mentions):
                continue
            _org_mention(ctx, name, s)


def _spaced_troupes(ctx: Ctx, words: list[Word], taken: list[tuple[int, int]]) -> None:
    """``프라이부르크 합창단``, ``카메라타 보칼 프라이부르크 합창단``, ``리옹 청소년 합창단``: a troupe's head written apart
    after a town abroad (a word of its members between, if any) is that town's troupe, its name taking in up to two
    foreign words before the town (a choir's own name); not a Korean city's (``수원 합창단`` is read elsewhere) and
    not a bare kind (``축하 합창단``)."""
    for j, w in enumerate(words):
        head = strip_particle(w.text)
        if head not in SPACED_TROUPE_HEADS or j == 0 or any(a <= w.start < b for a, b in taken):
            continue
        k = j - 1
        if words[k].text in TROUPE_MEMBER_WORDS and k >= 1:
            k -= 1
        town = next((m for m in ctx.mentions if m.type == "City" and m.start == words[k].start and
                     m.end == words[k].end and "/city/kr/" not in str(m.iri)), None)
        known = town is not None or any(c.type == "City" and c.country not in (None, "KR") and c.level == "city"
                                        for c in ctx.gz.lookup(words[k].text))
        if not known or any(x.tail for x in words[k:j]):
            continue  # (a town abroad, read or known: 프라이부르크 alone is no place the reader takes without 시)
        first = k
        led = j + 1 < len(words) and TROUPE_PERSON_AFTER.match(words[j + 1].text) is not None
        while not led and first >= 1 and k - first < 2 and not words[first - 1].tail and \
                strip_particle(words[first - 1].text) == words[first - 1].text and \
                unknown_name(words[first - 1].text) and not _is_mention(ctx, words[first - 1]):
            first -= 1  # (카메라타 보칼: the choir's own name, foreign words Kiwi does not know)
        name = " ".join(x.text for x in words[first:j]) + " " + head
        iri = minted("org", name)
        span = Span(words[first].start, w.start + len(head))
        ctx.mentions.append(Mention(span.start, span.end, name, iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", name, mentions=[span]))
        if town is not None:
            town.via_title = True
        taken.append((span.start, span.end))


def _shared_head_bodies(ctx: Ctx, sent: Sentence, taken: list[tuple[int, int]]) -> None:
    """``대전시 태권도 및 우슈협회``: two fields sharing one body's head after a city: the first is that city's body of
    its field with the head (``대전시 태권도협회``; the second, ``우슈협회``, is read as written)."""
    cities = {(c.start, c.end) for c in ctx.in_sentence(sent, types=("City",))}
    for m in SHARED_HEAD_BODIES.finditer(sent.text):
        city_end = sent.start + m.end("city")
        city_start = sent.start + m.start("city")
        if not any(a == city_start and b in (city_end, city_end - 1) for a, b in cities):
            continue
        s = sent.start + m.start("field")
        if any(a <= s < b for a, b in taken) or m.group("field") in GENERIC_ORG_STEMS or \
                m.group("field").endswith(("과", "팀", "국", "실")) or m.group("field") in PEOPLE_GROUP_FIELDS or \
                any(x.type == "Organization" and x.start <= s < x.end for x in ctx.mentions):
            continue  # (강릉시 관광과 호텔협회: an office and a body; 김해시 축구·배구협회 read whole; 청소년과 시민협회)
        name = f"{m.group('city')} {m.group('field')}{m.group('head')}"
        iri = minted("org", name)
        ctx.mentions.append(Mention(city_start, sent.start + m.end("field"), name, iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", name, mentions=[Span(city_start, sent.start + m.end("field"))]))


#: a word after a name that makes it a person's (``응우옌 씨``, ``가네모토 대표``)
_PERSON_AFTER_BODY_NAME = re.compile(r"\s*(?:씨|님|대표|회장|사장|이사장)(?![\uac00-\ud7a3]{2})")


def _described_bodies(ctx: Ctx, sent: Sentence) -> None:
    """``여행사 협회인 아스틴도와``, ``국영관광기업인 사이공투어리스트``: a name right after the kind of body it is, no
    word of Kiwi's dictionary (not ``기업인 20명``, nor ``기업인 김철수 대표``: a person)."""
    for m in KIND_THEN_BODY.finditer(sent.text):
        name = re.sub(r"(?:와|과)$", "", m.group("name")) if m.group(0).endswith("의") else m.group("name")
        start = sent.start + m.start("name")  # (사이공투어리스트와의: the name without its two particles)
        if any(x.start <= start < x.end for x in ctx.mentions) or name in NAME_STOP or name in PERSON_STOP or \
                _PERSON_AFTER_BODY_NAME.match(sent.text, m.end()) or (name.isascii() and len(name) <= 4 and name.isupper()):
            continue  # (… 씨, … 대표: a person; CEO, VIP: no body)
        ts = tags(name)
        if not name.isascii() and (not (any(t == "NNP" for _, t in ts) or (unknown_name(name) and "기업인" not in m.group(0)))
                                   or any(t.startswith(("V", "E")) for _, t in ts)):
            continue  # (words of the dictionary, 기업인 초청간담회, or one with an ending: no name; a word Kiwi does
            # not know is one: 사단법인 디아코니아, but not after 기업인, a businessperson: 여성기업인 응우옌티마이)
        _org_mention(ctx, name, start)


def _region_owner(ctx: Ctx, m: Mention) -> bool:
    """A province, prefecture or state abroad right before an association's name owns it (``히로시마현 한일친선협회``),
    though it only locates otherwise (``나가노현 미도리중학교``: the school)."""
    cand = ctx.gz.by_iri.get(m.iri)
    return cand is not None and cand.level == "region" and cand.country not in (None, "KR")


def _org_mention(ctx: Ctx, name: str, start: int, *, alt: set[str] | None = None) -> URIRef:
    """Record an organisation written as ``name`` at ``start``: its mention and its entity (with ``alt`` names)."""
    iri = minted("org", name)
    ctx.mentions.append(Mention(start, start + len(name), name, iri, "Organization", "org"))
    ctx.entity(Entity(iri, "Organization", name, mentions=[Span(start, start + len(name))], alt=alt or set()))
    return iri


def _national_ministries(ctx: Ctx, words: list[Word]) -> list[tuple[int, int]]:
    """``우즈베키스탄 외교부``, ``한국 외교부``: a nation's ministry, named with the nation before it (a bare ministry
    names none). The spans read."""
    out: list[tuple[int, int]] = []
    for prev, w in pairwise(words):
        name = strip_particle(w.text)
        if name not in NATIONAL_MINISTRIES or prev.tail or not _is_mention(ctx, prev, ("Country",)) or \
                strip_particle(prev.text) != prev.text:
            continue
        _org_mention(ctx, prev.text + " " + name, prev.start)
        out.append((prev.start, w.end))
    return out


def _hyphened_orgs(ctx: Ctx, words: list[Word]) -> list[tuple[int, int]]:
    """Organisations written with a hyphen: two bodies paired (``경남도립거창대학-동나이대학 대학교류``: each its own), or
    one body named for two nations (``한-베트남친선의원연맹``). The spans read, for the word-by-word reading to skip."""
    out: list[tuple[int, int]] = []
    for w in words:
        name = strip_particle(w.text.split(")")[0])  # (…, 양평고-조장시제일고)의: the bracket closes the list)
        parts = name.split("-")
        if len(parts) != 2 or not all(_ORG_NAME_LEAD.fullmatch(x) or _ORG_NAME_WORD.fullmatch(x) or x in NATION_SHORTS
                                      for x in parts):
            continue
        if all(_org_iri(ctx, x) is not None or (_school_short(x) and any(
                _org_iri(ctx, y) is not None or _school_short(y) for y in parts if y != x)) for x in parts):
            found = [(parts[0], w.start), (parts[1], w.start + len(parts[0]) + 1)]  # (단월중-조장시실험중학교: schools)
        elif _org_iri(ctx, parts[1]) is not None and (parts[0] in NATION_SHORTS or any(
                c.type == "Country" for c in ctx.gz.lookup(parts[0]))):
            found = [(name, w.start)]
        else:
            continue
        for text, at in found:
            _org_mention(ctx, text, at)
        out.append((w.start, w.start + len(name)))
    return out


def _dotted_body(ctx: Ctx, w: Word) -> str | None:
    """The body named by short words joined by dots that ``w`` opens (``한·일친선협회``, ``전국시장·군수·구청장협의회``):
    its last word a body's with a name before the body's word, no earlier word a body or a level (not
    ``스포츠·미술·박물관``, ``도의회·시의회``, ``시·군의회``: things or bodies listed) and no place inside."""
    if "·" not in w.raw or not ctx.text.startswith(w.raw, w.start):
        return None  # (only the first word of the dotted whole opens it)
    dotted = DOTTED_BODY.fullmatch(strip_particle(w.raw))
    if dotted is None:
        return None
    *before, last = dotted.group(0).split("·")
    heads = all(x in ("시", "군", "구", "도") for x in before) and LEVELS_HEADS_BODY.fullmatch(last) is not None
    # (시·도지사협의회, 시·군·구의회 의장협의회: the heads of the levels listed, one association of them)
    if not heads and (len(last) <= len(org_suffix(last) or last) or any(
            org_suffix(x) is not None or x in ("시", "군", "구", "도") for x in before)):
        return None
    if any(c.type in ("City", "Country") and w.start <= c.start < w.start + len(w.raw) for c in ctx.mentions):
        return None
    return dotted.group(0)


def _school_short(word: str) -> bool:
    """``word`` is a school written short (``단월중``, ``양평고``): a name, then 초, 중 or 고, the name no common noun
    (not ``추진중``, ``협의중``)."""
    m = SCHOOL_SHORT.fullmatch(word)
    return m is not None and not common_noun_alone(word[:m.start(1)])


def _spaced_place_before(ctx: Ctx, words: list[Word], idx: int) -> Word | None:
    """The place's name before an organisation's name led by a level word written apart (``몽고메리 카운티
    한인회``, ``메릴랜드 주 국제개발센터``): the word two before, when it is a place (a mention or a name the
    gazetteer knows), else None."""
    if idx < 2 or words[idx - 1].text not in SPACED_LEVEL_WORDS:
        return None
    place = words[idx - 2]
    if place.tail or strip_particle(place.text) != place.text:
        return None
    known = _is_mention(ctx, place, ("City", "Country")) or any(
        c.type == "City" for c in ctx.gz.lookup(place.text + words[idx - 1].text))
    if words[idx - 1].text == "카운티" and _name_part(place.text) and place.text not in PERSON_STOP and \
            not nominal_like(place.text):
        return place  # 하워드 카운티: the level word says a place, known or not
    return place if known or ctx.gz.lookup(place.text) else None


# --- name shapes, glued names, bodies by position ------------------------------------------------------------

@lru_cache(maxsize=65536)
def name_shape(text: str) -> str | None:
    """The name-shape rule a word matches whatever its syllables (``체.바트바야르``), else None (memoised: every
    word of every sentence is asked).

    >>> name_shape("체.바트바야르"), name_shape("게. 강투무르"), name_shape("바트바야르"), name_shape("3.1절")
    ('patronymic_initial', 'patronymic_initial', None, None)
    """
    return next((k for k, rx in NAME_SHAPES.items() if rx.fullmatch(text)), None)


_GLUED_ENDS = tuple({t[-1] for t in GLUED_TITLES})


#: the bodies whose name ends in 회 (협회, 연합회, 체육회 …): a word ending in one and 장 is its chair's title
_HOE_BODIES = tuple(s for s in ORG_SUFFIXES if len(s) >= 2 and s.endswith("회"))


def glued_split(word: str, *, is_place: Callable[[str], bool] = lambda s: False) -> tuple[str, str] | None:
    """(name, title) for a personal name written against its title (``이석우시장``, ``체.바트바야르시장``).

    ``is_place`` tells a place stem (광명시장 is Gwangmyeong's mayor, 남양주시장 too), never a name.

    >>> glued_split("이석우시장"), glued_split("김영수의장"), glued_split("체.바트바야르시장")
    (('이석우', '시장'), ('김영수', '의장'), ('체.바트바야르', '시장'))
    >>> glued_split("광명시장"), glued_split("남대문시장"), glued_split("부의장"), glued_split("시의회의장")
    (None, None, None, None)
    >>> glued_split("국제전시장"), glued_split("우호협회장"), glued_split("이석우회장")
    (None, None, ('이석우', '회장'))
    >>> glued_split("김미영의원"), glued_split("국회의원"), glued_split("민주당의원"), glued_split("조은한의원")
    (('김미영', '의원'), None, None, None)
    >>> glued_split("박내과의원"), glued_split("우리들의원"), glued_split("서울대의원"), glued_split("주상원의원")
    (None, None, None, None)
    """
    if not word.endswith(_GLUED_ENDS) or word.endswith(VENUE_NOUNS_ENDING_LIKE_TITLES):
        return None  # (국제전시장: an exhibition hall, no 국제전 glued to 시장)
    for title in GLUED_TITLES:
        if not word.endswith(title) or len(word) <= len(title):
            continue
        name = word[: -len(title)]
        if name in GLUED_NAME_STOP or name in PERSON_STOP or is_place(name):
            return None
        if title == "의원" and (name.endswith(NOT_NAME_BEFORE_UIWON) or word.endswith(("대의원", "상원의원", "하원의원"))):
            return None  # 한의원, 내과의원, 우리들의원 (clinics), 대의원, 주상원의원: no name glued to 의원
        if title.startswith("회") and any((name + "회").endswith(b) and common_noun_alone((name + "회")[:-len(b)])
                                         for b in _HOE_BODIES):
            return None  # 우호협회장: the chair (회장) of a 우호협회 (우호, a common noun, then 협회), no 우호협 glued to 회장
            # (not 이은지회장, 박재상회장: names, though 지회 and 상회 are bodies too)
        if name_shape(name):
            return name, title
        korean = is_hangul_word(name, 3, 3) or (len(name) == 4 and name[:2] in KOREAN_SURNAMES)
        if korean and is_korean_name(name) and name[-1] not in "시군구도의회" and not name.endswith(("부", "청", "당")):
            return name, title
        return None
    return None


def _is_place_stem(ctx: Ctx, stem: str) -> bool:
    return bool(ctx.gz.lookup(stem) or ctx.gz.lookup(stem + "시") or ctx.gz.lookup(stem + "군")
                or ctx.gz.lookup(stem + "구"))


def _council_in(ctx: Ctx, sent: Sentence) -> tuple[str, Span] | None:
    """A bare council word standing in the sentence (``남양주시와 의회를``), as written."""
    for w in sent.words():
        t = strip_particle(w.text)
        if t in BARE_COUNCILS:
            return t, Span(w.start, w.start + len(t))
    return None


def _bare_council(ctx: Ctx, written: str, span: Span) -> URIRef | None:
    """The organisation a bare council word names: the article's own council, labelled as written too."""
    level = written[0] if written != "의회" else None
    main = ctx.main_cities(suffix=level) if level else ctx.main_cities()
    cand = ctx.gz.by_iri.get(main[0]) if main else None
    if cand is None or not cand.name_ko or (level and not cand.name_ko.endswith(level)):
        return None
    full = cand.name_ko + "의회"
    iri = minted("org", full)
    ctx.org_names.setdefault(iri, (full, span))
    ctx.org_alt.setdefault(iri, set()).add(written)
    return iri


def _delegation_sender(ctx: Ctx, pos: int) -> URIRef | None:
    """The one city abroad whose delegation the sentence at ``pos`` or the two before it name (``린이시 대표단``)."""
    i = next((k for k, s in enumerate(ctx.sentences) if s.start <= pos < s.end), None)
    if i is None:
        return None
    lo = ctx.sentences[max(0, i - 2)].start
    senders = {m.iri for m in ctx.mentions if m.type == "City" and lo <= m.start < ctx.sentences[i].end and
               "/city/kr/" not in str(m.iri) and DELEGATION_AFTER_CITY.match(ctx.text, m.end)}
    return senders.pop() if len(senders) == 1 else None


def list_mates_abroad(ctx: Ctx) -> None:
    """``쑨리 옌청시 부시장, 천하오 상무국장, 왕메이 외사판공실 주임 등``: officers listed after one of a city abroad, with a
    title but no body of their own, are officers of that city (the list of its delegation); a Korean city's list is
    left alone (its officers are read with the article's own city)."""
    people = sorted((m for m in ctx.mentions if m.type == "Person"), key=lambda m: m.start)
    for prev, cur in pairwise(people):
        body = ctx.person_body.get(prev.iri)
        if body is None or cur.iri in ctx.person_body or cur.iri not in ctx.person_title or \
                "/city/" not in str(body) or "/city/kr/" in str(body):
            continue
        if not LISTED_OFFICER_GAP.fullmatch(ctx.text, prev.end, cur.start) or \
                re.search(r"(?:고|며|서|했|었|았|을|를)\s*,", ctx.text[prev.end:cur.start]):
            continue  # (… 부시장을 만났고, 김민수 국장은: another clause)
        sent = ctx.sentence_of(cur.start)
        if sent is None or not DELEGATION_WORD.search(ctx.text, sent.start, sent.end) or any(
                m.type == "City" and "/city/kr/" in str(m.iri) and cur.start < m.start < sent.end and
                CITY_STAFF_AFTER.match(ctx.text, m.end) for m in ctx.mentions):
            continue  # (only a delegation's list, not one closed by the host's people: … 등 김해시 관계자들)
        ctx.person_body[cur.iri] = body
        ctx.fact(cur.iri, V.SCHEMA.worksFor, body, sent)


#: the word right before a position (``(\S+) $`` searched up to it)
_WORD_BEFORE = re.compile(r"(\S+) $")


def staff_of_the_city(ctx: Ctx) -> None:
    """``기획예산과 김민수 과장``, ``차은탁 행정과장``: a Korean officer of a department (a team or section title, or a
    department word before the name) with no body of their own works for the article's own Korean city, when the
    article has one (its most acting city is Korean)."""
    ranked = ctx.main_cities()
    if not ranked or "/city/kr/" not in str(ranked[0]):
        return
    for m in sorted((m for m in ctx.mentions if m.type == "Person"), key=lambda m: m.start):
        title = ctx.person_title.get(m.iri) or ""
        if m.iri in ctx.person_body or not is_korean_name(m.surface):
            continue
        if re.match(r" (?:시|군|구|도) ", ctx.text[m.end:m.end + 3]):
            continue  # (이수민 군 관광과장 in an article of a 시: the level names another body, read with the title)
        before = _WORD_BEFORE.search(ctx.text, max(0, m.start - 20), m.start)
        dept_before = before is not None and CITY_DEPARTMENT_WORD.fullmatch(before.group(1)) is not None
        if not (STAFF_TITLE.fullmatch(title) and (dept_before or title not in STAFF_TITLES_ALONE)):
            continue  # (a 과장 with no department named may be any body's)
        sent = ctx.sentence_of(m.start)
        if sent is None:
            continue
        lead_at = before.start(1) if before is not None and dept_before else m.start
        owner = _WORD_BEFORE.search(ctx.text, max(sent.start, lead_at - 30), lead_at)
        if owner is not None and re.fullmatch(r"[\uac00-\ud7a3A-Za-z]+", owner.group(1)) and \
                strip_particle(owner.group(1)) == owner.group(1) and not re.search(r"\d", owner.group(1)):
            continue  # (강원도청 국제교류과 한지민 과장, 강원대학교 국제교류팀 최유진 팀장: another body's department)
        if any(c.type == "City" and "/city/kr/" not in str(c.iri) and sent.start <= c.start < m.start
               for c in ctx.mentions) or CAME_FROM.search(ctx.text, sent.start, m.start):
            continue  # (만달군에서 온 교환근무원 장민 주무관, 만달군청 교류협력과 김바트 팀장: the town abroad's staff)
        ctx.person_body[m.iri] = ranked[0]
        ctx.fact(m.iri, V.SCHEMA.worksFor, ranked[0], sent)


def join_short_names(ctx: Ctx) -> None:
    """A foreign person named by one word and a title before the article gives the whole name (a headline's
    ``우에다 시장`` before ``우에다 후미오 시장``) is that person: one entity, the whole name's body."""
    people = [e for e in ctx.reading.entities.values() if e.type == "Person"]
    joined: dict[URIRef, URIRef] = {}
    for short in people:
        if " " in short.name:
            continue
        title = ctx.person_title.get(short.iri)
        whole = [e for e in people if e.name.split(" ")[0] == short.name and " " in e.name
                 and ctx.person_title.get(e.iri) == title]
        if title is not None and len(whole) == 1:
            joined[short.iri] = whole[0].iri
    if not joined:
        return
    ctx.reading.facts = [f for f in ctx.reading.facts if not (f.s in joined and f.p == V.SCHEMA.worksFor)]
    for m in ctx.mentions:
        if m.iri in joined:
            m.iri = joined[m.iri]
    for name, iri in list(ctx.persons.items()):
        ctx.persons[name] = joined.get(iri, iri)
    for iri, to in joined.items():
        ctx.person_body.pop(iri, None)
        ctx.person_title.pop(iri, None)
        gone, kept = ctx.reading.entities.pop(iri), ctx.reading.entities[to]
        kept.mentions += gone.mentions  # the whole name stays the entity's name
        kept.alt.add(gone.name)
    ctx.reading.rename(joined)


def _topic_city(ctx: Ctx, sent: Sentence, start: int) -> URIRef | None:
    """The city a sentence puts right before a person: ``울란바토르시'는 체.바트바야르시장``,
    ``바이양걸구 대표단은 부르마 발도르즈 부의장``."""
    prev = [m for m in ctx.mentions if m.type == "City" and sent.start <= m.start < start]
    if prev and prev[-1].qualifier and not ctx.text[prev[-1].end:start].isspace():
        prev = [m for m in prev if not m.qualifier]  # a region only locating the next place
    if prev and CITY_TO_PERSON_LINK.match(ctx.text[prev[-1].end:start]):
        prev[-1].via_title = True
        prev[-1].qualifier = False  # 베트남 빈증성 보반민 성장: the region right before its head's name is his body
        return prev[-1].iri
    return None


def _visited_city(ctx: Ctx, sent: Sentence, start: int) -> URIRef | None:
    """The city visited right before a name (``친황다오시를 방문해 장루이슈 시장과``)."""
    prev = [m for m in ctx.mentions if m.type == "City" and sent.start <= m.start < start]
    return prev[-1].iri if prev and VISITED_TO_PERSON_LINK.match(ctx.text[prev[-1].end:start]) else None


def _head_in_brackets(ctx: Ctx, words: list[Word], i: int) -> bool:
    """Word ``i`` is a body whose head follows in brackets (``서울동부지사(지사장 이두리)``), not a title."""
    return ctx.text.startswith("(", words[i].end) and i + 1 < len(words) and words[i + 1].lead.startswith("(") and \
        title_of(words[i + 1].text) is not None


#: a count of people after a group's title (``의원 7명``, ``위원 5명이``)
_HEADCOUNT = re.compile(r"\d{1,3}명")


def _group_heads(ctx: Ctx, sent: Sentence, words: list[Word]) -> None:
    """``김철수 등 광명시의회 의원 5명``, ``짱룽씬(莊榮欽) 등 시의원 7명``: a name, 등, then a group counted by its title:
    the one named holds that title (in the body written before it, if any)."""
    for i, w in enumerate(words):
        if w.text != "등" or w.tail or i == 0 or i + 2 >= len(words):
            continue
        nm = words[i - 1]
        glossed = re.search(r"\([\u4e00-\u9fff]{2,4}\)$", nm.raw) is not None
        if (nm.tail and not glossed) or not (is_korean_name(nm.text) or (glossed and _name_part(nm.text)
                                                                          and not nominal_like(nm.text))) \
                or any(m.start < nm.end and nm.start < m.end for m in ctx.mentions) \
                or _locating_place(ctx, nm.text) or nm.text in places.province_shorts():
            continue  # (강남 등 구청장 5명, 전북 등 도지사 3명: places, no names)
        for j in (i + 1, i + 2):  # the title right after 등, or after the body's name
            if j + 1 >= len(words) or words[j].tail or words[j - 1].tail:
                break
            tw = title_of(strip_particle(words[j].text))
            if tw is None or not _HEADCOUNT.fullmatch(strip_particle(words[j + 1].text)):
                continue
            title, named = tw
            body = _body(ctx, words[j], named) if named else _body(ctx, words[i + 1], None) if j == i + 2 else None
            person(ctx, nm.text, Span(nm.start, nm.end), title=title, body=body, sent=sent)
            break


def _names_glued_to_bodies(ctx: Ctx, sent: Sentence, words: list[Word]) -> None:
    """``최종필국제화추진위원회 부위원장``: a Korean name written against the body it serves, then a title word: the
    person (the three syllables Kiwi reads as a proper noun) and the body (the rest, a name with a body's ending);
    not a body whose name opens like a name (``한국국제교류재단 이사장``: Kiwi reads 한국, no three-syllable name)."""
    for i, (w, nxt) in enumerate(pairwise(words)):
        stem = strip_particle(w.text)
        tw = title_of(strip_particle(nxt.text))
        if w.tail or stem != w.text or len(stem) < 7 or tw is None:
            continue
        if i + 2 < len(words) and is_korean_name(strip_particle(words[i + 2].text)):
            continue  # (김대중평화센터 이사장 이희호: the title goes on to its own name)
        name, body = stem[:GLUED_NAME_LENGTH], stem[GLUED_NAME_LENGTH:]
        if name.endswith("대") or body.startswith("대"):
            continue  # (연세대국제학대학원 원장, 이화여대한국문화연구원: a university written short, then its institute)
        suffix = org_suffix(body)
        placed = any(ctx.gz.lookup(body[:k]) for k in range(2, min(len(body) - 1, 6)) if body[k - 1] in "시군구도")
        if suffix is None or len(body) - len(suffix) < 2 or not is_korean_name(name) or common_noun_alone(name) or \
                not (GLUED_BODY_LEAD.match(body) or placed) or ctx.gz.lookup(name) or \
                any(m.start < w.end and w.start < m.end for m in ctx.mentions):
            continue
        org = _org_mention(ctx, body, w.start + len(name))
        person(ctx, name, Span(w.start, w.start + len(name)), title=tw[0], body=org, sent=sent)


def _glued_people(ctx: Ctx, sent: Sentence, words: list[Word]) -> None:
    """Names written against their title (``이석우시장``), and dotted names (``게.강투무르 의회 대표``)."""
    people = [(m.start, m.end) for m in ctx.mentions if m.type == "Person" and m.end > sent.start]
    for i, w in enumerate(words):
        if any(a <= w.start < b for a, b in people):
            continue
        text = strip_particle(w.text)
        split = glued_split(text, is_place=lambda s: _is_place_stem(ctx, s))
        if split is not None and split[1] in COUNTY_HEADS_GLUED and any(
                x.text in VIETNAMESE_SURNAMES and not x.tail for x in words[max(0, i - 3):i]) and \
                all(is_hangul_word(x.text, 1, 3) and not x.tail for x in words[max(0, i - 2):i]):
            continue  # 쩐 유이 융 남짜미현장: after a name, a county (현) and its head, no name 남짜미 glued to a
            # title (but 중국 옥화현 임선화현장: after the county, a name glued to its title)
        if split is not None and not _is_mention(ctx, w, ("City", "Country")) and not _head_in_brackets(ctx, words, i):
            name, title = split
            body = _officer_body(ctx, sent, title, w.start)
            person(ctx, name, Span(w.start, w.start + len(name)), title=title, body=body, sent=sent)
            continue
        j = i + 1
        if w.tail == "." and len(w.text) <= 2 and is_hangul_word(w.text) and i + 2 < len(words) \
                and ctx.text[w.end + 1:w.end + 2] == " " and name_shape(w.text + ". " + words[i + 1].text):
            text = w.text + ". " + words[i + 1].text  # 바. 소드놈: the initial and the name as two words
            j = i + 2
        if name_shape(text) and j < len(words):  # 게.강투무르 의회 대표, 체.바트바야르 시장
            council = None
            if strip_particle(words[j].text) in BARE_COUNCILS and j + 1 < len(words):
                council = strip_particle(words[j].text)
                j += 1
            tw = title_of(strip_particle(words[j].text))
            if tw is None:
                continue
            title = tw[0] if council is None else "의회 " + tw[0]
            body = _body(ctx, words[j], tw[1]) if tw[1] else None
            if body is None:
                body = _officer_body(ctx, sent, tw[0], w.start)
            person(ctx, text, Span(w.start, w.start + len(text)), title=title, body=body, sent=sent)


def _delegation_city_after(ctx: Ctx, sent: Sentence, title_word: Word) -> URIRef | None:
    """``김가온 시장 등 나가노시 방문단``: the city whose delegation the titled person heads, named right after ``등``."""
    after = DELEGATION_CITY_AFTER.match(ctx.text, title_word.end)
    if after is None:
        return None
    at = after.start("city")
    return next((m.iri for m in ctx.in_sentence(sent, types=("City",)) if m.start == at), None)


def _delegation_topic_city(ctx: Ctx, sent: Sentence, start: int) -> URIRef | None:
    """``치즈정 우호교류단은 A 의장과 B 부의장, C 주사 등 5명으로 구성됐다``: each titled member listed in the make-up
    of a city's delegation, the sentence's topic, is that city's officer (not one named after the make-up)."""
    made = DELEGATION_COUNTED.search(sent.text)
    if made is None or sent.start + made.start() < start:
        return None
    return next((m.iri for m in ctx.in_sentence(sent, types=("City",))
                 if m.end <= start and DELEGATION_TOPIC.match(ctx.text, m.end) and
                 "/city/kr/" not in str(m.iri)), None)


#: a Korean local council named in full (``서울시의회``, ``당진시의회``)
_NAMED_COUNCIL = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{1,8}(?:시|군|구|도)의회)(?![\uac00-\ud7a3]{2})")


def _officer_body(ctx: Ctx, sent: Sentence, title: str, start: int) -> URIRef | None:
    """The body of a title written with no place: the council the sentence names (for a council officer),
    else the city the sentence puts before the person, else (for a mayor's title) the article's own city."""
    if title in COUNCIL_TITLES and title != "대표":
        rep = REPORTED_BY.search(sent.text)
        if rep is not None and rep.group("body").endswith("의회") and sent.start + rep.start("body") > start:
            iri = _org_iri(ctx, rep.group("body"))  # 홍길동 의장이 … 맞이했다고 보령시의회가 밝혔다: the reporter's
            if iri is not None:
                at = sent.start + rep.start("body")
                ctx.org_names.setdefault(iri, (rep.group("body"), Span(at, at + len(rep.group("body")))))
                return iri
        council = _council_in(ctx, sent)
        if council is not None:
            return _bare_council(ctx, *council)
        named = {strip_particle(w.text) for w in sent.words() if strip_particle(w.text).endswith("의회")
                 and w.end <= start and _org_iri(ctx, strip_particle(w.text)) is not None
                 and not _level_differs(title, strip_particle(w.text))}  # (박민수 도의원: no 군의회's)
        if len(named) == 1:  # 부산진구의회를 방문해 김재운 의장과: the one council the sentence names
            name = named.pop()
            iri = _org_iri(ctx, name)
            assert iri is not None  # `named` holds only the names _org_iri knows
            at = sent.text.find(name)
            ctx.org_names.setdefault(iri, (name, Span(sent.start + at, sent.start + at + len(name))))
            return iri
        first = re.match(r"[\uac00-\ud7a3]+", ctx.text[start:start + 8])
        if title in ("의장", "부의장", "의원") and not named and first is not None and is_korean_name(first.group(0)) \
                and (len(first.group(0)) != 3 or korean_given_name(first.group(0))):
            # (a Korean name: a foreign council's officer is not the Korean council's)
            before = {h.group(1): h for h in _NAMED_COUNCIL.finditer(ctx.text, 0, sent.start)
                      if _org_iri(ctx, h.group(1)) is not None}
            if len(before) == 1:  # 서울시의회 대표단이 … 방문했다. 대표단에는 최 의장 외에 박영희·이민호 의원이: the
                (name, hit), = before.items()  # one Korean council the article has named before
                iri = _org_iri(ctx, name)
                if iri is not None:  # (always: `before` holds only the names _org_iri knows)
                    ctx.org_names.setdefault(iri, (name, Span(hit.start(1), hit.end(1))))
                return iri
    city = _topic_city(ctx, sent, start)
    if city is not None:
        return city
    return None


def _city_body(ctx: Ctx, city: Mention, prev: Word, w: Word, body: str) -> None:
    """The body ``body`` of the city written as the word before it (``광명시 국제교류협회``), under that full
    name; a person's bare body of that name read earlier joins it."""
    name = prev.text + " " + body
    iri = minted("org", name)
    end = w.start + len(body)
    for bare in [m for m in ctx.mentions if m.type == "Organization" and w.start <= m.start < end and m.end <= end]:
        _rename_org(ctx, bare.iri, iri)  # 광명시 국제교류협회 김철수 회장: the body a person was given, under its full
        ctx.mentions.remove(bare)  # name (also its last word alone: 인민대표대회 상무위원회 왕리 부주임)
    ctx.mentions.append(Mention(prev.start, w.start + len(body), name, iri, "Organization", "org"))
    ctx.entity(Entity(iri, "Organization", name, mentions=[Span(prev.start, w.start + len(body))]))
    city.via_title = True


def _city_troupe(ctx: Ctx, words: list[Word], w: Word) -> bool:
    """``랴오청시의 서커스단``, ``광명시의 시립농악단``: a troupe a city owns (the city, then 의) is that city's one; so
    is a team written after the town (``스미다구 어린이축구단``, ``안산시 유소년 축구단``)."""
    idx = words.index(w)
    if not idx or words[idx - 1].tail:
        return False
    prev = words[idx - 1]
    if prev.text in GENERIC_TROUPE_STEMS and idx >= 2 and not words[idx - 2].tail and w.text.startswith(_TEAM_HEADS):
        prev = words[idx - 2]  # 안산시 유소년 축구단: a team's kind between the town and the team
    return (prev.text.endswith("의") or ((w.text.startswith(_TEAM_HEADS) or strip_particle(w.text).endswith(_TEAM_HEADS))
            and prev.text == strip_particle(prev.text))) and \
        any(m.type == "City" and m.start == prev.start for m in ctx.mentions)


def join_short_orgs(ctx: Ctx) -> None:
    """``국승현 국제화추진협의회장`` after ``하남시국제화추진협의회``: a body written without the place that opens its
    full name elsewhere in the article is that body (one organisation, under its full name)."""
    names = {iri: name for iri, (name, _span) in ctx.org_names.items()}
    names.update({iri: e.name for iri, e in ctx.reading.entities.items() if e.type == "Organization"})
    for short_iri, short in list(names.items()):
        longer = next((iri for iri, name in names.items() if iri != short_iri and any(
            short.endswith(cut) and name == short[:-len(cut)] + whole for cut, whole in SHORT_HEADS)), None)
        if longer is not None:  # 명지대 and 명지대학교: one university, under its full name
            _rename_org(ctx, short_iri, longer)
            names.pop(short_iri, None)
            continue
        if len(short) < 4:
            continue
        full = [(iri, name) for iri, name in names.items() if iri != short_iri and name.endswith(short) and
                (place := name[:-len(short)].strip()) and (ctx.gz.lookup(place) or ctx.gz.lookup(place + "시"))]
        if len(full) == 1:
            _rename_org(ctx, short_iri, full[0][0])
            names.pop(short_iri, None)


def join_council_names(ctx: Ctx) -> None:
    """One place's council named two ways (``부산광역시의회`` and ``부산시의회``, ``호치민시 인민의회`` and
    ``호치민시의회``): one organisation, under its longest name, the others kept as its other names."""
    by_council: dict[tuple[URIRef, str], list[Entity]] = {}
    for e in list(ctx.reading.entities.values()):
        if e.type != "Organization":
            continue
        key = _council_key(ctx, e.name.replace(" ", ""))
        if key is not None:
            by_council.setdefault(key, []).append(e)
    for names in by_council.values():
        if len(names) < 2:
            continue
        keep = max(names, key=lambda e: (len(e.name), e.name))
        for e in names:
            if e is not keep:
                keep.alt |= {e.name, *e.alt}
                keep.mentions += e.mentions
                _rename_org(ctx, e.iri, keep.iri)
        keep.alt.discard(keep.name)


def _council_key(ctx: Ctx, name: str) -> tuple[URIRef, str] | None:
    """(the place, the council) a body's name says: a place the gazetteer knows, then one of :data:`COUNCIL_WORDS`."""
    for word, council in COUNCIL_WORDS.items():
        if not name.endswith(word) or len(name) <= len(word) + 1:
            continue
        places_named = _cities_named(ctx, name[: -len(word)])
        if len(places_named) == 1:
            return next(iter(places_named)), council
    return None


def _rename_org(ctx: Ctx, old: URIRef, new: URIRef) -> None:
    """An organisation first read without the word that leads its name (a person's body ``환경노동위원회``,
    then ``국회 환경노동위원회``): one organisation, under its full name."""
    if old == new:
        return
    for person, body in list(ctx.person_body.items()):
        if body == old:
            ctx.person_body[person] = new
    gone = ctx.reading.entities.pop(old, None)  # the full name's entity is made by the caller, or here when only a
    if gone is not None and new not in ctx.reading.entities and new in ctx.org_names:  # title named it (no dangling
        name, span = ctx.org_names[new]  # IRI in the facts: 람동성 투자무역및관광촉진센터 센터장 with no name read)
        ctx.entity(Entity(new, "Organization", name, mentions=[*gone.mentions, span], alt=gone.alt | {gone.name}))
    ctx.reading.rename({old: new})
    ctx.org_names.pop(old, None)
    for m in ctx.mentions:
        if m.iri == old:
            m.iri = new


def _unit_city(ctx: Ctx, words: list[Word], k: int) -> URIRef | None:
    """The city whose government unit stands between it and the name at ``k``: ``남녕시 인민정부 소지강``,
    ``남녕시 임업국 진함화`` (one or two unit words, no particle between)."""
    j = k - 1
    units = 0
    while j >= 0 and units < 2 and not words[j].tail and (words[j].text in GOVERNMENT_UNITS or
                                                          NAME_PART_STOP_ENDINGS.match(words[j].text)):
        j -= 1
        units += 1
    if not units or j < 0 or words[j].tail:
        return None
    city = next((m for m in ctx.mentions if m.type == "City" and m.start == words[j].start and m.end == words[j].end), None)
    return city.iri if city is not None else None


def _other_level(ctx: Ctx, title: str, body: URIRef) -> bool:
    """A title that names its government's level (도의원, 시의원, 군의원, 구의원) and a body of another level."""
    e = ctx.reading.entities.get(body)
    return _level_differs(title, e.name if e is not None else "")


def _level_differs(title: str, body_name: str) -> bool:
    """``도의원`` and ``양평군의회``: the title's level (도, 시, 군, 구) is not the body's.

    >>> _level_differs("도의원", "양평군의회"), _level_differs("군의원", "양평군의회"), _level_differs("의원", "양평군의회")
    (True, False, False)
    """
    if len(title) < 3 or title[0] not in "도시군구" or not title[1:].startswith(("의원", "의장", "부의장")):
        return False
    level = body_name[:-2][-1:] if body_name.endswith("의회") else body_name[-1:]
    return level in ("도", "시", "군", "구") and level != title[0]


#: after a titled name: the group it leads, then the body's name (``회장을 비롯한 ``, ``단장 등 ``)
_LEADS_GROUP = re.compile(r"(?:을|를)?\s*(?:비롯한|비롯해|비롯하여|포함한|포함해|등)\s+")
#: the members of a body counted after its name (``회원 5명``, ``단원``): the body is the group's
_MEMBERS_AFTER = re.compile(r"(?:의)?\s*(?:회원|임원|단원|직원|위원|선수|관계자)")


def led_bodies(ctx: Ctx) -> None:
    """``스즈키 회장을 비롯한 다카마쓰시 한일친선협회 회원 5명``: a titled person with no body leads the members of the body
    named right after; the title is that body's."""
    for m in ctx.mentions:
        title = ctx.person_title.get(m.iri) or ""
        if m.type != "Person" or m.iri in ctx.person_body or title.rsplit(" ", 1)[-1] not in BODY_HEAD_TITLES:
            continue  # (김철수 대사를 비롯한 … 직원: an envoy heads no body's staff)
        if any(o.type == "Organization" and 0 <= m.start - o.end <= 1 for o in ctx.mentions):
            continue  # (광명시 체육회 김철수 회장을 비롯한 …: his body is the one written before him)
        after = re.match(r"\s*[\uac00-\ud7a3]{1,8}?(?=(?:을|를)?\s*(?:비롯|포함|등\s))", ctx.text[m.end:m.end + 14])
        if after is None or title_of(strip_particle(after.group(0).strip())) is None:
            continue
        led = _LEADS_GROUP.match(ctx.text, m.end + len(after.group(0)))
        if led is None:
            continue
        body = next((o for o in ctx.mentions if o.type == "Organization" and o.start == led.end() and not o.qualifier), None)
        sent = next((s for s in ctx.sentences if s.start <= m.start < s.end), None)
        if body is None or sent is None or not _MEMBERS_AFTER.match(ctx.text, body.end):
            continue
        _give_body(ctx, m.iri, body.iri, sent)




#: after a city's group: its count, 등, or the particle of the sentence's subject (not ``… 대표단을 맞이한``)
_GROUP_THEN_COUNT = re.compile(r"\s*(?:등\s*)?(?:\d{1,4}\s*(?:여\s*)?명|들?(?:이|가|과|와)\s)")


def led_city_groups(ctx: Ctx) -> None:
    """``박가온 부시장을 비롯한 야마토시 관계자 15명``: a city officer named with no city leads the officials (or the
    delegation) of the city named right after, so the office is that city's, not the article's own city's (not
    when a city is written before the name: ``영천시 박가온 부시장을 비롯한 …``)."""
    for m in ctx.mentions:
        title = (ctx.person_title.get(m.iri) or "").rsplit(" ", 1)[-1]
        if m.type != "Person" or title not in CITY_BOUND:
            continue
        after = re.match(r"\s*[\uac00-\ud7a3]{1,4}?(?=(?:을|를)\s*(?:비롯한|포함한)\s)", ctx.text[m.end:m.end + 10])
        led = _LEADS_GROUP.match(ctx.text, m.end + len(after.group(0))) if after is not None else None
        if after is None or led is None or strip_particle(after.group(0).strip()) != title or \
                any(x.iri == m.iri and x.start < m.start for x in ctx.mentions):
            continue  # (only 비롯한/포함한, which make the group the officer's; never a person named before)
        city = next((c for c in ctx.mentions if c.type == "City" and c.start == led.end() and not c.qualifier), None)
        sent = next((s for s in ctx.sentences if s.start <= m.start < s.end), None)
        end = city.end + len(city.rest) if city is not None else 0
        group = CITY_GROUP_AFTER.match(ctx.text, end) if city is not None else None
        if city is None or sent is None or group is None or \
                not _GROUP_THEN_COUNT.match(ctx.text, group.end()) or \
                CITY_GROUP_AFTER.search(ctx.text, group.end(), sent.end) is not None or \
                ctx.person_body.get(m.iri) == city.iri or not _level_fits(ctx, city, title) or \
                any(c.type in ("City", "Organization") and 0 <= m.start - c.end <= 2 for c in ctx.mentions):
            continue
        old = ctx.person_body.pop(m.iri, None)
        ctx.reading.facts[:] = [f for f in ctx.reading.facts if not (f.s == m.iri and f.p == V.SCHEMA.worksFor and f.o == old)]
        _give_body(ctx, m.iri, city.iri, sent)


def _level_fits(ctx: Ctx, city: Mention, title: str) -> bool:
    """The city is of the level the title heads (부시장: a 시; 군수: a 군), or the title names no level."""
    level = next((lv for _e, lv, t in CITY_TITLES if t == title and lv), "")
    cand = ctx.gz.by_iri.get(city.iri)
    return not level or city.surface.endswith(level) or (city.rest or "").startswith(level) or \
        (cand is not None and cand.name_ko.endswith(level))


def _give_body(ctx: Ctx, iri: URIRef, body: URIRef, sent: Sentence) -> None:
    if iri in ctx.person_body:
        return
    ctx.person_body[iri] = body
    ctx.fact(iri, V.SCHEMA.worksFor, body, sent)


#: a party's name right after a person's name (``최영희 국민의힘 대표``, ``박민수 더불어민주당 위원장``)
_PARTY_AFTER = re.compile(rf"\s{PARTY_NAME}\s")


def _pair_bodies(ctx: Ctx, sent: Sentence) -> None:
    """Name–title pairs joined by 과/와/,/·/및/을 비롯해 share the first pair's body when they name none and
    their title is an officer's: ``빈시의 A 시장과 B 의장``, ``연해주 A 지사, B 부지사``, ``○○구의회 A 의장을
    비롯해 B 부의장``."""
    _listed_names(ctx, sent)
    people = sorted((m for m in ctx.mentions if m.type == "Person" and sent.start <= m.start < sent.end),
                    key=lambda m: m.start)
    for a, b in pairwise(people):
        if b.iri in ctx.person_body or a.iri not in ctx.person_body or a.iri == b.iri:
            continue
        body = ctx.person_body[a.iri]
        title = ctx.person_title.get(b.iri) or ""
        if not title.endswith(INHERIT_TITLE_ENDINGS) or ("/org/" in str(body) and title in CITY_BOUND):
            continue
        if _other_level(ctx, title, body):
            continue  # 이영희 양평군의회 부의장, 박민수 도의원: a provincial councillor, not the county council's
        if "/city/" in str(body) and not title_fits(title, _place_name(ctx, body)):
            continue  # 김영호 영암군수와 모리타 시장: a county has no mayor; the mayor is another city's
        if "/city/kr/" in str(body) and not (is_korean_name(b.surface) or _name_like_place(ctx, b.surface)):
            continue  # 박상돈 천안시장, 메흐멧 일디즈 부시장: a foreign officer is not the Korean city's
        if "/city/" in str(body) and "/city/kr/" not in str(body) and title in KOREAN_ONLY_HEADS:
            continue  # 팍세시 솜폰 시리 시장과 김민호 군수: a county's or a district's head of Korea, not the city abroad's
        if (_PARTY_AFTER.match(ctx.text, b.end) or b.surface.endswith("당")) and not title.endswith("의원"):
            continue  # … 의원, 최영희 국민의힘 대표: a party's officer, not the council's
        m = PAIR_BETWEEN.match(ctx.text[a.end:b.start])
        if m is not None and (not m.group(1) or title_of(m.group(1)) is not None):
            _give_body(ctx, b.iri, body, sent)


def _single_foreign(ctx: Ctx, sent: Sentence, w: Word, title: str, named: str | None) -> bool:
    """One foreign name word before a title (``푸싯쏨찟 주지사``): only for titles no common noun precedes, or
    right after a foreign city (``오스틴시 아들러 시장``); a name of two syllables only right after its city and
    before a city's head (``우한시 후밍 시장``), never a common noun (``우한시 경제 부시장``)."""
    title = title.rsplit(" ", 1)[-1]  # 악화봉 상무 부시장: a rank before the title, the same title
    if len(w.text) == 2 and title in SHORT_FOREIGN_TITLES and named is None:
        return _two_syllable_foreign(ctx, sent, w)
    if len(w.text) < 3 or w.text in PERSON_STOP or nominal_like(w.text) or is_korean_name(w.text) or \
            PLACE_BEFORE_TITLE.match(w.text):
        return False
    if any(m.type in ("City", "Country", "Organization") and m.start < w.end and w.start < m.end for m in ctx.mentions):
        return False
    if title in FOREIGN_SINGLE_TITLES:
        return True
    if title in FOREIGN_SINGLE_AFTER_CITY and named is None:
        city = _topic_city(ctx, sent, w.start) or _listed_mate_city(ctx, sent, w)
        if city is None and len(w.text) >= 4 and unknown_name(w.text):  # 카미아마쿠사시를 방문해 카와바타유우키
            city = _visited_city(ctx, sent, w.start) or _only_city_abroad(ctx, sent, title)  # 시장과: a long name
            # Kiwi does not know, of the city abroad visited right before, else of the one city abroad
        return city is not None and "/city/kr/" not in str(city)
    return False


def _listed_mate_city(ctx: Ctx, sent: Sentence, w: Word) -> URIRef | None:
    """The city abroad of the officer listed right before ``w`` (``바트 만달군수, 간바트 부군수``: the second is the
    first one's city's officer), when only that officer's title and a comma or 와/과 stand between; else None."""
    mate = max((m for m in ctx.mentions if m.type == "Person" and sent.start <= m.start and m.end <= w.start),
               key=lambda m: m.end, default=None)
    if mate is None or not LISTED_MATE_GAP.fullmatch(ctx.text[mate.end:w.start]):
        return None
    body = ctx.person_body.get(mate.iri)
    return body if body is not None and "/city/" in str(body) and "/city/kr/" not in str(body) else None


def _foreign_word(ctx: Ctx, w: Word) -> bool:
    """``w`` may be a foreign name written as one word: three syllables or more, no stop word, common noun, Korean
    name, place or body (``짠반녀``, ``레반탄``; not ``경제``, ``외사``, ``김민수``)."""
    t = w.text
    return len(t) >= 3 and t not in PERSON_STOP and t not in NAME_STOP and not nominal_like(t) and \
        not is_korean_name(t) and not ctx.gz.lookup(t) and not _is_mention(ctx, w) and \
        not common_noun_alone(t) and not PLACE_BEFORE_TITLE.match(t) and unknown_name(t)  # (not 대외협력, 투자유치)


def _two_syllable_foreign(ctx: Ctx, sent: Sentence, w: Word) -> bool:
    """``후밍`` in ``우한시 후밍 시장``: a two-syllable word written right after a city abroad, that Kiwi does not
    know as a common noun and that is no Korean name, place or stop word."""
    t = w.text
    if t in PERSON_STOP or nominal_like(t) or t in NAME_STOP or is_korean_name(t) or ctx.gz.lookup(t):
        return False
    ts = tags(t)
    if len(ts) != 1 or ts[0][1] != "NNP":
        return False  # 경제, 행정, 명예: a common noun or a word with an ending, no name
    if _is_mention(ctx, w):
        return False
    if re.search(r"\S(?:과|와)\s+$", ctx.text[max(sent.start, w.start - 8):w.start]):
        mate = max((m for m in ctx.mentions if m.type == "Person" and sent.start <= m.start < w.start),
                   key=lambda m: m.start, default=None)  # 조효위 시장대행과 만통 부시장: the officer listed with one of
        body = ctx.person_body.get(mate.iri) if mate is not None else None  # a city abroad
        if mate is not None and body is not None and "/city/" in str(body) and "/city/kr/" not in str(body) and \
                not re.search(r"[.,]", ctx.text[mate.end:w.start]):
            return True
    before = max((m for m in ctx.mentions if m.type == "City" and sent.start <= m.start and m.end <= w.start),
                 key=lambda m: m.end, default=None)
    if before is None or not ctx.text[before.end:w.start].isspace() or "/city/kr/" in str(before.iri):
        return False
    return _topic_city(ctx, sent, w.start) is not None


_NAME_WORDS = r"[\uac00-\ud7a3]{1,8}(?: [\uac00-\ud7a3]{1,8}){0,3}"
_DEPT_TITLE = "|".join(DEPARTMENT_TITLES)
#: a foreign government's department and its officer, the name after the department (``친황다오시 외사상무국의
#: 리우차이지아 국장``) or before the place (``응웬 쑤언 쭝 박닌성 문화체육관광국 부국장``)
_DEPT_THEN_NAME = re.compile(rf"(?P<dept>{DEPARTMENT_WORD})의? (?P<name>{_NAME_WORDS}) (?P<title>{_DEPT_TITLE})(?![\uac00-\ud7a3]{{2}})")
_NAME_THEN_DEPT = re.compile(rf"(?<![\uac00-\ud7a3])(?P<name>{_NAME_WORDS}) (?P<place>[\uac00-\ud7a3]{{2,10}}) "
                             rf"(?P<dept>{DEPARTMENT_WORD}) (?P<title>{_DEPT_TITLE})(?![\uac00-\ud7a3]{{2}})")


def _no_name_word(ctx: Ctx, w: str, at: int) -> bool:
    """The word ``w`` at ``at`` is no part of a person's name: a stop word, a common noun, a word with an ending, or
    a place or body already read there."""
    return w in PERSON_STOP or w in NAME_STOP or nominal_like(w) or not _name_part(w) or any(
        x.type in ("Person", "City", "Country", "Organization") and x.start < at + len(w) and at < x.end
        for x in ctx.mentions)


def _department_officers(ctx: Ctx, sent: Sentence) -> None:
    """The officer of a department of a government abroad, with the department as the body (named with its place:
    ``친황다오시 외사상무국``): ``친황다오시 외사상무국의 리우차이지아 국장``, ``응웬 쑤언 쭝 박닌성 문화체육관광국 부국장``."""
    for rx in (_DEPT_THEN_NAME, _NAME_THEN_DEPT):
        for m in rx.finditer(sent.text):
            lo = sent.start + (m.start("place") if "place" in rx.groupindex else m.start("dept"))
            city = next((c for c in ctx.mentions if c.type == "City" and "/city/kr/" not in str(c.iri) and (
                c.end == lo - 1 or (c.start == lo and "place" in rx.groupindex))), None)
            if city is None:
                continue  # (a Korean office, or none named: the common readers take it)
            end = sent.start + m.end("name")
            words = m.group("name").split(" ")
            while len(words) >= 2 and any(x.type == "Country" and x.start == end - len(words[-1]) for x in ctx.mentions):
                end -= len(words.pop()) + 1  # 왕잉춘 중국 헤이룽장성 외사판공실 부주임: the country locates the place
            at = end
            for k in range(len(words) - 1, -1, -1):
                if _no_name_word(ctx, words[k], at - len(words[k])) or (k < len(words) - 1 and
                                                                        CASE_ENDED_WORD.search(words[k])):
                    words = words[k + 1:]  # (… 도를 방문한 응웬 쑤언 쭝: the words before the name)
                    break
                at -= len(words[k]) + 1
            name = " ".join(words)
            ns = end - len(name)
            if not words or _no_name_word(ctx, words[-1], end - len(words[-1])) or \
                    (len(words) == 1 and (len(name) < 3 or (is_korean_name(name) and name[0] not in CHINESE_SURNAMES)
                                          or common_noun_alone(name) or any(
                            t in ("NNB", "NR", "SN", "XSN", "MM", "JKB", "JX") for _f, t in tags(name)))):
                continue  # (a name of three syllables with a Chinese surname: 왕잉춘, 리웨이; not a word Kiwi knows
                # as common: 양일간, 양국간, 차년도, 천여명)
            dept_name = f"{city.surface} {m.group('dept')}"
            ds = city.start
            org = minted("org", dept_name)
            ctx.org_names.setdefault(org, (dept_name, Span(ds, ds + len(dept_name))))
            person(ctx, name, Span(ns, ns + len(name)), title=m.group("title"), body=org, sent=sent)


def _quoted_people(ctx: Ctx, sent: Sentence) -> None:
    """``'타니이 히로미 시장'과 '하나다 타카토 시의장'이``: a name and its title set off by quotes (the body: as for a
    title with no place, :func:`_officer_body`); a quoted phrase that ends in no title, or a common noun, is none."""
    for m in QUOTED_TITLED.finditer(sent.text):
        name, s = m.group("name"), sent.start + m.start("name")
        tw = title_of(m.group("title"))
        parts = name.split(" ")
        if tw is None or any(x.start < s + len(name) and s < x.end for x in ctx.mentions) or \
                any(p in PERSON_STOP or p in NAME_STOP or nominal_like(p) or title_of(p) or common_noun_alone(p)
                    for p in parts) or \
                not (is_korean_name(name) or (len(parts) >= 2 and all(_name_part(p) for p in parts))):
            continue
        body = _officer_body(ctx, sent, tw[0], s)
        if body is None and not is_korean_name(name):
            body = _only_city_abroad(ctx, sent, tw[0])  # ('타니이 히로미 시장': the one city abroad the sentence names)
        person(ctx, name, Span(s, s + len(name)), title=tw[0], body=body, sent=sent)


def _unit_officers(ctx: Ctx, sent: Sentence, words: list[Word]) -> None:
    """``이선우 산림녹지과 주무관``, ``박민수 경제건설국 산림녹지과 주무관``: a Korean name, one or two units of a
    government office, then the title (the body: as for a title with no place, :func:`_officer_body`)."""
    for i in range(len(words) - 2):
        name = words[i]
        if name.tail or not is_korean_name(name.text) or particle_alone(name.text) or \
                any(m.start < name.end and name.start < m.end for m in ctx.mentions) or \
                any(m.type == "Person" and 0 <= name.start - m.end <= 1 for m in ctx.mentions):
            continue  # (김가온 주오사카 대한민국 총영사: a post's words after a name, no second name)
        k = i + 1
        while k < len(words) and k <= i + 2 and not words[k - 1].tail and is_hangul_word(words[k].text, 3) and \
                words[k].text.endswith(OFFICE_UNIT_ENDINGS) and title_of(strip_particle(words[k].text)) is None and \
                unit_name_alone(words[k].text, next(e for e in OFFICE_UNIT_ENDINGS if words[k].text.endswith(e))) and \
                not nominal_like(name.text) and not ctx.gz.lookup(words[k].text):
            k += 1
        if k == i + 1 or k >= len(words) or words[k - 1].tail:
            continue
        tw = title_of(strip_particle(words[k].text))
        if tw is None:
            continue
        person(ctx, name.text, Span(name.start, name.end), title=tw[0],
               body=_officer_body(ctx, sent, tw[0], name.start), sent=sent)


def _officer_org(ctx: Ctx, words: list[Word], k: int, title: str) -> URIRef | None:
    """The organisation written right before a one-word foreign name that an officer's title follows
    (``국제교류협회 노구치야스오 회장``), else None. A Korean-shaped name is read by the common path."""
    w = words[k]
    if k < 1 or words[k - 1].tail or not title.endswith(ORG_OFFICER_TITLES) or len(w.text) < 3 \
            or (is_korean_name(w.text) and _name_word(ctx, w)) or w.text in PERSON_STOP or nominal_like(w.text) or \
            PLACE_BEFORE_TITLE.match(w.text):
        return None  # (a four-syllable Chinese name ending like a particle, 왕위후이, the common path leaves here)
    if _is_mention(ctx, words[k - 1], ("City", "Country")):
        return None
    return _org_with_qualifier(ctx, words, k - 1)


#: the particles that end a name listed after its title (``나라시장 나카가와 겐과``, ``경주시장 최양식이``)
_TITLE_FIRST_END = ("과", "와", "이", "가", "은", "는")


def _title_first_people(ctx: Ctx, sent: Sentence, words: list[Word]) -> None:
    """``기념식에는 나라시장 나카가와 겐과 경주시장 최양식이 참석했다``: a head's title glued to the place, then the
    name, which ends with its particle; the title opens the item (the sentence starts there, or the word before
    ends with a particle), and no title follows the name (else the name is the next title's: ``A시장 B 의장``)."""
    for i, w in enumerate(words[:-1]):
        if w.tail or (i > 0 and not words[i - 1].tail and strip_particle(words[i - 1].text) == words[i - 1].text):
            continue  # (박승원 광명시장 …: the name before the title)
        tw = title_of(w.text)
        if tw is None or tw[1] is None or tw[0] not in CITY_BOUND:
            continue
        for j in range(i + 1, min(i + 4, len(words))):
            last = words[j].text
            nxt = words[j + 1] if j + 1 < len(words) else None
            nxt_title = title_of(strip_particle(nxt.text)) if nxt is not None else None
            listed = nxt is not None and nxt.text in NOT_NAME_AFTER_NAME and not words[j].tail  # 나카가와 겐 등
            ends = listed or (last.endswith(_TITLE_FIRST_END) and len(last) >= 2 and words[j].tail in ("", ",") and (
                nxt is None or (nxt_title is not None and nxt_title[1] is not None) or
                (nxt_title is None and not _name_part(nxt.text))))
            if not ends:
                if words[j].tail or not _name_part(last) or title_of(strip_particle(last)) is not None:
                    break
                continue
            bare = last if listed else strip_particle(last) if strip_particle(last) != last else last[:-1]
            parts = [x.text for x in words[i + 1:j]] + [bare]
            name = " ".join(parts)
            if (len(parts) == 1 and not (is_korean_name(bare) and korean_given_name(bare))) or \
                    any(not _name_part(x) or nominal_like(x) or x in PERSON_STOP or PHOTO_POSITION.match(x) or
                        re.search(r"[()]", x) for x in parts):
                break  # (나라시장 부인과, 함양군수 표창과: a noun, no name; one word is a Korean name of three syllables)
            place = _city_named(ctx, tw[1])
            s = words[i + 1].start
            person(ctx, name, Span(s, s + len(name)), title=tw[0], body=place.iri if place is not None else None,
                   sent=sent)
            break


def _titled_korean_names(ctx: Ctx, sent: Sentence, rx: re.Pattern[str]) -> Iterator[
        tuple[re.Match[str], tuple[str, str | None], str, int]]:
    """(match, title, name, start) for each hit of ``rx`` (groups ``title`` and ``name``) whose title is one and
    whose name is a Korean-shaped name no mention covers yet."""
    for m in rx.finditer(sent.text):
        tw = title_of(m.group("title"))
        name = m.group("name")
        if tw is None or (tw == ("시장", None) and rx is COPULA_TITLE_NAME) or not is_korean_name(name) or \
                nominal_like(name) or name in PERSON_STOP:
            continue  # (최대 시장인 남문: a market, no mayor)
        s = sent.start + m.start("name")
        if not any(x.start < s + len(name) and s < x.end for x in ctx.mentions):
            yield m, tw, name, s


def _name_dot_title_people(ctx: Ctx, sent: Sentence) -> None:
    """``2명의(지혜원·행정7급, 안정은·행정7급) 공무원이``: Korean names each joined to a title by ``·`` in a bracketed
    list; the body is the city the sentence is about."""
    for _m, tw, name, s in _titled_korean_names(ctx, sent, NAME_DOT_TITLE):
        sender = next((c for c in ctx.in_sentence(sent, types=("City",)) if c.end <= s and not c.qualifier and
                       re.match(r"(?:에서는|에서도|에서|은|는|도)$", c.rest or ctx.text[c.end:c.end + 3].split(" ")[0])), None)
        body = _topic_city(ctx, sent, s) or (sender.iri if sender is not None else None)  # (의왕시에서도 …: the sender)
        person(ctx, name, Span(s, s + len(name)), title=tw[0], body=body, sent=sent)


def _copula_title_people(ctx: Ctx, sent: Sentence) -> None:
    """``길림성 당위 부서기이며 성장인 경준해는``: a title with the copula's 인 (who is), then a Korean-shaped name with
    its particle; the body is the place of that level the sentence names before the title."""
    for m, tw, name, s in _titled_korean_names(ctx, sent, COPULA_TITLE_NAME):
        body = tw[1] and _city_named(ctx, tw[1])
        place = body.iri if body else next(
            (c.iri for c in reversed(ctx.in_sentence(sent, types=("City",))) if c.end <= sent.start + m.start()
             and title_fits(tw[0], c.surface) and (tw[0] not in ("성장", "부성장") or c.surface.endswith("성"))), None)
        person(ctx, name, Span(s, s + len(name)), title=tw[0], body=place, sent=sent)


def _delegation_heads(ctx: Ctx, sent: Sentence) -> None:
    """``나가사키시 방문단(단장 다나카 히로시)``, ``동영시 예술교류단 단장인 쉬창칭을``: the head of the delegation (단장),
    working for the city named right before the delegation word."""
    for m in DELEGATION_HEAD.finditer(sent.text):
        group = "n1" if m.group("n1") else "n2"
        name = m.group(group)
        parts = name.split()
        if any(p in PERSON_STOP or title_of(p) or not _name_part(p) or nominal_like(p) for p in parts):
            continue
        if len(parts) == 1 and not is_korean_name(name) and len(name) < 3:
            continue
        s = sent.start + m.start(group)
        if any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
            continue
        at = sent.start + m.start("deleg")
        city = max((c for c in ctx.mentions if c.type == "City" and c.end <= at and
                    re.fullmatch(r"(?:시|군|구)?\s?(?:[\uac00-\ud7a3]{1,6}\s)?", ctx.text[c.end:at])),
                   key=lambda c: c.end, default=None)  # (the nearest: 후베이성 징저우시 방문단, 징저우시)
        person(ctx, name, Span(s, s + len(name)), title="단장", body=city.iri if city is not None else None, sent=sent)


def _romanised_people(ctx: Ctx, sent: Sentence) -> None:
    """``부르마 발도르즈(Burmaa Baldorj) 부의장``: a name glossed in Latin letters, then its title."""
    for m in ROMANISED_NAME.finditer(sent.text):
        tw = title_of(strip_particle(m.group("title")))
        if tw is None and m.group("place"):  # 코밀로비치(… Komilovich) 부하라주: the place is no title
            tw = title_of(strip_particle(m.group("place") + m.group("title")))
        t_hi = sent.start + m.end("title")
        nxt = re.match(r" ([\uac00-\ud7a3]{2,14})", sent.text[m.end("title"):]) if tw is None and not m.group("place") \
            and (any(c.type == "Country" for c in ctx.gz.lookup(m.group("title")))
                 or PARTY_WORD.fullmatch(m.group("title"))) else None  # (…(Ikhbayar Dashnyam) 인민당 원내대표: the party)
        word = strip_particle(nxt.group(1) if nxt is not None else m.group("title"))
        placed: str | None = None
        if nxt is not None:  # 존 스미스(John Smith) 미국 오리건주지사: the country, then the title
            tw, t_hi = title_of(word), t_hi + nxt.end()
            two = re.match(r" ([\uac00-\ud7a3]{2,14}) ([\uac00-\ud7a3]{1,10})", sent.text[m.end("title"):])
            if tw is None and two is not None and title_of(strip_particle(two.group(2))) is not None and \
                    LEADING_PLACE_WORD.match(two.group(1)):  # 누를리벡 날리바예프(…) 카자흐스탄 크즐오르다주 주지사
                tw, placed = title_of(strip_particle(two.group(2))), two.group(1)
                t_hi = sent.start + m.end("title") + two.end()
        if tw is not None and tw[1] is None and not m.group("place"):  # 존 스미스(John Smith) 오리건주지사: the
            tw = _glued_head(ctx, word) or tw  # head's title glued to its place
        marker = next((mk for mk in PERSON_MARKERS if m.group("title").startswith(mk) and
                       PARTICLES_RE.fullmatch(m.group("title")[len(mk):])), None) \
            if tw is None and not m.group("place") else None
        if marker is not None:  # 가브리엘라 케른(Gabriela Kern)씨가: a word marking a person, no office
            tw = marker, None
        if tw is None:
            continue
        latin = m.group(2).split()
        hangul = m.group(1).split()
        parts = hangul[-min(len(latin), len(hangul)):]
        if len(parts) == 1 and len(latin) > 1 and not is_korean_name(parts[0]) and len(hangul) > 1:
            parts = hangul[-2:]
        if len(parts) > 1 and not _glossed_alike(parts[0], latin[0]) and any(
                c.type in ("Country", "City") for c in ctx.gz.lookup(parts[0])):
            parts = parts[1:]  # 중국 왕밍(Wang Ming): the country before a name written in one word
        if any(not _name_part(p) or p in PERSON_STOP or nominal_like(p) or title_of(p) or org_suffix(p) for p in parts) \
                or all(w.isupper() for w in latin):
            continue  # (미주 소상공인협회(KASBUSA) 총회장: a body glossed with its acronym, no name)
        name = " ".join(parts)
        s = sent.start + m.start(1) + len(m.group(1)) - len(name)
        inside = [x for x in ctx.mentions if x.type != "Person" and x.start < s + len(name) and s < x.end]
        if inside and len(latin) == len(parts) and all(
                x.type == "Country" and _glossed_alike(x.surface, latin[parts.index(x.surface)] if x.surface in parts
                                                        else "") for x in inside):
            ctx.mentions[:] = [x for x in ctx.mentions if x not in inside]  # 타이 바오(Thai Bao): a name's syllables
            inside = []  # the gloss spells, not the country (Thailand) they also write
        if inside or any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
            continue
        title, named = tw
        body = None
        lo = sent.start + (m.start("place") if m.group("place") else m.start("title"))
        if named is not None or m.group("place") or placed:  # 부하라주 주지사, 가나자와시장: the place the title names
            body = next((c.iri for c in ctx.mentions if c.type == "City" and lo <= c.start < t_hi), None)
            if body is None and (m.group("place") or placed):
                found = _city_named(ctx, m.group("place") or placed or "")
                body = found.iri if found is not None else None
        else:
            before = _city_right_before(ctx, s)  # 필리핀 파시그 마리아 … 유세비오(…) 시장
            body = before.iri if before is not None else _org_right_before(ctx, s) or _officer_body(ctx, sent, title, s)
        if marker is not None:
            body = None  # (린츠에서 온 가브리엘라 케른(Gabriela Kern)씨: a private person, no one's officer)
        person(ctx, name, Span(s, s + len(name)), title=title, body=body, sent=sent)


def _city_right_before(ctx: Ctx, s: int) -> Mention | None:
    """The city written right before position ``s``, its suffix perhaps outside the mention (``산후안시 X``)."""
    return next((c for c in ctx.mentions if c.type == "City" and not c.qualifier and c.end <= s and
                 ctx.text[c.end:s].strip() in ("", "시", "군", "구")), None)


def _latin_people(ctx: Ctx, sent: Sentence) -> None:
    """``필리핀 산후안시 Ildebrando D. SALUD 신임 시장과 Anthony Marasigan 부시장이``: a name in Latin letters only,
    then its Korean title; the body is the city written right before the name, else the officer's usual body."""
    for m in LATIN_NAME_TITLE.finditer(sent.text):
        tw = title_of(strip_particle(m.group("title")))
        name, s = m.group("name"), sent.start + m.start("name")
        if tw is None or tw[1] is not None or any(x.start < s + len(name) and s < x.end for x in ctx.mentions):
            continue  # (no title, a title naming its own place, or a name read already: a body, a city)
        if any(w in ORG_HEADS_LATIN for w in name.split()) or ctx.gz.lookup(name, lang="en") or \
                any(c.type == "Country" for w in name.split() for c in ctx.gz.lookup(w, lang="en")):
            continue  # (Seoul National University 총장, Team Korea 단장: a body's or a place's name, no person's)
        before = _city_right_before(ctx, s)
        joined = any(x.type == "Person" and x.end <= s and re.search(r"[A-Za-z]", x.surface) and re.fullmatch(
            r"\s*(?:[\uac00-\ud7a3]{1,10}\s+)?[\uac00-\ud7a3]{1,10}(?:과|와)\s*|\s*[\uac00-\ud7a3]{0,10},\s*", ctx.text[x.end:s])
            for x in ctx.mentions)
        if before is None and not joined and not LATIN_PERSON_MARK.search(name):
            continue  # (Puerto Galera 시장: the mayor of a town written in Latin letters; a person's name is marked by
            # its city right before it, an initial or a surname in capitals, or a name joined to one so marked)
        topic = next((c for c in ctx.in_sentence(sent, types=("City",)) if c.end <= s and not c.qualifier and
                      re.match(r"^(?:시|군|구|주|성|현)?(?:는|은)$", c.rest or ctx.text[c.end:c.end + 1]) and
                      "/city/kr/" not in str(c.iri)), None)
        # (산후안시는 … 7월1일부터 Ildebrando D. SALUD 신임 시장과 …: the city abroad the sentence is about)
        body = before.iri if before is not None else (topic.iri if topic is not None else None) or \
            _org_right_before(ctx, s) or _officer_body(ctx, sent, tw[0], s)
        person(ctx, name, Span(s, s + len(name)), title=tw[0], body=body, sent=sent, foreign=True)


def same_office(a: str | None, b: str | None) -> bool:
    """True when two job titles name the same office (``도지사`` and ``지사``).

    >>> same_office("도지사", "지사"), same_office("시장", "시장"), same_office("시장", "의장")
    (True, True, False)
    """
    if a is None or b is None:
        return False
    return TITLE_EQUIV.get(a, a) == TITLE_EQUIV.get(b, b)


def _variant_of(ctx: Ctx, name: str, title: str | None) -> URIRef | None:
    """The person already read under a longer or shorter spelling of this foreign name with the same office
    (``푸싯쏨`` and ``푸싯쏨찟 주지사``); Korean names never merge this way."""
    if len(name) < 3 or is_korean_name(name) or " " in name:
        return None
    hits = {iri for other, iri in ctx.persons.items()
            if " " not in other and len(other) >= 3 and other != name and (other.startswith(name) or name.startswith(other))
            and not is_korean_name(other) and same_office(ctx.person_title.get(iri), title)}
    return hits.pop() if len(hits) == 1 else None


_LISTED = re.compile(rf"([\uac00-\ud7a3]{{2,4}})(?:\s?\((?:{ASIDE_NOTE})\))?\s*[,·ㆍ]\s*$")  # (표태룡(민주당), …: an aside)
#: a name glossed in Latin letters, listed before the next (``간바타르(Ganbaatar.Ch)·``, or with a space only)
_LISTED_GLOSSED = re.compile(r"([\uac00-\ud7a3]{2,8})\s?\([A-ZÀ-Þ][A-Za-zÀ-ÿ\u0100-\u017f'\-. ]{1,40}\)\s*[,·ㆍ]?\s*$")


#: a name of one to three words, an aside in brackets after it, then a list mark (``율리아 죄네(사회민주당), ``)
_LISTED_NOTED = re.compile(rf"((?:[\uac00-\ud7a3]{{1,8}} ){{0,2}}[\uac00-\ud7a3]{{2,8}})\s?\((?:{ASIDE_NOTE})\)\s*[,·ㆍ]\s*$")


def _noted_listed_name(ctx: Ctx, before: str) -> tuple[str, str] | None:
    """The name listed at the end of ``before`` with an aside in brackets (its party, its letters), and the text
    from the name to the end; words before the name (a body, a place, a time) are left out."""
    m = _LISTED_NOTED.search(before)
    if m is None:
        return None
    words = m.group(1).split()
    while words and (not _name_part(words[0]) or nominal_like(words[0]) or words[0] in PERSON_STOP
                     or org_suffix(words[0]) or title_of(strip_particle(words[0])) or ctx.gz.lookup(words[0])
                     or strip_particle(words[0]) != words[0]):
        words = words[1:]
    kinds = [i for i, w in enumerate(words) if PEOPLE_CLASS_END.search(w)]
    if kinds:  # 만달군 공무원 바트(35): the town and the kind of person before the name are no part of it
        words = [w for w in words[kinds[-1] + 1:] if not (len(w) == 1 and w != words[-1])]
    if not words:
        return None
    name = " ".join(words)
    return name, before[m.end(1) - len(name):]


def _listed_names(ctx: Ctx, sent: Sentence) -> None:
    """``표태룡, 김옥자 의원``: Korean names listed before a name with its title share that title; so do foreign
    names glossed in Latin letters (``간바타르(Ganbaatar.Ch)·자르갈(Jargal.D) 시의원``)."""
    people = sorted((m for m in ctx.mentions if m.type == "Person" and sent.start <= m.start < sent.end
                     and m.kind == "person"), key=lambda m: m.start)
    for p in people:
        title = ctx.person_title.get(p.iri)
        if not title:
            continue
        end = p.start
        while True:
            noted = _noted_listed_name(ctx, ctx.text[max(sent.start, end - 60):end])
            aged = noted is not None and " " not in noted[0] and AGE_NOTE.match(noted[1][len(noted[0]):].lstrip()) \
                is not None and _name_part(noted[0]) and not nominal_like(noted[0]) and noted[0] not in PERSON_STOP \
                and title_of(noted[0]) is None
            if noted is not None and (" " in noted[0] or aged):  # 율리아 죄네(사회민주당), 한스 잔들러(녹색당) 의원: a
                # foreign name of several words with its party; 장민(35), 류팡(41) 씨: a name of one word with its age
                start = end - len(noted[1])
                person(ctx, noted[0], Span(start, start + len(noted[0])), title=title, body=ctx.person_body.get(p.iri),
                       sent=sent)
                end = start
                continue
            m = _LISTED.search(ctx.text[max(sent.start, end - 30):end])
            glossed = _LISTED_GLOSSED.search(ctx.text[max(sent.start, end - 60):end]) if m is None else None
            if glossed is not None and (not _name_part(glossed.group(1)) or glossed.group(1) in PERSON_STOP
                                        or org_suffix(glossed.group(1)) or ctx.gz.lookup(glossed.group(1))):
                glossed = None
            m = m or glossed
            if m is None:
                break
            name = m.group(1)
            start = end - len(m.group(0))
            if not (is_korean_name(name) or glossed) or len(name) < 3 or title_of(name) or nominal_like(name) or (start > sent.start and ctx.text[start - 1] not in " ,·ㆍ") \
                    or any(x.start < start + len(name) and start < x.end for x in ctx.mentions):
                break
            body = ctx.person_body.get(p.iri)
            person(ctx, name, Span(start, start + len(name)), title=title, body=body, sent=sent)
            end = start


def _working_at_bodies(ctx: Ctx, sent: Sentence) -> None:
    """``고전면사무소에 근무하는 윤용호 주무관``, ``관광공사 소속 김민수 과장``: a titled person with no body yet works at
    the city or body the clause right before the name tells."""
    for m in ctx.mentions:
        if m.type != "Person" or not sent.start <= m.start < sent.end or m.iri in ctx.person_body or \
                m.iri not in ctx.person_title:
            continue
        clause = WORKS_AT_BEFORE.search(ctx.text, max(sent.start, m.start - 40), m.start)
        if clause is None:
            continue
        group = next(g for g in ("body", "member", "rep") if clause.group(g))
        start, end = clause.span(group)
        city = next((c for c in ctx.mentions if c.type == "City" and c.start == start and c.end == end), None)
        if city is not None:
            _give_body(ctx, m.iri, city.iri, sent)
        elif _org_iri(ctx, clause.group(group)) is not None:
            _give_body(ctx, m.iri, _title_body(ctx, clause.group(group), Span(start, end)), sent)


def _bound_bodies(ctx: Ctx, sent: Sentence) -> None:
    """A Korean mayor's or governor's title with no place (``부구청장 이태식``) names the article's own city of
    that level, once joined pairs have shared their bodies."""
    for m in ctx.mentions:
        if m.type != "Person" or not sent.start <= m.start < sent.end or m.iri in ctx.person_body:
            continue
        title = ctx.person_title.get(m.iri)
        if title is not None and " " in title and DUTY_WORD.match(title.split()[0]) and len(m.surface) == 3:
            title = title.split()[-1]  # 김철수 경제담당 부시장: the duty's title is the deputy mayor's (a Korean name of
            # three syllables: not 이토 경제담당 부시장, a visitor's)
        ent = ctx.reading.entities.get(m.iri)
        full = ent.name if ent is not None else m.surface  # 마사노리 시장: the person first named 오쿠즈카 마사노리
        if (title in CITY_BOUND or title in ("시의원", "군의원", "구의원") or title in BARE_HEAD_LEVELS) and \
                (is_korean_name(full) or _name_like_place(ctx, full)):
            body = _bound_city(ctx, title)  # (박상모 시의장: the article's own city, as 광명시의장 is)
            if body is not None:
                _give_body(ctx, m.iri, body, sent)


def _org_word(ctx: Ctx, w: Word, title: str) -> URIRef | None:
    """A word before a title that names an organisation without an organisation suffix: a university written
    short (``케임브리지대 교수``), a Latin acronym (``UN 사무총장``), or the Hangul name an acronym is glossed
    with in the article (``이클레이 사무총장`` after ``ICLEI(이클레이)``)."""
    text = strip_particle(w.text)
    if _is_mention(ctx, w, ("City", "Country", "Person")) or text in PERSON_STOP:
        return None
    name: str | None = None
    if title.endswith(ACADEMIC_TITLES) and UNIVERSITY_SHORT.match(text):
        name = text
    elif LATIN_ACRONYM.fullmatch(text) and title.endswith(ORG_OFFICER_TITLES):
        name = text
    elif title in ("교장", "교감") and len(text) >= 3 and SCHOOL_SHORT_END.search(text) and not ctx.gz.lookup(text) and \
            not re.search(r"\d|^제", text):  # (김영희 제3대 교장: the third principal, no school)
        name = text  # 주원섭 강원외고 교장: a school written short before its principal's title
    elif title in FIRM_HEAD_TITLES and len(text) >= 4 and COMPANY_END.fullmatch(text):
        name = text  # 김한주 가온산업 대표: a firm before its head's title (not 경제개발 위원장: a committee's field)
    elif title.endswith(ORG_OFFICER_TITLES) and len(text) >= 3 and is_hangul_word(text) and \
            re.search(r"[A-Z][A-Za-z&]{1,11}\s*\(" + re.escape(text) + r"\)|" + re.escape(text) + r"\s*\([A-Z]", ctx.text):
        name = text
    if name is None:
        return None
    return _title_body(ctx, name, Span(w.start, w.start + len(name)))


def _dotted_list(ctx: Ctx, sent: Sentence, w: Word, title: str, body: URIRef | None) -> bool:
    """``한상철·안미영·위도곤 의원``: Korean names joined by ``·`` in one word, all with the title after them."""
    parts = re.split(r"[·ㆍ]", w.text)
    if len(parts) < 2:
        return False
    if not all(is_korean_name(p) and len(p) >= 2 for p in parts):
        if len(parts) > 3 or not all(is_hangul_word(p, 1, 6) and _name_part(p) and not nominal_like(p)
                                     and p not in PERSON_STOP and not ctx.gz.lookup(p) and not title_of(p)
                                     and not _org_iri(ctx, p) for p in parts):
            return False
        person(ctx, w.text, Span(w.start, w.end), title=title, body=body, sent=sent)  # 미로슬라프·노보트니 주지사
        return True
    if body is None and title in ("의장", "부의장", "의원"):  # 박영희·이민호 의원: the council the sentence or the
        # article names (a contracted title, 강현철·임규연 시의원, serves the city: below)
        body = _officer_body(ctx, sent, title, w.start)
    elif body is None and title in ("시의원", "구의원", "군의원"):  # … 공주시의회 의장, 강현철·임규연 시의원: the council
        # the sentence names serves the councillors listed after its chair too (with none named, the city: below)
        council = _officer_body(ctx, sent, "의원", w.start)
        body = council if council is not None and "/org/" in str(council) and any(
            m.type == "Organization" and m.iri == council and sent.start <= m.start < w.start
            and m.surface.endswith(title[0] + "의회") for m in ctx.mentions) else None  # (its level: 시의원, 시의회)
    pos = w.start
    for p in parts:
        person(ctx, p, Span(pos, pos + len(p)), title=title, body=body, sent=sent)
        pos += len(p) + 1
    return True


def _glued_head(ctx: Ctx, word: str) -> tuple[str, str] | None:
    """(title, place) for a head's title glued to a place the article or the gazetteer knows
    (``페르가나주지사``, ``꽝남성장``), else None."""
    for level, head, title in GLUED_HEADS:
        place = word[:-len(head)]
        if word.endswith(level + head) and len(place) >= 3 and (
                _city_named(ctx, place) is not None or any(c.type == "City" for c in ctx.gz.lookup(place))):
            return title, place
    return None


def _surname_over_city(ctx: Ctx, words: list[Word]) -> None:
    """``이토 시장`` after ``가라쓰시 이토 히로시 시장``: the surname of a person named in full before with that title,
    not the city the surname spells (Itō); the city mention gives way to the person."""
    for i in range(1, len(words)):
        prev, w = words[i - 1], words[i]
        tw = title_of(strip_particle(w.text))
        if tw is None or tw[1] is not None or prev.tail:
            continue
        city = next((m for m in ctx.mentions if m.type == "City" and m.start == prev.start and m.end == prev.end), None)
        if city is None:
            continue
        full = [nm for nm, iri in ctx.persons.items() if " " in nm and nm.split()[0] == prev.text
                and ctx.person_title.get(iri) == tw[0]]
        if len(full) != 1:
            continue
        ctx.mentions.remove(city)
        ctx.mentions.append(Mention(prev.start, prev.end, prev.text, ctx.persons[full[0]], "Person", "person"))


def _foreign_side_city(ctx: Ctx, sent: Sentence, pos: int) -> URIRef | None:
    """The city abroad whose side a clause speaks of (``라오스 측은 팍세시의 … 의회 의장``): the nearest city named
    before ``pos`` in the sentence, when it lies abroad and the article's own city is Korean; a bare 의회 is its own."""
    sides = list(re.finditer(r"측(?:은|에서는|에서|으로는|의)?\s", ctx.text[sent.start:pos]))
    if not sides:
        return None  # (… 시장과 김민호 군수, 박하늘 의회 의장: no side named, the article's own council)
    side = sent.start + sides[-1].start()
    before = [m for m in ctx.mentions if m.type == "City" and side - 16 <= m.start < pos and not m.qualifier]
    main = ctx.main_cities()
    if not before or "/city/kr/" in str(before[-1].iri) or not main or "/city/kr/" not in str(main[0]):
        return None
    return before[-1].iri


def _genitive_city_before(ctx: Ctx, sent: Sentence, council: Word) -> URIRef | None:
    """The city whose officer a bare council's title names (``나카노구의 다나카 하루오 구의회 의장``): a city of the
    council's level written with its genitive right before the officer's name (one to three words)."""
    level = council.text[0] if council.text != "의회" else ""
    for m in sorted(ctx.in_sentence(sent, types=("City",)), key=lambda x: -x.start):  # the nearest first
        end = m.end + len(m.rest)
        if m.start >= council.start or not ctx.text.endswith("의", 0, end) or \
                (level and not (m.surface + (m.rest[:-1] if m.rest else "")).endswith(level)):
            continue
        if GENITIVE_THEN_NAME_RE.fullmatch(ctx.text, end, council.start):
            return m.iri
    return None


def _foreign_county_before(ctx: Ctx, sent: Sentence, pos: int) -> bool:
    """A county abroad (``롱호현``, ``관남현``) named earlier in the sentence: ``현장`` after a name then heads it."""
    return _foreign_town_before(ctx, sent, pos, "현") is not None


def _foreign_town_before(ctx: Ctx, sent: Sentence, pos: int, suffix: str) -> Mention | None:
    """The last place abroad of that suffix named earlier in the sentence (``롱호현``; ``아야정`` and ``하쿠바촌`` for
    ``정장`` and ``촌장`` after a name)."""
    return next((m for m in sorted(ctx.mentions, key=lambda m: -m.start) if m.type == "City" and
                 sent.start <= m.start < pos and m.surface.endswith(suffix) and "/city/kr/" not in str(m.iri)), None)


def _glued_deputy_place(ctx: Ctx, w: Word, named: str) -> Mention | None:
    """``홍천부군수``, ``보령부시장``, ``보령시부시장``: a deputy's title glued to a Korean municipality the article names
    nowhere else; the place is read from the word when one municipality has that name (강서부구청장: two, none)."""
    word = strip_particle(w.text)
    deputy = next((t for t in DEPUTY_TITLES if word.endswith(t)), None)
    if deputy is None:
        return None
    surface = word[: -len(deputy)]
    cands = [c for c in ctx.gz.lookup(named) if c.type == "City" and c.country == "KR" and c.level not in ("sido", "region")]
    if len(surface) < 2 or len(cands) != 1 or not named.startswith(surface[:2]):
        return None
    m = Mention(w.start, w.start + len(surface), surface, cands[0].iri, "City", "full", via_title=True)
    ctx.mentions.append(m)
    ctx.mentions.sort(key=lambda x: x.start)
    return m


def _hall_named(ctx: Ctx, word: str) -> bool:
    """A town's name the article writes with its hall (``코칸드시청에서`` … ``마루프 우스모노프 코칸드 시장``): the word
    before a title is that town, not the end of a name."""
    return re.search(rf"(?<![\uac00-\ud7a3]){re.escape(word)}(?:시|군|구)청", ctx.text) is not None


def _city_named(ctx: Ctx, text: str) -> Mention | None:
    """A city mention elsewhere in the article written as ``text`` (with or without its 시/군/구)."""
    forms = {text, text[:-1]} if text[-1:] in "시군구주성현" else {text, *(text + lv for lv in "시군구주성현도")}
    return next((m for m in ctx.mentions if m.type == "City" and not m.qualifier and
                 (m.surface in forms or m.surface + "시" in forms)), None)


def _noted_people(ctx: Ctx, sent: Sentence) -> None:
    """``김기정(앞줄 가운데) 의장``: a name, a photo position note in parentheses, then the title."""
    for m in PHOTO_NOTE.finditer(sent.text):
        name = m.group(1)
        tw = title_of(strip_particle(m.group(2)))
        if tw is None or not is_korean_name(name):
            continue
        s = sent.start + m.start(1)
        if any(x.start < s + len(name) and s < x.end for x in ctx.mentions):
            continue
        title, named = tw
        at = sent.start + m.start(2)
        body = None
        if named:
            body = next((c.iri for c in ctx.mentions if c.type == "City" and at <= c.start < at + len(m.group(2))), None)
        if body is None and named is None:
            body = _officer_body(ctx, sent, title, s)
        person(ctx, name, Span(s, s + len(name)), title=title, body=body, sent=sent)


def _roster_people(ctx: Ctx, sent: Sentence) -> None:
    """A roster entry ``박도윤(남원 시의회 의장)``: the name, then in brackets its body written apart from its
    office and the title. ``남원 시청`` is the city, ``남원 시의회`` its council, ``농협 남원시 지부`` a branch of
    the organisation; a body that is none of these is left unsaid."""
    for m in ROSTER_ENTRY.finditer(sent.text):
        name, aff = m.group("name"), m.group("aff").split()
        lead = 0
        if len(aff) > 1 and aff[0] in ("현", "전", "前", "現"):
            lead = m.group("aff").index(aff[1])
            aff = aff[1:]  # 김영호(현 한미친선협회 사무국장): 현 (now) and 전 (former) are no part of the body's name
        tw = title_of(m.group("title"))
        s = sent.start + m.start("name")
        if tw is None or not is_korean_name(name) or any(x.start < s + len(name) and s < x.end for x in ctx.mentions
                                                         if x.type != "City"):
            continue
        span = Span(sent.start + m.start("aff") + lead, sent.start + m.end("aff"))
        body: URIRef | None = None
        if len(aff) == 2 and aff[1] in SPACED_OFFICES:
            level, council = SPACED_OFFICES[aff[1]]
            place = aff[0] if aff[0].endswith(level) else aff[0] + level
            city = _city_named(ctx, place)
            if council and city is not None:
                body = minted("org", place + council)
                ctx.org_names.setdefault(body, (place + council, span))
            elif city is not None:
                body = city.iri
        elif len(aff) >= 2 and aff[-1] in SPACED_BRANCHES:
            org = " ".join([*aff[:-2], aff[-2] + aff[-1]])
            body = _org_iri(ctx, org)
            if body is not None:
                ctx.org_names.setdefault(body, (org, span))
        else:
            city = _city_named(ctx, aff[0]) if len(aff) == 1 else None
            body = city.iri if city is not None else _org_iri(ctx, " ".join(aff))
            if body is not None and city is None:
                ctx.org_names.setdefault(body, (" ".join(aff), span))
        if body is None:
            continue  # (박도윤(서울대 교수): a body the roster rule cannot name is left to the other rules)
        ctx.mentions[:] = [x for x in ctx.mentions if not (x.type == "Person" and span.start <= x.start < span.end)]
        person(ctx, name, Span(s, s + len(name)), title=tw[0], body=body, sent=sent)


def _titled_aged_people(ctx: Ctx, sent: Sentence) -> None:
    """``부주석 리우커치(56)는``: a one-word name after a title, its age in brackets, is the title's holder (its body,
    if any, is shared from the pair before it)."""
    for m in TITLE_THEN_AGED_NAME.finditer(sent.text):
        tw = title_of(m.group("title"))
        name, s = m.group("name"), sent.start + m.start("name")
        if tw is None or tw[1] is not None or name in PERSON_STOP or nominal_like(name) or not _name_part(name) or \
                title_of(name) is not None or any(x.start < s + len(name) and s < x.end for x in ctx.mentions):
            continue
        person(ctx, name, Span(s, s + len(name)), title=tw[0], body=None, sent=sent)


def _party_seat_people(ctx: Ctx, sent: Sentence) -> None:
    """``박정수(국민의힘·수원3) 의장``, ``홍정석(민·비례) 부회장``: a council member with party and seat in brackets,
    then the title; the seat's district names no city of the story."""
    for m in PARTY_SEAT.finditer(sent.text):
        s = sent.start + m.start("name")
        name = m.group("name")
        if len(name) > 4 and not AGE_NOTE.match(m.group("note")):
            continue  # (a name of five or six syllables only with an age: 저우샤오산(36) … 주임, a foreign name)
        title_word = m.group("title")
        tw = title_of(strip_particle(title_word))
        grade = re.fullmatch(r"\((?P<g>[\uac00-\ud7a3]{0,6}\d{1,2}급)\)", m.group("note"))
        if tw is None and grade is not None and re.match(r"(?:공무원|직원|주무관|씨)", title_word):
            tw = grade.group("g"), None  # 김인수(행정7급) 공무원이: the grade, said as the post
        nxt = re.match(r" ([\uac00-\ud7a3]{1,10})", sent.text[m.end("title"):])
        after = title_of(strip_particle(nxt.group(1))) if tw is None and nxt is not None else None
        if after is not None and _org_iri(ctx, strip_particle(title_word)) is not None:
            tw = after[0], strip_particle(title_word)  # 홍정석(민·비례) 친선의원연맹 부회장: the body, then the title
        elif tw is None and AGE_NOTE.match(m.group("note")):  # 박서진(42·여) 관광과 주무관: a unit or a city, then the title
            words = re.match(r"(?: [\uac00-\ud7a3]{1,12}){1,4}", " " + sent.text[m.start("title"):])
            parts = words.group(0).split() if words is not None else []
            k = next((i for i, w in enumerate(parts) if title_of(strip_particle(w)) is not None), None)
            parts = parts[:k + 1] if k is not None else []
            last = title_of(strip_particle(parts[-1])) if parts else None
            if last is not None:
                at = sent.start + m.start("title") + sent.text[m.start("title"):].find(parts[-1])
                city = next((x for x in ctx.in_sentence(sent, types=("City",)) if sent.start + m.start("title") <= x.start < at),
                            None)
                two = re.search(r"(\S+) (\S+) $", ctx.text[max(sent.start, s - 30):s])
                if two is not None and title_of(strip_particle(two.group(1))) is not None and _name_part(two.group(2)) \
                        and title_of(two.group(2)) is None:
                    continue  # 주석 웨이판 웨이(51)와: the last word of a name of two after its title, read there
                if not any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions) and name not in PERSON_STOP:
                    # (the age in brackets marks a person, a foreign name too: 왕하오(35·남))
                    person(ctx, name, Span(s, s + len(name)), title=last[0],
                           body=city.iri if city is not None else _officer_body(ctx, sent, last[0], s), sent=sent)
                continue
        inside = (sent.start + m.start("note"), sent.start + m.end("note"))
        ctx.mentions[:] = [x for x in ctx.mentions if not (x.type == "City" and inside[0] <= x.start < inside[1])]
        if tw is None or not is_korean_name(name) or any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
            continue
        title, named = tw
        at = sent.start + m.start("title")
        body = _body(ctx, Word(title_word, at, at + len(title_word), title_word, "", ""), named) \
            if named else _officer_body(ctx, sent, title, s)
        person(ctx, name, Span(s, s + len(name)), title=title, body=body, sent=sent)


def _glossed_alike(hangul: str, latin: str) -> bool:
    """Whether a Hangul word and the Latin word glossing it spell the same sounds (``타이``/``Thai``, not
    ``중국``/``Wang``), an aspirate's h left out.

    >>> _glossed_alike("타이", "Thai"), _glossed_alike("바오", "Bao"), _glossed_alike("중국", "Wang")
    (True, True, False)
    """
    def bare(w: str) -> str:
        return re.sub(r"(?<=[tkpc])h", "", re.sub(r"[^a-z]", "", w.lower()))

    a, b = bare(romanize(hangul)), bare(latin)
    return bool(a and b) and (a == b or (a[0] == b[0] and SequenceMatcher(None, a, b).ratio() >= 0.75))


def _org_right_before(ctx: Ctx, start: int) -> URIRef | None:
    """The organisation written as the word right before a name (``다르한시의회 바트체첵(Battsetseg.B)
    도시계획위원장``: the council's committee chair), or None."""
    word = re.search(r"([\uac00-\ud7a3A-Za-z0-9]{3,30}) $", ctx.text[max(0, start - 31):start])
    if word is None or (_MARKER_PARTICLE.search(word.group(1)) and strip_particle(word.group(1)) != word.group(1)):
        return None
    iri = _org_iri(ctx, word.group(1))
    if iri is not None:
        at = start - 1 - len(word.group(1))
        ctx.org_names.setdefault(iri, (word.group(1), Span(at, at + len(word.group(1)))))
    return iri


def _bracketed_heads(ctx: Ctx, sent: Sentence) -> None:
    """``강원외고(교장:주원섭)``, ``가온협회(회장 김가온)``: a body, then its head in brackets (the title, then the name);
    the body is an organisation the words name (a school written short too) or a city the article reads."""
    if "(" not in sent.text:
        return
    for m in BODY_HEAD_IN_BRACKETS.finditer(sent.text):
        tw = title_of(m.group("title"))
        name, s = m.group("name"), sent.start + m.start("name")
        while " " in name and (name.split()[0] in PERSON_STOP or title_of(name.split()[0]) is not None):
            s += len(name.split()[0]) + 1  # 춘천여고(교장 직무대리 이미경): acting, then the name
            name = name.split(" ", 1)[1]
        parts = name.split()
        if tw is None or tw[1] is not None or name in PERSON_STOP or any(
                x.start < s + len(name) and s < x.end for x in ctx.mentions if x.type == "Person"):
            continue
        if not (is_korean_name(name) or (len(parts) >= 2 and all(_name_part(p) and not nominal_like(p) for p in parts))):
            continue  # (학생 수:1200명, 대회의실: no name in the brackets)
        at = sent.start + m.start("body")
        body_word = m.group("body")
        prev = re.search(r"(\S+) $", ctx.text[max(sent.start, at - 30):at])
        if prev is not None and re.search(r"[\uac00-\ud7a3A-Za-z]$", prev.group(1)) and \
                strip_particle(prev.group(1)) == prev.group(1) and not any(
                c.type == "City" and c.end == at - 1 for c in ctx.mentions):
            continue  # (오스틴 아시안 상공회의소(회장 폴 김): a name of several words, read with its head elsewhere)
        city = next((c for c in ctx.mentions if c.type == "City" and c.start == at and c.end == at + len(body_word)), None)
        if city is not None:
            body: URIRef | None = city.iri
        elif _org_iri(ctx, body_word) is not None or (SCHOOL_SHORT_END.search(body_word) and len(body_word) >= 3
                                                       and not ctx.gz.lookup(body_word)):
            body = _title_body(ctx, body_word, Span(at, at + len(body_word)))
        else:
            continue
        person(ctx, name, Span(s, s + len(name)), title=tw[0], body=body, sent=sent)


def _glossed_people(ctx: Ctx, sent: Sentence) -> None:
    """``차이 밍 자오(蔡名照) 주임``: a foreign name of one to four Hangul words glossed with its Chinese
    characters, then a title. Words before the name (a body, a country, a stop word) are left out."""
    for m in HANJA_GLOSSED_NAME.finditer(sent.text):
        tw = title_of(strip_particle(m.group("title")))
        if tw is not None and tw[1] is None:  # 존 스미스(John Smith) 오리건주지사: a head's title glued to its place
            tw = _glued_head(ctx, strip_particle(m.group("title"))) or tw
        place: Mention | None = None
        org_body: tuple[str, int] | None = None
        if tw is None:  # 옌쇄챤(諺學釧) 단둥시 부시장: the place between the gloss and the title is the body
            place = next((c for c in ctx.mentions if c.type == "City" and c.start == sent.start + m.start("title")), None)
            nxt = re.match(r" ([\uac00-\ud7a3]{1,12})(?: ([\uac00-\ud7a3]{1,12}))?", sent.text[m.end("title"):])
            tw = title_of(strip_particle(nxt.group(1))) if place is not None and nxt is not None else None
            if tw is None and place is not None and nxt is not None and nxt.group(1) in GOVERNMENT_UNITS and nxt.group(2):
                tw = title_of(strip_particle(nxt.group(2)))  # 왕리핑(王麗萍) 허난성 인민정부 부성장: past the government
            elif tw is None and place is not None and nxt is not None and nxt.group(2) and \
                    NAME_PART_STOP_ENDINGS.match(nxt.group(1)) and (after := title_of(strip_particle(nxt.group(2)))):
                tw, org_body = after, (f"{m.group('title')} {nxt.group(1)}", sent.start + m.start("title"))
                # 푸징(付靜) 허난성 외사판공실 주임: the place's office, then its officer's title
            if tw is None and nxt is not None:  # 즈엉 꾸옥 안(Duong Quoc Anh) 람동성 투자무역및관광촉진센터 센터장: the
                first = strip_particle(m.group("title"))  # body (with its place before it, if any), then the title
                if place is None and _org_iri(ctx, first) is not None and (after := title_of(strip_particle(nxt.group(1)))):
                    tw, org_body = after, (first, sent.start + m.start("title"))
                elif place is not None and nxt.group(2) and _org_iri(ctx, strip_particle(nxt.group(1))) is not None and \
                        (after := title_of(strip_particle(nxt.group(2)))):
                    tw, org_body = after, (f"{first} {strip_particle(nxt.group(1))}", sent.start + m.start("title"))
        office = False
        posting = m.group("title") if m.group("title") in ENVOY_POSTINGS and not any(
            c.type == "City" and sent.start + m.start(1) <= c.start < sent.start + m.end(1) for c in ctx.mentions) else None
        # (싱하이밍(邢海明); not 다카하시 겐(高橋健), whose surname is read as a town: the name would lose it)
        if tw is None and posting is not None:  # 싱하이밍(邢海明) 주한 중국대사: the posting, then the envoy's title
            nxt = re.match(r" ([\uac00-\ud7a3]{1,12})", sent.text[m.end("title"):])
            held = title_of(strip_particle(nxt.group(1))) if nxt is not None else None
            tw = (f"{posting} {held[0]}", None) if held is not None and held[0].endswith(POSTED_TITLES) else None
            office = tw is not None
        if tw is None and NAME_PART_STOP_ENDINGS.match(strip_particle(m.group("title"))):
            nxt = re.match(r" ([\uac00-\ud7a3]{1,12})", sent.text[m.end("title"):])
            tw = title_of(strip_particle(nxt.group(1))) if nxt is not None else None
            office = tw is not None  # 장웨이(張偉) 외사판공실 주임: an office no place names, then the title
        if tw is None:
            continue
        count = len([w for w in re.split(r"[ .-]+", m.group("latin")) if len(w) > 1]) if m.group("latin") else \
            len(m.group(2).replace(" ", ""))  # (the Latin name's initials have no Hangul word: 체렌(B.Tseren))
        parts = m.group(1).split()[-count:]
        lead = re.match(r"([A-Z])\.", m.group("latin") or "")
        if lead is not None:  # 체렌(B.Tseren): an initial the Hangul leaves out
            letter = LETTER_NAMES.get(lead.group(1), ())
            if parts and parts[0].startswith(letter) and parts[0] not in letter:
                continue  # 에이치마트(H.Mart), 케이워터(K.Water): the letter read out inside one word, a firm's name
            words_before = m.group(1).split()[:-count]
            if words_before and words_before[-1] in letter:
                parts = [words_before[-1], *parts]  # 제이 리(J. Lee): the initial written as a word of the name
        if m.group("latin") and any(c.type == "Country" for c in ctx.gz.lookup(m.group("latin"), lang="en")):
            continue  # 뉴질랜드(New Zealand) 대사: a country glossed, no name
        cut = next((k for k in range(len(parts) - 2, -1, -1) if parts[k] in NAME_STOP or parts[k] in PERSON_STOP or
                    parts[k] in GOVERNMENT_UNITS or (len(parts[k]) >= 3 and CASE_ENDED_WORD.search(parts[k]))), None)
        if cut is not None and m.group("latin"):
            parts = parts[cut + 1:]  # 이날 회담에는 황선짜(Hoàng Sơn Trà): a word of the clause before ends no name, nor
            # does a government's word (군 인민위원회 황선짜(Hoàng Sơn Trà) 위원장: the name is one word, its gloss three)
        while parts and (parts[0] in PERSON_STOP or title_of(parts[0]) or _place_before_name(ctx, parts)
                         or _org_iri(ctx, parts[0]) is not None or strip_particle(parts[0]) != parts[0]
                         or inflected(parts[0]) or (not m.group("latin") and (
                             nominal_like(parts[0]) or not _name_part(parts[0])))
                         or (len(parts) > 1 and (m.group("latin") or "").isupper() and nominal_like(parts[0]))):
            # (추운표(ZOU YUNBIAO): a Chinese name in capitals, written as one Hangul word; 이날 is none of it)
            # (a word for each Latin one, 웬 탄 퐁 (Nguyen Thanh Phong): no syllable of the name is a common word)
            parts = parts[1:]
        if not parts or (len(parts) == 1 and is_korean_name(parts[0]) and place is None and not m.group("note")
                         and not m.group("latin")):
            continue  # 박민수(朴敏洙) 시장: a Korean name, read with the photo notes
        if (m.group("latin") or "").isupper() and len(parts) == 1 and not (
                is_hangul_word(parts[0], 2, 4) and parts[0][0] in KOREAN_SURNAMES and not nominal_like(parts[0])):
            continue  # (코트라(KOTRA LA) 관장, 후원사(SAMSUNG ELECTRONICS) 대표: a body glossed in capitals, no name)
        name = " ".join(parts)
        s = sent.start + m.end(1) - len(name)
        inside = [x for x in ctx.mentions if x.start < s + len(name) and s < x.end]
        if inside and (not m.group("latin") or any(x.type != "Country" for x in inside)):
            continue
        ctx.mentions[:] = [x for x in ctx.mentions if x not in inside]  # (느구엔 탄 타이: no country 타이)
        title, named = tw
        at = sent.start + m.start("title")
        body = None
        if org_body is not None:
            body = _title_body(ctx, org_body[0], Span(org_body[1], org_body[1] + len(org_body[0])))
            if place is not None:
                place.via_title = True
        elif place is not None:
            body, place.via_title = place.iri, True
        elif named:
            body = next((c.iri for c in ctx.mentions if c.type == "City" and at <= c.start < at + len(m.group("title"))), None)
        if body is None and m.group("note"):  # 왕밍(王明, 통화시 부시장) 단장: the city of the post in brackets
            lo, hi = sent.start + m.start("note"), sent.start + m.end("note")
            body = next((c.iri for c in ctx.mentions if c.type == "City" and lo <= c.start < hi), None)
        unit = re.search(rf"(?:\s(?:{'|'.join(GOVERNMENT_UNITS)}))?\s?$", ctx.text[max(0, s - 12):s])
        gap = len(unit.group(0)) if unit else 0
        before = next((x for x in ctx.mentions if x.type in ("Organization", "City") and 0 <= s - gap - x.end <= 1
                       and not x.qualifier), None)
        if body is None and named is None and before is not None:
            body = before.iri  # 호치민시 인민위원회 웬 탄 퐁 (Nguyen Thanh Phong) 위원장: the city's government, named
            # before the name
        if body is None and named is None and not office:
            body = _officer_body(ctx, sent, title, s)
        person(ctx, name, Span(s, s + len(name)), title=title, body=body, sent=sent)


def _place_before_name(ctx: Ctx, parts: list[str]) -> bool:
    """The first of the words before a glossed name is a place, not part of the name: a country, a region, a
    place written with its suffix (``중국``, ``산둥성``, ``웨이하이시``) — not a bare town's name a surname also
    spells before a given name (``야마다 다로(山田太郎)``: Yamada is a town and a surname)."""
    if not ctx.gz.lookup(parts[0]):
        return False
    return ctx.gz.locates(parts[0]) or parts[0][-1] in "시군구성현주도" or len(parts) == 1


def _aged_people(ctx: Ctx, sent: Sentence) -> None:
    """``홍길동(45)씨``, ``김민석(남, 41세)씨``: a Korean name with its age in brackets before a word that marks a
    person without an office (no body is linked)."""
    for m in AGED_NAME.finditer(sent.text):
        name, s = m.group("name"), sent.start + m.start("name")
        if len(name) > 4 and m.group("hanja") is None:
            continue  # (a long word before an age is a name only with its characters: 페이하이옌(裴海燕·28)씨)
        foreign = m.group("marker") == "씨" and _name_part(name) and name not in PERSON_STOP and (
            m.group("hanja") is not None or not nominal_like(name))  # (쉬단(徐丹·40·여) 씨: its characters say a name)
        if not (is_korean_name(name) or foreign) or any(x.start < s + len(name) and s < x.end for x in ctx.mentions):
            continue  # (리웨이(29)씨, 장밍(31)씨: a foreign name with its age, marked by 씨)
        prev = re.search(r"([\uac00-\ud7a3]{1,6}) $", ctx.text[max(0, s - 8):s])
        if not is_korean_name(name) and prev is not None and verb_alone(prev.group(1)) and \
                not any(x.end == s - 1 for x in ctx.mentions):
            continue  # (한다 리에(39)씨: the word before may be the name's first part; no half a name)
        person(ctx, name, Span(s, s + len(name)), title=m.group("marker"), body=None, sent=sent)


def _office_in_brackets_people(ctx: Ctx, sent: Sentence) -> None:
    """``김한주(가온산업 대표)``, ``박지훈(광명시장)``, ``이서윤(한빛대 교수)``: a Korean name with its office in
    brackets after it. The title closes the brackets; the body is named before it inside (a place, a body the
    article names, a firm, a local body or a university written short), or inside the title word (광명시장)."""
    if "(" not in sent.text:
        return
    for m in NAME_THEN_OFFICE_IN_BRACKETS.finditer(sent.text):
        name, s = m.group("name"), sent.start + m.start("name")
        tw = title_of(m.group("title"))
        if tw is None or not is_korean_name(name) or name in PERSON_STOP or nominal_like(name) or \
                any(x.start < s + len(name) and s < x.end for x in ctx.mentions):
            continue
        title, named = tw
        at = sent.start + m.start("title")
        body: URIRef | None = None
        if named is not None:
            body = _body(ctx, Word(m.group("title"), at, at + len(m.group("title")), m.group("title"), "", ""), named)
        elif m.group("body"):
            text = m.group("body")
            if " " in text:
                continue  # (박도윤(남원 시의회 의장): a roster's body written apart, read by _roster_people)
            b_at = sent.start + m.start("body")
            word = Word(text, b_at, b_at + len(text), text, "", "")
            body = _body(ctx, word, None) or _org_word(ctx, word, title)
            if body is None and (COMPANY_END.search(text) or LOCAL_BODY.match(text) or org_suffix(text) is not None):
                body = minted("org", text)  # 가온산업 대표, 남원시 체육회 회장: a firm or a body no table names
                ctx.org_names.setdefault(body, (text, Span(b_at, b_at + len(text))))
            if body is None:
                continue  # (김철수(전 광명시 부시장), 박민수(행사 진행 담당): no body this rule can name)
        if named is not None and body is None:
            continue  # (명소(부산 자갈치시장): a market no town's, no name before it)
        iri = person(ctx, name, Span(s, s + len(name)), title=title, body=body, sent=sent)
        if iri is not None:
            _second_office_after(ctx, sent, m.end(), iri)


def _second_office_after(ctx: Ctx, sent: Sentence, at: int, iri: URIRef) -> None:
    """``김한주(가온산업 대표) 의정부시 우호협회장``: a place's own body and its head's title glued, right after the
    brackets of a name's office, are a second office of the same person (the place names the body)."""
    m = _PLACE_BODY_TITLE.match(sent.text, at)
    if m is None:
        return
    place = next((c for c in ctx.mentions if c.type == "City" and c.start == sent.start + m.start("place") and
                  c.end == sent.start + m.end("place")), None)
    tw = title_of(strip_particle(m.group("t")))
    if place is None or tw is None or tw[1] is None or not _local_body(minted("org", tw[1]), tw[1]):
        return
    t_at = sent.start + m.start("t")
    body = _title_body(ctx, f"{m.group('place')} {tw[1]}", Span(place.start, t_at + len(tw[1])))
    place.via_title = True
    name, span = ctx.org_names[body]
    ctx.entity(Entity(body, "Organization", name, mentions=[span]))
    ctx.mentions.append(Mention(span.start, span.end, name, body, "Organization", "org"))
    ctx.fact(iri, V.SCHEMA.worksFor, body, sent)


#: a place and a title glued to its body, written right after a bracket (``)의정부시 우호협회장``, ``) 남구 체육회장``)
_PLACE_BODY_TITLE = re.compile(r"\s?(?P<place>[\uac00-\ud7a3]{2,8})\s(?P<t>[\uac00-\ud7a3]{3,14})(?![\uac00-\ud7a3])")


def _may_open_the_name(ctx: Ctx, w: Word) -> bool:
    """The word before a one-word name may be the name's first part (``한다 리에 씨``: half a name alone): a bare
    Hangul word, no verb modifying the name (``온 리웨이 씨``), no particle, place or title."""
    ts = tags(w.text)
    return not w.tail and is_hangul_word(w.text, 1, 6) and not _is_mention(ctx, w) and \
        not any(t == "ETM" or t.startswith("J") for _, t in ts) and title_of(w.text) is None and \
        not nominal_like(w.text) and w.text not in PERSON_STOP


#: a Korean name with 씨 written against it, and its particle (``이상호씨를``, ``김가온씨는``)
_GLUED_SSI = re.compile(r"([\uac00-\ud7a3]{3})씨(?:는|가|를|와|의|에게|도|로부터)?")


def _marked_people(ctx: Ctx, sent: Sentence, words: list[Word]) -> None:
    """``김민지 학생``, ``이서준 작가``, ``박하늘 씨``: a Korean name before a word that marks a person without
    an office (no body is linked); also ``이상호씨를`` (씨 written against the name) and, after a place abroad in the
    sentence, a foreign name of one word (``장자제시에서 초평 씨가``, ``형주시 공무원 … 락방재 씨가``)."""
    for w in words:
        glued = _GLUED_SSI.fullmatch(w.text)
        if glued is not None and is_korean_name(glued.group(1)) and not any(
                m.start < w.end and w.start < m.end for m in ctx.mentions) and _name_part(glued.group(1)):
            person(ctx, glued.group(1), Span(w.start, w.start + len(glued.group(1))), title="씨", body=None, sent=sent)
    for i, w in enumerate(words[1:], 1):
        marker = strip_particle(w.text)
        if marker not in PERSON_MARKERS:
            marker = _MARKER_PARTICLE.sub("", w.text)
        prev = words[i - 1]
        if marker not in PERSON_MARKERS or prev.tail or any(m.start < prev.end and prev.start < m.end
                                                              for m in ctx.mentions):
            continue
        name = prev.text
        shaped = len(name) == 3 or (len(name) == 4 and name[:2] in KOREAN_SURNAMES)
        if shaped and _name_word(ctx, prev) and _name_part(name):
            person(ctx, name, Span(prev.start, prev.end), title=marker, body=None, sent=sent)
            continue
        names = _foreign_name(ctx, words, i)
        cut = max((k + 1 for k, x in enumerate(names) if _MARKER_PARTICLE.sub("", x.text) in PERSON_MARKERS
                   or strip_particle(x.text) in PERSON_MARKERS), default=0)
        names = names[cut:]  # 존 스미스 씨와 메리 존스 씨: the name after the last marker
        if len(names) >= 2 and not is_korean_name("".join(x.text for x in names)):  # 다나카 유이 씨: a foreign name
            person(ctx, joined_name(names), Span(names[0].start, names[-1].end), title=marker, body=None, sent=sent)
    abroad = [m.end for m in ctx.in_sentence(sent, types=("City", "Country")) if "/kr/" not in str(m.iri)
              and not str(m.iri).endswith("/KR")]
    for i, w in enumerate(words[1:], 1):
        prev = words[i - 1]
        if re.fullmatch(r"씨(?:가|는|와|도|의|를|에게)?", w.text) and not prev.tail and abroad and min(abroad) <= prev.start and \
                2 <= len(prev.text) <= 4 and _name_part(prev.text) and \
                not nominal_like(prev.text) and prev.text not in PERSON_STOP and not ctx.gz.lookup(prev.text) and \
                not (i >= 2 and _may_open_the_name(ctx, words[i - 2])) and \
                not any(m.start < prev.end and prev.start < m.end for m in ctx.mentions):
            person(ctx, prev.text, Span(prev.start, prev.end), title="씨", body=None, sent=sent)
