"""Oxigraph backends: ``oxigraph`` (persistent, on disk) and ``memory`` (in memory)."""
from __future__ import annotations

import json
import re
import time
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from pathlib import Path
from typing import Literal as Lit

import pyoxigraph as ox
from rdflib.term import Identifier, Node

from .. import sparql_rewrite as rewrite
from ..errors import LoadError, QuerySyntaxError, StoreError, UsageError
from ..formats import RDF_FORMATS
from . import recovery
from .base import Quad, RawResult, Triple, register
from .caps import Capabilities
from .files import DIRTY_MARKER, INIT_MARKER, LOCK_FILE, ROLLBACK_DIR, STATE_FILE  # noqa: F401  (INIT_MARKER re-exported)
from .health import damaged, describe_open_error, inspect
from .lock import FileLock, lock_wait_default, writer_active, writer_locks
from .recovery import readable_dir, recover, write_durably
from .snapshot import SnapshotHold, hold_latest, latest, publish
from .terms import graph_to_ox, graph_to_rdflib, to_ox, to_rdflib

_FORMATS = {f.name: getattr(ox.RdfFormat, f.oxigraph) for f in RDF_FORMATS}  #: kgraph name -> pyoxigraph format


def syntax_error(exc: SyntaxError, what: str = "query", *, sparql: str | None = None) -> QuerySyntaxError:
    """A QuerySyntaxError naming line and column from an Oxigraph parse error (the point first, short)."""
    msg = str(exc)
    m = re.search(r"error at (\d+):(\d+)", msg)
    line, col = (int(m.group(1)), int(m.group(2))) if m else (None, None)
    where = f" at line {line}, column {col}" if m else ""
    if "Prefix not found" in msg and sparql is not None and line is not None and col is not None:
        lines = sparql.split("\n")
        before = lines[line - 1][:col - 1] if 0 < line <= len(lines) else ""
        hit = re.search(r"([A-Za-z_][\w.-]*)?:[\w.%-]*$", before)
        name = hit.group(1) or "" if hit else "?"
        from ..vocab import PREFIXES

        return QuerySyntaxError(f"unknown prefix {name}:{where}; declare it (PREFIX {name}: <…>) or use one of the "
                                f"predeclared prefixes: {', '.join(sorted(PREFIXES))}", line=line, column=col)
    detail = re.sub(r"^error at \d+:\d+:\s*", "", msg)
    if len(detail) > 300:
        detail = detail[:300] + " …"
    return QuerySyntaxError(f"SPARQL syntax error in the {what}{where}: {detail}; fix the {what} text and run it again",
                            line=line, column=col)


#: how often, and how long apart, an open that met a vanishing file is tried again
VANISHING_TRIES, VANISHING_PAUSE = 10, 0.2


def _retry_vanishing(open_db: Callable[[], ox.Store]) -> ox.Store:
    """``open_db()``, tried again while it fails on a table file that vanished as it opened.

    The writer before this one may still be closing its database when it hands over the lock (its last
    compaction deleting the files it replaced), so a table file the folder listed a moment ago can be gone
    when it is opened. That passes within moments; a file that stays missing is damage, and the last
    error is raised.
    """
    for attempt in range(VANISHING_TRIES):
        try:
            return open_db()
        except (OSError, RuntimeError, ValueError) as exc:
            if "No such file or directory" not in str(exc) or attempt == VANISHING_TRIES - 1:
                raise
            time.sleep(VANISHING_PAUSE)
    raise AssertionError("unreachable")  # the loop returns or raises


