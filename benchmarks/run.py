"""xtrace benchmarks: per-event overhead, build times and memory, as figures.

    .venv/bin/python benchmarks/run.py [--reps 5] [--calls 100000] [--update-readme]

Boots the sandbox VM twice (1 vCPU with -icount, where guest time is an
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
import io
import json
import os
import re
import shutil
import statistics
import subprocess
import sys
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from xtrace.backend_c.kbuild import BuiltModule, cache_root
from xtrace.driver.passes import Pipeline
from xtrace.driver.session import run_in_sandbox
from xtrace.driver.targets import RunTarget, choose_target
from xtrace.sandbox.vm import SandboxCrash, SandboxVM

HERE = Path(__file__).resolve().parent
REPO = HERE.parent
COUNT_D = REPO / "examples" / "count.d"
BPFTRACE_PROG = "tracepoint:raw_syscalls:sys_enter { @[pid, comm] = count(); }"
# 100,000 distinct keys need a key the workload controls: close()'s fd.
KEYS_D = "syscall::close:entry { @keys[arg0] = count(); }"
NKEYS = 100_000
KEYS_LIMIT = 131_072
JOB_TIMEOUT = 300.0
# The sandbox now boots with the lockup watchdogs off (sandbox/vm.py); this
# stays as a belt-and-braces threshold in case they are turned back on.
GUEST_APPEND = "watchdog_thresh=60"


def work_dir() -> Path:
    """Where the workload and yardstick modules are built. Not under /tmp:
    the guest mounts its own tmpfs there, so it would not see them."""
    d = cache_root() / "bench"
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
    return {name: mdir / f"{name}.ko" for name in ("bench_floor", "bench_hash")}


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
from run import build_xtrace
from xtrace.driver.targets import choose_target
target = choose_target("sandbox", None, None)
text = open({script!r}).read()
with tempfile.TemporaryDirectory(prefix="xtrace-bench-cache-") as tmp:
    if sys.argv[1] == "cold":
        os.environ["XTRACE_CACHE"] = tmp
    t0 = time.perf_counter()
    built = build_xtrace(text, "count.d", target)
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
    for a cheap one."""

    key: str
    label: str
    run: Callable[[str], tuple[str, str]] | None = None
    check: Callable[[str], int] | None = None
    why_not: str = ""  # set when not measured
    samples: dict[str, list[float]] = field(default_factory=dict)  # mode -> ns/call per rep


NS_RE = re.compile(r"^ns_per_call ([0-9.]+)$", re.M)


def ns_per_call(cmd_out: str, procs: int) -> float:
    """Mean ns/call over the workload processes of one run."""
    vals = [float(v) for v in NS_RE.findall(cmd_out)]
    if len(vals) != procs:
        raise RuntimeError(f"expected {procs} workload results, got:\n{cmd_out[-2000:]}")
    return statistics.fmean(vals)


