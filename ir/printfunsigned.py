"""D's plain %d of an unsigned 64-bit value, in a port's format.

libdtrace shows `%d` of an unsigned type as `%u` (pfcheck_dint rewrites the
conversion), so `printf("%d", (unsigned long long)-1)` prints
18446744073709551615; stap's and Vue's %d would print -1. A port writes such a
conversion `%u` where the script casts the value to an unsigned 64-bit type itself
(what it does to see that value); a timestamp, a size or a kernel member of such a
type keeps its %d, which shows the same below 2**63. Narrower unsigned values are
never negative as 64-bit numbers, so their %d stays.
"""

from __future__ import annotations

import re

from . import nodes as ir

# one conversion: flags, width, precision, length, letter (`%%` is group 1 "%")
_CONV = re.compile(r"%(%|[-+ #0]*(?:\d+|\*)?(?:\.(?:\d+|\*)?)?(hh|h|ll|l|L|j|z|t|q)?([A-Za-z]))")


def unsigned_d_as_u(fmt: str, args: list[ir.Expr]) -> str:
    """`fmt` with each plain %d whose argument is a cast to an unsigned 64-bit integer
    made %u (a format with a `*` width or precision is left as it is)."""
    if "*" in fmt:
        return fmt
    convs = [m for m in _CONV.finditer(fmt) if m.group(1) != "%"]
    if len(convs) != len(args):
        return fmt
    out, pos = [], 0
    for m, a in zip(convs, args):
        t = a.to if isinstance(a, ir.Cast) else None
        if m.group(3) == "d" and not m.group(2) and t is not None and t.is_int \
                and not t.signed and t.bits == 64:
            out.append(fmt[pos:m.end() - 1] + "u")
            pos = m.end()
    return "".join(out) + fmt[pos:]
