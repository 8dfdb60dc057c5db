"""stap's `k in a` kept true to its meaning in a language with no membership test.

D has none: an element never stored reads 0 (or ""), and storing 0 deletes it.
Where the array may hold 0 or "" (ir/membership.py covers the arrays that never
do), a porter keeps a second array beside it that says which keys are there:
`a_in[k] = 1` beside every store into `a`, `a_in[k] = 0` beside every `delete
a[k]`, and `k in a` is `a_in[k]` (1 or 0, as stap's test is). It is exact where
every change to the keys of `a` is a statement the companion can follow:

- a store or delete written as a statement of its own (one inside an expression,
  `x = a[k]++`, has no place to put the companion's beside it);
- keys computed the same twice (the companion's store computes them again: no
  store, no call, no clock, no read of `a` itself, which the store changes), and
  a value stored that changes no variable they could read (`a[i] = i++`);
- no `delete a` of the whole array (D cannot empty an associative array) and no
  array of a fixed size that drops its oldest element (`%`), whose drops nothing
  sees.

As with every D global array, the two stores are not one step: stap locks its
globals around a probe, D takes no lock, so stores into one key from two CPUs
at once may leave the pair disagreeing (a thread's own key, `a[tid()]`, which
becomes `self->a_in`, cannot race).
"""

from __future__ import annotations

import copy
from typing import Callable, Optional

from . import nodes as ir
from .membership import nonzero_maps
from .threadexit import is_tid, tid_locals
from .types import INT32

# Built-in values that change between two reads in one clause: a key holding one
# is not the same key when the companion's store computes it again.
_CLOCKS = {"timestamp", "walltimestamp", "vtimestamp", "ticks", "jiffies"}


def presence_companions(prog: ir.Program, clears: bool = False) -> ir.Program:
    """A copy of `prog` in which each `k in a` of an array that may hold 0 (or "")
    is a read of a companion array `a_in` kept beside `a`, where refusal() finds
    nothing against it; `prog` itself when there is no such test. `clears`: the
    target can empty an array (Vue's clear()), so a `delete a` of the whole array
    empties the companion too."""
    nonzero = nonzero_maps(prog)
    maps = {g.name: g for g in prog.globals if g.kind == "map"}
    tested: list[str] = []
    for n in ir.walk(list(ir.program_roots(prog))):
        if isinstance(n, ir.InMap) and n.map in maps and n.map not in nonzero and n.map not in tested:
            tested.append(n.map)
    names = [m for m in tested if refusal(prog, m, clears) is None]
    if not names:
        return prog
    prog = copy.deepcopy(prog)
    for name in names:
        g = prog.global_named(name)
        comp = ir.free_name(prog, f"{name}_in")
        at = prog.globals.index(g) + 1
        prog.globals.insert(at, ir.Global(comp, "map", type=INT32,
                                          key_types=copy.deepcopy(g.key_types), loc=g.loc))
        _follow(prog, name, comp, clears, '""' if g.type is not None and g.type.is_str else "0")
    return prog


def _thread_keyed(prog: ir.Program, name: str) -> bool:
    """Whether every use of array `name` is its element for the current thread."""
    used = False
    holders = tid_locals(prog)
    for n in ir.walk(list(ir.program_roots(prog))):
        if isinstance(n, (ir.Index, ir.InMap, ir.Delete)) and n.map == name:
            if n.keys is None or len(n.keys) != 1 or not is_tid(n.keys[0], holders):
                return False
            used = True
    return used


def refusal(prog: ir.Program, name: str, clears: bool = False) -> Optional[str]:
    """Why a companion array cannot say which keys array `name` holds, or None
    (`clears`: as presence_companions says)."""
    g = prog.global_named(name)
    if g is None or g.kind != "map":
        return f"'{name}' is not an array"
    if g.wrap and (g.size or not _thread_keyed(prog, name)):
        # (one keyed by the thread alone is a thread-local in the port, its companion
        # too: ir/threadvars.py says why its `%` is no matter then)
        return (f"'{name}' drops its oldest element when full (`%`), which a companion "
                "array saying which keys it holds would not see")
    if g.init is not None:
        return f"'{name}' starts with elements a companion array cannot list"
    if g.key_types is None:
        return f"the types of the keys of '{name}' are unknown, which its companion must declare"
    statements = {id(s.expr) for s in ir.walk(list(ir.program_roots(prog))) if isinstance(s, ir.ExprStmt)}
    for n in ir.walk(list(ir.program_roots(prog))):
        keys: Optional[list[ir.Expr]] = None
        if isinstance(n, ir.Delete) and n.map == name:
            if n.keys is None and clears:
                continue
            if n.keys is None:
                return (f"`delete {name}` empties the array, and D cannot empty the companion "
                        f"array that would say which keys '{name}' holds")
            keys = n.keys
        elif isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(n.target, ir.Index) \
                and n.target.map == name:
            if id(n) not in statements:
                return (f"a store into '{name}' inside an expression ({_where(n)}) leaves no "
                        "place for the store of a companion array saying which keys it holds")
            keys = n.target.keys
            if isinstance(n, ir.Assign) and any(isinstance(x, (ir.Assign, ir.IncDec, ir.FuncCall))
                                                for x in ir.walk([n.value])):
                # `a[i] = i++`: the companion's key, computed after, would be another
                return (f"a value stored into '{name}' ({_where(n)}) changes variables, which "
                        "the keys of the companion array saying which keys it holds may read")
        if keys is not None and not all(same_twice(k, name) for k in keys):
            return (f"a key of '{name}' ({_where(n)}) may differ when computed again for the "
                    "companion array saying which keys it holds")
    return None


