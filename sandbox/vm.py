"""The sandbox VM: a QEMU guest that loads xtrace modules for a host that cannot.

One :class:`SandboxVM` is one boot. Jobs (load a module, run a command, stream
the module's output, unload) run one after another in that boot, so a test
suite pays the ~10 s boot once. Host and guest talk only through files in a
per-session directory shared over 9p (``/sess`` in the guest); the guest side
is ``guest_init.sh``, whose header documents the file protocol.

    with SandboxVM() as vm:
        res = vm.run_job("x.ko", "xt_ab12cd", "sync", cwd="/tmp", timeout=30,
                         on_out=sys.stdout.buffer.write)

QEMU runs TCG only (KVM hangs on these machines); see /work/shared/ENVIRONMENT.md.
"""

from __future__ import annotations

import atexit
import ctypes
import os
import re
import shlex
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
import weakref
from dataclasses import dataclass, field
from pathlib import Path
from typing import Callable

from .initramfs import build_initramfs
from .kernel import KernelInfo, ensure_kernel

POLL = 0.05  # host-side poll period (s) for job files
BOOT_TIMEOUT = 120.0
# The guest gives a module's reader 20 s to reach EOF after stop; past that
# plus this margin with no "done", the guest is taken as hung.
GUEST_STOP_GRACE = 20.0 + 40.0

# Kernel command line. quiet: only errors reach the console, which the host
# reads only to explain a crash. nokaslr: kallsyms captured once stays valid.
# panic=-1 + -no-reboot: a panic ends QEMU, which the host sees at once;
# oops=panic turns a broken module into a clear crash report instead of a
# half-dead guest. The lockup watchdogs are off (nowatchdog): under TCG a vCPU
# thread that the busy host does not schedule for a while looks exactly like a
# soft lockup, and panicking on that failed healthy sessions. A module that
# really spins is still caught, by the job timeout on the host side. RCU stall
# warnings are suppressed for the same reason.
KERNEL_APPEND = ("console=ttyS0 quiet nokaslr panic=-1 oops=panic nowatchdog "
                 "rcupdate.rcu_cpu_stall_suppress=1 rdinit=/init")


# Every VM still running, so that interpreter exit never leaves a QEMU behind.
_LIVE: "weakref.WeakSet[SandboxVM]" = weakref.WeakSet()


@atexit.register
def _kill_all() -> None:
    for vm in list(_LIVE):
        vm._kill()
        vm._remove_session()


SESSION_PREFIX = "xtrace-vm-"


def _proc_start_time(pid: int) -> str | None:
    """A process's start time (field 22 of /proc/PID/stat): with the pid, an
    identity that survives pid reuse."""
    try:
        return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[19]
    except (OSError, IndexError):
        return None


def _sweep_stale_sessions(parent: Path) -> None:
    """Remove session dirs whose owner process is gone (killed before it could
    clean up), unless they were kept on purpose."""
    for d in parent.glob(SESSION_PREFIX + "*"):
        try:
            pid, start = (d / "owner").read_text().split()
        except (OSError, ValueError):
            continue  # not ours, or being created
        if (d / "keep").exists() or _proc_start_time(int(pid)) == start:
            continue
        shutil.rmtree(d, ignore_errors=True)


def _die_with_parent() -> None:
    """In the QEMU child: get SIGKILL when the parent dies, even by SIGKILL.

    PR_SET_PDEATHSIG follows the *thread* that forked, so it is only set when
    the VM is started from the main thread (see start())."""
    PR_SET_PDEATHSIG = 1
    try:
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    except Exception:
        pass


_MODNAME = re.compile(r"^[A-Za-z0-9_]{1,55}$")
# First lines of kernel crash reports on the console.
_CRASH_MARK = re.compile(r"\] (BUG:|Oops|Kernel panic|general protection fault|WARNING:|watchdog: BUG|"
                         r"Unable to handle|kernel BUG)")


class SandboxError(RuntimeError):
    """The sandbox VM failed to boot, died, or was used wrongly."""


