"""stap's ctime() printed, in a D port: the nearest is D's %Y, not the same text.

stap's ctime(secs) (ctime.stp) is asctime's layout in UTC, `Mon Dec  7 01:00:00 2026`;
D has no function of a time to a string, and its printf's %Y of a time in
nanoseconds prints libdtrace's "%Y %b %e %T" in the consumer's local time,
`2026 Dec  7 01:00:00`: the year first, no weekday, 20 characters to 24. So a port
refuses ctime() and names %Y as the nearest; with --force, a printf's %s of
ctime(x) becomes %Y of x in nanoseconds (walltimestamp for gettimeofday_s()),
after a comment saying how its text differs (forktracker.stp's timestamps).
"""

from __future__ import annotations

import copy
from typing import Callable, Optional

from xtrace.frontends.stap.print_common import CONV_RE, star_width
from xtrace.ir import nodes as ir
from xtrace.ir.types import INT64

DIFFERS = ("D's printf %Y of the time prints `2026 Dec  7 01:00:00` (the year first, no "
           "weekday, the consumer's local time), where stap's ctime() prints "
           "`Mon Dec  7 01:00:00 2026` (UTC)")
NEAREST = ("printf(\"%Y\", walltimestamp) for ctime(gettimeofday_s()), which prints "
           "`2026 Dec  7 01:00:00` (the year first, no weekday, local time) where ctime() "
           "prints `Mon Dec  7 01:00:00 2026` (UTC)")


def _nanoseconds(secs: ir.Expr) -> ir.Expr:
    """The time `secs` (seconds) in nanoseconds, as %Y takes it: walltimestamp itself
    for gettimeofday_s() (walltimestamp / 1000000000)."""
    if isinstance(secs, ir.Binary) and secs.op == "/" and isinstance(secs.lhs, ir.Builtin) \
            and secs.lhs.name == "walltimestamp" and ir.int_constant(secs.rhs) == 1_000_000_000:
        return secs.lhs
    return ir.Binary("*", secs, ir.IntLit(1_000_000_000, loc=secs.loc, type=INT64),
                     loc=secs.loc, type=INT64)


def ctime_printf_as_date(s: ir.Printf, folds: Callable[[ir.Call], bool] = lambda c: False
                         ) -> Optional[ir.Printf]:
    """A copy of stap printf `s` with each plain %s of ctime(secs) D's %Y of the time
    (its flags and width kept: DTrace pads a date as a string); None when `s` prints
    no ctime() so, or one with a precision (a cut date). A call `folds` says is of
    constants is left alone: the printer writes its text, stap's exactly."""
    convs = [m for m in CONV_RE.finditer(s.fmt) if m.group(1) != "%"]
    if star_width(s.fmt) or len(convs) != len(s.args) or s.stderr:
        return None
    out, args, pos, found = [], list(s.args), 0, False
    for i, m in enumerate(convs):
        a = s.args[i]
        if not (isinstance(a, ir.Call) and a.name == "ctime" and len(a.args) == 1) or folds(a):
            continue
        if m.group(4) != "s" or m.group(2) or "." in m.group(3):
            return None
        out.append(s.fmt[pos:m.start()] + "%" + m.group(3) + "Y")
        pos = m.end()
        args[i] = _nanoseconds(copy.deepcopy(a.args[0]))
        found = True
    if not found:
        return None
    return ir.Printf("".join(out) + s.fmt[pos:], args, loc=s.loc)
