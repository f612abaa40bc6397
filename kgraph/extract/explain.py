"""Why a reading says what it says: per sentence, its tokens, the mentions found (and the rule that
found each), the candidates dropped (and the rule that dropped them), and the facts made.

Tracing is off unless :func:`explain_article` runs a reading under a :class:`Trace`; the rules do not
change for it. Each mention and fact is attributed to the rule function that made it (the first
caller outside the shared bookkeeping of :mod:`.model` and :mod:`.context`), each dropped mention
to the rule that removed it, and rules may say why they refused a candidate with
:meth:`Trace.reject` (through ``Ctx.reject``).
"""
from __future__ import annotations

import re
import sys
from collections.abc import Iterable
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import FrameType
from typing import TYPE_CHECKING, Any, SupportsIndex

from rdflib import URIRef

from ..vocab import PREFIXES

if TYPE_CHECKING:
    from ..read.article import Article
    from .context import Mention
    from .model import Reading
    from .pipeline import Extractor

#: the trace of the reading running in this context, if any
CURRENT: ContextVar[Trace | None] = ContextVar("kgraph_trace", default=None)
_BOOKKEEPING = {"kgraph.extract.model", "kgraph.extract.context", "kgraph.extract.explain"}


def rule_name(depth: int = 2) -> str:
    """The rule (``module.function``) that called into the bookkeeping, found by walking up the stack."""
    frame: FrameType | None = sys._getframe(depth)
    while frame is not None and frame.f_globals.get("__name__") in _BOOKKEEPING:
        frame = frame.f_back
    if frame is None:
        return "?"
    module = str(frame.f_globals.get("__name__", ""))
    short = module.removeprefix("kgraph.extract.").removeprefix("kgraph.")
    return f"{short}.{frame.f_code.co_name}" if short and short != "__main__" else frame.f_code.co_name


@dataclass
class Step:
    """One traced decision: a mention found, a candidate dropped or refused, a fact made."""

    start: int
    end: int
    surface: str
    rule: str
    what: str = ""  #: type and IRI (mentions), the reason (rejections)


@dataclass
class Trace:
    """What the rules did while reading one article."""

    found: list[tuple[Step, Mention]] = field(default_factory=list)
    dropped: list[Step] = field(default_factory=list)
    fact_rules: dict[tuple[object, object, object], str] = field(default_factory=dict)

    def mention(self, m: Mention) -> None:
        kind = f" ({m.kind})" if m.kind else ""
        self.found.append((Step(m.start, m.end, m.surface, rule_name(3), f"{m.type} {short(m.iri)}{kind}"), m))

    def drop(self, m: Mention, *, depth: int = 3) -> None:
        self.dropped.append(Step(m.start, m.end, m.surface, rule_name(depth), f"{m.type} mention dropped"))

    def reject(self, surface: str, start: int, end: int, reason: str) -> None:
        """A rule looked at ``surface`` and refused it, for ``reason``."""
        self.dropped.append(Step(start, end, surface, rule_name(3), reason))

    def fact(self, s: object, p: object, o: object) -> None:
        self.fact_rules.setdefault((s, p, o), rule_name(3))


class TracedMentions(list["Mention"]):
    """A list of mentions that tells the trace which rule added or removed each one."""

    def __init__(self, trace: Trace, items: Iterable[Mention] = ()) -> None:
        super().__init__(items)
        self._trace = trace

    def append(self, m: Mention) -> None:
        self._trace.mention(m)
        super().append(m)

    def extend(self, ms: Iterable[Mention]) -> None:
        for m in ms:
            self.append(m)

    def remove(self, m: Mention) -> None:
        self._trace.drop(m)
        super().remove(m)

    def pop(self, i: SupportsIndex = -1) -> Mention:
        m = super().pop(i)
        self._trace.drop(m)
        return m

    def __setitem__(self, key: Any, value: Any) -> None:
        if isinstance(key, slice):
            kept = {id(v) for v in value}
            for m in self[key]:
                if id(m) not in kept:
                    self._trace.drop(m)
        super().__setitem__(key, value)

    def __delitem__(self, key: Any) -> None:
        for m in (self[key] if isinstance(key, slice) else [self[key]]):
            self._trace.drop(m)
        super().__delitem__(key)


