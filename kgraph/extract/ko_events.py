"""Events in Korean text: names, venues, dates, organisers, attendees and counts.

An event is a noun phrase ending in an event word (포럼, 협약식, 평가회, 축제, 방문 …), extended to
the left over plain nouns (2024 광명시 탄소중립 국제포럼). A bare event word (포럼에는, 이날 협약식)
refers back to the latest event of that kind.
"""
from __future__ import annotations

import datetime as _dt
import re
from collections.abc import Callable
from itertools import pairwise

from rdflib import Literal, URIRef
from rdflib.namespace import XSD

from .. import places
from .. import vocab as V
from ..hangul import HANGUL
from ..names import loader
from ..vocab import minted
from . import patterns_ko_events as P
from .context import Ctx, EventInfo, Mention
from .dates import ORDINAL_DAYS, When, find_ko
from .ko_people import strip_particles_only as strip_particle
from .ko_people import title_of
from .ko_tags import inflected, tags  # (tags: also imported from here, as before)
from .lexicon import ATTEND_RE, EVENT_HEADS, HOST_VERB_RE, PARTICIPATE_RE, PARTICLES_RE, TIE_LIGHT_VERB
from .lexicon import SIGNING_HEADS as _LEX_SIGNING
from .model import Entity, Span
from .text_units import Sentence, Word

_NOMINAL = {"NNG", "NNP", "NNB", "SN", "SL", "SH", "XSN", "XPN", "NR"}
#: words that open no event's or venue's name: determiners, and times of day (이날 오전 여수시청에서)
_DETERMINERS = {"이번", "이날", "해당", "지난", "오는", "올해", "금번", "본", "각", "양", "두", "그", "이", "당일", "향후", "한층",
                "오전", "오후", "저녁", "새벽", "아침", "점심", "전날", "같은", "지난해", "작년", "내년", "어제", "오늘"}
#: times of day that open no venue's name, though an event's name may end with them (송년의 밤)
_VENUE_STOPS = {"낮", "밤", "뒤", "후", "다음", "이후", "직후", "전"}  # (관람한 뒤 군청 대회의실에서: when, not where)
_GENERIC = {"행사", "회의", "협약식", "협정식", "체결식", "결연식", "조인식", "협약", "협정", "MOU", "업무협약", "방문",
            "면담", "접견", "만찬", "회담", "대회", "영상통화", "화상통화", "화상면담", "영상면담"}
_SIGN_VERB = re.compile(r"체결|가졌|갖고|가진|맺었|맺고|맺은|서명|조인|교환(?:했|하고|하며|한)|주고받|"  # (의향서를 교환했다)
                        + TIE_LIGHT_VERB)  # (자매결연했다)
_VERBAL = re.compile(r"(하고|했다|했으며|하며|해|한|하는|할|했고|하기로|중|차)$")
_VERBAL_HEADS = ("면담", "회담", "접견", "방문", "간담회", "협약", "교류전")
_COUNT = re.compile(r"(?:약\s*)?(\d[\d,]*)\s*(여|여\s*|餘)?\s*명(?:\s*(?:가량|정도|내외))?")
_NEXT_HANGUL_WORD = re.compile(rf"\s*([{HANGUL}]+)")
_COMMITTEE_END = re.compile(r"(위원회|협의회|이사회|운영위원회)$")
_HOLD_AFTER = re.compile(r"\s*(열|개최|소집|가졌|가진|갖고)")
_VISIT_NOUN_AFTER = re.compile(r"(단|객|길|차|중|일정|에서|에는|은|을)")
_QUOTED = re.compile(r"['‘\"“\u2039「『《〈<`]([^'’\"”\u2039\u203a「」『』《》〈〉<>`]{2,40})['’\"”\u203a」』》〉>`]")
#: ('…', angle quotes, 「…」, 《…》, and backticks as some papers type them: a name written between marks)


def nominal(word: str) -> bool:
    """True for a word made only of nouns and numbers, not a date, count or determiner.

    >>> nominal("탄소중립"), nominal("2024"), nominal("25일"), nominal("광명시는"), nominal("이번")
    (True, True, False, False, False)
    """
    if word in _DETERMINERS:
        return False
    ts = tags(word)
    if not ts or any(t not in _NOMINAL for _, t in ts):
        return False
    return not (len(ts) >= 2 and ts[-2][1] == "SN" and ts[-1][0] in ("일", "월", "년", "개", "명", "시", "분", "차", "번"))


_HEADS = frozenset(EVENT_HEADS) | frozenset(h.word for h in P.EVENT_HEADS)
_HEAD_LENGTHS = tuple(sorted({len(h) for h in _HEADS}, reverse=True))
SIGNING_HEADS = frozenset(_LEX_SIGNING) | P.SIGNING_WORDS | P.TIE_SIGNING_WORDS


def head_of(stem: str) -> str | None:
    """The event word a stem ends with (longest first)."""
    for n in _HEAD_LENGTHS:
        if len(stem) >= n and stem[-n:] in _HEADS:
            return stem[-n:]
    return None


def _event_iri(ctx: Ctx, name: str, year: int | None) -> URIRef:
    if year is not None and len(name.split()) >= 3:
        return minted("event", name)
    return minted("event", V.article_iri(ctx.article.key).rsplit("/", 1)[-1], name)


def _compatible(a: str, b: str) -> bool:
    if a == b:
        return True
    return a in SIGNING_HEADS and b in SIGNING_HEADS


def _ceremony_of(words: tuple[str, ...], signed: tuple[str, ...]) -> bool:
    """``자매결연식``, ``의향서 체결식``: a ceremony named by the tie word or the document of a signing named
    before (``자매결연 협정서``, ``우호도시 의향서``) is that signing's.

    >>> _ceremony_of(("자매결연식",), ("자매결연", "협정서")), _ceremony_of(("의향서", "체결식"), ("우호도시", "의향서"))
    (True, True)
    >>> _ceremony_of(("협약식",), ("자매결연", "협정서")), _ceremony_of(("개막식",), ("축제",))
    (False, False)
    """
    if not words[-1].endswith("식"):
        return False
    core = [w[:-1] if w.endswith("식") else w for w in words]
    core = [w for w in core if w not in P.CEREMONY_ACTS]
    return bool(core) and set(core) <= set(signed)


def signing_key(words: tuple[str, ...]) -> str:
    """A signing's name with the document words an article swaps freely made one (:data:`P.SIGNING_SYNONYMS`).

    >>> signing_key(("우호교류", "협약서")) == signing_key(("우호교류협정",)) == signing_key(("우호교류", "협약"))
    True
    >>> signing_key(("상호", "협력", "협약")) == signing_key(("우호", "협력", "협약"))
    False
    """
    key = "".join(words)
    for variant, same in P.SIGNING_SYNONYMS:
        key = key.replace(variant, same)
    return key


def add_event(ctx: Ctx, name: str, head: str, span: Span, words: tuple[str, ...], *, bare: bool) -> EventInfo:
    """Record an event mention; bare mentions and name variants join the event they refer to: the latest one,
    but ``이번 협약`` (this agreement) is the article's own, its first of that kind."""
    current = bare and re.search(r"(?:이번|금번)\s*$", ctx.text[max(0, span.start - 4):span.start]) is not None
    today = bare and re.search(r"(?:이날|이번|금번|오늘)\s*$", ctx.text[max(0, span.start - 4):span.start]) is not None
    order = list(ctx.events if current else reversed(ctx.events))
    if today:  # 이날 체결식에는, 이번 협약식엔: today's ceremony, not one a year before told as history
        order = [ev for ev in order if not _of_an_earlier_year(ctx, ev)]
    if bare and words[-1].endswith("식"):  # 이날 체결식: the latest ceremony named with that very word first
        order.sort(key=lambda ev: not ev.words[-1].endswith(words[-1]))  # (not a 협정서 named since)
    told_before = not bare and head in SIGNING_HEADS and _told_as_done_before(ctx, span.start)
    for ev in order:
        if not _compatible(ev.head, head):
            continue
        if told_before and ev.spans and not _told_as_done_before(ctx, ev.spans[0].start):
            continue  # 23일 업무협약을 체결했다. 앞서 지난 9월 … 업무협약을 맺은 바 있다: an earlier agreement, another event
        if head == "방문" and ev.head == "방문" and len(words) >= 3 and len(ev.words) >= 3 and \
                words[:2] == ev.words[1::-1]:
            continue  # 코로나 화성시 방문 and 화성시 코로나 방문: visits in opposite directions are two events
        if bare or set(words) <= set(ev.words) or set(ev.words) <= set(words) or \
                (head in SIGNING_HEADS and signing_key(words) == signing_key(ev.words)) or \
                (head in SIGNING_HEADS and _ceremony_of(words, ev.words)) or \
                (head in SIGNING_HEADS and words[-1] != ev.words[-1] and
                 words[-1].rstrip("식") == ev.words[-1].rstrip("식") and len(words[-1].rstrip("식")) >= 3) or \
                (len(words[-1]) > len(head) and len(ev.words[-1]) > len(head) and
                 (words[-1].endswith(ev.words[-1]) or ev.words[-1].endswith(words[-1]))):
            if not bare and len(words) > len(ev.words):  # the longer name is the better one
                ev.name, ev.words = name, words
                ent = ctx.reading.entities.get(ev.iri)
                if ent is not None:
                    ent.name = name
            ev.spans.append(span)
            ctx.mentions.append(Mention(span.start, span.end, name, ev.iri, "Event", "event"))
            ent = ctx.reading.entities.get(ev.iri)
            if ent is not None:
                ent.mentions.append(span)
            return ev
    year = next((int(w) for w in words if re.fullmatch(r"(19|20)\d{2}", w)), None)
    iri = _event_iri(ctx, name, year)
    if any(ev.iri == iri for ev in ctx.events):  # (the same name for another event: an earlier agreement)
        iri = _event_iri(ctx, f"{name} {len(ctx.events)}", None)
    ev = EventInfo(iri, name, head, span.start, words, year, [span])
    ctx.events.append(ev)
    ctx.mentions.append(Mention(span.start, span.end, name, ev.iri, "Event", "event"))
    ctx.entity(Entity(ev.iri, "Event", name, mentions=[span]))
    return ev


def _told_as_done_before(ctx: Ctx, pos: int) -> bool:
    """Whether the sentence at ``pos`` tells an act done before the story (``앞서 지난 9월 … 맺은 바 있다``)."""
    sent = ctx.sentence_of(pos)
    return sent is not None and P.DONE_BEFORE.search(sent.text) is not None


def _of_an_earlier_year(ctx: Ctx, ev: EventInfo) -> bool:
    """The event is dated, or told with a year, before the article's year (``2019년 … 양해각서를 체결한 바 있다``)."""
    pub = ctx.article.published
    if pub is None or not ev.spans:
        return False
    ent = ctx.reading.entities.get(ev.iri)
    date = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-\d{2})?", str(ent.attrs.get("startDate", "")) if ent else "")
    if date is None:  # (not dated yet: the year and month its own sentence tells before it)
        first = ev.spans[0].start
        sent = ctx.sentence_of(first)
        told = list(re.finditer(r"((?:19|20)\d{2})\s*년(?:\s*(\d{1,2})\s*월)?",
                                ctx.text[sent.start if sent else first:first]))
        if not told:
            return False
        date = told[-1]
    year, month = int(date.group(1)), date.group(2)
    # (a month known: more than a season before the article is history; 2023-12-28 in an article of 2024-01-03 is not)
    return pub.year * 12 + pub.month - (year * 12 + int(month)) > 3 if month else year < pub.year


def _tie_signed(ctx: Ctx, sent: Sentence, found: list[tuple[EventInfo, Span]]) -> None:
    """``김해시는 15일 다낭시와 자매결연을 맺었다``: the tie word signed in its own clause names the signing, when the
    sentence names no signing of its own (``자매결연 협약을 체결했다`` has one)."""
    if P.is_caption(sent.text) or any(e.head in SIGNING_HEADS for e, _ in found):
        return
    for m in P.TIE_SIGNED.finditer(sent.text):
        s = sent.start + m.start("tie")
        if s > sent.start and _is_hangul(ctx.text[s - 1]):
            continue  # (자매결연 inside a longer word: 상호결연 is a kind, not 결연)
        span = Span(s, s + len(m.group("tie")))
        head = m.group("tie").replace(" ", "")  # (자매 결연: the head 자매결연, the name as written)
        found.append((add_event(ctx, m.group("tie"), head, span, (m.group("tie"),), bare=True), span))
        return


def _is_hangul(ch: str) -> bool:
    return "\uac00" <= ch <= "\ud7a3"


def _titled_before(ctx: Ctx, m: Mention, end: int) -> bool:
    """A person whose title (and the body before it) fills the words up to ``end``: ``휜 티 지엔 화 닥락성
    인민위원의회 의장과 만나`` met the person, not the body."""
    gap = ctx.text[m.end:end].split()
    return m.type == "Person" and 1 <= len(gap) <= 4 and ctx.person_title.get(m.iri) is not None and \
        title_of(strip_particle(gap[-1])) is not None and all(
            title_of(strip_particle(w)) is not None or any(x.start <= ctx.text.find(w, m.end) < x.end and
                                                           x.type in ("Organization", "City") for x in ctx.mentions)
            for w in gap[:-1])


