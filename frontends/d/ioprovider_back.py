"""Block request tracepoints read back as D's io provider.

A Vue `@@io:disk:iostart` clause (or a stap probe on block:block_rq_issue) lowers
to the tracepoint and reads of its `struct request *rq`. When every read of the
request in a clause is a fact D's io provider names (frontends/iomap.py), the
clause is printed as `io:::start` / `io:::done` with `args[0]->b_bcount`,
`args[1]->dev_statname` and the B_READ/B_WRITE tests; otherwise (Vue's bufid,
error, a test for reads only) it stays the tracepoint D can also say, with its
raw `(struct request *)args[0]` reads.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.frontends import iomap
from xtrace.frontends.common import note_text
from xtrace.ir import nodes as ir

from . import translators


class _NotIo(Exception):
    """A read of the tracepoint D's io provider has no member for; `why` says which
    Vue fact it is, when it is one (said in a comment above the clause)."""

    def __init__(self, why: str = "") -> None:
        super().__init__(why)
        self.why = why


def _d_value(text: str, probe: str, at) -> ir.Expr:
    """D's `args[N]->member` (text) at io probe `probe`, translated as D lowers it."""
    index, member = int(text[5]), text.split("->", 1)[1]
    spec = translators.PROBE_ARGS[probe][index]
    return ir.Translated(text, spec.members[member](at), loc=at)


def _vue_events(probes: list[str]) -> list[str]:
    """The Vue I/O events (iostart, iodone) of D io probes `probes`."""
    return [iomap.EVENTS[iomap.D_PROBE_TRACEPOINT[p]][1] for p in probes]


def _fact(e: ir.Expr, probes: list[str]) -> Optional[ir.Expr]:
    """D's translated member `e` reads at `probes`, if it is one."""
    if isinstance(e, (ir.IntLit, ir.StrLit, ir.Translated)):
        return None
    vue_events = _vue_events(probes)
    for d_text, vue_text in iomap.MEMBERS:
        if all(iomap.same(e, _d_value(d_text, p, e.loc)) for p in probes) \
                or iomap.vue_fact(e, vue_events) == vue_text:
            return _d_value(d_text, probes[0], e.loc)
    for d_text in iomap.D_WHOLE:
        if all(iomap.same(e, _d_value(d_text, p, e.loc)) for p in probes):
            return _d_value(d_text, probes[0], e.loc)
    return None


def _flag(test: tuple[str, int], tested: bool, probe: str, at) -> ir.Expr:
    """`op != WRITE` / `op == WRITE` as D's `args[0]->b_flags & B_READ` / `& B_WRITE`."""
    name, value = ("B_WRITE", iomap.B_WRITE) if test[0] == "==" else ("B_READ", iomap.B_READ)
    flags = _d_value("args[0]->b_flags", probe, at)
    masked = ir.Binary("&", flags, ir.IntLit(value, name=name, loc=at), loc=at)
    return masked if tested else ir.Binary("!=", masked, ir.IntLit(0, loc=at), loc=at)


def _rewrite(e: ir.Expr, probes: list[str], tested: bool) -> ir.Expr:
    got = _fact(e, probes)
    if got is not None:
        return got
    test = iomap.op_test(e)
    if test is not None:
        if test[1] != iomap.REQ_OP_WRITE:
            raise _NotIo(iomap.READS_ONLY)
        return _flag(test, tested, probes[0], e.loc)
    if isinstance(e, ir.ProbeArg):
        vue = iomap.vue_fact(e, _vue_events(probes))
        raise _NotIo(f"Vue's {vue} has no member in D's io provider (nearest: {iomap.VUE_ONLY[vue]})"
                     if vue in iomap.VUE_ONLY else "")
    _children(e, probes)
    return e


def _tested_fields(node) -> set[str]:
    if isinstance(node, (ir.If, ir.While, ir.Ternary)):
        return {"cond"}
    if isinstance(node, ir.Binary) and node.op in ("&&", "||"):
        return {"lhs", "rhs"}
    if isinstance(node, ir.Unary) and node.op == "!":
        return {"operand"}
    return set()


