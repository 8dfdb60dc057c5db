"""stap's socket addresses as text, in D: format_ipaddr() of __ip_sock_saddr() or
__ip_sock_daddr() as D's inet_ntop() of the address's member.

A stap script prints a socket's addresses with
`format_ipaddr(__ip_sock_saddr(sk), __ip_sock_family(sk))` (tcp.stp's aliases do
the same for their `saddr` / `daddr`). The tapset functions behind it branch on
the family and hand an IPv4 address over by value and an IPv6 one by its
address, which D cannot write as functions; a D user writes the member's address
to inet_ntop() for each family:

    this->af == AF_INET ? inet_ntop(AF_INET, &((struct inet_sock *)sk)->inet_saddr)
        : this->af == AF_INET6 ? inet_ntop(AF_INET6, &...->pinet6->saddr) : "..."

which is what this pass writes, the members taken from xtrace's own tapset code
(library_tcp.SOCK_FUNCS), so the port reads the same kernel fields stap does.
An IPv4 address prints the same; an IPv6 one is written as D's inet_ntop()
writes it (the kernel's %pI6c, zero groups compressed: `::1`) where stap's
format_ipaddr() writes all eight groups of four digits (ip.stp's %pI6:
`0000:0000:0000:0000:0000:0000:0000:0001`). D has no sprintf() and no other
function that writes an address so; the nearest is inet_ntop(), and the port says
so above the first statement that calls it there (IPV6_NOTE; the calls' places
are kept in the program's options under IPV6_KEY for the D printer). Where only a
bare `%s` of a printf prints the text, the printf writes the eight groups itself
(`%04x:...:%04x`, frontends/d/ipv6groups.py) and no inet_ntop() is left to note.

A packet's IPv4 addresses, `format_ipaddr(__ip_skb_daddr(iphdr), AF_INET())`
(ip.stp's readers of the header __get_skb_iphdr() finds, the family a constant:
nfs_proc.stp's AF_INET() or 2), are D's `inet_ntop(AF_INET, &hdr->daddr)` of the
same member.

ip.stp's `ip_ntop(addr)` is format_ipaddr(addr, AF_INET); of a kernel member
holding an IPv4 address (`$sk->__sk_common->skc_daddr`, ip.stp's packet readers)
it is D's `inet_ntop(AF_INET, &member)`: the four bytes as they lie in memory,
which is the order stap's %pI4 writes them in.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir

_FORMAT = "format_ipaddr"
_ADDRESSES = ("__ip_sock_saddr", "__ip_sock_daddr")
# ip.stp's readers of a packet's IPv4 header: one member each, IPv4 only
_SKB_ADDRESSES = ("__ip_skb_saddr", "__ip_skb_daddr")
# ip.stp's format_ipaddr(addr, AF_INET)
_NTOP = "ip_ntop"
# the shapes' names for an IPv4 address read from a kernel member itself, and
# for an IPv6 one handed over by its member's address (tcp.ipv6.receive's)
_MEMBER = ""
_MEMBER6 = "&"
# what format_ipaddr() returns for a family that is neither
_UNKNOWN = "*unknown address family*"
# the families by the names D's net.d gives them, as a porter writes them
_AF_NAMES = {2: "AF_INET", 10: "AF_INET6"}
# Program.options' key for the places of the inet_ntop(AF_INET6) calls written for
# stap's format_ipaddr(), and what the D port says above the first
IPV6_KEY = "ipv6_compressed"
IPV6_NOTE = ("stap's format_ipaddr() writes an IPv6 address with all eight groups\n"
             "(%pI6: 0000:0000:0000:0000:0000:0000:0000:0001); D's inet_ntop(), the\n"
             "nearest D has, compresses them (::1)")


def sock_addresses_as_inet_ntop(prog: ir.Program) -> ir.Program:
    """`prog` with stap's format_ipaddr(__ip_sock_saddr(s) or __ip_sock_daddr(s), af)
    written as a test of `af` choosing D's inet_ntop() of the IPv4 or the IPv6
    member (the tapset functions no longer called then go with the inlining);
    `prog` itself when it has no such call."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    funcs = {f.name: f for f in prog.functions if f.loc.file == TAPSET_FILE}
    if _FORMAT not in funcs or not any(
            _shape(x, funcs) for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)
    funcs = {f.name: f for f in prog.functions if f.loc.file == TAPSET_FILE}
    for p in prog.probes:
        _families_stored(p, funcs)

    def fn(x):
        shape = _shape(x, funcs)
        if shape and shape[0] in (_MEMBER, _MEMBER6):
            return _member_as_inet_ntop(x, shape[1], 10 if shape[0] == _MEMBER6 else 2)
        if shape and shape[0] in _SKB_ADDRESSES:
            return _skb_as_inet_ntop(x, shape[0], shape[1], funcs)
        return _as_inet_ntop(x, *shape, funcs) if shape else x

    ir.map_code(prog, fn)
    places = {x.loc for root in ir.program_roots(prog) for x in ir.walk(root)
              if isinstance(x, ir.Call) and x.name == "inet_ntop" and x.args
              and isinstance(x.args[0], ir.IntLit) and x.args[0].value == 10}
    if places:
        prog.options = {**(prog.options or {}),
                        IPV6_KEY: (prog.options or {}).get(IPV6_KEY, frozenset()) | places}
    return prog


