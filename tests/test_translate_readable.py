"""Translations that read as a porter writes them (issue 7's readability review of
real scripts, docs/translate-real-scripts.md, 2026-12-03): the script's opening
comment stays first, above the declarations and options the translation adds; a
block of `#` lines is one bordered comment in D and Vue, not a `/* */` per line
(nor `/* */` for an empty `#`); and Vue's `__rv` compared with a constant c >= 0
is the same test of the return value itself, `arg0 > 0` / `retval <= 0`, not of
`errno != 0 ? -1 : arg0` (and, printed under such a test, the value itself). None of these changes what a translation prints when
run (conformance vue/syscall_rv_in_predicate in the matrix)."""

from __future__ import annotations

from xtrace import frontends
from translating import port as _to


# A stap script as the SystemTap examples open: interpreter line, a `#` block
# framed by empty `#` lines, a global, then the probes.
STAP_COUNTER = """#! /usr/bin/env stap

#
# Print the system call count by process ID in descending order.
#

global syscalls

probe begin {
\tprint ("Collecting data... Type Ctrl-C to exit and display results\\n")
}

probe syscall.* {
\tsyscalls[pid()]++
}

probe end {
\tprintf ("%-10s %-s\\n", "#SysCalls", "PID")
\tforeach (pid in syscalls-)
\t\tprintf("%-10d %-d\\n", syscalls[pid], pid)
}
"""


def test_stap_hash_block_is_one_comment_at_the_top_of_the_d_port():
    out = _to(STAP_COUNTER, "stap", "d")
    assert out.startswith("/* Print the system call count by process ID in descending order. */\n\n"
                          "#pragma D option quiet\n")
    assert "/* */" not in out
    assert out.count("Print the system call count") == 1


def test_multi_line_hash_block_is_a_bordered_comment():
    out = _to("# Print the reads\n#   of process 1.\n\n"
              "probe syscall.read { if (pid() == 1) printf(\"%d\\n\", fd) }\n", "stap", "vue")
    assert out.startswith("/*\n * Print the reads\n *   of process 1.\n */\n\n@@syscall:1:read:entry")


def test_d_header_stays_above_the_globals_stap_declares():
    src = """#!/usr/sbin/dtrace -qs
/*
 * kill.d - watch process signals as they are sent.
 */

dtrace:::BEGIN
{
\t/* Print header */
\tprintf("%5s %12s\\n", "FROM", "COMMAND");
}

syscall::kill:entry
{
\tself->target = arg0;
}

syscall::kill:return
{
\tprintf("%5d %12s %d\\n", pid, execname, self->target);
\tself->target = 0;
}
"""
    out = _to(src, "d", "stap")
    assert out.startswith("# kill.d - watch process signals as they are sent.\n\nglobal target")
    assert "    # Print header\n" in out
    vue = _to(src, "d", "vue")
    assert vue.startswith("/* kill.d - watch process signals as they are sent. */\n\n__thread")


def test_comment_on_a_declaration_stays_with_it():
    src = ("/* Global variables are auto-initialized to zero */\nint count;\n\n"
           "@@syscall:*:read:entry\n{\n\tcount++;\n}\n")
    assert _to(src, "vue", "d").startswith(
        "/* Global variables are auto-initialized to zero */\n\n#pragma D option quiet\n\nint count;")


def test_comment_touching_the_first_clause_is_the_clause_own():
    src = "/* count reads */\n@@syscall:*:read:entry\n{\n\tx = 1;\n}\n"
    prog = frontends.parse(src, "t.e", "vue")
    assert prog.probes[0].comments == ["count reads"]
    assert "header_comments" not in prog.options


def test_separate_stap_comments_in_a_body_stay_separate():
    # two comments of the source printed one under the other would read back as one
    src = "probe begin {\n  # one\n  /* two */\n  exit()\n}\n"
    prog = frontends.parse(src, "t.stp", "stap")
    out = frontends.frontend("stap").print_program(prog)
    assert "    # one\n\n    # two\n" in out
    assert frontends.parse(out, "t.stp", "stap").probes[0].body.stmts == prog.probes[0].body.stmts


