"""Round trip (issue 7): every conformance script translated into another
language and back parses and analyses to the same IR, locations aside.

Pairs the translator refuses (a construct the other language cannot say) are
not round trips and are skipped by construction: the matrix reports them. The
pairs listed in ROUND_TRIP_GAPS come back different today; they are strict
xfails, so one that starts working must be taken off the list."""

from __future__ import annotations

import dataclasses
import os

import pytest

from xtrace import frontends
from xtrace.conformance.cases import discover
from xtrace.conformance.portargs import stap_port_args
from xtrace.driver.translate import _translation_target, record_tracepoint_params, translate_text
from xtrace.ir.analysis import analyze
from xtrace.ir.framing import ids_as_values, record_probe_ids
from xtrace.ir.loc import XtraceError
from xtrace.ir.rtnormal import written_out_alike

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}

# D aggregations translated to stap come back as stap statistics read several
# ways (@count and @sum), which D cannot hold in one aggregation; some literal
# forms do not survive yet.
ROUND_TRIP_GAPS = {
    # (stap's user_string_warn() gives its default where the address cannot be read: a
    # D or Vue port reads with copyinstr()/get_userstring() under a note saying so, which
    # read back as the reader again, frontends/stap/print_warnstrings.py, and writes the
    # default of an address in the page at 0 as the text printed, which compares as
    # that text: ir/rtnormal.py, rtgaps16)
    # (return_str() written out as retstr's text, an if of two printfs, the constants
    # folded, compares as the port's text: ir/rtnormal.py, rtgaps16)
    # user_string_quoted() written out (`p == 0 ? "NULL" : ...` of copyinstr() or
    # get_userstring(), an if of two printfs where printed) compares as the port's text
    # where the probe read the string before (ir/rtnormal.py, rtgaps16). Not so a Vue
    # port's (whose get_userstring() of the path in the condition before it comes back
    # in a try block: a fault ends the Vue clause, not the session), nor one compared
    # with a syscall variable, or a script's argv_N, which come back as other forms
    ("stap/argv_n_user_string_quoted.stp", "d"),
    ("stap/argv_n_user_string_quoted.stp", "vue"),
    ("stap/user_string_quoted_ported.stp", "vue"),
    # (A Vue port of a stap script whose clauses can fault says stap's rule in a note,
    # stap ended the session at the first run-time error, which reads back as that rule:
    # no try blocks, ir/clause_errors.py clauses_as_try, rtgaps17. But for a clause
    # whose first fault is its test of a syscall's string against a literal, the port
    # of stap's quoted variable, whose test does nothing where the read fails: it
    # stays in the try block that compares with that test.)
    # (a clause on epoll_create(2) and epoll_create1(2) is stap's syscall.epoll_create
    # alone, which fires for both: the tapset has no syscall.epoll_create1 to list
    # beside it, frontends/stap/syscall_alias_points.py shared_points_joined)
    # D's pid$target:PROGRAM:: names the -c program by its file's name; Vue's uft tuple
    # names a library in its module field and the program only as `*` (every module
    # of the process), which reads back as D's blank module
    ("d/pid_program_by_name.d", "vue"),
    # (D's ERROR clauses are the catch blocks of stap's clause try blocks and come
    # back as such; inet_ntop()'s `(void *)` cast of a member's address compares as
    # the address, which the stap port writes: ir/rtnormal.py)
    # D's stack() key is, in stap, a backtrace() string printed by a helper function
    # in D's layout (frontends/stap/print_dstack.py); D has no backtrace() string.
    # (The helper's call of backtrace() itself, the stack() action, reads back as the
    # action: frontends/stap/dhelpers_calls.py; a key's rows printed by it do not.)
    ("d/printa_stack_k.d", "stap"),
    ("d/stack_agg_key.d", "stap"),
    ("d/stack_agg_key_joined.d", "stap"),
    ("d/stack_agg_key_printa.d", "stap"),
    ("d/stack_agg_key_quantize.d", "stap"),
    # D's ustack() is, in stap, the text of its frames named in the probe by a helper
    # function walking ubacktrace() through usymdata() (print_dustack.py), printed
    # by another; D has no ubacktrace() string (the way back refuses the helper).
    ("d/ustack_agg_key.d", "stap"),
    ("d/ustack_chain.d", "stap"),
    ("d/ustack_key_deep.d", "stap"),
    ("d/ustack_key_nosym.d", "stap"),
    ("d/ustack_key_printa.d", "stap"),
    ("d/ustack_pid_entry.d", "stap"),
    # stap's retstr, argstr and its symbolic-text variables compare as the D and Vue
    # ports write them out (frontends/retstr_port.py, argstr_port.py: ir/rtnormal.py),
    # and a tid()-keyed array as the port's self-> variable without the thread-exit
    # free the way back gives it (and D's strjoin() steps of a kept text as the one
    # sprintf). A syscall's quoted user string (filename, path, oldname) is, in D and
    # Vue, the raw argument's copyinstr() or get_userstring(), printed between quotes
    # or compared with a literal's inside (ir/quotedstr.py), which reads back as
    # stap's user_string() of the raw argument: compared so only where the clause has
    # read that string on every path before (argstr's path written out: both fault
    # there alike). A quoted string tested first against a literal's quoted text, the
    # predicate's last test, compares with the port's read back in a try block whose
    # catch does nothing, `try { if (user_string(argN) != "text") next; ... }`, where
    # the rest cannot fault: both do nothing where the string cannot be read
    # (ir/rtnormal.py _quoted_test_read_first). These read it first otherwise, where
    # the port's read can fault and stap's quoted variable writes the address instead
    # (the D port's ERROR clause ends the session there, back in stap without a try
    # block; a condition of its own; argstr stored unread)
    ("stap/sys_link_calls.stp", "d"),  # readlinkat's `index(path, ...)` condition
    ("stap/sys_mkdir_rmdir.stp", "d"),
    ("stap/sys_openat_argstr_kept.stp", "d"),
    ("stap/nd_syscall_openat.stp", "d"),
    ("stap/sys_newfstatat_empty_path.stp", "d"),
    ("stap/sys_newfstatat_empty_path.stp", "vue"),
    ("stap/sys_openat_argstr.stp", "d"),
    ("stap/sys_openat_cloexec.stp", "d"),
    # A stap or Vue probe that prints, and can fault after a first statement that can
    # (nothing printed before that one), is one D clause: ir/faultsplit.py splits only
    # before a first fault (a clause after another that can fault would still run after
    # its fault), so a later fault in it discards the output before it, D's rule, and
    # the way back says that rule by computing what can fault first (ir/faultfirst.py).
    # D has no clause that keeps its output at a fault and ends at it.
    ("stap/member_of_indexed_struct.stp", "d"),
    ("stap/sys_renameat2.stp", "d"),
    ("vue/arith_basic.e", "d"),
    # A Vue list printed at BEGIN before anything fills it is, in D, a printa() that
    # finds no row, which leaves the aggregation to D's exit dump (libdtrace flags an
    # aggregation printed only for a row it printed): the way back says that dump, an
    # end clause the Vue script has not (D prints every aggregation at exit)
    ("vue/list_guarded_print.e", "d"),
    # (Vue's port of argstr reads its path with get_userstring(), which can fault where
    # stap's argstr writes the address, as the D port's copyinstr(): under the note of
    # stap's rule, back without a try block, as from D, rtgaps17)
    # stap's thread_indent()/indent() compare as the ports write them out (a depth and
    # start written into the printf with `%*s`: frontends/indent_port.py, ir/rtnormal.py;
    # libc named by another path through D compares as the file it is: _resolved),
    # but Vue's clock is timestamp(), which reads back as the monotonic clock
    # (as stap/clock_stamp_set_test.stp -> vue, below), not as the wall clock's µs
    ("stap/thread_indent_nesting.stp", "vue"),
    # (a member of the D script's own struct is stap's kernel_int(p + 8): the pointer's
    # cast in the member's address compares as its value, ir/rtnormal.py)
    # (A sysproc failure event (execfail, forkfail) is its syscalls' exits with a test
    # of the failure, which stap (no errno) says as `retval < 0` and -retval, read back
    # in Vue as `__rv < 0`, which at syscalls returning an int compares as the failure
    # test, and __errno: ir/rtnormal.py)
    # (Vue has no sprintf(): a formatted string of constants, stap's sprint(42) or
    # sprintf("%d;%d", 40, 31), is the text it makes in the port, which compares as
    # that text: ir/rtnormal.py)
    # (an integer constant a D printf prints compares as the text it prints, at its
    # type's width: ir/constprinted.py, so the ports' %u of -1 for D's %d of
    # (unsigned long long)-1, and stap's masks read back as other casts, compare alike)
    # (D's %i of an unsigned char or short shows it signed at its width: the ports write
    # a clause-local's constant store without its cast (`this->u = 200`) and a signed
    # cast at each %i of it, which read back as those; a clause-local holding one
    # integer constant compares as that constant at its type where printed: ir/rtnormal.py)
    # D's bit-field members are variables whose stores keep the field's bits, written in
    # stap as the shifts and masks they are, which read back as those.
    ("d/struct_bit_fields.d", "stap"),
    # (D's `self->s = 0` frees a string thread-local; a Vue String has no 0, so the port
    # empties it, `s = "";`, which reads back as `self->s = "";`: compared as that store)
    # stap's foreach that counts its rows down to a break is D's trunc() and printa()
    # of the first N rows, which reads back as the stap printer's trunc(): a loop
    # marking the rows past N, their deletes, then the row loop (the counting array
    # a statistics array); not the counted break
    ("stap/foreach_counted_break.stp", "d"),
    # (curpsinfo->pr_addr is the task's address, as curlwpsinfo->pr_addr is, and
    # pr_ttydev's test of the tty pointer cast to uint64_t, the pointer in stap: both
    # compare without their casts, ir/rtnormal.py)
    # (Twelfth sample, tests/test_translate_real12.py: a D inline of a constant
    # expression in a narrow type is the value C computes, which the stap port writes
    # as a literal; printed, it compares as the text: ir/constprinted.py)
    # (a step in a quiet D clause's predicate, stepped first and tested after in stap and
    # tested in an `if` in Vue, whose `when` has no side effects, compares in that
    # form: ir/rtnormal.py) The Vue port declares the counter, which D infers an int,
    # as Vue's `int`; declared so, D steps it as `n = (int)(n + 1)`, wrapping at 32
    # bits, where the undeclared counter steps as the IR's 64-bit variable
    ("d/macro_arg_tick_period.d", "vue"),
    # (the code an option of 0 keeps from running, left out of a port that could not
    # say it, is left out of the comparison too: it never runs, ir/rtnormal.py)
    ("d/predicate_postfix_step.d", "vue"),  # (as macro_arg_tick_period, above)
    # Vue's diff_time() counts in µs or ms, no ns: a D difference of nanosecond stamps
    # kept in ns is ported as µs said in ns again (`diff_time(..., MICROSECONDS) * 1000`,
    # frontends/vue/clocks.py) and reads back as `(timestamp - start) / 1000 * 1000`,
    # which a run prints at µs resolution: not the original's IR
    ("d/timestamp_elapsed_ns_s.d", "vue"),
    # (a total of ns spans read only in µs or coarser is kept in µs in the Vue port,
    # `total += diff_time(...)`, `total / 1000` for ms: it reads back as a total of
    # `(timestamp - last) / 1000` divided by 1000 less, the same numbers at µs resolution)
    ("d/timestamp_total_us_ms.d", "vue"),
    # (so do stap's stopwatches ported to Vue: each span is diff_time()'s µs said in ns,
    # `diff_time(a_start, timestamp(), MICROSECONDS) * 1000`, and the stamp, a
    # probev_timestamp_t, is tested `a_start == 0` as Vue wants a stamp compared)
    ("stap/stopwatch_named.stp", "vue"),
    # a sprintf kept from a syscall's entry to its return is kept in Vue as its pieces,
    # one variable each (per syscall where the formats differ), printed with the format
    # written into the printf (frontends/vue/stored_sprintfs.py): the same text, which
    # reads back as those variables, not the one string array
    ("stap/sys_brk.stp", "vue"),
    ("stap/sys_mkdir_eexist.stp", "vue"),
    ("stap/sys_mkdir_rmdir.stp", "vue"),
    ("stap/sys_creat_rename_unlink.stp", "vue"),
    ("stap/stopwatch_started_at_begin.stp", "vue"),
    # a `%` array keyed by the thread (through a local holding tid()) is a thread-local
    # in D and Vue (ir/threadvars.py): it reads back as a plain array keyed by tid(),
    # without the `%` and without the local nothing reads any more
    ("stap/sys_mkdir_wrap_per_thread.stp", "d"),
    ("stap/sys_mkdir_wrap_per_thread.stp", "vue"),
    # Why pairs come back different today: D aggregations become stap statistics
    # read several ways (@count and @sum), which a D aggregation cannot hold;
    # D's C integer types, casts and inline constants
    # and Vue's typed variables are said in stap with masks and literal values
    # and untyped 64-bit variables, which read back as those; stap's isinstr()/substr() become D index()/
    # guarded substr(); curthread->comm becomes stringof() of the member;
    # stap's syscall variables (fd, count) become D's cast raw arguments.
    # Vue's sockfd_netinfo() is said in stap with reads of the descriptor's struct
    # sock (fd_file()); the Vue printer does not turn those back into sockfd_netinfo().
    ("vue/sockfd_netinfo_ports.e", "stap"),
    # (D clauses passing this-> values on are one Vue clause of ifs (Vue's locals end
    # with their clause), said so above it where one of them can fault, which reads
    # back as the clauses: frontends/carried_note.py, rtgaps18; from stap, whose port
    # has a try block a clause that can fault and an `if` a clause that cannot, they
    # come back as the clauses: ir.clausemerge, _ifs_apart, rtgaps18)
    # A declared clause-local the first clause reads only on a path where it
    # is not yet stored (`this->foo = me % 3 == 0 ? 10 : this->foo`): the one probe
    # of ifs reads back as one D clause reading the local in its own first store,
    # which D refuses without the `this int foo;` the port has no place for
    ("d/this_declared_carried.d", "stap"),
    ("d/this_declared_carried.d", "vue"),
    # D's member of a copyin()'d struct and Vue's copy_userdata()/struct pointer reads
    # are stap's user_*() readers at the member's offset, which read back in D as
    # copyin() of that member alone, and in Vue have no words (stap's readers are
    # tapset functions that give 0 where the read faults)
    ("d/copyin_struct_cast.d", "stap"),
    # (and a struct pointer variable holding the copy is the raw address in the port,
    # each member read through it a copyin() of that member back in D)
    ("d/copyin_ptr_members.d", "stap"),
    # (D's stringof(copyin(p, n)) is stap's user_string_n(p, n), which reads back as
    # D's copyinstr(p, n): the same text of n bytes, another IR)
    ("d/copyin_stringof_strsize.d", "stap"),
    # (Vue's copy_userdata() and struct reads, stap's user_*() readers: the way back
    # refuses them, Vue having no reader that gives 0 where the read faults)
    ("vue/copy_userdata.e", "stap"),
    ("vue/struct_syscall_timespec.e", "stap"),
    # A D clause that prints and then reads a member through curthread (D discards the
    # clause's output should that read fault) is ported as written: ir/faultfirst.py
    # moves ahead of the output only what a porter expects can fault. The port reads
    # back in D as a stap probe that prints and then can fault, the output a clause of
    # its own ahead of the read (ir/faultsplit.py), not the one clause
    # (lwpsinfo_pr_state's BEGIN prints and then reads curlwpsinfo)
    ("d/lwpsinfo_pr_state.d", "stap"),
    # D's inet_ntop() of a copyin()'d buffer is the stap helper (print_dinet) reading
    # user memory, which says nothing of the copyin(): it stays a function, which
    # loops, and D has no functions (one of a kernel address reads back: dhelpers_back)
    ("d/inet_ntop_user.d", "stap"),
    # (D's speculative clause is stap's speculate(id, sprintf(...)), read back as D's
    # speculation; the port's comments on their differences, which the way back
    # carries as comment statements, do nothing and are not compared: ir/rtnormal.py)
    # Not quiet, the port keys a note of the framed record by the id (the heading at
    # the commit), a use of the id's value the way back refuses (stap's ids count up
    # from 1, D's do not). (D's speculate(0) and the records after it, and commit(0),
    # no-ops, are comments there, and compare left out: ir/rtnormal.py.) The other way,
    # a stap probe that speculates is D clauses around speculate(), which read back as
    # those clauses.
    ("d/spec_nonquiet.d", "stap"),
    # (not quiet: the heading at the commit, behind a note of the ids that hold a
    # framed record, ir/specheading.py, which reads back as those statements)
    ("d/spec_nonquiet_committed.d", "stap"),
    ("d/spec_nonquiet_discarded.d", "stap"),
    ("d/spec_commit_failed_open.d", "stap"),
    # D's proc:::exec-* (exec-success and exec-failure in one clause) is two stap probes,
    # the failure's the exec syscalls' return tested for a failure (stap has no probe
    # for both): they read back as two clauses, each named by its own D probe
    ("d/proc_exec_any.d", "stap"),
    # (stap's try block that cannot fault is, in Vue, which has no try, its statements
    # alone: its catch block never runs, and compares so: ir/rtnormal.py)
    # (in Vue, a tentative buffer of the id's variable, frontends/vue/spec_tentative.py:
    # not quiet, the heading at its commit likewise, behind a note that the buffer
    # holds a framed record, which reads back as those statements)
    ("d/spec_nonquiet.d", "vue"),
    ("stap/speculative_failed.stp", "d"),
    # (an if around speculate() is clauses under its condition: they read back as
    # clauses, not as the one probe's if)
    ("stap/speculative_if.stp", "d"),
    # (Vue's tentative buffers are stap speculations, a global each given its id by
    # speculation() in a begin probe, print_tentative, which read back as the buffers:
    # frontends/vue/stap_tentative.py; where a section's end_tentative() stands among
    # statements that record nothing, or whether one only the clause's end follows is
    # written, compares alike: ir/tentsections.py.) Not so a held stktrace(): the
    # port's loop over backtrace()'s words (tokenize(), slice()), which Vue has no
    # words for, as outside a buffer
    ("vue/tentative_stktrace.e", "stap"),
    ("vue/stktrace_symbols.e", "stap"),
    # In D, Vue's tentative buffers are D speculations (frontends/d/tentative_back.py):
    # a global holding each buffer's id, got by a clause of its own, and the Vue clause
    # cut into D clauses under the conditions of its ifs, which read back as a Vue
    # buffer per id variable (spec_tentative: start_tentative("t1_spec")) and one
    # clause of ifs, not the original's one if per branch
    ("vue/tentative_tracing.e", "d"),
    ("vue/tentative_top_level.e", "d"),
    ("vue/tentative_in_branch.e", "d"),
    # Vue's trace() is a call of the stap port's own hex-dump function per row
    # (print_hexdump), which reads back as those calls, not as trace()
    ("vue/trace_tentative.e", "stap"),
    ("vue/trace_variables.e", "stap"),
    # ... and so is D's tracemem() (fourteenth sample, tests/test_translate_real14.py)
    ("d/tracemem_copyin.d", "stap"),
    ("d/copyin_invalid_address.d", "stap"),
    # (A D translator member is its expression converted to the member's C type: from
    # stap the string members of constants come back as their text, and D's `(int)1 ==
    # 1 ? "reg" : ...`, a ?: on a constant, compares as the arm it takes: ir/rtnormal.py)
    # fullpath_struct_path(task_cwd_path(...)) is D's d_path() of the member written
    # out: back in stap, task_dentry_path() of it, not the tapset functions' calls
    ("stap/dentry_task_cwd.stp", "d"),  # (and its quoted filename, read first: argstr's group)
    # (a stap script's functions and counted loops compare written out, as the D and
    # Vue ports write them: ir/rtnormal.py; the sprintf a function returns, of a local
    # it appends literal text to, is bounded by those texts where nothing loops, and
    # compares spliced into the format as the D port writes it)
    # D's histograms, said in stap with helper functions, bucket arrays and foreach
    # loops (print_quantize.py), come back as the aggregations where printed in
    # DTrace's layout (frontends/d/histograms_back.py), not printa()'s format (below:
    # printa_widths_aggs); stddev() is a statistics array, a sum of squares and a
    # helper function, which the way back does not read.
    # $target's proc provider translations come back as the stap tracepoint's
    # arguments: proc:::create's and exit's site checks (`if ($child->pid !=
    # $child->tgid) next`) have no D reading. (Its signal-send clause, a probe on
    # signal.send, comes back: d/proc_signal_send_vars.)
    ("d/proc_translators.d", "stap"),  # (skipped where the kernel's symbols are unknown)
    # likewise D's tcp:::state-change: stap's sock:inet_sock_set_state with the socket's
    # protocol test at its top, which comes back as the tracepoint and that test, and the
    # translated members as the tracepoint's $sk read
    ("d/tcp_state_change.d", "stap"),
    ("d/agg_stddev.d", "stap"),
    ("d/dump_empty_stddev.d", "stap"),
    ("d/printa_joined_stddev.d", "stap"),  # (the same: a stddev() among joined rows)
    # (normalize() of an aggregation without keys, a divisor global in stap, comes back
    # as normalize(): frontends/d/normalize_back.py; trunc(), stap's loops keeping the
    # rows, as trunc(): trunc_back.py; a joined printa() with a format, stap's loops
    # over the keys of them all, as printa(): joined_back.py)
    ("d/printa_widths_aggs.d", "stap"),  # its quantize() printed by printa()'s format
    ("d/cast_string_element.d", "stap"),  # stap's `in` has no D form for string arrays
    # stap has one integer type: D's casts of constants in an aggregation's keys come
    # back as the bare values, and the width a (char) or (long long) key prints at in
    # D's default layout as the explicit printa() format of the port's end probe (the
    # printf arguments of such casts compare as the text printed: ir/constprinted.py)
    ("d/agg_key_widths.d", "stap"),
    ("d/agg_long_keys.d", "stap"),
    # stap conformance cases (issue 5) that come back different: stap's
    # auto-print of written-only arrays becomes explicit printf()s in END in Vue,
    # which read back as printf (of scalars, an END clause of exactly those lines is
    # stap's auto-print again, from D and Vue); arrays with a size limit (`global a[2]`) are said other ways;
    # stap statistics become D aggregations; D's substr() has no stap spelling.
    # (A size the script never reaches, its every key a constant and no more of them,
    # compares without it: array_overwrite_at_limit, ir/rtnormal.py.)
    # A stap array only added to (or set) and printed by a foreach is a D aggregation
    # and printa, which comes back as a stap statistics array (where only its keys are
    # read, compared as the set of keys it is: ir/keysets.py; and an array each of whose
    # elements is stored once, a sum() of its value, ir/mapagg.py _stored_once, as the
    # statistics array of those values: ir/oncestats.py). Printas sorted differently
    # are setopt()s before each in D, which read back as each loop's order
    # (ir/setopts.py per_printa_sort_setopts). Not so a counting array's steps (`++`,
    # `+= 5`, which come back as `<<< 1`, `<<< 5`) and its loop's limit, a trunc() in D
    # that comes back as stap's loops removing the rows past it
    ("stap/foreach_counting_rows.stp", "d"),
    # stap's $$return of numbers from a .return probe comes back as strjoin()s of
    # entry values (its $$parms, the printf a porter writes, compares: ir/rtnormal.py)
    ("stap/kfunc_return_parms.stp", "d"),
    ("stap/parms_numbers_ported.stp", "d"),
    # stap statistics and Vue lists read several ways are one D aggregation per
    # statistic, printed by one printa, which come back as that many statistics
    # arrays (lists) read one way each; a printf of them comes back as a printa's
    # format.
    ("stap/foreach_stat_count_sort.stp", "d"),
    # A column a row loop computes from the keys is one more key of the D
    # aggregation, and a loop over the keys of several arrays one printa of per-
    # statistic aggregations: they come back as those keys and arrays.
    ("stap/foreach_key_function_column.stp", "d"),  # and signal_name()'s table (below)
    ("stap/foreach_union_of_arrays.stp", "d"),
    # (D's aggregations without keys, one per statistic of one array, are that stap
    # statistics array again: frontends/vue/statmerge.py, as they are Vue's list; with
    # keys, printed by one printa, the array and its row loop or auto-print:
    # frontends/stap/print_statmerge.py, the loop's variables compared by their place;
    # one statistic each of arrays without keys holding values, printed by one printa,
    # their printf)
    # stap's auto-print of a statistics array without keys is a printa of its statistics
    # in that layout, which comes back as the auto-print where the array holds values
    # when it runs (frontends/stap/print_autoprint.py), and else as their printf under
    # `if (@count(s) > 0)`: printa prints nothing for an empty array, stap `@count=0x0`
    ("stap/autoprint_stat_empty.stp", "d"),
    # stap's syscall.NAME `name` (mmap2, pread, pwrite) is D's probefunc mapped by a
    # conditional expression, which reads back as that expression (and keeps the
    # counting arrays beside it from reading back as aggregations).
    ("stap/syscall_any_kernel_names.stp", "d"),
    # likewise `name` at syscall.getdents, which is getdents64(2) too: D's
    # `probefunc == "getdents64" ? "getdents" : probefunc`, and the D port's
    # syscall::getdents64 clause reads back as a point of its own
    ("stap/syscall_getdents_name.stp", "d"),
    # probe aliases expand into plain probes; their bodies use exit() under an
    # if in a timer probe (probe_alias) and `.=` (probe_alias_append).
    # D cannot walk an array, and its run-time errors do not end the session: a
    # counting array comes back in D as an aggregation, and stap's fatal errors as
    # an ERROR clause that exits 1 (stap's `next` and Vue's `return`, the rest of the
    # clause under an `if` in D, compare alike: ir/rtnormal.py); a Vue translation of
    # a stap script keeps Vue's rule (the clause ends, the session goes on) and says
    # so in a note, which back in stap is stap's rule again (no try blocks: rtgaps17).
    # DTrace's non-quiet framing is printed by the stap translation itself: back
    # in D it is a quiet script with those printfs.
    ("stap/autoprint_counts.stp", "d"),  # counting arrays
    # (stap's `k in a` of an array that may hold 0 is, in D, a companion array of the
    # keys it holds (ir/presence.py), which the stap printer reads back as `in`
    # (frontends/stap/print_presence.py), and so a thread's own key's, `fds[tid()]`,
    # D's self->fds_in and Vue's __thread fds_in: rtgaps17)
    # (What stap decides as it elaborates, D gets decided: a `!` point list comes back
    # as the point that matched, and the @defined() of its other points' variables as
    # the value it has at that one; a point that matched compares as required: _resolved)
    # D reads a tracepoint's pointer argument through a cast of args[N]: back in Vue
    # the cast member is no sysproc PID field.
    ("vue/sysproc_sendsig.e", "d"),
    # D's id is the D driver's number (compared as it: _resolved), and a script that is
    # not quiet compares with its framing written out as the ports write it, the CPU
    # column the CPU (ir/rtnormal.py: the way back reads a syscall clause's probe line,
    # with the target's ID, as the printfs it is); the Vue port's BEGIN and END lines
    # print a CPU of 0 (Vue cannot read it there), and say so, which reads back as D's
    # cpu: frontends/d/cpu_note_back.py, rtgaps18)
    # D's profile-997 is Vue's whole-millisecond interval nearest it, 1 ms (the port says
    # so: frontends/vue/periods.py), which reads back as a 1 ms profile probe
    ("d/printf_pointer_symbol.d", "vue"),
    ("d/profile_args.d", "vue"),
    # %Y is stap's ctime() of the local seconds rearranged (Vue's %A of timestamp()):
    # back in D each stays what it became.
    ("d/printf_walltime.d", "stap"),
    ("d/printf_walltime.d", "vue"),
    # (curpsinfo->pr_fname is the task's comm, stap's kernel_string() of it, which reads
    # back as stringof(): compared as the member, ir/rtnormal.py)
    # (the effective ids are D's curpsinfo->pr_euid/pr_egid, which read back as
    # stap's euid() and egid(): frontends/d/translators.py CURRENT_CREDENTIALS)
    # pp() of a clause on several points is a ?: on D's probename, which the way back
    # refuses (stap has no name for the probe's name: its pn() is another text)
    ("stap/braces_nested.stp", "d"),
    # D's cwd is dentry.stp's fullpath_struct_path(task_cwd_path(...)), which D and
    # Vue have no words for.
    ("d/cwd.d", "stap"),
    # stap's syscall variables are the raw arguments in D and Vue (chosen by probefunc
    # where the syscalls have them in different places; in Vue one clause a syscall),
    # which read back as those arguments. (Where one probe's syscalls have the variable
    # in one place, the raw read is the variable again in stap, and so is D's ?: on
    # probefunc choosing each syscall's place: ir/sysparams.py; Vue's clause a syscall
    # reads back as a stap probe each, which compare as the one probe listing them:
    # each alias sets its own variable, ir/clausemerge.py)
    # (sys_two_syscalls_one_probe's pathname compares so, and its quoted path tested
    # first in the probe's condition: ir/rtnormal.py _quoted_test_read_first)
    # likewise a syscall parameter read by its kernel name ($count of sys_write)
    ("stap/syscall_param_by_name.stp", "d"),
    ("stap/syscall_param_by_name.stp", "vue"),
    # errno_str()/errno_p() are a table filled at BEGIN in D and Vue, which compare so
    # (ir/rtnormal.py), but Vue cannot make stap's "E<n>" of a number the table lacks
    # (the port reads "" and says so): in Vue only a call of a constant compares
    # written out (its value)
    ("stap/tapset_errno_syscall.stp", "vue"),
    ("stap/tapset_errno_unknown.stp", "vue"),
    # (signal.send's tracepoint arguments by name (sig, task) are D's args[0] and a
    # member of args[2] cast to its struct, which read back as $sig and $task->tgid:
    # the alias's @cast of $task to its own type compares as $task, ir/rtnormal.py)
    # (stap's user_string(p, err) is copyinstr(p) in D and get_userstring(p, -1) in Vue,
    # which have no fallback text, under a note saying so, which reads back as the
    # reader (frontends/stap/print_warnstrings.py; a constant address in the page at 0,
    # never readable, is the text itself, and so compares); an @entry() value, kept
    # in a thread-local by the front end and the ports, compares as the tid()-keyed
    # array the way back writes (ir/threadarrays.py): rtgaps18)
    # kprocess.exec's filename is user_string2(...) in Vue (the D port is refused:
    # D's -c holds the command inside its execve, frontends/d/command_start.py)
    ("stap/target_in_begin.stp", "vue"),
    # stap's %#x is 0x%x in D and Vue (ir/hexprefix.py: C's %#x prints 0 for 0),
    # which stap prints alike and keeps as written: a Vue %#x kept as %#x in stap
    # comes back from stap as 0x%x (and its `int n`, a 64-bit stap global masked
    # where %x shows it, as a long long and casts)
    ("vue/printf_flags_width.e", "stap"),
    # a concatenation printed by a bare %s is written into the printf's format in D and
    # Vue (ir/sprintfsplice.py): back in stap, the pieces are the printf's own arguments.
    # (ir/rtnormal.py compares them alike only where the text is short, a variable's
    # pieces bounded by the literals it is ever set to.) Here a piece is the quoted
    # path, read first in the probe's condition (as the argstr group, above: the
    # port's read can fault where stap's variable writes the address)
    ("stap/log_concat_quoted.stp", "d"),
    ("stap/log_concat_quoted.stp", "vue"),
    # A wall-clock stamp is Vue's timestamp(), which reads back as the monotonic
    # clock (diff_time is all Vue can do with it).
    ("stap/clock_stamp_set_test.stp", "vue"),
    # The D audit's cases (docs/d-coverage.md). A printa after clear()/normalize() is a
    # stap foreach, which D cannot write back.
    ("d/agg_clear_denormalize.d", "stap"),
    # ... and a cleared avg() is a sum and a count averaged by hand in that foreach
    ("d/agg_clear_avg.d", "stap"),
    # (a D case's arguments reach the stap port's way back, as the matrix runs it, and
    # the D script compares with them pasted in: the test's as_run)
    # (Vue's intervals are milliseconds: a rate in Hz given by $1 is the --arg value's
    # period in the port, which comes back as that period: compared as it, the run's
    # rate given, ir/rtnormal.py _argument_periods_given)
    # (a provider probe comes back as the tracepoint behind it, args[] as task members:
    # a tracepoint's argument cast to its parameter's type compares as the parameter by
    # name, ir/tpcasts.py)
    # D's ntohs()/htonl()/... are byte shifts and masks in the IR; Vue, which has no
    # such functions, shows them as that expression, which reads back as it.
    ("d/byte_order.d", "vue"),
    # (a library a stap script names by one path, or by its file name alone, and the
    # D pid provider's or Vue uft's module by name that the stap printer writes with
    # the path the library directories give it (frontends/stap/points.library_path,
    # frontends/vue/uftlibs.py), compare as the file the point resolved to: _resolved)
    # (its function compares written out: ir/rtnormal.py; stap's substr() at a start
    # computed at run time is D's substr() under a test that the start is not negative,
    # but not the tail `strlen(s) > n ? substr(s, strlen(s) - n, n) : s`, whose start
    # its condition says is not: ir/armfacts.py, both ways)
    # (stap's run-time errors end the session; a Vue error ends only its clause, which
    # the Vue port's note says, and back in stap that note is stap's rule again: rtgaps17)
    # A Vue list is one D aggregation per statistic read (ir/statsplit.py), printed by
    # printa(), which prints nothing for an empty aggregation where Vue's printf prints
    # the statistics anyway. Back in Vue (frontends/vue/statmerge.py, listfill.py) the
    # printa is that printf where the clause has just appended to the list, or a BEGIN
    # clause has, and else the printf under `if (count(l) > 0)`: these append in a
    # syscall clause, so they come back with that `if` (which D reads as the printa
    # again: ir/statguard.py).
    ("vue/list_in_syscall.e", "d"),
    ("vue/decl_in_begin_clause.e", "d"),
    # (a non-quiet clause over a syscall's entry and return, a probe per side in stap
    # and Vue printing its probe line with the probe's ID on the target, compares with
    # the framing written out as the ports write it: ir/rtnormal.py)
    # A non-quiet clause on every syscall: its stap port prints the ID as a function of
    # syscall_any's syscall_nr (ir/sysnr_pieces.py), which D has no name for (the way
    # back refuses it). (Its Vue port, which reads the ID from a table by name and
    # writes the site's `%32s` of probefunc joined to ":entry" as `%26s:entry` of
    # probefunc, compares: a syscall's name is too short to be cut: ir/rtnormal.py)
    ("d/nonquiet_every_syscall.d", "stap"),
    ("d/nonquiet_entries_named.d", "stap"),  # (the same, entries only)
    # (A non-quiet clause on a syscall a kept argument names (`syscall::$$1:return`,
    # D's `$1` there too: frontends/d/desc_args.py), whose probe line prints the name of
    # the syscall that fired and its ID (5, the session's only syscall): back from Vue,
    # the tick's CPU of 0 is noted, which reads back as cpu. Back from stap, D's errno
    # is stap's `retval < 0` and -retval, which read back as those tests of arg0 and
    # compare as errno, and `name` as probefunc, the one syscall's name: ir/rtnormal.py)
    # The ticks' probe lines of the non-quiet clauses with an `if`, framed
    # per basic block (ir/sugarblocks.py): a CPU of 0 where D prints the CPU
    ("d/nonquiet_if_untaken.d", "vue"),
    ("d/nonquiet_if_two_blocks.d", "vue"),
    # D runs no basic block of a clause after the one that called exit() (ir/sugarblocks.py):
    # the port ends that block with stap's `next` (Vue's return), which comes back in D
    # as the rest of the probe in an else of each enclosing if, where rtnormal's
    # eliminate_next leaves the merged clauses' rest after them: the same runs, nested
    # apart
    ("d/exit_in_predicate_skips_later_clauses.d", "stap"),
    ("d/exit_in_predicate_skips_later_clauses.d", "vue"),
    # Likewise the non-quiet speculative clauses on openat, whose Vue port holds the
    # probe line in the tentative buffer and prints the heading at the commit
    # (frontends/vue/spec_tentative.py, ir/specheading.py): D reads back those printfs
    ("d/spec_nonquiet_committed.d", "vue"),
    ("d/spec_nonquiet_discarded.d", "vue"),
    # (its loop compares written out: ir/rtnormal.py; stap's size of an array
    # (`global s[3]`) has no Vue form, which the port's note says, and which reads
    # back as the size: frontends/stap/print_sizenotes.py, rtgaps18)
    # stap's pn() of two tracepoints is, in D, their spelling joined around probename
    # (the event), and $dev at different positions a ?: on probename over args[1] and
    # args[2]: stap has no event name to say D's probename with, and back in stap the
    # port's join would not be pn() again
    ("stap/tracepoint_arg_positions.stp", "d"),
    # (stap's kernel.trace("sched:sched_process_exec") reads back in D as the provider
    # probe that stands for it, proc:::exec-success, whose names are proc's; the port
    # writes a tracepoint's names as the constants they are, sdt:vmlinux:EVENT, and they
    # compare so: ir/rtnormal.py)
    # D's probemod of a pid probe in every object is, in stap, the name of the library
    # the port probes ("libc.so.6"), which the original's point leaves to the run; its
    # probeprov is sprintf("pid%d", pid()), which reads back as that join
    ("d/pid_every_object.d", "stap"),
    # ... and a glob in every object is the program's optional point and libc's, which
    # read back as two points of named objects, the library's behind the pid test
    ("d/pid_every_object_glob.d", "stap"),
    # stap's perf.sw.context_switches.sample(1) is D's sched:::off-cpu (the switch
    # counted in the outgoing thread), which is the sched_switch tracepoint and reads
    # back in stap as kernel.trace("sched:sched_switch"): D has no perf event probes
    ("stap/perf_sw_context_switches.stp", "d"),
    ("stap/perf_switch_outgoing.stp", "d"),
    # (stap's pid2execname(pid()) is D's stringof(curthread->group_leader->comm), which
    # reads back as the call: frontends/stap/print_pidexec.py, rtgaps16)
    # a script's `?` point: D's zdefs makes every point of the port optional on the way
    # back; Vue, which has none, writes the point the kernel has plainly and leaves
    # out the one it lacks (driver/translate.py settle_zdefs_points)
    ("stap/syscall_optional_point_present.stp", "d"),
    ("stap/syscall_optional_point_present.stp", "vue"),
    # stap statistics read as values (tested, computed with) are, in D, plain arrays of
    # their count, sum, min and max updated at each `<<<` (ir/statvalues.py), as a porter
    # writes them; they read back into stap as those plain arrays (`lat_count[k]++`, a
    # ternary for the max), which print the same but are not the statistics array: no
    # stap port reads a group of such arrays back as one `<<<` yet
    ("stap/stat_value_arith.stp", "d"),
    ("stap/stat_value_condition.stp", "d"),
    # the same plain counters for statistics a printf prints that may be empty there
    # (stap prints @count and @sum as 0, a printa of an empty aggregation prints
    # nothing: ir/statvalues.py _printed_when_empty, real37); they read back as `n++`
    ("stap/stat_count_printed_empty.stp", "d"),
    # the same for @count and @sum printed in one printf beside a plain value, which no
    # printa can print (the macro's `<<<` written out by the loop's unrolling, real38)
    ("stap/macro_body_comment.stp", "d"),
    # D's cast of curthread to its own type, `(struct vmlinux`task_struct *)curthread`,
    # is @cast(task_current(), "task_struct") in stap, which reads back as curthread
    # alone: the cast goes (so too without the module scope; real39's case)
    ("d/scoped_struct_tag.d", "stap"),
    # A stap foreach printing a statistic's rows in a timer probe is, in D, a printa()
    # there, which leaves the aggregation to D's exit dump when it printed no row
    # (libdtrace flags an aggregation printa() printed a row of): the way back says
    # that dump, an end probe with a printed flag the stap script has not (as
    # vue/list_guarded_print.e above). The clause order the D port changes compares
    # as the port's (clauses_after_definitions applied to the original too).
    ("stap/timer_prints_before_begin_fills.stp", "d"),
    # D's string passed for an inline's char array parameter is read by stringat() (a
    # signed char, `& 0xFF` in nfsstats.d's SA2IP); the stap port's `stringat(s, 2) &
    # 0xFF` reads back in D as `(unsigned char)stringat[s, 2]` (a mask to a char's
    # width is a cast in a D port, and of a literal string the byte itself) through
    # the port's own `stringat` inline (d40left)
    ("d/inline_array_param_string.d", "stap"),
}

