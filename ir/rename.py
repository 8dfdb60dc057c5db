"""Variables renamed where the target language cannot spell their names.

A stap global called `args` is an ordinary name in stap but D's probe arguments
in D; `probe` or `String` cannot name a Vue variable. A porter would rename the
variable: here its name gets a `_` suffix (as many as it takes to be a name the
program does not use yet), everywhere it is read or written. What the program
prints is unchanged: stap's end-of-run `name=value` keeps the source's name.

D keeps `ts`, `self->ts` and `this->ts` apart by their prefixes; Vue's globals,
__thread and __auto variables share one namespace, where the inner one hides the
outer (dilt.d's `this->ts = ts[arg0]`). scope_clashes() names those, and a
numbered rename gives them `ts_2`, `ts_3`, as the stap printer names them.
"""

from __future__ import annotations

import copy
import re
from typing import Callable

from . import nodes as ir

# scopes `bad` is asked about: "global" (scalars and arrays), "thread", "local"
Bad = Callable[[str, str], bool]


def rename_variables(prog: ir.Program, bad: Bad, numbered: bool = False) -> ir.Program:
    """A copy of `prog` with each variable whose name `bad(name, scope)` refuses
    renamed (`name_` or, `numbered`, `name_2`); `prog` itself if none is."""
    found = _names(prog)
    wanted = {(scope, name) for scope, name in found if bad(name, scope)}
    if not wanted:
        return prog
    taken = {name for _, name in found} | {g.name for g in prog.globals}
    new: dict[tuple[str, str], str] = {}
    # thread-locals before clause-locals, so `self->ts` is ts_2 and `this->ts` ts_3
    order = {"global": 0, "thread": 1, "local": 2}
    for scope, name in sorted(wanted, key=lambda sn: (order.get(sn[0], 3) if numbered else 0, sn)):
        n = 2
        fresh = f"{name}_{n}" if numbered else name + "_"
        while fresh in taken or bad(fresh, scope):
            n += 1
            fresh = f"{name}_{n}" if numbered else fresh + "_"
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


def scope_clashes(prog: ir.Program) -> Bad:
    """Whether a (name, scope) hides or is hidden by a variable of an outer scope
    of the same name, where all scopes share one namespace: a thread-local named
    as a global (scalar or array), a clause-local named as either."""
    found = _names(prog)
    outer = {"thread": {n for s, n in found if s == "global"}
             | {g.name for g in prog.globals if g.kind != "agg"}}
    outer["local"] = outer["thread"] | {n for s, n in found if s == "thread"}
    return lambda name, scope: name in outer.get(scope, ())


def scope_suffixes_dropped(prog: ir.Program) -> ir.Program:
    """A copy of `prog` (a stap or Vue port of D's `ts`, `self->ts`, `this->ts`)
    with a thread-local or clause-local `ts_2` named `ts` again where some other
    scope holds a `ts` and its own does not: D's prefixes keep them apart, as the
    D script had them. `prog` itself where there is none."""
    found = _names(prog) | {("global", g.name) for g in prog.globals if g.kind != "agg"}
    new: dict[tuple[str, str], str] = {}
    for scope, name in sorted(found):
        m = re.fullmatch(r"(.+)_([2-9])", name)
        if scope not in ("thread", "local") or not m:
            continue
        base = m.group(1)
        if (scope, base) not in found and any(n == base for s, n in found if s != scope) \
                and (scope, base) not in {(s, n) for (s, _), n in new.items()}:
            new[(scope, name)] = base
    if not new:
        return prog
    prog = copy.deepcopy(prog)
    local = {name: to for (scope, name), to in new.items() if scope == "local"}
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            _rename_node(x, {}, local, new)
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
