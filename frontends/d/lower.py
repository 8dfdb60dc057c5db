"""Lower a D parse tree to the IR.

D leaves several behaviours implicit; the lowering writes them out:
  * every aggregation not printed by printa() is dumped after all END clauses,
    as PrintAgg(layout='dtrace') statements in a new END probe;
  * `#pragma D option quiet` / `dtrace -q` become Program.options['quiet'],
    `#pragma D option flowindent` / `dtrace -F` Program.options['flowindent'];
  * at return probes D hands the return value over in arg0/arg1, which become
    Builtin('retval');
  * the anonymous aggregation `@` is named '_' (the IR needs a name).
Variables spring into existence at their first assignment in source order, as
in DTrace; reading one earlier is an "unknown identifier" error.
"""

from __future__ import annotations

import re
from typing import Optional

from antlr4 import ParserRuleContext, Token

from xtrace.frontends.common import comment_texts, comments_in_head, loc_of, split_header
from xtrace.frontends.global_comments import leading_comment
from xtrace.grammars.generated.d.DParser import DParser as P
from xtrace.runtime import doptval
from xtrace.ir.constint import int_value
from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.types import INT32, INT64, Type
from xtrace.ir.sugarblocks import clause_records_data

from . import desc_args, tables, translators
from .tcpprovider import apart_by_probe  # (after translators, which it builds on)
from .probes import points_for
from .symbol_actions import SYMBOL_ACTIONS
from .aggnames import agg_renames
from .named_notes import take_named_notes
from .inline_params import InlineParam, inline_param
from .lower_util import ANON_AGG, MATCHED_NOTICE, _agg_name, _comment_text, _primary, _static_type, _unparen
from .lower_stmt import StmtLowering
from .lower_expr import ExprLowering
from .ksyms import KsymLowering
from .lower_types import TypeLowering
from .tlsarrays import ThreadArrayLowering, internal_name, name_thread_arrays
from .zerodelete import zero_stores_as_deletes

# Re-exported: other modules take these from here.
__all__ = ['ANON_AGG', 'MATCHED_NOTICE', 'Lowering', 'lower']


# The C preprocessor's own directives: dtrace -C runs cpp over a script using them
_CPP_DIRECTIVES = frozenset({"define", "undef", "include", "include_next", "if", "ifdef", "ident",
                             "ifndef", "elif", "else", "endif", "error", "warning"})


