"""A D network provider member a stap port keeps in a local (`ip_saddr = ...`, made by
frontends/stap/print_memberlocal.py), read back: the read where the local is read.

The stap port of `@bytes[args[2]->ip_saddr] = sum(args[2]->ip_plength)` sets
`ip_saddr` and `ip_plength` from the packet's header just before the statement that
reads them. D has no clause-locals but this->, and the D source read the member in
the statement itself, so the way back writes the read there again (and the round
trip, tests/test_roundtrip.py, compares it so). Only where the two are one program:
stores one after another just before the statement that alone reads them, of locals
stored nowhere else, of values without effects that read none of those locals, and a
statement with no effect of its own before its reads are done.
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from . import nodes as ir

# the names frontends/stap/print_memberlocal.py gives (a member of D's ip, tcp or udp
# translators, with a number where the script's own name was taken)
_NAME = re.compile(r"(?:ip|ipv4|ipv6|tcp|tcps|udp|udps)_[A-Za-z_]+\d*")


def pure_functions(prog: ir.Program) -> frozenset[str]:
    """The program's functions that only return a value computed without effects (a
    port's helpers: sk_raddr(), the name tables, the tapsets' ntohs())."""
    pure: frozenset[str] = frozenset()
    while True:  # (one that calls only such functions is one: sk_rport() calls ntohs())
        more = frozenset(f.name for f in prog.functions
                         if len(f.body.stmts) == 1 and isinstance(f.body.stmts[0], ir.Return)
                         and not effects(f.body.stmts[0].value, pure))
        if more == pure:
            return pure
        pure = more


def ip_version_test(e: ir.Expr) -> bool:
    """Whether `e` holds a conditional on the packet's IP version (D's translators'
    `iph->version == 4 ? ... : ...`)."""
    return any(isinstance(x, ir.Ternary) and any(
        isinstance(m, ir.KernelMember) and m.path[-1:] == ["version"] for m in ir.walk(x.cond))
        for x in ir.walk(e))


def effects(node, pure: frozenset[str]) -> bool:
    """Whether evaluating `node` stores anything or calls a function not in `pure`."""
    return any(isinstance(x, (ir.Assign, ir.IncDec)) or (isinstance(x, ir.FuncCall) and x.name not in pure)
               for x in ir.walk(node))


def _store(s: ir.Stmt, pure: frozenset[str]) -> Optional[tuple[str, ir.Expr]]:
    """(local, value) of `s` when it is `ip_saddr = value`, a value without effects."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local" \
            and _NAME.fullmatch(s.expr.target.name) and not effects(s.expr.value, pure):
        return s.expr.target.name, s.expr.value
    return None


def inner_effects(s: ir.Stmt, pure: frozenset[str]) -> bool:
    """Whether `s` does anything, besides its own store, print or update, with its reads."""
    if not isinstance(s, (ir.ExprStmt, ir.Printf, ir.AggUpdate)):
        return True
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign):
        t = s.expr.target
        return effects(s.expr.value, pure) or (not isinstance(t, ir.Var) and effects(list(ir.children(t)), pure))
    return effects(s, pure)


def changes_reads(s: ir.Stmt, value: ir.Expr, pure: frozenset[str]) -> bool:
    """Whether statement `s` could change what `value` reads: it stores a variable
    `value` reads, writes kernel memory (a guru `$p->m = x`), or calls a function that
    could (one not in `pure`: embedded C)."""
    read = {(v.scope, v.name) for v in ir.walk(value) if isinstance(v, ir.Var)}
    for x in ir.walk(s):
        if isinstance(x, ir.FuncCall) and x.name not in pure:
            return True
        if isinstance(x, (ir.Assign, ir.IncDec)) and (
                isinstance(x.target, ir.KernelMember)
                or isinstance(x.target, ir.Var) and (x.target.scope, x.target.name) in read):
            return True
    return False


def _reads(node, name: str) -> int:
    return sum(1 for x in ir.walk(node) if isinstance(x, ir.Var) and x.scope == "local" and x.name == name)


def _foldable(run: list[tuple[str, ir.Expr]], rest: list[ir.Stmt], counts: dict[str, tuple[int, int]],
              pure: frozenset[str]) -> bool:
    """Whether the stores `run`, just before the statements `rest`, are a port's member
    locals: each read first by rest[0], then perhaps by later statements of `rest`
    (frontends/stap/print_memberlocal.py reuses a read kept), none of which could change
    what it reads before."""
    names = {n for n, _ in run}
    if len(names) != len(run) or any(_reads(v, n) for _, v in run for n in names):
        return False
    for n, v in run:
        readers = [i for i, s in enumerate(rest) if _reads(s, n)]
        if not readers or readers[0] != 0 or counts.get(n) != (1, sum(_reads(rest[i], n) for i in readers)):
            return False
        # (what the port keeps: a test of the IP version, or a read made twice)
        if not (_reads(rest[0], n) >= 2 or ip_version_test(v)):
            return False
        if any(inner_effects(rest[i], pure) for i in readers) \
                or any(changes_reads(s, v, pure) for s in rest[:readers[-1]]):
            return False
    return True


def _inlined_in(block: ir.Block, counts: dict[str, tuple[int, int]], pure: frozenset[str]) -> bool:
    changed = False
    i = 0
    while i < len(block.stmts):
        run: list[tuple[str, ir.Expr]] = []
        j = i
        while j < len(block.stmts) and _store(block.stmts[j], pure) is not None:
            run.append(_store(block.stmts[j], pure))
            j += 1
        if not run or j == len(block.stmts):
            i = j + 1 if not run else j
            continue
        # the longest run of such stores just before the statement (a store before
        # them, the script's own `ip_saddr = 1`, stays)
        rest = block.stmts[j:]
        k = next((k for k in range(len(run)) if _foldable(run[k:], rest, counts, pure)), None)
        if k is None:
            i = j
            continue
        values = dict(run[k:])

        def read(x):
            if isinstance(x, ir.Var) and x.scope == "local" and x.name in values:
                got = copy.deepcopy(values[x.name])
                got.loc = x.loc
                return got
            return x
        block.stmts[i + k:] = [ir.map_tree(s, read) for s in rest]
        changed = True
        i += k + 1
    return changed


def _probe_inlined(p: ir.Probe, pure: frozenset[str]) -> ir.Probe:
    roots = [p.body] + ([p.predicate] if p.predicate is not None else [])
    if not any(_store(x, pure) for x in ir.walk(p.body) if isinstance(x, ir.ExprStmt)):
        return p
    # (stores, reads) of each local in the whole probe
    stores: dict[str, int] = {}
    for x in ir.walk(roots):
        if isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var) and x.target.scope == "local":
            stores[x.target.name] = stores.get(x.target.name, 0) + 1
    # (a store's own target is not a read: walk sees it as a Var under the Assign)
    counts = {n: (k, _reads(roots, n) - k) for n, k in stores.items()}
    q = copy.deepcopy(p)
    changed = False
    for b in [x for x in ir.walk(q.body) if isinstance(x, ir.Block)]:
        changed = _inlined_in(b, counts, pure) or changed
    return q if changed else p


def member_locals_inlined(prog: ir.Program) -> ir.Program:
    """`prog` (a stap port of D) with the locals it keeps a D network provider member's
    read in (`ip_saddr = ...` just before the one statement that reads it) written as
    that read where they are read."""
    pure = pure_functions(prog)
    return ir.probes_rewritten(prog, lambda p: _probe_inlined(p, pure))
