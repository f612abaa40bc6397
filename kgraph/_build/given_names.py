"""Write ``kgraph/names/data/given_names_en.tsv``: common given names of English-language news (a build-time script).

Run ``python -m kgraph._build.given_names`` (``--check`` compares instead of writing). It needs the build-time
package ``names`` (MIT), which ships the US Census Bureau's 1990 frequency lists of first names (public-domain
facts). Every male and female first name the census counts at 0.001 % of people or more is kept, written in
title case, except the names that are also everyday English words or places a capitalised phrase often starts
with (``May``, ``Hope``, ``Grace``, ``China``: :data:`NOT_GIVEN`). The English reader uses the table to tell a
person's untitled name (``Rita Moss``) from a firm's or a place's (``Volvo Cars``, ``Lake Vattern``).

Output is deterministic (sorted rows, no timestamps).
"""
from __future__ import annotations

import argparse
import sys
from pathlib import Path

from ..atomic import atomic_write_text

#: the output table
OUT = Path(__file__).resolve().parents[1] / "names" / "data" / "given_names_en.tsv"
#: the census's share (in per cent) below which a name is too rare to tell anything
MIN_SHARE = 0.001
#: given names that are also everyday words, months, days or places: a capitalised phrase opened by one is seldom a
#: person's name
NOT_GIVEN = frozenset("""April August June May Hope Joy Grace Glory Star King Prince Easter Sunny Summer Winter Autumn
Spring China Paris Victoria Florence Georgia Carolina Virginia Dakota Austin Lincoln Jackson Madison Washington Kent
Chester Orange Rose Lily Iris Ivy Holly Pearl Ruby Crystal Amber Jade Coral Dawn Faith Charity Mercy Honor Patience Will
Bill Mark Art Guy Sterling Major General Royal Young Long Early Rich Sharp Rocky Dusty Stormy Sky Bay Lake Forest Wood
Green Brown White Gray Grey Black Golden Silver Sunday Monday Tuesday Wednesday Thursday Friday Saturday Christian
Catholic Ma My In On At By Le La De Du Di Da El Al Van Von Del San Santa St""".split())


def given_names(package_dir: Path) -> list[str]:
    """The given names of the census lists in ``package_dir`` (``dist.male.first``, ``dist.female.first``), title-cased.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "dist.male.first").write_text("JAMES          3.318  3.318      1\\nMAY 0.029 1.0 2\\n")
    >>> _ = (d / "dist.female.first").write_text("RITA 0.204 43.908 104\\nZELDA 0.0005 99.0 4000\\n")
    >>> given_names(d)
    ['James', 'Rita']
    """
    out: set[str] = set()
    for name in ("dist.male.first", "dist.female.first"):
        for line in (package_dir / name).read_text(encoding="ascii").splitlines():
            fields = line.split()
            if len(fields) >= 2 and float(fields[1]) >= MIN_SHARE:
                word = fields[0].capitalize()
                if word not in NOT_GIVEN:
                    out.add(word)
    return sorted(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--check", action="store_true", help="compare with the shipped table instead of writing it")
    args = ap.parse_args(argv)
    import names  # the build-time package with the census lists

    text = "name\n" + "".join(n + "\n" for n in given_names(Path(names.__file__).resolve().parent))
    if args.check:
        same = OUT.exists() and OUT.read_text(encoding="utf-8") == text
        print(f"{OUT.name}: {'up to date' if same else 'differs; run python -m kgraph._build.given_names'}")
        return 0 if same else 1
    atomic_write_text(OUT, text)
    print(f"wrote {OUT} ({text.count(chr(10)) - 1} names)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
