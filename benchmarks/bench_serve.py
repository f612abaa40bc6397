"""Load test of ``kgraph serve``: 8 concurrent clients, mixed named queries, a bounded time, loopback only.

    python benchmarks/bench_serve.py                          # the shipped graph, 8 clients, 30 s
    python benchmarks/bench_serve.py --triples 1000000        # a synthetic graph of 1M triples too
    python benchmarks/bench_serve.py --clients 4 --seconds 10 --port 18080

It starts ``kgraph serve`` as a separate process on 127.0.0.1 (ports 18000-18099), waits for it,
then runs the clients as threads, each sending the named queries in turn over REST
(``/queries/NAME?…``, JSON results) until the time is up. Every answer is checked: status 200, and
the same number of rows as the first answer of that query (the graph does not change during the
run), otherwise it counts as an error (or a wrong answer). It reports requests/s, p50 and p99 latency
per query and in all, and errors; it writes a Markdown table to benchmarks/output/serve.md and the
raw figures to serve.json. The server is stopped at the end, whatever happens.
"""
from __future__ import annotations

import argparse
import json
import os
import platform
import shutil
import statistics
import subprocess
import sys
import tempfile
import threading
import time
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

OUT = HERE / "output"
#: the mix: (named query, parameters) — every named query, parameterised ones with a value that finds rows
SHIPPED_MIX = [("partners", {"city": "광명시"}), ("shared-partners", {"city": "광명시"}), ("events", {"city": "광명시"}),
               ("people", {"city": "광명시"}), ("ties-per-country", {})]


def percentile(values: list[float], q: float) -> float:
    """The q-th percentile (0-100) by nearest rank.

    >>> percentile([1.0, 2.0, 3.0, 4.0], 50), percentile([1.0, 2.0, 3.0, 4.0], 99)
    (2.0, 4.0)
    """
    ordered = sorted(values)
    k = max(0, min(len(ordered) - 1, int(round(q / 100 * len(ordered) + 0.5)) - 1))
    return ordered[k]


def start_server(store: Path, port: int, log: Path) -> subprocess.Popen[bytes]:
    """``kgraph serve`` on 127.0.0.1:port, waited for (60 s at most)."""
    proc = subprocess.Popen([sys.executable, "-m", "kgraph", "serve", "--store", str(store), "--port", str(port)],
                            stdout=open(log, "wb"), stderr=subprocess.STDOUT, cwd=HERE.parent)
    deadline = time.monotonic() + 120
    while time.monotonic() < deadline:
        if proc.poll() is not None:
            raise SystemExit(f"kgraph serve exited: {log.read_text(errors='replace')}")
        try:
            with urllib.request.urlopen(f"http://127.0.0.1:{port}/health", timeout=2):
                return proc
        except OSError:
            time.sleep(0.3)
    proc.kill()
    raise SystemExit("kgraph serve did not start within 120 s")


def url_for(port: int, name: str, params: dict[str, str]) -> str:
    return f"http://127.0.0.1:{port}/queries/{name}" + ("?" + urllib.parse.urlencode(params) if params else "")


def fetch_rows(url: str) -> tuple[int, int | None]:
    """Status and row count of one request."""
    try:
        with urllib.request.urlopen(url, timeout=120) as resp:
            return resp.status, len(json.load(resp)["results"]["bindings"])
    except urllib.error.HTTPError as err:
        return err.code, None
    except OSError:
        return 0, None


def load_test(port: int, mix: list[tuple[str, dict[str, str]]], clients: int, seconds: float) -> dict:
    """Run the clients; returns per-query latencies, counts and errors."""
    expected = {}
    for name, params in mix:  # reference answers, one request each, before the clock starts
        status, rows = fetch_rows(url_for(port, name, params))
        if status != 200:
            raise SystemExit(f"{name} answered {status} before the load test; nothing measured")
        expected[name] = rows
    lat: dict[str, list[float]] = {name: [] for name, _ in mix}
    errors: list[str] = []
    lock = threading.Lock()
    stop_at = time.monotonic() + seconds

    def client(i: int) -> None:
        k = i
        while time.monotonic() < stop_at:
            name, params = mix[k % len(mix)]
            k += 1
            t0 = time.perf_counter()
            status, rows = fetch_rows(url_for(port, name, params))
            dt = time.perf_counter() - t0
            with lock:
                if status != 200:
                    errors.append(f"{name}: HTTP {status}")
                elif rows != expected[name]:
                    errors.append(f"{name}: {rows} rows, expected {expected[name]}")
                else:
                    lat[name].append(dt)

    threads = [threading.Thread(target=client, args=(i,), daemon=True) for i in range(clients)]
    started = time.monotonic()
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 180)
    wall = time.monotonic() - started
    every = [x for v in lat.values() for x in v]
    return {
        "clients": clients, "seconds": round(wall, 1), "requests": len(every) + len(errors), "ok": len(every),
        "errors": len(errors), "error_samples": errors[:5],
        "throughput_rps": round(len(every) / wall, 1),
        "p50_ms": round(percentile(every, 50) * 1000, 1) if every else None,
        "p99_ms": round(percentile(every, 99) * 1000, 1) if every else None,
        "per_query": {name: {"n": len(v), "rows": expected[name],
                             "p50_ms": round(percentile(v, 50) * 1000, 1) if v else None,
                             "p99_ms": round(percentile(v, 99) * 1000, 1) if v else None} for name, v in lat.items()},
    }


