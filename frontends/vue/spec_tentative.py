"""D's speculative tracing as Vue's tentative tracing (a D script to Vue), and back.

A D script keeps a speculation's id in a variable: `self->spec = speculation()`,
then `speculate(self->spec)` in the clauses whose records wait, `commit()` or
`discard()` of it, and predicates that test it for 0. A Vue porter gives each such
variable a tentative buffer of its name: `speculate(self->spec)` is
`start_tentative("spec")` (the rest of the clause waits, as D's does),
`commit(self->spec)` is `commit_tentative("spec")`, `discard()` is
`discard_tentative("spec")`; the variable stays, an int that says whether the
speculation is open, `spec = 1` where D called speculation(); commit(0) and
discard(0) do nothing and are not written.

Not quiet, the probe's line is the speculation's too (start_tentative() goes ahead of
it) and the heading is printed at the commit (ir/specheading.py, its map keyed by the
buffer's number).

Refused, at the construct, with the nearest Vue form: a speculation() that is not
the whole value stored in a scalar variable, an id that is not such a variable, an
id's value read for more than passing it on and testing it for 0 (ir/specids.py),
D's specsize (a Vue buffer has no size of its own), two speculation variables of one
name, and more speculation variables than D's nspec (D's speculation() gives 0 to the
ones past it, and a Vue buffer never runs out). Where the two differ at run time
(D's nspec buffers, and the records it drops for an id committed or discarded
already, which a Vue buffer takes again), a comment above the first speculative
clause says so.

Back (a Vue script to D): a buffer with a variable of its name that the script
sets only to 1 and 0 and otherwise tests for 0 is that D speculation again,
`spec = 1` its speculation(); other tentative buffers stay refused in D.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir.sugarblocks import clause_records_data
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.specheading import HELD_OPTION
from xtrace.ir.specids import is_zero, key, shown_id, truth_only

NOTE = ("D's speculation() gives 0 once its nspec buffers are busy, and D drops\n"
        "what is speculated on an id committed or discarded already; a Vue buffer\n"
        "takes output again after its commit")
# A self-> id is its thread's own speculation (with nspec above 1, threads speculate
# at once, each committing its own); a Vue buffer of one name is every thread's. Said
# in the same note, as one more thing a Vue buffer does not share with D's.
THREAD_NOTE = NOTE + (", and holds every thread's output\n"
                      "where each thread's self-> speculation is its own: a commit or discard\n"
                      "takes it all")
_NEAREST = ("nearest: a variable holding the id, `self->spec = speculation()`, which a Vue "
            "port writes as the tentative buffer \"spec\" (start_tentative(\"spec\") ... "
            "commit_tentative(\"spec\"))")


def _is_speculation(e) -> bool:
    return isinstance(e, ir.Call) and e.name == "speculation"


def _spec_vars(prog: ir.Program) -> dict[tuple, ir.Var]:
    """The variables D's program stores speculation() ids in, by key; XtraceError at a
    speculation() a Vue port cannot name a buffer for."""
    held: dict[tuple, ir.Var] = {}
    stored = set()
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.Assign) and x.op == "=" and _is_speculation(x.value) \
                    and isinstance(x.target, ir.Var) and x.target.scope in ("global", "thread"):
                held.setdefault(key(x.target), x.target)
                stored.add(id(x.value))
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if _is_speculation(x) and id(x) not in stored:
                raise XtraceError("D's speculation() not stored whole in a global or self-> "
                                  f"variable cannot be expressed in Vue's tentative tracing; {_NEAREST}",
                                  x.loc)
    return held


def speculations_as_tentative(prog: ir.Program) -> ir.Program:
    """A copy of D program `prog` with its speculations as Vue's tentative buffers;
    `prog` itself when it has none. XtraceError where Vue cannot say them."""
    if prog.lang != "d":
        return prog
    uses = [x for root in ir.program_roots(prog) for x in ir.walk(root)
            if isinstance(x, (ir.Speculate, ir.SpecEnd)) or _is_speculation(x)]
    if not uses:
        return prog
    held = _spec_vars(prog)
    for s in uses:
        if isinstance(s, (ir.Speculate, ir.SpecEnd)) and not (
                isinstance(s.id, ir.Var) and key(s.id) in held
                or isinstance(s, ir.SpecEnd) and is_zero(s.id)):
            what = "speculate()" if isinstance(s, ir.Speculate) else f"{s.op}()"
            raise XtraceError(f"D's {what} of an id that no variable holds from speculation() "
                              f"cannot be expressed in Vue's tentative tracing; {_NEAREST}", s.loc)
    # not quiet: the map of the speculations holding a probe's line (ir/specheading.py),
    # whose one key in Vue is the buffer's number
    framed = set((prog.options or {}).get(HELD_OPTION, []))
    shown = shown_id(prog, _is_speculation,
                     lambda e, parent: isinstance(parent, (ir.Speculate, ir.SpecEnd)) and e is parent.id
                     or isinstance(parent, (ir.Index, ir.Delete)) and parent.map in framed)
    if shown is not None:
        raise XtraceError("a speculation id's value (D's speculation() numbers, 0 when none "
                          "is free) has no Vue equivalent: a tentative buffer has a name, no "
                          "number; nearest: testing the variable for 0 only", shown.loc)
    limits = prog.options.get("limits") or {}
    if "SPECSIZE" in limits:
        raise XtraceError(f"D's specsize={limits['SPECSIZE']} (a speculation drops the clauses "
                          "whose records do not fit) has no Vue equivalent: a tentative buffer "
                          "has no size of its own; nearest: the script without the option",
                          uses[0].loc)
    nspec = limits.get("NSPEC", 1)
    if len(held) > nspec:
        var = list(held.values())[nspec]
        raise XtraceError(f"{len(held)} speculation variables with D's nspec={nspec} cannot be "
                          "expressed in Vue's tentative tracing (D's speculation() gives 0 past "
                          "nspec, a Vue buffer never runs out); nearest: `#pragma D option "
                          f"nspec={len(held)}`", var.loc)
    names = {k: v.name for k, v in held.items()}
    same = next((v for k, v in held.items() if list(names.values()).count(names[k]) > 1), None)
    if same is not None:
        raise XtraceError(f"two speculation variables named '{same.name}' (a global and a self-> "
                          "one) cannot be expressed in Vue's tentative tracing, whose buffers are "
                          "named by them; nearest: give one another name", same.loc)
    numbers = {k: i + 1 for i, k in enumerate(held)}

    def fn(x):
        if isinstance(x, ir.Block):
            x.stmts = [s for s in x.stmts if not (isinstance(s, ir.SpecEnd) and s.tentative is None
                                                  and is_zero(s.id))]
        elif isinstance(x, ir.Speculate) and x.tentative is None:
            k = key(x.id)
            return ir.Speculate(ir.IntLit(numbers[k], loc=x.id.loc), tentative=names[k], loc=x.loc)
        elif isinstance(x, ir.SpecEnd) and x.tentative is None and not is_zero(x.id):
            k = key(x.id)
            return ir.SpecEnd(x.op, ir.IntLit(numbers[k], loc=x.id.loc), tentative=names[k], loc=x.loc)
        elif _is_speculation(x):
            return ir.IntLit(1, loc=x.loc, type=x.type)
        elif isinstance(x, (ir.Index, ir.Delete)) and x.map in framed and x.keys \
                and isinstance(x.keys[0], ir.Var) and key(x.keys[0]) in numbers:
            x.keys = [ir.IntLit(numbers[key(x.keys[0])], loc=x.keys[0].loc, type=x.keys[0].type)]
        return x
    prog = copy.deepcopy(prog)
    ir.map_code(prog, fn)
    first = next((p for p in prog.probes if any(isinstance(x, ir.Speculate) for x in ir.walk(p.body))),
                 None)
    if first is not None:
        threads = any(v.scope == "thread" for v in held.values())
        first.comments = [*first.comments, THREAD_NOTE if threads else NOTE]
    return prog


def tentative_first(prog: ir.Program) -> ir.Program:
    """`prog` (from D, its framing written out) with each clause's start_tentative()
    ahead of the probe's line: D's speculate() comes before the clause's records, and
    in a program that is not quiet the probe's line is part of the speculation too
    (the heading is printed at the commit, ir/specheading.py)."""
    if prog.lang != "d":
        return prog
    for p in prog.probes:
        p.body = _speculate_before_records(p.body)
    return prog


def _speculate_before_records(body: ir.Block) -> ir.Block:
    """`body` with its top-level speculate() moved up to its first statement that
    records data (D's rule: no record before speculate())."""
    stmts = body.stmts
    at = next((i for i, s in enumerate(stmts) if isinstance(s, ir.Speculate)), None)
    first = next((i for i, s in enumerate(stmts[:at] if at else [])
                  if _records(s)), None)
    if at is None or first is None:
        return body
    return ir.Block([*stmts[:first], stmts[at], *stmts[first:at], *stmts[at + 1:]], loc=body.loc)


def _records(s: ir.Stmt) -> bool:
    """Whether statement `s` records data in D (a printf, trace(), ... anywhere in it)."""
    return clause_records_data(ir.Block([s], loc=s.loc))


def tentative_as_speculations(prog: ir.Program) -> ir.Program:
    """A copy of Vue program `prog` whose tentative buffers each have a variable of their
    name set only to 1 and 0 (and otherwise tested for 0) with those buffers as D's
    speculations held in that variable (the form speculations_as_tentative() writes);
    `prog` itself when it has no such buffer."""
    if prog.lang != "vue":
        return prog
    buffers = {x.tentative for root in ir.program_roots(prog) for x in ir.walk(root)
               if isinstance(x, (ir.Speculate, ir.SpecEnd, ir.SpecStop)) and x.tentative is not None}
    flags = {name: var for name in buffers if (var := _flag_var(prog, name)) is not None}
    if not flags:
        return prog

    def fn(x):
        if isinstance(x, ir.Speculate) and x.tentative in flags:
            return ir.Speculate(copy.deepcopy(flags[x.tentative]), loc=x.loc)
        if isinstance(x, ir.SpecEnd) and x.tentative in flags:
            return ir.SpecEnd(x.op, copy.deepcopy(flags[x.tentative]), loc=x.loc)
        if isinstance(x, ir.Assign) and isinstance(x.target, ir.Var) and x.target.name in flags \
                and isinstance(x.value, ir.IntLit) and x.value.value == 1:
            return ir.Assign(x.target, "=", ir.Call("speculation", [], loc=x.value.loc, type=x.value.type),
                             loc=x.loc, type=x.type)
        return x
    prog = copy.deepcopy(prog)
    ir.map_code(prog, fn)
    for p in prog.probes:
        # D's speculate() comes before any record of its clause (the probe's line and
        # the heading a Vue port writes ahead of it are then the speculation's too)
        p.body = _speculate_before_records(p.body)
    first = next((p for p in prog.probes if any(isinstance(x, ir.Speculate) for x in ir.walk(p.body))),
                 None)
    if first is not None and NOTE not in first.comments:
        first.comments = [*first.comments, NOTE]  # (a D port of a Vue script says it too)
    return prog


def _flag_var(prog: ir.Program, name: str) -> Optional[ir.Var]:
    """The scalar variable named `name` that says whether tentative buffer `name` is
    open: stored only as 1 or 0, read only as a test for 0, with no end_tentative() of
    the buffer (D's speculate() holds the rest of its clause); None if there is none."""
    stores = [x for root in ir.program_roots(prog) for x in ir.walk(root)
              if isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var)
              and x.target.name == name]
    if not stores or any(not (isinstance(s, ir.Assign) and s.op == "=" and isinstance(s.value, ir.IntLit)
                              and s.value.value in (0, 1)) for s in stores):
        return None
    if not any(isinstance(s.value, ir.IntLit) and s.value.value == 1 for s in stores):
        return None
    if any(isinstance(x, ir.SpecStop) and x.tentative == name
           for root in ir.program_roots(prog) for x in ir.walk(root)):
        return None
    var = stores[0].target
    return None if _read_as_number(prog, var) else var


def _read_as_number(prog: ir.Program, var: ir.Var) -> bool:
    """Whether `var` is read anywhere for more than whether it is 0."""
    holders = {key(var)}

    def bad(node, truth: bool) -> bool:
        if isinstance(node, ir.Var) and key(node) in holders:
            return not truth
        for c in ir.children(node):
            if isinstance(node, ir.Assign) and c is node.target:
                continue
            if bad(c, truth_only(node, c)):
                return True
        return False
    for p in prog.probes:
        if p.predicate is not None and bad(p.predicate, True):
            return True
        if bad(p.body, False):
            return True
    return any(bad(f.body, False) for f in prog.functions)
