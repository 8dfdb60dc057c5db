"""Calls of the stap translation's D helpers as the D subroutines they compute
(dhelpers_back.py finds the helpers): for each helper, the IR the D frontend
makes of the subroutine a call spells, or None where the call does not say
which (a computed flag) or says more than D can (a user address).
"""

from __future__ import annotations

import copy
from typing import Callable, Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT32

from .print_dsymbols import HELPERS as DSYMBOL_HELPERS
from .print_common import CONV_RE
from .print_dinet import WANT as DINET_WANT
from .print_dstack import FRAME_INDENT, MAXBACKTRACE, WORD

# a constant stap writes for "no start": rindex(s, t) searches from the end
_NO_START = 0x7FFFFFFFFFFFFFFF
# the D string size the translation passes to its substr helper where D has no
# strsize option (DTrace's default strsize): D's substr clamps with the source's
# own string size, whatever the stap run's MAXSTRINGLEN (512 on x86-64)
_STRSIZE = 256


def _flag(e: ir.Expr) -> Optional[int]:
    """The value of a helper's constant flag argument (0 or 1), else None."""
    return e.value if isinstance(e, ir.IntLit) and e.value in (0, 1) else None


def _d_call(c: ir.FuncCall, name: str, args: list[ir.Expr]) -> ir.Call:
    """D's subroutine `name` of `args`, where the call `c` is."""
    return ir.Call(name, args, loc=c.loc)


def _by_flag(no: str, yes: str) -> Callable[[ir.FuncCall], Optional[ir.Expr]]:
    """The reader of a helper whose last argument picks one of two D subroutines
    (`no` for 0, `yes` for 1) of the arguments before it."""
    def read(c: ir.FuncCall) -> Optional[ir.Expr]:
        flag = _flag(c.args[-1])
        return None if flag is None else _d_call(c, yes if flag else no, c.args[:-1])
    return read


def _index(c: ir.FuncCall) -> Optional[ir.Expr]:
    """index()/rindex() with a start; rindex without one has the largest start."""
    flag = _flag(c.args[3])
    if flag is None:
        return None
    s, t, pos = c.args[:3]
    if flag and isinstance(pos, ir.IntLit) and pos.value == _NO_START:
        return _d_call(c, "rindex", [s, t])
    return _d_call(c, "rindex" if flag else "index", [s, t, pos])


def _substr(c: ir.FuncCall) -> Optional[ir.Expr]:
    """substr(s, i[, n]): the helper's string size must be the run's."""
    s, i, n, size = c.args
    if not (isinstance(size, ir.IntLit) and size.value == _STRSIZE):
        return None
    if isinstance(n, ir.IntLit) and n.value == _STRSIZE:  # D's default: the whole string size
        return _d_call(c, "substr", [s, i])
    return _d_call(c, "substr", [s, i, n])


def _int(c: ir.FuncCall) -> Optional[ir.Expr]:
    """C's (int): the D frontend's cast."""
    return ir.Cast(INT32, c.args[0], loc=c.loc)


def _inet_ntop(c: ir.FuncCall) -> Optional[ir.Expr]:
    """inet_ntop() of a kernel address; a user one (flag 1) is D's copyin()'d buffer,
    which the call no longer says."""
    return _d_call(c, "inet_ntop", c.args[:2]) if _flag(c.args[2]) == 0 else None


def _fileinfo(func: str, whats: range) -> Callable[[ir.FuncCall], Optional[ir.Expr]]:
    """The reader of a fi_* helper of a struct file * (D's fileinfo_t of kind 0)."""
    def read(c: ir.FuncCall) -> Optional[ir.Expr]:
        what = c.args[1]
        if not (isinstance(what, ir.IntLit) and what.value in whats):
            return None
        return _d_call(c, func, [c.args[0], ir.IntLit(0, loc=c.loc), what])
    return read


