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
from ..runtime import doptval

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


# the sort toggles a plain setopt(NAME) turns on, and what each does to a printa
_SORT_TOGGLES = {"aggsortkey": {"sort_by": "key"}, "aggsortrev": {"descending": True}}
def _turns_on(value: str | None) -> bool:
    """Whether setopt(toggle, value) turns the toggle on, as DTrace's consumer reads
    it (runtime/doptval.py: no value, a positive word, or any number, 0 too); a value
    dtrace refuses turns nothing on."""
    try:
        return doptval.toggle_on("1" if value is None else value)
    except doptval.OptionValueError:
        return False


def _toggle_value(value: str | None) -> bool | None:
    """What setopt(toggle, value) leaves the toggle at: on, off, or None when dtrace
    refuses the value (and leaves the option as it was)."""
    try:
        return doptval.toggle_on("1" if value is None else value)
    except doptval.OptionValueError:
        return None


def settled_sort_setopts(prog: ir.Program) -> ir.Program:
    """`prog` with each setopt("aggsortkey") / setopt("aggsortrev") /
    setopt("aggsortpos", "N") that every printa of the program follows folded into
    those printas' sort order (aggsortpos: the program's option, which the printers
    read for a printa of several aggregations), and dropped.

    Lucera's load_dist.d says `setopt("aggsortkey");` right before its one
    printa(), in the clause that prints every interval: each printa runs after the
    call, so the rows always come by key, and a person porting the script writes a
    key-sorted foreach (stap and Vue have no run-time options). The toggle is
    settled when every setopt of it only turns it on, and each printa of the
    program comes after one of them in the same block of statements (so it runs
    only once the option is on), and those printas name every aggregation (so one
    is dumped at exit, unprinted, only where the setopt did not run); otherwise the
    setopt stays, and the printers say it cannot be expressed.
    """
    found: list[ir.SetOpt] = []
    for p in prog.probes:
        _collect(p.body, found)
    aggs = {g.name for g in prog.globals if g.kind == "agg"}
    pragmas = (prog.options or {}).get("aggsort", {})
    settled = set()
    sort_pos = None
    for name in [*_SORT_TOGGLES, "aggsortpos"]:
        sets = [s for s in found if s.name == name]
        if not sets:
            continue
        if name == "aggsortpos":
            # sotop.d's setopt("aggsortpos", "4"): one number throughout, which no
            # pragma contradicts
            values = {s.value or "" for s in sets}
            value = values.pop()
            if values or not value.isdigit() or pragmas.get(name) not in (None, int(value)):
                continue
        elif not all(_turns_on(s.value) for s in sets):
            continue
        # the exit's dump of a never printed aggregation (unless_printed, or under its
        # flag in the implicit clause: ir/rundumps.py) prints only where the printas
        # after the setopt did not run, so neither did the setopt
        printas = [s for p in prog.probes if not p.implicit for s in ir.walk(p.body)
                   if isinstance(s, ir.PrintAgg) and not s.unless_printed]
        covered = [id(s) for p in prog.probes for s in _after_setopt(p.body, name)]
        named = {a for s in printas for a in [s.agg, *s.more]}
        if printas and all(id(s) in covered for s in printas) and aggs <= named:
            settled.add(name)
            if name == "aggsortpos":
                sort_pos = int(value)
    if not settled:
        return prog
    prog = copy.deepcopy(prog)
    if sort_pos is not None:
        prog.options = {**(prog.options or {}), "aggsort": {**pragmas, "aggsortpos": sort_pos}}
    for p in prog.probes:
        for s in ir.walk(p.body if not p.implicit else []):
            if isinstance(s, ir.PrintAgg) and not s.unless_printed:
                for name in settled & _SORT_TOGGLES.keys():
                    for field, value in _SORT_TOGGLES[name].items():
                        setattr(s, field, value)
    prog.probes = [dataclasses.replace(p, body=_drop(p.body, settled)) for p in prog.probes]
    return prog


