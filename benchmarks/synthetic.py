"""A synthetic sister-city graph of any size, in kgraph's vocabulary, for benchmarks.

The graph has the shape of the real one, scaled up: countries, cities with Korean, English and
native labels, ties as ``kg:Partnership`` nodes (type, year, sources) with ``kg:partnerOf`` both ways,
and news articles, each in its own named graph, with an event, people and ``kg:Evidence`` nodes.
One city is labelled ``광명시``@ko / ``Gwangmyeong``@en and one article has the URL
:data:`QUERY_ARTICLE`, so that every named query of kgraph has a parameter that finds something.

The output is deterministic for a given size and seed. Other benchmarks can use it too::

    from benchmarks.synthetic import write_nquads
    info = write_nquads(Path("big.nq"), 100_000)       # N-Quads file, exact triple count
    info.triples, info.params["partners"]              # 100000, {'city': '광명시'}

or iterate :func:`quads` for rdflib terms. ``python benchmarks/synthetic.py 100000 out.nq`` writes a file.
"""
from __future__ import annotations

import random
import sys
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

SCHEMA = "https://schema.org/"
KG = "https://w3id.org/kgraph/ns#"
KGR = "https://w3id.org/kgraph/id/"
RDF = "http://www.w3.org/1999/02/22-rdf-syntax-ns#"
RDFS = "http://www.w3.org/2000/01/rdf-schema#"
XSD = "http://www.w3.org/2001/XMLSchema#"
OWL = "http://www.w3.org/2002/07/owl#"
SKOS = "http://www.w3.org/2004/02/skos/core#"
PROV = "http://www.w3.org/ns/prov#"
WD = "http://www.wikidata.org/entity/"

QUERY_CITY = "광명시"
QUERY_ARTICLE = "https://news.example.org/article/0"
GAZETTEER = KGR + "graph/gazetteer"
REGISTRY = KGR + "graph/registry"

_COUNTRIES = [("KR", "South Korea", "대한민국", "ko"), ("CN", "China", "중국", "zh"), ("JP", "Japan", "일본", "ja"),
              ("US", "United States", "미국", "en"), ("DE", "Germany", "독일", "de"), ("FR", "France", "프랑스", "fr"),
              ("VN", "Vietnam", "베트남", "vi"), ("RU", "Russia", "러시아", "ru"), ("MN", "Mongolia", "몽골", "mn"),
              ("PH", "Philippines", "필리핀", "tl"), ("ID", "Indonesia", "인도네시아", "id"),
              ("TH", "Thailand", "태국", "th"), ("AU", "Australia", "호주", "en"), ("CA", "Canada", "캐나다", "en"),
              ("BR", "Brazil", "브라질", "pt"), ("MX", "Mexico", "멕시코", "es"), ("IT", "Italy", "이탈리아", "it"),
              ("ES", "Spain", "스페인", "es"), ("TR", "Turkey", "튀르키예", "tr"), ("UZ", "Uzbekistan", "우즈베키스탄", "uz"),
              ("KZ", "Kazakhstan", "카자흐스탄", "kk"), ("NZ", "New Zealand", "뉴질랜드", "en"),
              ("PL", "Poland", "폴란드", "pl"), ("HU", "Hungary", "헝가리", "hu"), ("GB", "United Kingdom", "영국", "en")]
_SYLLABLES = "가나다라마바사아자차카타파하강남동서북명수원부산대구인천울산제천영암신안화성용인고양"
_TITLES = [("시장", "mayor"), ("부시장", "deputy mayor"), ("의장", "council chair"), ("국장", "director")]
_EVENT_KINDS = ["forum", "signing ceremony", "visit", "festival", "exhibition", "meeting"]


@dataclass
class Info:
    """What :func:`write_nquads` wrote: where, how many triples, and a parameter for each named query."""

    path: Path
    triples: int
    cities: int
    ties: int
    articles: int
    params: dict[str, dict[str, str]] = field(default_factory=dict)


def _iri(s: str) -> str:
    return f"<{s}>"


def _lit(value: str, *, lang: str | None = None, dt: str | None = None) -> str:
    v = value.replace("\\", "\\\\").replace('"', '\\"').replace("\n", "\\n").replace("\r", "\\r")
    if lang:
        return f'"{v}"@{lang}'
    if dt:
        return f'"{v}"^^<{dt}>'
    return f'"{v}"'


