"""D macro arguments inside probe descriptions, translated (issue 7).

`xtrace dtrace -s rwa.d read` substitutes `$1` before matching probes; a translation
has no run, and keeps an argument where the target language takes one in the same
place: stap pastes `$1`'s text into a probe point and takes `@1` as a string literal
(stap(1): arguments "may be used at any place a token may begin"; the Beginners
Guide's `probe kernel.function(@1)`), Vue puts `$1`'s text anywhere in the script,
probe tuples included (IBM, "Supported shell elements": `@@uft:$PID:*:foo:entry`).
Elsewhere in a description `--arg VALUE` gives the value, substituted as dtrace does
(dtrace_xstr2desc: the text before the `$`, the argument, what follows its digits);
without it the translation stops at the description saying so."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from xtrace.frontends.stap.points import library_path

# how a stap port names libc: by its path on this machine, as stap needs
LIBC = library_path("libc.so.6")

RWA = "syscall::$1:entry { @[execname] = count(); }\n"


def test_a_syscall_named_by_an_argument_stays_the_argument_in_stap_and_vue():
    stp = translate_text(RWA, "rwa.d", "d", "stp")
    assert "probe syscall.$1\n{\n    counts[execname()] <<< 1\n}" in stp, stp
    src = '#pragma D option quiet\nsyscall::$1:return /execname == "cat"/ { printf("%d\\n", arg0); }\n'
    vue = translate_text(src, "x.d", "d", "vue")
    assert "@@syscall:*:$1:exit\nwhen (__pname == \"cat\")" in vue, vue
    # Vue reads __rv through the function's prototype: the argument's, `long long sync();`
    # once a run has put the argument in
    assert "long long $1();" in vue
    assert translate_text(RWA, "rwa.d", "d", "d").startswith("syscall::$1:entry\n")


def test_an_argument_kept_in_a_point_is_the_same_with_or_without_its_value():
    """The port's user passes the same argument: --arg does not freeze a kept one."""
    assert "probe syscall.$1\n" in translate_text(RWA, "rwa.d", "d", "stp", args=("read",))


def test_the_stap_and_vue_ports_read_back_with_the_argument():
    """stap substitutes its arguments as it lexes (translate takes them with --arg);
    Vue's translation reads the tuple and its prototype as written."""
    stp = translate_text(RWA, "rwa.d", "d", "stp")
    d = translate_text(stp, "rwa.stp", "stap", "d", args=("read",))
    assert "syscall::read:entry\n" in d, d
    src = '#pragma D option quiet\nsyscall::$1:return { printf("%d\\n", arg0); }\n'
    vue = translate_text(src, "x.d", "d", "vue")
    again = translate_text(vue, "x.e", "vue", "d")
    assert "syscall::$1:return\n{\n    printf(\"%d\\n\", arg0);" in again, again
    assert frontends.parse(again, "y.d", "d").probes == frontends.parse(src, "x.d", "d").probes


def test_kernel_and_user_functions_named_by_an_argument():
    src = 'fbt::$1:entry { @n = count(); }\npid$target::$2:return { @m = count(); }\n'
    stp = translate_text(src, "x.d", "d", "stp")
    # a function point's parameter is a string: the argument as one is @N
    assert "probe kernel.function(@1)\n" in stp, stp
    assert "probe process.function(@2).return\n" in stp, stp
    vue = translate_text('#pragma D option quiet\npid$target::$2:return { printf("r\\n"); }\n', "x.d", "d", "vue")
    assert "@@uft:$__CPID:*:$2:exit\n" in vue, vue


def test_a_pid_provider_process_named_by_an_argument():
    """pid$1::f:entry: the functions of process $1's program, hits in that process
    only; stap's process(PID).function("f") and Vue's @@uft:PID:*:f:entry."""
    src = '#pragma D option quiet\npid$1::main:entry { printf("main\\n"); }\n'
    stp = translate_text(src, "x.d", "d", "stp")
    assert 'probe process($1).function("main")\n' in stp, stp
    vue = translate_text(src, "x.d", "d", "vue")
    assert "@@uft:$1:*:main:entry\n" in vue, vue
    assert "pid$1::main:entry\n" in translate_text(vue, "x.e", "vue", "d")
    # stap's port, given the process's number, is D's pid1234
    # stap's process(PID).function is that process's program: D's a.out
    assert "pid1234:a.out:main:entry\n" in translate_text(stp, "x.stp", "stap", "d", args=("1234",))


