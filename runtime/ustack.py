"""User-space stack traces: symbolized and printed as DTrace's ustack() and stap's
print_ubacktrace() print them.

The module records the raw user addresses of a hit plus the number of a
snapshot of the process's executable file mappings (start, end, file offset,
path), which it sends once per address space before the first stack that
needs it (runtime/xt_ustack.h says why the snapshot is taken there). An
address becomes a file offset through its mapping, the file offset a virtual
address of the ELF through the PT_LOAD segment holding it, and that address
a function symbol (.symtab when the file has one, else .dynsym).

The sandbox guest runs the host's own files (its root is the host root over
9p, the module strips the mount point), so the driver opens the same paths.
"""

from __future__ import annotations

import bisect
import os
from dataclasses import dataclass
from functools import lru_cache
from typing import Optional

from elftools.common.exceptions import ELFError
from elftools.elf.elffile import ELFFile

from .stacks import Frame

# Which of several names of one address to show: a global name before a weak
# alias before a local one (libc's `write` over `__write`).
_BIND_RANK = {"STB_GLOBAL": 0, "STB_WEAK": 1, "STB_LOCAL": 2}


@dataclass(frozen=True)
class Mapping:
    """One executable file mapping of a process."""

    start: int
    end: int
    offset: int
    path: str


class ElfSymbols:
    """The function symbols of one ELF file, looked up by file offset."""

    def __init__(self, path: str) -> None:
        self.segments: list[tuple[int, int, int]] = []  # (p_offset, p_filesz, p_vaddr)
        best: dict[int, tuple[tuple[int, int, str], str, int]] = {}
        with open(path, "rb") as f:
            elf = ELFFile(f)
            self.segments = [(s["p_offset"], s["p_filesz"], s["p_vaddr"]) for s in elf.iter_segments()
                             if s["p_type"] == "PT_LOAD"]
            for name in (".symtab", ".dynsym"):
                table = elf.get_section_by_name(name)
                if table is None or not hasattr(table, "iter_symbols"):
                    continue
                for sym in table.iter_symbols():
                    if (sym["st_info"]["type"] not in ("STT_FUNC", "STT_GNU_IFUNC")
                            or sym["st_shndx"] == "SHN_UNDEF" or not sym["st_value"] or not sym.name):
                        continue
                    value, label = sym["st_value"], sym.name.split("@")[0]
                    rank = (_BIND_RANK.get(sym["st_info"]["bind"], 3), len(label) - len(label.lstrip("_")),
                            label)
                    if value not in best or rank < best[value][0]:
                        best[value] = (rank, label, sym["st_size"])
                if best:  # .symtab names everything .dynsym does, and more
                    break
        self._addrs = sorted(best)
        self._syms = [(best[a][1], best[a][2]) for a in self._addrs]

    def spans(self) -> list[tuple[int, int, str]]:
        """(file offset, size, name) of every symbol as lookup() sees it (a size-0
        symbol spans up to the next one; the last such one spans nothing and is
        left out), in file-offset order: what the module's own tables hold
        (backend_c/usymtab.py)."""
        out = []
        for i, start in enumerate(self._addrs):
            name, size = self._syms[i]
            if not size:
                if i + 1 == len(self._addrs):
                    continue
                size = self._addrs[i + 1] - start
            for off, fsize, vaddr in self.segments:
                if vaddr <= start < vaddr + fsize:
                    out.append((start - vaddr + off, min(size, vaddr + fsize - start), name))
                    break
        return sorted(out)

    def vaddr(self, file_offset: int) -> Optional[int]:
        """The ELF virtual address of the byte at `file_offset` (None outside PT_LOADs)."""
        for off, size, vaddr in self.segments:
            if off <= file_offset < off + size:
                return file_offset - off + vaddr
        return None

    def lookup(self, vaddr: int) -> Optional[tuple[str, int, int]]:
        """(symbol, offset into it, its size) covering `vaddr`; a symbol of size 0
        (hand-written assembly) covers up to the next symbol."""
        i = bisect.bisect_right(self._addrs, vaddr) - 1
        if i < 0:
            return None
        start = self._addrs[i]
        name, size = self._syms[i]
        off = vaddr - start
        nxt = self._addrs[i + 1] if i + 1 < len(self._addrs) else None
        if size and off >= size:
            return None
        if not size and (nxt is None or vaddr >= nxt):
            return None
        return name, off, size or (nxt - start if nxt else 0)


@lru_cache(maxsize=64)
def _elf(path: str, mtime_ns: int) -> Optional[ElfSymbols]:
    try:
        return ElfSymbols(path)
    except (OSError, ELFError, ValueError):
        return None


def elf_symbols(path: str) -> Optional[ElfSymbols]:
    """The symbols of the ELF file at `path`, cached while the file is unchanged
    (None when it cannot be read as ELF)."""
    try:
        st = os.stat(path)
    except OSError:
        return None
    return _elf(path, st.st_mtime_ns)