PAIRS = [(c, to) for c in discover() for to in EXT if to != c.lang]


@pytest.fixture(scope="module")
def target():
    return _translation_target()


@pytest.mark.parametrize("case, to", [
    pytest.param(c, to, marks=[pytest.mark.xfail(strict=True, reason="round-trip gap")]
                 if (c.id, to) in ROUND_TRIP_GAPS else [])
    for c, to in PAIRS], ids=[f"{c.id}->{to}" for c, to in PAIRS])
def test_translate_and_back_gives_the_same_ir(case, to, target):
    # stap reads a script's arguments as it parses it (no `$1` outlives the parse): the
    # stap port of a D script given arguments (or reading them with defaultargs, as
    # `$# >= 1 ? $1 : 0`) reads back only with them, as the matrix runs it
    # (stap_port_args), and so compares with the D script as dtrace runs it, its
    # arguments pasted in (the same session on both sides)
    as_run = case.lang == "d" and to == "stap" and (bool(case.args) or _default_args(case))
    try:
        # a stap script ported to D or Vue is lowered as the translation lowers it
        # (what stap's optimizer deletes and the port would show is left out)
        source = _d_arguments_pasted(case) if as_run else case.source
        orig = frontends.parse(source, case.path.name, case.lang, case.args,
                               port=case.lang == "stap" and to != "stap")
        orig = _resolved(orig, target)
    except XtraceError:
        pytest.skip("the case is a compile-error case")
    try:
        text = translate_text(case.source, case.path.name, case.lang, to, target, args=case.args)
    except XtraceError:
        pytest.skip(f"not expressible in {to} (the matrix lists why)")
    back = translate_text(text, "rt" + EXT[to], to, case.lang, target,
                          args=stap_port_args(case.args, text) if as_run else ())
    again = frontends.parse(back, case.path.name, case.lang)
    again = _resolved(again, target)
    if to == "stap":  # what D and Vue store and never read is not carried into stap
        from xtrace.frontends.stap.printer import without_unread_stores
        orig = without_unread_stores(orig)
    if to == "d":  # clauses the D port moves below the clauses defining what they print
        from xtrace.frontends.d.clauseorder import clauses_after_definitions
        orig = clauses_after_definitions(orig)
    # what a port writes out as text (a probe's constants, strings of constants, and
    # through D or Vue stap's argstr, retstr and errno names) compares as that text on
    # both sides: ir/rtnormal.py
    orig, again = written_out_alike(orig, again, via=to)
    assert again.probes == orig.probes
    # in any order: what a run prints at the end is explicit in the IR (stap's auto-print
    # an end probe's prints, D's aggregation dump an END clause), and nothing else
    # reads the order of the declarations
    assert sorted(map(_neutral, again.globals), key=_name) == sorted(map(_neutral, orig.globals), key=_name)


