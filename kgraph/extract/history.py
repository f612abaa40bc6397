"""The life of a tie: the steps an article reports (signing, upgrade, renewal, anniversary, suspension,
ending), each with two times — when it took effect, as the text states it, and when it was reported.

Applied to a finished reading, for every tie the reading found: its evidence sentence is looked at
through two declarative tables, one naming the tie types (자매결연, 우호교류, sister city, MOU …), one
naming the step kinds (격상, 갱신, N주년, 중단, upgrade, renewal, anniversary, suspended …). One
engine (:func:`steps_in`) turns the matches into steps; a sentence that only names a tie in passing
(no year, no verb of signing, no step word) makes no step.
"""
from __future__ import annotations

import hashlib
import re
from collections import Counter
from dataclasses import dataclass

from rdflib import Literal, URIRef
from rdflib.namespace import RDF, XSD

from .. import vocab as V
from .model import Fact, Reading, Span

#: (name, pattern, tie type): words that name the type of a tie
TYPE_WORDS: tuple[tuple[str, str, URIRef], ...] = (
    ("ko-sister", r"자매\s*(?:결연|도시|우호|관계|교류)|자매결연", V.SisterCity),
    ("ko-friendship", r"우호\s*(?:교류|협력|도시|관계|친선)|친선\s*(?:결연|도시)", V.FriendshipCity),
    ("ko-agreement", r"업무\s*협약|양해각서|MOU|교류\s*협약|의향서", V.OtherTie),
    ("en-sister", r"(?i:sister[- ](?:city|cities|state|province|county|relationship)|sisterhood|twin(?:ning|ned)?\s*(?:town|city)?)",
     V.SisterCity),
    ("en-friendship", r"(?i:friendship[- ](?:city|cities|agreement|ties)|friendly[- ](?:exchange|city|cities|cooperat\w*))",
     V.FriendshipCity),
    ("en-agreement", r"(?i:memorand(?:um|a)(?: of (?:understanding|agreement))?|\bMOU\b|letter of intent)", V.OtherTie),
)
#: (kind, pattern): words that say which step of a tie's life the sentence reports
STEP_WORDS: tuple[tuple[str, str], ...] = (
    ("Anniversary", r"(\d+)\s*주년|(?i:(\d+)(?:st|nd|rd|th)[- ]anniversary|anniversary)"),
    # (해지, termination, as its own word or glued to the tie: not the verb ending of 활발해지기를, 친해지고)
    ("Ending", r"(?:(?<![\uac00-\ud7a3])|(?<=결연|협약|협정|관계))해지(?:하|했|되|됐|를|가|에|\s|$)|해제|파기|폐기|단절|(?i:terminat\w*|\bsevered\b|\bsever(?:s|ing)?\s+(?:its\s+|their\s+|the\s+|all\s+|that\s+|"
               r"official\s+)*(?:[\w-]+\s+){0,2}?(?:ties|links|relations|relationship|partnership|twinning)|"
               r"\bcut(?:s|ting)?\s+(?:off\s+)?(?:its\s+|their\s+|all\s+)?(?:[\w-]+\s+){0,2}?(?:ties|links|relations)|"
               r"dissolv\w*|revok\w*|\b(?:end|ended|ends|ending)\s+(?:its|their|the|that)\s+(?:[\w-]+\s+){0,3}?"
               r"(?:relationship|partnership|ties|twinning|link)\b(?!['’]s)|"
               r"\bbr(?:eak|oke|eaking)\s+off\s+(?:its\s+|their\s+|the\s+|all\s+)?(?:[\w-]+\s+){0,2}?"
               r"(?:ties|relations|relationship|partnership|twinning))"),
    ("Suspension", r"중단|중지|보류|동결|(?i:suspen\w*|halt\w*|froze|frozen|freez\w*|put on hold)"),
    ("Renewal", r"갱신|재체결|재협약|연장|(?:자매결연|자매도시|우호도시|결연)\s*(?:관계\s*)?(?:활성화|강화|내실화)\s*(?:업무\s*)?협약|"
                r"(?i:renew\w*|reaffirm\w*|re-?sign\w*)"),
    ("Upgrade", r"격상|승격|(?i:upgrad\w*|elevat\w*)"),
)


