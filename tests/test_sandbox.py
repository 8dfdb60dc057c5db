"""Sandbox VM tests: boot each Debian kernel of the matrix in QEMU once, run many jobs in it.

These need qemu-system-x86, busybox-static, the kernel image (fetched with
apt) and its headers (setup.sh installs them all). If the VM cannot boot the
tests FAIL: the sandbox is how xtrace runs on these machines, so a silent
skip would hide that nothing kernel-side was tested.
"""

from __future__ import annotations

import subprocess
import threading
import time
from pathlib import Path

import pytest

from xtrace.runtime.stacks import KernelSymbols, module_ranges, module_text_symbols
from xtrace.sandbox.initramfs import module_load_order
from xtrace.sandbox.kernel import ensure_kernel, kernel_symbols, resolve_release, tracepoints
from xtrace.sandbox.vm import SandboxCrash, SandboxVM, shared_vm

# A module that follows the xtrace module contract in miniature:
#   /proc/<name>/out: blocks until "start", gives "hello\n", blocks until the
#   session ends, gives "bye\n", then EOF;
#   /proc/<name>/ctl: "start" arms, "stop" ends the session.
# Built with AUTOEXIT, the session ends by itself 0.5 s after start (as a
# script's exit() does); with CRASH, "start" panics the guest.
MODULE_C = r"""
#include <linux/module.h>
#include <linux/proc_fs.h>
#include <linux/uaccess.h>
#include <linux/wait.h>
#include <linux/timer.h>
#include <linux/string.h>
#ifndef AUTOEXIT
#define AUTOEXIT 0
#endif
#ifndef CRASH
#define CRASH 0
#endif
MODULE_LICENSE("GPL");

static DECLARE_WAIT_QUEUE_HEAD(wq);
static int state;     /* 0 loaded, 1 started, 2 ended */
static int step;      /* 0 nothing sent, 1 hello sent, 2 bye sent */
static struct proc_dir_entry *dir;
static struct timer_list tmr;

static void end_session(void)
{
	WRITE_ONCE(state, 2);
	wake_up_interruptible(&wq);
}

static void tmr_fn(struct timer_list *t) { end_session(); }

static ssize_t give(char __user *buf, size_t len, const char *s)
{
	size_t n = strlen(s);
	if (len < n)
		return -EINVAL;
	if (copy_to_user(buf, s, n))
		return -EFAULT;
	step++;
	return n;
}

static ssize_t out_read(struct file *f, char __user *buf, size_t len, loff_t *pos)
{
	if (step == 0) {
		if (wait_event_interruptible(wq, READ_ONCE(state) >= 1))
			return -ERESTARTSYS;
		return give(buf, len, "hello\n");
	}
	if (step == 1) {
		if (wait_event_interruptible(wq, READ_ONCE(state) == 2))
			return -ERESTARTSYS;
		return give(buf, len, "bye\n");
	}
	return 0;
}

static ssize_t ctl_write(struct file *f, const char __user *ubuf, size_t len, loff_t *pos)
{
	char cmd[16] = {0};
	if (copy_from_user(cmd, ubuf, min(len, sizeof(cmd) - 1)))
		return -EFAULT;
	if (!strncmp(cmd, "start", 5) && state == 0) {
		if (CRASH)
			panic("%s: crashing on purpose", KBUILD_MODNAME);
		pr_info("%s: started\n", KBUILD_MODNAME);
		WRITE_ONCE(state, 1);
		wake_up_interruptible(&wq);
		if (AUTOEXIT)
			mod_timer(&tmr, jiffies + HZ / 2);
	} else if (!strncmp(cmd, "stop", 4)) {
		if (state == 2)
			return -EINVAL;   /* already ended: the guest ignores this */
		pr_info("%s: stopped\n", KBUILD_MODNAME);
		end_session();
	} else {
		return -EINVAL;
	}
	return len;
}

static const struct proc_ops out_ops = { .proc_read = out_read, .proc_lseek = noop_llseek };
static const struct proc_ops ctl_ops = { .proc_write = ctl_write, .proc_lseek = noop_llseek };

static int __init hello_init(void)
{
	timer_setup(&tmr, tmr_fn, 0);
	dir = proc_mkdir(KBUILD_MODNAME, NULL);
	if (!dir)
		return -ENOMEM;
	if (!proc_create("out", 0444, dir, &out_ops) || !proc_create("ctl", 0200, dir, &ctl_ops)) {
		proc_remove(dir);
		return -ENOMEM;
	}
	return 0;
}

static void __exit hello_exit(void)
{
	del_timer_sync(&tmr);
	proc_remove(dir);
}
module_init(hello_init);
module_exit(hello_exit);
"""


