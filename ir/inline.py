"""stap functions written out where they are called, as a porter to D or Vue would.

D and Vue have no functions of their own. Two ways a call can be said without one:

* A function whose body is one value (`return l . s . r`, an if/else chain of
  returns, or `if (c) return a; ...; return b`, all chains of `?:`) is that
  expression with the arguments in place of the parameters. An argument a
  parameter reads twice must have no side effects and be cheap (a variable, a
  constant, a context built-in); otherwise the call is written out as below.
* A function whose body is statements (if/else and loops: a printing `foreach`
  is a D printa where it is written out), then at most one value returned (one `return`, or a chain of them as above), is its statements placed before the
  statement that calls it: the parameters and locals become clause-locals named
  after the function (`this->add_v` in D, an `__auto` in Vue), set from the
  arguments and to 0/"" at each call as stap's fresh locals are, and the call
  is the returned value (or a clause-local holding it, when something evaluated
  after the call could change what it reads). Only a call every evaluation of
  the statement makes, and whose effects nothing evaluated before it in the
  statement can see. A call in the right side of && or || or in an arm of ?:
  is written out in an if/else that sets a clause-local to the expression's
  value, the clause-local standing in the expression's place.

Recursive functions, functions with `next` or try/catch, and returns in the
middle stay functions, which D and Vue refuse naming the function; a loop written
out is refused where it stands, unless the target has a form for it (a printing
`foreach` in D). Functions called from
other functions are written out in those first (callees before callers).
"""

from __future__ import annotations

import copy
from typing import Callable, Iterator, Optional

from . import nodes as ir
from .types import INT64

_PURE = (ir.IntLit, ir.StrLit, ir.Var, ir.Builtin, ir.ProbeArg)
_CONST = (ir.IntLit, ir.StrLit)


def _pure(e: ir.Expr) -> bool:
    """Whether `e` may be read twice for once: a constant, a variable, a probe's
    argument (D's translated args[N] of one too), or the address of a member of one
    (`&$file->f_path` reads nothing)."""
    if isinstance(e, ir.KernelMember) and e.addr_of:
        return _pure(e.base)
    if isinstance(e, ir.Translated):  # D's args[2] of signal-send: the tracepoint's $sig
        return _pure(e.value)
    return isinstance(e, _PURE)

# statements a function written out before its call may not hold (its last may be a
# Return); a break or continue is inside a loop, which is written out with it
_NO_SPLICE = (ir.Next, ir.Try, ir.Return)


def inline_functions(prog: ir.Program,
                     keep: Callable[[ir.Function], bool] = lambda f: False,
                     opaque: frozenset[str] = frozenset()) -> ir.Program:
    """A copy of `prog` with the calls of the functions above written out; functions
    no longer called are dropped. `prog` itself if it has no functions. Functions
    `keep` says yes to stay functions (a library's, whose insides the script's
    reader never wrote). Calls of `opaque` functions (kept ones a later pass writes
    out itself, with state of their own that nothing else reads) do not stop the
    function holding them from being written out: they go with it, their arguments
    bound as the rest of its body's are."""
    if not prog.functions:
        return prog
    prog = copy.deepcopy(prog)
    funcs = {f.name: f for f in prog.functions if not keep(f)}
    values: dict[str, ir.Expr] = {}
    bodies: dict[str, ir.Function] = {}
    for f in _callees_first(funcs):
        f.body = _inline_in(f.body, values, bodies, funcs)
        if any(isinstance(x, ir.FuncCall) and x.name not in opaque for x in ir.walk(f.body)):
            continue
        v = _value(f.body)
        if v is not None:
            values[f.name] = v
        if _spliceable(f.body):
            bodies[f.name] = f
    for p in prog.probes:
        p.body = _inline_in(p.body, values, bodies, funcs)
        if p.predicate is not None:
            p.predicate = ir.map_tree(p.predicate, lambda e: _value_call(e, values, funcs))
    called = reachable_functions(prog)
    prog.functions = [f for f in prog.functions if f.name in called]
    return prog


