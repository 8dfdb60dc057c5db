"""IR -> idiomatic Vue source (`xtrace translate --to vue`).

Anything Vue cannot say raises XtraceError naming the construct, at its loc.
The output parses back (frontends.vue.parse) to an equal IR for programs that
came from Vue, which the tests check.
"""

from __future__ import annotations

import fnmatch

import copy
import dataclasses
import re
from typing import Optional

from xtrace.ir.inlinedconsts import inlined_constants_folded
from .rvlocal import returns_as_local
from xtrace.ir.unroll import MAX_PASSES, written_out_loops
from xtrace.ir.vueprintloops import loops_as_vue_prints
from xtrace.ir.regexstr import as_string_test, regexes_as_string_tests
from xtrace.ir.sysparams import params_as_raw_args
from xtrace.ir.syscalls import stap_also_point
from xtrace.frontends.stap.tables import stap_function_of
from xtrace.ir.failguard import says_failed, says_succeeded
from xtrace.ir.tracername import tracer_name_ported
from xtrace.ir.printflits import fold_literal_texts
from xtrace.ir.printfunsigned import unsigned_d_as_u
from .printa_back import printas_as_vue_prints
from xtrace.frontends.dframing import CPU_ZERO_NOTE
from xtrace.frontends.d.symbol_actions import D_NAMES as D_SYMBOL_NAMES
from xtrace.frontends.vue.periods import near_rates_as_whole_ms
from xtrace.ir.framing import (explicit_framing, ids_as_values, needs_framing, provider_field,
                               probe_desc_constant as _probe_desc, pp_constant as _spelled,
                               traces_as_printf)
from xtrace.ir.byteorder import tapset_swaps_as_ir
from xtrace.frontends.dstrings_port import WARN_READ, string_readers_as_d
from xtrace.ir.sugarblocks import exits_end_clause
from xtrace.ir.faultfirst import faults_before_records, unmoved_fault
from xtrace.ir.rundumps import flag_set
from xtrace.ir.onekey import one_constant_key
from xtrace.ir.faultsplit import clauses_rejoined_at_faults
from xtrace.frontends.inline_notes import constant_notes
from xtrace.frontends.carried_note import carried_merges_noted
from xtrace.ir.clausemerge import merged_carried_clauses, merged_timer_clauses, \
    refuse_carried_locals
from xtrace.ir.inline import inline_functions
from xtrace.frontends.indent_port import indent_calls_of, indent_calls_written_out
from .spec_tentative import speculations_as_tentative, tentative_first
from .stap_tentative import stap_speculations_as_tentative
from xtrace.ir.sprintfjoin import sprintf_as_concat, sprintf_values_joined
from xtrace.ir.contextvars import context_vars_as_sprintfs
from xtrace.ir.sprintfsplice import quotes_in_format, splice_sprintfs, spliced_sprintf
from xtrace.ir.quotedstr import unquoted_comparison, unquoted_join
from xtrace.ir.rename import rename_variables, scope_clashes
from xtrace.ir.anonagg import ANON_AGG, ANON_AGG_NOTE, readable_name, rename_aggregation
from xtrace.ir.setopts import settled_sort_setopts, without_default_setopts
from xtrace.ir.userderef import derefs_as_user_reads
from xtrace.ir import presence
from xtrace.ir.presence import presence_companions
from xtrace.ir.membership import never_stored, nonzero_maps
from xtrace.ir.threadvars import THREAD_COMMENTS, tid_maps_as_thread_locals
from xtrace.ir.threadexit import freed_at_thread_exit
from .threadexit import thread_exit_clauses
from .first_use import stores_first
from xtrace.ir.clause_errors import SESSION_ENDS_NOTE, errors_end_session, is_clause_try, may_fault, unwrap_clause_try
from xtrace.ir import nodes as ir
from xtrace.frontends.common import (ClauseComments, c_comment, every_process_note,
                                      header_comment_lines, note_text, sized_array_note)
from xtrace.frontends.linewrap import wrap_long_calls
from xtrace.frontends.gaps import (Gaps, functions_as_gaps, gap_comment, gap_statement, library_function,
                                   nearest_comment)
from xtrace.frontends.global_notes import beside, named_notes, thread_comment_names
from xtrace.frontends.tapset_tables import tables_for_tapset_calls
from xtrace.frontends import kernel_vars
from xtrace.frontends.constructs import describe, spelled
from xtrace.frontends.histbuckets import refuse_hist_buckets
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir.maskedvars import as_cast, masked_type
from xtrace.ir.stores import constant_fits, convert, implicit_postfix, implicit_store
from xtrace.ir.syscalls import STAP_NAME_OF, entry_points_only
from xtrace.frontends.argstr_port import argstr_written_out
from xtrace.frontends.syscall_named import shared_points_named
from xtrace.frontends.retstr_port import retstr_written_out, return_strs_as_retstr
from xtrace.ir.printfbranches import ternary_printfs_as_ifs
from xtrace.frontends.argstr_port import refusal as argstr_refusal
from xtrace.ir.types import INT64, Type
from xtrace.ir.hexprefix import escaped_char_conversion, explicit_hex_prefix

from xtrace.runtime import vueprint

from . import clocks, intervals, onekey, sysproc, tables, uftlibs
from xtrace.frontends import iomap
from xtrace.ir.constmembers import constant_member_tests_decided
from xtrace.ir.flagtests import flag_tests_as_conditions
from . import nearest as forced
from .onekey_hist import OPTION as ONE_KEY_HISTS, keyless_hists_keyed
from .stored_sprintfs import stored_sprintfs_as_pieces
from xtrace.ir.histequiv import DTRACE_HIST, hist_as_quantize
from xtrace.frontends.stack_nearest import stack_differs
from . import nearest_points
from .scope import StrEnv, is_str
from .listfill import filled_at_start, filled_before, filled_prints
from xtrace.ir.statsplit import AGG_CONVERSION, AUTOPRINT_STATS, autoprint_row_format
from .statmerge import merged_statistics
from .strings import block_comment, escape
from xtrace.ir import conststr, stapconst
from xtrace.ir.constlocals import constant_locals, local_leaf
from xtrace.ir.endexit import end_exits_dropped
from xtrace.ir.clearparens import operand_floor
from . import ranges
from .syscalls import (is_syscall_rv, open_as_openat, open_guard_note, raw_compared_rv, raw_rv_text,
                       tests_open_first)

INDENT = "    "
_CONV = ir.PRINTF_CONVERSION
# D string subroutines (and stap's string tapset) that a Vue script cannot compute.
_D_STRING_SUBRS = frozenset({"strlen", "index", "rindex", "basename", "dirname", "cleanpath",
                             "toupper", "tolower", "substr", "slice", "strchr", "strrchr", "lltostr",
                             "strtok", "str_replace", "stringat"})
# Vue's own functions, which no variable a translation names may hide
_VUE_FUNCTIONS = frozenset(tables.BUILTIN_FUNCS) | frozenset(tables.LIST_READ_FUNCS) | frozenset(
    ("printf", "eprintf", "print", "quantize", "lquantize", "stktrace", "exit", "append", "clear",
     "delete", "trace", "get_function", "timestamp", "diff_time", "strstr", "atoi"))
_PROBE_DESC = ("probeprov", "probemod", "probename")
_GLOB = re.compile(r"[*?\[\]]")
_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*\Z")
KEYWORDS = frozenset("""__global __auto __thread __kernel __list String probev_timestamp_t stktrace_t
    path_t mac_addr_t ip_addr_t net_info_t range_t when if else while do for break continue return
    sizeof char short int long signed unsigned void float double const volatile struct union enum
    static extern typedef""".split())

# Binding strength, C order (higher binds tighter).
_BINARY_PREC = {"||": 3, "&&": 4, "|": 5, "^": 6, "&": 7, "==": 8, "!=": 8, "<": 9, "<=": 9,
                ">": 9, ">=": 9, "<<": 10, ">>": 10, "+": 11, "-": 11, ".": 11, "*": 12, "/": 12,
                "%": 12}
ASSIGN, TERNARY, UNARY, POSTFIX, ATOM = 1, 2, 13, 14, 15

_NO_VUE_AGG = {
    "stddev": "D's stddev()", "quantize": "D's quantize()", "lquantize": "D's lquantize()",
    "llquantize": "D's llquantize()", "hist_log": "SystemTap's @hist_log histogram",
    "hist_linear": "SystemTap's @hist_linear histogram",
}

_PRINTAGG_MESSAGES = {
    "dtrace": ("cannot express D's sorted aggregation table in Vue (one row per key in DTrace's "
               "columns; Vue has no loops to print them: only an aggregation whose every update "
               "names one constant key, its one row, is printed as a printf); nearest: print(a) "
               "of the associative "
               "array of lists the translation keeps (append() at each update), in Vue's "
               "`[key] | value` layout (each key's count, sum, min, max and avg), sorted as "
               "DTrace sorts by print(a, 0, SORT_BY_VALUE | SORT_TYPE_ASCEND | USE_LIST_COUNT) "
               "(USE_LIST_SUM, _MIN, _MAX or _AVG for the statistic D prints)"),
    "stap": ("cannot express SystemTap's aggregate print-out in Vue; nearest: a printf of the "
             "list's count(), min(), max(), sum() and avg() in stap's `name @count=..` row"),
    "format": ("cannot express a per-element formatted aggregation print-out in Vue (it has no "
               "loops: only an aggregation whose every update names one constant key is printed, "
               "as its row's printf); nearest: print(a) of an associative array, in Vue's "
               "`[key] | value` layout"),
    "stap_hist": "cannot express SystemTap's histogram print-out (@hist_log/@hist_linear) in Vue",
}


# What a Vue port does nearest to D's changes of an aggregation it cannot make (D's
# trunc(@a) without a count is Vue's clear(a)).
_AGG_CONTROL_NEAREST = {
    "clear": "clear(a), which takes the keys away too (D's clear() keeps them, printed with 0)",
    "trunc": "print(a, N, SORT_BY_VALUE | SORT_TYPE_DESCEND), which prints the N largest "
             "without taking the others away",
    "normalize": "a printf of each value divided where it is printed (Vue's print() divides "
                 "nothing)",
    "denormalize": "the values as kept (Vue's print() divides nothing)",
}


_NO_D_SPECULATION = ("D's speculative tracing (speculation(), speculate(), commit(), discard()) has "
                     "no Vue form: Vue's nearest is tentative tracing (start_tentative(ID) ... "
                     "commit_tentative(ID)), whose buffers are named in the script")


def _refuse_stap_speculation(prog: ir.Program) -> None:
    """stap's speculative.stp calls, refused at the script's first one (not at the
    tapset's arrays, which the script's reader never wrote)."""
    if prog.lang != "stap":
        return
    from xtrace.frontends.stap.library import TAPSET_FILE
    from xtrace.frontends.stap.library_extra import SPECULATIVE_FUNCS
    call = next((x for root in ir.program_roots(prog) for x in ir.walk(root)
                 if isinstance(x, ir.FuncCall) and x.name in SPECULATIVE_FUNCS
                 and x.loc.file != TAPSET_FILE), None)
    if call is not None and any(f.name == call.name and f.loc.file == TAPSET_FILE for f in prog.functions):
        raise XtraceError(f"stap's speculative tracing ({call.name}() of speculative.stp) has no "
                          "Vue form: Vue's nearest is tentative tracing (start_tentative(ID) ... "
                          "commit_tentative(ID)), whose buffers are named in the script", call.loc)


def _pid_field(pred: Optional[ir.Expr]) -> tuple[str, Optional[ir.Expr]]:
    """(the PID field, the rest of the predicate) of a system call tuple: `__pid ==
    $__CPID` or `__pid == N` first in the predicate is `@@syscall:$__CPID:...` or
    `@@syscall:N:...`, which Vue's frontend reads back as that same test first."""
    head = pred.lhs if isinstance(pred, ir.Binary) and pred.op == "&&" else pred
    if not (isinstance(head, ir.Binary) and head.op == "==" and head.lhs == ir.Builtin("pid")):
        return "*", pred
    if head.rhs == ir.Builtin("target"):
        field = "$__CPID"
    elif isinstance(head.rhs, ir.IntLit) and head.rhs.value > 0:
        field = str(head.rhs.value)
    elif (isinstance(head.rhs, ir.ScriptArg) and not head.rhs.as_string
          and not head.rhs.optional and not head.rhs.quoted_text):
        field = f"${head.rhs.index}"  # Vue puts the argument's text in the field
    else:
        return "*", pred
    return field, (pred.rhs if head is not pred else None)

