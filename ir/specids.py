"""Where a program reads a speculation id's value for more than D and stap agree on.

D's speculation() gives an id of 1..nspec, the same id again once it is committed
or discarded, and 0 when all nspec are busy; stap's speculative.stp counts up from
1 and never fails. Both agree on what an id is for: passing it to speculate(),
commit() and discard() and testing it for 0. A port between the two is refused
where the script does more with it (prints it, compares it with another number).
"""

from __future__ import annotations

from typing import Callable, Optional

from . import nodes as ir


def shown_id(prog: ir.Program, is_spec_call: Callable[[ir.Expr], bool],
             is_spec_use: Callable[[ir.Expr, object], bool],
             own: Callable[[ir.Function], bool] = lambda f: True) -> Optional[ir.Expr]:
    """The first read of a speculation id's value (a speculation() call, for which
    `is_spec_call` says yes, or a variable holding one) for more than passing it on
    (`is_spec_use(expr, parent)`: the id argument of speculate/commit/discard) or
    testing it for 0; None when there is none. Only the functions `own` says yes to
    are looked at (not a tapset's, whose `id` parameters are its own business)."""
    holders: set[tuple] = set()
    roots = [x for p in prog.probes for x in (p.predicate, p.body) if x is not None]
    roots += [f.body for f in prog.functions if own(f)]
    roots += [g.init for g in prog.globals if g.init is not None]
    changed = True
    while changed:  # variables assigned speculation() or another holder's value
        changed = False
        for x in ir.walk(roots):
            if isinstance(x, ir.Assign) and x.op == "=" and _holds(x.value, holders, is_spec_call) \
                    and key(x.target) not in holders:
                holders.add(key(x.target))
                changed = True
    preds = [p.predicate for p in prog.probes]
    for root in roots:
        found = _shown(root, holders, None, any(root is q for q in preds), is_spec_call, is_spec_use)
        if found is not None:
            return found
    return None


def key(e) -> tuple:
    """What names a variable or an array (its elements count as one holder)."""
    return (e.name, e.scope) if isinstance(e, ir.Var) else ("[]", e.map)


def is_zero(e: ir.Expr) -> bool:
    """Whether an id is the literal 0."""
    return isinstance(e, ir.IntLit) and e.value == 0


def truth_only(node, c) -> bool:
    """Whether, for `node`, only its child `c`'s being 0 or not counts (an if's or a
    loop's condition, `!c`, `c && ...`, `c == 0`)."""
    return (isinstance(node, (ir.If, ir.Ternary, ir.While)) and c is node.cond) or \
        (isinstance(node, ir.Unary) and node.op == "!") or \
        (isinstance(node, ir.Binary) and node.op in ("&&", "||")) or \
        (isinstance(node, ir.Binary) and node.op in ("==", "!=")
         and any(is_zero(o) for o in (node.lhs, node.rhs)))


def _holds(e, holders: set, is_spec_call) -> bool:
    return is_spec_call(e) or (isinstance(e, (ir.Var, ir.Index)) and key(e) in holders)


def _shown(node, holders: set, parent, truth: bool, is_spec_call, is_spec_use) -> Optional[ir.Expr]:
    if isinstance(node, ir.Expr) and _holds(node, holders, is_spec_call):
        ok = truth or is_spec_use(node, parent) or isinstance(parent, ir.ExprStmt) or \
            (isinstance(parent, ir.Assign) and node is parent.value and parent.op == "=")
        if not ok:
            return node
        if isinstance(node, ir.Var):
            return None
    for c in ir.children(node):
        if isinstance(node, (ir.Assign, ir.IncDec)) and c is node.target:
            if isinstance(c, ir.Index):  # stored, not read: only its keys are reads
                for k in c.keys:
                    found = _shown(k, holders, c, False, is_spec_call, is_spec_use)
                    if found is not None:
                        return found
            continue
        found = _shown(c, holders, node, truth_only(node, c), is_spec_call, is_spec_use)
        if found is not None:
            return found
    return None