@pytest.fixture(scope="module")
def kinfo(sandbox_target):
    # The kernel of the matrix entry (conftest's session-scoped parameter).
    return sandbox_target.kinfo


@pytest.fixture(scope="module")
def vm(kinfo):
    # One boot per kernel, shared with every other test file that uses
    # shared_vm(); a boot failure raises here and every test using the
    # fixture errors out with the console tail.
    v = shared_vm(kinfo)
    print(f"sandbox boot to ready ({kinfo.release}): {v.boot_time:.2f} s")
    return v


@pytest.fixture(scope="module")
def modules(kinfo, tmp_path_factory) -> dict[str, Path]:
    """Build xt_hello.ko and xt_hello_exit.ko (AUTOEXIT) with kbuild."""
    assert kinfo.build_dir is not None, "no kernel headers for the sandbox kernel"
    d = tmp_path_factory.mktemp("kmod")
    (d / "xt_hello.c").write_text(MODULE_C)
    (d / "xt_hello_exit.c").write_text('#define AUTOEXIT 1\n#include "xt_hello.c"\n')
    (d / "xt_hello_crash.c").write_text('#define CRASH 1\n#include "xt_hello.c"\n')
    (d / "Kbuild").write_text("obj-m := xt_hello.o xt_hello_exit.o xt_hello_crash.o\n")
    p = subprocess.run(["make", "-C", str(kinfo.build_dir), f"M={d}", "modules"],
                       capture_output=True, text=True)
    assert p.returncode == 0, p.stdout[-3000:] + p.stderr[-3000:]
    return {name: d / f"{name}.ko" for name in ("xt_hello", "xt_hello_exit", "xt_hello_crash")}


def test_release_resolves_from_apt_metapackages(kinfo, kernel_spec, monkeypatch):
    # "default" is what linux-headers-amd64 names; an alias is the newest
    # release of its flavour metapackages; a release is itself.
    assert resolve_release(kernel_spec.spec) == kinfo.release
    assert kinfo.vmlinuz.is_file() and (kinfo.modules_dir / "modules.dep").is_file()
    assert kinfo.build_dir is not None and (kinfo.build_dir / "Makefile").is_file()
    # Second call is served from the cache: apt and dpkg are only asked, nothing
    # is downloaded, unpacked, updated or installed.
    from xtrace.sandbox import kernel as sk
    ran: list[list[str]] = []
    real_run = sk._run
    monkeypatch.setattr(sk, "_run", lambda cmd, cwd=None: ran.append(cmd) or real_run(cmd, cwd))
    assert ensure_kernel(kernel_spec.spec).vmlinuz == kinfo.vmlinuz
    assert {c[0] for c in ran} <= {"apt-cache", "dpkg-query"}, ran


def test_initramfs_module_closure(kinfo):
    names = [Path(p).name for p in module_load_order(kinfo)]
    for need in ("9p.ko", "9pnet.ko", "9pnet_virtio.ko"):
        assert any(n.startswith(need) for n in names), names
    # dependencies come first
    idx = {n.split(".ko")[0]: i for i, n in enumerate(names)}
    assert idx["9pnet"] < idx["9pnet_virtio"] < idx["9p"]