class Printer:
    """Prints one program; `print_program` is the entry point."""

    def __init__(self, prog: ir.Program, gaps: Optional[Gaps] = None) -> None:
        self.gaps = gaps or Gaps()
        self.prog = prog
        # (--force) the script functions left out, by name: their calls are gaps
        self.functions_left: dict[str, str] = {}
        # the comments said above the clauses (the CPU column's note once), and the
        # statements' notes said, each said once (common.ClauseComments)
        self.clause_comments = ClauseComments(notes=(CPU_ZERO_NOTE,))
        self.notes_said: set[str] = set()
        # the `if` a clause's open guard became, said why above (open_itself_only)
        self.open_guard: Optional[ir.If] = None
        self.anon: Optional[str] = None  # the name D's `@` has here (ir.anonagg)
        # why each for/while loop left was not written out (ir/unroll.py), by location
        self.counted_reasons: dict = {}
        self.env = StrEnv()
        self.lines: list[str] = []
        self.global_types: dict[str, Optional[Type]] = {}  # global_type()'s, by name
        self.cur_loc: Optional[Loc] = None  # the statement being printed, for nodes without a loc
        self.exit_dump = False  # the probe being printed is D's exit dump (probe())
        self.dump_several = False  # ... of several aggregations (unkeyed_row)
        # the clause being printed lets only failed (succeeded) system calls through
        # (ir/failguard.py)
        self.failed_guard = self.succeeded_guard = False
        self.guards: list[ir.Expr] = []  # the conditions of the if-arms being printed
        self.cur_event: Optional[str] = None  # the sysproc event of the clause being printed
        self.io_events: list[str] = []  # the Vue I/O events of the clause being printed
        self.in_syscall_exit = False  # every point of the clause being printed is a syscall exit
        self.cur_profiled = False  # the clause being printed is a process-specific @@interval
        self.filled: set[int] = set()  # prints of lists the clause has appended to (listfill)
        self.filled_after_begin: set[int] = set()  # stap auto-prints of lists holding a value
        self.globals = {g.name: g for g in prog.globals}
        self.masked_globals: set[str] = set()  # stap globals declared narrow (global_type)
        for g in prog.globals:
            if g.kind == "scalar" and g.type is not None:
                self.env.globals[g.name] = g.type.is_str

    def fail(self, msg: str, node) -> XtraceError:
        """An XtraceError at `node`, or at the enclosing statement when `node` has no location."""
        loc = getattr(node, "loc", None)
        if loc is None or loc.line <= 0:
            loc = self.cur_loc
        return XtraceError(msg, loc)

    # ------------------------------------------------------------ program

    def program(self) -> str:
        for g in self.prog.globals:
            if g.wrap and not self.gaps.force:
                raise self.wrap_refusal(g)  # (with --force, its nearest is said where the globals are)
        if self.prog.functions:
            self.tapset_kernel_functions()
            # (--force: each statement calling one a gap of its own, expr_prec)
            self.prog, self.functions_left = functions_as_gaps(self.prog, "Vue", self.gaps)
        self.learn_all()
        self.range_names, self.range_pending = self.range_vars()
        self.gaps.attempt(self.declarations, lambda ex: self.lines.append(gap_comment(ex)))
        # set_date_format(): said in the first @@BEGIN (one of its own if there is none)
        date_fmt = self.prog.options.get("date_format")
        self.date_pending = date_fmt if date_fmt not in (None, tables.DEFAULT_DATE_FORMAT) else None
        inits = [g for g in self.prog.globals if g.init is not None and not _starts_as_init(g, self.prog)]
        if (self.date_pending or self.range_pending) and not inits and not any(
                all(p.kind == "begin" for p in probe.points) for probe in self.prog.probes):
            self.clause([ir.ProbePoint("begin")], None, ir.Block([]), [])
        if inits:
            body = ir.Block([ir.ExprStmt(ir.Assign(ir.Var(g.name), "=", g.init)) for g in inits])
            self.clause([ir.ProbePoint("begin")], None, body, [])
        if errors_end_session(self.prog) and any(may_fault(p) for p in self.prog.probes
                                                 if not is_clause_try(p.body)):
            # Nothing in Vue ends a session with a status other than 0.
            # (read back in stap, the note is stap's rule again: clause_errors.clauses_as_try)
            self.lines += [*c_comment(note_text(SESSION_ENDS_NOTE)), ""]
        for probe in self.prog.probes:
            mark = len(self.lines)
            self.gaps.attempt(lambda: self.probe(probe), lambda ex: self.lines.extend([gap_comment(ex), ""]),
                              undo=lambda: self.truncate(mark), node=probe)
        self.lines += thread_exit_clauses(self.prog.lang, freed_at_thread_exit(self.prog))
        return "\n".join(self.lines).rstrip() + "\n"

    def range_vars(self) -> tuple[dict[str, str], list[str]]:
        """The aggregations a Vue range_t says (updated only as qrange() counts, keyed,
        printed only by print() of ranges, if at all): aggregation -> its range_t
        variable, and the @@BEGIN calls that give the ranges their slots."""
        specs: dict[str, Optional[ranges.RangeSpec]] = {}
        for probe in self.prog.probes:
            for node in walk(probe.body):
                if isinstance(node, ir.AggUpdate):
                    if self.gaps.force:  # (a stap histogram: the range_t of its buckets)
                        node = hist_as_quantize(node)
                    spec = ranges.spec_of_update(node) if node.keys else None
                    old = specs.setdefault(node.agg, spec)
                    if old != spec:
                        specs[node.agg] = None
                elif isinstance(node, ir.PrintAgg) and not node.layout.startswith(ranges.LAYOUT) \
                        and not self.forced_range_print(node):
                    specs[node.agg] = None
        names, calls = {}, []
        for agg, spec in specs.items():
            if spec is not None:
                names[agg] = f"{agg}_range"
                calls += ranges.range_declarations(spec, names[agg])
        return names, calls

    def forced_range_print(self, s: ir.PrintAgg) -> bool:
        """Whether `s` prints D's quantize()/lquantize() distributions in a D layout and
        --force may print them as Vue's print() of the range_t counting the same values
        (the refusal's nearest): the aggregation is then counted with qrange()."""
        return (self.gaps.force and s.layout in ("dtrace", "format", "stap_hist") and not s.more
                and s.keys is None and s.value_func in ("quantize", "lquantize", *DTRACE_HIST))

    def truncate(self, mark: int) -> None:
        del self.lines[mark:]

    def learn_all(self) -> None:
        """Learn, in program order as Vue does, which undeclared variables hold strings."""
        for probe in self.prog.probes:
            for node in walk(probe.body):
                if isinstance(node, ir.Assign) and node.op == "=":
                    self.env.learn(node.target, node.value)

    def wrap_refusal(self, g: ir.Global) -> XtraceError:
        return self.fail(f"'{g.name}' drops its oldest element when full (stap's `%` arrays): "
                         "Vue has no such array; nearest: a plain associative array, which keeps "
                         "every element", g)

    def declarations(self) -> None:
        # D's inlines are their literals in Vue: the comments on them are said of the
        # constant, where D declared it
        out: list[str] = [ln for note in constant_notes(self.prog).values() for ln in c_comment(note)]
        # (name, comment) of the source's variables said on a line of their own:
        # those Vue does not declare, or whose comment is not one line (global_notes.py)
        unsaid: list[tuple[str, str]] = []
        for g in self.prog.globals:
            self.check_name(g.name, g)
            note = beside(g.comment)
            declared = True
            if g.kind == "scalar" and g.type is not None:
                out.append(f"__global {self.c_decl(g.name, g.type.is_str, self.global_type(g))};{note}")
            elif g.kind == "agg" and not self.keyed(g.name):
                note = f"  /* {ANON_AGG_NOTE} */" if g.name == self.anon else note
                out.append(f"__list {g.name};{note}")
            elif g.name in self.range_names:
                out.append(f"range_t {self.range_names[g.name]};{note}")
            else:
                declared = False
                if g.wrap and self.gaps.substitute(ex := self.wrap_refusal(g)):
                    out.append(nearest_comment(ex, f"'{g.name}' is a plain associative array: it "
                                                   "keeps every element, where stap's `%` array "
                                                   "drops its oldest when full"))
            if g.comment and (not declared or not note) and g.name != self.anon:
                unsaid.append((g.name, g.comment))
            # Associative arrays (maps, lists per key) are not declared in Vue; a
            # stap one's size is said where its declaration would be
            sized = sized_array_note(g, "Vue")
            if sized is not None:
                out.extend(block_comment(sized))
        threads: dict[str, ir.Var] = {}
        for probe in self.prog.probes:
            for node in walk(probe.body, probe.predicate):
                if isinstance(node, ir.Var) and node.scope == "thread":
                    threads.setdefault(node.name, node)
        bodies = [probe.body for probe in self.prog.probes]
        # the source's comments on the arrays these were (ir/threadvars.py)
        said = thread_comment_names((self.prog.options or {}).get(THREAD_COMMENTS) or {}, set(threads))
        for name, var in threads.items():
            self.check_name(name, var)
            held = self.held_type(var.type, lambda t, name=name: _is_var(t, "thread", name), bodies)
            note = beside(said.get(name))
            out.append(f"__thread {self.c_decl(name, is_str(var, self.env), held)};{note}")
            if said.get(name) and not note:
                unsaid.append((name, said[name]))
        out.extend(self.prototypes())
        kernel: dict[str, str] = {}
        for probe in self.prog.probes:
            for node in walk(probe.body, probe.predicate):
                kv = kernel_var(node)
                if kv is None:
                    continue
                decl = f"__kernel {tables.vue_type_name(kv[1])} {kv[0]};"
                if kernel.setdefault(kv[0], decl) != decl:
                    raise self.fail(f"kernel variable '{kv[0]}' is read as two C types ("
                                    f"{kernel[kv[0]]} and {decl}): Vue declares a __kernel "
                                    "variable once, with one type", node)
        out.extend(kernel.values())
        # last: read back, a comment right above a prototype is dropped with it, and one
        # right above a global's declaration would be that global's
        out.extend(named_notes(unsaid))
        if out:
            self.lines.extend(out + [""])

    def keyed(self, agg: str) -> bool:
        """Whether an aggregation is used with keys anywhere (a Vue associative array of lists)."""
        for probe in self.prog.probes:
            for node in walk(probe.body, probe.predicate):
                if isinstance(node, (ir.AggUpdate, ir.AggRead)) and node.agg == agg and node.keys:
                    return True
                if isinstance(node, ir.Delete) and node.map == agg and node.keys:
                    return True
        return False

    def global_type(self, g: ir.Global) -> Optional[Type]:
        """The type a global scalar is declared with in Vue (held_type)."""
        if g.name not in self.global_types:
            bodies = [p.body for p in self.prog.probes]
            # a stap global every store masks to one narrow type is declared that type
            masked = masked_type(self.prog, g, bodies + [f.body for f in self.prog.functions]
                                 + [p.predicate for p in self.prog.probes if p.predicate is not None])
            if masked is not None:
                self.masked_globals.add(g.name)
            self.global_types[g.name] = masked or self.held_type(
                g.type, lambda t: _is_var(t, "global", g.name), bodies)
        return self.global_types[g.name]

    def typed_store(self, e: ir.Assign, statement: bool) -> ir.Expr:
        """A store as Vue writes it into its target's declared type (implicit_store); the
        masks of a stap global declared narrow (global_type) read as the conversion."""
        declared = self.declared_type(e.target)
        if (isinstance(e.target, ir.Var) and e.target.scope == "global"
                and e.target.name in self.masked_globals and e.op == "="):
            cast = dataclasses.replace(e, value=as_cast(e.value))
            store = implicit_store(cast, declared, statement)
            return e if store is cast else store  # unchanged: `e` itself (callers test `is`)
        return implicit_store(e, declared, statement=statement)

    @staticmethod
    def held_type(t: Optional[Type], is_target, bodies: list[ir.Block]) -> Optional[Type]:
        """The C type a variable of type `t` is declared with in Vue: `t`, unless a store
        into it is not converted to `t` (`x++` or `x = a * 7` on a D int that was never
        declared holds the 64-bit value, where a Vue int would wrap): then the 64-bit
        type of its signedness, whose stores Vue does not convert either."""
        if t is None or not t.is_int or t.bits >= 64:
            return t
        for node in walk(*bodies):
            if isinstance(node, ir.IncDec) and is_target(node.target):
                return Type("int", 64, t.signed)
            if not (isinstance(node, ir.Assign) and is_target(node.target)):
                continue
            if _copy_data(node) and isinstance(node.value.args[1], ir.IntLit) \
                    and node.value.args[1].value * 8 <= t.bits:
                continue  # copy_userdata()/copy_kdata() read no more bytes than the variable has
            if node.op != "=" or convert(node.value, t) is not node.value:
                return Type("int", 64, t.signed)
        return t

    @staticmethod
    def c_decl(name: str, string: bool, t) -> str:
        if string:
            return f"String {name}[{tables.DEFAULT_STRING_LEN}]"
        return f"{tables.vue_type_name(t) if t is not None else 'long long'} {name}"

    def prototypes(self) -> list[str]:
        """Vue reads __argN / __rv only when the probed function has a C prototype."""
        want: dict[str, int] = {}
        for probe in self.prog.probes:
            uses = [n.name for n in walk(probe.body, probe.predicate) if isinstance(n, ir.Builtin)]
            args = [int(u[3:]) + 1 for u in uses if re.fullmatch(r"arg\d", u)]
            if not args and "retval" not in uses:
                continue
            for p in self.globs_expanded(probe).points:
                if p.kind == "syscall" and p.name != "*":
                    name = tables.LINUX_TO_LIBC.get(p.name, p.name)
                    want[name] = max(want.get(name, 0), max(args, default=0))
        return [f"long long {name}({', '.join(['long long'] * n)});" for name, n in want.items()]

    def check_name(self, name: str, node) -> None:
        if name in KEYWORDS or not _IDENT.match(name):
            raise self.fail(f"'{name}' cannot be a Vue variable name", node)

    # ------------------------------------------------------------ probes

    def probe(self, probe: ir.Probe) -> None:
        # D's exit dump (its implicit END probe): an aggregation without a row prints
        # nothing there, not even the blank line (unkeyed_row)
        self.exit_dump = probe.implicit
        # ... and dtrace prints one blank line before the rows of the whole dump, none
        # between two aggregations: with several, the first with a row prints it
        # (lists: Vue says no keyed one in D's layout)
        self.dump_several = probe.implicit and sum(
            1 for x in walk(probe.body) if isinstance(x, ir.PrintAgg) and x.layout == "dtrace"
            and (not self.keyed(x.agg) or one_constant_key(self.prog, x.agg) is not None)) > 1
        if self.dump_several:  # (its counter, a local set first: Vue's __auto are not zeroed)
            start = ir.ExprStmt(ir.Assign(ir.Var("dumped", "local", loc=probe.loc, type=INT64), "=",
                                          ir.IntLit(0, loc=probe.loc, type=INT64), loc=probe.loc), loc=probe.loc)
            probe = dataclasses.replace(probe, body=ir.Block([start, *probe.body.stmts], loc=probe.body.loc))
        probe = self.globs_expanded(probe)
        uses_args = any(isinstance(n, ir.Builtin) and n.name.startswith("arg")
                        for n in walk(probe.body, probe.predicate))
        # Vue allows __argN only in a clause with one probe point: give each point its own clause.
        # D's probename/probeprov are constants of one kind of probe: a clause on
        # BEGIN and END (or entry and return) becomes one clause per point.
        uses_desc = any(isinstance(n, ir.Builtin) and (n.name in _PROBE_DESC or n.name == "pp"
                                                       and all(_spelled([pt]) for pt in probe.points))
                        for n in walk(probe.body, probe.predicate)) \
            and len({(p.kind, p.is_return) for p in probe.points}) > 1
        # D's b_bcount at io:::start and io:::done is Vue's bcount, read differently at
        # iostart and iodone: a clause of each
        io_split = len(io_events(probe.points)) > 1 and any(
            isinstance(n, ir.Translated) and iomap.D_TO_VUE.get(n.text) in iomap.VUE_BY_EVENT
            for n in walk(probe.body, probe.predicate))
        groups = [[p] for p in probe.points] if (uses_args or uses_desc or io_split) \
            and len(probe.points) > 1 else [probe.points]
        comments = probe.comments + every_process_note(probe.points, "the -X process")
        for points in groups:
            self.clause(points, probe.predicate, probe.body, comments, probe)

    def globs_expanded(self, probe: ir.Probe) -> ir.Probe:
        """`probe` with each syscall pattern (`open*`) as the syscalls it matched on the
        translation's target, by name: Vue's @@syscall names one syscall."""
        globs = (self.prog.options or {}).get("syscall_globs") or {}
        if not any(p.kind == "syscall" and p.name in globs for p in probe.points):
            return probe
        points: list[ir.ProbePoint] = []
        for p in probe.points:
            if p.kind == "syscall" and p.name in globs:
                points += [dataclasses.replace(p, name=nm) for nm in globs[p.name]]
            else:
                points.append(p)
        return dataclasses.replace(probe, points=points)

    def clause(self, points: list[ir.ProbePoint], predicate: Optional[ir.Expr], body: ir.Block,
               comments: list[str], source: Optional[ir.Probe] = None) -> None:
        """The clause of `points` (of the source's probe `source`, whose comments
        `comments` are said above it unless said above a clause of it already)."""
        if points and points[0].loc.line > 0:
            self.cur_loc = points[0].loc
        self.syscall_pid = "*"
        if points and all(p.kind == "syscall" for p in points):
            # a test of the process first is the tuple's PID field, as a porter writes it
            self.syscall_pid, predicate = _pid_field(predicate)
        self.io_events, io_tuples = io_events(points), []
        if self.io_events:
            # the block request tracepoints are Vue's disk I/O events; the leading
            # tests of the operation and the disk are the tuple's fields
            operation, device, predicate = iomap.vue_tuple_fields(predicate)
            io_tuples = [f"@@io:disk:{ev}:{operation}:{device}" for ev in self.io_events]
        if predicate is not None and self.guard_needed(predicate):
            # Vue predicates allow no function calls, locals or side effects: test in the body.
            body = ir.Block([ir.If(predicate, ir.Block(body.stmts, loc=body.loc), loc=predicate.loc)],
                            loc=body.loc)
            if points and all(p.kind == "syscall" and p.name == "open" for p in points) \
                    and tests_open_first(predicate):
                # the guard against this clause's openat hits (open_itself_only): said why
                self.open_guard = body.stmts[0]
            predicate = None
        self.lines.extend(ln for c in self.clause_comments.to_say(
                              comments, source.loc if source is not None else body.loc)
                          for ln in block_comment(c))
        self.cur_event = None
        self.in_syscall_exit = bool(points) and all(p.kind == "syscall" and p.is_return for p in points)
        sysproc_form = None
        self.cur_points = points
        self.cur_consts = constant_locals(body) if isinstance(body, ir.Block) else {}
        if io_tuples:
            sysproc_form = io_tuples, predicate
        elif points and all(p.kind == "tracepoint" for p in points):
            sysproc_form = self.sysproc_tuples(points, predicate)
        elif points and all(sysproc.is_event_point(p) for p in points):
            # a kprobe or syscall exit that is no sysproc event prints as itself
            found = [sysproc.peel(p, predicate) for p in points]
            whole = all(sysproc.covers(f[0], points) for f in found if f is not None)
            if all(f is not None for f in found) and whole:
                sysproc_form = self.sysproc_tuples(points, predicate)
        profiled = intervals.peel(points[0], predicate) if len(points) == 1 else None
        self.cur_profiled = profiled is not None
        cpus = intervals.peel_cpus(points[0], predicate) if len(points) == 1 else None
        if sysproc_form is not None:
            tuples, predicate = sysproc_form
            self.lines.append(", ".join(dict.fromkeys(tuples)))
        elif profiled is not None:
            field, predicate = profiled
            self.lines.append(f"@@interval:{field}:clock:{points[0].period_ns // 1_000_000}")
        elif cpus is not None:
            field, predicate = cpus
            self.lines.append(f"@@interval:*:clock:{points[0].period_ns // 1_000_000}:{field}")
        else:
            self.lines.append(", ".join(self.point(p) for p in points))
        self.failed_guard = self.succeeded_guard = False
        if predicate is not None:
            self.lines.append(f"when ({self.expr(predicate)})")
        # below a `when` that lets only failed calls through, the raw return value is
        # -__errno (ir/failguard.py)
        self.failed_guard = says_failed(points, predicate)
        self.succeeded_guard = says_succeeded(points, predicate)
        self.env.locals = {}
        local_decls = self.locals(body)
        self.lines.append("{")
        self.lines.extend(INDENT + d for d in local_decls)
        if self.date_pending and points and all(p.kind == "begin" for p in points):
            self.lines.append(f"{INDENT}set_date_format({escape(self.date_pending)});")
            self.date_pending = None
        if self.range_pending and points and all(p.kind == "begin" for p in points):
            self.lines.extend(INDENT + ln for ln in self.range_pending)
            self.range_pending = []
        self.filled = filled_prints(body)
        # stap's auto-prints of lists appended to before, here or by a BEGIN clause
        self.filled_after_begin = {i for i, (x, held) in filled_before(
            body, filled_at_start(self.prog, points)).items()
            if isinstance(x, ir.PrintAgg) and x.layout == "stap" and x.agg in held}
        for s in body.stmts:
            self.stmt(s, 1)
        self.lines.extend(["}", ""])

    @staticmethod
    def guard_needed(predicate: ir.Expr) -> bool:
        """Whether a predicate holds what Vue forbids in `when`: calls, locals, assignments."""
        for node in walk(predicate):
            if isinstance(node, (ir.Call, ir.AggRead, ir.Assign, ir.IncDec)):
                return True
            if isinstance(node, ir.Builtin) and tables.VUE_BUILTIN.get(node.name, "").endswith(")"):
                return True
            if isinstance(node, ir.Var) and node.scope == "local":
                return True
            if isinstance(node, ir.SyscallVar) and (node.type is None or node.type.is_str):
                return True  # a user string argument is read with get_userstring()
        return False

    def locals(self, body: ir.Block) -> list[str]:
        """`__auto` declarations for the clause-local variables (Vue wants them first)."""
        seen: dict[str, ir.Var] = {}
        copied: dict[str, Type] = {}  # copy_userdata/copy_kdata read as many bytes as the type has
        for node in walk(body):
            if isinstance(node, ir.Assign) and node.op == "=" and isinstance(node.target, ir.Var) \
                    and node.target.scope == "local":
                self.env.learn(node.target, node.value)
                if _copy_data(node):
                    size, signed = node.value.args[1], node.value.args[2]
                    copied.setdefault(node.target.name, Type("int", size.value * 8, bool(signed.value)))
            if isinstance(node, ir.Var) and node.scope == "local":
                seen.setdefault(node.name, node)
        out = []
        self.local_held: dict[str, Type] = {}
        for name, var in seen.items():
            self.check_name(name, var)
            held = copied.get(name) or self.held_type(var.type, lambda t, name=name: _is_var(t, "local", name),
                                                      [body])
            if held is not None and held.kind == "int":
                self.local_held[name] = held
            out.append(f"__auto {self.c_decl(name, is_str(var, self.env), held)};")
        return out

    def sysproc_tuples(self, points: list[ir.ProbePoint],
                       predicate: Optional[ir.Expr]) -> tuple[list[str], Optional[ir.Expr]]:
        """Tracepoints a sysproc event stands for: its tuples and the predicate left
        once the event's implied condition and PID filter are taken off."""
        found = [sysproc.peel(p, predicate) for p in points]
        if any(f is None for f in found) or len({(f[1], repr(f[2])) for f in found}) != 1:
            bad = next((p for p, f in zip(points, found) if f is None), points[0])
            what = _network_provider(bad) or "tracepoint probes"
            only = "" if what != "tracepoint probes" else " (only those a sysproc event stands for)"
            raise self.fail(f"{what} ('{bad.spelling or bad.name}') cannot be expressed in Vue{only}; "
                            f"nearest: {nearest_points.tracepoint(bad)}", bad)
        events = {f[0] for f in found}
        self.cur_event = events.pop() if len(events) == 1 else None
        return [f"@@sysproc:{f[0]}:{f[1]}" for f in found], found[0][2]

    def io_expr(self, e: ir.Expr) -> Optional[tuple[str, int]]:
        """`e` as the Vue I/O manager's built-ins (`__iobuf->bcount`) in an @@io:disk
        clause (frontends/iomap.py); None when it is not one of its facts."""
        fact = iomap.vue_fact(e, self.io_events)
        if fact is not None:
            return fact, ATOM
        test = iomap.op_test(e)
        if test is not None:
            if test == ("==", iomap.REQ_OP_WRITE):
                return "!__iobuf->bflags", UNARY
            raise self.fail("Vue's I/O probe manager tests a request's operation as __iobuf->bflags "
                            "(B_READ unless a write) or in the tuple's operation field "
                            "(@@io:disk:EVENT:read|write:*), not as this test of it", e)
        if isinstance(e, ir.Translated):
            nearest = iomap.d_only_nearest(e.text)
            if nearest is not None:
                raise self.fail(f"D's `{e.text}` cannot be expressed in Vue: Vue's I/O probe "
                                f"manager has no such fact of a request; nearest: {nearest}", e)
        return None

    def tapset_kernel_functions(self) -> None:
        """Refuse the first kernel function a probe calling stap tapset functions
        probes (tcp.receive's tcp_v4_rcv) when no system call stands nearest it: Vue
        probes no kernel function, so that is what stands in the way, not the tapset
        code its alias variables need, which a D port writes out. Where one does
        (vfs.read's read), the variable the port would lack there is the refusal, and
        the script's own functions are refused as such."""
        from xtrace.frontends.stap.library import TAPSET_FILE
        if any(f.loc.file != TAPSET_FILE for f in self.prog.functions):
            return
        names = {f.name for f in self.prog.functions}
        calls = [(probe, x) for probe in self.prog.probes
                 for x in ir.walk([probe.predicate, probe.body])
                 if isinstance(x, ir.FuncCall) and x.name in names]
        if any(x.loc is None or x.loc.file != TAPSET_FILE for _, x in calls):
            return  # the script calls one itself (ip_ntop()): refused by its name, with its nearest
        for probe, _ in calls:
            for pt in probe.points:
                if pt.kind == "kfunc" and not nearest_points.kernel_function(pt).startswith(
                        "@@syscall:*:"):
                    self.point_tuple(pt)

    def point(self, p: ir.ProbePoint) -> str:
        """The Vue tuple of `p`. A point Vue cannot say at all is refused for that first:
        its optional `?` is the lesser gap."""
        text = self.point_tuple(p)
        if p.optional and not stap_also_point(p):
            raise self.fail("Vue has no optional probe points; nearest: the point without "
                            "`?` (the script then fails where the kernel lacks it)", p)
        return text

    def point_tuple(self, p: ir.ProbePoint) -> str:
        if p.kind in ("begin", "end"):
            return "@@" + p.kind.upper()
        if p.kind == "syscall":
            where = "exit" if p.is_return else "entry"
            who = getattr(self, "syscall_pid", "*")
            if p.name_arg:
                # Vue puts a script argument's text into the tuple as D does
                return f"@@syscall:{who}:${p.name_arg}:{where}"
            if p.name == "*":
                return f"@@syscallx:{who}:*:{where}"
            if _GLOB.search(p.name):
                raise self.fail(f"Vue cannot match system calls by pattern ('{p.name}')", p)
            return f"@@syscall:{who}:{tables.LINUX_TO_LIBC.get(p.name, p.name)}:{where}"
        if p.kind == "timer" and p.period_arg:
            if p.period_unit == "ms":  # Vue puts the argument's text in the tuple
                return f"@@interval:*:clock:${p.period_arg}{':*' if p.per_cpu else ''}"
            if not p.arg_period_ns:
                raise self.fail(f"Vue intervals are milliseconds: a period of ${p.period_arg} "
                                f"{'Hz' if p.period_unit == 'hz' else p.period_unit} "
                                f"('{p.spelling}') needs the argument's value: give it with "
                                "--arg VALUE", p)
            p = dataclasses.replace(p, period_ns=p.arg_period_ns, period_arg=0)
        if p.kind == "timer":
            if p.randomize_ns:
                raise self.fail(f"Vue has no randomized intervals ('{p.spelling}'); nearest: "
                                f"@@interval:*:clock:{max(1, round(p.period_ns / 1_000_000))} "
                                "(the period without its random part)", p)
            if p.period_ns % 1_000_000:
                raise self.fail(f"Vue intervals are whole milliseconds, not {p.period_ns} ns "
                                f"('{p.spelling or p.name}'); nearest: "
                                f"{nearest_points.interval(p.period_ns)}", p)
            # a per-CPU timer (D profile-N, stap timer.profile) is Vue's CPU-bound interval on '*'
            return f"@@interval:*:clock:{p.period_ns // 1_000_000}{':*' if p.per_cpu else ''}"
        if p.kind == "ufunc":
            # IBM's tuple is @@uft:PID|PROGRAM:MODULE:FUNCTION: a library is the module
            # field, never the process field (which names a process or its program)
            module = "*" if p.binary == "$target" else uftlibs.module_field(p.binary)
            if module is None and p.target_only and "/" not in p.binary:
                # D's pid$target:PROGRAM:: names the -c program's own file by its name
                # (ir/analysis.py _process_program): its process, every module
                who, module = "$__CPID", "*"
            elif module is None:  # a program by path: every process running it
                who, module = p.binary, "*"
            else:
                who = (str(p.pid) if p.pid is not None else f"${p.pid_arg}" if p.pid_arg
                       else "$__CPID")
            func = f"${p.name_arg}" if p.name_arg else p.name
            return f"@@uft:{who}:{module}:{func}:{'exit' if p.is_return else 'entry'}"
        what = _network_provider(p) or {
                "kfunc": "kernel function probes", "tracepoint": "tracepoint probes",
                "never": "stap's `probe never`",
                "perf": "perf event probes",
                "error_end": "stap's `probe error` (run instead of the end probes after a fatal "
                             "error)"}.get(p.kind, p.kind)
        if p.kind == "proc" and p.name == "begin":
            raise self.fail("stap's process.begin (each process running at the start, each new "
                            "process, each exec) cannot be expressed in Vue: sysproc has no event "
                            "in a new process (nearest: @@sysproc:execpass:*, each exec)", p)
        nearest = {"kfunc": nearest_points.kernel_function,
                   "perf": lambda p: "a per-CPU @@interval:*:clock:N:* timer, for sampling by time "
                                     "(ProbeVue counts no hardware or software events)"}.get(p.kind)
        raise self.fail(f"{what} ('{p.spelling or p.name}') cannot be expressed in Vue"
                        + (f"; nearest: {nearest(p)}" if nearest else ""), p)

    # ------------------------------------------------------------ statements

    def emit(self, depth: int, text: str) -> None:
        self.lines.append(INDENT * depth + text)

    def stmt(self, s: ir.Stmt, depth: int) -> None:
        mark = len(self.lines)
        self.gaps.attempt(lambda: self.stmt_now(s, depth), lambda ex: self.emit(depth, gap_statement(ex)),
                          undo=lambda: self.truncate(mark), node=s)

    def stmt_now(self, s: ir.Stmt, depth: int) -> None:
        mark, outer, self.notes = len(self.lines), getattr(self, "notes", []), []
        try:
            self.stmt_lines(s, depth)
            notes = self.notes
        finally:
            self.notes = outer
        # what the expressions of this statement do differently in Vue, said above it
        # (above the first statement it concerns: a port says a note once)
        said = [n for n in dict.fromkeys(notes) if n not in self.notes_said]
        self.notes_said.update(said)
        self.lines[mark:mark] = [INDENT * depth + ln for n in said for ln in block_comment(n)]

    def never_set(self) -> frozenset[str]:
        """The source's global arrays nothing stores into (stap warns of a
        never-assigned global and reads 0 or "" for every element): Vue knows no
        array that is never assigned, so a read of one is that value."""
        if not hasattr(self, "_never_set"):
            self._never_set = never_stored(self.prog)
        return self._never_set

    def updated_lists(self) -> frozenset[str]:
        """The aggregations (Vue lists) some statement adds to."""
        if not hasattr(self, "_updated_lists"):
            self._updated_lists = frozenset(
                x.agg for root in ir.program_roots(self.prog) for x in ir.walk(root)
                if isinstance(x, ir.AggUpdate))
        return self._updated_lists

    def unset_read(self, name: str, string: bool) -> str:
        self.note(f"'{name}' is never set: each of its elements reads as "
                  f"{'an empty string' if string else '0'} (stap warns of it); Vue has no array "
                  "that nothing stores into")
        return '""' if string else "0"

    def note(self, text: str) -> None:
        """A comment for the statement being printed (what it does differently in Vue)."""
        if not hasattr(self, "notes"):
            self.notes = []
        self.notes.append(text)

    def stmt_lines(self, s: ir.Stmt, depth: int) -> None:
        if s.loc.line > 0:
            self.cur_loc = s.loc
        if isinstance(s, ir.Block):
            self.emit(depth, "{")
            for t in s.stmts:
                self.stmt(t, depth + 1)
            self.emit(depth, "}")
        elif isinstance(s, ir.If):
            if s is self.open_guard:
                self.note(open_guard_note(self.prog.lang))
            self.if_stmt(s, depth, "if")
        elif isinstance(s, ir.Try):
            # stap's catch runs only at a fault in the try block: a block that cannot
            # fault is its statements alone, as a porter writes it
            if may_fault(s.body):
                raise self.fail("stap's try/catch block cannot be expressed in Vue (Vue has no "
                                "statement that catches a run-time error; one ends its clause); "
                                "nearest: the try block as a clause of its own on the same probe "
                                "that sets a __thread flag first and clears it last, and a next "
                                "clause `when (flag)` holding the catch block", s)
            for t in s.body.stmts:
                self.stmt(t, depth)
        elif isinstance(s, ir.ExprStmt) and _copy_data(s.expr) and self.declared_width(s.expr):
            e = s.expr
            func = "copy_userdata" if e.value.name == "user_read" else "copy_kdata"
            self.emit(depth, f"{func}({self.expr(e.value.args[0], ASSIGN + 1)}, {self.expr(e.target)});")
        elif isinstance(s, ir.ExprStmt):
            e = s.expr
            if isinstance(e, ir.Assign):
                e = self.typed_store(e, statement=True)
            self.emit(depth, self.expr(e) + ";")
        elif isinstance(s, ir.Printf):
            s = spliced_sprintf(s)
            # a sprintf of strings printed with a width: its pieces joined
            s = dataclasses.replace(s, args=[(sprintf_as_concat(a, None) or a)
                                             if isinstance(a, ir.Sprintf) else a for a in s.args])
            texts = self.printf_args(s)  # first: its refusals name the argument
            fmt, unquoted = quotes_in_format(self.vue_format(s), s.args,
                                             lambda a: self.user_string_arg(a) is not None)
            # a quoted user string's quotes are in the format: the argument is read bare
            # a string literal of a plain %s is written into the format (ir/printflits.py)
            fmt, texts = fold_literal_texts(fmt, [self.user_string_arg(a) if bare else text for a, bare, text
                                                  in zip(s.args, unquoted, texts)])
            args = "".join(", " + text for text in texts)
            self.emit(depth, f"{'eprintf' if s.stderr else 'printf'}({escape(fmt)}{args});")
        elif isinstance(s, ir.Exit):
            if s.status is not None and s.status != ir.IntLit(0):
                raise self.fail("Vue's exit() takes no exit status; nearest: exit(), which ends "
                                "the session with status 0", s)
            self.emit(depth, "exit();")
        elif isinstance(s, ir.AggUpdate) and s.agg in self.range_names:
            chain = ranges.slot_chain(s.args[0])
            value = chain[0] if chain is not None else s.args[0]
            self.emit(depth, f"qrange({self.agg_ref(s.agg, s.keys)}, {self.range_names[s.agg]}, "
                             f"{self.expr(value)});")
        elif isinstance(s, ir.AggUpdate):
            if s.func in _NO_VUE_AGG:
                nearest = ("; Vue's quantize()/lquantize() print an associative array's values "
                           "as bars, not a distribution of values" if "quantize" in s.func
                           or s.func.startswith("hist") else "")
                if s.func in ("quantize", "lquantize", "hist_log", "hist_linear"):
                    ranges_of = ("base, limit, step" if s.func == "lquantize"
                                 else "start, stop, interval" if s.func == "hist_linear" else "")
                    spec = (f"set_range(T, LINEAR, {ranges_of})" if ranges_of
                            else "set_range(T, POWER, 2)")
                    nearest += (f"; the nearest is a range_t distribution: {spec} in @@BEGIN, "
                                "qrange(a[key], T, value), printed by print(a) in its own layout")
                raise self.fail(f"cannot express {_NO_VUE_AGG[s.func]} in Vue (a list keeps "
                                f"count, sum, min, max and avg only{nearest})", s)
            value = self.expr(s.args[0]) if s.args else "1"  # count(): one element per event
            self.emit(depth, f"append({self.agg_ref(s.agg, s.keys)}, {value});")
        elif isinstance(s, ir.Delete):
            if s.map in self.never_set() and (s.keys or (self.globals.get(s.map) is not None
                                                        and self.globals[s.map].kind == "map")):
                # (an array nothing stores into is empty: its delete or clear does nothing,
                # and Vue has no such array to name)
                self.note(f"'{s.map}' is never set: deleting from it does nothing, and Vue has "
                          "no array that nothing stores into")
                return
            self.emit(depth, self.delete(s))
        elif isinstance(s, ir.Comment):
            for ln in block_comment(s.text):
                self.emit(depth, ln)
        elif isinstance(s, ir.PrintVar) and s.layout == "stap" and self.is_map(s.name):
            self.nearest_or_fail(self.fail(
                f"cannot express SystemTap's end-of-run print of the array '{s.name}' in Vue: Vue "
                "cannot walk an array to print stap's `name[k]=v` rows; nearest: print(a), in Vue's "
                "`[key] | value` layout", s), forced.autoprint(s), depth)
        elif isinstance(s, ir.PrintVar):
            self.emit(depth, self.print_var(s))
        elif isinstance(s, ir.PrintTree):
            self.emit(depth, f"ptree({-1 if s.depth is None else s.depth});")
        elif isinstance(s, ir.PrintStack) and s.user:
            call = f"stktrace(PRINT_SYMBOLS | GET_USER_TRACE, {-1 if s.depth is None else s.depth})"
            self.stack_nearest(self.fail(
                "a user stack alone has no Vue equivalent (stktrace(GET_USER_TRACE) prints the "
                f"kernel stack first); nearest: {call}, the kernel stack, then the user stack", s),
                s, call, "`symbol+0xoff` lines, after the kernel stack's", depth)
        elif isinstance(s, ir.PrintStack):
            call = f"stktrace(PRINT_SYMBOLS, {-1 if s.depth is None else s.depth})"
            if not s.layout.startswith("vue"):
                self.stack_nearest(self.fail(
                    f"{'stap' if s.layout == 'stap' else 'D'}'s kernel stack layout has no Vue "
                    f"equivalent (stktrace() prints `symbol+0xoff` lines); nearest: {call}", s),
                    s, call, "`symbol+0xoff` lines", depth)
                return
            flags = "PRINT_SYMBOLS" if s.layout == "vue" else "0"
            self.emit(depth, f"stktrace({flags}, {-1 if s.depth is None else s.depth});")
        elif isinstance(s, ir.PrintAgg) and s.layout.startswith(ranges.LAYOUT) \
                and s.agg in self.range_names:
            self.emit(depth, self.print_var(ir.PrintVar(s.agg, layout="vue" + s.layout[len(ranges.LAYOUT):],
                                                        loc=s.loc)))
        elif isinstance(s, ir.PrintAgg) and s.layout == "stap_hist" and s.agg in self.range_names:
            self.nearest_or_fail(self.fail(
                f"cannot express SystemTap's @{s.value_func} histograms of '{s.agg}' in Vue (Vue "
                "has no loops to print stap's `value |@@@@ count` rows); nearest: a range_t "
                "distribution of the same buckets (set_range() in @@BEGIN, qrange(a[key], T, "
                "value) at each update) printed by print(a) in its own layout", s),
                forced.hist_print(s, self.prog.options.get(ONE_KEY_HISTS, {}).get(s.agg)), depth)
        elif isinstance(s, ir.PrintAgg) and s.agg in self.range_names:
            self.nearest_or_fail(self.fail(
                f"cannot express D's {s.value_func}() table of @{s.agg} in Vue (Vue has no loops to "
                "print DTrace's value/Distribution/count rows); nearest: a range_t distribution "
                "(set_range() in @@BEGIN, qrange(a[key], T, value) at each update) printed by "
                "print(a) in its own layout", s), forced.range_print(self, s), depth)
        elif isinstance(s, ir.PrintAgg) and self.unkeyed_row(s) is not None:
            for x in self.unkeyed_row(s):
                self.stmt_now(x, depth)
        elif isinstance(s, ir.PrintAgg) and self.one_key_row(s) is not None:
            for x in self.one_key_row(s):
                self.stmt_now(x, depth)
        elif isinstance(s, ir.PrintAgg) and s.layout.partition(";")[0] == "vue" and self.keyed(s.agg) \
                and s.keys is None and not s.more:
            self.emit(depth, self.print_lists(s))
            for m in s.marks:  # (print(a) tells no row: the flag set whether it printed one)
                self.stmt_now(flag_set(m, s.loc), depth)
        elif isinstance(s, ir.PrintAgg) and self.stap_stats_row(s) is not None:
            self.stmt_now(self.stap_stats_row(s), depth)
        elif isinstance(s, ir.PrintAgg) and s.layout == "stap" and self.keyed(s.agg):
            self.nearest_or_fail(self.fail(
                "cannot express SystemTap's aggregate print-out in Vue (Vue cannot walk an array to "
                "print stap's `name[k] @count=..` rows); nearest: print(a) of the associative array "
                "of lists, in Vue's `[key] | value` layout", s), forced.agg_print(self, s), depth)
        elif isinstance(s, ir.PrintAgg):
            self.nearest_or_fail(self.fail(_PRINTAGG_MESSAGES.get(
                s.layout, f"cannot express a '{s.layout}' aggregation print-out in Vue"), s),
                forced.agg_print(self, s), depth)
        elif isinstance(s, ir.Next):
            self.emit(depth, "return;")  # Vue's return leaves the action block, as stap's next
        elif isinstance(s, ir.While):
            word = "for" if s.step is not None else "while"
            why = self.counted_reasons.get(s.loc)
            raise self.fail(f"Vue has no loops; this '{word}' loop cannot be expressed in Vue"
                            + (f" ({why})" if why else "") + "; nearest: none (a port writes "
                            f"out the body once per pass only for a constant count of up to "
                            f"{MAX_PASSES} passes)", s)
        elif isinstance(s, ir.ForEach):
            near = forced.loop_print(self, s)
            tail = ("; nearest: print(a) of the array, in Vue's `[key] | value` layout" if near else
                    "; nearest: print() of each array the loop reads, in Vue's `[key] | value` "
                    "layout (not the loop's own columns, order or selection)")
            self.nearest_or_fail(self.fail(f"Vue has no loops; this foreach over '{s.map}' cannot be "
                                           f"expressed in Vue{tail}", s), near, depth)
        elif isinstance(s, (ir.Break, ir.Continue)):
            word = "break" if isinstance(s, ir.Break) else "continue"
            raise self.fail(f"Vue has no loops; '{word}' cannot be expressed in Vue", s)
        elif isinstance(s, ir.Return):
            raise self.fail("Vue has no user-defined functions; 'return' cannot be expressed in Vue", s)
        elif isinstance(s, ir.Delay):
            what = {"ns": "D's chill()", "us": "stap's udelay()", "ms": "stap's mdelay()"}[s.unit]
            err = self.fail(f"{what} (a busy-wait that holds up the probed thread) has no Vue "
                            "equivalent: ProbeVue has no action that delays the thread it probes "
                            "(nearest: leaving it out, which changes the timing only)", s)
            if not self.gaps.substitute(err):
                raise err
            self.emit(depth, nearest_comment(err, "the probed thread is not held up: what "
                                                  "times it, or the clock, reads less"))
        elif isinstance(s, (ir.Raise, ir.System)):
            what = "system()" if isinstance(s, ir.System) else "raise()/stop()"
            raise self.fail(f"cannot express D's destructive {what} in Vue", s)
        elif isinstance(s, ir.Fail):
            raise self.fail("stap's error(msg) (a run-time error with the script's message) has "
                            "no Vue equivalent", s)
        elif isinstance(s, ir.TraceMem):
            raise self.fail("D's tracemem() hex dump of memory has no Vue equivalent", s)
        elif isinstance(s, ir.TraceValue):
            self.emit(depth, f"trace({self.expr(s.value)});")
        elif isinstance(s, ir.Speculate) and s.tentative is not None:
            self.emit(depth, f"start_tentative({escape(s.tentative)});")
        elif isinstance(s, ir.SpecEnd) and s.tentative is not None:
            self.emit(depth, f"{s.op}_tentative({escape(s.tentative)});")
        elif isinstance(s, ir.SpecStop):
            self.emit(depth, f"end_tentative({escape(s.tentative)});")
        elif isinstance(s, (ir.Speculate, ir.SpecEnd)):
            raise self.fail(_NO_D_SPECULATION, s)
        elif isinstance(s, ir.AggControl) and s.op == "trunc" and not s.args:
            # D's trunc(@a) takes every element away: Vue's clear(a), or a list's `l = list()`
            self.emit(depth, self.delete(ir.Delete(s.agg, None, loc=s.loc)))
        elif isinstance(s, ir.AggControl) and s.op in _AGG_CONTROL_NEAREST:
            raise self.fail(f"{describe(s)} cannot be expressed in Vue; nearest: "
                            f"{_AGG_CONTROL_NEAREST[s.op]}", s)
        else:
            raise self.fail(f"{describe(s)} cannot be expressed in Vue", s)

    def nearest_or_fail(self, err: XtraceError, near: Optional[forced.Nearest], depth: int) -> None:
        """With --force and nearest code for what `err` refuses: that code, after a comment
        saying what differs (the gap still reported); else raise `err`."""
        if near is None or not self.used_before(near[2]) or not self.gaps.substitute(err):
            raise err
        code, differs, _ = near
        self.emit(depth, nearest_comment(err, differs))
        for line in code:
            self.emit(depth, line)

    def stack_nearest(self, err: XtraceError, s: ir.PrintStack, call: str, layout: str,
                      depth: int) -> None:
        """With --force, `call` (Vue's stktrace() of the same frames) after a comment
        saying how its layout differs from the source's (the gap still reported); else
        raise `err`."""
        if not self.gaps.substitute(err):
            raise err
        self.emit(depth, nearest_comment(err, stack_differs(s, call, layout)))
        self.emit(depth, call + ";")

    def is_map(self, name: str) -> bool:
        g = self.globals.get(name)
        return g is not None and g.kind == "map"

    def used_before(self, name: str) -> bool:
        """Whether the lines printed so far use the associative array `name` (Vue's print()
        takes only an array the script used before it; its updates may have been gaps)."""
        pat = re.compile(rf"(?<![\w.]){re.escape(name)}\s*\[")
        return any(pat.search(ln) for ln in self.lines if not ln.lstrip().startswith(("/*", "*")))

    def if_stmt(self, s: ir.If, depth: int, keyword: str) -> None:
        then = s.then
        if s.else_ is not None and isinstance(then, ir.If) and then.else_ is None:
            then = ir.Block([then], loc=then.loc)  # keep the else with the outer if
        self.emit(depth, f"{keyword} ({self.expr(s.cond)})")
        self.guards.append(s.cond)  # (D's arg0 under `if (arg0 > 0)` is __rv)
        try:
            self.branch(then, depth)
        finally:
            self.guards.pop()
        if s.else_ is None:
            return
        if isinstance(s.else_, ir.If):
            self.if_stmt(s.else_, depth, "else if")
        else:
            self.emit(depth, "else")
            self.branch(s.else_, depth)

    def branch(self, s: ir.Stmt, depth: int) -> None:
        if isinstance(s, ir.Try) and len(s.body.stmts) > 1 and not may_fault(s.body):
            s = s.body  # (a try block written as its statements: more than one want braces)
        self.stmt(s, depth if isinstance(s, ir.Block) else depth + 1)

    def delete(self, s: ir.Delete) -> str:
        g = self.globals.get(s.map)
        if s.keys:
            # stap's `delete a[k, *]`: Vue's ANY for any value of a key, after the keys given
            wild = [isinstance(k, ir.Wildcard) for k in s.keys]
            n = wild.index(True) if any(wild) else len(wild)
            if n and all(wild[n:]):
                keys = [self.expr(k) for k in s.keys[:n]] + ["ANY"] * (len(wild) - n)
                return f"delete({s.map}, {', '.join(keys)});"
            return f"delete({s.map}, {', '.join(self.expr(k) for k in s.keys)});"
        if g is not None and g.kind == "agg" and not self.keyed(s.map):
            return f"{s.map} = list();"
        if g is not None and g.kind == "scalar":
            if g.type is None:
                raise self.fail(f"cannot delete the scalar '{s.map}' in Vue", s)
            # stap's delete of a scalar sets it back to 0 or "" (ir/rtnormal.py compares so)
            return f"{s.map} = " + ('"";' if g.type.is_str else "0;")
        return f"clear({s.map});"

    def print_var(self, s: ir.PrintVar) -> str:
        """Vue's print()/quantize()/lquantize() of an associative array; stap's
        end-of-run `name=value` for a scalar is a plain printf (a string in quotes)."""
        base, count, by, order = vueprint.layout_options(s.layout)
        if base in tables.PRINT_LAYOUTS.values():
            func = {v: k for k, v in tables.PRINT_LAYOUTS.items()}[base]
            if base == s.layout:
                return f"{func}({s.name});"
            flags = {v: k for k, v in tables.ASO_SORT_FLAGS.items()}
            return f"{func}({s.name}, {count}, {flags[('by', by)]} | {flags[('order', order)]});"
        g = self.globals.get(s.name)
        if g is not None and g.kind == "map":
            raise self.fail(f"cannot express SystemTap's end-of-run print of the array '{s.name}' "
                            "in Vue: Vue cannot walk an array to print stap's `name[k]=v` rows", s)
        if g is None or g.kind != "scalar" or g.type is None:
            raise self.fail(f"cannot express SystemTap's end-of-run print of '{s.name}' in Vue", s)
        # stap prints a number global with %#x: 0x always, also for 0
        conv = '\\"%s\\"' if g.type.is_str else "0x%llx"
        return f'printf("{s.label or s.name}={conv}\\n", {s.name});'

    def print_lists(self, s: ir.PrintAgg) -> str:
        """print(a) of an associative array of lists; the sort's statistic (value_func)
        said by USE_LIST_* where it is not the default, count."""
        _, count, by, order = vueprint.layout_options(s.layout)
        if s.layout == "vue" and s.value_func == "count":
            return f"print({s.agg});"
        flags = {v: k for k, v in tables.ASO_SORT_FLAGS.items()}
        words = [flags[("by", by)], flags[("order", order)], f"USE_LIST_{s.value_func.upper()}"]
        return f"print({s.agg}, {count}, {' | '.join(words)});"

    def unkeyed_row(self, s: ir.PrintAgg) -> Optional[list[ir.Stmt]]:
        """A print of an aggregation without keys (a Vue list) as the printf of its one
        row, when it has a value: D's END layout (a blank line, then the value in
        ` %16d`; in D's exit dump the blank line is the row's, printed only with it)
        or printa's format. None for anything else."""
        g = self.prog.global_named(s.agg)
        if (g is None or g.kind != "agg" or self.keyed(s.agg) or s.more or s.keys is not None
                or s.value_func not in tables.LIST_READ_FUNCS or s.layout not in ("dtrace", "format")
                or (g.key_types or [])):
            return None
        once: list[ir.Stmt] = []
        if s.layout == "dtrace":
            head, once, fmt = self.dtrace_row_framing(s, " %16d\n")
        elif s.fmt is not None:
            head, fmt = [], s.fmt.replace("%@", "%")
        else:
            return None
        convs = [m for m in _CONV.finditer(fmt) if m.group(1) != "%"]
        if len(convs) > 1 or "*" in fmt:
            return None
        value = ir.AggRead(s.agg, [], s.value_func, loc=s.loc)
        count = ir.AggRead(s.agg, [], "count", loc=s.loc)
        row = ir.Printf(fmt, [value] if convs else [], loc=s.loc)
        # (a D port's flags, set where the row prints: ir/rundumps.py)
        sets = [flag_set(m, s.loc) for m in s.marks]
        if id(s) in self.filled:  # the clause appended to it: the row is always there
            return head + once + [row] + sets
        return head + [self.row_if_any(count, once + [row] + sets, s.loc)]

    def stap_stats_row(self, s: ir.PrintAgg) -> Optional[ir.Stmt]:
        """stap's auto-print of a statistics array without keys as the printf of its
        row (`s @count=4 @min=1 @max=4 @sum=10 @avg=2`), or, while it is empty, of
        the count stap prints then (`s @count=0x0`); the plain printf where a BEGIN
        clause or the clause itself has surely appended to it. None for anything else."""
        g = self.prog.global_named(s.agg)
        if (s.layout != "stap" or g is None or g.kind != "agg" or g.agg_func != "stats"
                or g.key_types or self.keyed(s.agg) or s.more or s.keys is not None):
            return None
        fmt = AGG_CONVERSION.sub(lambda m: m.group().replace("@", ""), autoprint_row_format(s.agg, []))
        row = ir.Printf(fmt, [ir.AggRead(s.agg, [], st, loc=s.loc) for st in AUTOPRINT_STATS], loc=s.loc)
        if id(s) in self.filled_after_begin:
            return row
        count = ir.AggRead(s.agg, [], "count", loc=s.loc)
        return ir.If(ir.Binary(">", count, ir.IntLit(0, loc=s.loc), loc=s.loc), row,
                     ir.Printf(f"{s.agg} @count=0x0\n", [], loc=s.loc), loc=s.loc)

    def one_key_row(self, s: ir.PrintAgg) -> Optional[list[ir.Stmt]]:
        """A print of an aggregation every update of which names one constant key as
        the printf of that one row (onekey.py): D's END layout (a blank line, then the
        key's column and the value in ` %16d`; in D's exit dump the blank line only
        with the row) or printa's format. None for anything else."""
        g = self.prog.global_named(s.agg)
        if (g is None or g.kind != "agg" or s.more or s.keys is not None or s.limit is not None
                or s.value_func not in tables.LIST_READ_FUNCS or s.layout not in ("dtrace", "format")):
            return None
        keys = one_constant_key(self.prog, s.agg)
        if keys is None or len(g.key_types or []) != len(keys):
            return None
        value = ir.AggRead(s.agg, keys, s.value_func, loc=s.loc)
        head: list[ir.Stmt] = []
        once: list[ir.Stmt] = []
        if s.layout == "dtrace":
            head, once, fmt = self.dtrace_row_framing(s, onekey.key_row_format(g.key_types))
            row = ir.Printf(fmt, [*keys, value], loc=s.loc)
        else:
            fa = onekey.row_args(s.fmt or "", keys, value)
            if fa is None:
                return None
            row = ir.Printf(fa[0], fa[1], loc=s.loc)
        count = ir.AggRead(s.agg, keys, "count", loc=s.loc)
        sets = [flag_set(m, s.loc) for m in s.marks]
        return head + [self.row_if_any(count, once + [row] + sets, s.loc)]

    def dtrace_row_framing(self, s: ir.PrintAgg, fmt: str) -> tuple[list[ir.Stmt], list[ir.Stmt], str]:
        """D's END layout of the one row of `s`, printed with `fmt`: (the statements
        before the row's guard, those first under it, the row's format). A printa()
        prints its blank line always; D's exit dump only with the row (it walks
        records), and in a dump of several only by the first aggregation with a row."""
        if self.exit_dump and self.dump_several:
            return [], [self.once_blank_line(s.loc)], fmt
        if self.exit_dump:
            return [], [], "\n" + fmt
        return [ir.Printf("\n", [], loc=s.loc)], [], fmt

    @staticmethod
    def row_if_any(count: ir.AggRead, stmts: list[ir.Stmt], at) -> ir.Stmt:
        """`if (count(a...) > 0) ...`: an aggregation nothing was added to prints no row."""
        return ir.If(ir.Binary(">", count, ir.IntLit(0, loc=at), loc=at),
                     stmts[0] if len(stmts) == 1 else ir.Block(stmts, loc=at), loc=at)

    @staticmethod
    def once_blank_line(at) -> ir.Stmt:
        """`if (!dumped++) printf("\\n")`: D's exit dump of several aggregations prints
        one blank line before its rows, by the first aggregation that has one (the
        counter is set to 0 first in the clause: probe())."""
        n = ir.Var("dumped", "local", loc=at, type=INT64)
        return ir.If(ir.Unary("!", ir.IncDec(n, "++", False, loc=at, type=INT64), loc=at, type=INT64),
                     ir.Printf("\n", [], loc=at), loc=at)

    def agg_ref(self, agg: str, keys: list[ir.Expr]) -> str:
        return agg + "".join(f"[{self.expr(k)}]" for k in keys)

    # ------------------------------------------------------------ expressions

    def declared_type(self, target: ir.Expr) -> Optional[Type]:
        """The C type a global scalar or the clause's local was declared with (its
        stores convert to it)."""
        if isinstance(target, ir.Var) and target.scope == "global":
            g = self.globals.get(target.name)
            if g is not None and g.kind == "scalar" and g.type is not None and g.type.kind == "int":
                return self.global_type(g)
        if isinstance(target, ir.Var) and target.scope == "local":
            # the clause's `__auto int foo;` (locals()): its stores convert as a global's
            return getattr(self, "local_held", {}).get(target.name)
        return None

    def vue_format(self, s: ir.Printf) -> str:
        """The format in Vue's words: a %Y printed with the program's date format is
        Vue's %A (a date); DTrace's own %Y layout has no Vue form; stap's %#x of 0
        (0x0, where C writes 0) is 0x%x."""
        if self.prog.lang == "stap" and escaped_char_conversion(s.fmt):
            raise self.fail("stap's %#c (the character with C's escapes: \\n, \\000) has no "
                            "Vue equivalent (Vue's %c writes the character itself)", s)
        if self.prog.lang == "stap":
            return explicit_hex_prefix(s.fmt)
        if any(m.group(2) == "S" for m in _CONV.finditer(s.fmt) if m.group(1) != "%"):
            # Vue's %S prints a stack; nothing in Vue escapes a string
            raise self.fail("printf's %S (D's string with C escapes) has no Vue equivalent", s)
        if self.prog.lang == "d" and any(m.group(2) == "A" for m in _CONV.finditer(s.fmt)
                                         if m.group(1) != "%"):
            # Vue's %A is a date; nothing in Vue names a user address by its symbol
            raise self.fail("printf's %A (D's user address as file`symbol+0xoff) has no Vue "
                            "equivalent (nearest: %p, the address in hex)", s)
        fmt = unsigned_d_as_u(s.fmt, s.args) if self.prog.lang == "d" else s.fmt
        if not any(m.group(2) == "Y" for m in _CONV.finditer(fmt) if m.group(1) != "%"):
            return fmt
        if not self.prog.options.get("date_format"):
            raise self.fail("printf's %Y (DTrace's date layout) has no Vue equivalent", s)
        return _CONV.sub(lambda m: m.group(0)[:-1] + "A" if m.group(2) == "Y" else m.group(0), fmt)

    def printf_args(self, s: ir.Printf) -> list[str]:
        """The arguments; a narrower-than-64-bit signed integer (D's int constant)
        shown unsigned (%x %o %u) is masked to the width D shows it at, its type's
        own (libdtrace reads a char's record as one byte: `%u` of (char)-17 is 239,
        where C would promote it to int); a constant the mask leaves alone (255) is
        written as it is."""
        convs = [m.group(2) for m in _CONV.finditer(s.fmt) if m.group(1) != "%"]
        if "*" in s.fmt or len(convs) != len(s.args):
            convs = [""] * len(s.args)
        out = []
        for conv, a in zip(convs, s.args):
            t = a.type
            shown = t.bits if t is not None and t.is_int else 64
            if conv in ("x", "X", "o", "u") and t is not None and t.is_int and t.signed and t.bits < 64 \
                    and not constant_fits(a, Type("int", shown, signed=False)):
                if isinstance(a, ir.Cast) and a.to == t and t.bits // 8 in _DEREF_TYPES:
                    # `(char)x` shown unsigned: the unsigned cast of its width, as a porter
                    # writes it (tst.ints.d's `%u` of `(unsigned char)0x1234567890abcdef`)
                    out.append(f"({_DEREF_TYPES[t.bits // 8][0]}){self.expr(a.operand, UNARY)}")
                    continue
                out.append(f"{self.expr(a, max(_BINARY_PREC['&'] + 1, operand_floor('&', a, _BINARY_PREC)))} "
                           f"& {hex((1 << shown) - 1)}")
            elif conv == "i" and self.prog.lang == "d" and t is not None and t.is_int \
                    and not t.signed and t.bits // 8 in (1, 2, 4) \
                    and not constant_fits(a, Type("int", t.bits, signed=True)):
                # D's %i shows a value signed at its type's width (`%i` of (unsigned
                # char)0xef is -17) where C promotes an unsigned char to int (239):
                # the signed cast of that width
                inner = a.operand if isinstance(a, ir.Cast) and a.to == t else a
                out.append(f"({_DEREF_TYPES[t.bits // 8][1]}){self.expr(inner, UNARY)}")
            else:
                out.append(self.expr(a))
        return out

    def expr(self, e: ir.Expr, min_prec: int = ASSIGN) -> str:
        """`e` in Vue, parenthesized if it binds looser than `min_prec`."""
        text, prec = self.expr_prec(e)
        return f"({text})" if prec < min_prec else text

    def expr_prec(self, e: ir.Expr) -> tuple[str, int]:
        ported = tracer_name_ported(e, self.prog.lang, "vue")
        if ported is not None:  # D's `execname != "dtrace"`: `__pname != "probevue"`
            return self.expr_prec(ported)
        if self.io_events:
            io = self.io_expr(e)
            if io is not None:
                return io
        text = stapconst.sprintf_value(e, self.prog.lang, self.constant_leaf) \
            if isinstance(e, ir.Sprintf) else None
        if text is not None:
            # a formatted string of constants is the string it makes: Vue has no sprintf(),
            # a porter writes the text (systemtap.string sprint.stp: sprint(12345678))
            return escape(text), ATOM
        if isinstance(e, ir.Translated):
            try:
                return self.expr_prec(e.value)
            except XtraceError as ex:
                if not ex.message.startswith("kernel structure member access"):
                    raise
                # said in the D source's terms, with what it is on Linux
                raise self.fail(f"D's `{e.text}` ({ex.message.split(' cannot be')[0]} on Linux) "
                                "cannot be expressed in Vue" + ex.message.partition("in Vue")[2], e) from None
        cred = _current_credential(e)
        if cred is not None:
            return tables.VUE_BUILTIN[cred], ATOM
        if isinstance(e, ir.KernelMember):
            base = e.base
            while isinstance(base, (ir.KernelMember, ir.KernelElem, ir.KernelCast)):
                base = base.expr if isinstance(base, ir.KernelCast) else base.base
            raise self.fail(f"{describe(e)} cannot be expressed in Vue: Vue follows a kernel "
                            "pointer only from a probe's own arguments (cast to a struct type the "
                            f"script declares), and this clause has no `{spelled(base)}`", e)
        kv = kernel_var(e)
        if kv is not None:
            return kv[0], ATOM
        if isinstance(e, ir.Call) and e.name == "syscall_name_of" and e.args == [ir.Builtin("syscall_nr")] \
                and getattr(self, "cur_points", []) and all(p.kind == "syscall" for p in self.cur_points):
            # stap's syscall_any name: the kernel's name of the syscall, as probefunc says it
            return self.expr_prec(ir.Builtin("probefunc", loc=e.loc, type=e.type))
        if isinstance(e, ir.Call) and e.name == clocks.DIFF:  # two timestamp()s apart
            return (f"diff_time({self.expr(e.args[0])}, {self.expr(e.args[1])}, "
                    f"{clocks.UNITS[e.args[2].value]})", ATOM)
        if isinstance(e, ir.Call) and e.name == "user_mode" and not e.args:
            # stap's user_mode() is Vue's __kernelmode read the other way (0 in user code)
            return "__kernelmode == 0", _BINARY_PREC["=="]
        if isinstance(e, ir.Unary) and e.op == "!" and e.operand == ir.Call("user_mode", []):
            return "__kernelmode == 1", _BINARY_PREC["=="]
        if isinstance(e, ir.Call) and e.name == "timestamp_to_wall":
            return self.expr_prec(e.args[0])  # printf's %A: a timestamp() value as a date
        if isinstance(e, ir.IntLit):
            if e.name is not None and tables.CONSTANTS.get(e.name) == e.value:
                return e.name, ATOM  # a name Vue knows too (D's EPERM, SIGKILL): as the source
            return ir.int_text(e), (ATOM if e.value >= 0 else UNARY)  # `-5` reads back as the literal
        if isinstance(e, ir.FuncCall) and e.name in self.functions_left:
            raise XtraceError(self.functions_left[e.name], e.loc)
        if isinstance(e, ir.RegexMatch):
            test = as_string_test(e, prefix=False)  # a substring or whole-string test
            if test is not None:
                return self.expr_prec(test)
            raise self.fail("stap's regular expression match (=~, !~) has no Vue equivalent", e)
        if isinstance(e, ir.Defined):
            # resolved against the target by analysis: Vue says it as the constant
            if e.value is None:
                raise self.fail("stap's @defined() has no Vue equivalent", e)
            return ("1" if e.value else "0"), ATOM
        if isinstance(e, ir.StrLit):
            return escape(e.value), ATOM
        if isinstance(e, ir.ProbeArg):
            if e.index is not None and entry_points_only(getattr(self, "cur_points", [])):
                # stap's `$count` of syscall.read: the raw argument (Vue counts from 1)
                return f"__arg{e.index + 1}", ATOM
            member = {v: k for k, v in sysproc.SIGSEND_MEMBERS.items()}.get(e.name)
            if self.cur_event != "sendsig" or member is None:
                raise self.fail(f"the probe argument '{e.name}' cannot be expressed in Vue", e)
            return f"__sigsendinfo->{member}", ATOM
        if isinstance(e, ir.Builtin) and e.name == "arg0" and self.cur_event == "sendsig":
            # D's args[0] at signal_generate, its first field `sig`: the signal Vue names so
            return "__sigsendinfo->signo", ATOM
        if isinstance(e, ir.Builtin) and e.name == "pp" and _spelled(getattr(self, "cur_points", [])):
            return escape(_spelled(self.cur_points)), ATOM
        if isinstance(e, ir.Builtin) and e.name == "pp" and self.prog.lang != "vue":
            # get_probe() names the Vue probe (@@uft:...:sync*:entry), not the point as
            # stap names it, and Vue joins no strings to build that
            raise self.fail("stap's pp() of this probe has no Vue equivalent: Vue's get_probe() "
                            "names the Vue probe, not the point that fired as stap spells it; "
                            "nearest: get_function(), the function that fired", e)
        if isinstance(e, ir.Builtin) and e.name == "probefunc" \
                and provider_field(getattr(self, "cur_points", []), "probefunc") is not None:
            return escape(provider_field(self.cur_points, "probefunc") or ""), ATOM
        if isinstance(e, ir.Builtin) and e.name in _PROBE_DESC:
            desc = _probe_desc(getattr(self, "cur_points", []), e.name)
            if desc is None:
                raise self.fail(f"D's '{e.name}' of this probe has no Vue equivalent (Vue names "
                                "the probe with get_probe() and get_function())", e)
            return escape(desc), ATOM
        if isinstance(e, ir.Builtin) and e.name == "syscall_name" \
                and (self.prog.options or {}).get("syscall_names") == "stap":
            # stap's `name` says mmap2, pread, pwrite and getdents where get_function() at a
            # syscallx probe says the kernel's names (as D's probefunc does)
            points = getattr(self, "cur_points", [])
            renamed = [k for k in STAP_NAME_OF if any(p.kind == "syscall" and fnmatch.fnmatchcase(k, p.name)
                                                    for p in points)]
            if renamed:
                arms = "".join(f'get_function() == "{k}" ? "{STAP_NAME_OF[k]}" : ' for k in renamed)
                return f"{arms}get_function()", TERNARY
        if isinstance(e, ir.Builtin) and e.name == "cpu":
            points = getattr(self, "cur_points", [])
            where = next((w for w in (_no_curthread(pt, None, len(points)) for pt in points)
                          if w is not None), None)
            if where is not None and not (where.startswith("an @@interval") and self.cur_profiled):
                raise self.fail(f"the CPU number, Vue's __curthread->cpuid, cannot be used in {where}", e)
            return "__curthread->cpuid", POSTFIX
        if isinstance(e, ir.Builtin):
            if e.name not in tables.VUE_BUILTIN:
                near = nearest_points.BUILTIN.get(e.name)
                why = argstr_refusal(self.prog, e) if e.name == "argstr" else None
                stap_name = stap_function_of(e.name) if self.prog.lang == "stap" else None
                raise self.fail("Vue has no equivalent of "
                                + (f"stap's {stap_name}" if stap_name else f"the '{e.name}' built-in")
                                + (f" here ({why})" if why else "")
                                + (f"; nearest: {near}" if near else ""), e)
            if e.name == "retval" and self.in_syscall_exit and self.failed_guard:
                return "-__errno", UNARY
            if e.name == "retval" and self.in_syscall_exit and (
                    self.succeeded_guard or says_succeeded(self.cur_points, None, self.guards)):
                return "__rv", ATOM  # a call that succeeded returns the same value on AIX
            if e.name == "retval" and self.in_syscall_exit:
                return raw_rv_text(), TERNARY  # Vue's __rv is AIX's -1 on failure
            m = re.fullmatch(r"arg(\d+)", e.name)
            if m and int(m.group(1)) >= 6 and {p.kind for p in getattr(self, "cur_points", [])} != {"ufunc"}:
                raise self.fail(f"the probe argument '{e.name}' beyond the sixth: Vue reads __arg7 .. "
                                "__arg32 in @@uft clauses only (a system call has six)", e)
            return tables.VUE_BUILTIN[e.name], ATOM
        if isinstance(e, ir.SyscallVar):
            return self.syscall_var(e)
        if isinstance(e, ir.Var):
            return e.name, ATOM
        if isinstance(e, ir.Index) and e.map in self.never_set():
            return self.unset_read(e.map, bool(e.type is not None and e.type.is_str)), ATOM
        if isinstance(e, ir.Index):
            return self.agg_ref(e.map, e.keys), POSTFIX
        if isinstance(e, ir.AggRead):
            if e.func not in tables.LIST_READ_FUNCS:
                raise self.fail(f"Vue lists have no @{e.func} (count, sum, min, max and avg only)"
                                + ("; nearest: none (a list keeps no sum of squares)"
                                   if e.func in ("variance", "stddev") else ""), e)
            if e.func in ("count", "sum") and e.agg not in self.updated_lists():
                # nothing adds to it (its updates were in probes that resolve to nothing):
                # stap reads 0, and Vue knows no list that nothing appends to
                self.note(f"nothing adds to '{e.agg}': its @{e.func} reads 0 (stap's), and Vue "
                          "has no list that nothing appends to")
                return "0", ATOM
            return f"{e.func}({self.agg_ref(e.agg, e.keys)})", ATOM
        if isinstance(e, ir.Call):
            return self.call(e), ATOM
        if isinstance(e, ir.Cast) and implicit_postfix(e, self.declared_type) is not None:
            return self.expr_prec(implicit_postfix(e, self.declared_type))
        if isinstance(e, ir.Cast):
            # ProbeVue takes C's casts.
            return f"({tables.vue_type_name(e.to)}){self.expr(e.operand, UNARY)}", UNARY
        if isinstance(e, ir.Unary) and e.op == "!" and isinstance(e.operand, ir.InMap):
            return self.in_map(e.operand, negated=True)  # `a[k] == 0`, not `!(a[k] != 0)`
        if isinstance(e, ir.Unary) and e.op == "-" and e.operand == ir.Builtin("retval") \
                and self.in_syscall_exit and self.failed_guard:
            return "__errno", ATOM  # stap's -retval of a failed call: its errno, not `-(-__errno)`
        if isinstance(e, ir.Unary):
            inner = self.expr(e.operand, UNARY)
            if inner.startswith(e.op) and e.op in "+-":
                inner = f"({inner})"  # `- -x`, never `--x`
            return e.op + inner, UNARY
        if isinstance(e, ir.IncDec):
            target = self.expr(e.target, POSTFIX)
            return (e.op + target, UNARY) if e.prefix else (target + e.op, POSTFIX)
        if (isinstance(e, ir.Binary) and e.op in ("!=", "==") and isinstance(e.rhs, ir.IntLit)
                and e.rhs.value == -1 and isinstance(e.lhs, ir.Call) and e.lhs.name == "index"
                and len(e.lhs.args) == 2):
            # stap's isinstr(a, b) (strpos(a, b) != -1): whether strstr() finds b in a.
            # strstr(a, "") is a itself, so an empty b in an empty a is found by stap but
            # gives "" here: a b that may be empty is also tested (systemtap.string
            # isinstr.stp: isinstr("", "") is true)
            a, b = (self.expr(x) for x in e.lhs.args)
            found = f"strstr({a}, {b}) {e.op} \"\""
            needle = e.lhs.args[1]
            if isinstance(needle, ir.StrLit) and needle.value:
                return found, _BINARY_PREC[e.op]
            if e.op == "!=":
                return f"{found} || {self.expr(needle, _BINARY_PREC['=='] + 1)} == \"\"", _BINARY_PREC["||"]
            return f"{found} && {self.expr(needle, _BINARY_PREC['!='] + 1)} != \"\"", _BINARY_PREC["&&"]
        if self.in_syscall_exit and raw_compared_rv(e) is not None:
            return self.expr_prec(raw_compared_rv(e))  # D's `arg0 > 0`: `__rv > 0`
        bare = unquoted_comparison(e, lambda a: self.user_string_arg(a) is not None)
        if bare is not None:  # `filename == "\"/etc/x\""`: get_userstring(..) == "/etc/x"
            return f"{self.user_string_arg(bare[0])} {e.op} {escape(bare[1])}", _BINARY_PREC[e.op]
        joined = unquoted_join(e, lambda a: self.user_string_arg(a) is not None)
        if joined is not None:  # `sprintf("\"%s\"", f) == filename`: f == get_userstring(..)
            raw = self.user_string_arg(joined[0])
            other = self.expr(joined[1], _BINARY_PREC[e.op] + 1)
            sides = (raw, other) if joined[2] else (other, raw)
            return f"{sides[0]} {e.op} {sides[1]}", _BINARY_PREC[e.op]
        if isinstance(e, ir.Binary):
            prec = _BINARY_PREC.get(e.op)
            if prec is None:
                raise self.fail(f"cannot express the operator '{e.op}' in Vue", e)
            op = "+" if e.op == "." else e.op
            if e.op == "&" and isinstance(e.rhs, ir.IntLit) and e.rhs.name is None \
                    and e.rhs.spelling is not None and e.rhs.value >= 0:
                # a mask keeps its hex spelling: `x & 0xffffffff` has the same value as
                # `x & 4294967295` (C types them unsigned int and long)
                return (f"{self.expr(e.lhs, max(prec, operand_floor(e.op, e.lhs, _BINARY_PREC)))} & "
                        f"{ir.int_text(e.rhs, any_width=True)}"), prec
            # `(x << 1) ^ y`, not `x << 1 ^ y`: as people write it (ir/clearparens.py)
            lp = max(prec, operand_floor(e.op, e.lhs, _BINARY_PREC))
            rp = max(prec + 1, operand_floor(e.op, e.rhs, _BINARY_PREC))
            return f"{self.expr(e.lhs, lp)} {op} {self.expr(e.rhs, rp)}", prec
        if isinstance(e, ir.Ternary) and is_syscall_rv(e):
            return "__rv", ATOM
        if isinstance(e, ir.Ternary):
            return (f"{self.expr(e.cond, TERNARY + 1)} ? {self.expr(e.then, TERNARY + 1)} : "
                    f"{self.expr(e.else_, TERNARY)}"), TERNARY
        if isinstance(e, ir.Assign):
            shorter = self.typed_store(e, statement=False)
            if shorter is not e:
                return self.expr_prec(shorter)
            op = "+=" if e.op == ".=" else e.op
            if e.op == "=" and e.value == ir.IntLit(0) and e.target.type is not None and e.target.type.is_str:
                # D's `self->host = 0` frees a string; Vue's String takes "" (getaddrinfo.d)
                return f'{self.expr(e.target, POSTFIX)} = ""', ASSIGN
            return f"{self.expr(e.target, POSTFIX)} {op} {self.expr(e.value, ASSIGN)}", ASSIGN
        if isinstance(e, ir.ScriptArg):
            return self.script_arg(e), ATOM
        if isinstance(e, ir.InMap) and e.map in self.never_set():
            return self.unset_read(e.map, False), ATOM
        if isinstance(e, ir.InMap):
            return self.in_map(e)
        near = ("; nearest: stktrace() in the clause (it prints the stack where the probe fires; "
                "Vue cannot keep one as a key or count it)" if isinstance(e, ir.UStack) else "")
        if isinstance(e, ir.Sprintf):
            # one printed by a bare %s is spliced into its printf by now: this one is kept
            near = ("; nearest: a printf of its pieces where the string is printed (Vue keeps "
                    "no formatted string: it has no sprintf() and turns no number into text)")
        raise self.fail(f"{describe(e)} cannot be expressed in Vue{near}", e)

    def script_arg(self, e: ir.ScriptArg) -> str:
        """A script argument: Vue's `$n` is the argument's text put in the script as it
        is, as D's `$n` is (a string argument is given in double quotes, '"sh"');
        D's `$$n` (stap's @n), which quotes the text itself, and a missing argument
        read as 0 (D's defaultargs) have no Vue form."""
        if e.as_string and not e.quoted_text:
            raise self.fail(f"a string script argument (D's $${e.index}, stap's @{e.index}) cannot be "
                            f"expressed in Vue: Vue's ${e.index} puts the argument's text in the script "
                            f"as it is (nearest: ${e.index}, run with the argument in double quotes, "
                            "'\"text\"')", e)
        if e.optional:
            raise self.fail(f"an optional script argument (D's defaultargs: a missing ${e.index} is "
                            f"0 or \"\") cannot be expressed in Vue, where a missing argument is an "
                            f"error (nearest: ${e.index}, always given)", e)
        return f"${e.index}"

    def in_map(self, e: ir.InMap, negated: bool = False) -> tuple[str, int]:
        """stap's `k in a` (or `!(k in a)`) as a test of the element's value."""
        if not hasattr(self, "nonzero"):
            self.nonzero = nonzero_maps(self.prog)
        g = self.globals.get(e.map)
        why = presence.refusal(self.prog, e.map, clears=True) if self.prog.lang == "stap" and g is not None \
            and g.kind == "map" and e.map not in self.nonzero else None
        if why is not None:
            raise self.fail(f"Vue has no membership test for associative arrays ('in {e.map}'), and "
                            f"'{e.map}' may hold 0 or \"\", which Vue reads for a missing key too; "
                            f"a companion array of its keys cannot follow it: {why}", e)
        if g is None or g.kind != "map" or e.map not in self.nonzero:
            raise self.fail(f"Vue has no membership test for associative arrays ('in {e.map}'; "
                            f"`{e.map}[k] != 0` is one where '{e.map}' is only ever stored values "
                            "that are not 0 or \"\": a time stamp, a count, a non-zero "
                            "constant, a process name)", e)
        # An unbound key reads 0 (""), and every stored value is another.
        zero = '""' if self.nonzero[e.map] else "0"
        return f"{self.agg_ref(e.map, e.keys)} {'==' if negated else '!='} {zero}", _BINARY_PREC["!="]

    def user_string_arg(self, e: ir.Expr) -> Optional[str]:
        """get_userstring() of the raw argument a stap syscall variable of a user
        string reads (which stap prints quoted), when the clause has it in one place."""
        from xtrace.ir import syscalls
        if not isinstance(e, ir.SyscallVar):
            return None
        arms = syscalls.raw_arg_arms(e.name, getattr(self, "cur_points", []))
        if arms is None or len(arms) != 1 or arms[0][0][1] != syscalls.USTR:
            return None
        return f"get_userstring(__arg{arms[0][0][0] + 1}, -1)"

    def syscall_var(self, e: ir.SyscallVar) -> tuple[str, int]:
        """stap's syscall variable as the raw argument it is (Vue numbers them from 1;
        a clause on several syscalls was split, one clause a syscall, by
        syscall_vars_one_point)."""
        from xtrace.ir import syscalls
        arms = syscalls.raw_arg_arms(e.name, getattr(self, "cur_points", []))
        if arms is None or len(arms) > 1:
            why = argstr_refusal(self.prog, e) or "Vue has only the raw arguments, __arg1..__arg6"
            raise self.fail(f"stap's syscall variable '{e.name}' has no Vue equivalent here "
                            f"({why})", e)
        (index, ctype), _ = arms[0]
        if ctype == syscalls.USTR:
            # quoted, as stap's user_string_quoted() quotes it (see the D printer)
            return f'"\\"" + get_userstring(__arg{index + 1}, -1) + "\\""', _BINARY_PREC["+"]
        if ctype in ("long", "unsigned long"):
            # a 64-bit variable holds the whole argument, as stap's signed number
            return f"__arg{index + 1}", ATOM
        return f"({ctype})__arg{index + 1}", UNARY

    def constant_leaf(self, e: ir.Expr):
        """D's probeprov/probemod/probename of the clause's probe where it is a constant,
        or the literal a local of the clause holds throughout (ir/conststr.py's leaf),
        else None."""
        if isinstance(e, ir.Builtin) and e.name in _PROBE_DESC:
            return _probe_desc(getattr(self, "cur_points", []), e.name)
        # a local of the clause holding one literal throughout (ir/constlocals.py)
        return local_leaf(getattr(self, "cur_consts", {}))(e)

    def call(self, e: ir.Call) -> str:
        if e.name == "task_info" and e.args == [ir.Builtin("curthread"), ir.IntLit(0)]:
            return "__pgid"
        fd_func = {w: f for f, w in tables.FD_FUNCS.items()}
        if e.name == "fileinfo_str" and len(e.args) == 3 and isinstance(e.args[0], ir.Call) \
                and e.args[0].name == "fd_file" and len(e.args[0].args) == 2 \
                and e.args[0].args[0] == ir.Builtin("curthread") and e.args[1] == ir.IntLit(0) \
                and isinstance(e.args[2], ir.IntLit) and e.args[2].value in fd_func:
            # D's fds[fd].fi_pathname / fi_name / fi_mount of the current process
            return f"{fd_func[e.args[2].value]}({self.expr(e.args[0].args[1])})"
        if e.name == "fileinfo_str" and len(e.args) == 3 and isinstance(e.args[2], ir.IntLit):
            raise self.fail(_fileinfo_refusal(e), e)
        if e.name in ("strstr", "atoi"):
            return f"{e.name}({', '.join(self.expr(a) for a in e.args)})"
        if e.name in ("strtoll", "strtol") and e.args[1] == ir.IntLit(10):
            # D's strtoll(s), stap's strtol(s, 10): the decimal parse C's atoi() is
            return f"atoi({self.expr(e.args[0])})"
        if e.name in ("user_read", "kernel_read_int"):
            element = kernel_vars.element_read(e)
            if element is not None:
                raise self.fail(f"an element of the kernel array '{element[0]}' (D's `{element[0]}[i], "
                                f"stap's @var(\"{element[0]}\")[i]) has no Vue equivalent: Vue's "
                                "__kernel variables are integers and pointers", e)
            return self.deref(e)
        if e.name in ("vue_stktrace", "vue_stack_sym", "vue_stack_raw"):
            # the IR keeps a stktrace_t as a string: its declaration cannot be said again
            raise self.fail("stktrace_t values (get_stktrace() kept in a variable or an array) are "
                            "not translated yet", e)
        if e.name == "double_bits":
            # the IR keeps no float type for the declaration, so the variable cannot be said again
            raise self.fail("float/double values are not translated yet (xtrace carries them as "
                            "the bits of a double)", e)
        spelling = {"user_string": "get_userstring", "kernel_string": "get_kstring"}.get(e.name)
        if e.name == "kernel_string" and len(e.args) == 1 and isinstance(e.args[0], ir.Call) \
                and e.args[0].name == "copyin" and len(e.args[0].args) == 2:
            # D's stringof(copyin(p, n)): the text of n bytes of user memory
            return f"get_userstring({', '.join(self.expr(a) for a in e.args[0].args)})"
        if e.name in ("user_string2", "kernel_string2", WARN_READ) and len(e.args) in (2, 3) \
                and isinstance(e.args[0], ir.IntLit):
            return self.expr(e.args[1])  # a constant address (0) is never readable
        if e.name in ("user_string2", "kernel_string2", WARN_READ) and len(e.args) in (2, 3):
            # (a third argument: user_string_n_warn()'s size, dstrings_port)
            # stap's user_string(p, err): the string, or err where p cannot be read;
            # Vue has no fallback (user_string_warn() warns too: said, for the stap reading)
            self.note(f"stap {'warned and ' if e.name == WARN_READ else ''}printed "
                      f"{self.expr(e.args[1])} where the string could not be read; "
                      "Vue reports the fault instead")
            return f"{'get_kstring' if e.name == 'kernel_string2' else 'get_userstring'}" \
                   f"({self.expr(e.args[0])}, {self.expr(e.args[2]) if len(e.args) > 2 else -1})"
        if e.name == "psargs":
            raise self.fail("D's curpsinfo->pr_psargs (the process's arguments) has no Vue "
                            "equivalent: __curproc has no argument list; nearest: __pname (the "
                            "program's name, without its arguments)", e)
        folded = conststr.value(e, self.constant_leaf) if e.name in conststr.FOLDABLE else None
        if folded is not None:
            # a call of constants (tst.substr-strjoin.d's substr() of probeprov at
            # BEGIN, stap's stringat("ok", 0)): its value, as a porter writes it
            return escape(folded) if isinstance(folded, str) else str(folded)
        if spelling is None and e.name in _D_STRING_SUBRS:
            raise self.fail(f"Vue has no {e.name}() function, and no way to compute it: its "
                            "string functions are strstr() and atoi() only, and it has no loops "
                            "and no functions of its own", e)
        if e.name == "speculation":  # met before the speculate() it serves: say why the same way
            raise self.fail(_NO_D_SPECULATION, e)
        if e.name == "kstack_frame":
            raise self.fail("the return address into the probed function's caller (D's caller, "
                            "stap's caller_addr()) has no Vue equivalent: Vue gives no frame of "
                            "the kernel stack as a value; nearest: stktrace() prints the stack", e)
        if e.name in ("user_register", "probe_register"):
            raise self.fail("reading an x86_64 register (D's uregs[], stap's register()) has no "
                            "Vue equivalent: Vue's register variables (__r3 ... __r10, __mst) "
                            "are POWER's; nearest: the probe's arguments (__arg1 ...)", e)
        if e.name in D_SYMBOL_NAMES:
            what = "kernel" if e.name in ("d_func", "d_mod") else "user"
            raise self.fail(f"D's {D_SYMBOL_NAMES[e.name]}() (the symbol or module of a {what} address) "
                            "has no Vue equivalent: Vue names no address; nearest: get_function() "
                            "(the probed function's name) or stktrace() (the named stack)", e)
        if e.name == "ksym_addr":
            raise self.fail("the address of a kernel variable (D's &`name, stap's &@var(\"name\")) "
                            "has no Vue equivalent: Vue reads a __kernel variable by value only", e)
        if spelling is None or len(e.args) not in (1, 2):
            near = nearest_points.FUNCTION.get(e.name)
            raise self.fail(f"Vue has no {e.name}() function (with these arguments)"
                            + (f"; nearest: {near}" if near else ""), e)
        length = self.expr(e.args[1]) if len(e.args) == 2 else "-1"
        return f"{spelling}({self.expr(e.args[0])}, {length})"

    def declared_width(self, e: ir.Assign) -> bool:
        """Whether copy_userdata/copy_kdata into e's target reads e's bytes: a local
        (declared from the copy) or a global declared with that width; else the
        assignment says it with `*(T *)addr`."""
        target = e.target
        if isinstance(target, ir.Var) and target.scope == "local":
            return True
        g = self.globals.get(getattr(target, "name", ""))
        t = g.type if g is not None and isinstance(target, ir.Var) and target.scope == "global" else None
        size = e.value.args[1]
        return t is not None and t.is_int and isinstance(size, ir.IntLit) and t.bits == size.value * 8

    def deref(self, e: ir.Call) -> str:
        """user_read / kernel_read_int(addr, BYTES, SIGNED) as a value: `*(T *)(addr)`,
        which Vue reads from the probed process in @@syscall and @@uft clauses and from
        the kernel elsewhere (a struct member read through a pointer comes back so)."""
        size, signed = e.args[1], e.args[2]
        user = bool(self.cur_points) and all(p.kind in ("syscall", "ufunc") for p in self.cur_points)
        if not (isinstance(size, ir.IntLit) and isinstance(signed, ir.IntLit)
                and size.value in _DEREF_TYPES) or user != (e.name == "user_read"):
            where = "user" if e.name == "user_read" else "kernel"
            raise self.fail(f"Vue reads pointers into {where} memory only in "
                            f"{'@@syscall and @@uft' if where == 'user' else 'other'} clauses", e)
        ctype = _DEREF_TYPES[size.value][bool(signed.value)]
        return f"*({ctype} *)({self.expr(e.args[0])})"


