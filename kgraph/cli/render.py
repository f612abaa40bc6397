"""``kgraph render``: the graph, or part of it, as one HTML file that works offline."""
from __future__ import annotations

from pathlib import Path
from typing import TextIO

import click

from .app import main, store_option
from .query import open_graph


@main.command()
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              metavar="FILE.html",
              help="The HTML file to write (UTF-8, replaced atomically).")
@click.option("--city", metavar="NAME",
              help="Draw this city's ego network (a name in any language, an alias, or an IRI).")
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
@click.option("--map", "as_map", is_flag=True,
              help="Draw a world map: cities at their coordinates, ties as arcs, events as markers, a year slider.")
@click.option("--timeline", "as_timeline", is_flag=True,
              help="Draw a timeline of one city's ties, their steps, events and articles (needs --city).")
@click.option("--overview/--full", "overview", default=None,
              help="The whole graph as an overview (countries as meta-nodes, expand on click, search) or in full; "
                   "default: an overview above 2,500 entities.")
@store_option
def render(output: Path, city: str | None, depth: int | None, article: str | None, query_file: TextIO | None,
           lang: str, title: str | None, timeout: float, as_map: bool, as_timeline: bool, overview: bool | None,
           store: str | None) -> None:
    """Write an interactive graph view, map or timeline as one HTML file that needs no server and no internet.

    Without --city, --article or --query the whole graph is drawn.
    """
    from ..errors import UsageError

    if as_map and as_timeline:
        raise click.UsageError("give --map or --timeline, not both")
    from ..views import render as render_view

    folder = output.resolve().parent
    if not folder.is_dir():
        raise UsageError(f"cannot write {output}: the folder {folder} does not exist; create it or choose another "
                         "-o FILE.html")
    kg = open_graph(store, read_only=True)
    try:
        view = render_view(kg, output, city=city, depth=depth, article=article,
                           query=query_file.read() if query_file is not None else None, lang=lang, title=title,
                           timeout=timeout, view="map" if as_map else "timeline" if as_timeline else "graph",
                           overview=overview)
    finally:
        kg.close()
    click.echo(view.summary())
