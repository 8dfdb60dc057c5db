"""The C types a script declares itself (struct, union, enum, typedef): D's and Vue's.

Both lay a script's structs out exactly as C does on LP64 (each member at the
next multiple of its alignment, the struct padded to a multiple of its largest
member's alignment), so that a kernel pointer cast to a script's struct reads
the members at the offsets the kernel's (or the program's) own C gave them.
A D `string` member is a char array of strsize bytes, as in DTrace.

The IR has no struct values: a struct variable is one IR variable per scalar
member (`leaves`, named by `mangle`), and a member read through a pointer is a
read of its bytes at its offset.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.types import STRING, UINT64, Type


@dataclass
class Member:
    """One member of a struct or union at its byte offset."""

    name: str
    ctype: "CType"
    offset: int


@dataclass(eq=False)
class CType:
    """A C type with its C layout.

    kind: 'int' (also enums; `ir` is the IR integer type), 'string', 'void',
    'pointer' (`target`), 'array' (`target`, `count`), 'struct' / 'union'
    (`members`; None while only declared), or 'kernel' (a kernel struct known
    only by name: BTF lays it out, the script cannot size it).
    """

    kind: str
    name: str
    size: int = 0
    align: int = 1
    ir: Optional[Type] = None
    target: Optional["CType"] = None
    count: int = 0
    members: Optional[list[Member]] = field(default=None)
    # a bit-field member's width in bits (0: not a bit-field); its own integer type
    # (size, align, ir) is the declared one, which the field's storage unit has
    bits: int = 0

    @property
    def is_sou(self) -> bool:
        return self.kind in ("struct", "union")

    def member(self, name: str) -> Optional[Member]:
        """The member called `name`, else None."""
        return next((m for m in self.members or [] if m.name == name), None)

    @property
    def is_char_array(self) -> bool:
        return (self.kind == "array" and self.target is not None and self.target.kind == "int"
                and self.target.size == 1)

    def leaf_type(self) -> Optional[Type]:
        """The IR type a variable holding this (non-struct) value has, else None."""
        if self.kind == "int":
            return self.ir
        if self.kind == "string" or self.is_char_array:
            return STRING
        if self.kind == "pointer":
            t = self.target
            if t is not None and t.kind == "kernel":
                return Type("int", 64, False, ctype=f"{t.name} *")
            return UINT64
        return None


def integer(name: str, t: Type) -> CType:
    """A named integer type."""
    return CType("int", name, t.bits // 8, t.bits // 8, ir=t)


def pointer(to: CType) -> CType:
    """A pointer to `to` (LP64: 8 bytes)."""
    return CType("pointer", f"{to.name} *", 8, 8, target=to)


def array(elem: CType, count: int) -> CType:
    """An array of `count` elements."""
    return CType("array", f"{elem.name} [{count}]", elem.size * count, elem.align,
                 target=elem, count=count)


def _round_up(n: int, align: int) -> int:
    return (n + align - 1) // align * align


def lay_out(sou: CType, members: list[tuple[str, CType]]) -> None:
    """Fill `sou` (a struct or union) with `members` placed as C places them; a
    bit-field goes at the next free bit when it fits in the aligned unit of its type
    that holds that bit, else at the next such unit (the SysV ABI's rule)."""
    placed: list[Member] = []
    end_bits = 0
    align = 1
    for name, t in members:
        if sou.kind == "union":
            off = 0
            end_bits = max(end_bits, (t.bits or t.size * 8))
        elif t.bits:
            unit = t.size * 8
            start = end_bits if end_bits // unit == (end_bits + t.bits - 1) // unit \
                else _round_up(end_bits, unit)
            off = start // unit * t.size
            end_bits = start + t.bits
        else:
            off = _round_up((end_bits + 7) // 8, t.align)
            end_bits = (off + t.size) * 8
        placed.append(Member(name, t, off))
        align = max(align, t.align)
    end = (end_bits + 7) // 8
    sou.members = placed
    sou.align = align
    sou.size = _round_up(end, align)


def leaves(t: CType, path: tuple[str, ...] = ()) -> list[tuple[tuple[str, ...], CType]]:
    """Every scalar member of struct/union `t`, nested ones by their path: the
    values a struct variable is stored as."""
    out: list[tuple[tuple[str, ...], CType]] = []
    for m in t.members or []:
        if m.ctype.is_sou:
            out += leaves(m.ctype, path + (m.name,))
        elif m.ctype.leaf_type() is not None:
            out.append((path + (m.name,), m.ctype))
    return out


def mangle(name: str, path: tuple[str, ...]) -> str:
    """The IR variable holding member `path` of struct variable `name`."""
    return "__".join((name,) + path)


def at_offset(addr: ir.Expr, off: int) -> ir.Expr:
    """The address `off` bytes past `addr` (a member's address from its struct's)."""
    return addr if off == 0 else ir.Binary("+", addr, ir.IntLit(off, loc=addr.loc), loc=addr.loc)
