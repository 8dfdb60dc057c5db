"""IR -> idiomatic stap source, for `xtrace translate --to stp`.

The program is expected after analysis (Expr.type filled where known) but
every `type` may be None. What stap cannot say raises XtraceError naming the
construct, at its location. Choices (all parse back to the same IR when the
program came from stap):

* a predicate is `if (!(pred)) next` at the top of the body, its negation said
  in place where a person would (`if (pid() != target() || seen) next` for
  `pid == $target && !seen`; ir.nonext.guard_condition), which the lowering
  turns back into the predicate;
* D aggregations become statistics arrays (`a[k] <<< 1` for count()), and
  their end-of-run table is a `foreach ... @count+` loop with DTrace's
  column layout; D's histograms keep their own bucket arrays and print
  DTrace's distribution through helper functions (print_quantize.py), and
  joined printa, trunc() and normalize() are loops and globals (print_aggops.py);
* thread-local variables become global arrays keyed by `tid()`;
* the trailing END probe that holds stap's own auto-print is left out, since
  stap prints written-but-unused globals by itself.
"""

from __future__ import annotations

import dataclasses
import fnmatch
import re
from typing import Callable, Optional

from xtrace.ir.faultfirst import faults_before_records
from xtrace.ir.knownconds import enclosed_tests_decided
from xtrace.ir.faultsplit import clauses_rejoined_at_faults
from xtrace.ir.threadvars import THREAD_COMMENTS, thread_array_note
from xtrace.ir.trycatch_clauses import error_clauses_as_tries
from xtrace.ir.constmembers import constant_member_tests_decided
from xtrace.ir.flagtests import flag_tests_as_conditions
from xtrace.ir.sprintfjoin import concat_as_sprintf
from xtrace.ir.vueprintloops import is_vue_lists_print, is_vue_map_print, refusal as vue_print_refusal, vue_prints_as_loops
from xtrace.ir.clause_errors import clauses_as_try, empty_catches_noted, guards_into_clause_try, is_clause_try
from xtrace.ir.error_catches import error_clauses_into_catches
from .print_faultstore import faulting_stores_forgotten, zero_stores_as_deletes
from xtrace.ir.hexprefix import implicit_hex_prefix
from xtrace.ir.sugarblocks import exits_end_clause
from xtrace.ir.framing import (explicit_framing, ids_as_values, provider_field, sides_apart,
                               traces_as_printf)
from xtrace.ir.nonext import guard_condition, guard_of
from xtrace.ir.regexglob import regex_functions_as_globs
from xtrace.frontends.vue.syscalls import is_syscall_rv, rv_compared_raw
from xtrace.frontends.vue.statmerge import merged_statistics
from xtrace.ir.tpcasts import c_type as _c_type, tracepoint_param
from xtrace.ir.tpcasts import param_at as tracepoint_param_at
from xtrace.frontends.d.translators import CURRENT_CREDENTIALS
from xtrace.ir.constint import int_value
from xtrace.ir.syscalls import STAP_NAMES
from xtrace.ir import nodes as ir
from xtrace.ir.narrow_values import holds_only
from xtrace.ir import registers
from xtrace.ir.anonagg import ANON_AGG, ANON_AGG_NOTE, readable_name
from xtrace.frontends.common import ClauseComments, header_comment_lines
from xtrace.frontends import vtimestamp_port
from .print_sizenotes import sized_notes_read
from xtrace.frontends.linewrap import wrap_long_calls
from xtrace.frontends.stap.syscall_alias_points import (alias_points_named, shared_points_as_any,
                                                         shared_points_joined)
from xtrace.frontends.gaps import Gaps, gap_comment, gap_statement, nearest_comment
from xtrace.frontends.stack_nearest import stack_differs
from xtrace.frontends.constructs import describe
from xtrace.frontends import kernel_vars
from xtrace.ir.loc import XtraceError

from xtrace.ir.deadstores import droppable, without_stores, without_unread_local_stores

from . import usage
from .netfilter import CONTEXT_VARS as _NF_VARS
from xtrace.ir.clausethreadvars import clause_thread_vars_as_locals
from xtrace.ir.setopts import per_printa_sort_setopts, settled_sort_setopts, without_default_setopts
from .print_autoprint import printfs_as_autoprint
from .print_presence import companions_as_membership
from .print_statmerge import filled_joined_prints_as_printf, keyed_statistics_merged
from .print_printedvalues import values_aggs_as_autoprint
from .print_signal import ALIAS_VARIABLES, alias_point, signal_sends_as_alias
from .print_kprocess import kprocess_point
from .print_trailing import semicolon_before_comment, trails_on_its_line, trails_statement
from .print_errnolocal import ERRNO_SLOT, inline_errno, settle_errno
from .print_crement import crements_out_of_predicates
from .print_postfix import postfix_steps_after
from .print_usercopy import user_copies_as_reads
from .print_pidexec import leader_names_as_pid2execname
from .print_warnstrings import warn_reads_restored
from .print_headerlocal import header_addresses_as_locals
from .print_memberlocal import member_reads_as_locals
from .print_maxaction import stack_rows_note
from xtrace.ir.headerlocals import header_pointer_locals_inlined
from .print_nametables import name_tables_as_functions
from .print_sockfields import socket_fields_as_functions
from .print_when import every_object_as_file, site_checks_as_predicates, target_process_as_predicates
from xtrace.ir.nodes import in_source_order
from .irwalk import local_names, local_names_in, nodes, roots
from .literals import encode_string
from .probedesc_back import user_probe_desc
from .points import print_point
from .tapset import TASK
from .print_agg import AggPrinting
from .print_aggops import STDDEV_NAMES, AggOpsPrinting
from .print_symorder import SymOrderPrinting
from .print_dfiles import HELPERS as DFILE_HELPERS, NEEDS as DFILE_NEEDS, file_str_source, rq_str_source
from xtrace.ir.syscall_returns import returns_int
from xtrace.ir.sysparams import raw_args_as_params
from xtrace.ir.failguard import says_failed, says_succeeded
from xtrace.ir.armfacts import arm_facts, is_tail_substr
from xtrace.ir.tracername import tracer_name_ported
from xtrace.ir.printflits import fold_literal_texts
from xtrace.ir.profilemode import pc_tests_as_user_mode
from xtrace.ir.printfunsigned import unsigned_d_as_u
from xtrace.ir.byteorder import swapped_operand
from xtrace.ir import conststr
from xtrace.frontends.inline_notes import constant_notes, lead_comments
from xtrace.ir.clausemerge import merged_carried_clauses, merged_timer_clauses, \
    refuse_carried_locals
from .print_localzeros import start_zeros_dropped
from .print_threadexit import array_element, thread_exit_probe
from xtrace.ir.threadexit import freed_at_thread_exit
from .print_initializers import begin_stores_as_initializers
from .print_dinet import SOURCE as DINET_SOURCE, WANT as DINET_WANT
from .print_dsymbols import HELPERS as DSYMBOL_HELPERS
from .print_dstrings import ADDR_HELPER, FLAG as DSTRING_FLAG, HELPERS as DSTRING_HELPERS, INT_HELPER, \
    STRSTR, fresh_locals
from .print_quantize import HELPER_NAMES, HIST_FUNCS, QuantizePrinting
from .print_common import CONV_RE, IDENT_RE, INDENT, STAP_CONVS, star_width, type_of
from .print_tentative import TentativePrinting, is_tentative
from .print_dstack import HELPER as DSTACK_HELPER, FRAME_INDENT, key_text as dstack_key, \
    pad as dstack_pad
from .print_dustack import RUN_NOTE as USTACK_RUN_NOTE, frames as ustack_frames, \
    key_helper as ustack_key_helper, print_helper as ustack_print_helper
from .print_vuestack import VueStackPrinting, is_vue_raw_kernel_stack, is_vue_symbol_kernel_stack
from .print_hexdump import HELPERS as DUMP_HELPERS, dump_kind, dump_rows, memory_dump, shown_count
from .print_spec import SPEC_NOTE, check_id, check_specsize, clause_rest, id_uses, reordered, stable_id
from xtrace.ir.specids import is_zero
from xtrace.ir.types import signed_bits
from xtrace.ir.clearparens import operand_floor
from .tables import (ARG_SPELLING, BUILTIN_SPELLING, GETTIMEOFDAY, KEYWORDS, RESERVED, STRING_SPELLING,
                     SYSCALL_CONTEXT_VARS, VALUE_FUNCS)

# Binding strength of stap operators (higher binds tighter), see grammars/Stap.g4.
PREC_ASSIGN, PREC_TERNARY, PREC_IN, PREC_UNARY, PREC_POSTFIX, PREC_PRIMARY = 1, 2, 8, 14, 15, 16
# Built-ins stap says as a conditional expression (D's errno at a syscall's return,
# profile's arg0/arg1, probename in a clause on BEGIN and END): parenthesized where
# they bind too loosely, as any `?:` is, not everywhere
TERNARY_BUILTINS = frozenset({"retval < 0 ? -retval : 0", "user_mode() ? addr() : 0",
                              "user_mode() ? 0 : addr()", 'pp() == "begin" ? "BEGIN" : "END"'})
BINARY_PREC = {
    "||": 3, "&&": 4, "|": 5, "^": 6, "&": 7,
    "<": 9, "<=": 9, ">": 9, ">=": 9, "==": 9, "!=": 9,
    "<<": 10, ">>": 10, ".": 11, "+": 12, "-": 12, "*": 13, "/": 13, "%": 13,
}


def print_program(prog: ir.Program, gaps: Optional[Gaps] = None) -> str:
    """The stap source of a program (with `gaps.force`, untranslatable pieces become
    marked comments and are collected in `gaps.found`)."""
    gaps = gaps or Gaps()
    # a D clause that prints and then can fault: what can fault first, so that a fault
    # prints nothing of the clause, as in D (ir/faultfirst.py)
    # (first, D's name of the process, the group leader's comm: stap's pid2execname(pid()),
    # which reads nothing that can fault: frontends/stap/print_pidexec.py)
    # (and a port's reads of stap's user_string_warn(), noted so: that reader again, which
    # cannot fault: frontends/stap/print_warnstrings.py)
    # (first of all, a D porter's this-> pointer to a packet's header: the cast where it
    # is read, the form the header locals below are made from: ir/headerlocals.py; a
    # pointer a D port keeps of a cast of the probe's argument, frontends/d/castptrs.py,
    # stays a local, as a D script's own `this->f = (struct file *)arg0` does: the
    # round trip compares it as the cast, ir/rtnormal.py)
    prog = header_pointer_locals_inlined(prog) if prog.lang == "d" else prog
    # Vue's uft function regular expression: a point per glob it stands for (ir/regexglob.py)
    prog = regex_functions_as_globs(prog) if prog.lang == "vue" else prog
    prog = faults_before_records(signal_sends_as_alias(warn_reads_restored(
        leader_names_as_pid2execname(prog))))
    # a D or Vue port's note of a stap array's size (`global s[3]`): that size again
    prog = sized_notes_read(prog)
    # D's translators test the IP version in every member: the tests an enclosing one
    # decides left out, as a porter leaves them (ir/knownconds.py)
    prog = enclosed_tests_decided(prog) if prog.lang == "d" else prog
    # the D port of stap's try/catch (clauses split at the try, ERROR clauses a flag
    # selects): the probes with try blocks it came from (ir/trycatch_clauses.py)
    prog = error_clauses_as_tries(prog)
    refuse_carried_locals(prog, "stap")
    # D's `b_flags & B_READ ? ..`: the request's direction tested, not a flag built and masked
    prog = flag_tests_as_conditions(prog)
    # D's `b_error != 0 ? ..`: decided, as Linux's io.d makes the member 0 (ir/constmembers.py)
    prog = constant_member_tests_decided(prog) if prog.lang == "d" else prog
    # a D thread-local one clause stores before it reads, and alone names: its local
    prog = clause_thread_vars_as_locals(prog) if prog.lang == "d" else prog
    # Vue's print(a): the header's printf and a foreach (ir.vueprintloops)
    prog = vue_prints_as_loops(prog)
    # D's profile `/arg0/` (kernel mode) and `/arg1/` (user mode): user_mode() tests
    prog = pc_tests_as_user_mode(prog)
    # a D or Vue port's companion array of the keys another holds: stap's `k in a`
    prog = companions_as_membership(prog)
    # a D port's aggregations without keys, one per statistic of a stap statistics
    # array, are that array, as they are Vue's list (frontends/vue/statmerge.py)
    # (and those with keys, printed by one printa, are the array and its row loop)
    # (and a printa of several arrays' one statistic each, all holding values, their printf)
    prog = filled_joined_prints_as_printf(keyed_statistics_merged(
        merged_statistics(prog) if prog.lang == "d" else prog))
    # (a D port's setopt()s of each printa's own order: that order, per_printa_sort_setopts)
    prog = per_printa_sort_setopts(settled_sort_setopts(without_default_setopts(prog)))
    prog = ids_as_values(user_copies_as_reads(prog), stap_site_key, _reads_syscall_nr(prog))
    # a D clause over entries and returns that names its side: a probe per side (after
    # the ids: D's epid numbers the one clause's probes)
    prog = sides_apart(prog)
    # (no block of a D clause after the one that calls exit(): ir/sugarblocks.py)
    prog = exits_end_clause(prog)
    prog = gaps.attempt(lambda: explicit_framing(prog, stap_site_key, reads_nr=_reads_syscall_nr(prog)),
                        lambda ex: prog)
    # (a D port's sum() of an array's values beside it is stap's auto-print of the array)
    prog = printfs_as_autoprint(values_aggs_as_autoprint(zero_stores_as_deletes(crements_out_of_predicates(
        faulting_stores_forgotten(without_unread_stores(clauses_as_try(traces_as_printf(prog))))))))
    # (after the try blocks of D's rule: each of those clauses is one of its own) D's
    # clauses of one probe split before a fault so that what the first printed stays,
    # one probe again (ir/faultsplit.py)
    prog = clauses_rejoined_at_faults(prog)
    # (after the ids, since D's epid numbers the clause this takes away, and after
    # the unread stores are gone, which would be initializers nothing reads)
    prog = begin_stores_as_initializers(prog)
    # D's this-> kept from clause to clause of one hit: stap's locals end with their
    # probe, so the clauses are one probe (each with its own framing and try block)
    prog = merged_carried_clauses(prog, any(is_clause_try(p.body) for p in prog.probes))
    # D's clauses of one tick that pass globals on: one timer probe, in their order
    prog = merged_timer_clauses(prog, any(is_clause_try(p.body) for p in prog.probes))
    # (after the merge: a clause's first store is at its probe's start only if first)
    prog = start_zeros_dropped(prog)
    # (last: the passes above read a clause's predicate where the source has it)
    prog = guards_into_clause_try(prog)
    # D's ERROR clauses: the catch blocks of those try blocks (ir/error_catches.py)
    prog = error_clauses_into_catches(prog)
    # (after them: the catch blocks left empty are said why once, at the top)
    prog = empty_catches_noted(prog)
    # D's (int)arg0 at syscall::write:entry is stap's `fd`, where the variable holds it exactly
    # (D's syscall::getdents64:entry, syscall_any tested by name, keeps its raw arguments)
    prog = raw_args_as_params(shared_points_as_any(target_process_as_predicates(
        site_checks_as_predicates(every_object_as_file(prog)))))
    # D's syscall::pipe2:entry: stap's syscall.pipe, which is pipe2(2) too, tested by name
    # (last: the passes above read the syscall's own arguments, pipe2's flags)
    # (and a clause on both, epoll_create and epoll_create1: that one point)
    prog = shared_points_joined(alias_points_named(prog))
    # (last: the passes above read the packet's header where each member reads it)
    prog = header_addresses_as_locals(prog)
    # ip.d's protocol names, written out at each read: one function of the table
    prog = name_tables_as_functions(prog) if prog.lang == "d" else prog
    # tcp.d's socket addresses and ports, written out at each read: a function each
    prog = socket_fields_as_functions(prog) if prog.lang == "d" else prog
    # (last: a D provider's member read through an IP version test, or twice in one
    # statement, kept in a local named for it before the statement: print_memberlocal.py)
    prog = member_reads_as_locals(prog)
    # (a long printf broken after its commas, as a person writes it)
    text = wrap_long_calls(_Printer(prog, gaps).run(), "stap")
    # the script's opening comment stays first, above what the translation declares
    return "\n".join(header_comment_lines(prog, "stap") + [text]) if text else text


