"""Per-CPU profiling timers: D profile-N and stap timer.profile fire on every CPU."""

from __future__ import annotations


def _per_cpu(stdout: str) -> dict[int, int]:
    out = {}
    for line in stdout.splitlines():
        if line.startswith("cpu "):
            cpu, n = line[4:].split(":")
            out[int(cpu)] = int(n)
    return out


def test_d_profile_fires_on_every_cpu_at_its_rate(run_script):
    script = ('#pragma D option quiet\n'
              'profile-100 { @[cpu] = count(); }\n'
              'tick-1s { exit(0); }\n'
              'END { printa("cpu %d: %@d\\n", @); }\n')
    r = run_script(script, "d")
    counts = _per_cpu(r.stdout)
    assert set(counts) == {0, 1}, r.stdout   # the sandbox guest has two CPUs
    assert all(60 <= n <= 140 for n in counts.values()), r.stdout


def test_stap_timer_profile_fires_on_every_cpu(run_script):
    script = ('global c0, c1\n'
              'probe timer.profile { if (cpu() == 0) c0++; else c1++ }\n'
              'probe timer.s(1) { exit() }\n'
              'probe end { printf("cpu 0: %d\\ncpu 1: %d\\n", c0, c1) }\n')
    r = run_script(script, "stap")
    counts = _per_cpu(r.stdout)
    assert set(counts) == {0, 1}, r.stdout
    assert all(150 <= n <= 350 for n in counts.values()), r.stdout  # CONFIG_HZ=250


def test_profile_probes_print_back():
    from xtrace.frontends.d.probes import description, points_for
    from xtrace.frontends.stap.points import print_point
    from xtrace.ir.loc import Loc
    (p,) = points_for("profile-997", Loc("t.d", 1, 1))
    assert p.per_cpu and description(p).startswith("profile:::profile-")
    (t,) = points_for("tick-1s", Loc("t.d", 1, 1))
    assert not t.per_cpu and description(t) == "profile:::tick-1s"
    # stap's timer.profile has the kernel's tick only; a per-CPU clock sampled every N ns
    assert print_point(p) == "perf.sw.cpu_clock.sample(1003009)"
