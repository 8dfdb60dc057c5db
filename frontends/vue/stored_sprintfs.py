"""A stap sprintf() kept in a variable or array and only printed, kept as its pieces in Vue.

strace-like stap scripts save the formatted arguments at a syscall's entry and
print them at its return:

    probe syscall.mkdir { args[tid()] = argstr }
    probe syscall.mkdir.return { if (tid() in args) printf("%s(%s) = %s\\n", name, args[tid()], retstr) }

Vue has no sprintf() and turns no number into text, so the formatted string
cannot be kept (a sprintf of strings alone is joined with `+`: ir/sprintfjoin.py).
A porter keeps what the string is made of instead, one variable per piece
(`args_pathname = ...; args_mode = ...;`), and prints the pieces with the sprintf's
format written into the printf where the string was printed. That prints the same
characters: the pieces are read where stap formats them, and the format is
stap's own. Only where every store is one statement of the same format and every
read is a printf argument converted by a bare `%s` (a width would pad the whole
string), a membership test (of the first piece that is a string, else the first,
which the presence companions then make exact: ir/presence.py) or a delete; anything else keeps the sprintf,
which the printer refuses naming it.

A probe on several syscalls stores each one's argstr, of its own format
(`probe syscall.mkdir, syscall.rmdir { args[tid()] = argstr }`). Where the
thread's element is stored only at the syscalls' entries and read only at their
returns, each syscall keeps its own pieces (`args_mkdir_pathname`,
`args_rmdir_pathname`) and the return clause is one per syscall, printing its
format: a thread is in one syscall at a time, so its return reads what its own
entry stored, as in stap.
"""

from __future__ import annotations

import copy
import re
from typing import Optional

from xtrace.ir import nodes as ir
from xtrace.ir.presence import splice_statements
from xtrace.ir.sprintfjoin import sprintf_as_concat
from xtrace.ir.sprintfsplice import splice_format


def stored_sprintfs_as_pieces(prog: ir.Program) -> ir.Program:
    """A copy of `prog` whose stored-and-printed sprintf()s are kept as their pieces
    (module doc); `prog` itself when there is none."""
    if prog.lang != "stap":
        return prog
    chosen = _candidates(prog)  # (name, kept apart per syscall)
    if not chosen:
        return prog
    prog = copy.deepcopy(prog)
    for name, per_syscall in chosen:
        for one in (_split_by_syscall(prog, name) if per_syscall else [name]):
            _write_out(prog, one)
    return prog


def _storage(e) -> Optional[str]:
    """The global variable or array `e` reads or writes."""
    if isinstance(e, ir.Var) and e.scope == "global":
        return e.name
    if isinstance(e, ir.Index):
        return e.map
    return None


def _bare_s(fmt: str) -> set[int]:
    """The indexes of the arguments `fmt` converts with a bare `%s`."""
    if ir.has_star_conversion(fmt):
        return set()
    out, i = set(), 0
    for m in ir.PRINTF_CONVERSION.finditer(fmt):
        if m.group(1) == "%":
            continue
        if m.group(0) == "%s":
            out.add(i)
        i += 1
    return out


def _flat(e: ir.Expr) -> ir.Expr:
    """A sprintf with the sprintfs it writes by a bare `%s` written into its format
    (`sprintf("%s | fd=%d", argstr, fd)`): the same characters, in pieces Vue keeps."""
    if not isinstance(e, ir.Sprintf):
        return e
    got = splice_format(e.fmt, e.args)
    if got is None or any(isinstance(a, ir.Sprintf) for a in got[1]):
        return e
    # (each piece named as the sprintf it came from names it: argstr's `pathname`)
    labels = tuple(lab for i, a in enumerate(e.args)
                   for lab in (_labels(a) if isinstance(a, ir.Sprintf) else [_label(e, i)]))
    return ir.Sprintf(got[0], got[1], loc=e.loc, type=e.type,
                      labels=labels if len(labels) == len(got[1]) else None)


def _labels(s: ir.Sprintf) -> list[str]:
    return [_label(s, i) for i in range(len(s.args))]


def _shape(e: ir.Sprintf) -> tuple:
    return (e.fmt, tuple(bool(a.type is not None and a.type.is_str) for a in e.args))


def _pure(keys: list[ir.Expr]) -> bool:
    """Keys read again for each piece must read the same each time."""
    return all(isinstance(n, (ir.Builtin, ir.Var, ir.IntLit, ir.StrLit)) for k in keys for n in ir.walk(k))


