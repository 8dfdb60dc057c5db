"""stap's reads of a histogram's buckets, said in no other language.

`@hist_log(s[k])[i]` reads one bucket of a statistic's histogram (ir.nodes.HistBucket),
`i in @hist_log(s[k])` tests whether it counts anything (the same read), and
`foreach (n = i in @hist_log(s[k]))` walks them all (an ir.While whose `walks` names
the histogram). D cannot read an aggregation's buckets and has no loops;
Vue's lists keep no buckets and Vue has no loops either. Both printers refuse
such a program with this module's words, naming the construct and the nearest
thing the language has, before anything else about the histogram is said; with
`translate --force` each statement that holds one becomes the gap's comment.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError

from .constructs import spelled
from .gaps import Gaps


def refuse_hist_buckets(prog: ir.Program, lang: str, gaps: Optional[Gaps] = None) -> ir.Program:
    """`prog` when it reads no bucket; else the refusal of the first (lang: 'd' or
    'vue'), or with `gaps.force` `prog` with every statement that reads buckets
    replaced by the gap's comment (the refusals kept in `gaps.found`)."""
    first = next((_refusal(x, lang) for root in ir.program_roots(prog) for x in ir.walk(root)
                  if _refusal(x, lang) is not None), None)
    if first is None:
        return prog
    if gaps is None or not gaps.force:
        raise first
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        p.body = _gapped(p.body, lang, gaps)
    for f in prog.functions:
        f.body = _gapped(f.body, lang, gaps)
    return prog


def _gapped(s: ir.Stmt, lang: str, gaps: Gaps) -> ir.Stmt:
    """`s` with each smallest statement that reads buckets replaced by a gap comment."""
    if isinstance(s, ir.Block):
        s.stmts = [_gapped(x, lang, gaps) for x in s.stmts]
        return s
    ex = next((_refusal(x, lang) for x in ir.walk(s) if _refusal(x, lang) is not None), None)
    if ex is None:
        return s
    children = [f.name for f in dataclasses.fields(s) if isinstance(getattr(s, f.name), ir.Stmt)]
    own = [getattr(s, f.name) for f in dataclasses.fields(s)
           if isinstance(getattr(s, f.name), ir.Expr)]
    if not (isinstance(s, ir.While) and s.walks) and children \
            and not any(_refusal(x, lang) is not None for e in own for x in ir.walk(e)):
        for name in children:
            setattr(s, name, _gapped(getattr(s, name), lang, gaps))
        return s
    gaps.found.append(ex)
    where = f" at {ex.loc}" if ex.loc is not None and ex.loc.line > 0 else ""
    return ir.Comment(f"xtrace --force: not translated{where}: {ex.message}", loc=s.loc,
                      left_out=(ex, s))


def _refusal(x, lang: str) -> Optional[XtraceError]:
    """The refusal of one node: a loop over a histogram's buckets, or a bucket read."""
    if isinstance(x, ir.While) and x.walks:
        what = f"stap's foreach over the buckets of {x.walks} (each bucket's count, in a loop)"
        return XtraceError(_words(what, x.walks, lang, loop=True), x.loc)
    if isinstance(x, ir.HistBucket) and x.member:
        op = _operand(x)
        what = f"stap's test of one histogram bucket's count, {spelled(x.index)} in {op},"
        return XtraceError(_words(what, op, lang, loop=False), x.loc)
    if isinstance(x, ir.HistBucket) and x.checked:
        op = _operand(x)
        what = f"stap's read of one histogram bucket, {op}[{spelled(x.index)}],"
        return XtraceError(_words(what, op, lang, loop=False), x.loc)
    return None


def _operand(e: ir.HistBucket) -> str:
    """`@hist_log(stats[c])`, `@hist_linear(s, 0, 100, 10)` as the script wrote it."""
    keys = f"[{', '.join(spelled(k) for k in e.keys)}]" if e.keys else ""
    params = "".join(f", {spelled(a)}" for a in e.args)
    return f"@{e.func}({e.agg}{keys}{params})"


def _arguments(op: str) -> list[str]:
    """The arguments of `@hist_linear(s[k, j], 0, 100, 10)`: `s[k, j]`, `0`, ..."""
    inner = op[op.index("(") + 1:op.rindex(")")]
    out, depth, cur = [], 0, ""
    for ch in inner:
        depth += ch in "([" and 1 or ch in ")]" and -1 or 0
        if ch == "," and depth == 0:
            out.append(cur.strip())
            cur = ""
        else:
            cur += ch
    return out + [cur.strip()]


def _words(what: str, op: str, lang: str, loop: bool) -> str:
    if lang == "d":
        element, *params = _arguments(op)
        name = element.split("[")[0]
        func = f"lquantize(v, {', '.join(params)})" if params else "quantize(v)"
        why = "D cannot read an aggregation's buckets" + (" and has no loops" if loop else "")
        return (f"{what} has no D equivalent: {why}; nearest: print the whole histogram, "
                f"`@{element} = {func}` and printa(@{name})")
    why = "a Vue list keeps count, sum, min, max and avg, no buckets" + \
        (", and Vue has no loops" if loop else "")
    return (f"{what} has no Vue equivalent: {why}; nearest: count the values per bucket in "
            "an associative array and print it with quantize()")
