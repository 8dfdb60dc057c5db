"""DTrace's non-quiet framing written out in stap or Vue, read back as the framing.

A D script without `quiet` frames each record: the `CPU     ID ...` heading once,
then `%3d %6d %32s ` (CPU, probe ID, `function:name`) before a clause's output and
a newline after it. Its stap and Vue translations print that with statements of
their own (ir/framing.py explicit_framing): a global flag for the heading and a
printf at each end of the clause. Such a script is read as the framing it spells
(ir.Probe.framed, not quiet), so that it translates back into the D it came from.
A Vue port's CPU column is 0 where Vue cannot read the CPU (@@BEGIN, @@END: the Vue
printer's cpu_column()), said in a comment above the clause, which goes with it.

Only the framing D itself would do is taken: every clause framed, each one D
frames (it records data), of a BEGIN, END or ERROR probe whose DTrace ID and name
(1 :BEGIN, 2 :END, 3 :ERROR) the prefix states. Anything else stays the
statements it is.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir.sugarblocks import clause_records_data
from xtrace.ir import nodes as ir
from xtrace.ir.framing import HEADING
from xtrace.ir.sugarblocks import flat, records

_IDS = {"begin": (1, ":BEGIN"), "end": (2, ":END"), "error": (3, ":ERROR")}
# how the Vue printer's comment on a CPU column of 0 begins (frontends/vue/printer.py)
CPU_ZERO_NOTE = "the CPU column is 0: "


def read_dtrace_framing(globals_: list[ir.Global], probes: list[ir.Probe],
                        cpu_zero: bool = False) -> bool:
    """Take the framing statements out of `probes` (and their flag out of
    `globals_`), marking the probes framed, when every probe frames its output as
    DTrace does; say whether it did. `cpu_zero`: a CPU column of 0 is the CPU (Vue)."""
    if not probes:
        return False
    flag = _heading_flag(probes[0])
    if flag is None:
        # a clause with an `if` whose first block records nothing tests the flag in a
        # later block (ir/sugarblocks.py)
        flag = next((f for x in ir.walk(probes[0].body) if isinstance(x, ir.If)
                     for f in [_flag_tested(x)] if f is not None), None)
    g = next((g for g in globals_ if g.name == flag), None)
    if flag is None and _plain_heading(probes[0], alone=len(probes) == 1):
        g = None  # the heading first in a BEGIN probe that comes first (or the one END probe)
    elif flag is None or g is None or g.kind != "scalar" or g.init is not None:
        return False
    bodies = []
    for i, p in enumerate(probes):
        body = _unframed_body(p, flag, first=i == 0, cpu_zero=cpu_zero)
        if body is None or not clause_records_data(body):
            return False
        bodies.append(body)
    # the flag serves the heading alone
    for body in bodies:
        if flag is not None and any(isinstance(n, ir.Var) and n.name == flag for n in ir.walk(body)):
            return False
    for p, body in zip(probes, bodies):
        p.framed_cpu_zero = cpu_zero and any(
            isinstance(x, ir.Printf) and _is_prefix(x, p, True) and isinstance(x.args[0], ir.IntLit)
            for x in ir.walk(p.body))
        p.body = body
        p.framed = True
        p.comments = [c for c in p.comments if not c.startswith(CPU_ZERO_NOTE)]
    if g is not None:
        globals_.remove(g)
    return True


def _is_heading(s: ir.Stmt) -> bool:
    return isinstance(s, ir.Printf) and s.fmt == HEADING and not s.args and not s.stderr


def _plain_heading(p: ir.Probe, alone: bool = False) -> bool:
    """Whether p, the first probe, is a begin probe (or, `alone`, the script's only
    probe, an end probe) that prints the heading first without a flag (ir/framing.py:
    its record is the session's first)."""
    kinds = ("begin", "end") if alone else ("begin",)
    return (bool(p.points) and all(pt.kind == p.points[0].kind for pt in p.points)
            and p.points[0].kind in kinds and p.predicate is None
            and bool(p.body.stmts) and _is_heading(p.body.stmts[0]))


def _heading_flag(p: ir.Probe) -> Optional[str]:
    """The global `if (!flag) { flag = 1; printf(HEADING) }` first in p tests."""
    stmts = p.body.stmts
    return _flag_tested(stmts[0]) if stmts else None


def _flag_tested(s: ir.Stmt) -> Optional[str]:
    """The global `if (!flag) { flag = 1; printf(HEADING) }` statement `s` tests."""
    if not isinstance(s, ir.If) or s.else_ is not None:
        return None
    cond, then = s.cond, s.then
    if not (isinstance(cond, ir.Unary) and cond.op == "!" and isinstance(cond.operand, ir.Var)
            and cond.operand.scope == "global"):
        return None
    flag = cond.operand.name
    inner = then.stmts if isinstance(then, ir.Block) else [then]
    if len(inner) != 2 or not isinstance(inner[0], ir.ExprStmt) or not isinstance(inner[1], ir.Printf):
        return None
    a = inner[0].expr
    if not (isinstance(a, ir.Assign) and a.op == "=" and isinstance(a.target, ir.Var)
            and a.target.name == flag and isinstance(a.value, ir.IntLit) and a.value.value == 1):
        return None
    if inner[1].fmt != HEADING or inner[1].args or inner[1].stderr:
        return None
    return flag


def _unframed_body(p: ir.Probe, flag: Optional[str], first: bool = False,
                   cpu_zero: bool = False) -> Optional[ir.Block]:
    """p's body without its heading, prefix and closing newline, when it has them
    as DTrace frames this probe (`flag` None: the first probe prints the heading
    unconditionally, the others none)."""
    kinds = {pt.kind for pt in p.points}
    if len(kinds) != 1 or not kinds <= set(_IDS):
        return None
    stmts = p.body.stmts
    if any(isinstance(s, ir.If) and _flag_tested(s) is None for s in stmts) \
            or any(isinstance(x, ir.If) for s in stmts if not isinstance(s, ir.If) for x in ir.walk(s)):
        # a clause with an `if`: DTrace frames each basic block (ir/sugarblocks.py)
        return _blocks_unframed(p, flag, first, cpu_zero)
    if flag is not None:
        if _heading_flag(p) != flag:
            return None
    elif first != bool(stmts and _is_heading(stmts[0])):
        return None
    start = 1 if flag is not None or first else 0  # the heading's statement
    if len(stmts) < start + 2:
        return None
    if not _is_prefix(stmts[start], p, cpu_zero):
        return None
    inner = _record_inside(stmts[start + 1:])
    return None if inner is None else ir.Block(inner, loc=p.body.loc)


def _is_prefix(s: ir.Stmt, p: ir.Probe, cpu_zero: bool) -> bool:
    """Whether `s` is the probe line of `p` (a BEGIN, END or ERROR clause)."""
    pid, name = _IDS[p.points[0].kind]
    return (isinstance(s, ir.Printf) and s.fmt == "%3d %6d %32s " and not s.stderr
            and len(s.args) == 3 and _is_cpu(s.args[0], cpu_zero)
            and isinstance(s.args[1], ir.IntLit)
            and s.args[1].value == pid and isinstance(s.args[2], ir.StrLit)
            and s.args[2].value == name)


def _record_inside(stmts: list[ir.Stmt]) -> Optional[list[ir.Stmt]]:
    """The statements after a probe line up to the record's newline (which a final
    exit() may follow), without it; None when they do not end so."""
    if not stmts:
        return None
    # the newline before a final exit() (and the `next` after a block's exit():
    # ir/sugarblocks.py exits_end_clause)
    closing: list[ir.Stmt] = []
    if isinstance(stmts[-1], ir.Next):
        closing = [stmts[-1]]
    if len(stmts) > len(closing) and isinstance(stmts[-1 - len(closing)], ir.Exit):
        closing.insert(0, stmts[-1 - len(closing)])
    if len(stmts) <= len(closing) or (closing and not isinstance(closing[0], ir.Exit)):
        return None
    last = stmts[-1 - len(closing)]
    if not (isinstance(last, ir.Printf) and last.fmt == "\n" and not last.args and not last.stderr):
        return None
    return stmts[:len(stmts) - 1 - len(closing)] + closing


def _blocks_unframed(p: ir.Probe, flag: Optional[str], first: bool,
                     cpu_zero: bool) -> Optional[ir.Block]:
    """The body of `p`, a clause with an `if`, without the framing of each basic block
    that records (ir/framing.py explicit_framing): a block's probe line, after the
    heading's test when there is a flag, or the heading itself in the first block of
    the first clause; None where it is not that framing."""
    stmts = list(p.body.stmts)
    if flag is None and first:
        if not stmts or not _is_heading(stmts[0]):
            return None
        stmts = stmts[1:]
        if not stmts or not _is_prefix(stmts[0], p, cpu_zero):
            return None  # (the heading goes with the first block's probe line)
    heads = [0]
    body = _unframe(stmts, p, flag, cpu_zero, heads)
    if body is None or (flag is not None and heads[0] == 0):
        return None
    return ir.Block(body, loc=p.body.loc)


def _unframe(stmts: list[ir.Stmt], p: ir.Probe, flag: Optional[str], cpu_zero: bool,
             heads: list[int]) -> Optional[list[ir.Stmt]]:
    """_blocks_unframed of one body or branch (`heads[0]` counts the heading tests)."""
    items = flat(stmts)
    out: list[ir.Stmt] = []
    i = 0
    while i < len(items):
        x = items[i]
        if flag is not None and _flag_tested(x) == flag:
            # the heading's test goes with the probe line after it
            heads[0] += 1
            i += 1
            if i == len(items) or not _is_prefix(items[i], p, cpu_zero):
                return None
            continue
        if isinstance(x, ir.If):
            if flag is not None and _flag_tested(x) is not None:
                return None
            then = _unframe([x.then], p, flag, cpu_zero, heads)
            else_ = None if x.else_ is None else _unframe([x.else_], p, flag, cpu_zero, heads)
            if then is None or (x.else_ is not None and else_ is None):
                return None
            out.append(ir.If(x.cond, _branch(x.then, then),
                             None if x.else_ is None else _branch(x.else_, else_), loc=x.loc))
            i += 1
            continue
        j = i
        while j < len(items) and not isinstance(items[j], ir.If):
            j += 1
        run = items[i:j]
        k = next((k for k, x in enumerate(run) if _is_prefix(x, p, cpu_zero)), None)
        if k is not None:
            # (what can fault before the record's output goes before its probe line)
            inner = _record_inside(run[k + 1:])
            if inner is None or not records(inner) or records(run[:k]):
                return None
            out += run[:k] + inner
        elif records(run):
            return None  # a block D would frame
        else:
            out += run
        i = j
    return out


def _branch(old: ir.Stmt, stmts: list[ir.Stmt]) -> ir.Stmt:
    """An if or else body of statements `stmts`, braced as `old` was when it can be."""
    if not isinstance(old, ir.Block) and len(stmts) == 1:
        return stmts[0]
    return ir.Block(stmts, loc=old.loc)


def _is_cpu(e: ir.Expr, zero: bool) -> bool:
    return (isinstance(e, ir.Builtin) and e.name == "cpu") or \
        (zero and isinstance(e, ir.IntLit) and e.value == 0)
