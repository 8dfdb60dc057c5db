"""A D or Vue port's `a[k] != 0` read back as stap's `k in a`.

D and Vue have no membership test: for an array whose every store is a value
that is never 0 (or ""), the ports say stap's `k in a` as `a[k] != 0` and
`!(k in a)` as `a[k] == 0` (ir/membership.py). For such an array the two are
the same value whatever the key: a stap element that was never stored (or was
deleted) reads as 0 without being made, and one that was stored is not 0. So
the stap frontend lowers the comparison as the membership test it stands for,
and a stap script's port comes back as the script.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir
from xtrace.ir.membership import nonzero_maps


def comparisons_as_membership(prog: ir.Program) -> None:
    """Rewrite, in place, `a[k] != 0` as `k in a` and `a[k] == 0` as `!(k in a)` (""
    for an array of strings) where every store into `a` is never 0 (or "")."""
    maps = nonzero_maps(prog)
    if not maps:
        return

    def fn(x):
        if not (isinstance(x, ir.Binary) and x.op in ("!=", "==") and isinstance(x.lhs, ir.Index)
                and x.lhs.map in maps):
            return x
        zero = ir.StrLit("") if maps[x.lhs.map] else ir.IntLit(0)
        if type(x.rhs) is not type(zero) or x.rhs.value != zero.value:
            return x
        test = ir.InMap(x.lhs.keys, x.lhs.map, loc=x.loc, type=x.type)
        return test if x.op == "!=" else ir.Unary("!", test, loc=x.loc, type=x.type)

    ir.map_code(prog, fn)
