"""Lower a D parse tree to the IR.

D leaves several behaviours implicit; the lowering writes them out:
  * every aggregation not printed by printa() is dumped after all END clauses,
    as PrintAgg(layout='dtrace') statements in a new END probe;
  * `#pragma D option quiet` / `dtrace -q` become Program.options['quiet'];
  * at return probes D hands the return value over in arg0/arg1, which become
    Builtin('retval');
  * the anonymous aggregation `@` is named '_' (the IR needs a name).
Variables spring into existence at their first assignment in source order, as
in DTrace; reading one earlier is an "unknown identifier" error.
"""

from __future__ import annotations

import copy
import re
from signal import SIGSTOP
from typing import Optional

from antlr4 import Token

from xtrace.frontends.common import loc_of
from xtrace.grammars.generated.d.DParser import DParser as P
from xtrace.ir import aggspec
from xtrace.ir import nodes as ir
from xtrace.ir.builtins import FUNCTIONS, arity
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.types import UINT64, Type

from . import constfold, tables, translators
from .formats import (EscapeError, FormatError, canonical_agg_flags, conversions, decode_escapes,
                      strip_agg_flag)
from .probes import points_for

ANON_AGG = "_"  # IR name of D's anonymous aggregation `@`
MATCHED_NOTICE = "dtrace: script '{file}' matched {n} probe{s}"
_MAX_U64 = (1 << 64) - 1


def _unparen(ctx):
    """Strip `( ... )` around an expression context."""
    while isinstance(ctx, P.PrimaryExprContext) and isinstance(ctx.primary(), P.ParenPrimaryContext):
        ctx = ctx.primary().expr()
    return ctx


def _primary(ctx):
    """The primary of a (parenthesised) primary expression, else None."""
    ctx = _unparen(ctx)
    return ctx.primary() if isinstance(ctx, P.PrimaryExprContext) else None


def _agg_name(tok_text: str) -> str:
    return tok_text[1:] or ANON_AGG


def _comment_text(raw: str) -> str:
    """The text of a `//` or `/* */` comment without its delimiters."""
    body = raw[2:] if raw.startswith("//") else raw[2:-2]
    return body.strip()


_RECORDING_STMTS = (ir.Printf, ir.PrintAgg, ir.Trace, ir.Exit, ir.AggControl, ir.SetOpt, ir.System, ir.PrintStack,
                    ir.TraceMem)


def _records_data(body: ir.Block) -> bool:
    """Does DTrace record data for this clause (and so frame it when not quiet)?
    Yes with a data-recording action anywhere in it, or with no action at all
    (DTrace's default action); not when it only updates variables or aggregations."""
    stmts = [s for s in ir.walk(body) if not isinstance(s, (ir.Block, ir.Comment, ir.Expr))]
    return not stmts or any(isinstance(s, _RECORDING_STMTS) for s in stmts)


