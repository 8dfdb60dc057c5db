"""stap's syscall `retstr` in a D port: the return value written out as stap writes it.

stap's retstr (runtime/xt_syscall.h's xt_fmt_ret) is the return value in decimal,
hex for an address (mmap, brk), octal for umask, and for a failure the value then
the errno's name, `-2 (ENOENT)`. In a D return clause the raw return value is arg0
(Linux DTrace hands over -ENOENT), so a porter writes

    arg0 < 0 && errno_names[-arg0] != "" ? strjoin(lltostr(arg0), ...) : lltostr(arg0)

with the names in a global array filled at BEGIN (argstr_text.fill_name_tables,
the table backend_c/sysc.py's ERRNO_NAMES). A clause on syscalls of different
formats, or a wildcard (but one whose condition names the syscall,
syscall_named.py), is left to the printer's refusal.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.frontends.argstr_text import ERRNO_TABLE, TABLE_MARK, fill_name_tables
from xtrace.frontends.syscall_named import named_by_condition
from xtrace.ir import nodes as ir
from xtrace.ir import syscalls as sc
from xtrace.ir.loc import Loc
from xtrace.ir.types import INT64, STRING

# xt_fmt_ret's conversion of a value that names no errno, by the syscall's retkind
_FORMAT = {"dec": "%d", "none": "%d", "hex": "0x%x", "oct": "%#o"}


def _is_retstr(n) -> bool:
    return isinstance(n, ir.Builtin) and n.name == "retstr"


def _retkind(points: list[ir.ProbePoint]) -> Optional[str]:
    """The one format of the syscalls a return clause is on, or None (a wildcard, an
    unknown syscall, syscalls of different formats)."""
    if not points or not all(p.kind == "syscall" and p.is_return for p in points):
        return None
    kinds = set()
    for p in points:
        if any(ch in p.name for ch in "*?["):
            return None
        s = sc.lookup(p.name)
        if s is None:
            return None
        kinds.add(_FORMAT[s.ret])
    return kinds.pop() if len(kinds) == 1 else None


def _text(fmt: str, at: Loc) -> ir.Expr:
    """retstr as an expression of the return value (stap's retval)."""
    ret = ir.Builtin("retval", loc=at, type=INT64)
    neg = ir.Unary("-", copy.copy(ret), loc=at, type=INT64)
    name = ir.Index(TABLE_MARK + ERRNO_TABLE, [neg], loc=at, type=STRING)
    failed = ir.Binary("&&", ir.Binary("<", copy.copy(ret), ir.IntLit(0, loc=at, type=INT64),
                                       loc=at, type=INT64),
                       ir.Binary("!=", name, ir.StrLit("", loc=at, type=STRING), loc=at, type=INT64),
                       loc=at, type=INT64)
    with_name = ir.Sprintf("%d (%s)", [copy.copy(ret), copy.deepcopy(name)], loc=at, type=STRING)
    plain = ir.Sprintf(fmt, [copy.copy(ret)], loc=at, type=STRING)
    return ir.Ternary(failed, with_name, plain, loc=at, type=STRING)


def retstr_written_out(prog: ir.Program) -> ir.Program:
    """A copy of `prog` with each `retstr` of a syscall return clause of one format
    written out (the errno names' table filled at BEGIN); `prog` itself when none is."""
    if not any(_is_retstr(x) for p in prog.probes for x in ir.walk([p.body, p.predicate])):
        return prog
    prog = copy.deepcopy(prog)
    for i, p in enumerate(prog.probes):
        if _retkind(p.points) is None and any(_is_retstr(x) for x in ir.walk(p.body)):
            p = prog.probes[i] = named_by_condition(p)  # syscall.* tested for one name
        fmt = _retkind(p.points)
        if fmt is None:
            continue  # the printer says what it has not
        p.body = ir.map_tree(p.body, lambda n: _text(fmt, n.loc) if _is_retstr(n) else n)
        if p.predicate is not None:
            p.predicate = ir.map_tree(p.predicate, lambda n: _text(fmt, n.loc) if _is_retstr(n) else n)
    fill_name_tables(prog)
    return prog
