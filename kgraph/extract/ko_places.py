"""Cities and countries in Korean text: gazetteer matches, filtered by context.

Short names (제천 for 제천시) count only where the context makes them certain: a title (제천시장),
the full name elsewhere in the article, a province before them (충북 보은), or a list of cities.
Homonyms (광주, 고성, 중구) are resolved by a province or a full name, or left out.
"""
from __future__ import annotations

import re

from rdflib import URIRef

from ..vocab import city_iri
from .context import Ctx, Mention
from .gazetteer import Cand
from .lexicon import CITY_COMPOUND_RE, PARTICLES_RE

_HANGUL = re.compile(r"[\uac00-\ud7a3日中美獨佛英露濠越伊加印泰比蒙臺]")
_REGION = re.compile(r"\s+([\uac00-\ud7a3]{1,8}(?:성|현|주|도))(?=(\s|[,.)(·]|(과|와|의|은|는|이|가|을|를|에서|에|도|과의|와의)(?:\s|[,.)(·]|$)))")
_NEW_CITY = re.compile(r"\s+([\uac00-\ud7a3]{2,8})(시|군|구)(?=[\uac00-\ud7a3]{0,4}(?:\s|[,.)(·'\"’”]|$))")
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
    return bool(CITY_COMPOUND_RE.match(rest))


def scan(ctx: Ctx) -> list[tuple[int, int, str, list[Cand], str]]:
    """Raw matches: (start, end, surface, candidates, rest-of-word) for every word that starts with a name."""
    text, gz = ctx.text, ctx.gz
    out = []
    i, n = 0, len(text)
    while i < n:
        if _is_hangul(text[i]) and (i == 0 or not _is_hangul(text[i - 1])):
            j = i
            while j < n and _is_hangul(text[j]):
                j += 1
            word = text[i:j]
            for length in range(min(len(word), gz.max_len), 1, -1):
                cands = gz.lookup(word[:length])
                if cands and _rest_ok(word[length:], cands):
                    out.append((i, i + length, word[:length], cands, word[length:]))
                    break
            i = j
        else:
            i += 1
    return out


def _prev_word(text: str, start: int) -> str:
    m = re.search(r"(\S+)\s*$", text[max(0, start - 20):start])
    return m.group(1) if m else ""


def recognise(ctx: Ctx) -> None:
    """Add City and Country mentions to ``ctx.mentions``."""
    raw = scan(ctx)
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
            nxt = raw[idx + 1] if idx + 1 < len(raw) else None
            before_city = nxt is not None and not rest and text[e:nxt[0]].strip() == "" and \
                any(c.type == "City" and c.level != "sido" for c in nxt[3])
            chosen = _choose(ctx, s, e, surf, cands, rest, prev_province=prev_province, prev_country=prev_country,
                             full_iris=full_iris, prev=_prev_word(text, s), before_city=before_city)
            if chosen is not None:
                chosen_at[idx] = chosen
        full_iris |= {c.iri for c in chosen_at.values() if c.kind != "short"}
        known_foreign |= {c.iri for c in chosen_at.values() if c.type == "City" and c.country not in (None, "KR")}
    for idx, chosen in sorted(chosen_at.items()):
        s, e, surf, cands, rest = raw[idx]
        accepted.append(Mention(s, e, surf, chosen.iri, chosen.type, chosen.kind, rest))
    # after a country name: 일본 미야자키시, 중국 산둥성 웨이하이시, 베트남 박닌성(과)
    for m in list(accepted):
        if m.type != "Country" or m.rest:
            continue
        cc = m.iri.rsplit("/", 1)[-1]
        pos = m.end
        region = _REGION.match(text, pos)
        if region:
            pos = region.end(1)
        city = _NEW_CITY.match(text, pos)
        if city and (city.group(1) + city.group(2)).endswith("도시"):  # 프랑스 우호도시 오를레앙시: skip the descriptor
            city = _NEW_CITY.match(text, city.end(2) + (1 if text[city.end(2):city.end(2) + 1] == "인" else 0))
        if city:
            start = city.start(1)
            have = next((a for a in accepted if a.start == start and a.type == "City"), None)
            if have is None:
                name = city.group(1) + city.group(2)
                have = Mention(start, start + len(name), name, city_iri(cc, city.group(1)), "City", "new", "")
                accepted.append(have)
            m.qualifier = True
            ctx.located.append((have.iri, m.iri, m.start))
        elif region and region.group(1)[:-1] not in COMMON_REGION_WORDS:
            start = region.start(1)
            name = region.group(1)
            if not any(a.start <= start < a.end for a in accepted):
                accepted.append(Mention(start, start + len(name), name, city_iri(cc, name), "City", "new",
                                        region.group(3) or ""))
                ctx.located.append((city_iri(cc, name), m.iri, m.start))
    for m in [a for a in accepted if a.kind == "new"]:  # 프라이부르크시장, 프라이부르크시와: the same new city again
        stem, suffix = m.surface[:-1], m.surface[-1]
        for hit in re.finditer(re.escape(stem) + "(" + re.escape(suffix) + r")?(?=[\uac00-\ud7a3]{0,4}(?:\s|[,.)(]|$))", text):
            rest_m = re.match(r"[\uac00-\ud7a3]*", text[hit.end():])
            rest = rest_m.group(0) if rest_m else ""
            if any(a.start <= hit.start() < a.end for a in accepted) or not (not rest or CITY_COMPOUND_RE.match(rest)):
                continue
            if hit.start() > 0 and _is_hangul(text[hit.start() - 1]):
                continue
            accepted.append(Mention(hit.start(), hit.end(), hit.group(0), m.iri, "City", "new", rest))
    accepted.sort(key=lambda m: m.start)
    _mark_qualifiers(ctx, accepted)
    ctx.mentions.extend(accepted)


