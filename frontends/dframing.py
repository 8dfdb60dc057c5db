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

from xtrace.frontends.d.lower_util import _records_data as records_data
from xtrace.ir import nodes as ir
from xtrace.ir.framing import HEADING

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
    g = next((g for g in globals_ if g.name == flag), None)
    if flag is None and _plain_heading(probes[0], alone=len(probes) == 1):
        g = None  # the heading first in a BEGIN probe that comes first (or the one END probe)
    elif flag is None or g is None or g.kind != "scalar" or g.init is not None:
        return False
    bodies = []
    for i, p in enumerate(probes):
        body = _unframed_body(p, flag, first=i == 0, cpu_zero=cpu_zero)
        if body is None or not records_data(body):
            return False
        bodies.append(body)
    # the flag serves the heading alone
    for body in bodies:
        if flag is not None and any(isinstance(n, ir.Var) and n.name == flag for n in ir.walk(body)):
            return False
    for p, body in zip(probes, bodies):
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
    if not stmts or not isinstance(stmts[0], ir.If) or stmts[0].else_ is not None:
        return None
    cond, then = stmts[0].cond, stmts[0].then
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
    if flag is not None:
        if _heading_flag(p) != flag:
            return None
    elif first != bool(stmts and _is_heading(stmts[0])):
        return None
    start = 1 if flag is not None or first else 0  # the heading's statement
    if len(stmts) < start + 2:
        return None
    prefix, last = stmts[start], stmts[-1]
    pid, name = _IDS[kinds.pop()]
    if not (isinstance(prefix, ir.Printf) and prefix.fmt == "%3d %6d %32s " and not prefix.stderr
            and len(prefix.args) == 3 and _is_cpu(prefix.args[0], cpu_zero)
            and isinstance(prefix.args[1], ir.IntLit)
            and prefix.args[1].value == pid and isinstance(prefix.args[2], ir.StrLit)
            and prefix.args[2].value == name):
        return None
    closing = [last] if isinstance(last, ir.Exit) else []  # the newline before a final exit()
    if closing:
        last = stmts[-2]
    if not (isinstance(last, ir.Printf) and last.fmt == "\n" and not last.args and not last.stderr):
        return None
    return ir.Block(stmts[start + 1:len(stmts) - 1 - len(closing)] + closing, loc=p.body.loc)


def _is_cpu(e: ir.Expr, zero: bool) -> bool:
    return (isinstance(e, ir.Builtin) and e.name == "cpu") or \
        (zero and isinstance(e, ir.IntLit) and e.value == 0)
