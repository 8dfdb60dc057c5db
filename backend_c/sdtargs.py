"""C that reads an SDT marker's arguments (ir.sdtnotes.SdtArg) in a uprobe handler.

The handler's `regs` are the user registers at the marker's instruction (the
uprobe reports the probed address as the instruction pointer). A register
argument is the named part of a pt_regs member; a memory argument is read
from the process with copy_from_user_nofault (0 when unreadable); each is
truncated to its size and sign- or zero-extended as its size's sign says.
"""

from __future__ import annotations

from ..ir.sdtnotes import REGISTERS, SdtArg

_UTYPES = {1: "u8", 2: "u16", 4: "u32", 8: "u64"}
_STYPES = {1: "s8", 2: "s16", 4: "s32", 8: "s64"}


def _reg_value(name: str) -> str:
    member, shift, _width = REGISTERS[name]
    return f"(regs->{member} >> {shift})" if shift else f"regs->{member}"


def arg_c(a: SdtArg, pc: int) -> str:
    """A C expression of type s64 for argument `a` of the marker at virtual address `pc`."""
    cast = _STYPES[a.size] if a.signed else _UTYPES[a.size]
    if a.kind == "const":
        return f"((s64)({cast}){a.offset}LL)"
    if a.kind == "reg":
        return f"((s64)({cast}){_reg_value(a.reg)})"
    if a.symbol:
        # `sym(%rip)`: the symbol's link-time address moved as the code moved: the
        # probed instruction's address less its link-time one is the load bias
        addr = f"(regs->ip + ({a.sym_addr + a.offset - pc}LL))"
    else:
        parts = [f"(unsigned long){_reg_value(a.reg)}"] if a.reg else []
        if a.index:
            parts.append(f"(unsigned long){_reg_value(a.index)} * {a.scale}")
        parts.append(f"({a.offset}LL)")
        addr = "(" + " + ".join(parts) + ")"
    utype = _UTYPES[a.size]
    return (f"({{ {utype} v_ = 0; (void)copy_from_user_nofault(&v_, (const void __user *){addr}, "
            f"{a.size}); (s64)({cast})v_; }})")