@dataclass
class SentenceExplanation:
    """One sentence of the article and what the reading did with it."""

    index: int
    start: int
    end: int
    text: str
    tokens: list[tuple[str, str]]
    mentions: list[Step]
    rejected: list[Step]
    facts: list[tuple[str, str, str, str]]  #: (subject, predicate, object, rule), in prefixed form


@dataclass
class Explanation:
    """A reading with its per-sentence explanation."""

    reading: Reading
    sentences: list[SentenceExplanation]
    unplaced_facts: list[tuple[str, str, str, str]]  #: facts with no evidence sentence (article-wide settling)

    def as_dict(self) -> dict[str, object]:
        """Plain data (for ``--format json``)."""
        art = self.reading.article
        return {
            "article": {"url": art.url, "title": art.title, "language": art.language,
                        "published": art.published.isoformat() if art.published else None},
            "sentences": [{"index": s.index, "start": s.start, "end": s.end, "text": s.text,
                           "tokens": [f"{f}/{t}" for f, t in s.tokens],
                           "mentions": [vars(m) for m in s.mentions], "rejected": [vars(r) for r in s.rejected],
                           "facts": [dict(zip(("s", "p", "o", "rule"), f)) for f in s.facts]}
                          for s in self.sentences],
            "facts_without_sentence": [dict(zip(("s", "p", "o", "rule"), f)) for f in self.unplaced_facts],
        }


def short(term: object) -> str:
    """A term in prefixed form where a kgraph prefix fits, else as written.

    >>> short(URIRef("https://schema.org/attendee")), short("2024-10-29")
    ('schema:attendee', '2024-10-29')
    """
    if isinstance(term, URIRef):
        text = str(term)
        best = max(((p, str(ns)) for p, ns in PREFIXES.items() if text.startswith(str(ns))),
                   key=lambda pn: len(pn[1]), default=None)
        if best is not None:
            return f"{best[0]}:{text[len(best[1]):]}"
        return f"<{text}>"
    return str(term)


def tokens_of(text: str, lang: str) -> list[tuple[str, str]]:
    """The sentence's tokens with their tags: Kiwi's morphemes for Korean, word shapes for English.

    >>> tokens_of("Mayor Kim met 3 delegates.", "en")
    [('Mayor', 'Cap'), ('Kim', 'Cap'), ('met', 'low'), ('3', 'num'), ('delegates', 'low'), ('.', 'punct')]
    """
    if lang.startswith("ko"):
        from .reading_state import kiwi

        return [(t.form, t.tag) for t in kiwi().tokenize(text)]
    out = []
    for m in re.finditer(r"\w+(?:[-'’.]\w+)*|[^\w\s]", text):
        w = m.group(0)
        tag = ("num" if w[0].isdigit() else "Cap" if w[0].isupper() else "low" if w[0].isalpha() else "punct")
        out.append((w, tag))
    return out


def explain_article(article: Article, extractor: Extractor) -> Explanation:
    """Read ``article`` with ``extractor`` under a trace and lay the trace out sentence by sentence."""
    from .text_units import Sentence

    trace = Trace()
    token = CURRENT.set(trace)
    try:
        reading = extractor.read(article)
    finally:
        CURRENT.reset(token)
    lang = "en" if article.language.startswith("en") else "ko"
    with extractor.state.active():  # the tokens as the reader's own Kiwi gives them
        sents = [Sentence(article.text[x.start:x.end], x.start, x.end)  # (the page's own words)
                 for x in extractor.sentences(article)]
        tokens = [tokens_of(s.text, lang) for s in sents]
    out: list[SentenceExplanation] = []
    placed: set[int] = set()
    for i, s in enumerate(sents, 1):
        def inside(step: Step, s: Any = s) -> bool:
            return bool(s.start <= step.start < s.end)
        mentions = sorted((st for st, _ in trace.found if inside(st)), key=lambda st: (st.start, st.end))
        rejected = sorted((st for st in trace.dropped if inside(st)), key=lambda st: (st.start, st.end))
        facts = []
        for n, f in enumerate(reading.facts):
            if f.span is not None and f.span.start == s.start:
                placed.add(n)
                facts.append((short(f.s), short(f.p), short(f.o), trace.fact_rules.get((f.s, f.p, f.o), "?")))
        out.append(SentenceExplanation(i, s.start, s.end, s.text, tokens[i - 1], mentions, rejected, facts))
    unplaced = [(short(f.s), short(f.p), short(f.o), trace.fact_rules.get((f.s, f.p, f.o), "?"))
                for n, f in enumerate(reading.facts) if n not in placed]
    return Explanation(reading, out, unplaced)


