"""stap's `user_mode() ? 0 : addr()` and `user_mode() ? addr() : 0` at a timer
probe read back as D's profile arg0 and arg1.

At a profile or tick probe, D's arg0 is the program counter of the interrupted
kernel code (0 when the tick interrupted user code) and arg1 the user program
counter (0 in kernel code): never both. The stap translation says them with stap's
addr(), the PC of the interrupted registers, and user_mode()
(frontends/stap/printer.py). In D, which has no addr(), those two expressions are
arg0 and arg1 exactly; other uses of addr() (alone, or another test around it)
are left as they are (D refuses them).
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir


def _profile_arg(e: ir.Expr) -> Optional[ir.Builtin]:
    """arg0 or arg1 when `e` is the stap expression of it, else None."""
    if not (isinstance(e, ir.Ternary) and e.cond == ir.Call("user_mode", [])):
        return None
    pc, zero = ir.Builtin("addr"), ir.IntLit(0)
    name = "arg0" if (e.then, e.else_) == (zero, pc) else "arg1" if (e.then, e.else_) == (pc, zero) else None
    return None if name is None else ir.Builtin(name, loc=e.loc, type=e.type)


def pcs_as_profile_args(prog: ir.Program) -> ir.Program:
    """`prog` with stap's spelling of D's profile arg0/arg1 read as those, in the
    probes and predicates of clauses on timer points only; `prog` itself when
    there is none."""
    def timed(p: ir.Probe) -> bool:
        return bool(p.points) and all(pt.kind == "timer" for pt in p.points)

    def roots(p: ir.Probe) -> list:
        return [p.body] + ([p.predicate] if p.predicate is not None else [])

    if not any(_profile_arg(n) is not None for p in prog.probes if timed(p)
               for n in ir.walk(roots(p))):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        if timed(p):
            p.body = ir.map_tree(p.body, lambda n: _profile_arg(n) or n)
            if p.predicate is not None:
                p.predicate = ir.map_tree(p.predicate, lambda n: _profile_arg(n) or n)
    return prog
