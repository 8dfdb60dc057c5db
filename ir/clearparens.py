"""Parentheses a reader wants where precedence does not need them.

The printers put only the parentheses an expression's precedence needs; C's rules
then print `(x << 1) ^ (y << 2)` as `x << 1 ^ y << 2` and `(a >> 8) & 0xff` as
`a >> 8 & 0xff`, which mean the same but which people do not write (gcc's
-Wparentheses asks for the parentheses back). D, stap and Vue share C's order of
these operators, so one rule serves the three printers.
"""
from __future__ import annotations

from . import nodes as ir

_BITWISE = frozenset({"|", "^", "&"})
_SHIFT = frozenset({"<<", ">>"})
_ARITH = frozenset({"+", "-", "*", "/", "%"})
_COMPARE = frozenset({"==", "!=", "<", "<=", ">", ">="})


def wants_parens(op: str, operand: ir.Expr) -> bool:
    """Whether `operand`, a side of a binary `op`, is written in parentheses for
    clarity: an `&&` under `||`; another operator's shift, arithmetic, comparison or
    bitwise operation under a bitwise one; arithmetic under a shift."""
    if not isinstance(operand, ir.Binary) or operand.op == op:
        return False
    if op == "||":
        return operand.op == "&&"
    if op in _BITWISE:
        return operand.op in _BITWISE | _SHIFT | _ARITH | _COMPARE
    if op in _SHIFT:
        return operand.op in _ARITH
    return False


def operand_floor(op: str, operand: ir.Expr, table: dict[str, int]) -> int:
    """The least binding strength `operand` may print with under `op` so that it
    takes the parentheses wants_parens() asks for (0: no need), in a printer's
    precedence `table` (higher binds tighter)."""
    if wants_parens(op, operand) and operand.op in table:  # type: ignore[attr-defined]
        return table[operand.op] + 1  # type: ignore[attr-defined]
    return 0