def _candidates(prog: ir.Program) -> list[tuple[str, bool]]:
    globals_ = {g.name: g for g in prog.globals if g.kind in ("scalar", "map") and g.init is None}
    shapes: dict[str, set] = {}
    ok: dict[str, bool] = {}
    printed: set[str] = set()
    unjoinable: set[str] = set()
    seen: set[int] = set()  # the nodes a store or a print accounts for

    def bad(name: Optional[str]) -> None:
        if name is not None:
            ok[name] = False

    roots = list(ir.program_roots(prog))
    for n in ir.walk(roots):
        if isinstance(n, ir.ExprStmt) and isinstance(n.expr, ir.Assign) and n.expr.op == "=" \
                and _storage(n.expr.target) in globals_:
            name, value = _storage(n.expr.target), _flat(n.expr.value)
            if isinstance(value, ir.Sprintf) and value.args and _pure(getattr(n.expr.target, "keys", [])):
                shapes.setdefault(name, set()).add(_shape(value))
                # (a sprintf of strings alone is their join, which Vue says: ir/sprintfjoin.py)
                if sprintf_as_concat(value, None) is None:
                    unjoinable.add(name)
                ok.setdefault(name, True)
                seen.add(id(n.expr.target))
                seen.add(id(n.expr))
            else:
                bad(name)
        elif isinstance(n, ir.Printf):
            bare = _bare_s(n.fmt)
            for i, a in enumerate(n.args):
                if _storage(a) in globals_ and i in bare and _pure(getattr(a, "keys", [])):
                    seen.add(id(a))
                    printed.add(_storage(a))
    for n in ir.walk(roots):
        if isinstance(n, (ir.Var, ir.Index)) and id(n) not in seen:
            bad(_storage(n))
        elif isinstance(n, ir.Assign) and id(n) not in seen:
            bad(_storage(n.target))
        elif isinstance(n, (ir.InMap, ir.Delete)) and n.map in globals_:
            if isinstance(n, ir.InMap) and not _pure(n.keys):
                bad(n.map)
        elif isinstance(n, ir.Stmt) and not isinstance(n, (ir.Delete, ir.ExprStmt)):
            # a foreach, print or anything else naming the array reads the strings
            for attr in ("map", "name"):
                v = getattr(n, attr, None)
                if isinstance(v, str) and v in globals_:
                    bad(v)
    out = []
    for name in sorted(ok):
        if not ok[name] or name not in printed or name not in unjoinable:
            continue
        if len(shapes[name]) == 1:
            out.append((name, False))
        elif _paired_by_syscall(prog, name):
            out.append((name, True))
    return out


def _touches(root, name: str) -> bool:
    return any(getattr(n, "map", None) == name or (isinstance(n, ir.Var) and n.scope == "global"
                                                    and n.name == name) for n in ir.walk(root))


def _clause_touches(p: ir.Probe, name: str) -> bool:
    """Whether probe `p`'s body or predicate names global `name`."""
    return _touches(p.body, name) or (p.predicate is not None and _touches(p.predicate, name))


def _thread_keyed(prog: ir.Program, name: str) -> bool:
    """Whether `name` is an array (a scalar has no element uses) whose every use is the
    current thread's element."""
    uses = [n for n in ir.walk(list(ir.program_roots(prog)))
            if isinstance(n, (ir.Index, ir.InMap, ir.Delete)) and n.map == name]
    return bool(uses) and all(n.keys == [ir.Builtin("tid")] for n in uses)


def _paired_by_syscall(prog: ir.Program, name: str) -> bool:
    """Is `name` a thread's string kept from a syscall's entry to its return, each
    syscall's of its own format (`probe syscall.mkdir, syscall.rmdir { args[tid()] =
    argstr }`, argstr written out per syscall)? Then each syscall's pieces are kept
    apart: a thread's return reads what its own entry stored (a thread is in one
    syscall at a time)."""
    if not _thread_keyed(prog, name) or any(_touches(f.body, name) for f in prog.functions):
        return False
    stored, read = set(), set()
    for p in prog.probes:
        if not _clause_touches(p, name):
            continue
        if not p.points or any(pt.kind != "syscall" or any(c in pt.name for c in "*?[") for pt in p.points):
            return False
        stores = any(isinstance(n, ir.Assign) and _storage(n.target) == name for n in ir.walk(p.body))
        if stores and (len(p.points) != 1 or p.points[0].is_return):
            return False
        if not stores and not all(pt.is_return for pt in p.points):
            return False
        (stored if stores else read).update(pt.name for pt in p.points)
    # (a return whose syscall stores nothing would read an array of no format)
    return read <= stored


