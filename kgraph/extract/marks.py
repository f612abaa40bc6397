"""Look-alike list marks: the dots and commas pages use between listed names, read as ``·`` and ``,``.

Pages list names with many characters that look like the middle dot (중국 정강산시․돈황시, 이사시・아와지시마)
or the comma. Reading folds them into one form, character for character, so that every list rule sees
one separator, while the evidence quoted from the article keeps the page's own characters.
"""
from __future__ import annotations

from dataclasses import replace

from ..read.article import Article
from .model import Reading

#: each look-alike and the mark it is read as
LIST_MARKS: dict[str, str] = {
    "\u2024": "·",  # ․ one dot leader
    "\u2027": "·",  # ‧ hyphenation point
    "\u2219": "·",  # ∙ bullet operator
    "\u22c5": "·",  # ⋅ dot operator
    "\u30fb": "·",  # ・ katakana middle dot
    "\uff65": "·",  # ･ halfwidth katakana middle dot
    "\uff0c": ",",  # ， fullwidth comma
}
_TABLE = str.maketrans(LIST_MARKS)


def fold_marks(text: str) -> str:
    """``text`` with every look-alike list mark written as ``·`` or ``,`` (the length never changes).

    >>> fold_marks("정강산시․돈황시，익양시")
    '정강산시·돈황시,익양시'
    >>> fold_marks("3․1절") == "3·1절"
    True
    """
    return text.translate(_TABLE)


def folded_article(article: Article) -> Article:
    """The article to read: ``article`` itself, or a copy whose text and title have their marks folded."""
    text, title = fold_marks(article.text), fold_marks(article.title) if article.title else article.title
    if text == article.text and title == article.title:
        return article
    return replace(article, text=text, title=title)


def quote_original(reading: Reading, original: Article) -> None:
    """Give ``reading`` back the article as published: evidence sentences are re-cut from its own text."""
    if reading.article is original:
        return
    reading.article = original
    reading.facts = [replace(f, sentence=original.text[f.span.start:f.span.end])
                     if f.span is not None and f.sentence is not None
                     and f.sentence == fold_marks(original.text[f.span.start:f.span.end]) else f
                     for f in reading.facts]
