"""``kgraph ingest`` and ``kgraph extract``: articles into the store, or a reading shown without storing."""
from __future__ import annotations

import json
from pathlib import Path

import click

from . import main, store_option
from .query import open_graph


def _overrides(url, title, published, publisher, lang):  # type: ignore[no-untyped-def]
    return {k: v for k, v in {"url": url, "title": title, "published": published, "publisher": publisher,
                              "language": lang}.items() if v}


def _meta_options(f):  # type: ignore[no-untyped-def]
    for opt in reversed([
        click.option("--url", help="The article's URL (one file only)."),
        click.option("--title", help="The article's headline (one file only)."),
        click.option("--published", help="Publication date, e.g. 2024-11-05 (one file only)."),
        click.option("--publisher", help="Publisher name (one file only)."),
        click.option("--lang", type=click.Choice(["ko", "en"]), help="Language (default: front matter, else guessed)."),
    ]):
        f = opt(f)
    return f


@main.command()
@click.argument("paths", nargs=-1, required=True)
@_meta_options
@click.option("--quiet", "-q", is_flag=True, help="No progress bar.")
@store_option
def ingest(paths: tuple[str, ...], url, title, published, publisher, lang, quiet: bool, store: str | None) -> None:
    """Read articles (files, folders, globs: .html .htm .txt .md) and store their facts.

    Each article becomes one named graph (re-ingesting replaces it). A file that cannot be read is
    reported and skipped; the others are stored; the exit code is 1 when any file failed.
    """
    from ..ingest import ingest as run_ingest

    kg = open_graph(store)
    try:
        def bar(files):  # type: ignore[no-untyped-def]
            if quiet or len(files) < 2:
                return files
            from tqdm import tqdm

            return tqdm(files, desc="ingest", unit="article", file=click.get_text_stream("stderr"))

        report = run_ingest(kg, paths, overrides=_overrides(url, title, published, publisher, lang), progress=bar)
        from ..query.aggregates import ready

        if not ready(kg):  # counts never made, or left not current by an interrupted write
            kg.recount()
    finally:
        kg.close()
    for f, msg in report.failed:
        click.echo(f"kgraph: skipped {f}: {msg}", err=True)
    click.echo(f"stored {len(report.stored)} article(s): {report.entities} entities, {report.facts} facts"
               + (f"; {len(report.failed)} file(s) failed" if report.failed else ""))
    for n in report.notes:
        click.echo(f"  note: {n}")
    if report.failed:
        raise SystemExit(1)


@main.command()
@click.argument("file", type=click.Path(dir_okay=False, path_type=Path))
@_meta_options
@click.option("--format", "fmt", type=click.Choice(["turtle", "json"]), default="turtle", show_default=True)
@store_option
def extract(file: Path, url, title, published, publisher, lang, fmt: str, store: str | None) -> None:
    """Show the reading of one article (entities, facts, evidence) without storing it."""
    from ..extract.show import reading_json, reading_turtle
    from ..ingest import extract_file

    kg = open_graph(store, read_only=True)
    try:
        reading = extract_file(file, kg=kg, overrides=_overrides(url, title, published, publisher, lang))
    finally:
        kg.close()
    if fmt == "json":
        click.echo(json.dumps(reading_json(reading), ensure_ascii=False, indent=2))
    else:
        click.echo(reading_turtle(reading), nl=False)
