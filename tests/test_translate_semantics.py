"""Implicit behaviour of a stap script made explicit in D and Vue: `next`, the
auto-print of counting arrays and of strings, stap's fatal run-time errors.
(That the results print what stap prints is the matrix's job, in the sandbox.)"""

from __future__ import annotations

import re

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import translated, unwrapped
from xtrace.frontends.stap.points import library_path

# how a stap port names libc: by its path on this machine, as stap needs
LIBC = library_path("libc.so.6")

_to = translated


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
    assert "never" not in d and 'printf("a\\n");' in d and 'printf("b\\n");' in d


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
    # the values as stap's auto-print writes them, %#x (0x even for 0)
    assert 'printa("calls[\\"%s\\"]=0x%@x\\n", @calls);' in d
    assert 'printa("bytes[\\"%s\\",%d]=0x%@x\\n", @bytes);' in d


def test_an_array_that_is_assigned_stays_an_array_printed_from_a_sum_beside_it():
    # (ir/printedvalues.py; tests/test_translate_members.py checks the sum's meaning)
    d = _to('global a\nprobe begin { a[1] = 5 a[2]++ exit() }\n', "d")
    assert "a[1] = 5;" in d and "@a_values[1] = sum(5 - a[1]);" in d
    assert 'printa("a[%d]=0x%@x\\n", @a_values);' in d
    # a string array's auto-print stays a gap: an aggregation sums numbers
    with pytest.raises(XtraceError, match="auto-print of the array 'a' has no D equivalent"):
        _to('global a\nprobe begin { a[1] = "x" exit() }\n', "d")


def test_stap_run_time_errors_end_a_d_session_with_status_1():
    d = _to('probe begin { printf("%d\\n", @cast(0, "task_struct")->pid) }\n', "d")
    assert "ERROR\n{\n    exit(1);\n}" in d
    assert "ERROR" not in _to('probe begin { printf("%d\\n", 6 / 3) exit() }\n', "d")


def test_a_d_error_clause_that_exits_1_is_stap_s_own_rule():
    """D's `ERROR { exit(1); }` (what a stap script becomes) is stap's rule: no clause
    in stap, and no `try` around the clauses that can fault; D's END clauses run after
    that exit, where stap runs its error probes instead of the end probes."""
    src = ('#pragma D option quiet\nint64_t zero;\nBEGIN\n{\n    printf("%d\\n", 1 / zero);\n}\n\n'
           'ERROR\n{\n    exit(1);\n}\n')
    stp = _from_d(src, "stap")
    assert "try" not in stp and "ERROR" not in stp and "error" not in stp, stp
    stp = _from_d(src + 'END\n{\n    printf("end\\n");\n}\n', "stap")
    assert "probe end, error\n{" in stp, stp
    # another ERROR clause is D's own: its body is the catch block of the clauses
    # that can fault (ir/error_catches.py), where stap's exit() takes no status
    with pytest.raises(XtraceError, match="exit with a status cannot be expressed in stap"):
        _from_d(src.replace("exit(1);", 'printf("e\\n");\n    exit(1);'), "stap")
    stp = _from_d(src.replace("exit(1);", 'printf("e\\n");\n    exit(0);'), "stap")
    assert 'catch {\n        printf("e\\n")\n        exit()\n    }' in stp, stp


def test_stap_end_probes_are_skipped_after_a_run_time_error_in_d():
    src = 'global zero\nprobe begin { println(1 / zero) }\nprobe end { println("end") }\n'
    d = _to(src, "d")
    assert "int errored;" in d and 'END\n/!errored/\n{\n    printf("end\\n");' in d, d
    assert "ERROR\n{\n    errored = 1;\n    exit(1);\n}" in d, d
    # read back, that is stap's own rule: a plain end probe, no error probe, no flag
    stp = _from_d(d, "stap")
    assert "probe end\n{" in stp and "error" not in stp and "errored" not in stp, stp
    # an end probe that is an error probe too runs after the error in both: no flag
    d = _to(src.replace("probe end", "probe end, error"), "d")
    assert "errored" not in d and "ERROR\n{\n    exit(1);\n}" in d, d
    # a flag the script reads elsewhere is its own: that ERROR clause is D's, whose
    # exit(1) a catch block cannot say (stap's exit() takes no status)
    with pytest.raises(XtraceError, match="exit with a status cannot be expressed in stap"):
        _from_d(d.replace("exit(1);", "errored = 1;\n    exit(1);").replace(
            "int64_t zero;", "int64_t zero;\nint errored;").replace(
            'printf("end\\n");', 'printf("%d\\n", errored);'), "stap")


def test_a_string_global_is_auto_printed_in_quotes_in_vue():
    vue = _to('global s\nprobe begin { s = "x" exit() }\n', "vue")
    assert 'printf("s=\\"%s\\"\\n", s);' in vue


NONQUIET = "BEGIN\n{\n\tprintf(\"hello\");\n\texit(0);\n}\n\nEND\n{\n}\n"


def _from_d(text: str, to: str) -> str:
    return translate_text(text, "t.d", "d", to)


def test_dtrace_framing_is_printed_by_the_stap_translation():
    stp = _from_d(NONQUIET, "stap")
    frontends.parse(stp, "back.stp", "stap")
    # once, first in BEGIN, whose record is the session's first (no flag to test)
    assert stp.count('printf("CPU     ID                    FUNCTION:NAME\\n")') == 1
    assert "dtrace_heading" not in stp
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
            'name == "pread" ? "pread64:entry" : sprintf("%s:entry", name))') in unwrapped(stp)
    assert ('printf("%3d %6d %32s ", cpu(), dtrace_probe_id[ppfunc(), "return"], '
            'sprintf("%s:return", ppfunc()))') in unwrapped(stp)
    assert stp.index("probe begin") < stp.index("probe syscall.read")


def test_dtrace_framing_of_entries_mixed_with_returns_is_a_probe_per_side():
    # it was a gap (which side fired is only known at run time); each side is now a
    # probe of its own, naming its side (tests/test_translate_real7.py)
    stp = _from_d("syscall::read:entry, syscall::read:return\n{\n\texit(0);\n}\n", "stap")
    assert '"read:entry"' in stp and '"read:return"' in stp


def test_dtrace_framing_in_vue_begin_end_and_ticks_prints_cpu_0_and_says_why():
    # IBM: __curthread (whose cpuid is the CPU column) is not available in @@BEGIN/@@END,
    # nor in an @@interval clause without a process ID; DTrace's number there is the CPU
    # the dtrace process (BEGIN, END) or the tick ran on, which a constant may stand for
    vue = _from_d(NONQUIET, "vue")
    frontends.parse(vue, "back.e", "vue")
    assert " * the CPU column is 0: @@BEGIN cannot read __curthread->cpuid (DTrace prints\n" \
        " * the CPU its BEGIN ran on)\n */\n@@BEGIN\n" in vue
    assert 'printf("%3d %6d %32s ", 0, 1, ":BEGIN");' in vue
    tick = _from_d("tick-1s\n{\n\texit(0);\n}\n", "vue")
    assert " * the CPU column is 0: @@interval cannot read __curthread->cpuid (DTrace\n" \
        " * prints the CPU its tick ran on)\n */\n@@interval:*:clock:1000\n" in tick, tick
    assert 'printf("%3d %6d %32s ", 0, ' in tick
    # a CPU the script reads itself is its data: still a gap
    with pytest.raises(XtraceError, match=r"__curthread->cpuid, cannot be used in @@BEGIN or @@END"):
        _from_d('BEGIN\n{\n\tprintf("%d", cpu);\n}\n', "vue")
    assert "dtrace_heading" not in _from_d("#pragma D option quiet\n" + NONQUIET, "stap")


def test_dtrace_framing_in_vue_prints_the_cpu_column_from_curthread():
    vue = _from_d('syscall::openat:entry\n{\n\tprintf("%s", execname);\n}\n', "vue")
    frontends.parse(vue, "back.e", "vue")
    assert vue == """__global long long dtrace_heading;

@@syscall:*:openat:entry
{
    if (!dtrace_heading)
    {
        dtrace_heading = 1;
        printf("CPU     ID                    FUNCTION:NAME\\n");
    }
    printf("%3d %6d %32s ", __curthread->cpuid, 4, "openat:entry");
    printf("%s", __pname);
    printf("\\n");
}
"""


def test_dtrace_framing_in_vue_of_several_sites_pads_the_name_without_sprintf():
    vue = _from_d("syscall::read:entry, syscall::write:entry\n{\n\ttrace(pid);\n}\n", "vue")
    frontends.parse(vue, "back.e", "vue")
    # (every site an entry: the table is keyed by the site's name alone)
    assert 'dtrace_probe_id["read"] = 4;' in vue
    assert 'dtrace_probe_id["write"] = 6;' in vue
    # %32s of "NAME:entry" pads as %26s of NAME followed by ":entry"
    assert ('printf("%3d %6d %26s:entry ", __curthread->cpuid, '
            'dtrace_probe_id[get_function()], get_function());') in unwrapped(vue)
    with pytest.raises(XtraceError, match="get_function\\(\\) names 'pread64' differently"):
        _from_d("syscall::read:entry, syscall::pread64:entry\n{\n}\n", "vue")


def test_a_syscall_pattern_is_each_syscall_it_matches_in_vue():
    vue = _from_d('#pragma D option quiet\nsyscall::open*:entry\n{\n\tprintf("%s\\n", '
                  'copyinstr(arg1));\n}\n', "vue")
    frontends.parse(vue, "back.e", "vue")
    assert "@@syscall:*:open:entry\n" in vue and "@@syscall:*:openat:entry\n" in vue
    assert "long long openat(long long, long long);" in vue and "*" not in vue.split("@@")[0]
    # __arg2 is allowed only in a clause with one probe point: one clause each
    assert vue.count('printf("%s\\n", get_userstring(__arg2, -1));') == vue.count("@@syscall:")


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
    assert "c[1]++" in stp and 't["k"] += 3' in stp and "c[key] = 0" in stp
    with pytest.raises(XtraceError) as ex:
        _from_d("BEGIN { @m[1] = min(3); clear(@m); }\n", "stap")
    assert re.match(r"t\.d:1:\d+: error: clear\(@m\) of a min\(\) aggregation .*nearest", ex.value.render())


def test_a_value_only_stap_function_is_its_value_in_d_and_vue():
    src = ('function sign(x) { if (x > 0) return 1 else if (x < 0) return -1 else return 0 }\n'
           'function wrap(s:string) { return "<" . s . ">" }\n'
           'function twice(x) { return x + x }\n'
           'probe begin { printf("%d %s %d\\n", sign(-3), wrap(execname()), twice(pid() * 2)); exit() }\n')
    # an argument read twice that is not a plain value is set once, in a clause-local
    d = _to(src, "d")
    # (the concatenation printed by a bare %s is written into the format)
    # (sign(-3)'s tests of a constant are decided, ir/inlinedconsts.py: -1)
    assert ('    this->twice_x = pid * 2;\n'
            '    printf("%d <%s> %d\\n", -1, '
            'execname, this->twice_x + this->twice_x);\n') in d
    src = src.replace("twice(pid() * 2)", "twice(pid())")
    d = _to(src, "d")
    assert '"%d <%s> %d\\n", -1,' in d
    assert "pid + pid" in d
    v = _to(src, "vue")
    assert "__pid + __pid" in v and "sign" not in v


