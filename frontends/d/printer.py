"""IR -> idiomatic D source (for `xtrace translate --to d`).

The printer undoes what the lowering made explicit: the END-of-run
aggregation dump is left out when D would print exactly that by itself,
Builtin('retval') goes back to arg0/arg1, the anonymous aggregation '_' back to
`@`. IR the D language cannot express raises XtraceError naming the construct.
"""

from __future__ import annotations

import copy
import dataclasses
import fnmatch
import re
from signal import SIGSTOP
from typing import Callable, Iterator, Optional

from xtrace.ir.armfacts import arm_facts, not_negative
from xtrace.ir.onekey import one_constant_key
from xtrace.ir.rundumps import (dump_blank_guard, dump_blank_line, flagged_dumps_as_run_time, guard_read,
                                once_counter_reset, printa_kinds)
from xtrace.ir.inline import inline_functions
from xtrace.frontends.bdevname_port import bdevnames_as_device_names
from xtrace.ir.contextvars import context_vars_as_sprintfs, unported_reason
from xtrace.frontends.nearest_d import nearest_in_d
from xtrace.frontends.stap.tables import stap_function_of
from .tentative_back import tentative_as_d
from .spec_back import speculations_as_d
from xtrace.frontends.vue.spec_tentative import tentative_as_speculations
from xtrace.frontends.indent_port import indent_calls_of, indent_calls_written_out
from xtrace.ir.printfbranches import ternary_printfs_as_ifs
from xtrace.ir.sprintfsplice import quotes_in_format, splice_sprintfs
from xtrace.ir.sprintfjoin import lltostr_piece, sprintf_values_joined
from xtrace.ir.quotedstr import unquoted_comparison, unquoted_join
from xtrace.ir.clearparens import operand_floor
from xtrace.ir.byteorder import swapped_operand, tapset_swaps_as_ir
from xtrace.ir.clausemerge import clauses_of_try_blocks, merged_alike_clauses
from . import tcpprovider
from .userreads import user_reads_as_copyin
from .joinsteps import steps_of
from xtrace.ir.profilemode import user_mode_tests_as_pcs

from .profile_pcs import pcs_as_profile_args
from .ioprovider_back import io_probes_as_provider, negated_flag_tests
from .provider_args_back import alias_reads_inlined, tracepoints_as_provider
from .lltostr_back import printed_sprintfs_as_lltostr
from .command_start import command_exec_noted, command_start_ported, command_start_refusals
from xtrace.ir.error_catches import catches_as_error_clauses
from xtrace.ir.faultsplit import clauses_split_before_faults
from xtrace.ir.trycatch_clauses import FLAG_OPTION, UNCAUGHT_OPTION, tries_as_error_clauses
from xtrace.frontends.stap.print_faultstore import forgotten_stores_back
from xtrace.ir.clause_errors import clause_try_guard, errors_end_session, is_clause_try, may_fault
from xtrace.ir.regexstr import as_string_test, regexes_as_string_tests
from xtrace.ir.keyderived import derived_columns_as_keys, loop_refusals, resolve_locals
from xtrace.ir.unionloop import union_loops_as_printa
from xtrace.ir.mapagg import counting_maps_as_aggs, limit_is_final
from xtrace.ir.rename import rename_variables, scope_suffixes_dropped
from xtrace.ir.localtypes import clause_locals_of_one_type
from xtrace.ir.constlocals import constant_locals, local_leaf
from xtrace.ir.membership import nonzero_maps
from xtrace.ir import presence
from xtrace.ir.presence import presence_companions
from xtrace.ir import printedvalues
from xtrace.ir.printedvalues import printed_maps_with_values, stap_row_format
from xtrace.ir.statsplit import split_statistics
from xtrace.ir.statvalues import statistics_as_values, value_refusal
from xtrace.ir.threadvars import THREAD_COMMENTS, tid_maps_as_thread_locals
from xtrace.ir.headerlocals import header_locals_inlined
from xtrace.ir.memberlocals import member_locals_inlined
from xtrace.ir.nonext import eliminate_next
from xtrace.ir.regexglob import regex_functions_as_globs
from xtrace.ir.unroll import written_out_loops
from xtrace.ir import nodes as ir
from xtrace.ir import registers
from xtrace.ir.nodes import free_name, in_source_order
from xtrace.frontends.common import (ClauseComments, c_comment, every_process_note,
                                      header_comment_lines, note_text, sized_array_note)
from xtrace.frontends.linewrap import wrap_long_calls
from xtrace.frontends.gaps import (Gaps, functions_as_gaps, gap_comment, gap_statement, library_function,
                                   nearest_comment, trace_value_printf)
from xtrace.frontends.global_notes import beside, named_notes, thread_comment_names
from xtrace.frontends.vue.ranges import as_histogram_print, forced_differs
from xtrace.frontends.vue.syscalls import is_syscall_rv, rv_compared_raw, rv_failure_test
from xtrace.ir.failguard import says_succeeded
from xtrace.ir.tracername import tracer_name_ported
from xtrace.ir.syscall_returns import returns_int
from .headerptrs import header_pointers_as_locals
from .castptrs import pointer_casts_as_locals
from xtrace.ir.exitlast import exits_written_last
from xtrace.ir.nextguard import else_next_as_guards
from xtrace.ir.inlinedconsts import inlined_constants_folded
from .clauseorder import clauses_after_definitions, premature_prints
from .pp_back import pp_as_d
from .cpu_note_back import cpu_notes_as_cpu
from xtrace.frontends.carried_note import clauses_of_noted_merge
from .symbol_actions import D_NAMES, TRACE_FORMAT, is_symbol_action
from .forced import loop_as_printa
from .histograms_back import histograms_as_aggregations
from .normalize_back import divisors_as_normalize
from .trunc_back import truncating_loops_as_trunc
from .joined_back import joined_rows_as_printa
from .symorder_back import address_walks_as_printa
from .widelocals import int64_locals
from xtrace.frontends.tapset_tables import tables_for_tapset_calls
from xtrace.frontends.d.ctime_date import (DIFFERS as CTIME_DIFFERS, NEAREST as CTIME_NEAREST,
                                           ctime_printf_as_date)
from xtrace.frontends.sockaddr_port import IPV6_KEY, IPV6_NOTE, sock_addresses_as_inet_ntop
from xtrace.frontends.d.ipv6groups import ipv6_texts_as_groups
from xtrace.frontends.d.hist_nearest import hist_as_printa, hist_counts_kept, hist_differs, hist_printable
from xtrace.ir.histequiv import DTRACE_HIST, hist_as_quantize
from xtrace.frontends.stack_nearest import stack_differs
from xtrace.frontends.dstrings_port import WARN_READ, string_readers_as_d
from xtrace.frontends.constructs import describe
from xtrace.frontends import kernel_vars
from xtrace.frontends.histbuckets import refuse_hist_buckets
from .vueprint import d_lists_refusal, d_printable_lists, vue_print_refusal
from xtrace.ir.vueprintloops import is_vue_lists_print, vue_prints_as_loops
from xtrace.ir.loc import Loc, XtraceError
from xtrace.ir import conststr, stapconst
from xtrace.ir.countedbreak import counted_breaks_as_limits
from xtrace.ir.endexit import end_exits_dropped
from xtrace.ir.printflits import fold_literal_texts
from .printedjoins import joins_split
from xtrace.ir.framing import kernelmode_constant
from xtrace.ir.stores import implicit_postfix, implicit_store
from xtrace.ir.syscalls import STAP_NAME_OF, entry_points_only
from xtrace.frontends.argstr_port import argstr_written_out
from xtrace.frontends.syscall_named import shared_points_named
from xtrace.frontends.retstr_port import retstr_written_out, return_strs_as_retstr
from xtrace.frontends.argstr_port import refusal as argstr_refusal
from xtrace.ir.types import INT32, Type
from xtrace.ir.hexprefix import escaped_char_conversion, explicit_hex_prefix, unsigned_narrow_as_plain

from . import ksyms, tables, translators
from .formats import FormatError, add_agg_flag, conversions, encode_string
from .lower import ANON_AGG
from xtrace.ir.anonagg import is_anon
from .probes import description, provider_probe_of


INDENT = "    "
# Binding strength, loosest first (C order); used to add only the needed parens.
_PREC = {"||": 3, "^^": 4, "&&": 5, "|": 6, "^": 7, "&": 8, "==": 9, "!=": 9,
         "<": 10, "<=": 10, ">": 10, ">=": 10, "<<": 11, ">>": 11,
         "+": 12, "-": 12, "*": 13, "/": 13, "%": 13}
P_ASSIGN, P_TERNARY, P_UNARY, P_POSTFIX, P_PRIMARY = 1, 2, 14, 15, 16
# Names a D variable cannot take: built-ins and keywords.
_RESERVED = (set(tables.BUILTIN_VARS) | tables.UNSUPPORTED_VARS
             | set(tables.TYPES) | {"self", "this", "if", "else", "sizeof", "stringof",
                                    "struct", "union", "enum", "const", "volatile"})
# Vue's tentative buffers are named and always open; D's speculations are
# handed out by speculation() and end at commit().
_NO_TENTATIVE = ("Vue's tentative tracing (start_tentative(ID) ... commit_tentative(ID)) has no D "
                 "form: D's nearest is speculate(), whose buffer comes from speculation() and is "
                 "gone after commit()")
_ASSIGN_OPS = {"=", "+=", "-=", "*=", "/=", "%=", "&=", "|=", "^=", "<<=", ">>="}
_INT_CONV = re.compile(r"%(-?)(\d*)(?:ll|l)?[diu]")


def walk(node) -> Iterator:
    """Every IR node below (and including) `node`, in source order."""
    yield node
    if dataclasses.is_dataclass(node):
        for f in dataclasses.fields(node):
            if f.name in ("loc", "type"):
                continue
            yield from walk(getattr(node, f.name))
    elif isinstance(node, list):
        for item in node:
            yield from walk(item)


def _accesses(node) -> Iterator[tuple[str, tuple[str, str], ir.Expr]]:
    """('read'|'write', (scope, name), node) for every variable access, in the
    order D evaluates them (an assignment reads its right side first)."""
    if isinstance(node, ir.Assign):
        yield from _accesses(node.value)
        t = node.target
        if isinstance(t, ir.Index):
            yield from _accesses(t.keys)
        if isinstance(t, (ir.Index, ir.Var)):  # (stap's procfs $value is neither)
            key = ("global", t.map) if isinstance(t, ir.Index) else (t.scope, t.name)
            yield ("write" if node.op == "=" else "read"), key, t
    elif isinstance(node, ir.Probe):  # the predicate runs before the body
        yield from _accesses(node.predicate)
        yield from _accesses(node.body)
    elif isinstance(node, ir.Var):
        yield "read", (node.scope, node.name), node
    elif isinstance(node, ir.Index):
        yield from _accesses(node.keys)
        yield "read", ("global", node.map), node
    elif dataclasses.is_dataclass(node) or isinstance(node, list):
        children = node if isinstance(node, list) else [
            getattr(node, f.name) for f in dataclasses.fields(node) if f.name not in ("loc", "type")]
        for child in children:
            yield from _accesses(child)


def _first_named_aggs(prog: ir.Program) -> list[str]:
    """The aggregations of `prog` in the order the D text names them first (clauses
    in order, a predicate before its body), which is dtrace's order of their exit dump;
    any named nowhere after, in the order of the globals."""
    aggs = [g.name for g in prog.globals if g.kind == "agg"]
    seen: dict[str, None] = {}
    for p in prog.probes:
        for x in ir.walk([p.predicate, p.body]):
            for name in [getattr(x, "agg", None), *(getattr(x, "more", None) or [])]:
                if name in aggs:
                    seen.setdefault(name)
    return [*seen, *(a for a in aggs if a not in seen)]


def default_row_format(key_types: list[Type]) -> str:
    """The per-row format of DTrace's default aggregation output for these keys.

    Integer keys get a width by size (3, 5, 8, 16 for 8..64 bits), strings
    `  %-50s`, and the value ` %16d` (libdtrace dt_print_datum).
    """
    parts = []
    for t in key_types:
        if t.is_str:
            parts.append("  %-50s")
        else:
            parts.append(" %{}d".format({8: 3, 16: 5, 32: 8}.get(t.bits, 16)))
    return "".join(parts) + " %16d\n"


# kernel_read_int(addr, BYTES, SIGNED) -> the type a D user loads through (stap's
# kernel_long() is a signed 64-bit long, its kernel_pointer() an unsigned address)
_KERNEL_READ_TYPES = {(8, 1): "long", (4, 1): "int", (2, 1): "short", (1, 1): "char",
                      (8, 0): "uintptr_t", (4, 0): "uint32_t", (2, 0): "uint16_t", (1, 0): "uint8_t"}