# The C type `*(T *)addr` reads for a size in bytes: (unsigned, signed).
_DEREF_TYPES = {1: ("unsigned char", "signed char"), 2: ("unsigned short", "short"),
                4: ("unsigned int", "int"), 8: ("unsigned long long", "long long")}


def _copy_data(e: ir.Expr) -> bool:
    """`v = user_read(...)` / `v = kernel_read_int(...)`: Vue's copy_userdata / copy_kdata."""
    return (isinstance(e, ir.Assign) and e.op == "=" and isinstance(e.value, ir.Call)
            and e.value.name in ("user_read", "kernel_read_int")
            and kernel_var(e.value) is None)  # a __kernel variable is read by its name


def _is_var(e: ir.Expr, scope: str, name: str) -> bool:
    """Whether `e` is the variable `name` of `scope` (a store's target)."""
    return isinstance(e, ir.Var) and e.scope == scope and e.name == name


def walk(*roots):
    """Every IR node under `roots` (statements and expressions), parents first."""
    stack = [r for r in reversed(roots) if r is not None]
    while stack:
        node = stack.pop()
        yield node
        children = []
        for value in vars(node).values():
            if isinstance(value, (ir.Expr, ir.Stmt)):
                children.append(value)
            elif isinstance(value, list):
                children.extend(v for v in value if isinstance(v, (ir.Expr, ir.Stmt)))
        stack.extend(reversed(children))


