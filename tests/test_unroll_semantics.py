"""ir/unroll.py against an interpreter: random stap loops (for and while, steps
anywhere, break/continue/next guards) are run as written and as written out; every
loop the pass writes out prints the same lines and leaves the same value.

The interpreter covers the small statement set the generator uses, with stap's
64-bit wrapping arithmetic (ir.types.signed_bits and unroll's _FOLD, which tests/test_unroll.py
checks by example)."""

from __future__ import annotations

import random

from xtrace import frontends
from xtrace.ir import nodes as ir
from xtrace.ir.types import signed_bits as _wrap
from xtrace.ir.unroll import _FOLD
from xtrace.ir.unroll import written_out_loops


class Brk(Exception):
    """a `break` leaving its loop"""


class Cont(Exception):
    """a `continue` ending its pass"""


class Nxt(Exception):
    """a `next` leaving the handler"""


class TooLong(Exception):
    """the program runs on (a loop the pass must not have written out)"""


def ev(e: ir.Expr, env: dict) -> int:
    """The value of e (stap's 64-bit integers), storing into env as e says."""
    if isinstance(e, ir.IntLit): return e.value
    if isinstance(e, ir.Var): return env.get(e.name, 0)
    if isinstance(e, ir.Unary):
        a = ev(e.operand, env)
        return {"-": lambda: _wrap(-a), "!": lambda: int(not a), "~": lambda: _wrap(~a), "+": lambda: a}[e.op]()
    if isinstance(e, ir.Binary):
        if e.op == "&&": return int(bool(ev(e.lhs, env)) and bool(ev(e.rhs, env)))
        if e.op == "||": return int(bool(ev(e.lhs, env)) or bool(ev(e.rhs, env)))
        a, b = ev(e.lhs, env), ev(e.rhs, env)
        if e.op == "<<": return _wrap(a << (b & 63))
        if e.op == ">>": return a >> (b & 63)
        return _wrap(_FOLD[e.op](a, b))
    if isinstance(e, ir.Assign):
        v = ev(e.value, env)
        if e.op != "=":
            op = e.op[:-1]
            a = env.get(e.target.name, 0)
            v = _wrap(a << (v & 63)) if op == "<<" else _wrap(_FOLD[op](a, v))
        env[e.target.name] = v
        return v
    if isinstance(e, ir.IncDec):
        a = env.get(e.target.name, 0)
        env[e.target.name] = _wrap(a + (1 if e.op == "++" else -1))
        return env[e.target.name] if e.prefix else a
    raise NotImplementedError(type(e))


def run(s: ir.Stmt, env: dict, out: list, steps: list) -> None:
    """Run s, appending what it prints to out."""
    steps[0] += 1
    if steps[0] > 5000: raise TooLong()
    if isinstance(s, ir.Block):
        for x in s.stmts: run(x, env, out, steps)
    elif isinstance(s, ir.ExprStmt): ev(s.expr, env)
    elif isinstance(s, ir.If):
        if ev(s.cond, env): run(s.then, env, out, steps)
        elif s.else_ is not None: run(s.else_, env, out, steps)
    elif isinstance(s, ir.Printf): out.append(s.fmt % tuple(ev(a, env) for a in s.args))
    elif isinstance(s, ir.Break): raise Brk()
    elif isinstance(s, ir.Continue): raise Cont()
    elif isinstance(s, ir.Next): raise Nxt()
    elif isinstance(s, ir.While):
        while s.cond is None or ev(s.cond, env):
            try:
                run(s.body, env, out, steps)
            except Brk: break
            except Cont: pass
            if s.step is not None: ev(s.step, env)
    elif isinstance(s, ir.Exit): out.append("<exit>")
    else: raise NotImplementedError(type(s))


def execute(body: ir.Stmt) -> list:
    """What a handler of this body prints (`<next>` where a next leaves it)."""
    env, out = {}, []
    try:
        run(body, env, out, [0])
    except Nxt:
        out.append("<next>")
    return out


def cond(rng: random.Random, v: str) -> str:
    return f"{v} {rng.choice(['<','<=','>','>=','!=','=='])} {rng.randint(-3,12)}"


def stmt(rng: random.Random, v: str) -> str:
    """A random statement of a loop's body over variable v."""
    r = rng.random()
    if r < 0.3: return f'printf("%d\\n", {v})'
    if r < 0.45: return f"if ({cond(rng, v)}) break"
    if r < 0.6: return f"if ({cond(rng, v)}) continue"
    if r < 0.8: return rng.choice([f"{v}++", f"{v} += {rng.randint(-3,5)}", f"{v}--", f"{v} = {v} + 1", f"{v} -= 2"])
    if r < 0.85: return "if (%s) next" % cond(rng, v)
    return f'printf("x%d\\n", {v} * 3)'


def test_written_out_loops_print_what_the_loops_print():
    rng = random.Random(20261205)
    written = 0
    for _ in range(1500):
        body = "\n".join(stmt(rng, "i") for _ in range(rng.randint(0, 5)))
        if rng.random() < 0.5:
            src = (f"probe begin {{\ni = {rng.randint(-2, 5)}\nwhile ({cond(rng, 'i')}) {{\n{body}\n}}\n"
                   'printf("end %d\\n", i)\n}\n')
        else:
            step = rng.choice(["i++", "i += 2", "i--"])
            src = (f"probe begin {{\nfor (i = {rng.randint(-2, 5)}; {cond(rng, 'i')}; {step}) {{\n{body}\n}}\n"
                   'printf("end %d\\n", i)\n}\n')
        prog = frontends.parse(src, "f.stp", "stap")
        out = written_out_loops(prog).prog.probes[0].body
        if any(isinstance(x, ir.While) for x in ir.walk(out)):
            continue  # refused (tests/test_unroll.py checks why)
        written += 1
        assert execute(out) == execute(prog.probes[0].body), src
    assert written > 300  # the generator keeps exercising the pass
