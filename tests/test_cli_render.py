"""``kgraph render``: parses options, calls the library once, prints one summary line."""
from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from kgraph.cli import main


@pytest.fixture(scope="module")
def store(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store created from the shipped graph (once for this module)."""
    path = tmp_path_factory.mktemp("cli") / "store"
    result = CliRunner().invoke(main, ["info", "--store", str(path)])
    assert result.exit_code == 0, result.output
    return path


def run(*args: str) -> tuple[int, str]:
    result = CliRunner().invoke(main, ["render", *args])
    return result.exit_code, result.output


def test_ego_view_of_gwangmyeong(store: Path, tmp_path: Path) -> None:
    out = tmp_path / "gm.html"
    code, output = run("--city", "광명시", "--depth", "2", "-o", str(out), "--store", str(store))
    assert code == 0, output
    assert output.startswith(f"wrote {out}: ") and " nodes, " in output and output.count("\n") == 1
    page = out.read_text(encoding="utf-8")
    assert "광명시 협력 네트워크 (거리 2)" in page and "오스나브뤼크" in page


def test_query_from_a_file_and_english_labels(store: Path, tmp_path: Path) -> None:
    rq = tmp_path / "de.rq"
    rq.write_text("CONSTRUCT { ?a kg:partnerOf ?b } WHERE { ?a kg:partnerOf ?b ; "
                  "schema:containedInPlace/kg:iso3166 'DE' }", encoding="utf-8")
    out = tmp_path / "de.html"
    code, output = run("--query", str(rq), "--lang", "en", "--title", "German ties", "-o", str(out),
                       "--store", str(store))
    assert code == 0, output
    assert "<title>German ties</title>" in out.read_text(encoding="utf-8")


def test_store_from_the_environment(store: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KGRAPH_STORE", str(store))
    code, output = run("-o", str(tmp_path / "all.html"))
    assert code == 0 and "clusters layout" in output


@pytest.mark.parametrize("args, exit_code, message", [
    (["--city", "광명시", "--article", "https://x.example"], 2, "give one of --city, --article and --query"),
    (["--depth", "2"], 2, "--depth goes with --city"),
    (["--city", "아틀란티스"], 2, "no city called"),
    (["--query", "{rq}"], 1, "needs a CONSTRUCT"),
])
def test_errors_are_messages_with_exit_codes(store: Path, tmp_path: Path, args: list[str], exit_code: int,
                                             message: str) -> None:
    rq = tmp_path / "select.rq"
    rq.write_text("SELECT * WHERE { ?s ?p ?o } LIMIT 1", encoding="utf-8")
    args = [a.replace("{rq}", str(rq)) for a in args]
    code, output = run(*args, "-o", str(tmp_path / "x.html"), "--store", str(store))
    assert code == exit_code and message in output and "Traceback" not in output
    assert not (tmp_path / "x.html").exists()


def test_output_must_be_html(store: Path, tmp_path: Path) -> None:
    code, output = run("-o", str(tmp_path / "x.png"), "--store", str(store))
    assert code == 1 and "end in .html" in output
