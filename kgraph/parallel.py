"""Reading many articles at once: a process pool, one Extractor per worker process.

The gazetteer and the registry are built once, from the store, in the parent process and handed to
each worker (where the platform forks, with the parent's Kiwi, built once: :func:`_pool_start`), so
every worker reads with exactly what a single process would (a reading never depends on which worker
made it, nor on what it read before). Workers read and extract; they never touch the
store: they send back each article's triples, packed as N-Triples bytes (:func:`packed`), and the
parent writes them (in batches, under the store's writer lock). Results come back in the order of the
files, so two runs store the same graphs.
"""
from __future__ import annotations

import multiprocessing
import os
from collections.abc import Iterable, Iterator, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .errors import KgraphError
from .store.ntriples import NTriples, pack

_EXTRACTOR: Any = None  #: the worker's own Extractor (set by the pool's initializer)
#: articles read in a row: their paragraphs are analysed together before their reading (see
#: :meth:`~kgraph.extract.pipeline.Extractor.prepare`); a worker of a pool takes up to this many at a time
PREPARED_ARTICLES = 16


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
    packed: NTriples | None = None  #: the triples as N-Triples, in place of ``triples`` (see :func:`packed`)

    @property
    def count(self) -> int:
        """How many triples the article's graph has (packed or not)."""
        return self.packed.count if self.packed is not None else len(self.triples)

    def unpacked(self) -> list[Any]:
        """The triples in rdflib terms, unpacked if they came packed."""
        return self.packed.triples() if self.packed is not None else self.triples

    def payload(self) -> list[Any] | NTriples:
        """What the writer stores: the packed triples as they came, else the triples."""
        return self.packed if self.packed is not None else self.triples


def packed(read: Read) -> Read:
    """``read`` with its triples packed as N-Triples, to travel from a worker process to the writer.

    Rebuilding rdflib terms on the writer's side costs more than the reading worker's packing, and
    the writer is the one serial part of a parallel ingest; a store that declares ``ntriples``
    loads the bytes without making a Python term (:mod:`kgraph.store.ntriples`). Triples that
    cannot be packed (a blank node, a term that is no RDF) travel as they are.
    """
    if read.triples and read.packed is None:
        nt = pack(read.triples)
        if nt is not None:
            read.packed, read.triples = nt, []
    return read


def default_workers() -> int:
    """The machine's cores available to this process.

    >>> default_workers() >= 1
    True
    """
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # not on Linux
        return max(1, os.cpu_count() or 1)


def extract_article(path: Path, article: Any, extractor: Any) -> Read:
    """One article read already, extracted into a :class:`Read` (in whatever process runs it)."""
    from .extract.model import Reading
    from .rdf import article_node, to_triples

    notes: list[str] = []
    try:
        reading = extractor.read(article)
    except Exception as exc:  # a reading rule failed on unusual text: keep the article, say so
        reading = Reading(article)
        notes.append(f"only its metadata was stored, the reading failed ({type(exc).__name__}: {exc}); "
                     "please report this article")
    return Read(Path(path), article_node(reading), to_triples(reading), len(reading.entities),
                len(reading.facts), notes + list(reading.notes))


def read_many(paths: list[Path], extractor: Any, overrides: Mapping[str, object] | None) -> list[Read]:
    """Read and extract several files, in order: their articles are read first and their paragraphs
    analysed together (:meth:`~kgraph.extract.pipeline.Extractor.prepare`), then each is extracted."""
    from .read import read_article

    articles: list[tuple[Path, Any]] = []
    for path in paths:
        try:
            articles.append((path, read_article(path, overrides=overrides)))
        except KgraphError as exc:
            articles.append((path, Read(Path(path), error=str(exc))))
    extractor.prepare(a for _, a in articles if not isinstance(a, Read))
    return [a if isinstance(a, Read) else extract_article(path, a, extractor) for path, a in articles]


def _chunks(files: list[Path], size: int) -> Iterator[list[Path]]:
    for i in range(0, len(files), size):
        yield files[i:i + size]


def _init(gazetteer: Any, registry: Any) -> None:
    global _EXTRACTOR
    from .extract.pipeline import Extractor

    _EXTRACTOR = Extractor(gazetteer=gazetteer, registry=registry)


def _adopt(extractor: Any) -> None:
    global _EXTRACTOR
    _EXTRACTOR = extractor


def _work(job: tuple[list[Path], Mapping[str, object] | None]) -> list[Read]:
    return [packed(r) for r in read_many(job[0], _EXTRACTOR, job[1])]


def _pool_start(extractor: Any) -> tuple[Any, Any, tuple[Any, ...]]:
    """How the pool's workers start: (context, initializer, its arguments).

    Where the platform forks, the parent loads and builds its Kiwi (taught the gazetteer's names)
    once and the workers are forked with its Extractor: each would otherwise spend ~2 s and ~350 MB
    loading the same analyser and ~0.5 s importing kgraph (measured: a forked worker's first analysis
    takes 2 ms). Its readings are the same: an Extractor's reading never depends on what it read before.
    The workers only read with that Kiwi (one text at a time, in the calling thread), never the
    parent's store, and leave without running its finalisers. Elsewhere a fresh interpreter per
    worker builds its own Extractor from the gazetteer and registry.
    """
    if "fork" in multiprocessing.get_all_start_methods():
        extractor.state.build()
        return multiprocessing.get_context("fork"), _adopt, (extractor,)
    return multiprocessing.get_context("spawn"), _init, (extractor.gazetteer, extractor.registry)


def read_files(files: Iterable[Path], *, extractor: Any, workers: int = 1,
               overrides: Mapping[str, object] | None = None) -> Iterator[Read]:
    """Each file read and extracted, in the order given; ``workers`` > 1 reads in a process pool."""
    files = list(files)
    if workers <= 1 or len(files) < 2:
        for chunk in _chunks(files, PREPARED_ARTICLES):
            yield from read_many(chunk, extractor, overrides)
        return
    ctx, init, initargs = _pool_start(extractor)
    size = max(1, min(PREPARED_ARTICLES, len(files) // (4 * workers)))  # each worker gets several jobs
    with ctx.Pool(min(workers, len(files)), initializer=init, initargs=initargs) as pool:
        for reads in pool.imap(_work, [(chunk, overrides) for chunk in _chunks(files, size)]):
            yield from reads
