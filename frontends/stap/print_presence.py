"""A D or Vue port's companion array said back in stap as `k in a`.

D and Vue have no membership test: where stap's `k in a` tests an array that may
hold 0 (or ""), the ports keep a second array beside it that says which keys are
there (ir/presence.py): `a_in[k] = 1` after every store into `a`, `a_in[k] = 0`
(a delete) after every `delete a[k]`, and `k in a` is `a_in[k]`. Back in stap the
pair is the one array tested with `in`, as the script had it.

A thread's own key (stap's `a[tid()]`) is D's `self->a` and Vue's `__thread a`
(thread-locals, which a store of 0 frees), and its companion `self->a_in` beside
it: the pair is `a[tid()]` tested with `tid() in a` back in stap, in the same
shape (_thread_companion_of).

The pair is recognised by its shape alone, and only where the two say the same:
every change to `a`'s keys is a statement followed by the companion's (or, as
presence.py leaves it, a store right after a store into the same key that was
followed), the companion is changed nowhere else and read only as `a_in[k]`,
and nothing else sees which keys `a` holds (no foreach, print or `in` of it).
D's store of 0 deletes the element (the D frontend reads it as a delete), but
the companion's store of 1 after it says the key stays: in stap, a store of 0,
which keeps the key. Then `a_in[k]` is 1 exactly where the last change to key k
of `a` was a store, which is stap's `k in a`, and a read of `a[k]` is the same
value in both (0 for a key that is not there). The one difference is the number
of elements the stap array holds (a key stored 0 stays one), which only its size
limit could see.
"""

from __future__ import annotations

import copy
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.presence import same_twice


def companions_as_membership(prog: ir.Program) -> ir.Program:
    """`prog` (a D or Vue program) with each companion array of another array read
    as stap's `k in a` of that array and its stores gone; `prog` itself when there
    is none."""
    if prog.lang == "stap":
        return prog
    pairs = [(a, c) for c in _candidates(prog) if (a := _companion_of(prog, c)) is not None]
    thread_pairs = [(a, c) for c in _thread_vars(prog) if (a := _thread_companion_of(prog, c)) is not None]
    if not pairs and not thread_pairs:
        return prog
    prog = copy.deepcopy(prog)
    for a, c in pairs:
        _rewrite(prog, a, c)
    for a, c in thread_pairs:
        _rewrite_thread(prog, a, c)
    return prog


def _candidates(prog: ir.Program) -> list[str]:
    return [g.name for g in prog.globals if g.kind == "map" and g.init is None and not g.size
            and not g.wrap and g.type is not None and g.type.is_int]


def _store(s: ir.Stmt) -> Optional[tuple[str, list[ir.Expr]]]:
    """(array, keys) of a statement that stores into an array element."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, (ir.Assign, ir.IncDec)) \
            and isinstance(s.expr.target, ir.Index):
        return s.expr.target.map, s.expr.target.keys
    return None


def _marks(s: ir.Stmt, c: str) -> Optional[list[ir.Expr]]:
    """The keys of `c[k] = 1`."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
            and isinstance(s.expr.target, ir.Index) and s.expr.target.map == c \
            and isinstance(s.expr.value, ir.IntLit) and s.expr.value.value == 1:
        return s.expr.target.keys
    return None


def _changes(s: ir.Stmt, a: str) -> Optional[list[ir.Expr]]:
    """The keys of a statement that stores into or deletes one element of `a`."""
    st = _store(s)
    if st is not None and st[0] == a:
        return st[1]
    if isinstance(s, ir.Delete) and s.map == a and s.keys is not None:
        return s.keys
    return None


