"""Columns a stap row loop computes from an element's keys, carried as keys, for D.

D prints an aggregation with printa, whose row is the element's keys and values:
it cannot compute anything per row. A stap loop that prints, beside the keys and
the value, a column that is a function of the keys,

    probe signal.send {
        sigcnt[execname(), pid_name, sig] <<< 1
        if (!(sig in sig2name)) sig2name[sig] = sig_name
    }
    probe end {
        foreach ([snd, rcv, sig_num] in sigcnt-)
            printf("%s %s %s %d\\n", snd, rcv, sig2name[sig_num], @count(sigcnt[snd, rcv, sig_num]))
    }

prints the same rows when the array carries that column as one more key, computed
where the element is added to. The column is either an expression of the loop's
keys alone (`e ? errno_str(e) : ""`), or a lookup `table[k]` of a key in an array
every store of which is `table[K] = f(K)`, a function of its key alone (here
`sig_name`, the name of the signal number `sig`), made beside each update of the
looped array with the same key, and never deleted: then `table[k]` is `f(k)` for
every k the loop sees. The keys are reordered as the row prints them; keys the row
does not print come last (printa need not print every key):

    @sigcnt[execname, pid_name, sig_name, sig] = count();
    printa("%s %s %s %@d\\n", @sigcnt);

A loop that prints the keys alone, in another order than the array's
(`foreach ([pid, name] in calls) printf("%s[%d] = %d\n", name, pid, calls[pid, name])`)
is the same reshaping without a derived column: `@calls[execname, pid]`.

A value stored per key that is not a function of it (`execname[pid] = execname()`,
the name a process last had) is not such a column: as a key it would split the rows
of a process whose name changed. Those loops stay as they are (the printer names the
column).
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from . import nodes as ir
from .mapagg import printed_line, tie_refusal

# Calls whose value depends on their arguments alone.
_PURE_CALLS = {"lltostr", "strjoin", "substr", "strlen", "toupper", "tolower"}


class _Hole(ir.Expr):
    """Where a function of a key takes the key."""


def derived_columns_as_keys(prog: ir.Program) -> ir.Program:
    """A copy of `prog` in which each row-printing foreach that prints a function of
    its keys loops over an array carrying that function as a key (see the module
    docstring); `prog` itself when there is none."""
    tables = _begin_tables(prog)
    plans = []
    for f in _loops(prog):
        plan = _plan(prog, f, tables)
        if plan is not None:
            plans.append(plan)
    if not plans:
        return prog
    prog = copy.deepcopy(prog)
    done: set[str] = set()
    for loop, plan in plans:
        if plan.map in done:
            continue  # one reshaping per array
        done.add(plan.map)
        _apply(prog, loop, plan)
    _drop_unread_tables(prog, {t for _, p in plans for t in p.tables})
    return prog


@dataclasses.dataclass
class _Plan:
    map: str
    # the new keys in order: ('key', index of the old key) or ('derived', an
    # expression of the loop's key variables)
    keys: list[tuple]
    tables: set[str]
    # write-once arrays a derived key reads: each update moves after their stores
    after: set[str] = dataclasses.field(default_factory=set)


def _loops(prog: ir.Program) -> list[ir.ForEach]:
    roots = [p.body for p in prog.probes] + [fn.body for fn in prog.functions]
    return [n for n in ir.walk(roots) if isinstance(n, ir.ForEach)]


def _begin_tables(prog: ir.Program) -> set[str]:
    """Arrays written only in begin probes: lookup tables (errno and signal names)."""
    written: dict[str, bool] = {}
    for p in prog.probes:
        begin = all(pt.kind == "begin" for pt in p.points)
        for n in ir.walk(p.body):
            t = getattr(n, "target", None)
            if isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(t, ir.Index):
                written[t.map] = written.get(t.map, True) and begin
            elif isinstance(n, ir.Delete):
                written[n.map] = False
    for fn in prog.functions:
        for n in ir.walk(fn.body):
            t = getattr(n, "target", None)
            if isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(t, ir.Index):
                written[t.map] = False
    return {name for name, only_begin in written.items() if only_begin}


def _plan(prog: ir.Program, f: ir.ForEach, tables: set[str]) -> Optional[tuple]:
    g = prog.global_named(f.map)
    if g is None or g.kind not in ("map", "agg") or f.value is not None:
        return None
    if f.sort_column not in (None, 0):
        return None  # a key sort would follow the reordered keys
    line = printed_line(f)
    if line is None:
        return None
    _, args, _ = line
    updates = _updates(prog, f.map)
    if not updates or not _only_whole_uses(prog, f):
        return None
    keys: list[tuple] = []
    used: set[str] = set()
    derived_any = False
    table_names: set[str] = set()
    after: set[str] = set()
    for a in args:
        if isinstance(a, ir.Var) and a.scope == "local" and a.name in f.keys:
            keys.append(("key", f.keys.index(a.name)))
            used.add(a.name)
            continue
        if _is_element(a, f):
            continue
        expr = _as_key_function(prog, a, f, updates, tables, table_names, after)
        if expr is None:
            return None
        keys.append(("derived", expr))
        derived_any = True
    order = [k[1] for k in keys if k[0] == "key"]
    if not derived_any and order == sorted(order):
        return None  # printa prints the keys as they are
    if len({k for k in keys if k[0] == "key"}) != sum(k[0] == "key" for k in keys):
        return None  # a key printed twice
    keys += [("key", i) for i, name in enumerate(f.keys) if name not in used]
    return f, _Plan(f.map, keys, table_names, after)


def _is_element(a: ir.Expr, f: ir.ForEach) -> bool:
    """`a` reads the looped element: `map[k..]` or a statistic of it."""
    if isinstance(a, (ir.Index, ir.AggRead)) and getattr(a, "map", getattr(a, "agg", None)) == f.map:
        return _loop_keys(a.keys, f)
    return False


def _loop_keys(keys: list[ir.Expr], f: ir.ForEach) -> bool:
    return len(keys) == len(f.keys) and all(
        isinstance(k, ir.Var) and k.scope == "local" and k.name == n for k, n in zip(keys, f.keys))


def _updates(prog: ir.Program, name: str) -> list[tuple[ir.Probe, ir.Block, ir.Stmt, list[ir.Expr]]]:
    """(probe, block, statement, keys) of every statement adding to `name`; [] when
    `name` is written any other way."""
    out = []
    for p in prog.probes:
        for n in ir.walk(p.body):
            if isinstance(n, ir.Block):
                block, stmts = n, n.stmts
            elif isinstance(n, ir.If):  # a branch that is one statement
                block = None
                stmts = [x for x in (n.then, n.else_) if x is not None and not isinstance(x, ir.Block)]
            else:
                continue
            for s in stmts:
                keys = _update_keys(s, name)
                if keys is not None:
                    out.append((p, block, s, keys))
    counted = {id(s) for _, _, s, _ in out}
    for n in ir.walk([p.body for p in prog.probes] + [fn.body for fn in prog.functions]):
        if isinstance(n, ir.Stmt) and id(n) not in counted and _update_keys(n, name) is not None:
            return []  # an update outside a probe's blocks
    return out


def _update_keys(s: ir.Stmt, name: str) -> Optional[list[ir.Expr]]:
    if isinstance(s, ir.AggUpdate) and s.agg == name:
        return s.keys
    if isinstance(s, ir.ExprStmt):
        e = s.expr
        if isinstance(e, ir.IncDec) and isinstance(e.target, ir.Index) and e.target.map == name:
            return e.target.keys
        if (isinstance(e, ir.Assign) and isinstance(e.target, ir.Index) and e.target.map == name
                and e.op in ("+=", "-=")):
            return e.target.keys
    return None


def _only_whole_uses(prog: ir.Program, f: ir.ForEach) -> bool:
    """Whether the array is read only in this loop (and written by updates, emptied
    whole): its keys can be reordered."""
    roots = [p.body for p in prog.probes] + [fn.body for fn in prog.functions] + [
        p.predicate for p in prog.probes if p.predicate is not None]
    inside = {id(n) for n in ir.walk(f.body)}
    updates = {id(s) for _, _, s, _ in _updates(prog, f.map)}
    update_parts = set()
    for n in ir.walk(roots):
        if id(n) in updates:
            update_parts |= {id(x) for x in ir.walk(n)}
    for n in ir.walk(roots):
        if id(n) in inside or id(n) in update_parts or n is f:
            continue
        if isinstance(n, ir.Delete) and n.map == f.map:
            if n.keys is not None:
                return False
        elif getattr(n, "map", None) == f.map or getattr(n, "agg", None) == f.map or (
                isinstance(n, ir.PrintVar) and n.name == f.map):
            return False
    return True


def _as_key_function(prog, a: ir.Expr, f: ir.ForEach, updates, tables: set[str],
                     table_names: set[str], after: set[str]) -> Optional[ir.Expr]:
    """`a` as an expression of the loop's key variables alone (table lookups made
    beside every update replaced by the function they store, or kept as lookups of
    a write-once array, collected in `after`), or None."""
    if isinstance(a, ir.Index) and a.map not in tables and a.map != f.map:
        if len(a.keys) != 1 or not (isinstance(a.keys[0], ir.Var) and a.keys[0].scope == "local"
                                    and a.keys[0].name in f.keys):
            return None
        pos = f.keys.index(a.keys[0].name)
        fn = _table_function(prog, a.map, pos, updates)
        if fn is None:
            if not _write_once(prog, a.map, pos, updates, f.map):
                return None
            after.add(a.map)
            return copy.deepcopy(a)
        table_names.add(a.map)
        return _fill(fn, a.keys[0])
    if isinstance(a, ir.Var):
        return a if a.scope == "local" and a.name in f.keys else None
    if isinstance(a, (ir.IntLit, ir.StrLit)):
        return a
    if isinstance(a, ir.Index):
        if a.map not in tables:
            return None
    elif isinstance(a, ir.FuncCall):
        if not _pure_function(prog, a.name):
            return None
    elif isinstance(a, ir.Call):
        if a.name not in _PURE_CALLS:
            return None
    elif not isinstance(a, (ir.Binary, ir.Unary, ir.Ternary, ir.Cast)):
        return None
    return _with_children(a, lambda x: _as_key_function(prog, x, f, updates, tables, table_names,
                                                        after))


def steady_key(prog: ir.Program, e: ir.Expr, steady) -> bool:
    """Whether `e` gives one value when a clause evaluates it twice: `steady` leaves
    under conditionals, lookup tables and pure functions (a derived key's form)."""
    if steady(e):
        return True
    if isinstance(e, ir.FuncCall):
        ok = _pure_function(prog, e.name)
    elif isinstance(e, ir.Call):
        ok = e.name in _PURE_CALLS
    elif isinstance(e, ir.Index):
        # a lookup table, or an element that keeps its first value (a write-once key)
        ok = e.map in _begin_tables(prog) or _stored_once(prog, e.map)
    else:
        ok = isinstance(e, (ir.Ternary, ir.Binary, ir.Unary, ir.Cast))
    subs = [x for fld in dataclasses.fields(e) if fld.name not in ("loc", "type")
            for x in (getattr(e, fld.name) if isinstance(getattr(e, fld.name), list)
                      else [getattr(e, fld.name)]) if isinstance(x, ir.Expr)]
    return ok and all(steady_key(prog, x, steady) for x in subs)


def _pure_function(prog: ir.Program, name: str, seen: Optional[set] = None) -> bool:
    """A script (or library) function that reads only its parameters, locals,
    lookup tables and other such functions."""
    seen = seen or set()
    if name in seen:
        return False
    seen.add(name)
    fn = next((x for x in prog.functions if x.name == name), None)
    if fn is None:
        return False
    tables = _begin_tables(prog)
    for n in ir.walk(fn.body):
        if isinstance(n, ir.Var) and n.scope != "local":
            return False
        if isinstance(n, ir.Index) and n.map not in tables:
            return False
        if isinstance(n, (ir.Builtin, ir.ProbeArg, ir.AggRead, ir.InMap, ir.Printf, ir.Delete)):
            return False
        if isinstance(n, ir.FuncCall) and not _pure_function(prog, n.name, seen):
            return False
        if isinstance(n, ir.Call) and n.name not in _PURE_CALLS:
            return False
    return True


def _table_function(prog: ir.Program, table: str, pos: int, updates) -> Optional[ir.Expr]:
    """The function of its key every store of `table` stores (with _Hole for the key),
    when each update of the looped array stores `table[key pos]` beside it, in the
    same block; None otherwise."""
    g = prog.global_named(table)
    if g is None or g.kind != "map":
        return None
    stores = []
    for p in prog.probes:
        for n in ir.walk(p.body):
            t = getattr(n, "target", None)
            if isinstance(n, ir.Delete) and n.map == table:
                return None
            if isinstance(t, ir.Index) and t.map == table:
                if not (isinstance(n, ir.Assign) and n.op == "=" and len(t.keys) == 1):
                    return None
                stores.append((p, n))
    for fn in prog.functions:
        if any(getattr(n, "map", None) == table for n in ir.walk(fn.body)):
            return None
    if not stores:
        return None
    fn_of_key = None
    for p, st in stores:
        key = resolve_locals(st.target.keys[0], p)
        val = resolve_locals(st.value, p)
        if key is None or val is None:
            return None
        body = _abstract(val, key, _begin_tables(prog), prog)
        if body is None or (fn_of_key is not None and body != fn_of_key):
            return None
        fn_of_key = body
    for p, block, s, keys in updates:
        want = resolve_locals(keys[pos], p)
        if want is None or block is None or not any(_stores_beside(x, table, want, p) for x in block.stmts):
            return None
        if any(isinstance(x, (ir.Next, ir.Exit, ir.Return, ir.Break, ir.Continue))
               for x in ir.walk(block.stmts)):
            return None  # the update and the store might not both run
    return fn_of_key


def _write_once(prog: ir.Program, table: str, pos: int, updates, looped: str) -> bool:
    """Whether `table` is written once per key and kept, and written beside each update
    of the looped array for the update's key `pos`: every store is
    `if (!(K in table)) table[K] = v`, none is deleted, and each update's block holds
    such a store of its key with nothing between them that reads the looped array.
    Then `table[k]` read after those stores is what the loop reads for k at the end
    (sig_by_pid.stp's `pid2name`, the first name a pid was seen with)."""
    if not _stored_once(prog, table):
        return False
    for p, block, s, keys in updates:
        want = resolve_locals(keys[pos], p)
        if want is None or block is None:
            return False
        at = next(i for i, x in enumerate(block.stmts) if x is s)
        stores = [i for i, x in enumerate(block.stmts) if isinstance(x, ir.If)
                  and _guarded_store(x, table) is not None and _stores_beside(x, table, want, p)]
        if not stores:
            return False
        if any(getattr(n, "map", None) == looped or getattr(n, "agg", None) == looped
               for x in block.stmts[at + 1:max(stores)] for n in ir.walk(x)):
            return False
        if any(isinstance(x, (ir.Next, ir.Exit, ir.Return, ir.Break, ir.Continue))
               for x in ir.walk(block.stmts)):
            return False  # the update and the store might not both run
    return True


def _stored_once(prog: ir.Program, table: str) -> bool:
    """Whether every store of array `table` is `if (!(K in table)) table[K] = v` in a
    probe, and none is deleted: an element, once set, keeps its value."""
    g = prog.global_named(table)
    if g is None or g.kind != "map":
        return False
    if any(getattr(n, "map", None) == table for fn in prog.functions for n in ir.walk(fn.body)):
        return False
    guarded: set[int] = set()
    for p in prog.probes:
        for n in ir.walk(p.body):
            if isinstance(n, ir.Delete) and n.map == table:
                return False
            store = _guarded_store(n, table) if isinstance(n, ir.If) else None
            if store is not None:
                guarded.add(id(store))
        for n in ir.walk(p.body):
            t = getattr(n, "target", None)
            if isinstance(t, ir.Index) and t.map == table and id(n) not in guarded:
                return False
    return True


def _guarded_store(s: ir.If, table: str) -> Optional[ir.Assign]:
    """The store of `if (!(K in table)) table[K] = v`, or None."""
    c = s.cond
    if s.else_ is not None or not (isinstance(c, ir.Unary) and c.op == "!"
                                   and isinstance(c.operand, ir.InMap) and c.operand.map == table):
        return None
    then = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
    if len(then) != 1 or not isinstance(then[0], ir.ExprStmt):
        return None
    e = then[0].expr
    if (isinstance(e, ir.Assign) and e.op == "=" and isinstance(e.target, ir.Index)
            and e.target.map == table and e.target.keys == c.operand.keys):
        return e
    return None


def _move_after_stores(block: ir.Block, s: ir.Stmt, tables: set[str]) -> None:
    """Move update `s` after the last guarded store of `tables` in its block, so that
    the key it reads from them is set (_write_once checked nothing between reads
    the looped array)."""
    at = next(i for i, x in enumerate(block.stmts) if x is s)
    last = max((i for i, x in enumerate(block.stmts) if isinstance(x, ir.If)
                and any(_guarded_store(x, t) is not None for t in tables)), default=-1)
    if last > at:
        block.stmts.insert(last, block.stmts.pop(at))


def _stores_beside(s: ir.Stmt, table: str, key: ir.Expr, p: ir.Probe) -> bool:
    """`s` stores `table[key]`, or does unless it is already there
    (`if (!(key in table)) table[key] = ...`)."""
    if isinstance(s, ir.If) and s.else_ is None:
        c = s.cond
        if (isinstance(c, ir.Unary) and c.op == "!" and isinstance(c.operand, ir.InMap)
                and c.operand.map == table and len(c.operand.keys) == 1
                and resolve_locals(c.operand.keys[0], p) == key):
            then = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
            return len(then) == 1 and _stores_beside(then[0], table, key, p)
        return False
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign):
        t = s.expr.target
        return (isinstance(t, ir.Index) and t.map == table and s.expr.op == "="
                and resolve_locals(t.keys[0], p) == key)
    return False


