"""A chain of named constants' texts as one stap function, as a porter writes the table.

ip.d's ipv4_protostr and ipv6_nextstr are each a ternary over the protocol number
(frontends/d/ipprovider.py _proto_string): `p == IPPROTO_TCP ? "TCP" : p ==
IPPROTO_UDP ? "UDP" : ... : lltostr(p)`, fifteen arms written out where the member is
read, on a line of 1,200 columns. A porter writes the table once, as tcp.d's
tcp_state_string[] already is a function of the port:

    function ipproto_string:string(ipproto:long)
    {
        return ipproto == 6 ? "TCP" :
        ...
    }

    ... ipproto_string(@cast(iphdr, "iphdr")->protocol) ...

A chain qualifies when every arm tests one value, read without effects, against a
constant the source named, the names sharing a prefix (IPPROTO_), and gives a
string literal; its last value may read the tested one (lltostr(p)). The function
is named for the prefix. The call reads the tested value once where the chain
read it at each arm, and reads it first as the chain did: no fault moves.
"""

from __future__ import annotations

import copy
import dataclasses
import os
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT64, STRING

# fewer arms than this read well as they are
_FEWEST_ARMS = 4

# what the tested value may be made of (no calls, no stores)
_READS = (ir.Binary, ir.Unary, ir.IntLit, ir.KernelMember, ir.KernelCast, ir.ProbeArg, ir.Var,
          ir.Translated, ir.Cast)


def _arms(e: ir.Expr) -> Optional[tuple[ir.Expr, list[tuple[ir.IntLit, str]], ir.Expr]]:
    """(the tested value, the arms' constants and texts, the last value) of a chain."""
    subject, arms = None, []
    while isinstance(e, ir.Ternary) and isinstance(e.then, ir.StrLit) \
            and isinstance(e.cond, ir.Binary) and e.cond.op == "==" \
            and isinstance(e.cond.rhs, ir.IntLit) and e.cond.rhs.name:
        if subject is None:
            subject = e.cond.lhs
        elif e.cond.lhs != subject:
            break
        arms.append((e.cond.rhs, e.then.value))
        e = e.else_
    if subject is None or len(arms) < _FEWEST_ARMS \
            or not all(isinstance(x, _READS) for x in ir.walk(subject)):
        return None
    # the last value: constants and the tested value alone
    if not _only_reads(e, subject):
        return None
    return subject, arms, e


def _only_reads(e: ir.Expr, subject: ir.Expr) -> bool:
    if e == subject or isinstance(e, (ir.IntLit, ir.StrLit)):
        return True
    if isinstance(e, ir.Call):
        return all(_only_reads(a, subject) for a in e.args)
    return False


def _prefix(names: list[str]) -> Optional[str]:
    common = os.path.commonprefix(names)
    common = common[:common.rfind("_")] if "_" in common else ""
    return common.lower() if common and common.replace("_", "").isalpha() else None


def _function(name: str, param: str, arms: list[tuple[ir.IntLit, str]], last: ir.Expr,
              subject: ir.Expr, loc) -> ir.Function:
    var = ir.Var(param, "local", loc=loc, type=INT64)

    # (the last value's reads of the tested value are the parameter's)
    def as_param(x):
        return copy.deepcopy(var) if x == subject else x
    value = ir.map_tree(copy.deepcopy(last), as_param)
    for lit, text in reversed(arms):
        test = ir.Binary("==", copy.deepcopy(var), copy.deepcopy(lit), loc=loc, type=INT64)
        value = ir.Ternary(test, ir.StrLit(text, loc=loc, type=STRING), value, loc=loc, type=STRING)
    return ir.Function(name, [ir.Param(param, INT64)], ir.Block([ir.Return(value, loc=loc)], loc=loc),
                       ret=STRING, loc=loc)


def name_tables_as_functions(prog: ir.Program) -> ir.Program:
    """`prog` with each chain of named constants' texts a call of one function per table."""
    taken = {f.name for f in prog.functions} | {g.name for g in prog.globals}
    made: dict[str, ir.Function] = {}

    def table(e) -> Optional[ir.Expr]:
        found = _arms(e) if isinstance(e, ir.Ternary) else None
        prefix = found and _prefix([lit.name for lit, _ in found[1]])
        if not prefix:
            return None
        subject, arms, last = found
        name = f"{prefix}_string"
        f = _function(name, prefix, arms, last, subject, e.loc)
        if name in made and made[name].body != f.body or name not in made and name in taken:
            return None
        made.setdefault(name, f)
        return ir.FuncCall(name, [subject], loc=e.loc, type=STRING)

    new = outermost_in_probes(prog, table)
    if not made:
        return prog
    new.functions = list(new.functions) + list(made.values())
    return new


def outermost_in_probes(prog: ir.Program, pick) -> ir.Program:
    """A copy of `prog` with outermost_first(pick) over each probe's body and predicate."""
    new = copy.deepcopy(prog)
    for p in new.probes:
        p.body = outermost_first(p.body, pick)
        if p.predicate is not None:
            p.predicate = outermost_first(p.predicate, pick)
    return new


def outermost_first(node, pick):
    """`node` with each outermost expression pick() replaces replaced (in place where
    it can be): a chain is replaced whole, not from its tail."""
    if isinstance(node, ir.Expr):
        r = pick(node)
        if r is not None:
            return r
    if isinstance(node, (ir.Expr, ir.Stmt)) and dataclasses.is_dataclass(node):
        for fld in dataclasses.fields(node):
            if fld.name in ("loc", "type"):
                continue
            v = getattr(node, fld.name)
            if isinstance(v, list):
                setattr(node, fld.name, [outermost_first(x, pick) for x in v])
            elif isinstance(v, (ir.Expr, ir.Stmt)):
                setattr(node, fld.name, outermost_first(v, pick))
    return node
