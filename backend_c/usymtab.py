"""Symbol tables of user files, embedded in the module for stap's usymname(),
usymdata() and umodname() used as values (joined, stored, compared).

stap builds such tables into its module for the user files it knows: the
files of `process("PATH")` probes, each `-d PATH`, with `--ldd` the shared
libraries those need, and the program `-c CMD` runs. xtrace does the same: for
each file, the function symbols (.symtab, else .dynsym, chosen as the driver
chooses them when it names addresses itself: runtime/ustack.ElfSymbols) as
(file offset, size, name) rows sorted by offset, so the module finds a symbol
from the address's offset into the file it is mapped from, with no ELF
arithmetic in the kernel. runtime/xt_usym.h reads them.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path
from typing import Iterable, Optional

from xtrace.ir.elfsyms import is_elf

from .cstr import c_string

# A file's table is capped so a huge binary cannot make the module unbuildable.
MAX_SYMBOLS = 200_000
MAX_NAME = 255  # longer names (C++) are cut, as stap's MAXSTRINGLEN would cut them anyway


@dataclass(frozen=True)
class SymTable:
    """One file's rows: (file offset, size, name), sorted by offset."""

    path: str
    rows: tuple[tuple[int, int, str], ...]


def symbol_table(path: str) -> Optional[SymTable]:
    """The table of the ELF file at `path` (absolute), None when it is not ELF."""
    from xtrace.runtime.ustack import elf_symbols
    syms = elf_symbols(path)
    if syms is None:
        return None
    rows = []
    for off, size, name in syms.spans()[:MAX_SYMBOLS]:
        name = name.lstrip(".")[:MAX_NAME]  # stap drops a leading '.'
        if name and 0 < size < 1 << 32:
            rows.append((off, size, name))
    return SymTable(path, tuple(rows))


def needed_libraries(path: str, seen: Optional[set[str]] = None) -> list[str]:
    """stap --ldd: the shared libraries `path` needs (DT_NEEDED), and theirs,
    found in the standard library directories, each once, in discovery order."""
    from elftools.common.exceptions import ELFError
    from elftools.elf.dynamic import DynamicSection
    from elftools.elf.elffile import ELFFile

    from xtrace.ir.elfsyms import find_library
    seen = set() if seen is None else seen
    out: list[str] = []
    try:
        with open(path, "rb") as f:
            names = [t.needed for sec in ELFFile(f).iter_sections() if isinstance(sec, DynamicSection)
                     for t in sec.iter_tags() if t.entry.d_tag == "DT_NEEDED"]
    except (OSError, ELFError):
        return out
    for name in names:
        lib = find_library(name)
        if lib and lib not in seen:
            seen.add(lib)
            out.append(lib)
            out += needed_libraries(lib, seen)
    return out


def known_files(binaries: Iterable[str], extra: Iterable[str], ldd: bool) -> list[str]:
    """The files the module gets tables of: the probed `binaries`, the `extra` ones
    (-d, the -c program), with --ldd their libraries; absolute, symlinks
    resolved, each once, non-ELF files left out."""
    out: list[str] = []
    for p in list(binaries) + list(extra):
        if not p:
            continue
        real = str(Path(p).resolve())
        if real not in out and is_elf(real):
            out.append(real)
    if ldd:
        seen = set(out)
        for p in list(out):
            out += needed_libraries(p, seen)
    return out


def mm_lock_seqcount(headers: Path) -> bool:
    """Whether the kernel at `headers` (a kbuild dir) counts mmap_lock's write
    sections in a seqcount (mm_struct.mm_lock_seq a seqcount_t: 6.13 on, and
    Debian's 6.12), which runtime/xt_usym.h's lock-free lookup relies on."""
    import re

    from xtrace.ir.tracepoints import event_headers_root
    for root in (headers, event_headers_root(headers)):
        if root is None:
            continue
        f = Path(root) / "include/linux/mm_types.h"
        if f.is_file():
            return re.search(r"\bseqcount_t\s+mm_lock_seq\s*;", f.read_text(errors="replace")) is not None
    return False


def emit_c(tables: list[SymTable]) -> str:
    """The C definitions runtime/xt_usym.h expects: per file a row array and one
    string of NUL-separated names, then xt_ufiles[] naming them."""
    parts: list[str] = []
    for i, t in enumerate(tables):
        blob, offs = bytearray(), []
        for _, _, name in t.rows:
            offs.append(len(blob))
            blob += name.encode("utf-8", "replace") + b"\0"
        parts.append(f"static const struct xt_usym xt_usyms_{i}[] = {{")
        parts += [f"\t{{ {off:#x}ULL, {size:#x}U, {o}U }}," for (off, size, _), o in zip(t.rows, offs)]
        if not t.rows:
            parts.append("\t{ 0, 0, 0 },")
        parts.append("};")
        parts.append(f"static const char xt_usnames_{i}[] =")
        chunks = [bytes(blob[k:k + 96]) for k in range(0, len(blob), 96)] or [b""]
        parts += [f"\t{c_string(c)}" for c in chunks]
        parts.append(";")
    parts.append(f"#define XT_NUFILES {len(tables)}")
    parts.append("static struct xt_ufile xt_ufiles[XT_NUFILES] = {")
    for i, t in enumerate(tables):
        parts.append(f"\t{{ {c_string(t.path)}, {c_string(os.path.basename(t.path))}, xt_usyms_{i}, "
                     f"{len(t.rows)}, xt_usnames_{i} }},")
    parts.append("};")
    return "\n".join(parts) + "\n"
