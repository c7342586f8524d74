"""Fuzz wireclean with atheris (libFuzzer, coverage-guided): ``pip install atheris``.

    python fuzz/fuzz_atheris.py -atheris_runs=200000 -max_len=65536 fuzz/corpus

Seeds come from ``fixtures/golden`` and ``fixtures/regressions`` when the corpus
folder is empty. A crash is written to ``fixtures/regressions/`` as well as to
libFuzzer's ``crash-*`` file.
"""

from __future__ import annotations

import sys
from pathlib import Path

import atheris

if __package__ in (None, ""):  # run as a script: make "fuzz" importable
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

with atheris.instrument_imports():
    import wireclean  # noqa: F401  (instrumented for coverage)
    from fuzz.harness import check, save_crash


def one_input(data: bytes) -> None:
    try:
        check(data)
    except Exception:
        save_crash(data)
        raise


def main() -> None:
    argv = list(sys.argv)
    corpus = next((Path(a) for a in argv[1:] if not a.startswith("-")), None)
    if corpus is not None:
        corpus.mkdir(parents=True, exist_ok=True)
        if not any(corpus.iterdir()):
            root = Path(__file__).resolve().parent.parent / "fixtures"
            for seed in [*root.glob("golden/*.txt"), *root.glob("regressions/*.bin")]:
                (corpus / seed.name).write_bytes(seed.read_bytes())
    atheris.Setup(argv, one_input)
    atheris.Fuzz()


if __name__ == "__main__":
    main()
