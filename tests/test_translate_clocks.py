"""stap's gettimeofday_us()/_ms() differences translated to Vue as timestamp() stamps and
diff_time() (frontends/vue/clocks.py). Found by translating SystemTap's examples
(wait4time.stp, sleeptime.stp, iotime.stp: docs/translate-real-scripts.md)."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError

from translating import unwrapped


def _vue(text: str) -> str:
    out = translate_text(text, "t.stp", "stap", "vue")
    frontends.parse(out, "back.e", "vue")  # it is real code
    return out


def test_stamps_kept_in_a_global_an_array_and_a_local_are_timestamps_and_diff_times():
    # wait4time.stp
    vue = _vue('global start, entry\n'
               'probe begin { start = gettimeofday_us() }\n'
               'probe syscall.wait4 { t = gettimeofday_us(); entry[pid()] = t }\n'
               'probe syscall.wait4.return {\n'
               '  printf("%d %d\\n", gettimeofday_us() - start, gettimeofday_us() - entry[pid()])\n'
               '  delete entry[pid()]\n}\n')
    assert "__global probev_timestamp_t start;" in vue
    assert "start = timestamp();" in vue
    assert "__auto probev_timestamp_t t;" in vue and "t = timestamp();" in vue
    assert ('printf("%d %d\\n", diff_time(start, timestamp(), MICROSECONDS), '
            'diff_time(entry[__pid], timestamp(), MICROSECONDS));') in unwrapped(vue)


def test_an_entry_stamp_in_milliseconds_is_a_thread_timestamp():
    # sleeptime.stp's `gettimeofday_us() - @entry(gettimeofday_us())`, in ms here
    vue = _vue('probe syscall.nanosleep.return {\n'
               '  printf("%d\\n", gettimeofday_ms() - @entry(gettimeofday_ms())) }\n')
    assert "__thread probev_timestamp_t " in vue
    assert "MILLISECONDS)" in vue and "diff_time(entry_time" in vue and "entry_time = 0" not in vue


@pytest.mark.parametrize("body", [
    'printf("%d\\n", gettimeofday_us())',                        # the time itself
    'x = gettimeofday_us(); printf("%d\\n", x / 2)',              # a stamp read otherwise
    'x = gettimeofday_us(); if (x > 5) printf("%d\\n", gettimeofday_us() - x)',  # compared to a number
    'x = gettimeofday_us(); y = gettimeofday_us(); if (x < y) printf("%d\\n", y - x)',  # ordered:
    # stap's µs readings can be equal where Vue's timestamps are not
    'x = 1; x = gettimeofday_us(); printf("%d\\n", gettimeofday_us() - x)',  # holds a number too
    'x = gettimeofday_us(); printf("%d\\n", gettimeofday_ms() - x)',  # units differ
])
def test_wall_clock_values_that_are_not_only_differences_stay_refused(body):
    with pytest.raises(XtraceError) as e:
        translate_text('probe syscall.read { ' + body + ' }\n', "t.stp", "stap", "vue")
    # the refusal names Vue's nearest: timestamp(), with what differs
    assert e.value.message.startswith("Vue has no equivalent of stap's gettimeofday_*() (the wall "
                                      "clock); "
                                      "nearest: timestamp(), a probev_timestamp_t: two of them "
                                      "apart with diff_time(), one as a date with printf's %A")
    assert e.value.loc is not None and e.value.loc.line == 1


def test_a_stamp_tested_for_being_set_is_compared_against_zero():
    # futexes.stp: an array's stamp read into a local, tested, used in a difference,
    # deleted; Vue's probev_timestamp_t may be compared against 0 and set to 0
    vue = _vue('global blocktime, waits, last\n'
               'probe syscall.nanosleep { blocktime[tid()] = gettimeofday_us() }\n'
               'probe syscall.nanosleep.return {\n'
               '  ts = blocktime[tid()]\n'
               '  if (ts) {\n'
               '    waits[execname()] <<< gettimeofday_us() - ts\n'
               '    delete blocktime[tid()]\n'
               '  }\n'
               '  if (!last || last == 0) last = gettimeofday_us()\n'
               '  if (last != 0 && blocktime[tid()]) printf("%d\\n", gettimeofday_us() - last)\n'
               '  if (ts > 0) last = 0\n'
               '}\n'
               'probe end { print(@count(waits["x"])) }\n')
    assert "__auto probev_timestamp_t ts;" in vue
    assert "__global probev_timestamp_t last;" in vue
    assert "if (ts != 0)" in vue
    assert "diff_time(ts, timestamp(), MICROSECONDS)" in vue
    # blocktime[tid()] is a thread variable; its free stays, as a later test reads it
    assert "__thread probev_timestamp_t blocktime;" in vue and "blocktime = 0;" in vue
    assert "if (last == 0 || last == 0)" in vue
    assert "if (last != 0 && blocktime != 0)" in vue
    assert "if (ts > 0)" in vue and "last = 0;" in vue
    assert "walltimestamp" not in vue


def test_a_deleted_stamp_of_an_array_is_deleted_in_vue():
    vue = _vue('global start\n'
               'probe syscall.nanosleep { start[pid(), tid()] = gettimeofday_ms() }\n'
               'probe syscall.nanosleep.return {\n'
               '  t = start[pid(), tid()]\n'
               '  if (t) printf("%d\\n", gettimeofday_ms() - t)\n'
               '  delete start[pid(), tid()]\n}\n')
    assert "__auto probev_timestamp_t t;" in vue
    assert "if (t != 0)" in vue and "diff_time(t, timestamp(), MILLISECONDS)" in vue
    assert "delete(start, __pid, __tid);" in vue


def test_d_nanosecond_stamps_divided_to_us_or_ms_are_diff_times():
    """D's `timestamp` is nanoseconds, which Vue's diff_time() does not give: a
    difference a division makes µs or ms is diff_time(), a bare one stays as it was.
    IBM: a probev_timestamp_t is compared, or passed to diff_time(), never
    subtracted. The clause's predicate is a test of the stamp (`!= 0`) and keeps
    its `= 0` free (else the next return would fire again)."""
    src = ('syscall::read:entry { self->ts = timestamp; }\n'
           'syscall::read:return /self->ts/ {\n'
           '  printf("%d %d\\n", (timestamp - self->ts) / 1000, (timestamp - self->ts) / 1000000);\n'
           '  self->ts = 0;\n}\n')
    vue = translate_text(src, "t.d", "d", "vue")
    frontends.parse(vue, "back.e", "vue")
    assert "__thread probev_timestamp_t ts;" in vue
    assert "when (ts != 0)" in vue
    assert "diff_time(ts, timestamp(), MICROSECONDS), diff_time(ts, timestamp(), MILLISECONDS)" in unwrapped(vue)
    assert "ts = 0;" in vue


def test_d_nanosecond_differences_in_other_units_keep_the_scripts_unit():
    """diff_time() says µs or ms only. A difference the script keeps in ns is
    counted in µs and said in ns again (`* 1000`: the number a header such as
    "latency (ns)" promises, at µs resolution); one divided by a larger multiple of
    1000 is the coarsest unit that divides it, divided by the rest (`/ 1000000000`
    is ms / 1000, the same whole seconds). Before, the port subtracted two
    timestamp()s, which IBM's ProbeVue does not allow."""
    src = ('BEGIN { t = timestamp; }\n'
           'tick-1s { printf("%d %d %d\\n", timestamp - t, (timestamp - t) / 1000000000,\n'
           '  (timestamp - t) / 2000); @ns = sum(timestamp - t); exit(0); }\n')
    vue = translate_text(src, "r.d", "d", "vue")
    frontends.parse(vue, "back.e", "vue")
    flat = unwrapped(vue)
    assert "__global probev_timestamp_t t;" in vue and "timestamp() - t" not in vue
    assert ('printf("%d %d %d\\n", diff_time(t, timestamp(), MICROSECONDS) * 1000, '
            'diff_time(t, timestamp(), MILLISECONDS) / 1000, diff_time(t, timestamp(), MICROSECONDS) / 2);') in flat
    assert "append(ns, diff_time(t, timestamp(), MICROSECONDS) * 1000);" in flat
    # a divisor that is no multiple of 1000 divides the nanoseconds said again
    odd = translate_text('BEGIN { t = timestamp; } tick-1s { printf("%d\\n", (timestamp - t) / 7); exit(0); }\n',
                         "o.d", "d", "vue")
    assert "diff_time(t, timestamp(), MICROSECONDS) * 1000 / 7" in odd