# D's fileinfo_t string members (frontends/d/translators.py _FI_STR) by number
_FI_MEMBERS = {0: "fi_name", 1: "fi_dirname", 2: "fi_pathname", 3: "fi_fs", 4: "fi_mount"}


def _fileinfo_refusal(e: ir.Call) -> str:
    """Why a D fileinfo_t string (fds[fd].fi_*, cwd, the io provider's args[2]) has no
    Vue equivalent, naming the member and Vue's nearest function."""
    what, member = e.args[1], _FI_MEMBERS.get(e.args[2].value, "fi_*")
    if isinstance(what, ir.IntLit) and what.value == 2:
        return ("D's cwd (the process's working directory) has no Vue equivalent: Vue names the "
                "file of a descriptor only (fd_path(fd))")
    if isinstance(what, ir.IntLit) and what.value == 1:
        return (f"D's io provider args[2]->{member} (the file of a block request) has no Vue "
                "equivalent")
    if member == "fi_fs":
        return ("D's fds[fd].fi_fs (the name of the file system, \"ext4\", \"sockfs\") has no Vue "
                "equivalent: Vue's fd_fstype() gives AIX's FS_* constants")
    return (f"D's fds[fd].{member} has no Vue equivalent (Vue has fd_fname(), fd_path() and "
            "fd_mpath() of a descriptor)")


