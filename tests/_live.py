"""Start and stop real server processes on loopback for the serve and remote-store tests."""
from __future__ import annotations

import os
import shutil
import socket
import subprocess
import sys
import time
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

PORTS = range(18020, 18099)  #: the ports the tests may use (loopback only)


def free_port() -> int:
    """A port of :data:`PORTS` nobody listens on now."""
    for port in PORTS:
        with socket.socket() as s:
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                continue
            return port
    raise RuntimeError("no free port in 18020-18098 on 127.0.0.1")


def free_ports(n: int) -> list[int]:
    """``n`` different ports of :data:`PORTS` nobody listens on now (for a server that opens several)."""
    held: list[socket.socket] = []
    try:
        for port in PORTS:
            s = socket.socket()
            try:
                s.bind(("127.0.0.1", port))
            except OSError:
                s.close()
                continue
            held.append(s)
            if len(held) == n:
                return [h.getsockname()[1] for h in held]
    finally:
        for h in held:
            h.close()
    raise RuntimeError(f"fewer than {n} free ports in 18020-18098 on 127.0.0.1")


@dataclass
class Live:
    """A running server process and its base URL."""

    proc: subprocess.Popen[str]
    url: str
    log: Path

    def output(self) -> str:
        """What the server printed so far."""
        return self.log.read_text(encoding="utf-8", errors="replace")

    def stop(self) -> None:
        """Stop the process (and wait for it)."""
        if self.proc.poll() is None:
            self.proc.terminate()
            try:
                self.proc.wait(15)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(5)


def start(args: Sequence[str], *, port: int, log: Path, ready_path: str = "/health", wait: float = 60.0,
          env: dict[str, str] | None = None) -> Live:
    """Start ``args`` (which must listen on ``port``) and wait until ``ready_path`` answers 200."""
    out = open(log, "w", encoding="utf-8")  # noqa: SIM115  (the server writes to it for as long as it runs)
    proc = subprocess.Popen(list(args), stdout=out, stderr=subprocess.STDOUT, text=True,
                            env={**os.environ, **(env or {})})
    url = f"http://127.0.0.1:{port}"
    live = Live(proc, url, log)
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise RuntimeError(f"{args[0]} exited with {proc.returncode}: {live.output()}")
        try:
            with urllib.request.urlopen(url + ready_path, timeout=2) as resp:
                if resp.status == 200:
                    return live
        except OSError:
            time.sleep(0.2)
    live.stop()
    raise RuntimeError(f"{args[0]} did not answer on {url} within {wait:g} s: {live.output()}")


def kgraph_serve(store: Path, *, port: int, log: Path, extra: Sequence[str] = ()) -> Live:
    """``kgraph serve`` on ``store`` (this checkout's code) on 127.0.0.1:``port``."""
    return start([sys.executable, "-m", "kgraph", "serve", "--store", str(store), "--port", str(port), *extra],
                 port=port, log=log)


def oxigraph_cli() -> str | None:
    """The ``oxigraph`` server command (pip install oxigraph), or None."""
    found = shutil.which("oxigraph")
    if found:
        return found
    beside = Path(sys.executable).parent / "oxigraph"
    return str(beside) if beside.exists() else None


def oxigraph_server(location: Path, *, port: int, log: Path) -> Live:
    """``oxigraph serve`` on a data folder at 127.0.0.1:``port`` (SPARQL at /query and /update, GSP at /store)."""
    cli = oxigraph_cli()
    assert cli is not None
    return start([cli, "serve", "--location", str(location), "--bind", f"127.0.0.1:{port}"], port=port, log=log,
                 ready_path="/query?query=ASK%7B%7D")


def virtuoso_cli() -> tuple[str, str] | None:
    """The Virtuoso server and its SQL client (Debian's ``virtuoso-opensource``: ``virtuoso-t``, ``isql-vt``), or None."""
    server, isql = shutil.which("virtuoso-t"), shutil.which("isql-vt")
    return (server, isql) if server and isql else None