def recognise_events(ctx: Ctx, sent: Sentence, *, venue_words: set[int]) -> list[tuple[EventInfo, Span]]:
    """Event mentions in one sentence, in order."""
    if P.PLAN_UNDONE.search(sent.text):
        return []  # … 방문해 홈스테이를 진행할 예정이었으나 취소됐다: a plan dropped, no event held
    words = sent.words()
    found: list[tuple[EventInfo, Span]] = []
    quoted_spans: list[tuple[int, int]] = []
    for m in _QUOTED.finditer(sent.text):
        inner = m.group(1).strip()
        after = sent.text[m.end():m.end() + 8]
        h = head_of(inner)
        nxt = _NEXT_HANGUL_WORD.match(after)
        if h is None and nxt and head_of(strip_particle(nxt.group(1))):
            continue  # '보은대추축제' 개막식: handled with the following word
        if h is None and P.ORDINAL_EDITION.match(inner) and P.ATTENDED_AFTER.match(after):
            h = "행사"  # '제95회 춘향제'에 참석: an edition numbered and attended is an event, whatever its name ends in
        if h is None:
            continue
        s, e = sent.start + m.start(1), sent.start + m.start(1) + len(inner)
        quoted_spans.append((sent.start + m.start(), sent.start + m.end()))
        found.append((add_event(ctx, inner, h, Span(s, e), tuple(inner.split()), bare=False), Span(s, e)))
    for i, w in enumerate(words):
        if any(a <= w.start < b for a, b in quoted_spans):
            continue
        stem = strip_particle(w.text)
        h = head_of(stem)
        if h is None:  # 면담하고, 회담했다: an event noun used as a verb
            vm = _VERBAL.search(w.text)
            if vm and w.text[: vm.start()].endswith(_VERBAL_HEADS) and not w.text.startswith("방문"):
                stem = w.text[: vm.start()]
                h = head_of(stem)
        if h is None and w.text[:1] in P.GENITIVE_NAME_NOUNS and \
                w.text[1:] and PARTICLES_RE.match(w.text[1:]) and i >= 1 and \
                words[i - 1].text.endswith("의") and not words[i - 1].tail and nominal(words[i - 1].text[:-1]):
            stem = w.text[:1]
            h = "의 " + stem  # 송년의 밤에, 시민의 날을: the genitive and the noun name the event
        if h is None and w.text.startswith("시간") and i >= 1 and not words[i - 1].tail and \
                P.HELD_TIME.match(ctx.text, words[i - 1].start):
            stem, h = "시간", "의 시간"  # 환송의 시간을 가졌다: a time held with guests
        if h is None and _COMMITTEE_END.search(stem) and \
                _HOLD_AFTER.match(ctx.text[w.end:w.end + 6]) and w.text[len(stem):] in ("를", "을"):
            h = stem[-3:]  # 국제교류위원회를 열고: a meeting of the committee
        if h is None or not stem or P.BODY_NOT_EVENT.search(stem):
            continue
        if P.DOCUMENT_WORD.search(stem) and P.DOCUMENT_CONTENT.match(ctx.text[w.start + len(stem):sent.end]):
            continue  # 자매결연 협정서는 … 내용을 담고 있다: what the document says, no event
        if P.DOCUMENT_WORD.search(stem) and P.DOCUMENT_SENT.match(ctx.text, w.start + len(stem), sent.end):
            continue  # 의향서를 송부했다: a document sent, no signing
        if P.DECLARATION_WORD.search(stem) and P.DECLARATION_NOT_SIGNED.match(ctx.text, w.start + len(stem), sent.end):
            continue  # 탄소중립 선언문을 발표했다: a declaration proclaimed, not signed
        if P.NOT_HELD.match(ctx.text, w.start + len(stem), sent.end):
            continue  # 방문 행사를 개최할 수는 없지만, 대면 행사를 대신하여: an event that is not held
        if h in SIGNING_HEADS and _describes_partner(ctx, sent, w.start, w.start + len(stem)):
            continue  # 수원시와 우호도시 협약을 맺은 일본 아사히카와시 방문단이: the partner described, no signing now
        kinds = P.EXCHANGE_KINDS_LIST.match(ctx.text, w.end)
        gap = kinds.group(0)[:kinds.group(0).rfind("등") + 1] if kinds is not None else ""  # up to the list's 등
        if kinds is not None and not P.PAST.search(kinds.group(0)) and not P.VERB_BEFORE_LIST_END.search(gap) \
                and not (i >= 1 and (P.NAMED_EVENT_PART.match(words[i - 1].text) or P.RELATIVE_HOST.search(words[i - 1].text)))\
                and not w.text.startswith(("'", "‘")) and not any(m.type == "City" and w.start <= m.start < w.end
                                                                  for m in ctx.mentions):
            continue  # 공무원 연수와 축제 참여 등 다양한 교류를 이어왔다: kinds of exchange, no event
        if h == "방문" and stem == "방문" and not _VISIT_NOUN_AFTER.match(w.text[len(stem):] or "x") \
                and (not w.text[len(stem):] or w.text[len(stem):][0] in "하해했한"):
            continue  # the verb 방문했다 is read by visits(); a noun 방문 with a particle is an event mention
        parts = [stem]
        j = i - 1
        while j >= 0 and len(parts) < 6:
            pw = words[j]
            if pw.tail or words[j + 1].lead or pw.start in venue_words:
                break
            q = _QUOTED.fullmatch(pw.raw)
            if q:
                parts.insert(0, q.group(1))
                j -= 1
                continue
            if pw.text.endswith("의") and parts[0] in P.GENITIVE_NAME_NOUNS and nominal(pw.text[:-1]):
                parts.insert(0, pw.text)  # 군민의 날 행사, 송년의 밤: the genitive is part of the event's name
                j -= 1
                continue
            if not nominal(pw.text) or P.EVENT_NAME_STOP.match(pw.text) or \
                    P.MONTH_PART_AFTER_MONTH.search(ctx.text, max(0, pw.start - 8), pw.end) or \
                    P.DAY_OF_STAY_WORDS.search(ctx.text, max(0, pw.start - 4), pw.end):
                break
            parts.insert(0, pw.text)
            j -= 1
        start = words[j + 1].start
        end = w.start + len(stem)
        name = " ".join(parts)
        bare = len(parts) == 1 and stem == h
        purpose = P.EVENT_PURPOSE_BEFORE.fullmatch(words[j].text) if bare and j >= 0 and not words[j].tail else None
        if purpose is not None:  # 교류단을 환영하는 행사를 열었다: the welcome, named by what it is held for
            parts = [purpose.group(1), stem]
            start, name, bare = words[j].start, f"{purpose.group(1)} {stem}", False
        if bare and h in ("방문",):
            continue
        verbal = w.text[len(stem):][:1] in ("하", "했", "해", "한") and h in _VERBAL_HEADS  # 접견하고: it happened
        held = h in P.HELD_WHEN_HELD and P.HELD_AFTER_NOUN.match(ctx.text, w.start + len(stem)) is not None
        # (면담을 가졌다, 회의를 열고: a meeting happened; 행사를 열고 alone says too little)
        if bare and not verbal and not held and not any(_compatible(e.head, h) for e in ctx.events) and \
                h in _GENERIC and h not in SIGNING_HEADS:
            continue
        if P.TOPIC_OF_TALKS.match(ctx.text, end, sent.end) or P.EVENT_AS_MODIFIER.match(ctx.text, end, sent.end) or (
                h in P.MEETING_HEADS and P.MANNER_AFTER.match(ctx.text, end, sent.end)):
            continue  # 합창단 공연 등 … 기념사업을 논의한다: what the talks are about, no event of its own (and
            # 화상회의 방식으로 진행: the way the signing was held)
        ev = add_event(ctx, name, h, Span(start, end), tuple(parts), bare=bare)
        found.append((ev, Span(start, end)))
        if h == "방문" and j >= 0:
            _genitive_visitor(ctx, sent, ev, words[j], Span(start, end))
        # an event named inside another one's name: 2024 광명시 탄소중립 국제포럼 성과 평가회
        for k, part in enumerate(parts[:-1]):
            ih = head_of(part) or (("의 " + part) if k >= 1 and part in P.GENITIVE_NAME_NOUNS
                                   and parts[k - 1].endswith("의") else None)
            if ih and ih not in _GENERIC and h not in _GENERIC:  # 송년의 밤 행사: one event, its generic word
                inner_words = tuple(parts[: k + 1])
                inner = add_event(ctx, " ".join(inner_words), ih, Span(start, start + len(" ".join(inner_words))),
                                  inner_words, bare=len(inner_words) == 1)
                if inner.iri != ev.iri:
                    ctx.fact(ev.iri, V.SCHEMA.about, inner.iri, sent)
    _tie_signed(ctx, sent, found)
    for mt in P.MET_TO_TALK.finditer(sent.text):  # 스즈키 료 시장을 만나 … 논의한다: a meeting
        met = [m for m in ctx.in_sentence(sent, types=("Person", "City")) if m.end <= sent.start + mt.start() + 1
               and (sent.start + mt.start() - m.end <= 3 or _titled_before(ctx, m, sent.start + mt.start() + 1)
                    or P.GROUP_INCLUDING.match(ctx.text[m.end:sent.start + mt.start() + 1]))]
        # (X 시장을 포함한 대표단을 만나: the people the group met is said to include)
        if met and not any(e.head in P.HOLDS_A_MEETING or e.head in P.MEETING_HEADS for e, _ in found):
            # (만나 … 의향서에 서명: the signing's; 만나 축제 교류를 논의: a meeting whose topic is a festival)
            span = Span(sent.start + mt.start() + len(mt.group(0).split()[0]) + 1, sent.start + mt.end())
            span = Span(span.start, span.start + 2)
            met_words = ("만남", met[-1].surface)  # (one meeting per person met: two in an article stay two)
            found.append((add_event(ctx, "만남", P.MET_HEAD, span, met_words, bare=False), span))
    for mt in P.MET_AT_PLACE.finditer(sent.text):  # 두 시장은 30일 시청 접견실에서 만났다: a meeting at a place
        at = sent.start + mt.start("v")  # (on a day the sentence names; no other event of the sentence held there)
        people = [m for m in ctx.in_sentence(sent, types=("Person",)) if m.end <= at]
        if people and not found and P.DAY_NAMED.search(sent.text, 0, mt.start()):
            span = Span(at, at + 2)
            found.append((add_event(ctx, "만남", P.MET_HEAD, span, ("만남", people[-1].surface), bare=False), span))
    for tp in P.TREE_PLANTING.finditer(sent.text):  # 우정의 나무 30그루를 심었다: a tree planting with its planters
        start, end = sent.start + tp.start(), sent.start + tp.end("verb")
        if not any(sp.start < end and start < sp.end for _, sp in found) and \
                ctx.in_sentence(sent, types=("City", "Person", "Organization")):  # (someone plants them)
            ev = add_event(ctx, "나무 심기", "기념식수", Span(start, end), ("나무", "심기"), bare=False)
            found.append((ev, Span(start, end)))
            _gift_givers(ctx, sent, ev, start)
    for g in P.GIFT_HANDOVER.finditer(sent.text):  # 성금 200만원을 전달했다: the handover, named by the gift
        start, end = sent.start + g.start("gift"), sent.start + g.end("verb")
        if any(sp.start < end and start < sp.end for _, sp in found) or any(
                m.type in ("City", "Country", "Person") and start <= m.start < sent.start + g.end("gift")
                for m in ctx.mentions):
            continue
        gift = re.sub(r"^.*?(?=" + P.GIFT_WORDS + r")", "", g.group("gift")) if len(g.group("gift")) > 5 else g.group("gift")
        name = f"{gift} {g.group('verb')}"
        ev = add_event(ctx, name, "전달식", Span(start, end), (gift, g.group("verb")), bare=False)
        found.append((ev, Span(start, end)))
        _gift_givers(ctx, sent, ev, start)
    for g in P.HONOUR_HANDOVER.finditer(sent.text) if not P.HONOUR_RULE.search(sent.text) else ():  # (a general form)
        # 명예시민증을 수여했다, 감사패를 전달받았다: the handover (not a rule: 매년 … 수여한다)
        start, end = sent.start + g.start("gift"), sent.start + g.end("verb")
        if any(sp.start < end and start < sp.end for _, sp in found) or \
                any(e.head == "수여식" and any(sent.start <= sp.start < sent.end for sp in e.spans) for e in ctx.events):
            continue  # (명예시민증 수여식에는 …: the ceremony named, read as such)
        act = "위촉" if g.group("verb") == "위촉" else "수여"  # (명예군민으로 위촉: an appointment)
        ev = add_event(ctx, f"{g.group('gift')} {act}", "수여식", Span(start, end), (g.group("gift"), act), bare=False)
        found.append((ev, Span(start, end)))
        _gift_givers(ctx, sent, ev, start, place_gives=False)  # (일본 나라시에서 … 받았다: where, not who)
    # a mention inside a longer event name (국제포럼 in … 국제포럼 성과 평가회) is not the sentence's event
    outer = [(e, sp) for e, sp in found
             if not any(o_sp.start <= sp.start and sp.end < o_sp.end for _, o_sp in found)]
    return sorted(outer, key=lambda x: x[1].start)


def _describes_partner(ctx: Ctx, sent: Sentence, start: int, end: int) -> bool:
    """An agreement word in an undated relative clause on a place after it: ``A와 자매결연 협약을 맺은 (일본) B``."""
    rel = P.TIE_DESCRIBES_PLACE.match(ctx.text, end, sent.end)
    if rel is None:
        return False
    clause = ctx.text[sent.start:start]
    clause = clause[max(clause.rfind(","), clause.rfind("，")) + 1:]
    if P.CLAUSE_DATED.search(clause) or re.search(r"[\uac00-\ud7a3]에서\s", clause[-30:]):
        return False  # (시청 대회의실에서 우호도시 협약을 체결한 X 대표단: the signing held there is an event)
    after = next((m for m in ctx.mentions if m.type in ("City", "Country") and m.start == rel.end()), None)
    if after is not None and after.type == "Country":  # 일본 아사히카와시 (not 일본 측 인사들: a side, no place)
        after = next((m for m in ctx.mentions if m.type == "City" and m.start == after.end + 1), None)
    return after is not None


def _gift_givers(ctx: Ctx, sent: Sentence, ev: EventInfo, at: int, *, place_gives: bool = True) -> None:
    """Who hands a gift over: the sentence's subject before it (``남원시는 … 성금을 전달했다``, ``X 새마을회가``) and
    the people the sentence names, the receiving official too (``성금을 김가온 시장에게 전달``); never the place
    it goes to (``튀르키예에``, ``오타시에``)."""
    for m in ctx.in_sentence(sent, types=("City", "Organization", "Person")):
        after = re.sub(r"^\([^()]{0,30}\)", "", ctx.text[m.end:m.end + 40])  # 새마을회(회장 김가온)는
        rest = m.rest or re.sub(r"[^\uac00-\ud7a3].*$", "", after, flags=re.S)  # the Hangul run after it
        if m.qualifier or m.via_title or (m.type != "Person" and (m.start > at or not re.fullmatch(
                r"(?:은|는|이|가|에서|에서는)" if place_gives else r"(?:은|는|이|가)", rest or "x"))) or P.GIFT_SENDER_RELATIVE.match(ctx.text, m.end + len(
                m.rest or "")) or P.GIFT_SENDER_RELATIVE.match(ctx.text, m.end):
            continue  # (남원시가 보낸 성금을 … 전달했다: who sent it before, not who hands it over)
        ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)


def _genitive_visitor(ctx: Ctx, sent: Sentence, ev: EventInfo, before: Word, span: Span) -> None:
    """``요성시의 의령군 방문``: the city in the genitive before a visit's name is the visitor, a city inside the
    name the place visited."""
    visitor = next((m for m in ctx.mentions if m.type == "City" and m.start == before.start and not m.qualifier
                    and before.text == ctx.text[m.start:m.end] + "의"), None)
    if visitor is None:
        return
    place = next((m for m in ctx.mentions if m.type == "City" and span.start <= m.start < span.end
                  and not m.qualifier), None)
    if place is not None and place.iri == visitor.iri:
        return
    ctx.fact(ev.iri, V.SCHEMA.attendee, visitor.iri, sent)
    if place is not None:
        ctx.fact(ev.iri, V.SCHEMA.location, place.iri, sent)


def recognise_venues(ctx: Ctx, sent: Sentence) -> tuple[list[tuple[URIRef, Span]], set[int]]:
    """Venues: the place before 에서 in a sentence that holds, signs or meets something (``… 접견실에서 만났다``,
    ``… 국제의전실에서 … 대표단을 만나 논의했다``)."""
    out: list[tuple[URIRef, Span]] = []
    venue_words: set[int] = set()
    if not (HOST_VERB_RE.search(sent.text) or _SIGN_VERB.search(sent.text) or P.HELD_THERE_AHEAD.search(sent.text)
            or _meets(sent)):
        return out, venue_words
    words = sent.words()
    for i, w in enumerate(words):
        ts = tags(w.text)
        if not ts or ts[-1] != ("에서", "JKB") or w.tail:
            continue
        stem = w.text[: -2]
        if not stem or stem in P.NOT_VENUE_NOUNS:
            continue  # 다양한 분야에서: a field, not a place
        if P.CAME_FROM_AFTER_RE.match(sent.text, w.end - sent.start):
            continue  # 일본 소도시에서 온 학생들: where they came from, no venue
        if not re.fullmatch(rf"[{HANGUL}A-Za-z0-9·]+", stem):
            continue  # (A시, B성)에서 온: the end of a bracketed list of places, no venue
        if re.fullmatch(r"(?:\d{1,4}년)?(?:\d{1,2}월)?\d{1,2}[일월]|\d{1,2}시(?:\d{1,2}분)?", stem):
            continue  # 9월12일에서 15일까지: the first day of a span, no place
        if head_of(stem) is not None:
            continue  # 봉화군청에서 열린 협약식에서: at the event itself, whose venue is named before
        parts = [stem]
        j = i - 1
        while j >= 0 and len(parts) < 3:
            pw = words[j]
            if pw.tail or words[j + 1].lead:
                break
            pts = tags(pw.text)
            if pw.text.endswith("의") and pts and pts[-1] == ("의", "JKG") and len(parts) == 1:
                parts.insert(0, pw.text)
                j -= 1
                continue
            if not nominal(pw.text) or pw.text in _DETERMINERS or pw.text in _VENUE_STOPS or re.search(r"\d", pw.text) or \
                    re.fullmatch(r"(?:하루|이틀|사흘|나흘|닷새|엿새|이레|열흘|양일|일주일)간?", pw.text):
                # (사흘간 시청 광장, 이틀간 구청 광장: how long, no part of the place)
                break
            if any(m.type in ("City", "Country") and m.start == pw.start and not m.rest and m.end == pw.end
                   for m in ctx.mentions) and not loader.kr_dong_by_name().get(pw.text):
                break
            parts.insert(0, pw.text)
            j -= 1
        start = words[j + 1].start
        end = w.start + len(stem)
        for k in range(j + 1, i + 1):
            venue_words.add(words[k].start)
        city = next((m for m in ctx.mentions if m.type == "City" and m.start == start and m.end == end), None)
        if city is not None:  # 용인시에서: the city itself is the place
            out.append((city.iri, Span(start, end)))
            continue
        if len(parts) > 1 and parts[-1] in ("일원", "일대", "인근", "주변", "앞", "내"):
            parts = parts[:-1]  # 한옥마을 일원: the area around a place is that place
        dong = parts[0] if len(parts) > 1 and parts[0] in loader.kr_dong_by_name() else None
        name = " ".join(parts[1:] if dong else parts)
        lead_city = next((m for m in ctx.mentions if m.type == "City" and m.start == start and m.end < end), None)
        in_city = _city_of_place(ctx, start, dong)
        key = in_city.rsplit("/", 1)[-1] if in_city else None
        # 광명시업사이클아트센터 and 업사이클아트센터 are one place: the city is part of the key already
        local = name[len(lead_city.surface):].strip() if lead_city is not None and not dong and \
            name.startswith(lead_city.surface) and len(name) - len(lead_city.surface) >= 2 else name
        iri = minted("place", key, local) if key else minted("place", local)
        span = Span(start, end)
        ent = ctx.entity(Entity(iri, "Place", name, mentions=[span]))
        ctx.mentions.append(Mention(span.start, span.end, name, iri, "Place", "place"))
        if dong:
            diri = minted("place", key, dong) if key else minted("place", dong)
            ctx.entity(Entity(diri, "Place", dong, mentions=[Span(start, start + len(dong))]))
            ctx.fact(iri, V.SCHEMA.containedInPlace, diri, sent)
            if in_city is not None:
                ctx.fact(diri, V.SCHEMA.containedInPlace, in_city, sent)
        elif in_city is not None:
            ctx.fact(iri, V.SCHEMA.containedInPlace, in_city, sent)
        ent.attrs.setdefault("in", in_city)
        out.append((iri, span))
    return out, venue_words


def _dong_entry(ctx: Ctx, dong: str) -> loader.KrDong | None:
    entries = loader.kr_dong_by_name().get(dong, ())
    cities = set(ctx.main_cities())
    for d in entries:
        for gov in places.lookup(d.sigungu_ko, d.province_ko):
            if places.gov_iri(gov) in cities:
                return d
    return entries[0] if len(entries) == 1 else None


def _city_of_place(ctx: Ctx, start: int, dong: str | None) -> URIRef | None:
    if dong:
        d = _dong_entry(ctx, dong)
        if d is not None:
            govs = places.lookup(d.sigungu_ko, d.province_ko)
            if len(govs) == 1:
                return places.gov_iri(govs[0])
    m = next((m for m in ctx.mentions if m.type == "City" and m.start == start), None)
    if m is not None:
        m.via_title = True  # 사천시청 대회의실: the city names where the venue is
        return m.iri
    m = next((m for m in ctx.mentions if m.type == "City" and m.end == start - 1 and not m.rest
              and ctx.text[m.end] == " "), None)
    if m is not None:
        return m.iri  # 요나고시 가이케 츠루야에서: the city written right before the venue
    word = re.match(rf"[{HANGUL}]+", ctx.text[start:start + 30])
    if word:  # 수원컨벤션센터: a venue named after its city
        for k in range(min(len(word.group(0)) - 2, 6), 1, -1):
            cands = [c for c in ctx.gz.lookup(word.group(0)[:k]) if c.type == "City" and c.country == "KR"]
            if len({c.iri for c in cands}) == 1:
                return cands[0].iri
        hall = re.match(rf"([{HANGUL}]{{2,10}}?)(?:시청|군청|구청|시청사)", word.group(0))
        if hall is not None and not ctx.gz.lookup(hall.group(1)) and not ctx.gz.lookup(hall.group(1) + "시"):
            return None  # 코칸드시청에서: the hall of a town abroad no gazetteer has, not the article's own city's
    main = ctx.main_cities()
    return main[0] if main else None


def _meets(sent: Sentence) -> bool:
    """The sentence tells of a meeting by its verb (``… 접견실에서 만났다``, ``… 대표단을 만나 논의했다``)."""
    return P.MET_AT_PLACE.search(sent.text) is not None or P.MET_TO_TALK.search(sent.text) is not None


def _held_at_venue(ctx: Ctx, evs: list[tuple[EventInfo, Span]], venue: Span) -> list[EventInfo]:
    """The events named right after a venue, in its clause (``상황실에서 환영식을 갖고 … 개막식에 참석할``: the
    reception; ``소회의실에서 환영식과 비망록 조인식을``: both), else none."""
    after = sorted((sp.start, e) for e, sp in evs if sp.start >= venue.end)
    out: list[EventInfo] = []
    end = venue.end
    for start, e in after:
        gap = ctx.text[end:start]
        if not re.fullmatch(r"\s*(?:에서\s*)?(?:[\uac00-\ud7a3]+\s+){0,2}?" if not out else r"\s*(?:과|와|및|,)?\s*", gap):
            break
        out.append(e)
        end = next(sp.end for ev, sp in evs if ev is e and sp.start == start)
    return out


def _literal(w: When) -> Literal:
    lex, dtype = w.literal_form()
    return Literal(lex, datatype=getattr(XSD, dtype))


def attach(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]], venues: list[tuple[URIRef, Span]]) -> None:
    """Dates, venues, organisers, attendees and counts for the events of one sentence."""
    target = _target_event(ctx, sent, evs)
    if target is None:
        return
    if P.is_caption(sent.text):  # a caption may date its event, but names no attendees
        if evs:
            _date_event(ctx, sent, evs, target)
        return
    if not evs:  # a sentence about an event named before: only who took part
        if target.head in P.VISIT_WORDS and P.DELEGATION_STAY.search(sent.text) and _visit_in(ctx, sent) in (None, target):
            _date_event(ctx, sent, evs, target)  # 방문단은 지난 5일부터 8일까지 두 도시를 찾아: the visit's own days
        _roles_in_sentence(ctx, sent, evs, target)
        delegations(ctx, sent, target)
        _members_listed_as(ctx, sent, target)
        return
    _date_event(ctx, sent, evs, target)
    held_there = [v for v in venues if P.HELD_THERE_AHEAD.match(ctx.text, v[1].end, v[1].end + 40)]
    if held_there:  # 일본 오타시에서 열리는 벚꽃 축제: the place right before the holding verb
        venues = held_there
    holds = bool(HOST_VERB_RE.search(sent.text) or _SIGN_VERB.search(sent.text) or held_there)
    if venues and (holds or _meets(sent)):  # (… 접견실에서 만났다: the meeting's room)
        for held in _held_at_venue(ctx, evs, venues[0][1]) or [target]:
            if not holds and held.head != P.MET_HEAD:
                continue  # (… 접견실에서 대표단을 만나 오는 10월 열리는 축제 참가를 논의: the room is the meeting's only)
            ent = ctx.reading.entities.get(held.iri)
            if ent is not None and "location" not in ent.attrs:
                ent.attrs["location"] = venues[0][0]
                ctx.fact(held.iri, V.SCHEMA.location, venues[0][0], sent)
    _roles_in_sentence(ctx, sent, evs, target)
    delegations(ctx, sent, target)
    _share_with_coordinated(ctx, sent, evs, target)
    _pair_meeting(ctx, sent, evs)
    _met_with(ctx, sent, evs)
    _discussed_with(ctx, sent, evs)
    _per_partner_signings(ctx, sent, evs)


