"""Reading on a Dask cluster: the cluster's workers read and extract, this process writes.

This process reads each file's bytes (so the workers need no shared file system, only kgraph
installed) and sends them to the cluster. The gazetteer and the registry are built once, here, and
scattered once to every worker; each worker thread keeps one :class:`~kgraph.extract.pipeline.Extractor`
made from them (with its own reading state; the threads share only the read-only Kiwi analyser), so a
worker reads exactly as a single process would. Results come back in the order of the files, at most
a bounded number of articles ahead of the writer, so a corpus of any size streams through with
bounded memory on both sides.

Dask is an optional dependency: ``pip install 'kgraph[dask]'`` (on every machine of the cluster).
"""
from __future__ import annotations

import threading
import uuid
from collections import deque
from collections.abc import Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from .errors import KgraphError, MissingExtra, ReadError, UsageError
from .parallel import Read, extract_article, packed
from .read.load import file_bytes, read_bytes

#: articles in flight per worker thread of the cluster, and at least :data:`AHEAD_MIN` in all: enough
#: to keep every worker busy while this process stores a batch (a batch of 25 takes about as long
#: as reading 5 articles), few enough that memory stays bounded (a read article is some 25 kB)
AHEAD_PER_THREAD = 16
AHEAD_MIN = 64
#: seconds to wait for a scheduler named by its address
CONNECT_TIMEOUT = 10

_LOCAL = threading.local()  #: on a worker: this thread's Extractor, keyed by the run it serves


def _client_class() -> Any:
    try:
        from distributed import Client
    except ImportError as exc:
        raise MissingExtra("reading on a Dask cluster needs dask.distributed; install it with: "
                           "pip install 'kgraph[dask]'") from exc
    return Client


@contextmanager
def connected(cluster: Any) -> Iterator[Any]:
    """A ``distributed.Client`` for ``cluster``: a client (used as is) or a scheduler address (connected
    here, closed on exit)."""
    client_cls = _client_class()
    if isinstance(cluster, client_cls):
        yield cluster
        return
    if not isinstance(cluster, str) or not cluster.strip():
        raise UsageError("--dask takes a scheduler address such as tcp://10.0.0.5:8786 (or, from Python, a "
                         "distributed.Client)")
    try:
        client = client_cls(cluster.strip(), timeout=CONNECT_TIMEOUT)
    except (OSError, TimeoutError) as exc:
        raise KgraphError(f"cannot reach the Dask scheduler at {cluster} ({exc}); start one with `dask scheduler` "
                          "and workers with `dask worker ADDRESS`, or check the address") from exc
    try:
        yield client
    finally:
        client.close()


def _extractor(run: str, env: tuple[Any, Any]) -> Any:
    """This worker thread's Extractor for run ``run`` (made once per thread and run)."""
    if getattr(_LOCAL, "run", None) != run:
        from .extract.pipeline import Extractor

        _LOCAL.extractor = Extractor(gazetteer=env[0], registry=env[1])
        _LOCAL.run = run
    return _LOCAL.extractor


def read_remote(name: str, suffix: str, data: bytes, overrides: Mapping[str, object] | None,
                env: tuple[Any, Any], run: str) -> Read:
    """Run on a worker: one article's bytes read and extracted into a :class:`~kgraph.parallel.Read`."""
    try:
        article = read_bytes(data, name=name, suffix=suffix, overrides=overrides)
    except KgraphError as exc:
        return Read(Path(name), error=str(exc))
    return packed(extract_article(Path(name), article, _extractor(run, env)))


def _threads(client: Any) -> int:
    try:
        threads: int = max(1, sum(client.nthreads().values()))
        return threads
    except Exception:  # a scheduler that cannot say: assume a small cluster
        return 2


def read_files_dask(files: Iterable[Path], *, extractor: Any, client: Any,
                    overrides: Mapping[str, object] | None = None) -> Iterator[Read]:
    """Each file read and extracted on the Dask cluster of ``client``, yielded in the order given.

    A file that cannot be read, or whose task the cluster loses (a worker dies more often than Dask
    retries), comes back as a :class:`~kgraph.parallel.Read` with its error; the others go on.
    """
    run = uuid.uuid4().hex
    [env] = client.scatter([(extractor.gazetteer, extractor.registry)], broadcast=True, hash=False)
    ahead = max(AHEAD_MIN, AHEAD_PER_THREAD * _threads(client))
    queue: deque[tuple[Path, Any]] = deque()

    def result(path: Path, item: Any) -> Read:
        if isinstance(item, Read):
            return item
        try:
            read: Read = item.result()
            return read
        except Exception as exc:  # the cluster lost the task: say so, keep going with the others
            return Read(path, error=f"the Dask cluster could not read it ({type(exc).__name__}: {exc}); "
                                    "check the workers' logs and ingest this file again")

    try:
        for i, path in enumerate(files):
            path = Path(path)
            try:
                data = file_bytes(path)
            except ReadError as exc:
                queue.append((path, Read(path, error=str(exc))))
            else:
                queue.append((path, client.submit(read_remote, str(path), path.suffix.lower(), data, overrides, env,
                                                  run, key=f"kgraph-read-{run}-{i}", pure=False)))
            while len(queue) > ahead:
                yield result(*queue.popleft())
        while queue:
            yield result(*queue.popleft())
    finally:
        for _, item in queue:  # interrupted: nothing left running on the cluster for this run
            if not isinstance(item, Read):
                item.cancel()
        with suppress(Exception):  # the client is already closing
            client.cancel(env)
