"""The per-syscall variables of stap's syscall tapset (`fd`, `filename`, ...).

A probe on syscalls may read the variables its syscalls' tapset aliases set;
on several syscalls, those of any of them (the others read 0 or "", as an
unset stap local). A name none of them has is an error naming what they have.
"""

from __future__ import annotations

from typing import Callable

from xtrace.ir import nodes as ir
from xtrace.ir import syscalls as sc
from xtrace.ir.loc import Loc, XtraceError


def point_syscalls(pp: ir.ProbePoint) -> list[str]:
    """The tapset's syscalls a syscall probe point names (globs expanded)."""
    return sc.glob(pp.name)


def syscall_var(name: str, points: list[ir.ProbePoint], error: Callable[..., XtraceError],
                node, loc: Loc) -> ir.SyscallVar:
    """IR for tapset variable `name` in a probe on syscall `points`, or the error."""
    def spelling(pp: ir.ProbePoint) -> str:
        return pp.spelling or f"syscall.{pp.name}{'.return' if pp.is_return else ''}"

    returns = [pp for pp in points if pp.is_return]
    if returns:
        raise error(f"unknown variable '{name}': {spelling(returns[0])} has only "
                    f"{', '.join(sc.COMMON_RETURN)}", node)
    names = [s for pp in points for s in point_syscalls(pp)]
    if sc.resolve(name, names) and name not in sc.RETURN_ONLY:
        return ir.SyscallVar(name, loc=loc)
    if len(points) == 1 and len(names) == 1:
        known = sc.lookup(names[0])
        have = [v for v in known.variables() if v not in sc.RETURN_ONLY] if known else []
        have += list(sc.COMMON_ENTRY)
        raise error(f"unknown variable '{name}': syscall '{names[0]}' has {', '.join(have)}", node)
    raise error(f"unknown variable '{name}': none of the probed syscalls has it", node)