def _assignments(p: ir.Probe) -> dict[str, list]:
    out: dict[str, list] = {}
    for n in ir.walk(p.body):
        t = getattr(n, "target", None)
        if isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(t, ir.Var) and t.scope == "local":
            out.setdefault(t.name, []).append(n)
    return out


def resolve_locals(e: ir.Expr, p: ir.Probe, depth: int = 0) -> Optional[ir.Expr]:
    """`e` with each local replaced by what it was set to, for locals the probe's
    body sets once, at its top level; None when some local is not such a one."""
    if depth > 8:
        return None
    top = p.body.stmts if isinstance(p.body, ir.Block) else [p.body]
    top_assigns = {id(s.expr) for s in top if isinstance(s, ir.ExprStmt)}
    assigns = _assignments(p)

    def go(x: ir.Expr) -> Optional[ir.Expr]:
        if isinstance(x, ir.Var) and x.scope == "local":
            sets = assigns.get(x.name, [])
            if len(sets) != 1 or not isinstance(sets[0], ir.Assign) or sets[0].op != "=" \
                    or id(sets[0]) not in top_assigns:
                return None
            return resolve_locals(sets[0].value, p, depth + 1)
        if isinstance(x, (ir.Assign, ir.IncDec)):
            return None
        return _with_children(x, go)

    return go(e)


