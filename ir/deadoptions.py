"""The code of a D script that an option set to 0 keeps from running.

The DTraceToolkit's wrappers write their command-line options into the D program
as inline constants (procsystime's `inline int OPT_cpu = 0;`) and guard each
option's code with them: `OPT_cpu ? self->vstart = vtimestamp : 1;`, a clause
`/self->vstart/` that reads vtimestamp, an END clause `/OPT_cpu/`. With the option
off, none of it ever runs. A port keeps the options (`@define OPT_cpu %( 0 %)`)
and the code they guard; but where the target cannot express that code (stap and
ProbeVue have no vtimestamp), the porter of the script as the wrapper ran it
leaves it out, and so does this: an `if` on a false option, a clause whose
predicate needs one, and then a clause whose predicate needs a variable that the
remaining code never sets to anything but 0 (self->vstart, once its one non-zero
assignment is gone: D's variables start at 0), until nothing more goes. Used only
when the port would otherwise be refused (driver/translate.py), so a port that can
keep the options' code keeps it.
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir


def without_dead_options(prog: ir.Program) -> Optional[tuple[ir.Program, list[str]]]:
    """A copy of `prog` without the code a false option (an inline constant of 0)
    keeps from running, and the options whose code went (for the port to say so,
    as a porter would); None when there is none."""
    prog = copy.deepcopy(prog)
    changed = False
    options: set[str] = set()
    while True:
        zero = _never_set(prog)
        probes = [p for p in prog.probes if not _false(p.predicate, zero, options)]
        dropped = len(probes) != len(prog.probes)
        prog.probes = probes
        pruned = False
        for p in prog.probes:
            body = _pruned(p.body, zero, options)
            if body is not p.body:
                p.body, pruned = body, True
        if not (dropped or pruned):
            break
        changed = True
    if not changed:
        return None
    # a variable or aggregation only the dropped code used (procsystime's @CPU) goes too,
    # with D's exit dump of it (an aggregation never updated prints nothing)
    updated = {x.agg for p in prog.probes if not p.implicit for x in ir.walk(p.body)
               if isinstance(x, ir.AggUpdate)}
    for p in prog.probes:
        if p.implicit:
            p.body = ir.Block([s for s in p.body.stmts
                               if not (isinstance(s, ir.PrintAgg) and s.agg not in updated)],
                              loc=p.body.loc)
    prog.probes = [p for p in prog.probes if not p.implicit or p.body.stmts]
    used = _names(prog)
    prog.globals = [g for g in prog.globals if g.name in used]
    return prog, sorted(options)


def _names(prog: ir.Program) -> set[str]:
    """The variables, arrays and aggregations the program's code names."""
    out: set[str] = set()
    code = [p.body for p in prog.probes] + [p.predicate for p in prog.probes
                                            if p.predicate is not None]
    code += [f.body for f in prog.functions]
    for node in ir.walk(code):
        for field in ("name", "map", "agg"):
            v = getattr(node, field, None)
            if isinstance(v, str):
                out.add(v)
        out.update(getattr(node, "more", None) or [])
    return out


def _false(e: Optional[ir.Expr], zero: set[tuple[str, str]], options: set[str]) -> bool:
    """Whether condition `e` never holds: a false option (`OPT_cpu`, `!OPT_elapsed` of a
    set one), a variable never set to anything but 0, or a conjunction with one. The
    options that decide it are added to `options`."""
    if e is None:
        return False
    if isinstance(e, ir.IntLit) and e.name is not None and e.value == 0:
        options.add(e.name)
        return True
    if isinstance(e, ir.Unary) and e.op == "!" and isinstance(e.operand, ir.IntLit) \
            and e.operand.name is not None and e.operand.value != 0:
        options.add(e.operand.name)
        return True
    if isinstance(e, ir.Var):
        return (e.scope, e.name) in zero
    if isinstance(e, ir.Binary) and e.op == "&&":
        return _false(e.lhs, zero, options) or _false(e.rhs, zero, options)
    if isinstance(e, ir.Binary) and e.op == "||":
        # both sides must be false, so what the first says counts only then
        lhs: set[str] = set()
        if _false(e.lhs, zero, lhs) and _false(e.rhs, zero, lhs):
            options |= lhs
            return True
        return False
    if isinstance(e, ir.Binary) and e.op == "!=" and isinstance(e.rhs, ir.IntLit) \
            and e.rhs.value == 0:
        return _false(e.lhs, zero, options)
    return False


def _pruned(s: ir.Stmt, zero: set[tuple[str, str]], options: set[str]) -> ir.Stmt:
    """`s` without its `if`s on a condition that never holds (the `else`, if any,
    in their place); `s` itself when it has none."""
    if isinstance(s, ir.If):
        if _false(s.cond, zero, options):
            return _pruned(s.else_, zero, options) if s.else_ is not None else ir.Block([], loc=s.loc)
        then = _pruned(s.then, zero, options)
        else_ = _pruned(s.else_, zero, options) if s.else_ is not None else None
        if then is s.then and else_ is s.else_:
            return s
        return ir.If(s.cond, then, else_, loc=s.loc)
    if isinstance(s, ir.Block):
        stmts = [_pruned(x, zero, options) for x in s.stmts]
        if all(a is b for a, b in zip(stmts, s.stmts)):
            return s
        return ir.Block([x for x in stmts if not (isinstance(x, ir.Block) and not x.stmts)],
                        loc=s.loc)
    return s


def _never_set(prog: ir.Program) -> set[tuple[str, str]]:
    """The global and thread-local scalars the program never sets to anything but 0
    (D's variables start at 0; assigned only 0, or not at all, they stay 0)."""
    seen: set[tuple[str, str]] = set()
    nonzero: set[tuple[str, str]] = {("global", g.name) for g in prog.globals if g.init is not None}
    code = [p.body for p in prog.probes] + [p.predicate for p in prog.probes
                                            if p.predicate is not None]
    for node in ir.walk(code + [f.body for f in prog.functions]):
        if isinstance(node, ir.Var) and node.scope in ("global", "thread"):
            seen.add((node.scope, node.name))
        target = node.target if isinstance(node, (ir.Assign, ir.IncDec)) else None
        if isinstance(target, ir.Var) and not (
                isinstance(node, ir.Assign) and node.op == "="
                and isinstance(node.value, ir.IntLit) and node.value.value == 0):
            nonzero.add((target.scope, target.name))
    return seen - nonzero
