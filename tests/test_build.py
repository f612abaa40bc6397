"""The shipped graph (data/cities.trig, data/cities.ttl): regenerated from ../shared/gazetteer by the developer
command `python -m kgraph._build.graph`, and checked."""
from __future__ import annotations

import importlib.util
import re
from collections.abc import Iterator
from pathlib import Path

import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from kgraph._build import graph as build_graph
from kgraph._build.graph import build, clean_en, read_tsv, write
from kgraph.places import province_name
from kgraph.vocab import KG, KGR, SCHEMA, WD, Gazetteer, Registry

REPO = Path(__file__).resolve().parent.parent
DATA = REPO / "data"
GM = KGR["city/kr/gwangmyeong"]


def city(slug: str) -> URIRef:
    return KGR[f"city/{slug}"]


@pytest.fixture(scope="module")
def committed() -> Dataset:
    ds = Dataset()
    ds.parse(DATA / "cities.trig", format="trig")
    return ds


@pytest.fixture(scope="module")
def rebuilt(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Dataset]:
    gazetteer = REPO.parent / "shared" / "gazetteer"
    if not gazetteer.is_dir():
        pytest.skip("../shared/gazetteer is not beside the repository")
    yield build(gazetteer, corpus=None)


def graph_of(ds: Dataset, name: URIRef) -> Graph:
    g = Graph()
    for s, p, o, _ in ds.quads((None, None, None, name)):
        g.add((s, p, o))
    return g


# -- regeneration ----------------------------------------------------------------------------------
def test_the_registry_and_gazetteer_graphs_regenerate_identically(rebuilt: Dataset, committed: Dataset) -> None:
    for name in (Gazetteer, Registry):
        fresh, shipped = graph_of(rebuilt, name), graph_of(committed, name)
        assert len(fresh) > 1000
        assert isomorphic(fresh, shipped), f"{name}: run `python -m kgraph._build.graph` and commit data/"


@pytest.mark.slow
def test_the_whole_shipped_graph_regenerates_identically(shared_dir: Path, tmp_path: Path, committed: Dataset) -> None:
    """`python -m kgraph._build.graph` (gazetteer + the seed article's reading) gives the committed files."""
    if importlib.util.find_spec("kgraph._build.seed") is None or not (shared_dir / "corpus").is_dir():
        pytest.skip("the seed article's reading (kgraph._build.seed, shared/corpus) is not available")
    ds = build(shared_dir / "gazetteer", corpus=shared_dir / "corpus")
    trig, ttl = write(ds, tmp_path)
    fresh = Dataset()
    fresh.parse(trig, format="trig")
    assert {g.identifier for g in fresh.contexts()} == {g.identifier for g in committed.contexts()}
    for g in committed.contexts():
        assert isomorphic(graph_of(fresh, g.identifier), graph_of(committed, g.identifier)), g.identifier
    assert isomorphic(Graph().parse(ttl, format="turtle"), Graph().parse(DATA / "cities.ttl", format="turtle"))


def test_cities_ttl_is_the_union_of_cities_trig(committed: Dataset) -> None:
    union = Graph()
    for s, p, o, _ in committed.quads():
        union.add((s, p, o))
    assert isomorphic(union, Graph().parse(DATA / "cities.ttl", format="turtle"))


