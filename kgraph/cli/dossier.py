"""``kgraph dossier``: one city's printable, self-contained page (partners, network, map, timeline, articles)."""
from __future__ import annotations

from pathlib import Path

import click

from .app import main, store_option
from .query import open_graph


@main.command()
@click.argument("city", metavar="CITY")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              metavar="FILE.html", help="The HTML file to write (UTF-8, replaced atomically).")
@click.option("--lang", type=click.Choice(["ko", "en"]), default="ko", show_default=True,
              help="Language of the labels first shown (the page can switch).")
@click.option("--title", help="The page's title (default: '<city> 도시 자료' / '<city>: city dossier').")
@store_option
def dossier(city: str, output: Path, lang: str, title: str | None, store: str | None) -> None:
    """Write CITY's dossier: partners table, ego network, map, timeline and every article that speaks of it.

    CITY is a name in any language, an alias or an IRI. The page needs no server and no internet and
    prints on A4 (the browser's Print).
    """
    from ..views.dossier import dossier as make_dossier

    kg = open_graph(store, read_only=True)
    try:
        view = make_dossier(kg, city, output, lang=lang, title=title)
    finally:
        kg.close()
    click.echo(view.summary())