def reachable_functions(prog: ir.Program) -> set[str]:
    """Names of the functions the probes call, directly or through other functions
    (a library's uncalled helpers calling each other are not among them)."""
    bodies = {f.name: f for f in prog.functions}
    roots = [p.body for p in prog.probes] + [p.predicate for p in prog.probes] + \
        [g.init for g in prog.globals]
    todo = [x.name for x in ir.walk(roots) if isinstance(x, ir.FuncCall)]
    seen: set[str] = set()
    while todo:
        name = todo.pop()
        if name in seen:
            continue
        seen.add(name)
        if name in bodies:
            todo.extend(x.name for x in ir.walk(bodies[name].body) if isinstance(x, ir.FuncCall))
    return seen


# ------------------------------------------------------------ which functions

def _callees_first(funcs: dict[str, ir.Function]) -> list[ir.Function]:
    """The functions no cycle of calls goes through, each after the ones it calls."""
    calls = {name: {x.name for x in ir.walk(f.body) if isinstance(x, ir.FuncCall) and x.name in funcs}
             for name, f in funcs.items()}

    def reaches(a: str, b: str) -> bool:
        seen, todo = set(), list(calls[a])
        while todo:
            n = todo.pop()
            if n == b:
                return True
            if n not in seen:
                seen.add(n)
                todo.extend(calls.get(n, ()))
        return False
    order: list[str] = []

    def visit(name: str, path: tuple[str, ...]) -> None:
        if name in order or name in path or reaches(name, name):
            return
        for c in sorted(calls[name]):
            visit(c, path + (name,))
        order.append(name)
    for name in funcs:
        visit(name, ())
    return [funcs[n] for n in order]


def _value(s: ir.Stmt) -> Optional[ir.Expr]:
    """The one expression `s` returns on every path, or None."""
    if isinstance(s, ir.Return):
        return s.value
    if isinstance(s, ir.Block):
        return _chain([x for x in s.stmts if not isinstance(x, ir.Comment)])
    if isinstance(s, ir.If) and s.else_ is not None:
        a, b = _value(s.then), _value(s.else_)
        if a is None or b is None:
            return None
        return ir.Ternary(s.cond, a, b, loc=s.loc, type=a.type or b.type)
    return None


def _chain(stmts: list[ir.Stmt]) -> Optional[ir.Expr]:
    """`if (c) return a; if (d) return b; return e`: each early return is a ?:'s first arm."""
    if len(stmts) == 1:
        return _value(stmts[0])
    if len(stmts) > 1 and isinstance(stmts[0], ir.If) and stmts[0].else_ is None:
        a, b = _value(stmts[0].then), _chain(stmts[1:])
        if a is None or b is None:
            return None
        return ir.Ternary(stmts[0].cond, a, b, loc=stmts[0].loc, type=a.type or b.type)
    return None


def _spliceable(body: ir.Block) -> bool:
    """Statements without `next`, try or an early return, then at most one value
    returned (a `return`, or a chain of them as `_value` reads it)."""
    return _split(body) is not None


def _split(body: ir.Block) -> Optional[tuple[list[ir.Stmt], Optional[ir.Expr]]]:
    """The statements of `body` before its value, and that value (None for none)."""
    stmts = [s for s in body.stmts if not isinstance(s, ir.Comment)]
    for k in range(len(stmts) + 1):
        head = stmts[:k]
        if any(isinstance(x, _NO_SPLICE) for s in head for x in ir.walk(s)):
            return None
        if k == len(stmts):
            return head, None
        value = _chain(stmts[k:])
        if value is not None:
            return head, value
    return None


def _ret(f: ir.Function) -> Optional[ir.Expr]:
    split = _split(f.body)
    return split[1] if split is not None else None


# ------------------------------------------------------------ value functions

def _value_call(e, values: dict[str, ir.Expr], funcs: dict[str, ir.Function]):
    if isinstance(e, ir.FuncCall) and e.name in values:
        return _substitute(funcs[e.name], values[e.name], e) or e
    return e


