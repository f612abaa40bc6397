"""The ``remote`` backend: a SPARQL 1.1 server (query + update endpoints, Graph Store Protocol where it has one).

``--store http://127.0.0.1:7878/query`` names the server's query endpoint. Where its update and
Graph Store endpoints are, and how it makes its default graph the union of the named graphs, come
from a profile (:data:`PROFILES`, chosen by ``#profile=NAME`` or guessed from the URL's path) and
may be given one by one in the URL's fragment, which is never sent to the server::

    http://127.0.0.1:7878/query                                    # Oxigraph server
    http://localhost:3030/kg/query#profile=fuseki                   # Apache Jena Fuseki
    http://localhost:8890/sparql#profile=virtuoso                   # OpenLink Virtuoso

Values never become query text except as RDF terms written by Oxigraph's N-Triples serialiser
(which escapes quotes, backslashes and line breaks and refuses invalid IRIs), in a ``VALUES`` block
or a triple pattern; SPARQL's protocol has no other way to send a bound value.
"""
from __future__ import annotations

import json
import re
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Literal as Lit

import pyoxigraph as ox
from rdflib.term import Identifier, Node

from ..errors import LoadError, QuerySyntaxError, StoreError, UsageError
from ..formats import RDF_FORMATS
from ..vocab import PREFIXES
from .base import Quad, RawResult, Triple, register
from .caps import Capabilities
from .terms import graph_to_ox, graph_to_rdflib, to_ox, to_rdflib

_JSON = "application/sparql-results+json"
_NT = "application/n-triples"
_FORMATS = {f.name: getattr(ox.RdfFormat, f.oxigraph) for f in RDF_FORMATS}  #: kgraph name -> pyoxigraph format


@dataclass(frozen=True)
class Profile:
    """How to reach one kind of SPARQL server, relative to its query endpoint.

    ``update`` and ``gsp`` are paths resolved against the query endpoint's URL (``""`` = the same
    URL, ``"./x"`` = below it, ``"x"`` = beside it, None = none). ``union`` is the query-string parameter that
    makes the default graph the union of the named graphs (None when the server does so itself or by configuration).
    ``union_bag`` says the server counts a triple once per graph that holds it (Oxigraph < 0.6, Virtuoso),
    which kgraph corrects (see :func:`kgraph.sparql_rewrite.union_as_set`).

    The rest describes servers that differ from SPARQL 1.1 (Virtuoso; docs/scale.md says what it changes):
    ``transactions`` says a request of several update operations is applied whole or not at all.
    ``default_graph`` names the graph that holds the store's default graph on a server that has no
    default graph of its own (its default graph is always the union of all its graphs); kgraph's
    reads give its quads back in the default graph. ``own_graphs`` are graphs the server keeps for
    itself (its metadata), which kgraph's reads of quads, graphs and size leave out. A query's
    ``GRAPH ?g`` ranges over neither (:func:`kgraph.sparql_rewrite.graphs_without`). ``bnodes_in_data``
    says ``INSERT DATA`` may hold blank nodes; where it may not, kgraph writes such data with
    ``INSERT { … } WHERE { }``, which means the same.
    """

    update: str | None
    gsp: str | None
    union: str | None
    union_bag: bool = False
    transactions: bool = True
    default_graph: str | None = None
    own_graphs: tuple[str, ...] = ()
    bnodes_in_data: bool = True


#: the servers docs/scale.md covers; ``oxigraph`` and ``virtuoso`` are tested live
PROFILES: dict[str, Profile] = {
    "oxigraph": Profile(update="update", gsp="store", union="union-default-graph", union_bag=True),
    "fuseki": Profile(update="update", gsp="data", union=None),
    "virtuoso": Profile(update="", gsp="sparql-graph-crud", union=None, union_bag=True, transactions=False,
                        default_graph=PREFIXES["kgr"] + "graph/default",
                        own_graphs=("http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#"),
                        bnodes_in_data=False),
    "graphdb": Profile(update="./statements", gsp="./rdf-graphs/service", union=None),
    "qlever": Profile(update="", gsp=None, union=None),
    "generic": Profile(update="", gsp=None, union=None),
}


def is_remote(location: object) -> bool:
    """True when a ``--store`` value names a SPARQL server rather than a folder.

    >>> is_remote("http://127.0.0.1:7878/query"), is_remote("/var/kgraph/store")
    (True, False)
    """
    return isinstance(location, str) and location.lower().startswith(("http://", "https://"))


