"""User-space statically defined tracing (USDT / SDT) markers of an ELF file.

A program built with <sys/sdt.h> (DTRACE_PROBE / STAP_PROBE) carries one ELF
note per marker in `.note.stapsdt`: note type 3, owner "stapsdt", whose
description is three addresses (the marker's pc, the link-time address of the
`.stapsdt.base` section, the marker's semaphore or 0), then three NUL-ended
strings: provider, name and the arguments' locations in the assembler's
syntax (`-4@%eax 8@-8(%rbp) 8@$5`). A prelinked or otherwise moved file keeps
the notes unchanged, so pc and semaphore are corrected by how far
`.stapsdt.base` actually moved. A uprobe goes on the file offset of the pc;
a semaphore (a 2-byte counter the program tests before computing the
arguments) is given to the kernel as a file offset too, and the kernel keeps
it above zero in every process while the probe is armed.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Optional

from .elfsyms import ElfSymbolError, _file_offset, defined_symbols, file_key, load_segments

# pyelftools 0.33 names note type 3 after the GNU owner's meaning (NT_GNU_BUILD_ID)
_NOTE_TYPES = (3, "NT_GNU_BUILD_ID", "NT_STAPSDT")

# x86-64 register names of an argument location -> the pt_regs member holding
# it, and which bytes of it the name means (bits shifted off, width in bytes)
_REG64 = {"rax": "ax", "rbx": "bx", "rcx": "cx", "rdx": "dx", "rsi": "si", "rdi": "di",
          "rbp": "bp", "rsp": "sp", "rip": "ip"}
REGISTERS: dict[str, tuple[str, int, int]] = {}
for _n, _m in _REG64.items():
    REGISTERS[_n] = (_m, 0, 8)
    REGISTERS["e" + _n[1:]] = (_m, 0, 4)
    REGISTERS[_n[1:]] = (_m, 0, 2)
for _l, _m in (("a", "ax"), ("b", "bx"), ("c", "cx"), ("d", "dx")):
    REGISTERS[_l + "l"] = (_m, 0, 1)
    REGISTERS[_l + "h"] = (_m, 8, 1)
for _n, _m in (("sil", "si"), ("dil", "di"), ("bpl", "bp"), ("spl", "sp")):
    REGISTERS[_n] = (_m, 0, 1)
for _i in range(8, 16):
    REGISTERS[f"r{_i}"] = (f"r{_i}", 0, 8)
    REGISTERS[f"r{_i}d"] = (f"r{_i}", 0, 4)
    REGISTERS[f"r{_i}w"] = (f"r{_i}", 0, 2)
    REGISTERS[f"r{_i}b"] = (f"r{_i}", 0, 1)
    REGISTERS[f"r{_i}l"] = (f"r{_i}", 0, 1)


class SdtArgError(Exception):
    """An argument location xtrace cannot read."""


@dataclass(frozen=True)
class SdtArg:
    """One argument of a marker: `size` bytes (1, 2, 4, 8), `signed` when the
    size was written negative. kind 'reg' is register `reg` (a REGISTERS name);
    'mem' the memory at `offset` + `reg` (+ `index` * `scale` when an index
    register is given; a `symbol` is added, resolved to `sym_addr`); 'const'
    the number `offset`."""

    size: int
    signed: bool
    kind: str
    reg: str = ""
    offset: int = 0
    index: str = ""
    scale: int = 1
    symbol: str = ""
    sym_addr: int = 0
    text: str = ""


@dataclass(frozen=True)
class SdtMarker:
    """One `.note.stapsdt` marker, its addresses corrected by the base's move."""

    provider: str
    name: str
    pc: int                  # virtual address of the marker's instruction (a nop)
    base: int                # the note's .stapsdt.base address
    semaphore: int           # virtual address of the semaphore, 0 for none
    argstr: str
    pc_offset: int           # file offset of pc: where the uprobe goes
    sem_offset: int          # file offset of the semaphore, 0 for none
    args: tuple[SdtArg, ...] = field(default=())
    arg_error: str = ""      # why an argument cannot be read ("" when all can)


