"""A global whose every use stap's optimizer deletes, left out of a port.

`global zero = 0` read only in `q = 10 / zero`, a store into a local nothing
reads: stap deletes the statement, and a port into D or Vue leaves it out
(deadexpr.for_port). The global is then only initialized: nothing reads it,
stores it or prints it (stap prints at exit only a global the script writes
and never reads, and this one the script reads), so the port has no use for
it, and a porter would not write its `BEGIN { zero = 0; }`.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir


def used_names(prog: ir.Program) -> set[str]:
    """The globals the code of `prog` (probes, predicates, functions) names."""
    names: set[str] = set()
    roots = [p.body for p in prog.probes] + [p.predicate for p in prog.probes if p.predicate]
    for n in ir.walk(roots + [f.body for f in prog.functions]):
        if isinstance(n, ir.Var) and n.scope == "global":
            names.add(n.name)
        for attr in ("map", "agg"):
            if isinstance(getattr(n, attr, None), str):
                names.add(getattr(n, attr))
    return names


def without_elided_globals(prog: ir.Program, elided_reads: set[str]) -> None:
    """Drop, in place, the globals named in statements the port leaves out
    (`elided_reads`) that the code left no longer names."""
    if not elided_reads:
        return
    used = used_names(prog)
    prog.globals = [g for g in prog.globals if g.name not in elided_reads or g.name in used]