def _split_by_syscall(prog: ir.Program, name: str) -> list[str]:
    """`name` (_paired_by_syscall) made one array per syscall, `name_mkdir` ..., each
    clause on several syscalls' returns one clause per syscall: the names made."""
    prog.probes = [q for p in prog.probes
                   for q in (ir.one_per_point(p) if len(p.points) > 1 and _clause_touches(p, name)
                             else [p])]
    glob = next(g for g in prog.globals if g.name == name)
    made: dict[str, str] = {}
    for p in prog.probes:
        if not _clause_touches(p, name):
            continue
        call = p.points[0].name
        if call not in made:
            made[call] = ir.free_name(prog, f"{name}_{call}")
            g = copy.deepcopy(glob)
            g.name, g.shown = made[call], None
            prog.globals.insert(prog.globals.index(glob), g)
        for root in (p.body, p.predicate):
            for n in ir.walk(root):
                if isinstance(n, (ir.Index, ir.InMap, ir.Delete)) and n.map == name:
                    n.map = made[call]
    prog.globals.remove(glob)
    return list(made.values())


def _label(s: ir.Sprintf, i: int) -> str:
    """A name for the sprintf's piece i: what made the sprintf calls it (argstr's
    `pathname`), else the variable, built-in or syscall variable it reads, else its place."""
    if s.labels is not None and i < len(s.labels):
        return s.labels[i]
    for n in ir.walk(s.args[i]):
        if isinstance(n, (ir.Var, ir.Builtin, ir.SyscallVar)):
            return n.name
    return str(i + 1)


def _write_out(prog: ir.Program, name: str) -> None:
    glob = next(g for g in prog.globals if g.name == name)
    stores = [n for n in ir.walk(list(ir.program_roots(prog)))
              if isinstance(n, ir.Assign) and _storage(n.target) == name]
    for n in stores:
        n.value = _flat(n.value)
    first = stores[0].value
    fmt = first.fmt
    pieces: list[str] = []
    for i, a in enumerate(first.args):
        base = re.sub(r"\W", "_", f"{name}_{_label(first, i)}")
        piece = ir.free_name(prog, base)  # (each piece is a global before the next is named)
        pieces.append(piece)
        g = copy.deepcopy(glob)
        g.name, g.type, g.shown = piece, a.type, None
        prog.globals.insert(prog.globals.index(glob), g)
    prog.globals.remove(glob)
    strs = [i for i, a in enumerate(first.args) if a.type is not None and a.type.is_str]
    tested = pieces[strs[0]] if strs else pieces[0]

    def at(target: ir.Expr, piece: str, typ) -> ir.Expr:
        if isinstance(target, ir.Index):
            return ir.Index(piece, copy.deepcopy(target.keys), loc=target.loc, type=typ)
        return ir.Var(piece, "global", loc=target.loc, type=typ)

    def stmt(s: ir.Stmt) -> Optional[list[ir.Stmt]]:
        if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and _storage(s.expr.target) == name:
            e = s.expr
            return [ir.ExprStmt(ir.Assign(at(e.target, p, a.type), "=", a, loc=e.loc, type=a.type), loc=s.loc)
                    for p, a in zip(pieces, e.value.args)]
        if isinstance(s, ir.Delete) and s.map == name:
            return [ir.Delete(p, copy.deepcopy(s.keys), loc=s.loc) for p in pieces]
        return None

    def expr(e: ir.Expr) -> ir.Expr:
        if isinstance(e, ir.InMap) and e.map == name:
            return ir.InMap(e.keys, tested, loc=e.loc, type=e.type)
        if isinstance(e, (ir.Var, ir.Index)) and _storage(e) == name:
            # (only a printf's bare %s reads it now: the printer splices the format in)
            return ir.Sprintf(fmt, [at(e, p, a.type) for p, a in zip(pieces, first.args)],
                              loc=e.loc, type=e.type)
        return e

    # (the stores first: the second pass would take their targets for reads)
    splice_statements(prog, stmt)
    splice_statements(prog, lambda s: None, expr)
