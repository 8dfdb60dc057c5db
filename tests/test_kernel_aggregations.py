"""Aggregations in the sandbox kernel: per-CPU updates, user-space merge, and
the exact text each tool prints for them.

Values come from BEGIN probes or from a host helper that makes lseek(-1,
VALUE, 0) calls for each VALUE it is given, pinned to one CPU: two helpers on
the two vCPUs give every aggregation two per-CPU entries to merge, with a
known split.
"""

from __future__ import annotations


import pytest

from conftest import build_host_program


HEADER = "           value  ------------- Distribution ------------- count    \n"
STAP_HEADER = "value |-------------------------------------------------- count\n"
# The end-of-run tests check the aggregation text alone: run quiet, so the BEGIN
# clause's record (exit() records data) has no CPU/ID/FUNCTION:NAME prefix line.
QUIET = "\n#pragma D option quiet\n"


@pytest.fixture(scope="module")
def argcaller(sandbox_target):
    """argcaller CPU V1 V2 ...: on CPU, one lseek(-1, Vi, SEEK_SET) per value."""
    src = r'''
#define _GNU_SOURCE
#include <sched.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(int argc, char **argv) {
    cpu_set_t set;
    int i;
    CPU_ZERO(&set);
    CPU_SET(atoi(argv[1]), &set);
    if (sched_setaffinity(0, sizeof(set), &set))
        return 2;
    for (i = 2; i < argc; i++)
        syscall(SYS_lseek, -1, atoll(argv[i]), 0);
    return 0;
}
'''
    return build_host_program("argcaller", src)


def on_two_cpus(helper, cpu0: list[int], cpu1: list[int]) -> str:
    a = " ".join(str(v) for v in cpu0)
    b = " ".join(str(v) for v in cpu1)
    return f"{helper} 0 {a} & {helper} 1 {b} & wait"


# ------------------------------------------------------------------ D


def test_d_end_of_run_output_of_every_aggregating_function(run_script):
    script = """
BEGIN
{
    @c = count(); @c = count(); @c = count();
    @s = sum(10); @s = sum(-3);
    @mn = min(7); @mn = min(-2);
    @mx = max(7); @mx = max(-2);
    @a = avg(-7); @a = avg(2);
    @sd = stddev(2); @sd = stddev(4); @sd = stddev(4); @sd = stddev(4);
    @sd = stddev(5); @sd = stddev(5); @sd = stddev(7); @sd = stddev(9);
    @q = quantize(0); @q = quantize(1); @q = quantize(3); @q = quantize(3); @q = quantize(1000);
    exit(0);
}
"""
    r = run_script(script + QUIET, "d")
    assert r.stdout == (
        # dtrace's one "\n" after tracing, then the dump's rows, none between two
        # aggregations (a distribution's own header starts with one)
        "\n                3\n"
        "                7\n"
        "               -2\n"
        "                7\n"
        "               -2\n"
        "                2\n"
        "\n" + HEADER +
        "              -1 |                                         0        \n"
        "               0 |@@@@@@@@                                 1        \n"
        "               1 |@@@@@@@@                                 1        \n"
        "               2 |@@@@@@@@@@@@@@@@                         2        \n"
        "               4 |                                         0        \n"
        "               8 |                                         0        \n"
        "              16 |                                         0        \n"
        "              32 |                                         0        \n"
        "              64 |                                         0        \n"
        "             128 |                                         0        \n"
        "             256 |                                         0        \n"
        "             512 |@@@@@@@@                                 1        \n"
        "            1024 |                                         0        \n"
        "\n")
    assert r.errors == 0


def test_d_lquantize_and_llquantize_by_key(run_script):
    script = """
BEGIN
{
    @l["small"] = lquantize(-5, 0, 30, 10);
    @l["small"] = lquantize(3, 0, 30, 10);
    @l["big"] = lquantize(25, 0, 30, 10);
    @l["big"] = lquantize(31, 0, 30, 10);
    @l["big"] = lquantize(4000, 0, 30, 10);
    @ll = llquantize(7, 10, 0, 2, 10);
    @ll = llquantize(42, 10, 0, 2, 10);
    @ll = llquantize(45, 10, 0, 2, 10);
    exit(0);
}
"""
    r = run_script(script + QUIET, "d")
    assert r.stdout == (
        "\n"
        "  small                                             \n" + HEADER +
        "             < 0 |@@@@@@@@@@@@@@@@@@@@                     1        \n"
        "               0 |@@@@@@@@@@@@@@@@@@@@                     1        \n"
        "              10 |                                         0        \n"
        "\n"
        "  big                                               \n" + HEADER +
        "              10 |                                         0        \n"
        "              20 |@@@@@@@@@@@@@                            1        \n"
        "           >= 30 |@@@@@@@@@@@@@@@@@@@@@@@@@@@              2        \n"
        "\n"
        "\n" + HEADER +
        "               6 |                                         0        \n"
        "               7 |@@@@@@@@@@@@@                            1        \n"
        "               8 |                                         0        \n"
        "               9 |                                         0        \n"
        "              10 |                                         0        \n"
        "              20 |                                         0        \n"
        "              30 |                                         0        \n"
        "              40 |@@@@@@@@@@@@@@@@@@@@@@@@@@@              2        \n"
        "              50 |                                         0        \n"
        "\n")


