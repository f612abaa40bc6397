"""The history of a tie on the timeline: its ``kg:PartnershipStep`` nodes (MOU → friendship → sister,
renewals, anniversaries, suspension, end), one item per step, each with its source and sentence.

Sources that report the same step (same kind, tie type, date and anniversary) make one item with
all their evidence. A step is placed at the date it took effect (``kg:stepDate``), else at the date
it was reported (``kg:reportedOn``, and the item says so), else it is listed with the undated items.

>>> step_label("Upgrade", "sister", None, lang="ko"), step_label("Anniversary", "sister", 10, lang="en")
('자매결연으로 격상', 'sister-city tie: 10th anniversary')
>>> [step_label(k, t, n, lang="ko", short=True) for k, t, n in
...  [("Signing", "other", None), ("Signing", "friendship", None), ("Upgrade", "sister", None),
...   ("Anniversary", None, 10)]]
['MOU', '우호', '자매', '결연 10주년']
"""
from __future__ import annotations

from dataclasses import dataclass, field

from ..analyse.model import TieType
from ..hangul import final_consonant
from . import texts
from .index import Edge, Entity, Evidence, GraphIndex


@dataclass
class HistoryStep:
    """One step of a tie's life, as one or more sources report it."""

    kind: str  #: Signing, Upgrade, Renewal, Anniversary, Suspension, Ending
    tie_type: TieType | None  #: the type it names, or None
    date: str | None  #: when it took effect, as stated
    reported: str | None  #: the earliest date a source reported it
    years: int | None  #: the N of an N-th anniversary
    evidence: list[Evidence] = field(default_factory=list)
    articles: list[Entity] = field(default_factory=list)  #: the sources, in the order found


def tie_history(index: GraphIndex, edge: Edge) -> list[HistoryStep]:
    """The steps of ``edge``'s life in time order, the same step from several sources merged."""
    merged: dict[tuple[object, ...], HistoryStep] = {}
    for s in index.steps_of(edge):
        key = (s.kind, s.tie_type, s.date, s.years, None if s.date else s.reported)
        h = merged.get(key)
        if h is None:
            h = merged[key] = HistoryStep(kind=s.kind, tie_type=s.tie_type, date=s.date, reported=s.reported,
                                          years=s.years)
        elif s.reported and (h.reported is None or s.reported < h.reported):
            h.reported = s.reported
        h.evidence += [ev for ev in index.evidence_about.get(s.node, ()) if ev not in h.evidence]
        if s.article is not None and s.article not in h.articles:
            h.articles.append(s.article)
    return list(merged.values())


def ordinal(n: int) -> str:
    """``1st``, ``2nd``, ``3rd``, ``11th``, ``22nd``.

    >>> [ordinal(n) for n in (1, 2, 3, 4, 11, 12, 13, 21, 102)]
    ['1st', '2nd', '3rd', '4th', '11th', '12th', '13th', '21st', '102nd']
    """
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


def _ro(word: str) -> str:
    """The Korean particle "to" after ``word``: 으로 after a final consonant other than ㄹ, else 로."""
    last = word[-1:] if word else ""
    return "으로" if final_consonant(last) not in ("", "ㄹ") else "로"


def step_label(kind: str, tie_type: TieType | None, years: int | None, *, lang: str, short: bool = False) -> str:
    """What the timeline calls a step in ``lang`` (ko, en); ``short`` for the one-line history."""
    table = (texts.STEP_SHORT if short else texts.STEP_LABELS)[lang]
    key = "Anniversary_n" if kind == "Anniversary" and years else kind
    tie = (texts.STEP_TIES_SHORT if short else texts.STEP_TIES)[lang].get(tie_type or "", texts.STEP_TIES[lang][""])
    return table.get(key, table["Step"]).format(tie=tie, ro=_ro(tie), n=years or "", nth=ordinal(years or 0))


def step_fields(step: HistoryStep) -> dict[str, object]:
    """The ``hist`` field of a step's timeline item: what it is, its two times, its labels in each language."""
    fields: dict[str, object] = {"kind": step.kind, "type": step.tie_type, "n": step.years, "date": step.date,
                                 "rep": step.reported}
    for lang in texts.LANGS:
        fields[lang] = step_label(step.kind, step.tie_type, step.years, lang=lang)
        fields["short_" + lang] = step_label(step.kind, step.tie_type, step.years, lang=lang, short=True)
    return fields