def _children(node, probes: list[str]) -> None:
    tested = _tested_fields(node)
    for name in getattr(node, "__dataclass_fields__", {}):
        if name in ("loc", "type"):
            continue
        v = getattr(node, name)
        if isinstance(v, ir.Expr):
            setattr(node, name, _rewrite(v, probes, name in tested))
        elif isinstance(v, ir.Stmt):
            _children(v, probes)
        elif isinstance(v, list):
            setattr(node, name, [_rewrite(x, probes, False) if isinstance(x, ir.Expr)
                                 else (_children(x, probes) or x) if isinstance(x, ir.Stmt) else x
                                 for x in v])


def _as_provider(p: ir.Probe, keys: dict[str, str]) -> ir.Probe:
    names = [keys.get(pt.name, pt.name) for pt in p.points]
    if not p.points or not all(pt.kind == "tracepoint" and n in iomap.EVENTS and not pt.alias
                               for pt, n in zip(p.points, names)):
        return p
    probes = list(dict.fromkeys(iomap.EVENTS[n][0] for n in names))
    q = copy.deepcopy(p)
    try:
        if q.predicate is not None:
            q.predicate = _rewrite(q.predicate, probes, True)
        _children(q.body, probes)
    except _NotIo as why:
        if why.why:
            p = copy.copy(p)
            p.comments = p.comments + [note_text(f"{why.why}: the block request tracepoint")]
        return p
    for pt, n in zip(q.points, names):
        pt.alias = iomap.EVENTS[n][0]
    return q


def io_probes_as_provider(prog: ir.Program) -> ir.Program:
    """`prog` with its block request tracepoint clauses as D io provider clauses
    where D's bufinfo_t/devinfo_t say every read of the request (a copy; `prog`
    itself when it has none)."""
    # stap's kernel.trace("block_rq_issue"): the `system:event` it resolved to
    keys = (prog.options or {}).get("tracepoint_keys") or {}
    if not any(pt.kind == "tracepoint" and keys.get(pt.name, pt.name) in iomap.EVENTS and not pt.alias
               for p in prog.probes for pt in p.points):
        return prog
    prog = copy.copy(prog)
    prog.probes = [_as_provider(p, keys) for p in prog.probes]
    return prog


def _other_flag(e: ir.Expr) -> Optional[ir.Expr]:
    """`args[0]->b_flags & B_WRITE` for `!(args[0]->b_flags & B_READ)` (and the
    other way round), as a truth value: b_flags holds one of the two."""
    if not (isinstance(e, ir.Unary) and e.op == "!" and isinstance(e.operand, ir.Binary)
            and e.operand.op == "&" and isinstance(e.operand.lhs, ir.Translated)
            and e.operand.lhs.text == "args[0]->b_flags" and isinstance(e.operand.rhs, ir.IntLit)
            and e.operand.rhs.name in ("B_READ", "B_WRITE")):
        return None
    name, value = ("B_WRITE", iomap.B_WRITE) if e.operand.rhs.name == "B_READ" else ("B_READ", iomap.B_READ)
    return ir.Binary("&", e.operand.lhs, ir.IntLit(value, name=name, loc=e.loc), loc=e.loc,
                     type=e.operand.type)


def negated_flag_tests(pred: ir.Expr) -> ir.Expr:
    """`pred` (a copy where it changes) with each negated B_READ/B_WRITE test
    whose truth alone is read said as the other flag's test: the predicate
    `!(... & B_READ) && ...` that stap's guard `if (op != WRITE || ...) next`
    negates to is the `... & B_WRITE && ...` a porter (and the D script it may
    have come from) writes."""
    if not any(_other_flag(n) is not None for n in ir.walk([pred])):
        return pred
    pred = copy.deepcopy(pred)
    for n in ir.walk([pred]):
        for name in _tested_fields(n):
            other = _other_flag(getattr(n, name))
            if other is not None:
                setattr(n, name, other)
    return _other_flag(pred) or pred
