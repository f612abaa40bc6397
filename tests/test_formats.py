"""The one RDF format registry (kgraph.formats): every entry is real in both libraries, and names are unique."""
import pyoxigraph as ox
import pytest
from rdflib.parser import Parser
from rdflib.plugin import get as plugin
from rdflib.serializer import Serializer

from kgraph.formats import RDF_FORMATS, for_suffix, rdf_format


@pytest.mark.parametrize("fmt", RDF_FORMATS, ids=lambda f: f.name)
def test_each_format_names_a_real_rdflib_plugin_and_oxigraph_format(fmt) -> None:  # type: ignore[no-untyped-def]
    assert plugin(fmt.rdflib, Parser) and plugin(fmt.rdflib, Serializer)
    assert isinstance(getattr(ox.RdfFormat, fmt.oxigraph), ox.RdfFormat)
    # JSON-LD may hold named graphs, but kgraph writes their union unless asked (export graphs=True)
    assert getattr(ox.RdfFormat, fmt.oxigraph).supports_datasets == fmt.dataset or fmt.name in ("n3", "jsonld")
    assert all(rdf_format(n) is fmt for n in (fmt.name, *fmt.aliases, fmt.media_types[0]))
    assert all(for_suffix("x" + s.upper()) is fmt for s in fmt.suffixes)


def test_names_suffixes_and_media_types_are_unique() -> None:
    for field in ("suffixes", "media_types", "aliases"):
        seen = [v for f in RDF_FORMATS for v in getattr(f, field)]
        assert len(seen) == len(set(seen)), field
    assert rdf_format("ods") is None and for_suffix("x.ods") is None
