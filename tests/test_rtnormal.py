"""ir/rtnormal.py: the round trip's comparison writes out what a port writes out as
text, and nothing whose meaning the writing would change."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.rtnormal import written_out_alike
from xtrace.ir.types import Type


def _printfs(prog: ir.Program) -> list[tuple[str, int]]:
    """Each printf of `prog` as (format, number of arguments), in order."""
    return [(x.fmt, len(x.args)) for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.Printf)]


def _d(text: str) -> ir.Program:
    return frontends.parse(text, "t.d", "d")


def _one(prog: ir.Program) -> ir.Program:
    return written_out_alike(prog, prog)[0]


def test_probe_constants_of_a_begin_clause_are_its_text():
    prog = _one(_d('BEGIN { printf("[%s][%s][%s]\\n", probeprov, probemod, probename); exit(0); }'))
    assert _printfs(prog) == [("[dtrace][][BEGIN]\n", 0)]


def test_probe_constants_of_a_d_tracepoint_clause_are_its_text():
    # sdt:vmlinux::EVENT, as the D driver names a kernel tracepoint
    prog = _one(_d('tracepoint:sched::sched_process_exec { printf("%s:%s:%s\\n", probeprov, '
                   'probemod, probename); }'))
    assert _printfs(prog) == [("sdt:vmlinux:sched_process_exec\n", 0)]
    # on two events, probename is the one that fired
    prog = _one(_d('tracepoint:sched::sched_process_exec, tracepoint:sched::sched_process_fork '
                   '{ printf("%s:%s\\n", probeprov, probename); }'))
    assert _printfs(prog) == [("sdt:%s\n", 1)]


def test_a_clause_on_begin_and_end_is_a_clause_per_point_with_its_own_name():
    prog = _one(_d('BEGIN, END { printf("%s\\n", probename); }'))
    assert [p.points[0].kind for p in prog.probes] == ["begin", "end"]
    assert _printfs(prog) == [("BEGIN\n", 0), ("END\n", 0)]


def test_points_that_could_fire_together_stay_one_clause():
    # two syscall entries may name the same probe, which DTrace fires the clause for once
    prog = _one(_d('syscall::read:entry, syscall::re*:entry { printf("%s\\n", probename); }'))
    assert len(prog.probes) == 1 and len(prog.probes[0].points) == 2


def test_a_concatenation_of_a_string_variable_stays_a_piece():
    # the joined string is cut at the string size where the pieces printed one by one
    # are not: not the same, so not written into the format (s set to a text of any
    # length: one only ever set to literals is bounded by them, and is written in)
    prog = _one(_d('BEGIN { s = copyinstr(arg0); printf("%s\\n", strjoin(s, "cd")); exit(0); }'))
    assert _printfs(prog) == [("%s\n", 1)]


def test_a_concatenation_of_constants_is_its_text():
    prog = _one(_d('BEGIN { printf("%s\\n", strjoin(strjoin("foo", "/"), "bar")); exit(0); }'))
    assert _printfs(prog) == [("foo/bar\n", 0)]


def test_a_script_with_its_own_string_size_is_compared_as_it_is():
    prog = _d('#pragma D option strsize=5\nBEGIN { printf("%s\\n", strjoin("abc", "defgh")); exit(0); }')
    assert _printfs(_one(prog)) == [("%s\n", 1)]


def test_a_clause_that_speculates_keeps_its_printf_arguments():
    # each argument is a record of its own, which specsize counts: where the script sets
    # one (without it, a Vue port, whose tentative buffer has no size, folds them too)
    prog = _one(_d('#pragma D option specsize=64\nBEGIN { spec = speculation(); }\n'
                   'BEGIN { speculate(spec); printf("%s\\n", probename); }'))
    assert ("%s\n", 1) in _printfs(prog)
    prog = _one(_d('BEGIN { spec = speculation(); }\n'
                   'BEGIN { speculate(spec); printf("%s\\n", probename); }'))
    assert ("BEGIN\n", 0) in _printfs(prog)


def test_stap_pp_of_a_timer_probe_is_its_spelling():
    prog = _one(frontends.parse('probe timer.ms(50) { printf("%s\\n", pp()); exit() }', "t.stp", "stap"))
    assert _printfs(prog) == [("timer.ms(50)\n", 0)]


def test_a_cast_of_minus_one_shown_by_x_is_the_literal_in_d_only():
    # (a constant printed is the text it prints, ir/constprinted.py: an int is 32 bits
    # in D, and so is the cast, which prints the same; before that fold the cast was
    # the literal, and only where no length modifier was written)
    d = _one(_d('BEGIN { printf("%x\\n", (unsigned int)-1); exit(0); }'))
    assert _printfs(d) == [("ffffffff\n", 0)]
    d = _one(_d('BEGIN { printf("%x\\n", -1); exit(0); }'))
    assert _printfs(d) == [("ffffffff\n", 0)]
    # the cast of a value that is no constant stays the cast
    x = _one(_d('BEGIN { printf("%x\\n", (unsigned int)pid); exit(0); }'))
    assert isinstance(x.probes[0].body.stmts[0].args[0], ir.Cast)


def test_tick_clauses_passing_a_global_are_one_clause_unless_one_can_fault():
    text = ('tick-1s { n++; }\n'
            'tick-1s /n == 2/ { printf("%s\\n", {}); exit(0); }')
    merged = _one(_d(text.replace("{}", '"two"')))
    assert len(merged.probes) == 1
    # a fault ends its own D clause, but every clause merged after it: kept apart
    faulting = _one(_d(text.replace("{}", "copyinstr(arg0)")))
    assert len(faulting.probes) == 2


def _stap(text: str) -> ir.Program:
    return frontends.parse(text, "t.stp", "stap")


def test_a_stap_function_is_written_out_where_it_is_called():
    # D and Vue have no functions: their ports write the call out, and so does the
    # comparison, on both sides (the D read back has no function to write out)
    prog = _one(_stap('function twice(x) { return x * 2 }\n'
                      'probe begin { printf("%d\\n", twice(3)); exit() }'))
    # (3 * 2, a constant printed, is the text it prints: ir/constprinted.py)
    assert _printfs(prog) == [("6\n", 0)]
    assert not any(isinstance(x, ir.FuncCall) for p in prog.probes for x in ir.walk(p.body))


def test_a_stap_loop_of_a_constant_count_is_written_out_once_per_pass():
    prog = _one(_stap('probe begin { for (i = 1; i <= 3; i++) printf("%d\\n", i); exit() }'))
    assert _printfs(prog) == [("%d\n", 1)] * 3
    assert not any(isinstance(x, ir.While) for p in prog.probes for x in ir.walk(p.body))


def test_a_stap_loop_of_a_count_known_only_at_run_time_stays_a_loop():
    prog = _one(_stap('global n\n'
                      'probe timer.s(1) { n++ }\n'
                      'probe end { for (i = 0; i < n; i++) printf("%d\\n", i) }'))
    assert any(isinstance(x, ir.While) for p in prog.probes for x in ir.walk(p.body))


def test_a_d_program_has_no_functions_or_loops_to_write_out():
    text = 'BEGIN { printf("%d\\n", pid * 2); exit(0); }'
    assert _one(_d(text)).probes == _d(text).probes


def test_a_stap_store_nothing_reads_is_left_out_as_the_stap_port_leaves_it():
    prog = _one(_stap('probe begin { x = 5; printf("%d\\n", 1); exit() }'))
    assert not any(isinstance(x, ir.Assign) for p in prog.probes for x in ir.walk(p.body))
    # a store whose value is read stays, and so does one that could fault
    kept = _one(_stap('global z\nprobe begin { x = 5; y = 1 / z; printf("%d\\n", x); exit() }'))
    assert [x.target.name for p in kept.probes for x in ir.walk(p.body) if isinstance(x, ir.Assign)] \
        == ["x", "y"]


def test_a_stap_probe_first_zero_store_of_a_local_it_updates_is_its_start_value():
    prog = _one(_stap('probe begin { i = 0; i++; printf("%d\\n", i); exit() }'))
    assert not any(isinstance(x, ir.Assign) for p in prog.probes for x in ir.walk(p.body))
    # a store of another value is no start value: it stays
    kept = _one(_stap('probe begin { i = 1; i++; printf("%d\\n", i); exit() }'))
    assert any(isinstance(x, ir.Assign) for p in kept.probes for x in ir.walk(p.body))


def test_a_global_initialised_to_its_start_value_is_a_global_without_one():
    prog = _one(_stap('global s = ""\nglobal n = 0\nglobal m = 2\n'
                      'probe begin { printf("%s %d %d\\n", s, n, m); exit() }'))
    assert {g.name: g.init for g in prog.globals} == {"s": None, "n": None, "m": ir.IntLit(2)}


def test_an_int_cast_of_a_syscall_return_printed_or_compared_is_the_return_value():
    prog = _one(_d('syscall::openat:return /(int)arg0 >= 0/ { printf("%d %d\\n", (int)arg0, (int)arg0 * 2); }'))
    probe = prog.probes[0]
    assert probe.predicate.lhs == ir.Builtin("retval")
    printed, doubled = probe.body.stmts[0].args
    assert printed == ir.Builtin("retval")
    assert isinstance(doubled.lhs, ir.Cast)  # 32-bit arithmetic: kept
    # mmap's value is an address, which the cast truncates: kept
    mmap = _one(_d('syscall::mmap:return { printf("%d\\n", (int)arg0); }'))
    assert isinstance(mmap.probes[0].body.stmts[0].args[0], ir.Cast)


def test_a_stap_substr_of_a_negative_start_or_no_count_is_empty():
    prog = _one(_stap('probe begin { s = "hello"; printf("[%s][%s][%s]\\n", substr(s, -1, 3), '
                      'substr(s, 1, 0), substr(s, 1, 3)); exit() }'))
    assert _printfs(prog)[0] == ("[][][%s]\n", 1)


def test_a_64_bit_cast_of_curthread_tested_for_equality_is_curthread():
    prog = _one(_d('BEGIN { printf("%d %d %d\\n", (uintptr_t)curthread == (uintptr_t)curthread, '
                   '(uint64_t)curthread != 0, (uint32_t)curthread == 0); exit(0); }'))
    same, nonzero, narrow = prog.probes[0].body.stmts[0].args
    assert same == ir.Binary("==", ir.Builtin("curthread"), ir.Builtin("curthread"))
    assert nonzero == ir.Binary("!=", ir.Builtin("curthread"), ir.IntLit(0))
    assert isinstance(narrow.lhs, ir.Cast)  # 32 bits of it: kept


def test_a_block_standing_as_a_statement_is_its_statements_but_an_ifs_arm_stays():
    vue = frontends.parse('@@BEGIN { __auto int d; d = 0; { d++; { d++; } } '
                          'if (d > 1) { printf("%d\\n", d); } exit(); }', "t.e", "vue")
    body = _one(vue).probes[0].body
    assert not any(type(s) is ir.Block for s in body.stmts)
    assert sum(isinstance(s, ir.ExprStmt) for s in body.stmts) == 3  # d = 0, d++, d++
    arm = next(s for s in body.stmts if isinstance(s, ir.If)).then
    assert isinstance(arm, ir.Block) and isinstance(arm.stmts[0], ir.Printf)
    # the flat program compares equal to the one written without the blocks
    flat = frontends.parse('@@BEGIN { __auto int d; d = 0; d++; d++; '
                           'if (d > 1) { printf("%d\\n", d); } exit(); }', "t.e", "vue")
    a, b = written_out_alike(vue, flat)
    assert [p.body for p in a.probes] == [p.body for p in b.probes]


def _via(text: str, via: str) -> ir.Program:
    """A stap script's side of a round trip through `via`, normalised."""
    prog = frontends.parse(text, "t.stp", "stap", port=True)
    return written_out_alike(prog, prog, via=via)[0]


