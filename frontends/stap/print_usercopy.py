"""D's copyin()'d structs, said in stap as reads of user memory.

D copies user memory into its scratch space and reads members of the copy:
`this->s = (struct sockaddr_in *)copyin(arg1, sizeof (struct sockaddr_in));
this->s->sin_port`. stap reads user memory where it is, with the uconversions
tapset's readers, at the member's offset, which `&@cast(0, "T")->member` gives
(the tapsets' own idiom): `s = pointer_arg(2)`, `user_ushort(s +
&@cast(0, "sockaddr_in")->sin_port)`. A variable qualifies when everything
stored in it is a copyin() (or 0, its reset) and it is only read through `->`
to integer members or handed to inet_ntop() (itself or a member's address: the
helper of print_dinet reads the address from user memory, `inet_ntop_user`);
other copies stay refused ("copyin() has no stap equivalent").
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import INT64
from xtrace.ir.userderef import copied_from, deref_as_user_read


def user_copies_as_reads(prog: ir.Program) -> ir.Program:
    """`prog` with the copyin() reads stap can say as user-memory reads rewritten
    (see the module docstring); `prog` itself when it has none."""
    if not any(isinstance(x, ir.Call) and x.name == "copyin"
               for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    copies = _copy_variables(prog)
    prog = copy.deepcopy(prog)

    def fn(x):
        if isinstance(x, ir.Assign) and _is_copy_var(x.target, copies):
            src = copied_from(x.value)
            if src is not None:
                x.value = src
            x.type = INT64
            return x
        if isinstance(x, ir.Var) and (x.scope, x.name) in copies:
            x.type = INT64
            return x
        if isinstance(x, ir.KernelMember):
            return _member_read(x, copies) or x
        if isinstance(x, ir.Cast) and isinstance(x.operand, ir.Call) and x.operand.name == "kernel_read":
            return deref_as_user_read(x) or x
        if isinstance(x, ir.Call) and x.name == "inet_ntop" and len(x.args) == 2:
            where = _user_address(x.args[1], copies)
            if where is not None:
                return ir.Call("inet_ntop_user", [x.args[0], where], loc=x.loc, type=x.type)
        return x

    ir.map_code(prog, fn)
    return prog


def _is_copy_var(e: ir.Expr, copies: set) -> bool:
    return isinstance(e, ir.Var) and (e.scope, e.name) in copies


def _readable(m: ir.KernelMember) -> bool:
    """A member stap's user_*() readers give: an integer of 1, 2, 4 or 8 bytes."""
    t = m.type
    return (not m.addr_of and t is not None and t.kind == "int" and not t.is_str
            and t.bits in (8, 16, 32, 64) and m.bitfield is None)


def _copy_variables(prog: ir.Program) -> set:
    """(scope, name) of the variables that only ever hold copyin() results (or 0)
    and are only read through `->` to members _readable() gives."""
    stored: dict[tuple[str, str], set[str]] = {}
    allowed: set[int] = set()
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.Assign) and isinstance(x.target, ir.Var):
                kind = "other"
                if x.op == "=" and copied_from(x.value) is not None:
                    kind = "copy"
                elif x.op == "=" and x.value == ir.IntLit(0):
                    kind = "reset"
                stored.setdefault((x.target.scope, x.target.name), set()).add(kind)
                allowed.add(id(x.target))
            elif isinstance(x, ir.KernelMember) and isinstance(x.base, ir.Var) and _readable(x):
                allowed.add(id(x.base))
            elif isinstance(x, ir.Call) and x.name == "inet_ntop" and len(x.args) == 2:
                a = _uncast(x.args[1])
                if isinstance(a, ir.KernelMember) and a.addr_of:
                    a = a.base
                if isinstance(a, ir.Var):
                    allowed.add(id(a))
    copies = {k for k, kinds in stored.items() if "copy" in kinds and "other" not in kinds}
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.Var) and (x.scope, x.name) in copies and id(x) not in allowed:
                copies.discard((x.scope, x.name))
    return copies


def _uncast(e: ir.Expr) -> ir.Expr:
    """`e` without the pointer casts around it (D's `(void *)`, `(in6_addr_t *)`)."""
    while isinstance(e, ir.KernelCast) or (isinstance(e, ir.Cast) and e.to.bits == 64):
        e = e.operand if isinstance(e, ir.Cast) else e.expr
    return e


def _member_offset(m: ir.KernelMember, ctype: str) -> ir.Expr:
    """`&@cast(0, "T")->member`: the member's offset in its struct, as stap says it."""
    at = m.loc
    return ir.KernelMember(ir.KernelCast(ir.IntLit(0, loc=at), ctype, loc=at), list(m.path),
                           addr_of=True, loc=at, type=INT64, struct=m.struct, offset=m.offset)


def _user_address(e: ir.Expr, copies: set) -> Optional[ir.Expr]:
    """The user address D's pointer `e` into a copyin()'d buffer stands for: the copy
    itself (`this->a`, `copyin(a, n)`) or a member's address in it (`&this->s->sin_addr`);
    None when `e` points elsewhere."""
    e = _uncast(e)
    if _is_copy_var(e, copies):
        return e
    if copied_from(e) is not None:
        return copied_from(e)
    if not (isinstance(e, ir.KernelMember) and e.addr_of and e.bitfield is None):
        return None
    return _member_address(e, copies)


def _member_address(m: ir.KernelMember, copies: set) -> Optional[ir.Expr]:
    """The user address of member `m` of a copy (a copy variable's, or of a copy
    cast in place): the copy's user address plus the member's offset."""
    if _is_copy_var(m.base, copies):
        # (the variable is retyped already: the member says which struct it points to)
        addr, ctype = m.base, (f"{m.struct} *" if m.struct else None)
    elif isinstance(m.base, ir.KernelCast) and copied_from(m.base) is not None:
        addr, ctype = copied_from(m.base), m.base.ctype
    else:
        return None
    if ctype is None:
        return None
    return ir.Binary("+", addr, _member_offset(m, ctype), loc=m.loc, type=INT64)


def _member_read(m: ir.KernelMember, copies: set) -> Optional[ir.Expr]:
    """`user_<int>(address + offset of the member)` for a member of a copy."""
    where = _member_address(m, copies) if _readable(m) else None
    return None if where is None else _user_read(where, m.type.bits // 8, m.type.signed, m)


def _user_read(addr: ir.Expr, size: int, signed: bool, near: ir.Expr) -> ir.Expr:
    at = near.loc
    return ir.Call("user_read", [addr, ir.IntLit(size, loc=at), ir.IntLit(int(bool(signed)), loc=at)],
                   loc=at, type=near.type)
