"""``GraphCore``: a graph in a store — open it, query it, resolve names, add graphs.

This is :class:`~kgraph.graph.KnowledgeGraph` without its doors to the features (``ingest``,
``render``, ``validate`` …), one layer below them: a feature takes a ``KnowledgeGraph`` and sees the
facade only as a type (``if TYPE_CHECKING:``), and one that must make a graph of its own (validating
a file, reading with the shipped graph's names) makes a ``GraphCore``. So the facade imports the
features and no feature imports the facade back: the import graph has no cycle
(``python tools/import_graph.py``). Users open a ``KnowledgeGraph``, which has every method here.
"""
from __future__ import annotations

import functools
import os
from collections.abc import Iterable, Mapping
from importlib import resources
from pathlib import Path
from typing import Any, Self

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import RDF, RDFS, SKOS
from rdflib.term import Identifier, Node

from .errors import AmbiguousName, LoadError, NotFound, StoreError, UsageError
from .formats import RDF_FORMATS, for_suffix
from .hangul import has_hangul
from .query import labels as labels_mod
from .query import named as named_mod
from .query.result import QueryResult
from .query.runner import run
from .store import Backend, open_backend
from .store.ntriples import NTriples
from .vocab import KGR, PREFIXES, SCHEMA, article_iri

_LABEL_LANGS = ("ko", "en", "de", "ja", "zh", "fr", "es", "it", "ru", "vi", "pt", "nl", "pl", "tr", "id", "th",
                "mn", "ms", "tl", "km", "uz", "kk", "hu", "cs", "ro", "bg", "el", "sv", "no", "fi", "da", "uk",
                "ar", "fa", "he", "hi", "und")


def default_store_path() -> Path:
    """Where the default store lives: ``$KGRAPH_STORE``, else ``$XDG_DATA_HOME/kgraph/store``."""
    if env := os.environ.get("KGRAPH_STORE"):
        return Path(env).expanduser()
    base = Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
    return base / "kgraph" / "store"


def shipped_graph_path() -> Path:
    """The shipped graph with its named graphs (``cities.trig``), from the wheel or the checkout."""
    packaged = resources.files("kgraph") / "_data" / "cities.trig"
    if packaged.is_file():
        return Path(str(packaged))
    checkout = Path(__file__).resolve().parent.parent / "data" / "cities.trig"
    if checkout.is_file():
        return checkout
    raise StoreError("the shipped graph (cities.trig) is missing from this installation; reinstall kgraph")


def _is_iri(value: str) -> bool:
    """True when ``value`` is an absolute IRI any store accepts."""
    import re

    return re.fullmatch(r"[A-Za-z][A-Za-z0-9+.-]*:[^\s<>\"{}|\\^`]*", value) is not None


def _iri(value: str, what: str) -> URIRef:
    """``value`` as an absolute IRI, or a UsageError saying what is wrong with it."""
    if not _is_iri(value):
        raise UsageError(f"{what} needs an absolute IRI such as https://example.org/g, not {value!r}")
    return URIRef(value)


