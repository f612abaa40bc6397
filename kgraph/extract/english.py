"""Reading an English article: cities, countries, people with titles, organisations, events, ties.

The same shape of rules as for Korean, on English patterns: ``Chuncheon Mayor Lee Jae-soo``,
``Mayor Suhyeon Kang of Yangju city``, ``the Vietnamese city of Da Lat``, ``signed a sister city
agreement``, ``a delegation from Dongying visited Yangju on Nov 18``.
"""
from __future__ import annotations

import re

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .. import vocab as V
from ..read.article import Article
from ..vocab import city_iri, minted
from . import ties
from .context import Ctx, EventInfo, Mention
from .dates import find_en
from .gazetteer import Cand, Gazetteer
from .model import Entity, Reading, Span
from .text_units import Sentence, sentences

_CAP = r"[A-Z][a-zA-Z'’\-]+"
_NAME = rf"{_CAP}(?:[ \t]+{_CAP}){{0,2}}"
_TITLES = r"Mayor|Governor|Deputy Mayor|Vice Mayor|Party Secretary|Chairman|Chairwoman|Chair|President|Ambassador|Consul General|County Executive|Magistrate"
_DEMONYMS = {"south korean": "KR", "korean": "KR", "vietnamese": "VN", "chinese": "CN", "japanese": "JP",
             "american": "US", "german": "DE", "french": "FR", "russian": "RU", "mongolian": "MN", "thai": "TH",
             "philippine": "PH", "indonesian": "ID", "australian": "AU", "canadian": "CA", "mexican": "MX",
             "brazilian": "BR", "turkish": "TR", "italian": "IT", "spanish": "ES", "british": "GB",
             "kazakh": "KZ", "uzbek": "UZ", "cambodian": "KH", "malaysian": "MY", "indian": "IN", "taiwanese": "TW"}
_ORG_WORDS = r"Council|Committee|Association|Foundation|Institute|Agency|Chamber of Commerce(?: and Industry)?|University|Corporation|Organization|Organisation|Federation|League|Ministry|Bureau|Commission|Society|Accelerator|Academy|College"
_ORG_OF = re.compile(r"\b((?:University|Institute|Ministry|Chamber|Academy|College|Bank|Bureau|Federation)\s+(?:of|for)\s+(?:the\s+)?[A-Z][\w&'-]+(?:\s+[A-Z][\w&'-]+){0,3}(?:,\s+[A-Z][a-z]+)?)")
_ACRONYM_STOP = {"MOU", "CEO", "USD", "KST", "GDP", "AI", "IT", "UN", "EU", "US", "UK", "TV", "NEWS", "END", "AM", "PM", "LAT",
                 "FOR", "THE", "AND", "RELEASE", "IMMEDIATE", "MEDIA", "CONTACT", "PRESS", "UPDATE", "NOTE", "EDITORS"}
_EVENT_RE = re.compile(
    r"\b((?:[A-Z0-9][\w'-]*\s+){1,6}(?:Forum|Festival|Summit|Conference|Expo|Exhibition|Fair|Ceremony|Games|Camp|Week)\b"
    r"|(?:(?:[Ss]igning|[Oo]pening|[Cc]losing|[Ww]elcome|[Aa]ward|[Uu]nveiling)\s+)?ceremony\b"
    r"|\b(?:forum|festival|summit|conference|expo|exhibition|meeting|visit|event|anniversary|celebration|reception|"
    r"roundtable|parade|banquet|luncheon|workshop|seminar)\b)")
_PARTICIPATE_EN = re.compile(r"\b(attended|attending|took part|participated|presented|spoke|shared|moderated|delivered|"
                             r"signed|met|welcomed|led|joined|hosted|greeted|said in (?:his|her|their) (?:opening|welcoming|keynote))\b")
_TIE_RE = re.compile(r"sister[- ]?(?:city|cities|hood|relationship|ties?)|sisterhood|twin(?:ned|ning)?\s+cit|"
                     r"friendship[- ]cit(?:y|ies)|friendly[- ]cit(?:y|ies)|friendship (?:agreement|pact|ties?)|"
                     r"partner(?:ship)? cit(?:y|ies)", re.I)
