"""D's byte-order subroutines (ntohs, htonl, ...) as the IR has them, and back.

The targets are little-endian, so ntohs(x) is x's two bytes swapped: shifts and
masks under a cast to the unsigned width, which every backend runs as it is.
Printers of languages that have the function (D, stap's ntohs/ntohl) find the
shape again with swapped_operand() and write the call a person would."""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir
from .loc import NOLOC, Loc
from .types import Type


def byte_swap(arg: ir.Expr, bits: int, loc: Loc = NOLOC) -> ir.Cast:
    """`arg`'s low bits/8 bytes in the opposite order, as the uintN_t it becomes."""
    nbytes = bits // 8
    swapped: Optional[ir.Expr] = None
    for i in range(nbytes):
        # each byte reads its own copy of the operand (IR nodes are not shared)
        byte = ir.Binary("&", ir.Binary(">>", copy.deepcopy(arg), ir.IntLit(8 * i, loc=loc), loc=loc),
                         ir.IntLit(0xFF, loc=loc), loc=loc)
        part = ir.Binary("<<", byte, ir.IntLit(8 * (nbytes - 1 - i), loc=loc), loc=loc)
        swapped = part if swapped is None else ir.Binary("|", swapped, part, loc=loc)
    assert swapped is not None
    return ir.Cast(Type("int", bits, False), swapped, spelling=f"uint{bits}_t", loc=loc)


def swapped_operand(e: ir.Expr) -> Optional[tuple[int, ir.Expr]]:
    """(bits, x) when `e` is byte_swap(x, bits), else None."""
    if not (isinstance(e, ir.Cast) and not e.to.signed and e.to.bits in (16, 32, 64)):
        return None
    first = e.operand
    while isinstance(first, ir.Binary) and first.op == "|":
        first = first.lhs
    if not (isinstance(first, ir.Binary) and first.op == "<<" and isinstance(first.lhs, ir.Binary)
            and first.lhs.op == "&" and isinstance(first.lhs.lhs, ir.Binary)
            and first.lhs.lhs.op == ">>"):
        return None
    x = first.lhs.lhs.lhs
    return (e.to.bits, x) if byte_swap(x, e.to.bits) == e else None


# stap's inet tapset functions of the same swaps
_TAPSET_SWAPS = {"ntohs": 16, "htons": 16, "ntohl": 32, "htonl": 32, "ntohll": 64, "htonll": 64}


def tapset_swaps_as_ir(prog: ir.Program) -> ir.Program:
    """`prog` with stap's ntohs()/ntohl()/... calls as the byte swaps D's own
    subroutines lower to (so a D printer writes D's subroutine again); `prog`
    itself when it calls none."""
    def is_swap(x) -> bool:
        return isinstance(x, ir.FuncCall) and x.name in _TAPSET_SWAPS and len(x.args) == 1

    if not any(is_swap(x) for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)

    def fn(x):
        return byte_swap(x.args[0], _TAPSET_SWAPS[x.name], x.loc) if is_swap(x) else x

    ir.map_code(prog, fn)
    return prog