#: an anniversary of something else than a tie: ``수교 30주년`` (the countries' diplomatic ties), ``시 승격 50주년``,
#: ``the 400th anniversary of the festival``, ``the 50th anniversary of the elevation of X as a city``
OTHER_ANNIVERSARY_BEFORE = re.compile(r"(?:수교|개교|창립|창사|개원|개관|설립|출범|광복|건국|개항|개청|승격|탄생|서거|개통|준공|"
                                      r"창간|개국|결성|창단|개최|개막)\s*$")
OTHER_ANNIVERSARY_AFTER = re.compile(r"(?i)\s+of\s+(?:the\s+|its\s+|their\s+)?(?!(?:[\w'’-]+\s+){0,4}?(?:sister|twin|"
                                     r"friendship|partnership|relationship|relations|ties|agreement|cooperation|"
                                     r"exchange|alliance|bond|link|pact|accord|charter|tie)\w*\b)")


#: an end or a pause that is denied or only asked for (``wasn't ready to sever``, ``not dissolving``, ``called on …
#: to end``): no step
NOT_DONE_BEFORE = re.compile(r"(?i:(?:n['’]t|\b(?:not|never|no longer|rather than|instead of|refused to|declined to|"
                             r"called (?:on|for)\b[^.;]*|urged\b[^.;]*|asked\b[^.;]*))\s+(?:\w+\s+){0,3}$)")
#: an end said to hold only for now: a suspension (``sever the relationship — at least, for now``)
FOR_NOW = re.compile(r"(?i:\bfor now\b|\bfor the time being\b|\btemporar\w+|\buntil\s+(?:further\s+notice|peace|the\s+war))")


def _tie_anniversary(sentence: str, m: re.Match[str]) -> bool:
    """The anniversary ``m`` is the tie's, not that of a festival, a founding or the countries' relations.

    >>> [_tie_anniversary(s, re.search(STEP_WORDS[0][1], s)) for s in ("수교 30주년을 맞아", "자매결연 30주년을 맞아",
    ...  "the 400th anniversary of the Rope Festival", "the 25th anniversary of the sister city relationship")]
    [False, True, False, True]
    """
    return not OTHER_ANNIVERSARY_BEFORE.search(sentence, max(0, m.start() - 8), m.start()) and \
        not OTHER_ANNIVERSARY_AFTER.match(sentence, m.end())


def later_step(text: str) -> str | None:
    """The step after the signing that ``text`` reports (an anniversary, a renewal, a suspension, an end), or None:
    an event dated in such a sentence does not date the tie's start.

    >>> later_step("더반시와의 협약을 갱신했다"), later_step("자매결연 20주년 기념식"), later_step("협약을 체결했다")
    ('Renewal', 'Anniversary', None)
    >>> later_step("자매결연 활성화 업무 협약을 맺었다"), later_step("교류 활성화를 위한 우호교류 협약을 맺었다")
    ('Renewal', None)
    """
    for kind, pattern in STEP_WORDS:
        if kind != "Upgrade" and re.search(pattern, text):
            return kind
    return None


#: the name of an event that can date a step of its sentence: a signing, an agreement, a ceremony, a celebration
STEP_EVENT_RE = re.compile(r"협약|협정|결연|자매|우호|친선|의향서|조인|서명|체결|MOU|양해각서|약정|합의|선언|기념|주년|축하|행사|식$|"
                           r"(?i:sign|agreement|pact|memorand|accord|ceremon|twinning|anniversar|celebrat|renew|"
                           r"upgrad|charter|covenant|letter of intent)")
#: a sentence that reports a signing even with no other step word
SIGNING_RE = re.compile(r"체결|맺|결연을|서명|조인|협약식|(?i:\bsign\w*|conclud\w*|establish\w*|agreed|forged?|"
                        r"\bink(?:ed|s|ing)\b|\bsealed\b|put(?:s|ting)?\s+(?:pen|ink)\s+to\s+paper)")