def test_d_per_cpu_entries_merge(run_script, argcaller):
    # CPU 0 sees 1, 2, 3, 900; CPU 1 sees 2, 2, -8 and 1 << 40.
    script = """
syscall::lseek:entry /execname == "argcaller"/
{
    @q = quantize(arg1);
    @n[cpu] = count();
    @avg = avg(arg1);
    @sd = stddev(arg1);
    @lo = min(arg1);
    @hi = max(arg1);
}
"""
    big = 1 << 40
    r = run_script(script, "d", cmd=on_two_cpus(argcaller, [1, 2, 3, 900], [2, 2, -8, big]))
    values = [1, 2, 3, 900, 2, 2, -8, big]
    avg = int(sum(values) / len(values))
    assert r.stdout == (
        "\n\n" + HEADER +
        "             -16 |                                         0        \n"
        "              -8 |@@@@@                                    1        \n"
        "              -4 |                                         0        \n"
        "              -2 |                                         0        \n"
        "              -1 |                                         0        \n"
        "               0 |                                         0        \n"
        "               1 |@@@@@                                    1        \n"
        "               2 |@@@@@@@@@@@@@@@@@@@@                     4        \n"
        "               4 |                                         0        \n"
        "               8 |                                         0        \n"
        "              16 |                                         0        \n"
        "              32 |                                         0        \n"
        "              64 |                                         0        \n"
        "             128 |                                         0        \n"
        "             256 |                                         0        \n"
        "             512 |@@@@@                                    1        \n"
        "            1024 |                                         0        \n"
        + "".join(f"{1 << k:16d} |                                         0        \n" for k in range(11, 40)) +
        "   1099511627776 |@@@@@                                    1        \n"
        "   2199023255552 |                                         0        \n"
        "\n"
        "        0                4\n"
        "        1                4\n"
        f"{avg:17d}\n"
        "     363629291297\n"
        "               -8\n"
        f"{big:17d}\n")
    assert r.errors == 0


def test_d_printa_with_a_format_and_a_histogram(run_script):
    script = """
#pragma D option quiet
BEGIN
{
    @h["x"] = quantize(2);
    @t["x"] = sum(5);
    printa("%s: %@d\\n", @t);
    printa("[%s]%@d--\\n", @h);
    exit(0);
}
"""
    r = run_script(script, "d")
    assert r.stdout == (
        "x: 5\n"
        "[x]\n" + HEADER +
        "               1 |                                         0        \n"
        "               2 |@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@@ 1        \n"
        "               4 |                                         0        \n"
        "--\n")


# ------------------------------------------------------------------ stap


def test_stap_histograms_variance_and_auto_print(run_script):
    script = """
global s, t, v, u
probe begin {
    s <<< 1; s <<< 2; s <<< 2; s <<< 4; s <<< 1024
    t["a"] <<< -5; t["a"] <<< 3; t["a"] <<< 30; t["b"] <<< 1
    v <<< 1; v <<< 2; v <<< 3; v <<< 4; v <<< 5
    u <<< 1; u <<< 2; u <<< 3; u <<< 4
    print(@hist_log(s))
    println(@hist_linear(t["a"], 0, 50, 10))
    printf("%d %d %d\\n", @variance(v), @count(t["a"]), @avg(t["a"]))
    exit()
}
"""
    r = run_script(script, "stap")
    assert r.stdout == (
        STAP_HEADER +
        "    0 |                                                   0\n"
        "    1 |@                                                  1\n"
        "    2 |@@                                                 2\n"
        "    4 |@                                                  1\n"
        "    8 |                                                   0\n"
        "   16 |                                                   0\n"
        "      ~\n"
        "  256 |                                                   0\n"
        "  512 |                                                   0\n"
        " 1024 |@                                                  1\n"
        " 2048 |                                                   0\n"
        " 4096 |                                                   0\n"
        "\n" + STAP_HEADER +
        "   <0 |@                                                  1\n"
        "    0 |@                                                  1\n"
        "   10 |                                                   0\n"
        "   20 |                                                   0\n"
        "   30 |@                                                  1\n"
        "   40 |                                                   0\n"
        "   50 |                                                   0\n"
        # println() of a histogram adds no newline of its own (stap 4.8's pass 3
        # emits _stp_stat_print_histogram alone for it, as for print())
        "\n"
        "12 3 9\n"
        "u @count=4 @min=1 @max=4 @sum=10 @avg=2\n")
    assert r.errors == 0


