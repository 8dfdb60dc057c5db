"""D's tcp provider's socket-side members as stap functions of the socket, as a porter
writes them.

tcp.d's translators read a socket's addresses and ports through its sock_common
(frontends/d/tcpprovider.py): args[3]->tcps_laddr is `skc_family == AF_INET ?
inet_ntop(AF_INET, &skc_rcv_saddr) : skc_family == AF_INET6 ? inet_ntop(AF_INET6,
&skc_v6_rcv_saddr) : "<unknown>"`, written out at each read (tcp_ipv6's port had a
line of 493 columns). A porter writes one function per derived value and calls it
where the value is read:

    function sk_laddr:string(sk:long)
    {
        return @cast(sk, "sock")->__sk_common->skc_family == 2 ? ... : "<unknown>"
    }

    ... sk_laddr($sk) ...

An expression qualifies when it is one of the translator's socket readings (built
here by the translator's own builders, so the two cannot drift) of a socket value
read without effects. The call evaluates that value where the expression first
read it, and the function's reads through it are the expression's, in its order:
a read that faults faults at the call, inside the clause's try block, where the
written-out expression did.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Callable, Optional

from xtrace.frontends.d import tcpprovider as tcp
from xtrace.frontends.d.translators import _bin, _cond, _int, _mem
from xtrace.ir import nodes as ir
from xtrace.ir.loc import NOLOC
from xtrace.ir.types import INT64, STRING, Type

from .print_nametables import _READS, outermost_in_probes

# the socket the builders read through, bound to what the expression reads
_SK = "\0sk"


def _common(sk, *path: str):
    return _mem(tcp._cast(sk, "struct sock *"), "__sk_common", *path)


def _lport(sk):
    sport = _mem(tcp._cast(sk, "struct inet_sock *"), "inet_sport")
    return _cond(sport, tcp._ntohs(sport), _common(sk, "skc_num"))


def _ipver(sk):
    family = _common(sk, "skc_family")
    return _cond(_bin("==", family, _int(tcp._AF_INET)), _int(4),
                 _cond(_bin("==", family, _int(tcp._AF_INET6)), _int(6), _int(0)))


# function name -> (its return type, the translator's reading of socket `sk`)
_READINGS: dict[str, tuple[Type, Callable]] = {
    "sk_laddr": (STRING, lambda sk: tcp._sock_addr(sk, "skc_rcv_saddr", "skc_v6_rcv_saddr")),
    "sk_raddr": (STRING, lambda sk: tcp._sock_addr(sk, "skc_daddr", "skc_v6_daddr")),
    "sk_lport": (INT64, _lport),
    "sk_rport": (INT64, lambda sk: tcp._ntohs(_common(sk, "skc_dport"))),
    "sk_ipver": (INT64, _ipver),
}


def _template(name: str) -> ir.Expr:
    return _READINGS[name][1](lambda loc: ir.ProbeArg(_SK, loc=loc))(NOLOC)


def _bind(pattern, e, found: list) -> bool:
    """Does `e` read as `pattern` with its socket placeholder one value (kept in found)?"""
    if isinstance(pattern, ir.ProbeArg) and pattern.name == _SK:
        if not isinstance(e, ir.Expr) or not all(isinstance(x, _READS) for x in ir.walk(e)):
            return False
        if found and found[0] != e:
            return False
        found[:1] = [e]
        return True
    if type(pattern) is not type(e):
        return False
    if isinstance(pattern, list):
        return len(pattern) == len(e) and all(_bind(p, x, found) for p, x in zip(pattern, e))
    if not dataclasses.is_dataclass(pattern):
        return pattern == e
    for fld in dataclasses.fields(pattern):
        if fld.compare and not _bind(getattr(pattern, fld.name), getattr(e, fld.name), found):
            return False
    return True


def _function(name: str, loc) -> ir.Function:
    ret, _ = _READINGS[name]
    param = ir.Var("sk", "local", loc=loc, type=INT64)
    body = ir.map_tree(_template(name),
                       lambda x: copy.deepcopy(param) if isinstance(x, ir.ProbeArg) and x.name == _SK else x)
    return ir.Function(name, [ir.Param("sk", INT64)], ir.Block([ir.Return(body, loc=loc)], loc=loc),
                       ret=ret, loc=loc)


def socket_fields_as_functions(prog: ir.Program) -> ir.Program:
    """`prog` with each of the tcp translators' socket readings a call of its function."""
    taken = {f.name for f in prog.functions} | {g.name for g in prog.globals}
    templates = {name: _template(name) for name in _READINGS if name not in taken}
    used: dict[str, ir.Function] = {}

    def reading(e) -> Optional[ir.Expr]:
        value = e.value if isinstance(e, ir.Translated) else e
        for name, pattern in templates.items():
            found: list = []
            if _bind(pattern, value, found) and found:
                used.setdefault(name, _function(name, e.loc))
                return ir.FuncCall(name, [found[0]], loc=e.loc, type=_READINGS[name][0])
        return None

    new = outermost_in_probes(prog, reading)
    if not used:
        return prog
    new.functions = list(new.functions) + [used[n] for n in _READINGS if n in used]
    return new
