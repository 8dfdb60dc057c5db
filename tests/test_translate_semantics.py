"""Implicit behaviour of a stap script made explicit in D and Vue: `next`, the
auto-print of counting arrays and of strings, stap's fatal run-time errors.
(That the results print what stap prints is the matrix's job, in the sandbox.)"""

from __future__ import annotations

import re

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError


def _to(text: str, to: str) -> str:
    out = translate_text(text, "t.stp", "stap", to)
    frontends.parse(out, "back" + {"d": ".d", "vue": ".e"}[to], to)  # it is real code
    return out


NEXT = """global n
probe timer.ms(10) {
	n++
	if (n < 3)
		next
	printf("n=%d\\n", n)
	if (n == 4) { exit() }
}
"""


def test_next_becomes_the_rest_of_the_clause_under_the_opposite_condition():
    d = _to(NEXT, "d")
    assert "next" not in d
    body = d[d.index("tick-10ms"):]
    assert body.index("if (n >= 3) {") < body.index('printf("n=%d\\n", n);') < body.index("if (n == 4)")


def test_next_in_both_branches_drops_what_follows():
    d = _to("""probe begin { if (pid() > 0) { println("a") next } else { println("b") next }
println("never") exit() }""", "d")
    assert "never" not in d and '"a"' in d and '"b"' in d


def test_vue_leaves_the_block_with_return():
    assert "return;" in _to(NEXT, "vue")


COUNTS = """global calls, bytes
probe begin {
	calls[execname()]++
	bytes[execname(), pid()] += 10
	bytes[execname(), pid()] -= 3
	exit()
}
"""


def test_a_counting_array_is_a_d_aggregation_printed_as_stap_does():
    d = _to(COUNTS, "d")
    assert "#pragma D option aggsortrev" in d  # stap auto-prints the largest value first
    assert "@calls[execname] = count();" in d
    assert "@bytes[execname, pid] = sum(10);" in d and "sum(-3)" in d
    assert 'printa("calls[\\"%s\\"]=%@d\\n", @calls);' in d
    assert 'printa("bytes[\\"%s\\",%d]=%@d\\n", @bytes);' in d


def test_an_array_that_is_assigned_stays_an_array_and_its_autoprint_a_gap():
    with pytest.raises(XtraceError, match="auto-print of the array 'a' has no D equivalent"):
        _to('global a\nprobe begin { a[1] = 5 a[2]++ exit() }\n', "d")


def test_stap_run_time_errors_end_a_d_session_with_status_1():
    d = _to('probe begin { printf("%d\\n", @cast(0, "task_struct")->pid) }\n', "d")
    assert "ERROR\n{\n    exit(1);\n}" in d
    assert "ERROR" not in _to('probe begin { printf("%d\\n", 6 / 3) exit() }\n', "d")


def test_a_string_global_is_auto_printed_in_quotes_in_vue():
    vue = _to('global s\nprobe begin { s = "x" exit() }\n', "vue")
    assert 'printf("s=\\"%s\\"\\n", s);' in vue


NONQUIET = "BEGIN\n{\n\tprintf(\"hello\");\n\texit(0);\n}\n\nEND\n{\n}\n"


def _from_d(text: str, to: str) -> str:
    return translate_text(text, "t.d", "d", to)


def test_dtrace_framing_is_printed_by_the_stap_translation():
    stp = _from_d(NONQUIET, "stap")
    frontends.parse(stp, "back.stp", "stap")
    assert stp.count('printf("CPU     ID                    FUNCTION:NAME\\n")') == 2
    assert 'printf("%3d %6d %32s ", cpu(), 1, ":BEGIN")' in stp
    assert 'printf("%3d %6d %32s ", cpu(), 2, ":END")' in stp
    # the record's newline closes the clause, after the script's own output
    begin = stp[stp.index("probe begin"):stp.index("probe end")]
    assert begin.index('printf("hello")') < begin.index('printf("\\n")')


def test_dtrace_framing_of_one_site_uses_the_d_drivers_probe_numbering():
    # BEGIN 1, END 2, ERROR 3, then the session's syscalls by number (read 0,
    # write 1: entry and return each), then its ticks.
    stp = _from_d("syscall::read:return\n{\n}\n\n"
                  "syscall::write:return\n{\n}\n\ntick-1s\n{\n\texit(0);\n}\n", "stap")
    assert 'printf("%3d %6d %32s ", cpu(), 5, "read:return")' in stp
    assert 'printf("%3d %6d %32s ", cpu(), 7, "write:return")' in stp
    assert 'printf("%3d %6d %32s ", cpu(), 8, ":tick-1s")' in stp


