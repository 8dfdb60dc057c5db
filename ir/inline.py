"""stap functions that only compute a value, said where they are called.

D and Vue have no functions of their own. A stap function whose body is one
value (`return l . s . r`, or an if/else chain of returns, which is a chain of
`?:`) and that calls no function is the same as that expression with the
arguments in place of the parameters; the translations to D and Vue write it
so. An argument a parameter reads twice must have no side effects and be cheap
(a variable, a constant, a context built-in), or the call stays a call (and
the target refuses it, naming the function). A function that returns nothing,
assigns no local and calls no function is its body where it is called as a
statement.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Callable, Optional

from . import nodes as ir

_PURE = (ir.IntLit, ir.StrLit, ir.Var, ir.Builtin)


def inline_functions(prog: ir.Program) -> ir.Program:
    """A copy of `prog` with the calls of value-only functions replaced by their
    value; functions no longer called are dropped. `prog` itself if none apply."""
    values = {f.name: v for f in prog.functions
              if (v := _value(f.body)) is not None and not _calls(f.body)}
    # A function that returns nothing, called as a statement, is its body there.
    bodies = {f.name: f.body for f in prog.functions
              if not any(isinstance(x, ir.Return) for x in _walk(f.body)) and not _calls(f.body)
              and not _assigns_local(f.body)}
    if not any(isinstance(x, ir.FuncCall) and x.name in values
               or isinstance(x, ir.ExprStmt) and isinstance(x.expr, ir.FuncCall) and x.expr.name in bodies
               for root in _roots(prog) for x in _walk(root)):
        return prog
    prog = copy.deepcopy(prog)
    funcs = {f.name: f for f in prog.functions}
    spliced: set[int] = set()

    def inline(e):
        if isinstance(e, ir.FuncCall) and e.name in values:
            return _substitute(funcs[e.name], values[e.name], e) or e
        if isinstance(e, ir.ExprStmt) and isinstance(e.expr, ir.FuncCall) and e.expr.name in bodies:
            body = _substitute(funcs[e.expr.name], bodies[e.expr.name], e.expr)
            if body is not None:
                spliced.add(id(body))
                return body
        if isinstance(e, ir.Block) and spliced:
            # the statements of an inlined body in place of the call: D and Vue
            # have no bare { } block
            e.stmts = [x for s in e.stmts for x in (s.stmts if id(s) in spliced else [s])]
        return e
    for p in prog.probes:
        p.body = _map(p.body, inline)
        if p.predicate is not None:
            p.predicate = _map(p.predicate, inline)
    for f in prog.functions:
        f.body = _map(f.body, inline)
    called = {x.name for root in _roots(prog) for x in _walk(root) if isinstance(x, ir.FuncCall)}
    prog.functions = [f for f in prog.functions
                      if f.name not in values and f.name not in bodies or f.name in called]
    return prog


def _value(s: ir.Stmt) -> Optional[ir.Expr]:
    """The one expression `s` returns on every path, or None."""
    if isinstance(s, ir.Return):
        return s.value
    if isinstance(s, ir.Block):
        stmts = [x for x in s.stmts if not isinstance(x, ir.Comment)]
        if len(stmts) == 1:
            return _value(stmts[0])
        # `if (c) return a; return b`: the early return is the ?:'s first arm
        if len(stmts) == 2 and isinstance(stmts[0], ir.If) and stmts[0].else_ is None:
            return _value(ir.If(stmts[0].cond, stmts[0].then, stmts[1], loc=stmts[0].loc))
        return None
    if isinstance(s, ir.If) and s.else_ is not None:
        a, b = _value(s.then), _value(s.else_)
        if a is None or b is None:
            return None
        return ir.Ternary(s.cond, a, b, loc=s.loc, type=a.type or b.type)
    return None


def _assigns_local(s: ir.Stmt) -> bool:
    return any(isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var)
               and x.target.scope == "local" for x in _walk(s))


def _calls(s: ir.Stmt) -> bool:
    return any(isinstance(x, ir.FuncCall) for x in _walk(s))


def _substitute(f: ir.Function, value, call: ir.FuncCall):
    """`value` (an expression, or a body) with the call's arguments for the
    parameters; None where an argument cannot stand in (see the module doc)."""
    if len(call.args) != len(f.params):
        return None
    params = {p.name: a for p, a in zip(f.params, call.args)}
    uses: dict[str, int] = {}
    for x in _walk(value):
        if isinstance(x, ir.Var) and x.scope == "local":
            if x.name not in params:
                return None  # a local the body never set: not a value-only function
            uses[x.name] = uses.get(x.name, 0) + 1
    if any(n > 1 and not isinstance(params[name], _PURE) for name, n in uses.items()):
        return None

    def put(e):
        if isinstance(e, ir.Var) and e.scope == "local":
            return copy.deepcopy(params[e.name])
        return e
    out = _map(copy.deepcopy(value), put)
    if any(isinstance(x, ir.Binary) and x.op in ("/", "%") and isinstance(x.rhs, ir.IntLit)
           and x.rhs.value == 0 for x in _walk(out)):
        return None  # D refuses a constant division by zero when it compiles the script
    if isinstance(out, ir.Expr) and call.type is not None and not isinstance(out, ir.Var):
        out.type = out.type or call.type
    return out


def _roots(prog: ir.Program):
    for p in prog.probes:
        yield p.body
        if p.predicate is not None:
            yield p.predicate
    for f in prog.functions:
        yield f.body


def _walk(node):
    """Every IR node under `node` (itself included), expressions and statements."""
    yield node
    if dataclasses.is_dataclass(node):
        for fld in dataclasses.fields(node):
            v = getattr(node, fld.name)
            if isinstance(v, list):
                for x in v:
                    if isinstance(x, (ir.Expr, ir.Stmt)):
                        yield from _walk(x)
            elif isinstance(v, (ir.Expr, ir.Stmt)):
                yield from _walk(v)


def _map(node, fn: Callable):
    """`node` with every expression and statement under it replaced by fn of it
    (children first), in place where possible."""
    if dataclasses.is_dataclass(node):
        for fld in dataclasses.fields(node):
            v = getattr(node, fld.name)
            if isinstance(v, list):
                setattr(node, fld.name, [_map(x, fn) if isinstance(x, (ir.Expr, ir.Stmt)) else x
                                         for x in v])
            elif isinstance(v, (ir.Expr, ir.Stmt)):
                setattr(node, fld.name, _map(v, fn))
    return fn(node)
