"""A probe's first stores of 0 or "" into locals it goes on to update, left to
stap's own start values.

D refuses to read a clause-local before storing it, so a D script (and the D port
of a stap one: frontends/d/printer.py) sets one at the clause's start before it
updates it: `this->t = ""; ... this->t = strjoin(this->t, "x");`. A stap local
starts every probe hit at 0 or "", so a stap user writes the update alone
(`t .= "x"`, `n += 2`, `n++`), and that is what the port says: the store at the
very start of the probe (nothing before it but other such stores) sets the value
the local already has.

Only a local the probe then updates (a compound assignment, ++/--, or an append
to a string, which stap writes `.=`) before any other store of it: the update gives stap the
local's type and a value, so the local is neither untyped nor never assigned
without its first store.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.clause_errors import is_clause_try
from xtrace.ir.clausemerge import exposed_locals


def start_zeros_dropped(prog: ir.Program) -> ir.Program:
    """`prog` without such stores; `prog` itself when no probe has one."""
    if not any(_dropped(p) for p in prog.probes):
        return prog
    out = copy.copy(prog)
    out.probes = [copy.deepcopy(p) if _dropped(p) else p for p in prog.probes]
    for p in out.probes:
        drop = _dropped(p)
        if drop:
            block = _start_block(p)
            block.stmts = [s for s in block.stmts if id(s) not in drop]
    return out


def _start_block(p: ir.Probe) -> ir.Block:
    """The block the probe's statements start in (inside a clause's try block)."""
    return p.body.stmts[0].body if is_clause_try(p.body) else p.body


def _dropped(p: ir.Probe) -> set[int]:
    """The ids of the leading zero stores of `p` stap's start values make redundant."""
    block = _start_block(p)
    out: set[int] = set()
    for i, s in enumerate(block.stmts):
        if isinstance(s, ir.Comment):
            continue
        name = _zero_store(s)
        if name is None:
            break
        rest = ir.Probe(p.points, ir.Block(block.stmts[i + 1:], loc=block.loc), None, loc=p.loc)
        if name in exposed_locals(rest) and _updated_first(block.stmts[i + 1:], name):
            out.add(id(s))
    return out


def _zero_store(s: ir.Stmt) -> Optional[str]:
    """The local `s` stores 0 or "" into, else None."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local" \
            and (s.expr.value == ir.IntLit(0) or s.expr.value == ir.StrLit("")):
        return s.expr.target.name
    return None


def _updated_first(stmts: list[ir.Stmt], name: str) -> bool:
    """Whether, in walk order, the first store of local `name` in `stmts` is an
    update: `.=`, `+=`, ++/--, or a plain store of a value read from the local
    itself (D's `this->t = strjoin(this->t, "x")`, stap's `t .= "x"`)."""
    for x in ir.walk(stmts):
        if isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var) \
                and x.target.scope == "local" and x.target.name == name:
            if isinstance(x, ir.Assign) and x.op == "=":
                # (another store computed from it, `n = n + 1`, is one the Vue port
                # of this script could not read before a store)
                return isinstance(x.value, ir.Binary) and x.value.op == "." \
                    and x.value.lhs == ir.Var(name, "local")
            return True
    return False