def test_early_returns_of_a_value_only_stap_function_are_a_chain_of_ternaries():
    src = ('function classify(n) {\n\tif (n < 0)\n\t\treturn "negative"\n\tif (n == 0)\n'
           '\t\treturn "zero"\n\treturn "positive"\n}\n'
           'probe begin { printf("%s\\n", classify(pid())); exit() }\n')
    assert ('printf("%s\\n", pid < 0 ? "negative" : pid == 0 ? "zero" : "positive");'
            in _to(src, "d"))
    assert ('printf("%s\\n", __pid < 0 ? "negative" : __pid == 0 ? "zero" : "positive");'
            in _to(src, "vue"))
    # (of a constant, the chain is decided, ir/inlinedconsts.py)
    assert 'printf("negative\\n");' in _to(src.replace("classify(pid())", "classify(-4)"), "d")


STATEMENTS = """global total, seen
function bump(n) { total += n; return total }
function note(who:string, n) {
	k = who . "!"
	if (n > 1) { seen[k] += n } else { seen[k]++ }
	return seen[k]
}
function shadow(x) { y = x * 2; return y + 1 }
probe begin {
	y = 7
	a = note(execname(), y)
	bump(5)
	printf("%d %d %d %d\\n", bump(y + 1), shadow(y), shadow(3), a)
	exit()
}
"""


def test_a_stap_function_with_locals_is_written_out_before_its_call_in_d():
    """Parameters and locals are clause-locals named after the function; the call is
    the value returned, or a clause-local holding it when a later call changes it."""
    assert _to(STATEMENTS, "d").endswith("""BEGIN
{
    this->y = 7;
    this->note_k = strjoin(execname, "!");
    if (this->y > 1) {
        seen[this->note_k] += this->y;
    } else {
        seen[this->note_k]++;
    }
    this->a = seen[this->note_k];
    total += 5;
    this->bump_n = this->y + 1;
    total += this->bump_n;
    this->shadow_x = this->y;
    this->shadow_y = this->shadow_x * 2;
    this->shadow = this->shadow_y + 1;
    this->shadow_y = 3 * 2;
    printf("%d %d %d %d\\n", total, this->shadow, this->shadow_y + 1, this->a);
    exit(0);
}
""")


def test_a_stap_function_with_locals_is_written_out_with_auto_locals_in_vue():
    v = _to(STATEMENTS, "vue")
    assert """    __auto long long shadow;
    y = 7;
    note_k = __pname + "!";""" in v
    assert """    shadow_y = 3 * 2;
    printf("%d %d %d %d\\n", total, shadow, shadow_y + 1, a);""" in v


def test_a_stap_functions_locals_start_at_zero_at_each_call_in_d():
    d = _to('global g\nfunction count_up() { n++; g += n; return n }\n'
            'probe begin { count_up(); count_up(); printf("%d %d\\n", count_up(), g); exit() }\n', "d")
    assert """    this->count_up_n = 0;
    this->count_up_n++;
    g += this->count_up_n;
    this->count_up_n = 0;
    this->count_up_n++;
    g += this->count_up_n;
    this->count_up_n = 0;
    this->count_up_n++;
    g += this->count_up_n;
    printf("%d %d\\n", this->count_up_n, g);""" in d


def test_statements_then_a_chain_of_returns_are_written_out_then_a_ternary_in_d():
    d = _to('global hits\nfunction rate(n) {\n\thits++\n\tif (n > 10)\n\t\treturn "high"\n'
            '\treturn hits > 3 ? "busy" : "low"\n}\n'
            'probe begin { x = rate(1); println(x); exit() }\n', "d")
    assert """    hits++;
    this->x = 1 > 10 ? "high" : hits > 3 ? "busy" : "low";
    printf("%s\\n", this->x);""" in d


def test_an_argument_with_side_effects_is_set_before_the_value_is_computed_in_d():
    """stap sets `a` (x++: the old x) before `x + a` reads x (the new one)."""
    d = _to('global x\nfunction f(a) { return x + a }\n'
            'probe begin { x = 1; printf("%d\\n", f(x++)); exit() }\n', "d")
    assert '    this->f_a = x++;\n    printf("%d\\n", x + this->f_a);' in d


def test_a_constant_division_by_zero_divides_at_run_time_in_d():
    """D refuses `1 / 0` when it compiles; stap fails when the function runs."""
    d = _to('function ratio(a, b) { return a / b }\n'
            'probe begin { println(ratio(10, 2)); println(ratio(1, 0)) }\n', "d")
    # (the division a clause of its own: a D fault would discard the line before it,
    # which stap prints: ir/faultsplit.py)
    assert """    printf("%d\\n", 10 / 2);
    this->ratio_a = 1;
    this->ratio_b = 0;
}

BEGIN
{
    printf("%d\\n", this->ratio_a / this->ratio_b);""" in d


def test_a_call_only_some_evaluations_make_is_written_out_in_an_if_else_in_d():
    """stap's && and || skip their right side: so does the if/else holding it."""
    d = _to('global calls\nfunction touch(v) { calls++; return v }\n'
            'probe begin { printf("%d %d\\n", touch(0) && touch(1), calls); '
            'x = calls > 1 ? touch(5) : 9; exit() }\n', "d")
    assert """    calls++;
    if (0) {
        calls++;
        this->and = 1 != 0;
    } else {
        this->and = 0;
    }
    printf("%d %d\\n", this->and, calls);
    if (calls > 1) {
        calls++;
        this->pick = 5;
    } else {
        this->pick = 9;
    }
    this->x = this->pick;""" in d


@pytest.mark.parametrize("body, why", [
    # total is read before bump changes it
    ('printf("%d\\n", total + bump(1))', "bump' cannot be expressed in {lang}: a call of it cannot "
     "be written in place (an argument with side effects, or a value read before the function "
     "changes it)"),
    ('printf("%d\\n", total + (bump(0) && bump(1)))', "bump' cannot be expressed in {lang}: a call"),
    ('printf("%d\\n", fact(3))', "fact' cannot be expressed in {lang}: it calls itself"),
    ('printf("%d\\n", early(3))', "early' cannot be expressed in {lang}: it returns from inside its "
     "body (line 5), not only at its end"),
])
def test_stap_functions_a_porter_cannot_write_out_stay_refused(body, why):
    src = ('global total\nfunction bump(n) { total += n; return total }\n'
           'function fact(n) { if (n <= 1) return 1; return n * fact(n - 1) }\n'
           'function first(n) { for (i = 0; i < n; i++) total++; return total }\n'
           'function early(n) { if (n > 2) { total++; return 1 }; total--; return 0 }\n'
           'probe begin { ' + body + '; exit() }\n')
    for to, lang in (("d", "D"), ("vue", "Vue")):
        msg = _gap(src, to)
        assert msg.startswith(f"{lang} has no user-defined functions; function '")
        assert why.format(lang=lang) in msg  # names why it cannot be written in place


def test_a_function_calling_a_tapset_function_says_which():
    # strace.stp's filter_p() calls target_set_pid(), a stap tapset function
    src = ('function f(p) { if (target_set_pid(p)) return 1; return 0 }\n'
           'probe syscall.read { if (f(pid())) next; printf("r\\n") }\n')
    assert _gap(src, "d").endswith("function 'f' cannot be expressed in D: it calls stap's tapset "
                                   "function target_set_pid(), which has no D equivalent")


def _gap(src: str, to: str) -> str:
    with pytest.raises(XtraceError) as ex:
        translate_text(src, "t.stp", "stap", to)
    return ex.value.message


def test_stap_pp_of_begin_end_and_timers_is_a_constant_in_d():
    d = _to('probe begin, end { println(pp()) }\nprobe timer.ms(50) { println(pp()); exit() }\n', "d")
    assert 'probename == "BEGIN" ? "begin" : "end"' in d and 'printf("timer.ms(50)\\n");' in d


def test_a_stap_function_called_as_a_statement_is_its_body_in_d():
    d = _to('function say(what:string) { println("say ", what) }\n'
            'probe begin { say("one"); say("two"); exit() }\n', "d")
    assert 'printf("say one\\n");\n    printf("say two\\n");' in d


def test_stap_64_bit_constants_and_unset_locals_in_d():
    d = _to('probe begin { printf("%d\\n", 1 << 62); t .= "x"; println(t); exit() }\n', "d")
    assert "1LL << 62" in d and 'this->t = "";' in d


def test_stap_pp_of_begin_end_is_a_constant_in_vue():
    v = _to('probe begin, end { println(pp()) }\n', "vue")
    assert '@@BEGIN\n{\n    printf("begin\\n");' in v and 'printf("end\\n");' in v


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
    # a store whose value can fault is kept for its fault, then deleted so that stap
    # prints no x at exit (frontends/stap/print_faultstore.py)
    vue = "@@BEGIN { x = 10 / __pid; printf(\"hi\\n\"); exit(); }\n"
    out = translate_text(vue, "x.e", "vue", "stp")
    assert "x = 10 / pid()\n        delete x\n" in out, out
    # read anywhere (a predicate too): kept
    kept = translate_text("@@BEGIN { n = 1; }\n@@END when (n == 1) { printf(\"n\\n\"); }\n", "x.e", "vue", "stp")
    assert "n = 1" in kept
    # a store left out may have been the only read of another variable (iosnoop.d:
    # start_args is read only into self->sargs, which nothing reads); the process's
    # arguments are read without a fault of their own
    d = ("#pragma D option quiet\nsyscall::read:entry { a[pid] = (char *)curpsinfo->pr_psargs; b[pid] = 1; }\n"
         "syscall::read:return { self->s = (int)a[pid] == 0 ? \"\" : a[pid]; printf(\"%d\\n\", b[pid]); }\n")
    out = translate_text(d, "x.d", "d", "stp")
    assert "cmdline" not in out and "s[tid()]" not in out and "b[pid()] = 1" in out, out


def test_vue_strstr_and_int_arguments_read_as_stap_writes_them():
    """strstr() tests are stap's isinstr(), a value is the rest of the string from
    the match; a prototype's int argument is the tapset's variable of it (open's `flags`)."""
    src = ('int open(char *path, int flags);\n@@syscall:*:open:entry {\n'
           '  String s[64];\n  s = get_userstring(__arg1, -1);\n'
           '  if (strstr(s, "tmp")) printf("%d %s\\n", __arg2, strstr(s, "tmp"));\n'
           '  if (strstr(s, "etc") == "") printf("no\\n");\n}\n')
    out = translate_text(src, "x.e", "vue", "stp")
    assert 'if (isinstr(s, "tmp"))' in out and 'if (!isinstr(s, "etc"))' in out, out
    assert 'flags, (isinstr(s, "tmp") ? substr(s, strpos(s, "tmp"), strlen(s)) : "")' in unwrapped(out), out
    back = translate_text('probe begin { if (isinstr("abc", "b")) println("y") }\n', "x.stp", "stap", "vue")
    assert 'if (strstr("abc", "b") != "")' in back, back


def test_a_tapset_function_that_only_prints_is_its_printf_and_a_stopwatch_stays_named():
    d = _to('probe begin { ansi_clear_screen(); println("x"); exit() }\n', "d")
    assert 'printf("\\033[1;1H\\033[J");\n    printf("x\\n");' in d
    src = 'global n = "a"\nprobe begin { start_stopwatch(n); println(read_stopwatch_us(n)); exit() }\n'
    assert "stap's tapset function start_stopwatch() has no D equivalent" in _gap(src, "d")


def test_a_tapset_function_is_named_as_stap_s_at_the_call():
    """return_str() is stap's tapset code appended to the script, not a function the
    user wrote: D and Vue name it so, at the script's call. (errno_str() is a table
    in both: test_translate_tables; a constant format is written out: test_translate_s2d4.)"""
    src = ('global fmt\n'
           'probe syscall.open.return { if (retval < 0) printf("%s\\n", return_str(fmt, retval)) }\n')
    for to, lang in (("d", "D"), ("vue", "Vue")):
        with pytest.raises(XtraceError) as info:
            translate_text(src, "x.stp", "stap", to)
        assert f"stap's tapset function return_str() has no {lang} equivalent" in str(info.value)
        assert (info.value.loc.file, info.value.loc.line, info.value.loc.col) == ("x.stp", 2, 60)


