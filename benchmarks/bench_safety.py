"""Crash-safety and concurrency benchmark (bounded, local): kills, concurrent writers, readers during writes.

Run: ``python benchmarks/bench_safety.py [--articles 40] [--kills 10] [--load-triples 200000]``.

1. **ingest kills**: a reference ingest of generated articles into a fresh store gives each article
   graph's triple count; then ``kgraph ingest`` runs again and again on one store and is killed
   with SIGKILL at a random point each time. After each kill every article graph in the store must
   have exactly its reference count (else it is *partial*), and no article seen before a kill may
   be missing after it (else it is *lost*). A last, uninterrupted run must give the reference graph.
2. **load kills**: ``kgraph load`` of an N-Triples file into its own graph, killed at a random
   point; the store must then hold all of that load or none of it, and ``kgraph store check`` must
   find it whole.
3. **concurrent ingests**: two, then four ``kgraph ingest`` processes on disjoint article sets into
   one store; every article must be stored and every process must succeed.
4. **readers during an ingest**: a loop that opens the store read-only and counts its article graphs
   while an ingest runs; reports the wait (open + query) p50/p99/max and errors.

Prints a table and writes ``benchmarks/output/safety.md`` and ``safety.json``.
"""
from __future__ import annotations

import argparse
import json
import random
import shutil
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
sys.path.insert(0, str(HERE))

from articles import article  # noqa: E402

ARTICLES = """SELECT ?g (COUNT(*) AS ?n) WHERE { GRAPH ?g { ?s ?p ?o }
  FILTER(STRSTARTS(STR(?g), "https://w3id.org/kgraph/id/article/")) } GROUP BY ?g"""


def kgraph(*args: str) -> list[str]:
    return [sys.executable, "-m", "kgraph", *args]


def articles_in(store: Path) -> dict[str, int]:
    """Article graph → triples, read through a read-only open (as any reader would)."""
    from kgraph import KnowledgeGraph

    with KnowledgeGraph.open(store, read_only=True) as kg:
        return {str(g): int(n) for g, n in kg.query(ARTICLES).rows}


def quads_in(store: Path) -> int:
    from kgraph import KnowledgeGraph

    with KnowledgeGraph.open(store, read_only=True) as kg:
        return len(kg)


def write_articles(folder: Path, n: int, *, seed: int = 7, start: int = 0) -> list[Path]:
    rng = random.Random(seed)
    folder.mkdir(parents=True, exist_ok=True)
    out = []
    for i in range(start + n):
        text = article(i, rng)
        if i >= start:
            p = folder / f"{i:05d}.txt"
            p.write_text(text, encoding="utf-8")
            out.append(p)
    return out


def timed_run(args: list[str]) -> tuple[float, subprocess.CompletedProcess[str]]:
    t0 = time.monotonic()
    res = subprocess.run(args, capture_output=True, text=True, cwd=REPO)
    return time.monotonic() - t0, res


def ingest_kills(tmp: Path, n_articles: int, kills: int, rng: random.Random) -> dict[str, object]:
    docs = tmp / "docs"
    write_articles(docs, n_articles)
    ref_store = tmp / "reference.store"
    ref_time, res = timed_run(kgraph("ingest", "-q", "--store", str(ref_store), str(docs)))
    if res.returncode != 0:
        raise SystemExit(f"reference ingest failed: {res.stderr}")
    reference = articles_in(ref_store)
    store = tmp / "killed.store"
    subprocess.run(kgraph("info", "--store", str(store)), capture_output=True, check=True, cwd=REPO)
    seen: set[str] = set(articles_in(store))
    lost = partial = errors = 0
    points = []
    for _ in range(kills):
        proc = subprocess.Popen(kgraph("ingest", "-q", "--store", str(store), str(docs)), stdout=subprocess.DEVNULL,
                                stderr=subprocess.PIPE, text=True, cwd=REPO)
        at = rng.uniform(0.5, ref_time * 1.1)
        points.append(round(at, 1))
        try:
            proc.wait(at)
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        try:
            now = articles_in(store)
        except Exception as exc:  # a reader that fails after a kill is an error of the benchmark's kind
            errors += 1
            print(f"  reader failed after a kill: {exc}", file=sys.stderr)
            continue
        lost += len(seen - set(now))
        partial += sum(1 for g, c in now.items() if g in reference and c != reference[g])
        seen |= set(now)
    _, res = timed_run(kgraph("ingest", "-q", "--store", str(store), str(docs)))
    errors += res.returncode != 0
    final = articles_in(store)
    lost += len(set(reference) - set(final))
    partial += sum(1 for g, c in final.items() if g in reference and c != reference[g])
    check = subprocess.run(kgraph("store", "check", "--store", str(store)), capture_output=True, text=True, cwd=REPO)
    errors += check.returncode != 0
    return {"articles": len(reference), "kills": kills, "kill_points_s": points, "reference_s": round(ref_time, 1),
            "lost": lost, "partial": partial, "errors": errors, "final_equals_reference": final == reference}