def _per_partner_signings(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]]) -> None:
    """``리버사이드시와는 1995년 5월 3일, 샌타애나시와는 같은 해 9월 1일 자매결연을 체결했다``: one signing per partner,
    each on its own date (the sentence's signing keeps the first partner and date)."""
    sig = next((e for e, _ in evs if e.head in SIGNING_HEADS), None)
    if sig is None:
        return
    art = ctx.article
    dates = find_ko(sent.text, published=art.published, tense="past")
    pairs: list[tuple[Mention, When]] = []
    for x in ctx.in_sentence(sent, types=("City",)):
        rest = x.rest or ""
        if x.qualifier or not re.fullmatch(r"(?:시|군|구)?(?:와|과)는", rest):
            continue
        after = x.end + len(rest) - sent.start
        d = next((d for d in dates if 0 <= d.start - after <= 8 and
                  re.fullmatch(r"\s*(?:지난|같은\s?해|그\s?해|이듬해)?\s*", sent.text[after:d.start])), None)
        if d is not None:
            pairs.append((x, d))
    if len(pairs) < 2 or len({d.value for _, d in pairs}) < 2:
        return
    abouts = {f.o for f in ctx.reading.facts if f.s == sig.iri and f.p == V.SCHEMA.about}
    hosts = [i for i in abouts if all(i != x.iri for x, _ in pairs)]
    first = ctx.reading.entities.get(sig.iri)
    if first is not None and "startDate" in first.attrs:  # the sentence's signing is the first partner's, on its date
        del first.attrs["startDate"]
        ctx.reading.facts[:] = [f for f in ctx.reading.facts if not (f.s == sig.iri and f.p == V.SCHEMA.startDate)]
    _set_date(ctx, sent, sig, pairs[0][1])
    for x, d in pairs[1:]:
        name = f"{_first_surface(ctx, x)} {sig.name}"
        span = Span(sent.start + d.start, sent.start + d.end)  # (the date's span: no city in it holds the event)
        ev = EventInfo(_event_iri(ctx, name, d.value.year), name, sig.head, span.start, tuple(name.split()), d.value.year,
                       [span])
        ctx.events.append(ev)
        ctx.entity(Entity(ev.iri, "Event", name, mentions=[span]))
        _set_date(ctx, sent, ev, d)
        for i in [*hosts, x.iri]:
            ctx.fact(ev.iri, V.SCHEMA.about, i, sent)
        for f in [f for f in ctx.reading.facts if f.s == sig.iri and f.p == V.SCHEMA.attendee and f.o in hosts]:
            ctx.fact(ev.iri, V.SCHEMA.attendee, f.o, sent)
        ctx.reading.facts[:] = [f for f in ctx.reading.facts if not (f.s == sig.iri and f.o == x.iri and
                                                                     f.p in (V.SCHEMA.about, V.SCHEMA.attendee))]


def _pair_meeting(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]]) -> None:
    """``A 협회와 B 협회 간 간담회``: the two sides a meeting is named between take part in it (not an agreement named
    by its pair, ``A시와 B시 간 협정``: who signs is said elsewhere)."""
    for ev, sp in evs:
        if ev.head not in P.PAIR_MEETING_HEADS:
            continue
        m = P.PAIR_MEETING_BEFORE.search(ctx.text, sent.start, sp.start)
        if m is None or m.end() != sp.start:
            continue
        sides = [x for x in ctx.in_sentence(sent, types=("City", "Organization")) if not x.qualifier and
                 sent.start <= x.start < sp.start and x.end in (m.end("a"), m.end("b"))]
        if len(sides) == 2:
            for x in sides:
                ctx.fact(ev.iri, V.SCHEMA.attendee, x.iri, sent)


def _met_with(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]]) -> None:
    """``대표단은 김 시장과의 간담회에서 …``, ``남원시는 오타시와 간담회를 가졌다``: a meeting held with someone. The one
    met takes part, and so does the sentence's subject (for a bare ``대표단은``, the city an earlier sentence said
    sent it)."""
    for ev, sp in evs:
        if ev.head not in P.MET_WITH_HEADS:
            continue
        met = [x for x in ctx.in_sentence(sent, types=("Person", "City", "Organization")) if x.end <= sp.start and
               not x.qualifier and ((P.MET_PERSON_BEFORE if x.type == "Person" else P.MET_BODY_BEFORE).fullmatch(
                   ctx.text, x.end, sp.start) or (_titled_before(ctx, x, sp.start) and
                                                  re.search(r"(?:와|과)\s*$", ctx.text[x.end:sp.start])))]
        if not met:
            continue
        for x in reversed(ctx.in_sentence(sent, types=("City", "Organization"))):  # 해남성, 상해시, 흑룡강성과
            first = min(m.start for m in met)  # 실무협의를: the cities listed before the one met, each met
            if x.end <= first and not x.qualifier and P.LISTED_PARTY_GAP.fullmatch(ctx.text, x.end, first):
                met.append(x)
        first = min(x.start for x in met)
        side: Mention | None = next((x for x in ctx.in_sentence(sent, types=("Person", "City", "Organization"))
                                     if x.start < first and not x.qualifier and not x.via_title and
                                     re.match(r"(는|은|가|이)$", x.rest or ctx.text[x.end:x.end + 1])), None)
        if side is None:
            side = _earlier_sender(ctx, sent, None)
        for x in [*met, *([side] if side is not None else [])]:
            ctx.fact(ev.iri, V.SCHEMA.attendee, x.iri, sent)


def _discussed_with(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]]) -> None:
    """``양주시는 화상회의를 열고 포틀랜드시와 교류 방안을 논의했다``: a party named after a meeting, with whom the
    sentence says things were discussed, takes part in it, and so does the sentence's subject (not a party met
    elsewhere: ``… 포틀랜드시에서 열릴 박람회 참가 방안을 간부들과 논의했다``)."""
    for ev, sp in evs:
        if ev.head not in P.MET_WITH_HEADS:
            continue
        met = [x for x in ctx.in_sentence(sent, types=("Person", "City", "Organization")) if x.start >= sp.end and
               not x.qualifier and P.DISCUSSED_WITH_AFTER.match(ctx.text, x.end)]
        if not met:
            continue
        side = next((x for x in ctx.in_sentence(sent, types=("Person", "City", "Organization"))
                     if x.end <= sp.start and not x.qualifier and not x.via_title and (
                         re.match(r"(는|은|가|이)$", x.rest or ctx.text[x.end:x.end + 1]) or (
                             x.type == "Person" and (t := _TITLE_AS_TOPIC.match(ctx.text, x.end)) is not None and
                             title_of(t.group(1)) is not None))), None)  # (김철수 양주시장은: the titled subject)
        for x in [*met, *([side] if side is not None else [])]:
            ctx.fact(ev.iri, V.SCHEMA.attendee, x.iri, sent)


#: a title word with the topic's particle right after a name (``김철수 양주시장은``)
_TITLE_AS_TOPIC = re.compile(r"\s?([\uac00-\ud7a3]{1,12}?)(?:은|는)\s")


def caption_attendees(ctx: Ctx) -> None:
    """``최재형 군수(오른쪽)가 미야자키시 대표단을 맞이하고 있다``: a photo caption showing a welcome or a signing names
    people who took part in the article's event of that kind (the first one read)."""
    for sent in ctx.sentences:
        if not P.is_caption(sent.text):
            continue
        heads = next((h for rx, h in P.CAPTION_ACTS if rx.search(sent.text)), None)
        ev = next((e for e in ctx.events if heads is not None and e.head in heads), None)
        if ev is None:
            continue
        for m in ctx.in_sentence(sent, types=("Person",)):
            ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)


def _share_with_coordinated(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]], target: EventInfo) -> None:
    """``A축제와 B축제에 대표단을 파견``: events joined to the sentence's event by 와/과/및 share its attendees."""
    spans = sorted(((sp, e) for e, sp in evs), key=lambda x: x[0].start)
    at = next((i for i, (_, e) in enumerate(spans) if e is target), None)
    if at is None:
        return
    joined: list[EventInfo] = []
    for i in range(at - 1, -1, -1):
        gap = ctx.text[spans[i][0].end:spans[i + 1][0].start]
        if not re.fullmatch(r"(?:와|과)\s+|\s*,\s*|\s+및\s+|(?:와|과),?\s+", gap):
            break
        joined.append(spans[i][1])
    if not joined:
        return
    who = [f.o for f in ctx.reading.facts if f.s == target.iri and f.p == V.SCHEMA.attendee and f.span is not None
           and f.span.start == sent.start]
    for ev in joined:
        for o in who:
            ctx.fact(ev.iri, V.SCHEMA.attendee, o, sent)


def _date_event(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]], target: EventInfo) -> None:
    """The dates a sentence gives its events: each date dates the first event after it.

    Not 밝혔다's date (the report's), not a past agreement named as background (``2008년 협약을 맺은
    징안구``); ``26일까지`` alone ends a stay (it dates a visit to the month only); ``24일 … 방문 중인
    대표단을 맞이했다`` dates the welcome, the visit under way to its month. The first date of a sentence
    may date the sentence's event even when no event follows it (``25일 … 협약을 체결했다``).
    """
    art = ctx.article
    dates = find_ko(sent.text, published=art.published,
                    year_hint=target.year_hint or (art.published.year if art.published else _edition_year(sent.text)),
                    tense=P.tense(sent.text))
    dates = [t for d in dates if not P.ANNOUNCEMENT.match(sent.text[d.end:d.end + 24]) and not _background(sent.text, d)
             and not _tie_date_in_brackets(sent.text, d)
             and not _date_of_a_history(ctx, sent, d, evs)
             and (t := _that_day(ctx, sent, d)) is not None]
    if len(dates) >= 2 and not sent.text[:dates[0].start].strip() and P.REPORTED_AT_END.search(sent.text) and \
            re.match(r"\s*[\uac00-\ud7a3]{2,12}(?:는|은)\s", sent.text[dates[0].end:]):  # (25일 오전 …: a time, no report)
        dates = dates[1:]  # 25일 남원시는 … 지난 23일 … 체결했다고 밝혔다: the opening day is the report's
    ev_spans = sorted(evs, key=lambda x: x[1].start)
    held_on = {id(e): j for j, d2 in enumerate(dates) if (h := P.HELD_ON_DATE.match(sent.text, d2.end)) is not None
               and not (j and re.search(r"(?:~|～|－|-|–|부터)\s*$", sent.text[dates[j - 1].start:d2.start]))
               for e, sp in ev_spans if sp.start == sent.start + h.end() and _one_head(ctx.text[sp.start:sp.end])}
    # (지난 17~18일 … 개최된 축제: the range's end is no date of its own)
    # (5일부터 열리는 축제: the 5th's; not 20일 개최되는 포럼 준비 보고회, a meeting about the forum)
    first = True
    for i, d in enumerate(dates):
        nxt = dates[i + 1] if i + 1 < len(dates) else None
        if i > 0 and re.match(r"\s*(부터|~|～|－|-)", sent.text[dates[i - 1].end:dates[i - 1].end + 3]) and \
                re.match(r"\s*(까지|간)", sent.text[d.end:d.end + 3]):
            continue  # the end of a range read with its start
        abs_start = sent.start + d.start
        limit = sent.start + nxt.start if nxt is not None else sent.end
        following = [e for e, sp in ev_spans if sp.start >= abs_start]
        # a later date governs only an event close after it in the same clause (5일에는 … 간담회를)
        governed = [e for e, sp in ev_spans if abs_start <= sp.start < min(limit, sent.start + d.end + 40)
                    and not re.search(r"[,…·]|\.\.\.", ctx.text[sent.start + d.end:sp.start])]
        if d.grain == "year" and nxt is not None and _paired_years(ctx, sent, d, nxt, ev_spans):
            continue  # 2018년과 지난해 체결된 우호협약 및 우호강화협약: each year its own agreement, in order
        if d.grain == "year":
            # 2018년에는 … 행사에 참석, 2002년 맺은 자매결연 협정: a year dates the event right after it
            after = sent.text[d.end:d.end + 6]
            near = [e for e, sp in ev_spans if abs_start <= sp.start <= sent.start + d.end + 40]
            signed = P.YEAR_SIGNING.match(sent.text[d.end:d.end + 40])
            signing_year = signed is not None and any(  # (its agreement word is the event's: not 1995년 자매결연을
                sp.start <= sent.start + d.end + signed.start(1) < sp.end  # 하고 2012년 … 양해각서를, no event of 1995)
                for e, sp in ev_spans if near and e is near[0])
            visited_then = bool(near) and near[0].head == "방문" and len(dates) == 1 and _visit_told_after(
                ctx, sent.start + d.end, next(_head_at(ctx, sp, "방문") for e, sp in ev_spans if e is near[0]))
            if not near or not (P.YEAR_FOR_EVENT.match(after) or re.match(r"\s*(맺은|체결한|열린|개최된)\s", after) or _agreement_right_after(sent, d.start, d.end, near)
                                or signing_year or visited_then):
                continue
            if signing_year and not P.YEAR_FOR_EVENT.match(after) and near[0].head not in SIGNING_HEADS:
                continue  # 2003년 자매결연을 맺었으며, … 교류단을 파견할 예정: the year is the signing's, not the visit's
            _set_date(ctx, sent, near[0], d)
            continue
        stay = P.STAY.match(sent.text[d.end:limit - sent.start]) if d.grain == "day" else None
        visit_here = _visit_in(ctx, sent) if stay else None
        told = _undated_visit_before(ctx, sent) if stay and visit_here is None else None
        if told is not None:  # … 지치부시를 찾는다. 시는 5일부터 4박 5일 일정으로 …: the days of the visit told before
            _set_date(ctx, sent, told, d, end=_range_end(d, nxt) if nxt is not None and P.DATE_FROM.match(
                sent.text[d.end:d.end + 3]) and re.match(r"\s*(까지|간)", sent.text[nxt.end:nxt.end + 3]) else None)
        if visit_here is not None:  # 23일부터 3박 4일간 교류 일정: the dates of the delegation's stay
            ev = visit_here
            first = False
        elif first and nxt is not None and d.grain == "day" and nxt.grain == "day" and \
                P.DATE_FROM.match(sent.text[d.end:d.end + 3]) and \
                not re.search(r"까지|간|동안|사이", sent.text[nxt.end:nxt.end + 8]) and \
                re.search(r"\d\s*박\s*\d\s*일|일정으로|중인", sent.text[d.end:nxt.start]) and \
                any(sent.start + nxt.end <= sp.start for _e, sp in ev_spans):
            continue  # 지난 2일부터 4박5일 일정으로 … 방문 중인 지사는 3일 … 협약식에: the stay's start; the later day
            # takes the first date's place and dates the ceremony
        elif first:
            ev = following[0] if following else (ev_spans[-1][0] if ev_spans else target)
            if nxt is not None and d.text.startswith("지난") and nxt.text.startswith("오는") and following and \
                    P.TRAVEL_LEG.search(sent.text, d.end, nxt.start) and \
                    sent.start + nxt.end <= next(sp.start for e, sp in ev_spans if e is ev):
                continue  # 지난 1일 출국해 오는 3일 열리는 축제에: the past day is the departure's; the coming day dates
                # the event named after it
            if held_on.get(id(ev), i) != i:
                continue  # 7일 일정을 마치고 8일부터 열리는 엑스포에: the expo is held on the later date, named before it
            first = False
            at = next((sp.start for e, sp in ev_spans if e is ev), None)
            if following and at is not None and nxt is not None and sent.start + nxt.end <= at and any(
                    abs_start < sp.start < sent.start + nxt.start for e in ctx.events
                    if all(e is not x for x, _ in ev_spans) for sp in e.spans):
                continue  # 지난 3일 … 방문한 데 이어 4일 … 만찬을: another event told between is the date's, the next
                # date the event's (not 지난 3일 … 방문하고 만찬을 했다: one day for both)
        elif governed:
            ev = governed[0]
        else:
            continue
        after = sent.text[d.end:d.end + 4]
        if P.DATE_UNTIL.match(after):  # 7일까지 … 방문: the visit ends then; its month is what is certain
            visit = next((e for e in ([ev] + [e for e, _ in ev_spans]) if e.head in P.VISIT_WORDS), None)
            if visit is None or d.grain != "day":
                continue
            _set_date(ctx, sent, visit, When(d.value.replace(day=1), "month", d.start, d.end, d.text))
            continue
        if d.grain == "day" and P.VISIT_ONGOING.search(sent.text[d.end:]) and ev.head in P.VISIT_WORDS:
            # 24일 성동구를 방문 중인 대표단을 맞이했다: the day is the welcome's, the visit's is its month
            _set_date(ctx, sent, ev, When(d.value.replace(day=1), "month", d.start, d.end, d.text))
            welcome = _welcome_event(ctx, sent)
            if welcome is not None:
                _set_date(ctx, sent, welcome, d)
            continue
        if ev.head == "답방" and any(sent.start + d.end <= sp.start < sent.end and P.VISIT_ANSWERED.search(
                ctx.text, sent.start + d.end, sp.end) for sp in ev.spans):
            continue  # 지난 6월 X 실무단의 방문에 따른 답방: the day of the visit answered, not the return visit's
        end = None
        if nxt is not None and P.DATE_FROM.match(sent.text[d.end:d.end + 3]) and \
                re.match(r"\s*(까지|간)", sent.text[nxt.end:nxt.end + 3]):
            end = _range_end(d, nxt)
        _set_date(ctx, sent, ev, d, end=end)


def _paired_years(ctx: Ctx, sent: Sentence, d: When, nxt: When, ev_spans: list[tuple[EventInfo, Span]]) -> bool:
    """``2018년과 지난해 체결된 우호협약 및 우호강화협약``: two years joined, a signing verb, then two agreements joined:
    the first year dates the first agreement, the second the second (True when so dated)."""
    joined = P.YEARS_JOINED.match(sent.text, d.end)
    if joined is None or joined.end() != nxt.start or nxt.grain != "year":
        return False
    verb = P.SIGNED_RELATIVE.match(sent.text, nxt.end)
    if verb is None:
        return False
    first = next(((e, sp) for e, sp in ev_spans if sp.start == sent.start + verb.end()), None)
    if first is None or first[0].head not in SIGNING_HEADS:
        return False
    second = next(((e, sp) for e, sp in ev_spans if sp.start > first[1].end and
                   re.fullmatch(r"\s*(?:및|와|과|,)\s*", ctx.text[first[1].end:sp.start])), None)
    if second is None or second[0].head not in SIGNING_HEADS or second[0] is first[0]:
        return False
    _set_date(ctx, sent, first[0], d)
    _set_date(ctx, sent, second[0], nxt)
    return True


