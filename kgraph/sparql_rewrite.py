"""SPARQL text rewritten as text: a ``VALUES`` block for bound parameters, set semantics for the union,
``GRAPH ?g`` kept off a server's graphs that are no named graphs of the store.

Pure functions over the text, like :mod:`kgraph.sparql_text` (whose lexical masking they use), and
below both the stores and the query layer: the stores call them on the text they are given (the
store layer may not import ``kgraph.query``), and anything above may call them too.
"""
from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any

from .sparql_text import mask

__all__ = ["graphs_without", "union_as_set", "values_bound"]

#: a variable name (``?`` or ``$`` optional): what a key of a binding must be
_VARIABLE = re.compile(r"[?$]?([A-Za-z_0-9\u00B7\u00C0-\uFFFF]+)")
_FORM = re.compile(r"(?<![?$\w:])(SELECT|ASK|CONSTRUCT|DESCRIBE)\b", re.IGNORECASE)
#: ``GRAPH ?g {`` (the keyword, not a variable or part of a prefixed name), up to the brace
_GRAPH_VARIABLE = re.compile(r"(?<![?$\w:.-])GRAPH\s*[?$]([A-Za-z_0-9\u00B7\u00C0-\uFFFF]+)\s*(?=\{)", re.IGNORECASE)


def _where_group(masked: str, form: re.Match[str]) -> int | None:
    """Index of the ``{`` opening the WHERE group of the query form matched by ``form``, or None."""
    start = form.end()
    depth = 0
    for m in re.finditer(r"[{}()]|(?<![?$\w:])WHERE\b", masked[start:], re.IGNORECASE):
        tok = m.group(0)
        if tok in "{(":
            if tok == "{" and depth == 0 and form.group(1).upper() != "CONSTRUCT":
                return start + m.start()  # WHERE is optional: SELECT * { … }
            depth += 1
        elif tok in "})":
            depth -= 1
            if depth < 0:
                return None
        elif depth == 0:
            brace = masked.find("{", start + m.end())
            return brace if brace >= 0 and not masked[start + m.end():brace].strip() else None
    if form.group(1).upper() == "CONSTRUCT":  # CONSTRUCT {template} {pattern}: the second group
        first = masked.find("{", start)
        end = _matching(masked, first) if first >= 0 else None
        if end is not None:
            second = masked.find("{", end + 1)
            if second >= 0 and not masked[end + 1:second].strip():
                return second
    return None


def _matching(masked: str, open_: int) -> int | None:
    """Index of the ``}`` closing the ``{`` at ``open_``."""
    depth = 0
    for i in range(open_, len(masked)):
        if masked[i] == "{":
            depth += 1
        elif masked[i] == "}":
            depth -= 1
            if depth == 0:
                return i
    return None


def values_bound(sparql: str, subs: Mapping[Any, object]) -> str | None:
    r"""The query with its bindings as a ``VALUES`` block opening its WHERE group, or None.

    The one place kgraph writes bound values into query text (both SPARQL stores, the server's
    example queries, the SHACL engine). A query engine starts from a ``VALUES`` block (Oxigraph's
    planner does not see ``substitutions``), so a bound parameter makes a named query read a few
    index entries instead of the whole graph. Keys are variables (``pyoxigraph.Variable`` or a
    name, with or without ``?``); values must be pyoxigraph IRIs or literals, each written by
    Oxigraph's own N-Triples serialiser (which escapes quotes, backslashes and line breaks and
    rejects invalid IRIs), so a value can never become query syntax. Anything else (a blank node,
    text, a key that is no variable name) gives None, as does a query without a WHERE group; the
    caller then binds through ``substitutions`` or leaves the query unbound.

    >>> import pyoxigraph as ox
    >>> print(values_bound("SELECT ?c WHERE { ?c ?p ?o }", {ox.Variable("c"): ox.Literal('x" } #')}))
    SELECT ?c WHERE { VALUES (?c) { ("x\" } #") } ?c ?p ?o }
    >>> print(values_bound("CONSTRUCT { ?c a ?t } { ?c a ?t }", {"c": ox.NamedNode("http://e/c")}))
    CONSTRUCT { ?c a ?t } { VALUES (?c) { (<http://e/c>) } ?c a ?t }
    >>> values_bound("SELECT * { ?c ?p ?o }", {"c": "<http://e/c>"}) is None  # text is never spliced
    True
    >>> values_bound("INSERT DATA { <a:b> <a:c> <a:d> }", {"c": ox.NamedNode("http://e/c")}) is None
    True
    """
    import pyoxigraph as ox

    if not subs or any(not isinstance(t, (ox.NamedNode, ox.Literal)) for t in subs.values()):
        return None  # only terms Oxigraph serialises; VALUES takes no blank nodes
    names = []
    for key in subs:
        m = _VARIABLE.fullmatch(key.value if isinstance(key, ox.Variable) else str(key))
        if m is None:
            return None
        names.append("?" + m.group(1))
    masked = mask(sparql)
    form = _FORM.search(masked)
    brace = _where_group(masked, form) if form else None
    if brace is None:
        return None
    values = " ".join(str(t) for t in subs.values())
    return f"{sparql[:brace + 1]} VALUES ({' '.join(names)}) {{ ({values}) }}{sparql[brace + 1:]}"


