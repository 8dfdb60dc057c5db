"""stap tapset functions that lower onto existing IR: the task_* family (task.stp),
pid2task/pid2execname, cmdline_str, the *_string2 readers, is_return,
probe_type, get_cycles, randint, module_name.

The task_* functions read the task_struct members stap's tapset reads, each
through KernelMember (BTF-typed, read with copy_from_kernel_nofault), so a bad
task pointer is stap's `read fault` error, not a crash.
"""

from __future__ import annotations

from typing import Callable, Optional

from xtrace.ir import nodes as ir
from xtrace.ir import registers
from xtrace.ir.builtins import arity
from xtrace.ir.loc import Loc
from xtrace.ir.types import Type
from xtrace.frontends import kernel_vars

TASK = "struct task_struct *"
# include/linux/sched/prio.h: MAX_RT_PRIO, and DEFAULT_PRIO = MAX_RT_PRIO + 20
MAX_RT_PRIO = 100

# task_*(task) -> the member path stap's task.stp reads. The credentials are
# __task_cred(task), i.e. real_cred.
_TASK_MEMBERS: dict[str, list[list[str]]] = {
    "task_pid": [["tgid"]],
    "task_tid": [["pid"]],
    "task_parent": [["real_parent"]],
    "task_state": [["__state"]],
    "task_cpu": [["thread_info", "cpu"]],  # x86_64 keeps it in the embedded thread_info
    "task_uid": [["real_cred"], ["uid", "val"]],
    "task_gid": [["real_cred"], ["gid", "val"]],
    "task_euid": [["real_cred"], ["euid", "val"]],
    "task_egid": [["real_cred"], ["egid", "val"]],
}

# Functions whose value depends only on the probe's points.
# context.stp's names for the handler kinds: begin/end/error are all one kind
# ("begin"), timer.ms/us/ns/s are hrtimers, the syscall tapset probes kernel
# functions. The manual calls the value informational only.
_PROBE_TYPES = {"begin": "begin", "end": "begin", "error_end": "begin", "never": "begin",
                "tracepoint": "kernel_tracepoint", "perf": "perf_event"}

# name -> IR function for the direct ones (same arguments)
_DIRECT = {"kernel_string2": "kernel_string2", "user_string2": "user_string2",
           "get_cycles": "get_cycles", "pid2task": "pid2task", "pid2execname": "pid2execname",
           "cmdline_str": "cmdline_str", "cmdline_args": "cmdline_args", "module_name": "module_name", "randint": "randint",
           "user_mode": "user_mode", "addr_to_node": "addr_to_node",
           "task_backtrace": "task_backtrace",
           # the frames context-caller's stack()/ustack() read (library_context.CALLERS)
           "__xt_kframe": "kstack_frame", "__xt_uframe": "ustack_frame",
           # symbol strings (ir.builtins.DEFERRED_STR): the driver writes them
           "symname": "symname", "symdata": "symdata", "modname": "modname", "usymname": "usymname",
           "usymdata": "usymdata", "umodname": "umodname", "sprint_backtrace": "sprint_backtrace",
           "sprint_ubacktrace": "sprint_ubacktrace", "sprint_stack": "sprint_syms",
           "sprint_syms": "sprint_syms", "sprint_ustack": "sprint_usyms",
           "sprint_usyms": "sprint_usyms", "matched": "matched",
           # dentry.stp's walkers (runtime/xt_kinfo.h: the walk D's fileinfo_t uses);
           # task.stp's task_fd_lookup is D's fds[] lookup
           "task_dentry_path": "task_dentry_path", "reverse_path_walk": "reverse_path_walk",
           "real_mount": "real_mount", "inode_path": "inode_path",
           "task_fd_lookup": "fd_file",
           # loadavg.stp's avenrun[] reads (library_context.LOADAVG)
           "__xt_avenrun": "loadavg"}

# pgrp()/sid(): the current process's group and session (task_info's 0 and 1, as
# D's curpsinfo->pr_pgid and pr_sid read them).
_TASK_INFO = {"pgrp": 0, "sid": 1}


# kernel_long() and friends (conversions.stp): (bytes, signed) read at the address,
# a bad address being stap's read fault error.
_KERNEL_READS = {"kernel_long": (8, 1), "kernel_int": (4, 1), "kernel_short": (2, 1),
                 "kernel_char": (1, 1), "kernel_pointer": (8, 0)}

# user_*_error() (uconversions.stp): the same reads from user memory, a bad address
# being the read fault error; user_long() and friends (library.py) catch it and are 0.
USER_READS = {"long": (8, 1), "int": (4, 1), "short": (2, 1), "char": (1, 1), "ushort": (2, 0),
              "int8": (1, 1), "int16": (2, 1), "int32": (4, 1), "int64": (8, 1),
              "uint8": (1, 0), "uint16": (2, 0), "uint32": (4, 0), "uint64": (8, 0)}
