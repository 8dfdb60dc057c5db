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

Vue makes no string of a number, but a printf printing retstr whole at a plain
`%s` needs none: it is an if of two printfs (ir/printfbranches.py), Vue's failed
call (`__rv` -1) telling its error by `__errno`:

    if (__rv < 0 && errno_names[__errno] != "")
        printf("%s = %d (%s)\n", get_function(), -__errno, errno_names[__errno]);
    else
        printf("%s = %d\n", get_function(), __errno != 0 ? -__errno : __rv);

A retstr kept, padded or inside an expression stays refused in Vue.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.frontends.argstr_text import ERRNO_TABLE, TABLE_MARK, fill_name_tables
from xtrace.frontends.syscall_named import named_by_condition
from xtrace.ir import nodes as ir
from xtrace.ir import syscalls as sc
from xtrace.ir.loc import Loc
from xtrace.ir.types import INT32, INT64, STRING

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


def _text(fmt: str, at: Loc, ret: Optional[ir.Expr] = None) -> ir.Expr:
    """retstr as an expression of the return value (stap's retval), or of `ret`."""
    ret = ret if ret is not None else ir.Builtin("retval", loc=at, type=INT64)
    neg = ir.Unary("-", copy.deepcopy(ret), loc=at, type=INT64)
    name = ir.Index(TABLE_MARK + ERRNO_TABLE, [neg], loc=at, type=STRING)
    failed = ir.Binary("&&", ir.Binary("<", copy.deepcopy(ret), ir.IntLit(0, loc=at, type=INT64),
                                       loc=at, type=INT64),
                       ir.Binary("!=", name, ir.StrLit("", loc=at, type=STRING), loc=at, type=INT64),
                       loc=at, type=INT64)
    with_name = ir.Sprintf("%d (%s)", [copy.deepcopy(ret), copy.deepcopy(name)], loc=at, type=STRING)
    plain = ir.Sprintf(fmt, [copy.deepcopy(ret)], loc=at, type=STRING)
    return ir.Ternary(failed, with_name, plain, loc=at, type=STRING)


def _printed_text(fmt: str, at: Loc) -> ir.Expr:
    """retstr printed by Vue, whose `__rv` of a failed call is -1 and `__errno` the
    error's number: the name where the call failed with a named errno, else the raw
    value (ir.Builtin retval: `__errno != 0 ? -__errno : __rv`)."""
    errno = ir.Builtin("errno", loc=at, type=INT32)
    name = ir.Index(TABLE_MARK + ERRNO_TABLE, [copy.copy(errno)], loc=at, type=STRING)
    ret = ir.Builtin("retval", loc=at, type=INT64)
    failed = ir.Binary("&&", ir.Binary("<", ret, ir.IntLit(0, loc=at, type=INT64), loc=at, type=INT64),
                       ir.Binary("!=", name, ir.StrLit("", loc=at, type=STRING), loc=at, type=INT64),
                       loc=at, type=INT64)
    neg = ir.Unary("-", copy.copy(errno), loc=at, type=INT64)
    with_name = ir.Sprintf("%d (%s)", [neg, copy.deepcopy(name)], loc=at, type=STRING)
    plain = ir.Sprintf(fmt, [ir.Builtin("retval", loc=at, type=INT64)], loc=at, type=STRING)
    return ir.Ternary(failed, with_name, plain, loc=at, type=STRING)


def _printed_whole(s: ir.Printf, fmt: str) -> ir.Printf:
    """Printf `s` with its one retstr at a bare `%s` (maybe one arm of a choice with
    a literal, `retval > 0 ? "PID" : retstr`) written out for Vue (which
    ir/printfbranches.py makes an if/else of printfs); `s` itself otherwise
    (retstr elsewhere stays for the printer's refusal)."""
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(s.fmt) if m.group(1) != "%"]
    at = [i for i, a in enumerate(s.args) if _printed_arg(a)]
    if (len(convs) != len(s.args) or len(at) != 1 or convs[at[0]].group(0) != "%s"
            or sum(_is_retstr(x) for x in ir.walk(s.args)) != 1):
        return s
    s.args[at[0]] = ir.map_tree(s.args[at[0]], lambda n: _printed_text(fmt, n.loc)
                                if _is_retstr(n) else n)
    return s


def _printed_arg(e: ir.Expr) -> bool:
    """retstr, or a choice between it and a literal text."""
    if isinstance(e, ir.Ternary):
        arms = (e.then, e.else_)
        return any(_is_retstr(a) for a in arms) and any(isinstance(a, ir.StrLit) for a in arms)
    return _is_retstr(e)


# errno.stp's return_str(format, ret): retstr's text of `ret` in the format given
_RETURN_STR = "return_str"


