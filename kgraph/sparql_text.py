"""SPARQL text read as text: its form, its datasets, and read-only and no-network checks, made before
anything runs. Pure functions over the text, below both the stores and the query layer.

The text is scanned lexically (comments, strings and IRIs masked), so keywords inside literals
never trigger a refusal.

>>> query_form("PREFIX ex: <http://e/> SELECT * WHERE { ?s ?p 'INSERT' }")
'SELECT'
>>> query_form("# a comment\\nINSERT DATA { <a:b> <a:c> <a:d> }")
'INSERT'
>>> uses_service("SELECT * WHERE { SERVICE <http://x/> { ?s ?p ?o } }")
True
>>> uses_service("SELECT * WHERE { ?s ?p 'SERVICE' }")
False
>>> uses_service("SELECT ?service WHERE { ?service a schema:Service }")
False
"""
from __future__ import annotations

import re

from .errors import ForbiddenQuery, QuerySyntaxError, UpdateNotAllowed

_TOKEN = re.compile(
    r'''(?P<comment>\#[^\n]*)
      | (?P<string>"""(?:[^"\\]|\\.|"(?!""))*"""|\'\'\'(?:[^'\\]|\\.|'(?!''))*\'\'\'|"(?:[^"\\\n]|\\.)*"|'(?:[^'\\\n]|\\.)*')
      | (?P<iri><[^<>"{}|^`\\\x00-\x20]*>)''',  # noqa: E501  (one alternative a line, unbroken)
    re.VERBOSE,
)
_READ_FORMS = {"SELECT", "ASK", "CONSTRUCT", "DESCRIBE"}
_UPDATE_FORMS = {"INSERT", "DELETE", "LOAD", "CLEAR", "DROP", "CREATE", "ADD", "MOVE", "COPY", "WITH"}


def mask(text: str) -> str:
    """The query text with comments, strings and IRIs blanked out (positions kept).

    >>> mask("SELECT * { ?s ?p 'x' } # c")
    "SELECT * { ?s ?p ' ' }    "
    """
    def repl(m: re.Match[str]) -> str:
        n = len(m.group(0))
        if m.group("comment"):
            return " " * n
        if m.group("string"):
            q = m.group(0)[0]
            return q + " " * (n - 2) + q
        return "<" + "_" * (n - 2) + ">"

    return _TOKEN.sub(repl, text)


_PROLOGUE = re.compile(r"\s*(?:PREFIX\s+[A-Za-z_][\w.-]*:|PREFIX\s+:|BASE)\s*<_*>", re.IGNORECASE)
#: a keyword, not a variable (?x, $x) nor part of a prefixed name (ex:service, service:x)
_KEYWORD = r"(?<![?$\w:.-]){}(?![\w:-])"
_DECLS = re.compile(r"PREFIX\s+([A-Za-z_][\w.-]*)?:\s*<([^>]*)>", re.IGNORECASE)


def query_form(text: str) -> str | None:
    """The first keyword after the prologue (SELECT, ASK, INSERT, ...) or None.

    >>> query_form("PREFIX insert: <http://e/> SELECT * { ?s insert:x ?o }")
    'SELECT'
    """
    masked = mask(text)
    pos = 0
    while m := _PROLOGUE.match(masked, pos):
        pos = m.end()
    word: str
    for word in re.findall(r"(?<![?$\w:])[A-Za-z]+(?![\w:])", masked[pos:]):
        up = word.upper()
        if up in _READ_FORMS or up in _UPDATE_FORMS:
            return up
    return None


def uses_service(text: str) -> bool:
    """True when the query calls a remote endpoint with SERVICE."""
    return re.search(_KEYWORD.format("SERVICE"), mask(text), re.IGNORECASE) is not None


