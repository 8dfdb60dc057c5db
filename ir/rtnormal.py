"""The round trip's comparison (tests/test_roundtrip.py): a program with the
constants a port writes out as text, written out the same way.

A port says as text what its language has no name for: D's probeprov at a BEGIN
clause is "dtrace" in stap and Vue, stap's pp() in a `probe begin` is "begin" in
D and Vue, Vue's port of D's substr("hello", 1, 3) is "ell", and each printed by
a bare `%s` lands in the printf's format (ir/printflits.py). Read back, the
script holds that text, which no reader can tell from text the author wrote.
Both programs of a round trip are compared after this normalisation, which
changes nothing a run prints:

- a stap script's own functions are written out where they are called, and its
  loops of a constant count once per pass, as the D and Vue ports write them
  (ir/inline.py, ir/unroll.py: neither language can say a function or a loop);
- stap's substr() of a negative constant start or a count below 1 is "" (as the D
  port writes it);
- D's 64-bit cast of curthread tested with == or != against curthread or 0 is
  curthread (the same bits compared);
- at the return of syscalls whose value is always an int, D's (int)arg0 printed
  or compared with an int constant is the return value (stap's retval);
- a scalar global's initializer of 0 or "", its start value in every language,
  is none;
- a stap store without side effects into a local nothing reads, and a probe's
  first store of 0 or "" into a local it then updates, are left out, as the stap
  port leaves them (stap's optimizer deletes the one, a stap local starts at 0
  or "": the other);
- a stap array updated only with constants and read only as the keys of foreach
  loops is the array storing 1 at each update (ir/keysets.py: the D port's
  count() printed by its keys reads back as a statistics array);
- D's store of 0 into a string thread-local (which frees it) is the store of "":
  a read after either is "";
- the code a D option of 0 keeps from running (ir/deadoptions.py: an `if` on a
  false inline constant, a clause whose predicate needs one, then a clause needing
  a variable only that code set) is left out, as a port that cannot say it leaves
  it out: it never runs;
- a block standing as a statement is its statements (no language scopes by it);
- stap's `catch (msg)` whose catch block never reads msg is a bare `catch` (the D
  port of a try/catch has no message to name: ir/trycatch_clauses.py);
- a string built one strjoin() a statement (`v = a . b; v = v . c`, then `t = v`
  where a self-> or global target was built in its this-> namesake) is the one
  store of the chain, as the D printer writes a long one (frontends/d/joinsteps.py);
- stap's `next` and Vue's `return` outside loops are the rest of the clause under
  an `if`, as D says them (ir/nonext.py);
- a cast to a signed 64-bit integer of a literal that needs 64 bits, which C
  types so already, is the literal;
- in D, the syscall's name at a syscall clause is probefunc (the framing's and
  ids_as_values()'s choice of a site by name says it as the kernel's name);
- a tracepoint's argument read by position and cast to its parameter's own type
  (D's `(struct task_struct *)args[0]`) is the parameter by name, as stap reads
  it and the stap printer writes it (ir/tpcasts.py; the parameters as the
  program's options record them on the target);
- a sprintf("%s<text>", x) printed by a `%Ns` is x printed by `%<N - len(text)>s`
  then the text, as the Vue port writes it (both pad alike), where x is bounded
  short of the string size (probefunc at a syscall clause a syscall's name);
- D's translated member (curcpu->cpu_id, args[0]->pr_pid) is the expression it
  stands for, which is all but the D printer see (ir.Translated);
- D clauses on one probe that pass this-> values (or, at one tick, globals) to
  each other are one clause of ifs, as stap and Vue say them (ir/clausemerge.py),
  where none can fault (a fault ends its D clause alone);
- consecutive clauses doing the same on different sites of one kind and side
  (functions, system calls, tracepoints) are one clause on their points, as the
  D port of a stap probe on an alias wildcard (`vm.*.call`) lists them
  (ir/clausemerge.py's merged_alike_clauses);
- a clause on points of different kinds or sides (D's `BEGIN, END`, a syscall's
  entry and return) is a clause per point, in order: each firing runs the one
  clause it ran (points that could name the same probe, two syscall entries,
  are left together, as DTrace fires such a clause once);
- an `if` on a constant (after the folds below) is the branch it takes;
- a constant of the clause's probe (D's probeprov/probemod/probefunc/probename,
  stap's pp() at a begin, end or timer point, Vue's __kernelmode where the
  points decide it: ir/framing.py, whose values the printers write; D's arg6 to
  arg9 at a system call, which has six: 0) is its value, and so is stap's
  @defined() as analysis resolved it; a comparison of constants and a ?: on one
  are decided;
- a string subroutine or concatenation of constants is its value (ir/conststr.py,
  DTrace's rules; a value that strsize would cut is left alone); through D or Vue,
  a stap string function neither has (str_replace(), text_str(), ctime() ...) of
  constants is its value by stap's rules (ir/stapconst.py), as the port writes it;
- a quiet D trace() is the printf it prints (ir/framing.py's traces_as_printf);
- a local set to a sprintf and read only by the printf right after it is that
  sprintf (ir/sprintfsplice.py's forward_sprintfs);
- a sprintf or concatenation printed by a bare `%s` whose text cannot reach the
  smallest string size of the three languages is written into the printf's
  format (ir/sprintfsplice.py; a longer one would be cut where its pieces,
  printed one by one, are not, so it stays);
- a string literal printed by a bare `%s` is written into the format, a D
  inline's too (StrLit.name does not compare), and D's lltostr() of a signed
  integer printed by a bare `%s` is a `%d` of the integer (the same digits;
  stap's sprintf("%d") of it, spliced, reads back so in D);
- in D and Vue, a cast to unsigned int of an int literal shown by %x, %u or %o
  is the literal (an int is 32 bits there: the same digits);
- at syscall returns, Vue's `__rv == -1` (`!= -1`) is `errno != 0` (`== 0`), the
  failure it tests, as the D port says it;
- at a profile or tick probe, D's arg0 and arg1 tested for truth (`arg1 != 0`,
  `/arg0/`) are the mode they say, as the stap port writes them (ir/profilemode.py:
  `arg1 != 0` comes back as `/arg1/`);
- a begin clause with no predicate and no statements (Vue's @@BEGIN that only
  declares variables) is none: the ports leave it out (ir/emptyclauses.py);
- a foreach's loop variables read only inside loops that bind them are named by
  the loop's depth and their place (ir/rtloopvars.py: a port names them as a
  porter would);
- a kernel pointer cast added to or subtracted from is its value (the code counts
  in bytes on it: D's `(struct foo *)16 + 8` of a member is stap's `16 + 8`);
- stap's kernel_string() of a `comm` member is the member as D reads it (the
  kernel keeps comm NUL-terminated: the same bytes);
- D's load through a typed pointer (`*(int *)p`) is stap's kernel_int(p) and
  Vue's copy_kdata() of an int: the same bytes read as the same type;
- a stap script compared through D or Vue (`via`) has what the port writes out
  for stap's tapset written out the port's way, by the port's own code: retstr
  (D: frontends/retstr_port.py, and the if of two printfs ir/printfbranches.py
  makes of it), argstr and its symbolic-text variables (frontends/argstr_port.py;
  the texts it makes, and those alone, spliced into a printf's format or, in D,
  joined where kept as a value, as the port's printer does), errno_str() and
  errno_p() (frontends/tapset_tables.py: in D the table of names filled at BEGIN;
  in Vue, which reads "" for a number the table lacks where stap prints "E<n>",
  only a call of a constant, its value), errno.stp's return_str() of a constant
  format (retstr's text, by retstr_port.return_strs_as_retstr), user_string_warn()
  of an address in the page at 0 (its default, the text printed) and, where the
  probe read the string with user_string() before, user_string_quoted() (the
  port's `p == 0 ? "NULL" : "\"" + read + "\""`: frontends/dstrings_port.py); then
  read as the stap frontend and printer read the port back: `a[k] != ""` of a
  table whose stores are never "" is `k in a`, a first "" store into a local then
  updated is gone, D's lltostr() pieces are stap's sprintf() (ir/sprintfjoin.py
  concat_as_sprintf);
- in stap, `v .= x` is the store `v = v . x`, a width-less `0x%x` is `%#x` (stap
  prints both `0x0` for 0: ir/hexprefix.py), and a raw syscall-entry argument a
  tapset variable holds exactly is that variable (ir/sysparams.py);
- an element of an array, or a variable, whose every store is a string literal (a
  port's table of names, a label) is no longer than the longest, which bounds the
  text a splice makes;
- through D or Vue, a stap array keyed by tid() and used only as the current
  thread's element is the port's thread-local without the thread-exit free the
  way back writes for it (ir/threadexit.py: a dead thread's element is read by no
  one, but a later thread given its id), and stap's thread_indent()/indent() are
  written into their printfs by the port's own code (frontends/indent_port.py);
- a string a stap store keeps, built by sprintf() and `.` (or by D's strjoin()
  steps in a clause-local, then kept in the self-> variable of its name, which
  stap reads back as `.=` steps and a store into an array keyed by tid()), is the
  one sprintf that writes it (stap cuts all three at one length, from the start).

- an integer constant printed by a numeric conversion is the text the run prints
  for it (ir/constprinted.py: in D at its type's width, so the ports' spellings
  of D's narrow and unsigned constants, read back as other casts, compare alike);
- through stap or Vue, a D script that is not quiet has its framing (the heading,
  each record's probe line and newline) written out as the ports write it
  (ir/framing.py explicit_framing), with the CPU column the CPU;
- in a quiet D program, a clause whose predicate steps or stores a variable is an
  `if` of the predicate around its statements, and a global's step that an `if`'s
  condition always evaluates is a statement before it (the stap and Vue ports'
  forms: frontends/stap/print_crement.py);
- through stap or Vue, a D clause that records output and then can fault has what
  can fault computed before its first output, as the ports write it (ir/faultfirst.py:
  D discards the clause's output at its fault, stap's try block and Vue keep it);
- a stap array each of whose elements is stored once (constant keys and values, in
  a begin probe) and that only foreach loops print is the statistics array of those
  values read by @sum, as the D port's sum() aggregation reads back (ir/oncestats.py);
- in Vue, an end_tentative() stands just after the record before it, and one that
  only statements recording nothing follow at the clause's top is none (the
  clause's end ends the section: ir/tentsections.py).

A clause that speculates keeps its printf arguments: each is a record of its
own, which a speculation's specsize counts (as ir/printflits.py keeps them).
"""

from __future__ import annotations

import copy
import dataclasses
import re
from typing import Optional

from . import conststr, stapconst
from .constlocals import constant_int_locals, constant_locals, local_leaf
from .regexstr import constant_match
from . import nodes as ir
from .clause_errors import may_fault
from .clausethreadvars import clause_thread_vars_as_locals
from .threadarrays import thread_vars_as_tid_arrays
from .constint import int_value
from .constprinted import constants_printed
from .clausemerge import merged_alike_clauses, merged_carried_clauses, merged_timer_clauses
from .nonext import eliminate_next
from .regexglob import regex_functions_as_globs
from .profilemode import pc_tests_as_user_mode
from .rtloopvars import loop_vars_by_place
from .deadoptions import without_dead_options
from .deadstores import without_unread_local_stores
from .emptyclauses import without_empty_begin_clauses
from .headerlocals import header_pointer_locals_inlined
from .failguard import says_failed
from .faultfirst import faults_before_records
from .inline import inline_functions
from .nextguard import else_next_as_guards
from .exitlast import exits_written_last
from .inlinedconsts import inlined_constants_folded
from .keysets import key_sets_as_stores
from .oncestats import stored_once_as_statistics
from .loc import XtraceError
from .unroll import written_out_loops
from .sugarblocks import exits_end_clause
from .framing import (explicit_framing, kernelmode_constant, needs_framing, pp_constant,
                      probe_desc_constant, provider_field, traces_as_printf)
from .printflits import fold
from .narrow_values import exact_value, holds_only
from .syscall_returns import returns_int
from .tentsections import tentative_stops_settled
from .types import INT64, STRING, Type
from .setopts import settled_sort_setopts
from .rundumps import printa_kinds
from .sprintfjoin import concat_as_sprintf
from .sprintfsplice import forward_sprintfs, one_sprintf, splice_format, spliced_sprintf
from .hexprefix import implicit_hex_prefix
from .threadexit import is_tid, read_thread_exit_frees
from .tpcasts import c_type, casts_as_params
from .contextvars import context_vars_as_sprintfs

