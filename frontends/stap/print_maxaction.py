"""The MAXACTION a stap port of D's printa() of stack keys needs, sized from the script.

stap stops a probe handler past MAXACTION statements (1000; MAXACTION_INTERRUPTIBLE,
ten times that, in begin, end and error probes, where interrupts are on): each
statement run counts, a loop's body once a pass, a function's body once a call.
D's printa() of an aggregation keyed by stack() or ustack() prints, in the port, each
row's frames with a loop (print_dstack.HELPER, print_dustack.PRINT_HELPER), so the
statements a print runs grow with its rows times their frames. Both are bounded:

- rows: a printa's limit, or the trunc(@a, N) before it in the same clause, else the
  most stap's array holds, MAXMAPENTRIES (2048);
- frames: stack(N)'s or ustack(N)'s N, at most MAXBACKTRACE (20), what backtrace() and
  ubacktrace() hold (a D stackframes option beyond it gets no more);
- statements a frame: a kernel frame is the loop's step, its printf and the %a
  helper's six statements (print_dstrings.ADDR_HELPER), 8, counted here as 10; a user
  frame the loop's step and its printf, 2, counted as 4; a row the foreach's step,
  its printfs, each helper's call and its opening printf, counted as 10 a row plus 4
  a stack key.

The figure is that product for the clause printing the most (divided by ten in an
end probe), plus 1000 for the rest of the clause, rounded up to a thousand: a port run
with it cannot stop at MAXACTION while printing (gmarler's profile_pid.d's port
stopped at its first tick-1sec with the default).
"""

from __future__ import annotations

from typing import Optional

from xtrace.ir import nodes as ir

from .print_dstack import MAXBACKTRACE

# stap's defaults (runtime's MAXMAPENTRIES, MAXACTION; MAXACTION_INTERRUPTIBLE is
# MAXACTION times ten)
MAXMAPENTRIES = 2048
MAXACTION = 1000
INTERRUPTIBLE_FACTOR = 10

# statements a printed frame and a printed row run, rounded up (the module's comment)
KERNEL_FRAME = 10
USER_FRAME = 4
ROW = 10
STACK_KEY = 4
# the clause's statements other than the printing
REST = 1000


def _key_frames(prog: ir.Program) -> dict[str, list[tuple[bool, int]]]:
    """(kernel, frames) of each stack key of each aggregation keyed by stacks."""
    limits = (prog.options or {}).get("limits") or {}
    out: dict[str, list[tuple[bool, int]]] = {}
    for p in prog.probes:
        for x in ir.walk(p.body):
            if isinstance(x, ir.AggUpdate) and x.agg not in out:
                keys = [k for k in x.keys if isinstance(k, ir.UStack)]
                if keys:
                    out[x.agg] = [(k.kernel, min(k.depth or (limits.get("STACKFRAMES") if k.kernel else None)
                                                 or MAXBACKTRACE, MAXBACKTRACE)) for k in keys]
    return out


def _rows(pa: ir.PrintAgg, before: list[ir.Stmt]) -> int:
    """The most rows `pa` prints: its limit, the trunc() to N rows before it, else
    what stap's array holds."""
    if pa.limit is not None:
        return min(abs(pa.limit), MAXMAPENTRIES)
    for s in reversed(before):
        if isinstance(s, ir.AggControl) and s.agg == pa.agg and s.op in ("trunc", "clear"):
            if s.op == "trunc" and s.args and isinstance(s.args[0], ir.IntLit):
                return min(abs(s.args[0].value), MAXMAPENTRIES)
            break
    return MAXMAPENTRIES


def _interruptible(p: ir.Probe) -> bool:
    return all(pt.kind in ("begin", "end", "error", "error_end") for pt in p.points)


def stack_rows_maxaction(prog: ir.Program) -> Optional[tuple[int, int, int]]:
    """(MAXACTION, rows, frames a row) for the stap port of D program `prog`, whose
    printa()s (or exit dumps) of aggregations keyed by stacks walk more statements a
    clause than stap's default allows; None when it prints no such aggregation or the
    default suffices."""
    frames = _key_frames(prog)
    if not frames:
        return None
    worst: Optional[tuple[int, int, int]] = None
    for p in prog.probes:
        stmts = list(ir.walk(p.body))
        total, rows_seen, frames_seen = 0, 0, 0
        for i, s in enumerate(stmts):
            if not isinstance(s, ir.PrintAgg):
                continue
            keys = frames.get(s.agg) or next((frames[a] for a in s.more if a in frames), [])
            if not keys:
                continue
            rows = _rows(s, [x for x in stmts[:i] if isinstance(x, ir.Stmt)])
            row = ROW + sum(STACK_KEY + n * (KERNEL_FRAME if kernel else USER_FRAME) for kernel, n in keys)
            total += rows * row
            rows_seen = max(rows_seen, rows)
            frames_seen = max(frames_seen, sum(n for _, n in keys))
        if not total:
            continue
        need = -(-total // (INTERRUPTIBLE_FACTOR if _interruptible(p) else 1)) + REST
        need = -(-need // 1000) * 1000
        if worst is None or need > worst[0]:
            worst = (need, rows_seen, frames_seen)
    if worst is None:
        # printed by nothing the IR says (no printa, no dump): the end probe's dump
        rows = MAXMAPENTRIES
        row = max(ROW + sum(STACK_KEY + n * (KERNEL_FRAME if kernel else USER_FRAME) for kernel, n in keys)
                  for keys in frames.values())
        need = -(-(-(-rows * row // INTERRUPTIBLE_FACTOR) + REST) // 1000) * 1000
        worst = (need, rows, max(sum(n for _, n in keys) for keys in frames.values()))
    return worst if worst[0] > MAXACTION else None


def stack_rows_note(prog: ir.Program) -> list[str]:
    """The lines atop the port saying the MAXACTION to run it with (none when the
    default suffices)."""
    sized = stack_rows_maxaction(prog)
    if sized is None:
        return []
    need, rows, frames = sized
    return [f"# D's printa() of stack keys walks each row's frames: up to {rows} rows of",
            f"# {frames} frame{'s' if frames != 1 else ''}, past stap's 1000 statements a probe (MAXACTION; ten times",
            f"# that in an end probe): run with stap -DMAXACTION={need}"]
