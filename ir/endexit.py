"""An exit() in an END probe, left out of a port.

stap scripts often close their `probe end` with `exit()` (systemtap.printf
basic5.stp), where it does nothing: the session is already ending. In D an
`exit(0)` in END is as idle, and in Vue an exit() in @@END; a porter leaves it
out. Only a plain exit as the probe body's last statement, of a probe whose
points are all END, goes: one under a condition, or followed by more
statements, is kept as written.
"""

from __future__ import annotations

import dataclasses

from . import nodes as ir


def end_exits_dropped(prog: ir.Program) -> ir.Program:
    """`prog` without the trailing plain exit() of its END probes; `prog` itself
    when it has none."""
    def idle(p: ir.Probe) -> bool:
        stmts = p.body.stmts
        return bool(p.points) and all(pt.kind == "end" for pt in p.points) and len(stmts) > 1 \
            and isinstance(stmts[-1], ir.Exit) and (stmts[-1].status is None or stmts[-1].status
                                                    == ir.IntLit(0))
    if not any(idle(p) for p in prog.probes):
        return prog
    probes = []
    for p in prog.probes:
        if idle(p):
            body = dataclasses.replace(p.body, stmts=p.body.stmts[:-1])
            p = dataclasses.replace(p, body=body)
        probes.append(p)
    return dataclasses.replace(prog, probes=probes)