def from_iris(text: str) -> list[str]:
    """IRIs named in FROM / FROM NAMED clauses, prefixed names expanded (unknown prefixes kept as written).

    >>> from_iris("SELECT * FROM <http://e/g> FROM NAMED kgr:graph/registry { ?s ?p ?o }")
    ['http://e/g', 'https://w3id.org/kgraph/id/graph/registry']
    >>> from_iris("SELECT ?from WHERE { ?s ?from <http://e/x> }")
    []
    """
    from .vocab import PREFIXES

    masked = mask(text)
    prefixes = dict(PREFIXES)
    prefixes.update({m.group(1) or "": m.group(2) for m in _DECLS.finditer(text)})
    pattern = _KEYWORD.format("FROM") + r"\s+(?:NAMED\s+)?(<[^>]*>|[A-Za-z_]?[\w.-]*:[^\s{}]*)"
    out = []
    for m in re.finditer(pattern, masked, re.IGNORECASE):
        ref = text[m.start(1):m.end(1)]
        if ref.startswith("<"):
            out.append(ref[1:-1])
        else:
            prefix, _, local = ref.partition(":")
            local = re.sub(r"\\(.)", r"\1", local)  # PN_LOCAL escapes: kgr:graph\/registry
            out.append(prefixes[prefix] + local if prefix in prefixes else ref)
    return out


def names_default_graph(text: str) -> bool:
    """True when the query sets its own default graph with ``FROM`` (not ``FROM NAMED``).

    Such a query's default graph is the merge of the graphs it names, as SPARQL says; only a query
    without ``FROM`` sees the union of the store's graphs.

    >>> names_default_graph("SELECT * FROM <http://e/g> { ?s ?p ?o }")
    True
    >>> names_default_graph("SELECT * FROM NAMED <http://e/g> { GRAPH ?g { ?s ?p ?o } }")
    False
    >>> names_default_graph("SELECT ?from { ?s ?p 'FROM <x>' }")
    False
    """
    pattern = _KEYWORD.format("FROM") + r"(?!\s+NAMED(?![\w:-]))"
    return re.search(pattern, mask(text), re.IGNORECASE) is not None


#: deepest nesting of groups, brackets and parentheses accepted (Oxigraph's parser overflows its stack near 5,000)
MAX_NESTING = 1000


def nesting_depth(text: str) -> int:
    """How deeply ``{ }``, ``( )`` and ``[ ]`` nest in the query (strings, IRIs and comments ignored).

    >>> nesting_depth("SELECT * { { ?s ?p ?o FILTER((?o > 1)) } }")
    4
    """
    depth = deepest = 0
    for ch in mask(text):
        if ch in "{([":
            depth += 1
            deepest = max(deepest, depth)
        elif ch in "})]":
            depth = max(depth - 1, 0)
    return deepest


def check_read_only(text: str, *, local_graphs: set[str] | None = None) -> None:
    """Raise unless ``text`` is a read-only query that touches nothing outside the store."""
    if (depth := nesting_depth(text)) > MAX_NESTING:
        raise QuerySyntaxError(f"the query nests brackets {depth} levels deep; kgraph accepts at most {MAX_NESTING} "
                               "(deeper nesting overflows the SPARQL parser); flatten the query")
    form = query_form(text)
    if form in _UPDATE_FORMS:
        raise UpdateNotAllowed(
            f"kgraph query is read-only and this is a SPARQL UPDATE ({form}); use `kgraph ingest` or `kgraph load` "
            "to add data, or rewrite it as SELECT / ASK / CONSTRUCT / DESCRIBE"
        )
    if uses_service(text):
        raise ForbiddenQuery("SERVICE calls to remote endpoints are refused: kgraph queries only its own store; "
                             "remove the SERVICE clause")
    if local_graphs is not None:
        for iri in from_iris(text):
            if iri not in local_graphs:
                raise ForbiddenQuery(f"FROM <{iri}> names no graph in this store and remote graphs are never loaded; "
                                     "use a graph the store has (list them with SELECT DISTINCT ?g {GRAPH ?g {}})")
