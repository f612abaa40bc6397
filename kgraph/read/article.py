"""The ``Article``: an article's own text and what is known about it."""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Article:
    """One news article: its own text (page furniture removed) and its metadata.

    ``published`` is only set when the source states it (front matter, options, HTML metadata or a
    byline such as ``입력 2024.12.05``); a page's capture date is never taken for it.
    """

    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    publisher: str | None = None
    author: str | None = None
    language: str = "ko"
    source: str | None = None  #: the file it was read from
    dropped: tuple[str, ...] = field(default_factory=tuple)  #: what was removed as page furniture

    @property
    def key(self) -> str:
        """What identifies the article across runs: its URL, else its text."""
        return self.url or self.text
