"""Run-time faults, limits and accounting, proven in the sandbox kernel.

Each fault gets its language's report with the script location, and the
guest keeps running (the next test uses the same VM).
"""

from __future__ import annotations

import re

import pytest

from conftest import build_host_program

# These check what the probes print, so they run quiet (DTrace frames the
# records of non-quiet clauses with CPU/ID/FUNCTION:NAME prefixes).
QUIET = "\n#pragma D option quiet\n"

@pytest.fixture(scope="module")
def spinner(sandbox_target):
    """A host program that makes exactly N getppid() calls and prints N."""
    src = r'''
#include <stdio.h>
#include <stdlib.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(int argc, char **argv) {
    long n = argc > 1 ? atol(argv[1]) : 1000, i;
    for (i = 0; i < n; i++)
        syscall(SYS_getppid);
    printf("%ld\n", n);
    return 0;
}
'''
    return build_host_program("spinner", src)


def test_counts_equal_the_workloads_own_counts(run_script, spinner):
    # Two workers in parallel on two vCPUs: per-CPU aggregation must lose nothing.
    script = 'syscall::getppid:entry /execname == "spinner"/ { @calls[pid] = count(); @all = count(); }'
    r = run_script(script, "d", cmd=f"{spinner} 200000 & {spinner} 150000 & wait")
    assert sorted(int(x) for x in r.cmd_out.split()) == [150000, 200000]
    lines = [ln.split() for ln in r.stdout.splitlines() if ln.strip()]
    per_pid = sorted(int(cols[-1]) for cols in lines if len(cols) == 2)
    assert per_pid == [150000, 200000], r.stderr
    assert [int(cols[0]) for cols in lines if len(cols) == 1] == [350000]
    assert r.errors == 0


def test_d_divide_by_zero_reports_and_goes_on_with_error_probe(run_script):
    script = ('int z;\nBEGIN { x = 1; }\nBEGIN { y = 10 / z; printf("not reached\\n"); }\n'
              'ERROR { printf("ERROR probe fired\\n"); }\nBEGIN { printf("still running\\n"); exit(0); }\n')
    r = run_script(script + QUIET, "d")
    assert r.stdout == "ERROR probe fired\nstill running\n"
    assert "dtrace: error on enabled probe ID 2 (ID 1: dtrace:::BEGIN): divide-by-zero in action #1 at t.d:3:" in r.stderr
    assert r.exit_status == 0


def test_stap_reading_address_zero_ends_the_session(run_script):
    script = 'probe begin {\n  printf("%s\\n", user_string(0))\n}\nprobe end { printf("end ran\\n") }\n'
    r = run_script(script, "stap")
    # "In the case of a shutdown triggered by error, end probes are not run"
    # (SystemTap Language Reference 4.7.2)
    assert r.stdout == ""
    # uconversions.stp's words: the errno, then the address as the kernel's %p writes NULL
    assert ("ERROR: user string copy fault -14 at 0000000000000000 [man error::fault] "
            "near identifier 'user_string' at t.stp:2:") in r.stderr, r.stderr
    assert "WARNING: Number of errors: 1" in r.stderr
    assert r.exit_status == 1


def test_map_full_past_maxmapentries(run_script):
    script = 'global a, n\nprobe timer.ms(1) { n++; a[n] = n; if (n > 40) exit() }\n'
    r = run_script(script, "stap", limits={"MAXMAPENTRIES": 16})
    assert "ERROR: Array overflow, check MAXMAPENTRIES near identifier 'a' at t.stp:2:" in r.stderr
    assert r.exit_status == 1


def test_maxaction_budget(run_script):
    body = " ".join(f"x{i} = {i};" for i in range(20))
    script = f"BEGIN {{ {body} printf(\"done\\n\"); }}\nBEGIN {{ exit(0); }}"
    r = run_script(script + QUIET, "d", limits={"MAXACTION": 10})
    assert "done" not in r.stdout
    assert "action budget (MAXACTION) exhausted" in r.stderr


def test_guest_kernel_log_is_clean_after_faults(vm):
    res = vm.run_job(None, None, "dmesg | grep -iE 'warning|bug|oops|call trace' || true", cwd="/")
    out = (res.out or b"") + (res.cmd_out or b"")
    assert out.strip() == b"", out.decode(errors="replace")


def test_overload_governor_stops_a_hungry_session(run_script, spinner):
    body = " ".join(f"x{i} = x{i - 1} * 3 + {i};" for i in range(1, 400))
    script = f'syscall::getppid:entry {{ x0 = 1; {body} }}\nEND {{ printf("end ran\\n"); }}'
    r = run_script(script + QUIET, "d", cmd=f"{spinner} 2000000", limits={"OVERLOAD_PERCENT": 30})
    assert "probe overhead exceeded threshold" in r.stderr
    assert r.stdout == "end ran\n"
    assert r.exit_status == 1


