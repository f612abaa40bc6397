"""People with their titles and bodies, and organisations, in Korean text.

Patterns: ``박승원 광명시장`` (name, city + title in one word), ``이삼수 사천시의회 의장`` (name, body,
title), ``광명시(시장 양기대)`` (title and name after the city), ``오스나브뤼크시 카타리나 푀터 시장``
(a foreign name between city and title), ``박승원 시장`` (a name with a title alone), and ``양 시장``
(a surname standing for a person already named with that title).
"""
from __future__ import annotations

import re

from rdflib import URIRef

from .. import vocab as V
from ..vocab import minted
from .context import Ctx, Mention
from .lexicon import (CITY_BOUND, CITY_TITLES, KOREAN_SURNAMES, NAME_STOP, ORG_STOP, ORG_SUFFIXES, TITLES,
                      TRAILING_PARTICLE_RE)
from .model import Entity, Span
from .text_units import Sentence, Word

_ORG_PREFIX = re.compile(r"^\((사|재|주|사단법인|재단법인|주식회사)\)\s*")
_ACRONYM = re.compile(r"\b([A-Z][A-Za-z&]{1,11})\s*\(([\uac00-\ud7a3]{2,15})\)")
_HANGUL_ACRONYM = re.compile(r"([\uac00-\ud7a3]{3,25})\s*\(([A-Z][A-Za-z&]{1,11})\)")


def strip_particle(word: str) -> str:
    """A word without a trailing particle (광명시장을 -> 광명시장).

    >>> strip_particle("자원봉사센터에는"), strip_particle("성과")
    ('자원봉사센터', '성과')
    """
    for _ in range(2):
        m = TRAILING_PARTICLE_RE.search(word)
        if not m or len(word) - len(m.group(0)) < 2:
            break
        stem = word[: m.start()]
        if stem.endswith(("시", "군", "구", "도")) and m.group(0).startswith("시"):
            break
        if word in ("성과", "결과", "효과", "사과", "기관", "교과", "부과", "단과", "학과"):
            break
        word = stem
    return word


def is_korean_name(w: str) -> bool:
    """A plausible Korean personal name: 2–4 syllables starting with a surname, not a common word.

    >>> is_korean_name("박승원"), is_korean_name("이번"), is_korean_name("광명시")
    (True, False, False)
    """
    if not re.fullmatch(r"[\uac00-\ud7a3]{2,4}", w) or w in NAME_STOP:
        return False
    if w[-1] in "시군구도" and len(w) >= 3:
        return False
    split = _title_split(w)
    if split is not None and split[0] and len(split[0]) >= 2:
        return False  # 고성군수, 광명시장: a place and a title, not a name
    return w[0] in KOREAN_SURNAMES or w[:2] in KOREAN_SURNAMES


def _city_at(ctx: Ctx, start: int, end: int) -> Mention | None:
    for m in ctx.mentions:
        if m.type == "City" and m.start >= start and m.start < end:
            return m
    return None


def person(ctx: Ctx, name: str, span: Span, *, title: str | None, body: URIRef | None, sent: Sentence,
           foreign: bool = False) -> URIRef:
    """Record a person (one IRI per name within an article), with job title and body when known."""
    iri = ctx.persons.get(name)
    if iri is None:
        key = body.rsplit("/", 1)[-1] if body is not None else None
        iri = minted("person", name, key) if key else minted("person", name)
        ctx.persons[name] = iri
    ctx.mentions.append(Mention(span.start, span.end, name, iri, "Person", "person"))
    ent = ctx.entity(Entity(iri, "Person", name, lang="ko", mentions=[span]))
    if title and iri not in ctx.person_title:
        ctx.person_title[iri] = title
        ent.attrs["jobTitle"] = title
    if body is not None and iri not in ctx.person_body:
        ctx.person_body[iri] = body
        ctx.fact(iri, V.SCHEMA.worksFor, body, sent)
    return iri


def _title_split(word: str) -> tuple[str, str, str] | None:
    """(place prefix, level suffix, title) for a word such as 광명시장 or 부안군수 or 광명시의장."""
    for suffix, level, title in CITY_TITLES:
        if word.endswith(suffix) and len(word) > len(suffix):
            prefix = word[: -len(suffix)]
            if prefix.endswith(level) and level:
                prefix = prefix[: -len(level)]
            return prefix, level, title
    return None