def _one_head(phrase: str) -> bool:
    """Whether an event's phrase holds one event word only (``인삼축제``; not ``포럼 준비 보고회``, an event about
    another).

    >>> _one_head("국제자매도시 포럼"), _one_head("국제자매도시 포럼 준비 보고회")
    (True, False)
    """
    return sum(1 for w in phrase.split() if head_of(strip_particle(w))) <= 1


def _edition_year(text: str) -> int | None:
    """The one edition year a sentence names before a name (``2023 청소년 홈스테이의 일정은 오는 11월 3일``), which dates
    its month-and-day dates when the article's publication date is unknown; None for none or two.

    >>> _edition_year("2023 청소년 홈스테이 일정은 오는 11월 3일부터다"), _edition_year("2019년 결연한 두 도시는 11월 3일")
    (2023, None)
    """
    years = {int(m.group(1)) for m in P.EDITION_YEAR.finditer(text) if _names_an_edition(text, m.end())}
    return years.pop() if len(years) == 1 else None


def _names_an_edition(text: str, at: int) -> bool:
    """Whether the words after a year at ``at`` name an event of that year: a phrase of up to six words ending on an
    event word, with no goal or history word after it (``2030 부산세계박람회 유치``, ``1994 자매결연 이후``: not the
    event's year; ``2050 탄소중립 목표``: no event).

    >>> _names_an_edition("2023 파주시-사세보시 청소년 홈스테이의 일정은", 5), _names_an_edition("2030 부산세계박람회 유치를", 5)
    (True, False)
    >>> _names_an_edition("2025 APEC 정상회의 개최 도시인 경주시는", 5)
    False
    """
    words = re.findall(r"[\uac00-\ud7a3A-Za-z0-9·\-]+", text[at:at + 60])[:7]
    for k, w in enumerate(words[:6]):
        bare = strip_particle(w)
        if head_of(bare) is not None:
            nxt = words[k + 1] if k + 1 < len(words) else ""
            return not any(nxt.startswith(x) for x in P.NOT_THE_EDITION_AFTER)
        if w != bare:
            return False  # (the phrase ended on a particle before any event word)
    return False


def _that_day(ctx: Ctx, sent: Sentence, d: When) -> When | None:
    """``이날``/``당일``: the day last named before (지난 4일 … 이날 평가회에는), else the day of the report named
    before it (8일 협회에 따르면 이날 …), else the publication day; ``전날``: the day before that day (…고 8일
    밝혔다. … 전날 오후 서명했다: the 7th). None when the report told of a recent day it did not name (… 최근
    간담회를 열었다고 25일 밝혔다. 이날 간담회에서는 …)."""
    if d.text in ORDINAL_DAYS:
        lead = re.search(r"(\S+)\s*$", sent.text[:d.start])
        if lead is not None and not P.STAY_DAY_LEAD.fullmatch(strip_particle(lead.group(1))):
            return None  # 축제 첫날, 올해 마지막 날, 협상이 이틀째: the day of something else, no day of the stay
        if any(w.text not in ORDINAL_DAYS for w in find_ko(sent.text, published=ctx.reading.article.published)):
            return None  # (the sentence names its day: that day wins)
        day = _day_of_the_stay(ctx, sent, ORDINAL_DAYS[d.text])
        return When(day, "day", d.start, d.end, d.text) if day is not None else None
    day_before = d.text in P.DAY_BEFORE
    if d.text not in P.THAT_DAY and not day_before:
        return d
    if _recent_report(ctx, sent, d):
        return None
    if d.text in P.THAT_OCCASION:  # (only opening the sentence, and only in a sentence with no day of its own)
        others = [w for w in find_ko(sent.text, published=ctx.reading.article.published) if w.text not in P.THAT_OCCASION]
        last = _last_event_day(ctx, sent) if d.start <= 2 and not others else None
        return When(last, "day", d.start, d.end, d.text) if last is not None else None
    ref = _reference_day(ctx, sent, d)
    if ref is None:
        return d
    return When(ref - _dt.timedelta(days=1) if day_before else ref, "day", d.start, d.end, d.text)


def _day_of_the_stay(ctx: Ctx, sent: Sentence, nth: int) -> _dt.date | None:
    """The ``nth`` day (from 0; -1 the last) of the last stay dated as a span before the sentence (``지난 15일부터
    17일까지 … 둘째 날에는``: the 16th); ``이튿날`` after a single day is the day after it. None when the day falls
    outside the stay or no stay was dated."""
    starts = {f.s: f for f in ctx.reading.facts if f.p == V.SCHEMA.startDate and f.span is not None
              and f.span.start < sent.start and isinstance(f.o, Literal) and f.o.datatype == XSD.date}
    ends = {f.s: f.o.toPython() for f in ctx.reading.facts if f.p == V.SCHEMA.endDate and f.s in starts
            and isinstance(f.o, Literal) and f.o.datatype == XSD.date}
    spans = [s for s in starts if s in ends]
    latest = max(starts, key=lambda s: starts[s].span.start, default=None)  # type: ignore[union-attr]  # with a span
    if latest is not None and latest not in ends:
        spans = []  # (a one-day visit told after an earlier stay: its next day, below)
    if spans:
        last = max(spans, key=lambda s: starts[s].span.start)  # type: ignore[union-attr]  # facts with a span
        first, end = starts[last].o.toPython(), ends[last]
        if not isinstance(first, _dt.date) or not isinstance(end, _dt.date):
            return None  # (xsd:date literals: dates)
        day = end if nth < 0 else first + _dt.timedelta(days=nth)
        return day if first <= day <= end else None
    single = _last_event_day(ctx, sent)
    return single + _dt.timedelta(days=nth) if single is not None and nth == 1 else None


def _last_event_day(ctx: Ctx, sent: Sentence) -> _dt.date | None:
    """The day of the last event dated before the sentence (a day of the story's present), or None."""
    pub = ctx.reading.article.published
    before = [f for f in ctx.reading.facts if f.p == V.SCHEMA.startDate and f.span is not None
              and f.span.start < sent.start and isinstance(f.o, Literal) and f.o.datatype == XSD.date
              and _of_the_story(f.o.toPython(), pub)]
    if not before:
        return None
    last = max(before, key=lambda f: f.span.start)  # type: ignore[union-attr]  # `before` holds facts with a span
    value = last.o.toPython()
    return value if isinstance(value, _dt.date) else None  # (an xsd:date: a date)


def _reference_day(ctx: Ctx, sent: Sentence, d: When) -> _dt.date | None:
    """The day ``이날`` or ``전날`` counts from: the last event dated before the sentence, else the last day the
    text names before the word (a report's day only when no other is named)."""
    pub = ctx.reading.article.published
    last = _last_event_day(ctx, sent)
    if last is not None:
        return last
    prior, days = _days_before(ctx, sent, d)
    days = [w for w in days if _of_the_story(w.value, pub)]
    days = [w for w in days if not re.match(r"\s*까지", prior[w.end:w.end + 4])] or days  # (오는 11월 30일까지 근무한다고
    named = [w for w in days if not P.ANNOUNCEMENT.match(prior[w.end:w.end + 24])]  # 8일 밝혔다. 이날: the 8th, not the end
    if named:
        return named[-1].value
    return days[-1].value if days else None


def _of_the_story(day: object, published: _dt.date | None) -> bool:
    """A day of the story's present: no more than a year before publication (``2004년 10월 19일 결연했다. 이날 20주년
    기념식을``: 2004 is history, not the day ``이날`` names); any day when the publication date is unknown.

    >>> _of_the_story(_dt.date(2024, 9, 25), _dt.date(2024, 9, 26)), _of_the_story(_dt.date(2004, 10, 19), _dt.date(2024, 9, 26))
    (True, False)
    """
    return isinstance(day, _dt.date) and (published is None or day >= published - _dt.timedelta(days=366))


def _days_before(ctx: Ctx, sent: Sentence, d: When) -> tuple[str, list[When]]:
    """The text before ``d`` and the days it names (not ``이날`` or ``전날`` themselves)."""
    prior = ctx.text[:sent.start + d.start]
    return prior, [w for w in find_ko(prior, published=ctx.reading.article.published) if w.grain == "day"
                   and w.text not in P.THAT_DAY and w.text not in P.DAY_BEFORE]


def _recent_report(ctx: Ctx, sent: Sentence, d: When) -> bool:
    """No event is dated before the sentence, and the only day named before ``d`` is a report's, of something it
    calls recent (``… 최근 간담회를 열었다고 25일 밝혔다``): ``이날`` then names no known day."""
    if any(f.p == V.SCHEMA.startDate and f.span is not None and f.span.start < sent.start for f in ctx.reading.facts):
        return False
    prior, days = _days_before(ctx, sent, d)
    return bool(days) and all(P.ANNOUNCEMENT.match(prior[w.end:w.end + 24]) for w in days) and \
        P.UNDATED_PAST.search(prior, max(0, prior.rfind(".", 0, days[-1].start) + 1), days[-1].start) is not None


def _visit_in(ctx: Ctx, sent: Sentence) -> EventInfo | None:
    """The visit event named in a sentence, if any."""
    return next((e for e in ctx.events if e.head in P.VISIT_WORDS
                 and any(sent.start <= sp.start < sent.end for sp in e.spans)), None)


def _visit_before(ctx: Ctx, sent: Sentence) -> EventInfo | None:
    """The visit told last before the sentence."""
    return next((e for e in reversed(ctx.events) if e.head in P.VISIT_WORDS and e.first < sent.start), None)


def _undated_visit_before(ctx: Ctx, sent: Sentence) -> EventInfo | None:
    """The visit told last before the sentence, when no date has been given to it yet."""
    ev = _visit_before(ctx, sent)
    ent = ctx.reading.entities.get(ev.iri) if ev is not None else None
    return ev if ent is not None and "startDate" not in ent.attrs else None


def _head_at(ctx: Ctx, sp: Span, head: str) -> int:
    """Where an event's head word stands in its phrase (``무나카타시 김해시 방문``: at 방문, after the visitor and the
    place the phrase took in)."""
    at = ctx.text.rfind(head, sp.start, sp.end)
    return at if at >= 0 else sp.start


def _visit_told_after(ctx: Ctx, start: int, visit: int) -> bool:
    """Between a year (ending at ``start``) and a visit told in the past (at ``visit``) only the visitor and the
    place: words of nouns and particles, no verb's clause (``1998년 세워진``, ``2020년 … 중단된``), no tie, and no
    span (``2010년부터``): the year dates the visit (``지난 2015년 김가온 제천시장이 구라요시시를 방문했다``)."""
    between = ctx.text[start:visit]
    if P.YEAR_THEN_VISIT.fullmatch(between) is None or P.VISITED_PAST.match(ctx.text, visit) is None:
        return False
    named = [(m.start, m.end) for m in ctx.mentions if m.type in ("Person", "City", "Organization", "Country")]
    at = start
    for w in between.split():
        at = ctx.text.index(w, at)
        if not any(a <= at < b for a, b in named) and \
                not all(t[0] in "NJS" or t in ("XSN", "XPN") for _, t in tags(w)):
            return False  # (a name read as a person or a place is the visitor's or the place's, whatever its tags)
        at += len(w)
    return True


def drop_stood_in_for(ctx: Ctx) -> None:
    """``김가온 시장을 대신해 박나래 부시장이 참석했다``: a person another stands in for does not attend what the
    sentence tells (only where no other sentence has them take part)."""
    away: set[tuple[URIRef, int]] = set()
    for m in ctx.mentions:
        if m.type == "Person" and P.STOOD_IN_FOR.match(ctx.text, m.end):
            sent = ctx.sentence_of(m.start)
            if sent is not None:
                away.add((m.iri, sent.start))
    if away:
        ctx.reading.facts = [f for f in ctx.reading.facts if not (
            f.p == V.SCHEMA.attendee and f.span is not None and (f.o, f.span.start) in away)]


def _date_of_a_history(ctx: Ctx, sent: Sentence, d: When, evs: list[tuple[EventInfo, Span]]) -> bool:
    """``1974년 2월 4일에 자매의 연을 맺어 올해 50주년을 맞아``: a date of a year before the publication's, before a
    tie's clause joined to a history counted from it (:data:`patterns_ko_events.TIE_CLAUSE_JOINED`), is the tie's
    and no event's, when the tie makes no event of its own."""
    pub = ctx.article.published
    tied = P.TIE_CLAUSE_JOINED.match(sent.text, d.end) if pub is not None and d.value.year < pub.year else None
    return tied is not None and not any(sent.start + d.end <= sp.start < sent.start + tied.end() for _e, sp in evs)


def _tie_date_in_brackets(text: str, d: When) -> bool:
    """A date in brackets that tells when a tie was made (``자매도시(1976.10.11.체결)인``, ``(2005년 결연)``): the
    tie's, no event's of the sentence.

    >>> from kgraph.extract.dates import find_ko
    >>> t = "자매도시(1976.10.11.체결)인 시모노세키시 대표단이 방문했다"
    >>> [_tie_date_in_brackets(t, d) for d in find_ko(t, published=None)]
    [True]
    """
    opened = text.rfind("(", 0, d.start)
    closed = text.find(")", d.end)
    if opened == -1 or closed == -1 or ")" in text[opened:d.start]:
        return False
    return P.TIE_DATE_IN_BRACKETS.search(text[opened:closed]) is not None


def _background(text: str, d: When) -> bool:
    """A past agreement named as background: ``2008년 우호교류 협약을 맺은 징안구와``, ``… 체결 후``."""
    after = text[d.end:d.end + 60]
    return any(rx.match(after) for _, rx in P.BACKGROUND_AGREEMENT)


def _range_end(d: When, nxt: When) -> When:
    """The end of ``20일부터 24일까지`` (same month, or the next when the day is smaller)."""
    import datetime as _dt

    if not (re.fullmatch(r"\d{1,2}\s*일", nxt.text) and d.grain == "day"):
        return nxt
    try:
        end = When(d.value.replace(day=nxt.value.day), "day", nxt.start, nxt.end, nxt.text)
    except ValueError:
        return nxt
    if end.value < d.value:
        month = d.value.month % 12 + 1
        year = d.value.year + (1 if month == 1 else 0)
        try:
            end = When(_dt.date(year, month, nxt.value.day), "day", nxt.start, nxt.end, nxt.text)
        except ValueError:
            return nxt
    return end


def _set_date(ctx: Ctx, sent: Sentence | None, ev: EventInfo, d: When, *, end: When | None = None) -> None:
    """Give ``ev`` its start date (a day refines a month already known), and its end."""
    art = ctx.article
    ent = ctx.reading.entities.get(ev.iri)
    if ent is None:
        return
    have = ent.attrs.get("startDate")
    if have is not None and d.grain == "day" and len(str(have)) == 7 and str(have) == d.value.isoformat()[:7]:
        # 4월 … then 4월 3일: the day refines the month
        ctx.reading.facts = [f for f in ctx.reading.facts if not (f.s == ev.iri and f.p == V.SCHEMA.startDate)]
        del ent.attrs["startDate"]
    if "startDate" in ent.attrs:
        return
    if d.grain == "day" and art.published is None and not re.search(r"(19|20)\d{2}", d.text):
        ent.attrs["dateInferred"] = True
    ent.attrs["startDate"] = _literal(d)
    ctx.fact(ev.iri, V.SCHEMA.startDate, _literal(d), sent)
    if end is not None and end.value >= d.value:
        ent.attrs["endDate"] = _literal(end)
        ctx.fact(ev.iri, V.SCHEMA.endDate, _literal(end), sent)


def date_from_names(ctx: Ctx) -> None:
    """``2024 광명시 탄소중립 국제포럼``: an event the article tells of (held somewhere, attended) that no
    sentence dates, whose own name starts with its year, is held in that year. A past edition named in
    passing (``지난 2017 여주도자기축제에 초청된``) is left undated."""
    import datetime as _dt

    told = {f.s for f in ctx.reading.facts if f.p in (V.SCHEMA.location, V.SCHEMA.attendee)}
    for ev in ctx.events:
        ent = ctx.reading.entities.get(ev.iri)
        m = P.YEAR_IN_NAME.match(ev.name)
        if ent is None or m is None or "startDate" in ent.attrs or not ev.spans or ev.iri not in told:
            continue
        if any(o is not ev and ev.name.startswith(o.name + " ") and ev.name[len(o.name) + 1:] not in P.EVENT_PART_WORDS
               for o in ctx.events):
            continue  # 2024 … 국제포럼 성과 평가회: the year is the forum's, the meeting came after it (but 2019 …
            # 선수권대회 개막식, a part of the championships, is held that year)
        if P.PAST_EDITION.search(ctx.text[max(0, ev.spans[0].start - 4):ev.spans[0].start]):
            continue  # 지난 2017 여주도자기축제: a past edition named in passing
        y = int(m.group(1))
        _set_date(ctx, ctx.sentence_of(ev.spans[0].start), ev, When(_dt.date(y, 1, 1), "year", 0, 4, m.group(1)))


def _welcome_event(ctx: Ctx, sent: Sentence) -> EventInfo | None:
    """The reception a welcoming sentence (맞이했다, 환영했다, 접견했다) speaks of; made when not named."""
    if not re.search(r"맞이|맞았|환영|접견", sent.text):
        return None
    for ev in ctx.events:
        if ev.head in ("접견", "환영식", "환영회", "만찬", "만찬회", "리셉션", "오찬"):
            return ev
    m = re.search(r"맞이|맞았|환영|접견", sent.text)
    assert m is not None
    span = Span(sent.start + m.start(), sent.start + m.end())
    return add_event(ctx, "접견", "접견", span, ("접견",), bare=False)


#: two parties joined by 와/과 and closed by 간 before what they sign (``경남도유도회와 야마구치현유도협회 간 파트너십
#: 협정 체결식``): the group 간 (between) and what may stand between it and the event's name
_BETWEEN_AFTER = re.compile(r"(?:\([^()]{1,30}\))?\s*간(?:의)?\s")


#: a signing only planned (``체결할 예정이다``, ``체결할 계획``)
_PLANNED_ONLY = re.compile(r"(?:할|될)\s*(?:예정|계획)")


def _parties_between(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]], target: EventInfo) -> None:
    """``A와 B 간 파트너십 협정 체결식``: the two bodies a signing is between take part in it, once it is held (two
    cities are left to the signing reading)."""
    span = next((sp for e, sp in evs if e is target), None)
    if span is None:
        return
    ms = [m for m in ctx.in_sentence(sent, types=("City", "Organization")) if m.end <= span.start and not m.qualifier]
    for a, b in pairwise(ms):
        between = _BETWEEN_AFTER.match(ctx.text, b.end + len(b.rest or ""))
        joined = (a.rest or ctx.text[a.end:a.end + 1]) in ("와", "과") or \
            (not a.rest and _ASIDE_THEN_WITH.match(ctx.text, a.end) is not None)  # (A와, A(…)와: as _held_with reads)
        if between is None or not joined or not 0 <= span.start - between.end() <= 30 or \
                ctx.text[a.end:b.start].count(" ") > 2:
            continue
        if _PLANNED_ONLY.search(sent.text):
            return  # (남원시와 옌청시 간 협정을 체결할 예정이다: not signed yet)
        for m in (a, b):
            if m.type == "Organization":  # (two cities: the signing reading above settles them)
                ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)
                target.signer_cities.add(m.iri)


