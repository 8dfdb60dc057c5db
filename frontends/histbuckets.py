"""stap's reads of a histogram's buckets, said in no other language.

`@hist_log(s[k])[i]` reads one bucket of a statistic's histogram, and
`foreach (n = i in @hist_log(s[k]))` walks them all (ir.nodes.HistBucket). D
cannot read an aggregation's buckets and has no loops; Vue's lists keep no
buckets and Vue has no loops either. Both printers refuse such a program with
this module's words, naming the construct and the nearest thing the language
has, before anything else about the histogram is said.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError

from .constructs import spelled


def refuse_hist_buckets(prog: ir.Program, lang: str) -> None:
    """Raise the refusal for the first bucket read of `prog` (lang: 'd' or 'vue')."""
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.HistBucket):
                raise XtraceError(_words(x, lang), x.loc)


def _operand(e: ir.HistBucket) -> str:
    """`@hist_log(stats[c])`, `@hist_linear(s, 0, 100, 10)` as the script wrote it."""
    keys = f"[{', '.join(spelled(k) for k in e.keys)}]" if e.keys else ""
    params = "".join(f", {spelled(a)}" for a in e.args)
    return f"@{e.func}({e.agg}{keys}{params})"


def _words(e: ir.HistBucket, lang: str) -> str:
    op = _operand(e)
    what = (f"stap's foreach over the buckets of {op} (each bucket's count, in a loop)"
            if not e.checked else f"stap's read of one histogram bucket, {op}[{spelled(e.index)}],")
    if lang == "d":
        keys = f"[{', '.join(spelled(k) for k in e.keys)}]" if e.keys else ""
        func = "quantize(v)" if e.func == "hist_log" else \
            f"lquantize(v, {', '.join(spelled(a) for a in e.args)})"
        why = "D cannot read an aggregation's buckets" + (" and has no loops" if not e.checked else "")
        return (f"{what} has no D equivalent: {why}; nearest: print the whole histogram, "
                f"`@{e.agg}{keys} = {func}` and printa(@{e.agg})")
    why = "a Vue list keeps count, sum, min, max and avg, no buckets" + \
        (", and Vue has no loops" if not e.checked else "")
    return (f"{what} has no Vue equivalent: {why}; nearest: count the values per bucket in "
            "an associative array and print it with quantize()")