@dataclass(frozen=True)
class Endpoints:
    """The URLs of one server: query, update (or None), Graph Store (or None), and its profile."""

    query: str
    update: str | None
    gsp: str | None
    profile: Profile

    @classmethod
    def parse(cls, url: str) -> Endpoints:
        """Endpoints from a ``--store`` URL and its fragment options.

        >>> e = Endpoints.parse("http://127.0.0.1:7878/query")
        >>> e.update, e.gsp, e.profile.union
        ('http://127.0.0.1:7878/update', 'http://127.0.0.1:7878/store', 'union-default-graph')
        >>> Endpoints.parse("http://h:8890/sparql#profile=virtuoso").gsp
        'http://h:8890/sparql-graph-crud'
        >>> Endpoints.parse("http://h:7200/repositories/kg#profile=graphdb").update
        'http://h:7200/repositories/kg/statements'
        """
        base, _, fragment = url.partition("#")
        opts = dict(urllib.parse.parse_qsl(fragment, keep_blank_values=True))
        unknown = set(opts) - {"profile", "update", "gsp", "union"}
        if unknown:
            raise UsageError(f"unknown store URL option {', '.join(sorted(unknown))}; use #profile=, update=, gsp=, "
                             "union= (see docs/scale.md)")
        name = opts.get("profile") or ("oxigraph" if urllib.parse.urlsplit(base).path.endswith("/query") else "generic")
        if name not in PROFILES:
            raise UsageError(f"unknown server profile {name!r}; choose one of {', '.join(PROFILES)}")
        profile = PROFILES[name]
        if "union" in opts:
            profile = replace(profile, union=opts["union"] or None)

        def resolve(rel: str | None) -> str | None:
            """``""`` = the query URL itself, ``./x`` = below it, ``x`` = beside it, or an absolute URL."""
            if rel is None or rel.startswith(("http:", "https:")):
                return rel
            if rel == "":
                return base
            if rel.startswith("./"):
                return base.rstrip("/") + rel[1:]
            return urllib.parse.urljoin(base, rel)

        update = opts["update"] if "update" in opts else resolve(profile.update)
        gsp = opts["gsp"] if "gsp" in opts else resolve(profile.gsp)
        return cls(query=base, update=update or None, gsp=gsp or None, profile=profile)


#: triples per ``GRAPH`` block of an ``INSERT DATA``: Virtuoso's parser runs out of stack at about 5,000
#: in one block; several blocks for one graph are plain SPARQL 1.1 on every server
_BLOCK = 1000


def _term(term: Node) -> str:
    """An rdflib term in N-Triples syntax, written by Oxigraph (safe to place in query text)."""
    return str(to_ox(term))


def _prologue() -> str:
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