_PROBE_DESC = ("probeprov", "probemod", "probefunc", "probename")
# The shortest a string may be before a language cuts it: Vue's default String size
# is the smallest of the three (D's strsize is 256, stap's MAXSTRINGLEN 512).
_SHORTEST_STRING = 128
# The most characters a numeric conversion writes before its width: a 64-bit
# number in octal with its sign and prefix.
_NUMBER_CHARS = 24
# string functions whose value is no longer than their argument (or ".")
_NO_LONGER = frozenset({"dirname", "basename", "toupper", "tolower"})
_TASK_COMM = 15  # execname: the kernel's comm, TASK_COMM_LEN less its NUL
# probefunc at a syscall clause: the syscall's name (Linux's longest,
# landlock_create_ruleset, has 23 characters)
_SYSCALL_NAME = 32
# what the D and Vue ports say of a path argstr reads (frontends/argstr_port.py's PATH_NOTE)
_D_PATH_NOTE = "copyinstr() reports the fault and ends the clause"
_VUE_PATH_NOTE = "get_userstring() fails the clause"


def written_out_alike(orig: ir.Program, back: ir.Program,
                      via: Optional[str] = None) -> tuple[ir.Program, ir.Program]:
    """Copies of a round trip's two programs, normalised as the module says. What is
    folded depends on the options (the script's string size, D's quiet), which the
    comparison does not hold: the options of both decide, so that two programs the
    comparison finds equal stay equal. A script that sets its own string size
    (D's strsize, stap's MAXSTRINGLEN) is compared as it is."""
    limits = [(p.options or {}).get("limits", {}).get("MAXSTRINGLEN") for p in (orig, back)]
    if any(n is not None for n in limits):
        return _said_by_the_port(orig, via), _said_by_the_port(back, via)
    # a D clause's trace() is a record, which a speculation's specsize counts: a
    # program that speculates under a specsize of its own keeps them all (and its
    # constant formats unfolded)
    sized = any(_sized_speculation(p) for p in (orig, back))
    traces = all(p.lang == "d" and (p.options or {}).get("quiet") for p in (orig, back)) and not sized
    return _written_out(orig, traces, via, sized), _written_out(back, traces, via, sized)


def _said_by_the_port(prog: ir.Program, via: Optional[str]) -> ir.Program:
    """`prog` as its stap or Vue port says its sort orders and variables, whatever
    the string size: a setopt() every printa follows is their sort order
    (ir/setopts.py), which the port's key-sorted loops bring back as D's pragma; a
    D thread-local of one clause, stored before it is read, is the stap port's local
    (ir/clausethreadvars.py), D's this-> back."""
    if via in ("stap", "vue"):
        prog = _dumps_ordered_as_printas(settled_sort_setopts(prog))
    if via == "stap" and prog.lang == "d":
        prog = clause_thread_vars_as_locals(prog)
    return prog


def _dumps_ordered_as_printas(prog: ir.Program) -> ir.Program:
    """`prog` with the exit's dumps of aggregations a printa() surely prints (their
    dumps print nothing: ir/rundumps.printa_kinds) in the one order every printa()
    sorts in: a port's printas in a key order come back as D's pragma, which sorts
    those dumps too."""
    kinds = printa_kinds(prog)
    orders = {(s.sort_by, s.descending) for s, _ in kinds}
    always = {a for s, k in kinds if k == "always" for a in [s.agg, *s.more]}
    if len(orders) != 1 or orders == {("value", False)} or not always:
        return prog
    (sort_by, descending), = orders
    prog = copy.deepcopy(prog)
    for p in prog.probes:
        for s in ir.walk(p.body if p.implicit else []):
            if isinstance(s, ir.PrintAgg) and s.unless_printed and s.agg in always:
                s.sort_by, s.descending = sort_by, descending
    return prog


def _sized_speculation(prog: ir.Program) -> bool:
    """Whether `prog` speculates with a specsize option, whose records' sizes count."""
    return "SPECSIZE" in ((prog.options or {}).get("limits") or {}) and any(
        isinstance(x, ir.Speculate) for pr in prog.probes for x in ir.walk(pr.body))


def _written_out(prog: ir.Program, traces: bool, via: Optional[str] = None,
                 sized: bool = False) -> ir.Program:
    if prog.lang == "d":
        # the code a D option of 0 keeps from running, which a port that cannot say
        # it leaves out (ir/deadoptions.py: driver/translate.py's retry), never runs
        prog = (without_dead_options(prog) or (prog, []))[0]
        # a D port's this-> pointer to a packet header (frontends/d/headerptrs.py), or
        # of a cast of the probe's argument (frontends/d/castptrs.py), compares as the
        # cast it holds, where it is read (ir/headerlocals.py)
        prog = header_pointer_locals_inlined(prog, held=True)
    if prog.lang == "stap":
        # ... and the stap port of such a D pointer, a local holding the argument
        # (`prev = $prev`, read as @cast(prev, "task_struct")->pid), so
        prog = header_pointer_locals_inlined(prog, held=True)
    if via in ("stap", "vue"):
        prog = faults_before_records(prog)  # (before the framing, as the printers do)
        # a D block that calls exit() with blocks after it ends its probe (sugarblocks.py)
        prog = exits_end_clause(prog)
    prog = _said_by_the_port(prog, via)
    if via in ("d", "stap") and prog.lang == "vue":
        # Vue's uft function regular expression, which D and stap say as a point per
        # glob matching the same names (ir/regexglob.py), compares as those points
        prog = regex_functions_as_globs(prog)
    if via == "vue" or prog.lang == "vue":
        # a Vue port's clause-local of a syscall's return value read several times (rv)
        # is that value where it is read (frontends/vue/rvlocal.py)
        from xtrace.frontends.vue.rvlocal import returns_inlined
        prog = returns_inlined(prog)
    prog = _framing_written_out(prog, via)
    prog = _tapset_tables_written_out(prog, via)
    prog = without_empty_begin_clauses(_stap_stores_left_out(
        _indents_written_out(_functions_and_loops_written_out(prog), via)))
    # (an else-if chain whose last else is `next`: a guard first, as the D port writes
    # it, ir/nextguard.py)
    prog = _thread_exit_frees_dropped(eliminate_next(else_next_as_guards(copy.deepcopy(prog))), via)
    if prog.lang in ("stap", "d"):
        # an exit() the rest of its probe follows is written after it by the D port,
        # where that is exact (ir/exitlast.py): compared so on both sides
        prog = exits_written_last(prog, note=False)
    if prog.lang == "stap" and via in ("d", "vue"):
        # the front end's thread-locals (@entry() values) as the way back writes them
        prog = thread_vars_as_tid_arrays(prog)
    _argument_periods_given(prog)
    _stap_functions_folded(prog, via)
    if prog.lang == "stap" and via in ("d", "vue"):
        # $$parms and its kin of numbers alone are the sprintf the D and Vue printers
        # write out (ir/contextvars.py), spliced into the printf below as theirs is
        prog = context_vars_as_sprintfs(prog)
    prog = _stap_spellings(_syscall_text_written_out(prog, via))
    prog = pc_tests_as_user_mode(prog)
    _scalar_deletes_as_stores(prog)
    if prog.lang == "stap":
        key_sets_as_stores(prog)
        stored_once_as_statistics(prog)
    prog.globals = [_without_unreached_size(_without_start_value(g), prog) for g in prog.globals]
    for root in ir.program_roots(prog):
        if prog.lang == "d":
            _string_frees_as_empty(root)
        if prog.lang == "stap":
            root = ir.map_tree(root, _unfaulting_try_spliced)
        _bodies_as_blocks(root)
        _blocks_flattened(root)
        _unread_catch_vars_dropped(root)
        _appends_spelled_out(root)
        _join_steps_collapsed(root)
    for probe in prog.probes:
        loop_vars_by_place(probe)
    # the -c command's exec tested against its pid: the execve's successful return, as
    # a D port says it (frontends/d/command_start.py; after the probe's names printed
    # are folded into text, as the port prints them)
    prog = _command_execs_moved(prog)
    # a clause per point first: the clauses it makes may then merge as the port's did
    prog.probes = [q for p in prog.probes for q in _per_point(p)]
    # probes doing the same on sites of one kind, one after the other, are one
    # clause on their points, as the D port of stap's `probe vm.*.call` lists them
    prog = merged_alike_clauses(_clauses_merged(prog), comparing=True)
    _stepping_predicates_as_ifs(prog)
    if traces:
        prog = traces_as_printf(prog)
    size, shortest = conststr.STRSIZE, _SHORTEST_STRING
    tables = _literal_tables(prog)
    params = (prog.options or {}).get("tracepoint_params") or {}
    for probe in prog.probes:
        if sized and any(isinstance(x, (ir.Speculate, ir.SpecEnd)) for x in ir.walk(probe.body)):
            continue
        points = probe.points

        def leaf(e: ir.Expr, points=points) -> Optional[conststr.Value]:
            return _probe_constant(points, e, prog.lang)

        def folded(e, leaf=leaf):
            return _folded(_decided_ternary(e), leaf, size)
        if prog.lang == "d" and (prog.options or {}).get("syscall_names") != "stap" and points \
                and all(p.kind == "syscall" for p in points):
            probe.body = ir.map_tree(probe.body, _probefunc)
        if points and all(p.kind == "syscall" and p.is_return for p in points):
            failure = _rv_failure(points)
            probe.body = ir.map_tree(probe.body, failure)
            if probe.predicate is not None:
                probe.predicate = ir.map_tree(probe.predicate, failure)
        if points and all(p.kind == "syscall" and p.is_return and returns_int(p.name) for p in points):
            probe.body = ir.map_tree(probe.body, _int_retval_used_plain)
            if probe.predicate is not None:
                probe.predicate = ir.map_tree(probe.predicate, _int_retval_used_plain)
            if prog.lang == "d" and via == "stap" or prog.lang == "vue":
                _failure_as_errno(probe)
            if prog.lang == "stap" and via == "vue":
                _errno_as_failed_retval(probe)
        if prog.lang == "stap":
            probe.body = ir.map_tree(ir.map_tree(probe.body, _stap_constant_text), _own_type_cast_dropped)
        if via == "stap" and prog.lang in ("d", "vue"):
            _narrow_casts_dropped(probe, params)
        if params:
            named = casts_as_params(probe, params)
            probe.body = ir.map_tree(probe.body, named)
            if probe.predicate is not None:
                probe.predicate = ir.map_tree(probe.predicate, named)
        probe.body = ir.map_tree(ir.map_tree(probe.body, folded), _decided_if)
        _blocks_flattened(probe.body)
        if prog.lang == "d":  # (after the fold: a translated member is its value there)
            probe.body = ir.map_tree(ir.map_tree(ir.map_tree(probe.body, _task_compared_as_pointer),
                                                 _pointer_cast_compared), _address_cast_dropped)
        probe.body = ir.map_tree(ir.map_tree(ir.map_tree(probe.body, _typed_load_as_read),
                                             _pointer_cast_counted), _comm_read_as_string)
        forward_sprintfs(probe.body)
        if prog.lang == "d" and via in ("stap", "vue"):
            _int_locals_printed(probe, prog)
        if probe.predicate is not None:
            probe.predicate = ir.map_tree(ir.map_tree(ir.map_tree(ir.map_tree(
                probe.predicate, folded), _typed_load_as_read), _pointer_cast_counted), _comm_read_as_string)
        for x in ir.walk(probe.body):
            if isinstance(x, ir.Printf):
                x.fmt, x.args = _widths_split(x, points, shortest, tables)
                x.fmt, x.args = _printf_written_out(x.fmt, x.args, shortest, tables)
                x.fmt, x.args = constants_printed(x.fmt, x.args, prog)
                if prog.lang in ("d", "vue"):
                    x.args = _unsigned_shown_plain(x.fmt, x.args)
        if prog.lang == "stap" and via in ("d", "vue"):
            _constants_printed(probe)
    for block in ir.program_blocks(prog):
        _comments_dropped(block)
    if prog.lang == "d":
        for probe in prog.probes:
            _zero_speculations_dropped(probe.body)
    if prog.lang == "vue":
        for probe in prog.probes:
            tentative_stops_settled(probe.body)
    return prog


