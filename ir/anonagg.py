"""D's anonymous aggregation `@` in a translation, and back.

The IR names `@` '_' (ANON_AGG). A porter to stap or Vue would give it a name
that says what it holds (`counts`, `sums`, `dist`), so the printers do, and
write a note on its declaration (ANON_AGG_NOTE). The stap and Vue frontends
turn a global whose declaration carries that note back into '_', so that the
translation back to D prints `@` again: the note, never the name, decides.
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from . import nodes as ir

ANON_AGG = "_"  # IR name of D's anonymous aggregation `@`
ANON_AGG_NOTE = "D's anonymous aggregation @"

# what the aggregation holds, by its aggregating function, as a porter would name it
_READABLE = {"count": "counts", "sum": "sums", "avg": "avgs", "min": "mins", "max": "maxes",
             "stddev": "stddevs", "quantize": "dist", "lquantize": "dist", "llquantize": "dist"}

_NOTE_RE = re.compile(r"(?:#|//|/\*)\s*" + re.escape(ANON_AGG_NOTE) + r"\s*(?:\*/)?\s*\Z")


def is_anon(prog: ir.Program) -> bool:
    """Whether the global ANON_AGG of `prog` is D's anonymous aggregation: in a D
    program, or where a frontend read it from a translation's note (never a stap
    or Vue script's own global that happens to be called '_')."""
    return prog.lang == "d" or bool(prog.options.get("anon_agg"))


def anon_aggregation(prog: ir.Program) -> Optional[ir.Global]:
    """The global that is D's anonymous aggregation, if `prog` has one."""
    if not is_anon(prog):
        return None
    g = prog.global_named(ANON_AGG)
    return g if g is not None and g.kind == "agg" else None


def names_in(prog: ir.Program) -> set[str]:
    """Every name the program's globals, functions and variables use."""
    out = {g.name for g in prog.globals} | {f.name for f in prog.functions}
    for f in prog.functions:
        out |= {p.name for p in f.params}
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.Var):
                out.add(x.name)
            elif isinstance(x, ir.ForEach):
                out |= {k for k in [*x.keys, x.value] if k}
            elif isinstance(x, ir.Try) and x.catch_var:
                out.add(x.catch_var)
    return out


def readable_name(prog: ir.Program, avoid: set[str]) -> Optional[str]:
    """The name the translation gives D's anonymous aggregation (None if `prog`
    has none): from its aggregating function, with a number after it where the
    script or `avoid` (the target language's own words) already uses that name."""
    g = anon_aggregation(prog)
    if g is None:
        return None
    func = g.agg_func
    if func in (None, "stats"):
        func = next((x.func for p in prog.probes for x in ir.walk(p.body)
                     if isinstance(x, ir.AggUpdate) and x.agg == ANON_AGG), None)
    if func == "stats":
        # stap's and Vue's statistics: named by the one statistic read of them, if one
        read = {x.func if isinstance(x, ir.AggRead) else x.value_func
                for root in ir.program_roots(prog) for x in ir.walk(root)
                if isinstance(x, (ir.AggRead, ir.PrintAgg)) and x.agg == ANON_AGG}
        if len(read) > 1:
            read.discard("count")  # `count(l) > 0` guards a print of its other statistic
        func = read.pop() if len(read) == 1 else "stats"
    base = _READABLE.get(func or "", "stats" if func == "stats" else "agg")
    taken = names_in(prog) | set(avoid)
    name, n = base, 2
    while name in taken:
        name, n = f"{base}{n}", n + 1
    return name


def is_note(comment: str) -> bool:
    """Whether `comment` (as written, with its `#`, `//` or `/* */`) is ANON_AGG_NOTE."""
    return _NOTE_RE.match(comment.strip()) is not None


def rename_aggregation(prog: ir.Program, old: str, new: str) -> ir.Program:
    """A copy of `prog` in which the global `old` is called `new` everywhere."""
    prog = copy.deepcopy(prog)
    for g in prog.globals:
        if g.name == old:
            g.name = new
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            for attr in ("agg", "map"):
                if getattr(x, attr, None) == old and isinstance(getattr(x, attr), str):
                    setattr(x, attr, new)
            if isinstance(getattr(x, "more", None), list):
                x.more = [new if m == old else m for m in x.more]
            if isinstance(x, ir.Var) and x.scope == "global" and x.name == old:
                x.name = new
            elif isinstance(x, ir.PrintVar) and x.name == old:
                x.label = x.label or x.name  # what it prints keeps the source's name
                x.name = new
    return prog


def as_anon_aggregation(prog: ir.Program, noted: set[str]) -> ir.Program:
    """`prog` (read from stap or Vue) with the one aggregation whose declaration
    carries ANON_AGG_NOTE called ANON_AGG, so that D prints it as `@`; unchanged
    when no aggregation, or more than one, is noted, or a global is already
    called ANON_AGG."""
    aggs = [g.name for g in prog.globals if g.name in noted and g.kind == "agg"]
    maps = [g.name for g in prog.globals if g.name in noted and g.kind == "map"]
    if not aggs and len(maps) == 1:
        # a port's array of a histogram's counts, which the D printer reads back as
        # the aggregation (frontends/d/histograms_back.py) and names then
        prog.options["anon_map"] = maps[0]
    if len(aggs) != 1 or ANON_AGG in names_in(prog):
        return prog
    prog = rename_aggregation(prog, aggs[0], ANON_AGG)
    prog.options["anon_agg"] = True
    return prog
