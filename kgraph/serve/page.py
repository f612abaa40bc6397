"""The query page: YASGUI (bundled, see ``static/VENDOR.md``) pointed at ``/sparql``, the named queries as examples.

The page loads its scripts and styles from the server itself and nothing from anywhere else: its
Content-Security-Policy allows scripts only from the same origin (no inline script), requests only
to the same origin. The examples enter the page as JSON in a ``<script type="application/json">``
element, escaped so that no text of the graph can end it.
"""
from __future__ import annotations

from functools import lru_cache
from typing import Any

import jinja2
from markupsafe import Markup

from ..errors import KgraphError
from ..query.named import named_queries
from ..views.page import json_for_script
from ..vocab import PREFIXES

#: the query page's policy: same-origin scripts, styles and requests only; YASGUI sets inline styles
PAGE_CSP = ("default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; img-src 'self' data:; "
            "font-src 'self' data:; connect-src 'self'; base-uri 'none'; form-action 'self'; frame-ancestors 'none'")


def prologue() -> str:
    """PREFIX lines for kgraph's predeclared prefixes (the editor checks prefixes; the server knows them).

    >>> prologue().splitlines()[0]
    'PREFIX schema: <https://schema.org/>'
    """
    return "".join(f"PREFIX {p}: <{ns}>\n" for p, ns in PREFIXES.items())


def example_text(kg: Any, name: str, values: dict[str, str]) -> str:
    """A named query as runnable text: its parameters bound by a VALUES block to resolved example values.

    Each value is resolved (names to IRIs) and written by Oxigraph's N-Triples serialiser, so a value can
    never become query syntax; a query whose values cannot be resolved is shown unbound.
    """
    from ..sparql_rewrite import values_bound
    from ..store.terms import to_ox

    nq = named_queries()[name]
    body = "\n".join(line for line in nq.text.splitlines() if not line.startswith("# param:"))
    subs: dict[str, object] = {}
    for p in nq.params:
        if p.name not in values:
            continue
        try:
            term = (kg.resolve(values[p.name], kind=_city_class()) if p.kind == "city"
                    else kg.resolve_article(values[p.name]) if p.kind == "article" else None)
        except KgraphError:
            term = None
        if term is not None:
            subs[p.name] = to_ox(term)  # values_bound writes it with Oxigraph's N-Triples serialiser
    bound = values_bound(body, subs) if subs else None
    return prologue() + (bound or body)


def _city_class() -> Any:
    from ..vocab import SCHEMA

    return SCHEMA.City


def example_article(kg: Any) -> str | None:
    """The URL of one article in the store (for the article-facts example), or None."""
    res = kg.query("SELECT ?u WHERE { ?a a schema:NewsArticle ; schema:url ?u } ORDER BY ?u LIMIT 1")
    return str(res.rows[0][0]) if res.rows else None


def examples(kg: Any, *, city: str) -> list[dict[str, str]]:
    """One example per named query: name, description, runnable SPARQL and its REST path."""
    from urllib.parse import urlencode

    article = example_article(kg)
    out = []
    for nq in named_queries().values():
        values = {p.name: (city if p.kind == "city" else article or "") for p in nq.params}
        rest = f"/queries/{nq.name}" + (f"?{urlencode(values)}" if values else "")
        out.append({"name": nq.name, "description": nq.description, "sparql": example_text(kg, nq.name, values),
                    "rest": rest})
    return out


@lru_cache(maxsize=1)
def environment() -> jinja2.Environment:
    """The serve templates: autoescaped, undefined names are errors."""
    return jinja2.Environment(loader=jinja2.PackageLoader("kgraph.serve", "templates"), autoescape=True,
                              undefined=jinja2.StrictUndefined)


def query_page(kg: Any, *, title: str, city: str, version: str, updates: bool) -> str:
    """The HTML of the query page."""
    found = examples(kg, city=city)
    return environment().get_template("query.html.j2").render(
        title=title, version=version, examples=found, city=city, updates=updates,
        examples_json=Markup(json_for_script(found)))