#: a tie told as become (``A and B became sister cities in 2021``, ``2019년 자매도시가 됐다``)
BECAME_RE = re.compile(r"(?i:\bbec(?:a|o)me\b)|(?:도시|결연)(?:가|이|로)\s*(?:됐|되었)")
YEAR_RE = re.compile(r"(?<!until )(?<!till )(?<!through )(?<!up to )"  # (not the end of a period: a plan that runs until 2025)
                     r"(?:((?:19|20)\d{2})\s*년(?!대|까지)|(?<!\d)((?:19|20)\d{2})(?!\d|['’]?s\b|\s*년대|\s*년?\s*까지))")
#: (nor a decade: the 1980s, 1980년대)
_SPECIFIC = (V.SisterCity, V.FriendshipCity, V.OtherTie)


@dataclass(frozen=True)
class Step:
    """One step of a tie's life as a sentence reports it."""

    kind: str  #: one of :data:`kgraph.vocab.STEP_KINDS`
    tie_type: URIRef | None
    year: str | None  #: the year stated for the step, if any
    anniversary: int | None = None


def _types_in(text: str) -> list[tuple[int, URIRef]]:
    """Where the text names a tie type; of overlapping names the more specific (earlier in the table) wins.

    >>> [t.split("#")[1] for _, t in _types_in("우호교류 협약에 이어 MOU")]
    ['FriendshipCity', 'OtherTie']
    """
    found = []
    for rank, (_, pattern, typ) in enumerate(TYPE_WORDS):
        found += [(m.start(), m.end(), rank, typ) for m in re.finditer(pattern, text)]
    kept: list[tuple[int, int, int, URIRef]] = []
    for hit in sorted(found, key=lambda x: (x[2], x[0])):
        if not any(hit[0] < k[1] and k[0] < hit[1] for k in kept):
            kept.append(hit)
    return [(start, typ) for start, _, _, typ in sorted(kept)]


def _year_before(text: str, pos: int, since: int) -> str | None:
    years = [m for m in YEAR_RE.finditer(text, since, pos + 1)]
    return (years[-1].group(1) or years[-1].group(2)) if years else None


def steps_in(sentence: str, tie_types: set[URIRef], *, since: str | None = None, alone: bool = True) -> list[Step]:
    """The steps one sentence reports for a tie the reading gave ``tie_types`` (and the year ``since``,
    when the reading found the tie's own year in the sentence). The sentence's only year is a signing's for a tie
    ``alone`` in it, or for every tie of a sentence that tells a signing (``2019년 A시, B시와 각각 우호협약을 체결했다``);
    not for the ties a sentence only lists (``As of 2021, its sister cities were A and B``).

    >>> steps_in("두 도시는 2008년 우호교류 협약을 맺은 뒤 2023년 자매결연으로 격상했다.", {V.SisterCity, V.FriendshipCity})
    [Step(kind='Signing', tie_type=rdflib.term.URIRef('https://w3id.org/kgraph/ns#FriendshipCity'), year='2008', anniversary=None), Step(kind='Upgrade', tie_type=rdflib.term.URIRef('https://w3id.org/kgraph/ns#SisterCity'), year='2023', anniversary=None)]
    >>> [s.kind for s in steps_in("횡성군은 자매결연 20주년을 맞아 기념식을 열었다.", {V.SisterCity})]
    ['Anniversary']
    >>> steps_in("The city also has sister cities in Japan and China.", {V.SisterCity})
    []
    >>> steps_in("자매도시로는 A시(1999년), B시(2016년)가 있다.", {V.SisterCity}, since="1999")[0].year
    '1999'
    """
    kinds = []
    for kind, pattern in STEP_WORDS:
        m = next((x for x in re.finditer(pattern, sentence) if (kind != "Anniversary" or _tie_anniversary(sentence, x))
                  and not (kind in ("Ending", "Suspension") and NOT_DONE_BEFORE.search(sentence, max(0, x.start() - 40),
                                                                                        x.start()))), None)
        if m:
            kinds.append(("Suspension" if kind == "Ending" and FOR_NOW.search(sentence) else kind, m))
    mentions = [(pos, t) for pos, t in _types_in(sentence) if t in tie_types] or [
        (0, t) for t in _SPECIFIC if t in tie_types][:1]
    steps: list[Step] = []
    upgrade = next((m for k, m in kinds if k == "Upgrade"), None)
    if upgrade is not None and mentions:
        return _upgrade(sentence, upgrade.start(), mentions)
    main_type = mentions[-1][1] if mentions else None
    for kind, m in kinds:
        if kind == "Upgrade":
            continue
        n = next((int(g) for g in m.groups() if g), None) if kind == "Anniversary" else None
        year = _year_before(sentence, m.start(), 0) if kind != "Anniversary" else None
        return [Step(kind, main_type, year, n)]
    if not mentions:
        return []
    years = {m.group(1) or m.group(2) for m in YEAR_RE.finditer(sentence)}
    signed = SIGNING_RE.search(sentence) is not None or BECAME_RE.search(sentence) is not None
    year = since or (years.pop() if len(years) == 1 and (alone or signed) else None)  # several years: only the
    # tie's own is sure; several ties and no verb of signing (``As of 2021, its sister cities were A and B``): none
    if year or SIGNING_RE.search(sentence):
        steps.append(Step("Signing", mentions[-1][1], year))
    return steps


