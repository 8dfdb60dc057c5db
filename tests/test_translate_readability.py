"""Readability of translations (issue 7: a port should read as a porter writes it),
from the review of every conformance case's ports on 2026-12-04 (branch readfix,
docs/translate-coverage.md "Readability"). None of these changes what a port
prints when run; each keeps the round trip (a port read back is the same IR)."""

from __future__ import annotations

import re

from xtrace import frontends
from translating import port as _to

EXT = {"d": ".d", "stap": ".stp", "vue": ".e"}


# ---------------------------------------------------------------- the opening comment

# A file whose description sits right against its first probe, the probe's entry
# side put first by the port (stap's @entry is a D entry clause of its own).
ENTRY_FIRST = """# count the bytes each write asks for,
# and what it returned
probe syscall.write.return {
\tif (pid() == target())
\t\tprintf("%d %d\\n", @entry($count), $return)
}
probe end { println("done") }
"""


def test_opening_comment_against_the_first_probe_stays_first_in_d():
    out = _to(ENTRY_FIRST, "stap", "d")
    # first in the file, above the options, not below the entry clause the port adds
    assert out.startswith("/*\n * count the bytes each write asks for,\n * and what it returned\n */\n\n"
                          "#pragma D option quiet\n")
    assert out.count("count the bytes") == 1


# The DTraceToolkit's layout: the description, the options, then each clause with
# its own comment against it, the first one too.
TOOLKIT = """/*
 * cm.d - count reads by process.
 */
#pragma D option quiet

/* start-up message */
dtrace:::BEGIN
{
	printf("Tracing...\\n");
}

syscall::read:entry
{
	self->sz = arg2;
}

syscall::read:return
/self->sz/
{
	@bytes = sum(self->sz);
	self->sz = 0;
}
"""


def test_the_first_clauses_own_comment_below_the_options_stays_with_it():
    for to, above in (("stap", "# start-up message\nprobe begin\n"),
                      ("vue", "/* start-up message */\n@@BEGIN\n")):
        out = _to(TOOLKIT, "d", to)
        assert above in out, out
        assert out.count("start-up message") == 1
    # ... and back in D, above its clause, with the description first and no stap note
    back = _to(_to(TOOLKIT, "d", "stap"), "stap", "d")
    assert back.startswith("/* cm.d - count reads by process. */\n\n#pragma D option quiet\n\n"
                           "/* start-up message */\nBEGIN\n"), back
    assert "keyed by tid()" not in back


def test_opening_comment_is_kept_once_when_one_probe_becomes_several_clauses():
    # one stap probe on two syscalls is two Vue clauses: the description is not repeated
    src = ("# mkdirs and rmdirs\nprobe syscall.mkdir, syscall.rmdir { printf(\"%s\\n\", name) }\n"
           "probe end { exit() }\n")
    out = _to(src, "stap", "vue")
    assert out.startswith("/* mkdirs and rmdirs */\n\n")
    assert out.count("mkdirs and rmdirs") == 1


def test_opening_comment_goes_above_the_stap_globals_of_a_d_port():
    src = "/* @@nosort */\nBEGIN\n{\n}\n\nEND\n{\n\tprintf(\"bye\");\n}\n"
    out = _to(src, "d", "stap")
    # BEGIN's record is the first: the heading is printed there, with no flag global
    assert out.startswith("# @@nosort\n\nprobe begin\n{\n    printf(\"CPU ")


def test_opening_comment_moved_with_begin_order():
    # begin(N) reorders the probes in D; the file's comment stays at its top
    src = "# ordered\nprobe begin(10) { println(\"ten\") }\nprobe begin { println(\"zero\") }\n"
    out = _to(src, "stap", "d")
    assert out.startswith("/* ordered */\n\n#pragma D option quiet\n\nBEGIN\n{\n    printf(\"zero\\n\");")


def test_comment_of_a_script_of_one_clause_stays_the_clause_own():
    # nothing to move it away from its clause: the clause keeps it
    prog = frontends.parse("/* count reads */\n@@syscall:*:read:entry\n{\n\tx = 1;\n}\n", "t.e", "vue")
    assert prog.probes[0].comments == ["count reads"]
    assert "header_comments" not in prog.options


