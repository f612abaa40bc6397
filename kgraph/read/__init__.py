"""Bytes → :class:`Article`: decoding, front matter, HTML main text and page furniture removal."""
from .article import Article
from .load import read_article, read_bytes

__all__ = ["Article", "read_article", "read_bytes"]
