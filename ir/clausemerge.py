"""D clauses that pass `this->` values to each other, as one probe of if-blocks.

D keeps a clause-local (`this->s`) from clause to clause of one probe hit, so a
script can decode an argument once and test it in the next clause's predicate
(soconnect.d: `this->f` set on `syscall::connect*:entry`, read by the two
clauses on the same probe that follow). stap's and ProbeVue's locals end with
their probe body; what a porter writes instead is one probe whose body runs the
clauses in order, each predicate an `if` around its clause's statements. That
is D's order exactly: each predicate is evaluated when its clause's turn comes,
after the clauses before it ran. (In ProbeVue, whose clauses have no try, a
fault in one of the merged clauses ends the ones after it too.)
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional
from . import nodes as ir
from .clause_errors import is_clause_try, may_fault
from .loc import XtraceError


def merged_carried_clauses(prog: ir.Program, try_predicates: bool = False) -> ir.Program:
    """`prog` with each run of consecutive clauses on the same probe points that a
    carried clause-local links (Program.options['shared_locals']) written as one
    probe; the option is dropped when every carried local ends up inside one
    probe. With `try_predicates` (stap, for a language whose faults end only the
    clause: ir.clause_errors), a predicate that can fault is in a try block of its
    own, as the clause bodies that can are. Unchanged when a carried local crosses clauses on different points,
    which a single probe cannot say (the printers then refuse it)."""
    carried = set(prog.options.get("shared_locals") or ())
    if not carried:
        return prog
    groups: list[list[ir.Probe]] = []
    for probe in prog.probes:
        if groups and groups[-1][0].points == probe.points and not probe.implicit \
                and not groups[-1][0].implicit:
            groups[-1].append(probe)
        else:
            groups.append([probe])
    linked = [g for g in groups if len(g) > 1 and _links(g, carried)]
    if _crossing(groups, linked, carried):
        return prog
    out = copy.copy(prog)
    out.options = {k: v for k, v in prog.options.items() if k != "shared_locals"}
    out.probes = []
    for g in groups:
        out.probes.extend([_merged(g, try_predicates)] if any(g is lg for lg in linked) else g)
    return out


def merged_timer_clauses(prog: ir.Program, try_predicates: bool = False) -> ir.Program:
    """A D program with each run of consecutive clauses on the same timer (`tick-1ms`)
    whose clauses pass globals to each other (one stores what another reads) written
    as one probe of if-blocks. D runs every clause of one tick on each tick, in
    order; stap's and ProbeVue's timer probes are a timer each, whose firings drift
    apart where a handler runs late (dtrace-utils' tst.index.d walks a table with
    seven `tick-1ms` clauses, the last one moving on with `++i == end`: separate
    timers printed a row twice and skipped another). `prog` itself where no such
    run is found, or when it is not D."""
    if prog.lang != "d":
        return prog
    groups: list[list[ir.Probe]] = []
    for probe in prog.probes:
        timer = bool(probe.points) and all(p.kind == "timer" and not p.per_cpu for p in probe.points)
        if timer and groups and groups[-1][0].points == probe.points and not probe.implicit \
                and not groups[-1][0].implicit:
            groups[-1].append(probe)
        else:
            groups.append([probe])
    linked = [g for g in groups if len(g) > 1 and _passes_globals(g)]
    if not linked:
        return prog
    out = copy.copy(prog)
    out.probes = []
    for g in groups:
        out.probes.extend([_merged(g, try_predicates)] if any(g is lg for lg in linked) else g)
    return out


def _passes_globals(group: list[ir.Probe]) -> bool:
    """Whether a clause of the group reads a global (or an array) another one stores."""
    def roots(probe: ir.Probe) -> list:
        return [probe.body] + ([probe.predicate] if probe.predicate is not None else [])

    def name(t) -> Optional[str]:
        if isinstance(t, ir.Var) and t.scope == "global":
            return t.name
        return t.map if isinstance(t, ir.Index) else None
    stores = [{name(x.target) for x in ir.walk(roots(p)) if isinstance(x, (ir.Assign, ir.IncDec))}
              - {None} for p in group]
    reads = [{name(x) for x in ir.walk(roots(p))} - {None} for p in group]
    return any(stores[j] & reads[k] for j in range(len(group)) for k in range(len(group)) if j != k)


def read_locals(probe: ir.Probe) -> set[str]:
    """The clause locals a clause mentions (reads or stores)."""
    roots: list = [probe.body] + ([probe.predicate] if probe.predicate is not None else [])
    return {x.name for x in ir.walk(roots) if isinstance(x, ir.Var) and x.scope == "local"}


def _links(group: list[ir.Probe], carried: set[str]) -> bool:
    """Whether two clauses of the group share a carried local."""
    seen: set[str] = set()
    for probe in group:
        names = read_locals(probe) & carried
        if names & seen:
            return True
        seen |= names
    return False


def _crossing(groups: list[list[ir.Probe]], linked: list[list[ir.Probe]], carried: set[str]) -> bool:
    """Whether a clause reads a carried local before it sets it itself with no
    clause before it in its own merged group setting it, and a clause of an earlier
    group storing it: the value would come from a clause on other points, which may
    fire in the same hit (one glob within another), and no single probe can say
    that. A local only later clauses store is not set yet when the first clause of
    the hit reads it (clause.d's `this->foo = me % 3 == 0 ? 10 : this->foo`): D
    leaves it undefined, and a stap or Vue local reads 0 there."""
    stored_earlier: set[str] = set()
    for g in groups:
        merged = any(g is lg for lg in linked)
        set_before: set[str] = set()
        for probe in g:
            if (exposed_locals(probe) & carried) - (set_before if merged else set()) & stored_earlier:
                return True
            set_before |= assigned_locals(probe)
        for probe in g:
            stored_earlier |= stored_locals(probe)
    return False


def exposed_locals(probe: ir.Probe) -> set[str]:
    """The clause locals a clause may read before it stores them itself: the values
    it takes from an earlier clause of the hit (`this->x = this->x * 2`, `this->n++`
    and a read in the predicate all take one). A store under an `if` defines the
    local after the `if` only when both branches store it; one in a loop body never
    counts (the loop may not run)."""
    exposed: set[str] = set()
    if probe.predicate is not None:
        exposed |= _reads(probe.predicate)
    _exposed_in(probe.body, set(), exposed)
    return exposed


def _exposed_in(s: ir.Stmt, defined: set[str], exposed: set[str]) -> set[str]:
    """Add to `exposed` what `s` may read of the locals not in `defined` (stored on
    every path before it); return `defined` with what `s` stores on every path."""
    if isinstance(s, ir.Block):
        for x in s.stmts:
            defined = _exposed_in(x, defined, exposed)
        return defined
    if isinstance(s, ir.If):
        exposed |= _reads(s.cond) - defined
        then = _exposed_in(s.then, set(defined), exposed)
        other = _exposed_in(s.else_, set(defined), exposed) if s.else_ is not None else defined
        return then & other
    if isinstance(s, ir.ExprStmt) and _plain_local_store(s.expr):
        exposed |= _reads(s.expr.value) - defined  # the value is computed before the store
        return defined | {s.expr.target.name}
    exposed |= _reads(s) - defined
    return defined


def _plain_local_store(x) -> bool:
    return isinstance(x, ir.Assign) and x.op == "=" and isinstance(x.target, ir.Var) \
        and x.target.scope == "local"


def _reads(node) -> set[str]:
    """The locals `node` reads: every mention but the target of a plain `=` store
    (a compound store, `+=` or `++`, reads its target first)."""
    stored = {id(x.target) for x in ir.walk(node) if _plain_local_store(x)}
    return {x.name for x in ir.walk(node) if isinstance(x, ir.Var) and x.scope == "local"
            and id(x) not in stored}


def stored_locals(probe: ir.Probe) -> set[str]:
    """The locals a clause stores, with `=`, a compound assignment or `++`/`--`."""
    roots: list = [probe.body] + ([probe.predicate] if probe.predicate is not None else [])
    return {x.target.name for x in ir.walk(roots) if isinstance(x, (ir.Assign, ir.IncDec))
            and isinstance(x.target, ir.Var) and x.target.scope == "local"}


def assigned_locals(probe: ir.Probe) -> set[str]:
    """The locals a clause stores with `=` (not `+=`, `++`: those read it first)."""
    roots: list = [probe.body] + ([probe.predicate] if probe.predicate is not None else [])
    return {x.target.name for x in ir.walk(roots) if isinstance(x, ir.Assign) and x.op == "="
            and isinstance(x.target, ir.Var) and x.target.scope == "local"}


def _merged(group: list[ir.Probe], try_predicates: bool) -> ir.Probe:
    """One probe running the group's clauses in order, predicates as ifs."""
    stmts: list[ir.Stmt] = []
    # a comment the merged probe says already (above it, or inside for an earlier
    # clause) is not said again: the Vue port's note on the CPU column of two
    # tick-1sec clauses (gretac/dTraceScripts' predicates.d) once, above the probe
    said = set(group[0].comments)
    for i, probe in enumerate(group):
        if i:
            stmts.extend(ir.Comment(c, loc=probe.loc) for c in probe.comments if c not in said)
            said.update(probe.comments)
        body = copy.deepcopy(probe.body)
        last = i == len(group) - 1
        exits = not last and _exits_at_top(probe, body)
        if exits and probe.predicate is None:
            # D runs no later clause of any hit after this one: they are left out
            _append_clause(stmts, probe, body, try_predicates)
            break
        if exits:
            _top_stmts(body).append(ir.Next(loc=body.loc))
        flag = None if exits or last or not _may_exit(probe, body) else _exit_flag(group)
        if flag is not None:
            _flag_exits(body, flag)
            if not any(_zeroes(s, flag) for s in stmts):
                # (first: ProbeVue's __auto locals start undefined)
                stmts.insert(0, ir.ExprStmt(ir.Assign(copy.deepcopy(flag), "=", ir.IntLit(0, loc=body.loc),
                                                      loc=body.loc), loc=body.loc))
        _append_clause(stmts, probe, body, try_predicates)
        if flag is not None:
            # an exit() under an if of this clause: the later clauses do not run after it
            stmts.append(ir.If(copy.deepcopy(flag), ir.Next(loc=body.loc), loc=body.loc))
    first = group[0]
    return ir.Probe(points=first.points, body=ir.Block(stmts, loc=first.body.loc), predicate=None,
                    loc=first.loc, comments=list(first.comments),
                    framed=any(p.framed for p in group), must_match=first.must_match)


def _append_clause(stmts: list[ir.Stmt], probe: ir.Probe, body: ir.Block, try_predicates: bool) -> None:
    """The statements that run `probe`'s clause (its predicate an if) appended to `stmts`."""
    if probe.predicate is None and any(isinstance(x, ir.Speculate) for x in body.stmts):
        # D's speculate() holds the rest of its clause's records: the clause stays
        # a block, where what it speculates ends
        stmts.append(ir.Block(body.stmts, loc=body.loc))
    elif probe.predicate is None:
        stmts.extend(body.stmts)
    elif try_predicates and may_fault(probe.predicate) and not is_clause_try(body):
        # a predicate that faults ends its clause only, as in D
        stmts.append(ir.Try(ir.Block([ir.If(copy.deepcopy(probe.predicate), body, loc=probe.loc)],
                                     loc=body.loc), ir.Block([], loc=body.loc), loc=body.loc))
    elif is_clause_try(body):
        # stap's try around a D clause (ir.clause_errors) covers its predicate too:
        # a fault there ends this clause only, as in D
        guarded = ir.If(copy.deepcopy(probe.predicate), body.stmts[0].body, loc=probe.loc)
        body.stmts[0].body = ir.Block([guarded], loc=body.loc)
        stmts.extend(body.stmts)
    else:
        stmts.append(ir.If(copy.deepcopy(probe.predicate), body, loc=probe.loc))


def _top_stmts(body: ir.Block) -> list[ir.Stmt]:
    """The clause's own statements (inside its try block: ir.clause_errors)."""
    if is_clause_try(body):
        return body.stmts[0].body.stmts
    return body.stmts


def _exits_at_top(probe: ir.Probe, body: ir.Block) -> bool:
    """Whether the clause calls exit() whenever it runs (a statement of the clause
    itself, not of an if or loop in it). D then runs the rest of that clause but no
    later clause of the hit (dtrace_probe() passes over the enablings once the state
    is DRAINING), which the merged probe must say; END's and ERROR's clauses all run
    after an exit(), so theirs need not."""
    if any(p.kind in ("end", "error") for p in probe.points):
        return False
    return any(isinstance(st, ir.Exit) for st in _top_stmts(body))


def _may_exit(probe: ir.Probe, body: ir.Block) -> bool:
    """Whether the clause calls exit() under an if (or a loop) of its own: when it
    does, D runs the rest of the clause but no later one of the hit, as for one
    it calls unconditionally (_exits_at_top)."""
    if any(p.kind in ("end", "error") for p in probe.points):
        return False
    return any(isinstance(x, ir.Exit) for x in ir.walk(body))


def _exit_flag(group: list[ir.Probe]) -> ir.Var:
    """The probe local a merged probe sets with each exit() under an if (what a
    porter tests before the next clause), named as no local of the group is."""
    taken = set().union(*(read_locals(p) for p in group))
    name, i = "exited", 2
    while name in taken:
        name, i = f"exited{i}", i + 1
    return ir.Var(name, scope="local")


def _zeroes(s: ir.Stmt, flag: ir.Var) -> bool:
    return isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.target == flag


def _flag_exits(body: ir.Block, flag: ir.Var) -> None:
    """Each exit() under `body` followed by `flag = 1` (in place)."""
    def flagged(x: ir.Exit) -> list[ir.Stmt]:
        store = ir.Assign(copy.deepcopy(flag), "=", ir.IntLit(1, loc=x.loc), loc=x.loc)
        return [x, ir.ExprStmt(store, loc=x.loc)]
    for node in list(ir.walk(body)):
        for name in node.__dataclass_fields__:
            v = getattr(node, name)
            if isinstance(v, ir.Exit):
                setattr(node, name, ir.Block(flagged(v), loc=v.loc))
            elif isinstance(v, list) and any(isinstance(x, ir.Exit) for x in v):
                setattr(node, name, [y for x in v for y in (flagged(x) if isinstance(x, ir.Exit) else [x])])


def refuse_carried_locals(prog: ir.Program, lang: str) -> None:
    """XtraceError when a carried clause-local crosses clauses on different probe
    points, which no merge into one probe can keep (stap's and ProbeVue's locals
    end with their probe)."""
    left = merged_carried_clauses(prog).options.get("shared_locals")
    if not left:
        return
    name = {"stap": "stap", "vue": "ProbeVue"}.get(lang, lang)
    crossing = _first_crossing_read(prog, set(left))
    if crossing is None:
        raise XtraceError(f"the clause-local this->{left[0]}, set in a clause and read in a clause "
                          f"on other probe points, has no {name} equivalent (its locals end with "
                          "their probe)", prog.probes[0].loc if prog.probes else None,
                          prog.source or None)
    reader, local, setter = crossing
    # memcall.d's `this->start` stored at ::mmap:entry and read at ::mmap:return: D
    # does not carry it from one probe hit to the next, and what the script means is
    # the thread's own value, which a thread-local keeps
    where = f" (line {setter.loc.line})" if setter.loc is not None else ""
    raise XtraceError(f"the clause-local this->{local}, set in a clause on other probe points"
                      f"{where} and read in this one, has no {name} equivalent (its locals end "
                      f"with their probe); nearest: a thread-local, self->{local}, which a thread "
                      "keeps from one probe to the next", reader.loc, prog.source or None)


def _first_crossing_read(prog: ir.Program, carried: set[str]
                         ) -> Optional[tuple[ir.Probe, str, ir.Probe]]:
    """The first clause reading a carried local before it stores it, that no earlier
    clause on its own points stores and an earlier one on other points does: the
    clause, the local and the clause storing it."""
    earlier: list[ir.Probe] = []
    for probe in prog.probes:
        for local in sorted(exposed_locals(probe) & carried):
            setters = [p for p in earlier if local in stored_locals(p)]
            if setters and all(p.points != probe.points for p in setters):
                return probe, local, setters[-1]
        earlier.append(probe)
    return None


def clauses_of_try_blocks(prog: ir.Program) -> ir.Program:
    """For D, the inverse of the merge: a probe whose body is a sequence of
    statements and `try { } catch { }` blocks with empty handlers, as one clause
    per block (the statements between blocks one clause each run), each block's
    lone `if` its predicate. A fault in a try block ends that block only, and a
    fault in a D clause ends that clause only; D carries the probe's locals, its
    `this->` variables, from clause to clause of the hit."""
    if not any(_splittable(p) for p in prog.probes):
        return prog
    out = copy.copy(prog)
    out.probes = []
    for probe in prog.probes:
        out.probes.extend(_split(probe) if _splittable(probe) else [probe])
    return out


def _empty_try(s: ir.Stmt) -> bool:
    return isinstance(s, ir.Try) and not s.handler.stmts and s.catch_var is None


def _splittable(probe: ir.Probe) -> bool:
    stmts = probe.body.stmts
    # (a probe predicate would be evaluated once in the source, once a clause in D)
    return (len(stmts) > 1 and not probe.implicit and probe.predicate is None and any(_empty_try(s) for s in stmts)
            and not any(isinstance(x, (ir.Next, ir.Return)) for x in ir.walk([probe.body])))


def _split(probe: ir.Probe) -> list[ir.Probe]:
    runs: list[tuple[bool, list[ir.Stmt]]] = []
    for s in probe.body.stmts:
        if _empty_try(s):
            runs.append((True, s.body.stmts))
        elif runs and not runs[-1][0] and not isinstance(s, ir.Comment):
            runs[-1][1].append(s)
        else:
            runs.append((False, [s]))
    runs = [r for run in runs for r in _ifs_apart(*run)]
    out: list[ir.Probe] = []
    comments = list(probe.comments)
    for guarded, stmts in runs:
        if not guarded and all(isinstance(s, ir.Comment) for s in stmts):
            comments.extend(s.text for s in stmts)
            continue
        pred = None
        if len(stmts) == 1 and isinstance(stmts[0], ir.If) and stmts[0].else_ is None:
            pred = stmts[0].cond
            then = stmts[0].then
            stmts = then.stmts if isinstance(then, ir.Block) else [then]
        body = ir.Block(stmts, loc=probe.body.loc)
        if guarded:
            body = ir.Block([ir.Try(body, ir.Block([], loc=body.loc), loc=body.loc)], loc=body.loc)
        out.append(dataclasses.replace(probe, body=body, predicate=pred, comments=comments))
        comments = []
    return out


def _ifs_apart(guarded: bool, stmts: list[ir.Stmt]) -> list[tuple[bool, list[ir.Stmt]]]:
    """A run of statements between try blocks that is two or more `if`s without an
    `else` (comments between them aside) as a run per `if`, each a clause under
    its condition: the merge's form of D clauses that cannot fault, which carry
    their this-> values on (merged_carried_clauses writes each as an `if` of its
    predicate, a clause that can fault as a try block). Each condition is tested
    at its turn, after the `if`s before it ran, as D tests each predicate after
    the clauses before it; a clause-local one stores, the next reads, as D carries
    it. Not where an `if` but the run's last can fault (stap ends the session there,
    which a D clause of its own would not) or calls exit() (stap runs the `if`s
    after it, D no clause after it)."""
    ifs = [s for s in stmts if not isinstance(s, ir.Comment)]
    if guarded or len(ifs) < 2 or not all(isinstance(s, ir.If) and s.else_ is None for s in ifs) \
            or any(may_fault(s) for s in ifs) \
            or any(isinstance(x, ir.Exit) for s in ifs[:-1] for x in ir.walk(s)):
        return [(guarded, stmts)]
    out: list[tuple[bool, list[ir.Stmt]]] = []
    lead: list[ir.Stmt] = []
    for s in stmts:
        if isinstance(s, ir.Comment):
            lead.append(s)  # said above the clause after it
            continue
        if lead:
            out.append((False, lead))
            lead = []
        out.append((False, [s]))
    if lead:
        out.append((False, lead))
    return out


# Kinds of point whose sites are named one by one (a function, a system call, a
# tracepoint): two of them on different sites are two probes, which one clause
# listing both fires as the two clauses did.
_SITE_KINDS = frozenset({"kfunc", "ufunc", "syscall", "tracepoint"})
# values a printer decides from the clause's points (a constant of the probe, a
# system call's own argstr/retstr format)
_POINT_CONSTANTS = frozenset({"pp", "probemod", "probe_id", "epid", "probeprov", "probename",
                              "argstr", "retstr"})


def merged_alike_clauses(prog: ir.Program, comparing: bool = False) -> ir.Program:
    """`prog` with each run of consecutive probes that do the same on sites of one
    kind and side (equal predicates and bodies; each point a different named site)
    written as one probe on all their points, as a porter lists the probes of one
    clause: stap's `probe vm.*.call { ... }` is a probe per alias it names, which
    D says as one clause on `fbt::handle_mm_fault:entry, fbt::do_wp_page:entry, ...`.
    Not where the body reads the probe's arguments by name (`$vmf`: another
    position per function), a syscall tapset variable (`argstr`: each system
    call's own format) or a constant of its points, nor where the later probe has
    comments of its own (the port keeps them). `comparing` is the round trip's
    reading (ir/rtnormal.py), which holds no comments, and for which a stap
    probe may read syscall tapset variables (`timeout`, `fd`): each alias a stap
    probe lists sets its own, so one probe on syscall.poll and syscall.epoll_wait
    reads `timeout` as the two probes each did (a D port has no such variable to
    say it with: the D printer merges none)."""
    out: list[ir.Probe] = []
    for probe in prog.probes:
        if out and _alike(out[-1], probe, comparing):
            out[-1] = dataclasses.replace(out[-1], points=out[-1].points + probe.points)
        else:
            out.append(probe)
    if len(out) == len(prog.probes):
        return prog
    merged = copy.copy(prog)
    merged.probes = out
    return merged


def _alike(a: ir.Probe, b: ir.Probe, comparing: bool = False) -> bool:
    """Whether probe `b` does what `a` does, on other sites of the same kind and side."""
    if a.implicit or b.implicit or (b.comments and not comparing) or a.framed or b.framed:
        return False
    sides = {(pt.kind, pt.is_return) for pt in a.points + b.points}
    if len(sides) != 1 or next(iter(sides))[0] not in _SITE_KINDS:
        return False
    sites = [(pt.module, pt.binary, pt.name) for pt in a.points + b.points]
    if len(set(sites)) != len(sites) or any("*" in (pt.name or "") or pt.optional or pt.sufficient
                                              or pt.when for pt in a.points + b.points):
        return False
    if a.predicate != b.predicate or a.body != b.body:
        return False
    by_name = (ir.ProbeArg, ir.ContextVars) if comparing else (ir.ProbeArg, ir.ContextVars, ir.SyscallVar)
    return not any(isinstance(x, by_name)
                   or (isinstance(x, ir.Builtin) and x.name in _POINT_CONSTANTS)
                   for x in ir.walk([a.body, a.predicate]))