def synthetic_store(n: int, work: Path) -> tuple[Path, list[tuple[str, dict[str, str]]]]:
    """A store holding the synthetic graph of ``n`` triples, and its query mix."""
    from synthetic import write_nquads

    from kgraph import KnowledgeGraph
    from kgraph.store import open_backend

    nq = work / f"synthetic-{n}.nq"
    info = write_nquads(nq, n)
    store = work / f"store-{n}"
    # the backend alone: a store opened whole (KnowledgeGraph.open) would start from the shipped graph
    be = open_backend("oxigraph", path=store)
    be.load_file(nq, format="nquads")  # on disk: a bulk load after a checkpoint, as `kgraph load` does
    KnowledgeGraph(be).recount()  # as `kgraph load` does: the counts ties-per-country reads
    be.close()
    KnowledgeGraph.open(store).close()  # marks the filled store as kgraph's (adds nothing: it holds data)
    nq.unlink()
    mix = [(name, params) for name, params in info.params.items() if name != "article-facts"]
    return store, mix


def shipped_store(work: Path) -> Path:
    from kgraph import KnowledgeGraph

    store = work / "store-shipped"
    KnowledgeGraph.open(store).close()
    return store


def table(runs: dict[str, dict]) -> str:
    lines = ["| graph | clients × s | requests | req/s | p50 | p99 | errors |", "|---|---|---:|---:|---:|---:|---:|"]
    for label, r in runs.items():
        lines.append(f"| {label} | {r['clients']} × {r['seconds']:g} | {r['requests']:,} | {r['throughput_rps']:,} | "
                     f"{r['p50_ms']} ms | {r['p99_ms']} ms | {r['errors']} |")
    lines += ["", "| graph | named query | rows | n | p50 | p99 |", "|---|---|---:|---:|---:|---:|"]
    for label, r in runs.items():
        for name, q in r["per_query"].items():
            lines.append(f"| {label} | {name} | {q['rows']} | {q['n']} | {q['p50_ms']} ms | {q['p99_ms']} ms |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--clients", type=int, default=8)
    ap.add_argument("--seconds", type=float, default=30.0)
    ap.add_argument("--port", type=int, default=18090, help="a loopback port in 18000-18099 (default 18090)")
    ap.add_argument("--triples", type=int, nargs="*", default=[], help="also synthetic graphs of these sizes")
    args = ap.parse_args()
    if not 18000 <= args.port <= 18099:
        raise SystemExit("--port must be in 18000-18099")
    OUT.mkdir(parents=True, exist_ok=True)
    runs: dict[str, dict] = {}
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-serve-") as tmp:
        work = Path(tmp)
        graphs = [("shipped graph", shipped_store(work), SHIPPED_MIX)]
        for n in args.triples:
            store, mix = synthetic_store(n, work)
            graphs.append((f"synthetic {n:,} triples", store, mix))
        for label, store, mix in graphs:
            proc = start_server(store, args.port, work / "serve.log")
            try:
                print(f"{label}: {args.clients} clients for {args.seconds:g} s …", flush=True)
                runs[label] = load_test(args.port, mix, args.clients, args.seconds)
                print(json.dumps(runs[label], indent=1), flush=True)
            finally:
                proc.terminate()
                try:
                    proc.wait(15)
                except subprocess.TimeoutExpired:
                    proc.kill()
            shutil.rmtree(store, ignore_errors=True)
    env = (f"Python {platform.python_version()}, {platform.machine()}, {os.cpu_count()} CPUs, "
           f"load average {os.getloadavg()[0]:.1f} at the end")
    md = table(runs)
    print("\n" + md + "\n\n" + env)
    (OUT / "serve.md").write_text(md + "\n\n" + env + "\n", encoding="utf-8")
    (OUT / "serve.json").write_text(json.dumps({"environment": env, "runs": runs}, indent=2, ensure_ascii=False),
                                    encoding="utf-8")


if __name__ == "__main__":
    main()
