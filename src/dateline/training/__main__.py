"""Fit every shipped model from the public training splits: ``python -m dateline.training``.

    python -m dateline.training [--data ../shared/train] [--out src/dateline/analyze/models] [--seed 0]

Each trainer cross-validates on its training split, prints its figures and writes its weights (the
model cards beside them, models/*.md, record the figures and the data's licence); the same data,
code and seed write the same bytes. Never reads ../shared/eval/.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from . import checkworthy, persuasion

ROOT = Path(__file__).resolve().parents[3]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--data", type=Path, default=ROOT.parent / "shared" / "train")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "dateline" / "analyze" / "models")
    parser.add_argument("--seed", type=int, default=0)
    options = parser.parse_args()
    if not options.data.is_dir():
        raise SystemExit(f"{options.data}: no training data there (the public splits live in ../shared/train)")
    for trainer in (checkworthy, persuasion):
        print(f"== {trainer.__name__}", flush=True)
        trainer.train(options.data, options.out, seed=options.seed)


if __name__ == "__main__":
    main()
