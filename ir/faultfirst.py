"""A D clause that records output and then can fault, ported so that the fault
comes first.

A run-time error in a D clause discards every record the clause wrote before it
(illumos dtrace_probe() does not commit the clause's buffer space; xtrace's D the
same: runtime/xt_core.h xt_clause_discard), where a stap try block and a Vue
clause keep what they printed. So a stap or Vue porter aware of the rule computes
what can fault before the clause's first output, where moving it changes nothing
else:

    BEGIN { z = 0; printf("before\\n"); x = 10 / z; printf("after\\n"); }

    probe begin { try { z = 0  x = 10 / z  printf("before\\n") ... } catch { } }

and a printf whose own argument can fault has that argument stored in a local
first (`printf("%s\\n", copyinstr(p))` after a printf: `s = user_string(p)` before
both, the printf printing `s`). D runs a clause's statements up to the fault and
drops only its records, so with the fault go, in their order, the clause-local
stores it depends on (soconnect.d's shape: `printf(...); this->iov = arg1;
this->base = *(uint64_t *)copyin(this->iov, 8); printf("%s", copyinstr(this->base))`)
and the stores that outlive the clause (`n++`, @c = count(), a this-> another clause
of the firing reads); what stays, the records and the other locals, neither reads
nor writes what moves nor writes what it reads, and does nothing else (no exit(), no
destructive action, no loop). Where that is not possible exactly (a record that
itself stores: `printf("%d", ++n)`) the fault moves alone past what it does not
touch, as before (_passed), and a store of a pointer into the kernel's own
structures (`this->comm = &curthread->comm`) stays, with the reads through it (as
reads of curthread's members stay, below); a statement that cannot be moved at
all (a tracemem(), an if whose arm prints and faults, a store a printf before it
reads) leaves the clause as it was: `unmoved_fault` names it, for a refusal where the port would
print what D takes back.

The faults are those ir/faultsplit.py splits a stap or Vue probe at (the other
direction): clause_errors.may_fault after faultsplit.records_output, but for a
member read through a pointer the kernel gave the probe (curthread, a probe's
typed argument, and the members they point to: `curthread->real_parent->tgid`,
`args[0]->comm[0]`), which a porter does not expect to fault: the port keeps such
a clause as it was written, where moving reads of live kernel structures ahead of
a printf would only make it harder to read. A pair of
clauses faultsplit made of one stap or Vue probe (the first prints, the next
starts with its fault) is left to clauses_rejoined_at_faults, which makes it the
probe it was.
"""

from __future__ import annotations

import copy
import dataclasses
from typing import Optional

from ..frontends.d.preprocess import DESTRUCTIVE_ACTIONS
from . import nodes as ir
from .clause_errors import may_fault
from .faultsplit import _rejoined, records_output
from .inline import effects
from .sugarblocks import pieces, sugared
from .trycatch_clauses import flat_statements

# statements that end or leave the clause, or loop: nothing moves past them, and
# none of them moves
_BARRIERS = (ir.Exit, ir.Next, ir.Return, ir.Break, ir.Continue, ir.While, ir.ForEach,
             ir.Speculate, ir.SpecEnd, ir.SpecStop, ir.Try, ir.Raise, ir.Delay, ir.System, ir.Fail,
             ir.SetOpt, ir.AggControl)


# reads of kernel memory at an address a call is given
_KERNEL_READS = frozenset({"kernel_string", "kernel_read_int", "kernel_int", "kernel_long", "kernel_read"})


def _from_context(e: ir.Expr) -> bool:
    """Whether read `e` goes through pointers the kernel gave the probe: a member
    whose base, through members (and constant elements) and casts, is curthread or
    a probe's argument, not a number the script made up (`(struct foo *)16`); a
    kernel read of such a member, or of a kernel variable by its symbol (D's
    `pid_max`)."""
    if isinstance(e, ir.Call):
        first = e.args[0] if e.args else None
        return e.name in _KERNEL_READS and (
            isinstance(first, ir.KernelMember)
            or isinstance(first, ir.Call) and first.name == "ksym_addr"
            and all(isinstance(a, ir.StrLit) for a in first.args))
    b = e.base if isinstance(e, ir.KernelMember) else None
    while True:
        if isinstance(b, ir.KernelMember):
            b = b.base
        elif isinstance(b, ir.KernelElem) and isinstance(b.index, ir.IntLit):
            b = b.base
        elif isinstance(b, ir.KernelCast):
            b = b.expr
        else:
            return b == ir.Builtin("curthread") or isinstance(b, ir.ProbeArg)


