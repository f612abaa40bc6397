"""Running SPARQL safely: read-only checks, bound parameters, a row cap and a real time limit.

A query with a time limit runs in a forked worker process that is killed when the limit passes:
Oxigraph and rdflib have no way to interrupt a running query, a process does.
"""
from __future__ import annotations

import multiprocessing as mp
import os
import pickle
import tempfile
import time
from collections.abc import Callable, Mapping
from multiprocessing.connection import Connection

from rdflib.term import Node

from ..errors import KgraphError, QueryError, QueryTimeout, UsageError
from ..store.base import Backend, RawResult
from ..store.caps import capabilities, fork_opener
from ..vocab import PREFIXES
from .result import QueryResult
from .safety import check_read_only, from_iris


def collect(raw: RawResult, limit: int | None) -> QueryResult:
    """Materialise a backend's lazy answer, stopping after ``limit`` rows (and noting truncation)."""
    out = QueryResult(raw.kind, variables=list(raw.variables), boolean=raw.boolean, limit=limit)
    source = raw.rows if raw.kind == "SELECT" else raw.triples
    if source is None:
        return out
    bucket: list[object] = out.rows if raw.kind == "SELECT" else out.triples  # type: ignore[assignment]  # rows or triples, kept as they come
    seen: set[object] = set()  # a CONSTRUCT/DESCRIBE answer is a graph: each triple once
    for item in source:
        if raw.kind != "SELECT":
            if item in seen:
                continue
            seen.add(item)
        if limit is not None and len(bucket) >= limit:
            out.truncated = True
            break
        bucket.append(item)
    return out


def execute(backend: Backend, text: str, *, bindings: Mapping[str, Node] | None = None,
            limit: int | None = None) -> QueryResult:
    """Check and run a query in this process (no time limit)."""
    # the store's graphs are listed only when the query names some (a store may hold thousands)
    local = {str(g) for g in backend.named_graphs()} if from_iris(text) else set()
    check_read_only(text, local_graphs=local)
    raw = backend.query(text, prefixes=PREFIXES, bindings=dict(bindings or {}))
    return collect(raw, limit)


def memory_cap() -> int | None:
    """Bytes a query worker may allocate: ``$KGRAPH_QUERY_MEMORY_MB``, else half of the machine's memory."""
    if env := os.environ.get("KGRAPH_QUERY_MEMORY_MB"):
        return int(float(env) * 2**20) if float(env) > 0 else None
    try:
        return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") // 2
    except (ValueError, OSError, AttributeError):
        return None


def _cap_memory() -> None:
    """Bound the worker's address space, so that a runaway query fails instead of exhausting memory."""
    cap = memory_cap()
    if cap is None:
        return
    try:
        import resource

        with open("/proc/self/statm", encoding="ascii") as f:
            in_use = int(f.read().split()[0]) * os.sysconf("SC_PAGE_SIZE")
        _soft, hard = resource.getrlimit(resource.RLIMIT_AS)
        want = in_use + cap
        if hard != resource.RLIM_INFINITY:
            want = min(want, hard)
        resource.setrlimit(resource.RLIMIT_AS, (want, hard))
    except (ImportError, OSError, ValueError):
        return


def die_with_parent(parent_pid: int) -> None:
    """Make this (forked) process die when its parent does, even by SIGKILL.

    On Linux the kernel sends SIGKILL on the parent's death (``prctl(PR_SET_PDEATHSIG)``); elsewhere,
    and for a parent that died before the call, a watcher thread checks the parent every second.
    """
    import signal
    import threading

    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL, 0, 0, 0)  # 1 = PR_SET_PDEATHSIG
    except (OSError, AttributeError):
        pass
    if os.getppid() != parent_pid:  # the parent is already gone
        os._exit(1)

    def watch() -> None:
        while True:
            time.sleep(1.0)
            if os.getppid() != parent_pid:
                os._exit(1)

    threading.Thread(target=watch, daemon=True).start()


