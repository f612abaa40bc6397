"""Build the shipped graph ``data/cities.ttl`` (and ``data/cities.trig``) from the gazetteer facts.

A developer command, not part of the user CLI: run ``python -m kgraph._build.graph`` from the
repository, with ``../shared`` beside it. The gazetteer (cities, countries, labels) goes to the
named graph ``kgr:graph/gazetteer``, the registry of ties to ``kgr:graph/registry``; the seed
article's reading, when its text is present, to the article's own graph. ``cities.trig`` keeps the
graphs; ``cities.ttl`` is the same triples as plain Turtle for any RDF tool. The curated tables it
reads are in ``kgraph/_build/data/``: ``native_languages.tsv`` (the language of a native name where
the country table has none) and ``not_ties.tsv`` (registry notes that mark a row as not a tie).
"""
from __future__ import annotations

import csv
import re
import unicodedata
from collections import defaultdict
from dataclasses import dataclass, field
from pathlib import Path

from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.namespace import OWL, PROV, RDF, RDFS, SKOS, XSD

from .. import places
from ..atomic import atomic_write, atomic_write_text
from ..errors import BuildError
from ..names import loader
from ..vocab import (
    KG,
    PREFIXES,
    SCHEMA,
    TIE_TYPES,
    WD,
    Gazetteer,
    Registry,
    city_iri,
    country_iri,
    partnership_iri,
    region,
    typeConflict,
)
from .tables import read_table

#: language of a seed city's native name where the country table gives none (native_languages.tsv)
_NATIVE_LANG_FALLBACK = {r["country"]: r["lang"] for r in read_table("native_languages.tsv", ("country", "lang"))}
#: registry notes that mark a row as not a tie (not_ties.tsv), matched at the start, case ignored
_SKIP_NOTES = re.compile("^(" + "|".join(re.escape(r["note_prefix"])
                                         for r in read_table("not_ties.tsv", ("note_prefix",))) + ")",
                         re.IGNORECASE)


def read_tsv(path: Path) -> list[dict[str, str]]:
    """Rows of a UTF-8 TSV with a header row, cells NFC-normalised and stripped."""
    if not path.exists():
        raise BuildError(f"missing gazetteer file {path}; pass --gazetteer pointing at shared/gazetteer")
    with path.open(encoding="utf-8", newline="") as f:
        return [{k: unicodedata.normalize("NFC", (v or "").strip()) for k, v in row.items()}
                for row in csv.DictReader(f, delimiter="\t")]


def sources(cell: str) -> list[str]:
    """The URLs of a ``source_url`` cell (several are separated by `` ; ``)."""
    return [u.strip() for u in cell.split(" ; ") if u.strip()]


def clean_en(name: str) -> str:
    """An English city name without host prefixes, parentheses and -si/-gun/-gu.

    >>> clean_en("Seoul – Gangdong"), clean_en("Goseong-gun (Gyeongsangnam-do)"), clean_en("Liaocheng (요성시)")
    ('Gangdong', 'Goseong', 'Liaocheng')
    """
    name = re.sub(r"\s*\(.*?\)", "", name)
    name = name.split(" – ")[-1]
    name = re.sub(r"-(si|gun|gu)$", "", name)
    return name.strip()


def hangul_in_parens(name: str) -> list[str]:
    """Hangul names given in parentheses, e.g. ``Liaocheng (요성시)`` -> ``['요성시']``."""
    return re.findall(r"\(([\uac00-\ud7a3 ]+)\)", name)


def _en_key(name: str) -> str:
    key = re.sub(r"[^a-z]", "", name.lower())
    return key.replace("sh", "s")


def domestic_candidates(partner_en: str) -> list[places.Gov]:
    """Korean governments an English partner name such as ``Dong-gu, Daegu`` or ``Hwasun County`` can mean."""
    name, _, prov = partner_en.partition(",")
    name = re.sub(r"\s+(County|City|District)$", "", clean_en(name.strip()), flags=re.IGNORECASE)
    key = _en_key(name)
    cands = [g for g in places.governments().values() if _en_key(g.name_en) == key]
    if len(cands) > 1 and prov.strip():
        pk = _en_key(re.sub(r"-do$", "", prov.strip()))
        narrowed = [g for g in cands if _en_key(places.governments().get((g.province_ko, g.province_ko),
                                                                          g).name_en).startswith(pk[:5])]
        cands = narrowed or cands
    return cands


