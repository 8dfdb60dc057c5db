"""stap's symbol strings, written by the driver: symname/symdata, usymname/usymdata,
sprint_backtrace/sprint_ubacktrace, sprint_stack/sprint_ustack and print_stack/
print_ustack (ir.builtins.DEFERRED_STR). The module cannot name addresses, so a
print record carries them (a `how:function` argument kind of the format) and this
module writes the text as stap's _stp_snprint_addr does with the tapset's flags:
symname `sym`, symdata `sym+0xoff/0xsize [module]`, the sprint_ stacks one
`sym+0xoff [module]` line per frame (module as a base name), the print_ stacks
` 0xADDR : sym+0xoff/0xsize [module]` lines. An address no symbol covers is
`0x%016x` (stap's %p), with ` [module]` when its file is known (a user file:
` [path+0xoff/0xsize]`, the offset into its mapping and the mapping's size, as
stap fills them in from the vma when it has no symbol).
"""

from __future__ import annotations

import os
import struct
from typing import Callable, Optional

from .stacks import Frame, KernelSymbols, probe_frames, stap_backtrace, vue_stktrace
from .ustack import D_USER_TEXT, UserMaps, dtrace_uaddr, stap_ubacktrace


def _hex(addr: int) -> str:
    return f"0x{addr & ((1 << 64) - 1):016x}"


def _mod(f: Frame, kernel: bool, base: bool = False) -> str:
    if kernel:
        return "kernel" if f.mod == "vmlinux" else f.mod
    return os.path.basename(f.mod) if base else f.mod


def symname(f: Frame) -> str:
    """symname()/usymname(): the symbol (stap drops a leading '.'), else the address."""
    return f.sym.lstrip(".") if f.sym else _hex(f.addr)


def umodname(f: Frame) -> str:
    """umodname(): the base name of the file mapped at the address (stap's
    runtime names a user module by its base name). An address in no file mapping
    is stap's older answer, `<unknown>` (today's stap raises an error there,
    which the driver, writing the text after the probe ran, cannot)."""
    return os.path.basename(f.mod) if f.mod else "<unknown>"


def symdata(f: Frame, kernel: bool) -> str:
    """symdata()/usymdata(): `sym+0xoff/0xsize [module]`; an address in a user file
    where no symbol covers it is `0xADDR [path+0xoff/0xsize]` (into its mapping)."""
    mod = _mod(f, kernel)
    if f.sym:
        return f"{f.sym.lstrip('.')}+0x{f.off:x}/0x{f.size:x}" + (f" [{mod}]" if mod else "")
    if not kernel and mod:
        return f"{_hex(f.addr)} [{mod}+0x{f.off:x}/0x{f.size:x}]"
    return _hex(f.addr) + (f" [{mod}]" if mod and f.mod != "vmlinux" else "")


def simple_stack(frames: list[Frame], kernel: bool, maxlen: int) -> str:
    """sprint_backtrace()/sprint_stack(): `sym+0xoff [module]` lines, whole lines
    within stap's MAXSTRINGLEN (the string the tapset returns is cut there)."""
    out, size = [], 0
    for f in frames:
        mod = _mod(f, kernel, base=True)
        if f.sym:
            line = f"{f.sym.lstrip('.')}+0x{f.off:x}" + (f" [{mod}]" if mod else "") + "\n"
        elif not kernel and mod:  # a user file with no symbol there: offset into the mapping
            line = f"{_hex(f.addr)} [{mod}+0x{f.off:x}]\n"
        else:
            line = _hex(f.addr) + (f" [{mod}]" if mod and f.mod != "vmlinux" else "") + "\n"
        if size + len(line) > maxlen - 1:
            break
        out.append(line)
        size += len(line)
    return "".join(out)


def hex_words(text: str) -> list[int]:
    """The addresses of a backtrace()/ubacktrace() string (what is not hex is skipped)."""
    out = []
    for w in text.split():
        try:
            out.append(int(w, 16))
        except ValueError:
            continue
    return out


