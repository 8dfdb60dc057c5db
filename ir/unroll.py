"""stap loops of a constant count written out, for languages without loops (D, Vue).

A porter who meets `for (i = 1; i <= 3; i++) log(sprintf("line %d", i))` in a
language with no loops writes the body once per pass, with the loop variable set
before each: `this->i = 1; ...; this->i = 2; ...; this->i = 3; ...`. That is only
sound when the passes are known when the script is read, so a loop is written out
only when

* the variable (a local) is set to an integer constant just before the loop (a
  `for`'s initializer, or the last statement before a `while` that sets it),
* the condition compares the variable with an integer constant (<, <=, >, >=, !=),
* the step is `i++`, `i--`, `i += c`, `i -= c` or `i = i + c` (a `while`'s: the
  last statement of its body, or one statement among them, which each written-out
  pass then keeps where it is, the guards before it deciding with the value before),
* the body never changes the variable and holds no return, and no break or
  continue but in a guard among its statements, `if (cond) break` (or continue:
  not in a `while`, whose step it would skip) whose condition reads only the
  variable and constants, so each pass's fate is known (a `next` leaves the
  handler from the pass that meets it, as in stap), and every loop in it is
  written out too,
* there are at most MAX_PASSES passes and MAX_STATEMENTS statements in all
  (nested loops multiply).

The value stap leaves in the variable after the loop is stored after the last pass
when the handler reads the variable anywhere else. Anything else keeps its loop,
which the printer refuses; `reasons` says why, by the loop's location.
"""

from __future__ import annotations

import copy
import dataclasses
from dataclasses import dataclass, field
from typing import Optional

from . import nodes as ir
from .constint import C_ARITH
from .loc import Loc
from .types import signed_bits

MAX_PASSES = 16       # a port writes out at most this many passes of one loop
MAX_STATEMENTS = 64   # and at most this many statements for one loop (nested ones included)

_COMPARE = {"<": lambda a, b: a < b, "<=": lambda a, b: a <= b, ">": lambda a, b: a > b,
            ">=": lambda a, b: a >= b, "!=": lambda a, b: a != b}
_MIRROR = {"<": ">", "<=": ">=", ">": "<", ">=": "<=", "!=": "!="}


@dataclass
class Unrolled:
    """The program with its countable loops written out, and why each other loop
    (by its location) was not."""

    prog: ir.Program
    reasons: dict[Loc, str] = field(default_factory=dict)


@dataclass
class _Plan:
    """How one loop is written out: the variable, the value before each pass and
    the one after the last, and the body without a `while`'s step."""

    var: ir.Var
    init: ir.ExprStmt
    values: list[int]
    exit_value: int
    bodies: list[list[ir.Stmt]]   # each pass's statements (a guard's break or continue
                                  # decided: the statements before it, without the guards)
    stepped: bool = False         # each pass runs the step itself (_plan_stepped): the
                                  # variable needs no value set before a pass or after


class _Refused(Exception):
    """Why a loop is not written out (the message is the reason)."""


def written_out_loops(prog: ir.Program) -> Unrolled:
    """A copy of `prog` whose stap `for`/`while` loops of a constant, small count are
    their bodies written out once per pass (see the module's docstring); `prog`
    itself when it has no such loop. Loops over a histogram's buckets are left alone."""
    if not any(isinstance(n, ir.While) and not n.walks
               for root in ir.program_roots(prog) for n in ir.walk(root)):
        return Unrolled(prog)
    prog = copy.deepcopy(prog)
    out = Unrolled(prog)
    for p in prog.probes:
        p.body = _in_root(p.body, out.reasons)
    for f in prog.functions:
        f.body = _in_root(f.body, out.reasons)
    return out


def _in_root(body: ir.Stmt, reasons: dict[Loc, str]) -> ir.Stmt:
    """A handler's body (a probe's, a function's) with its countable loops written out."""
    return _stmt(body, body, reasons)