@dataclass
class Tie:
    """One tie between two cities gathered from every registry row that states it."""

    a: URIRef
    b: URIRef
    types: set[str] = field(default_factory=set)
    years: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))  # year -> sources
    sources: set[str] = field(default_factory=set)


class Builder:
    """Collects cities, countries and ties, then writes them as named graphs."""

    def __init__(self) -> None:
        self.gaz = Graph()
        self.reg = Graph()
        self.ties: dict[URIRef, Tie] = {}
        self.countries: set[str] = set()
        self.foreign_ko = self._foreign_ko_index()
        self.skipped: list[str] = []

    # -- entities
    @staticmethod
    def _foreign_ko_index() -> dict[tuple[str, str], list[str]]:
        idx: dict[tuple[str, str], list[str]] = defaultdict(list)
        for c in loader.foreign_cities():
            idx[(c.name_en.lower(), c.country)].append(c.name_ko)
        return idx

    def country(self, code: str) -> URIRef:
        code = code.upper()
        iri = country_iri(code)
        if code in self.countries:
            return iri
        self.countries.add(code)
        c = places.country(code)
        g = self.gaz
        g.add((iri, RDF.type, SCHEMA.Country))
        g.add((iri, KG.iso3166, Literal(code)))
        if c is not None:
            g.add((iri, RDFS.label, Literal(c.name_en, lang="en")))
            g.add((iri, RDFS.label, Literal(c.name_ko, lang="ko")))
            for alt in c.alt_ko:
                g.add((iri, SKOS.altLabel, Literal(alt, lang="ko")))
            for alt in c.alt_en:
                g.add((iri, SKOS.altLabel, Literal(alt, lang="en")))
            if c.wikidata:
                g.add((iri, OWL.sameAs, WD[c.wikidata]))
        return iri

    def label(self, iri: URIRef, text: str, lang: str, *, alt: bool = False) -> None:
        if not text:
            return
        lit = Literal(text, lang=lang)
        if not alt and (iri, RDFS.label, lit) not in self.gaz:
            existing = [o for o in self.gaz.objects(iri, RDFS.label) if getattr(o, "language", None) == lang]
            if existing:  # one label per language; the rest are alternatives
                alt = True
        if alt:
            if (iri, RDFS.label, lit) not in self.gaz:
                self.gaz.add((iri, SKOS.altLabel, lit))
        else:
            self.gaz.add((iri, RDFS.label, lit))

    def korean_gov(self, name_ko: str, province: str, *, name_en: str = "") -> URIRef | None:
        cands = places.lookup(name_ko, province or None)
        if len(cands) != 1:
            self.skipped.append(f"{name_ko} ({province or 'no province'}): "
                                f"{'ambiguous' if cands else 'unknown'} Korean government")
            return None
        gov = cands[0]
        iri = places.gov_iri(gov)
        g = self.gaz
        if (iri, RDF.type, SCHEMA.City) not in g:
            g.add((iri, RDF.type, SCHEMA.City))
            g.add((iri, SCHEMA.containedInPlace, self.country("KR")))
            g.add((iri, KG.adminType, Literal(gov.admin_type or gov.level)))
            self.label(iri, gov.name_ko, "ko")
            if gov.short != gov.name_ko:
                self.label(iri, gov.short, "ko", alt=True)
            for qualified in places.qualified_names(gov.name_ko, gov.province_ko):  # 광주 남구: a shared name
                self.label(iri, qualified, "ko", alt=True)
            if gov.level != "sido":
                prov = places.lookup(gov.province_ko)
                if len(prov) == 1:
                    piri = self.korean_gov(prov[0].name_ko, prov[0].province_ko)
                    if piri is not None:
                        g.add((iri, SCHEMA.containedInPlace, piri))
            if gov.lat and gov.lon:
                g.add((iri, SCHEMA.latitude, Literal(gov.lat, datatype=XSD.decimal)))
                g.add((iri, SCHEMA.longitude, Literal(gov.lon, datatype=XSD.decimal)))
        self.label(iri, name_en or gov.name_en, "en")
        return iri

    def foreign_city(self, name_en: str, country_code: str, *, name_ko: str = "", alt_ko: list[str] | None = None
                     ) -> URIRef:
        iri = city_iri(country_code, name_en)
        g = self.gaz
        if (iri, RDF.type, SCHEMA.City) not in g:
            g.add((iri, RDF.type, SCHEMA.City))
            g.add((iri, SCHEMA.containedInPlace, self.country(country_code)))
            g.add((iri, KG.adminType, Literal("city")))
        self.label(iri, name_en, "en")
        ascii_en = name_en.replace("ü", "ue").replace("ö", "oe").replace("ä", "ae")
        if ascii_en != name_en:
            self.label(iri, ascii_en, "en", alt=True)
        kos = [name_ko] if name_ko else []
        kos += self.foreign_ko.get((name_en.lower(), country_code.upper()), [])[:1]
        for ko in kos + list(alt_ko or []):
            self.label(iri, ko, "ko")
            if not ko.endswith("시"):
                self.label(iri, ko + "시", "ko", alt=True)
        return iri

    # -- inputs
    def seed_cities(self, rows: list[dict[str, str]]) -> dict[str, URIRef]:
        keys = {}
        for r in rows:
            cc = r["country"]
            variants = []
            m = re.search(r"Korean variants?(?: in news)?: ([^;]+)", r.get("notes", ""))
            if m:
                variants = re.findall(r"[\uac00-\ud7a3]+", m.group(1))
            if cc == "KR":
                prov = re.search(r"\(([\uac00-\ud7a3]+)\)", r["parent_region"])
                iri = self.korean_gov(r["name_ko"], prov.group(1) if prov else "", name_en=r["name_en"])
                if iri is None:
                    continue
            else:
                iri = self.foreign_city(r["name_en"], cc, name_ko=r["name_ko"], alt_ko=variants)
                native = r.get("name_native", "")
                c = places.country(cc)
                lang = (c.lang if c and c.lang else _NATIVE_LANG_FALLBACK.get(cc, "und"))
                if (native and native != r["name_en"]) or lang != "en":
                    self.label(iri, native, lang)
                if r["parent_region"]:
                    self.gaz.add((iri, region, Literal(r["parent_region"], lang="en")))
            for v in variants:
                self.label(iri, v, "ko", alt=True)
            if r["lat"] and r["lon"]:
                self.gaz.set((iri, SCHEMA.latitude, Literal(r["lat"], datatype=XSD.decimal)))
                self.gaz.set((iri, SCHEMA.longitude, Literal(r["lon"], datatype=XSD.decimal)))
            if r["wikidata_qid"]:
                self.gaz.add((iri, OWL.sameAs, WD[r["wikidata_qid"]]))
            for u in sources(r["source_url"]):
                self.gaz.add((iri, PROV.wasDerivedFrom, URIRef(u)))
            keys[r["key"]] = iri
        return keys

    def tie(self, a: URIRef, b: URIRef, *, kind: str, year: str, urls: list[str]) -> None:
        if a == b:
            return
        iri = partnership_iri(a, b)
        first, second = sorted((a, b))
        t = self.ties.setdefault(iri, Tie(first, second))
        if kind:
            t.types.add(kind)
        for u in urls:
            t.sources.add(u)
            if year:
                t.years[year].add(u)

    def gwangmyeong_partners(self, rows: list[dict[str, str]]) -> None:
        gm = self.korean_gov("광명시", "경기도", name_en="Gwangmyeong")
        assert gm is not None
        for r in rows:
            cc = r["country"]
            notes = r.get("notes", "")
            if not r["partner_name_en"] or (" " in r["partner_name_ko"].strip() and cc == "KR"):
                self.skipped.append(f"광명시 – {r['partner_name_ko']}: sub-municipal tie, not between cities")
                continue
            if cc == "KR":
                partner = self.korean_gov(r["partner_name_ko"], "", name_en=clean_en(r["partner_name_en"]))
            else:
                partner = self.foreign_city(clean_en(r["partner_name_en"]), cc, name_ko=r["partner_name_ko"])
            if partner is None:
                continue
            if _SKIP_NOTES.match(notes):
                self.skipped.append(f"광명시 – {r['partner_name_ko']}: {notes.split(':')[0]}, not recorded as a tie")
                continue
            self.tie(gm, partner, kind=r["relation_type"], year=r["year_signed"], urls=sources(r["source_url"]))

    def twin_towns(self, rows: list[dict[str, str]]) -> None:
        for r in rows:
            if not r["korean_government_ko"]:
                self.skipped.append(f"{r['korean_government_en']} – {r['partner_en']}: host name ambiguous or below "
                                    "county level in the source, not merged into any city")
                continue
            host = self.korean_gov(r["korean_government_ko"], r["province"],
                                   name_en=clean_en(r["korean_government_en"]))
            if host is None:
                continue
            c = places.country(r["partner_country"])
            if c is None:
                self.skipped.append(f"{r['partner_en']}: unknown country {r['partner_country']!r}")
                continue
            if c.code == "KR":
                cands = domestic_candidates(r["partner_en"])
                if len(cands) != 1:
                    self.skipped.append(f"{r['korean_government_ko']} – {r['partner_en']}: domestic partner "
                                        f"{'ambiguous' if cands else 'unknown'}")
                    continue
                partner = self.korean_gov(cands[0].name_ko, cands[0].province_ko)
                if partner is None:
                    continue
            else:
                written = clean_en(r["partner_en"])
                bare = re.sub(r"\s+City$", "", written)
                name = bare if bare != written and (bare.lower(), c.code) in self.foreign_ko and \
                    (written.lower(), c.code) not in self.foreign_ko else written
                # (Fukui City: the city GeoNames names Fukui, not a second one; but Mexico City, Quezon City)
                partner = self.foreign_city(name, c.code, alt_ko=hangul_in_parens(r["partner_en"]))
                if name != written:
                    self.label(partner, written, "en", alt=True)
            self.tie(host, partner, kind=r["relation_type"], year=r["year"], urls=sources(r["source_url"]))

    # -- output
    def write_ties(self) -> None:
        g = self.reg
        for iri, t in sorted(self.ties.items()):
            g.add((iri, RDF.type, KG.Partnership))
            g.add((iri, KG.partner, t.a))
            g.add((iri, KG.partner, t.b))
            g.add((t.a, KG.partnerOf, t.b))
            g.add((t.b, KG.partnerOf, t.a))
            for kind in sorted(t.types):
                type_iri, prop = TIE_TYPES[kind]
                g.add((iri, KG.partnershipType, type_iri))
                if prop is not None:
                    g.add((t.a, prop, t.b))
                    g.add((t.b, prop, t.a))
            if len(t.types) > 1:
                g.add((iri, typeConflict, Literal(True)))
            for year in sorted(t.years):
                g.add((iri, KG.since, Literal(year, datatype=XSD.gYear)))
            if len(t.years) > 1:
                g.add((iri, KG.sinceConflict, Literal(True)))
                said = "; ".join(f"{y}: {', '.join(sorted(u))}" for y, u in sorted(t.years.items()))
                g.add((iri, RDFS.comment, Literal(f"sources disagree on the year: {said}", lang="en")))
            for u in sorted(t.sources):
                g.add((iri, PROV.wasDerivedFrom, URIRef(u)))


