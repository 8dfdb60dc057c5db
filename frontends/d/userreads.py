"""stap's user-memory readers (uconversions.stp's user_long(), user_ushort() ...) in D.

D reads user memory through a copy: `*(int64_t *)copyin(addr, 8)` is what a D
user writes for stap's `user_long(addr)`, and what xtrace's D lowers to the IR
this gives (a read of the copy under a cast to the reader's type); so is Vue's
copy_userdata(addr, v) of an integer v, `v = *(int32_t *)copyin(addr, 4)`. stap's
readers give 0 for an address that cannot be read; D's copyin() reports the
fault and ends the clause instead.
"""

from __future__ import annotations

import copy

from xtrace.frontends.stap.tapset import USER_READS
from xtrace.ir import nodes as ir
from xtrace.ir.types import Type

# reader suffix -> the D type a D user names for it
_D_TYPES = {"long": "int64_t", "int": "int", "short": "short", "char": "char", "ushort": "uint16_t",
            "int8": "int8_t", "int16": "int16_t", "int32": "int32_t", "int64": "int64_t",
            "uint8": "uint8_t", "uint16": "uint16_t", "uint32": "uint32_t", "uint64": "uint64_t"}


def _is_vue_read(x) -> bool:
    """Vue's copy_userdata() into an integer (or a struct's member): the IR's
    user_read(addr, BYTES, SIGNED) of a constant size."""
    return (isinstance(x, ir.Call) and x.name == "user_read" and len(x.args) == 3
            and isinstance(x.args[1], ir.IntLit) and x.args[1].value in (1, 2, 4, 8)
            and isinstance(x.args[2], ir.IntLit))


def _copied(addr: ir.Expr, size: int, signed: bool, spelling: str, at) -> ir.Expr:
    """`*(T *)copyin(addr, size)`: the read of a copy of user memory as type T."""
    n = ir.IntLit(size, loc=at)
    read = ir.Call("kernel_read", [ir.Call("copyin", [addr, n], loc=at), copy.copy(n)], loc=at)
    return ir.Cast(Type("int", size * 8, signed), read, loc=at, spelling=spelling)


def user_reads_as_copyin(prog: ir.Program) -> ir.Program:
    """`prog` with each call of a stap user reader, and each integer Vue's
    copy_userdata() copies, written as D's read of a copyin(); `prog` itself when
    it has none."""
    names = {f"user_{k}" for k in USER_READS}

    def wanted(x) -> bool:
        return isinstance(x, ir.FuncCall) and x.name in names and len(x.args) == 1 or _is_vue_read(x)

    if not any(wanted(x) for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)

    def fn(x):
        if isinstance(x, ir.FuncCall) and x.name in names and len(x.args) == 1:
            kind = x.name[len("user_"):]
            size, signed = USER_READS[kind]
            return _copied(x.args[0], size, bool(signed), _D_TYPES[kind], x.loc)
        if _is_vue_read(x):
            size, signed = x.args[1].value, bool(x.args[2].value)
            return _copied(x.args[0], size, signed, f"{'' if signed else 'u'}int{size * 8}_t", x.loc)
        return x

    ir.map_code(prog, fn)
    return prog
