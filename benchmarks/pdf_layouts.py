"""How well facts survive typesetting: each corpus document of a split is typeset as a PDF in
every layout of tests/fixtures/typeset.py (one, two, three columns, two columns with a
full-width table), read back, and its facts (value, kind, area name, period value of each
statistic) compared with those of the text version.

    python benchmarks/pdf_layouts.py --split dev [--layouts two-column,three-column] [--variants justified,a4|all]
    python benchmarks/pdf_layouts.py --folder DIR ...   (every DIR/*.txt instead of a split)

``--variants`` sets the same layouts in other ways (justified, A4, narrow columns, other faces;
see VARIANTS in tests/fixtures/typeset.py), one line per layout and variant; ``--layouts`` may
name ``two-then-one`` too.

Prints, per layout, aggregates only (never a document's text or its own errors, so the held-out
test split can be measured without being looked at):

- numbers reproduced: share of the text version's statistics whose (value, kind) the PDF has;
- same area and period: share whose whole fact the PDF has;
- extra numbers: PDF statistics with no (value, kind) counterpart in the text version.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def split_paths(split: str) -> list[Path]:
    splits = json.loads((ROOT / "corpus" / "splits.json").read_text(encoding="utf-8"))
    names = splits["dev"] + splits["test"] if split == "all" else splits[split]
    return [ROOT / "corpus" / "docs" / f"{name}.txt" for name in names]


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--split", choices=("dev", "test", "all"), default="dev")
    ap.add_argument("--folder", type=Path, default=None,
                    help="measure every .txt file of this folder (paragraphs separated by blank lines) "
                         "instead of a split")
    ap.add_argument("--layouts", default=None, help="comma-separated; default all")
    ap.add_argument("--variants", default="default", help="comma-separated names, or 'all'; default: default")
    args = ap.parse_args()
    sys.path.insert(0, str(ROOT / "tests"))
    from fixtures.typeset import LAYOUTS, VARIANTS, Match, facts, pdf_facts

    import extractor

    layouts = args.layouts.split(",") if args.layouts else list(LAYOUTS)
    variants = list(VARIANTS) if args.variants == "all" else args.variants.split(",")
    ex = extractor.load()
    paths = sorted(args.folder.glob("*.txt")) if args.folder else split_paths(args.split)
    if not paths:
        ap.error(f"no .txt files in {args.folder}")
    want = {p: facts(ex.extract_file(p)) for p in paths}
    name = f"{args.folder}:" if args.folder else f"{args.split} split:"
    print(f"{name} {len(paths)} documents, {sum(sum(w.values()) for w in want.values())} statistics "
          "in the text versions")
    print(f"{'layout':<20} {'variant':<17} {'numbers':>8} {'same area+period':>17} {'extra':>6}  time")
    with tempfile.TemporaryDirectory() as tmp:
        for variant in variants:
            for layout in layouts:
                t0 = time.perf_counter()
                match = Match()
                for p in paths:
                    match.add(want[p], pdf_facts(ex, p, layout, Path(tmp), variant))
                numbers, same, extra = match.figures()
                print(f"{layout:<20} {variant:<17} {numbers:8.3f} {same:17.3f} {extra:6d}  "
                      f"{time.perf_counter() - t0:.1f} s", flush=True)


if __name__ == "__main__":
    main()