def build(gazetteer: Path, *, corpus: Path | None = None) -> Dataset:
    """The shipped dataset built from the gazetteer folder (and the seed article when ``corpus`` has it)."""
    b = Builder()
    b.seed_cities(read_tsv(gazetteer / "seed-cities.tsv"))
    b.gwangmyeong_partners(read_tsv(gazetteer / "gwangmyeong-partners.tsv"))
    b.twin_towns(read_tsv(gazetteer / "korea-twin-towns.tsv"))
    b.write_ties()
    ds = Dataset()
    for p, ns in PREFIXES.items():
        ds.bind(p, ns, override=True)
    gz = ds.graph(Gazetteer)
    for t in b.gaz:
        gz.add(t)
    rg = ds.graph(Registry)
    for t in b.reg:
        rg.add(t)
    rg.add((Registry, RDFS.label, Literal("registry of sister-city ties (shared/gazetteer)", lang="en")))
    if corpus is not None:
        from .seed import add_seed_reading

        add_seed_reading(ds, corpus)
    ds.skipped = b.skipped  # type: ignore[attr-defined]  # the rows skipped ride on the dataset (main prints them)
    return ds


def trig_text(ds: Dataset) -> str:
    """TriG with the graphs in IRI order, each written by rdflib's (sorted) Turtle serialiser.

    rdflib's own TriG writer orders graphs differently from run to run; this keeps the committed
    file stable, so that a rebuild changes it only where the graph changed.
    """
    head = "".join(f"@prefix {p}: <{ns}> .\n" for p, ns in sorted(PREFIXES.items()))
    parts = [head]
    graphs = sorted((g for g in ds.graphs() if len(g)), key=lambda g: str(g.identifier))
    for g in graphs:
        sub = Graph()
        for p, ns in PREFIXES.items():
            sub.bind(p, ns, override=True)
        for t in g:
            sub.add(t)
        body = "\n".join(line for line in sub.serialize(format="turtle").splitlines()
                         if not line.startswith("@prefix")).strip()
        indented = "\n".join(("    " + line) if line else "" for line in body.splitlines())
        parts.append(f"\n<{g.identifier}> {{\n{indented}\n}}\n")
    return "".join(parts)


