"""Ingest: files → articles → readings → one named graph per article, each written atomically."""
from __future__ import annotations

import glob
import os
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import ExitStack
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol

from .errors import ExtractionError, KgraphError, ReadError, StoreBusy, StoreDamaged, UsageError
from .extract.explain import Explanation, explain_article
from .extract.model import Reading
from .extract.pipeline import Extractor
from .graph_core import GraphCore
from .parallel import Read, default_workers, read_files
from .read import read_article
from .read.load import SUFFIXES
from .store.ntriples import NTriples

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

#: articles are written in batches: the writer's lock is held for one batch, never for a whole run. Each batch
#: pays a fixed price for the store's safety (the database is checked before it is opened for writing, flushed
#: and published to readers after): ~0.1 s, which 100 articles share (25 paid ~4 ms an article)
BATCH_ARTICLES = 100
#: ... or what was read in this many seconds, counted from the first article read (not from the start-up)
BATCH_SECONDS = 2.0
#: from this many articles on, ingest reads in a process pool by default (below it, starting the
#: workers — each loads Kiwi and the gazetteer — costs more than it saves)
AUTO_POOL_MIN = 40


@dataclass
class IngestReport:
    """What an ingest run did: articles stored, files refused (with why), counts."""

    stored: list[tuple[str, str, int]] = field(default_factory=list)  #: (file, article IRI, triples)
    failed: list[tuple[str, str]] = field(default_factory=list)  #: (file, message)
    entities: int = 0
    facts: int = 0
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.failed


def expand(paths: Iterable[str | os.PathLike[str]]) -> list[Path]:
    """Files named by paths, folders (recursively) and globs, article types only, in a stable order."""
    def article_like(f: Path) -> bool:
        # a broken link or a link loop is kept, so that it is reported like any other unreadable file
        return f.suffix.lower() in SUFFIXES and (f.is_file() or (f.is_symlink() and not f.exists()))

    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            out += sorted(f for f in p.rglob("*") if article_like(f))
        elif p.is_file() or p.is_symlink():
            out.append(p)
        else:
            hits = sorted(Path(h) for h in glob.glob(str(raw), recursive=True))
            if not hits:
                raise ReadError(f"{raw}: no such file, folder or matching glob; check the path")
            out += [h for h in hits if article_like(h)]
            out += [f for h in hits if h.is_dir() for f in sorted(h.rglob("*")) if article_like(f)]
    seen: set[Path] = set()
    unique = []
    for f in out:
        try:
            r = f.resolve()
        except (OSError, RuntimeError):  # a link loop
            r = f.absolute()
        if r not in seen:
            seen.add(r)
            unique.append(f)
    return unique


def extract_file(path: str | os.PathLike[str], *, kg: object | None = None,
                 overrides: Mapping[str, object] | None = None, extractor: Extractor | None = None) -> Reading:
    """Read and extract one file without storing anything.

    Raises :class:`~kgraph.errors.ReadError` when the file is no article and
    :class:`~kgraph.errors.ExtractionError` when the reading rules fail on it."""
    article = read_article(path, overrides=overrides)
    extractor = extractor or Extractor(_graph(kg))
    try:
        return extractor.read(article)
    except (KgraphError, RecursionError):  # (the CLI words the second: input nested too deeply)
        raise
    except Exception as exc:  # a reading rule failed on unusual text: kgraph's fault, not the file's
        raise _reading_failed(path, exc) from exc


def explain_file(path: str | os.PathLike[str], *, kg: object | None = None,
                 overrides: Mapping[str, object] | None = None) -> Explanation:
    """Read one file under a trace: per sentence, tokens, mentions and their rules, drops, facts.

    Raises as :func:`extract_file` does."""
    article = read_article(path, overrides=overrides)
    extractor = Extractor(_graph(kg))
    try:
        return explain_article(article, extractor)
    except (KgraphError, RecursionError):  # (the CLI words the second: input nested too deeply)
        raise
    except Exception as exc:  # a reading rule failed on unusual text: kgraph's fault, not the file's
        raise _reading_failed(path, exc) from exc


def _reading_failed(path: str | os.PathLike[str], exc: Exception) -> ExtractionError:
    """The error for a reading rule that failed on ``path``: what failed, and whom to tell."""
    return ExtractionError(f"{os.fspath(path)}: the article was read but extracting its facts failed "
                           f"({type(exc).__name__}: {exc}); this is a fault in kgraph, please report it with the "
                           "article (kgraph ingest still stores the article's metadata)")


