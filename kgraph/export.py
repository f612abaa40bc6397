"""Export the graph to files other tools read: RDF for triple stores, GraphML/GEXF/CSV for network tools.

``xlsx`` writes one spreadsheet sheet per view (each the ``csv`` columns: both ends with label and
country, then the tie's type, year, sources and the rest), or the one sheet ``view`` names.
RDF formats write the whole store: ``trig`` and ``nquads`` keep the named graphs, ``turtle`` and
``ntriples`` write their union (each triple once). ``jsonld`` writes compact JSON-LD with kgraph's
``@context`` (:mod:`kgraph.jsonld`): the union by default, the named graphs with ``graphs=True``. ``graphml``,
``gexf`` and ``csv`` write a projection (:func:`kgraph.analyse.to_networkx`, ``view`` defaults to ``partnership``).
Every file is written to a temporary file beside the target and moved into place when complete,
so a failed export never leaves half a file.

>>> format_for("ties.gexf"), format_for("graph.nq")
('gexf', 'nquads')
"""
from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import IO, TYPE_CHECKING

from .atomic import atomic_files, atomic_write, atomic_write_text
from .errors import ExportError, UsageError  # ExportError lives in kgraph.errors; importable from here as before
from .formats import RDF_FORMATS as REGISTRY
from .vocab import PREFIXES

if TYPE_CHECKING:
    from .graph import KnowledgeGraph

#: RDF formats: name -> (pyoxigraph format name, keeps named graphs), from :data:`kgraph.formats.RDF_FORMATS`
#: (``jsonld`` is written by kgraph.jsonld: compact, with a @context)
RDF_FORMATS: dict[str, tuple[str, bool]] = {f.name: (f.oxigraph, f.dataset) for f in REGISTRY if f.export}
#: Network formats, written from a projection.
NETWORK_FORMATS: tuple[str, ...] = ("graphml", "gexf", "csv")
#: Spreadsheets: one sheet per view (all views, or the one ``view`` names).
SHEET_FORMATS: tuple[str, ...] = ("xlsx",)
FORMATS: tuple[str, ...] = tuple(RDF_FORMATS) + NETWORK_FORMATS + SHEET_FORMATS
SUFFIXES: dict[str, str] = ({suffix: f.name for f in REGISTRY if f.export for suffix in f.suffixes}
                            | {"." + name: name for name in NETWORK_FORMATS + SHEET_FORMATS})


@dataclass(frozen=True)
class Exported:
    """What an export wrote: the file, its format, the view (network formats) and counts."""

    path: Path
    format: str
    view: str | None
    counts: dict[str, int]
    files: tuple[Path, ...] = ()  #: with shards: every file written, in order

    def describe(self) -> str:
        """One line for people, e.g. ``wrote ties.gexf (gexf, partnership view): 769 nodes, 693 edges``.

        >>> Exported(Path("a.nq"), "nquads", None, {"quads": 3}).describe()
        'wrote a.nq (nquads): 3 quads'
        """
        what = self.format + (f", {self.view} view" if self.view else "")
        counts = ", ".join(f"{n} {k}" for k, n in self.counts.items())
        if self.files:
            return f"wrote {len(self.files)} files {self.files[0]} … {self.files[-1]} ({what}): {counts}"
        return f"wrote {self.path} ({what}): {counts}"


def format_for(path: str | os.PathLike[str]) -> str:
    """The export format a file name asks for (by its suffix)."""
    suffix = Path(path).suffix.lower()
    if suffix not in SUFFIXES:
        raise UsageError(f"cannot tell the export format from {Path(path).name!r}; pass --format "
                         + "|".join(FORMATS))
    return SUFFIXES[suffix]


def export(kg: KnowledgeGraph, path: str | os.PathLike[str], *, format: str | None = None,
           view: str | None = None, graphs: bool = False, shards: int | None = None) -> Exported:
    """Write ``kg`` to ``path`` in ``format`` (default: from the file's suffix), atomically.

    ``view`` (partnership, co-attendance, city-event) picks the projection for graphml, gexf and
    csv; RDF formats always write the whole graph and refuse a view. ``graphs`` makes ``jsonld``
    keep the named graphs (by default it writes their union, which every JSON-LD reader takes).
    ``shards`` (N-Quads only) splits the store into that many files, each named graph whole in one
    of them (see :func:`shard_names`), for bulk loaders that read files in parallel.
    """
    fmt = format or format_for(path)
    if fmt not in FORMATS:
        raise UsageError(f"unknown export format {fmt!r}; choose one of: {', '.join(FORMATS)}")
    if graphs and fmt != "jsonld":
        keeps = RDF_FORMATS.get(fmt, ("", False))[1]
        raise UsageError(f"--graphs applies to jsonld; {fmt} "
                         + ("always keeps the named graphs" if keeps else "has no named graphs"))
    target = Path(path)
    if shards is not None:
        if fmt != "nquads" or view is not None:
            raise UsageError("--shards splits an N-Quads export: use --format nquads (and no --view)")
        if shards < 1:
            raise UsageError(f"--shards must be 1 or more, not {shards}")
        try:
            return _write_shards(kg, target, shards)
        except OSError as exc:
            raise ExportError(f"could not write the shards of {target}: {exc.strerror or exc}; check the path and "
                              "free space") from exc
    try:
        if fmt in RDF_FORMATS:
            if view is not None:
                raise UsageError(f"--view applies to {', '.join(NETWORK_FORMATS)}; {fmt} writes the whole graph")
            counts = _write_jsonld(kg, target, graphs=graphs) if fmt == "jsonld" else _write_rdf(kg, target, fmt)
            return Exported(target, fmt, None, counts)
        if fmt in SHEET_FORMATS:
            from .analyse.projections import VIEWS

            return Exported(target, fmt, view, _write_xlsx(kg, target, [view] if view else list(VIEWS)))
        return Exported(target, fmt, view or "partnership", _write_network(kg, target, fmt, view or "partnership"))
    except OSError as exc:
        raise ExportError(f"could not write {target}: {exc.strerror or exc}; check the path and free space") from exc


