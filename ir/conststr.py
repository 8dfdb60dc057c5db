"""The value of a D string subroutine whose arguments are all constants.

A port can say such a call where the target has no function for it: Vue has no
substr(), strlen(), lltostr() or stringat(), D no stringat(). When every argument
is a constant (a literal, or D's probeprov at a BEGIN clause, "dtrace"), the
value is a constant too, and a porter writes it: dtrace-utils' tst.substr-strjoin.d
prints `substr(strjoin(strjoin(substr(probeprov, 0, 2), substr(probeprov, 2)),
...), 6, 3)` at BEGIN, which is "BEG"; stap's `stringat("ok", 0)` is 111 ('o').

The values follow DTrace's rules (dtrace_dif_subr, as runtime/xt_str.h and the
stap helpers of frontends/stap/print_dstrings.py do): substr() counts a negative
index from the end and clamps to the string and to strsize; lltostr() writes base
10 with a `-`; stringat() is stap's, 0 past the end. A result longer than strsize
(DTrace would cut it) is not folded, nor is a string with a NUL. stap's string
functions D has not (str_replace(), text_str(), ctime() ...) fold by stap's rules
(ir/stapconst.py).
"""

from __future__ import annotations

from typing import Callable, Optional, Union

from . import nodes as ir
from . import stapconst
from .types import signed_bits

Value = Union[int, str]
# the constant a leaf stands for (a built-in the clause decides), or None
Leaf = Callable[[ir.Expr], Optional[Value]]

STRSIZE = 256  # D's default strsize, with its NUL

FOLDABLE = frozenset({"substr", "strjoin", "strlen", "lltostr", "stringat"}) | stapconst.FOLDABLE


def _substr(s: str, index: int, rem: Optional[int], size: int) -> str:
    """D's substr(s, index[, rem]), as the stap helper dtrace_substr computes it."""
    length = len(s)
    if rem is None:
        rem = size
    if index < 0:
        index += length
        if index < 0 and index + rem > 0:
            rem += index
            index = 0
    if index >= length or index < 0:
        rem = 0
    elif rem < 0:
        rem += length - index
    elif rem > size - index:
        rem = size - index
    if 0 <= index <= length and rem > length - index:
        rem = length - index
    return s[index:index + rem] if rem > 0 else ""


def call_value(name: str, args: list[Value], size: int = STRSIZE) -> Optional[Value]:
    """D's (or stap's stringat) `name` of the constant `args`, or None where the call
    is not one this folds or its arguments are not of its types."""
    if name in stapconst.FOLDABLE:
        return stapconst.call_value(name, args)
    strs = [a for a in args if isinstance(a, str)]
    out: Optional[Value] = None
    if name == "strlen" and len(args) == 1 and strs:
        out = len(strs[0])
    elif name == "strjoin" and len(args) == 2 and len(strs) == 2:
        out = strs[0] + strs[1]
    elif name == "lltostr" and len(args) in (1, 2) and isinstance(args[0], int) \
            and args[1:] in ([], [10]):
        out = str(args[0])
    elif name == "stringat" and len(args) == 2 and isinstance(args[0], str) \
            and isinstance(args[1], int):
        s, i = args[0], args[1]
        out = ord(s[i]) if 0 <= i < len(s) else 0
    elif name == "substr" and len(args) in (2, 3) and isinstance(args[0], str) \
            and all(isinstance(a, int) for a in args[1:]):
        out = _substr(args[0], args[1], args[2] if len(args) == 3 else None, size)  # type: ignore[arg-type]
    if isinstance(out, str) and (len(out) >= size or "\0" in out):
        return None
    return out


def value(e: ir.Expr, leaf: Leaf, size: int = STRSIZE) -> Optional[Value]:
    """The constant `e` is: a literal, what `leaf` says of another leaf, a foldable
    call or a string concatenation (stap's `.`) of constants; else None."""
    if isinstance(e, (ir.IntLit, ir.StrLit)):
        return e.value
    if isinstance(e, ir.Call) and e.name in FOLDABLE:
        args = [value(a, leaf, size) for a in e.args]
        if any(a is None for a in args):
            return None
        return call_value(e.name, args, size)  # type: ignore[arg-type]
    if isinstance(e, ir.Binary) and e.op == ".":
        a, b = value(e.lhs, leaf, size), value(e.rhs, leaf, size)
        if isinstance(a, str) and isinstance(b, str) and len(a + b) < size:
            return a + b
        return None
    if isinstance(e, ir.Cast) and e.to.is_int and e.to.bits == 64:
        a = value(e.operand, leaf, size)
        return signed_bits(a) if isinstance(a, int) else None
    if isinstance(e, ir.Binary) and e.op in _INT_OPS:
        a, b = value(e.lhs, leaf, size), value(e.rhs, leaf, size)
        if not (isinstance(a, int) and isinstance(b, int)) or (e.op == "<<" and not 0 <= b < 64):
            return None
        return _fits(signed_bits(_INT_OPS[e.op](a, b)), _wide(e.lhs) or _wide(e.rhs))
    if isinstance(e, ir.Unary) and e.op == "-":
        a = value(e.operand, leaf, size)
        return _fits(signed_bits(-a), _wide(e.operand)) if isinstance(a, int) else None
    return leaf(e)


# the integer operators folded, on 64-bit values as D's long long (the result wraps)
_INT_OPS: dict[str, Callable[[int, int], int]] = {
    "+": lambda a, b: a + b, "-": lambda a, b: a - b, "*": lambda a, b: a * b,
    "<<": lambda a, b: a << b, "&": lambda a, b: a & b, "|": lambda a, b: a | b,
}


def _wide(e: ir.Expr) -> bool:
    """Whether C computes `e` in 64 bits: a long long cast or literal, or an operator
    with such an operand (an int's arithmetic is 32-bit)."""
    if isinstance(e, ir.Cast):
        return e.to.bits == 64
    if isinstance(e, ir.IntLit):
        return (e.type is not None and e.type.bits == 64) or not -(1 << 31) <= e.value < (1 << 31)
    if isinstance(e, ir.Binary):
        return _wide(e.lhs) or _wide(e.rhs)
    if isinstance(e, ir.Unary):
        return _wide(e.operand)
    return e.type is not None and e.type.bits == 64


def _fits(v: int, wide: bool) -> Optional[int]:
    """`v`, or None where an int's arithmetic would have wrapped (not folded)."""
    return v if wide or -(1 << 31) <= v < (1 << 31) else None
