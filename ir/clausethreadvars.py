"""D thread-locals that live only within one clause, said as that clause's locals.

Lucera's proc_sys.d times each system call with `self->start` (set at entry, read
at return) and also writes `self->stop = timestamp;` at the top of its return
clause, which alone reads it, only after that store. The stored value never
reaches another firing, so the variable is the clause's own: a stap port keeping
it a `stop[tid()]` array (with its delete at thread exit) says a state the script
does not keep, where a porter writes `stop = ktime_get_ns()`. A thread-local is
such a variable when one clause's body alone names it (no predicate, no other
clause, no function) and a plain store to it, at the top of that body, comes before
every other statement naming it; a name any global, function or local of the
program also has, a store of 0 (which frees it, and a string one reads "" after) and
no read at all (a store the printers leave out, or refuse where it can fault) keep it a
thread-local. A D one only: a Vue port's `__thread` variables stay as they were.
"""

from __future__ import annotations

import copy

from . import nodes as ir


def clause_thread_vars_as_locals(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose thread-locals confined to one clause, stored before
    they are read there, are that clause's locals; `prog` itself when there are none."""
    names = _confined(prog)
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        for x in ir.walk(p.body):
            if isinstance(x, ir.Var) and x.scope == "thread" and x.name in names:
                x.scope = "local"
    return prog


def _thread_names(node) -> set[str]:
    return {x.name for x in ir.walk(node) if isinstance(x, ir.Var) and x.scope == "thread"}


def _confined(prog: ir.Program) -> set[str]:
    taken = {g.name for g in prog.globals} | {f.name for f in prog.functions}
    taken |= {x.name for x in ir.walk([p.body for p in prog.probes] + [p.predicate for p in prog.probes]
                                      + [f.body for f in prog.functions])
              if isinstance(x, ir.Var) and x.scope == "local"}
    elsewhere = _thread_names([f.body for f in prog.functions]) | _thread_names(
        [p.predicate for p in prog.probes])
    # a store of 0 frees a D thread-local, a string one too (it reads "" after): no
    # local of the port's says that
    elsewhere |= {x.target.name for x in ir.walk([p.body for p in prog.probes])
                  if isinstance(x, ir.Assign) and isinstance(x.target, ir.Var)
                  and x.target.scope == "thread" and isinstance(x.value, ir.IntLit) and x.value.value == 0}
    bodies: dict[str, int] = {}
    for i, p in enumerate(prog.probes):
        for name in _thread_names(p.body):
            bodies[name] = -1 if name in bodies else i
    out = set()
    for name, i in bodies.items():
        if i < 0 or name in elsewhere or name in taken:
            continue
        body = prog.probes[i].body
        first = next(s for s in body.stmts if name in _thread_names(s))
        # (one never read is a store the printers leave out, or refuse where it can fault)
        if _plain_store(first, name) and _reads(body, name):
            out.add(name)
    return out


def _reads(body: ir.Block, name: str) -> bool:
    """Whether `body` reads the thread-local `name` (not only stores to it)."""
    targets = {id(x.target) for x in ir.walk(body) if isinstance(x, ir.Assign)}
    return any(isinstance(x, ir.Var) and x.scope == "thread" and x.name == name
               and id(x) not in targets for x in ir.walk(body))


def _plain_store(s: ir.Stmt, name: str) -> bool:
    """`s` is `name = value` with `value` not naming the variable."""
    return (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "="
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "thread"
            and s.expr.target.name == name and name not in _thread_names(s.expr.value))