class Lowering:
    """One D script being lowered; call `program(tree)` once."""

    def __init__(self, filename: str, source: str, tokens) -> None:
        self.file = filename
        self.source = source
        self.tokens = tokens
        self.globals: list[ir.Global] = []
        self.vars: dict[str, ir.Global] = {}      # scalars and maps by name
        self.aggs: dict[str, ir.Global] = {}      # aggregations by IR name
        self.arity: dict[str, int] = {}           # map / aggregation key counts
        self.thread_vars: set[str] = set()
        self.local_vars: set[str] = set()
        self.printed: set[str] = set()            # aggregations printa() prints
        self.agg_params: dict[str, list] = {}      # histogram parameters by aggregation
        # ctypes: integer constants and arithmetic have C's types (int, long long, ...),
        # and printf/trace/aggregation keys show values at their type's width.
        self.options: dict = {"quiet": False, "matched_notice": MATCHED_NOTICE, "ctypes": True}
        self.inlines: dict[str, tuple[Type, ir.Expr]] = {}  # `inline` constants
        self.sort_by = "value"
        self.descending = False
        self.zdefs = False
        self.points: list[ir.ProbePoint] = []     # points of the clause being lowered

    # ------------------------------------------------------------- helpers

    def loc(self, node) -> Loc:
        return loc_of(self.file, node)

    def error(self, message: str, node) -> XtraceError:
        loc = node if isinstance(node, Loc) else self.loc(node)
        return XtraceError(message, loc, self.source)

    def unsupported(self, what: str, node) -> XtraceError:
        return self.error(f"{what} is not supported yet", node)

    def _declare(self, g: ir.Global) -> ir.Global:
        if g.name in self.vars or g.name in self.aggs:
            raise self.error(f"'{g.name}' is used both as a variable and as an aggregation; "
                             "this is not supported yet", g.loc)
        (self.aggs if g.kind == "agg" else self.vars)[g.name] = g
        self.globals.append(g)
        return g

    def _check_arity(self, name: str, n: int, node) -> None:
        want = self.arity.setdefault(name, n)
        if want != n:
            raise self.error(f"'{name}' is indexed with {n} key(s) here but {want} elsewhere", node)

    # ------------------------------------------------------------- program

    def program(self, tree: P.ProgramContext) -> ir.Program:
        items = tree.topItem()
        for item in items:  # options are global, whatever their position
            if isinstance(item, P.DirectiveItemContext):
                self._directive(item.DIRECTIVE().getSymbol())
        probes: list[ir.Probe] = []
        for item in items:
            if isinstance(item, P.ClauseItemContext):
                probes.append(self._clause(item.clause()))
            elif isinstance(item, P.DeclarationItemContext):
                self._declaration(item.declaration())
            elif isinstance(item, P.InlineItemContext):
                self._inline(item.inlineDecl())
        self._implicit_dump(probes, tree.EOF().getSymbol())
        prog = ir.Program(self.file, "d", self.globals, probes, options=self.options,
                          source=self.source)
        return prog

    def _implicit_dump(self, probes: list[ir.Probe], eof: Token) -> None:
        """D prints every aggregation printa() never printed after the END clauses."""
        dump = [ir.PrintAgg(g.name, "dtrace", value_func=g.agg_func or "count",
                            sort_by=self.sort_by, descending=self.descending, loc=g.loc)
                for g in self.globals if g.kind == "agg" and g.name not in self.printed]
        if dump:
            loc = self.loc(eof)
            probes.append(ir.Probe([ir.ProbePoint("end", spelling="END", loc=loc)],
                                   ir.Block(dump, loc=loc), loc=loc, implicit=True))

    # ---------------------------------------------------- directives, options

    def _directive(self, tok: Token) -> None:
        text = tok.text
        if text.startswith("#!"):
            if tok.line == 1:
                self._shebang(text)
                return
            raise self.error("'#!' is only meaningful on the first line", tok)
        words = text[1:].split()
        if not words or words[0] in ("line",) or words[0].isdigit():
            return  # cpp line markers carry no meaning for us
        if words[0] != "pragma":
            raise self.error(f"C preprocessor directive '#{words[0]}' is not supported "
                             "(dtrace -C)", tok)
        if len(words) >= 2 and words[1] == "ident":
            return
        if len(words) < 2 or words[1] != "D":
            raise self.error("unknown #pragma (expected '#pragma D ...')", tok)
        if len(words) >= 3 and words[2] in ("depends_on", "attributes", "binding"):
            return  # stability and dependency annotations, no run-time effect
        if len(words) != 4 or words[2] != "option":
            raise self.error("invalid #pragma D directive (expected '#pragma D option NAME[=VALUE]')",
                             tok)
        name, _, value = words[3].partition("=")
        self._apply_option(name, value, tok)

    def _shebang(self, text: str) -> None:
        # `#!/usr/sbin/dtrace -qs`: the interpreter flags are options too.
        for arg in text[2:].split()[1:]:
            if arg.startswith("-") and not arg.startswith("--"):
                if "q" in arg:
                    self.options["quiet"] = True
                if "Z" in arg:
                    self.zdefs = True

    def _apply_option(self, name: str, value: str, tok: Token) -> None:
        if name == "quiet":
            self.options["quiet"] = True
        elif name == "destructive":
            self.options["destructive"] = True
        elif name in ("aggsortkey", "aggsortrev", "aggsortpos", "aggsortkeypos"):
            self._agg_sort_option(name, value, tok)
        elif name == "zdefs":
            self.zdefs = True
        elif name == "strsize":
            m = re.fullmatch(r"(\d+)([kKmMgG]?)", value)
            if not m:
                raise self.error(f"failed to set option 'strsize' to '{value}': "
                                 "Invalid value for specified option", tok)
            scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
            self.options.setdefault("limits", {})["MAXSTRINGLEN"] = int(m.group(1)) * scale
        elif name == "dynvarsize":
            m = re.fullmatch(r"(\d+)([kKmMgG]?)", value)
            if not m:
                raise self.error(f"failed to set option 'dynvarsize' to '{value}': "
                                 "Invalid value for specified option", tok)
            scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
            self.options.setdefault("limits", {})["DYNVARSIZE"] = int(m.group(1)) * scale
        elif name in ("ustackframes", "stackframes"):
            if not value.isdigit() or not 1 <= int(value) <= 1024:
                raise self.error(f"failed to set option '{name}' to '{value}': "
                                 "Invalid value for specified option", tok)
            self.options.setdefault("limits", {})[name.upper()] = int(value)
        elif name in ("nspec", "specsize", "scratchsize"):
            m = re.fullmatch(r"(\d+)([kKmMgG]?)", value)
            if not m:
                raise self.error(f"failed to set option '{name}' to '{value}': "
                                 "Invalid value for specified option", tok)
            scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
            limit = {"nspec": "NSPEC", "specsize": "SPECSIZE", "scratchsize": "SCRATCHSIZE"}[name]
            self.options.setdefault("limits", {})[limit] = int(m.group(1)) * scale
        elif name in tables.IGNORED_OPTIONS:
            pass
        elif name in tables.UNSUPPORTED_OPTIONS:
            raise self.unsupported(f"option '{name}'", tok)
        else:
            # dtrace's wording (dt_pragma.c + dtrace_setopt's EDT_BADOPTNAME)
            raise self.error(f"failed to set option '{name}'" + (f" to '{value}'" if value else "")
                             + ": Invalid option name", tok)

    def _agg_sort_option(self, name: str, value: str, tok) -> None:
        """aggsortkey/aggsortrev (toggles) and aggsortpos/aggsortkeypos (numbers): kept
        in Program.options['aggsort'] for the driver, which sorts every printa."""
        opts = self.options.setdefault("aggsort", {})
        if name in ("aggsortpos", "aggsortkeypos"):
            if not value.isdigit():
                raise self.error(f"invalid value '{value}' for option {name}", tok)
            opts[name] = int(value)
            return
        opts[name] = True
        if name == "aggsortkey":
            self.sort_by = "key"
        else:
            self.descending = True

    # ------------------------------------------------------- declarations

    def _type_of(self, ctx, node) -> Type:
        words = [c.getText() for c in ctx.getChildren()
                 if not isinstance(c, P.TypeQualContext)]
        if "*" in words:
            raise self.unsupported("a pointer type", node)
        spelled = " ".join(w for w in words if w != "*")
        if spelled.startswith(("struct", "union", "enum")):
            raise self.unsupported(f"type '{spelled}'", node)
        if spelled not in tables.TYPES:
            raise self.unsupported(f"type '{spelled}'", node)
        return tables.TYPES[spelled]

    def _inline(self, ctx: P.InlineDeclContext) -> None:
        """`inline TYPE NAME = expr;`: every later use of NAME is expr converted to TYPE."""
        name = ctx.IDENT().getText()
        if ctx.getChild(2).getText() == "*":
            raise self.unsupported("a pointer inline", ctx)
        vtype = self._type_of(ctx.declType(), ctx.declType())
        if name in tables.BUILTIN_VARS or name in self.vars or name in self.inlines:
            raise self.error(f"failed to define inline {name}: identifier redeclared", ctx)
        value = self.expr(ctx.expr())
        if vtype.is_int and _static_type(value) == "string" or vtype.is_str and \
                _static_type(value) not in (None, "string"):
            raise self.error(f"inline {name} definition uses incompatible types", ctx.expr())
        if vtype.is_int:
            value = ir.Cast(vtype, value, loc=value.loc)
        self.inlines[name] = (vtype, value)

    def _declaration(self, ctx: P.DeclarationContext) -> None:
        vtype = self._type_of(ctx.declType(), ctx.declType())
        for d in ctx.declarator():
            name = d.IDENT().getText()
            if d.getChild(0).getText() == "*":
                raise self.unsupported("a pointer variable", d)
            if ctx.scope is not None:
                if d.LBRACK():
                    raise self.unsupported(f"a {ctx.scope.text}-> associative array", d)
                (self.thread_vars if ctx.scope.text == "self" else self.local_vars).add(name)
                if ctx.scope.text == "self" and vtype.kind != "void":
                    # `self string s;`: the type holds before the first assignment.
                    self.options.setdefault("thread_types", {})[name] = vtype
                continue
            if name in tables.BUILTIN_VARS or name in tables.UNSUPPORTED_VARS:
                raise self.error(f"cannot redeclare built-in variable '{name}'", d)
            if name in self.vars:
                raise self.error(f"'{name}' is already declared", d)
            if d.LBRACK() is None:
                self._declare(ir.Global(name, "scalar", type=vtype, loc=self.loc(d)))
                continue
            if d.INT() is not None or d.declKeys() is None:
                raise self.unsupported("a scalar array", d)
            keys = [self._type_of(t, t) for t in d.declKeys().typeName()]
            self.arity[name] = len(keys)
            self._declare(ir.Global(name, "map", type=vtype, key_types=keys, loc=self.loc(d)))

    # ------------------------------------------------------------- clauses

    def _comments_before(self, token_index: int) -> list[str]:
        hidden = self.tokens.getHiddenTokensToLeft(token_index) or []
        return [_comment_text(t.text) for t in hidden]

    def _clause(self, ctx: P.ClauseContext) -> ir.Probe:
        points: list[ir.ProbePoint] = []
        for desc in ctx.probeDescList().probeDesc():
            points += points_for(self._desc_text(desc), self.loc(desc), self.source, self.zdefs)
        self.points = points
        pred = self.expr(ctx.predicate().expr()) if ctx.predicate() else None
        body = self._block(ctx.block())
        self._check_speculation(body)
        return ir.Probe(points, body, pred, loc=self.loc(ctx),
                        comments=self._comments_before(ctx.start.tokenIndex),
                        framed=_records_data(body))

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
            elif isinstance(s, _RECORDING_STMTS + (ir.PrintStack,)):
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

    def _desc_text(self, desc: P.ProbeDescContext) -> str:
        """The description's source text; its tokens must touch (no blanks inside)."""
        toks = [t.start for t in desc.probeToken()]  # each probeToken is one token
        for prev, tok in zip(toks, toks[1:]):
            if tok.start != prev.stop + 1:
                raise self.error("unexpected blank inside a probe description "
                                 "(missing ',' between descriptions?)", tok)
        return self.source[toks[0].start:toks[-1].stop + 1]

    def _block(self, ctx: P.BlockContext) -> ir.Block:
        stmts: list[ir.Stmt] = []
        for s in ctx.statement():
            self._comments_into(stmts, s.start.tokenIndex)
            stmts += self._statement(s)
        tail = ctx.tailStatement()
        if tail is not None:
            self._comments_into(stmts, tail.start.tokenIndex)
            stmts += self._expr_statement(tail.expr())
        self._comments_into(stmts, ctx.RBRACE().getSymbol().tokenIndex)
        return ir.Block(stmts, loc=self.loc(ctx))

    def _comments_into(self, stmts: list[ir.Stmt], token_index: int) -> None:
        for tok in self.tokens.getHiddenTokensToLeft(token_index) or []:
            stmts.append(ir.Comment(_comment_text(tok.text), loc=self.loc(tok)))

    def _statement(self, ctx) -> list[ir.Stmt]:
        if isinstance(ctx, P.ExprStatementContext):
            return self._expr_statement(ctx.expr())
        if isinstance(ctx, P.EmptyStatementContext):
            return []
        if isinstance(ctx, P.BlockStatementContext):
            return [self._block(ctx.block())]
        if isinstance(ctx, P.IfStatementContext):
            cond = self.expr(ctx.expr())
            then = self._branch(ctx.statement(0))
            else_ = None
            if ctx.statement(1) is not None:
                s = ctx.statement(1)
                # `else if` stays an If so it prints back as `else if`.
                else_ = self._statement(s)[0] if isinstance(s, P.IfStatementContext) else self._branch(s)
            return [ir.If(cond, then, else_, loc=self.loc(ctx))]
        raise self.error("unexpected statement", ctx)  # pragma: no cover

    def _branch(self, ctx) -> ir.Block:
        """An if/else body, always as a Block (so `if (x) y;` equals `if (x) { y; }`)."""
        if isinstance(ctx, P.BlockStatementContext):
            return self._block(ctx.block())
        return ir.Block(self._statement(ctx), loc=self.loc(ctx))

    # --------------------------------------------------------- statements

    def _expr_statement(self, ctx) -> list[ir.Stmt]:
        inner = _unparen(ctx)
        prim = _primary(inner)
        if isinstance(prim, P.CallPrimaryContext):
            name = prim.IDENT().getText()
            args = prim.exprList().expr() if prim.exprList() else []
            if name in tables.ACTIONS:
                return [getattr(self, f"_action_{name}")(prim, args)]
            if name in tables.AGG_FUNCS or name in tables.UNSUPPORTED_AGG_FUNCS:
                raise self.error(f"{name}() must be assigned to an aggregation "
                                 f"(@name[keys] = {name}(...))", prim)
        if isinstance(inner, P.AssignExprContext) and self._agg_target(inner.expr(0)) is not None:
            return [self._agg_update(inner)]
        if isinstance(inner, P.TernaryExprContext) and any(
                self._is_action(inner.expr(i)) for i in (1, 2)):
            # `c ? printf(a) : printf(b);`, `OPT_time ? printf(...) : 1;` (the
            # DTraceToolkit's cpuwalk.d, execsnoop): DTrace runs the branch taken,
            # as an if/else would.
            branches = [ir.Block(self._expr_statement(inner.expr(i)), loc=self.loc(inner.expr(i)))
                        for i in (1, 2)]
            return [ir.If(self.expr(inner.expr(0)), branches[0], branches[1], loc=self.loc(ctx))]
        return [ir.ExprStmt(self.expr(ctx), loc=self.loc(ctx))]

    def _is_action(self, ctx) -> bool:
        """Whether expression `ctx` is an action call (or a ?: of action calls)."""
        inner = _unparen(ctx)
        if isinstance(inner, P.TernaryExprContext):
            return any(self._is_action(inner.expr(i)) for i in (1, 2))
        prim = _primary(inner)
        return isinstance(prim, P.CallPrimaryContext) and prim.IDENT().getText() in tables.ACTIONS

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
            if have is not None and (have == "string") != want_str or \
                    (have is not None and c.conv in "eEfFgG"):
                proto = _PROTOTYPES.get(name, _PROTOTYPES.get(c.conv, "int"))
                raise self.error(f"{func}( ) argument #{j + foff + 1} is incompatible with "
                                 f"conversion #{i} prototype:\n\tconversion: %{name}\n"
                                 f"\t prototype: {proto}\n\t  argument: {have}", arg_ctxs[j])
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
        if any(c.width == "*" or c.prec == "*" for c in convs):
            raise self.unsupported("a '*' width or precision in a printa() format", fmt_ctx)
        if len(convs) - len(aggs) > nkeys:
            raise self.error(f"printa( ) prototype mismatch: conversion #{nkeys + len(aggs) + 1} "
                             f"is missing a corresponding value argument ({args[0].getText()} "
                             f"has {nkeys} key(s))", ctx)
        if len(gs) == 1 and len(aggs) == 1 and convs[-1] is aggs[0] and len(convs) - 1 == nkeys:
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

    def _agg_key(self, ctx) -> ir.Expr:
        """One key of an aggregation: an expression, or stack()/ustack() (a stack key)."""
        prim = _primary(_unparen(ctx))
        name = prim.IDENT().getText() if isinstance(prim, P.CallPrimaryContext) else None
        if name in ("stack", "ustack"):
            args = prim.exprList().expr() if prim.exprList() else []
            return ir.UStack(self._ustack_depth(prim, args, name), kernel=name == "stack", loc=self.loc(prim))
        return self.expr(ctx)

    def _ustack_depth(self, ctx, args, name: str = "ustack") -> Optional[int]:
        """The frame count of ustack(n) or stack(n) (None: ustackframes / stackframes)."""
        if len(args) > (2 if name == "ustack" else 1):
            raise self.error(f"{name}( ) accepts no more than {2 if name == 'ustack' else 1} "
                             f"argument{'s' if name == 'ustack' else ''}", ctx)
        depth = None
        if args:
            n = self.expr(args[0])
            if isinstance(n, ir.Cast) and isinstance(n.operand, ir.IntLit):
                n = n.operand
            if not isinstance(n, ir.IntLit) or n.value <= 0:
                raise self.error(f"{name}( ) argument #1 must be a non-zero positive integral constant "
                                 "expression", args[0])
            depth = min(n.value, 1024)
        return depth

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
        name = _agg_name(prim.getText())
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
            return _agg_name(prim.getText()), [], prim
        ctx = _unparen(ctx)
        if isinstance(ctx, P.IndexExprContext):
            prim = _primary(ctx.expr())
            if isinstance(prim, P.AggPrimaryContext):
                return _agg_name(prim.getText()), ctx.exprList().expr(), prim
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
        args = [self.expr(a) for a in arg_ctxs]
        if fname in tables.HIST_AGG_FUNCS:
            args = self._hist_params(fname, args, arg_ctxs, call)
        g = self.aggs.get(name)
        if g is None:
            g = self._declare(ir.Global(name, "agg", agg_func=fname, loc=self.loc(node)))
            self.agg_params[name] = args[1:]
        elif g.agg_func != fname:
            raise self.error(f"aggregation {shown} is {fname}() here but {g.agg_func}() at "
                             f"{g.loc.line}:{g.loc.col}", call)
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

    # --------------------------------------------------------- expressions

    def expr(self, ctx) -> ir.Expr:
        """Lower an expression used for its value."""
        return getattr(self, f"_x_{type(ctx).__name__}")(ctx)

    def _x_PrimaryExprContext(self, ctx):
        return getattr(self, f"_p_{type(ctx.primary()).__name__}")(ctx.primary())

    def _x_IndexExprContext(self, ctx):
        base = _primary(ctx.expr())
        if isinstance(base, P.IdentPrimaryContext):
            name = base.getText()
            g = self.vars.get(name)
            if g is None:
                keys = ctx.exprList().expr()
                if name == "args" and len(keys) == 1 and re.fullmatch(r"\d", keys[0].getText()):
                    translated = self._provider_arg(int(keys[0].getText()), None, ctx)
                    if translated is not None:
                        return translated
                    # args[N] as the integer argument N (fbt, tracepoint:...)
                    return ir.Builtin(f"arg{keys[0].getText()}", loc=self.loc(ctx))
                if name in tables.BUILTIN_VARS or name in tables.UNSUPPORTED_VARS:
                    raise self.unsupported(f"indexing built-in variable '{name}'", ctx)
                raise self.error(f"unknown identifier '{name}'", base)
            if g.kind != "map":
                raise self.error(f"'{name}' is a scalar, not an associative array", base)
            keys = [self.expr(k) for k in ctx.exprList().expr()]
            self._check_arity(name, len(keys), ctx)
            return ir.Index(name, keys, loc=self.loc(ctx))
        if isinstance(base, P.AggPrimaryContext):
            raise self.error("aggregations cannot be read in expressions; use printa()", ctx)
        if isinstance(base, (P.SelfPrimaryContext, P.ThisPrimaryContext)):
            raise self.unsupported("an associative array in a self-> or this-> variable", ctx)
        raise self.unsupported("indexing anything but an associative array", ctx)

    def _provider_arg(self, index: int, member, ctx):
        """args[index] (->member) of a translated provider probe, or None."""
        aliases = [p.alias for p in self.points if p.kind == "tracepoint" and p.alias]
        if not aliases:
            return None
        if len(aliases) != len(self.points):
            aliases = aliases + ["(another kind of probe)"]
        try:
            return translators.provider_arg(aliases, index, member, self.loc(ctx))
        except translators.TranslatorError as ex:
            raise self.error(str(ex), ctx) from None

    def _x_MemberExprContext(self, ctx):
        # `p->a.b`: one kernel read of member path [a, b] of what p points to.
        name = ctx.name().getText()
        inner = ctx.expr()
        if ctx.op.text == "->" and isinstance(inner, P.IndexExprContext):
            base = _primary(inner.expr())
            keys = inner.exprList().expr() if inner.exprList() else []
            if (isinstance(base, P.IdentPrimaryContext) and base.getText() == "args"
                    and "args" not in self.vars and len(keys) == 1
                    and re.fullmatch(r"\d", keys[0].getText())):
                translated = self._provider_arg(int(keys[0].getText()), name, ctx.name())
                if translated is not None:
                    return translated
        special = self._translated_var(inner, ctx.op.text, name, ctx)
        if special is not None:
            return special
        base = self.expr(ctx.expr())
        if ctx.op.text == ".":
            if not isinstance(base, ir.KernelMember):
                raise self.unsupported("the member operator '.' on anything but a kernel "
                                       "structure member", ctx.op)
            return ir.KernelMember(base.base, base.path + [name], loc=base.loc)
        return ir.KernelMember(base, [name], loc=self.loc(ctx.op))

    def _translated_var(self, inner, op: str, member: str, ctx) -> "ir.Expr | None":
        """curpsinfo->member, curlwpsinfo->member and fds[fd].member (D's built-in
        translated variables), or None when `inner` is none of them."""
        base = _primary(inner)
        try:
            if isinstance(base, P.IdentPrimaryContext) and base.getText() in translators.CURRENT \
                    and base.getText() not in self.vars:
                if op != "->":
                    raise translators.TranslatorError(f"{base.getText()} is a pointer: use '->'")
                return translators.current(base.getText(), member, self.loc(ctx.name()))
            inner = _unparen(inner)
            if isinstance(inner, P.IndexExprContext) and "fds" not in self.vars:
                ident = _primary(inner.expr())
                keys = inner.exprList().expr() if inner.exprList() else []
                if isinstance(ident, P.IdentPrimaryContext) and ident.getText() == "fds":
                    if len(keys) != 1:
                        raise translators.TranslatorError("fds[] takes one index, a file descriptor")
                    if op != ".":
                        raise translators.TranslatorError("fds[fd] is a fileinfo_t, not a pointer: "
                                                          "use '.'")
                    return translators.fds(self.expr(keys[0]), keys[0].getText(), member,
                                           self.loc(ctx.name()))
        except translators.TranslatorError as ex:
            raise self.error(str(ex), ctx.name()) from None
        return None

    def _x_PostIncDecExprContext(self, ctx):
        # D declares a variable whose first use is `x++` (an int starting at 0).
        return ir.IncDec(self._lvalue(ctx.expr(), declare=True), ctx.op.text, False,
                         loc=self.loc(ctx))

    def _x_PreIncDecExprContext(self, ctx):
        return ir.IncDec(self._lvalue(ctx.expr(), declare=True), ctx.op.text, True,
                         loc=self.loc(ctx))

    def _x_UnaryExprContext(self, ctx):
        op = ctx.op.text
        if op in ("*", "&"):
            raise self.unsupported(f"the pointer operator '{op}'", ctx.op)
        operand = self.expr(ctx.expr())
        if op == "-" and isinstance(operand, ir.IntLit):
            # Fold so a negative constant is one IntLit, as the printer writes it.
            return ir.IntLit(-operand.value, loc=self.loc(ctx))
        return ir.Unary(op, operand, loc=self.loc(ctx))

    def _cast_type(self, words: list[str], node) -> Type:
        """The IR type of a cast's type name (a pointer is a 64-bit unsigned address)."""
        if "*" in words:
            return UINT64
        spelled = " ".join(words)
        t = tables.TYPES.get(spelled)
        if t is None or not t.is_int:
            raise self.unsupported(f"a cast to '{spelled}'", node)
        return t

    def _cast(self, t: Type, ctx) -> ir.Expr:
        operand = self.expr(ctx.expr())
        if _static_type(operand) == "string":
            raise self.error("invalid cast expression: cannot cast a string to an integer", ctx)
        return ir.Cast(t, operand, loc=self.loc(ctx))

    def _x_CastExprContext(self, ctx):
        ctype = _struct_pointer(ctx.castType())
        if ctype is not None:
            return ir.KernelCast(self.expr(ctx.expr()), ctype, loc=self.loc(ctx))
        ct = ctx.castType()
        words = [c.getText() for c in ct.getChildren() if not isinstance(c, P.TypeQualContext)]
        if words in (["char", "*"], ["string"]):
            # `(char *)curpsinfo->pr_psargs` (iosnoop): a string taken as char * stays
            # the string.
            operand = self.expr(ctx.expr())
            value = operand.value if isinstance(operand, ir.Translated) else operand
            if _static_type(value) == "string":
                return operand
        return self._cast(self._cast_type(words, ct), ctx)

    def _x_SizeofExprContext(self, ctx):
        loc = self.loc(ctx)
        tn = ctx.typeName()
        if tn is not None:
            words = [c.getText() for c in tn.getChildren() if not isinstance(c, P.TypeQualContext)]
            if "*" in words:
                return ir.IntLit(tables.SIZEOF_POINTER, loc=loc)
            t = tables.TYPES.get(" ".join(words))
            if t is None and len(words) == 1 and tn.IDENT() is not None:
                # `sizeof(x)` of a variable parses as a type name: size its value.
                e = self._p_IdentPrimaryContext(tn)
            elif t is None or t.kind == "void":
                raise self.unsupported(f"sizeof({' '.join(words)})", tn)
            else:
                return ir.IntLit(self._sizeof(t), loc=loc)
        else:
            e = self.expr(ctx.expr())
        t = self._static_ir_type(e)
        if t is None:
            raise self.unsupported(f"sizeof of '{(tn or ctx.expr()).getText()}' (its type is not "
                                   "known when the script is compiled)", ctx)
        return ir.IntLit(self._sizeof(t), loc=loc)

    def _sizeof(self, t: Type) -> int:
        if t.is_str:
            return self.options.get("limits", {}).get("MAXSTRINGLEN", 256)
        return t.bits // 8

    def _static_ir_type(self, e: ir.Expr) -> Type | None:
        """The D type of `e` where the lowering knows it (for sizeof)."""
        from xtrace.ir.builtins import BUILTINS
        if isinstance(e, ir.Cast):
            return e.to
        if isinstance(e, ir.IntLit):
            return tables.TYPES["int"] if -(1 << 31) <= e.value < (1 << 31) else tables.TYPES["long long"]
        if isinstance(e, ir.Var) and e.scope == "global" and e.name in self.vars:
            return self.vars[e.name].type
        if isinstance(e, ir.Builtin) and e.name in BUILTINS:
            return BUILTINS[e.name][0]
        if _static_type(e) == "string":
            return tables.TYPES["string"]
        return None

    def _x_StringofExprContext(self, ctx):
        # stringof((char *)addr) reads a kernel string; other uses format values.
        inner = _unparen(ctx.expr())
        if isinstance(inner, P.CastExprContext) and inner.castType().getText() == "char*":
            return ir.Call("kernel_string", [self.expr(inner.expr())], loc=self.loc(ctx))
        if isinstance(inner, P.MemberExprContext):
            # A char pointer member is read as a string; a char array member is one already.
            return ir.Call("kernel_string", [self.expr(inner)], loc=self.loc(ctx))
        # stringof of a string is the string; of an integer (an address) the
        # kernel string there, as DTrace treats a scalar operand.
        value = self.expr(ctx.expr())
        have = _static_type(value)
        if have == "string":
            return value
        # Of a variable: analysis decides by its type (a string stays itself; an
        # address, such as a copyin() buffer kept in this->buf, is read).
        return ir.Call("kernel_string", [value], loc=self.loc(ctx))

    def _x_BinaryExprContext(self, ctx):
        null_test = self._null_test(ctx)
        if null_test is not None:
            return null_test
        lhs, rhs = self.expr(ctx.expr(0)), self.expr(ctx.expr(1))
        loc = self.loc(ctx)
        if ctx.op.text == "^^":
            # Logical xor: true when exactly one side is true, i.e. !a != !b.
            return ir.Binary("!=", ir.Unary("!", lhs, loc=loc), ir.Unary("!", rhs, loc=loc), loc=loc)
        return ir.Binary(ctx.op.text, lhs, rhs, loc=loc)

    def _null_test(self, ctx) -> ir.Expr | None:
        """`strstr(s, t) != NULL` (or 0, either side, == too): the IR has no
        NULL string, so test what NULL means: strstr's needle is absent
        (index -1), strchr/strrchr's result is empty."""
        if ctx.op.text not in ("==", "!="):
            return None
        a, b = _unparen(ctx.expr(0)), _unparen(ctx.expr(1))
        if a.getText() in ("NULL", "0"):
            a, b = b, a
        if b.getText() not in ("NULL", "0"):
            return None
        prim = _primary(a)
        if not isinstance(prim, P.CallPrimaryContext) or \
                prim.IDENT().getText() not in ("strstr", "strchr", "strrchr"):
            return None
        call = self.expr(a)
        loc = self.loc(ctx)
        if call.name == "strstr":
            return ir.Binary(ctx.op.text, ir.Call("index", call.args, loc=call.loc),
                             ir.IntLit(-1, loc=loc), loc=loc)
        return ir.Binary(ctx.op.text, call, ir.StrLit("", loc=loc), loc=loc)

    def _x_TernaryExprContext(self, ctx):
        return ir.Ternary(self.expr(ctx.expr(0)), self.expr(ctx.expr(1)), self.expr(ctx.expr(2)),
                          loc=self.loc(ctx))

    def _x_AssignExprContext(self, ctx):
        if self._agg_target(ctx.expr(0)) is not None:
            raise self.error("an aggregation assignment must be a statement of its own", ctx)
        op = ctx.op.text
        value = self.expr(ctx.expr(1))  # the right side is read first: `x = x + 1` needs x
        target = self._lvalue(ctx.expr(0), declare=(op == "="))
        return ir.Assign(target, op, value, loc=self.loc(ctx))

    def _lvalue(self, ctx, declare: bool):
        """The Var/Index a store goes to; `declare` lets a first `=` create it."""
        ctx = _unparen(ctx)
        prim = _primary(ctx)
        loc = self.loc(ctx)
        if isinstance(prim, P.IdentPrimaryContext):
            name = prim.getText()
            self._not_builtin(name, prim)
            g = self.vars.get(name)
            if g is None:
                if not declare:
                    raise self.error(f"unknown identifier '{name}'", prim)
                g = self._declare(ir.Global(name, "scalar", loc=loc))
            if g.kind != "scalar":
                raise self.error(f"'{name}' is an associative array; index it", prim)
            return ir.Var(name, "global", loc=loc)
        if isinstance(prim, (P.SelfPrimaryContext, P.ThisPrimaryContext)):
            scope = "thread" if isinstance(prim, P.SelfPrimaryContext) else "local"
            known = self.thread_vars if scope == "thread" else self.local_vars
            name = prim.name().getText()
            if name not in known:
                if not declare:
                    raise self.error(f"unknown identifier '{prim.getText()}'", prim)
                known.add(name)
            return ir.Var(name, scope, loc=loc)
        if isinstance(ctx, P.IndexExprContext):
            base = _primary(ctx.expr())
            if isinstance(base, P.IdentPrimaryContext):
                name = base.getText()
                self._not_builtin(name, base)
                keys = [self.expr(k) for k in ctx.exprList().expr()]
                g = self.vars.get(name)
                if g is None:
                    if not declare:
                        raise self.error(f"unknown identifier '{name}'", base)
                    g = self._declare(ir.Global(name, "map", loc=self.loc(base)))
                if g.kind != "map":
                    raise self.error(f"'{name}' is a scalar, not an associative array", base)
                self._check_arity(name, len(keys), ctx)
                return ir.Index(name, keys, loc=loc)
            if isinstance(base, (P.SelfPrimaryContext, P.ThisPrimaryContext)):
                raise self.unsupported("an associative array in a self-> or this-> variable", ctx)
        raise self.error("invalid assignment target", ctx)

    def _not_builtin(self, name: str, node) -> None:
        if name in tables.BUILTIN_VARS or name in tables.UNSUPPORTED_VARS:
            raise self.error(f"cannot assign to built-in variable '{name}'", node)

    # ------------------------------------------------------------ primaries

    def _p_ParenPrimaryContext(self, ctx):
        return self.expr(ctx.expr())

    def _p_IntPrimaryContext(self, ctx):
        text = ctx.getText()
        digits = text.rstrip("uUlL")
        if digits[:2] in ("0x", "0X"):
            value = int(digits, 16)
        elif len(digits) > 1 and digits[0] == "0":
            if any(c not in "01234567" for c in digits):
                raise self.error(f"invalid digit in octal constant '{text}'", ctx)
            value = int(digits, 8)
        else:
            value = int(digits)
        if value > _MAX_U64:
            raise self.error(f"integer constant '{text}' is too large", ctx)
        lit = ir.IntLit(value, loc=self.loc(ctx))
        suffix = text[len(digits):].lower()
        if suffix:
            # C's suffixes choose the constant's type (1LL is a long long, 1U unsigned).
            wide = "l" in suffix or value >= (1 << 32) or (value >= (1 << 31) and "u" not in suffix)
            to = tables.TYPES[("unsigned " if "u" in suffix else "") + ("long long" if wide else "int")]
            return ir.Cast(to, lit, loc=lit.loc)
        return lit

    def _p_CharPrimaryContext(self, ctx):
        value = self._decode(ctx.CHAR_LIT().getSymbol())
        if len(value) != 1:
            raise self.unsupported("a multi-character constant", ctx)
        return ir.IntLit(ord(value), loc=self.loc(ctx))

    def _p_StringPrimaryContext(self, ctx):
        return ir.StrLit(self._string(ctx.STRING_LIT().getSymbol()), loc=self.loc(ctx))

    def _string(self, tok: Token) -> str:
        return self._decode(tok)

    def _decode(self, tok: Token) -> str:
        try:
            return decode_escapes(tok.text[1:-1])
        except EscapeError as e:
            prefix = tok.text[:1 + e.offset]
            line = tok.line + prefix.count("\n")
            col = (len(prefix) - prefix.rfind("\n") if "\n" in prefix else tok.column + len(prefix) + 1)
            raise self.error(str(e), Loc(self.file, line, col)) from None

    def _p_MacroPrimaryContext(self, ctx):
        raise self.unsupported(f"macro argument '{ctx.getText()}'", ctx)

    def _p_AggPrimaryContext(self, ctx):
        raise self.error("aggregations cannot be read in expressions; use printa()", ctx)

    def _p_SelfPrimaryContext(self, ctx):
        name = ctx.name().getText()
        if name not in self.thread_vars:
            raise self.error(f"unknown identifier 'self->{name}'", ctx)
        return ir.Var(name, "thread", loc=self.loc(ctx))

    def _p_ThisPrimaryContext(self, ctx):
        name = ctx.name().getText()
        if name not in self.local_vars:
            raise self.error(f"unknown identifier 'this->{name}'", ctx)
        return ir.Var(name, "local", loc=self.loc(ctx))

    def _p_IdentPrimaryContext(self, ctx):
        name = ctx.getText()
        loc = self.loc(ctx)
        if name in self.inlines:
            value = copy.deepcopy(self.inlines[name][1])
            value.loc = loc
            return value
        if name in tables.BUILTIN_VARS:
            return self._builtin(name, ctx)
        if name in ("cwd", "zonename") and name not in self.vars:
            return getattr(translators, name)(loc)
        if name in tables.UNSUPPORTED_VARS:
            raise self.unsupported(f"built-in variable '{name}'", ctx)
        g = self.vars.get(name)
        if g is None and name in translators.CURRENT:
            try:
                translators.current(name, None, loc)
            except translators.TranslatorError as ex:
                raise self.error(str(ex), ctx) from None
        if g is None and name in translators.CONSTANTS:
            return ir.IntLit(translators.CONSTANTS[name], loc=loc)
        if g is None:
            raise self.error(f"failed to resolve {name}: Unknown variable name", ctx)
        if g.kind == "map":
            raise self.error(f"'{name}' is an associative array; index it", ctx)
        return ir.Var(name, "global", loc=loc)

    def _builtin(self, name: str, ctx) -> ir.Expr:
        """A D built-in; arg0/arg1 at return probes carry the return value."""
        loc = self.loc(ctx)
        if name in ("arg0", "arg1"):
            returns = [p.is_return for p in self.points if p.kind in ("syscall", "kfunc", "ufunc")]
            if any(returns):
                if not all(returns) or len(returns) != len(self.points):
                    raise self.error(f"'{name}' is ambiguous in a clause that mixes return "
                                     "probes with other probes", ctx)
                if name == "arg0" and any(p.kind in ("kfunc", "ufunc") for p in self.points):
                    raise self.unsupported(f"arg0 (the return offset) at an "
                                           f"{'fbt' if self.points[0].kind == 'kfunc' else 'pid'} "
                                           "return probe", ctx)
                return ir.Builtin("retval", loc=loc)
        return ir.Builtin(tables.BUILTIN_VARS[name], loc=loc)

    def _p_CallPrimaryContext(self, ctx):
        name = ctx.IDENT().getText()
        arg_ctxs = ctx.exprList().expr() if ctx.exprList() else []
        loc = self.loc(ctx)
        if name == "strjoin":
            if len(arg_ctxs) != 2:
                raise self.error("strjoin() takes 2 arguments", ctx)
            return ir.Binary(".", self.expr(arg_ctxs[0]), self.expr(arg_ctxs[1]), loc=loc)
        if name in tables.FUNCTIONS:
            return self._subroutine(name, arg_ctxs, ctx)
        if name in ("stack", "ustack"):
            # D takes their value only as an aggregation key (@[ustack()]).
            raise self.unsupported(f"{name}() as a value other than an aggregation key", ctx)
        if name in tables.ACTIONS:
            raise self.error(f"{name}() is an action and has no value", ctx)
        if name in tables.AGG_FUNCS or name in tables.UNSUPPORTED_AGG_FUNCS:
            raise self.error(f"{name}() must be assigned to an aggregation", ctx)
        if name in tables.UNSUPPORTED_CALLS:
            raise self.unsupported(f"{name}()", ctx)
        raise self.error(f"unknown function '{name}'", ctx)


    def _subroutine(self, name: str, arg_ctxs, ctx) -> ir.Call:
        """A D subroutine with a value: its IR function, arguments checked as
        dt_cook_func does (count, then string vs integer per prototype)."""
        fn = tables.FUNCTIONS[name]
        least, most = arity(fn)
        if not least <= len(arg_ctxs) <= most:
            if least == most:
                want = str(least)
            else:
                want = f"at least {least}" if len(arg_ctxs) < least else f"no more than {most}"
            raise self.error(f"{name}( ) prototype mismatch: {len(arg_ctxs)} arg"
                             f"{'' if len(arg_ctxs) == 1 else 's'} passed, {want} expected", ctx)
        if name == "strtok" and arg_ctxs and arg_ctxs[0].getText() in ("NULL", "0"):
            # strtok(NULL, delim) goes on with the last string: the IR's "".
            args = [ir.StrLit("", loc=self.loc(arg_ctxs[0]))] + [self.expr(a) for a in arg_ctxs[1:]]
        else:
            args = [self.expr(a) for a in arg_ctxs]
        for i, (kind, a) in enumerate(zip(FUNCTIONS[fn][0], args)):
            have = _static_type(a)
            if have is not None and (have == "string") != (kind.rstrip("?") == "str"):
                proto = "string" if kind.rstrip("?") == "str" else _D_INT_PROTO.get((name, i), "int")
                raise self.error(f"{name}( ) argument #{i + 1} is incompatible with prototype:\n"
                                 f"\tprototype: {proto}\n\t argument: {have}", arg_ctxs[i])
        return ir.Call(fn, args, loc=self.loc(ctx))