def _families_stored(probe: ir.Probe, funcs: dict[str, ir.Function]) -> None:
    """The family a probe's statement passes as a call (`__ip_sock_family(sock)`)
    stored first in a local, `family`, that the family tests read (in place): the
    port tests it twice an address, as a porter tests `this->family`. One store
    serves the statements after it while none of them stores what the call reads.
    Only a call the statement makes whatever happens (the value it stores, an
    argument it prints): one under an `if` or a `?:` may be guarded against the
    socket it reads, which a store before the statement would read regardless."""
    if not isinstance(probe.body, ir.Block):
        return
    taken = {x.name for x in ir.walk(probe.body) if isinstance(x, ir.Var)}
    held: list[tuple[ir.Expr, ir.Var]] = []  # a family call and the local holding it
    stmts: list[ir.Stmt] = []
    for st in probe.body.stmts:
        for x in _evaluated_always(st):
            shape = _shape(x, funcs)
            if shape is None or not isinstance(shape[2], ir.FuncCall):
                continue
            var = next((v for e, v in held if e == shape[2]), None)
            if var is None:
                name = next(n for n in ("family", *(f"family{i}" for i in range(2, 99)))
                            if n not in taken)
                taken.add(name)
                var = ir.Var(name, "local", loc=x.loc)
                held.append((copy.deepcopy(shape[2]), var))
                stmts.append(ir.ExprStmt(ir.Assign(copy.deepcopy(var), "=", copy.deepcopy(shape[2]),
                                                   loc=x.loc), loc=x.loc))
            x.args[1] = copy.deepcopy(var)
        stmts.append(st)
        # a store into what a held call reads ends its holding
        stored = {y.target.name for y in ir.walk(st) if isinstance(y, (ir.Assign, ir.IncDec))
                  and isinstance(getattr(y, "target", None), ir.Var)}
        held = [(e, v) for e, v in held
                if not any(isinstance(y, ir.Var) and y.name in stored for y in ir.walk(e))]
    probe.body.stmts = stmts


def _evaluated_always(st: ir.Stmt) -> list[ir.Expr]:
    """The expressions top-level statement `st` evaluates each time it runs: the value
    an assignment stores, the arguments a printf prints."""
    if isinstance(st, ir.ExprStmt) and isinstance(st.expr, ir.Assign):
        return [st.expr.value]
    if isinstance(st, ir.Printf):
        return list(st.args)
    return []


def _shape(x, funcs: dict[str, ir.Function]) -> Optional[tuple[str, ir.Expr, ir.Expr]]:
    """(the address function, its socket, the family) of a format_ipaddr() call of
    a socket's address, of a packet's or of a kernel member's IPv4 address (an
    ip_ntop() call too); None for any other node."""
    if isinstance(x, ir.FuncCall) and x.name == _NTOP and len(x.args) == 1 and _NTOP in funcs:
        addr, family = x.args[0], ir.IntLit(2, loc=x.loc)
    elif isinstance(x, ir.FuncCall) and x.name == _FORMAT and len(x.args) == 2:
        addr, family = x.args
    else:
        return None
    if _ipv4_member(addr) and _constant(family, funcs) == 2:
        return _MEMBER, addr, family
    if isinstance(addr, ir.KernelMember) and addr.addr_of and _constant(family, funcs) == 10:
        return _MEMBER6, addr, family
    if isinstance(addr, ir.FuncCall) and addr.name in _SKB_ADDRESSES and addr.name in funcs \
            and len(addr.args) == 1 and _only_member(funcs[addr.name]) is not None \
            and _constant(family, funcs) == 2:
        return addr.name, addr.args[0], family
    if not (isinstance(addr, ir.FuncCall) and addr.name in _ADDRESSES and addr.name in funcs
            and len(addr.args) == 1):
        return None
    if _member(funcs[addr.name], 2) is None or _member(funcs[addr.name], 10) is None:
        return None
    return addr.name, addr.args[0], family


