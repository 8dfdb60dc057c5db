"""A stap exit() before the rest of its probe, written after it.

stap's exit() only asks for the session's shutdown: the probe's other statements
still run (tapset oneshot.stp is `probe oneshot = begin { exit() }`, its body after
the exit). D's exit() is the same (the clause's other actions run, then END), but a
port that writes `BEGIN { exit(0); printf(...); }` reads as if the printf never
ran. A porter writes the exit last. Exact when nothing after the exit depends on
where it stands: the statements after it (at the top of the probe's body) hold no
other exit() (whose status would then be the last one's), no `next`, return, break
or continue that could leave before the moved exit, and no speculation (D's
speculate() must be its clause's first data-recording statement; commit() and
discard() are records too). Otherwise the exit stays where it is, with a comment
saying the statements after it still run.
"""

from __future__ import annotations

import dataclasses

from . import nodes as ir

# why an exit() stays first: a D reader would take the statements after it for dead
KEPT_NOTE = "exit() ends the session after this clause: the statements below it still run"

_LEAVES = (ir.Exit, ir.Next, ir.Return, ir.Break, ir.Continue, ir.Speculate, ir.SpecEnd,
           ir.SpecStop)


def _movable(rest: list[ir.Stmt]) -> bool:
    return not any(isinstance(x, _LEAVES) for x in ir.walk(rest))


def _moved(p: ir.Probe, note: bool) -> ir.Probe:
    stmts = p.body.stmts
    at = next((i for i, s in enumerate(stmts) if isinstance(s, ir.Exit)), None)
    if at is None:
        return p
    rest = stmts[at + 1:]
    if not any(not isinstance(s, ir.Comment) for s in rest):
        return p  # (already last)
    if _movable(rest):
        new = stmts[:at] + rest + [stmts[at]]
    elif note and not (at > 0 and isinstance(stmts[at - 1], ir.Comment) and stmts[at - 1].text == KEPT_NOTE):
        new = stmts[:at] + [ir.Comment(KEPT_NOTE, loc=stmts[at].loc)] + stmts[at:]
    else:
        return p
    return dataclasses.replace(p, body=dataclasses.replace(p.body, stmts=new))


def exits_written_last(prog: ir.Program, note: bool = True) -> ir.Program:
    """`prog` (stap's rule: exit() asks for the shutdown and the probe goes on) with
    each probe's top-level exit() that statements follow written after them where
    that is exact (see the module docstring), else, with `note`, a comment above it
    saying they still run; `prog` itself when no probe has one."""
    return ir.probes_rewritten(prog, lambda p: _moved(p, note))