def _command_execs_moved(prog: ir.Program) -> ir.Program:
    """`prog` with each clause on the -c command's exec tested against its pid moved to
    the execve's successful return, as its D port says it
    (frontends/d/command_start.py). A D clause's names of that probe (probeprov ...)
    are their text first, as the ports print them."""
    from xtrace.frontends.d.command_start import exec_probes_moved, is_exec_point
    if prog.lang == "d" and any(p.points and all(is_exec_point(pt) for pt in p.points)
                                for p in prog.probes):
        prog = copy.deepcopy(prog)
        for probe in prog.probes:
            if probe.points and all(is_exec_point(pt) for pt in probe.points):
                probe.body = ir.map_tree(probe.body, lambda e, pts=probe.points: _probe_name_text(pts, e))
    return exec_probes_moved(prog)


def _probe_name_text(points: list[ir.ProbePoint], e):
    """D's probeprov, probemod, probefunc or probename at `points` as its text."""
    if isinstance(e, ir.Builtin) and e.name in _PROBE_DESC:
        value = _probe_constant(points, e, "d")
        if isinstance(value, str):
            return ir.StrLit(value, loc=e.loc, type=STRING)
    return e


def _zero_speculations_dropped(body: ir.Block) -> None:
    """(In place) D's speculate(0), a statement of the clause itself, with the printf()s
    after it (in the branches of an if too), and commit(0) and discard(0) left out: id
    0 (what a failed speculation() returns) drops the clause's records after
    speculate(), and its commit or discard does nothing, as the stap port says in
    comments (its printer drops those records alike); the clause's other statements
    still run."""
    from .specids import is_zero

    def zero(s) -> bool:
        return isinstance(s, (ir.Speculate, ir.SpecEnd)) and s.tentative is None and is_zero(s.id)

    def without_printfs(block: ir.Block) -> None:
        block.stmts = [s for s in block.stmts if not isinstance(s, ir.Printf)]
        for s in block.stmts:
            for x in ir.walk(s):
                if isinstance(x, ir.Block):
                    x.stmts = [y for y in x.stmts if not isinstance(y, ir.Printf)]
    at = next((i for i, s in enumerate(body.stmts) if isinstance(s, ir.Speculate) and zero(s)), None)
    if at is not None:
        rest = ir.Block(body.stmts[at + 1:], loc=body.loc)
        without_printfs(rest)
        body.stmts = body.stmts[:at] + rest.stmts
    for x in ir.walk(body):
        if isinstance(x, ir.Block):
            x.stmts = [s for s in x.stmts if not zero(s)]


def _comments_dropped(block: ir.Block) -> None:
    """`block` without its comment statements (in place): a comment does nothing when
    the script runs, and a port says in comments what its reader carries as statements
    (the stap port's note on D's speculation(), which reads back in D as a comment
    where the D script had none)."""
    block.stmts = [s for s in block.stmts if not isinstance(s, ir.Comment)]


def _constants_printed(probe: ir.Probe) -> None:
    """In a stap probe compared through D or Vue (in place): each sprintf() of
    constants a printf still prints the text it makes, as the D and Vue printers
    write one they cannot splice (ir/stapconst.py); each conversion of a local that
    holds one literal (ir/constlocals.py) written into the format, its store gone
    once nothing reads it. The ports fold such a local's calls, their readings back
    print it where the original printed the local: both sides alike."""
    from xtrace.runtime.format import apply_format, compile_format, stap_pieces
    consts = constant_locals(probe.body)
    leaf = local_leaf(consts)

    def const_text(conv: str, a: ir.Expr) -> Optional[str]:
        v = consts.get(a.name) if isinstance(a, ir.Var) and a.scope == "local" else None
        if v is None or "*" in conv:
            return None
        try:
            return apply_format(stap_pieces(compile_format(conv)), [v])
        except (ValueError, TypeError, IndexError):
            return None
    for x in ir.walk(probe.body):
        if not isinstance(x, ir.Printf):
            continue
        x.args = [ir.StrLit(v, loc=a.loc, type=a.type) if isinstance(a, ir.Sprintf)
                  and (v := stapconst.sprintf_value(a, "stap", leaf)) is not None else a
                  for a in x.args]
        convs = [m for m in ir.PRINTF_CONVERSION.finditer(x.fmt) if m.group(1) != "%"]
        if len(convs) != len(x.args) or ir.has_star_conversion(x.fmt):
            continue
        out, kept, pos = [], [], 0
        for m, a in zip(convs, x.args):
            text = const_text(m.group(0), a)
            if text is None or "\0" in text:
                kept.append(a)
                continue
            out.append(x.fmt[pos:m.start()] + text.replace("%", "%%"))
            pos = m.end()
        x.fmt, x.args = fold("".join(out) + x.fmt[pos:], kept,
                             lambda a: a.value if isinstance(a, ir.StrLit) else None)
    read = {v.name for s in probe.body.stmts for v in ir.walk(s) if isinstance(v, ir.Var)
            and not (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.target is v)}
    probe.body.stmts = [s for s in probe.body.stmts if not (
        isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and isinstance(s.expr.target, ir.Var)
        and s.expr.target.name in consts and s.expr.target.name not in read
        and isinstance(s.expr.value, (ir.IntLit, ir.StrLit)))]


def _int_locals_printed(probe: ir.Probe, prog: ir.Program) -> None:
    """In a D clause compared through stap or Vue (in place): a clause-local that holds
    one integer constant wherever it is read (ir/constlocals.py), which no other clause
    mentions (a this-> variable lives on into the probe's later clauses), is that
    constant converted to the local's type where a printf reads it, its store gone once
    nothing else reads it; the printf then prints it as ir/constprinted.py writes a
    constant. The ports have one integer type: D's `this->u = (unsigned char)200`
    printed by `%i` is stap's `u = 200` and `%i` of its bits sign-extended at 8, which
    reads back as `this->u = 200` and `%i` of `(char)this->u`: both print -56."""
    consts = constant_int_locals(probe.body)
    if not consts:
        return
    elsewhere = {x.name for r in [probe.predicate] + [q.body for q in prog.probes if q is not probe]
                 + [q.predicate for q in prog.probes if q is not probe] if r is not None
                 for x in ir.walk(r) if isinstance(x, ir.Var) and x.scope == "local"}
    consts = {k: v for k, v in consts.items() if k not in elsewhere}

    def value(e):
        if isinstance(e, ir.Var) and e.scope == "local" and e.name in consts \
                and e.type is not None and e.type.is_int:
            v = copy.deepcopy(consts[e.name])
            return v if v.type == e.type else ir.Cast(e.type, v, loc=e.loc, type=e.type)
        return e
    for x in ir.walk(probe.body):
        if isinstance(x, ir.Printf):
            x.args = [ir.map_tree(a, value) for a in x.args]
    read = {v.name for s in probe.body.stmts for v in ir.walk(s) if isinstance(v, ir.Var)
            and not (isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and s.expr.target is v)}
    probe.body.stmts = [s for s in probe.body.stmts if not (
        isinstance(s, ir.ExprStmt) and isinstance(s.expr, ir.Assign) and isinstance(s.expr.target, ir.Var)
        and s.expr.target.name in consts and s.expr.target.name not in read)]


def _framing_written_out(prog: ir.Program, via: Optional[str]) -> ir.Program:
    """A D program that is not quiet, compared through stap or Vue, with DTrace's
    framing (the heading, each record's probe line and newline) written out as the
    ports write it (ir/framing.py explicit_framing; stap's site names for its
    syscall aliases): the way back reads those printfs as the statements they are.
    The CPU column is the CPU, as D prints it (the Vue port's 0 where Vue cannot
    read it stays a difference)."""
    if prog.lang != "d" or via not in ("stap", "vue") or not needs_framing(prog):
        return prog
    from xtrace.frontends.stap.printer import stap_site_key
    try:
        return explicit_framing(prog, stap_site_key if via == "stap" else lambda pts, nm: nm)
    except XtraceError:  # a framed clause whose probe ID cannot be known: as it is
        return prog


def _stepping_predicates_as_ifs(prog: ir.Program) -> None:
    """In a quiet D program, (in place) a clause whose predicate steps or stores a
    variable as the clause with an `if` of the predicate around its statements (the
    stap and Vue ports' form: Vue's `when` has no side effects, and stap tests after
    its statements), and a global's step that an `if`'s condition always evaluates as
    the step before the `if`, the condition reading the value it gave (`if (++n == 3)`
    is `n++; if (n == 3)`, `if (i++ >= 3)` is `i++; if (i > 3)`), as the stap port
    writes it (frontends/stap/print_crement.py, which says why it is the same
    program). A quiet clause records only what its statements do, so a false
    predicate and a false `if` around them leave the same."""
    if prog.lang != "d" or not (prog.options or {}).get("quiet"):
        return
    for probe in prog.probes:
        pred = probe.predicate
        if pred is not None and any(isinstance(x, (ir.Assign, ir.IncDec)) for x in ir.walk(pred)):
            probe.body = ir.Block([ir.If(pred, probe.body, loc=pred.loc)], loc=probe.body.loc)
            probe.predicate = None
        _steps_hoisted(probe.body)


def _steps_hoisted(root) -> None:
    from xtrace.frontends.stap.print_crement import steps_hoisted
    for x in list(ir.walk(root)):
        if not isinstance(x, ir.Block):
            continue
        stmts: list[ir.Stmt] = []
        for s in x.stmts:
            if isinstance(s, ir.If):
                steps, s.cond = steps_hoisted(s.cond)
                stmts += steps
            stmts.append(s)
        x.stmts = stmts


def _tapset_tables_written_out(prog: ir.Program, via: Optional[str]) -> ir.Program:
    """A stap program's errno_str(), errno_p() and signal names as the port into
    `via` writes them (frontends/tapset_tables.py): in D a table of the names filled
    at BEGIN that the functions read, exact (a number with no name is stap's "E<n>"
    there too); in Vue, which cannot make "E<n>", only the calls of a constant
    argument, each its value."""
    from xtrace.frontends.dstrings_port import unreadable_warn_defaults
    from xtrace.frontends.retstr_port import return_strs_as_retstr
    from xtrace.frontends.tapset_tables import fold_constant_tapset_calls, tables_for_tapset_calls
    if prog.lang != "stap" or via not in ("d", "vue"):
        return prog
    # (first, as the printers do: errno.stp's return_str() of a constant format is
    # retstr's text, whose errno names are the port's own table, not errno_str()'s)
    prog = return_strs_as_retstr(prog, printed_only=via == "vue")
    # (and user_string_warn() of an address no process maps, its default, as printed)
    prog = unreadable_warn_defaults(prog)
    return tables_for_tapset_calls(prog, "d") if via == "d" else fold_constant_tapset_calls(prog)


