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

The other way round, a counter counted up in the test itself (hpplinux's
maxsyscall.stp and top10syscalls.stp, a top-ten of system calls):

    cnt = 0
    foreach ([name] in syscalls-) {
        printf("%-20s\t\t%5d\n", name, syscalls[name])
        if (cnt++ == 10)
            break
    }

prints eleven rows: the test sees 0 after the first, so the eleventh makes it 10.
A local set to a constant C before the loop and read nowhere else, whose loop body
ends with `if (k++ == N) break` (or `>= N`, or `++k`) or with `k++` then
`if (k == N) break`, stops after N - C + 1 rows for a post-increment's old value
and N - C for the new one.
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
                start, loop, count, drop = site
                loop.limit = ir.IntLit(count, loc=loop.loc)
                loop.body.stmts = loop.body.stmts[:-drop]  # type: ignore[attr-defined]
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
            or not isinstance(loop.body, ir.Block) or len(loop.body.stmts) < 2:
        return None
    dec, test = loop.body.stmts[-2:]
    name = _decrement(dec) if len(loop.body.stmts) >= 3 else None
    up = None
    if name is None or not _stops_at_zero(test, name):
        up = _counted_up(loop.body.stmts)
        if up is None:
            return None
        name = up[0]
    for start in range(at - 1, -1, -1):
        s = block.stmts[start]
        a = s.expr if isinstance(s, ir.ExprStmt) else None
        if isinstance(a, ir.Assign) and a.op == "=" and _local(a.target, name) \
                and isinstance(a.value, ir.IntLit) and (up is not None or a.value.value >= 1):
            break
        if any(_local(n, name) for n in ir.walk(s)):
            return None
    else:
        return None
    count = a.value.value if up is None else up[1] - a.value.value
    drop = 2 if up is None else up[2]
    # a row that skips the count (continue) or a loop left another way (break,
    # return, next) prints other rows than the limit's
    if any(isinstance(x, (ir.Continue, ir.Break, ir.Return, ir.Next))
           for x in ir.walk(loop.body.stmts[:-drop])):
        return None
    # the counter is read nowhere but in its set and the statements dropped
    scope = body if body is not None else block
    uses = sum(1 for n in ir.walk(scope) if _local(n, name))
    if uses != 1 + drop or count < 1:
        return None
    return start, loop, count, drop


def _counted_up(stmts: list) -> Optional[tuple[str, int, int]]:
    """(counter, rows the loop prints when the counter starts at 0, statements to
    drop) when the body ends counting a local up to a break; None otherwise."""
    test = stmts[-1]
    if not isinstance(test, ir.If) or test.else_ is not None:
        return None
    then = test.then.stmts if isinstance(test.then, ir.Block) else [test.then]
    c = test.cond
    if len(then) != 1 or not isinstance(then[0], ir.Break) or not isinstance(c, ir.Binary) \
            or c.op not in ("==", ">=") or not isinstance(c.rhs, ir.IntLit):
        return None
    if isinstance(c.lhs, ir.IncDec) and c.lhs.op == "++":
        name = _local(c.lhs.target)
        # k++ == N breaks once the old value reaches N: one row more than ++k
        return (name, c.rhs.value + (0 if c.lhs.prefix else 1), 1) if name else None
    name = _local(c.lhs)
    inc = stmts[-2] if len(stmts) >= 3 else None
    e = inc.expr if isinstance(inc, ir.ExprStmt) else None
    if name and (isinstance(e, ir.IncDec) and e.op == "++" and _local(e.target, name)
                 or isinstance(e, ir.Assign) and e.op == "+=" and e.value == ir.IntLit(1)
                 and _local(e.target, name)):
        return name, c.rhs.value, 2
    return None


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