_USER_READS = {f"user_{k}_error": v for k, v in USER_READS.items()}

# set_kernel_*() (conversions-guru.stp, stap -g only): bytes written at the address
_KERNEL_WRITES_INT = {"set_kernel_long": 8, "set_kernel_int": 4, "set_kernel_short": 2,
                      "set_kernel_char": 1, "set_kernel_pointer": 8}
KERNEL_WRITES = frozenset(_KERNEL_WRITES_INT) | {"set_kernel_string", "set_kernel_string_n"}

NAMES = frozenset(_KERNEL_READS) | frozenset(_USER_READS) | frozenset(_TASK_MEMBERS) | frozenset(_TASK_INFO) | {"task_execname", "task_prio", "task_nice", "is_return",
                                    "probe_type", "cmdline_arg", "probemod",
                                    "registers_valid", "register", "u_register"} | frozenset(_DIRECT)


def lower_call(name: str, args: list[ir.Expr], points: list[ir.ProbePoint], loc: Loc,
               fail: Callable[[str], Exception]) -> Optional[ir.Expr]:
    """IR for tapset function `name` called with lowered `args`, or None if it is not one
    of these. `fail(msg)` makes the error to raise."""
    if name not in NAMES:
        return None

    def want(n: int) -> None:
        if len(args) != n:
            raise fail(f"{name}() takes {n} argument{'s' if n != 1 else ''}")

    if name in _TASK_MEMBERS or name in ("task_execname", "task_prio", "task_nice"):
        want(1)
        base: ir.Expr = ir.KernelCast(args[0], TASK, loc=loc)
        if name == "task_execname":
            return ir.KernelMember(base, ["comm"], loc=loc)  # a char array read as a string
        if name == "task_prio":
            return ir.Binary("-", ir.KernelMember(base, ["prio"], loc=loc),
                             ir.IntLit(MAX_RT_PRIO, loc=loc), loc=loc)
        if name == "task_nice":
            return ir.Binary("-", ir.KernelMember(base, ["static_prio"], loc=loc),
                             ir.IntLit(MAX_RT_PRIO + 20, loc=loc), loc=loc)
        for path in _TASK_MEMBERS[name]:
            base = ir.KernelMember(base, path, loc=loc)
        return base
    if name in _TASK_INFO:
        want(0)
        return ir.Call("task_info", [ir.Builtin("curthread", loc=loc), ir.IntLit(_TASK_INFO[name], loc=loc)],
                       loc=loc)
    if name in _KERNEL_READS:
        want(1)
        size, signed = _KERNEL_READS[name]
        kvar = kernel_vars.address_name(args[0])
        if kvar is not None:  # kernel_int(&@var("x")): the kernel variable read as that type
            return kernel_vars.read(kvar, Type("int", size * 8, bool(signed)), loc, args[0].loc)
        return ir.Call("kernel_read_int", [args[0], ir.IntLit(size, loc=loc), ir.IntLit(signed, loc=loc)],
                       loc=loc)
    if name in _USER_READS:
        want(1)
        size, signed = _USER_READS[name]
        return ir.Call("user_read", [args[0], ir.IntLit(size, loc=loc), ir.IntLit(signed, loc=loc)],
                       loc=loc)
    if name == "is_return":
        want(0)
        return ir.IntLit(1 if points and all(pp.is_return for pp in points) else 0, loc=loc)
    if name == "probe_type":
        want(0)
        kinds = {_probe_type(pp) for pp in points}
        if len(kinds) != 1:
            raise fail("probe_type() in a probe on points of different types is not supported")
        return ir.StrLit(kinds.pop(), loc=loc)
    if name == "probemod":
        want(0)
        if not points:
            raise fail("probemod() is supported in a probe's body, not in a function's")
        mods = {probe_module(pp) for pp in points}
        if None in mods or len(mods) != 1:
            raise fail("probemod() in a probe whose points lie in several kernel modules, or in "
                       "modules named by a wildcard, is not supported")
        return ir.StrLit(mods.pop(), loc=loc)
    if name == "registers_valid":
        want(0)
        if not points:
            raise fail("registers_valid() is supported in a probe's body, not in a function's")
        valid = {_has_registers(pp) for pp in points}
        if len(valid) != 1:
            raise fail("registers_valid() in a probe on points with and without registers is "
                       "not supported")
        return ir.IntLit(int(valid.pop()), loc=loc)
    if name in ("register", "u_register"):
        want(1)
        return _register(name, args[0], points, loc, fail)
    if name == "cmdline_arg":
        want(1)
        return ir.Call("cmdline_args", [args[0], args[0], ir.StrLit("", loc=loc)], loc=loc)
    fn = _DIRECT[name]
    lo, hi = arity(fn)
    if not lo <= len(args) <= hi:
        raise fail(f"{name}() takes {hi} argument{'s' if hi != 1 else ''}")
    return ir.Call(fn, args, loc=loc)


