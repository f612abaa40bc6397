"""Ingest: files → articles → readings → one named graph per article, each written atomically."""
from __future__ import annotations

import glob
import os
import time
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path

from rdflib.term import Identifier

from .errors import KgraphError, ReadError, StoreBusy, StoreDamaged
from .extract.model import Reading
from .extract.pipeline import Extractor
from .read import read_article
from .read.load import SUFFIXES
from .rdf import article_node, to_triples


#: articles are written in batches: the writer's lock is held for one batch, never for a whole run
BATCH_ARTICLES = 25
BATCH_SECONDS = 2.0


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
    """Read and extract one file without storing anything."""
    article = read_article(path, overrides=overrides)
    return (extractor or Extractor(kg)).read(article)


def ingest(kg: object, paths: Iterable[str | os.PathLike[str]], *, overrides: Mapping[str, object] | None = None,
           progress: Callable[[Iterable[Path]], Iterable[Path]] | None = None) -> IngestReport:
    """Read, extract and store every article; a bad file is reported and skipped, nothing else is lost.

    Each article's graph replaces the graph it had before (same URL, or same text without URL), in
    one transaction. Articles are written in batches (:data:`BATCH_ARTICLES` or every
    :data:`BATCH_SECONDS`); the store's writer lock is held only while a batch is written, so other
    writers interleave and readers are never blocked.
    """
    from .graph import KnowledgeGraph

    assert isinstance(kg, KnowledgeGraph)
    files = expand(paths)
    if overrides and len(files) > 1 and any(overrides.values()):
        raise ReadError("--url/--title/--published/--publisher/--lang describe one article; give one file with them")
    report = IngestReport()
    if not files:
        raise ReadError("no .html, .htm, .txt or .md files found in the given paths; check the paths")
    extractor = Extractor(kg)
    pending: list[tuple[Path, Reading, Identifier, list]] = []
    last_write = time.monotonic()

    def write_pending() -> None:
        """Write the readings read so far, under one acquisition of the store's writer lock."""
        nonlocal last_write
        if not pending:
            return
        batch, pending[:] = list(pending), []
        with kg.batch():
            for f, reading, graph, triples in batch:
                try:
                    kg.replace_graph(graph, triples)
                except (StoreBusy, StoreDamaged):
                    raise
                except KgraphError as exc:
                    report.failed.append((str(f), str(exc)))
                    continue
                report.stored.append((str(f), str(graph), len(triples)))
                report.entities += len(reading.entities)
                report.facts += len(reading.facts)
                report.notes += [f"{f.name}: {n}" for n in reading.notes]
        last_write = time.monotonic()

    try:
        for f in (progress(files) if progress else files):
            try:
                article = read_article(f, overrides=overrides)
                try:
                    reading = extractor.read(article)
                except Exception as exc:  # a reading rule failed on unusual text: keep the article, say so
                    reading = Reading(article)
                    reading.notes.append(f"only its metadata was stored, the reading failed "
                                         f"({type(exc).__name__}: {exc}); please report this article")
                triples = to_triples(reading)
                graph = article_node(reading)
            except KgraphError as exc:
                report.failed.append((str(f), str(exc)))
                continue
            pending.append((Path(f), reading, graph, triples))
            if len(pending) >= BATCH_ARTICLES or time.monotonic() - last_write >= BATCH_SECONDS:
                write_pending()
    finally:
        write_pending()  # what was read is stored, also when interrupted
    return report
