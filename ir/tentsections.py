"""Where a Vue tentative section ends, as the round trip compares it (ir/rtnormal.py).

Vue's end_tentative(ID) ends the section of a clause whose records wait in buffer
ID. Among statements that record nothing (stores, clear(), exit()) where it stands
says nothing, and one after which the clause records nothing does nothing: the
clause's end ends the section too. A stap port holds each record of a section in
its buffer (frontends/stap/print_tentative.py), and the Vue printer reading it back
ends the section after its last record, or leaves it to the clause's end where
nothing is recorded after (frontends/vue/stap_tentative.py). So each end_tentative()
compares moved up to just after the record before it, and one that only the
clause's end follows, at the clause's top, compares left out.
"""

from __future__ import annotations

from . import nodes as ir
from .faultsplit import records_output


def _quiet(s: ir.Stmt) -> bool:
    """Whether `s` records nothing and starts, ends or commits no buffer (nor calls a
    function, which might)."""
    return not records_output(s) and not any(
        isinstance(x, (ir.Speculate, ir.SpecEnd, ir.SpecStop, ir.FuncCall)) for x in ir.walk(s))


def tentative_stops_settled(body: ir.Block) -> None:
    """(In place) each Vue end_tentative() of clause `body` moved up past the
    statements before it that record nothing, and the clause's own ones that only
    such statements follow left out."""
    for block in [x for x in ir.walk(body) if isinstance(x, ir.Block)]:
        settled: list[ir.Stmt] = []
        for s in block.stmts:
            at = len(settled)
            while isinstance(s, ir.SpecStop) and at and _quiet(settled[at - 1]):
                at -= 1
            settled.insert(at, s)
        block.stmts = settled
    kept: list[ir.Stmt] = []
    follows = False  # whether the clause may record after the statement at hand
    for s in reversed(body.stmts):
        if isinstance(s, ir.SpecStop) and not follows:
            continue
        kept.append(s)
        follows = follows or not _quiet(s)
    body.stmts = kept[::-1]