def lower_write(name: str, args: list[ir.Expr], loc: Loc,
                fail: Callable[[str], Exception]) -> ir.Expr:
    """set_kernel_long(addr, v) and friends, set_kernel_string(addr, s) and
    set_kernel_string_n(addr, n, s): writes to kernel memory (the caller checks -g)."""
    if name in _KERNEL_WRITES_INT:
        if len(args) != 2:
            raise fail(f"{name}() takes 2 arguments")
        return ir.Call("kernel_write_int", [args[0], args[1], ir.IntLit(_KERNEL_WRITES_INT[name], loc=loc)],
                       loc=loc)
    if name == "set_kernel_string":
        if len(args) != 2:
            raise fail(f"{name}() takes 2 arguments")
        return ir.Call("kernel_write_str", [args[0], args[1], ir.IntLit(-1, loc=loc)], loc=loc)
    if len(args) != 3:
        raise fail(f"{name}() takes 3 arguments")
    return ir.Call("kernel_write_str", [args[0], args[2], args[1]], loc=loc)


def _probe_type(pp: ir.ProbePoint) -> str:
    """stap's probe_type() for a point: kprobe/kretprobe, uprobe/uretprobe, timer, ..."""
    if pp.kind == "kfunc":
        return "kretprobe" if pp.is_return else "kprobe"
    if pp.kind == "ufunc":
        return "uretprobe" if pp.is_return else "uprobe"
    if pp.kind == "umark":
        return "uprobe"
    if pp.kind == "syscall":
        return "kretprobe" if pp.is_return else "kprobe"
    if pp.kind == "timer":
        return "profile_timer" if pp.per_cpu else "hrtimer"
    return _PROBE_TYPES.get(pp.kind, pp.kind)


def probe_module(pp: ir.ProbePoint) -> "Optional[str]":
    """stap's probemod() at a point: the module a kernel function point names
    (module("m").function), "kernel" for the core kernel's functions (stap's
    syscall probes are kprobes on them); "" where stap finds no kernel module
    (begin/end, timers, tracepoints, user-space probes: stap's run-time error
    "Cannot determine kernel module name"); None when only the hit can tell (a
    wildcard module, or a profile timer or perf event interrupting any code)."""
    if pp.kind == "kfunc":
        if any(ch in pp.module for ch in "*?["):
            return None
        return pp.module or "kernel"
    if pp.kind == "syscall":
        return "kernel"
    if (pp.kind == "timer" and pp.per_cpu) or pp.kind == "perf":
        return None
    return ""


def _register(name: str, reg: ir.Expr, points: list[ir.ProbePoint], loc: Loc,
              fail: Callable[[str], Exception]) -> ir.Expr:
    """register("rax") / u_register("rax"): a 64-bit register of the probe's
    registers (the same bits either way on x86_64). At user-space probes those are
    the thread's user registers, D's uregs[] (ir/registers.py)."""
    if not isinstance(reg, ir.StrLit):
        raise fail(f"the register {name}() reads must be named by a literal string, "
                   f'{name}("rax")')
    slot = registers.stap_slot(reg.value)
    if slot is None:
        raise fail(f'{name}("{reg.value}"): xtrace reads the 64-bit registers of x86_64 by '
                   'name (rax ... r15, rip, rsp, rbp, eflags, orig_rax, cs, ss)')
    kinds = {pp.kind for pp in points}
    if not points or not kinds <= registers.REGISTER_POINT_KINDS:
        raise fail(f"{name}() reads the registers of a kernel.function, kprobe or process "
                   "probe; this probe has none of its own (at a syscall probe, read the "
                   "arguments by name or with int_arg(n))")
    if registers.at_user_probes(points):
        return registers.user_register(slot, loc)
    return ir.Call("probe_register", [ir.IntLit(slot, loc=loc)], loc=loc)


def _has_registers(pp: ir.ProbePoint) -> bool:
    """stap's registers_valid() at a point: kprobes (kernel functions, its syscall
    probes), uprobes, profile timers and perf events run with the interrupted
    registers; begin/end, hrtimers, tracepoints, procfs and netfilter hooks without."""
    return pp.kind in ("kfunc", "syscall", "ufunc", "umark", "perf") or \
        (pp.kind == "timer" and pp.per_cpu)