def _abstract(val: ir.Expr, key: ir.Expr, tables: set[str], prog: ir.Program) -> Optional[ir.Expr]:
    """`val` with `key` as a _Hole, when nothing else in it varies (literals, lookup
    tables, pure calls); None otherwise."""
    if val == key:
        return _Hole(type=key.type)
    if isinstance(val, (ir.IntLit, ir.StrLit)):
        return val
    if isinstance(val, ir.Index):
        if val.map not in tables:
            return None
    elif isinstance(val, ir.Call):
        if val.name not in _PURE_CALLS:
            return None
    elif isinstance(val, ir.FuncCall):
        if not _pure_function(prog, val.name):
            return None
    elif not isinstance(val, (ir.Binary, ir.Unary, ir.Ternary, ir.Cast)):
        return None
    return _with_children(val, lambda x: _abstract(x, key, tables, prog))


def _with_children(e: ir.Expr, fn) -> Optional[ir.Expr]:
    """`e` with each expression directly under it replaced by fn of it; None when fn
    gives None for any of them (the whole expression has no such form)."""
    changes = {}
    for fld in dataclasses.fields(e):
        if fld.name in ("loc", "type"):
            continue
        v = getattr(e, fld.name)
        if isinstance(v, ir.Expr):
            sub = fn(v)
            if sub is None:
                return None
            changes[fld.name] = sub
        elif isinstance(v, list) and v and isinstance(v[0], ir.Expr):
            subs = [fn(y) for y in v]
            if any(x is None for x in subs):
                return None
            changes[fld.name] = subs
    return dataclasses.replace(e, **changes) if changes else e


