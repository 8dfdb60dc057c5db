"""Lowering of a stap parse tree into the IR (see ir/nodes.py for the target).

The walk is two-pass: declarations first (globals may be declared after the
probes that use them, and `<<<` decides that a global is a statistics
aggregate), then the probes. Afterwards the print/println formats are fixed
once string-valued variables are known, global kinds are settled and stap's
end-of-run auto-print is made explicit as an END probe.
"""

from __future__ import annotations

import copy
import dataclasses
import re
from dataclasses import dataclass
from typing import Optional

from xtrace.frontends.common import (comment_runs, comment_texts, comments_in_head, loc_of, note_text,
                                      split_header, whole_body_guard)
from xtrace.frontends.global_comments import leading_comment, trailing_comment
from xtrace.grammars.generated.stap.StapParser import StapParser as P
from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.nonext import guard_of, guarded_predicate
from xtrace.ir.rundumps import flag_set_of, once_blank_line
from .errno_local import fold_errno_local

from . import irwalk, usage
from .elided_globals import without_elided_globals
from .deadexpr import NOTHING, Elision, Optimizer, for_port, is_dead_expression, statement_text
from xtrace.frontends.dframing import read_dtrace_framing
from .dhelpers_back import read_dtrace_helpers
from .postfix_back import read_postfix_steps
from .dstrstr_back import read_dtrace_strstr
from .foreach import lower_foreach
from .library import TAPSET_FILE
from .unused_tapset import without_unreached_tapset_functions
from .literals import decode_strings, parse_int
from .lower_expr import STACK_PRINTS, ExprLowering
from .untyped import untyped_globals
from xtrace.ir.anonagg import as_anon_aggregation, is_note
from . import unassigned
from .points import NoMarkers, expand_point, lower_points, point_sequence, with_maxactive
from .print_kinds import FUNCTION_IDX, PrintFix, fix_print_formats
from .tables import HIST_OPS, PRINT_FUNCS, STAT_OPS
from .tree import bare_name, is_str_lit, primary_of, walk

# The calls stap scripts make as statements only (they have no value).
_STATEMENT_CALLS = frozenset(PRINT_FUNCS) | frozenset(STACK_PRINTS) | {"exit", "error", "warn", "system",
                                                                       "raise", "udelay", "mdelay"}
# guru-delay.stp's busy-waits: what their argument counts
_DELAYS = {"udelay": "microseconds", "mdelay": "milliseconds"}


@dataclass
class _Decl:
    """A `global` declaration as written."""

    name: str
    size: Optional[int]
    init: Optional[ir.Expr]
    loc: Loc
    wrap: bool = False
    comment: Optional[str] = None  # its own (frontends/global_comments.py): ir.Global.comment


# What the lowering of a statement records for later (print kinds, @entry saves, ...):
# kept as they were when a deleted statement is lowered only for its errors.
_LOWERING_RECORDS = ("links", "print_fixes", "entry_saves", "entry_guards", "foreach_binds",
                     "assigns", "local_resets", "hist_reads", "entry_probes", "warnings", "defined_guards")
# and of a function (stap warns of no never-assigned local in a function it elides)
_FUNCTION_RECORDS = ("fn_warnings", "warning_errors", "unassigned", "locals", "loops",
                     "tapset_aliases", "points")


def _shallow(value):
    """A copy of a lowering record that later appends leave alone (the nodes it
    holds are the lowered program's own)."""
    if isinstance(value, dict):
        return {k: copy.copy(v) for k, v in value.items()}
    return copy.copy(value)
# The lowering's errors stap's symbol resolution reports, before its optimizer runs.
_SYMBOL_ERRORS = ("unresolved function", "must be declared global", "used both as a scalar and",
                  "is declared as an array", " takes ")

# stap's own words for embedded C in a script run without -g.
GURU_ONLY = "embedded code in unprivileged script; need stap -g"
# the pragma that makes an embedded expression a string (a number without it)
_STRING_PRAGMA = re.compile(r"/\*\s*string\s*\*/")


