"""Types and lint: mypy (strict on kgraph/) and ruff are configured, CI runs both before the tests, and
every ``type: ignore`` left in kgraph/ names its error codes and says why."""
from __future__ import annotations

import re
import tomllib
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PYPROJECT = REPO / "pyproject.toml"

#: ``# type: ignore[code, code]  # why`` and nothing less
IGNORE_WITH_REASON = re.compile(r"#\s*type:\s*ignore\[[a-z][a-z-]*(?:,\s*[a-z][a-z-]*)*\]  # \S")


def config() -> dict:
    return tomllib.loads(PYPROJECT.read_text(encoding="utf-8"))


def test_mypy_is_strict_on_kgraph() -> None:
    mypy = config()["tool"]["mypy"]
    assert mypy["strict"] is True
    assert "kgraph" in mypy.get("packages", []) + mypy.get("files", [])
    assert not mypy.get("ignore_missing_imports", False), "only per third-party module, never for all"
    for override in mypy.get("overrides", []):
        modules = override["module"] if isinstance(override["module"], list) else [override["module"]]
        assert not any(m == "kgraph" or m.startswith("kgraph.") for m in modules), "kgraph/ is checked strictly"
        assert set(override) <= {"module", "ignore_missing_imports"}, override


def test_ruff_is_configured() -> None:
    cfg = config()
    ruff = cfg["tool"]["ruff"]
    minimum = re.search(r">=\s*3\.(\d+)", cfg["project"]["requires-python"])
    assert minimum and ruff["target-version"] == f"py3{minimum.group(1)}"
    assert isinstance(ruff["line-length"], int)
    assert {"E", "F", "W", "I", "UP", "B", "SIM", "RUF"} <= set(ruff["lint"]["select"])


def test_every_ignored_lint_rule_says_why() -> None:
    text = PYPROJECT.read_text(encoding="utf-8")
    block = re.search(r"^\[tool\.ruff\.lint\]\n(.*?)^\[", text, re.MULTILINE | re.DOTALL)
    assert block is not None
    ignore = re.search(r"^ignore = \[\n(.*?)^\]", block.group(1), re.MULTILINE | re.DOTALL)
    rules = config()["tool"]["ruff"]["lint"].get("ignore", [])
    if rules:
        assert ignore is not None
        lines = [line for line in ignore.group(1).splitlines() if line.strip()]
        assert len(lines) == len(rules)
        assert all(re.fullmatch(r'\s*"[A-Z]+\d+",\s+# \S.*', line) for line in lines), lines


def test_the_checkers_are_test_tools_with_lower_bounds() -> None:
    extra = config()["project"]["optional-dependencies"]["test"]
    for tool in ("mypy", "ruff"):
        assert any(re.fullmatch(rf"{tool}>=[\d.]+", dep) for dep in extra), tool


def test_ci_checks_types_and_lint_before_the_tests() -> None:
    lines = [line.strip() for line in (REPO / ".ci" / "run").read_text(encoding="utf-8").splitlines()
             if line.strip() and not line.lstrip().startswith("#")]
    install = next(i for i, line in enumerate(lines) if "pip install" in line and ".[test]" in line)
    mypy = next(i for i, line in enumerate(lines) if re.fullmatch(r"python3? -m mypy", line))
    ruff = next(i for i, line in enumerate(lines) if re.fullmatch(r"(python3? -m )?ruff check kgraph( tests)?", line))
    tests = next(i for i, line in enumerate(lines) if "pytest" in line)
    assert install < mypy < tests and install < ruff < tests


def test_the_check_commands_are_documented() -> None:
    text = (REPO / "docs" / "architecture.md").read_text(encoding="utf-8")
    assert "python -m mypy" in text and "ruff check kgraph tests" in text


def type_ignores() -> list[tuple[str, int, str]]:
    found = []
    for path in sorted((REPO / "kgraph").rglob("*.py")):
        for n, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
            if re.search(r"type:\s*ignore", line):
                found.append((str(path.relative_to(REPO)), n, line.strip()))
    return found


def test_every_type_ignore_names_its_codes_and_a_reason() -> None:
    bare = [f"{f}:{n}: {line}" for f, n, line in type_ignores() if not IGNORE_WITH_REASON.search(line)]
    assert not bare, "\n".join(bare)


def test_the_reason_pattern_tells_bare_ignores_from_explained_ones() -> None:
    assert IGNORE_WITH_REASON.search("x = f()  # type: ignore[arg-type]  # rdflib takes an identifier too")
    assert IGNORE_WITH_REASON.search("x = f()  # type: ignore[arg-type,index]  # IRIs")
    assert not IGNORE_WITH_REASON.search("x = f()  # type: ignore[arg-type]")
    assert not IGNORE_WITH_REASON.search("x = f()  # type: ignore")
    assert not IGNORE_WITH_REASON.search("x = f()  # type: ignore  # no codes")