def test_comment_after_a_blank_line_above_the_first_clause_stays_the_clause_own():
    src = "# the file\n\n# the first probe\nprobe begin { println(1) }\nprobe end { println(2) }\n"
    prog = frontends.parse(src, "t.stp", "stap")
    assert prog.options["header_comments"] == ["the file"]
    assert prog.probes[0].comments == ["the first probe"]


def test_opening_comment_against_the_first_probe_reads_back_as_the_header():
    prog = frontends.parse(ENTRY_FIRST, "t.stp", "stap")
    assert prog.options["header_comments"] == ["count the bytes each write asks for,\nand what it returned"]
    back = frontends.parse(_to(ENTRY_FIRST, "stap", "d"), "t.d", "d")
    assert back.options["header_comments"] == prog.options["header_comments"]


# ---------------------------------------------------------------- parentheses


def _body(text: str, lang: str) -> list:
    return frontends.parse(text, "t" + EXT[lang], lang).probes[0].body.stmts


def test_d_errno_is_a_bare_conditional_in_a_stap_printf():
    # (one read a clause: errno read twice is a local, tests/test_translate_dstapread.py)
    src = ("#pragma D option quiet\nsyscall::openat:return\n/execname == \"cat\"/\n"
           "{\n\tprintf(\"%d\\n\", errno);\n}\n"
           "syscall::openat:return\n/execname == \"cat\"/\n"
           "{\n\tprintf(\"%d\\n\", errno + 1);\n}\n")
    out = _to(src, "d", "stap")
    # an argument needs no parentheses; an operand of + does
    bare = 'printf("%d\\n", retval < 0 ? -retval : 0)'
    operand = 'printf("%d\\n", (retval < 0 ? -retval : 0) + 1)'
    assert bare in out and operand in out
    old = out.replace(bare, 'printf("%d\\n", (retval < 0 ? -retval : 0))').replace(
        operand, 'printf("%d\\n", ((retval < 0 ? -retval : 0)) + 1)')
    assert _body(out, "stap") == _body(old, "stap")


def test_profile_pcs_parenthesized_only_where_they_bind_too_loosely():
    src = ("#pragma D option quiet\nprofile:::tick-10ms\n{\n\tthis->pc = arg0;\n"
           "\tprintf(\"%d %d\\n\", this->pc != 0, arg1 + 1);\n\texit(0);\n}\n")
    out = _to(src, "d", "stap")
    assert "    pc = user_mode() ? 0 : addr()\n" in out
    assert '(user_mode() ? addr() : 0) + 1)' in out


def test_d_casts_are_masks_without_extra_parentheses_in_stap():
    src = ("#pragma D option quiet\nBEGIN\n{\n\tx = 300;\n"
           "\tprintf(\"%d %d %d %d\\n\", (uint8_t)(x + 1), (int8_t)x, (uint8_t)x * 2, (uint16_t)-1);\n"
           "\texit(0);\n}\n")
    out = _to(src, "d", "stap")
    # as C is written: the sum in parentheses under `&`, no pair around the whole mask
    line = ('printf("%d %d %d %d\\n", (x + 1) & 0xff, ((x & 0xff) ^ 0x80) - 0x80, '
            '(x & 0xff) * 2, -1 & 0xffff)')
    assert line in out
    old = out.replace(line, 'printf("%d %d %d %d\\n", ((x + 1) & 0xff), (((x & 0xff) ^ 0x80) - 0x80), '
                            '((x & 0xff)) * 2, ((-1) & 0xffff))')
    assert _body(out, "stap") == _body(old, "stap")