def _write_rdf(kg: KnowledgeGraph, target: Path, fmt: str) -> dict[str, int]:
    import pyoxigraph as ox

    from .store.terms import graph_to_ox, to_ox

    name, keeps_graphs = RDF_FORMATS[fmt]
    ox_format = getattr(ox.RdfFormat, name)
    items: list[ox.Quad] | list[ox.Triple] = []
    if keeps_graphs:
        quads = sorted(kg.backend.quads(), key=lambda q: ("" if q[3] is None else str(q[3]), q[0].n3(), q[1].n3(),
                                                          q[2].n3()))
        items = [ox.Quad(to_ox(s), to_ox(p), to_ox(o), graph_to_ox(g))  # type: ignore[arg-type]  # terms read from a store fit
                 for s, p, o, g in quads]
        counts = {"quads": len(items), "graphs": len({q[3] for q in quads if q[3] is not None})}
    else:
        triples = sorted({(s, p, o) for s, p, o, _ in kg.backend.quads()},
                         key=lambda t: (t[0].n3(), t[1].n3(), t[2].n3()))
        items = [ox.Triple(to_ox(s), to_ox(p), to_ox(o))  # type: ignore[arg-type]  # terms read from a store fit
                 for s, p, o in triples]
        counts = {"triples": len(items)}
    # kgr: is left out: the local parts of minted IRIs hold "/", which Turtle must escape ("kgr:city\/kr\/a")
    prefixes = {k: v for k, v in PREFIXES.items() if k != "kgr"} if fmt in ("turtle", "trig") else None

    def write(out: IO[bytes]) -> None:
        ox.serialize(items, out, ox_format, prefixes=prefixes)

    atomic_write(target, write)
    return counts


def _write_jsonld(kg: KnowledgeGraph, target: Path, *, graphs: bool) -> dict[str, int]:
    from .jsonld import dataset_document

    quads = list(kg.backend.quads())
    text = dataset_document(quads, graphs=graphs)
    atomic_write_text(target, text)
    if graphs:
        return {"quads": len(quads), "graphs": len({q[3] for q in quads if q[3] is not None})}
    return {"triples": len({(s, p, o) for s, p, o, _ in quads})}


def _write_xlsx(kg: KnowledgeGraph, target: Path, views: list[str]) -> dict[str, int]:
    from .analyse.files import edge_rows
    from .analyse.projections import to_networkx
    from .xlsx import Sheet, write_workbook

    sheets = []
    for view in views:
        columns, rows = edge_rows(to_networkx(kg, view=view))
        sheets.append(Sheet(view, columns, [[row.get(c) if row.get(c) != "" else None for c in columns]
                                            for row in rows]))
    atomic_write(target, lambda out: write_workbook(out, sheets))
    return {"sheets": len(sheets), "rows": sum(len(s.rows) for s in sheets)}


def shard_names(path: Path, shards: int) -> list[Path]:
    """The files of an export in ``shards`` parts: ``NAME-001-of-004.nq`` beside ``path``.

    >>> [p.name for p in shard_names(Path("out/all.nq"), 2)]
    ['all-1-of-2.nq', 'all-2-of-2.nq']
    """
    width = len(str(shards))
    suffix = path.suffix or ".nq"
    return [path.with_name(f"{path.stem}-{i + 1:0{width}d}-of-{shards}{suffix}") for i in range(shards)]


def shard_of(graph: str | None, shards: int) -> int:
    """The shard (0-based) of a named graph: a stable hash of its IRI; the default graph goes to the first.

    >>> shard_of(None, 4), shard_of("https://w3id.org/kgraph/id/graph/registry", 4)
    (0, 3)
    """
    import hashlib

    if graph is None:
        return 0
    return int.from_bytes(hashlib.sha256(graph.encode("utf-8")).digest()[:8], "big") % shards


def _write_shards(kg: KnowledgeGraph, target: Path, shards: int) -> Exported:
    """Stream the store's quads into ``shards`` N-Quads files, then move them all into place."""
    from .store.terms import graph_to_ox, to_ox

    names = shard_names(target, shards)
    quads, graphs = 0, set()
    with atomic_files(names) as outs:
        for s, p, o, g in kg.backend.quads():
            gx = graph_to_ox(g)
            line = f"{to_ox(s)} {to_ox(p)} {to_ox(o)}" + ("" if g is None else f" {gx}") + " .\n"
            outs[shard_of(None if g is None else str(g), shards)].write(line.encode("utf-8"))
            quads += 1
            if g is not None:
                graphs.add(g)
    return Exported(target, "nquads", None, {"quads": quads, "graphs": len(graphs), "shards": shards},
                    files=tuple(names))


def _write_network(kg: KnowledgeGraph, target: Path, fmt: str, view: str) -> dict[str, int]:
    from .analyse import files
    from .analyse.projections import to_networkx

    g = to_networkx(kg, view=view)
    writer = {"graphml": files.write_graphml, "gexf": files.write_gexf, "csv": files.write_csv}[fmt]
    atomic_write(target, lambda out: writer(g, out))
    if fmt == "csv":
        return {"rows": g.number_of_edges()}
    return {"nodes": g.number_of_nodes(), "edges": g.number_of_edges()}
