"""A syscall's raw argument and the stap tapset variable that holds it exactly.

D's `(int)arg0` at syscall::write:entry and Vue's `__arg1` of write are stap's
`int_arg(1)`, which a SystemTap user writes `fd`: the variable syscall.write
sets to that argument. The variable holds exactly what the raw read gives only
where its kind reads the argument the same way (ir/syscalls.py `_CTYPE`, the
backend's `_value_c`): a 32-bit signed kind (fd, pid, sig, flags) is
`int_arg(N)`, a 32-bit unsigned one (uint, hex, octal, mode) `uint_arg(N)`, a
64-bit one (count, buf_uaddr, length) the whole register, `long_arg(N)`. A
user string (filename) is quoted in the variable, so `user_string(long_arg(2))`
stays. stap reads the name back as that variable (frontends/stap/sysvars.py),
and D and Vue print the variable as the raw argument again, so round trips hold.

A name the script uses for a variable of its own is not taken (a global `fd`
would be the one the alias assigns), nor is a probe on syscalls that hold the
argument under different names. Where they hold it in different places, D reads
it as a `?:` on probefunc choosing the raw argument for each syscall (poll's
`timeout` is its third argument, epoll_wait's its fourth: `probefunc == "poll" ?
(int)arg2 : (int)arg3`, frontends/d/printer.py); that whole `?:`, choosing
exactly as the variable's places say, is the variable again.

params_as_raw_args() is the way back, for a printer that compares clauses by
their raw reads (Vue's open clause and its openat companion).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir import syscalls as sc
from xtrace.ir.anonagg import names_in
from xtrace.ir.types import Type

_ARG = re.compile(r"arg([0-5])")
# the C type raw_args gives a variable -> how a raw read is that value
_READS = {"int": "s32", "unsigned int": "u32", "long": "s64", "unsigned long": "s64"}


def raw_args_as_params(prog: ir.Program) -> ir.Program:
    """`prog` with the raw syscall-entry arguments that a tapset variable holds
    exactly written as that variable (ir.SyscallVar); `prog` itself if none."""
    taken = names_in(prog)  # a parameter named as the script's own variable is not one
    changed = False
    probes = []
    for p in prog.probes:
        if not sc.entry_points_only(p.points):
            probes.append(p)
            continue
        q = copy.deepcopy(p)
        hits: list[bool] = []
        names = {}  # (index, reads) -> name or None, per probe

        def param(index: int, reads: str) -> Optional[str]:
            key = (index, reads)
            if key not in names:
                names[key] = _param_name(index, reads, q.points, taken)
            return names[key]

        def rewrite(x):
            found = _named(x, param) or _picked_by_syscall(x, q.points, taken)
            if found is not None:
                hits.append(True)
                return found
            if _narrow_raw(x):
                return x  # int_arg(3) of write stays: `count` would need int32() around it
            if dataclasses.is_dataclass(x):
                for fld in dataclasses.fields(x):
                    v = getattr(x, fld.name)
                    if isinstance(v, list):
                        setattr(x, fld.name, [rewrite(i) if isinstance(i, (ir.Expr, ir.Stmt)) else i
                                              for i in v])
                    elif isinstance(v, (ir.Expr, ir.Stmt)):
                        setattr(x, fld.name, rewrite(v))
            return x

        q.body = rewrite(q.body)
        if q.predicate is not None:
            q.predicate = rewrite(q.predicate)
        changed = changed or bool(hits)
        probes.append(q if hits else p)
    return dataclasses.replace(prog, probes=probes) if changed else prog


def _narrow_raw(x) -> bool:
    """Whether `x` is a cast of a raw argument to fewer than 64 bits."""
    return isinstance(x, ir.Cast) and isinstance(x.operand, ir.Builtin) \
        and bool(_ARG.fullmatch(x.operand.name)) and x.to.bits < 64


def _named(x, param) -> Optional[ir.SyscallVar]:
    """The variable for raw read `x` (a 32-bit cast of argN, or argN itself), or None.
    A cast of argN no variable holds is left whole: its operand is not looked at."""
    if isinstance(x, ir.Cast) and isinstance(x.operand, ir.Builtin) and _ARG.fullmatch(x.operand.name):
        if x.to.bits != 32 or x.to.kind != "int":
            return None if x.to.bits < 64 else _named(x.operand, param)
        name = param(int(x.operand.name[3]), "s32" if x.to.signed else "u32")
    elif isinstance(x, ir.Builtin) and _ARG.fullmatch(x.name):
        name = param(int(x.name[3]), "s64")
    else:
        return None
    if name is None:
        return None
    return ir.SyscallVar(name, loc=x.loc, type=x.type)


def _raw_place(x) -> Optional[tuple[int, str]]:
    """(argument index, how it is read) of raw read `x` (as _READS says), or None."""
    if isinstance(x, ir.Cast) and isinstance(x.operand, ir.Builtin) and _ARG.fullmatch(x.operand.name):
        if x.to.kind != "int" or x.to.bits not in (32, 64):
            return None
        reads = "s64" if x.to.bits == 64 else "s32" if x.to.signed else "u32"
        return int(x.operand.name[3]), reads
    if isinstance(x, ir.Builtin) and _ARG.fullmatch(x.name):
        return int(x.name[3]), "s64"
    return None


def _syscalls_tested(cond) -> Optional[list[str]]:
    """The syscalls `probefunc == "a" || probefunc == "b"` tests for, or None."""
    if isinstance(cond, ir.Binary) and cond.op == "||":
        lhs, rhs = _syscalls_tested(cond.lhs), _syscalls_tested(cond.rhs)
        return None if lhs is None or rhs is None else lhs + rhs
    if isinstance(cond, ir.Binary) and cond.op == "==" and isinstance(cond.lhs, ir.Builtin) \
            and cond.lhs.name == "probefunc" and isinstance(cond.rhs, ir.StrLit):
        return [cond.rhs.value]
    return None


def _picked_by_syscall(x, points: list, taken: set[str]) -> Optional[ir.SyscallVar]:
    """The variable a `?:` on probefunc over raw reads is (D's reading of a variable
    its syscalls hold in different places), or None: each arm the syscalls it tests
    and the place they hold the variable, the last arm the rest, in the order of
    ir/syscalls.raw_arg_arms."""
    if not isinstance(x, ir.Ternary):
        return None
    chain: list[tuple[Optional[list[str]], Optional[tuple[int, str]]]] = []
    e = x
    while isinstance(e, ir.Ternary):
        which = _syscalls_tested(e.cond)
        if which is None:
            return None
        chain.append((which, _raw_place(e.then)))
        e = e.else_
    chain.append((None, _raw_place(e)))
    if any(place is None for _, place in chain):
        return None
    names = [s for pp in points for s in sc.glob(pp.name)]
    first = sc.lookup(names[0]) if names else None
    if first is None:
        return None
    for v in first.variables().values():
        if v.name in taken:
            continue
        arms = sc.raw_arg_arms(v.name, points)
        if arms is None or len(arms) != len(chain):
            continue
        if all((which is None or sorted(which) == sorted(syscalls))
               and place == (index, _READS.get(ctype))
               for (which, place), ((index, ctype), syscalls) in zip(chain, arms)):
            return ir.SyscallVar(v.name, loc=x.loc, type=x.type)
    return None


def _param_name(index: int, reads: str, points: list, taken: set[str]) -> Optional[str]:
    """The variable every syscall of `points` holds argument `index` in, read as
    `reads`; the one argstr shows first where a syscall has several."""
    names = [s for pp in points for s in sc.glob(pp.name)]
    first = sc.lookup(names[0]) if names else None
    if first is None:
        return None
    shown = sorted(first.variables().values(), key=lambda v: not v.in_argstr)
    for v in shown:
        if v.index != index or v.name in taken:
            continue
        arms = sc.raw_arg_arms(v.name, points)
        if arms is not None and len(arms) == 1 and arms[0][0][0] == index \
                and _READS.get(arms[0][0][1]) == reads:
            return v.name
    return None


def raw_read(e: ir.SyscallVar, points: list) -> Optional[ir.Expr]:
    """The raw read (argN, or its 32-bit cast) tapset variable `e` holds exactly at
    `points`, or None (a string, a variable in several places, no syscall entry)."""
    arms = sc.raw_arg_arms(e.name, points)
    if arms is None or len(arms) != 1:
        return None
    (index, ctype), _ = arms[0]
    reads = _READS.get(ctype)
    if reads is None:
        return None
    arg = ir.Builtin(f"arg{index}", loc=e.loc, type=e.type)
    if reads == "s64":
        return arg
    return ir.Cast(Type("int", 32, reads == "s32"), arg, loc=e.loc, type=e.type)


def params_as_raw_args(probe: ir.Probe) -> ir.Probe:
    """A copy of `probe` with each tapset variable that holds a raw argument exactly
    written as that raw read (the inverse of raw_args_as_params)."""
    q = copy.deepcopy(probe)

    def fn(x):
        if isinstance(x, ir.SyscallVar):
            return raw_read(x, q.points) or x
        return x
    q.body = ir.map_tree(q.body, fn)
    if q.predicate is not None:
        q.predicate = ir.map_tree(q.predicate, fn)
    return q