def _roles_in_sentence(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]], target: EventInfo) -> None:
    """Organiser, signing parties and attendees that one sentence names for its event."""
    host_by = P.HOST_BY.search(sent.text)
    if host_by is not None:  # 산둥성 주최로: that body holds it, whoever the subject is
        pos = sent.start + host_by.start(1)
        by = next((m for m in ctx.in_sentence(sent, types=("City", "Organization")) if m.start == pos), None)
        if by is not None:
            ctx.fact(target.iri, V.SCHEMA.organizer, by.iri, sent)
    elif len(evs) == 1 and (rel_hosts := [m for m in ctx.in_sentence(sent, types=("City", "Organization")) if not
                                          m.qualifier and P.HOSTS_RELATIVE.match(ctx.text[m.end:m.end + 40])]):
        for m in rel_hosts:  # 축제는 A와 B가 공동 주최하는 행사다: both hold it
            for host in [m, *_coordinated_before(ctx, sent, m)]:
                ctx.fact(target.iri, V.SCHEMA.organizer, host.iri, sent)
    elif HOST_VERB_RE.search(sent.text) and not _only_relative_host(sent):
        subj = _subject(ctx, sent)
        if subj is not None and P.PASSIVE_HELD.search(sent.text) and \
                (subj.rest or ctx.text[subj.end:subj.end + 2]).startswith("에서"):
            subj = None  # 대회가 곤명시에서 열렸다: the place it was held, not who held it
        if subj is not None and subj.type in ("City", "Organization"):
            ctx.fact(target.iri, V.SCHEMA.organizer, subj.iri, sent)
            for co in _coordinated_before(ctx, sent, subj):  # 목포시와 신안군은 … 공동 개최: both hold it
                ctx.fact(target.iri, V.SCHEMA.organizer, co.iri, sent)
            _held_with(ctx, sent, evs, target, subj)
    for pm in P.PRESIDED_BY.finditer(sent.text):  # 목포시의회 의장 주재 환영 오찬: the council holds it, its chair attends
        at = sent.start + pm.start("title")
        body = next((m for m in sorted(ctx.in_sentence(sent, types=("City", "Organization")), key=lambda m: -m.end)
                     if not m.qualifier and ((m.end <= at and not ctx.text[m.end:at].strip(" ")) or
                                             m.start < at < m.end)), None)  # (랴오청시장 주재: the city glued to 시장)
        holder = next((m for m in ctx.in_sentence(sent, types=("Person",)) if 0 <= at - m.end <= 14), None)
        if body is None and holder is not None and ctx.person_body.get(holder.iri) is not None:
            body_iri: URIRef | None = ctx.person_body[holder.iri]
        else:
            body_iri = body.iri if body is not None else None
        if body_iri is not None:
            ctx.fact(target.iri, V.SCHEMA.organizer, body_iri, sent)
        if holder is not None:
            ctx.fact(target.iri, V.SCHEMA.attendee, holder.iri, sent)
    quotes = [(sent.start + q.start(), sent.start + q.end()) for q in P.QUOTATION.finditer(sent.text)]
    unquoted = _outside_quotes(sent.text)  # what the sentence says outside quotes
    if target.head in SIGNING_HEADS and _SIGN_VERB.search(sent.text):
        ev_start = next((sp.start for e, sp in evs if e is target), sent.end)
        setting = next((sp for e, sp in evs if e is target and P.EVENT_AS_SETTING.match(ctx.text, sp.end) and not any(
            x.start < sp.start for x in ctx.in_sentence(sent, types=("City", "Person", "Organization")))), None)
        if setting is not None:  # 체결식에서는 A와 B가 협약을 맺었다: who signs is named after the ceremony it took place at
            signed = _SIGN_VERB.search(sent.text, setting.end - sent.start)  # (up to the signing: not 박 시장은 축사를)
            ev_start = next((sp.start for e, sp in evs if sp.start > setting.end),
                            sent.start + signed.start() if signed is not None else sent.end)
        quoted_event = next(((a, b) for a, b in quotes if a <= ev_start < b), None)
        signers = [m for m in ctx.in_sentence(sent) if m.start < ev_start and (
            quoted_event is None or quoted_event[0] <= m.start < quoted_event[1]) and (
            setting is None or m.start >= setting.end)]
        # (김 시장은 "… 협정을 체결한 뒤 …"고 말했다: the speaker, not a signer)
        named = any(m.type == "Person" for m in signers) or not P.SIGNED_NOW.search(sent.text, ev_start - sent.start)
        # (2002년 맺은 자매결연 협정에 따라: a signing named as background is no signing the cities attend now)
        signing = _signing_cities(ctx, signers)
        for m in signers:
            if m.type == "Person":
                ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)
            elif m.type == "City" and not m.qualifier and not _venue_city(ctx, m):
                ctx.fact(target.iri, V.SCHEMA.about, m.iri, sent)
                if not named and not m.via_title and m in signing:
                    ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)  # 남원시와 옌청시는 … 체결했다: both sign
                    target.signer_cities.add(m.iri)
            elif m.type == "Organization" and not named and m in signing and not _in_person_title(ctx, m):
                ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)  # A대학과 B대학이 … 협약을 맺었다: both sign
                target.signer_cities.add(m.iri)
    if target.head in SIGNING_HEADS:
        _parties_between(ctx, sent, evs, target)
    if ATTEND_RE.search(sent.text):
        _attendance(ctx, sent, target)
    elif (PARTICIPATE_RE.search(unquoted) and not re.search(r"(말했|밝혔|강조했|전했)다\.?\s*$", sent.text)) or \
            re.search(r"찾아|맞았|맞이|면담|예방", unquoted):  # (not "먼 길을 찾아 준 …"고 말했다: words quoted)
        visit = next((e for e in ctx.events if e.head == "방문" and
                      any(sent.start <= sp.start < sent.end for sp in e.spans)), None)
        for m in ctx.in_sentence(sent, types=("Person",)):  # 박선영 의장이 대표단을 맞았다, 김도윤 시장과 면담하고
            if P.MESSAGE_ONLY.match(ctx.text, m.end):
                continue  # 다카마쓰시장의 축하 서한이 대독됐다: only the letter came
            if _apposed_to_body(ctx, sent, m):
                continue  # 수원시(시장 홍길동)는 … 환담을 나누었다: the city's head named in an apposition only (not
                # 대표단(단장 응우옌반훙 부시장)은: a delegation's head, who meets)
            called = P.CALLED_ON_AFTER.match(ctx.text, m.end) is not None
            # (나카가와 시장을 예방하고 … 공연을 관람했다: the one called on met the visit, not the show)
            ctx.fact((visit or target).iri if called else target.iri, V.SCHEMA.attendee, m.iri, sent)
    _speakers_groups_awards(ctx, sent, target)
    _signed_there_too(ctx, sent, evs, target)


def _signed_there_too(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]], target: EventInfo) -> None:
    """``강병삼 시장이 … 포럼에 참가해 웨이하이시 시장과 협약을 체결했다``: the people who took part in the sentence's
    event and then sign in the same clause chain attend the signing too."""
    at = next((sp.start for e, sp in evs if e is target), None)
    if at is None or target.head in SIGNING_HEADS or not _SIGN_VERB.search(sent.text):
        return
    signings = [e for e, sp in evs if e is not target and e.head in SIGNING_HEADS and sp.start > at]
    if not signings:
        return
    sign_at = next(sp.start for e, sp in evs if e is signings[0])
    if any(re.match(r"(?:이|가|은|는|에서는)\s", m.rest + " " if m.rest else ctx.text[m.end:m.end + 4])
           for m in ctx.in_sentence(sent, types=("City", "Person", "Organization")) if at < m.start < sign_at):
        return  # (… 포럼에서는 옌타이시와 웨이하이시가 협약을 체결했다: others sign, a clause of their own)
    people = {m.iri for m in ctx.in_sentence(sent, types=("Person",)) if m.end <= at}
    came = [f.o for f in ctx.reading.facts if f.s == target.iri and f.p == V.SCHEMA.attendee and f.o in people]
    for who in came:
        ctx.fact(signings[0].iri, V.SCHEMA.attendee, who, sent)


def _outside_quotes(text: str, *, only: re.Pattern[str] | None = None) -> str:
    """``text`` with its quoted speech blanked (offsets kept); with ``only``, just the quotations it matches in.

    >>> _outside_quotes('김 의장은 "방문해 주셔서 고맙다"고 말했다.') == '김 의장은 ' + ' ' * 13 + '고 말했다.'
    True
    """
    return P.QUOTATION.sub(lambda q: " " * len(q.group(0)) if only is None or only.search(q.group(0)) else q.group(0), text)


def _only_relative_host(sent: Sentence) -> bool:
    """``27일 열린 포럼에서 수상했다``: the holding verb only qualifies the event; the subject did not hold it."""
    hosts = list(HOST_VERB_RE.finditer(sent.text))
    return bool(hosts) and not P.ACTIVE_HOST.search(sent.text) and \
        all(P.RELATIVE_HOST.search(sent.text[: h.end() + 1]) for h in hosts)


def _members_listed_as(ctx: Ctx, sent: Sentence, target: EventInfo) -> None:
    """``방문단으로는 A 시장과 B 의장, C협회 회원 등 24명이 … 출국했다``: each one listed goes on the delegation's visit."""
    if P.PLAN_UNDONE.search(sent.text) or P.TRIP_NOT_MADE.search(sent.text):
        return  # (출국할 예정이었으나 취소됐다, 출국하려 했으나 출발하지 못했다: nobody went)
    published = ctx.article.published
    if published is not None and any(int(y) < published.year for y in re.findall(r"((?:19|20)\d{2})년", sent.text)):
        return  # (2019년 첫 방문단으로는 …: an earlier delegation, not the visit told now)
    bodies = {ctx.person_body.get(m.iri) for m in ctx.in_sentence(sent, types=("Person",))}
    for ml in P.MEMBERS_LISTED_AS.finditer(sent.text):
        lo, hi = sent.start + ml.start("list"), sent.start + ml.end("list")
        for m in ctx.in_sentence(sent, types=("Person", "Organization")):
            if m.iri in bodies and not P.MEMBERS_COUNTED.match(ctx.text, m.end):
                continue  # (김선화 시의회 의장: the council of a member's title goes as its officer only)
            if P.INVITED_BY_AFTER.match(ctx.text, m.end, m.end + 20):
                continue  # (왕밍 후이저우시장의 초청을 받은 김철수 시장: the host who invited them is no member)
            if lo <= m.start < hi and not m.qualifier and not m.via_title and not _inside_org(ctx, sent, m) and \
                    not P.NOT_ATTENDING.match(ctx.text[m.end:m.end + 30]):
                ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)


def _speakers_groups_awards(ctx: Ctx, sent: Sentence, target: EventInfo) -> None:
    """Speakers (``X의 기조연설``), listed city groups (``3개 도시(A, B, C) 관계자 발표``) and award winners."""
    for sm in P.SPEAKER_ROLE.finditer(sent.text):  # 홍길동 교수가 기조연설자로 나서, 김 시장은 축사에서
        pos = sent.start + sm.start()
        who = [m for m in ctx.in_sentence(sent, types=("Person",)) if pos - 30 <= m.start < pos
               and not _in_parens(ctx, sent, m)]
        if who:
            ctx.fact(target.iri, V.SCHEMA.attendee, who[-1].iri, sent)
    for sm in P.SPEECH.finditer(sent.text):
        pos = sent.start + sm.start()
        who = [m for m in ctx.in_sentence(sent, types=("Person",)) if pos - 40 <= m.start < pos]
        if who:
            ctx.fact(target.iri, V.SCHEMA.attendee, who[-1].iri, sent)
    if P.PRESENTERS.search(sent.text) or ATTEND_RE.search(sent.text):
        for gm in P.CITY_GROUP.finditer(sent.text):
            lo, hi = sent.start + gm.start(1), sent.start + gm.end(1)
            for m in ctx.in_sentence(sent, types=("City",)):
                if lo <= m.start < hi and not m.descriptor:
                    m.qualifier = False  # 부산시, 제주도, 광양시: a province in a list of parties is one of them
                    ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)
    for rm in P.ATTEND_RELATIVE.finditer(sent.text):  # 협약식에 참석한 다나카 시장은: the head noun attended
        lo = sent.start + rm.end()
        nxt = re.search(r"(은|는|이|가|을|를|도)\s", sent.text[rm.end():])
        hi = lo + (nxt.end() if nxt else 0)
        for m in ctx.in_sentence(sent, types=("Person", "Organization", "City")):
            if lo <= m.start < hi and not m.qualifier and not m.via_title and not _inside_org(ctx, sent, m) \
                    and not P.NOT_ATTENDING.match(ctx.text[m.end:m.end + 30]) and not P.RESIDENTS.match(m.rest):
                ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)
    for sp in (sp for sp in target.spans if sent.start <= sp.start < sent.end):  # 교환식에서 A시는 …, B시는 …
        if not P.AT_EVENT.match(ctx.text, sp.end):
            continue
        for m in ctx.in_sentence(sent, types=("Person", "Organization", "City")):
            subject = re.fullmatch(r"는|은|가|이", m.rest or ctx.text[m.end:m.end + 1]) or (
                m.type == "Person" and P.TITLED_SUBJECT_AFTER.match(ctx.text, m.end))  # (… 체결식에서 X 캄페체시장은)
            if m.start > sp.end and subject and not m.qualifier and not m.via_title and not _inside_org(ctx, sent, m):
                ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)
    ra = P.ROSTER_AS.match(sent.text)
    if ra is not None:  # 방문단은 A 군수, B 회장 등 11명으로 50주년을 축하했다: each one listed took part
        for m in ctx.in_sentence(sent, types=("Person",)):
            if m.end <= sent.start + ra.end() and not P.NOT_ATTENDING.match(ctx.text[m.end:m.end + 30]) and \
                    not P.INVITED_BY_AFTER.match(ctx.text, m.end, m.end + 20):
                # (김동근 의정부시장의 초청으로 방한한 …: the host who invited them is no member)
                ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)
    _members_listed_as(ctx, sent, target)
    cm = P.COUNTED_SUBJECT.search(sent.text)
    if cm is not None and P.GROUP_ACT_AFTER.search(sent.text, cm.end()):  # A 시장을 비롯해 B 부시장, C협회 회원 등
        hi = sent.start + cm.start()  # 48명은 … 만찬을 마련하고: each one listed took part
        for m in ctx.in_sentence(sent, types=("Person", "Organization")):
            if m.start < hi and not m.qualifier and not _inside_org(ctx, sent, m) and \
                    not P.NOT_ATTENDING.match(ctx.text[m.end:m.end + 30]):
                ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)
    for pb in P.PRESENTED_BY.finditer(sent.text):  # 군산시, 웨이하이, 베이하이(北海)시의 주제발표: each presenter
        end = sent.start + pb.start()
        for m in reversed(ctx.in_sentence(sent, types=("City", "Organization", "Person"))):
            if m.end > end:
                continue
            gap = ctx.text[m.end:end]
            if not (P.LISTED_PARTY_END.fullmatch(gap) or P.LISTED_PARTY_GAP.fullmatch(gap)):
                break
            ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)
            end = m.start
    pm = P.PERFORM.search(sent.text)
    if pm is not None:  # 국악공연단 '해랑'이 축하공연을 펼쳤다: the performers took part
        for m in ctx.in_sentence(sent, types=("Organization", "Person")):
            if m.start < sent.start + pm.start() and re.match(r"['’\"”]?(이|가|은|는|의)", ctx.text[m.end:m.end + 2]):
                ctx.fact(target.iri, V.SCHEMA.attendee, m.iri, sent)
    if P.AWARD.search(sent.text):
        subj = _subject(ctx, sent)
        if subj is not None and subj.type in ("City", "Organization"):
            ctx.fact(target.iri, V.SCHEMA.attendee, subj.iri, sent)


def _target_event(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]]) -> EventInfo | None:
    """The event a sentence is about: one marked with 에/에는/에서 or 을/를 + a verb, else the first."""
    set_out = [ev for ev, sp in evs if P.TRIP_SET_OUT.match(ctx.text, sp.end)]
    if set_out and len(evs) > len(set_out):  # 방문길에 오른 … 대표단은 … 협약을 맺었다: the trip is background
        evs = [(ev, sp) for ev, sp in evs if ev not in set_out]
    for ev, sp in evs:
        after = ctx.text[sp.end:sp.end + 4]
        if re.match(r"(에는|에서는|에도|에|은|는)", after) or (re.match(r"['’\"”](에는|에서는|에도|에|은|는)", after) and
                                                          not re.match(r"\s*(?:앞서|이어|앞선|이은)", ctx.text[sp.end + 2:sp.end + 6])):
            # ('2023 세계우호도시포럼'에: the quote closed first; not '…'에 앞서 열린 만찬, '…'에 이어 열린 협약식)
            return ev
    for ev, sp in evs:
        after = ctx.text[sp.end:sp.end + 2]
        if re.match(r"(을|를|이|가)", after):
            return ev
    if evs:
        return evs[0][0]
    if ATTEND_RE.search(sent.text) and ctx.events and re.match(r"\s*(이날|이 자리|당일|행사|이번)", sent.text):
        return _named_last_before(ctx, sent.start, today=True) or ctx.events[-1]  # 이 자리에는: the event just
        # spoken of (not one of an earlier year told as history)
    if (ATTEND_RE.search(sent.text) or PARTICIPATE_RE.search(sent.text)) and ctx.events:
        visit = next((e for e in reversed(ctx.events) if e.head == "방문" and e.first < sent.start), None)
        if visit is not None and re.search(r"대표단|방문단|사절단|일행", sent.text):
            return visit  # 대표단에는 … 함께했다: the delegation's visit
        return _named_last_before(ctx, sent.start)
    if P.DELEGATION_STAY.search(sent.text) or P.ROSTER_AS.match(sent.text) or P.MEMBERS_LISTED_AS.search(sent.text):
        # 방문단은 … 머물며, 방문단은 A, B 등 11명으로 …, 방문단으로는 A, B 등 24명이 출국했다
        return _visit_before(ctx, sent)  # the delegation's visit told before
    return None


def _named_last_before(ctx: Ctx, pos: int, *, today: bool = False) -> EventInfo | None:
    """The event whose latest mention before ``pos`` is the nearest (an event named later is not yet spoken of);
    ``today``: not one of an earlier year than the article's."""
    best, best_at = None, -1
    for ev in ctx.events:
        if today and _of_an_earlier_year(ctx, ev):
            continue
        at = max((sp.start for sp in ev.spans if sp.start < pos), default=-1)
        if at > best_at:
            best, best_at = ev, at
    return best


#: a bracketed aside right after a name, then its particle (``고령군(군수 김민호)은``)
_ASIDE_THEN_PARTICLE = re.compile(r"\([^()]{1,30}\)(는|은|가|이|에서)\s")
#: a bracketed aside right after a name, then 와 or 과 (``한국자매도시협회(이하 협회)와``)
_ASIDE_THEN_WITH = re.compile(r"\([^()]{1,30}\)(?:와|과)")
#: a body's people right after its name, then 와 or 과 (``한일친선협회 관계자들과 간담회``): the body takes part
_MEMBERS_THEN_WITH = re.compile(r"\s+(?:관계자|임원|회원|직원|임직원)(?:들)?(?:와|과)")