ROWS = """global reads
probe syscall.read { reads[execname(), pid()] += count }
probe syscall.write { reads[execname(), pid()]++ }
probe end {
	foreach ([name, p] in reads- limit 3)
		printf("%-16s %6d %d\\n", name, p, reads[name, p])
}
"""


def test_a_foreach_printing_a_counting_arrays_rows_is_a_printa():
    d = _to(ROWS, "d")
    assert "@reads[execname, pid] = sum(" in d and "@reads[execname, pid] = sum(1);" in d
    assert "#pragma D option aggsortrev" in d
    end = d[d.index("END"):]
    # stap's `limit 3` of a value sort: the three largest, then the rows
    assert end.index("trunc(@reads, 3);") < end.index('printa("%-16s %6d %@d\\n", @reads);')
    assert "foreach" not in d and "reads[" not in end


def test_the_value_anywhere_in_the_row_is_printas_at_conversion():
    d = _to("""global n
probe begin { n["a"]++ n["b"]++ n["b"]++ exit() }
probe end { foreach (k+ in n) printf("%d calls of %s\\n", n[k], k) }
""", "d")
    assert '#pragma D option aggsortkey' in d
    assert 'printa("%@d calls of %s\\n", @n);' in d


def test_a_set_printed_by_its_keys_is_a_count_aggregation_printed_without_its_value():
    d = _to("""global seen
probe syscall.{read,write} { seen[name] = 1 }
probe end { foreach (k+ in seen) printf("%s\\n", k) }
""", "d")
    assert "@seen[probefunc] = count();" in d and 'printa("%s\\n", @seen);' in d


def test_loops_sorted_differently_set_their_order_with_setopt():
    d = _to("""global n
probe begin { n["a"]++ n["b"] += 5 exit() }
probe end {
	foreach (k+ in n) printf("%s %d\\n", k, n[k])
	foreach (v = k in n-) printf("%d %s\\n", v, k)
}
""", "d")
    assert "#pragma D option aggsort" not in d
    end = d[d.index("END"):]
    first, second = end.index('printa("%s %@d\\n", @n);'), end.index('printa("%@d %s\\n", @n);')
    assert end.index('setopt("aggsortkey");') < end.index('setopt("aggsortrev", "unset");') < first
    assert first < end.index('setopt("aggsortkey", "unset");') < end.index('setopt("aggsortrev");') < second


@pytest.mark.parametrize("body", [
    # a column that is not the element's: the loop does more than print rows
    'foreach (k in n) printf("%s %d %d\\n", k, n[k], pid())',
    # not every key
    'foreach ([a, b] in m) printf("%s\\n", a)',
    # sorted on a second key column
    'foreach ([a, b+] in m) printf("%s %d\\n", a, b)',
    # the rows that are left would be counted on from what trunc() left
    'foreach (k in n- limit 2) printf("%s\\n", k)',
    # a limit of a key sort: trunc() keeps the largest values, not the first keys
    'foreach (k+ in n limit 2) printf("%s\\n", k)',
])
def test_loops_printa_cannot_say_stay_refused(body):
    src = f"""global n, m
probe timer.ms(100) {{ n[execname()]++ m[execname(), pid()]++ }}
probe timer.s(1) {{ {body} }}
"""
    with pytest.raises(XtraceError, match="D has no loops"):
        _to(src, "d")


def test_a_limit_before_deleting_the_array_is_trunc():
    d = _to("""global n
probe timer.ms(100) { n[execname()]++ }
probe timer.s(1) { foreach (k in n- limit 2) printf("%s %d\\n", k, n[k]) delete n }
""", "d")
    body = d[d.index("tick-1s"):]
    assert body.index("trunc(@n, 2);") < body.index('printa("%s %@d\\n", @n);') < body.index("trunc(@n);")


def test_a_counting_array_read_elsewhere_stays_an_array():
    with pytest.raises(XtraceError, match="D has no loops"):
        _to("""global n
probe begin { n["a"]++ if (n["a"] > 0) println("yes") exit() }
probe end { foreach (k in n) printf("%s %d\\n", k, n[k]) }
""", "d")


STATS = """global lat
probe syscall.read.return { lat[execname()] <<< gettimeofday_us() - 7 }
probe end {
	foreach (k+ in lat)
		printf("%s %d %d %d\\n", k, @count(lat[k]), @avg(lat[k]), @max(lat[k]))
}
"""


def test_statistics_read_several_ways_are_one_d_aggregation_each_printed_by_one_printa():
    d = _to(STATS, "d")
    clause = d[d.index("syscall::read:return"):d.index("END")]
    # the value is taken once: two aggregations would see two times
    assert "this->lat_value = " in clause
    for line in ("@lat_count[execname] = count();", "@lat_avg[execname] = avg(this->lat_value);",
                 "@lat_max[execname] = max(this->lat_value);"):
        assert line in clause
    assert 'printa("%s %@d %@d %@d\\n", @lat_count, @lat_avg, @lat_max);' in d
    assert "#pragma D option aggsortkey" in d


def test_a_printf_of_unkeyed_statistics_is_their_printa_row():
    d = _to("""global s
probe begin { s <<< 3 s <<< 5 printf("n=%d total=%d\\n", @count(s), @sum(s)) exit() }
""", "d")
    assert "@s_count = count();" in d and "@s_sum = sum(3);" in d
    assert 'printa("n=%@d total=%@d\\n", @s_count, @s_sum);' in d


@pytest.mark.parametrize("body", [
    # a limit keeps rows of one aggregation; the other's would still print
    'foreach (k in s- limit 2) printf("%s %d %d\\n", k, @count(s[k]), @sum(s[k]))',
    # printa sorts on its first aggregation, not on @sum printed second
    'foreach (k in s @sum-) printf("%s %d %d\\n", k, @count(s[k]), @sum(s[k]))',
    # (a statistic in an expression is a plain D array since branch statsplit2:
    # tests/test_translate_statvalues.py)
])
def test_statistics_printa_cannot_print_stay_refused(body):
    with pytest.raises(XtraceError, match="a D aggregation holds a single statistic"):
        _to(f"""global s
probe begin {{ s["a"] <<< 1 s["b"] <<< 2 }}
probe end {{ {body} }}
""", "d")


def test_emptying_a_vue_list_before_its_first_append_says_nothing_in_d():
    d = translate_text("""@@BEGIN { l = list(); }
@@syscall:*:write:entry { append(l, __arg3); }
@@END { printf("%lld %lld\\n", count(l), sum(l)); }
""", "t.e", "vue", "d")
    assert "trunc(" not in d and "BEGIN" not in d
    assert 'printa("%@lld %@lld\\n", @l_count, @l_sum);' in d


def test_d_aggregations_without_keys_are_vue_lists_printed_as_dtrace_prints_them():
    v = translate_text("""#pragma D option quiet
syscall::write:entry { @bytes = sum(arg2); @calls = count(); }
tick-1s { printa("calls %@d\\n", @calls); exit(0); }
""", "t.d", "d", "vue")
    frontends.parse(v, "back.e", "vue")
    assert "append(bytes, __arg3);" in v and "append(calls, 1);" in v
    tick = v[v.index("@@interval"):]
    # (its flag, for D's exit dump, set where the row prints: ir/rundumps.py)
    assert ('if (count(calls) > 0)\n    {\n        printf("calls %d\\n", count(calls));\n'
            '        calls_printed = 1;\n    }') in tick
    # D's dump at exit: a blank line, then the value in DTrace's column, if it has one
    # (the blank line too: dtrace's dump of an aggregation without a row prints nothing)
    # (two in the dump: dtrace prints one blank line before its rows, the first with a
    # row prints it)
    end = v[v.index("@@END"):]
    assert end.index('if (count(bytes) > 0)') < end.index('if (!dumped++)') \
        < end.index('printf(" %16d\\n", sum(bytes));')


def test_keyed_d_aggregations_stay_refused_in_vue():
    with pytest.raises(XtraceError, match="sorted aggregation table"):
        translate_text("syscall::write:entry { @[execname] = count(); }", "t.d", "d", "vue")


def test_a_stap_script_that_can_fault_says_in_vue_that_the_session_went_on():
    # stap ends with status 1 at a division by 0; a Vue error ends only its clause
    # and Vue's exit() has no status, so the translation can only say so.
    v = _to("global zero\nprobe begin { printf(\"%d\\n\", 10 % zero) exit() }\n", "vue")
    assert "exit status 1" in v and v.index("exit status 1") < v.index("@@BEGIN")
    assert "exit status" not in _to("probe begin { printf(\"%d\\n\", 10 % 3) exit() }\n", "vue")


def test_a_printf_of_plain_values_then_statistics_is_a_printf_then_a_printa():
    d = translate_text("""__list lens;
@@syscall:*:write:entry { append(lens, __arg3); }
@@END { printf("%5s wrote %lld times, %lld bytes\\n", "all", count(lens), sum(lens)); }
""", "t.e", "vue", "d")
    end = d[d.index("END"):]
    assert end.index('printf("%5s wrote ", "all");') < end.index(
        'printa("%@lld times, %@lld bytes\\n", @lens_count, @lens_sum);')


def test_stap_auto_print_of_statistics_is_a_printa_of_the_five_aggregations():
    d = _to("""global lat
probe syscall.read { lat[execname()] <<< count }
""", "d")
    assert ('printa("lat[\\"%s\\"] @count=%@d @min=%@d @max=%@d @sum=%@d @avg=%@d\\n", '
            "@lat_count, @lat_min, @lat_max, @lat_sum, @lat_avg);") in unwrapped(d)
    assert "#pragma D option aggsortrev" in d  # the largest count first


def test_the_top_rows_of_statistics_printed_again_later_are_refused_in_d():
    # trunc() would drop the other rows for good; stap's next second still has them
    with pytest.raises(XtraceError, match="printing the first 3 rows of 's' has no D equivalent"):
        _to("""global s
probe syscall.read { s[execname()] <<< 1 }
probe timer.s(1) { foreach (k in s- limit 3) printf("%s %d\\n", k, @count(s[k])) }
""", "d")
    d = _to("""global s
probe syscall.read { s[execname()] <<< 1 }
probe timer.s(1) { foreach (k in s- limit 3) printf("%s %d\\n", k, @count(s[k])) delete s }
""", "d")
    assert "trunc(@s, 3);" in d


LATENCY = """global start, lat
probe syscall.read { start[tid()] = gettimeofday_us() }
probe syscall.read.return {
	if (tid() in start) {
		lat[execname()] <<< gettimeofday_us() - start[tid()]
		delete start[tid()]
	}
}
"""


def test_membership_of_an_array_of_time_stamps_is_a_non_zero_test():
    d = _to(LATENCY, "d")
    # an array keyed by the thread alone is a thread-local
    # (the probe's whole body is that `if`: D's predicate)
    assert "/self->start != 0/" in d and "self->start = 0;" in d
    assert "self->start = walltimestamp / 1000;" in d and "start[" not in d
    v = _to(LATENCY.replace("gettimeofday_us()", "1").replace("<<<", "+=")
            + 'probe end { printf("%d\\n", lat["sh"]) }\n', "vue")
    assert "__thread long long start;" in v and "when (start != 0)" in v and "start = 0;" in v


def test_membership_of_a_flag_array_in_vue():
    v = _to("""global seen
probe begin { seen["a"] = 1 printf("%d %d\\n", "a" in seen, ["b"] in seen) exit() }
""", "vue")
    assert 'printf("%d %d\\n", seen["a"] != 0, seen["b"] != 0);' in v