class RemoteBackend:
    """A SPARQL 1.1 server as a kgraph store."""

    name = "remote"
    #: each request is one transaction on the server (where its profile says so); update and Graph Store
    #: Protocol where the server has them
    capabilities = Capabilities(transactions=True, query_timeout=True, read_only_open=True, named_graphs=True,
                                persistent=True, ntriples=True)

    def __init__(self, *, url: str, read_only: bool = False, timeout: float = 300.0) -> None:
        self.endpoints = Endpoints.parse(url)
        self.location = url
        self.path: Path | None = None
        self.read_only = read_only
        self.timeout = timeout
        profile = self.endpoints.profile
        self.capabilities = replace(type(self).capabilities, update=self.endpoints.update is not None,
                                    graph_store_protocol=self.endpoints.gsp is not None,
                                    transactions=profile.transactions)
        self._default = ox.NamedNode(profile.default_graph) if profile.default_graph else None

    # -- HTTP
    def _request(self, url: str, *, data: bytes | None = None, method: str = "GET",
                 headers: Mapping[str, str] | None = None, what: str) -> bytes:
        req = urllib.request.Request(url, data=data, method=method, headers=dict(headers or {}))
        try:
            with urllib.request.urlopen(req, timeout=self.timeout) as resp:
                body: bytes = resp.read()
                cap = resp.headers.get("X-SPARQL-MaxRows")
                if cap is not None:
                    raise StoreError(f"the SPARQL server at {url} cut its answer to the {what} at {cap} rows; raise "
                                     "its row limit (Virtuoso: ResultSetMaxRows in virtuoso.ini's [SPARQL] section) "
                                     "above the size of the store, or LIMIT the query below it")
                return body
        except urllib.error.HTTPError as err:
            detail = err.read().decode("utf-8", "replace").strip()[:500]
            if err.code == 400 and what == "query":
                raise QuerySyntaxError(f"the server refused the query: {detail}; fix the query text") from None
            raise StoreError(f"the SPARQL server at {url} answered {err.code} to the {what}: {detail}; "
                             "nothing was changed") from None
        except (urllib.error.URLError, OSError) as exc:
            reason = getattr(exc, "reason", exc)
            raise StoreError(f"cannot reach the SPARQL server at {url} ({reason}); start it, or check --store "
                             "(see docs/scale.md)") from None

    def _select(self, sparql: str, *, union: bool) -> Iterator[tuple[Node | None, ...]]:
        return self._run(sparql, union=union, kind="SELECT")[1]  # type: ignore[return-value]  # a SELECT: rows

    def _run(self, sparql: str, *, union: bool,
             kind: str) -> tuple[list[str], list[Triple] | bool | Iterator[tuple[Node | None, ...]]]:
        params = {"query": sparql}
        if union and self.endpoints.profile.union:
            params[self.endpoints.profile.union] = "true"
        accept = _NT if kind == "CONSTRUCT" else _JSON
        body = self._request(self.endpoints.query, data=urllib.parse.urlencode(params).encode("utf-8"), method="POST",
                             headers={"Content-Type": "application/x-www-form-urlencoded", "Accept": accept},
                             what="query")
        if kind == "CONSTRUCT":
            triples = [(to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))
                       for t in ox.parse(body, format=ox.RdfFormat.N_TRIPLES)]
            return [], triples
        data = json.loads(body)
        if "boolean" in data:
            return [], bool(data["boolean"])
        if kind == "ASK":  # Virtuoso answers an ASK as a SELECT of ?__ASK_RETVAL: one row when true, none when false
            bindings = data["results"]["bindings"]
            return [], any(cell.get("value") not in ("0", "false") for row in bindings for cell in row.values())
        names = list(data["head"].get("vars", []))
        rows = [tuple(_json_term(b.get(v)) for v in names) for b in data["results"]["bindings"]]
        return names, iter(rows)

    def _update(self, text: str) -> None:
        self._writable()
        if self.endpoints.update is None:
            raise StoreError(f"the store {self.location} has no update endpoint; add #update=URL to --store")
        self._request(self.endpoints.update, data=text.encode("utf-8"), method="POST",
                      headers={"Content-Type": "application/sparql-update"}, what="update")

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only; open it without read_only to write")

    # -- reading
    def _in_graphs(self, pattern: str) -> str:
        """``GRAPH ?g { pattern }`` over the store's graphs: the server's own graphs left out.

        The filter also keeps Virtuoso from answering ``SELECT DISTINCT ?g`` from its list of
        graphs, which ignores graph permissions (it would name its private graphs).
        """
        own = self.endpoints.profile.own_graphs
        keep = f" FILTER(?g NOT IN ({', '.join(f'<{g}>' for g in own)}))" if own else ""
        return f"GRAPH ?g {{ {pattern} }}{keep}"

    def __len__(self) -> int:
        graphs = self._in_graphs("?s ?p ?o")  # with the default graph's stand-in, where the profile has one
        quads = graphs if self._default else f"{{ {graphs} }} UNION {{ ?s ?p ?o }}"
        rows = list(self._select(f"SELECT (COUNT(*) AS ?n) WHERE {{ {quads} }}", union=False))
        return int(rows[0][0]) if rows else 0  # type: ignore[call-overload]  # COUNT is an integer literal

    def quads(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
              g: Identifier | Lit["any"] | None = "any") -> Iterator[Quad]:
        pattern = " ".join(_term(t) if t is not None else v for t, v in ((s, "?s"), (p, "?p"), (o, "?o")))
        default = graph_to_rdflib(self._default) if self._default else None  # the default graph's stand-in
        if g == "any":
            graphs = self._in_graphs(pattern)
            where = graphs if default else f"{{ {graphs} }} UNION {{ {pattern} }}"
        elif g is None:
            where = f"GRAPH {self._default} {{ {pattern} }}" if self._default else pattern
        else:
            where = f"GRAPH {_term(g)} {{ {pattern} }}"
        for row in self._select(f"SELECT ?s ?p ?o ?g WHERE {{ {where} }}", union=False):
            qs, qp, qo, qg = row
            yield (s if s is not None else qs, p if p is not None else qp,  # type: ignore[misc]  # ?s ?p ?o are bound
                   o if o is not None else qo,
                   (None if default is not None and qg == default else qg) if g == "any" else g)

    def named_graphs(self) -> list[Identifier]:
        default = graph_to_rdflib(self._default) if self._default else None
        rows = self._select(f"SELECT DISTINCT ?g WHERE {{ {self._in_graphs('?s ?p ?o')} }} ORDER BY ?g", union=False)
        return [r[0] for r in rows if r[0] != default]  # type: ignore[misc]  # ?g is bound to a graph name

    def query(self, sparql: str, *, prefixes: Mapping[str, str], bindings: Mapping[str, Node]) -> RawResult:
        """Run a read-only query on the server; the default graph is the union of the graphs (as a set)."""
        from ..sparql_rewrite import graphs_without, union_as_set, values_bound
        from ..sparql_text import query_form
        from .oxigraph import syntax_error

        try:  # parsed here first, so a syntax error names its place in the user's own text
            ox.Store().query(sparql, prefixes=dict(prefixes))
        except SyntaxError as exc:
            raise syntax_error(exc) from exc
        except (RuntimeError, OSError):
            pass
        text = sparql
        if bindings:
            subs = {ox.Variable(k): to_ox(v) for k, v in bindings.items()}
            bound = values_bound(sparql, subs)
            if bound is None:
                raise UsageError(f"cannot bind {', '.join('?' + k for k in bindings)} in this query on a SPARQL "
                                 "server: give the query a WHERE group and bind IRIs or literals")
            text = bound
        profile = self.endpoints.profile
        if profile.union_bag:
            text = union_as_set(text) or text
        text = graphs_without(text, [*profile.own_graphs, *([profile.default_graph] if profile.default_graph else [])])
        prologue = "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in prefixes.items())
        kind = "CONSTRUCT" if query_form(sparql) in ("CONSTRUCT", "DESCRIBE") else (query_form(sparql) or "SELECT")
        names, answer = self._run(prologue + text, union=True, kind=kind)
        if isinstance(answer, bool):
            return RawResult("ASK", boolean=answer)
        if isinstance(answer, list):  # a CONSTRUCT (or DESCRIBE): its triples
            return RawResult("CONSTRUCT", triples=iter(answer))
        return RawResult("SELECT", variables=names, rows=answer)

    # -- writing (each call is one request, which the server applies as one transaction)
    def update(self, sparql: str) -> None:
        """Run a SPARQL UPDATE on the server (kgraph's prefixes predeclared)."""
        self._update(_prologue() + sparql)

    def replace_graph(self, graph: Identifier, triples: Iterable[Triple]) -> None:
        self._writable()
        try:  # every triple is converted before anything is sent: bad input changes nothing
            body = "".join(f"{to_ox(s)} {to_ox(p)} {to_ox(o)} .\n" for s, p, o in triples)
        except (TypeError, ValueError) as exc:
            raise StoreError(f"could not write graph {graph}: {exc}; nothing was changed") from exc
        self.replace_graph_ntriples(graph, body.encode("utf-8"))

    def replace_graph_ntriples(self, graph: Identifier, data: bytes) -> None:
        """Replace the graph with the triples of N-Triples ``data``: the body of one Graph Store Protocol
        ``PUT``, or of the update's ``INSERT DATA``."""
        self._writable()
        if self.endpoints.gsp is not None:  # one PUT replaces the graph (Graph Store Protocol)
            url = self.endpoints.gsp + "?" + urllib.parse.urlencode({"graph": str(graph)})
            self._request(url, data=data, method="PUT", headers={"Content-Type": _NT}, what="graph replacement")
            return
        g = _term(graph)
        self._update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{data.decode('utf-8')}}} }}")

    def add_quads(self, quads: Iterable[Quad]) -> None:
        self._writable()
        try:
            terms = [(graph_to_ox(g), to_ox(s), to_ox(p), to_ox(o)) for s, p, o, g in quads]
        except (TypeError, ValueError) as exc:
            raise StoreError(f"could not write to the store: {exc}; nothing was changed") from exc
        self._insert(terms)

    def remove_graph(self, graph: Identifier) -> None:
        self._writable()
        self._update(f"DROP SILENT GRAPH {_term(graph)}")

    def load_file(self, path: Path, *, format: str, graph: Identifier | None = None) -> None:
        """Parse the file here (a bad file changes nothing), then send it in one update."""
        self._writable()
        fmt = _FORMATS.get(format)
        if fmt is None:
            raise LoadError(f"cannot load format {format!r}; use one of {', '.join(_FORMATS)}")
        target = graph_to_ox(graph)
        try:
            terms = [(target if isinstance(q.graph_name, ox.DefaultGraph) else q.graph_name,
                      q.subject, q.predicate, q.object)
                     for q in ox.parse(path=str(path), format=fmt)]
        except (SyntaxError, ValueError) as exc:
            raise LoadError(f"{path}: not valid {format}: {exc}; fix the file and load it again; nothing was changed"
                            ) from exc
        except OSError as exc:
            raise LoadError(f"cannot read {path}: {exc}; check the path") from exc
        self._insert(terms)

    def _insert(self, quads: Sequence[tuple[object, ...]]) -> None:
        """One update adding ``(graph, s, p, o)`` pyoxigraph terms (the default graph to the profile's stand-in)."""
        if not quads:
            return
        lines = [(self._default if self._default and isinstance(g, ox.DefaultGraph) else g, f"{s} {p} {o} .")
                 for g, s, p, o in quads]
        data = _grouped(lines)
        if not self.endpoints.profile.bnodes_in_data and any(isinstance(t, ox.BlankNode) for q in quads for t in q):
            self._update("INSERT {\n" + data + "\n} WHERE { }")  # one solution: the same fresh blank nodes
        else:
            self._update("INSERT DATA {\n" + data + "\n}")

    def flush(self) -> None:
        return None

    def close(self) -> None:
        return None


