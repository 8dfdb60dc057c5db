"""Whether two clauses can run on one probe hit.

The order of clauses in a script's text is the order they run in only among
clauses that one hit fires; the printers that move clauses (a D port's printa()
below the aggregation's first update, a Vue port's first store of an array above
its clear()) move one only past clauses it never shares a hit with.
"""

from __future__ import annotations

from . import nodes as ir


def may_fire_together(p: ir.Probe, q: ir.Probe) -> bool:
    """Can a probe hit fire both clauses (so their order is the order they run in)?
    Said conservatively: only points of different kinds, timers of different
    periods, or different names without wildcards are told apart."""
    for a in p.points:
        for b in q.points:
            if a.kind != b.kind:
                continue
            if a.kind == "timer":
                if (a.period_ns, a.per_cpu) == (b.period_ns, b.per_cpu):
                    return True
                continue
            if a.kind in ("begin", "end", "error", "error_end", "never"):
                return True
            if a.is_return != b.is_return or a.binary != b.binary:
                continue
            if a.name == b.name or not a.name or not b.name or any(c in a.name + b.name for c in "*?[/"):
                return True
    return False