@pytest.mark.skipif(not os.path.isfile("/usr/lib/x86_64-linux-gnu/libc.so.6")
                    or not os.path.isfile("/usr/lib/x86_64-linux-gnu/libm.so.6"),
                    reason="Debian's multiarch libc and libm")
def test_user_points_compare_as_the_file_they_resolved_to(target):
    def binaries(lib: str, function: str = "sqrt") -> list[str]:
        prog = frontends.parse(f'probe process("{lib}").function("{function}") {{ print(1) }}',
                               "t.stp", "stap")
        return [p.binary for p in _resolved(prog, target).probes[0].points]
    same = binaries("/usr/lib/x86_64-linux-gnu/libc.so.6", "sync")
    assert binaries("libc.so.6", "sync") == same
    if os.path.realpath("/lib") == "/usr/lib":  # a merged /usr
        assert binaries("/lib/x86_64-linux-gnu/libc.so.6", "sync") == same
    # another library is another file
    assert binaries("libm.so.6") == ["/usr/lib/x86_64-linux-gnu/libm.so.6"] != same


def _default_args(case) -> bool:
    """Whether the D case runs with `defaultargs` (a missing `$1` is 0 or "")."""
    from xtrace.frontends.d.preprocess import pragma_options
    return "defaultargs" in pragma_options(case.source)