def vue_stack_frames(text: str, ksyms: Optional[KernelSymbols], umaps: Callable[[], UserMaps]) -> list[Frame]:
    """The frames of a Vue stktrace_t value (runtime/xt_vstack.h: `LEVELS;K...;SLOT;U...`):
    the kernel ones from the probed code down, then the user ones, LEVELS of each
    (-1: all); no frames for text that is not such a value (an unassigned one is "")."""
    parts = text.split(";")
    if len(parts) != 4:
        return []
    try:
        levels, slot = int(parts[0]), int(parts[2])
        kaddrs = [(-int(w, 16)) & ((1 << 64) - 1) for w in parts[1].split()]
        uaddrs = [int(w, 16) for w in parts[3].split()]
    except ValueError:
        return []
    kframes = probe_frames(kaddrs, ksyms)
    maps = umaps() if uaddrs else None
    uframes = [maps.resolve(slot, a) for a in uaddrs] if maps is not None else []
    if levels > 0:
        kframes, uframes = kframes[:levels], uframes[:levels]
    return kframes + uframes


class SymStrings:
    """Decodes the symbol-string arguments of a print record into their text."""

    def __init__(self, ksyms: Callable[[], Optional[KernelSymbols]],
                 umaps: Callable[[], UserMaps], maxlen: int, regexes: Optional[list[str]] = None) -> None:
        self.ksyms, self.umaps, self.maxlen = ksyms, umaps, maxlen
        self.regexes = regexes or []

    def kframes(self, addrs: list[int]) -> list[Frame]:
        return probe_frames(addrs, self.ksyms())

    def kframe(self, addr: int) -> Frame:
        syms = self.ksyms()
        return syms.resolve(addr & ((1 << 64) - 1)) if syms else Frame(addr)

    def decode(self, kind: str, payload: bytes, off: int, str_at) -> tuple[str, int]:
        """The text of argument `kind` (`how:function`) at payload[off:], and the
        offset after it."""
        how, fn = kind.split(":", 1)
        if how == "ksym":
            (addr,) = struct.unpack_from("<Q", payload, off)
            f = self.kframe(addr)
            return (symname(f) if fn == "symname" else symdata(f, True)), off + 8
        if how == "usym":
            slot, addr = struct.unpack_from("<QQ", payload, off)
            f = self.umaps().resolve(slot, addr)
            if fn == "umodname":
                return umodname(f), off + 16
            if fn == "uaddr":  # D's printf %A (backend_c.gen_stmt: uaddr_args)
                return dtrace_uaddr(f), off + 16
            if fn in D_USER_TEXT:  # D's ufunc(), uaddr(), umod() actions
                return D_USER_TEXT[fn](f), off + 16
            return (symname(f) if fn == "usymname" else symdata(f, False)), off + 16
        if how == "kstack":
            (n,) = struct.unpack_from("<Q", payload, off)
            addrs = list(struct.unpack_from(f"<{n}Q", payload, off + 8))
            return simple_stack(self.kframes(addrs), True, self.maxlen), off + 8 + 8 * n
        if how == "ustack":
            slot, n = struct.unpack_from("<QQ", payload, off)
            maps = self.umaps()
            frames = [maps.resolve(slot, a) for a in struct.unpack_from(f"<{n}Q", payload, off + 16)]
            return simple_stack(frames, False, self.maxlen), off + 16 + 8 * n
        if how == "rematch":  # pattern id (-1: none), group, subject
            rid, group = struct.unpack_from("<qq", payload, off)
            subject, off = str_at(payload, off + 16)
            if rid < 0 or rid >= len(self.regexes):
                return "", off
            from .rematch import matched
            return matched(self.regexes[rid], subject, group), off
        if how == "vstk":  # a Vue stktrace_t value printed with %t (symbols) or %T
            text, off = str_at(payload, off)
            frames = vue_stack_frames(text, self.ksyms(), self.umaps)
            return vue_stktrace(frames, symbols=fn == "vue_stack_sym"), off
        if how == "kstr":
            text, off = str_at(payload, off)
            frames = self.kframes(hex_words(text))
            return (stap_backtrace(frames) if fn == "print_syms"
                    else simple_stack(frames, True, self.maxlen)), off
        # ustr: the address-space snapshot, then the string
        (slot,) = struct.unpack_from("<Q", payload, off)
        text, off = str_at(payload, off + 8)
        maps = self.umaps()
        frames = [maps.resolve(slot, a) for a in hex_words(text)]
        return (stap_ubacktrace(frames) if fn == "print_usyms"
                else simple_stack(frames, False, self.maxlen)), off