# what DTrace lets a CPU chill() in each second (dtrace_chill_max)
CHILL_MAX_NS = 500000000


def _hash_lines(texts: list[str]) -> list[str]:
    """Comment texts as stap's `#` lines."""
    return [f"# {ln}".rstrip() for text in texts for ln in text.splitlines() or [""]]


def stap_site_key(points: list[ir.ProbePoint], name: str) -> str:
    """What stap's `name` says for the kernel's syscall `name` in a clause on `points`
    (the framing's key): a syscall.NAME alias its own name (pread for pread64), while
    syscall_any, which a D clause on every syscall becomes, says the kernel's."""
    named = [pp for pp in points if pp.kind == "syscall" and pp.name != "*"]
    if any(fnmatch.fnmatchcase(name, pp.name) for pp in named):
        return STAP_NAMES.get(name, name)
    return name


def _reads_syscall_nr(prog: ir.Program) -> Callable[[ir.Probe], bool]:
    """Whether a clause of `prog` is printed on syscall_any (or .return), whose
    `syscall_nr` is the number of the call that fired (tapset syscall_any.stp): a
    clause on every syscall that reads none of the syscall.* aliases' variables."""
    stap_names = (prog.options or {}).get("syscall_names") == "stap"
    return lambda p: bool(p.points) and all(pp.kind == "syscall" and pp.name == "*" for pp in p.points) \
        and not _reads_alias_vars(p, stap_names)


def _reads_alias_vars(p: ir.Probe, stap_names: bool) -> bool:
    """Whether a clause reads what only stap's syscall.* aliases give: argstr,
    retstr, or (`stap_names`: a stap program's) `name` in the aliases' spelling."""
    wanted = {"argstr", "retstr"} | ({"syscall_name"} if stap_names else set())
    return any(isinstance(x, ir.Builtin) and x.name in wanted
               for root in (p.predicate, p.body) if root is not None for x in ir.walk(root))


def without_unread_stores(prog: ir.Program) -> ir.Program:
    """A D or Vue program without the stores into variables nothing reads (when
    they have no side effects, ir.deadstores): they print nothing there, and
    stap would print them at exit."""
    if prog.lang == "stap":
        return prog
    prog = without_unread_local_stores(prog)
    # to a fixpoint: a store dropped may have been the only read of another variable
    # (iosnoop.d's `self->sargs = start_args[k]`, self->sargs never read)
    gone: set[str] = set()
    while True:
        u = usage.collect(list(prog.probes) + [ir.Probe([], f.body) for f in prog.functions])
        dead = droppable(prog, u.written - u.used) - gone
        if not dead:  # (a name dropped before and still there would loop forever)
            return prog
        gone |= dead
        prog = without_stores(prog, dead)


def _truth(e: ir.Expr) -> ir.Expr:
    """A condition as stap takes it: a string (a Vue `if (strstr(a, b))`) is true
    when it is not empty, which stap says with != ""."""
    if (e.type is not None and e.type.is_str) or (isinstance(e, ir.Call) and e.name == "strstr"):
        return ir.Binary("!=", e, ir.StrLit("", loc=e.loc), loc=e.loc)
    return e


def _sign_extended(v: str, bits: int) -> str:
    """stap for C's conversion of `v` (printed binding at least as tightly as a unary
    operator) to a signed integer of `bits` bits: stap has no casts, so the low bits
    are kept and the sign bit flipped and subtracted."""
    mask, sign = (1 << bits) - 1, 1 << (bits - 1)
    return f"(({v} & {mask:#x}) ^ {sign:#x}) - {sign:#x}"


def _gettimeofday(e: ir.Expr) -> Optional[str]:
    """The gettimeofday_s/ms/us function that is wall-clock expression `e`, the
    nanoseconds divided by its unit (people write the unit as a product too:
    `walltimestamp / (1000 * 1000 * 1000)`), else None."""
    if not (isinstance(e, ir.Binary) and e.op == "/" and isinstance(e.lhs, ir.Builtin)
            and e.lhs.name == "walltimestamp"):
        return None
    unit = int_value(e.rhs)
    return next((name for name, ns in GETTIMEOFDAY.items() if unit is not None and unit[0] == ns), None)


def _strstr_test(e: ir.Expr) -> Optional[tuple[ir.Call, bool]]:
    """`strstr(a, b) != ""` (or `== ""`: negated), which stap says with isinstr()."""
    if isinstance(e, ir.Binary) and e.op in ("!=", "==") and \
            isinstance(e.rhs, ir.StrLit) and e.rhs.value == "" and \
            isinstance(e.lhs, ir.Call) and e.lhs.name == "strstr" and len(e.lhs.args) == 2:
        return e.lhs, e.op == "=="
    return None


# D's default strsize: a string holds 256 characters (stap's MAXSTRINGLEN, 512, is
# the buffer with its NUL)
D_STRSIZE = 256


def _prints_stack_rows(prog: ir.Program) -> bool:
    """Whether `prog` (D) has an aggregation keyed by a stack, whose rows a printa()
    or the dump at the end prints."""
    return any(isinstance(x, ir.AggUpdate) and any(isinstance(k, ir.UStack) for k in x.keys)
               for p in prog.probes for x in ir.walk(p.body))


def _reads_long_user_text(prog: ir.Program) -> bool:
    """Whether a D program reads user memory as text of a length that may pass D's
    default strsize: `stringof(copyin(p, n))` with n not a constant within it
    (gaultier/dtrace-tools' read_writes.d prints each read's and write's data,
    `stringof(copyin(self->ptr, arg0))`). dtrace prints 256 characters of such a
    buffer, stap's user_string_n() 511: its port asks for D's size, as a port of a
    script with a strsize option does."""
    for n in ir.walk([*(p.body for p in prog.probes), *(f.body for f in prog.functions)]):
        if isinstance(n, ir.Call) and n.name == "kernel_string" and len(n.args) == 1 \
                and isinstance(n.args[0], ir.Call) and n.args[0].name == "copyin" \
                and len(n.args[0].args) == 2:
            length = n.args[0].args[1]
            if not (isinstance(length, ir.IntLit) and length.value <= D_STRSIZE):
                return True
    return False


def _index_found_test(e: ir.Expr) -> Optional[tuple[ir.Call, bool]]:
    """`index(a, b) != -1` (or `== -1`: negated), D's `strstr(a, b) != NULL` and
    stap's own isinstr(a, b) (frontends/d/lower_expr.py, frontends/stap/lower_expr.py),
    which stap says with isinstr() rather than comparing strpos() with -1."""
    if isinstance(e, ir.Binary) and e.op in ("!=", "==") and e.rhs == ir.IntLit(-1) and \
            isinstance(e.lhs, ir.Call) and e.lhs.name == "index" and len(e.lhs.args) == 2:
        return e.lhs, e.op == "=="
    return None


def _vue_print_refusal(prog: ir.Program, s: ir.PrintVar) -> str:
    """Why Vue's print()/quantize()/lquantize() `s` has no stap form."""
    if is_vue_map_print(s):
        return vue_print_refusal(prog, s, "stap") or f"Vue's print({s.name}) has no stap equivalent"
    func = s.layout.partition(";")[0][len("vue_"):]
    return (f"Vue's {func}({s.name}) (a bar per element) has no stap equivalent (nearest: "
            "@hist_log of a statistics array, printed with print())")


def _is_autoprint_probe(p: ir.Probe) -> bool:
    return (len(p.points) == 1 and p.points[0].kind == "end" and p.predicate is None
            and bool(p.body.stmts)
            and all(isinstance(s, ir.PrintVar) or (isinstance(s, ir.PrintAgg) and s.layout == "stap")
                    for s in p.body.stmts))


def _appends(e: ir.Assign) -> bool:
    """`x = x . y` for a variable or an element whose keys read nothing twice that
    could change (no call, no assignment), which is stap's `x .= y`."""
    if e.op != "=" or not (isinstance(e.value, ir.Binary) and e.value.op == "."
                           and e.value.lhs == e.target):
        return False
    if isinstance(e.target, ir.Var):
        return True
    return isinstance(e.target, ir.Index) and not any(
        isinstance(x, (ir.Call, ir.FuncCall, ir.Assign, ir.IncDec)) for k in e.target.keys
        for x in ir.walk(k))


def _frees_thread_local(e: ir.Expr) -> bool:
    return (isinstance(e, ir.Assign) and e.op == "=" and isinstance(e.target, ir.Var)
            and e.target.scope == "thread" and isinstance(e.value, ir.IntLit) and e.value.value == 0)


# stap's @-operators, which a macro must not be named
_AT_WORDS = frozenset({"count", "sum", "min", "max", "avg", "variance", "hist_log", "hist_linear",
                       "cast", "defined", "entry", "var", "choose_defined", "const", "module",
                       "kregister", "uregister", "probewrite", "define", "cast_sizeof",
                       "cast_module_sizeof", "container_of", "file", "perf"})

# a netfilter probe's builtins as stap names them (the first of its names for each)
NF_SPELLING = {b: v for v, b in reversed(list(_NF_VARS.items()))}

