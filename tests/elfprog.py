"""A small C program built for the user-symbol tests, and binutils' view of its
symbols to check ours against (test_ustack.py, test_usymtab.py)."""

from __future__ import annotations

import subprocess
from pathlib import Path

# noinline so that each function keeps its own symbol and frame at -O1/-O2.
CALL_CHAIN_SRC = r'''
__attribute__((noinline)) int leafy(int x) { return x * 3 + 1; }
__attribute__((noinline)) int middle(int x) { return leafy(x) + 2; }
int main(int argc, char **argv) { return middle(argc); }
'''


def build_program(directory: Path, src: str, flags: tuple[str, ...] = ("-O1",)) -> Path:
    """Compile `src` with gcc into `directory`/prog and return its path."""
    (directory / "p.c").write_text(src)
    subprocess.run(["gcc", *flags, "-o", str(directory / "prog"), str(directory / "p.c")], check=True)
    return directory / "prog"


def nm_text_symbols(path: Path) -> dict[str, tuple[int, int]]:
    """name -> (value, size) of the defined text symbols as `nm -S` lists them;
    a symbol nm prints without a size (hand-written assembly) has size 0."""
    out = subprocess.run(["nm", "-S", "--defined-only", str(path)], capture_output=True, text=True).stdout
    syms = {}
    for line in out.splitlines():
        parts = line.split()
        if len(parts) == 4 and parts[2] in "tT":
            syms[parts[3]] = (int(parts[0], 16), int(parts[1], 16))
        elif len(parts) == 3 and parts[1] in "tT":
            syms[parts[2]] = (int(parts[0], 16), 0)
    return syms