class Lowerer(ExprLowering):
    """Turns one parsed stap file into an ir.Program."""

    def __init__(self, filename: str, source: str, library_line: Optional[int] = None,
                 guru: bool = False, unoptimized: bool = False, optimize: bool = False,
                 port: bool = False) -> None:
        self.filename = filename
        self.guru = guru  # stap -g: writes to the kernel are allowed
        # stap -u: no dead statement is deleted, and a function that returns no value
        # may not be used as one (stap's optimizer is what deletes such uses)
        self.unoptimized = unoptimized
        # the whole of stap's optimizer (deadexpr.Optimizer), as a run checks the script;
        # else only the side-effect-free statements deadexpr.is_dead_expression names
        self.optimize = optimize and not unoptimized
        # a translation into D or Vue: of what stap's optimizer deletes, what a port
        # would show (a fault, a function's body inlined) is left out, with a comment
        # (deadexpr.for_port); the rest is kept as written
        self.port = port and not self.optimize and not unoptimized
        self.spliced: set[int] = set()  # (ids of the blocks _block splices: _unkeyed_print)
        self.source = source
        # where the tapset code appended to the script starts (its locations are the tapset's)
        self.library_line = library_line
        self.decls: dict[str, _Decl] = {}
        self.params: set[str] = set()  # the function's being lowered (none in a probe)
        self.elided_names: set[str] = set()  # identifiers in the statements a port leaves out
        self.anon_notes: dict[int, str] = {}  # token index of a note (ir.anonagg) -> its global
        self.comments_taken: set[int] = set()  # comment tokens a global took (frontends/global_comments.py)
        self.agg_names: set[str] = set()
        self.hist_reads: dict[str, tuple] = {}   # aggregate -> (@hist_*, params, loc) it prints
        self.shape: dict[str, str] = {}          # global -> 'scalar' | 'array'
        self.assigns: list[tuple[int, ir.Assign]] = []
        # `delete x` of a local x: `x = 0`, made `x = ""` once x is known to be a string
        self.local_resets: list[tuple[int, ir.Assign]] = []
        self.print_fixes: list[PrintFix] = []
        self.tokens = None  # the token stream, for the comments above probes
        self.lead_comments: dict[int, list[str]] = {}  # probe's first token -> comments above it
        # @entry(expr) of the probe being lowered: (thread-local, expr) saved at entry
        self.entry_saves: list[tuple[str, ir.Expr]] = []
        self.entry_probes: list[ir.Probe] = []
        # the @defined() conditions of the branches being lowered, and the ones each
        # entry save was made under (ExprLowering.defined_branch)
        self.defined_guards: list[ir.Expr] = []
        self.entry_guards: dict[str, list[ir.Expr]] = {}
        # `probe NAME = points { prologue }` / `probe NAME += points { epilogue }`
        self.aliases: dict[str, list[P.ProbeAliasContext]] = {}
        # per-probe state
        self.probe_idx = -1
        self.points: list[ir.ProbePoint] = []
        self.locals: set[str] = set()
        self.unassigned: dict[str, Loc] = {}  # never-assigned locals read, at their first read
        self.tapset_aliases: list[str] = []
        self.in_condition = False  # lowering a probe point's `if (...)` condition
        self.warnings: list[str] = []  # stap's pass-2 warnings, for the drivers to print
        self.fn_warnings: dict[str, list[str]] = {}
        self.warning_errors: list[XtraceError] = []  # the same, as `stap -W` makes them
        self.dropped: set[int] = set()  # probes (their indexes) that match nothing
        # probes (their indexes) with an alias a wildcard named whose points take
        # not the wildcard's suffix
        self.wild_mismatch: set[int] = set()
        self.fn_ctxs: dict[str, P.FunctionDeclContext] = {}
        # what stap's optimizer deletes in the body being lowered (deadexpr.py), and in
        # each probe (by its index in the units program() lowers)
        self.elision: Elision = NOTHING
        self.unit_elisions: list[Elision] = []
        # every function the script declares, elided or not (stap resolves names first)
        self.fn_declared: dict[str, P.FunctionDeclContext] = {}
        self.c_blocks: list[ir.CBlock] = []  # top-level %{ ... %} (stap -g)
        self.fn_params: dict[str, list[str]] = {}
        self.function: Optional[str] = None      # the function being lowered
        self.loops = 0                            # loops around the statement being lowered
        # (function index, param) <- argument (in its probe/function index): print kinds
        self.links: list[tuple[tuple[int, str], ir.Expr, int]] = []
        # foreach variables: (probe/function index, array, key variables, value variable)
        self.foreach_binds: list[tuple[int, str, list[str], Optional[str]]] = []

    # ------------------------------------------------------------ helpers

    def loc(self, node) -> Loc:
        loc = loc_of(self.filename, node)
        if self.library_line is not None and loc.line >= self.library_line:
            return Loc(TAPSET_FILE, loc.line - self.library_line + 1, loc.col)
        return loc

    def error(self, msg: str, node, kind: str = "error") -> XtraceError:
        loc = node if isinstance(node, Loc) else self.loc(node)
        return XtraceError(msg, loc, self.source, kind=kind)

    # ------------------------------------------------------------ program

    def program(self, tree: P.ProgramContext) -> ir.Program:
        self.tokens = tree.parser.getTokenStream()
        pending: list[str] = []
        self.header: list[str] = []
        for i, top in enumerate(tree.topDecl()):
            self._declaration(top)
            # comments above a global or function travel with the next probe, but
            # for a global's own (frontends/global_comments.py); the file's opening comment
            # is the translation's own (split_header)
            if i == 0:
                hidden = self.tokens.getHiddenTokensToLeft(top.start.tokenIndex) or []
                self.header, own = split_header(hidden, top.start,
                                                isinstance(top.probeDecl(), P.ProbeDefContext),
                                                only_item=len(tree.topDecl()) == 1)
                pending += own
            else:
                pending += self._comments_before(top.start)
            if top.globalDecl() is not None:
                self._leading_comment(top, pending)
            if isinstance(top.probeDecl(), P.ProbeDefContext):
                self.lead_comments[top.probeDecl().start.tokenIndex] = pending
                pending = []
        self._find_aggregates(tree)
        decls = [t.probeDecl() for t in tree.topDecl() if isinstance(t.probeDecl(), P.ProbeDefContext)]
        units = [(d, part, blocks) for d in decls
                 for pts, blocks in self._expand(_points(d.probePointList()), [d.block()], 0)
                 for part in self._per_kind(pts, blocks)]
        for name, f in self.fn_ctxs.items():
            self.fn_params[name] = [p.IDENT().getText() for p in f.param()]
        fn_elisions = self._optimize(units)
        functions = [self._function(f, i, fn_elisions.get(name, NOTHING))
                     for i, (name, f) in enumerate(self.fn_ctxs.items())]
        for name, f in self.fn_declared.items():
            if name not in self.fn_ctxs:
                self._symbol_checks(lambda: self._function(f, len(self.fn_ctxs), NOTHING),
                                    _LOWERING_RECORDS + _FUNCTION_RECORDS)
        probes = [self._probe(d, pts, blocks, i) for i, (d, pts, blocks) in enumerate(units)]
        for d in {id(d): d for d, _p, _b in units}.values():
            mine = [i for i, (u, _p, _b) in enumerate(units) if u is d]
            if mine and all(i in self.wild_mismatch and i in self.dropped for i in mine):
                raise self.error("no alias the wildcard matches takes its suffix "
                                 f"('{d.probePointList().getText()}')", d.probePointList())
        for (d, _pts, _b), probe in zip(units, probes):
            if all(p.suffix is None for p in _points(d.probePointList())):
                probe.must_match = d.start.tokenIndex  # one group per written probe
        globals_ = self._globals()
        bodies = probes + [ir.Probe([], f.body) for f in functions]
        self._foreach_links(probes, functions)
        self._histogram_updates(bodies, globals_)
        fix_print_formats(self.print_fixes, self.assigns, globals_, functions, self.links,
                          self.local_resets)
        for name, loc in untyped_globals(globals_, bodies)[:1]:
            raise XtraceError(f"unresolved type for global '{name}' (nothing in the script "
                              "gives it one)", loc, self.source, kind="semantic error")
        # stap auto-prints the script's own globals, never a tapset's (argv.stp's argv_2 ...)
        auto = [g for g in usage.unused_written(globals_, bodies) if g.loc.file != TAPSET_FILE]
        seqs = [min((point_sequence(p, self.filename, self.source) for p in pts), default=0)
                for _d, pts, _b in units]
        order = list(range(len(probes)))
        if any(seqs):
            order.sort(key=lambda i: seqs[i])  # stable: ties keep text order
        probes = [probes[i] for i in order if i not in self.dropped]
        # entry sides first: their assignments type the thread-locals the returns read
        probes = self.entry_probes + probes
        if not probes:
            # stap's pass 2 needs one probe of the script's own (an alias is none)
            raise XtraceError("no probes found", Loc(self.filename, 1, 1), self.source,
                              kind="semantic error")
        if auto:
            probes.append(self._autoprint_probe(auto))
        self.warnings += [w for name in sorted(self.fn_warnings) for w in self.fn_warnings[name]]
        functions = without_unreached_tapset_functions(functions, probes, TAPSET_FILE)
        # a translated D script's non-quiet framing: the framing, not quiet
        framed = read_dtrace_framing(globals_, probes)
        prog = ir.Program(file=self.filename, lang="stap", globals=globals_, probes=probes,
                          options={"syscall_names": "stap", "warnings": self.warnings,
                                   **({"quiet": False} if framed else {}),
                                   "warning_errors": self.warning_errors,
                                   **({"unoptimized": True} if self.unoptimized else {}),
                                   **({"header_comments": self.header} if self.header else {})},
                          source=self.source,
                          functions=functions, c_blocks=self.c_blocks)
        # the translation's stap functions for D's subroutines: those subroutines
        prog = read_dtrace_strstr(read_dtrace_helpers(prog, self.filename, self.optimize))
        # and a narrow variable's read then its step: the D/Vue postfix it ports
        prog = read_postfix_steps(prog)
        without_elided_globals(prog, self.elided_names)
        return as_anon_aggregation(prog, set(self.anon_notes.values()))

    def _foreach_links(self, probes: list[ir.Probe], functions: list[ir.Function]) -> None:
        """A foreach key variable has the kind of its array's key column, a value
        variable the kind of the array's values (for print's formats)."""
        if not self.foreach_binds:
            return
        by_map: dict[str, list[tuple[int, list[str], Optional[str]]]] = {}
        for idx, arr, keys, value in self.foreach_binds:
            by_map.setdefault(arr, []).append((idx, keys, value))
            if value is not None:
                self.links.append(((idx, value), ir.Index(arr, []), idx))
        owners = [(i, p.body) for i, p in enumerate(probes)] + \
            [(FUNCTION_IDX + i, f.body) for i, f in enumerate(functions)]
        for use_idx, body in owners:
            for x in ir.walk(body):
                name = getattr(x, "map", None) or getattr(x, "agg", None)
                keys = getattr(x, "keys", None)
                if not isinstance(name, str) or not keys or name not in by_map \
                        or not isinstance(keys[0], ir.Expr):
                    continue
                for idx, names, _value in by_map[name]:
                    for var, key in zip(names, keys):
                        self.links.append(((idx, var), key, use_idx))

    def _optimize(self, units: list[tuple]) -> dict[str, Elision]:
        """What stap's optimizer deletes before anything is checked (deadexpr.py): the
        probes' elisions go to self.unit_elisions, the functions' are returned, and the
        script's own functions the remaining code never calls are dropped unlowered
        (xtrace's tapset functions stay: the lowering may call them by another name).
        Nothing under stap -u, nor without `optimize`."""
        self.fn_declared = dict(self.fn_ctxs)
        if self.port:
            return self._port_elisions(units)
        if not self.optimize:
            self.unit_elisions = [NOTHING] * len(units)
            return {}
        opt = Optimizer(self.fn_ctxs, set(self.decls))
        fn_elisions: dict[str, Elision] = {}
        for name, f in self.fn_ctxs.items():
            if f.block() is not None:
                params = {p.IDENT().getText() for p in f.param()}
                fn_elisions[name] = opt.body([f.block()], self._assigned_names(f.block()) | params, name)
            else:
                fn_elisions[name] = NOTHING
        self.unit_elisions = [opt.body(blocks, set().union(*(self._assigned_names(b) for b in blocks)),
                                       tapset=[b for b in blocks if self.loc(b).file == TAPSET_FILE])
                              for _d, _pts, blocks in units]
        live = opt.reachable(set().union(set(), *(e.calls for e in self.unit_elisions)), fn_elisions)
        self.fn_ctxs = {name: f for name, f in self.fn_ctxs.items()
                        if name in live or self.loc(f).file != self.filename}
        return fn_elisions

    def _port_elisions(self, units: list[tuple]) -> dict[str, Elision]:
        """What a translation leaves out of the probes (to self.unit_elisions) and the
        functions (returned) of what stap's optimizer deletes (deadexpr.for_port). Every
        function stays: one nothing calls any more prints as written (D and Vue, which
        write a call out at the spot, drop it anyway)."""
        opt = Optimizer(self.fn_ctxs, set(self.decls))

        def own(stmt: P.StatementContext) -> bool:
            return self.loc(stmt).file == self.filename

        fn_elisions: dict[str, Elision] = {}
        for name, f in self.fn_ctxs.items():
            if f.block() is not None and own(f):
                params = {p.IDENT().getText() for p in f.param()}
                el = opt.body([f.block()], self._assigned_names(f.block()) | params, name)
                fn_elisions[name] = for_port(el, [f.block()], own)
        self.unit_elisions = []
        for _d, _pts, blocks in units:
            el = opt.body(blocks, set().union(*(self._assigned_names(b) for b in blocks)),
                          tapset=[b for b in blocks if self.loc(b).file == TAPSET_FILE])
            self.unit_elisions.append(for_port(el, blocks, own))
        return fn_elisions

    def _dead_checks(self, ctx: P.StatementContext) -> None:
        """What stap finds in a statement its optimizer deletes, since it looks before
        the deletion: its parser's errors (syntax.py: one foreach sort, known `@`
        operators, ...), the errors of its symbol resolution (an unknown function, a
        wrong number of arguments, a global used as a scalar and an array, an array
        that is no global), and the never-assigned locals it reads, which it warns of
        (unassigned.py). The statement is lowered for those and thrown away; its other
        errors (types, `$var`s, `@cast` members) are not stap's to report."""
        from .syntax import Checker
        Checker(self.filename, self.source, self.guru).statements(
            ctx, "function" if self.function is not None else "probe", self.fn_declared)
        self._symbol_checks(lambda: self._stmt(ctx), _LOWERING_RECORDS)

    def _symbol_checks(self, lower, records: tuple[str, ...]) -> None:
        """Runs `lower` (the lowering of code stap's optimizer deletes: a statement, or
        a function nothing calls) for the errors stap's symbol resolution reports,
        which it makes before it optimizes; what the lowering records (`records`, the
        attributes) is thrown away, and its other errors too."""
        kept = {k: _shallow(getattr(self, k)) for k in records}
        elision, self.elision = self.elision, NOTHING
        functions, self.fn_ctxs = self.fn_ctxs, self.fn_declared  # the elided ones too
        function, probe_idx = self.function, self.probe_idx
        try:
            lower()
        except XtraceError as ex:
            if any(words in ex.message for words in _SYMBOL_ERRORS):
                raise
        finally:
            self.elision, self.fn_ctxs = elision, functions
            self.function, self.probe_idx = function, probe_idx
            for k, v in kept.items():
                setattr(self, k, v)

    # ------------------------------------------------------------ functions

    def _function(self, ctx: P.FunctionDeclContext, i: int, elision: Elision = NOTHING) -> ir.Function:
        """`function name:type(p:type, ...) { body }` (types optional, inferred by analysis)."""
        name = ctx.IDENT().getText()
        self.probe_idx = FUNCTION_IDX + i
        self.elision = elision
        self.points = []
        self.function = name
        ret = None
        types = ctx.typeName()
        if types:
            ret = self._type(types[0])
        params = []
        for p in ctx.param():
            pname = p.IDENT().getText()
            if any(q.name == pname for q in params):
                raise self.error(f"duplicate parameter '{pname}'", p)
            params.append(ir.Param(pname, self._type(p.typeName()) if p.typeName() else None,
                                   loc=self.loc(p)))
        if ctx.EMBEDDED() is not None:
            # C as written (stap -g): the parameters and result are its STAP_ARG_* and
            # STAP_RETVALUE; the types come from the declaration or the calls
            self.function = None
            return ir.Function(name, params, ir.Block([], loc=self.loc(ctx.EMBEDDED())), ret,
                               loc=self.loc(ctx.IDENT()), c_body=self.c_block(ctx.EMBEDDED()))
        # a parameter hides a global of its name in the function (stap's find_var
        # looks at the formal arguments before the globals)
        self.params = {q.name for q in params}
        if self.loc(ctx).file == TAPSET_FILE:
            # xtrace's tapset code sees none of the script's globals: its locals are
            # its own whatever the script declares (its own globals are __xt_ names)
            self.params |= {n for n, d in self.decls.items() if d.loc.file != TAPSET_FILE}
        self.locals = self._assigned_names(ctx.block(), frozenset(self.params)) | {q.name for q in params}
        self.unassigned, self.tapset_aliases = {}, []
        body = self._block(ctx.block())
        self._initialize_unassigned(body, self.locals)
        self.function, self.params = None, set()
        return ir.Function(name, params, body, ret, loc=self.loc(ctx.IDENT()))

    def _type(self, t: P.TypeNameContext):
        from xtrace.ir.types import INT64, STRING
        word = t.getText()
        if word == "long":
            return INT64
        if word == "string":
            return STRING
        raise self.error(f"unknown type '{word}' (stap has long and string)", t)

    def _histogram_updates(self, probes: list[ir.Probe], globals_: list[ir.Global]) -> None:
        """An aggregate printed with @hist_log/@hist_linear collects that histogram:
        its `<<<` updates say so (ir.nodes.AggUpdate)."""
        if not self.hist_reads:
            return
        for g in globals_:
            if g.name in self.hist_reads:
                g.agg_func = self.hist_reads[g.name][0]
        for p in probes:
            for x in irwalk.nodes(p.body):
                if isinstance(x, ir.AggUpdate) and x.agg in self.hist_reads:
                    op, params, _loc = self.hist_reads[x.agg]
                    x.func = op
                    x.args = x.args[:1] + [ir.IntLit(v.value, loc=v.loc) for v in params]

    def _declaration(self, top: P.TopDeclContext) -> None:
        if top.globalDecl() is not None:
            for v in top.globalDecl().globalVar():
                self._global_var(v)
            self._trailing_comments(top.globalDecl())
        elif top.functionDecl() is not None:
            f = top.functionDecl()
            name = f.IDENT().getText()
            if f.EMBEDDED() is not None and not self.guru:
                raise self.embedded_c(f.EMBEDDED())
            if name in self.fn_ctxs:
                raise self.error(f"function '{name}' is defined twice", f.IDENT())
            if len(f.typeName()) > 1:
                raise self.error("a function has one return type", f.typeName(1))
            self.fn_ctxs[name] = f
        elif isinstance(top.probeDecl(), P.ProbeAliasContext):
            alias = top.probeDecl()
            for name in expand_point(alias.probePoint()):
                spelled = ".".join(c.ppName().getText() for c in name.ppComponent())
                if "*" in spelled:
                    # a probe point names aliases with wildcards, an alias names itself exactly
                    raise self.error(f"probe alias name '{spelled}' must not contain wildcards",
                                     alias.probePoint(), kind="semantic error")
                self.aliases.setdefault(self._point_key(name), []).append(alias)
        elif top.EMBEDDED() is not None:
            if not self.guru:
                raise self.embedded_c(top)
            self.c_blocks.append(self.c_block(top.EMBEDDED()))

    def embedded_c(self, node) -> XtraceError:
        """stap's error for embedded C in a script run without -g (guru mode)."""
        return self.error(GURU_ONLY, node, kind="parse error")

    def c_block(self, tok) -> ir.CBlock:
        """The C of an EMBEDDED token (stap -g): its text between `%{` and `%}`, which
        starts on the token's line."""
        return ir.CBlock(tok.getText()[2:-2], loc=self.loc(tok))

    def embedded_expr(self, tok, stmt: bool = False) -> ir.EmbeddedC:
        """`%{ code %}` in an expression (stap -g): a number, or a string under stap's
        `/* string */` pragma; `stmt`: in a statement's place, C statements."""
        if not self.guru:
            raise self.embedded_c(tok)
        code = tok.getText()[2:-2]
        return ir.EmbeddedC(code, is_str=not stmt and _STRING_PRAGMA.search(code) is not None,
                            stmt=stmt, loc=self.loc(tok))

    def _global_var(self, v: P.GlobalVarContext) -> None:
        name = v.IDENT().getText()
        if name in self.decls:
            raise self.error(f"global '{name}' is declared twice", v)
        size = parse_int(v.INT().getText(), self.loc(v.INT()), self.source) if v.INT() else None
        init: Optional[ir.Expr] = None
        lit = v.literal()
        if lit is not None:
            lloc = self.loc(lit)
            if lit.STRING():
                init = ir.StrLit(decode_strings(lit.STRING(), lloc, self.source), loc=lloc)
            else:
                neg = lit.getChildCount() == 2
                init = ir.IntLit(parse_int(lit.INT().getText(), lloc, self.source, negate=neg), loc=lloc,
                                 spelling=ir.radix_spelling(lit.INT().getText()))
        if size is not None and size <= 0:
            raise self.error(f"array size of '{name}' must be positive", v.INT())
        self.decls[name] = _Decl(name, size, init, self.loc(v), wrap=v.wrap is not None)
        # `global counts  # D's anonymous aggregation @`: a translation's note (ir.anonagg)
        own = v.parser.getTokenStream() is self.tokens
        for t in (self.tokens.getHiddenTokensToRight(v.stop.tokenIndex) or []) if own else []:
            if t.line == v.stop.line and is_note(t.text):
                self.anon_notes[t.tokenIndex] = name

    def _own_declaration(self, ctx) -> bool:
        """Whether `ctx` is the script's own (not a tapset's, whose comments are not
        the script's)."""
        return ctx.parser.getTokenStream() is self.tokens and self.loc(ctx).file == self.filename

    def _trailing_comments(self, decl: P.GlobalDeclContext) -> None:
        """Each global of `decl` takes the comment after it on its line; those on the
        declaration's last line with none of their own share the line's (`global a,
        b  # per pid`), as D's `int a, b;  /* ... */` does."""
        if not self._own_declaration(decl):
            return
        found: list[tuple[P.GlobalVarContext, Optional[str]]] = []
        for v in decl.globalVar():
            if any(t.tokenIndex in self.anon_notes for t in
                   self.tokens.getHiddenTokensToRight(v.stop.tokenIndex) or []):
                continue  # the port's note on D's anonymous aggregation (ir.anonagg)
            got = trailing_comment(self.tokens, v.stop)
            if got is not None:
                self.comments_taken.update(got[1])
            found.append((v, got[0] if got else None))
        last_line = decl.stop.line
        shared = found[-1][1] if found and found[-1][0].stop.line == last_line else None
        for v, text in found:
            if text is None and v.stop.line == last_line:
                text = shared
            if text:
                self.decls[v.IDENT().getText()].comment = text

    def _leading_comment(self, top: P.TopDeclContext, pending: list[str]) -> None:
        """A one-line comment right above the declaration of one global with no
        comment after it is that global's (frontends/global_comments.py): taken off `pending`."""
        vars_ = top.globalDecl().globalVar()
        if len(vars_) != 1 or not self._own_declaration(top):
            return
        decl = self.decls.get(vars_[0].IDENT().getText())
        if decl is None or decl.comment is not None or any(
                t.tokenIndex in self.comments_taken or t.tokenIndex in self.anon_notes
                for t in self.tokens.getHiddenTokensToRight(vars_[0].stop.tokenIndex) or []
                if t.line == vars_[0].stop.line):
            return
        text = leading_comment(self.tokens, top, pending)
        if text is not None:
            decl.comment = text
            pending.pop()

    def _find_aggregates(self, tree: P.ProgramContext) -> None:
        """`x <<< v` / `x[k] <<< v` anywhere makes x a statistics aggregate; so does
        a global read by a statistic's operator (`@count(x)`, `@hist_log(x[k])`) and
        nothing else: stap types it from that read (SystemTap's own
        testsuite/systemtap.maps/absentstats.stp reads a statistic never filled)."""
        for node in walk(tree):
            if isinstance(node, P.AssignExprContext) and node.op.text == "<<<":
                name = _operand_name(node.expr(0))
                if name is not None:
                    self.agg_names.add(name)
            elif isinstance(node, (P.AtExprContext, P.HistBaseContext)) and node.expr():
                op = node.AT_IDENT().getText()[1:]
                if op in STAT_OPS or op in HIST_OPS:
                    name = _operand_name(node.expr(0))
                    if name is not None and name in self.decls:
                        self.agg_names.add(name)

    def _globals(self) -> list[ir.Global]:
        out = []
        for d in self.decls.values():
            if d.name in self.agg_names:
                if d.init is not None:
                    raise self.error(f"statistics aggregate '{d.name}' cannot have an initial value",
                                     d.loc)
                out.append(ir.Global(d.name, "agg", agg_func="stats", size=d.size, loc=d.loc,
                                     comment=d.comment))
            elif d.size is not None or d.wrap or self.shape.get(d.name) == "array":
                if d.init is not None:
                    raise self.error(f"array '{d.name}' cannot have an initial value", d.loc)
                out.append(ir.Global(d.name, "map", size=d.size, wrap=d.wrap, loc=d.loc,
                                     comment=d.comment))
            else:
                out.append(ir.Global(d.name, "scalar", init=d.init, loc=d.loc, comment=d.comment))
        return out

    def _autoprint_probe(self, auto: list[ir.Global]) -> ir.Probe:
        """stap prints written-but-unused globals at exit; say it in an END probe."""
        stmts: list[ir.Stmt] = []
        for g in auto:
            if g.kind == "agg":
                stmts.append(ir.PrintAgg(g.name, layout="stap", value_func="count",
                                         sort_by="value", descending=True, loc=g.loc))
            else:
                stmts.append(ir.PrintVar(g.name, loc=g.loc))
        loc = auto[0].loc
        return ir.Probe([ir.ProbePoint("end", spelling="end", loc=loc)],
                        ir.Block(stmts, loc=loc), loc=loc)

    # -------------------------------------------------------------- probes

    def _entry_probe(self, ctx) -> ir.Probe:
        """The entry side of a .return probe that uses @entry(): it saves each
        expression in the thread-local the return side reads."""
        import dataclasses
        loc = self.loc(ctx)
        points = [dataclasses.replace(pp, is_return=False, spelling=pp.spelling.removesuffix(".return"))
                  for pp in self.points]
        stmts: list[ir.Stmt] = []
        for name, value in self.entry_saves:
            save: ir.Stmt = ir.ExprStmt(ir.Assign(ir.Var(name, "thread", loc=value.loc), "=", value,
                                                  loc=value.loc), loc=value.loc)
            for guard in reversed(self.entry_guards.get(name, [])):
                # made in a branch an @defined() decides: made at entry under it too
                # (a copy: analysis settles each probe's @defined on its own nodes)
                save = ir.If(copy.deepcopy(guard), save, loc=value.loc)
            stmts.append(save)
        self.entry_saves = []
        self.entry_guards = {}
        return ir.Probe(points, ir.Block(stmts, loc=loc), loc=loc)

    def _entry_filtered(self, predicate: Optional[ir.Expr]) -> None:
        """The return side's test of who returns (`pid() == target()`), when it reads
        nothing a call can change, is the entry side's too: the @entry values are then
        saved only for the threads whose return reads and frees them, as a porter
        writes `fbt::f:entry /pid == $target/ { self->x = ...; }` (saved for every
        thread, each other thread's slot would stay filled for the whole session)."""
        entry = self.entry_probes[-1]
        if any(pt.target_only for pt in self.points):
            entry.points = [dataclasses.replace(pt, target_only=True) for pt in entry.points]
        if predicate is not None and _same_at_entry(predicate):
            entry.predicate = copy.deepcopy(predicate)

    @staticmethod
    def _point_key(pc: P.ProbePointContext) -> str:
        """A point as an alias name matches it: its components, without `?`/`!`/`if`."""
        return ".".join(c.getText() for c in pc.ppComponent())

    def _expand(self, pctxs: list, blocks: list, depth: int,
                suffix: tuple[str, ...] = (), optional: bool = False,
                conds: tuple = (), wild: bool = False) -> list[tuple[list, list]]:
        """Resolve probe aliases: each point naming an alias becomes the alias's points,
        with the alias body before (`=`, a prologue) or after (`+=`, an epilogue) the
        bodies so far. A wildcard point (`myalias.*`) names every alias it matches;
        a point naming an alias plus more components (`myalias.return`) gives those
        components to the alias's points, as stap's alias suffixes do; an optional use
        (`myalias ?`) makes the alias's points optional, and a condition on a use
        (`myalias if (c)`) is added to the alias's points' own. A wildcard with a
        suffix (`vm.*.call`) names the aliases it matches whose points take the
        suffix (`wild`: the others are dropped, as stap's wildcard keeps the
        expansions that resolve). Returns (points, bodies) groups, one probe each."""
        plain: list = []
        out: list[tuple[list, list]] = []
        for pc in pctxs:
            key = self._point_key(pc)
            aliases, wild_use = self._aliases_for(key)
            if suffix and "*" not in key and not any("*" in c for c in suffix):
                # stap appends a use's suffix to the alias's point and resolves the
                # whole (`probe b = a`, `probe a.d = begin`: `b.d` is `a.d`), so the
                # longer alias name wins over the suffix given to a shorter one
                whole, _ = self._aliases_for(".".join((key,) + suffix))
                if whole:
                    aliases, suffix = whole, ()
            if not aliases:
                plain.append(_Suffixed(pc, suffix, optional, conds, wild)
                             if suffix or optional or conds else pc)
                continue
            if depth > 16:
                raise self.error("probe alias expansion is too deep (recursive alias?)", pc)
            use_conds = conds + ((pc.expr(),) if pc.expr() is not None else ())
            for a, more in aliases:
                body = [a.block()] + blocks if a.aliasOp.text == "=" else blocks + [a.block()]
                out += self._expand(_points(a.probePointList()), body, depth + 1, more + suffix,
                                    optional or pc.suffix is not None, use_conds,
                                    wild or (wild_use and bool(more)))
        # a condition belongs to its point (`probe a, b if (c)`: only b's hits test c),
        # so points with different conditions make separate probes of the same body
        groups: dict[tuple[str, ...], list] = {}
        for p in plain:
            conds_of = ((_plain(p).expr(),) if _plain(p).expr() is not None else ()) \
                + getattr(p, "use_conds", ())
            groups.setdefault(tuple(c.getText() for c in conds_of), []).append(p)
        out[:0] = [(group, blocks) for group in groups.values()]
        return out

    def _per_kind(self, pctxs: list, blocks: list) -> list[list]:
        """The points of one probe, in groups that each make a probe of the same body:
        one group, but when its body reads the probe's context (`$var`, `$$parms`,
        `@defined`, `@var`; not `$return`, every return point's value) and its points
        are of different kinds, one group per kind.
        stap elaborates each point on its own (`$prev` of kernel.function("schedule_tail")
        is the function's parameter, of kernel.trace("sched_switch") the tracepoint's
        argument); xtrace resolves a probe's context once for all its points, which
        points of one kind allow when they agree."""
        if len(pctxs) < 2 or not any(
                (isinstance(x, P.TargetExprContext) and x.TARGET_VAR().getText() != "$return")
                or (isinstance(x, P.AtExprContext) and x.AT_IDENT().getText() in ("@defined", "@var"))
                for b in blocks for x in walk(b)):
            return [pctxs]
        groups: dict[tuple[str, ...], list] = {}
        for p in pctxs:
            try:
                kinds = tuple(sorted({pp.kind for pp in lower_points(_plain(p), self.filename,
                                                                      self.source, self.guru)}))
            except XtraceError:
                kinds = ()  # the lowering of the probe reports it (or skips an optional one)
            groups.setdefault(kinds, []).append(p)
        return list(groups.values())

    def _aliases_for(self, key: str) -> tuple[list[tuple[object, tuple[str, ...]]], bool]:
        """The aliases a point names, each with the components the point adds after
        the alias's name, and whether a wildcard named them. A wildcard names every
        alias it matches, and with components after it (`vm.*.return`) each alias
        its head matches that they are no alias's name after (vm.pagefault.return is
        an alias; vm.brk.return is vm.brk with `.return`), as stap's probe point tree
        matches them."""
        if key in self.aliases:
            return [(a, ()) for a in self.aliases[key]], False
        comps = key.split(".")
        if "*" not in key:
            for i in range(len(comps) - 1, 0, -1):
                head = ".".join(comps[:i])
                if head in self.aliases:
                    return [(a, tuple(comps[i:])) for a in self.aliases[head]], False
            return [], False
        whole = _alias_pattern(key)
        found = [(a, ()) for name, al in self.aliases.items() if whole.fullmatch(name) for a in al]
        named = {name for name in self.aliases if whole.fullmatch(name)}
        for i in range(len(comps) - 1, 0, -1):
            head = ".".join(comps[:i])
            pattern = _alias_pattern(head)
            for name, al in self.aliases.items():
                if pattern.fullmatch(name) and not any(n.startswith(name + ".") for n in named):
                    found += [(a, tuple(comps[i:])) for a in al]
                    named.add(name)
        return found, True

    def _points_at_use(self, ctx: P.ProbeDefContext) -> None:
        """The points a tapset alias stands for are located at the script's probe point
        that names the alias (their own text follows the script's, past its last line)."""
        if self.library_line is None:
            return
        at = self.loc(ctx.probePointList()) if ctx.probePointList() is not None else self.loc(ctx)
        for pp in self.points:
            if pp.loc.file == self.filename and pp.loc.line >= self.library_line:
                pp.loc = at

    def _probe(self, ctx: P.ProbeDefContext, pctxs: list, blocks: list, idx: int) -> ir.Probe:
        self.probe_idx = idx
        self.elision = self.unit_elisions[idx] if idx < len(self.unit_elisions) else NOTHING
        self.points, kept = [], []
        skipped: Optional[XtraceError] = None
        # None: nothing skipped; True: only points a suffix does not fit, which stap
        # itself resolves to nothing (no warning then); False: some xtrace cannot resolve
        suffix_only: Optional[bool] = None
        for p in pctxs:
            try:
                pps = lower_points(_plain(p), self.filename, self.source, self.guru)
            except XtraceError as ex:
                # an optional point (`?`, `!`) that xtrace cannot resolve is skipped,
                # as stap skips one that does not resolve
                if _plain(p).suffix is None and not getattr(p, "use_optional", False):
                    raise
                skipped, suffix_only = ex, False
                continue
            try:
                pps = [_with_suffix(pp, p.alias_suffix if isinstance(p, _Suffixed) else (),
                                    _plain(p), self.error) for pp in pps]
            except XtraceError as ex:
                # an optional point that takes no such suffix (`probe a = begin ?` used
                # as `a.maxactive(10)`) resolves to nothing, and stap skips it
                if _plain(p).suffix is not None or getattr(p, "use_optional", False):
                    skipped, suffix_only = ex, suffix_only is not False
                    continue
                # `vm.*.call` names vm.kmalloc too, whose tracepoint takes no `.call`:
                # stap's wildcard leaves that expansion out
                if not getattr(p, "use_wild", False):
                    raise
                self.wild_mismatch.add(idx)
                continue
            for pp in pps:
                if getattr(p, "use_optional", False):
                    pp.optional = True
                self.points.append(pp)
            kept.append(p)
        self._points_at_use(ctx)
        if not kept and skipped is None and idx in self.wild_mismatch:
            self.dropped.add(idx)
            return ir.Probe([], ir.Block([], loc=self.loc(ctx)), loc=self.loc(ctx))
        if not kept and skipped is not None:
            # stap drops a probe whose optional points all match nothing, unelaborated;
            # one xtrace cannot resolve (hotspot.method_entry ?, process("php").mark(...) ?
            # in profiling/ucalls.stp) is dropped too, and said so, as it may be a point
            # stap would have found
            if not isinstance(skipped, NoMarkers) and not suffix_only:
                loc = skipped.loc
                self.warnings.append(f"WARNING: probe dropped (its points are optional): "
                                     f"{skipped.message}: at {loc.file}:{loc.line}:{loc.col}\n")
            self.dropped.add(idx)
            return ir.Probe([], ir.Block([], loc=self.loc(ctx)), loc=self.loc(ctx))
        pctxs = [_plain(p) for p in kept]
        self.locals = set().union(*(self._assigned_names(b) for b in blocks))
        self.unassigned = {}
        # xtrace's own tapset aliases (library.py) among the ones this probe uses
        self.tapset_aliases = [b.parentCtx.probePoint().getText() for b in blocks
                               if self.loc(b).file == TAPSET_FILE
                               and isinstance(b.parentCtx, P.ProbeAliasContext)]
        predicate = self._point_condition(kept)
        tapset_stmts: set[int] = set()
        if len(blocks) == 1:
            body = self._block(blocks[0])
        else:  # an alias's body and the user's share one scope, as in stap
            parts = [(self.loc(b).file == TAPSET_FILE, self._block(b).stmts) for b in blocks]
            tapset_stmts = {id(s) for tapset, part in parts if tapset for s in part}
            body = ir.Block(_without_unread_tapset_vars(parts), loc=self.loc(ctx.block()))
        self._initialize_unassigned(body, self.locals)
        # the entry values only the tapset variables deleted above read are not saved
        read = {v.name for v in ir.walk(body) if isinstance(v, ir.Var) and v.scope == "thread"}
        self.entry_saves = [(name, v) for name, v in self.entry_saves if name in read]
        saved = [name for name, _ in self.entry_saves]
        if self.entry_saves:
            self.entry_probes.append(self._entry_probe(ctx))
        # `if (pid() != target()) next` (or a body under `if (pid() == target())`) on
        # a library's functions: the -c command's process alone, as D's
        # pid$target:lib and Vue's @@uft:$__CPID:lib say it
        # the port's errno local (errno_local.py) comes before its guard
        body = fold_errno_local(self.points, body)
        # a tapset alias's variables come first; the user's guard after them is still
        # the probe's predicate when it reads none of them (signal.send's `if (pid())`)
        prefix = _independent_alias_prefix(body.stmts, tapset_stmts)
        if prefix and saved and not _same_at_entry(body.stmts[prefix].cond):
            # the alias's @entry values are freed in the body: a predicate the entry
            # side cannot share would leave them saved for every call it rejects
            prefix = 0
        rest = ir.Block(body.stmts[prefix:], loc=body.loc)
        lead = self._leading_guard(rest)
        if predicate is None and _target_filter(self.points, lead):
            self.points = [dataclasses.replace(pt, target_only=True) for pt in self.points]
            lead = self._leading_guard(rest)
        whole = whole_body_guard(rest)
        if predicate is None and lead is None and _target_filter(self.points, whole):
            self.points = [dataclasses.replace(pt, target_only=True) for pt in self.points]
            whole = None
        body.stmts = body.stmts[:prefix] + rest.stmts
        for guard in (lead, whole):
            if guard is not None:
                predicate = guard if predicate is None else \
                    ir.Binary("&&", predicate, guard, loc=predicate.loc)
        if saved:
            self._entry_filtered(predicate)
        # before a closing exit(), where a porter writes it (exit() ends the session after the probe)
        at = len(body.stmts) - 1 if body.stmts and isinstance(body.stmts[-1], ir.Exit) else len(body.stmts)
        body.stmts[at:at] = _entry_frees(saved, body.loc)
        # the comments above the probe and those between its points and its '{'
        inner = comments_in_head(self.tokens, ctx)
        return ir.Probe(self.points, body, predicate, loc=self.loc(ctx),
                        comments=self.lead_comments.get(ctx.start.tokenIndex, [])
                        + self._comment_texts(inner))

    def _assigned_names(self, block: P.BlockContext, hidden: frozenset = frozenset()) -> set[str]:
        """Names a probe assigns (stap locals), so reads anywhere in it resolve; a
        global's name is one only when `hidden` hides that global."""
        names: set[str] = set()
        for node in walk(block):
            if isinstance(node, P.AssignExprContext):
                names.add(bare_name(node.expr(0)) or "")
            elif isinstance(node, (P.PreIncDecExprContext, P.PostIncDecExprContext)):
                names.add(bare_name(node.expr()) or "")
            elif isinstance(node, P.ForeachKeyContext):
                names.add(node.IDENT().getText())
            elif isinstance(node, P.ForeachHeadContext) and node.value is not None:
                names.add(node.value.text)
            elif isinstance(node, P.TryStmtContext) and node.IDENT() is not None:
                names.add(node.IDENT().getText())
        return names - {""} - (set(self.decls) - hidden)

    def _point_condition(self, points: list) -> Optional[ir.Expr]:
        """A stap conditional probe (`point if (c)`) runs its body only while c holds;
        a point of an alias used with conditions holds them all (`&&`)."""
        conds = [tuple(c for c in (_plain(p).expr(),) if c is not None)
                 + getattr(p, "use_conds", ()) for p in points]
        if all(not c for c in conds):
            return None
        texts = {tuple(c.getText() for c in cs) for cs in conds}
        if len(texts) != 1:
            raise self.error("different conditions on the points of one probe are not "
                             "supported yet", _plain(points[0]))
        # stap evaluates a condition whenever a global it names changes: only globals and
        # operators, no side effects and no calls
        for cond in conds[0]:
            for node in walk(cond):
                if isinstance(node, P.CallExprContext):
                    raise self.error("probe condition must not call functions", node,
                                     kind="semantic error")
                if isinstance(node, (P.AssignExprContext, P.PreIncDecExprContext,
                                     P.PostIncDecExprContext)):
                    raise self.error("probe condition must not modify any variables", node,
                                     kind="semantic error")
        out: Optional[ir.Expr] = None
        self.in_condition = True  # a name it reads is a global (stap has no locals there)
        try:
            for cond in conds[0]:
                e = self._expr(cond)
                out = e if out is None else ir.Binary("&&", out, e, loc=out.loc)
        finally:
            self.in_condition = False
        return out

    def _initialize_unassigned(self, body: ir.Block, assigned: set[str]) -> None:
        """stap's never-assigned locals of the body just lowered: each starts the
        body as 0 or "", with stap's warning (frontends/stap/unassigned.py)."""
        if not self.unassigned:
            return
        names = assigned | set(self.unassigned) | set(self.decls)
        # stap warns for the probes' locals first, then the functions' (by name)
        into = self.fn_warnings.setdefault(self.function, []) if self.function else self.warnings
        for name, loc in self.unassigned.items():
            into.append(unassigned.warning(name, loc, self.source, names - {name}))
            self.warning_errors.append(XtraceError(f"never-assigned local variable '{name}'", loc,
                                                   self.source, kind="semantic error"))
        zeros = self.unassigned
        if self.port:
            # a translation leaves out, with a comment, a statement stap's optimizer
            # deletes (nine.stp's `true ? f() : g(1)`): the 0 of a local only it read
            # is then a store nothing reads, which no porter writes (`this->true = 0;`)
            read = {x.name for x in ir.walk(body) if isinstance(x, ir.Var) and x.scope == "local"}
            zeros = {name: loc for name, loc in zeros.items() if name in read}
        body.stmts[:0] = unassigned.initializers(zeros, body)
        self.unassigned = {}

    @staticmethod
    def _leading_guard(body: ir.Block) -> Optional[ir.Expr]:
        """`if (!(c)) next` first in a body is a predicate c, and `if (a != b) next` is
        a == b (the printer writes them so)."""
        c = guard_of(body.stmts[0]) if body.stmts else None
        if c is None:
            return None
        body.stmts.pop(0)
        return guarded_predicate(c)

    def _comments_before(self, tok) -> list[str]:
        hidden = self.tokens.getHiddenTokensToLeft(tok.tokenIndex) or []
        # the anonymous aggregation's note is read, not carried into a translation
        return self._comment_texts([t for t in hidden if t.tokenIndex not in self.anon_notes
                                    and t.tokenIndex not in self.comments_taken])

    @staticmethod
    def _comment_texts(hidden: list) -> list[str]:
        return comment_texts(hidden)

    # ---------------------------------------------------------- statements

    def _block(self, ctx: P.BlockContext) -> ir.Block:
        # Only the user's blocks carry their comments (for translate): an alias's
        # block comes from a tapset, whose tokens are another stream.
        own = ctx.parser.getTokenStream() is self.tokens and self.loc(ctx).file == self.filename
        stmts: list[ir.Stmt] = []
        for c in ctx.statement():
            if own:
                stmts += self._comment_stmts(c.start)
            s = self._stmt(c)
            if isinstance(s, ir.Block) and id(s) in self.spliced:
                stmts += s.stmts  # (statements one stap statement reads as: _unkeyed_print)
            elif s is not None:
                stmts.append(s)
        if own:
            stmts += self._comment_stmts(ctx.stop)
        return ir.Block(stmts, loc=self.loc(ctx))

    def _comment_stmts(self, tok) -> list[ir.Stmt]:
        hidden = self.tokens.getHiddenTokensToLeft(tok.tokenIndex) or []
        return [ir.Comment(text, loc=self.loc(t)) for text, t in comment_runs(hidden)]

    def _stmt(self, ctx: P.StatementContext) -> Optional[ir.Stmt]:
        loc = self.loc(ctx)
        if self.elision.is_dead(ctx):
            self._dead_checks(ctx)
            if self.port:
                # the names it reads (a global only it read goes too: elided_globals.py)
                tokens = self.tokens.getTokens(ctx.start.tokenIndex, ctx.stop.tokenIndex + 1) or []
                self.elided_names.update(t.text for t in tokens if t.type == P.IDENT)
                # said where it was, so the port's reader knows why it is missing
                return ir.Comment(note_text(f"stap's optimizer deletes `{statement_text(ctx)}`, "
                                            "which has no effect: not translated"), loc=loc)
            return None  # stap's optimizer deletes it unchecked (deadexpr.py)
        value = self.elision.replacement(ctx)
        if value is not None:
            return self._expr_stmt(value, loc)  # the part of it stap's optimizer keeps
        if isinstance(ctx, P.BlockStmtContext):
            return self._block(ctx.block())
        if isinstance(ctx, P.EmptyStmtContext):
            return None
        if isinstance(ctx, P.IfStmtContext):
            cond = self._expr(ctx.expr())
            with self.defined_branch(cond, True):
                then = self._stmt(ctx.statement(0)) or ir.Block([], loc=loc)
            else_ = None
            if ctx.statement(1) is not None:
                with self.defined_branch(cond, False):
                    else_ = self._stmt(ctx.statement(1)) or ir.Block([], loc=loc)
            printed = _unkeyed_print(cond, then, else_)
            if isinstance(printed, list):
                block = ir.Block(printed, loc=loc)
                self.spliced.add(id(block))
                return block
            return printed if printed is not None else ir.If(cond, then, else_, loc=loc)
        if isinstance(ctx, P.NextStmtContext):
            if self.function is not None:
                raise self.error("cannot 'next' from function", ctx)
            return ir.Next(loc=loc)
        if isinstance(ctx, P.WhileStmtContext):
            cond = self._expr(ctx.expr())
            return ir.While(cond, self._loop_body(ctx.statement(), loc), loc=loc)
        if isinstance(ctx, P.ForStmtContext):
            return self._for(ctx, loc)
        if isinstance(ctx, (P.BreakStmtContext, P.ContinueStmtContext)):
            word = "break" if isinstance(ctx, P.BreakStmtContext) else "continue"
            if not self.loops:
                raise self.error(f"'{word}' outside a loop", ctx)
            return (ir.Break if word == "break" else ir.Continue)(loc=loc)
        if isinstance(ctx, P.ReturnStmtContext):
            if self.function is None:
                raise self.error("cannot 'return' from probe", ctx)
            value = self._expr(ctx.expr()) if ctx.expr() is not None else None
            return ir.Return(value, loc=loc)
        if isinstance(ctx, P.DeleteStmtContext):
            return self._delete(ctx.expr(), loc)
        if isinstance(ctx, P.ForeachStmtContext):
            return lower_foreach(self, ctx)
        if isinstance(ctx, P.ExprStmtContext):
            if not self.optimize and not self.unoptimized and is_dead_expression(ctx.expr()):
                return None  # deleted unchecked, as stap's optimizer deletes it
            return self._expr_stmt(ctx.expr(), loc)
        if isinstance(ctx, P.TryStmtContext):
            var = ctx.IDENT().getText() if ctx.IDENT() is not None else None
            if var is not None:
                # the catch variable holds the message: print(var) prints a string
                self.links.append(((self.probe_idx, var), ir.StrLit("", loc=loc), self.probe_idx))
            return ir.Try(self._block(ctx.block(0)), self._block(ctx.block(1)), var, loc=loc)
        if isinstance(ctx, P.EmbeddedStmtContext):
            return ir.ExprStmt(self.embedded_expr(ctx.EMBEDDED(), stmt=True), loc=loc)
        raise self.error("unsupported statement", ctx)

    def _loop_body(self, ctx: P.StatementContext, loc: Loc) -> ir.Stmt:
        self.loops += 1
        try:
            return self._stmt(ctx) or ir.Block([], loc=self.loc(ctx))
        finally:
            self.loops -= 1

    def _for(self, ctx: P.ForStmtContext, loc: Loc) -> ir.Stmt:
        """`for (init; cond; step) body` is init, then a While with a step."""
        cond = self._expr(ctx.cond) if ctx.cond is not None else ir.IntLit(1, loc=loc)
        step = self._expr(ctx.step) if ctx.step is not None else None
        loop = ir.While(cond, self._loop_body(ctx.statement(), loc), step, loc=loc)
        if ctx.init is None:
            return loop
        return ir.Block([ir.ExprStmt(self._expr(ctx.init), loc=self.loc(ctx.init)), loop], loc=loc)

    def _delete(self, e: P.ExprContext, loc: Loc) -> ir.Stmt:
        while isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.ParenExprContext):
            e = e.primary().expr()  # `delete(a)`: stap's parser keeps no parentheses
        name = bare_name(e)
        if name is not None:
            if name not in self.decls:
                return self._reset_local(name, e, loc)
            return ir.Delete(name, None, loc=loc)
        if isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.IndexExprContext):
            wild = [isinstance(k, P.PrimaryExprContext) and isinstance(k.primary(), P.WildcardExprContext)
                    for k in e.primary().expr()]
            if any(wild):
                if e.primary().IDENT().getText() in self.agg_names:
                    raise self.error("'*' keys delete elements of an array, not of a statistics "
                                     "aggregate", e)
                return self._wild_delete(e.primary(), wild, loc)
            if e.primary().IDENT().getText() in self.agg_names:
                target = self._stat_target(e)  # one element of a statistics aggregate
            else:
                target = self._index(e.primary(), write=True)
            return ir.Delete(target.map, target.keys, loc=loc)
        raise self.error("delete needs a global variable or array element", e)

    def _reset_local(self, name: str, e: P.ExprContext, loc: Loc) -> ir.Stmt:
        """`delete x` of a local (or parameter) x: stap resets it to its type's
        start value, 0 or "" (a local is never an array or a statistic in stap), which
        is the store `x = 0`, made `x = ""` when x turns out to hold a string
        (print_kinds.fix_print_formats): D and Vue say the same with an assignment."""
        node = ir.Assign(ir.Var(name, "local", loc=self.loc(e)), "=", ir.IntLit(0, loc=loc), loc=loc)
        self.local_resets.append((self.probe_idx, node))
        return ir.ExprStmt(node, loc=loc)

    def _wild_delete(self, p: P.IndexExprContext, wild: list[bool], loc: Loc) -> ir.Delete:
        """`delete a[k, *]`: the elements of `a` whose keys match where not `*`."""
        name = p.IDENT().getText()
        self._need_global(name, p, "array")
        self._use_shape(name, "array", p)
        keys: list[ir.Expr] = [ir.Wildcard(loc=self.loc(k)) if w else self._expr(k)
                               for k, w in zip(p.expr(), wild)]
        return ir.Delete(name, keys, loc=loc)

    def _expr_stmt(self, e: P.ExprContext, loc: Loc) -> ir.Stmt:
        guarded = self._guarded_stmt(e, loc)
        if guarded is not None:
            return guarded
        if isinstance(e, P.AssignExprContext) and e.op.text == "<<<":
            target = self._stat_target(e.expr(0))
            # stap's statement token is the operator: a full array is reported there
            return ir.AggUpdate(target.map, target.keys, "stats", [self._expr(e.expr(1))],
                                loc=self.loc(e.op))
        if isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.CallExprContext):
            call = e.primary()
            name = call.IDENT().getText()
            if name in PRINT_FUNCS:
                return self._print(name, call, loc)
            if name == "exit":
                if call.expr():
                    raise self.error("exit() takes no arguments", call)
                return ir.Exit(loc=loc)
            if name == "system":
                # stap's staprun starts `sh -c CMD` after the probe; xtrace's driver
                # runs it when the record arrives, in order with the output
                if len(call.expr()) != 1:
                    raise self.error("system() takes one argument", call)
                cmd = self._expr(call.expr(0))
                if isinstance(cmd, ir.Sprintf):  # system(sprintf(...)) formats as D's does
                    return ir.System(cmd.fmt, cmd.args, loc=self.loc(call))
                if isinstance(cmd, ir.StrLit):  # a literal command is a format of no arguments
                    return ir.System(cmd.value.replace("%", "%%"), [], loc=self.loc(call))
                return ir.System("%s", [cmd], loc=self.loc(call))
            if name in _DELAYS and name not in self.fn_ctxs:
                # guru-delay.stp's udelay(us) and mdelay(ms): a busy-wait in the probe
                if not self.guru:
                    raise self.error(f"function '{name}' may only be called in guru mode; "
                                     "need stap -g", call, kind="semantic error")
                if len(call.expr()) != 1:
                    raise self.error(f"{name}() takes one argument, a number of "
                                     f"{_DELAYS[name]}", call)
                return ir.Delay(self._expr(call.expr(0)), "us" if name == "udelay" else "ms",
                                loc=self.loc(call))
            if name == "raise" and name not in self.fn_ctxs:
                # guru-signal.stp's raise(signo): the signal sent to the current thread
                if not self.guru:
                    raise self.error("function 'raise' may only be called in guru mode; "
                                     "need stap -g", call, kind="semantic error")
                if len(call.expr()) != 1:
                    raise self.error("raise() takes one argument, a signal number", call)
                return ir.Raise(self._expr(call.expr(0)), loc=self.loc(call))
            if name in ("error", "warn"):
                if len(call.expr()) != 1:
                    raise self.error(f"{name}() takes one argument", call)
                msg = self._expr(call.expr(0))
                if name == "error":
                    return ir.Fail(msg, loc=self.loc(call))
                # stap's warn(): "WARNING: msg" on stderr, and the probe goes on
                return ir.Printf("WARNING: %s\n", [msg], stderr=True, loc=loc)
            if name in STACK_PRINTS:
                return self._stack_print(name, call, loc)
        return ir.ExprStmt(self._expr(e), loc=loc)

    def _guarded_stmt(self, e: P.ExprContext, loc: Loc) -> Optional[ir.Stmt]:
        """`c && exit()` / `c || print(...)` as a whole statement (lwtools' scripts
        end a report with `count && (++output == count) && exit()`): its value is
        dropped, so it is `if (c) exit()` / `if (!c) print(...)`; None for any
        other statement."""
        if not (isinstance(e, P.BinaryExprContext) and e.op.text in ("&&", "||")):
            return None
        right = e.expr(1)
        while isinstance(right, P.PrimaryExprContext) and isinstance(right.primary(), P.ParenExprContext):
            right = right.primary().expr()
        inner = right
        while isinstance(inner, P.BinaryExprContext) and inner.op.text in ("&&", "||"):
            inner = inner.expr(1)
        if not (isinstance(inner, P.PrimaryExprContext) and isinstance(inner.primary(), P.CallExprContext)
                and inner.primary().IDENT().getText() in _STATEMENT_CALLS):
            return None
        cond = self._expr(e.expr(0))
        if e.op.text == "||":
            cond = ir.Unary("!", cond, loc=cond.loc)
        return ir.If(cond, self._expr_stmt(right, loc), None, loc=loc)

    def _stat_target(self, e: P.ExprContext) -> ir.Index:
        """The `x` / `x[k]` left of `<<<`, as an Index (no keys for a scalar)."""
        name = bare_name(e)
        if name is not None:
            self._need_global(name, e, "statistics aggregate")
            return ir.Index(name, [], loc=self.loc(e))
        if isinstance(e, P.PrimaryExprContext) and isinstance(e.primary(), P.IndexExprContext):
            p = e.primary()
            name = p.IDENT().getText()
            self._need_global(name, p, "statistics aggregate")
            return ir.Index(name, [self._expr(k) for k in p.expr()], loc=self.loc(p))
        raise self.error("'<<<' needs a global variable or array element on its left", e)

    def _stack_print(self, name: str, call: P.CallExprContext, loc: Loc) -> ir.Stmt:
        """print_backtrace()/print_ubacktrace(): the stack of this hit. print_stack(s)/
        print_ustack(s) (print_syms/print_usyms): the hex addresses in s, which the
        driver names (ir.builtins.DEFERRED_STR); of backtrace()/ubacktrace() called
        right there, that is this hit's stack."""
        args = call.expr()
        user = name in ("print_ubacktrace", "print_ustack", "print_usyms")
        if name in ("print_backtrace", "print_ubacktrace"):
            if args:
                raise self.error(f"{name}() takes no arguments", call)
            return ir.PrintStack("stap", user=user, loc=loc)
        if len(args) != 1:
            raise self.error(f"{name}() takes one argument", call)
        stk = self._expr(args[0])
        if isinstance(stk, ir.Builtin) and stk.name == ("ubacktrace" if user else "backtrace"):
            return ir.PrintStack("stap", user=user, loc=loc)
        fn = "print_usyms" if user else "print_syms"
        return ir.Printf("%s", [ir.Call(fn, [stk], loc=loc)], loc=loc)

    def _print(self, name: str, call: P.CallExprContext, loc: Loc) -> ir.Stmt:
        args = call.expr()
        hist = primary_of(args[0], P.AtExprContext) if len(args) == 1 else None
        if name in ("print", "println") and hist is not None \
                and hist.AT_IDENT().getText()[1:] in HIST_OPS and not hist.targetSuffix():
            # println() of a histogram prints what print() does: stap's translator
            # emits the histogram's print alone for both, without the newline
            # println() adds to other values (translate.cxx, visit_print_format; stap
            # 4.8's pass 3 shows it); the name is kept for the "empty aggregate" error
            node = self._hist_print(hist, loc)
            node.called = name
            return node
        if name == "printf":
            if not args or not is_str_lit(args[0]):
                raise self.error("printf needs a literal format string", call)
            fmt = self._expr(args[0]).value
            return ir.Printf(fmt, [self._expr(a) for a in args[1:]], loc=loc)
        if name == "log":
            if len(args) != 1:
                raise self.error("log() takes one argument", call)
            text = self._expr(args[0])
            if isinstance(text, ir.StrLit):
                # log("text") prints the format "text\n" itself, as println("text")
                # does (print_kinds.fix_print_formats) and as a porter writes it
                return ir.Printf(text.value.replace("%", "%%") + "\n", [], loc=loc)
            return ir.Printf("%s\n", [text], loc=loc)
        delim, args = self._print_delimiter(name, args, call)
        if name == "print" and not args:
            raise self.error("print() needs at least one argument", call)
        node = ir.Printf("", [self._expr(a) for a in args], loc=loc)
        self.print_fixes.append(PrintFix(node, self.probe_idx, delim, name.endswith("ln")))
        return node


