"""A packet header's pointer in a clause-local, as a D porter keeps it.

stap's tcp.stp reads a received segment's headers through their types
(`@cast(tcphdr, "tcphdr")->syn`, frontends/stap/library_tcp.py), each member through the
header's address, `skb->head + skb->transport_header`. The D port reads the members of
the same cast (`((struct tcphdr *)(args[0]->head + args[0]->transport_header))->syn`);
written out at each read, that cast comes eight times in one clause. A porter writes the
pointer once and reads the members through it, as the kernel's own code does
(`th = tcp_hdr(skb)`, `iph = ip_hdr(skb)`):

    this->th = (struct tcphdr *)(args[0]->head + args[0]->transport_header);
    this->syn = this->th->syn;

The pointer is set at the clause's top; its sum reads only the skb the probe was given
(which no statement of the clause stores), so setting it there changes nothing the clause
prints. The clause's predicate, which D runs before any
statement, keeps the cast where it reads it. The way back into stap writes the cast again
where the local is read (ir/headerlocals.py header_pointer_locals_inlined), so the stap
port of this D is the one of the cast written out.
"""

from __future__ import annotations

import copy
from typing import Iterator

from xtrace.ir import nodes as ir
from xtrace.ir.clause_errors import clause_try_guard, is_clause_try
from xtrace.ir.headerlocals import header_offset
from xtrace.ir.types import Type

# the kernel's own names for these header pointers (net/ipv4/tcp_ipv4.c's `th`, `iph`)
_NAMES = {"struct iphdr *": "iph", "struct ipv6hdr *": "ip6h", "struct tcphdr *": "th",
          "struct udphdr *": "uh", "struct ethhdr *": "eth", "struct icmphdr *": "icmph"}


def _header_cast(x) -> bool:
    """Whether `x` is a cast of a packet header's address to a pointer to its header."""
    return isinstance(x, ir.KernelCast) and x.ctype.endswith("*") and header_offset(x.expr) is not None


def _name(ctype: str, taken: set[str]) -> str:
    base = _NAMES.get(ctype) or ctype.replace("struct ", "").rstrip(" *").replace(" ", "_")
    name, n = base, 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    return name


def _stored_vars(block: ir.Block) -> set[tuple[str, str]]:
    """(scope, name) of each variable `block` stores or steps."""
    return {(x.target.scope, x.target.name) for x in ir.walk(block)
            if isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var)}


def _statements(p: ir.Probe) -> tuple[ir.Block, int]:
    """The block the clause's statements are in and the index of its first one the D
    printer writes as a statement: a stap clause try block is the clause itself, and
    the test that starts it its predicate (ir/clause_errors.py clause_try_guard)."""
    if not is_clause_try(p.body):
        return p.body, 0
    return p.body.stmts[0].body, 1 if clause_try_guard(p) is not None else 0


def written_nodes(node) -> Iterator[ir.Expr | ir.Stmt]:
    """Every node under `node` the D printer writes from the tree: not under a
    Translated node (written as its text: a D provider's `args[2]->ip_saddr`), nor the
    members of a d_path() lowering (task_dentry_path(curthread, p->dentry, p->mnt),
    written `d_path(p)`); of a test that is stap's @defined() as analysis resolved
    it, only the arm the printer writes."""
    if isinstance(node, list):
        for x in node:
            yield from written_nodes(x)
        return
    yield node
    if isinstance(node, ir.Translated) or (isinstance(node, ir.Call) and node.name == "task_dentry_path"):
        return
    if isinstance(node, (ir.Ternary, ir.If)) and ir.defined_outcome(node.cond) is not None:
        taken = node.then if ir.defined_outcome(node.cond) else node.else_
        if taken is not None:
            yield from written_nodes(taken)
        return
    for x in ir.children(node):
        yield from written_nodes(x)


def _hoisted(p: ir.Probe, taken: frozenset[str], given: dict[str, str]) -> ir.Probe:
    block, first = _statements(p)
    casts = ir.equal_counts(x for x in written_nodes(block.stmts[first:]) if _header_cast(x))
    stored = _stored_vars(block)
    # read more than once, of an skb no statement of the clause changes
    wanted = [c for c, n in casts if n >= 2 and not any(
        isinstance(v, ir.Var) and (v.scope, v.name) in stored for v in ir.walk(c.expr))]
    if not wanted:
        return p
    p = copy.deepcopy(p)
    block, first = _statements(p)
    stores: list[ir.Stmt] = []
    mine: set[str] = set()
    for cast in wanted:
        # one name for a header's pointer in every clause (the same type each time)
        name = given.get(cast.ctype)
        if name is None or name in mine:
            name = _name(cast.ctype, taken | mine | set(given.values()))
            given.setdefault(cast.ctype, name)
        mine.add(name)
        var = ir.Var(name, "local", loc=cast.loc, type=Type("int", 64, False, ctype=cast.ctype))

        def swap(x, cast=cast, var=var):
            return copy.deepcopy(var) if isinstance(x, ir.KernelCast) and x == cast else x
        block.stmts[first:] = [ir.map_tree(s, swap) for s in block.stmts[first:]]
        stores.append(ir.ExprStmt(ir.Assign(copy.deepcopy(var), "=", copy.deepcopy(cast),
                                            loc=cast.loc, type=var.type), loc=cast.loc))
    # at the clause's top, in the order the clause first reads them
    block.stmts[first:first] = stores
    return p


def header_pointers_as_locals(prog: ir.Program) -> ir.Program:
    """`prog` with each clause's cast of a packet header's address it reads more than
    once kept in a clause-local pointer (`this->th`, one name for a header's type in
    every clause), set at the clause's top; `prog` itself when no clause has one."""
    taken = frozenset(x.name for p in prog.probes for x in ir.walk([p.body, p.predicate])
                      if isinstance(x, ir.Var) and x.scope == "local")
    given: dict[str, str] = {}
    return ir.probes_rewritten(prog, lambda p: _hoisted(p, taken, given))
