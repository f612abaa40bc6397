"""``kgraph check``: the ties the news states against the registry of ties."""
from __future__ import annotations

import csv
import io
import json

import click

from .app import main, store_option
from .query import open_graph

FORMATS = ("table", "csv", "json")


@main.command()
@click.option("--city", help="Only the ties of this city (any name the graph knows: 광명시, Gwangmyeong).")
@click.option("--status", type=click.Choice(["confirmed", "new", "conflicting"]), help="Only ties with this status.")
@click.option("--format", "fmt", type=click.Choice(FORMATS), default="table", show_default=True,
              help="table (for reading), csv or json (every field, one row per article and tie).")
@store_option
def check(city: str | None, status: str | None, fmt: str, store: str | None) -> None:
    """Each tie an article states, checked against the registry: confirmed, new or conflicting."""
    from ..analyse.check import check as run_check

    kg = open_graph(store, read_only=True)
    try:
        rows = run_check(kg, city=city, status=status)
    finally:
        kg.close()
    if fmt == "json":
        click.echo(json.dumps([r.as_dict() for r in rows], ensure_ascii=False, indent=2))
        return
    if fmt == "csv":
        buf = io.StringIO()
        w = csv.writer(buf)
        head = ["status", "city_a", "city_b", "article", "types", "years", "sentence", "registry_types",
                "registry_years", "registry_sources", "tie"]
        w.writerow(head)
        for r in rows:
            d = r.as_dict()
            w.writerow([" | ".join(map(str, v)) if isinstance(v, list) else v for v in (d[h] for h in head)])
        click.echo(buf.getvalue(), nl=False)
        return
    if not rows:
        click.echo("no ties stated by articles" + (f" for {city}" if city else "")
                   + (f" with status {status}" if status else ""))
        return
    for r in rows:
        click.echo(f"{r.status.upper():<12} {r.cities[0]} — {r.cities[1]}")
        years = " " + ", ".join(r.years) if r.years else ""
        click.echo(f"  news:     {', '.join(r.types) or 'tie'}{years}  ({r.article})")
        if r.sentence:
            click.echo(f"            “{r.sentence}”")
        if r.status == "new":
            click.echo("  registry: no such tie")
        else:
            click.echo(f"  registry: {', '.join(r.registry_types) or 'tie'}"
                       f"{' ' + ', '.join(r.registry_years) if r.registry_years else ''}")
            for src in r.registry_sources:
                click.echo(f"            {src}")
    counts = {s: sum(1 for r in rows if r.status == s) for s in ("confirmed", "new", "conflicting")}
    click.echo(f"{len(rows)} ties: " + ", ".join(f"{n} {s}" for s, n in counts.items()))
