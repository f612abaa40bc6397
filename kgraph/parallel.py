"""Reading many articles at once: a process pool, one Kiwi and one Extractor per worker process.

The gazetteer and the registry are built once, from the store, in the parent process and handed to
each worker, so every worker reads with exactly what a single process would (a reading never depends
on which worker made it, nor on what it read before). Workers read and extract; they never touch the
store: they send back each article's triples, and the parent writes them (in batches, under the
store's writer lock). Results come back in the order of the files, so two runs store the same graphs.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Mapping
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import KgraphError

_EXTRACTOR: Any = None  #: the worker's own Extractor (set by the pool's initializer)


@dataclass
class Read:
    """One file read by a worker: its graph and triples, or why it failed."""

    path: Path
    graph: Any = None
    triples: list[Any] = field(default_factory=list)
    entities: int = 0
    facts: int = 0
    notes: list[str] = field(default_factory=list)
    error: str | None = None  #: a KgraphError's message: the file is refused, nothing is stored for it


def default_workers() -> int:
    """The machine's cores available to this process.

    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_article(path: Path, article: Any, extractor: Any, *, ahead: Any = None) -> Read:
    """One article read already, extracted into a :class:`Read` (in whatever process runs it); ``ahead``:
    Kiwi's sentences of its lines, split ahead (:meth:`~kgraph.extract.pipeline.Extractor.split_ahead`)."""
    from .extract.model import Reading
    from .extract.reading_state import given
    from .rdf import article_node, to_triples

    notes: list[str] = []
    try:
        with given(ahead):
            reading = extractor.read(article)
    except Exception as exc:  # a reading rule failed on unusual text: keep the article, say so
        reading = Reading(article)
        notes.append(f"only its metadata was stored, the reading failed ({type(exc).__name__}: {exc}); "
                     "please report this article")
    return Read(Path(path), article_node(reading), to_triples(reading), len(reading.entities),
                len(reading.facts), notes + list(reading.notes))


def read_one(path: Path, extractor: Any, overrides: Mapping[str, object] | None) -> Read:
    """Read and extract one file into a :class:`Read` (in whatever process runs it)."""
    from .read import read_article

    try:
        article = read_article(path, overrides=overrides)
    except KgraphError as exc:
        return Read(Path(path), error=str(exc))
    return extract_article(path, article, extractor)


def _ahead(path: Path, extractor: Any, overrides: Mapping[str, object] | None) -> tuple[Any, Any]:
    """A file read, and Kiwi's sentences of its lines (what can be done before its reading, in another thread).

    The article is a :class:`~kgraph.errors.KgraphError` when the file is refused. Should Kiwi fail
    on the text, nothing is split ahead: the reading meets the failure itself and says so.
    """
    from .read import read_article

    try:
        article = read_article(path, overrides=overrides)
    except KgraphError as exc:
        return exc, None
    try:
        return article, extractor.split_ahead(article)
    except Exception:  # the reading asks Kiwi again, and reports what fails
        return article, None


def _read_in_turn(files: list[Path], extractor: Any, overrides: Mapping[str, object] | None) -> Iterator[Read]:
    """Each file read and extracted in this process, in order; while one article is read, a thread reads the
    next file and has Kiwi split its lines (Kiwi lets go of the interpreter while it works, so both go on
    at once). The readings are what :func:`read_one` gives file by file."""
    with ThreadPoolExecutor(max_workers=1, thread_name_prefix="kgraph-ahead") as pool:
        nxt = pool.submit(_ahead, files[0], extractor, overrides) if files else None
        for i, f in enumerate(files):
            assert nxt is not None
            article, ahead = nxt.result()
            nxt = pool.submit(_ahead, files[i + 1], extractor, overrides) if i + 1 < len(files) else None
            if isinstance(article, KgraphError):
                yield Read(Path(f), error=str(article))
            else:
                yield extract_article(f, article, extractor, ahead=ahead)


def _init(gazetteer: Any, registry: Any) -> None:
    global _EXTRACTOR
    from .extract.pipeline import Extractor

    _EXTRACTOR = Extractor(gazetteer=gazetteer, registry=registry)


def _work(job: tuple[Path, Mapping[str, object] | None]) -> Read:
    return read_one(job[0], _EXTRACTOR, job[1])


def read_files(files: Iterable[Path], *, extractor: Any, workers: int = 1,
               overrides: Mapping[str, object] | None = None) -> Iterator[Read]:
    """Each file read and extracted, in the order given; ``workers`` > 1 reads in a process pool."""
    files = list(files)
    if workers <= 1 or len(files) < 2:
        yield from _read_in_turn(files, extractor, overrides)
        return
    ctx = multiprocessing.get_context("spawn")  # a fresh interpreter: no inherited Kiwi threads or locks
    with ctx.Pool(min(workers, len(files)), initializer=_init,
                  initargs=(extractor.gazetteer, extractor.registry)) as pool:
        yield from pool.imap(_work, [(f, overrides) for f in files], chunksize=2)