def _companion_of(prog: ir.Program, c: str) -> Optional[str]:
    """The array whose keys `c` says, or None."""
    roots = list(ir.program_roots(prog))
    steps = [[s for s in b.stmts if not isinstance(s, ir.Comment)] for b in ir.program_blocks(prog)]
    a = _first_followed(steps, c)
    if a is None:
        return None
    g, gc = prog.global_named(a), prog.global_named(c)
    if g is None or g.kind != "map" or g.key_types is None or gc.key_types is None \
            or len(g.key_types) != len(gc.key_types):
        return None
    followed: set[int] = set()  # the changes of `a` a change of `c` follows
    changes_c = 0
    for stmts in steps:
        for i, s in enumerate(stmts):
            keys = _marks(s, c)
            if keys is None and isinstance(s, ir.Delete) and s.map == c:
                keys = s.keys
            if keys is None:
                continue
            prev = stmts[i - 1] if i else None
            if prev is None or _changes(prev, a) != keys \
                    or isinstance(s, ir.Delete) and not isinstance(prev, ir.Delete):
                return None
            followed.add(id(prev))
            changes_c += 1
    changes_a = 0
    for stmts in steps:
        for i, s in enumerate(stmts):
            keys = _changes(s, a)
            if keys is None:
                continue
            changes_a += 1
            if id(s) in followed:
                continue
            # presence.py's store right after a store into the same key that was followed
            if not (isinstance(s, ir.ExprStmt) and i >= 2 and _marks(stmts[i - 1], c) == keys
                    and _changes(stmts[i - 2], a) == keys and id(stmts[i - 2]) in followed):
                return None
    # every change is a statement of a block, where the loops above saw it (not an
    # if's one statement)
    if changes_a != sum(1 for n in ir.walk(roots) if _changes(n, a) is not None) \
            or changes_c != sum(1 for n in ir.walk(roots) if _changes(n, c) is not None):
        return None
    expr_stmts = {id(s.expr) for s in ir.walk(roots) if isinstance(s, ir.ExprStmt)}
    reads = 0
    for n in ir.walk(roots):
        if isinstance(n, ir.Index) and n.map == c:
            reads += 1
        elif isinstance(n, (ir.ForEach, ir.InMap, ir.PrintVar, ir.PrintAgg)) and _named(n) & {a, c}:
            return None  # something else sees which keys the arrays hold
        elif isinstance(n, ir.Delete) and n.map in (a, c) and n.keys is None:
            return None
        elif isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(n.target, ir.Index) \
                and n.target.map in (a, c):
            if id(n) not in expr_stmts:
                return None  # a store inside an expression: no statement the companion follows
            if n.target.map == c and not (isinstance(n, ir.Assign) and n.op == "="
                                          and isinstance(n.value, ir.IntLit) and n.value.value == 1):
                return None
            if not all(same_twice(k, a) and same_twice(k, c) for k in n.target.keys):
                return None
    # (the companion's own stores are Index nodes too) a companion nothing reads says nothing
    return a if reads > changes_c - _deletes(roots, c) else None


def _first_followed(steps: list[list[ir.Stmt]], c: str) -> Optional[str]:
    """The array changed right before the first store of 1 into `c`."""
    for stmts in steps:
        for i, s in enumerate(stmts):
            if _marks(s, c) is not None:
                st = _store(stmts[i - 1]) if i else None
                if st is not None and st[0] != c:
                    return st[0]
                prev = stmts[i - 1] if i else None
                return prev.map if isinstance(prev, ir.Delete) and prev.map != c else None
    return None


def _deletes(roots, c: str) -> int:
    return sum(1 for n in ir.walk(roots) if isinstance(n, ir.Delete) and n.map == c)


def _named(n) -> set:
    return {getattr(n, f, None) for f in ("map", "name", "agg")}


def _rewrite(prog: ir.Program, a: str, c: str) -> None:
    """`c`'s reads as `k in a`, its changes and its note gone, and D's delete of an
    element the companion then says is there a store of 0."""
    note = f"{c}: 1 while {a} holds the key"
    g = prog.global_named(a)
    zero_type = g.type

    for block in ir.program_blocks(prog):
        out: list[ir.Stmt] = []
        for s in block.stmts:
            if isinstance(s, ir.Comment) and s.text.startswith(note):
                continue
            keys = _marks(s, c)
            if keys is not None:
                prev = next((x for x in reversed(out) if not isinstance(x, ir.Comment)), None)
                if isinstance(prev, ir.Delete) and prev.map == a:
                    # D's store of 0 (a delete) that keeps the key: stap's store of 0
                    at = next(i for i, x in enumerate(out) if x is prev)
                    out[at] = ir.ExprStmt(ir.Assign(
                        ir.Index(a, prev.keys, loc=prev.loc, type=zero_type), "=",
                        ir.IntLit(0, loc=prev.loc, type=zero_type), loc=prev.loc, type=zero_type),
                        loc=prev.loc)
                continue
            if isinstance(s, ir.Delete) and s.map == c:
                continue
            out.append(s)
        block.stmts = out

    def expr(n):
        if isinstance(n, ir.Index) and n.map == c:
            return ir.InMap(n.keys, a, loc=n.loc, type=n.type)
        return n
    ir.map_code(prog, expr)
    prog.globals = [x for x in prog.globals if x.name != c]


