"""What a ternary's condition says inside its `then` arm, for the string tail idiom.

stap's `strlen(s) > n ? substr(s, strlen(s) - n, n) : s` (the last n characters)
takes its start from the length the condition has just tested. D's substr() counts a
negative start from the string's end, so a port guards a start computed at run time
(`start >= 0 ? substr(...) : ""`), and D's substr() of such a start is, in stap, a
helper with D's rules: inside the arm neither is needed, since the start is at
least 0 there. A porter writes the call alone both ways.
"""

from __future__ import annotations

from . import nodes as ir

# what a condition carried into its arm may read: nothing a store in the arm changes
_PURE = (ir.Var, ir.IntLit, ir.Binary, ir.Builtin)


def arm_facts(e: ir.Ternary) -> list[ir.Binary]:
    """The condition of ternary `e` as a fact of its `then` arm: a `>` or `>=` of reads
    (variables, strlen(), constants), in an arm that stores nothing (so the values
    the condition read are the arm's); [] else."""
    c = e.cond
    if not (isinstance(c, ir.Binary) and c.op in (">", ">=")):
        return []
    if not all(isinstance(x, _PURE) or isinstance(x, ir.Call) and x.name == "strlen"
               for x in ir.walk(c)):
        return []
    if any(isinstance(x, (ir.Assign, ir.IncDec, ir.FuncCall)) for x in ir.walk(e.then)):
        return []
    return [c]


def not_negative(x: ir.Expr, facts: list[ir.Binary]) -> bool:
    """Whether `facts` say `x` is at least 0: `a - c`, for a constant c >= 0 (so the
    subtraction cannot overflow), where `a > c` or `a >= c` holds."""
    if not (isinstance(x, ir.Binary) and x.op == "-" and isinstance(x.rhs, ir.IntLit) and x.rhs.value >= 0):
        return False
    return any(f.lhs == x.lhs and f.rhs == x.rhs for f in facts)


def is_tail_substr(e: ir.Call, facts: list[ir.Binary]) -> bool:
    """Whether D's substr() `e` is `substr(s, strlen(s) - c, n)` for constants 0 <= n
    <= c, its start at least 0 by `facts`: the characters from the start to at most the
    string's end, which stap's substr() takes alike (within the string's size)."""
    if e.name != "substr" or len(e.args) != 3:
        return False
    s, start, n = e.args
    return (isinstance(n, ir.IntLit) and isinstance(start, ir.Binary) and start.op == "-"
            and start.lhs == ir.Call("strlen", [s]) and isinstance(start.rhs, ir.IntLit)
            and 0 <= n.value <= start.rhs.value and not_negative(start, facts))