def recognise_people(ctx: Ctx, sent: Sentence) -> None:
    """Find people (and their bodies) in one sentence."""
    words = sent.words()
    _body_name_title(ctx, sent, words)
    for i, w in enumerate(words):
        nxt = words[i + 1] if i + 1 < len(words) else None
        nxt2 = words[i + 2] if i + 2 < len(words) else None
        if not is_korean_name(w.text) or w.tail not in ("", ",") or nxt is None:
            continue
        if any(m.type == "Person" and m.start <= w.start < m.end for m in ctx.mentions):
            continue  # already read as part of a longer (foreign) name
        span = Span(w.start, w.end)
        w2 = strip_particle(nxt.text)
        split = _title_split(w2)
        if split is not None:
            city = _city_at(ctx, nxt.start, nxt.end)
            if city is not None:
                city.via_title = True
                person(ctx, w.text, span, title=split[2], body=city.iri, sent=sent)
                continue
        city = _city_at(ctx, nxt.start, nxt.end)
        if nxt2 is not None and strip_particle(nxt2.text) in TITLES and not nxt.tail:
            body = city.iri if city is not None and w2 == city.surface else _org_iri(ctx, w2)
            if city is not None and w2 == city.surface:
                city.via_title = True
            if body is not None:
                person(ctx, w.text, span, title=strip_particle(nxt2.text), body=body, sent=sent)
                continue
        if w2 in TITLES:
            known = ctx.persons.get(w.text)
            body = ctx.person_body.get(known) if known else None
            person(ctx, w.text, span, title=w2, body=body, sent=sent)
    _parenthesised(ctx, sent)
    _foreign_names(ctx, sent, words)
    _surname_refs(ctx, sent, words)


def _body_name_title(ctx: Ctx, sent: Sentence, words: list[Word]) -> None:
    """``수원시의회 김기정 의장``, ``여수시 홍길동 시장``: body, name, title; and ``마르틴 호른 프라이부르크시장``."""
    for i in range(len(words) - 2):
        body_w, name_w, title_w = words[i], words[i + 1], words[i + 2]
        if body_w.tail or name_w.tail or not is_korean_name(name_w.text):
            continue
        title = strip_particle(title_w.text)
        if title not in TITLES:
            continue
        city = _city_at(ctx, body_w.start, body_w.end)
        if city is not None and city.start == body_w.start and not city.rest.startswith("의회") and \
                body_w.text in (city.surface, city.surface + city.rest):
            body = city.iri
            city.via_title = True
        else:
            body = _org_iri(ctx, body_w.text)
        if body is not None and name_w.text not in ctx.persons:
            person(ctx, name_w.text, Span(name_w.start, name_w.end), title=title, body=body, sent=sent)
    for i, w in enumerate(words):  # foreign name words before a foreign city's title word
        split = _title_split(strip_particle(w.text))
        city = _city_at(ctx, w.start, w.end)
        if split is None or city is None or city.start != w.start:
            continue
        cand = ctx.gz.by_iri.get(city.iri)
        if city.kind != "new" and (cand is None or cand.country == "KR"):
            continue
        names = []
        j = i - 1
        while j >= 0 and len(names) < 3 and re.fullmatch(r"[\uac00-\ud7a3]{1,6}", words[j].text) and \
                not words[j].tail and words[j].text not in NAME_STOP and not _city_at(ctx, words[j].start, words[j].end):
            names.insert(0, words[j])
            j -= 1
        if len(names) >= 2:
            name = " ".join(n.text for n in names)
            person(ctx, name, Span(names[0].start, names[-1].end), title=split[2], body=city.iri, sent=sent)
            city.via_title = True