def _kept_records(prog: ir.Program, gaps: Gaps, lead: list[str]) -> Optional[XtraceError]:
    """A D clause whose output faults_before_records could not put after what can fault
    (a tracemem(), an if whose arm prints and faults): the refusal, Vue having no way to
    take back what a clause printed, raised once the rest has printed (what Vue cannot
    say at all is the first thing to tell); with --force the clause as it is, after a
    comment saying what differs, and None."""
    stuck = unmoved_fault(prog)
    if stuck is None:
        return None
    ex = XtraceError("cannot express in Vue D's discard of what a clause recorded before a "
                     "run-time error (DTrace prints nothing of a clause that faults, a Vue "
                     "clause keeps what it printed), for this statement that can fault after "
                     "the clause's first output; nearest: the clause as written, or its "
                     "statements that can fault moved before its first printf", stuck.loc)
    if not gaps.substitute(ex):
        return ex
    lead.extend([nearest_comment(ex, "a run-time error at this statement leaves the clause's "
                                 "earlier output printed, where DTrace discards it"), ""])
    return None


def print_program(prog: ir.Program, gaps: Optional[Gaps] = None) -> str:
    """Vue source for `prog` (types may be None); XtraceError for what Vue cannot express,
    or with `gaps.force` a marked comment in its place (collected in `gaps.found`)."""
    gaps = gaps or Gaps()
    lead: list[str] = []
    # a stap port of Vue's tentative buffers: those buffers (stap_tentative.py)
    prog = stap_speculations_as_tentative(prog)
    _refuse_stap_speculation(prog)
    prog = refuse_hist_buckets(prog, "vue", gaps)
    # (--force) a stap histogram without keys: an array of one element (onekey_hist.py)
    prog = keyless_hists_keyed(prog, gaps)
    # stap's syscall.pipe tested for pipe2 by name: the clause on pipe2
    prog = shared_points_named(prog)
    # a D clause that prints and then can fault: what can fault first, so that a fault
    # prints nothing of the clause, as in D (ir/faultfirst.py)
    prog = faults_before_records(prog)
    kept_records = _kept_records(prog, gaps, lead)
    # D's clauses of one probe split before a fault so that what the first printed
    # stays: one clause, which keeps it in Vue (ir/faultsplit.py)
    prog = clauses_rejoined_at_faults(prog)
    refuse_carried_locals(prog, "vue")
    # stap's `=~` of a plain string: strstr() tests (ir/regexstr.py)
    prog = regexes_as_string_tests(prog, "strstr")
    # stap's header printf and foreach of Vue's print(a) layout (a port of it): print(a)
    prog = loops_as_vue_prints(prog)
    # the D port's header printf and printa of a counted array (ir.mapagg): print(a)
    prog = printas_as_vue_prints(prog)
    # D's `*(T *)copyin(addr, n)`: the read of the process's memory Vue says in place
    prog = derefs_as_user_reads(prog)

    def unframed(ex: XtraceError) -> ir.Program:
        lead.extend([gap_comment(ex), ""])
        return prog
    # D's `args[0]->b_flags & B_READ` is the test of the request's operation it stands for
    prog = flag_tests_as_conditions(d_dates_as_vue(qualified_tracepoints(settled_sort_setopts(without_default_setopts(prog)))))
    # D's `b_error != 0 ? ..`: decided, as Linux's io.d makes the member 0 (ir/constmembers.py)
    prog = constant_member_tests_decided(prog) if prog.lang == "d" else prog
    # get_function() names a syscall as @@syscall does (pread for pread64)
    # (@@syscallx, a clause on every syscall, says the kernel's: exit_group)
    prog = ids_as_values(prog, lambda pts, nm: None if nm in tables.LINUX_TO_LIBC
                         and not all(pt.name == "*" for pt in pts) else nm)
    # profile-997 is a 1 ms interval, the port says (periods.py)
    prog = near_rates_as_whole_ms(prog)
    # (no block of a D clause after the one that calls exit(): ir/sugarblocks.py)
    prog = exits_end_clause(prog)
    prog = gaps.attempt(lambda: explicit_framing(cpu_column_allowed(prog), cpu_of=cpu_column),
                        unframed)
    # D's speculations held in variables: a tentative buffer each, which holds the
    # probe's line too (spec_tentative.py)
    prog = tentative_first(speculations_as_tentative(prog))
    # D's this-> kept from clause to clause of one hit: one clause of if-blocks
    # (said above a merge of which a clause can fault: Vue ends the rest of it there)
    prog = carried_merges_noted(prog, merged_carried_clauses(prog))
    # D's clauses of one tick that pass globals on: one @@interval clause, in their order
    prog = merged_timer_clauses(prog)
    # stap's `try { clause } catch { }` is what a Vue clause does by itself.
    # trace() is a printf (the framing check still refuses a non-quiet program).
    # stap's thread_indent()/indent() printed: a __thread depth and start, and %*s
    # (written out after the script's functions, so a delta they pass is theirs)
    prog = tables_for_tapset_calls(tapset_swaps_as_ir(string_readers_as_d(
        return_strs_as_retstr(prog, printed_only=True), "vue")), "vue")
    # (a written-out function's constant tests decided: ir/inlinedconsts.py)
    prog = indent_calls_written_out(inlined_constants_folded(
        inline_functions(prog, library_function, indent_calls_of(prog))), "vue", gaps)
    # stap's argstr: the syscall's arguments written out where Vue can say them (argstr_port.py)
    prog = argstr_written_out(prog, "get_userstring() fails the clause", text_numbers=False)
    # and its retstr printed: the errno's name from a table, or the value (retstr_port.py)
    prog = ternary_printfs_as_ifs(retstr_written_out(prog, printed_only=True))
    # stap's $$parms, $$return ...: the sprintf they stand for, which a printf splices
    prog = context_vars_as_sprintfs(prog) if prog.lang == "stap" else prog
    # a sprintf kept in a variable or array and only printed: its pieces kept (stored_sprintfs.py)
    prog = tid_maps_as_thread_locals(traces_as_printf(unwrap_clause_try(splice_sprintfs(
        stored_sprintfs_as_pieces(prog)))))
    # a stap loop of a constant count: its body written out once per pass
    unrolled = written_out_loops(prog)
    prog = unrolled.prog
    if prog.lang == "stap":
        # stap's `k in a` of an array that may hold 0: a companion array of the keys
        # it holds (clear() empties both), a thread's own key a __thread one too
        prog = tid_maps_as_thread_locals(presence_companions(prog, clears=True))
    # a sprintf of strings kept as a value: its pieces joined with `+` (Vue has no
    # sprintf, and no string of a number)
    prog = sprintf_values_joined(prog, None, keep_printed=True)
    # an END probe's closing exit() does nothing (basic5.stp): not written
    prog = end_exits_dropped(clocks.clocks_as_timestamps(prog))
    # D's per-statistic aggregations of one list (a port of it): that list again
    prog = merged_statistics(prog)
    prog = rename_variables(prog, lambda name, scope: name in KEYWORDS or not _IDENT.match(name))
    # D's `ts`, `self->ts` and `this->ts` are three variables; in Vue the inner
    # would hide the outer
    prog = rename_variables(prog, scope_clashes(prog), numbered=True)
    # D's `@` gets a name that says what it holds (ir.anonagg)
    anon = readable_name(prog, set(KEYWORDS) | _VUE_FUNCTIONS)
    if anon is not None:
        prog = rename_aggregation(prog, ANON_AGG, anon)
    # stap's $return read several times in a return clause: a clause-local (rvlocal.py)
    prog = returns_as_local(prog)
    # an array's first use in the text types it: not a clear() or print() (first_use.py)
    printer = Printer(stores_first(syscall_vars_one_point(without_openat_companions(
        open_itself_only(prog)))), gaps)
    printer.anon = anon
    printer.counted_reasons = unrolled.reasons
    printer.lines.extend(lead)
    text = wrap_long_calls(printer.program(), "vue")
    if kept_records is not None:
        raise kept_records
    # the script's opening comment stays first, above what the translation declares
    return "\n".join(header_comment_lines(prog, "vue") + [text]) if text else text


