"""How fast `kgraph render` builds a page, how big it is, and how soon headless Chromium draws it.

    python benchmarks/bench_render.py            # 1k and 10k synthetic nodes, the shipped graph, an ego view
    python benchmarks/bench_render.py --sizes 1000 --no-browser
    python benchmarks/bench_render.py --sizes --overview-sizes 1000 10000 100000   # the overview only

Generation = ``kgraph.views.render`` (read the store, select, lay out, fill the page, write it).
First draw = ``performance.now()`` when vis-network first paints (``kgraphView.firstDrawMs``), i.e.
milliseconds since the navigation to the file:// page began, in headless Debian Chromium with the
GPU off. Targets: generation < 3 s and first draw < 5 s at 10,000 nodes. Pages are written to
benchmarks/output/ (git-ignored) with a JSON summary.
"""
from __future__ import annotations

import argparse
import json
import random
import statistics
import sys
import time
from pathlib import Path

from rdflib import Literal, URIRef
from rdflib.namespace import PROV, RDF, RDFS, XSD

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from kgraph import KnowledgeGraph
from kgraph.views import render
from kgraph.vocab import KG, KGR, SCHEMA, Registry, article_iri

OUT = ROOT / "benchmarks" / "output"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]
GENERATION_TARGET_S = 3.0
FIRST_DRAW_TARGET_MS = 5000.0
OVERVIEW_GENERATION_TARGET_S = 10.0  #: at 100,000 nodes (the overview's target)