def _substitute(f: ir.Function, value: ir.Expr, call: ir.FuncCall) -> Optional[ir.Expr]:
    """`value` with the call's arguments for the parameters; None where an argument
    cannot stand in (see the module doc)."""
    if len(call.args) != len(f.params) or any(_has_effects(a) for a in call.args):
        return None  # `f(x++)`: stap sets the parameter before the body reads anything
    params = {p.name: a for p, a in zip(f.params, call.args)}
    uses: dict[str, int] = {}
    for x in ir.walk(value):
        if isinstance(x, ir.Var) and x.scope == "local":
            if x.name not in params:
                return None  # a local the body never set: not a value-only function
            uses[x.name] = uses.get(x.name, 0) + 1
    if any(n > 1 and not _pure(params[name]) for name, n in uses.items()):
        return None

    def put(e):
        if isinstance(e, ir.Var) and e.scope == "local":
            return copy.deepcopy(params[e.name])
        return e
    body = copy.deepcopy(value)
    if f.loc.file != call.loc.file:
        # a library's function (stap's tapset) written out in the script: what a printer
        # reports about it is at the call, the script's line, not at the library's
        for x in ir.walk(body):
            if isinstance(x, (ir.Expr, ir.Stmt)):
                x.loc = call.loc
    out = ir.map_tree(body, put)
    if _named_constant(f, out, call):
        # stap's AF_INET(): a porter writes the constant's name, D's and Vue's AF_INET,
        # as the source named it, not its value (the printers keep the name only
        # where the target knows it as that value, or declare it)
        out.name = f.name
    if any(_zero_division(x) for x in ir.walk(out)):
        return None  # D refuses a constant division by zero when it compiles the script
    if call.type is not None and not isinstance(out, ir.Var):
        out.type = out.type or call.type
    return out


def _named_constant(f: ir.Function, value: ir.Expr, call: ir.FuncCall) -> bool:
    """Whether `value`, the call's value, is a library's named constant: an integer
    literal a parameterless function of the library (not the script's) returns,
    named in capitals as C's constants are (stap's AF_INET(), AF_INET6()), called by
    the script or by the library itself (tcp.receive's `family = AF_INET()`, tcp.stp's
    `%{ AF_INET %}`: a porter writes the name there too)."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    library = f.loc.file != call.loc.file or f.loc.file == TAPSET_FILE
    return isinstance(value, ir.IntLit) and value.name is None and not f.params \
        and library and f.name.isupper()


# ------------------------------------------------------------ written out before the call

class _Names:
    """Fresh clause-local names for one probe (or function) body."""

    def __init__(self, root) -> None:
        self.used = {x.name for x in ir.walk(root) if isinstance(x, ir.Var) and x.scope == "local"}
        self.used |= {k for x in ir.walk(root) if isinstance(x, ir.ForEach)
                      for k in [*x.keys, x.value] if k}
        self.given: dict[tuple[str, str], str] = {}

    def local(self, func: str, name: str) -> str:
        """The clause-local for `func`'s local `name`: the same one at every call."""
        key = (func, name)
        if key not in self.given:
            self.given[key] = self.fresh(f"{func}_{name}" if name else func)
        return self.given[key]

    def numbered(self, base: str) -> str:
        """`base`, else `base2`, `base3` ...: a new clause-local each time."""
        name, n = base, 1
        while name in self.used:
            n += 1
            name = f"{base}{n}"
        self.used.add(name)
        return name

    def fresh(self, base: str) -> str:
        name = base
        while name in self.used:
            name += "_"
        self.used.add(name)
        return name


def _inline_in(body: ir.Block, values, bodies, funcs) -> ir.Block:
    names = _Names(body)

    def value_calls(e):
        return _value_call(e, values, funcs)
    body = ir.map_tree(body, value_calls)
    if not bodies:
        return body
    return ir.Block(_stmts(body.stmts, bodies, names), loc=body.loc)


def _stmts(stmts: list[ir.Stmt], bodies, names: _Names) -> list[ir.Stmt]:
    out: list[ir.Stmt] = []
    for s in stmts:
        out += _stmt(s, bodies, names)
    return out


def _nested(s: Optional[ir.Stmt], bodies, names: _Names) -> Optional[ir.Stmt]:
    if s is None:
        return None
    if isinstance(s, ir.Block):
        return ir.Block(_stmts(s.stmts, bodies, names), loc=s.loc)
    out = _stmt(s, bodies, names)
    return out[0] if len(out) == 1 else ir.Block(out, loc=s.loc)