class Printer:
    """Print one program; `run()` returns the D source."""

    def __init__(self, prog: ir.Program, gaps: Optional[Gaps] = None,
                 loop_reasons: Optional[dict] = None, end_after_error: bool = False,
                 counted_reasons: Optional[dict] = None) -> None:
        """`end_after_error`: the source's end probes also run after a fatal error
        (stap's `probe end, error`); `counted_reasons`: why each for/while loop left
        was not written out (ir/unroll.py), by its location."""
        self.gaps = gaps or Gaps()
        self.end_after_error = end_after_error
        # the comments said above the clauses, and the statements' notes said, each
        # said once (common.ClauseComments)
        self.clause_comments = ClauseComments()
        # (name as D spells it, comment) of the source's variables D declares nowhere
        self.unsaid: list[tuple[str, str]] = []
        self.notes_said: set[str] = set()
        # the global the ERROR clause sets, which keeps END clauses from running after
        # a run-time error as stap skips its end probes (set in run())
        self.error_flag: Optional[str] = None
        # why each foreach of the source (by location) has no printa form
        self.loop_reasons = loop_reasons or {}
        self.counted_reasons = counted_reasons or {}
        # literals (by id) printed with the LL suffix: the statement being printed
        # computes from them in 64 bits, as its source does
        self._wide_literals: set[int] = set()
        self.prog = prog
        # (--force) the script functions left out, by name: their calls are gaps
        self.functions_left: dict[str, str] = {}
        self._guards: list[ir.Expr] = []  # the conditions of the if-arms being printed
        self._arm_facts: list[ir.Binary] = []  # what the ternary arms being printed hold (ir/armfacts.py)
        self.aggs = {g.name: g for g in prog.globals if g.kind == "agg"}
        self.probe: Optional[ir.Probe] = None
        # a port's probes on the -c command's exec or start that D's -c never shows, by
        # the script probe's location, and those already refused (command_start.py)
        self.start_refusals: dict[Loc, XtraceError] = {}
        self._refused_starts: set[Loc] = set()
        nodes = list(walk(prog.probes))
        self.updates = {}
        self.update_keys: dict[str, list[list[ir.Expr]]] = {}  # every update's keys
        for n in nodes:
            if isinstance(n, ir.AggUpdate):
                self.updates.setdefault(n.agg, n)
                self.update_keys.setdefault(n.agg, []).append(n.keys)
        # (a Vue range_t print is printed, with --force, as printa of its buckets)
        self.printaggs = [as_histogram_print(n) if n.layout.startswith("vue_range") else n
                          for n in nodes if isinstance(n, ir.PrintAgg)]
        # (a port's test that the dump's aggregation has its row, before the dump's blank
        # line, reads @count of it: no statistic of its own, rundumps.dump_blank_guard)
        guards = {id(r) for n in nodes if isinstance(n, ir.If) for r in [guard_read(n.cond)]
                  if r is not None and dump_blank_guard(n, r.agg) and dump_blank_line(n, r.agg)}
        nodes_read = [n for n in nodes if id(n) not in guards]
        self.agg_func = {}
        # (--force) the stap histograms printed as D's quantize()/lquantize(), each
        # with the refusal the port warns about
        self.hist_nearest: dict[str, XtraceError] = {}
        for name, g in self.aggs.items():
            try:
                self.agg_func[name] = self._d_agg_func(g, nodes_read)
            except XtraceError as ex:
                if not self.gaps.force:
                    raise
                # (--force) every statement updating, reading or printing it is a gap
                self.gaps.unsayable[("map", name)] = ex
        # with --force, the printa printed in place of each row loop D cannot say
        self.forced_loops = {n.loc: found for n in nodes if isinstance(n, ir.ForEach) and self.gaps.force
                             and n.map in self.agg_func
                             for found in [loop_as_printa(n, self.agg_func)] if found is not None}
        self.printaggs += [pa for pa, _ in self.forced_loops.values()]
        self.sort_by, self.descending = self._sort_order()
        self.omit_last = self._implicit_dump()
        self.read_first = self._read_first()
        self.defined: set[str] = set()   # aggregations a statement printed so far assigns
        self.var_names = {g.name for g in prog.globals if g.kind != "agg"}
        self.inlines: dict[str, str] = {}  # name -> `inline` declaration, in first use order

    # --------------------------------------------------------- analysis

    def _d_agg_func(self, g: ir.Global, nodes: list) -> str:
        """The D aggregating function for an aggregation (stap stats: the one statistic read)."""
        func = g.agg_func or (self.updates[g.name].func if g.name in self.updates else None)
        if func in tables.AGG_FUNCS:
            return func
        if func in _STAP_HISTS:
            err = XtraceError(f"aggregation '{g.name}' is printed as stap's @{func} histogram "
                              "(`value |---...--- count` rows, stap's bar width and elision), "
                              "which D cannot print (no loops); nearest: "
                              f"{_STAP_HISTS[func]}, the same buckets in DTrace's layout", g.loc)
            # (--force) the nearest: the histogram as D's own, printed by printa (the
            # gap reported where it is printed: a statement left out takes its report)
            if not self.gaps.force or not hist_printable(g.name, nodes):
                raise err
            self.hist_nearest[g.name] = err
            return DTRACE_HIST[func]
        if func not in ("stats", None):
            raise XtraceError(f"aggregation '{g.name}' uses {func}(), which D has no "
                              "translation for", g.loc)
        for n in nodes:
            if is_vue_lists_print(n) and n.agg == g.name:
                raise XtraceError(d_lists_refusal(self.prog, n) or f"Vue's print({g.name}) of an "
                                  "array of lists has no D equivalent", n.loc)
        reads = []
        for n in nodes:
            func = (n.value_func if isinstance(n, ir.PrintAgg) and n.layout != "stap" else
                    n.func if isinstance(n, ir.AggRead) else None)
            if func and n.agg == g.name and func not in reads:
                reads.append(func)
        if len(reads) > 1:
            raise XtraceError(f"statistics aggregate '{g.name}' is read as "
                              f"{' and '.join('@' + r for r in reads)}; a D aggregation "
                              "holds a single statistic" + self._values_refusal(g.name), g.loc)
        return reads[0] if reads else "count"

    def _sort_order(self) -> tuple[str, bool]:
        """The order every printa sorts in, said once by #pragma; with printas in
        different orders, each printa sets its own with setopt() (aggsortkey and
        aggsortrev are run-time options) and the pragmas stay out."""
        orders = {(p.sort_by, p.descending) for p in self.printaggs}
        self.mixed_orders = len(orders) > 1
        if self.mixed_orders:
            return "value", False
        return orders.pop() if orders else ("value", False)

    def _order_options(self, s: ir.PrintAgg) -> list[str]:
        """setopt()s that make this printa sort as `s` says, when printas differ."""
        if not self.mixed_orders:
            return []
        out = []
        for option, on, used in (
                ("aggsortkey", s.sort_by == "key", any(p.sort_by == "key" for p in self.printaggs)),
                ("aggsortrev", s.descending, any(p.descending for p in self.printaggs))):
            if used:
                out.append(f'setopt("{option}");' if on else f'setopt("{option}", "unset");')
        return out

    def _key_types(self, agg: str) -> Optional[list[Type]]:
        """The key types of `agg` as D will have them: a column written only as
        integer constants an int holds is an int column (D's type of such a
        constant), whatever width the source language gave it."""
        g = self.aggs[agg]
        types = g.key_types
        upd = self.updates.get(agg)
        if types is None and upd is not None and all(k.type is not None for k in upd.keys):
            types = [k.type for k in upd.keys]
        if types is None:
            return None
        rows = self.update_keys.get(agg, [])
        return [INT32 if t.is_int and rows and all(
                    len(keys) == len(types) and isinstance(keys[i], ir.IntLit)
                    and -(1 << 31) <= keys[i].value < (1 << 31) for keys in rows) else t
                for i, t in enumerate(types)]

    def _nkeys(self, agg: str) -> Optional[int]:
        upd = self.updates.get(agg)
        if upd is not None:
            return len(upd.keys)
        kt = self.aggs[agg].key_types
        return len(kt) if kt is not None else None

    def _is_default_dump(self, s: ir.Stmt) -> bool:
        """A PrintAgg that prints what D's own end-of-run dump would print."""
        if not isinstance(s, ir.PrintAgg) or s.agg not in self.aggs or s.limit is not None \
                or s.more:
            return False
        if s.value_func != self.agg_func.get(s.agg):
            return False
        if s.layout == "dtrace":
            return True
        if s.layout == "format" and s.fmt is not None:
            types = self._key_types(s.agg)
            # Width spellings differ (%16lld vs %16d) but print the same.
            fmt = _INT_CONV.sub(r"%\1\2d", s.fmt.replace("%@", "%"))  # (%@: the value, as the last)
            # (the one row of an aggregation without keys, or of one constant key
            # (ir/onekey.py), may carry the dump's blank line, which then prints only
            # with the row, as dtrace's dump)
            return types is not None and (fmt == default_row_format(types)
                                          or fmt == "\n" + default_row_format(types)
                                          and (not types or one_constant_key(self.prog, s.agg)))
        return False

    def _implicit_dump(self) -> bool:
        """Whether the last probe is exactly the dump D does by itself at exit."""
        if not self.prog.probes:
            return False
        last = self.prog.probes[-1]
        stmts = last.body.stmts
        if not stmts or last.predicate is not None or not all(p.kind == "end" for p in last.points):
            return False
        dumps: list[ir.PrintAgg] = []
        i = 1 if stmts and once_counter_reset(stmts[0], stmts[1:]) else 0
        while i < len(stmts):
            s = stmts[i]
            # D's layout starts with a blank line; a format dump spells it as printf("\n")
            # (in a port, printed only when the aggregation has a row: dump_blank_line)
            nxt = stmts[i + 1] if i + 1 < len(stmts) else None
            if isinstance(nxt, ir.PrintAgg) and nxt.layout == "format" and dump_blank_line(s, nxt.agg):
                s, i = nxt, i + 1
            if not self._is_default_dump(s):
                return False
            dumps.append(s)
            i += 1
        mine = {id(s) for s in dumps}
        elsewhere = {a for p in self.printaggs if id(p) not in mine for a in [p.agg, *p.more]}
        # (an aggregation only BEGIN's printa()s print before anything fills it: they
        # print no row, and the dump is D's as if they were not there)
        before = dataclasses.replace(self.prog, probes=self.prog.probes[:-1])
        last_locs = {x.loc for x in ir.walk(last.body) if isinstance(x, ir.PrintAgg)}
        kinds = printa_kinds(before)
        elsewhere -= {a for a in elsewhere
                      if {k for s, k in kinds if a in [s.agg, *s.more]} == {"never"}
                      and not any(a in [p.agg, *p.more] for p in self.printaggs
                                  if id(p) not in mine and p.loc in last_locs)}
        # (in the order dtrace numbers them: first named in the D text, which a Vue
        # script's declared lists need not be first in: ir/onekey.py)
        required = [a for a in _first_named_aggs(self.prog) if a not in elsewhere]
        # the dumps of aggregations a printa() prints too are made only if it never
        # printed a row of them (PrintAgg.unless_printed): D's own as well
        return ([s.agg for s in dumps if not s.unless_printed] == required
                and all(s.agg in elsewhere for s in dumps if s.unless_printed))

    def _read_first(self) -> dict[tuple[str, str], ir.Expr]:
        """Variables whose first access, in source order, is a read: (scope, name) -> a use."""
        seen: set[tuple[str, str]] = set()
        first_read: dict[tuple[str, str], ir.Expr] = {}
        for kind, key, node in _accesses(self.prog.probes):
            if key not in seen:
                seen.add(key)
                if kind == "read":
                    first_read[key] = node
        return first_read

    # --------------------------------------------------------- program

    def run(self) -> str:
        if self.prog.functions:
            # (--force: each statement calling one a gap of its own, _x_FuncCall)
            self.prog, self.functions_left = functions_as_gaps(self.prog, "D", self.gaps)
        # the prints no clause order mends (frontends/d/clauseorder.py), refused where printed
        self.premature = premature_prints(self.prog)
        out: list[str] = []
        opts = self.prog.options or {}
        # Other languages never print DTrace's per-probe CPU/ID prefixes: that is quiet mode.
        if opts.get("quiet", self.prog.lang != "d"):
            out.append("#pragma D option quiet")
        if opts.get("flowindent") and self.prog.lang == "d":
            out.append("#pragma D option flowindent")
        if self.sort_by == "key":
            out.append("#pragma D option aggsortkey")
        if self.descending:
            out.append("#pragma D option aggsortrev")
        if any(pt.optional for p in self.prog.probes for pt in p.points):
            out.append("#pragma D option zdefs")
        # stap's system() needs no permission; D's is a destructive action that
        # dtrace refuses to enable without -w or this option (as are raise() and
        # chill(), which stap -g allows)
        if opts.get("destructive") or (self.prog.lang != "d" and any(
                isinstance(x, (ir.System, ir.Raise, ir.Delay)) for p in self.prog.probes
                for x in ir.walk(p.body))):
            out.append("#pragma D option destructive")
        if opts.get("evaltime"):  # where -c's command is held (driver/execstop.py)
            out.append(f"#pragma D option evaltime={opts['evaltime']}")
        elif self.prog.lang != "d" and any(n == ir.Builtin("target") for root in ir.program_roots(self.prog)
                                           for n in ir.walk(root)):
            # stap's and probevue's -c command runs traced from its exec, its start-up
            # included; dtrace's default holds it at main() (driver/execstop.py)
            out.append("#pragma D option evaltime=exec")
        buffer = (opts.get("limits") or {}).get("MAXSTRINGLEN")
        if buffer and buffer > 1:  # strsize counts characters, the buffer its NUL too
            out.append(f"#pragma D option strsize={buffer - 1}")
        for limit, option in (("NSPEC", "nspec"), ("SPECSIZE", "specsize"),
                              ("SCRATCHSIZE", "scratchsize")):
            value = (opts.get("limits") or {}).get(limit)
            if value is not None:
                out.append(f"#pragma D option {option}={value}")
        ends_session = self._errors_end_session()
        if ends_session and not self.end_after_error and any(
                pt.kind == "end" for p in self.prog.probes for pt in p.points):
            self.error_flag = free_name(self.prog, "errored")
        decls = self.gaps.attempt(self._declarations, lambda ex: [gap_comment(ex)])
        if self.error_flag is not None:
            decls = (decls or []) + [f"int {self.error_flag};"]
        chunks = ["\n".join(out)] if out else []
        decls_at = len(chunks)
        chunks.append("\n".join(decls or []))
        inits = self._inits()
        if inits:
            chunks.append(inits)
        probes = self.prog.probes[:-1] if self.omit_last else self.prog.probes
        clauses = [c for c in (self.gaps.attempt(lambda: self._probe(p), gap_comment, node=p)
                               for p in tcpprovider.rejoined(probes)) if c]
        chunks += clauses
        # last: a comment line right above a declaration would read back as its own
        # (with --force, not of a variable whose every use was left out)
        notes = named_notes([(name, text) for name, text in self.unsaid
                             if not self.gaps.force or _used_in("\n".join(clauses), name)])
        chunks[decls_at] = "\n".join([*(decls or []), *notes])
        if not chunks[decls_at]:
            del chunks[decls_at]
        tail = self.gaps.attempt(self._suppress_unprinted, gap_comment)
        if tail:
            chunks.append(tail)
        if self.inlines:
            # after the pragmas, before the declarations and clauses that use them
            chunks.insert(1 if out else 0,
                          "\n".join(decl for _, decl in in_source_order(self.inlines, self.prog)))
        # (outside the try blocks the probes were split at, when there are: ir/trycatch_clauses.py)
        flag = opts.get(FLAG_OPTION)
        outside = "outside a try block " if flag else ""
        pred = f"/!self->{flag}/\n" if flag else ""
        skips = "and skips its end probes" if self.error_flag is not None else ""
        note = "\n".join(c_comment(note_text("stap ends the session, with exit status 1, at the "
                                             f"first run-time error {outside}{skips}".rstrip())))
        if self.error_flag is not None:
            chunks.append(f"{note}\nERROR\n{pred}{{\n"
                          f"{INDENT}{self.error_flag} = 1;\n{INDENT}exit(1);\n}}")
        elif ends_session:
            chunks.append(f"{note}\nERROR\n{pred}{{\n" + INDENT + "exit(1);\n}")
        return "\n\n".join(chunks) + "\n"

    def _errors_end_session(self) -> bool:
        """Whether D needs an ERROR clause to stop at a run-time error as the source
        did: stap ends the session with status 1 where D reports the error and goes
        on. Only for programs with a statement that can fault outside a try block,
        so that scripts that cannot fail read as written."""
        opts = self.prog.options or {}
        if FLAG_OPTION in opts:  # (the ERROR clauses are the catch blocks of stap's tries)
            return errors_end_session(self.prog) and bool(opts.get(UNCAUGHT_OPTION))
        if not errors_end_session(self.prog) or any(
                pt.kind == "error" for p in self.prog.probes for pt in p.points):
            return False
        return any(may_fault(p) for p in self.prog.probes if not is_clause_try(p.body))

    def _declarations(self) -> list[str]:
        """Declarations for globals whose type is known: D would otherwise infer
        it from the first assignment, and reject reads that come before it. Each
        with the source's comment on it beside it; those of variables D does not
        declare go to self.unsaid (global_notes.py). (With --force one the port
        cannot declare is a gap of its own.)"""
        out = []
        for g in self.prog.globals:
            out += self.gaps.attempt(lambda: self._declaration(g), lambda ex: [gap_comment(ex)])
        return out + self._scoped_declarations()

    def _declaration(self, g: ir.Global) -> list[str]:
        out = []
        sized = sized_array_note(g, "D")
        if sized is not None:
            out.extend(c_comment(sized))
        if g.kind == "agg":
            if g.comment:
                self.unsaid.append((self._agg(g.name), g.comment))
            return out
        if g.wrap:
            ex = XtraceError(f"'{g.name}' drops its oldest element when full (stap's "
                             "`%` arrays): D has no such array; nearest: a plain associative "
                             "array, which drops new elements instead when the dynamic "
                             "variable space is full (DTrace's \"dynamic variable drops\")",
                             g.loc)
            if not self.gaps.substitute(ex):
                raise ex
            out.append(nearest_comment(ex, f"'{g.name}' is a plain associative array: when "
                                           "D's dynamic variable space is full it drops the new "
                                           "element, where stap's `%` array drops its oldest"))
        self._check_name(g.name, g.loc)
        note = beside(g.comment)
        if g.comment and not note:
            self.unsaid.append((g.name, g.comment))
        if g.type is None or (g.kind == "map" and g.key_types is None):
            if self._read_before_written(g.name):
                raise XtraceError(f"global '{g.name}' is read before it is assigned and its "
                                  "type is unknown, so it cannot be declared in D", g.loc)
            if note:
                self.unsaid.append((g.name, g.comment))
            return out
        keys = f"[{', '.join(self._type(t, g) for t in g.key_types)}]" if g.kind == "map" else ""
        own = self._self_arrays().get(g.name)
        if own is not None:  # `self int n[int];`: the thread's id is no key of D's
            keys = f"[{', '.join(self._type(t, g) for t in g.key_types[1:])}]"
            out.append(f"self {self._type(g.type, g)} {own}{keys};{note}")
            return out
        out.append(f"{self._type(g.type, g)} {g.name}{keys};{note}")
        return out

    def _scoped_declarations(self) -> list[str]:
        """`self` declarations for thread variables read before any assignment (a D
        script may declare them; D rejects such reads otherwise). A clause-local read
        first needs none: each clause that uses it sets it first (`this->x = 0;`);
        one D would type int where its values need stap's 64 bits is declared so."""
        out = [f"this int64_t {name};" for name in int64_locals(self.prog)]
        said = self._thread_comments()
        for (scope, name), var in self.read_first.items():
            if scope == "thread":
                t = var.type
                spelled = tables.type_name(t) if t is not None and t.kind in ("int", "str") else "int64_t"
                note = beside(said.get(name))
                out.append(f"self {spelled} {name};{note}")
                if note:
                    del said[name]
        self.unsaid += [(f"self->{name}", text) for name, text in said.items()]
        return out

    def _thread_comments(self) -> dict[str, str]:
        """The source's comments on the arrays D's thread-locals were (ir/threadvars.py),
        by the thread-local's name."""
        comments = (self.prog.options or {}).get(THREAD_COMMENTS) or {}
        if not comments:
            return {}
        present = {x.name for p in self.prog.probes for x in ir.walk([p.body, p.predicate])
                   if isinstance(x, ir.Var) and x.scope == "thread"}
        return thread_comment_names(comments, present)

    def _type(self, t: Type, g: ir.Global) -> str:
        try:
            return tables.type_name(t)
        except ValueError:
            raise XtraceError(f"global '{g.name}' has type {t}, which D cannot declare", g.loc) from None

    def _read_before_written(self, name: str) -> bool:
        return ("global", name) in self.read_first

    def _check_name(self, name: str, loc) -> None:
        if not _valid_name(name):
            raise XtraceError(f"variable name '{name}' is reserved or invalid in D", loc)

    def _inits(self) -> str:
        """Initialised globals (stap `global x = 1`) get their values in a first BEGIN."""
        lines = [f"{INDENT}{g.name} = {self.expr(g.init)};"
                 for g in self.prog.globals if g.init is not None]
        return "BEGIN\n{\n" + "\n".join(lines) + "\n}" if lines else ""

    def _suppress_unprinted(self) -> str:
        """Aggregations the IR never prints would still be dumped by D: empty them."""
        if self.omit_last:
            return ""
        printed = {a for p in self.printaggs for a in [p.agg, *p.more]}
        # (nor one whose every update a --force gap left out, nor one nothing updates:
        # D never saw it, and trunc() of it would not compile)
        updated = {x.agg for p in self.prog.probes for x in ir.walk(p.body) if isinstance(x, ir.AggUpdate)}
        lines = [f"{INDENT}trunc({self._agg(g.name)});" for g in self.prog.globals
                 if g.kind == "agg" and g.name not in printed and g.name in updated
                 and ("map", g.name) not in self.gaps.unset and ("map", g.name) not in self.gaps.unsayable]
        return "END\n{\n" + "\n".join(lines) + "\n}" if lines else ""

    def _probe(self, p: ir.Probe) -> str:
        self.probe = p
        refused = self.start_refusals.get(p.loc)
        if refused is not None:
            if p.loc in self._refused_starts:
                return ""  # the rest of a refused probe (kprocess.exec's execveat clause)
            self._refused_starts.add(p.loc)
            raise refused
        # (D's own `:libc.so.6:f:entry` reads back as written: no narrowing to note)
        notes = every_process_note([pt for pt in p.points if not pt.any_of], "the -c/-p process")
        lines = [ln for c in self.clause_comments.to_say(p.comments + notes, p.loc)
                 for ln in c_comment(c)]
        descs = []
        keys = (self.prog.options or {}).get("tracepoint_keys")
        for pt in p.points:
            alias = provider_probe_of(pt, keys) if not _reads_probe_context(p) else None
            if alias:  # Vue's @@sysproc:offcpu, stap's kernel.trace("sched_switch")
                pt = dataclasses.replace(pt, alias=alias)
            d = description(pt, keys)
            if d not in descs:
                descs.append(d)
        lines.append(",\n".join(descs))
        predicate = p.predicate
        # stap's `try { if (!(c)) next ... } catch { }`: a D clause predicated c
        guarded = clause_try_guard(p)
        if guarded is not None:
            # the guard `op != WRITE || ...` negated: `B_WRITE && ...`, not `!(B_READ) && ...`
            predicate = negated_flag_tests(guarded[0])
        if self.error_flag is not None and any(pt.kind == "end" for pt in p.points):
            skip = ir.Unary("!", ir.Var(self.error_flag, "global"), loc=p.loc)
            predicate = skip if predicate is None else ir.Binary("&&", skip, predicate, loc=p.loc)
        if predicate is not None:
            lines.append(f"/{self.expr(predicate)}/")
        lines.append("{")
        # stap's `try { clause } catch { }` is what a D clause does by itself.
        body = p.body.stmts[0].body if is_clause_try(p.body) else p.body
        if guarded is not None:
            body = ir.Block(guarded[1], loc=body.loc)
        # A stap local starts each hit at 0 or ""; D refuses to read a clause-local
        # before it is assigned, so one read first is set at the clause's start.
        used = {x.name for x in ir.walk(body) if isinstance(x, ir.Var) and x.scope == "local"}
        for (scope, name), var in self.read_first.items():
            if scope == "local" and name in used:
                zero = '""' if var.type is not None and var.type.is_str else "0"
                lines.append(f"{INDENT}this->{name} = {zero};")
        stmts = self._stmts(body.stmts, 1)
        if body.stmts and not stmts and all(pt.kind == "begin" for pt in p.points):
            return ""  # it only emptied aggregations that were empty then
        lines += stmts
        lines.append("}")
        return "\n".join(lines)

    # ------------------------------------------------------- statements

    def _stmts(self, stmts: list[ir.Stmt], depth: int) -> list[str]:
        out: list[str] = []
        i = 0
        while i < len(stmts):
            s, nxt = stmts[i], stmts[i + 1] if i + 1 < len(stmts) else None
            if isinstance(s, ir.Printf) and s.fmt == "\n" and not s.args and not s.stderr \
                    and isinstance(nxt, ir.PrintAgg) and nxt.layout == "format" \
                    and self._is_default_dump(nxt) and not (nxt.fmt or "").startswith("\n"):
                # a blank line, then the rows in DTrace's own layout: D's printa(@a)
                out += self.stmt(dataclasses.replace(nxt, layout="dtrace", fmt=None), depth)
                i += 2
                continue
            out += self.stmt(s, depth)
            i += 1
        return out

    def stmt(self, s: ir.Stmt, depth: int) -> list[str]:
        return self.gaps.attempt(lambda: self.stmt_now(s, depth),
                                 lambda ex: [INDENT * depth + gap_statement(ex)], node=s)

    def stmt_now(self, s: ir.Stmt, depth: int) -> list[str]:
        pad = INDENT * depth
        method = getattr(self, f"_s_{type(s).__name__}", None)
        if method is None:
            raise XtraceError(f"{describe(s)} has no D equivalent", s.loc)
        outer, self.notes = getattr(self, "notes", []), []
        try:
            result = method(s, depth)
            notes = self.notes
        finally:
            self.notes = outer
        lines = [pad + result] if isinstance(result, str) else result
        # what the expressions of this statement do differently in D, said above it
        # (above the first statement it concerns: a port says a note once)
        said = [n for n in dict.fromkeys(notes) if n not in self.notes_said]
        self.notes_said.update(said)
        return [pad + ln for n in said for ln in c_comment(n)] + lines

    def _s_PrintTree(self, s, depth):
        raise XtraceError("Vue's ptree() (the process tree) has no D equivalent", s.loc)

    def _s_PrintStack(self, s, depth):
        call = ("ustack" if s.user else "stack") + ("()" if s.depth is None else f"({s.depth})")
        if s.layout == "dtrace":  # (stap's port of D's stack(N): dhelpers_calls.py)
            return call + ";"
        if s.user:
            err = XtraceError("this user stack layout has no D equivalent (D's ustack() prints "
                              "`file`symbol+offset lines)", s.loc)
        elif s.depth is not None:
            err = XtraceError("a stack of a limited number of frames has no D equivalent in "
                              "xtrace", s.loc)
        elif s.layout.startswith("vue"):
            err = XtraceError("Vue's stktrace() layout has no D equivalent (D's stack() "
                              "prints `module`symbol+offset lines)", s.loc)
        else:
            err = XtraceError("stap's print_backtrace() layout has no D equivalent (D's stack() "
                              "prints `module`symbol+offset lines)", s.loc)
        # (--force) the same frames in D's layout
        if not self.gaps.substitute(err):
            raise err
        pad = INDENT * depth
        where = "file" if s.user else "module"
        return [pad + nearest_comment(err, stack_differs(s, f"D's {call}", f"`{where}`symbol+0xoff` "
                                                         "lines, indented, after a blank line")),
                pad + call + ";"]

    def _may_start_blank(self, s: ir.Expr) -> bool:
        """Whether string s may begin with a blank, a tab or '+': a literal that does, or a
        clause-local variable that the clause does not only set to literals that do not."""
        if isinstance(s, ir.StrLit):
            return s.value[:1] in (" ", "\t", "+")
        if not (isinstance(s, ir.Var) and s.scope == "local" and self.probe is not None):
            return True
        stores = [x.value for x in ir.walk(self.probe.body) if isinstance(x, ir.Assign)
                  and isinstance(x.target, ir.Var) and x.target.scope == "local"
                  and x.target.name == s.name]
        return not stores or any(not isinstance(v, ir.StrLit) or v.value[:1] in (" ", "\t", "+")
                                 for v in stores)

    def _s_ExprStmt(self, s, depth):
        e = s.expr
        if _negative_int_store(e, self.prog.lang):
            # D types `this->m = -1` int, stap's -1 is 64 bits: printed with %u, %x or %o
            # D showed 4294967295 where stap shows 18446744073709551615 (systemtap.printf
            # int1.stp); the suffix gives the variable stap's width
            return f"{self.expr(e.target)} = {e.value.value}LL;"
        wide = _int_constant_store(e, self.prog.lang)
        if wide is not None:
            # `long_min = -2147483647-1` (systemtap.base limits.stp): D computes it in
            # int, whose %x shows 80000000 where stap's 64 bits show ffffffff80000000;
            # the first literal's suffix makes D compute it in 64 bits
            lead = _leading_literal(e.value)
            if lead is not None:
                self._wide_literals.add(id(lead))
                try:
                    return f"{self.expr(e.target)} = {self.expr(e.value)};"
                finally:
                    self._wide_literals.discard(id(lead))
        steps = steps_of(e, self.prog)
        if steps is not None:  # a long strjoin() nest: one strjoin() a statement
            return self._join_steps(e.target, *steps, INDENT * depth)
        if isinstance(e, ir.Assign):
            e = implicit_store(e, self._declared_type(e.target), statement=True)
        return f"{self.expr(e)};"

    def _join_steps(self, target: ir.Var, local: Optional[ir.Var], pieces: list[ir.Expr],
                    pad: str) -> list[str]:
        """`t = strjoin(a, b); t = strjoin(t, c); ...` (joinsteps.py), built in `local`
        and stored in `target` at the end when the target is not clause-local."""
        into = self.expr(local if local is not None else target)
        lines = [f"{pad}{into} = strjoin({self.expr(pieces[0])}, {self.expr(pieces[1])});"]
        lines += [f"{pad}{into} = strjoin({into}, {self.expr(p)});" for p in pieces[2:]]
        if local is not None:
            lines.append(f"{pad}{self.expr(target)} = {into};")
        return lines

    def _declared_type(self, target: ir.Expr) -> Optional[Type]:
        """The C type a global scalar is declared with here (its stores convert to it)."""
        if isinstance(target, ir.Var) and target.scope == "global":
            for g in self.prog.globals:
                if g.name == target.name and g.kind == "scalar" and g.type is not None \
                        and g.type.kind == "int":
                    return g.type
        return None

    def _s_Block(self, s, depth):
        # a block of its own scopes nothing in D (this-> lives for the clause), and
        # DTrace's grammar has braces only around a clause and an if's arms
        return self._stmts(s.stmts, depth)

    def _s_If(self, s, depth):
        decided = ir.defined_outcome(s.cond)
        if decided is not None:
            # stap's @defined(), which analysis resolved at this probe: the arm it takes,
            # not `if (0) { } else ...`
            taken = s.then if decided else s.else_
            if taken is None:
                return []
            return self._body(taken, depth) if isinstance(taken, ir.Block) else self.stmt(taken, depth)
        if s.ternary:
            line = self._ternary_statement(s, depth)
            if line is not None:
                return [line]
        out = self._guarded(s.cond, lambda: self._arm([], f"if ({self.expr(s.cond)})", s.then, depth,
                                                      s.else_ is not None))
        els = s.else_
        while isinstance(els, ir.If):
            out = self._guarded(els.cond, lambda out=out, els=els: self._arm(
                out, f"else if ({self.expr(els.cond)})", els.then, depth, els.else_ is not None))
            els = els.else_
        if els is not None:
            out = self._arm(out, "else", els, depth, False)
        return out

    def _ternary_statement(self, s: ir.If, depth: int) -> Optional[str]:
        """D's `c ? printf(a) : 1;` as the script wrote it (an `if` is basic blocks of
        its own to DTrace, framed apart when not quiet: ir/sugarblocks.py), or None
        when a branch is not one statement on one line."""
        arms = []
        for arm in (s.then, s.else_):
            if arm is None:
                arms.append("1")
                continue
            stmts = arm.stmts if isinstance(arm, ir.Block) else [arm]
            try:
                # (stmt_now: a branch D cannot say is left to the `if` form, whose
                # stmt() records the gap once)
                lines = self.stmt_now(stmts[0], 0) if len(stmts) == 1 else []
            except XtraceError:
                return None
            if len(lines) != 1 or not lines[0].endswith(";"):
                return None
            arms.append(lines[0][:-1])
        return f"{INDENT * depth}{self.expr(s.cond)} ? {arms[0]} : {arms[1]};"

    def _guarded(self, cond: ir.Expr, arm: Callable[[], list[str]]) -> list[str]:
        """`arm()`, an if's then-arm printed, with `cond` known to hold in it (Vue's
        __rv under `if (__rv > 0)` is arg0: ir/failguard.py)."""
        self._guards.append(cond)
        try:
            return arm()
        finally:
            self._guards.pop()

    def _arm(self, out: list[str], head: str, body: ir.Stmt, depth: int,
             dangling: bool) -> list[str]:
        """`out` and one arm of an if: braces exactly when the IR has a Block (so that it
        reads back the same: the lowering keeps a lone statement without braces as that
        statement), or when the statement takes several D statements, or is an if that
        would capture the else that follows."""
        pad = INDENT * depth
        if head.startswith("else") and out and out[-1] == pad + "}":
            out, head = out[:-1], "} " + head
        if not isinstance(body, ir.Block):
            lines = self.stmt(body, depth + 1)
            if (len(lines) == 1 or isinstance(body, ir.If)) and not (dangling and isinstance(body, ir.If)):
                return out + [pad + head] + lines
        return out + [f"{pad}{head} {{"] + self._body(body, depth + 1) + [pad + "}"]

    def _body(self, s: ir.Stmt, depth: int) -> list[str]:
        return self._stmts(s.stmts, depth) if isinstance(s, ir.Block) else self.stmt(s, depth)

    def _s_Printf(self, s, depth):
        if s.fmt == TRACE_FORMAT and len(s.args) == 1 and is_symbol_action(s.args[0]) and not s.stderr:
            return f"{self.expr(s.args[0])};"  # how the action prints (a port's printf of it)
        if s.stderr:
            what = "stap's warn()" if self.prog.lang == "stap" else "Vue's eprintf"
            raise XtraceError(f"printing to standard error ({what}) has no D equivalent: D "
                              "prints to standard output only (nearest: printf(), which mixes "
                              "the message into the output)", s.loc)
        if self.prog.lang == "stap" and escaped_char_conversion(s.fmt):
            raise XtraceError("stap's %#c (the character with C's escapes: \\n, \\000) has no "
                              "D equivalent (D's %c writes the character itself)", s.loc)
        if self.prog.lang == "stap":
            dated = ctime_printf_as_date(
                s, lambda c: isinstance(conststr.value(c, self._constant_leaf()), str))
            if dated is not None:
                # stap's ctime() printed: D's %Y is the nearest, another text (ctime_date.py)
                err = XtraceError("function 'ctime' has no D equivalent; nearest: " + CTIME_NEAREST,
                                  next(a.loc for a in s.args if isinstance(a, ir.Call) and a.name
                                       == "ctime" and not isinstance(conststr.value(
                                           a, self._constant_leaf()), str)))
                if not self.gaps.substitute(err):
                    raise err
                return [INDENT * depth + nearest_comment(err, CTIME_DIFFERS),
                        INDENT * depth + self._s_Printf(dated, depth)]
        fmt = explicit_hex_prefix(s.fmt, s.args) if self.prog.lang == "stap" else s.fmt
        # stap's %ld of a u16 prints it as stap holds it, 64 bits: D's %d does, not its %ld
        if self.prog.lang == "stap":
            fmt = unsigned_narrow_as_plain(fmt, [self._unsigned_narrow(a) for a in s.args])
        fmt, unquoted = quotes_in_format(fmt, s.args, lambda a: self._user_string_arg(a) is not None)
        # a string literal of a plain %s is written into the format (ir/printflits.py)
        # and so is one of a strjoin()'s literal pieces the printer built (printedjoins.py)
        fmt, texts = fold_literal_texts(*joins_split(fmt, self._printf_args(s, unquoted)))
        args = "".join(", " + a for a in texts)
        return f"printf({encode_string(fmt)}{args});"

    def _unsigned_narrow(self, e: ir.Expr) -> bool:
        """Whether D holds `e` as an unsigned integer narrower than 64 bits: a cast to
        one (ntohs()'s byte swap), or a clause-local every store of this clause puts
        one in (`this->sport = ntohs(...)`)."""
        if isinstance(e, ir.Cast):
            return e.to.is_int and not e.to.signed and e.to.bits < 64
        if isinstance(e, ir.Var) and e.scope == "local" and self.probe is not None:
            stores = [x.value for x in ir.walk(self.probe.body) if isinstance(x, ir.Assign)
                      and isinstance(x.target, ir.Var) and x.target.scope == "local"
                      and x.target.name == e.name]
            return bool(stores) and all(isinstance(v, ir.Cast) and self._unsigned_narrow(v)
                                        for v in stores)
        return False

    def _user_string_arg(self, e: ir.Expr) -> Optional[str]:
        """copyinstr() of the raw argument a stap syscall variable of a user string
        reads (which stap prints quoted), when the clause has it in one place."""
        from xtrace.ir import syscalls
        if not isinstance(e, ir.SyscallVar):
            return None
        arms = syscalls.raw_arg_arms(e.name, self.probe.points if self.probe else [])
        if arms is None or len(arms) != 1 or arms[0][0][1] != syscalls.USTR:
            return None
        return f"copyinstr(arg{arms[0][0][0]})"

    def _printf_args(self, s, unquoted: Optional[list[bool]] = None) -> list[str]:
        """The arguments; a negative 64-bit constant D would read as an int (-1) and
        that a %x/%o/%u shows unsigned gets the LL suffix, so that D shows its 64
        bits (a non-negative int shows the same either way). A narrower-than-64-bit
        signed value masked to its width and shown so is written without the mask,
        which D's %x/%o/%u applies itself (the mask a Vue translation writes)."""
        convs = [m.group(2) for m in ir.PRINTF_CONVERSION.finditer(s.fmt) if m.group(1) != "%"]
        if ir.has_star_conversion(s.fmt) or len(convs) != len(s.args):
            convs = [""] * len(s.args)
        out = []
        for k, (conv, a) in enumerate(zip(convs, s.args)):
            if unquoted and unquoted[k]:
                out.append(self._user_string_arg(a))  # its quotes are in the format
                continue
            if conv in ("x", "X", "o", "u") and _masked_to_own_width(a):
                out.append(self.expr(a.lhs))  # D's int, not widened with LL
                continue
            text = self.expr(a)
            value = _small_constant(a)
            if conv in ("x", "X", "o", "u") and value is not None and a.type is not None \
                    and a.type.is_int and a.type.bits == 64 and -(1 << 31) <= value < 0:
                text += "LL"  # on the literal of `~0` / `-5` too: ~0LL is ~(0LL)
            out.append(text)
        return out

    def _s_Raise(self, s, depth):
        if isinstance(s.sig, ir.IntLit) and s.sig.value == int(SIGSTOP):
            return "stop();"
        return f"raise({self.expr(s.sig)});"

    def _s_Delay(self, s, depth):
        # chill() counts nanoseconds: stap's udelay() microseconds, mdelay() milliseconds
        return f"chill({self.expr(ir.scaled(s.amount, ir.DELAY_NS[s.unit]))});"

    def _s_System(self, s, depth):
        args = "".join(", " + self.expr(a) for a in s.args)
        return f"system({encode_string(s.fmt)}{args});"

    def _s_Fail(self, s, depth):
        raise XtraceError("stap's error(msg) (a run-time error with the script's message) has "
                          "no D equivalent", s.loc)

    def _s_Exit(self, s, depth):
        return f"exit({self.expr(s.status) if s.status is not None else 0});"

    def _s_While(self, s, depth):
        word = "for" if s.step is not None else "while"
        why = self.counted_reasons.get(s.loc)
        raise XtraceError(f"D has no loops; this '{word}' loop cannot be expressed in D"
                          + (f" ({why})" if why else ""), s.loc)

    def _s_ForEach(self, s, depth):
        why = self.loop_reasons.get(s.loc)
        if why is not None:
            raise XtraceError(f"D has no loops; this foreach over '{s.map}' cannot be expressed "
                              f"in D: {why}", s.loc)
        err = XtraceError(f"D has no loops; this foreach over '{s.map}' cannot be expressed in D "
                          "(only printing every element of an aggregation, with printa)", s.loc)
        forced = self.forced_loops.get(s.loc)
        if forced is None or not self.gaps.substitute(err):
            raise err
        pa, differs = forced
        return [INDENT * depth + nearest_comment(err, differs)] + self._s_PrintAgg(pa, depth)

    def _s_Break(self, s, depth):
        raise XtraceError("D has no loops; 'break' cannot be expressed in D", s.loc)

    def _s_Continue(self, s, depth):
        raise XtraceError("D has no loops; 'continue' cannot be expressed in D", s.loc)

    def _s_Return(self, s, depth):
        raise XtraceError("D has no user-defined functions; 'return' cannot be expressed in D", s.loc)

    def _s_Next(self, s, depth):
        raise XtraceError("'next' (leave the probe handler early) has no D equivalent", s.loc)

    def _s_Comment(self, s, depth):
        return [INDENT * depth + ln for ln in c_comment(s.text)]

    def _s_AggUpdate(self, s, depth):
        if s.agg in self.hist_nearest:
            self.gaps.substitute(self.hist_nearest[s.agg])
            s = hist_as_quantize(s)
        func = self.agg_func.get(s.agg, s.func)
        if func not in tables.AGG_FUNCS:
            raise XtraceError(f"aggregating function {func}() has no D equivalent", s.loc)
        if s.func not in (func, "stats"):
            raise XtraceError(f"aggregation '{s.agg}' is updated with {s.func}() and "
                              f"{func}()", s.loc)
        args = ", ".join(self.expr(a) for a in s.args) if func != "count" else ""
        self.defined.add(s.agg)
        return f"{self._agg(s.agg, s.keys)} = {func}({args});"

    def _agg(self, name: str, keys: Optional[list[ir.Expr]] = None) -> str:
        text = "@" if name == ANON_AGG and is_anon(self.prog) else "@" + name
        if text != "@" and not re.fullmatch(r"@[A-Za-z_][A-Za-z_0-9]*", text):
            raise XtraceError(f"aggregation name '{name}' is invalid in D")
        if keys:
            text += "[" + ", ".join(self.expr(k) for k in keys) + "]"
        return text

    def _s_PrintAgg(self, s: ir.PrintAgg, depth, origin: Optional[ir.PrintAgg] = None):
        """printa() of `s`; `origin`: the program's statement `s` was made from (a stap
        histogram's print), where its place in the program is looked up."""
        if id(s) in self.premature:
            names, later = self.premature[id(s)]
            said = ", ".join(f"'{a}'" for a in names)
            them = "them" if len(names) > 1 else "it"
            when = f"before any statement adds to {them}" if later else "which no statement adds to"
            raise XtraceError(f"printing {said}, {when}, has no D equivalent: D knows an "
                              f"aggregation from its first update on, and printa() of {them} here "
                              "does not compile (nearest: print it in a clause after the one "
                              "that first updates it)", s.loc)
        if s.marks:
            raise XtraceError(f"this loop prints the rows of '{s.agg}' and sets "
                              f"{', '.join(s.marks)} where it prints one: D's printa() sets no "
                              "variable (nearest: printa() and the store after it)", s.loc)
        if s.layout.startswith("vue_range"):
            err = XtraceError(f"Vue's print() of the range_t distributions in '{s.agg}' "
                              "(qrange()) has no D equivalent: its Range/Count tables are not "
                              "a D layout (nearest: printa() of an lquantize() or quantize() "
                              "aggregation)", s.loc)
            if s.more or not self.gaps.substitute(err):
                raise err
            # the aggregation counts the range's slots as D's buckets: printa shows them
            return [INDENT * depth + nearest_comment(err, forced_differs(s, "D's printa()"))] \
                + self._s_PrintAgg(as_histogram_print(s), depth)
        if s.layout == "stap_hist" and s.agg in self.hist_nearest:
            self.gaps.substitute(self.hist_nearest[s.agg])
            # (the comment at the print; the warning, once, at the statistic's declaration)
            here = XtraceError(self.hist_nearest[s.agg].message, s.loc)
            return [INDENT * depth + nearest_comment(here, hist_differs(s))] \
                + self._s_PrintAgg(hist_as_printa(s, self.agg_func[s.agg]), depth, origin=s)
        if s.agg not in self.aggs:
            raise XtraceError(f"printing '{s.agg}', which is not an aggregation", s.loc)
        if s.value_func != self.agg_func[s.agg]:
            raise XtraceError(f"printing the {s.value_func} of aggregation '{s.agg}', which "
                              f"D aggregates with {self.agg_func[s.agg]}()", s.loc)
        lines = self._order_options(s)
        if s.limit is not None:
            # trunc(@a, n) keeps the n largest values, trunc(@a, -n) the n smallest.
            if s.sort_by != "value":
                raise XtraceError("printing the first rows of an aggregation sorted by key "
                                  f"has no D equivalent (trunc(@{s.agg}, N) keeps the N largest "
                                  "values, not the first keys; nearest: every row, printa "
                                  "sorted by key under aggsortkey)", s.loc)
            n = s.limit if s.descending else -s.limit
            if not limit_is_final(self.prog, origin or s, s.agg):
                raise XtraceError(f"printing the first {s.limit} rows of '{s.agg}' has no D "
                                  f"equivalent here: trunc(@{s.agg}, {n}) before printa drops the "
                                  "other rows for good, and this aggregation is printed again or "
                                  f"goes on (nearest: trunc(@{s.agg}, {n}) and printa right before "
                                  f"emptying it with trunc(@{s.agg}))", s.loc)
            lines.append(f"trunc({self._agg(s.agg)}, {n});")
        aggs = ", ".join(self._agg(a) for a in [s.agg, *s.more])
        if s.layout == "dtrace":
            lines.append(f"printa({aggs});")
        elif s.layout == "format" and s.fmt is not None:
            lines.append(f"printa({encode_string(self._printa_format(s, s.fmt))}, {aggs});")
        elif s.layout == "stap":
            lines.append(f"printa({encode_string(self._stap_format(s))}, {self._agg(s.agg)});")
        else:
            raise XtraceError(f"aggregation print layout '{s.layout}' has no D equivalent", s.loc)
        return [INDENT * depth + line for line in lines]

    def _printa_format(self, s: ir.PrintAgg, fmt: str) -> str:
        """The IR row format (keys then value) as a printa format (value as %@)."""
        try:
            convs = [c for c in conversions(fmt) if c.conv != "%"]
        except FormatError as e:
            raise XtraceError(f"format of aggregation '{s.agg}': {e}", s.loc) from None
        if any(c.is_agg for c in convs):
            return fmt  # already in printa's own form (several aggregations, %@ anywhere)
        nkeys = self._nkeys(s.agg)
        if nkeys is None:
            nkeys = len(convs) - 1
        if len(convs) == nkeys + 1:
            return add_agg_flag(fmt, convs[-1])
        if len(convs) == nkeys:
            return fmt  # prints the keys only, as printa does without a %@
        raise XtraceError(f"format of aggregation '{s.agg}' has {len(convs)} conversions "
                          f"for {nkeys} key(s) and a value", s.loc)

    def _stap_format(self, s: ir.PrintAgg) -> str:
        """stap's `name[k1,k2]=value` auto-print row as a printa format."""
        g = self.prog.global_named(s.agg)
        if g is not None and g.agg_func == "stats":
            raise XtraceError(f"stap's auto-print of the statistics '{s.agg}' shows @count, @min, "
                              "@max, @sum and @avg, and a D aggregation holds one of them (nearest: "
                              "one aggregation per statistic, printed by one printa)", s.loc)
        types = self._key_types(s.agg)
        if types is None:
            raise XtraceError(f"cannot print aggregation '{s.agg}' in stap layout: "
                              "its key types are unknown", s.loc)
        # an aggregation kept beside an array prints as the array (ir/printedvalues.py)
        return stap_row_format(g.shown if g is not None and g.shown else s.agg, types)

    def _s_Trace(self, s: ir.Trace, depth):
        if is_symbol_action(s.expr):  # func(addr); prints as trace() would
            return f"{self.expr(s.expr)};"
        return f"trace({self.expr(s.expr)});"

    def _s_TraceMem(self, s: ir.TraceMem, depth):
        shown = f", {self.expr(s.shown)}" if s.shown is not None else ""
        return f"tracemem({self.expr(s.addr)}, {s.size}{shown});"

    def _s_TraceValue(self, s: ir.TraceValue, depth):
        # D has tracemem() of an address, and no address of a D variable.
        err = XtraceError("Vue's trace() (a hex dump of a variable's bytes) has no D equivalent; "
                          "nearest: printf of the value", s.loc)
        near = trace_value_printf(s)
        if near is None or not self.gaps.substitute(err):
            raise err
        return [INDENT * depth + nearest_comment(err, near[1]),
                INDENT * depth + f"printf({encode_string(near[0])}, {self.expr(s.value)});"]

    def _s_Speculate(self, s: ir.Speculate, depth):
        if s.tentative is not None:
            raise XtraceError(_NO_TENTATIVE, s.loc)
        return f"speculate({self.expr(s.id)});"

    def _s_SpecEnd(self, s: ir.SpecEnd, depth):
        if s.tentative is not None:
            raise XtraceError(_NO_TENTATIVE, s.loc)
        return f"{s.op}({self.expr(s.id)});"

    def _s_SpecStop(self, s: ir.SpecStop, depth):
        raise XtraceError(_NO_TENTATIVE, s.loc)

    def _s_AggControl(self, s: ir.AggControl, depth):
        if id(s) in self.premature:
            if not self.premature[id(s)][1]:
                return []  # (of an aggregation nothing fills: it is empty whenever this runs)
            raise XtraceError(f"{s.op}() of '{s.agg}' before any statement adds to it has no D "
                              "equivalent: D knows an aggregation from its first update on "
                              f"(nearest: {s.op}() it in a clause after the one that first "
                              "updates it)", s.loc)
        args = "".join(f", {self.expr(a)}" for a in s.args)
        return f"{s.op}({self._agg(s.agg)}{args});"

    def _s_SetOpt(self, s: ir.SetOpt, depth):
        value = f", {encode_string(s.value)}" if s.value is not None else ""
        return f"setopt({encode_string(s.name)}{value});"

    def _s_PrintVar(self, s: ir.PrintVar, depth):
        g = self.prog.global_named(s.name)
        if s.layout != "stap":
            raise XtraceError(vue_print_refusal(s, g, self._nkeys(s.name) if s.name in self.aggs
                                                else None), s.loc)
        if g is not None and g.kind == "map":
            raise XtraceError(f"auto-print of the array '{s.name}' has no D equivalent: D cannot "
                              "walk an array, and an aggregation of its values beside it cannot "
                              f"follow it: {printedvalues.refusal(self.prog, s.name)}", s.loc)
        if g is None or g.kind != "scalar" or g.type is None:
            raise XtraceError(f"auto-print of '{s.name}' has no D equivalent "
                              "(only scalars of known type)", s.loc)
        # stap prints a number global with %#x: 0x always, also for 0
        conv = '\\"%s\\"' if g.type.is_str else "0x%x"
        return f'printf("{s.label or s.name}={conv}\\n", {s.name});'

    def _s_Delete(self, s: ir.Delete, depth):
        g = self.prog.global_named(s.map)
        if g is not None and g.kind == "agg":
            if s.keys is not None:
                raise XtraceError("deleting one element of an aggregation has no D equivalent",
                                  s.loc)
            if s.map not in self.defined:
                # D knows an aggregation from its first assignment on; before it,
                # the aggregation is empty anyway (Vue's `l = list()` in @@BEGIN).
                if self.probe is not None and all(p.kind == "begin" for p in self.probe.points):
                    return []
                raise XtraceError(f"emptying '{s.map}' before any statement adds to it has no "
                                  "D equivalent (D knows an aggregation from its first "
                                  "assignment on)", s.loc)
            return f"trunc({self._agg(s.map)});"
        if g is not None and g.kind == "map" and s.keys is not None:
            # Storing zero frees a D dynamic variable: that is D's delete. A string
            # element is not freed by "", but reads "" as a deleted one does.
            zero = '""' if g.type is not None and g.type.is_str else "0"
            return f"{self._element(s.map, s.keys)} = {zero};"
        if g is not None and g.kind == "scalar" and s.keys is None and g.type is not None:
            # stap's delete of a scalar sets it back to 0 or "" (ir/rtnormal.py compares so)
            return f"{s.map} = " + ('"";' if g.type.is_str else "0;")
        if g is not None and g.kind == "map" and s.keys is None:
            # delete.stp's `d[1] = 1; delete d[1]; delete d;`
            raise XtraceError(f"`delete {s.map}` clears every element of the array, which D "
                              "cannot do to an associative array (only to an aggregation, "
                              f"with clear() or trunc()); nearest: delete each element it set, "
                              f"`{s.map}[key] = 0`", s.loc)
        raise XtraceError(f"delete of '{s.map}' has no D equivalent", s.loc)

    # ------------------------------------------------------- expressions

    def expr(self, e: ir.Expr) -> str:
        return self._x(e)[0]

    def _x(self, e: ir.Expr) -> tuple[str, int]:
        kvar = kernel_vars.variable_read(e)
        if kvar is not None:
            return _kernel_var(*kvar)
        member = kernel_vars.member_address_read(e)
        if member is not None:  # `major_names[i]->name (a char array: its address)
            return f"`{member[0]}[{self.expr(member[1])}]->{member[2]}", P_POSTFIX
        element = kernel_vars.element_read(e)
        if element is not None:  # `avenrun[i]
            return f"`{element[0]}[{self.expr(element[1])}]", P_POSTFIX
        method = getattr(self, f"_x_{type(e).__name__}", None)
        if method is None:
            raise XtraceError(f"{describe(e)} has no D equivalent", e.loc)
        return method(e)

    def _paren(self, e: ir.Expr, min_prec: int) -> str:
        text, prec = self._x(e)
        return f"({text})" if prec < min_prec else text

    def _x_IntLit(self, e):
        if self._inline(e):
            return e.name, P_PRIMARY
        suffix = "LL" if id(e) in self._wide_literals else ""
        return ir.int_text(e) + suffix, (P_UNARY if e.value < 0 else P_PRIMARY)

    def _inline(self, e) -> bool:
        """Whether the constant e keeps the name the source gave it (as a D inline):
        only a name D can use that no variable of the program takes and that stands
        for one value."""
        if e.name is None or not _valid_name(e.name) or e.name in self.var_names:
            return False
        if isinstance(e, ir.IntLit):
            if translators.CONSTANTS.get(e.name) == e.value:
                return True  # DTrace's own library defines it (io.d's B_READ): no inline
            if not -(1 << 31) <= e.value < (1 << 31):
                return False
            decl = f"inline int {e.name} = {e.value};"
        else:
            decl = f"inline string {e.name} = {encode_string(e.value)};"
        return self.inlines.setdefault(e.name, decl) == decl

    def _x_RegexMatch(self, e):
        test = as_string_test(e)  # a substring, whole-string or prefix test
        if test is not None:
            return self._x(test)
        raise XtraceError("stap's regular expression match (=~, !~) has no D equivalent", e.loc)

    def _x_Defined(self, e):
        # resolved against the target by analysis: D says it as the constant
        if e.value is None:
            raise XtraceError("stap's @defined() has no D equivalent", e.loc)
        return ("1" if e.value else "0"), P_PRIMARY

    def _x_ScriptArg(self, e):
        return f"{'$$' if e.as_string and not e.quoted_text else '$'}{e.index}", P_PRIMARY

    def _constant_leaf(self):
        """The leaf of ir/conststr.value(): a local of the clause that holds one
        literal throughout (ir/constlocals.py) is it."""
        body = self.probe.body if self.probe is not None else None
        return local_leaf(constant_locals(body) if isinstance(body, ir.Block) else {})

    def _x_ContextVars(self, e):
        # those whose expansion prints numbers only are printfs by now
        raise XtraceError(unported_reason(e, "D"), e.loc)

    def _x_Sprintf(self, e):
        text = stapconst.sprintf_value(e, self.prog.lang, self._constant_leaf())
        if text is None:
            raise XtraceError(f"{describe(e)} has no D equivalent", e.loc)
        # a formatted string of constants is the string it makes: D has no sprintf(),
        # a porter writes the text
        return self._x_StrLit(ir.StrLit(text, loc=e.loc, type=e.type))

    def _x_StrLit(self, e):
        if self._inline(e):
            return e.name, P_PRIMARY
        return encode_string(e.value), P_PRIMARY

    def _x_Var(self, e):
        if e.scope == "thread":
            return f"self->{e.name}", P_POSTFIX
        if e.scope == "local":
            return f"this->{e.name}", P_POSTFIX
        self._check_name(e.name, e.loc)
        return e.name, P_PRIMARY

    def _x_Index(self, e):
        return self._element(e.map, e.keys), P_POSTFIX

    def _element(self, name: str, keys: list[ir.Expr]) -> str:
        """`a[k]`, or `self->a[k]` for a per-thread array's element of the current
        thread (its first key tid: ir/threadexit.py, frontends/d/tlsarrays.py)."""
        own = self._self_arrays().get(name)
        if own is not None and len(keys) > 1 and keys[0] == ir.Builtin("tid"):
            return f"self->{own}[{', '.join(self.expr(k) for k in keys[1:])}]"
        return f"{name}[{', '.join(self.expr(k) for k in keys)}]"

    def _self_arrays(self) -> dict[str, str]:
        """Per-thread arrays written as D's `self->` arrays -> their `self->` names:
        those every use of which is the current thread's element under at least one
        key of the script's (`self_n` is `self->n`, as tlsarrays.py names it)."""
        if not hasattr(self, "_self_names"):
            threads = {x.name for p in self.prog.probes for x in ir.walk([p.body, p.predicate])
                       if isinstance(x, ir.Var) and x.scope == "thread"}
            self._self_names = {}
            for g in self.prog.globals:
                if g.kind != "map" or not g.per_thread:
                    continue
                uses = [x for p in self.prog.probes for x in ir.walk([p.body, p.predicate])
                        if isinstance(x, (ir.Index, ir.InMap, ir.Delete)) and x.map == g.name]
                if not all(x.keys and len(x.keys) > 1 and x.keys[0] == ir.Builtin("tid")
                           and not any(isinstance(k, ir.Wildcard) for k in x.keys) for x in uses):
                    continue
                own = g.name[len("self_"):] if g.name.startswith("self_") else g.name
                if own.rstrip("_") and own not in threads:
                    self._self_names[g.name] = own
        return self._self_names

    def _x_UStack(self, e):
        name = "stack" if e.kernel else "ustack"
        return (f"{name}()" if e.depth is None else f"{name}({e.depth})"), P_PRIMARY

    def _x_Builtin(self, e):
        points = self.probe.points if self.probe else []
        if e.name == "retval":
            kinds = {p.kind for p in points}
            if not points or not all(p.is_return for p in points) or not kinds <= {"syscall", "kfunc", "ufunc"}:
                raise XtraceError("the return value is only available at syscall or fbt "
                                  "return probes in D", e.loc)
            return ("arg0" if kinds == {"syscall"} else "arg1"), P_PRIMARY
        if e.name == "syscall_name" and points and all(p.kind == "syscall" for p in points):
            # stap's `name` says mmap2, pread, pwrite and getdents where D's probefunc says the
            # kernel's names (mmap, pread64, pwrite64, getdents64)
            renamed = [k for k in STAP_NAME_OF if any(fnmatch.fnmatchcase(k, p.name) for p in points)] \
                if self.prog.options.get("syscall_names") == "stap" else []
            if not renamed:
                return "probefunc", P_PRIMARY
            arms = "".join(f'probefunc == "{k}" ? "{STAP_NAME_OF[k]}" : ' for k in renamed)
            return f"{arms}probefunc", P_TERNARY
        if e.name == "probe_id":
            return "id", P_PRIMARY
        if e.name == "uaddr":  # stap's user PC: where the thread's user registers point
            return "uregs[R_PC]", P_POSTFIX
        if e.name in tables.BUILTIN_VARS:
            if e.name in ("arg0", "arg1") and any(p.is_return for p in points):
                raise XtraceError(f"{e.name} at a return probe has no D equivalent "
                                  "(D passes the return value there)", e.loc)
            return e.name, P_PRIMARY
        if e.name == "target":
            return "$target", P_PRIMARY
        if e.name == "tracer_pid":  # the tracing process: dtrace's own, D's $pid
            return "$pid", P_PRIMARY
        if e.name == "kernelmode" and self._kernelmode() is not None:
            return str(self._kernelmode()), P_PRIMARY  # a constant of the clause's points
        if e.name == "pp" and points and all(p.kind in ("begin", "end", "timer") and p.spelling
                                             for p in points):
            # The point as the source spells it (stap's "timer.ms(50)"), a constant of
            # the clause; a clause on BEGIN and END tells them apart by probename.
            if len(points) == 1:
                return encode_string(points[0].spelling), P_PRIMARY
            if [p.kind for p in points] in (["begin", "end"], ["end", "begin"]):
                begin = next(p.spelling for p in points if p.kind == "begin")
                end = next(p.spelling for p in points if p.kind == "end")
                return (f'probename == "BEGIN" ? {encode_string(begin)} : {encode_string(end)}',
                        P_TERNARY)
            # each point is a probe of its own name (BEGIN, tick-10ms, tick-60s)
            names = [description(p).rsplit(":", 1)[-1] for p in points]
            if len(set(names)) == len(names):
                text = encode_string(points[-1].spelling)
                for name, p in reversed(list(zip(names[:-1], points[:-1]))):
                    text = f"probename == {encode_string(name)} ? {encode_string(p.spelling)} : {text}"
                return text, P_TERNARY
        if e.name == "pp" and pp_as_d(points) is not None:
            # kernel or user functions, tracepoints: the point that fired, built from
            # the name D gives it (probefunc, probename)
            text, ternary = pp_as_d(points)
            return text, P_TERNARY if ternary else P_POSTFIX
        if e.name in _CREDENTIALS:
            return f"curpsinfo->{_CREDENTIALS[e.name]}", P_POSTFIX
        nearest = _NEAREST_BUILTIN.get(e.name)
        why = argstr_refusal(self.prog, e) if e.name == "argstr" else None
        stap_name = stap_function_of(e.name) if self.prog.lang == "stap" else None
        raise XtraceError((f"stap's {stap_name}" if stap_name else f"built-in '{e.name}'")
                          + " has no D equivalent"
                          + (f" here ({why})" if why else "")
                          + (f"; nearest: {nearest}" if nearest else ""), e.loc)

    def _x_Translated(self, e):
        return e.text, P_POSTFIX

    def _x_SyscallVar(self, e):
        from xtrace.ir import syscalls
        arms = syscalls.raw_arg_arms(e.name, self.probe.points if self.probe else [])
        if arms is None:
            why = argstr_refusal(self.prog, e) or "D has only the raw arguments, arg0..arg5"
            raise XtraceError(f"stap's syscall variable '{e.name}' has no D equivalent here "
                              f"({why})", e.loc)
        # where the syscalls have it in different places, probefunc (the syscall
        # that fired) picks the argument
        text = _raw_arg(*arms[-1][0])
        if len(arms) == 1:
            return text, P_UNARY
        for (index, ctype), which in reversed(arms[:-1]):
            cond = " || ".join(f'probefunc == "{w}"' for w in which)
            text = f"{cond} ? {_raw_arg(index, ctype)} : {text}"
        return text, P_TERNARY  # parenthesized where it binds too loosely

    def _x_ProbeArg(self, e):
        points = self.probe.points if self.probe else []
        if e.position is not None:
            return f"args[{e.position}]", P_POSTFIX
        if points and e.index is not None and all(p.kind == "kfunc" and not p.is_return for p in points):
            return f"args[{e.index}]", P_POSTFIX  # stap's $file of vfs_read is fbt's args[0]
        if points and e.index is not None and all(p.kind == "umark" for p in points):
            return f"arg{e.index}", P_PRIMARY  # an SDT marker's $arg1 is USDT's arg0
        if points and e.index is not None and e.index < 0 and all(p.kind == "tracepoint" and not p.alias
                                                                  for p in points):
            arms = self._tracepoint_arg_arms(e.name, points)
            if arms is not None:
                return f"({arms})", P_PRIMARY  # parenthesized: a cast may take it
        if points and e.index is not None and all(p.kind == "tracepoint" and not p.alias for p in points):
            # a tracepoint's args[N] is its argument N as an integer (a pointer is cast
            # where a member is read: _member)
            return f"args[{e.index}]", P_POSTFIX
        if e.index is not None and entry_points_only(points):
            # stap's `$count` of syscall.read is the kernel's sys_read parameter: the
            # syscall provider's raw argument at that position
            return f"arg{e.index}", P_PRIMARY
        raise XtraceError(f"the probe argument ${e.name} has no D equivalent here (D's fbt "
                          "entry probes name a function's parameters args[0], args[1] ...)", e.loc)

    def _tracepoint_arg_arms(self, name: str, points: list) -> Optional[str]:
        """stap's `$name` of tracepoints that have it at different positions (the
        analysis's index < 0): a ?: on probename, the event that fired, over each
        one's args[N]; None where a point's parameters are not known."""
        params = self.prog.options.get("tracepoint_params") or {}
        arms = []
        for p in points:
            names = [nm for _, nm in params.get(p.name, [])]
            if name not in names or any(c in p.name for c in "*?["):
                return None
            arms.append((p.name.rpartition(":")[2], f"args[{names.index(name)}]"))
        text = arms[-1][1]
        for event, arg in reversed(arms[:-1]):
            if arg != text:
                text = f"probename == {encode_string(event)} ? {arg} : {text}"
        return text

    def _x_KernelCast(self, e):
        if isinstance(e.expr, ir.Builtin) and e.expr.name == "curthread" \
                and e.ctype.replace(" ", "") == "structtask_struct*":
            return self._x_Builtin(e.expr)  # D's curthread is a struct task_struct * already
        return f"({e.ctype}){self._paren(e.expr, P_UNARY)}", P_UNARY

    def _x_KernelMember(self, e):
        if e.addr_of and isinstance(e.base, ir.KernelCast) and e.base.expr == ir.IntLit(0) \
                and len(e.path) == 1:
            # a member's address in a struct at 0 is its offset
            return f"offsetof({e.base.ctype.rstrip(' *')}, {e.path[0]})", P_PRIMARY
        if e.addr_of or e.array_addr:
            # stap's `$skb->cb` of an array member is its address, which D takes with
            # `&` (D reads the member itself, a char array, as a string)
            return f"&{self._member(e)}", P_UNARY
        return self._member(e), P_POSTFIX

    def _x_KernelElem(self, e):
        base = e.base
        measured = ir.struct_measured(e)
        if measured is not None:
            return f"sizeof({measured.rstrip(' *')})", P_PRIMARY
        if isinstance(base, ir.KernelMember) and not base.addr_of:
            text = self._member(base)  # the array member itself, indexed as in C
        elif isinstance(base, (ir.KernelMember, ir.KernelElem, ir.KernelCast, ir.ProbeArg)):
            text = self._paren(base, P_POSTFIX)
        else:
            raise XtraceError("indexing this value has no D equivalent (D indexes kernel "
                              "arrays and pointers)", e.loc)
        text = f"{text}[{self.expr(e.index)}]"
        return (f"&{text}", P_UNARY) if e.addr_of else (text, P_POSTFIX)

    def _member(self, e: ir.KernelMember) -> str:
        if isinstance(e.base, ir.KernelElem) and e.base.addr_of:
            # a member of a struct array's element (analysis took the element as its
            # address): D's `numbers[0].nr`
            elem = dataclasses.replace(e.base, addr_of=False)
            return f"{self.expr(elem)}.{'.'.join(e.path)}"
        if isinstance(e.base, ir.ProbeArg) and e.struct and self._tracepoint_arg(e.base):
            # D types a tracepoint's arguments as integers: say what the pointer points to
            return f"(({e.struct} *){self.expr(e.base)})->{'.'.join(e.path)}"
        return f"{self._paren(e.base, P_POSTFIX)}->{'.'.join(e.path)}"

    def _tracepoint_arg(self, e: ir.ProbeArg) -> bool:
        points = self.probe.points if self.probe else []
        return bool(points) and e.position is None and all(p.kind == "tracepoint" and not p.alias
                                                           for p in points)

    def _note(self, text: str) -> None:
        """A comment for the statement being printed (what it does differently in D)."""
        if not hasattr(self, "notes"):
            self.notes = []
        self.notes.append(text)

    def _x_AggRead(self, e):
        raise XtraceError("reading an aggregation value in an expression has no D equivalent"
                          + self._values_refusal(e.agg), e.loc)

    def _values_refusal(self, name: str) -> str:
        """Why a stap statistics array's statistics could not be kept in plain arrays
        (ir/statvalues.py), as the tail of a refusal; '' when that is not the reason."""
        g = self.prog.global_named(name)
        if self.prog.lang != "stap" or g is None or g.kind != "agg":
            return ""
        why = value_refusal(self.prog, name)
        return f", and its statistics cannot be plain D arrays: {why}" if why else ""

    def _x_InMap(self, e, negated: bool = False):
        if not hasattr(self, "_nonzero"):
            self._nonzero = nonzero_maps(self.prog)
        g = self.prog.global_named(e.map)
        if g is None or g.kind != "map":
            raise XtraceError("the 'in' membership test of an aggregation has no D equivalent",
                              e.loc)
        why = presence.refusal(self.prog, e.map) if self.prog.lang == "stap" else None
        if e.map not in self._nonzero and why is not None:
            raise XtraceError(f"the 'in' membership test of '{e.map}' has no D equivalent: "
                              f"'{e.map}' may hold 0 or \"\", which D reads for a missing key "
                              f"too, and {why}", e.loc)
        if e.map not in self._nonzero:
            raise XtraceError("the 'in' membership test has no D equivalent (it has one, "
                              f"`{e.map}[k] != 0`, where '{e.map}' is only ever stored values "
                              "that are not 0 or \"\": a time stamp, a count, a non-zero "
                              "constant, a process name)", e.loc)
        zero = '""' if self._nonzero[e.map] else "0"
        # A D element that was never stored, or was deleted (stored 0), reads as 0.
        return f"{self._element(e.map, e.keys)} {'==' if negated else '!='} {zero}", 9

    def _x_Unary(self, e):
        if e.op == "!" and isinstance(e.operand, ir.InMap):
            return self._x_InMap(e.operand, negated=True)  # `a[k] == 0`, not `!(a[k] != 0)`
        text = self._paren(e.operand, P_UNARY)
        if text[:1] == e.op and e.op in "-+":
            text = f"({text})"  # `- -x` must not become the `--x` decrement
        elif e.op == "-" and isinstance(e.operand, ir.IntLit) and not text.startswith("("):
            text = f"({text})"  # `-5` would read back as the literal -5
        return e.op + text, P_UNARY

    def _returns_int(self) -> bool:
        """Whether the clause is on syscall returns whose values are all ints."""
        return bool(self.probe and self.probe.points) and all(
            p.kind == "syscall" and p.is_return and returns_int(p.name) for p in self.probe.points)

    def _x_Cast(self, e):
        swap = swapped_operand(e)
        if swap is not None:
            # D's byte-order subroutine (ntohs and htons are the same swap)
            return f"ntoh{ {16: 's', 32: 'l', 64: 'll'}[swap[0]]}({self._x(swap[1])[0]})", P_PRIMARY
        postfix = implicit_postfix(e, self._declared_type)
        if postfix is not None:
            return self._x(postfix)
        read = e.operand
        if isinstance(read, ir.Call) and read.name == "kernel_read" and len(read.args) == 2 \
                and isinstance(read.args[1], ir.IntLit) and e.to.is_int and read.args[1].value * 8 == e.to.bits:
            # a read of n bytes as an n-byte integer: `*(int64_t *)p`, not a cast of
            # the unsigned read
            return f"*({tables.type_name(e.to)} *){self._paren(read.args[0], P_UNARY)}", P_UNARY
        return f"({tables.cast_type_name(e.to)}){self._paren(e.operand, P_UNARY)}", P_UNARY

    def _x_Binary(self, e):
        ported = tracer_name_ported(e, self.prog.lang, "d")
        if ported is not None:  # stap's `execname() != "stapio"`: `execname != "dtrace"`
            return self._x_Binary(ported)
        failed = rv_failure_test(e, self._returns_int())
        if failed is not None:  # Vue's `__rv == -1`: `errno != 0`
            return self._x_Binary(failed)
        raw = rv_compared_raw(e)
        if raw is not None:  # Vue's `__rv > 0`: `arg0 > 0`, not `(errno != 0 ? -1 : arg0) > 0`
            return self._x_Binary(raw)
        if e.op == ".":
            return f"strjoin({self.expr(e.lhs)}, {self.expr(e.rhs)})", P_POSTFIX
        bare = unquoted_comparison(e, lambda a: self._user_string_arg(a) is not None)
        if bare is not None:  # `filename == "\"/etc/x\""`: copyinstr(arg1) == "/etc/x"
            return f"{self._user_string_arg(bare[0])} {e.op} {encode_string(bare[1])}", _PREC[e.op]
        joined = unquoted_join(e, lambda a: self._user_string_arg(a) is not None)
        if joined is not None:  # `sprintf("\"%s\"", f) == filename`: f == copyinstr(arg0)
            raw, other = self._user_string_arg(joined[0]), self._paren(joined[1], _PREC[e.op] + 1)
            sides = (raw, other) if joined[2] else (other, raw)
            return f"{sides[0]} {e.op} {sides[1]}", _PREC[e.op]
        if e.op not in _PREC:
            raise XtraceError(f"operator '{e.op}' has no D equivalent", e.loc)
        e = _curthread_compared_as_integer(e)
        p = _PREC[e.op]
        # `(x << 1) ^ y`, not `x << 1 ^ y`: as people write it (ir/clearparens.py)
        lp = max(p, operand_floor(e.op, e.lhs, _PREC))
        rp = max(p + 1, operand_floor(e.op, e.rhs, _PREC))
        if e.op == "&" and _hex_mask(e.rhs):  # `x & 0xffffffff`, not `x & 4294967295`
            return f"{self._paren(e.lhs, lp)} & {ir.int_text(e.rhs, any_width=True)}", p
        lhs = self._paren(e.lhs, lp)
        if _wide_constant_op(e) and id(e.lhs) not in self._wide_literals:
            lhs += "LL"  # D would do it in 32-bit int, the source in 64 bits
        return f"{lhs} {e.op} {self._paren(e.rhs, rp)}", p

    def _kernelmode(self) -> Optional[int]:
        """Vue's __kernelmode where the clause's points say it (ir/framing.py)."""
        return kernelmode_constant(self.probe.points if self.probe else [])

    def _x_Ternary(self, e):
        c = e.cond
        if isinstance(c, ir.Binary) and c.op in ("==", "!=") and c.lhs == ir.Builtin("kernelmode") \
                and isinstance(c.rhs, ir.IntLit) and self._kernelmode() is not None:
            # IBM's `__kernelmode == 1 ? "kernel" : "user"`: decided by the probe
            # point, so the port prints the one the clause can print
            holds = (self._kernelmode() == c.rhs.value) == (c.op == "==")
            return self._x(e.then if holds else e.else_)
        decided = ir.defined_outcome(c)
        if decided is not None:  # stap's `@defined($x) ? $x : 7`, resolved at this probe
            return self._x(e.then if decided else e.else_)
        if is_syscall_rv(e) and self.probe is not None \
                and says_succeeded(self.probe.points, self.probe.predicate, self._guards):
            return self._x(e.else_)  # Vue's __rv where a guard says the call succeeded: arg0
        facts = arm_facts(e)
        self._arm_facts += facts
        try:
            then = self.expr(e.then)
        finally:
            del self._arm_facts[len(self._arm_facts) - len(facts):]
        return (f"{self._paren(e.cond, P_TERNARY + 1)} ? {then} : "
                f"{self._paren(e.else_, P_TERNARY)}"), P_TERNARY

    def _x_Assign(self, e):
        shorter = implicit_store(e, self._declared_type(e.target), statement=False)
        if shorter is not e:
            return self._x(shorter)
        target = self.expr(e.target)
        if e.op == ".=":  # stap's string append
            return f"{target} = strjoin({target}, {self.expr(e.value)})", P_ASSIGN
        if e.op not in _ASSIGN_OPS:
            raise XtraceError(f"assignment operator '{e.op}' has no D equivalent", e.loc)
        return f"{target} {e.op} {self._paren(e.value, P_ASSIGN)}", P_ASSIGN

    def _x_IncDec(self, e):
        target = self.expr(e.target)
        return (e.op + target if e.prefix else target + e.op), (P_UNARY if e.prefix else P_POSTFIX)

    def _register(self, e: ir.Call) -> Optional[str]:
        """`uregs[R_PC]` for a register read (stap's register() at a user-space
        probe is the user registers too), else None."""
        if e.name not in ("user_register", "probe_register") or not isinstance(e.args[0], ir.IntLit):
            return None
        if e.name == "probe_register" and not registers.at_user_probes(
                self.probe.points if self.probe else []):
            raise XtraceError("the registers a kernel probe stopped (stap's register()) have "
                              "no D equivalent (D reads a thread's user registers, uregs[]); "
                              "nearest: the function's arguments, arg0 ... arg5", e.loc)
        return f"uregs[{registers.d_name(e.args[0].value)}]"

    def _x_FuncCall(self, e: ir.FuncCall):
        raise XtraceError(self.functions_left.get(e.name, f"{describe(e)} has no D equivalent"), e.loc)

    def _x_Call(self, e):
        if e.name == "inet_ntop" and e.loc in (self.prog.options or {}).get(IPV6_KEY, ()):
            # stap's format_ipaddr() of an IPv6 address: D writes it compressed
            self._note(IPV6_NOTE)
        if e.name == "syscall_name_of" and e.args == [ir.Builtin("syscall_nr")] and self.probe \
                and self.probe.points and all(p.kind == "syscall" for p in self.probe.points):
            # stap's syscall_any name: the kernel's name of the syscall, D's probefunc there
            return self._x_Builtin(ir.Builtin("probefunc", loc=e.loc, type=e.type))
        if e.name == "umodname" and e.args == [ir.Builtin("uaddr")] and self.probe and self.probe.points \
                and all(p.kind == "umark" or p.kind == "ufunc" and not p.is_return for p in self.probe.points):
            # the object holding the marker or the function entered: D's probemod there
            return "probemod", P_PRIMARY
        leader = _pid_leader(e, self.probe)
        if leader is not None:
            # stap's name of a process by its pid: its thread-group leader's comm, which
            # D's execname (the thread's) is only while no thread renames itself
            return f"stringof({self._member(leader)}->comm)", P_UNARY
        if kernel_vars.address_name(e) is not None:  # D's `&`name`
            return f"&`{kernel_vars.address_name(e)}", P_UNARY
        if (e.name == "slice" and len(e.args) == 3 and e.args[0] == ir.Call("cmdline_str", [])
                and e.args[1:] == [ir.IntLit(0), ir.IntLit(79)]):
            return "curpsinfo->pr_psargs", P_POSTFIX  # stap's spelling of it (its printer's)
        if e.name == "task_info" and e.args[0] == ir.Builtin("curthread") and e.args[1] in (ir.IntLit(0), ir.IntLit(1)):
            # what D's curpsinfo->pr_pgid / pr_sid lower to (frontends.d.translators)
            return f"curpsinfo->{'pr_pgid' if e.args[1] == ir.IntLit(0) else 'pr_sid'}", P_POSTFIX
        reg = self._register(e)
        if reg is not None:
            return reg, P_POSTFIX
        path = _d_path_arg(e)
        if path is not None:  # stap's task_dentry_path(task_current(), p->dentry, p->mnt)
            return f"d_path({self.expr(path)})", P_POSTFIX
        fds = _fds_member(e)
        if fds is not None:  # D's fds[fd].fi_*, as the stap translation's helpers read back
            return f"fds[{self.expr(fds[0])}].{fds[1]}", P_POSTFIX
        if e.name == "kernel_string" and len(e.args) == 1 and isinstance(e.args[0], ir.KernelMember):
            # stap's kernel_string($p->comm): a char array member is a D string.
            return f"stringof({self._member(e.args[0])})", P_UNARY
        args = [self.expr(a) for a in e.args]
        if e.name == "kernel_read" and isinstance(e.args[1], ir.IntLit):
            return f"*(uint{e.args[1].value * 8}_t *){self._paren(e.args[0], P_UNARY)}", P_UNARY
        reader = _KERNEL_READ_TYPES.get(tuple(a.value if isinstance(a, ir.IntLit) else None
                                              for a in e.args[1:])) \
            if e.name == "kernel_read_int" and len(e.args) == 3 else None
        if reader is not None:
            # stap's kernel_int(addr) / kernel_long(addr) ..., Vue's copy_kdata() of an
            # integer: D loads kernel memory through a typed pointer
            return f"*({reader} *){self._paren(e.args[0], P_UNARY)}", P_UNARY
        if e.name == "strlen":
            return f"strlen({', '.join(args)})", P_POSTFIX
        if e.name == "user_string":
            return f"copyinstr({', '.join(args)})", P_POSTFIX
        if e.name in ("user_string2", "kernel_string2", WARN_READ) and isinstance(e.args[0], ir.IntLit):
            return self._x(e.args[1])  # a constant address (0) is never readable
        if e.name in ("user_string2", "kernel_string2", WARN_READ):
            # stap's user_string(p, err): the string, or err where p cannot be read;
            # D has no fallback, its copyinstr() fault ends the clause with an error.
            # (user_string_warn() warns too: said, so that the stap reading says it again)
            self._note(f"stap {'warned and ' if e.name == WARN_READ else ''}printed {args[1]} "
                       "where the string could not be read; D reports the fault instead")
            if e.name in ("user_string2", WARN_READ):  # (user_string_n_warn()'s size third: dstrings_port)
                return f"copyinstr({', '.join(args[:1] + args[2:])})", P_POSTFIX
            return f"stringof((char *){self._paren(e.args[0], P_UNARY)})", P_UNARY
        if e.name == "kernel_string" and len(args) == 1 and isinstance(e.args[0], ir.Var):
            return f"stringof({args[0]})", P_UNARY  # the lowering reads it by the variable's type
        if e.name == "kernel_string" and len(args) == 1:
            return f"stringof((char *){self._paren(e.args[0], P_UNARY)})", P_UNARY
        if e.name == "tokenize":
            first = "NULL" if e.args[0] == ir.StrLit("") else args[0]
            return f"strtok({first}, {args[1]})", P_POSTFIX
        if e.name in ("strtoll", "strtol", "atoi"):
            # stap's strtol(s, base), Vue's atoi(s): D's strtoll, whose base is 10 unsaid
            base = e.args[1] if len(e.args) > 1 else ir.IntLit(10)
            call = f"strtoll({args[0]}" + ("" if base == ir.IntLit(10) else f", {args[1]}") + ")"
            s = e.args[0]
            if e.name == "strtol" and self._may_start_blank(s):
                # the kernel's simple_strtol behind stap's strtol() takes no blank or '+'
                # before the number (0), where D's strtoll() skips them (systemtap.string
                # strtol.stp: strtol(" 1 2 3 4", 10) is 0)
                return (f"index(\" \\t+\", substr({args[0]}, 0, 1)) < 0 ? {call} : 0",
                        P_TERNARY)
            return call, P_POSTFIX
        if e.name in D_NAMES:  # D's symbol actions (frontends/d/symbol_actions.py)
            return f"{D_NAMES[e.name]}({args[0]})", P_POSTFIX
        if e.name in tables.FUNCTIONS.values() or e.name == "copyinto":
            return f"{e.name}({', '.join(args)})", P_POSTFIX
        if e.name == "user_mode" and not e.args and self.probe is not None and all(
                pt.kind == "timer" for pt in self.probe.points):
            # D's profile/tick arg0 is the interrupted kernel PC, 0 in user mode
            return "arg0 == 0", 9
        if e.name == "slice":
            # stap substr(s, start, len) is D's substr when neither number is
            # negative; otherwise it is "".
            nums = list(zip(e.args[1:], args[1:]))
            if any(isinstance(x, ir.IntLit) and x.value < 0 for x, _ in nums):
                return '""', P_PRIMARY
            conds = [f"({text}) >= 0" for x, text in nums
                     if not isinstance(x, ir.IntLit) and not not_negative(x, self._arm_facts)]
            if not conds:
                return f"substr({', '.join(args)})", P_POSTFIX
            return f"{' && '.join(conds)} ? substr({', '.join(args)}) : \"\"", P_TERNARY
        folded = conststr.value(e, self._constant_leaf()) if e.name in conststr.FOLDABLE else None
        if e.name == "stringat" and folded is None and "stringat" not in self.var_names:
            # D reads a string's characters through an inline's char array parameter
            # (dtrace takes a string for one): the inline a porter writes, once
            self.inlines.setdefault("stringat", _STRINGAT_INLINE)
            return f"stringat[{', '.join(args)}]", P_POSTFIX
        if isinstance(folded, int):
            # stap's stringat() of a literal and a constant index (char1.stp's
            # `stringat("ok", 0)`): the character's code, as a porter writes it
            return str(folded), P_PRIMARY
        if isinstance(folded, str):
            # stap's str_replace(), text_str(), ctime() ... of constants, which D has
            # no function for: the string stap computes
            return self._x_StrLit(ir.StrLit(folded, loc=e.loc, type=e.type))
        why = {"timestamp_to_wall": "Vue's printf %A (a timestamp as a date) has no D "
                                    "equivalent in xtrace",
               "double_bits": "Vue's float/double values have no D equivalent (D has no "
                              "floating-point types)"}.get(e.name)
        if e.name in ("vue_stktrace", "vue_stack_sym", "vue_stack_raw"):
            why = ("Vue's stktrace_t values (get_stktrace() kept in a variable or an array) have no "
                   "D equivalent: D's stack() is an aggregation key or a printed action only")
        raise XtraceError(why or f"function '{e.name}' has no D equivalent"
                          + (nearest_in_d(e.name) if self.prog.lang == "stap" else ""), e.loc)