def test_the_developer_command_writes_both_files(shared_dir: Path, tmp_path: Path,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    out = tmp_path / "out"
    status = build_graph.main(["--gazetteer", str(shared_dir / "gazetteer"), "--corpus", str(tmp_path / "no-corpus"),
                               "--out", str(out)])
    assert status == 0
    assert (out / "cities.trig").stat().st_size > 100_000 and (out / "cities.ttl").stat().st_size > 100_000
    printed = capsys.readouterr().out
    assert re.search(r"wrote .*cities\.trig and .*cities\.ttl: \d+ quads; skipped \d+ rows", printed), printed
    assert "광명시 – " in printed  # the skipped rows are listed, one per line


def test_the_developer_command_without_a_gazetteer_is_a_clear_error(tmp_path: Path,
                                                                    capsys: pytest.CaptureFixture[str]) -> None:
    status = build_graph.main(["--gazetteer", str(tmp_path), "--out", str(tmp_path / "out")])
    assert status == 1
    assert "missing gazetteer file" in capsys.readouterr().err
    assert not (tmp_path / "out").exists()


def test_rebuilding_the_shipped_graph_is_not_a_user_command(cli) -> None:  # type: ignore[no-untyped-def]
    res = cli("build", "--gazetteer", "../shared/gazetteer")
    assert res.exit_code == 2 and "No such command 'build'" in res.output


def test_the_curated_build_tables_are_read(shared_dir: Path) -> None:
    # not_ties.tsv: the registry notes of forum members are not ties (은평구, 오산시 are cities, not partners)
    assert build_graph._SKIP_NOTES.match("not a sister city: forum member")
    assert build_graph._SKIP_NOTES.match("unverified claim") and not build_graph._SKIP_NOTES.match("sister city")
    # native_languages.tsv: the fallback for every country of the seed cities
    seed = read_tsv(shared_dir / "gazetteer" / "seed-cities.tsv")
    assert {r["country"] for r in seed} <= set(build_graph._NATIVE_LANG_FALLBACK)
    assert build_graph._NATIVE_LANG_FALLBACK["DE"] == "de"


# -- content ---------------------------------------------------------------------------------------
def test_every_seed_city_with_its_facts(shared_dir: Path, committed: Dataset) -> None:
    g = graph_of(committed, Gazetteer)
    for row in read_tsv(shared_dir / "gazetteer" / "seed-cities.tsv"):
        hits = set(g.subjects(RDFS.label, Literal(row["name_ko"], lang="ko"))) | set(
            g.subjects(SKOS.altLabel, Literal(row["name_ko"], lang="ko")))
        hits = {h for h in hits if (h, RDF.type, SCHEMA.City) in g}
        assert len(hits) == 1, row["key"]
        c = hits.pop()
        assert str(c).isascii()
        langs = {o.language for o in g.objects(c, RDFS.label)}
        assert {"ko", "en"} <= langs, row["key"]
        if row["country"] != "KR":
            native = {"DE": "de", "US": "en", "CN": "zh", "JP": "ja"}[row["country"]]
            assert Literal(row["name_native"], lang=native) in set(g.objects(c, RDFS.label)), row["key"]
        assert (c, SCHEMA.containedInPlace, KGR[f"country/{row['country']}"]) in g
        assert float(g.value(c, SCHEMA.latitude)) == pytest.approx(float(row["lat"]))
        assert g.value(c, SCHEMA.longitude).datatype == XSD.decimal
        if row["wikidata_qid"]:
            assert (c, OWL.sameAs, WD[row["wikidata_qid"]]) in g
        else:
            assert g.value(c, OWL.sameAs) is None  # Buan: no QID is better than a wrong one
        if row["country"] == "KR" and row["key"] != "gwangmyeong":
            provinces = [p for p in g.objects(c, SCHEMA.containedInPlace) if "/country/" not in str(p)]
            assert provinces, f"{row['key']} has no province"


def test_alternative_labels(committed: Dataset) -> None:
    g = graph_of(committed, Gazetteer)
    alts = {str(o) for o in g.objects(city("cn/liaocheng"), SKOS.altLabel)}
    assert {"랴오청시", "요성시"} <= alts
    assert "Osnabrueck" in {str(o) for o in g.objects(city("de/osnabrueck"), SKOS.altLabel)}
    assert "광명" in {str(o) for o in g.objects(GM, SKOS.altLabel)}


def test_gwangmyeong_ties(committed: Dataset) -> None:
    reg = graph_of(committed, Registry)
    partners = {str(p).split("/city/")[1] for p in reg.objects(GM, KG.partnerOf)}
    assert partners == {"de/osnabrueck", "us/austin", "cn/liaocheng", "jp/yamato", "kr/jecheon", "kr/buan", "kr/sinan",
                        "kr/yeongam"}
    assert not partners & {"kr/eunpyeong", "kr/osan"}  # forum members, not sister cities
    gaz = graph_of(committed, Gazetteer)
    for slug in ("kr/eunpyeong", "kr/osan", "mx/queretaro", "cn/mudanjiang"):  # they are cities all the same
        assert (city(slug), RDF.type, SCHEMA.City) in gaz, slug
    for p in reg.objects(GM, KG.partnerOf):
        assert (p, KG.partnerOf, GM) in reg and (GM, KG.sisterCityOf, p) in reg and (p, KG.sisterCityOf, GM) in reg


def test_one_tie_several_sources_and_a_kept_conflict(committed: Dataset) -> None:
    reg = graph_of(committed, Registry)
    tie = KGR["tie/cn-liaocheng--kr-gwangmyeong"]
    assert (tie, RDF.type, KG.Partnership) in reg
    assert set(reg.objects(tie, KG.partner)) == {GM, city("cn/liaocheng")}
    assert set(reg.objects(tie, KG.since)) == {Literal("2003", datatype=XSD.gYear), Literal("2005", datatype=XSD.gYear)}
    assert reg.value(tie, KG.sinceConflict) == Literal(True)
    assert "2003" in str(reg.value(tie, RDFS.comment)) and "2005" in str(reg.value(tie, RDFS.comment))
    assert len(set(reg.objects(tie, PROV.wasDerivedFrom))) >= 3
    assert reg.value(tie, KG.partnershipType) == KG.SisterCity
    osna = KGR["tie/de-osnabrueck--kr-gwangmyeong"]
    assert set(reg.objects(osna, KG.since)) == {Literal("1997", datatype=XSD.gYear)}
    assert reg.value(osna, KG.sinceConflict) is None


def test_every_tie_is_well_formed(committed: Dataset) -> None:
    reg = graph_of(committed, Registry)
    ties = set(reg.subjects(RDF.type, KG.Partnership))
    assert len(ties) > 500
    for tie in ties:
        a, b = sorted(reg.objects(tie, KG.partner))  # exactly two
        assert (a, KG.partnerOf, b) in reg and (b, KG.partnerOf, a) in reg
        assert set(reg.objects(tie, PROV.wasDerivedFrom)), tie
        assert set(reg.objects(tie, KG.partnershipType)) <= {KG.SisterCity, KG.FriendshipCity, KG.OtherTie}
        for year in reg.objects(tie, KG.since):
            assert year.datatype in (XSD.gYear, XSD.date)
        assert str(tie).isascii()


def test_every_korean_government_and_partner_of_the_twin_town_list(shared_dir: Path, committed: Dataset) -> None:
    g = graph_of(committed, Gazetteer)
    reg = graph_of(committed, Registry)
    names: dict[str, set[URIRef]] = {}
    for pred in (RDFS.label, SKOS.altLabel):
        for s, o in g.subject_objects(pred):
            if (s, RDF.type, SCHEMA.City) in g:
                names.setdefault(str(o), set()).add(s)
    rows = read_tsv(shared_dir / "gazetteer" / "korea-twin-towns.tsv")
    hosts = {r["korean_government_ko"] for r in rows if r["korean_government_ko"]}
    assert len(hosts) > 100
    for host in hosts:  # 강원도 and 전라북도 are there under their current names (강원특별자치도, 전북특별자치도)
        assert host in names or province_name(host) in names, host
    missing = []
    for r in rows:
        if not r["korean_government_ko"] or r["partner_country"] in ("South Korea", "Korea"):
            continue
        if clean_en(r["partner_en"]) not in names:
            missing.append(r["partner_en"])
    assert not missing, missing[:20]
    assert len(set(reg.subjects(RDF.type, KG.Partnership))) > 500


def test_ambiguous_names_are_not_merged(committed: Dataset) -> None:
    g = graph_of(committed, Gazetteer)
    gwangju = {s for s in g.subjects(SKOS.altLabel, Literal("광주", lang="ko")) if (s, RDF.type, SCHEMA.City) in g}
    gwangju |= {s for s in g.subjects(RDFS.label, Literal("광주시", lang="ko"))}
    assert len(gwangju) >= 2  # 광주광역시 and 경기도 광주시 stay two cities
    reg = graph_of(committed, Registry)
    # the seven Wikipedia rows for a bare "Gwangju" (Sendai, Tainan, …) are tied to neither Gwangju
    gyeonggi_gwangju = city("kr/gwangju-gyeonggi")
    assert (gyeonggi_gwangju, RDF.type, SCHEMA.City) in g
    assert city("jp/sendai") not in set(reg.objects(gyeonggi_gwangju, KG.partnerOf))
    goseong = [s for s in g.subjects(RDFS.label, Literal("고성군", lang="ko"))]
    assert goseong and all(re.search(r"/goseong-[a-z]+$", str(s)) for s in goseong), goseong  # qualified by province


def test_iris_are_ascii_and_every_resource_is_labelled(committed: Dataset) -> None:
    for s, p, o, _ in committed.quads():
        for t in (s, p, o):
            if isinstance(t, URIRef):
                assert str(t).isascii(), t
    g = graph_of(committed, Gazetteer)
    for c in set(g.subjects(RDF.type, SCHEMA.City)) | set(g.subjects(RDF.type, SCHEMA.Country)):
        assert g.value(c, RDFS.label) is not None, c
    for c in g.subjects(RDF.type, SCHEMA.Country):
        assert re.fullmatch(r"[A-Z]{2}", str(g.value(c, KG.iso3166))), c


def test_a_foreign_partner_written_with_city_is_the_gazetteer_s_city(committed: Dataset) -> None:
    """``Fukui City`` in the twin-town list is the city GeoNames names Fukui (one entity, its written name an alias),
    so a reading of ``Fukui`` and the registry's tie meet; ``Mexico City`` keeps its name."""
    g = graph_of(committed, Gazetteer)
    from kgraph.names import loader
    from kgraph.vocab import city_iri

    geonames = {str(city_iri(c.country, c.name_en)) for c in loader.foreign_cities()}
    cities = {str(s) for s in g.subjects(RDF.type, SCHEMA.City)}
    doubled = sorted(c for c in cities - geonames if c.endswith("-city") and c[: -len("-city")] in geonames)
    assert not doubled, doubled[:5]
    fukui = URIRef(str(KGR) + "city/jp/fukui")
    assert (fukui, SKOS.altLabel, Literal("Fukui City", lang="en")) in g
