"""Which cities are hubs and which hang together: centrality rankings and communities.

Rankings and communities work on a projection (:func:`~kgraph.analyse.projections.to_networkx`):
``partnership`` (ties) or ``co-attendance`` (shared events). Results are deterministic: sampled
betweenness and Louvain use a fixed seed, and equal scores are ordered by name.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import networkx as nx

from ..errors import UsageError
from .model import Entity
from .projections import to_networkx

if TYPE_CHECKING:
    from ..graph import KnowledgeGraph

#: The centrality measures :func:`rank` knows.
MEASURES: tuple[str, ...] = ("degree", "betweenness", "pagerank")
#: The views rankings and communities make sense on.
NETWORK_VIEWS: tuple[str, ...] = ("partnership", "co-attendance")
SEED = 0  #: seed of sampled betweenness and of Louvain
EXACT_UP_TO = 1000  #: betweenness is exact on networks up to this many nodes unless a sample size is given
DEFAULT_SAMPLE = 200  #: source nodes sampled for betweenness on larger networks


@dataclass(frozen=True)
class Ranked:
    """One node of a ranking: its place, the entity, its score and its number of neighbours."""

    place: int
    entity: Entity
    score: float
    degree: int


@dataclass(frozen=True)
class Ranking:
    """The nodes of a view ranked by a centrality measure, best first."""

    measure: str
    view: str
    nodes: int
    edges: int
    sample: int | None  #: betweenness: number of sampled source nodes (None = exact)
    ranked: tuple[Ranked, ...]


@dataclass(frozen=True)
class Community:
    """A group of nodes more tied to each other than to the rest, members by degree (hubs first)."""

    index: int
    members: tuple[Entity, ...]
    countries: tuple[tuple[str, int], ...]  #: (ISO code, members in it), largest first

    @property
    def size(self) -> int:
        """The number of members."""
        return len(self.members)


def _network(kg: KnowledgeGraph, view: str) -> nx.Graph[str]:
    if view not in NETWORK_VIEWS:
        raise UsageError(f"view {view!r} is not a network of cities; choose one of: {', '.join(NETWORK_VIEWS)}")
    return to_networkx(kg, view=view)


def _entity(g: nx.Graph[str], node: str) -> Entity:
    return Entity.from_attrs(node, g.nodes[node])


def sample_size(nodes: int, sample: int | None) -> int | None:
    """Source nodes to sample for betweenness (None = exact): ``sample`` if given and smaller than the
    network, else exact up to :data:`EXACT_UP_TO` nodes and :data:`DEFAULT_SAMPLE` above.

    >>> sample_size(800, None), sample_size(20000, None), sample_size(20000, 50), sample_size(40, 50)
    (None, 200, 50, None)
    """
    if sample is None:
        return DEFAULT_SAMPLE if nodes > EXACT_UP_TO else None
    return sample if 0 < sample < nodes else None


def scores(g: nx.Graph[str], *, by: str, sample: int | None = None) -> tuple[dict[str, float], int | None]:
    """Centrality of every node of ``g`` by ``by``, and the betweenness sample size used (None = exact).

    ``degree`` counts neighbours; ``betweenness`` is unweighted (a well-sourced tie is no shorter)
    and sampled as :func:`sample_size` says (networkx's estimate from ``k`` source nodes, seeded);
    ``pagerank`` weighs ties by their number of sources.

    >>> g = nx.path_graph(["a", "b", "c"])
    >>> scores(g, by="betweenness")[0]["b"]
    1.0
    """
    if by == "degree":
        return {n: float(d) for n, d in g.degree()}, None
    if by == "betweenness":
        k = sample_size(g.number_of_nodes(), sample)
        return betweenness(g, k=k), k
    if by == "pagerank":
        return pagerank(g), None
    raise UsageError(f"unknown measure {by!r}; choose one of: {', '.join(MEASURES)}")


def betweenness(g: nx.Graph[str], *, k: int | None) -> dict[str, float]:
    """Normalised, unweighted betweenness, estimated from ``k`` seeded source nodes (None = exact).

    Computed on a copy whose nodes are integers and edges bare: networkx's traversals run about
    three times faster than on IRI strings with attributes. Node order, and so the sample, is kept.

    >>> betweenness(nx.path_graph(["a", "b", "c"]), k=None)
    {'a': 0.0, 'b': 1.0, 'c': 0.0}
    """
    nodes = list(g)
    index = {n: i for i, n in enumerate(nodes)}
    bare: nx.Graph[int] = nx.Graph()
    bare.add_nodes_from(range(len(nodes)))
    bare.add_edges_from((index[u], index[v]) for u, v in g.edges())
    values = nx.betweenness_centrality(bare, k=k, seed=SEED if k else None, normalized=True)
    return {nodes[i]: float(v) for i, v in values.items()}


def pagerank(g: nx.Graph[str], *, alpha: float = 0.85, tol: float = 1.0e-10, max_iter: int = 200) -> dict[str, float]:
    """PageRank weighted by ``weight``: networkx's (scipy) when scipy is installed, else a power iteration.

    >>> r = pagerank(nx.star_graph(3))
    >>> max(r, key=r.get), round(sum(r.values()), 6)
    (0, 1.0)
    """
    if g.number_of_nodes() == 0:
        return {}
    try:
        import scipy  # noqa: F401
    except ImportError:
        return _power_pagerank(g, alpha=alpha, tol=tol, max_iter=max_iter)
    ranks: dict[str, float] = nx.pagerank(g, alpha=alpha, weight="weight", tol=tol, max_iter=max_iter)
    return ranks


def _power_pagerank(g: nx.Graph[str], *, alpha: float, tol: float, max_iter: int) -> dict[str, float]:
    n = g.number_of_nodes()
    out_w = {u: sum(float(d.get("weight", 1) or 0) for _, _, d in g.edges(u, data=True)) for u in g}
    rank_ = dict.fromkeys(g, 1.0 / n)
    for _ in range(max_iter):
        dangling = alpha * sum(rank_[u] for u in g if out_w[u] == 0) / n
        new = dict.fromkeys(g, (1.0 - alpha) / n + dangling)
        for u in g:
            if out_w[u]:
                share = alpha * rank_[u] / out_w[u]
                for v, d in g[u].items():
                    new[v] += share * float(d.get("weight", 1) or 0)
        if sum(abs(new[u] - rank_[u]) for u in g) < n * tol:
            return new
        rank_ = new
    return rank_


def rank(kg: KnowledgeGraph, *, by: str = "degree", view: str = "partnership", top: int | None = 20,
         sample: int | None = None) -> Ranking:
    """The ``top`` nodes of ``view`` by centrality ``by`` (degree, betweenness or pagerank)."""
    if by not in MEASURES:
        raise UsageError(f"unknown measure {by!r}; choose one of: {', '.join(MEASURES)}")
    g = _network(kg, view)
    values, used = scores(g, by=by, sample=sample)
    order = sorted(g, key=lambda n: (-values.get(n, 0.0), str(g.nodes[n].get("label", n)).casefold(), n))
    if top is not None:
        order = order[:top]
    ranked = tuple(Ranked(i + 1, _entity(g, n), values.get(n, 0.0), g.degree(n)) for i, n in enumerate(order))
    return Ranking(by, view, g.number_of_nodes(), g.number_of_edges(), used, ranked)


def communities(kg: KnowledgeGraph, *, view: str = "partnership", resolution: float = 1.0) -> tuple[Community, ...]:
    """Communities of ``view`` by Louvain modularity (ties weighted by sources), largest first."""
    g = _network(kg, view)
    if g.number_of_nodes() == 0:
        return ()
    groups = nx.community.louvain_communities(g, weight="weight", resolution=resolution, seed=SEED)
    ordered = sorted(groups, key=lambda c: (-len(c), min(c)))
    out = []
    for i, group in enumerate(ordered, start=1):
        members = sorted(group, key=lambda n: (-g.degree(n), str(g.nodes[n].get("label", n)).casefold(), n))
        countries = Counter(g.nodes[n].get("country", "") for n in members if g.nodes[n].get("country"))
        out.append(Community(i, tuple(_entity(g, n) for n in members),
                             tuple(sorted(countries.items(), key=lambda kv: (-kv[1], kv[0])))))
    return tuple(out)