def union_as_set(sparql: str) -> str | None:
    r"""The query with the WHERE group of each SELECT made a set, or None when it has no SELECT.

    The default graph of a kgraph store is the union of its graphs, an RDF merge: a triple that two
    graphs state (a tie in the registry and in an article) is one triple. pyoxigraph < 0.6 counts it
    once per graph (oxigraph issue #1919), which doubles rows and inflates COUNT and SUM. Wrapping
    each SELECT's WHERE group in ``SELECT DISTINCT *`` gives back set semantics: on a set of triples a
    group pattern yields each full solution once. Two cases where SPARQL keeps duplicates that this
    drops: a UNION of branches that give the same solution, and solutions that differ only in a
    blank node of the pattern (``[]``), which ``*`` does not project. Remove this once pyoxigraph
    deduplicates the union itself (fixed upstream for 0.6).

    >>> print(union_as_set("SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }"))
    SELECT (COUNT(*) AS ?n) WHERE { { SELECT DISTINCT * WHERE { ?s ?p ?o } } }
    """
    masked = mask(sparql)
    spans = []
    for form in _FORM.finditer(masked):
        if form.group(1).upper() != "SELECT":
            continue
        open_ = _where_group(masked, form)
        close = _matching(masked, open_) if open_ is not None else None
        if open_ is None or close is None:
            return None
        spans.append((open_, close))
    if not spans:
        return None
    inserts = [(o + 1, " { SELECT DISTINCT * WHERE {") for o, _ in spans] + [(c, "} } ") for _, c in spans]
    out = sparql
    for pos, text in sorted(inserts, key=lambda x: x[0], reverse=True):
        out = out[:pos] + text + out[pos:]
    return out


def graphs_without(sparql: str, graphs: Sequence[str]) -> str:
    r"""The query with each ``GRAPH ?g { … }`` kept off ``graphs`` (IRIs kgraph names, never user text).

    A server whose default graph is always the union of its graphs (Virtuoso) keeps the store's
    default graph in a named graph of its own, beside its own metadata graphs; a query's ``GRAPH ?g``
    must range over the store's named graphs only. ``GRAPH ?g { P }`` becomes
    ``{ GRAPH ?g { P } FILTER(?g NOT IN (…)) }``: a group of its own, so the filter applies to that
    pattern alone, as if the server had no such graphs. A query without ``GRAPH ?var`` comes back
    unchanged (``GRAPH <iri>`` names its graph itself), as does one whose braces do not match
    (the server then reports the error).

    >>> print(graphs_without("SELECT ?g { GRAPH ?g { ?s ?p ?o } }", ["http://e/d"]))
    SELECT ?g { { GRAPH ?g { ?s ?p ?o } FILTER(?g NOT IN (<http://e/d>)) } }
    >>> print(graphs_without("ASK { GRAPH <http://e/g> { ?s ?p '{' } }", ["http://e/d"]))
    ASK { GRAPH <http://e/g> { ?s ?p '{' } }
    """
    if not graphs:
        return sparql
    masked = mask(sparql)
    excluded = ", ".join(f"<{g}>" for g in graphs)
    at: dict[int, list[str]] = {}  # text to insert before each position: a closing filter first, then an opening
    for m in _GRAPH_VARIABLE.finditer(masked):
        close = _matching(masked, m.end())
        if close is None:
            return sparql
        at.setdefault(m.start(), []).append("{ ")
        at.setdefault(close + 1, []).insert(0, f" FILTER(?{m.group(1)} NOT IN ({excluded})) }}")
    parts, last = [], 0
    for pos in sorted(at):
        parts += [sparql[last:pos], *at[pos]]
        last = pos
    return "".join([*parts, sparql[last:]])
