"""A value per system call (its DTrace probe ID, its epid) as a function of the
syscall's number, for a target that can read the number where the call fired.

xtrace numbers a session's syscalls in the order of their numbers (ir/framing.py
probe_ids: entry then return, two IDs per call), so along a run of consecutive
numbers the IDs grow by a fixed step: `ID = 2 * nr + 4` from read (0) to the last
call before the first gap, then another offset past it (x86_64 has no calls 335 to
423). A clause on every system call, whose value would otherwise be a table of
hundreds of rows, prints that as a few comparisons of the number, as a porter
writes it.
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir
from .types import INT64


def linear_pieces(values: dict[int, int]) -> list[tuple[int, int, int]]:
    """(first number, slope, offset) of each run of `values` (syscall number -> value)
    on one line `value = slope * nr + offset`, in the order of the numbers: the
    fewest such runs a greedy pass from the lowest number finds. A run's line holds
    for its own numbers; the numbers between runs are not in `values`."""
    pieces: list[list[int]] = []  # [first, slope, offset, last]
    for nr, v in sorted(values.items()):
        if pieces:
            first, slope, offset, last = pieces[-1]
            if slope * nr + offset == v:
                pieces[-1][3] = nr
                continue
            if first == last and (v - values[first]) % (nr - first) == 0:
                # a run of one number takes the line through it and this one
                slope = (v - values[first]) // (nr - first)
                pieces[-1] = [first, slope, values[first] - slope * first, nr]
                continue
        pieces.append([nr, 0, v, nr])
    return [(first, slope, offset) for first, slope, offset, _ in pieces]


def piecewise(pieces: list[tuple[int, int, int]], nr: ir.Expr, loc) -> ir.Expr:
    """`nr < s1 ? a0 * nr + b0 : nr < s2 ? a1 * nr + b1 : ... : ak * nr + bk` for the
    pieces of linear_pieces (si the first number of piece i)."""
    def num(v: int) -> ir.IntLit:
        return ir.IntLit(v, loc=loc, type=INT64)

    def line(slope: int, offset: int) -> ir.Expr:
        if slope == 0:
            return num(offset)
        at = copy.deepcopy(nr)
        e: ir.Expr = at if slope == 1 else ir.Binary("*", num(slope), at, loc=loc, type=INT64)
        if offset:
            e = ir.Binary("+" if offset > 0 else "-", e, num(abs(offset)), loc=loc, type=INT64)
        return e
    out = line(*pieces[-1][1:])
    for (_, slope, offset), (nxt, _, _) in reversed(list(zip(pieces, pieces[1:]))):
        out = ir.Ternary(ir.Binary("<", copy.deepcopy(nr), num(nxt), loc=loc, type=INT64), line(slope, offset), out,
                         loc=loc, type=INT64)
    return out


def by_number(values: dict[str, int], numbers: dict[str, int], loc) -> Optional[ir.Expr]:
    """The value of the syscall that fired (`values`: the syscall's name -> its value)
    as comparisons of its number (Builtin syscall_nr), when every name has a number
    and that is clearly shorter than a row per name (a piece per four names at
    most: a clause on a few calls keeps its rows, which say which call is which);
    else None."""
    if not values or any(name not in numbers for name in values):
        return None
    by_nr = {numbers[name]: v for name, v in values.items()}
    if len(by_nr) != len(values):
        return None
    pieces = linear_pieces(by_nr)
    if 4 * len(pieces) > len(values):
        return None
    return piecewise(pieces, ir.Builtin("syscall_nr", loc=loc, type=INT64), loc)
