"""D's name of a process, said in stap as stap says it: pid2execname().

A D script names the process a thread belongs to by its thread-group leader's
comm, `stringof(curthread->group_leader->comm)` (execname names the thread,
which may have renamed itself). stap's pid2execname(pid) looks up the task
whose pid is `pid`: given the current process's id (pid(), the thread group's
id), that task is the group's leader, and the name it returns the leader's
comm, the same bytes (the D port of stap's pid2execname(pid()) writes this very
member: frontends/d/printer.py _pid_leader). stap's call reads no memory the
script hands it, so the probe needs no try block for it, where stap's
@cast(task_current(), "task_struct")->group_leader->comm would.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT64, STRING


def leader_names_as_pid2execname(prog: ir.Program) -> ir.Program:
    """`prog` (a D program) with each string read of the current thread's group
    leader's comm as stap's pid2execname(pid()); `prog` itself when it has none."""
    if prog.lang != "d" or not any(_leader_comm(x) for root in ir.program_roots(prog)
                                   for x in ir.walk(root)):
        return prog
    import copy
    prog = copy.deepcopy(prog)
    ir.map_code(prog, lambda x: ir.Call("pid2execname", [ir.Builtin("pid", loc=x.loc, type=INT64)],
                                        loc=x.loc, type=STRING) if _leader_comm(x) else x)
    return prog


def _leader_comm(x) -> bool:
    """Whether `x` is D's stringof() (the front end's kernel_string()) of
    curthread->group_leader->comm."""
    if not (isinstance(x, ir.Call) and x.name == "kernel_string" and len(x.args) == 1):
        return False
    return _member_path(x.args[0]) == (ir.Builtin("curthread"), ["group_leader", "comm"])


def _member_path(e: ir.Expr) -> Optional[tuple[ir.Expr, list[str]]]:
    """The base and whole path of a chain of member reads (`a->b->c` however the
    front end nested it), or None when `e` is none or takes an address."""
    path: list[str] = []
    while isinstance(e, ir.KernelMember):
        if e.addr_of:
            return None
        path = list(e.path) + path
        e = e.base
    return (e, path) if path else None