_SIZE = re.compile(r"(-?\d+)@(.*)")
_MEM = re.compile(r"(?P<disp>[^()]*)\((?P<base>%\w+)?(?:,(?P<index>%\w+)(?:,(?P<scale>\d+))?)?\)")


def _reg(text: str, spec: str) -> str:
    name = text[1:] if text.startswith("%") else text
    if not text.startswith("%") or name not in REGISTERS:
        raise SdtArgError(f"unknown register '{text}' in argument '{spec}'")
    return name


def _int(text: str) -> Optional[int]:
    try:
        return int(text, 0)
    except ValueError:
        return None


def parse_arg(spec: str, symbols: Optional[dict[str, int]] = None) -> SdtArg:
    """One argument location (`-4@%eax`, `8@-8(%rbp)`, `8@sym+4(%rip)`, `4@$5`,
    `8@(%rax,%rbx,8)`); a bare location without `size@` is 8 signed bytes, as
    old <sys/sdt.h> wrote it. `symbols` names the ELF's data symbols for a
    `sym(%rip)` location."""
    m = _SIZE.fullmatch(spec)
    size, loc = (int(m.group(1)), m.group(2)) if m else (-8, spec)
    if abs(size) not in (1, 2, 4, 8):
        raise SdtArgError(f"argument '{spec}' has size {abs(size)} (1, 2, 4 or 8 expected)")
    signed, width = size < 0, abs(size)
    if loc.startswith("$"):
        value = _int(loc[1:])
        if value is None:
            raise SdtArgError(f"argument '{spec}' is a constant xtrace cannot read "
                              "(a symbol's address)")
        return SdtArg(width, signed, "const", offset=value, text=spec)
    if loc.startswith("%"):
        return SdtArg(width, signed, "reg", reg=_reg(loc, spec), text=spec)
    mm = _MEM.fullmatch(loc)
    if not mm or not (mm.group("base") or mm.group("index")):
        raise SdtArgError(f"argument '{spec}' is a location xtrace cannot read")
    disp, symbol, sym_addr = mm.group("disp").strip(), "", 0
    offset = 0
    if disp:
        value = _int(disp)
        if value is None:
            # `sym`, `sym+N`, `sym-N`: a data symbol, located by the ELF's symbol table
            sm = re.fullmatch(r"([A-Za-z_.$][\w.$@]*)([+-]\d+)?", disp)
            if not sm:
                raise SdtArgError(f"argument '{spec}' has an offset xtrace cannot read")
            symbol = sm.group(1)
            offset = int(sm.group(2) or 0)
            if symbols is None or symbol not in symbols:
                raise SdtArgError(f"argument '{spec}' names symbol '{symbol}', which the "
                                  "file's symbol table does not have")
            sym_addr = symbols[symbol]
        else:
            offset = value
    base = _reg(mm.group("base"), spec) if mm.group("base") else ""
    if symbol and base not in ("rip", ""):
        raise SdtArgError(f"argument '{spec}' adds a symbol to a register other than %rip")
    index = _reg(mm.group("index"), spec) if mm.group("index") else ""
    scale = int(mm.group("scale") or 1)
    if scale not in (1, 2, 4, 8):
        raise SdtArgError(f"argument '{spec}' has scale {scale}")
    return SdtArg(width, signed, "mem", reg=base, offset=offset, index=index, scale=scale,
                  symbol=symbol, sym_addr=sym_addr, text=spec)


def parse_args(argstr: str, symbols: Optional[dict[str, int]] = None) -> tuple[SdtArg, ...]:
    """The arguments of a marker's argument string (space-separated locations)."""
    return tuple(parse_arg(a, symbols) for a in argstr.split())


def _cstr(data: bytes, at: int) -> tuple[str, int]:
    end = data.index(b"\0", at)
    return data[at:end].decode("utf-8", "replace"), end + 1


