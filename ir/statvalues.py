"""stap statistics read as values, kept in plain arrays as a D porter keeps them.

A D aggregation's value can only be printed (printa); an expression cannot read
it. A stap script that tests or computes with a statistic,

    if (@count(times[pf]) >= mincount && t >= @max(times[pf]) * 2)
        printf("%d vs %d\\n", t, @max(times[pf]))
    times[pf] <<< t

is ported to D with plain global arrays kept for the statistics it reads,
updated where stap adds a value:

    times_max[this->pf] = times_count[this->pf] == 0 || this->t > times_max[this->pf]
        ? this->t : times_max[this->pf];
    times_count[this->pf]++;

@count and @sum are the count and the running sum; @min and @max the least and
greatest value added (the first value sets them: the count is still 0); @avg the
sum over the count, in integer division as stap's. `delete s[k]` deletes each
part's element (D deletes an element by storing 0, and a count of 0 is what stap
reads of a deleted element); `delete s` of an array without keys zeroes the parts.

The arrays this applies to are those whose statistics ir/statsplit.py cannot print
as printa (a read is left in an expression). Each one must satisfy (else it stays,
and `value_refusal` says why):

- every use is `<<<` of one value with keys that evaluate the same twice, a read
  of @count/@sum/@min/@max/@avg, or a delete (of one element, or of an array
  without keys: D has no way to clear a plain associative array);
- nothing loops over it, prints it whole or tests membership;
- each @min/@max/@avg read is under a test that the element has a value
  (`@count(s[k])`, `> 0`, `!= 0`, `>= N` with N a constant or an unassigned global
  of at least 1; in an `if`'s branch, a `?:`'s first branch or the right of `&&`):
  stap ends the probe with `ERROR: empty aggregate` where a D array reads 0.

One difference is left, said in a comment above the first update: D's plain global
arrays are shared by the CPUs without a lock, so two CPUs adding to one element at
the same instant may lose one update, where stap's per-CPU statistics do not.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from . import nodes as ir
from .keyderived import steady_key
from .statguard import guarded_clause, guarded_printf
from .statsplit import split_statistics, steady, _key_types
from .types import Type

_VALUE_STATS = ("count", "sum", "min", "max", "avg")
_NEED_VALUE = ("min", "max", "avg")  # stap's 'empty aggregate' of an element with no value
_INT = Type("int", 64, True)


def statistics_as_values(prog: ir.Program) -> ir.Program:
    """A copy of `prog` (a stap program) with each statistics array read as a value
    (see the module docstring) said as plain arrays; `prog` itself when none is."""
    if prog.lang != "stap":
        return prog
    names = [name for name in _read_as_values(prog) if value_refusal(prog, name) is None]
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    for name in names:
        _rewrite(prog, name)
    return prog


def _read_as_values(prog: ir.Program) -> list[str]:
    """The statistics arrays a read of which statsplit leaves in an expression, and
    those without keys whose @count or @sum a printf prints with no test that they
    hold a value (`_printed_when_empty`)."""
    split = split_statistics(prog)
    left = {n.agg for n in ir.walk(_trees(split)) if isinstance(n, ir.AggRead)}
    left |= _printed_when_empty(prog)
    return [g.name for g in prog.globals
            if g.kind == "agg" and g.agg_func in ("stats", None) and g.name in left]


def _printed_when_empty(prog: ir.Program) -> set[str]:
    """Arrays without keys, read only as @count and @sum, that a printf prints with
    no `if (@count(s) > 0)` around it. stap prints 0 for both until something is
    added (`printf("errors = %d\n", @count(errs))` prints `errors = 0`), where the
    printa statsplit would make of the printf prints nothing for an empty
    aggregation: a plain counter prints the 0. Under the guard the printf is that
    printa (statguard.py) and stays one, as it does after a `<<<` to the array
    earlier in the same clause (`s <<< 3; printf(.., @count(s))`)."""
    nodes = list(ir.walk(_trees(prog)))
    guarded = {id(guarded_printf(n)) for n in nodes if guarded_printf(n) is not None}
    # the test as the whole clause's predicate (an `if` around an end probe's body)
    guarded |= {id(p.body.stmts[0]) for p in prog.probes if guarded_clause(p)}
    printed = set()
    for p in prog.probes:
        filled: set[str] = set()  # added to above, in this clause: not empty at the print
        for stmt in p.body.stmts:
            if isinstance(stmt, ir.AggUpdate) and not stmt.keys:
                filled.add(stmt.agg)
            elif isinstance(stmt, ir.Delete):
                filled.discard(stmt.map)
            printed |= {a.agg for n in ir.walk(stmt) if isinstance(n, ir.Printf)
                        and id(n) not in guarded for a in n.args
                        if isinstance(a, ir.AggRead) and a.func in ("count", "sum")
                        and not a.keys and not a.args and a.agg not in filled}
    other = {n.agg for n in nodes if isinstance(n, (ir.AggRead, ir.AggUpdate))
             and (n.keys or (isinstance(n, ir.AggRead) and n.func not in ("count", "sum")))}
    return printed - other


def _trees(prog: ir.Program) -> list:
    return [p.body for p in prog.probes] + [p.predicate for p in prog.probes if p.predicate is not None]


def value_refusal(prog: ir.Program, name: str) -> Optional[str]:
    """Why statistics array `name`'s statistics cannot be kept in plain D arrays
    (the first reason found), or None when they can."""
    nodes = list(ir.walk(_trees(prog)))
    for n in nodes:
        if isinstance(n, ir.AggRead) and n.agg == name and n.func == "variance":
            return ("it is read as @variance, which D has not (its stddev() aggregation is the "
                    "variance's truncated square root, printed only by printa); nearest: "
                    f"stddev() of the values, `@{name}_sd[...] = stddev(v)`")
    for f in nodes:
        if isinstance(f, ir.ForEach) and (f.map == name or any(
                isinstance(x, ir.AggRead) and x.agg == name for x in ir.walk(f.body))):
            return loop_refusal(prog, f, name)
    for n in nodes:
        if isinstance(n, ir.AggUpdate) and n.agg == name:
            if n.func != "stats" or len(n.args) != 1:
                return f"it is also a histogram ({n.func})"
            if not all(steady_key(prog, k, steady) for k in n.keys):
                return "a key of its `<<<` can change between two readings"
        elif isinstance(n, ir.AggRead) and n.agg == name:
            if n.func not in _VALUE_STATS or n.args:
                return f"it is read as @{n.func}"
        elif isinstance(n, ir.PrintAgg) and (n.agg == name or name in n.more):
            return "it is also printed whole"
        elif isinstance(n, ir.Delete) and n.map == name:
            if n.keys is None and (_key_types(prog, name) or _keyed(prog, name)):
                return (f"`delete {name}` clears every element, which D cannot do to a plain "
                        "array (only to an aggregation, with clear())")
            if n.keys is not None and any(isinstance(k, ir.Wildcard) for k in n.keys):
                return f"`delete {name}[..., *]` deletes elements by a pattern"
        elif isinstance(n, ir.InMap) and n.map == name:
            return "its elements are tested with `in`"
    for p in prog.probes:
        unguarded = _unguarded_read(prog, p, name)
        if unguarded is not None:
            return (f"@{unguarded.func}({name}...) at line {unguarded.loc.line} may read an element "
                    "with no value, where stap ends the probe with `ERROR: empty aggregate` and a "
                    f"D array reads 0; nearest: test @count({name}[...]) first")
    return None


def _keyed(prog: ir.Program, name: str) -> bool:
    return any(isinstance(n, (ir.AggUpdate, ir.AggRead)) and n.agg == name and n.keys
               for n in ir.walk(_trees(prog)))


def loop_refusal(prog: ir.Program, f: ir.ForEach, name: str) -> str:
    """Why foreach `f`, which reads statistics array `name`, is no D printa."""
    line = f"the foreach at line {f.loc.line}"
    stmts = [s for s in (f.body.stmts if isinstance(f.body, ir.Block) else [f.body])
             if not isinstance(s, ir.Comment)]
    divisors = {(n.rhs.name, n.rhs.scope) for n in ir.walk(_trees(prog))
                if isinstance(n, ir.Binary) and n.op == "/" and isinstance(n.rhs, ir.Var)}
    for n in ir.walk(f.body):
        if (isinstance(n, ir.Assign) and n.op == "+=" and isinstance(n.target, ir.Var)
                and (n.target.name, n.target.scope) in divisors):
            return (f"{line} adds up a total ('{n.target.name}', line {n.loc.line}) that rows "
                    "then print their share of (a division by it): a total of all rows and a "
                    "row's share of it need loops, which D has not; nearest: printa of the "
                    f"sums, @{name}_sum, with sum() of the same values into an aggregation "
                    "without keys printed beside it for the total")
    if f.map != name:
        over = prog.global_named(f.map)
        kind = "statistics" if over is not None and over.kind == "agg" else "array"
        return (f"{line} runs over the {kind} '{f.map}' and prints the statistics of '{name}': "
                "a printa prints the rows of its own aggregations, not "
                f"those of '{f.map}', and D has no loops")
    for s in stmts:
        if not isinstance(s, ir.Printf):
            what = "computes as it goes" if not isinstance(s, ir.If) else "prints under a condition"
            return f"{line} {what} (line {s.loc.line}), and D has no loops"
        for a in s.args:
            if isinstance(a, ir.Index) and not (a.map == f.map and f.value is None):
                keys = ", ".join(k.name if isinstance(k, ir.Var) else "..." for k in a.keys)
                return (f"{line} prints `{a.map}[{keys}]`, another array's value, beside the "
                        f"statistics (line {a.loc.line}); a printa prints only its "
                        "aggregations' keys and values, in key order, and D has no loops; "
                        f"nearest: what '{a.map}' is stored from as the aggregations' first "
                        "key, whose rows then sort and split by it")
            if not isinstance(a, (ir.Var, ir.AggRead)) and any(
                    isinstance(x, ir.AggRead) for x in ir.walk(a)):
                shift = next((x for x in ir.walk(a) if isinstance(x, ir.Binary) and x.op == ">>"
                              and isinstance(x.rhs, ir.IntLit)), None)
                nearest = (f"; nearest: printa of normalize(@{name}_sum, {1 << shift.rhs.value}) "
                           "where the row prints only that" if shift is not None else "")
                return (f"{line} prints a value computed from statistics (line {a.loc.line}), "
                        f"which printa cannot{nearest}")
            if not isinstance(a, (ir.Var, ir.AggRead)):
                return (f"{line} prints a value computed from a key (line {a.loc.line}), "
                        "which printa cannot")
            if isinstance(a, ir.AggRead) and a.agg != f.map:
                return (f"{line} runs over '{f.map}' and prints the statistics of '{a.agg}': a "
                        f"printa prints every row of its aggregations, not those of '{f.map}'")
    if f.limit is not None:
        return (f"{line} prints the first {_text(f.limit)} rows of several statistics: D's trunc() "
                "keeps each aggregation's own first rows, not one set of keys")
    if f.sort_column not in (None, 0, 1):
        return (f"{line} sorts on key column {f.sort_column}, where printa sorts on a value "
                "or on the keys from the first, and D has no loops")
    return f"{line} is not a row printa prints (D has no loops)"


def _text(e: ir.Expr) -> str:
    return str(e.value) if isinstance(e, ir.IntLit) else "N"


# ------------------------------------------------------------------ guards

def _count_test(prog: ir.Program, cond: ir.Expr) -> Optional[ir.AggRead]:
    """The @count read whose element `cond` proves to have a value, if any."""
    if isinstance(cond, ir.AggRead):
        return cond if cond.func == "count" else None
    if isinstance(cond, ir.Binary) and isinstance(cond.lhs, ir.AggRead) and cond.lhs.func == "count":
        least = _least(prog, cond.rhs)
        if least is not None and ((cond.op in (">", "!=") and least >= 0)
                                  or (cond.op == ">=" and least >= 1)):
            return cond.lhs
    return None


def _least(prog: ir.Program, e: ir.Expr) -> Optional[int]:
    """The value of a constant, or of a global only ever given its initial constant."""
    if isinstance(e, ir.IntLit):
        return e.value
    if isinstance(e, ir.Var) and e.scope == "global":
        g = prog.global_named(e.name)
        written = any(isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(n.target, ir.Var)
                      and n.target.name == e.name and n.target.scope == "global"
                      for n in ir.walk(_trees(prog)))
        if g is not None and not written and isinstance(g.init, ir.IntLit):
            return g.init.value
    return None


def _facts(prog: ir.Program, cond: ir.Expr) -> list[ir.AggRead]:
    """The elements every true `cond` proves to have a value (its `&&` conjuncts)."""
    if isinstance(cond, ir.Binary) and cond.op == "&&":
        return _facts(prog, cond.lhs) + _facts(prog, cond.rhs)
    found = _count_test(prog, cond)
    return [found] if found is not None else []


def _unguarded_read(prog: ir.Program, p: ir.Probe, name: str) -> Optional[ir.AggRead]:
    """The first @min/@max/@avg read of `name` in probe `p` not under a test that
    its element has a value."""
    facts = _facts(prog, p.predicate) if p.predicate is not None else []
    if p.predicate is not None:
        found = _in_expr(prog, p.predicate, name, [])
        if found is not None:
            return found
    return _in_stmt(prog, p.body, name, facts)


def _proven(r: ir.AggRead, facts: list[ir.AggRead]) -> bool:
    return any(f.agg == r.agg and f.keys == r.keys for f in facts)


def _in_expr(prog: ir.Program, e: ir.Expr, name: str, facts: list) -> Optional[ir.AggRead]:
    if isinstance(e, ir.AggRead) and e.agg == name and e.func in _NEED_VALUE and not _proven(e, facts):
        return e
    if isinstance(e, ir.Binary) and e.op == "&&":
        return (_in_expr(prog, e.lhs, name, facts)
                or _in_expr(prog, e.rhs, name, facts + _facts(prog, e.lhs)))
    if isinstance(e, ir.Ternary):
        return (_in_expr(prog, e.cond, name, facts)
                or _in_expr(prog, e.then, name, facts + _facts(prog, e.cond))
                or _in_expr(prog, e.else_, name, facts))
    for c in ir.children(e):
        found = _in_expr(prog, c, name, facts) if isinstance(c, ir.Expr) else None
        if found is not None:
            return found
    return None


def _in_stmt(prog: ir.Program, s: ir.Stmt, name: str, facts: list) -> Optional[ir.AggRead]:
    if isinstance(s, ir.If):
        then_facts = facts + _facts(prog, s.cond)
        if _spoils(s.then, name, then_facts):
            then_facts = facts
        return (_in_expr(prog, s.cond, name, facts) or _in_stmt(prog, s.then, name, then_facts)
                or (_in_stmt(prog, s.else_, name, facts) if s.else_ is not None else None))
    if isinstance(s, ir.Block):
        for x in s.stmts:
            found = _in_stmt(prog, x, name, facts)
            if found is not None:
                return found
        return None
    for c in ir.children(s):
        found = (_in_expr(prog, c, name, facts) if isinstance(c, ir.Expr)
                 else _in_stmt(prog, c, name, []))  # a loop's body: no fact survives
        if found is not None:
            return found
    return None


def _spoils(s: ir.Stmt, name: str, facts: list) -> bool:
    """Whether `s` deletes `name`'s elements or assigns a variable a fact's keys read."""
    keyvars = {(v.name, v.scope) for f in facts for k in f.keys for v in ir.walk(k)
               if isinstance(v, ir.Var)}
    for n in ir.walk(s):
        if isinstance(n, ir.Delete) and n.map == name:
            return True
        if isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(n.target, ir.Var) and (
                n.target.name, n.target.scope) in keyvars:
            return True
    return False


# ------------------------------------------------------------------ rewrite

def _parts(prog: ir.Program, name: str) -> list[str]:
    """The statistics `name` keeps: those read, @avg as @sum and @count, and @count
    whenever @min or @max is kept (the first value sets them)."""
    read = {n.func for n in ir.walk(_trees(prog)) if isinstance(n, ir.AggRead) and n.agg == name}
    need = set(read) - {"avg"}
    if "avg" in read:
        need |= {"sum", "count"}
    if need & {"min", "max"}:
        need.add("count")
    return [st for st in ("min", "max", "count", "sum") if st in need]


def part_name(prog: ir.Program, name: str, stat: str) -> str:
    """The plain array of statistic `stat` of `name` (`times_count`), made unique."""
    base = f"{name}_{stat}"
    out, i = base, 2
    while prog.global_named(out) is not None:
        out, i = f"{base}{i}", i + 1
    return out


def _rewrite(prog: ir.Program, name: str) -> None:
    g = prog.global_named(name)
    keys = _key_types(prog, name)
    keyed = bool(keys) or _keyed(prog, name)
    stats = _parts(prog, name)
    names = {st: part_name(prog, name, st) for st in stats}
    at = prog.globals.index(g)
    prog.globals[at:at + 1] = [
        ir.Global(names[st], "map" if keyed else "scalar", type=_INT, loc=g.loc,
                  key_types=copy.deepcopy(keys) if keyed else None, comment=g.comment)
        for st in stats]

    def ref(st: str, ks: list[ir.Expr], loc) -> ir.Expr:
        if keyed:
            return ir.Index(names[st], copy.deepcopy(ks), loc=loc, type=_INT)
        return ir.Var(names[st], "global", loc=loc, type=_INT)

    def expr(n):
        if isinstance(n, ir.AggRead) and n.agg == name:
            if n.func == "avg":
                return ir.Binary("/", ref("sum", n.keys, n.loc), ref("count", n.keys, n.loc),
                                 loc=n.loc, type=_INT)
            return ref(n.func, n.keys, n.loc)
        return n

    said = [False]

    def stmts(s: ir.Stmt) -> list[ir.Stmt]:
        if isinstance(s, ir.AggUpdate) and s.agg == name:
            if said[0]:
                return _updates(s, stats, ref)
            said[0] = True
            # what a porter says once, above the first update: the one difference left
            # (a statistic without keys is kept in plain variables, not arrays)
            why = (f"{', '.join(names[st] for st in stats)}: stap's statistics of {name}, in plain\n"
                   f"{'arrays' if keyed else 'variables'} (D reads no aggregation's value); all CPUs "
                   "share them, where stap's are\n"
                   "per CPU: two CPUs adding at the same instant may lose an update")
            return [ir.Comment(why, loc=s.loc)] + _updates(s, stats, ref)
        if isinstance(s, ir.Delete) and s.map == name:
            if keyed:
                return [ir.Delete(names[st], copy.deepcopy(s.keys), loc=s.loc) for st in stats]
            return [ir.ExprStmt(ir.Assign(ref(st, [], s.loc), "=", ir.IntLit(0, loc=s.loc), loc=s.loc),
                                loc=s.loc) for st in stats]
        return [s]

    for p in prog.probes:
        p.body = _spliced(ir.map_tree(p.body, expr), stmts)
        if p.predicate is not None:
            p.predicate = ir.map_tree(p.predicate, expr)
    for fn in getattr(prog, "functions", []) or []:
        if getattr(fn, "body", None) is not None:
            fn.body = _spliced(ir.map_tree(fn.body, expr), stmts)


def _updates(s: ir.AggUpdate, stats: list[str], ref) -> list[ir.Stmt]:
    """`s[k] <<< v` as the plain arrays' updates: min and max first (they read the
    count before it counts this value), then the count and the sum."""
    out: list[ir.Stmt] = []
    v = s.args[0]
    loc = s.loc
    if ("min" in stats or "max" in stats) and not steady(v):
        tmp = ir.Var(f"{s.agg}_value", "local", loc=loc, type=_INT)
        out.append(ir.ExprStmt(ir.Assign(copy.deepcopy(tmp), "=", v, loc=loc), loc=loc))
        v = tmp
    for st, op in (("min", "<"), ("max", ">")):
        if st in stats:
            first = ir.Binary("==", ref("count", s.keys, loc), ir.IntLit(0, loc=loc), loc=loc)
            beyond = ir.Binary(op, copy.deepcopy(v), ref(st, s.keys, loc), loc=loc)
            new = ir.Ternary(ir.Binary("||", first, beyond, loc=loc), copy.deepcopy(v),
                             ref(st, s.keys, loc), loc=loc, type=_INT)
            out.append(ir.ExprStmt(ir.Assign(ref(st, s.keys, loc), "=", new, loc=loc), loc=loc))
    if "count" in stats:
        out.append(ir.ExprStmt(ir.IncDec(ref("count", s.keys, loc), "++", False, loc=loc), loc=loc))
    if "sum" in stats:
        out.append(ir.ExprStmt(ir.Assign(ref("sum", s.keys, loc), "+=", copy.deepcopy(v), loc=loc),
                               loc=loc))
    return out


def _spliced(s: ir.Stmt, fn) -> ir.Stmt:
    """`s` with each statement replaced by the list fn gives (blocks spliced)."""
    if isinstance(s, ir.Block):
        out: list[ir.Stmt] = []
        for x in s.stmts:
            out += [_spliced(y, fn) if y is x else y for y in fn(x)]
        return dataclasses.replace(s, stmts=out)
    for fld in dataclasses.fields(s):
        v = getattr(s, fld.name)
        if isinstance(v, ir.Stmt):
            setattr(s, fld.name, _spliced_one(v, fn))
    return s


def _spliced_one(s: ir.Stmt, fn) -> ir.Stmt:
    got = fn(s)
    if len(got) == 1 and got[0] is s:
        return _spliced(s, fn)
    return ir.Block(got, loc=s.loc)