def write(ds: Dataset, out: Path) -> tuple[Path, Path]:
    """Write ``cities.trig`` (named graphs) and ``cities.ttl`` (their union as Turtle) into ``out``, each atomically."""
    out.mkdir(parents=True, exist_ok=True)
    trig, ttl = out / "cities.trig", out / "cities.ttl"
    atomic_write_text(trig, trig_text(ds))
    union = Graph()
    for prefix, ns in PREFIXES.items():
        union.bind(prefix, ns, override=True)
    for s, p, o, _ in ds.quads((None, None, None, None)):
        union.add((s, p, o))
    atomic_write(ttl, lambda f: union.serialize(destination=f, format="turtle", encoding="utf-8"))
    return trig, ttl


def main(argv: list[str] | None = None) -> int:
    """The developer command ``python -m kgraph._build.graph``: rebuild ``data/`` and list the skipped rows.

    Returns the exit status: 0 when written, 1 when the gazetteer is missing or unreadable.
    """
    import argparse
    import sys

    ap = argparse.ArgumentParser(prog="python -m kgraph._build.graph", description=__doc__,
                                 formatter_class=argparse.RawDescriptionHelpFormatter)
    root = Path(__file__).resolve().parents[2]
    ap.add_argument("--gazetteer", type=Path, default=root.parent / "shared" / "gazetteer",
                    help="the gazetteer folder (default: ../shared/gazetteer beside the repository)")
    ap.add_argument("--corpus", type=Path, default=root.parent / "shared" / "corpus",
                    help="the folder with the seed article, to add its reading; when it does not exist, the "
                         "gazetteer and the registry only (default: ../shared/corpus)")
    ap.add_argument("--out", type=Path, default=root / "data",
                    help="the folder to write cities.trig and cities.ttl into (default: the repository's data/)")
    args = ap.parse_args(argv)
    try:
        ds = build(args.gazetteer, corpus=args.corpus if args.corpus.exists() else None)
    except BuildError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 1
    trig, ttl = write(ds, args.out)
    n = sum(1 for _ in ds.quads((None, None, None, None)))
    skipped: list[str] = ds.skipped  # type: ignore[attr-defined]  # set by build()
    print(f"wrote {trig} and {ttl}: {n} quads; skipped {len(skipped)} rows:")
    for s in skipped:
        print("  " + s)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