def _can_fault(node) -> bool:
    return may_fault(node, _from_context)


def _plain(s: ir.Stmt) -> bool:
    """Whether `s` does nothing but compute and store (and print: the caller tells)."""
    return not any(isinstance(x, _BARRIERS + (ir.FuncCall, ir.EmbeddedC))
                   or (isinstance(x, ir.Call) and x.name in DESTRUCTIVE_ACTIONS)
                   for x in ir.walk(s))


def _commute(a: ir.Stmt, b: ir.Stmt) -> bool:
    """Whether plain statements `a` and `b` may run in either order."""
    ra, wa = effects(a)
    rb, wb = effects(b)
    return not (wa & (rb | wb) or wb & ra)


def _first_record(stmts: list[ir.Stmt]) -> Optional[int]:
    return next((k for k, s in enumerate(stmts) if records_output(s)), None)


def _late_fault(stmts: list[ir.Stmt], framed: bool = False) -> Optional[tuple[int, int]]:
    """(first recording statement, first statement after it that can fault), or None.
    In a `framed` block (not quiet) the port prints DTrace's probe line before the
    first record: a printf there whose argument can fault is that statement itself
    (ol02.d's `printf("%s %s", execname, copyinstr(arg0))` at openat's dirfd)."""
    r = _first_record(stmts)
    if r is None:
        return None
    if framed and isinstance(stmts[r], ir.Printf) and _can_fault(stmts[r]) and _plain(stmts[r]):
        return r, r
    f = next((k for k in range(r + 1, len(stmts)) if _can_fault(stmts[k])), None)
    return None if f is None else (r, f)


def _local_names(p: ir.Probe) -> set[str]:
    return {x.name for root in (p.body, p.predicate) if root is not None
            for x in ir.walk(root) if isinstance(x, ir.Var) and x.scope == "local"}


def _free_local(taken: set[str], e: ir.Expr) -> str:
    text = (e.type is not None and e.type.kind == "string") or \
        (isinstance(e, ir.Call) and e.name in ("user_string", "kernel_string", "user_string_n",
                                               "kernel_string_n"))
    base = "s" if text else "v"
    name, i = base, 2
    while name in taken:
        name, i = f"{base}{i}", i + 1
    taken.add(name)
    return name


def _args_stored(s: ir.Printf, taken: set[str]) -> Optional[list[ir.Stmt]]:
    """The printf `s`'s arguments that can fault each stored in a new local first,
    then `s` printing those locals; None where an argument has side effects."""
    stores: list[ir.Stmt] = []
    args = []
    for a in s.args:
        if not _can_fault(a):
            args.append(a)
            continue
        if any(isinstance(x, (ir.Assign, ir.IncDec)) for x in ir.walk(a)) or not _plain(ir.ExprStmt(a)):
            return None
        var = ir.Var(_free_local(taken, a), "local", loc=a.loc, type=a.type)
        stores.append(ir.ExprStmt(ir.Assign(var, "=", a, loc=a.loc, type=a.type), loc=a.loc))
        args.append(dataclasses.replace(var))
    return stores + [dataclasses.replace(s, args=args)]


def _local_store(t: ir.Stmt) -> bool:
    """Whether `t` only stores a value in a clause-local (D's this->, a stap or Vue
    local): `this->iov = arg1`, with nothing else written on the way."""
    if not (isinstance(t, ir.ExprStmt) and isinstance(t.expr, ir.Assign)):
        return False
    a = t.expr
    return isinstance(a.target, ir.Var) and a.target.scope == "local" and not any(
        isinstance(x, (ir.Assign, ir.IncDec)) for x in ir.walk(a.value))


def _kernel_pointer(e) -> bool:
    """Whether `e` (an expression or a store) holds a pointer the kernel gave the probe, or one into what it
    points to (`&curthread->comm`, `(struct sock *)arg0`): reads through a local so
    set are reads of live kernel structures, which the port leaves where they are
    (_from_context)."""
    for x in ir.walk(e):
        if x == ir.Builtin("curthread") or isinstance(x, (ir.KernelMember, ir.Call)) and _from_context(x):
            return True
        if isinstance(x, ir.KernelCast):
            b = x.expr
            while isinstance(b, ir.KernelCast):
                b = b.expr
            if isinstance(b, ir.ProbeArg):
                return True
    return False