@pytest.mark.parametrize("store", ["a[1] = x", "a[1]--", "a[1] += x", 'a[1] = ""'])
def test_membership_where_a_stored_value_may_be_zero_is_a_companion_in_d_and_vue(store):
    src = f"global a, x\nprobe begin {{ x = 0 {store} printf(\"%d\\n\", 1 in a) exit() }}\n"
    # D and Vue keep an array of the keys a holds beside it (ir/presence.py)
    for lang, end in (("d", ";"), ("vue", ";")):
        out = _to(src, lang)
        assert f'a_in[1] = 1{end}' in out and 'printf("%d\\n", a_in[1]);' in out, out


def test_curpsinfo_psargs_is_stap_s_cmdline_cut_as_prargsz():
    src = "#pragma D option quiet\nBEGIN { printf(\"%s\\n\", curpsinfo->pr_psargs); exit(0); }\n"
    stp = translate_text(src, "x.d", "d", "stp")
    assert 'substr(cmdline_str(), 0, 79)' in stp, stp
    assert "curpsinfo->pr_psargs" in translate_text(stp, "x.stp", "stap", "d")


def test_stap_counting_statistics_printed_row_by_row_are_a_d_printa():
    """systemtap's syscalls_by_proc idiom: `a[k] <<< 1` read by @sum in a loop sorted
    by the default @count: with only 1s added, @sum is @count, one aggregation."""
    src = ("global calls\nprobe syscall_any { calls[execname()] <<< 1 }\n"
           "probe end { foreach (p in calls-) printf(\"%-10d %s\\n\", @sum(calls[p]), p) }\n")
    d = translate_text(src, "x.stp", "stap", "d")
    assert "@calls[execname] = count();" in d and 'printa("%@-10d %s\\n", @calls);' in d, d
    assert "#pragma D option aggsortrev" in d


def test_d_walltime_date_is_stap_ctime_of_local_seconds_with_the_year_first():
    stp = _from_d('#pragma D option quiet\nBEGIN\n{\n\tt = walltimestamp;\n'
                  '\tprintf("[%-24Y] %Y\\n", t, walltimestamp);\n}\n', "stap")
    frontends.parse(stp, "back.stp", "stap")
    # ctime() is `Wed Dec  2 01:10:33 2026`, D's %Y `2026 Dec  2 01:10:33` (local time:
    # tz_gmtoff() is seconds west of UTC); a value read once into a local
    assert "    date = ctime(gettimeofday_s() - tz_gmtoff())\n" in stp
    assert ('    printf("[%-24s] %s\\n", substr(ctime(t / 1000000000 - tz_gmtoff()), 20, 4) . " " . '
            'substr(ctime(t / 1000000000 - tz_gmtoff()), 4, 15), '
            'substr(date, 20, 4) . " " . substr(date, 4, 15))\n') in unwrapped(stp)
    assert stp.index("date = ctime") < stp.index('printf("[%-24s]')


def test_d_string_subroutines_are_stap_functions_the_translation_defines():
    stp = _from_d('#pragma D option quiet\nBEGIN\n{\n\ti = 1;\n\tprintf("%s %s %s %s %s %s %s\\n", '
                  'basename("/a/b/"), dirname("/a/b"), toupper("x"), tolower(execname), '
                  'substr("hello", -3), lltostr(i, 2), lltostr(-7));\n}\n', "stap")
    frontends.parse(stp, "back.stp", "stap")
    assert ('printf("%s %s %s %s %s %s %s\\n", dtrace_pathpart("/a/b/", 0), dtrace_pathpart("/a/b", 1), '
            'dtrace_strcase("x", 1), dtrace_strcase(execname(), 0), dtrace_substr("hello", -3, 256, 256), '
            'dtrace_lltostr(i, 2), sprintf("%d", -7))') in unwrapped(stp)
    # one definition per helper, after the probes
    for f in ("dtrace_pathpart:string(dt_s:string, dt_dir:long)",
              "dtrace_strcase:string(dt_s:string, dt_upper:long)",
              "dtrace_substr:string(dt_s:string, dt_index:long, dt_rem:long, dt_size:long)",
              "dtrace_lltostr:string(dt_v:long, dt_base:long)"):
        assert stp.count("function " + f) == 1 and stp.index("probe begin") < stp.index(f)
    assert 'sprintf("0x%x", 255)' in _from_d("BEGIN\n{\n\ttrace(lltostr(255, 16));\n}\n", "stap")


def test_a_d_string_helpers_locals_keep_clear_of_the_scripts_globals():
    # in a stap function a name of a global is that global
    stp = _from_d('#pragma D option quiet\nBEGIN\n{\n\tdt_s = "a";\n\tdt_r = 1;\n'
                  '\tprintf("%s %d\\n", toupper(dt_s), dt_r);\n}\n', "stap")
    frontends.parse(stp, "back.stp", "stap")
    helper = stp[stp.index("function dtrace_strcase"):]
    assert "dt_s_2:string" in helper and "dt_r_2 .= " in helper
    assert not re.search(r"\bdt_s\b|\bdt_r\b", helper)


def test_d_profile_n_is_stap_perf_cpu_clock_with_the_pcs_from_addr():
    stp = _from_d("#pragma D option quiet\nprofile-997\n/arg0/\n{\n\t@[execname] = count();\n}\n\n"
                  "tick-1s\n/arg1 == 0/\n{\n\texit(0);\n}\n", "stap")
    # every CPU, every 1e9/997 ns of its clock; arg0 the kernel PC, arg1 the user PC,
    # tested: the mode they say (ir/profilemode.py)
    assert "probe perf.sw.cpu_clock.sample(1003009)\n{\n    if (user_mode()) next\n" in stp
    assert "probe timer.s(1)\n{\n    if (user_mode()) next\n" in stp
    back = frontends.parse(stp, "back.stp", "stap")
    pt = back.probes[0].points[0]
    assert (pt.kind, pt.period_ns, pt.per_cpu) == ("timer", 1003009, True)
    assert "probe timer.profile\n" in _from_d("profile-250\n{\n\texit(0);\n}\n", "stap")


def test_a_provider_probes_names_are_constants_in_stap_and_vue():
    src = ('#pragma D option quiet\nproc:::exec-success\n{\n\tprintf("%s:%s:%s:%s\\n", probeprov, '
           'probemod, probefunc, probename);\n}\n')
    assert 'printf("proc:vmlinux::exec-success\\n")\n' in _from_d(src, "stap")
    vue = _from_d(src, "vue")
    frontends.parse(vue, "back.e", "vue")
    assert 'printf("proc:vmlinux::exec-success\\n");\n' in vue


def test_vue_says_why_it_cannot_compute_a_d_string_subroutine():
    with pytest.raises(XtraceError, match=r"Vue has no strlen\(\) function, and no way to compute "
                                          r"it: its string functions are strstr\(\) and atoi\(\) only"):
        _from_d('#pragma D option quiet\nBEGIN\n{\n\ttrace(strlen(execname));\n}\n', "vue")


FDS = """#pragma D option quiet
syscall::read:entry
{
	printf("%s %s %s %s %s %d %x\\n", fds[arg0].fi_pathname, fds[arg0].fi_name, fds[arg0].fi_dirname,
	    fds[arg0].fi_fs, fds[arg0].fi_mount, fds[arg0].fi_offset, fds[arg0].fi_oflags);
	printf("%s\\n", cwd);
}
"""


def test_d_fileinfo_of_a_descriptor_is_stap_task_fd_lookup_through_one_helper():
    stp = _from_d(FDS, "stap")
    frontends.parse(stp, "back.stp", "stap")
    file = "task_fd_lookup(task_current(), long_arg(1))"
    args = [f"dtrace_fileinfo({file}, {w})" for w in (2, 0, 1, 3, 4)] + \
        [f"dtrace_fileinfo_int({file}, {w})" for w in (5, 6)]
    assert ", ".join(args) + ")" in unwrapped(stp)
    # D's cwd: the working directory's struct path, d_path()-like from the task's root
    assert "log(fullpath_struct_path(task_cwd_path(task_current())))" in stp
    # each helper once; fi_name/fi_dirname are D's basename()/dirname() of the path
    assert stp.count("function dtrace_fileinfo:string(") == 1
    assert stp.count("function dtrace_pathpart:string(") == 1
    assert "return dtrace_pathpart(dt_p, dt_what)" in stp
    assert 'return "<none>"' in stp and "fullpath_struct_file(task_current(), dt_f)" in stp
    # stap writes an anonymous inode's name ANON_INODE:, d_path() (D) anon_inode:
    assert '"anon_inode:" . substr(dt_p, 11, strlen(dt_p) - 11)' in stp


def test_d_fileinfo_helpers_keep_out_of_the_scripts_globals():
    stp = _from_d("#pragma D option quiet\nsyscall::read:entry\n{\n\tdt_p = 1;\n"
                  "\tprintf(\"%s %d\\n\", fds[arg0].fi_name, dt_p);\n}\n", "stap")
    frontends.parse(stp, "back.stp", "stap")
    assert "global dt_p\n" in stp and "dt_p_2 = fullpath_struct_file(" in stp


def test_io_provider_file_is_the_block_requests_page_file_in_stap():
    stp = _from_d("io:::start\n{\n\t@[args[2]->fi_pathname, args[2]->fi_name] = count();\n"
                  "\ttrace(args[2]->fi_offset);\n}\n", "stap")
    frontends.parse(stp, "back.stp", "stap")
    assert "counts[dtrace_rq_fileinfo($rq, 2), dtrace_rq_fileinfo($rq, 0)] <<< 1" in stp
    assert "dtrace_rq_offset($rq)" in stp
    assert 'return &@container_of(dt_first, "struct dentry", d_u.d_alias)' in stp
    assert stp.count("function dtrace_rq_dentry:long(") == 1


def test_d_percent_s_escaped_is_a_stap_helper_on_text_str():
    stp = _from_d('#pragma D option quiet\nBEGIN\n{\n\tprintf("[%-10S] %S\\n", execname, '
                  '"a\\tb");\n\texit(0);\n}\n', "stap")
    frontends.parse(stp, "back.stp", "stap")
    assert 'printf("[%-10s] %s\\n", dtrace_strescape(execname()), dtrace_strescape("a\\tb"))' in stp
    assert stp.count("function dtrace_strescape:string(") == 1
    assert "dt_t = text_str(dt_s)" in stp
    # bytes above 0x7e: D's octal, not text_str()'s \\uXXXX
    assert 'sprintf("\\\\%03o", dt_c)' in stp


def test_vue_refuses_d_percent_s_escaped():
    with pytest.raises(XtraceError, match=r"%S \(D's string with C escapes\) has no Vue equivalent"):
        _from_d('#pragma D option quiet\nBEGIN\n{\n\tprintf("%S\\n", execname);\n}\n', "vue")


def test_d_id_and_epid_are_the_d_drivers_numbers_in_stap_and_vue():
    src = ('#pragma D option quiet\nBEGIN\n{\n\tprintf("%d %d\\n", id, epid);\n}\n\n'
           'syscall::openat:entry, syscall::close:entry\n{\n\tseen[probefunc] = epid;\n}\n\n'
           'END\n{\n\tprintf("%d %d %d\\n", id, epid, seen["close"]);\n}\n')
    stp = _from_d(src, "stap")
    frontends.parse(stp, "back.stp", "stap")
    # BEGIN 1, END 2; the syscall clause enables close (the lower ID) then openat
    assert 'printf("%d %d\\n", 1, 1)' in stp and 'printf("%d %d %d\\n", 2, 4, seen["close"])' in stp
    assert 'seen[name] = name == "close" ? 2 : name == "openat" ? 3 : 0' in stp
    vue = _from_d(src, "vue")
    frontends.parse(vue, "back.e", "vue")
    assert 'seen[get_function()] = get_function() == "close" ? 2 : get_function() == "openat" ? 3 : 0;' in vue
    # Vue's get_function() says pread for pread64: that choice stays a gap
    with pytest.raises(XtraceError, match="probe_id"):
        _from_d("#pragma D option quiet\nsyscall::read:entry, syscall::pread64:entry\n{\n\ttrace(id);\n}\n", "vue")


