"""Benchmark kgraph's store against plain rdflib: load, and every named query, at 10k, 100k and 1M triples.

    python benchmarks/bench_store.py                       # 10k, 100k, 1M (about 15 minutes)
    python benchmarks/bench_store.py --sizes 10000 100000  # quicker

For each size it writes a synthetic sister-city graph (benchmarks/synthetic.py) as N-Quads, then

- loads it into kgraph's default store, the on-disk Oxigraph backend (atomic load: checkpoint, bulk
  load, flush), and into plain rdflib in memory (``rdflib.Dataset``, kgraph's ``rdflib`` backend);
- runs every named query through ``KnowledgeGraph.named_query`` (name resolution included) on both,
  once to warm up and then ``--reps`` times, and reports the median. An rdflib query is first run
  under a time limit (``--rdflib-timeout``); one that does not finish is reported as "> limit".

It prints a Markdown table and writes it, with the raw figures as JSON, to benchmarks/output/.
"""
from __future__ import annotations

import argparse
import json
import platform
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent))

from synthetic import named_query_params, write_nquads  # noqa: E402

from kgraph import KnowledgeGraph  # noqa: E402
from kgraph.errors import QueryTimeout  # noqa: E402
from kgraph.query.named import named_queries  # noqa: E402
from kgraph.store import open_backend  # noqa: E402

OUT = HERE / "output"
DEFAULT_REPS = {10_000: 20, 100_000: 10, 1_000_000: 5}


def timed(fn) -> tuple[float, object]:  # type: ignore[no-untyped-def]
    start = time.perf_counter()
    value = fn()
    return time.perf_counter() - start, value


def median_ms(kg: KnowledgeGraph, name: str, params: dict[str, str], reps: int) -> tuple[float, int]:
    rows = len(kg.named_query(name, params=params))  # warm-up
    times = [timed(lambda: kg.named_query(name, params=params))[0] for _ in range(reps)]
    return statistics.median(times) * 1000, rows


def bench_size(n: int, reps: int, rdflib_reps: int, rdflib_timeout: float, work: Path) -> dict:
    nq = OUT / f"synthetic-{n}.nq"
    info = write_nquads(nq, n)
    result: dict = {"triples": info.triples, "cities": info.cities, "ties": info.ties, "articles": info.articles,
                    "queries": {}}
    print(f"\n{n:,} triples: {info.cities:,} cities, {info.ties:,} ties, {info.articles:,} articles", flush=True)

    # kgraph: the on-disk store, as `kgraph load` uses it
    store = work / f"store-{n}"
    be = open_backend("oxigraph", path=store)  # the registry's on-disk Oxigraph backend (kgraph's default)
    seconds, _ = timed(lambda: be.load_file(nq, format="nquads"))
    assert len(be) == info.triples, (len(be), info.triples)
    result["kgraph_load_s"] = seconds
    print(f"  kgraph load  {seconds:8.2f} s  {info.triples / seconds:>10,.0f} triples/s", flush=True)
    kg = KnowledgeGraph(be)
    # what `kgraph load` does next: count the aggregates kept for ties-per-country (kgraph.query.aggregates)
    seconds, _ = timed(kg.recount)
    result["kgraph_recount_s"] = seconds
    print(f"  kgraph count kept aggregates {seconds:8.2f} s", flush=True)
    for name, params in named_query_params().items():
        ms, rows = median_ms(kg, name, params, reps)
        result["queries"][name] = {"kgraph_ms": ms, "rows": rows}
        print(f"  kgraph {name:<18} {ms:9.2f} ms  ({rows} rows)", flush=True)
    # the kept counts must give the plain query's answer, row for row
    fast = kg.named_query("ties-per-country").rows
    seconds, full = timed(lambda: kg.query(named_queries()["ties-per-country"].text).rows)
    assert fast == full, "ties-per-country from the kept counts differs from the plain query"
    result["ties_per_country_plain_ms"] = seconds * 1000
    print(f"  kgraph ties-per-country plain query (no kept counts) {seconds * 1000:9.1f} ms, same answer", flush=True)
    kg.close()
    shutil.rmtree(store, ignore_errors=True)

    # plain rdflib in memory
    rb = open_backend("rdflib")
    seconds, _ = timed(lambda: rb.load_file(nq, format="nquads"))
    result["rdflib_load_s"] = seconds
    print(f"  rdflib load  {seconds:8.2f} s  {info.triples / seconds:>10,.0f} triples/s", flush=True)
    rkg = KnowledgeGraph(rb)
    for name, params in named_query_params().items():
        entry = result["queries"][name]
        try:
            first, res = timed(lambda: rkg.named_query(name, params=params, timeout=rdflib_timeout))  # noqa: B023
        except QueryTimeout:
            entry["rdflib_ms"], entry["rdflib_timeout"] = None, rdflib_timeout
            print(f"  rdflib {name:<18}  > {rdflib_timeout:g} s (stopped)", flush=True)
            continue
        assert len(res) == entry["rows"], (name, len(res), entry["rows"])  # type: ignore[arg-type]
        times = [timed(lambda: rkg.named_query(name, params=params))[0]  # noqa: B023
                 for _ in range(rdflib_reps if first < 20 else 0)] or [first]
        entry["rdflib_ms"] = statistics.median(times) * 1000
        print(f"  rdflib {name:<18} {entry['rdflib_ms']:9.1f} ms", flush=True)
    return result


