"""Cities and countries in Korean text: gazetteer matches, filtered by context.

Short names (제천 for 제천시) count only where the context makes them certain: a title (제천시장),
the full name elsewhere in the article, a province before them (충북 보은), or a list of cities.
Homonyms (광주, 고성, 중구) are resolved by a province or a full name, or left out.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from itertools import pairwise

from rdflib import URIRef

from .. import places
from ..hangul import HANGUL, compose, decompose, is_hangul_word, is_syllable, open_finals
from ..names import loader
from ..vocab import article_iri, city_iri
from .context import Ctx, Mention
from .gazetteer import COMMON_WORDS, HANJA_COUNTRIES, Cand
from .ko_tags import common_noun_alone, common_noun_with_particle, tags, unknown_name, unknown_word
from .lexicon import (
    CITY_COMPOUND_RE,
    KOREAN_SURNAMES,
    NAME_STOP,
    PARTICLE,
    PARTICLES_RE,
    TITLES,
    korean_given_name,
)
from .patterns_ko_places import (
    ACTOR_NEXT_RE,
    ACTOR_RE,
    BARE_DISTRICT_PARTNER,
    BARE_VISIT_AFTER_RE,
    BELONGS_TO_RE,
    BODY_WORD_END_RE,
    CITY_WORD_PREFIXES,
    COMMON_WORD_CHAINED_BEFORE,
    COMMON_WORD_LISTED_AFTER,
    COMPASS_PART,
    COORDINATED_BEFORE_RE,
    COPULA_RE,
    COUNTED_DOT_LIST_RE,
    COUNTED_SPACED_LIST_RE,
    COUNTRY_IN_BRACKETS_RE,
    DELEGATION_AFTER_RE,
    DISTRICT_SUFFIXES,
    EVENT_NAME_AFTER_RE,
    FOREIGN_LIST_JOINERS,
    GIVEN_NAME_AFTER_SURNAME,
    GLOSSED_INSIDE_RE,
    GOVERNMENT_AFTER_RE,
    HANJA_GLOSS_RE,
    HEAD_ACTS_AFTER_RE,
    HEAD_ACTS_SECOND_BEFORE_RE,
    HEAD_SUBJECT_AFTER_RE,
    HOUR_STEMS,
    HYPHEN_EACH_TIE_RE,
    HYPHEN_PAIR_RE,
    HYPHEN_TIE_AFTER_RE,
    JP_TOWN_SUFFIXES,
    LIST_END_PARTNERS_RE,
    LIST_SEPARATORS,
    LISTED_AFTER_DESCRIPTOR_RE,
    LISTED_NEXT_RE,
    LOCATED_BEFORE_RE,
    LOCATING_UNIT_ENDS,
    METRO_REGION_WORDS,
    MUNICIPAL_SUFFIXES,
    NAME_GLOSS_RE,
    NOT_PLACE_WORDS,
    NOUN_BEFORE_COMMON_RE,
    NUMBERED_DISTRICT_RE,
    OFFICERS_LISTED_AS_PARTNERS_RE,
    PAIR_PARTICLES_AFTER_CONSONANT,
    PAIR_PARTICLES_AFTER_VOWEL,
    PARTICLE_ENDED,
    PARTNER_BEFORE_TIE_RE,
    PARTNER_TIE_AFTER_RE,
    PLACE_THEN_TITLE_RE,
    REGION_HANJA,
    REGION_SUFFIXES,
    REGION_VISITED_RE,
    SHORT_VISITED_AFTER_RE,
    SPACED_CITY_RE,
    SPACED_MUNICIPAL_RE,
    SPACED_OFFICE_RE,
    SUB_UNIT_AFTER_RE,
    SUFFIX_TITLES,
    SURNAME_BEFORE_NAME_RE,
    TIE_AFTER_RE,
    TIE_DESCRIPTOR_BEFORE_RE,
    TIE_RELATIVE_BEFORE_RE,
    TIE_WORD_RE,
    TITLE_AFTER_NAME_RE,
    UNKNOWN_FOREIGN_NEXT_RE,
    UNKNOWN_FOREIGN_SUFFIXES,
    UNKNOWN_FOREIGN_VISITED_RE,
    UNKNOWN_WORD_SCORE,
    VENUE_AFTER_RE,
    WEAK_TIE_AFTER_RE,
    WEAK_VISITED_AFTER_RE,
    WHEN_STEMS,
    Suffix,
    is_market,
    municipal_suffixes,
    region_suffixes,
)

_HANGUL = re.compile(rf"[{HANGUL}日中美獨佛英露濠越伊加印泰比蒙臺]")
_HANGUL_RUN = re.compile(_HANGUL.pattern + "+")
_WORD_AT = re.compile(rf"[ \t]+([{HANGUL}]+(?:-[{HANGUL}]+)*)")
_BRACKETED_TOWN = re.compile(rf"\(([{HANGUL}]{{2,10}})\)")
_COUNT_LIST = re.compile(r"\s*\d+\s*개\s*(?:도시|지자체|시군|지방정부|자치단체)\s*\(([^)]{3,200})\)")
COMMON_REGION_WORDS = frozenset("정부 대사관 관광 문화 경제 국 전 현 각 모 지".split())


def _is_hangul(ch: str) -> bool:
    return bool(_HANGUL.match(ch))


def _is_province(c: Cand) -> bool:
    return c.level == "sido" and c.name_ko.endswith("도")


def _rest_ok(rest: str, cands: list[Cand]) -> bool:
    if not rest or PARTICLES_RE.match(rest):
        return True
    if all(c.type == "Country" for c in cands):
        return rest in ("인", "측", "정부", "대사관")
    return bool(CITY_COMPOUND_RE.match(rest) or COPULA_RE.match(rest))


def scan(ctx: Ctx) -> list[tuple[int, int, str, list[Cand], str]]:
    """Raw matches: (start, end, surface, candidates, rest-of-word) for every word that starts with a name."""
    text, gz = ctx.text, ctx.gz
    out = []
    for run in _HANGUL_RUN.finditer(text):  # each longest run of Hangul (and country initials such as 中)
        i, word = run.start(), run.group(0)
        if word in HANJA_COUNTRIES and re.match(r"[ \t]+[\uac00-\ud7a3]", text[run.end():run.end() + 2]):
            out.append((i, i + 1, word, gz.lookup(word), ""))  # 美 오스틴: a country's one-character abbreviation
            continue
        for length in range(min(len(word), gz.max_len), 1, -1):
            cands = gz.lookup(word[:length])
            if cands and _rest_ok(word[length:], cands):
                out.append((i, i + length, word[:length], cands, word[length:]))
                break
    return out


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"(\S+)\s*$", text[max(0, start - 20):start])
    return m.group(1) if m else ""


def recognise(ctx: Ctx) -> None:
    """Add City and Country mentions to ``ctx.mentions``."""
    raw = _scanned(ctx)
    text = ctx.text
    full_iris = {c.iri for _, _, _, cands, _ in raw for c in cands if c.kind in ("full", "store") and len(cands) == 1}
    accepted: list[Mention] = []
    chosen_at: dict[int, Cand] = {}
    known_foreign: set[URIRef] = set()
    for _round in range(2):  # a homonym settled once (경남 고성군) settles its other mentions (고성군수)
        for idx, (s, e, surf, cands, rest) in enumerate(raw):
            if idx in chosen_at:
                continue
            again = [c for c in cands if c.iri in known_foreign]
            if again:  # 일본 나라시 … 나라시와: a foreign city named once with its country is that city again
                chosen_at[idx] = again[0]
                continue
            prev_match = raw[idx - 1] if idx else None
            adjacent_prev = prev_match is not None and text[prev_match[1]:s].strip() == "" and not prev_match[4]
            prev_province = [c for c in (prev_match[3] if adjacent_prev and prev_match else []) if _is_province(c)
                             or (c.type == "City" and c.level == "sido")]
            prev_country = prev_match[3][0].country if adjacent_prev and prev_match and \
                prev_match[3][0].type == "Country" else None
            if prev_country is None and prev_match is not None and prev_match[4] == "의" and \
                    text[prev_match[1] + 1:s] == " " and prev_match[3][0].type == "Country":
                prev_country = prev_match[3][0].country  # 일본의 나가사키: the country's genitive, then its city
            if prev_country is None and adjacent_prev and prev_match is not None:  # 중국 강소성 상주시
                prev_country = next((c.country for c in prev_match[3] if c.kind == "region"
                                     and c.country not in (None, "KR")), None)
            nxt = raw[idx + 1] if idx + 1 < len(raw) else None
            before_city = nxt is not None and not rest and text[e:nxt[0]].strip() == "" and \
                any(c.type == "City" and c.level != "sido" for c in nxt[3])
            if not prev_province and prev_match is not None and idx - 1 in chosen_at and not prev_match[4] \
                    and text[prev_match[1]:s].strip() in LIST_SEPARATORS[1:] and text[prev_match[1]:s].strip():
                # 강원 강릉·화천·횡성: a short name chained by · to a settled one shares its province
                settled = chosen_at[idx - 1]
                prev_province = [p for p in ctx.gz.lookup(settled.province) if p.level == "sido"] \
                    if settled.country == "KR" and settled.province else []
            if prev_country is None:
                prev_country = _foreign_support(ctx, raw, chosen_at, idx)
            chosen = _choose(ctx, s, e, surf, cands, rest, prev_province=prev_province, prev_country=prev_country,
                             full_iris=full_iris, prev=_prev_word(text, s), before_city=before_city)
            if chosen is not None:
                chosen_at[idx] = chosen
        full_iris |= {c.iri for c in chosen_at.values() if c.kind != "short"}
        known_foreign |= {c.iri for c in chosen_at.values() if c.type == "City" and c.country not in (None, "KR")}
    for idx, chosen in sorted(chosen_at.items()):
        s, e, surf, cands, rest = raw[idx]
        country = next((c for c in cands if c.type == "Country"), None)
        if chosen.type == "City" and country is not None and not rest and _BRACKETED_TOWN.match(text, e):
            chosen = country  # 멕시코(똘루카시): the country, its town in brackets (not Mexico City)
        accepted.append(Mention(s, e, surf, chosen.iri, chosen.type, chosen.kind, rest))
    _spaced_offices(ctx, accepted)
    _spaced_counties(ctx, accepted)
    _glossed_inside(ctx, accepted)
    _surnames_named_like_towns(ctx, accepted)
    _surnames_paired_with_surnames(ctx, accepted)
    _names_like_citizens(ctx, accepted)
    # after a country name: 일본 미야자키시, 중국 산둥성 웨이하이시, 일본 사가현 상봉정, 베트남 박닌성(과)
    for m in list(accepted):
        if m.type != "Country" or (m.rest and not (m.rest == "의" and ctx.text.startswith("의 ", m.end))):
            continue  # (일본의 야즈정: the genitive, then the place)
        _after_country(ctx, m, accepted)
    for m in list(accepted):  # 장자제시와 다롄시 진저우구: a district after a city abroad, wherever the city stands
        cand = ctx.gz.by_iri.get(m.iri)
        if m.type == "City" and m in accepted and not m.qualifier and cand is not None and \
                cand.country not in (None, "KR") and cand.level != "region":
            _district_after(ctx, accepted, m, cand.country)
    for m in list(accepted):  # 강소성 관남현: a known region locates the town after it
        cand = ctx.gz.by_iri.get(m.iri)
        inside = BELONGS_TO_RE.match(ctx.text, m.end) if m.rest == "에" else None  # 동나이성에 속한 통녓현: the
        of_it = m.rest == "의" and ctx.text.startswith("의 ", m.end)  # (산서성의 진중시: the region's town)
        if cand is not None and cand.level == "region" and (not m.rest or inside or of_it) and not m.qualifier and \
                cand.country:
            at = inside.end() if inside else (m.end + 1 if of_it else m.end)
            city = _municipality_at(ctx, at, cand.country, after_region=True)  # town in it
            if city is not None:
                start, stem, suf, rest = city
                _new_place(ctx, accepted, start, stem + suf, cand.country, rest, key=stem if suf.strip() == "시" else None)
                m.qualifier = True
    for m in [a for a in accepted if a.kind == "new"]:  # 프라이부르크시장, 프라이부르크시와: the same new city again
        stem, suffix = _split_suffix(m.surface)
        for hit in re.finditer(re.escape(stem) + "(" + re.escape(suffix) + r")?(?=[\uac00-\ud7a3]{0,4}(?:\s|[,.)(]|$))", text):
            rest_m = re.match(rf"[{HANGUL}]*", text[hit.end():])
            rest = rest_m.group(0) if rest_m else ""
            if any(a.start <= hit.start() < a.end for a in accepted) or not (not rest or CITY_COMPOUND_RE.match(rest)):
                continue
            if hit.start() > 0 and _is_hangul(text[hit.start() - 1]):
                continue
            accepted.append(Mention(hit.start(), hit.end(), hit.group(0), m.iri, "City", "new", rest))
    _regions_by_stem(ctx, accepted)
    _hyphen_places(ctx, accepted)
    _dotted_list_places(ctx, accepted)
    _variant_spellings(ctx, accepted)
    _unknown_foreign(ctx, accepted)
    _listed_among_towns(ctx, accepted)
    _listed_towns(ctx, accepted)
    _common_words_listed(ctx, accepted)
    _glossed_hyphen_places(ctx, accepted)
    accepted.sort(key=lambda m: m.start)
    _merge_new_variants(ctx, accepted)
    _glide_variants(ctx, accepted)
    _mark_qualifiers(ctx, accepted)
    ctx.mentions.extend(accepted)


def _choose(ctx: Ctx, s: int, e: int, surf: str, cands: list[Cand], rest: str, *, prev_province: list[Cand],
            prev_country: str | None, full_iris: set[URIRef], prev: str, before_city: bool = False) -> Cand | None:
    kr = [c for c in cands if c.country == "KR" or c.type == "Country"]
    if rest[:1] in ("시", "군", "구"):  # 청도시: not 청도군, whose level is another (a city abroad: 靑島)
        kr = [c for c in kr if c.kind != "short" or c.name_ko.endswith(rest[0])]
    regions = [c for c in cands if c.kind == "region"]
    if regions and not [c for c in kr if c.kind != "short"]:  # 산둥성, 사가현: a region's full name is certain
        return next((c for c in regions if c.country == prev_country), regions[0])
    foreign = [c for c in cands if c.type == "City" and c.country != "KR"]
    country = next((c for c in cands if c.type == "Country"), None)
    if country is not None and before_city and not rest:
        return country  # 클루지나포카·멕시코 톨루카: a country right before a city locates it (not Mexico City)
    strong_rest = bool(rest) and not PARTICLES_RE.match(rest)  # 광명시장, 부안군수, 오스나브뤼크시청
    # narrow by a province right before (경기 광주, 충북 보은)
    if prev_province and kr:
        provs = {p.name_ko for p in prev_province}
        narrowed = [c for c in kr if c.province in provs or c.name_ko in provs]
        if narrowed:
            kr = narrowed
    if prev_country and foreign:
        narrowed = [c for c in foreign if c.country == prev_country]
        if narrowed:
            return max(narrowed, key=lambda c: (c.kind == "store", c.population))
    if prev_country and prev_country != "KR" and not any(c.country == prev_country for c in foreign):
        abroad = [c for n in (surf, surf + "시" if rest[:1] == "시" else "") if n
                  for c in ctx.gz.abroad.get(n, ()) if c.country == prev_country]
        if abroad and not rest and not re.match(r"\s*(?:[,·ㆍ)]|등[\s과와])", ctx.text[e:e + 4]):
            abroad = []  # 중국 상주 대표처: a bare reading before a noun is a word (상주, resident), not the city
        if abroad:  # 중국 양주시, 중국 청도, 대련: the Sino-Korean reading of a city there (Yangzhou, Qingdao)
            return max(abroad, key=lambda c: c.population)
        return None  # 중국 강소성 상주시: after a foreign country or region, a Korean city's name is a city there
    full = [c for c in kr if c.kind in ("full", "store", "country")]
    short = [c for c in kr if c.kind == "short"]
    if full:
        if len({c.iri for c in full}) == 1:
            return (_metro_named_alike(ctx, full[0]) if not prev_province else None) or full[0]
        known = [c for c in full if c.iri in full_iris]
        if len(known) == 1:
            return known[0]
        settled = _by_named_city(ctx, e, full)  # 중구(인천), or 중구 where only 인천 is named: the 구 of that city
        return settled if settled is not None else _unsettled(ctx, full)
    if short:
        iris = {c.iri for c in short}
        if len(iris) > 1:
            known = [c for c in short if c.iri in full_iris]
            short = known if len({c.iri for c in known}) == 1 else _same_level_as_list(ctx, s, e, short)
            if not short:
                return None
        c = short[0]
        if c.level == "sido" and before_city:
            return c  # 경기 광주시, 충북 보은군: a province naming where the next city lies
        if NOUN_BEFORE_COMMON_RE.search(ctx.text, max(0, s - 8), s):
            return None  # 협력 강화를 위해, 교류 확대 … 기반 조성: a common noun after another (강화, strengthening)
        if strong_rest or c.iri in full_iris or prev_province or _in_city_list(ctx, s, e) \
                or VENUE_AFTER_RE.match(ctx.text, e) or _dotted_before_full(ctx, s, e, c) \
                or SHORT_VISITED_AFTER_RE.match(ctx.text, e) or (
                    c.country == "KR" and TIE_DESCRIPTOR_BEFORE_RE.search(ctx.text[max(0, s - 16):s]) is not None):
            return c  # 제천시장, 충북 보은, (제천, 부안), 전주에서 열리는 엑스포, 수원을 찾았다, 자매도시인 여주로 (a
            # short name that is also a word, 여주, after the tie that names it a city)
        if foreign:
            return _foreign_choice(ctx, foreign, surf, rest, prev_country, after=ctx.text[e:e + 30],
                                   before=ctx.text[max(0, s - 20):s])
        return None
    if foreign:
        return _foreign_choice(ctx, foreign, surf, rest, prev_country, after=ctx.text[e:e + 30],
                               before=ctx.text[max(0, s - 20):s])
    return None


def _unsettled(ctx: Ctx, full: list[Cand]) -> Cand | None:
    """A homonym nothing in the article settles (강서구 of Seoul or of Busan): a city of this article only.

    It is kept, not dropped — its ties and events stay — under an IRI of its own article, so that it never
    merges with either namesake; ``kgraph entities --duplicates`` proposes the candidates."""
    names = {c.name_ko for c in full}
    if len(names) != 1 or any(c.country != "KR" for c in full):
        return None
    name = names.pop()
    article = str(article_iri(ctx.article.key)).rsplit("/", 1)[-1][:8]
    return Cand(city_iri("kr", name, qualifier="in-" + article), "City", "KR", "new", name,
                full[0].name_en, "", 0, full[0].level)


def _foreign_support(ctx: Ctx, raw: list[tuple[int, int, str, list[Cand], str]], chosen_at: dict[int, Cand],
                     idx: int) -> str | None:
    """The country a bare foreign name's own context gives it, as a country right before it would: its country in
    brackets after it (``닝보(중국)``), a tie word before it (``자매도시인 닝보``: the gazetteer's country), or a
    list that continues a foreign city (``중국 옌타이와 선양``: the first city's country). None when nothing does."""
    s, e, _surf, cands, rest = raw[idx]
    foreign = {c.country for c in cands if c.type == "City" and c.country not in (None, "KR")}
    if not foreign or (rest and not PARTICLES_RE.match(rest)):
        return None
    if not rest and (m := COUNTRY_IN_BRACKETS_RE.match(ctx.text, e)) is not None:
        inside = {c.country for c in ctx.gz.lookup(m.group(1)) if c.type == "Country"}
        if inside & foreign:
            return (inside & foreign).pop()
    if len(foreign) == 1 and (TIE_DESCRIPTOR_BEFORE_RE.search(ctx.text[max(0, s - 16):s]) or
                              LISTED_AFTER_DESCRIPTOR_RE.search(ctx.text[max(0, s - 160):s])):
        return next(iter(foreign))  # (자매우호도시인 애틀란타, 히로시마, 칭다오: every name of the list the tie word opens)
    if len(foreign) == 1 and len(_surf) >= 3 and PARTNER_BEFORE_TIE_RE.match(ctx.text, e) and \
            not any(c.country == "KR" for c in cands):  # (안산시와 자매결연: Ansan, not the Chinese Anshan)
        return next(iter(foreign))  # 알마티와 우호도시 협정: a partner, named as such
    if not rest and len(foreign) == 1 and len(_surf) >= 2 and DELEGATION_AFTER_RE.match(ctx.text, e) and \
            not any(c.country == "KR" for c in cands):
        return next(iter(foreign))  # 오사카 대표단이 … 방문: the city that sends the delegation
    if rest in ("을", "를") and len(foreign) == 1 and len(_surf) >= 2 and SHORT_VISITED_AFTER_RE.match(ctx.text, e) and \
            not any(c.country == "KR" for c in cands) and tags(_surf) == ((_surf, "NNP"),):
        return next(iter(foreign))  # 베이징을 방문해, 도쿄를 찾아: the city visited (not 나라를 찾아, a common noun)
    nxt = chosen_at.get(idx + 1)
    if nxt is not None and nxt.type == "City" and nxt.country not in (None, "KR") and not rest and \
            (nxt.country in foreign or len(foreign) == 1) and nxt.kind != "short" and \
            ctx.text[e:raw[idx + 1][0]].strip() in ("·", "ㆍ", ","):
        return nxt.country if nxt.country in foreign else next(iter(foreign))  # 베이징·상하이시와: the list's country
    prev = chosen_at.get(idx - 1)
    if idx and prev is not None and prev.type == "City" and prev.country not in (None, "KR") and \
            (prev.country in foreign or len(foreign) == 1):
        _p_s, p_e, _p, _c, p_rest = raw[idx - 1]
        if (p_rest + ctx.text[p_e + len(p_rest):s]).strip() in ("와", "과") and \
                any(c.country == "KR" and c.kind in ("full", "store") for c in cands):
            return None  # 중국 운성시와 안양시가 자매결연: a pair joined by 와 names a Korean city by its full name
        if _list_joined(ctx, p_e, p_rest, s) or (ctx.text[p_e:s].startswith("(") and
                                               ctx.text[p_e:s].rstrip().endswith(("와", "과", ",", "·"))):
            # 옌타이와 선양; 닝보와 히로시마 (one foreign reading: the list goes on abroad)
            return prev.country if prev.country in foreign else next(iter(foreign))
    return None


def _given_name_between(ctx: Ctx, before: str, after: str) -> bool:
    """A word ending in 시 between a surname and a title (``스즈키 다카시 시장``, ``(시장 야마시타 아키시)``) is a
    Japanese given name: the word before is no country, no Korean place and no word Kiwi knows alone (not ``이듬해
    구라요시시 시장``), a title follows or a head's bracket holds both."""
    surname = GIVEN_NAME_AFTER_SURNAME.search(before)
    return surname is not None and \
        not any(c.type == "Country" or c.country == "KR" for c in ctx.gz.lookup(surname.group(1))) and \
        not common_noun_alone(surname.group(1)) and not _name_of_two_words(ctx, before[:surname.start(1)]) and \
        (TITLE_AFTER_NAME_RE.match(after) is not None or _place_then_title(ctx, after) or
         re.search(r"\(\s*[\uac00-\ud7a3]{1,6}\s+[\uac00-\ud7a3]{2,5}\s$", before) is not None)


def _long_city_stem(word: str, foreign: list[Cand]) -> bool:
    """``오사카시``, ``요코하마시``: a town abroad whose name has three syllables or more before its 시 is that town, never a
    Japanese given name (those end in two syllables and 시: 다카시, 히로시; or in 요시: 마사요시, no town's name).

    >>> _long_city_stem("다카시", [])
    False
    """
    stem = word[:-1]
    return len(stem) >= 3 and any(c.name_ko == stem and c.type == "City" and c.level == "city" for c in foreign)


def _name_of_two_words(ctx: Ctx, before: str) -> bool:
    """The text before a surname ends with another word of a name (``모리야마 다케시 구로베시 시장``): the two make the
    name, and the word ending in 시 after them is the town (a Japanese name written in Hangul has two words). The
    word is no country, no Korean place, no word with a place's suffix and no title, and Kiwi reads it as a name or
    a word it does not know (not ``이날 스즈키 다카시 시장``, ``방문한 야마시타 아키시 시장``, ``일본 …``,
    ``나가노현 …``; a surname may also be a town's name: 모리야마)."""
    m = GIVEN_NAME_AFTER_SURNAME.search(before)
    return m is not None and m.group(1)[-1] not in "시군구도현주성정" and not m.group(1).endswith(TITLES) and \
        not any(c.type == "Country" or c.country == "KR" for c in ctx.gz.lookup(m.group(1))) and \
        unknown_name(m.group(1))


def _place_then_title(ctx: Ctx, after: str) -> bool:
    """A known city written apart, then a head's title (``나고야 시장``): the word before them ends a name."""
    m = PLACE_THEN_TITLE_RE.match(after)
    return m is not None and any(c.type == "City" and c.level == "city" for c in ctx.gz.lookup(m.group(1)))


def _foreign_choice(ctx: Ctx, foreign: list[Cand], surf: str, rest: str, prev_country: str | None, *,
                    after: str = "", before: str = "") -> Cand | None:
    if not rest and after[:1].isdigit():
        return None  # 코로나19, 메가시티2030: a name glued to a number is a word of its own, no town abroad
    if not rest and surf.endswith("시") and any(c.name_ko == surf for c in foreign) and SURNAME_BEFORE_NAME_RE.match(after):
        return None  # 다카하시 유키 오타시장, 고바야시 겐 의장: a Japanese surname ending like 시 (the city itself is
        # 다카하시시), then a name and a title; not 덴리시 나미카와 켄 시장, the city 덴리 and its suffix
    word, tail = (surf, after) if not rest else (surf + rest, after[len(rest):] if after.startswith(rest) else after)
    if rest in ("", "시") and word.endswith("시") and not any(c.name_ko == surf for c in foreign if not rest) and \
            not _long_city_stem(word, foreign) and _given_name_between(ctx, before, tail):
        return None  # 스즈키 다카시 시장, (시장 야마시타 아키시): a Japanese given name, not the city 다카 or 아키
    stored = [c for c in foreign if c.kind == "store"]
    if stored:
        return stored[0]
    alt_form = surf[-1:] in ("시", "현", "성", "주") and (
        (len(surf) >= 3 and surf.endswith("시"))  # the name as written with its 시: 위해시, 요코하마시
        or any(c.iri in {f.iri for f in foreign} for c in ctx.gz.lookup(surf[:-1])))
    if not (rest.startswith("시") or alt_form) and not prev_country:
        return None  # 코로나 팬데믹: a foreign name needs 시 or its country to count
    if surf.endswith("도") and rest.startswith("시"):
        return None  # 우호도시, 관광도시: the word 도시 (city), not a place
    return max(foreign, key=lambda c: c.population)


def _dotted_before_full(ctx: Ctx, s: int, e: int, c: Cand) -> bool:
    """``포항·제주시``, ``태안·봉화군``: a short name joined by ``·`` to a full Korean name of its own level shares
    that name's suffix (Pohang is 포항시); in a chain of three or more (``태백·삼척·고성군``) the list alone shows
    that every short name is a place, whatever its level."""
    m = re.match(rf"((?:·[{HANGUL}]{{1,5}}(?![{HANGUL}]))*)·([{HANGUL}]{{1,5}}(시|군|구))(?![{HANGUL}])", ctx.text[e:e + 40])
    chained = m is not None and (bool(m.group(1)) or re.search(rf"(?<![{HANGUL}])[{HANGUL}]{{1,5}}·$",
                                                               ctx.text[max(0, s - 8):s]) is not None) \
        and tags(ctx.text[s:e]) != ((ctx.text[s:e], "NNG"),)  # (강화·확대·발전: common nouns, whatever follows)
    if m is None or not ((c.name_ko.endswith(m.group(3)) and not m.group(1)) or chained):
        return False
    if chained and not (c.name_ko.endswith(m.group(3)) and not m.group(1)):  # (서울·부산·대구 맑음: 대구 is short)
        return any(g.name_ko == m.group(2) for g in places.lookup(m.group(2)))
    return any(g.name_ko == m.group(2) or g.name_ko.startswith(m.group(2)) for g in places.lookup(m.group(2)))


_DOT_LIST_BEFORE = re.compile(rf"([{HANGUL}]{{2,6}})[ \t]*[·ㆍ][ \t]*$")
_DOT_LIST_AFTER = re.compile(rf"[ \t]*[·ㆍ][ \t]*([{HANGUL}]{{2,6}})")


def _same_level_as_list(ctx: Ctx, s: int, e: int, short: list[Cand]) -> list[Cand]:
    """A short name that is a province's and its own city's (제주: 제주특별자치도, 제주시) chained by a middle dot to
    names of one level only (``포항·제주·거제``: cities; ``강원·제주``: provinces) is the one of that level."""
    names = [m.group(1) for m in (_DOT_LIST_BEFORE.search(ctx.text, max(0, s - 10), s),
                                  _DOT_LIST_AFTER.match(ctx.text, e)) if m is not None]
    levels = {("sido" if c.level == "sido" else "city") for n in names for c in ctx.gz.lookup(re.sub("등$", "", n))
              if c.type == "City" and c.country == "KR"}
    if len(levels) != 1:
        return []
    level = levels.pop()
    same = [c for c in short if ("sido" if c.level == "sido" else "city") == level]
    return same if len({c.iri for c in same}) == 1 else []


def _in_city_list(ctx: Ctx, s: int, e: int) -> bool:
    """True when the name stands in a comma list of names inside parentheses or after a count (6개 도시)."""
    text = ctx.text
    left = text.rfind("(", max(0, s - 120), s)
    right = text.find(")", e, e + 120)
    if left != -1 and right != -1 and ")" not in text[left:s] and "(" not in text[e:right]:
        inside = text[left + 1:right]
        items = [x.strip() for x in re.split(r"[,、·]", inside) if x.strip()]
        if len(items) >= 2 and all(len(x) <= 12 for x in items):
            return True
    return False


def _dot_before_abroad(ctx: Ctx, m: Mention, ms: list[Mention]) -> bool:
    """``제주도ㆍ하이난성``: a Korean province joined by a dot to a place of another country is a party with it (not
    ``전라남도ㆍ목포시 일원``: a province and its own town name an area)."""
    if not re.match(r"\s?[·ㆍ]\s?", ctx.text[m.end:m.end + 3]):
        return False
    nxt = next((x for x in ms if x.start > m.end and x.type == "City"), None)
    if nxt is None or not re.fullmatch(r"\s?[·ㆍ]\s?", ctx.text[m.end:nxt.start]):
        return False
    a, b = ctx.gz.by_iri.get(m.iri), ctx.gz.by_iri.get(nxt.iri)
    return a is not None and b is not None and bool(a.country) and bool(b.country) and a.country != b.country


def _mark_qualifiers(ctx: Ctx, ms: list[Mention]) -> None:
    """Provinces and countries right before a city only say where it lies: 경기도 용인시, 독일 오스나브뤼크시."""
    text = ctx.text
    cands = ctx.gz.by_iri
    for a, b in pairwise(ms):
        if a.rest or b.type != "City" or text[a.end:b.start].strip():
            continue
        ca = cands.get(a.iri)
        if a.type == "Country" or (ca is not None and (_is_province(ca) or ca.level in ("sido", "region"))) or (
                a.type == "City" and a.surface.endswith(LOCATING_UNIT_ENDS) and not b.surface.endswith(LOCATING_UNIT_ENDS)):
            a.qualifier = True  # 경기도 용인시, 부산 해운대구, 독일 오스나브뤼크시, 버겐카운티 팰리세이즈파크시
        elif a.type == "City" and a.iri != b.iri and _country_of(a) and _country_of(a) == _country_of(b) and \
                (_country_of(a) != "KR" or b.surface.endswith("구")) and not _is_region(ctx, b) and (
                    b.surface.endswith("구") or (not a.surface.endswith(_SUFFIXED) and b.surface.endswith(_SUFFIXED))):
            a.qualifier = True  # 필리핀 마닐라 마카티시, 중국 베이징 차오양구, 수원 팔달구: the city the next one lies in
            # (not 베이징시 상하이시 광저우시 등: a list written with spaces, every name in the same form)
    for m in ms:  # 광명시 철산2동은 부안군 변산면과: the city only locates its 동, 면 or 읍, which is the party
        c = cands.get(m.iri)
        unit = SUB_UNIT_AFTER_RE.match(text, m.end) if m.type == "City" and not m.rest and c is not None else None
        if unit is not None and c is not None and c.country == "KR" and (
                (unit.group(2) and unit.group(3) == "동") or  # 전주시 효자1동: a numbered 동 is always a city's own
                any(d.sigungu_ko == c.name_ko for d in loader.kr_dong_by_name().get(unit.group(1) + unit.group(3), ()))):
            m.qualifier = True
    for m in ms:
        c = cands.get(m.iri)
        # a province acts only as a subject or partner: 경기도는, 경기도가, 경기도와, 제주도ㆍ하이난성 (or reports: 경남도에
        # 따르면)
        if c is not None and _is_province(c) and not m.qualifier \
                and not re.match(r"^(는|은|가|이|와|과|도|의|에서)", m.rest or text[m.end:m.end + 1]) \
                and not _dot_before_abroad(ctx, m, ms) \
                and not (m.rest == "에" and text.startswith(" 따르면", m.end + 1)) \
                and not _in_city_list(ctx, m.start, m.end) and not _in_hyphen_pair(ctx, m) \
                and not _acts_through_head(ctx, m):
            m.qualifier = True
    regions = [m for m in ms if m.type == "City" and _is_region(ctx, m)]
    listed = [m for m in regions if _listed_after_party(ctx, m, ms) and not any(
        x.type == "City" and x.start > m.end and not text[m.end:x.start].strip() for x in ms)]  # (…, 산둥성 웨이하이시: locates)
    listed += [m for m in regions if m not in listed and _among_towns_abroad(ctx, m, ms)]
    for m in listed:  # (랴오닝성(遼寧省)과 산둥성(山東省), 장쑤성: listed after a region that acts, each acts)
        m.qualifier = False
    acting = {m.iri for m in regions if not m.qualifier and _acts(ctx, m, ms)} | {m.iri for m in listed}
    for m in regions:  # 강소성 동북쪽에 위치한: a region that never acts only locates
        if m.iri not in acting:
            m.qualifier = True


#: the endings of a municipality's full name (a locator before another city is written short: 마닐라 마카티시)
_SUFFIXED = ("시", "군", "구", "현", "정", "초", "촌")


def _is_region(ctx: Ctx, m: Mention) -> bool:
    """A province, prefecture or state abroad: known (산둥성) or new with a region suffix (핏사눌록주)."""
    c = ctx.gz.by_iri.get(m.iri)
    if c is not None:
        return c.level == "region"
    return m.kind == "new" and any(m.surface.endswith(f) for f in region_suffixes(_country_of(m)))


def _country_of(m: Mention) -> str:
    return str(m.iri).split("/city/")[1].split("/")[0].upper() if "/city/" in str(m.iri) else ""


def _in_hyphen_pair(ctx: Ctx, m: Mention) -> bool:
    """The place is a side of a hyphen pair of partners in its sentence (``경기도-장쑤성 우호협력 협약``)."""
    return any(ls == m.start or rs == m.start for sent in ctx.sentences if sent.start <= m.start < sent.end
               for ls, _l, rs, _r in hyphen_pairs(ctx.text, sent.start, sent.end))


#: a gloss in brackets right after a name, then the particle the name takes (``텍사스주(州)와``, ``빅토리아주(Victoria)가``)
_GLOSS_THEN_PARTICLE = re.compile(rf"\([^()]{{1,24}}\)([{HANGUL}]{{1,3}})(?![{HANGUL}])")


def rest_past_gloss(ctx: Ctx, m: Mention) -> str:
    """The particle after a place's name, past a gloss in brackets (``텍사스주(州)와`` -> 와) or its own council glued to
    it (``나망간주의회와`` -> 와: the council stands for its region), or past its government (``람동성 인민위원회가``)."""
    if m.rest and m.rest.startswith("의회") and len(m.rest) > 2:
        return m.rest[2:]
    if m.rest:
        return m.rest
    gov = GOVERNMENT_AFTER_RE.match(ctx.text, m.end)
    if gov is not None and gov.group("p"):
        return gov.group("p")  # 람동성 인민위원회가: its government acts for it
    g = _GLOSS_THEN_PARTICLE.match(ctx.text, m.end)
    return g.group(1) if g is not None and PARTICLES_RE.fullmatch(g.group(1)) else ""


def _acts(ctx: Ctx, m: Mention, ms: list[Mention] | None = None) -> bool:
    """A region acts when it is a subject or partner (산둥성이, 연해주와) or hosts, sends or invites (산둥성 주최)."""
    rest = rest_past_gloss(ctx, m)
    council_subject = bool(m.rest and m.rest.startswith("의회")) and re.search(
        r"의회(?:는|가|도|에서는)\s", ctx.text[max(0, ctx.text.rfind(".", 0, m.start) + 1):m.start]) is not None
    if rest and rest != m.rest and ACTOR_RE.match(rest) and not council_subject:
        return True  # 미국 텍사스주(州)와: the gloss is an aside; 나망간주의회와: its council, for it (not when the
        # subject is a council too: 경기도의회는 … 나망간주의회와 협약을: the councils' agreement)
    if rest in ("을", "를") and rest != m.rest and not council_subject and \
            REGION_VISITED_RE.match(ctx.text[m.end + len(m.rest or ""):m.end + 24]):
        return True  # 시르다리야주의회를 방문해: the region's council visited
    if rest and ACTOR_RE.match(rest):
        return True
    if _in_hyphen_pair(ctx, m) or _acts_through_head(ctx, m):
        return True  # 고양-빈주 … 각각 우호도시 조인식: a side of a hyphen pair of partners (or of its governors)
    if tie_described(ctx, m) or _listed_after_described(ctx, m, ms):
        return True  # 자매도시인 베트남 빈증성의 (or 우호도시인 중국 A시와 캄보디아 B주): a partner, whatever follows
    after = ctx.text[m.end + len(rest):m.end + len(rest) + 24]
    nxt = _next_listed_region(ctx, m, ms if ms is not None else ctx.mentions)
    if nxt is not None:  # 중국 산동성, 요녕성과: a region listed before another acts as the last one does
        return _acts(ctx, nxt, ms)
    if rest in ("을", "를") and REGION_VISITED_RE.match(after):
        return True  # 일본 야마구치현을 방문해: the government visited (not 야마구치현 시모노세키시를: a locator)
    if not rest and BARE_VISIT_AFTER_RE.match(after):
        return True  # 베트남 닌빈성 방문, 양 지역 …: a visit written as a bare noun
    if not rest and _list_end_partner(ctx.text[m.end:m.end + 60]):
        return True  # 일본 구마모토현 등과 자매결연, … 메릴랜드주 등 해외 자매지역과: the last of a list of partners
    return rest in ("", "의") and bool(ACTOR_NEXT_RE.match(after)) and not EVENT_NAME_AFTER_RE.match(after)


def keeps_entity(ctx: Ctx, m: Mention) -> bool:
    """True when a locator is still a city of the article: 서울시 양천구 names Seoul as well.

    A province, prefecture or state that only locates (경기도 용인시, 강소성 관남현) is no entity.
    """
    if not m.qualifier or m.type != "City" or m.iri in ctx.person_body.values():
        return True  # 베트남 떤안성 응우옌 반 하이 부성장: the region a person serves is an entity
    c = ctx.gz.by_iri.get(m.iri)
    if c is not None and c.type == "City" and c.country != "KR" and c.level != "region":
        return True  # 상하이시 징안구: the city is named too
    if c is not None and c.type == "City" and c.country == "KR" and c.level not in ("sido", "region") and \
            not _is_province(c):
        return True  # 광명시 철산2동, 수원 팔달구: a municipality that locates its 동 or 구 is a city of the article
    return c is not None and c.level == "sido" and not _is_province(c) and not c.name_ko.endswith("자치도")


def _rest_of_name_ok(rest: str) -> bool:
    """What may follow a place name inside its word: particles, titles, offices (장, 청, 의회 …)."""
    return not rest or bool(PARTICLES_RE.match(rest) or CITY_COMPOUND_RE.match(rest)
                            or any(rest.startswith(t) and PARTICLES_RE.match(rest[len(t):]) for t in SUFFIX_TITLES))


#: common nouns a district's name may end like (상하이시 민항구: not 항구, a port); other such endings (연구, 입구,
#: 선거구) still name no district
NAME_ENDING_LIKE_NOUNS = frozenset({"항구"})


def split_name(word: str, suffixes: tuple[str, ...], *, after_city_abroad: bool = False) -> tuple[str, str, str] | None:
    """``(stem, suffix, rest)`` for a word made of a name, one of ``suffixes`` and particles. A word that is a common
    noun (``항구``, port) is none; right after a city abroad (``after_city_abroad``) a name that only ends like one of
    :data:`NAME_ENDING_LIKE_NOUNS` still is (``상하이시 민항구``).

    >>> split_name("관남현과", ("현", "시")), split_name("야즈정장을", ("정",)), split_name("방문", ("시",))
    (('관남', '현', '과'), ('야즈', '정', '장을'), None)
    >>> split_name("민항구와", ("구",)), split_name("민항구와", ("구",), after_city_abroad=True)
    (None, ('민항', '구', '와'))
    """
    for i in range(len(word), 2, -1):
        head, rest = word[:i], word[i:]
        if not _rest_of_name_ok(rest):
            continue
        for suf in suffixes:
            if head.endswith(suf) and len(head) - len(suf) >= 2:
                stem = head[:-len(suf)]
                if head in NOT_PLACE_WORDS or (stem[-1] + suf in NOT_PLACE_WORDS and not (
                        after_city_abroad and stem[-1] + suf in NAME_ENDING_LIKE_NOUNS)):
                    return None
                return stem, suf, rest
    return None


def _split_suffix(surface: str) -> tuple[str, str]:
    """A new place's stem and suffix: 상봉정 -> (상봉, 정), 카미미네마치 -> (카미미네, 마치)."""
    forms = sorted({s.form for ss in MUNICIPAL_SUFFIXES.values() for s in ss}
                   | {f for fs in REGION_SUFFIXES.values() for f in fs}, key=len, reverse=True)
    for f in forms:
        if surface.endswith(f) and len(surface) > len(f) + 1:
            return surface[:-len(f)], f
    return surface[:-1], surface[-1]


def _weak_ok(text: str, start: int, head: str, suffix: Suffix, *, after_region: bool) -> bool:
    """A weak suffix (정, 초, 현 …) names a place only with support: a region before it, a gloss, a title,
    or its delegation or officials right after it (일본 가와치정 방문단)."""
    if suffix.strong or after_region or UNKNOWN_FOREIGN_NEXT_RE.match(text, start + len(head)):
        return True
    if WEAK_TIE_AFTER_RE.match(text, start + len(head)):
        return True  # 일본 유가와라정과 자매결연: the tie names it a party
    if re.match(rf"\s+[{HANGUL}]{{2,5}}{re.escape(suffix.form)}장(?![{HANGUL}]{{3}})", text[start + len(head):start + len(head) + 12]):
        return True  # 중국 옥화현 임선화현장이: its head named right after it, the title built on the same suffix
    if COORDINATED_BEFORE_RE.search(text, max(0, start - 30), start) and \
            TIE_WORD_RE.search(text[start:text.find(".", start) if "." in text[start:] else len(text)]):
        return True  # 보령시와 중국 안도현은 … 협정을 체결했다: the other party of the tie with a city
    gloss = HANJA_GLOSS_RE.match(text, start + len(head))
    if gloss and ((suffix.hanja and gloss.group(1)[-1] in suffix.hanja) or gloss.group(1)[0].isascii()):
        return True  # 야즈정(町), 소에다정(添田町), 관남현(Guannan)
    if WEAK_VISITED_AFTER_RE.match(text, start + len(head)):
        return True  # (일본) 아야정을 찾아, 가미정을 방문했다: a town visited after its country
    if re.search(rf"(?<![{HANGUL}])[{HANGUL}]{{2,5}} {re.escape(suffix.form)}장{PARTICLE}?(?![{HANGUL}])", text):
        return True  # 아야정 … 사사키 정장과: a name, then the head's title built on the same suffix
    return any(re.search(re.escape(head) + t + r"(?![\uac00-\ud7a3]{3})", text) for t in SUFFIX_TITLES if t != "민")


def _municipality_at(ctx: Ctx, pos: int, country: str, *, after_region: bool) -> tuple[int, str, str, str] | None:
    """``(start, stem, suffix, rest)`` of a municipality of ``country`` written as the next word after ``pos``."""
    text = ctx.text
    gloss = NAME_GLOSS_RE.match(text, pos)
    wm = _WORD_AT.match(text, gloss.end() if gloss else pos)
    if wm is None:
        return None
    word = wm.group(1)
    if word.endswith("도시") or word in ("우호도시", "자매도시"):
        return None
    sufs = municipal_suffixes(country)
    split = split_name(word, tuple(s.form for s in sufs))
    apart = SPACED_MUNICIPAL_RE.match(text, wm.end(1))
    if split is None and apart is not None and is_hangul_word(word, 2, 10) and not ctx.gz.lookup(word) and \
            _name_like(word):
        return wm.start(1), word, " " + apart.group(1), apart.group(2) or ""  # 메릴랜드주 하워드 카운티와
    spaced = SPACED_CITY_RE.match(text, wm.end(1)) if after_region else None
    if split is None and spaced is not None and is_hangul_word(word, 2, 10) and not ctx.gz.lookup(word) and (
            unknown_word(word) or (tags(word) == ((word, "NNP"),) and not COMPASS_PART.match(word))):
        # (a name Kiwi does not know, or knows as a name; never a common noun: 체류 시, 시찰 시, 접경 시, 동부 시)
        return wm.start(1), word, " 시", spaced.group(1) or ""  # 캘리포니아 컬버 시(Culver): the town, 시 apart
    if split is None:
        return None
    stem, suf, rest = split
    if stem.endswith("도") and suf == "시":
        return None  # 우호도시, 관광도시
    if suf == "시" and rest.startswith("간") and stem in HOUR_STEMS:
        return None  # 미국 현지시간: the hour (시간), no town and its 간 (but 오크데일시간: between the towns)
    if _si_of_a_common_word(stem, suf, rest):
        return None  # 구이저우성 방문시 촬영한, 중국의 유명시인 이백: when visiting, a famous poet; no town
    if suf == "시티" and (stem in CITY_WORD_PREFIXES or (
            len(t := tags(stem)) == 1 and t[0][1] in ("NNG", "NNB") and not unknown_word(stem))):
        return None  # 미국 스마트시티 박람회, 에코시티 조성: a common word and the English "city", no town
    if COMPASS_PART.fullmatch(stem):
        return None  # 산둥성 동북구 해안: the north-east of the province, no district
    if suf == "시" and rest.startswith("장") and is_market(stem, text, wm.end(1)):
        return None  # 베트남 수산물시장 진출, 동남아시장 개척: a market (시장), no town and its mayor
    suffix = next(s for s in sufs if s.form == suf)
    if not _weak_ok(text, wm.start(1), stem + suf, suffix, after_region=after_region):
        return None
    return wm.start(1), stem, suf, rest


def _region_at(ctx: Ctx, pos: int, country: str) -> tuple[int, str, str] | None:
    """``(start, name, rest)`` of a first-level region (성, 현, 주 …) written as the next word after ``pos``."""
    wm = _WORD_AT.match(ctx.text, pos)
    if wm is None:
        return None
    split = split_name(wm.group(1), region_suffixes(country))
    if split is None or split[0] in COMMON_REGION_WORDS:
        return None
    stem, suf, rest = split
    if suf.endswith("도") and rest.startswith("시"):
        return None  # 미국 자매도시에: the noun 도시 (city), not a province 자매도 and 시에
    return wm.start(1), stem + suf, rest


def _si_of_a_common_word(stem: str, suf: str, rest: str) -> bool:
    """A 시 that is no town's suffix: "when" after an act (``방문시``: ``WHEN_STEMS``), or the start of a common noun
    after another (``현지시민``, local citizens; ``유명시인``, a famous poet). A town Kiwi does not know as a noun stays
    one (``옌타이시민``), and so does a town's mayor or hall (``후추시장``, ``집안시청``)."""
    if suf.strip() != "시":
        return False
    return stem in WHEN_STEMS or (rest[:1] in ("민", "인") and len(stem) == 2 and common_noun_alone(stem)
                                  and common_noun_alone("시" + rest[0]))


def _new_place(ctx: Ctx, accepted: list[Mention], start: int, name: str, country: str, rest: str,
               key: str | None = None) -> Mention:
    have = next((a for a in accepted if a.start == start and a.type == "City"), None)
    if have is None:
        known = _known_variant(ctx, country, name)
        have = Mention(start, start + len(name), name, known.iri if known is not None else city_iri(country, key or name),
                       "City", known.kind if known is not None else "new", rest)
        accepted.append(have)
    return have


def _known_variant(ctx: Ctx, country: str, name: str) -> Cand | None:
    """The known city of ``country`` that ``name`` transcribes another way, a final written as a syllable of its own
    (``블라디보스톡시`` is Vladivostok, the gazetteer's ``블라디보스토크``), else None."""
    stem = name[:-1] if name.endswith("시") and len(name) > 3 else name
    if len(stem) < 4:
        return None
    return next((cand for known, cand in ctx.gz.names_like(country.upper(), stem)
                 if known != stem and open_finals(known) == open_finals(stem)), None)


#: a given name and a title after a word (``요코타 하루카 부지사``): the word is a surname
_GIVEN_NAME_THEN_TITLE = re.compile(rf" ([{HANGUL}]{{2,3}}) ([{HANGUL}]{{1,6}}?)(?:은|는|이|가|와|과|을|를|의)?(?=[\s,.]|$)")


def _spaced_counties(ctx: Ctx, accepted: list[Mention]) -> None:
    """``미국 메릴랜드주 몽고메리 카운티``: a known town's name written before ``카운티`` (or ``타운십``) names the county,
    not the town (Montgomery, Alabama); the county is a place of the town's country."""
    for m in list(accepted):
        cand = ctx.gz.by_iri.get(m.iri)
        apart = SPACED_MUNICIPAL_RE.match(ctx.text, m.end) if m.type == "City" and not m.rest else None
        if apart is None or cand is None or cand.country in (None, "KR") or cand.level == "region":
            continue
        accepted.remove(m)
        _new_place(ctx, accepted, m.start, m.surface + " " + apart.group(1), cand.country, apart.group(2) or "")


#: a head's title written apart after a short reference and joined to another: ``염 시장과 우에다 시장은``
_TITLE_AFTER = re.compile(rf" (시장|지사|군수|구청장)(?:{PARTICLE})?(?![{HANGUL}])")


def _names_like_citizens(ctx: Ctx, accepted: list[Mention]) -> None:
    """``안성민 의장은``: a Korean name that starts like a town and ends in 민, before a title, is a person, not the
    town's citizens (``안성시민``, ``광명시민 여러분``: with 시, or no title after)."""
    for m in list(accepted):
        if m.type == "City" and m.rest == "민" and len(m.surface) == 2 and m.surface[0] in KOREAN_SURNAMES and \
                TITLE_AFTER_NAME_RE.match(ctx.text, m.end + 1):
            accepted.remove(m)


def _surnames_paired_with_surnames(ctx: Ctx, accepted: list[Mention]) -> None:
    """``염 시장과 우에다 시장은``: two heads named by their surnames and joined; the second surname is no town
    abroad (Ueda), whatever the gazetteer holds, unless the article writes that town with its suffix."""
    for m in list(accepted):
        cand = ctx.gz.by_iri.get(m.iri)
        title = _TITLE_AFTER.match(ctx.text, m.end) if m.type == "City" and not m.rest else None
        if title is None or cand is None or cand.country in (None, "KR") or m.surface.endswith(_SUFFIXED):
            continue
        before = re.search(rf"(?<![{HANGUL}])([{HANGUL}]{{1,2}}) {title.group(1)}(?:과|와)\s*$",
                           ctx.text[max(0, m.start - 10):m.start])
        if before is None or before.group(1) not in KOREAN_SURNAMES:
            continue
        if any(a.iri == m.iri and a.surface.endswith(_SUFFIXED) for a in accepted):
            continue  # (the article names the town with its suffix too: a town, then)
        accepted.remove(m)


def _surnames_named_like_towns(ctx: Ctx, accepted: list[Mention]) -> None:
    """``일본 야마나시현 요코타 하루카 부지사``, ``돗토리현 히라이 신지 지사``: after a region abroad, a town's bare name
    (no 시) followed by a given name and a title is a person's surname; a town after its region is written with its 시."""
    for m in list(accepted):
        cand = ctx.gz.by_iri.get(m.iri)
        if m.type != "City" or m.rest or cand is None or cand.country in (None, "KR") or cand.level == "region" or \
                m.surface.endswith(("시", "군", "구", "현", "성", "주")):
            continue
        region = next((r for r in accepted if r.end + 1 == m.start and ctx.text[r.end] == " " and (
            (c := ctx.gz.by_iri.get(r.iri)) is not None and c.level == "region")), None)
        nm = _GIVEN_NAME_THEN_TITLE.match(ctx.text, m.end)
        if region is not None and nm is not None and nm.group(2).endswith(TITLES) and not ctx.gz.lookup(nm.group(1)):
            accepted.remove(m)


def _after_country(ctx: Ctx, m: Mention, accepted: list[Mention]) -> None:
    """What a country name locates: a known city, a new municipality, a region and a municipality in it."""
    text = ctx.text
    cc = m.iri.rsplit("/", 1)[-1]
    at = m.end + 1 if text.startswith("의 ", m.end) else m.end  # 일본의 야즈정, 중국의 지난·주하이 등: past the genitive
    lst = _COUNT_LIST.match(text, at)
    if lst is not None:  # 인도네시아 3개 도시(수라카르타시, 족자카르타시, 파당시)
        _list_members(ctx, accepted, lst, cc)
        return
    dots = COUNTED_DOT_LIST_RE.match(text, at)
    if dots is not None and len(re.split("[" + LIST_SEPARATORS + "]", dots.group(1))) == int(dots.group(2)):
        _list_members(ctx, accepted, dots, cc, bare=True)  # 중국 장사·심양·광안 등 3개 도시: as many names as counted
        return
    by_space = COUNTED_SPACED_LIST_RE.match(text, at)
    if by_space is not None and len(by_space.group(1).split(" ")) == int(by_space.group(2)) and all(
            any(c.country == cc and c.type == "City" for c in ctx.gz.lookup(w)) or unknown_word(w)
            for w in by_space.group(1).split(" ")):  # (every word a city there or a name Kiwi does not know: no 주요 도시)
        _list_members(ctx, accepted, by_space, cc, bare=True, spaced=True)  # 중국 베이징 상하이 광저우 등 3개 도시
        return
    inner = _BRACKETED_TOWN.match(text, m.end)  # 페루(꼬야오시), 루마니아(끌루즈시): the town in brackets after its country
    if inner is not None and not any(a.start == inner.start(1) for a in accepted):
        split = split_name(inner.group(1), tuple(s.form for s in municipal_suffixes(cc)))
        if split is not None and not split[2] and split[1] in ("시", "주", "현", "성", "군"):
            _new_place(ctx, accepted, inner.start(1), split[0] + split[1], cc, "", key=split[0] if split[1] == "시" else None)
            m.qualifier = True
            return
    wm = _WORD_AT.match(text, at)
    if wm is None:
        return
    have = next((a for a in accepted if a.start == wm.start(1) and a.type == "City"), None)
    cand = ctx.gz.by_iri.get(have.iri) if have is not None else None
    if have is not None and not have.rest and (cand is None or cand.level != "region"):
        sm = re.match(rf" (주|성)([{HANGUL}]*)(?![{HANGUL}])", text[have.end:have.end + 12])
        if sm and PARTICLES_RE.match(sm.group(2)):  # 우즈베키스탄 부하라 주와: the region, not its city
            accepted.remove(have)
            new = _new_place(ctx, accepted, have.start, have.surface + sm.group(1), cc, sm.group(2))
            new.end = have.end + 2
            ctx.located.append((new.iri, m.iri, m.start))
            m.qualifier = True
            return
    if have is not None and (cand is None or cand.level != "region"):
        _district_after(ctx, accepted, have, cc)  # 중국 상하이시 징안구: the district is the party
        return  # a known city: _mark_qualifiers makes the country its locator
    region: tuple[int, str, str] | None
    if have is not None:
        region = (have.start, have.surface, have.rest)
    else:
        city = _municipality_at(ctx, at, cc, after_region=False)
        if city is not None:
            start, stem, suf, rest = city
            new = _new_place(ctx, accepted, start, stem + suf, cc, rest, key=stem if suf.strip() == "시" else None)
            m.qualifier = True
            _district_after(ctx, accepted, new, cc)  # 중국 상해시 정안구: a district after a city no gazetteer has
            return
        region = _region_at(ctx, at, cc)
        if region is None and (paired := _country_paired_member(ctx, m, accepted)) is not None:
            start, name, rest = paired  # 독일 프라이부르크, 프랑스 뚜르, 베트남 하이퐁: each place after its own country
            new = _new_place(ctx, accepted, start, name, cc, rest)
            ctx.located.append((new.iri, m.iri, m.start))
            m.qualifier = True
            return
        if region is None:
            spaced = _spaced_place(ctx, m, cc)
            if spaced is not None:  # 체코 모라비아 실레지아주, 우즈베키스탄 부하라 주, 우호도시인 튀르키예 뷔위크체크메제
                start, end, name, rest = spaced
                new = _new_place(ctx, accepted, start, name, cc, rest)
                new.end = end
                ctx.located.append((new.iri, m.iri, m.start))
                m.qualifier = True
                return
    if region is None:
        return
    start, name, rest = region
    m.qualifier = True
    city = None if rest else _municipality_at(ctx, start + len(name), cc, after_region=True)
    if city is not None:  # 일본 사가현 상봉정, 중국 강소성 관남현: the region only locates the town
        cstart, stem, suf, crest = city
        new = _in_country(ctx, accepted, _new_place(ctx, accepted, cstart, stem + suf, cc, crest,
                                                    key=stem if suf.strip() == "시" else None), cc)
        ctx.located.append((new.iri, m.iri, m.start))
        if have is not None:
            have.qualifier = True
        _district_after(ctx, accepted, new, cc)  # 중국 산둥성 지난시 장추구: the district is the party
        return
    gloss = NAME_GLOSS_RE.match(text, start + len(name) + len(rest))
    known = _WORD_AT.match(text, gloss.end() if gloss else start + len(name) + len(rest))
    after = next((a for a in accepted if known is not None and a.start == known.start(1) and a.type == "City"
                  and (ctx.gz.by_iri.get(a.iri) is None or ctx.gz.by_iri[a.iri].level != "region")), None)
    if after is not None:
        after = _in_country(ctx, accepted, after, cc)
    if after is not None:  # 중국 산둥성 칭다오시 라오산구: a known city after the region, then its district
        _district_after(ctx, accepted, after, cc)
    elif have is not None:  # 중국 상하이시 민항구: a city that is a region of its own, then its district
        _district_after(ctx, accepted, have, cc)
    if have is None:  # 베트남 박닌성과, 태국 핏사눌록주 주지사: the region itself is spoken of
        new = _new_place(ctx, accepted, start, name, cc, rest)
        ctx.located.append((new.iri, m.iri, m.start))


#: the separator between the items of a list: a comma or a middle dot, with spaces
_LIST_GAP = re.compile(r"\s*[,·ㆍ]\s*")
_NAME_WITH_PARTICLE = re.compile(rf"([{HANGUL}]{{2,12}}?)({PARTICLE})?")


def _country_paired_member(ctx: Ctx, country: Mention, accepted: list[Mention]) -> tuple[int, str, str] | None:
    """(start, name, particle) of the bare place after ``country`` when it stands in a list of places each written
    after its own country (``독일 프라이부르크, 프랑스 뚜르, 베트남 하이퐁 등``): the list shows what the words are.
    The word must read as a name (``중국 경제, 일본 문화`` are nouns), else None."""
    text = ctx.text
    w = _WORD_AT.match(text, country.end + (1 if country.rest == "의" else 0))  # (독일의 프라이부르크: past the genitive)
    if w is None or (pm := _NAME_WITH_PARTICLE.fullmatch(w.group(1))) is None:
        return None
    name, rest = pm.group(1), pm.group(2) or ""
    if any(a.start == w.start(1) for a in accepted) or not _name_like(name):
        return None
    countries = [a for a in accepted if a.type == "Country" and a is not country]
    gap = _LIST_GAP.match(text, w.end(1))
    follows = not rest and gap is not None and any(a.start == gap.end() for a in countries)
    precedes = False
    sep = re.search(r"[,·ㆍ]\s*$", text[max(0, country.start - 4):country.start])
    if sep is not None:
        before = country.start - len(sep.group(0))
        precedes = any(re.fullmatch(rf"의?[ \t]+[{HANGUL}]{{2,12}}(?:[·ㆍ][{HANGUL}]{{2,12}})*", text[a.end:before]) is not None
                       for a in countries)  # (일본 아사히카와·후쿠이, 독일 프라이부르크)
    return (w.start(1), name, rest) if follows or precedes else None


def _in_country(ctx: Ctx, accepted: list[Mention], m: Mention, cc: str) -> Mention:
    """The place ``m`` in the country the text states before it: a known namesake elsewhere gives way to the one of
    that country, or to a new place there (아르헨티나 산후안주 산후안시: not Puerto Rico's San Juan)."""
    have = ctx.gz.by_iri.get(m.iri)
    if have is None or have.country in (None, cc) or have.type != "City":
        return m
    same = [c for n in (m.surface, m.surface + "시") for c in ctx.gz.lookup(n) if c.type == "City" and c.country == cc]
    accepted.remove(m)
    if same:
        swapped = Mention(m.start, m.end, m.surface, same[0].iri, "City", same[0].kind, m.rest)
        accepted.append(swapped)
        return swapped
    return _new_place(ctx, accepted, m.start, m.surface, cc, m.rest)


def _name_like(word: str) -> bool:
    """Kiwi reads ``word`` as a proper noun or as one word it does not know (a transcribed foreign name).

    Known common nouns (현지, 대표단) score high per syllable; unknown names score low, or are one long noun.

    >>> _name_like("하이퐁"), _name_like("하이즈엉"), _name_like("경제")
    (True, True, False)
    """
    from .reading_state import OOV_HANDLING, kiwi

    toks = kiwi().tokenize(word, oov_handling=OOV_HANDLING)
    if len(word) >= 3 and any(t.tag == "Z_CODA" for t in toks):
        return True  # 하이즈엉 (하이즈+어+ᆼ): a syllable no morpheme of Korean ends in, a transcribed name
    if not toks or toks[0].form != word:
        return False
    t = toks[0]
    return t.tag == "NNP" or (t.tag == "NNG" and (len(word) >= 5 or t.score / max(len(word), 1) < UNKNOWN_WORD_SCORE))


#: a title glued to a place (``오타시장과``, ``사가현지사는``)
_TITLE_WORD = re.compile(rf"[{HANGUL}]{{2,8}}(?:시|군|구|주|성|현|도)(?:장|부시장|지사|부지사|의장|부의장|군수|구청장|부군수|부구청장)"
                         rf"(?:{PARTICLE})*")  # (오타시장과: not 행사장, 전시장, 야구장, nor a bare 시장)
#: a bare title (``시장과``): after two words in Japan a person's name (no Japanese town is two spaced words)
_BARE_TITLE_WORD = re.compile(rf"(?:시장|부시장|지사|부지사|의장|부의장|정장|촌장)(?:{PARTICLE})*")


def _spaced_place(ctx: Ctx, country: Mention, cc: str) -> tuple[int, int, str, str] | None:
    """A foreign place in two words after its country: a two-word name with its suffix (모라비아 실레지아주),
    a suffix written apart (부하라 주), or a bare name a tie descriptor announces (우호도시인 튀르키예 뷔위크체크메제)."""
    text = ctx.text
    w1 = _WORD_AT.match(text, country.end)
    if w1 is None:
        return None
    first = w1.group(1)
    w2 = _WORD_AT.match(text, w1.end(1))
    described = TIE_DESCRIPTOR_BEFORE_RE.search(text[max(0, country.start - 14):country.start]) is not None
    if w2 is not None and is_hangul_word(first, 2, 10) and not ctx.gz.lookup(first) \
            and text[w1.end(1):w2.start(1)] == " ":
        second = w2.group(1)
        gov = re.fullmatch(rf"(주|성|현)?(?:자치)?정부([{HANGUL}]*)", second)
        if gov is not None and PARTICLES_RE.match(gov.group(2)) and (_name_like(first) or described):
            # 캐나다 앨버타 주정부, 포르투갈 아소르스 자치정부: the region acting through its government
            return w1.start(1), w2.start(1) + len(second) - len(gov.group(2)), first + (gov.group(1) or ""), gov.group(2)
        sm = re.fullmatch(rf"(주|성|현|시|타운십|타운쉽)([{HANGUL}]*)", second)
        if sm and PARTICLES_RE.match(sm.group(2)) and (sm.group(1) != "시" or _name_like(first) or (
                len(first) >= 3 and described)):
            # (부하라 주, 로어메리언 타운십: a township, written apart; 캠벨타운 시: a town no table has)
            suffix = sm.group(1) if len(sm.group(1)) == 1 else " " + sm.group(1)
            return w1.start(1), w2.start(1) + len(sm.group(1)), first + suffix, sm.group(2)
        split = split_name(second, region_suffixes(cc) + tuple(x.form for x in municipal_suffixes(cc) if x.strong))
        w3 = _WORD_AT.match(text, w2.end(1))
        if split is not None and w3 is not None and (_TITLE_WORD.fullmatch(w3.group(1)) or (
                cc == "JP" and _BARE_TITLE_WORD.fullmatch(w3.group(1)))):
            split = None  # 일본 다나카 히로시 오타시장: a person's name before a title, no town 다나카 히로시
        if split is not None and split[1] == "시" and split[0].endswith("도"):
            split = None  # 중국 자매 우호도시인 해남성: the noun 도시 (a partner city), no town 자매 우호도
        if split is not None and _name_like(first) and not ctx.gz.lookup(split[0]):
            stem, suf, rest = split
            return w1.start(1), w2.start(1) + len(stem) + len(suf), first + " " + stem + suf, rest
    if described:
        glued = re.fullmatch(r"([\uac00-\ud7a3]{3,12}?)(" + PARTICLE + r")?", first)
        if glued and not ctx.gz.lookup(glued.group(1)) and _name_like(glued.group(1)):
            name = glued.group(1)
            return w1.start(1), w1.start(1) + len(name), name, glued.group(2) or ""
    return None


def _district_after(ctx: Ctx, accepted: list[Mention], city: Mention, country: str) -> None:
    """A district written right after a foreign city (상하이시 징안구, 울란바토르시 바양골구) is the party."""
    if city.rest and city.rest not in ("시",):
        return
    at = city.end + len(city.rest)
    numbered = NUMBERED_DISTRICT_RE.match(ctx.text, at)
    if numbered is not None and not any(a.start == numbered.start(1) for a in accepted):
        accepted.remove(city)  # 파리 15구와: the numbered district of the city (an arrondissement) is the party
        new = _new_place(ctx, accepted, city.start, f"{city.surface} {numbered.group(1)}", country, numbered.group(2) or "")
        new.end = numbered.end(1)
        return
    gloss = NAME_GLOSS_RE.match(ctx.text, at)  # 지난시(濟南市) 장추구(章丘區): the city's gloss between
    wm = _WORD_AT.match(ctx.text, gloss.end() if gloss else at)
    if wm is None or any(a.start == wm.start(1) for a in accepted):
        return
    # (right after a city abroad, a district's name may end like a noun: 상하이시 민항구, not 항구)
    split = split_name(wm.group(1), DISTRICT_SUFFIXES.get(country, DISTRICT_SUFFIXES["*"]), after_city_abroad=True)
    if split is None:
        bare = BARE_DISTRICT_PARTNER.fullmatch(wm.group(1))
        if bare is not None and BODY_WORD_END_RE.search(bare.group(1)):
            return  # 껀터시 인민의회와: the city's council or government, no borough
        if bare is not None and not any(c.country == country.upper() for c in ctx.gz.lookup(bare.group(1))) and \
                TIE_WORD_RE.search(ctx.text[wm.end(1):wm.end(1) + 30]) \
                and (unknown_word(bare.group(1)) or tags(bare.group(1)) == ((bare.group(1), "NNP"),)):
            _new_place(ctx, accepted, wm.start(1), bare.group(1), country, bare.group(2))
            city.qualifier = True  # 독일 베를린 판코와 자매결연: the borough no gazetteer has is the partner
        return
    stem, suf, rest = split
    if rest and not PARTICLES_RE.match(rest):
        return  # 옥화현 임선화현장: a name and a head's title (현장), no district
    if COMPASS_PART.fullmatch(stem):
        return  # 산둥성 동북구 해안: the north-east of the province, no district
    _new_place(ctx, accepted, wm.start(1), stem + suf, country, rest)
    city.qualifier = True


def _list_members(ctx: Ctx, accepted: list[Mention], lst: re.Match[str], country: str, *, bare: bool = False,
                  spaced: bool = False) -> None:
    """The members of a counted list after a country: each name with a municipal suffix is a city of it.

    ``bare``: the list has as many names as its count says, so a name without a suffix is a city too; ``spaced``: its
    names are parted by spaces (``중국 베이징 상하이 광저우 등 3개 도시``)."""
    if country == "KR":
        return
    sufs = tuple(s.form for s in municipal_suffixes(country)) + region_suffixes(country)
    pos = lst.start(1)
    for item in re.split(r" " if spaced else "[" + LIST_SEPARATORS + "]", lst.group(1)):
        lead = len(item) - len(item.lstrip())
        name = item.strip()
        start = pos + lead
        pos += len(item) + 1
        if not is_hangul_word(name, 2 if bare else 3, 12) or any(a.start <= start < a.end for a in accepted):
            continue
        known = [c for c in ctx.gz.lookup(name) if c.country == country and c.type == "City"] if bare else []
        if known:  # 심양 in 장사·심양·광안: the city the gazetteer knows by that name
            accepted.append(Mention(start, start + len(name), name, known[0].iri, "City", known[0].kind, ""))
            continue
        split = split_name(name, sufs) if len(name) >= 3 else None
        if split is None and bare:
            split = (name, "", "")
        if split is None or split[2]:
            continue
        stem, suf, _ = split
        new = _new_place(ctx, accepted, start, name, country, "", key=stem if suf in ("시", "") else None)
        ctx.located.append((new.iri, country_iri_of(country), start))


def country_iri_of(code: str) -> URIRef:
    """The IRI of a country from its code (as the gazetteer writes it)."""
    from ..vocab import country_iri

    return country_iri(code)


def _regions_by_stem(ctx: Ctx, accepted: list[Mention]) -> None:
    """``핏사눌록州``, ``경주시와 핏사눌록은``: a bare name whose region the article names is that region."""
    regions: dict[str, Mention] = {}
    for m in accepted:
        if m.type == "City" and _is_region(ctx, m):
            stem, _ = _split_suffix(m.surface)
            regions.setdefault(stem, m)
    if not regions:
        return
    for m in accepted:
        if m.type != "City" or m.surface not in regions or m.kind not in ("foreign", "new"):
            continue
        region = regions[m.surface]
        after = ctx.text[m.end:m.end + 1]
        if m.iri != region.iri and (after in REGION_HANJA or not m.rest.startswith("시")):
            m.iri = region.iri


@lru_cache(maxsize=50_000)
def _jamo(word: str) -> tuple[int, ...]:
    out: list[int] = []
    for ch in word:
        if is_syllable(ch):
            initial, medial, final = decompose(ch)
            out += [initial, 100 + medial, 200 + final]
        else:
            out.append(ord(ch))
    return tuple(out)


def jamo_distance(a: str, b: str, limit: int = 99) -> int:
    """Edit distance between two Hangul words counted in letters (jamo), not syllables.

    >>> jamo_distance("핏사눌록", "핏사놀룩"), jamo_distance("피사눌록", "핏사눌록"), jamo_distance("광명", "부안")
    (2, 1, 6)
    """
    from rapidfuzz.distance import Levenshtein

    d = Levenshtein.distance(_jamo(a), _jamo(b), score_cutoff=limit)
    return int(d) if d <= limit else limit + 1  # past the limit: further apart than asked


@lru_cache(maxsize=65536)
def _close(a: str, b: str) -> bool:
    """Variant spellings of one foreign name: a letter or two apart in a long name (핏사눌록 / 핏사놀룩)."""
    if a == b or abs(len(a) - len(b)) > 1 or min(len(a), len(b)) < 3 or _jamo(a)[0] != _jamo(b)[0]:
        return False
    limit = 2 if min(len(a), len(b)) >= 4 else 1
    return jamo_distance(a, b, limit) <= limit


#: the plain vowel of a glided one (ㅑ ㅒ ㅕ ㅖ ㅛ ㅠ), by medial index; after ㅅ ㅆ ㅈ ㅉ ㅊ the glide is a matter of
#: transcription (셴닝 and 센닝, 쟈오 and 자오 name one place)
_GLIDE_PLAIN = {2: 0, 3: 1, 6: 4, 7: 5, 12: 8, 17: 13}
_SIBILANT_INITIALS = frozenset({9, 10, 12, 13, 14})


def glide_key(word: str) -> str:
    """A foreign name with the glide after a sibilant dropped, so that two transcriptions compare equal.

    >>> glide_key("셴닝시") == glide_key("센닝시"), glide_key("쟈오양") == glide_key("자오양"), glide_key("셴양") == glide_key("센양")
    (True, True, True)
    >>> glide_key("교토") == glide_key("고토")
    False
    """
    out = []
    for ch in word:
        if is_syllable(ch):
            i, m, f = decompose(ch)
            if i in _SIBILANT_INITIALS and m in _GLIDE_PLAIN:
                ch = compose(i, _GLIDE_PLAIN[m], f)
        out.append(ch)
    return "".join(out)


def _glide_variants(ctx: Ctx, accepted: list[Mention]) -> None:
    """A new place spelt as a place the article names with a glide after a sibilant, or without (``센닝시`` and
    ``셴닝시``): the known place, once."""
    known: dict[str, Mention] = {}
    for m in accepted:
        if m.type == "City" and m.kind != "new" and not str(m.iri).split("/city/")[-1].startswith("kr/"):
            known.setdefault(glide_key(m.surface), m)
    def cc(iri: URIRef) -> str:
        return str(iri).split("/city/")[-1].split("/")[0]

    for m in accepted:
        if m.type == "City" and m.kind == "new" and (k := known.get(glide_key(m.surface))) is not None and \
                k.surface != m.surface and cc(m.iri) in (cc(k.iri), "zz"):
            old_iri, m.iri, m.kind = m.iri, k.iri, k.kind  # (not 일본 센닝시 beside 중국 셴닝시: two countries, two towns)
            ctx.located[:] = [(k.iri if i == old_iri else i, c, at) for i, c, at in ctx.located]


_SUFFIXED_WORD = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{3,10})(시|주|성|현)(?=[\uac00-\ud7a3]{0,3}(?![\uac00-\ud7a3]))")


def _variant_spellings(ctx: Ctx, accepted: list[Mention]) -> None:
    """Misspelt or variant names of a foreign place, gated by its country and suffix.

    ``피사눌록주`` is the article's ``핏사눌록주`` (same country, same suffix, a letter apart);
    ``핏사눌룩시`` is the known Thai city 핏사눌록 when Thailand is named in the article.
    """
    countries = {m.iri.rsplit("/", 1)[-1] for m in accepted if m.type == "Country"} - {"KR"}
    if not countries:
        return
    text = ctx.text
    places = [m for m in accepted if m.type == "City" and m.kind in ("new", "foreign", "store", "region")
              and _country_of(m) in countries]
    seen: dict[tuple[str, str], URIRef | None] = {}
    for hit in _SUFFIXED_WORD.finditer(text):
        start, stem, suf = hit.start(1), hit.group(1), hit.group(2)
        word_end = hit.end(2)
        rest = re.match(rf"[{HANGUL}]*", text[word_end:])
        rest_s = rest.group(0) if rest else ""
        if any(a.start <= start < a.end for a in accepted) or not _rest_of_name_ok(rest_s):
            continue
        if not rest_s and SURNAME_BEFORE_NAME_RE.match(text[word_end:word_end + 30]):
            continue  # 다카하시 유키 오타시장: a surname before a given name and a title, no misspelt place
        if (stem, suf) in seen:  # (a word the article repeats: the same answer, found once)
            target = seen[(stem, suf)]
        else:
            target = seen[(stem, suf)] = _variant_target(ctx, places, countries, stem, suf)
        if target is not None:
            known = ctx.gz.by_iri.get(target)
            kind = known.kind if known is not None else "new"
            accepted.append(Mention(start, word_end, stem + suf, target, "City", kind, rest_s))


def _variant_target(ctx: Ctx, places: list[Mention], countries: set[str], stem: str, suf: str) -> URIRef | None:
    """The place a suffixed word ``stem`` + ``suf`` spells another way: one of the article's own, else a known city
    of a country the article names (for 시); None when there is none."""
    for m in places:  # the article's own place, spelt another way
        known = ctx.gz.by_iri.get(m.iri)
        if m.kind == "new" and known is None:
            mstem, msuf = _split_suffix(m.surface)
        elif known is not None and known.level != "region":
            mstem, msuf = m.surface, "시"
        else:
            continue
        if msuf == suf and _close(stem, mstem):
            return m.iri
    if suf != "시":
        return None
    for cc in sorted(countries):
        for name, cand in ctx.gz.names_like(cc, stem) + ctx.gz.names_like(cc, stem + suf):
            mine = stem + suf if name.endswith("시") else stem  # a known city: one letter apart
            if (_close(mine, name) and jamo_distance(mine, name, 1) <= 1) or (
                    len(mine) >= 4 and open_finals(mine) == open_finals(name)):  # (블라디보스톡: 블라디보스토크)
                return cand.iri
    return None


_PAIR_SUFFIXES = ("시", "군", "구", "도", "성", "주", "현")


def _pair_word(word: str) -> str:
    """The second word of a hyphen pair without its particle: 덕주가 -> 덕주, 요성시가 -> 요성시, 하와이 -> 하와이.

    >>> _pair_word("덕주가"), _pair_word("하와이"), _pair_word("연태의"), _pair_word("제남")
    ('덕주', '하와이', '연태', '제남')
    """
    split = split_name(word, _PAIR_SUFFIXES)
    if split is not None and PARTICLES_RE.match(split[2]):
        return split[0] + split[1]
    if len(word) >= 3 and word[-1] == "의":
        return word[:-1]
    if len(word) >= 3 and is_syllable(word[-2]):
        closed = decompose(word[-2])[2] != 0
        if word[-1] in (PAIR_PARTICLES_AFTER_CONSONANT if closed else PAIR_PARTICLES_AFTER_VOWEL):
            return word[:-1]
    return word


def hyphen_pairs(text: str, start: int, end: int) -> list[tuple[int, str, int, str]]:
    """The hyphen pairs of partners in ``text[start:end]``: ``(start, word, start, word)`` for each side, the
    second word without its particle. Pairs count only with a tie word right after them, or ``각각`` and a tie
    word after a list of two pairs or more.

    >>> [p[1] + "-" + p[3] for p in hyphen_pairs("평택-제남, 시흥-덕주가 각각 우호도시 조인식을 갖는다.", 0, 30)]
    ['평택-제남', '시흥-덕주']
    >>> hyphen_pairs("서울-부산 고속도로가 막혔다.", 0, 16), hyphen_pairs("평택-제남 노선이 열렸다.", 0, 14)
    ([], [])
    """
    found = list(HYPHEN_PAIR_RE.finditer(text, start, end))
    out = []
    for m in found:
        word = _pair_word(m.group(2))
        tied = HYPHEN_TIE_AFTER_RE.match(text, m.end()) is not None
        listed = len(found) >= 2 and HYPHEN_EACH_TIE_RE.match(text, found[-1].end()) is not None
        if (tied or listed) and len(word) >= 2 and len(m.group(1)) >= 2:
            out.append((m.start(1), m.group(1), m.start(2), word))
    return out


#: the last two items of a list of cities joined by a middle dot, before 등 and the group's noun (``이사시․아와지시마 등
#: 3개 도시``): the second one a place too, though no table knows it (the dots are folded to ``·`` before reading)
_DOTTED_PAIR_THEN_GROUP = re.compile(rf"(?P<a>[{HANGUL}]{{2,8}})\s*·\s*(?P<b>[{HANGUL}]{{3,8}}?)(?<!지역)(?<!권)(?<!밸리)"
                                     r"(?<!델타)(?<!지방)(?<!일대)(?<!지구)(?<!단지)(?<!해안)(?<!반도)(?<!섬)(?<!도)"
                                     r"\s*등\s*\d+\s*개\s*(?:도시|지자체|지방정부)")
#: (counted cities only, and no area noun: not ``도쿄·수도권 등 대도시``, ``가고시마·규슈지역 등 3개 도시``)


def _dotted_list_places(ctx: Ctx, accepted: list[Mention]) -> None:
    """``일본의 이사시·아와지시마 등 3개 도시``: the item after a city abroad in a dotted list of cities is a city of the
    same country."""
    for m in _DOTTED_PAIR_THEN_GROUP.finditer(ctx.text):
        a = next((x for x in accepted if x.type == "City" and x.start == m.start("a")), None)
        b_start = m.start("b")
        if a is None or _country_of(a) in ("", "KR") or any(x.start <= b_start < x.end for x in accepted) or \
                ctx.gz.lookup(m.group("b")):
            continue
        _new_place(ctx, accepted, b_start, m.group("b"), _country_of(a).lower(), "")


def _hyphen_places(ctx: Ctx, accepted: list[Mention]) -> None:
    """The places of hyphen pairs of partners (``평택-제남``): the first a Korean place, the second one of the one
    foreign country the article names (a new city of it when no table knows the name)."""
    foreign = {m.iri.rsplit("/", 1)[-1] for m in accepted if m.type == "Country"} - {"KR"}
    cc = next(iter(foreign)) if len(foreign) == 1 else None
    found = [p for sent in ctx.sentences for p in hyphen_pairs(ctx.text, sent.start, sent.end)]
    for ls, left, rs, right in found:
        kr = _pair_side(ctx, accepted, ls, left, country="KR")
        if kr is None:
            continue
        if _pair_side(ctx, accepted, rs, right, country="KR") is None and \
                (cc is None or _pair_side(ctx, accepted, rs, right, country=cc) is None) and cc is not None:
            stem = split_name(right, _PAIR_SUFFIXES)  # (속초-양양: a Korean place first, then one abroad)
            _new_place(ctx, accepted, rs, right, cc, "", key=stem[0] if stem and stem[1] == "시" else right)


def _pair_side(ctx: Ctx, accepted: list[Mention], start: int, word: str, *, country: str) -> Mention | None:
    """The place one side of a hyphen pair names: the one read there already, else the one place of ``country``
    the gazetteer has under that name (or its name without a suffix)."""
    have = next((a for a in accepted if a.start == start and a.type == "City"), None)
    if have is not None:
        return have if _country_of(have) == country or (have.kind in ("full", "short") and country == "KR") else None
    stem = split_name(word, _PAIR_SUFFIXES)
    names = [word] + ([stem[0]] if stem else [])
    cands = {c.iri: c for n in names for c in ctx.gz.lookup(n) if c.type == "City" and c.country == country}
    if len(cands) != 1:
        return None
    cand = next(iter(cands.values()))
    m = Mention(start, start + len(word), word, cand.iri, "City", cand.kind, "")
    accepted.append(m)
    return m


def _merge_new_variants(ctx: Ctx, accepted: list[Mention]) -> None:
    """Two new places of one country written a letter apart (``뚜옌꽝시``, then ``뚜엔꽝시``) are one place,
    known by the first spelling (each was read on its own, after its country)."""
    firsts: list[tuple[str, str, str | None, URIRef]] = []
    for m in accepted:  # (in text order)
        if m.type != "City" or m.kind != "new" or m.iri in ctx.gz.by_iri:
            continue
        stem, suf = _split_suffix(m.surface)
        cc = _country_of(m)
        same = next((iri for s, f, c, iri in firsts if f == suf and (
            (c == cc and _close(stem, s)) or (len(stem) >= 2 and glide_key(stem) == glide_key(s)))), None)
        # (센닝시 after 셴닝시: a glide after a sibilant written or not, whatever the country read beside each)
        if same is not None:
            m.iri = same
        elif all(iri != m.iri for *_, iri in firsts):
            firsts.append((stem, suf, cc, m.iri))


def _kiwi_says_name(word: str, stem: str) -> bool:
    """Kiwi reads ``word`` as a name (미야자키/NNP 시) or one unknown word, not a noun + 時 (방문시, 체결시)."""
    from .reading_state import OOV_HANDLING, kiwi

    toks = [t for t in kiwi().tokenize(word, oov_handling=OOV_HANDLING)]
    if not toks:
        return False
    first = toks[0]
    if any(t.form == "시" and t.tag == "NNB" for t in toks):
        return False
    if first.tag == "NNP" and first.form in (stem, word, stem + word[len(stem):len(stem) + 1]):
        return True
    covering = [t for t in toks if t.start <= len(stem)]  # 라이/NNP 저/MM 우시/NNP: the analyser's names cut it
    if len(stem) >= 3 and any(t.tag == "NNP" for t in covering) and \
            all(t.tag in ("NNP", "MM", "SL", "SH") for t in covering) and len(stem) <= 6:
        return True
    return first.tag in ("NNG", "NNP") and len(first.form) >= len(stem) + 1 and len(stem) >= 3


def tie_described(ctx: Ctx, m: Mention) -> bool:
    """The place is introduced by a tie word, its country between them or not: ``자매도시인 베트남 빈증성``."""
    return describing_tie(ctx, m) is not None


def describing_tie(ctx: Ctx, m: Mention) -> str | None:
    """The tie phrase that introduces the place (``자매도시인`` in ``자매도시인 베트남 빈증성``), or None."""
    before = ctx.text[max(0, m.start - 40):m.start]
    for _ in range(2):  # past its locators: 우호도시 (중국) (허난성) 뤄양시
        word = re.search(r"[\s(]([\uac00-\ud7a3]{2,8})\s*$", before)
        if word is None or not ctx.gz.locates(word.group(1)):
            break
        before = before[: word.start()]
    found = TIE_DESCRIPTOR_BEFORE_RE.search(before) or TIE_RELATIVE_BEFORE_RE.search(before)
    return found.group(0) if found is not None else None


def _listed_before(ctx: Ctx, m: Mention, ms: list[Mention] | None) -> Mention | None:
    """The place listed right before ``m`` (only a joiner, and a gloss, between: ``A시와 B주``, ``A성(甲省), B성``).

    ``ms``: the mentions to look in (those being recognised), else the reading's."""
    prev = [c for c in (ctx.mentions if ms is None else ms) if c.type == "City" and c.end <= m.start and m.start - c.end <= 24]
    p = max(prev, key=lambda c: c.end) if prev else None
    return p if p is not None and LISTED_NEXT_RE.fullmatch(ctx.text, p.end, m.start) else None


def _listed_after_described(ctx: Ctx, m: Mention, ms: list[Mention] | None = None, depth: int = 0) -> bool:
    """The place continues a list that a tie word introduces: ``우호도시인 중국 A시와 캄보디아 B주``."""
    p = _listed_before(ctx, m, ms) if depth <= 6 else None
    return p is not None and (tie_described(ctx, p) or _listed_after_described(ctx, p, ms, depth + 1))


def _listed_after_party(ctx: Ctx, m: Mention, ms: list[Mention] | None = None, depth: int = 0) -> bool:
    """The region continues a list of regions whose first is a party by its particle, in a sentence with a tie word
    before it (``관계를 맺고 있는 랴오닝성(遼寧省)과 산둥성(山東省), 장쑤성``: all three; not ``산둥성(지난)과
    장쑤성(난징)을 방문해``: places visited)."""
    p = _listed_before(ctx, m, ms) if depth <= 6 else None
    if p is None or not _is_region(ctx, p) or not TIE_WORD_RE.search(
            ctx.text, max(ctx.text.rfind(".", 0, p.start), ctx.text.rfind("\n", 0, p.start)) + 1, p.start):
        return False
    rest = rest_past_gloss(ctx, p)
    return tie_described(ctx, p) or bool(rest and ACTOR_RE.match(rest)) or _listed_after_party(ctx, p, ms, depth + 1)


def listed_among_towns_abroad(ctx: Ctx, m: Mention) -> bool:
    """Whether region ``m`` stands in a list of towns of several countries (see :func:`_among_towns_abroad`)."""
    return _among_towns_abroad(ctx, m, ctx.mentions)


def _among_towns_abroad(ctx: Ctx, m: Mention, ms: list[Mention]) -> bool:
    """A region written after its country in a list of towns of several countries stands as they do (``터키 코자엘리,
    베트남 칸호아성, 중국 창춘``, ``…, 체코 모라비아실레지아주 등``); not a region that locates a town after it
    (``중국 산둥성 웨이하이시``), nor one listed with its own country's places only."""
    if m.rest or any(x.type == "City" and x.start > m.end and not ctx.text[m.end:x.start].strip() for x in ms):
        return False  # (중국 산둥성 웨이하이시: the region locates the town after it)
    own = next((c for c in ms if c.type == "Country" and c.end <= m.start and not ctx.text[c.end:m.start].strip()), None)
    if own is None:
        return False
    sep = _LIST_GAP.match(ctx.text, m.end)
    nxt = next((c for c in ms if sep is not None and c.start == sep.end()), None)
    if nxt is not None and nxt.type == "Country" and nxt.iri != own.iri:
        return True  # (…, 베트남 칸호아성, 중국 창춘: the next item is another country's)
    before = ctx.text[:own.start].rstrip()
    if before[-1:] not in LIST_SEPARATORS:
        return False
    end = len(before[:-1].rstrip())
    prev = next((c for c in ms if c.type == "City" and c.end + len(c.rest) == end), None)
    return prev is not None and _country_of(prev) not in ("", _country_of(m))  # (…, 터키 코자엘리, 체코 X주 등)


_LIST_GAP = re.compile(rf"[ \t]*[{LIST_SEPARATORS}][ \t]*")


def _list_end_partner(after: str) -> bool:
    """``등과 자매결연``, ``등 해외 자매지역과``: a list of partners ends here, a tie word in its clause (not ``등과
    수출 상담회를 열고``)."""
    end = LIST_END_PARTNERS_RE.match(after)
    if end is None:
        return False
    clause = re.split(r"[,.]|(?:고|며|으며|지만)\s", after[end.end():], maxsplit=1)[0]
    return TIE_WORD_RE.search(end.group(0) + clause) is not None


def _next_listed_region(ctx: Ctx, m: Mention, ms: list[Mention]) -> Mention | None:
    """The region listed right after region ``m`` with only a list separator between (``산동성, 요녕성``)."""
    if m.rest or not _is_region(ctx, m):
        return None
    nxt = next((n for n in sorted(ms, key=lambda x: x.start) if n.start >= m.end and n.type == "City"), None)
    if nxt is None or not _is_region(ctx, nxt):
        return None
    gloss = NAME_GLOSS_RE.match(ctx.text, m.end, nxt.start)  # (산둥성(山東省), 장쑤성: past the gloss)
    gap = ctx.text[gloss.end() if gloss else m.end:nxt.start]
    sep = rf"(?:\s*[{LIST_SEPARATORS}]\s*|\s+및\s+)"  # (앙골라 루안다주 및 케냐 몸바사주: 및 joins them too)
    country = re.fullmatch(rf"{sep}([\uac00-\ud7a3]{{2,8}})\s+", gap)  # 허베이성, 일본 구마모토현
    if re.fullmatch(sep, gap) or (
            country and any(c.type == "Country" for c in ctx.gz.lookup(country.group(1)))):
        return nxt
    return None


def _acts_through_head(ctx: Ctx, m: Mention) -> bool:
    """A region whose governor is one of two governors joined as a tie sentence's subject, or the subject's governor
    and the partner's (``김가온 전남지사와 존 로 메릴랜드 주지사가 자매결연 20주년을``, ``A 경북지사는 … 히로시마현 B
    지사와 협정을 체결``), acts; a governor who only attends, or a sentence with no tie, makes no party."""
    if not HEAD_ACTS_AFTER_RE.match(ctx.text, m.end) and not (
            HEAD_SUBJECT_AFTER_RE.match(ctx.text, m.end) and
            HEAD_ACTS_SECOND_BEFORE_RE.search(ctx.text, max(0, m.start - 40), m.start)):
        return False
    sent = ctx.sentence_of(m.start)
    return sent is not None and TIE_WORD_RE.search(sent.text) is not None


def region_is_party(ctx: Ctx, m: Mention) -> bool:
    """A region is a party to a tie as a subject or partner (연해주와, 부하라주는), before a tie word
    (모라비아실레지아주 우호도시 협정) or after one (자매도시인 베트남 빈증성의) — not as the host of an event
    (산둥성 주최로) nor in an event name."""
    if tie_described(ctx, m) or _listed_after_described(ctx, m) or _listed_after_party(ctx, m):
        return True
    if _acts_through_head(ctx, m):
        return True  # 존 로 메릴랜드 주지사가 자매결연 20주년을: the region acts through its governor
    if m.iri in ctx.person_body.values() and OFFICERS_LISTED_AS_PARTNERS_RE.match(ctx.text, m.end):
        return True  # 베트남 빈증성 보반민 성장, … 등 대전시의 자매 우호도시 대표단: its officer heads a partner's item
    nxt = _next_listed_region(ctx, m, ctx.mentions)
    if nxt is not None:  # 중국 산동성·요녕성과: a party as the last region of its list is
        return region_is_party(ctx, nxt)
    rest = rest_past_gloss(ctx, m)  # (텍사스주(州)와: past the gloss)
    if not rest and _list_end_partner(ctx.text[m.end:m.end + 60]):
        return True  # … 구마모토현 등과 자매결연: the last of a list of partners
    if rest:
        return bool(ACTOR_RE.match(rest))
    after = ctx.text[m.end:m.end + 24]
    return bool(TIE_AFTER_RE.match(after)) and not EVENT_NAME_AFTER_RE.match(after)


_INITIAL_BEFORE = re.compile(rf"(?<![{HANGUL}])[{HANGUL}]\.\s?$")  # 오.간바타르, never a sentence end (찾았다. X)


def _list_joined(ctx: Ctx, end: int, rest: str, start: int) -> bool:
    """Only a list joiner (와, 과, ·, 및, a comma) stands between a name ending at ``end`` and the next one."""
    return (rest + ctx.text[end + len(rest):start]).strip() in FOREIGN_LIST_JOINERS


def _glossed_inside(ctx: Ctx, accepted: list[Mention]) -> None:
    """``퀴논(꾸이년)시와``: a name glossed with another spelling inside its word is one place, known by either
    spelling, or new in the one foreign country the article names."""
    countries = {m.iri.rsplit("/", 1)[-1] for m in accepted if m.type == "Country"} - {"KR"}
    for hit in GLOSSED_INSIDE_RE.finditer(ctx.text):
        start, end = hit.start(), hit.end(3)
        name, alt, suffix, rest = hit.group(1), hit.group(2), hit.group(3), hit.group(4)
        if any(a.start < end and start < a.end for a in accepted) or not _rest_of_name_ok(rest):
            continue
        if not is_hangul_word(alt, 1, 8) and suffix not in ("시", "군", "구"):
            continue  # 시마네(島根)현 의회: a region glossed in Hanja is read as regions are, not made a party here
        cands = [c for c in ctx.gz.lookup(name + suffix) + ctx.gz.lookup(alt + suffix) if c.type == "City"]
        if len({c.iri for c in cands}) == 1:
            accepted.append(Mention(start, end, name + suffix, cands[0].iri, "City", cands[0].kind, rest))
        elif not cands and len(countries) == 1:
            cc = next(iter(countries)).lower()
            accepted.append(Mention(start, end, name + suffix, city_iri(cc, name if suffix == "시" else name + suffix),
                                    "City", "new", rest))
            ctx.located.append((accepted[-1].iri, country_iri_of(cc), start))


def _spaced_offices(ctx: Ctx, accepted: list[Mention]) -> None:
    """``경산 시의회``, ``일본 조요 시의원``: a city's short name written apart from its office word is that city
    when the name with the office's suffix names one city (경산시, 조요시)."""
    for hit in SPACED_OFFICE_RE.finditer(ctx.text):
        start, name, suffix = hit.start(1), hit.group(1), hit.group(2).removeprefix("부")[0]  # (니가타 부시장: 니가타시)
        if any(a.start < start + len(name) and start < a.end for a in accepted):
            continue
        if name in COMMON_WORDS and re.search(r"(?:을|를)\s$", ctx.text[max(0, start - 2):start]):
            continue  # 대표단을 위해 시청 대회의실에서: "for" (X을 위해), no city 위해 and its hall
        cands = [c for c in ctx.gz.lookup(name + suffix) if c.type == "City"]
        country = next((a for a in accepted if a.type == "Country" and a.end + 1 == start and not a.rest
                        and ctx.text[a.end] == " " and not a.iri.endswith("/KR")), None)
        if not cands and country is not None and name not in NAME_STOP and name not in NOT_PLACE_WORDS and \
                not PARTICLE_ENDED.search(name) and not common_noun_with_particle(name):
            # 일본 조요 시의원 (not 일본 출장에는 시의회, 일본 대표단과 시의원들: a noun and its particle)
            _new_place(ctx, accepted, start, name, country.iri.rsplit("/", 1)[-1].lower(), "", key=name)
            continue
        if len({c.iri for c in cands}) != 1:
            continue
        accepted.append(Mention(start, start + len(name), name, cands[0].iri, "City",
                                "short" if cands[0].country == "KR" else "foreign"))


def _listed_after_foreign(ctx: Ctx, accepted: list[Mention], start: int) -> str | None:
    """The country of the foreign city a list goes on from (중국 정강산시·돈황시, 옌타이시와 위해시), if any."""
    for m in accepted:
        if m.end <= start and m.type == "City" and "/city/" in str(m.iri) and _country_of(m) not in ("", "KR") \
                and _list_joined(ctx, m.end, m.rest or "", start):
            return _country_of(m).lower()
    return None


_SPACES = re.compile(r"[ \t]+")


def _common_word_city(ctx: Ctx, start: int, cc: str) -> Mention | None:
    """The city of country ``cc`` whose bare name, a common word, starts at ``start`` and is listed on (see
    :data:`COMMON_WORD_LISTED_AFTER`), if any."""
    word = re.match(rf"[{HANGUL}]{{2,4}}", ctx.text[start:])
    if word is None or word.group(0) not in COMMON_WORDS or \
            not COMMON_WORD_LISTED_AFTER.match(ctx.text, word.end() + start):
        return None  # (the whole word: 지난달 is no 지난)
    return _city_named(ctx, start, word.group(0) + "시", word.group(0), cc)


def _city_named(ctx: Ctx, start: int, key: str, surface: str, cc: str, rest: str = "") -> Mention | None:
    """The one city of country ``cc`` the gazetteer knows as ``key``, as a mention of ``surface`` at ``start``."""
    cands = [c for c in ctx.gz.lookup(key) if c.type == "City" and c.country == cc]
    if len({c.iri for c in cands}) != 1:
        return None
    return Mention(start, start + len(surface), surface, cands[0].iri, "City", "foreign", rest)


_NEXT_ITEM = re.compile(rf"[ \t]*[,、·ㆍ][ \t]*([{HANGUL}]{{2,10}}?)(?:시)?(?:{PARTICLE})?(?![{HANGUL}])")


def _place_listed_next(ctx: Ctx, end: int, cc: str) -> bool:
    """The list goes on at ``end`` with a city of country ``cc`` or with a country (``하기·니가타``, ``지난,
    인도네시아 반둥``)."""
    nxt = _NEXT_ITEM.match(ctx.text, end)
    if nxt is None:
        return False
    word = nxt.group(1)
    return any((c.type == "City" and c.country == cc) or c.type == "Country"
               for n in (word, word + "시") for c in ctx.gz.lookup(n))


def _common_words_listed(ctx: Ctx, accepted: list[Mention]) -> None:
    """A city abroad whose bare name is also a common word (지난 Jinan, 하기 Hagi, 연대 Yantai), read only with its 시
    elsewhere, is the city when it stands in a list right after its country (``중국 지난, 인도네시아 반둥``, ``일본
    하기·니가타``) or chained by a middle dot to a city of that country (``창춘·지난``); not ``중국 지난 3일``.
    A city of that country chained after it is then read too (``하기·니가타``: the chain lost its country)."""
    queue = sorted((a for a in accepted if not a.rest and (
        (a.type == "Country" and not str(a.iri).endswith("/KR")) or
        (a.type == "City" and _country_of(a) not in ("", "KR")))), key=lambda a: a.start)
    added: list[Mention] = []
    while queue:
        m = queue.pop(0)
        gap = (_SPACES if m.type == "Country" else COMMON_WORD_CHAINED_BEFORE).match(ctx.text, m.end)
        if gap is None or any(a.start <= gap.end() < a.end for a in accepted):
            continue
        cc = str(m.iri).rsplit("/", 1)[-1] if m.type == "Country" else _country_of(m)
        city = _common_word_city(ctx, gap.end(), cc)
        if city is not None and m.type == "Country" and not _place_listed_next(ctx, city.end, cc):
            city = None  # (중국 통화·환율 정책, 중국 소주, 맥주: the list goes on with no place, a list of things)
        if city is None and m in added:
            word = re.match(rf"([{HANGUL}]{{2,10}}?)(시)?({PARTICLE})?(?![{HANGUL}])", ctx.text[gap.end():])
            name = word.group(1) + (word.group(2) or "") if word is not None else ""
            city = _city_named(ctx, gap.end(), name, name, cc, word.group(3) or "") if word is not None else None
        if city is not None:
            accepted.append(city)
            added.append(city)
            queue.append(city)  # (창춘·지난·연대: the chain goes on)


_GLOSSED_HYPHEN = re.compile(rf"(?<![{HANGUL}])([{HANGUL}]{{2,10}}(?:-[{HANGUL}]{{2,10}})+)\(([A-Z][A-Za-z'’.]+(?:[- ][A-Z][A-Za-z'’.]+)+)\)"
                             rf"(구|시|주)?({PARTICLE})?(?![{HANGUL}])")


def _glossed_hyphen_places(ctx: Ctx, accepted: list[Mention]) -> None:
    """``독일 슈테글리츠-젤렌도르프(Steglitz-Zehlendorf)와``, ``베를린 슈테글리츠-젤렌도르프(…)구``: a hyphenated name
    glossed in Latin letters right after a country or a city abroad is a place there (the city then only locates
    it); not a name that follows neither (``한-중(Korea-China) 교류``)."""
    for hit in _GLOSSED_HYPHEN.finditer(ctx.text):
        start = hit.start(1)
        before = next((a for a in accepted if a.end <= start and not ctx.text[a.end:start].strip() and
                       (a.type == "Country" or (a.type == "City" and _country_of(a) not in ("", "KR")))), None)
        if before is None or any(a.start <= start < a.end for a in accepted):
            continue
        cc = before.iri.rsplit("/", 1)[-1] if before.type == "Country" else _country_of(before)
        new = _new_place(ctx, accepted, start, hit.group(1), cc, hit.group(4) or "")  # (the gloss and a 구 after it
        before.qualifier = True  # stay outside the name's span)
        ctx.located.append((new.iri, country_iri_of(cc), start))


@lru_cache(maxsize=256)
def _listed_town_re(cc: str, *, joined: bool) -> re.Pattern[str] | None:
    """The town written after a city of country ``cc`` with one of that country's municipal suffixes (not 시, 군,
    구): after the joining particle (``joined``) a space, else a comma or a middle dot."""
    sufs = sorted({x.form for x in municipal_suffixes(cc)} - {"시", "군", "구"}, key=len, reverse=True)
    if not sufs:
        return None
    gap = r"[ \t]+" if joined else r"[ \t]*[,·ㆍ][ \t]*"
    return re.compile(rf"{gap}([{HANGUL}]{{2,10}}?)({'|'.join(sufs)})({PARTICLE})?(?![{HANGUL}])")


def _listed_towns(ctx: Ctx, accepted: list[Mention]) -> None:
    """``야마구치시와 나고미정``, ``쑤저우시·우장현``: a town listed right after a city abroad, written with a municipal
    suffix of that city's country (even one that ends common words too: 정, 초, 현), is a town there when Kiwi
    reads its stem as a name (not ``야마구치시와 우호협정을``)."""
    text = ctx.text
    for m in [a for a in accepted if a.type == "City" and _country_of(a) not in ("", "KR")]:
        cc = _country_of(m)
        join = len(m.rest) if m.rest in ("와", "과") else 0
        rx = _listed_town_re(cc, joined=join > 0)
        hit = rx.match(text, m.end + join) if rx is not None else None
        if hit is None:
            continue
        start = hit.start(1)
        stem, suf = hit.group(1), hit.group(2)
        if any(a.start <= start < a.end for a in accepted) or ctx.gz.lookup(stem + suf) or ctx.gz.lookup(stem) or \
                not (_name_like(stem + suf) or unknown_name(stem + suf)):  # (나고+미정: names Kiwi was taught)
            continue
        new = _new_place(ctx, accepted, start, stem + suf, cc, hit.group(3) or "")
        ctx.located.append((new.iri, country_iri_of(cc), start))


def _after_city(ctx: Ctx, accepted: list[Mention], start: int) -> bool:
    """A city (not a region) is named right before ``start``: 더반 쏠리시 카운다 시장 names a person there."""
    for m in accepted:
        if m.type == "City" and not m.rest and ctx.text[m.end:start].strip() == "" and m.end <= start:
            cand = ctx.gz.by_iri.get(m.iri)
            return cand is None or cand.level not in ("region", "sido")
    return False


def _unknown_foreign(ctx: Ctx, accepted: list[Mention]) -> None:
    """A foreign city the gazetteer lacks, by shape and context: 뷔위크체크메제시와 우호도시 협약 (튀르키예 named).

    Needs one foreign country named in the article (its country), a name of three syllables or more
    that Kiwi reads as a name, and a tie word in the sentence or a delegation or mayor right after it.
    """
    named = Counter(m.iri.rsplit("/", 1)[-1] for m in accepted if m.type == "Country" and "/KR" not in m.iri)
    countries = sorted(named)
    ranked = named.most_common(2)
    dominant = ranked[0][0] if len(ranked) == 2 and ranked[0][1] >= 2 * ranked[1][1] + 1 else None
    several = len(countries) > 1 and dominant is None  # then only a list that goes on from a foreign city gives a country
    # (필리핀 named four times, 라오스 once: the article's side abroad is the Philippines)
    country = countries[0] if len(countries) == 1 else dominant or "zz"  # none named: a delegation or mayor after it
    text = ctx.text
    pat = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,12}?)(" +
                     "|".join(UNKNOWN_FOREIGN_SUFFIXES + JP_TOWN_SUFFIXES) + r")([\uac00-\ud7a3]{0,4})(?![\uac00-\ud7a3])")
    found: dict[str, URIRef] = {}
    for sent in ctx.sentences:
        tie_sentence = TIE_WORD_RE.search(sent.text) is not None
        for hit in pat.finditer(sent.text):
            start = sent.start + hit.start(1)
            stem, suf, rest = hit.group(1), hit.group(2), hit.group(3)
            name = stem + suf
            listed = _listed_after_foreign(ctx, accepted, start)
            cc = listed or country
            if suf in JP_TOWN_SUFFIXES:
                if cc not in ("zz", "JP") or (len(stem) < 3 and len(suf) == 1) or not (
                        unknown_word(name) or tags(name)[:1] == ((stem, "NNP"),)) or any(
                        c.country == "KR" for n in (2, 3) for c in ctx.gz.lookup(stem[:n])):
                    # (원주일산초, 제천중앙초: a Korean school written short, named after its town)
                    continue  # (일정은, 김수정은, 과정은: words and names; a town in Japan only, one word Kiwi does not
                    # know or a name it knows and the suffix: 하코네정, 유가와라/NNP 정)
                cc = "JP"
            elif several and not listed:
                continue
            located = listed is not None or (LOCATED_BEFORE_RE.search(text, max(0, start - 8), start) is not None \
                and cc != "zz")
            after = text[sent.start + hit.end(3):sent.start + hit.end(3) + 8]
            described = TIE_DESCRIPTOR_BEFORE_RE.search(text, max(0, start - 12), start) is not None
            partnered = tie_sentence and suf == "시" and unknown_word(name) and \
                _joined_partner(ctx, accepted, start, start + len(name), rest)
            if len(stem) < 3 and not located and not partnered and not (
                    len(stem) == 2 and suf == "시" and unknown_word(name) and not _after_city(ctx, accepted, start)
                    and (described or (UNKNOWN_FOREIGN_NEXT_RE.match(after) and not rest))):
                continue  # two syllables and 시 are too often a Korean word; 규슈 지방에 위치한 우사시 is a place,
                # and so is 셴닝시 대표단, 자매도시인 남녕시: a name Kiwi does not know, with a tie or a delegation
            if any(a.start <= start < a.end for a in accepted) or not _rest_of_name_ok(rest):
                continue
            if _si_of_a_common_word(stem, suf, rest):
                continue  # 현지시민에, 방문시: no town
            if suf == "시" and not rest and _given_name_between(ctx, text[max(0, start - 20):start],
                                                                text[start + len(name):start + len(name) + 30]):
                continue  # 스즈키 기요시 시장: a Japanese given name, no unknown city
            if _INITIAL_BEFORE.search(text, max(0, start - 3), start):
                continue  # 오.간바타르시장: a person's name after its patronymic initial, and a title
            if stem.endswith("도") or name in NOT_PLACE_WORDS or ctx.gz.lookup(name) or (
                    ctx.gz.lookup(stem) and suf not in JP_TOWN_SUFFIXES):
                continue  # (유가와라정: a town, though a city of the stem's name is known; 大野町 is no 大野市)
            if suf == "시" and rest.startswith("장") and is_market(stem, text, sent.start + hit.end(3)):
                continue  # 남원중앙시장, 중앙전통시장: a market (시장), not the head of a city 남원중앙시
            if suf == "시" and rest.startswith("장") and not located and korean_given_name(stem):
                continue  # 김영희시장은: a Korean name glued to its title, no town 김영희시
            if name not in found and not located:
                visited = rest in ("를", "을", "도") and UNKNOWN_FOREIGN_VISITED_RE.match(after) is not None
                if not (tie_sentence and rest and re.match(r"^(와|과|와의|과의|와는|과는|와도|과도|는|은|가|이)$", rest)) and \
                        not UNKNOWN_FOREIGN_NEXT_RE.match(after) and not (rest and rest[0] in "장청") and not described \
                        and not (visited and cc != "zz"):
                    continue
                if cc == "zz" and not (UNKNOWN_FOREIGN_NEXT_RE.match(after) and not rest) and not described and \
                        not partnered:
                    continue
                if not _kiwi_says_name(name + rest, stem) and not (len(stem) == 2 and unknown_word(name)):
                    continue
            iri = found.setdefault(name, city_iri(cc, stem if suf == "시" else name))
            accepted.append(Mention(start, start + len(name), name, iri, "City", "new", rest))
            if cc != "zz":
                ctx.located.append((iri, country_iri_of(cc), start))
    for name, iri in found.items():  # 의왕시 대표단이 셴닝시를 찾아 … 셴닝시 부시장: its mentions before the evidence too
        for hit in re.finditer(rf"(?<![\uac00-\ud7a3]){re.escape(name)}([\uac00-\ud7a3]{{0,4}})(?![\uac00-\ud7a3])", text):
            if _rest_of_name_ok(hit.group(1)) and not any(a.start <= hit.start() < a.end for a in accepted):
                accepted.append(Mention(hit.start(), hit.start() + len(name), name, iri, "City", "new", hit.group(1)))
        stem = name[:-1] if name.endswith("시") else ""
        for hit in re.finditer(rf"(?<![\uac00-\ud7a3]){re.escape(stem)}(?= (?:부?시장|시청|시의회))", text) if len(stem) >= 3 else ():
            if not any(a.start <= hit.start() < a.end for a in accepted):  # 마갈랑 시장: its head, the 시 written apart
                accepted.append(Mention(hit.start(), hit.end(), stem, iri, "City", "new", ""))


