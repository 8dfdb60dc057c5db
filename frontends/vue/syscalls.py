"""AIX system call semantics on Linux's system calls: `__rv` at a syscall exit (AIX's
value, built from Linux's) and libc's open() as the openat system call.

A failing AIX system call returns -1 and leaves the error number in errno
(ProbeVue's `__errno`); Linux returns -errno itself. So Vue's `__rv` in a
clause of syscall exits is `__errno != 0 ? -1 : <the raw return>` in the IR,
and the printer turns exactly that shape back into `__rv`.

The raw Linux value (D's arg0 at a syscall return) has no Vue name; the printer
writes it `__errno != 0 ? -__errno : __rv`, which the lowerer reads back as the
raw value, so D -> Vue -> D gives the same IR.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT32
from xtrace.ir.loc import Loc


def syscall_rv(at: Loc) -> ir.Expr:
    """The IR of `__rv` in a syscall exit clause."""
    failed = ir.Binary("!=", ir.Builtin("errno", loc=at), ir.IntLit(0, loc=at), loc=at)
    return ir.Ternary(failed, ir.IntLit(-1, loc=at), ir.Builtin("retval", loc=at), loc=at)


def is_syscall_rv(e: ir.Expr) -> bool:
    """Whether `e` is what `syscall_rv` builds (locations aside)."""
    return (isinstance(e, ir.Ternary) and e.cond == syscall_rv(Loc("", 0, 0)).cond
            and ir.int_constant(e.then) == -1 and e.else_ == ir.Builtin("retval"))


def raw_rv_text() -> str:
    """The Vue spelling of the raw Linux return value in a syscall exit clause, a
    conditional expression (the printer parenthesizes it where it binds too loosely)."""
    return "__errno != 0 ? -__errno : __rv"


def is_raw_rv(e: ir.Expr) -> bool:
    """Whether `e` is what `raw_rv_text` lowers to."""
    at = Loc("", 0, 0)
    return (isinstance(e, ir.Ternary) and e.cond == syscall_rv(at).cond
            and e.then == ir.Unary("-", ir.Builtin("errno")) and is_syscall_rv(e.else_))


# libc's open(path, flags, mode) is the openat(AT_FDCWD, path, flags, mode) system call on
# today's Linux (glibc and musl never make the open system call on x86-64 or arm64), so an
# AIX script's `@@syscall:*:open:entry` would never fire there. Its clause also goes on
# openat calls that start from the current directory, with each __argN read one argument
# further on.
AT_FDCWD = -100


def open_as_openat(probe: ir.Probe) -> Optional[ir.Probe]:
    """The openat companion of a probe with syscall `open` points (None without any): the
    same clause at openat with dirfd AT_FDCWD, arguments shifted by one."""
    opens = [p for p in probe.points if p.kind == "syscall" and p.name == "open"]
    if not opens:
        return None
    body, pred = copy.deepcopy(probe.body), copy.deepcopy(probe.predicate)
    for node in [*ir.walk(body), *(ir.walk(pred) if pred is not None else [])]:
        if isinstance(node, ir.Builtin) and re.fullmatch(r"arg[0-5]", node.name):
            node.name = f"arg{int(node.name[3:]) + 1}"
    at = opens[0].loc
    dirfd = ir.Cast(INT32, ir.Builtin("arg0", loc=at), loc=at)
    cwd = ir.Binary("==", dirfd, ir.IntLit(AT_FDCWD, loc=at), loc=at)
    points = [dataclasses.replace(p, name="openat") for p in opens]
    return ir.Probe(points, body, predicate=cwd if pred is None else ir.Binary("&&", cwd, pred, loc=at),
                    loc=probe.loc, comments=[])


_COMPARISONS = ("==", "!=", "<", "<=", ">", ">=")


def rv_compared_raw(e: ir.Expr) -> Optional[ir.Binary]:
    """Vue's `__rv OP c` for a constant c >= 0 (`when (__rv > 0)`) as the same test of
    the raw Linux return value (`arg0 > 0` in D, `retval > 0` in stap), or None.
    __rv is -1 where the call failed, and a failed call's raw value (-errno) is
    negative too: both are below c, so every comparison with c comes out the same,
    and the translation need not spell `errno != 0 ? -1 : arg0` inside the test."""
    if not isinstance(e, ir.Binary) or e.op not in _COMPARISONS:
        return None
    def at_least_zero(x: ir.Expr) -> bool:
        c = ir.int_constant(x)
        return c is not None and c >= 0
    if is_syscall_rv(e.lhs) and at_least_zero(e.rhs):
        return dataclasses.replace(e, lhs=e.lhs.else_)
    if is_syscall_rv(e.rhs) and at_least_zero(e.lhs):
        return dataclasses.replace(e, rhs=e.rhs.else_)
    return None


def rv_failure_test(e: ir.Expr, int_returns: bool) -> Optional[ir.Expr]:
    """Vue's `__rv == -1` (`__rv != -1`) at a syscall exit as the test of the failure
    itself, `errno != 0` (`errno == 0`), as a D porter writes it; None for anything
    else. __rv is -1 exactly where errno is set: a call that did not fail returns no
    value of -errno's range. Under an (int) (the script's prototype says int) only
    where the calls return an int (`int_returns`): a wider value could be -1 in its
    low 32 bits."""
    if not isinstance(e, ir.Binary) or e.op not in ("==", "!="):
        return None
    for side, other in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
        if ir.int_constant(other) != -1:
            continue
        if isinstance(side, ir.Cast) and side.to.kind == "int" and side.to.signed and (
                side.to.bits >= 64 or side.to.bits == 32 and int_returns):
            side = side.operand
        if is_syscall_rv(side):
            failed = side.cond
            return failed if e.op == "==" else dataclasses.replace(failed, op="==")
    return None


def raw_compared_rv(e: ir.Expr) -> Optional[ir.Binary]:
    """The raw Linux return value compared with a constant c >= 0 (D's `arg0 > 0` at a
    syscall return, stap's `retval >= 0`) as the same test of Vue's `__rv`, or None:
    the converse of rv_compared_raw, so `__rv > 0` comes back as written, not as
    `(__errno != 0 ? -__errno : __rv) > 0`."""
    if not isinstance(e, ir.Binary) or e.op not in _COMPARISONS:
        return None
    for side, other in (("lhs", e.rhs), ("rhs", e.lhs)):
        value = getattr(e, side)
        c = ir.int_constant(other)
        if value == ir.Builtin("retval") and c is not None and c >= 0:
            return dataclasses.replace(e, **{side: syscall_rv(value.loc)})
    return None


# A port's own guard against those openat hits (frontends/vue/printer.py
# open_itself_only) is `get_function() == "open"`, first in the clause's test; a reader
# asks why it is there, so the port says it in a one-line note above the test. The note
# is the porter's word only: the way back drops it (without_open_guard_note), so it
# never becomes a comment statement of the clause.
OPEN_GUARD_NOTE = "open(2) only, as in "


def open_guard_note(lang: str) -> str:
    """The Vue port's note above its `get_function() == "open"` test, for a port of
    `lang` ("stap" or "d"): one line (under frontends.common.NOTE_WIDTH columns)."""
    name = {"stap": "stap", "d": "D"}.get(lang, lang)
    return f"{OPEN_GUARD_NOTE}{name}: this clause also fires at openat(AT_FDCWD, ...)"


def tests_open_first(cond: ir.Expr) -> bool:
    """Whether `cond`'s first test (the left end of its chain of &&) is
    `probefunc == "open"`, the guard open_itself_only puts there."""
    while isinstance(cond, ir.Binary) and cond.op == "&&":
        cond = cond.lhs
    return cond == ir.Binary("==", ir.Builtin("probefunc"), ir.StrLit("open"))


def without_open_guard_note(body: ir.Block) -> ir.Block:
    """`body` (a Vue clause's, as lowered) without the port's note on its open guard:
    a comment starting with OPEN_GUARD_NOTE among the comments that lead the body,
    whose first statement after them is an `if` testing `get_function() == "open"`
    first. `body` itself where there is none."""
    lead = 0
    while lead < len(body.stmts) and isinstance(body.stmts[lead], ir.Comment):
        lead += 1
    if lead == len(body.stmts) or not isinstance(body.stmts[lead], ir.If) \
            or not tests_open_first(body.stmts[lead].cond):
        return body
    kept = [s for s in body.stmts[:lead] if not s.text.startswith(OPEN_GUARD_NOTE)]
    if len(kept) == lead:
        return body
    return dataclasses.replace(body, stmts=kept + body.stmts[lead:])