# D's prototypes of integer subroutine arguments, for the mismatch message.
_D_INT_PROTO = {("strchr", 1): "char", ("strrchr", 1): "char", ("lltostr", 0): "int64_t",
                ("copyinstr", 0): "uintptr_t", ("copyinstr", 1): "size_t",
                ("copyin", 0): "uintptr_t", ("copyin", 1): "size_t", ("alloca", 0): "size_t"}

# dt_printf's prototypes, named in its type mismatch messages.
_PROTOTYPES = {
    "a": "pointer", "A": "pointer", "c": "char", "d": "int", "i": "int", "o": "int",
    "u": "unsigned int", "x": "int", "X": "int", "p": "pointer", "Y": "int64_t",
    "s": "char [] or string (or use stringof)", "S": "char [] or string (or use stringof)",
    "e": "double", "E": "double", "f": "double", "F": "double", "g": "double", "G": "double",
    "hd": "short", "hi": "short", "hu": "unsigned short", "hx": "short", "hX": "short",
    "hhd": "char", "hhi": "char", "hhu": "unsigned char", "hhx": "char", "hhX": "char",
    "ld": "long", "li": "long", "lu": "unsigned long", "lx": "long", "lX": "long",
    "lld": "long long", "lli": "long long", "llu": "unsigned long long", "llx": "long long",
    "llX": "long long",
}
# D types of the built-ins (for the messages; the IR types are coarser).
_BUILTIN_D_TYPES = {
    "pid": "pid_t", "tid": "id_t", "ppid": "pid_t", "uid": "uid_t", "gid": "gid_t",
    "cpu": "processorid_t", "timestamp": "uint64_t", "walltimestamp": "uint64_t",
    "vtimestamp": "uint64_t",
    "execname": "string", "probefunc": "string", "probename": "string", "retval": "int64_t",
    "curthread": "struct task_struct *",
    "probeprov": "string", "probemod": "string", "errno": "int",
}