def _held_with(ctx: Ctx, sent: Sentence, evs: list[tuple[EventInfo, Span]], target: EventInfo, subj: Mention) -> None:
    """``원주시는 허페이시와 문화교류 행사를 진행했다``: the city the subject holds the event with takes part in it, and
    holds it too when the text says so (``B와 … 캠프를 공동 개최한다``); not a city only named in the event's name."""
    span = next((sp for e, sp in evs if e is target), None)
    if span is None:
        return
    for m in ctx.in_sentence(sent, types=("City", "Organization")):
        aside = (_ASIDE_THEN_WITH.match(ctx.text, m.end) or _MEMBERS_THEN_WITH.match(ctx.text, m.end)) \
            if not m.rest else None
        if m.start <= subj.start or m.end > span.start or m.qualifier or m.via_title or \
                (aside is None and (m.rest or ctx.text[m.end:m.end + 1]) not in ("와", "과")) or m.iri == subj.iri:
            continue  # (한국자매도시협회(이하 협회)와, 한일친선협회 관계자들과: past an aside or the body's people)
        gap = ctx.text[aside.end() if aside else m.end + len(m.rest or "x"):span.start]
        if re.search(r"[은는이가을를의에]\s", gap.replace("공동으로 ", "")):
            continue  # (B와의 협약으로 생긴 행사를: another clause between)
        jointly = re.search(r"공동\s*(?:으로\s*)?(?:\S+\s+)?(?:개최|주최|주관|열|마련|진행)", sent.text[m.end - sent.start:]) \
            is not None  # (경기도와 공동으로 간담회를 열었다: it holds it too)
        ctx.fact(target.iri, V.SCHEMA.organizer if jointly else V.SCHEMA.attendee, m.iri, sent)


def _coordinated_before(ctx: Ctx, sent: Sentence, subj: Mention) -> list[Mention]:
    """Cities or organisations joined to the subject by 와/과 or a list's comma right before it (A와 B는, A, B, C가)."""
    out: list[Mention] = []
    ms = [m for m in ctx.in_sentence(sent, types=("City", "Organization")) if not m.qualifier and not m.via_title]
    i = next((k for k, m in enumerate(ms) if m is subj), None)
    while i is not None and i > 0:
        prev = ms[i - 1]
        gap = ctx.text[prev.end + 1:ms[i].start].strip(" 와과").split()
        joined = ((prev.rest in ("와", "과") or ctx.text[prev.end:prev.end + 1] in ("와", "과")) and
                  all(_locator_word(ctx, w) for w in gap)) or \
            ctx.text[prev.end + len(prev.rest):ms[i].start].strip() in (",", "·", "ㆍ")
        # (A와 미국 B는, A와 일본 구마모토현 B는: past B's locators; A, B, C가 주최하고: a list)
        if not joined:
            break
        out.append(prev)
        i -= 1
    return out




def _subject(ctx: Ctx, sent: Sentence) -> Mention | None:
    """The body a sentence is about: the first city or organisation with a subject's particle (past a bracketed
    aside: ``고령군(군수 김민호)은``), else the last of a list that opens it, else ``시는`` for the article's city."""
    for m in ctx.in_sentence(sent, types=("City", "Organization")):
        if m.qualifier or m.via_title:
            continue
        if re.match(r"(는|은|가|이|에서)$", m.rest or ctx.text[m.end:m.end + 1]) or \
                (not m.rest and _ASIDE_THEN_PARTICLE.match(ctx.text, m.end)):
            return m
        if re.fullmatch(r"와|과", m.rest or ctx.text[m.end:m.end + 1]) or \
                (not m.rest and ctx.text[m.end:m.end + 1] in (",", "·", "ㆍ")):
            continue  # 부산시와 후쿠오카시는 … 열었다, A, B, C는: the subject is the last of the list (all hold it, below)
        break
    if am := re.match(r"\s*(한편\s*,?\s*)?(시|군|구)(는|가|도)\s", sent.text):
        main = ctx.main_cities(suffix=am.group(2))
        if main:
            return Mention(sent.start, sent.start + 1, "", main[0], "City")
    return None


def _agreement_right_after(sent: Sentence, start: int, end: int, near: list[EventInfo]) -> bool:
    """``2018년 체결된 우호협약``, ``맺어진 자매결연 협정``: a signing told in the passive or the past perfect, the
    agreement itself right after it (not ``2018년 맺어진 인연으로 … 협약을 체결했다``: another noun between; not the
    second of two dates joined, ``2018년과 지난해 체결된 A 및 B``: each dates one agreement)."""
    verb = re.match(r"\s*(?:맺어진|체결된|체결했던|맺었던)\s", sent.text[end:end + 8])
    if re.search(r"(?:년|월|일)(?:과|와)\s*$", sent.text[max(0, start - 6):start]):
        return False
    return verb is not None and any(e.head in SIGNING_HEADS and sp.start == sent.start + end + verb.end()
                                    for e in near[:1] for sp in e.spans)


def _venue_city(ctx: Ctx, m: Mention) -> bool:
    """``지난시에서 열린 포럼에 참가해``: the city where something is held is the place, not a party."""
    after = m.rest if m.rest else ctx.text[m.end:m.end + 4]
    return re.match(rf"(에서|에서는|에서도|에서의)(?![{HANGUL}])|(에서|에서는)\s", after) is not None


#: a list of officers closed as delegations (``… 부시장 등 대전시의 자매 우호도시 14개 도시 대표단``): each officer's
#: city abroad sent one
_OFFICERS_OF_DELEGATIONS = re.compile(r"\s등\s+(?:[^\s.]+\s+){0,5}?(?:대표단|방문단|사절단|시장단|교류단)")


def _attendance(ctx: Ctx, sent: Sentence, ev: EventInfo) -> None:
    cues = list(ATTEND_RE.finditer(sent.text))
    assert cues
    verbs = [v for v in cues if not sent.text.startswith("자", v.end())]  # (주요 참석자로는 A, B 등이 참석했다: the
    verb = verbs[-1] if verbs else cues[-1]  # noun 참석자 opens the list; who attended is named before the verb, or
    limit = sent.start + verb.start() if verbs else sent.end  # to the end with no verb: 참석자는 A, B 등이다)
    bodies = {ctx.person_body.get(m.iri) for m in ctx.in_sentence(sent, types=("Person",))}
    ev_spans = [(sp.start, sp.end) for sp in ev.spans]
    lower = sent.start
    for a, b in ev_spans:  # 'E에 A와 B가 참석했다': who attended is named after the event
        if sent.start <= a < limit and re.match(r"['’\"”]?(에는|에도|에)\s", ctx.text[b:b + 5]) and \
                any(b < m.start < limit for m in ctx.in_sentence(sent, types=("Person", "Organization", "City"))):
            lower = b
    mutual = bool(P.MUTUAL.search(sent.text[max(0, verb.start() - 8):verb.start()]))
    group_subject = P.DELEGATION_SUBJECT.search(sent.text[: verb.start()])
    visit = next((e for e in ctx.events if e.head == "방문" and e is not ev and
                  any(sent.start <= sp.start < sent.end for sp in e.spans)), None)
    quoted = [(q.start(), q.end()) for q in re.finditer(r"[\"“][^\"”]*[\"”]", sent.text)]
    negated = [c for c in cues if P.ATTENDANCE_DENIED.match(sent.text, c.end())
               and not any(a <= c.start() < b for a, b in quoted)]  # (not words quoted: "참석하지 못한 시민들")
    for m in ctx.in_sentence(sent, types=("Person", "Organization", "City")):
        first_cue = next((c for c in cues if c.start() >= m.end - sent.start), None)
        if first_cue is not None and first_cue in negated:
            continue  # 시장은 일정 때문에 참석하지 못했고: who could not come is no guest
        if m.type == "City" and m.iri in bodies and lower <= m.start < limit and not m.qualifier and \
                "/city/kr/" not in str(m.iri) and _OFFICERS_OF_DELEGATIONS.search(ctx.text, m.end, limit):
            ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)  # 시안 리밍위안 시장, … 등 자매도시 대표단이 참석: the
            continue  # city whose officer leads its delegation takes part too
        if m.start >= limit or m.start < lower or m.qualifier or m.via_title or m.descriptor or (
                m.iri in bodies and not (m.type == "Organization" and P.MEMBERS_COUNTED.match(ctx.text, m.end)) and
                not (m.type == "City" and P.OFFICIALS_COUNTED.match(ctx.text, m.end))):
            continue  # (회장을 비롯한 A협회 회원 5명이 참석, 부시장을 비롯한 A시 관계자 15명이 참석: the body its head
            # leads takes part too)
        if any(a <= m.start < b for a, b in ev_spans) and not mutual:
            continue
        if m.type == "Person" and P.MESSAGE_ONLY.match(ctx.text, m.end):
            continue  # 기념식에는 … 참석했고, 오니시 시장의 축하 메시지가 전달됐다: only the message came
        if m.type == "Person" and P.CALLED_ON_AFTER.match(ctx.text, m.end):
            if visit is not None:  # 나카가와 시장을 예방하고 … 공연을 관람했다: the one called on met the visit
                ctx.fact(visit.iri, V.SCHEMA.attendee, m.iri, sent)
            continue
        if m.type == "Organization" and re.match(r"(?:에서|에서의|에서는)\s", ctx.text[m.end:m.end + 5]):
            continue  # 교류단은 양주시립도서관에서 … 개관식에 참석했다: the place it was held, no guest
        if P.NOT_ATTENDING.match(ctx.text[m.end:m.end + 30]) or _inside_org(ctx, sent, m) or \
                (m.type == "City" and (P.RESIDENTS.match(m.rest) or _venue_city(ctx, m) or
                                       P.VISITED_PLACE.match(ctx.text, m.end))):
            continue  # 협의회와 전라남도의 추천으로 참가: who recommends does not take part (덴리시를 방문해 … 참여:
            # the place visited is not who takes part)
        if m.type == "City" and _sent_to(ctx, m) and P.SENT_TO_VERB.search(sent.text):
            continue  # 보령시는 … 일본 후지사와시에 … 대표단을 파견했다: where the delegation is sent hosts it, no guest
        if group_subject is not None and m.type == "City" and m.start < sent.start + group_subject.start() and \
                re.match(r"^(는|은)$", m.rest or ctx.text[m.end:m.end + 1]):
            continue  # 보은군은 … 대표단 7명이 개막식에 참석했다고 밝혔다: the reporting host is not the guest
        if m.type in ("City", "Organization") and P.HOSTS_RELATIVE.match(ctx.text[m.end:m.end + 40]):
            ctx.fact(ev.iri, V.SCHEMA.organizer, m.iri, sent)  # 오타시가 주최하는 축제에 참석: the host, no guest
            continue
        owner = re.match(r"(?:시|군|구)?의\s", m.rest + " " if m.rest else ctx.text[m.end:m.end + 3])
        if m.type == "City" and owner is not None and ev.head not in P.VISIT_WORDS and any(
                0 <= a - (m.end + (len(m.rest) if m.rest else 0)) <= 2 for a, _ in ev_spans):
            ctx.fact(ev.iri, V.SCHEMA.organizer, m.iri, sent)  # 다카시마시의 축제에 방문단을 파견: its festival, no guest
            continue
        if m.type == "Organization" and re.match(r"\s*\d+\s*개\s*(도시|국|시군|지자체|기관)", ctx.text[m.end:m.end + 10]):
            m.descriptor = True
            continue
        ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)
    sender = _earlier_sender(ctx, sent, None)
    if sender is not None:  # 대표단은 … 환영 만찬에 참석했고: the delegation's city takes part
        ctx.fact(ev.iri, V.SCHEMA.attendee, sender.iri, sent)
    before = sent.text[: verb.start()]
    counts = list(_COUNT.finditer(before))
    if counts:
        c = counts[-1]
        ent = ctx.reading.entities.get(ev.iri)
        if ent is not None and "attendeeCount" not in ent.attrs:
            n = int(c.group(1).replace(",", ""))
            approx = bool(c.group(2)) or "약" in c.group(0) or bool(re.search(r"가량|정도|내외", c.group(0)))
            ent.attrs["attendeeCount"] = n
            ent.attrs["attendeeCountApproximate"] = approx
            ctx.fact(ev.iri, V.attendeeCount, Literal(n), sent)
            ctx.fact(ev.iri, V.attendeeCountApproximate, Literal(approx), sent)


_GOVERNMENT_SIGNS = re.compile(r"\s+(\S+?)(?:와|과|는|은|가|이)\s")


def _signing_cities(ctx: Ctx, found: list[Mention]) -> list[Mention]:
    """The cities that sign in their own name: with a subject's or partner's particle (``남원시와 옌청시는``), and
    the cities listed before one of them (``중국 베이징, 상하이와``); not a pair named as the agreement's
    (``대구시와 부하라주 간 협정``)."""
    cities = [m for m in found if m.type in ("City", "Organization") and not m.qualifier]
    lead = {id(m): _lead_start(ctx, m, found) for m in cities}  # (A시, 흑룡강성 B시와: the list joins B's locators)
    out: list[Mention] = []
    for i in range(len(cities) - 1, -1, -1):
        m = cities[i]
        own = P.SIGNER_PARTICLE.fullmatch(m.rest or ctx.text[m.end:m.end + 1]) is not None and \
            not P.PAIR_BETWEEN.match(ctx.text, m.end + 1)
        gov = _GOVERNMENT_SIGNS.match(ctx.text, m.end) if m.type == "City" and not m.rest else None
        if gov is not None and P.GOVERNMENT_UNIT.match(gov.group(1)):
            own = True  # 떠이닌성 인민위원회와 … 협약을 체결했다: the province signs through its government
        listed = not m.rest and i + 1 < len(cities) and cities[i + 1] in out and \
            P.SIGNER_LIST_JOINER.fullmatch(ctx.text[m.end:lead[id(cities[i + 1])]]) is not None
        if own or listed:
            out.append(m)
    return out


def _lead_start(ctx: Ctx, m: Mention, found: list[Mention]) -> int:
    """Where a place's name begins with the country and regions written before it (``한국 충청북도 충주시``)."""
    start = m.start
    for q in sorted((x for x in found if x.qualifier or x.type == "Country"), key=lambda x: -x.start):
        if q.end <= start and not ctx.text[q.end:start].strip(" "):
            start = q.start
    return start


def _in_person_title(ctx: Ctx, m: Mention) -> bool:
    """The body names a person's post (``김가온 오사카한인회 회장``): the person signs, not the body."""
    return any(x.type == "Person" and 0 <= x.start - m.end <= 12 for x in ctx.mentions) or \
        re.match(r"\s*(?:\S+\s+)?\S*(?:회장|원장|총장|대표|이사장|위원장|단장|관장|소장)", ctx.text[m.end:m.end + 16]) is not None


def return_visits(ctx: Ctx, sent: Sentence) -> None:
    """``지난달 오타시가 방문단을 남원시로 보내 … 함께한 데 대한 답방``: the return visit is made by the place the
    earlier visit went to (남원시), never by the one that sent it (오타시)."""
    said = P.RETURN_VISIT_FOR.search(sent.text)
    ev = next((e for e in ctx.events if e.head == "답방" and any(sent.start <= sp.start < sent.end for sp in e.spans)),
              None)
    if said is None or ev is None:
        return
    before = [x for x in ctx.in_sentence(sent, types=("City",)) if x.start < sent.start + said.start() and not x.qualifier]
    dest = next((x for x in before if P.EARLIER_DESTINATION.match(ctx.text, x.end)), None)
    if dest is None:
        return
    senders = {x.iri for x in before if x.iri != dest.iri}
    ctx.reading.facts[:] = [f for f in ctx.reading.facts
                            if not (f.s == ev.iri and f.p == V.SCHEMA.attendee and f.o in senders)]
    ctx.fact(ev.iri, V.SCHEMA.attendee, dest.iri, sent)


def delegation_make_up(ctx: Ctx, sent: Sentence) -> None:
    """``… 방문단을 초청해 기념식을 열었다. 방문단은 광저우시와 센다이시 공무원 10명으로 구성됐다``: a sentence that
    only says what a delegation told of before is made of sends its cities to the visit told in the two sentences
    before (a sentence with an event of its own is read as such)."""
    made = P.DELEGATION_MADE_UP.match(sent.text) or P.MEMBERS_BEFORE_DELEGATION.match(sent.text)
    if made is None or any(sent.start <= sp.start < sent.end for e in ctx.events for sp in e.spans):
        return  # (A 군수 등 9명으로 구성된 이번 교류단은 …: the members named first, too)
    if made.re is P.MEMBERS_BEFORE_DELEGATION and re.search(r"[\uac00-\ud7a3](?:는|은|이|가)(?:\s|$)", made.group("who")):
        return  # (A 군수는 20명으로 구성된 교류단이 …: the topic speaks of the group, it is no member)
    before = [s for s in ctx.sentences if s.end <= sent.start][-2:]
    visit = next((e for e in reversed(ctx.events) if e.head in P.VISIT_WORDS and any(
        b.start <= sp.start < b.end for b in before for sp in e.spans)), None)
    if visit is None:
        return
    who = "who" if made.re is P.MEMBERS_BEFORE_DELEGATION or made.group("who") is not None else "who2"
    lo, hi = sent.start + made.start(who), sent.start + made.end(who)
    for x in ctx.in_sentence(sent, types=("City", "Person")):
        if lo <= x.start < hi and not x.qualifier:
            ctx.fact(visit.iri, V.SCHEMA.attendee, x.iri, sent)  # (its cities and its members named: 김가온 군수와
            # 박도윤 과장 등 12명으로 구성됐다)


def arranged(ctx: Ctx, sent: Sentence) -> None:
    """``이번 방문은 한국국제교류재단의 주선으로 이뤄졌으며``: the body that arranges a visit or an event organises it
    (the event of the sentence, else the one it refers back to)."""
    for m in P.ARRANGED_BY.finditer(sent.text):
        at = sent.start + m.start()
        who = next((x for x in ctx.in_sentence(sent, types=("City", "Organization")) if x.end == at and not x.qualifier),
                   None)
        if who is None:
            continue
        here = [e for e in ctx.events if any(sent.start <= sp.start < sent.end for sp in e.spans)]
        ev = here[0] if here else (_named_last_before(ctx, sent.start) if P.THIS_EVENT_BEFORE.search(
            sent.text, 0, m.start()) else None)
        if ev is not None and ev.iri in ctx.reading.entities:
            ctx.fact(ev.iri, V.SCHEMA.organizer, who.iri, sent)


