"""HTML pages: main text by trafilatura plus our rules, metadata from meta tags."""
import datetime as dt
from pathlib import Path

import pytest

from kgraph.errors import NoArticleError
from kgraph.read import read_article, read_bytes
from kgraph.read.html import meta_tags

FIX = Path(__file__).parent / "fixtures" / "articles"

PAGE = """<!doctype html><html><head><meta charset="utf-8">
<meta property="og:title" content="수원시, 프라이부르크시와 우호 10주년">
<meta property="article:published_time" content="2024-09-20T09:00:00+09:00">
<meta property="og:site_name" content="가상일보">
<title>ignored</title></head><body>
<nav><a href="/">홈</a> <a href="/p">정치</a> 날씨 서울 3℃ 부산 7℃</nav>
<article><h1>수원시, 프라이부르크시와 우호 10주년</h1>
<p>경기 수원시는 독일 프라이부르크시와 우호교류 10주년을 맞아 지난 18일 기념식을 열었다고 20일 밝혔다.</p>
<p>기념식에는 이재준 수원시장과 시민 200여 명이 참석했다. 두 도시는 청소년 교류를 이어가기로 했다.</p>
</article>
<aside><h3>많이 본 뉴스</h3><ul><li>부산시 축제</li><li>대구시 청사</li></ul></aside>
<footer>Copyright 가상일보</footer></body></html>"""


def test_html_article_and_metadata():
    a = read_bytes(PAGE.encode("utf-8"), name="p.html", suffix=".html")
    assert a.title == "수원시, 프라이부르크시와 우호 10주년"
    assert a.published == dt.date(2024, 9, 20)
    assert a.publisher == "가상일보"
    assert "기념식을 열었다" in a.text
    assert "부산시 축제" not in a.text and "정치" not in a.text


def test_cp949_html_without_charset():
    a = read_article(FIX / "cp949-nocharset.html")
    assert "어바인시" in a.text and "저작권자" not in a.text


def test_html_without_article_is_refused():
    with pytest.raises(NoArticleError, match="no article text"):
        read_bytes(b"<html><head><title>x</title></head><body><nav>a</nav></body></html>", name="n.html", suffix=".html")


def test_meta_tags_unescape():
    assert meta_tags('<meta name="author" content="홍길동 &amp; 김">')["author"] == "홍길동 & 김"