class _Printer(AggPrinting, AggOpsPrinting, SymOrderPrinting, QuantizePrinting, TentativePrinting, VueStackPrinting):
    def __init__(self, prog: ir.Program, gaps: Gaps) -> None:
        self.prog = prog
        self.gaps = gaps
        self.lines: list[str] = []
        # the comments said above the probes, each said once (common.ClauseComments)
        self.clause_comments = ClauseComments()
        self.exit_dump = False  # the probe being printed is D's exit dump (_probe)
        self.dump_several = False  # ... of several aggregations (print_agg)
        # the clause being printed spells every syscall `syscall.*` (_probe)
        self.every_as_alias = False
        # raw arguments printed where an address is read (user_string(pointer_arg(2)))
        self.pointer_args: set[int] = set()
        # the probe being printed lets only failed (succeeded) system calls through
        # (ir/failguard.py)
        self.failed = self.succeeded = False
        self._guards: list[ir.Expr] = []  # the conditions of the if-arms being printed
        # in a D clause after speculate(id): the id's stap text (None: not speculative,
        # "" for D's id 0, whose records are dropped); spec_noted: SPEC_NOTE written
        self.spec: Optional[str] = None
        self.arm_facts: list[ir.Binary] = []  # what the ternary arms being printed hold (ir/armfacts.py)
        self.spec_noted = False
        self.globals = {g.name: g for g in prog.globals}
        self.thread_vars = self._thread_vars()
        # Names the script's own variables must avoid: keywords, and the syscall
        # context variables the program reads (a variable `name` would hide `name`).
        used = {x.name for p in prog.probes for root in roots(p) for x in nodes(root)
                if isinstance(x, ir.Builtin)}
        self.avoid = set(KEYWORDS) | {n for n, b in SYSCALL_CONTEXT_VARS.items() if b in used}
        if "syscall_nr" in used:
            self.avoid.add("name")  # syscall_any's name is syscall_name(syscall_nr)
        self.avoid |= {x.name for p in prog.probes for root in roots(p) for x in nodes(root)
                       if isinstance(x, ir.SyscallVar)}
        # the variables signal.send sets (print_signal.py): a global of one of those
        # names would be the one the alias stores into, a probe's local the alias's own
        self.alias_names = set(ALIAS_VARIABLES) if any(
            alias_point(pt, p) for p in prog.probes for pt in p.points) else set()
        self.probe_alias_names: set[str] = set()
        if any(isinstance(x, ir.AggUpdate) and x.func in HIST_FUNCS
               for p in prog.probes for x in ir.walk(p.body)):
            self.avoid |= HELPER_NAMES  # the histogram helpers' functions and locals
        if any(isinstance(x, ir.AggUpdate) and x.func == "stddev"
               for p in prog.probes for x in ir.walk(p.body)):
            self.avoid |= STDDEV_NAMES
        taken = set(self.avoid) | self.alias_names
        self.gname = {name: self._fresh(name, taken) for name in self.globals if name != ANON_AGG}
        # D's `@` gets a name that says what it holds (ir.anonagg)
        self.anon = readable_name(prog, taken | set(self.gname.values()) | set(RESERVED))
        if self.anon is not None:
            self.gname[ANON_AGG] = self._fresh(self.anon, taken)
            self.anon = self.gname[ANON_AGG]
        elif ANON_AGG in self.globals:
            self.gname[ANON_AGG] = self._fresh(ANON_AGG, taken)
        self.tname = {name: self._fresh(name, taken | set(self.gname.values()))
                      for name in self.thread_vars}
        # Vue's tentative buffers: a global each (print_tentative), which locals keep clear of
        self._tentative_names(taken | set(self.gname.values()) | set(self.tname.values()))
        self.avoid |= set(self.tent_gname.values())
        self.hists, self.hist_names = {}, {}
        self.dhelpers: dict[str, str] = {}  # helper (print_dstrings) -> its name here
        self.dhelper_src: dict[str, str] = {}
        self.file_whats: dict[str, set[int]] = {}  # fi_* members each fileinfo helper gives
        self.extra_names, self.scales = {}, {}
        self.local_names: dict[str, str] = {}
        self.loop_names: dict[tuple[str, str], str] = {}
        self.points: list[ir.ProbePoint] = []
        self.prev_simple = False
        # a comment that trails the next statement, and the lines that end in one
        # (line -> where its comment starts)
        self.pending_trail: Optional[tuple[ir.Comment, int]] = None
        self.trailed: dict[int, int] = {}
        self.macros: dict[str, str] = {}  # @define name -> its constant, in first use order

    # -------------------------------------------------------------- names

    @staticmethod
    def _fresh(want: str, taken: set[str]) -> str:
        base = re.sub(r"[^A-Za-z0-9_]", "", want) or "agg"
        if not IDENT_RE.match(base):
            base = "_" + base
        name, n = base, 1
        while name in taken:
            n += 1
            name = f"{base}{n}" if base.endswith("_") else f"{base}_{n}"
        taken.add(name)
        return name

    def _thread_vars(self) -> list[str]:
        found: list[str] = []
        for p in self.prog.probes:
            for root in roots(p):
                for x in nodes(root):
                    if isinstance(x, ir.Var) and x.scope == "thread" and x.name not in found:
                        found.append(x.name)
        return found

    def _first_uses(self) -> dict[tuple[str, str], int]:
        """(scope, name) of each global and thread-local variable -> the order of its
        first mention in the probes (a global array's by its name)."""
        first: dict[tuple[str, str], int] = {}
        for p in self.prog.probes:
            for root in roots(p):
                for x in nodes(root):
                    if isinstance(x, ir.Var) and x.scope in ("global", "thread"):
                        first.setdefault((x.scope, x.name), len(first))
                    elif isinstance(getattr(x, "map", None), str):
                        first.setdefault(("global", x.map), len(first))
                    elif isinstance(getattr(x, "agg", None), str):
                        first.setdefault(("global", x.agg), len(first))
        return first

    def _thread_global(self, name: str) -> str:
        """The declaration of the tid()-keyed array a thread-local variable becomes,
        with the comment the source gave the variable (a one-line one) or else a note
        saying what it is."""
        said = (self.prog.options or {}).get(THREAD_COMMENTS, {}).get(name)
        if not said or "\n" in said:
            said = thread_array_note(name)
        return f"global {self.tname[name]}  # {said}"

    def _taken(self) -> set[str]:
        """Names an invented (loop) variable must not take."""
        return set(RESERVED) | self.avoid | self.probe_alias_names | set(self.gname.values()) \
            | set(self.tname.values()) | set(self.local_names.values()) | set(self.loop_names.values()) \
            | {n for pair in self.hist_names.values() for n in pair} | self._aggops_names()

    def err(self, msg: str, node) -> XtraceError:
        return XtraceError(msg, getattr(node, "loc", None), self.prog.source or None)

    # ------------------------------------------------------------ program

    def run(self) -> str:
        probes = list(self.prog.probes)
        if self.prog.lang == "d":
            # a speculation id's value differs in stap (print_spec)
            self.gaps.attempt(lambda: _raise(id_uses(self.prog)),
                              lambda ex: self.lines.append(gap_comment(ex)))
        auto = probes.pop() if probes and _is_autoprint_probe(probes[-1]) else None
        self.gaps.attempt(lambda: self._check_autoprint(probes, auto),
                          lambda ex: self.lines.append(gap_comment(ex)))
        self.gaps.attempt(lambda: self._setup_hists(self._taken()),
                          lambda ex: self.lines.append(gap_comment(ex)))
        # a thread-local's array is declared among the globals in first-use order
        first = self._first_uses()
        never = len(first)
        pending = list(self.thread_vars)
        for g in self.prog.globals:
            while pending and first.get(("thread", pending[0]), never) < first.get(("global", g.name), never):
                self.lines.append(self._thread_global(pending.pop(0)))
            self.lines.append(self._global(g))
        self._setup_aggops(self._taken())
        self._setup_symorder(self._taken())
        self.lines += self._hist_globals() + self._aggops_globals() + self._symorder_globals()
        for name in pending:
            self.lines.append(self._thread_global(name))
        declared = len(self.lines)  # (Vue's tentative buffers are declared here, once printed)
        for text in self._aggops_functions() + self._hist_functions():
            self.lines += ["", *text.split("\n")]
        for f in self.prog.functions:
            if self.lines:
                self.lines.append("")
            # (a D inline with parameters: the comments above it)
            self.lines += _hash_lines(lead_comments(self.prog, f.name))
            self._function(f)
        for p in probes:
            if self.lines:
                self.lines.append("")
            mark = len(self.lines)
            self.gaps.attempt(lambda: self._probe(p), lambda ex: self.lines.append(gap_comment(ex)),
                              undo=lambda: self._truncate(mark), node=p)
        self._declare_tentative(declared)
        frees = thread_exit_probe(self.prog.lang, self._freed_at_thread_exit(),
                                  bool(self.thread_vars))
        if frees:
            self.lines += ["", *frees]
        for src in self.dhelper_src.values():
            self.lines += ["", *src.split("\n")]
        # the comments on D's inlines: above (or beside) their @define; those of an
        # inline written as its literal, said of the constant above them
        left = constant_notes(self.prog, set(self.macros) | {f.name for f in self.prog.functions})
        if self.macros or left:
            notes = (self.prog.options or {}).get("inline_comments") or {}
            defines: list[str] = []
            alone = False  # (the entry before is a comment alone)
            for n, v in in_source_order({**left, **self.macros}, self.prog):
                if n in self.macros:
                    entry = _hash_lines(lead_comments(self.prog, n)) \
                        + [f"@define {n} %( {v} %)" + (f"  # {notes[n]}" if n in notes else "")]
                else:
                    entry = _hash_lines([v])
                # a commented constant is set apart, as the source's paragraphs are
                defines += ([""] if defines and (entry[0].startswith("#") or alone) else []) + entry
                alone = n not in self.macros
            self.lines[:0] = defines + [""]
        size = ((self.prog.options or {}).get("limits") or {}).get("MAXSTRINGLEN")
        if size is None and self.prog.lang == "d" and _reads_long_user_text(self.prog):
            size = D_STRSIZE + 1
        if size and self.prog.lang == "d":
            # a script cannot size stap's strings without -g: the command line does
            self.lines[:0] = [f"# D's strsize={size - 1}: run with stap -DMAXSTRINGLEN={size}", ""]
        if self.prog.lang == "d" and _prints_stack_rows(self.prog):
            # (sized from the rows and frames the port can print: print_maxaction.py)
            note = stack_rows_note(self.prog)
            self.lines[:0] = [*note, ""] if note else []
        if "dtrace_ustack" in self.dhelpers:
            self.lines[:0] = [*USTACK_RUN_NOTE, ""]
        if self.prog.lang != "stap" and any(isinstance(x, ir.Delay) for p in self.prog.probes
                                            for x in ir.walk(p.body)):
            # (D's chill() needs its destructive option as much)
            self.lines[:0] = ["# run with stap -g: udelay()/mdelay() (guru-delay tapset) need guru mode", ""]
        inline_errno(self.lines)  # (any read outside a probe's body: a helper's)
        return "\n".join(self.lines) + "\n"

    def _freed_at_thread_exit(self) -> list[str]:
        """The elements a D or Vue program's thread-locals and per-thread arrays are
        in stap, which the language frees when their thread exits and a port must
        (print_threadexit.py). A stap program's own thread-locals (@entry values)
        are no such variables."""
        locals_ = self.thread_vars if self.prog.lang in ("d", "vue") else []
        return [array_element(self.tname[n], 0) for n in locals_] + \
            [array_element(self.gname[n], more) for n, more in freed_at_thread_exit(self.prog)]

    def _delay(self, s: ir.Delay) -> str:
        """stap's udelay(us) or mdelay(ms) for a busy-wait (guru-delay.stp: the port runs
        with -g, as D's chill() needs its destructive option): D's nanoseconds in the
        largest unit that says them exactly, else microseconds rounded up."""
        if s.unit != "ns":
            return f"{'udelay' if s.unit == 'us' else 'mdelay'}({self._expr(s.amount)})"
        ns = s.amount
        if isinstance(ns, ir.IntLit) and not 0 <= ns.value <= CHILL_MAX_NS:
            raise self.err(f"D's chill({ns.value}) is an illegal operation (a CPU may chill at most "
                           "500 ms of each second), which ends the clause without waiting; stap's "
                           "mdelay() has no such limit", s)
        if isinstance(ns, ir.IntLit) and ns.value % 1000000 == 0:
            return f"mdelay({ns.value // 1000000})"
        if isinstance(ns, ir.IntLit):
            return f"udelay({-(-ns.value // 1000)})"
        rounded = ir.Binary("/", ir.Binary("+", ns, ir.IntLit(999, loc=s.loc), loc=s.loc),
                            ir.IntLit(1000, loc=s.loc), loc=s.loc)
        return f"udelay({self._expr(rounded)})"

    def _macro(self, e) -> bool:
        """Whether the constant e keeps the name the source gave it (a D inline, as
        an @define): not when the name is one of stap's own @-operators, or one name
        stands for two values."""
        if e.name is None or e.name in _AT_WORDS:
            return False
        from xtrace.frontends.d.translators import CONSTANTS as D_LIBRARY
        if isinstance(e, ir.IntLit) and D_LIBRARY.get(e.name) == e.value:
            return False  # DTrace's own (EPERM, B_READ): stap has no such name, the value reads
        text = str(e.value) if isinstance(e, ir.IntLit) else encode_string(e.value)
        if isinstance(e, ir.IntLit) and e.value < 0:
            text = f"({text})"
        return self.macros.setdefault(e.name, text) == text

    def _truncate(self, mark: int) -> None:
        del self.lines[mark:]

    def _check_autoprint(self, probes: list[ir.Probe], auto: Optional[ir.Probe]) -> None:
        """stap prints written-but-unused globals itself: the IR must say exactly that."""
        probes = probes + [ir.Probe([], f.body) for f in self.prog.functions]
        u = usage.collect(probes)
        for name in self.thread_vars:
            if name in u.written and name not in u.used and name not in self.globals:
                raise self.err(f"thread-local '{name}' is written but never read: stap would print "
                               "its array at exit, which this program does not do", self.prog.probes[0])
        # as the lowering: stap never prints a tapset's globals
        from .library import TAPSET_FILE
        would = [g.name for g in usage.unused_written(self.prog.globals, probes)
                 if g.loc.file != TAPSET_FILE]
        have = [s.name if isinstance(s, ir.PrintVar) else s.agg for s in auto.body.stmts] if auto else []
        if would == have:
            return
        extra = [n for n in would if n not in have]
        if extra:
            g = self.globals[extra[0]]
            raise self.err(f"global '{extra[0]}' is written but never read: stap would print it "
                           "at exit, which this program does not do", g)
        raise self.err("this end-of-run printing of globals cannot be expressed in stap", auto)

    def _written(self) -> set[str]:
        if not hasattr(self, "_written_names"):
            probes = list(self.prog.probes) + [ir.Probe([], f.body) for f in self.prog.functions]
            self._written_names = set(usage.collect(probes).written)
        return self._written_names

    def _global(self, g: ir.Global) -> str:
        text = self._global_decl(g)
        # the comment the source wrote after the declaration (a one-line one), beside it
        if g.comment and "#" not in text and "\n" not in g.comment:
            text += f"  # {g.comment}"
        return text

    def _global_decl(self, g: ir.Global) -> str:
        name = self.gname[g.name]
        if g.kind == "scalar":
            if g.init is not None:
                return f"global {name} = {self._expr(g.init)}"
            if g.type is not None and g.type.is_str and g.name not in self._written():
                # stap types a global by its uses: one only ever read would be a number
                return f'global {name} = ""'
            return f"global {name}"
        size = (f"[{g.size}]" if g.size else "") + ("%" if g.wrap else "")
        if name == self.anon:
            return f"global {name}{size}  # {ANON_AGG_NOTE}"
        return f"global {name}{size}"

    # ---------------------------------------------------------- functions

    def _function(self, f: ir.Function) -> None:
        """`function name:type(p:type, ...) { ... }`, types where known."""
        self.points = []
        self.local_names = {}
        self.loop_names = {}
        names = [prm.name for prm in f.params] + local_names_in([f.body])
        for name in names:
            if name not in self.local_names:
                taken = self.avoid | set(self.gname.values()) | set(self.tname.values()) \
                    | set(self.local_names.values())
                self.local_names[name] = self._fresh(name, taken)
        if not IDENT_RE.match(f.name) or f.name in KEYWORDS:
            raise self.err(f"function name '{f.name}' cannot be expressed in stap", f)
        params = ", ".join(self.local_names[prm.name] + self._type_suffix(prm.type) for prm in f.params)
        self.prev_simple = False
        self.pending_trail, self.trailed = None, {}  # (a probe's own lines)
        self.lines.append(f"function {f.name}{self._type_suffix(f.ret)}({params})")
        self.lines.append("{")
        self._tentative_body(f.body.stmts)
        for s in f.body.stmts:
            self._stmt(s, 1)
        self._flush_trail()
        self.lines.append("}")

    def _type_suffix(self, t) -> str:
        if t is None:
            return ""
        if t.is_str:
            return ":string"
        return ":long"

    # ------------------------------------------------------------- probes

    def _probe(self, p: ir.Probe) -> None:
        for c in self.clause_comments.to_say(p.comments, p.loc):
            self.lines.extend(f"# {line}".rstrip() for line in c.splitlines() or [""])
        spelled = []
        # a clause on every syscall is syscall_any, unless it reads the syscall.*
        # aliases' own variables (stap's syscall_any has neither argstr nor their names)
        self.every_as_alias = _reads_alias_vars(
            p, (self.prog.options or {}).get("syscall_names") == "stap")
        for pp in p.points:
            s = kprocess_point(pp) or alias_point(pp, p) or print_point(pp, self.every_as_alias)
            if pp.when:
                raise self.err(f"probe point '{pp.spelling or pp.kind}' is only some hits of "
                               f"{pp.kind} {pp.name} ({pp.when}), which stap cannot say", pp)
            if s is None:
                raise self.err(f"probe point '{pp.spelling or pp.kind}' cannot be expressed in stap", pp)
            spelled.append(s)
        self.points = p.points
        # D's exit dump (its implicit END probe): an aggregation without a row prints
        # nothing there, not even the blank line (print_agg)
        self.exit_dump = p.implicit
        # ... and dtrace prints one blank line before the whole dump's rows, none
        # between two aggregations: with several, a local counts those with a row
        self.dump_several = p.implicit and sum(
            1 for x in ir.walk(p.body) if isinstance(x, ir.PrintAgg) and x.layout == "dtrace") > 1
        self.local_names = {}
        self.loop_names: dict[tuple[str, str], str] = {}
        self.probe_alias_names = self.alias_names if any(alias_point(pt, p) for pt in p.points) else set()
        # name the probe's locals first so that loop variables keep clear of them
        for name in local_names(p):
            taken = self.avoid | self.probe_alias_names | set(self.gname.values()) | set(self.tname.values()) \
                | set(self.local_names.values())
            self.local_names[name] = self._fresh(name, taken)
        self.prev_simple = False
        self.pending_trail, self.trailed = None, {}  # (a probe's own lines)
        head = f"probe {', '.join(spelled)}"
        if len(head) > 100 and len(spelled) > 1:
            # a long list of points one a line, under the first, as stap's own
            # tapsets list an alias's points
            head = "probe " + ",\n      ".join(spelled)
        self.lines.extend(head.split("\n"))
        self.lines.append("{")
        body_start = len(self.lines)
        self.failed = False
        if p.predicate is not None:
            # the lowering reads the guard back as the predicate (ir.nonext.guarded_predicate)
            self._emit(1, f"if ({self._expr(guard_condition(p.predicate))}) next", simple=True)
        # below a guard that lets only failed calls through, D's errno is -retval
        self.failed = says_failed(p.points, p.predicate)
        self.succeeded = says_succeeded(p.points, p.predicate)
        self.spec = None
        self._probe_stmts = reordered(p.body.stmts)
        self._tentative_body(self._probe_stmts)
        for s in self._probe_stmts:
            self._stmt(s, 1)
        self._flush_trail()
        self.failed = self.succeeded = False
        self.spec = None
        # errno read twice or more is a local set at the top (print_errnolocal)
        settle_errno(self.lines, body_start, INDENT, lambda: self._fresh("errno", self._taken()))
        self.lines.append("}")

    # --------------------------------------------------------- statements

    def _stack_nearest(self, err: XtraceError, s: ir.PrintStack, depth: int) -> None:
        """With --force, the comment put before print_backtrace()/print_ubacktrace() (the
        same frames in stap's layout) saying what differs, the gap still reported; else
        raise `err`."""
        if not self.gaps.substitute(err):
            raise err
        call = "print_ubacktrace()" if s.user else "print_backtrace()"
        where = "path" if s.user else "kernel"
        every = ", every frame" if s.depth is not None else ""
        self._emit(depth, nearest_comment(err, stack_differs(
            s, call, f"` 0xADDR : symbol+0xoff/0xsize [{where}]` lines{every}")))

    def _emit(self, depth: int, text: str, simple: bool = False) -> None:
        """Add a line; `simple` marks a complete simple statement."""
        # `;` is optional in stap, so `a = b` then `-c` would read as `a = b - c`
        if self.pending_trail is not None and depth < self.pending_trail[1]:
            self._flush_trail()  # its statement was left out: the comment ends its block
        if text[:1] and text[0] in "-+([" and self.prev_simple:
            self.lines[-1] = semicolon_before_comment(self.lines[-1], self.trailed.get(len(self.lines) - 1))
        self.lines.append(INDENT * depth + text)
        self.prev_simple = simple

    def _stmt(self, s: ir.Stmt, depth: int) -> None:
        if isinstance(s, ir.Comment) and trails_on_its_line(s):
            # written at the end of the next statement's line, where it sat (print_trailing)
            self._flush_trail()
            self.pending_trail = (s, depth)
            return
        if self.pending_trail is not None and (self.pending_trail[1] != depth
                                               or not trails_statement(self.pending_trail[0], s)):
            self._flush_trail()  # (its statement was left out of the port)
        trail = self.pending_trail[0] if self.pending_trail is not None else None
        self.pending_trail = None
        mark = len(self.lines)
        spec = self.spec
        self.gaps.attempt(lambda: self._stmt_now(s, depth),
                          lambda ex: self._emit(depth, gap_statement(ex)),
                          undo=lambda: self._truncate(mark), node=s)
        if trail is not None:
            self._place_trail(trail, mark, depth)
        if isinstance(s, (ir.Block, ir.If, ir.Try)):
            # a D speculate() in it was its clause's (merged clauses: ir.clausemerge)
            self.spec = spec

    def _flush_trail(self) -> None:
        """The held trailing comment, whose statement was left out of the port, on a
        line of its own where it is."""
        if self.pending_trail is None:
            return
        c, depth = self.pending_trail
        self.pending_trail = None
        self._stmt_now(ir.Comment(c.text, loc=c.loc), depth)

    def _place_trail(self, c: ir.Comment, mark: int, depth: int) -> None:
        """The comment `c` trailing the statement printed from line `mark`: at the end
        of that line where the statement is one line, else on a line above it."""
        if len(self.lines) == mark + 1 and not self.lines[mark].lstrip().startswith("#"):
            self.trailed[mark] = len(self.lines[mark])
            self.lines[mark] += f"  # {c.text.strip()}"
            return
        above = [INDENT * depth + f"# {c.text.strip()}".rstrip()]
        if mark and (self.lines[mark - 1].lstrip().startswith("#") or mark - 1 in self.trailed):
            above.insert(0, "")  # (apart from a comment above, as for any comment)
        self.lines[mark:mark] = above
        # (the lines below them moved down)
        self.trailed = {i + (len(above) if i >= mark else 0): at for i, at in self.trailed.items()}

    def _stmt_now(self, s: ir.Stmt, depth: int) -> None:
        split = postfix_steps_after(s)
        if split is not None:  # D's `printf(..., me++)` on an int: the step after the statement
            if self.tent_flow is not None:
                self.tent_flow.inherit(s, split[0])
            for x in [split[0], *split[1]]:
                self._stmt_now(x, depth)
            return
        held = self._tentative_state(s)
        if held is not None:  # a record made while a Vue tentative buffer is open
            self._tentative_record(s, held, depth)
            return
        if isinstance(s, ir.ExprStmt) and _frees_thread_local(s.expr):
            # D's `self->x = 0` frees the variable (it reads back as 0 or ""):
            # stap deletes the element, which a string one needs (0 is no string).
            self._emit(depth, f"delete {self._var(s.expr.target)}", simple=True)
        elif isinstance(s, ir.ExprStmt):
            self._emit(depth, self._expr(s.expr), simple=True)
        elif isinstance(s, ir.Block) and s.stmts and isinstance(s.stmts[-1], ir.While) \
                and s.stmts[-1].walks:
            self._hist_loop(s, depth)
        elif isinstance(s, ir.Block) and len(s.stmts) == 2 and isinstance(s.stmts[0], ir.ExprStmt) \
                and isinstance(s.stmts[1], ir.While) and s.stmts[1].step is not None:
            self._loop(s.stmts[1], depth, init=s.stmts[0].expr)  # how stap's for lowers
        elif isinstance(s, ir.While) and s.walks:  # its block flattened into another
            self._hist_loop(ir.Block([s], loc=s.loc), depth)
        elif isinstance(s, ir.While):
            self._loop(s, depth)
        elif isinstance(s, ir.ForEach):
            self._branch(self._foreach_head(s), s.body, depth)
        elif isinstance(s, ir.Break):
            self._emit(depth, "break", simple=True)
        elif isinstance(s, ir.Continue):
            self._emit(depth, "continue", simple=True)
        elif isinstance(s, ir.Return):
            self._emit(depth, "return" + (f" {self._expr(s.value)}" if s.value is not None else ""),
                       simple=True)
        elif isinstance(s, ir.Block):
            self._emit(depth, "{")
            for x in s.stmts:
                self._stmt(x, depth + 1)
            self._emit(depth, "}")
        elif isinstance(s, ir.If):
            self._if(s, depth, "if")
        elif isinstance(s, ir.Printf) and self.spec is not None:
            if self.spec:  # (D's id 0 drops the record)
                self._emit(depth, self._spec_printf(s), simple=True)
        elif self.spec is not None and isinstance(s, (ir.PrintStack, ir.TraceMem, ir.System,
                                                      ir.TraceValue, ir.PrintAgg, ir.AggControl)):
            raise self.err(f"{describe(s)} after speculate() cannot be expressed in stap "
                           "(stap's speculate(id, output) holds strings)", s)
        elif isinstance(s, ir.Printf) and s.fmt == "%s" and len(s.args) == 1 \
                and isinstance(s.args[0], ir.Call) and s.args[0].name in ("print_syms", "print_usyms"):
            fn = "print_stack" if s.args[0].name == "print_syms" else "print_ustack"
            self._emit(depth, f"{fn}({self._expr(s.args[0].args[0])})", simple=True)
        elif isinstance(s, ir.Printf) and any(m.group(4) == "Y" and m.group(1) != "%"
                                              for m in CONV_RE.finditer(s.fmt)):
            self._emit(depth, self._dated_printf(s, depth), simple=True)
        elif isinstance(s, ir.Printf):
            self._emit(depth, self._printf(s), simple=True)
        elif isinstance(s, ir.Exit):
            if s.status is not None and self._constant(s.status) != 0:
                # (networkwho.d's usage check: `exit(1)` after printing its usage)
                raise self.err("exit with a status cannot be expressed in stap (exit() takes none); "
                               "nearest: error(MSG), a run-time error, after which stap prints "
                               "\"ERROR: MSG\" and ends with status 1 (or exit(), status 0)", s)
            self._emit(depth, "exit()", simple=True)
        elif isinstance(s, ir.Next):
            self._emit(depth, "next", simple=True)
        elif isinstance(s, ir.Fail):
            self._emit(depth, f"error({self._expr(s.msg)})", simple=True)
        elif isinstance(s, ir.PrintStack) and s.user and s.layout == "dtrace":
            # D's ustack(): its frames named here, in the traced process (print_dustack)
            self._emit(depth, f"{self._dustack_print_helper()}({self._dustack_key(s.depth)}, "
                              f"{dstack_pad(FRAME_INDENT)})", simple=True)
        elif isinstance(s, ir.PrintStack) and s.user:
            if s.depth is not None or s.layout != "stap":
                self._stack_nearest(self.err(
                    "this user stack (a layout or frame count of another language) has no stap "
                    "equivalent (print_ubacktrace() prints every frame as ` 0xADDR : "
                    "symbol+off/size [path]`)", s), s, depth)
            self._emit(depth, "print_ubacktrace()", simple=True)
        elif is_vue_raw_kernel_stack(s):
            self._vue_raw_stack(s, depth, lambda text, d: self._emit(d, f'printf("%s", {text})',
                                                                     simple=True))
        elif is_vue_symbol_kernel_stack(s):
            self._vue_symbol_stack(s, depth, lambda text, d: self._emit(d, f'printf("%s", {text})',
                                                                        simple=True))
        elif isinstance(s, ir.PrintStack) and s.layout == "dtrace":
            # D's stack(): backtrace()'s frames in D's layout (print_dstack)
            stack = dstack_key(ir.UStack(s.depth, kernel=True), self._stackframes())
            self._emit(depth, f"{self._dstack_helper()}({stack}, "
                              f"{dstack_pad(FRAME_INDENT)})", simple=True)
        elif isinstance(s, ir.PrintStack):
            if s.depth is not None:
                self._stack_nearest(self.err("a stack of a limited number of frames has no stap "
                                             "equivalent; nearest: print_backtrace(), every frame", s),
                                    s, depth)
            elif s.layout != "stap":
                who = "Vue's stktrace()" if s.layout.startswith("vue") else "D's stack()"
                self._stack_nearest(self.err(f"{who} layout has no stap equivalent (print_backtrace() "
                                             "prints ` 0xADDR : symbol+off/size [kernel]` lines)", s),
                                    s, depth)
            self._emit(depth, "print_backtrace()", simple=True)
        elif isinstance(s, ir.AggUpdate) and s.func in HIST_FUNCS:
            if s.agg not in self.hists:
                raise self.err(f"D's {s.func}() of '{s.agg}' cannot be expressed in stap", s)
            for line in self._hist_update(s):
                self._emit(depth, line, simple=True)
        elif isinstance(s, ir.AggUpdate) and self._plain_avg(s.agg):
            for line in self._plain_avg_update(s):
                self._emit(depth, line, simple=True)
        elif isinstance(s, ir.AggUpdate) and s.func == "stddev" and s.agg in self.sumsq:
            for line in self._stddev_update(s):
                self._emit(depth, line, simple=True)
        elif isinstance(s, ir.AggUpdate):
            self._emit(depth, self._agg_update(s), simple=True)
            store = self._symorder_store(s)
            if store is not None:
                self._emit(depth, store, simple=True)
        elif is_vue_lists_print(s):
            raise self.err(vue_print_refusal(self.prog, s, "stap") or f"Vue's print({s.agg}) "
                           "of an array of lists has no stap equivalent", s)
        elif isinstance(s, ir.PrintAgg):
            lines = self._hist_print(s) if s.value_func in HIST_FUNCS else self._print_agg(s)
            for line in lines:
                self._emit(depth, line, simple=not line.startswith(("foreach", "if")))
        elif isinstance(s, ir.AggControl):
            for line in self._agg_control(s):
                self._emit(depth, line, simple=not line.startswith(("foreach", "if")))
        elif isinstance(s, ir.Delete):
            target = self.gname.get(s.map, s.map)
            keys = f"[{self._keys(s.keys)}]" if s.keys else ""
            self._emit(depth, f"delete {target}{keys}", simple=True)
        elif isinstance(s, ir.Try):
            self._emit(depth, "try {")
            stmts = s.body.stmts
            guard = guard_of(stmts[0]) if stmts else None
            if guard is not None:
                # a D clause's predicate that can fault, in its try block
                # (ir.clause_errors.guards_into_clause_try): one line, as at a probe's top
                self._emit(depth + 1, f"if ({self._expr(guard)}) next", simple=True)
                stmts = stmts[1:]
            for x in stmts:
                self._stmt(x, depth + 1)
            catch = "} catch" + (f"({s.catch_var})" if s.catch_var else "")
            if not s.handler.stmts:
                # (one line: nothing to do at a fault but go on; the port's top says why)
                self._emit(depth, catch + " { }")
            else:
                self._emit(depth, catch + " {")
                for x in s.handler.stmts:
                    self._stmt(x, depth + 1)
                self._emit(depth, "}")
        elif isinstance(s, ir.Comment):
            if self.lines and (self.lines[-1].lstrip().startswith("#")
                               or len(self.lines) - 1 in self.trailed):
                # `#` lines one under the other read back as one comment (comment_runs):
                # two comments of the source are kept apart by a blank line (one that
                # ends a statement's line too)
                self.lines.append("")
            for line in s.text.splitlines() or [""]:
                self._emit(depth, f"# {line}".rstrip())
        elif isinstance(s, ir.TraceMem) and memory_dump(s) is not None:
            kind, addr = memory_dump(s)
            helper = self._defined_helper(*DUMP_HELPERS[kind])
            n = str(s.size) if s.shown is None else shown_count(s, self._expr(s.shown))
            for row in range(0, s.size, 16):
                self._emit(depth, f'printf("%s", {helper}({self._expr(addr)}, {n}, {row}))', simple=True)
        elif isinstance(s, ir.TraceMem):
            raise self.err("D's tracemem() hex dump of memory has no stap equivalent here (only of "
                           "a kernel address, or of a copyin() of at least the bytes dumped)", s)
        elif isinstance(s, ir.TraceValue) and self._trace_dump(s) is not None:
            for row in self._trace_dump(s):
                self._emit(depth, f'printf("%s", {row})', simple=True)
        elif isinstance(s, ir.TraceValue):
            near = self._trace_value_nearest(s, depth)
            self._emit(depth, f"printf({encode_string(near.fmt)}, {self._expr(s.value)})")
        elif is_tentative(s):
            self._tentative_call(s, depth)
        elif isinstance(s, ir.Speculate):
            self._speculate(s, depth)
        elif isinstance(s, ir.SpecEnd):
            check_id(s.id, s)
            if is_zero(s.id):
                self._emit(depth, f"# D's {s.op}(0) does nothing")
            else:
                self._emit(depth, f"{s.op}({self._expr(s.id)})", simple=True)
        elif isinstance(s, ir.PrintVar) and s.layout != "stap":
            raise self.err(_vue_print_refusal(self.prog, s), s)
        elif isinstance(s, ir.PrintVar):
            raise self.err(f"printing global '{s.name}' in stap's exit format cannot be expressed "
                           "here (stap only does it for unread globals at exit)", s)
        elif isinstance(s, ir.Delay):
            self._emit(depth, self._delay(s), simple=True)
        elif isinstance(s, ir.Raise):
            raise self.err("raise()/stop() (a signal to the probed thread) cannot be expressed "
                           "in stap without guru mode's embedded C", s)
        elif isinstance(s, ir.System):
            # xtrace runs stap's system() in order with the output, as D's (staprun
            # starts the command some time after the probe)
            if s.fmt == "%s" and len(s.args) == 1:
                self._emit(depth, f"system({self._expr(s.args[0])})")
            elif not s.args and "%" not in s.fmt.replace("%%", ""):
                self._emit(depth, f"system({encode_string(s.fmt.replace('%%', '%'))})")
            elif any(m.group(4) == "Y" and m.group(1) != "%" for m in CONV_RE.finditer(s.fmt)):
                # a date in the command (the DTrace book's watchexec.d), formatted as printf's
                dated = self._dated_printf(ir.Printf(s.fmt, s.args, loc=s.loc), depth)
                self._emit(depth, f"system(s{dated})")
            else:
                self._emit(depth, f"system({self._expr(ir.Sprintf(s.fmt, s.args, loc=s.loc))})")
        else:
            raise self.err(f"{describe(s)} cannot be expressed in stap", s)

    def _speculate(self, s: ir.Speculate, depth: int) -> None:
        """D's speculate(id): the clause's records after it are speculate(id, text)
        (print_spec); D's id 0 drops them. Said once above the first: where stap's
        speculations differ from D's (SPEC_NOTE)."""
        check_id(s.id, s)
        check_specsize(self.prog, s)
        if is_zero(s.id):
            self.spec = ""
            self._emit(depth, "# D's speculate(0): the clause's records after it are dropped")
            return
        stable_id(s, list(ir.walk(clause_rest(self._probe_stmts, s))))
        self.spec = self._expr(s.id)
        if not self.spec_noted:
            self.spec_noted = True
            for line in SPEC_NOTE:
                self._emit(depth, line)

    def _spec_printf(self, s: ir.Printf, spec: Optional[str] = None,
                     where: str = "after speculate()") -> str:
        """A record of a speculative D clause (or one made `where` else, into
        speculation `spec`): speculate(id, the text printf prints)."""
        spec = self.spec if spec is None else spec
        if s.stderr:
            raise self.err(f"printing to standard error {where} cannot be expressed in stap", s)
        if any(m.group(4) == "Y" and m.group(1) != "%" for m in CONV_RE.finditer(s.fmt)):
            raise self.err(f"a printf of '%Y' {where} cannot be expressed in stap", s)
        own = unsigned_d_as_u(s.fmt, s.args) if self.prog.lang == "d" else s.fmt
        fmt, texts = fold_literal_texts(self._fmt(own, s), self._printf_args(s))
        if not texts:  # a text of its own: the string itself
            return f"speculate({spec}, {encode_string(fmt.replace('%%', '%'))})"
        t = type_of(s.args[0]) if len(s.args) == 1 else None
        if fmt == "%s" and len(texts) == 1 and t is not None and t.is_str:
            return f"speculate({spec}, {texts[0]})"  # a string as it is
        return f"speculate({spec}, sprintf({encode_string(fmt)}{''.join(', ' + a for a in texts)}))"

    def _loop(self, s: ir.While, depth: int, init: Optional[ir.Expr] = None) -> None:
        if s.step is None and init is None:
            head = f"while ({self._expr(s.cond)})"
        else:
            first = self._expr(init) if init is not None else ""
            step = self._expr(s.step) if s.step is not None else ""
            head = f"for ({first}; {self._expr(s.cond)}; {step})"
        self._branch(head, s.body, depth)

    def _hist_loop(self, s: ir.Block, depth: int) -> None:
        """stap's foreach over a histogram's buckets, as the frontend lowered it
        (frontends/stap/foreach.py hist_loop), written back as that foreach."""
        loop = s.stmts[-1]
        key = self.local_names.get(loop.step.target.name, loop.step.target.name)
        inits = {x.expr.target.name: x.expr.value for x in s.stmts[:-1]
                 if isinstance(x, ir.ExprStmt) and isinstance(x.expr, ir.Assign)}
        limit = ""
        if isinstance(loop.cond, ir.Binary) and loop.cond.op == "&&":
            most = loop.cond.rhs.rhs
            limit = f" limit {self._expr(inits.get(most.name, most))}"
        body, head = loop.body, key
        if isinstance(body, ir.Block) and body.stmts and isinstance(body.stmts[0], ir.ExprStmt) \
                and isinstance(body.stmts[0].expr, ir.Assign) \
                and isinstance(body.stmts[0].expr.value, ir.HistBucket):
            value = body.stmts[0].expr.target.name
            head = f"{self.local_names.get(value, value)} = {key}"
            body = ir.Block(body.stmts[1:], loc=body.loc)
            if len(body.stmts) == 1:
                body = body.stmts[0]
        self._branch(f"foreach ({head} in {loop.walks}{limit})", body, depth)

    def _foreach_head(self, s: ir.ForEach) -> str:
        """`foreach (v = [k1, k2+] in a- limit n)`: one sort mark, on a key or the array."""
        g = self.globals.get(s.map)
        keys = []
        for i, k in enumerate(s.keys):
            mark = ("-" if s.descending else "+") if s.sort_column == i + 1 else ""
            keys.append(self.local_names[k] + mark)
        keytext = keys[0] if len(keys) == 1 else f"[{', '.join(keys)}]"
        if s.value is not None:
            keytext = f"{self.local_names[s.value]} = {keytext}"
        arr = self.gname.get(s.map, s.map)
        if s.sort_column == 0:
            stat = f" @{s.sort_stat}" if g is not None and g.kind == "agg" and s.sort_stat != "count" else ""
            arr += stat + ("-" if s.descending else "+")
        limit = f" limit {self._expr(s.limit)}" if s.limit is not None else ""
        return f"foreach ({keytext} in {arr}{limit})"

    def _if(self, s: ir.If, depth: int, word: str) -> None:
        head = f"{word} ({self._expr(_truth(s.cond))})"
        self._guards.append(s.cond)  # (Vue's __rv under `if (__rv > 0)` is retval)
        try:
            self._branch(head, s.then, depth, dangling=s.else_ is not None)
        finally:
            self._guards.pop()
        if isinstance(s.else_, ir.If):
            self._if(s.else_, depth, "else if")
        elif s.else_ is not None:
            self._branch("else", s.else_, depth)

    def _branch(self, head: str, body: ir.Stmt, depth: int, dangling: bool = False) -> None:
        """One arm of an if: braces exactly when the IR has a Block (so it reads back
        the same), or when an inner if would otherwise capture our else."""
        if head.startswith("else") and self.lines and self.lines[-1] == INDENT * depth + "}":
            self.lines.pop()
            head = "} " + head
        if isinstance(body, ir.Next) and not dangling:
            # a guard reads as stap's examples write one, `if (c) next` (oslabC_2.d's
            # predicate below proc:::exit's own test)
            self._emit(depth, head + " next", simple=True)
            return
        if isinstance(body, ir.Block) or (dangling and isinstance(body, ir.If)):
            self._emit(depth, head + " {")
            for x in (body.stmts if isinstance(body, ir.Block) else [body]):
                self._stmt(x, depth + 1)
            self._emit(depth, "}")
        else:
            self._emit(depth, head)
            start = len(self.lines)
            self._stmt(body, depth + 1)
            inner = INDENT * (depth + 1)
            # statements begun at the arm's own depth (not a comment, nor the close
            # or else of a statement begun there)
            tops = [i for i in range(start, len(self.lines))
                    if self.lines[i].startswith(inner) and not self.lines[i].startswith(inner + INDENT)
                    and not self.lines[i].lstrip().startswith(("#", "}", "else"))]
            if len(tops) > 1:
                # one IR statement written as several (printa's blank line, then its
                # foreach): braces, or the if would guard the first alone
                self.lines[start - 1] += " {"
                self._emit(depth, "}")

    def _agg_update(self, s: ir.AggUpdate) -> str:
        target = self.gname.get(s.agg, s.agg) + (f"[{self._keys(s.keys)}]" if s.keys else "")
        if self._plain(s.agg):
            return self._plain_update(s, target)
        if s.func == "count":
            return f"{target} <<< 1"
        if s.func in ("stddev", "quantize", "lquantize", "llquantize"):
            raise self.err(f"D's {s.func}() cannot be expressed in stap (stap has no "
                           f"{'standard deviation' if s.func == 'stddev' else 'such histogram'} "
                           "with DTrace's output)", s)
        if s.func not in ("hist_log", "hist_linear") and len(s.args) != 1:
            raise self.err(f"aggregating function {s.func}() with {len(s.args)} arguments "
                           "cannot be expressed in stap", s)
        # hist_log / hist_linear: the histogram is named where it is printed.
        return f"{target} <<< {self._expr(s.args[0], PREC_ASSIGN)}"

    # -------------------------------------------------------------- printf

    def _fmt(self, fmt: str, node) -> str:
        """A format stap accepts: length modifiers dropped but stap's own l and ll (no-ops,
        every number being 64-bit), foreign conversions refused."""
        def fix(m: re.Match) -> str:
            if m.group(1) == "%":
                return "%%"
            if m.group(4) == "S":  # D's escaped string: its argument is escaped (_printf_args)
                return f"%{m.group(3)}s"
            if m.group(4) == "a" and self.prog.lang == "d":
                # D's kernel symbol: its argument is named by a helper (_addr_args)
                return f"%{m.group(3)}s"
            if m.group(4) not in STAP_CONVS:
                raise self.err(f"printf conversion '{m.group(0)}' cannot be expressed in stap", node)
            length = m.string[m.end(3):m.start(4)]
            kept = length if length in ("l", "ll") and m.group(4) in "diouxX" else ""
            return f"%{m.group(3)}{kept}{m.group(4)}"
        if self.prog.lang != "stap":  # D's and Vue's 0x%x (what stap's %#x becomes there)
            fmt = implicit_hex_prefix(fmt)
        return CONV_RE.sub(fix, fmt)

    def _printf(self, s: ir.Printf) -> str:
        if s.stderr and s.fmt == "WARNING: %s\n" and len(s.args) == 1:
            return f"warn({self._expr(s.args[0])})"
        warned = re.fullmatch(r"WARNING: ((?:[^%]|%%)*)\n", s.fmt, re.S) if s.stderr and not s.args else None
        if warned:  # warn("careful"), its literal in the format (ir/printflits.py)
            return f"warn({encode_string(warned.group(1).replace('%%', '%'))})"
        if s.stderr:
            raise self.err("printing to standard error (Vue's eprintf) has no stap equivalent "
                           "(warn() adds 'WARNING: ')", s)
        if s.fmt == "%s\n" and len(s.args) == 1:
            t = type_of(s.args[0])
            # log("text") reads back as printf("text\n") (stap's lowering), so a
            # literal's printf stays one
            if t is not None and t.is_str and not isinstance(s.args[0], ir.StrLit):
                return f"log({self._expr(s.args[0])})"
        # a string literal of a plain %s is written into the format (ir/printflits.py)
        own = unsigned_d_as_u(s.fmt, s.args) if self.prog.lang == "d" else s.fmt
        fmt, texts = fold_literal_texts(self._fmt(own, s), self._printf_args(s))
        args = "".join(", " + a for a in texts)
        return f"printf({encode_string(fmt)}{args})"

    def _dated_printf(self, s: ir.Printf, depth: int) -> str:
        """D's %Y (a walltimestamp as `2026 Dec  2 01:10:33`, local time) as stap's
        ctime() of the local seconds, `Wed Dec  2 01:10:33 2026`, its year moved to the
        front with substr(). A value that is not a variable is read once, into a
        local, so that the year and the time come from one ctime()."""
        convs = [m for m in CONV_RE.finditer(s.fmt) if m.group(1) != "%"]
        if star_width(s.fmt) or len(convs) != len(s.args) or s.stderr:
            raise self.err("this printf of '%Y' cannot be expressed in stap", s)
        texts = self._printf_args(s)
        fmt, pos = [], 0
        for i, m in enumerate(convs):
            if m.group(4) != "Y":
                continue
            if m.group(2):
                raise self.err(f"printf conversion '{m.group(0)}' cannot be expressed in stap", s)
            a = s.args[i]
            # DTrace pads the date as a string and ignores a precision
            fmt.append(s.fmt[pos:m.start()] + "%" + re.sub(r"\.\d*", "", m.group(3)) + "s")
            pos = m.end()
            # (of walltimestamp: gettimeofday_s())
            seconds = ir.Binary("/", a, ir.IntLit(1_000_000_000, loc=a.loc), loc=a.loc)
            date = f"ctime({self._expr(seconds, BINARY_PREC['-'])} - tz_gmtoff())"
            if not isinstance(a, (ir.Var, ir.IntLit)):
                name = self._fresh("date", self._taken())
                self.local_names[f" date{len(self.local_names)}"] = name
                self._emit(depth, f"{name} = {date}", simple=True)
                date = name
            texts[i] = f'substr({date}, 20, 4) . " " . substr({date}, 4, 15)'
        fmt = "".join(fmt) + s.fmt[pos:]
        args = "".join(", " + t for t in texts)
        return f"printf({encode_string(self._fmt(fmt, s))}{args})"

    def _printf_args(self, s: ir.Printf) -> list[str]:
        """The arguments; a narrower-than-64-bit signed integer (D's int) shown
        unsigned (%x %o %u) is masked to its width, as C's printf shows it
        (stap's integers are all 64-bit: -1 would show 16 f's). A constant the
        mask leaves alone (255) is written as it is."""
        convs = [m.group(4) for m in CONV_RE.finditer(s.fmt) if m.group(1) != "%"]
        if star_width(s.fmt) or len(convs) != len(s.args):
            convs = [""] * len(s.args)
        out = []
        for conv, a in zip(convs, s.args):
            t = type_of(a)
            if conv == "S":
                out.append(f"{self._file_helper('escape')}({self._expr(a)})")
            elif conv == "a" and self.prog.lang == "d":
                out.append(f"{self._addr_helper()}({self._expr(a)})")
            elif conv in ("x", "X", "o", "u") and t is not None and t.is_int and t.signed and t.bits < 64 \
                    and not self._holds_only(a, ir.Type("int", t.bits, signed=False)):
                # a cast to the narrow type is masked itself: its sign extension would
                # be masked off again (`(char)x` shown by %u is `x & 0xff`)
                inner = a.operand if isinstance(a, ir.Cast) and a.to == t else a
                out.append(f"{self._expr(inner, max(BINARY_PREC['&'] + 1, operand_floor('&', inner, BINARY_PREC)))} "
                           f"& {hex((1 << t.bits) - 1)}")
            elif conv == "i" and self.prog.lang == "d" and t is not None and t.is_int \
                    and not t.signed and t.bits < 64 and not self._holds_only(a, ir.Type("int", t.bits, signed=True)):
                # D's %i shows a value signed at its type's width, an unsigned one too
                # (`%i` of (unsigned char)0xef is -17); stap's %i is its 64-bit %d
                inner = a.operand if isinstance(a, ir.Cast) and a.to == t else a
                c = ir.int_constant(inner)
                if c is not None:  # the number it shows
                    out.append(str(signed_bits(c, t.bits)))
                else:
                    out.append(_sign_extended(self._expr(inner, PREC_UNARY), t.bits))
            else:
                out.append(self._expr(a))
        return out

    # ---------------------------------------------------------- expressions

    def _keys(self, keys: list[ir.Expr]) -> str:
        return ", ".join(self._expr(k) for k in keys)

    def _expr(self, e: ir.Expr, need: int = 0) -> str:
        """e as stap source, parenthesized when it binds looser than `need`."""
        text, prec = self._expr_prec(e)
        return f"({text})" if prec < need else text

    def _expr_prec(self, e: ir.Expr) -> tuple[str, int]:
        ported = tracer_name_ported(e, self.prog.lang, "stap")
        if ported is not None:  # D's `execname != "dtrace"`: `execname() != "stapio"`
            return self._expr_prec(ported)
        kvar = kernel_vars.variable_read(e)
        if kvar is not None:
            return _kernel_var(*kvar)
        member = kernel_vars.member_address_read(e)
        if member is not None:  # @var("major_names@block/genhd.c")[i]->name
            return (f'@var("{kernel_vars.spelled(member[0])}")[{self._expr(member[1])}]->{member[2]}',
                    PREC_POSTFIX)
        element = kernel_vars.element_read(e)
        if element is not None:  # @var("avenrun")[i]
            return f'@var("{kernel_vars.spelled(element[0])}")[{self._expr(element[1])}]', PREC_POSTFIX
        if isinstance(e, ir.Translated) and e.text in CURRENT_CREDENTIALS:
            # the credentials stap's context functions read, from the same task's cred
            return f"{CURRENT_CREDENTIALS[e.text]}()", PREC_PRIMARY
        if isinstance(e, ir.Translated):
            return self._expr_prec(e.value)
        if isinstance(e, ir.UStack) and not e.kernel:  # D's ustack() as a key (print_dustack)
            return self._dustack_key(e.depth), PREC_PRIMARY
        if isinstance(e, ir.UStack):  # D's stack() as a key: backtrace() (print_dstack)
            text = dstack_key(e, self._stackframes())
            assert text is not None
            return text, PREC_PRIMARY
        if isinstance(e, (ir.IntLit, ir.StrLit)) and self._macro(e):
            return "@" + e.name, PREC_PRIMARY
        if isinstance(e, ir.IntLit):
            return ir.int_text(e, any_width=True), (PREC_UNARY if e.value < 0 else PREC_PRIMARY)
        if isinstance(e, ir.Wildcard):
            return "*", PREC_PRIMARY
        if isinstance(e, ir.RegexMatch):
            op = "!~" if e.negate else "=~"
            return f"{self._expr(e.subject, 10)} {op} {encode_string(e.pattern)}", 9
        if isinstance(e, ir.Defined):
            return f"@defined({self._expr(e.operand)})", PREC_PRIMARY
        if isinstance(e, ir.StrLit):
            return encode_string(e.value), PREC_PRIMARY
        if isinstance(e, ir.ScriptArg):
            arg = f"{'@' if e.as_string else '$'}{e.index}"
            if not e.optional:
                return arg, PREC_PRIMARY
            # D's defaultargs: a missing argument is 0 or "", which stap says with $#
            missing = '""' if e.as_string else "0"
            return f"%( $# >= {e.index} %? {arg} %: {missing} %)", PREC_PRIMARY
        if isinstance(e, ir.Builtin):
            text = self._builtin(e)
            if text in TERNARY_BUILTINS or text == ERRNO_SLOT:
                # a conditional expression, parenthesized only where it binds too loosely
                return text, PREC_TERNARY
            if text == "-retval":
                return text, PREC_UNARY
            return text, PREC_PRIMARY
        if isinstance(e, ir.Var):
            return self._var(e), PREC_PRIMARY
        if isinstance(e, ir.Index):
            return f"{self.gname.get(e.map, e.map)}[{self._keys(e.keys)}]", PREC_PRIMARY
        if isinstance(e, ir.AggRead):
            name = self.gname.get(e.agg, e.agg)
            inner = f"{name}[{self._keys(e.keys)}]" if e.keys else name
            if self._plain_avg(e.agg):
                raise self.err("a read of a clear()ed avg() cannot be expressed in stap", e)
            if self._plain(e.agg) and e.keys and not e.args:
                return inner, PREC_PRIMARY
            params = "".join(f", {self._expr(a)}" for a in e.args)
            if isinstance(e, ir.HistBucket) and e.member:  # `i in @hist_log(s[k])`
                key, kp = self._expr_prec(e.index)
                key = key if kp >= BINARY_PREC["<<"] else f"[{key}]"
                return f"{key} in @{e.func}({inner}{params})", PREC_IN
            if isinstance(e, ir.HistBucket):  # `@hist_log(s[k])[i]`: one bucket's count
                return f"@{e.func}({inner}{params})[{self._expr(e.index)}]", PREC_PRIMARY
            return f"@{e.func}({inner}{params})", PREC_PRIMARY
        if isinstance(e, ir.FuncCall):
            return f"{e.name}({self._keys(e.args)})", PREC_PRIMARY
        if isinstance(e, ir.Call):
            arg = e.args[0] if len(e.args) == 1 else None
            if isinstance(arg, ir.Translated):  # D's stringof(args[1]->pr_fname)
                arg = arg.value
            if e.name == "kernel_string" and isinstance(arg, ir.KernelMember) and arg.type is not None \
                    and arg.type.is_str:
                return self._member(arg, task_name=False), PREC_PRIMARY  # D's stringof(p->comm)
            if e.name == "kernel_string" and isinstance(arg, ir.Call) and arg.name == "copyin" \
                    and len(arg.args) == 2:
                # D's stringof(copyin(p, n)): the text of n bytes of user memory
                return f"user_string_n({self._keys(arg.args)})", PREC_PRIMARY
            return self._call(e), PREC_PRIMARY
        if isinstance(e, ir.Cast):
            # stap has no casts: C's conversion written as masks (and the sign
            # bit's flip-and-subtract for a signed type).
            swap = swapped_operand(e)
            if swap is not None:  # D's ntohs()/ntohl()/ntohll(): the inet tapset's functions
                return f"ntoh{ {16: 's', 32: 'l', 64: 'll'}[swap[0]]}({self._expr(swap[1])})", PREC_PRIMARY
            if e.to.bits >= 64 or self._holds_only(e.operand, e.to) or _signed_kernel_read(e):
                return self._expr_prec(e.operand)
            if self._syscall_retval_cast(e):
                # D's (int)arg0 at a syscall's return: stap's retval is already the
                # signed value, and int-sized for these syscalls (ir/syscall_returns.py)
                if all(returns_int(pp.name) for pp in self.points):
                    return "retval", PREC_PRIMARY
                return f"{self._int_helper()}(retval)", PREC_PRIMARY
            arg = re.fullmatch(r"arg([0-5])", e.operand.name) if isinstance(e.operand, ir.Builtin) else None
            if arg and e.to.bits == 32:  # a 32-bit argument: the tapset's int_arg(N) / uint_arg(N)
                return f"{'int' if e.to.signed else 'uint'}_arg({int(arg.group(1)) + 1})", PREC_PRIMARY
            if e.to.signed and e.to.bits == 32 and self.prog.lang in ("vue", "d"):
                # a Vue or D int (a counter's `n++`, `n += m`; clause.d's `int me;`):
                # the named helper reads as what it does where the masks read as
                # noise; the same conversion
                return f"{self._int_helper()}({self._expr(e.operand)})", PREC_PRIMARY
            # `(c + 1) & 0xff` as C is written, though `&` binds looser than `+`
            v = self._expr(e.operand, PREC_UNARY)
            if not e.to.signed:
                return f"{v} & {(1 << e.to.bits) - 1:#x}", BINARY_PREC["&"]
            return _sign_extended(v, e.to.bits), BINARY_PREC["-"]
        if isinstance(e, ir.Sprintf):
            escaped = any(m.group(4) == "S" or (m.group(4) == "a" and self.prog.lang == "d")
                          for m in CONV_RE.finditer(e.fmt) if m.group(1) != "%")
            args = "".join(", " + a for a in (self._printf_args(e) if escaped else  # type: ignore[arg-type]
                                                 [self._expr(a) for a in e.args]))
            return f"sprintf({encode_string(self._fmt(e.fmt, e))}{args})", PREC_PRIMARY
        if isinstance(e, ir.Unary):
            operand = self._expr(e.operand, PREC_UNARY)
            if (e.op in "+-" and operand[:1] in "+-") or (e.op == "!" and operand[:1] == "~"):
                operand = f"({operand})"  # `- -x` must not read as `--x`, nor `! ~x` as `!~ x`
            elif e.op == "-" and isinstance(e.operand, ir.IntLit):
                operand = f"({operand})"  # `-5` would read back as the literal -5
            return f"{e.op}{operand}", PREC_UNARY
        if isinstance(e, ir.IncDec):
            target = self._expr(e.target, PREC_PRIMARY)
            return (f"{e.op}{target}" if e.prefix else f"{target}{e.op}"), PREC_POSTFIX
        found = _strstr_test(e) or _index_found_test(e)
        if found is not None:  # Vue's strstr(a, b) != "", D's strstr(a, b) != NULL: does a contain b
            call, negate = found
            return f"{'!' if negate else ''}isinstr({self._keys(call.args)})", \
                (PREC_UNARY if negate else PREC_PRIMARY)
        if self._errno_test(e):  # D's errno != 0 (Vue's __errno) after a syscall: it failed
            return f"retval {'<' if e.op == '!=' else '>='} 0", BINARY_PREC["<"]
        raw = rv_compared_raw(e)
        if raw is not None and self._errno_test(e.lhs.cond if raw.lhs is not e.lhs else e.rhs.cond):
            return self._expr_prec(raw)  # Vue's `__rv > 0`: `retval > 0`
        if isinstance(e, ir.Ternary) and is_syscall_rv(e) and (
                self.succeeded or says_succeeded(self.points, None, self._guards)):
            return "retval", PREC_PRIMARY  # Vue's __rv where a guard says the call succeeded
        if isinstance(e, ir.Ternary) and is_syscall_rv(e) and self._errno_test(e.cond):
            return "retval < 0 ? -1 : retval", PREC_TERNARY  # Vue's __rv: -1 when the call failed
        if isinstance(e, ir.Binary) and e.op in ("==", "!=") and e.lhs == ir.Builtin("kernelmode") \
                and e.rhs in (ir.IntLit(0), ir.IntLit(1)):
            # Vue's `__kernelmode == 0` (user code) is stap's user_mode()
            user = (e.op == "==") == (e.rhs == ir.IntLit(0))
            return ("user_mode()", PREC_PRIMARY) if user else ("!user_mode()", PREC_UNARY)
        if isinstance(e, ir.Binary) and e.op == ".":
            folded = concat_as_sprintf(e)
            if folded is not None:  # D's strjoin()s of lltostr(): the one sprintf stap writes
                return self._expr_prec(folded)
        clock = _gettimeofday(e)
        if clock is not None:  # D's `walltimestamp / 1000000000`: stap's gettimeofday_s()
            return f"{clock}()", PREC_PRIMARY
        if isinstance(e, ir.Binary):
            if e.op not in BINARY_PREC:
                raise self.err(f"operator '{e.op}' cannot be expressed in stap", e)
            p = BINARY_PREC[e.op]
            if e.op in ("<<", ">>") and isinstance(e.rhs, ir.IntLit) and not 0 <= e.rhs.value < 64:
                # the IR (D, Vue: C on x86) shifts by the count's low six bits, where
                # stap leaves its operand as it is for a count outside 0..63
                e = ir.Binary(e.op, e.lhs, ir.IntLit(e.rhs.value & 63, loc=e.rhs.loc, type=e.rhs.type),
                              loc=e.loc, type=e.type)
            # an `&&` under `||`, `(x << 1) ^ y`: as C compilers ask people to write
            # them (ir/clearparens.py)
            need = (lambda side: operand_floor(e.op, side, BINARY_PREC))
            return (f"{self._expr(e.lhs, max(p, need(e.lhs)))} {e.op} "
                    f"{self._expr(e.rhs, max(p + 1, need(e.rhs)))}"), p
        if isinstance(e, ir.Ternary) and self._begin_end_pp(e):
            return "pp()", PREC_PRIMARY
        if isinstance(e, ir.Ternary) and _default_of_arg(e):
            # D's `$1 ? $1 : 1` under defaultargs (zonecalls.d): the argument's test
            # once, inside the one $# test, not each of the two optional arguments
            arg, dflt = f"${e.cond.index}", self._expr(e.else_, PREC_TERNARY)
            return f"%( $# >= {e.cond.index} %? ({arg} ? {arg} : {dflt}) %: {dflt} %)", PREC_PRIMARY
        if isinstance(e, ir.Ternary):
            facts = arm_facts(e)
            self.arm_facts += facts
            try:
                then = self._expr(e.then)
            finally:
                del self.arm_facts[len(self.arm_facts) - len(facts):]
            return (f"{self._expr(e.cond, PREC_TERNARY + 1)} ? {then} : "
                    f"{self._expr(e.else_, PREC_TERNARY)}"), PREC_TERNARY
        if isinstance(e, ir.Assign):
            op, value = e.op, e.value
            # D has no `.=`: its `s = strjoin(s, t)` is how D says it (stap and Vue
            # scripts that wrote the long form keep it)
            if self.prog.lang == "d" and _appends(e):
                op, value = ".=", e.value.rhs
            compound = self._compound_store(e)
            if compound is not None:  # Vue's `x /= 4` on an int, whose quotient is an int
                op, value = compound
            return f"{self._expr(e.target, PREC_PRIMARY)} {op} {self._expr(value, PREC_ASSIGN)}", \
                PREC_ASSIGN
        if isinstance(e, ir.ProbeArg):
            if not e.name:
                raise self.err(f"args[{e.position}] is not the same parameter in every function "
                               "this probe matches: stap names parameters ($name)", e)
            return f"${e.name}", PREC_PRIMARY
        if isinstance(e, ir.ContextVars):
            head = {"var": f"${e.name}", "member": e.name}.get(e.kind, f"$${e.kind}")
            return head + "$" * e.pretty, PREC_PRIMARY
        if isinstance(e, (ir.SyscallVar, ir.AliasVar)):
            return e.name, PREC_PRIMARY
        if isinstance(e, ir.ContainerOf):
            return (f"@container_of({self._expr(e.expr)}, {encode_string(_cast_name(e.ctype, e))}, "
                    f"{'.'.join(e.path)})"), PREC_PRIMARY
        if isinstance(e, ir.KernelCast):
            if e.ctype.rstrip(" *") in (self.prog.options or {}).get("script_types", ()):
                # the D script's own struct: its members are read at their offsets
                # (kernel_long(p + 8)), the pointer itself is a plain address
                return self._expr_prec(e.expr)
            named = self._tracepoint_param(e)
            if named is not None:
                return f"${named}", PREC_PRIMARY
            cast = lambda: f"@cast({self._expr(e.expr)}, {encode_string(_cast_name(e.ctype, e))})"
            return (self._with_pointer_arg(e.expr, cast) if _raw_arg(e.expr) else cast()), PREC_PRIMARY
        if isinstance(e, ir.KernelMember):
            if e.addr_of and not e.array_addr:  # stap's array member is its address already
                return "&" + self._member(e), PREC_UNARY
            return self._member(e), PREC_PRIMARY
        if isinstance(e, ir.KernelElem):
            # stap indexes only target expressions ($p[i], $p->a[i], @cast(...)->a[i])
            base = e.base
            measured = ir.struct_measured(e)
            if measured is not None:
                return f"@cast_sizeof({encode_string(_cast_name(measured, e))})", PREC_PRIMARY
            if isinstance(base, (ir.ProbeArg, ir.KernelMember, ir.KernelElem, ir.KernelCast)):
                text = f"{self._expr(base)}[{self._expr(e.index)}]"
            elif isinstance(base, (ir.Var, ir.FuncCall)):
                # stap's autocast of a typed local/global/result, kept as written
                text = f"({self._expr(base)})[{self._expr(e.index)}]"
            else:
                raise self.err("'[...]' on this value cannot be expressed in stap", e)
            return ("&" + text, PREC_UNARY) if e.addr_of else (text, PREC_PRIMARY)
        if isinstance(e, ir.InMap):
            # (a thread-local's `in`, `tid() in a`: print_presence.py)
            name = self.gname.get(e.map) or self.tname.get(e.map, e.map)
            if len(e.keys) == 1:
                key, kp = self._expr_prec(e.keys[0])
                if kp >= BINARY_PREC["<<"]:
                    return f"{key} in {name}", PREC_IN
            return f"[{self._keys(e.keys)}] in {name}", PREC_IN
        raise self.err(f"{describe(e)} cannot be expressed in stap", e)

    def _register(self, e: ir.Call) -> str:
        """A register read: stap's register() reads the probe's registers, which are the
        thread's user registers (D's uregs[]) at a process probe only (the user PC,
        the IR's uaddr, is uaddr() anywhere)."""
        slot = e.args[0].value
        if e.name == "user_register" and not registers.at_user_probes(self.points):
            raise XtraceError("a thread's user registers (D's uregs[]) at a kernel probe have "
                              "no stap equivalent: stap's register() reads the probe's own "
                              "registers, which are the user ones at process probes only; "
                              "nearest: uaddr(), the user PC", e.loc)
        return f'register("{registers.stap_name(slot)}")'

    def _call(self, e: ir.Call) -> str:
        """A function's stap spelling; DTrace-only string functions have none."""
        if e.name in _READS_AT_ADDRESS and e.args and _raw_arg(e.args[0]):
            return self._with_pointer_arg(e.args[0], lambda: self._call_spelled(e))
        return self._call_spelled(e)

    def _with_pointer_arg(self, arg: ir.Expr, text):
        """text() with the raw argument `arg` spelled pointer_arg(N), as the tapsets
        and stap users name an argument that is an address."""
        self.pointer_args.add(id(arg))
        try:
            return text()
        finally:
            self.pointer_args.discard(id(arg))

    def _call_spelled(self, e: ir.Call) -> str:
        name = e.name
        if name == "task_info" and len(e.args) == 2 and e.args[0] == ir.Builtin("curthread") \
                and e.args[1] in (ir.IntLit(0), ir.IntLit(1)):
            return "pgrp()" if e.args[1] == ir.IntLit(0) else "sid()"
        if name == "psargs" and e.args == [ir.ProbeArg("child")] and self.points and all(
                pp.kind == "tracepoint" and pp.name.endswith("sched_process_fork") for pp in self.points):
            # D's proc:::create args[0]->pr_psargs: at the fork the child's memory is a
            # copy of its parent's (or shares it), so its arguments are the parent's
            return "substr(cmdline_str(), 0, 79)"
        if name == "psargs" and e.args == [ir.Builtin("curthread")]:
            # D's curpsinfo->pr_psargs: the process's arguments, cut as Solaris's PRARGSZ cuts them
            return "substr(cmdline_str(), 0, 79)"
        if name in ("user_register", "probe_register") and isinstance(e.args[0], ir.IntLit):
            return self._register(e)
        if name == "strstr" and len(e.args) == 2:  # the rest of a from the first b, else ""
            a, b = (self._expr(x) for x in e.args)
            return STRSTR.format(a=a, b=b)
        if name in ("user_string", "kernel_string") and len(e.args) == 2:
            name += "_n"
        elif name == "index" and len(e.args) == 2:
            name = "strpos"
        elif name in ("index", "rindex") and len(e.args) in (2, 3):
            s, t = (self._expr(x) for x in e.args[:2])
            # rindex(s, t) searches from the end: any start at or past it does
            pos = self._expr(e.args[2]) if len(e.args) == 3 else "0x7fffffffffffffff"
            return f"{self._dstring_helper(name)}({s}, {t}, {pos}, {DSTRING_FLAG[name]})"
        elif name in ("strchr", "strrchr") and len(e.args) == 2:
            s, c = (self._expr(x) for x in e.args)
            return f"{self._dstring_helper(name)}({s}, {c}, {DSTRING_FLAG[name]})"
        elif name in STRING_SPELLING and name != "index":
            name = STRING_SPELLING[name]
        elif name == "syscall_name_of" and e.args == [ir.Builtin("syscall_nr")] \
                and self._syscall_any():
            return "name"  # what syscall_any's name is
        elif name == "syscall_name_of":
            name = "syscall_name"
        elif name in ("sprint_syms", "sprint_usyms"):
            name = "sprint_stack" if name == "sprint_syms" else "sprint_ustack"
        elif name == "kernel_read" and len(e.args) == 2 and isinstance(e.args[1], ir.IntLit) \
                and e.args[1].value in _KERNEL_READS:
            # D's member of a kernel pointer cast to the script's own struct: the tapset's
            # reader of that width (the cast around it gives the member's C type)
            return f"{_KERNEL_READS[e.args[1].value]}({self._expr(e.args[0])})"
        elif name == "user_read" and len(e.args) == 3 and isinstance(e.args[1], ir.IntLit) \
                and isinstance(e.args[2], ir.IntLit) and (e.args[1].value, e.args[2].value) in USER_READERS:
            # uconversions.stp's reader of that width and signedness
            return f"{USER_READERS[e.args[1].value, e.args[2].value]}({self._expr(e.args[0])})"
        elif name == "kstack_frame" and len(e.args) == 1 and isinstance(e.args[0], ir.IntLit) \
                and e.args[0].value == 1:
            return self._caller()
        elif name == "timestamp_to_wall":
            raise self.err("Vue's printf %A (a timestamp as a date) has no stap equivalent in xtrace", e)
        elif kernel_vars.address_name(e) is not None:
            return f'&@var("{kernel_vars.address_name(e)}")'
        elif name in ("fileinfo_str", "fileinfo_int", "fd_file"):
            return self._fileinfo(e)
        elif name == "lltostr":
            return self._lltostr(e)
        elif name in ("strtoll", "atoi"):
            # D's strtoll(s, base), Vue's atoi(s): the tapset's strtol where it parses
            # the same (a literal without blanks or '+' before the number, a base to 16:
            # the kernel's parse knows no digit past 'f'), else a helper parsing as D
            if len(e.args) > 1 and isinstance(e.args[1], ir.IntLit) and not 2 <= e.args[1].value <= 36:
                raise self.err(f"strtoll() in base {e.args[1].value} is DTrace's illegal operation "
                               "(a run-time error); stap's strtol() has no such error", e)
            base = self._expr(e.args[1]) if len(e.args) > 1 else "10"
            s = e.args[0]
            plain = isinstance(s, ir.StrLit) and s.value[:1] not in (" ", "\t", "+") and \
                (len(e.args) < 2 or (isinstance(e.args[1], ir.IntLit) and e.args[1].value <= 16))
            func = "strtol" if plain else self._dstring_helper("strtoll")
            return f"{func}({self._expr(s)}, {base})"
        elif name in ("inet_ntop", "inet_ntop_user") and len(e.args) == 2:
            af, addr = (self._expr(x) for x in e.args)
            return f"{self._inet_helper()}({af}, {addr}, {int(name == 'inet_ntop_user')})"
        elif name == "substr" and len(e.args) in (2, 3):
            size = ((self.prog.options or {}).get("limits") or {}).get("MAXSTRINGLEN", 256)
            plain = self._plain_substr(e, size) or self._substr_within_size(e, size)
            if plain is None and is_tail_substr(e, self.arm_facts):
                # a tail's start is at least 0 inside `strlen(s) > c ? ...` (ir/armfacts.py)
                plain = f"substr({self._keys(e.args)})"
            if plain is not None:
                return plain
            s, i = (self._expr(x) for x in e.args[:2])
            n = self._expr(e.args[2]) if len(e.args) == 3 else str(size)
            return f"{self._dstring_helper('substr')}({s}, {i}, {n}, {size})"
        elif name in DSTRING_HELPERS and len(e.args) == 1:
            flag = f", {DSTRING_FLAG[name]}" if name in DSTRING_FLAG else ""
            return f"{self._dstring_helper(name)}({self._expr(e.args[0])}{flag})"
        elif name == "double_bits":
            raise self.err("Vue's float/double values have no stap equivalent (stap has no "
                           "floating-point types)", e)
        elif name in ("vue_stktrace", "vue_stack_sym", "vue_stack_raw"):
            raise self.err("Vue's stktrace_t values (get_stktrace() kept in a variable or an array) "
                           "are not translated to stap yet", e)
        elif name == "speculation":  # speculative.stp's (print_spec)
            return "speculation()"
        elif name in DSYMBOL_HELPERS:  # D's func(), ufunc(), ... (print_dsymbols)
            return f"{self._defined_helper(*DSYMBOL_HELPERS[name])}({self._expr(e.args[0])})"
        elif name not in VALUE_FUNCS and name not in SAME_NAME_FUNCS:
            raise self.err(f"{name}() has no stap equivalent", e)
        return f"{name}({self._keys(e.args)})"

    def _plain_substr(self, e: ir.Call, size: int) -> Optional[str]:
        """D's substr() of a string whose length the clause decides (a literal, D's
        probeprov at BEGIN, joins of those: tst.substr-strjoin.d) at a constant index
        inside it and a constant count not below 0: stap's own substr(), which then
        takes what D's takes (the count cut at the string's end); else None."""
        def leaf(x: ir.Expr):
            return self._constant(x) if isinstance(x, ir.Builtin) else None
        text = conststr.value(e.args[0], leaf, size)
        nums = [conststr.value(x, leaf, size) for x in e.args[1:]]
        if not isinstance(text, str) or not all(isinstance(x, int) for x in nums):
            return None
        index = nums[0]
        count = nums[1] if len(nums) == 2 else len(text) - index  # type: ignore[operator]
        if not 0 <= index <= len(text) or count < 0:  # type: ignore[operator]
            return None
        return f"substr({self._expr(e.args[0])}, {self._expr(e.args[1])}, " \
               f"{self._expr(e.args[2]) if len(e.args) == 3 else count})"

    def _substr_within_size(self, e: ir.Call, size: int) -> Optional[str]:
        """D's substr(s, i, n) of any string with constant i and n, neither below 0 and
        i + n within the string size: stap's own substr(s, i, n), as a porter writes
        it; else None. Both take n characters from i, cut at the string's end, and
        "" from an i at or past it; D's cut of the count at the string size (the
        helper's) is never reached."""
        if len(e.args) != 3:
            return None
        i, n = e.args[1], e.args[2]
        if not (isinstance(i, ir.IntLit) and isinstance(n, ir.IntLit)
                and i.value >= 0 and n.value >= 0 and i.value + n.value <= size):
            return None
        return f"substr({self._expr(e.args[0])}, {self._expr(i)}, {self._expr(n)})"

    def _lltostr(self, e: ir.Call) -> str:
        """D's lltostr(v[, base]): stap's sprintf where a constant base says which one."""
        v = self._expr(e.args[0])
        base = e.args[1] if len(e.args) > 1 else ir.IntLit(10)
        if isinstance(base, ir.IntLit) and base.value == 10:
            return f'sprintf("%d", {v})'
        if isinstance(base, ir.IntLit) and base.value == 16:
            return f'sprintf("0x%x", {v})'
        return f"{self._dstring_helper('lltostr')}({v}, {self._expr(base)})"

    def _fileinfo(self, e: ir.Call) -> str:
        """D's fileinfo_t members (frontends/d/translators.py) on stap's dentry.stp:
        fds[] is task_fd_lookup(), cwd the task's cwd path, the rest helpers
        (print_dfiles) that give D's "<none>" and names."""
        if e.name == "fd_file":
            return f"task_fd_lookup({self._keys(e.args)})"
        kind, what = e.args[1], e.args[2]
        if not (isinstance(kind, ir.IntLit) and isinstance(what, ir.IntLit)):
            raise self.err(f"{e.name}() of a computed member has no stap equivalent", e)
        if kind.value == 2 and what.value == 2:  # D's cwd
            return "fullpath_struct_path(task_cwd_path(task_current()))"
        p = self._expr(e.args[0])
        if kind.value == 0:
            key = 'file_str' if e.name == 'fileinfo_str' else 'file_int'
            return f"{self._file_helper(key, what.value)}({p}, {what.value})"
        if kind.value == 1 and e.name == "fileinfo_str":
            return f"{self._file_helper('rq_str', what.value)}({p}, {what.value})"
        if kind.value == 1 and what.value == 5:
            return f"{self._file_helper('rq_offset')}({p})"
        raise self.err("this fileinfo_t member has no stap equivalent", e)

    def _file_helper(self, key: str, what: Optional[int] = None) -> str:
        """The name of the print_dfiles helper `key`, defined at the end of the script
        with the helpers it calls; fi_* strings (`what`) with the branches the script
        reads only."""
        want, src = DFILE_HELPERS[key]
        if key in ("file_str", "rq_str") and what is not None:
            whats = self.file_whats.setdefault(want, set())
            if want in self.dhelpers and what in whats:
                return self.dhelpers[want]
            whats.add(what)
            src = (file_str_source if key == "file_str" else rq_str_source)(whats)
        elif want in self.dhelpers:
            return self.dhelpers[want]
        name = self.dhelpers.get(want) or self._fresh(want, self._taken() | set(self.dhelpers.values()))
        self.dhelpers[want] = name
        src = src.replace("NAME", name, 1)
        for need in DFILE_NEEDS.get(key, ()):
            if need.upper().replace("_", "") not in src:
                continue
            dep = self._dstring_helper("basename") if need == "pathpart" else self._file_helper(need)
            src = src.replace(need.upper().replace("_", ""), dep)
        self.dhelper_src[want] = fresh_locals(src, self._taken_globals())
        return name

    def _compound_store(self, e: ir.Assign) -> Optional[tuple[str, ir.Expr]]:
        """`x = (int)(x op v)` (a C-typed language's `x op= v`, ir/stores.py) where the
        conversion changes nothing: the operator and operand of stap's `x op= v`."""
        v = e.value
        if e.op != "=" or not isinstance(v, ir.Cast) or v.to.bits >= 64:
            return None
        inner = v.operand
        if isinstance(inner, ir.Binary) and inner.op in _COMPOUND_OPS and inner.lhs == e.target \
                and self._holds_only(inner, v.to):
            return inner.op + "=", inner.rhs
        return None

    def _holds_only(self, e: ir.Expr, t: ir.Type) -> bool:
        """Does `e` only ever hold values of integer type t here (narrow_values.py)?"""
        return holds_only(e, t, self.points or [], (self.prog.options or {}).get("tracepoint_params") or {})

    def _syscall_retval_cast(self, e: ir.Cast) -> bool:
        """Is `e` D's (int) of a syscall's return value, in probes at syscall returns?"""
        return (e.to.signed and e.to.bits == 32 and isinstance(e.operand, ir.Builtin)
                and e.operand.name == "retval" and bool(self.points)
                and all(pp.kind == "syscall" and pp.is_return for pp in self.points))

    def _caller(self) -> str:
        """D's `caller`, the return address into the probed function's caller: stap's
        caller_addr(), the same frame. Where the probe may have no such frame (no kernel
        registers: a tracepoint; a profile tick in user space), D's caller is 0 but
        caller_addr() raises an error, so a helper catches it; a kernel function's
        entry or return always has its caller, and BEGIN, END and a system call's
        entry or return (whose registers are user space's) never have one: 0."""
        if self.points and all(pp.kind == "kfunc" for pp in self.points):
            return "caller_addr()"
        if self.points and all(pp.kind in ("begin", "end", "error_end", "never", "syscall")
                               for pp in self.points):
            return "0"
        want = "dtrace_caller"
        if want not in self.dhelpers:
            name = self._fresh(want, self._taken() | set(self.dhelpers.values()))
            self.dhelpers[want] = name
            self.dhelper_src[want] = (
                "# D's caller: 0 where caller_addr() finds no caller (the probe interrupted\n"
                "# no kernel code, or the stack walk ends first), which stap calls an error\n"
                f"function {name}:long()\n{{\n"
                "    try { return caller_addr() } catch { return 0 }\n}")
        return self.dhelpers[want] + "()"

    def _addr_helper(self) -> str:
        """The name of the function the translation defines for D's printf %a: a kernel
        address as D names it, module`symbol+0xoffset, from stap's symdata()."""
        want = "dtrace_addr"
        if want not in self.dhelpers:
            name = self._fresh(want, self._taken() | set(self.dhelpers.values()))
            self.dhelpers[want] = name
            self.dhelper_src[want] = fresh_locals(ADDR_HELPER.replace("NAME", name, 1),
                                                  self._taken_globals())
        return self.dhelpers[want]

    def _stackframes(self) -> Optional[int]:
        """D's stackframes option (the frames of a stack() with no count), if set."""
        return ((self.prog.options or {}).get("limits") or {}).get("STACKFRAMES")

    def _dstack_helper(self) -> str:
        """The name of the function the translation defines to print a backtrace()
        string as D prints a stack() key (print_dstack.HELPER)."""
        want = "dtrace_stack"
        if want not in self.dhelpers:
            addr = self._addr_helper()
            name = self._fresh(want, self._taken() | set(self.dhelpers.values()))
            self.dhelpers[want] = name
            self.dhelper_src[want] = fresh_locals(DSTACK_HELPER.replace("NAME", name, 1)
                                                  .replace("ADDR", addr, 1), self._taken_globals())
        return self.dhelpers[want]

    def _dustack_key(self, depth: Optional[int]) -> str:
        """The stap expression for D's ustack(depth): the key helper's text of the
        frames (print_dustack.KEY_HELPER), named in the probe."""
        want = "dtrace_ustack"
        if want not in self.dhelpers:
            name = self._fresh(want, self._taken() | set(self.dhelpers.values()))
            self.dhelpers[want] = name
            self.dhelper_src[want] = fresh_locals(ustack_key_helper(name), self._taken_globals())
        limit = ((self.prog.options or {}).get("limits") or {}).get("USTACKFRAMES")
        return f"{self.dhelpers[want]}({ustack_frames(depth, limit)})"

    def _dustack_print_helper(self) -> str:
        """The name of the function the translation defines to print D's ustack()
        text as D prints a stack (print_dustack.PRINT_HELPER)."""
        want = "dtrace_print_ustack"
        if want not in self.dhelpers:
            name = self._fresh(want, self._taken() | set(self.dhelpers.values()))
            self.dhelpers[want] = name
            self.dhelper_src[want] = fresh_locals(ustack_print_helper(name), self._taken_globals())
        return self.dhelpers[want]

    def _addr_args(self, fmt: str, args: list[str]) -> list[str]:
        """printf arguments `args` of `fmt` with each one a %a prints (D's kernel
        symbol) passed through the %a helper (_fmt makes the conversion a %s)."""
        convs = [m.group(4) for m in CONV_RE.finditer(fmt) if m.group(1) != "%"]
        if star_width(fmt) or "a" not in convs:
            return args
        return [f"{self._addr_helper()}({a})" if c == "a" else a
                for c, a in zip(convs + [""] * (len(args) - len(convs)), args)]

    def _int_helper(self) -> str:
        """The name of a function the translation defines for C's (int) conversion,
        where a probe's syscalls can return values wider than int (mmap's address),
        and for a Vue int's arithmetic (stap's numbers are 64 bits)."""
        want = "dtrace_int"
        if want not in self.dhelpers:
            # named for what it does in a Vue port (Vue's int is 32 bits), D's name else
            preferred = "int32" if self.prog.lang == "vue" else want
            name = self._fresh(preferred, self._taken() | set(self.dhelpers.values()))
            self.dhelpers[want] = name
            self.dhelper_src[want] = INT_HELPER.replace("NAME", name, 1)
        return self.dhelpers[want]

    def _inet_helper(self) -> str:
        """The name of the function the translation defines for D's inet_ntop()
        (print_dinet), defined at the end of the script."""
        return self._defined_helper(DINET_WANT, DINET_SOURCE)

    def _dstring_helper(self, func: str) -> str:
        """The name of the function the translation defines for D's `func`
        (print_dstrings), defined at the end of the script."""
        return self._defined_helper(*DSTRING_HELPERS[func])

    def _trace_dump(self, s: ir.TraceValue) -> Optional[list[str]]:
        """Vue's trace(v) as the stap expressions of its dump's rows (print_hexdump),
        None where stap cannot say it."""
        kind = dump_kind(s)
        if kind is None:
            return None
        return dump_rows(s, self._defined_helper(*DUMP_HELPERS[kind]), self._expr(s.value))

    def _defined_helper(self, want: str, source: str) -> str:
        """The name of helper `want` (its text `source`, NAME for its name), defined
        once at the end of the script, its name and locals clear of the script's (a stap
        function's variable named as a global is that global)."""
        if want not in self.dhelpers:
            name = self._fresh(want, self._taken() | set(self.dhelpers.values()))
            self.dhelpers[want] = name
            self.dhelper_src[want] = fresh_locals(source.replace("NAME", name, 1),
                                                  self._taken_globals())
        return self.dhelpers[want]

    def _syscall_name_helper(self, renamed: list[str]) -> str:
        """A function from stap's name of a syscall to the kernel's (D's probefunc), for
        the syscalls in `renamed`; one definition covers every clause that needs one."""
        want = "dtrace_probefunc"
        names = self.file_whats.setdefault(want, set())
        if want in self.dhelpers and names >= set(renamed):
            return self.dhelpers[want]
        names.update(renamed)
        name = self.dhelpers.get(want) or self._fresh(want, self._taken() | set(self.dhelpers.values()))
        self.dhelpers[want] = name
        body = "".join(f'    if (dt_n == "{STAP_NAMES[k]}")\n        return "{k}"\n' for k in sorted(names))
        self.dhelper_src[want] = fresh_locals(
            f"# D names the syscalls stap calls {', '.join(STAP_NAMES[k] for k in sorted(names))} "
            f"as the kernel does\nfunction {name}:string(dt_n:string)\n{{\n{body}    return dt_n\n}}",
            self._taken_globals())
        return name

    def _syscall_any(self) -> bool:
        """Whether the clause being printed is on syscall_any (or .return)."""
        return bool(self.points) and not self.every_as_alias and all(
            pp.kind == "syscall" and pp.name == "*" for pp in self.points)

    def _errno_test(self, e: ir.Expr) -> bool:
        """`errno != 0` (or `== 0`) where errno is what stap's return value carries."""
        return (isinstance(e, ir.Binary) and e.op in ("!=", "==") and e.lhs == ir.Builtin("errno")
                and e.rhs == ir.IntLit(0) and bool(self.points)
                and all(pp.kind == "syscall" and pp.is_return for pp in self.points))

    def _tracepoint_param(self, e: ir.KernelCast) -> Optional[str]:
        """The name of the tracepoint parameter `e` casts by position to its own type
        (D's `(struct task_struct *)args[1]`): stap's `$prev` (ir/tpcasts.py)."""
        known = (self.prog.options or {}).get("tracepoint_params") or {}
        return tracepoint_param(e, self.points or [], known)

    def _member(self, e: ir.KernelMember, task_name: bool = True) -> str:
        """stap spells every step `->`; only target variables and @cast take it, so any
        other base is wrapped in an @cast of its pointer type. A member another
        language reads as a string (a char array) is kernel_string() of its address;
        with `task_name`, a task's comm read so is task_execname() of the task (D's
        `p->comm`, where `stringof(p->comm)` is the kernel_string())."""
        base = e.base
        if (task_name and e.path == ["comm"] and not e.decay and e.type is not None and e.type.is_str
                and isinstance(base, ir.KernelCast) and _c_type(base.ctype) == _c_type(TASK)):
            # a task's name read as a string is what task_execname(t) reads
            named = self._tracepoint_param(base)
            return f"task_execname({'$' + named if named else self._expr(base.expr)})"
        if isinstance(base, (ir.ProbeArg, ir.KernelCast, ir.KernelMember, ir.ContainerOf)):
            text = self._expr(base)
        elif isinstance(base, ir.KernelElem) and base.addr_of and isinstance(
                base.base, (ir.ProbeArg, ir.KernelCast, ir.KernelMember, ir.KernelElem)):
            # `p[i]->m` of a struct array: stap's `->` steps into the i-th struct
            # (analysis took the element as its address: struct_element_base)
            text = self._expr(dataclasses.replace(base, addr_of=False))
        else:
            ctype = base.type.ctype if base.type is not None else None
            if ctype is None and isinstance(base, (ir.Var, ir.FuncCall)):
                # stap's autocast of a local/global/result (its type comes with analysis)
                text = self._expr(base)
            elif ctype is None:
                raise self.err("'->' on this value cannot be expressed in stap", e)
            else:
                text = f"@cast({self._expr(base)}, {encode_string(_cast_name(ctype, e))})"
        text += "".join(f"->{m}" for m in e.path)
        if not e.decay and e.type is not None and e.type.is_str:
            return f"kernel_string({text})"
        return text

    def _builtin(self, e: ir.Builtin) -> str:
        if e.name == "procfs_value":
            return "$value"
        if e.name == "kernelmode":  # Vue's __kernelmode: 1 in kernel code, 0 in user code
            return "!user_mode()"  # unary ! binds tighter than any binary operator
        if e.name in NF_SPELLING and self.points and all(pp.kind == "netfilter" for pp in self.points):
            return NF_SPELLING[e.name]
        if e.name == "syscall_nr" and self._syscall_any():
            return "syscall_nr"  # syscall_any's variable
        if e.name == "retval":
            if self.points and all(pp.kind == "syscall" for pp in self.points):
                return "retval"
            if self.points and all(pp.kind == "ufunc" for pp in self.points):
                # a user program is seldom built with debuginfo, which $return needs;
                # returnval() reads the return register
                return "returnval()"
            return "$return"
        if e.name in ("argstr", "syscall_name") and not (
                self.points and all(pp.kind == "syscall" for pp in self.points)):
            raise self.err(f"'{e.name}' is only available in syscall probes in stap", e)
        syscalls = bool(self.points) and all(pp.kind == "syscall" for pp in self.points)
        if e.name in ("probeprov", "probemod", "probename"):
            desc = self._probe_desc(e.name)
            if desc is not None:
                return desc
        if e.name == "probefunc" and {pp.kind for pp in self.points} & {"begin", "end"} \
                and len({pp.kind for pp in self.points}) > 1 and self._probe_desc(e.name) is not None:
            return self._probe_desc(e.name)  # BEGIN or END with other probes: by pp()
        if e.name == "probefunc" and provider_field(self.points, "probefunc") is not None:
            return encode_string(provider_field(self.points, "probefunc") or "")
        if e.name == "errno" and self.failed:
            return "-retval"  # the guard above says the call failed (ir/failguard.py)
        if e.name == "errno" and syscalls and all(pp.is_return for pp in self.points):
            # D's errno after a syscall: the error its return value carries, else 0.
            return ERRNO_SLOT  # the expression or a local, once the probe is printed
        if e.name == "probefunc" and syscalls:
            # ppfunc() of a syscall alias is the kernel's entry point (__x64_sys_read);
            # D's probefunc is the syscall's name, stap's `name`, which says mmap2,
            # pread and pwrite for mmap, pread64 and pwrite64.
            # syscall_any says the kernel's names.
            renamed = [k for k in STAP_NAMES if any(fnmatch.fnmatchcase(k, pp.name) for pp in self.points
                                                    if pp.name != "*" or self.every_as_alias)]
            return f"{self._syscall_name_helper(renamed)}(name)" if renamed else "name"
        if e.name == "probename" and self.points and all(pp.kind in ("syscall", "kfunc") for pp in self.points):
            sides = {pp.is_return for pp in self.points}
            if len(sides) == 1:
                return '"return"' if sides.pop() else '"entry"'
        if e.name == "vtimestamp":  # the thread's on-CPU time from its scheduler entity
            return vtimestamp_port.STAP_TEXT
        if e.name in BUILTIN_SPELLING:
            return BUILTIN_SPELLING[e.name]
        m = re.fullmatch(r"arg(\d)", e.name)
        named = m and tracepoint_param_at(int(m.group(1)), self.points or [],
                                          (self.prog.options or {}).get("tracepoint_params") or {})
        if named:
            # a tracepoint's argument by position is its parameter by name: long_arg()
            # reads a function's registers, not a tracepoint's arguments
            return f"${named}"
        if m and int(m.group(1)) >= 6:
            if self.points and all(pp.kind == "syscall" for pp in self.points):
                return "0"  # a syscall has six arguments
            raise self.err(f"D's {e.name} cannot be expressed in stap (long_arg() reads the "
                           "first six arguments)", e)
        if m and int(m.group(1)) < 2 and self.points and all(pp.kind == "timer" for pp in self.points):
            # DTrace's profile/tick arg0 is the interrupted kernel PC (0 in user mode),
            # arg1 the user PC (0 in kernel mode)
            return "user_mode() ? addr() : 0" if m.group(1) == "1" else "user_mode() ? 0 : addr()"
        if m:
            return f"{'pointer_arg' if id(e) in self.pointer_args else ARG_SPELLING}({int(m.group(1)) + 1})"
        nearest = _NEAREST_BUILTIN.get(e.name)
        raise self.err(f"builtin '{e.name}' cannot be expressed in stap"
                       + (f"; nearest: {nearest}" if nearest else ""), e)

    def _begin_end_pp(self, e: ir.Ternary) -> bool:
        """Whether `e` is `probename == "BEGIN" ? "begin" : "end"` (or the END test the
        other way) in a clause on BEGIN and END: what stap's pp() is there, and what
        the D port of a stap `probe begin, end` says pp() with."""
        if sorted(pp.kind for pp in self.points) != ["begin", "end"]:
            return False
        c = e.cond
        if not (isinstance(c, ir.Binary) and c.op == "==" and c.lhs == ir.Builtin("probename")):
            return False
        first = {"BEGIN": "begin", "END": "end"}.get(c.rhs.value) if isinstance(c.rhs, ir.StrLit) else None
        return first is not None and e.then == ir.StrLit(first) \
            and e.else_ == ir.StrLit("end" if first == "begin" else "begin")

    def _constant(self, e: ir.Expr):
        """The value of `e` when the clause decides it: literals, D's probe names of
        the clause's probe (probeprov is "dtrace" at BEGIN), string and integer
        comparisons of those and a ?: on them (dtrace-utils' probeprov.d ends with
        `exit(probeprov == "dtrace" ? 0 : 1)`, a plain exit() at BEGIN); else None."""
        if isinstance(e, (ir.IntLit, ir.StrLit)):
            return e.value
        if isinstance(e, ir.Builtin) and e.name in ("probeprov", "probemod", "probefunc", "probename"):
            text = self._probe_desc(e.name)
            if text is not None and re.fullmatch(r'"[^"\\]*"', text):
                return text[1:-1]
            return None
        if isinstance(e, ir.Binary) and e.op in ("==", "!="):
            a, b = self._constant(e.lhs), self._constant(e.rhs)
            if a is None or b is None or type(a) is not type(b):
                return None
            return int((a == b) == (e.op == "=="))
        if isinstance(e, ir.Ternary):
            c = self._constant(e.cond)
            if c is None:
                return None
            return self._constant(e.then if c else e.else_)
        return None

    def _probe_desc(self, field: str, pts: Optional[list] = None) -> Optional[str]:
        """D's probeprov/probemod/probefunc/probename of the clause's probe in stap:
        constants by the kind of probe (as DTrace names it: dtrace:::BEGIN,
        syscall:vmlinux:read:entry, fbt:vmlinux:f:return, profile:::tick-1s), the
        firing function from `name`/ppfunc(), BEGIN or END from pp(); None where
        stap cannot tell (the caller refuses). `pts`: some of the clause's points
        (all of them by default)."""
        pts = self.points if pts is None else pts
        kinds = {pp.kind for pp in pts}
        if len(kinds) > 1 and kinds & {"begin", "end"} and not kinds <= {"begin", "end", "error"}:
            # BEGIN or END with other probes (`BEGIN, profile:::tick-1s`): stap's pp()
            # is "begin" or "end" at those, which tells them from the rest
            rest = [pp for pp in pts if pp.kind not in ("begin", "end")]
            text = self._probe_desc(field, rest)
            for kind in sorted(kinds & {"begin", "end"}):
                own = self._probe_desc(field, [pp for pp in pts if pp.kind == kind])
                if text is None or own is None:
                    return None
                if own != text:
                    text = f'pp() == "{kind}" ? {own} : {text}'
            return text
        user = user_probe_desc(pts, field)
        if user is not None:
            return user
        alias = provider_field(pts, field)
        if alias is not None:
            return encode_string(alias)
        if not pts or any(pp.alias for pp in pts):
            return None
        sides = {pp.is_return for pp in pts}
        side = None if len(sides) != 1 else ('"return"' if sides.pop() else '"entry"')
        if kinds <= {"begin", "end", "error"}:
            names = {k: k.upper() for k in kinds}
            if field == "probename":
                if len(names) == 1:
                    return encode_string(names.popitem()[1])
                if kinds == {"begin", "end"}:
                    return 'pp() == "begin" ? "BEGIN" : "END"'
                return None
            return {"probeprov": '"dtrace"', "probemod": '""', "probefunc": '""'}[field]
        if kinds == {"syscall"} or kinds == {"kfunc"}:
            mods = {pp.module for pp in pts}
            mod = mods.pop() if len(mods) == 1 else "*"
            return {"probeprov": '"syscall"' if kinds == {"syscall"} else '"fbt"',
                    "probemod": None if "*" in mod else encode_string(mod or "vmlinux"),
                    "probename": side,
                    "probefunc": "name" if kinds == {"syscall"} else "ppfunc()"}[field]
        if kinds == {"tracepoint"} and field == "probename":
            # the tracepoint's event (as the D driver names it: sdt:vmlinux::EVENT)
            events = {pp.name.rpartition(":")[2] for pp in pts}
            event = events.pop() if len(events) == 1 else "*"
            return None if any(c in event for c in "*?[") else encode_string(event)
        if kinds == {"tracepoint"}:
            return {"probeprov": '"sdt"', "probemod": '"vmlinux"', "probefunc": '""'}[field]
        if kinds == {"timer"} and all((pp.spelling or "").startswith(("tick-", "profile:::tick-", "profile::tick-"))
                                      for pp in pts):
            if field == "probename":
                names = {(pp.spelling or "").rsplit(":", 1)[-1] for pp in pts}
                return encode_string(names.pop()) if len(names) == 1 else None
            return {"probeprov": '"profile"', "probemod": '""', "probefunc": '""'}[field]
        return None

    def _var(self, e: ir.Var) -> str:
        if e.scope == "thread":
            return f"{self.tname[e.name]}[tid()]"
        if e.scope == "global":
            return self.gname.get(e.name, e.name)
        return self.local_names[e.name]


