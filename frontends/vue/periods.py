"""A sampling rate Vue's whole milliseconds come within 2% of, as that interval.

DTrace's `profile-997` (every 1.003009 ms on each CPU) is the flame-graph and
hot-function idiom: 997 rather than 1000 so that the samples do not fall in step
with the kernel's own 1 ms work. Vue's intervals are whole milliseconds, so a
porter writes `@@interval:*:clock:1:*` and notes that the rate is 1000 a second:
the counts, which are samples, grow by 0.3%, less than two runs of the script
differ by (`profile-99`, the other usual rate, by 1%). A rate that no whole
millisecond comes within 2% of (profile-4999, every 0.2 ms) stays refused with its nearest interval (printer.py), since the
port would print counts of another size.
"""

from __future__ import annotations

import dataclasses

from xtrace.ir import nodes as ir

# how far the port's rate may be from the source's, as a fraction of it
_TOLERANCE = 0.02


def whole_ms_near(period_ns: int) -> int | None:
    """The whole milliseconds whose rate is within 2% of a period of `period_ns`
    (None: none is, or the period is whole milliseconds already)."""
    if period_ns <= 0 or period_ns % 1_000_000 == 0:
        return None
    ms = max(1, round(period_ns / 1_000_000))
    rate, near = 1e9 / period_ns, 1000 / ms
    return ms if abs(near - rate) <= _TOLERANCE * rate else None


def near_rates_as_whole_ms(prog: ir.Program) -> ir.Program:
    """`prog` with each timer point whose rate a whole millisecond comes within 2% of
    at that interval, the first such clause's comment saying so (the point's spelling
    kept: it names the probe in DTrace's framing)."""
    if not any(_near(pt) for p in prog.probes for pt in p.points):
        return prog
    probes, noted = [], set()
    for p in prog.probes:
        wholes = [_near(pt) for pt in p.points]
        near = [(pt, ms) for pt, ms in zip(p.points, wholes) if ms is not None]
        if not near:
            probes.append(p)
            continue
        points = [dataclasses.replace(pt, period_ns=ms * 1_000_000) if ms is not None else pt
                  for pt, ms in zip(p.points, wholes)]
        pt, ms = near[0]
        rate = 1e9 / pt.period_ns
        said = pt.spelling or f"a rate of {rate:.4g}"
        note = (f"{said}: {rate:.4g} a second{' on each CPU' if pt.per_cpu else ''}; Vue's "
                f"intervals are whole milliseconds, so {1000 / ms:.4g} here")
        # (said once: a later clause on the same rate is the same interval)
        comments = [*p.comments] + ([note] if note not in noted else [])
        noted.add(note)
        probes.append(dataclasses.replace(p, points=points, comments=comments))
    return dataclasses.replace(prog, probes=probes)


def _near(pt: ir.ProbePoint) -> int | None:
    if pt.kind != "timer" or pt.period_arg or pt.randomize_ns:
        return None
    return whole_ms_near(pt.period_ns)
