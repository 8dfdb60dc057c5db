"""Regressions from the ninth sample of real scripts (docs/translate-real-scripts.md,
"Ninth sample"): the DTrace book's and the DTraceToolkit's scripts no sample had taken,
dtrace-utils' printa() unit tests, and SystemTap's testsuite/systemtap.maps, .printf
and .string scripts."""

from __future__ import annotations

from xtrace import frontends
from xtrace.ir import nodes as ir
from xtrace.driver.translate import translate_text
from translating import translated, unwrapped

# the DTrace book's fsrwcount.d, cut down: under -Z, every description may match nothing
FSRWCOUNT = """#!/usr/sbin/dtrace -Zs
#pragma D option quiet
syscall::read:entry,
syscall::*read*nocancel:entry,
syscall::*write*:entry
{
\tprintf("%s\\n", probefunc);
}
"""


def test_zdefs_points_that_match_are_plain_in_a_port():
    # fsrwcount.d: the stap port wrote every point with `?` (syscall.read?) and the Vue
    # port was refused ("Vue has no optional probe points"); the nocancel description
    # matches no Linux syscall and leaves both ports.
    stp = translated(FSRWCOUNT, "stap", "d")
    assert "probe syscall.read, syscall.*write*\n" in stp
    assert "?" not in stp.split("probe ", 1)[1].split("\n", 1)[0]
    vue = translated(FSRWCOUNT, "vue", "d")
    assert "@@syscall:*:read:entry" in vue and "nocancel" not in vue


def test_a_d_script_without_zdefs_is_unchanged():
    d = FSRWCOUNT.replace("-Zs", "-s").replace("syscall::*read*nocancel:entry,\n", "")
    assert "probe syscall.read, syscall.*write*\n" in translated(d, "stap", "d")


def test_a_never_assigned_local_given_to_a_string_parameter_is_a_string():
    # systemtap.string strtol.stp: `strtol(teststr10, 2)`, teststr10 never assigned, was
    # "argument of strtol() must be a str"; stap types it from strtol's parameter ("").
    stp = 'probe begin { printf("%d\\n", strtol(s, 2)) exit() }\n'
    prog = frontends.parse(stp, "t.stp", "stap")
    (init,) = [x for x in ir.walk(prog.probes[0].body)
               if isinstance(x, ir.Assign) and isinstance(x.target, ir.Var) and x.target.name == "s"]
    assert init.value == ir.StrLit("")
    assert 'this->s = "";' in translated(stp, "d")


def test_a_never_assigned_local_given_to_a_number_parameter_stays_a_number():
    prog = frontends.parse('probe begin { printf("%d\\n", strtol("12", b)) exit() }\n', "t.stp", "stap")
    (init,) = [x for x in ir.walk(prog.probes[0].body)
               if isinstance(x, ir.Assign) and isinstance(x.target, ir.Var) and x.target.name == "b"]
    assert init.value == ir.IntLit(0)


FSRWTIME = """syscall::read:entry { self->start = timestamp; }
syscall::read:return /self->start/ { @[probefunc] = quantize(timestamp - self->start); self->start = 0; }
dtrace:::END { printa("%s%@d", @); }
"""


def test_a_non_quiet_script_whose_only_record_is_end_prints_the_heading_there():
    # fsrwtime.d (non-quiet): only END records, and END fires once, so its port prints
    # the heading first in `probe end`, without the dtrace_heading flag global.
    stp = translated(FSRWTIME, "stap", "d")
    assert "dtrace_heading" not in stp
    end = stp.split("probe end\n{\n", 1)[1]
    assert end.startswith('    printf("CPU     ID                    FUNCTION:NAME\\n")\n'
                          '    printf("%3d %6d %32s ", cpu(), 2, ":END")\n')


def test_an_end_only_d_script_round_trips_through_stap():
    d = 'END { printf("bye"); }\n'
    stp = translated(d, "stap", "d")
    assert "dtrace_heading" not in stp
    back = translated(stp, "d", "stap")
    assert "quiet" not in back and 'printf("bye");' in back and "FUNCTION:NAME" not in back