# stap's stringat(s, i) in D: the string's byte i as a (signed) char, through a char
# array parameter, which dtrace lets a string be passed for (dt_idcook_sign)
_STRINGAT_INLINE = "inline int64_t stringat[char s[256], int64_t i] = s[i];"


def _pid_leader(e: ir.Call, probe: Optional[ir.Probe]) -> Optional[ir.KernelMember]:
    """`t->group_leader`, the process `e`, stap's pid2execname(pid), names, where `pid`
    is task t's tgid (pid() the current one's, the probe's local set to `t->tgid`
    once): pid2execname() looks the pid up, finding the group's leader. None otherwise."""
    if e.name != "pid2execname" or len(e.args) != 1:
        return None
    pid = e.args[0]
    if isinstance(pid, ir.Var) and probe is not None:
        pid = resolve_locals(pid, probe) or pid
    if pid == ir.Builtin("pid"):
        return ir.KernelMember(ir.Builtin("curthread"), ["group_leader"], loc=e.loc)
    if isinstance(pid, ir.KernelMember) and pid.path == ["tgid"] and not pid.addr_of:
        return ir.KernelMember(pid.base, ["group_leader"], struct=pid.struct, loc=e.loc)
    return None


# Effective ids, which D has as members of the process's psinfo (uid and gid, the
# real ids, are D built-ins).
# stap built-ins D has no counterpart of -> what a porter reaches for, and what differs
# (completes "nearest: ...").
def _d_path_arg(e: ir.Call) -> Optional[ir.Expr]:
    """The struct path pointer of D's d_path(p) where `e` is its lowering (and stap's
    fullpath_struct_path(p)): task_dentry_path(curthread, p->dentry, p->mnt)."""
    if e.name != "task_dentry_path" or len(e.args) != 3 or e.args[0] != ir.Builtin("curthread"):
        return None
    dentry, mnt = e.args[1:]
    if not (isinstance(dentry, ir.KernelMember) and isinstance(mnt, ir.KernelMember)
            and dentry.base == mnt.base and dentry.path[:-1] == mnt.path[:-1]
            and (dentry.path[-1], mnt.path[-1]) == ("dentry", "mnt")):
        return None
    if dentry.path[:-1]:  # &f->f_path
        return ir.KernelMember(dentry.base, dentry.path[:-1], decay=dentry.decay, addr_of=True,
                               loc=e.loc)
    base = dentry.base
    return base.expr if isinstance(base, ir.KernelCast) and base.ctype == "struct path *" else base


