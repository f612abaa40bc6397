"""Issue 9, items 7 and 8: a corpus of bad inputs run through the CLI; each gets a clear message and
an exit code, and no traceback ever reaches the user (the runner re-raises any uncaught exception)."""
from __future__ import annotations

import json
import time
from pathlib import Path

import pytest

from kgraph import KnowledgeGraph

FIXTURES = Path(__file__).parent / "fixtures" / "heldout"
BODY = (FIXTURES / "01.txt").read_text(encoding="utf-8")


def front(meta: str) -> str:
    return f"---\n{meta}\n---\n{BODY}"


#: file name → (bytes, what `kgraph ingest` must say about it: None = stored)
CORPUS: dict[str, tuple[bytes, str | None]] = {
    "title-number.md": (front("title: 12345").encode(), None),
    "title-list.md": (front("title: [a, b]").encode(), "the front matter's 'title' is a list"),
    "title-mapping.md": (front("title: {a: 1}").encode(), "the front matter's 'title' is a mapping"),
    "language-list.md": (front("language: [ko, en]").encode(), "the front matter's 'language' is a list"),
    "language-unknown.md": (front("language: fr").encode(), "is not one kgraph reads; use one of ko, en"),
    "published-timestamp.md": (front("url: https://e.org/ts\npublished: 2024-10-30 10:00:00").encode(), None),
    "published-list.md": (front("published: [2024-10-30]").encode(), "the front matter's 'published' is a list"),
    "front-not-mapping.md": (front("- a\n- b").encode(), "must be a YAML mapping"),
    "front-bad-yaml.md": (front("title: [unclosed").encode(), "not valid YAML"),
    "utf16-bom.txt": (BODY.replace("광명", "광명").encode("utf-16"), None),
    "utf16-bom-broken.txt": (BODY.encode("utf-16")[:-1] + b"\xd8", "byte-order mark but is not valid utf-16"),
    "binary.txt": (bytes(range(256)) * 40, "is a binary file"),
    "empty.txt": (b"   \n", "is empty"),
    "no-article.html": (b"<html><body><nav>a</nav></body></html>", "no article text"),
}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("bad-inputs")
    for name, (data, _) in CORPUS.items():
        (folder / name).write_bytes(data)
    with open(folder / "huge.txt", "wb") as f:  # 6 GB, sparse: refused by its size, never read
        f.truncate(6 * 2**30)
    (folder / "loop.txt").symlink_to("loop.txt")
    return folder


