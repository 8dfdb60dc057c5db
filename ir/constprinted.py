"""An integer constant printed by a numeric conversion of a printf, as the text it
prints (the round trip's comparison: ir/rtnormal.py).

D prints an integer at its type's width (libdtrace reads each record by its size,
and a plain %d of an unsigned type is %u: runtime/format.py's format_one, which
the run uses with the argument's type). A port says a constant of a narrow or
unsigned type its own way, which reads back in D as another constant printing
the same digits: D's `%u` of `(char)0xef` is the stap port's `0xef & 0xff`, back
in D `(unsigned char)0xef`; `%d` of `(unsigned long long)-1` is the ports' `%u`
of -1, back `%u` of `-1LL`; `(int64_t)(int)-1` is stap's -1, back `-1LL`. Each
prints what the other prints, so both are compared as that text, written into the
format as a literal's is (ir/printflits.py). stap and Vue record every integer as
64 bits (stap's `%#x` and `%#c` its own way: stap_pieces), which a constant's C
value, so recorded, prints as. Only with every conversion paired with its argument
and no `*` width.
"""

from __future__ import annotations

from typing import Optional

from xtrace.runtime.format import FormatError, compile_format, format_one, stap_pieces

from . import nodes as ir
from .constint import int_value

# the conversions that print an integer as digits or a character
_INTEGER_LETTERS = frozenset("diuxXoc")


def constants_printed(fmt: str, args: list[ir.Expr], prog: ir.Program) -> tuple[str, list[ir.Expr]]:
    """`fmt` and `args` of a printf of `prog` with each integer constant argument of a
    numeric conversion written into the format as the text the run prints for it;
    unchanged where the conversions and the arguments do not pair up one to one."""
    ctypes = bool((prog.options or {}).get("ctypes"))
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%"]
    if len(convs) != len(args) or ir.has_star_conversion(fmt):
        return fmt, args
    out, kept, pos = [], [], 0
    for m, a in zip(convs, args):
        text = _printed(m.group(0), a, ctypes, prog.lang == "stap") \
            if m.group(2) in _INTEGER_LETTERS else None
        if text is None:
            kept.append(a)
            continue
        out.append(fmt[pos:m.start()] + text.replace("%", "%%"))
        pos = m.end()
    if len(kept) == len(args):
        return fmt, args
    return "".join(out) + fmt[pos:], kept


def _printed(conv: str, e: ir.Expr, ctypes: bool, stap: bool) -> Optional[str]:
    """What the printf prints for constant `e` through conversion `conv`, or None
    where `e` is no integer constant (or the text would end the format: a NUL).
    `ctypes`: integers print at their type's width (D); `stap`: stap's conversions."""
    found = int_value(e)
    if found is None:
        return None
    value, ctype = found
    # the type the run reads the record by: the analysis's, as the code generator's
    t = e.type if e.type is not None and e.type.is_int else ctype
    try:
        pieces = compile_format(conv)
    except FormatError:
        return None
    if len(pieces) != 1 or pieces[0].conv is None:
        return None
    if not ctypes:
        text = format_one((stap_pieces(pieces) if stap else pieces)[0], value)
    else:
        text = format_one(pieces[0], value, bits=t.bits, unsigned=not t.signed)
    return None if "\0" in text else text
