"""The value of an integer constant expression, computed as C computes it.

A D `inline` of a constant expression (`inline char new_char = 'c' + 2;`,
`inline short new_short = 10 * new_char;`, dtrace-utils' tst.InlineExpression.d)
is its value wherever it is used. Kept as an expression, its ports wrote each
conversion out at each use (stap's `(((10 * ((((99 + 2) & 0xff) ^ 0x80) - 0x80))
& 0xffff) ^ 0x8000) - 0x8000`); a person writes the value the compiler computes,
`@define new_short %( 1010 %)`. This computes it with C's rules: operands narrower
than int are promoted to int, the two sides of an operator are converted to their
common type (64 bits when either is, unsigned when the wider one is), the result
wraps at that type's width, division truncates towards zero, a cast keeps the low
bits of its type. Anything else (a variable, a call, a division by zero, a shift
out of range) is not a constant: None.
"""

from __future__ import annotations

from typing import Optional

from . import nodes as ir
from .types import INT32, INT64, UINT64, Type, signed_bits


def convert(v: int, t: Type) -> int:
    """`v` converted to integer type `t`: its low bits, signed or not as `t` is."""
    return signed_bits(v, t.bits) if t.signed else v & ((1 << t.bits) - 1)


def _promoted(t: Type) -> Type:
    return INT32 if t.bits < 32 else t


def _common(a: Type, b: Type) -> Type:
    """C's usual arithmetic conversions of two promoted integer types."""
    if a.bits != b.bits:
        wide = a if a.bits > b.bits else b
        return wide
    return Type("int", a.bits, a.signed and b.signed)


_CMP = {"==": lambda a, b: a == b, "!=": lambda a, b: a != b, "<": lambda a, b: a < b,
        "<=": lambda a, b: a <= b, ">": lambda a, b: a > b, ">=": lambda a, b: a >= b}


def c_div(a: int, b: int) -> int:
    """C's integer division: the quotient truncated towards zero (Python's floors)."""
    q = abs(a) // abs(b)
    return q if (a < 0) == (b < 0) else -q


# C's arithmetic on two integers of one type, before the result wraps to it
C_ARITH = {"+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
           "/": c_div, "%": lambda a, b: a - c_div(a, b) * b, "&": lambda a, b: a & b,
           "|": lambda a, b: a | b, "^": lambda a, b: a ^ b}


def int_value(e: ir.Expr) -> Optional[tuple[int, Type]]:
    """The value of integer constant expression `e` and its C type, else None."""
    if isinstance(e, ir.IntLit):
        t = e.type if e.type is not None and e.type.is_int else \
            (INT32 if -(1 << 31) <= e.value < (1 << 31) else INT64 if e.value < (1 << 63) else UINT64)
        return convert(e.value, t), t
    if isinstance(e, ir.Cast) and e.to.is_int and e.to.bits in (8, 16, 32, 64):
        inner = int_value(e.operand)
        return None if inner is None else (convert(inner[0], e.to), e.to)
    if isinstance(e, ir.Unary) and e.op in ("-", "~", "!", "+"):
        inner = int_value(e.operand)
        if inner is None:
            return None
        t = _promoted(inner[1])
        v = {"-": -inner[0], "~": ~inner[0], "+": inner[0], "!": int(inner[0] == 0)}[e.op]
        return (v, INT32) if e.op == "!" else (convert(v, t), t)
    if isinstance(e, ir.Ternary):
        cond, a, b = int_value(e.cond), int_value(e.then), int_value(e.else_)
        if cond is None or a is None or b is None:
            return None
        t = _common(_promoted(a[1]), _promoted(b[1]))
        return convert(a[0] if cond[0] else b[0], t), t
    if isinstance(e, ir.Binary):
        return _binary(e)
    return None


def _binary(e: ir.Binary) -> Optional[tuple[int, Type]]:
    a, b = int_value(e.lhs), int_value(e.rhs)
    if a is None or b is None:
        return None
    if e.op in ("&&", "||"):
        return int(bool(a[0]) and bool(b[0]) if e.op == "&&" else bool(a[0]) or bool(b[0])), INT32
    if e.op in ("<<", ">>"):
        t = _promoted(a[1])
        if not 0 <= b[0] < t.bits:
            return None
        x = convert(a[0], t)
        return convert(x << b[0] if e.op == "<<" else x >> b[0], t), t
    t = _common(_promoted(a[1]), _promoted(b[1]))
    x, y = convert(a[0], t), convert(b[0], t)
    if e.op in _CMP:
        return int(_CMP[e.op](x, y)), INT32
    if e.op not in C_ARITH or (e.op in ("/", "%") and y == 0):
        return None
    return convert(C_ARITH[e.op](x, y), t), t