def _stmt(s: ir.Stmt, bodies, names: _Names) -> list[ir.Stmt]:
    """`s` and, before it, the functions it calls written out."""
    if isinstance(s, ir.Block):
        return [ir.Block(_stmts(s.stmts, bodies, names), loc=s.loc)]
    if isinstance(s, ir.If):
        s.then = _nested(s.then, bodies, names)
        s.else_ = _nested(s.else_, bodies, names)
    elif isinstance(s, (ir.While, ir.ForEach)):
        s.body = _nested(s.body, bodies, names)
        return [s]  # its expressions are evaluated again at each iteration
    elif isinstance(s, ir.Try):
        s.body = ir.Block(_stmts(s.body.stmts, bodies, names), loc=s.body.loc)
        s.handler = ir.Block(_stmts(s.handler.stmts, bodies, names), loc=s.handler.loc)
        return [s]
    branches = _branches(s, bodies, names)
    if branches is not None:
        return _stmt(branches, bodies, names) + _stmt(s, bodies, names)
    roots = _own_exprs(s)
    order = [x for r in roots for x in _eval_order(r)]
    sites = [x for r in roots for x in _unconditional_calls(r)
             if x.name in bodies and len(x.args) == len(bodies[x.name].params)]
    if not sites:
        return [s]
    site_ids = {id(c) for c in sites}
    if any(isinstance(x, ir.FuncCall) and id(x) not in site_ids for x in order):
        return [s]  # a call left in place would run after the ones written out before it
    whole = isinstance(s, ir.ExprStmt) and s.expr is sites[-1]
    if any(_ret(bodies[c.name]) is None and not (whole and c is sites[-1]) for c in sites):
        return [s]  # a function that returns nothing, used as a value
    inside = {id(y) for c in sites for y in ir.walk(c)}
    for c in sites:
        reads, writes = _site_effects(c, bodies)
        pos = next(i for i, x in enumerate(order) if x is c)
        for x in order[:pos]:
            if id(x) in inside:
                continue
            r, w = node_effects(x)
            if r & writes or w & (reads | writes):
                return [s]  # stap evaluates x before the call: it would see the call's effects
    head: list[ir.Stmt] = []
    replace: dict[int, ir.Expr] = {}
    taken: set[str] = set()
    for i, c in enumerate(sites):
        f = bodies[c.name]
        c.args = [ir.map_tree(a, lambda e: replace.get(id(e), e)) for a in c.args]
        stmts, ret = _written_out(f, c, names)
        head += stmts
        if whole and c is sites[-1]:
            if ret is not None and _has_effects(ret):
                head.append(ir.ExprStmt(ret, loc=s.loc))
            return head
        later_writes: set = set()
        pos = next(j for j, x in enumerate(order) if x is c)
        for x in order[pos + 1:]:
            if id(x) not in inside:
                later_writes |= node_effects(x)[1]
        for later in sites[i + 1:]:
            later_writes |= _site_effects(later, bodies)[1]
            later_writes |= {("local", names.local(later.name, p.name)) for p in bodies[later.name].params}
            later_writes |= {("local", names.local(later.name, v)) for v in _locals(bodies[later.name])}
        if isinstance(ret, _CONST) or not _has_effects(ret) and not (_node_reads(ret) & later_writes):
            replace[id(c)] = ret
        else:
            # a later call of the same function in this statement needs its own
            # clause-local: it would overwrite the value this one holds
            held = names.local(c.name, "")
            if held in taken:
                held = names.numbered(held)
            taken.add(held)
            tmp = ir.Var(held, "local", loc=c.loc, type=c.type or ret.type)
            head.append(ir.ExprStmt(ir.Assign(tmp, "=", ret, loc=c.loc, type=tmp.type), loc=c.loc))
            replace[id(c)] = copy.deepcopy(tmp)
    s = ir.map_tree(s, lambda e: replace.get(id(e), e))
    return head + [s]


