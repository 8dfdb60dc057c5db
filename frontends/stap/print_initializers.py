"""A first BEGIN clause of constant stores into globals, said as stap's global
initializers.

D and Vue have no initializers: a porter gives globals their first values in the
script's first BEGIN clause (`BEGIN { lim = 10; }`), and xtrace's D and Vue printers
write stap's `global lim = 10` that way. stap sets initializers before any probe
runs, so a first BEGIN that does nothing else (no predicate, every statement a
constant stored once into a global scalar) is the same as initializing those
globals: `global lim = 10`, as a stap user writes it, and the stap script a D or
Vue port of one came from. Except where stap's auto-print would change: a global
stap prints at exit is one its probes write (an initializer is no write).
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir

from .usage import unused_written


def begin_stores_as_initializers(prog: ir.Program) -> ir.Program:
    """`prog` with its first clause's constant stores as initializers of their
    globals (the clause gone); `prog` itself when its first clause is not one."""
    stores = _initial_stores(prog)
    if stores is None:
        return prog
    out = copy.deepcopy(prog)
    by_name = {g.name: g for g in out.globals}
    for name, value in stores:
        by_name[name].init = value
    del out.probes[0]
    if _auto_printed(out) != _auto_printed(prog):
        return prog
    return out


def _constant(e: ir.Expr) -> bool:
    return isinstance(e, (ir.IntLit, ir.StrLit)) or (
        isinstance(e, ir.Unary) and e.op == "-" and isinstance(e.operand, ir.IntLit))


def _initial_stores(prog: ir.Program) -> Optional[list[tuple[str, ir.Expr]]]:
    """(global, constant) of each statement of the first clause, when all of it is
    such stores into distinct uninitialized global scalars; else None."""
    if not prog.probes:
        return None
    first = prog.probes[0]
    if not first.points or any(pp.kind != "begin" for pp in first.points) \
            or first.predicate is not None or not first.body.stmts or first.comments:
        return None
    scalars = {g.name: g for g in prog.globals if g.kind == "scalar" and g.init is None}
    stores: list[tuple[str, ir.Expr]] = []
    for s in first.body.stmts:
        e = s.expr if isinstance(s, ir.ExprStmt) else None
        if not (isinstance(e, ir.Assign) and e.op == "=" and isinstance(e.target, ir.Var)
                and e.target.scope == "global" and e.target.name in scalars
                and _constant(e.value)):
            return None
        if any(name == e.target.name for name, _ in stores):
            return None
        stores.append((e.target.name, e.value))
    return stores


def _auto_printed(prog: ir.Program) -> list[str]:
    """The globals stap would print at exit (the printer's own end-of-run printing
    probe, last, aside: it says the same, see _Printer._check_autoprint)."""
    from .printer import _is_autoprint_probe  # (the printer imports this module)
    probes = prog.probes[:-1] if prog.probes and _is_autoprint_probe(prog.probes[-1]) else prog.probes
    probes = probes + [ir.Probe([], f.body) for f in prog.functions]
    return [g.name for g in unused_written(prog.globals, probes)]