READERS: dict[str, Callable[[ir.FuncCall], Optional[ir.Expr]]] = {
    "dtrace_pathpart": _by_flag("basename", "dirname"),
    "dtrace_strcase": _by_flag("tolower", "toupper"),
    "dtrace_strchr": _by_flag("strchr", "strrchr"),
    "dtrace_index": _index,
    "dtrace_substr": _substr,
    "dtrace_lltostr": lambda c: _d_call(c, "lltostr", list(c.args)),
    "dtrace_cleanpath": lambda c: _d_call(c, "cleanpath", list(c.args)),
    "dtrace_progenyof": lambda c: _d_call(c, "progenyof", list(c.args)),
    "dtrace_strtoll": lambda c: _d_call(c, "strtoll", list(c.args)),
    "dtrace_int": _int,
    DINET_WANT: _inet_ntop,
    "dtrace_fileinfo": _fileinfo("fileinfo_str", range(5)),
    "dtrace_fileinfo_int": _fileinfo("fileinfo_int", range(5, 7)),
    # D's symbol actions (print_dsymbols.py)
    **{want: (lambda fn: lambda c: _d_call(c, fn, list(c.args)))(fn)
       for fn, (want, _) in DSYMBOL_HELPERS.items()},
    # printf's conversions: read with their printf (printf_back), never alone
    "dtrace_addr": lambda c: None,
    "dtrace_stack": lambda c: None,  # a statement: STATEMENT_READERS
    "dtrace_strescape": lambda c: None,
}

def _stack_action(c: ir.FuncCall) -> Optional[ir.Stmt]:
    """D's stack() action: the stack helper's call of backtrace() (stack(N): its
    first N words, print_dstack.backtrace_text) at the action's indentation."""
    bt, pad = c.args
    depth: Optional[int] = None
    if isinstance(bt, ir.Call) and bt.name == "slice" and len(bt.args) == 3 \
            and isinstance(bt.args[1], ir.IntLit) and bt.args[1].value == 0 \
            and isinstance(bt.args[2], ir.IntLit) and (bt.args[2].value + 1) % WORD == 0 \
            and 0 < (bt.args[2].value + 1) // WORD < MAXBACKTRACE:
        depth, bt = (bt.args[2].value + 1) // WORD, bt.args[0]
    if bt != ir.Builtin("backtrace") or not (isinstance(pad, ir.StrLit) and pad.value == " " * FRAME_INDENT):
        return None
    return ir.PrintStack(layout="dtrace", depth=depth, loc=c.loc)


# the helpers whose call is a statement of its own, read as the D action it is
STATEMENT_READERS: dict[str, Callable[[ir.FuncCall], Optional[ir.Stmt]]] = {
    "dtrace_stack": _stack_action,
}

# printf conversion helpers -> the D conversion each one's %s is
_CONVERSIONS = {"dtrace_addr": "a", "dtrace_strescape": "S"}


def printf_back(s, kinds: dict[str, str]):
    """`s`, a printf (or sprintf; `kinds`: the script's helpers by name), with
    each `%s` of a %a or %S helper's call as D's conversion of the call's
    argument."""
    convs = [m for m in CONV_RE.finditer(s.fmt) if m.group(1) != "%"]
    if ir.has_star_conversion(s.fmt) or len(convs) != len(s.args):
        return s
    fmt, args, at = [], list(s.args), 0
    for i, (m, a) in enumerate(zip(convs, s.args)):
        conv = _CONVERSIONS.get(kinds.get(a.name, "")) if isinstance(a, ir.FuncCall) else None
        # the printer writes D's conversion as %s with its flags and width, no length
        if conv is None or m.group(4) != "s" or m.group(2) or m.end(3) != m.start(4) \
                or len(a.args) != 1:
            continue
        fmt += [s.fmt[at:m.start(4)], conv]
        at = m.end(4)
        args[i] = a.args[0]
    if not fmt:
        return s
    out = copy.copy(s)
    out.fmt, out.args = "".join(fmt) + s.fmt[at:], args
    return out
