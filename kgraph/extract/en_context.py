"""What the English rules share while reading one article, beyond the common :class:`Ctx`."""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field

from rdflib import URIRef

from .context import Ctx, Mention
from .patterns_en import Title
from .text_units import Sentence

#: a year written as four digits before a name (``the 2024 Taiwan Lantern Festival``)
_YEAR_WRITTEN = re.compile(r"(?<![\w/.,:'’-])((?:19|20)\d\d)(?=\s+[A-Z][a-z])")
#: (only a year opening a name, the edition of an event: not a tie's history, ``signed in August 1980``)


@dataclass
class EnCtx(Ctx):
    """The common reading state plus the English reader's own tables."""

    levels: dict[int, str] = field(default_factory=dict)  #: mention start -> city | district | county | province
    alts: dict[URIRef, set[str]] = field(default_factory=dict)  #: how the article writes a known entity
    delegations: list[URIRef] = field(default_factory=list)  #: cities that send a delegation, in order
    role_only: set[int] = field(default_factory=set)  #: person mentions that only state a role: X (Mayor Y)
    guessed_bodies: set[URIRef] = field(default_factory=set)  #: people whose body only the article's rank gave
    host_placed: set[URIRef] = field(default_factory=set)  #: events placed only in the city hosting them (a venue wins)
    waypoints: set[int] = field(default_factory=set)  #: starts of places named only as a leg of a journey (from X to Y)
    #: a title with one name word (``Mayor Whitcombe``), settled once the whole article is read:
    #: (sentence, word, word start, title, body, body guessed)
    lone_titled: list[tuple[Sentence, str, int, Title, URIRef | None, bool]] = field(default_factory=list)

    _anchor: list[dt.date | None] = field(default_factory=list)
    _written: list[tuple[int, dt.date]] | None = None  #: (end, value) of each day the text writes
    provinces: frozenset[str] | None = None  #: Korean provinces the article names (set once, by en_places)
    countries: frozenset[str] | None = None  #: countries the article names, but Korea (set once, by en_places)

    def anchor(self) -> dt.date | None:
        """The date partial dates are read against: the publication date, or, when the page does not give
        one, the latest date the article writes in full (``March 26, 2021`` makes ``March 23`` 2021-03-23)."""
        if not self._anchor:
            from .en_dates import find

            written = [w.value for w in find(self.article.text, published=None) if w.grain == "day"]
            self._anchor.append(self.article.published or (max(written) if written else None))
        return self._anchor[0]

    def month_before(self, sent: Sentence) -> dt.date | None:
        """The day with its month written that the text before ``sent`` writes last (``The delegation arrived on April
        3. On the 5th, …``: April 3): what a day written alone as an ordinal is of, the month the story has reached.
        None when it writes none."""
        from .en_dates import find, month_written

        if self._written is None:  # (the sentences read: furniture such as a board's 'Date 2023.08.17' left out)
            self._written = [(x.start + w.end, w.value) for x in self.sentences
                             for w in find(x.text, published=self.article.published, anchor=self.anchor())
                             if w.grain == "day" and month_written(w.text)]
        return next((v for end, v in reversed(self._written) if end <= sent.start), None)

    def anchor_year(self, sentence: str) -> int | None:
        """With no publication date and no full date written, the one year ``sentence`` names an edition by (``On
        February 25, … the 2024 Lantern Festival``): a month and day written alone there are of that year. None when
        it names several or none (a year told in another sentence dates nothing here)."""
        if self.anchor() is not None:
            return None
        years = set(_YEAR_WRITTEN.findall(sentence))
        return int(years.pop()) if len(years) == 1 else None

    def level(self, m: Mention) -> str:
        """The level the text gives a place mention (city when it says nothing)."""
        return self.levels.get(m.start, "city")