def _syscall_text_written_out(prog: ir.Program, via: Optional[str]) -> ir.Program:
    """A stap program's retstr and argstr (and its symbolic-text variables) as the
    port into `via` writes them out (frontends/retstr_port.py, argstr_port.py), and
    what the port's printer then does with the texts they make: a printf of retstr's
    two texts the if of two printfs (ir/printfbranches.py), each text printed by a
    bare `%s` spliced into the format and, in D, each kept as a value its pieces
    joined (ir/sprintfsplice.py, sprintfjoin.py). Then, as the stap frontend reads
    them, each `a[k] != ""` of a table of names `k in a` (frontends/stap/inmap_back.py)
    and a first store of "" into a local then updated gone (print_localzeros.py).
    Only the texts the port makes are spliced and joined (the script's own sprintfs
    are compared as they are: a long one is cut where its pieces are not)."""
    from xtrace.frontends.argstr_port import argstr_written_out, is_written_out
    from xtrace.frontends.retstr_port import retstr_written_out
    from xtrace.frontends.stap.inmap_back import comparisons_as_membership
    from xtrace.frontends.stap.print_localzeros import start_zeros_dropped
    from .printfbranches import ternary_printfs_as_ifs
    from .sprintfjoin import lltostr_piece, sprintf_as_concat
    if prog.lang != "stap" or via not in ("d", "vue"):
        return prog
    from xtrace.frontends.argstr_text import TABLE_MARK
    quoted = _quoted_calls_written_out(prog)
    # (and return_str()'s text of another value than the clause's retstr, written out
    # where the call was by _tapset_tables_written_out: its table's reads are there)
    made = {x.loc for root in ir.program_roots(prog) for x in ir.walk(root)
            if is_written_out(x) or isinstance(x, ir.Builtin) and x.name == "retstr"
            or isinstance(x, ir.Index) and x.map.startswith(TABLE_MARK)} | quoted
    if made:
        if via == "d":
            prog = ternary_printfs_as_ifs(argstr_written_out(retstr_written_out(prog), _D_PATH_NOTE))
        else:
            prog = ternary_printfs_as_ifs(retstr_written_out(
                argstr_written_out(prog, _VUE_PATH_NOTE, text_numbers=False), printed_only=True))
        ours = lambda e: isinstance(e, ir.Sprintf) and e.loc in made  # noqa: E731
        for root in ir.program_roots(prog):
            for x in ir.walk(root):
                if isinstance(x, ir.Printf):
                    x.fmt, x.args = _spliced_where(x.fmt, x.args, ours)
        if via == "d":
            for root in ir.program_roots(prog):
                ir.map_tree(root, lambda e: (sprintf_as_concat(e, lltostr_piece) or e) if ours(e) else e)
    # the D printer's strjoin() steps of a value kept in a self-> variable, collapsed
    # first (after the "" each starts from, which the steps read): the membership
    # test below reads the one store they make
    prog = start_zeros_dropped(prog)
    for root in ir.program_roots(prog):
        _appends_spelled_out(root)
        _join_steps_collapsed(root)
    comparisons_as_membership(prog)
    prog = start_zeros_dropped(prog)
    for root in ir.program_roots(prog):
        _lltostr_as_stap_writes(root)
        _stored_texts_as_one_sprintf(root)
    _quoted_reads_written_out(prog)
    return prog


def _quoted_calls_written_out(prog: ir.Program) -> set:
    """(In place) each user_string_quoted() (uconversions.stp's) of a stap program as
    the D and Vue ports write it (frontends/dstrings_port.py): of a constant address in
    the page at 0, stap's text; of a raw syscall argument whose string the probe has
    read with user_string() before (its predicate, or a statement of its body ahead),
    `p == 0 ? "NULL" : "\"" + the string + "\""`. The port's read can fault where
    stap's quoted one cannot, but there only where the read before it of the same
    string did, which ended the probe on both sides; its quotes hold the string
    unescaped (the port's docstring says so). The places of the texts it writes."""
    from xtrace.frontends.dstrings_port import quoted_as_port
    from xtrace.frontends.stap.library import TAPSET_FILE
    made: set = set()
    if not any(f.name == "user_string_quoted" and f.loc.file == TAPSET_FILE for f in prog.functions):
        return made  # (none, or the script's own function of that name)
    for probe in prog.probes:
        points = probe.points
        read: set[int] = set()
        for c in ir.conjuncts(probe.predicate):
            _strings_read(c, points, read)

        def fn(x, read=read, points=points):
            port = quoted_as_port(x)
            if port is None or not (isinstance(port, ir.StrLit)
                                    or _user_string_index(x.args[0], points) in read):
                return x
            made.add(x.loc)
            return port
        for i, s in enumerate(probe.body.stmts):
            probe.body.stmts[i] = ir.map_tree(s, fn)
            e = s.expr if isinstance(s, ir.ExprStmt) else s.cond if isinstance(s, ir.If) else None
            for x in [e] if e is not None else s.args if isinstance(s, ir.Printf) else []:
                _strings_read(x, points, read)
    return made


def _user_string_index(e: ir.Expr, points: list[ir.ProbePoint]) -> Optional[int]:
    """The raw syscall argument `e` (D's argN, or a tapset variable that holds one)
    is, where the clause's syscalls have it in one place; else None."""
    from .syscalls import raw_arg_arms
    m = re.fullmatch(r"arg(\d)", e.name) if isinstance(e, ir.Builtin) else None
    if m:
        return int(m.group(1))
    arms = raw_arg_arms(e.name, points) if isinstance(e, ir.SyscallVar) else None
    return arms[0][0][0] if arms is not None and len(arms) == 1 else None


def _strings_read(e: ir.Expr, points: list[ir.ProbePoint], out: set[int]) -> None:
    """Add to `out` each raw argument whose user string `e` reads with user_string()
    whenever it is evaluated (not in a ?: arm, nor right of && or ||)."""
    if isinstance(e, ir.Ternary):
        _strings_read(e.cond, points, out)
        return
    if isinstance(e, ir.Binary) and e.op in ("&&", "||"):
        _strings_read(e.lhs, points, out)
        return
    if isinstance(e, ir.Call) and e.name == "user_string" and len(e.args) == 1:
        index = _user_string_index(e.args[0], points)
        if index is not None:
            out.add(index)
    for fld in dataclasses.fields(e):
        v = getattr(e, fld.name)
        for x in v if isinstance(v, list) else [v]:
            if isinstance(x, ir.Expr):
                _strings_read(x, points, out)


def _quoted_reads_written_out(prog: ir.Program) -> None:
    """In a stap program compared through D or Vue (in place), each syscall variable
    of a quoted user string (`filename`, `oldname`: user_string_quoted() of a raw
    argument) printed or formatted by a bare `%s` as the D and Vue ports write it,
    `"%s"` of the raw argument's user_string() (copyinstr(), get_userstring():
    frontends/d/printer.py _user_string_arg, sprintfsplice.quotes_in_format), where
    the clause has already read that argument's string with user_string() on every
    path to it (argstr's path written out, ahead in the same clause or the same
    format). stap's variable cannot fault (it writes an unreadable address as the
    address); the port's read can, but only where the read just before it of the
    same string did, which ended the clause there on both sides. As argstr's path
    written out, the port's quotes hold the string unescaped where stap's escape a
    quote, a backslash or a control character (the ports say so)."""
    from .sprintfsplice import quotes_in_format
    from .syscalls import USTR, raw_arg_arms
    for probe in prog.probes:
        points = probe.points

        def quoted_index(e: ir.Expr, points=points) -> Optional[int]:
            arms = raw_arg_arms(e.name, points) if isinstance(e, ir.SyscallVar) else None
            if arms is None or len(arms) != 1 or arms[0][0][1] != USTR:
                return None
            return arms[0][0][0]

        read: set[int] = set()
        _quoted_test_read_first(probe, quoted_index)
        for c in ir.conjuncts(probe.predicate):
            # (the body runs only where each holds: a quoted string found equal to a
            # literal's was read, as was each user_string() the predicate reads)
            if _quoted_equals(c) is not None:
                read.add(_quoted_equals(c)[0])
            _strings_read(c, points, read)
        for s in probe.body.stmts:
            e = s.expr if isinstance(s, ir.ExprStmt) else None
            formatted = s if isinstance(s, ir.Printf) else e.value if isinstance(e, ir.Assign) \
                and isinstance(e.value, ir.Sprintf) else None
            if formatted is not None:
                chosen: dict[int, int] = {}
                for a in formatted.args:
                    if quoted_index(a) in read:
                        chosen[id(a)] = quoted_index(a)
                    _strings_read(a, points, read)
                fmt, flags = quotes_in_format(formatted.fmt, formatted.args, lambda a: id(a) in chosen)
                if any(flags):
                    formatted.fmt = fmt
                    formatted.args = [ir.Call("user_string", [ir.Builtin(f"arg{chosen[id(a)]}", loc=a.loc)],
                                              loc=a.loc, type=a.type) if flag else a
                                      for a, flag in zip(formatted.args, flags)]
            elif isinstance(s, ir.If):
                _strings_read(s.cond, points, read)
            elif e is not None:
                _strings_read(e, points, read)


def _quoted_equals(e: ir.Expr) -> Optional[tuple[int, str]]:
    """For `user_string_quoted(argN) == "\\"text\\""` (text plain, ir/quotedstr.py): (N, text)."""
    from .quotedstr import unquoted_comparison
    got = unquoted_comparison(e, lambda q: isinstance(q, ir.Call) and q.name == "user_string_quoted"
                              and len(q.args) == 1 and isinstance(q.args[0], ir.Builtin)
                              and re.fullmatch(r"arg\d", q.args[0].name) is not None)
    if got is None or e.op != "==":
        return None
    return int(got[0].args[0].name[3:]), got[1]


def _quoted_test_read_first(probe: ir.Probe, quoted_index) -> None:
    """A stap probe testing a quoted user string against a literal's quoted text first
    (`filename == "\\"/etc/hostname\\""`, the predicate's last test), and one reading
    the raw string first in a try block whose catch does nothing, `try { if
    (user_string(argN) != "/etc/hostname") next; REST } catch { }` (the D and Vue
    ports' copyinstr() or get_userstring() test, whose fault ends the clause, read
    back), both as the predicate's test `user_string_quoted(argN) == "\\"...\\""`, the
    rest of the try the body (in place). They do the same: where the string cannot
    be read, stap's quoted variable is its address, no literal's quoted text, and the
    read's fault in the try block does nothing; where it can, the quoted string is
    the literal's quoted text exactly when the raw string is the plain text inside.
    Only where REST cannot fault (but for reads of the same string, which did not just
    before): the catch block would end a fault of its own that stap's ends the
    session at."""
    from .quotedstr import unquoted_comparison
    conj = ir.conjuncts(probe.predicate)
    if conj:
        got = unquoted_comparison(conj[-1], lambda q: quoted_index(q) is not None)
        if got is not None and conj[-1].op == "==":
            q = got[0]
            conj[-1].lhs, conj[-1].rhs = (ir.Call("user_string_quoted", [ir.Builtin(
                f"arg{quoted_index(q)}", loc=q.loc)], loc=q.loc, type=q.type),
                ir.StrLit(f'"{got[1]}"', loc=q.loc, type=q.type))
            return
    stmts = [s for s in probe.body.stmts if not isinstance(s, ir.Comment)]
    t = stmts[0] if len(stmts) == 1 else None
    if not (isinstance(t, ir.Try) and t.catch_var is None and not any(
            not isinstance(s, ir.Comment) for s in t.handler.stmts)):
        return
    body = [s for s in t.body.stmts if not isinstance(s, ir.Comment)]
    test = body[0] if body else None
    if not (isinstance(test, ir.If) and test.else_ is None and isinstance(test.cond, ir.Binary)
            and test.cond.op == "!=" and _only_next(test.then)):
        return
    raw = [a for a in (test.cond.lhs, test.cond.rhs) if isinstance(a, ir.Call)
           and a.name == "user_string" and len(a.args) == 1 and isinstance(a.args[0], ir.Builtin)
           and re.fullmatch(r"arg\d", a.args[0].name)]
    lit = [a for a in (test.cond.lhs, test.cond.rhs) if isinstance(a, ir.StrLit)]
    if len(raw) != 1 or len(lit) != 1 or _inside_plain(lit[0].value) is None:
        return
    read = raw[0]
    rest = t.body.stmts[t.body.stmts.index(test) + 1:]
    if may_fault(rest, trusted=lambda x: x == read):
        return
    cmp = ir.Binary("==", ir.Call("user_string_quoted", [read.args[0]], loc=read.loc, type=read.type),
                    ir.StrLit(f'"{lit[0].value}"', loc=lit[0].loc, type=lit[0].type),
                    loc=test.cond.loc, type=test.cond.type)
    probe.predicate = cmp if probe.predicate is None else ir.Binary(
        "&&", probe.predicate, cmp, loc=probe.predicate.loc, type=test.cond.type)
    probe.body = ir.Block(rest, loc=probe.body.loc)


def _only_next(s: ir.Stmt) -> bool:
    """Whether `s` is `next` (alone in its block)."""
    stmts = s.stmts if isinstance(s, ir.Block) else [s]
    return len(stmts) == 1 and isinstance(stmts[0], ir.Next)


def _inside_plain(text: str) -> Optional[str]:
    """`text` where it is plain printable text (what a quoted literal's inside must be)."""
    from .quotedstr import _inside
    return _inside(f'"{text}"')


