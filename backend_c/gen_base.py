"""Shared pieces of the C generator (pass 3): limits, error codes, key layouts,
small helpers used by codegen.py and its mixins."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Optional

import jinja2

from xtrace.ir import nodes as n
from xtrace.ir.types import Type


RUNTIME_DIR = Path(__file__).resolve().parent.parent / "runtime"
TEMPLATES = jinja2.Environment(
    loader=jinja2.FileSystemLoader(str(Path(__file__).resolve().parent / "templates")),
    keep_trailing_newline=True, trim_blocks=True, lstrip_blocks=True,
    undefined=jinja2.StrictUndefined)
DEFAULT_LIMITS = {
    "MAXSTRINGLEN": 256,
    "MAXACTION": 1000,
    # stap's begin, end and error probes run in process context with ten times the
    # budget (stap's MAXACTION_INTERRUPTIBLE); 0: MAXACTION * 10
    "MAXACTION_INTERRUPTIBLE": 0,
    "MAXMAPENTRIES": 2048,
    "MAXSKIPPED": 100,
    "OVERLOAD_PERCENT": 80,
    "BUFSIZE": 1 << 20,
    "DYNVARSIZE": 1 << 20,
    "MAXNESTING": 10,
    # stap's MAXERRORS: run-time errors the session outlives (each still ends its
    # probe's run); the next one ends the session
    "MAXERRORS": 0,
    # Return probes in flight per kretprobe (stap's KRETACTIVE); 0: max(64, 8 per CPU).
    # A return whose instance pool ran dry is missed: counted and reported.
    "KRETACTIVE": 0,
    "NSPEC": 1,              # D's nspec: speculations at once
    "SPECSIZE": 1 << 20,     # D's specsize: bytes of records per speculation
    "SCRATCHSIZE": 8192,     # D's scratchsize: copyin()/alloca() bytes per clause hit
    "STACKFRAMES": 20,       # D's stackframes: kernel frames in a stack() aggregation key
    "USTACKFRAMES": 100,     # D's ustackframes: user frames recorded by ustack()
    # stap's MAXBACKTRACE: the frames backtrace(), ubacktrace(), task_backtrace() and
    # print_backtrace()/print_ubacktrace() give at most (its stack unwinder's limit)
    "MAXBACKTRACE": 20,
}
# stap's default MAXSTRINGLEN on x86-64 (its runtime sizes strings by the word size:
# 256 bytes on a 32-bit kernel, 512 on a 64-bit one); D and Vue keep their own.
STAP_MAXSTRINGLEN = 512
_MAX_SLOTS = 512
_KSTACK_KEY_FRAMES = 32  # = XT_STKDEPTH of module.c.j2: the frames a stack() key keeps
MAX_NESTING = 32
_COMM_LEN = 16
_ECODE = {"XT_E_DIVZERO": 1, "XT_E_MAXACTION": 2, "XT_E_MAPFULL": 3, "XT_E_FAULT": 4, "XT_E_LOCK": 5,
          "XT_E_MAXNESTING": 7, "XT_E_ILLOP": 8, "XT_E_SCRATCH": 9, "XT_E_EMPTYAGG": 11,
          "XT_E_HISTRANGE": 12}
# D's subroutines that take this hit's scratch space (runtime/xt_mem.h).
_SCRATCH_CALLS = ("copyin", "alloca", "copyinto")
# stap's extractors that raise "empty aggregate" on a statistic or element with no
# value (translate.cxx c_unparser::visit_stat_op): all but @count and, since stap
# 1.5, @sum (both read 0 there).
STAP_CHECKED_EXTRACTORS = ("min", "max", "avg", "variance")
# stap names the statement kind in "ERROR: ... near <what>".
_STMT_WORD = {"Printf": "identifier 'printf'", "Exit": "identifier 'exit'", "AggUpdate": "operator '<<<'",
              "If": "keyword 'if'", "Delete": "keyword 'delete'", "While": "keyword 'while'",
              "ForEach": "keyword 'foreach'", "Break": "keyword 'break'",
              "Continue": "keyword 'continue'", "Return": "keyword 'return'", "Next": "keyword 'next'"}
# Statements a loop body charges to the iteration (stap flushes their actions at the
# end of the body, so an exhausted budget is reported at the body's '{').
_SIMPLE = ("ExprStmt", "Printf", "AggUpdate", "Delete", "Exit", "PrintVar", "Trace", "Raise", "System")


@dataclass
class _Layout:
    """Key (and value) layout of a map or aggregation in kernel memory."""

    key_fields: list[tuple[Type, int]]  # (type, bytes)
    value: Optional[Type] = None
    # A per-thread array's key holds, after the thread id, the thread's start
    # time, which no key expression gives: the field's index (runtime/xt_tlmap.h).
    born_at: Optional[int] = None

    @property
    def keysize(self) -> int:
        return max(8, sum(size for _, size in self.key_fields))

    def manifest(self) -> list[dict]:
        return [{"kind": t.kind, "bits": t.bits, "signed": t.signed, "size": size}
                for t, size in self.key_fields]


@dataclass
class _ProbeState:
    slots: int = 0
    temps: int = 0
    locals: dict[str, Type] = field(default_factory=dict)


def _c_cast(t: Type, v: str) -> str:
    """C for an s64 value converted to integer type `t` and widened back to s64."""
    if t.bits >= 64:
        return f"((s64)({v}))"
    ctype = {8: "8", 16: "16", 32: "32"}.get(t.bits, "32")
    return f"((s64)({'s' if t.signed else 'u'}{ctype})({v}))"


def _foreach_depth(s) -> int:
    """How many ForEach loops nest at most inside s."""
    best = 0
    for x in n.walk(s):
        if isinstance(x, n.ForEach):
            best = max(best, 1 + _foreach_depth(x.body))
    return best


def _uses_builtin(probe: n.Probe, name: str) -> bool:
    return any(isinstance(x, n.Builtin) and x.name == name for x in n.walk(probe.body))


def _reads_user_strings(probe: n.Probe, fault_in: bool = False) -> bool:
    """Whether a syscall entry probe reads the syscall's user strings (argstr,
    filename, ...), which may not be paged in before the syscall runs; with `fault_in`
    (Program.options['user_strings_fault_in']) any user_string() read counts too."""
    return any((isinstance(x, n.Builtin) and x.name == "argstr")
               or (isinstance(x, n.SyscallVar) and x.type is not None and x.type.is_str)
               or (fault_in and isinstance(x, n.Call) and x.name == "user_string")
               for x in n.walk(probe.body))


def _as_read(t: n.Expr) -> n.Expr:
    if isinstance(t, n.Var):
        return n.Var(t.name, t.scope, loc=t.loc, type=t.type)
    assert isinstance(t, n.Index)
    return n.Index(t.map, t.keys, loc=t.loc, type=t.type)