class UserMaps:
    """The mapping snapshots of one session, by the module's snapshot number."""

    def __init__(self) -> None:
        self._maps: dict[int, list[Mapping]] = {}

    def add(self, slot: int, mapping: Mapping) -> None:
        """Record one mapping of snapshot `slot` (as XT_REC_UMAP delivers them)."""
        maps = self._maps.setdefault(slot, [])
        bisect.insort(maps, mapping, key=lambda m: m.start)

    def mapping(self, slot: int, addr: int) -> Optional[Mapping]:
        """The mapping of snapshot `slot` that holds `addr`."""
        maps = self._maps.get(slot, [])
        i = bisect.bisect_right([m.start for m in maps], addr) - 1
        if i >= 0 and addr < maps[i].end:
            return maps[i]
        return None

    def file_start(self, slot: int, path: str) -> Optional[int]:
        """The lowest start of snapshot `slot`'s mappings of the file at `path`."""
        return min((m.start for m in self._maps.get(slot, []) if m.path == path), default=None)

    def resolve(self, slot: int, addr: int) -> Frame:
        """The frame of one user address: mod is the file's path ('' when the
        address is in no known file mapping), sym None when no symbol covers it;
        off and size are then the address's offset into its mapping and the
        mapping's size (what stap prints as `[path+0xoff/0xsize]`)."""
        m = self.mapping(slot, addr)
        if m is None:
            return Frame(addr, mod="")
        syms = elf_symbols(m.path)
        if syms is not None:
            va = syms.vaddr(addr - m.start + m.offset)
            hit = syms.lookup(va) if va is not None else None
            if hit is not None:
                return Frame(addr, hit[0], hit[1], hit[2], m.path)
        return Frame(addr, None, addr - m.start, m.end - m.start, m.path)


def dtrace_ustack(frames: list[Frame], indent: int = 14) -> str:
    """DTrace's ustack(): a newline, then `file`symbol+0xoff per frame (the file's
    base name), `file`0xADDR in a file without a symbol there, 0xADDR elsewhere."""
    lines = [" " * indent + dtrace_uaddr(f) for f in frames]
    return "\n" + "".join(ln + "\n" for ln in lines)


def dtrace_uaddr(f: Frame) -> str:
    """One user address as DTrace names it (a ustack() frame, printf's %A):
    `file`symbol+0xoff (the file's base name; no offset at the symbol itself),
    `file`0xADDR in a file without a symbol there, 0xADDR elsewhere."""
    base = os.path.basename(f.mod)
    if f.sym is not None:
        return f"{base}`{f.sym}" + (f"+0x{f.off:x}" if f.off else "")
    if base:
        return f"{base}`0x{f.addr:x}"
    return f"0x{f.addr:x}"


def stap_ubacktrace(frames: list[Frame]) -> str:
    """stap's print_ubacktrace(): ` 0xADDR : symbol+0xoff/0xsize [path]` per frame,
    ` 0xADDR [path+0xoff/0xsize]` (into the mapping) in a file without a symbol
    there, ` 0xADDR` elsewhere."""
    out = []
    for f in frames:
        if f.sym is not None:
            out.append(f" 0x{f.addr:016x} : {f.sym}+0x{f.off:x}/0x{f.size:x} [{f.mod}]\n")
        elif f.mod:
            out.append(f" 0x{f.addr:016x} [{f.mod}+0x{f.off:x}/0x{f.size:x}]\n")
        else:
            out.append(f" 0x{f.addr:016x}\n")
    return "".join(out)


def dtrace_ufunc(f: Frame) -> str:
    """D's ufunc()/usym() of one user address (dt_print_usym): its function as
    `file`symbol`, without the offset uaddr() and ustack() add."""
    if f.sym is not None:
        return f"{os.path.basename(f.mod)}`{f.sym}"
    return dtrace_uaddr(f)


def dtrace_umod(f: Frame) -> str:
    """D's umod() of one user address (dt_print_umod): the base name of the file
    mapped there, else the bare address."""
    return os.path.basename(f.mod) if f.mod else f"0x{f.addr:x}"


# D's user symbol actions as the driver names them (frontends/d/symbol_actions.py)
D_USER_TEXT = {"d_ufunc": dtrace_ufunc, "d_uaddr": dtrace_uaddr, "d_umod": dtrace_umod}


class DSymKey(str):
    """An aggregation key of D's ufunc()/usym(), umod() or uaddr(): printed as its
    text, but equal to and ordered against another such key by (pid, address), as
    libdtrace's consumer keys them (dt_aggregate.c): the address normalised to its
    function's start for ufunc, to its file's first mapping for umod (so one
    function, one file, is one key), left as it is for uaddr; keys of two processes stay
    apart, as dtrace keeps them. A key of func()/sym() or mod() is ordered by
    (the symbol's or module's address, its text)."""

    order: tuple

    def __new__(cls, text: str, order: tuple) -> "DSymKey":
        self = super().__new__(cls, text)
        self.order = order
        return self

    def __eq__(self, other: object) -> bool:
        return self.order == other.order if isinstance(other, DSymKey) else str.__eq__(self, other)

    def __ne__(self, other: object) -> bool:
        return not self == other

    def __hash__(self) -> int:
        return hash(self.order)

    def __lt__(self, other: str) -> bool:
        return self.order < other.order if isinstance(other, DSymKey) else str.__lt__(self, other)

    def __gt__(self, other: str) -> bool:
        return self.order > other.order if isinstance(other, DSymKey) else str.__gt__(self, other)

    def __le__(self, other: str) -> bool:
        return not self > other

    def __ge__(self, other: str) -> bool:
        return not self < other


def d_user_key(kind: str, maps: UserMaps, pid: int, slot: int, addr: int) -> DSymKey:
    """The key a D user symbol action (`kind`: d_ufunc, d_uaddr, d_umod) of `addr`
    in process `pid` (address-space snapshot `slot`) makes: its text and order."""
    f = maps.resolve(slot, addr)
    norm = addr
    if kind == "d_ufunc" and f.sym is not None:
        norm = addr - f.off
    elif kind == "d_umod":
        m = maps.mapping(slot, addr)
        if m is not None:
            norm = maps.file_start(slot, m.path) or m.start
    return DSymKey(D_USER_TEXT[kind](f), (pid, norm))
