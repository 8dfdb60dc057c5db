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
writes it (the kernel's %pI6c, zero groups compressed) where stap's
format_ipaddr() writes all eight groups (%pI6).
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir

_FORMAT = "format_ipaddr"
_ADDRESSES = ("__ip_sock_saddr", "__ip_sock_daddr")
# what format_ipaddr() returns for a family that is neither
_UNKNOWN = "*unknown address family*"
# the families by the names D's net.d gives them, as a porter writes them
_AF_NAMES = {2: "AF_INET", 10: "AF_INET6"}


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

    def fn(x):
        shape = _shape(x, funcs)
        return _as_inet_ntop(x, *shape, funcs) if shape else x

    ir.map_code(prog, fn)
    return prog


def _shape(x, funcs: dict[str, ir.Function]) -> Optional[tuple[str, ir.Expr, ir.Expr]]:
    """(the address function, its socket, the family) of a format_ipaddr() call of
    a socket's address; None for any other node."""
    if not (isinstance(x, ir.FuncCall) and x.name == _FORMAT and len(x.args) == 2):
        return None
    addr, family = x.args
    if not (isinstance(addr, ir.FuncCall) and addr.name in _ADDRESSES and addr.name in funcs
            and len(addr.args) == 1):
        return None
    if _member(funcs[addr.name], 2) is None or _member(funcs[addr.name], 10) is None:
        return None
    return addr.name, addr.args[0], family


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
