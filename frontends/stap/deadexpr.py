"""Expression statements stap's optimizer deletes before it checks them.

stap's pass 2 removes an expression statement whose value nothing uses and
that has no side effects (elaborate.cxx's dead statement remover), before it
resolves types and before an unresolvable `$var`, a bad `@cast` member or an
`@entry` outside a .return probe is reported: `@cast(0, "task_struct")->nosuch`
alone on a line is accepted (semok/cast), so is `- @entry(get_cycles())` in a
begin probe (semok/entry02). xtrace drops such a statement while lowering, so
none of its checks see it either.

Side-effect free here: no assignment, no `++`/`--`, no embedded C, and calls
only to tapset functions that just read a clock (stap marks them pure). A
statement that reads a script variable (a name, an array element, `in`) is
kept: xtrace's never-assigned warning and the typing of globals count those
reads, and stap's warning for a never-assigned local comes before its
optimizer too.
"""

from __future__ import annotations

from xtrace.grammars.generated.stap.StapParser import StapParser as P

from .tree import walk

# Tapset functions with no side effect that a dead statement may call (stap's
# `/* pure */` embedded-C functions among those xtrace has).
PURE_CALLS = frozenset({"get_cycles", "gettimeofday_s", "gettimeofday_ms", "gettimeofday_us",
                        "gettimeofday_ns", "jiffies", "local_clock_ns", "cpu_clock_ns"})

_EFFECTS = (P.AssignExprContext, P.PostIncDecExprContext, P.PreIncDecExprContext,
            P.EmbeddedExprContext)
_VARIABLE_READS = (P.NameExprContext, P.IndexExprContext, P.InExprContext, P.InTupleExprContext)


def is_dead_expression(e: P.ExprContext) -> bool:
    """Whether the expression statement `e` is one stap's optimizer deletes: no side
    effects and no read of a script variable (see the module's docstring)."""
    for node in walk(e):
        if isinstance(node, _EFFECTS + _VARIABLE_READS):
            return False
        if isinstance(node, P.CallExprContext) and node.IDENT().getText() not in PURE_CALLS:
            return False
    return True