def synthetic_graph(nodes: int, *, seed: int = 1) -> KnowledgeGraph:
    """A store of exactly ``nodes`` entities shaped like kgraph's: countries, cities (Korean ones in
    provinces), registry ties, and articles with events, people, organizations, places and evidence."""
    rng = random.Random(seed)
    n_countries = max(4, nodes // 160)
    n_events, n_orgs, n_people = nodes // 20, nodes // 25, nodes // 30
    n_places, n_articles = nodes // 50, max(1, nodes // 100)
    n_cities = nodes - n_countries - n_events - n_orgs - n_people - n_places - n_articles
    countries = [KGR[f"country/X{i:03d}"] for i in range(n_countries)]
    cities = [KGR[f"city/x/{i}"] for i in range(n_cities)]
    korean = cities[: n_cities * 3 // 10]
    korean_set = set(korean)  # membership tests on a set: the 100k graph is built in seconds, not hours
    provinces = korean[:12]
    province_set = set(provinces)
    foreign = cities[len(korean):]
    gaz: list[tuple] = []
    reg: list[tuple] = []
    for i, c in enumerate(countries):
        gaz += [(c, RDF.type, SCHEMA.Country), (c, RDFS.label, Literal(f"나라 {i}", lang="ko")),
                (c, RDFS.label, Literal(f"Country {i}", lang="en")), (c, KG.iso3166, Literal(f"X{i}"))]
    for i, c in enumerate(cities):
        country = countries[0] if c in korean_set or not foreign else countries[1 + i % (n_countries - 1)]
        gaz += [(c, RDF.type, SCHEMA.City), (c, RDFS.label, Literal(f"도시 {i}", lang="ko")),
                (c, RDFS.label, Literal(f"City {i}", lang="en")), (c, SCHEMA.containedInPlace, country),
                (c, SCHEMA.latitude, Literal(rng.uniform(-60, 60))), (c, SCHEMA.longitude, Literal(rng.uniform(-180, 180)))]
        if c in korean_set and c not in province_set:
            gaz.append((c, SCHEMA.containedInPlace, provinces[i % len(provinces)]))
    for i, f in enumerate(foreign):
        for k in range(1 + (i % 3 == 0)):
            kr = rng.choice(korean)
            tie = KGR[f"tie/x-{i}-{k}"]
            kind = rng.choice([KG.SisterCity, KG.FriendshipCity, None, None])
            reg += [(tie, RDF.type, KG.Partnership), (tie, KG.partner, f), (tie, KG.partner, kr),
                    (tie, PROV.wasDerivedFrom, URIRef(f"https://registry.example.org/{i}")),
                    (f, KG.partnerOf, kr), (kr, KG.partnerOf, f)]
            if kind is not None:
                reg.append((tie, KG.partnershipType, kind))
            if rng.random() < 0.3:
                reg.append((tie, KG.since, Literal(str(rng.randint(1960, 2024)), datatype=XSD.gYear)))
    events = [KGR[f"event/x/{i}"] for i in range(n_events)]
    orgs = [KGR[f"org/x/{i}"] for i in range(n_orgs)]
    people = [KGR[f"person/x/{i}"] for i in range(n_people)]
    places = [KGR[f"place/x/{i}"] for i in range(n_places)]
    graphs: dict[URIRef, list[tuple]] = {KGR["graph/gazetteer"]: gaz, Registry: reg}
    for a in range(n_articles):
        art = article_iri(f"https://news.example.org/{a}")
        t: list[tuple] = [(art, RDF.type, SCHEMA.NewsArticle), (art, SCHEMA.headline, Literal(f"기사 {a}: 자매도시 교류", lang="ko")),
                          (art, SCHEMA.url, Literal(f"https://news.example.org/{a}")),
                          (art, SCHEMA.datePublished, Literal(f"20{10 + a % 15}-0{1 + a % 9}-1{a % 10}", datatype=XSD.date))]
        graphs[art] = t
        for e in events[a::n_articles]:
            host, guests = rng.choice(korean), rng.sample(foreign or korean, 3)
            members = guests + rng.sample(orgs, 2) + rng.sample(people, 1)
            place = rng.choice(places)
            t += [(e, RDF.type, SCHEMA.Event), (e, SCHEMA.name, Literal(f"국제포럼 {e.split('/')[-1]}", lang="ko")),
                  (e, SCHEMA.startDate, Literal(f"20{10 + a % 15}-10-29", datatype=XSD.date)),
                  (e, SCHEMA.organizer, host), (e, SCHEMA.location, place), (art, SCHEMA.mentions, e)]
            for m in members:
                t.append((e, SCHEMA.attendee, m))
                ev = KGR[f"evidence/x/{e.split('/')[-1]}-{m.split('/')[-1]}"]
                t += [(ev, RDF.type, KG.Evidence), (ev, RDF.subject, e), (ev, RDF.predicate, SCHEMA.attendee),
                      (ev, RDF.object, m), (ev, KG.sentence, Literal(f"{m.split('/')[-1]} 대표단이 포럼에 참석했다.")),
                      (ev, KG.charStart, Literal(10)), (ev, KG.charEnd, Literal(40)), (ev, PROV.wasDerivedFrom, art)]
            t += [(guests[0], KG.partnerOf, host), (host, KG.partnerOf, guests[0])]
    for i, o in enumerate(orgs):
        graphs[KGR["graph/gazetteer"]] += [(o, RDF.type, SCHEMA.Organization), (o, RDFS.label, Literal(f"기관 {i}", lang="ko"))]
    for i, p in enumerate(people):
        graphs[KGR["graph/gazetteer"]] += [(p, RDF.type, SCHEMA.Person), (p, SCHEMA.name, Literal(f"사람 {i}", lang="ko")),
                                           (p, SCHEMA.jobTitle, Literal("시장", lang="ko")), (p, SCHEMA.worksFor, rng.choice(korean))]
    for i, pl in enumerate(places):
        graphs[KGR["graph/gazetteer"]] += [(pl, RDF.type, SCHEMA.Place), (pl, SCHEMA.name, Literal(f"장소 {i}", lang="ko")),
                                           (pl, SCHEMA.containedInPlace, rng.choice(korean))]
    kg = KnowledgeGraph.memory(shipped=False)
    for g, triples in graphs.items():
        kg.replace_graph(g, triples)
    return kg


def generate(kg: KnowledgeGraph, out: Path, *, repeat: int = 3, **options: object) -> dict[str, object]:
    """Render ``repeat`` times; report the median generation time and the page."""
    times = []
    for _ in range(repeat):
        t = time.perf_counter()
        view = render(kg, out, **options)  # type: ignore[arg-type]
        times.append(time.perf_counter() - t)
    return {"nodes": view.nodes, "edges": view.edges, "layout": view.layout, "physics": view.physics,
            "generation_s": round(statistics.median(times), 3), "size_kb": round(out.stat().st_size / 1024),
            "file": str(out.relative_to(ROOT))}


def first_draw(paths: list[Path], *, repeat: int = 2, ready: str = "kgraphView") -> dict[Path, dict[str, float]]:
    """Median ``firstDrawMs`` and wall time to the first draw for each page, in headless Chromium."""
    from playwright.sync_api import sync_playwright

    found: dict[Path, dict[str, float]] = {}
    with sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        for path in paths:
            draws, walls, requests = [], [], []
            for _ in range(repeat):
                page = browser.new_page(viewport={"width": 1400, "height": 900})
                page.on("request", lambda r, sink=requests: sink.append(r.url))
                t = time.perf_counter()
                page.goto(path.resolve().as_uri())
                while not page.evaluate(f"!!(window.{ready} && {ready}.drawn)"):  # (no wait_for_function:
                    page.wait_for_timeout(20)  # it may need eval, which the page's CSP forbids)
                walls.append((time.perf_counter() - t) * 1000)
                draws.append(page.evaluate(f"{ready}.firstDrawMs"))
                page.close()
            found[path] = {"first_draw_ms": round(statistics.median(draws)), "wall_ms": round(statistics.median(walls)),
                           "other_requests": len([u for u in requests if u != path.resolve().as_uri()])}
        browser.close()
    return found


def overview_rows(sizes: list[int], *, browser: bool) -> list[str]:
    """Generation, file size and first draw of the overview (countries as meta-nodes) at each size."""
    rows: list[dict[str, object]] = []
    for n in sizes:
        t = time.perf_counter()
        kg = synthetic_graph(n)
        built = time.perf_counter() - t
        row: dict[str, object] = {"case": f"overview, synthetic {n:,} nodes", "quads": len(kg), "store_build_s": round(built, 1)}
        row.update(generate(kg, OUT / f"overview-{n}.html", repeat=3 if n <= 10000 else 2, overview=True))
        rows.append(row)
        del kg
        print(f"  built {n:,} nodes ({row['quads']:,} quads) in {built:.1f} s; overview generated in "
              f"{row['generation_s']} s, {row['size_kb']} KB", flush=True)
    if browser and CHROMIUM.exists():
        draws = first_draw([ROOT / str(r["file"]) for r in rows], ready="kgraphOverview")
        for r in rows:
            r.update(draws[ROOT / str(r["file"])])
    print(f"{'case':36} {'quads':>9} {'cities':>7} {'ties':>7} {'gen s':>6} {'KB':>6} {'first draw ms':>14}")
    for r in rows:
        print(f"{r['case']:36} {r['quads']:>9} {r['nodes']:>7} {r['edges']:>7} {r['generation_s']:>6} "
              f"{r['size_kb']:>6} {r.get('first_draw_ms', '-'):>14}")
    (OUT / "bench_render_overview.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    failed = [str(r["case"]) for r in rows if float(r["generation_s"]) > OVERVIEW_GENERATION_TARGET_S  # type: ignore[arg-type]
              or float(r.get("first_draw_ms", 0)) > FIRST_DRAW_TARGET_MS]  # type: ignore[arg-type]
    if failed:
        print(f"over target (overview generation < {OVERVIEW_GENERATION_TARGET_S} s, first draw < "
              f"{FIRST_DRAW_TARGET_MS / 1000} s): " + ", ".join(failed))
    return failed


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="*", default=[1000, 10000], help="synthetic graph sizes (nodes)")
    parser.add_argument("--overview-sizes", type=int, nargs="*", default=[1000, 10000, 100000],
                        help="synthetic graph sizes (nodes) for the overview of big graphs")
    parser.add_argument("--no-browser", action="store_true", help="skip the first-draw measurement")
    args = parser.parse_args()
    OUT.mkdir(parents=True, exist_ok=True)
    failed = overview_rows(args.overview_sizes, browser=not args.no_browser) if args.overview_sizes else []
    if not args.sizes:
        return 1 if failed else 0
    rows: list[dict[str, object]] = []
    for n in args.sizes:
        t = time.perf_counter()
        kg = synthetic_graph(n)
        built = time.perf_counter() - t
        row = {"case": f"synthetic {n:,} nodes", "quads": len(kg), "store_build_s": round(built, 2)}
        row.update(generate(kg, OUT / f"synthetic-{n}.html"))
        rows.append(row)
    shipped = KnowledgeGraph.shipped()
    rows.append({"case": "shipped graph, whole", "quads": len(shipped), **generate(shipped, OUT / "shipped.html")})
    rows.append({"case": "shipped graph, 광명시 depth 2", "quads": len(shipped),
                 **generate(shipped, OUT / "gwangmyeong.html", city="광명시", depth=2)})
    if not args.no_browser and CHROMIUM.exists():
        draws = first_draw([ROOT / str(r["file"]) for r in rows])
        for r in rows:
            r.update(draws[ROOT / str(r["file"])])
    print(f"{'case':32} {'nodes':>6} {'edges':>6} {'layout':>8} {'gen s':>6} {'KB':>6} {'first draw ms':>14}")
    for r in rows:
        print(f"{r['case']:32} {r['nodes']:>6} {r['edges']:>6} {r['layout']:>8} {r['generation_s']:>6} "
              f"{r['size_kb']:>6} {r.get('first_draw_ms', '-'):>14}")
    (OUT / "bench_render.json").write_text(json.dumps(rows, ensure_ascii=False, indent=2), encoding="utf-8")
    failed += [r["case"] for r in rows if float(r["generation_s"]) > GENERATION_TARGET_S  # type: ignore[arg-type]
              or float(r.get("first_draw_ms", 0)) > FIRST_DRAW_TARGET_MS]  # type: ignore[arg-type]
    if failed:
        print(f"over target (generation < {GENERATION_TARGET_S} s, first draw < {FIRST_DRAW_TARGET_MS / 1000} s): "
              + ", ".join(map(str, failed)))
    return 1 if failed else 0


if __name__ == "__main__":
    raise SystemExit(main())
