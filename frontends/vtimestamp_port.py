"""D's vtimestamp in stap: the thread's on-CPU nanoseconds from the scheduler's
own accounting, in the words a stap user writes.

DTrace's vtimestamp is the current thread's virtualized time: nanoseconds it has
run on a CPU (less DTrace's own time), which scripts read as a difference
between two probes of the thread (`vtimestamp - self->vstart`). xtrace's D reads
it from the scheduler (backend_c/gen_expr.py): the thread's sum_exec_runtime
(the run time the scheduler has accounted) plus the current stint, local_clock()
minus se.exec_start (when the scheduler last accounted it). sum_exec_runtime
alone is not enough: the scheduler adds to it only at a tick or a switch, so
while a thread runs it stays still for up to a tick (4 ms at HZ=250), and the
difference across one system call would mostly read 0.

stap has no such function, but its users read the same fields with @cast and
its local_clock_ns() (the kernel's local_clock(), the clock exec_start is
taken with):

    (@cast(task_current(), "task_struct", "kernel")->se->sum_exec_runtime
     + local_clock_ns() - @cast(task_current(), "task_struct", "kernel")->se->exec_start)

The printer writes that expression for the builtin, and the stap lowering reads
exactly that shape back as the builtin (so the port runs with xtrace's D
vtimestamp, and a round trip gives vtimestamp again). Vue has no per-thread
on-CPU clock nor a way to read task_struct members: it keeps its refusal
(frontends/vue/nearest_points.py).
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir

_TASK = '@cast(task_current(), "task_struct", "kernel")'
STAP_TEXT = f"({_TASK}->se->sum_exec_runtime + local_clock_ns() - {_TASK}->se->exec_start)"


def _task_se(e: ir.Expr, member: str) -> bool:
    """Whether `e` is `@cast(task_current(), "task_struct"...)->se->member`, as the stap
    lowering builds it."""
    if not (isinstance(e, ir.KernelMember) and not e.addr_of and e.path == [member]):
        return False
    se = e.base
    if not (isinstance(se, ir.KernelMember) and not se.addr_of and se.path == ["se"]):
        return False
    task = se.base
    return isinstance(task, ir.KernelCast) and task.ctype.replace(" ", "") == "structtask_struct*" \
        and task.expr == ir.Builtin("curthread")


def from_stap(e: ir.Binary) -> Optional[ir.Expr]:
    """D's vtimestamp when `e` is STAP_TEXT's expression, lowered (local_clock_ns() is
    the IR's timestamp builtin); None otherwise."""
    if not (e.op == "-" and isinstance(e.lhs, ir.Binary) and e.lhs.op == "+"):
        return None
    if _task_se(e.lhs.lhs, "sum_exec_runtime") and e.lhs.rhs == ir.Builtin("timestamp") \
            and _task_se(e.rhs, "exec_start"):
        return ir.Builtin("vtimestamp", loc=e.loc)
    return None