def explanation_text(ex: Explanation) -> str:
    """The explanation as plain text, one block per sentence."""
    lines: list[str] = []
    art = ex.reading.article
    lines.append(f"# {art.title or art.url}  ({art.language}, published {art.published or 'unknown'})")
    for s in ex.sentences:
        lines.append("")
        lines.append(f"[{s.index}] {s.text}")
        lines.append("  tokens: " + " ".join(f"{f}/{t}" for f, t in s.tokens))
        for m in s.mentions:
            lines.append(f"  + {m.surface}  {m.what}  by {m.rule}")
        for r in s.rejected:
            lines.append(f"  - {r.surface}  {r.what}  by {r.rule}")
        for f in s.facts:
            lines.append(f"  = {f[0]} {f[1]} {f[2]}  by {f[3]}")
    if ex.unplaced_facts:
        lines.append("")
        lines.append("[article-wide] facts with no evidence sentence")
        for f in ex.unplaced_facts:
            lines.append(f"  = {f[0]} {f[1]} {f[2]}  by {f[3]}")
    return "\n".join(lines) + "\n"


_TEMPLATE = "explain.html.j2"


def explanation_html(ex: Explanation) -> str:
    """The explanation as one self-contained HTML page (no script; autoescaped; strict CSP)."""
    import base64
    import hashlib
    from importlib import resources

    import jinja2
    from markupsafe import Markup

    env = jinja2.Environment(loader=jinja2.PackageLoader("kgraph.extract", "templates"),
                             autoescape=jinja2.select_autoescape(["html", "j2"], default=True))
    css = resources.files("kgraph.extract").joinpath("templates/explain.css").read_text(encoding="utf-8")
    digest = base64.b64encode(hashlib.sha256(css.encode()).digest()).decode()
    sentences = [{"s": s, "segments": segments(s.text, s.start, s.mentions, s.rejected)} for s in ex.sentences]
    return env.get_template(_TEMPLATE).render(ex=ex, art=ex.reading.article, sentences=sentences, css=Markup(css),
                                              csp=f"default-src 'none'; style-src 'sha256-{digest}'")


def segments(text: str, base: int, found: list[Step], dropped: list[Step]) -> list[tuple[str, str, str]]:
    """The sentence cut into (text, class, title) pieces: mentions marked, dropped candidates struck.

    >>> segments("광명시와 오산시", 10, [Step(10, 13, "광명시", "r", "City x")], [Step(15, 18, "오산시", "q", "why")])
    [('광명시', 'found', 'City x — r'), ('와 ', '', ''), ('오산시', 'dropped', 'why — q')]
    """
    marks = sorted([(st, "found") for st in found] + [(st, "dropped") for st in dropped],
                   key=lambda x: (x[0].start, -(x[0].end - x[0].start), x[1]))
    out: list[tuple[str, str, str]] = []
    pos = base
    for st, cls in marks:
        if st.start < pos or st.end > base + len(text):
            continue  # overlaps a longer mark already placed
        if st.start > pos:
            out.append((text[pos - base:st.start - base], "", ""))
        out.append((text[st.start - base:st.end - base], cls, f"{st.what} — {st.rule}"))
        pos = st.end
    if pos < base + len(text):
        out.append((text[pos - base:], "", ""))
    return out
