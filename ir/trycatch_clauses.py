"""stap's try/catch blocks as D clauses and an ERROR clause per catch, and back.

In D a run-time error ends only the clause it happens in: the clauses after it
on the same probe still run, and the ERROR probe fires in between, on the
faulting thread. So what a D porter writes for

    probe begin { pre; try { body } catch { handler } rest }

is the probe split at the try: `pre` and the try block's body in one clause, the
rest of the probe in the next clause on the same probe, and the catch block in an
ERROR clause that runs only for a fault of that try, told by a thread-local flag
holding the try's number while its body runs:

    BEGIN { pre; self->trying = 1; body }
    ERROR /self->trying == 1/ { handler }
    BEGIN { self->trying = 0; rest }

(The flag is cleared in the clause after the try, which runs whether the try
faulted or not, so the ERROR clause that ends the session at a fault outside any
try, stap's rule, is `ERROR /!self->trying/ { exit(1); }` in any order.) A local
that a catch block mentions and the rest of its probe too crosses from one probe
to another (the ERROR probe has clause-locals of its own): it is a `self->`
variable, cleared at the probe's end (a stap local starts each hit at 0). Those
the clauses of the probe alone share are D's `this->` variables, which D keeps
from clause to clause of one probe hit.

What D cannot say is refused: the catch message (`catch (msg)` read: DTrace's
ERROR probe gives a fault type and an address, not stap's text), a try inside a
loop that cannot be written out, an if, or another try (the split is at the
probe's own statements), stap's error() in a try (D has no statement that raises
a fault of the script's choosing), a catch block that can itself fault (DTrace
drops a fault in an ERROR clause silently; stap ends the session), and a probe
with `next` or a condition that reads what the probe stores or can fault (each
clause of the split tests it anew). A leading `if (c) next` on the context alone
(execname, pid, arguments, globals the probe does not store) is each clause's
predicate.

A D fault discards what its clause recorded before it (its printf()s), where stap
printed it: a try body that prints and then can fault is split once more before
its first fault point, as any such clause is (ir/faultsplit.py).

The way back (stap from D), error_clauses_as_tries: the clauses of one probe that
a flag so set and cleared links are one probe again, each ERROR clause the flag's
value selects the catch block of its try, the `self->` variables cleared at the
end its locals.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Callable, Optional

from . import nodes as ir
from .clause_errors import may_fault
from .loc import XtraceError

# Program.options key: the flag's name, set by the split for the D printer (which
# predicates its own ERROR clause, stap's rule, with `!self->flag`)
FLAG_OPTION = "try_flag"
# Program.options key: whether something can fault outside every try (the D
# printer's ERROR clause that ends the session is needed)
UNCAUGHT_OPTION = "try_uncaught_faults"


def _catches(s: ir.Stmt) -> bool:
    """A try block of the script's own (a clause try, with an empty catch and no
    message, is a D clause's own rule: ir/clause_errors.py)."""
    return isinstance(s, ir.Try) and (bool(s.handler.stmts) or s.catch_var is not None)


def flat_statements(stmts: list[ir.Stmt]) -> list[ir.Stmt]:
    """A probe's statements, blocks standing as statements opened (none scopes in D)."""
    out: list[ir.Stmt] = []
    for s in stmts:
        out.extend(flat_statements(s.stmts) if isinstance(s, ir.Block) else [s])
    return out


def _thread_names(prog: ir.Program) -> set[str]:
    # (locals too: those a catch block shares become thread variables)
    return {x.name for root in ir.program_roots(prog) for x in ir.walk(root)
            if isinstance(x, ir.Var) and x.scope in ("thread", "local")}


def _free_thread_name(prog: ir.Program, base: str) -> str:
    taken = _thread_names(prog)
    name, i = base, 2
    while name in taken:
        name, i = f"{base}{i}", i + 1
    return name