def test_d_date_of_now_is_vue_percent_a_of_timestamp_in_dtraces_layout():
    vue = _from_d('#pragma D option quiet\nBEGIN\n{\n\tprintf("now: %Y\\n", walltimestamp);\n}\n', "vue")
    frontends.parse(vue, "back.e", "vue")
    assert vue == ('@@BEGIN\n{\n    set_date_format("%Y %b %e %T");\n'
                   '    printf("now: %A\\n", timestamp());\n}\n')
    with pytest.raises(XtraceError, match="walltimestamp"):  # with a width: no Vue form
        _from_d('#pragma D option quiet\nBEGIN\n{\n\tprintf("%-24Y\\n", walltimestamp);\n}\n', "vue")


def test_d_index_with_a_start_and_strchr_are_stap_functions_the_translation_defines():
    stp = _from_d('#pragma D option quiet\nBEGIN\n{\n\tprintf("%d %d %d %s %s\\n", index("ab", "b", 1), '
                  'rindex("ab", "a"), index("ab", "b"), strchr("a/b", \'/\'), strrchr("a/b/c", \'/\'));\n}\n',
                  "stap")
    frontends.parse(stp, "back.stp", "stap")
    assert ('printf("%d %d %d %s %s\\n", dtrace_index("ab", "b", 1, 0), '
            'dtrace_index("ab", "a", 0x7fffffffffffffff, 1), strpos("ab", "b"), '
            'dtrace_strchr("a/b", 47, 0), dtrace_strchr("a/b/c", 47, 1))') in unwrapped(stp)
    assert stp.count("function dtrace_index:long(dt_s:string, dt_t:string, dt_pos:long, dt_rev:long)") == 1
    assert stp.count("function dtrace_strchr:string(dt_s:string, dt_c:long, dt_last:long)") == 1


def test_d_process_group_and_session_are_stap_pgrp_and_sid():
    stp = _from_d('#pragma D option quiet\nBEGIN\n{\n\tprintf("%d %d\\n", curpsinfo->pr_pgid, '
                  'curpsinfo->pr_sid);\n}\n', "stap")
    assert 'printf("%d %d\\n", pgrp(), sid())' in stp
    back = frontends.parse(stp, "back.stp", "stap")
    calls = [x for x in ir.walk(back.probes[0].body) if isinstance(x, ir.Call)]
    assert [(c.name, c.args) for c in calls] == [
        ("task_info", [ir.Builtin("curthread"), ir.IntLit(0)]),
        ("task_info", [ir.Builtin("curthread"), ir.IntLit(1)])]


RESERVED = """global args, args_, when, String
probe begin {
	args = 3; args_ = 4; when = 5; String = "s"
	printf("%d %d %d\\n", args, args_, when)
}
probe end { when++ }
"""


def test_a_stap_variable_d_reserves_is_renamed_with_a_suffix_no_other_variable_has():
    """`args` is D's probe arguments: it becomes `args__` (`args_` is taken)."""
    d = _to(RESERVED, "d")
    assert "int64_t args__;\nint64_t args_;\nint64_t when;\nstring String;\n" in d
    assert 'printf("%d %d %d\\n", args__, args_, when);' in d


def test_a_stap_variable_vue_reserves_is_renamed_and_its_auto_print_keeps_the_name():
    v = _to(RESERVED, "vue")
    assert "__global long long when_;\n__global String String_[128];\n" in v
    assert 'printf("%d %d %d\\n", args, args_, when_);' in v
    # stap prints the unread String at exit under its own name
    assert 'printf("String=\\"%s\\"\\n", String_);' in v


def test_stap_effective_ids_are_psinfo_members_in_d():
    d = _to('probe begin { printf("%d %d %d %d\\n", uid(), euid(), gid(), egid()); exit() }\n', "d")
    assert 'printf("%d %d %d %d\\n", uid, curpsinfo->pr_euid, gid, curpsinfo->pr_egid);' in d


def test_stap_pp_of_a_clause_on_several_timers_is_a_chain_on_probename_in_d():
    d = _to('probe begin, timer.ms(10), timer.s(60) { println(pp()); exit() }\n', "d")
    assert ('printf("%s\\n", probename == "BEGIN" ? "begin" : probename == "tick-10ms" ? '
            '"timer.ms(10)" : "timer.s(60)");') in unwrapped(d)


def test_stap_cpu_is_the_current_threads_cpuid_in_vue():
    v = _to('probe syscall.close { println(cpu() >= 0); exit() }\n', "vue")
    assert 'printf("%d\\n", __curthread->cpuid >= 0);' in v
    # IBM: no __curthread in @@BEGIN/@@END
    with pytest.raises(XtraceError, match=r"__curthread->cpuid, cannot be used in @@BEGIN or @@END"):
        _to('probe begin { println(cpu() >= 0); exit() }\n', "vue")


def test_a_bare_stap_tracepoint_is_named_with_its_system_in_d_and_its_pointer_args_cast():
    d = _to('probe kernel.trace("sched_switch") {\n    printf("%s %d\\n", kernel_string($next->comm), $prev == 0)\n    exit()\n}\n', "d")
    assert "tracepoint:sched::sched_switch\n" in d
    # D types a tracepoint's arguments as integers: the member read says what they point to
    assert 'printf("%s %d\\n", stringof(((struct task_struct *)args[2])->comm), args[1] == 0);' in d


def test_a_d_cast_of_a_tracepoint_argument_to_its_own_type_is_the_named_argument_in_stap():
    src = ('#pragma D option quiet\ntracepoint:sched::sched_switch\n{\n    printf("%s %s %d\\n", ((struct task_struct *)args[1])->comm,\n'
           '        stringof(((struct task_struct *)args[2])->comm), ((struct task_struct *)args[1])->pid);\n'
           '    printf("%d\\n", ((struct task_struct *)args[0])->pid);\n}\n')
    stp = _to(src, "stap", "d")
    # a task's comm read as a string is task_execname(); stringof() is kernel_string()
    assert 'printf("%s %s %d\\n", task_execname($prev), kernel_string($next->comm), $prev->pid)' in stp, stp
    # args[0] is `bool preempt`: a cast to another type stays a cast, of the
    # argument by its name (long_arg() and pointer_arg() read a function's registers)
    assert '@cast($preempt, "task_struct")->pid' in stp, stp


def test_a_bare_d_tracepoint_argument_is_the_named_parameter_in_stap():
    # D's args[N] (or argN) at a tracepoint reads the parameter's bits as an integer;
    # stap's long_arg() reads a function's registers, not a tracepoint's arguments
    src = ('#pragma D option quiet\ntracepoint:sched::sched_process_exec\n'
           '{\n    printf("%d %d\\n", arg0 == (uint64_t)curthread, args[1] == pid);\n}\n')
    stp = _to(src, "stap", "d")
    assert "$p == task_current(), $old_pid == pid()" in stp, stp
    assert "long_arg" not in stp


def test_d_effective_ids_are_stap_s_euid_and_egid():
    # curpsinfo->pr_euid reads the current task's cred, as stap's euid() does: no
    # member chain, and no try block (the current task's cred is always there)
    stp = _to('#pragma D option quiet\nBEGIN { printf("%d %d\\n", curpsinfo->pr_euid, '
              'curpsinfo->pr_egid); exit(0); }\n', "stap", "d")
    assert 'printf("%d %d\\n", euid(), egid())' in stp, stp
    assert "try" not in stp and "cred" not in stp


def test_stap_pgrp_and_sid_are_curpsinfos_in_d():
    d = _to('probe syscall.close {\n    printf("%d %d\\n", pgrp(), sid())\n    exit()\n}\n', "d")
    assert 'printf("%d %d\\n", curpsinfo->pr_pgid, curpsinfo->pr_sid);' in d


def test_a_stap_fallback_point_keeps_the_points_after_it_in_d():
    # `a!` that the kernel lacks is skipped, as stap skips it, where the kernel's names
    # are at hand (driver/translate_sufficient.py); unknown, it is not believed matched
    # and the points after it stay listed (D's -Z skips a missing a)
    src = 'probe kernel.function("xtrace_no_such_function_here")!, begin {\n    println("fallback")\n    exit()\n}\n'
    d = _to(src, "d")
    assert "fbt::xtrace_no_such_function_here" not in d and "BEGIN\n" in d
    import dataclasses
    from xtrace.driver.translate import _translation_target, translate_text
    target = dataclasses.replace(_translation_target(), known_functions=lambda boot: None)
    d = translate_text(src, "t.stp", "stap", "d", target=target)
    assert "fbt::xtrace_no_such_function_here:entry,\nBEGIN\n" in d and "#pragma D option zdefs" in d


def test_dtracetoolkit_date_idiom_becomes_an_if_without_an_idle_else():
    # execsnoop.d / opensnoop.d: `OPT_timestr ? printf("%-20Y ", walltimestamp) : 1;`
    src = ('#pragma D option quiet\ninline int OPT_timestr = 1;\n'
           'syscall::execve:entry { OPT_timestr ? printf("%-20Y ", walltimestamp) : 1; '
           'printf("%s\\n", execname); }\n')
    vue = translate_text(src, "t.d", "d", "vue")
    # DTrace's dates are 20 characters wide: %-20Y prints what %Y (Vue's %A) prints
    assert 'printf("%A ", timestamp());' in vue
    assert "else" not in vue and "(int)" not in vue
    assert re.search(r"if \(1\)\s*\{", vue)
    stap = translate_text(src, "t.d", "d", "stap")
    assert "else" not in stap and "0x80000000" not in stap


@pytest.mark.parametrize("to", ["d", "stap"])
def test_vue_float_keys_and_values_are_refused_not_taken_for_integers(to):
    src = '@@BEGIN\n{\n\tk[2.5] = 1;\n\tprintf("%d\\n", k[2.5]);\n\texit();\n}\n'
    with pytest.raises(XtraceError) as info:
        translate_text(src, "t.e", "vue", to)
    assert "float/double values have no" in info.value.message
    assert (info.value.loc.line, info.value.loc.col) == (3, 4)


def test_stap_system_is_a_destructive_action_d_must_be_allowed():
    """stap's system() needs no permission; D's refuses to enable without -w, so
    the translation asks for it with the option."""
    d = _to('probe begin { system("echo hi"); exit() }\n', "d")
    assert "#pragma D option destructive" in d and 'system("echo hi");' in d, d
    assert "destructive" not in _to('probe begin { println("hi"); exit() }\n', "d")


WHOLE_BODY_IF = """probe syscall.read {
	if (execname() == "head") {
		printf("%s read %d\\n", execname(), $count)
	}
}
"""


def test_a_probe_body_that_is_one_if_is_a_predicate_in_d_and_vue():
    # as a person ports it: D's /c/ and Vue's `when (c)`, no if around the whole body;
    # and stap's $count (sys_read's parameter) is the syscall's raw argument
    d = _to(WHOLE_BODY_IF, "d")
    assert 'syscall::read:entry\n/execname == "head"/\n{\n    printf("%s read %d\\n", execname, arg2);\n}' in d
    v = _to(WHOLE_BODY_IF, "vue")
    assert '@@syscall:*:read:entry\nwhen (__pname == "head")\n{\n    printf("%s read %d\\n", __pname, __arg3);\n}' in v