def test_vue_rv_compared_with_a_constant_is_the_return_value_in_d_and_stap():
    src = "@@syscall:*:read:exit\n\twhen (__rv > 0)\n{\n\tprintf(\"Number of bytes read = %d\\n\", __rv);\n}\n"
    d = _to(src, "vue", "d")
    assert "/arg0 > 0/" in d
    # printed under that predicate, which lets no failure through, __rv is the return
    # value itself, as a porter writes it (was `errno != 0 ? -1 : arg0`)
    assert 'printf("Number of bytes read = %d\\n", arg0);' in d
    stap = _to(src, "vue", "stap")
    assert "if (retval <= 0) next" in stap
    assert 'printf("Number of bytes read = %d\\n", retval)' in stap
    # and back in Vue it is __rv again
    assert "when (__rv > 0)" in _to(d, "d", "vue")
    assert "when (__rv > 0)" in _to(stap, "stap", "vue")


def test_vue_rv_compared_with_minus_one_is_the_failure_test():
    # __rv == -1 is every failure; the raw value is -errno there, never -1 alone: D
    # says the failure itself (was the AIX value spelled out, `(errno != 0 ? -1 :
    # arg0) == -1`, before the port said errno)
    d = _to("@@syscall:*:read:exit\n\twhen (__rv == -1)\n{\n\tprintf(\"failed\\n\");\n}\n", "vue", "d")
    assert "/errno != 0/" in d and "arg0 == -1" not in d


def test_d_return_value_compared_with_zero_is_rv_in_vue():
    vue = _to("#pragma D option quiet\nsyscall::read:return /arg0 >= 0/ { printf(\"%d\\n\", arg0); }\n",
              "d", "vue")
    assert "when (__rv >= 0)" in vue
    # no failure passes the predicate: the value printed is __rv (was spelled out,
    # `__errno != 0 ? -__errno : __rv`)
    assert 'printf("%d\\n", __rv);' in vue
    assert "arg0" in _to(vue, "vue", "d").split("{")[1]


def test_vue_rv_printed_without_a_success_guard_stays_aixs_value():
    # without a predicate, or under one a failure can pass (__rv >= -1, __rv != 0), the
    # printed __rv is -1 on failure and the ports still say so
    for when in ("", "when (__rv >= -1)\n", "when (__rv != 0)\n"):
        src = f"@@syscall:*:read:exit\n{when}{{\n\tprintf(\"%d\\n\", __rv);\n}}\n"
        assert 'printf("%d\\n", errno != 0 ? -1 : arg0);' in _to(src, "vue", "d"), when
        assert 'printf("%d\\n", retval < 0 ? -1 : retval)' in _to(src, "vue", "stap"), when
    d = "#pragma D option quiet\nsyscall::read:return /arg0 > -5/ { printf(\"%d\\n\", arg0); }\n"
    assert "__errno != 0 ? -__errno : __rv" in _to(d, "d", "vue")


# D's anonymous aggregation `@` (ir.anonagg): stap and Vue name it after what it
# holds and note it on its declaration; the note, not the name, brings `@` back.
_ANON_KEYED = ("#pragma D option quiet\n"
               "syscall::read:entry { @[execname] = count(); }\n"
               "tick-1s { exit(0); }\n")
_ANON_UNKEYED = ("#pragma D option quiet\n"
                 "syscall::read:entry { @ = max(arg2); }\n"
                 "tick-1s { printa(\"%@d\\n\", @); exit(0); }\n")


def test_d_anonymous_aggregation_is_named_after_its_function_in_stap_and_back():
    stp = _to(_ANON_KEYED, "d", "stap")
    assert stp.startswith("global counts  # D's anonymous aggregation @\n"), stp
    assert "    counts[execname()] <<< 1\n" in stp and "global _" not in stp
    d = _to(stp, "stap", "d")
    assert "@[execname] = count();" in d, d
    assert "anonymous aggregation" not in d  # the note is read, not carried along


def test_d_anonymous_aggregation_is_named_after_its_function_in_vue_and_back():
    vue = _to(_ANON_UNKEYED, "d", "vue")
    assert "__list maxes;  /* D's anonymous aggregation @ */\n" in vue, vue
    assert "append(maxes, __arg3);" in vue
    back = frontends.parse(vue, "back.e", "vue")
    assert back.global_named("_") is not None and back.global_named("maxes") is None
    assert not any(c for p in back.probes for c in p.comments if "anonymous" in str(c))
    # Vue -> stap keeps both the name and the note, so stap -> D is `@` again
    stp = _to(vue, "vue", "stap")
    assert "global maxes  # D's anonymous aggregation @\n" in stp, stp