# -- thread-locals: D's `self->a` and `self->a_in`, Vue's `__thread` pair --------------

def _thread_vars(prog: ir.Program) -> list[str]:
    """The program's thread-locals, in order of mention."""
    found: list[str] = []
    for n in ir.walk(list(ir.program_roots(prog))):
        if isinstance(n, ir.Var) and n.scope == "thread" and n.name not in found:
            found.append(n.name)
    return found


def _thread_change(s: ir.Stmt, name: str) -> Optional[ir.Expr]:
    """The store or step of thread-local `name` that statement `s` is, or None."""
    if isinstance(s, ir.ExprStmt) and isinstance(s.expr, (ir.Assign, ir.IncDec)) \
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "thread" \
            and s.expr.target.name == name:
        return s.expr
    return None


def _zero(e: ir.Expr) -> bool:
    return isinstance(e, (ir.IntLit, ir.StrLit)) and e.value in (0, "")


def _thread_companion_of(prog: ir.Program, c: str) -> Optional[str]:
    """The thread-local whose presence thread-local `c` says, or None: every store
    into `c` is a statement right after a change of that one, `c = 1` after a store
    or step, `c = 0` after its store of 0 (D frees a thread-local stored 0: stap's
    delete of the thread's key, as the printer writes it), and `c` is changed
    nowhere else and read only as a value. Not where the other is stored a constant 0
    the companion then says is there (stap's store of 0 that keeps the key: the
    printer writes a thread-local's store of 0 as a delete)."""
    roots = list(ir.program_roots(prog))
    a = None
    followed: set[int] = set()
    marks = 0
    for b in ir.program_blocks(prog):
        stmts = [s for s in b.stmts if not isinstance(s, ir.Comment)]
        for i, s in enumerate(stmts):
            mark = _thread_change(s, c)
            if mark is None:
                continue
            if not (isinstance(mark, ir.Assign) and mark.op == "=" and isinstance(mark.value, ir.IntLit)
                    and mark.value.value in (0, 1)) or not i:
                return None
            prev = stmts[i - 1]
            target = prev.expr.target.name if isinstance(prev, ir.ExprStmt) and isinstance(
                prev.expr, (ir.Assign, ir.IncDec)) and isinstance(prev.expr.target, ir.Var) \
                and prev.expr.target.scope == "thread" else None
            if target is None or target == c or a not in (None, target):
                return None
            a = target
            change = prev.expr
            stored_zero = isinstance(change, ir.Assign) and change.op == "=" and _zero(change.value)
            if stored_zero != (mark.value.value == 0):
                return None
            followed.add(id(prev))
            marks += 1
    if a is None or prog.global_named(a) is not None or prog.global_named(c) is not None:
        return None
    changes_a = 0
    for b in ir.program_blocks(prog):
        for s in b.stmts:
            if _thread_change(s, a) is not None:
                if id(s) not in followed:
                    return None
                changes_a += 1
    # every change of the two is a statement of a block, where the loops saw it
    stores = {x: 0 for x in (a, c)}
    for n in ir.walk(roots):
        if isinstance(n, (ir.Assign, ir.IncDec)) and isinstance(n.target, ir.Var) \
                and n.target.scope == "thread" and n.target.name in stores:
            stores[n.target.name] += 1
    if stores[a] != changes_a or stores[c] != marks:
        return None
    # a companion nothing reads says nothing
    reads = sum(1 for n in ir.walk(roots) if isinstance(n, ir.Var) and n.scope == "thread" and n.name == c)
    return a if reads > marks else None


def _rewrite_thread(prog: ir.Program, a: str, c: str) -> None:
    """`c`'s reads as `tid() in a`, its stores and its note gone."""
    note = f"{c}: 1 while {a} holds the key"
    for block in ir.program_blocks(prog):
        block.stmts = [s for s in block.stmts
                       if not (isinstance(s, ir.Comment) and s.text.startswith(note))
                       and _thread_change(s, c) is None]

    def expr(n):
        if isinstance(n, ir.Var) and n.scope == "thread" and n.name == c:
            return ir.InMap([ir.Builtin("tid", loc=n.loc)], a, loc=n.loc, type=n.type)
        return n
    ir.map_code(prog, expr)
