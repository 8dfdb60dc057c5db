"""What stap's optimizer deletes before it checks a script (`stap -u` turns it off).

`xtrace stap` and `xtrace run` run the whole of it (Optimizer). A translation
(and the frontend by default) keeps the script's code as written, but for the
side-effect-free statements is_dead_expression names.

stap's pass 2 runs a relaxation loop (elaborate.cxx's semantic_pass_optimize1)
after it resolves symbols and before it resolves types. Whatever that loop
deletes is never type-checked, and an unresolvable `$var`, a bad `@cast`
member or an `@entry` outside a .return probe in it is never reported. The
loop, as far as it decides what gets checked:

- a statement of an expression with no side effect is deleted: no assignment,
  `++`/`--` or embedded C, no print, and calls only of side-effect-free
  functions (the script's own whose bodies write no global and print nothing,
  or tapset functions stap marks pure). Reading variables, `$vars` and kernel
  memory is no side effect: `@cast(0, "task_struct")->nosuch` alone on a line
  is accepted (semok/cast), its read never made;
- `x = v` of a local (or function parameter) that nothing reads is `v`, then
  deleted as above when `v` has no side effect (semok/optimize's `a = b + 2`);
- an `if` whose branches were both deleted is deleted, or becomes a statement
  of its condition when that has a side effect (`if (i = j);` is `i = j`);
  a `while`/`for` whose body was deleted is deleted when its condition (and a
  `for`'s initializer and step) has no side effect; a `foreach` whose body was
  deleted, a `try` whose body was, and a block left empty are deleted;
- the script's functions that the remaining code no longer calls are elided,
  their bodies unchecked (semok/optimize's `zoo(zoo(5))`, whose `"tada" + x`
  is a type error).

It repeats until nothing changes (a store deleted can leave another local
unread). stap's never-assigned warning comes before the deletions (its first
round warns), so the lowering still notes the never-assigned locals a deleted
statement reads. xtrace works on the parse tree, statement by statement, and
keeps a statement with any side effect whole (stap also splits such a
statement into its parts with side effects and deletes the rest); a loop is
never deleted when its `limit` expression has a side effect.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Callable, Iterable, Optional

from antlr4.ParserRuleContext import ParserRuleContext

from xtrace.grammars.generated.stap.StapParser import StapParser as P

from .tree import bare_name, walk

# Tapset functions with no side effect that a deleted statement may call (stap's
# `/* pure */` embedded-C functions among those xtrace has, and sprint/sprintf,
# whose print_format stap counts pure when it prints to no stream).
PURE_CALLS = frozenset({"get_cycles", "gettimeofday_s", "gettimeofday_ms", "gettimeofday_us",
                        "gettimeofday_ns", "jiffies", "local_clock_ns", "cpu_clock_ns",
                        "sprint", "sprintln", "sprintf", "pid", "tid", "ppid", "uid", "gid",
                        "euid", "execname", "cpu", "task_current", "strlen", "substr",
                        "isinstr"})

_WRITES = (P.AssignExprContext, P.PostIncDecExprContext, P.PreIncDecExprContext)

# The clock reads among them: the only calls a statement deleted without the
# whole optimizer may make (is_dead_expression).
CLOCK_CALLS = frozenset({"get_cycles", "gettimeofday_s", "gettimeofday_ms", "gettimeofday_us",
                         "gettimeofday_ns", "jiffies", "local_clock_ns", "cpu_clock_ns"})
_VARIABLE_READS = (P.NameExprContext, P.IndexExprContext, P.InExprContext, P.InTupleExprContext)


def is_dead_expression(e: P.ExprContext) -> bool:
    """Whether the expression statement `e` is deleted when the rest of the optimizer
    does not run (a translation, which keeps the script's code): no side effect, no
    call but of a clock, and no read of a script variable, which the never-assigned
    warning and the typing of globals count."""
    for node in walk(e):
        if isinstance(node, _WRITES + (P.EmbeddedExprContext,) + _VARIABLE_READS):
            return False
        if isinstance(node, P.CallExprContext) and node.IDENT().getText() not in CLOCK_CALLS:
            return False
    return True


@dataclass
class Elision:
    """What the optimizer deletes in one probe or function body: statements (by the
    id of their parse-tree node) dropped, and statements lowered as another
    expression (an assignment to an unread local as its value, an emptied `if` as
    its condition)."""

    dead: set[int] = field(default_factory=set)
    as_expr: dict[int, P.ExprContext] = field(default_factory=dict)
    calls: set[str] = field(default_factory=set)  # the functions the code left calls

    def is_dead(self, stmt: ParserRuleContext) -> bool:
        """Whether the statement is deleted."""
        return id(stmt) in self.dead

    def replacement(self, stmt: ParserRuleContext) -> Optional[P.ExprContext]:
        """The expression the statement is lowered as, when the optimizer rewrote it."""
        return self.as_expr.get(id(stmt))


NOTHING = Elision()  # stap -u: nothing is deleted


class Optimizer:
    """stap's optimizer over one script's parse tree: `functions` are the script's
    (name -> declaration), `globals_` its global names."""

    def __init__(self, functions: dict[str, P.FunctionDeclContext], globals_: set[str]) -> None:
        self.functions = functions
        self.globals = globals_
        self.callees = {name: self._callees(f) for name, f in functions.items()}
        self.impure = self._impure_functions()
        self.in_tapset = False  # deciding a block of xtrace's tapset aliases

    # ------------------------------------------------------------ functions

    def _callees(self, f: P.FunctionDeclContext) -> set[str]:
        """The script functions `f` calls, transitively."""
        seen: set[str] = set()
        todo = [f]
        while todo:
            g = todo.pop()
            if g.block() is None:
                continue
            for node in walk(g.block()):
                if isinstance(node, P.CallExprContext):
                    name = node.IDENT().getText()
                    if name in self.functions and name not in seen:
                        seen.add(name)
                        todo.append(self.functions[name])
        return seen

    def _impure_functions(self) -> set[str]:
        """The script functions a call of which has a side effect for its caller: embedded
        C, a print, a write to a global, or a call of such a function."""
        impure = {name for name, f in self.functions.items()
                  if f.block() is None or self._writes_outside(f)}
        changed = True
        while changed:
            changed = False
            for name in set(self.functions) - impure:
                if any(node.IDENT().getText() in impure
                       for node in walk(self.functions[name].block())
                       if isinstance(node, P.CallExprContext)):
                    impure.add(name)
                    changed = True
        return impure

    def _writes_outside(self, f: P.FunctionDeclContext) -> bool:
        """Whether `f`'s own code has an effect beyond its locals (its calls of script
        functions aside)."""
        for node in walk(f.block()):
            if isinstance(node, (P.EmbeddedExprContext, P.EmbeddedStmtContext, P.DeleteStmtContext)):
                return True
            if isinstance(node, _WRITES):
                target = node.expr(0) if isinstance(node, P.AssignExprContext) else node.expr()
                name = bare_name(target)
                if name is None or name in self.globals:
                    return True  # an array element, a `$var`, a global
            if isinstance(node, P.CallExprContext):
                name = node.IDENT().getText()
                if name not in self.functions and name not in PURE_CALLS:
                    return True
        return False

    def has_effect(self, e: Optional[ParserRuleContext], fn: Optional[str] = None) -> bool:
        """Whether evaluating `e` (in function `fn`, or a probe) has a side effect: it
        writes a variable, runs embedded C or calls a function with one. A call that
        may come back to `fn` counts as one (it may write `fn`'s locals)."""
        if e is None:
            return False
        for node in walk(e):
            if isinstance(node, _WRITES + (P.EmbeddedExprContext,)):
                return True
            if isinstance(node, P.CallExprContext):
                name = node.IDENT().getText()
                if name in self.functions:
                    if name in self.impure or (fn is not None and (name == fn or fn in self.callees[name])):
                        return True
                elif name not in PURE_CALLS:
                    return True
        return False

    def reachable(self, calls: Iterable[str], bodies: dict[str, Elision]) -> set[str]:
        """The script functions the probes' remaining code calls (`calls`), and those
        the remaining code of each of those calls, transitively (`bodies`: each
        function's Elision)."""
        seen: set[str] = set()
        todo = [c for c in calls if c in self.functions]
        while todo:
            name = todo.pop()
            if name in seen:
                continue
            seen.add(name)
            todo += [c for c in bodies[name].calls if c in self.functions]
        return seen

    # ------------------------------------------------------------ one body

    def body(self, blocks: list[ParserRuleContext], locals_: set[str],
             fn: Optional[str] = None, tapset: Iterable[ParserRuleContext] = ()) -> Elision:
        """What the optimizer deletes in a probe's blocks (an alias's and its own share
        one scope) or a function's body; `locals_`: the names it assigns (and a
        function's parameters); `tapset`: the blocks of xtrace's own tapset aliases,
        whose stores into unread locals go whole (their values only read the
        kernel, some at a cost: vfs.*'s path walk)."""
        reads = self._reads(blocks, Elision(), locals_)
        ours = {id(b) for b in tapset}
        while True:
            el = Elision()
            for b in blocks:
                self.in_tapset = id(b) in ours
                self._block(b, el, reads, locals_, fn)
            again = self._reads(blocks, el, locals_)
            if again == reads:
                el.calls = self._calls(blocks, el)
                return el
            reads = again

    def _block(self, b: P.BlockContext, el: Elision, reads: set[str], locals_: set[str],
               fn: Optional[str]) -> bool:
        """Decides the block's statements; True when all of them are deleted."""
        gone = [self._stmt(s, el, reads, locals_, fn) for s in b.statement()]
        return all(gone)

    def _stmt(self, s: P.StatementContext, el: Elision, reads: set[str], locals_: set[str],
              fn: Optional[str]) -> bool:
        """Decides one statement (and those inside it); True when it is deleted."""
        if isinstance(s, P.BlockStmtContext):
            return self._block(s.block(), el, reads, locals_, fn)
        if isinstance(s, P.EmptyStmtContext):
            return True
        gone = False
        if isinstance(s, P.ExprStmtContext):
            return self._expression(s, s.expr(), el, reads, locals_, fn)
        if isinstance(s, P.IfStmtContext):
            then = self._stmt(s.statement(0), el, reads, locals_, fn)
            other = s.statement(1) is None or self._stmt(s.statement(1), el, reads, locals_, fn)
            if then and other:
                # stap keeps the condition's side effects as a statement of their own
                return self._expression(s, s.expr(), el, reads, locals_, fn)
        elif isinstance(s, P.WhileStmtContext):
            gone = self._stmt(s.statement(), el, reads, locals_, fn) \
                and not self.has_effect(s.expr(), fn)
        elif isinstance(s, P.ForStmtContext):
            gone = self._stmt(s.statement(), el, reads, locals_, fn) \
                and not any(self.has_effect(x, fn) for x in (s.init, s.cond, s.step))
        elif isinstance(s, P.ForeachStmtContext):
            gone = self._stmt(s.statement(), el, reads, locals_, fn) \
                and not self.has_effect(s.foreachHead().limit, fn)
        elif isinstance(s, P.TryStmtContext):
            gone = self._block(s.block(0), el, reads, locals_, fn)
            self._block(s.block(1), el, reads, locals_, fn)
        if gone:
            el.dead.add(id(s))
        return gone

    def _expression(self, s: P.StatementContext, e: P.ExprContext, el: Elision, reads: set[str],
                    locals_: set[str], fn: Optional[str]) -> bool:
        """A statement evaluating `e`: stores to unread locals peeled off, then deleted
        when what is left has no side effect."""
        value = e
        while True:
            inner = _unparen(value)
            if not (isinstance(inner, P.AssignExprContext) and inner.op.text == "="):
                break
            name = bare_name(inner.expr(0))
            if name is None or name not in locals_ or name in reads:
                break
            value = inner.expr(1)
        if not self.has_effect(value, fn) or (value is not e and self.in_tapset):
            el.dead.add(id(s))
            return True
        if value is not e or not isinstance(s, P.ExprStmtContext):
            el.as_expr[id(s)] = value
        return False

    # ------------------------------------------------------------ what the rest uses

    def _live(self, node: ParserRuleContext, el: Elision):
        """The rule nodes under `node` that the optimizer leaves (pre-order)."""
        if isinstance(node, P.StatementContext):
            if id(node) in el.dead:
                return
            if id(node) in el.as_expr:
                yield from walk(el.as_expr[id(node)])
                return
        yield node
        for child in node.getChildren():
            if isinstance(child, ParserRuleContext):
                yield from self._live(child, el)

    def _reads(self, blocks: list[ParserRuleContext], el: Elision, locals_: set[str]) -> set[str]:
        """The locals the code left reads (a plain `=` store alone is no read)."""
        stores: set[int] = set()
        out: set[str] = set()
        nodes = [x for b in blocks for x in self._live(b, el)]
        for node in nodes:
            if isinstance(node, P.AssignExprContext) and node.op.text == "=" \
                    and bare_name(node.expr(0)) is not None:
                stores.add(id(node.expr(0).primary()))
        for node in nodes:
            if isinstance(node, (P.NameExprContext, P.IndexExprContext)) and id(node) not in stores:
                name = node.IDENT().getText()
                if name in locals_:
                    out.add(name)
        return out

    def _calls(self, blocks: list[ParserRuleContext], el: Elision) -> set[str]:
        return {node.IDENT().getText() for b in blocks for node in self._live(b, el)
                if isinstance(node, P.CallExprContext)}


def _unparen(e: P.ExprContext) -> P.ExprContext:
    while isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.ParenExprContext):
        e = e.primary().expr()
    return e