# What a clause reads of the probe that fired, which a provider probe names otherwise
# than its tracepoint does (probename "off-cpu", not "sched_switch"; args[]).
_PROBE_CONTEXT = frozenset({"probefunc", "probename", "probeprov", "probemod", "pp", "probe_id",
                            "syscall_name"})


def _reads_probe_context(p: ir.Probe) -> bool:
    """Whether clause `p` reads its probe's names or its tracepoint's arguments."""
    return any(isinstance(x, ir.ProbeArg) or (isinstance(x, ir.Builtin) and x.name in _PROBE_CONTEXT)
               for root in [p.predicate, p.body] if root is not None for x in ir.walk(root))


_NEAREST_BUILTIN: dict[str, str] = {
    # (pp() of function points, tracepoints, begin/end and timers is written out above)
    "pp": "probeprov, probemod, probefunc and probename, D's own name of the probe that "
          "fired (stap's pp() of a syscall or other alias names the point it resolves to, "
          "a kernel function with its source file and line)",
    "argstr": "the arguments themselves, arg0 ... arg5 (copyinstr(argN) for a path), written "
              "out for one syscall entry at a time, as xtrace writes them there",
    "retstr": "arg0, the return value, written out for the syscalls of one format at a "
              "time (decimal; hex for an address, mmap and brk; octal for umask; a failure's "
              "errno named), as xtrace writes it in a clause on such syscalls",
    "jiffies": "timestamp, in nanoseconds, not the kernel's tick count",
    "ticks": "timestamp, in nanoseconds, not the kernel's tick count (lbolt)",
    "compat_syscall": "none (D's syscall provider has no 32-bit compatibility calls)",
}
_CREDENTIALS = {"euid": "pr_euid", "egid": "pr_egid"}
# Vue's associative array printing functions, by PrintVar layout.
_STAP_HISTS = {"hist_log": "`@a = quantize(v)`",
               "hist_linear": "`@a = lquantize(v, start, stop + interval, interval)`"}