def _grouped(lines: Sequence[tuple[object, str]]) -> str:
    """INSERT DATA body: triples of the default graph as they are, the others in ``GRAPH`` blocks."""
    by_graph: dict[str, list[str]] = {}
    for g, triple in lines:
        key = "" if isinstance(g, ox.DefaultGraph) else str(g)
        by_graph.setdefault(key, []).append(triple)
    parts = []
    for key, triples in by_graph.items():
        if key == "":
            parts.append("\n".join(triples))
            continue
        for start in range(0, len(triples), _BLOCK):
            parts.append(f"GRAPH {key} {{\n" + "\n".join(triples[start:start + _BLOCK]) + "\n}")
    return "\n".join(parts)


def _json_term(cell: Mapping[str, str] | None) -> Node | None:
    """An rdflib term from a SPARQL JSON results cell."""
    if cell is None:
        return None
    kind, value = cell["type"], cell["value"]
    if kind == "uri":
        return to_rdflib(ox.NamedNode(value))
    if kind == "bnode":
        return to_rdflib(_blank(value))
    if "xml:lang" in cell:
        return to_rdflib(ox.Literal(value, language=cell["xml:lang"]))
    if "datatype" in cell:
        return to_rdflib(ox.Literal(value, datatype=ox.NamedNode(cell["datatype"])))
    return to_rdflib(ox.Literal(value))


def _blank(label: str) -> ox.BlankNode:
    """A blank node for a server's label (Virtuoso's ``nodeID://b10001`` becomes ``b10001``, as in its N-Triples).

    >>> _blank("nodeID://b10001"), _blank("b0"), _blank("x/y")
    (<BlankNode value=b10001>, <BlankNode value=b0>, <BlankNode value=x_y>)
    """
    label = label.removeprefix("nodeID://")
    try:
        return ox.BlankNode(label)
    except ValueError:
        return ox.BlankNode(re.sub(r"[^A-Za-z0-9_]", "_", label) or "b")


def _remote(*, path: Path | None = None, read_only: bool = False, url: str | None = None) -> RemoteBackend:
    location = url or (str(path) if path is not None else None)
    if location is None or not is_remote(location):
        raise StoreError("the remote backend needs the URL of a SPARQL server's query endpoint; pass "
                         "--store http://HOST:PORT/query (see docs/scale.md)")
    return RemoteBackend(url=location, read_only=read_only)


register("remote", _remote)
__all__ = ["PROFILES", "Endpoints", "Profile", "RemoteBackend", "graph_to_rdflib", "is_remote"]
