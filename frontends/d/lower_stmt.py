"""D statements and actions (printf, trace, printa, aggregations, destructive
actions, speculations) to IR. A mixin of Lowering (lower.py), whose state it uses.
"""

from __future__ import annotations

import copy
from signal import SIGSTOP

from xtrace.grammars.generated.d.DParser import DParser as P
from xtrace.frontends.common import comment_runs
from xtrace.ir import aggspec
from xtrace.ir import nodes as ir
from xtrace.ir.constint import int_value
from xtrace.ir.sugarblocks import RECORDING_STMTS

from . import constfold, tables
from .formats import FormatError, canonical_agg_flags, conversions, strip_agg_flag
from .symbol_actions import SYMBOL_ACTIONS
from .lower_util import _PROTOTYPES, _comment_text, _primary, _static_type, _unparen


class StmtLowering:
    """D statements and actions to IR (mixed into Lowering)."""

    def _check_speculation(self, body: ir.Block) -> None:
        """dt_cc's rules for the actions of a clause around speculate() and commit(),
        in source order, with its messages."""
        drec = spec = comm = False
        for s in ir.walk(body):
            if isinstance(s, ir.Speculate):
                if spec:
                    raise self.error("speculate( ) may not follow speculate( )", s.loc)
                if comm:
                    raise self.error("speculate( ) may not follow commit( )", s.loc)
                if drec:
                    raise self.error("speculate( ) may not follow data-recording action(s)", s.loc)
                if not any(s is x for x in body.stmts):
                    # The records after it would depend on the branch taken.
                    raise self.unsupported("speculate() inside an if", s.loc)
                spec = True
            elif isinstance(s, ir.SpecEnd) and s.op == "commit":
                if comm:
                    raise self.error("commit( ) may not follow commit( )", s.loc)
                if spec:
                    raise self.error("commit( ) may not follow speculate( )", s.loc)
                if drec:
                    raise self.error("commit( ) may not follow data-recording action(s)", s.loc)
                comm = True
            elif isinstance(s, ir.AggUpdate):
                if spec:
                    raise self.error("aggregating actions may not follow speculate( )", s.loc)
                if comm:
                    raise self.error("aggregating actions may not follow commit( )", s.loc)
            elif isinstance(s, RECORDING_STMTS + (ir.PrintStack,)):
                if comm:
                    raise self.error("data-recording actions may not follow commit( )", s.loc)
                if spec and isinstance(s, ir.Exit):
                    raise self.error("exit( ) may not follow speculate( )", s.loc)
                if spec and isinstance(s, (ir.PrintAgg, ir.AggControl, ir.SetOpt)):
                    # Their records are the driver's aggregation dumps and options.
                    what = s.op if isinstance(s, ir.AggControl) else \
                        "printa" if isinstance(s, ir.PrintAgg) else "setopt"
                    raise self.unsupported(f"{what}() after speculate()", s.loc)
                drec = True

    def _block(self, ctx: P.BlockContext) -> ir.Block:
        stmts: list[ir.Stmt] = []
        for s in ctx.statement():
            self._comments_into(stmts, s.start.tokenIndex)
            stmts += self._statement(s)
        tail = ctx.tailStatement()
        if tail is not None:
            self._comments_into(stmts, tail.start.tokenIndex)
            stmts += (self._expr_statement(tail.expr()) if tail.expr() is not None
                      else self._comma_statements(tail.commaExpr()))
        self._comments_into(stmts, ctx.RBRACE().getSymbol().tokenIndex)
        return ir.Block(stmts, loc=self.loc(ctx))

    def _comments_into(self, stmts: list[ir.Stmt], token_index: int) -> None:
        hidden = self.tokens.getHiddenTokensToLeft(token_index) or []
        if not hidden:
            return
        # A comment on the line of the code before it trails that code (it stays
        # one comment: ir/trailing_comments); below it, `//` lines one under the
        # other are one comment, as comment_runs reads them above a clause and in
        # stap: the port writes them as one block, not one comment a line.
        before = hidden[0].tokenIndex - 1
        code_line = self.tokens.get(before).line if before >= 0 else 0
        trailing = [t for t in hidden if t.line == code_line]
        for tok in trailing:
            stmts.append(ir.Comment(_comment_text(tok.text), loc=self.loc(tok)))
        for text, tok in comment_runs(hidden[len(trailing):]):
            stmts.append(ir.Comment(text, loc=self.loc(tok)))

    def _statement(self, ctx) -> list[ir.Stmt]:
        if isinstance(ctx, P.ExprStatementContext):
            return self._expr_statement(ctx.expr())
        if isinstance(ctx, P.CommaStatementContext):
            return self._comma_statements(ctx.commaExpr())
        if isinstance(ctx, P.EmptyStatementContext):
            return []
        if isinstance(ctx, P.BlockStatementContext):
            # a block standing as a statement scopes nothing (this-> lives for the
            # clause): its statements, which is how the printer writes them back
            return self._block(ctx.block()).stmts
        if isinstance(ctx, P.IfStatementContext):
            before: list[ir.Stmt] = []
            if ctx.commaExpr() is not None:
                # `if (a, b)`: D evaluates a and discards it, then tests b (dt_cg's
                # DT_TOK_COMMA): a's statement before the if
                *lead, last = self.comma_operands(ctx.commaExpr())
                before = [s for e in lead for s in self._expr_statement(e)]
                cond = self.expr(last)
            else:
                cond = self.expr(ctx.expr())
            then = self._branch(ctx.statement(0))
            else_ = None
            if ctx.statement(1) is not None:
                s = ctx.statement(1)
                # `else if` stays an If so it prints back as `else if` (one whose
                # condition is a comma expression: its statements in a block)
                if isinstance(s, P.IfStatementContext):
                    stmts = self._statement(s)
                    else_ = stmts[0] if len(stmts) == 1 else ir.Block(stmts, loc=self.loc(s))
                else:
                    else_ = self._branch(s)
            return before + [ir.If(cond, then, else_, loc=self.loc(ctx))]
        raise self.error("unexpected statement", ctx)  # pragma: no cover

    def _branch(self, ctx) -> ir.Stmt:
        """An if/else body: a braced one is a Block, one statement without braces that
        statement (as stap and Vue lower theirs, so `if (c) exit();` reads the same in
        each language); what lowers to several statements (a struct assignment) or to
        none (`;`) is a Block."""
        if isinstance(ctx, P.BlockStatementContext):
            return self._block(ctx.block())
        stmts = self._statement(ctx)
        if len(stmts) == 1 and not isinstance(stmts[0], ir.Block):
            return stmts[0]
        return ir.Block(stmts, loc=self.loc(ctx))

    def _comma_statements(self, ctx: P.CommaExprContext) -> list[ir.Stmt]:
        """`a, b;`: D evaluates a, then b, and discards the value: a statement each."""
        return [s for e in self.comma_operands(ctx) for s in self._expr_statement(e)]

    def _expr_statement(self, ctx) -> list[ir.Stmt]:
        inner = _unparen(ctx)
        prim = _primary(inner)
        if isinstance(prim, P.CallPrimaryContext):
            name = prim.IDENT().getText()
            args = prim.exprList().expr() if prim.exprList() else []
            if name in tables.ACTIONS:
                return [getattr(self, f"_action_{name}")(prim, args)]
            if name in SYMBOL_ACTIONS:  # printed as trace() prints it (ir/framing.trace_format)
                return [ir.Trace(self._symbol_action(prim), loc=self.loc(prim))]
            if name in tables.AGG_FUNCS or name in tables.UNSUPPORTED_AGG_FUNCS:
                raise self.error(f"{name}() must be assigned to an aggregation "
                                 f"(@name[keys] = {name}(...))", prim)
        if isinstance(inner, P.AssignExprContext) and self._agg_target(inner.expr(0)) is not None:
            return [self._agg_update(inner)]
        if isinstance(inner, P.AssignExprContext):
            members = self._struct_assign(inner)
            if members is not None:
                return members
        if isinstance(inner, P.TernaryExprContext) and any(
                self._is_action(inner.expr(i)) or self._is_assignment(inner.expr(i))
                for i in (1, 2)):
            # `c ? printf(a) : printf(b);`, `OPT_time ? printf(...) : 1;` (the
            # DTraceToolkit's cpuwalk.d, execsnoop), `OPT_counts ? @Counts[probefunc] =
            # count() : 1;`, `OPT_elapsed ? self->start = timestamp : 1;` (its
            # procsystime): DTrace runs the branch taken. Those conditions are
            # constants (inlines, macro arguments), which dt_node_op3 folds at parse
            # time: the branch is then a statement of the clause. An action or an
            # aggregation under a condition that is not one is in a D expression,
            # which dtrace refuses; assignments are an expression of their own.
            cond = self.expr(inner.expr(0))
            if not _parse_time_constant(cond):
                self._refuse_ternary_actions(inner)
            branches = [ir.Block(self._expr_statement(inner.expr(i)), loc=self.loc(inner.expr(i)))
                        for i in (1, 2)]
            # the idiom's other branch (`: 1`) does nothing: no `else { 1; }` in a translation
            idle = [all(isinstance(x, ir.ExprStmt) and isinstance(x.expr, (ir.IntLit, ir.StrLit))
                        for x in b.stmts) for b in branches]
            if idle[1]:
                return [ir.If(cond, branches[0], None, loc=self.loc(ctx), ternary=True)]
            if idle[0]:
                return [ir.If(ir.Unary("!", cond, loc=cond.loc), branches[1], None, loc=self.loc(ctx),
                              ternary=True)]
            return [ir.If(cond, branches[0], branches[1], loc=self.loc(ctx), ternary=True)]
        if isinstance(inner, P.PostIncDecExprContext):  # `x++;`: the old value is unused
            return [ir.ExprStmt(self._x_PostIncDecExprContext(inner, value_used=False), loc=self.loc(ctx))]
        return [ir.ExprStmt(self.expr(ctx), loc=self.loc(ctx))]

    def _refuse_ternary_actions(self, ctx) -> None:
        """dtrace's refusal of an action or an aggregation update in a branch of a ?:
        statement whose condition is not a constant (so not folded: the ?: is a D
        expression, which calls no action: dt_cg_node)."""
        for i in (1, 2):
            branch = _unparen(ctx.expr(i))
            if isinstance(branch, P.TernaryExprContext):
                self._refuse_ternary_actions(branch)
            elif self._is_action(branch):
                name = _primary(branch).IDENT().getText()
                raise self.error(f"tracing function {name}( ) may not be called from a D expression "
                                 f"(D program context required); its condition is not a constant: "
                                 f"`if (...) {name}(...);` is the statement", branch)
            elif isinstance(branch, P.AssignExprContext) and self._agg_target(branch.expr(0)) is not None:
                raise self.error("an aggregation may not be updated in a D expression (D program "
                                 "context required); the ?: condition is not a constant: "
                                 "`if (...) @a[...] = ...;` is the statement", branch)

    def _is_assignment(self, ctx) -> bool:
        """Whether expression `ctx` is an assignment (an aggregation's update, `@a[k] =
        count()`, among them), which a branch of the ternary idiom runs as a statement."""
        return isinstance(_unparen(ctx), P.AssignExprContext)

    def _action_printf(self, ctx, args) -> ir.Stmt:
        if not args:
            raise self.error("printf( ) prototype mismatch: requires at least 1 argument", ctx)
        fmt = self._format(args[0], "printf")
        convs = [c for c in self._conversions(fmt, args[0]) if c.conv != "%"]
        for c in convs:
            if c.is_agg:
                raise self.error("%@ conversion requires an aggregation and is not for use "
                                 "with printf( )", args[0])
        values = self._check_values("printf", convs, args[1:], 1, ctx)
        return ir.Printf(fmt, values, loc=self.loc(ctx))

    def _check_values(self, func: str, convs, arg_ctxs, foff: int, ctx) -> list[ir.Expr]:
        """Lower the value arguments of a format, checked as dt_printf_validate checks
        them (with DTrace's messages): one per conversion (plus one per `*`), of a
        type the conversion accepts, no extra ones. `foff` is the number of
        arguments before the values (the format itself)."""
        values = [self.expr(a) for a in arg_ctxs]
        j = 0
        for i, c in enumerate(convs, 1):
            name = (c.length or "") + c.conv
            for dyn in (["width"] if c.width == "*" else []) + (["precision"] if c.prec == "*" else []):
                if j >= len(values):
                    raise self.error(f'{func}( ) prototype mismatch: conversion #{i} (%{name}) '
                                     f'is missing a corresponding "{dyn}" argument', ctx)
                if _static_type(values[j]) == "string":
                    raise self.error(f"{func}( ) argument #{j + foff + 1} is incompatible with "
                                     f"conversion #{i} prototype:\n\tconversion: % * {name}\n"
                                     f"\t prototype: int\n\t  argument: string", arg_ctxs[j])
                j += 1
            if j >= len(values):
                raise self.error(f"{func}( ) prototype mismatch: conversion #{i} (%{name}) is "
                                 "missing a corresponding value argument", ctx)
            have = _static_type(values[j])
            want_str = c.conv in "sS"
            if c.conv == "k" or have is not None and (have == "string") != want_str or \
                    (have is not None and c.conv in "eEfFgG"):
                proto = _PROTOTYPES.get(name, _PROTOTYPES.get(c.conv, "int"))
                raise self.error(f"{func}( ) argument #{j + foff + 1} is incompatible with "
                                 f"conversion #{i} prototype:\n\tconversion: %{name}\n"
                                 f"\t prototype: {proto}\n\t  argument: {have or 'int'}", arg_ctxs[j])
            j += 1
        if j < len(values):
            raise self.error(f"{func}( ) prototype mismatch: only {j} arguments required by "
                             "this format string", arg_ctxs[j])
        return values

    def _action_trace(self, ctx, args) -> ir.Stmt:
        if len(args) != 1:
            raise self.error(f"trace( ) prototype mismatch: {len(args)} args passed, 1 expected",
                             ctx)
        return ir.Trace(self.expr(args[0]), loc=self.loc(ctx))

    def _agg_control(self, op: str, ctx, args, extra: tuple[int, int]) -> ir.Stmt:
        lo, hi = extra
        if not 1 + lo <= len(args) <= 1 + hi:
            want = str(1 + lo) if lo == hi else f"{1 + lo} or {1 + hi}"
            raise self.error(f"{op}( ) prototype mismatch: {len(args)} args passed, "
                             f"{want} expected", ctx)
        g = self._agg_ref(args[0])
        rest = [self.expr(a) for a in args[1:]]
        for a, c in zip(rest, args[1:]):
            if _static_type(a) == "string":
                raise self.error(f"{op}( ) argument #2 is incompatible with prototype:\n"
                                 "\tprototype: int\n\t argument: string", c)
        return ir.AggControl(op, g.name, rest, loc=self.loc(ctx))

    def _action_trunc(self, ctx, args) -> ir.Stmt:
        return self._agg_control("trunc", ctx, args, (0, 1))

    def _action_clear(self, ctx, args) -> ir.Stmt:
        return self._agg_control("clear", ctx, args, (0, 0))

    def _action_normalize(self, ctx, args) -> ir.Stmt:
        return self._agg_control("normalize", ctx, args, (1, 1))

    def _action_denormalize(self, ctx, args) -> ir.Stmt:
        return self._agg_control("denormalize", ctx, args, (0, 0))

    def _action_setopt(self, ctx, args) -> ir.Stmt:
        if not 1 <= len(args) <= 2:
            raise self.error(f"setopt( ) prototype mismatch: {len(args)} args passed, "
                             "1 or 2 expected", ctx)
        name = self._format(args[0], "setopt")
        value = self._format(args[1], "setopt") if len(args) == 2 else None
        return ir.SetOpt(name, value, loc=self.loc(ctx))

    def _action_printa(self, ctx, args) -> ir.Stmt:
        if not args:
            raise self.error("printa( ) prototype mismatch: requires at least 1 argument", ctx)
        fmt = None
        fmt_ctx = args[0]
        for a in args:
            inner = _unparen(a)
            if isinstance(inner, P.IndexExprContext) and isinstance(_primary(inner.expr()),
                                                                      P.AggPrimaryContext):
                # kaizawa/iumfs' count_uiomove.d: `printa(@[probevunc]);`
                name = _primary(inner.expr()).getText()
                raise self.error(f"printa( ) takes an aggregation, not one of its elements: "
                                 f"{inner.getText()} (printa({name}) prints every element)", a)
        if not isinstance(_primary(args[0]), P.AggPrimaryContext):
            fmt, args = self._format(args[0], "printa"), args[1:]
        if not args:
            raise self.error("printa( ) requires an aggregation after its format", ctx)
        gs = [self._agg_ref(a) for a in args]
        nkeys = self.arity.get(gs[0].name, 0)
        for k, (g, a) in enumerate(zip(gs[1:], args[1:]), 2):
            if self.arity.get(g.name, 0) != nkeys:
                raise self.error(f"printa( ) argument #{k + (fmt is not None)} is incompatible "
                                 f"with the keys of {args[0].getText()}: "
                                 f"{self.arity.get(g.name, 0)} key(s), not {nkeys}", a)
        self.printed.update(g.name for g in gs)
        g = gs[0]
        common = dict(value_func=g.agg_func or "count", sort_by=self.sort_by,
                      descending=self.descending, more=[x.name for x in gs[1:]],
                      loc=self.loc(ctx))
        if fmt is None:
            return ir.PrintAgg(g.name, "dtrace", **common)
        self._conversions(fmt, fmt_ctx)  # reports a bad conversion at the format
        fmt = canonical_agg_flags(fmt)
        convs = [c for c in self._conversions(fmt, fmt_ctx) if c.conv != "%"]
        aggs = [c for c in convs if c.is_agg]
        if len(aggs) > len(gs):
            i = convs.index(aggs[len(gs)]) + 1
            raise self.error(f"printa( ) prototype mismatch: conversion #{i} "
                             f"(%@{aggs[len(gs)].conv}) is missing a corresponding value "
                             "argument", ctx)
        # a `*` width or precision takes the next key, as a conversion does (dtrace-utils
        # printa/tst.dynwidth.d: `printa("-->%-*d<--\n", @)` of @[10, 100])
        stars = sum((c.width == "*") + (c.prec == "*") for c in convs)
        if any(c.is_agg and (c.width == "*" or c.prec == "*") for c in aggs):
            raise self.unsupported("a '*' width or precision of a %@ conversion", fmt_ctx)
        if len(convs) - len(aggs) + stars > nkeys:
            raise self.error(f"printa( ) prototype mismatch: conversion #{nkeys + len(aggs) + 1} "
                             f"is missing a corresponding value argument ({args[0].getText()} "
                             f"has {nkeys} key(s))", ctx)
        stacks = self.stack_keys.get(g.name)
        for i, c in enumerate([c for c in convs if not c.is_agg]):
            if c.conv == "k" and stacks is not None and i not in stacks:
                raise self.error(f"printa( ) argument #2 is incompatible with "
                                 f"conversion #{convs.index(c) + 1} prototype:\n\tconversion: %k\n"
                                 f"\t prototype: stack\n\t  argument: key #{i + 1} of "
                                 f"{args[0].getText()}, not a stack", fmt_ctx)
        if len(gs) == 1 and len(aggs) == 1 and convs[-1] is aggs[0] and len(convs) - 1 == nkeys \
                and not stars:
            # The plain case (keys, then the value) in the IR's neutral form.
            return ir.PrintAgg(g.name, "format", fmt=strip_agg_flag(fmt, aggs[0]), **common)
        return ir.PrintAgg(g.name, "format", fmt=fmt, **common)

    def _action_stack(self, ctx, args) -> ir.Stmt:
        """stack(), stack(nframes): the kernel stack of the probe hit."""
        return ir.PrintStack("dtrace", depth=self._ustack_depth(ctx, args, "stack"), loc=self.loc(ctx))

    def _action_ustack(self, ctx, args) -> ir.Stmt:
        """ustack(), ustack(nframes): the user stack; DTrace's second argument
        (strsize, for jstack helpers) is accepted and has no effect here."""
        return ir.PrintStack("dtrace", depth=self._ustack_depth(ctx, args), user=True, loc=self.loc(ctx))

    def _destructive(self) -> None:
        # DTrace compiles destructive actions and refuses them when enabling the
        # program unless -w / option destructive allows them: the driver checks.
        self.options["uses_destructive"] = True

    def _action_raise(self, ctx, args) -> ir.Stmt:
        if len(args) != 1:
            raise self.error(f"raise( ) prototype mismatch: {len(args)} args passed, 1 expected", ctx)
        sig = self.expr(args[0])
        if _static_type(sig) == "string":
            raise self.error("raise( ) argument #1 is incompatible with prototype:\n"
                             "\tprototype: int\n\t argument: string", args[0])
        self._destructive()
        return ir.Raise(sig, loc=self.loc(ctx))

    def _action_stop(self, ctx, args) -> ir.Stmt:
        if args:
            raise self.error(f"stop( ) prototype mismatch: {len(args)} args passed, 0 expected", ctx)
        self._destructive()
        # DTrace's stop() stops the process where the probe fired: on Linux, SIGSTOP
        # to the thread stops its whole thread group.
        return ir.Raise(ir.IntLit(int(SIGSTOP), loc=self.loc(ctx)), loc=self.loc(ctx))

    def _action_chill(self, ctx, args) -> ir.Stmt:
        """chill(ns): busy-wait ns nanoseconds (destructive)."""
        if len(args) != 1:
            raise self.error(f"chill( ) prototype mismatch: {len(args)} args passed, 1 expected", ctx)
        ns = self.expr(args[0])
        if _static_type(ns) == "string":
            raise self.error("chill( ) argument #1 is incompatible with prototype:\n"
                             "\tprototype: hrtime_t\n\t argument: string", args[0])
        self._destructive()
        return ir.Delay(ns, "ns", loc=self.loc(ctx))

    def _action_system(self, ctx, args) -> ir.Stmt:
        if not args:
            raise self.error("system( ) prototype mismatch: requires at least 1 argument", ctx)
        fmt = self._format(args[0], "system")
        convs = [c for c in self._conversions(fmt, args[0]) if c.conv != "%"]
        for c in convs:
            if c.is_agg:
                raise self.error("%@ conversion requires an aggregation and is not for use "
                                 "with system( )", args[0])
        values = self._check_values("system", convs, args[1:], 1, ctx)
        self._destructive()
        return ir.System(fmt, values, loc=self.loc(ctx))

    def _nargs(self, name: str, args, want: int, ctx) -> None:
        if len(args) != want:
            raise self.error(f"{name}( ) prototype mismatch: {len(args)} arg"
                             f"{'' if len(args) == 1 else 's'} passed, {want} expected", ctx)

    def _int_arg(self, name: str, args, i: int, proto: str) -> ir.Expr:
        """Argument i of an action, which must be an integer (DTrace's message)."""
        e = self.expr(args[i])
        have = _static_type(e)
        if have == "string":
            raise self.error(f"{name}( ) argument #{i + 1} is incompatible with prototype:\n"
                             f"\tprototype: {proto}\n\t argument: {have}", args[i])
        return e

    def _action_speculate(self, ctx, args) -> ir.Stmt:
        self._nargs("speculate", args, 1, ctx)
        return ir.Speculate(self._int_arg("speculate", args, 0, "int"), loc=self.loc(ctx))

    def _action_commit(self, ctx, args) -> ir.Stmt:
        self._nargs("commit", args, 1, ctx)
        return ir.SpecEnd("commit", self._int_arg("commit", args, 0, "int"), loc=self.loc(ctx))

    def _action_discard(self, ctx, args) -> ir.Stmt:
        self._nargs("discard", args, 1, ctx)
        return ir.SpecEnd("discard", self._int_arg("discard", args, 0, "int"), loc=self.loc(ctx))

    def _action_tracemem(self, ctx, args) -> ir.Stmt:
        if not 2 <= len(args) <= 3:
            raise self.error(f"tracemem( ) prototype mismatch: {len(args)} arg"
                             f"{'' if len(args) == 1 else 's'} passed, 2 or 3 expected", ctx)
        addr = self._int_arg("tracemem", args, 0, "pointer or integer")
        size = self.expr(args[1])
        if isinstance(size, ir.Cast) and isinstance(size.operand, ir.IntLit):
            size = size.operand
        if not isinstance(size, ir.IntLit) or size.value <= 0:
            raise self.error("tracemem( ) argument #2 must be a non-zero positive integral "
                             "constant expression", args[1])
        shown = self._int_arg("tracemem", args, 2, "int") if len(args) == 3 else None
        return ir.TraceMem(addr, size.value, shown, loc=self.loc(ctx))

    def _action_copyinto(self, ctx, args) -> ir.Stmt:
        self._nargs("copyinto", args, 3, ctx)
        protos = ("uintptr_t", "size_t", "void *")
        vals = [self._int_arg("copyinto", args, i, protos[i]) for i in range(3)]
        return ir.ExprStmt(ir.Call("copyinto", vals, loc=self.loc(ctx)), loc=self.loc(ctx))

    def _action_exit(self, ctx, args) -> ir.Stmt:
        if len(args) != 1:
            raise self.error(f"exit( ) prototype mismatch: {len(args)} args passed, 1 expected", ctx)
        return ir.Exit(self.expr(args[0]), loc=self.loc(ctx))

    def _agg_ref(self, ctx) -> ir.Global:
        prim = _primary(ctx)
        if not isinstance(prim, P.AggPrimaryContext):
            raise self.error("expected an aggregation (@name)", ctx)
        name = self._agg_ir_name(prim.getText())
        if name not in self.aggs:
            raise self.error(f"unknown aggregation '{prim.getText()}'", ctx)
        return self.aggs[name]

    def _format(self, ctx, func: str) -> str:
        prim = _primary(ctx)
        if not isinstance(prim, P.StringPrimaryContext):
            raise self.error(f"the format of {func}() must be a string literal", ctx)
        return self._string(prim.STRING_LIT().getSymbol())

    def _conversions(self, fmt: str, node):
        try:
            return conversions(fmt)
        except FormatError as e:
            raise self.error(str(e), node) from None

    def _agg_target(self, ctx):
        """(name, key contexts, node) if ctx is `@a` or `@a[keys]`, else None."""
        prim = _primary(ctx)
        if isinstance(prim, P.AggPrimaryContext):
            return self._agg_ir_name(prim.getText()), [], prim
        ctx = _unparen(ctx)
        if isinstance(ctx, P.IndexExprContext):
            prim = _primary(ctx.expr())
            if isinstance(prim, P.AggPrimaryContext):
                return self._agg_ir_name(prim.getText()), ctx.exprList().expr(), prim
        return None

    def _agg_update(self, ctx: P.AssignExprContext) -> ir.Stmt:
        name, key_ctxs, node = self._agg_target(ctx.expr(0))
        shown = node.getText()
        if ctx.op.text != "=":
            raise self.error(f"aggregation {shown} can only be assigned with '='", ctx.op)
        call = _primary(ctx.expr(1))
        fname = call.IDENT().getText() if isinstance(call, P.CallPrimaryContext) else None
        if fname in tables.UNSUPPORTED_AGG_FUNCS:
            raise self.unsupported(f"aggregating function {fname}()", call)
        if fname not in tables.AGG_FUNCS:
            raise self.error(f"aggregation {shown} must be assigned an aggregating function "
                             f"({', '.join(tables.AGG_FUNCS)})", ctx.expr(1))
        arg_ctxs = call.exprList().expr() if call.exprList() else []
        lo_args, hi_args, incr_at = tables.AGG_ARITY[fname]
        if incr_at is not None and len(arg_ctxs) == incr_at + 1:
            raise self.unsupported(f"{fname}() with an increment (argument #{incr_at})", call)
        if not lo_args <= len(arg_ctxs) <= hi_args:
            want = str(lo_args) if lo_args == hi_args else f"{lo_args} or {hi_args}"
            raise self.error(f"{fname}() takes {want} argument(s)", call)
        keys = [self._agg_key(k) for k in key_ctxs]
        self.stack_keys[name] = {i for i, k in enumerate(keys) if isinstance(k, ir.UStack)}
        args = [self.expr(a) for a in arg_ctxs]
        if fname in tables.HIST_AGG_FUNCS:
            args = self._hist_params(fname, args, arg_ctxs, call)
        g = self.aggs.get(name)
        if g is None:
            g = self._declare(ir.Global(name, "agg", agg_func=fname, loc=self.loc(node)))
            self.agg_params[name] = args[1:]
        elif g.agg_func != fname:
            # dt_cook_op2's D_AGG_REDEF wording
            raise self.error(f"aggregation redefined: {shown}\n\t current: {shown} = {fname}( )\n"
                             f"\tprevious: {shown} = {g.agg_func}( ) : line {g.loc.line}", call)
        elif fname in tables.HIST_AGG_FUNCS and self.agg_params[name] != args[1:]:
            have = ", ".join(str(a.value) for a in self.agg_params[name])
            here = ", ".join(str(a.value) for a in args[1:])
            raise self.error(f"{fname}() parameters ({here}) do not match those at "
                             f"{g.loc.line}:{g.loc.col} ({have})", call)
        self._check_arity(name, len(keys), node)
        return ir.AggUpdate(name, keys, fname, args, loc=self.loc(ctx))

    def _hist_params(self, fname: str, args: list[ir.Expr], ctxs, call) -> list[ir.Expr]:
        """quantize/lquantize/llquantize: the value, then integer constants (lquantize's
        step defaults to 1), checked as DTrace checks them."""
        for i, (a, c) in enumerate(zip(args[1:], ctxs[1:]), 1):
            folded = constfold.const_int(a)
            if folded is not None and not isinstance(a, ir.IntLit):
                a = args[i] = ir.IntLit(folded, loc=a.loc)
            if not isinstance(a, ir.IntLit):
                raise self.error(f"{fname}( ) argument #{i} must be an integer constant", c)
        if fname == "lquantize" and len(args) == 3:
            args = args + [ir.IntLit(1, loc=args[2].loc)]
        why = aggspec.validate(fname, [a.value for a in args[1:]])
        if why:
            raise self.error(why, call)
        return args


def _parse_time_constant(e: ir.Expr) -> bool:
    """Whether dtrace's parser knows `e`'s value: an integer constant expression, a
    translation's `$1` among its terms (a run substitutes the argument's text first)."""
    def as_one(x):
        return ir.IntLit(1, loc=x.loc) if isinstance(x, ir.ScriptArg) and not x.as_string else x
    return int_value(ir.map_tree(copy.deepcopy(e), as_one)) is not None