def _after_setopt(s: ir.Stmt | None, name: str) -> list[ir.PrintAgg]:
    """The printas at the top level of a block of `s` that follow a setopt(`name`)
    at that level."""
    out: list[ir.PrintAgg] = []
    if isinstance(s, ir.Block):
        on = False
        for x in s.stmts:
            if isinstance(x, ir.SetOpt) and x.name == name:
                on = True
            elif isinstance(x, ir.PrintAgg) and on:
                out.append(x)
            else:
                out += _after_setopt(x, name)
    elif isinstance(s, ir.If):
        out += _after_setopt(s.then, name) + _after_setopt(s.else_, name)
    elif isinstance(s, (ir.While, ir.ForEach, ir.Try)):
        for f in dataclasses.fields(s):
            v = getattr(s, f.name)
            if isinstance(v, ir.Stmt):
                out += _after_setopt(v, name)
    return out


def per_printa_sort_setopts(prog: ir.Program) -> ir.Program:
    """`prog` with the setopt()s of the sort toggles said right before each printa
    folded into that printa's sort order, and dropped.

    A D printer writing printas that sort differently, a key-sorted foreach and a
    value-sorted one of a stap script, sets each toggle the program uses right before
    each printa (`setopt("aggsortkey"); setopt("aggsortrev", "unset"); printa(...)`,
    frontends/d/printer.py _order_options): each printa's order is then what those
    calls say, whatever ran before, and a person porting the script back writes each
    as a foreach in that order. Folded only where every setopt() of the program is
    such a call, every printa has them, no pragma sets a sort option, and every
    aggregation has a printa that surely prints a row of it (ir/rundumps.printa_kinds
    "always"): the exit's dump, which sorts by the options as the last setopt() left
    them, then prints none of it; otherwise the setopt()s stay, and the printers say
    they cannot be expressed."""
    from .rundumps import printa_kinds
    found: list[ir.SetOpt] = []
    for p in prog.probes:
        _collect(p.body, found)
    toggles = {s.name for s in found}
    if not found or not toggles <= set(_SORT_TOGGLES) or any(_toggle_value(s.value) is None for s in found) \
            or (prog.options or {}).get("aggsort"):
        return prog
    # each setopt in a row of one call per toggle, right before a printa
    # (or before the trunc() that keeps the rows it prints)
    before: set[int] = set()
    covered: set[int] = set()
    for b in ir.program_blocks(prog):
        for i, s in enumerate(b.stmts):
            if not isinstance(s, ir.PrintAgg):
                continue
            at = id(s)
            if i and isinstance(b.stmts[i - 1], ir.AggControl) and b.stmts[i - 1].op == "trunc" \
                    and b.stmts[i - 1].agg == s.agg:
                i -= 1
            run = b.stmts[max(0, i - len(toggles)):i]
            if len(run) == len(toggles) and all(isinstance(x, ir.SetOpt) for x in run) \
                    and {x.name for x in run} == toggles:
                before |= {id(x) for x in run}
                covered.add(at)
    kinds = printa_kinds(prog)
    printed = {a for s, kind in kinds if kind == "always" for a in [s.agg, *s.more]}
    if any(id(s) not in before for s in found) or any(id(s) not in covered for s, _ in kinds) \
            or not {g.name for g in prog.globals if g.kind == "agg"} <= printed:
        return prog
    prog = copy.deepcopy(prog)
    for b in ir.program_blocks(prog):
        stmts: list[ir.Stmt] = []
        on: dict[str, bool] = {}
        for s in b.stmts:
            if isinstance(s, ir.SetOpt):
                on[s.name] = bool(_toggle_value(s.value))
                continue
            if isinstance(s, ir.PrintAgg):
                for name, value in on.items():
                    for field, when_on in _SORT_TOGGLES[name].items():
                        setattr(s, field, when_on if value else _TOGGLED_OFF[field])
                on = {}
            stmts.append(s)
        b.stmts = stmts
    return prog


# what a sort toggle's field is with the toggle off
_TOGGLED_OFF = {"sort_by": "value", "descending": False}