def _refuse(p: ir.Probe, stmts: list[ir.Stmt]) -> None:
    """XtraceError for a try block of `p` D cannot say (see the module's docstring)."""
    top = {id(s) for s in stmts}
    for t in (x for x in ir.walk(p.body) if _catches(x)):
        if id(t) not in top:
            raise XtraceError(
                "a try/catch block inside a loop, an if or another try has no D equivalent "
                "(D's clauses split a probe at its own statements; a loop of a constant count "
                "is written out, and a `next` before the try on anything but the probe's "
                "context puts it under an if); nearest: the try block at the probe's top "
                "level, or a D clause per case", t.loc)
        for x in ir.walk(t.body):
            if isinstance(x, ir.Fail):
                raise XtraceError(
                    "stap's error() in a try block has no D equivalent (D has no statement "
                    "that raises a run-time error of the script's choosing); nearest: the "
                    "catch block's statements where error() is called", x.loc)
            if _catches(x):
                raise XtraceError("a try/catch block inside another has no D equivalent "
                                  "(nearest: the inner try block after the outer one)", x.loc)
        if t.catch_var is not None and any(isinstance(x, ir.Var) and x.scope == "local"
                                           and x.name == t.catch_var for x in ir.walk(t.handler)):
            raise XtraceError(
                f"stap's catch message ('{t.catch_var}') has no D value: D's ERROR probe gives "
                "the fault's type (arg4) and address (arg5), not stap's text; nearest: a catch "
                "block that does not read it", t.loc)
        if may_fault(t.handler.stmts) or any(_catches(x) for x in ir.walk(t.handler)):
            raise XtraceError(
                "a catch block that can itself fault has no D equivalent (in D's ERROR clause "
                "a fault is dropped silently; stap ends the session)", t.handler.loc)
    if p.predicate is not None and not context_test(p.predicate, p.body):
        raise XtraceError("a try/catch block in a probe whose condition reads what the probe "
                          "stores or can fault has no D equivalent (each clause of the split tests it again, "
                          "after the clauses before it ran)", p.predicate.loc)
    for x in ir.walk(p.body):
        if isinstance(x, (ir.Next, ir.Return)):
            raise XtraceError("a try/catch block in a probe that ends early ('next') has no D "
                              "equivalent (the clauses after the try would still run)", x.loc)


def _stored(node) -> set[str]:
    """The variables and arrays `node` stores or deletes."""
    out: set[str] = set()
    for x in ir.walk(node):
        t = x.target if isinstance(x, (ir.Assign, ir.IncDec)) else None
        if isinstance(t, ir.Var):
            out.add(t.name)
        elif isinstance(t, ir.Index):
            out.add(t.map)
        elif isinstance(x, ir.Delete):
            out.add(x.map)
    return out


def context_test(e: ir.Expr, body: ir.Block) -> bool:
    """Whether `e` tests what `body` leaves as it is (execname, pid, arguments, a
    global the probe does not store): each clause of the split may test it again
    and find what the first found."""
    stored = _stored(body)
    return not may_fault(e) and not any(
        isinstance(x, (ir.Assign, ir.IncDec, ir.Call, ir.FuncCall))
        or (isinstance(x, ir.Var) and (x.scope != "global" or x.name in stored))
        or (isinstance(x, ir.Index) and x.map in stored) for x in ir.walk(e))


def guard_as_predicate(p: ir.Probe, splits: Callable[[list[ir.Stmt]], bool]) -> ir.Probe:
    """`p` with a body that is one `if` with no else (stap's leading `if (c) next`,
    once ir/nonext.py has said it so) testing the context alone, around statements
    `splits` says the probe is split into clauses at: that test its predicate, as
    D's clauses say it (each clause tests it again)."""
    stmts = flat_statements(p.body.stmts)
    if not (len(stmts) == 1 and isinstance(stmts[0], ir.If) and stmts[0].else_ is None
            and context_test(stmts[0].cond, p.body)):
        return p
    then = stmts[0].then
    inner = flat_statements(then.stmts if isinstance(then, ir.Block) else [then])
    if not splits(inner):
        return p
    cond = stmts[0].cond
    pred = cond if p.predicate is None else ir.Binary("&&", p.predicate, cond, loc=p.loc)
    return dataclasses.replace(p, predicate=pred, body=ir.Block(inner, loc=p.body.loc))


def _local_names(node) -> set[str]:
    return {x.name for x in ir.walk(node) if isinstance(x, ir.Var) and x.scope == "local"}


def _crossing(stmts: list[ir.Stmt]) -> list[str]:
    """The locals a catch block mentions and the rest of the probe too."""
    handlers = [s.handler for s in stmts if _catches(s)]
    rest = [s.body if _catches(s) else s for s in stmts]
    inside = set().union(*(_local_names(h) for h in handlers))
    outside = _local_names(rest)
    for i, h in enumerate(handlers):
        outside |= _local_names(handlers[:i] + handlers[i + 1:]) & _local_names(h)
    return sorted(inside & outside)