def _upgrade(sentence: str, at: int, mentions: list[tuple[int, URIRef]]) -> list[Step]:
    """An upgrade: the types named before it were signed first; the type it upgrades to is named after
    the upgrade word (upgraded … to sister cities) or last before it (자매결연으로 격상)."""
    named = _types_in(sentence)
    before = [m for m in named if m[0] < at]
    after = [m for m in named if m[0] > at]
    if after:
        target, earlier = after[0], before
    elif before:
        target, earlier = before[-1], before[:-1]
    else:
        target, earlier = mentions[-1], []
    years = [(m.start(), m.group(1) or m.group(2)) for m in YEAR_RE.finditer(sentence)]
    used: set[str] = set()
    steps = []
    for i, (pos, typ) in enumerate(earlier):  # the year nearest to the name, between its neighbours
        lo = earlier[i - 1][0] + 1 if i else 0
        hi = earlier[i + 1][0] if i + 1 < len(earlier) else at
        near = sorted((abs(p - pos), y) for p, y in years if lo <= p < hi)
        year = near[0][1] if near else None
        if year:
            used.add(year)
        steps.append(Step("Signing", typ, year))
    lo = earlier[-1][0] + 1 if earlier else 0
    near = sorted((abs(p - at), y) for p, y in years if p >= lo and y not in used)
    steps.append(Step("Upgrade", target[1], near[0][1] if near else None))
    return steps


def step_iri(tie: URIRef, article: str, step: Step) -> URIRef:
    """A stable IRI for a step: the tie's IRI, the article and what the step says."""
    key = hashlib.sha1(f"{article}|{step.kind}|{step.tie_type}|{step.year}|{step.anniversary}".encode()).hexdigest()[:12]
    return URIRef(f"{tie}/step/{key}")