#: one item of a list written with commas or middle dots: a word and the mark after it
_LIST_ITEM = re.compile(r"(?<![\uac00-\ud7a3])([\uac00-\ud7a3]{2,10})(\s*[,·]\s*|\s+등|와\s|과\s)")


def _korean_name_shape(word: str) -> bool:
    """Three syllables after a Korean surname: a person's name listed, no town (``김철수``).

    >>> _korean_name_shape("김철수"), _korean_name_shape("애틀란타")
    (True, False)
    """
    return len(word) == 3 and word[0] in KOREAN_SURNAMES


#: what opens a list of partner towns (``자매우호도시인 ``, ``자매도시 ``, ``우호도시인 ``)
_PARTNERS_LISTED_BEFORE = re.compile(r"(?:자매|우호|친선|교류)(?:·?우호|·?자매)?(?:협력)?도시(?:인|로는|는|은)?\s*$")


def _listed_among_towns(ctx: Ctx, accepted: list[Mention]) -> None:
    """``자매우호도시인 애틀란타, 히로시마, 미나스제라이스, 칭다오 등``: a name Kiwi does not know, in a list the text calls
    partner towns, among two towns abroad or more, is a town too (its country left unsaid)."""
    text = ctx.text
    abroad = [a for a in accepted if a.type == "City" and "/city/kr/" not in str(a.iri) and not a.qualifier]
    for sent in ctx.sentences:
        items = [(sent.start + m.start(1), m.group(1), m.group(2)) for m in _LIST_ITEM.finditer(sent.text)]
        runs: list[list[tuple[int, str, str]]] = [[]]
        for item in items:  # runs of items, each right after the mark of the one before
            prev = runs[-1][-1] if runs[-1] else None
            if prev is not None and prev[0] + len(prev[1]) + len(prev[2]) != item[0]:
                runs.append([])
            runs[-1].append(item)
            if not re.match(r"\s*[,·]", item[2]):
                runs.append([])
        for run in runs:
            known = [i for i in run if any(a.start == i[0] for a in abroad)]
            if len(run) < 3 or len(known) < 2 or not _PARTNERS_LISTED_BEFORE.search(text, max(0, run[0][0] - 12), run[0][0]):
                continue  # (only a list the text calls partner towns: not 히로시마시, 칭다오시, 코이카, 코트라 등)
            for at, name, _mark in run:
                if any(a.start <= at < a.end for a in accepted) or not unknown_name(name) or \
                        name in NOT_PLACE_WORDS or common_noun_alone(name) or _korean_name_shape(name) or \
                        any(c.type == "Country" for n in (2, 3) for c in ctx.gz.lookup(name[:n])):
                    # (태국전시컨벤션뷰로: a body named after its country, listed with the towns it came with)
                    continue
                accepted.append(Mention(at, at + len(name), name, city_iri("zz", name), "City", "new", ""))