def _choose(ctx: Ctx, s: int, e: int, surf: str, cands: list[Cand], rest: str, *, prev_province: list[Cand],
            prev_country: str | None, full_iris: set[URIRef], prev: str, before_city: bool = False) -> Cand | None:
    kr = [c for c in cands if c.country == "KR" or c.type == "Country"]
    foreign = [c for c in cands if c.type == "City" and c.country != "KR"]
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
    full = [c for c in kr if c.kind in ("full", "store", "country")]
    short = [c for c in kr if c.kind == "short"]
    if full:
        if len({c.iri for c in full}) == 1:
            return full[0]
        known = [c for c in full if c.iri in full_iris]
        return known[0] if len(known) == 1 else None  # a homonym the context does not settle
    if short:
        iris = {c.iri for c in short}
        if len(iris) > 1:
            known = [c for c in short if c.iri in full_iris]
            short = known if len({c.iri for c in known}) == 1 else []
            if not short:
                return None
        c = short[0]
        if c.level == "sido" and before_city:
            return c  # 경기 광주시, 충북 보은군: a province naming where the next city lies
        if strong_rest or c.iri in full_iris or prev_province or _in_city_list(ctx, s, e):
            return c
        if foreign:
            return _foreign_choice(ctx, foreign, surf, rest, prev_country)
        return None
    if foreign:
        return _foreign_choice(ctx, foreign, surf, rest, prev_country)
    return None


def _foreign_choice(ctx: Ctx, foreign: list[Cand], surf: str, rest: str, prev_country: str | None) -> Cand | None:
    stored = [c for c in foreign if c.kind == "store"]
    if stored:
        return stored[0]
    alt_form = surf[-1:] in ("시", "현", "성", "주") and any(c.iri in {f.iri for f in foreign} for c in
                                                           ctx.gz.lookup(surf[:-1]))
    if not (rest.startswith("시") or alt_form) and not prev_country:
        return None  # 코로나 팬데믹: a foreign name needs 시 or its country to count
    if surf.endswith("도") and rest.startswith("시"):
        return None  # 우호도시, 관광도시: the word 도시 (city), not a place
    return max(foreign, key=lambda c: c.population)


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


def _mark_qualifiers(ctx: Ctx, ms: list[Mention]) -> None:
    """Provinces and countries right before a city only say where it lies: 경기도 용인시, 독일 오스나브뤼크시."""
    text = ctx.text
    cands = ctx.gz.by_iri
    for a, b in zip(ms, ms[1:]):
        if a.rest or b.type != "City" or text[a.end:b.start].strip():
            continue
        ca = cands.get(a.iri)
        if a.type == "Country" or (ca is not None and (_is_province(ca) or ca.level == "sido")):
            a.qualifier = True  # 경기도 용인시, 부산 해운대구, 독일 오스나브뤼크시
    for m in ms:
        c = cands.get(m.iri)
        if c is not None and _is_province(c) and not m.qualifier:
            # a province acts only as a subject or partner: 경기도는, 경기도가, 경기도와
            if not re.match(r"^(는|은|가|이|와|과|도|의|에서)", m.rest or text[m.end:m.end + 1]):
                m.qualifier = True