def _raw_arg(index: int, ctype: str) -> str:
    """Raw syscall argument `index` as stap's variable of that C type holds it: a user
    string is quoted, as stap's user_string_quoted() quotes it (for a string with no
    character it escapes, and a readable address)."""
    from xtrace.ir.syscalls import USTR
    if ctype == USTR:
        return f'strjoin("\\"", strjoin(copyinstr(arg{index}), "\\""))'
    if ctype in ("long", "unsigned long"):
        # a 64-bit variable holds the whole argument, as stap's signed number: argN itself
        return f"arg{index}"
    return f"({ctype})arg{index}"


def print_program(prog: ir.Program, gaps: Optional[Gaps] = None) -> str:
    """D source for `prog`; XtraceError for what D cannot express, or with
    `gaps.force` a marked comment in its place (collected in `gaps.found`)."""
    # a stap port's packet header address kept in a local: the sum where it is read
    # (D's predicate comes before any statement: ir/headerlocals.py)
    prog = header_locals_inlined(prog) if prog.lang == "stap" else prog
    # Vue's uft function regular expression: a point per glob it stands for (ir/regexglob.py)
    prog = regex_functions_as_globs(prog) if prog.lang == "vue" else prog
    # ... and its locals of a D network provider's member read (`ip_saddr = ...`,
    # frontends/stap/print_memberlocal.py): the read, in the statement that reads them
    prog = member_locals_inlined(prog) if prog.lang == "stap" else prog
    # the -c command's exec tested against target(): D's -c holds the command past it,
    # its execve's return is the first D sees; its execve's entry or start are refused
    prog = command_exec_noted(command_start_ported(prog))
    start_refusals = command_start_refusals(prog)
    # stap's speculative.stp calls: D clauses around speculate() (spec_back)
    prog = speculations_as_d(prog) if prog.lang == "stap" else prog
    # stap's syscall.pipe tested for pipe2 by name: the clause on pipe2 (a D port's way back)
    prog = shared_points_named(prog)
    # Vue's tentative buffers with a variable of their name that says whether they are
    # open (a D speculation ported to Vue): that speculation again (spec_tentative)
    prog = tentative_as_speculations(prog)
    # the other buffers: a global each holding a speculation's id (tentative_back)
    prog = tentative_as_d(prog)
    # a Vue port's CPU column of 0 where Vue cannot read the CPU, as its note says: D's cpu
    prog = cpu_notes_as_cpu(prog)
    # ... and its one clause of ifs for D clauses passing this-> on, as its note says
    prog = clauses_of_noted_merge(prog)
    # stap's probes that do the same on other sites (one written probe on an alias
    # wildcard, `vm.*.call`): one clause listing them, as a porter writes it
    prog = merged_alike_clauses(prog) if prog.lang == "stap" else prog
    # stap's clause try blocks sharing one catch block: D's ERROR clauses (ir/error_catches.py)
    prog = catches_as_error_clauses(forgotten_stores_back(prog))
    # a stap port's DTrace histograms: D's quantize(), lquantize(), llquantize()
    prog = refuse_hist_buckets(histograms_as_aggregations(prog), "d", gaps)
    # a stap port's divisor of an aggregation's print: D's normalize() and printa
    prog = divisors_as_normalize(prog)
    # ... and its loops that keep an aggregation's first rows: D's trunc()
    prog = truncating_loops_as_trunc(prog)
    # ... and its joined rows of several aggregations: D's printa() of them
    prog = joined_rows_as_printa(prog)
    # ... and its walks of the addresses symbol keys were named from: D's printa()
    prog = address_walks_as_printa(prog)
    # stap's foreach that counts its rows down to a break: a foreach `limit N` (a printa)
    prog = counted_breaks_as_limits(prog)
    end_after_error = any(pt.kind == "error_end" for p in prog.probes for pt in p.points)
    # stap's $$parms, $$return ...: the sprintf they stand for, which a printf splices
    prog = context_vars_as_sprintfs(prog) if prog.lang == "stap" else prog
    prog = pcs_as_profile_args(_caller_addr_as_caller(_error_probes_as_end(prog)))
    # stap's `if (user_mode()) next` at a timer probe: D's `/arg0/` (ir/profilemode.py)
    prog = user_mode_tests_as_pcs(prog)
    # stap's `=~` of a plain string: index(), substr() and == tests (ir/regexstr.py)
    prog = regexes_as_string_tests(prog, "substr")
    # Vue's @@io:disk / stap's block request tracepoints: D's io provider where it says them
    prog = io_probes_as_provider(prog)
    # stap's signal.send, kernel.trace("sched_waking") ...: proc:::signal-send, sched:::wakeup
    # with args[N]->member where D's translators say every read of the tracepoint
    prog = tracepoints_as_provider(prog)
    # stap's format_ipaddr() of a socket's address: D's inet_ntop() of its member
    prog = derived_columns_as_keys(union_loops_as_printa(tables_for_tapset_calls(
        sock_addresses_as_inet_ntop(tapset_swaps_as_ir(string_readers_as_d(return_strs_as_retstr(
            user_reads_as_copyin(prog))))),
        "d")))
    # stap's signal.send `sig`, `pid_name` (alias locals holding them) as args[2],
    # args[1]->pr_fname where the clause only reads them, as a D porter writes them
    # (after the row loops made keys: they read the locals)
    if prog.lang == "stap":
        from xtrace.frontends.stap.library import TAPSET_FILE
        prog = alias_reads_inlined(prog, TAPSET_FILE)
    # the vfs tapset's devname: the superblock's s_id, "N/A" without a block device
    prog = bdevnames_as_device_names(prog)
    # why the loops left have no printa form, said of the script's own loop (the
    # inlining below can make a loop's printf arguments into statements)
    loop_reasons = loop_refusals(prog)
    # our own translation's lltostr() (a sprintf printf'd as written) is not spliced
    prog = printed_sprintfs_as_lltostr(prog)
    # fullpath_struct_file()/fullpath_struct_path() are D's d_path() written out;
    # stap's thread_indent()/indent() printed are a self-> depth and start and %*s
    # (written out after the script's functions, so a delta they pass is theirs)
    # a stap loop of a constant count: its body written out once per pass
    unrolled = written_out_loops(indent_calls_written_out(inlined_constants_folded(inline_functions(
        prog, lambda f: library_function(f, frozenset({"task_dentry_path"})), indent_calls_of(prog))),
        "d", gaps))
    # an END probe's closing exit() does nothing (basic5.stp): not written
    # stap's argstr: the syscall's arguments written out in its format (argstr_port.py)
    # and its retstr: the return value, or a failure's errno named (retstr_port.py)
    # (a printf of the one or the other text, retstr's: an if of two printfs, printfbranches.py)
    # (stap's exit() before the rest of its probe, oneshot's: written after it, ir/exitlast.py)
    # (stap's IPv6 address text that only a bare %s prints: its eight groups written by
    # that printf, %04x:...:%04x, where D's inet_ntop() would compress them: ipv6groups.py)
    prog = end_exits_dropped(splice_sprintfs(ipv6_texts_as_groups(ternary_printfs_as_ifs(
        argstr_written_out(retstr_written_out(_exits_last(eliminate_next(else_next_as_guards(
            unrolled.prog)))), "copyinstr() reports the fault and ends the clause")))))
    # a sprintf left as a value (a key, a stored string): its pieces strjoin()ed
    prog = sprintf_values_joined(prog, lltostr_piece)
    # stap's try/catch: the probe split into clauses at the try, the catch an ERROR clause
    prog = clauses_of_try_blocks(tries_as_error_clauses(prog))
    # a probe that prints and then can fault: a clause ends before the fault, since a D
    # fault discards what its clause printed and stap and Vue keep it (ir/faultsplit.py)
    prog = clauses_split_before_faults(prog)
    # stap's `k in a` of an array that may hold 0: a companion array of the keys it holds
    prog = presence_companions(prog) if prog.lang == "stap" else prog
    # Vue's print() of an array of lists: the loop stap writes, one printa in D
    prog = counting_maps_as_aggs(tid_maps_as_thread_locals(
        vue_prints_as_loops(prog, d_printable_lists(prog)), zero_frees=True))
    # stap's auto-print of an array stored with `=`: a sum() of its values beside it
    # stap statistics read as values (tested, computed with): plain arrays beside
    # them, as a D porter keeps counts and sums to read (ir/statvalues.py)
    prog = split_statistics(statistics_as_values(printed_maps_with_values(prog)))
    # (--force) a stap histogram tested for a value before it is printed: a plain count
    # beside the D aggregation printed in its place (hist_nearest.py)
    prog = hist_counts_kept(prog) if gaps is not None and gaps.force else prog
    prog = rename_variables(prog, lambda name, scope: scope == "global" and not _valid_name(name))
    # a port's `ts_2` (thread) and `ts_3` (clause) beside a global `ts`: D's
    # self-> and this-> keep them apart by themselves
    prog = scope_suffixes_dropped(prog) if prog.lang != "d" else prog
    # a stap or Vue local holding a string in one probe and a number in another: D
    # gives a this-> name one type in the whole program, so the later one is x_2
    prog = clause_locals_of_one_type(prog) if prog.lang != "d" else prog
    prog = clauses_after_definitions(prog)
    # (last: the passes above read a packet header's members through its cast) the cast
    # a clause reads more than once: a this-> pointer set once (frontends/d/headerptrs.py)
    prog = header_pointers_as_locals(prog)
    # ... and a cast of the probe's argument or a local read through more than once:
    # a this-> pointer too (frontends/d/castptrs.py)
    prog = pointer_casts_as_locals(prog)
    printer = Printer(flagged_dumps_as_run_time(prog), gaps or Gaps(), loop_reasons, end_after_error,
                      unrolled.reasons)
    if not printer.omit_last and printer.prog is not prog:
        # a port's `if (!flag)` exit dump of an aggregation printa() prints where the
        # flag is set is D's own exit dump (ir/rundumps.py), where the END probe it is
        # in is only D's dump: else written as it is
        printer = Printer(prog, gaps or Gaps(), loop_reasons, end_after_error, unrolled.reasons)
    printer.start_refusals = start_refusals
    text = wrap_long_calls(printer.run(), "d")
    # the script's opening comment stays first, above what the translation declares
    return "\n".join(header_comment_lines(prog, "d") + [text]) if text else text