def io_events(points: list[ir.ProbePoint]) -> list[str]:
    """The Vue I/O events (iostart, iodone) `points` are, when they are all block
    request tracepoints; else []."""
    if not points or not all(p.kind == "tracepoint" and p.name in iomap.EVENTS for p in points):
        return []
    return list(dict.fromkeys(iomap.EVENTS[p.name][1] for p in points))


def _current_credential(e: ir.Expr) -> Optional[str]:
    """`curthread->cred->uid.val` (D's curpsinfo->pr_uid on Linux) and its euid: the
    IR built-in Vue has for it (__uid, __euid)."""
    if isinstance(e, ir.KernelMember) and len(e.path) == 2 and e.path[1] == "val" \
            and e.path[0] in ("uid", "euid") and not e.addr_of \
            and isinstance(e.base, ir.KernelMember) and e.base.path == ["cred"] \
            and e.base.base == ir.Builtin("curthread"):
        return e.path[0]
    return None


def qualified_tracepoints(prog: ir.Program) -> ir.Program:
    """stap's kernel.trace("signal_generate") as the `system:event` it resolved to
    (translate records it), which is what a sysproc event stands for."""
    keys = (prog.options or {}).get("tracepoint_keys") or {}
    if not any(pt.kind == "tracepoint" and pt.name in keys for p in prog.probes for pt in p.points):
        return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        for pt in p.points:
            if pt.kind == "tracepoint" and pt.name in keys:
                pt.name = keys[pt.name]
    return prog


