"""A packet header's address: the sum a D provider reads each member through, and the
local a stap port keeps it in (frontends/stap/print_headerlocal.py), read back.

`skb->head + skb->network_header` (or transport_header, mac_header) reads only the
skb the kernel gave the probe. The stap port stores it at the top of its probe
(`iphdr = $skb->head + $skb->network_header`); a D port has no locals but this->,
and its predicate comes before any statement, so the way back writes the sum again
where the local is read, as the D source had it (tests/test_roundtrip.py compares
the two).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from . import nodes as ir
from .clause_errors import is_clause_try

# the skb members that give a header's offset from the skb's head
HEADER_OFFSETS = ("network_header", "transport_header", "mac_header")


def header_offset(e: ir.Expr) -> Optional[str]:
    """The skb member `e` adds to the skb's head (`head + network_header`), or None."""
    if not (isinstance(e, ir.Binary) and e.op == "+"):
        return None
    lhs, rhs = e.lhs, e.rhs
    if isinstance(lhs, ir.KernelMember) and isinstance(rhs, ir.KernelMember) \
            and lhs.path == ["head"] and len(rhs.path) == 1 and rhs.path[0] in HEADER_OFFSETS \
            and lhs.base == rhs.base and not any(isinstance(x, (ir.Call, ir.FuncCall, ir.Assign, ir.IncDec))
                                                 for x in ir.walk(lhs.base)):
        return rhs.path[0]
    return None


