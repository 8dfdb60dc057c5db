"""stap's `sprintf("%d", n)` and `sprintf("0x%x", n)` read back as D's lltostr().

The stap translation says D's lltostr(n) as `sprintf("%d", n)` and lltostr(n, 16)
as `sprintf("0x%x", n)` (frontends/stap/printer.py): they write the same
characters. lltostr() (runtime/xt_str.h, xt_lltostr) writes base 10 with a `-`
before the digits of a negative value and "0" for 0, and base 16 as `0x` and the
digits of the 64-bit pattern ("0x0" for 0, "0xffffffffffffffff" for -1), which
are stap's %d and 0x%x of its 64-bit value. D has no sprintf, so back in D such a
sprintf is that lltostr(), in two places:

- a sprintf that is itself an argument of a printf, as the script is written
  (before its functions are inlined): what the translation of D's
  `printf("%s", lltostr(n))` looks like. ir/sprintfsplice.py would write it into
  the printf's format (`%d`, which prints the same but is another script); a
  sprintf that reaches the printf through a function's return or a local (the
  stap idiom that splicing is for), or as a piece of a concatenation, is still
  written into the format;
- a sprintf left after that splicing, used as a value (stored, concatenated,
  passed to a subroutine): ir/sprintfjoin.py says it as its pieces strjoin()ed,
  lltostr() being the one piece of such a sprintf.

Other formats (`%x` without the prefix, widths, `%u`) are not what lltostr()
prints and stay sprintf (which D refuses, or splices).
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT64, STRING

# the sprintf format -> lltostr's base (None: the default, 10)
_BASES: dict[str, Optional[int]] = {"%d": None, "0x%x": 16}


def as_lltostr(e: ir.Expr) -> Optional[ir.Call]:
    """The lltostr() call that prints what `e` prints, when `e` is a sprintf of one
    integer in one of lltostr's formats; else None."""
    if not (isinstance(e, ir.Sprintf) and e.fmt in _BASES and len(e.args) == 1):
        return None
    value = e.args[0]
    if value.type is not None and value.type.is_str:
        return None  # not a number (stap rejects it; nothing to read back)
    args = [value]
    base = _BASES[e.fmt]
    if base is not None:
        args.append(ir.IntLit(base, loc=e.loc, type=INT64))
    return ir.Call("lltostr", args, loc=e.loc, type=STRING)


def printed_sprintfs_as_lltostr(prog: ir.Program) -> ir.Program:
    """`prog` with each printf argument that is such a sprintf as the script writes
    it (in probes and functions, before any inlining) replaced by lltostr(); `prog`
    itself when it has none."""
    def printfs(p: ir.Program) -> list[ir.Printf]:
        return [n for root in ir.program_roots(p) for n in ir.walk(root) if isinstance(n, ir.Printf)]

    if not any(as_lltostr(a) is not None for s in printfs(prog) for a in s.args):
        return prog
    prog = copy.deepcopy(prog)
    for s in printfs(prog):
        s.args = [as_lltostr(a) or a for a in s.args]
    return prog
