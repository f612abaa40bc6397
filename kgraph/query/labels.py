"""Names for the IRIs of an answer: labels in each language and the URLs of sources.

A query answer holds IRIs (``kgr:city/kr/gwangmyeong``); people read names (광명시, Gwangmyeong) and
links. :func:`lookup` gathers, for every IRI in an answer (also kgraph IRIs inside text cells, such as
the ``sources`` of the ``partners`` query), its labels and its ``schema:url``, by pattern lookups on
the store (no query text is built). :func:`display` picks what a person should see for one term;
:func:`compact` is a term's short text form (a prefixed name, ``value@lang``), for where no name is.

>>> from rdflib import Literal, URIRef
>>> names = Labels(labels={"https://w3id.org/kgraph/id/city/kr/gwangmyeong": {"ko": "광명시", "en": "Gwangmyeong"}})
>>> display(URIRef("https://w3id.org/kgraph/id/city/kr/gwangmyeong"), names, lang="en")
'Gwangmyeong'
>>> display(Literal("광명시", lang="ko"), names, lang="en")
'광명시'
>>> language_of(["광명시"]), language_of(["Osnabrück"]), language_of(["2024"])
('ko', 'en', None)
"""
from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from rdflib import BNode, Literal, URIRef
from rdflib.namespace import RDFS, SKOS
from rdflib.term import Node

from ..hangul import has_hangul
from ..vocab import KGR, PREFIXES, SCHEMA

if TYPE_CHECKING:
    from ..store.base import Backend

#: Predicates that name a thing, best first.
LABEL_PREDICATES = (RDFS.label, SKOS.prefLabel, SCHEMA.name, SCHEMA.headline)
#: At most this many IRIs of one answer are looked up (a bigger answer shows the rest as IRIs).
MAX_IRIS = 20_000
#: Answers with at most this many IRIs get their names at once; bigger ones when first needed.
EAGER_IRIS = 500
#: kgraph IRIs written inside text cells (GROUP_CONCAT of sources, for one).
_EMBEDDED = re.compile(re.escape(str(KGR)) + r"[^\s;|,<>\"]+")
_LATIN = re.compile(r"[A-Za-z\u00c0-\u024f]")
_QUOTED = re.compile(r"\"((?:[^\"\\\n]|\\.)*)\"|'((?:[^'\\\n]|\\.)*)'")


@dataclass
class Labels:
    """Labels by IRI (``{iri: {lang: label}}``; ``""`` for no language) and source URLs by IRI."""

    labels: dict[str, dict[str, str]] = field(default_factory=dict)
    urls: dict[str, str] = field(default_factory=dict)

    def label(self, iri: str, lang: str) -> str | None:
        """The label of ``iri`` in ``lang``, else untagged, else English, else Korean, else any."""
        names = self.labels.get(iri)
        if not names:
            return None
        for key in (lang, "", "en", "ko"):
            if key in names:
                return names[key]
        return next(iter(names.values()))


def iris_in(rows: Iterable[Iterable[Node | None]]) -> list[str]:
    """The distinct IRIs of ``rows``, also kgraph IRIs written inside text cells, in order of appearance.

    >>> iris_in([(URIRef("http://e/a"), Literal("https://w3id.org/kgraph/id/article/1 ; http://x"))])
    ['http://e/a', 'https://w3id.org/kgraph/id/article/1']
    """
    seen: dict[str, None] = {}
    for row in rows:
        for term in row:
            if isinstance(term, URIRef):
                seen.setdefault(str(term))
            elif isinstance(term, Literal) and str(KGR) in term:
                for m in _EMBEDDED.finditer(str(term)):
                    seen.setdefault(m.group(0))
    return list(seen)


def lookup(backend: Backend, iris: Iterable[str], *, limit: int = MAX_IRIS) -> Labels:
    """Labels and URLs of ``iris`` from ``backend`` (a :class:`~kgraph.store.base.Backend`)."""
    out = Labels()
    for n, iri in enumerate(iris):
        if n >= limit:
            break
        node = URIRef(iri)
        names: dict[str, str] = {}
        for pred in LABEL_PREDICATES:
            for _, _, o, _ in backend.quads(node, pred, None):
                if isinstance(o, Literal):
                    names.setdefault(o.language or "", str(o))
        if names:
            out.labels[iri] = names
        for _, _, o, _ in backend.quads(node, SCHEMA.url, None):
            out.urls.setdefault(iri, str(o))
            break
    return out


def language_of(texts: Iterable[str]) -> str | None:
    """``ko`` when any text holds Hangul, ``en`` when any holds Latin letters, else None."""
    latin = False
    for t in texts:
        if has_hangul(t):
            return "ko"
        latin = latin or bool(_LATIN.search(t))
    return "en" if latin else None


def query_language(sparql: str) -> str | None:
    """The language of a query's own quoted strings (its labels), if it has any.

    >>> query_language("SELECT ?c { ?c rdfs:label '광명시'@ko }"), query_language("SELECT * { ?s ?p ?o }")
    ('ko', None)
    """
    return language_of(a or b for a, b in _QUOTED.findall(sparql))


def answer_language(rows: Iterable[Iterable[Node | None]]) -> str | None:
    """The most common language tag (ko or en) of the literals in an answer, if any."""
    counts = Counter(t.language for row in rows for t in row
                     if isinstance(t, Literal) and t.language in ("ko", "en"))
    return counts.most_common(1)[0][0] if counts else None


def display(term: Node | None, names: Labels | None, *, lang: str) -> str:
    """What a person should read for ``term``: a source's URL, else a label in ``lang``, else a short IRI.

    Literals show their text; kgraph IRIs written inside a text are replaced in the same way.
    """
    if term is None:
        return ""
    names = names or Labels()
    if isinstance(term, URIRef):
        iri = str(term)
        return names.urls.get(iri) or names.label(iri, lang) or _short(term)
    if isinstance(term, BNode):
        return f"_:{term}"
    text = str(term)
    if str(KGR) in text:
        text = _EMBEDDED.sub(lambda m: names.urls.get(m.group(0)) or names.label(m.group(0), lang)
                             or _short(URIRef(m.group(0))), text)
    return text


def _short(iri: URIRef) -> str:
    """A prefixed name (``kgr:city/kr/gwangmyeong``) where a prefix fits, else the IRI as it is."""
    short = compact(iri)
    return str(iri) if short.startswith("<") else short


def compact(term: Node | None) -> str:
    """A short text form of a term: prefixed names, literals as value@lang.

    >>> compact(URIRef("https://w3id.org/kgraph/id/city/kr/gwangmyeong"))
    'kgr:city/kr/gwangmyeong'
    >>> compact(Literal("광명시", lang="ko"))
    '광명시@ko'
    """
    if term is None:
        return ""
    if isinstance(term, URIRef):
        s = str(term)
        for p, ns in PREFIXES.items():
            if s.startswith(ns):
                return f"{p}:{s[len(ns):]}"
        return f"<{s}>"
    if isinstance(term, BNode):
        return f"_:{term}"
    if isinstance(term, Literal):
        text = str(term).replace("\n", " ")
        return f"{text}@{term.language}" if term.language else text
    return str(term)