class Lowering(StmtLowering, ExprLowering, TypeLowering, ThreadArrayLowering, KsymLowering):
    """One D script being lowered; call `program(tree)` once."""

    def __init__(self, filename: str, source: str, tokens,
                 macro_args: Optional[tuple[str, ...]] = None) -> None:
        self.file = filename
        self.source = source
        self.tokens = tokens
        # translate's --arg values, for macros in probe descriptions (desc_args)
        self.macro_args = macro_args
        self.globals: list[ir.Global] = []
        self.vars: dict[str, ir.Global] = {}      # scalars and maps by name
        self.aggs: dict[str, ir.Global] = {}      # aggregations by IR name
        self.arity: dict[str, int] = {}           # map / aggregation key counts
        self.thread_vars: set[str] = set()
        # self->a[k] arrays by internal name (tlsarrays.py)
        self.thread_maps: dict[str, ir.Global] = {}
        self.local_vars: set[str] = set()
        # `this int x;`: clause-locals declared with a type (stores convert to it)
        self.local_types: dict[str, Type] = {}
        self.trailing_taken: set[int] = set()  # comment tokens a declaration took (_trailing_comment)
        self.printed: set[str] = set()            # aggregations printa() prints
        self.agg_renames: dict[str, str] = {}     # `@x` of a script with a variable x (aggnames.py)
        self.stack_keys: dict[str, set[int]] = {}  # aggregation -> its stack() key positions (%k)
        self.agg_params: dict[str, list] = {}      # histogram parameters by aggregation
        # ctypes: integer constants and arithmetic have C's types (int, long long, ...),
        # and printf/trace/aggregation keys show values at their type's width.
        self.options: dict = {"quiet": False, "matched_notice": MATCHED_NOTICE, "ctypes": True}
        self.inlines: dict[str, tuple[Type, ir.Expr]] = {}  # `inline` constants
        # `inline T * NAME = ...;`: refused where a clause reads NAME (unread, it is nothing)
        self.pointer_inlines: dict[str, object] = {}
        # `inline string f[int32_t p] = expr;`: its parameters' names and types; the
        # inline is a function of the program (self.functions)
        self.param_inlines: dict[str, list[tuple[str, Type]]] = {}
        # the same with an array or pointer parameter (`SA2IP[char data[14]]`): no
        # function can take a kernel array, so each use lowers the body with the
        # arguments in the parameters' places, as dtrace's inline substitutes them
        self.subst_inlines: dict[str, tuple[Type, list[InlineParam], object]] = {}
        self.functions: list[ir.Function] = []
        self.sort_by = "value"
        self.descending = False
        self.zdefs = False
        self.points: list[ir.ProbePoint] = []     # points of the clause being lowered
        self._init_types()

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

    def _agg_ir_name(self, tok_text: str) -> str:
        """The IR name of the aggregation a script spells `tok_text` (`@ts`)."""
        name = _agg_name(tok_text)
        return self.agg_renames.get(name, name)

    def _scoped_tags(self, tree) -> None:
        """Refuse a type tag scoped to a module other than the kernel image's
        (`struct nt`_EPROCESS`), where the script names it."""
        found = []
        stack = [tree]
        while stack:
            node = stack.pop()
            if isinstance(node, (P.TypeSpecContext, P.OffsetofExprContext)) and node.KSYM() is not None:
                module, _, name = node.KSYM().getText().rpartition("`")
                if module and module not in _IMAGE_MODULES:
                    tag = node.getChild(0).getText() + " " if isinstance(node, P.TypeSpecContext) else ""
                    found.append((node.KSYM().getSymbol().tokenIndex, module, tag, name, node.KSYM()))
            stack.extend(c for c in (node.children or []) if isinstance(c, ParserRuleContext))
        if found:
            _, module, tag, name, tok = min(found, key=lambda f: f[0])
            raise self.error(_scoped_tag_error(module, tag, name), tok)

    def program(self, tree: P.ProgramContext) -> ir.Program:
        self.agg_renames = agg_renames(tree)
        self._scoped_tags(tree)
        items = tree.topItem()
        for item in items:  # options are global, whatever their position
            if isinstance(item, P.DirectiveItemContext):
                self._directive(item.DIRECTIVE().getSymbol())
        probes: list[ir.Probe] = []
        # Comments above a pragma, declaration or inline travel with the next
        # clause: the IR keeps comments on probes and statements only.
        pending: list[str] = []
        header: list[str] = []
        # the first item past a `#!` interpreter line, which D reads as a directive; a
        # `#!` line further down (below a licence comment) is discarded as a pragma is,
        # and the comments above it open the file
        first = next((it for it in items if not (isinstance(it, P.DirectiveItemContext)
                                                  and it.start.text.startswith("#!")
                                                  and it.start.line == 1)), None)
        # `#pragma`s and then a clause: a port keeps no pragma line (stap and Vue have
        # none; a D port prints its options after the header), so the comments around
        # them open the file as they would above the clause alone (activity.d's
        # description below its `#pragma D option quiet`), not the clause's own
        lead_pragmas: list = []
        first_other = next((it for it in items if not isinstance(it, P.DirectiveItemContext)), None)
        if isinstance(first_other, P.ClauseItemContext) and first is not first_other:
            lead_pragmas = items[:items.index(first_other)]
            for it in lead_pragmas:
                header += comment_texts([
                    t for t in self.tokens.getHiddenTokensToLeft(it.start.tokenIndex) or []
                    if not (t.line == 1 and t.text.startswith("#!"))])
            first = first_other
        for item in items:
            if item in lead_pragmas:
                continue  # its comments are in the header already
            mark = len(pending)  # (where this item's own comments start)
            if item is first:
                # the file's opening comment is the translation's own (split_header)
                hidden = self.tokens.getHiddenTokensToLeft(item.start.tokenIndex) or []
                opening, own = split_header(
                    hidden, item.start, isinstance(item, P.ClauseItemContext),
                    only_item=sum(not isinstance(it, P.DirectiveItemContext) for it in items) == 1,
                    opened=bool(header))
                header += opening
                pending += own
                if isinstance(item, P.ClauseItemContext):
                    probes += self._clause(item.clause(), lead=pending)
                    pending = []
                    continue
            elif isinstance(item, P.ClauseItemContext):
                clauses = self._clause(item.clause())
                clauses[0].comments[:0] = pending
                pending = []
                probes += clauses
                continue
            else:
                pending += self._comments_before(item.start.tokenIndex)
            if isinstance(item, P.DirectiveItemContext):
                continue
            if isinstance(item, P.DeclarationItemContext):
                first_new = len(self.globals)
                self._declaration(item.declaration())
                self._trailing_comment(item, self.globals[first_new:])
                if self._leading_comment(item, self.globals[first_new:], pending):
                    pending.pop()
            elif isinstance(item, P.InlineItemContext):
                self._inline(item.inlineDecl())
                self._inline_comment(item)
                if pending[mark:]:
                    # they document the constant: a port writes them where it says it
                    name = item.inlineDecl().IDENT().getText()
                    self.options.setdefault("inline_lead_comments", {})[name] = pending[mark:]
                    del pending[mark:]
            elif isinstance(item, P.TypeDeclItemContext):
                self._type_decl(item.typeDecl())
            elif isinstance(item, P.TranslatorItemContext):
                self._translator_decl(item.translatorDecl())
        zero_stores_as_deletes(self.globals, probes)  # D's `a[k] = 0` frees the element
        self._implicit_dump(probes, tree.EOF().getSymbol())
        carried = _carried_locals(probes)
        if carried:
            self.options["shared_locals"] = carried
        if self.inlines:
            self.options["inlines"] = list(self.inlines)
        if header:
            self.options["header_comments"] = header
        prog = ir.Program(self.file, "d", self.globals, probes, options=self.options,
                          source=self.source, functions=self.functions)
        name_thread_arrays(prog, self.thread_maps)
        take_named_notes(prog)  # a port's `/* @x: ... */` is @x's comment, not the next clause's
        return prog

    def _implicit_dump(self, probes: list[ir.Probe], eof: Token) -> None:
        """D prints every aggregation printa() never printed after the END clauses;
        whether a printa() printed one is known only at run time (the consumer's)."""
        dump = [ir.PrintAgg(g.name, "dtrace", value_func=g.agg_func or "count",
                            sort_by=self.sort_by, descending=self.descending, loc=g.loc,
                            unless_printed=g.name in self.printed)
                for g in self.globals if g.kind == "agg"]
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
            # elsewhere dtrace's lexer discards a `#!` line (dt_lex.l's RGX_INTERP
            # rule), and its flags are no one's: only line 1 is the kernel's
            return
        words = text[1:].split()
        if not words or words[0] in ("line",) or words[0].isdigit():
            return  # cpp line markers carry no meaning for us
        if words[0] not in _CPP_DIRECTIVES and words[0] != "pragma":
            # dtrace's lexer reads every line that starts with '#' as a control line
            # (dt_lex.l's RGX_CTL) and refuses an unknown word; cpp (-C) would too
            raise self.error(f"invalid control directive: #{words[0]} (a line that starts "
                             "with '#' is a directive, not a comment; D's comments are "
                             "/* ... */)", tok)
        # dtrace's own control lines (dt_pragma.c's table: #ident, #error, #line) need no cpp
        if words[0] == "ident":
            return  # an identification string, which dtrace records nowhere
        if words[0] == "error":
            raise self.error(f"#error {' '.join(words[1:])}".rstrip(), tok)
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
        name, eq, value = words[3].partition("=")
        self._apply_option(name, value, tok, given=bool(eq))

    def _shebang(self, text: str) -> None:
        # `#!/usr/sbin/dtrace -qs`: the interpreter flags are options too.
        for arg in text[2:].split()[1:]:
            if arg.startswith("-") and not arg.startswith("--"):
                if "q" in arg:
                    self.options["quiet"] = True
                if "F" in arg:
                    self.options["flowindent"] = True
                if "Z" in arg:
                    self.zdefs = True

    def _apply_option(self, name: str, value: str, tok: Token, given: bool = False) -> None:
        """`#pragma D option NAME[=VALUE]` (and dtrace -x); `given`: whether '=' was
        said (`quiet=` unsets quiet, as dt_opt_runtime reads "")."""
        if name in ("quiet", "flowindent", "destructive"):
            # flowindent: the driver indents the probe lines by call depth (runtime/flow.py)
            if self._toggle(name, value if given else None, tok):
                self.options[name] = True
            elif name == "quiet":
                self.options[name] = False  # the lowering's default
            else:
                self.options.pop(name, None)
        elif name in ("aggsortkey", "aggsortrev", "aggsortpos", "aggsortkeypos"):
            self._agg_sort_option(name, value if given else None, tok)
        elif name == "zdefs":
            self.zdefs = True
        elif name == "defaultargs":
            # a run substitutes the arguments first; a translation keeps them (ir.ScriptArg)
            self.options["defaultargs"] = True
        elif name == "strsize":
            m = re.fullmatch(r"(\d+)([kKmMgG]?)", value)
            if not m:
                raise self.error(f"failed to set option 'strsize' to '{value}': "
                                 "Invalid value for specified option", tok)
            scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
            # strsize=N: a string holds N characters (strlen() is at most N, in
            # dtrace-utils' tests and illumos' alike); the IR's MAXSTRINGLEN is the
            # buffer, its NUL included.
            self.options.setdefault("limits", {})["MAXSTRINGLEN"] = int(m.group(1)) * scale + 1
        elif name == "dynvarsize":
            m = re.fullmatch(r"(\d+)([kKmMgG]?)", value)
            if not m:
                raise self.error(f"failed to set option 'dynvarsize' to '{value}': "
                                 "Invalid value for specified option", tok)
            scale = {"": 1, "k": 1 << 10, "m": 1 << 20, "g": 1 << 30}[m.group(2).lower()]
            self.options.setdefault("limits", {})["DYNVARSIZE"] = int(m.group(1)) * scale
        elif name in ("ustackframes", "stackframes"):
            if not (value.isascii() and value.isdigit()) or not 1 <= int(value) <= 1024:
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
            if name == "nspec" and int(m.group(1)) * scale > 0xFFFF:  # ids are 16 bits (xt_spec.h)
                raise self.error(f"failed to set option '{name}' to '{value}': "
                                 "Invalid value for specified option", tok)
            self.options.setdefault("limits", {})[limit] = int(m.group(1)) * scale
        elif name == "evaltime":
            if value not in tables.EVALTIMES:  # dtrace's words (dt_opt_evaltime)
                raise self.error(f"failed to set option 'evaltime' to '{value}': "
                                 "Invalid value for specified option", tok)
            # where -c's command is held while the session starts (driver/execstop.py)
            self.options["evaltime"] = value
        elif name in tables.IGNORED_OPTIONS:
            pass
        elif name in tables.UNSUPPORTED_OPTIONS:
            raise self.unsupported(f"option '{name}'", tok)
        else:
            # dtrace's wording (dt_pragma.c + dtrace_setopt's EDT_BADOPTNAME)
            raise self.error(f"failed to set option '{name}'" + (f" to '{value}'" if value else "")
                             + ": Invalid option name", tok)

    def _toggle(self, name: str, value: Optional[str], tok) -> bool:
        """Whether the option is set by `value` (None: none given), as libdtrace's
        dt_opt_runtime reads it (runtime/doptval.py: "0" sets it, "no" unsets it)."""
        try:
            return doptval.toggle_on(value)
        except doptval.OptionValueError as ex:
            # dtrace's wording (dt_pragma.c + EDT_BADOPTVAL)
            raise self.error(f"failed to set option '{name}' to '{value}': {ex}", tok) from None

    def _agg_sort_option(self, name: str, value: Optional[str], tok) -> None:
        """aggsortkey/aggsortrev (toggles) and aggsortpos/aggsortkeypos (numbers): kept
        in Program.options['aggsort'] for the driver, which sorts every printa. Each is
        read as dt_opt_runtime reads it (runtime/doptval.py): `aggsortrev=0` sorts in
        reverse, `aggsortrev=no` does not; an unset position is the default, 0."""
        opts = self.options.setdefault("aggsort", {})
        if name in ("aggsortpos", "aggsortkeypos"):
            try:
                number = doptval.runtime_value(value)
            except doptval.OptionValueError as ex:
                raise self.error(f"failed to set option '{name}' to '{value}': {ex}", tok) from None
            if number is None:
                opts.pop(name, None)
            else:
                opts[name] = number
            return
        on = self._toggle(name, value, tok)
        if on:
            opts[name] = True
        else:
            opts.pop(name, None)
        if name == "aggsortkey":
            self.sort_by = "key" if on else "value"
        else:
            self.descending = on

    # ------------------------------------------------------- declarations

    def _type_of(self, ctx, node) -> Type:
        if any(c.getText() == "*" for c in ctx.getChildren()):
            raise self.unsupported("a pointer type", node)
        ct = self._base_ctype(ctx, node)
        if ct.kind == "void":
            return tables.TYPES["void"]
        t = ct.leaf_type() if ct.kind in ("int", "string") else None
        if t is None:
            raise self.unsupported(f"type '{ct.name}'", node)
        return t

    def _inline(self, ctx: P.InlineDeclContext) -> None:
        """`inline TYPE NAME = expr;`: every later use of NAME is expr converted to TYPE."""
        name = ctx.IDENT().getText()
        if ctx.getChild(2).getText() == "*":
            # dtrace-utils' tst.InlineExpression.d declares `inline unsigned long *
            # pointer = &`max_pfn;` and never reads it: an inline is substituted where
            # it is used, so one nothing reads does nothing
            if name in tables.BUILTIN_VARS or name in self.vars or name in self.inlines \
                    or name in self.pointer_inlines:
                raise self.error(f"failed to define inline {name}: identifier redeclared", ctx)
            self.pointer_inlines[name] = ctx
            return
        vtype = self._type_of(ctx.declType(), ctx.declType())
        if name in tables.BUILTIN_VARS or name in self.vars or name in self.inlines \
                or name in self.pointer_inlines or name in self.param_inlines:
            raise self.error(f"failed to define inline {name}: identifier redeclared", ctx)
        if ctx.inlineParams() is not None:
            self._param_inline(name, vtype, ctx)
            return
        value = self.expr(ctx.expr())
        if vtype.is_int and _static_type(value) == "string" or vtype.is_str and \
                _static_type(value) not in (None, "string"):
            raise self.error(f"inline {name} definition uses incompatible types", ctx.expr())
        if vtype.is_int and not isinstance(value, ir.IntLit):
            # `inline short new_short = 10 * new_char;`: the value C computes, which
            # a port writes once (@define new_short %( 1010 %)), not the conversions
            folded = int_value(ir.Cast(vtype, value, loc=value.loc))
            if folded is not None:
                value = ir.IntLit(folded[0], loc=value.loc)
        if vtype.is_int and not (isinstance(value, ir.IntLit) and vtype == INT32
                                 and -(1 << 31) <= value.value < (1 << 31)):
            # (a constant of the inline's own type needs no conversion: `inline int X = 1`
            # is 1, and prints as 1 in a translation)
            value = ir.Cast(vtype, value, loc=value.loc)
        self.inlines[name] = (vtype, value)

    def _param_inline(self, name: str, vtype: Type, ctx: P.InlineDeclContext) -> None:
        """`inline string prot_table[int32_t prot] = prot == 0 ? ... : "";` (illumos'
        tcp.d, scripts that copy it): a function of one value, its parameters the
        function's locals; `prot_table[v]` calls it (lower_expr _param_inline_call).
        stap writes it as a function, Vue and D where it is called (ir/inline.py)."""
        params = []
        shaped = []
        for p in ctx.inlineParams().inlineParam():
            q = inline_param(p)
            # (an array's or pointer's base type may be a struct, no value of its own)
            q.type = self._type_of(p.declType(), p.declType()) if q.scalar else INT64
            if (q.dim is not None) != (q.stars == 1) and q.stars <= 1:  # `char d[14]`, `char *s`
                ct = self._base_ctype(p.declType(), p.declType())
                q.elem = ct.leaf_type() if ct.kind == "int" else None
            params.append((q.name, q.type))
            shaped.append(q)
        if not all(q.scalar for q in shaped):
            self._subst_inline(name, vtype, shaped, ctx)
            self.param_inlines[name] = params
            return
        saved = self.bound
        self.bound = {n: ir.Var(n, "local", loc=self.loc(p), type=t)
                      for (n, t), p in zip(params, ctx.inlineParams().inlineParam())}
        try:
            value = self.expr(ctx.expr())
        finally:
            self.bound = saved
        if vtype.is_int and _static_type(value) == "string" or vtype.is_str and \
                _static_type(value) not in (None, "string"):
            raise self.error(f"inline {name} definition uses incompatible types", ctx.expr())
        self.param_inlines[name] = params
        self.functions.append(ir.Function(
            name, [ir.Param(n, t) for n, t in params],
            ir.Block([ir.Return(value, loc=value.loc)]), ret=vtype, loc=self.loc(ctx.IDENT())))

    def _subst_inline(self, name: str, vtype: Type, params: list[InlineParam],
                      ctx: P.InlineDeclContext) -> None:
        """An inline with an array or pointer parameter (nfsstats.d's `inline string
        SA2IP[char data[14]] = ... data[2] ...`): kept as its body, lowered at each use
        with the arguments bound (lower_expr _param_inline_call). The body is lowered
        once here too, over a stand-in kernel array or pointer, so that its errors are
        reported where dtrace reports them: at the definition, used or not."""
        value = self._with_params(params, {q.name: q.stand_in(self.loc(q.node)) for q in params},
                                  ctx.expr())
        if vtype.is_int and _static_type(value) == "string" or vtype.is_str and \
                _static_type(value) not in (None, "string"):
            raise self.error(f"inline {name} definition uses incompatible types", ctx.expr())
        self.subst_inlines[name] = (vtype, params, ctx.expr())

    def _declaration(self, ctx: P.DeclarationContext) -> None:
        ct = self._base_ctype(ctx.declType(), ctx.declType())
        if ct.is_sou or ct.kind == "kernel":
            self._declare_sou_vars(ctx, ct)
            return
        vtype = self._type_of(ctx.declType(), ctx.declType())
        for d in ctx.declarator():
            name = d.IDENT().getText()
            if d.getChild(0).getText() == "*":
                self._declare_address(ctx, d, None, vtype)
                continue
            if ctx.scope is not None:
                if d.LBRACK():
                    self._declare_thread_array(ctx, d, vtype)
                    continue
                if ctx.scope.text == "self" and internal_name(name) in self.thread_maps:
                    raise self.error(f"'self->{name}' is already declared", d)
                (self.thread_vars if ctx.scope.text == "self" else self.local_vars).add(name)
                if ctx.scope.text == "self" and vtype.kind != "void":
                    # `self string s;`: the type holds before the first assignment.
                    self.options.setdefault("thread_types", {})[name] = vtype
                elif vtype.kind != "void":
                    self.local_types[name] = vtype
                    # clauses that each read the one before's value (clause.d's
                    # `this->foo = ... ? 10 : this->foo`) get its type from here
                    self.options.setdefault("local_types", {})[name] = vtype
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
        return comment_texts([t for t in hidden if t.tokenIndex not in self.trailing_taken])

    def _trailing_comment(self, item, declared: list[ir.Global]) -> None:
        """A comment after the declaration of `declared` on the declaration's line is
        theirs (Global.comment), not the next item's: clause.d's `int me;  /* an
        integer global variable */`."""
        if not declared:
            return
        for t in self.tokens.getHiddenTokensToRight(item.stop.tokenIndex) or []:
            if t.text.startswith(("//", "/*")) and t.line == item.stop.line:
                for g in declared:
                    g.comment = _comment_text(t.text)
                self.trailing_taken.add(t.tokenIndex)
                return

    def _leading_comment(self, item, declared: list[ir.Global], pending: list[str]) -> bool:
        """A one-line comment on the line right above the declaration of one global
        that has no comment after it is the global's (Global.comment, printed beside
        its declaration in a port), not the next clause's: woof.d's `/* barks prevents
        woof.d from barking too much */` above `int barks;`. True when it took the
        last of `pending`."""
        if len(declared) != 1 or declared[0].comment:
            return False
        text = leading_comment(self.tokens, item, pending)
        if text is None:
            return False
        declared[0].comment = text
        return True

    def _inline_comment(self, item) -> None:
        """A comment after an `inline` on its line (woof.d's `inline int SCREEN_OUTPUT
        = 0;  /* Set to 1 for screen output */`): options['inline_comments'][name],
        which a stap port writes beside its @define."""
        for t in self.tokens.getHiddenTokensToRight(item.stop.tokenIndex) or []:
            if t.text.startswith(("//", "/*")) and t.line == item.stop.line and "\n" not in t.text:
                name = item.inlineDecl().IDENT().getText()
                self.options.setdefault("inline_comments", {})[name] = _comment_text(t.text)
                self.trailing_taken.add(t.tokenIndex)
                return

    def _clause(self, ctx: P.ClauseContext, lead: Optional[list[str]] = None) -> list[ir.Probe]:
        """The IR of a clause; `lead` its comments above it when the caller has them
        (the first item's, split from the file's opening comment), else those above it.
        One probe, or one per provider probe where their arguments are read apart
        (frontends/d/tcpprovider.py apart_by_probe: each lowered for its own)."""
        points: list[ir.ProbePoint] = []
        for desc in ctx.probeDescList().probeDesc():
            text, at = self._desc_text(desc), self.loc(desc)
            # a macro argument left in a description: a translation's (a run's are gone)
            points += desc_args.points(text, at, self.source, self.zdefs, self.macro_args,
                                       self.file, points_for)
        # Comments between the descriptions and the '{' (on the predicate, say)
        # belong to the clause as much as those above it.
        inner = [_comment_text(t.text) for t in comments_in_head(self.tokens, ctx)]
        comments = (self._comments_before(ctx.start.tokenIndex) if lead is None
                    else list(lead)) + inner
        out = []
        for group in apart_by_probe(points):
            self.points = group
            pred = self._predicate(ctx.predicate())
            body = self._block(ctx.block())
            self._check_speculation(body)
            out.append(ir.Probe(group, body, pred, loc=self.loc(ctx), comments=[] if out else comments,
                                framed=clause_records_data(body)))
        return out


    def _predicate(self, ctx: Optional[P.PredicateContext]) -> Optional[ir.Expr]:
        if ctx is None:
            return None
        return self.expr(ctx.expr()) if ctx.expr() is not None else self.comma_value(ctx.commaExpr())

    def _desc_text(self, desc: P.ProbeDescContext) -> str:
        """The description's source text; its tokens must touch (no blanks inside)."""
        toks = [t.start for t in desc.probeToken()]  # each probeToken is one token
        for prev, tok in zip(toks, toks[1:]):
            if tok.start != prev.stop + 1:
                raise self.error("unexpected blank inside a probe description "
                                 "(missing ',' between descriptions?)", tok)
        return self.source[toks[0].start:toks[-1].stop + 1]


    # --------------------------------------------------------- statements


    def _is_action(self, ctx) -> bool:
        """Whether expression `ctx` is an action call (or a ?: of action calls)."""
        inner = _unparen(ctx)
        if isinstance(inner, P.TernaryExprContext):
            return any(self._is_action(inner.expr(i)) for i in (1, 2))
        prim = _primary(inner)
        return isinstance(prim, P.CallPrimaryContext) and prim.IDENT().getText() in tables.ACTIONS


    def _agg_key(self, ctx) -> ir.Expr:
        """One key of an aggregation: an expression, or stack()/ustack() (a stack key)."""
        prim = _primary(_unparen(ctx))
        name = prim.IDENT().getText() if isinstance(prim, P.CallPrimaryContext) else None
        if name in ("stack", "ustack"):
            args = prim.exprList().expr() if prim.exprList() else []
            return ir.UStack(self._ustack_depth(prim, args, name), kernel=name == "stack", loc=self.loc(prim))
        if name in SYMBOL_ACTIONS:
            return self._symbol_action(prim)
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


    # --------------------------------------------------------- expressions


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


    # ------------------------------------------------------------ primaries


