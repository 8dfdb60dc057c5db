"""xtrace benchmarks: per-event overhead, printf throughput, time to armed
and memory, as figures, next to hand-written modules, bpftrace and SystemTap.

    .venv/bin/python benchmarks/run.py [--reps 5] [--calls 100000] [--update-readme]

Runs benchmarks/setup_peers.sh first (installs the peers if missing). Boots
the sandbox VM twice (1 vCPU with -icount, where guest time is an
instruction count and figures are deterministic; then 2 vCPUs on the wall
clock), runs every tracer configuration in that one boot, `--reps` times,
and prints medians and ratios. Nothing here passes or fails: the figures are
the output. See benchmarks/README.md for what each row means.

The host cannot load modules, so everything kernel-side runs in the guest;
the workload and the hand-written yardstick modules are built here with the
host gcc and kbuild against the sandbox kernel's headers.
"""

from __future__ import annotations

import argparse
import datetime
import hashlib
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from xtrace.backend_c.kbuild import BuiltModule, cache_root
from xtrace.driver.passes import Pipeline
from xtrace.driver.session import run_in_sandbox
from xtrace.driver.targets import RunTarget, choose_target
from xtrace.sandbox.kernel import capture_symbols
from xtrace.sandbox.vm import SandboxCrash, SandboxVM

import peers
from peers import StapBuild

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
COUNT_D = REPO / "examples" / "count.d"
# The latency histogram. D's self-> thread-locals are not supported by xtrace
# yet ("thread-local variables are not supported yet"): a global array keyed
# by tid is the closest form that is, and it is what bpftrace and stap do too.
LAT_D = """fbt::__x64_sys_getppid:entry { self->ts = timestamp; }
fbt::__x64_sys_getppid:return /self->ts/ { @ = quantize(timestamp - self->ts); self->ts = 0; }
"""
# quiet: the lines alone, as a tracing script writing a log would run (DTrace's
# non-quiet mode would prefix each with CPU, probe ID and FUNCTION:NAME).
PRINTF_D = ('#pragma D option quiet\n'
            'syscall::getppid:entry { printf("%d %s getppid\\n", pid, execname); }\n')
# 100,000 distinct keys need a key the workload controls: close()'s fd.
KEYS_D = "syscall::close:entry { @keys[arg0] = count(); }"
NKEYS = 100_000
KEYS_LIMIT = 131_072
JOB_TIMEOUT = 300.0
# The sandbox now boots with the lockup watchdogs off (sandbox/vm.py); this
# stays as a belt-and-braces threshold in case they are turned back on.
GUEST_APPEND = "watchdog_thresh=60"
# xtrace's overload governor, like stap's (see peers.STAP_DEFINES), times
# the probes on the guest's clock: under TCG on a loaded host a vCPU thread
# descheduled inside a probe makes it look like 80% of a CPU, and the session
# ends ("probe overhead exceeded threshold"). The benchmark raises its
# threshold out of reach, as it raises stap's; 0 would compile the governor
# out, and its sampling is part of what every user's probe costs.
XT_LIMITS = {"OVERLOAD_PERCENT": 1_000_000}
# Offered printf rates (lines/s), each for PRINTF_SECONDS of guest time.
PRINTF_RATES = [10_000, 20_000, 50_000, 100_000, 200_000, 500_000, 1_000_000]
PRINTF_SECONDS = 1.0


def work_dir() -> Path:
    """Where the workload and yardstick modules are built. Not under /tmp:
    the guest mounts its own tmpfs there, so it would not see them. One per
    checkout: runs from two worktrees at once must not rebuild each other's."""
    d = cache_root() / "bench" / hashlib.sha1(str(REPO).encode()).hexdigest()[:10]
    d.mkdir(parents=True, exist_ok=True)
    return d


def run_quiet(cmd: list[str], **kw) -> subprocess.CompletedProcess[str]:
    """Run a host command; on failure show its output and stop."""
    p = subprocess.run(cmd, capture_output=True, text=True, **kw)
    if p.returncode:
        sys.exit(f"failed: {' '.join(cmd)}\n{p.stdout}{p.stderr}")
    return p


# --------------------------------------------------------------------- builds

def build_workload(work: Path) -> Path:
    exe = work / "bench_w"
    run_quiet(["gcc", "-O2", "-Wall", "-o", str(exe), str(HERE / "workload.c")])
    return exe


def build_yardsticks(work: Path, target: RunTarget) -> dict[str, Path]:
    """kbuild the hand-written modules in a copy, so that the build's
    by-products never land in the repository."""
    mdir = work / "modules"
    shutil.rmtree(mdir, ignore_errors=True)
    shutil.copytree(HERE / "modules", mdir)
    run_quiet(["make", "-C", str(target.build_dir), f"M={mdir}", "-j2", "modules"])
    return {name: mdir / f"{name}.ko" for name in ("bench_floor", "bench_hash", "bench_lat")}


def build_xtrace(text: str, filename: str, target: RunTarget, limits: dict | None = None) -> BuiltModule:
    """Passes 1-4, as `xtrace run` does them."""
    pipe = Pipeline(text, filename, filename.rsplit(".", 1)[1], limits=limits or {})
    pipe.parse()
    pipe.analyze(target)
    pipe.generate()
    return pipe.build(target)


