"""`translate --force` to Vue: a stap histogram without keys as an array of one element.

stap's `s <<< v` ... `print(@hist_log(s))` keeps one histogram. Vue counts a
distribution with qrange() into an element of an associative array (a range_t
gives the array its buckets), so a porter keeps the histogram in an array of one
element, keyed by a constant: here the statistic's own name, which Vue's print()
shows above the Range/Count table, as a title. The keyed histograms' nearest
(printer.py range_vars, nearest.hist_print) then says the rest: set_range() in
@@BEGIN, `qrange(s["s"], s_range, v)` at each update, print(s) where stap prints
it, clear(s) where stap deletes it. Only where nothing else reads the statistic
(no @count(s), no bucket): a value Vue would need from the array's one element.
"""

from __future__ import annotations

import copy

from xtrace.ir import nodes as ir
from xtrace.ir.histequiv import DTRACE_HIST

from ..gaps import Gaps

# Program.options key: statistic -> the constant key of its one element
OPTION = "one_key_hists"


def keyless_hists_keyed(prog: ir.Program, gaps: Gaps) -> ir.Program:
    """(--force, a stap program) `prog` with each keyless histogram that only its updates,
    whole prints and deletes use made an array of one element (module docstring);
    `prog` itself when there is none."""
    if not gaps.force or prog.lang != "stap":
        return prog
    trees = [p.body for p in prog.probes] + [p.predicate for p in prog.probes if p.predicate is not None] \
        + [f.body for f in prog.functions]
    nodes = list(ir.walk(trees))
    names = [g.name for g in prog.globals if g.kind == "agg" and _one_histogram(g.name, nodes)]
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        for n in ir.walk(p.body):
            if isinstance(n, ir.AggUpdate) and n.agg in names:
                n.keys = [ir.StrLit(n.agg, loc=n.loc)]
            elif isinstance(n, ir.PrintAgg) and n.agg in names:
                # the whole array's print: its one element
                n.keys, n.sort_by = None, "key"
    prog.options[OPTION] = {name: name for name in names}
    return prog


def _one_histogram(name: str, nodes: list) -> bool:
    """Whether statistic `name` is updated without keys as a stap histogram and used
    otherwise only by prints of that histogram and deletes of it."""
    funcs = set()
    for n in nodes:
        if isinstance(n, ir.AggUpdate) and n.agg == name:
            if n.keys:
                return False
            funcs.add(n.func)
        elif isinstance(n, ir.PrintAgg) and n.agg == name:
            if n.layout != "stap_hist" or n.keys != [] or n.more:
                return False
        elif isinstance(n, ir.Delete) and n.map == name:
            if n.keys:
                return False
        elif isinstance(n, (ir.AggRead, ir.AggControl, ir.PrintVar)) and \
                name in (getattr(n, "agg", None), getattr(n, "name", None)):
            return False
        elif isinstance(n, ir.While) and n.walks and any(f"({name}{c}" in n.walks for c in ",)"):
            return False  # a loop over its buckets (without reading their counts)
    return len(funcs) == 1 and funcs <= set(DTRACE_HIST)