def test_plain_command(vm, kinfo):
    res = vm.run_job(None, None, "echo hi; uname -r", cwd="/")
    assert res.cmd_status == 0, res
    assert res.cmd_out.decode().split() == ["hi", kinfo.release]
    assert res.error == "" and not res.guest_died


def test_host_program_runs_in_cwd(vm):
    res = vm.run_job(None, None, "/work/main/.venv/bin/python -c 'import os; print(6*7, os.getcwd())'",
                     cwd="/usr/share")
    assert res.cmd_status == 0, res
    assert res.cmd_out.decode().split() == ["42", "/usr/share"]


def test_env_status_and_job_dir(vm):
    res = vm.run_job(None, None, 'echo "$FOO" > "$XT_JOB_DIR/f"; exit 3', cwd="/", env={"FOO": "a b"})
    assert res.cmd_status == 3
    assert (res.job_dir / "f").read_text() == "a b\n"


def test_each_job_sets_the_guest_clock_from_the_hosts(vm):
    # A wall clock set far off in one job (as TCG drift does, slowly) is the host's again in the next.
    import time
    assert vm.run_job(None, None, "date -s @1000000000 > /dev/null", cwd="/").cmd_status == 0
    before = time.time()
    res = vm.run_job(None, None, "date +%s", cwd="/")
    after = time.time()
    assert before - 2 <= int(res.cmd_out) <= after + 2, (res.cmd_out, before, after)


def test_nothing_outlives_its_job(vm):
    res = vm.run_job(None, None, "sleep 300 & echo $! > \"$XT_JOB_DIR/bg\"", cwd="/")
    assert res.cmd_status == 0
    bg = (res.job_dir / "bg").read_text().strip()
    assert vm.run_job(None, None, f"kill -0 {bg} 2>/dev/null && echo alive || echo gone", cwd="/").cmd_out == b"gone\n"


def test_host_changes_are_seen_at_once(vm, tmp_path):
    # The host root is shared uncached: a file created or replaced between
    # jobs must be seen as it is now.
    f = tmp_path / "f"
    assert b"missing" in vm.run_job(None, None, "cat f || echo missing", cwd=str(tmp_path)).cmd_out
    f.write_text("v1\n")
    assert vm.run_job(None, None, "cat f", cwd=str(tmp_path)).cmd_out == b"v1\n"
    (tmp_path / "g").write_text("v2\n")
    (tmp_path / "g").rename(f)
    assert vm.run_job(None, None, "cat f", cwd=str(tmp_path)).cmd_out == b"v2\n"


def test_streaming_and_timeout(vm):
    chunks: list[bytes] = []
    t = time.monotonic()
    res = vm.run_job(None, None, "echo a; sleep 30; echo b", cwd="/", timeout=5, on_cmd_out=chunks.append)
    assert time.monotonic() - t < 15
    assert res.timed_out and res.cmd_status == 143  # SIGTERM
    assert b"".join(chunks) == b"a\n" and res.cmd_out == b""  # went to the callback


def test_stop_event(vm):
    ev = threading.Event()
    threading.Timer(1.0, ev.set).start()
    res = vm.run_job(None, None, "sleep 30", cwd="/", stop_event=ev)
    assert res.stop_requested and res.cmd_status is not None and res.cmd_status != 0


def test_symbols_and_tracepoints(vm, kinfo):
    # capture_symbols reuses the fixture's VM when the cache is cold.
    from xtrace.sandbox.kernel import capture_symbols
    capture_symbols(kinfo, vm=vm)
    syms = kernel_symbols(kinfo)
    assert {"vfs_read", "__x64_sys_sync"} <= syms
    assert "raw_syscalls:sys_enter" in tracepoints(kinfo)