def _table_fills(prog: ir.Program, table: str) -> int:
    return sum(1 for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.Assign)
               and isinstance(x.target, ir.Index) and x.target.map == table)


def test_stap_errno_str_through_d_reads_the_table_the_d_port_fills():
    # D's port: a table of the names filled at BEGIN, "E<n>" for a number it lacks
    prog = _via('global x = 2\nprobe begin { printf("%s\\n", errno_str(x)); exit() }', "d")
    assert any(g.name == "errname" for g in prog.globals) and _table_fills(prog, "errname") > 100
    assert not any(isinstance(x, ir.FuncCall) for p in prog.probes for x in ir.walk(p.body))
    assert any(isinstance(x, ir.Sprintf) and x.fmt == "E%d" for p in prog.probes for x in ir.walk(p.body))
    # through stap itself, nothing is written out
    same = _stap('global x = 2\nprobe begin { printf("%s\\n", errno_str(x)); exit() }')
    assert any(isinstance(x, ir.FuncCall) for p in _one(same).probes for x in ir.walk(p.body))


def test_stap_errno_str_through_vue_is_written_out_for_a_constant_only():
    # Vue's table reads "" for a number it lacks where stap prints "E<n>": not the same
    # run, so only the call of a constant, whose value is known, is its text
    prog = _via('global x = 2\nprobe begin { printf("%s %s\\n", errno_str(-2), errno_str(x)); exit() }',
                "vue")
    assert _printfs(prog) == [("ENOENT %s\n", 1)]
    assert not any(g.name == "errname" for g in prog.globals)


def test_stap_retstr_through_d_is_an_if_of_two_printfs_with_the_names_in_the_format():
    prog = _via('probe syscall.close.return { printf("%s = %s\\n", name, retstr) }', "d")
    [probe] = [p for p in prog.probes if p.points[0].kind == "syscall"]
    [choice] = probe.body.stmts
    assert isinstance(choice, ir.If)
    # the names' table holds literals only: a name printed by a bare %s is no longer
    # than its longest, so the text is written into the format as the D port writes it
    # (each branch the block of its one printf: _bodies_as_blocks)
    [then], [else_] = choice.then.stmts, choice.else_.stmts
    assert (then.fmt, else_.fmt) == ("%s = %d (%s)\n", "%s = %d\n")
    assert isinstance(choice.cond.rhs, ir.InMap)  # `names[-retval] != ""`, as stap reads it


def test_stap_argstr_through_d_and_vue_is_the_arguments_written_out():
    text = 'probe syscall.kill { printf("%s: %s\\n", execname(), argstr); exit() }'
    d = _via(text, "d")
    assert not any(isinstance(x, ir.Builtin) and x.name == "argstr" for p in d.probes for x in ir.walk(p.body))
    assert ("%s: %d, %s\n", 3) in _printfs(d)  # pid, then the signal's name (a local)
    vue = _via(text, "vue")  # no string of a number: printed piece by piece
    assert _printfs(vue)[0] == ("%s: %d, ", 2)


def test_only_the_ports_texts_are_spliced_beside_argstr():
    # the script's own sprintf of a string variable is cut at the string size where its
    # pieces are not: compared as it is, beside argstr's text written into the format
    prog = _via('probe syscall.kill { s = execname(); printf("%s %s\\n", argstr, sprintf("<%s>", s)); '
                'exit() }', "d")
    fmt, n = _printfs(prog)[0]
    assert fmt == "%d, %s %s\n" and n == 3


def test_an_element_of_a_table_of_literals_is_bounded_by_its_longest():
    text = ('BEGIN {{ t[1] = "ab"; t[2] = "abcd"; {} }}\n'
            'tick-1s {{ printf("%s\\n", strjoin(t[1], "x")); exit(0); }}')
    assert _printfs(_one(_d(text.format(""))))[-1] == ("%sx\n", 1)
    # one store of another string: no bound, the concatenation stays a piece
    assert _printfs(_one(_d(text.format("t[3] = execname;"))))[-1] == ("%s\n", 1)


def test_stap_appends_and_hex_prefix_read_as_the_port_writes_them():
    # `s .= x` is `s = s . x` (D's strjoin() steps read back so), and `0x%x` is `%#x`,
    # which stap prints alike
    a = _stap('probe begin { s = "a" . execname(); s .= "b"; printf("0x%x %s\\n", 0, s); exit() }')
    b = _stap('probe begin { s = "a" . execname() . "b"; printf("%#x %s\\n", 0, s); exit() }')
    x, y = written_out_alike(a, b)
    assert [p.body for p in x.probes] == [p.body for p in y.probes]


def test_a_loops_own_variables_compare_by_place_but_one_read_after_it_keeps_its_name():
    def loops(src: str):
        prog = frontends.parse(src, "t.stp", "stap")
        a, _ = written_out_alike(prog, prog)
        return a.probes[0].body
    head = 'global t\nprobe begin { t["a"] <<< 1\n'
    # (two statistics a row: a loop, not the printa one would be)
    row = 'printf("%s %d %d\\n", {0}, @count(t[{0}]), @sum(t[{0}]))'
    k = loops(head + 'foreach (k+ in t) ' + row.format("k") + ' exit() }')
    key = loops(head + 'foreach (key+ in t) ' + row.format("key") + ' exit() }')
    assert isinstance(k.stmts[1], ir.ForEach) and k == key
    # read after the loop, the variable holds the last key: its name stays
    after = loops(head + 'foreach (k+ in t) ' + row.format("k") + '\nprintf("%s\\n", k) exit() }')
    assert next(s for s in after.stmts if isinstance(s, ir.ForEach)).keys == ["k"]