def test_a_predicate_on_an_argument_process_stays_in_the_predicate():
    src = '#pragma D option quiet\nsyscall::$2:return /pid == $1/ { printf("%s\\n", execname); }\n'
    stp = translate_text(src, "x.d", "d", "stp")
    assert "probe syscall.$2.return\n{\n    if (pid() != $1) next" in stp, stp


def test_a_tick_rate_given_by_an_argument_is_kept_where_the_unit_is_the_targets():
    """tick-$1ms: stap's timer.ms($1) and Vue's @@interval:*:clock:$1 take the
    argument's text; Vue has milliseconds only, so tick-$1s there needs the value."""
    src = "#pragma D option quiet\nprofile:::tick-$1ms { exit(0); }\n"
    assert "probe timer.ms($1)\n" in translate_text(src, "t.d", "d", "stp")
    vue = translate_text(src, "t.d", "d", "vue")
    assert "@@interval:*:clock:$1\n" in vue, vue
    back = translate_text(vue, "t.e", "vue", "d")
    assert "profile:::tick-$1ms\n" in back, back
    assert frontends.parse(back, "y.d", "d").probes == frontends.parse(src, "t.d", "d").probes
    # the value is not frozen into a kept argument
    assert "probe timer.ms($1)\n" in translate_text(src, "t.d", "d", "stp", args=("5",))
    src = "#pragma D option quiet\ntick-$1s { exit(0); }\n"
    assert "probe timer.s($1)\n" in translate_text(src, "t.d", "d", "stp")
    with pytest.raises(XtraceError) as ex:
        translate_text(src, "t.d", "d", "vue")
    assert (ex.value.loc.file, ex.value.loc.line, ex.value.loc.col) == ("t.d", 2, 1)
    assert ex.value.message == ("Vue intervals are milliseconds: a period of $1 s ('tick-$1s') "
                                "needs the argument's value: give it with --arg VALUE")
    assert "@@interval:*:clock:5000\n" in translate_text(src, "t.d", "d", "vue", args=("5",))
    # profile-$1: stap's per-CPU timer counts nanoseconds
    src = "#pragma D option quiet\nprofile-$1 { exit(0); }\n"
    with pytest.raises(XtraceError, match="need the argument's value"):
        translate_text(src, "t.d", "d", "stp")
    assert "perf.sw.cpu_clock.sample(10000000)" in translate_text(src, "t.d", "d", "stp",
                                                                  args=("100",))


def test_an_argument_elsewhere_in_a_description_needs_its_value():
    src = "#pragma D option quiet\nprofile:::tick-$1m { exit(0); }\n"
    with pytest.raises(XtraceError) as ex:
        translate_text(src, "t.d", "d", "stp")
    text = ex.value.message
    assert (ex.value.loc.file, ex.value.loc.line, ex.value.loc.col) == ("t.d", 2, 1)
    assert "macro argument $1 in probe description profile:::tick-$1m cannot be kept" in text
    assert "give its value with --arg VALUE" in text
    # with --arg, dtrace's substitution: the text around the argument stays
    assert "probe timer.s(120)\n" in translate_text(src, "t.d", "d", "stp", args=("2",))
    assert "@@interval:*:clock:120000\n" in translate_text(src, "t.d", "d", "vue", args=("2",))


def test_part_of_a_name_is_substituted_and_a_missing_value_named():
    src = "syscall::$1*:entry { n++; }\nEND { printf(\"%d\\n\", n); }\n"
    assert "probe syscall.read*\n" in translate_text(src, "g.d", "d", "stp", args=("read",))
    with pytest.raises(XtraceError, match=r"macro argument \$2 in probe description "
                                          r"fbt:\$2::return is not defined \(1 --arg given\)"):
        translate_text("syscall::$1*:entry, fbt:$2::return { n++; }\n", "g.d", "d", "stp",
                       args=("read",))
    # an empty provider could be any provider's: the argument's value decides
    with pytest.raises(XtraceError, match="cannot be kept"):
        translate_text("::$1:entry { n++; }\n", "g.d", "d", "stp")


def test_a_run_never_sees_a_kept_argument():
    """A run substitutes macro arguments before parsing (dtrace's lexer): only a
    translation's lowering holds them."""
    from xtrace.frontends.d import preprocess as pp
    ctx = pp.MacroContext(["rwa.d", "read"], {})
    assert pp.expand_macros(RWA, "rwa.d", ctx).startswith("syscall::read:entry")


