"""D's strstr() as the stap translation writes it, read back as strstr().

stap has no strstr(): `xtrace translate --to stp` writes D's strstr(a, b) as an
expression of stap's own functions (print_dstrings.STRSTR: `isinstr(a, b) ?
substr(a, strpos(a, b), strlen(a)) : ""`). That expression, lowered, is read as
the ir.Call("strstr") the D frontend makes, so the script translates back into
its D, and a run computes it with the runtime's strstr (the same string).

The expression names `a` three times and `b` twice, where strstr() evaluates each
once: it is read back only where `a` and `b` are the same each time and have no
effects (literals, variables, array elements, built-in names, their concatenations).
"""

from __future__ import annotations

import dataclasses
from functools import lru_cache
from typing import Optional

from xtrace.ir import nodes as ir

from .print_dstrings import STRSTR

_HOLES = ("dt_strstr_a", "dt_strstr_b")
_reading = False  # lowering the template itself


def read_dtrace_strstr(prog: ir.Program) -> ir.Program:
    """`prog` (a stap program) with each of the translation's strstr() expressions
    as D's strstr(); in place."""
    if _reading:
        return prog
    template = _template()
    if template is None:
        return prog

    def back(x):
        if isinstance(x, ir.Ternary):
            holes: dict[str, Optional[ir.Expr]] = dict.fromkeys(_HOLES)
            if _unify(template, x, holes) and all(_pure(h) for h in holes.values()):
                return ir.Call("strstr", [holes[_HOLES[0]], holes[_HOLES[1]]], loc=x.loc)
        return x
    ir.map_code(prog, back)
    return prog


@lru_cache(maxsize=None)
def _template() -> Optional[ir.Expr]:
    """STRSTR with the global variables _HOLES for its arguments, lowered."""
    global _reading
    from . import parse
    a, b = _HOLES
    src = (f'global {a} = "", {b} = ""\n'
           f"probe begin {{ println({STRSTR.format(a=a, b=b)}) }}\n")
    _reading = True
    try:
        prog = parse(src, "dstrstr.stp")
    except Exception:  # noqa: BLE001 (our own text: never the user's error)
        return None
    finally:
        _reading = False
    return next((x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.Ternary)), None)


def _unify(t, x, holes: dict[str, Optional[ir.Expr]]) -> bool:
    """Whether `x` is `t` with each hole variable of `holes` standing for one
    expression throughout (bound in `holes`), locations aside."""
    if isinstance(t, ir.Var) and t.name in holes:
        if not isinstance(x, ir.Expr):
            return False
        if holes[t.name] is None:
            holes[t.name] = x
            return True
        return holes[t.name] == x
    if isinstance(t, list):
        return isinstance(x, list) and len(t) == len(x) and all(_unify(a, b, holes) for a, b in zip(t, x))
    if not dataclasses.is_dataclass(t) or type(t) is not type(x):
        return t == x
    return all(_unify(getattr(t, f.name), getattr(x, f.name), holes)
               for f in dataclasses.fields(t) if f.compare)


_PURE = (ir.StrLit, ir.IntLit, ir.Var, ir.Index)
# built-in strings that stay the same through a probe's run (a clock would not)
_STEADY = {"execname", "pp", "probefunc", "probename", "probemod", "probeprov"}


def _pure(e: Optional[ir.Expr]) -> bool:
    """Whether evaluating `e` again gives the same and changes nothing."""
    return e is not None and all(
        isinstance(n, _PURE) or (isinstance(n, ir.Binary) and n.op == ".")
        or (isinstance(n, ir.Builtin) and n.name in _STEADY) for n in ir.walk(e))
