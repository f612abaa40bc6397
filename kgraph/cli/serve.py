"""``kgraph serve``: the store over the SPARQL 1.1 Protocol, with a query page, REST and views."""
from __future__ import annotations

import click

from .app import main, store_option
from .query import open_graph


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True,
              help="Address to listen on (loopback; any other address needs --public).")
@click.option("--port", type=click.IntRange(min=1, max=65535), default=8000, show_default=True, help="TCP port.")
@click.option("--public", is_flag=True, help="Allow a --host other than loopback (the graph is then readable by "
              "anyone who can reach that address).")
@click.option("--timeout", type=click.FloatRange(min=0, min_open=True), default=30.0, show_default=True,
              help="Stop a query after this many seconds and answer 503.")
@click.option("--max-rows", type=click.IntRange(min=1), default=10_000, show_default=True,
              help="Cut results after this many rows (or triples); the Kgraph-Truncated header says so.")
@click.option("--allow-update", is_flag=True,
              help="Accept SPARQL updates, only with the token printed at start (default: read-only, updates get 403).")
@click.option("--example-city", default="광명시", show_default=True, help="The city the query page's examples use.")
@store_option
def serve(host: str, port: int, public: bool, timeout: float, max_rows: int, allow_update: bool,
          example_city: str, store: str | None) -> None:
    """Serve the graph: SPARQL endpoint /sparql, query page /, REST /queries/NAME, views /views/city/NAME.

    Runs until interrupted (Ctrl-C).
    """
    from ..serve import ServeConfig, new_token
    from ..serve import serve as run_server
    from ..serve.config import check_host

    check_host(host, public=public)
    token = new_token() if allow_update else None
    config = ServeConfig(timeout=timeout, max_rows=max_rows, update_token=token, example_city=example_city)
    kg = open_graph(store, read_only=not allow_update)

    def started(url: str) -> None:
        click.echo(f"kgraph serve: {url} (query page), {url}sparql (SPARQL endpoint, "
                   f"{'updates need the token' if token else 'read-only'}); Ctrl-C stops it")
        if token:
            click.echo(f"update token: {token}")
            click.echo("send it as the header 'Authorization: Bearer TOKEN' with each update")

    try:
        run_server(kg, host=host, port=port, config=config, public=public, on_start=started)
    finally:
        kg.close()