def visits(ctx: Ctx, sent: Sentence) -> None:
    """``A(대표단)이 B를 방문했다``: a visit event with the visitors as attendees, held at B.

    Also ``B를 오는 12일부터 21일까지 방문``, ``B를 첫 방문해`` (words between the place and the verb),
    ``B를 방문 중인 C 대표단`` (the visitors named after the verb) and ``C 대표단을 초청해`` (an
    invited delegation visits its host).
    """
    if P.is_caption(sent.text) or P.PLAN_UNDONE.search(sent.text):
        return  # (… 방문할 예정이었으나 취소됐다: no visit)
    _senders_act(ctx, sent)
    unquoted = _outside_quotes(sent.text)  # (a speaker's "… 방문해 주신": no visit)
    m = next((v for v in P.VISIT_VERB.finditer(unquoted)
              if not P.ONLINE_PLACE.search(v.group(1)) and (v.group(2) or (any(  # (a bare 방문, only after a place,
                  x.type == "City" and x.end == sent.start + v.end(1) for x in ctx.mentions) and  # and not put off)
                  not P.PUT_OFF_AFTER.match(unquoted, v.end()))) and (v.group("word") == "방문" or (v.group("word") and P.CALLED_ON.search(v.group(1))) or (
                  v.group("found") and _found_place(ctx, sent, v)))), None)
    if not m:
        _invited_visit(ctx, sent)
        _dispatched_visit(ctx, sent)
        _departed_visit(ctx, sent)
        _hosted_visit(ctx, sent)
        _ended_visit(ctx, sent)
        _visit_to_korea(ctx, sent)
        return
    obj_end = sent.start + m.start(1) + len(m.group(1))
    obj_start = _object_chain_start(sent, sent.start + m.start(1), m.group(1), locator=lambda w: _locator_word(ctx, w))
    rel = P.VISIT_RELATIVE.match(sent.text[m.end():]) if m.group("verb") in ("중", "한") or \
        m.group("fverb") == "은" else None
    who_after = P.VISITORS_NAMED_AFTER.match(sent.text, m.end()) if rel is None and m.group("verb") in ("하", "한") \
        else None
    visitors: list[Mention] = []
    if who_after is not None:  # 대전을 방문하는 도시는 일본 삿포로시, 중국 시안시 … 등 5개 도시다: the cities named after
        visitors = [x for x in ctx.in_sentence(sent, types=("City", "Person", "Organization"))
                    if x.start >= sent.start + who_after.end() and not x.qualifier]
        if not visitors:
            return
        rel = who_after
    elif rel is not None:  # 성동구를 방문 중인 몽골 바이양걸구 대표단: the visitors come after the verb
        lo, hi = sent.start + m.end(), sent.start + m.end() + rel.end()
        made = P.COMPOSED_OF.match(sent.text, m.end() + rel.end())
        if made is not None and not any(lo <= x.start < hi for x in ctx.in_sentence(sent, types=("City", "Person"))):
            lo, hi = sent.start + made.start("who"), sent.start + made.end("who")  # 수원을 찾은 대표단은 A·B, C 등으로
            # 구성됐다: the delegation's make-up names the visitors
        visitors = [x for x in ctx.in_sentence(sent, types=("City", "Person", "Organization"))
                    if lo <= x.start < hi and not x.qualifier]
        if not visitors:
            return  # 보령을 방문한 자매도시 대표단을 초청해: a delegation no name says, not the topic, visited
    if rel is None:
        visitors = [x for x in ctx.in_sentence(sent, types=("City", "Person", "Organization"))
                    if _visitor_span(ctx, sent, obj_start)[0] <= x.start < obj_start and not x.qualifier
                    and not _in_parens(ctx, sent, x) and not P.NOT_ATTENDING.match(ctx.text[x.end:x.end + 30])
                    and not P.WENT_HOME_AFTER.match(ctx.text, x.end)  # (… 귀국하고 … 방문한다: gone home)
                    and not P.PARTNERS_OF_AFTER.match(ctx.text, x.end)]  # (A시의 자매도시 대표단이: the partners go)
    if rel is None:  # 난닝시 부시장을 단장으로 한 대표단 8명이 … 방문했다: the delegation's own phrase
        for dm in P.DELEGATION.finditer(sent.text):  # (not a delegation an earlier clause sends elsewhere: A와 B에
            if P.SENT_ELSEWHERE.match(sent.text, dm.end()):  # 교류단을 파견하고 C의 교류단이 포천을 방문한다)
                continue
            if sent.start + dm.start() < obj_start:
                visitors += [x for x in _delegation_members(ctx, sent, sent.start + dm.start()) if x not in visitors]
    sites = [x for x in visitors if x.type in ("Organization", "Place") and
             P.LISTED_BEFORE_VISITED_SITES.match(ctx.text[x.end:obj_end])]
    visitors = [x for x in visitors if x not in sites]  # A그룹, B그룹 등을 방문해: the bodies visited, no visitors
    if not visitors and rel is None:  # 전주시의회는 … 의원 7명이 가나자와시를 방문했다: the topic leads the visit
        visitors = [x for x in ctx.in_sentence(sent, types=("City", "Person", "Organization"))
                    if x.start < obj_start and not x.qualifier and re.match(r"^(는|은)$", x.rest or
                                                                           ctx.text[x.end:x.end + 1])][:1]
    if not visitors and (rel is not None or not P.BARE_DELEGATION_OPENING.match(sent.text)):
        return  # (교류단은 … 방문해: the city an earlier sentence sent it from, below)
    if rel is None:
        for x in ctx.in_sentence(sent, types=("Person",)):  # 남궁민철 의장을 단장으로 한 방문단: the leader goes too
            if x.start < obj_start and x not in visitors and not _in_parens(ctx, sent, x) and \
                    not P.WENT_HOME_AFTER.match(ctx.text, x.end):
                visitors.append(x)
    chain = sorted((x for x in ctx.mentions if x.type in ("City", "Place") and obj_start <= x.start < obj_end),
                   key=lambda x: x.start)
    listed = [x for x in visitors if x.type == "City" and P.LISTED_BEFORE_VISITED_GROUP.match(ctx.text[x.end:obj_end])]
    if listed and not chain:  # 베트남 후에시, 일본 오타시 … 등 3개국 상호결연도시를 방문: the cities listed are visited
        visitors = [x for x in visitors if x not in listed]
        chain = listed
    # 후쿠오카현 무나카타시를 방문: a region only locates the city after it, which is the place visited
    place = next((x for x in reversed(chain) if not x.qualifier), chain[-1] if chain else None)
    if place is not None:  # 양구군 … 교류단이 양구군을 방문: the place visited is no visitor
        visitors = [x for x in visitors if x.iri != place.iri]
    own = [i for i in (ctx.main_cities(suffix=m.group(1)) if place is None and m.group(1) in P.OWN_LEVEL_WORDS else [])
           if i in ctx.gz.by_iri and ctx.gz.by_iri[i].name_ko.endswith(m.group(1))][:1]
    if own:  # 보령시는 … 교류단이 시를 방문했다고 밝혔다: the article's own city was visited, it is no visitor
        visitors = [x for x in visitors if x.iri != own[0]]
    if rel is None and place is not None and not any(x.type == "City" for x in visitors):
        sender = _topic_sender(ctx, sent, obj_start, place) or _earlier_sender(ctx, sent, place)
        if sender is not None:  # 경산시는 … 시장을 비롯한 방문단이 조요시를 방문했다: the topic sent them
            visitors.insert(0, sender)
    unnamed = not visitors and place is not None and rel is None and \
        P.DELEGATION_SUBJECT.search(ctx.text[sent.start:obj_start]) is not None
    if not visitors and not unnamed:
        return
    if unnamed and place is not None:  # 일본 자매도시 학생 방문단 20명이 … 영주시를 방문한다: visitors no name says
        name = f"{_first_surface(ctx, place)} 방문"
    else:
        first = next((x for x in visitors if x.type == "City"), visitors[0])
        name = f"{_first_surface(ctx, first)} 방문" if place is None else \
            f"{_first_surface(ctx, first)} {_first_surface(ctx, place)} 방문"  # 대구시 … 대구: one place, one visit
    vpos = m.start("word") if m.group("word") else m.start("found")  # (찾아: the verb's own position)
    span = Span(sent.start + vpos, sent.start + vpos + 2)
    again = _same_visit_again(ctx, sent, visitors, place, obj_start)
    if again is not None:  # 존 밀러 시장을 포함한 총 7명의 대표단은 보령시청을 방문해: the delegation's visit told before
        for x in visitors:
            ctx.fact(again.iri, V.SCHEMA.attendee, x.iri, sent)
        return
    ev = add_event(ctx, name, "방문", span, tuple(name.split()), bare=False)
    for x in visitors:  # the visiting city and its people (미야자키시, 기요야마 토모노리 시장)
        ctx.fact(ev.iri, V.SCHEMA.attendee, x.iri, sent)
    if place is not None:
        for x in chain:  # 쓰야마시와 … 뤄양시를 잇따라 방문: each city joined in the chain was visited
            if x.type == "City" and not x.qualifier and x.iri != place.iri and \
                    re.match(r"(?:와|과|,|·|및)", x.rest or ctx.text[x.end:x.end + 1]):
                ctx.fact(ev.iri, V.SCHEMA.location, x.iri, sent)
        ctx.fact(ev.iri, V.SCHEMA.location, place.iri, sent)
    elif own:
        ctx.fact(ev.iri, V.SCHEMA.location, own[0], sent)
    elif m.group(1) in ("군청", "시청", "구청", "도청"):
        main = ctx.main_cities()
        key = main[0].rsplit("/", 1)[-1] if main else None
        piri = minted("place", key, m.group(1)) if key else minted("place", m.group(1))
        ctx.entity(Entity(piri, "Place", m.group(1), mentions=[Span(obj_start, obj_end)]))
        ctx.mentions.append(Mention(obj_start, obj_end, m.group(1), piri, "Place", "place"))
        ctx.fact(ev.iri, V.SCHEMA.location, piri, sent)
        if main:
            ctx.fact(piri, V.SCHEMA.containedInPlace, main[0], sent)
    _date_event(ctx, sent, [(ev, span)], ev)


def _same_visit_again(ctx: Ctx, sent: Sentence, visitors: list[Mention], place: Mention | None,
                      obj_start: int) -> EventInfo | None:
    """The visit an earlier sentence told to the same place, when this one names the delegation again by its people
    only (``X 시장을 포함한 … 대표단은 보령시청을 방문해``): one visit, not a second."""
    if place is None or not visitors or any(x.type == "City" for x in visitors) or \
            not P.DELEGATION.search(ctx.text[sent.start:obj_start]):
        return None
    return next((e for e in reversed(ctx.events) if e.head == "방문" and e.first < sent.start and any(
        f.s == e.iri and f.p == V.SCHEMA.location and f.o == place.iri for f in ctx.reading.facts)), None)


def _found_place(ctx: Ctx, sent: Sentence, v: re.Match[str]) -> bool:
    """Whether the object of ``찾다`` is a place a city names: ``나가노시를 찾아`` (a place word ending
    the name), or a city written short and whole, ``정읍을 찾는다`` (not ``해법을 찾아``)."""
    lo = sent.start + v.start(1)
    hi = lo + len(v.group(1))
    cities = ctx.in_sentence(sent, types=("City",))
    if P.FOUND_OFFICE.match(v.group(1)):
        return P.VISITORS_BEFORE_OFFICE.search(sent.text, 0, v.start(1)) is not None  # (시민 200여명이 시청을 찾아
        # 항의했다: no visit)
    if P.FOUND_PLACE.search(v.group(1)):
        return any(x.start <= hi - 1 < x.end + 3 for x in cities)
    return any(x.start == lo and x.end == hi and not x.qualifier for x in cities)


def _first_surface(ctx: Ctx, m: Mention) -> str:
    """How the article first writes the entity ``m`` names (``대구시`` for a later ``대구``)."""
    return min((x for x in ctx.mentions if x.iri == m.iri), key=lambda x: x.start, default=m).surface


def _invited_visit(ctx: Ctx, sent: Sentence) -> None:
    """``횡성군은 X장을 단장으로 한 대표단 5명을 초청해``: the invited delegation visits the host."""
    inv = P.INVITED.search(sent.text)
    if inv is None:
        return
    members = _delegation_members(ctx, sent, sent.start + inv.start())
    span = Span(sent.start + inv.start(), sent.start + inv.end())
    ev = add_event(ctx, "방문", "방문", span, ("방문",), bare=False)
    for x in members:
        ctx.fact(ev.iri, V.SCHEMA.attendee, x.iri, sent)
    host = _subject(ctx, sent)
    if host is not None and host.type in ("City", "Organization") and host not in members:
        ctx.fact(ev.iri, V.SCHEMA.organizer, host.iri, sent)
    _date_event(ctx, sent, [(ev, span)], ev)
    nxt = min(((sp.start, sp.end, e) for e in ctx.events if e.iri != ev.iri for sp in e.spans
               if span.end <= sp.start < min(sent.end, span.end + 20)), key=lambda t: t[0], default=None)
    if nxt is not None and P.HELD_FOR_GUESTS.match(ctx.text, nxt[1]):
        for x in members:  # ○○시 방문단을 초청해 환영 만찬을 열었다: the guests invited attend what is held for them
            ctx.fact(nxt[2].iri, V.SCHEMA.attendee, x.iri, sent)  # right after (not a later clause's)


def _names_an_event(ctx: Ctx, sent: Sentence) -> bool:
    """The sentence already names an event of its own (which then takes its people)."""
    return any(sent.start <= sp.start < sent.end for ev in ctx.events for sp in ev.spans)


def _hosted_visit(ctx: Ctx, sent: Sentence) -> None:
    """``거제시는 7일 일본 사세보시 방문단을 맞아 … 논의했다``: a delegation welcomed is visiting its host; the visit is
    an event of the sentence's date, attended by the city that sent it, held in the host's city. Only when the
    sentence names no event of its own (``방문단을 맞아 환영식을 열었다``: the reception is the event)."""
    h = P.HOSTS_DELEGATION.search(sent.text)
    if h is None or _names_an_event(ctx, sent):
        return
    members = _delegation_members(ctx, sent, sent.start + h.start())
    host = _subject(ctx, sent)
    host = host if host is not None and host.type == "City" and host not in members else None
    if host is None and not members:
        return
    sender = next((x for x in members if x.type == "City"), None)
    parts = [_first_surface(ctx, x) for x in (sender, host) if x is not None]
    name = " ".join([*parts, "방문"])
    span = Span(sent.start + h.start("verb"), sent.start + h.end("verb"))
    ev = add_event(ctx, name, "방문", span, tuple(name.split()), bare=False)
    for x in members:
        ctx.fact(ev.iri, V.SCHEMA.attendee, x.iri, sent)
    if host is not None:
        ctx.fact(ev.iri, V.SCHEMA.location, host.iri, sent)
    _date_event(ctx, sent, [(ev, span)], ev)


def _ended_visit(ctx: Ctx, sent: Sentence) -> None:
    """``리버사이드시 대표단이 보령에서의 3박 4일 일정을 마무리하고 12일 출국했다``: the delegation's visit, told by its end;
    held in the place named (else the article's own city), ending on the day given and starting the nights before."""
    e = P.VISIT_ENDED.search(sent.text)
    dm = P.DELEGATION.search(sent.text)
    if e is None or dm is None or dm.start() > e.start() or _names_an_event(ctx, sent):
        return
    members = _delegation_members(ctx, sent, sent.start + dm.start())
    at = sent.start + e.start("place") if e.group("place") else None
    place = next((x for x in ctx.in_sentence(sent, types=("City",)) if at is not None and x.start == at), None)
    place_iri = place.iri if place is not None else next(iter(ctx.main_cities()), None)
    if not members or place_iri is None or any(x.iri == place_iri for x in members):
        return
    sender = next((x for x in members if x.type == "City"), members[0])
    host = ctx.gz.by_iri.get(place_iri)
    name = " ".join([_first_surface(ctx, sender), *([host.name_ko] if host is not None and host.name_ko else []), "방문"])
    span = Span(sent.start + e.start("verb"), sent.start + e.end("verb"))
    ev = add_event(ctx, name, "방문", span, tuple(name.split()), bare=False)
    for x in members:
        ctx.fact(ev.iri, V.SCHEMA.attendee, x.iri, sent)
    ctx.fact(ev.iri, V.SCHEMA.location, place_iri, sent)
    art = ctx.article
    days = [d for d in find_ko(sent.text, published=art.published, tense="past") if d.grain == "day"
            and d.start > e.start()]
    if days:
        end = days[0]
        if e.group("n"):
            first = end.value - _dt.timedelta(days=int(e.group("n")))
            _set_date(ctx, sent, ev, When(first, "day", end.start, end.end, end.text, inferred=True), end=end)
        else:
            _set_date(ctx, sent, ev, When(end.value.replace(day=1), "month", end.start, end.end, end.text), end=end)


def _dispatched_visit(ctx: Ctx, sent: Sentence) -> None:
    """``남원시는 … 대표단을 … 일본 오타시에 파견한다``: the delegation sent visits the place it is sent to, for the
    city that sends it (and the person who leads it)."""
    d = P.DISPATCHED_TO.search(sent.text)
    if d is None or P.NOT_DISPATCHED.match(sent.text, d.start("verb")):
        return  # 파견하지 못했다, 파견할 계획이었으나 취소했다: no visit
    verb = sent.start + d.start("verb")
    place = next((x for x in ctx.in_sentence(sent, types=("City",)) if sent.start + d.start() < x.start and
                  not x.qualifier and re.fullmatch(r"(?:시|군|구)?(?:에|에도|으로|로)\s+", ctx.text[x.end:verb])), None)
    if place is None:  # 남원시는 오타와라시에 대표단을 16∼20일 일정으로 파견했다: the place named before the delegation
        place = next((x for x in ctx.in_sentence(sent, types=("City",)) if x.start < sent.start + d.start() and
                      not x.qualifier and re.fullmatch(r"(?:시|군|구)?(?:에|에도)", x.rest or "") and
                      re.fullmatch(r"\s+", ctx.text[x.end + len(x.rest or ""):sent.start + d.start()])), None)
    if place is None:
        return
    nearest = [x for x in ctx.in_sentence(sent, types=("City",)) if x.start < sent.start + d.start() and
               re.match(r"^(는|은|이|가)$", x.rest or ctx.text[x.end:x.end + 1])]
    sender = nearest[-1] if nearest else _subject(ctx, sent)  # 남원시는 … 대표단을 … 파견한다: the topic sends it
    # (the nearest before the delegation: 화성시와 오타시는 …을 맺었으며, 화성시는 … 교류단을 오타시에 파견할: 화성시)
    if sender is None or sender.type != "City" or sender.iri == place.iri:
        return
    members = [x for x in _delegation_members(ctx, sent, sent.start + d.start()) if x.iri != place.iri]
    _sent_visit(ctx, sent, Span(sent.start + d.start("verb"), sent.start + d.end("verb")), sender, place, members)


def _sent_visit(ctx: Ctx, sent: Sentence, span: Span, sender: Mention, place: Mention,
                members: list[Mention] | None = None) -> None:
    """The visit of ``sender`` (and the members of its group) to ``place``, told at ``span``, dated by the sentence."""
    name = f"{_first_surface(ctx, sender)} {_first_surface(ctx, place)} 방문"
    ev = add_event(ctx, name, "방문", span, tuple(name.split()), bare=False)
    for x in [sender, *[x for x in members or () if x.iri != sender.iri]]:
        ctx.fact(ev.iri, V.SCHEMA.attendee, x.iri, sent)
    ctx.fact(ev.iri, V.SCHEMA.location, place.iri, sent)
    _date_event(ctx, sent, [(ev, span)], ev)