CSW = ('BEGIN { times = 0; num = 0; }\n'
       'sched:::off-cpu { self->ts = timestamp; }\n'
       'sched:::on-cpu /self->ts/ { times += timestamp - self->ts; num++; self->ts = 0; }\n'
       'profile:::tick-1sec { printf("%d %d\\n", num == 0 ? 0 : times / 1000 / num, times / 1000000);\n'
       '  times = 0; num = 0; }\n')


def test_a_total_of_nanosecond_spans_read_only_in_us_is_kept_in_us():
    """cswstat.d's `times += timestamp - start[cpu]`, printed as `times / 1000`: a
    porter sums diff_time()'s µs and prints the total (or the total / 1000 for ms),
    where the port said each span in ns again (`* 1000`) to divide it back."""
    vue = translate_text(CSW, "csw.d", "d", "vue")
    frontends.parse(vue, "back.e", "vue")
    flat = unwrapped(vue)
    assert "times += diff_time(ts, timestamp(), MICROSECONDS);" in flat
    assert "num == 0 ? 0 : times / num" in flat and "times / 1000);" in flat
    assert "* 1000" not in flat


@pytest.mark.parametrize("read", ["times", "times / 7", "times / 1000 + times"])
def test_a_total_read_in_nanoseconds_anywhere_keeps_nanoseconds(read):
    src = CSW.replace("times / 1000000);", read + ");")
    vue = unwrapped(translate_text(src, "csw.d", "d", "vue"))
    assert "times += diff_time(ts, timestamp(), MICROSECONDS) * 1000;" in vue


def test_a_stopwatch_nothing_starts_reads_zero():
    """stopwatch.stp reads an unknown name as 0: a porter writes 0, where the port kept
    a total and a stamp nothing sets, and in Vue subtracted it from timestamp()."""
    src = ('probe begin { start_stopwatch("a") }\n'
           'probe timer.ms(100) { stop_stopwatch("a"); stop_stopwatch("never")\n'
           '  printf("%d %d\\n", read_stopwatch_us("a"), read_stopwatch_us("never")); exit() }\n')
    for to in ("d", "vue"):
        out = unwrapped(translate_text(src, "sw.stp", "stap", to))
        assert "never" not in out
        assert ", 0);" in out and "a_total" in out