# A fresh interpreter per build-time sample: a user's `xtrace run` starts cold
# (imports done, but the ANTLR parser's caches empty). The target is resolved
# before XTRACE_CACHE moves, so only the module cache is emptied, not the kernel's.
_TIME_BUILD = r"""
import json, os, sys, tempfile, time
sys.dont_write_bytecode = True  # no __pycache__ in the repository
sys.path.insert(0, {here!r})
from run import XT_LIMITS, build_xtrace
from xtrace.driver.targets import choose_target
target = choose_target("sandbox", None, None)
text = open({script!r}).read()
with tempfile.TemporaryDirectory(prefix="xtrace-bench-cache-") as tmp:
    if sys.argv[1] == "cold":
        os.environ["XTRACE_CACHE"] = tmp
    t0 = time.perf_counter()
    built = build_xtrace(text, "count.d", target, XT_LIMITS)
    print(json.dumps({{"seconds": time.perf_counter() - t0, "cached": built.cached}}))
"""


def time_builds(reps_cold: int, reps_warm: int) -> dict[str, list[float]]:
    """Seconds for passes 1-4 of count.d: cold (empty module cache, so kbuild
    runs) and warm (the cached .ko is reused)."""
    code = _TIME_BUILD.format(here=str(HERE), script=str(COUNT_D))
    times: dict[str, list[float]] = {"cold": [], "warm": []}
    for kind, reps in (("cold", reps_cold), ("warm", reps_warm)):
        for _ in range(reps):
            p = run_quiet([sys.executable, "-c", code, kind])
            r = json.loads(p.stdout.strip().splitlines()[-1])
            assert r["cached"] == (kind == "warm"), r
            times[kind].append(r["seconds"])
    return times


# ------------------------------------------------------------------ overhead

@dataclass
class Config:
    """One way of tracing (or not) while the workload runs.

    ``run(cmd)`` runs the workload command under it and returns (workload
    output, tracer output); ``check`` reads the tracer output and says how
    many workload syscalls it saw, so a probe that never fired cannot pass
    for a cheap one. Peers that take seconds to arm (bpftrace, stap) run as
    one ``session`` per boot holding every rep instead: (the guest command
    that starts the tracer, the line it prints once armed)."""

    key: str
    label: str
    group: str  # "count" or "lat": which table
    run: Callable[[str], tuple[str, str]] | None = None
    check: Callable[[str], int] | None = None
    why_not: str = ""  # set when not measured
    session: tuple[str, str] | None = None
    samples: dict[str, list[float]] = field(default_factory=dict)  # mode -> ns/call per rep
    arm: dict[str, float] = field(default_factory=dict)  # mode -> seconds from start to armed (sessions)
    seen: dict[str, list[float]] = field(default_factory=dict)  # mode -> share of the calls seen, when short
    skipped: dict[str, list[int]] = field(default_factory=dict)  # mode -> xtrace's skipped probes per run
    failed: dict[str, list[str]] = field(default_factory=dict)  # mode -> why each failed run failed


NS_RE = re.compile(r"^ns_per_call ([0-9.]+)$", re.M)
RATE_RE = re.compile(r"^rate_pid (\d+) (\d+)$", re.M)


def ns_per_call(cmd_out: str, procs: int) -> float:
    """Mean ns/call over the workload processes of one run."""
    vals = [float(v) for v in NS_RE.findall(cmd_out)]
    if len(vals) != procs:
        raise RuntimeError(f"expected {procs} workload results, got:\n{cmd_out[-2000:]}")
    return statistics.fmean(vals)


def hits_summary(out: str) -> int:  # the yardsticks count every hit
    return int(re.search(r"hits=(\d+)", out).group(1))


def hits_rows(out: str) -> int:  # xtrace's and stap's "  <pid>  bench_w   <count>" rows
    return sum(int(c) for c in re.findall(r"^\s*\d+\s+bench_w\s+(\d+)\s*$", out, re.M))


def hits_bpftrace(out: str) -> int:  # "@[<pid>, bench_w]: <count>" rows
    return sum(int(c) for c in re.findall(r"^@\[\d+, bench_w\]: (\d+)$", out, re.M))


def hits_hist(out: str) -> int:
    """Sum of a printed log histogram's counts: DTrace's quantize
    (`value  ---- Distribution ---- count`, rows `N |@@@  count`) and
    bpftrace's hist (`[lo, hi)  count |@@@|`)."""
    dtrace = re.findall(r"^\s*-?\d+ \|[@ ]*\s(\d+)\s*$", out, re.M)
    bpf = re.findall(r"^\[[^\]\n]*[\])]\s+(\d+) \|", out, re.M)
    return sum(int(c) for c in dtrace + bpf)


def hits_stap_count(out: str) -> int:
    m = re.search(r"^count (\d+)$", out, re.M)
    return int(m.group(1)) if m else 0