def test_module_with_cmd(vm, modules):
    out: list[bytes] = []
    res = vm.run_job(str(modules["xt_hello"]), "xt_hello", "echo ran", cwd="/", timeout=60, on_out=out.append)
    assert res.error == "", res.error
    assert res.cmd_status == 0 and res.cmd_out == b"ran\n"
    assert b"".join(out) == b"hello\nbye\n"
    assert "xt_hello: started" in res.dmesg and "xt_hello: stopped" in res.dmesg
    # where the module's code was, which with its file names its functions
    # (runtime/stacks.py module_text_symbols, KernelSymbols' live_text)
    own = module_text_symbols(str(modules["xt_hello"]), "xt_hello", vm.job_file_text("modtext"))
    base, size = module_ranges(vm.job_file_text("modules") or "")["xt_hello"]
    syms = KernelSymbols("", None, vm.job_file_text("modules"), live_text=own)
    named = {line.split()[2]: int(line.split()[0], 16) for line in (own or "").splitlines()}
    assert "out_read" in named and base <= named["out_read"] < base + size, own
    assert syms.resolve(named["out_read"] + 1).sym == "out_read"
    # rmmod ran: the module can be loaded again in the next job
    res2 = vm.run_job(str(modules["xt_hello"]), "xt_hello", "true", cwd="/", timeout=60)
    assert res2.error == "" and res2.out == b"hello\nbye\n"


def test_module_without_cmd_stopped_by_host(vm, modules):
    ev = threading.Event()
    threading.Timer(1.0, ev.set).start()
    res = vm.run_job(str(modules["xt_hello"]), "xt_hello", None, cwd="/", stop_event=ev)
    assert res.error == "" and res.out == b"hello\nbye\n"
    assert res.cmd_status is None


def test_module_without_cmd_timeout(vm, modules):
    res = vm.run_job(str(modules["xt_hello"]), "xt_hello", None, cwd="/", timeout=1)
    assert res.timed_out and res.error == "" and res.out == b"hello\nbye\n"


def test_session_ending_by_itself_kills_cmd(vm, modules):
    t = time.monotonic()
    res = vm.run_job(str(modules["xt_hello_exit"]), "xt_hello_exit", "sleep 60", cwd="/", timeout=120)
    assert time.monotonic() - t < 30
    assert res.out == b"hello\nbye\n" and res.error == ""
    assert res.cmd_status == 143


def test_insmod_failure_is_reported(vm, tmp_path):
    bad = tmp_path / "bad.ko"
    bad.write_bytes(b"\x7fELF not really a module")
    res = vm.run_job(str(bad), "bad", "echo never", cwd="/", timeout=30)
    assert "insmod failed" in res.error
    assert res.cmd_status is None and res.cmd_out == b""
    # the guest is still fine
    assert vm.run_job(None, None, "echo ok", cwd="/").cmd_out == b"ok\n"


def test_idle_guest_does_not_poll(vm):
    # The guest sleeps on the doorbell between jobs; polling 9p instead cost
    # ~34% of a host core (TCG), sleeping ~2%.
    assert vm.alive
    tick = __import__("os").sysconf("SC_CLK_TCK")

    def cpu() -> float:
        f = Path(f"/proc/{vm.proc.pid}/stat").read_text().rsplit(")", 1)[1].split()
        return (int(f[11]) + int(f[12])) / tick

    # The quietest of several windows: a previous test's module unload or
    # an RT kernel's timer threads can keep one window busy, while a poll
    # loop keeps every window busy. The RT kernel's idle ticks alone cost
    # ~0.16 of a core under TCG on a loaded host, well under polling's ~0.34.
    shares = []
    for _ in range(4):
        c, t = cpu(), time.monotonic()
        time.sleep(1.5)
        shares.append((cpu() - c) / (time.monotonic() - t))
    assert min(shares) < 0.25, shares


def test_shared_vm_is_reused(vm, kinfo):
    assert shared_vm(kinfo) is vm


def test_kernel_panic_is_reported(kinfo, modules):
    # A VM of its own: the panic ends it.
    with SandboxVM(kinfo, smp=1) as v:
        with pytest.raises(SandboxCrash) as ei:
            v.run_job(str(modules["xt_hello_crash"]), "xt_hello_crash", "sleep 30", cwd="/", timeout=60)
        assert "crashing on purpose" in ei.value.console
        assert ei.value.result.guest_died
        assert not v.alive