def _fill(fn: ir.Expr, arg: ir.Expr) -> ir.Expr:
    """`fn` with its _Hole replaced by `arg`."""
    return ir.substituted(fn, lambda x: arg if isinstance(x, _Hole) else None)


def _substitute(e: ir.Expr, names: dict[str, ir.Expr]) -> ir.Expr:
    """`e` with the local variables `names` names replaced by their expressions."""
    return ir.substituted(e, lambda x: names.get(x.name) if isinstance(x, ir.Var)
                          and x.scope == "local" else None)


def _apply(prog: ir.Program, old_loop: ir.ForEach, plan: _Plan) -> None:
    """Reshape the array's updates and the loop (in the copy `prog`) as `plan` says."""
    loop = next(f for f in _loops(prog) if f.map == plan.map and f.loc == old_loop.loc
                and f.keys == old_loop.keys)
    # a loop variable named as a global would read as that global
    taken = set(loop.keys) | {n.name for n in ir.walk(loop.body) if isinstance(n, ir.Var)} \
        | {g.name for g in prog.globals}
    names: list[str] = []
    for k in plan.keys:
        if k[0] == "key":
            names.append(loop.keys[k[1]])
        else:
            base = _derived_name(k[1])
            name, i = base, 2
            while name in taken:
                name, i = f"{base}{i}", i + 1
            taken.add(name)
            names.append(name)
    # the updates: the new keys, computed from the update's own keys
    for p, block, s, keys in _updates(prog, plan.map):
        by_name = dict(zip(loop.keys, keys))
        new = [copy.deepcopy(keys[k[1]]) if k[0] == "key"
               else _named_local(p, _substitute(k[1], by_name), s) for k in plan.keys]
        keys[:] = new
        if plan.after:
            _move_after_stores(block, s, plan.after)
    # the loop: reordered keys, the derived columns read from their keys
    derived = {id(k[1]): n for k, n in zip(plan.keys, names) if k[0] == "derived"}
    old_keys = list(loop.keys)
    stmts = loop.body.stmts if isinstance(loop.body, ir.Block) else [loop.body]
    it = iter([k for k in plan.keys if k[0] == "derived"])
    for s in stmts:
        for i, a in enumerate(s.args):
            if isinstance(a, ir.Var) and a.scope == "local" and a.name in old_keys:
                continue
            if isinstance(a, (ir.Index, ir.AggRead)) and getattr(a, "map", getattr(a, "agg", None)) \
                    == plan.map and _loop_keys(a.keys, loop):
                continue
            k = next(it)
            s.args[i] = ir.Var(derived[id(k[1])], scope="local", loc=a.loc, type=a.type)
    for n in ir.walk(loop.body):
        if isinstance(n, (ir.Index, ir.AggRead)) and getattr(n, "map", getattr(n, "agg", None)) \
                == plan.map and _loop_keys(n.keys, loop):
            types = {x.name: x.type for x in n.keys}
            n.keys = [ir.Var(nm, scope="local", loc=n.loc,
                             type=types.get(nm) or _type_of(plan, names, nm)) for nm in names]
    loop.keys = names