def _d_arguments_pasted(case) -> str:
    """The D case's source with its arguments (`$1`, `$$1`) pasted in, as dtrace does
    before compiling (frontends/d/preprocess.py)."""
    from xtrace.frontends.d.preprocess import MacroContext, expand_macros
    return expand_macros(case.source, case.path.name,
                         MacroContext([case.path.name, *case.args], {}, defaultargs=_default_args(case)))


def _resolved(prog, target):
    """`prog` analysed, its probe points named as they resolved on `target`, and D's
    `id` and `epid` the numbers the D driver gives them there (ir/framing.py), which
    a port writes."""
    analysis = analyze(prog, target)
    # each tracepoint's parameters, as a translation records them: a cast of one by
    # position compares as the parameter by name (ir/tpcasts.py)
    record_tracepoint_params(prog, analysis)
    _qualify_tracepoints(prog, analysis)
    _user_points_by_file(prog, analysis)
    _matched_points_required(analysis)
    record_probe_ids(prog, analysis)
    _resolve_syscall_globs(prog, analysis)
    return ids_as_values(prog)


def _resolve_syscall_globs(prog, analysis) -> None:
    """Each syscall point named by a glob (D's `syscall::syn?:entry`) as a point per
    system call it resolved to on the target, in the target's order: Vue, which has
    no globs, lists those, the same probes."""
    for probe, rps in zip(prog.probes, analysis.points):
        points = []
        for rp in rps:
            p = rp.point
            if p.kind == "syscall" and any(c in p.name for c in "*?[") and rp.syscalls:
                points += [dataclasses.replace(p, name=name) for name, _ in rp.syscalls]
            else:
                points.append(p)
        probe.points = points