_TID_ARRAY = ('global a\nprobe syscall.brk { a[tid()] = 1 }\n'
              'probe syscall.brk.return { if (tid() in a) { printf("x\\n"); delete a[tid()] } }\n')
_EXIT_FREE = 'probe kernel.trace("sched_process_exit") { delete a[tid()] }\n'


def _bodies(prog: ir.Program) -> list:
    return [(p.points[0].kind, p.body) for p in prog.probes]


def test_a_tid_keyed_array_compares_without_the_free_the_way_back_writes():
    # D's self->a ends with its thread: the way back frees it in a probe of its own
    orig = frontends.parse(_TID_ARRAY, "t.stp", "stap", port=True)
    back = _stap(_TID_ARRAY + _EXIT_FREE)
    for via in ("d", "vue"):
        x, y = written_out_alike(orig, back, via=via)
        assert _bodies(x) == _bodies(y)
    # through stap itself the free is the script's own probe
    x, y = written_out_alike(orig, back, via="stap")
    assert len(y.probes) == len(x.probes) + 1


def test_the_free_stays_where_another_thread_could_see_the_array():
    # a foreach reads every thread's elements, a dead thread's too: the free shows
    for seen in ('probe end { foreach (k in a) printf("%d\\n", k) }\n', 'probe end { delete a }\n'):
        back = _via(_TID_ARRAY + _EXIT_FREE + seen, "d")
        assert any(p.points[0].kind == "tracepoint" for p in back.probes)


def test_steps_joined_into_a_thread_element_are_the_one_sprintf_kept():
    # D builds the text in this->a by strjoin() steps, then keeps it in self->a: stap
    # reads that back as a local a_2's `.=` steps and a store into a[tid()]
    orig = frontends.parse('global a\nprobe syscall.brk { a[tid()] = sprintf("%s, %d", execname(), pid()) }\n'
                           'probe syscall.brk.return { if (tid() in a) printf("%s\\n", a[tid()]) }\n',
                           "t.stp", "stap", port=True)
    back = _stap('global a\nprobe syscall.brk { a_2 = execname() . ", "; a_2 .= sprintf("%d", pid()); '
                 'a[tid()] = a_2 }\nprobe syscall.brk.return { if (a[tid()] != "") printf("%s\\n", a[tid()]) }\n'
                 + _EXIT_FREE)
    x, y = written_out_alike(orig, back, via="d")
    assert _bodies(x) == _bodies(y)
    [store] = [s for s in x.probes[0].body.stmts if isinstance(s, ir.ExprStmt)]
    assert isinstance(store.expr.value, ir.Sprintf) and store.expr.value.fmt == "%s, %d"


def test_a_text_padded_by_a_width_is_not_spliced_into_the_sprintf_around_it():
    # `%-10s` pads the whole joined piece, which its own conversions cannot say
    prog = _via('global a\nprobe begin { a = sprintf("%-10s|", "<" . execname()); exit() }', "d")
    [value] = [x.value for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.Assign)]
    assert value.fmt == "%-10s|" and isinstance(value.args[0], ir.Binary)


def test_thread_indent_through_d_is_written_out_by_the_port():
    text = 'probe syscall.sync { printf("%s -> sync\\n", thread_indent(1)) }'
    prog = _via(text, "d")
    assert not any(isinstance(x, ir.FuncCall) for p in prog.probes for x in ir.walk(p.body))
    assert _printfs(prog) == [("%6d %s(%d):%*s -> sync\n", 5)]
    kept = _one(_stap(text))
    assert any(isinstance(x, ir.FuncCall) and x.name == "thread_indent"
               for p in kept.probes for x in ir.walk(p.body))


def _quoted_printfs(prog: ir.Program) -> list[tuple[str, list[str]]]:
    """Each printf of the unlink probe as (format, the kinds of its arguments)."""
    [probe] = [p for p in prog.probes if p.points and p.points[0].kind == "syscall"]
    return [(x.fmt, [type(a).__name__ for a in x.args]) for x in ir.walk(probe.body)
            if isinstance(x, ir.Printf)]


def test_a_quoted_path_read_after_argstr_read_it_is_the_ports_quoted_read():
    # argstr's path, written out, reads the string first: a fault ends the clause
    # there on both sides, so the port's read after it faults alike
    prog = _via('probe syscall.unlink { printf("%s\\n", argstr); printf("%s\\n", pathname); exit() }', "d")
    assert _quoted_printfs(prog)[-1] == ('"%s"\n', ["Call"])


def test_a_quoted_path_read_before_or_beside_a_branch_of_argstr_stays_stap_s():
    # first, or where argstr is read on some paths only: stap's variable cannot fault
    # where the port's read would, so it is compared as it is
    first = _via('probe syscall.unlink { printf("%s\\n", pathname); printf("%s\\n", argstr); exit() }', "d")
    assert _quoted_printfs(first)[0] == ("%s\n", ["SyscallVar"])
    branch = _via('probe syscall.unlink { if (pid() > 1) printf("%s\\n", argstr); '
                  'printf("%s\\n", pathname); exit() }', "d")
    assert _quoted_printfs(branch)[-1] == ("%s\n", ["SyscallVar"])


def test_a_d_integer_constant_printed_is_the_text_it_prints_at_its_types_width():
    # D's %u of a char -1 is 255 wide 8 bits, its %d of an unsigned 64-bit -1 is %u
    prog = _one(_d('BEGIN { printf("%u %x %5d|%d %c\\n", (char)0xef, (short)-2, (uint8_t)300, '
                   '(unsigned long long)-1, 65); exit(0); }'))
    assert _printfs(prog) == [("239 fffe    44|18446744073709551615 A\n", 0)]


def test_two_spellings_of_a_d_constant_that_print_alike_compare_alike():
    # the stap port's mask of D's (char)0xef shown by %u reads back as (unsigned char)0xef,
    # D's (int64_t)(int)-1 as -1LL
    a = _d('BEGIN { printf("%u %llx\\n", (char)0xef, (int64_t)(int)-1); exit(0); }')
    b = _d('BEGIN { printf("%u %llx\\n", (unsigned char)0xef, -1LL); exit(0); }')
    a, b = written_out_alike(a, b, via="stap")
    assert a.probes == b.probes


def test_d_constants_printing_differently_stay_different():
    a, b = written_out_alike(_d('#pragma D option quiet\nBEGIN { printf("%d\\n", (char)255); exit(0); }'),
                             _d('#pragma D option quiet\nBEGIN { printf("%d\\n", 255); exit(0); }'),
                             via="stap")
    assert _printfs(a) == [("-1\n", 0)] and _printfs(b) == [("255\n", 0)]


def test_a_printed_variable_or_a_nul_character_stays_an_argument():
    prog = _one(_d('BEGIN { x = 3; printf("%d %c\\n", x, 0); exit(0); }'))
    assert _printfs(prog) == [("%d %c\n", 2)]


def test_a_stap_integer_constant_printed_is_stap_s_text():
    # stap's %#x writes 0x0 for 0 (C's printf writes 0)
    prog = _one(_stap('probe begin { printf("%#x %d;%dm\\n", 0, 41, 1); exit() }'))
    assert _printfs(prog) == [("0x0 41;1m\n", 0)]


def test_d_framing_through_a_port_is_written_out_as_the_port_writes_it():
    # the way back from stap reads the probe line's printfs as the statements they are
    framed = _d('BEGIN { printf("x %d", pid); }')
    quiet = _d('#pragma D option quiet\nBEGIN { printf("CPU     ID                    FUNCTION:NAME\\n");'
               ' printf("%3d %6d %32s ", cpu, 1, ":BEGIN"); printf("x %d", pid); printf("\\n"); }')
    a, b = written_out_alike(framed, quiet, via="stap")
    assert a.probes == b.probes
    # compared among D scripts, the framing is the run's, not statements
    a, b = written_out_alike(framed, quiet)
    assert a.probes != b.probes


def test_a_stepping_predicate_of_a_quiet_d_clause_is_an_if_with_the_step_first():
    # D's /i++ >= 3/ is the stap port's `i++` then `i > 3` (print_crement.py), and the
    # Vue port's `if (i++ >= 3)` in the clause: all three compare alike
    head = '#pragma D option quiet\ntick-1s '
    forms = [_d(head + '/i++ >= 3/ { printf("x"); }'),
             _d(head + '{ if (i++ >= 3) { printf("x"); } }'),
             _d(head + '{ i++; if (i > 3) { printf("x"); } }')]
    a, b = written_out_alike(forms[0], forms[1], via="vue")
    assert a.probes == b.probes
    a, c = written_out_alike(forms[0], forms[2], via="stap")
    assert a.probes == c.probes