def _used_in(code: str, name: str) -> bool:
    """Whether printed clauses use the variable `name` (as the port spells it, `@x`,
    `self->x`, `x`; a prefix: stap's statistic `reads` is @reads_count in D), but in
    a comment (a --force gap's)."""
    lines = [ln for ln in code.splitlines() if not ln.lstrip().startswith(("/*", "*"))]
    pat = re.compile(rf"(?<![\w>@]){re.escape(name)}" if name[:1].isalnum() or name[:1] == "_"
                     else re.escape(name))
    return any(pat.search(ln) for ln in lines)


def _exits_last(prog: ir.Program) -> ir.Program:
    """A stap program's exit() written after the statements that follow it (ir/exitlast.py)."""
    return exits_written_last(prog) if prog.lang == "stap" else prog


def _is_pointer(e: ir.Expr) -> bool:
    return e == ir.Builtin("curthread") or (e.type is not None and "*" in (e.type.ctype or ""))


def _curthread_compared_as_integer(e: ir.Binary) -> ir.Binary:
    """`e` with curthread compared with an integer (stap's `long_arg(1) ==
    task_current()`, where the task is a number) cast to uint64_t: D compares a
    pointer with another pointer or with 0 only, so a D script writes
    `arg0 == (uint64_t)curthread`."""
    if e.op not in ("==", "!=", "<", "<=", ">", ">="):
        return e
    sides = [e.lhs, e.rhs]
    for i, side in enumerate(sides):
        other = sides[1 - i]
        if side == ir.Builtin("curthread") and not _is_pointer(other) and other != ir.IntLit(0):
            sides[i] = ir.Cast(Type("int", 64, False), side, spelling="uint64_t", loc=side.loc)
            return dataclasses.replace(e, lhs=sides[0], rhs=sides[1])
    return e