def _matched_points_required(analysis) -> None:
    """A point that matched on the target compares as a required one: stap's `?` (and
    the optional half of `!`) says only what happens where a point matches nothing, and
    the sufficient half of `!` stops the points after it, of which the last has none.
    stap's `kernel.trace("a")!, kernel.trace("b")` is, where a matched, the one
    tracepoint a D port names (the stap front end leaves out the points `!` stops)."""
    for rps in analysis.points:
        for i, rp in enumerate(rps):
            if rp.sites > 0:
                rp.point.optional = False
                rp.point.sufficient = rp.point.sufficient and i < len(rps) - 1


def _qualify_tracepoints(prog, analysis) -> None:
    """Name each tracepoint `system:event` as it resolved: stap's kernel.trace("sched_switch")
    comes back from D (which must name the system) as kernel.trace("sched:sched_switch"),
    the same tracepoint."""
    for rps in analysis.points:
        for rp in rps:
            if rp.point.kind == "tracepoint" and ":" not in rp.point.name and len(rp.tracepoints) == 1:
                rp.point.name = rp.tracepoints[0].key


def _user_points_by_file(prog, analysis) -> None:
    """Name each user-space point by the file it resolved to, its real path: a
    library named by its file name (D's `pid$target:libc.so.6`, Vue's uft module,
    stap's `process("libc.so.6")`) and by any path to that file (`/lib/...`,
    `/usr/lib/...` on a merged /usr) are one file, whose functions the probes
    attach to alike."""
    for rps in analysis.points:
        for rp in rps:
            if rp.point.kind in ("ufunc", "umark") and rp.binary and rp.binary != "$target" and "/" in rp.binary:
                rp.point.binary = os.path.realpath(rp.binary)


def _name(neutral) -> str:
    return neutral[0]


def _neutral(g):
    """A global as every language sees it: an integer's width is the language's
    (D's int is 32 bits, stap's long 64), so integers compare by kind only."""
    def kind(t):
        return None if t is None else (t.kind if t.kind == "int" else t)
    return (g.name, g.kind, kind(g.type), [kind(k) for k in g.key_types or []], g.agg_func,
            g.init, g.size)


def test_a_point_that_matched_compares_as_required(target):
    def points(text: str):
        return [(p.name, p.optional, p.sufficient) for p in
                _resolved(frontends.parse(text, "t.stp", "stap"), target).probes[0].points]
    assert points('probe syscall.read ? { print(1) }') == points('probe syscall.read { print(1) }')
    assert points('probe syscall.read ! { print(1) }') == [("read", False, False)]
    # the points a matched `!` stops are left out (the front end), which leaves it last
    assert points('probe syscall.read !, syscall.write { print(1) }') == [("read", False, False)]
