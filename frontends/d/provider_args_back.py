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
from typing import Iterator, Optional

from xtrace.frontends import iomap
from xtrace.ir import nodes as ir

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
    probes = [_as_provider(p, keys) for p in prog.probes]
    if all(a is b for a, b in zip(probes, prog.probes)):
        return prog
    prog = copy.copy(prog)
    prog.probes = probes
    return prog