def load_kills(tmp: Path, triples: int, kills: int, rng: random.Random) -> dict[str, object]:
    nt = tmp / "load.nt"
    with nt.open("w", encoding="utf-8") as f:
        for i in range(triples):
            f.write(f'<https://example.org/s{i}> <https://example.org/p{i % 7}> "v{i}" .\n')
    store = tmp / "load.store"
    subprocess.run(kgraph("info", "--store", str(store)), capture_output=True, check=True, cwd=REPO)
    base = quads_in(store)
    load_time, res = timed_run(kgraph("load", "--store", str(store), "--graph", "urn:bench:ref", str(nt)))
    if res.returncode != 0:
        raise SystemExit(f"reference load failed: {res.stderr}")
    expected = base + triples
    partial = errors = whole = none = 0
    before = quads_in(store)
    for k in range(kills):
        proc = subprocess.Popen(kgraph("load", "--store", str(store), "--graph", f"urn:bench:{k}", str(nt)),
                                stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, cwd=REPO)
        try:
            proc.wait(rng.uniform(0.3, load_time * 1.1))
        except subprocess.TimeoutExpired:
            proc.send_signal(signal.SIGKILL)
        proc.wait()
        try:
            after = quads_in(store)
        except Exception as exc:
            errors += 1
            print(f"  reader failed after a load kill: {exc}", file=sys.stderr)
            continue
        if after == before:
            none += 1
        elif after == before + triples:
            whole += 1
        else:
            partial += 1
        before = after
    check = subprocess.run(kgraph("store", "check", "--store", str(store)), capture_output=True, text=True, cwd=REPO)
    errors += check.returncode != 0
    return {"triples": triples, "kills": kills, "reference_s": round(load_time, 1), "loads_kept_whole": whole,
            "loads_undone": none, "partial_loads": partial, "errors": errors, "reference_quads": expected}


def concurrent(tmp: Path, writers: int, per_writer: int) -> dict[str, object]:
    store = tmp / f"concurrent-{writers}.store"
    subprocess.run(kgraph("info", "--store", str(store)), capture_output=True, check=True, cwd=REPO)
    before = set(articles_in(store))
    docs = write_articles(tmp / f"all-{writers}", writers * per_writer, seed=100 + writers)
    folders = []
    for w in range(writers):  # disjoint sets, one per writer
        folder = tmp / f"c{writers}-{w}"
        folder.mkdir()
        for p in docs[w::writers]:
            shutil.copy(p, folder / p.name)
        folders.append(folder)
    t0 = time.monotonic()
    procs = [subprocess.Popen(kgraph("ingest", "-q", "--store", str(store), str(f)), stdout=subprocess.PIPE,
                              stderr=subprocess.PIPE, text=True, cwd=REPO) for f in folders]
    outs = [p.communicate() for p in procs]
    elapsed = time.monotonic() - t0
    errors = sum(p.returncode != 0 for p in procs)
    for p, (_, err) in zip(procs, outs):
        if p.returncode != 0:
            print(f"  writer failed: {err.strip()[-300:]}", file=sys.stderr)
    stored = set(articles_in(store)) - before
    expected = writers * per_writer
    return {"writers": writers, "articles": expected, "stored": len(stored), "lost": expected - len(stored),
            "errors": errors, "seconds": round(elapsed, 1)}


