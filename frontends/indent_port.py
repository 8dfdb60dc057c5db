"""stap's thread_indent() and indent() (indent.stp) written out as a D or Vue porter would.

A stap script traces call flow with

    probe kernel.function("f") { printf("%s -> %s\\n", thread_indent(1), ppfunc()) }
    probe kernel.function("f").return { printf("%s <- %s\\n", thread_indent(-1), ppfunc()) }

thread_indent(delta) is a string: the microseconds since the thread's outermost
call (`%6d`), `execname(tid)`, a colon and one space per level but the first.
Per thread it keeps a depth and the time of the outermost call: the time resets
whenever the depth is 0 at a call, and the depth moves by delta after the
indentation is taken, which counts delta when it is positive (so an entry at
depth 0 and its return both print no space). indent() is the same with one
depth for the whole script and no `execname(tid)`.

D and Vue have no sprintf to make that string, but a porter says it in the
printf itself, with a thread-local depth and start (D's `self->`, Vue's
`__thread`, which ir.threadvars makes of the arrays keyed by tid() written
here) and `%*s` for the indentation:

    this->indent_now = walltimestamp / 1000;
    if (self->thread_indent_depth == 0)
        self->thread_indent_start = this->indent_now;
    printf("%6d %s(%d):%*s -> %s\\n", this->indent_now - self->thread_indent_start,
           execname, tid, self->thread_indent_depth > 0 ? self->thread_indent_depth : 0, "",
           probefunc);
    self->thread_indent_depth++;

At an entry (delta > 0) the depth moves after the printf, at a return (delta < 0)
before it, so both print `depth > 0 ? depth : 0` spaces for delta 1 and -1; the
test keeps stap's text when returns outnumber entries (the depth below 0, where
`%*s` of a negative width would pad the other way). The time is read once, as
stap's function does, so the outermost call prints 0 exactly.

Only a call printed whole by a bare `%s` of a printf (print, println and log are
printfs; a concatenation printed so is split into the format first) is written
out; its string kept as a value (stored, joined with `.`, passed on, compared,
printed with a width) is refused, naming the nearest form. This runs after the
script's functions are written out (ir.inline carries the calls with them), so a
delta passed to a function (pr10854.stp's `trace(entry_p)`) is each call's constant.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Callable, Optional

from xtrace.frontends.gaps import Gaps, gap_comment
from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.types import INT32, INT64, STRING

INDENT_CALLS = ("thread_indent", "indent")
# the tapset's insides the calls reach (frontends/stap/library_extra.py INDENT)
_HELPER = "__xt_generic_indent"
_STATE = ("__xt_indent_counters", "__xt_indent_timestamps")
_NAMES = {"d": "D", "vue": "Vue"}

# A printf conversion with its `*` widths and precisions (each takes an argument).
_CONVERSION = re.compile(r"%(%|[-+ #0]*(\*|\d*)(?:\.(\*|\d*))?(?:hh|h|ll|l|L|j|z|t|q)?[A-Za-z])")


def indent_calls_of(prog: ir.Program) -> frozenset[str]:
    """The tapset's thread_indent()/indent() among `prog`'s functions: the calls the
    inlining carries with the script's functions for indent_calls_written_out()."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    return frozenset(f.name for f in prog.functions if f.loc.file == TAPSET_FILE and f.name in INDENT_CALLS)


