"""IR value types."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Optional


@dataclass(frozen=True)
class Type:
    """kind: 'int', 'str' or 'void'. Integers carry their width and signedness,
    which decide how DTrace prints them as aggregation keys."""

    kind: str
    bits: int = 64
    signed: bool = True
    # For an integer that is a kernel pointer: its C type ("struct task_struct *"),
    # which `->` needs. A refinement only: it takes no part in type equality.
    ctype: Optional[str] = field(default=None, compare=False)

    def __str__(self) -> str:
        if self.kind == "int":
            return f"{'' if self.signed else 'u'}int{self.bits}"
        return {"str": "string"}.get(self.kind, self.kind)

    @property
    def is_str(self) -> bool:
        return self.kind == "str"

    @property
    def is_int(self) -> bool:
        return self.kind == "int"


def signed_bits(v: int, bits: int = 64) -> int:
    """`v` as C's signed integer of `bits` bits holds it: its low bits, the top one
    the sign (stap's 64-bit wrap, D's `%i` of an unsigned char)."""
    v &= (1 << bits) - 1
    return v - (1 << bits) if v >> (bits - 1) else v


INT64 = Type("int", 64, True)
UINT64 = Type("int", 64, False)
INT32 = Type("int", 32, True)
UINT32 = Type("int", 32, False)
STRING = Type("str")
VOID = Type("void")
# A user stack as an aggregation key (ir.UStack): raw frames, printed as frames.
USTACK = Type("ustack")
KSTACK = Type("kstack")  # the same for a kernel stack (D's @[stack()])
# A D aggregation key of ufunc()/usym(), uaddr() or umod(): the process, its
# address-space snapshot and the address, named and ordered by the driver.
D_USER_KEYS = {name: Type(name) for name in ("d_ufunc", "d_uaddr", "d_umod")}
# One of func()/sym() or mod(): the address it is ordered by, then its text.
D_KERNEL_KEYS = {name: Type(name) for name in ("d_func", "d_mod")}