def _visit_to_korea(ctx: Ctx, sent: Sentence) -> None:
    """``오리건주의 존 스미스 주지사를 비롯한 … 대표단 15명이 방한했다``: a delegation from abroad that visits Korea (방한),
    no town named as visited, makes a visit attended by the places abroad and the people named before its word, when
    the sentence names no other event."""
    v = P.VISITED_KOREA.search(_outside_quotes(sent.text))
    if v is None or P.PLAN_UNDONE.search(sent.text) or re.search(r"무산|취소|연기|요청|희망|바란다", sent.text) or any(
            sent.start <= sp.start < sent.end for e in ctx.events for sp in e.spans):
        return
    cut = sent.start + v.start("d")
    before = [x for x in ctx.in_sentence(sent, types=("City", "Person", "Organization"))
              if x.start < cut and "/city/kr/" not in str(x.iri)]
    visitors = [x for x in before if not x.qualifier] if any(x.type == "City" and not x.qualifier for x in before) \
        else before  # (오리건주의 … 대표단: the state that only locates elsewhere sends the delegation here)
    if not any(x.type == "City" for x in visitors):
        return  # (시 대표단이 방한한 손님을 맞았다: no sender abroad)
    first = next(x for x in visitors if x.type == "City")
    name = f"{_first_surface(ctx, first)} 방한"
    span = Span(sent.start + v.start("verb"), sent.start + v.end("verb"))
    ev = add_event(ctx, name, "방문", span, tuple(name.split()), bare=False)
    for x in visitors:
        ctx.fact(ev.iri, V.SCHEMA.attendee, x.iri, sent)
    _date_event(ctx, sent, [(ev, span)], ev)


def _departed_visit(ctx: Ctx, sent: Sentence) -> None:
    """``제천시 청소년 15명이 … 크라이스트처치시로 문화체험을 떠난다``: those who leave for a city visit it, for the
    city the sentence is about, when the sentence names no event they go to (not a delegation going home: ``A시
    대표단은 … A시로 향했다``)."""
    d = P.DEPARTED_TO.search(sent.text) or P.ARRIVED_AT.search(sent.text)  # (… 홍천에 도착해: arriving, too)
    if d is None or ctx.in_sentence(sent, types=("Event",)) or not P.DEPARTING_GROUP.search(sent.text, 0, d.start()):
        return  # (우토시로 출국해 기념식에 참석한다: the trip is to the event the sentence names)
    place = next((x for x in ctx.in_sentence(sent, types=("City",)) if not x.qualifier and
                  ctx.text[x.end:sent.start + d.start()] in ("", "시", "군", "구")), None)
    group = P.DEPARTING_GROUP.search(sent.text, 0, d.start())
    own = next((x for x in ctx.in_sentence(sent, types=("City",)) if group is not None and not x.qualifier and
                ctx.text[x.end:sent.start + group.start()].strip() in ("", "시", "군", "구")), None)
    sender = own or _subject(ctx, sent) or next((x for x in ctx.in_sentence(sent, types=("City",)) if not x.qualifier
                                                 and place is not None and x.end <= place.start), None)
    # (… 산후안시 방문단은 이날 홍천에 도착해: the group's own city, before its noun, sends it)
    if place is None or sender is None or sender.type != "City" or sender.iri == place.iri:
        return
    _sent_visit(ctx, sent, Span(sent.start + d.start("verb"), sent.start + d.end("verb")), sender, place)


def staff_postings(ctx: Ctx, sent: Sentence) -> None:
    """``파견된 공무원은 쉬단 부주임과 천이한이다``, ``최신영 주사가 장자제시로 파견되어 연수를 진행한다``, ``A와 B를 …
    상호 파견하기로 했다``: the officials posted to a partner city take part in the exchange (the event the sentence
    names, else the posting itself), with the city each one serves; the city they go to is no party, nor is who
    sends them or tells of it (``… 파견했다고 김가온 시장이 밝혔다``)."""
    said = _outside_quotes(sent.text)  # ("… 공무원들의 교환근무를 통해 …"고 전했다: a wish quoted, no posting)
    post = P.STAFF_POSTED.search(said)
    if post is None or not P.STAFF_NOUN.search(said) or P.NOT_DISPATCHED.match(said, post.start("verb")) \
            or P.is_caption(sent.text):
        return
    people = [m for m in ctx.in_sentence(sent, types=("Person",)) if not P.NOT_ATTENDING.match(ctx.text[m.end:m.end + 30])]
    topic = P.STAFF_TOPIC.search(said)
    passive = P.STAFF_PASSIVE.search(said)
    if topic is not None:  # 파견된 공무원은 A와 B다: the list after the topic
        staff = [m for m in people if m.start >= sent.start + topic.end()]
    else:
        verb = sent.start + (passive.start() if passive is not None else post.start("verb"))
        wanted = ("이", "가", "은", "는", "과", "와") if passive is not None else ("을", "를", "과", "와")
        staff = [m for m in people if m.end <= verb and _chain_particle(ctx, m, verb) in wanted]
    if not staff:
        return
    here = [e for e in ctx.events if e.head != "방문" and any(sent.start <= sp.start < sent.end for sp in e.spans)
            and e.head not in SIGNING_HEADS]
    span = Span(sent.start + post.start("verb"), sent.start + post.end("verb"))
    ev = here[0] if here else add_event(ctx, "공무원 파견", "파견", span, ("공무원", "파견"), bare=False)
    for m in staff:
        ctx.fact(ev.iri, V.SCHEMA.attendee, m.iri, sent)
        body = ctx.person_body.get(m.iri)
        if body is not None and any(x.iri == body and x.type == "City" for x in ctx.mentions):
            ctx.fact(ev.iri, V.SCHEMA.attendee, body, sent)  # (셴닝시 인민정부 … 부주임: 셴닝시 sends her)


def _chain_particle(ctx: Ctx, m: Mention, limit: int) -> str:
    """The particle that ends a person's phrase (name, brackets, title: ``최신영 지방시설주사가`` → 가), looked for in
    the words before ``limit``; "" when none."""
    for w in re.finditer(r"\S+", ctx.text[m.start:limit]):
        word = re.sub(r"\([^)]*\)", "", w.group(0))
        end = re.search(r"(이|가|은|는|을|를|과|와|에게|께서)$", word)
        if end is not None and (w.start() > 0 or len(word) > len(m.surface)):
            return end.group(1)
    return ""


def _senders_act(ctx: Ctx, sent: Sentence) -> None:
    """``전북도 교류단``, ``경기도 대표단``: a province right before a delegation word sends it (it acts)."""
    for dm in P.DELEGATION.finditer(sent.text):
        pos = sent.start + dm.start()
        for x in ctx.in_sentence(sent, types=("City",)):
            if x.qualifier and x.end <= pos and not ctx.text[x.end:pos].strip(" '‘’\"“”"):
                x.qualifier = False


def _inside_org(ctx: Ctx, sent: Sentence, m: Mention) -> bool:
    """A city named only inside an organisation's name (서귀포시의회): the organisation is meant."""
    return m.type == "City" and any(o.start <= m.start and m.end < o.end
                                    for o in ctx.in_sentence(sent, types=("Organization",)))


def _object_chain_start(sent: Sentence, obj_start: int, obj: str = "",
                        locator: Callable[[str], bool] = lambda _w: False) -> int:
    """``사하구의회와 복지관을 방문``: where a chain of visited places joined by 와/과/및 begins; a government's own body
    visited takes in the city named before it (``웨이하이시 인민정부 외사판공실을``).

    ``locator`` tells a word that only locates or labels the next place (a country, a province, ``우호도시``): the
    chain goes past such words when a joined place stands before them (``A시와 중국 우호도시 허난성 B시를``)."""
    words = [w for w in sent.words() if w.end <= obj_start]
    start = obj_start
    if P.GOVERNMENT_UNIT.match(obj):
        k = len(words) - 1
        while k >= 0 and not words[k].tail and P.GOVERNMENT_UNIT.match(words[k].text):
            k -= 1
        if k >= 0 and not words[k].tail and re.search(r"(?:시|군|구|성|주|현|도)$", words[k].text):
            return words[k].start  # (the city word itself: a mention there is the place visited)
    skipped = 0
    for k, w in enumerate(reversed(words)):
        if re.search(r"(와|과)$", w.text) or w.text == "및" or w.tail == ",":
            start, skipped = w.start, 0
            continue
        if k == 0 and not w.tail and nominal(w.text):  # 기업 2곳을: the object's own noun before it
            start = w.start
            continue
        if not w.tail and skipped < 3 and locator(w.text):
            skipped += 1
            continue
        break
    return start


def _locator_word(ctx: Ctx, word: str) -> bool:
    """A word that only locates or labels the place after it: a country, a province, a tie label (``우호도시``)."""
    return P.PLACE_LABEL.fullmatch(word) is not None or ctx.gz.locates(word, only=True)


def _in_parens(ctx: Ctx, sent: Sentence, m: Mention) -> bool:
    """A name inside an apposition in parentheses: 광명시(시장 양기대), 양천구(구청장 추재엽); not the name of the head
    whose title is glued to its place right before the bracket (운젠시장(가나자와 히데사부로)이 방문했다)."""
    before = ctx.text[sent.start:m.start]
    lp = before.rfind("(")
    if lp <= before.rfind(")"):
        return False
    head = re.search(r"[\uac00-\ud7a3]+$", before[:lp])
    glued = title_of(head.group(0)) if head is not None and head.group(0).endswith(("시장", "군수", "구청장", "지사")) \
        else None
    return not (m.type == "Person" and glued is not None and glued[1] is not None)


def _apposed_to_body(ctx: Ctx, sent: Sentence, m: Mention) -> bool:
    """A name in brackets right after a city or an organisation: 수원시(시장 홍길동), 상공회의소(회장 폴 김)."""
    before = ctx.text[sent.start:m.start]
    lp = before.rfind("(")
    return lp > before.rfind(")") and any(
        x.type in ("City", "Organization") and x.end + len(x.rest) == sent.start + lp for x in ctx.mentions)


def _delegation_members(ctx: Ctx, sent: Sentence, pos: int) -> list[Mention]:
    """Who a delegation word at ``pos`` names: the cities and people of the phrase right before it.

    ``여주시 방문단``, ``송하진 전북도지사를 비롯한 전북도 교류단``, ``오스틴시 스티브 아들러 시장 내외를 포함한
    방문단`` — the phrase ends at a clause boundary (a topic, a date, a verb of visiting).
    """
    words = [w for w in sent.words() if w.end <= pos]
    i = len(words) - 1
    while i >= 0:
        w = words[i].text
        if w in P.CAME_FROM_VERBS and i >= 1 and words[i - 1].text.endswith(P.CAME_FROM_PARTICLES) and \
                not words[i].tail.strip() and not words[i - 1].tail.strip():
            i -= 2  # 세게드시와 올로모우츠시에서 온 공연단: the places it came from, each sending it
            continue
        listed = i + 1 < len(words) and re.fullmatch(r"\s*,\s*", words[i].tail) is not None and all(
            any(x.type == "City" and x.start == y.start and x.end == y.end for x in ctx.mentions) for y in words[i:i + 2])
        # (칭다오, 사오싱, 오사카 대표단: a list of cities, each sending the delegation)
        if (P.DELEGATION_STOP.search(w) and w not in ("하는", "하던", "되는", "이끄는", "인솔하는")) or \
                (P.DELEGATION_STOP_TAIL.search(words[i].tail) and not listed) or \
                re.fullmatch(r"\d+일|전날|이날|당일|오늘|어제|지난|오는", w):
            break  # (단장으로 하는, 이끄는: a verb joining the leader to the delegation goes on)
        if inflected(w) and not re.search(P.DELEGATION_JOINING, w):
            break  # 기념행사에 초청받아 … 방문단: a clause of its own, not the delegation's name
        i -= 1
    lo = words[i + 1].start if i + 1 < len(words) else pos
    return [x for x in ctx.in_sentence(sent, types=("City", "Person", "Organization"))
            if lo <= x.start < pos and not x.qualifier and not x.descriptor and not _in_parens(ctx, sent, x)
            and not P.NOT_ATTENDING.match(ctx.text[x.end:x.end + 30]) and not _inside_org(ctx, sent, x)
            and not P.PARTNERS_OF_AFTER.match(ctx.text, x.end)  # (대전시의 자매도시 대표단: the partners, not 대전시)
            and not (x.type == "City" and _sent_to(ctx, x))]
    # (일본 후지사와시에 … 구성된 홈스테이 대표단을 파견: the place it goes to, no sender)


def _sent_to(ctx: Ctx, m: Mention) -> bool:
    """Whether a place is written as where something goes (``후지사와시에``; not ``후지사와시에서``, where it is)."""
    after = m.rest or ctx.text[m.end:m.end + 2]
    return after.startswith("에") and not after.startswith("에서")


def delegations(ctx: Ctx, sent: Sentence, target: EventInfo | None) -> None:
    """The sending city and the named members of a delegation take part in the event it came for."""
    ev = _visit_in(ctx, sent) or target
    if ev is None:
        return
    # ("… 방문단을 초대하고 싶다"고: a wish; "… 방문단을 환영한다"며 still speaks of the one there)
    unwished = _outside_quotes(sent.text, only=P.WISHED)
    for dm in P.DELEGATION.finditer(unwished):
        if not re.match(r"\s*(\d+\s*명\S*\s*)?\S{0,2}", sent.text[dm.end():]):
            continue
        cue = ATTEND_RE.search(sent.text, dm.end())
        if cue is not None and P.ATTENDANCE_DENIED.match(sent.text, cue.end()):
            continue  # 대표단이 … 참석을 못 했다: a delegation that could not come is no guest
        for x in _delegation_members(ctx, sent, sent.start + dm.start()):
            ctx.fact(ev.iri, V.SCHEMA.attendee, x.iri, sent)


def _topic_sender(ctx: Ctx, sent: Sentence, obj_start: int, place: Mention) -> Mention | None:
    """The city a sentence is about (``X시는``) when a delegation of its own goes on to visit another place."""
    dm = P.DELEGATION_SUBJECT.search(sent.text[: obj_start - sent.start])
    if dm is None:
        return None
    for x in ctx.in_sentence(sent, types=("City",)):
        if x.start >= sent.start + dm.start() or x.qualifier or x.iri == place.iri:
            continue
        if re.match(r"^(는|은)$", x.rest or ctx.text[x.end:x.end + 1]):
            return x
    return None


def _earlier_sender(ctx: Ctx, sent: Sentence, place: Mention | None) -> Mention | None:
    """The city whose delegation an earlier sentence spoke of, when this one opens with a bare delegation word
    (``익산시는 … 교류단 18명을 파견한다고 밝혔다. 교류단은 … 덴리시를 방문해``, ``보은군은 … 대표단 8명이 …
    방문했다. 대표단은 … 만찬에 참석했고``): within the two sentences before, the topic city of the sentence that
    sends or names the delegation, or the city written right before it (``보은군 대표단``). Sentences that also
    open with the bare word only go on speaking of it: they are passed over (``대표단은 … 머물며 …. 대표단은 …``)."""
    if not P.BARE_DELEGATION_OPENING.match(sent.text):
        return None
    earlier = [s for s in ctx.sentences if s.end <= sent.start]
    looked = 0
    for prev in reversed(earlier):
        if looked == 2:
            break
        if P.BARE_DELEGATION_OPENING.match(prev.text) and not P.SENDS_DELEGATION.search(prev.text):
            continue
        looked += 1
        send = P.SENDS_DELEGATION.search(prev.text)
        named = send or P.DELEGATION.search(prev.text)
        if named is None:
            continue
        at = prev.start + named.start()
        cities = [x for x in ctx.in_sentence(prev, types=("City",)) if x.start < at and (place is None or x.iri != place.iri)]
        glued = [x for x in cities if not re.sub(r"^(?:시|군|구)?의회", "", ctx.text[x.end:at].strip(" '‘’\"“”"))]
        if glued:  # 오타시 대표단, 벳푸시의회 대표단: the city written right before the delegation is its own
            return glued[-1]
        topic = next((x for x in cities if not x.qualifier and re.match(r"^(는|은)$", x.rest or ctx.text[x.end:x.end + 1])),
                     None)
        if topic is None:
            return None
        if send is None:  # 보은군은 … 대표단 8명이 오다시를 방문했다: its own went abroad; not 중국 대표단이 군을 방문했다
            visited = [x for x in ctx.in_sentence(prev, types=("City",)) if x.start > at and
                       P.VISITED_PLACE.match(ctx.text, x.end)]
            own = re.search(r"(?:^|\s)(?:시|군|구|도)(?:을|를)\s+(?:\S+\s+)?(?:방문|찾)", prev.text[named.end():])
            went = re.search(r"(?:방문|찾았|찾아|찾는|찾을)", prev.text[named.end():]) is not None
            if own is not None or not went or any(x.iri == topic.iri for x in visited) or \
                    re.search(re.escape(topic.surface[:2]) + r"\S{0,2}(?:을|를)\s+(?:\S+\s+)?(?:방문|찾)", prev.text[named.end():]):
                return None  # (오타시 대표단이 남원을 찾았다: the topic itself was visited)
        return topic  # 익산시는 … 교류단을 파견한다: the topic sends it
    return None


def _visitor_span(ctx: Ctx, sent: Sentence, obj_start: int) -> tuple[int, int]:
    """Where the visitors are named: the subject phrase (… 대표단이) before the visited place."""
    words = [w for w in sent.words() if w.end <= obj_start]
    subj = next((i for i in range(len(words) - 1, -1, -1) if re.search(r"(이|가|께서)$", words[i].text)
                 and not re.search(r"(에|에서|를|을)$", words[i].text)), None)
    if subj is None:
        return sent.start, obj_start
    i = subj - 1
    while i >= 0:
        w = words[i].text
        inside = ctx.text.count("(", sent.start, words[i].start) > ctx.text.count(")", sent.start, words[i].start)
        if inside:  # 운젠시장(가나자와 히데사부로 金沢 秀三朗)이: a name in brackets ends like 로 but is no clause's end
            i -= 1
            continue
        if P.MAKE_UP_COUNT.fullmatch(w) and i + 1 < len(words) and P.MADE_UP_OF.fullmatch(words[i + 1].text):
            i -= 1  # 박성호 군수 등 공무원, 농가 등 18명으로 구성된 교류단이: the count the group is made of, no clause's end
            continue
        if re.search(r"(는|은|에|에서|를|을|로|으로|에게|면|고|며|서)$", w) and not re.search(r"(과|와)$", w):
            break
        if re.fullmatch(r"\d+일|전날|이날|당일|오늘|어제", w):
            break
        i -= 1
    return words[i + 1].start if i + 1 < len(words) else sent.start, obj_start


def welcomes(ctx: Ctx, sent: Sentence) -> None:
    """``X가 … 대표단을 맞이했다``: the hosts who welcome a delegation take part in its visit."""
    if not re.search(r"맞이|환영|영접", sent.text) or P.is_caption(sent.text):
        return
    visit = next((e for e in reversed(ctx.events) if e.head == "방문"), None)
    if visit is None:
        return
    verb = re.search(r"맞이|환영|영접", sent.text)
    assert verb is not None
    for m in ctx.in_sentence(sent, types=("Person",)):
        if m.start < sent.start + verb.start():
            ctx.fact(visit.iri, V.SCHEMA.attendee, m.iri, sent)
