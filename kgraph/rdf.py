"""Reading → triples of the article's named graph, each fact with a ``kg:Evidence`` node."""
from __future__ import annotations

import hashlib
import re

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, SKOS, XSD

from . import vocab as V
from .extract.model import Reading
from .hangul import has_hangul
from .vocab import KG, KGR, SCHEMA, article_iri, minted

Triple = tuple[URIRef, URIRef, URIRef | Literal]


def _url_literal(url: str) -> Literal:
    return Literal(url)


def article_node(reading: Reading) -> URIRef:
    """The IRI of the reading's article (and of its named graph)."""
    return article_iri(reading.article.key)


# the terms to_triples writes for every article, made once (a namespace attribute makes a new URIRef per use)
_TYPE, _LABEL, _ALT_LABEL = RDF.type, RDFS.label, SKOS.altLabel
_SUBJECT, _PREDICATE, _OBJECT, _DERIVED_FROM = RDF.subject, RDF.predicate, RDF.object, PROV.wasDerivedFrom
_NEWS_ARTICLE, _IN_LANGUAGE, _URL, _HEADLINE = SCHEMA.NewsArticle, SCHEMA.inLanguage, SCHEMA.url, SCHEMA.headline
_DATE_PUBLISHED, _PUBLISHER, _ORGANIZATION = SCHEMA.datePublished, SCHEMA.publisher, SCHEMA.Organization
_AUTHOR, _PERSON, _JOB_TITLE, _MENTIONS = SCHEMA.author, SCHEMA.Person, SCHEMA.jobTitle, SCHEMA.mentions
_NAME, _CONTAINED_IN_PLACE = SCHEMA.name, SCHEMA.containedInPlace
_DATE_INFERRED, _EVIDENCE, _CHAR_START, _CHAR_END, _SENTENCE = (
    KG.dateInferred, KG.Evidence, KG.charStart, KG.charEnd, KG.sentence)
_TIE_TYPES = (V.Partnership, V.PartnershipStep)
_EVIDENCE_BASE = str(KGR) + "evidence/"
_CLASSES: dict[str, URIRef] = {}  #: SCHEMA[type] by entity type
_TRUE = Literal(True)
_NAMED_TYPES = ("Event", "Person", "Organization", "Place")