def _joined_partner(ctx: Ctx, accepted: list[Mention], start: int, end: int, rest: str) -> bool:
    """A name joined to a Korean local government in a tie's clause: ``영암군과 우키시는 (…) 자매결연``, ``영암군은
    2014년 우키시와 자매결연을``: the partner, though no country is named."""
    if rest in ("는", "은", "가", "이"):
        return any(m.type == "City" and "/city/kr/" in str(m.iri) and m.rest in ("와", "과") and
                   ctx.text[m.end + len(m.rest):start].strip() == "" for m in accepted)
    return rest in ("와", "과", "와의", "과의") and \
        PARTNER_TIE_AFTER_RE.match(ctx.text, end + len(rest)) is not None


def _scanned(ctx: Ctx) -> list[tuple[int, int, str, list[Cand], str]]:
    """:func:`scan` of the article, made once per reading."""
    cached = ctx.__dict__.get("_scanned")
    if cached is None:
        cached = ctx.__dict__["_scanned"] = scan(ctx)
    return cached


def _named_sido(ctx: Ctx) -> set[str]:
    """Full names of the 시도 an article names (인천, 울산시, 부산광역시 …)."""
    cached = ctx.__dict__.get("_named_sido")
    if cached is None:
        cached = {c.name_ko for _, _, _, cands, _ in _scanned(ctx) for c in cands
                  if c.type == "City" and c.level == "sido" and len({x.iri for x in cands}) == 1}
        ctx.__dict__["_named_sido"] = cached
    return cached


