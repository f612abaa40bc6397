"""HTML pages: the article's main text (trafilatura plus our furniture rules) and its metadata."""
from __future__ import annotations

import html as htmlmod
import re

from ..errors import NoArticleError
from .text import clean_scraped, parse_date

_META = re.compile(r"<meta\s+[^>]*>", re.IGNORECASE)
_ATTR = re.compile(r"""(\w[\w:-]*)\s*=\s*(?:"([^"]*)"|'([^']*)')""")


def meta_tags(page: str) -> dict[str, str]:
    """``<meta property|name=… content=…>`` values, keys lower-cased (first one wins).

    >>> meta_tags('<meta property="og:title" content="광명시 &amp; 부안군">')["og:title"]
    '광명시 & 부안군'
    """
    out: dict[str, str] = {}
    for tag in _META.findall(page[:200_000]):
        attrs = {k.lower(): htmlmod.unescape(a if a else b) for k, a, b in _ATTR.findall(tag)}
        key = (attrs.get("property") or attrs.get("name") or attrs.get("itemprop") or "").lower()
        if key and "content" in attrs:
            out.setdefault(key, attrs["content"].strip())
    return out


def read_html(page: str, *, name: str = "page") -> tuple[str, dict[str, object], list[str]]:
    """The main text of an HTML page, its metadata, and what was dropped as furniture."""
    import trafilatura

    tags = meta_tags(page)
    meta: dict[str, object] = {}
    title = tags.get("og:title") or tags.get("twitter:title")
    if not title:
        m = re.search(r"<title[^>]*>(.*?)</title>", page, re.IGNORECASE | re.DOTALL)
        title = htmlmod.unescape(m.group(1)).strip() if m else None
    if title:
        meta["title"] = title
    for key in ("article:published_time", "og:article:published_time", "datepublished", "pubdate", "date",
                "dc.date.issued", "article:published"):
        if key in tags and (when := parse_date(tags[key])):
            meta["published"] = when
            break
    if tags.get("og:url"):
        meta["url"] = tags["og:url"]
    if tags.get("og:site_name"):
        meta["publisher"] = tags["og:site_name"]
    if tags.get("author") or tags.get("article:author"):
        meta["author"] = tags.get("author") or tags.get("article:author")
    doc = trafilatura.bare_extraction(page, with_metadata=True, include_comments=False, include_tables=False,
                                      favor_precision=True, deduplicate=True)
    text = ""
    if doc is not None:
        d = doc if isinstance(doc, dict) else doc.as_dict()
        text = d.get("text") or ""
        # trafilatura's date comes from the page's own metadata or visible byline
        if "published" not in meta and d.get("date") and (pd := parse_date(d["date"])):
            meta["published"] = pd
        meta.setdefault("title", d.get("title"))
        if d.get("sitename"):
            meta.setdefault("publisher", d["sitename"])
    if not text.strip():
        raise NoArticleError(f"{name}: no article text found in this HTML page; save the article page itself "
                             "(not an index or a login page), or save its text as .txt")
    body, more, dropped = clean_scraped(text, title=meta.get("title"))  # type: ignore[arg-type]  # the title kept in meta is a str
    for k, v in more.items():
        if k != "title":
            meta.setdefault(k, v)
    if not body.strip():
        raise NoArticleError(f"{name}: the page holds no article text once navigation and widgets are removed")
    return body, meta, dropped
