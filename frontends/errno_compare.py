"""stap's `errno_str(retval) == "ETIMEDOUT"` in D and Vue: a comparison of numbers.

errno.stp's errno_str(err) names |err| (ETIMEDOUT for 110 and for -110). A script
testing its result against a name asks whether the number is that error's, which
is how a D or Vue user writes it: `retval == -110` (DTraceToolkit scripts compare
errno with numbers). Written so, the test needs no table of names and can stand
where a port has no room for the statements errno_str() is written out as (a
probe's predicate: timeout.stp's `probe syscall.futex.return { if (...) ... }`).
Exact: the name belongs to one number (x86-64's table), and a number without a
name reads "E<n>", which is no error's name.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT64


def _names() -> dict[str, int]:
    """Each errno name of errno_str() and its number (x86-64 Linux)."""
    from xtrace.frontends.tapset_tables import errno_entries
    out: dict[str, int] = {}
    for n, name in errno_entries():
        out.setdefault(name, n)
    return out


def _pure(e: ir.Expr) -> bool:
    """Whether reading `e` twice is reading it once (no stores, no calls)."""
    return not any(isinstance(x, (ir.Assign, ir.IncDec, ir.FuncCall, ir.Call))
                   for x in ir.walk(e))


def _as_numbers(e, library: set[str], names: dict[str, int]) -> Optional[ir.Expr]:
    """`errno_str(x) == "NAME"` (either side; `!=`) as `x == -N || x == N`, else None."""
    if not (isinstance(e, ir.Binary) and e.op in ("==", "!=")):
        return None
    for call, lit in ((e.lhs, e.rhs), (e.rhs, e.lhs)):
        if isinstance(call, ir.FuncCall) and call.name == "errno_str" and "errno_str" in library \
                and len(call.args) == 1 and isinstance(lit, ir.StrLit) and lit.value in names \
                and _pure(call.args[0]):
            n, arg, loc = names[lit.value], call.args[0], e.loc
            tests = [ir.Binary(e.op, copy.deepcopy(arg), ir.IntLit(sign * n, loc=loc, type=INT64),
                               loc=loc, type=INT64)
                     for sign in (-1, 1)]  # the failure's -N first: what a syscall returns
            return ir.Binary("||" if e.op == "==" else "&&", *tests, loc=loc, type=INT64)
    return None


def errno_names_as_numbers(prog: ir.Program, library: set[str]) -> bool:
    """Rewrite, in place, each comparison of the tapset's errno_str() (in `library`,
    the names of the program's tapset functions) with an errno name into one of the
    number; whether any was."""
    if "errno_str" not in library:
        return False
    names, done = _names(), False

    def rewrite(e):
        nonlocal done
        out = _as_numbers(e, library, names)
        if out is None:
            return e
        done = True
        return out
    ir.map_code(prog, rewrite)
    return done
