"""Regressions found by translating real D scripts (the DTraceToolkit, the DTrace
book's scripts, Brendan Gregg's one-liners) to stap and Vue
(docs/translate-real-scripts.md, the D row of branch xld2)."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import translated


def _to(text: str, lang: str, to: str) -> str:
    return translated(text, to, lang)


# The DTrace book's wrun.d: a counter stepped in the predicate ends the run.
WRUN = """#pragma D option quiet
profile:::tick-1sec
/++x == 10/
{
	exit(0);
}
"""


def test_a_counter_stepped_in_a_d_predicate_is_stepped_before_the_test_in_stap():
    # `if (++x != 10) next` leaves x written and never read for stap, which would then
    # print it at the end of the run: a porter steps it first and tests it after
    stp = _to(WRUN, "d", "stap")
    assert "probe timer.s(1)\n{\n    x++\n    if (x != 10) next\n    exit()\n}\n" in stp
    back = frontends.parse(stp, "b.stp", "stap")
    assert not any(p.implicit for p in back.probes)  # stap prints no x at exit


def test_a_stepped_counter_that_is_read_elsewhere_stays_in_the_predicate():
    d = WRUN + 'END { printf("%d\\n", x); }\n'
    stp = _to(d, "d", "stap")
    assert "if (++x != 10) next" in stp


def test_a_step_behind_a_logical_and_is_not_moved():
    # only evaluated when the left side holds: moving it would count every tick
    d = "#pragma D option quiet\nprofile:::tick-1sec\n/pid && ++x == 10/\n{\n\texit(0);\n}\n"
    with pytest.raises(XtraceError, match="global 'x' is written but never read"):
        translate_text(d, "t.d", "d", "stap")


def test_a_compound_assignment_in_a_predicate_is_moved_too():
    d = "#pragma D option quiet\nBEGIN { n = 0; }\nprofile:::tick-1sec\n/(n += 2) > 6/\n{\n\texit(0);\n}\n"
    stp = _to(d, "d", "stap")
    assert "    n += 2\n    if (n <= 6) next\n" in stp


# The DTrace book's socketiosort.d: setopt("aggsortpos", "0") before a printa of
# two aggregations.
SOCKETIOSORT = """#pragma D option quiet
syscall::read*:entry
{
	@num[execname, probefunc, pid] = count();
	@pid[execname, probefunc, pid] = max(pid);
}

dtrace:::END
{
	setopt("aggsortpos", "0");
	printa("  %@-8d %-16s %-16s %@10d\\n", @pid, @num);
}
"""


def test_a_setopt_to_the_options_default_is_left_out_in_stap_and_vue():
    stp = _to(SOCKETIOSORT, "d", "stap")
    assert "setopt" not in stp
    # sorted by the first aggregation's values, as without the call
    assert "printa_rows[comm, fn, p] = @max(pid[comm, fn, p])" in stp
    assert "foreach ([comm, fn, p] in printa_by_key+)" in stp  # (after the key-order copies)


def test_a_setopt_that_changes_the_sort_before_every_printa_sorts_the_stap_rows():
    # (the thirty-first sample: ir/setopts.settled_sort_setopts) the END's printa
    # sorts by @num, the second aggregation, as a porter's loop over its values does
    d = SOCKETIOSORT.replace('setopt("aggsortpos", "0")', 'setopt("aggsortpos", "1")')
    stp = _to(d, "d", "stap")
    assert "setopt" not in stp
    assert "printa_rows[comm, fn, p] = @count(num[comm, fn, p])" in stp


def test_a_default_setopt_beside_another_value_of_the_same_option_stays():
    # the second call changes the sort of the printas after it: the first undoes it
    d = SOCKETIOSORT.replace('setopt("aggsortpos", "0");',
                             'setopt("aggsortpos", "0");\n\tsetopt("aggsortpos", "1");')
    with pytest.raises(XtraceError, match=r"setopt"):
        translate_text(d, "t.d", "d", "stap")


# DTraceToolkit cpuwalk.d: an optional argument, the number of seconds to sample.
CPUWALK = """#pragma D option quiet
#pragma D option defaultargs

dtrace:::BEGIN
{
	$1 ? printf("Sampling...\\n") : printf("Sampling... Hit Ctrl-C to end.\\n");
	seconds = 0;
}

profile:::tick-1sec
{
	seconds++;
}