def _ipv4_member(e: ir.Expr) -> bool:
    """Whether `e` reads a 32-bit kernel member, whose address D's inet_ntop() takes."""
    t = getattr(e, "type", None)
    return (isinstance(e, ir.KernelMember) and not e.addr_of and e.bitfield is None
            and not e.array_addr and (t is None or t.is_int and t.bits == 32))


def _constant(e: ir.Expr, funcs: dict[str, ir.Function]) -> Optional[int]:
    """The integer `e` always is: a literal, or a call of a tapset function that
    only returns one (AF_INET()); None otherwise."""
    v = ir.int_constant(e)
    if v is not None:
        return v
    if isinstance(e, ir.FuncCall) and not e.args and e.name in funcs:
        value = _only_return(funcs[e.name])
        return ir.int_constant(value) if value is not None else None
    return None


def _only_return(f: ir.Function) -> Optional[ir.Expr]:
    """The value `f` returns as its one statement, else None."""
    body = f.body.stmts
    return body[0].value if len(body) == 1 and isinstance(body[0], ir.Return) else None


def _only_member(f: ir.Function) -> Optional[ir.KernelMember]:
    """The member `f` returns as its one statement (ip.stp's `return
    @cast(iphdr, "iphdr")->daddr`)."""
    value = _only_return(f)
    return value if isinstance(value, ir.KernelMember) else None


def _member(f: ir.Function, af: int) -> Optional[ir.KernelMember]:
    """The member `f` returns for family `af` (its `if (f == af) return ...`)."""
    for s in f.body.stmts:
        if isinstance(s, ir.If) and isinstance(s.cond, ir.Binary) and s.cond.op == "==" and \
                isinstance(s.cond.rhs, ir.IntLit) and s.cond.rhs.value == af and \
                isinstance(s.then, ir.Return) and isinstance(s.then.value, ir.KernelMember):
            return s.then.value
    return None


def _as_inet_ntop(call: ir.FuncCall, fname: str, sock: ir.Expr, family: ir.Expr,
                  funcs: dict[str, ir.Function]) -> ir.Expr:
    f = funcs[fname]
    param = f.params[0].name
    loc = call.loc

    def address(af: int) -> ir.Expr:
        member = ir.substituted(_member(f, af), lambda y: sock if isinstance(y, ir.Var)
                                and y.name == param and y.scope == "local" else None)
        member.addr_of = True  # the IPv4 value's member too: D's inet_ntop() reads it there
        return ir.Call("inet_ntop", [ir.IntLit(af, name=_AF_NAMES[af], loc=loc), member], loc=loc)

    def is_af(af: int) -> ir.Expr:
        return ir.Binary("==", copy.deepcopy(family), ir.IntLit(af, name=_AF_NAMES[af], loc=loc),
                         loc=loc)

    return ir.Ternary(is_af(2), address(2),
                      ir.Ternary(is_af(10), address(10), ir.StrLit(_UNKNOWN, loc=loc), loc=loc),
                      loc=loc)


def _skb_as_inet_ntop(call: ir.FuncCall, fname: str, iphdr: ir.Expr,
                      funcs: dict[str, ir.Function]) -> ir.Expr:
    """format_ipaddr() of a packet header's IPv4 address: D's inet_ntop(AF_INET, ...)
    of the member's address."""
    f = funcs[fname]
    param = f.params[0].name
    member = ir.substituted(_only_member(f), lambda y: iphdr if isinstance(y, ir.Var)
                            and y.name == param and y.scope == "local" else None)
    member.addr_of = True
    return ir.Call("inet_ntop", [ir.IntLit(2, name=_AF_NAMES[2], loc=call.loc), member], loc=call.loc)


def _member_as_inet_ntop(call: ir.FuncCall, member: ir.KernelMember, af: int) -> ir.Expr:
    """ip_ntop() (format_ipaddr(, AF_INET)) of a kernel member's IPv4 address, or
    format_ipaddr(&member, AF_INET6) of an IPv6 one: D's inet_ntop(af, &member)."""
    member = copy.deepcopy(member)
    member.addr_of = True
    return ir.Call("inet_ntop", [ir.IntLit(af, name=_AF_NAMES[af], loc=call.loc), member],
                   loc=call.loc)
