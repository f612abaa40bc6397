"""Benchmark the analyse layer on a synthetic sister-city graph of about a million triples.

    python benchmarks/bench_analyse.py [--triples 1000000] [--sample 200] [--validate] [--keep DIR]

It writes a synthetic graph as N-Quads (cities with labels and countries, kg:Partnership nodes with
types, years and sources, and article graphs with events, attendees and kg:Evidence nodes), loads it
into an on-disk store (``KnowledgeGraph.open``, which starts from the shipped graph) with
``kg.load``, reopens the store read-only, and times the projections, the centrality measures
(betweenness sampled from ``--sample`` source nodes), communities, stats and a path query.
``--validate`` also times ``kgraph validate`` on the whole store.
"""
from __future__ import annotations

import argparse
import random
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TypeVar

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from kgraph.analyse import communities, path, stats, to_networkx
from kgraph.analyse.centrality import scores
from kgraph.graph import KnowledgeGraph

T = TypeVar("T")
ID = "https://w3id.org/kgraph/id/"
S, KG, RDF = "https://schema.org/", "https://w3id.org/kgraph/ns#", "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS, PROV, XSD = "http://www.w3.org/2000/01/rdf-schema#", "http://www.w3.org/ns/prov#", "http://www.w3.org/2001/XMLSchema#"
TYPES = ("SisterCity", "FriendshipCity", "OtherTie")
#: per million triples: cities (≈5 triples each), ties (≈10), articles (≈58), organizations (2)
PER_MILLION = {"cities": 20_000, "ties": 50_000, "articles": 7_000, "orgs": 1_000}


def iri(x: str) -> str:
    return f"<{x}>"


def lit(text: str, *, lang: str | None = None, dt: str | None = None) -> str:
    body = '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return body + (f"@{lang}" if lang else "") + (f"^^<{XSD}{dt}>" if dt else "")