def test_a_predicate_without_a_step_or_a_non_quiet_clause_keeps_its_predicate():
    prog = _one(_d('#pragma D option quiet\nint i;\ntick-1s /i >= 3/ { printf("x"); }'))
    assert prog.probes[0].predicate is not None
    # not quiet, a clause whose predicate fails prints no probe line: it stays
    prog = _one(_d('tick-1s /i++ >= 3/ { printf("x"); }'))
    assert prog.probes[0].predicate is not None


def test_a_d_string_thread_local_freed_by_zero_compares_as_emptied():
    from xtrace.ir.analysis import analyze
    from xtrace.ir.target import KernelTarget
    progs = []
    for value in ('0', '""'):
        prog = _d('BEGIN { self->s = "hi"; self->n = 1; self->s = %s; self->n = 0; '
                  'printf("%%s %%d\\n", self->s, self->n); exit(0); }' % value)
        analyze(prog, KernelTarget("test", None, {}))
        progs.append(prog)
    a, b = written_out_alike(*progs, via="vue")
    assert a.probes == b.probes
    # an integer's store of 0 stays one
    assert any(isinstance(x, ir.Assign) and isinstance(x.value, ir.IntLit) and x.value.value == 0
               for x in ir.walk(a.probes[0].body))


def test_a_stap_array_of_keys_compares_as_the_set_whatever_its_updates():
    # stap's set, and the statistics array its D port's count() reads back as
    text = 'global seen\nprobe begin { %s; exit() }\nprobe end { foreach (k+ in seen) println(k) }'
    a, b = written_out_alike(_stap(text % 'seen["a"] = 1; seen["b"]++'),
                             _stap(text % 'seen["a"] <<< 1; seen["b"] <<< 1'), via="d")
    assert a.probes == b.probes and a.globals == b.globals


def test_a_stap_array_whose_values_are_read_stays_as_it_is():
    text = 'global seen\nprobe begin { seen["a"] <<< 1; exit() }\n' \
           'probe end { foreach (k+ in seen) printf("%s %d\\n", k, @count(seen[k])) }'
    prog = _one(_stap(text))
    assert any(isinstance(x, ir.AggUpdate) for x in ir.walk(prog.probes[0].body))


def test_a_pointer_cast_in_an_address_sum_is_its_value():
    e = ir.Binary("+", ir.KernelCast(ir.IntLit(16), "struct foo *"), ir.IntLit(8))
    prog = _d('#pragma D option quiet\nBEGIN { exit(0); }')
    prog.probes[0].body.stmts.insert(0, ir.Printf("%d\n", [ir.Call("kernel_read_int", [e, ir.IntLit(4), ir.IntLit(1)])]))
    read = _one(prog).probes[0].body.stmts[0].args[0]
    assert read.args[0] == ir.Binary("+", ir.IntLit(16), ir.IntLit(8))
    # a cast that is no operand of a sum stays: `->` needs its type
    member = ir.KernelMember(ir.KernelCast(ir.IntLit(16), "struct foo *"), ["b"])
    prog.probes[0].body.stmts[0] = ir.Printf("%d\n", [member])
    assert _one(prog).probes[0].body.stmts[0].args[0] == member


def test_a_join_with_a_variable_only_ever_set_to_literals_is_written_into_the_format():
    prog = _one(_stap('probe begin { label = ""; printf("[%s]\\n", "<" . label . ">"); exit() }'))
    assert _printfs(prog) == [("[<%s>]\n", 1)]
    # a variable set to anything else may hold a text the string size cuts: it stays
    prog = _one(_stap('probe begin { label = execname() . "x"; printf("[%s]\\n", "<" . label . ">"); exit() }'))
    assert _printfs(prog) == [("[%s]\n", 1)]


def test_the_code_a_d_option_of_0_keeps_from_running_is_left_out():
    text = ('#pragma D option quiet\ninline int OPT_x = 0;\n'
            'BEGIN { if (OPT_x) { self->t = timestamp; } printf("a\\n"); }\n'
            'BEGIN /self->t/ { printf("%d\\n", timestamp - self->t); }\n'
            'BEGIN { exit(0); }')
    kept, left = written_out_alike(_d(text), _d('#pragma D option quiet\nBEGIN { printf("a\\n"); }\n'
                                                'BEGIN { exit(0); }'), via="stap")
    assert kept.probes == left.probes
    # an option of 1 keeps its code
    on = _one(_d(text.replace("OPT_x = 0", "OPT_x = 1")))
    assert len(on.probes) == 3


def test_an_if_on_a_constant_is_the_branch_it_takes():
    prog = _one(_d('#pragma D option quiet\nBEGIN { if (0 == 0) { printf("a\\n"); } else { printf("b\\n"); }'
                   ' if (2 < 1) { printf("c\\n"); } exit(0); }'))
    assert _printfs(prog) == [("a\n", 0)]
    # on a value only the run knows, both branches stay
    prog = _one(_d('#pragma D option quiet\nBEGIN { if (pid == 0) { printf("a\\n"); } else { printf("b\\n"); } }'))
    assert _printfs(prog) == [("a\n", 0), ("b\n", 0)]


def test_stap_kernel_string_of_comm_is_the_member_and_of_another_array_stays():
    def arg(member: str) -> ir.Expr:
        prog = _stap('probe begin { printf("%s\\n", kernel_string(@cast(task_current(), '
                     '"task_struct")->' + member + ')); exit() }')
        return _one(prog).probes[0].body.stmts[0].args[0]
    assert isinstance(arg("comm"), ir.KernelMember)
    assert isinstance(arg("name"), ir.Call)  # an array with no NUL promised


def test_a_stap_array_auto_printed_is_no_set_of_keys():
    # its values are read by the end-of-run print
    prog = _one(_stap('global calls\nprobe begin { calls["read"]++; exit() }'))
    assert not any(isinstance(x, ir.Assign) and isinstance(x.value, ir.IntLit) and x.value.value == 1
                   and isinstance(x.target, ir.Index) for p in prog.probes for x in ir.walk(p.body))


def _tracepoint_params(prog: ir.Program, params: list[list[str]]) -> ir.Program:
    """`prog` with its tracepoints' parameters recorded as a translation records them."""
    prog.options = {**(prog.options or {}),
                    "tracepoint_params": {pt.name: params for p in prog.probes for pt in p.points}}
    return prog


_WAKING = [["struct task_struct *", "p"]]


def test_a_tracepoint_argument_cast_to_its_parameter_type_is_the_parameter():
    # D's `(struct task_struct *)args[0]` of sched_waking reads what stap's $p does
    prog = _one(_tracepoint_params(_d(
        'tracepoint:sched::sched_waking { x = ((struct task_struct *)args[0])->pid; }'), _WAKING))
    bases = [x.base for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.KernelMember)]
    assert bases == [ir.ProbeArg("p")]


def test_a_tracepoint_argument_cast_to_another_type_stays_the_cast():
    prog = _one(_tracepoint_params(_d(
        'tracepoint:sched::sched_waking { x = ((struct file *)args[0])->f_flags; }'), _WAKING))
    bases = [x.base for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.KernelMember)]
    assert [type(b).__name__ for b in bases] == ["KernelCast"]
    # and without the parameters recorded, the cast stays too
    prog = _one(_d('tracepoint:sched::sched_waking { x = ((struct task_struct *)args[0])->pid; }'))
    assert [type(x.base).__name__ for x in ir.walk(prog.probes[0].body)
            if isinstance(x, ir.KernelMember)] == ["KernelCast"]


def _joined_printf(fmt: str, arg: ir.Expr, text: str) -> ir.Program:
    """A D clause on every syscall entry printing sprintf("%s<text>", arg) by `fmt`
    (DTrace's probe line writes FUNCTION:NAME so: ir/framing.py)."""
    prog = _d('syscall:::entry { printf("%s", probefunc); }')
    printf = next(x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.Printf))
    printf.fmt, printf.args = fmt, [ir.Sprintf("%s" + text, [arg])]
    return prog


def test_a_width_of_a_short_join_is_split_around_its_text():
    # %32s of probefunc joined with ":entry" pads as %26s of probefunc then ":entry"
    # (the Vue port's spelling): a syscall's name never reaches the string size
    joined = _one(_joined_printf("%32s|", ir.Builtin("probefunc"), ":entry"))
    split = _one(_d('syscall:::entry { printf("%26s:entry|", probefunc); }'))
    assert joined.probes == split.probes
    assert _printfs(joined) == [("%26s:entry|", 1)]


