"""``kgraph ingest`` and ``kgraph extract``: articles into the store, or a reading shown without storing."""
from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

import click

from .app import main, store_option
from .query import open_graph

if TYPE_CHECKING:
    from ..extract.explain import Explanation
    from ..ingest import SizedReads
    from ..parallel import Read

_F = TypeVar("_F", bound=Callable[..., Any])


def _overrides(url: str | None, title: str | None, published: str | None, publisher: str | None,
               lang: str | None) -> dict[str, object]:
    return {k: v for k, v in {"url": url, "title": title, "published": published, "publisher": publisher,
                              "language": lang}.items() if v}


def _meta_options(f: _F) -> _F:
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
@click.option("--workers", type=click.IntRange(min=1), default=None,
              help="Processes that read articles (default: the machine's cores for 40 articles or more, else 1).")
@click.option("--dask", "dask_address", metavar="ADDRESS", default=None,
              help="Read on a Dask cluster: its scheduler's address, e.g. tcp://10.0.0.5:8786 (pip install "
                   "'kgraph[dask]'); this process still writes the store.")
@store_option
def ingest(paths: tuple[str, ...], url: str | None, title: str | None, published: str | None,
           publisher: str | None, lang: str | None, quiet: bool, workers: int | None,
           dask_address: str | None, store: str | None) -> None:
    """Read articles (files, folders, globs: .html .htm .txt .md) and store their facts.

    Each article becomes one named graph (re-ingesting replaces it). A file that cannot be read is
    reported and skipped; the others are stored; the exit code is 1 when any file failed.
    """
    from ..ingest import ingest as run_ingest

    kg = open_graph(store)
    from ..store.caps import on_writer_wait

    on_writer_wait(kg.backend, lambda: click.echo(
        "kgraph: another kgraph process is writing to this store; waiting for "
        "it (articles already read are kept in memory meanwhile)", err=True))
    try:
        def bar(files: SizedReads) -> Iterable[Read]:
            if quiet or len(files) < 2:
                return files
            from tqdm import tqdm

            return tqdm(files, desc="ingest", unit="article", file=click.get_text_stream("stderr"))

        report = run_ingest(kg, paths, overrides=_overrides(url, title, published, publisher, lang), progress=bar,
                            workers=workers, dask=dask_address)
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
@click.option("--format", "fmt", type=click.Choice(["turtle", "json", "text", "html"]), default=None,
              help="turtle (default) or json; with --explain: text (default), json or html.")
@click.option("--explain", is_flag=True,
              help="Per sentence: tokens and tags, mentions and the rule that found each, candidates "
                   "dropped and why, facts made.")
@click.option("-o", "--output", type=click.Path(dir_okay=False, path_type=Path),
              help="Write to this file instead of standard output.")
@store_option
def extract(file: Path, url: str | None, title: str | None, published: str | None, publisher: str | None,
            lang: str | None, fmt: str | None, explain: bool, output: Path | None, store: str | None) -> None:
    """Show the reading of one article (entities, facts, evidence) without storing it."""
    from ..atomic import atomic_write_text
    from ..extract.explain import explanation_html, explanation_text
    from ..extract.show import reading_json
    from ..ingest import explain_file, extract_file
    from ..rdf import reading_turtle

    fmt = fmt or ("text" if explain else "turtle")
    if fmt in ("text", "html") and not explain:
        raise click.UsageError(f"--format {fmt} shows an explanation: add --explain (or use turtle or json)")
    if fmt == "turtle" and explain:
        raise click.UsageError("--explain shows as text, json or html: use --format text, json or html")
    meta = _overrides(url, title, published, publisher, lang)
    kg = open_graph(store, read_only=True)
    try:
        if explain:
            ex = explain_file(file, kg=kg, overrides=meta)
        else:
            reading = extract_file(file, kg=kg, overrides=meta)
    finally:
        kg.close()
    if explain:
        shows: dict[str, Callable[[Explanation], str]] = {
            "text": explanation_text, "html": explanation_html,
            "json": lambda e: json.dumps(e.as_dict(), ensure_ascii=False, indent=2) + "\n"}
        text = shows[fmt](ex)
    elif fmt == "json":
        text = json.dumps(reading_json(reading), ensure_ascii=False, indent=2) + "\n"
    else:
        text = reading_turtle(reading)
    if output is not None:
        atomic_write_text(output, text)
        click.echo(f"wrote {output}", err=True)
    else:
        click.echo(text, nl=False)