def test_the_command_line_says_where_and_how(tmp_path):
    """The diagnostic is file:line:col with the description under its caret, no
    traceback; `--arg` then translates the script."""
    import subprocess
    import sys
    f = tmp_path / "tick.d"
    f.write_text("#pragma D option quiet\nprofile:::tick-$1m { exit(0); }\n")
    run = [sys.executable, "-m", "xtrace.driver", "translate", "--to", "stp"]
    r = subprocess.run([*run, str(f)], capture_output=True, text=True)
    assert r.returncode == 1 and "Traceback" not in r.stderr
    assert f"{f}:2:1: error: macro argument $1 in probe description profile:::tick-$1m" in r.stderr
    assert "--arg VALUE" in r.stderr
    r = subprocess.run([*run, "--arg", "3", str(f)], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "probe timer.s(180)\n" in r.stdout


def test_a_run_pastes_an_argument_into_a_longer_name_as_dtrace_does():
    """dtrace_xstr2desc: in a description the argument's digits may run into more of
    the name (`tick-$1s` with 5 is tick-5s), and `$$1` reads as `$1` there; a run used
    to stop at 'macro variable $1s is not defined' and quote `$$1`."""
    from xtrace.frontends.d import preprocess as pp
    ctx = pp.MacroContext(["t.d", "5", "read"], {})
    src = "profile:::tick-$1s { exit(0); }\nsyscall::$$2:entry { n++; }\n"
    out = pp.expand_macros(src, "t.d", ctx)
    assert out.startswith("profile:::tick-5s { exit(0); }\nsyscall::read:entry {"), out
    assert ctx.referenced == {1, 2}
    with pytest.raises(XtraceError, match=r"macro argument \$3 is not defined"):
        pp.expand_macros("profile:::tick-$3s { }\n", "t.d", pp.MacroContext(["t.d"], {}))


def test_a_library_of_an_argument_process():
    """pid$1:libc.so.6:malloc:entry is Vue's @@uft:$1:libc.so.6:malloc:entry (IBM's
    PID:MODULE fields); stap's process(PID) names the program only, so stap's port
    is the library's malloc tested for that process, not the program's malloc."""
    src = '#pragma D option quiet\npid$1:libc.so.6:malloc:entry { printf("m\\n"); }\n'
    vue = translate_text(src, "x.d", "d", "vue")
    assert "@@uft:$1:libc.so.6:malloc:entry\n" in vue, vue
    assert "pid$1:libc.so.6:malloc:entry\n" in translate_text(vue, "x.e", "vue", "d")
    stp = translate_text(src, "x.d", "d", "stp")
    assert 'libc.so.6").function("malloc")' in stp and "if (pid() != $1) next" in stp
    assert "process($1)" not in stp


def test_a_library_function_named_by_an_argument():
    src = '#pragma D option quiet\npid$target:libc.so.6:$1:entry { printf("f\\n"); }\n'
    stp = translate_text(src, "x.d", "d", "stp")
    # (the library as the non-argument point names it)
    assert 'probe process("' + LIBC + '").function(@1)\n' in stp, stp
    vue = translate_text(src, "x.d", "d", "vue")
    assert "@@uft:$__CPID:libc.so.6:$1:entry\n" in vue, vue


def test_a_process_argument_first_in_the_predicate_is_the_syscall_tuples_pid_field():
    """IBM's example: `@@syscall:*:read:entry when (__pid == $1)`, run with a pid; a
    porter writes the PID field, `@@syscall:$1:read:entry`, which Vue's frontend reads
    back as that same test first."""
    src = ('#pragma D option quiet\nsyscall::read:entry /pid == $1 && arg0 == 0/ '
           '{ printf("%s\\n", execname); }\n')
    vue = translate_text(src, "x.d", "d", "vue")
    assert "@@syscall:$1:read:entry\nwhen (__arg1 == 0)\n" in vue, vue
    back = translate_text(vue, "x.e", "vue", "d")
    assert "syscall::read:entry\n/pid == $1 && arg0 == 0/\n" in back, back
    assert frontends.parse(back, "y.d", "d").probes == frontends.parse(src, "x.d", "d").probes
    stp = translate_text("@@syscall:$1:read:entry\n{ printf(\"r\\n\"); }\n", "x.e", "vue", "stp")
    assert "probe syscall.read\n{\n    if (pid() != $1) next\n" in stp, stp
