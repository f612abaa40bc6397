"""``kgraph entities --duplicates``, ``kgraph merge`` and ``kgraph unmerge``: one node per real thing."""
from __future__ import annotations

import csv
import io
import json

import click

from .app import main, store_option
from .query import open_graph


@main.command()
@click.option("--duplicates", is_flag=True, required=True, help="List likely duplicates with a reason and a score.")
@click.option("--type", "types", multiple=True, type=click.Choice(["City", "Person", "Organization", "Place"]),
              help="Only entities of this type (repeatable).")
@click.option("--min-score", type=click.FloatRange(0, 1), default=0.0, show_default=True,
              help="Only pairs at least this sure (1 = same name once normalised).")
@click.option("--format", "fmt", type=click.Choice(["table", "csv", "json"]), default="table", show_default=True,
              help="table (for reading), csv or json (one row per pair).")
@store_option
def entities(duplicates: bool, types: tuple[str, ...], min_score: float, fmt: str, store: str | None) -> None:
    """Entities that may name one real thing, for review before `kgraph merge`."""
    from ..analyse.duplicates import TYPES, find_duplicates

    kg = open_graph(store, read_only=True)
    try:
        pairs = find_duplicates(kg, types=types or TYPES, min_score=min_score)
    finally:
        kg.close()
    if fmt == "json":
        click.echo(json.dumps([p.as_dict() for p in pairs], ensure_ascii=False, indent=2))
    elif fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        w.writerow(["type", "score", "a", "names_a", "b", "names_b", "reason"])
        for p in pairs:
            w.writerow([p.type, f"{p.score:.3f}", p.a, " | ".join(p.names_a), p.b, " | ".join(p.names_b), p.reason])
        click.echo(buf.getvalue(), nl=False)
    else:
        for p in pairs:
            click.echo(f"{p.score:.2f}  {p.type:<12} {' / '.join(p.names_a)}  ≈  {' / '.join(p.names_b)}")
            click.echo(f"      {p.a}\n      {p.b}\n      {p.reason}")
        click.echo(f"{len(pairs)} likely duplicate pair(s); `kgraph merge KEEP DROP --why …` merges one")


@main.command()
@click.argument("keep")
@click.argument("drop")
@click.option("--why", default="", help="Why the two are one (kept with the merge).")
@click.option("--who", default=None, help="Who decided (default: the user name).")
@store_option
def merge(keep: str, drop: str, why: str, who: str | None, store: str | None) -> None:
    """Merge DROP into KEEP (names or IRIs): queries see one node; `kgraph unmerge DROP` takes it back."""
    from ..merge import merge as run_merge

    kg = open_graph(store)
    try:
        rec = run_merge(kg, keep, drop, why=why, who=who)
    finally:
        kg.close()
    click.echo(f"merged {rec.merged} into {rec.kept} ({len(rec.undo)} graph(s) rewritten); "
               f"`kgraph unmerge {rec.merged}` takes it back")


@main.command()
@click.argument("merged")
@store_option
def unmerge(merged: str, store: str | None) -> None:
    """Take back the merge of MERGED (the IRI that was merged away)."""
    from ..merge import unmerge as run_unmerge

    kg = open_graph(store)
    try:
        rec = run_unmerge(kg, merged)
    finally:
        kg.close()
    click.echo(f"{rec.merged} is its own node again ({len(rec.undo)} graph(s) restored)")
