"""A Vue port's CPU column of 0, said in D as the CPU it stands for.

DTrace's non-quiet probe line starts with the CPU the clause ran on. Vue cannot
read the CPU in @@BEGIN, @@END or an @@interval clause without a process ID, so
the Vue port of such a framed clause prints 0 there and says so above the clause
(frontends/vue/printer.py cpu_column(): `the CPU column is 0: @@BEGIN cannot read
__curthread->cpuid (DTrace prints the CPU its BEGIN ran on)`). Where every clause
of the port is framed as DTrace frames BEGIN, END and ERROR, the Vue front end
reads the framing back whole (frontends/dframing.py). Where it is not (a framed
syscall clause beside them, whose probe line the ports write with its ID), the
clause keeps its framing printfs, and this module takes the note as the porter's
word for what the 0 stood for: that clause's probe-line printf
(`printf("%3d %6d %32s ", 0, ID, NAME)`, its first, after the heading's) prints
D's `cpu` again, and the note, which D no longer needs, goes.

Strict: only a clause carrying the note, and only the one printf of exactly that
format whose first argument is the constant 0, at the clause's top, first or
right after the heading (a human's `printf("%3d ...", 0, ...)` elsewhere is left
as it is)."""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.frontends.dframing import CPU_ZERO_NOTE
from xtrace.ir import nodes as ir
from xtrace.ir.framing import HEADING
from xtrace.ir.types import INT32

# the probe line of a framed BEGIN, END or tick clause (ir/framing.py)
_PREFIX = "%3d %6d %32s "


def cpu_notes_as_cpu(prog: ir.Program) -> ir.Program:
    """`prog` (a Vue program) with the CPU column of 0 of each clause carrying the
    Vue port's note as D's `cpu`, the note dropped; `prog` itself where none does."""
    if prog.lang != "vue":
        return prog
    header = list((prog.options or {}).get("header_comments") or [])
    # (first in the file, the first clause's note is the script's opening comment)
    opening = [c for c in header if c.startswith(CPU_ZERO_NOTE)]
    first = bool(prog.probes) and len(opening) == 1 and header[-1] == opening[0] \
        and not _noted(prog.probes[0]) and _prefix_at(prog.probes[0]) is not None
    if not first and not any(_noted(p) for p in prog.probes):
        return prog
    prog = copy.copy(prog)
    if first:
        prog.options = dict(prog.options)
        prog.options["header_comments"] = header[:-1]
    probes = []
    for i, p in enumerate(prog.probes):
        at = _prefix_at(p) if _noted(p) or (first and i == 0) else None
        if at is None:
            probes.append(p)
            continue
        p = copy.deepcopy(p)
        line = p.body.stmts[at]
        line.args[0] = ir.Builtin("cpu", loc=line.args[0].loc, type=INT32)
        p.comments = [c for c in p.comments if not c.startswith(CPU_ZERO_NOTE)]
        probes.append(p)
    prog.probes = probes
    return prog


def _noted(p: ir.Probe) -> bool:
    return any(c.startswith(CPU_ZERO_NOTE) for c in p.comments)


def _prefix_at(p: ir.Probe) -> Optional[int]:
    """The index of the clause's probe-line printf with a CPU of 0: its first
    statement, or the one after the heading (printed plainly, or under the
    `if (!flag)` the ports write)."""
    stmts = p.body.stmts
    for i in (0, 1):
        if i >= len(stmts):
            return None
        s = stmts[i]
        if isinstance(s, ir.Printf) and s.fmt == _PREFIX and not s.stderr and len(s.args) == 3 \
                and isinstance(s.args[0], ir.IntLit) and s.args[0].value == 0:
            return i
        if i == 0 and not _heading(s):
            return None
    return None


def _heading(s: ir.Stmt) -> bool:
    """Whether `s` prints DTrace's heading (plainly, or under an `if`)."""
    if isinstance(s, ir.Printf):
        return s.fmt == HEADING and not s.args
    if isinstance(s, ir.If) and s.else_ is None:
        inner = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
        return any(isinstance(x, ir.Printf) and x.fmt == HEADING for x in inner)
    return False