def test_a_width_of_a_join_that_may_be_cut_stays():
    # a copied-in string may reach the string size, where the join is cut and the
    # split is not
    prog = _one(_joined_printf("%32s|", ir.Call("copyinstr", [ir.Builtin("arg0")]), ":x"))
    assert _printfs(prog) == [("%32s|", 1)]


def _stap_typed(text: str) -> ir.Program:
    """A stap script lowered as a port lowers it, and analysed (a local's types)."""
    from xtrace.ir.analysis import analyze
    from xtrace.ir.target import KernelTarget
    prog = frontends.parse(text, "t.stp", "stap", port=True)
    analyze(prog, KernelTarget("test", None, {}))
    return prog


def test_a_local_appended_literal_text_is_bounded_by_its_texts():
    # a stap function's local grows by "x" a call, fresh at each: where nothing loops,
    # it holds no more than its texts together, so its sprintf printed by a bare %s
    # is written into the format, as the D port writes it
    prog = _one(_stap_typed('function f() { s .= "x"; return sprintf("%d%s", 1, s) }\n'
                      'probe begin { printf("%s|%s\\n", f(), f()); exit() }'))
    # (the first call's value is a local the printf reads: a Var, kept)
    assert _printfs(prog)[-1][0] == "%s|1%s\n"


def test_a_local_appended_to_in_a_loop_stays_unbounded():
    prog = _one(_stap_typed('probe begin { s = ""; while (s != "xxx") { s .= "x" }\n'
                      'printf("%s|\\n", sprintf("%d%s", 1, s)); exit() }'))
    assert _printfs(prog)[-1][0] == "%s|\n"


def test_a_d_local_holding_a_narrow_constant_prints_as_its_value_at_its_type():
    # D's `%i` of an unsigned char local holding 200 prints -56; the ports' int local
    # printed through a signed 8-bit cast reads back as `(char)this->u`: alike
    from xtrace.ir.analysis import analyze
    from xtrace.ir.target import KernelTarget

    def _typed(text: str) -> ir.Program:
        prog = _d('#pragma D option quiet\nBEGIN { ' + text)
        analyze(prog, KernelTarget("test", None, {}))
        return prog
    orig = _typed('this->u = (unsigned char)200; printf("%i %d\\n", this->u, this->u); exit(0); }')
    back = _typed('this->u = 200; printf("%i %d\\n", (char)this->u, this->u); exit(0); }')
    for via in ("stap", "vue"):
        a, b = written_out_alike(orig, back, via=via)
        assert a.probes == b.probes
        assert _printfs(a) == [("-56 200\n", 0)]
    # printed without the cast the int prints 200: a real difference stays one
    plain = _typed('this->u = 200; printf("%i %d\\n", this->u, this->u); exit(0); }')
    a, b = written_out_alike(orig, plain, via="stap")
    assert a.probes != b.probes
    # a local a later clause of the probe reads (one that can fault, so not merged with
    # the first: ir/clausemerge.py) is that clause's too: it stays
    later = _typed('this->u = (unsigned char)200; printf("%i\\n", this->u); }\n'
                   'BEGIN { printf("%d %s\\n", this->u, copyinstr(0)); exit(0); }')
    assert ("%i\n", 1) in _printfs(written_out_alike(later, later, via="stap")[0])


def _d_typed(text: str) -> ir.Program:
    """A D script, analysed (its expressions' types)."""
    from xtrace.ir.analysis import analyze
    from xtrace.ir.target import KernelTarget
    prog = _d(text)
    analyze(prog, KernelTarget("test", None, {}))
    return prog


def test_a_64_bit_cast_of_curthread_compared_with_a_64_bit_integer_is_curthread():
    # D's `arg0 == (uint64_t)curthread` at a tracepoint is the stap port's `$p ==
    # task_current()`, which reads back as `args[0] == curthread`: the same 64 bits
    text = 'profile:::tick-1s {{ printf("%d %d\\n", arg0 == {}curthread, {}curthread != arg1); }}'
    a, b = written_out_alike(_d_typed(text.format("(uint64_t)", "(uintptr_t)")),
                             _d_typed(text.format("", "")), via="stap")
    assert a.probes == b.probes
    # 32 bits of the pointer are another value: a real difference stays one
    a, b = written_out_alike(_d_typed(text.format("(uint32_t)", "")),
                             _d_typed(text.format("", "")), via="stap")
    assert a.probes != b.probes


def _with_parms(text: str, expanded: ir.Sprintf) -> ir.Program:
    """A stap script (lowered as a port lowers it) whose one printf prints, as its
    first argument, `$$parms` as analysis expands it to `expanded`."""
    prog = frontends.parse(text, "t.stp", "stap", port=True)
    printf = next(x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.Printf))
    printf.args[0] = ir.ContextVars("parms", expanded=expanded, type=expanded.type)
    return prog


def test_stap_parms_of_numbers_through_d_and_vue_are_the_printf_the_port_writes():
    parms = ir.Sprintf("fd=%#x count=%#x", [ir.Builtin("pid"), ir.Builtin("tid")])
    orig = _with_parms('probe begin { printf("%s\\n", execname()) }', parms)
    port = frontends.parse('probe begin { printf("fd=%#x count=%#x\\n", pid(), tid()) }',
                           "t.stp", "stap", port=True)
    for via in ("d", "vue"):
        a, b = written_out_alike(orig, port, via=via)
        assert a.probes == b.probes
    # through stap itself it stays $$parms; other text is a real difference
    assert written_out_alike(orig, port, via="stap")[0].probes != \
        written_out_alike(orig, port, via="stap")[1].probes
    other = frontends.parse('probe begin { printf("fd=%#x count=%d\\n", pid(), tid()) }',
                            "t.stp", "stap", port=True)
    a, b = written_out_alike(orig, other, via="d")
    assert a.probes != b.probes
    # a string stap reads with kernel_string2() (its "<unknown>" where D's read faults)
    # is no number: left as it is
    named = ir.Sprintf("name=%s", [ir.Call("kernel_string2", [ir.Builtin("pid"), ir.StrLit("?")])])
    kept = written_out_alike(_with_parms('probe begin { printf("%s\\n", execname()) }', named),
                             port, via="d")[0]
    assert any(isinstance(x, ir.ContextVars) for x in ir.walk(kept.probes[0].body))


def _d_on_host(text: str) -> ir.Program:
    """A D script analysed on this host's kernel (its BTF types: a member's pointer type)."""
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze
    prog = _d(text)
    analyze(prog, _translation_target())
    return prog


def test_a_64_bit_cast_of_a_kernel_pointer_tested_for_equality_is_the_pointer():
    # D's translated pr_ttydev, `(tty ? (uint64_t)tty : -1) != 0`, is the stap port's
    # test of the pointer, which reads back without the cast: the same 64 bits
    text = ('profile:::tick-1s {{ printf("%d %d\\n", (curthread->signal->tty ? {}curthread->signal->tty '
            ': -1) != 0, {}curthread->signal == 0); }}')
    try:
        plain = _d_on_host(text.format("", ""))
    except XtraceError:
        pytest.skip("no kernel types on this host")
    a, b = written_out_alike(_d_on_host(text.format("(uint64_t)", "(long)")), plain, via="stap")
    assert a.probes == b.probes
    # its low 32 bits are another value
    a, b = written_out_alike(_d_on_host(text.format("(uint32_t)", "")), plain, via="stap")
    assert a.probes != b.probes
    # and the cast stays where arithmetic reads it (on the pointer it counts in structs)
    summed = 'profile:::tick-1s {{ printf("%d\\n", {}curthread->signal + 1 == 0); }}'
    a, b = written_out_alike(_d_on_host(summed.format("(uint64_t)")), _d_on_host(summed.format("")), via="stap")
    assert a.probes != b.probes


def test_a_stap_cast_of_a_pointer_to_its_own_type_is_the_pointer():
    def member(ctype: str, decay: bool) -> ir.Program:
        task = ir.ProbeArg("task", type=Type("int", 64, False, "struct task_struct *"))
        prog = frontends.parse('probe begin { printf("%d\\n", pid()) }', "t.stp", "stap", port=True)
        read = ir.KernelMember(ir.KernelCast(task, ctype) if ctype else task, ["tgid"], decay,
                               type=Type("int", 32, True))
        next(x for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.Printf)).args[0] = read
        return prog
    # a tapset alias's `@cast($task, "task_struct")->tgid` is `$task->tgid`, which
    # the D port's `((struct task_struct *)args[2])->pid` reads back as
    a, b = written_out_alike(member("struct task_struct *", False), member("", True), via="d")
    assert a.probes == b.probes
    # a cast to another struct reads other memory: a real difference stays one
    a, b = written_out_alike(member("struct file *", False), member("", True), via="d")
    assert a.probes != b.probes