def virtuoso_setup(host: str) -> str:
    """The SQL that sets up a new Virtuoso database for kgraph, as docs/scale.md gives it.

    The endpoint's user (``SPARQL``; graph permissions of ``nobody``) may read and update every
    graph but Virtuoso's own, which become private: its metadata, the LDP vocabulary, and the
    endpoint's service description and DAV folder, named after its ``[URIQA] DefaultHost`` (``host``).
    """
    private = "http://www.openlinksw.com/schemas/virtrdf#PrivateGraphs"
    own = ["http://www.openlinksw.com/schemas/virtrdf#", "http://www.w3.org/ns/ldp#",
           f"http://{host}/sparql", f"http://{host}/DAV/"]
    return "\n".join([
        'GRANT SPARQL_UPDATE TO "SPARQL";',
        f"DB.DBA.RDF_GRAPH_GROUP_CREATE ('{private}', 1);",
        *(f"DB.DBA.RDF_GRAPH_GROUP_INS ('{private}', '{graph}');" for graph in own),
        "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 7);",
        "DB.DBA.RDF_DEFAULT_USER_PERMS_SET ('nobody', 0, 1);",
    ]) + "\n"


def virtuoso_ini(folder: Path, *, http_port: int, sql_port: int) -> str:
    """A ``virtuoso.ini`` keeping every file in ``folder``, listening on loopback only, without plugins."""
    d = folder.resolve()
    return f"""[Database]
DatabaseFile = {d}/virtuoso.db
ErrorLogFile = {d}/virtuoso.log
LockFile = {d}/virtuoso.lck
TransactionFile = {d}/virtuoso.trx
xa_persistent_file = {d}/virtuoso.pxa
ErrorLogLevel = 7
FileExtend = 200
Striping = 0
TempStorage = TempDatabase

[TempDatabase]
DatabaseFile = {d}/virtuoso-temp.db
TransactionFile = {d}/virtuoso-temp.trx
Striping = 0

[Parameters]
ServerPort = 127.0.0.1:{sql_port}
DisableUnixSocket = 1
CheckpointInterval = 0
DirsAllowed = ., {d}
NumberOfBuffers = 10000
MaxDirtyBuffers = 6000
MaxQueryMem = 256M
ThreadsPerQuery = 2

[HTTPServer]
ServerPort = 127.0.0.1:{http_port}
ServerRoot = {d}
ServerThreads = 8
MaxClientConnections = 8
Charset = UTF-8

[URIQA]
DefaultHost = 127.0.0.1:{http_port}

[SPARQL]
ResultSetMaxRows = 1000000
MaxQueryExecutionTime = 5
"""


def virtuoso_server(folder: Path, *, log: Path) -> Live:
    """A new Virtuoso database in ``folder``, served on loopback (SPARQL at ``/sparql``); the endpoint may write.

    ``virtuoso-t +foreground`` runs with its own ``virtuoso.ini`` (:func:`virtuoso_ini`); once
    ``/sparql`` answers, ``isql-vt`` sets it up as docs/scale.md says a server for kgraph is
    (:func:`virtuoso_setup`). The server stops a query after 5 s (``MaxQueryExecutionTime``), so a
    query kgraph gave up on does not go on computing for long.
    """
    found = virtuoso_cli()
    assert found is not None
    server, isql = found
    http_port, sql_port = free_ports(2)
    folder.mkdir(parents=True, exist_ok=True)
    ini = folder / "virtuoso.ini"
    ini.write_text(virtuoso_ini(folder, http_port=http_port, sql_port=sql_port), encoding="utf-8")
    live = start([server, "+foreground", "+configfile", str(ini)], port=http_port, log=log,
                 ready_path="/sparql?query=ASK%7B%7D")
    try:
        done = subprocess.run([isql, f"127.0.0.1:{sql_port}", "dba", "dba", "VERBOSE=OFF", "ERRORS=STDOUT"],
                              input=virtuoso_setup(f"127.0.0.1:{http_port}"), capture_output=True, text=True,
                              timeout=60)
        if done.returncode != 0 or "*** Error" in done.stdout:
            raise RuntimeError(f"isql-vt could not set up the server: {done.stdout}{done.stderr}")
    except BaseException:
        live.stop()
        raise
    return live
