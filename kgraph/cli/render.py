"""``kgraph render``: the graph, or part of it, as one HTML file that works offline."""
from __future__ import annotations

from pathlib import Path
from typing import TextIO

import click

from . import main, store_option
from .query import open_graph


@main.command()
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              metavar="FILE.html",
              help="The HTML file to write (UTF-8, replaced atomically).")
@click.option("--city", metavar="NAME", help="Draw this city's ego network (a name in any language, an alias, or an IRI).")
@click.option("--depth", type=click.IntRange(min=0), default=None, metavar="N",
              help="With --city: how many steps along ties, events and affiliations (default 1).")
@click.option("--article", metavar="URL", help="Draw what one article says (its URL).")
@click.option("--query", "query_file", type=click.File("r", encoding="utf-8"), metavar="FILE.rq",
              help="Draw the answer of a SPARQL CONSTRUCT query read from FILE.rq ('-' = stdin).")
@click.option("--lang", type=click.Choice(["ko", "en"]), default="ko", show_default=True,
              help="Language of the labels first shown (the page can switch).")
@click.option("--title", help="The page's title (default: says what is drawn).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=60.0, show_default=True,
              help="With --query: stop the query after this many seconds.")
@store_option
def render(output: Path, city: str | None, depth: int | None, article: str | None, query_file: TextIO | None,
           lang: str, title: str | None, timeout: float, store: str | None) -> None:
    """Write an interactive graph view as one HTML file that needs no server and no internet.

    Without --city, --article or --query the whole graph is drawn.
    """
    from ..errors import UsageError
    from ..views import render as render_view

    folder = output.resolve().parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {output}: the folder {folder} does not exist; create it or choose another "
                         "-o FILE.html")
    kg = open_graph(store, read_only=True)
    try:
        view = render_view(kg, output, city=city, depth=depth, article=article,
                           query=query_file.read() if query_file is not None else None, lang=lang, title=title,
                           timeout=timeout)
    finally:
        kg.close()
    click.echo(view.summary())
