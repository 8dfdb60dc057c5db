"""stap's `kernel.function("a") !, kernel.function("b")` in a translation.

stap takes the first `!` (sufficient) point that resolves and leaves the points
after it untried. A translation checks no kernel symbols (driver/translate.py
believes the script's names present), so it could not tell which alternative
xtrace's own stap takes, listed them all and read the probe's `$names` in every
one: inodewatch2.stp's `setattr_copy !, generic_setattr !, inode_setattr` was
refused for `$inode` in inode_setattr, which 6.1 does not have. Where the
kernel's function names are at hand, a port follows the choice stap makes.
"""

from __future__ import annotations

from typing import Callable, Optional

from xtrace.ir import nodes as ir
from xtrace.ir.target import KernelTarget

# (boot) -> the kernel's probeable function names, or None when not known; boot:
# whether it may capture them (a sandbox boot) rather than answer only from a cache
KnownFunctions = Callable[[bool], Optional[set[str]]]


def _plain_kfunc(p: ir.ProbePoint) -> bool:
    """A kernel.function("name") point of the kernel's own (no module, no pattern)."""
    return p.kind == "kfunc" and not p.module and not any(c in p.name for c in "*?[@")


def _reads_args(probe: ir.Probe) -> bool:
    """Whether the probe reads its point's `$names`: the kernel's BTF is read for
    them anyway, and which function they are read in is what the choice decides."""
    return any(isinstance(x, ir.ProbeArg) for x in ir.walk(probe.body)) or (
        probe.predicate is not None and any(isinstance(x, ir.ProbeArg) for x in ir.walk(probe.predicate)))


def settle_sufficient_points(prog: ir.Program, target: KernelTarget,
                             known: Optional[KnownFunctions]) -> None:
    """Settle the `!` kernel-function points of stap program `prog` as stap on the
    target kernel does: a sufficient point whose function the kernel has is believed
    matched (target.functions; analysis then leaves out the points after it), one it
    lacks is left out, as stap skips it. Nothing changes when no probe has such a
    point, when the kernel's names are unknown, or when no point of a probe would
    be left (stap's own "no match" is then the error, analysis's to give)."""
    probes = [pr for pr in prog.probes
              if any(p.sufficient and _plain_kfunc(p) for p in pr.points)]
    if not probes or known is None or target.functions is None:
        return
    names = known(any(_reads_args(pr) for pr in probes))
    if names is None:
        return
    for pr in probes:
        kept = [p for p in pr.points if not (p.sufficient and _plain_kfunc(p)) or p.name in names]
        if not kept:
            continue
        pr.points = kept
        target.functions |= {p.name for p in kept if p.sufficient and _plain_kfunc(p)}