def _as_thread(node, names: set[str]) -> None:
    for x in ir.walk(node):
        if isinstance(x, ir.Var) and x.scope == "local" and x.name in names:
            x.scope = "thread"


def _store(name: str, value: ir.Expr, loc) -> ir.Stmt:
    return ir.ExprStmt(ir.Assign(ir.Var(name, "thread", loc=loc), "=", value, loc=loc), loc=loc)


def _zero(var: Optional[ir.Var]) -> ir.Expr:
    is_str = var is not None and var.type is not None and var.type.is_str
    return ir.StrLit("") if is_str else ir.IntLit(0)


def _flag_test(flag: str, n: int, loc) -> ir.Expr:
    return ir.Binary("==", ir.Var(flag, "thread", loc=loc), ir.IntLit(n, loc=loc), loc=loc)


def tries_as_error_clauses(prog: ir.Program) -> ir.Program:
    """For D: each probe with try/catch blocks split into clauses at them, each catch
    block an ERROR clause its try's flag selects (see the module's docstring);
    XtraceError for what D cannot say."""
    if not any(_catches(x) for p in prog.probes for x in ir.walk(p.body)):
        return prog
    uncaught = any(may_fault(p) for p in prog.probes)  # (may_fault skips a try's body)
    prog = copy.deepcopy(prog)
    prog.probes = [guard_as_predicate(p, lambda stmts: any(_catches(s) for s in stmts))
                   for p in prog.probes]
    for p in prog.probes:
        if any(_catches(x) for x in ir.walk(p.body)):
            _refuse(p, flat_statements(p.body.stmts))
    flag = _free_thread_name(prog, "trying")
    probes: list[ir.Probe] = []
    n = 0
    for p in prog.probes:
        stmts = flat_statements(p.body.stmts)
        if not any(_catches(s) for s in stmts):
            probes.append(p)
            continue
        crossing = set(_crossing(stmts))
        _as_thread(stmts, crossing)
        first_use = {x.name: x for x in reversed(list(ir.walk(stmts)))
                     if isinstance(x, ir.Var) and x.scope == "thread" and x.name in crossing}
        run: list[ir.Stmt] = []
        comments = list(p.comments)
        for s in stmts:
            if not _catches(s):
                run.append(s)
                continue
            n += 1
            run += [_store(flag, ir.IntLit(n, loc=s.loc), s.loc)] + list(s.body.stmts)
            probes.append(dataclasses.replace(p, body=ir.Block(run, loc=p.body.loc), comments=comments))
            comments = []
            probes.append(ir.Probe([ir.ProbePoint("error", spelling="ERROR", loc=s.loc)],
                                   ir.Block(list(s.handler.stmts), loc=s.handler.loc),
                                   _flag_test(flag, n, s.loc), loc=s.handler.loc))
            run = [_store(flag, ir.IntLit(0, loc=s.loc), s.loc)]
        run += [_store(name, _zero(first_use.get(name)), p.body.loc) for name in sorted(crossing)]
        probes.append(dataclasses.replace(p, body=ir.Block(run, loc=p.body.loc), comments=[]))
    prog.probes = probes
    prog.options = {**(prog.options or {}), FLAG_OPTION: flag, UNCAUGHT_OPTION: uncaught}
    return prog


# ------------------------------------------------------------------ the way back

def _flag_store(s: ir.Stmt) -> Optional[tuple[str, int]]:
    """(flag, value) for `self->flag = N;`, else None."""
    if (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "="
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "thread"
            and isinstance(s.expr.value, ir.IntLit)):
        return s.expr.target.name, s.expr.value.value
    return None


def _zero_store(s: ir.Stmt) -> Optional[str]:
    """The thread variable `s` clears (`self->x = 0;` or `= "";`), else None."""
    if (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "="
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "thread"
            and s.expr.value in (ir.IntLit(0), ir.StrLit(""))):
        return s.expr.target.name
    return None