# IR functions stap spells with their IR name (frontends/stap/tapset.py).
# D built-ins stap has no counterpart of -> what a porter reaches for (completes
# "nearest: ...", as the D and Vue printers' tables do)
_NEAREST_BUILTIN = {
    "stackdepth": "print_backtrace(), which prints the frames (stap has no count of them)",
    "ustackdepth": "print_ubacktrace(), which prints the frames (stap has no count of them)",
}
# Functions whose first argument is an address they read at.
_READS_AT_ADDRESS = frozenset({"user_string", "user_string2", "user_string_n", "kernel_string",
                               "kernel_string2", "user_read", "kernel_read", "kernel_read_int",
                               "user_string_warn", "user_string_n_warn"})


def _raw_arg(e: ir.Expr) -> bool:
    """Whether `e` is a raw probe argument, arg0 to arg5 (long_arg(1) to long_arg(6))."""
    return isinstance(e, ir.Builtin) and re.fullmatch(r"arg[0-5]", e.name) is not None


SAME_NAME_FUNCS = ("kernel_string2", "user_string2", "get_cycles", "pid2task", "pid2execname",
                   "cmdline_str", "cmdline_args", "module_name", "randint", "user_mode", "symname", "symdata", "modname",
                   "usymname", "usymdata", "umodname", "sprint_backtrace", "sprint_ubacktrace", "matched",
                   "symfileline", "addr_to_node", "task_backtrace", "task_dentry_path",
                   "user_string_warn", "user_string_n_warn")