def _lasting(t: ir.Stmt, shared: frozenset[str] = frozenset()) -> bool:
    """Whether `t` writes what outlives the clause: a global, a thread-local, an
    array or an aggregation, or a clause-local of a name in `shared`, which a later
    clause of the same firing can read (D's this->, soconnect.d's `this->f`). D
    keeps such a store made before a fault."""
    return any(scope != "local" or name in shared for scope, name in effects(t)[1])


def _moved_with_stores(stmts: list[ir.Stmt], r: int, f: int,
                       shared: frozenset[str] = frozenset()) -> Optional[list[int]]:
    """The indexes, in order, of what moves from stmts[r:f + 1] to before stmts[r]
    (the first record) with statement f, which can fault; None where that cannot be
    done exactly.

    D runs a clause's statements up to the fault and drops its records only. So
    with f go, in their order: each store in a clause-local that f (or a store so
    moved) depends on (soconnect.d's shape: `this->iov = arg1` after the first
    printf, the reads through it after), and each statement that writes what
    outlives the clause (`n++`, `@c = count()`), which ran before the fault in D and
    must in the port too. What stays (the records, and clause-locals nothing moved
    reads) must neither read nor write what moves nor write what it reads, and a
    record that stays must write nothing lasting (`printf("%d", ++n)`: its store
    would follow the fault). A statement that is not plain (a loop, a destructive
    action) moves nothing past it."""
    moved = [f]
    for k in range(f - 1, r - 1, -1):
        t = stmts[k]
        if not _plain(t):
            return None
        record = records_output(t)
        lasting = _lasting(t, shared)
        if record and lasting:
            return None
        dep = not all(_commute(stmts[m], t) for m in moved)
        if not dep and not lasting:
            continue
        if record or not (lasting or _local_store(t)):
            return None
        if dep and _kernel_pointer(t):
            # the fault reads through a pointer into the kernel's own structures
            # (stap's `comm = &@cast(task_current(), ...)->comm` read back as D): as
            # before, the clause as written, as a porter leaves such reads
            return None
        moved.insert(0, k)
    return moved


def _passed(stmts: list[ir.Stmt], r: int, f: int,
            shared: frozenset[str] = frozenset()) -> Optional[list[int]]:
    """What moves before stmts[r] with fault f: exactly (_moved_with_stores), or else
    as the port did before that (f alone, past plain statements it does not touch):
    the port then prints what D prints, but a faulting firing skips the lasting
    stores f passed (`printf("%d", ++n)` before it: the port does not count that
    firing, D does). Exact would need the ++n out of the printf, a split the port
    does not make; the port stays as it was. None where f cannot move."""
    exact = _moved_with_stores(stmts, r, f, shared)
    if exact is not None:
        return exact
    s = stmts[f]
    if all(_plain(t) and _commute(s, t) for t in stmts[r:f]):
        return [f]
    return None


def _reordered(stmts: list[ir.Stmt], taken: set[str], framed: bool = False,
               shared: frozenset[str] = frozenset()) -> tuple[list[ir.Stmt], Optional[ir.Stmt]]:
    """`stmts` with each statement that can fault after the first that records output
    moved before it (a printf's arguments that can fault stored first), and the
    first statement that could not be moved, or None. `framed`: the block's first
    record follows DTrace's probe line (_late_fault); `shared`: the clause-locals
    other clauses name (_lasting)."""
    stmts = list(stmts)
    while True:
        found = _late_fault(stmts, framed)
        if found is None:
            return stmts, None
        r, f = found
        s = stmts[f]
        if isinstance(s, ir.Printf) and _plain(s):
            stored = _args_stored(s, taken)
            if stored is None:
                return stmts, s
            stmts[f:f + 1] = stored
            continue
        if records_output(s) or not _plain(s):
            return stmts, s
        moved = _passed(stmts, r, f, shared)
        if moved is None:
            return stmts, s
        stmts[r:f + 1] = [stmts[k] for k in moved] + [stmts[k] for k in range(r, f) if k not in moved]


