"""The page itself: nothing loaded from anywhere, scripts allowed by hash, data as safe JSON, files written whole."""
from __future__ import annotations

import hashlib
import json
import os
import re
from html.parser import HTMLParser
from importlib import resources
from pathlib import Path

import pytest

from kgraph import KnowledgeGraph
from kgraph.errors import RenderError, UsageError
from kgraph.views import GraphView, render
from kgraph.views.output import write_atomic
from kgraph.views.page import assets, checked, csp_hash, json_for_script

STATIC = Path(str(resources.files("kgraph.views") / "static"))


@pytest.fixture(scope="module")
def html() -> str:
    return render(KnowledgeGraph.shipped(), city="광명시", depth=1, title="Title <b>&</b>").html


class Tags(HTMLParser):
    """Every start tag with its attributes, and the text of each <script>."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.tags: list[tuple[str, dict[str, str | None]]] = []
        self.scripts: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))
        self._in_script = tag == "script"
        if self._in_script:
            self.scripts.append("")

    def handle_endtag(self, tag: str) -> None:
        self._in_script = False

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.scripts[-1] += data


def test_json_for_script_is_the_same_json_and_cannot_end_the_element() -> None:
    tricky = {"a": "</script><script>alert(1)</script>", "b": "<!-- x -->", "c": "a & b > c", "d": "\u2028\u2029",
              "e": "광명시", "f": [1, None, True]}
    text = json_for_script(tricky)
    assert json.loads(text) == tricky
    for bad in ("<", ">", "&", "\u2028", "\u2029"):
        assert bad not in text
    assert "광명시" in text  # Hangul stays readable and compact


def test_the_page_loads_nothing(html: str) -> None:
    parser = Tags()
    parser.feed(html)
    for tag, attrs in parser.tags:
        assert tag not in ("link", "img", "iframe", "object", "embed", "base")
        assert "src" not in attrs and "href" not in attrs, (tag, attrs)
    assert not re.search(r"url\(\s*['\"]?(https?:|//)", html)
    assert "@import" not in html
    assert "sourceMappingURL" not in html


def test_scripts_run_only_by_hash(html: str) -> None:
    parser = Tags()
    parser.feed(html)
    csp = next(a["content"] for t, a in parser.tags if t == "meta" and a.get("http-equiv") == "Content-Security-Policy")
    assert csp is not None and "default-src 'none'" in csp and "'unsafe-inline'" not in csp.split("style-src")[0]
    allowed = set(re.findall(r"'sha256-[^']+'", csp))
    code = [s for (t, a), s in zip([x for x in parser.tags if x[0] == "script"], parser.scripts) if "type" not in a]
    assert len(code) == 2 and {csp_hash(s) for s in code} == allowed
    data = next(s for (t, a), s in zip([x for x in parser.tags if x[0] == "script"], parser.scripts)
                if a.get("type") == "application/json")
    assert json.loads(data)["meta"]["title"] == "Title <b>&</b>"
    assert "<title>Title &lt;b&gt;&amp;&lt;/b&gt;</title>" in html  # autoescaped
    assert html.startswith("<!DOCTYPE html>") and '<meta charset="utf-8">' in html


def test_vendored_vis_network_matches_its_record() -> None:
    vendor = (STATIC / "VENDOR.md").read_text(encoding="utf-8")
    js = (STATIC / "vis-network.min.js").read_bytes()
    version = re.search(rb"@version (\S+)", js)
    assert version and f"vis-network {version.group(1).decode()}" in vendor
    assert hashlib.sha256(js).hexdigest() in vendor
    assert (STATIC / "vis-network.LICENSE-MIT.txt").read_text(encoding="utf-8").startswith("The MIT License")
    assert "Apache License" in (STATIC / "vis-network.LICENSE-APACHE-2.0.txt").read_text(encoding="utf-8")
    found = assets()
    assert "innerHTML" not in found.script  # the page's own script never parses data as markup
    with pytest.raises(RenderError, match="reinstall"):
        checked("var a = '</SCRIPT>';", name="x.js", forbidden=("</script",))


def test_write_is_utf8_and_atomic(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    target = tmp_path / "g.html"
    write_atomic(target, "<p>광명시</p>")
    assert target.read_bytes() == "<p>광명시</p>".encode()
    assert oct(target.stat().st_mode & 0o777) != "0o600"  # readable like any file the user writes

    def broken(*_: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(RenderError, match="No space left"):
        write_atomic(target, "<p>new</p>")
    assert target.read_text(encoding="utf-8") == "<p>광명시</p>"  # the old page is intact
    assert sorted(p.name for p in tmp_path.iterdir()) == ["g.html"]  # and no temporary file is left


@pytest.mark.parametrize("name, message", [("g.txt", "end in .html"), ("missing/g.html", "does not exist")])
def test_bad_output_paths_name_the_fix(tmp_path: Path, name: str, message: str) -> None:
    with pytest.raises(RenderError, match=message):
        write_atomic(tmp_path / name, "x")


def test_a_folder_is_not_an_output(tmp_path: Path) -> None:
    (tmp_path / "d.html").mkdir()
    with pytest.raises(RenderError, match="is a folder"):
        write_atomic(tmp_path / "d.html", "x")


def test_jupyter_iframe_is_sandboxed_and_escaped() -> None:
    view = GraphView('<p title="x">a & b</p>', 'T"itle', 1, 0, "spring", True, 0.1)
    frame = view._repr_html_()
    assert frame.startswith('<iframe srcdoc="&lt;p title=&quot;x&quot;&gt;a &amp; b&lt;/p&gt;"')
    assert 'sandbox="allow-scripts"' in frame and 'title="T&quot;itle"' in frame
    assert "height:480px" in view.iframe(height=480)
    with pytest.raises(UsageError, match="CSS length"):
        view.iframe(height="1px;background:url(x)")
