"""The peer tracers the benchmark compares xtrace with: bpftrace 0.17 and
SystemTap 4.8 (Debian bookworm's packages, installed by setup_peers.sh).

bpftrace needs nothing but the guest: it runs there from the host's
filesystem. SystemTap builds its module here (passes 1-4) and runs it in the
guest under staprun/stapio. Building for Debian's 6.1 kernels needs three
things the packages do not give (see setup_peers.sh and the README):

- a patched copy of its runtime (``stap -R``), made by setup_peers.sh;
- the kernel's symbol table: Debian's System.map is a stub, so stap's kprobe
  builder finds no function; the guest's /proc/kallsyms (the sandbox boots
  ``nokaslr``, so its addresses are the link-time ones) stands in for it,
  in a shadow of the headers tree (stap reads ``<build tree>/System.map``);
- ``source``: stap's tracepoint builder scans the kernel's
  ``include/trace/events``, which Debian keeps in the ``-common`` headers.
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import time
from dataclasses import dataclass
from pathlib import Path

HERE = Path(__file__).resolve().parent
SETUP = HERE / "setup_peers.sh"

# Under TCG a probe costs several times what it does on hardware, and stap's
# overload guard (500M cycles per 1G, by default) ends the session; raised so
# that it never trips (the check itself still runs: its cost is measured).
STAP_DEFINES = ["-DSTP_OVERLOAD_THRESHOLD=100000000000LL"]

# Every stap script prints "armed" from its begin probe: the begin probes run
# as the module starts, and its other probes are registered in the same
# start-up call, well before stapio relays the line.
STAP_COUNT = """global num
probe begin { printf("armed\\n") }
probe kernel.trace("raw_syscalls:sys_enter") { num[pid(), execname()] <<< 1 }
probe end { foreach ([p, e] in num) printf("%d %s %d\\n", p, e, @count(num[p, e])) }
"""
# No @entry() and no kernel.function().return without debuginfo (Debian has
# none for its kernels here): kprobe.function with a tid-keyed array instead.
STAP_LAT = """global ts, lat
probe begin { printf("armed\\n") }
probe kprobe.function("__x64_sys_getppid") { ts[tid()] = local_clock_ns() }
probe kprobe.function("__x64_sys_getppid").return {
  t = ts[tid()]
  if (t) { lat <<< local_clock_ns() - t; delete ts[tid()] }
}
probe end { printf("count %d\\n", @count(lat)); print(@hist_log(lat)) }
"""
STAP_PRINTF = """probe begin { printf("armed\\n") }
probe kprobe.function("__x64_sys_getppid") { printf("%d %s getppid\\n", pid(), execname()) }
"""

BPF_COUNT = "tracepoint:raw_syscalls:sys_enter { @[pid, comm] = count(); }"
BPF_LAT = ("kprobe:__x64_sys_getppid { @ts[tid] = nsecs; } "
           "kretprobe:__x64_sys_getppid /@ts[tid]/ { @ = hist(nsecs - @ts[tid]); delete(@ts[tid]); }")
BPF_PRINTF = 'tracepoint:syscalls:sys_enter_getppid { printf("%d %s getppid\\n", pid, comm); }'


def ensure_peers(say) -> str:
    """Run setup_peers.sh (idempotent: installs bpftrace and systemtap if
    missing, prepares the patched stap runtime). Returns "" or why it failed."""
    p = subprocess.run(["bash", str(SETUP)], capture_output=True, text=True)
    if p.returncode:
        say(f"setup_peers.sh failed:\n{p.stdout}{p.stderr}")
        return f"benchmarks/setup_peers.sh failed: {(p.stderr or p.stdout).strip().splitlines()[-1:]}"
    say(p.stdout.strip())
    return ""


def stap_runtime(cache: Path) -> Path:
    return cache / "bench" / "stap-runtime"


def stap_build_tree(build_dir: Path, kallsyms: Path, cache: Path, release: str) -> Path:
    """A shadow of the kernel's headers tree (absolute symlinks) with the
    guest's kallsyms as System.map and ``source`` pointing at the common
    headers. Remade whenever kallsyms changes."""
    tree = cache / "bench" / f"stap-build-{release}"
    smap = tree / "System.map"
    if smap.exists() and smap.stat().st_mtime >= kallsyms.stat().st_mtime:
        return tree
    shutil.rmtree(tree, ignore_errors=True)
    tree.mkdir(parents=True)
    for entry in build_dir.iterdir():
        (tree / entry.name).symlink_to(entry.resolve())
    m = re.search(r"^include\s+(\S+)/Makefile", (build_dir / "Makefile").read_text(), re.M)
    if m and not (tree / "source").exists():
        (tree / "source").symlink_to(m.group(1))
    # Module symbols ("[mod]") are not the kernel's.
    with open(kallsyms) as src, open(smap, "w") as dst:
        dst.writelines(line for line in src if "[" not in line)
    return tree


@dataclass
class StapBuild:
    """One stap pass 1-4: the module, or why there is none."""

    ko: Path | None
    seconds: float
    error: str = ""


def stap_build(script: str, name: str, tree: Path, runtime: Path, out_dir: Path,
               systemtap_dir: Path) -> StapBuild:
    """``stap -p4`` of `script` into out_dir/name.ko, with stap's cache in
    systemtap_dir (an empty one: a cold build)."""
    out_dir.mkdir(parents=True, exist_ok=True)
    src = out_dir / f"{name}.stp"
    src.write_text(script)
    (out_dir / f"{name}.ko").unlink(missing_ok=True)
    env = dict(os.environ, SYSTEMTAP_DIR=str(systemtap_dir))
    cmd = ["stap", "-p4", "-r", str(tree), "-R", str(runtime), *STAP_DEFINES, "-m", name, str(src)]
    t0 = time.perf_counter()
    p = subprocess.run(cmd, capture_output=True, text=True, cwd=out_dir, env=env)
    secs = time.perf_counter() - t0
    ko = out_dir / f"{name}.ko"
    if p.returncode or not ko.exists():
        lines = [ln for ln in (p.stderr + p.stdout).splitlines() if ln.strip()]
        errs = [ln for ln in lines if "error" in ln.lower()] or lines
        return StapBuild(None, secs, " / ".join(errs[:3])[:400])
    return StapBuild(ko, secs)
