"""A packet's header address in a local, as a stap porter keeps it.

D's tcp, udp and ip providers read each member through the packet's header
(frontends/d/tcpprovider.py _header): `skb->head + skb->network_header`, written out
in stap wherever a member is read, a dozen times in one printf. A porter computes
the address once at the top of the probe, as stap's own tapsets do
(tapset/linux/ip.stp's `iphdr = __get_skb_iphdr($skb)`):

    iphdr = $skb->head + $skb->network_header
    ... @cast(iphdr, "iphdr")->version ...

The sum reads only the skb the kernel gave the probe, which a porter does not expect
to fault (ir/faultfirst.py says the same of such reads): moving it to the top
changes no clause's output. The reads through the address stay where they were. The way back to D writes
the sum again where the local is read (ir/headerlocals.py).
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.headerlocals import header_offset
from xtrace.ir.types import INT64

from .irwalk import local_names

# the local's name by the header's offset member (the transport header's: the C type
# it is read as)
_NAMES = {"network_header": "iphdr", "transport_header": None, "mac_header": "machdr"}


def _name(offset: str, casts: set[str], taken: set[str]) -> str:
    name = _NAMES[offset]
    if name is None:  # the transport header: named for the one header it is read as
        kinds = {c.replace("struct ", "").rstrip(" *") for c in casts}
        name = kinds.pop() if len(kinds) == 1 else "thdr"
    base, n = name, 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    return name


def _hoisted(p: ir.Probe, globals_: frozenset[str] = frozenset()) -> ir.Probe:
    roots = [p.body] + ([p.predicate] if p.predicate is not None else [])
    found: list[tuple[ir.Expr, str]] = []
    counts: list[int] = []
    casts: list[set[str]] = []
    for x in ir.walk(roots):
        addr = x.expr if isinstance(x, ir.KernelCast) else x
        offset = header_offset(addr)
        if offset is None:
            continue
        i = next((i for i, (a, _) in enumerate(found) if a == addr), None)
        if i is None:
            i = len(found)
            found.append((addr, offset))
            counts.append(0)
            casts.append(set())
        if x is addr:  # (walk() sees a cast's address again, as its child)
            counts[i] += 1
        else:
            casts[i].add(x.ctype)
    wanted = [(addr, off, cs) for (addr, off), n, cs in zip(found, counts, casts) if n >= 2]
    if not wanted or (p.predicate is not None and any(header_offset(x) for x in ir.walk(p.predicate))):
        return p
    p = copy.deepcopy(p)
    taken = set(local_names(p)) | globals_  # (a store to a global's name is the global's)
    stores: list[ir.Stmt] = []
    for addr, off, cs in wanted:
        name = _name(off, cs, taken)
        taken.add(name)
        var = ir.Var(name, "local", loc=addr.loc, type=INT64)

        def swap(x, addr=addr, var=var):
            return copy.deepcopy(var) if x == addr and isinstance(x, ir.Binary) else x
        p.body = ir.map_tree(p.body, swap)
        stores.append(ir.ExprStmt(ir.Assign(copy.deepcopy(var), "=", addr, loc=addr.loc, type=INT64),
                                  loc=addr.loc))
    block = _first_try(p.body) or p.body
    block.stmts[:0] = stores
    return p


def _first_try(body: ir.Block) -> Optional[ir.Block]:
    """The clause's try block, where the body is one (with guards before it)."""
    tries = [s for s in body.stmts if isinstance(s, ir.Try)]
    if len(tries) != 1:
        return None
    rest = [s for s in body.stmts if s is not tries[0]]
    used = [x for x in ir.walk(rest) if header_offset(x)]
    return None if used else tries[0].body


def header_addresses_as_locals(prog: ir.Program) -> ir.Program:
    """`prog` with each probe's packet header address it reads more than once kept in a
    local set at the probe's top (inside its clause try block)."""
    names = frozenset(g.name for g in prog.globals)
    return ir.probes_rewritten(prog, lambda p: _hoisted(p, names))
