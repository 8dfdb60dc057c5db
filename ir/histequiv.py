"""stap's histograms as the DTrace ones with the same buckets.

stap's @hist_log counts powers of two, as D's quantize() does (and Vue's
set_range(T, POWER, 2) slots). `@hist_linear(v, start, stop, interval)` has a
bucket per interval from start to stop inclusive, then the overflow: the buckets
of `lquantize(v, start, stop + interval, interval)` (Vue's set_range(T, LINEAR,
start, stop + interval, interval)). Only the layouts they print in differ, so a
--force port into D or Vue counts the same values and prints them in its own.
"""

from __future__ import annotations

import dataclasses

from . import nodes as ir

DTRACE_HIST = {"hist_log": "quantize", "hist_linear": "lquantize"}


def hist_as_quantize(s: ir.AggUpdate) -> ir.AggUpdate:
    """stap's update of a histogram (`s <<< v`, read as @hist_log/@hist_linear) as the
    DTrace aggregating function with the same buckets; `s` itself for any other."""
    if s.func not in DTRACE_HIST:
        return s
    args = list(s.args[:1])
    if s.func == "hist_linear":
        start, stop, interval = (a.value for a in s.args[1:4])
        args += [ir.IntLit(start), ir.IntLit(stop + interval), ir.IntLit(interval)]
    return dataclasses.replace(s, func=DTRACE_HIST[s.func], args=args)
