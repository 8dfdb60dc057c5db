"""An aggregation every update of which names one constant key: it holds one row
at most, so its table needs no walk and no sort (the Vue printer writes its print
as the printf of that row: frontends/vue/onekey.py), and D's end-of-run dump of it
may carry the table's blank line in the row, printed only with it, as dtrace's dump,
which walks records, does."""

from __future__ import annotations

from typing import Optional

from . import nodes as ir


def _constant(e: ir.Expr) -> bool:
    return isinstance(e, (ir.IntLit, ir.StrLit))


def same_literals(a: list[ir.Expr], b: list[ir.Expr]) -> bool:
    """Whether two lists of literals say the same values."""
    return len(a) == len(b) and all(type(x) is type(y) and _constant(x) and x.value == y.value
                                    for x, y in zip(a, b))


def one_constant_key(prog: ir.Program, agg: str) -> Optional[list[ir.Expr]]:
    """The one key tuple, all literals, that every update of the aggregation `agg`
    names (nothing else adds an element: a delete or trunc() takes elements away),
    when nothing reads an element of it; None otherwise."""
    key: Optional[list[ir.Expr]] = None
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.AggUpdate) and x.agg == agg:
                if not x.keys or not all(_constant(k) for k in x.keys):
                    return None
                if key is None:
                    key = list(x.keys)
                elif not same_literals(key, x.keys):
                    return None
            elif isinstance(x, ir.AggRead) and x.agg == agg:
                return None
    return key