class GraphCore:
    """A graph in a store: what :class:`~kgraph.graph.KnowledgeGraph` is, but for its doors to the features.

    >>> kg = GraphCore.shipped()
    >>> bool(kg.query("ASK { ?c rdfs:label '광명시'@ko }"))
    True
    """

    def __init__(self, backend: Backend) -> None:
        self.backend = backend

    # -- opening
    @classmethod
    def open(cls, path: str | os.PathLike[str] | None = None, *, backend: str = "oxigraph", read_only: bool = False
             ) -> Self:
        """Open (and on first use create) a persistent store; a new store starts from the shipped graph.

        ``path`` defaults to :func:`default_store_path`. ``read_only`` opens without taking the
        writer's lock, so several readers can share a store.
        """
        from .store.caps import batch
        from .store.files import initialised, mark_initialised
        from .store.health import damaged, inspect, refuse_foreign
        from .store.remote import is_remote

        location = os.fspath(path) if path is not None else os.environ.get("KGRAPH_STORE")
        if is_remote(location):
            return cls.open_remote(str(location), read_only=read_only)
        p = Path(path).expanduser() if path is not None else default_store_path()
        if p.exists() and not p.is_dir():
            raise StoreError(f"{p} is a file, not a store folder; pass --store with a folder path")
        found = inspect(p)
        if found.problems:
            raise damaged(p, found.problems)
        if not found.kgraph:
            if found.exists and not found.database and any(not x.name.startswith("kgraph") for x in p.iterdir()):
                raise StoreError(f"{p} is a folder that holds other files, not a kgraph store; choose an empty or new "
                                 "folder with --store PATH")
            # a new store (or one whose first load was interrupted): the writer's lock makes one creator at a time
            be = open_backend(backend, path=p, read_only=False)
            try:
                if found.database and be.path is not None:  # a backend that keeps its data in the folder
                    refuse_foreign(p)
                with batch(be):
                    if not initialised(p):
                        if len(be) == 0:
                            be.load_file(shipped_graph_path(), format="trig")
                        mark_initialised(p)
            except BaseException:
                be.close()
                raise
            if not read_only:
                return cls(be)
            be.close()
        return cls(open_backend(backend, path=p, read_only=read_only))

    @classmethod
    def open_remote(cls, url: str, *, read_only: bool = False) -> Self:
        """A store on a SPARQL 1.1 server (``url`` = its query endpoint; see docs/scale.md).

        An empty server is given the shipped graph first, as a new on-disk store is.
        """
        be = open_backend("remote", url=url, read_only=read_only)
        kg = cls(be)
        if not read_only and len(be) == 0:
            be.load_file(shipped_graph_path(), format="trig")
        return kg

    @classmethod
    def memory(cls, *, backend: str = "memory", shipped: bool = True) -> Self:
        """A graph in memory (``memory`` = Oxigraph, ``rdflib`` = plain rdflib), with the shipped graph or empty."""
        kg = cls(open_backend(backend))
        if shipped:
            kg.backend.load_file(shipped_graph_path(), format="trig")
        return kg

    @classmethod
    def shipped(cls) -> Self:
        """The graph kgraph ships, in memory: changes are never written anywhere."""
        return cls.memory()

    def batch(self) -> Any:
        """A context in which several writes share one acquisition of the store's writer lock.

        >>> with GraphCore.shipped().batch():
        ...     pass
        """
        from .store.caps import batch

        return batch(self.backend)

    def close(self) -> None:
        """Flush and release the store (and its lock)."""
        self.backend.close()

    def __enter__(self) -> Self:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def __len__(self) -> int:
        return len(self.backend)

    def __repr__(self) -> str:
        from .store.caps import location

        return f"<{type(self).__name__} {self.backend.name} at {location(self.backend)}>"

    # -- querying
    def query(self, sparql: str, *, bindings: Mapping[str, Node | str] | None = None, timeout: float | None = None,
              limit: int | None = None) -> QueryResult:
        """Run a read-only SPARQL query; the contract's prefixes are predeclared.

        ``bindings`` maps variable names to values (plain ``str`` becomes a literal); they are bound,
        never written into the text. ``timeout`` (seconds) stops a runaway query; ``limit`` caps rows.
        """
        binds = {k.lstrip("?$"): (v if isinstance(v, Identifier) else Literal(v)) for k, v in (bindings or {}).items()}
        result = run(self.backend, sparql, bindings=binds, timeout=timeout, limit=limit)
        if result.kind == "SELECT":  # names for tables, spreadsheets and notebooks: now if few, else when needed
            result.names_from = functools.partial(labels_mod.lookup, self.backend)
            if len(labels_mod.iris_in(result.rows)) <= labels_mod.EAGER_IRIS:
                result.names()
        result.lang = labels_mod.query_language(sparql) or labels_mod.language_of(
            str(v) for v in binds.values() if isinstance(v, Literal))
        return result

    def named_query(self, name: str, *, params: Mapping[str, str] | None = None, timeout: float | None = None,
                    limit: int | None = None) -> QueryResult:
        """Run a named query shipped with kgraph; city and article parameters are resolved first."""
        nq = named_mod.get(name)
        params = dict(params or {})
        unknown = set(params) - {p.name for p in nq.params}
        if unknown:
            raise UsageError(f"named query {name!r} takes no parameter {', '.join(sorted(unknown))}; it takes: "
                             + (", ".join(p.name for p in nq.params) or "none"))
        binds: dict[str, Node] = {}
        for p in nq.params:
            if p.name not in params:
                raise UsageError(f"named query {name!r} needs -p {p.name} VALUE ({p.help})")
            value = params[p.name]
            if p.kind == "city":
                binds[p.name] = self.resolve(value, kind=SCHEMA.City)
            elif p.kind == "article":
                binds[p.name] = self.resolve_article(value)
            elif p.kind == "iri":
                binds[p.name] = _iri(value, f"-p {p.name}")
            else:
                binds[p.name] = Literal(value)
        from .query.aggregates import text_for

        text = (text_for(self, name) if not binds else None) or nq.text  # kept counts, when current
        result = self.query(text, bindings=binds, timeout=timeout, limit=limit)
        result.lang = labels_mod.language_of(params.values()) or result.lang  # the names the user typed
        return result

    # -- names
    def candidates(self, name: str, *, kind: URIRef | None = None) -> list[URIRef]:
        """Entities whose label or alternative label is ``name`` (any language), optionally of one class."""
        name = name.strip()
        if name.startswith(("http://", "https://", "urn:")):
            return [URIRef(name)]
        if name.startswith("kgr:"):
            return [KGR[name[4:]]]
        variants = [name]
        if not name.endswith(("시", "군", "구")) and has_hangul(name):
            variants.append(name + "시")
        found: list[URIRef] = []
        for v in variants:
            lits = [Literal(v)] + [Literal(v, lang=lang) for lang in _LABEL_LANGS]
            for pred in (RDFS.label, SKOS.altLabel, SCHEMA.name):
                for lit in lits:
                    for s, _, _, _ in self.backend.quads(None, pred, lit):
                        if isinstance(s, URIRef) and s not in found and \
                                (kind is None or any(True for _ in self.backend.quads(s, RDF.type, kind))):
                            found.append(s)
            if found:
                break
        return found

    def resolve(self, name: str, *, kind: URIRef | None = None) -> URIRef:
        """The one entity called ``name``; raises NotFound, or AmbiguousName listing the candidates."""
        found = self.candidates(name, kind=kind)
        what = "city" if kind == SCHEMA.City else "entity"
        if not found:
            raise NotFound(f"no {what} called {name!r} in the graph; check the spelling, or try its Korean or "
                           "English name (kgraph query 'SELECT ?l { ?c a schema:City ; rdfs:label ?l }' lists them)")
        if len(found) > 1:
            described = [f"{iri} ({self.describe_label(iri)})" for iri in found]
            raise AmbiguousName(f"{name!r} names {len(found)} {what} entities; pass one of these IRIs instead:\n  "
                                + "\n  ".join(described), candidates=[str(i) for i in found])
        return found[0]

    def resolve_article(self, value: str) -> URIRef:
        """The article IRI for a URL (or an article IRI given as is)."""
        if value.startswith(str(KGR["article/"])):
            return URIRef(value)
        hits = [s for s, _, _, _ in self.backend.quads(None, SCHEMA.url, Literal(value))]
        if _is_iri(value):  # a value that is no IRI can only be a literal URL (or nothing)
            hits += [s for s, _, _, _ in self.backend.quads(None, SCHEMA.url, URIRef(value))]
        if hits:
            return hits[0]  # type: ignore[return-value]  # what has a schema:url here is an article IRI
        return article_iri(value)

    def describe_label(self, iri: URIRef) -> str:
        """A short description: labels plus the country or province it lies in."""
        labels = sorted({str(o) for _, _, o, _ in self.backend.quads(iri, RDFS.label, None)})
        where = []
        for _, _, place, _ in self.backend.quads(iri, SCHEMA.containedInPlace, None):
            where += sorted({str(o) for _, _, o, _ in self.backend.quads(place, RDFS.label, None)
                             if getattr(o, "language", None) == "en"})
        return ", ".join(labels) + (f" — in {', '.join(where)}" if where else "")

    # -- rdflib access
    def dataset(self) -> Dataset:
        """A copy of the whole store as an rdflib ``Dataset`` (named graphs kept)."""
        ds = Dataset()
        for prefix, ns in PREFIXES.items():
            ds.bind(prefix, ns, override=True)
        for s, p, o, g in self.backend.quads():
            ds.graph(g if g is not None else URIRef("urn:x-rdflib:default")).add((s, p, o))
        return ds

    def rdflib_graph(self) -> Graph:
        """A copy of the union of all graphs as one rdflib ``Graph``."""
        g = Graph()
        for prefix, ns in PREFIXES.items():
            g.bind(prefix, ns, override=True)
        for s, p, o, _ in self.backend.quads():
            g.add((s, p, o))
        return g

    def named_graphs(self) -> list[Identifier]:
        """Names of the graphs in the store (registry, gazetteer, one per article)."""
        return self.backend.named_graphs()

    # -- writing
    def replace_graph(self, graph: URIRef, triples: Iterable[tuple[Node, Node, Node]] | NTriples) -> None:
        """Atomically replace the named graph ``graph`` with ``triples`` (kept counts follow).

        ``triples`` may come packed as N-Triples (:class:`~kgraph.store.ntriples.NTriples`, what a
        reading worker sends); a backend that declares ``ntriples`` writes them as they are."""
        from .query.aggregates import maintained

        if isinstance(triples, NTriples):
            from .store.caps import replace_graph_ntriples

            with maintained(self, graph, triples):
                replace_graph_ntriples(self.backend, graph, triples)
            return
        new = list(triples)
        with maintained(self, graph, new):
            self.backend.replace_graph(graph, new)

    def recount(self) -> None:
        """Count again, from the graph itself, what aggregate named queries read (:mod:`kgraph.query.aggregates`)."""
        from .query.aggregates import refresh

        refresh(self)

    def load(self, path: str | os.PathLike[str], *, format: str | None = None, graph: str | None = None) -> int:
        """Load an RDF file atomically; triples without a graph go to ``graph`` (default: one named after the file).

        Returns the number of quads added. Kept counts (:mod:`kgraph.query.aggregates`) are counted again.
        """
        p = Path(path)
        if not p.is_file():
            raise LoadError(f"no file {p}; check the path")
        by_suffix = for_suffix(p)
        fmt = format or (by_suffix.name if by_suffix else None)
        if fmt is None:
            raise LoadError(f"cannot tell the RDF format of {p.name}; pass --format "
                            + "|".join(f.name for f in RDF_FORMATS))
        target = _iri(graph, "--graph") if graph else URIRef(p.resolve().as_uri())
        before = len(self.backend)
        self.backend.load_file(p, format=fmt, graph=target)
        added = len(self.backend) - before
        from .query.aggregates import kept

        if kept(self):  # a load may touch anything the kept counts summarise: count again
            self.recount()
        return added

    def stats(self) -> dict[str, Any]:
        """Counts of quads and named graphs."""
        return {"quads": len(self.backend), "graphs": len(self.backend.named_graphs())}