def _graph(kg: object | None) -> Any:
    """The graph to learn names and ties from: the store's, else the shipped graph."""
    if kg is not None:
        return kg
    return GraphCore.shipped()  # the facade's core: the facade itself imports this module


class SizedReads(Protocol):
    """What a progress callback is given: the reads to come, and how many there will be."""

    def __len__(self) -> int: ...

    def __iter__(self) -> Iterator[Read]: ...


class _Sized:
    """An iterator that knows how many items it will give (for progress bars)."""

    def __init__(self, items: Iterable[Read], n: int) -> None:
        self._items, self._n = iter(items), n

    def __len__(self) -> int:
        return self._n

    def __iter__(self) -> Iterator[Read]:
        return self._items


def ingest(kg: KnowledgeGraph, paths: Iterable[str | os.PathLike[str]], *,
           overrides: Mapping[str, object] | None = None,
           progress: Callable[[SizedReads], Iterable[Read]] | None = None, workers: int | None = None,
           dask: Any = None) -> IngestReport:
    """Read, extract and store every article; a bad file is reported and skipped, nothing else is lost.

    Each article's graph replaces the graph it had before (same URL, or same text without URL), in
    one transaction. Articles are written in batches (:data:`BATCH_ARTICLES` or every
    :data:`BATCH_SECONDS`); the store's writer lock is held only while a batch is written, so other
    writers interleave and readers are never blocked. ``workers`` > 1 reads in a process pool (None:
    the machine's cores from :data:`AUTO_POOL_MIN` articles on, else in this process). ``dask`` (a
    ``distributed.Client`` or a scheduler address such as ``tcp://10.0.0.5:8786``) reads on that Dask
    cluster instead (:mod:`kgraph.cluster`). Either way only this process writes. Nodes
    merged with ``kgraph merge`` stay merged: a re-read article names the kept node.
    """
    from .merge import canonicalise, mapping, note_rewrite

    if dask is not None and workers is not None:
        raise UsageError("give either workers (a process pool on this machine) or a Dask cluster, not both")
    files = expand(paths)
    if overrides and len(files) > 1 and any(overrides.values()):
        raise ReadError("--url/--title/--published/--publisher/--lang describe one article; give one file with them")
    report = IngestReport()
    if not files:
        raise ReadError("no .html, .htm, .txt or .md files found in the given paths; check the paths")
    extractor = Extractor(kg)
    merged = mapping(kg)
    pending: list[tuple[Read, list[Any] | NTriples, tuple[list[str], list[str]]]] = []
    last_write: float | None = None  # set when the first article is read: loading the readers is no reading time

    def write_pending() -> None:
        """Write the readings read so far, under one acquisition of the store's writer lock."""
        nonlocal last_write
        if not pending:
            return
        batch, pending[:] = list(pending), []
        with kg.batch():
            for r, triples, (removed, added) in batch:
                try:
                    kg.replace_graph(r.graph, triples)
                    if removed:
                        note_rewrite(kg, r.graph, merged, removed, added)
                except (StoreBusy, StoreDamaged):
                    raise
                except KgraphError as exc:
                    report.failed.append((str(r.path), str(exc)))
                    continue
                count = triples.count if isinstance(triples, NTriples) else len(triples)
                report.stored.append((str(r.path), str(r.graph), count))
                report.entities += r.entities
                report.facts += r.facts
                report.notes += [f"{r.path.name}: {n}" for n in r.notes]
        last_write = time.monotonic()

    with ExitStack() as stack:
        if dask is not None:
            from .cluster import connected, read_files_dask

            client = stack.enter_context(connected(dask))
            reads = read_files_dask(files, extractor=extractor, client=client, overrides=overrides)
        else:
            n = workers if workers is not None else (default_workers() if len(files) >= AUTO_POOL_MIN else 1)
            reads = read_files(files, extractor=extractor, workers=n, overrides=overrides)
        sized = _Sized(reads, len(files))
        try:
            for r in (progress(sized) if progress else sized):
                if r.error is not None:
                    report.failed.append((str(r.path), r.error))
                    continue
                if merged:  # (merged nodes are renamed in rdflib terms: packed triples are unpacked)
                    triples, removed, added = canonicalise(r.unpacked(), merged)
                    pending.append((r, triples, (removed, added)))
                else:
                    pending.append((r, r.payload(), ([], [])))
                if last_write is None:
                    last_write = time.monotonic()
                if len(pending) >= BATCH_ARTICLES or time.monotonic() - last_write >= BATCH_SECONDS:
                    write_pending()
        finally:
            write_pending()  # what was read is stored, also when interrupted
    return report