def test_anonymous_aggregations_name_keeps_clear_of_the_scripts_own():
    d = ("#pragma D option quiet\n"
         "syscall::read:entry { counts++; @[execname] = count(); @dist = quantize(arg2); }\n"
         "tick-1s { printf(\"%d\\n\", counts); exit(0); }\n")
    stp = _to(d, "d", "stap")
    assert "global counts2  # D's anonymous aggregation @\n" in stp, stp
    assert "global counts\n" in stp and "counts++" in stp


def test_a_stap_global_called_underscore_is_no_anonymous_aggregation_in_d():
    # only the note makes a global D's `@`: a script's own `_` keeps its name
    d = _to('global _\nprobe begin { _ <<< 1; printf("%d\\n", @count(_)); exit() }\n', "stap", "d")
    assert "@_ = count();" in d and "@ =" not in d, d


def test_a_first_begin_of_constant_stores_is_stap_initializers_and_back():
    # D has no initializers: its first BEGIN gives the globals their first values,
    # which stap says at the declaration (and its D port says as that BEGIN again)
    d = ('BEGIN { lim = 10; name = "disk"; }\n'
         'tick-1s { printf("%s %d\\n", name, lim); exit(0); }\n')
    stp = _to(d, "d", "stap")
    assert 'global lim = 10\nglobal name = "disk"\n' in stp, stp
    assert "probe begin" not in stp, stp
    back = _to(stp, "stap", "d")
    assert 'BEGIN\n{\n    lim = 10;\n    name = "disk";\n}' in back, back


def test_a_first_begin_that_does_more_than_store_constants_stays_a_probe():
    for d in ('BEGIN { lim = 10; printf("go\\n"); }\ntick-1s { printf("%d\\n", lim); exit(0); }\n',
              'BEGIN { lim = timestamp; }\ntick-1s { printf("%d\\n", lim); exit(0); }\n',
              'BEGIN /1/ { lim = 10; }\ntick-1s { printf("%d\\n", lim); exit(0); }\n',
              'BEGIN { lim = 1; lim = 2; }\ntick-1s { printf("%d\\n", lim); exit(0); }\n'):
        stp = _to("#pragma D option quiet\n" + d, "d", "stap")
        assert "probe begin" in stp and "global lim\n" in stp, stp


def test_a_stap_end_probe_first_is_a_d_end_clause_after_the_aggregation_it_prints():
    # D knows an aggregation from the first clause that assigns it: an END clause
    # printing it comes after that clause (END fires last wherever it stands)
    stp = ('global s\nprobe end { foreach (k in s) printf("%s %d\\n", k, @count(s[k])) }\n'
           'probe syscall.read { s[execname()] <<< 1 }\n')
    d = _to(stp, "stap", "d")
    assert d.index("syscall::read:entry") < d.index("END"), d


def test_end_clauses_keep_their_place_when_nothing_printed_is_defined_later():
    stp = ('global n\nprobe end { printf("%d\\n", n) }\nprobe syscall.read { n++ }\n')
    d = _to(stp, "stap", "d")
    assert d.index("END") < d.index("syscall::read:entry"), d


def test_vue_rv_printed_in_an_ifs_arm_that_says_the_call_succeeded_is_the_return_value():
    # the then-arm of `if (__rv > 0)` is a guard as a predicate is; the else arm is not
    src = ("@@syscall:*:read:exit\n{\n\tif (__rv > 0)\n\t\tprintf(\"%d bytes\\n\", __rv);\n"
           "\telse\n\t\tprintf(\"failed %d\\n\", __rv);\n}\n")
    d = _to(src, "vue", "d")
    assert 'printf("%d bytes\\n", arg0);' in d and 'printf("failed %d\\n", errno != 0 ? -1 : arg0);' in d
    stap = _to(src, "vue", "stap")
    assert 'printf("%d bytes\\n", retval)' in stap and "retval < 0 ? -1 : retval" in stap
    # and back in Vue, both are __rv again
    for port, lang in ((d, "d"), (stap, "stap")):
        back = _to(port, lang, "vue")
        assert 'printf("%d bytes\\n", __rv);' in back and 'printf("failed %d\\n", __rv);' in back