def generate(scale: float, *, seed: int = 7) -> Iterator[str]:
    """N-Quads lines of a synthetic graph with ``scale`` million triples (approximately)."""
    rnd = random.Random(seed)
    n_cities, n_ties = int(PER_MILLION["cities"] * scale), int(PER_MILLION["ties"] * scale)
    n_articles, n_orgs = int(PER_MILLION["articles"] * scale), int(PER_MILLION["orgs"] * scale)
    gaz, reg = iri(ID + "graph/bench-gazetteer"), iri(ID + "graph/bench-registry")
    codes = [a + b for a in "ABCDEFGH" for b in "ABCDEFGH"][:60]
    for c in codes:
        country = iri(f"{ID}country/X{c}")
        yield f"{country} <{RDF}type> <{S}Country> {gaz} .\n"
        yield f"{country} <{KG}iso3166> {lit('X' + c)} {gaz} .\n"
        yield f"{country} <{RDFS}label> {lit('Country ' + c, lang='en')} {gaz} .\n"
    cities = []
    for i in range(n_cities):
        cc = codes[0] if i < n_cities // 4 else rnd.choice(codes)  # a quarter in one "home" country
        city = iri(f"{ID}city/x{cc.lower()}/c{i}")
        cities.append(city)
        yield f"{city} <{RDF}type> <{S}City> {gaz} .\n"
        yield f"{city} <{RDFS}label> {lit(f'City {i}', lang='en')} {gaz} .\n"
        yield f"{city} <{RDFS}label> {lit(f'도시{i}시', lang='ko')} {gaz} .\n"
        yield f"{city} <{S}containedInPlace> {iri(f'{ID}country/X{cc}')} {gaz} .\n"
        yield f"{city} <{KG}adminType> {lit('city')} {gaz} .\n"
    home = n_cities // 4
    seen: set[tuple[int, int]] = set()
    t = 0
    while t < n_ties:
        a = min(int(rnd.paretovariate(1.2)) - 1, home - 1)  # home cities with a heavy tail of hubs
        b = rnd.randrange(n_cities)
        key = (min(a, b), max(a, b))
        if a == b or key in seen:
            continue
        seen.add(key)
        t += 1
        tie = iri(f"{ID}tie/b{t}")
        ca, cb = cities[a], cities[b]
        yield f"{tie} <{RDF}type> <{KG}Partnership> {reg} .\n"
        yield f"{tie} <{KG}partner> {ca} {reg} .\n{tie} <{KG}partner> {cb} {reg} .\n"
        yield f"{ca} <{KG}partnerOf> {cb} {reg} .\n{cb} <{KG}partnerOf> {ca} {reg} .\n"
        if rnd.random() < 0.7:
            kind = rnd.choice(TYPES)
            yield f"{tie} <{KG}partnershipType> <{KG}{kind}> {reg} .\n"
            prop = {"SisterCity": "sisterCityOf", "FriendshipCity": "friendshipCityOf"}.get(kind)
            if prop:
                yield f"{ca} <{KG}{prop}> {cb} {reg} .\n{cb} <{KG}{prop}> {ca} {reg} .\n"
        if rnd.random() < 0.6:
            year = rnd.randrange(1960, 2025)
            yield f"{tie} <{KG}since> {lit(str(year), dt='gYear')} {reg} .\n"
            if rnd.random() < 0.03:
                yield f"{tie} <{KG}since> {lit(str(year + 1), dt='gYear')} {reg} .\n"
                yield f"{tie} <{KG}sinceConflict> {lit('true', dt='boolean')} {reg} .\n"
        for s in range(rnd.randint(1, 3)):
            yield f"{tie} <{PROV}wasDerivedFrom> <https://registry.example/{t % 500}/{s}> {reg} .\n"
    orgs = []
    for i in range(n_orgs):
        org = iri(f"{ID}org/o{i}")
        orgs.append(org)
        yield f"{org} <{RDF}type> <{S}Organization> {gaz} .\n{org} <{RDFS}label> {lit(f'기관 {i}', lang='ko')} {gaz} .\n"
    for n in range(n_articles):
        art = iri(f"{ID}article/a{n}")
        event = iri(f"{ID}event/e{n}")
        day = f"20{rnd.randrange(10, 25)}-{rnd.randrange(1, 13):02d}-{rnd.randrange(1, 29):02d}"
        yield f"{art} <{RDF}type> <{S}NewsArticle> {art} .\n"
        yield f"{art} <{S}url> <https://news.example/{n}> {art} .\n"
        yield f"{art} <{S}headline> {lit(f'교류 행사 {n}', lang='ko')} {art} .\n"
        yield f"{art} <{S}datePublished> {lit(day, dt='date')} {art} .\n"
        yield f"{art} <{S}publisher> {iri(ID + 'org/o0')} {art} .\n"
        host = cities[min(int(rnd.paretovariate(1.2)) - 1, home - 1)]
        yield f"{event} <{RDF}type> <{S}Event> {art} .\n"
        yield f"{event} <{S}name> {lit(f'포럼 {n}', lang='ko')} {art} .\n"
        yield f"{event} <{S}startDate> {lit(day, dt='date')} {art} .\n"
        yield f"{event} <{S}location> {host} {art} .\n"
        yield f"{event} <{S}organizer> {host} {art} .\n"
        attendees = {rnd.choice(cities) for _ in range(rnd.randint(3, 6))} | {rnd.choice(orgs) for _ in range(2)}
        for k, who in enumerate(sorted(attendees)):
            ev = iri(f"{ID}evidence/a{n}-{k}")
            yield f"{event} <{S}attendee> {who} {art} .\n"
            yield f"{ev} <{RDF}type> <{KG}Evidence> {art} .\n"
            yield f"{ev} <{RDF}subject> {event} {art} .\n{ev} <{RDF}predicate> <{S}attendee> {art} .\n"
            yield f"{ev} <{RDF}object> {who} {art} .\n"
            yield f"{ev} <{KG}charStart> {lit(str(10 * k), dt='integer')} {art} .\n"
            yield f"{ev} <{KG}charEnd> {lit(str(10 * k + 8), dt='integer')} {art} .\n"
            yield f"{ev} <{PROV}wasDerivedFrom> {art} {art} .\n"


Row = tuple[str, float, float, str]