def readers_during_ingest(tmp: Path, n_articles: int) -> dict[str, object]:
    docs = tmp / "reader-docs"
    write_articles(docs, n_articles, seed=11)
    store = tmp / "reader.store"
    subprocess.run(kgraph("info", "--store", str(store)), capture_output=True, check=True, cwd=REPO)
    idle = []
    for _ in range(20):  # the same read with no writer, for comparison
        t0 = time.monotonic()
        articles_in(store)
        idle.append(time.monotonic() - t0)
    idle.sort()
    proc = subprocess.Popen(kgraph("ingest", "-q", "--store", str(store), str(docs)), stdout=subprocess.DEVNULL,
                            stderr=subprocess.DEVNULL, cwd=REPO)
    waits: list[float] = []
    errors = 0
    counts = []
    while proc.poll() is None:
        t0 = time.monotonic()
        try:
            counts.append(len(articles_in(store)))
        except Exception as exc:
            errors += 1
            print(f"  reader failed: {exc}", file=sys.stderr)
        waits.append(time.monotonic() - t0)
        time.sleep(0.05)
    waits.sort()
    p99 = waits[min(len(waits) - 1, int(0.99 * len(waits)))] if waits else 0.0
    return {"reads": len(waits), "errors": errors + (proc.returncode != 0),
            "wait_p50_ms": round(statistics.median(waits) * 1000, 1) if waits else None,
            "wait_p99_ms": round(p99 * 1000, 1), "wait_max_ms": round(max(waits, default=0) * 1000, 1),
            "articles_seen_growing": counts == sorted(counts),
            "idle_p50_ms": round(statistics.median(idle) * 1000, 1), "idle_max_ms": round(idle[-1] * 1000, 1)}


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--articles", type=int, default=40, help="articles per ingest-kill run (default 40)")
    ap.add_argument("--kills", type=int, default=10, help="SIGKILLs for ingest and for load (default 10 each)")
    ap.add_argument("--load-triples", type=int, default=200_000, help="triples in the file loaded (default 200k)")
    ap.add_argument("--per-writer", type=int, default=10, help="articles per concurrent writer (default 10)")
    ap.add_argument("--seed", type=int, default=9)
    args = ap.parse_args()
    rng = random.Random(args.seed)
    results: dict[str, object] = {}
    with tempfile.TemporaryDirectory(prefix="kgraph-bench-safety-") as t:
        tmp = Path(t)
        print("ingest kills …", flush=True)
        results["ingest_kills"] = ingest_kills(tmp, args.articles, args.kills, rng)
        print("load kills …", flush=True)
        results["load_kills"] = load_kills(tmp, args.load_triples, args.kills, rng)
        for w in (2, 4):
            print(f"{w} concurrent ingests …", flush=True)
            results[f"concurrent_{w}"] = concurrent(tmp, w, args.per_writer)
        print("readers during an ingest …", flush=True)
        results["readers"] = readers_during_ingest(tmp, args.articles)
    ik, lk, rd = results["ingest_kills"], results["load_kills"], results["readers"]
    c2, c4 = results["concurrent_2"], results["concurrent_4"]
    rows = [
        ("SIGKILL during ingest", f"{ik['kills']} kills, {ik['articles']} articles",  # type: ignore[index]
         ik["lost"], ik["partial"], "", ik["errors"]),  # type: ignore[index]
        ("SIGKILL during load", f"{lk['kills']} kills, {lk['triples']:,} triples; kept whole {lk['loads_kept_whole']}, "  # type: ignore[index]
         f"undone {lk['loads_undone']}", 0, lk["partial_loads"], "", lk["errors"]),  # type: ignore[index]
        ("2 concurrent ingests", f"{c2['articles']} articles in {c2['seconds']} s", c2["lost"], 0, "", c2["errors"]),  # type: ignore[index]
        ("4 concurrent ingests", f"{c4['articles']} articles in {c4['seconds']} s", c4["lost"], 0, "", c4["errors"]),  # type: ignore[index]
        ("reader loop during ingest", f"{rd['reads']} reads (open + query); p50 {rd['wait_p50_ms']} ms, max "  # type: ignore[index]
         f"{rd['wait_max_ms']} ms; with no writer p50 {rd['idle_p50_ms']} ms, max {rd['idle_max_ms']} ms",  # type: ignore[index]
         0, 0, f"{rd['wait_p99_ms']} ms", rd["errors"]),  # type: ignore[index]
    ]
    table = ["| scenario | what ran | articles lost | partial | reader wait p99 | errors |", "|---|---|---:|---:|---:|---:|"]
    table += [f"| {a} | {b} | {c} | {d} | {e} | {f} |" for a, b, c, d, e, f in rows]
    text = "\n".join(table)
    print(text)
    out = HERE / "output"
    out.mkdir(exist_ok=True)
    (out / "safety.md").write_text(text + "\n", encoding="utf-8")
    (out / "safety.json").write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    bad = ik["lost"] or ik["partial"] or lk["partial_loads"] or c2["lost"] or c4["lost"]  # type: ignore[index]
    bad = bad or ik["errors"] or lk["errors"] or c2["errors"] or c4["errors"] or rd["errors"]  # type: ignore[index]
    sys.exit(1 if bad else 0)


if __name__ == "__main__":
    main()
