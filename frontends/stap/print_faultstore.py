"""D and Vue globals stap would print at exit, kept silent with stap's `delete`.

stap prints a global the script writes and never reads (as stap counts reads: `if
(++n == 1)` is none); D and Vue print nothing for it. stap counts a `delete` as a
use, so the port says one where it changes nothing visible: after a store nothing
reads whose value can fault (below), and in place of a store of 0 or "" (stap's
delete of a scalar sets it back to that). Both are read back by the D printer.

A D or Vue store nothing reads whose value can fault, kept for its fault:

`x = 1 / z` into a global nothing reads does nothing visible in D but fault
when z is 0 (ending the clause, firing ERROR). stap would print such a global at
exit, and dropping the store (ir/deadstores.py drops stores that cannot fault)
would drop the fault with it; nor can the division stay as a statement of its
own or a store into a local nothing reads, since stap's optimizer deletes both
(its void_statement_reducer evaluates an unused `a / b` as `a` and `b`). So the
store stays and is followed by `delete x`: x goes back to 0, which nothing reads,
and stap counts the delete as a use, so it prints nothing at exit.
"""

from __future__ import annotations

import copy

from xtrace.ir import nodes as ir
from xtrace.ir.clause_errors import may_fault

from . import usage


def stap_printed_scalars(prog: ir.Program) -> set[str]:
    """The scalar globals of `prog` that stap would print at exit (written, never
    read as stap counts reads)."""
    u = usage.collect(list(prog.probes) + [ir.Probe([], f.body) for f in prog.functions])
    return {g.name for g in prog.globals if g.kind == "scalar"
            and g.name in u.written and g.name not in u.used}


def _faulting_store(s: ir.Stmt, names: set[str]) -> str | None:
    """The global `s` stores a value that can fault into (`x = v`), if one of `names`."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=":
        t = s.expr.target
        if isinstance(t, ir.Var) and t.scope == "global" and t.name in names and may_fault(s.expr.value):
            return t.name
    return None


def faulting_stores_forgotten(prog: ir.Program) -> ir.Program:
    """`prog` with each store of a value that can fault into a scalar global nothing
    reads followed by `delete` of it (see the module's docstring)."""
    if prog.lang == "stap":
        return prog
    names = stap_printed_scalars(prog)
    if not names or not any(_faulting_store(x, names) for p in prog.probes for x in ir.walk(p.body)):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        for block in [x for x in ir.walk(p.body) if isinstance(x, ir.Block)]:
            stmts: list[ir.Stmt] = []
            for s in block.stmts:
                stmts.append(s)
                name = _faulting_store(s, names)
                if name is not None:
                    stmts.append(ir.Delete(name, loc=s.loc))
            block.stmts = stmts
    return prog


def zero_stores_as_deletes(prog: ir.Program) -> ir.Program:
    """A D or Vue program whose scalar globals stap would print at exit (written, never
    read as stap counts reads: `if (++n == 1)` is no read) with their stores of 0 or ""
    as stap's `delete n`: the same store (stap's delete of a scalar sets it back to its
    type's zero), and stap counts a delete as a use, so the global is not printed, as
    in the source. A stap port of stap's own `delete n` comes back so (lwtools'
    biolatency-nd.stp ends `delete secs` for that)."""
    if prog.lang == "stap":
        return prog
    typed = {g.name for g in prog.globals if g.type is not None}
    names = stap_printed_scalars(prog) & typed
    if not names:
        return prog

    def zero_store(n) -> str | None:
        if isinstance(n, ir.ExprStmt) and isinstance(n.expr, ir.Assign) and n.expr.op == "=":
            t, v = n.expr.target, n.expr.value
            if isinstance(t, ir.Var) and t.scope == "global" and t.name in names and (
                    isinstance(v, (ir.IntLit, ir.StrLit)) and v.value in (0, "")):
                return t.name
        return None
    if not any(zero_store(n) for p in prog.probes for n in ir.walk(p.body)):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        p.body = ir.map_tree(p.body, lambda n: ir.Delete(name, loc=n.loc)
                             if (name := zero_store(n)) is not None else n)
    return prog


def _forgotten(stmts: list[ir.Stmt], i: int) -> str | None:
    """The global that stmts[i] stores a value that can fault into, when
    stmts[i + 1] is `delete` of it (faulting_stores_forgotten's pair)."""
    s = stmts[i]
    if i + 1 < len(stmts) and isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) \
            and s.expr.op == "=" and isinstance(s.expr.target, ir.Var) \
            and s.expr.target.scope == "global" and may_fault(s.expr.value):
        d = stmts[i + 1]
        if isinstance(d, ir.Delete) and d.keys is None and d.map == s.expr.target.name:
            return d.map
    return None


def forgotten_stores_back(prog: ir.Program) -> ir.Program:
    """For D from stap: `x = v; delete x` where v can fault and x is named nowhere
    else, as D's `x = v` (faulting_stores_forgotten read back: D prints nothing
    for a global nothing reads)."""
    if prog.lang != "stap":
        return prog
    bodies = [p.body for p in prog.probes] + [f.body for f in prog.functions]
    blocks = [x for b in bodies for x in ir.walk(b) if isinstance(x, ir.Block)]
    pairs: dict[str, int] = {}
    for b in blocks:
        for i in range(len(b.stmts)):
            name = _forgotten(b.stmts, i)
            if name is not None:
                pairs[name] = pairs.get(name, 0) + 1
    if not pairs:
        return prog
    named: dict[str, int] = {}
    for x in ir.walk(bodies + [p.predicate for p in prog.probes if p.predicate is not None]):
        if isinstance(x, ir.Var) and x.scope == "global" and x.name in pairs:
            named[x.name] = named.get(x.name, 0) + 1
        elif isinstance(x, (ir.Delete, ir.Index, ir.InMap)) and x.map in pairs:
            named[x.map] = named.get(x.map, 0) + 1
    # (each pair names x twice: its store's target and its delete)
    names = {n for n, k in pairs.items() if named.get(n) == 2 * k}
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        for block in [x for x in ir.walk(p.body) if isinstance(x, ir.Block)]:
            stmts: list[ir.Stmt] = []
            skip = False
            for i, s in enumerate(block.stmts):
                if skip:
                    skip = False
                    continue
                stmts.append(s)
                skip = _forgotten(block.stmts, i) in names
            block.stmts = stmts
    return prog
