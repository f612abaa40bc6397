"""Ingest benchmark, one run: the same generated Korean articles read by Kiwi's tokenizer alone, then
ingested by one worker, by two workers (a process pool), by a Dask ``LocalCluster`` of two worker
processes, and by two workers into a live Oxigraph server (``--store http://…``).

For each: seconds, articles/s, characters/s, and the ratios the targets speak of (one worker against
Kiwi's own throughput on the same text, cold — loading and building its reader — and warm, as Kiwi is timed; two
workers against one warm worker, the state they are forked from, and against the cold one; the remote store against the
embedded one). Peak RSS is this process's (the workers are other processes).

Run: ``python benchmarks/bench_ingest.py [--articles 1000] [--modes kiwi one two dask remote]``
(about 2–3 minutes for 1,000 articles on 2 cores). The figures are printed and written to
``benchmarks/output/ingest.md``.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "tests"))  # the live-server helper the tests use

from articles import article  # noqa: E402

MODES = ("kiwi", "one", "two", "dask", "remote")


def _ingest(store: str | Path, docs: Path, **how: object) -> tuple[float, int, int]:
    """Seconds, articles stored and failed for one ingest of ``docs`` into ``store``."""
    from kgraph import KnowledgeGraph
    from kgraph.ingest import ingest

    kg = KnowledgeGraph.open(store)
    try:
        t0 = time.perf_counter()
        report = ingest(kg, [docs], **how)  # type: ignore[arg-type]
        return time.perf_counter() - t0, len(report.stored), len(report.failed)
    finally:
        kg.close()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    ap.add_argument("--modes", nargs="+", choices=MODES, default=list(MODES))
    args = ap.parse_args()
    from kgraph.extract.reading_state import kiwi

    rng = random.Random(7)
    rows: list[tuple[str, float, int, int]] = []  # mode, seconds, stored, failed
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        texts = []
        for i in range(args.articles):
            t = article(i, rng)
            texts.append(t)
            (docs / f"{i:05d}.txt").write_text(t, encoding="utf-8")
        chars = sum(len(t) for t in texts)
        if "kiwi" in args.modes:
            k = kiwi()
            k.tokenize("워밍업")
            t0 = time.perf_counter()
            for t in texts:
                k.tokenize(t)
            rows.append(("Kiwi's tokenizer alone (this process)", time.perf_counter() - t0, len(texts), 0))
        if "one" in args.modes:
            rows.append(("ingest, one worker, cold (this process: loads and builds its reader)",
                         *_ingest(Path(tmp) / "one", docs, workers=1)))
            # the same again with the reader built: the worker's own reading speed, as Kiwi's is timed warm, and
            # what the pool's workers start from (they are forked from this process)
            rows.append(("ingest, one worker, warm (this process, reader built)",
                         *_ingest(Path(tmp) / "one-warm", docs, workers=1)))
        if "two" in args.modes:
            rows.append(("ingest, two workers (process pool)", *_ingest(Path(tmp) / "two", docs, workers=2)))
        if "dask" in args.modes:
            from distributed import Client, LocalCluster

            with LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None,
                              silence_logs=40) as lc, Client(lc) as client:
                rows.append(("ingest, Dask LocalCluster (2 worker processes)",
                             *_ingest(Path(tmp) / "dask", docs, dask=client)))
        if "remote" in args.modes:
            from _live import free_port, oxigraph_cli, oxigraph_server

            if oxigraph_cli() is None:
                print("remote: skipped, the oxigraph server command is missing (pip install oxigraph)")
            else:
                live = oxigraph_server(Path(tmp) / "oxi", port=free_port(), log=Path(tmp) / "oxi.log")
                try:
                    rows.append(("ingest, two workers, into a live Oxigraph server",
                                 *_ingest(live.url + "/query", docs, workers=2)))
                finally:
                    live.stop()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    rate = {name: stored / s for name, s, stored, _ in rows}
    lines = [f"{args.articles} generated Korean articles, {chars:,} characters", "",
             "| mode | seconds | articles/s | chars/s | stored | failed |", "|---|---:|---:|---:|---:|---:|"]
    for name, s, stored, failed in rows:
        lines.append(f"| {name} | {s:.1f} | {stored / s:.1f} | {chars * stored / len(texts) / s:,.0f} | {stored} | {failed} |")
    names = [r[0] for r in rows]

    def ratio(label: str, a: str, b: str) -> None:
        hit_a = [n for n in names if n.startswith(a)]
        hit_b = [n for n in names if n.startswith(b)]
        if hit_a and hit_b:
            lines.append(f"- {label}: {rate[hit_a[0]] / rate[hit_b[0]]:.2f}")

    lines.append("")
    ratio("one worker, cold / Kiwi alone", "ingest, one worker, cold", "Kiwi")
    ratio("one worker, warm / Kiwi alone", "ingest, one worker, warm", "Kiwi")
    ratio("two workers / one worker, warm", "ingest, two workers (", "ingest, one worker, warm")
    ratio("two workers / one worker, cold", "ingest, two workers (", "ingest, one worker, cold")
    ratio("Dask LocalCluster / one worker, warm", "ingest, Dask", "ingest, one worker, warm")
    ratio("remote Oxigraph server / embedded store (both two workers)", "ingest, two workers, into",
          "ingest, two workers (")
    lines.append(f"- peak RSS of this process: {rss_mb:.0f} MB")
    text = "\n".join(lines)
    print(text)
    out = HERE / "output"
    out.mkdir(exist_ok=True)
    (out / "ingest.md").write_text(text + "\n", encoding="utf-8")


if __name__ == "__main__":
    main()