def _spliced_where(fmt: str, args: list[ir.Expr], chosen) -> tuple[str, list[ir.Expr]]:
    """A printf's format and arguments with the sprintf arguments `chosen` says of
    written into the format (ir/sprintfsplice.py splice_format), the others kept."""
    if not any(chosen(a) for a in args):
        return fmt, args
    # the others stand in as placeholders the splice leaves, then come back
    kept = {i: a for i, a in enumerate(args) if not chosen(a)}
    masked = [ir.Var(f"__kept{i}", "local", type=a.type) if i in kept else a for i, a in enumerate(args)]
    got = splice_format(fmt, masked)
    if got is None:
        return fmt, args
    back = {f"__kept{i}": a for i, a in kept.items()}
    return got[0], [back.get(a.name, a) if isinstance(a, ir.Var) and a.scope == "local" else a
                    for a in got[1]]


def _stap_spellings(prog: ir.Program) -> ir.Program:
    """A stap program with the stap printer's spellings of what a port reads back as
    (frontends/stap/printer.py): a width-less `0x%x` in a format is `%#x`, which stap
    prints alike, 0 included (ir/hexprefix.py); a `%ld`/`%lli` is `%d`/`%i`, the same in
    stap, whose numbers are all 64 bits (the D port drops the `l` where D would read
    the argument's size: hexprefix.unsigned_narrow_as_plain); a raw syscall-entry
    argument that a tapset variable holds exactly is that variable (ir/sysparams.py)."""
    from .hexprefix import long_size_dropped
    from .sysparams import raw_args_as_params
    if prog.lang != "stap":
        return prog
    prog = raw_args_as_params(prog)
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, (ir.Printf, ir.Sprintf)):
                x.fmt = long_size_dropped(implicit_hex_prefix(x.fmt))
    return prog


def _lltostr_as_stap_writes(node) -> None:
    """D's lltostr() pieces, which the port's lowering writes, as the stap printer
    writes them (in place): a `.` chain holding one the one sprintf of its pieces
    (ir/sprintfjoin.py concat_as_sprintf), a lone lltostr() of base 10 or 16
    sprintf("%d") or sprintf("0x%x"). Outermost first, as the printer reads a chain."""
    for fld in dataclasses.fields(node) if dataclasses.is_dataclass(node) else ():
        v = getattr(node, fld.name)
        if isinstance(v, list):
            setattr(node, fld.name, [_stap_lltostr(x) for x in v])
        elif isinstance(v, ir.Expr):
            setattr(node, fld.name, _stap_lltostr(v))
    for fld in dataclasses.fields(node) if dataclasses.is_dataclass(node) else ():
        v = getattr(node, fld.name)
        for x in v if isinstance(v, list) else [v]:
            if isinstance(x, (ir.Expr, ir.Stmt)):
                _lltostr_as_stap_writes(x)


def _stap_lltostr(e):
    if isinstance(e, ir.Binary) and e.op == ".":
        return concat_as_sprintf(e) or e
    if isinstance(e, ir.Call) and e.name == "lltostr" and e.args and (
            len(e.args) == 1 or e.args[1] in (ir.IntLit(10), ir.IntLit(16))):
        conv = "%d" if len(e.args) == 1 or e.args[1] == ir.IntLit(10) else "0x%x"
        return ir.Sprintf(conv, [e.args[0]], loc=e.loc, type=e.type)
    return e


def _functions_and_loops_written_out(prog: ir.Program) -> ir.Program:
    """A stap program (or a D one with inlines taking parameters: its functions) with
    its own functions written out where they are called (ir/inline.py) and its loops of a constant count written out once per pass
    (ir/unroll.py), as the D and Vue ports write them: neither language has
    functions or loops, so no round trip through them can bring either back.
    Exact: each pass keeps what the program does (its contract: stap's fresh
    locals at each call, arguments evaluated once; tests/test_unroll_semantics.py
    runs written-out loops against the loops), and what it cannot write out so it
    leaves as it is. The tapset functions the ports keep by name (those that
    compute a value or keep state: frontends/gaps.py's library_function) stay
    calls, as they come back."""
    from xtrace.frontends.gaps import library_function
    # a D program's functions are its inlines with parameters (frontends/d/lower.py
    # _param_inline), which the D and Vue ports write out alike
    if prog.lang == "vue" or prog.lang == "d" and not prog.functions:
        return prog
    # (with the constant tests the written-out bodies get decided, as the printers
    # decide them: ir/inlinedconsts.py)
    prog = inlined_constants_folded(inline_functions(prog, library_function))
    return written_out_loops(prog).prog


def _indents_written_out(prog: ir.Program, via: Optional[str]) -> ir.Program:
    """A stap program compared through D or Vue with its thread_indent() and indent()
    calls written into their printfs as the port into `via` writes them, by the
    port's own code (frontends/indent_port.py: a thread-local or global depth and
    start, the clock read once, `%*s` of the depth), after the functions are written
    out, as the port does; as it is where the port refuses a call."""
    from xtrace.frontends.indent_port import indent_calls_written_out
    if prog.lang != "stap" or via not in ("d", "vue"):
        return prog
    try:
        return indent_calls_written_out(prog, via)
    except XtraceError:
        return prog


def _stap_stores_left_out(prog: ir.Program) -> ir.Program:
    """A stap program without the stores the stap port leaves out: a store without
    side effects into a local its probe never reads (ir/deadstores.py: stap's own
    optimizer deletes it), and a probe's first store of 0 or "" into a local it
    then updates (frontends/stap/print_localzeros.py: a stap local starts every
    hit at 0 or ""). Exact: neither store changes what the probe does. After the
    writing out above, which makes both (a written-out function's result nothing
    reads, a loop's `i = 0` before its first pass's `i++`)."""
    from xtrace.frontends.stap.print_localzeros import start_zeros_dropped
    if prog.lang != "stap":
        return prog
    return start_zeros_dropped(without_unread_local_stores(prog))


def _scalar_deletes_as_stores(prog: ir.Program) -> None:
    """stap's `delete x` of a scalar global as the store of 0 or "" it is (the D and
    Vue ports write it so). Exact: stap's delete of a scalar sets it back to its
    type's zero; the statistics, which a delete empties, are not scalars here."""
    types = {g.name: g.type for g in prog.globals if g.kind == "scalar" and g.type is not None}
    if not types:
        return

    def fix(n):
        if isinstance(n, ir.Delete) and n.keys is None and n.map in types:
            t = types[n.map]
            zero = ir.StrLit("", loc=n.loc, type=t) if t.is_str else ir.IntLit(0, loc=n.loc, type=t)
            return ir.ExprStmt(ir.Assign(ir.Var(n.map, "global", loc=n.loc, type=t), "=", zero,
                                         loc=n.loc, type=t), loc=n.loc)
        return n
    for p in prog.probes:
        p.body = ir.map_tree(p.body, fix)


def _without_start_value(g: ir.Global) -> ir.Global:
    """`g` without an initializer that is the value it starts with anyway: a scalar
    global is 0 or "" before its first store in every language (the stap port
    writes `global s = ""` for a string only a format types). Exact: the same
    value, from the same moment (the global's type, which analysis gave it with the
    initializer, compares on its own)."""
    if g.kind == "scalar" and (g.init == ir.StrLit("") or g.init == ir.IntLit(0)):
        return dataclasses.replace(g, init=None)
    return g


def _without_unreached_size(g: ir.Global, prog: ir.Program) -> ir.Global:
    """`g` without its size (stap's `global a[2]`) where the script can never fill it:
    every element it names has constant keys, no more of them than the size. A size
    counts only when a store of one more key finds the array full (stap's array
    overflow error), which the ports, whose arrays have no size, say without it."""
    if g.size is None or g.kind not in ("map", "agg"):
        return g
    keys: set[tuple] = set()
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            named = getattr(x, "agg", None) if isinstance(x, (ir.AggUpdate, ir.AggRead)) \
                else getattr(x, "map", None)
            ks = getattr(x, "keys", None)
            if named != g.name or not isinstance(ks, list) or not all(isinstance(k, ir.Expr) for k in ks):
                continue  # (a foreach names its variables: it stores nothing)
            if not all(isinstance(k, (ir.IntLit, ir.StrLit)) for k in ks):
                return g
            keys.add(tuple((type(k).__name__, k.value) for k in ks))
    return dataclasses.replace(g, size=None) if len(keys) <= g.size else g


def _stap_functions_folded(prog: ir.Program, via: Optional[str]) -> None:
    """In a stap program compared through D or Vue (in place), each call of a stap
    string function of constants neither has (str_replace(), text_str(), ctime(),
    stringat() ...) and each sprintf() of constants its value, a literal, as the port
    writes it (ir/stapconst.py; a local holding one literal counts as it): before the
    texts are joined, so that the literal joins as the port's does. A regular
    expression match of a constant subject is its 1 or 0, and an `if` of one the
    branch it takes (ir/regexstr.py). A D program compared through Vue likewise has
    its string subroutines of a clause-local holding one literal folded, as the Vue
    printer folds them."""
    if not (prog.lang == "stap" and via in ("d", "vue") or prog.lang == "d" and via == "vue"):
        return

    decided: set[int] = set()   # the regex matches decided, as ids of their literals

    # D folds the calls it has no function for; Vue every call of constants
    names = _PORT_FOLDED if via == "d" else conststr.FOLDABLE

    def fold(e, leaf):
        v = conststr.value(e, leaf) if isinstance(e, ir.Call) and e.name in names else None
        if isinstance(e, ir.RegexMatch):
            v = constant_match(e)
            if v is not None:
                lit = ir.IntLit(v, loc=e.loc, type=e.type)
                decided.add(id(lit))
                return lit
        if isinstance(e, ir.If) and id(e.cond) in decided:
            # the ports leave out the `if` of a decided match (ir/regexstr.py)
            kept = e.then if e.cond.value else e.else_
            return kept if kept is not None else ir.Block([], loc=e.loc)
        if isinstance(v, str):
            return ir.StrLit(v, loc=e.loc, type=e.type)
        if isinstance(v, int):
            return ir.IntLit(v, loc=e.loc, type=e.type)
        return e
    for probe in prog.probes:
        # a local holding one literal is it there (ir/constlocals.py), as in the port
        leaf = local_leaf(constant_locals(probe.body))
        ir.map_tree(probe.body, lambda e, leaf=leaf: fold(e, leaf))


# what the D printer folds where stap has a function D lacks (stap's substr() is
# D's substr() under guards: frontends/d/printer.py)
_PORT_FOLDED = (stapconst.FOLDABLE - {"slice"}) | {"stringat"}


def _stap_constant_text(e):
    """stap's substr() of a negative constant start or a count below 1 as "" (the
    runtime's xt_slice, as stap's own substr: nothing is copied; the D port writes
    that ""), where its operands have no side effects."""
    if isinstance(e, ir.Call) and e.name == "slice" and len(e.args) == 3 and (
            isinstance(e.args[1], ir.IntLit) and e.args[1].value < 0
            or isinstance(e.args[2], ir.IntLit) and e.args[2].value < 1):
        if not any(isinstance(x, (ir.Call, ir.FuncCall, ir.Assign, ir.IncDec)) for x in ir.walk(e.args)):
            return ir.StrLit("", loc=e.loc, type=e.type)
    return e


def _task_compared_as_pointer(e):
    """D's `(uintptr_t)curthread` tested with == or != against another such cast, curthread,
    0 or another 64-bit integer (a tracepoint's `arg0`) as curthread itself (the stap
    port's task_current() reads back so, compared with a tracepoint's `$p`). Exact: the
    64-bit cast keeps the pointer's bits, and == and != compare those bits."""
    def task(x) -> bool:
        return x == ir.Builtin("curthread") or isinstance(x, ir.Cast) and x.to.is_int \
            and x.to.bits == 64 and x.operand == ir.Builtin("curthread")

    def int64(x) -> bool:
        return x.type is not None and x.type.is_int and x.type.bits == 64 and x.type.ctype is None
    if not (isinstance(e, ir.Binary) and e.op in ("==", "!=")):
        return e
    if task(e.lhs) and (task(e.rhs) or e.rhs == ir.IntLit(0) or int64(e.rhs)):
        e.lhs = ir.Builtin("curthread", loc=e.lhs.loc)
    if task(e.rhs) and (task(e.lhs) or int64(e.lhs)):
        e.rhs = ir.Builtin("curthread", loc=e.rhs.loc)
    return e


# C's compound assignments of integers, which stap writes too
_COMPOUND = frozenset({"+", "-", "*", "/", "%", "&", "|", "^", "<<", ">>"})


