"""stap's auto-print of an array that is stored into, said with an aggregation beside it.

At exit stap prints every global array the script writes and never prints
(`hits["a",1]=0x5` rows, largest value first). D cannot walk an array, but it
prints an aggregation with printa in that layout (ir/mapagg.py does it for the
arrays that are only added to). An array that is also stored with `=` keeps a
sum() aggregation beside it whose value for each key is the value the array
holds: each store adds the difference from the value it replaces,

    @hits_values[k] = sum(v - hits[k]);
    hits[k] = v;

and the differences telescope to the last value stored (`+= v` adds v, `++` 1).
The sum and the array are both 64-bit and wrap alike, so the telescoping is exact
mod 2**64. The array stays, for the differences (stap prints only the arrays the
script never reads).

Exact only where the aggregation sees every change: refused for a string array
(an aggregation sums numbers), a `delete` (printa would still print the key,
with 0: D cannot take a key out of an aggregation, nor empty an array), a store
inside an expression or with an operator other than `=`, `+=`, `-=`, `++` and
`--`, keys or a value that may differ when computed again, and an array of a
fixed size: stap ends the session at a store past it, or (`%`) drops the oldest
element. As with any D global array, the update and the store are two steps
under no lock (stap locks its globals around a probe): stores into one key from
two CPUs at the same moment may leave the sum off the value stored.

The order of the rows is stap's, largest value first (aggsortrev); rows of one
value come last key first under aggsortrev, as xtrace's stap prints them (a run of
five keys holding 1 and 0 printed alike; stap's own order of ties is its hash
table's, which the conformance harness's sorted comparison leaves aside).
"""

from __future__ import annotations

import copy
from typing import Optional

from . import nodes as ir
from .presence import same_twice, splice_statements
from .types import INT64

# the operators whose change to the element the aggregation can add: `=` the
# difference from the old value, the others their amount
_OPS = ("=", "+=", "-=")


def printed_maps_with_values(prog: ir.Program) -> ir.Program:
    """A copy of `prog` in which each array stap auto-prints (PrintVar, stap layout)
    that refusal() finds nothing against keeps a sum() aggregation of its values,
    printed in its place; `prog` itself when there is none."""
    names = [g.name for g in prog.globals if g.kind == "map" and _printed(prog, g.name)
             and refusal(prog, g.name) is None]
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    for name in names:
        g = prog.global_named(name)
        agg = ir.free_name(prog, f"{name}_values")
        prog.globals.insert(prog.globals.index(g) + 1, ir.Global(
            agg, "agg", type=INT64, key_types=copy.deepcopy(g.key_types),
            agg_func="sum", loc=g.loc, shown=name))
        _follow(prog, name, agg)
    return prog


def stap_row_format(name: str, key_types: list) -> str:
    """stap's `name[k1,k2]=value` auto-print row of an array as a D printa format
    (the D printer's, which frontends/stap/print_printedvalues.py reads back)."""
    keys = ",".join('"%s"' if t.is_str else "%d" for t in key_types)
    head = f"{name}[{keys}]" if key_types else name
    return f"{head}=0x%@x\n"  # stap prints the values with %#x


def _printed(prog: ir.Program, name: str) -> bool:
    return any(isinstance(n, ir.PrintVar) and n.name == name and n.layout == "stap"
               for n in ir.walk(list(ir.program_roots(prog))))


def refusal(prog: ir.Program, name: str) -> Optional[str]:
    """Why an aggregation of the values of array `name` cannot follow it, or None."""
    g = prog.global_named(name)
    if g is None or g.kind != "map":
        return f"'{name}' is not an array"
    if g.type is None or not g.type.is_int:
        held = "strings" if g.type is not None and g.type.is_str else "values that are not integers"
        return f"'{name}' holds {held}, and a D aggregation sums integers"
    if g.wrap:
        return f"'{name}' drops its oldest element when full (`%`), which an aggregation would not see"
    if g.size:
        return (f"'{name}' holds at most {g.size} elements, and stap ends the session at one "
                "more, which neither a D array nor an aggregation does")
    if g.init is not None:
        return f"'{name}' starts with elements"
    roots = list(ir.program_roots(prog))
    statements = {id(s.expr) for s in ir.walk(roots) if isinstance(s, ir.ExprStmt)}
    for n in ir.walk(roots):
        if isinstance(n, ir.Delete) and n.map == name:
            return (f"'{name}' is deleted from (line {n.loc.line}), and D cannot take a key out of "
                    "the aggregation printa would print")
        if not isinstance(n, (ir.Assign, ir.IncDec)) or not isinstance(n.target, ir.Index) \
                or n.target.map != name:
            continue
        if id(n) not in statements:
            return (f"a store into '{name}' inside an expression (line {n.loc.line}) leaves no "
                    "place for the aggregation's update")
        if isinstance(n, ir.Assign) and n.op not in _OPS:
            return (f"'{name}' is stored with `{n.op}` (line {n.loc.line}), whose change an "
                    "aggregation's sum cannot add")
        value = [n.value] if isinstance(n, ir.Assign) else []
        if not all(same_twice(k, name) for k in n.target.keys + value):
            return (f"a key or value stored into '{name}' (line {n.loc.line}) may differ when "
                    "computed again for the aggregation")
    return None


def _follow(prog: ir.Program, name: str, agg: str) -> None:
    """Before every store into `name`, the update of `agg` by the change it makes;
    the auto-print of `name` a printa of `agg`. The first update says why."""
    said = [False]

    def update(s: ir.ExprStmt) -> list[ir.Stmt]:
        e = s.expr
        keys = copy.deepcopy(e.target.keys)
        if isinstance(e, ir.IncDec):
            amount: ir.Expr = ir.IntLit(1 if e.op == "++" else -1, loc=e.loc, type=e.type)
        elif e.op == "=":
            amount = ir.Binary("-", copy.deepcopy(e.value), copy.deepcopy(e.target), loc=e.loc,
                               type=e.target.type)
        elif e.op == "+=":
            amount = copy.deepcopy(e.value)
        elif isinstance(e.value, ir.IntLit):
            amount = ir.IntLit(-e.value.value, loc=e.value.loc, type=e.value.type)
        else:
            amount = ir.Unary("-", copy.deepcopy(e.value), loc=e.loc, type=e.value.type)
        out: list[ir.Stmt] = []
        if not said[0]:
            said[0] = True
            out.append(ir.Comment(
                f"@{agg}[k] is {name}[k], for stap's print of {name} at exit (D cannot walk\n"
                "an array): each store adds its difference from the value it replaces", loc=s.loc))
        return out + [ir.AggUpdate(agg, keys, "sum", [amount], loc=s.loc), s]

    def stmt(n: ir.Stmt) -> Optional[list[ir.Stmt]]:
        if isinstance(n, ir.PrintVar) and n.name == name and n.layout == "stap":
            return [ir.PrintAgg(agg, layout="stap", value_func="sum", sort_by="value",
                                descending=True, loc=n.loc)]
        if (isinstance(n, ir.ExprStmt) and isinstance(n.expr, (ir.Assign, ir.IncDec))
                and isinstance(n.expr.target, ir.Index) and n.expr.target.map == name):
            return update(n)
        return None

    splice_statements(prog, stmt)
