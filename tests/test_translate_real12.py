"""Regressions from the twelfth sample of real scripts (docs/translate-real-scripts.md,
"Twelfth sample"): acdha/unix_tools' DTrace scripts, the DTraceToolkit's procsystime,
errinfo and topsyscall, dtrace4linux's restest.d, dtrace-utils' inline, tick-n and
profile-n unit tests, and SystemTap's testsuite systemtap.maps and systemtap.printf
scripts."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import translated


# ------------------------------------------------ a tick's rate argument with a unit

SYSCALLS = """#pragma D option quiet
syscall:::entry /pid == $2/ { @[probefunc] = count(); }
tick-$1 { printa(@); clear(@); }
"""


def test_a_tick_argument_given_with_its_unit_is_the_period():
    # acdha's syscalls.d, run as `syscalls.d 10s PID`: `tick-$1` with `10s` is
    # tick-10s, a period; kept as stap's timer.hz($1) it read "10s" as a rate
    # (stap refused the port: "number invalid or out of range")
    out = translate_text(SYSCALLS, "t.d", "d", "stap", args=("10s", "1"))
    assert "probe timer.s(10)" in out and "timer.hz" not in out
    frontends.parse(out, "back.stp", "stap", ("10s", "1"))


@pytest.mark.parametrize("args", [None, ("5", "1")])
def test_a_bare_number_stays_the_ports_rate_argument(args):
    out = translate_text(SYSCALLS, "t.d", "d", "stap", args=args)
    assert "probe timer.hz($1)" in out


# -------------------------------------------------- a postfix step in a predicate

def test_a_postfix_step_in_a_predicate_is_stepped_then_tested():
    # dtrace4linux's restest.d, `tick-1sec /i++ >= 10/ { exit(0); }`: in stap's `if`
    # condition the step is no read of i, so stap would print i at the end
    # (refused: "global 'i' is written but never read"); stepped first, the test
    # reads the new value: old >= 10 is new > 10
    out = translated("#pragma D option quiet\ntick-1sec /i++ >= 10/ { exit(0); }\n", "stap", "d")
    body = out.split("probe timer.s(1)")[1]
    assert body.index("i++") < body.index("if (i <= 10) next") < body.index("exit()")


@pytest.mark.parametrize("pred, test", [
    ("i++ == 3", "if (i != 4) next"),
    ("i++ < 3", "if (i > 3) next"),
    ("i-- > 0", "if (i < 0) next"),
    ("i++ * 2 > 6", "if ((i - 1) * 2 <= 6) next"),
])
def test_the_old_value_of_a_postfix_step(pred, test):
    out = translated(f"#pragma D option quiet\ntick-1sec /{pred}/ {{ exit(0); }}\n", "stap", "d")
    assert test in out


def test_a_step_behind_and_stays_in_the_predicate():
    # `x && i++ > 3` steps i only when x: moved out it would always step
    with pytest.raises(XtraceError, match="'i' is written but never read"):
        translated("#pragma D option quiet\nBEGIN { x = 1; }\n"
                   "tick-1sec /x && i++ > 3/ { exit(0); }\n", "stap", "d")


# ------------------------------------ an assignment as a branch of the ternary idiom

PROCSYSTIME = """#pragma D option quiet
inline int OPT_counts = 1;
inline int OPT_elapsed = 1;
syscall:::entry
{
\tOPT_counts ? @Counts[probefunc] = count() : 1;
\tOPT_elapsed ? self->start = timestamp : 1;
}
syscall:::return /self->start/ { @Elapsed[probefunc] = sum(timestamp - self->start); self->start = 0; }
"""


def test_an_aggregation_update_as_a_branch_of_the_ternary_idiom():
    # the DTraceToolkit's procsystime: `OPT_counts ? @Counts[probefunc] = count() : 1;`
    # (was "an aggregation assignment must be a statement of its own")
    prog = frontends.parse(PROCSYSTIME, "t.d", "d")
    first = prog.probes[0].body.stmts
    assert [type(s) for s in first] == [ir.If, ir.If]
    assert isinstance(first[0].then.stmts[0], ir.AggUpdate) and first[0].else_ is None
    stp = translated(PROCSYSTIME, "stap", "d")
    assert "if (@OPT_counts) {\n        Counts[name] <<< 1\n    }" in stp
    assert "if (@OPT_elapsed) {\n        start[tid()] = ktime_get_ns()\n    }" in stp


def test_an_aggregation_update_inside_another_expression_stays_refused():
    with pytest.raises(XtraceError, match="must be a statement of its own"):
        frontends.parse("BEGIN { x = (@a = count()); }\n", "t.d", "d")


# ------------------------------------------------------------- inline constants

INLINES = """#pragma D option quiet
inline char new_char = 'c' + 2;
inline short new_short = 10 * new_char;
inline uint16_t new_uint16 = 30 - 'q';
inline long long new_long_long = 1234512345 * (long)1234567890;
inline unsigned long * pointer = &`max_pfn;
BEGIN { printf("%c %d %d %d\\n", new_char, new_short, new_uint16, new_long_long); exit(0); }
"""


def test_an_unread_pointer_inline_is_nothing():
    # dtrace-utils' tst.InlineExpression.d declares one and never reads it (was "a
    # pointer inline is not supported yet" for the whole script)
    frontends.parse(INLINES, "t.d", "d")
    with pytest.raises(XtraceError, match="a pointer inline is not supported"):
        frontends.parse(INLINES.replace("new_long_long);", "new_long_long, (long)pointer);")
                        .replace("%d\\n", "%d %d\\n"), "t.d", "d")


def test_a_constant_inline_is_its_value_in_a_port():
    # C's arithmetic: 'c' + 2 is 101; 10 * 101 fits a short; 30 - 113 wraps to 65453
    # as a uint16_t; the long long product is 64-bit (1234512345 * 1234567890)
    stp = translated(INLINES, "stap", "d")
    for name, value in [("new_char", 101), ("new_short", 1010), ("new_uint16", 65453),
                        ("new_long_long", 1524089300945602050)]:
        assert f"@define {name} %( {value} %)" in stp
    assert "0xff" not in stp and "0xffff" not in stp
    assert 'printf("%c %d %d %d\\n", @new_char, @new_short, @new_uint16, @new_long_long)' in stp


@pytest.mark.parametrize("src, value", [
    ("-7 / 2", -3), ("-7 % 2", -1), ("(char)200", -56), ("(unsigned char)-1", 255),
    ("(uint32_t)0 - 1", 4294967295), ("1 << 31", -2147483648), ("3 > 2 ? 3 : 2", 3),
    ("(short)(10 * 4000)", -25536), ("!5", 0), ("~0", -1),
])
def test_constant_integer_expressions_as_c_computes_them(src, value):
    from xtrace.ir.constint import int_value
    prog = frontends.parse(f"BEGIN {{ x = {src}; }}\n", "t.d", "d")
    assert int_value(prog.probes[0].body.stmts[0].expr.value)[0] == value


def test_a_division_by_zero_or_a_variable_is_no_constant():
    from xtrace.ir.constint import int_value
    for src in ("1 / 0", "pid + 1", "1 << 40"):
        prog = frontends.parse(f"BEGIN {{ y = {src}; }}\n", "t.d", "d")
        assert int_value(prog.probes[0].body.stmts[0].expr.value) is None


# -------------------------------------------- code an option set to 0 never runs

PROCSYSTIME_CPU = """#pragma D option quiet
inline int OPT_elapsed = 1;
inline int OPT_cpu = 0;
syscall:::entry
{
\tOPT_elapsed ? self->start = timestamp : 1;
\tOPT_cpu ? self->vstart = vtimestamp : 1;
}
syscall:::return /self->start/ { @Elapsed[probefunc] = sum(timestamp - self->start); self->start = 0; }
syscall:::return /self->vstart/ { @CPU[probefunc] = sum(vtimestamp - self->vstart); self->vstart = 0; }
END /OPT_elapsed/ { printa("%16s %@18d\\n", @Elapsed); }
END /OPT_cpu/ { printa("%16s %@18d\\n", @CPU); }
"""


# procsystime's OPT_cpu code with a value stap cannot say in place of vtimestamp
# (which it now says: frontends/vtimestamp_port.py): D's `ucaller`
CPU_BLOCKED = PROCSYSTIME_CPU.replace("vtimestamp", "ucaller")


def test_code_a_false_option_keeps_from_running_leaves_a_port_it_blocks():
    # the DTraceToolkit's procsystime without -o: its OPT_cpu code reads a value
    # stap lacks (refused); it never runs, and the port is of the rest
    stp = translated(CPU_BLOCKED, "stap", "d")
    body = stp.split("\n", 1)[1]
    assert "vstart" not in body and "CPU" not in body and "OPT_cpu" not in body
    # the port says what went, where a reader looks first
    assert stp.startswith("# OPT_cpu is 0 here: the code it guards, which stap cannot say, "
                          "is left out\n")
    assert "@define OPT_elapsed %( 1 %)" in stp and "Elapsed[name] <<<" in stp


def test_a_port_the_options_code_does_not_block_keeps_it():
    # the options' code stays where the target can say it (here D to D's own
    # readers, stap: no vtimestamp involved)
    src = PROCSYSTIME_CPU.replace("vtimestamp", "timestamp")
    stp = translated(src, "stap", "d")
    assert "@define OPT_cpu %( 0 %)" in stp and "vstart[tid()]" in stp


def test_a_refusal_in_live_code_is_still_a_refusal():
    with pytest.raises(XtraceError, match="ucaller"):
        translated(CPU_BLOCKED.replace("OPT_cpu = 0", "OPT_cpu = 1"), "stap", "d")


def test_procsystime_s_cpu_times_port_with_the_scheduler_s_clock():
    """vtimestamp in stap: sum_exec_runtime plus the stint since exec_start."""
    stp = translated(PROCSYSTIME_CPU.replace("OPT_cpu = 0", "OPT_cpu = 1"), "stap", "d")
    assert ('vstart[tid()] = (@cast(task_current(), "task_struct", "kernel")->se->sum_exec_runtime '
            '+ local_clock_ns() - @cast(task_current(), "task_struct", "kernel")->se->exec_start)') in stp


def test_dead_options_leave_nothing_when_no_option_is_false():
    from xtrace.ir.deadoptions import without_dead_options
    prog = frontends.parse(PROCSYSTIME_CPU.replace("OPT_cpu = 0", "OPT_cpu = 1"), "t.d", "d")
    assert without_dead_options(prog) is None
    live, options = without_dead_options(frontends.parse(PROCSYSTIME_CPU, "t.d", "d"))
    assert options == ["OPT_cpu"]
    # (the fourth, implicit: the exit dump of @Elapsed should its printa print nothing)
    assert len([p for p in live.probes if not p.implicit]) == 3 and {g.name for g in live.globals} >= {"Elapsed"}


# ------------------------------------------- a probe point after a used @define

def test_a_point_after_a_used_macro_is_spelled_as_parsed():
    # the stap port of procsystime keeps its options as @defines: their expansion
    # moved the tokens' offsets, a point was spelled out of the original text
    # (`obe syscall`), not read as syscall_any, and its `name` said mmap2 and pread
    src = ('@define OPT %( 1 %)\nglobal c\nprobe begin { if (@OPT) printf("x\\n") }\n'
           'probe syscall_any { c[name]++ }\nprobe syscall_any.return { c[name]++ }\n')
    prog = frontends.parse(src, "t.stp", "stap")
    assert [[pp.spelling for pp in p.points] for p in prog.probes][:3] == \
        [["begin"], ["syscall_any"], ["syscall_any.return"]]
    key = prog.probes[1].body.stmts[0].expr.target.keys[0]
    assert isinstance(key, ir.Call) and key.name == "syscall_name_of"
    assert '"mmap2"' not in translated(src, "d")


def test_an_errno_key_reads_as_err():
    # the DTraceToolkit's errinfo -c: its foreach named the key k3
    src = ("#pragma D option quiet\nsyscall:::return /errno != 0/ "
           "{ @Errs[execname, probefunc, errno] = count(); }\n"
           'END { printa("%s %s %d %@d\\n", @Errs); }\n')
    assert "foreach ([comm, fn, err] in Errs @count+)" in translated(src, "stap", "d")


# ---------------------------------------------------------------- stap's %#c

def test_stap_percent_hash_c_writes_the_character_escaped():
    # systemtap.printf's char2.stp: stap writes %#c with C's escapes (its char2.exp),
    # xtrace's stap wrote the byte itself
    from xtrace.runtime.format import apply_format, compile_format, stap_pieces
    pieces = stap_pieces(compile_format("%#c%#c%#c%#c%#c[%#4c][%c]"))
    assert apply_format(pieces, [97, 10, 0, 0o222, 92, 9, 10]) == "a\\n\\000\\222\\\\[  \\t][\n]"


def test_d_and_vue_ports_refuse_stap_percent_hash_c():
    src = 'probe begin { printf("%#c\\n", 10); printf("%#x\\n", 0); exit() }\n'
    for to in ("d", "vue"):
        with pytest.raises(XtraceError, match="stap's %#c"):
            translate_text(src, "t.stp", "stap", to)
    assert "0x%x" in translated(src.replace('printf("%#c\\n", 10); ', ""), "d")