def _narrow_casts_dropped(probe: ir.Probe, params: dict) -> None:
    """Through stap (in place): a conversion to an integer type of a value that holds
    only that type's values is the value (ir/narrow_values.py), as the stap printer
    writes it (`tcp_state_string($newstate)`, `x /= 4` of an int x), and a variable's
    compound store `x op= v` is the store `x = x op v` it is."""
    def dropped(e):
        # (a constant's conversion stays: its type says how D prints it, constprinted.py)
        if isinstance(e, ir.Cast) and e.to.is_int and e.to.bits < 64 and exact_value(e.operand) is None \
                and holds_only(e.operand, e.to, probe.points, params):
            return e.operand
        if isinstance(e, ir.Assign) and e.op[:-1] in _COMPOUND and e.op.endswith("=") \
                and isinstance(e.target, ir.Var):
            return ir.Assign(e.target, "=", ir.Binary(e.op[:-1], copy.deepcopy(e.target), e.value,
                                                      loc=e.loc, type=e.type), loc=e.loc, type=e.type)
        return e
    probe.body = ir.map_tree(probe.body, dropped)
    if probe.predicate is not None:
        probe.predicate = ir.map_tree(probe.predicate, dropped)


def _own_type_cast_dropped(e):
    """stap's `@cast($task, "task_struct")` of a tracepoint parameter already of that
    type (a tapset alias's spelling) as `$task`, and a member that is no array read
    without `decay` (which says only how an array member reads): the same reads."""
    if isinstance(e, ir.KernelCast) and isinstance(e.expr, ir.ProbeArg) and e.expr.type is not None \
            and e.expr.type.ctype and c_type(e.expr.type.ctype) == c_type(e.ctype):
        return e.expr
    if isinstance(e, ir.KernelMember) and e.decay and not e.array_addr \
            and e.type is not None and not e.type.is_str:
        e.decay = False
    return e


def _pointer_cast_compared(e):
    """A 64-bit integer cast of a kernel pointer tested with == or != (or such a cast
    as an arm of a ?: so tested: D's translated `pr_ttydev`, `(tty ? (uint64_t)tty :
    -1) != 0`) as the pointer, which the stap port compares and reads back so. Exact:
    the cast keeps the pointer's 64 bits, and == and != compare those bits; only the
    comparison's own operands (or their arms) lose it, never arithmetic's."""
    def plain(x):
        if isinstance(x, ir.Cast) and x.to.is_int and x.to.bits == 64 and x.operand.type is not None \
                and (x.operand.type.ctype or "").rstrip().endswith("*"):
            return x.operand
        if isinstance(x, ir.Ternary):
            x.then, x.else_ = plain(x.then), plain(x.else_)
        return x
    if isinstance(e, ir.Binary) and e.op in ("==", "!="):
        e.lhs, e.rhs = plain(e.lhs), plain(e.rhs)
    return e


def _rv_failure(points):
    """Vue's `__rv == -1` at these syscall returns as the failure test it is, `errno
    != 0` (the D port's spelling: frontends/vue/syscalls.py rv_failure_test)."""
    from xtrace.frontends.vue.syscalls import rv_failure_test
    int_returns = all(returns_int(p.name) for p in points)
    return lambda e: rv_failure_test(e, int_returns) or e


def _comm_read_as_string(e):
    """stap's kernel_string() of a `comm` member (D's stringof() back from stap) is the
    member as D reads a char array: the text up to its NUL, which the kernel always
    writes into comm (TASK_COMM_LEN: set_task_comm, the tracepoints' copies), so
    both read the same bytes."""
    if isinstance(e, ir.Call) and e.name == "kernel_string" and len(e.args) == 1:
        m = e.args[0]
        if isinstance(m, ir.KernelMember) and m.path[-1:] == ["comm"] and not m.addr_of:
            return ir.KernelMember(m.base, m.path, loc=m.loc, type=e.type)
    return e


def _decided_ternary(e):
    """A `?:` on an integer constant expression (D's `(int)1 == 1 ? "reg" : ...` of a
    translator's member of a constant) as the arm it takes, the value it always is."""
    if isinstance(e, ir.Ternary):
        known = int_value(e.cond)
        if known is not None:
            return e.then if known[0] else e.else_
    return e


def _decided_if(s):
    """An `if` on a constant (folded: a comparison of constants, a script argument
    pasted in) as the branch it takes, which is all that ever runs."""
    if isinstance(s, ir.If) and isinstance(s.cond, ir.IntLit):
        taken = s.then if s.cond.value else s.else_
        return taken if taken is not None else ir.Block([], loc=s.loc)
    return s


def _pointer_cast_counted(e):
    """A kernel pointer cast (D's `(struct foo *)16`, stap's @cast()) as an operand of
    `+` or `-` is its value: the code counts in bytes on the value (backend_c's
    int_expr of a KernelCast is its operand's), so the member address a D struct
    pointer's `->` makes, `(struct foo *)16 + 8`, is stap's `16 + 8`."""
    if isinstance(e, ir.Binary) and e.op in ("+", "-") and \
            (isinstance(e.lhs, ir.KernelCast) or isinstance(e.rhs, ir.KernelCast)):
        def bare(x):
            return x.expr if isinstance(x, ir.KernelCast) else x
        return ir.Binary(e.op, bare(e.lhs), bare(e.rhs), loc=e.loc, type=e.type)
    return e


def _address_cast_dropped(e):
    """D's cast of a member's address to a pointer, `(void *)&curthread->pid`, is the
    address: the address is an unsigned 64-bit value (analysis types `&member` so)
    and a pointer cast keeps its every bit; the stap port writes the bare `&...->pid`."""
    if isinstance(e, ir.Cast) and e.to.kind == "int" and e.to.bits == 64 and not e.to.signed \
            and isinstance(e.operand, ir.KernelMember) and e.operand.addr_of:
        return e.operand
    return e


def _typed_load_as_read(e):
    """D's `*(int *)p` (a cast of kernel_read(p, 4) to int) is stap's kernel_int(p)
    (kernel_read_int(p, 4, 1)): n bytes of kernel memory as an n-byte integer. Eight
    bytes are stap's one integer type, kernel_long(): `*(unsigned long *)p` is
    those bits too."""
    read = e.operand if isinstance(e, ir.Cast) else None
    if isinstance(e, ir.Call) and e.name == "kernel_read_int" and len(e.args) == 3 \
            and e.args[1] == ir.IntLit(8):
        return ir.Call(e.name, [e.args[0], e.args[1], ir.IntLit(1, loc=e.loc)], loc=e.loc, type=INT64)
    if (isinstance(read, ir.Call) and read.name == "kernel_read" and len(read.args) == 2
            and isinstance(read.args[1], ir.IntLit) and e.to.kind == "int"
            and read.args[1].value * 8 == e.to.bits):
        signed = e.to.signed or e.to.bits == 64
        return ir.Call("kernel_read_int", [read.args[0], read.args[1], ir.IntLit(int(signed), loc=e.loc)],
                       loc=e.loc, type=INT64 if e.to.bits == 64 else e.type)
    return e


def _is_int_retval(e) -> bool:
    """Is `e` D's (int) of a syscall's return value?"""
    return isinstance(e, ir.Cast) and e.to.is_int and e.to.signed and e.to.bits == 32 \
        and e.operand == ir.Builtin("retval")


def _int_retval_used_plain(e):
    """At the return of syscalls whose value is always an int (ir/syscall_returns.py,
    which the stap port's `retval` for D's `(int)arg0` relies on), D's (int) of the
    return value printed, or compared with an int constant, is the return value
    itself: the cast keeps every value it can have, and neither use computes in
    the cast's 32 bits (arithmetic would: it is left alone)."""
    if isinstance(e, ir.Printf):
        e.args = [a.operand if _is_int_retval(a) else a for a in e.args]
    elif isinstance(e, ir.Binary) and e.op in ("==", "!=", "<", "<=", ">", ">="):
        for side, other in (("lhs", e.rhs), ("rhs", e.lhs)):
            x = getattr(e, side)
            if _is_int_retval(x) and isinstance(other, ir.IntLit) and -(1 << 31) <= other.value < 1 << 31:
                setattr(e, side, x.operand)
    return e


_INT32 = Type("int", 32)  # D's errno


def _failure_as_errno(probe: ir.Probe) -> None:
    """(In place) at the returns of syscalls whose value is always an int, a D clause's
    test of a negative return value, `arg0 < 0` (`>= 0`), as `errno != 0` (`== 0`), and
    below a predicate that lets only failed calls through, `-arg0` as errno: the stap
    printer's `retval < 0` and `-retval` for D's errno (stap has none), read back. An
    int return value below 0 is -errno (D's errno: the value negated where it is
    -4095 to -1, else 0), so both mean the same. Likewise Vue's `__rv < 0` (`>= 0`),
    the Vue printer's for stap's `retval < 0`: __rv is -1 where the call failed and
    the int value else (frontends/vue/syscalls.py), below 0 only where it failed (and
    so under the (int) of a prototype saying int, which keeps every value it has)."""
    from xtrace.frontends.vue.syscalls import is_syscall_rv

    def rv(e):
        if isinstance(e, ir.Cast) and e.to.kind == "int" and e.to.signed and e.to.bits >= 32:
            e = e.operand
        return is_syscall_rv(e)

    def test(e):
        if isinstance(e, ir.Binary) and e.op in ("<", ">=") and e.rhs == ir.IntLit(0) \
                and (e.lhs == ir.Builtin("retval") or rv(e.lhs)):
            return ir.Binary("!=" if e.op == "<" else "==", ir.Builtin("errno", loc=e.lhs.loc, type=_INT32),
                             ir.IntLit(0, loc=e.rhs.loc, type=_INT32), loc=e.loc, type=e.type)
        return e
    if probe.predicate is not None:
        probe.predicate = ir.map_tree(probe.predicate, test)
    probe.body = ir.map_tree(probe.body, test)
    if not says_failed(probe.points, probe.predicate):
        return

    def negated(e):
        if isinstance(e, ir.Unary) and e.op == "-" and e.operand == ir.Builtin("retval"):
            return ir.Builtin("errno", loc=e.loc, type=_INT32)
        return e
    probe.body = ir.map_tree(probe.body, negated)


def _errno_as_failed_retval(probe: ir.Probe) -> None:
    """(In place) at the returns of syscalls whose value is always an int, below a
    predicate that lets only failed calls through, a stap probe's `-errno` as retval:
    the Vue printer writes stap's retval there as `-__errno` (its __rv is -1 at a
    failure), which stap reads back as `-(retval < 0 ? -retval : 0)`, its errno
    negated. A failed call's int return value is -errno (-4095 to -1), so both are
    the same number there."""
    if not says_failed(probe.points, probe.predicate):
        return

    def fn(e):
        if isinstance(e, ir.Unary) and e.op == "-" and e.operand == ir.Builtin("errno"):
            return ir.Builtin("retval", loc=e.loc, type=e.type)
        return e
    probe.body = ir.map_tree(probe.body, fn)


def _string_frees_as_empty(root) -> None:
    """(In place) D's store of 0 into a string thread-local, which frees it, as the
    store of "": a read after either is "" (the Vue port's, whose String has no 0)."""
    for x in ir.walk(root):
        if isinstance(x, ir.Assign) and x.op == "=" and isinstance(x.target, ir.Var) \
                and x.target.scope == "thread" and x.target.type is not None \
                and x.target.type.is_str and isinstance(x.value, ir.IntLit) and x.value.value == 0:
            x.value = ir.StrLit("", loc=x.value.loc, type=x.target.type)


def _blocks_flattened(root) -> None:
    """Each block standing as a statement of a statement list spliced into the list
    (in place): it scopes nothing in any of the three languages (D's this->, stap's
    and Vue's locals live for the whole clause), and DTrace's grammar has no such
    block, so a D port writes its statements bare."""
    for x in ir.walk(root):
        if isinstance(x, ir.Block) and any(type(s) is ir.Block for s in x.stmts):
            flat: list[ir.Stmt] = []
            for s in x.stmts:
                flat += _spliced(s)
            x.stmts = flat


def _bodies_as_blocks(root) -> None:
    """Each if's branch and loop's body that is one statement as the block of it (in
    place): `if (c) s` and `if (c) { s }` are one statement in each language, which a
    port may write either way (and _blocks_flattened then splices a block in it)."""
    for x in ir.walk(root):
        for name in ("then", "else_", "body"):
            s = getattr(x, name, None) if isinstance(x, (ir.If, ir.ForEach, ir.While)) else None
            if isinstance(s, ir.Stmt) and type(s) is not ir.Block:
                setattr(x, name, ir.Block([s], loc=s.loc))


