"""x86_64 registers by name: D's `uregs[R_*]` and stap's `register("rax")`.

Both name a slot of the kernel's `struct pt_regs`, whose 21 eight-byte members
Linux saves in this order on every entry from user space (and a kprobe or uprobe
handler is given in the same layout). The IR keeps the slot number, so each
printer can spell it its own way.

DTrace on Linux numbers its `R_*` constants after that same struct (R_R15 is 0,
R_RIP 16, R_SS 20), adds the segment registers and a trap number above it (21 to
25), and numbers the i386 names `R_GS + 1 + k`, k an index into i386's own
pt_regs (R_EAX, R_EIP, and R_PC, R_SP, R_FP, R_PS, R_R0 and R_R1 as aliases of
those). On x86_64 those name the 64-bit registers.
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc

# struct pt_regs of x86_64, slot by slot (arch/x86/include/asm/ptrace.h)
SLOTS = ("r15", "r14", "r13", "r12", "bp", "bx", "r11", "r10", "r9", "r8", "ax", "cx",
         "dx", "si", "di", "orig_ax", "ip", "cs", "flags", "sp", "ss")
SLOT = {name: i for i, name in enumerate(SLOTS)}

# D's names of the 64-bit slots (R_ERR is the saved orig_ax: the system call number
# or the error code of an exception)
_D64 = {"R_R15": "r15", "R_R14": "r14", "R_R13": "r13", "R_R12": "r12", "R_RBP": "bp",
        "R_RBX": "bx", "R_R11": "r11", "R_R10": "r10", "R_R9": "r9", "R_R8": "r8",
        "R_RAX": "ax", "R_RCX": "cx", "R_RDX": "dx", "R_RSI": "si", "R_RDI": "di",
        "R_ERR": "orig_ax", "R_RIP": "ip", "R_CS": "cs", "R_RFL": "flags", "R_RSP": "sp",
        "R_SS": "ss"}
# the registers pt_regs does not hold (x86_64 keeps no ds/es in it, fs and gs are
# bases in MSRs, and there is no trap number)
_D_SEGMENTS = {"R_DS": 21, "R_ES": 22, "R_FS": 23, "R_GS": 24, "R_TRAPNO": 25}
# i386's pt_regs order, which D's 32-bit names index above R_GS
_I386 = ("bx", "cx", "dx", "si", "di", "bp", "ax", "ds", "es", "fs", "gs", "orig_ax", "ip",
         "cs", "flags", "sp", "ss")
_D32 = {"R_EBX": "bx", "R_ECX": "cx", "R_EDX": "dx", "R_ESI": "si", "R_EDI": "di",
        "R_EBP": "bp", "R_EAX": "ax", "R_EIP": "ip", "R_EFL": "flags", "R_ESP": "sp"}
_D_ALIASES = {"R_PC": "R_EIP", "R_FP": "R_EBP", "R_SP": "R_ESP", "R_PS": "R_EFL",
              "R_R0": "R_EAX", "R_R1": "R_EBX"}

_GS = _D_SEGMENTS["R_GS"]
# The inline constants of DTrace's regs.d, with the values D scripts see.
D_CONSTANTS: dict[str, int] = {
    **{name: SLOT[slot] for name, slot in _D64.items()},
    **_D_SEGMENTS,
    **{name: _GS + 1 + _I386.index(slot) for name, slot in _D32.items()},
}
D_CONSTANTS.update({alias: D_CONSTANTS[name] for alias, name in _D_ALIASES.items()})

# How the D printer names a slot: the aliases D scripts write most
_D_NAME = {"ip": "R_PC", "sp": "R_SP", "bp": "R_FP"}


def d_slot(index: int) -> Optional[int]:
    """The pt_regs slot D's `uregs[index]` reads, or None for an index naming a
    register pt_regs does not hold (a segment register, the trap number) or none."""
    if 0 <= index < len(SLOTS):
        return index
    k = index - _GS - 1
    if 0 <= k < len(_I386) and _I386[k] in SLOT:
        return SLOT[_I386[k]]
    return None


def d_name(slot: int) -> str:
    """D's constant for a slot: `R_PC`, `R_SP`, `R_FP`, else the 64-bit name."""
    name = SLOTS[slot]
    if name in _D_NAME:
        return _D_NAME[name]
    return next(n for n, s in _D64.items() if s == name)


# stap's names on x86_64 (its registers.stp): the 64-bit names and pt_regs' own
_STAP_ALIASES = {"rax": "ax", "rbx": "bx", "rcx": "cx", "rdx": "dx", "rsi": "si", "rdi": "di",
                 "rbp": "bp", "rsp": "sp", "rip": "ip", "pc": "ip", "eflags": "flags",
                 "orig_rax": "orig_ax"}


def stap_slot(name: str) -> Optional[int]:
    """The slot of a register stap's register()/u_register() names, or None."""
    name = _STAP_ALIASES.get(name, name)
    return SLOT.get(name)


def stap_name(slot: int) -> str:
    """stap's name of a slot: "rax", "rip", "r8"."""
    name = SLOTS[slot]
    return next((alias for alias, s in _STAP_ALIASES.items()
                 if s == name and alias.startswith("r")), name)


# Points whose handler is given registers: a kprobe's are the kernel's, a uprobe's
# (ufunc, umark) the user program's, which are also what uregs[] reads there.
USER_POINT_KINDS = frozenset({"ufunc", "umark"})
REGISTER_POINT_KINDS = USER_POINT_KINDS | {"kfunc"}


def at_user_probes(points: list[ir.ProbePoint]) -> bool:
    """Whether every one of a probe's points (there are some) is a uprobe, where the
    registers the probe stopped are the thread's user registers."""
    return bool(points) and all(pp.kind in USER_POINT_KINDS for pp in points)


def user_register(slot: int, loc: Optional[Loc]) -> ir.Expr:
    """The IR of a read of the thread's user register `slot`: the PC is the IR's
    `uaddr` (stap's uaddr(), the same value), the others a user_register call."""
    if SLOTS[slot] == "ip":
        return ir.Builtin("uaddr", loc=loc)
    return ir.Call("user_register", [ir.IntLit(slot, loc=loc)], loc=loc)
