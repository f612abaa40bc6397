"""The ``kgraph`` command group and what every command shares: ``--store``, and turning kgraph's errors
into messages and exit codes (:class:`KgraphGroup`).

The command modules (``query``, ``ingest``, ``render`` …) add their commands to :func:`main`;
:mod:`kgraph.cli` imports them all, so this module imports none of them.
"""
from __future__ import annotations

import sys
from collections.abc import Callable
from typing import Any, TypeVar

import click

from ..errors import KgraphError

F = TypeVar("F", bound=Callable[..., Any])


#: longest message printed whole; longer ones (a huge parameter echoed back) are cut in the middle
MAX_MESSAGE = 2000


def short_message(text: str, *, limit: int = MAX_MESSAGE) -> str:
    """``text``, cut in the middle when longer than ``limit`` characters.

    >>> short_message("a" * 10 + "b" * 10, limit=12)
    'aaaaaa … (8 characters cut) … bbbbbb'
    """
    if len(text) <= limit:
        return text
    half = limit // 2
    return f"{text[:half]} … ({len(text) - 2 * half} characters cut) … {text[-half:]}"


def undecodable_argument(args: list[str]) -> str | None:
    """The first argument that was not valid UTF-8 on the command line (Python keeps it as surrogates)."""
    for arg in args:
        try:
            arg.encode("utf-8")
        except UnicodeEncodeError:
            return arg
    return None


def _bad_argument_message(arg: str) -> str:
    raw = arg.encode("utf-8", "surrogateescape")
    guess = ""
    for enc in ("cp949", "euc-jp", "gb18030", "latin-1"):
        try:
            guess = f" (in {enc.upper()} it would read {raw.decode(enc)!r})"
            break
        except UnicodeDecodeError:
            continue
    return (f"a command-line argument is not valid UTF-8{guess}; kgraph reads arguments as UTF-8: set your terminal "
            "to UTF-8 (e.g. export LANG=ko_KR.UTF-8) or pass the name in UTF-8")


def _os_error_message(exc: OSError) -> str:
    where = f" {exc.filename}" if exc.filename else ""
    what = exc.strerror or str(exc)
    return (f"cannot use{where}: {what}; check that the path exists, is the kind of file expected, and that you may "
            "write there")


class KgraphGroup(click.Group):
    """A click group that turns kgraph's errors into ``Error: ...`` messages and exit codes."""

    def main(self, args: Any = None, *rest: Any, **kwargs: Any) -> Any:
        argv = list(sys.argv[1:] if args is None else args)
        if (bad := undecodable_argument(argv)) is not None:
            click.echo(f"Error: {_bad_argument_message(bad)}", err=True)
            sys.exit(2)
        return super().main(args, *rest, **kwargs)

    def invoke(self, ctx: click.Context) -> Any:
        try:
            return super().invoke(ctx)
        except KgraphError as exc:
            err = click.ClickException(short_message(str(exc)))
            err.exit_code = exc.exit_code
            raise err from exc
        except OSError as exc:  # a file the user named (an output, a store folder) cannot be used
            err = click.ClickException(short_message(_os_error_message(exc)))
            err.exit_code = 1
            raise err from exc
        except RecursionError as exc:
            err = click.ClickException("the input is nested too deeply to process; simplify it")
            err.exit_code = 1
            raise err from exc
        except KeyboardInterrupt:
            click.echo("kgraph: interrupted; what was stored before the interruption is kept (each article and "
                       "each load is stored whole or not at all); run the same command again to finish", err=True)
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