def _branches(s: ir.Stmt, bodies, names: _Names) -> Optional[ir.If]:
    """For the first `a && b`, `a || b` or `c ? a : b` of `s` that only sometimes
    makes a call to write out: an if/else setting a clause-local to its value, which
    then stands in its place in `s` (the calls are written out in the branches).
    None where there is none, or where it cannot go first."""
    roots = _own_exprs(s)
    order = [x for r in roots for x in _eval_order(r)]
    found = None
    for r in roots:
        found = next((n for n in _unconditional_nodes(r) if _branching(n)
                      and any(isinstance(x, ir.FuncCall) and x.name in bodies
                              for part in _branch_parts(n) for x in ir.walk(part))), None)
        if found is not None:
            break
    if found is None:
        return None
    calls = [x for x in ir.walk(found) if isinstance(x, ir.FuncCall)]
    if any(x.name not in bodies or _ret(bodies[x.name]) is None for x in calls):
        return None
    inside = {id(y) for y in ir.walk(found)}
    reads, writes = set(), set()
    for c in calls:
        r, w = _site_effects(c, bodies)
        reads, writes = reads | r, writes | w
    for x in order:
        if x is found:
            break
        if id(x) in inside:
            continue
        if isinstance(x, ir.FuncCall):
            return None  # it would run after the branches written out before it
        r, w = node_effects(x)
        if r & writes or w & (reads | writes):
            return None
    loc = found.loc
    kind = {"&&": "and", "||": "or"}.get(getattr(found, "op", ""), "pick")
    t = found.type if isinstance(found, ir.Ternary) and found.type is not None else INT64
    tmp = ir.Var(names.numbered(kind), "local", loc=loc, type=t)

    def put(value: ir.Expr) -> ir.Block:
        target = copy.deepcopy(tmp)
        return ir.Block([ir.ExprStmt(ir.Assign(target, "=", value, loc=loc, type=t), loc=loc)], loc=loc)

    def truth(e: ir.Expr) -> ir.Expr:
        return ir.Binary("!=", e, ir.IntLit(0, loc=loc, type=INT64), loc=loc, type=INT64)
    one, zero = ir.IntLit(1, loc=loc, type=INT64), ir.IntLit(0, loc=loc, type=INT64)
    if isinstance(found, ir.Ternary):
        branch = ir.If(found.cond, put(found.then), put(found.else_), loc=loc)
    elif found.op == "&&":
        branch = ir.If(found.lhs, put(truth(found.rhs)), put(zero), loc=loc)
    else:
        branch = ir.If(found.lhs, put(one), put(truth(found.rhs)), loc=loc)
    ir.map_tree(s, lambda e: copy.deepcopy(tmp) if e is found else e)
    return branch


def _branching(n) -> bool:
    return isinstance(n, ir.Ternary) or isinstance(n, ir.Binary) and n.op in ("&&", "||")


def _branch_parts(n) -> list:
    return [n.then, n.else_] if isinstance(n, ir.Ternary) else [n.rhs]


def _unconditional_nodes(e) -> Iterator:
    """The nodes every evaluation of `e` evaluates, outermost first."""
    yield e
    if _branching(e):
        yield from _unconditional_nodes(e.cond if isinstance(e, ir.Ternary) else e.lhs)
        return
    for c in ir.children(e):
        yield from _unconditional_nodes(c)


def _site_effects(c: ir.FuncCall, bodies) -> tuple[set, set]:
    """What a call written out reads and writes: its arguments, then its body."""
    r1, w1 = effects(bodies[c.name].body)
    r2, w2 = effects(c)
    return r1 | r2, w1 | w2


def _written_out(f: ir.Function, call: ir.FuncCall, names: _Names
                 ) -> tuple[list[ir.Stmt], Optional[ir.Expr]]:
    """`f`'s statements for `call` (its arguments bound, its locals renamed and reset)
    and the value it returns (None for none)."""
    out = _written_out_as(f, call, names, bind_all=False)
    if any(_zero_division(x) for s in out[0] for x in ir.walk(s)) or \
            out[1] is not None and any(_zero_division(x) for x in ir.walk(out[1])):
        # D refuses a constant division by zero when it compiles the script; a
        # clause-local holding the argument divides at run time, as stap does
        out = _written_out_as(f, call, names, bind_all=True)
    return out


def _zero_division(x) -> bool:
    return isinstance(x, ir.Binary) and x.op in ("/", "%") and isinstance(x.rhs, ir.IntLit) \
        and x.rhs.value == 0