_PAIR_RE = re.compile(r"\b(?:the|both)\s+(?:two\s+)?cities\b", re.I)
_SAME_DAY_RE = re.compile(r"earlier (?:in the day|today)|\btoday\b|this (?:morning|afternoon|evening)", re.I)


def _scan_cities(ctx: Ctx) -> None:
    text, gz = ctx.text, ctx.gz
    taken: list[tuple[int, int]] = []

    def free(s: int, e: int) -> bool:
        return not any(a < e and s < b for a, b in taken)

    # the Vietnamese city of Da Lat / the city of Chuncheon / Dongying city
    for m in re.finditer(rf"\b(?:the\s+)?(?:(?P<dem>[A-Z][a-z]+(?:\s+[A-Z][a-z]+)?)\s+)?city\s+of\s+(?P<n>{_NAME})", text):
        name = m.group("n")
        _add_city(ctx, name, m.start("n"), m.end("n"), demonym=(m.group("dem") or "").lower(), taken=taken)
    country_names = "|".join(sorted((re.escape(k) for k, v in gz.en.items() if v and v[0].type == "Country" and
                                     k[:1].isalpha()), key=len, reverse=True))
    for m in re.finditer(rf"\b(?P<n>{_NAME}),\s+(?P<c>(?i:{country_names}))\b", text):
        cands = gz.lookup(m.group("c"), lang="en")
        if free(m.start("n"), m.end("n")) and cands and m.group("c")[0].isupper() and not m.group("n").isupper():
            code = cands[0].country or ""
            _add_city(ctx, m.group("n"), m.start("n"), m.end("n"),
                      demonym=next((d for d, c in _DEMONYMS.items() if c == code), ""), taken=taken)
    for m in re.finditer(rf"\b(?P<n>{_NAME})(?:'s)?\s+(?:city|City|County|county)\b", text):
        if free(m.start("n"), m.end("n")):
            _add_city(ctx, m.group("n"), m.start("n"), m.end("n"), demonym="", taken=taken)
    for m in re.finditer(rf"\b{_NAME}", text):
        words = m.group(0).split()
        pos = m.start()
        for size in range(min(4, len(words)), 0, -1):
            phrase = " ".join(words[:size])
            cands = gz.lookup(phrase, lang="en")
            if cands and free(pos, pos + len(phrase)):
                c = _pick(cands)
                if c is not None:
                    ctx.mentions.append(Mention(pos, pos + len(phrase), phrase, c.iri, c.type, c.kind))
                    taken.append((pos, pos + len(phrase)))
                break
    ctx.mentions.sort(key=lambda x: x.start)


def _pick(cands: list[Cand]) -> Cand | None:
    countries = [c for c in cands if c.type == "Country"]
    if countries:
        return countries[0]
    stored = [c for c in cands if c.kind == "store"]
    if len({c.iri for c in stored}) == 1:
        return stored[0]
    kr = [c for c in cands if c.country == "KR"]
    if len({c.iri for c in kr}) == 1:
        return kr[0]
    if kr:
        return None  # a Korean homonym (Gwangju, Goseong, Jung-gu) the text does not settle
    return max(cands, key=lambda c: c.population) if cands else None


def _add_city(ctx: Ctx, name: str, s: int, e: int, *, demonym: str, taken: list[tuple[int, int]]) -> None:
    name = re.sub(r"'s$", "", name)
    cands = [c for c in ctx.gz.lookup(name, lang="en") if c.type == "City"]
    cc = _DEMONYMS.get(demonym)
    if cc:
        cands = [c for c in cands if c.country == cc] or cands
    c = _pick(cands) if cands else None
    if c is not None:
        ctx.mentions.append(Mention(s, e, name, c.iri, "City", c.kind))
    elif cc and name.lower() not in ("the", "city"):
        ctx.mentions.append(Mention(s, e, name, city_iri(cc, name), "City", "new"))
    else:
        return
    taken.append((s, e))


