"""stap's pretty-printing of a struct pointer (`$file$`, `$$parms$`, `$p->m$`):
the struct it points to, expanded from the kernel's BTF (stap reads DWARF).

What stap prints (tapsets.cxx, dwarf_pretty_print), for the pointed-to struct
or union: `{.a=1, .b=0x..., .c={...}}`, members in declaration order joined by
", ". With one `$` only the top level is expanded: a member that is itself a
struct or union is `{...}`, an array `[...]`. A member is printed by its type
behind typedefs and qualifiers: a signed integer (and an enum, a bool) `%i`,
an unsigned one `%u`, a char `'%#c'` (escaped), a bitfield `%i`/`%u` by its
sign, a pointer to char the quoted string (`"<unknown>"` when unreadable, as
kernel_string2 gives), any other pointer `%p` (which is `%#x` since stap 1.3),
a float `?`. An anonymous struct or union member is not named but labelled,
and stap's labels are swapped: `<class>=` for an anonymous struct,
`<union>=` for a union. With `$$` nested structs and unions are expanded
too, and a char array is printed as its quoted string (other arrays: the first
element and `, ...`). stap stops at 32 values read: the rest is `...`.

stap's expansion runs in a try block and gives "ERROR" when a read faults.
Here a NULL pointer gives "ERROR" (the ternary below); a read of another bad
address is xtrace's read-fault error, as for `$p->m`.
"""

from __future__ import annotations

from typing import Optional

from . import nodes as n
from .btf import BTF
from .loc import Loc

# stap's PR10750 bound: at most this many values in one pretty-printed sprintf
MAX_ARGS = 32
_CHAR_NAMES = ("char", "signed char", "unsigned char")


class _Builder:
    """The format text and arguments of one expansion."""

    def __init__(self, btf: BTF, base: n.Expr, full: bool, loc: Loc) -> None:
        self.btf, self.base, self.full, self.loc = btf, base, full, loc
        self.fmt: list[str] = []
        self.args: list[n.Expr] = []

    def member(self, path: list[str], decay: bool = False) -> n.KernelMember:
        return n.KernelMember(self.base, list(path), decay=decay, loc=self.loc)

    def struct(self, type_id: int, path: list[str], top: bool) -> None:
        """`{...}` or the members of struct/union `type_id` reached by `path`."""
        t = self.btf[type_id]
        if t.kind == "fwd" or not (top or self.full):
            self.fmt.append("{...}")
            return
        self.fmt.append("{")
        count = 0
        for m in t.members:
            count += 1
            if count > 1:
                self.fmt.append(", ")
            if len(self.args) >= MAX_ARGS:
                self.fmt.append("...")
                break
            mid = self.btf.strip(m.type_id)
            mt = self.btf[mid] if mid else None
            if m.name:
                self.fmt.append(f".{m.name.replace('%', '%%')}=")
                sub = path + [m.name]
            else:
                # an anonymous member: C names its members through it
                kind = mt.kind if mt is not None else ""
                self.fmt.append("<union>=" if kind == "union" else "<class>=")
                sub = path
            if m.bitfield_size:
                signed = mt is not None and mt.kind == "int" and mt.signed
                self.value("%i" if signed else "%u", self.member(sub))
            else:
                self.typed(m.type_id, sub)
        self.fmt.append("}")

    def value(self, fmt: str, arg: n.Expr) -> None:
        self.fmt.append(fmt)
        self.args.append(arg)

    def typed(self, type_id: int, path: list[str]) -> None:
        """One member of type `type_id` (not top level: pointers are not chased)."""
        tid = self.btf.strip(type_id)
        if not tid:
            self.fmt.append("?")
            return
        t = self.btf[tid]
        if t.kind == "int":
            if t.name in _CHAR_NAMES:
                self.value("'%s'", n.Call("char_escaped", [self.member(path)], loc=self.loc))
            else:
                # bool has no sign of its own: stap prints it (as enums) with %i
                self.value("%i" if t.signed or t.name == "_Bool" else "%u", self.member(path))
        elif t.kind in ("enum", "enum64"):
            self.value("%i", self.member(path))
        elif t.kind == "ptr":
            inner = self.btf.strip(t.ref)
            it = self.btf[inner] if inner else None
            if it is not None and it.kind == "int" and it.name in ("char", "unsigned char"):
                read = n.Call("kernel_string2", [self.member(path), n.StrLit("<unknown>", loc=self.loc)],
                              loc=self.loc)
                self.value('"%s"', read)
            else:
                self.value("%#x", self.member(path))
        elif t.kind in ("struct", "union", "fwd"):
            self.struct(tid, path, top=False)
        elif t.kind == "array":
            self.array(t, path)
        else:  # float, function
            self.fmt.append("?")

    def array(self, t, path: list[str]) -> None:
        """`[...]`; with `$$` a char array's string, or the first element and `, ...`."""
        if not self.full:
            self.fmt.append("[...]")
            return
        eid = self.btf.strip(t.ref)
        et = self.btf[eid] if eid else None
        if et is not None and et.kind == "int" and et.name in ("char", "unsigned char"):
            # the string at the array's address, as stap reads it (a flexible
            # array member, `char name[]`, has no length to read it by)
            read = n.Call("kernel_string2", [self.member(path, decay=True),
                                             n.StrLit("<unknown>", loc=self.loc)], loc=self.loc)
            self.value('"%s"', read)
            return
        self.fmt.append("[")
        if et is not None and et.kind in ("int", "enum", "enum64", "ptr"):
            elem = n.KernelElem(self.member(path, decay=True), n.IntLit(0, loc=self.loc), loc=self.loc)
            if et.kind == "int" and et.name in _CHAR_NAMES:
                self.value("'%s'", n.Call("char_escaped", [elem], loc=self.loc))
            elif et.kind == "ptr":
                self.value("%#x", elem)
            else:
                self.value("%i" if et.kind != "int" or et.signed else "%u", elem)
        else:
            self.fmt.append("{...}" if et is not None and et.kind in ("struct", "union") else "?")
        self.fmt.append(", ...]")


def struct_pointer(btf: BTF, pointer: n.Expr, ctype: str, full: bool, loc: Loc) -> Optional[n.Expr]:
    """The string expression stap's pretty-printer makes of `pointer`, a pointer of C
    type `ctype` to a struct or union; None when BTF does not define that type."""
    from .kmember import pointee
    named = pointee(ctype)
    if named is None:
        return None
    tag, name = named
    t = btf.find(name, tag)
    if t is None:
        return None
    b = _Builder(btf, n.KernelCast(pointer, f"{tag} {name} *", loc=loc), full, loc)
    b.struct(t.id, [], top=True)
    text = n.Sprintf("".join(b.fmt), b.args, loc=loc)
    return n.Ternary(n.Binary("!=", pointer, n.IntLit(0, loc=loc), loc=loc), text,
                     n.StrLit("ERROR", loc=loc), loc=loc)
