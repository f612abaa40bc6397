"""Ingest benchmark: 1,000 generated Korean articles → articles/s, chars/s, peak RSS; Kiwi's own speed as reference.

Run: ``python benchmarks/bench_ingest.py [--articles 1000]``.
"""
from __future__ import annotations

import argparse
import random
import resource
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from articles import article  # noqa: E402


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__)
    ap.add_argument("--articles", type=int, default=1000)
    args = ap.parse_args()
    from kgraph import KnowledgeGraph
    from kgraph.extract.text_units import kiwi
    from kgraph.ingest import ingest

    rng = random.Random(7)
    with tempfile.TemporaryDirectory() as tmp:
        docs = Path(tmp) / "docs"
        docs.mkdir()
        texts = []
        for i in range(args.articles):
            t = article(i, rng)
            texts.append(t)
            (docs / f"{i:05d}.txt").write_text(t, encoding="utf-8")
        chars = sum(len(t) for t in texts)
        k = kiwi()
        k.tokenize("워밍업")
        t0 = time.perf_counter()
        for t in texts:
            k.tokenize(t)
        kiwi_s = time.perf_counter() - t0
        kg = KnowledgeGraph.open(Path(tmp) / "store")
        t0 = time.perf_counter()
        report = ingest(kg, [docs])
        elapsed = time.perf_counter() - t0
        kg.close()
    rss_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print(f"articles: {len(report.stored)} stored, {len(report.failed)} failed, {chars:,} chars")
    print(f"ingest:   {elapsed:.1f} s  {len(report.stored) / elapsed:.1f} articles/s  {chars / elapsed:,.0f} chars/s")
    print(f"kiwi tokenize alone: {kiwi_s:.1f} s  {chars / kiwi_s:,.0f} chars/s")
    print(f"peak RSS: {rss_mb:.0f} MB")


if __name__ == "__main__":
    main()