class _Gen:
    def __init__(self, target: int, seed: int) -> None:
        self.target = target
        self.rng = random.Random(seed)
        self.n = 0
        self.cities: list[str] = []
        self.city_country: list[int] = []
        self.pairs: set[tuple[int, int]] = set()
        self.degree: list[int] = []
        self.ties = 0
        self.articles = 0

    def full(self) -> bool:
        return self.n >= self.target

    def block(self, lines: list[str]) -> Iterator[str]:
        """Emit a block of quads, cut at the target so the count is exact."""
        for line in lines:
            if self.n >= self.target:
                return
            self.n += 1
            yield line

    def name_ko(self, i: int) -> str:
        r = random.Random(i)
        return "".join(r.choice(_SYLLABLES) for _ in range(2)) + r.choice("시군구")

    def countries(self) -> Iterator[str]:
        g = _iri(GAZETTEER)
        for code, en, ko, _ in _COUNTRIES:
            c = _iri(f"{KGR}country/{code}")
            yield from self.block([
                f"{c} {_iri(RDF + 'type')} {_iri(SCHEMA + 'Country')} {g} .",
                f"{c} {_iri(KG + 'iso3166')} {_lit(code)} {g} .",
                f"{c} {_iri(RDFS + 'label')} {_lit(en, lang='en')} {g} .",
                f"{c} {_iri(RDFS + 'label')} {_lit(ko, lang='ko')} {g} .",
            ])

    def city(self) -> Iterator[str]:
        i = len(self.cities)
        g = _iri(GAZETTEER)
        ci = 0 if i == 0 or self.rng.random() < 0.35 else self.rng.randrange(1, len(_COUNTRIES))
        code, _, _, native_lang = _COUNTRIES[ci]
        c = f"{KGR}city/{code.lower()}/c{i}"
        self.cities.append(c)
        self.city_country.append(ci)
        self.degree.append(0)
        s = _iri(c)
        ko, en = (QUERY_CITY, "Gwangmyeong") if i == 0 else (self.name_ko(i), f"City {i}")
        lines = [
            f"{s} {_iri(RDF + 'type')} {_iri(SCHEMA + 'City')} {g} .",
            f"{s} {_iri(SCHEMA + 'containedInPlace')} {_iri(f'{KGR}country/{code}')} {g} .",
            f"{s} {_iri(RDFS + 'label')} {_lit(ko, lang='ko')} {g} .",
            f"{s} {_iri(RDFS + 'label')} {_lit(en, lang='en')} {g} .",
            f"{s} {_iri(SKOS + 'altLabel')} {_lit(ko[:-1], lang='ko')} {g} .",
            f"{s} {_iri(SCHEMA + 'latitude')} {_lit(f'{self.rng.uniform(-60, 70):.5f}', dt=XSD + 'decimal')} {g} .",
            f"{s} {_iri(SCHEMA + 'longitude')} {_lit(f'{self.rng.uniform(-180, 180):.5f}', dt=XSD + 'decimal')} {g} .",
            f"{s} {_iri(OWL + 'sameAs')} {_iri(f'{WD}Q{1000000 + i}')} {g} .",
            f"{s} {_iri(KG + 'adminType')} {_lit(ko[-1] if code == 'KR' else 'city')} {g} .",
        ]
        if native_lang not in ("ko", "en"):
            lines.append(f"{s} {_iri(RDFS + 'label')} {_lit(f'{en} ({native_lang})', lang=native_lang)} {g} .")
        yield from self.block(lines)

    def pick_city(self) -> int:
        # mild preferential attachment: most cities have a few ties, some have a few dozen
        # (city 0, the query city, keeps the handful of ties and events it is given, like Gwangmyeong)
        if self.rng.random() < 0.3:
            return self.rng.randrange(1, min(len(self.cities), 200))
        return self.rng.randrange(1, len(self.cities))

    def tie(self) -> Iterator[str]:
        for _ in range(20):
            a = 0 if self.ties < 8 else self.pick_city()
            b = self.pick_city()
            if a != b and (min(a, b), max(a, b)) not in self.pairs and self.degree[a] < 60 and self.degree[b] < 60:
                break
        else:
            return
        self.pairs.add((min(a, b), max(a, b)))
        self.degree[a] += 1
        self.degree[b] += 1
        self.ties += 1
        g = _iri(REGISTRY)
        ca, cb = _iri(self.cities[a]), _iri(self.cities[b])
        t = _iri(f"{KGR}tie/c{min(a, b)}--c{max(a, b)}")
        kind = self.rng.choice(["SisterCity", "SisterCity", "FriendshipCity", "OtherTie"])
        lines = [
            f"{t} {_iri(RDF + 'type')} {_iri(KG + 'Partnership')} {g} .",
            f"{t} {_iri(KG + 'partner')} {ca} {g} .",
            f"{t} {_iri(KG + 'partner')} {cb} {g} .",
            f"{t} {_iri(KG + 'partnershipType')} {_iri(KG + kind)} {g} .",
            f"{t} {_iri(KG + 'since')} {_lit(str(self.rng.randrange(1961, 2025)), dt=XSD + 'gYear')} {g} .",
            f"{t} {_iri(PROV + 'wasDerivedFrom')} {_iri(f'https://registry.example.org/list/{a % 97}')} {g} .",
            f"{ca} {_iri(KG + 'partnerOf')} {cb} {g} .",
            f"{cb} {_iri(KG + 'partnerOf')} {ca} {g} .",
        ]
        if self.rng.random() < 0.4:
            lines.append(f"{t} {_iri(PROV + 'wasDerivedFrom')} {_iri(f'https://news.example.org/tie/{self.ties}')} {g} .")
        prop = {"SisterCity": "sisterCityOf", "FriendshipCity": "friendshipCityOf"}.get(kind)
        if prop:
            lines += [f"{ca} {_iri(KG + prop)} {cb} {g} .", f"{cb} {_iri(KG + prop)} {ca} {g} ."]
        yield from self.block(lines)

    def article(self) -> Iterator[str]:
        k = self.articles
        self.articles += 1
        url = QUERY_ARTICLE if k == 0 else f"https://news.example.org/article/{k}"
        a = f"{KGR}article/a{k}"
        g = _iri(a)
        s = _iri(a)
        host = 0 if k < 5 else self.pick_city()
        guests: list[int] = []
        while len(guests) < 3:
            x = self.pick_city()
            if x != host and x not in guests:
                guests.append(x)
        ev = _iri(f"{KGR}event/e{k}")
        day = f"20{10 + k % 15:02d}-{1 + k % 12:02d}-{1 + k % 28:02d}"
        kind = _EVENT_KINDS[k % len(_EVENT_KINDS)]
        lines = [
            f"{s} {_iri(RDF + 'type')} {_iri(SCHEMA + 'NewsArticle')} {g} .",
            f"{s} {_iri(SCHEMA + 'headline')} {_lit(f'{self.name_ko(host)} {kind} 기사 {k}', lang='ko')} {g} .",
            f"{s} {_iri(SCHEMA + 'url')} {_lit(url)} {g} .",
            f"{s} {_iri(SCHEMA + 'datePublished')} {_lit(day, dt=XSD + 'date')} {g} .",
            f"{s} {_iri(SCHEMA + 'inLanguage')} {_lit('ko')} {g} .",
            f"{s} {_iri(SCHEMA + 'publisher')} {_iri(f'{KGR}organization/paper{k % 50}')} {g} .",
            f"{ev} {_iri(RDF + 'type')} {_iri(SCHEMA + 'Event')} {g} .",
            f"{ev} {_iri(SCHEMA + 'name')} {_lit(f'{kind} {k}', lang='en')} {g} .",
            f"{ev} {_iri(SCHEMA + 'startDate')} {_lit(day, dt=XSD + 'date')} {g} .",
            f"{ev} {_iri(SCHEMA + 'organizer')} {_iri(self.cities[host])} {g} .",
            f"{ev} {_iri(SCHEMA + 'location')} {_iri(self.cities[host])} {g} .",
            f"{ev} {_iri(KG + 'attendeeCount')} {_lit(str(20 + k % 300), dt=XSD + 'integer')} {g} .",
            f"{s} {_iri(SCHEMA + 'mentions')} {ev} {g} .",
            f"{s} {_iri(SCHEMA + 'mentions')} {_iri(self.cities[host])} {g} .",
        ]
        facts: list[tuple[str, str, str]] = [(ev, _iri(SCHEMA + "organizer"), _iri(self.cities[host]))]
        for x in guests:
            lines.append(f"{ev} {_iri(SCHEMA + 'attendee')} {_iri(self.cities[x])} {g} .")
            lines.append(f"{s} {_iri(SCHEMA + 'mentions')} {_iri(self.cities[x])} {g} .")
            facts.append((ev, _iri(SCHEMA + "attendee"), _iri(self.cities[x])))
        for j, (ko_title, en_title) in enumerate(_TITLES[: 1 + k % 2]):
            who = host if j == 0 else guests[0]
            p = _iri(f"{KGR}person/p{k}-{j}")
            lines += [
                f"{p} {_iri(RDF + 'type')} {_iri(SCHEMA + 'Person')} {g} .",
                f"{p} {_iri(RDFS + 'label')} {_lit('김' + self.name_ko(k * 7 + j)[:2], lang='ko')} {g} .",
                f"{p} {_iri(SCHEMA + 'jobTitle')} {_lit(ko_title, lang='ko')} {g} .",
                f"{p} {_iri(SCHEMA + 'worksFor')} {_iri(self.cities[who])} {g} .",
                f"{ev} {_iri(SCHEMA + 'attendee')} {p} {g} .",
            ]
            facts.append((p, _iri(SCHEMA + "worksFor"), _iri(self.cities[who])))
        pos = 0
        for j, (fs, fp, fo) in enumerate(facts):
            e = _iri(f"{KGR}evidence/a{k}-{j}")
            lines += [
                f"{e} {_iri(RDF + 'type')} {_iri(KG + 'Evidence')} {g} .",
                f"{e} {_iri(RDF + 'subject')} {fs} {g} .",
                f"{e} {_iri(RDF + 'predicate')} {fp} {g} .",
                f"{e} {_iri(RDF + 'object')} {fo} {g} .",
                f"{e} {_iri(KG + 'sentence')} {_lit(f'문장 {j}: {self.name_ko(host)}에서 {kind} 행사가 열렸다.', lang='ko')} {g} .",
                f"{e} {_iri(KG + 'charStart')} {_lit(str(pos), dt=XSD + 'integer')} {g} .",
                f"{e} {_iri(KG + 'charEnd')} {_lit(str(pos + 40), dt=XSD + 'integer')} {g} .",
                f"{e} {_iri(PROV + 'wasDerivedFrom')} {s} {g} .",
            ]
            pos += 45
        yield from self.block(lines)

    def lines(self) -> Iterator[str]:
        yield from self.countries()
        # about 30 % of the triples describe cities, 30 % ties, 40 % articles
        n_cities = max(20, int(self.target * 0.3 / 9.5))
        for _ in range(n_cities):
            if self.full():
                return
            yield from self.city()
        misses = 0
        while not self.full() and misses < 1000:
            before = self.n
            if self.ties >= 8 and self.rng.random() < 0.15:
                yield from self.article()
            else:
                yield from self.tie()
            misses = misses + 1 if self.n == before else 0


