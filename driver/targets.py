"""Choosing where a script runs (the host kernel or the sandbox VM) and what
the analysis may know about that kernel."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

from xtrace.driver.shellcmd import is_simple_command
from xtrace.ir.loc import XtraceError
from xtrace.ir.target import KernelTarget, read_kallsyms, read_syscall_table


def host_can_load_modules() -> bool:
    """True when this kernel takes modules and kprobes and we are root."""
    return (os.path.exists("/proc/modules") and os.geteuid() == 0
            and os.path.exists("/sys/kernel/debug") and _host_has_kprobes())


def _host_has_kprobes() -> bool:
    return any(Path(p).exists() for p in ("/sys/kernel/debug/kprobes", "/sys/bus/event_source/devices/kprobe"))


@dataclass
class RunTarget:
    """Where pass 4 builds for and pass 5 runs."""

    kind: str  # 'host' or 'sandbox'
    release: str
    build_dir: Path
    kinfo: object = None  # sandbox.kernel.KernelInfo for the sandbox

    def kernel_target(self, need_functions: bool) -> KernelTarget:
        """The probe-resolution view of this kernel; symbols only when needed (may boot the VM once)."""
        functions: Optional[set[str]] = None
        blacklist: set[str] = set()
        tracepoints: Optional[set[str]] = None
        if need_functions:
            if self.kind == "host":
                functions = read_kallsyms(Path("/proc/kallsyms"))
                tracepoints = read_host_tracepoints()
            else:
                from xtrace.sandbox import kernel as sk
                sk.capture_symbols(self.kinfo)
                functions = sk.kernel_symbols(self.kinfo)
                blacklist = sk.kprobe_blacklist(self.kinfo)
                tracepoints = sk.tracepoints(self.kinfo)
        kallsyms: Optional[Path] = None  # for printf's %a; never worth a boot by itself
        kallsyms_modules: Optional[Path] = None
        if self.kind == "host":
            kallsyms = Path("/proc/kallsyms")
        elif self.kinfo is not None and Path(self.kinfo.kallsyms_file).is_file():
            kallsyms = Path(self.kinfo.kallsyms_file)
            if Path(self.kinfo.modules_file).is_file():
                kallsyms_modules = Path(self.kinfo.modules_file)
        return KernelTarget(self.release, self.build_dir, read_syscall_table(self.build_dir),
                            functions, blacklist, tracepoints, kallsyms=kallsyms,
                            kallsyms_modules=kallsyms_modules,
                            btf_file=self.btf_file, module_btf_file=self.module_btf_file)

    def btf_file(self) -> Optional[Path]:
        """The raw BTF of this kernel: the host's sysfs file, the sandbox's capture."""
        if self.kind == "host":
            p = Path("/sys/kernel/btf/vmlinux")
            return p if p.exists() else None
        from xtrace.sandbox import kernel as sk
        return sk.kernel_btf(self.kinfo)


    def module_btf_file(self, module: str) -> Optional[Path]:
        """A loaded module's raw split BTF: the host's sysfs file, the sandbox's capture."""
        if not re.fullmatch(r"[\w-]+", module) or module == "vmlinux":
            return None
        if self.kind == "host":
            p = Path("/sys/kernel/btf") / module
            return p if p.is_file() else None
        from xtrace.sandbox import kernel as sk
        return sk.module_btf(self.kinfo, module)


def read_host_tracepoints() -> Optional[set[str]]:
    """The running kernel's tracepoints ("system:event"), or None when tracefs is not
    readable (then only the headers vouch for a tracepoint)."""
    for d in ("/sys/kernel/tracing", "/sys/kernel/debug/tracing"):
        try:
            text = Path(d, "available_events").read_text()
        except OSError:
            continue
        return {line.strip() for line in text.splitlines() if ":" in line}
    return None


def split_kernel_arg(kernel: str | None) -> tuple[str | None, str | None]:
    """``--kernel VALUE`` -> ``(vmlinuz, release)``: an existing file is a kernel
    image path; anything else is a release (``6.12.117+deb12-rt-amd64``) or an
    alias (``6.12``, ``rt``, ``6.12-rt``) that the sandbox resolves with apt."""
    if not kernel:
        return None, None
    if os.path.isfile(kernel):
        return kernel, None
    if "/" in kernel:
        raise XtraceError(f"--kernel {kernel}: no such kernel image", exit_code=2)
    return None, kernel


