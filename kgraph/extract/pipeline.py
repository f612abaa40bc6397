"""Article → Reading: picks the language's rules and the gazetteer the store provides."""
from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any, Protocol

from rdflib import URIRef

from ..hangul import is_hangul_word
from ..read.article import Article
from .gazetteer import Gazetteer, build_gazetteer
from .history import add_steps
from .marks import folded_article, quote_original
from .model import Reading
from .org_keys import key_orgs
from .people_keys import key_people
from .registry import RegistryTie, add_statuses
from .text_units import Sentence

# Only graphs that are not articles (the gazetteer, the registry, loaded files) teach names: a reading
# must not depend on what earlier readings stored, so that re-ingesting an article gives the same graph.
_CITY_ROWS = """
SELECT ?e ?t ?l ?cc WHERE {
  VALUES ?t { schema:City schema:Country }
  GRAPH ?g { ?e a ?t ; rdfs:label|skos:altLabel ?l . }
  FILTER NOT EXISTS { GRAPH ?g { ?g a schema:NewsArticle } }
  OPTIONAL { ?e kg:iso3166 ?cc0 }
  OPTIONAL { ?e schema:containedInPlace ?c . ?c kg:iso3166 ?cc1 }
  BIND(COALESCE(?cc0, ?cc1) AS ?cc)
}"""
_TIES = """SELECT DISTINCT ?a ?b WHERE {
  GRAPH ?g { ?t a kg:Partnership ; kg:partner ?a, ?b . }
  FILTER NOT EXISTS { GRAPH ?g { ?g a schema:NewsArticle } }
  FILTER(STR(?a) < STR(?b)) }"""


_REGISTRY = """SELECT ?t ?type ?year ?src WHERE { GRAPH kgr:graph\\/registry { ?t a kg:Partnership .
  OPTIONAL { ?t kg:partnershipType ?type } OPTIONAL { { ?t kg:since ?year } UNION { ?t kg:registryYear ?year } }
  OPTIONAL { ?t prov:wasDerivedFrom ?src } } }"""


class Queryable(Protocol):
    """What reading needs of a graph: SPARQL SELECT rows as mappings (a ``KnowledgeGraph`` is one).

    The extraction layer never imports the facade: whoever builds an :class:`Extractor` hands it the
    graph to learn names and ties from."""

    def query(self, sparql: str) -> Iterable[Mapping[str, Any]]: ...


def registry_for(kg: Queryable) -> dict[URIRef, RegistryTie]:
    """The registry of ties the store holds (type, years and sources of each tie)."""
    out: dict[URIRef, RegistryTie] = {}
    for r in kg.query(_REGISTRY):
        tie = out.setdefault(r["t"], RegistryTie())
        if "type" in r:
            tie.types.add(r["type"])
        if "year" in r:
            tie.years.add(str(r["year"]))
        if "src" in r:
            tie.sources.add(str(r["src"]))
    return out


def gazetteer_for(kg: Queryable) -> Gazetteer:
    """The gazetteer for a store: name tables plus the store's cities, countries and ties."""
    rows = []
    for r in kg.query(_CITY_ROWS):
        t = str(r["t"]).rsplit("/", 1)[-1]
        lab = r["l"]
        rows.append((r["e"], t, str(lab), getattr(lab, "language", None) or "", str(r["cc"]) if "cc" in r else None))
    ties = [(r["a"], r["b"]) for r in kg.query(_TIES)]
    return build_gazetteer(rows, ties)


def kiwi_words(gz: Gazetteer) -> frozenset[str]:
    """The gazetteer's names Kiwi should read as proper nouns: every multi-syllable Hangul name of a
    city, county, district, region or country (short forms such as 제천 are also words, and left out).

    >>> from kgraph.extract.gazetteer import Cand, Gazetteer
    >>> gz = Gazetteer(); gz.add("산둥성", Cand(None, "City", "CN", "region")); gz.add("제천", Cand(None, "City", "KR", "short"))
    >>> sorted(kiwi_words(gz))
    ['산둥성']
    """
    return frozenset(surface for surface, cands in gz.ko.items()
                     if is_hangul_word(surface, 2)
                     and not any(c.kind == "short" for c in cands))


class Extractor:
    """Reads articles with one gazetteer (built once from the store it will write to).

    The Extractor owns its reading state (:attr:`state`, a
    :class:`~kgraph.extract.reading_state.ReadingState`): the Kiwi analyser taught the gazetteer's
    names and every table whose answers depend on it. Each reading makes the state active for its
    duration and starts with empty article tables, so reading an article gives the same graph
    whatever was read before it, by this Extractor or any other. An Extractor reads one article at
    a time; threads that read at once each use their own (as ``kgraph.cluster`` does).
    """

    def __init__(self, kg: Queryable | None = None, *, gazetteer: Gazetteer | None = None,
                 registry: Mapping[URIRef, RegistryTie] | None = None) -> None:
        from .reading_state import ReadingState

        if kg is None and (gazetteer is None or registry is None):
            raise TypeError("an Extractor needs the graph to learn names and ties from (kg), or both tables")
        # (kg is not None where a table is missing: checked above)
        self.gazetteer = gazetteer if gazetteer is not None else gazetteer_for(kg)  # type: ignore[arg-type]  # kg is given when a table is missing
        self.registry = registry if registry is not None else registry_for(kg)  # type: ignore[arg-type]  # kg is given when a table is missing
        self.state = ReadingState(kiwi_words(self.gazetteer))  #: this reader's Kiwi and the tables that depend on it

    @property
    def kiwi(self) -> Any:
        """This reader's Kiwi analyser, taught the gazetteer's names (shared with Extractors of the same names)."""
        return self.state.analyser

    def sentences(self, article: Article) -> list[Sentence]:
        """The sentences the reader reads in ``article``, offsets into its text (English: furniture left out,
        splits after abbreviations such as ``Gov.`` undone)."""
        article = folded_article(article)
        if article.language.startswith("en"):
            from .english import reading_sentences

            return reading_sentences(article)
        from .text_units import sentences

        with self.state.active():
            return sentences(article.text, lang="ko")

    def prepare(self, articles: Iterable[Article]) -> None:
        """Analyse the Korean paragraphs of ``articles`` now, in one run, for the readings that follow
        (see :meth:`~kgraph.extract.reading_state.ReadingState.prepare`): the same readings, faster when
        many articles are read in a row."""
        self.state.prepare(line for a in articles if not a.language.startswith("en")
                           for line in folded_article(a).text.split("\n") if line.strip())

    def read(self, article: Article) -> Reading:
        """Entities and facts of one article, in the article's language, its ties checked against the
        registry and their reported steps added."""
        original, article = article, folded_article(article)
        if article.language.startswith("en"):
            from .english import read_english

            reading = read_english(article, self.gazetteer, published_as=original)
        else:
            from .korean import read_korean

            with self.state.active():
                reading = read_korean(article, self.gazetteer)
        key_orgs(reading)
        key_people(reading)
        add_statuses(reading, self.registry)
        add_steps(reading)
        quote_original(reading, original)
        return reading


def known_iri(gz: Gazetteer, iri: URIRef) -> bool:
    """True when the IRI is an entity the gazetteer (the store) already has."""
    return iri in gz.by_iri