class Bench:
    """What the measurements share: the target, the built artefacts, and the
    VM of the current boot (``vm`` changes between boots; configs follow)."""

    def __init__(self, target: RunTarget, work: Path, exe: Path, mods: dict[str, Path],
                 count_ko: BuiltModule, keys_ko: BuiltModule, say: Callable[[str], None]) -> None:
        self.target, self.work, self.exe, self.mods = target, work, exe, mods
        self.count_ko, self.keys_ko, self.say = count_ko, keys_ko, say
        self.vm: SandboxVM | None = None

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

    def job(self, ko: Path | None, mod: str | None, cmd: str) -> tuple[str, str]:
        """A plain sandbox job; returns (command output, module output)."""
        res = self.vm.run_job(str(ko) if ko else None, mod, cmd, cwd=str(self.work), timeout=JOB_TIMEOUT)
        if not res.ok:
            raise RuntimeError(f"job failed: {res.error}\n{res.cmd_out.decode(errors='replace')[-2000:]}\n"
                               f"{res.dmesg}")
        return res.cmd_out.decode(errors="replace"), res.out.decode(errors="replace")

    def xtrace(self, built: BuiltModule, cmd: str) -> tuple[str, str, str, object]:
        """An xtrace session, as `xtrace run` does it; returns (command
        output, the script's output, its diagnostics, SessionResult)."""
        out, err, cmd_out = io.StringIO(), io.StringIO(), bytearray()
        res = run_in_sandbox(built, self.target.kinfo, cmd, JOB_TIMEOUT, out=out, err=err, vm=self.vm,
                             on_cmd_out=cmd_out.extend)
        if res.cmd_status:
            raise RuntimeError(f"the command failed under xtrace: {cmd_out.decode(errors='replace')}")
        return cmd_out.decode(errors="replace"), out.getvalue(), err.getvalue(), res

    def configs(self) -> list[Config]:
        def yardstick(name: str) -> Callable[[str], tuple[str, str]]:
            return lambda cmd: self.job(self.mods[name], name, cmd)

        def count_d(cmd: str) -> tuple[str, str]:
            cmd_out, out, err, res = self.xtrace(self.count_ko, cmd)
            if res.errors or res.drops:
                raise RuntimeError(f"xtrace session not clean: {res}\n{err}")
            return cmd_out, out

        def hits_summary(out: str) -> int:  # the yardsticks count every syscall
            return int(re.search(r"hits=(\d+)", out).group(1))

        def hits_xtrace(out: str) -> int:  # "  <pid>  bench_w   <count>" rows
            return sum(int(c) for c in re.findall(r"^\s*\d+\s+bench_w\s+(\d+)\s*$", out, re.M))

        def hits_bpftrace(out: str) -> int:  # "@[<pid>, bench_w]: <count>" rows
            return sum(int(c) for c in re.findall(r"^@\[\d+, bench_w\]: (\d+)$", out, re.M))

        return [
            Config("none", "no tracing", lambda cmd: self.job(None, None, cmd)),
            Config("floor", "floor: per-CPU counter (hand-written)", yardstick("bench_floor"), hits_summary),
            Config("hash", "per-CPU (pid, comm) hash count (hand-written)", yardstick("bench_hash"), hits_summary),
            Config("xtrace", "xtrace examples/count.d", count_d, hits_xtrace),
            # run by bpftrace_session(), not per rep
            Config("bpftrace", "bpftrace 0.17 `@[pid, comm] = count()`", None, hits_bpftrace,
                   "" if shutil.which("bpftrace") else "bpftrace not installed on the host (apt-get install bpftrace)"),
            Config("stap", "SystemTap", why_not=stap_reason()),
        ]

    def bpftrace_session(self, workload_cmd: str, reps: int) -> tuple[list[str], str]:
        """One bpftrace session, the workload run `reps` times inside it:
        arming bpftrace (LLVM codegen under TCG) takes ~15 s, too long to pay
        per rep. Returns each rep's output, and bpftrace's (its map, printed
        on SIGINT)."""
        marker = "=== rep ==="
        cmd = (f"B=/dev/shm/bt.$$; bpftrace -e '{BPFTRACE_PROG}' > $B 2>&1 & P=$!\n"
               # "Attaching" comes just before the attach itself; the hit count
               # checked afterwards proves the probe saw the measured calls.
               "while ! grep -q Attaching $B; do kill -0 $P || { cat $B; exit 1; }; sleep 0.1; done; sleep 0.5\n"
               f"for i in $(seq {reps}); do echo '{marker}'; {workload_cmd}; done\n"
               "kill -INT $P; wait $P; echo '=== bpftrace ==='; cat $B")
        cmd_out, _ = self.job(None, None, cmd)
        body, _, tracer = cmd_out.partition("=== bpftrace ===")
        return body.split(marker)[1:], tracer

    def measure(self, configs: list[Config], mode: str, workload_cmd: str, procs: int,
                reps: int, calls: int) -> None:
        """Fill each config's samples[mode]. Reps go round the configs, so
        slow drift on the wall clock spreads over all of them alike."""
        def check(cfg: Config, tracer_out: str, runs: int) -> None:
            seen = cfg.check(tracer_out)
            if seen < runs * procs * calls:
                raise RuntimeError(f"{cfg.key}: the tracer saw {seen} workload syscalls, "
                                   f"expected at least {runs * procs * calls}:\n{tracer_out[-2000:]}")

        for _ in range(reps):
            for cfg in configs:
                if cfg.run is not None and not cfg.why_not:
                    t0 = time.monotonic()
                    cmd_out, tracer_out = self.retry(lambda: cfg.run(workload_cmd))
                    self.say(f"  {cfg.key}: {time.monotonic() - t0:.1f} s")
                    cfg.samples.setdefault(mode, []).append(ns_per_call(cmd_out, procs))
                    if cfg.check:
                        check(cfg, tracer_out, 1)
        bt = next(c for c in configs if c.key == "bpftrace")
        if not bt.why_not:
            try:
                t0 = time.monotonic()
                outs, tracer = self.retry(lambda: self.bpftrace_session(workload_cmd, reps))
                self.say(f"  bpftrace session: {time.monotonic() - t0:.1f} s")
                samples = [ns_per_call(out, procs) for out in outs]
                check(bt, tracer, reps)  # its map adds up over the session's reps
                bt.samples[mode] = samples
            except RuntimeError as ex:
                self.say(f"bpftrace failed: {ex}")
                bt.why_not = "bpftrace failed in the guest (see the log above)"

    def memory(self) -> dict:
        """Kernel memory held by an xtrace session that was fed NKEYS distinct
        keys: what the module vmalloc'd (per-CPU tables, rings and contexts,
        all preallocated at load) and its core size. (MemAvailable moved by
        as much again between runs of the same job: not used.)"""
        built = self.keys_ko
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
                "error_kinds": sorted(set(re.findall(r"^dtrace: error on .*?\): (.*) in action", err, re.M))),
                "keys_printed": len(re.findall(r"^\s*(\d+)\s+1\s*$", out, re.M)),
                "drops": sum(res.drops.values())}


