"""A tracepoint's argument read by position and cast to its parameter's type is
that parameter by name.

D types a tracepoint's arguments as integers, so a D script reads a pointer
parameter as `(struct task_struct *)args[1]`; stap names it (`$prev`) with its
type already. The two read the same bits as the same type, so the stap printer
writes the cast as the name, and the round trip's comparison (ir/rtnormal.py)
reads it as the name. The parameters are each point's on the target, recorded
in the program's options by driver/translate.py's record_tracepoint_params()."""

from __future__ import annotations

import re
from typing import Optional

from . import nodes as ir


def c_type(ctype: str) -> str:
    """A C type as compared for reading through it: qualifiers and spacing aside."""
    return re.sub(r"\s+", "", re.sub(r"\b(const|volatile)\b", "", ctype))


def tracepoint_param(e: ir.KernelCast, points: list[ir.ProbePoint], known: dict) -> Optional[str]:
    """The name of the tracepoint parameter `e` is, where `e` casts a tracepoint's
    argument by position (D's `(struct task_struct *)args[1]`) to exactly that
    parameter's C type in every one of `points` (tracepoints, none an alias), by the
    same name in each; `known` maps a point's name to its [C type, name] pairs."""
    m = re.fullmatch(r"arg(\d)", e.expr.name) if isinstance(e.expr, ir.Builtin) else None
    return None if m is None else param_at(int(m.group(1)), points, known, e.ctype)


def param_at(index: int, points: list[ir.ProbePoint], known: dict,
             ctype: Optional[str] = None) -> Optional[str]:
    """The name of the tracepoint parameter at `index` in every one of `points`
    (tracepoints, none an alias), the same name in each (and, given `ctype`, of
    exactly that C type); else None. A bare `args[N]` of D reads the parameter's
    bits as an integer, which stap's `$name` reads too (a pointer as its address)."""
    if not points or any(pp.kind != "tracepoint" or pp.alias for pp in points):
        return None
    names = set()
    for pp in points:
        params = known.get(pp.name)
        if params is None or index >= len(params) or (
                ctype is not None and c_type(params[index][0]) != c_type(ctype)):
            return None
        names.add(params[index][1])
    return names.pop() if len(names) == 1 else None


def casts_as_params(probe: ir.Probe, known: dict):
    """A map_tree function turning each such cast in `probe` into the parameter by
    name (ir.ProbeArg), as stap reads it."""
    def named(e):
        if isinstance(e, ir.KernelCast):
            name = tracepoint_param(e, probe.points, known)
            if name is not None:
                return ir.ProbeArg(name, loc=e.loc)
        return e
    return named