def _stmt(s: Optional[ir.Stmt], root: ir.Stmt, reasons: dict[Loc, str]) -> Optional[ir.Stmt]:
    """`s` with the loops under it written out where they can be (inner loops first)."""
    if isinstance(s, ir.Block):
        return ir.Block(_stmts(s.stmts, root, reasons), loc=s.loc)
    if isinstance(s, ir.If):
        return dataclasses.replace(s, then=_stmt(s.then, root, reasons),
                                   else_=_stmt(s.else_, root, reasons))
    if isinstance(s, ir.Try):
        return dataclasses.replace(s, body=_stmt(s.body, root, reasons),
                                   handler=_stmt(s.handler, root, reasons))
    if isinstance(s, ir.While) and not s.walks:
        # a loop that is a statement by itself (an `if`'s branch): nothing sets its
        # variable before it, so it stays, with its reason
        done = _stmts([s], root, reasons)
        return done[0] if len(done) == 1 else ir.Block(done, loc=s.loc)
    if isinstance(s, (ir.While, ir.ForEach)):
        s.body = _stmt(s.body, root, reasons)
    return s


def _stmts(stmts: list[ir.Stmt], root: ir.Stmt, reasons: dict[Loc, str]) -> list[ir.Stmt]:
    """A statement list with each countable loop in it replaced by its passes."""
    out: list[ir.Stmt] = []
    for s in stmts:
        if not isinstance(s, ir.While) or s.walks:
            done = _stmt(s, root, reasons)
            if isinstance(s, ir.Block) and _loops_in(done) < _loops_in(s):
                # a `for` is a block of its initializer and its loop: written out,
                # its statements are the list's, as a porter writes them
                out.extend(done.stmts)
            else:
                out.append(done)
            continue
        s.body = _stmt(s.body, root, reasons)
        try:
            plan = _plan(s, out, reasons)
        except _Refused as ex:
            reasons[s.loc] = str(ex)
            out.append(s)
            continue
        passes = _written(plan, s, _read_after(plan.var, root, s))
        count = _count(passes)
        if count > MAX_STATEMENTS:
            reasons[s.loc] = (f"its {len(plan.values)} passes write {count} statements: more "
                              f"than the {MAX_STATEMENTS} a port writes out")
            out.append(s)
            continue
        out.extend(passes)
    return out


def _loops_in(block: ir.Block) -> int:
    """The loops that are statements of `block` itself."""
    return sum(isinstance(x, ir.While) and not x.walks for x in block.stmts)


def _plan(loop: ir.While, before: list[ir.Stmt], reasons: dict[Loc, str]) -> _Plan:
    """How `loop` is written out, `before` being the statements ahead of it in its list;
    _Refused when it cannot be."""
    inner = next((n for n in ir.walk(loop.body) if isinstance(n, ir.While)), None)
    if inner is not None:
        why = reasons.get(inner.loc)
        raise _Refused(f"the loop at line {inner.loc.line} in its body is not written out"
                       + (f": {why}" if why else ""))
    var, op, limit = _condition(loop.cond)
    body = list(loop.body.stmts) if isinstance(loop.body, ir.Block) else [loop.body]
    step = loop.step
    if step is None:
        # a `while`: its last statement is the step, else one statement among them
        last = body[-1] if body else None
        step = last.expr if isinstance(last, ir.ExprStmt) else None
        if not _is_step(step, var) and any(_is_step(x.expr, var) for x in body
                                           if isinstance(x, ir.ExprStmt)):
            return _plan_stepped(loop, body, var, op, limit, before)
        body = body[:-1]
    delta = _step(step, var, loop.step is None)
    _check_body(body, var, loop.step is None)
    init = _init(before, var)
    start = ir.int_constant(init.expr.value)
    values: list[int] = []
    bodies: list[list[ir.Stmt]] = []
    v = start
    while _COMPARE[op](v, limit):
        if len(values) == MAX_PASSES:
            raise _too_many(start, op, limit, delta)
        kept, stop = _pass(body, var, v)
        values.append(v)
        bodies.append(kept)
        if stop:
            break  # stap leaves the loop with the variable as this pass had it
        v = signed_bits(v + delta)
    return _Plan(var, init, values, v, bodies)


