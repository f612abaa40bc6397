"""What reading folds before it reads, character for character, while evidence keeps the page's own text.

Look-alike list marks: pages list names with many characters that look like the middle dot (중국
정강산시․돈황시, 이사시・아와지시마) or the comma; reading folds them into ``·`` and ``,`` so that every list
rule sees one separator. Capitals: a lede that writes its town in capitals (``WESTBURY recently
welcomed …``) names the town the article writes ``Westbury`` elsewhere; reading folds such a word into that
form. Folding never changes a length, so every offset holds for the page's own text.
"""
from __future__ import annotations

import re
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


def fold_caps(text: str) -> str:
    """``text`` with each word in capitals (four letters or more) that ``text`` also writes in title case
    written in title case (the length never changes).

    >>> fold_caps("WESTBURY welcomed guests. Westbury mayor spoke.")
    'Westbury welcomed guests. Westbury mayor spoke.'
    >>> fold_caps("HALF a century of UCLG ties.")
    'HALF a century of UCLG ties.'

    A run of such words is folded whole when the text writes the run in title case (``LOS ANGELES — The Los
    Angeles City Council``: no short word left in capitals).

    >>> fold_caps("LOS ANGELES — The Los Angeles City Council voted. LOS is an acronym.")
    'Los Angeles — The Los Angeles City Council voted. LOS is an acronym.'
    """
    def run(m: re.Match[str]) -> str:
        titled_run = m.group(0).title()
        return titled_run if re.search(rf"\b{re.escape(titled_run)}\b", text) else m.group(0)

    text = re.sub(r"\b[A-Z]{2,}(?:[ -][A-Z]{2,})+\b", run, text)
    titled = set(re.findall(r"\b[A-Z][a-z]{3,}\b", text))
    return re.sub(r"\b[A-Z]{4,}\b", lambda m: m.group(0).title() if m.group(0).title() in titled else m.group(0), text)


#: a tag in brackets glued to the word after it (``[보령신문]홍길동 의장이``, ``(서울=뉴스1)김민수 기자``)
_GLUED_TAG = re.compile(r"([\[【(<〈][^\]】)>〉\n]{1,40})[\]】)>〉](?=[\uac00-\ud7a3])")


def fold_glued_tags(text: str) -> str:
    """``text`` with a press tag glued to a Hangul word read as blanks (the length never changes), so that
    the word after the tag is a word of its own and the tag no body of it.

    >>> fold_glued_tags("[보령신문]홍길동 의장이")
    '      홍길동 의장이'
    >>> fold_glued_tags("업무협약(MOU)을 맺었다")
    '업무협약(MOU)을 맺었다'
    """
    return _GLUED_TAG.sub(lambda m: " " * len(m.group(0)) if _is_tag(m.group(1)) else m.group(0), text)


def _is_tag(opening: str) -> bool:
    """A press or place tag: it opens a line or a sentence and names no more than a few words."""
    return (len(opening.split()) <= 4 and opening[0] in "[【<〈") or "=" in opening


def folded_article(article: Article) -> Article:
    """The article to read: ``article`` itself, or a copy whose text and title have their marks and capitals
    folded."""
    text = fold_glued_tags(fold_marks(fold_caps(article.text)))
    title = fold_marks(article.title) if article.title else article.title
    if text == article.text and title == article.title:
        return article
    return replace(article, text=text, title=title)


def quote_original(reading: Reading, original: Article) -> None:
    """Give ``reading`` back the article as published: evidence sentences are re-cut from its own text."""
    if reading.article is original:
        return
    folded, reading.article = reading.article, original
    reading.facts = [replace(f, sentence=original.text[f.span.start:f.span.end])
                     if f.span is not None and f.sentence is not None
                     and f.sentence == folded.text[f.span.start:f.span.end] else f
                     for f in reading.facts]
