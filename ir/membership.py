"""stap's `k in a` said as a test of the element's value, for D.

D has no membership test: an element of a D associative array that was never
stored (or was stored 0, which deletes it) reads as 0 ("" for strings). So for
an array whose every store is a value that cannot be 0 (or ""), the element
exists exactly when it is not 0: `k in a` is `a[k] != 0`. That covers stap's
usual pairing of a start time with its end,

    probe syscall.read { start[tid()] = gettimeofday_us() }
    probe syscall.read.return { if (tid() in start) { ... delete start[tid()] } }

where a time stamp is never 0, counters only counted up, and flags set to a
non-zero constant.
"""

from __future__ import annotations

from typing import Optional

from . import nodes as ir

# A time since the epoch in ns, and its parts down to seconds, are never 0; time
# since boot is at least microseconds.
_TIMES = {"walltimestamp": 10 ** 9, "timestamp": 1000}


def nonzero_maps(prog: ir.Program) -> dict[str, bool]:
    """Arrays whose stored values are never 0 (or ""): name -> whether of strings."""
    bodies = [p.body for p in prog.probes] + [f.body for f in prog.functions]
    verdict: dict[str, Optional[bool]] = {g.name: None for g in prog.globals if g.kind == "map"}
    bad: set[str] = set()
    for n in ir.walk(bodies):
        target = getattr(n, "target", None)
        if not isinstance(target, ir.Index) or target.map not in verdict:
            continue
        name = target.map
        if isinstance(n, ir.IncDec):
            ok, is_str = n.op == "++", False
        elif isinstance(n, ir.Assign) and n.op == "+=":
            ok, is_str = isinstance(n.value, ir.IntLit) and n.value.value > 0, False
        elif isinstance(n, ir.Assign) and n.op == "=":
            ok, is_str = _never_zero(n.value), isinstance(n.value, ir.StrLit)
        else:
            ok, is_str = False, False
        if not ok or verdict[name] not in (None, is_str):
            bad.add(name)
        verdict[name] = is_str
    return {name: is_str for name, is_str in verdict.items() if is_str is not None and name not in bad}


def _never_zero(e: ir.Expr) -> bool:
    if isinstance(e, ir.IntLit):
        return e.value != 0
    if isinstance(e, ir.StrLit):
        return e.value != ""
    if isinstance(e, ir.Builtin):
        return e.name in _TIMES
    if (isinstance(e, ir.Binary) and e.op == "/" and isinstance(e.lhs, ir.Builtin)
            and e.lhs.name in _TIMES and isinstance(e.rhs, ir.IntLit)):
        return 0 < e.rhs.value <= _TIMES[e.lhs.name]
    return False