def _fds_member(e: ir.Call) -> Optional[tuple[ir.Expr, str]]:
    """(fd, member) where `e` is what D's fds[fd].member lowers to
    (frontends/d/translators.py): a fileinfo_t member of the current thread's
    descriptor's file."""
    from xtrace.frontends.d.translators import _FI_INT, _FI_STR
    names = {w: m for m, w in {**_FI_STR, **_FI_INT}.items()}
    if e.name not in ("fileinfo_str", "fileinfo_int") or len(e.args) != 3:
        return None
    file, kind, what = e.args
    if not (isinstance(file, ir.Call) and file.name == "fd_file" and len(file.args) == 2
            and file.args[0] == ir.Builtin("curthread") and kind == ir.IntLit(0)
            and isinstance(what, ir.IntLit) and what.value in names
            and (what.value in _FI_STR.values()) == (e.name == "fileinfo_str")):
        return None
    return file.args[1], names[what.value]


def _caller_addr_as_caller(prog: ir.Program) -> ir.Program:
    """`prog` with stap's caller_addr() (the tapset's) read as D's `caller`: the same
    frame, the return address into the caller of the probed (interrupted) function.
    In a probe on kernel functions, a timer or a perf sample; elsewhere (begin, a
    tracepoint) stap's raises an error where D's is 0, and stays refused. A function
    of the script that is caller_addr() or 0 where it fails (`try { return
    caller_addr() } catch { return 0 }`, how the stap translation says D's caller)
    is D's caller wherever it is called. The functions no longer called are
    dropped; `prog` itself when nothing changed."""
    from xtrace.frontends.stap.library import TAPSET_FILE
    lib = {f.name: f for f in prog.functions if f.loc.file == TAPSET_FILE}
    if "caller_addr" not in lib:
        return prog
    or_zero = {f.name for f in prog.functions if f.loc.file != TAPSET_FILE and _caller_or_zero(f)}

    def has_frames(p: ir.Probe) -> bool:
        return all(pt.kind in ("kfunc", "timer", "perf") for pt in p.points)

    def is_caller(x, frames: bool) -> bool:
        return isinstance(x, ir.FuncCall) and not x.args and (
            x.name in or_zero or (frames and x.name == "caller_addr"))

    if not any(is_caller(x, has_frames(p)) for p in prog.probes for x in ir.walk([p.body, p.predicate])) \
            and not any(is_caller(x, False) for f in prog.functions for x in ir.walk(f.body)):
        return prog
    prog = copy.deepcopy(prog)

    def replace(node, frames: bool):
        def caller(e):
            if not is_caller(e, frames):
                return e
            frame = ir.Call("kstack_frame", [ir.IntLit(1, loc=e.loc)], loc=e.loc, type=e.type)
            return ir.Translated("caller", frame, loc=e.loc, type=e.type)
        return ir.map_tree(node, caller)
    for p in prog.probes:
        p.body = replace(p.body, has_frames(p))
        if p.predicate is not None:
            p.predicate = replace(p.predicate, has_frames(p))
    for f in prog.functions:
        if f.loc.file != TAPSET_FILE and f.name not in or_zero:
            f.body = replace(f.body, False)
    # the library's functions and those caller-or-0 ones something still calls
    # (the probes, the script's other functions, directly or through them)
    dropped = {f.name: f for f in prog.functions if f.loc.file == TAPSET_FILE or f.name in or_zero}
    kept_bodies = [f.body for f in dropped.values()]
    called = {x.name for root in ir.program_roots(prog) if not any(root is b for b in kept_bodies)
              for x in ir.walk(root) if isinstance(x, ir.FuncCall)}
    pending = list(called)
    while pending:
        f = dropped.get(pending.pop())
        if f is not None:
            for x in ir.walk(f.body):
                if isinstance(x, ir.FuncCall) and x.name not in called:
                    called.add(x.name)
                    pending.append(x.name)
    prog.functions = [f for f in prog.functions if f.name in called or f.name not in dropped]
    return prog