def indent_calls_written_out(prog: ir.Program, target: str, gaps: Optional[Gaps] = None) -> ir.Program:
    """A copy of `prog` whose tapset thread_indent()/indent() calls printed by a bare
    `%s` are written into their printf (module doc), with the library's functions
    and arrays dropped; `prog` itself when it calls neither. A call used otherwise
    is an XtraceError naming the use and the nearest form, or with `gaps.force` a
    gap: its statement becomes the marked comment."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    lib = set(indent_calls_of(prog))
    if not lib or not any(_is_call(x, lib) for root in ir.program_roots(prog) for x in ir.walk(root)):
        return prog
    prog = copy.deepcopy(prog)
    state = _State(prog, lib)
    for p in prog.probes:
        p.body = state.block(p.body)
    for f in prog.functions:
        if f.loc.file != TAPSET_FILE:
            f.body = state.block(f.body)
    while (left := _left_call(prog, lib, TAPSET_FILE)) is not None:
        err = _refusal(left, target)
        if gaps is None or not gaps.force or not _gapped(prog, left[0], err, TAPSET_FILE):
            raise err
        gaps.found.append(err)
    prog.functions = [f for f in prog.functions if f.name not in (*lib, _HELPER)]
    prog.globals = [g for g in prog.globals if g.name not in _STATE] + state.globals
    return prog


def _gapped(prog: ir.Program, call: ir.FuncCall, err: XtraceError, tapset: str) -> bool:
    """Whether the statement holding `call` (in a probe's or the script's function's
    body) was replaced by the comment `translate --force` leaves for a gap."""
    text = " ".join(gap_comment(err).removeprefix("/* ").removesuffix(" */").split())
    marks: list[ir.Block] = []

    def fn(n):
        if isinstance(n, ir.Stmt) and not isinstance(n, ir.Block) and not marks and \
                any(x is call for x in ir.walk(n)):
            # a block, standing alone as an if's branch; in a block's list, the comment
            marks.append(ir.Block([ir.Comment(text, loc=n.loc)], loc=n.loc))
            return marks[0]
        return n
    bodies = [p.body for p in prog.probes] + [f.body for f in prog.functions if f.loc.file != tapset]
    for body in bodies:
        ir.map_tree(body, fn)
    for b in ir.walk(bodies):
        if isinstance(b, ir.Block):
            b.stmts = [x.stmts[0] if any(x is m for m in marks) else x for x in b.stmts]
    return bool(marks)


def _is_call(x, lib) -> bool:
    return isinstance(x, ir.FuncCall) and x.name in lib


class _State:
    """The variables the written-out calls share, made on first use."""

    def __init__(self, prog: ir.Program, lib: set[str]) -> None:
        self.prog, self.lib = prog, lib
        self.globals: list[ir.Global] = []
        self.names: dict[str, tuple[str, str]] = {}
        # the script's own variables, whatever their scope: a new one names none of them
        self.script = {x.name for root in ir.program_roots(prog) for x in ir.walk(root)
                       if isinstance(x, ir.Var)}
        self.taken = set(self.script)

    def _free(self, base: str) -> str:
        taken = self.taken | {g.name for g in self.prog.globals + self.globals} | \
            {f.name for f in self.prog.functions}
        name, i = base, 2
        while name in taken:
            name, i = f"{base}{i}", i + 1
        self.taken.add(name)
        return name

    def local(self, base: str, used: set[str]) -> str:
        """A clause-local named for `base` that names none of the script's variables
        nor another of `used` (this printf's own): a later printf reuses the name."""
        name, i = base, 2
        while name in self.script or name in used:
            name, i = f"{base}{i}", i + 1
        used.add(name)
        return name

    def vars_of(self, func: str, loc: Loc) -> tuple[str, str]:
        """(depth, start) of `func`: arrays keyed by tid() for thread_indent() (a
        thread's own variables in the port), scalars for indent()."""
        if func not in self.names:
            base = "thread_indent" if func == "thread_indent" else "indent"
            depth, start = self._free(f"{base}_depth"), self._free(f"{base}_start")
            for name in (depth, start):
                if func == "thread_indent":
                    g = ir.Global(name, "map", type=INT64, key_types=[INT64], loc=loc)
                else:
                    g = ir.Global(name, "scalar", type=INT64, loc=loc)
                self.globals.append(g)
            self.names[func] = (depth, start)
        return self.names[func]

    def cell(self, func: str, which: int, loc: Loc) -> ir.Expr:
        name = self.vars_of(func, loc)[which]
        if func == "thread_indent":
            return ir.Index(name, [ir.Builtin("tid", loc=loc, type=INT32)], loc=loc, type=INT64)
        return ir.Var(name, "global", loc=loc, type=INT64)

    # ------------------------------------------------------------ statements

    def block(self, b: ir.Block) -> ir.Block:
        return ir.Block(self.stmts(b.stmts), loc=b.loc)

    def stmts(self, stmts: list[ir.Stmt]) -> list[ir.Stmt]:
        out: list[ir.Stmt] = []
        for s in stmts:
            out += self.stmt(s)
        return out

    def nested(self, s: Optional[ir.Stmt]) -> Optional[ir.Stmt]:
        if s is None:
            return None
        out = self.stmt(s)
        return out[0] if len(out) == 1 else ir.Block(out, loc=s.loc)

    def stmt(self, s: ir.Stmt) -> list[ir.Stmt]:
        if isinstance(s, ir.Block):
            return [self.block(s)]
        if isinstance(s, ir.If):
            s.then = self.nested(s.then)
            s.else_ = self.nested(s.else_)
        elif isinstance(s, (ir.While, ir.ForEach)):
            s.body = self.nested(s.body)
        elif isinstance(s, ir.Try):
            s.body, s.handler = self.block(s.body), self.block(s.handler)
        elif isinstance(s, ir.Printf):
            return self.printf(s)
        return [s]

    def printf(self, s: ir.Printf) -> list[ir.Stmt]:
        """`s` with its bare-`%s` calls written in, and the statements around it."""
        convs = _conversions(s.fmt)
        if len(convs) != len(s.args):
            return [s]
        if any(_is_call(x, self.lib) for a in s.args for x in ir.walk(a)):
            # the `*` widths written in stop ir.sprintfsplice: its work is done here first
            while any(c[2] == "%s" and _spliceable(a) for c, a in zip(convs, s.args)):
                s.fmt, s.args = _pieces_spliced(s.fmt, s.args, convs)
                convs = _conversions(s.fmt)
        spots = [k for k, (c, a) in enumerate(zip(convs, s.args))
                 if c[2] == "%s" and _is_call(a, self.lib) and len(a.args) == 1
                 and _plain_delta(a.args[0])]
        if not spots or len({s.args[k].name for k in spots}) != len(spots):
            return [s]  # one counter twice in a printf: the second sees the first's move
        loc = s.loc
        used: set[str] = set()
        now = ir.Var(self.local("indent_now", used), "local", loc=loc, type=INT64)
        before: list[ir.Stmt] = [_assign(now, _clock(loc), loc)]
        after: list[ir.Stmt] = []
        fmt: list[str] = []
        args: list[ir.Expr] = []
        pos = 0
        for k, ((start, end, _text, _n), a) in enumerate(zip(convs, s.args)):
            if k not in spots:
                args.append(a)
                continue
            func, delta = a.name, a.args[0]
            depth, first = self.cell(func, 0, a.loc), self.cell(func, 1, a.loc)
            # the outermost call (depth 0, before it moves) starts the thread's time
            before.append(ir.If(ir.Binary("==", copy.deepcopy(depth), _num(0, loc), loc=loc, type=INT64),
                                _assign(copy.deepcopy(first), copy.deepcopy(now), loc), loc=loc))
            width, moves_first = _width(depth, delta, lambda: self.local("indent_width", used), loc)
            if isinstance(width, tuple):  # a delta known at run time: its width computed first
                before.append(width[0])
                width = width[1]
            move = _move(depth, delta, loc)
            if move is not None:
                (before if moves_first else after).append(move)
            fmt.append(s.fmt[pos:start] + "%6d " + ("%s(%d):" if func == "thread_indent" else ":")
                       + "%*s")
            pos = end
            args.append(ir.Binary("-", copy.deepcopy(now), copy.deepcopy(first), loc=loc, type=INT64))
            if func == "thread_indent":
                args += [ir.Builtin("execname", loc=loc, type=STRING), ir.Builtin("tid", loc=loc, type=INT32)]
            args += [width, ir.StrLit("", loc=loc, type=STRING)]
        fmt.append(s.fmt[pos:])
        s.fmt, s.args = "".join(fmt), args
        return before + [s] + after


def _is_concat(e) -> bool:
    return isinstance(e, ir.Binary) and e.op == "."


def _concat_pieces(e: ir.Expr) -> tuple[str, list[ir.Expr]]:
    """A concatenation's (format, arguments): its literal pieces as text, each other
    piece a bare `%s` (the same characters, printed piece by piece)."""
    if _is_concat(e):
        lf, la = _concat_pieces(e.lhs)
        rf, ra = _concat_pieces(e.rhs)
        return lf + rf, la + ra
    if isinstance(e, ir.StrLit):
        return e.value.replace("%", "%%"), []
    return "%s", [e]


def _spliceable(e) -> bool:
    """A concatenation, or a sprintf whose format this reads (one argument a conversion)."""
    return _is_concat(e) or isinstance(e, ir.Sprintf) and len(_conversions(e.fmt)) == len(e.args)


def _pieces_spliced(fmt: str, args: list[ir.Expr], convs) -> tuple[str, list[ir.Expr]]:
    """`fmt` and `args` with each concatenation or sprintf a bare `%s` prints written in
    as its pieces, which print the same characters (`printf("%s\\n", thread_indent(1) .
    "-> " . ppfunc())`: each call is then a bare `%s` argument of its own; a sprintf
    beside the call, as ir.sprintfsplice writes one into a printf without `*` widths)."""
    out, new_args, pos = [], [], 0
    for (start, end, text, _n), a in zip(convs, args):
        if text == "%s" and _spliceable(a):
            piece_fmt, pieces = _concat_pieces(a) if _is_concat(a) else (a.fmt, list(a.args))
            out.append(fmt[pos:start] + piece_fmt)
            pos = end
            new_args += pieces
        else:
            new_args.append(a)
    return "".join(out) + fmt[pos:], new_args


def _conversions(fmt: str) -> list[tuple[int, int, str, int]]:
    """Each argument's conversion in `fmt`: (start, end, text, arguments taken), a
    `*` width or precision being an argument of its own before the value's (listed
    as the conversion's text `*`)."""
    out = []
    for m in _CONVERSION.finditer(fmt):
        if m.group(1) == "%":
            continue
        for star in (m.group(2), m.group(3)):
            if star == "*":
                out.append((m.start(), m.start(), "*", 1))
        out.append((m.start(), m.end(), m.group(0), 1))
    return out


def _plain_delta(e: ir.Expr) -> bool:
    """Whether a delta can be read more than once where the call was: no side
    effect and nothing that moves (a call, a clock)."""
    return not any(isinstance(x, (ir.Assign, ir.IncDec, ir.FuncCall, ir.Call)) for x in ir.walk(e))


def _num(v: int, loc: Loc) -> ir.IntLit:
    return ir.IntLit(v, loc=loc, type=INT64)


def _assign(target: ir.Expr, value: ir.Expr, loc: Loc) -> ir.Stmt:
    return ir.ExprStmt(ir.Assign(target, "=", value, loc=loc, type=INT64), loc=loc)


def _clock(loc: Loc) -> ir.Expr:
    """stap's gettimeofday_us(), which indent.stp reads (as the IR has it)."""
    return ir.Binary("/", ir.Builtin("walltimestamp", loc=loc, type=INT64), _num(1000, loc),
                     loc=loc, type=INT64)


def _plus(e: ir.Expr, k: int, loc: Loc) -> ir.Expr:
    if k == 0:
        return e
    return ir.Binary("+" if k > 0 else "-", e, _num(abs(k), loc), loc=loc, type=INT64)


def _at_least_0(e: ir.Expr, loc: Loc) -> ir.Expr:
    """`e > 0 ? e : 0`, its test said of the depth alone (`c > 1 ? c - 1 : 0`,
    `c >= 0 ? c + 1 : 0`)."""
    if isinstance(e, ir.Binary) and e.op in "+-" and isinstance(e.rhs, ir.IntLit):
        bound = -e.rhs.value if e.op == "+" else e.rhs.value
        cond = ir.Binary(">", copy.deepcopy(e.lhs), _num(bound, loc), loc=loc, type=INT64) if bound >= 0 \
            else ir.Binary(">=", copy.deepcopy(e.lhs), _num(bound + 1, loc), loc=loc, type=INT64)
    else:
        cond = ir.Binary(">", copy.deepcopy(e), _num(0, loc), loc=loc, type=INT64)
    return ir.Ternary(cond, e, _num(0, loc), loc=loc, type=INT64)


def _width(depth: ir.Expr, delta: ir.Expr, local: Callable[[], str], loc: Loc):
    """(the indentation's width, whether the depth moves before the printf). stap
    takes x = depth + max(delta, 0) before the move and prints max(x - 1, 0)
    spaces. A delta known at run time: ((local = x - 1 statement, width), False)."""
    d = ir.int_constant(delta)
    if d is None:
        w = ir.Var(local(), "local", loc=loc, type=INT64)
        pos = ir.Ternary(ir.Binary(">", copy.deepcopy(delta), _num(0, loc), loc=loc, type=INT64),
                         copy.deepcopy(delta), _num(0, loc), loc=loc, type=INT64)
        x = ir.Binary("+", copy.deepcopy(depth), pos, loc=loc, type=INT64)
        set_w = _assign(copy.deepcopy(w), ir.Binary("-", x, _num(1, loc), loc=loc, type=INT64), loc)
        return (set_w, _at_least_0(copy.deepcopy(w), loc)), False
    if d > 0:  # read before the move: x - 1 = depth + d - 1
        return _at_least_0(_plus(copy.deepcopy(depth), d - 1, loc), loc), False
    if d < 0:  # read after it: x - 1 = (depth - d) - 1 of the moved depth
        return _at_least_0(_plus(copy.deepcopy(depth), -d - 1, loc), loc), True
    return _at_least_0(_plus(copy.deepcopy(depth), -1, loc), loc), False


def _move(depth: ir.Expr, delta: ir.Expr, loc: Loc) -> Optional[ir.Stmt]:
    """depth += delta (`depth++`, `depth--` for 1 and -1, `depth -= 2`); None for 0."""
    d = ir.int_constant(delta)
    if d == 0:
        return None
    if d in (1, -1):
        return ir.ExprStmt(ir.IncDec(copy.deepcopy(depth), "++" if d == 1 else "--", False,
                                     loc=loc, type=INT64), loc=loc)
    op, by = ("-=", _num(-d, loc)) if d is not None and d < 0 else ("+=", copy.deepcopy(delta))
    return ir.ExprStmt(ir.Assign(copy.deepcopy(depth), op, by, loc=loc, type=INT64), loc=loc)


# ------------------------------------------------------------ refusals

def _left_call(prog: ir.Program, lib: set[str], tapset: str):
    """(call, what holds it) for the first call left, else None."""
    roots = [p.body for p in prog.probes] + [p.predicate for p in prog.probes if p.predicate] + \
        [f.body for f in prog.functions if f.loc.file != tapset]
    for root in roots:
        parents = {id(c): x for x in ir.walk(root) for c in _children(x)}
        for x in ir.walk(root):
            if _is_call(x, lib):
                return x, parents.get(id(x))
    return None


def _children(x) -> list:
    out: list = []
    for f in dataclasses.fields(x):
        v = getattr(x, f.name)
        if isinstance(v, (ir.Expr, ir.Stmt)):
            out.append(v)
        elif isinstance(v, list):
            out.extend(y for y in v if isinstance(y, (ir.Expr, ir.Stmt)))
    return out


def _refusal(left, target: str) -> XtraceError:
    call, parent = left
    lang = _NAMES.get(target, target)
    if isinstance(parent, ir.Printf):
        convs = _conversions(parent.fmt)
        at = next((k for k, a in enumerate(parent.args) if a is call), None)
        bare = at is not None and len(convs) == len(parent.args) and convs[at][2] == "%s"
        what = ("called twice in one printf (the second call sees the level the first "
                "moved)" if bare else "printed with a width or a precision")
        return XtraceError(
            f"stap's {call.name}() {what} has no {lang} form: a port writes each call's "
            f"time, name and indentation into the printf, level by level; nearest: one "
            f"printf per call, each printing it with a bare %s", call.loc)
    if isinstance(parent, ir.Assign):
        what = "stored in a variable"
    elif isinstance(parent, ir.Binary) and parent.op == ".":
        what = "joined to another string with `.`"
    elif isinstance(parent, (ir.FuncCall, ir.Call)):
        from xtrace.frontends.stap.tables import STRING_SPELLING
        name = parent.name if isinstance(parent, ir.FuncCall) else STRING_SPELLING.get(parent.name, parent.name)
        what = f"passed to {name}()"
    elif isinstance(parent, ir.Binary) and parent.op in ("==", "!=", "<", "<=", ">", ">="):
        what = "compared"
    elif isinstance(parent, ir.Binary):
        what = f"an operand of `{parent.op}`"
    else:
        what = "used as a value"
    return XtraceError(
        f"stap's {call.name}() {what} has no {lang} form: {lang} has no sprintf to make its "
        f"padded time and indentation a string, a port writes them into a printf; nearest: the "
        f"call as a printf argument of its own, printf(\"%s -> %s\\n\", {call.name}(1), "
        "ppfunc())", call.loc)