def syscall_vars_one_point(prog: ir.Program) -> ir.Program:
    """A clause on several syscalls that reads stap's syscall variables, as one clause
    per syscall: Vue reads __argN only in a clause of a single probe point (its
    types are that syscall's), and the variable may be a different __argN in each."""
    from xtrace.ir import syscalls
    out: list[ir.Probe] = []
    for p in prog.probes:
        names = [x.name for root in (p.body, p.predicate) if root is not None
                 for x in ir.walk(root) if isinstance(x, ir.SyscallVar)]
        arms = [syscalls.raw_arg_arms(n, p.points) for n in names]
        if len(p.points) < 2 or not any(a is not None for a in arms) \
                or any(_GLOB.search(pt.name) for pt in p.points):
            out.append(p)
            continue
        out.extend(ir.one_per_point(p))
    if len(out) == len(prog.probes):
        return prog
    return dataclasses.replace(prog, probes=out)


# DTrace's %Y layout (libdtrace's "%Y %b %e %T": `2026 Dec  2 01:10:33`, local time).
D_DATE_FORMAT = "%Y %b %e %T"


def d_dates_as_vue(prog: ir.Program) -> ir.Program:
    """A D program whose every printf %Y prints the time now (walltimestamp), with no
    width: a copy whose %Y prints Vue's timestamp() with set_date_format()'s layout
    set to DTrace's (Vue's %A); other programs as they are."""
    if prog.lang != "d" or (prog.options or {}).get("date_format"):
        return prog
    dated = [(s, i) for p in prog.probes for s in ir.walk(p.body) if isinstance(s, ir.Printf)
             for i, m in enumerate(m for m in _CONV.finditer(s.fmt) if m.group(1) != "%")
             if m.group(2) == "Y"]
    if not dated:
        return prog
    for s, i in dated:
        convs = [m for m in _CONV.finditer(s.fmt) if m.group(1) != "%"]
        if len(convs) != len(s.args) or not _date_width_idle(convs[i].group(0)) \
                or s.args[i] != ir.Builtin("walltimestamp"):
            return prog
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        for s in ir.walk(p.body):
            if isinstance(s, ir.Printf):
                convs = [m for m in _CONV.finditer(s.fmt) if m.group(1) != "%"]
                for i, m in enumerate(convs):
                    if m.group(2) == "Y":
                        at = s.args[i].loc
                        s.args[i] = ir.Call("timestamp_to_wall", [ir.Builtin("timestamp", loc=at)], loc=at)
                # DTraceToolkit's `%-20Y`: the width is idle, the date is 20 characters
                s.fmt = _CONV.sub(lambda m: "%Y" if m.group(2) == "Y" else m.group(0), s.fmt)
    prog.options = {**(prog.options or {}), "date_format": D_DATE_FORMAT}
    return prog