def _caller_or_zero(f: ir.Function) -> bool:
    """Whether `f` takes nothing and is `try { return caller_addr() } catch { return 0 }`."""
    body = f.body.stmts
    if f.params or f.c_body is not None or len(body) != 1 or not isinstance(body[0], ir.Try):
        return False
    tried, handler = body[0].body.stmts, body[0].handler.stmts
    return (len(tried) == 1 and isinstance(tried[0], ir.Return)
            and isinstance(tried[0].value, ir.FuncCall) and tried[0].value.name == "caller_addr"
            and not tried[0].value.args
            and len(handler) == 1 and isinstance(handler[0], ir.Return)
            and isinstance(handler[0].value, ir.IntLit) and handler[0].value.value == 0)


def _error_probes_as_end(prog: ir.Program) -> ir.Program:
    """`prog` without its `probe error` points when every probe that has one is an end
    probe too, and every end probe has one (nettop.stp's `probe timer.ms(5000), end,
    error`): after a fatal error stap runs the error probes instead of the end probes,
    which are then the same bodies in the same order; and D runs END after the ERROR
    clause's exit(1). Otherwise `prog` itself (the point is refused, naming it)."""
    kinds = [{pt.kind for pt in p.points} for p in prog.probes]
    if not any("error_end" in k for k in kinds):
        return prog
    if any(("error_end" in k) != ("end" in k) for k in kinds):
        return prog
    prog = copy.copy(prog)
    prog.probes = [dataclasses.replace(p, points=[pt for pt in p.points if pt.kind != "error_end"])
                   for p in prog.probes]
    return prog


def _valid_name(name: str) -> bool:
    """Whether D can name a global `name` (`args`, `pid`, `self` are D's own)."""
    return name not in _RESERVED and re.fullmatch(r"[A-Za-z_][A-Za-z_0-9]*", name) is not None


def _hex_mask(e: ir.Expr) -> bool:
    """An unnamed literal spelled in hex or octal from 2**31 to 2**32 - 1, a mask of `&`:
    C types it unsigned int, its decimal a long, but `x & mask` has the same value
    either way (what the mask keeps is below 2**32), so it keeps its spelling."""
    return isinstance(e, ir.IntLit) and e.name is None and e.spelling is not None \
        and (1 << 31) <= e.value < (1 << 32)


def _wide_constant_op(e: ir.Binary) -> bool:
    """A 64-bit constant (stap's, Vue's long long) D would read as an int whose
    shift or product leaves 32 bits: `1 << 62`, `100000 * 100000`."""
    lhs, rhs = e.lhs, e.rhs
    if not (isinstance(lhs, ir.IntLit) and lhs.type is not None and lhs.type.bits == 64
            and -(1 << 31) <= lhs.value < (1 << 31) and isinstance(rhs, ir.IntLit)):
        return False
    if e.op == "<<":
        return 0 <= rhs.value < 64 and not -(1 << 31) <= lhs.value << rhs.value < (1 << 31)
    if e.op == "*":
        return not -(1 << 31) <= lhs.value * rhs.value < (1 << 31)
    return False


def _small_constant(e) -> int | None:
    """ir.int_constant's value (a literal or its negation), or that of `~` applied
    to a literal (Vue's `~0`): each a D text that ends with the literal."""
    if isinstance(e, ir.Unary) and e.op == "~" and isinstance(e.operand, ir.IntLit):
        return ~e.operand.value
    return ir.int_constant(e)


def _masked_to_own_width(e: ir.Expr) -> bool:
    """`x & 0xffffffff` (`& 0xff` of a char) where D reads x as a signed integer
    narrower than 64 bits: what D's %x, %o and %u show of x itself, since D shows an
    integer at its type's own width (libdtrace reads a char's record as one byte)."""
    if not (isinstance(e, ir.Binary) and e.op == "&" and isinstance(e.rhs, ir.IntLit)):
        return False
    t = _d_int_type(e.lhs)
    return (t is not None and t.signed and t.bits < 64
            and e.rhs.value == (1 << t.bits) - 1)


def _d_int_type(e: ir.Expr) -> Optional[Type]:
    """The integer type D gives `e` as this printer writes it: a constant in int's
    range (and its negation or complement) is an int whatever the source language
    made of it (the IR types Vue's and stap's constants 64-bit); anything else has
    its IR type."""
    if isinstance(e, ir.Unary) and e.op in ("-", "~"):
        inner = _d_int_type(e.operand)
        return inner if isinstance(e.operand, ir.IntLit) else e.type
    if isinstance(e, ir.IntLit):
        return INT32 if -(1 << 31) <= e.value < (1 << 31) else e.type
    return e.type if e.type is not None and e.type.is_int else None


def _kernel_var(name: str, t) -> tuple[str, int]:
    """A kernel variable read: `` `name `` when its known C type is the one read,
    else D's typed read through its address, `*(T *)&`name`."""
    known = kernel_vars.known_type(name)
    if known is not None and (known.bits, known.signed) == (t.bits, t.signed):
        return f"`{name}", P_PRIMARY
    return f"*({ksyms.cast_name(t)} *)&`{name}", P_UNARY


def _int_constant_store(e: ir.Expr, lang: str) -> Optional[int]:
    """The value a stap or Vue script stores into a 64-bit clause-local or thread-local
    variable from arithmetic (+ - *) of literals that D types int, when that value
    leaves int's range or is negative (D would compute it in 32 bits, or show it so);
    else None."""
    if not (lang in ("stap", "vue") and isinstance(e, ir.Assign) and e.op == "="
            and isinstance(e.target, ir.Var) and e.target.scope in ("local", "thread")
            and (e.target.type is None or e.target.type.bits == 64)
            and isinstance(e.value, ir.Binary)):
        return None
    value = _int_arith(e.value)
    if value is None or 0 <= value < (1 << 31):
        return None
    return value


def _leading_literal(e: ir.Expr) -> Optional[ir.IntLit]:
    """The literal C's left-to-right arithmetic starts from in e (`-2147483647` of
    `-2147483647 - 1`): its suffix gives the whole computation its width."""
    while isinstance(e, ir.Binary):
        e = e.lhs
    return e if isinstance(e, ir.IntLit) and e.name is None else None


def _int_arith(e: ir.Expr) -> Optional[int]:
    """The value of + - * over literals each in int's range, else None."""
    if isinstance(e, ir.Binary) and e.op in ("+", "-", "*"):
        lhs, rhs = _int_arith(e.lhs), _int_arith(e.rhs)
        if lhs is None or rhs is None:
            return None
        return lhs + rhs if e.op == "+" else lhs - rhs if e.op == "-" else lhs * rhs
    v = ir.int_constant(e)
    return v if v is not None and -(1 << 31) <= v < (1 << 31) and getattr(e, "name", None) is None else None


def _negative_int_store(e: ir.Expr, lang: str) -> bool:
    """Whether e stores a negative literal that D would type int into a clause-local or
    thread-local variable of a stap or Vue script, whose integers are 64 bits."""
    return (lang in ("stap", "vue") and isinstance(e, ir.Assign) and e.op == "="
            and isinstance(e.target, ir.Var) and e.target.scope in ("local", "thread")
            and (e.target.type is None or e.target.type.bits == 64)
            and isinstance(e.value, ir.IntLit) and -(1 << 31) <= e.value.value < 0
            and e.value.name is None)