profile:::tick-1sec
/seconds == $1/
{
	exit(0);
}
"""


def test_an_optional_d_argument_is_stap_s_argument_or_0_without_it():
    stp = _to(CPUWALK, "d", "stap")
    assert "    if (%( $# >= 1 %? $1 %: 0 %)) {\n" in stp
    # the two tick-1sec clauses (the second reads the count the first keeps) are one
    # timer probe running them in order (ir/clausemerge.py merged_timer_clauses)
    assert "    seconds++\n    if (seconds == %( $# >= 1 %? $1 %: 0 %)) {\n        exit()\n" in stp
    # with an argument, stap reads it: the test compares seconds with 5
    prog = frontends.parse(stp, "b.stp", "stap", ["5"])
    cond = next(n.cond for n in ir.walk([p.body for p in prog.probes])
                if isinstance(n, ir.If) and isinstance(n.cond, ir.Binary) and n.cond.op == "==")
    assert cond.rhs.value == 5


def test_a_d_argument_without_defaultargs_is_stap_s_argument():
    d = 'syscall::read:entry /execname == $$1 && arg2 > $2/ { @[pid] = count(); }\n'
    stp = translate_text(d, "t.d", "d", "stap")
    assert "if (execname() != @1 || count <= $2) next" in stp
    frontends.parse(stp, "b.stp", "stap", ["cat", "100"])
    back = translate_text(d, "t.d", "d", "d")
    assert "$$1" in back and "$2" in back


def test_a_d_argument_compared_with_a_string_is_the_string_argument():
    # whererun.d: `execname == $1`, run as `whererun.d '"sh"'` (DTrace substitutes the
    # quoted text, a string literal); kept in a translation, it is stap's @1
    d = 'sched:::on-cpu /execname == $1/ { self->ts = timestamp; }\n'
    stp = translate_text(d, "t.d", "d", "stap")
    assert "if (execname() != @1) next" in stp
    frontends.parse(stp, "b.stp", "stap", ["sh"])
    assert "/execname == $1/" in translate_text(d, "t.d", "d", "d")
    # Vue's $1 is D's: the argument's text as it is ('"sh"' for a string)
    assert "when (__pname == $1)" in translated(d, "vue", lang="d")


def test_a_d_argument_is_refused_in_vue_naming_it():
    # cpuwalk.d's defaultargs: a missing $1 is 0, where Vue's missing argument is an error
    with pytest.raises(XtraceError, match=r"an optional script argument \(D's defaultargs"):
        translate_text(CPUWALK, "t.d", "d", "vue")
    # $$1 quotes the text itself, which Vue's $1 does not
    with pytest.raises(XtraceError, match=r"a string script argument \(D's \$\$1, stap's @1\)"):
        translate_text('syscall::read:entry /execname == $$1/ { @ = count(); }\n', "t.d", "d", "vue")
    # a plain $1 is Vue's $1 (both put the argument's text in the script)
    assert "when (__arg3 > $1)" in translated('syscall::read:entry /arg2 > $1/ { @ = count(); }\n',
                                              "vue", lang="d")


def test_d_file_system_names_and_cwd_are_refused_in_vue_naming_what_they_are():
    # one-liners `syscall::read:entry { @[fds[arg0].fi_fs] = count(); }` and
    # `syscall::open:entry { printf("%s %s\n", cwd, copyinstr(arg0)); }`
    with pytest.raises(XtraceError, match=r"D's fds\[fd\]\.fi_fs .* Vue's fd_fstype\(\) gives AIX's FS_\* "):
        translate_text('syscall::read:entry { @[fds[arg0].fi_fs] = count(); }\n', "t.d", "d", "vue")
    with pytest.raises(XtraceError, match=r"D's cwd \(the process's working directory\) has no Vue"):
        translate_text('syscall::open:entry { printf("%s %s\\n", cwd, copyinstr(arg0)); }\n',
                       "t.d", "d", "vue")
    # the members Vue has still translate
    vue = _to('#pragma D option quiet\nsyscall::read:entry { printf("%s\\n", fds[arg0].fi_pathname); }\n',
              "d", "vue")
    assert "fd_path(__arg1)" in vue


def test_a_date_in_a_d_system_command_is_formatted_as_printfs_in_stap():
    # the DTrace book's watchexec.d: system("%s %s %d %d %d %Y\n", REPORT_CMD, ...)
    d = ('#pragma D option destructive\n#pragma D option quiet\n'
         'syscall::execve:entry { system("echo %s %Y\\n", execname, walltimestamp); }\n')
    stp = _to(d, "d", "stap")
    assert "    date = ctime(gettimeofday_s() - tz_gmtoff())\n" \
           '    system(sprintf("echo %s %s\\n", execname(), substr(date, 20, 4) . " " . substr(date, 4, 15)))\n' in stp


def test_normalize_refused_in_vue_is_named_as_normalize():
    # keylatency.d: the refusal said "clearing or truncating an aggregation"
    d = ("#pragma D option quiet\nsyscall::read:entry { @a[execname] = avg(arg2); }\n"
         "END { normalize(@a, 1000); printa(@a); }\n")
    with pytest.raises(XtraceError, match=r"normalize\(\)\) cannot be expressed in Vue"):
        translate_text(d, "t.d", "d", "vue")


# The fifth sample (docs/translate-real-scripts.md): illumos's agg/renormalize.d,
# clear.d and trunc.d divide the printed counts by a time a global keeps.
RENORMALIZE = """#pragma D option quiet
BEGIN { start = timestamp; }
syscall:::entry { @func[execname] = count(); }
tick-10sec
{
	normalize(@func, (timestamp - start) / 1000000000);
	printa(@func);
}
"""


def test_a_global_read_only_in_normalize_s_divisor_is_read_in_stap():
    # stap prints a global written and never read at exit; the divisor reads it,
    # so the port was refused ("global 'start' is written but never read")
    stp = _to(RENORMALIZE, "d", "stap")
    assert "func_scale = (ktime_get_ns() - start) / 1000000000" in stp
    assert "@count(func[comm]) / func_scale" in stp


# dtrace-utils' test/demo/vars/clause.d (the DTrace guide's clause-local example):
# each clause of the hit reads the value the clause before it left, and the first
# one of the hit reads it only when it does not store it.
CLAUSE = """int me;
this int foo;