def _people(ctx: Ctx, sent: Sentence) -> None:
    t = sent.text
    pats = [
        rf"(?P<city>{_NAME})\s+(?P<title>{_TITLES})\s+(?P<name>{_NAME})",
        rf"(?P<title>{_TITLES})\s+(?P<name>{_NAME})\s+of\s+(?P<city>{_NAME})",
        rf"(?P<name>{_NAME}),\s+(?:the\s+|a\s+|an\s+)?(?P<title>(?:{_TITLES.lower()}|professor|director|head|secretary general|chief executive)(?:\s+and\s+(?:CEO|chief executive))?)\s+(?:of|at)\s+(?:the\s+)?(?P<city>{_NAME}(?:\s+(?:(?:of|and|for|&)\s+)?[A-Z][\w&'-]+)*)",
        rf"\b(?P<title>{_TITLES})\s+(?P<name>{_NAME})",
    ]
    for pat in pats:
        for m in re.finditer(pat, t):
            name = m.group("name").strip()
            if name.split()[0] in ("Of", "The") or any(w.lower() in ("city", "county") for w in name.split()):
                continue
            s = sent.start + m.start("name")
            if any(x.type == "Person" and x.start <= s < x.end for x in ctx.mentions):
                continue
            body = None
            group = m.groupdict().get("city") or ""
            if re.search(rf"\b({_ORG_WORDS}|Council|Center|Office)$", group) or re.fullmatch(r"[A-Z]{3,8}", group):
                body = minted("org", group)  # chairman of the Suwon City Council, a professor at KAIST
                gs = sent.start + m.start("city")
                ctx.entity(Entity(body, "Organization", group, lang="en", mentions=[Span(gs, gs + len(group))]))
                ctx.mentions.append(Mention(gs, gs + len(group), group, body, "Organization", "org"))
                for c in ctx.mentions:
                    if c.type == "City" and gs <= c.start < gs + len(group):
                        c.via_title = True
            elif group:
                cs = sent.start + m.start("city")
                body_m = next((x for x in ctx.mentions if x.type == "City" and cs <= x.start < sent.start + m.end("city")),
                              None)
                if body_m is not None:
                    body = body_m.iri
                    body_m.via_title = True
            known = ctx.persons.get(name) or next((iri for n, iri in ctx.persons.items()
                                                  if n.split()[0] == name.split()[0] and len(name.split()) == 1), None)
            if known is not None and len(name.split()) == 1:
                ctx.mentions.append(Mention(s, s + len(name), name, known, "Person", "person"))
                continue
            if len(name.split()) < 2:
                continue
            iri = ctx.persons.get(name) or minted("person", name, body.rsplit("/", 1)[-1] if body else "")
            ctx.persons[name] = iri
            ctx.mentions.append(Mention(s, s + len(name), name, iri, "Person", "person"))
            ent = ctx.entity(Entity(iri, "Person", name, lang="en", mentions=[Span(s, s + len(name))]))
            ent.attrs.setdefault("jobTitle", m.group("title").lower())
            if body is not None and iri not in ctx.person_body:
                ctx.person_body[iri] = body
                ctx.fact(iri, V.SCHEMA.worksFor, body, sent)


