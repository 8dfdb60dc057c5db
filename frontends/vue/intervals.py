"""Process-specific (profiling) interval probes: `@@interval:PID|$__CPID:clock:MS`.

IBM: the probe fires for the given process "running on any CPU". On Linux that is
the per-CPU timers with a condition on the interrupted task, `__pid == PID`, as the
first conjunct of the clause's predicate. `$__CPID` is written into the module only
once the -X command's shell starts, so until then it reads 0, which is also the
idle task's pid: the condition for it is `$__CPID != 0 && __pid == $__CPID`. The
printer takes exactly these conjuncts off again to write the PID field back.
"""

from __future__ import annotations

from typing import Optional, Union

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc

_NOWHERE = Loc("", 0, 0)


def conjuncts(pid: Union[int, str], at: Loc) -> list[ir.Expr]:
    """The conditions `@@interval:PID:...` adds; `pid` a number or "target" ($__CPID)."""
    if pid == "target":
        started = ir.Binary("!=", ir.Builtin("target", loc=at), ir.IntLit(0, loc=at), loc=at)
        return [started, ir.Binary("==", ir.Builtin("pid", loc=at), ir.Builtin("target", loc=at), loc=at)]
    return [ir.Binary("==", ir.Builtin("pid", loc=at), ir.IntLit(int(pid), loc=at), loc=at)]


def _split(pred: Optional[ir.Expr], n: int) -> tuple[list[ir.Expr], Optional[ir.Expr]]:
    """The first `n` conjuncts of `c1 && (c2 && rest)` and the rest."""
    heads: list[ir.Expr] = []
    while len(heads) < n and pred is not None:
        if isinstance(pred, ir.Binary) and pred.op == "&&":
            heads.append(pred.lhs)
            pred = pred.rhs
        else:
            heads.append(pred)
            pred = None
    return heads, pred


def peel(point: ir.ProbePoint, pred: Optional[ir.Expr]) -> Optional[tuple[str, Optional[ir.Expr]]]:
    """(the PID field, the rest of the predicate) when a per-CPU timer's predicate starts
    with what `conjuncts` builds; None otherwise."""
    if point.kind != "timer" or not point.per_cpu or point.randomize_ns or point.period_ns % 1_000_000:
        return None
    heads, rest = _split(pred, 2)
    if heads == conjuncts("target", _NOWHERE):
        return "$__CPID", rest
    heads, rest = _split(pred, 1)
    if len(heads) == 1:
        h = heads[0]
        if isinstance(h, ir.Binary) and h.op == "==" and h.lhs == ir.Builtin("pid") \
                and isinstance(h.rhs, ir.IntLit) and h.rhs.value > 0:
            return str(h.rhs.value), rest
    return None


def _cpu_items(cond: ir.Expr) -> Optional[list[str]]:
    """`cpu == N` / `cpu >= X && cpu <= Y` items of an `||` chain, as `N` / `X-Y`."""
    cpu = ir.Builtin("cpu")
    if isinstance(cond, ir.Binary) and cond.op == "||":
        lhs, rhs = _cpu_items(cond.lhs), _cpu_items(cond.rhs)
        return lhs + rhs if lhs is not None and rhs is not None else None
    if isinstance(cond, ir.Binary) and cond.op == "==" and cond.lhs == cpu \
            and isinstance(cond.rhs, ir.IntLit) and cond.rhs.value >= 0:
        return [str(cond.rhs.value)]
    if isinstance(cond, ir.Binary) and cond.op == "&&":
        lo, hi = cond.lhs, cond.rhs
        if isinstance(lo, ir.Binary) and isinstance(hi, ir.Binary) and lo.op == ">=" and hi.op == "<=" \
                and lo.lhs == cpu and hi.lhs == cpu and isinstance(lo.rhs, ir.IntLit) \
                and isinstance(hi.rhs, ir.IntLit) and 0 <= lo.rhs.value < hi.rhs.value:
            return [f"{lo.rhs.value}-{hi.rhs.value}"]
    return None


def peel_cpus(point: ir.ProbePoint, pred: Optional[ir.Expr]) -> Optional[tuple[str, Optional[ir.Expr]]]:
    """(the CPU field, the rest of the predicate) when a per-CPU timer's predicate starts
    with a test of the current CPU that `@@interval:*:clock:MS:10|12-20` can say."""
    if point.kind != "timer" or not point.per_cpu or point.randomize_ns or point.period_ns % 1_000_000:
        return None
    heads, rest = _split(pred, 1)
    items = _cpu_items(heads[0]) if heads else None
    if items is None:
        return None
    return "|".join(items), rest