def _catch_clauses(prog: ir.Program) -> dict[str, dict[int, ir.Probe]]:
    """ERROR clauses predicated `self->flag == N`, by flag and N."""
    out: dict[str, dict[int, ir.Probe]] = {}
    for p in prog.probes:
        pred = p.predicate
        if ([pt.kind for pt in p.points] == ["error"] and isinstance(pred, ir.Binary)
                and pred.op == "==" and isinstance(pred.lhs, ir.Var) and pred.lhs.scope == "thread"
                and isinstance(pred.rhs, ir.IntLit) and pred.rhs.value > 0):
            out.setdefault(pred.lhs.name, {})[pred.rhs.value] = p
    return out


def _opening(stmts: list[ir.Stmt], flag: str) -> Optional[int]:
    """The index of the statement that sets the flag to a try's number, if any."""
    return next((k for k, s in enumerate(stmts)
                 if (_flag_store(s) or ("", 0))[0] == flag and _flag_store(s)[1] > 0), None)


def _regroup(probes: list[ir.Probe], flag: str, catches: dict[int, ir.Probe]) -> Optional[list[ir.Probe]]:
    """The clauses with the flag's try blocks as stap probes with try blocks, or None
    where they are not the split's form."""
    plain = [p for p in probes if not any(p is c for c in catches.values())]
    out: list[ir.Probe] = []
    used: set[int] = set()
    i = 0
    while i < len(plain):
        first = plain[i]
        stmts = list(first.body.stmts)
        k = _opening(stmts, flag)
        if k is None:
            out.append(first)
            i += 1
            continue
        body: list[ir.Stmt] = []
        while k is not None:
            n = _flag_store(stmts[k])[1]
            tried = stmts[k + 1:]
            nxt = plain[i + 1] if i + 1 < len(plain) else None
            if (n not in catches or n in used or _opening(tried, flag) is not None or nxt is None
                    or nxt.points != first.points or nxt.predicate != first.predicate
                    or not nxt.body.stmts or _flag_store(nxt.body.stmts[0]) != (flag, 0)):
                return None
            used.add(n)
            handler = catches[n].body
            body += stmts[:k] + [ir.Try(ir.Block(tried, loc=handler.loc),
                                        ir.Block(list(handler.stmts), loc=handler.loc),
                                        loc=stmts[k].loc)]
            i += 1
            stmts = list(nxt.body.stmts[1:])
            k = _opening(stmts, flag)
        body += stmts
        cleared: set[str] = set()
        while body and _zero_store(body[-1]) not in (None, flag):
            cleared.add(_zero_store(body.pop()))
        for x in ir.walk(body):
            if isinstance(x, ir.Var) and x.scope == "thread" and x.name in cleared:
                x.scope = "local"
        out.append(dataclasses.replace(first, body=ir.Block(body, loc=first.body.loc)))
        i += 1
    if used != set(catches):
        return None
    # (the catch clauses go: each is its try's catch block now)
    return out


def error_clauses_as_tries(prog: ir.Program) -> ir.Program:
    """For stap from D: the split tries_as_error_clauses writes read back as the
    probes with try blocks it came from (and the ERROR clause of stap's rule,
    predicated `!self->flag`, as a plain one); `prog` itself where it has no such form."""
    if prog.lang != "d":
        return prog
    from .faultsplit import clauses_rejoined_at_faults  # (which imports this module)
    for flag, catches in _catch_clauses(prog).items():
        # (a clause of a try's body split before its first fault: one again, ir/faultsplit.py)
        work = clauses_rejoined_at_faults(copy.deepcopy(prog))
        regrouped = _regroup(work.probes, flag, _catch_clauses(work)[flag])
        if regrouped is None:
            continue
        unflagged = ir.Unary("!", ir.Var(flag, "thread"))
        for p in regrouped:
            if [pt.kind for pt in p.points] == ["error"] and p.predicate == unflagged:
                p.predicate = None
        if any(isinstance(x, ir.Var) and x.scope == "thread" and x.name == flag
               for p in regrouped for root in (p.body, p.predicate) for x in ir.walk(root)):
            continue  # the flag is the script's own, read elsewhere
        work.probes = regrouped
        shared = (work.options or {}).get("shared_locals")
        if shared:
            from xtrace.frontends.d.lower import _carried_locals
            carried = _carried_locals(regrouped)
            work.options = {k: v for k, v in work.options.items() if k != "shared_locals"}
            if carried:
                work.options["shared_locals"] = carried
        return work
    return prog