def _metro_named_alike(ctx: Ctx, city: Cand) -> Cand | None:
    """The metropolitan city a city's full name also names when the article speaks of it (``광주시``: 경기도 광주시 by
    its full name, but 광주광역시 in an article that names 광주광역시, one of its districts or its region, 전남 or 호남,
    and not 경기). None when nothing says so."""
    if city.level != "sigungu" or not city.name_ko.endswith("시"):
        return None
    metro = next((c for c in ctx.gz.lookup(city.name_ko[:-1]) if c.level == "sido" and c.kind == "short"), None)
    if metro is None:
        return None
    text = ctx.text
    own = city.province[:2] if city.province else ""
    if own and own in text:
        return None  # (경기도 광주시, 경기 광주: the city of the province named)
    districts = {c.name_ko for _, _, _, cands, _ in _scanned(ctx) for c in cands
                 if c.province == metro.name_ko and c.level == "sigungu" and len({x.iri for x in cands}) == 1}
    said = metro.name_ko in _named_sido(ctx) or bool(districts) or any(
        w in text for w in METRO_REGION_WORDS.get(metro.name_ko, ()))
    return ctx.gz.by_iri.get(metro.iri, metro) if said else None


def _by_named_city(ctx: Ctx, e: int, full: list[Cand]) -> Cand | None:
    """A homonym 구 (남구, 중구, 동구, 서구) settled by its city: in parentheses after it, or the only
    candidate city the article names."""
    paren = re.match(r"\s*\(\s*([\uac00-\ud7a3]{2,8})\s*\)", ctx.text[e:e + 16])
    if paren:
        named = {c.name_ko for c in ctx.gz.lookup(paren.group(1)) if c.level == "sido"}
        hit = [c for c in full if c.province in named]
        if len({c.iri for c in hit}) == 1:
            return hit[0]
    sido = _named_sido(ctx)
    hit = [c for c in full if c.province in sido and c.level == "sigungu"]
    return hit[0] if len({c.iri for c in hit}) == 1 else None
