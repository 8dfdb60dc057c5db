"""The END clause that prints what stap would print by itself, said as stap says it.

A stap script's globals that are written and never read are printed by stap at
the end of the run (`count=0x7`, `name="hi"`); a D or Vue translation says that
with an END clause of printf()s in that format (the printers' PrintVar). Back in
stap, that clause is stap's own auto-print: a stap script does not write it,
and with it the globals would be read, so stap would not print them itself.
The clause is recognised only when it is exactly what stap would print once it
is gone: the last clause, END alone, every statement one global's line, the
globals the ones stap would print, in its order.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir

from . import usage


def printfs_as_autoprint(prog: ir.Program) -> ir.Program:
    """`prog` (from another language) with its trailing END clause of stap-format
    lines as stap's auto-print (PrintVar), or `prog` itself."""
    if prog.lang == "stap" or not prog.probes:
        return prog
    last = prog.probes[-1]
    if [pt.kind for pt in last.points] != ["end"] or last.predicate is not None \
            or not last.body.stmts:
        return prog
    names = [_printed(s, prog) for s in last.body.stmts]
    if None in names:
        return prog
    from .library import TAPSET_FILE
    rest = list(prog.probes[:-1]) + [ir.Probe([], f.body) for f in prog.functions]
    would = [g.name for g in usage.unused_written(prog.globals, rest) if g.loc.file != TAPSET_FILE]
    if would != names:
        return prog
    prog = copy.copy(prog)
    body = ir.Block([ir.PrintVar(n, loc=s.loc) for n, s in zip(names, last.body.stmts)],
                    loc=last.body.loc)
    prog.probes = prog.probes[:-1] + [ir.Probe(last.points, body, loc=last.loc,
                                               comments=last.comments, framed=last.framed)]
    return prog


def _printed(s: ir.Stmt, prog: ir.Program) -> Optional[str]:
    """The global whose stap auto-print line `s` prints, or None."""
    if isinstance(s, ir.PrintVar) and s.layout == "stap":  # (print_printedvalues.py's)
        return s.name
    if isinstance(s, ir.PrintAgg) and s.layout == "stap" and not s.more:  # (print_statmerge.py's)
        return s.agg
    stats = _stats_row(s, prog) or _guarded_stats_row(s, prog)
    if stats is not None:
        return stats
    if not (isinstance(s, ir.Printf) and not s.stderr and len(s.args) == 1
            and isinstance(s.args[0], ir.Var) and s.args[0].scope == "global"):
        return None
    name = s.args[0].name
    g = prog.global_named(name)
    if g is None or g.kind != "scalar" or g.type is None or g.type.kind not in ("int", "str"):
        return None
    # stap prints a number with %#x (0x also for 0), a string in quotes; the Vue
    # printer says the 64-bit number 0x%llx, the D printer 0x%x
    want = [f'{name}="%s"\n'] if g.type.is_str else [f"{name}=0x%x\n", f"{name}=0x%llx\n"]
    return name if s.fmt in want else None


def _stats_row(s: ir.Stmt, prog: ir.Program) -> Optional[str]:
    """The statistics array without keys whose auto-print row `s` prints: the printf
    of its five statistics in stap's layout that a D port's printa of them is
    where the array holds values (frontends/vue/statmerge.py leaves no guard only
    there; stap prints an empty array's row otherwise), or None."""
    from xtrace.ir.statsplit import AUTOPRINT_STATS, AGG_CONVERSION, autoprint_row_format
    if not (isinstance(s, ir.Printf) and not s.stderr and s.args
            and all(isinstance(a, ir.AggRead) and not a.keys and not a.args for a in s.args)):
        return None
    name = s.args[0].agg
    g = prog.global_named(name)
    if g is None or g.kind != "agg" or g.agg_func != "stats" or g.key_types:
        return None
    row = AGG_CONVERSION.sub(lambda m: m.group().replace("@", ""), autoprint_row_format(name, []))
    if s.fmt != row or [(a.agg, a.func) for a in s.args] != [(name, st) for st in AUTOPRINT_STATS]:
        return None
    return name


def _guarded_stats_row(s: ir.Stmt, prog: ir.Program) -> Optional[str]:
    """The statistics array without keys whose auto-print `s` is where it may be
    empty (the Vue printer's stap_stats_row): `if (count(s) > 0)` its row, else the
    `s @count=0x0` stap prints for an array that never got a value; or None."""
    if not (isinstance(s, ir.If) and isinstance(s.cond, ir.Binary) and s.cond.op == ">"
            and isinstance(s.cond.lhs, ir.AggRead) and s.cond.lhs.func == "count"
            and not s.cond.lhs.keys and s.cond.rhs == ir.IntLit(0)):
        return None
    then = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
    other = s.else_.stmts if isinstance(s.else_, ir.Block) else [s.else_]
    name = _stats_row(then[0], prog) if len(then) == 1 else None
    if name is None or name != s.cond.lhs.agg or len(other) != 1:
        return None
    e = other[0]
    ok = isinstance(e, ir.Printf) and not e.stderr and not e.args and e.fmt == f"{name} @count=0x0\n"
    return name if ok else None
