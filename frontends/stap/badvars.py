"""stap's `--skip-badvars`: a `$var` (or `$var->member...`) that does not resolve
is the literal 0, with a warning, instead of an error.

Each target expression becomes `@defined(E) ? E : 0`; analysis decides the
@defined and elides the branch that cannot resolve, as for a script's own."""

from __future__ import annotations

import copy
import dataclasses

from xtrace.ir import nodes as ir


def skip_badvars(prog: ir.Program) -> list[ir.Defined]:
    """Rewrite `prog` in place; returns the @defined checks added (one per target
    expression), whose `value` analysis sets (False: that one was replaced by 0)."""
    added: list[ir.Defined] = []
    for p in prog.probes:
        p.body = _map(p.body, added)
        if p.predicate is not None:
            p.predicate = _map(p.predicate, added)
    return added


def _is_target(e) -> bool:
    while isinstance(e, ir.KernelMember):
        e = e.base
    return isinstance(e, ir.ProbeArg)


def _map(node, added: list[ir.Defined]):
    if isinstance(node, ir.Defined):
        return node  # the script's own @defined decides by itself
    if isinstance(node, ir.Expr) and _is_target(node):
        check = ir.Defined(copy.deepcopy(node), loc=node.loc)
        added.append(check)
        return ir.Ternary(check, node, ir.IntLit(0, loc=node.loc), loc=node.loc)
    if dataclasses.is_dataclass(node):
        for fld in dataclasses.fields(node):
            v = getattr(node, fld.name)
            if isinstance(v, list):
                setattr(node, fld.name, [_map(x, added) if isinstance(x, (ir.Expr, ir.Stmt)) else x
                                         for x in v])
            elif isinstance(v, (ir.Expr, ir.Stmt)):
                setattr(node, fld.name, _map(v, added))
    return node