class _Suffixed:
    """A point of an alias used with a suffix (`myalias.return`): the alias's point
    and the components to add to it."""

    def __init__(self, ctx, suffix: tuple[str, ...], optional: bool = False,
                 conds: tuple = (), wild: bool = False) -> None:
        self.alias_ctx, self.alias_suffix = ctx, suffix
        self.use_optional = optional  # the alias was used as `alias ?`
        self.use_conds = conds  # the conditions of the alias's uses (`alias if (c)`)
        self.use_wild = wild  # a wildcard named the alias, with the suffix

    def __getattr__(self, name: str):
        return getattr(self.alias_ctx, name)


def _points(plist: P.ProbePointListContext) -> list:
    """The points of a comma-separated list, braces expanded."""
    return [v for p in plist.probePoint() for v in expand_point(p)]


def _plain(p):
    """The parse-tree point behind a point that may carry an alias suffix."""
    return p.alias_ctx if isinstance(p, _Suffixed) else p


def _alias_pattern(key: str) -> "re.Pattern[str]":
    """A regex for a wildcard point name: `*` within a component, `**` across them."""
    parts = re.split(r"(\*\*|\*)", key)
    return re.compile("".join(".*" if p == "**" else "[^.]*" if p == "*" else re.escape(p)
                              for p in parts))


