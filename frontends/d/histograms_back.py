"""A stap port's DTrace histograms read back as D's quantize(), lquantize() and
llquantize() aggregations.

stap's @hist_log prints its own layout, so the stap port of `@lat[k] = quantize(v)`
keeps the histogram itself (frontends/stap/print_quantize.py): a count per bucket,
the buckets' statistics, helper functions that name a value's bucket, and a
function printing DTrace's block,

    bucket = quantize_bucket(v)
    lat[k, bucket]++
    lat_buckets[k] <<< bucket
    ...
    probe end { printf("\\n")
                foreach ([k] in lat_buckets @sum+) { printf("  %-50s", k); print_lat(k); printf("\\n") } }

Back in D that is the aggregation and D's own end-of-run print of it. Only in that
shape: the helper functions and the print function exactly as the port writes
them (their lowered code compared, locations aside), the three updates together,
the bucket local read nowhere else, the count and bucket arrays used nowhere else,
and the print in DTrace's layout (the blank line, then each element's keys in
their widths and its block, ordered by the buckets' @sum as libdtrace weighs a
histogram, or by the keys). A clear()ed histogram's port (print_quantize.py) has a
fourth statement in each update, a cleared key's statistics started again, and its
clear(): the counts deleted and each key's statistics one value, the keys marked.
"""

from __future__ import annotations

import copy
import math
from functools import lru_cache
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.anonagg import ANON_AGG, names_in, rename_aggregation
from xtrace.ir.rundumps import dump_blank_line, flag_set_of

_FUNCS = ("quantize", "lquantize", "llquantize")
_NPARAMS = {"quantize": 0, "lquantize": 3, "llquantize": 4}


def histograms_as_aggregations(prog: ir.Program) -> ir.Program:
    """`prog` (stap) with each histogram in the module's shape said as D's
    aggregation and its print; `prog` itself when there is none."""
    if prog.lang != "stap" or not any(f.name.endswith("_bucket") for f in prog.functions):
        return prog
    out = copy.deepcopy(prog)  # (found in the copy: the rewrite keeps their places)
    found = _histograms(out)
    _guards_unfolded(out, {h.stat for h in found})
    # (one bucket local serves every histogram's updates)
    triples = {id(x) for h in found for b, i, *_, n in h.updates for st in b.stmts[i:i + n]
               for x in ir.walk(st)}
    hists = [h for h in found if _fits(out, h, triples)]
    if not hists:
        return prog
    prog = out
    notes = {f"the buckets of {h.name}'s values" for h in hists} \
        | {f"the keys clear() zeroed in @{h.name}, until a value comes again" for h in hists}
    for h in hists:
        _rewrite(prog, h)
        notes |= _helper_notes(h)
    for p in prog.probes:  # the port's notes on what is gone
        p.comments = [c for c in p.comments if c not in notes]
    noted = (prog.options or {}).get("anon_map")
    if noted in {h.name for h in hists} and ANON_AGG not in names_in(prog):
        # D's `@`, noted on the array of its counts
        prog = rename_aggregation(prog, noted, ANON_AGG)
        prog.options["anon_agg"] = True
    used = {x.name for x in ir.walk(list(ir.program_roots(prog))) if isinstance(x, ir.FuncCall)}
    changed = True
    while changed:  # the helpers no call is left of (they call each other)
        keep = [f for f in prog.functions if f.name in used or not _is_helper(f.name, hists)]
        changed = len(keep) != len(prog.functions)
        prog.functions = keep
        used = {x.name for x in ir.walk(list(ir.program_roots(prog))) if isinstance(x, ir.FuncCall)}
    return prog


class _Hist:
    """One histogram of the port: its count array, bucket statistics, kind, the
    helpers' constant parameters, its print function and its updates."""

    def __init__(self, name: str, stat: str, func: str, extra: list[int], updates: list) -> None:
        self.name, self.stat, self.func, self.extra, self.updates = name, stat, func, extra, updates
        self.marks: Optional[str] = None  # the keys a clear() zeroed, if it has one
        self.clears: list = []  # (block, its statements) of each clear()
        self.fname: Optional[str] = None
        self.params: list = []  # the print function's parameters (the keys)
        self.prints: list = []  # (block, index, statements, PrintAgg)