class SandboxCrash(SandboxError):
    """QEMU exited (kernel panic/oops) or the guest hung while a job ran.

    ``result`` holds what the job produced before that (``guest_died`` set);
    ``console`` the tail of the guest console, usually the oops.
    """

    def __init__(self, message: str, result: "JobResult", console: str) -> None:
        super().__init__(message)
        self.result = result
        self.console = console


@dataclass
class JobResult:
    """What one job left behind. ``out``/``cmd_out`` are kept only when no
    callback consumed them (a long trace can be large)."""

    job_dir: Path
    cmd_status: int | None = None  # None: no cmd, or it never finished
    cmd_pid: int | None = None  # guest pid of the shell running cmd
    error: str = ""  # insmod/start/rmmod failures, reader not finishing
    dmesg: str = ""  # kernel messages produced during the job
    timed_out: bool = False
    guest_died: bool = False
    elapsed: float = 0.0
    out: bytes = b""
    cmd_out: bytes = b""
    stop_requested: bool = False

    @property
    def ok(self) -> bool:
        return not self.error and not self.guest_died and self.cmd_status in (None, 0)


@dataclass
class GuestExec:
    """What a command run by :meth:`SandboxVM.job_exec` printed, and its exit status."""

    stdout: bytes
    stderr: bytes
    status: int | None


@dataclass
class _Tail:
    """Follows a file the guest appends to; yields only new bytes."""

    path: Path
    f: object = field(default=None, repr=False)

    def read_new(self) -> bytes:
        if self.f is None:
            try:
                self.f = open(self.path, "rb")
            except FileNotFoundError:
                return b""
        return self.f.read() or b""  # type: ignore[union-attr]

    def close(self) -> None:
        if self.f is not None:
            self.f.close()  # type: ignore[union-attr]
            self.f = None


def _read_text(path: Path) -> str:
    try:
        return path.read_text(errors="replace")
    except FileNotFoundError:
        return ""