_MAXACTIVE = re.compile(r"maxactive\((\d+|0[xX][0-9a-fA-F]+)\)")


def _with_suffix(pp: ir.ProbePoint, suffix: tuple[str, ...], ctx, error) -> ir.ProbePoint:
    """`pp` with an alias suffix applied: `.return` / `.call` on a function point."""
    if not suffix:
        return pp
    if suffix[0] in ("return", "call") and pp.kind in ("kfunc", "ufunc", "syscall") \
            and not pp.is_return:
        pp.is_return = suffix[0] == "return"
        if pp.spelling:  # (a tapset's point has none: messages name its function)
            pp.spelling += "." + suffix[0]
        suffix = suffix[1:]
        if not suffix:
            return pp
    m = _MAXACTIVE.fullmatch(suffix[0])
    if len(suffix) == 1 and m is not None and pp.is_return:
        # `alias.maxactive(N)` of an alias of a function's or syscall's return
        spelling = pp.spelling + "." + suffix[0] if pp.spelling else suffix[0]
        try:
            pp = with_maxactive(pp, parse_int(m.group(1), pp.loc), spelling, pp.loc, "")
        except XtraceError as ex:
            raise error(ex.message, ctx) from None
        if pp.spelling:
            pp.spelling = spelling
        return pp
    raise error(f"probe point '{pp.spelling}' has no suffix '.{'.'.join(suffix)}'", ctx)