def _where(n) -> str:
    return f"line {n.loc.line}" if n.loc is not None and n.loc.line else "in the script"


def same_twice(e: ir.Expr, name: str) -> bool:
    """Whether `e`, computed again right after a store into `name`, gives the same value."""
    for x in ir.walk([e]):
        if isinstance(x, (ir.Assign, ir.IncDec, ir.FuncCall, ir.Call)):
            return False
        if isinstance(x, ir.Builtin) and x.name in _CLOCKS:
            return False
        if isinstance(x, (ir.Index, ir.InMap)) and x.map == name:
            return False
    return True


def _follow(prog: ir.Program, name: str, comp: str, clears: bool, empty: str) -> None:
    """Beside every change to `name`'s keys, the same change to `comp`'s; every
    `k in name` a read of `comp[k]`. The first companion store says why it is there
    (`empty`: the value a missing key reads, 0 or "")."""
    said = [False]
    made: set[int] = set()  # the companion's stores of 1

    def companion(s: ir.Stmt, keys: list[ir.Expr], present: bool) -> list[ir.Stmt]:
        keys = copy.deepcopy(keys)
        if not present:
            return [ir.Delete(comp, keys, loc=s.loc)]
        store = ir.ExprStmt(ir.Assign(ir.Index(comp, keys, loc=s.loc, type=INT32), "=",
                                      ir.IntLit(1, loc=s.loc, type=INT32), loc=s.loc, type=INT32),
                            loc=s.loc)
        made.add(id(store))
        if said[0]:
            return [store]
        said[0] = True
        why = (f"{comp}: 1 while {name} holds the key (stap's `in`; {name} may hold {empty}, "
               "as a missing key reads)")
        return [ir.Comment(why, loc=s.loc), store]

    def expr(n):
        if isinstance(n, ir.InMap) and n.map == name:
            return ir.Index(comp, n.keys, loc=n.loc, type=n.type or INT32)
        return n

    def stmt(n: ir.Stmt) -> Optional[list[ir.Stmt]]:
        if isinstance(n, ir.Delete) and n.map == name and n.keys is not None:
            return [n, *companion(n, n.keys, False)]
        if isinstance(n, ir.Delete) and n.map == name and clears:
            return [n, ir.Delete(comp, None, loc=n.loc)]
        if (isinstance(n, ir.ExprStmt) and isinstance(n.expr, (ir.Assign, ir.IncDec))
                and isinstance(n.expr.target, ir.Index) and n.expr.target.map == name):
            return [n, *companion(n, n.expr.target.keys, True)]
        return None

    splice_statements(prog, stmt, expr)
    _drop_repeated(prog, made)


def _drop_repeated(prog: ir.Program, made: set[int]) -> None:
    """Without the companion's store of 1 that follows a store into the array right
    after the same one (`a[3] = -1; a_in[3] = 1; a[3]++;` needs no second `a_in[3] = 1`):
    the store between changes neither the key (its value changes no variable) nor
    the companion."""
    def key_of(s: ir.Stmt):
        return s.expr.target.keys if isinstance(s, ir.ExprStmt) and isinstance(
            s.expr, (ir.Assign, ir.IncDec)) and isinstance(s.expr.target, ir.Index) else None

    for block in [n for n in ir.walk(list(ir.program_roots(prog))) if isinstance(n, ir.Block)]:
        kept: list[ir.Stmt] = []
        for s in block.stmts:
            if (id(s) in made and len(kept) >= 2 and id(kept[-2]) in made
                    and key_of(kept[-2]) == key_of(s) == key_of(kept[-1])):
                continue
            kept.append(s)
        block.stmts = kept


def splice_statements(prog: ir.Program, stmt: Callable[[ir.Stmt], Optional[list[ir.Stmt]]],
                      expr: Callable[[ir.Expr], ir.Expr] = lambda e: e) -> None:
    """Rewrite `prog`'s code in place, innermost first: each expression becomes
    expr() of it, and each statement for which stmt() gives a list is those
    statements in its place (in the block around it, or a block of their own where it is an
    `if`'s or a loop's one statement)."""
    made: set[int] = set()  # the blocks written here, flattened into the block around them

    def fn(n):
        if isinstance(n, ir.Expr):
            return expr(n)
        if isinstance(n, ir.Block):
            stmts: list[ir.Stmt] = []
            for s in n.stmts:
                stmts.extend(s.stmts if id(s) in made else [s])
            n.stmts = stmts
        if isinstance(n, ir.Stmt):
            out = stmt(n)
            if out is not None:
                block = ir.Block(out, loc=n.loc)
                made.add(id(block))
                return block
        return n

    for p in prog.probes:
        p.body = ir.map_tree(p.body, fn)
        if p.predicate is not None:
            p.predicate = ir.map_tree(p.predicate, fn)
    for f in prog.functions:
        f.body = ir.map_tree(f.body, fn)
