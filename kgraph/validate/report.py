"""A SHACL validation report in plain words: which rule, which node, what to fix.

>>> compact_text("says https://w3id.org/kgraph/ns#partnerOf https://w3id.org/kgraph/id/city/kr/b")
'says kg:partnerOf kgr:city/kr/b'
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from rdflib import Graph, Literal, URIRef
from rdflib.namespace import RDF, SH
from rdflib.term import Node

from ..query.labels import compact
from .shapes import Rule


@dataclass(frozen=True)
class Violation:
    """One violation: the rule it breaks, the offending node and a message that names the fix."""

    rule: str  #: rule id, e.g. ``symmetric-tie``
    node: str  #: the offending node (an IRI, or a blank node id)
    message: str
    node_label: str = ""  #: the node's labels, for people reading the report
    path: str = ""  #: the property concerned (prefixed name), if any
    value: str = ""  #: the offending value, if any

    def line(self) -> str:
        """The violation as one line: node (labels): message [value].

        >>> Violation("label-language", "https://w3id.org/kgraph/id/city/kr/b", "a label without a language tag",
        ...           value="B").line()
        'kgr:city/kr/b: a label without a language tag (value: B)'
        """
        who = compact(URIRef(self.node)) if self.node.startswith(("http", "urn:")) else f"_:{self.node}"
        label = f" ({self.node_label})" if self.node_label else ""
        value = f" (value: {self.value})" if self.value and self.value not in self.message else ""
        return f"{who}{label}: {self.message}{value}"


@dataclass(frozen=True)
class ValidationReport:
    """The outcome of validating a graph against the shapes."""

    conforms: bool
    violations: tuple[Violation, ...]
    rules: tuple[Rule, ...]
    quads: int = 0
    source: str = ""  #: what was validated (a store path, a file, or "memory")

    def __bool__(self) -> bool:
        return self.conforms

    def by_rule(self) -> dict[str, list[Violation]]:
        """Violations grouped by rule id, rules in the order of :attr:`rules`."""
        out: dict[str, list[Violation]] = {}
        for rule in self.rules:
            hits = [v for v in self.violations if v.rule == rule.id]
            if hits:
                out[rule.id] = hits
        known = {r.id for r in self.rules}
        for v in self.violations:  # violations of shapes that are not named rules
            if v.rule not in known:
                out.setdefault(v.rule, []).append(v)
        return out

    def text(self, *, limit: int | None = 20) -> str:
        """The report in plain words, at most ``limit`` violations shown per rule."""
        titles = {r.id: r.title for r in self.rules}
        head = f"validated {self.source or 'the graph'}: {self.quads} quads, {len(self.rules)} rules"
        if self.conforms:
            return head + ": no violations\n"
        groups = self.by_rule()
        n, r = len(self.violations), len(groups)
        lines = [f"{head}: {n} violation{'s' if n != 1 else ''} of {r} rule{'s' if r != 1 else ''}"]
        for rule_id, hits in groups.items():
            lines.append("")
            lines.append(f"{titles.get(rule_id, rule_id)} [{rule_id}]: {len(hits)}")
            shown = hits if limit is None else hits[:limit]
            lines += ["  " + v.line() for v in shown]
            if len(shown) < len(hits):
                lines.append(f"  … and {len(hits) - len(shown)} more (raise --limit to see them)")
        return "\n".join(lines) + "\n"


_IRI = re.compile(r"https?://[^\s<>\"{}|\\^`,;)]+")


def compact_text(text: str) -> str:
    """``text`` with the IRIs of kgraph's namespaces written as prefixed names."""
    def repl(m: re.Match[str]) -> str:
        short = compact(URIRef(m.group(0)))
        return short if not short.startswith("<") else m.group(0)

    return _IRI.sub(repl, text)


def _show(term: Node | None) -> str:
    if term is None:
        return ""
    if isinstance(term, Literal):
        return f'"{term}"' + (f"@{term.language}" if term.language else "")
    return compact(term)


def parse_results(results: Graph, shapes: Graph, rules: list[Rule], *, label: Callable[[Node], str]) -> list[Violation]:
    """The violations in a pySHACL results graph, sorted by rule and node.

    ``label`` gives a node's labels for the report (``""`` when it has none).
    """
    by_shape = {r.shape: r.id for r in rules}
    for known in rules:  # property shapes inside a rule's node shape report as that rule
        for prop in shapes.objects(URIRef(known.shape), SH.property):
            by_shape.setdefault(str(prop), known.id)
    out = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        shape = results.value(result, SH.sourceShape)
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        value = results.value(result, SH.value)
        messages = sorted(str(m) for m in results.objects(result, SH.resultMessage))
        rule = by_shape.get(str(shape), compact(shape) if shape is not None else "shape")
        message = compact_text(messages[0]) if messages else f"breaks {rule}"
        out.append(Violation(rule=rule, node=str(focus), message=message, node_label=label(focus) if focus else "",
                             path=_show(path) if isinstance(path, URIRef) else "", value=_show(value)))
    return sorted(set(out), key=lambda v: (v.rule, v.node, v.path, v.value))