def test_stap_variance_merges_cpus_as_stap_does(run_script, argcaller):
    # stap keeps a Welford state per CPU and merges them: with 1, 2 on one CPU
    # and 3, 4, 5 on the other, @variance is 3 (one CPU holding all gives 12).
    script = """
global v
probe syscall.lseek { if (execname() == "argcaller") v <<< long_arg(2) }
probe end { printf("%d %d\\n", @count(v), @variance(v)) }
"""
    r = run_script(script, "stap", cmd=on_two_cpus(argcaller, [1, 2], [3, 4, 5]))
    assert r.stdout == "5 3\n"


def test_stap_delete_one_element_and_per_key_histograms(run_script):
    script = """
global t
probe begin {
    t["a"] <<< 10; t["b"] <<< 20; t["b"] <<< 21
    delete t["a"]
    t["a"] <<< 3
    print(@hist_log(t["a"]))
    printf("%d %d\\n", @count(t["a"]), @count(t["b"]))
    print(@hist_log(t["nope"]))
    printf("not reached\\n")
}
"""
    r = run_script(script, "stap")
    assert r.stdout == (
        STAP_HEADER +
        "    0 |                                                   0\n"
        "    1 |                                                   0\n"
        "    2 |@                                                  1\n"
        "    4 |                                                   0\n"
        "    8 |                                                   0\n"
        "\n"
        "1 2\n")
    # an element with no values has no histogram to print: stap's run-time error
    # (since stap 1.5, as systemtap.maps/absentstats.exp counts it), which ends the session
    assert "ERROR: empty aggregate near identifier 'print' at t.stp:9:5" in r.stderr, r.stderr
    assert r.exit_status == 1


# ------------------------------------------------------------------ Vue


def test_vue_list_functions(run_script, argcaller):
    script = """
__list l;
@@BEGIN { l = list(); }
@@syscall:*:lseek:entry
{
    if (__pname == "argcaller") {
        append(l, __arg2);
    }
}
@@END { printf("%d %d %d %d %d\\n", count(l), sum(l), min(l), max(l), avg(l)); }
"""
    r = run_script(script, "vue", cmd=on_two_cpus(argcaller, [7, -3], [10, 10, 1]))
    assert r.stdout == "5 25 -3 10 5\n"


def test_stap_foreach_prints_every_histogram(run_script):
    script = """
global lat
probe begin {
    lat["read"] <<< 5; lat["read"] <<< 6
    lat["write"] <<< 100; lat["write"] <<< 1; lat["write"] <<< 1
    exit()
}
probe end { foreach ([op] in lat-) { printf("%s\\n", op); print(@hist_log(lat[op])) } }
"""
    r = run_script(script, "stap")
    assert r.stdout == (
        "write\n" + STAP_HEADER +
        "    0 |                                                   0\n"
        "    1 |@@                                                 2\n"
        "    2 |                                                   0\n"
        "    4 |                                                   0\n"
        "      ~\n"
        "   16 |                                                   0\n"
        "   32 |                                                   0\n"
        "   64 |@                                                  1\n"
        "  128 |                                                   0\n"
        "  256 |                                                   0\n"
        "\n"
        "read\n" + STAP_HEADER +
        "    1 |                                                   0\n"
        "    2 |                                                   0\n"
        "    4 |@@                                                 2\n"
        "    8 |                                                   0\n"
        "   16 |                                                   0\n"
        "\n")


def test_a_hundred_thousand_keys_are_all_kept_and_printed(run_script):
    # Issue 3's memory case, as a correctness check: every one of 100,000
    # distinct keys is counted (the pool honours MAXMAPENTRIES) and printed
    # (the END snapshot, ~5 MB, waits for the reader instead of dropping).
    closer = build_host_program("closer", r'''
#include <unistd.h>
int main(void) {
    for (int fd = 100000; fd < 200000; fd++)
        close(fd);
    return 0;
}
''')
    script = 'syscall::close:entry /execname == "closer" && arg0 >= 100000/ { @keys[arg0] = count(); }'
    r = run_script(script, "d", cmd=str(closer), timeout=600,
                   limits={"MAXMAPENTRIES": 131072})
    rows = [ln.split() for ln in r.stdout.splitlines() if ln.strip()]
    keys = {int(k) for k, _ in rows}
    assert keys == set(range(100000, 200000))
    assert all(v == "1" for _, v in rows)
    assert r.errors == 0 and "drops" not in r.stderr, r.stderr
