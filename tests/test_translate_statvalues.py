"""stap statistics read as values (ir/statvalues.py): plain D arrays of the count,
sum, min and max a D porter keeps beside (or instead of) the aggregation, and the
refusals that stay, each with its reason."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError


def _d(src: str) -> str:
    return translate_text(src, "t.stp", "stap", "d")


def _parses(d: str) -> None:
    frontends.parse(d, "port.d", "d")


def test_a_count_tested_in_a_probe_and_a_sum_printed_under_it_are_plain_arrays():
    # iotime.stp's shape: `if (@count(time_io[pid(), $fd])) printf(.. @sum(..))`
    d = _d("global t\n"
           "probe syscall.read.return { t[pid(), 3] <<< 7 }\n"
           "probe syscall.close { if (@count(t[pid(), fd])) printf(\"%d\\n\", @sum(t[pid(), fd]))\n"
           "  delete t[pid(), fd] }\n")
    assert "t_count[pid, 3]++;" in d and "t_sum[pid, 3] += 7;" in d
    assert "if (t_count[pid, (int)arg0])" in d and "t_sum[pid, (int)arg0]);" in d
    assert "t_count[pid, (int)arg0] = 0;" in d and "t_sum[pid, (int)arg0] = 0;" in d
    assert "@t" not in d and "min" not in d  # only what is read is kept
    _parses(d)


def test_a_max_under_a_count_test_is_set_by_the_first_value():
    # fntimes.stp's shape: @count against an unassigned global, @max right of &&
    d = _d("global times, least = 100\n"
           "probe syscall.read { t = gettimeofday_us()\n"
           "  if (@count(times[tid()]) >= least && t >= @max(times[tid()]) * 2)\n"
           "    printf(\"%d %d\\n\", t, @max(times[tid()]))\n"
           "  times[tid()] <<< t }\n")
    assert ("times_max[tid] = times_count[tid] == 0 || this->t > times_max[tid] ? this->t : "
            "times_max[tid];\n    times_count[tid]++;") in d
    assert "times_sum" not in d
    _parses(d)


def test_avg_is_the_sum_over_the_count_and_a_changing_value_is_read_once():
    d = _d("global s\n"
           "probe syscall.read { s[execname()] <<< gettimeofday_us()\n"
           "  if (@count(s[execname()]) > 1)\n"
           "    printf(\"%d %d\\n\", @avg(s[execname()]), @min(s[execname()])) }\n")
    assert "s_sum[execname] / s_count[execname]" in d
    # the clock is read once, into a clause variable, for the min's test and store
    assert "this->s_value = walltimestamp / 1000;" in d
    assert "s_min[execname] = s_count[execname] == 0 || this->s_value < s_min[execname]" in d
    _parses(d)


def test_an_array_without_keys_is_plain_scalars_and_its_delete_zeroes_them():
    d = _d("global s\nprobe begin { s <<< 4; s <<< 6\n"
           "  printf(\"%d\\n\", @sum(s) >> 1); delete s; printf(\"%d\\n\", @count(s) + 1); exit() }\n")
    assert "s_count++;" in d and "s_sum += 4;" in d
    assert "s_sum >> 1" in d and "s_count = 0;" in d and "s_sum = 0;" in d
    _parses(d)


@pytest.mark.parametrize("src, reason", [
    # stap faults on @max of an element with no value, a D array reads 0
    ("global s\nprobe begin { s[1] <<< 2; printf(\"%d\\n\", @max(s[2]) + 1); exit() }\n",
     r"@max\(s...\) at line 2 may read an element with no value.*nearest: test @count"),
    # a keyed array cleared whole: D clears only aggregations
    ("global s\nprobe begin { s[1] <<< 2; if (@count(s[1])) printf(\"%d\\n\", @sum(s[1]) * 2); "
     "delete s; exit() }\n", r"`delete s` clears every element"),
    # a loop printing another array's value beside the statistics (futexes.stp)
    ("global s, n\nprobe syscall.read { n[pid()] = execname(); s[pid()] <<< 1 }\n"
     "probe end { foreach (p+ in s) printf(\"%s %d %d %d\\n\", n[p], p, @count(s[p]), @avg(s[p])) }\n",
     r"prints `n\[p\]`, another array's value"),
    # a loop over another array (iostats.stp)
    ("global s, tot\nprobe syscall.read { s[pid()] <<< 3; tot[pid()] += 3 }\n"
     "probe end { foreach (p in tot- limit 5) printf(\"%d %d %d\\n\", p, @count(s[p]), @sum(s[p])) }\n",
     r"runs over the array 'tot' and prints the statistics of 's'"),
    # a row's share of a total (latencytap.stp)
    ("global s\nprobe syscall.read { s[pid()] <<< 3 }\n"
     "probe end { tot = 0; foreach (p in s) tot += @sum(s[p])\n"
     "  foreach (p in s) printf(\"%d %d %d\\n\", p, @count(s[p]), @sum(s[p]) * 100 / tot) }\n",
     r"adds up a total \('tot'.*share of"),
    # @variance (periodic.stp)
    ("global s\nprobe syscall.read { s <<< 3 }\n"
     "probe end { printf(\"%d %d\\n\", @count(s), @variance(s)) }\n",
     r"@variance, which D has not"),
    # several statistics of the first rows (ioblktime.stp)
    ("global s\nprobe syscall.read { s[pid()] <<< 3 }\n"
     "probe end { foreach (p in s- limit 3) printf(\"%d %d %d\\n\", p, @sum(s[p]), @count(s[p])) }\n",
     r"first 3 rows of several statistics"),
])
def test_what_plain_arrays_cannot_say_stays_refused_with_its_reason(src, reason):
    with pytest.raises(XtraceError, match=reason):
        _d(src)


def test_the_port_says_once_that_its_arrays_are_shared_by_the_cpus():
    d = _d("global t\n"
           "probe syscall.read.return { t[pid()] <<< 7 }\n"
           "probe syscall.write.return { t[pid()] <<< 9 }\n"
           "probe syscall.close { if (@count(t[pid()])) printf(\"%d\\n\", @sum(t[pid()])) }\n")
    assert d.count("stap's statistics of t, in plain") == 1
    assert "two CPUs adding at the same instant may lose an update" in d
    _parses(d)
