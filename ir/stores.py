"""Stores into C-typed variables, as a printer of a C-typed language writes them.

Vue (and D) variables of type char/short/int wrap as C does; the lowering makes
that explicit, `x = (int)(x + 1)` for Vue's `x++`, because IR integers are 64-bit
and stap has no narrow types. A printer for a language whose variables carry
their C type can drop the conversion again: storing into the variable converts.
"""

from __future__ import annotations

from typing import Optional

from . import nodes as ir
from .types import Type

def constant_fits(value: ir.Expr, t: Optional[Type]) -> bool:
    """Whether `value` is an integer constant (or its negation) that integer type `t` holds."""
    if t is None or t.kind != "int":
        return False
    v = ir.int_constant(value)
    if v is None:
        return False
    lo, hi = (-(1 << (t.bits - 1)), (1 << (t.bits - 1)) - 1) if t.signed else (0, (1 << t.bits) - 1)
    return lo <= v <= hi


def convert(value: ir.Expr, t: Type, loc=None) -> ir.Expr:
    """`value` converted to C integer type `t` as a store into a `t` variable (or
    a cast) converts it: unchanged when 64-bit, a constant `t` holds, or already
    converted to `t` or narrower of the same signedness; else a Cast. The masks
    stap writes for such a conversion (a translated script read back) count as one."""
    if t.bits >= 64 or constant_fits(value, t):
        return value
    value = cast_of_masks(value, unsigned_too=True)
    if isinstance(value, ir.Cast) and value.to.bits <= t.bits and value.to.signed == t.signed:
        return value
    return ir.Cast(Type("int", t.bits, t.signed), value, loc=loc if loc is not None else value.loc)


# C's compound assignments: `x = (T)(x op v)` is `x op= v` on a variable of type T.
_COMPOUND = frozenset({"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"})


def implicit_store(e: ir.Assign, declared: Optional[Type], statement: bool) -> ir.Expr:
    """`e` as a C-typed language writes it when its target is declared `declared`:
    `x = (T)(x + 1)` is `x++` (`++x` where its value is used), `x = (T)v` is
    `x = v`; anything else unchanged."""
    v = e.value
    if (e.op != "=" or declared is None or not isinstance(v, ir.Cast)
            or v.to.bits != declared.bits or v.to.signed != declared.signed):
        return e
    inner = v.operand
    if (isinstance(inner, ir.Binary) and inner.op in "+-" and inner.lhs == e.target
            and inner.rhs == ir.IntLit(1)):
        return ir.IncDec(e.target, inner.op * 2, prefix=not statement, loc=e.loc, type=e.type)
    if isinstance(inner, ir.Binary) and inner.op in _COMPOUND and inner.lhs == e.target:
        return ir.Assign(e.target, inner.op + "=", inner.rhs, loc=e.loc, type=e.type)
    return ir.Assign(e.target, "=", inner, loc=e.loc, type=e.type)


def implicit_postfix(e: ir.Cast, declared_of) -> Optional[ir.IncDec]:
    """`(T)((x = (T)(x + 1)) - 1)`, the lowering's postfix `x++` on a variable of
    type T, as `x++` again (`declared_of(target)` gives a target's declared type)."""
    inner = e.operand
    if not (isinstance(inner, ir.Binary) and inner.op in "+-" and inner.rhs == ir.IntLit(1)
            and isinstance(inner.lhs, ir.Assign)):
        return None
    store = implicit_store(inner.lhs, declared_of(inner.lhs.target), statement=False)
    if not isinstance(store, ir.IncDec) or store.op[0] == inner.op:
        return None  # not an increment undone by its opposite
    if (e.to.bits, e.to.signed) != (inner.lhs.value.to.bits, inner.lhs.value.to.signed):
        return None
    return ir.IncDec(store.target, store.op, prefix=False, loc=e.loc, type=e.type)


def cast_of_masks(e: ir.Expr, unsigned_too: bool) -> ir.Expr:
    """C's conversion to a narrow integer type as a language without casts (stap)
    writes it, read back as the Cast it stands for: `((v & M) ^ S) - S` with
    M = 2^b - 1, S = 2^(b-1) is `(intb_t)v`; with `unsigned_too` (a store into a
    typed variable, where a mask can only be the conversion), `v & M` is `(uintb_t)v`."""
    if (isinstance(e, ir.Binary) and e.op == "-" and isinstance(e.rhs, ir.IntLit)
            and isinstance(e.lhs, ir.Binary) and e.lhs.op == "^" and e.lhs.rhs == e.rhs):
        bits = e.rhs.value.bit_length()
        if e.rhs.value == 1 << (bits - 1) and bits in _WIDTHS:
            inner = _unmask(e.lhs.lhs, bits)
            if inner is not None:
                return ir.Cast(Type("int", bits, True), inner, loc=e.loc)
    if unsigned_too and isinstance(e, ir.Binary) and e.op == "&" and isinstance(e.rhs, ir.IntLit):
        bits = e.rhs.value.bit_length()
        if bits in _WIDTHS and _unmask(e, bits) is not None:
            return ir.Cast(Type("int", bits, False), e.lhs, loc=e.loc)
    return e


_WIDTHS = (8, 16, 32)


def _unmask(e: ir.Expr, bits: int) -> Optional[ir.Expr]:
    """v when `e` is `v & (2^bits - 1)` (or already read as `(uintb_t)v`)."""
    if isinstance(e, ir.Binary) and e.op == "&" and e.rhs == ir.IntLit((1 << bits) - 1):
        return e.lhs
    if isinstance(e, ir.Cast) and (e.to.bits, e.to.signed) == (bits, False):
        return e.operand
    return None
