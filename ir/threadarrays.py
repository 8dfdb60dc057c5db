"""A stap program's thread-local variables, as the stap printer writes them.

stap has no thread-local variables, but its front end makes some: an @entry()
value of a .return probe is saved at the entry into a thread-local `entry_NAME`
and set to 0 once read (frontends/stap/lower.py). The D and Vue ports keep it as
such (`self->entry_NAME`, `__thread entry_NAME`), and the way back into stap says
it as stap says per-thread state, an array keyed by tid() whose store of 0 is a
`delete` (frontends/stap/printer.py), the thread-exit free it adds read back as
none (ir/threadexit.py read_thread_exit_frees). For the round trip's comparison
(ir/rtnormal.py) the original is written the same way: the same values, kept per
thread, read back at the same places.
"""

from __future__ import annotations

import copy

from . import nodes as ir
from .types import INT32


def thread_vars_as_tid_arrays(prog: ir.Program) -> ir.Program:
    """A copy of `prog` (a stap program) with each thread-local variable an array
    of its name keyed by tid() (declared), each `= 0` store of it that array's
    delete; `prog` itself where it has none, or a global of such a name."""
    names = sorted({x.name for root in ir.program_roots(prog) for x in ir.walk(root)
                    if isinstance(x, ir.Var) and x.scope == "thread"})
    if prog.lang != "stap" or not names or any(g.name in names for g in prog.globals):
        return prog
    prog = copy.deepcopy(prog)
    types = {}

    def tid(loc) -> ir.Builtin:
        return ir.Builtin("tid", loc=loc, type=INT32)

    def fn(x):
        if isinstance(x, ir.ExprStmt) and isinstance(x.expr, ir.Assign) and x.expr.op == "=" \
                and isinstance(x.expr.target, ir.Index) and x.expr.target.map in names \
                and isinstance(x.expr.value, ir.IntLit) and x.expr.value.value == 0:
            return ir.Delete(x.expr.target.map, [tid(x.loc)], loc=x.loc)
        if isinstance(x, ir.Var) and x.scope == "thread":
            types.setdefault(x.name, x.type)
            return ir.Index(x.name, [tid(x.loc)], loc=x.loc, type=x.type)
        return x
    ir.map_code(prog, fn)
    prog.globals = prog.globals + [ir.Global(n, "map", type=types.get(n), key_types=[INT32])
                                   for n in names]
    return prog