def test_an_if_with_else_or_an_assigning_condition_stays_in_the_body():
    d = _to(WHOLE_BODY_IF.replace("\t}\n", "\t} else { printf(\"other\\n\") }\n"), "d")
    assert "if (execname == \"head\")" in d and "/execname" not in d
    d = _to("global n\nprobe syscall.read { if (n++ > 3) { printf(\"x\\n\") } }\n", "d")
    assert "if (" in d and "/n" not in d


def test_a_condition_on_a_user_string_argument_stays_in_the_vue_body():
    # pathname is read with get_userstring(), a call, which Vue's `when` refuses
    # (conformance stap/sys_two_syscalls_one_probe, found by the matrix)
    v = _to('probe syscall.mkdir { if (pathname == "\\"/tmp/x\\"") printf("%s\\n", pathname) }\n', "vue")
    assert "when (" not in v
    # (the quotes of the literal and of stap's quoted pathname left out: ir/quotedstr.py)
    assert 'if (get_userstring(__arg1, -1) == "/tmp/x")' in v, v


def test_a_comment_trailing_a_statement_goes_above_that_statement():
    """`timed++  # slept` is about timed++: in D and Vue the comment is written
    just above it (in stap at the end of its line), not above the statement after it (the frontends collect a comment
    before the next statement; ir/trailing_comments.py moves it back)."""
    stp = ('global n, m\nprobe syscall.read {\n  # reads\n  n++  # count one\n  m = 1\n'
           '  if (n > 2) n = 0  // wrap\n}\nprobe end { printf("%d %d\\n", n, m) }\n')
    d = translate_text(stp, "x.stp", "stap", "d")
    assert "    /* reads */\n    /* count one */\n    n++;\n    m = 1;\n" in d, d
    assert "    /* wrap */\n    if (n > 2)\n        n = 0;\n" in d, d
    vue = translate_text(stp, "x.stp", "stap", "vue")
    assert "    /* count one */\n    n++;\n" in vue, vue
    src = "BEGIN\n{\n  x = 1; /* one */\n  y = 2;\n  /* before z */\n  z = 3;\n  printf(\"%d\", x + y + z);\n}\n"
    back = translate_text(src, "x.d", "d", "stp")
    # stap keeps the comment at the end of the line (print_trailing.py)
    assert "    x = 1  # one\n    y = 2\n    # before z\n    z = 3\n" in back, back


def test_the_target_programs_functions_translate_without_knowing_the_program():
    """D's pid$target::f:entry and Vue's @@uft:$__CPID:*:f:entry name f in any object of
    the -c command's process, D's pid$target:a.out:f and stap's path-less
    process.function("f") the program's; a translation has no -c, and needs none
    to say the same point in the other language (it used to stop at 'probes of the
    target process need -c CMD'). With no program to read, stap's port of an
    every-object point is libc's function where the C library defines it (what such
    scripts probe: malloc), else the program's. A process by number is D's pidNNN
    and stap's process(NNN) (it needed the process until stap's process(PID) could be
    read back)."""
    vue = translate_text('pid$target::malloc:entry { @n = count(); }\n', "x.d", "d", "vue")
    assert "@@uft:$__CPID:*:malloc:entry" in vue
    d = translate_text('@@uft:$__CPID:*:malloc:entry\n{ printf("m %d\\n", __arg1); }\n', "x.e", "vue", "d")
    assert 'pid$target::malloc:entry\n{\n    printf("m %d\\n", arg0);' in d, d
    stp = translate_text('pid$target::malloc:return { @n = count(); }\n', "x.d", "d", "stp")
    assert ('probe process("' + LIBC + '").function("malloc").return\n{\n    if (pid() != target()) next\n'
            '    n <<< 1\n}') in stp, stp
    stp = translate_text('@@uft:$__CPID:*:work:entry\n{ printf("w\\n"); }\n', "x.e", "vue", "stp")
    assert 'probe process.function("work")\n{\n    printf("w\\n")\n}' in stp, stp
    # a user function's return value is returnval(): $return needs the program's debuginfo
    stp = translate_text('@@uft:$__CPID:*:work:exit\n{ printf("%d\\n", __rv); }\n', "x.e", "vue", "stp")
    assert 'probe process.function("work").return\n{\n    printf("%d\\n", returnval())\n}' in stp, stp
    # and back: stap's path-less point is the program's, D's a.out (Vue has no
    # spelling of the program alone: `*`, every object, is the nearest)
    src = 'probe process.function("work").return { printf("%d\\n", $return) }\n'
    assert "pid$target:a.out:work:return\n" in translate_text(src, "x.stp", "stap", "d")
    assert "@@uft:$__CPID:*:work:exit\n" in translate_text(src, "x.stp", "stap", "vue")
    stp = translate_text('@@uft:123450:*:foo:entry\n{ printf("foo\\n"); }\n', "x.e", "vue", "stp")
    assert 'probe process(123450).function("foo")\n' in stp, stp
    assert "pid123450:a.out:foo:entry\n" in translate_text(stp, "x.stp", "stap", "d")


def test_a_library_function_is_the_uft_module_field_not_the_process_field():
    """IBM's uft tuple is @@uft:PID|PROGRAM:MODULE:FUNCTION:entry|exit. D's
    pid$target:libc.so.6:f and stap's process("/lib/.../libc.so.6").function("f")
    used to print the library in the process field (`@@uft:libc.so.6:*:f:entry`),
    which xtrace read back as a program of that name in the current directory. The
    library is the module field, named by its file name where the library
    directories find it again; a program by path stays in the process field."""
    from xtrace.frontends.vue import uftlibs
    libc = uftlibs.find_library("libc.so.6")
    assert libc is not None
    src = '#pragma D option quiet\npid$target:libc.so.6:sync:entry { printf("sync\\n"); }\n'
    vue = translate_text(src, "x.d", "d", "vue")
    assert vue.startswith("@@uft:$__CPID:libc.so.6:sync:entry\n{\n"), vue
    stp = f'probe process("{libc}").function("uname").return {{ printf("%d\\n", $return) }}\n'
    vue = translate_text(stp, "x.stp", "stap", "vue")
    assert "@@uft:$__CPID:libc.so.6:uname:exit\n" in vue, vue
    # a process by number keeps its number; a library outside the library directories its path
    vue = translate_text('#pragma D option quiet\npid123:libc.so.6:sync:entry { printf("s\\n"); }\n',
                         "x.d", "d", "vue")
    assert "@@uft:123:libc.so.6:sync:entry" in vue, vue
    assert uftlibs.module_field("/opt/app/libfoo.so.1") == "/opt/app/libfoo.so.1"
    assert uftlibs.module_field("/usr/bin/test") is None
    vue = translate_text('probe process("/usr/bin/python3.11").function("Py_BytesMain") '
                         '{ printf("m\\n") }\n', "x.stp", "stap", "vue")
    assert "@@uft:/usr/bin/python3.11:*:Py_BytesMain:entry" in vue, vue
    # and each reads back as the same probe point in Vue
    back = translate_text(translate_text(src, "x.d", "d", "vue"), "x.e", "vue", "d")
    assert "pid$target:libc.so.6:sync:entry" in back, back


def test_a_library_of_the_target_process_keeps_its_process_filter_in_stap():
    """D's pid$target:libc.so.6:f and Vue's @@uft:$__CPID:libc.a:f fire in the -c
    command's process only, but stap's process("libc.so.6") probe fires in every
    process mapping the library: the stap port used to drop the filter. It now tests
    `pid() != target()` first (the source's predicate a guard after it), and stap
    reads that test back as the same filter (the round trip's IR is the source's)."""
    src = '#pragma D option quiet\npid$target:libc.so.6:sync:entry /arg0 > 2/ { printf("x\\n"); }\n'
    stp = translate_text(src, "x.d", "d", "stp")
    assert ('probe process("' + LIBC + '").function("sync")\n{\n    if (pid() != target()) next\n'
            '    if (long_arg(1) <= 2) next\n') in stp, stp
    assert translate_text(stp, "x.stp", "stap", "d") == ('#pragma D option quiet\n\npid$target:libc.so.6:'
                                                      'sync:entry\n/arg0 > 2/\n{\n    printf("x\\n");\n}\n')
    prog = frontends.parse(stp, "x.stp", "stap")
    (pt,) = prog.probes[0].points
    assert pt.target_only and prog.probes[0].predicate is not None
    vue = translate_text(stp, "x.stp", "stap", "vue")
    assert vue.startswith("@@uft:$__CPID:libc.so.6:sync:entry\nwhen (__arg1 > 2)\n"), vue
    # a stap body under `if (pid() == target())` is the same filter
    wrapped = ('probe process("/usr/lib/x86_64-linux-gnu/libc.so.6").function("sync")\n'
               '{\n    if (pid() == target())\n        printf("s\\n")\n}\n')
    assert "/*" not in translate_text(wrapped, "x.stp", "stap", "vue").split("@@uft")[0]


def test_a_library_in_every_process_says_so_where_the_target_follows_one_process():
    """stap's process("libc.so.6") probe without a process test sees every process;
    D's pid provider and Vue's uft follow one: the port says which it sees."""
    src = 'probe process("/usr/lib/x86_64-linux-gnu/libc.so.6").function("sync") { printf("s\\n") }\n'
    d = translate_text(src, "x.stp", "stap", "d")
    assert ("/* the source's probe fires in every process mapping libc.so.6, this one in the "
            "-c/-p process only */\npid$target:libc.so.6:sync:entry\n") in d, d
    vue = translate_text(src, "x.stp", "stap", "vue")
    assert ("/* the source's probe fires in every process mapping libc.so.6, this one in the "
            "-X process only */\n@@uft:$__CPID:libc.so.6:sync:entry\n") in vue, vue


def test_a_d_speculation_is_refused_at_speculation_naming_the_nearest():
    """`self->spec = speculation()` comes before the speculate() it serves: the refusal
    there used to say only "Vue has no speculation() function (with these arguments)";
    it said what speculative tracing is and Vue's nearest, tentative tracing. A
    speculation held in a variable is that now (frontends/vue/spec_tentative.py); one
    not stored whole in a variable is refused at the speculation() call."""
    src = ("#pragma D option quiet\nsyscall::read:entry { self->spec = speculation(); "
           "speculate(self->spec); printf(\"x\\n\"); }\n"
           "syscall::read:return /self->spec/ { commit(self->spec); self->spec = 0; }\n")
    vue = translate_text(src, "s.d", "d", "vue")
    assert '    spec = 1;\n    start_tentative("spec");\n    printf("x\\n");' in vue
    kept = src.replace("self->spec = speculation();", "self->a[0] = speculation(); self->spec = 1;")
    with pytest.raises(XtraceError) as e:
        translate_text(kept, "s.d", "d", "vue")
    assert (e.value.loc.line, e.value.loc.col) == (2, 36)
    assert "nearest: a variable holding the id, `self->spec = speculation()`" in e.value.message
    # stap has speculative.stp: the clause's record is speculate(id, text) there
    # (tests/test_spec_stap.py)
    stp = translate_text(src, "s.d", "d", "stp")
    assert '    speculate(spec[tid()], "x\\n")\n' in stp, stp