def test_dtrace_framing_of_a_probe_with_several_sites_names_the_one_that_fired():
    stp = _from_d("syscall::read:entry, syscall::pread64:entry\n{\n\texit(0);\n}\n\n"
                  "fbt::vfs_read:return, fbt::vfs_write:return\n{\n}\n", "stap")
    frontends.parse(stp, "back.stp", "stap")
    # IDs from a table keyed by stap's name of the site (pread for pread64) and side
    assert 'dtrace_probe_id["read", "entry"] = 4' in stp
    assert 'dtrace_probe_id["pread", "entry"] = 6' in stp
    assert ('printf("%3d %6d %32s ", cpu(), dtrace_probe_id[name, "entry"], '
            'name == "pread" ? "pread64:entry" : sprintf("%s:entry", name))') in stp
    assert ('printf("%3d %6d %32s ", cpu(), dtrace_probe_id[ppfunc(), "return"], '
            'sprintf("%s:return", ppfunc()))') in stp
    assert stp.index("probe begin") < stp.index("probe syscall.read")


def test_dtrace_framing_of_entries_mixed_with_returns_is_a_gap():
    with pytest.raises(XtraceError, match="entry and return sites"):
        _from_d("syscall::read:entry, syscall::read:return\n{\n\texit(0);\n}\n", "stap")


def test_dtrace_framing_is_a_gap_in_vue():
    with pytest.raises(XtraceError, match="non-quiet framing"):
        _from_d(NONQUIET, "vue")
    assert "dtrace_heading" not in _from_d("#pragma D option quiet\n" + NONQUIET, "stap")


FAULTING_D = ("#pragma D option quiet\nBEGIN\n{\n\tprintf(\"%d\\n\", ((struct file *)0)->f_flags);\n}\n\n"
              "BEGIN\n{\n\tprintf(\"next\\n\");\n\texit(0);\n}\n")


def test_a_d_clause_that_can_fault_is_a_stap_try_and_comes_back_plain():
    stp = _from_d(FAULTING_D, "stap")
    assert stp.count("try {") == 1 and "} catch {" in stp  # only the clause that can fault
    back = translate_text(stp, "back.stp", "stap", "d")
    assert "try" not in back and "ERROR" not in back
    assert "((struct file *)0)->f_flags" in back


def test_clear_of_a_count_is_a_plain_stap_array_and_of_a_min_a_gap():
    stp = _from_d("BEGIN\n{\n\t@c[1] = count();\n\t@t[\"k\"] = sum(3);\n\tclear(@c);\n\tclear(@t);\n}\n", "stap")
    frontends.parse(stp, "back.stp", "stap")
    assert "c[1]++" in stp and 't["k"] += 3' in stp and "c[k1] = 0" in stp
    with pytest.raises(XtraceError) as ex:
        _from_d("BEGIN { @m[1] = min(3); clear(@m); }\n", "stap")
    assert re.match(r"t\.d:1:\d+: error: clear\(@m\) of a min\(\) aggregation .*nearest", ex.value.render())


def test_a_value_only_stap_function_is_its_value_in_d_and_vue():
    src = ('function sign(x) { if (x > 0) return 1 else if (x < 0) return -1 else return 0 }\n'
           'function wrap(s:string) { return "<" . s . ">" }\n'
           'function twice(x) { return x + x }\n'
           'probe begin { printf("%d %s %d\\n", sign(-3), wrap(execname()), twice(pid() * 2)); exit() }\n')
    # an argument read twice that is not a plain value keeps the call: a gap
    assert "function 'twice'" in _gap(src, "d")
    src = src.replace("twice(pid() * 2)", "twice(pid())")
    d = _to(src, "d")
    assert '-3 > 0 ? 1 : -3 < 0 ? -1 : 0' in d and 'strjoin(strjoin("<", execname), ">")' in d
    assert "pid + pid" in d
    v = _to(src, "vue")
    assert "__pid + __pid" in v and "sign" not in v


def _gap(src: str, to: str) -> str:
    with pytest.raises(XtraceError) as ex:
        translate_text(src, "t.stp", "stap", to)
    return ex.value.message


def test_stap_pp_of_begin_end_and_timers_is_a_constant_in_d():
    d = _to('probe begin, end { println(pp()) }\nprobe timer.ms(50) { println(pp()); exit() }\n', "d")
    assert 'probename == "BEGIN" ? "begin" : "end"' in d and '"timer.ms(50)"' in d


def test_a_stap_function_called_as_a_statement_is_its_body_in_d():
    d = _to('function say(what:string) { println("say ", what) }\n'
            'probe begin { say("one"); say("two"); exit() }\n', "d")
    assert 'printf("%s%s\\n", "say ", "one");\n    printf("%s%s\\n", "say ", "two");' in d


def test_stap_64_bit_constants_and_unset_locals_in_d():
    d = _to('probe begin { printf("%d\\n", 1 << 62); t .= "x"; println(t); exit() }\n', "d")
    assert "1LL << 62" in d and 'this->t = "";' in d


def test_stap_pp_of_begin_end_is_a_constant_in_vue():
    v = _to('probe begin, end { println(pp()) }\n', "vue")
    assert '@@BEGIN\n{\n    printf("%s\\n", "begin");' in v and '"end"' in v


