"""Regressions from the sixth sample of real scripts (docs/translate-real-scripts.md,
"Sixth sample"): Brendan Gregg's SystemTap one-liners (systemtap-lwtools), the DTrace
book's and dtrace-utils' demo scripts, the DTraceToolkit's woof.d."""

from __future__ import annotations

from xtrace import frontends
from translating import translated


def test_a_constant_statistic_prints_its_min_max_avg_as_the_constant_in_d():
    # lwtools: `global a; probe nd_syscall.* { a[execname()] <<< 1; }`, auto-printed at
    # exit. Every value is 1, so @min, @max and @avg are 1 in every row: no
    # aggregation of its own each (there were five).
    stp = "global a; probe syscall.* { a[execname()] <<< 1; }\n"
    d = translated(stp, "d", "stap")
    assert '@a_count[execname] = count();' in d
    assert '@a_sum[execname] = sum(1);' in d
    assert "min(" not in d and "max(" not in d and "avg(" not in d
    assert 'printa("a[\\"%s\\"] @count=%@d @min=1 @max=1 @sum=%@d @avg=1\\n", @a_count, @a_sum);' in d
    frontends.parse(d, "back.d", "d")


def test_a_constant_statistic_printed_by_a_loop_writes_the_constant_with_its_width():
    stp = ('global a\nprobe syscall.read { a[execname()] <<< 7 }\n'
           'probe end { foreach (k in a) printf("%s %d %-4d %d\\n", k, @count(a[k]), @avg(a[k]), @max(a[k])) }\n')
    d = translated(stp, "d", "stap")
    assert '"%s %@d 7    7\\n"' in d
    assert "avg(" not in d and "max(" not in d


def test_statistics_keyed_on_a_kernel_string_are_split_in_d():
    # lwtools: `a[kernel_string(dev_name), irq] <<< 1` was refused ("a D aggregation
    # holds one of them"): the string read counted as a value that may change
    # between the aggregations' updates.
    stp = "global a; probe irq_handler.entry { a[kernel_string(dev_name), irq] <<< 1; }\n"
    d = translated(stp, "d", "stap")
    assert "= count();" in d and "@min=1" in d
    frontends.parse(d, "back.d", "d")


def test_loop_variables_are_named_after_the_members_and_arguments_of_the_keys():
    # DTrace book sigdist.d: `@Count[execname, stringof(args[1]->pr_fname), args[2]]`
    # was `foreach ([comm, k2, k3] in Count ...)` in stap.
    d = ('#pragma D option quiet\nproc:::signal-send { @Count[execname, stringof(args[1]->pr_fname), '
         'args[2]] = count(); }\nEND { printa("%16s %16s %6d %6@d\\n", @Count); }\n')
    stp = translated(d, "stap", "d")
    assert "foreach ([comm, pid_name, sig] in Count @count+)" in stp, stp


def test_progenyof_is_a_stap_function_that_walks_the_parents_and_reads_back():
    # DTraceToolkit woof.d: `/!progenyof($pid) && barks++ < 2/` was refused in stap.
    d = 'proc:::exec-success /!progenyof($pid)/ { printf("%s\\n", execname); }\n'
    stp = translated(d, "stap", "d")
    assert "dtrace_progenyof(stp_pid())" in stp
    assert "function dtrace_progenyof:long(dt_pid:long)" in stp
    assert "task_parent(dt_t)" in stp
    back = translated(stp, "d", "stap")
    assert "progenyof($pid)" in back and "dtrace_progenyof" not in back


def test_comments_of_a_global_and_an_inline_stay_beside_their_stap_declarations():
    # woof.d: `inline int SCREEN_OUTPUT = 0;  /* Set to 1 ... */` and a one-line comment
    # above `int barks;` went above the first probe, away from what they describe.
    d = ("#pragma D option quiet\n\n"
         "inline int SCREEN_OUTPUT = 0;\t/* Set to 1 for screen output */\n\n"
         "/* barks prevents woof.d from barking too much */\nint barks;\n\n"
         "BEGIN\n{\n\tSCREEN_OUTPUT ? trace(\"dog\\n\") : 1;\n\tbarks++;\n\tprintf(\"%d\\n\", barks);\n}\n")
    stp = translated(d, "stap", "d")
    assert "@define SCREEN_OUTPUT %( 0 %)  # Set to 1 for screen output" in stp
    assert "global barks  # barks prevents woof.d from barking too much" in stp
    assert stp.count("Set to 1") == 1 and stp.count("barks prevents") == 1


def test_a_comment_block_above_a_global_still_goes_with_the_next_clause():
    d = ("/*\n * Two lines\n * of comment.\n */\nint n;\n\nBEGIN { n = 1; printf(\"%d\\n\", n); exit(0); }\n")
    stp = translated(d, "stap", "d")
    assert "global n\n" in stp and "# of comment." in stp


def test_a_quiet_trace_of_text_is_a_printf_of_the_text():
    d = '#pragma D option quiet\nBEGIN { trace("50% done\\n"); trace(execname); exit(0); }\n'
    stp = translated(d, "stap", "d")
    assert 'printf("50%% done\\n")' in stp
    assert 'printf("%s", execname())' in stp


def test_a_non_quiet_records_newline_comes_before_the_closing_exit_in_stap():
    # dtrace-utils hello.d: the record's newline was printed after exit()
    stp = translated('BEGIN { trace("hello, world"); exit(0); }\n', "stap", "d")
    body = stp[stp.index("probe begin"):]
    assert body.index('printf("\\n")') < body.index("exit()")
    back = translated(stp, "d", "stap")  # the framing reads back as D's own
    assert "exit(0);" in back and "CPU" not in back


def test_a_constant_statistic_printed_alone_keeps_its_aggregation():
    stp = ('global a\nprobe syscall.read { a[execname()] <<< 1 }\n'
           'probe end { foreach (k in a) printf("%s %d\\n", k, @count(a[k]))\n'
           '  foreach (k in a) printf("%s %d\\n", k, @max(a[k])) }\n')
    d = translated(stp, "d", "stap")
    assert "= max(1);" in d and "printa(" in d