def test_vue_raw_return_value_is_a_bare_conditional():
    # (read once: read twice, it is a clause-local rv, frontends/vue/rvlocal.py)
    src = ("#pragma D option quiet\nsyscall::read:return\n/execname == \"cat\"/\n"
           "{\n\tprintf(\"%d\\n\", arg0 + 1);\n}\n")
    out = _to(src, "d", "vue")
    line = 'printf("%d\\n", (__errno != 0 ? -__errno : __rv) + 1);'
    assert line in out
    old = out.replace(line, 'printf("%d\\n", ((__errno != 0 ? -__errno : __rv)) + 1);')
    assert _body(out, "vue") == _body(old, "vue")
    # and back in D it is the raw return value again
    assert 'printf("%d\\n", arg0 + 1);' in _to(out, "vue", "d")


# ---------------------------------------------------------------- D declarations


def test_d_declares_narrow_integers_with_c_names():
    src = ("int n;\nshort s;\nunsigned char c;\nunsigned int u;\nlong long t;\n"
           "@@BEGIN\n{\n\tn = 1; s = 2; c = 3; u = 4; t = 5;\n"
           "\tprintf(\"%d %d %d %d %lld\\n\", n, s, c, u, t);\n\texit();\n}\n")
    out = _to(src, "vue", "d")
    # as the Vue script declared them, and as D scripts declare a counter;
    # 64 bits as D scripts write times and sizes
    assert "\nint n;\nshort s;\nunsigned char c;\nunsigned int u;\nint64_t t;\n" in out
    # the same types read back
    types = {g.name: g.type for g in frontends.parse(out, "t.d", "d").globals}
    orig = {g.name: g.type for g in frontends.parse(src, "t.e", "vue").globals}
    assert types == orig


# ---------------------------------------------------------------- stap guards


def test_conjunction_predicate_is_a_disjunction_guard_in_stap():
    src = ("#pragma D option quiet\nint seen;\nsyscall::read:entry\n/pid == $target && !seen && arg2 > 3/\n"
           "{\n\tseen = 1;\n\tprintf(\"%d\\n\", arg0);\n}\n")
    out = _to(src, "d", "stap")
    # as a person writes it, not `if (!(pid() == target() && !seen && long_arg(3) > 3)) next`
    # (read's third argument is its `count`, and D's arg0 the whole register, not the int `fd`)
    assert "    if (pid() != target() || seen || count <= 3) next\n" in out
    assert 'printf("%d\\n", long_arg(1))' in out
    # and read back it is the D predicate
    orig = frontends.parse(src, "t.d", "d").probes[0].predicate
    # (with stap's `count` as the raw argument it is)
    from xtrace.ir.sysparams import params_as_raw_args
    assert params_as_raw_args(frontends.parse(out, "t.stp", "stap").probes[0]).predicate == orig
    assert "/pid == $target && !seen && arg2 > 3/" in _to(out, "stap", "d")


def test_a_conjunction_over_a_disjunction_is_negated_all_the_way_down():
    src = ("#pragma D option quiet\nsyscall::read:entry\n/pid == $target && (arg0 == 1 || arg0 == 2)/\n"
           "{\n\tprintf(\"%d\\n\", arg0);\n}\n")
    out = _to(src, "d", "stap")
    # De Morgan's rule all the way down (ir/nonext._flipped), the inner `&&` in parentheses
    assert "if (pid() != target() || (long_arg(1) != 1 && long_arg(1) != 2)) next" in out


def test_stap_disjunction_guard_reads_as_the_conjunction():
    from xtrace.ir import nodes as ir
    prog = frontends.parse("global seen\nprobe syscall.read { if (pid() != target() || !seen) next\n"
                           "seen = 1; printf(\"%d\\n\", fd) }\n", "t.stp", "stap")
    pred = prog.probes[0].predicate
    # pid() == target() && seen, each term turned round in place
    assert isinstance(pred, ir.Binary) and pred.op == "&&"
    assert isinstance(pred.lhs, ir.Binary) and pred.lhs.op == "=="
    assert isinstance(pred.rhs, ir.Var) and pred.rhs.name == "seen"