def to_triples(reading: Reading, *, with_sentences: bool = True) -> list[Triple]:
    """All triples of an article's graph: the article, its entities, facts and evidence.

    ``with_sentences=False`` leaves ``kg:sentence`` out (for third-party texts the project ships).
    """
    art = reading.article
    a = article_node(reading)
    out: list[Triple] = [(a, _TYPE, _NEWS_ARTICLE), (a, _IN_LANGUAGE, Literal(art.language))]
    if art.url:
        out.append((a, _URL, _url_literal(art.url)))
    if art.title:
        out.append((a, _HEADLINE, Literal(art.title, lang=art.language)))
        out.append((a, _LABEL, Literal(art.title, lang=art.language)))
    if art.published:
        out.append((a, _DATE_PUBLISHED, Literal(art.published.isoformat(), datatype=XSD.date)))
    if art.publisher:
        pub = minted("org", _clean_publisher(art.publisher))
        out += [(a, _PUBLISHER, pub), (pub, _TYPE, _ORGANIZATION),
                (pub, _LABEL, Literal(_clean_publisher(art.publisher), lang=_lang_of(art.publisher)))]
    if art.author:
        au = minted("person", art.author, "reporter", _clean_publisher(art.publisher or ""))
        out += [(a, _AUTHOR, au), (au, _TYPE, _PERSON),
                (au, _LABEL, Literal(art.author, lang=_lang_of(art.author))),
                (au, _JOB_TITLE, Literal("기자" if art.language == "ko" else "reporter", lang=art.language))]
    for e in reading.entities.values():
        if not e.mentions or e.furniture:
            continue
        out.append((a, _MENTIONS, e.iri))
        cls = _CLASSES.get(e.type)
        if cls is None:
            cls = _CLASSES[e.type] = SCHEMA[e.type]
        out.append((e.iri, _TYPE, cls))
        if not e.known:
            name_lang = _lang_of(e.name, e.lang)
            name = Literal(e.name, lang=name_lang)
            out.append((e.iri, _LABEL, name))
            if e.type in _NAMED_TYPES:
                out.append((e.iri, _NAME, name))
            for lang, label in e.labels.items():
                if label != e.name:
                    out.append((e.iri, _ALT_LABEL if lang == name_lang else _LABEL, Literal(label, lang=lang)))
            for alt in e.alt:
                if alt != e.name:
                    out.append((e.iri, _ALT_LABEL, Literal(alt, lang=_lang_of(alt, e.lang))))
            if e.type == "City" and e.country:
                out.append((e.iri, _CONTAINED_IN_PLACE, V.country_iri(e.country)))
        else:  # a known entity written another way in this article (Gyeonggi Province): the article's own label
            for alt in e.alt:
                out.append((e.iri, _ALT_LABEL, Literal(alt, lang=_lang_of(alt, e.lang))))
        if "jobTitle" in e.attrs:
            out.append((e.iri, _JOB_TITLE, Literal(str(e.attrs["jobTitle"]), lang=e.lang)))
        if e.attrs.get("dateInferred"):
            out.append((e.iri, _DATE_INFERRED, _TRUE))
    sentence_literals: dict[str, Literal] = {}  # one literal per sentence: most sentences hold several facts
    for f in reading.facts:
        out.append((f.s, f.p, f.o))
        if f.p == _TYPE:
            continue
        ev = URIRef(_EVIDENCE_BASE + hashlib.sha1(f"{a}|{f.s}|{f.p}|{f.o}".encode()).hexdigest()[:20])
        out += [(ev, _TYPE, _EVIDENCE), (ev, _SUBJECT, f.s), (ev, _PREDICATE, f.p), (ev, _OBJECT, f.o),
                (ev, _DERIVED_FROM, a)]
        if f.span is not None:
            out += [(ev, _CHAR_START, _int_literal(f.span.start)), (ev, _CHAR_END, _int_literal(f.span.end))]
        if with_sentences and f.sentence:
            said = sentence_literals.get(f.sentence)
            if said is None:
                said = sentence_literals[f.sentence] = Literal(f.sentence, lang=art.language)
            out.append((ev, _SENTENCE, said))
    ties = {f.s for f in reading.facts if f.p == _TYPE and f.o in _TIE_TYPES}
    for tie in ties:
        out.append((tie, _DERIVED_FROM, a))
    return list(dict.fromkeys(out))  # each triple once, in the order first made


_INT_LITERALS: dict[int, Literal] = {}


def _int_literal(n: int) -> Literal:
    """``Literal(n)`` for an offset, made once per value."""
    lit = _INT_LITERALS.get(n)
    if lit is None:
        if len(_INT_LITERALS) >= 100_000:
            _INT_LITERALS.clear()
        lit = _INT_LITERALS[n] = Literal(n)
    return lit


def _clean_publisher(name: str) -> str:
    """``경남신문 (gnnews.co.kr)`` -> ``경남신문``."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip() or name


_LATIN = re.compile(r"[A-Za-z]")
_KANA_OR_HAN = re.compile(r"[\u3040-\u30ff\u4e00-\u9fff]")


def _lang_of(text: str, default: str = "ko") -> str:
    if has_hangul(text):
        return "ko"
    if _LATIN.search(text) and not _KANA_OR_HAN.search(text):
        return "en"
    return default


__all__ = ["article_node", "to_triples"]


def reading_turtle(reading: Reading) -> str:
    """The triples ingest would store for this reading, as Turtle."""
    from rdflib import Graph

    from .vocab import PREFIXES

    g = Graph()
    for p, ns in PREFIXES.items():
        g.bind(p, ns, override=True)
    for t in to_triples(reading):
        g.add(t)
    return g.serialize(format="turtle")