def _date_width_idle(conv: str) -> bool:
    """Is `conv` a %Y whose width changes nothing? DTrace's dates (D_DATE_FORMAT) are
    always 20 characters ("2026 Dec  2 05:01:22"), so `%-20Y` prints what `%Y` does."""
    m = re.fullmatch(r"%-?(\d*)Y", conv)
    return m is not None and (not m.group(1) or int(m.group(1)) <= 20)


def cpu_column_allowed(prog: ir.Program) -> ir.Program:
    """`prog`, once every clause that prints DTrace's non-quiet framing is known to be
    one where Vue can read the CPU column, `__curthread->cpuid` (XtraceError at the
    first that is not). IBM: __curthread cannot be used in @@BEGIN, @@END (nor
    systrace) clauses, and in @@interval clauses only with a process ID."""
    if not needs_framing(prog):
        return prog
    listed = (prog.options or {}).get("probe_sites") or []
    for p, sites in zip(prog.probes, listed + [None] * (len(prog.probes) - len(listed))):
        if not p.framed:
            continue
        if p.points and all(pt.kind == "syscall" and pt.name == "*" for pt in p.points):
            continue  # @@syscallx, whose get_function() says the kernel's names (exit_group)
        renamed = sorted({d.split(":")[0] for d in sites or []} & set(tables.LINUX_TO_LIBC))
        if len(set(sites or [])) > 1 and renamed:
            # Vue's get_function() names the site that fired as @@syscall does (pread), D as
            # Linux does (pread64)
            raise XtraceError(f"DTrace's non-quiet probe line names the site that fired, and "
                              f"Vue's get_function() names '{renamed[0]}' differently "
                              f"('{tables.LINUX_TO_LIBC[renamed[0]]}') (nearest: one clause per "
                              "probe, or `#pragma D option quiet` in the D source)", p.loc)
    return prog


def cpu_column(p: ir.Probe) -> ir.Expr:
    """DTrace's CPU column in the framed clause `p`: the CPU number, or a 0 where Vue
    forbids __curthread (@@BEGIN, @@END, an @@interval clause without a process ID),
    with a comment above the clause saying so. DTrace's number there is not the
    script's data but the CPU its BEGIN or END or tick happened to run on (BEGIN and
    END that of the dtrace process, which any run may change), so a constant is a
    value DTrace could print; the porter's comment says it is one."""
    kinds = [pt.kind for pt in p.points if _no_curthread(pt, p.predicate, len(p.points))]
    if not kinds:
        return ir.Builtin("cpu", loc=p.loc, type=INT64)
    ran = "tick" if kinds[0] == "timer" else kinds[0].upper()
    clause = "@@interval" if kinds[0] == "timer" else "@@" + ran
    p.comments = [*p.comments, note_text(f"{CPU_ZERO_NOTE}{clause} cannot read __curthread->cpuid "
                                         f"(DTrace prints the CPU its {ran} ran on)")]
    return ir.IntLit(0, loc=p.loc, type=INT64)


def _no_curthread(pt: ir.ProbePoint, predicate: Optional[ir.Expr], npoints: int) -> Optional[str]:
    """Where Vue forbids __curthread, for the clause `pt` becomes (None: allowed)."""
    if pt.kind in ("begin", "end", "error"):
        return "@@BEGIN or @@END clauses"
    if pt.kind == "timer" and (npoints != 1 or intervals.peel(pt, predicate) is None):
        return "an @@interval clause without a process ID"
    return None


def open_itself_only(prog: ir.Program) -> ir.Program:
    """Another language's open(2) clause with a Vue guard against openat: a Vue
    `@@syscall:*:open:entry` also fires at openat(AT_FDCWD, ...) (the call libc makes
    for open(); frontends.vue.syscalls.open_as_openat), where get_function() is
    "openat". A Vue open clause, which comes with that companion, says it already."""
    probes, out = prog.probes, []
    globs = (prog.options or {}).get("syscall_globs") or {}
    for i, probe in enumerate(probes):
        companion = open_as_openat(params_as_raw_args(probe))
        if companion is None and any(p.kind == "syscall" and "open" in globs.get(p.name, ())
                                     for p in probe.points):
            probe = dataclasses.replace(probe, points=[  # D's syscall::open*:entry
                q for p in probe.points
                for q in ([dataclasses.replace(p, name=nm) for nm in globs[p.name]]
                          if p.kind == "syscall" and p.name in globs else [p])])
            companion = open_as_openat(params_as_raw_args(probe))
        if companion is None or (i + 1 < len(probes) and params_as_raw_args(probes[i + 1]) == companion):
            out.append(probes[i])
            continue
        is_open = [p.kind == "syscall" and p.name == "open" for p in probe.points]
        at = probe.points[is_open.index(True)].loc
        guard = ir.Binary("==", ir.Builtin("probefunc", loc=at), ir.StrLit("open", loc=at), loc=at)
        opens = dataclasses.replace(probe, points=[p for p, o in zip(probe.points, is_open) if o],
                                    predicate=_guarded(guard, probe.predicate))
        if all(is_open):
            out.append(opens)
            continue
        rest = dataclasses.replace(copy.deepcopy(probe), points=[p for p, o in zip(probe.points, is_open) if not o])
        out += [opens, rest] if is_open[0] else [rest, opens]
    return prog if len(out) == len(probes) and all(a is b for a, b in zip(out, probes)) \
        else dataclasses.replace(prog, probes=out)


def _guarded(guard: ir.Expr, pred: Optional[ir.Expr]) -> ir.Expr:
    """`guard && pred`, nested to the left so that `pred`'s own && prints without parentheses."""
    if pred is None:
        return guard
    if isinstance(pred, ir.Binary) and pred.op == "&&":
        return ir.Binary("&&", _guarded(guard, pred.lhs), pred.rhs, loc=pred.loc)
    return ir.Binary("&&", guard, pred, loc=guard.loc)


def without_openat_companions(prog: ir.Program) -> ir.Program:
    """`prog` without the openat probes that a Vue open clause adds after its own
    (frontends.vue.syscalls.open_as_openat): the open clause says both."""
    kept: list[ir.Probe] = []
    for probe in prog.probes:
        # (stap's `flags`, `dfd` compared as the raw reads they are: ir/sysparams.py)
        if kept and open_as_openat(params_as_raw_args(kept[-1])) == params_as_raw_args(probe):
            continue
        kept.append(probe)
    return prog if len(kept) == len(prog.probes) else dataclasses.replace(prog, probes=kept)


_KERNEL_ALIAS_NAMES = {b: name for name, b in tables.AIX_KERNEL_ALIASES.items()}


def kernel_var(e) -> Optional[tuple[str, Type]]:
    """A read of a `__kernel` variable as the Vue lowering makes it (kernel_read_int of
    ksym_addr, converted to the declared type when narrower, kernel_vars.read): (its
    name, its type). AIX's tick counters are Linux built-ins read by their AIX name."""
    inner = e.operand if isinstance(e, ir.Cast) else e
    if isinstance(inner, ir.Builtin) and inner.name in _KERNEL_ALIAS_NAMES:
        return _KERNEL_ALIAS_NAMES[inner.name], (e.to if isinstance(e, ir.Cast) else INT64)
    return kernel_vars.variable_read(e)


def _starts_as_init(g: ir.Global, prog: ir.Program) -> bool:
    """Whether `g` is a string global initialized to "" that nothing writes: a Vue
    String starts empty, so it is declared only (stap's `global s = ""` says the
    type of a string global only ever read)."""
    if not (g.kind == "scalar" and isinstance(g.init, ir.StrLit) and g.init.value == ""):
        return False
    roots = [p.body for p in prog.probes] + [p.predicate for p in prog.probes if p.predicate] + \
        [f.body for f in prog.functions]
    return not any(isinstance(x, (ir.Assign, ir.IncDec)) and isinstance(x.target, ir.Var)
                   and x.target.scope == "global" and x.target.name == g.name for x in ir.walk(roots))


def _network_provider(p: ir.ProbePoint) -> Optional[str]:
    """"D's tcp provider probes" for a point of D's tcp, udp or ip provider (a kernel
    function or tracepoint underneath: frontends/d/tcpprovider.py), else None."""
    m = re.match(r"(tcp|udp|ip):", p.spelling or "")
    return f"D's {m.group(1)} provider probes" if m else None
