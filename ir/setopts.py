"""D's setopt() calls that change nothing, for the printers of languages without it.

The DTrace book's socketiosort.d says `setopt("aggsortpos", "0")` before its
printa: 0 is the option's default (sort a printa of several aggregations by the
first one's values), and nothing else in the script sets the option, so the call
changes nothing and a person porting the script leaves it out. stap and Vue have
no run-time options; a setopt that does change the sort order stays an error there.
"""

from __future__ import annotations

import copy
import dataclasses

from . import nodes as ir

# DTrace's defaults of the run-time options setopt() can give a value
DEFAULTS = {"aggsortpos": "0", "aggsortkeypos": "0"}


def without_default_setopts(prog: ir.Program) -> ir.Program:
    """`prog` without the setopt()s that set an option to its default value, when no
    other setopt() and no pragma of the program sets that option otherwise."""
    found: list[ir.SetOpt] = []
    for p in prog.probes:
        _collect(p.body, found)
    pragmas = (prog.options or {}).get("aggsort", {})
    values: dict[str, set] = {}
    for s in found:
        values.setdefault(s.name, set()).add(s.value)
    noop = {name for name, vals in values.items()
            if name in DEFAULTS and vals == {DEFAULTS[name]} and not pragmas.get(name)}
    if not noop:
        return prog
    prog = copy.copy(prog)
    prog.probes = [dataclasses.replace(p, body=_drop(p.body, noop)) for p in prog.probes]
    return prog


def _collect(s: ir.Stmt | None, out: list[ir.SetOpt]) -> None:
    if isinstance(s, ir.SetOpt):
        out.append(s)
    elif isinstance(s, ir.Block):
        for x in s.stmts:
            _collect(x, out)
    elif isinstance(s, ir.If):
        _collect(s.then, out)
        _collect(s.else_, out)
    elif isinstance(s, (ir.While, ir.ForEach, ir.Try)):
        for f in dataclasses.fields(s):
            v = getattr(s, f.name)
            if isinstance(v, ir.Stmt):
                _collect(v, out)


def _drop(b: ir.Block, noop: set[str]) -> ir.Block:
    stmts = []
    for s in b.stmts:
        if isinstance(s, ir.SetOpt) and s.name in noop:
            continue
        if isinstance(s, ir.Block):
            s = _drop(s, noop)
        elif isinstance(s, ir.If):
            s = dataclasses.replace(
                s, then=_drop(s.then, noop) if isinstance(s.then, ir.Block) else s.then,
                else_=_drop(s.else_, noop) if isinstance(s.else_, ir.Block) else s.else_)
        stmts.append(s)
    return dataclasses.replace(b, stmts=stmts)