def _parenthesised(ctx: Ctx, sent: Sentence) -> None:
    """``광명시(시장 양기대)``: title and name in parentheses after the city."""
    for m in re.finditer(r"\((" + "|".join(sorted(TITLES, key=len, reverse=True)) + r")\s+([\uac00-\ud7a3]{2,4})\)",
                         sent.text):
        start = sent.start + m.start()
        city = next((c for c in ctx.mentions if c.type == "City" and c.end == start), None)
        if city is None or not is_korean_name(m.group(2)):
            continue
        s = sent.start + m.start(2)
        person(ctx, m.group(2), Span(s, s + len(m.group(2))), title=m.group(1), body=city.iri, sent=sent)


def _foreign_names(ctx: Ctx, sent: Sentence, words: list[Word]) -> None:
    """``미야자키시 기요야마 토모노리 시장``: a foreign city, 1–3 name words, a title."""
    for i, w in enumerate(words):
        city = _city_at(ctx, w.start, w.end)
        if city is None or city.start != w.start or city.end + (1 if city.rest == "시" else len(city.rest)) != w.end \
                or w.tail or city.rest not in ("", "시"):
            continue
        cand = ctx.gz.by_iri.get(city.iri)
        if city.kind != "new" and (cand is None or cand.country == "KR"):
            continue
        for k in (3, 2, 1):
            if i + k + 1 >= len(words) + 0 and i + k >= len(words):
                continue
            if i + k >= len(words):
                continue
            names = words[i + 1:i + 1 + k]
            title_w = words[i + 1 + k] if i + 1 + k < len(words) else None
            if title_w is None or strip_particle(title_w.text) not in TITLES:
                continue
            if any(not re.fullmatch(r"[\uac00-\ud7a3]{2,6}", n.text) or n.text in NAME_STOP or n.tail for n in names):
                continue
            name = " ".join(n.text for n in names)
            person(ctx, name, Span(names[0].start, names[-1].end), title=strip_particle(title_w.text),
                   body=city.iri, sent=sent, foreign=True)
            city.via_title = True
            break


def _surname_refs(ctx: Ctx, sent: Sentence, words: list[Word]) -> None:
    """``양 시장``: a surname and a title standing for a person named before with that title."""
    for i, w in enumerate(words[:-1]):
        if len(w.text) != 1 or w.text not in KOREAN_SURNAMES:
            continue
        title = strip_particle(words[i + 1].text)
        if title not in TITLES:
            continue
        hits = [iri for name, iri in ctx.persons.items()
                if name.startswith(w.text) and ctx.person_title.get(iri) == title]
        if len(hits) == 1:
            ctx.mentions.append(Mention(w.start, words[i + 1].end, w.text + " " + title, hits[0], "Person", "person"))


def _org_iri(ctx: Ctx, name: str) -> URIRef | None:
    name = _ORG_PREFIX.sub("", name)
    if not any(name.endswith(s) for s in ORG_SUFFIXES) or name in ORG_STOP:
        return None
    return minted("org", name)


def recognise_orgs(ctx: Ctx, sent: Sentence, *, venues: set[tuple[int, int]]) -> None:
    """Organisations: words ending in 연구소, 진흥원, 협의회, 센터 …; acronyms with a Hangul name."""
    taken: list[tuple[int, int]] = []
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
    for w in sent.words():
        if any(a <= w.start < b for a, b in taken) or any(a <= w.start < b for a, b in venues):
            continue
        raw = w.lead + w.text if w.lead.startswith("(") else w.text
        name = strip_particle(_ORG_PREFIX.sub("", raw))
        if not re.fullmatch(r"[\uac00-\ud7a3A-Za-z0-9]{3,30}", name):
            continue
        suffix = next((s for s in sorted(ORG_SUFFIXES, key=len, reverse=True) if name.endswith(s)), None)
        if suffix is None or name in ORG_STOP or len(name) - len(suffix) < 2:
            continue
        iri = minted("org", name)
        s = w.start + (w.text.find(name) if name in w.text else 0)
        ctx.mentions.append(Mention(s, s + len(name), name, iri, "Organization", "org"))
        alt = {raw.strip()} if raw.strip() != name else set()
        ctx.entity(Entity(iri, "Organization", name, mentions=[Span(s, s + len(name))], alt=alt))
        for c in ctx.mentions:  # 사천시의회 speaks of the council, not of the city as an actor
            if c.type == "City" and s <= c.start < s + len(name):
                c.via_title = True