def _plan_stepped(loop: ir.While, body: list[ir.Stmt], var: ir.Var, op: str, limit: int,
                  before: list[ir.Stmt]) -> _Plan:
    """The plan of a `while` whose step is one of its statements but not the last
    (`while (j < 100) { j += 7; ...; if (j > 30) break; ... }`): each pass keeps the
    step where it is, so the variable holds at run time what it holds in stap, and
    each guard is decided with the value it sees there (after the step, or before)."""
    at = [k for k, x in enumerate(body) if _writes(x, var)]
    if len(at) != 1 or not (isinstance(body[at[0]], ir.ExprStmt) and _is_step(body[at[0]].expr, var)):
        raise _Refused(f"its body changes `{var.name}` other than by one step among its statements")
    k = at[0]
    delta = _step(body[k].expr, var, True)
    _check_body(body[:k] + body[k + 1:], var, False)
    for x in body[:k]:
        if _guard(x) is ir.Continue:
            raise _Refused(f"its `continue` at line {x.loc.line} skips the step after it")
    init = _init(before, var)
    start = v = ir.int_constant(init.expr.value)
    values: list[int] = []
    bodies: list[list[ir.Stmt]] = []
    while _COMPARE[op](v, limit):
        if len(values) == MAX_PASSES:
            raise _too_many(start, op, limit, delta)
        values.append(v)
        kept, stop = _pass(body[:k], var, v)
        if not stop:  # (a guard before the step can only be a break: continue is refused)
            v = signed_bits(v + delta)
            after, stop = _pass(body[k + 1:], var, v)
            kept += [body[k]] + after
        bodies.append(kept)
        if stop:
            break
    return _Plan(var, init, values, v, bodies, stepped=True)


def _is_step(e: Optional[ir.Expr], var: ir.Var) -> bool:
    """Whether `e` is a step of `var` (see _step)."""
    try:
        _step(e, var, True)
    except _Refused:
        return False
    return True


def _guard(s: ir.Stmt) -> Optional[type]:
    """ir.Break or ir.Continue when `s` is `if (cond) break` / `if (cond) continue`
    (no else), else None."""
    if not isinstance(s, ir.If) or s.else_ is not None:
        return None
    then = s.then.stmts if isinstance(s.then, ir.Block) else [s.then]
    if len(then) == 1 and isinstance(then[0], (ir.Break, ir.Continue)):
        return type(then[0])
    return None


def _pass(body: list[ir.Stmt], var: ir.Var, value: int) -> tuple[list[ir.Stmt], bool]:
    """The statements of the pass where `var` is `value`: up to the first guard whose
    condition holds (the guards themselves decided, so left out), and whether that
    guard is a break."""
    kept: list[ir.Stmt] = []
    for s in body:
        kind = _guard(s)
        if kind is None:
            kept.append(s)
            continue
        holds = _fold(s.cond, var, value)
        if holds is None:
            word = kind.__name__.lower()
            raise _Refused(f"its `{word}` at line {s.loc.line} depends on more than "
                           f"`{var.name}` and constants")
        if holds:
            return kept, kind is ir.Break
    return kept, False


_FOLD = {**C_ARITH,
         "&&": lambda a, b: int(bool(a and b)), "||": lambda a, b: int(bool(a or b)),
         **{op: (lambda f: lambda a, b: int(f(a, b)))(f) for op, f in _COMPARE.items()},
         "==": lambda a, b: int(a == b)}


def _fold(e: ir.Expr, var: ir.Var, value: int) -> Optional[int]:
    """`e`'s value where `var` is `value`, when it reads nothing else (None then)."""
    c = ir.int_constant(e)
    if c is not None:
        return c
    if isinstance(e, ir.Var) and e == var:
        return value
    if isinstance(e, ir.Unary) and e.op in ("-", "!", "~"):
        a = _fold(e.operand, var, value)
        if a is None:
            return None
        return signed_bits(-a) if e.op == "-" else int(not a) if e.op == "!" else signed_bits(~a)
    if isinstance(e, ir.Binary) and e.op in _FOLD:
        a, b = _fold(e.lhs, var, value), _fold(e.rhs, var, value)
        if a is None or b is None or (e.op in ("/", "%") and b == 0):
            return None
        return signed_bits(_FOLD[e.op](a, b))
    return None


def _too_many(start: int, op: str, limit: int, delta: int) -> _Refused:
    """The refusal of a loop with more than MAX_PASSES passes, saying how many."""
    n = _passes(start, op, limit, delta)
    said = f"{n} passes: more" if n is not None else "more passes"
    return _Refused(f"{said} than the {MAX_PASSES} a port writes out")