def _written_out_as(f: ir.Function, call: ir.FuncCall, names: _Names, bind_all: bool
                    ) -> tuple[list[ir.Stmt], Optional[ir.Expr]]:
    body = copy.deepcopy(f.body)
    _, writes = effects(body)
    rename: dict[str, str] = {}
    subst: dict[str, ir.Expr] = {}
    head: list[ir.Stmt] = []
    for p, a in zip(f.params, call.args):
        stays = isinstance(a, _CONST) or isinstance(a, (ir.Var, ir.Builtin)) and \
            not (_node_reads(a) & writes)
        if stays and not bind_all and ("local", p.name) not in writes:
            subst[p.name] = a
            continue
        rename[p.name] = names.local(f.name, p.name)
        var = ir.Var(rename[p.name], "local", loc=a.loc, type=p.type or a.type)
        head.append(ir.ExprStmt(ir.Assign(var, "=", a, loc=a.loc, type=var.type), loc=a.loc))
    first_set = _first_set(body)
    bound = _loop_bound(body)
    for name, var in _locals(f).items():
        rename[name] = names.local(f.name, name)
        if name not in first_set and name not in bound:
            t = var.type
            zero = ir.StrLit("", loc=call.loc, type=t) if t is not None and t.is_str else \
                ir.IntLit(0, loc=call.loc, type=t)
            target = ir.Var(rename[name], "local", loc=call.loc, type=t)
            head.append(ir.ExprStmt(ir.Assign(target, "=", zero, loc=call.loc, type=t), loc=call.loc))

    def put(e):
        if isinstance(e, ir.Var) and e.scope == "local":
            if e.name in subst:
                return copy.deepcopy(subst[e.name])
            e.name = rename.get(e.name, e.name)
        return e
    body = ir.map_tree(body, put)
    for x in ir.walk(body):
        if isinstance(x, ir.ForEach):
            x.keys = [rename.get(k, k) for k in x.keys]
            x.value = rename.get(x.value, x.value) if x.value else x.value
    split = _split(body)
    assert split is not None
    stmts, ret = split
    if ret is not None and call.type is not None and not isinstance(ret, ir.Var):
        ret.type = ret.type or call.type
    return head + stmts, ret


def _loop_bound(body: ir.Block) -> set[str]:
    """Locals a foreach binds and nothing reads outside such a loop: the loop sets
    them, so a written-out copy needs no reset to 0 first."""
    bound: set[str] = set()
    inside: set[int] = set()
    for x in ir.walk(body):
        if isinstance(x, ir.ForEach):
            bound |= {k for k in [*x.keys, x.value] if k}
            inside |= {id(y) for y in ir.walk(x.body)}
    outside = {x.name for x in ir.walk(body)
               if isinstance(x, ir.Var) and x.scope == "local" and id(x) not in inside}
    return bound - outside


def _locals(f: ir.Function) -> dict[str, ir.Var]:
    params = {p.name for p in f.params}
    out: dict[str, ir.Var] = {}
    for x in ir.walk(f.body):
        if isinstance(x, ir.Var) and x.scope == "local" and x.name not in params:
            out.setdefault(x.name, x)
    return out


def _first_set(body: ir.Block) -> set[str]:
    """Locals whose first mention is a plain `x = value` (not reading x) at the top."""
    seen: set[str] = set()
    out: set[str] = set()
    for s in body.stmts:
        if isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "=" \
                and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local":
            read = {x.name for x in ir.walk(s.expr.value) if isinstance(x, ir.Var) and x.scope == "local"}
            seen |= read
            name = s.expr.target.name
            if name not in seen:
                out.add(name)
            seen.add(name)
            continue
        if isinstance(s, ir.If) and s.else_ is not None and not any(
                isinstance(x, (ir.Return, ir.Next, ir.Break, ir.Continue)) for x in ir.walk(s)):
            # `if (c) { ...; x = a } else { ...; x = b }`: set on both paths before any
            # read (systemtap.base arith.stp's `result = "pass"` / `"fail"`), so a
            # written-out copy needs no reset first
            seen |= {x.name for x in ir.walk(s.cond) if isinstance(x, ir.Var) and x.scope == "local"}
            both = _first_set(_block(s.then)) & _first_set(_block(s.else_))
            out |= both - seen
        seen |= {x.name for x in ir.walk(s) if isinstance(x, ir.Var) and x.scope == "local"}
    return out


def _block(s: ir.Stmt) -> ir.Block:
    return s if isinstance(s, ir.Block) else ir.Block([s], loc=s.loc)


# ------------------------------------------------------------ evaluation and effects

def _own_exprs(s: ir.Stmt) -> list[ir.Expr]:
    """The expressions `s` evaluates itself (not those of the statements it holds)."""
    return [x for x in ir.children(s) if isinstance(x, ir.Expr)]


