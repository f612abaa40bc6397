"""What the English rules share while reading one article, beyond the common :class:`Ctx`."""
from __future__ import annotations

from dataclasses import dataclass, field

from rdflib import URIRef

from .context import Ctx, Mention


@dataclass
class EnCtx(Ctx):
    """The common reading state plus the English reader's own tables."""

    levels: dict[int, str] = field(default_factory=dict)  #: mention start -> city | district | county | province
    alts: dict[URIRef, set[str]] = field(default_factory=dict)  #: how the article writes a known entity
    delegations: list[URIRef] = field(default_factory=list)  #: cities that send a delegation, in order
    role_only: set[int] = field(default_factory=set)  #: person mentions that only state a role: X (Mayor Y)

    def level(self, m: Mention) -> str:
        """The level the text gives a place mention (city when it says nothing)."""
        return self.levels.get(m.start, "city")
