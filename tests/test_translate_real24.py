"""The twenty-fourth real-script sample's fixes (docs/translate-real-scripts.md):
a stap stopwatch started as the session begins (procmod_watcher.stp's
`start_stopwatch("timer")`, read in every event line) written out in D and Vue as a
global set to the clock there, where the port was refused for the tapset's
stopwatch functions; and D's printa of several aggregations in stap (sysc.d's
strace-like table) written as a porter writes it: one row-collecting loop per
aggregation however often the printa names it, and a normalize() by a constant
divided where it is printed (by 1: not at all) rather than kept in a variable."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from translating import translated, unwrapped

# yifengyou/systemtap's procmod_watcher.stp (systemtap's example), cut down to its
# stopwatch: started in `probe begin`, read by a function of the script's
PROCMOD = ('function print_time() {\n'
           '   timer = read_stopwatch_us("timer")\n'
           '   printf("%4d.%.6d: ", timer/1000000, timer%1000000)\n'
           '}\n'
           'probe begin {\n'
           '   start_stopwatch("timer")\n'
           '   printf("   0.000000: Started\\n")\n'
           '}\n'
           'probe syscall.close {\n'
           '   print_time()\n'
           '   printf("CLOSE: (%4d) %s\\n", pid(), execname())\n'
           '}\n')


def test_a_stopwatch_started_at_begin_is_a_global_of_the_clock_in_d():
    d = unwrapped(translated(PROCMOD, "d"))
    assert "int64_t timer_start;" in d
    assert "timer_start = timestamp;" in d
    assert "this->print_time_timer = (timestamp - timer_start) / 1000;" in d
    # the tapset's functions and arrays are not carried into the port
    assert "stopwatch" not in d and "__xt_sw" not in d


def test_a_stopwatch_started_at_begin_in_vue():
    vue = translated(PROCMOD, "vue")
    # (a stamp of the clock, read as a difference in µs: diff_time(), as ProbeVue
    # wants a probev_timestamp_t read; frontends/vue/clocks.py)
    assert "__global probev_timestamp_t timer_start;" in vue
    assert "timer_start = timestamp();" in vue
    assert "print_time_timer = diff_time(timer_start, timestamp(), MICROSECONDS);" in vue
    assert "stopwatch" not in vue


def test_each_read_is_the_clock_since_the_start_in_its_unit():
    d = unwrapped(translated('probe begin { start_stopwatch("run") }\n'
                             'probe timer.ms(500) {\n'
                             '  printf("%d %d %d %d\\n", read_stopwatch_ns("run"), '
                             'read_stopwatch_us("run"), read_stopwatch_ms("run"), '
                             'read_stopwatch_s("run"))\n'
                             '  exit()\n'
                             '}\n', "d"))
    assert ('printf("%d %d %d %d\\n", timestamp - run_start, (timestamp - run_start) / 1000, '
            '(timestamp - run_start) / 1000000, (timestamp - run_start) / 1000000000);') in d


@pytest.mark.parametrize("src", [
    # stopped: its value is the spans before the stop
    'probe begin { start_stopwatch("a") }\n'
    'probe timer.ms(100) { stop_stopwatch("a"); println(read_stopwatch_us("a")); exit() }\n',
    # read in a begin probe, maybe before its start (the tapset reads 0 there)
    'probe begin { start_stopwatch("a"); println(read_stopwatch_us("a")); exit() }\n',
    # started outside a begin probe: it may start again, or not at all
    'probe syscall.close { start_stopwatch("a") }\n'
    'probe timer.ms(100) { println(read_stopwatch_us("a")); exit() }\n',
])
def test_a_stopwatch_started_and_stopped_as_the_script_goes_is_two_globals(src):
    """(These were refused until the stopwatch's whole state was written out: the clock
    at the running span's start, 0 when stopped, and the spans before it.)"""
    d = unwrapped(translated(src, "d"))
    assert "int64_t a_start;" in d and "int64_t a_total;" in d and "stopwatch" not in d
    assert "(a_total + (a_start ? timestamp - a_start : 0)) / 1000" in d
    assert "if (!a_start)\n        a_start = timestamp;" in d
    if "stop_stopwatch" in src:
        assert "a_total += timestamp - a_start;" in d
    vue = unwrapped(translated(src, "vue"))
    # (Vue subtracts no timestamp()s: the span is diff_time()'s, in the µs it counts)
    assert "__global probev_timestamp_t a_start;" in vue and "stopwatch" not in vue
    if "stop_stopwatch" in src:
        # spans summed and read only in µs: the total is kept in µs, as a porter keeps it
        assert "a_total += diff_time(a_start, timestamp(), MICROSECONDS);" in vue
        assert ('printf("%d\\n", a_total + (a_start != 0 ? diff_time(a_start, timestamp(), '
                'MICROSECONDS) : 0));') in vue
    else:
        assert "(a_total + (a_start != 0 ? diff_time(a_start, timestamp(), MICROSECONDS) * 1000 : 0)) / 1000" \
            in vue


def test_a_stopwatch_whose_name_the_script_computes_stays_refused():
    src = ('global n = "a"\n'
           'probe begin { start_stopwatch(n) }\n'
           'probe timer.ms(100) { println(read_stopwatch_us(n)); exit() }\n')
    for to in ("d", "vue"):
        with pytest.raises(XtraceError) as info:
            translate_text(src, "t.stp", "stap", to)
        assert "stopwatch" in str(info.value)


def test_two_stopwatches_get_their_own_globals_and_the_run_keeps_the_tapset():
    src = ('global timer_start = 7\n'
           'probe begin { start_stopwatch("timer"); start_stopwatch("io wait") }\n'
           'probe timer.ms(100) {\n'
           '  printf("%d %d %d\\n", timer_start, read_stopwatch_ms("timer"), read_stopwatch_ms("io wait"))\n'
           '  exit()\n'
           '}\n')
    d = unwrapped(translated(src, "d"))
    # the script's own timer_start keeps its name; the stopwatch's is the next free one
    assert "timer_start2 = timestamp;" in d and "io_wait_start = timestamp;" in d
    assert "(timestamp - timer_start2) / 1000000, (timestamp - io_wait_start) / 1000000" in d
    # the port's rewrite is not the run's: stap itself keeps the tapset's stopwatches
    from xtrace import frontends
    prog = frontends.parse(src, "t.stp", "stap")
    assert any(f.name == "read_stopwatch_ms" for f in prog.functions)


# Bruffen/ESC's sysc.d (Trabalho3/Probes), cut down: @total twice in the printa,
# normalize() by 1 and by a constant
SYSC = ('syscall:::entry /pid == $target/ { @counts[probefunc] = count(); ts[probefunc] = timestamp; }\n'
        'syscall:::return /pid == $target && ts[probefunc]/ {\n'
        '  @avg[probefunc] = avg(timestamp - ts[probefunc]);\n'
        '  @total[probefunc] = sum(timestamp - ts[probefunc]);\n'
        '}\n'
        'END {\n'
        '  normalize(@avg, 1);\n'
        '  normalize(@total, 1000);\n'
        '  printa("%@8u %@10u %@5u %-s\\n", @total, @avg, @counts, @total);\n'
        '}\n')


def test_a_printa_naming_an_aggregation_twice_collects_its_rows_once():
    stp = translated(SYSC, "stap", "d")
    assert stp.count("foreach ([fn] in total)") == 1, stp
    assert stp.count("foreach ([fn] in avg)") == 1 and stp.count("foreach ([fn] in counts)") == 1


def test_normalize_by_a_constant_divides_where_it_prints():
    stp = unwrapped(translated(SYSC, "stap", "d"))
    assert "_scale" not in stp, stp
    # by 1000: the row's value and the printed one; by 1: no division
    assert "printa_rows[fn] = @sum(total[fn]) / 1000" in stp
    assert "fn in total ? @sum(total[fn]) / 1000 : 0, fn in avg ? @avg(avg[fn]) : 0" in stp