class SandboxVM:
    """A booted QEMU guest running jobs from a shared session directory.

    Parameters: ``kinfo`` (default: :func:`ensure_kernel`), ``smp`` vCPUs
    (multi-threaded TCG; 2 boots as fast as 1 on a 2-core host), ``memory``,
    ``icount``: deterministic instruction-count time (forces smp=1, for
    overhead measurements), ``keep_session``: leave the session dir (console
    log, job dirs) after stop, for debugging. ``host_cache``: the 9p cache
    mode of the host root ("none": always fresh; "loose" is ~20% faster for
    host programs but may serve stale files the host changed meanwhile).
    ``writable_host``: overlay a tmpfs on the host root so host programs can
    write anywhere (writes stay in the guest); overlayfs then caches the host
    tree, so files the host creates or replaces after the guest looked at
    them can stay invisible or stale. By default the host root is read-only
    and host programs write to ``$TMPDIR`` (/dev/shm) or the job dir
    (``$XT_JOB_DIR``).
    """

    def __init__(
        self,
        kinfo: KernelInfo | None = None,
        smp: int = 2,
        memory: str = "1G",
        boot_timeout: float = BOOT_TIMEOUT,
        icount: bool = False,
        extra_append: str = "",
        keep_session: bool = False,
        session_parent: str | None = None,
        host_cache: str = "none",
        writable_host: bool = False,
    ) -> None:
        self.kinfo = kinfo
        self.smp = 1 if icount else smp
        self.memory = memory
        self.boot_timeout = boot_timeout
        self.icount = icount
        self.extra_append = extra_append
        self.keep_session = keep_session
        self.session_parent = session_parent
        if host_cache not in ("none", "loose", "fscache", "mmap"):
            raise ValueError(f"bad 9p cache mode {host_cache!r}")
        self.host_cache = host_cache
        self.writable_host = writable_host
        self.session: Path | None = None
        self.proc: subprocess.Popen[bytes] | None = None
        self.boot_time: float | None = None  # seconds from QEMU start to "ready"
        self._jobs = 0
        self._job_dir: Path | None = None  # the running job's dir (job_exec's requests go there)
        self._last_job_dir: Path | None = None
        self._execs = 0
        self._bell: socket.socket | None = None
        self._lock = threading.Lock()

    # ------------------------------------------------------------------ boot

    @property
    def console_log(self) -> Path:
        assert self.session is not None
        return self.session / "console.log"

    @property
    def bell_path(self) -> Path:
        assert self.session is not None
        return self.session / "bell.sock"

    def _connect_bell(self) -> None:
        """Connect to QEMU's doorbell socket (QEMU creates it before the guest runs)."""
        if len(str(self.bell_path)) >= 100:
            return
        for _ in range(100):
            if self.proc is None or self.proc.poll() is not None:
                return
            try:
                s = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
                s.connect(str(self.bell_path))
                s.setblocking(False)
                self._bell = s
                return
            except OSError:
                s.close()
                time.sleep(0.02)
        # No doorbell: the guest still notices jobs, within its 1 s nap.

    def _ring(self) -> None:
        if self._bell is not None:
            try:
                self._bell.send(b"\n")
            except BlockingIOError:
                pass  # the guest has unread rings already: it will wake anyway
            except OSError:
                self._bell.close()
                self._bell = None

    @property
    def alive(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    def qemu_command(self, initrd: Path) -> list[str]:
        assert self.kinfo is not None and self.session is not None
        append = KERNEL_APPEND + (" " + self.extra_append if self.extra_append else "")

        def q(path: Path) -> str:  # QEMU option values escape "," as ",,"
            return str(path).replace(",", ",,")

        cmd = [
            # thread=single: all vCPUs on one host thread. With multi-threaded TCG
            # the kernel's live code patching (text_poke_bp, used when a tracepoint
            # or static key is switched on) races with the other vCPU's translated
            # code: seen as random "int3" oopses and hangs in syscall_trace_enter.
            # The guest still has smp CPUs, so per-CPU code is still exercised.
            "qemu-system-x86_64", "-accel", "tcg,thread=single", "-m", self.memory, "-smp", str(self.smp),
            # -nodefaults: no VGA, NIC, floppy or CD to emulate and probe.
            "-nodefaults", "-no-user-config", "-display", "none", "-no-reboot",
            "-chardev", f"file,id=con,path={q(self.console_log)}", "-serial", "chardev:con",
        ]
        if len(str(self.bell_path)) < 100:  # sun_path limit; else the guest polls
            # ttyS1: the doorbell. The host sends a byte after writing go,
            # stop or shutdown, so the guest sleeps instead of polling 9p.
            cmd += ["-chardev", f"socket,id=bell,path={q(self.bell_path)},server=on,wait=off",
                    "-serial", "chardev:bell"]
        cmd += [
            "-kernel", str(self.kinfo.vmlinuz), "-initrd", str(initrd), "-append", append,
            # Host / read-only; multidevs=remap: / spans several host devices,
            # remapping keeps guest inode numbers unique.
            "-virtfs", "local,path=/,mount_tag=hostroot,security_model=none,readonly=on,multidevs=remap",
            "-virtfs", f"local,path={q(self.session)},mount_tag=xtsess,security_model=none",
        ]
        if self.icount:
            cmd += ["-icount", "shift=0,sleep=off"]
        return cmd

    def start(self) -> "SandboxVM":
        """Boot the guest and wait until its job loop runs."""
        if self.alive:
            return self
        if shutil.which("qemu-system-x86_64") is None:
            raise SandboxError("qemu-system-x86_64 not found: apt-get install -y qemu-system-x86")
        self.kinfo = self.kinfo or ensure_kernel()
        initrd = build_initramfs(self.kinfo)
        parent = Path(self.session_parent or tempfile.gettempdir())
        _sweep_stale_sessions(parent)
        self.session = Path(tempfile.mkdtemp(prefix=SESSION_PREFIX, dir=parent))
        (self.session / "owner").write_text(f"{os.getpid()} {_proc_start_time(os.getpid())}\n")
        if self.keep_session:
            (self.session / "keep").write_text("")
        (self.session / "jobs").mkdir()
        # The guest learns where the session dir is on the host, so it can
        # show it to host programs at the same path.
        (self.session / "config").write_text(
            f"HOST_SESS={shlex.quote(str(self.session))}\nHOST_CACHE={self.host_cache}\n"
            f"HOST_OVERLAY={1 if self.writable_host else 0}\n")
        self._jobs = 0
        t0 = time.monotonic()
        with open(self.session / "qemu.log", "wb") as qlog:
            # New session: a Ctrl-C aimed at the driver must not kill the guest
            # under a loaded module; the driver stops it properly instead.
            main = threading.current_thread() is threading.main_thread()
            self.proc = subprocess.Popen(self.qemu_command(initrd), stdin=subprocess.DEVNULL,
                                         stdout=qlog, stderr=subprocess.STDOUT, start_new_session=True,
                                         preexec_fn=_die_with_parent if main else None)
        _LIVE.add(self)
        self._connect_bell()
        ready = self.session / "ready"
        while not ready.exists():
            if self.proc.poll() is not None:
                msg = f"the sandbox VM exited during boot (status {self.proc.returncode})"
                self._fail_boot(msg)
            if time.monotonic() - t0 > self.boot_timeout:
                self._fail_boot(f"the sandbox VM did not become ready in {self.boot_timeout:.0f} s")
            time.sleep(POLL)
        self.boot_time = time.monotonic() - t0
        return self

    def _fail_boot(self, msg: str) -> None:
        tail = self.console_tail()
        qlog = _read_text(self.session / "qemu.log").strip() if self.session else ""
        self._kill()
        raise SandboxError(f"{msg} (session dir kept: {self.session})\n--- console tail ---\n{tail}"
                           + (f"\n--- qemu ---\n{qlog}" if qlog else ""))

    def console_tail(self, lines: int = 60) -> str:
        """The end of the guest console; if it holds a crash report, from the
        report's first line on (a long oops must not lose its headline)."""
        if self.session is None:
            return ""
        text = _read_text(self.console_log).splitlines()
        for i, line in enumerate(text):
            if _CRASH_MARK.search(line):
                return "\n".join(text[i : i + 200])
        return "\n".join(text[-lines:])

    # ------------------------------------------------------------------ jobs

    def run_job(
        self,
        ko_path: str | None,
        modname: str | None,
        cmd: str | None,
        cwd: str | None = None,
        timeout: float | None = None,
        on_out: Callable[[bytes], None] | None = None,
        on_cmd_out: Callable[[bytes], None] | None = None,
        stop_event: threading.Event | None = None,
        env: dict[str, str] | None = None,
        module_params: dict[str, str] | None = None,
        uprobe_files: list[str] | None = None,
        target_param: str | None = None,
        cmd_pid: int | None = None,
        evaltime: str | None = None,
        tracer: str | None = None,
        end_event: threading.Event | None = None,
    ) -> JobResult:
        """Run one job in the guest and return when it is done.

        ``ko_path``/``modname``: the module to load (both None: run ``cmd``
        alone). ``cmd``: a shell command line run as a host program (chroot of
        the host root) in ``cwd`` (default: the current directory), with
        ``$XT_JOB_DIR`` naming the job dir (writable, shared with the host)
        and ``$TMPDIR`` a guest tmpfs; ``cmd_pid``
        is the guest pid of its shell, or of the program if ``cmd`` starts
        with ``exec``. Without ``cmd`` the job lasts until the module's session
        ends, ``stop_event`` is set or ``timeout`` passes. New bytes of the
        module's ``out`` and of the command's stdout+stderr are handed to
        ``on_out``/``on_cmd_out`` as they arrive (from this thread).
        ``env``: extra environment variables for ``cmd``. ``module_params``: insmod
        parameters; ``@ROOT@`` in a value becomes the guest's mount of the host root.
        ``uprobe_files``: host files the module places uprobes on (absolute paths).
        ``target_param``: a guest file (a module parameter) where the guest writes
        the pid of ``cmd``'s shell once that shell has stopped itself (``cmd``
        begins with ``kill -STOP $$``), before continuing it. ``cmd_pid``: the pid
        ``cmd`` is to run as (D's $target): the command's shell becomes the
        tracer (driver/execstop.py), forks ``cmd`` as that pid (ns_last_pid)
        held at its program's exec, starts the module's session and lets it go,
        so the command's parent is the tracer, as under dtrace -c; ``cmd_pid`` of
        the result is then that pid.
        ``evaltime``: where that tracer holds ``cmd`` while the session starts
        (D's evaltime: exec, preinit, postinit, main; driver/execstop.py).
        ``tracer``: the process name the guest process that starts and stops the
        session takes for the job (the user's tool's: ir/tracername.py),
        which BEGIN and END see as their execname.
        ``end_event``: set by the caller when the session asked to end (an exit
        record read): the guest process that started the session then stops it, so
        END runs there (the module waits for that: runtime xt_consumer_ends).
        Raises :class:`SandboxCrash` if the guest dies or hangs meanwhile.
        """
        if (ko_path is None) != (modname is None):
            raise ValueError("ko_path and modname go together")
        if ko_path is None and cmd is None:
            raise ValueError("a job needs a module, a command, or both")
        if modname is not None and not _MODNAME.match(modname):
            raise ValueError(f"bad module name {modname!r}")
        if cwd is not None and ("\n" in cwd or not cwd.startswith("/")):
            raise ValueError(f"cwd must be an absolute path: {cwd!r}")
        with self._lock:
            if not self.alive:
                raise SandboxError("the sandbox VM is not running" +
                                   (f"\n--- console tail ---\n{self.console_tail()}" if self.session else ""))
            assert self.session is not None
            self._jobs += 1
            jdir = self.session / "jobs" / f"{self._jobs:06d}"
            jdir.mkdir()
            if ko_path is not None:
                shutil.copyfile(ko_path, jdir / "module.ko")
                (jdir / "modname").write_text(f"{modname}\n")
            if module_params:
                for k, v in module_params.items():
                    if not re.fullmatch(r"\w+", k) or re.search(r"[\s'\"\\]", v):
                        raise ValueError(f"bad module parameter {k}={v!r}")
                (jdir / "modparams").write_text("".join(f"{k}={v}\n" for k, v in module_params.items()))
            if uprobe_files:
                for f in uprobe_files:
                    if not f.startswith("/") or re.search(r"\s", f):
                        raise ValueError(f"bad uprobe file path {f!r}")
                (jdir / "ubin").write_text("".join(f"{f}\n" for f in uprobe_files))
            if cmd is not None:
                (jdir / "cmd").write_text(cmd)
            if target_param is not None:
                if cmd is None or not target_param.startswith("/") or re.search(r"\s", target_param):
                    raise ValueError(f"bad target parameter {target_param!r}")
                (jdir / "target_param").write_text(f"{target_param}\n")
            if cmd_pid is not None:
                if cmd is None or not 1 < cmd_pid < (1 << 22):
                    raise ValueError(f"bad command pid {cmd_pid!r}")
                (jdir / "cmd_want_pid").write_text(f"{cmd_pid}\n")
                # the guest's tracer for it: the host's Python running driver/execstop.py
                # (the host root is the guest's root for host programs)
                from xtrace.driver import execstop
                if evaltime not in (None, *execstop.EVALTIMES):
                    raise ValueError(f"bad evaltime {evaltime!r}")
                (jdir / "exec_stop").write_text(f"{sys.executable}\n{Path(execstop.__file__).resolve()}\n"
                                                f"{evaltime or 'exec'}\n{tracer or ''}\n")
            if tracer is not None:
                if not re.fullmatch(r"[\w.-]{1,15}", tracer):  # (a task's comm: 15 characters)
                    raise ValueError(f"bad tracer name {tracer!r}")
                (jdir / "tracer").write_text(f"{tracer}\n")
            (jdir / "cwd").write_text(f"{cwd or os.getcwd()}\n")
            if timeout is not None:
                (jdir / "timeout").write_text(f"{timeout:.2f}\n")
            if env:
                for k, v in env.items():
                    if "\n" in k + v or "=" in k:
                        raise ValueError(f"bad environment entry {k!r}")
                (jdir / "env").write_text("".join(f"{k}={v}\n" for k, v in env.items()))
            # whole seconds (busybox date -s @N), rounded: the guest reads it within a moment
            (jdir / "clock").write_text(f"{round(time.time())}\n")
            (jdir / "go").write_text("")  # last: the guest starts only complete jobs
            self._ring()
            self._job_dir = self._last_job_dir = jdir
            try:
                return self._follow(jdir, timeout, on_out, on_cmd_out, stop_event, end_event)
            finally:
                self._job_dir = None

    def job_file_text(self, name: str) -> str | None:
        """A file the guest wrote in the running (else the last) job's dir, or None."""
        jdir = self._job_dir or self._last_job_dir
        try:
            return (jdir / name).read_text() if jdir is not None else None
        except OSError:
            return None

    def job_exec(self, command: str, stop_event: threading.Event | None = None) -> GuestExec:
        """Run a shell command in the guest while a job runs, and wait for it: D's
        system() in a sandbox session, which must see the traced machine (its
        pids, its /proc), not the host. Called from the job's own callbacks
        (``on_out``), so it never takes the job lock. The command runs like the
        job's ``cmd`` (a host program in the job's cwd); no time limit, as in
        DTrace, but a set ``stop_event`` or a dead guest ends the wait."""
        jdir = self._job_dir
        if jdir is None:
            raise SandboxError("job_exec needs a running job")
        self._execs += 1
        sysdir = jdir / "sys"
        sysdir.mkdir(exist_ok=True)
        base = sysdir / f"{self._execs:06d}"
        tmp = base.with_suffix(".tmp")
        tmp.write_text(command)
        tmp.rename(base.with_suffix(".cmd"))  # whole, or not at all, when the guest looks
        self._ring()
        done = base.with_suffix(".done")
        while not done.exists():
            if not self.alive:
                raise SandboxCrash("the sandbox VM died while a system() command ran",
                                   JobResult(job_dir=jdir, guest_died=True), self.console_tail())
            if stop_event is not None and stop_event.is_set():
                return GuestExec(b"", b"xtrace: system() command abandoned: the session is stopping\n", None)
            time.sleep(POLL)
        status = _read_text(base.with_suffix(".status")).strip()
        return GuestExec(base.with_suffix(".out").read_bytes(), base.with_suffix(".err").read_bytes(),
                         int(status) if status.lstrip("-").isdigit() else None)

    def _follow(
        self,
        jdir: Path,
        timeout: float | None,
        on_out: Callable[[bytes], None] | None,
        on_cmd_out: Callable[[bytes], None] | None,
        stop_event: threading.Event | None,
        end_event: threading.Event | None = None,
    ) -> JobResult:
        res = JobResult(job_dir=jdir)
        out_t, cmd_t = _Tail(jdir / "out"), _Tail(jdir / "cmd_out")
        outs: list[bytes] = []
        cmd_outs: list[bytes] = []
        t0 = time.monotonic()
        stop_at: float | None = None  # when the host asked to stop

        def pump() -> None:
            for tail, cb, acc in ((out_t, on_out, outs), (cmd_t, on_cmd_out, cmd_outs)):
                data = tail.read_new()
                if data:
                    if cb is not None:
                        cb(data)
                    else:
                        acc.append(data)

        try:
            while True:
                done = (jdir / "done").exists()
                pump()  # after the check: everything before "done" is drained
                if done:
                    break
                now = time.monotonic()
                asked = stop_event is not None and stop_event.is_set()
                # (end_event: the session's own end, exit(), not the user's stop)
                if (asked or end_event is not None and end_event.is_set()) and stop_at is None:
                    (jdir / "stop").write_text("")
                    self._ring()
                    stop_at = now
                    res.stop_requested = asked
                if timeout is not None and stop_at is None and now - t0 > timeout:
                    stop_at = now  # the guest enforces it; we only watch for a hang
                if self.proc is None or self.proc.poll() is not None:
                    self._crash(res, jdir, outs, cmd_outs, t0, "the sandbox VM died while running a job "
                                f"(QEMU status {self.proc.returncode if self.proc else '?'}; a kernel panic or oops?)")
                if stop_at is not None and now - stop_at > GUEST_STOP_GRACE:
                    self._kill()
                    self._crash(res, jdir, outs, cmd_outs, t0,
                                f"the sandbox guest did not finish the job {GUEST_STOP_GRACE:.0f} s after it "
                                "was asked to stop; killed it (hung kernel?)")
                time.sleep(POLL)
        except BaseException as e:
            # KeyboardInterrupt or a failing callback: end the guest's job now
            # rather than leave it running under a loaded module.
            if not isinstance(e, SandboxCrash) and self.alive:
                (jdir / "stop").write_text("")
                self._ring()
            raise
        finally:
            out_t.close()
            cmd_t.close()
        self._collect(res, jdir, outs, cmd_outs, t0)
        return res

    def _collect(self, res: JobResult, jdir: Path, outs: list[bytes], cmd_outs: list[bytes], t0: float) -> None:
        res.elapsed = time.monotonic() - t0
        res.out = b"".join(outs)
        res.cmd_out = b"".join(cmd_outs)
        status = _read_text(jdir / "cmd_status").strip()
        res.cmd_status = int(status) if status.lstrip("-").isdigit() else None
        pid = _read_text(jdir / "cmd_pid").strip()
        res.cmd_pid = int(pid) if pid.isdigit() else None
        res.error = _read_text(jdir / "error").strip()
        res.dmesg = _read_text(jdir / "dmesg")
        res.timed_out = (jdir / "timed_out").exists()

    def _crash(self, res: JobResult, jdir: Path, outs: list[bytes], cmd_outs: list[bytes],
               t0: float, msg: str) -> None:
        time.sleep(0.2)  # let QEMU flush the console file
        self._collect(res, jdir, outs, cmd_outs, t0)
        res.guest_died = True
        tail = self.console_tail()
        res.error = (res.error + "\n" if res.error else "") + msg + "\n--- console tail ---\n" + tail
        raise SandboxCrash(f"{msg}\n--- console tail ---\n{tail}", res, tail)

    # ------------------------------------------------------------------ stop

    def stop(self, timeout: float = 20.0) -> None:
        """Ask the guest to power off; kill QEMU if it has not after ``timeout`` s."""
        if self.proc is not None:
            if self.proc.poll() is None and self.session is not None:
                (self.session / "shutdown").write_text("")
                self._ring()
                try:
                    self.proc.wait(timeout)
                except subprocess.TimeoutExpired:
                    self._kill()
            self.proc = None
        if self._bell is not None:
            self._bell.close()
            self._bell = None
        self._remove_session()

    def _remove_session(self) -> None:
        if self.session is not None and not self.keep_session:
            shutil.rmtree(self.session, ignore_errors=True)
            self.session = None

    def restart(self) -> "SandboxVM":
        """A fresh boot (after a crash, say)."""
        self.stop()
        return self.start()

    def _kill(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                os.killpg(self.proc.pid, signal.SIGKILL)
            except ProcessLookupError:
                pass
            self.proc.wait()

    def __enter__(self) -> "SandboxVM":
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    def __del__(self) -> None:
        # Never leave a QEMU behind a forgotten object.
        try:
            self._kill()
        except Exception:
            pass


# ---------------------------------------------------------------------- shared

_shared: SandboxVM | None = None
_shared_lock = threading.Lock()


def shared_vm(kinfo: KernelInfo | None = None, **kwargs: object) -> SandboxVM:
    """The process-wide VM: booted on first use, rebooted if it died, powered
    off at interpreter exit. Lets a whole test session (many test files, each
    with kernel tests) pay for one boot. ``kwargs`` go to :class:`SandboxVM`
    on (re)boot; asking for another kernel release reboots with it."""
    global _shared
    with _shared_lock:
        want = kinfo or ensure_kernel()
        vm = _shared
        if vm is not None and vm.alive and vm.kinfo is not None and vm.kinfo.release == want.release:
            return vm
        if vm is not None:
            vm.stop()
        vm = SandboxVM(want, **kwargs)  # type: ignore[arg-type]
        vm.start()
        _shared = vm
        return vm


@atexit.register
def _stop_shared() -> None:
    # Registered after _kill_all, so it runs first (atexit is LIFO): a clean
    # poweroff when possible.
    if _shared is not None:
        _shared.stop(timeout=5)
