"""Leading ``key: value`` header blocks (the shared corpus's layout): read as metadata, never as the title,
and never mistaken for an article whose first line merely holds a colon. The articles are invented."""
from __future__ import annotations

import csv
import datetime as dt
import io
from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main
from kgraph.read import read_bytes
from kgraph.read.text import header_block

WITH_HEADER = """url: https://www.gasang-ilbo.example/news/articleView.html?idxno=5501
title: 청주시, 미국 벨뷰시와 우호교류 협약
published: 2025-03-14
publisher: 가상일보 (gasang-ilbo.example)
language: ko

청주시, 미국 벨뷰시와 우호교류 협약
청주시는 13일 시청 회의실에서 미국 워싱턴주 벨뷰시와 우호교류 협약을 체결했다고 14일 밝혔다.
두 도시는 앞으로 청소년 교류와 경제 협력을 이어가기로 했다.
"""

#: Articles whose first line has a colon but is the article's own text.
COLON_FIRST_LINES = {
    "korean-headline": "청주시: 벨뷰시와 손잡고 청소년 교류 넓힌다\n\n청주시는 13일 미국 벨뷰시와 우호교류 협약을 체결했다고 밝혔다.\n",
    "english-dek": ("Bellevue: a new friendship with Cheongju\n\nThe city of Bellevue signed a friendship agreement with "
                    "Cheongju on Thursday, the mayor's office said.\n"),
    "title-only": ("Title: Cheongju and Bellevue, twenty years on\n\nThe two cities have exchanged students since "
                   "2005, officials said on Friday.\n"),
    "time-in-text": ("Update: 14:30 the signing ceremony was moved to the city hall\nurl: not a header either\n\n"
                     "Cheongju and Bellevue signed the agreement in the afternoon, officials said.\n"),
    "bad-url-value": ("url: see the city's homepage\ntitle: 청주시와 벨뷰시\n\n청주시는 13일 미국 벨뷰시와 우호교류 협약을 "
                      "체결했다고 밝혔다.\n"),
    "bad-date-value": ("title: 청주시와 벨뷰시\npublished: 지난주 목요일\n\n청주시는 13일 미국 벨뷰시와 우호교류 협약을 체결했다고 "
                       "밝혔다.\n"),
}


def test_a_header_block_is_metadata_not_text() -> None:
    a = read_bytes(WITH_HEADER.encode("utf-8"), name="cheongju.txt")
    assert a.url == "https://www.gasang-ilbo.example/news/articleView.html?idxno=5501"
    assert a.title == "청주시, 미국 벨뷰시와 우호교류 협약"
    assert a.published == dt.date(2025, 3, 14)
    assert a.publisher == "가상일보 (gasang-ilbo.example)"
    assert a.language == "ko"
    assert "url:" not in a.text and "publisher:" not in a.text
    assert "우호교류 협약을 체결했다고" in a.text


def test_a_header_block_with_crlf_and_a_bom() -> None:
    raw = "\ufeff" + WITH_HEADER.replace("\n", "\r\n")
    meta, body = header_block(raw)
    assert meta["url"].startswith("https://www.gasang-ilbo.example/")  # type: ignore[union-attr]
    assert meta["language"] == "ko" and body.startswith("청주시, 미국 벨뷰시와")


def test_front_matter_still_wins_over_a_header_look_alike() -> None:
    raw = "---\nurl: https://e.example/fm\ntitle: 앞머리\n---\n" + WITH_HEADER
    a = read_bytes(raw.encode("utf-8"))
    assert a.url == "https://e.example/fm" and a.title == "앞머리"


@pytest.mark.parametrize("name", sorted(COLON_FIRST_LINES))
def test_a_first_line_with_a_colon_stays_text(name: str) -> None:
    raw = COLON_FIRST_LINES[name]
    meta, body = header_block(raw)
    assert meta == {} and body == raw
    a = read_bytes(raw.encode("utf-8"), name=f"{name}.txt")
    assert a.url is None
    first_line = raw.splitlines()[0]
    # the first line is still part of what was read (as the title or in the text)
    assert first_line.split(":", 1)[1].strip()[:10] in (a.title or "") + a.text


def test_cli_ingest_stores_the_header_url_and_title(tmp_path: Path) -> None:
    article = tmp_path / "cheongju.txt"
    article.write_text(WITH_HEADER, encoding="utf-8")
    store = str(tmp_path / "store")
    runner = CliRunner()
    res = runner.invoke(main, ["ingest", str(article), "--store", store, "-q"])
    assert res.exit_code == 0, res.output
    q = runner.invoke(main, ["query", "--store", store, "--format", "csv",
                             "SELECT ?h ?d WHERE { ?a schema:url "
                             "'https://www.gasang-ilbo.example/news/articleView.html?idxno=5501' ; "
                             "schema:headline ?h . OPTIONAL { ?a schema:datePublished ?d } }"])
    assert q.exit_code == 0, q.output
    rows = list(csv.DictReader(io.StringIO(q.output)))
    assert rows == [{"h": "청주시, 미국 벨뷰시와 우호교류 협약", "d": "2025-03-14"}]


def test_an_empty_published_line_keeps_the_header_and_leaves_the_date_unknown() -> None:
    raw = WITH_HEADER.replace("published: 2025-03-14", "published:")
    a = read_bytes(raw.encode("utf-8"), name="cheongju.txt")
    assert a.url == "https://www.gasang-ilbo.example/news/articleView.html?idxno=5501"
    assert a.published is None and a.publisher == "가상일보 (gasang-ilbo.example)"
    assert "publisher:" not in a.text and "가상일보" not in a.text
    a = read_bytes(WITH_HEADER.replace("published: 2025-03-14", "published:").replace("language: ko", "language:")
                   .encode("utf-8"), name="cheongju.txt")  # (every key may be left empty: the page says the rest)
    assert a.language == "ko" and a.published is None
    # a date that is no date still refuses the block (the near miss stays as it was)
    meta, _ = header_block(WITH_HEADER.replace("published: 2025-03-14", "published: 지난주"))
    assert meta == {}