# ------------------------------------------------------------ translations

# The `@` operators whose value is read from memory (a bad address faults).
_MEMORY_AT = frozenset({"@cast", "@var", "@kderef", "@uderef", "@user_cast"})


def shows_in_port(stmt: ParserRuleContext) -> bool:
    """Whether a statement stap's optimizer deletes would, kept in a D or Vue port,
    make a difference a run shows: it reads memory (a `$var`'s member or element,
    `@cast`, `@var`, stap's autocast `->`), which can fault where stap never read,
    it divides by what may be 0, or it calls a function (the script's or a tapset's) whose value nothing uses:
    D and Vue have no functions, so the call becomes its body written out at the
    spot, reads and all. Any other deleted statement (plain arithmetic, a store of a
    `$var` or a number into an unread local) is kept as written: a port should read
    like its source, and evaluating it shows nothing."""
    for node in walk(stmt):
        if isinstance(node, P.AutocastExprContext):
            return True
        if isinstance(node, P.TargetExprContext) and node.targetSuffix():
            return True
        if isinstance(node, P.AtExprContext) and (node.AT_IDENT().getText() in _MEMORY_AT
                                                  or node.targetSuffix()):
            return True
        if isinstance(node, P.CallExprContext) and node.IDENT().getText() not in PURE_CALLS:
            return True
        if isinstance(node, P.BinaryExprContext) and node.op.text in ("/", "%") \
                and not _nonzero_literal(node.expr(1)):
            return True  # a division by zero is a run-time error in D and Vue too
    return False