tick-1sec
{
	this->foo = (me % 3 == 0) ? 10 : this->foo;
	printf("Clause 1 is number %d; foo is %d", me++ % 3, this->foo++);
}

tick-1sec
{
	this->foo = (me % 3 == 0) ? 20 : this->foo;
	printf("Clause 2 is number %d; foo is %d", me++ % 3, this->foo++);
}

tick-1sec
/me >= 12/
{
	printf("Completed %d iterations.", me);
	exit(0);
}
"""


def test_a_declared_clause_local_each_clause_reads_is_accepted_by_d():
    # `this int foo;` types the local no clause stored before the first read
    frontends.parse(CLAUSE, "clause.d", "d")


def test_a_local_only_later_clauses_store_is_one_stap_probe_and_one_vue_clause():
    # the first clause's read of this->foo comes before any store of the hit: D
    # leaves it undefined, the port's local reads 0; nothing crosses probe points
    stp = _to(CLAUSE, "d", "stap")
    assert stp.count("probe timer.s(1)") == 1
    body = stp[stp.index("probe timer.s(1)"):]
    assert body.index("? 10 : foo") < body.index("? 20 : foo") < body.index("if (me >= 12)")


def test_a_d_int_s_wrap_is_the_named_helper_and_an_int_s_choice_is_not_wrapped():
    stp = _to(CLAUSE, "d", "stap")
    # the int's own value or a constant in range needs no conversion
    assert "foo = me % 3 == 0 ? 10 : foo\n" in stp
    # C's int arithmetic as the helper, not `((x & 0xffffffff) ^ 0x80000000) - ...`
    assert "0x80000000) - 0x80000000)" not in stp.split("function dtrace_int")[0]
    assert "dtrace_int(me + 1)" in stp


def test_a_local_an_earlier_clause_on_other_points_stores_is_still_refused():
    d = ('syscall::read:entry { this->x = 1; }\n'
         'syscall::read:entry, syscall::write:entry { this->x = this->x + 1; trace(this->x); }\n')
    with pytest.raises(XtraceError) as ex:
        _to(d, "d", "stap")
    assert "this->x" in ex.value.message and "other probe points" in ex.value.message


# illumos's agg/denorm.d: normalize() and denormalize() around two printa()s of END
DENORM = """#pragma D option quiet
BEGIN { start = timestamp; }
syscall:::entry { @func[execname] = count(); }
END
{
	this->seconds = (timestamp - start) / 1000000000;
	printf("Ran for %d seconds.\\n", this->seconds);
	normalize(@func, this->seconds);
	printa(@func);
	denormalize(@func);
	printa(@func);
}
"""


def test_a_divisor_read_only_in_its_own_probe_is_that_probe_s_value_in_stap():
    stp = _to(DENORM, "d", "stap")
    # divided by the clause's own local, then printed raw: no scale global
    assert "_scale" not in stp
    first, second = stp.split("foreach", 2)[1:]
    assert "@count(func[comm]) / seconds)" in first
    assert "@count(func[comm]))" in second and "/" not in second.split("printf")[1]


def test_a_divisor_computed_in_the_printing_probe_is_a_local_of_it():
    # (in END: the tick's printa has the exit dump after it, should the tick never
    # fire, which prints @func too, divided by the global: ir/rundumps.py)
    stp = _to(RENORMALIZE.replace("tick-10sec", "END"), "d", "stap")
    assert "global func_scale" not in stp
    assert "func_scale = (ktime_get_ns() - start) / 1000000000" in stp
    stp = _to(RENORMALIZE, "d", "stap")
    assert "global func_scale = 1" in stp
    assert stp.count("@count(func[comm]) / func_scale)") == 2 and "if (!func_printed)" in stp


def test_a_divisor_set_in_one_probe_and_printed_in_another_stays_a_global():
    d = ("syscall:::entry { @n[execname] = count(); }\n"
         "tick-1s { normalize(@n, 2); }\n"
         "END { printa(@n); }\n")
    stp = _to(d, "d", "stap")
    assert "global n_scale = 1" in stp and "@count(n[comm]) / n_scale" in stp


def test_a_comment_after_a_declaration_stays_beside_it_in_stap_and_vue():
    # clause.d's `int me;  /* an integer global variable */` went above the next clause
    d = ('#pragma D option quiet\nint me;  /* an integer global variable */\nint you; // two\n\n'
         'syscall::read:entry { me++; you++; }\nEND { printf("%d %d\\n", me, you); }\n')
    stp = _to(d, "d", "stap")
    assert "global me  # an integer global variable\nglobal you  # two\n" in stp
    assert stp.count("an integer global variable") == 1
    vue = _to(d, "d", "vue")
    assert "__global int me;  /* an integer global variable */\n__global int you;  /* two */\n" in vue


def test_a_declared_clause_local_is_a_vue_auto_int_stepped_as_written():
    vue = _to("#pragma D option quiet\n" + CLAUSE, "d", "vue")  # (Vue has no CPU column there)
    # the clause's `__auto int foo;` converts its stores as a global int's: no casts
    assert "__auto int foo;" in vue
    assert "foo = me % 3 == 0 ? 10 : foo;" in vue
    assert 'printf("Clause 1 is number %d; foo is %d", me++ % 3, foo++);' in vue
    assert "(int)" not in vue


def test_a_pid_stored_in_a_d_int_is_not_wrapped_in_stap():
    # a pid fits an int (pid_max is at most 2^22): no dtrace_int() around it
    stp = _to('#pragma D option quiet\nint child;\nsyscall::read:entry { child = pid; }\n'
              'END { printf("%d\\n", child); }\n', "d", "stap")
    assert "child = pid()\n" in stp and "dtrace_int" not in stp


def test_a_d_int_s_postfix_step_printed_is_read_then_stepped_in_stap():
    stp = _to(CLAUSE, "d", "stap")
    # the printf reads the variables, the steps follow it (they are mentioned once)
    assert 'printf("Clause 1 is number %d; foo is %d", me % 3, foo)\n' \
           '    me = dtrace_int(me + 1)\n    foo = dtrace_int(foo + 1)\n' in stp
    # a variable the printf reads twice keeps the step where it is
    twice = _to('int n;\nBEGIN { printf("%d %d\\n", n++, n); exit(0); }\n', "d", "stap")
    assert "dtrace_int((n = dtrace_int(n + 1)) - 1)" in twice


def test_a_d_int_s_postfix_step_in_a_store_or_an_update_is_read_then_stepped_in_stap():
    stp = _to('#pragma D option quiet\nint n;\nBEGIN { x = n--; @a[n++] = count(); '
              'printf("%d\\n", x); exit(0); }\n', "d", "stap")
    assert "    x = n\n    n = dtrace_int(n - 1)\n" in stp
    assert "    a[n] <<< 1\n    n = dtrace_int(n + 1)\n" in stp


def test_a_postfix_step_under_a_condition_stays_where_it_is_in_stap():
    # the step runs only when arg0 is set: moving it after the store would always run it
    stp = _to('#pragma D option quiet\nint n;\nsyscall::read:entry { x = arg0 ? n++ : 0; '
              'y = arg0 && n++; printf("%d %d\\n", x, y); }\n', "d", "stap")
    assert "dtrace_int((n = dtrace_int(n + 1)) - 1) : 0" in stp
    assert "&& dtrace_int((n = dtrace_int(n + 1)) - 1)" in stp


def test_a_read_then_a_wrapped_step_reads_back_as_the_postfix_step():
    # the stap port of `x = n--` on an int reads back as D's postfix
    d = _to('#pragma D option quiet\nglobal n, x\nfunction dtrace_int:long(v:long)\n{\n'
            '    # C\'s (int): the low 32 bits, as a signed number\n'
            '    return ((v & 0xffffffff) ^ 0x80000000) - 0x80000000\n}\n'
            'probe begin { n = 5; x = n; n = dtrace_int(n - 1); printf("%d %d\\n", x, n); exit() }\n',
            "stap", "d")
    assert "x = (n = (int)(n - 1)) + 1;" in d


def test_a_read_then_a_step_of_a_variable_that_held_other_values_stays_two_statements():
    # v once held 300, which `& 0xff` would change: the two statements stay
    src = ('global v, x\nprobe begin { v = 300; x = v; v = (v + 1) & 0xff; '
           'printf("%d %d\\n", x, v); exit() }\n')
    d = _to(src, "stap", "d")
    assert "x = v;" in d and "v = (unsigned char)(v + 1);" in d