def test_stap_user_mode_is_vue_kernelmode_read_the_other_way():
    """stap's user_mode() was refused in Vue ("Vue has no user_mode() function"), yet
    Vue says the same fact with __kernelmode (1 in kernel code, 0 in user code):
    user_mode() is `__kernelmode == 0`, and that reads back as user_mode() in stap.
    VM: conformance stap/user_mode_by_probe (-> vue) and vue/builtin_kernelmode (-> stap)
    pass in the matrix."""
    src = ("global k, u\nprobe timer.profile { if (user_mode()) u++ else k++ }\n"
           "probe end { printf(\"%d %d\\n\", k > 0, u >= 0) }\n")
    vue = translate_text(src, "x.stp", "stap", "vue")
    assert "@@interval:*:clock:4:*\n{\n    if (__kernelmode == 0)\n        u++;\n" in vue, vue
    back = translate_text(vue, "x.e", "vue", "stp")
    assert "    if (user_mode())\n        u++\n" in back, back
    # Vue's __kernelmode itself, and compared with 1, is the negation
    e = ('@@syscall:*:sync:entry\n{\n\tprintf("%s %d\\n", __kernelmode == 1 ? "kernel" : "user", '
         '__kernelmode);\n}\n')
    stp = translate_text(e, "x.e", "vue", "stp")
    assert 'printf("%s %d\\n", !user_mode() ? "kernel" : "user", !user_mode())' in stp, stp


def test_a_process_test_first_is_the_syscall_tuples_pid_field():
    """D's `/pid == $target/` and stap's `if (pid() == target())` at a system call were
    `@@syscall:*:write:entry when (__pid == $__CPID)`; a porter writes the process in the
    tuple, `@@syscall:$__CPID:write:entry`, which Vue reads back as the same test first."""
    d = ('#pragma D option quiet\nsyscall::write:entry /pid == $target/ '
         '{ printf("%s", stringof(copyin(arg1, arg2))); }\n'
         'syscall:::entry /pid == 42 && execname == "x"/ { n++; }\n')
    vue = translate_text(d, "x.d", "d", "vue")
    assert "@@syscall:$__CPID:write:entry\n{\n" in vue, vue
    assert '@@syscallx:42:*:entry\nwhen (__pname == "x")\n{\n' in vue, vue
    back = translate_text(vue, "x.e", "vue", "d")
    assert "syscall::write:entry\n/pid == $target/\n" in back, back
    stp = 'probe syscall.sync { if (pid() == target()) printf("s\\n") }\n'
    assert "@@syscall:$__CPID:sync:entry\n{\n" in translate_text(stp, "x.stp", "stap", "vue")


def test_a_d_strsize_tells_the_stap_user_how_to_size_strings():
    """D's strsize=N cuts strings at N characters; a stap script cannot size its
    strings (MAXSTRINGLEN) without -g, so the port says the command line that does
    (xtrace stap -DMAXSTRINGLEN=6 runs strsize_option's port with D's output)."""
    src = ('#pragma D option quiet\n#pragma D option strsize=5\n'
           'BEGIN { x = strjoin("abc", "defgh"); printf("%s\\n", x); exit(0); }\n')
    stp = translate_text(src, "x.d", "d", "stp")
    assert stp.startswith("# D's strsize=5: run with stap -DMAXSTRINGLEN=6\n\n"), stp
    assert "MAXSTRINGLEN" not in translate_text(src.replace("#pragma D option strsize=5\n", ""),
                                               "x.d", "d", "stp")


def test_a_d_strjoin_onto_itself_is_stap_s_append():
    """D has no `.=`: `s = strjoin(s, t)` is how it appends, which stap says `s .= t`
    (so stap's `.=` comes back from D as written); a key that calls something
    would be read twice in the long form, and a Vue script's `x = x + y` stays long."""
    stp = _from_d('string a[string];\nBEGIN\n{\n    s = "a";\n    s = strjoin(s, "b");\n    a["k"] = strjoin(a["k"], s);\n'
                  '    a[execname] = strjoin(a[execname], s);\n    s = strjoin("x", s);\n'
                  '    a[substr(s, 1)] = strjoin(a[substr(s, 1)], s);\n'
                  '    printf("%s %s\\n", s, a["k"]);\n    exit(0);\n}\n', "stap")
    assert 's .= "b"' in stp and 'a["k"] .= s' in stp and 's = "x" . s' in stp, stp
    assert "a[execname()] .= s" in stp  # execname() reads the same both times
    assert ".= s" not in stp.split("a[execname()] .= s")[1], stp
    vue = translate_text('@@BEGIN\n{\n    s = "a";\n    s = s + "b";\n    printf("%s\\n", s);\n'
                         '    exit();\n}\n', "t.e", "vue", "stap")
    assert 's = s . "b"' in vue, vue


def test_a_d_end_clause_of_stap_s_autoprint_lines_is_stap_s_autoprint():
    """stap's auto-print of written-only globals is an END clause of printf()s in D;
    back in stap it is no clause (stap prints them itself, in declaration order);
    a clause that prints anything else, or another order, stays."""
    stp = 'global n, s\nprobe begin { n = 7 s = "hi" exit() }\n'
    d = _to(stp, "d")
    assert 'printf("n=0x%x\\n", n);' in d and 'printf("s=\\"%s\\"\\n", s);' in d, d
    back = _from_d(d, "stap")
    assert "probe end" not in back and "printf" not in back, back
    swapped = d.replace('    printf("n=0x%x\\n", n);\n', "").replace(
        '    printf("s=\\"%s\\"\\n", s);\n', '    printf("s=\\"%s\\"\\n", s);\n    printf("n=0x%x\\n", n);\n')
    assert 'printf("n=%#x\\n", n)' in _from_d(swapped, "stap")
    assert 'printf("n=%x\\n", n)' in _from_d(d.replace("n=0x%x", "n=%x"), "stap")


def test_stap_keeps_the_l_and_ll_length_modifiers_it_accepts():
    """stap takes %ld/%lld/%lu/%lx (no-ops: its numbers are 64-bit), so a translation
    keeps them as written; modifiers stap does not take are dropped."""
    stp = _from_d('#pragma D option quiet\nBEGIN\n{\n    printf("%ld %lld %lu %lx %zd\\n", '
                  '1LL, 2LL, 3LL, 255LL, 4LL);\n    exit(0);\n}\n', "stap")
    assert 'printf("%ld %lld %lu %lx %d\\n", 1, 2, 3, 255, 4)' in stp, stp
    vue = translate_text('@@BEGIN\n{\n    long long x;\n    x = 5;\n    printf("%lld\\n", x);\n'
                         '    exit();\n}\n', "t.e", "vue", "stap")
    assert 'printf("%lld\\n", x)' in vue, vue


def test_a_d_0x_prefix_before_a_plain_hex_is_stap_s_alternate_form():
    """stap's %#x (0x even for 0) is 0x%x in D; back in stap, 0x%x is %#x again, which
    prints the same; a width or another conversion's 0 stays as written."""
    stp = _from_d('#pragma D option quiet\nBEGIN\n{\n    printf("0x%x 0X%X 0x%8x %0x%x\\n", '
                  '0LL, 255LL, 1LL, 2LL, 3LL);\n    exit(0);\n}\n', "stap")
    assert 'printf("%#x %#X 0x%8x %0x%x\\n", 0, 255, 1, 2, 3)' in stp, stp
    back = _from_d('#pragma D option quiet\nBEGIN\n{\n    printf("0x%x\\n", 0LL);\n    exit(0);\n}\n',
                   "stap")
    # (the D printer writes LL on negative constants only)
    assert 'printf("0x%x\\n", 0);' in translate_text(back, "b.stp", "stap", "d")


def test_vue_keeps_a_cast_that_widens_a_c_int_and_d_writes_it_back():
    """A 64-bit cast of a constant or of a narrower cast is C's widening of an int:
    kept in Vue's IR as D keeps it, so the D translation says it again (a 64-bit
    cast of a variable converts nothing in the IR and stays dropped)."""
    prog = frontends.parse('@@BEGIN\n{\n    printf("%llu %llx %d\\n", (unsigned long long)-1, (long long)(int)-1, '
                           '(long long)__pid);\n    exit();\n}\n', "t.e", "vue")
    args = prog.probes[0].body.stmts[0].args
    assert isinstance(args[0], ir.Cast) and args[0].to.bits == 64 and not args[0].to.signed
    assert isinstance(args[1], ir.Cast) and isinstance(args[1].operand, ir.Cast) \
        and args[1].operand.to.bits == 32 and args[1].operand.operand == ir.IntLit(-1)
    assert isinstance(args[2], ir.Builtin)
    d = _to('#pragma D option quiet\nBEGIN\n{\n    printf("%llu %llx %x\\n", (unsigned long long)-1, '
            '(int64_t)(int)-1, ~0LL);\n    exit(0);\n}\n', "vue", "d")
    back = translate_text(d, "t.e", "vue", "d")
    assert 'printf("%llu %llx %x\\n", (unsigned long long)-1, (long long)(int)-1, ~(long long)0);' in back, back


def test_d_shows_an_int_at_its_width_so_vues_mask_is_dropped_back_in_d():
    # Vue's printf shows 64 bits: a negative D int shown unsigned is masked to the
    # 32 bits D shows (a short to its 16: libdtrace reads a short's record as two bytes)
    vue = _to('#pragma D option quiet\nBEGIN\n{\n    printf("%x %u %x\\n", -1, ~0, (short)-1);\n    exit(0);\n}\n',
              "vue", "d")
    assert 'printf("%x %u %x\\n", -1 & 0xffffffff, ~0 & 0xffffffff, (unsigned short)-1);' in vue, vue
    d = translate_text(vue, "t.e", "vue", "d")
    assert 'printf("%x %u %x\\n", -1, ~0, (unsigned short)-1);' in d, d
    # a mask of a 64-bit value (Vue's own) stays: D would show all 64 bits of x
    d = translate_text('long long x;\n@@BEGIN\n{\n    x = -1;\n    printf("%x\\n", x & 0xffffffff);\n    exit();\n}\n',
                       "t.e", "vue", "d")
    assert 'printf("%x\\n", x & 0xffffffff);' in d, d


def test_a_vue_string_global_only_read_is_declared_only_back_from_stap():
    stp = _to('String s[32];\n@@BEGIN\n{\n    printf("[%s]\\n", s);\n    exit();\n}\n', "stap", "vue")
    assert 'global s = ""' in stp, stp
    vue = translate_text(stp, "t.stp", "stap", "vue")
    assert "String s[" in vue and 's = "";' not in vue, vue
    # a string global the script also writes keeps its initial value as an assignment
    vue = translate_text('global s = ""\nprobe begin { s = s . "x" println(s) exit() }\n', "t.stp", "stap", "vue")
    assert 's = "";' in vue, vue


def test_a_thread_local_is_declared_among_the_stap_globals_in_first_use_order():
    stp = _to('#pragma D option quiet\nint64_t n;\nsyscall::read:entry\n{\n    self->ts = timestamp;\n}\n\n'
              'syscall::read:return\n/self->ts/\n{\n    n++;\n    self->ts = 0;\n}\n\n'
              'END\n{\n    printf("%d\\n", n);\n}\n', "stap", "d")
    assert stp.startswith("global ts  # thread-local ts, keyed by tid()\nglobal n\n"), stp


def test_a_negated_vue_constant_shown_unsigned_stays_64_bits_in_d():
    # Vue's ~0 and ~5 are 64-bit; D reads them as int, whose %x shows 32 bits
    src = '@@BEGIN {\n\tprintf("%x %u %d\\n", ~0, ~5, ~0);\n\texit();\n}\n'
    d = translate_text(src, "t.e", "vue", "d")
    assert 'printf("%x %u %d\\n", ~0LL, ~5LL, ~0);' in d


