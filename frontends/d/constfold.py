"""Integer constant expressions of D, folded at compile time where D wants a
constant (the parameters of lquantize()/llquantize()/quantize()): literals,
inline constants (`inline int MAXCPUID = 1024;`), casts and arithmetic on them."""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir


def _wrap(v: int, bits: int, signed: bool) -> int:
    v &= (1 << bits) - 1
    return v - (1 << bits) if signed and v >> (bits - 1) else v


def const_int(e: ir.Expr) -> Optional[int]:
    """The value of `e` if it is an integer constant expression, else None."""
    if isinstance(e, ir.IntLit):
        return e.value
    if isinstance(e, ir.Cast) and e.to.is_int:
        v = const_int(e.operand)
        return None if v is None else _wrap(v, e.to.bits, e.to.signed)
    if isinstance(e, ir.Unary):
        v = const_int(e.operand)
        if v is None:
            return None
        return {"-": -v, "+": v, "~": ~v, "!": int(not v)}.get(e.op)
    if isinstance(e, ir.Binary):
        a, b = const_int(e.lhs), const_int(e.rhs)
        if a is None or b is None:
            return None
        if e.op in ("/", "%") and b == 0:
            return None
        ops = {"+": lambda: a + b, "-": lambda: a - b, "*": lambda: a * b,
               "/": lambda: int(a / b), "%": lambda: a - b * int(a / b),
               "<<": lambda: a << b if 0 <= b < 64 else None,
               ">>": lambda: a >> b if 0 <= b < 64 else None,
               "&": lambda: a & b, "|": lambda: a | b, "^": lambda: a ^ b}
        f = ops.get(e.op)
        return None if f is None else f()
    return None