def choose_target(where: str, kernel: str | None, headers: str | None,
                  modules_dir: str | None = None) -> RunTarget:
    """Resolve --target auto|host|sandbox (plus --kernel/--headers) into a RunTarget.

    ``kernel``: a vmlinuz path, or a sandbox kernel release or alias (see
    :func:`split_kernel_arg`); either one means the sandbox under ``auto``."""
    if where not in ("auto", "host", "sandbox"):
        raise XtraceError(f"unknown target '{where}' (auto, host or sandbox)", exit_code=2)
    if where == "host" or (where == "auto" and not kernel and host_can_load_modules()):
        release = os.uname().release
        build = Path(headers) if headers else Path(f"/lib/modules/{release}/build")
        if headers and not build.is_dir():
            raise XtraceError(f"--headers {headers}: no such directory", exit_code=2)
        if not build.is_dir():
            raise XtraceError(f"no kernel headers for {release} at {build} (install "
                              f"linux-headers-{release}, or give --headers DIR)")
        return RunTarget("host", release, build.resolve())
    vmlinuz, release = split_kernel_arg(kernel)
    if modules_dir is not None and vmlinuz is None:
        raise XtraceError("--modules goes with --kernel PATH (an image file)"
                          + (", not a release" if release is not None else ""), exit_code=2)
    from xtrace.sandbox import kernel as sk
    try:
        kinfo = sk.ensure_kernel(release=release, vmlinuz=vmlinuz, modules_dir=modules_dir)
    except sk.KernelError as ex:
        raise XtraceError(f"sandbox kernel: {ex}") from None
    build = Path(headers) if headers else kinfo.build_dir
    if build is None:
        raise XtraceError(f"no kernel headers for {kinfo.release}: give --headers DIR")
    return RunTarget("sandbox", kinfo.release, Path(build).resolve(), kinfo)


def command_program(cmd: Optional[str]) -> Optional[str]:
    """The program file a `-c` command runs (its first word, found on $PATH), with
    symlinks resolved: what probes of the target process ($target, Vue's $__CPID)
    are placed on. None when there is no command or it cannot be found."""
    import shlex
    import shutil
    if not cmd:
        return None
    try:
        words = shlex.split(cmd)
    except ValueError:
        return None
    while words and (words[0] == "exec" or "=" in words[0].split("/")[0]):
        words = words[1:]  # `exec prog`, `VAR=value prog`
    if not words:
        return None
    found = words[0] if "/" in words[0] else shutil.which(words[0])
    if not found or not os.path.isfile(found):
        return None
    return str(Path(found).resolve())


def pick_target_pid() -> int:
    """A pid for the -c command, free now, chosen before compiling: D's `$target` is a
    compile-time constant, so the command is later asked to run as this pid."""
    import random
    while True:
        want = random.randrange(2000, 30000)
        if not Path(f"/proc/{want}").exists():
            return want


def exec_line(cmd: str) -> str:
    """The shell line that makes shell command `cmd` the process it is run in: a
    simple command is exec'd there (the program keeps the pid: D's $target, stap's
    target(), Vue's $__CPID are the program's), a line that starts with `exec` has
    chosen its program already, and a shell construct runs in a shell exec'd there."""
    import shlex
    if re.match(r"\s*exec\s", cmd):
        return cmd
    if is_simple_command(cmd):
        return f"exec {cmd}"
    return f"exec /bin/sh -c {shlex.quote(cmd)}"


def wrong_pid_notice(got: int, want_pid: int) -> str:
    """What a -c command that did not get D's $target pid says on stderr."""
    return f"xtrace: the -c command runs as pid {got}, not {want_pid} ($target)\n"


# How each language starts the process its user-function probes follow, for the
# error a process number gets in the sandbox.
_START_UNDER_SESSION = {
    "d": "start the program with -c CMD and write pid$target",
    "vue": "start the program with -X PROGRAM and write @@uft:$__CPID:...",
    "stap": "start the program with -c CMD and probe process(\"PATH\")",
}


