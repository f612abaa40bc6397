"""``kgraph store check|repair|backup|restore``: look after an on-disk store (see docs/operations.md)."""
from __future__ import annotations

from pathlib import Path

import click

from ..errors import StoreDamaged
from .app import main, store_option


def _store_path(store: str | None) -> Path:
    from ..graph import default_store_path

    return Path(store).expanduser() if store else default_store_path()


@main.group("store")
def store_group() -> None:
    """Check, repair, back up and restore the store (nothing here deletes data)."""


@store_group.command("check")
@store_option
def check(store: str | None) -> None:
    """Read the whole store without writing to it; exit 3 when it is damaged."""
    from ..store.maintenance import check as run_check

    report = run_check(_store_path(store))
    click.echo(f"store: {report.path}")
    if report.quads is not None:
        click.echo(f"quads: {report.quads} (every index read whole and in agreement)")
        click.echo(f"named graphs: {report.graphs}")
    for note in report.notes:
        click.echo(f"note: {note}")
    if report.ok:
        click.echo("the store is whole")
        return
    raise StoreDamaged(f"the store at {report.path} is damaged: " + "; ".join(report.problems)
                       + f"; run `kgraph store repair --store {report.path}`, or restore a backup with "
                       f"`kgraph store restore BACKUP --store {report.path}`", problems=report.problems)


@store_group.command("repair")
@click.option("--rollback", is_flag=True, help="Put back an interrupted load's checkpoint even if it cannot be "
              "proved whole.")
@click.option("--keep-current", is_flag=True, help="Keep the store as it is and drop an interrupted load's "
              "checkpoint that is not whole.")
@store_option
def repair(rollback: bool, keep_current: bool, store: str | None) -> None:
    """Repair what can be repaired without losing data; the store as it was is copied beside it first."""
    from ..errors import UsageError
    from ..store.maintenance import repair as run_repair

    if rollback and keep_current:
        raise UsageError("give --rollback or --keep-current, not both")
    report = run_repair(_store_path(store), rollback=rollback, keep_current=keep_current)
    for action in report.actions:
        click.echo(f"repaired: {action}")
    if report.aside is not None:
        click.echo(f"the store as it was before the repair is kept in {report.aside} (delete it when satisfied)")
    if report.remaining:
        raise StoreDamaged(f"the store at {report.path} could not be fully repaired: " + "; ".join(report.remaining)
                           + "; restore a backup with `kgraph store restore BACKUP`, or move the store aside and "
                           "ingest the articles again", problems=report.remaining)
    if not report.actions:
        click.echo("nothing to repair: the store is whole")


@store_group.command("backup")
@click.argument("dest", type=click.Path(path_type=Path))
@store_option
def backup(dest: Path, store: str | None) -> None:
    """Copy the store into DEST (a new folder), verified; writers are not held up."""
    from ..store.maintenance import backup as run_backup

    manifest = run_backup(_store_path(store), dest)
    click.echo(f"backed up {manifest['quads']} quads in {manifest['graphs']} named graphs to {dest}")


@store_group.command("restore")
@click.argument("backup_dir", metavar="BACKUP", type=click.Path(path_type=Path))
@store_option
def restore(backup_dir: Path, store: str | None) -> None:
    """Replace the store with BACKUP (checked first); the old files are moved aside, not deleted."""
    from ..store.maintenance import restore as run_restore

    manifest, aside = run_restore(backup_dir, _store_path(store))
    click.echo(f"restored {manifest['quads']} quads from {backup_dir} (made {manifest['time']})")
    if aside is not None:
        click.echo(f"the store's previous files are kept in {aside} (delete them when satisfied)")
