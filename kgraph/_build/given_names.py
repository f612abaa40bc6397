"""Write ``kgraph/names/data/given_names_en.tsv`` and ``surnames_en.tsv``: the given names and surnames of
English-language news (a build-time script).

Run ``python -m kgraph._build.given_names`` (``--check`` compares instead of writing). It needs the build-time
package ``names`` (MIT), which ships the US Census Bureau's 1990 frequency lists of first names and surnames
(public-domain facts). Every male and female first name the census counts at 0.001 % of people or more is kept,
and every surname it lists, written in title case, except the names that are also everyday English words or
places a capitalised phrase often holds (``May``, ``Hope``, ``China``: :data:`NOT_GIVEN`; ``Place``, ``Valley``,
``Bay``: :data:`NOT_SURNAME`). The English reader uses the tables to tell a person's untitled name (``Rita Moss``)
from a firm's, a site's or a place's (``Volvo Cars``, ``Douglas Drive``, ``Lake Vattern``).

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


#: the surnames table
OUT_SURNAMES = OUT.with_name("surnames_en.tsv")
#: surnames that are also everyday words of places, sites, things and works: a name ending in one is seldom a person's
NOT_SURNAME = frozenset("""Place Quay High Valley Bay Springs Spring Pan Magic Bear Park Hall Street Lake River Church
Castle Island Beach Bridge Square Gardens Garden Mill Port Fort Point Cross Gate Lane Road Way Court Tower Towers Hills
Mount Mountain Falls Rock Rocks Bank Harbour Harbor Center Centre Station College School Academy House Home Farm Manor
Temple Chapel Abbey Hospital Clinic Hotel Inn Market Town City Village County State Land Lands North South East West
Christmas Easter Day Night Week Year Cup Trophy Award Prize Medal Fund Foundation Trust Club Society Band Choir Company
Group Holdings Motors Air Water Fire Light Star Sun Moon Sky Snow Rain Winter Summer Autumn Gold Silver Love Joy Hope
Faith Grace Peace Power Energy Ball Book Books""".split())


def surnames(package_dir: Path) -> list[str]:
    """The surnames of the census list in ``package_dir`` (``dist.all.last``), title-cased.

    >>> import tempfile
    >>> d = Path(tempfile.mkdtemp())
    >>> _ = (d / "dist.all.last").write_text("SMITH 1.006 1.006 1\\nPLACE 0.001 50.0 4438\\nOMDAHL 0.0 90.0 61448\\n")
    >>> surnames(d)
    ['Omdahl', 'Smith']
    """
    out: set[str] = set()
    for line in (package_dir / "dist.all.last").read_text(encoding="ascii").splitlines():
        fields = line.split()
        if fields:
            word = fields[0].capitalize()
            if word not in NOT_SURNAME:
                out.add(word)
    return sorted(out)


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

    package = Path(names.__file__).resolve().parent
    status = 0
    for out, rows in ((OUT, given_names(package)), (OUT_SURNAMES, surnames(package))):
        text = "name\n" + "".join(n + "\n" for n in rows)
        if args.check:
            same = out.exists() and out.read_text(encoding="utf-8") == text
            print(f"{out.name}: {'up to date' if same else 'differs; run python -m kgraph._build.given_names'}")
            status |= 0 if same else 1
        else:
            atomic_write_text(out, text)
            print(f"wrote {out} ({len(rows)} names)")
    return status


if __name__ == "__main__":
    sys.exit(main())