def _is_helper(name: str, hists: list[_Hist]) -> bool:
    return name == "dtrace_hist_row" or any(
        name.startswith(f + "_") for f in _FUNCS) or name in {h.fname for h in hists}


def _histograms(prog: ir.Program) -> list[_Hist]:
    """Every histogram whose updates are the port's three statements, by its count array."""
    found: dict[str, _Hist] = {}
    for b in ir.program_blocks(prog):
        for i in range(len(b.stmts) - 2):
            # (a cleared histogram's: the guard before the statistics' update)
            marks = _fresh_guard(b.stmts[i + 2]) if i + 3 < len(b.stmts) else None
            n = 3 if marks is None else 4
            u = _update(b.stmts[i:i + 2] + [b.stmts[i + n - 1]])
            if u is None:
                continue
            name, stat, func, extra, keys, value, bucket = u
            if marks is not None and marks[1:] != (stat, keys):
                continue
            h = found.setdefault(name, _Hist(name, stat, func, extra, []))
            if (h.stat, h.func, h.extra) != (stat, func, extra) or \
                    (marks is not None and h.marks not in (None, marks[0])):
                h.stat = ""  # updated two ways: not one histogram
            if marks is not None:
                h.marks = marks[0]
            h.updates.append((b, i, keys, value, bucket, b.stmts[i], n))
    return [h for h in found.values() if h.stat]


def _guards_unfolded(prog: ir.Program, stats: set[str]) -> None:
    """A keyless histogram's print alone in a probe, `probe end { if (@count(stat)) {
    printf("\\n") print() printf("\\n") } }`, is read by the stap frontend as the
    probe's predicate: its guard again, as _print_at finds it."""
    for p in prog.probes:
        c = p.predicate
        body = p.body.stmts
        if isinstance(c, ir.AggRead) and c.agg in stats and c.func == "count" and not c.keys \
                and len(body) == 3 and dump_blank_line(body[0], c.agg) and _call(body[1], []) \
                and _newline(body[2]):
            p.predicate = None
            p.body = ir.Block(stmts=[ir.If(cond=c, then=ir.Block(stmts=body, loc=p.body.loc), loc=c.loc)],
                              loc=p.body.loc)


def _fresh_guard(s: ir.Stmt) -> Optional[tuple[str, str, list[ir.Expr]]]:
    """(marks, statistics, keys) of `if (k in marks) { delete marks[k]; delete stat[k] }`
    (without keys: `if (marks) { delete marks; delete stat }`), else None."""
    if not (isinstance(s, ir.If) and s.else_ is None and isinstance(s.then, ir.Block)
            and len(s.then.stmts) == 2 and all(isinstance(d, ir.Delete) for d in s.then.stmts)):
        return None
    gone, stat = s.then.stmts
    if isinstance(s.cond, ir.InMap) and gone.map == s.cond.map and gone.keys == s.cond.keys \
            and stat.keys == s.cond.keys:
        return gone.map, stat.map, list(s.cond.keys)
    if isinstance(s.cond, ir.Var) and s.cond.scope == "global" and gone.map == s.cond.name \
            and gone.keys is None and stat.keys is None:
        return gone.map, stat.map, []
    return None


def _clear_at(stmts: list[ir.Stmt], i: int, h: _Hist) -> Optional[list[ir.Stmt]]:
    """The statements from `i` that are the port's clear() of `h`, else None: `delete
    name`, a note, then each key marked, the statistics deleted and each marked key's
    one value (without keys: the statistics one value if it had any, marked)."""
    if h.marks is None or not (isinstance(stmts[i], ir.Delete) and stmts[i].map == h.name
                               and stmts[i].keys is None):
        return None
    j = i + 1
    if j < len(stmts) and isinstance(stmts[j], ir.Comment):
        j += 1
    rest = stmts[j:j + 3]
    if len(rest) == 3 and isinstance(rest[0], ir.ForEach) and rest[0].map == h.stat \
            and isinstance(rest[2], ir.ForEach) and rest[2].map == h.marks \
            and rest[0].keys == rest[2].keys and rest[1] == ir.Delete(h.stat):
        keys = [ir.Var(k, "local") for k in rest[0].keys]
        mark, one = _only(rest[0].body), _only(rest[2].body)
        if isinstance(mark, ir.ExprStmt) and isinstance(mark.expr, ir.Assign) \
                and mark.expr.target == ir.Index(h.marks, keys) and mark.expr.value == ir.IntLit(1) \
                and isinstance(one, ir.AggUpdate) and one.agg == h.stat and one.keys == keys \
                and one.func == "stats" and len(one.args) == 1 and isinstance(one.args[0], ir.IntLit):
            return stmts[i:j + 3]
    if j < len(stmts) and isinstance(stmts[j], ir.If) and stmts[j].else_ is None:
        body = [x for x in stmts[j].then.stmts if not isinstance(x, ir.Comment)] \
            if isinstance(stmts[j].then, ir.Block) else []
        if len(body) == 3 and body[0] == ir.Delete(h.stat) and isinstance(body[1], ir.AggUpdate) \
                and body[1].agg == h.stat and not body[1].keys and isinstance(body[2], ir.ExprStmt) \
                and isinstance(body[2].expr, ir.Assign) and body[2].expr.target == ir.Var(h.marks, "global") \
                and body[2].expr.value == ir.IntLit(1):
            return stmts[i:j + 1]
    return None