def _named_local(p: ir.Probe, e: ir.Expr, at: ir.Stmt) -> ir.Expr:
    """A local of the probe already holding `e` before statement `at` (stap's
    `sig_name` for the name of `sig`), else `e`."""
    want = resolve_locals(e, p)
    if want is None:
        return e
    top = p.body.stmts if isinstance(p.body, ir.Block) else [p.body]
    where = next((i for i, s in enumerate(top) if any(x is at for x in ir.walk(s))), None)
    if where is None:
        return e
    for s in top[:where]:
        if (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "="
                and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local"
                and resolve_locals(s.expr.target, p) == want):
            t = s.expr.target
            return ir.Var(t.name, scope="local", loc=e.loc, type=t.type)
    return e


def _type_of(plan: _Plan, names: list[str], name: str):
    k = plan.keys[names.index(name)]
    return k[1].type if k[0] == "derived" else None


def _derived_name(e: ir.Expr) -> str:
    """A name for the loop variable of a derived column: the table or function it reads."""
    for n in ir.walk(e):
        if isinstance(n, ir.FuncCall):
            return n.name.lstrip("_") or "col"
        if isinstance(n, ir.Index):
            return n.map.lstrip("_") or "col"
    return "col"


def _drop_unread_tables(prog: ir.Program, tables: set[str]) -> None:
    """Remove the arrays the loops no longer read (their stores, the stores' guards,
    the globals)."""
    for t in tables:
        reads = [n for n in ir.walk(list(ir.program_roots(prog)))
                 if isinstance(n, ir.Index) and n.map == t]
        targets = {id(n.target) for n in ir.walk(list(ir.program_roots(prog)))
                   if isinstance(n, ir.Assign) and isinstance(n.target, ir.Index)}
        if any(id(r) not in targets for r in reads):
            continue
        for p in prog.probes:
            p.body = _without_stores(p.body, t)
        prog.globals = [g for g in prog.globals if g.name != t]