def test_d_syscall_variable_of_two_syscalls_is_a_bare_conditional_argument():
    src = ("probe syscall.{poll,epoll_wait} {\n\tif (execname() == \"python3\" && timeout > 0)\n"
           "\t\tprintf(\"%s %d\\n\", name, timeout)\n}\n")
    out = _to(src, "stap", "d")
    assert 'printf("%s %d\\n", probefunc, probefunc == "poll" ? (int)arg2 : (int)arg3);' in out
    # an operand of > keeps them
    assert '&& (probefunc == "poll" ? (int)arg2 : (int)arg3) > 0/' in out


def test_joined_printa_value_is_a_bare_conditional_argument_in_stap():
    src = ("#pragma D option quiet\nBEGIN\n{\n\t@n[\"a\"] = count();\n\t@t[\"a\"] = sum(5);\n"
           "\t@n[\"b\"] = count();\n\tprinta(\"%s %@d %@d\\n\", @n, @t);\n\texit(0);\n}\n")
    out = _to(src, "d", "stap")
    assert "@count(n[key]), key in t ? @sum(t[key]) : 0)\n" in out


# ---------------------------------------------------------------- syscall parameters by name

def test_raw_arguments_are_the_syscall_tapset_variables_in_stap():
    # D's (int)arg0 at write is the int `fd`, arg2 the 64-bit `count`; the D port of
    # the stap script gives back the raw reads (ir/sysparams.py)
    src = '#pragma D option quiet\nsyscall::write:entry { printf("%d %d\\n", (int)arg0, arg2); }\n'
    out = _to(src, "d", "stap")
    assert 'printf("%d %d\\n", fd, count)' in out, out
    assert 'printf("%d %d\\n", (int)arg0, arg2);' in _to(out, "stap", "d")


def test_a_raw_argument_its_variable_does_not_hold_exactly_stays_raw():
    # write's fd is an int: D's whole arg0 (upper bits kept) is no `fd`; a 32-bit read of
    # the 64-bit count is no `count` (that would need int32() around it)
    out = _to('#pragma D option quiet\nsyscall::write:entry { printf("%d %d\\n", arg0, (int)arg2); }\n',
              "d", "stap")
    assert 'printf("%d %d\\n", long_arg(1), int_arg(3))' in out, out


def test_a_script_variable_of_the_parameter_name_keeps_the_raw_argument():
    # a global `fd` would be the variable the tapset alias assigns
    out = _to('#pragma D option quiet\nint fd;\nsyscall::close:entry { fd = (int)arg0; printf("%d\\n", fd); }\n',
              "d", "stap")
    assert "fd = int_arg(1)" in out, out


def test_d_choice_of_a_variable_by_probefunc_is_the_variable_in_stap():
    # poll's timeout is its third argument, epoll_wait's its fourth: the D port's ?: on
    # probefunc reads back as the one variable (ir/sysparams.py), and goes to D again
    src = ('#pragma D option quiet\nsyscall::poll:entry, syscall::epoll_wait:entry\n'
           '{ printf("%d\\n", probefunc == "poll" ? (int)arg2 : (int)arg3); }\n')
    out = _to(src, "d", "stap")
    assert 'printf("%d\\n", timeout)' in out, out
    assert 'probefunc == "poll" ? (int)arg2 : (int)arg3' in _to(out, "stap", "d")


def test_a_choice_by_probefunc_other_than_the_variable_places_stays():
    # the places swapped (epoll_wait's third argument is its maxevents), a test of
    # another syscall, a 64-bit read of the int: not `timeout`
    for choice in ('probefunc == "poll" ? (int)arg3 : (int)arg2',
                   'probefunc == "read" ? (int)arg2 : (int)arg3',
                   'probefunc == "poll" ? arg2 : (int)arg3'):
        src = ('#pragma D option quiet\nsyscall::poll:entry, syscall::epoll_wait:entry\n'
               f'{{ printf("%d\\n", {choice}); }}\n')
        out = _to(src, "d", "stap")
        assert "timeout" not in out, (choice, out)


