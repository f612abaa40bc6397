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