def _cast_name(ctype: str, e: ir.Expr) -> str:
    """@cast's type name for a pointer ctype: "task_struct", "union bpf_attr"."""
    from xtrace.ir.kmember import pointee
    pt = pointee(ctype)
    if pt is None:
        from xtrace.ir.loc import XtraceError
        raise XtraceError(f"@cast needs a struct or union pointer, not {ctype}", e.loc)
    return pt[1] if pt[0] == "struct" else f"{pt[0]} {pt[1]}"


# (bytes, signed) -> the user-memory reader stap users know best for it
USER_READERS = {(8, 1): "user_long", (4, 1): "user_int", (2, 1): "user_short", (1, 1): "user_char",
                (2, 0): "user_ushort", (8, 0): "user_uint64", (4, 0): "user_uint32",
                (1, 0): "user_uint8"}
_KERNEL_READS = {1: "kernel_char", 2: "kernel_short", 4: "kernel_int", 8: "kernel_long"}


def _signed_kernel_read(e: ir.Cast) -> bool:
    """D's `*(int *)p`: a load of n bytes as a signed n-byte integer, which the
    tapset's kernel_int(p) (kernel_char, kernel_short) already is."""
    read = e.operand
    return (e.to.signed and isinstance(read, ir.Call) and read.name == "kernel_read"
            and len(read.args) == 2 and isinstance(read.args[1], ir.IntLit)
            and read.args[1].value * 8 == e.to.bits and read.args[1].value in _KERNEL_READS)


