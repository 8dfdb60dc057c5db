"""Function symbols of a user-space ELF file, as uprobe offsets (pyelftools).

A uprobe is placed at a file offset of an inode, so each function's symbol
value (a virtual address) is turned into the offset of that byte in the file
through the PT_LOAD segment that maps it.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path



class ElfSymbolError(Exception):
    """The file cannot be read as an ELF file with function symbols."""


def _file_offset(segments: list[tuple[int, int, int]], vaddr: int) -> int | None:
    for p_vaddr, p_filesz, p_offset in segments:
        if p_vaddr <= vaddr < p_vaddr + p_filesz:
            return vaddr - p_vaddr + p_offset
    return None


def load_segments(elf) -> list[tuple[int, int, int]]:
    """(vaddr, filesz, offset) of each PT_LOAD segment of a pyelftools ELFFile."""
    return [(s["p_vaddr"], s["p_filesz"], s["p_offset"]) for s in elf.iter_segments()
            if s["p_type"] == "PT_LOAD"]


def defined_symbols(elf):
    """The named symbols an ELFFile defines, .symtab's first, then .dynsym's."""
    for name in (".symtab", ".dynsym"):
        table = elf.get_section_by_name(name)
        if table is None or not hasattr(table, "iter_symbols"):
            continue
        for sym in table.iter_symbols():
            if sym.name and sym["st_shndx"] != "SHN_UNDEF":
                yield sym


def file_key(path: "str | Path") -> tuple[str, int]:
    """(resolved path, mtime) of `path`: what the per-file caches are keyed on,
    so that a rebuilt program is read again."""
    p = Path(path)
    try:
        st = p.stat()
    except OSError as ex:
        raise ElfSymbolError(f"{path}: {ex.strerror}") from None
    return str(p.resolve()), st.st_mtime_ns


@dataclass(frozen=True)
class FuncSym:
    """One function symbol: its name (version suffix dropped), the file offset of its
    first instruction, its size and binding (STB_GLOBAL, STB_WEAK, STB_LOCAL)."""

    name: str
    offset: int
    size: int
    bind: str


@lru_cache(maxsize=32)
def _function_symbols(path: str, mtime_ns: int) -> tuple[FuncSym, ...]:
    # pyelftools is imported by the first user-space probe: ~40 ms every start otherwise.
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile
    try:
        with open(path, "rb") as f:
            elf = ELFFile(f)
            segments = load_segments(elf)
            out: dict[tuple[str, int], FuncSym] = {}
            for sym in defined_symbols(elf):
                if sym["st_info"]["type"] != "STT_FUNC" or not sym["st_value"]:
                    continue
                off = _file_offset(segments, sym["st_value"])
                if off is not None:
                    name = sym.name.split("@")[0]
                    out.setdefault((name, off), FuncSym(name, off, sym["st_size"],
                                                        sym["st_info"]["bind"]))
            return tuple(out.values())
    except (OSError, ELFError) as ex:
        raise ElfSymbolError(str(ex)) from None


def _preference(f: FuncSym) -> tuple:
    """The order DTrace's symbol walk by address takes aliases of one function in
    (illumos libproc's byaddr_cmp, which dtrace-utils keeps): global or weak before
    local, a name without a leading `$` first, fewer leading underscores, the
    smaller size, then by name."""
    return (f.bind == "STB_LOCAL", f.name.startswith("$"),
            len(f.name) - len(f.name.lstrip("_")), f.size, f.name)


def dtrace_pid_functions(pattern: str, path: str | Path) -> list[tuple[str, int]]:
    """(name, offset) of each function D's pid provider makes a probe of for a glob
    of functions (`pid$target:libc.so.6::entry`, `pid$target::str*:entry`): one
    probe per function, not per alias (glibc's strtol is also strtoimax: the first
    name by _preference() that the glob matches names the probe),
    and none for a symbol of size 0 or for _init and _fini, whose sizes old
    linkers bloated (dtrace's dt_pid_sym_filt)."""
    import fnmatch
    by_addr: dict[tuple[int, int], list[FuncSym]] = {}
    for f in _function_symbols(*file_key(path)):
        if f.size:
            by_addr.setdefault((f.offset, f.size), []).append(f)
    out = []
    for aliases in by_addr.values():
        for f in sorted(aliases, key=_preference):
            if f.name not in ("_init", "_fini") and fnmatch.fnmatchcase(f.name, pattern):
                out.append((f.name, f.offset))
                break
    return sorted(out)


@lru_cache(maxsize=32)
def _functions(path: str, mtime_ns: int) -> dict[str, int]:
    out: dict[str, int] = {}
    for f in _function_symbols(path, mtime_ns):
        out.setdefault(f.name, f.offset)  # "foo@@GLIBC_2.2.5" names the same function as "foo"
    return out


def function_offsets(path: str | Path) -> dict[str, int]:
    """Function name -> file offset of its first instruction, for the ELF at `path`."""
    return _functions(*file_key(path))


LIBRARY_DIRS = ("/lib/x86_64-linux-gnu", "/usr/lib/x86_64-linux-gnu", "/lib64", "/usr/lib64",
                "/lib", "/usr/lib", "/usr/local/lib")


def find_library(name: str) -> str | None:
    """A shared library named as D's pid provider and ProbeVue name them
    (`libc.so.6`, `libc.so`, `libc`): the first file in the standard library
    directories with that name, or that name followed by `.so...`."""
    for d in LIBRARY_DIRS:
        base = Path(d)
        # `libc.so` is also libc.so.6, its versioned name (Solaris's scripts say libc.so)
        versioned = sorted(base.glob(f"{name}.[0-9]*")) if name.endswith(".so") else []
        for cand in [base / name] + versioned + sorted(base.glob(f"{name}.so*")) \
                + sorted(base.glob(f"{name}-*.so*")):
            if is_elf(cand):  # libc.so itself is a linker script
                return str(cand.resolve())
    return None


def is_elf(p: "str | Path") -> bool:
    """Whether the file at p starts with the ELF magic (libc.so may be a linker script)."""
    try:
        with open(p, "rb") as f:
            return f.read(4) == b"\x7fELF"
    except OSError:
        return False


def is_regex_name(pattern: str) -> bool:
    """Whether a ufunc probe's function name is a regular expression, `/ERE/` (Vue's
    uft tuples), rather than a name or a shell glob."""
    return len(pattern) > 2 and pattern.startswith("/") and pattern.endswith("/")


def matching_functions(pattern: str, funcs) -> list[str]:
    """The names of `funcs` a ufunc probe's function name matches, sorted: `/ERE/` by a
    regular-expression search (POSIX EREs read as Python's re: the common operators
    agree), a glob by fnmatch, else the name itself if present."""
    import fnmatch
    import re
    if is_regex_name(pattern):
        rx = re.compile(pattern[1:-1])
        return sorted(f for f in funcs if rx.search(f))
    if any(c in pattern for c in "*?["):
        return sorted(f for f in funcs if fnmatch.fnmatchcase(f, pattern))
    return [pattern] if pattern in funcs else []
