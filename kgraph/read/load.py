"""Files → :class:`Article`: dispatch on the file type, merge metadata (options > front matter > page)."""
from __future__ import annotations

import datetime as dt
import os
import re
from collections.abc import Mapping
from pathlib import Path

from ..errors import NoArticleError, ReadError
from ..hangul import is_syllable
from .article import Article
from .decode import decode
from .html import read_html
from .text import clean_scraped, front_matter, header_block, parse_date

#: Files larger than this are refused (no news article is this long).
MAX_BYTES = 5 * 1024 * 1024
SUFFIXES = (".html", ".htm", ".txt", ".md")


#: front-matter fields kgraph reads, and the kind of value each must hold
FRONT_MATTER_FIELDS = {"url": "text", "title": "text", "publisher": "text", "author": "text",
                       "language": "language", "lang": "language", "published": "date"}
LANGUAGES = ("ko", "en")


def checked_front_matter(meta: Mapping[str, object], *, name: str = "input") -> dict[str, object]:
    """Front-matter values in the shape kgraph reads: text as ``str``, dates as ``date``, ``ko``/``en``.

    A YAML number or timestamp becomes text or a date; a list or mapping where one value belongs
    is refused with a :class:`ReadError` naming the field.

    >>> checked_front_matter({"title": 2024, "published": dt.datetime(2024, 10, 30, 9, 0), "language": "EN"})
    {'title': '2024', 'published': datetime.date(2024, 10, 30), 'language': 'en'}
    """
    out: dict[str, object] = {}
    for key, value in meta.items():
        kind = FRONT_MATTER_FIELDS.get(key)
        if kind is None or value is None:
            out[key] = value
            continue
        if isinstance(value, (list, tuple, set, dict)):
            what = "mapping" if isinstance(value, dict) else "list"
            raise ReadError(f"{name}: the front matter's {key!r} is a {what}; it must be one "
                            f"{'date' if kind == 'date' else 'value'} (e.g. {key}: {_EXAMPLES[kind]}); fix the block "
                            "between the --- lines")
        if kind == "date":
            out[key] = value.date() if isinstance(value, dt.datetime) else value if isinstance(value, dt.date) \
                else parse_date(str(value))
        elif kind == "language":
            lang = str(value).strip().lower()[:2]
            if lang not in LANGUAGES:
                raise ReadError(f"{name}: the front matter's language {str(value)[:40]!r} is not one kgraph reads; "
                                f"use one of {', '.join(LANGUAGES)}")
            out[key] = lang
        else:
            out[key] = str(value)
    return out


_EXAMPLES = {"date": "2024-10-30", "language": "ko", "text": "'the value'"}


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
    meta = checked_front_matter(meta, name=name)
    if suffix in (".html", ".htm") or _looks_html(body):
        main, page_meta, dropped = read_html(body, name=name)
    else:
        main, page_meta, dropped = clean_scraped(body, title=meta.get("title") or None)  # type: ignore[arg-type]  # the title kept in meta is a str
    merged: dict[str, object] = {**{k: v for k, v in page_meta.items() if v}, **{k: v for k, v in meta.items() if v}}
    merged.update({k: v for k, v in (overrides or {}).items() if v})
    if len(re.sub(r"\W", "", main)) < 20:
        raise NoArticleError(f"{name}: no article text found (only {len(main.strip())} characters are left once page "
                             "furniture is removed); give the article page itself, or its text as .txt")
    lang = str(merged.get("language") or merged.get("lang") or "").strip() or guess_language(main)
    published = merged.get("published")
    pub_date = parse_date(published)  # a datetime becomes its date
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
    hangul = sum(1 for c in text if is_syllable(c))
    latin = sum(1 for c in text if c.isascii() and c.isalpha())
    return "ko" if hangul >= latin * 0.3 else "en"


def file_bytes(path: str | Path) -> bytes:
    """The bytes of one article file, refused before reading when it cannot be an article."""
    p = Path(path)
    if p.is_symlink() and not p.exists():
        raise ReadError(f"{p} is a broken symbolic link or a link loop; fix or remove the link")
    if not p.is_file():
        raise ReadError(f"{p} is not a file; check the path")
    try:
        size = p.stat().st_size  # checked before reading: a huge file is refused without being read
        if size > MAX_BYTES:
            raise ReadError(f"{p} is {size / 1e6:.1f} MB, larger than the {MAX_BYTES // 2**20} MB a news article "
                            "can be; split it into one file per article")
        with p.open("rb") as f:
            return f.read(MAX_BYTES + 1)
    except OSError as exc:
        raise ReadError(f"cannot read {p}: {exc.strerror}; check the file's permissions") from exc


def read_article(path: str | os.PathLike[str], *, overrides: Mapping[str, object] | None = None) -> Article:
    """Read one article file (.html, .htm, .txt, .md)."""
    p = Path(path)
    return read_bytes(file_bytes(p), name=str(p), suffix=p.suffix.lower(), overrides=overrides)