# what a call of a function cannot change between its entry and its return
_CALL_INVARIANT = frozenset({"pid", "tid", "target", "tracer_pid"})


def _same_at_entry(e: ir.Expr) -> bool:
    """Whether test `e` gives the same at a function's entry as at its return: it reads
    only the thread's and the session's ids (a uid, a name or a global may change in
    between: setuid, execve, another probe)."""
    for x in ir.walk(e):
        if isinstance(x, ir.Builtin):
            if x.name not in _CALL_INVARIANT:
                return False
        elif isinstance(x, ir.Binary):
            if x.op not in ("==", "!=", "<", "<=", ">", ">=", "&&", "||"):
                return False
        elif isinstance(x, ir.Unary):
            if x.op != "!":
                return False
        elif not isinstance(x, ir.IntLit):
            return False
    return True


def _entry_frees(names: list[str], loc) -> list[ir.Stmt]:
    """The return side's last statements: each @entry value's thread-local set
    to 0 once read. stap keeps @entry values with the function instance and
    drops them at return; a thread-local kept past it would hold a slot per
    thread for the whole session, and the D, stap and Vue translations say
    the same (`self->entry_x = 0;`, `delete entry_x[tid()]`), as a porter
    frees D thread-locals."""
    return [ir.ExprStmt(ir.Assign(ir.Var(name, "thread", loc=loc), "=", ir.IntLit(0, loc=loc), loc=loc),
                        loc=loc) for name in names]


