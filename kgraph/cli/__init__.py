"""The ``kgraph`` command line: a thin shell over the library.

Each command parses its input, calls one library function and formats the answer. This package is
the only place that turns :class:`~kgraph.errors.KgraphError` into messages and exit codes.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import KgraphError

F = TypeVar("F", bound=Callable[..., Any])


class KgraphGroup(click.Group):
    """A click group that turns kgraph's errors into ``Error: ...`` messages and exit codes."""

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgraphError as exc:
            err = click.ClickException(str(exc))
            err.exit_code = exc.exit_code
            raise err from exc
        except KeyboardInterrupt:
            click.echo("interrupted; nothing half-written was kept", err=True)
            sys.exit(130)


def store_option(f: F) -> F:
    """``--store PATH`` (env ``KGRAPH_STORE``): the store a command works on."""
    return click.option("--store", "store", type=click.Path(file_okay=False, path_type=str), envvar="KGRAPH_STORE",
                        default=None, show_envvar=True,
                        help="Store folder (default: ~/.local/share/kgraph/store; created from the shipped graph "
                             "on first use).")(f)


@click.group(cls=KgraphGroup, context_settings={"help_option_names": ["-h", "--help"]})
@click.version_option(package_name="kgraph")
def main() -> None:
    """kgraph: a sister-city cooperation knowledge graph (read → extract → store → query/analyse/render)."""


from . import query as _query  # noqa: E402,F401  (registers query, queries, build, load, info)

for _mod in ("ingest", "render", "dossier", "analyse"):
    try:
        __import__(f"{__name__}.{_mod}")
    except ModuleNotFoundError as _exc:  # a command module not written yet
        if _exc.name != f"{__name__}.{_mod}":
            raise