def _orgs(ctx: Ctx, sent: Sentence) -> None:
    for m in _ORG_OF.finditer(sent.text):
        name = m.group(1)
        s = sent.start + m.start(1)
        iri = minted("org", name)
        ctx.mentions.append(Mention(s, s + len(name), name, iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", name, lang="en", mentions=[Span(s, s + len(name))]))
    for m in re.finditer(r"(?:\b(?:at|of|by|from|with|and|by)\s+|\()([A-Z]{3,8})\b", sent.text):
        s = sent.start + m.start(1)
        dateline = re.match(r"^[A-Z][A-Z .'-]+,", sent.text)
        if m.group(1) in _ACRONYM_STOP or (dateline and m.start() < dateline.end()) or \
                ctx.gz.lookup(m.group(1), lang="en"):
            continue  # a wire dateline (SUWON, April 9 (Yonhap)) or a place written in capitals
        if any(x.start <= s < x.end for x in ctx.mentions):
            continue
        iri = minted("org", m.group(1))
        ctx.mentions.append(Mention(s, s + len(m.group(1)), m.group(1), iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", m.group(1), lang="en", mentions=[Span(s, s + len(m.group(1)))]))
    _named_orgs(ctx, sent)


def _named_orgs(ctx: Ctx, sent: Sentence) -> None:
    for m in re.finditer(rf"\b((?:[A-Z][\w'-]+\s+(?:of\s+|for\s+|and\s+|&\s+)?){{1,6}}(?:{_ORG_WORDS}))\b", sent.text):
        name = m.group(1).strip()
        cut = list(re.finditer(rf"\b(?:{_TITLES})\b.*?\band\s+", name))
        if cut:  # Nara Mayor Taro Suzuki and Gyeongju City Council: the organisation is after 'and'
            name = name[cut[-1].end():]
        if name.split()[0] in ("The", "A", "An"):
            name = " ".join(name.split()[1:])
        if len(name.split()) < 2 or re.match(r"^(City|County) ", name):
            continue
        s = sent.start + m.start(1) + m.group(1).index(name)
        if any(x.start <= s < x.end and x.type == "Person" for x in ctx.mentions):
            continue
        iri = minted("org", name)
        ctx.mentions.append(Mention(s, s + len(name), name, iri, "Organization", "org"))
        ctx.entity(Entity(iri, "Organization", name, lang="en", mentions=[Span(s, s + len(name))]))


def _events(ctx: Ctx, sent: Sentence) -> None:
    art = ctx.article
    found = [(m.start(1), m.group(1).strip()) for m in _EVENT_RE.finditer(sent.text)]
    sign = re.search(r"\bsign(?:ed|s)?\s+(?:an?|the)\s+(?:[\w-]+\s+){0,3}(?:agreement|pact|MOU|memorandum)", sent.text)
    if sign and not found:
        found.append((sign.start(), "signing ceremony"))
    for pos, name in found:
        m = None
        head = name.split()[-1].lower()
        s = sent.start + pos
        span = Span(s, s + len(name))
        ev = next((e for e in reversed(ctx.events) if (e.head == head or head == "event") and (name.lower() == head or
                   name.lower() in e.name.lower() or e.name.lower() in name.lower())), None)
        if ev is None:
            if name.lower() in ("meeting", "visit", "ceremony") and re.search(r"\b(the|this)\s+" + re.escape(name), sent.text, re.I) and ctx.events:
                ev = next((e for e in reversed(ctx.events) if e.head == head), None)
        if ev is None:
            iri = minted("event", V.article_iri(art.key).rsplit("/", 1)[-1], name.lower())
            ev = EventInfo(iri, name, head, s, tuple(name.lower().split()), None, [span])
            ctx.events.append(ev)
            ctx.entity(Entity(iri, "Event", name, lang="en", mentions=[span]))
        else:
            ev.spans.append(span)
        ctx.mentions.append(Mention(span.start, span.end, name, ev.iri, "Event", "event"))
    if re.search(r"\bvisit(?:ed|s|ing)?\b", sent.text) and re.search(r"delegation|mayor|visited", sent.text, re.I):
        if not any(e.head == "visit" for e in ctx.events):
            m = re.search(r"\bvisit(?:ed|s|ing)?\b", sent.text)
            assert m is not None
            s = sent.start + m.start()
            iri = minted("event", V.article_iri(art.key).rsplit("/", 1)[-1], "visit")
            ev = EventInfo(iri, "visit", "visit", s, ("visit",), None, [Span(s, s + len(m.group(0)))])
            ctx.events.append(ev)
            ctx.entity(Entity(iri, "Event", "visit", lang="en", mentions=[Span(s, s + len(m.group(0)))]))
            ctx.mentions.append(Mention(s, s + len(m.group(0)), "visit", iri, "Event", "event"))


def _dateline(ctx: Ctx) -> object:
    """The date of a wire dateline (``DA LAT, Vietnam, Dec. 21 (Yonhap) --``), else the publication date."""
    m = re.search(r"^[A-Z][A-Z .'-]+,\s*(?:[A-Z][\w .]+,\s*)?(?P<d>[A-Z][a-z]{2,8}\.?\s+\d{1,2})\s*\(",
                  ctx.text[:600], re.M)
    if not m:
        return ctx.article.published
    found = find_en(m.group("d"), published=ctx.article.published)
    return found[0].value if found else ctx.article.published


def _participants(ctx: Ctx, sent: Sentence) -> None:
    """People who speak, present or sign in a sentence after an event was introduced take part in it."""
    if not _PARTICIPATE_EN.search(sent.text) or not ctx.events:
        return
    earlier = [e for e in ctx.events if e.first <= sent.end]
    if not earlier:
        return
    ev = earlier[-1]
    for m in ctx.in_sentence(sent, types=("Person",)):
        ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)
    if re.search(r"\battend|delegation|observer|took part|participat", sent.text):
        for m in ctx.in_sentence(sent, types=("City",)):
            if not m.via_title and not re.search(r"\b(?:not|never)\b", sent.text):
                ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)


def _attach(ctx: Ctx, sent: Sentence) -> None:
    evs = [(e, sp) for e in ctx.events for sp in e.spans if sent.start <= sp.start < sent.end]
    if not evs:
        _participants(ctx, sent)
        return
    ev = sorted(evs, key=lambda x: x[1].start)[0][0]
    signed = re.search(r"\bsign(?:ed|s)?\b", sent.text)
    signing = next((e for e in reversed(ctx.events) if "sign" in e.name.lower()), None)
    if signed and signing is not None and ev is not signing and \
            not any(e is signing for e, _ in evs) and evs[0][1].start > sent.start + signed.start():
        ev = signing  # 'A and B signed the pact, which follows a visit …': the signing, not the visit
        evs = [(signing, Span(sent.start, sent.start))] + evs
    for m in re.finditer(rf"({_NAME})\s+(?:[a-z]+\s+)?delegation", sent.text):  # a Kota Kinabalu tourism delegation
        visit = next((e for e, _ in evs if e.head == "visit"), None)
        city = next((c for c in ctx.mentions if c.type == "City" and c.start == sent.start + m.start(1)), None)
        if visit is not None and city is not None:
            ctx.fact(visit.iri, V.SCHEMA.attendee, city.iri, sent)
    ent = ctx.reading.entities[ev.iri]
    dl = re.match(r"^[A-Z][A-Z .'-]+,\s*(?:[A-Z][\w .]+,\s*)?[A-Z][a-z]{2,8}\.?\s+\d{1,2}\s*\([^)]*\)\s*--", sent.text)
    skip = dl.end() if dl else 0  # the wire dateline's date is when the story was filed
    dates = [d for d in find_en(sent.text, published=ctx.article.published) if d.start >= skip
             and not re.search(r"\b(said|says|announced|told|reported|added)\s*(on\s+)?$", sent.text[:d.start])]
    day = next((d for d in dates if d.grain == "day"), None)
    if "startDate" not in ent.attrs:
        value = day.value if day else (_dateline(ctx) if _SAME_DAY_RE.search(sent.text) else None)
        if value is not None:
            lit = Literal(value.isoformat(), datatype=XSD.date)  # type: ignore[union-attr]
            ent.attrs["startDate"] = lit
            ctx.fact(ev.iri, V.SCHEMA.startDate, lit, sent)
    venue = re.search(rf"\b(?:at|in)\s+(?P<v>(?:{_CAP}(?:'s)?\s+){{0,4}}(?:City Hall|city hall|Hall|library|Library|Center|Centre|Hotel|Stadium|Museum|Park|Plaza|Office|office|Square))\b",
                      sent.text)
    if venue and "location" not in ent.attrs:
        vname = venue.group("v")
        vs = sent.start + venue.start("v")
        iri = minted("place", vname)
        ctx.entity(Entity(iri, "Place", vname, lang="en", mentions=[Span(vs, vs + len(vname))]))
        ctx.mentions.append(Mention(vs, vs + len(vname), vname, iri, "Place", "place"))
        for c in ctx.mentions:
            if c.type == "City" and vs <= c.start < vs + len(vname):
                c.via_title = True
                ctx.fact(iri, V.SCHEMA.containedInPlace, c.iri, sent)
        ent.attrs["location"] = iri
        ctx.fact(ev.iri, V.SCHEMA.location, iri, sent)
    visited = re.search(rf"\bvisited\s+(?P<c>{_NAME})", sent.text)
    hosted = re.search(rf"(?P<c>{_NAME})\s+(?:city\s+|City\s+)?(?:hosted|organized|organised|held)\b", sent.text)
    bodies = {ctx.person_body.get(m.iri) for m in ctx.mentions if m.type == "Person"}
    for m in ctx.in_sentence(sent, types=("Person", "City", "Organization")):
        if m.via_title or m.iri in bodies and m.type == "City":
            continue
        if visited and m.start == sent.start + visited.start("c") and m.type == "City":
            if "location" not in ent.attrs:
                ent.attrs["location"] = m.iri
                ctx.fact(ev.iri, V.SCHEMA.location, m.iri, sent)
            continue
        if hosted and m.start == sent.start + hosted.start("c"):
            ctx.fact(ev.iri, V.SCHEMA.organizer, m.iri, sent)
            continue
        if m.type == "City" and (re.search(r"sign|agreement", sent.text) or ev.head in ("ceremony",)
                                 and not re.search(r"delegation", sent.text)):
            continue
        if m.type == "City" and not re.search(r"delegation|visit|attend|took part|participat|welcome", sent.text, re.I):
            continue
        ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)


def _ties(ctx: Ctx, sent: Sentence) -> None:
    if not _TIE_RE.search(sent.text):
        return
    kind = "friendship" if re.search(r"friendship|friendly", sent.text, re.I) and not re.search(r"sister|twin", sent.text, re.I) else "sister"
    cities = [m for m in ctx.in_sentence(sent, types=("City",))]
    iris = list(dict.fromkeys(m.iri for m in cities))
    main = ctx.main_cities()
    if len(iris) < 2 and _PAIR_RE.search(sent.text) and len(main) >= 2:
        iris = main[:2]
    if len(iris) < 2:
        return
    host = main[0] if main and main[0] in iris else iris[0]
    since = re.search(r"\b(?:since|in)\s+((?:19|20)\d{2})\b", sent.text)
    for other in [i for i in iris if i != host]:
        ctx.reading.ties.append((host, other, kind, since.group(1) if since else None, sent))


def read_english(article: Article, gz: Gazetteer) -> Reading:
    """Entities and facts of an English article."""
    reading = Reading(article)
    ctx = Ctx(article=article, gz=gz, sentences=sentences(article.text, lang="en"), reading=reading)
    _scan_cities(ctx)
    for sent in ctx.sentences:
        _people(ctx, sent)
        _orgs(ctx, sent)
    for sent in ctx.sentences:
        _events(ctx, sent)
    ctx.mentions.sort(key=lambda m: m.start)
    for sent in ctx.sentences:
        _attach(ctx, sent)
        _ties(ctx, sent)
    ties.settle(ctx)
    from .korean import drop_hosts_from_attendees

    drop_hosts_from_attendees(reading)
    for m in ctx.mentions:
        if m.type in ("City", "Country"):
            cand = gz.by_iri.get(m.iri)
            ent = Entity(m.iri, m.type, m.surface, lang="en", known=m.iri in gz.in_store,
                         mentions=[Span(m.start, m.end)], country=cand.country if cand else None)
            if m.kind == "new":
                ent.country = str(m.iri).split("/city/")[1].split("/")[0].upper()
            elif cand is not None and not ent.known:
                ent.labels = {k: v for k, v in (("ko", cand.name_ko), ("en", cand.name_en)) if v}
                ent.name = cand.name_en or m.surface
            ctx.entity(ent)
    return reading


__all__ = ["read_english", "URIRef"]