def _without_unread_tapset_vars(parts: list[tuple[bool, list[ir.Stmt]]]) -> list[ir.Stmt]:
    """The statements of a probe's alias bodies and its own, less the assignments of
    xtrace's tapset aliases (the bool: a part from library.py) to locals nothing
    reads: stap's optimizer elides them too, and some (vfs.*'s pathname, a path
    walk) cost on every hit."""
    stmts = [(tapset, s) for tapset, part in parts for s in part]
    while True:
        reads: dict[str, int] = {}
        for _, s in stmts:
            skip = s.expr.target if _plain_local_store(s) else None
            for node in ir.walk([s]):
                if isinstance(node, ir.Var) and node.scope == "local" and node is not skip:
                    reads[node.name] = reads.get(node.name, 0) + 1
        kept = [(tapset, s) for tapset, s in stmts
                if not (tapset and _plain_local_store(s) and not reads.get(s.expr.target.name))]
        if len(kept) == len(stmts):
            return [s for _, s in stmts]
        stmts = kept


def _independent_alias_prefix(stmts: list[ir.Stmt], tapset: set[int]) -> int:
    """How many leading statements of a probe body are its tapset alias's variable
    stores (`tapset`: their ids) that the user's first statement, an `if`, does not
    read in its condition: that `if` can then be the probe's guard (a predicate runs
    before them, and they only store). 0 otherwise."""
    n = 0
    while n < len(stmts) and id(stmts[n]) in tapset and _plain_local_store(stmts[n]):
        n += 1
    if n == 0 or n == len(stmts) or not isinstance(stmts[n], ir.If):
        return 0
    stored = {s.expr.target.name for s in stmts[:n]}
    if any(isinstance(x, ir.Var) and x.scope == "local" and x.name in stored
           for x in ir.walk(stmts[n].cond)):
        return 0
    return n