def _without_stores(s: ir.Stmt, table: str) -> ir.Stmt:
    if isinstance(s, ir.Block):
        out = []
        for x in s.stmts:
            if _is_store(x, table):
                continue
            out.append(_without_stores(x, table))
        return dataclasses.replace(s, stmts=out)
    if isinstance(s, ir.If):
        return dataclasses.replace(s, then=_without_stores(s.then, table),
                                   else_=_without_stores(s.else_, table) if s.else_ else None)
    return s


def _is_store(s: ir.Stmt, table: str) -> bool:
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign):
        t = s.expr.target
        return isinstance(t, ir.Index) and t.map == table
    if isinstance(s, ir.If) and s.else_ is None and isinstance(s.cond, ir.Unary) \
            and isinstance(s.cond.operand, ir.InMap) and s.cond.operand.map == table:
        then = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
        return all(_is_store(x, table) for x in then)
    return False


def loop_refusal(prog: ir.Program, f: ir.ForEach) -> Optional[str]:
    """Why a foreach left in the program has no printa form, when its shape says more
    than "D has no loops": what it prints or does that a printa row cannot."""
    stmts = f.body.stmts if isinstance(f.body, ir.Block) else [f.body]
    if (len(stmts) == 1 and isinstance(stmts[0], ir.ExprStmt) and isinstance(stmts[0].expr, ir.Assign)
            and stmts[0].expr.op == "+=" and isinstance(stmts[0].expr.target, ir.Index)
            and _is_element(stmts[0].expr.value, f)):
        into = stmts[0].expr.target.map
        return (f"this loop adds every element of '{f.map}' into '{into}': D cannot walk an "
                f"array (nearest: @{into} updated with sum() in each probe that adds to "
                f"'{f.map}', which keeps the same totals only while '{into}' is emptied "
                f"whenever '{f.map}' is)")
    if len(stmts) == 1 and isinstance(stmts[0], ir.If) and _only_printfs(stmts[0].then) \
            and (stmts[0].else_ is None or _only_printfs(stmts[0].else_)):
        # the Beginners Guide's vfsreads-print-if-1kb.stp (`if (reads[k] >= 1024)`
        # printf in kB, else as is) and vfsreads-stop-onstapio2.stp (only rows >= 1024)
        how = ("by one of two printf()s an `if` chooses" if stmts[0].else_ is not None
               else "only when an `if` holds")
        return (f"each row of '{f.map}' is printed {how}: printa prints every row, in one "
                "format (nearest: printa of every row in the first printf's format)")
    line = printed_line(f)
    if line is None:
        return None
    tie = tie_refusal(prog, f)
    if tie is not None:
        return tie
    _, args, _ = line
    tables = _begin_tables(prog)
    others = []
    for a in args:
        if isinstance(a, ir.Var) and a.scope == "local" and a.name in f.keys or _is_element(a, f):
            continue
        for n in ir.walk(a):
            if isinstance(n, ir.Index) and n.map != f.map and n.map not in tables:
                others.append((n.map, "lookup" if _set(prog, n.map) or not _loop_keys(n.keys, f)
                               else "joined"))
            elif isinstance(n, ir.AggRead) and n.agg != f.map and _loop_keys(n.keys, f):
                others.append((n.agg, "joined"))
    lookups = [m for m, how in others if how == "lookup"]
    if lookups:
        m = lookups[0]
        return (f"each row prints '{m}[..]', a value '{m}' keeps per key that is not computed "
                f"from the key alone: a printa row shows only an aggregation's keys and values "
                f"(nearest: the stored value as one more key of '{f.map}', which prints other "
                "rows when a key is stored several values)")
    joined = list(dict.fromkeys(m for m, how in others if how == "joined"))
    if joined and f.limit is not None:
        names = "', '".join(joined)
        return (f"printa can print '{names}' joined on their keys, but not only the rows of the "
                f"first elements of '{f.map}' (`limit`): trunc() cuts one aggregation, and printa "
                "shows every key of each")
    if joined:
        # myaut's kmemstat.stp: `foreach ([c] in allocs)` printing @count(frees[c]) too;
        # a loop over every key of both (nettop.stp's) is printa's join (unionloop.py)
        names = "', '".join(joined)
        aggs = ", ".join(f"@{m}" for m in [f.map] + joined)
        return (f"each row also prints '{names}' for the row's key: printa(fmt, {aggs}) joins "
                f"them on their keys, but prints the keys only '{names}' has as well, which "
                f"this loop over the keys of '{f.map}' leaves out (nearest: that printa, whose "
                f"extra rows show 0 for '{f.map}')")
    return None


def _only_printfs(s: Optional[ir.Stmt]) -> bool:
    """Whether `s` is a printf or a block of printfs only."""
    stmts = s.stmts if isinstance(s, ir.Block) else [s]
    return bool(stmts) and all(isinstance(x, ir.Printf) for x in stmts)


def _set(prog: ir.Program, name: str) -> bool:
    """Whether some statement sets an element of `name` (not only adds to it)."""
    return any(isinstance(n, ir.Assign) and n.op == "=" and isinstance(n.target, ir.Index)
               and n.target.map == name for n in ir.walk(list(ir.program_roots(prog))))


def loop_refusals(prog: ir.Program) -> dict:
    """loop_refusal() of every foreach of `prog`, by the loop's source location."""
    out = {}
    for f in _loops(prog):
        why = loop_refusal(prog, f)
        if why is not None:
            out[f.loc] = why
    return out
