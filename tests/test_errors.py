"""The exception tree (kgraph.errors): every error kgraph raises on purpose is a KgraphError, the
errors of exporting, extracting and validating among them, and the CLI words each with its fix."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from kgraph import errors
from kgraph.errors import (
    ExportError,
    ExtractionError,
    KgraphError,
    ShapesViolated,
    ValidationFailed,
    ValidationNotRun,
)

ARTICLE = "광명시는 5일 독일 오스나브뤼크시와 자매결연 30주년 기념식을 열었다.\n"
#: shapes that parse but cannot be run: the SPARQL of a constraint does not parse
BROKEN_SHAPES = """@prefix sh: <http://www.w3.org/ns/shacl#> .
@prefix schema: <https://schema.org/> .
<https://example.org/S> a sh:NodeShape ; sh:targetClass schema:City ;
    sh:sparql [ sh:select "SELECT $this WHERE { this is not sparql" ] .
"""


def test_the_tree() -> None:
    for cls in (ExportError, ExtractionError, ValidationFailed, ShapesViolated, ValidationNotRun):
        assert issubclass(cls, KgraphError) and cls.__name__ in errors.__all__
        assert cls.__module__ == "kgraph.errors"
    # one name for each meaning of "validation failed"; catching the old name still catches both
    assert issubclass(ShapesViolated, ValidationFailed) and issubclass(ValidationNotRun, ValidationFailed)
    assert not issubclass(ShapesViolated, ValidationNotRun) and not issubclass(ValidationNotRun, ShapesViolated)


def test_export_error_is_still_importable_from_export() -> None:
    from kgraph.export import ExportError as FromExport

    assert FromExport is ExportError


def test_an_export_that_cannot_be_written(shipped_kg: Any, tmp_path: Path, cli: Any,
                                          monkeypatch: pytest.MonkeyPatch) -> None:
    import errno

    from kgraph import export as export_mod

    target = tmp_path / "out.nq"
    target.mkdir()  # a folder where the file should go: the finished file cannot be moved into place
    with pytest.raises(ExportError, match="check the path and free space"):
        export_mod.export(shipped_kg, target)

    def full_disk(*args: object, **kwargs: object) -> None:
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(export_mod, "_write_rdf", full_disk)
    r = cli("export", "-o", str(tmp_path / "whole.nq"))
    assert r.exit_code == 1
    assert "Error: could not write" in r.stderr and "No space left on device; check the path and free space" in r.stderr


def test_shapes_that_cannot_run_are_not_violations(tmp_path: Path, cli: Any) -> None:
    from kgraph.graph import KnowledgeGraph
    from kgraph.validate import validate

    shapes = tmp_path / "shapes.ttl"
    shapes.write_text(BROKEN_SHAPES, encoding="utf-8")
    with pytest.raises(ValidationNotRun, match="check the shapes file"):
        validate(KnowledgeGraph.shipped(), shapes=shapes)
    data = Path(__file__).resolve().parents[1] / "data" / "cities.ttl"
    r = cli("validate", "--file", str(data), "--shapes", str(shapes))
    assert r.exit_code == 1 and "the shapes could not be run" in r.stderr and "check the shapes file" in r.stderr


def test_violations_are_shapes_violated(tmp_path: Path) -> None:
    from kgraph.cli.analyse import validate as command

    bad = tmp_path / "bad.ttl"
    bad.write_text('<https://w3id.org/kgraph/id/city/kr/x> a <https://schema.org/City> .\n', encoding="utf-8")
    with pytest.raises(ShapesViolated, match="fix the nodes named above"):
        command.callback(file=bad, shapes=None, limit=5, store=None)


def test_a_failing_reading_rule_is_an_extraction_error(tmp_path: Path, shipped_kg: Any, cli: Any,
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    from kgraph.extract.pipeline import Extractor
    from kgraph.ingest import explain_file, extract_file

    art = tmp_path / "a.txt"
    art.write_text(ARTICLE, encoding="utf-8")
    assert extract_file(art, kg=shipped_kg).entities  # the article itself reads

    def broken(self: Extractor, article: object) -> None:
        raise ValueError("a rule tripped")

    monkeypatch.setattr(Extractor, "read", broken)
    with pytest.raises(ExtractionError, match="please report it with the article") as caught:
        extract_file(art, kg=shipped_kg)
    assert str(art) in str(caught.value) and isinstance(caught.value.__cause__, ValueError)
    with pytest.raises(ExtractionError, match="ValueError: a rule tripped"):
        explain_file(art, kg=shipped_kg)
    r = cli("extract", str(art))
    assert r.exit_code == 1 and "Error: " in r.stderr and "please report it" in r.stderr


def test_read_errors_stay_read_errors(tmp_path: Path, shipped_kg: Any) -> None:
    from kgraph.ingest import extract_file

    empty = tmp_path / "empty.txt"
    empty.write_text("", encoding="utf-8")
    with pytest.raises(errors.ReadError):
        extract_file(empty, kg=shipped_kg)