@pytest.fixture(scope="module")
def ingested(corpus: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[object, Path]:
    from click.testing import CliRunner

    from kgraph.cli import main

    store = tmp_path_factory.mktemp("bad-store") / "kg.store"
    start = time.monotonic()
    res = CliRunner().invoke(main, ["ingest", "-q", "--store", str(store), str(corpus)], catch_exceptions=False)
    res.elapsed = time.monotonic() - start  # type: ignore[attr-defined]
    return res, store


def skipped(res: object, name: str) -> str:
    lines = [ln for ln in res.stderr.splitlines() if f"/{name}:" in ln]  # type: ignore[attr-defined]
    return lines[0] if lines else ""


@pytest.mark.parametrize("name", sorted(CORPUS))
def test_each_bad_file_gets_its_message_and_the_rest_is_stored(ingested: tuple[object, Path], name: str) -> None:
    res, _ = ingested
    expected = CORPUS[name][1]
    assert res.exit_code == 1  # type: ignore[attr-defined]
    if expected is None:
        assert skipped(res, name) == ""
    else:
        assert expected in skipped(res, name), res.stderr  # type: ignore[attr-defined]
    assert "Traceback" not in res.output  # type: ignore[attr-defined]


def test_every_good_file_of_the_folder_was_stored(ingested: tuple[object, Path]) -> None:
    res, _ = ingested
    good = sum(1 for v in CORPUS.values() if v[1] is None)
    assert f"stored {good} article(s)" in res.stdout  # type: ignore[attr-defined]


def test_a_huge_file_is_refused_by_its_size_without_being_read(ingested: tuple[object, Path]) -> None:
    res, _ = ingested
    assert "6442.5 MB, larger than the 5 MB" in skipped(res, "huge.txt")
    assert res.elapsed < 120  # type: ignore[attr-defined]  # reading 6 GB would take far longer (or fail)


def test_a_link_loop_in_a_folder_is_reported(ingested: tuple[object, Path]) -> None:
    res, _ = ingested
    assert "a broken symbolic link or a link loop" in skipped(res, "loop.txt")


def test_a_yaml_timestamp_is_read_as_the_date_and_facts_are_kept(cli, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("extract", "--format", "json", str(corpus / "published-timestamp.md"))
    assert res.exit_code == 0, res.output
    reading = json.loads(res.stdout)
    assert reading["article"]["published"] == "2024-10-30"
    assert len(reading["facts"]) > 0


def test_a_utf16_file_with_a_bom_is_read(cli, corpus: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("extract", "--format", "json", str(corpus / "utf16-bom.txt"))
    assert res.exit_code == 0, res.output
    assert len(json.loads(res.stdout)["facts"]) > 0


# -- command line ---------------------------------------------------------------------------------------
def test_an_argument_that_is_not_utf8_is_named(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    cp949 = "광명시".encode("cp949").decode("utf-8", "surrogateescape")  # what Python makes of CP949 argv
    res = cli("partners", cp949, "--store", str(shipped_store))
    assert res.exit_code == 2
    assert "not valid UTF-8" in res.stderr and "'광명시'" in res.stderr and "LANG" in res.stderr


@pytest.mark.parametrize("where", ["missing-folder/out.html", "a-file/out.html"])
def test_render_into_an_impossible_folder(cli, shipped_store: Path, tmp_path: Path, where: str) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "a-file").write_text("x", encoding="utf-8")
    res = cli("render", "-o", str(tmp_path / where), "--store", str(shipped_store))
    assert res.exit_code == 2
    assert "does not exist" in res.stderr and "-o FILE.html" in res.stderr


def test_export_into_an_impossible_folder(cli, shipped_store: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("export", "--format", "csv", "-o", str(tmp_path / "no" / "ties.csv"), "--store", str(shipped_store))
    assert res.exit_code != 0
    assert "Error:" in res.stderr and "Traceback" not in res.output


def test_a_store_folder_that_cannot_be_created(cli, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    (tmp_path / "file").write_text("x", encoding="utf-8")
    res = cli("query", "ASK {}", "--store", str(tmp_path / "file" / "store"))
    assert res.exit_code == 1
    assert "cannot create the store folder" in res.stderr and "--store" in res.stderr


def test_a_deeply_nested_query_is_refused_before_it_crashes(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    deep = "SELECT * WHERE " + "{ " * 5000 + "?s ?p ?o " + "} " * 5000
    res = cli("query", deep, "--store", str(shipped_store))
    assert res.exit_code != 0
    assert "5000 levels deep" in res.stderr and "out of memory" not in res.stderr


def test_a_crashed_worker_is_not_called_out_of_memory() -> None:
    from kgraph.query.runner import worker_death

    assert "nesting too deeply" in worker_death(-11)
    assert "nesting too deeply" in worker_death(-6, "thread 'main' has overflowed its stack\nfatal runtime error")
    assert "out of memory" in worker_death(-6, "memory allocation of 8589934592 bytes failed")
    assert "out of memory" in worker_death(-9)


def test_an_unknown_prefix_is_named_first_and_briefly(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("query", "SELECT * WHERE { ?s foo:bar ?o }", "--store", str(shipped_store))
    assert res.exit_code != 0
    assert res.stderr.startswith("Error: unknown prefix foo: at line 1")
    assert len(res.stderr) < 300


def test_a_huge_parameter_is_not_echoed_whole(cli, shipped_store: Path) -> None:  # type: ignore[no-untyped-def]
    res = cli("partners", "x" * 100_000, "--store", str(shipped_store))
    assert res.exit_code != 0
    assert "characters cut" in res.stderr and len(res.stderr) < 3000


def test_render_query_has_the_timeout_its_message_names(cli, shipped_store: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    rq = tmp_path / "slow.rq"
    rq.write_text("CONSTRUCT { ?a ?b ?c } WHERE { ?a ?b ?c . ?d ?e ?f . ?g ?h ?i }", encoding="utf-8")
    res = cli("render", "--query", str(rq), "--timeout", "0.5", "-o", str(tmp_path / "q.html"),
              "--store", str(shipped_store))
    assert res.exit_code == 1
    assert "--timeout" in res.stderr


def test_an_interruption_does_not_claim_nothing_was_kept(cli, monkeypatch: pytest.MonkeyPatch) -> None:  # type: ignore[no-untyped-def]
    def interrupted(*args: object, **kwargs: object) -> None:
        raise KeyboardInterrupt

    monkeypatch.setattr(KnowledgeGraph, "open", interrupted)
    res = cli("info")
    assert res.exit_code == 130
    assert "nothing half-written" not in res.stderr and "is kept" in res.stderr


def test_no_traceback_for_any_input_of_the_corpus_one_by_one(cli, corpus: Path, tmp_path: Path) -> None:  # type: ignore[no-untyped-def]
    for f in sorted(corpus.iterdir()):
        res = cli("extract", str(f))
        expected = CORPUS.get(f.name, (b"", "x"))[1]
        assert res.exit_code == (0 if expected is None else 1), (f.name, res.output)
        assert "Traceback" not in res.output