def _raise(ex: Optional[XtraceError]) -> None:
    if ex is not None:
        raise ex


# stap's compound assignments of integers
_COMPOUND_OPS = frozenset({"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"})


def _kernel_var(name: str, t: ir.Type) -> tuple[str, int]:
    """A kernel variable read: `@var("name")` when its known C type is the one read,
    else the tapset reader of that width at its address (masked when unsigned)."""
    known = kernel_vars.known_type(name)
    if known is not None and (known.bits, known.signed) == (t.bits, t.signed):
        return f'@var("{name}")', PREC_PRIMARY
    reader = "kernel_pointer" if (t.bits, t.signed) == (64, False) else _KERNEL_READS[t.bits // 8]
    text = f'{reader}(&@var("{name}"))'
    if t.signed or t.bits == 64:
        return text, PREC_PRIMARY
    return f"{text} & {hex((1 << t.bits) - 1)}", BINARY_PREC["&"]


def _default_of_arg(e: ir.Ternary) -> bool:
    """`$N ? $N : c` of an optional (D defaultargs) integer argument, c a literal."""
    c, t = e.cond, e.then
    return (isinstance(c, ir.ScriptArg) and isinstance(t, ir.ScriptArg) and c.optional and t.optional
            and not c.as_string and not t.as_string and c.index == t.index
            and isinstance(e.else_, ir.IntLit))