def _only(s: ir.Stmt) -> Optional[ir.Stmt]:
    """The one statement `s` is (a block of one), else None."""
    if isinstance(s, ir.Block):
        return s.stmts[0] if len(s.stmts) == 1 else None
    return s


def _update(stmts: list[ir.Stmt]):
    """(count array, bucket statistics, kind, parameters, keys, value, bucket local) of
    `bucket = F_bucket(v, ..); name[k.., bucket]++; stat[k..] <<< bucket`, or None."""
    first, count, add = stmts
    if not (isinstance(first, ir.ExprStmt) and isinstance(first.expr, ir.Assign)
            and first.expr.op == "=" and isinstance(first.expr.target, ir.Var)
            and first.expr.target.scope == "local"):
        return None
    call = first.expr.value
    if not (isinstance(call, ir.FuncCall) and call.name.endswith("_bucket")
            and call.name[:-len("_bucket")] in _FUNCS and call.args):
        return None
    func = call.name[:-len("_bucket")]
    extra = call.args[1:]
    if len(extra) != _NPARAMS[func] or not all(isinstance(a, ir.IntLit) for a in extra):
        return None
    bucket = first.expr.target.name
    if not (isinstance(count, ir.ExprStmt) and isinstance(count.expr, ir.IncDec)
            and count.expr.op == "++" and isinstance(count.expr.target, ir.Index)
            and count.expr.target.keys and count.expr.target.keys[-1] == ir.Var(bucket, "local")):
        return None
    keys = count.expr.target.keys[:-1]
    if not (isinstance(add, ir.AggUpdate) and add.func == "stats" and add.keys == keys
            and add.args == [ir.Var(bucket, "local")]):
        return None
    if any(isinstance(x, (ir.FuncCall, ir.Call, ir.Assign, ir.IncDec)) for x in ir.walk(keys)):
        return None  # keys computed three times: the same only without calls or stores
    return (count.expr.target.map, add.agg, func, [a.value for a in extra], keys, call.args[0],
            bucket)


@lru_cache(maxsize=None)
def _helpers_ir(func: str) -> dict:
    """The port's helper functions for `func` as lowered (name -> Function)."""
    from xtrace import frontends
    from xtrace.frontends.stap.print_quantize import helper_text
    prog = frontends.parse(helper_text(func) + "\nprobe begin { exit() }\n", "helpers.stp", "stap")
    return {f.name: f for f in prog.functions}


def _print_ir(h: _Hist, fname: str, params: list[ir.Param]) -> Optional[ir.Function]:
    """The port's print function of `h`, keyed by `params`, as lowered."""
    h.params = params
    prog = _print_parse(h, fname, [p.name for p in params], [p.type for p in params])
    return next((f for f in prog.functions if f.name == fname), None)


def _print_parse(h: _Hist, fname: str, names: list[str], types: list) -> ir.Program:
    """The port's helpers and print function of `h`, with a probe after them, lowered."""
    from xtrace import frontends
    from xtrace.frontends.stap.print_quantize import helper_text, hist_print_function
    decls = [n + (":string" if t is not None and t.is_str else ":long") for n, t in zip(names, types)]
    text = hist_print_function(h.name, h.stat, fname, names, decls, h.func, h.extra)
    return frontends.parse(f"global {h.name}, {h.stat}\n{helper_text(h.func)}\n\n{text}\n\n"
                           f"probe begin {{ {h.stat} <<< 1\n"
                           f"{h.name}[{', '.join(['0'] * (len(names) + 1))}]++ exit() }}\n",
                           "helpers.stp", "stap")