def _eval_order(e) -> Iterator:
    """The nodes of `e` in the order they are evaluated: operands before operators,
    left to right."""
    for c in ir.children(e):
        yield from _eval_order(c)
    yield e


def _unconditional_calls(e) -> Iterator[ir.FuncCall]:
    """FuncCalls every evaluation of `e` makes, innermost first."""
    if isinstance(e, ir.Binary) and e.op in ("&&", "||"):
        yield from _unconditional_calls(e.lhs)
        return
    if isinstance(e, ir.Ternary):
        yield from _unconditional_calls(e.cond)
        return
    for c in ir.children(e):
        yield from _unconditional_calls(c)
    if isinstance(e, ir.FuncCall):
        yield e


def _target_key(t) -> Optional[tuple[str, str]]:
    if isinstance(t, ir.Var):
        return (t.scope, t.name)
    if isinstance(t, ir.Index):
        return ("map", t.map)
    return None


def node_effects(x) -> tuple[set, set]:
    """What one node reads and writes by itself: (scope, name) pairs."""
    reads: set = set()
    writes: set = set()
    if isinstance(x, ir.Var):
        reads.add((x.scope, x.name))
    elif isinstance(x, (ir.Index, ir.InMap)):
        reads.add(("map", x.map))
    elif isinstance(x, ir.AggRead):
        reads.add(("map", x.agg))
    elif isinstance(x, (ir.Assign, ir.IncDec)):
        key = _target_key(x.target)
        if key is not None:
            writes.add(key)
    elif isinstance(x, ir.AggUpdate):
        writes.add(("map", x.agg))
    elif isinstance(x, ir.Delete):
        writes.add(("map", x.map))
    elif isinstance(x, (ir.ForEach, ir.PrintAgg)):
        reads.add(("map", getattr(x, "map", None) or getattr(x, "agg", None)))
    elif isinstance(x, ir.PrintVar):
        reads |= {("global", x.name), ("map", x.name)}
    return reads, writes


def effects(root) -> tuple[set, set]:
    """What `root` (a node, with all below it) reads and writes: (scope, name) pairs,
    ("map", name) for an array or an aggregation."""
    reads: set = set()
    writes: set = set()
    for x in ir.walk(root):
        r, w = node_effects(x)
        reads |= r
        writes |= w
    return reads, writes


def _node_reads(e) -> set:
    return effects(e)[0]


def _has_effects(e) -> bool:
    return any(isinstance(x, (ir.Assign, ir.IncDec, ir.FuncCall)) for x in ir.walk(e))


# ------------------------------------------------------------ why a function stays

def why_kept(f: ir.Function, prog: ir.Program, target: str,
             library: Callable[[ir.Function], bool] = lambda g: False) -> str:
    """Why `f`, still a function of `prog` after inline_functions, could not be written
    out in place: the reason a refusal in language `target` names (its first loop, a
    call of itself ...). `library`: whether a function is stap's tapset's."""
    kept = {g.name: g for g in prog.functions}
    nodes = list(ir.walk(f.body))
    for x in nodes:
        if isinstance(x, (ir.While, ir.ForEach)):
            return f"its body loops (line {x.loc.line})"
    for x in nodes:
        if isinstance(x, ir.FuncCall) and x.name == f.name:
            return "it calls itself"
    for x in nodes:
        if isinstance(x, ir.FuncCall) and x.name in kept:
            if library(kept[x.name]):
                return f"it calls stap's tapset function {x.name}(), which has no {target} equivalent"
            return f"it calls {x.name}(), which cannot be written out either"
    for x in nodes:
        if isinstance(x, (ir.Next, ir.Try, ir.Break, ir.Continue)):
            what = {ir.Next: "'next'", ir.Try: "try/catch", ir.Break: "'break'",
                    ir.Continue: "'continue'"}[type(x)]
            return f"its body has {what} (line {x.loc.line})"
    if _split(f.body) is None:
        at = next((x for x in nodes if isinstance(x, ir.Return)), None)
        line = f" (line {at.loc.line})" if at is not None and at.loc is not None else ""
        return f"it returns from inside its body{line}, not only at its end"
    return ("a call of it cannot be written in place (an argument with side effects, or "
            "a value read before the function changes it)")
