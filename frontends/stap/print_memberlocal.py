"""A D network provider member read in a local named after it, as a stap porter keeps it.

D's ip, tcp and udp translators read some members through a test of the packet's IP
version (frontends/d/ipprovider.py: `args[2]->ip_saddr` is the IPv4 header's source
address as text, or the IPv6 header's, or "<unknown>"). Written out where the clause
reads it, that conditional makes one statement 300 columns long, an aggregation's key
and its value each holding one. A stap porter computes such a read once, into a local
named for the member, just before the statement that uses it:

    ip_saddr = @cast(iphdr, "iphdr")->version == 4 ? ... : "<unknown>"
    ip_plength = @cast(iphdr, "iphdr")->version == 4 ? ... : 0
    bytes[ip_saddr, ntohs(@cast(tcphdr, "tcphdr")->dest)] <<< ip_plength - ...

Which reads: a member whose translation is such a conditional, or one the statement
reads more than once. Reads are told apart by their IR, not the members' names: udp's
udps_laddr is the very expression ip_saddr is at a send (ip_daddr at a receive), so
it reads that local, named for the member read first. Where that is exact: the statement is in the clause's try block
whose catch does nothing (a fault in the read ends the clause either way, and the
order in which the reads of one statement fault is not seen), and nothing in the
statement but its own store, print or update has an effect (no `x++` inside it a fault
in the read would now come before). The way back to D writes the read again where the
local is read (ir/memberlocals.py).
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.memberlocals import changes_reads, inner_effects, ip_version_test, pure_functions

from .irwalk import local_names

# D's network providers' members, as the translators spell them (`args[2]->ip_saddr`)
_MEMBER = re.compile(r"args\[\d+\]->((?:ip|ipv4|ipv6|tcp|tcps|udp|udps)_\w+)")


def _member(e) -> Optional[str]:
    """The D member `e` reads (`ip_saddr`), or None."""
    if isinstance(e, ir.Translated):
        m = _MEMBER.fullmatch(e.text)
        if m:
            return m.group(1)
    return None


def _wanted(s: ir.Stmt) -> list[tuple[str, ir.Translated]]:
    """The member reads of `s` to keep in a local, in the order `s` first reads them."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and isinstance(s.expr.value, ir.Translated) \
            and isinstance(s.expr.target, ir.Var):
        return []  # (the statement is already the read kept in a variable)
    reads = [x for x in ir.walk(s) if _member(x) is not None]
    # two members whose reads are one expression (udp's udps_laddr is ip_saddr at a
    # send, ip_daddr at a receive) are one read: one local, named for the first
    values = ir.equal_counts(r.value for r in reads)
    firsts = [next(r for r in reads if r.value == v) for v, _ in values]
    return [(_member(r), r) for r, (v, n) in zip(firsts, values) if n >= 2 or ip_version_test(v)]


def _reads(x, read: ir.Translated) -> bool:
    """Whether `x` is a member read of the same expression as `read` (of any member)."""
    return isinstance(x, ir.Translated) and x.value == read.value


def _hoisted_in(block: ir.Block, pure: frozenset[str], taken: set[str]) -> bool:
    changed = False
    out: list[ir.Stmt] = []
    # the reads kept so far in this block, (read, local): a later statement reading the
    # same reads the local (the packet's header, which the clause cannot write), until
    # a statement that could change what the read reads
    held: list[tuple[ir.Translated, ir.Var]] = []
    for s in block.stmts:
        wanted = _wanted(s) if not inner_effects(s, pure) else []
        reused = [(r, v) for r, v in held if not inner_effects(s, pure)
                  and any(_reads(x, r) for x in ir.walk(s))]
        for read, var in reused:
            s = _swapped(s, read, var)
        wanted = [(m, r) for m, r in wanted if not any(_reads(r, h) for h, _ in reused)]
        changed = changed or bool(reused) or bool(wanted)
        for member, read in wanted:
            name, n = member, 2
            while name in taken:
                name, n = f"{member}{n}", n + 1
            taken.add(name)
            var = ir.Var(name, "local", loc=read.loc, type=read.type)
            s = _swapped(s, read, var)
            out.append(ir.ExprStmt(ir.Assign(copy.deepcopy(var), "=", copy.deepcopy(read),
                                             loc=read.loc, type=read.type), loc=read.loc))
            held.append((read, var))
        held = [(r, v) for r, v in held if not changes_reads(s, r.value, pure)]
        out.append(s)
    block.stmts = out
    return changed


def _swapped(s: ir.Stmt, read: ir.Translated, var: ir.Var) -> ir.Stmt:
    return ir.map_tree(s, lambda x: copy.deepcopy(var) if _reads(x, read) else x)


def _hoisted(p: ir.Probe, pure: frozenset[str], globals_: frozenset[str]) -> ir.Probe:
    tries = [x for x in ir.walk(p.body) if isinstance(x, ir.Try)
             and not x.handler.stmts and x.catch_var is None]
    if not tries or not any(_member(x) is not None for x in ir.walk(tries)):
        return p
    q = copy.deepcopy(p)
    # one name per read for the whole probe (its clauses, merged, share its locals)
    taken = set(local_names(q)) | globals_
    changed = False
    for t in [x for x in ir.walk(q.body) if isinstance(x, ir.Try)
              and not x.handler.stmts and x.catch_var is None]:
        changed = _hoisted_in(t.body, pure, taken) or changed
    return q if changed else p


def member_reads_as_locals(prog: ir.Program) -> ir.Program:
    """`prog` with each long D network provider member read (a conditional on the IP
    version) or one a statement reads twice, in a statement of a clause try block,
    kept in a local named for the member, set just before that statement."""
    if prog.lang != "d":
        return prog
    pure = pure_functions(prog)
    names = frozenset(g.name for g in prog.globals) | frozenset(f.name for f in prog.functions)
    return ir.probes_rewritten(prog, lambda p: _hoisted(p, pure, names))