def ko_section_size(ko: Path, section: str) -> int:
    """Size of one ELF section of a .ko (binutils size -A)."""
    for line in run_quiet(["size", "-A", str(ko)]).stdout.splitlines():
        parts = line.split()
        if parts and parts[0] == section:
            return int(parts[1])
    return 0


def stap_reason() -> str:
    if shutil.which("stap") is None:
        return "stap not installed; SystemTap 4.8 also needs a patched runtime for 6.1 (see ENVIRONMENT.md)"
    return "SystemTap 4.8 fails pass 4 against 6.1 headers without a patched runtime (see ENVIRONMENT.md)"


# --------------------------------------------------------------------- table

def med(xs: list[float]) -> float:
    return statistics.median(xs)


def fmt_spread(xs: list[float]) -> str:
    """median, the half-range as a percentage of it, and (when they differ
    noticeably) the minimum: on a loaded host the least-disturbed run."""
    m = med(xs)
    spread = 50 * (max(xs) - min(xs)) / m
    return f"{m:,.1f} (±{spread:.1f}%" + (f", min {min(xs):,.0f})" if spread > 5 else ")")


def render(configs: list[Config], modes: list[tuple[str, str]], builds: dict, sizes: dict,
           mem: list[dict], calls: int) -> str:
    lines = [f"Per-event overhead: getppid() x {calls:,} per run, every syscall entry traced; "
             "medians (± half-range) and the median added over no tracing", ""]
    head = "| configuration |" + "".join(f" {title} | added |" for _, title in modes)
    lines += [head, "|" + "---|" * (1 + 2 * len(modes))]
    base = {m: med(c.samples[m]) for c in configs if c.key == "none" for m, _ in modes}
    added: dict[tuple[str, str], float] = {}
    for c in configs:
        if c.why_not:
            lines.append(f"| {c.label} |" + f" not measured ({c.why_not}) |" + " |" * (2 * len(modes) - 1))
            continue
        row = f"| {c.label} |"
        for m, _ in modes:
            if m not in c.samples:
                row += " - | - |"
                continue
            added[c.key, m] = med(c.samples[m]) - base[m]
            row += f" {fmt_spread(c.samples[m])} | {'-' if c.key == 'none' else f'{added[c.key, m]:+,.1f}'} |"
        lines.append(row)

    def ratio(a: str, b: str, m: str) -> str:
        if (a, m) in added and (b, m) in added and added[b, m] > 0:
            return f"{added[a, m] / added[b, m]:.2f}x"
        return "n/a"

    lines += ["", "Ratios of the added cost per call:", "",
              "| ratio |" + "".join(f" {title} |" for _, title in modes),
              "|" + "---|" * (1 + len(modes))]
    for a, b, name in (("xtrace", "floor", "xtrace / floor"), ("xtrace", "hash", "xtrace / hand-hash"),
                       ("bpftrace", "xtrace", "bpftrace / xtrace")):
        lines.append(f"| {name} |" + "".join(f" {ratio(a, b, m)} |" for m, _ in modes))

    cold, warm = med(builds["cold"]), med(builds["warm"])
    lines += ["", "Build of examples/count.d (passes 1-4, fresh process, perf_counter around the passes):", "",
              "| build | median | reps |", "|---|---|---|",
              f"| cold (empty module cache: kbuild runs) | {cold:.2f} s | {len(builds['cold'])} |",
              f"| warm (cached .ko reused) | {warm:.3f} s | {len(builds['warm'])} |",
              f"| cold / warm | {cold / warm:.0f}x | |"]

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

