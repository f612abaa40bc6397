"""``kgraph stats``, ``partners``, ``path``, ``shared-partners``, ``rank``, ``communities``, ``validate``, ``export``.

Each command opens the store read-only, calls one function of :mod:`kgraph.analyse`,
:mod:`kgraph.validate` or :mod:`kgraph.export` and formats its answer. networkx and pySHACL are
imported inside the commands, so other commands do not pay for them.
"""
from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

import click

from ..errors import ShapesViolated
from ..export import FORMATS as EXPORT_FORMATS
from ..query.result import display_width, pad
from .app import main, store_option
from .query import open_graph

if TYPE_CHECKING:
    from ..analyse.model import Entity, Tie

#: Choices of the commands (the same as kgraph.analyse's; a test keeps them equal).
VIEWS = ("partnership", "co-attendance", "city-event")
NETWORK_VIEWS = ("partnership", "co-attendance")
MEASURES = ("degree", "betweenness", "pagerank")


def _table(header: list[str], rows: list[list[str]]) -> str:
    widths = [max([display_width(h)] + [display_width(r[i]) for r in rows]) for i, h in enumerate(header)]
    lines = ["  ".join(pad(c, w) for c, w in zip(header, widths)).rstrip(), "  ".join("-" * w for w in widths)]
    lines += ["  ".join(pad(c, w) for c, w in zip(r, widths)).rstrip() for r in rows]
    return "\n".join(lines)


def _sources(tie: Tie, indent: str) -> list[str]:
    if not tie.sources:
        return [f"{indent}source: none recorded (a kg:partnerOf edge without a kg:Partnership node)"]
    head = "source: " if len(tie.sources) == 1 else "sources: "
    return [f"{indent}{head if i == 0 else ' ' * len(head)}{s}" for i, s in enumerate(tie.sources)]


def _name(e: Entity) -> str:
    return e.display()


@main.command()
@click.option("--top", type=click.IntRange(min=1), default=15, show_default=True,
              help="Countries shown in 'ties by country'.")
@store_option
def stats(top: int, store: str | None) -> None:
    """Counts by type, ties by type and by country, articles, and facts without evidence or source.

    Example: kgraph stats --top 5
    """
    from ..analyse import stats as compute

    with open_graph(store, read_only=True) as kg:
        s = compute(kg)
    out = [f"quads          {s.quads}", f"named graphs   {s.graphs}", f"articles       {s.articles}",
           f"ties           {s.ties}", "", "entities by type"]
    out += [f"  {pad(name, 22)} {n}" for name, n in s.by_type]
    out += ["", "ties by type"] + [f"  {pad(name, 22)} {n}" for name, n in s.ties_by_type]
    shown = s.ties_by_country[:top]
    out += ["", (f"ties by country (a tie counts for each country it touches; top {len(shown)} of "
                 f"{len(s.ties_by_country)})")]
    out += [f"  {code}  {pad(name, 20)} {n}" for code, name, n in shown]
    out += ["", "facts without evidence or source",
            f"  partnerships without a source (prov:wasDerivedFrom)   {s.unsourced_ties}",
            f"  article facts without a kg:Evidence node             {s.facts_without_evidence}"]
    click.echo("\n".join(out))


@main.command()
@click.argument("city")
@store_option
def partners(city: str, store: str | None) -> None:
    """The partners of CITY (any language or alias) with the type, year and sources of each tie.

    Example: kgraph partners 광명시
    """
    from ..analyse import partners as find

    with open_graph(store, read_only=True) as kg:
        found = find(kg, city)
    n = len(found.partners)
    click.echo(f"{_name(found.city)}: {n} partner{'s' if n != 1 else ''}")
    for p in found.partners:
        click.echo("")
        click.echo(f"{_name(p.partner)} — {p.tie.describe()}")
        click.echo("\n".join(_sources(p.tie, "  ")))


@main.command()
@click.argument("start")
@click.argument("end")
@click.pass_context
@store_option
def path(ctx: click.Context, start: str, end: str, store: str | None) -> None:
    """The shortest chain of ties from START to END, each step with its type, year and sources.

    Example: kgraph path 광명시 오스틴
    """
    from ..analyse import path as find

    with open_graph(store, read_only=True) as kg:
        found = find(kg, start, end)
    if not found.linked:
        click.echo(f"no chain of ties links {_name(found.start)} and {_name(found.end)}; they lie in different "
                   "parts of the partnership network (kgraph partners CITY lists each one's ties)", err=True)
        ctx.exit(1)
    n = len(found.steps)
    click.echo(f"{_name(found.start)} → {_name(found.end)}: {n} step{'s' if n != 1 else ''}")
    for i, step in enumerate(found.steps, start=1):
        click.echo("")
        click.echo(f"{i}. {_name(step.start)} — {_name(step.end)}")
        click.echo(f"   {step.tie.describe()}")
        click.echo("\n".join(_sources(step.tie, "   ")))


@main.command("shared-partners")
@click.argument("a")
@click.argument("b")
@store_option
def shared_partners(a: str, b: str, store: str | None) -> None:
    """The partners cities A and B have in common, with each one's tie to them.

    Example: kgraph shared-partners Seoul Busan
    """
    from ..analyse import shared_partners as find

    with open_graph(store, read_only=True) as kg:
        found = find(kg, a, b)
    n = len(found.shared)
    click.echo(f"{_name(found.a)} and {_name(found.b)}: {n} shared partner{'s' if n != 1 else ''}")
    if found.direct is not None:
        click.echo(f"(they are partners themselves: {found.direct.describe()})")
    for sp in found.shared:
        click.echo("")
        click.echo(_name(sp.partner))
        click.echo(f"  with {found.a.label}: {sp.tie_a.describe()}")
        click.echo(f"  with {found.b.label}: {sp.tie_b.describe()}")


