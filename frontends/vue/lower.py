"""Vue parse tree -> ir.Program: clauses, declarations and statements.

Vue rules this follows (IBM AIX ProbeVue documentation):
* variables are global unless declared `__auto` (clause-local) or `__thread`;
  undeclared variables are global and typed by their first assignment;
* associative arrays are never declared: the first use sets keys and value;
* declarations come before the statements of an action block, and top-level
  declarations before the first clause;
* `__argN` is allowed only in a clause with a single probe point;
* there are no loops.
"""

from __future__ import annotations

import copy
import re
from typing import Optional, Union

from antlr4 import CommonTokenStream, Token

from xtrace.ir.anonagg import as_anon_aggregation, is_note
from xtrace.frontends.common import comment_texts, comments_in_head, split_header, whole_body_guard
from xtrace.frontends.global_comments import leading_comment, trailing_comment
from xtrace.ir.threadvars import THREAD_COMMENTS
from xtrace.frontends.dframing import read_dtrace_framing
from xtrace.grammars.generated.vue.VueParser import VueParser as P
from xtrace.ir import nodes as ir
from xtrace.ir.types import STRING
from xtrace.ir.loc import Loc

from xtrace.runtime import vueprint

from . import intervals, netinfo, printargs, ranges, sysproc, tables, tentative
from .cstructs import CTypeLowering, VarRef
from xtrace.frontends.ctypes_common import mangle
from .decls import UNTYPED, DeclType
from .listprints import read_list_prints, without_first_resets
from .lower_expr import ExprLowerer, parse_int
from .scope import StrEnv, is_str
from .strings import comment_text
from .tuples import LoweredTuple, lower_tuple, pid_value
from .syscalls import open_as_openat, without_open_guard_note

_CONVERSION = re.compile(r"%[-+ #0]*(\*|\d+)?(\.(\*|\d+))?(hh|h|ll|l|L|q|j|z|t)?([a-zA-Z%])")



def _touching(toks: list[Token], line: int) -> int:
    """The index in comment tokens `toks` of the first of those that touch the item
    on `line` (each ending on the line above the next, the last on the line above
    it); len(toks) when none does."""
    toks = list(toks)
    i, below = len(toks), line
    while i > 0 and toks[i - 1].line + toks[i - 1].text.count("\n") == below - 1:
        i -= 1
        below = toks[i].line
    return i