def test_full_buffer_drops_are_counted_per_cpu(run_script, spinner):
    import re
    script = 'syscall::getppid:entry /execname == "spinner"/ { printf("%d\\n", pid); }'
    r = run_script(script + QUIET, "d", cmd=f"{spinner} 20000", limits={"BUFSIZE": 4096})
    drops = [int(n) for n in re.findall(r"^dtrace: (\d+) drops? on CPU \d+$", r.stderr, re.M)]
    printed = len(r.stdout.splitlines())
    assert drops, r.stderr
    assert printed + sum(drops) == 20000  # every event is either printed or counted


def test_stap_try_catch_catches_a_fault(run_script):
    # x is read: stap's optimizer deletes a store into a local nothing reads, and
    # with it the division that would fault
    script = ('global z\nprobe begin {\n  try {\n    x = 10 / z\n    printf("not reached %d\\n", x)\n'
              '  } catch(msg) {\n    printf("caught: %s\\n", msg)\n  }\n'
              '  try { y = user_string(0) } catch { printf("caught again\\n") }\n  exit()\n}\n')
    r = run_script(script, "stap")
    assert r.stdout == "caught: division by 0 near operator '/' at t.stp:4:12\ncaught again\n"
    assert r.exit_status == 0 and "ERROR" not in r.stderr


def test_a_final_print_larger_than_the_ring_arrives_whole(run_script):
    # The END snapshot is many times a 4 KiB ring (each row is a ~300-byte
    # record: pid + a 256-byte probefunc key): END waits for the reader to drain
    # instead of dropping, so every row arrives and nothing is reported lost.
    script = "syscall:::entry { @c[pid, probefunc] = count(); }"
    r = run_script(script, "d", cmd="ls -R /usr/share/doc > /dev/null", limits={"BUFSIZE": 4096})
    rows = [ln for ln in r.stdout.splitlines() if ln.strip()]
    assert len(rows) > 40, r.stdout
    assert any(ln.split()[1] == "getdents64" for ln in rows), r.stdout
    assert "drops" not in r.stderr, r.stderr


def test_probe_time_drops_are_reported_per_cpu(run_script):
    # A probe never waits: a printf per syscall into a 4 KiB ring overflows
    # between two reads, and the driver says how many records each CPU lost.
    script = 'syscall:::entry /execname == "dd"/ { printf("%d %s\\n", pid, probefunc); }'
    r = run_script(script, "d", cmd="dd if=/dev/zero of=/dev/null bs=1 count=100000 2>/dev/null", limits={"BUFSIZE": 4096})
    assert re.search(r"dtrace: \d+ drops? on CPU \d+", r.stderr), r.stderr


# Eight tasks asleep in clock_nanosleep at once: with two kretprobe instances
# most returns cannot be caught; every return is either counted or reported.
SLEEPERS = "for i in 1 2 3 4 5 6 7 8; do sleep 3 & done; wait"
SLEEP_RETURNS = ('fbt::__x64_sys_clock_nanosleep:return /execname == "sleep"/ { @n = count(); }\n'
                 'END { printa("returns %@d\\n", @n); }')


def test_missed_kretprobe_returns_are_reported(run_script):
    r = run_script(SLEEP_RETURNS + QUIET, "d", cmd=SLEEPERS, limits={"KRETACTIVE": 2})
    m = re.search(r"^dtrace: (\d+) fbt probe firings? missed", r.stderr, re.M)
    assert m, r.stderr
    seen = int(re.search(r"returns (\d+)", r.stdout).group(1))
    assert seen + int(m.group(1)) >= 8, (r.stdout, r.stderr)


def test_default_kretprobe_pool_catches_every_sleeper(run_script):
    r = run_script(SLEEP_RETURNS + QUIET, "d", cmd=SLEEPERS)
    assert "missed" not in r.stderr, r.stderr
    assert r.stdout == "returns 8\n"


def test_stap_counts_missed_returns_among_skipped_probes(run_script):
    script = ('global n\nprobe kernel.function("__x64_sys_clock_nanosleep").return '
              '{ if (execname() == "sleep") n++ }\nprobe end { printf("returns %d\\n", n) }\n')
    r = run_script(script, "stap", cmd=SLEEPERS, limits={"KRETACTIVE": 2, "MAXSKIPPED": 1000})
    m = re.search(r"^WARNING: Skipped due to missed kprobe/kretprobe hits: (\d+)$", r.stderr, re.M)
    assert m, r.stderr
    assert re.search(rf"skipped probes: {m.group(1)}$", r.stderr, re.M), r.stderr