def test_vue_open_clause_with_named_flags_reads_back_as_the_open_clause():
    # stap's `flags` and `dfd` in the port's open and openat probes are the raw reads a
    # Vue open clause and its openat companion compare as
    src = ('int open(char *path, int oflag);\n@@syscall:$__CPID:open:entry\n'
           '{\n\tprintf("%d\\n", __arg2);\n}\n')
    stp = _to(src, "vue", "stap")
    assert "if (dfd != -100 || pid() != target()) next" in stp and stp.count("flags)") == 2, stp
    back = _to(stp, "stap", "vue")
    assert "openat" not in back and "get_function()" not in back, back


# ---------------------------------------------------------------- constant tests

LOCATION = """@@syscall:*:sync:entry
\twhen (__pname == "sync")
{
\tif (get_location_point() == FUNCTION_ENTRY) {
\t\tprintf("entry\\n");
\t}
}
@@syscall:*:sync:exit
{
\tif (get_location_point() == FUNCTION_ENTRY) {
\t\tprintf("never\\n");
\t} else {
\t\tprintf("exit\\n");
\t}
}
"""


def test_vue_location_point_of_a_one_kind_clause_is_no_test_in_the_ports():
    d = _to(LOCATION, "vue", "d")
    assert "0 == 0" not in d and "-1 == 0" not in d and "never" not in d, d
    assert '/execname == "sync"/\n{\n    printf("entry\\n");' in d, d
    assert 'syscall::sync:return\n{\n    printf("exit\\n");' in d, d
    stp = _to(LOCATION, "vue", "stap")
    assert "if (execname() != \"sync\") next\n    printf(\"entry\\n\")" in stp, stp


def test_a_false_constant_predicate_a_script_wrote_stays():
    out = _to("#pragma D option quiet\nBEGIN\n/0/\n{\n\tprintf(\"no\");\n}\n", "d", "stap")
    assert "no" in out


# ---------------------------------------------------------------- errno under a failure guard

def test_d_errno_under_a_failure_predicate_is_minus_retval_in_stap():
    src = ('#pragma D option quiet\nsyscall::rmdir:return\n/errno != 0/\n'
           '{\n\tprintf("%d\\n", errno);\n}\n')
    out = _to(src, "d", "stap")
    assert "if (retval >= 0) next" in out and 'printf("%d\\n", -retval)' in out, out
    # without the guard it stays the whole conditional
    out = _to('#pragma D option quiet\nsyscall::rmdir:return { printf("%d\\n", errno); }\n', "d", "stap")
    assert "retval < 0 ? -retval : 0" in out, out


def test_stap_retval_under_a_failure_guard_is_minus_errno_in_vue():
    src = 'probe syscall.rmdir.return { if (retval >= 0) next; printf("%d\\n", retval) }\n'
    out = _to(src, "stap", "vue")
    assert "when (__rv < 0)" in out and 'printf("%d\\n", -__errno);' in out, out


def test_stap_minus_retval_under_a_failure_guard_is_errno_in_vue():
    # stap's errno of a failed call, -retval, is Vue's __errno, not `-(-__errno)`
    src = 'probe syscall.rmdir.return { if (retval >= 0) next; printf("%d\\n", -retval) }\n'
    out = _to(src, "stap", "vue")
    assert 'printf("%d\\n", __errno);' in out and "-(-" not in out, out
    # without the guard, the raw value's conditional negated
    out = _to('probe syscall.rmdir.return { printf("%d\\n", -retval) }\n', "stap", "vue")
    assert 'printf("%d\\n", -(__errno != 0 ? -__errno : __rv));' in out, out


# ---------------------------------------------------------------- literals in the format

def test_literal_arguments_of_a_plain_s_are_the_format_text_in_every_language():
    # the translation's own literals (D's probeprov/probename at BEGIN) and the script's
    src = '#pragma D option quiet\nBEGIN\n{\n\tprintf("[%s][%s] %s=%d\\n", probeprov, probename, "n", 1);\n}\n'
    assert 'printf("[dtrace][BEGIN] n=%d\\n", 1)' in _to(src, "d", "stap")
    assert 'printf("[dtrace][BEGIN] n=%d\\n", 1);' in _to(src, "d", "vue")
    stp = 'probe begin { printf("%s-%d %s\\n", "four", 4, "100%") }\n'
    assert 'printf("four-%d 100%%\\n", 4);' in _to(stp, "stap", "d")  # `%` doubled