class Lowerer(CTypeLowering, ExprLowerer):
    """Lowers one parsed script. Use `lower_program`."""

    def __init__(self, filename: str, source: str, tokens: CommonTokenStream) -> None:
        self.filename, self.source, self.tokens = filename, source, tokens
        self.env = StrEnv()
        self.declared: dict[str, ir.Global] = {}
        self.anon_notes: dict[int, str] = {}  # token index of a note (ir.anonagg) -> its global
        self.comments_taken: set[int] = set()  # comment tokens a global took (read_global_comment)
        self.thread_comments: dict[str, str] = {}  # __thread variable -> its own comment
        self.implicit: dict[str, ir.Global] = {}
        self.decl_types: dict[str, DeclType] = {}
        self.first_use: dict[str, Loc] = {}
        self.assigned: set[str] = set()
        self.arity: dict[str, int] = {}
        self.threads: dict[str, DeclType] = {}
        # declared lengths of String variables (`String s[40];`), which trace() copies whole
        self.str_lengths: dict[str, int] = {}
        self.locals: dict[str, DeclType] = {}
        # the widths each __auto integer is declared with, clause by clause: a D port
        # declares a clause-local 64-bit only where Vue does (frontends/d/widelocals.py)
        self.local_int_bits: dict[str, set[int]] = {}
        self.arg_uses: list[Loc] = []
        self.events: set[Optional[str]] = set()  # the sysproc events of the clause being lowered
        self.manager_events: set[Optional[str]] = set()  # "io:iostart", "net:state_change", ...
        self.point_kinds: set[str] = set()  # the ir.ProbePoint kinds of the clause's tuples
        self.clause_funcs: set[Optional[str]] = set()  # the functions its tuples name
        self.syscall_exit = False  # every tuple of the clause is a syscall exit
        self.profiling = False  # every tuple is a process-specific interval probe
        self.clause_points: list[ir.ProbePoint] = []
        # set_aso_print_options(N, FLAGS) in @@BEGIN: the options of every print() that gives none
        self.aso_options: Optional[tuple[int, str, str]] = None
        self.default_prints: list[ir.PrintVar] = []
        # C prototypes: function -> (narrow IR type of each argument or None, of the result)
        self.prototypes: dict[str, tuple[list, object]] = {}
        self.tentative = tentative.Tentative()  # start_tentative() ... buffers by name
        self.ranges = ranges.Ranges()  # range_t variables and the arrays qrange() counts into
        # __kernel variables: name -> (declared type, the declaration's location)
        self.kernel_vars: dict[str, tuple[DeclType, Loc]] = {}
        self.date_format: Optional[str] = None  # set_date_format() in @@BEGIN
        # PID fields given as numbers: pid -> the tuple (a hint in the sandbox VM)
        self.process_numbers: dict[int, str] = {}
        self.uses_dates = False  # a printf has %A
        self.in_predicate = False
        # stktrace_t values: undeclared globals and associative arrays whose values are
        # stacks (learned at their first assignment), and the kinds of each array's keys
        self.stack_globals: set[str] = set()
        self.stack_maps: set[str] = set()
        self.float_maps: set[str] = set()  # float/double values (IEEE-754 bits, as variables)
        self.key_kinds: dict[str, list[str]] = {}
        self.map_prints: list[ir.Stmt] = []  # print() of arrays: PrintVar, PrintAgg (lists)
        self.list_stat: Optional[str] = None  # set_aso_print_options(..., USE_LIST_*)
        self._init_ctypes()

    # ------------------------------------------------------------ program

    def program(self, ctx: P.ProgramContext) -> ir.Program:
        probes: list[ir.Probe] = []
        pending: list[str] = []  # comments above declarations travel with the next clause
        header: list[str] = []
        items = list(ctx.item())
        for i, item in enumerate(items):
            hidden = self.hidden_before(item.start)
            if self._prototypes_from(items, i):
                # a comment on prototypes only (`/* Function prototypes */`) says nothing
                # once they are gone, as every translation drops them: not carried (but
                # the file's opening comment, written against its first prototype)
                notes = [t for t in hidden if t.text.startswith(("#", "//", "/*"))]
                cut = _touching(notes, item.start.line)
                if cut > 0 or i > 0:
                    hidden = notes[:cut]
            if i == 0:
                # the file's opening comment is the translation's own (split_header)
                header, own = split_header(hidden, item.start, bool(item.clause()),
                                           only_item=len(ctx.item()) == 1)
            else:
                own = comment_texts(hidden)
            if item.clause():
                lowered = self.clause(item.clause(), lead=own if i == 0 else None)
                for probe in lowered:
                    probe.comments[:0] = pending
                pending = []
                probes.extend(lowered)
                continue
            pending += own
            if probes and not self.is_prototype(item.declaration()):
                raise self.error("declarations outside clauses must come before the first clause",
                                 item.declaration())
            else:
                before, threads_before = set(self.declared), set(self.threads)
                self.declaration(item.declaration(), top=True)
                self.read_anon_note(item.declaration(), set(self.declared) - before)
                self.read_global_comment(item.declaration(), [
                    g for name, g in self.declared.items() if name not in before], pending)
                self.read_thread_comment(item.declaration(), [
                    name for name in self.threads if name not in threads_before], pending)
        for name, g in self.implicit.items():
            if name not in self.assigned:
                raise self.error(f"'{name}' is never declared or assigned", self.first_use[name])
        if self.aso_options is not None:
            for pv in self.default_prints:
                pv.layout = vueprint.layout_with(pv.layout, *self.aso_options)
                if isinstance(pv, ir.PrintAgg) and not pv.layout.startswith(ranges.LAYOUT):
                    pv.value_func = self.list_stat or "count"
        for pv in self.map_prints:  # which columns hold floats or stacks, known by now
            if isinstance(pv, ir.PrintAgg):
                if vueprint.layout_options(pv.layout)[0] == "vue" and \
                        vueprint.layout_options(pv.layout)[2] == "key":
                    # the statistic only orders a sort by value: one IR for every USE_LIST_*
                    pv.value_func = "count"
                pv.layout = vueprint.with_kinds(pv.layout, "".join(self.key_kinds.get(pv.agg, [])), "-")
                continue
            if pv.name in self.stack_maps and not pv.layout.startswith("vue;") and pv.layout != "vue":
                raise self.error(f"'{pv.name}' holds stack traces: quantize() and lquantize() "
                                 "print numbers; print it with print()", pv.loc)
            if pv.name in self.float_maps and not pv.layout.startswith("vue;") and pv.layout != "vue":
                raise self.error(f"'{pv.name}' holds float/double values: quantize() and lquantize() "
                                 "draw integers; print it with print()", pv.loc)
            keys = "".join(self.key_kinds.get(pv.name, []))
            value = "t" if pv.name in self.stack_maps else "f" if pv.name in self.float_maps else "-"
            pv.layout = vueprint.with_kinds(pv.layout, keys, value)
        globals_ = list(self.declared.values()) + list(self.implicit.values())
        # a translated D script's non-quiet framing: the framing, not quiet
        framed = read_dtrace_framing(globals_, probes, cpu_zero=True)
        prog = ir.Program(self.filename, "vue", globals_, probes, source=self.source)
        if framed:
            prog.options["quiet"] = False
        # the Vue printer's guarded printf of a list's statistic is D's printa (listprints.py)
        prog = read_list_prints(without_first_resets(prog))
        prog = as_anon_aggregation(prog, set(self.anon_notes.values()))
        if header:
            prog.options["header_comments"] = header
        long_locals = sorted(n for n, bits in self.local_int_bits.items() if bits == {64})
        if long_locals:
            prog.options["long_locals"] = long_locals
        if self.tentative.names:  # one speculation buffer per tentative buffer name
            prog.options.setdefault("limits", {})["NSPEC"] = len(self.tentative.names)
        # AIX's get_userstring may page fault in a syscall probe: it never fails for a
        # string the program has not touched yet
        prog.options["user_strings_fault_in"] = True
        if self.uses_dates or self.date_format is not None:
            prog.options["date_format"] = self.date_format or tables.DEFAULT_DATE_FORMAT
        if self.process_numbers:
            prog.options["process_numbers"] = self.process_numbers
        # a `__thread String` no clause stores a string in (a port whose only store was
        # left out) is still a string: analysis would type it by its uses, an integer
        thread_strs = {n: STRING for n, t in self.threads.items() if t.is_str}
        if thread_strs:
            prog.options["thread_types"] = thread_strs
        if self.thread_comments:
            prog.options[THREAD_COMMENTS] = dict(self.thread_comments)
        return prog

    # ------------------------------------------------------------ declarations

    def _prototypes_from(self, items: list, i: int) -> bool:
        """Whether item `i` and the items after it up to the next one with a comment
        of its own (or a clause) are all prototypes."""
        for j in range(i, len(items)):
            if j > i and (items[j].clause() or self.hidden_before(items[j].start)):
                return True
            if items[j].clause() or not self.is_prototype(items[j].declaration()):
                return False
        return True

    @staticmethod
    def is_prototype(ctx: P.DeclarationContext) -> bool:
        return all(_has(d, "(") for d in ctx.declarator())

    def declaration(self, ctx: P.DeclarationContext, top: bool) -> None:
        """Record the variables a declaration introduces; prototypes only document argument types."""
        storage = ctx.storageClass().getText() if ctx.storageClass() else None
        if ctx.TYPEDEF():
            self.typedef(ctx)
            return
        if ctx.souSpec() or ctx.enumSpec():  # a type definition alone
            if ctx.souSpec():
                self.sou(ctx.souSpec())
            else:
                self.enum(ctx.enumSpec())
            return
        for d in ctx.declarator():
            if _has(d, "("):
                self.prototype(ctx, d)
                continue
            self.variable(ctx, d, storage, top)

    def prototype(self, ctx: P.DeclarationContext, d: P.DeclaratorContext) -> None:
        """A C function prototype types the function's __argN and __rv, as in ProbeVue: an
        argument declared `int` reads the low 32 bits of its register, sign-extended."""
        def c_type(spec, stars: int):
            """The parameter's C type where the script knows it (not for an unknown typedef)."""
            if spec is None or (isinstance(spec, P.NamedTypeSpecContext) and not spec.namedType().VOID()):
                return None
            return self.ctype_of(spec, stars)

        def int_type(ct):
            # pointers, unknown typedef names, void: the whole 64-bit register
            return ct.ir if ct is not None and ct.kind == "int" and ct.ir.bits < 64 else None
        params: list = []
        if d.paramList():
            params = [c_type(prm.typeSpec(), len(prm.STAR())) for prm in d.paramList().param()]
        ret = c_type(ctx.typeSpec(), len(d.STAR()))
        name = d.ID().getText()
        self.prototypes[name] = ([int_type(p) for p in params], int_type(ret))
        self.proto_ctypes[name] = (params, ret)

    def variable(self, ctx: P.DeclarationContext, d: P.DeclaratorContext, storage: Optional[str],
                 top: bool) -> None:
        name = d.ID().getText()
        if _has(d, "="):
            raise self.error("declarations cannot initialize variables; assign the value in @@BEGIN", d)
        t = self.decl_of(ctx.typeSpec(), len(d.STAR()), d) if ctx.typeSpec() else UNTYPED
        if _has(d, "[") and not t.is_str:
            if _has(d, "[", "]"):
                raise self.error("associative arrays are not declared in Vue: their first use sets "
                                 "the key and value types", d)
            raise self.error("C arrays are not supported", d)
        if t.is_str and _has(d, "[") and d.expr():
            n = self.expr(d.expr(0))
            if not isinstance(n, ir.IntLit) or n.value <= 0:
                raise self.error("a String's length must be a positive integer constant", d.expr(0))
            self.str_lengths[name] = n.value
        if name in tables.BUILTIN_VARS or name in tables.UNSUPPORTED_BUILTINS \
                or name in tables.AIX_ONLY_BUILTINS:
            raise self.error(f"'{name}' is a built-in variable", d)
        if storage == "__kernel":
            self.kernel_variable(name, t, d)
            return
        if storage in ("static", "extern"):
            raise self.error(f"'{storage}' applies to function prototypes only", ctx)
        if t.kind == "range":
            if storage is not None or not top:
                raise self.error("range_t variables are global: declare them at the top of the "
                                 f"script, 'range_t {name};'", ctx)
            if name in self.decl_types or name in self.implicit:
                raise self.error(f"'{name}' is already a variable of another type", d)
            self.ranges.declare(name, self.loc(d))
            return
        if t.kind == "struct":
            if t.ctype is netinfo.NET_INFO_T and storage:
                # IBM's net_info_t page: no thread, local, global or kernel qualifier
                raise self.error(f"net_info_t variables take no '{storage}' qualifier: declare "
                                 f"'net_info_t {name};'", ctx)
            if storage == "__auto" and top:
                raise self.error("__auto variables belong to one clause: declare them inside it", ctx)
            scope = {"__auto": "local", "__thread": "thread"}.get(storage or "", "global")
            self.declare_struct(name, scope, t, d)
            return
        if t.kind == "stack" and storage in ("__auto", "__thread"):
            raise self.error("stktrace_t variables cannot be __auto or __thread (ProbeVue allows no "
                             "auto, thread or kernel qualifier on them): declare it global, "
                             "'stktrace_t st;'", ctx)
        if t.kind == "list" and storage in ("__auto", "__thread"):
            raise self.error("list variables are always global", ctx)
        if storage in ("__auto", "__thread"):
            if storage == "__auto" and top:
                raise self.error("__auto variables belong to one clause: declare them inside it", ctx)
            var = ir.Var(name, "local" if storage == "__auto" else "thread")
            (self.locals if storage == "__auto" else self.threads)[name] = t
            if storage == "__auto" and t.kind == "int" and t.type is not None:
                self.local_int_bits.setdefault(name, set()).add(t.type.bits)
            if t.kind != "untyped":  # an untyped variable takes its type from its first assignment
                self.env.table(var)[name] = t.is_str
        else:
            self.declare_global(name, t, d)

    def kernel_variable(self, name: str, t: DeclType, node) -> None:
        """`__kernel int max_threads;`: a read-only view of the kernel's variable (an integer
        or a pointer), read where the target kernel's kallsyms places it."""
        if name in tables.AIX_KERNEL_VARS:
            what, nearest = tables.AIX_KERNEL_VARS[name]
            raise self.error(f"kernel variable '{name}' ({what}) does not exist on Linux; the "
                             f"nearest Linux variable: {nearest}", node)
        if t.kind != "int" or t.size not in (1, 2, 4, 8):
            what = "Strings" if t.is_str else f"'{t.kind}' variables"
            raise self.error(f"kernel variables are integers or pointers in xtrace ({what} cannot "
                             "be read from the kernel)", node)
        if name in self.decl_types or name in self.implicit or name in self.threads:
            raise self.error(f"'{name}' is already a variable of another class", node)
        old = self.kernel_vars.get(name)
        if old is not None and old[0] != t:
            raise self.error(f"'{name}' is declared again with another type", node)
        self.kernel_vars[name] = (t, self.loc(node))

    def declare_global(self, name: str, t: DeclType, node) -> None:
        """`int x;` / `__global String s[40];` / `__list l;` anywhere: a global."""
        if t.kind == "untyped":
            raise self.error(f"global '{name}' needs a type", node)
        if name in self.implicit:
            raise self.error(f"'{name}' is declared after its first use", node)
        old = self.decl_types.get(name)
        if old is not None:
            if old != t:
                raise self.error(f"'{name}' is declared again with another type", node)
            return
        if t.kind == "list":
            g = ir.Global(name, "agg", agg_func="stats", loc=self.loc(node))
            self.arity[name] = 0
        else:
            g = ir.Global(name, "scalar", type=t.type, loc=self.loc(node))
            self.env.globals[name] = t.is_str or t.kind == "stack"
        self.declared[name] = g
        self.decl_types[name] = t

    # ------------------------------------------------------------ clauses

    def clause(self, ctx: P.ClauseContext, lead: Optional[list[str]] = None) -> list[ir.Probe]:
        """One Vue clause; tuples that watch different processes become separate probes."""
        self.locals, self.env.locals, self.arg_uses = {}, {}, []
        self.struct_locals = {}
        tuples = [lower_tuple(t.getText(), self.loc(t), self.source) for t in ctx.probeTuple()]
        self.events = {t.event for t in tuples}
        self.manager_events = {t.manager_event for t in tuples}
        self.point_kinds = {t.point.kind for t in tuples}
        self.clause_funcs = {t.func for t in tuples}
        self.clause_points = [t.point for t in tuples]
        self.profiling = all(t.point.kind == "timer" and t.pid is not None for t in tuples)
        self.syscall_exit = all(t.point.kind == "syscall" and t.point.is_return for t in tuples)
        predicate = None
        if ctx.predicate():
            call = _find_call(ctx.predicate().expr())
            if call is not None:
                raise self.error("Vue does not allow function calls in a predicate (when)", call)
            self.in_predicate = True
            try:
                predicate = self.expr(ctx.predicate().expr())
            finally:
                self.in_predicate = False
        # (a port's note on its open guard is the porter's word, not the script's comment)
        body = without_open_guard_note(self.block(ctx.block(), top=True))
        guard = whole_body_guard(body)
        if guard is not None:
            predicate = guard if predicate is None else ir.Binary("&&", predicate, guard, loc=predicate.loc)
        if len(tuples) > 1 and self.arg_uses:
            raise self.error("__argN can be used only in a clause with a single probe point",
                             self.arg_uses[0])
        # the comments above the clause and those between its tuples and its '{'
        inner = comments_in_head(self.tokens, ctx)
        # (`lead`: those above it, when the file's opening comment was split from them)
        above = comment_texts(self.hidden_before(ctx.start)) if lead is None else list(lead)
        comments = above + comment_texts(inner)
        groups: dict[tuple[Union[int, str, None], Optional[str], int], list[LoweredTuple]] = {}
        for i, t in enumerate(tuples):
            pid_field = t.pid if isinstance(t.pid, int) else t.point.pid  # @@uft:PID:LIB:...
            if isinstance(pid_field, int):
                self.process_numbers.setdefault(pid_field, t.point.spelling or f"pid {pid_field}")
            # io/net tuples carry their own conditions: each is a probe of its own
            groups.setdefault((t.pid, t.event, i if t.conds else -1), []).append(t)
        probes = []
        for (pid, event, _), group in groups.items():
            pred = predicate
            if group[0].conds and pid is not None:  # syscallx64 with a PID field: pid first
                at = group[0].pid_loc
                who = pid_value(pid, at)
                pred = sysproc.join([ir.Binary("==", ir.Builtin("pid", loc=at), who, loc=at),
                                     *group[0].conds], pred, at)
            elif group[0].conds:
                pred = sysproc.join(group[0].conds, pred, group[0].point.loc)
            elif event is not None:  # sysproc: the event's own condition, then the PID field's
                pred = sysproc.join(sysproc.conjuncts(event, pid, group[0].pid_loc), pred, group[0].pid_loc)
            elif pid is not None and group[0].point.kind == "timer":
                pred = sysproc.join(intervals.conjuncts(pid, group[0].pid_loc), pred, group[0].pid_loc)
            elif pid is not None:
                at = group[0].pid_loc
                who = pid_value(pid, at)  # a number, $__CPID, or a translation's $1
                check = ir.Binary("==", ir.Builtin("pid", loc=at), who, loc=at)
                pred = check if pred is None else ir.Binary("&&", check, pred, loc=at)
            probes.append(ir.Probe([p for t in group for p in [t.point, *t.extra]], body if not probes else copy.deepcopy(body),
                                   predicate=pred if not probes else copy.deepcopy(pred),
                                   loc=self.loc(ctx), comments=list(comments)))
        return [q for p in probes for q in (p, open_as_openat(p)) if q is not None]

    def hidden_before(self, tok: Token) -> list[Token]:
        """Comment tokens between the previous visible token and `tok` (not the
        anonymous aggregation's note, which is read, not carried into a translation)."""
        hidden = self.tokens.getHiddenTokensToLeft(tok.tokenIndex, Token.HIDDEN_CHANNEL) or []
        return [t for t in hidden if t.tokenIndex not in self.anon_notes
                and t.tokenIndex not in self.comments_taken]

    def read_global_comment(self, decl, declared: list[ir.Global], pending: list[str]) -> None:
        """The comment after the declaration of `declared` on its line is theirs
        (Global.comment), as is a one-line comment right above the declaration of one
        global (then taken off `pending`, the next clause's): frontends/global_comments.py."""
        if not declared or any(t.tokenIndex in self.anon_notes for t in
                               self.tokens.getHiddenTokensToRight(decl.stop.tokenIndex) or []):
            return
        got = trailing_comment(self.tokens, decl.stop)
        if got is not None:
            self.comments_taken.update(got[1])
            for g in declared:
                g.comment = got[0] or None
            return
        text = leading_comment(self.tokens, decl, pending) if len(declared) == 1 else None
        if text is not None:
            declared[0].comment = text
            pending.pop()

    def read_thread_comment(self, decl, names: list[str], pending: list[str]) -> None:
        """A `__thread` declaration's own comment, read as a global's is: the thread
        variables' (Program.options['thread_comments'], which the printers write beside
        D's `self` declaration, stap's tid() array, Vue's `__thread`)."""
        if not names:
            return
        holders = [ir.Global(name, "scalar") for name in names]
        self.read_global_comment(decl, holders, pending)
        for h in holders:
            if h.comment:
                self.thread_comments[h.name] = h.comment

    def read_anon_note(self, decl, names: set[str]) -> None:
        """`__list counts;  /* D's anonymous aggregation @ */`: a translation's note
        (ir.anonagg) on the declaration of the one global `decl` declares."""
        if len(names) != 1:
            return
        for t in self.tokens.getHiddenTokensToRight(decl.stop.tokenIndex, Token.HIDDEN_CHANNEL) or []:
            if t.line == decl.stop.line and is_note(t.text):
                self.anon_notes[t.tokenIndex] = next(iter(names))

    def block(self, ctx: P.BlockContext, top: bool) -> ir.Block:
        """An action block; only the clause's own block may declare variables, and first."""
        stmts: list[ir.Stmt] = []
        seen_stmt = False
        for item in ctx.blockItem():
            stmts.extend(self.comments(item.start))
            if item.declaration():
                if not top:
                    raise self.error("variables must be declared at the start of the action block, "
                                     "not in a nested block", item)
                if seen_stmt:
                    raise self.error("declarations must come before the statements of an action block",
                                     item)
                self.declaration(item.declaration(), top=False)
                continue
            seen_stmt = True
            stmt = self.statement(item.statement())
            if stmt is not None:
                stmts.append(stmt)
        stmts.extend(self.comments(ctx.stop))
        return ir.Block(stmts, loc=self.loc(ctx))

    def comments(self, tok: Token) -> list[ir.Comment]:
        return [ir.Comment(comment_text(t.text), loc=self.loc(t)) for t in self.hidden_before(tok)]

    # ------------------------------------------------------------ statements

    def statement(self, ctx: P.StatementContext) -> Optional[ir.Stmt]:
        """Lower a statement; None for an empty `;`."""
        loc = self.loc(ctx)
        if isinstance(ctx, P.BlockStmtContext):
            return self.block(ctx.block(), top=False)
        if isinstance(ctx, P.IfStmtContext):
            then = self.statement(ctx.statement(0)) or ir.Block([], loc=loc)
            else_ = None
            if ctx.ELSE():
                else_ = self.statement(ctx.statement(1)) or ir.Block([], loc=loc)
            return ir.If(self.expr(ctx.expr()), then, else_, loc=loc)
        if isinstance(ctx, (P.WhileStmtContext, P.DoStmtContext, P.ForStmtContext)):
            raise self.error(f"Vue has no loops: '{ctx.start.text}' is not part of the language", ctx)
        if isinstance(ctx, P.ReturnStmtContext):
            # Vue's `return;` ends the action block at once; it takes no value.
            if ctx.expr() is not None:
                raise self.error("Vue's return takes no value: write 'return;'", ctx.expr())
            return ir.Next(loc=loc)
        if isinstance(ctx, P.JumpStmtContext):
            raise self.error(f"'{ctx.start.text}' is not part of Vue (Vue has no loops or switch)", ctx)
        if isinstance(ctx, P.EmptyStmtContext):
            return None
        return self.expr_statement(ctx.expr())

    def expr_statement(self, ctx: P.ExprContext) -> Optional[ir.Stmt]:
        """An expression statement; Vue's action functions (printf, exit, ...) are statements."""
        loc = self.loc(ctx)
        if isinstance(ctx, P.AssignExprContext) and ctx.op.text == "=" and self.is_call(ctx.expr(1), "list"):
            self.arity_check(ctx.expr(1).primary(), 0)
            agg, keys = self.agg_ref(ctx.expr(0))
            self.assigned.add(agg)
            return ir.Delete(agg, keys or None, loc=loc)
        if isinstance(ctx, P.PostfixExprContext):
            # the old value is unused: on a narrow variable `x++;` is `++x;`, `x = narrow(x + 1)`
            target = self.lvalue(ctx.expr())
            prefix = self.narrow_type(target) is not None
            return ir.ExprStmt(self.incdec(target, ctx.op.text, prefix, loc), loc=loc)
        if not self.is_call(ctx):
            return ir.ExprStmt(self.expr(ctx), loc=loc)
        call: P.CallExprContext = ctx.primary()
        fname, args = call.ID().getText(), call.expr()
        if fname in ("printf", "eprintf"):
            return self.printf(call)
        if fname == "exit":
            if args:
                raise self.error("Vue's exit() takes no arguments", call)
            return ir.Exit(loc=loc)
        if fname == "append":
            self.arity_check(call, 2)
            agg, keys = self.agg_ref(args[0])
            self.assigned.add(agg)
            return ir.AggUpdate(agg, keys, "stats", [self.expr(args[1])], loc=loc)
        if fname in ("delete", "clear"):
            return self.delete(call)
        if fname in tables.PRINT_LAYOUTS:
            return self.print_array(call)
        if fname == "set_aso_print_options":
            self.set_aso_print_options(call)
            return None
        if fname == "set_date_format":
            self.set_date_format(call)
            return None
        if fname in ("copy_userdata", "copy_kdata"):
            return self.copy_data(call)
        if fname == "sockfd_netinfo":
            return self.sockfd_netinfo(call)
        if fname == "stktrace":
            return self.stktrace(call)
        if fname == "trace":
            return self.trace(call)
        if fname in tentative.FUNCS:
            return self.tentative_call(call)
        if fname in ranges.FUNCS:
            return self.range_call(call)
        if fname == "print_args":
            return printargs.print_args(self, call)
        if fname == "ptree":
            return self.ptree(call)
        return ir.ExprStmt(self.expr(ctx), loc=loc)

    def range_call(self, call: P.CallExprContext) -> Optional[ir.Stmt]:
        """set_range() / add_range() (compile-time slots of a range_t) and qrange()."""
        fname = call.ID().getText()
        if fname == "qrange":
            return ranges.qrange(self, self.ranges, call)
        (ranges.set_range if fname == "set_range" else ranges.add_range)(self, self.ranges, call)
        return None

    def tentative_call(self, call: P.CallExprContext) -> ir.Stmt:
        """start_tentative / end_tentative / commit_tentative / discard_tentative (ID)."""
        fname, args = call.ID().getText(), call.expr()
        if len(args) != 1:
            raise self.error(f"{fname}() takes one argument, the tentative buffer's ID", call)
        value = self.expr(args[0])
        if not isinstance(value, (ir.IntLit, ir.StrLit)):
            raise self.error(f"{fname}()'s buffer ID must be a string or integer constant", args[0])
        return self.tentative.stmt(fname, str(value.value), self.loc(call))

    def printf(self, call: P.CallExprContext) -> ir.Stmt:
        args = call.expr()
        if not args or not (isinstance(args[0], P.PrimaryExprContext)
                            and isinstance(args[0].primary(), P.StringLitContext)):
            raise self.error(f"{call.ID().getText()}() needs a string literal format as its first "
                             "argument", call)
        fmt = self.expr(args[0]).value
        for m in _CONVERSION.finditer(fmt):
            conv = m.group(5)
            if conv == "Y":
                raise self.error("'%Y' is not a Vue printf conversion: print a timestamp as a date "
                                 "with %A", args[0])
            if conv in tables.VUE_ONLY_CONVERSIONS:
                raise self.error(f"printf conversion '%{conv}' ({tables.VUE_ONLY_CONVERSIONS[conv]}) "
                                 "is not supported", args[0])
        convs = [m for m in _CONVERSION.finditer(fmt) if m.group(5) != "%"]
        if any(m.group(5) == tables.DATE_CONVERSION for m in convs):
            self.uses_dates = True
        if "*" not in fmt and any(m.group(5) in "tT" and i + 1 < len(args)
                                  and self.is_call(args[i + 1], "get_stktrace") for i, m in enumerate(convs)):
            return self.printf_with_stacks(call, fmt, convs, args[1:])
        return self.printf_part(call, fmt, convs, args[1:])

    def printf_part(self, call: P.CallExprContext, fmt: str, convs: list, arg_ctxs: list) -> ir.Printf:
        """One printf of `fmt` (its conversions `convs`) with the arguments `arg_ctxs`."""
        values = [self.printf_arg(a, convs[i].group(5) if i < len(convs) and "*" not in fmt else None)
                  for i, a in enumerate(arg_ctxs)]
        if len(convs) == len(values) and "*" not in fmt:
            for i, (m, v) in enumerate(zip(convs, values)):
                # C's %u/%x/%o read an unsigned int: a 32-bit (or narrower) variable
                # holding a negative value prints as its 32-bit pattern.
                t = self.narrow_type(v)
                if m.group(5) in "uxXo" and not m.group(4) and t is not None:
                    at = v.loc
                    values[i] = ir.Cast(ir.Type("int", 32, False), v, loc=at)
        # %A is a date: %Y of the wall-clock time, printed with the 'date_format' option;
        # Vue's %p prints a path_t (a path string here), C's %p a pointer
        paths = {convs[i].start() for i, v in enumerate(values) if i < len(convs) and "*" not in fmt
                 and convs[i].group(5) == "p" and is_str(v, self.env)}
        fmt = _CONVERSION.sub(lambda m: m.group(0)[:-1] + "Y" if m.group(5) == tables.DATE_CONVERSION
                              else m.group(0)[:-1] + "s" if m.start() in paths
                              else "%s" if m.group(5) in "tT" else m.group(0), fmt)
        return ir.Printf(fmt, values, stderr=call.ID().getText() == "eprintf", loc=self.loc(call))

    def printf_with_stacks(self, call: P.CallExprContext, fmt: str, convs: list, arg_ctxs: list) -> ir.Block:
        """printf with `%t` / `%T` of get_stktrace(LEVELS): the text around each stack is a
        printf of its own, the stack is printed as stktrace(FLAGS | GET_USER_TRACE, LEVELS)
        prints it (`%t` with symbols, `%T` addresses only): the kernel frames, then the
        user frames (a sampled user process's stack is its user part)."""
        loc = self.loc(call)
        out: list[ir.Stmt] = []
        start, first = 0, 0
        for i, m in enumerate(convs):
            if m.group(5) not in "tT":
                continue
            if i >= len(arg_ctxs):
                raise self.error(f"printf conversion '%{m.group(5)}' has no argument", call)
            if not self.is_call(arg_ctxs[i], "get_stktrace"):
                continue  # a stktrace_t value: printed by the driver in the printf around it
            depth = self.stktrace_value(arg_ctxs[i], m.group(5))
            text = fmt[start:m.start()]
            part = [c for c in convs[first:i]]
            if text or part:
                shifted = [c for c in _CONVERSION.finditer(text) if c.group(5) != "%"]
                out.append(self.printf_part(call, text, shifted, arg_ctxs[first:i]))
            layout = "vue" if m.group(5) == "t" else "vue_raw"
            out.append(ir.Block([ir.PrintStack(layout, depth=depth, loc=loc),
                                 ir.PrintStack(layout, depth=depth, user=True, loc=loc)], loc=loc))
            start, first = m.end(), i + 1
        text = fmt[start:]
        rest = arg_ctxs[first:]
        if text or rest:
            shifted = [c for c in _CONVERSION.finditer(text) if c.group(5) != "%"]
            out.append(self.printf_part(call, text, shifted, rest))
        return ir.Block(out, loc=loc)

    def stktrace_value(self, ctx: P.ExprContext, conv: str) -> Optional[int]:
        """The LEVELS of the get_stktrace(LEVELS) call a `%t`/`%T` prints (None: every frame,
        which IBM writes get_stktrace(-1))."""
        levels = self.get_stktrace(ctx.primary()).args[0]
        return levels.value if isinstance(levels, ir.IntLit) and levels.value > 0 else None

    def printf_arg(self, ctx: P.ExprContext, conv: Optional[str]) -> ir.Expr:
        """One printf argument; %e %f %g take a float/double value, which reaches the
        driver as its IEEE-754 bits (ir `double_bits`) to be formatted there."""
        if conv == tables.DATE_CONVERSION:
            # a timestamp() value is monotonic nanoseconds; the date is the wall clock's
            return ir.Call("timestamp_to_wall", [self.expr(ctx)], loc=self.loc(ctx))
        if conv is not None and conv in "tT":
            value = self.expr(ctx)
            if not self.is_stack(value):
                raise self.error(f"printf '%{conv}' prints a stack trace: its argument must be "
                                 "get_stktrace() or a stktrace_t value", ctx)
            # the driver writes the frames (runtime/symstr.py): %t with symbols, %T addresses
            return ir.Call("vue_stack_sym" if conv == "t" else "vue_stack_raw", [value], loc=self.loc(ctx))
        if conv is None or conv not in "eEfFgG":
            value = self.expr(ctx)
            if self.is_stack(value):
                raise self.error(f"a stack trace prints with printf's %t or %T, not "
                                 f"'%{conv or '*'}'", ctx)
            return value
        value = self.float_operand(ctx)
        if value is None:
            raise self.error(f"%{conv} is given an integer: printf's %e, %f and %g print float "
                             "or double variables", ctx)
        return ir.Call("double_bits", [value], loc=self.loc(ctx))

    def print_array(self, call: P.CallExprContext) -> ir.PrintVar:
        """print(a) / quantize(a) / lquantize(a): every element of an associative array."""
        fname, args = call.ID().getText(), call.expr()
        if len(args) not in (1, 2, 3):
            raise self.error(f"{fname}() takes an associative array, optionally followed by the "
                             "number of entries and the sort flags", call)
        if not (isinstance(args[0], P.PrimaryExprContext) and isinstance(args[0].primary(), P.NameExprContext)):
            raise self.error(f"{fname}() needs an associative array", args[0])
        name = args[0].getText()
        g = self.global_named(name)
        if g is None:
            raise self.error(f"{fname}(): '{name}' is not an associative array used before", args[0])
        if self.ranges.is_range_array(name):
            return self.print_ranges(call, name, args)
        if g.kind == "agg" and fname != "print":
            raise self.error(f"{fname}() draws a value per key: an associative array of lists "
                             "prints with print()", args[0])
        if g.kind == "agg" and not self.keyed(name):
            raise self.error(f"print() prints associative arrays; '{name}' is a list: read it with "
                             "count(), sum(), min(), max() or avg()", args[0])
        if g.kind == "agg":
            return self.print_lists(call, name, args)
        if g.kind != "map":
            raise self.error(f"{fname}() prints associative arrays; '{name}' is not one", args[0])
        layout = tables.PRINT_LAYOUTS[fname]
        if len(args) == 1:
            pv = ir.PrintVar(name, layout=layout, loc=self.loc(call))
            self.default_prints.append(pv)
        else:
            count, by, order = self.aso_args(call, args[1:])
            pv = ir.PrintVar(name, layout=vueprint.layout_with(layout, count, by, order), loc=self.loc(call))
        self.map_prints.append(pv)
        return pv

    def keyed(self, name: str) -> bool:
        return self.arity.get(name, 0) > 0

    def print_ranges(self, call: P.CallExprContext, name: str, args: list) -> ir.PrintAgg:
        """print(a) / print(a, N, FLAGS) of an associative array of ranges (qrange()):
        each key's slots and counts (runtime/vueprint.format_vue_ranges)."""
        fname = call.ID().getText()
        if fname != "print":
            raise self.error(f"'{name}' holds range distributions (qrange()): they print with "
                             "print()", call)
        layout, func, labels = self.ranges.print_layout(name)
        if len(args) == 1:
            pa = ir.PrintAgg(name, layout=layout, value_func=func, fmt=labels, loc=self.loc(call))
            self.default_prints.append(pa)
        else:
            count, by, order = self.aso_args(call, args[1:])
            pa = ir.PrintAgg(name, layout=vueprint.layout_with(layout, count, by, order),
                             value_func=func, fmt=labels, loc=self.loc(call))
        self.map_prints.append(pa)
        return pa

    def print_lists(self, call: P.CallExprContext, name: str, args: list) -> ir.PrintAgg:
        """print(a) / print(a, N, FLAGS) of an associative array of lists: each key's
        count, sum, min, max and avg (runtime/vueprint.format_vue_lists); USE_LIST_*
        picks the statistic a sort by value uses."""
        if len(args) == 1:
            pa = ir.PrintAgg(name, layout="vue", value_func="count", loc=self.loc(call))
            self.default_prints.append(pa)
        else:
            count, by, order, stat = self.aso_args(call, args[1:], lists=True)
            pa = ir.PrintAgg(name, layout=vueprint.layout_with("vue", count, by, order),
                             value_func=stat, loc=self.loc(call))
        self.map_prints.append(pa)
        return pa

    def trace(self, call: P.CallExprContext) -> ir.Stmt:
        """trace(v): the bytes of variable v, as many as its type has (IBM: "the size of
        the data copied is based on its innate size"; a String's declared length), as a
        hex dump. IBM's printed layout is not in the documentation xtrace could read:
        xtrace prints DTrace's tracemem() layout (README)."""
        self.arity_check(call, 1)
        arg = call.expr()[0]
        if self.sref(arg) is not None:
            raise self.error("trace() of a struct variable is not supported: trace its members "
                             "one by one", arg)
        if not (isinstance(arg, P.PrimaryExprContext) and arg.primary().getText().isidentifier()):
            raise self.error("trace() takes a variable, not an expression", arg)
        name = arg.getText()
        dt = self.locals.get(name) or self.threads.get(name) or self.decl_types.get(name)
        if dt is not None and dt.kind in ("list", "float"):
            what = {"list": "a list", "float": "a floating-point variable (xtrace keeps it as a "
                    "double, not in its declared type)"}[dt.kind]
            raise self.error(f"trace() cannot copy {what}", arg)
        value = self.expr(arg)
        if not isinstance(value, ir.Var):
            raise self.error(f"trace() takes a variable; '{name}' is a built-in value (assign it "
                             "to a variable first)", arg)
        if is_str(value, self.env):
            size = self.str_lengths.get(name, tables.STRING_DEFAULT_LENGTH)
        else:
            size = dt.size if dt is not None and dt.size in (1, 2, 4, 8) else 8
        return ir.TraceValue(value, size, loc=self.loc(call))

    def copy_data(self, call: P.CallExprContext) -> ir.Stmt:
        """copy_userdata(ADDR, v) / copy_kdata(ADDR, v): sizeof(v) bytes of user / kernel
        memory at ADDR into the variable v, as its type reads them (an integer or pointer
        variable; a struct variable member by member)."""
        fname, args = call.ID().getText(), call.expr()
        self.arity_check(call, 2)
        ref = self.sref(args[1])
        if ref is not None:
            if not isinstance(ref, VarRef):
                raise self.error(f"{fname}() copies into a variable, not into memory", args[1])
            return self.copy_struct(fname, args[0], ref, self.loc(call))
        target = self.lvalue(args[1])
        dt = None
        if isinstance(target, ir.Var):
            table = {"local": self.locals, "thread": self.threads}.get(target.scope, self.decl_types)
            dt = table.get(target.name)
        if dt is None or dt.kind != "int" or dt.size not in (1, 2, 4, 8):
            what = "a String (use get_userstring() or get_kstring())" if dt is not None and dt.is_str \
                else "a variable xtrace does not know the C type of"
            raise self.error(f"{fname}() copies into a variable declared with a C integer or pointer "
                             f"type; '{args[1].getText()}' is {what}", args[1])
        signed = 1 if dt.type is None or dt.type.signed else 0
        loc = self.loc(call)
        read = ir.Call("user_read" if fname == "copy_userdata" else "kernel_read_int",
                       [self.expr(args[0]), ir.IntLit(dt.size, loc=loc), ir.IntLit(signed, loc=loc)],
                       loc=loc)
        self.assigned.add(target.name)
        return ir.ExprStmt(ir.Assign(target, "=", read, loc=loc), loc=loc)

    def sockfd_netinfo(self, call: P.CallExprContext) -> ir.Stmt:
        """sockfd_netinfo(fd, n): the ports of socket descriptor fd of the current
        process into the net_info_t variable n (see netinfo)."""
        self.arity_check(call, 2)
        args = call.expr()
        ref = self.sref(args[1])
        if not isinstance(ref, VarRef) or ref.ctype is not netinfo.NET_INFO_T:
            raise self.error(f"sockfd_netinfo() fills a net_info_t variable; "
                             f"'{args[1].getText()}' is not one", args[1])
        loc = self.loc(call)
        out: list[ir.Stmt] = []
        for member, value in netinfo.port_reads(self.expr(args[0]), loc).items():
            target = ir.Var(mangle(ref.name, (member,)), ref.scope, loc=loc)
            out.append(ir.ExprStmt(ir.Assign(target, "=", value, loc=loc), loc=loc))
        return ir.Block(out, loc=loc)

    def set_date_format(self, call: P.CallExprContext) -> None:
        """set_date_format(S): the strftime format printf's %A prints dates with. xtrace
        takes it in @@BEGIN with a string literal and applies it to every %A of the
        script, as a call at the start of the session does."""
        if self.point_kinds != {"begin"}:
            raise self.error("set_date_format() can be called only in the @@BEGIN clause in xtrace",
                             call)
        self.arity_check(call, 1)
        arg = call.expr()[0]
        if not (isinstance(arg, P.PrimaryExprContext) and isinstance(arg.primary(), P.StringLitContext)):
            raise self.error("set_date_format() takes a string literal (a strftime format)", arg)
        fmt = self.expr(arg).value
        bad = [m.group(1) for m in re.finditer(r"%(.?)", fmt) if m.group(1) not in tables.STRFTIME_CONVERSIONS]
        if bad:
            raise self.error(f"set_date_format(): '%{bad[0]}' is not a strftime conversion", arg)
        if self.date_format is not None and self.date_format != fmt:
            raise self.error("set_date_format() is called again with another format: xtrace applies "
                             "one format to the whole session", call)
        self.date_format = fmt

    def set_aso_print_options(self, call: P.CallExprContext) -> None:
        """set_aso_print_options(N, FLAGS): how print(), quantize() and lquantize() of every
        associative array show it when the call gives no options of its own. ProbeVue takes
        it in @@BEGIN only; its arguments are constants, so xtrace applies it when compiling."""
        if self.point_kinds != {"begin"}:
            raise self.error("set_aso_print_options() can be called only in the @@BEGIN clause", call)
        if len(call.expr()) not in (1, 2):
            raise self.error("set_aso_print_options() takes the number of entries and the sort flags",
                             call)
        self.aso_options = self.aso_args(call, call.expr(), lists=None)

    def aso_args(self, call: P.CallExprContext, args: list, lists: Optional[bool] = False):
        """(number of entries, 0 for all; "key"/"value"; "asc"/"desc") from the optional
        arguments of print() or set_aso_print_options(); with `lists`, a fourth: the
        list statistic USE_LIST_* names for a sort by value ("count" without one).
        `lists` None: set_aso_print_options(), whose USE_LIST_* applies to every print()
        of lists."""
        count_ctx = args[0]
        try:
            count = parse_int(count_ctx.getText())
        except ValueError:
            count = -1
        if count < 0:
            raise self.error("the number of entries to print must be an integer constant (0 for all)",
                             count_ctx)
        by, order, stat = "key", "asc", None
        if len(args) > 1:
            words = [w.strip() for w in args[1].getText().split("|")]
            for w in words:
                if w in tables.ASO_SORT_FLAGS:
                    kind, value = tables.ASO_SORT_FLAGS[w]
                    if kind == "by":
                        by = value
                    else:
                        order = value
                elif w in tables.ASO_LIST_FLAGS:
                    stat = w[len("USE_LIST_"):].lower()
                elif w != "0":
                    raise self.error(f"unknown print option '{w}': the flags are SORT_BY_KEY or "
                                     "SORT_BY_VALUE with SORT_TYPE_ASCEND or SORT_TYPE_DESCEND, "
                                     "and USE_LIST_COUNT, _SUM, _MIN, _MAX or _AVG for lists, "
                                     "joined by '|'", args[1])
        if stat is not None and lists is False:
            raise self.error(f"USE_LIST_{stat.upper()} (which statistic of a list value to sort "
                             "by) applies to associative arrays of lists only", args[1])
        if lists:
            return count, by, order, stat or self.list_stat or "count"
        if stat is not None:
            self.list_stat = stat  # set_aso_print_options(): for every print() of lists
        return count, by, order

    def ptree(self, call: P.CallExprContext) -> ir.Stmt:
        """ptree(DEPTH): the probed process's tree (its ancestors, itself, its descendants
        DEPTH levels down, -1 for every level xtrace gathers)."""
        self.arity_check(call, 1)
        if self.point_kinds & {"begin", "end"}:
            raise self.error("ptree() prints the probed process's tree: it cannot be used in "
                             "@@BEGIN or @@END", call)
        text = call.expr()[0].getText()
        depth = None if text == "-1" else int(text) if text.isdigit() else -2
        if depth is not None and not 0 <= depth <= tables.PTREE_MAX_DEPTH:
            raise self.error(f"ptree() takes -1 (every level) or a depth from 0 to "
                             f"{tables.PTREE_MAX_DEPTH} (a constant)", call.expr()[0])
        return ir.PrintTree(depth, loc=self.loc(call))

    def stktrace(self, call: P.CallExprContext) -> ir.Stmt:
        """stktrace(FLAGS, LEVELS): the kernel stack of the probe hit, then with
        GET_USER_TRACE the user stack (each up to LEVELS frames). FLAGS is 0 or
        PRINT_SYMBOLS, optionally with GET_USER_TRACE; LEVELS -1 (every frame) or
        how many frames to print."""
        self.arity_check(call, 2)
        flags_ctx, levels_ctx = call.expr()
        words = {w.strip() for w in flags_ctx.getText().split("|")}
        if "GET_ALL_MSTS" in words:
            raise self.error("stktrace() with GET_ALL_MSTS is not supported: xtrace prints the "
                             "stack of the current thread only", flags_ctx)
        if not words <= {"0", "PRINT_SYMBOLS", "GET_USER_TRACE"}:
            raise self.error("stktrace() flags are 0, PRINT_SYMBOLS and GET_USER_TRACE (with "
                             "GET_ALL_MSTS on AIX)", flags_ctx)
        levels = levels_ctx.getText()
        if levels != "-1" and not (levels.isdigit() and int(levels) > 0):
            raise self.error("stktrace() takes -1 (every frame) or a positive number of frames",
                             levels_ctx)
        layout = "vue" if "PRINT_SYMBOLS" in words else "vue_raw"
        depth = None if levels == "-1" else int(levels)
        kernel = ir.PrintStack(layout, depth=depth, loc=self.loc(call))
        if "GET_USER_TRACE" not in words:
            return kernel
        return ir.Block([kernel, ir.PrintStack(layout, depth=depth, user=True, loc=self.loc(call))],
                        loc=self.loc(call))

    def delete(self, call: P.CallExprContext) -> ir.Delete:
        """`delete(a, k1, k2)` removes one element; `clear(a)` empties the array."""
        fname, args = call.ID().getText(), call.expr()
        if not args or not (isinstance(args[0], P.PrimaryExprContext)
                            and isinstance(args[0].primary(), P.NameExprContext)):
            raise self.error(f"{fname}() needs an associative array as its first argument", call)
        name, keys = args[0].getText(), args[1:]
        g = self.global_named(name)
        if fname == "clear":
            if keys:
                raise self.error("clear() takes only the associative array", call)
            if g is None or g.kind == "scalar":
                raise self.error(f"clear(): '{name}' is not an associative array used before", args[0])
            return ir.Delete(name, None, loc=self.loc(call))
        if not keys:
            raise self.error("delete() needs the associative array and the key(s) to remove", call)
        self.container(name, args[0], len(keys), agg=g is not None and g.kind == "agg")
        wild = [isinstance(k, P.PrimaryExprContext) and isinstance(k.primary(), P.NameExprContext)
                and k.getText() == "ANY" for k in keys]
        if any(wild):
            # `delete(a, k, ANY)`: every element whose first keys are those given
            # (the keys given typed as their array's; each ANY any value of its key)
            n = wild.index(True)
            if not all(wild[n:]):
                raise self.error("delete(): a key given after ANY is not supported (give "
                                 "the keys before the ANY ones)", keys[wild.index(False, n)])
            return ir.Delete(name, self.map_keys(name, keys[:n])
                             + [ir.Wildcard(loc=self.loc(k)) for k in keys[n:]], loc=self.loc(call))
        return ir.Delete(name, self.map_keys(name, keys), loc=self.loc(call))


def _find_call(ctx) -> Optional[P.CallExprContext]:
    """The first function call inside a parse tree, if any."""
    if isinstance(ctx, P.CallExprContext):
        return ctx
    for child in ctx.getChildren() if hasattr(ctx, "getChildren") else ():
        found = _find_call(child)
        if found is not None:
            return found
    return None


def _has(ctx, *texts: str) -> bool:
    """Whether `ctx` has the terminal children `texts` (consecutive, when several)."""
    children = [c.getText() for c in ctx.getChildren()]
    n = len(texts)
    return any(tuple(children[i:i + n]) == texts for i in range(len(children) - n + 1))


def lower_program(tree: P.ProgramContext, tokens: CommonTokenStream, filename: str,
                  source: str) -> ir.Program:
    """Lower a parsed Vue script."""
    return Lowerer(filename, source, tokens).program(tree)
