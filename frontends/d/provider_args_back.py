"""Tracepoint clauses read back as the D provider probe that stands for them.

D's proc and sched providers are Linux tracepoints here (probes.PROVIDER_TRACEPOINTS:
proc:::signal-send is signal:signal_generate, sched:::wakeup sched:sched_waking),
and their translated arguments are reads of the tracepoint's own arguments
(translators.PROBE_ARGS: signal-send's `args[1]->pr_pid` is `$task->tgid`, its
`args[2]` the `$sig`). A stap probe on such a tracepoint (or on an alias of it,
stap's signal.send) lowers to the tracepoint and those raw reads; a D porter
writes the provider probe and its `args[N]->member`, which is also what a D
script ported to stap and back said. When every read of the tracepoint's
arguments in a clause is a member D's translator names, the clause is printed as
the provider probe; otherwise it stays the tracepoint, with its raw reads.
Block requests (D's io provider) have their own module, ioprovider_back.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Iterator, Optional

from xtrace.frontends import iomap
from xtrace.ir import nodes as ir
from xtrace.ir.nonext import guard_of, guarded_predicate

from . import translators
from .probes import provider_probe_of


class _NotProvider(Exception):
    """A read of the tracepoint that no translated provider argument says."""


def _facts(probe: str, at) -> Iterator[ir.Translated]:
    """D's `args[N]` and `args[N]->member` at `probe`, translated as D lowers them:
    a process's facts (psinfo_t) before its thread's (lwpsinfo_t), so a task's
    comm reads as the process name a porter prints (pr_fname, not pr_name)."""
    args = translators.PROBE_ARGS.get(probe, {})
    order = sorted(args, key=lambda i: (not (isinstance(args[i], translators.Struct)
                                             and args[i].ctype == "psinfo_t *"), i))
    for i in order:
        spec = args[i]
        if isinstance(spec, translators.Plain):
            yield ir.Translated(f"args[{i}]", spec.value(at), loc=at)
        else:
            for member, build in spec.members.items():
                yield ir.Translated(f"args[{i}]->{member}", build(at), loc=at)


def _fact(e: ir.Expr, probe: str) -> Optional[ir.Expr]:
    if isinstance(e, (ir.IntLit, ir.StrLit, ir.Translated)):
        return None
    for fact in _facts(probe, e.loc):
        if iomap.same(e, fact.value):
            fact.type = e.type
            return fact
    return None


def _rewrite(e: ir.Expr, probe: str) -> ir.Expr:
    got = _fact(e, probe)
    if got is not None:
        return got
    if isinstance(e, ir.ProbeArg):
        raise _NotProvider(e.name)
    _children(e, probe)
    return e


def _children(node, probe: str) -> None:
    for name in getattr(node, "__dataclass_fields__", {}):
        if name in ("loc", "type"):
            continue
        v = getattr(node, name)
        if isinstance(v, ir.Expr):
            setattr(node, name, _rewrite(v, probe))
        elif isinstance(v, ir.Stmt):
            _children(v, probe)
        elif isinstance(v, list):
            setattr(node, name, [_rewrite(x, probe) if isinstance(x, ir.Expr)
                                 else (_children(x, probe) or x) if isinstance(x, ir.Stmt) else x
                                 for x in v])


def _reads_args(p: ir.Probe) -> bool:
    return any(isinstance(x, ir.ProbeArg)
               for root in [p.predicate, p.body] if root is not None for x in ir.walk(root))


def _as_provider(p: ir.Probe, keys: dict[str, str]) -> ir.Probe:
    names = [provider_probe_of(pt, keys) for pt in p.points]
    # one provider probe with translated arguments (a clause that reads none
    # takes the provider's name in the printer already)
    if not p.points or None in names or len(set(names)) != 1 \
            or names[0] not in translators.PROBE_ARGS or not _reads_args(p):
        return p
    probe = names[0]
    q = copy.deepcopy(p)
    try:
        if q.predicate is not None:
            q.predicate = _rewrite(q.predicate, probe)
        _children(q.body, probe)
    except _NotProvider:
        return p
    for pt in q.points:
        pt.alias = probe
    return q


def tracepoints_as_provider(prog: ir.Program) -> ir.Program:
    """`prog` with each clause on a proc/sched provider's tracepoint whose every read
    of the tracepoint's arguments is a translated member of the provider's args[]
    as that provider's clause (a copy; `prog` itself when none changes)."""
    keys = (prog.options or {}).get("tracepoint_keys") or {}
    return ir.probes_rewritten(prog, lambda p: _as_provider(p, keys))


# D's args[N] and args[N]->member, as a porter writes them in a clause
_ARG_READ = re.compile(r"args\[\d+\](?:->[A-Za-z_]\w*)?")


def alias_reads_inlined(prog: ir.Program, library_file: str) -> ir.Program:
    """`prog` with the stores a stap tapset alias (code from `library_file`) makes of
    a provider's translated argument into a local (signal.send's `sig = $sig`, read
    back as `this->sig = args[2]`) dropped and the local's reads written as the
    args[N] itself, as a D porter writes it: the tracepoint's arguments do not change
    while the clause runs. Only a local nothing else in the probe stores into. A
    guard left first in the body (`if (pid() != target()) next`) is the clause's
    predicate, as the stap lowering reads one first in a probe without the stores."""
    probes, changed = [], False
    for p in prog.probes:
        q = _alias_reads_inlined(p, library_file)
        changed = changed or q is not p
        probes.append(q)
    if not changed:
        return prog
    prog = copy.copy(prog)
    prog.probes = probes
    return prog


def _alias_store(s: ir.Stmt, library_file: str) -> Optional[tuple[str, ir.Translated]]:
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
            and s.loc.file == library_file and isinstance(s.expr.target, ir.Var) \
            and s.expr.target.scope == "local" and isinstance(s.expr.value, ir.Translated) \
            and _ARG_READ.fullmatch(s.expr.value.text):
        return s.expr.target.name, s.expr.value
    return None


def _alias_reads_inlined(p: ir.Probe, library_file: str) -> ir.Probe:
    stores = {}
    for s in p.body.stmts:
        got = _alias_store(s, library_file)
        if got is not None:
            stores[got[0]] = (s, got[1])
    if not stores:
        return p
    roots = [p.body] + ([p.predicate] if p.predicate is not None else [])
    for x in ir.walk(roots):  # a local stored again (or ++'d) elsewhere keeps its store
        target = x.target if isinstance(x, (ir.Assign, ir.IncDec)) else None
        if isinstance(target, ir.Var) and target.scope == "local" and target.name in stores \
                and not any(x is s.expr for s, _ in stores.values()):
            stores.pop(target.name)
    if not stores:
        return p
    dropped = {id(s) for s, _ in stores.values()}

    def inlined(e):
        if isinstance(e, ir.Var) and e.scope == "local" and e.name in stores:
            got = copy.deepcopy(stores[e.name][1])
            got.loc, got.type = e.loc, e.type or got.type
            return got
        return e
    body = ir.Block([s for s in p.body.stmts if id(s) not in dropped], loc=p.body.loc)
    body = ir.map_tree(copy.deepcopy(body), inlined)
    predicate = ir.map_tree(copy.deepcopy(p.predicate), inlined) if p.predicate is not None else None
    guard = guard_of(body.stmts[0]) if body.stmts and predicate is None else None
    if guard is not None:
        body.stmts.pop(0)
        predicate = guarded_predicate(guard)
    return dataclasses.replace(p, body=body, predicate=predicate)