def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--reps", type=int, default=5, help="repetitions of each configuration, icount boot (default 5)")
    ap.add_argument("--wall-reps", type=int, default=11,
                    help="the same on the noisy 2-vCPU wall clock (default 11)")
    ap.add_argument("--calls", type=int, default=100_000, help="getppid() calls per workload run")
    ap.add_argument("--build-reps", type=int, default=3, help="cold build samples (warm: 5)")
    ap.add_argument("--update-readme", action="store_true", help="write the table into benchmarks/README.md")
    args = ap.parse_args()
    t_start = time.monotonic()
    say = lambda msg: print(f"[{time.monotonic() - t_start:6.1f}s] {msg}", file=sys.stderr, flush=True)  # noqa: E731

    target = choose_target("sandbox", None, None)
    work = work_dir()
    exe = build_workload(work)
    mods = build_yardsticks(work, target)
    # Built (or found cached) first, so the warm samples find it in the cache.
    count_ko = build_xtrace(COUNT_D.read_text(), "count.d", target)
    keys_ko = build_xtrace(KEYS_D, "keys.d", target, {"MAXMAPENTRIES": KEYS_LIMIT})
    # Build times before any boot: QEMU would steal the host's cores.
    say("timing xtrace builds of count.d (cold, warm)")
    builds = time_builds(args.build_reps, 5)
    sizes = ko_sizes({"xtrace count.d": count_ko.ko, "floor": mods["bench_floor"], "hand-hash": mods["bench_hash"]})

    one = f"{exe} getppid {args.calls}"
    # (label, SandboxVM kwargs, workload command, processes)
    # 2 vCPUs: one workload per vCPU. `wait $!`, not `wait`: a bare wait
    # would also wait for the bpftrace started in the same shell.
    vms = [("icount", f"1 vCPU icount: instr/call ({args.reps} reps)", dict(icount=True), one, 1, args.reps),
           ("smp2", f"2 vCPUs wall: ns/call ({args.wall_reps} reps)", dict(smp=2), f"{one} & {one}; wait $!", 2,
            args.wall_reps)]
    bench = Bench(target, work, exe, mods, count_ko, keys_ko, say)
    configs = bench.configs()
    mem = []
    for mode, title, kw, cmd, procs, reps in vms:
        say(f"booting the sandbox VM ({title.split(':')[0]})")
        with SandboxVM(target.kinfo, extra_append=GUEST_APPEND, **kw) as bench.vm:
            say(f"measuring {reps} reps of each configuration")
            bench.measure(configs, mode, cmd, procs, reps, args.calls)
            say(f"memory: an xtrace session fed {NKEYS:,} distinct keys")
            mem.append(bench.memory())
    table = render(configs, [(m, t) for m, t, *_ in vms], builds, sizes, mem, args.calls)
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