def _helper_notes(h: _Hist) -> set[str]:
    """The comments the port writes above its helper and print functions of `h`."""
    return set(_print_parse(h, h.fname, [p.name for p in h.params],
                            [p.type for p in h.params]).probes[0].comments)


def _same_function(a: ir.Function, b: Optional[ir.Function]) -> bool:
    return b is not None and a.name == b.name and [p.name for p in a.params] == [
        p.name for p in b.params] and a.body == b.body


def _print_at(stmts: list[ir.Stmt], i: int, h: _Hist, prog: ir.Program):
    """(the statements, sort, descending, print function, flags) of DTrace's layout of
    `h` from stmts[i]: `printf("\\n")` and, without keys, `if (@count(stat)) { print();
    printf("\\n") }`, with keys, the foreach over the bucket statistics printing each
    element's keys; the flags a printa's row sets last (PrintAgg.marks: rundumps)."""
    from xtrace.frontends.stap.print_agg import _dtrace_key_fmt
    s = stmts[i]
    if isinstance(s, ir.If) and s.else_ is None and isinstance(s.cond, ir.AggRead) \
            and s.cond.agg == h.stat and s.cond.func == "count" and not s.cond.keys:
        # D's exit dump: the blank line inside the guard, printed only with the row
        body = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
        if len(body) == 3 and dump_blank_line(body[0], h.stat) and _call(body[1], []) and _newline(body[2]):
            return [s], "value", False, body[1].expr.name, []
        return None
    if i + 1 >= len(stmts) or not dump_blank_line(stmts[i], h.stat):
        return None
    s = stmts[i + 1]
    if isinstance(s, ir.If) and s.else_ is None and isinstance(s.cond, ir.AggRead) \
            and s.cond.agg == h.stat and s.cond.func == "count" and not s.cond.keys:
        body, marks = _flags_set_last(s.then.stmts if isinstance(s.then, ir.Block) else [s.then])
        if len(body) == 2 and _call(body[0], []) and _newline(body[1]):
            return [stmts[i], s], "value", False, body[0].expr.name, marks
        return None
    if not (isinstance(s, ir.ForEach) and s.map == h.stat and s.value is None and s.limit is None):
        return None
    lvars = [ir.Var(k, "local") for k in s.keys]
    body, marks = _flags_set_last(s.body.stmts if isinstance(s.body, ir.Block) else [s.body])
    g = prog.global_named(h.name)
    types = (g.key_types or [])[:len(lvars)] if g is not None else []
    if len(types) != len(lvars) or len(body) != 3:
        return None
    keyfmt = "".join(_dtrace_key_fmt(t) for t in types)
    if not (isinstance(body[0], ir.Printf) and body[0].fmt == keyfmt and body[0].args == lvars
            and _call(body[1], lvars) and _newline(body[2])):
        return None
    if s.sort_column == 0 and s.sort_stat == "sum":
        by = "value"
    elif s.sort_column == 1:
        by = "key"
    else:
        return None
    return [stmts[i], s], by, s.descending, body[1].expr.name, marks


def _flags_set_last(body: list[ir.Stmt]) -> tuple[list[ir.Stmt], list[str]]:
    """`body` without the flags it sets last (`flag = 1`), and those flags."""
    n = len(body)
    while n > 0 and flag_set_of(body[n - 1]) is not None:
        n -= 1
    return body[:n], [flag_set_of(x) for x in body[n:]]


def _newline(s: ir.Stmt) -> bool:
    return isinstance(s, ir.Printf) and s.fmt == "\n" and not s.args and not s.stderr


def _call(s: ir.Stmt, args: list[ir.Expr]) -> bool:
    return isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.FuncCall) and s.expr.args == args


