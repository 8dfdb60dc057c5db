"""Values that never exceed a narrow C integer type, so that a stap port writes C's
conversion to that type (D's `(int)x`, the `int32_t` index of tcp.d's
tcp_state_string[]) as the value alone.

stap's numbers are 64 bits; the printer writes a conversion to `int` as its
`dtrace_int()` helper. Where the operand can only hold values of the type (a kernel
field or tracepoint parameter of the type or a narrower one, a comparison's 0 or 1,
a mask within the type's range, a constant expression whose value the type holds)
the conversion changes nothing, and a porter writes none (a kernel function's
parameter too, where ir/kfuncparams.py knows its type): D's
`tcp_state_string[args[3]->tcps_state]` is stap's `tcp_state_string($newstate)`.
"""

from __future__ import annotations

from typing import Optional

from . import nodes as ir
from .kfuncparams import KERNEL_FUNCTION_PARAMS
from .syscall_returns import returns_int
from .tpcasts import c_type
from .types import Type

# C integer types of tracepoint parameters by their spelling (qualifiers and spaces
# gone, as tpcasts.c_type writes them): (bits, signed). x86-64's char is signed.
_C_INTS: dict[str, tuple[int, bool]] = {
    "char": (8, True), "signedchar": (8, True), "unsignedchar": (8, False),
    "short": (16, True), "unsignedshort": (16, False),
    "int": (32, True), "signedint": (32, True), "unsigned": (32, False), "unsignedint": (32, False),
    "bool": (8, False), "_Bool": (8, False),
    "u8": (8, False), "u16": (16, False), "u32": (32, False),
    "s8": (8, True), "s16": (16, True), "s32": (32, True),
    "__u8": (8, False), "__u16": (16, False), "__u32": (32, False),
    "__s8": (8, True), "__s16": (16, True), "__s32": (32, True),
    "pid_t": (32, True), "uid_t": (32, False), "gid_t": (32, False),
}

# Built-ins whose values are small non-negative numbers: Linux's pid_max is at most
# 2^22 (PID_MAX_LIMIT), and a CPU number is below NR_CPUS.
_SMALL_BUILTINS = frozenset({"pid", "tid", "ppid", "cpu"})

_COMPARISONS = frozenset({"==", "!=", "<", "<=", ">", ">=", "&&", "||"})


def _range(bits: int, signed: bool) -> tuple[int, int]:
    return (-(1 << (bits - 1)), (1 << (bits - 1)) - 1) if signed else (0, (1 << bits) - 1)


def _within(bits: int, signed: bool, t: Type) -> bool:
    """Does every value of the (bits, signed) integer type lie in type t's range?"""
    lo, hi = _range(bits, signed)
    tlo, thi = _range(t.bits, t.signed)
    return tlo <= lo and hi <= thi


def exact_value(e: ir.Expr) -> Optional[int]:
    """The value stap computes for integer constant expression `e` (its numbers do
    not wrap at 32 bits as C's int does), None where `e` is not one or a step could
    leave 64 bits."""
    v = ir.int_constant(e)
    if v is not None:
        return v
    if isinstance(e, ir.Binary) and e.op in ("+", "-", "*", "&", "|", "^"):
        a, b = exact_value(e.lhs), exact_value(e.rhs)
        if a is None or b is None or (e.op in "&|^" and (a < 0 or b < 0)):
            return None
        v = {"+": a + b, "-": a - b, "*": a * b, "&": a & b, "|": a | b, "^": a ^ b}[e.op]
        return v if abs(v) < (1 << 62) else None
    return None


def _tracepoint_type(e: ir.ProbeArg, points: list[ir.ProbePoint], known: dict) -> Optional[tuple[int, bool]]:
    """The integer type of tracepoint parameter `e` where every point is a tracepoint
    declaring it by that name with one integer type; `known` maps a point's name to
    its [C type, name] pairs (driver/translate.py record_tracepoint_params)."""
    if not points or any(pp.kind != "tracepoint" for pp in points):
        return None
    types = set()
    for pp in points:
        found = [ctype for ctype, name in known.get(pp.name) or [] if name == e.name]
        if len(found) != 1 or c_type(found[0]) not in _C_INTS:
            return None
        types.add(_C_INTS[c_type(found[0])])
    return types.pop() if len(types) == 1 else None