def _return_str_format(x) -> Optional[str]:
    """The conversion a call of return_str() with a constant format writes a value
    that names no errno in (2 hex, 3 octal, any other decimal), else None."""
    if not (isinstance(x, ir.FuncCall) and x.name == _RETURN_STR and len(x.args) == 2):
        return None
    f = ir.int_constant(x.args[0])
    return None if f is None else {2: _FORMAT["hex"], 3: _FORMAT["oct"]}.get(f, _FORMAT["dec"])


def _folded(fmt: str, value: int) -> str:
    """return_str()'s text of a constant, as stap's sprintf writes it."""
    from xtrace.frontends.tapset_tables import errno_entries
    name = dict(errno_entries()).get(-value) if value < 0 else None
    if name:
        return f"{value} ({name})"
    bits = value & 0xFFFFFFFFFFFFFFFF  # stap's %x and %o of a negative long
    if fmt == _FORMAT["hex"]:
        return f"0x{bits:x}"
    if fmt == _FORMAT["oct"]:
        return f"0{bits:o}" if bits else "0"
    return str(value)


def return_strs_as_retstr(prog: ir.Program, printed_only: bool = False) -> ir.Program:
    """A copy of `prog` with the tapset's return_str(format, ret) calls of a constant
    format as what a porter writes: the text itself for a constant `ret`, retstr
    where `ret` is the return value of a syscall clause of that same format (so
    retstr_written_out() writes it), and, unless `printed_only` (Vue, which makes no
    string of a number), retstr's expression of `ret` in that format. `prog` itself
    when there is none; the others stay for the printer's refusal."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    from xtrace.ir.inline import reachable_functions
    if not any(f.name == _RETURN_STR and f.loc.file == TAPSET_FILE for f in prog.functions) or \
            not any(_return_str_format(x) for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)
    for i, p in enumerate(prog.probes):
        calls = [x for x in ir.walk([p.body, p.predicate]) if _return_str_format(x)]
        if not calls:
            continue
        if _retkind(p.points) is None and any(x.args[1] == ir.Builtin("retval") for x in calls):
            p = prog.probes[i] = named_by_condition(p)  # syscall.* tested for one name
        kind = _retkind(p.points)

        def fn(x, kind=kind):
            fmt = _return_str_format(x)
            if fmt is None:
                return x
            ret = x.args[1]
            if ir.int_constant(ret) is not None:
                return ir.StrLit(_folded(fmt, ir.int_constant(ret)), loc=x.loc, type=STRING)
            if ret == ir.Builtin("retval") and kind == fmt:
                return ir.Builtin("retstr", loc=x.loc, type=STRING)
            return x if printed_only else _text(fmt, x.loc, ret)

        p.body = ir.map_tree(p.body, fn)
        if p.predicate is not None:
            p.predicate = ir.map_tree(p.predicate, fn)
    called = reachable_functions(prog)
    prog.functions = [f for f in prog.functions if f.name in called or f.loc.file != TAPSET_FILE]
    return prog


def retstr_written_out(prog: ir.Program, printed_only: bool = False) -> ir.Program:
    """A copy of `prog` with each `retstr` of a syscall return clause of one format
    written out (the errno names' table filled at BEGIN); `prog` itself when none is.
    `printed_only` (Vue, which has no string of a number): only a retstr a printf
    prints whole at a bare `%s`, as a choice of two texts for the printf."""
    if not any(_is_retstr(x) for p in prog.probes for x in ir.walk([p.body, p.predicate])):
        if not any(isinstance(x, ir.Index) and x.map.startswith(TABLE_MARK)
                   for p in prog.probes for x in ir.walk(p.body)):
            return prog
        # return_strs_as_retstr's texts of other values than a clause's own retstr
        prog = copy.deepcopy(prog)
        fill_name_tables(prog)
        return prog
    prog = copy.deepcopy(prog)
    for i, p in enumerate(prog.probes):
        if _retkind(p.points) is None and any(_is_retstr(x) for x in ir.walk(p.body)):
            p = prog.probes[i] = named_by_condition(p)  # syscall.* tested for one name
        fmt = _retkind(p.points)
        if fmt is None:
            continue  # the printer says what it has not
        if printed_only:
            p.body = ir.map_tree(p.body, lambda n: _printed_whole(n, fmt)
                                 if isinstance(n, ir.Printf) else n)
            continue
        p.body = ir.map_tree(p.body, lambda n: _text(fmt, n.loc) if _is_retstr(n) else n)
        if p.predicate is not None:
            p.predicate = ir.map_tree(p.predicate, lambda n: _text(fmt, n.loc) if _is_retstr(n) else n)
    fill_name_tables(prog)
    return prog