def _movable(p: ir.Probe, framed: bool = False) -> bool:
    if p.implicit:
        return False
    if sugared(p):
        return _late_runs(p, framed)
    return _late_fault(flat_statements(p.body.stmts), framed) is not None


def faults_before_records(prog: ir.Program) -> ir.Program:
    """For stap and Vue from D: in each clause that records output and then can
    fault, what can fault computed before the first output (see the module's
    docstring), where that changes nothing else; `prog` itself where no clause
    changes. Not quiet, the port's probe line is a clause's first output
    (ir/framing.py), so a first printf's argument that can fault is stored first too."""
    from .framing import needs_framing  # (framing imports this module: _can_fault)
    framed = prog.lang == "d" and needs_framing(prog)
    if prog.lang != "d" or not any(_movable(p, framed and p.framed) for p in prog.probes):
        return prog
    out = copy.copy(prog)
    out.probes = []
    changed = False
    for i, p in enumerate(prog.probes):
        if _movable(p, framed and p.framed) and not (i and _rejoined(prog.probes[i - 1], p) is not None):
            stmts, stuck = _clause_reordered(p, framed and p.framed, _shared_locals(prog, p))
            if stuck is None:
                p = dataclasses.replace(p, body=ir.Block(stmts, loc=p.body.loc))
                changed = True
        out.probes.append(p)
    return out if changed else prog


def _shared_locals(prog: ir.Program, p: ir.Probe) -> frozenset[str]:
    """The clause-locals of `p` another clause of `prog` names: D's this-> is one
    variable for the clauses of one firing (soconnect.d's `this->f`), which a stap or
    Vue port of them keeps in one probe (ir/clausemerge.py)."""
    others = set().union(*(_local_names(q) for q in prog.probes if q is not p))
    return frozenset(_local_names(p) & others)


def _clause_reordered(p: ir.Probe, framed: bool = False,
                      shared: frozenset[str] = frozenset()) -> tuple[list[ir.Stmt], Optional[ir.Stmt]]:
    """_reordered of clause `p`'s statements; of each of its basic blocks apart in a
    clause with an `if`, each an ECB of its own whose fault discards its own records
    only (ir/sugarblocks.py): nothing moves across an `if`. `shared`: _lasting."""
    taken = _local_names(p)
    if not sugared(p):
        return _reordered(flat_statements(p.body.stmts), taken, framed, shared)
    stuck: list[Optional[ir.Stmt]] = [None]

    def blocks(body: ir.Stmt) -> list[ir.Stmt]:
        out: list[ir.Stmt] = []
        for piece in pieces(body):
            if isinstance(piece, ir.If):
                piece = copy.copy(piece)
                piece.then = _branch(piece.then, blocks(piece.then))
                if piece.else_ is not None:
                    piece.else_ = _branch(piece.else_, blocks(piece.else_))
                out.append(piece)
                continue
            run, late = _reordered(piece, taken, framed, shared)
            if stuck[0] is None and late is not None:
                stuck[0] = late
            out += run
        return out
    stmts = blocks(p.body)
    return stmts, stuck[0]


def _branch(old: ir.Stmt, stmts: list[ir.Stmt]) -> ir.Stmt:
    if not isinstance(old, ir.Block) and len(stmts) == 1:
        return stmts[0]
    return ir.Block(stmts, loc=old.loc)


def _late_runs(p: ir.Probe, framed: bool = False) -> bool:
    """Whether a basic block of sugared clause `p` records and then can fault."""
    def any_late(body: ir.Stmt) -> bool:
        for piece in pieces(body):
            if isinstance(piece, ir.If):
                if any_late(piece.then) or (piece.else_ is not None and any_late(piece.else_)):
                    return True
            elif _late_fault(piece, framed) is not None:
                return True
        return False
    return any_late(p.body)


def unmoved_fault(prog: ir.Program) -> Optional[ir.Stmt]:
    """After faults_before_records: the first statement of a D clause of `prog` that
    can fault after the clause recorded output and could not be moved before it (a
    port that keeps what D takes back), or None."""
    if prog.lang != "d":
        return None
    for i, p in enumerate(prog.probes):
        if _movable(p) and not (i and _rejoined(prog.probes[i - 1], p) is not None):
            stuck = _clause_reordered(p, shared=_shared_locals(prog, p))[1]
            if stuck is not None:
                return stuck
    return None
