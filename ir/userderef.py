"""D's read of a copy of user memory, `*(T *)copyin(addr, sizeof (T))`, as the
read of the user memory itself.

D cannot dereference a user address: it copies the bytes into scratch space and
reads the copy. stap's user_<int>() readers and Vue's typed pointer in a
@@syscall or @@uft clause read the process's memory in place, so a port of D
says the read, not the copy: the IR's user_read(addr, BYTES, SIGNED), which the
stap and Vue printers write in their own idiom.
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir


def copied_from(e: ir.Expr) -> Optional[ir.Expr]:
    """The user address of `copyin(a, n)` (under a pointer cast or not), else None."""
    if isinstance(e, ir.KernelCast):
        e = e.expr
    if isinstance(e, ir.Call) and e.name == "copyin" and len(e.args) == 2:
        return e.args[0]
    return None


def deref_as_user_read(c: ir.Cast) -> Optional[ir.Call]:
    """user_read(a, n, SIGNED) for D's `*(T *)copyin(a, n)` (a kernel_read of the
    copy under a cast to the n-byte integer T), None for any other cast."""
    read = c.operand
    if not (isinstance(read, ir.Call) and read.name == "kernel_read" and len(read.args) == 2):
        return None
    src, size = copied_from(read.args[0]), read.args[1]
    if src is None or not isinstance(size, ir.IntLit) or size.value * 8 != c.to.bits:
        return None
    at = c.loc
    return ir.Call("user_read", [src, ir.IntLit(size.value, loc=at), ir.IntLit(int(bool(c.to.signed)), loc=at)],
                   loc=at, type=c.type)


def derefs_as_user_reads(prog: ir.Program) -> ir.Program:
    """`prog` with each deref_as_user_read() shape rewritten; `prog` itself when it
    has none."""
    def found(x) -> bool:
        return isinstance(x, ir.Cast) and deref_as_user_read(x) is not None

    if not any(found(x) for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)
    ir.map_code(prog, lambda x: (deref_as_user_read(x) or x) if isinstance(x, ir.Cast) else x)
    return prog