class OxigraphBackend:
    """A pyoxigraph ``Store``: on disk when ``path`` is given, else in memory.

    On disk, a writer opens the database only while it writes one batch (:meth:`batch`), under the
    writers' queue and the store's exclusive lock, and publishes a read view (a snapshot) at the
    end of the batch. A reader reads the newest snapshot, so it never waits for a writer; only when
    a writer died in the middle of a batch does it read the store itself, under a shared lock. A
    reader never creates or opens a file for writing, so a store on a read-only disk can be read.
    """

    #: on disk; in memory it is :data:`IN_MEMORY` (see :mod:`kgraph.store.caps`)
    capabilities = Capabilities(transactions=True, bulk_load=True, query_timeout=True, read_only_open=True,
                                named_graphs=True, update=True, batch=True, persistent=True, plain_pairs=True,
                                pyoxigraph_store=True, writer_waits=True, fork_reader=True, ntriples=True)

    def __init__(self, *, path: Path | None = None, read_only: bool = False,
                 lock_wait: float | Lit["env"] | None = "env") -> None:
        self.path = Path(path) if path is not None else None
        self.read_only = read_only
        self.name = "oxigraph" if path is not None else "memory"
        self.lock_wait = lock_wait_default() if lock_wait == "env" else lock_wait
        self._store: ox.Store | None = None
        self._holds: list[FileLock | SnapshotHold] = []
        self._depth = 0  # > 0 inside a batch: the database is open for writing
        self.reading: Path | None = None  #: the folder the open read view reads (store, checkpoint or snapshot)
        self.on_wait: object = None  #: called once when a writer has to wait for the store
        if self.path is None:
            self.capabilities = IN_MEMORY
            self._store = ox.Store()
            return
        if read_only:
            self._open_view()

    # -- opening and closing on disk
    def _open_read_only(self, folder: Path) -> ox.Store:
        assert self.path is not None
        try:
            return _retry_vanishing(lambda: ox.Store.read_only(str(folder)))
        except (OSError, RuntimeError, ValueError) as exc:
            if isinstance(exc, PermissionError) or "Permission denied" in str(exc):
                raise StoreError(f"cannot read the store at {self.path}: permission denied; ask for read access to "
                                 "every file in it, or use a copy") from exc
            raise damaged(self.path, [f"the database does not open: {describe_open_error(exc)}"]) from exc

    def _open_view(self) -> None:
        """Open the read view: the newest snapshot, or the store itself after a writer died mid-batch."""
        assert self.path is not None
        insp = inspect(self.path)
        if insp.problems:
            raise damaged(self.path, insp.problems)
        if not insp.database:
            raise StoreError(f"no kgraph store at {self.path} yet; any kgraph command that is not read-only "
                             "(or KnowledgeGraph.open without read_only) creates it")
        if not (self.path / DIRTY_MARKER).exists() and self._use_snapshot():
            return  # the newest snapshot is the store as its last batch left it
        lock = FileLock(self.path / LOCK_FILE, exclusive=False, write=False, wait=None)
        if not writer_active(self.path) and lock.try_acquire():
            self._use_main(lock)  # a writer died in a batch: read what it committed
            return
        if self._use_snapshot():
            return
        lock.acquire()  # no snapshot yet: wait for the writer's current batch
        self._use_main(lock)

    def _use_snapshot(self) -> bool:
        assert self.path is not None
        hold = hold_latest(self.path)
        if hold is None:
            return False
        try:
            self._store = self._checked(self._open_read_only(hold.path))
        except BaseException:
            hold.release()
            raise
        self._holds.append(hold)
        self.reading = hold.path
        return True

    def _use_main(self, lock: FileLock) -> None:
        assert self.path is not None
        try:
            folder = readable_dir(self.path)
            self._store = self._checked(self._open_read_only(folder))
        except BaseException:
            lock.release()
            raise
        self._holds.append(lock)
        self.reading = folder

    def _checked(self, store: ox.Store) -> ox.Store:
        assert self.path is not None
        if not _has_data(store) and _had_data(self.path):
            raise damaged(self.path, ["it opens as an empty database although it held data after its last write "
                                      "(its MANIFEST or CURRENT file is damaged)"])
        return store

    def _close_view(self) -> None:
        self._store = None  # dropping the pyoxigraph Store closes the database
        for hold in reversed(self._holds):
            hold.release()
        self._holds.clear()
        self.reading = None

    def _db(self) -> ox.Store:
        """The open database, opening the read view first when nothing is open."""
        if self._store is None:
            if self.path is None:
                raise StoreError("this store is closed; open it again")
            if not self.read_only and not inspect(self.path).database:
                with self.batch():  # a writer reading a store it has not written yet: create it empty
                    pass
            self._open_view()
        assert self._store is not None
        return self._store

    def _mkdir(self) -> None:
        assert self.path is not None
        try:
            self.path.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise StoreError(f"cannot create the store folder {self.path}: {exc.strerror or exc}; choose a folder "
                             "you can write with --store PATH (or KGRAPH_STORE)") from exc

    @contextmanager
    def batch(self) -> Iterator[None]:
        """Write several changes under one acquisition of the writer's lock (one snapshot at the end).

        Writers queue without a time limit (``KGRAPH_LOCK_WAIT`` sets one); readers are never
        blocked by the queue. Each change inside stays its own transaction.
        """
        if self.path is None or self._depth:
            self._depth += 1 if self.path is not None else 0
            try:
                yield
            finally:
                self._depth -= 1 if self.path is not None else 0
            return
        self._writable()
        self._close_view()
        self._mkdir()
        queue, lock = writer_locks(self.path, wait=self.lock_wait, on_wait=self._waiting)
        queue.acquire()
        try:
            lock.acquire()
            try:
                try:
                    self._open_writer()
                except BaseException:
                    self._store = None  # never keep a database open for writing without the lock
                    raise
                self._depth = 1
                ok = False
                try:
                    yield
                    ok = True
                finally:
                    self._depth = 0
                    self._end_batch(ok)
            finally:
                lock.release()
        finally:
            queue.release()

    def _waiting(self) -> None:
        if callable(self.on_wait):
            self.on_wait()

    def _open_writer(self) -> None:
        """Open the database for writing, only after it was found whole (the caller holds both locks)."""
        assert self.path is not None
        insp = inspect(self.path)
        if insp.problems:
            raise damaged(self.path, insp.problems)
        recover(self.path)
        if insp.database:
            probe = self._open_read_only(self.path)  # never write into a database that does not open read-only
            if not _has_data(probe) and _had_data(self.path):
                raise damaged(self.path, ["it opens as an empty database although it held data after its last "
                                          "write (its MANIFEST or CURRENT file is damaged)"])
            del probe
        try:
            self._store = _retry_vanishing(lambda: ox.Store(str(self.path)))
        except (OSError, RuntimeError, ValueError) as exc:
            raise damaged(self.path, [f"the database does not open for writing: {describe_open_error(exc)}"]) from exc
        dirty = self.path / DIRTY_MARKER
        if dirty.exists() or latest(self.path) is None:
            publish(self.path, self._store)  # readers see what a writer that died had committed
        write_durably(dirty, "a batch is being written; see docs/operations.md\n")

    def _end_batch(self, ok: bool) -> None:
        assert self.path is not None
        store, self._store = self._store, None
        if store is None:
            return
        try:
            store.flush()
            write_durably(self.path / STATE_FILE, json.dumps({"has_data": _has_data(store)}) + "\n")
            publish(self.path, store)
            (self.path / DIRTY_MARKER).unlink(missing_ok=True)
        except OSError as exc:
            if ok:
                raise StoreError(f"could not finish writing to the store at {self.path}: {exc}; what was written "
                                 "before is kept (whole articles only); run `kgraph store check`") from exc
        finally:
            del store

    @classmethod
    def reader_in_child(cls, path: Path) -> OxigraphBackend:
        """A read-only view of ``path`` for a worker process whose parent holds the locks that keep it."""
        self = cls.__new__(cls)
        self.path, self.read_only, self.name, self.lock_wait = Path(path), True, "oxigraph", None
        self._holds, self._depth, self.reading, self.on_wait = [], 0, Path(path), None
        self._store = ox.Store.read_only(str(path))
        return self

    def prepare_for_fork(self) -> Callable[[], OxigraphBackend]:
        """Open the read view now; what a forked worker calls to open that same view read-only.

        The worker's view is kept by this process's locks and snapshot hold; in memory the worker
        reads the copy the fork made.
        """
        if self.path is None:
            return lambda: self
        self._db()
        folder = self.reading if self._depth == 0 else self.path
        assert folder is not None
        return lambda: OxigraphBackend.reader_in_child(folder)

    def pyoxigraph_store(self) -> ox.Store:
        """The pyoxigraph ``Store`` this backend reads (its read view, opened now if none is open)."""
        return self._db()

    # -- size and reading
    def __len__(self) -> int:
        return len(self._db())

    def quads(self, s: Node | None = None, p: Node | None = None, o: Node | None = None,
              g: Identifier | Lit["any"] | None = "any") -> Iterator[Quad]:
        gx = None if g == "any" else graph_to_ox(g)
        for q in self._db().quads_for_pattern(
            None if s is None else to_ox(s),  # type: ignore[arg-type]  # a literal subject: pyoxigraph's TypeError
            None if p is None else to_ox(p),  # type: ignore[arg-type]  # a predicate not an IRI: the same
            None if o is None else to_ox(o), gx
        ):
            yield (to_rdflib(q.subject), to_rdflib(q.predicate), to_rdflib(q.object), graph_to_rdflib(q.graph_name))

    def named_graphs(self) -> list[Identifier]:
        return [to_rdflib(g) for g in self._db().named_graphs()]

    def plain_pairs(self, p: str, o: str | None = None) -> Iterator[tuple[str, str, str | None]]:
        """``(subject, object, language)`` as plain strings for every quad with predicate IRI ``p``
        (and object IRI ``o`` if given), without building rdflib terms: ~40x faster for bulk reads.
        A blank node is ``"_:id"``; ``language`` is the literal's tag, ``""`` for other literals and
        None for IRIs and blank nodes."""
        assert self._store is not None  # read only from an open store
        for q in self._store.quads_for_pattern(None, ox.NamedNode(p), None if o is None else ox.NamedNode(o), None):
            s, obj = q.subject, q.object
            subject = "_:" + s.value if isinstance(s, ox.BlankNode) else s.value  # type: ignore[union-attr]  # kgraph stores no RDF-star triples
            if isinstance(obj, ox.Literal):
                yield subject, obj.value, obj.language or ""
            else:
                obj_value = obj.value  # type: ignore[union-attr]  # kgraph stores no RDF-star triples
                yield subject, ("_:" + obj_value if isinstance(obj, ox.BlankNode) else obj_value), None

    def query(self, sparql: str, *, prefixes: Mapping[str, str], bindings: Mapping[str, Node]) -> RawResult:
        """Run a query over the union of the graphs (a set; ``FROM`` narrows it), bindings bound as VALUES.

        The text is tried rewritten first (see :func:`kgraph.sparql_rewrite.values_bound` and
        :func:`kgraph.sparql_rewrite.union_as_set`); when a
        rewrite does not parse, the next form is tried, and the user's own text comes last, so a
        syntax error is always reported at its place in that text.
        """
        from ..sparql_text import names_default_graph

        subs: dict[ox.Variable, ox.NamedNode | ox.BlankNode | ox.Literal | ox.Triple] = {
            ox.Variable(k): to_ox(v) for k, v in bindings.items()}
        union = not names_default_graph(sparql)  # FROM <g> means that graph, as SPARQL says
        hinted = rewrite.values_bound(sparql, subs) if subs else None
        attempts: list[tuple[str, bool]] = []
        for text, use_subs in ((hinted, False), (sparql, bool(subs))):
            if text is not None:
                as_set = rewrite.union_as_set(text)
                if as_set is not None:
                    attempts.append((as_set, use_subs))
        attempts.append((sparql, bool(subs)))
        res = None
        for i, (text, use_subs) in enumerate(attempts):
            last = i == len(attempts) - 1
            try:
                res = self._db().query(text, prefixes=dict(prefixes), use_default_graph_as_union=union,
                                        substitutions=subs if use_subs else None)
                break
            except SyntaxError as exc:
                if last:
                    raise syntax_error(exc, sparql=sparql) from exc
            except RuntimeError as exc:
                if last:
                    if "projection" in str(exc):
                        raise UsageError(f"cannot bind {', '.join('?' + k for k in bindings)} in this query: {exc}; "
                                         "project the bound variables in SELECT") from exc
                    raise StoreError(f"the store could not answer the query: {describe_open_error(exc)}; if this "
                                     "repeats, run `kgraph store check`") from exc
            except OSError as exc:
                raise StoreError(f"the store could not answer the query: {describe_open_error(exc)}; run "
                                 "`kgraph store check` to see whether the store is damaged") from exc
        assert res is not None
        if isinstance(res, ox.QueryBoolean):
            return RawResult("ASK", boolean=bool(res))
        if isinstance(res, ox.QuerySolutions):
            names = [v.value for v in res.variables]

            def rows() -> Iterator[tuple[Node | None, ...]]:
                for sol in res:
                    yield tuple(to_rdflib(sol[i]) for i in range(len(names)))

            return RawResult("SELECT", variables=names, rows=rows())

        def triples() -> Iterator[Triple]:
            for t in res:
                yield (to_rdflib(t.subject), to_rdflib(t.predicate), to_rdflib(t.object))

        return RawResult("CONSTRUCT", triples=triples())

    # -- writing (each call is one transaction, inside a batch)
    def update(self, sparql: str) -> None:
        """Run a SPARQL UPDATE in one transaction (kgraph's prefixes predeclared)."""
        self._writable()
        from ..vocab import PREFIXES

        with self.batch():
            try:
                self._db().update(sparql, prefixes=dict(PREFIXES))
            except SyntaxError as exc:
                raise syntax_error(exc, "update") from exc
            except (OSError, RuntimeError) as exc:
                raise StoreError(f"the store could not run the update: {exc}; nothing was changed") from exc

    def _writable(self) -> None:
        if self.read_only:
            raise StoreError("this store was opened read-only; open it without read_only to write")

    def replace_graph(self, graph: Identifier, triples: Iterable[Triple]) -> None:
        """Replace the graph's triples in one transaction.

        A graph the store does not hold yet (the usual case in an ingest) is written with one
        ``extend`` of its quads (one transaction, about a quarter faster than parsing an update);
        otherwise, or when a term is a blank node (``INSERT DATA`` mints fresh ones), one SPARQL
        update drops the old graph and inserts the new one.
        """
        self._writable()
        g = graph_to_ox(graph)
        terms = [(to_ox(s), to_ox(p), to_ox(o)) for s, p, o in triples]
        with self.batch():
            db = self._db()
            try:
                quads = _new_graph_quads(db, g, terms)
                if quads is not None:
                    db.extend(quads)
                    return
                body = " .\n".join(f"{s} {p} {o}" for s, p, o in terms)
                db.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{body}\n}} }}")
            except (OSError, SyntaxError, RuntimeError) as exc:
                raise StoreError(f"could not write graph {graph}: {exc}; nothing was changed") from exc

    def replace_graph_ntriples(self, graph: Identifier, data: bytes) -> None:
        """Replace the graph with the triples of N-Triples ``data`` (no blank nodes), in one transaction.

        A graph the store does not hold yet is loaded from the bytes as they are (pyoxigraph parses
        them, no Python term is made); otherwise one SPARQL update drops the old graph and inserts the
        new one, as :meth:`replace_graph` does (N-Triples is the body of ``INSERT DATA``).
        """
        self._writable()
        g = graph_to_ox(graph)
        with self.batch():
            db = self._db()
            try:
                if isinstance(g, ox.NamedNode) and not db.contains_named_graph(g):
                    db.load(data, format=ox.RdfFormat.N_TRIPLES, to_graph=g)
                    return
                db.update(f"DROP SILENT GRAPH {g} ;\nINSERT DATA {{ GRAPH {g} {{\n{data.decode('utf-8')}\n}} }}")
            except (OSError, SyntaxError, RuntimeError, ValueError) as exc:
                raise StoreError(f"could not write graph {graph}: {exc}; nothing was changed") from exc

    def add_quads(self, quads: Iterable[Quad]) -> None:
        self._writable()
        try:  # every quad is converted before the first is written: bad input changes nothing
            batch = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph_to_ox(g))  # type: ignore[arg-type]  # a bad term: ox.Quad's TypeError, caught below
                     for s, p, o, g in quads]
        except (TypeError, ValueError) as exc:
            raise StoreError(f"could not write to the store: {exc}; nothing was changed") from exc
        with self.batch():
            try:
                self._db().extend(batch)
            except (OSError, RuntimeError) as exc:
                raise StoreError(f"could not write to the store: {exc}; nothing was changed") from exc

    def remove_graph(self, graph: Identifier) -> None:
        self._writable()
        g = graph_to_ox(graph)
        with self.batch():
            try:
                self._db().update(f"DROP SILENT GRAPH {g}")
            except (OSError, RuntimeError) as exc:
                raise StoreError(f"could not remove graph {graph}: {exc}; nothing was changed") from exc

    def load_file(self, path: Path, *, format: str, graph: Identifier | None = None) -> None:
        """Load a file atomically: all of it or, on bad input or a crash, none of it.

        In memory this is one transaction. On disk Oxigraph's transactions are slow for big files,
        so the file is bulk-loaded after a checkpoint of the store (hard links, instant); if the load
        fails the checkpoint is put back, and if the process dies the next writer puts it back.
        """
        self._writable()
        fmt = _FORMATS.get(format)
        if fmt is None:
            raise LoadError(f"cannot load format {format!r}; use one of {', '.join(_FORMATS)}")
        gx = graph_to_ox(graph)
        with self.batch():
            try:
                if self.path is None:
                    self._db().load(path=str(path), format=fmt, to_graph=gx)
                else:
                    self._bulk_load_atomically(path, fmt, gx)
            except (SyntaxError, ValueError) as exc:
                raise LoadError(f"{path}: not valid {format}: {exc}; fix the file and load it again; nothing was "
                                "changed") from exc
            except OSError as exc:
                raise StoreError(f"could not load {path} into the store: {exc}; nothing was changed") from exc

    def _bulk_load_atomically(self, path: Path, fmt: ox.RdfFormat, gx: ox.NamedNode | ox.BlankNode | ox.DefaultGraph
                              ) -> None:
        assert self.path is not None and self._store is not None
        recovery.take(self.path, self._store, what=str(path))
        try:
            self._store.bulk_load(path=str(path), format=fmt, to_graph=gx)
            self._store.flush()
        except BaseException:
            self._store = None  # dropping it closes the database
            recovery.recover(self.path)
            self._store = ox.Store(str(self.path))
            raise
        recovery.discard(self.path)

    def bulk_load_file(self, path: Path, *, format: str) -> None:
        """Fast, non-transactional load for a new, empty store."""
        self._writable()
        with self.batch():
            self._db().bulk_load(path=str(path), format=_FORMATS[format])

    def flush(self) -> None:
        if self.path is not None and self._depth and self._store is not None:
            self._store.flush()

    def close(self) -> None:
        if self._depth:
            return  # closed by the batch that is open
        self._close_view()