class Bench:
    """What the measurements share: the target, the built artefacts, and the
    VM of the current boot (``vm`` changes between boots; configs follow)."""

    def __init__(self, target: RunTarget, work: Path, exe: Path, mods: dict[str, Path],
                 xt: dict[str, BuiltModule], stap: dict[str, StapBuild], peers_why: str,
                 say: Callable[[str], None]) -> None:
        self.target, self.work, self.exe, self.mods = target, work, exe, mods
        self.xt, self.stap, self.peers_why, self.say = xt, stap, peers_why, say
        self.vm: SandboxVM | None = None
        self.mode = ""  # the current boot's
        self.skipped: dict[tuple[str, str], list[int]] = {}  # (xt key, mode) -> skipped probes per run

    def retry(self, fn: Callable[[], object]) -> object:
        """fn(), again in a fresh boot if the guest died under it: one crash
        (a starved host, see GUEST_APPEND) should not cost the whole run."""
        try:
            return fn()
        except Exception as ex:  # run_in_sandbox turns SandboxCrash into XtraceError
            if self.vm.alive:
                raise
            console = ex.console if isinstance(ex, SandboxCrash) else str(ex)
            self.say(f"the guest died; console tail:\n{console[-1500:]}\nrebooting once")
            self.vm.restart()
            return fn()

    def job(self, ko: Path | None, mod: str | None, cmd: str,
            on_cmd_out: Callable[[bytes], None] | None = None) -> tuple[str, str]:
        """A plain sandbox job; returns (command output, module output)."""
        buf = bytearray()

        def feed(b: bytes) -> None:
            buf.extend(b)
            if on_cmd_out:
                on_cmd_out(b)
        res = self.vm.run_job(str(ko) if ko else None, mod, cmd, cwd=str(self.work), timeout=JOB_TIMEOUT,
                              on_cmd_out=feed)
        if not res.ok:
            raise RuntimeError(f"job failed: {res.error}\n{buf.decode(errors='replace')[-2000:]}\n"
                               f"{res.dmesg}")
        return buf.decode(errors="replace"), res.out.decode(errors="replace")

    def xtrace(self, built: BuiltModule, cmd: str,
               on_cmd_out: Callable[[bytes], None] | None = None) -> tuple[str, str, str, object]:
        """An xtrace session, as `xtrace run` does it; returns (command
        output, the script's output, its diagnostics, SessionResult)."""
        out, err, cmd_out = io.StringIO(), io.StringIO(), bytearray()

        def feed(b: bytes) -> None:
            cmd_out.extend(b)
            if on_cmd_out:
                on_cmd_out(b)
        res = run_in_sandbox(built, self.target.kinfo, cmd, JOB_TIMEOUT, out=out, err=err, vm=self.vm,
                             on_cmd_out=feed)
        if res.cmd_status:
            raise RuntimeError(f"the command failed under xtrace (status {res.cmd_status}); xtrace said: "
                               f"{err.getvalue().strip()[-300:]!r}; the command: {cmd_out.decode(errors='replace')}")
        return cmd_out.decode(errors="replace"), out.getvalue(), err.getvalue(), res

    def configs(self) -> list[Config]:
        def yardstick(name: str) -> Callable[[str], tuple[str, str]]:
            return lambda cmd: self.job(self.mods[name], name, cmd)

        def xtrace_clean(key: str) -> Callable[[str], tuple[str, str]]:
            def run(cmd: str) -> tuple[str, str]:
                cmd_out, out, err, res = self.xtrace(self.xt[key], cmd)
                if res.errors or res.drops:
                    raise RuntimeError(f"xtrace session not clean: {res}\n{err}")
                if res.skipped:  # hits that found their per-CPU context or a lock busy
                    self.skipped.setdefault((key, self.mode), []).append(res.skipped)
                return cmd_out, out
            return run

        bpf_why = self.peers_why or ("" if shutil.which("bpftrace") else
                                     "bpftrace not installed (bash benchmarks/setup_peers.sh)")

        def stap_cfg(key: str, label: str, group: str, check: Callable[[str], int]) -> Config:
            b = self.stap.get(key)
            if self.peers_why or b is None:
                why = self.peers_why or "stap not built"
            else:
                why = f"stap pass 4 failed: {b.error}" if b.error else ""
            start = f"staprun {b.ko}" if b and b.ko else ""
            return Config(key, label, group, None, check, why, (start, "armed") if start else None)

        return [
            Config("none", "no tracing", "both", lambda cmd: self.job(None, None, cmd)),
            Config("floor", "floor: per-CPU counter (hand-written)", "count", yardstick("bench_floor"), hits_summary),
            Config("hash", "per-CPU (pid, comm) hash count (hand-written)", "count", yardstick("bench_hash"),
                   hits_summary),
            Config("xtrace", "xtrace examples/count.d", "count", xtrace_clean("count"), hits_rows),
            Config("bpftrace", "bpftrace 0.17 `@[pid, comm] = count()`", "count", None, hits_bpftrace, bpf_why,
                   (f"bpftrace -e '{peers.BPF_COUNT}'", "Attaching")),
            stap_cfg("stap", "SystemTap 4.8 `kernel.trace(\"raw_syscalls:sys_enter\")`, `num[pid(), execname()] <<< 1`",
                     "count", hits_rows),
            Config("lat_floor", "floor: kretprobe, entry time in the instance, per-CPU log2 buckets (hand-written)",
                   "lat", yardstick("bench_lat"), hits_summary),
            Config("lat_xtrace", "xtrace fbt entry/return, `self->ts`, `@ = quantize(...)`", "lat",
                   xtrace_clean("lat"), hits_hist),
            Config("lat_bpftrace", "bpftrace 0.17 kprobe/kretprobe, `@ts[tid]`, `hist()`", "lat", None, hits_hist,
                   bpf_why, (f"bpftrace -e '{peers.BPF_LAT}'", "Attaching")),
            stap_cfg("lat_stap", "SystemTap 4.8 kprobe.function / .return, `ts[tid()]`, `<<<`", "lat",
                     hits_stap_count),
        ]

    def peer_session(self, start: str, ready: str, workload_cmds: list[str]) -> tuple[float, list[str], str]:
        """One tracer session with the workload commands run inside it, one
        after the other: bpftrace takes ~15 s to arm under TCG, too long to
        pay per rep. Returns (seconds from start to `ready` in the tracer's
        output, measured in the guest; each command's output; the tracer's
        output, which it prints on SIGINT)."""
        marker = "=== rep ==="
        cmd = (f"B=/dev/shm/peer.$$; T0=$(date +%s%N); {start} > $B 2>&1 & P=$!\n"
               f"while ! grep -q '{ready}' $B; do kill -0 $P || {{ cat $B; exit 1; }}; sleep 0.05; done\n"
               # bpftrace's "Attaching" comes just before the attach itself;
               # the hit counts checked afterwards prove the probes saw the calls.
               "T1=$(date +%s%N); echo armed_ns $((T1 - T0)); sleep 0.5\n"
               + "".join(f"echo '{marker}'; {c}\n" for c in workload_cmds) +
               "kill -INT $P; wait $P; echo '=== tracer ==='; cat $B")
        cmd_out, _ = self.job(None, None, cmd)
        body, _, tracer = cmd_out.partition("=== tracer ===")
        parts = body.split(marker)
        arm = int(re.search(r"^armed_ns (\d+)$", parts[0], re.M).group(1)) / 1e9
        return arm, parts[1:], tracer

    def measure(self, configs: list[Config], mode: str, workload_cmd: str, procs: int,
                reps: int, calls: int) -> None:
        """Fill each config's samples[mode]. Reps go round the configs, so
        slow drift on the wall clock spreads over all of them alike."""
        self.mode = mode
        def check(cfg: Config, tracer_out: str, runs: int) -> None:
            # The workload makes calls + calls/10 (warm-up) getppid()s per process.
            want = runs * procs * (calls + calls // 10)
            seen = cfg.check(tracer_out)
            if seen == 0:
                raise RuntimeError(f"{cfg.key}: the tracer saw none of the workload's calls:\n{tracer_out[-2000:]}")
            if seen < want:
                # Kept, but shown: a tracer that misses events looks cheaper than it is.
                self.say(f"{cfg.key}: the tracer saw {seen} of the workload's {want} calls")
                cfg.seen.setdefault(mode, []).append(seen / want)

        for _ in range(reps):
            for cfg in configs:
                if cfg.run is not None and not cfg.why_not:
                    t0 = time.monotonic()
                    try:
                        cmd_out, tracer_out = self.retry(lambda: cfg.run(workload_cmd))
                    except RuntimeError as ex:  # counted and shown, not fatal: the other rows still stand
                        self.say(f"  {cfg.key} failed: {ex}")
                        cfg.failed.setdefault(mode, []).append(" ".join(str(ex).split())[:300].replace("|", "/"))
                        continue
                    self.say(f"  {cfg.key}: {time.monotonic() - t0:.1f} s")
                    cfg.samples.setdefault(mode, []).append(ns_per_call(cmd_out, procs))
                    if cfg.check:
                        check(cfg, tracer_out, 1)
        for cfg in configs:
            if cfg.session is None or cfg.why_not:
                continue
            try:
                t0 = time.monotonic()
                arm, outs, tracer = self.retry(lambda: self.peer_session(*cfg.session, [workload_cmd] * reps))
                self.say(f"  {cfg.key} session: {time.monotonic() - t0:.1f} s (armed after {arm:.1f} s)")
                samples = [ns_per_call(out, procs) for out in outs]
                check(cfg, tracer, reps)  # its map adds up over the session's reps
                cfg.samples[mode] = samples
                cfg.arm[mode] = arm
            except RuntimeError as ex:
                # Failed in this boot only: the other boot's figures still stand.
                self.say(f"{cfg.key} failed: {ex}")
                cfg.failed.setdefault(mode, []).append(
                    f"failed in the guest: {' '.join(str(ex).split())[:200].replace('|', '/')}")

    def printf_ladder(self, mode: str) -> dict[str, dict]:
        """printf of one line per getppid(): the workload offers PRINTF_RATES
        lines/s in turn (then as fast as it can), each for PRINTF_SECONDS.
        For each tracer: the highest step delivered with zero drops, and the
        unpaced run's rate, lines delivered and drops. xtrace runs one
        session per step (it arms in well under a second) and stops at its
        first step with drops; the peers hold all steps in one session and a
        step's lines are told apart by the workload's pid."""
        steps = [(r, f"{self.exe} rate {int(r * PRINTF_SECONDS)} {r}") for r in PRINTF_RATES]
        steps.append((0, f"{self.exe} rate {PRINTF_RATES[-1]} 1e12"))  # unpaced
        line_re = re.compile(r"^(\d+) bench_w getppid$", re.M)
        results: dict[str, dict] = {}

        def step_result(rate: int, cmd_out: str, lines_by_pid: dict[int, int], drops: int | None) -> dict:
            pid, achieved = map(int, RATE_RE.search(cmd_out).groups())
            calls = int(rate * PRINTF_SECONDS) if rate else PRINTF_RATES[-1]
            got = lines_by_pid.get(pid, 0)
            return {"offered": rate, "achieved": achieved, "calls": calls, "lines": got,
                    "drops": calls - got if drops is None else drops}

        def count_lines(text: str) -> dict[int, int]:
            by_pid: dict[int, int] = {}
            for p in line_re.findall(text):
                by_pid[int(p)] = by_pid.get(int(p), 0) + 1
            return by_pid

        def xtrace_step(rate: int, cmd: str) -> dict:
            cmd_out, out, _err, res = self.retry(lambda: self.xtrace(self.xt["printf"], cmd))
            r = step_result(rate, cmd_out, count_lines(out), sum(res.drops.values()))
            r["drops"] = max(r["drops"], r["calls"] - r["lines"])
            self.say(f"  xtrace printf {r}")
            return r

        rows = []
        try:
            for rate, cmd in steps[:-1]:
                rows.append(xtrace_step(rate, cmd))
                if rows[-1]["drops"]:
                    break  # the steps above this one would drop too
            rows.append(xtrace_step(*steps[-1]))
            results["xtrace"] = {"rows": rows}
        except RuntimeError as ex:
            self.say(f"xtrace printf failed: {ex}")
            results["xtrace"] = {"why_not": " ".join(str(ex).split())[:300].replace("|", "/")}

        for key, start in (("bpftrace", f"bpftrace -e '{peers.BPF_PRINTF}'"),
                           ("stap", f"staprun {self.stap['printf'].ko}" if self.stap.get("printf") and
                            self.stap["printf"].ko else "")):
            if not start or (key == "bpftrace" and not shutil.which("bpftrace")):
                results[key] = {"why_not": "not available"}
                continue
            try:
                ready = "Attaching" if key == "bpftrace" else "armed"
                arm, outs, tracer = self.retry(lambda: self.peer_session(start, ready, [c for _, c in steps]))
                by_pid = count_lines(tracer)
                lost = re.findall(r"^Lost (\d+) events$", tracer, re.M)
                rows = [step_result(rate, out, by_pid, None) for (rate, _), out in zip(steps, outs)]
                results[key] = {"rows": rows, "lost_reported": sum(map(int, lost)),
                                "warnings": re.findall(r"^WARNING: .*$", tracer, re.M)[:2]}
                for r in rows:
                    self.say(f"  {key} printf {r}")
            except RuntimeError as ex:
                results[key] = {"why_not": str(ex).strip().splitlines()[0][:200]}
        return results

    def arm_xtrace(self, reps: int = 3) -> float:
        """Seconds from handing the guest a job to its command's first output,
        with count.d's module (load, start: probes armed, then the command)
        minus without a module: what pass 5 adds before the probes fire."""
        def first_out(fn: Callable[[Callable[[bytes], None]], object]) -> float:
            t: list[float] = []
            t0 = time.monotonic()
            fn(lambda b: t.append(time.monotonic()) if not t else None)
            return t[0] - t0
        none = [first_out(lambda cb: self.job(None, None, "echo armed", cb)) for _ in range(reps)]
        xt = [first_out(lambda cb: self.xtrace(self.xt["count"], "echo armed", cb)) for _ in range(reps)]
        return med(xt) - med(none)

    def memory(self) -> dict:
        """Kernel memory held by an xtrace session that was fed NKEYS distinct
        keys: what the module vmalloc'd (per-CPU tables, rings and contexts,
        all preallocated at load) and its core size. (MemAvailable moved by
        as much again between runs of the same job: not used.)"""
        built = self.xt["keys"]
        sysmod = f"/sys/module/{built.name}"
        probe = (f"{self.exe} close {NKEYS}; "
                 f"[ -d {sysmod} ] && echo text $(cat {sysmod}/sections/.text) init $(cat {sysmod}/sections/.init.text)"
                 f" coresize $(cat {sysmod}/coresize); cat /proc/vmallocinfo")
        text, out, err, res = self.retry(lambda: self.xtrace(built, probe))
        m = re.search(r"^text (0x[0-9a-f]+) init (0x[0-9a-f]+) coresize (\d+)$", text, re.M)
        # The module's init code is freed after load, so vmallocinfo names the
        # allocations made there (all of them: xtrace allocates at load) only
        # by a raw address: attribute those that fall in its .text/.init.text.
        ranges = [(int(m.group(1), 16), ko_section_size(built.ko, ".text")),
                  (int(m.group(2), 16), ko_section_size(built.ko, ".init.text"))]
        held = 0
        for size, caller in re.findall(r"^\S+\s+(\d+) (\S+)", text, re.M):
            addr = int(caller, 16) if caller.startswith("0x") else None
            if f"[{built.name}]" in caller or (addr and any(lo <= addr < lo + n for lo, n in ranges)):
                held += int(size)
        return {"vcpus": self.vm.smp, "vmalloc": held, "coresize": int(m.group(3)),
                "errors": res.errors,
                "error_kinds": sorted(set(re.findall(r"^dtrace: error on .*?\): (.*) in (?:action|predicate)", err, re.M))),
                "keys_printed": len(re.findall(r"^\s*(\d+)\s+1\s*$", out, re.M)),
                "drops": sum(res.drops.values())}

def ko_section_size(ko: Path, section: str) -> int:
    """Size of one ELF section of a .ko (binutils size -A)."""
    for line in run_quiet(["size", "-A", str(ko)]).stdout.splitlines():
        parts = line.split()
        if parts and parts[0] == section:
            return int(parts[1])
    return 0


# --------------------------------------------------------------------- table

def med(xs: list[float]) -> float:
    return statistics.median(xs)


def fmt_spread(xs: list[float]) -> str:
    """median, the half-range as a percentage of it, and (when they differ
    noticeably) the minimum: on a loaded host the least-disturbed run."""
    m = med(xs)
    spread = 50 * (max(xs) - min(xs)) / m
    return f"{m:,.1f} (±{spread:.1f}%" + (f", min {min(xs):,.0f})" if spread > 5 else ")")


def overhead_table(configs: list[Config], group: str, modes: list[tuple[str, str]], calls: int, what: str,
                   ratios: list[tuple[str, str, str]]) -> list[str]:
    """One per-event overhead table (the no-tracing baseline and the group's
    configurations), then the ratios of their added costs."""
    lines = [f"{what}: getppid() x {calls:,} per run; medians (± half-range) and the median added over "
             "no tracing", ""]
    lines += ["| configuration |" + "".join(f" {title} | added |" for _, title in modes),
              "|" + "---|" * (1 + 2 * len(modes))]
    base = {m: med(c.samples[m]) for c in configs if c.key == "none" for m, _ in modes if m in c.samples}
    added: dict[tuple[str, str], float] = {}
    for c in configs:
        if c.group not in (group, "both"):
            continue
        if c.why_not:
            lines.append(f"| {c.label} | not measured: {c.why_not} |" + " |" * (2 * len(modes) - 1))
            continue
        row = f"| {c.label} |"
        for m, _ in modes:
            if m not in c.samples or m not in base:
                row += (f" every run failed: {c.failed[m][0]} | - |" if c.failed.get(m) else " - | - |")
                continue
            added[c.key, m] = med(c.samples[m]) - base[m]
            short = f" (**saw as few as {100 * min(c.seen[m]):.3f}% of the calls**)" if c.seen.get(m) else ""
            if c.failed.get(m):
                short += f" (**{len(c.failed[m])} runs failed**: {c.failed[m][0]})"
            if c.skipped.get(m):
                short += (f" (xtrace reported skipped probes in {len(c.skipped[m])} runs, "
                          f"up to {max(c.skipped[m]):,})")
            row += f" {fmt_spread(c.samples[m])}{short} | {'-' if c.key == 'none' else f'{added[c.key, m]:+,.1f}'} |"
        lines.append(row)

    def ratio(a: str, b: str, m: str) -> str:
        if (a, m) in added and (b, m) in added and added[b, m] > 0:
            return f"{added[a, m] / added[b, m]:.2f}x"
        return "n/a"

    lines += ["", "Ratios of the added cost per call:", "",
              "| ratio |" + "".join(f" {title} |" for _, title in modes),
              "|" + "---|" * (1 + len(modes))]
    for a, b, name in ratios:
        lines.append(f"| {name} |" + "".join(f" {ratio(a, b, m)} |" for m, _ in modes))
    return lines


def printf_table(printf: dict[str, dict[str, dict]], modes: list[tuple[str, str]]) -> list[str]:
    """The printf rows: per boot and tracer, the highest offered rate
    delivered whole, and the unpaced run."""
    lines = [f"printf of one line per getppid() (`{PRINTF_D.strip()}`; bpftrace "
             "`tracepoint:syscalls:sys_enter_getppid`, stap `kprobe.function(\"__x64_sys_getppid\")`), "
             f"default buffer sizes; the workload offers {', '.join(f'{r:,}' for r in PRINTF_RATES)} lines/s "
             f"for {PRINTF_SECONDS:g} s each, then calls as fast as it can ({PRINTF_RATES[-1]:,} calls):", "",
             "| boot | tracer | highest offered rate with zero drops (achieved lines/s) | first rate with drops: "
             "lines delivered / calls | unpaced: lines/s achieved, delivered / calls |",
             "|---|---|---|---|---|"]
    names = {"xtrace": "xtrace", "bpftrace": "bpftrace 0.17", "stap": "SystemTap 4.8"}
    for m, title in modes:
        for key, res in printf.get(m, {}).items():
            if "why_not" in res:
                lines.append(f"| {title.split(':')[0]} | {names[key]} | not measured: {res['why_not']} | | |")
                continue
            paced = [r for r in res["rows"] if r["offered"]]
            ok = [r for r in paced if r["drops"] == 0 and r["lines"] == r["calls"]]
            bad = [r for r in paced if r not in ok]
            unp = [r for r in res["rows"] if not r["offered"]]
            best = f"{ok[-1]['offered']:,} ({ok[-1]['achieved']:,})" if ok else "none"
            first_bad = (f"{bad[0]['offered']:,}/s: {bad[0]['lines']:,} / {bad[0]['calls']:,}" if bad else
                         "none up to the highest rate")
            u = (f"{unp[0]['achieved']:,}/s, {unp[0]['lines']:,} / {unp[0]['calls']:,}" if unp else "-")
            extra = f" (\"Lost N events\": {res['lost_reported']:,})" if res.get("lost_reported") else ""
            extra += "".join(f" ({w})" for w in res.get("warnings", []))
            lines.append(f"| {title.split(':')[0]} | {names[key]} | {best} | {first_bad} | {u}{extra} |")
    return lines


def render(configs: list[Config], modes: list[tuple[str, str]], builds: dict, stap: dict[str, StapBuild],
           stap_cold: dict[str, StapBuild], arm_xt: float | None, printf: dict, sizes: dict,
           mem: list[dict], calls: int) -> str:
    lines = overhead_table(configs, "count", modes, calls,
                           "Per-event overhead of `@num[pid,execname] = count()` on every syscall entry",
                           [("xtrace", "floor", "xtrace / floor"), ("xtrace", "hash", "xtrace / hand-hash"),
                            ("bpftrace", "xtrace", "bpftrace / xtrace"), ("stap", "xtrace", "SystemTap / xtrace")])
    lines += [""] + overhead_table(
        configs, "lat", modes, calls,
        "Per-event overhead of a latency histogram (`quantize` of the time spent in `__x64_sys_getppid`, "
        "kprobe + kretprobe)",
        [("lat_xtrace", "lat_floor", "xtrace / kretprobe floor"), ("lat_bpftrace", "lat_xtrace", "bpftrace / xtrace"),
         ("lat_stap", "lat_xtrace", "SystemTap / xtrace")])
    lines += [""] + printf_table(printf, modes)

    cold, warm = med(builds["cold"]), med(builds["warm"])
    lines += ["", "Build of examples/count.d (passes 1-4, fresh process, perf_counter around the passes):", "",
              "| build | median | reps |", "|---|---|---|",
              f"| cold (empty module cache: kbuild runs) | {cold:.2f} s | {len(builds['cold'])} |",
              f"| warm (cached .ko reused) | {warm:.3f} s | {len(builds['warm'])} |",
              f"| cold / warm | {cold / warm:.0f}x | |"]

    by_key = {c.key: c for c in configs}

    def arm_of(key: str) -> float | None:
        c = by_key.get(key)
        return c.arm.get("smp2") if c and not c.why_not else None

    def secs(x: float | None, digits: int = 1) -> str:
        return "-" if x is None else f"{x:.{digits}f} s"

    def tot(a: float | None, b: float | None) -> str:
        return "-" if a is None or b is None else f"{a + b:.1f} s"

    lines += ["", "Time from start to probes armed. Passes 1-4 on the host; load and arm in the 2-vCPU guest "
              "(TCG wall clock: several times what hardware takes). xtrace: job start to the command's first "
              "output with the module minus without; stap: `staprun` to its begin probe's line; bpftrace: "
              "start to its \"Attaching N probes\" line (it compiles while arming).", "",
              "| tool, script | passes 1-4 cold | passes 1-4 warm | load + arm in the guest | cold total | "
              "warm total |", "|---|---|---|---|---|---|",
              f"| xtrace examples/count.d | {cold:.2f} s | {warm:.3f} s | {secs(arm_xt, 2)} | {tot(cold, arm_xt)} | "
              f"{tot(warm, arm_xt)} |"]
    for key, name in (("stap", "count.stp (`kernel.trace`)"), ("lat_stap", "latency (`kprobe.function`)")):
        b, bc = stap.get(key), stap_cold.get(key)
        if b is None or bc is None:
            lines.append(f"| SystemTap 4.8 {name} | not built | | | | |")
            continue
        if not b.ko:
            lines.append(f"| SystemTap 4.8 {name} | pass 4 failed: {b.error} | | | | |")
            continue
        a = arm_of(key)
        lines.append(f"| SystemTap 4.8 {name} | {secs(bc.seconds)} | {secs(b.seconds)} | {secs(a)} | "
                     f"{tot(bc.seconds, a)} | {tot(b.seconds, a)} |")
    for key, name in (("bpftrace", "count"), ("lat_bpftrace", "latency")):
        a = arm_of(key)
        lines.append(f"| bpftrace 0.17 {name} | - | - | {secs(a)} | {secs(a)} | {secs(a)} |")

    lines += ["", "Memory:", "", "| what | bytes |", "|---|---|"]
    for name, (ko, text_data_bss) in sizes.items():
        lines.append(f"| {name} .ko file (text+data+bss {text_data_bss:,}) | {ko:,} |")
    for m in mem:
        lines += [f"| xtrace session fed {NKEYS:,} distinct keys (`-D MAXMAPENTRIES={KEYS_LIMIT}`), "
                  f"{m['vcpus']} vCPU: vmalloc'd by the module | {m['vmalloc']:,} ({m['vmalloc'] / 2**20:.1f} MiB) |",
                  f"| same: module core (/sys/module/*/coresize) | {m['coresize']:,} |"]
    for m in mem:
        kinds = "; ".join(m["error_kinds"]) or "none"
        lines += ["", f"{m['vcpus']} vCPU memory session: {m['errors']:,} run-time errors ({kinds}); "
                  f"{m['keys_printed']:,} keys printed, {m['drops']:,} output records dropped at the final print "
                  "(1 MiB output ring)."]
    return "\n".join(lines)

def ko_sizes(kos: dict[str, Path]) -> dict[str, tuple[int, int]]:
    """File size and text+data+bss (binutils size) of each module."""
    out = {}
    for name, ko in kos.items():
        dec = int(run_quiet(["size", str(ko)]).stdout.splitlines()[1].split()[3])
        out[name] = (ko.stat().st_size, dec)
    return out


def update_readme(table: str, command: str, seconds: float) -> None:
    """Replace the results section of benchmarks/README.md."""
    readme = HERE / "README.md"
    begin, end = "<!-- results:begin -->", "<!-- results:end -->"
    text = readme.read_text()
    head, rest = text.split(begin, 1)
    tail = rest.split(end, 1)[1]
    stamp = datetime.datetime.now().astimezone().strftime("%Y-%m-%d %H:%M %Z")
    # The host's load average: the 2-vCPU wall-clock figures depend on it.
    load = " ".join(f"{x:.2f}" for x in os.getloadavg())
    body = (f"\nMeasured {stamp} with `{command}` (whole run {seconds / 60:.1f} min), "
            f"git {git_rev()}, {os.cpu_count()} host cores, load average at the end {load}.\n\n"
            f"{table}\n\n")
    readme.write_text(head + begin + body + end + tail)


def git_rev() -> str:
    p = subprocess.run(["git", "-C", str(REPO), "describe", "--always", "--dirty"], capture_output=True, text=True)
    return p.stdout.strip() or "?"


# ---------------------------------------------------------------------- main

def build_stap(target: RunTarget, work: Path, say: Callable[[str], None], warm_reps: int = 3) -> tuple[dict, dict]:
    """SystemTap's modules for the count, latency and printf scripts, all in
    one fresh stap cache (SYSTEMTAP_DIR): the first pass 1-4 of each is cold
    (for count.stp that includes stap's tracepoint query modules), the later
    ones warm (served from that cache); the last build's .ko is the one run.
    Returns (warm builds: median seconds, cold builds) by config key."""
    if shutil.which("stap") is None:
        return {}, {}
    capture_symbols(target.kinfo)  # the guest's kallsyms, for the System.map
    tree = peers.stap_build_tree(target.build_dir, target.kinfo.kallsyms_file, cache_root(), target.kinfo.release)
    runtime = peers.stap_runtime(cache_root())
    out = work / "stap"
    scripts = {"stap": peers.STAP_COUNT, "lat_stap": peers.STAP_LAT, "printf": peers.STAP_PRINTF}
    cold, warm = {}, {}
    with tempfile.TemporaryDirectory(prefix="xtrace-bench-stap-") as tmp:
        for key, script in scripts.items():
            # A cache of its own for each timed script: stap also caches its
            # kernel feature probes (STAPCONF), which a first build pays for.
            # The printf module is only run, not timed: it shares the latency's.
            cache = Path(tmp) / ("lat_stap" if key == "printf" else key)
            say(f"stap pass 1-4 of {key}: cold (empty stap cache), then warm x{warm_reps}")
            cold[key] = peers.stap_build(script, f"bench_{key}", tree, runtime, out, cache)
            warm[key] = cold[key]
            if not cold[key].error:
                runs = [peers.stap_build(script, f"bench_{key}", tree, runtime, out, cache)
                        for _ in range(warm_reps)]
                warm[key] = StapBuild(runs[-1].ko, med([r.seconds for r in runs]), runs[-1].error)
            say(f"  cold {cold[key].seconds:.1f} s, warm {warm[key].seconds:.2f} s {cold[key].error}")
    return warm, cold


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=5, help="repetitions of each configuration, icount boot (default 5)")
    ap.add_argument("--wall-reps", type=int, default=11,
                    help="the same on the noisy 2-vCPU wall clock (default 11)")
    ap.add_argument("--calls", type=int, default=100_000, help="getppid() calls per workload run")
    ap.add_argument("--build-reps", type=int, default=3, help="cold build samples (warm: 5)")
    ap.add_argument("--no-peers", action="store_true",
                    help="do not run benchmarks/setup_peers.sh (which installs bpftrace and systemtap if missing)")
    ap.add_argument("--update-readme", action="store_true", help="write the table into benchmarks/README.md")
    args = ap.parse_args()
    t_start = time.monotonic()
    say = lambda msg: print(f"[{time.monotonic() - t_start:6.1f}s] {msg}", file=sys.stderr, flush=True)  # noqa: E731

    peers_why = "" if args.no_peers else peers.ensure_peers(say)
    if args.no_peers and not (shutil.which("bpftrace") and shutil.which("stap")):
        say("a peer tracer is missing: run `bash benchmarks/setup_peers.sh` (or drop --no-peers)")
    target = choose_target("sandbox", None, None)
    work = work_dir()
    exe = build_workload(work)
    mods = build_yardsticks(work, target)
    # Built (or found cached) first, so the warm samples find it in the cache.
    xt = {"count": build_xtrace(COUNT_D.read_text(), "count.d", target, XT_LIMITS),
          "lat": build_xtrace(LAT_D, "lat.d", target, XT_LIMITS),
          "printf": build_xtrace(PRINTF_D, "printf.d", target, XT_LIMITS),
          "keys": build_xtrace(KEYS_D, "keys.d", target, {"MAXMAPENTRIES": KEYS_LIMIT, **XT_LIMITS})}
    # Build times before any boot: QEMU would steal the host's cores.
    say("timing xtrace builds of count.d (cold, warm)")
    builds = time_builds(args.build_reps, 5)
    stap, stap_cold = ({}, {}) if peers_why else build_stap(target, work, say)
    sizes = ko_sizes({"xtrace count.d": xt["count"].ko, "floor": mods["bench_floor"], "hand-hash": mods["bench_hash"],
                      "xtrace latency": xt["lat"].ko, "kretprobe floor": mods["bench_lat"],
                      **{f"SystemTap {k}": b.ko for k, b in stap.items() if b.ko and k != "printf"}})

    one = f"{exe} getppid {args.calls}"
    # (label, SandboxVM kwargs, workload command, processes)
    # 2 vCPUs: one workload per vCPU. `wait $!`, not `wait`: a bare wait
    # would also wait for a tracer started in the same shell.
    vms = [("icount", f"1 vCPU icount: instr/call ({args.reps} reps)", dict(icount=True), one, 1, args.reps),
           ("smp2", f"2 vCPUs wall: ns/call ({args.wall_reps} reps)", dict(smp=2), f"{one} & {one}; wait $!", 2,
            args.wall_reps)]
    bench = Bench(target, work, exe, mods, xt, stap, peers_why, say)
    configs = bench.configs()
    mem, printf, arm_xt = [], {}, None
    for mode, title, kw, cmd, procs, reps in vms:
        say(f"booting the sandbox VM ({title.split(':')[0]})")
        with SandboxVM(target.kinfo, extra_append=GUEST_APPEND, **kw) as bench.vm:
            say(f"measuring {reps} reps of each configuration")
            bench.measure(configs, mode, cmd, procs, reps, args.calls)
            say("printf: lines per second")
            printf[mode] = bench.printf_ladder(mode)
            if mode == "smp2":
                say("xtrace: load and arm")
                arm_xt = bench.arm_xtrace()
            say(f"memory: an xtrace session fed {NKEYS:,} distinct keys")
            mem.append(bench.memory())
    for c in configs:
        xt_key = {"xtrace": "count", "lat_xtrace": "lat"}.get(c.key)
        c.skipped = {m: v for (k, m), v in bench.skipped.items() if k == xt_key}
    table = render(configs, [(m, t) for m, t, *_ in vms], builds, stap, stap_cold, arm_xt, printf, sizes, mem,
                   args.calls)
    for c in configs:  # every sample, for whoever doubts a median
        for m, xs in c.samples.items():
            say(f"samples {c.key} {m}: " + " ".join(f"{x:.1f}" for x in xs))
    print(table)
    say("done")
    if args.update_readme:
        command = ".venv/bin/python benchmarks/run.py " + " ".join(sys.argv[1:])
        update_readme(table, command.strip(), time.monotonic() - t_start)

if __name__ == "__main__":
    main()
