"""Files → :class:`Article`: dispatch on the file type, merge metadata (options > front matter > page)."""
from __future__ import annotations

import datetime as dt
import re
from collections.abc import Mapping
from pathlib import Path

from ..errors import NoArticleError, ReadError
from .article import Article
from .decode import decode
from .html import read_html
from .text import clean_scraped, front_matter, header_block, parse_date

#: Files larger than this are refused (no news article is this long).
MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = (".html", ".htm", ".txt", ".md")


def _looks_html(text: str) -> bool:
    return bool(re.match(r"\s*(<!doctype html|<html|<head|<body|<meta|<div|<article)", text[:2000], re.IGNORECASE))


def read_bytes(data: bytes, *, name: str = "input", suffix: str = ".txt",
               overrides: Mapping[str, object] | None = None) -> Article:
    """An article from a file's bytes; ``overrides`` (url, title, published, publisher, language) win."""
    if len(data) > MAX_BYTES:
        raise ReadError(f"{name} is {len(data) / 1e6:.1f} MB, larger than the {MAX_BYTES // 2**20} MB a news article "
                        "can be; split it into one file per article")
    if not data.strip():
        raise NoArticleError(f"{name} is empty; give a file with the article's text")
    text = decode(data, name=name)
    meta, body = front_matter(text)
    if not meta:
        meta, body = header_block(body)
    if suffix in (".html", ".htm") or _looks_html(body):
        main, page_meta, dropped = read_html(body, name=name)
    else:
        main, page_meta, dropped = clean_scraped(body, title=meta.get("title") or None)  # type: ignore[arg-type]
    merged: dict[str, object] = {**{k: v for k, v in page_meta.items() if v}, **{k: v for k, v in meta.items() if v}}
    merged.update({k: v for k, v in (overrides or {}).items() if v})
    if len(re.sub(r"\W", "", main)) < 20:
        raise NoArticleError(f"{name}: no article text found (only {len(main.strip())} characters are left once page "
                             "furniture is removed); give the article page itself, or its text as .txt")
    lang = str(merged.get("language") or merged.get("lang") or "").strip() or guess_language(main)
    published = merged.get("published")
    pub_date = parse_date(published) if not isinstance(published, dt.date) else published
    return Article(
        text=main,
        url=_str(merged.get("url")),
        title=_str(merged.get("title")),
        published=pub_date,
        publisher=_str(merged.get("publisher")),
        author=_str(merged.get("author")),
        language=lang,
        source=name,
        dropped=tuple(dropped),
    )


def _str(v: object) -> str | None:
    if v is None:
        return None
    s = str(v).strip()
    return s if s and s.lower() not in ("unknown", "none", "null") else None


def guess_language(text: str) -> str:
    """``ko`` when Hangul dominates the letters, else ``en``.

    >>> guess_language("광명시는 오스틴시와"), guess_language("The city of Austin")
    ('ko', 'en')
    """
    hangul = sum(1 for c in text if "\uac00" <= c <= "\ud7a3")
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "ko" if hangul >= latin * 0.3 else "en"


def read_article(path: str | Path, *, overrides: Mapping[str, object] | None = None) -> Article:
    """Read one article file (.html, .htm, .txt, .md)."""
    p = Path(path)
    if not p.is_file():
        raise ReadError(f"{p} is not a file; check the path")
    try:
        data = p.read_bytes()
    except OSError as exc:
        raise ReadError(f"cannot read {p}: {exc.strerror}; check the file's permissions") from exc
    return read_bytes(data, name=str(p), suffix=p.suffix.lower(), overrides=overrides)
