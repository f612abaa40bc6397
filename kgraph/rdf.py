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


def to_triples(reading: Reading, *, with_sentences: bool = True) -> list[Triple]:
    """All triples of an article's graph: the article, its entities, facts and evidence.

    ``with_sentences=False`` leaves ``kg:sentence`` out (for third-party texts the project ships).
    """
    art = reading.article
    a = article_node(reading)
    out: list[Triple] = [(a, RDF.type, SCHEMA.NewsArticle), (a, SCHEMA.inLanguage, Literal(art.language))]
    if art.url:
        out.append((a, SCHEMA.url, _url_literal(art.url)))
    if art.title:
        out.append((a, SCHEMA.headline, Literal(art.title, lang=art.language)))
        out.append((a, RDFS.label, Literal(art.title, lang=art.language)))
    if art.published:
        out.append((a, SCHEMA.datePublished, Literal(art.published.isoformat(), datatype=XSD.date)))
    if art.publisher:
        pub = minted("org", _clean_publisher(art.publisher))
        out += [(a, SCHEMA.publisher, pub), (pub, RDF.type, SCHEMA.Organization),
                (pub, RDFS.label, Literal(_clean_publisher(art.publisher), lang=_lang_of(art.publisher)))]
    if art.author:
        au = minted("person", art.author, "reporter", _clean_publisher(art.publisher or ""))
        out += [(a, SCHEMA.author, au), (au, RDF.type, SCHEMA.Person),
                (au, RDFS.label, Literal(art.author, lang=_lang_of(art.author))),
                (au, SCHEMA.jobTitle, Literal("기자" if art.language == "ko" else "reporter", lang=art.language))]
    for e in reading.entities.values():
        if not e.mentions or e.furniture:
            continue
        out.append((a, SCHEMA.mentions, e.iri))
        out.append((e.iri, RDF.type, SCHEMA[e.type]))
        if not e.known:
            out.append((e.iri, RDFS.label, Literal(e.name, lang=_lang_of(e.name, e.lang))))
            if e.type in ("Event", "Person", "Organization", "Place"):
                out.append((e.iri, SCHEMA.name, Literal(e.name, lang=_lang_of(e.name, e.lang))))
            for lang, label in e.labels.items():
                if label != e.name:
                    out.append((e.iri, SKOS.altLabel if lang == _lang_of(e.name, e.lang) else RDFS.label,
                                Literal(label, lang=lang)))
            for alt in e.alt:
                if alt != e.name:
                    out.append((e.iri, SKOS.altLabel, Literal(alt, lang=_lang_of(alt, e.lang))))
            if e.type == "City" and e.country:
                out.append((e.iri, SCHEMA.containedInPlace, V.country_iri(e.country)))
        else:  # a known entity written another way in this article (Gyeonggi Province): the article's own label
            for alt in e.alt:
                out.append((e.iri, SKOS.altLabel, Literal(alt, lang=_lang_of(alt, e.lang))))
        if "jobTitle" in e.attrs:
            out.append((e.iri, SCHEMA.jobTitle, Literal(str(e.attrs["jobTitle"]), lang=e.lang)))
        if e.attrs.get("dateInferred"):
            out.append((e.iri, KG.dateInferred, Literal(True)))
    for f in reading.facts:
        out.append((f.s, f.p, f.o))
        if f.p in (RDF.type,):
            continue
        ev = KGR["evidence/" + hashlib.sha1(f"{a}|{f.s}|{f.p}|{f.o}".encode()).hexdigest()[:20]]
        out += [(ev, RDF.type, KG.Evidence), (ev, RDF.subject, f.s), (ev, RDF.predicate, f.p), (ev, RDF.object, f.o),
                (ev, PROV.wasDerivedFrom, a)]
        if f.span is not None:
            out += [(ev, KG.charStart, Literal(f.span.start)), (ev, KG.charEnd, Literal(f.span.end))]
        if with_sentences and f.sentence:
            out.append((ev, KG.sentence, Literal(f.sentence, lang=art.language)))
    ties = {f.s for f in reading.facts if f.p == RDF.type and f.o in (V.Partnership, V.PartnershipStep)}
    for tie in ties:
        out.append((tie, PROV.wasDerivedFrom, a))
    seen: set[Triple] = set()
    unique = []
    for t in out:
        if t not in seen:
            seen.add(t)
            unique.append(t)
    return unique


def _clean_publisher(name: str) -> str:
    """``경남신문 (gnnews.co.kr)`` -> ``경남신문``."""
    return re.sub(r"\s*\([^)]*\)\s*$", "", name).strip() or name


def _lang_of(text: str, default: str = "ko") -> str:
    if has_hangul(text):
        return "ko"
    if re.search(r"[A-Za-z]", text) and not re.search(r"[\u3040-\u30ff\u4e00-\u9fff]", text):
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
