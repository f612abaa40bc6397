"""``kgraph query``, ``kgraph queries``, ``kgraph load`` and ``kgraph info``."""
from __future__ import annotations

import sys
from pathlib import Path
from typing import IO, TYPE_CHECKING

import click

from ..errors import UsageError
from ..formats import RDF_FORMATS
from ..query.result import FILE_FORMATS, FORMATS
from .app import main, store_option

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph


def open_graph(store: str | None, *, read_only: bool = False) -> KnowledgeGraph:
    """The store a command works on (created from the shipped graph on first use)."""
    from ..graph import KnowledgeGraph

    return KnowledgeGraph.open(store, read_only=read_only)


@main.command()
@click.argument("sparql", required=False)
@click.option("-f", "--file", "file", type=click.File("r", encoding="utf-8"),
              help="Read the query from a file ('-' = stdin).")
@click.option("--name", "name", help="Run a named query (see `kgraph queries`).")
@click.option("-p", "--param", "params", type=(str, str), multiple=True, metavar="NAME VALUE",
              help="A parameter of a named query (bound, never spliced into the text).")
@click.option("--format", "fmt", type=click.Choice(FORMATS + FILE_FORMATS), default="table", show_default=True,
              help="table (for people), csv, tsv, json, xml (SELECT/ASK, full values), turtle, ntriples, jsonld "
                   "(CONSTRUCT/DESCRIBE), xlsx (a spreadsheet; needs -o).")
@click.option("--lang", type=click.Choice(["ko", "en"]), default=None,
              help="Language of the names in table and xlsx (default: that of the query's own labels).")
@click.option("--iris", is_flag=True, help="table: show IRIs (kgr:city/kr/gwangmyeong) instead of names and URLs.")
@click.option("--excel", is_flag=True, help="csv: start with a byte-order mark, so that Excel reads Hangul.")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), default=None,
              help="Write the answer to this file instead of the terminal (needed for xlsx).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Stop the query after this many seconds.")
@click.option("--limit", type=click.IntRange(min=1), default=None, help="Return at most this many rows.")
@store_option
def query(sparql: str | None, file: IO[str] | None, name: str | None, params: tuple[tuple[str, str], ...], fmt: str,
          lang: str | None, iris: bool, excel: bool, output: Path | None, timeout: float, limit: int | None,
          store: str | None) -> None:
    """Run a read-only SPARQL query (argument, -f FILE, stdin, or --name).

    The contract's prefixes (schema, kg, kgr, rdf, rdfs, xsd, owl, skos, prov, wd) are predeclared;
    queries see the union of all graphs unless they use GRAPH. The table shows names and source URLs,
    folded to the terminal's width; csv, tsv, json and xml keep the full values.
    """
    if fmt == "xlsx" and output is None:
        raise UsageError("--format xlsx writes a spreadsheet file: add -o FILE.xlsx")
    if excel and fmt != "csv":
        raise UsageError(f"--excel applies to --format csv, not {fmt}")
    if name and (sparql or file):
        raise UsageError("give either --name or a query text, not both")
    if not name:
        if file is not None:
            sparql = file.read()
        elif sparql is None or sparql == "-":
            if sys.stdin.isatty():
                raise UsageError("no query given: pass it as an argument, with -f FILE, on stdin, or use --name")
            sparql = sys.stdin.read()
        if params:
            raise UsageError("-p parameters go with --name; bind your own variables in the query text instead")
    kg = open_graph(store, read_only=True)
    try:
        if name:
            result = kg.named_query(name, params=dict(params), timeout=timeout, limit=limit)
        else:
            result = kg.query(sparql or "", timeout=timeout, limit=limit)
        if fmt in ("table", "xlsx"):
            result.names()  # names are looked up while the store is open
    finally:
        kg.close()
    if fmt == "xlsx":
        assert output is not None  # -o is required with xlsx (checked first)
        click.echo(f"wrote {result.to_xlsx(output, lang=lang)} ({len(result)} rows)")
    elif output is not None:
        text = result.serialize(fmt, lang=lang, iris=iris, excel=excel, width=100)
        _write_text(output, text)
        click.echo(f"wrote {output} ({fmt}, {len(result)} {'triples' if result.kind == 'CONSTRUCT' else 'rows'})")
    else:
        click.echo(result.serialize(fmt, lang=lang, iris=iris, excel=excel), nl=False)
    if result.truncated:
        click.echo(f"kgraph: output truncated at {limit} rows (--limit); raise --limit to see more", err=True)


def _write_text(path: Path, text: str) -> None:
    from ..atomic import atomic_write_text

    atomic_write_text(path, text)


@main.command()
def queries() -> None:
    """List the named queries shipped with kgraph and their parameters."""
    from ..query.named import named_queries

    for q in named_queries().values():
        params = " ".join(f"-p {p.name} VALUE" for p in q.params)
        click.echo(f"{q.name}  {params}".rstrip())
        click.echo(f"    {q.description}")
        for p in q.params:
            click.echo(f"    {p.name} ({p.kind}): {p.help}")


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@click.option("--format", "fmt", type=click.Choice([f.name for f in RDF_FORMATS]),
              default=None, help="RDF format (default: from the file name).")
@click.option("--graph", "graph", default=None, help="Named graph for triples (default: the file's URI).")
@store_option
def load(file: Path, fmt: str | None, graph: str | None, store: str | None) -> None:
    """Load an RDF file (Turtle, TriG, N-Quads, N-Triples, RDF/XML, JSON-LD, N3) into the store, atomically."""
    kg = open_graph(store)
    try:
        added = kg.load(file, format=fmt, graph=graph)
    finally:
        kg.close()
    click.echo(f"loaded {file}: {added} new quads")


@main.command()
@store_option
def info(store: str | None) -> None:
    """Show where the store is and what it holds."""
    kg = open_graph(store, read_only=True)
    try:
        st = kg.stats()
        from ..store.caps import location

        click.echo(f"store: {location(kg.backend)}")
        click.echo(f"quads: {st['quads']}")
        click.echo(f"named graphs: {st['graphs']}")
    finally:
        kg.close()
