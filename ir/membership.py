"""stap's `k in a` said as a test of the element's value, for D.

D has no membership test: an element of a D associative array that was never
stored (or was stored 0, which deletes it) reads as 0 ("" for strings). So for
an array whose every store is a value that cannot be 0 (or ""), the element
exists exactly when it is not 0: `k in a` is `a[k] != 0`. That covers stap's
usual pairing of a start time with its end,

    probe syscall.read { start[tid()] = gettimeofday_us() }
    probe syscall.read.return { if (tid() in start) { ... delete start[tid()] } }

where a time stamp is never 0, counters only counted up, and flags set to a
non-zero constant. A process's name (execname, a task's `comm`, as in
`pid2name[pid()] = execname()`) is a string that is never "": the kernel names
every task, and only a process that renames itself to "" (prctl PR_SET_NAME)
would read as absent.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Optional

from . import nodes as ir

# A time since the epoch in ns, and its parts down to seconds, are never 0; time
# since boot is at least microseconds.
_TIMES = {"walltimestamp": 10 ** 9, "timestamp": 1000}


def nonzero_maps(prog: ir.Program) -> dict[str, bool]:
    """Arrays whose stored values are never 0 (or ""): name -> whether of strings."""
    verdict: dict[str, Optional[bool]] = {g.name: None for g in prog.globals if g.kind == "map"}
    bad: set[str] = set()
    funcs = {f.name: f for f in prog.functions}
    for body in [p.body for p in prog.probes] + [f.body for f in prog.functions]:
        ctx = _Context(_local_stores(body), funcs)
        for n in ir.walk([body]):
            target = getattr(n, "target", None)
            if not isinstance(target, ir.Index) or target.map not in verdict:
                continue
            name = target.map
            if isinstance(n, ir.IncDec):
                kind: Optional[bool] = False if n.op == "++" else None
            elif isinstance(n, ir.Assign) and n.op == "+=":
                kind = False if isinstance(n.value, ir.IntLit) and n.value.value > 0 else None
            elif isinstance(n, ir.Assign) and n.op == "=":
                kind = _never_zero(n.value, ctx)
            else:
                kind = None
            if kind is None or verdict[name] not in (None, kind):
                bad.add(name)
            verdict[name] = kind
    # an array nothing stores into holds no 0 either: `k in a` is `a[k] != 0` (false)
    for name in never_stored(prog):
        t = prog.global_named(name).type
        verdict[name] = bool(t is not None and t.is_str)
    return {name: is_str for name, is_str in verdict.items() if is_str is not None and name not in bad}


def never_stored(prog: ir.Program) -> frozenset[str]:
    """The global arrays of `prog` nothing stores into (stap warns of a never-assigned
    global, and every element reads 0 or "")."""
    from .inline import node_effects
    stored = {k[1] for root in ir.program_roots(prog) for x in ir.walk(root)
              if not isinstance(x, ir.Delete) for k in node_effects(x)[1]}
    return frozenset(g.name for g in prog.globals if g.kind == "map" and g.name not in stored)


def _local_stores(body: ir.Stmt) -> dict[str, list[ir.Expr]]:
    """Every value a clause (or function) stores into each of its locals."""
    stores: dict[str, list[ir.Expr]] = {}
    for n in ir.walk([body]):
        if isinstance(n, ir.Assign) and isinstance(n.target, ir.Var) and n.target.scope == "local":
            # a compound store (`x += 1`) is not the value it stores: never provably non-zero
            stores.setdefault(n.target.name, []).append(n.value if n.op == "=" else ir.IntLit(0))
        elif isinstance(n, ir.IncDec) and isinstance(n.target, ir.Var) and n.target.scope == "local":
            stores.setdefault(n.target.name, []).append(ir.IntLit(0))
    return stores


@dataclass
class _Context:
    """What a value is looked up in: the clause's local stores, the script's functions."""

    locals: dict[str, list[ir.Expr]]
    funcs: dict[str, ir.Function]
    seen: frozenset = frozenset()  # functions being looked into (recursion)


def _never_zero(e: ir.Expr, ctx: _Context) -> Optional[bool]:
    """Whether `e` is never 0 (never ""): None if it may be, else whether it is a string."""
    if isinstance(e, ir.IntLit):
        return False if e.value != 0 else None
    if isinstance(e, ir.StrLit):
        return True if e.value != "" else None
    if isinstance(e, ir.Builtin):
        return False if e.name in _TIMES else True if e.name == "execname" else None
    if _is_comm(e):
        return True
    if isinstance(e, ir.Sprintf):
        return True if _never_empty_format(e.fmt) else None
    if isinstance(e, ir.Var) and e.scope == "local":
        # a local (a probe alias's `pid_name`) whose every store in the clause is one
        inner = _Context({}, ctx.funcs, ctx.seen)
        return _one_kind(_never_zero(v, inner) for v in ctx.locals.get(e.name, [ir.IntLit(0)]))
    if isinstance(e, ir.FuncCall):
        return _returns_never_zero(ctx.funcs.get(e.name), ctx)
    if isinstance(e, ir.Call) and e.name == "lltostr":
        return True  # a number's digits
    if isinstance(e, ir.Ternary):
        # `t[k] != "" ? t[k] : lltostr(k)` (a name from a table, else the number)
        then = None
        if (isinstance(e.cond, ir.Binary) and e.cond.op == "!=" and e.cond.lhs == e.then
                and e.cond.rhs in (ir.IntLit(0), ir.StrLit(""))):
            then = isinstance(e.cond.rhs, ir.StrLit)
        return _one_kind([then if then is not None else _never_zero(e.then, ctx),
                          _never_zero(e.else_, ctx)])
    if isinstance(e, ir.Binary) and e.op == ".":
        # a join (a sprintf said as its pieces: an argstr with its quotes and commas)
        # is never "" where one of its pieces is not
        return True if True in (_never_zero(e.lhs, ctx), _never_zero(e.rhs, ctx)) else None
    if (isinstance(e, ir.Binary) and e.op == "/" and isinstance(e.lhs, ir.Builtin)
            and e.lhs.name in _TIMES and isinstance(e.rhs, ir.IntLit)):
        return False if 0 < e.rhs.value <= _TIMES[e.lhs.name] else None
    return None


def _returns_never_zero(f: Optional[ir.Function], ctx: _Context) -> Optional[bool]:
    """A function that ends in a return and whose every return is never 0 ("", stap's
    signal-name function: a name, or the number as text)."""
    if f is None or f.name in ctx.seen or not f.body.stmts or not isinstance(f.body.stmts[-1], ir.Return):
        return None
    inner = _Context(_local_stores(f.body), ctx.funcs, ctx.seen | {f.name})
    values = [n.value for n in ir.walk([f.body]) if isinstance(n, ir.Return)]
    if any(v is None for v in values):
        return None
    return _one_kind(_never_zero(v, inner) for v in values)


def _one_kind(kinds) -> Optional[bool]:
    found = set(kinds)
    return found.pop() if len(found) == 1 else None


# A conversion that prints at least one character whatever its value.
_CONVERSION = re.compile(r"%[-+ #0]*(\d*)(?:\.\d+)?([a-zA-Z])")


def _never_empty_format(fmt: str) -> bool:
    """Whether a sprintf() format always yields some text: a literal character, a
    number's digits, or a field width."""
    fmt = fmt.replace("%%", "\0")  # `%%` prints one literal character
    if any(m.group(1) not in ("", "0") or m.group(2) in "diuxXop" for m in _CONVERSION.finditer(fmt)):
        return True
    return bool(_CONVERSION.sub("", fmt))


def _is_comm(e: ir.Expr) -> bool:
    """A task's name read from its task_struct (`$task->comm`, as a string; D's
    translated `args[1]->pr_fname` of one, whose translator reads a task's comm)."""
    if isinstance(e, ir.Call) and e.name == "kernel_string" and len(e.args) == 1:
        e = e.args[0]
    translated = isinstance(e, ir.Translated)
    if translated:
        e = e.value
    return (isinstance(e, ir.KernelMember) and e.path == ["comm"] and not e.addr_of
            and (translated or isinstance(e.base, ir.KernelCast)
                 and e.base.ctype == "struct task_struct *"))