@lru_cache(maxsize=16)
def _markers(path: str, mtime_ns: int) -> tuple[SdtMarker, ...]:
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile
    try:
        with open(path, "rb") as f:
            elf = ELFFile(f)
            word = 8 if elf.elfclass == 64 else 4
            order = "little" if elf.little_endian else "big"
            segments = load_segments(elf)
            base_sec = elf.get_section_by_name(".stapsdt.base")
            actual_base = base_sec["sh_addr"] if base_sec is not None else None
            notes = [s for s in elf.iter_sections() if s.name == ".note.stapsdt"
                     and hasattr(s, "iter_notes")]
            symbols: Optional[dict[str, int]] = None
            out = []
            for sec in notes:
                for note in sec.iter_notes():
                    if note["n_name"] != "stapsdt" or note["n_type"] not in _NOTE_TYPES:
                        continue
                    desc = note["n_descdata"]
                    if isinstance(desc, str):
                        desc = desc.encode("latin-1")
                    pc, base, sem = (int.from_bytes(desc[i * word:(i + 1) * word], order)
                                     for i in range(3))
                    provider, at = _cstr(desc, 3 * word)
                    name, at = _cstr(desc, at)
                    argstr, _ = _cstr(desc, at) if at < len(desc) else ("", at)
                    if actual_base is not None and base:
                        # the file moved since the notes were written (prelink)
                        pc += actual_base - base
                        if sem:
                            sem += actual_base - base
                    pc_off = _file_offset(segments, pc)
                    if pc_off is None:
                        continue  # not in a loaded segment: nothing to probe
                    sem_off = (_file_offset(segments, sem) or 0) if sem else 0
                    if "(%rip)" in argstr and symbols is None:
                        symbols = {}
                        for sym in defined_symbols(elf):
                            symbols.setdefault(sym.name, sym["st_value"])
                    try:
                        args, why = parse_args(argstr, symbols), ""
                    except SdtArgError as ex:
                        args, why = (), str(ex)
                    out.append(SdtMarker(provider, name, pc, base, sem, argstr, pc_off, sem_off,
                                         args, why))
            return tuple(out)
    except (OSError, ELFError, ValueError) as ex:
        raise ElfSymbolError(str(ex)) from None


def markers(path: str | Path) -> tuple[SdtMarker, ...]:
    """Every SDT marker of the ELF file at `path`, in the notes' order."""
    return _markers(*file_key(path))


def matching_markers(pattern: str, found: tuple[SdtMarker, ...],
                     provider: str = "*") -> list[SdtMarker]:
    """The markers whose name matches the glob `pattern` (and provider `provider`),
    sorted by name then pc (one name may be marked at several places)."""
    import fnmatch
    return sorted((m for m in found if fnmatch.fnmatchcase(m.name, pattern)
                   and fnmatch.fnmatchcase(m.provider, provider)),
                  key=lambda m: (m.name, m.pc))


@lru_cache(maxsize=16)
def _func_ranges(path: str, mtime_ns: int) -> tuple[tuple[int, int, str], ...]:
    from elftools.common.exceptions import ELFError
    from elftools.elf.elffile import ELFFile
    out = []
    try:
        with open(path, "rb") as f:
            elf = ELFFile(f)
            for name in (".symtab", ".dynsym"):
                table = elf.get_section_by_name(name)
                if table is None or not hasattr(table, "iter_symbols"):
                    continue
                for sym in table.iter_symbols():
                    if sym["st_info"]["type"] == "STT_FUNC" and sym["st_value"] and sym.name:
                        out.append((sym["st_value"], sym["st_value"] + max(sym["st_size"], 1),
                                    sym.name.split("@")[0]))
    except (OSError, ELFError):
        return ()
    return tuple(sorted(set(out)))


def enclosing_function(path: str | Path, pc: int) -> str:
    """The name of the function whose symbol covers virtual address `pc` ("" when
    the symbol tables name none): where DTrace says a USDT probe is."""
    p = Path(path)
    try:
        ranges = _func_ranges(str(p.resolve()), p.stat().st_mtime_ns)
    except OSError:
        return ""
    return next((nm for lo, hi, nm in ranges if lo <= pc < hi), "")