def test_a_predicated_end_keeps_the_flag():
    stp = translated('END /pid > 0/ { printf("bye"); }\n', "stap", "d")
    assert "dtrace_heading" in stp


def test_isinstr_with_a_needle_that_may_be_empty_in_vue():
    # systemtap.string isinstr.stp: isinstr("", "") is true in stap; the Vue port's
    # strstr("", "") != "" was false ("" is NOT in "").
    stp = ('probe begin { a = ""; s = ""; if (isinstr(s, a)) println("in") else println("out")\n'
           '  if (isinstr(s, "x")) println("x") exit() }\n')
    vue = translated(stp, "vue")
    assert 'if (strstr(s, a) != "" || a == "")' in vue
    assert 'if (strstr(s, "x") != "")' in vue


def test_a_negative_literal_in_a_d_port_keeps_stap_s_64_bits():
    # systemtap.printf int1.stp: m = -1 printed with %u is 18446744073709551615 in stap;
    # D types `this->m = -1` int and printed 4294967295.
    d = translated('probe begin { m = -1; k = 5; printf("%u %x %d\\n", m, m, k) exit() }\n', "d")
    assert "this->m = -1LL;" in d and "this->k = 5;" in d


def test_stap_strtol_of_a_string_that_may_start_with_a_blank_is_guarded_in_d():
    # systemtap.string strtol.stp: strtol(" 1 2 3 4", 10) is 0 (the kernel's simple_strtol
    # takes no blank), the D port's strtoll() skipped the blank and gave 1.
    stp = ('probe begin { a = "12"; b = " 1 2"; printf("%d %d %d\\n", strtol(a, 10), '
           'strtol(b, 16), strtol(@1, 10)) exit() }\n')
    out = translate_text(stp, "t.stp", "stap", "d", args=("x",))
    assert "printf(\"%d %d %d\\n\", strtoll(this->a), " in unwrapped(out)
    assert 'index(" \\t+", substr(this->b, 0, 1)) < 0 ? strtoll(this->b, 16) : 0' in unwrapped(out)
    frontends.parse(out, "back.d", "d")


def test_vue_atoi_stays_a_plain_strtoll():
    # C's atoi() skips blanks as D's strtoll() does: no guard
    out = translated('@@BEGIN { String s[20]; s = " 7"; printf("%d\\n", atoi(s)); exit(); }\n', "d", "vue")
    assert "strtoll(" in out and "index(" not in out


def test_a_global_named_like_a_histogram_helper_local_keeps_its_name():
    # dtrace-utils printa/tst.basics.d: `@b = count()` beside `@g = quantize(1)` was
    # `global b_2` in the stap port (the helpers' local `b` took the name); the
    # helpers' local gives way instead, and `@count(...)` and the helpers' strings
    # and comments keep their words.
    d = ('#pragma D option quiet\nBEGIN { @b = count(); @count = sum(2); @g = quantize(1);\n'
         '  printa("@b = %@u\\n", @b); printa("%@d\\n", @count); printa(@g); exit(0); }\n')
    stp = translated(d, "stap", "d")
    assert "global b\n" in stp and "global count\n" in stp and "b_2" not in stp
    assert "    b_ = 1\n" in stp and "function quantize_next:long(b_:long)" in stp
    assert "function dtrace_hist_row(label:string, count_:long, total:long)" in stp
    assert '"count")' in stp and "# (its share of the total, rounded), the count." in stp
    assert "@count(g_buckets)" in stp


def test_renamed_locals_leaves_strings_comments_and_operators():
    from xtrace.frontends.stap.print_quantize import renamed_locals
    text = '# the count\nfunction f(count:long)\n{\n    printf("count %d", @count(s) + count)\n}'
    assert renamed_locals(text, {"count"}, {"count"}) == (
        '# the count\nfunction f(count_:long)\n{\n    printf("count %d", @count(s) + count_)\n}')