#: a pyoxigraph term of a triple
OxTerm = ox.NamedNode | ox.BlankNode | ox.Literal


def _new_graph_quads(db: ox.Store, g: ox.NamedNode | ox.BlankNode | ox.DefaultGraph,
                     terms: list[tuple[OxTerm, OxTerm, OxTerm]]) -> list[ox.Quad] | None:
    """The quads to add when named graph ``g`` is new and its terms store as given, else None (write an update).

    None when the store holds ``g`` already (it is replaced), when a term is a blank node (an
    update mints fresh ones), or when a triple is no RDF triple (the update's parser says why).
    """
    if not isinstance(g, ox.NamedNode) or db.contains_named_graph(g):
        return None
    if any(isinstance(t, ox.BlankNode) for triple in terms for t in triple):
        return None
    try:
        return [ox.Quad(s, p, o, g) for s, p, o in terms]  # type: ignore[arg-type]  # a literal subject: TypeError
    except (TypeError, ValueError):
        return None


def _has_data(store: ox.Store) -> bool:
    """True when the database holds at least one quad (cheap: one step of an iterator)."""
    return next(iter(store.quads_for_pattern(None, None, None, None)), None) is not None


def _had_data(store_dir: Path) -> bool:
    """What the last batch recorded: did the store hold data then? (False when never recorded)."""
    try:
        return bool(json.loads((store_dir / STATE_FILE).read_text(encoding="utf-8")).get("has_data"))
    except (OSError, ValueError, AttributeError):
        return False


#: the ``memory`` backend: nothing outlives the process, and a read-only open is refused (nothing else could read it)
IN_MEMORY = Capabilities(transactions=True, bulk_load=True, query_timeout=True, named_graphs=True, update=True,
                         batch=True, plain_pairs=True, pyoxigraph_store=True, fork_reader=True, ntriples=True)


def _disk(*, path: Path | None = None, read_only: bool = False) -> OxigraphBackend:
    if path is None:
        raise StoreError("the oxigraph backend needs a path; pass --store PATH or use the memory backend")
    return OxigraphBackend(path=path, read_only=read_only)


def _memory(*, path: Path | None = None, read_only: bool = False) -> OxigraphBackend:
    return OxigraphBackend(path=None, read_only=False)


register("oxigraph", _disk)
register("memory", _memory)