def test_a_literal_with_a_width_or_an_inline_name_stays_an_argument():
    src = ('#pragma D option quiet\ninline string GREETING = "hi";\n'
           'BEGIN\n{\n\tprintf("%5s|%s|%s\\n", "a", GREETING, execname);\n}\n')
    out = _to(src, "d", "stap")
    assert 'printf("%5s|%s|%s\\n", "a", @GREETING, execname())' in out, out


def test_a_script_and_its_port_read_as_the_same_printf():
    from xtrace.ir import nodes as ir
    a = frontends.parse('probe begin { println("one", 1) }\n', "t.stp", "stap").probes[0].body.stmts[0]
    b = frontends.parse('probe begin { printf("one%d\\n", 1) }\n', "t.stp", "stap").probes[0].body.stmts[0]
    assert a == b == ir.Printf("one%d\n", [ir.IntLit(1)])


def test_stap_warn_of_a_literal_comes_back_as_warn():
    vue = _to('probe begin { warn("careful") }\n', "stap", "vue")
    assert 'eprintf("WARNING: careful\\n");' in vue, vue
    assert 'warn("careful")' in _to(vue, "vue", "stap")


def test_a_speculating_d_clause_keeps_its_literal_arguments():
    # specsize counts a clause's records, and a string argument is one (d/spec_specsize)
    src = ('#pragma D option quiet\nBEGIN\n{\n\tspeculate(1);\n\tprintf("%s\\n", "long");\n}\n'
           'BEGIN\n{\n\tprintf("%s\\n", "short");\n}\n')
    a, b = (p.body.stmts[-1] for p in frontends.parse(src, "t.d", "d").probes)
    assert (a.fmt, len(a.args)) == ("%s\n", 1) and (b.fmt, b.args) == ("short\n", [])


def test_stap_defined_resolved_at_the_probe_is_no_test_in_d():
    # @defined($p) is 1 at sched_process_exit (analysis resolves it): the D port has the
    # arm it takes, not `if (1) ... else ...` or `1 ? "p" : "none"`
    src = ('probe kernel.trace("sched_process_exit") { if (@defined($nosuch)) println("never") '
           'else println("exit"); printf("%s\\n", @defined($p) ? "p" : "none"); exit() }\n')
    d = _to(src, "stap", "d")
    assert "never" not in d and "if (" not in d and "none" not in d, d
    # (and the literal it leaves is the format's text)
    assert 'printf("exit\\n");' in d and 'printf("p\\n");' in d, d


def test_a_tracepoint_that_is_a_d_provider_probe_is_written_as_that_probe():
    # Vue's @@sysproc:offcpu and stap's kernel.trace("sched_process_exec") are the
    # tracepoints behind D's sched:::off-cpu and proc:::exec-success, which a D user writes
    vue = '@@sysproc:offcpu:$__CPID\n{\n\tprintf("%s\\n", __pname);\n\texit();\n}\n'
    assert "\nsched:::off-cpu\n" in _to(vue, "vue", "d")
    stp = 'probe kernel.trace("sched_process_exec") { printf("%s\\n", execname()) }\n'
    assert _to(stp, "stap", "d").splitlines()[2] == "proc:::exec-success"
    # a clause that reads the tracepoint's arguments (or its names) keeps the tracepoint
    # (the provider probe's args[] and probename are its own)
    stp = 'probe kernel.trace("sched_switch") { printf("%d\\n", $prev->pid) }\n'
    assert "tracepoint:sched::sched_switch" in _to(stp, "stap", "d")


def test_a_test_of_literals_c_converts_is_left_to_the_run():
    # C compares -1 with an unsigned 0xffffffff as 0xffffffff == 0xffffffff: not folded
    pred = frontends.parse("BEGIN /-1 == 0xffffffff/ { exit(0); }", "t.d", "d").probes[0].predicate
    assert pred is not None
    assert frontends.parse("BEGIN /2 > 1/ { exit(0); }", "t.d", "d").probes[0].predicate is None


