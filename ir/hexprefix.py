"""stap's `%#x` in the words of C's printf (D, Vue).

stap's runtime writes the `0x` of `%#x` for every value, 0 included (`0x0`); C's
printf, which D and ProbeVue follow, writes none for 0 (`0`). Without a width the
two agree once the prefix is written out: `0x%x` prints `0x0` and `0xff` in every
language. With a width the padding would differ, so those stay as written; so
does a `%#x` of a constant that is not 0, which every language prints alike.
"""

from __future__ import annotations

import re
from typing import Optional

from . import nodes as ir

# flags holding '#' (and no width or precision), an optional size, then x or X
_ALT_HEX = re.compile(r"%(%)|%([-+ 0]*)#([-+ 0#]*)(l{0,2}|h{0,2}|j|z|t)?([xX])")


def explicit_hex_prefix(fmt: str, args: Optional[list[ir.Expr]] = None) -> str:
    """`fmt` (a stap printf format) with each width-less `%#x`/`%#X` written as
    `0x%x`/`0X%X`, which C's printf prints as stap prints the original; with the
    printf's `args`, one whose argument is a constant other than 0 is kept."""
    nonzero: set[int] = set()
    if args is not None and "*" not in fmt:
        convs = [m.start() for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%"]
        if len(convs) == len(args):
            nonzero = {at for at, a in zip(convs, args) if ir.int_constant(a) not in (None, 0)}

    def sub(m: re.Match) -> str:
        if m.group(1) or m.start() in nonzero:
            return m.group(0)
        flags = (m.group(2) + m.group(3)).replace("#", "").replace("0", "")
        conv = m.group(5)
        return f"0{conv}%{flags}{m.group(4) or ''}{conv}"
    return _ALT_HEX.sub(sub, fmt)


# a whole conversion (consumed first, so that `%0x` is never read as a prefix), or
# the literal 0x / 0X before a width-less %x / %X of the same case
_PREFIXED_HEX = re.compile(r"(%%|%[-+ #0-9.*]*[a-zA-Z]*[a-zA-Z])|0x%([-+ ]*)(l{0,2})x|0X%([-+ ]*)(l{0,2})X")


def implicit_hex_prefix(fmt: str) -> str:
    """`fmt` (a C printf format) with each `0x%x`/`0X%X` written `%#x`/`%#X`, which stap
    prints alike (its %#x writes 0x for 0 too): stap's own spelling, which
    explicit_hex_prefix turns back into this one."""
    def sub(m: re.Match) -> str:
        if m.group(1):
            return m.group(0)
        if m.group(2) is not None:
            return f"%{m.group(2)}#{m.group(3)}x"
        return f"%{m.group(4)}#{m.group(5)}X"
    return _PREFIXED_HEX.sub(sub, fmt)


# a `%c` conversion with the `#` flag (any width), in stap's words
_ALT_CHAR = re.compile(r"%(%)|%[-+ 0#]*#[-+ 0#]*\d*c")


def escaped_char_conversion(fmt: str) -> bool:
    """Whether stap format `fmt` has a `%#c`: the character written with C's escapes
    (`\\n`, `\\000`), which C's printf, D's and Vue's, writes as the character
    itself; nothing in D or Vue escapes a character."""
    return any(not m.group(1) for m in _ALT_CHAR.finditer(fmt))


# a signed decimal conversion with C's long size (`%ld`, `%-8lli`)
_LONG_SIGNED = re.compile(r"%(%)|%([-+ #0]*\d*(?:\.\d*)?)(ll|l)([di])")


def unsigned_narrow_as_plain(fmt: str, narrow: list[bool]) -> str:
    """`fmt` (a stap printf format, for D) with each `%ld`/`%lld`/`%li` of an argument
    `narrow` says D holds as an unsigned value narrower than 64 bits (a u16 port
    number, ntohs()'s result) written `%d`/`%i`. stap holds every number as a 64-bit
    one, so its %ld of the port 58110 prints 58110; DTrace's %ld reads a 16-bit
    argument as a short (libdtrace's pfprint_sint) and prints -7426, where its %d of
    an unsigned value prints as %u does (58110). A `*` format, or one whose
    conversions do not pair with the arguments, stays as written."""
    if "*" in fmt:
        return fmt
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%"]
    if len(convs) != len(narrow):
        return fmt
    at = {m.start() for m, n in zip(convs, narrow) if n}

    def sub(m: re.Match) -> str:
        if m.group(1) or m.start() not in at:
            return m.group(0)
        return f"%{m.group(2)}{m.group(4)}"
    return _LONG_SIGNED.sub(sub, fmt)


def long_size_dropped(fmt: str) -> str:
    """`fmt` (a stap printf format) without the `l`/`ll` of its `%ld`/`%lli`
    conversions, which change nothing in stap (every number is 64 bits): what the
    round trip compares (ir/rtnormal.py), since the D port drops it where D would
    read the size (unsigned_narrow_as_plain)."""
    return _LONG_SIGNED.sub(lambda m: m.group(0) if m.group(1) else f"%{m.group(2)}{m.group(4)}", fmt)