def _nonzero_literal(e: P.ExprContext) -> bool:
    """Whether `e` is a number written out that is not 0 (a divisor that cannot fault)."""
    e = _unparen(e)
    if not (isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.IntLitContext)):
        return False
    try:
        return int(e.getText(), 0) != 0
    except ValueError:
        return True  # an octal `010` and the like: not the literal 0


def for_port(el: Elision, blocks: Iterable[ParserRuleContext],
             own: Callable[[ParserRuleContext], bool]) -> Elision:
    """The part of `el` (what stap's optimizer deletes in `blocks`) a translation
    leaves out: the deleted statements that shows_in_port names, among those `own`
    says are the script's (a tapset alias's code is the tapset's business). The
    statements the optimizer rewrites (a store into an unread local whose value has
    an effect) stay as written: the effect is the same either way."""
    dead: set[int] = set()
    for b in blocks:
        for node in walk(b):
            if isinstance(node, P.StatementContext) and id(node) in el.dead \
                    and own(node) and shows_in_port(node):
                dead.add(id(node))
    return Elision(dead=dead, calls=set(el.calls))


def statement_text(stmt: ParserRuleContext, limit: int = 60) -> str:
    """The statement as written, on one line (whitespace runs made one space, a
    trailing `;` dropped) and cut at `limit` characters, for a comment that names it."""
    start, stop = stmt.start, stmt.stop
    text = start.getInputStream().getText(start.start, stop.stop)
    text = " ".join(text.split()).rstrip(";").rstrip()
    return text if len(text) <= limit else text[:limit - 3].rstrip() + "..."