# ---------------------------------------------------------------- a string's tail

def test_stap_tail_of_a_string_is_d_substr_without_a_start_guard_and_back():
    # inside `strlen(s) > 5 ? ...` the start strlen(s) - 5 is not negative: D's substr()
    # needs no guard, and back in stap D's substr() of it is stap's own
    src = ('global s = "abcdefgh"\nprobe begin { '
           'printf("%s\\n", strlen(s) > 5 ? substr(s, strlen(s) - 5, 5) : s); exit() }\n')
    d = _to(src, "stap", "d")
    assert "strlen(s) > 5 ? substr(s, strlen(s) - 5, 5) : s" in d, d
    assert "substr(s, strlen(s) - 5, 5)" in _to(d, "d", "stap")
    # a start the condition does not bound, or an arm that stores, keeps the guard
    for cond, arm in (("strlen(s) > 2", "substr(s, strlen(s) - 5, 5)"),
                      ("strlen(s) > 5", "(t = \"x\") . substr(s, strlen(s) - 5, 5)")):
        out = _to(f'global s = "abcdefgh", t\nprobe begin {{ printf("%s\\n", {cond} ? {arm} : s); exit() }}\n',
                  "stap", "d")
        assert "(strlen(s) - 5) >= 0 ?" in out, out


# ---------------------------------------------------------------- a global's own comment

# A global's comment after it on its line, or on the line right above a global
# declared alone, is the global's (frontends/stap/global_comments.py), as D's are.
COMMENTED_GLOBALS = """# count reads
# per process

global calls  # how many read calls
# bytes asked for in all
global total = 0
global sizes, seen; // by process name
global asked  # what the read asked for

probe syscall.read { asked[tid()] = $count }
probe syscall.read.return {
  if (tid() in asked) {
    calls++
    total += asked[tid()]
    sizes[execname()] <<< $return
    seen[execname()] = 1
    delete asked[tid()]
  }
}
probe end { printf("%d %d %d %d\\n", calls, total, @count(sizes["ls"]), seen["ls"]) }
"""


def test_stap_global_comments_are_the_globals_not_the_next_probes():
    prog = frontends.parse(COMMENTED_GLOBALS, "t.stp", "stap")
    assert {g.name: g.comment for g in prog.globals} == {
        "calls": "how many read calls", "total": "bytes asked for in all",
        "sizes": "by process name", "seen": "by process name", "asked": "what the read asked for"}
    assert all(p.comments == [] for p in prog.probes)
    assert prog.options["header_comments"] == ["count reads\nper process"]


def test_stap_global_comments_stay_beside_their_globals_in_d_and_vue():
    d = _to(COMMENTED_GLOBALS, "stap", "d")
    assert "int64_t calls;  /* how many read calls */\n" in d, d
    assert "int64_t total;  /* bytes asked for in all */\n" in d
    assert ("int64_t sizes_count[string];  /* by process name */\n"
            "int64_t seen[string];  /* by process name */\n") in d
    # `asked`, keyed by tid() alone, is a thread-local in D, which D does not declare:
    # said on a line of its own among the declarations, named as D spells it
    assert "/* self->asked: what the read asked for */\n" in d
    vue = _to(COMMENTED_GLOBALS, "stap", "vue")
    assert "__global long long calls;  /* how many read calls */\n" in vue, vue
    assert "__global long long total;  /* bytes asked for in all */\n" in vue
    assert "__thread long long asked;  /* what the read asked for */\n" in vue
    # Vue declares no associative array: both said on one line among the declarations
    assert "/* sizes, seen: by process name */\n" in vue
    for out in (d, vue):
        # each said once (by each global it is of), and none above a clause
        for text in ("how many read calls", "bytes asked for in all", "what the read asked for"):
            assert out.count(text) == 1, (text, out)
        assert out.count("by process name") == (2 if out is d else 1)
        assert "*/\nsyscall::" not in out and "*/\n@@syscall" not in out, out
    # and stap to stap keeps each beside its declaration
    stp = _to(COMMENTED_GLOBALS, "stap", "stap")
    assert "global calls  # how many read calls\nglobal total = 0  # bytes asked for in all\n" in stp, stp
    assert "# what the read asked for\nprobe" not in stp


