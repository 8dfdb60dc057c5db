"""stap's user-memory readers (uconversions.stp's user_long(), user_ushort() ...) in D.

D reads user memory through a copy: `*(int64_t *)copyin(addr, 8)` is what a D
user writes for stap's `user_long(addr)`, and what xtrace's D lowers to the IR
this gives (a read of the copy under a cast to the reader's type). stap's
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


def user_reads_as_copyin(prog: ir.Program) -> ir.Program:
    """`prog` with each call of a stap user reader written as D's read of a copyin();
    `prog` itself when it calls none."""
    names = {f"user_{k}" for k in USER_READS}
    if not any(isinstance(x, ir.FuncCall) and x.name in names and len(x.args) == 1
               for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)

    def fn(x):
        if isinstance(x, ir.FuncCall) and x.name in names and len(x.args) == 1:
            kind = x.name[len("user_"):]
            size, signed = USER_READS[kind]
            at = x.loc
            n = ir.IntLit(size, loc=at)
            read = ir.Call("kernel_read", [ir.Call("copyin", [x.args[0], n], loc=at), copy.copy(n)],
                           loc=at)
            return ir.Cast(Type("int", size * 8, bool(signed)), read, loc=at, spelling=_D_TYPES[kind])
        return x

    ir.map_code(prog, fn)
    return prog
