"""The stap spellings of IR concepts, shared by the lowering and the printer."""

from __future__ import annotations

from typing import Optional

# stap tapset function (called with `()`) -> IR Builtin name
BUILTIN_FUNCS: dict[str, str] = {
    "execname": "execname",
    "uaddr": "uaddr",
    "ubacktrace": "ubacktrace",
    "backtrace": "backtrace",
    "pid": "pid",
    "tid": "tid",
    "ppid": "ppid",
    "uid": "uid",
    "gid": "gid",
    "euid": "euid",
    "egid": "egid",
    "cpu": "cpu",
    "gettimeofday_ns": "walltimestamp",
    "local_clock_ns": "timestamp",
    "ktime_get_ns": "timestamp",
    "pp": "pp",
    # pn(): the probe point as the script wrote it, which is what xtrace's pp() gives
    "pn": "pp",
    "probefunc": "probefunc",
    "ppfunc": "probefunc",
    "task_current": "curthread",
    "target": "target",
    "addr": "addr",
    "stp_pid": "tracer_pid",
    "jiffies": "jiffies",
    "HZ": "hz",
}

# gettimeofday_s/ms/us(): the wall clock in nanoseconds divided by this.
GETTIMEOFDAY: dict[str, int] = {
    "gettimeofday_s": 1_000_000_000,
    "gettimeofday_ms": 1_000_000,
    "gettimeofday_us": 1_000,
}


def stap_function_of(builtin: str) -> Optional[str]:
    """The stap function a stap script calls for IR built-in `builtin` (`HZ()`; the
    gettimeofday_*() family for the wall clock), for a refusal to name what the
    script says; None for one no function gives."""
    if builtin == "walltimestamp":
        return "gettimeofday_*() (the wall clock)"
    return next((f"{f}()" for f, b in BUILTIN_FUNCS.items() if b == builtin), None)

# IR Builtin -> how the printer writes it (the inverse of the tables above,
# choosing one spelling where several lower to the same builtin).
BUILTIN_SPELLING: dict[str, str] = {
    "execname": "execname()",
    "pid": "pid()",
    "tid": "tid()",
    "ppid": "ppid()",
    "uid": "uid()",
    "gid": "gid()",
    "euid": "euid()",
    "egid": "egid()",
    "cpu": "cpu()",
    "walltimestamp": "gettimeofday_ns()",
    # ktime_get_ns() is CLOCK_MONOTONIC, like D's timestamp.
    "timestamp": "ktime_get_ns()",
    "pp": "pp()",
    # ppfunc(): what stap's manual recommends (probefunc() is deprecated).
    "probefunc": "ppfunc()",
    "argstr": "argstr",
    "retstr": "retstr",
    "syscall_name": "name",
    "curthread": "task_current()",
    "target": "target()",
    "addr": "addr()",
    "uaddr": "uaddr()",
    "tracer_pid": "stp_pid()",
    "jiffies": "jiffies()",
    "hz": "HZ()",
    "backtrace": "backtrace()",
    "ubacktrace": "ubacktrace()",
}

# Context variables of the syscall tapset (bare names, no parentheses) -> Builtin.
SYSCALL_CONTEXT_VARS: dict[str, str] = {
    "argstr": "argstr",
    "name": "syscall_name",
    # syscall_any's number of the call (syscall_any.stp)
    "syscall_nr": "syscall_nr",
    "retval": "retval",
    "retstr": "retstr",
}

# Raw probe arguments: `long_arg(1)` is the first argument, Builtin('arg0').
ARG_FUNCS = ("long_arg", "ulong_arg", "pointer_arg", "s64_arg", "u64_arg",
             "int_arg", "s32_arg", "uint_arg", "u32_arg")
# The 32-bit ones: unsigned keeps the low 32 bits, signed also sign-extends them.
ARG32_UNSIGNED = ("uint_arg", "u32_arg")
ARG32_SIGNED = ("int_arg", "s32_arg")
ARG_SPELLING = "long_arg"

# Value-returning functions passed through as ir Call (same name in the IR).
VALUE_FUNCS = ("strlen", "user_string", "kernel_string")

# The string tapset (and the _n readers) -> IR function; isinstr is lowered
# to `index(s1, s2) != -1` by the lowering.
STRING_FUNCS: dict[str, str] = {
    "substr": "slice",
    "strpos": "index",
    "str_replace": "str_replace",
    "text_str": "text_str",
    "text_strn": "text_strn",
    "string_quoted": "string_quoted",
    "stringat": "stringat",
    "strtol": "strtol",
    "isdigit": "isdigit",
    "tokenize": "tokenize",
    "ctime": "ctime",
    "user_string_n": "user_string",
    "kernel_string_n": "kernel_string",
}
# IR function -> stap spelling, for the printer (where the arguments match).
STRING_SPELLING: dict[str, str] = {ir: stap for stap, ir in STRING_FUNCS.items()
                                   if stap not in ("user_string_n", "kernel_string_n")}

# Statement-only output functions handled by the lowering.
PRINT_FUNCS = ("printf", "print", "println", "log", "printd", "printdln")

# Statistics extractors `@count(x)` ... (IR AggRead funcs); @variance takes an
# optional literal bit shift.
STAT_OPS = ("count", "sum", "min", "max", "avg", "variance")
# Histogram extractors, only printed: name -> number of literal parameters.
HIST_OPS = {"hist_log": 0, "hist_linear": 3}

# timer.UNIT(N) -> nanoseconds per N; `jiffies` assumes HZ=250 (the common
# distribution default), `hz` is a frequency and is handled separately.
TIMER_UNITS: dict[str, int] = {
    "s": 1_000_000_000,
    "sec": 1_000_000_000,
    "ms": 1_000_000,
    "msec": 1_000_000,
    "us": 1_000,
    "usec": 1_000,
    "ns": 1,
    "nsec": 1,
    "jiffies": 4_000_000,
}


# Loop-variable names the printer gives to keys that are builtins: readable,
# and none of them is a tapset function name (a local `pid` would shadow
# nothing, but reads badly next to `pid()`).
KEY_VAR_NAMES: dict[str, str] = {
    "pid": "p",
    "tid": "t",
    "ppid": "pp_id",
    "uid": "u",
    "gid": "g",
    "euid": "eu",
    "egid": "eg",
    "execname": "comm",
    "cpu": "c",
    "syscall_name": "sc",
    "probefunc": "fn",
    "pp": "point",
    "argstr": "args",
    "retstr": "rs",
    "retval": "rv",
    "errno": "err",  # the DTraceToolkit's errinfo: @Errs[execname, probefunc, errno]
}

# stap keywords: never a variable name.
KEYWORDS = frozenset(
    "probe global function if else while for foreach in limit break continue "
    "next return delete try catch private".split())

# Words the printer does not pick for the variables it invents.
RESERVED = (KEYWORDS | frozenset(BUILTIN_FUNCS) | frozenset(SYSCALL_CONTEXT_VARS)
            | frozenset(VALUE_FUNCS) | frozenset(GETTIMEOFDAY) | frozenset(PRINT_FUNCS) | frozenset(STRING_FUNCS)
            | frozenset(("long", "string", "exit", "sprintf", "sprint", "warn", "error",
                         "returnval")))