def _plain_local_store(s: ir.Stmt) -> bool:
    """`name = value` of a local, as a statement."""
    return (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.op == "="
            and isinstance(s.expr.target, ir.Var) and s.expr.target.scope == "local")


def _unkeyed_print(cond: ir.Expr, then: ir.Stmt,
                   else_: Optional[ir.Stmt]) -> Optional[ir.PrintAgg | list[ir.Stmt]]:
    """`if (@count(s)) printf(fmt, @sum(s))`: the row of a statistics aggregate
    without keys, printed when it holds any value, as a keyed one's foreach prints
    its rows (foreach.py); a PrintAgg (D's printa(fmt, @s)). A D port's exit dump of
    several prints the dump's one blank line first in it (rundumps.once_blank_line):
    `if (@count(s)) <that line>` and the PrintAgg."""
    marks: list[str] = []
    if isinstance(then, ir.Block) and len(then.stmts) == 2 and once_blank_line(then.stmts[0]):
        row = _unkeyed_print(cond, then.stmts[1], else_)
        if row is None:
            return None
        return [ir.If(cond, then.stmts[0], loc=then.stmts[0].loc), row]
    if isinstance(then, ir.Block) and len(then.stmts) > 1:  # (a D port's flag sets: foreach.py)
        marks = [flag_set_of(x) for x in then.stmts[1:]]
        if None in marks or len(set(marks)) != len(marks):
            return None
        then = ir.Block(then.stmts[:1], loc=then.loc)
    if isinstance(then, ir.Block) and len(then.stmts) == 1:
        then = then.stmts[0]
    if else_ is not None or not isinstance(then, ir.Printf) or then.stderr or len(then.args) != 1:
        return None
    value = then.args[0]
    if not (isinstance(cond, ir.AggRead) and cond.func == "count" and not cond.keys and not cond.args
            and isinstance(value, ir.AggRead) and value.agg == cond.agg and not value.keys
            and not value.args and value.func in ("count", "sum", "min", "max", "avg")):
        return None
    return ir.PrintAgg(cond.agg, layout="format", fmt=then.fmt, value_func=value.func, loc=then.loc,
                       marks=marks)


def _target_filter(points: list[ir.ProbePoint], guard: Optional[ir.Expr]) -> bool:
    """Whether `guard`, a probe's first test, is `pid() == target()` on points that
    are all library functions or markers (not the -c program's own, nor one pid's)."""
    if guard is None or not points or not all(pt.of_named_file() and not pt.target_only
                                              for pt in points):
        return False
    if not (isinstance(guard, ir.Binary) and guard.op == "=="):
        return False
    names = {getattr(side, "name", None) for side in (guard.lhs, guard.rhs)
             if isinstance(side, ir.Builtin)}
    return names == {"pid", "target"}


def _operand_name(e: P.ExprContext) -> Optional[str]:
    """The variable a statistic's operand names: `x` or `x[k]` (None otherwise)."""
    name = bare_name(e)
    index = primary_of(e, P.IndexExprContext)
    if index is not None:
        name = index.IDENT().getText()
    return name