def test_stap_probes_alike_on_syscalls_reading_their_variable_are_one_probe():
    # each alias a stap probe lists sets its own `timeout` (poll's third argument,
    # epoll_wait's fourth): a probe each (the Vue port's clause a syscall, read back)
    # is the one probe on both (ir/clausemerge.py), comments aside
    body = '{ if (timeout > 0) printf("%s %d\\n", name, timeout) }\n'
    one = _stap(f"probe syscall.poll, syscall.epoll_wait {body}")
    two = _stap(f"# poll\nprobe syscall.poll {body}# epoll_wait\nprobe syscall.epoll_wait {body}")
    a, b = written_out_alike(one, two, via="vue")
    assert a.probes == b.probes and len(b.probes) == 1


def test_stap_probes_on_syscalls_reading_their_variables_otherwise_stay_two():
    # the second prints its timeout after a word of its own: not alike
    one = _stap('probe syscall.poll, syscall.epoll_wait { printf("%d\\n", timeout) }\n')
    two = _stap('probe syscall.poll { printf("%d\\n", timeout) }\n'
                'probe syscall.epoll_wait { printf("w %d\\n", timeout) }\n')
    a, b = written_out_alike(one, two, via="vue")
    assert len(b.probes) == 2 and a.probes != b.probes


def test_d_negative_return_of_an_int_syscall_is_its_errno_through_stap():
    # the stap port says D's errno != 0 as `retval < 0` and errno below it as -retval,
    # which read back as arg0's: an int return value below 0 is -errno
    orig = _d('#pragma D option quiet\nsyscall::openat:return /errno != 0/ { printf("%d\\n", errno); }')
    back = _d('#pragma D option quiet\nsyscall::openat:return /arg0 < 0/ { printf("%d\\n", -arg0); }')
    a, b = written_out_alike(orig, back, via="stap")
    assert a.probes == b.probes


def test_d_negated_return_without_a_failure_predicate_is_no_errno():
    # -arg0 of a call that succeeded is no error (errno is 0 there); and a call whose
    # value need not be an int (mmap's address) keeps its test of the raw value
    orig = _d('#pragma D option quiet\nsyscall::openat:return { printf("%d\\n", errno); }')
    back = _d('#pragma D option quiet\nsyscall::openat:return { printf("%d\\n", -arg0); }')
    a, b = written_out_alike(orig, back, via="stap")
    assert a.probes != b.probes
    orig = _d('#pragma D option quiet\nsyscall::mmap:return /errno != 0/ { printf("x\\n"); }')
    back = _d('#pragma D option quiet\nsyscall::mmap:return /arg0 < 0/ { printf("x\\n"); }')
    a, b = written_out_alike(orig, back, via="stap")
    assert a.probes != b.probes


def test_d_speculate_zero_and_its_records_compare_left_out():
    # id 0 drops the clause's records after speculate() (in an if's branch too), and
    # commit(0)/discard(0) do nothing: the stap port's comments, read back, are empty
    orig = _d('#pragma D option quiet\nint n;\nBEGIN { speculate(0); n = 1; printf("dropped\\n"); '
              'if (n) { printf("also\\n"); n = 2; } }\nBEGIN { commit(0); discard(0); }')
    back = _d('#pragma D option quiet\nint n;\nBEGIN { n = 1; if (n) { n = 2; } }\nBEGIN { }')
    a, b = written_out_alike(orig, back, via="stap")
    assert a.probes == b.probes


def test_d_speculation_of_a_variable_id_keeps_its_records():
    # an id held in a variable may be a speculation's: its records are kept (committed)
    orig = _d('#pragma D option quiet\nint s;\nBEGIN { speculate(s); printf("kept\\n"); }\n'
              'BEGIN { commit(s); }')
    prog = _one(orig)
    assert _printfs(prog) == [("kept\n", 0)]
    assert sum(isinstance(x, (ir.Speculate, ir.SpecEnd)) for p in prog.probes for x in ir.walk(p.body)) == 2


def test_stap_array_size_never_reached_compares_without_it():
    # two constant keys in `global a[2]`: it never overflows, as the ports' arrays
    sized = _stap('global a[2]\nprobe begin { a[1] = 1; a[2] = 2; a[1]++; printf("%d\\n", a[2]); exit() }')
    plain = _stap('global a\nprobe begin { a[1] = 1; a[2] = 2; a[1]++; printf("%d\\n", a[2]); exit() }')
    a, b = written_out_alike(sized, plain, via="d")
    assert [g.size for g in a.globals] == [None] and a.globals == b.globals


def test_stap_array_size_that_may_be_reached_stays():
    # a third constant key, or a key known only at run time, may find it full
    for store in ("a[3] = 3", "a[pid()] = 3"):
        prog = _stap(f'global a[2]\nprobe begin {{ a[1] = 1; a[2] = 2; {store}; exit() }}')
        assert [g.size for g in _one(prog).globals] == [2], store


def _vue(text: str) -> ir.Program:
    return frontends.parse(text, "t.e", "vue")


def test_vue_rv_below_zero_of_an_int_syscall_is_the_failure():
    # the Vue port says stap's `retval < 0` as `__rv < 0`, which is -1 where the call
    # failed and its int value else: below 0 only where it failed (__errno is set)
    orig = _vue('int execve(char *, char **, char **);\n'
                '@@syscall:*:execve:exit when (__errno != 0) { printf("%d\\n", __errno); }')
    back = _vue('int execve(char *, char **, char **);\n'
                '@@syscall:*:execve:exit when (__rv < 0) { printf("%d\\n", __errno); }')
    a, b = written_out_alike(orig, back, via="stap")
    assert a.probes == b.probes
    ok = _vue('int execve(char *, char **, char **);\n'
              '@@syscall:*:execve:exit when (__rv >= 0) { printf("ok\\n"); }')
    ok_errno = _vue('int execve(char *, char **, char **);\n'
                    '@@syscall:*:execve:exit when (__errno == 0) { printf("ok\\n"); }')
    a, b = written_out_alike(ok, ok_errno, via="stap")
    assert a.probes == b.probes


def test_vue_rv_below_zero_of_a_wide_syscall_or_below_another_value_stays():
    # mmap's value is an address, which may be below 0 as a signed number without a
    # failure; and __rv < 1 holds for a call that returned 0 too
    for fn, test in (("mmap", "__rv < 0"), ("execve", "__rv < 1")):
        orig = _vue(f'@@syscall:*:{fn}:exit when (__errno != 0) {{ printf("x\\n"); }}')
        back = _vue(f'@@syscall:*:{fn}:exit when ({test}) {{ printf("x\\n"); }}')
        a, b = written_out_alike(orig, back, via="stap")
        assert a.probes != b.probes, (fn, test)


def test_d_probefunc_of_a_clause_on_one_syscall_is_its_name():
    prog = _one(_d('#pragma D option quiet\nsyscall::openat:return { printf("%s\\n", strjoin(probefunc, ":r")); }'))
    assert _printfs(prog) == [("openat:r\n", 0)]
    # on two, it is the one that fired
    prog = _one(_d('#pragma D option quiet\nsyscall::openat:return, syscall::read:return '
                   '{ printf("%s\\n", probefunc); }'))
    assert _printfs(prog) == [("%s\n", 1)]


def test_d_pointer_cast_of_a_member_address_is_the_address():
    from xtrace.driver.translate import _translation_target
    from xtrace.ir.analysis import analyze

    def typed(text: str) -> ir.Program:
        prog = _d(text)
        analyze(prog, _translation_target())  # (the translating machine's BTF: curthread's members)
        return prog
    orig = typed('BEGIN { printf("%s\\n", inet_ntop(2, (void *)&curthread->pid)); exit(0); }')
    back = typed('BEGIN { printf("%s\\n", inet_ntop(2, &curthread->pid)); exit(0); }')
    a, b = written_out_alike(orig, back, via="stap")
    assert a.probes == b.probes
    # a signed or narrower cast of it is another value
    other = typed('BEGIN { printf("%s\\n", inet_ntop(2, (int)&curthread->pid)); exit(0); }')
    a, b = written_out_alike(other, back, via="stap")
    assert a.probes != b.probes


def test_a_choice_on_a_constant_is_the_arm_it_takes():
    # a translator's string member of a constant: the stap port writes its text
    prog = _one(_d('BEGIN { printf("%s\\n", (int)1 == 1 ? "reg" : (int)1 == 2 ? "dir" : "non"); exit(0); }'))
    assert _printfs(prog) == [("reg\n", 0)]
    prog = _one(_d('BEGIN { printf("%s\\n", (int)7 == 1 ? "reg" : (int)7 == 2 ? "dir" : "non"); exit(0); }'))
    assert _printfs(prog) == [("non\n", 0)]
    # a condition read at run time stays
    prog = _one(_d('BEGIN { printf("%s\\n", pid == 1 ? "reg" : "non"); exit(0); }'))
    assert _printfs(prog) == [("%s\n", 1)]


