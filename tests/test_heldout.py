"""Extraction quality on our own invented articles (tests/fixtures/heldout*), scored by the shared scorer.

These sets were written by people who had not seen the extractor, to measure how it generalises.
The floors are below the measured figures (see the README) so that a change that makes reading
worse fails here. Skipped when ../shared/tools/score.py is absent.
"""
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
SCORER = ROOT.parent / "shared" / "tools" / "score.py"
FLOOR = 0.7


@pytest.mark.skipif(not SCORER.exists(), reason="../shared/tools/score.py absent")
@pytest.mark.parametrize("folder", ["heldout", "heldout2", "scraped"])
def test_heldout_f1_floor(folder: str) -> None:
    proc = subprocess.run([sys.executable, str(SCORER), str(ROOT / "tests" / "fixtures" / folder),
                           "--kgraph", f"{sys.executable} -m kgraph"], capture_output=True, text=True, timeout=900)
    assert proc.returncode == 0, proc.stderr[-2000:]
    scores = {k: float(v) for k, v in re.findall(r"(\w+)=([\d.]+)", proc.stdout.strip().splitlines()[-1])}
    assert len(scores) == 7 and min(scores.values()) >= FLOOR, proc.stdout