def test_d_caller_is_stap_caller_addr_and_back():
    # at a kernel function's entry the caller frame is always there: caller_addr()
    src = ('#pragma D option quiet\nfbt::vfs_read:entry\n{\n    @[caller] = count();\n}\n\n'
           'END\n{\n    printa("%@8u %a\\n", @);\n}\n')
    stp = translated(src, "stap", "d")
    assert "counts[caller_addr()] <<< 1" in stp, stp
    assert 'printf("%8u %s\\n", @count(counts[key]), dtrace_addr(key))' in stp, stp
    assert "function dtrace_addr:string(dt_a:long)" in stp and "symdata(dt_a)" in stp, stp
    # and stap's caller_addr() at a kernel function (or a timer) is D's caller
    d = translated('probe kernel.function("vfs_read") { printf("%x\\n", caller_addr()); exit() }\n', "d")
    assert 'printf("%x\\n", caller);' in d, d
    # BEGIN has no kernel caller: D's is 0, stap's caller_addr() an error
    assert 'printf("%d\\n", 0)' in translated('BEGIN { printf("%d\\n", caller); exit(0); }\n', "stap", "d")
    assert "caller_addr() has no D equivalent" in _gap('probe begin { println(caller_addr()) }\n', "d")


def test_d_caller_at_a_profile_tick_is_caller_addr_or_0():
    # a tick in user space has no kernel caller: D's caller is 0, where stap's
    # caller_addr() raises an error, so the translation catches it
    stp = translated('profile-997 { @[caller] = count(); }\n', "stap", "d")
    assert "[dtrace_caller()] <<< 1" in stp, stp
    assert "try { return caller_addr() } catch { return 0 }" in stp, stp
    # which is D's caller again, wherever it is called
    d = translate_text(stp, "t.stp", "stap", "d")
    assert "@[caller] = count();" in d and "function" not in d, d


def test_d_caller_has_no_vue_equivalent():
    with pytest.raises(XtraceError, match=r"D's caller, stap's caller_addr\(\)\) has no Vue equivalent"):
        translate_text('#pragma D option quiet\ntick-1s { printf("%d\\n", caller); exit(0); }\n', "t.d", "d", "vue")


def test_the_callers_tapset_keeps_clear_of_the_scripts_globals():
    # its parameters and locals are not the script's `user`, `n` and `addr`
    src = ('global user, n, addr\nprobe kernel.function("vfs_read") {\n'
           '    user = caller_addr(); n = stack(0); addr = caller(); println(callers(1)); exit()\n}\n')
    frontends.parse(src, "t.stp", "stap")


def test_a_stap_function_with_a_loop_is_written_out_and_its_loop_refused_where_it_stands():
    # (a count of 3 would be written out: tests/test_unroll.py)
    src = ('global total\nfunction first(n) { for (i = 0; i < n; i++) total++; return total }\n'
           'probe begin { printf("%d\\n", first(30)); exit() }\n')
    for to, lang in (("d", "D"), ("vue", "Vue")):
        with pytest.raises(XtraceError) as ex:
            translate_text(src, "f.stp", "stap", to)
        assert ex.value.message.startswith(f"{lang} has no loops; this 'for' loop cannot be "
                                           f"expressed in {lang} (30 passes: more than the 16")
        assert (ex.value.loc.line, ex.value.loc.col) == (2, 21)


def test_a_stap_printing_function_called_from_a_timer_is_a_d_printa_there():
    # syscalls_by_proc-style: the function's foreach prints the 20 largest, then empties
    src = ('global syscalls\nfunction print_top() {\n'
           '  printf("%-10s %-s\\n", "#SysCalls", "Process Name")\n'
           '  foreach (proc in syscalls- limit 20)\n'
           '    printf("%-10d %-s\\n", @count(syscalls[proc]), proc)\n'
           '  printf("---\\n\\n")\n  delete syscalls\n}\n'
           'probe kernel.trace("sys_enter") { syscalls[execname()] <<< 1 }\n'
           'probe timer.ms(5000) { print_top() }\n')
    d = translate_text(src, "s.stp", "stap", "d")
    assert ('profile:::tick-5s\n{\n    printf("%-10s %-s\\n", "#SysCalls", "Process Name");\n'
            '    trunc(@syscalls, 20);\n    printa("%@-10d %-s\\n", @syscalls);\n'
            '    printf("---\\n\\n");\n    trunc(@syscalls);\n}') in d
    assert "#pragma D option aggsortrev" in d


def test_d_percent_i_of_an_unsigned_value_is_signed_at_its_width_in_ports():
    # libdtrace checks %i as any integer and prints it signed at the record's width
    # (pfcheck_xint, pfprint_sint): `%i` of (unsigned char)0xef is -17; stap's %i is
    # 64 bits and C promotes an unsigned char to int (239). VM: d/printf_i_unsigned.
    src = ('#pragma D option quiet\nBEGIN { this->u = (unsigned char)200; printf("%i %i %d\\n", '
           '(unsigned char)0xef, this->u, this->u); exit(0); }')
    stap = translate_text(src, "t.d", "d", "stap")
    assert 'printf("%i %i %d\\n", -17, ((u & 0xff) ^ 0x80) - 0x80, u)' in stap
    vue = translate_text(src, "t.d", "d", "vue")
    assert 'printf("%i %i %d\\n", (signed char)0xef, (signed char)u, u);' in vue


def test_stap_local_a_d_port_would_type_int_is_declared_int64():
    # D types `this->x = 5;` int for every clause: x's later wide value or product
    # would keep 32 bits (VM: stap/local_wide_values, d/this_declared_int64)
    d = translate_text('probe begin { x = 5; y = x * 1000000000; t = 1; t = t + 0x100000000; '
                       'n = 0; n++; c = 1 < 2; printf("%d %d %d %d\\n", y, t, n, c); exit() }',
                       "t.stp", "stap", "d")
    assert "this int64_t x;\nthis int64_t t;\n" in d
    assert "this int64_t y" not in d and "this int64_t n" not in d and "this int64_t c" not in d
    # first compounded: the port starts it at `this->x = 0;`, an int too
    d = translate_text('probe begin { x += gettimeofday_ns(); printf("%d\\n", x > 0); exit() }',
                       "t.stp", "stap", "d")
    assert "this int64_t x;" in d and "this->x = 0;" in d


def test_profile_997_is_a_1ms_vue_interval_with_a_note_and_4999_stays_refused():
    # the flame-graph idiom: 997 a second on each CPU; Vue's 1 ms is within 1% of it
    vue = _from_d("#pragma D option quiet\nprofile-997\n/arg0/\n{\n\tn++;\n}\n"
                  "END\n{\n\tprintf(\"%d\\n\", n);\n}\n", "vue")
    assert ("/* profile-997: 997 a second on each CPU; Vue's intervals are whole "
            "milliseconds, so 1000 here */\n@@interval:*:clock:1:*\n") in vue, vue
    frontends.parse(vue, "back.e", "vue")
    assert "@@interval:*:clock:10:*" in _from_d("#pragma D option quiet\nprofile-99\n{\n\tn++;\n}\n", "vue")
    # every 0.2 ms: no whole millisecond is near it, the counts would be of another size
    with pytest.raises(XtraceError, match=r"whole milliseconds, not 200040 ns \('profile-4999'\)"):
        _from_d("#pragma D option quiet\nprofile-4999\n{\n\tn++;\n}\n", "vue")


def test_whole_ms_near_is_within_two_percent_of_the_rate():
    from xtrace.frontends.vue.periods import whole_ms_near
    assert whole_ms_near(1_003_009) == 1      # 997 Hz -> 1000
    assert whole_ms_near(10_101_010) == 10    # 99 Hz -> 100 (1.0%)
    assert whole_ms_near(10_309_278) is None  # 97 Hz -> 100 would be 3% more
    assert whole_ms_near(20_408_163) is None  # 49 Hz -> 50 would be 2.04% more
    assert whole_ms_near(5_000_000) is None   # whole already
    assert whole_ms_near(200_040) is None     # 4999 Hz


def test_stap_delete_of_a_scalar_is_its_zero_stored_and_back_in_stap_a_delete():
    # stap's delete of a scalar sets it back to 0 or ""; it also counts as a use, so
    # stap does not print the global at exit (lwtools' biolatency-nd.stp's `delete secs`)
    src = ('global n, s, shown\nprobe begin { if (++n == 1) shown = 1; s = "x"; exit() }\n'
           'probe end { delete n; delete s }\n')
    d = _to(src, "d")
    assert "    n = 0;\n    s = \"\";\n" in d, d
    assert 'printf("shown=0x%x\\n", shown);' in d and '"n=0x' not in d
    vue = _to(src, "vue")
    assert "    n = 0;\n    s = \"\";\n" in vue, vue
    back = translate_text(d, "t.d", "d", "stap")
    # (s, stored and never read in D, is left out: nothing prints it either way)
    assert "    delete n\n" in back and "s = " not in back, back
    assert "printf(" not in back  # `shown` is stap's own auto-print again


def test_a_d_global_only_incremented_in_a_condition_and_zeroed_is_deleted_in_stap():
    # stap takes `++n` in a condition for no read: without the delete it would print n
    stp = _from_d("BEGIN\n{\n\tif (++n == 1)\n\t\tprintf(\"first\");\n\tn = 0;\n\texit(0);\n}\n", "stap")
    assert "delete n" in stp and "n = 0" not in stp, stp


def test_a_printf_of_one_text_or_another_is_an_if_of_printfs_in_d():
    # ir/printfbranches.py: each arm's text in its printf's format; a decided choice
    # (a tapset's constant flag) is the one printf
    from xtrace.ir.printfbranches import ternary_printfs_as_ifs
    from xtrace.ir.types import INT64, STRING
    x = ir.Var("x", "global", type=INT64)
    pf = ir.Printf("[%s]\n", [ir.Ternary(ir.Binary("<", x, ir.IntLit(0, type=INT64), type=INT64),
                                         ir.Sprintf("%d!", [x], type=STRING), ir.StrLit("ok", type=STRING),
                                         type=STRING)])
    prog = ir.Program("t.stp", "stap", [], [ir.Probe([ir.ProbePoint("begin")], ir.Block([pf]))])
    got = ternary_printfs_as_ifs(prog).probes[0].body.stmts[0]
    assert isinstance(got, ir.If) and got.then.args[0] == pf.args[0].then and got.else_.args[0] == pf.args[0].else_
    # a side effect among the other arguments keeps the printf as it is
    pf.args.insert(0, ir.Assign(x, "+=", ir.IntLit(1, type=INT64), type=INT64))
    pf.fmt = "%d [%s]\n"
    assert ternary_printfs_as_ifs(prog) is prog
    d = _to('probe begin { printf("\\033[1%s", 1 ? sprintf(";%d", 5) : "")  exit() }\n', "d")
    assert 'printf("\\033[1;%d", 5);' in d and "if (1)" not in d, d


def test_tracemem_of_kernel_memory_is_in_the_clauses_try_block_in_stap():
    # the dump reads its bytes (kernel_char()), which faults at an unmapped address: D
    # ends the clause there and goes on, so the stap port catches it
    stp = _from_d("#pragma D option quiet\nBEGIN\n{\n\ttracemem(0, 16);\n}\n", "stap")
    assert "    try {\n        printf(\"%s\", tracemem_kernel(0, 16, 0))\n    } catch { }\n" in stp, stp


def test_a_vue_long_long_local_that_grows_is_a_64_bit_d_clause_local():
    # D types `this->x = 5;` int: the Vue local declared long long, multiplied, is
    # declared `this int64_t x;` (frontends/d/widelocals.py); an int one stays D's int
    vue = ('@@BEGIN\n{\n\t__auto long long x;\n\t__auto int n;\n\tx = 5;\n\tn = 5;\n'
           '\tprintf("%lld %d\\n", x * 1000000000, n * 2);\n\texit();\n}\n')
    d = _to(vue, "d", "vue")
    assert "this int64_t x;" in d and "this int64_t n;" not in d, d