def _struct_pointer(ctx) -> str | None:
    """The C type of a cast to one level of pointer to a struct or union
    (`(struct file *)`), else None."""
    specs = ctx.typeSpec()
    stars = sum(1 for ch in ctx.getChildren() if ch.getText() == "*")
    if len(specs) != 1 or stars != 1 or specs[0].IDENT() is None:
        return None
    tag = specs[0].getChild(0).getText()
    if tag not in ("struct", "union"):
        return None
    return f"{tag} {specs[0].IDENT().getText()} *"


def _static_type(e: ir.Expr) -> str | None:
    """The D type name of an expression whose type the lowering already knows
    (literals, built-ins, string functions), else None (analysis checks the rest)."""
    if isinstance(e, ir.StrLit) or (isinstance(e, ir.Binary) and e.op == "."):
        return "string"
    if isinstance(e, ir.IntLit):
        return "int"
    if isinstance(e, ir.Cast):
        return tables.cast_type_name(e.to)
    if isinstance(e, ir.Builtin):
        return _BUILTIN_D_TYPES.get(e.name, "int64_t" if e.name.startswith("arg") else None)
    if isinstance(e, ir.Call):
        ret = FUNCTIONS.get(e.name)
        return "string" if ret is not None and ret[1].is_str else "int64_t"
    return None


def lower(tree: P.ProgramContext, filename: str, source: str) -> ir.Program:
    """Lower a parsed D program (see module docstring)."""
    return Lowering(filename, source, tree.parser.getTokenStream()).program(tree)