def add_steps(reading: Reading) -> None:
    """Add to ``reading`` a ``kg:PartnershipStep`` for every step its tie sentences report."""
    by_sentence: dict[tuple[URIRef, int], tuple[set[URIRef], Fact]] = {}
    for f in reading.facts:
        if f.p == V.partnershipType and f.span is not None and isinstance(f.o, URIRef):
            types, _ = by_sentence.setdefault((f.s, f.span.start), (set(), f))
            types.add(f.o)
    dates: dict[int, Literal] = {}
    for f in reading.facts:  # the day of an event of the tie's own sentence that is a signing or a celebration of
        # it (not a visit the sentence also dates: 지난해 자매결연을 맺은 오타시 대표단이 10일 방문했다)
        e = reading.entities.get(f.s) if isinstance(f.s, URIRef) else None
        if f.p == V.SCHEMA.startDate and f.span is not None and isinstance(f.o, Literal) and \
                (e is None or STEP_EVENT_RE.search(e.name)):
            dates.setdefault(f.span.start, f.o)
    spans = {f.span for f in reading.facts if f.span is not None}
    for e in reading.entities.values():  # a signing dated in one sentence and named again in a tie's sentence dates it
        day = e.attrs.get("startDate")
        if e.type != "Event" or not isinstance(day, Literal) or not STEP_EVENT_RE.search(e.name):
            continue
        for m in e.mentions:
            for sp in spans:
                if sp.start <= m.start < sp.end:
                    dates.setdefault(sp.start, day)
    since = {(f.s, f.span.start): str(f.o) for f in reading.facts if f.p == V.since and f.span is not None}
    written = {f.s for f in reading.facts if f.p == V.partnershipType}
    told: list[tuple[URIRef, set[URIRef], str, Span, str | None]] = []
    for (tie, _), (types, first) in by_sentence.items():
        assert first.span is not None  # only facts with a span were kept
        told.append((tie, types, first.sentence or "", first.span, since.get((tie, first.span.start))))
    seen = set(by_sentence)
    kept = {tie: types for (tie, _), (types, _f) in by_sentence.items()}
    for a, b, kind, year, sent in reading.ties:  # the other sentences of a tie the reading kept report its steps too
        tie = V.partnership_iri(a, b)
        if tie not in written or (tie, sent.start) in seen:
            continue
        type_iri = V.TIE_TYPES["sister" if kind == "umbrella" else kind][0]
        if type_iri == V.OtherTie and V.OtherTie not in kept.get(tie, set()):
            continue  # 협약을 체결했다 beside 자매결연: a generic word for the tie kept, no step of its own
        seen.add((tie, sent.start))
        told.append((tie, {type_iri}, sent.text, Span(sent.start, sent.end), year))
    art = reading.article
    found: dict[URIRef, tuple[URIRef, Step, Span, str, Literal | None]] = {}
    ties_at = Counter(span.start for _t, _ty, _s, span, _y in told)
    for tie, types, sentence, span, year in told:
        for st in steps_in(sentence, types, since=year, alone=ties_at[span.start] == 1):
            node = step_iri(tie, art.key, st)
            day = dates.get(span.start) if st.kind in ("Signing", "Upgrade", "Anniversary", "Renewal") else None
            if st.year and not (day is not None and str(day).startswith(st.year)):
                day = None  # (the day of the sentence's event is the step's only when its year agrees)
            when = day if day is not None else Literal(st.year, datatype=XSD.gYear) if st.year else None
            have = found.get(node)
            if have is None or (when is not None and (have[4] is None or len(str(when)) > len(str(have[4])))):
                found[node] = (tie, st, span, sentence, when)  # one step, told in several sentences: its most precise date
    dated = {(tie, st.kind, st.tie_type) for tie, st, _s, _t, when in found.values() if when is not None}
    for node, (tie, st, span, sentence, when) in found.items():
        if when is None and (tie, st.kind, st.tie_type) in dated and st.kind in ("Signing", "Upgrade"):
            continue  # one signing told dated and undated: the dated one
        reading.add(node, RDF.type, V.PartnershipStep, span=span, sentence=sentence)
        reading.add(node, V.stepOf, tie, span=span, sentence=sentence)
        reading.add(node, V.stepKind, V.KG[st.kind], span=span, sentence=sentence)
        if st.tie_type is not None:
            reading.add(node, V.partnershipType, st.tie_type, span=span, sentence=sentence)
        if when is not None:
            reading.add(node, V.stepDate, when, span=span, sentence=sentence)
        if st.anniversary:
            reading.add(node, V.anniversaryYears, Literal(st.anniversary), span=span, sentence=sentence)
        if art.published:
            reading.add(node, V.reportedOn, Literal(art.published.isoformat(), datatype=XSD.date),
                        span=span, sentence=sentence)
