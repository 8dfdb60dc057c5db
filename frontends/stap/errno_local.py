"""D's errno read more than once in a syscall return probe is, in the stap port, a
local set once at the top of the probe (`errno = retval < 0 ? -retval : 0`), as a
stap user writes it (frontends/stap/printer.py). retval does not change within the
probe, so that local is the error number wherever it is read: the lowering reads it
back as D's errno at each use, which keeps the round trip exact."""

from __future__ import annotations

from xtrace.ir import nodes as ir


def fold_errno_local(points: list[ir.ProbePoint], body: ir.Block) -> ir.Block:
    """`body` with a leading `X = <errno>` of a local never assigned again dropped and
    each read of X made the errno it holds; `body` itself where it has no such local."""
    if not points or not all(pp.kind == "syscall" and pp.is_return for pp in points):
        return body
    first = body.stmts[0] if body.stmts else None
    if not (isinstance(first, ir.ExprStmt) and isinstance(first.expr, ir.Assign)
            and first.expr.op == "=" and first.expr.value == ir.Builtin("errno")
            and isinstance(first.expr.target, ir.Var) and first.expr.target.scope == "local"):
        return body
    name = first.expr.target.name
    rest = ir.Block(body.stmts[1:], loc=body.loc)
    if any(_writes(x, name) for x in ir.walk(rest)):
        return body  # a variable the probe changes, not the error number alone

    def pick(x):
        if isinstance(x, ir.Var) and x.scope == "local" and x.name == name:
            return ir.Builtin("errno", loc=x.loc)
        return None
    return ir.substituted(rest, pick)


def _writes(x, name: str) -> bool:
    """Whether `x` stores into local `name` (an assignment or a step of it)."""
    target = x.target if isinstance(x, (ir.Assign, ir.IncDec)) else None
    return isinstance(target, ir.Var) and target.scope == "local" and target.name == name