def _kernel_function_type(e: ir.ProbeArg, points: list[ir.ProbePoint]) -> Optional[tuple[int, bool]]:
    """The integer type of kernel function parameter `e` where every point is the entry
    of a function ir/kfuncparams.py knows to declare it with one integer type."""
    if not points or any(pp.kind != "kfunc" or pp.is_return for pp in points):
        return None
    types = {KERNEL_FUNCTION_PARAMS.get(pp.name, {}).get(e.name) for pp in points}
    if len(types) != 1 or None in types or next(iter(types)) not in _C_INTS:
        return None
    return _C_INTS[types.pop()]


def holds_only(e: ir.Expr, t: Type, points: list[ir.ProbePoint], known: dict) -> bool:
    """Does `e` only ever hold values of integer type `t` in a stap port, so that
    converting it to t changes nothing? `points`: the probe's points, `known` their
    tracepoints' parameters (none where the caller has no probe)."""
    def fits(x: ir.Expr) -> bool:
        return holds_only(x, t, points, known)
    if isinstance(e, ir.Translated):  # D's args[3]->tcps_state: what it is made of
        return fits(e.value)
    if isinstance(e, ir.Ternary):
        return fits(e.then) and fits(e.else_)
    if isinstance(e, (ir.Var, ir.Index)) and e.type is not None and e.type.kind == "int" \
            and (e.type.bits, e.type.signed) == (t.bits, t.signed):
        return True  # a variable of the type holds only its values (its stores convert)
    if isinstance(e, ir.Builtin) and e.name in _SMALL_BUILTINS:
        return t.bits >= 32  # a pid (at most 2^22 on Linux) or CPU number fits an int
    if isinstance(e, ir.Builtin) and e.name == "retval":
        # at the return of syscalls that all return an int (ir/syscall_returns.py)
        return bool(points) and all(pp.kind == "syscall" and pp.is_return and returns_int(pp.name)
                                    for pp in points) and _within(32, True, t)
    if isinstance(e, ir.Binary) and e.op in _COMPARISONS or isinstance(e, ir.Unary) and e.op == "!":
        return _within(1, False, t)  # 0 or 1
    value = exact_value(e)
    if value is not None:
        lo, hi = _range(t.bits, t.signed)
        return lo <= value <= hi
    if isinstance(e, ir.Binary):
        return _binary_holds(e, t, fits)
    if isinstance(e, ir.KernelMember) and e.bitfield is None and not (e.decay or e.addr_of or e.array_addr) \
            and e.type is not None and e.type.kind == "int" and e.type.ctype is None:
        return _within(e.type.bits, e.type.signed, t)  # stap reads a field as its C type
    if isinstance(e, ir.ProbeArg):
        found = _tracepoint_type(e, points, known) or _kernel_function_type(e, points)
        return found is not None and _within(*found, t)
    return False


def _binary_holds(e: ir.Binary, t: Type, fits) -> bool:
    """The operators whose result stays within t's range when their operands do
    (`x / 4`, `x >> 1`, `x | 1` of an int x), or that a mask bounds (`m & 0170000`)."""
    lhs, rhs = exact_value(e.lhs), exact_value(e.rhs)
    if e.op == "&" and any(v is not None and 0 <= v <= _range(t.bits, t.signed)[1] for v in (lhs, rhs)):
        return True  # from 0 up to the mask, whatever the other side holds
    if e.op in ("&", "|", "^"):
        return fits(e.lhs) and fits(e.rhs)  # bitwise, of values sign-extended alike
    if e.op in ("/", "%") and rhs is not None and (rhs >= 1 or (e.op == "%" and rhs != 0)):
        return fits(e.lhs)  # no larger than the dividend (C's and stap's division truncate)
    if e.op == ">>" and rhs is not None and rhs >= 0:
        return fits(e.lhs)
    return False