def test_a_comment_in_a_clause_is_no_statement():
    # the stap port's notes on D's speculation() read back in D as comment statements
    orig = _d('BEGIN { printf("a\\n"); exit(0); }')
    back = _d('BEGIN { /* a note a port wrote */ printf("a\\n"); /* another */ exit(0); }')
    a, b = written_out_alike(orig, back, via="stap")
    assert a.probes == b.probes
    # what the comment stands beside still counts
    other = _d('BEGIN { /* a note */ printf("b\\n"); exit(0); }')
    a, b = written_out_alike(orig, other, via="stap")
    assert a.probes != b.probes


def test_a_stap_try_block_that_cannot_fault_is_its_body():
    # its catch block never runs: the Vue port writes the body alone
    orig = _stap('probe begin { try { println("body") } catch { println("never") } exit() }')
    back = _stap('probe begin { println("body") exit() }')
    a, b = written_out_alike(orig, back, via="vue")
    assert a.probes == b.probes
    # a division by a variable, an error() of its own or a statistic read can fault
    # (@avg of an empty one): the catch block may run
    for body in ('println(1 / z)', 'error("e")', 'println(@avg(s))'):
        orig = _stap(f'global z, s\nprobe begin {{ s <<< 1; try {{ {body} }} catch {{ println("caught") }} exit() }}')
        back = _stap(f'global z, s\nprobe begin {{ s <<< 1; {body}; exit() }}')
        a, b = written_out_alike(orig, back, via="vue")
        assert a.probes != b.probes, body


def test_a_branch_of_one_statement_is_the_block_of_it():
    # `if (c) s` and `if (c) { s }` are one statement, which a port writes either way
    orig = _stap('global n, s\nprobe begin { if (n) s <<< 1 else s <<< 2 exit() }')
    back = _stap('global n, s\nprobe begin { if (n) { s <<< 1 } else { s <<< 2 } exit() }')
    a, b = written_out_alike(orig, back, via="d")
    assert a.probes == b.probes
    other = _stap('global n, s\nprobe begin { if (n) { s <<< 1 s <<< 2 } exit() }')
    a, b = written_out_alike(orig, other, via="d")
    assert a.probes != b.probes


_QUOTED_FIRST = 'probe syscall.openat {{ if (execname() == "cat" && filename == {lit}) {{ {rest} }} }}'
_READ_IN_TRY = ('probe syscall.openat {{ if (execname() != "cat") next try {{ '
                'if (user_string(pointer_arg(2)) != {lit}) next {rest} }} catch {{ {handler} }} }}')


def test_a_quoted_path_tested_first_is_the_ports_read_in_a_try_block():
    # where the string cannot be read, stap's quoted filename is its address (no
    # literal's quoted text) and the port's read faults, which the catch ends: both
    # do nothing; where it can, "\"text\"" is the quoted string when text is the raw one
    rest = 'printf("%s %s\\n", name, filename) exit()'
    orig = _stap(_QUOTED_FIRST.format(lit='"\\"/etc/hostname\\""', rest=rest))
    back = _stap(_READ_IN_TRY.format(lit='"/etc/hostname"', handler="",
                                     rest='printf("%s \\"%s\\"\\n", name, user_string(pointer_arg(2))) exit()'))
    for via in ("d", "vue"):
        a, b = written_out_alike(orig, back, via=via)
        assert a.probes == b.probes, via


def test_a_quoted_path_tested_first_is_not_a_read_that_can_end_the_session():
    orig = _stap(_QUOTED_FIRST.format(lit='"\\"/etc/hostname\\""', rest='println(1) exit()'))
    reads = _stap(_QUOTED_FIRST.format(lit='"\\"/etc/hostname\\""',
                                       rest='println(user_string(pointer_arg(3))) println(1) exit()'))
    others = [
        # the catch does something
        _READ_IN_TRY.format(lit='"/etc/hostname"', handler='println(2)', rest='println(1) exit()'),
        # no try block: the read's fault ends the session (the D port's ERROR clause)
        'probe syscall.openat { if (execname() != "cat" || user_string(pointer_arg(2)) != '
        '"/etc/hostname") next println(1) exit() }',
        # another text
        _READ_IN_TRY.format(lit='"/etc/hosts"', handler='', rest='println(1) exit()'),
    ]
    for text in others:
        a, b = written_out_alike(orig, _stap(text), via="d")
        assert a.probes != b.probes, text
    # the rest reads another string: its fault, which stap's ends the session at, the
    # catch would end
    a, b = written_out_alike(reads, _stap(_READ_IN_TRY.format(
        lit='"/etc/hostname"', handler='', rest='println(user_string(pointer_arg(3))) println(1) exit()')), via="d")
    assert a.probes != b.probes
    # a literal whose inside the quoting would escape, or a test of inequality, is no
    # raw string's test
    for orig_text in (_QUOTED_FIRST.format(lit='"\\"/etc/a\\\\\\\\b\\""', rest='println(1) exit()'),
                      _QUOTED_FIRST.replace("filename ==", "filename !=").format(
                          lit='"\\"/etc/hostname\\""', rest='println(1) exit()')):
        back = _READ_IN_TRY.format(lit='"/etc/a\\\\\\\\b"' if "a\\" in orig_text else '"/etc/hostname"',
                                   handler='', rest='println(1) exit()')
        a, b = written_out_alike(_stap(orig_text), _stap(back), via="d")
        assert a.probes != b.probes, orig_text


def test_a_tick_rate_given_by_an_argument_is_the_period_it_gives():
    # tick-$1 run with 5 is tick-200ms in that run (Vue's port writes the period)
    rate = frontends.parse('tick-$1 { printf("%d\\n", $1); exit(0); }', "t.d", "d", ("5",))
    period = frontends.parse('tick-200ms { printf("%d\\n", $1); exit(0); }', "t.d", "d", ("5",))
    a, b = written_out_alike(rate, period, via="vue")
    assert a.probes == b.probes
    other = frontends.parse('tick-100ms { printf("%d\\n", $1); exit(0); }', "t.d", "d", ("5",))
    a, b = written_out_alike(rate, other, via="vue")
    assert a.probes != b.probes
    # a period in milliseconds is kept as the argument (Vue's clock:$1): it stays so
    kept = frontends.parse('tick-$1ms { exit(0); }', "t.d", "d", ("200",))
    a, b = written_out_alike(kept, frontends.parse('tick-200ms { exit(0); }', "t.d", "d", ("200",)), via="vue")
    assert a.probes != b.probes


def _vue_alike(a: str, b: str) -> bool:
    """Whether Vue clause bodies `a` and `b` (of a BEGIN clause) compare alike through stap."""
    def prog(body: str) -> ir.Program:
        return frontends.parse("int x;\n@@BEGIN\n{\n" + body + "\n}\n", "t.e", "vue")
    one, two = written_out_alike(prog(a), prog(b), via="stap")
    return one.probes == two.probes


def test_an_end_tentative_stands_just_after_the_record_before_it():
    # where it stands among statements that record nothing says nothing
    assert _vue_alike('start_tentative("t"); printf("a\\n"); x = 1; a[1] = 2; end_tentative("t"); printf("b\\n");',
                      'start_tentative("t"); printf("a\\n"); end_tentative("t"); x = 1; a[1] = 2; printf("b\\n");')
    # but not past a record, which it takes out of the buffer
    assert not _vue_alike('start_tentative("t"); printf("a\\n"); printf("b\\n"); end_tentative("t");'
                          ' printf("c\\n");',
                          'start_tentative("t"); printf("a\\n"); end_tentative("t"); printf("b\\n");'
                          ' printf("c\\n");')
    # nor past another buffer's start or commit
    assert not _vue_alike('start_tentative("t"); printf("a\\n"); commit_tentative("u"); end_tentative("t");'
                          ' printf("b\\n");',
                          'start_tentative("t"); printf("a\\n"); end_tentative("t"); commit_tentative("u");'
                          ' printf("b\\n");')