def process_modules(pid: int) -> list[str]:
    """The ELF files process `pid` runs: its program (/proc/PID/exe) first, then each
    file it maps executable (its shared libraries), in map order, symlinks resolved."""
    exe = os.path.realpath(os.readlink(f"/proc/{pid}/exe"))
    out = [exe]
    with open(f"/proc/{pid}/maps") as f:
        for line in f:
            parts = line.split(None, 5)
            if len(parts) == 6 and "x" in parts[1] and parts[5].startswith("/"):
                path = os.path.realpath(parts[5].rstrip("\n"))
                if path not in out and os.path.isfile(path):
                    out.append(path)
    return out


def _modules_with(p, modules: list[str]) -> list[str]:
    """The files of `modules` that have a function matching `p.name` (a glob or /ERE/)."""
    from xtrace.ir.elfsyms import ElfSymbolError, function_offsets, matching_functions
    found = []
    for path in modules:
        try:
            funcs = function_offsets(path)
        except ElfSymbolError:
            continue
        if matching_functions(p.name, funcs):
            found.append(path)
    return found


def resolve_process_programs(prog, target: RunTarget, own_pid: int = 0) -> None:
    """Probes of a running process given by number (D's `pidNNN::f:entry` and
    `-p PID`'s pid$target, Vue's `@@uft:PID:*:f:entry`) go on the files that
    process runs, and fire for that process only. On the host each such point is
    placed on every file of the process (its program, /proc/PID/exe, and the
    libraries it maps) that has a matching function, as IBM's uft manager searches
    every module loaded in the process for `*` (D: a blank module); the point is
    copied once per file, its program's path recorded in prog.options['pid_programs'].
    The sandbox VM runs processes of its own, where a host process number names
    nothing, so there the probe is refused. `own_pid` is the pid the -c command is
    made to run as (D's $target): its probes use the command's program."""
    import dataclasses
    found: dict[int, str] = {}
    for probe in prog.probes:
        points = []
        for p in probe.points:
            if p.kind not in ("ufunc", "umark") or p.binary != "$target" or p.pid is None \
                    or p.pid == own_pid:
                points.append(p)
                continue
            what = p.spelling or f"pid{p.pid}::{p.name}"
            if target.kind != "host":
                how = _START_UNDER_SESSION.get(prog.lang, _START_UNDER_SESSION["d"])
                raise XtraceError(
                    f"{what}: the script runs in the sandbox VM, where process numbers are the "
                    f"guest's: host process {p.pid} does not exist there, and a guest process's "
                    f"program is not known when the probes are placed: {how}", p.loc, prog.source)
            try:
                modules = process_modules(p.pid)
            except FileNotFoundError:
                raise XtraceError(f"{what}: no process {p.pid}", p.loc, prog.source) from None
            except OSError as ex:
                raise XtraceError(f"{what}: cannot read the program of process {p.pid} "
                                  f"(/proc/{p.pid}: {ex.strerror})", p.loc, prog.source) from None
            found[p.pid] = modules[0]
            if p.kind == "umark":  # a USDT provider of a process (python1234): its program's markers
                points.append(dataclasses.replace(p, binary=modules[0]))
                continue
            having = _modules_with(p, modules)
            libs = [m for m in having if m != modules[0]]
            # the program keeps the point itself (analysis reports a function it lacks
            # when no library has one either)
            if not libs or modules[0] in having:
                points.append(p)
            points += [dataclasses.replace(p, binary=lib) for lib in libs]
        probe.points = points
    if found:
        prog.options["pid_programs"] = found


def process_number_hints(prog, target: RunTarget) -> list[str]:
    """Hints for PID fields given as numbers (Vue's `@@syscall:PID:...`,
    `@@interval:PID:...`, `@@sysproc:EVENT:PID`) when the script runs in the sandbox
    VM: they filter on the guest's process numbers, where a host process's number
    names nothing (or another process)."""
    if target.kind == "host":
        return []
    return [f"hint: {spelling}: in the sandbox VM process {pid} is a process of the guest "
            f"(the host's processes do not exist there); start the program with -X and write "
            f"$__CPID to follow it"
            for pid, spelling in sorted(prog.options.get("process_numbers", {}).items())]