def _passes(start: int, op: str, limit: int, delta: int) -> Optional[int]:
    """How many passes a loop over the limit makes (for its refusal); None when it
    goes on until its variable wraps around, or for ever."""
    if op in ("<", "<=") and delta > 0:
        return -(-(limit - start + (op == "<=")) // delta)
    if op in (">", ">=") and delta < 0:
        return -(-(start - limit + (op == ">=")) // -delta)
    if op == "!=" and delta and (limit - start) % delta == 0 and (limit - start) // delta > 0:
        return (limit - start) // delta
    return None


def _condition(cond: Optional[ir.Expr]) -> tuple[ir.Var, str, int]:
    """(variable, comparison, constant) of a condition `i OP c` (or `c OP i`)."""
    if isinstance(cond, ir.Binary) and cond.op in _COMPARE:
        rhs = ir.int_constant(cond.rhs)
        if _local(cond.lhs) and rhs is not None:
            return cond.lhs, cond.op, rhs
        lhs = ir.int_constant(cond.lhs)
        if _local(cond.rhs) and lhs is not None:
            return cond.rhs, _MIRROR[cond.op], lhs
    if cond is None:
        raise _Refused("it has no condition")
    raise _Refused("its condition is not a local variable compared with a constant")


def _local(e: ir.Expr) -> bool:
    return isinstance(e, ir.Var) and e.scope == "local"


def _step(step: Optional[ir.Expr], var: ir.Var, last: bool) -> int:
    """What the step adds to `var`: i++, i--, i += c, i -= c, i = i + c, i = i - c
    (`last`: a `while`'s, the last statement of its body)."""
    if isinstance(step, ir.IncDec) and step.target == var:
        return 1 if step.op == "++" else -1
    if isinstance(step, ir.Assign) and step.target == var:
        c = ir.int_constant(step.value)
        if step.op in ("+=", "-=") and c is not None:
            return c if step.op == "+=" else -c
        v = step.value
        if step.op == "=" and isinstance(v, ir.Binary) and v.op in ("+", "-") and v.lhs == var:
            c = ir.int_constant(v.rhs)
            if c is not None:
                return c if v.op == "+" else -c
    steps = f"`{var.name}++`, `{var.name}--`, `{var.name} += c` or `{var.name} -= c`"
    raise _Refused(f"its body does not end with {steps}" if last else f"its step is not {steps}")


def _writes(node, var: ir.Var) -> bool:
    """Whether anything under `node` stores into `var`."""
    return any(isinstance(n, (ir.Assign, ir.IncDec)) and n.target == var for n in ir.walk(node))


def _check_body(body: list[ir.Stmt], var: ir.Var, step_in_body: bool) -> None:
    """_Refused when a pass of `body` could change the count or end early other than
    by a guard (`if (cond) break` or `continue` among its statements, whose condition
    _pass decides): it stores into `var`, or has another break or continue of this
    loop, or a return. A `while`'s continue would skip its step: refused too."""
    if _writes(body, var):
        raise _Refused(f"its body changes `{var.name}`")
    for s in body:
        kind = _guard(s)
        if kind is ir.Continue and step_in_body:
            raise _Refused("its body has a `continue`, which skips the step at its end")
        for n in _outside_loops(s if kind is None else s.cond):
            if isinstance(n, (ir.Break, ir.Continue)):
                raise _Refused(f"its body has a `{type(n).__name__.lower()}`")
    for n in ir.walk(body):
        # (a `next` leaves the handler from whichever pass meets it, as in stap)
        if isinstance(n, ir.Return):
            raise _Refused(f"its body has a `{type(n).__name__.lower()}`")


def _outside_loops(node):
    """The nodes under `node` (a node or a list) that are not inside a loop of it."""
    if isinstance(node, list):
        for x in node:
            yield from _outside_loops(x)
        return
    yield node
    if not isinstance(node, (ir.While, ir.ForEach)):
        for c in ir.children(node):
            yield from _outside_loops(c)


def _init(before: list[ir.Stmt], var: ir.Var) -> ir.ExprStmt:
    """The statement before the loop that sets `var` to a constant: the last one of
    `before` that stores into it."""
    for s in reversed(before):
        if not _writes(s, var):
            continue
        if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
                and s.expr.target == var and ir.int_constant(s.expr.value) is not None:
            return s
        break
    raise _Refused(f"`{var.name}` is not set to a constant just before it")


def _read_after(var: ir.Var, root: ir.Stmt, loop: ir.While) -> bool:
    """Whether the handler may read the value `loop` leaves in `var` (then the port
    stores it after the last pass): the statements that run after the loop are read
    up to a plain store into `var` (the handler's end: locals end with it). A loop
    or try block around it is read whole (its next pass, its handler)."""
    path = _path(root, loop)
    for parent, child in reversed(list(zip(path, path[1:]))):
        if isinstance(parent, ir.Block):
            k = next(i for i, x in enumerate(parent.stmts) if x is child)
            fate = _fate(parent.stmts[k + 1:], var, loop)
            if fate is not None:
                return fate
        elif isinstance(parent, (ir.While, ir.ForEach)):
            if _reads(parent, var, loop):
                return True
        elif isinstance(parent, ir.Try) and child is parent.body:
            if _reads(parent.handler, var, loop):
                return True
    return False


def _fate(stmts: list[ir.Stmt], var: ir.Var, loop: ir.While) -> Optional[bool]:
    """Whether statements run one after the other read `var` (True) or store into it
    (False) first; None if they do neither. A block is its statements (a `for`'s)."""
    for s in stmts:
        if isinstance(s, ir.Block):
            fate = _fate(s.stmts, var, loop)
            if fate is not None:
                return fate
        elif _stores(s, var):
            return False
        elif _reads(s, var, loop):
            return True
    return None


def _path(root: ir.Stmt, target: ir.Stmt) -> list:
    """The nodes from `root` down to `target` (identity), both included; [] if absent."""
    if root is target:
        return [root]
    for c in ir.children(root):
        if isinstance(c, ir.Stmt):
            below = _path(c, target)
            if below:
                return [root] + below
    return []


def _stores(s: ir.Stmt, var: ir.Var) -> bool:
    """Whether `s` is a plain store into `var` of a value that does not read it."""
    return isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
        and s.expr.target == var and not _reads(s.expr.value, var, None)


def _reads(node, var: ir.Var, skip: Optional[ir.Stmt]) -> bool:
    """Whether anything under `node` but `skip` reads `var` (a plain store does not)."""
    if node is skip:
        return False
    if isinstance(node, ir.Assign) and node.op == "=" and node.target == var:
        return _reads(node.value, var, skip)
    if isinstance(node, (ir.Assign, ir.IncDec)) and node.target == var:
        return True  # `i += 1`, `i++` read it
    return node == var or any(_reads(c, var, skip) for c in ir.children(node))


def _written(plan: _Plan, loop: ir.While, exit_read: bool) -> list[ir.Stmt]:
    """The loop's passes: the initializer stays where it is (it stores the first
    value); before every later pass, the variable is set to that pass's value (when
    the body reads it), and after the last to the value stap leaves (when `exit_read`)."""
    out: list[ir.Stmt] = []
    if plan.stepped:
        return [copy.deepcopy(x) for body in plan.bodies for x in body]
    # a body that never reads the variable needs no value set before each pass
    used = any(_reads(s, plan.var, None) for body in plan.bodies for s in body)
    for k, value in enumerate(plan.values):
        if k and used and plan.bodies[k]:  # (a pass a guard empties reads nothing)
            out.append(_setting(plan.init, value, loop))
        out.extend(copy.deepcopy(plan.bodies[k]))
    if exit_read and plan.values:
        out.append(_setting(plan.init, plan.exit_value, loop))
    return out


def _setting(init: ir.ExprStmt, value: int, loop: ir.While) -> ir.ExprStmt:
    """`var = value`, typed as the initializer is, placed at the loop."""
    s = copy.deepcopy(init)
    old = s.expr.value
    lit = ir.IntLit(abs(value), loc=loop.loc, type=old.type)
    s.expr.value = lit if value >= 0 else ir.Unary("-", lit, loc=loop.loc, type=old.type)
    s.loc = s.expr.loc = s.expr.target.loc = loop.loc
    return s


def _count(stmts: list[ir.Stmt]) -> int:
    """The statements a port writes for `stmts` (blocks are not statements)."""
    return sum(1 for n in ir.walk(stmts) if isinstance(n, ir.Stmt) and not isinstance(n, ir.Block))