def test_an_end_tentative_only_the_clause_s_end_follows_is_none():
    # the clause's end ends the section too
    assert _vue_alike('start_tentative("t"); printf("a\\n"); end_tentative("t"); x = 1; exit();',
                      'start_tentative("t"); printf("a\\n"); x = 1; exit();')
    # not where a record follows
    assert not _vue_alike('start_tentative("t"); printf("a\\n"); end_tentative("t"); printf("b\\n");',
                          'start_tentative("t"); printf("a\\n"); printf("b\\n");')
    # nor one in an if's branch, a record after the if
    assert not _vue_alike('start_tentative("t"); printf("a\\n"); if (x == 1) { end_tentative("t"); }'
                          ' printf("b\\n");',
                          'start_tentative("t"); printf("a\\n"); if (x == 1) { x = 2; } printf("b\\n");')


_ONCE = ('global a\nprobe begin {{ {stores} foreach (v = k in a-) printf("%s:%d\\n", k, v)\n'
         '  foreach (k+ in a) printf("%s ", k) exit() }}\n')
_ONCE_STATS = ('global a\nprobe begin {{ {stores} foreach ([k] in a @sum-) printf("%s:%d\\n", k, @sum(a[k]))\n'
               '  foreach ([k+] in a) printf("%s ", k) exit() }}\n')


def _stap_alike(a: str, b: str) -> bool:
    one, two = written_out_alike(frontends.parse(a, "t.stp", "stap"), frontends.parse(b, "t.stp", "stap"),
                                 via="d")
    return one.probes == two.probes and sorted(one.globals, key=lambda g: g.name) == \
        sorted(two.globals, key=lambda g: g.name)


def test_an_array_each_of_whose_elements_is_stored_once_is_the_statistics_of_those_values():
    # the D port's sum() of each value, back in stap a statistics array walked by @sum
    assert _stap_alike(_ONCE.format(stores='a["one"] = 1 a["two"] = 2'),
                       _ONCE_STATS.format(stores='a["one"] <<< 1 a["two"] <<< 2'))
    # not where a key is stored twice: the array holds the last value, the statistics
    # their sum
    assert not _stap_alike(_ONCE.format(stores='a["one"] = 1 a["one"] = 3'),
                           _ONCE_STATS.format(stores='a["one"] <<< 1 a["one"] <<< 3'))
    # nor where a store's value is not a constant
    assert not _stap_alike(_ONCE.format(stores='a["one"] = pid()'),
                           _ONCE_STATS.format(stores='a["one"] <<< pid()'))


def test_stap_return_str_through_d_or_vue_is_retstr_s_text_as_the_port_writes_it():
    # the port writes return_str(1, $return) at dup2's return as retstr, an if of two
    # printfs; of constants, the text (rtgaps16)
    text = ('probe syscall.dup2.return { printf("%s\\n", return_str(1, $return)) }\n'
            'probe end { printf("%s %s\\n", return_str(3, 8), return_str(1, -13)) }')
    for via in ("d", "vue"):
        prog = _via(text, via)
        assert not any(isinstance(x, ir.FuncCall) for p in prog.probes for x in ir.walk(p.body))
        assert ("010 -13 (EACCES)\n", 0) in _printfs(prog)
        assert ("%d (%s)\n", 2) in _printfs(prog)
    # of another value than the clause's retstr, in hex (2): the port's text of it (stap
    # spells its 0x%x %#x: ir/hexprefix.py), reading no errno_str() table
    hexed = _via('probe syscall.dup2.return { printf("%s\\n", return_str(2, $return)) }', "d")
    assert ("%#x\n", 1) in _printfs(hexed) and not any(g.name == "errname" for g in hexed.globals)
    # through stap itself, the call stays
    kept = _one(_stap(text))
    assert any(isinstance(x, ir.FuncCall) and x.name == "return_str" for p in kept.probes for x in ir.walk(p.body))


def test_stap_user_string_warn_of_the_page_at_0_is_its_default_through_d():
    # no process maps the page at 0: the default is what is printed (the D port's text)
    prog = _via('probe begin { printf("[%s][%s][%s]\\n", user_string_warn(0), '
                'user_string_n_warn(16, 4, "none"), user_string_warn(pointer_arg(1))); exit() }', "d")
    assert _printfs(prog) == [("[][none][%s]\n", 1)]
    # any other address is read at run time: the call stays
    [arg] = [a for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.Printf) for a in x.args]
    assert isinstance(arg, ir.FuncCall) and arg.name == "__xt_user_string_warn"
    far = _via('probe begin { printf("[%s]\\n", user_string_warn(4096)); exit() }', "d")
    assert _printfs(far) == [("[%s]\n", 1)]


def test_stap_user_string_quoted_is_the_ports_text_where_the_string_was_read_before():
    # the predicate read the path: the port's read after it faults only where that did
    read = _via('probe syscall.openat { if (user_string(pointer_arg(2)) == "/x") '
                'printf("%s %s\\n", user_string_quoted(pointer_arg(2)), user_string_quoted(0)) }', "d")
    assert _printfs(read) == [("NULL NULL\n", 0), ('"%s" NULL\n', 1)]
    # not read before: stap's quoted read cannot fault where the port's would
    first = _via('probe syscall.openat { printf("%s %s\\n", user_string_quoted(pointer_arg(2)), '
                 'user_string_quoted(0)) }', "d")
    assert _printfs(first) == [("%s NULL\n", 1)]
    assert any(isinstance(x, ir.FuncCall) and x.name == "user_string_quoted"
               for p in first.probes for x in ir.walk(p.body))
    # the script's own function of that name is its own
    own = _via('function user_string_quoted(p) { return sprintf("<%d>", p) }\n'
               'probe syscall.openat { if (user_string(pointer_arg(2)) == "/x") '
               'printf("%s\\n", user_string_quoted(pointer_arg(2))) }', "d")
    assert _printfs(own) == [("<%d>\n", 1)]


# -- rtgaps18 -------------------------------------------------------------------

def _stap_alike_via(a: str, b: str, via: str) -> bool:
    one, two = written_out_alike(frontends.parse(a, "t.stp", "stap"), frontends.parse(b, "t.stp", "stap"),
                                 via=via)
    # (globals as the round trip compares them: an integer's width is the language's)
    return one.probes == two.probes and sorted((g.name, g.kind, g.size) for g in one.globals) == \
        sorted((g.name, g.kind, g.size) for g in two.globals)


def test_a_stap_entry_value_compares_as_the_tid_keyed_array_the_way_back_writes():
    """stap's @entry() is a thread-local of the front end's, which the D and Vue ports
    keep as theirs and the way back writes as an array keyed by tid() (its `= 0` a
    delete, its thread-exit free dropped: ir/threadexit.py)."""
    from xtrace.driver.translate import translate_text
    from xtrace.ir.threadarrays import thread_vars_as_tid_arrays
    orig = 'probe syscall.read.return { printf("%d\\n", @entry(pointer_arg(2))) }\n'
    prog = thread_vars_as_tid_arrays(_stap(orig))
    assert not any(isinstance(x, ir.Var) and x.scope == "thread"
                   for p in prog.probes for x in ir.walk(p.body))
    assert [g.name for g in prog.globals if g.kind == "map"] == [
        x.map for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.Delete)]
    for via in ("d", "vue"):
        port = translate_text(orig, "t.stp", "stap", via)
        back = translate_text(port, "t." + {"d": "d", "vue": "e"}[via], via, "stp")
        assert "[tid()]" in back and "sched_process_exit" in back, back
        assert _stap_alike_via(orig, back, via)
        # without the delete the array keeps the value: another program
        # (the return probe's, the first: the thread-exit probe's stays)
        line = next(ln for ln in back.splitlines() if ln.strip().startswith("delete"))
        kept = back.replace(line + "\n", "", 1)
        assert "sched_process_exit" in kept and kept.count("delete") == 1
        assert not _stap_alike_via(orig, kept, via), kept


def test_minus_errno_below_a_failure_test_is_retval_through_vue():
    """The Vue port's `-__errno` for stap's retval where only failed calls pass, read
    back as stap's errno negated."""
    orig = 'probe syscall.openat.return { if (retval < 0) printf("%d\\n", retval) }\n'
    back = 'probe syscall.openat.return { if (retval < 0) printf("%d\\n", -(retval < 0 ? -retval : 0)) }\n'
    assert _stap_alike_via(orig, back, "vue")
    # where a success passes too, -errno (0) is not the value
    assert not _stap_alike_via(orig.replace("retval < 0", "retval != 5"),
                               back.replace("if (retval < 0)", "if (retval != 5)"), "vue")


def test_user_string_with_a_default_of_an_address_in_the_page_at_0_is_its_default():
    orig = 'probe begin { printf("%s|\\n", user_string(0, "-")) }\n'
    assert _stap_alike_via(orig, 'probe begin { printf("-|\\n") }\n', "d")
    # an address past the first page may be mapped: the read stays
    assert not _stap_alike_via(orig.replace("(0,", "(8192,"), 'probe begin { printf("-|\\n") }\n', "d")