@main.command()
@click.option("--by", "by", type=click.Choice(MEASURES), default="degree", show_default=True,
              help="Centrality: degree (number of partners), betweenness (bridges), pagerank (weighted by sources).")
@click.option("--view", type=click.Choice(NETWORK_VIEWS), default="partnership", show_default=True,
              help="Network: ties between cities, or co-attendance of events.")
@click.option("--top", type=click.IntRange(min=1), default=20, show_default=True, help="Entries shown.")
@click.option("--sample", type=click.IntRange(min=1), default=None,
              help="Betweenness: estimate from this many sampled source nodes (default: exact up to 1000 nodes, "
                   "else 200).")
@store_option
def rank(by: str, view: str, top: int, sample: int | None, store: str | None) -> None:
    """Rank cities by centrality in the partnership (or co-attendance) network.

    Example: kgraph rank --by betweenness --top 10
    """
    from ..analyse import rank as compute

    with open_graph(store, read_only=True) as kg:
        r = compute(kg, by=by, view=view, top=top, sample=sample)
    rows = [[str(x.place), x.entity.label + (f" ({x.entity.label_ko})" if x.entity.label_ko and
                                              x.entity.label_ko != x.entity.label else ""),
             x.entity.country, f"{x.score:.0f}" if by == "degree" else f"{x.score:.4f}", str(x.degree)]
            for x in r.ranked]
    click.echo(_table(["rank", "name", "country", by, "neighbours"], rows))
    how = f"; sampled from {r.sample} source nodes" if r.sample else ""
    click.echo(f"({by} in the {view} network: {r.nodes} nodes, {r.edges} edges{how})")


@main.command()
@click.option("--view", type=click.Choice(NETWORK_VIEWS), default="partnership", show_default=True,
              help="Network: ties between cities, or co-attendance of events.")
@click.option("--top", type=click.IntRange(min=1), default=10, show_default=True, help="Communities shown.")
@click.option("--members", type=click.IntRange(min=1), default=8, show_default=True,
              help="Members listed per community (hubs first).")
@click.option("--resolution", type=click.FloatRange(min=0, min_open=True), default=1.0, show_default=True,
              help="Louvain resolution: above 1 gives more, smaller communities.")
@store_option
def communities(view: str, top: int, members: int, resolution: float, store: str | None) -> None:
    """Groups of cities more tied to each other than to the rest (Louvain modularity).

    Example: kgraph communities --top 5
    """
    from ..analyse import communities as compute

    with open_graph(store, read_only=True) as kg:
        found = compute(kg, view=view, resolution=resolution)
    click.echo(f"{len(found)} communities in the {view} network (Louvain, resolution {resolution:g}); "
               f"largest {min(top, len(found))} shown")
    for c in found[:top]:
        countries = ", ".join(f"{code} {n}" for code, n in c.countries[:5])
        click.echo("")
        click.echo(f"{c.index}. {c.size} members" + (f" — {countries}" if countries else ""))
        names = ", ".join(m.label for m in c.members[:members])
        more = f" … and {c.size - members} more" if c.size > members else ""
        click.echo(f"   {names}{more}")


@main.command()
@click.option("--file", "file", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Validate this RDF file (.ttl, .trig, .nq, .nt, .jsonld) instead of the store.")
@click.option("--shapes", type=click.Path(exists=True, dir_okay=False, path_type=Path), default=None,
              help="Use these SHACL shapes instead of the shipped ones.")
@click.option("--limit", type=click.IntRange(min=1), default=20, show_default=True,
              help="Violations listed per rule.")
@store_option
def validate(file: Path | None, shapes: Path | None, limit: int, store: str | None) -> None:
    """Check the store (or --file) against the vocabulary's SHACL shapes; exit 1 on violations.

    Example: kgraph validate --file data/cities.ttl
    """
    from ..validate import validate as check

    if file is not None:
        report = check(file, shapes=shapes)
    else:
        with open_graph(store, read_only=True) as kg:
            report = check(kg, shapes=shapes)
    click.echo(report.text(limit=limit), nl=False)
    if not report.conforms:
        n = len(report.violations)
        raise ShapesViolated(f"{n} violation{'s' if n != 1 else ''} of the vocabulary's shapes; fix the nodes "
                             "named above and run kgraph validate again")


@main.command()
@click.option("--format", "fmt", type=click.Choice(EXPORT_FORMATS), default=None,
              help="Format (default: from the file's suffix: .ttl .trig .nq .nt .jsonld .graphml .gexf .csv .xlsx).")
@click.option("--view", type=click.Choice(VIEWS), default=None,
              help="Projection for graphml, gexf and csv (default: partnership); xlsx: only this view's sheet "
                   "(default: one sheet per view).")
@click.option("-o", "--output", "output", type=click.Path(dir_okay=False, path_type=Path), required=True,
              help="File to write (replaced atomically).")
@click.option("--graphs", is_flag=True, help="jsonld: keep the named graphs (default: their union, one graph).")
@click.option("--shards", type=click.IntRange(min=1), default=None, metavar="N",
              help="With --format nquads: write N files NAME-i-of-N.nq, each named graph whole in one of them.")
@store_option
def export(fmt: str | None, view: str | None, output: Path, graphs: bool, shards: int | None,
           store: str | None) -> None:
    """Write the graph for other tools: RDF (turtle, trig, nquads, ntriples, jsonld), graphml, gexf, csv or xlsx.

    Example: kgraph export --format gexf -o ties.gexf
    """
    from ..export import export as write

    with open_graph(store, read_only=True) as kg:
        done = write(kg, output, format=fmt, view=view, graphs=graphs, shards=shards)
    click.echo(done.describe())