def _unfaulting_try_spliced(s):
    """A stap try block whose body cannot raise a run-time error as that body (a
    block, which _blocks_flattened splices): its catch block never runs, and the Vue
    printer writes the statements alone. Not where the body raises one of its own
    (error()), reads a statistic (@avg of an empty one is an error) or stores into
    an array with a size (one past it is an error), which may_fault does not count."""
    if not isinstance(s, ir.Try) or may_fault(s.body) or any(
            isinstance(x, (ir.Fail, ir.AggRead, ir.Index)) for x in ir.walk(s.body)):
        return s
    return ir.Block(s.body.stmts, loc=s.loc)


def _unread_catch_vars_dropped(root) -> None:
    """Each try's catch variable that its catch block never reads dropped (in place)."""
    for x in ir.walk(root):
        if isinstance(x, ir.Try) and x.catch_var is not None and not any(
                isinstance(v, ir.Var) and v.scope == "local" and v.name == x.catch_var
                for v in ir.walk(x.handler)):
            x.catch_var = None


def _appends_spelled_out(root) -> None:
    """Each stap `v .= x` into a variable as the store `v = v . x` it is (in place), as
    the D port's strjoin() steps read back in stap: `.=` is stap's spelling alone."""
    for x in ir.walk(root):
        if isinstance(x, ir.ExprStmt) and isinstance(x.expr, ir.Assign) and x.expr.op == ".=" \
                and isinstance(x.expr.target, ir.Var):
            e = x.expr
            x.expr = ir.Assign(e.target, "=", ir.Binary(".", copy.deepcopy(e.target), e.value,
                                                        loc=e.loc, type=e.type), loc=e.loc, type=e.type)


def _join_store(s: ir.Stmt, kept: bool = False) -> Optional[ir.Assign]:
    """`s` as a store `v = ...` into a variable (with `kept`, or into an array's element)."""
    e = s.expr if isinstance(s, ir.ExprStmt) else None
    targets = (ir.Var, ir.Index) if kept else ir.Var
    return e if isinstance(e, ir.Assign) and e.op == "=" and isinstance(e.target, targets) else None


def _join_steps_collapsed(root) -> None:
    """A string built one strjoin() a statement, `v = a . b; v = v . c; ...` (and, where
    the D printer built a self-> or global target in its this-> namesake, the store
    `t = v` after them), is the one store of the chain `t = a . b . c ...` the source
    wrote (frontends/d/joinsteps.py). In place; a clause-local of the steps that
    anything else reads keeps its store."""
    for blk in ir.walk(root):
        if not isinstance(blk, ir.Block):
            continue
        out: list[ir.Stmt] = []
        i = 0
        while i < len(blk.stmts):
            first = _join_store(blk.stmts[i])
            j = i + 1
            # (a first piece with a number is the one sprintf stap reads D's strjoin() of
            # lltostr() pieces as)
            if first is not None and (isinstance(first.value, ir.Binary) and first.value.op == "."
                                      or isinstance(first.value, ir.Sprintf)):
                v, value = first.target, first.value
                while j < len(blk.stmts):
                    step = _join_store(blk.stmts[j])
                    if not (step is not None and step.target == v and isinstance(step.value, ir.Binary)
                            and step.value.op == "." and step.value.lhs == v
                            and v not in list(ir.walk(step.value.rhs))):
                        break
                    value = ir.Binary(".", value, step.value.rhs, type=step.value.type)
                    j += 1
                last = _join_store(blk.stmts[j], kept=True) if j < len(blk.stmts) else None
                if j > i + 1 and v.scope == "local" and last is not None and last.value == v \
                        and _kept_in(last.target, v) \
                        and v not in [x for k, t in enumerate(blk.stmts) if not i <= k <= j
                                      for x in ir.walk(t)]:
                    out.append(ir.ExprStmt(ir.Assign(last.target, "=", value, type=last.type),
                                           loc=blk.stmts[i].loc))
                    i = j + 1
                    continue
                if j > i + 1:
                    out.append(ir.ExprStmt(ir.Assign(v, "=", value, type=first.type),
                                           loc=blk.stmts[i].loc))
                    i = j
                    continue
            out.append(blk.stmts[i])
            i += 1
        blk.stmts = out


def _kept_in(target: ir.Expr, v: ir.Var) -> bool:
    """Whether `target` is where the D printer keeps the value it built in clause-local
    `v`: the global or self-> variable of its name, which stap reads back as a global
    or as the current thread's element of an array keyed by tid() (a clause-local of
    the array's name is renamed `NAME_2` there, the stap printer's fresh name)."""
    if isinstance(target, ir.Var):
        return target.scope != "local" and target.name == v.name
    return isinstance(target, ir.Index) and len(target.keys) == 1 and is_tid(target.keys[0]) \
        and re.fullmatch(re.escape(target.map) + r"(_\d+)?", v.name) is not None


def _thread_exit_frees_dropped(prog: ir.Program, via: Optional[str]) -> ir.Program:
    """A stap program compared through D or Vue without the probes that free the
    exiting thread's elements of arrays keyed by tid() (in place): the D and Vue
    ports keep such an array as a thread-local (D's self->, which ends with its
    thread), and the way back frees it in a `kernel.trace("sched_process_exit")`
    probe the original does not have (ir/threadexit.py, print_threadexit.py).
    Only where every use of each array is the current thread's element, its first
    key tid() (ir/threadexit.py read_thread_exit_frees: no foreach, no print or
    auto-print, no delete of the whole array, no statistics): a thread's element
    is then read only by that thread while it lives, so what the free takes away
    is never read again, except by a later thread the kernel gives the same id
    (ids come round again only after pid_max others) or, in a run of more threads
    than an array holds (MAXMAPENTRIES), as the room the dead threads' elements
    take."""
    if prog.lang != "stap" or via not in ("d", "vue"):
        return prog
    return read_thread_exit_frees(prog)


def _stored_texts_as_one_sprintf(root) -> None:
    """Each string a stap store keeps that is built by sprintf() and `.` (a script's
    sprintf of an argstr text, the D port's strjoin() steps read back as one chain)
    as the one sprintf that writes the same characters, in place: nested sprintf()s
    and `.` pieces printed by a bare `%s` spliced into the format, D's lltostr()
    pieces their conversions. Exact: stap cuts a sprintf, a `.` and a stored string
    at one length (MAXSTRINGLEN) from the start, so cutting a piece first cuts
    nothing the whole would keep."""
    for x in ir.walk(root):
        if isinstance(x, ir.Assign) and x.op == "=" and (
                isinstance(x.value, ir.Sprintf) or isinstance(x.value, ir.Binary) and x.value.op == "."):
            flat = one_sprintf(x.value)
            if flat is not None:
                x.value = ir.Sprintf(implicit_hex_prefix(flat[0]), flat[1], loc=x.value.loc, type=x.value.type)


def _spliced(s: ir.Stmt) -> list[ir.Stmt]:
    return [y for t in s.stmts for y in _spliced(t)] if type(s) is ir.Block else [s]


def _probefunc(e):
    """D's syscall name at a syscall clause: its probefunc (the kernel's names, as the
    D printer writes it where the script is not a stap one, whose `name` renames)."""
    return ir.Builtin("probefunc", loc=e.loc, type=e.type) \
        if isinstance(e, ir.Builtin) and e.name == "syscall_name" else e


def _clauses_merged(prog: ir.Program) -> ir.Program:
    """A D program whose clauses on one probe that pass clause-locals or (at one
    tick) globals to each other are one clause of ifs, as the stap and Vue ports
    say them (ir/clausemerge.py): D runs them in that order at one firing. Only
    where no clause can fault: a fault ends its own D clause, but the rest of
    the merged one too."""
    if prog.lang != "d" or any(may_fault(p.body) or p.predicate is not None and may_fault(p.predicate)
                               for p in prog.probes):
        return prog
    # (the merge ends a clause with `next` after an exit(): said without it, as above)
    return eliminate_next(merged_timer_clauses(merged_carried_clauses(prog)))


def _argument_periods_given(prog: ir.Program) -> None:
    """Each timer point whose rate a script argument gives, where the run's value is
    known (`arg_period_ns`: D's tick-$1 run with 5), as the period it gives (in place):
    tick-$1 run with 5 and tick-200ms fire alike in that run, a rate in Hz being the
    period 1 s / N, which is what a port into a language that cannot keep a rate
    argument writes (Vue's intervals are milliseconds: frontends/vue/printer.py). A
    period in a unit a port keeps as the argument (Vue's `clock:$1` of D's
    tick-$1ms) stays the argument on both sides."""
    for probe in prog.probes:
        for p in probe.points:
            if p.kind == "timer" and p.period_arg and p.period_unit == "hz" and p.arg_period_ns:
                p.period_ns, p.period_arg, p.period_unit = p.arg_period_ns, 0, ""


def _per_point(probe: ir.Probe) -> list[ir.Probe]:
    """`probe` as a probe per point where no two of its points share a kind and a
    side, else `probe` alone."""
    sides = {(p.kind, p.is_return) for p in probe.points}
    if len(probe.points) < 2 or len(sides) != len(probe.points):
        return [probe]
    return [dataclasses.replace(probe, points=[pt], body=copy.deepcopy(probe.body),
                                predicate=copy.deepcopy(probe.predicate)) for pt in probe.points]


def _tick(p: ir.ProbePoint) -> bool:
    """Whether a timer point is DTrace's profile:::tick-N (as it spells it)."""
    return (p.spelling or "").rsplit(":", 1)[-1].startswith("tick-")


def _probe_constant(points: list[ir.ProbePoint], e: ir.Expr, lang: str = "") -> Optional[conststr.Value]:
    """The value a probe built-in is at every firing of the clause (or stap's
    @defined(), resolved), or None. D's probefunc at a clause on one system call
    is its name (the stap port of `syscall::$$1:return` says it by `name`, which
    reads back as probefunc)."""
    if isinstance(e, ir.Defined) and e.value is not None:
        return int(bool(e.value))
    if not isinstance(e, ir.Builtin):
        return None
    if e.name == "kernelmode":
        return kernelmode_constant(points)
    m = re.fullmatch(r"arg(\d)", e.name)
    if m and int(m.group(1)) >= 6 and points and all(p.kind == "syscall" for p in points):
        return 0
    if e.name == "pp":
        return pp_constant(points)
    if e.name == "probefunc" and points and all(
            p.kind in ("begin", "end", "error") or p.kind == "timer" and _tick(p) for p in points):
        return ""  # DTrace's BEGIN, END, ERROR and profile probes name no function
    if e.name == "probefunc" and lang == "d" and _one_syscall(points):
        return points[0].name
    if e.name == "probefunc":
        return provider_field(points, "probefunc")
    if e.name == "probename" and points and {p.kind for p in points} == {"umark"} \
            and len({p.name for p in points}) == 1 and not any(c in points[0].name for c in "*?["):
        return points[0].name.replace("__", "-")  # D's name of the marker, as ports write it
    if e.name == "probename" and points and {p.kind for p in points} == {"ufunc"} \
            and len({p.is_return for p in points}) == 1:
        return "return" if points[0].is_return else "entry"
    if e.name in _PROBE_DESC and lang == "d" and points and all(
            p.kind == "tracepoint" and not p.alias for p in points):
        # D's names of a kernel tracepoint, sdt:vmlinux::EVENT, as the D driver gives
        # them and the stap port writes them (there is one event where probename is one)
        events = {p.name.rpartition(":")[2] for p in points}
        event = events.pop() if len(events) == 1 else "*"
        return {"probeprov": "sdt", "probemod": "vmlinux",
                "probename": None if any(c in event for c in "*?[") else event}.get(e.name)
    if e.name in _PROBE_DESC:
        # a module's function is no vmlinux one: left as it is
        if e.name == "probemod" and any(p.module for p in points):
            return None
        return probe_desc_constant(points, e.name)
    return None


def _one_syscall(points: list[ir.ProbePoint]) -> bool:
    """Whether every point is the one system call's, named without a glob."""
    return bool(points) and all(p.kind == "syscall" and not p.alias for p in points) \
        and len({p.name for p in points}) == 1 and not any(c in points[0].name for c in "*?[")