def test_a_bordered_block_comment_keeps_its_lines_in_every_language():
    """A C comment with a ` * ` border down its side (the way Vue and D authors
    write file headers) is carried line by line: D and Vue redraw the border at
    the new indentation, stap writes one `#` line each."""
    src = ("@@BEGIN\n{\n\t/*\n\t * File: count.e\n\t *\n\t *   indented detail\n\t */\n"
           "\tprintf(\"hi\\n\");\n}\n")
    d = translate_text(src, "x.e", "vue", "d")
    assert "    /*\n     * File: count.e\n     *\n     *   indented detail\n     */\n" in d, d
    stp = translate_text(src, "x.e", "vue", "stp")
    assert "    # File: count.e\n    #\n    #   indented detail\n" in stp, stp
    # and back: the same lines, not a growing border
    assert translate_text(d, "x.d", "d", "vue").count("File: count.e") == 1
    assert "* *" not in translate_text(d, "x.d", "d", "vue")


def test_comment_bodies_and_c_comments_round_trip():
    from xtrace.frontends.common import c_comment, comment_body
    for raw, body in [("/* one */", "one"), ("# hash", "hash"), ("// line", "line"),
                      ("/*\n * a\n *\n *  b\n */", "a\n\n b"), ("/* first\n   second */", "first\nsecond"),
                      ("/**/", "")]:
        assert comment_body(raw) == body, raw
        assert comment_body("\n".join(c_comment(body))) == body, raw
    assert c_comment("a */ b") == ["/* a * / b */"]


def test_stores_nothing_reads_are_not_carried_into_stap():
    """A D or Vue variable written and never read prints nothing; in stap it would
    be printed at exit, so its stores are left out (and a probe that did nothing
    else), unless computing the stored value could fail and print an error."""
    d = ("#pragma D option quiet\nsyscall::read:entry { self->ts = timestamp; n++; }\n"
         "BEGIN { last = 1; printf(\"hi\\n\"); exit(0); }\n")
    out = translate_text(d, "x.d", "d", "stp")
    assert "ts" not in out and "n++" not in out and "last" not in out and "syscall.read" not in out, out
    assert 'printf("hi\\n")' in out
    vue = "@@BEGIN { x = 10 / __pid; printf(\"hi\\n\"); exit(); }\n"
    with pytest.raises(XtraceError, match="'x' is written but never read"):
        translate_text(vue, "x.e", "vue", "stp")
    # read anywhere (a predicate too): kept
    kept = translate_text("@@BEGIN { n = 1; }\n@@END when (n == 1) { printf(\"n\\n\"); }\n", "x.e", "vue", "stp")
    assert "n = 1" in kept


def test_vue_strstr_and_int_arguments_read_as_stap_writes_them():
    """strstr() tests are stap's isinstr(), a value is the rest of the string from
    the match; a prototype's int argument is the tapset's int_arg(N)."""
    src = ('int open(char *path, int flags);\n@@syscall:*:open:entry {\n'
           '  String s[64];\n  s = get_userstring(__arg1, -1);\n'
           '  if (strstr(s, "tmp")) printf("%d %s\\n", __arg2, strstr(s, "tmp"));\n'
           '  if (strstr(s, "etc") == "") printf("no\\n");\n}\n')
    out = translate_text(src, "x.e", "vue", "stp")
    assert 'if (isinstr(s, "tmp"))' in out and 'if (!isinstr(s, "etc"))' in out, out
    assert 'int_arg(2), (isinstr(s, "tmp") ? substr(s, strpos(s, "tmp"), strlen(s)) : "")' in out, out
    back = translate_text('probe begin { if (isinstr("abc", "b")) println("y") }\n', "x.stp", "stap", "vue")
    assert 'if (strstr("abc", "b") != "")' in back, back


def test_a_tapset_function_is_named_as_stap_s_at_the_call():
    """errno_str() is stap's tapset code appended to the script, not a function the
    user wrote: D and Vue name it so, at the script's call."""
    src = 'probe syscall.open.return { if (retval < 0) printf("%s\\n", errno_str(-retval)) }\n'
    for to, lang in (("d", "D"), ("vue", "Vue")):
        with pytest.raises(XtraceError) as info:
            translate_text(src, "x.stp", "stap", to)
        assert f"stap's tapset function errno_str() has no {lang} equivalent" in str(info.value)
        assert (info.value.loc.file, info.value.loc.line, info.value.loc.col) == ("x.stp", 1, 60)


def test_curpsinfo_psargs_is_stap_s_cmdline_cut_as_prargsz():
    src = "#pragma D option quiet\nBEGIN { printf(\"%s\\n\", curpsinfo->pr_psargs); exit(0); }\n"
    stp = translate_text(src, "x.d", "d", "stp")
    assert 'substr(cmdline_str(), 0, 79)' in stp, stp
    assert "curpsinfo->pr_psargs" in translate_text(stp, "x.stp", "stap", "d")
