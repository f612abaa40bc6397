"""The one VALUES-injection routine (kgraph.sparql_rewrite.values_bound): values are bound, never spliced."""
import pyoxigraph as ox
import pytest

from kgraph.sparql_rewrite import values_bound


def test_a_hostile_literal_stays_one_literal() -> None:
    hostile = 'x" } } INSERT DATA { <a:b> <a:c> <a:d> } #\n\\'
    text = values_bound("SELECT ?c WHERE { ?c ?p ?o }", {ox.Variable("c"): ox.Literal(hostile)})
    assert text is not None
    store = ox.Store()
    store.add(ox.Quad(ox.NamedNode("http://e/s"), ox.NamedNode("http://e/p"), ox.Literal(hostile)))
    rows = list(store.query(text.replace("?c ?p ?o", "?s ?p ?c")))  # type: ignore[union-attr]  # a SELECT
    assert [r["c"].value for r in rows] == [hostile]


@pytest.mark.parametrize("subs", [{"c": "<http://e/c>"}, {"c": ox.BlankNode()}, {"c) (?x": ox.Literal("x")}])
def test_anything_but_an_iri_or_literal_under_a_plain_name_is_refused(subs) -> None:  # type: ignore[no-untyped-def]
    assert values_bound("SELECT * { ?c ?p ?o }", subs) is None


def test_the_block_opens_the_where_group_not_a_string_or_the_construct_template() -> None:
    q = "CONSTRUCT { ?c ?p '{' } WHERE { ?c ?p ?o }"
    assert values_bound(q, {"$c": ox.NamedNode("http://e/c")}) == (
        "CONSTRUCT { ?c ?p '{' } WHERE { VALUES (?c) { (<http://e/c>) } ?c ?p ?o }")
    assert values_bound("INSERT DATA { <a:b> <a:c> <a:d> }", {"c": ox.Literal("x")}) is None
