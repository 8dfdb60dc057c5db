"""stap's IPv6 address text printed by a bare `%s`, in D: its eight groups written
by the printf itself.

stap's format_ipaddr(addr, AF_INET6) (tcp.ipv6.receive's `saddr` and `daddr`) writes
the kernel's %pI6: eight groups of four lower-case hex digits, none compressed
(`0000:0000:0000:0000:0000:0000:0000:0001`). The D port's nearest function,
inet_ntop(AF_INET6, &addr) (frontends/sockaddr_port.py), compresses them (`::1`),
and D has no sprintf() to build the other text. But a printf can print it: where the
text is only ever printed by a bare `%s` (no flags, width or precision: those pad or
cut the text as a whole), the port writes that conversion as

    %04x:%04x:%04x:%04x:%04x:%04x:%04x:%04x

with the address's 16-bit groups as the arguments, each in host order as %pI6
takes them, the Linux struct in6_addr's `in6_u.u6_addr16[i]` through ntohs():

    printf("%s %04x:...:%04x\\n", this->name,
        ntohs(this->ipv6hdr->saddr.in6_u.u6_addr16[0]), ...);

This pass writes such an inet_ntop() call as the sprintf() of those groups, which
ir/sprintfsplice.py then splices into the printf's format (D has no sprintf: only a
spliced one is written). Two places qualify:

- the call itself a printf's bare-`%s` argument;
- a clause-local (stap's alias local, D's this->) stored once, at the top of the
  probe, from the call, whose every read is such an argument of a printf after the
  store, and none of whose address's variables is stored after it: the store is
  dropped and each read is the groups (the address is read where printed, not where
  stored; the header a tcp.ipv6.receive reads does not move in between).

A call used any other way (a key, a comparison, a padded `%-39s`) stays D's
inet_ntop(), under the port's note that it compresses (sockaddr_port.IPV6_NOTE).
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.frontends.sockaddr_port import IPV6_KEY
from xtrace.ir import nodes as ir
from xtrace.ir.byteorder import byte_swap
from xtrace.ir.types import Type

# the eight groups as %pI6 writes them
GROUPS_FORMAT = ":".join(["%04x"] * 8)
# the Linux struct in6_addr's array of the eight 16-bit groups (network order)
_GROUP_PATH = ["in6_u", "u6_addr16"]
_U16 = Type("int", 16, False)


def ipv6_texts_as_groups(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose inet_ntop(AF_INET6, &member) calls written for stap's
    format_ipaddr() (the places under sockaddr_port.IPV6_KEY) that only a bare `%s`
    prints are the sprintf() of the address's eight groups (the module says where);
    `prog` itself when it has none."""
    places = (prog.options or {}).get(IPV6_KEY)
    if not places:
        return prog
    out = copy.deepcopy(prog)
    changed = False
    for p in out.probes:
        if not isinstance(p.body, ir.Block):
            continue
        # (a predicate reading the local keeps it: _locals_forwarded sees the body only)
        changed |= _locals_forwarded(p.body, places, p.predicate)
        for s in ir.walk(p.body):
            if isinstance(s, ir.Printf):
                changed |= _printed_as_groups(s, places)
    return out if changed else prog


def is_ipv6_text(e, places) -> bool:
    """Whether `e` is an inet_ntop(AF_INET6, &member) written for format_ipaddr()."""
    return (isinstance(e, ir.Call) and e.name == "inet_ntop" and e.loc in places
            and len(e.args) == 2 and ir.int_constant(e.args[0]) == 10
            and isinstance(e.args[1], ir.KernelMember) and e.args[1].addr_of)


def groups_sprintf(call: ir.Call) -> ir.Sprintf:
    """The sprintf() of the eight groups of the address `call` (inet_ntop(AF_INET6,
    &member)) writes: `ntohs(member.in6_u.u6_addr16[i])` for i in 0..7."""
    member, loc = call.args[1], call.loc
    array = ir.KernelMember(copy.deepcopy(member.base), list(member.path) + _GROUP_PATH,
                            decay=True, loc=member.loc)
    groups = [byte_swap(ir.KernelElem(copy.deepcopy(array), ir.IntLit(i, loc=loc), loc=loc,
                                      type=_U16), 16, loc)
              for i in range(8)]
    return ir.Sprintf(GROUPS_FORMAT, groups, loc=loc, type=Type("str"))


def _bare_s_args(s: ir.Printf) -> Optional[set[int]]:
    """The positions of `s`'s arguments a bare `%s` prints; None where the format
    cannot be paired with the arguments (a `*` width, another count)."""
    if ir.has_star_conversion(s.fmt):
        return None
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(s.fmt) if m.group(1) != "%"]
    if len(convs) != len(s.args):
        return None
    return {i for i, m in enumerate(convs) if m.group(0) == "%s"}


def _printed_as_groups(s: ir.Printf, places) -> bool:
    bare = _bare_s_args(s) or set()
    hit = False
    for i in sorted(bare):
        if is_ipv6_text(s.args[i], places):
            s.args[i] = groups_sprintf(s.args[i])
            hit = True
    return hit


def _locals_forwarded(body: ir.Block, places, predicate: Optional[ir.Expr] = None) -> bool:
    """Each clause-local of `body` stored once at its top from an IPv6 text that only
    bare `%s` conversions of later printfs read: those reads the text itself, the
    store dropped (in place)."""
    changed = False
    for k, st in reversed(list(enumerate(body.stmts))):
        if not (isinstance(st, ir.ExprStmt) and isinstance(st.expr, ir.Assign)
                and st.expr.op == "=" and isinstance(st.expr.target, ir.Var)
                and st.expr.target.scope == "local" and is_ipv6_text(st.expr.value, places)):
            continue
        var, text = st.expr.target, st.expr.value
        if any(_is(x, var) for x in ir.walk(predicate)) or not _only_printed_after(body, k, var, text):
            continue
        for s in ir.walk(body.stmts[k + 1:]):
            if isinstance(s, ir.Printf):
                s.args = [copy.deepcopy(text) if _is(a, var) else a for a in s.args]
        del body.stmts[k]
        changed = True
    return changed


def _is(e, var: ir.Var) -> bool:
    return isinstance(e, ir.Var) and e.name == var.name and e.scope == var.scope


def _only_printed_after(body: ir.Block, k: int, var: ir.Var, text: ir.Call) -> bool:
    """Whether `var`, stored by `body.stmts[k]`, is stored nowhere else, read only as
    bare-`%s` arguments of printfs after that statement, and read at least once,
    and whether nothing after it stores a variable the address reads."""
    reads_addr = {(x.name, x.scope) for x in ir.walk(text) if isinstance(x, ir.Var)}
    for j, st in enumerate(body.stmts):
        if j == k:
            continue
        for x in ir.walk(st):
            if isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(getattr(x, "target", None), ir.Var):
                t = x.target
                if _is(t, var) or (j > k and (t.name, t.scope) in reads_addr):
                    return False
    printed = 0
    allowed: set[int] = set()  # ids of the Var nodes a bare %s prints
    for st in body.stmts[k + 1:]:
        for s in ir.walk(st):
            if isinstance(s, ir.Printf):
                for i in _bare_s_args(s) or ():
                    if _is(s.args[i], var):
                        allowed.add(id(s.args[i]))
    for j, st in enumerate(body.stmts):
        if j == k:
            continue
        for x in ir.walk(st):
            if _is(x, var):
                if id(x) not in allowed:
                    return False
                printed += 1
    return printed > 0