def _folded(e, leaf, size: int):
    """`e` as the literal it is when it is a constant of the kinds the module lists
    (children first: map_tree has folded `e`'s operands already). Integer
    arithmetic is left as it is: no port writes its value."""
    if not isinstance(e, ir.Expr) or isinstance(e, (ir.IntLit, ir.StrLit)):
        return e
    if isinstance(e, ir.Translated):  # D's spelling of the member: what it is is `value`
        return e.value
    if isinstance(e, ir.Cast) and isinstance(e.operand, ir.IntLit) and e.to.is_int \
            and e.to.bits == 64 and e.to.signed and 1 << 32 <= abs(e.operand.value) < 1 << 63:
        return e.operand  # a literal that needs 64 bits is a signed 64-bit one already (C)
    if isinstance(e, ir.Ternary) and isinstance(e.cond, ir.IntLit):
        return e.then if e.cond.value else e.else_
    if isinstance(e, ir.Binary) and e.op == "/" and isinstance(e.lhs, ir.Builtin) \
            and e.lhs.name == "walltimestamp" and not isinstance(e.rhs, ir.IntLit):
        # D's `walltimestamp / (1000 * 1000 * 1000)` is stap's gettimeofday_s(),
        # which comes back with the unit's value
        unit = int_value(e.rhs)
        if unit is not None and unit[0] in (1_000_000_000, 1_000_000, 1_000):
            return ir.Binary("/", e.lhs, ir.IntLit(unit[0], loc=e.rhs.loc), loc=e.loc, type=e.type)
    if isinstance(e, ir.Binary) and e.op in ("==", "!=") and type(e.lhs) is type(e.rhs) \
            and isinstance(e.lhs, (ir.IntLit, ir.StrLit)):
        return ir.IntLit(int((e.lhs.value == e.rhs.value) == (e.op == "==")), loc=e.loc, type=e.type)
    if not (isinstance(e, (ir.Builtin, ir.Defined)) or isinstance(e, ir.Call) and e.name in conststr.FOLDABLE
            or isinstance(e, ir.Binary) and e.op == "."):
        return e
    value = conststr.value(e, leaf, size)
    if isinstance(value, str):
        return ir.StrLit(value, loc=e.loc, type=e.type)
    if isinstance(value, int) and not isinstance(e, ir.Binary):  # strlen(), a probe's constant
        return ir.IntLit(value, loc=e.loc, type=e.type)
    return e


def _printf_written_out(fmt: str, args: list[ir.Expr], shortest: int,
                        tables: dict[str, int]) -> tuple[str, list[ir.Expr]]:
    """A printf's format and arguments with its short sprintf and concatenation
    arguments and then its string literals of bare `%s`es written into the format.
    `tables`: _literal_tables()."""
    pieces = [a for m, a in zip(_conversions(fmt), args) if m == "%s"
              and (isinstance(a, ir.Sprintf) or isinstance(a, ir.Binary) and a.op == ".")]
    bounds = [_longest(a, tables) for a in pieces]
    if pieces and all(n is not None and n < shortest for n in bounds):
        fmt, args = splice_format(fmt, args) or (fmt, args)
    fmt, args = fold(fmt, args, lambda a: a.value if isinstance(a, ir.StrLit) else None)
    return _lltostr_as_d(fmt, args)


def _widths_split(s: ir.Printf, points: list[ir.ProbePoint], shortest: int,
                  tables: dict[str, int]) -> tuple[str, list[ir.Expr]]:
    """A printf's format and arguments with each `%Ns` of sprintf("%s<text>", x) as
    `%<N - len(text)>s<text>` of x, as the Vue port writes it (ir/sprintfsplice.py's
    spliced_sprintf: both pad alike), where x is short enough that the joined text
    is never cut at the string size; as they are elsewhere."""
    joined = [a for a in s.args if isinstance(a, ir.Sprintf) and len(a.args) == 1]
    if not joined:
        return s.fmt, s.args
    syscalls = bool(points) and all(p.kind == "syscall" for p in points)
    for a in joined:
        inner = _longest(a.args[0], tables)
        if inner is None and syscalls and a.args[0] == ir.Builtin("probefunc"):
            inner = _SYSCALL_NAME
        if inner is None or inner + len(a.fmt) >= shortest:
            return s.fmt, s.args
    split = spliced_sprintf(s)
    return split.fmt, split.args


# a conversion that shows an int's 32 bits unsigned (no length modifier)
_UNSIGNED_32 = re.compile(r"%[-+ #0]*\d*(?:\.\d*)?[xXuo]")


def _unsigned_shown_plain(fmt: str, args: list[ir.Expr]) -> list[ir.Expr]:
    """D's and Vue's `args` with each cast to unsigned int of an int literal shown by
    %x, %X, %u or %o the literal: an int is 32 bits there, and those conversions
    show its bits unsigned (stap, whose -1 is 64 bits, masks it: `-1 & 0xffffffff`,
    which reads back as the cast)."""
    convs = [m.group(0) for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%"]
    if len(convs) != len(args):
        return args
    return [a.operand if _UNSIGNED_32.fullmatch(c) and isinstance(a, ir.Cast) and a.to.is_int
            and a.to.bits == 32 and not a.to.signed and isinstance(a.operand, ir.IntLit)
            and -(1 << 31) <= a.operand.value < 1 << 31 else a for c, a in zip(convs, args)]


def _lltostr_as_d(fmt: str, args: list[ir.Expr]) -> tuple[str, list[ir.Expr]]:
    """`fmt` and `args` with each lltostr(x) of a signed integer x printed by a bare
    `%s` a `%d` of x; unchanged where the conversions and arguments do not pair up."""
    convs = [m for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%"]
    if len(convs) != len(args) or ir.has_star_conversion(fmt):
        return fmt, args
    out, pos, new_args = [], 0, list(args)
    for k, (m, a) in enumerate(zip(convs, args)):
        if m.group(0) == "%s" and isinstance(a, ir.Call) and a.name == "lltostr" and len(a.args) == 1 \
                and a.args[0].type is not None and a.args[0].type.is_int and a.args[0].type.signed:
            out.append(fmt[pos:m.start()] + "%d")
            pos = m.end()
            new_args[k] = a.args[0]
    return "".join(out) + fmt[pos:], new_args


def _conversions(fmt: str) -> list[str]:
    return [m.group(0) for m in ir.PRINTF_CONVERSION.finditer(fmt) if m.group(1) != "%"]


def _literal_tables(prog: ir.Program) -> dict[str, int]:
    """The arrays and variables every store into which is a string literal (a port's
    table of names filled at BEGIN, a label set to one text or another), each with
    its longest value: an element or variable read from one holds no more (one never
    stored reads ""). A clause-local may also have literal text appended to it (a
    stap function's `s .= "x"`, inlined): where nothing loops, each store runs at
    most once a firing, and the local starts fresh at each, so it holds no more than
    all its stores' texts together."""
    longest: dict[str, int] = {}
    other: set[str] = set()
    appended: dict[str, int] = {}  # a local's texts stored and appended, together
    grown: set[str] = set()
    loops = any(isinstance(x, (ir.While, ir.ForEach))
                for root in ir.program_roots(prog) for x in ir.walk(root))

    def stored(key: str, value: ir.Expr, op: str = "=") -> None:
        if op == "=" and isinstance(value, ir.StrLit):
            longest[key] = max(longest.get(key, 0), len(value.value))
            appended[key] = appended.get(key, 0) + len(value.value)
        elif not loops and key.startswith("local ") and _appended_text(key, value, op) is not None:
            appended[key] = appended.get(key, 0) + len(_appended_text(key, value, op))
            grown.add(key)
            longest.setdefault(key, 0)
        else:
            other.add(key)
    for g in prog.globals:
        if g.kind == "scalar" and g.init is not None:
            stored(_var_key("global", g.name), g.init)
    for root in ir.program_roots(prog):
        for x in ir.walk(root):
            if isinstance(x, ir.Assign) and isinstance(x.target, ir.Index):
                stored(x.target.map, x.value, x.op)
            elif isinstance(x, ir.Assign) and isinstance(x.target, ir.Var):
                stored(_var_key(x.target.scope, x.target.name), x.value, x.op)
            elif isinstance(x, ir.IncDec) and isinstance(x.target, ir.Var):
                other.add(_var_key(x.target.scope, x.target.name))
            elif isinstance(x, ir.ForEach):  # the loop's own variables are stored by it
                other.update(_var_key("local", v) for v in [*x.keys, x.value] if v)
            elif isinstance(x, ir.Try) and x.catch_var:
                other.add(_var_key("local", x.catch_var))
    return {m: (appended[m] if m in grown else n) for m, n in longest.items() if m not in other}


def _appended_text(key: str, value: ir.Expr, op: str) -> Optional[str]:
    """The literal text a store of `value` into the variable `key` names appends to
    (or puts before) it: `v .= "x"`, `v = v . "x"`, sprintf("%sx", v); else None."""
    def own(e) -> bool:
        return isinstance(e, ir.Var) and _var_key(e.scope, e.name) == key
    if op == ".=" and isinstance(value, ir.StrLit):
        return value.value
    if op != "=":
        return None
    if isinstance(value, ir.Binary) and value.op == ".":
        for a, b in ((value.lhs, value.rhs), (value.rhs, value.lhs)):
            if own(a) and isinstance(b, ir.StrLit):
                return b.value
    if isinstance(value, ir.Sprintf) and len(value.args) == 1 and own(value.args[0]):
        convs = [m for m in ir.PRINTF_CONVERSION.finditer(value.fmt)]
        if len(convs) == 1 and convs[0].group(0) == "%s" and not ir.has_star_conversion(value.fmt):
            return value.fmt.replace("%s", "", 1)
    return None


def _var_key(scope: str, name: str) -> str:
    """_literal_tables()'s key of a variable (a blank: no array's name)."""
    return f"{scope} {name}"


def _longest(e: ir.Expr, tables: Optional[dict[str, int]] = None) -> Optional[int]:
    """The most characters string `e` can hold, where its pieces bound it; else None.
    `tables`: _literal_tables()."""
    tables = tables or {}
    if isinstance(e, ir.StrLit):
        return len(e.value)
    if isinstance(e, ir.Binary) and e.op == ".":
        a, b = _longest(e.lhs, tables), _longest(e.rhs, tables)
        return None if a is None or b is None else a + b
    if isinstance(e, ir.Builtin) and e.name == "execname":
        return _TASK_COMM
    if isinstance(e, ir.Call) and e.name == "lltostr" and len(e.args) == 1:
        return _NUMBER_CHARS
    if isinstance(e, ir.Call) and e.name in _NO_LONGER and len(e.args) == 1:
        inner = _longest(e.args[0], tables)
        return None if inner is None else max(inner, 1)  # dirname("") is "."
    if isinstance(e, ir.Sprintf):
        return _formatted_longest(e.fmt, e.args, tables)
    if isinstance(e, ir.Index) and e.map in tables:
        return tables[e.map]
    if isinstance(e, ir.Var) and _var_key(e.scope, e.name) in tables:
        return tables[_var_key(e.scope, e.name)]
    return None


def _formatted_longest(fmt: str, args: list[ir.Expr], tables: dict[str, int]) -> Optional[int]:
    """The most characters sprintf(fmt, args...) writes, or None where a string
    argument or a `*` width leaves it unbounded."""
    if ir.has_star_conversion(fmt):
        return None
    total, pos, i = 0, 0, 0
    for m in ir.PRINTF_CONVERSION.finditer(fmt):
        total += m.start() - pos
        pos = m.end()
        if m.group(1) == "%":
            total += 1
            continue
        if i >= len(args):
            return None
        conv, arg = m.group(0), args[i]
        i += 1
        width = max([int(n) for n in _numbers(conv)] or [0])
        if conv[-1] == "s":
            inner = _longest(arg, tables)
            if inner is None:
                return None
            total += max(width, inner)
        elif conv[-1] in "diuxXoc":
            total += max(width, _NUMBER_CHARS)
        else:
            return None
    return None if i != len(args) else total + len(fmt) - pos


def _numbers(conv: str) -> list[str]:
    out, cur = [], ""
    for ch in conv:
        if ch.isdigit():
            cur += ch
        elif cur:
            out.append(cur)
            cur = ""
    return out + ([cur] if cur else [])
