"""A foreach that stops itself after N rows with a counter, as a foreach `limit N`.

stap scripts written before `limit` existed count the rows they print down and
break (systemtap.base poll_map.stp):

    num_to_do = 10
    foreach ([n, f] in called-) {
        printf("%s called %s\\t%d times\\n", n, f, called[n, f])
        num_to_do--
        if (num_to_do <= 0)
            break
    }

which prints the first ten rows, as `foreach ([n, f] in called- limit 10)` does.
Said that way, the loop is one a D port prints with trunc() and printa(), as a
porter writes it. Only this exact shape is read: a local set to a constant N of
at least 1 in the same block before the loop, read nowhere else, decremented
(`k--`, `--k`, `k -= 1`) as the loop body's last statement but one, and the last
statement `if (k <= 0) break` (or `k == 0`, `k < 1`).
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir


def counted_breaks_as_limits(prog: ir.Program) -> ir.Program:
    """`prog` with each such loop given its limit and its counter gone; `prog`
    itself when it has none."""
    if not any(_site(b, i) is not None for b in _blocks(prog) for i in range(len(b.stmts))):
        return prog
    prog = copy.deepcopy(prog)
    for body in [p.body for p in prog.probes] + [f.body for f in prog.functions]:
        for block in [n for n in ir.walk(body) if isinstance(n, ir.Block)]:
            i = 0
            while i < len(block.stmts):
                site = _site(block, i, body)
                if site is None:
                    i += 1
                    continue
                start, loop, count = site
                loop.limit = ir.IntLit(count, loc=loop.loc)
                loop.body.stmts = loop.body.stmts[:-2]  # type: ignore[attr-defined]
                del block.stmts[start]
                i = start
    return prog


def _blocks(prog: ir.Program) -> list[ir.Block]:
    roots = [p.body for p in prog.probes] + [f.body for f in prog.functions]
    return [n for n in ir.walk(roots) if isinstance(n, ir.Block)]


def _local(e, name: Optional[str] = None) -> Optional[str]:
    if isinstance(e, ir.Var) and e.scope == "local" and (name is None or e.name == name):
        return e.name
    return None


def _site(block: ir.Block, at: int, body: Optional[ir.Block] = None):
    """(index of the counter's set, the loop, N) when block.stmts[at] is such a loop."""
    loop = block.stmts[at]
    if not isinstance(loop, ir.ForEach) or loop.limit is not None \
            or not isinstance(loop.body, ir.Block) or len(loop.body.stmts) < 3:
        return None
    dec, test = loop.body.stmts[-2:]
    name = _decrement(dec)
    if name is None or not _stops_at_zero(test, name):
        return None
    for start in range(at - 1, -1, -1):
        s = block.stmts[start]
        a = s.expr if isinstance(s, ir.ExprStmt) else None
        if isinstance(a, ir.Assign) and a.op == "=" and _local(a.target, name) \
                and isinstance(a.value, ir.IntLit) and a.value.value >= 1:
            break
        if any(_local(n, name) for n in ir.walk(s)):
            return None
    else:
        return None
    # the counter is read nowhere but in these three statements
    scope = body if body is not None else block
    uses = sum(1 for n in ir.walk(scope) if _local(n, name))
    return (start, loop, a.value.value) if uses == 3 else None


def _decrement(s) -> Optional[str]:
    e = s.expr if isinstance(s, ir.ExprStmt) else None
    if isinstance(e, ir.IncDec) and e.op == "--":
        return _local(e.target)
    if isinstance(e, ir.Assign) and e.op == "-=" and e.value == ir.IntLit(1):
        return _local(e.target)
    return None


def _stops_at_zero(s, name: str) -> bool:
    if not isinstance(s, ir.If) or s.else_ is not None:
        return False
    then = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
    c = s.cond
    return len(then) == 1 and isinstance(then[0], ir.Break) and isinstance(c, ir.Binary) \
        and _local(c.lhs, name) is not None and \
        (c.op, c.rhs) in (("<=", ir.IntLit(0)), ("==", ir.IntLit(0)), ("<", ir.IntLit(1)))