def _header_store(s: ir.Stmt) -> Optional[tuple[str, ir.Expr]]:
    """(local, address) of `s` when it is `local = skb->head + skb->X_header`."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local" \
            and header_offset(s.expr.value) is not None:
        return s.expr.target.name, s.expr.value
    return None


def _inlined(p: ir.Probe) -> ir.Probe:
    body = p.body
    block = body.stmts[0].body if len(body.stmts) == 1 and isinstance(body.stmts[0], ir.Try) else body
    stores = []
    for s in block.stmts:
        found = _header_store(s)
        if found is None:
            break
        stores.append(found)
    if not stores:
        return p
    names = {n for n, _ in stores}
    rest = block.stmts[len(stores):]
    # a local stored again (or stepped) later is the script's own variable
    if any(isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var)
           and x.target.scope == "local" and x.target.name in names for x in ir.walk(rest)) \
            or len(names) != len(stores):
        return p
    p = copy.deepcopy(p)
    block = p.body.stmts[0].body if block is not body else p.body
    values = {n: v for n, v in stores}
    del block.stmts[:len(stores)]

    def read(x):
        if isinstance(x, ir.Var) and x.scope == "local" and x.name in values:
            return copy.deepcopy(values[x.name])
        return x
    p.body = ir.map_tree(p.body, read)
    if p.predicate is not None:
        p.predicate = ir.map_tree(p.predicate, read)
    return p


def header_locals_inlined(prog: ir.Program) -> ir.Program:
    """`prog` with the header address locals its probes store first (in their clause
    try block, if one) written as the sums where they are read."""
    return ir.probes_rewritten(prog, _inlined)


def _held_cast(e: ir.Expr) -> bool:
    """Whether `e` is a pointer cast of a probe's argument or a clause-local (D's
    `(struct task_struct *)args[1]`, frontends/d/castptrs.py)."""
    return isinstance(e, ir.KernelCast) and e.ctype.endswith("*") and (
        isinstance(e.expr, ir.ProbeArg) or (isinstance(e.expr, ir.Var) and e.expr.scope == "local")
        or (isinstance(e.expr, ir.Builtin) and len(e.expr.name) == 4 and e.expr.name[:3] == "arg"
            and e.expr.name[3].isdigit()))


def _pointer_store(s: ir.Stmt, held: bool = False) -> Optional[tuple[str, ir.KernelCast]]:
    """(local, cast) of `s` when it is D's `this->th = (struct tcphdr *)(skb->head +
    skb->transport_header)`; with `held`, also `this->prev = (struct task_struct
    *)args[1]`, and stap's `prev = $prev` (the stap port of that D)."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local" \
            and ((isinstance(s.expr.value, ir.KernelCast) and header_offset(s.expr.value.expr) is not None)
                 or (held and (_held_cast(s.expr.value) or isinstance(s.expr.value, ir.ProbeArg)))):
        return s.expr.target.name, s.expr.value
    return None


def _pointers_inlined(p: ir.Probe, names: frozenset[str], held: bool = False) -> ir.Probe:
    if is_clause_try(p.body):  # (stap's clause try block: the clause's own statements)
        inner = dataclasses.replace(p, body=p.body.stmts[0].body)
        done = _pointers_inlined(inner, names, held)
        if done is inner:
            return p
        body = copy.deepcopy(p.body)
        body.stmts[0].body = done.body
        return dataclasses.replace(done, body=body)
    stores = {}
    for i, s in enumerate(p.body.stmts):
        found = _pointer_store(s, held)
        if found is not None and found[0] in names and found[0] not in stores:
            stores[found[0]] = (i, found[1])
    if not stores:
        return p
    # stored once, before anything reads it
    for x in ir.walk(p.body):
        if isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var) \
                and x.target.scope == "local" and x.target.name in stores \
                and not any(x is p.body.stmts[i].expr for i, _ in stores.values()):
            stores.pop(x.target.name)
    for name, (i, _) in list(stores.items()):
        if p.predicate is not None and any(isinstance(x, ir.Var) and x.scope == "local" and x.name == name
                                           for x in ir.walk(p.predicate)):
            stores.pop(name)
        elif any(isinstance(x, ir.Var) and x.scope == "local" and x.name == name
                 for x in ir.walk(p.body.stmts[:i])):
            stores.pop(name)
        elif _operand_stored(p.body.stmts[i:], stores[name][1]):
            stores.pop(name)  # (the cast's local changes after: the pointer holds the old one)
    if not stores:
        return p
    p = copy.deepcopy(p)
    drop = {i for i, _ in stores.values()}
    p.body.stmts = [s for i, s in enumerate(p.body.stmts) if i not in drop]
    casts = {n: c for n, (_, c) in stores.items()}
    for _ in range(len(casts)):
        # (one held through another, stap's `t = $p` then `task = @cast(t, ...)`: its
        # value read through the other's)
        casts = {n: ir.map_tree(copy.deepcopy(c), lambda x: copy.deepcopy(casts[x.name])
                                if isinstance(x, ir.Var) and x.scope == "local" and x.name in casts
                                and x.name != n else x)
                 for n, c in casts.items()}

    def read(x):
        if isinstance(x, ir.Var) and x.scope == "local" and x.name in casts:
            return copy.deepcopy(casts[x.name])
        return x
    p.body = ir.map_tree(p.body, read)
    if held:
        # (stap's `p = $p` read as @cast(p, "task_struct"): the cast of the argument
        # to its own type is the argument, as `$p->pid` reads)
        p.body = ir.map_tree(p.body, _own_type_cast_dropped)
    return p


def _own_type_cast_dropped(x):
    if isinstance(x, ir.KernelCast) and isinstance(x.expr, ir.ProbeArg) and x.expr.type is not None \
            and (x.expr.type.ctype or "").replace(" ", "") == x.ctype.replace(" ", ""):
        return x.expr
    return x


def _operand_stored(stmts: list[ir.Stmt], cast: ir.Expr) -> bool:
    """Whether `stmts` store a variable the operand of `cast` reads."""
    operand = cast.expr if isinstance(cast, ir.KernelCast) else cast
    read = {(v.scope, v.name) for v in ir.walk(operand) if isinstance(v, ir.Var)}
    return any(isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var)
               and (x.target.scope, x.target.name) in read for x in ir.walk(stmts))


def header_pointer_locals_inlined(prog: ir.Program, held: bool = False) -> ir.Program:
    """`prog` (D) with its clause-local pointers to a packet's header
    (`this->th = (struct tcphdr *)(args[0]->head + args[0]->transport_header)`, how a D
    porter keeps the cast, frontends/d/headerptrs.py) written as the cast where they
    are read: the form the stap port's header locals are made from
    (frontends/stap/print_headerlocal.py). Only a local each clause that names it
    stores so, once, before reading it: one a later clause of the same probe reads
    as it was left (D's this-> carried) stays. With `held`, also the pointer a D port
    keeps of a cast of the probe's argument or a local (frontends/d/castptrs.py:
    `this->prev = (struct task_struct *)args[1]`), where what it casts is not stored
    after it."""
    per_probe = []
    for p in prog.probes:
        mentioned = {x.name for x in ir.walk([p.body, p.predicate]) if isinstance(x, ir.Var) and x.scope == "local"}
        stored = {f[0] for f in (_pointer_store(s, held) for s in p.body.stmts) if f is not None}
        per_probe.append((mentioned, stored))
    names = frozenset(n for _, stored in per_probe for n in stored
                      if all(n in s or n not in m for m, s in per_probe))
    if not names:
        return prog
    return ir.probes_rewritten(prog, lambda p: _pointers_inlined(p, names, held))