DYNWIDTH = """#pragma D option quiet
BEGIN
{
\t@[10, 100] = sum(1);
\t@[-10, 200] = sum(2);
\tprinta("-->%-*d<--\\n", @);
\tprinta("-->%*d<--\\n", @);
\texit(0);
}
"""


def test_a_star_width_in_a_printa_format_takes_a_key():
    # dtrace-utils printa/tst.dynwidth.d was "not supported yet"; the `*` takes the
    # first key (the width), %d the second.
    prog = frontends.parse(DYNWIDTH, "t.d", "d")
    fmts = [s.fmt for s in ir.walk(prog.probes[0].body) if isinstance(s, ir.PrintAgg)]
    assert fmts == ["-->%-*d<--\n", "-->%*d<--\n"]
    stp = translated(DYNWIDTH, "stap", "d")
    assert 'printf("-->%-*d<--\\n", k1, k2)' in stp and 'printf("-->%*d<--\\n", k1, k2)' in stp


def test_a_star_width_row_is_formatted_as_c_does():
    # the width from the key, a negative one left-justifies (C's printf)
    from xtrace.runtime.format import apply_format, compile_format
    assert apply_format(compile_format("-->%-*d<--\n"), [10, 100, 1]) == "-->100       <--\n"
    assert apply_format(compile_format("-->%*d<--\n"), [10, 100, 1]) == "-->       100<--\n"
    assert apply_format(compile_format("-->%*d<--\n"), [-10, 200, 2]) == "-->200       <--\n"


def test_a_printa_format_with_more_star_keys_than_keys_is_refused():
    import pytest
    from xtrace.ir.loc import XtraceError
    with pytest.raises(XtraceError, match="prototype mismatch"):
        frontends.parse('BEGIN { @[1] = count(); printa("%*d %@d", @); }', "t.d", "d")


def test_a_histogram_key_that_calls_a_function_is_computed_once():
    # the DTrace book's fsrwtime.d: `@[fds[self->fd].fi_fs, probefunc, fds[self->fd].fi_mount]
    # = quantize(...)` wrote each dtrace_fileinfo(task_fd_lookup(...)) call twice, in
    # the counts' key and the bucket statistics' key
    d = ('syscall::read:entry { self->fd = arg0; }\n'
         'syscall::read:return /self->fd/ { @[fds[self->fd].fi_fs, execname] = quantize(arg0); '
         'self->fd = 0; }\n')
    stp = translated(d, "stap", "d")
    body = stp.split("probe syscall.read.return\n{\n", 1)[1].split("\n}", 1)[0]
    assert body.count("task_fd_lookup") == 1
    assert "    fi_fs = dtrace_fileinfo(task_fd_lookup(task_current(), fd[tid()]), 3)\n" in body
    assert "[fi_fs, execname(), bucket]++" in body and "[fi_fs, execname()] <<< bucket" in body


def test_a_formatted_string_of_constants_is_its_text_in_vue():
    # systemtap.string sprint.stp: `c = sprint(12345678)` was refused ("sprintf() (a
    # formatted string) cannot be expressed in Vue"); a porter writes the string.
    stp = 'probe begin { c = sprint(12345678); d = sprintf("%#x|%-3s|", 0, "a"); print(c . d . "\\n") exit() }\n'
    vue = translated(stp, "vue")
    assert 'c = "12345678";' in vue
    assert 'd = "0x0|a  |";' in vue  # stap writes the 0x of %#x for 0 too


def test_a_formatted_string_of_a_variable_is_still_refused_in_vue():
    import pytest
    from xtrace.ir.loc import XtraceError
    with pytest.raises(XtraceError, match="sprintf"):
        translated('probe begin { x = pid(); c = sprint(x); print(c . "\\n") exit() }\n', "vue")


def test_a_negative_literal_into_a_vue_long_long_keeps_64_bits_in_d():
    vue = '@@BEGIN\n{\n    __auto long long y;\n    y = -1;\n    printf("%u\\n", y);\n    exit();\n}\n'
    assert "this->y = -1LL;" in translated(vue, "d", "vue")