def _carried_locals(probes: list[ir.Probe]) -> list[str]:
    """The clause-locals a clause may read before it stores them, which another
    clause stores: D keeps `this->` variables from clause to clause of one probe hit
    (soconnect.d's `this->s` and `this->f`, set in one clause, read in the next), and
    a clause that updates one (`this->x = this->x * 2`) starts from the value the
    clauses before it left."""
    from xtrace.ir.clausemerge import exposed_locals, stored_locals
    stored = [stored_locals(p) for p in probes]
    out: set[str] = set()
    for i, probe in enumerate(probes):
        for name in exposed_locals(probe):
            if any(name in a for j, a in enumerate(stored) if j != i):
                out.add(name)
    return sorted(out)


# The kernel image's module names a type may be scoped to (`struct vmlinux`task_struct`;
# Solaris's unix and genunix link into the same image there, ksyms.py)
_IMAGE_MODULES = frozenset({"vmlinux", "unix", "genunix"})
# Modules of other systems' kernels, as their D scripts scope types to them
_FOREIGN_MODULES = {"nt": "the Windows kernel, whose types DTrace for Windows reads"}


def _scoped_tag_error(module: str, tag: str, name: str) -> str:
    """Why `tag module`name` names no type here."""
    foreign = _FOREIGN_MODULES.get(module)
    where = f" ({module} is {foreign}; Linux has no such types)" if foreign else ""
    return (f"type {tag}{module}`{name}: xtrace knows the types of the kernel image only "
            f"({tag}vmlinux`{name} or {tag}{name}), not of module '{module}'{where}")


def lower(tree: P.ProgramContext, filename: str, source: str,
          macro_args: Optional[tuple[str, ...]] = None) -> ir.Program:
    """Lower a parsed D program (see module docstring); `macro_args`: translate's --arg
    values, for the macros of probe descriptions a translation cannot keep."""
    return Lowering(filename, source, tree.parser.getTokenStream(), macro_args).program(tree)