def timed(label: str, fn: Callable[[], T], rows: list[Row], note: Callable[[T], str] = str) -> T:
    """Run ``fn``, print and keep its wall-clock and CPU seconds (CPU: this process, Oxigraph included)."""
    start, cpu = time.perf_counter(), time.process_time()
    value = fn()
    took, used = time.perf_counter() - start, time.process_time() - cpu
    rows.append((label, took, used, note(value)))
    print(f"  {label:<42} {took:8.2f} s  (cpu {used:6.2f} s)   {note(value)}", flush=True)
    return value


def main(argv: list[str] | None = None) -> None:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("--triples", type=int, default=1_000_000, help="approximate size of the synthetic graph")
    ap.add_argument("--sample", type=int, default=200, help="betweenness: source nodes sampled (k)")
    ap.add_argument("--validate", action="store_true", help="also time SHACL validation of the whole store")
    ap.add_argument("--keep", type=Path, default=None, help="build the store here and keep it (default: a temp dir)")
    args = ap.parse_args(argv)

    work = args.keep or Path(tempfile.mkdtemp(prefix="kgraph-bench-"))
    work.mkdir(parents=True, exist_ok=True)
    rows: list[Row] = []
    try:
        nq = work / "synthetic.nq"

        def write() -> int:
            n = 0
            with nq.open("w", encoding="utf-8") as f:
                for line in generate(args.triples / 1_000_000):
                    f.write(line)
                    n += line.count("\n")
            return n

        print(f"synthetic graph of ~{args.triples} triples in {work}")
        timed("generate N-Quads", write, rows, lambda n: f"{n} quads")
        store = work / "store"
        if store.exists():
            shutil.rmtree(store)
        with KnowledgeGraph.open(store) as kg:
            timed("load into an on-disk store (kg.load)", lambda: kg.load(nq), rows, lambda n: f"{n} new quads")
        with KnowledgeGraph.open(store, read_only=True) as kg:
            size = len(kg)
            print(f"store: {size} quads (with the shipped graph)")
            g = timed("projection: partnership", lambda: to_networkx(kg, view="partnership"), rows,
                      lambda x: f"{x.number_of_nodes()} nodes, {x.number_of_edges()} edges")
            timed("projection: co-attendance", lambda: to_networkx(kg, view="co-attendance"), rows,
                  lambda x: f"{x.number_of_nodes()} nodes, {x.number_of_edges()} edges")
            timed("projection: city-event", lambda: to_networkx(kg, view="city-event"), rows,
                  lambda x: f"{x.number_of_nodes()} nodes, {x.number_of_edges()} edges")
            timed("degree", lambda: scores(g, by="degree"), rows, lambda x: f"{len(x[0])} nodes")
            timed(f"betweenness (sampled, k={args.sample})", lambda: scores(g, by="betweenness", sample=args.sample),
                  rows, lambda x: f"k={x[1]}")
            timed("pagerank (weighted by sources)", lambda: scores(g, by="pagerank"), rows, lambda x: f"{len(x[0])} nodes")
            timed("communities (Louvain)", lambda: communities(kg), rows, lambda x: f"{len(x)} communities "
                  "(projection included)")
            timed("stats", lambda: stats(kg), rows, lambda x: f"{x.ties} ties, {x.articles} articles")
            far = f"City {int(PER_MILLION['cities'] * args.triples / 1_000_000) - 1}"
            timed("path between two cities", lambda: path(kg, "City 5", far), rows,
                  lambda x: f"{len(x.steps)} steps (tie query included)")
            if args.validate:
                from kgraph.validate import validate

                timed("validate (SHACL, whole store)", lambda: validate(kg), rows,
                      lambda x: f"{len(x.violations)} violations")
        print()
        print(f"| step ({size} quads) | wall s | cpu s | result |")
        print("|---|---:|---:|---|")
        for label, took, used, note in rows:
            print(f"| {label} | {took:.2f} | {used:.2f} | {note} |")
    finally:
        if args.keep is None:
            shutil.rmtree(work, ignore_errors=True)


if __name__ == "__main__":
    main()