def nquad_lines(target_triples: int, *, seed: int = 0) -> Iterator[str]:
    """N-Quads lines of a synthetic graph of exactly ``target_triples`` quads (all distinct)."""
    yield from _Gen(target_triples, seed).lines()


def write_nquads(path: Path, target_triples: int, *, seed: int = 0) -> Info:
    """Write a synthetic graph of exactly ``target_triples`` quads to ``path`` as N-Quads."""
    gen = _Gen(target_triples, seed)
    path.parent.mkdir(parents=True, exist_ok=True)
    with path.open("w", encoding="utf-8") as f:
        buf: list[str] = []
        for line in gen.lines():
            buf.append(line)
            if len(buf) >= 10_000:
                f.write("\n".join(buf) + "\n")
                buf.clear()
        if buf:
            f.write("\n".join(buf) + "\n")
    return Info(path=path, triples=gen.n, cities=len(gen.cities), ties=gen.ties, articles=gen.articles,
                params=named_query_params())


def named_query_params() -> dict[str, dict[str, str]]:
    """A parameter for each of kgraph's named queries that finds something in every synthetic graph."""
    return {"partners": {"city": QUERY_CITY}, "shared-partners": {"city": QUERY_CITY},
            "events": {"city": QUERY_CITY}, "people": {"city": QUERY_CITY},
            "article-facts": {"article": QUERY_ARTICLE}, "ties-per-country": {}}


def quads(target_triples: int, *, seed: int = 0) -> Iterator[tuple]:
    """The synthetic graph as rdflib quads ``(s, p, o, graph)``."""
    from rdflib import Dataset

    ds = Dataset()
    ds.parse(data="\n".join(nquad_lines(target_triples, seed=seed)), format="nquads")
    for s, p, o, g in ds.quads((None, None, None, None)):
        yield s, p, o, getattr(g, "identifier", g)


if __name__ == "__main__":
    n = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    out = Path(sys.argv[2]) if len(sys.argv) > 2 else Path(f"synthetic-{n}.nq")
    info = write_nquads(out, n)
    print(f"wrote {info.path}: {info.triples} quads, {info.cities} cities, {info.ties} ties, {info.articles} articles")