def fmt_ms(ms: float | None, limit: float | None = None) -> str:
    if ms is None:
        return f"> {limit:g} s"
    return f"{ms:,.1f} ms" if ms < 10_000 else f"{ms / 1000:,.1f} s"


def table(results: dict[int, dict]) -> str:
    sizes = sorted(results)
    head = "| named query | " + " | ".join(f"{n // 1000:,}k: kgraph / rdflib (×)" if n < 1_000_000 else
                                         f"{n // 1_000_000}M: kgraph / rdflib (×)" for n in sizes) + " |"
    lines = [head, "|---" * (len(sizes) + 1) + "|"]
    load = ["load (triples/s)"]
    for n in sizes:
        r = results[n]
        k, rd = r["triples"] / r["kgraph_load_s"], r["triples"] / r["rdflib_load_s"]
        load.append(f"{k:,.0f} / {rd:,.0f} ({k / rd:.1f}×)")
    lines.append("| " + " | ".join(load) + " |")
    for name in named_query_params():
        cells = [name]
        for n in sizes:
            q = results[n]["queries"][name]
            k, rd = q["kgraph_ms"], q.get("rdflib_ms")
            ratio = f"{rd / k:,.0f}×" if rd is not None else f"> {q['rdflib_timeout'] * 1000 / k:,.0f}×"
            cells.append(f"{fmt_ms(k)} / {fmt_ms(rd, q.get('rdflib_timeout'))} ({ratio})")
        lines.append("| " + " | ".join(cells) + " |")
    lines.append("| count kept aggregates, after a load (kgraph) | "
                 + " | ".join(f"{results[n]['kgraph_recount_s'] * 1000:,.0f} ms" for n in sizes) + " |")
    lines.append("| ties-per-country as a plain query, without kept counts (kgraph; same answer) | "
                 + " | ".join(fmt_ms(results[n]["ties_per_country_plain_ms"]) for n in sizes) + " |")
    return "\n".join(lines) + "\n"


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--sizes", type=int, nargs="+", default=[10_000, 100_000, 1_000_000])
    ap.add_argument("--reps", type=int, default=None, help="kgraph repetitions per query (default 20/10/5 by size)")
    ap.add_argument("--rdflib-reps", type=int, default=3, help="rdflib repetitions per query (default 3)")
    ap.add_argument("--rdflib-timeout", type=float, default=120.0, help="stop an rdflib query after this many s")
    args = ap.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    results: dict[int, dict] = {}
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-") as tmp:
        for n in args.sizes:
            reps = args.reps or DEFAULT_REPS.get(n, 5)
            results[n] = bench_size(n, reps, max(1, args.rdflib_reps if n < 1_000_000 else 1), args.rdflib_timeout,
                                    Path(tmp))
    md = table(results)
    env = f"Python {platform.python_version()}, {platform.machine()}, {platform.system()}"
    print("\n" + md + "\n" + env)
    (OUT / "store.md").write_text(md + "\n" + env + "\n", encoding="utf-8")
    (OUT / "store.json").write_text(json.dumps({"environment": env, "results": results}, indent=2), encoding="utf-8")


if __name__ == "__main__":
    main()