def test_a_section_comment_above_several_globals_stays_the_next_probes():
    # a run of comment lines is no one global's (as D's frontend reads it)
    src = ("global a\n# the counters,\n# one per syscall\nglobal b\n"
           "probe syscall.read { a++; b++ }\nprobe end { printf(\"%d %d\\n\", a, b) }\n")
    prog = frontends.parse(src, "t.stp", "stap")
    assert [g.comment for g in prog.globals] == [None, None]
    assert prog.probes[0].comments == ["the counters,\none per syscall"]


def test_the_stap_ports_thread_local_note_is_the_arrays_and_goes_with_it():
    # D's self->sz is a tid()-keyed array in stap, noted so beside its declaration;
    # read back it is that global's comment (no probe's), and dropped with the array
    stp = _to(TOOLKIT, "d", "stap")
    assert "global sz  # thread-local sz, keyed by tid()\n" in stp, stp
    prog = frontends.parse(stp, "t.stp", "stap")
    assert prog.global_named("sz").comment == "thread-local sz, keyed by tid()"
    assert all("keyed by tid()" not in c for p in prog.probes for c in p.comments)
    for to in ("d", "vue"):
        assert "keyed by tid()" not in _to(stp, "stap", to)


def test_a_d_global_comment_comes_back_beside_its_declaration():
    # clause.d's `int me;  /* ... */`: the D port writes it beside the declaration, and
    # through stap (`global me  # ...`, the global's own again) it comes back there too
    src = ("#pragma D option quiet\n\nint me;  /* an integer global variable */\n\n"
           "BEGIN\n{\n\tme = 1;\n\tprintf(\"%d\\n\", me);\n\texit(0);\n}\n")
    for out in (_to(src, "d", "d"), _to(_to(src, "d", "stap"), "stap", "d")):
        # (through stap, whose numbers are 64 bits, it is an int64_t)
        assert re.search(r"\nint(64_t)? me;  /\* an integer global variable \*/\n", out), out
        assert out.count("an integer global variable") == 1


def test_a_vue_global_comment_is_the_globals_and_comes_back_beside_it():
    src = ("/* count reads */\n\n__global long long calls;  /* how many read calls */\n"
           "/* bytes asked for in all */\n__global long long total;\n\n"
           "@@syscall:*:read:exit\n{\n\tcalls++;\n\ttotal += __rv;\n}\n\n"
           "@@END\n{\n\tprintf(\"%d %d\\n\", calls, total);\n}\n")
    prog = frontends.parse(src, "t.e", "vue")
    assert [g.comment for g in prog.globals] == ["how many read calls", "bytes asked for in all"]
    assert all(p.comments == [] for p in prog.probes)
    for to, line in (("d", "int64_t total;  /* bytes asked for in all */\n"),
                     ("stap", "global total  # bytes asked for in all\n")):
        assert line in _to(src, "vue", to)
    back = _to(_to(src, "vue", "d"), "d", "vue")
    assert "__global long long calls;  /* how many read calls */\n" in back, back


def test_a_guard_after_statements_is_turned_round_all_the_way_in_d():
    # stap's `if (c) next` below a statement is D's `if` around the rest, its
    # condition negated as a person would (ir/nonext.negated_through), not `!(c)`
    src = ("probe syscall.read {\n  n = fd\n  if (n != 3 || !(count > 10 || count == 0)) next\n"
           "  printf(\"%d\\n\", n)\n}\n")
    out = _to(src, "stap", "d")
    assert "    if (this->n == 3 && (arg2 > 10 || arg2 == 0)) {\n" in out
    assert "!(" not in out