def _fits(prog: ir.Program, h: _Hist, triples: set[int]) -> bool:
    """Whether `h` is the port's histogram: its helpers and print function as the port
    writes them, its arrays and bucket local used only by its updates and print."""
    funcs = {f.name: f for f in prog.functions}
    for name, want in {**_helpers_ir(h.func)}.items():
        if name not in funcs or not _same_function(funcs[name], want):
            return False
    for b in ir.program_blocks(prog):
        for i in range(len(b.stmts)):
            found = _print_at(b.stmts, i, h, prog)
            if found is not None:
                stmts, by, desc, fname, marks = found
                if h.fname not in (None, fname):
                    return False
                h.fname = fname
                h.prints.append((b, stmts, by, desc, marks))
    if h.fname is None or h.fname not in funcs:
        return False
    if h.marks is not None:
        for b in ir.program_blocks(prog):
            for i in range(len(b.stmts)):
                found = _clear_at(b.stmts, i, h)
                if found is not None:
                    h.clears.append((b, found))
        if not h.clears:
            return False
    f = funcs[h.fname]
    if not _same_function(f, _print_ir(h, h.fname, f.params)):
        return False
    if _params(h) is None:
        return False
    ours = {id(x) for b, i, *_, n in h.updates for s in b.stmts[i:i + n] for x in ir.walk(s)}
    ours |= {id(x) for _, stmts, *_ in h.prints for s in stmts for x in ir.walk(s)}
    ours |= {id(x) for _, stmts in h.clears for s in stmts for x in ir.walk(s)}
    buckets = {u[4] for u in h.updates}
    for p in prog.probes:
        for x in ir.walk([p.body] + ([p.predicate] if p.predicate is not None else [])):
            if id(x) in ours:
                continue
            if {getattr(x, "map", None), getattr(x, "agg", None)} & ({h.name, h.stat, h.marks} - {None}):
                return False
            if h.marks is not None and x == ir.Var(h.marks, "global"):
                return False
            if isinstance(x, ir.Var) and x.scope == "local" and x.name in buckets \
                    and id(x) not in triples:
                return False
            if isinstance(x, ir.FuncCall) and x.name == h.fname:
                return False
    return bool(h.prints)


def _params(h: _Hist) -> Optional[list[int]]:
    """D's own parameters of the aggregating function the helpers' ones stand for."""
    if h.func == "quantize":
        return []
    if h.func == "lquantize":
        base, top, step = h.extra
        return [base, top, step] if step > 0 and (top - base) % step == 0 else None
    factor, steps, first, top = h.extra
    if factor < 2 or first < 1:
        return None
    low, high = round(math.log(first, factor)), round(math.log(top, factor)) - 1
    return [factor, low, high, steps] if factor ** low == first and factor ** (high + 1) == top else None


def _rewrite(prog: ir.Program, h: _Hist) -> None:
    """`h`'s updates the aggregation's, its prints D's, its arrays the aggregation."""
    params = _params(h)
    # (by the statements themselves: another histogram's rewrite moves their places)
    at = {id(first): (keys, value, n) for _, _, keys, value, _, first, n in h.updates}
    clears = {id(stmts[0]): len(stmts) for _, stmts in h.clears}
    prints = {id(stmts[0]): (stmts, by, desc, marks) for _, stmts, by, desc, marks in h.prints}
    for b in ir.program_blocks(prog):
        out: list[ir.Stmt] = []
        i = 0
        while i < len(b.stmts):
            s = b.stmts[i]
            if id(s) in at:
                keys, value, n = at[id(s)]
                args = [value] + [ir.IntLit(v, loc=s.loc) for v in params]
                out.append(ir.AggUpdate(h.name, keys, h.func, args, loc=s.loc))
                i += n
                continue
            if id(s) in clears:
                out.append(ir.AggControl("clear", h.name, loc=s.loc))
                i += clears[id(s)]
                continue
            if id(s) in prints:
                stmts, by, desc, marks = prints[id(s)]
                out.append(ir.PrintAgg(h.name, layout="dtrace", value_func=h.func, sort_by=by,
                                       descending=desc, loc=s.loc, marks=marks))
                i += len(stmts)
                continue
            out.append(s)
            i += 1
        b.stmts = out
    g = prog.global_named(h.name)
    prog.globals = [x for x in prog.globals if x.name not in (h.stat, h.marks)]
    at_g = prog.globals.index(g)
    prog.globals[at_g] = ir.Global(h.name, "agg", agg_func=h.func,
                                   key_types=(g.key_types or [])[:-1] or None, loc=g.loc,
                                   comment=g.comment)
