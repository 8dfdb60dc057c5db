"""The normalized built-in variables and functions of the IR.

Frontends map their own spellings onto these names (D `execname`, stap
`execname()`, Vue `__pname` are all `execname`). The C backend implements
each name once.
"""

from __future__ import annotations

from .types import INT32, INT64, STRING, Type

# name -> (type, description)
BUILTINS: dict[str, tuple[Type, str]] = {
    "pid": (INT32, "process id (thread group id) of the current task"),
    "tid": (INT32, "thread id of the current task"),
    "ppid": (INT32, "parent process id"),
    "uid": (INT32, "real user id"),
    "gid": (INT32, "real group id"),
    "euid": (INT32, "effective user id"),
    "egid": (INT32, "effective group id"),
    "execname": (STRING, "command name of the current task (comm)"),
    "cpu": (INT32, "current CPU number"),
    "timestamp": (INT64, "monotonic nanoseconds"),
    "walltimestamp": (INT64, "wall-clock nanoseconds since the epoch"),
    "arg0": (INT64, "probe argument 0 (syscall/function argument)"),
    "arg1": (INT64, "probe argument 1"),
    "arg2": (INT64, "probe argument 2"),
    "arg3": (INT64, "probe argument 3"),
    "arg4": (INT64, "probe argument 4"),
    "arg5": (INT64, "probe argument 5"),
    "retval": (INT64, "return value at a return probe"),
    "syscall_nr": (INT64, "syscall number at a syscall probe"),
    "syscall_name": (STRING, "syscall name at a syscall probe (stap `name`)"),
    "argstr": (STRING, "stap-formatted syscall arguments"),
    "probefunc": (STRING, "function part of the probe that fired"),
    "probename": (STRING, "name part of the probe that fired (entry/return/...)"),
    "probeprov": (STRING, "provider of the probe that fired (DTrace's naming: dtrace, syscall, "
                          "fbt, profile, ...)"),
    "probemod": (STRING, "module part of the probe that fired (vmlinux for the core kernel)"),
    "errno": (INT32, "error number of the syscall returning (0 when it succeeded or elsewhere)"),
    "pp": (STRING, "the probe point as written"),
}

# name -> (arg types, return type). 'any' argument types are checked by analysis.
FUNCTIONS: dict[str, tuple[tuple[str, ...], Type]] = {
    "strlen": (("str",), INT64),
    "user_string": (("int",), STRING),
    "kernel_string": (("int",), STRING),
}

AGG_UPDATE_FUNCS = ("count", "sum", "min", "max", "avg", "stats", "stddev",
                    "quantize", "lquantize", "llquantize", "hist_log", "hist_linear")
# Reads of one element's statistic in an expression (stap @count(s[k]), Vue count(l)).
# 'variance' is stap's @variance (optional IntLit bit shift in AggRead.args).
AGG_READ_FUNCS = ("count", "sum", "min", "max", "avg", "variance")