def _worker(conn: Connection, backend: Backend, text: str, bindings: Mapping[str, Node], limit: int | None,
            parent_pid: int | None = None, opener: Callable[[], Backend] | None = None,
            errlog: int | None = None) -> None:
    try:
        if parent_pid is not None:
            die_with_parent(parent_pid)
        if errlog is not None:
            os.dup2(errlog, 2)
        _cap_memory()
        if opener is not None:
            backend = opener()  # the worker's own read view, where the backend gives one
        payload: object = execute(backend, text, bindings=bindings, limit=limit)
    except KgraphError as exc:
        payload = exc
    except MemoryError:
        payload = QueryError(f"the query needed more than {(memory_cap() or 0) // 2**20} MB and was stopped; make it "
                             "more selective or add LIMIT (KGRAPH_QUERY_MEMORY_MB sets the cap)")
    except BaseException as exc:  # anything else: report it, never hang the parent
        payload = QueryError(f"the query failed: {type(exc).__name__}: {exc}")
    try:
        data = pickle.dumps(payload)
    except Exception as exc:
        data = pickle.dumps(QueryError(f"the answer could not be passed back: {exc}"))
    conn.send_bytes(data)
    conn.close()
    os._exit(0)


def worker_death(exitcode: int | None, stderr: str = "") -> str:
    """What to tell the user when the query worker died without an answer, from how it died.

    ``stderr`` is what the engine printed as it died (Rust aborts on both a stack overflow and a
    failed allocation, so the signal alone does not tell them apart).

    >>> worker_death(-6, "thread 'main' has overflowed its stack").startswith("the query crashed")
    True
    >>> "out of memory" in worker_death(-6, "memory allocation of 8589934592 bytes failed")
    True
    """
    import signal

    overflow = "overflowed its stack" in stderr or "stack overflow" in stderr
    if overflow or (exitcode is not None and -exitcode in (signal.SIGSEGV, signal.SIGBUS) and "memory" not in stderr):
        return (f"the query crashed the query engine (signal {-(exitcode or 0)}), most likely by nesting too deeply "
                "for its parser; flatten the query (fewer nested groups or parentheses)")
    return ("the query worker died without an answer, most likely out of memory (the cap is "
            f"{(memory_cap() or 0) // 2**20} MB, set by KGRAPH_QUERY_MEMORY_MB); make the query more selective "
            "or add LIMIT")


def run(backend: Backend, text: str, *, bindings: Mapping[str, Node] | None = None,
        timeout: float | None = None, limit: int | None = None) -> QueryResult:
    """Check and run a query; with ``timeout`` (seconds) it is stopped when the time is up.

    Raises :class:`~kgraph.errors.QueryTimeout` when stopped, and the checks' errors before
    anything runs.
    """
    if timeout is None:
        return execute(backend, text, bindings=bindings, limit=limit)
    if not capabilities(backend).query_timeout:
        raise UsageError(f"the {backend.name} store cannot stop a query at a time limit; run it without --timeout")
    # cheap checks first, so that refusals do not pay for a process
    check_read_only(text)
    backend.flush()
    opener = fork_opener(backend)  # what the worker opens to read what this process reads
    errlog = tempfile.TemporaryFile()  # noqa: SIM115  (what the engine prints if it dies: kept open to be read then)
    ctx = mp.get_context("fork")
    parent, child = ctx.Pipe(duplex=False)
    proc = ctx.Process(target=_worker, daemon=True,
                       args=(child, backend, text, dict(bindings or {}), limit, os.getpid(), opener, errlog.fileno()))
    start = time.monotonic()
    proc.start()
    child.close()
    died = False
    try:
        if not parent.poll(timeout):
            raise QueryTimeout(f"the query ran longer than its time limit of {timeout:g} s and was stopped; "
                               "make it more selective, add LIMIT, or allow more time (--timeout)")
        data = parent.recv_bytes()
    except EOFError:
        died = True
    finally:
        if proc.is_alive():
            proc.kill()
        proc.join(5)
        parent.close()
        if not died:
            errlog.close()
    if died:
        errlog.seek(0)
        raise QueryError(worker_death(proc.exitcode, errlog.read().decode("utf-8", "replace")))
    payload = pickle.loads(data)
    if isinstance(payload, BaseException):
        raise payload
    answer: QueryResult = payload
    answer.elapsed = time.monotonic() - start  # type: ignore[attr-defined]  # for callers that time it; not a field
    return answer
