"""Variables renamed where the target language cannot spell their names.

A stap global called `args` is an ordinary name in stap but D's probe arguments
in D; `probe` or `String` cannot name a Vue variable. A porter would rename the
variable: here its name gets a `_` suffix (as many as it takes to be a name the
program does not use yet), everywhere it is read or written. What the program
prints is unchanged: stap's end-of-run `name=value` keeps the source's name.
"""

from __future__ import annotations

import copy
from typing import Callable

from . import nodes as ir

# scopes `bad` is asked about: "global" (scalars and arrays), "thread", "local"
Bad = Callable[[str, str], bool]


def rename_variables(prog: ir.Program, bad: Bad) -> ir.Program:
    """A copy of `prog` with each variable whose name `bad(name, scope)` refuses
    renamed; `prog` itself if none is."""
    found = _names(prog)
    wanted = {(scope, name) for scope, name in found if bad(name, scope)}
    if not wanted:
        return prog
    taken = {name for _, name in found} | {g.name for g in prog.globals}
    new: dict[tuple[str, str], str] = {}
    for scope, name in sorted(wanted):
        fresh = name + "_"
        while fresh in taken or bad(fresh, scope):
            fresh += "_"
        taken.add(fresh)
        new[(scope, name)] = fresh
    prog = copy.deepcopy(prog)
    glob = {name: to for (scope, name), to in new.items() if scope == "global"}
    local = {name: to for (scope, name), to in new.items() if scope == "local"}
    for g in prog.globals:
        if g.kind != "agg":
            g.name = glob.get(g.name, g.name)
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            _rename_node(x, glob, local, new)
    return prog


def _rename_node(x, glob: dict[str, str], local: dict[str, str],
                 new: dict[tuple[str, str], str]) -> None:
    if isinstance(x, ir.Var):
        x.name = new.get((x.scope, x.name), x.name)
    elif isinstance(x, (ir.Index, ir.InMap, ir.Delete)):
        x.map = glob.get(x.map, x.map)
    elif isinstance(x, ir.ForEach):
        x.map = glob.get(x.map, x.map)
        x.keys = [local.get(k, k) for k in x.keys]
        x.value = local.get(x.value, x.value) if x.value else x.value
    elif isinstance(x, ir.Try) and x.catch_var:
        x.catch_var = local.get(x.catch_var, x.catch_var)
    elif isinstance(x, ir.PrintVar) and x.name in glob:
        x.label = x.label or x.name
        x.name = glob[x.name]


def _names(prog: ir.Program) -> set[tuple[str, str]]:
    """(scope, name) of every variable: globals that are no aggregation, thread
    and clause-locals, foreach and catch variables."""
    out = {("global", g.name) for g in prog.globals if g.kind != "agg"}
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.Var):
                out.add((x.scope, x.name))
            elif isinstance(x, ir.ForEach):
                out |= {("local", k) for k in [*x.keys, x.value] if k}
            elif isinstance(x, ir.Try) and x.catch_var:
                out.add(("local", x.catch_var))
    return out
