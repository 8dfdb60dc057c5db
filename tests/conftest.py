"""Shared fixtures: one sandbox VM per kernel for the whole kernel test session.

Kernel tests run once per kernel of the matrix: ``$XTRACE_TEST_KERNELS``
(comma-separated releases or aliases such as ``default,6.12,6.12-rt``), else
``xtrace.sandbox.kernel.TEST_KERNELS``. ``sandbox_target`` is parametrized at
session scope, so pytest groups the tests by kernel and each kernel boots
once. Kernel tests never skip: if a kernel cannot be resolved, fetched or
booted, the fixture fails and so do its tests (CI must see it).
"""

from __future__ import annotations

import io
import os
import tempfile
from dataclasses import dataclass
from pathlib import Path
from typing import Optional

import pytest

from xtrace.driver.passes import Pipeline
from xtrace.driver.targets import RunTarget, choose_target

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = REPO / "examples"


@dataclass
class Run:
    """What one script printed in the sandbox."""

    stdout: str
    stderr: str
    cmd_out: str
    exit_status: int
    cmd_pid: Optional[int]
    errors: int


def _kernel_params() -> list:
    """One param per distinct release of the matrix, its id the release; a
    spec apt cannot resolve stays in, so its tests fail instead of vanishing."""
    from xtrace.sandbox import kernel as sk
    params, seen = [], set()
    for spec in sk.kernel_matrix():
        try:
            release = sk.resolve_release(spec)
        except sk.KernelError as ex:
            params.append(pytest.param((spec, None, str(ex)), id=spec))
            continue
        if release not in seen:
            seen.add(release)
            params.append(pytest.param((spec, release, None), id=release))
    return params


KERNEL_PARAMS = _kernel_params()


def vm_group(nodeid: str) -> str:
    """The tests that share one VM boot, named for it: the conformance cases (built
    together once, run on the default kernel) and the kernel tests of each kernel
    of the matrix (the kernel's release is their parameter id); any other test is
    a group of its own."""
    name, _, params = nodeid.partition("[")
    if name.endswith("::test_conformance_case"):
        return "conformance"
    for release in sorted((p.id for p in KERNEL_PARAMS), key=len, reverse=True):
        if release in params:
            return f"kernel-{release}"
    return nodeid


@pytest.hookimpl(optionalhook=True)
def pytest_xdist_make_scheduler(config, log):
    """Two test workers (pyproject's `-n 2`) share out the groups of vm_group(),
    biggest first, so that each group boots its VM once on one worker. The guest
    is one host thread: while a worker runs one kernel's tests the other worker
    runs another group, the builds or the host-only tests on the other core.
    (xdist's own `--dist loadgroup` marks do not reach its scheduler under
    pytest 9: it renames the node ids through an attribute pytest no longer reads.)"""
    from xdist.scheduler import LoadScopeScheduling

    class VMGroups(LoadScopeScheduling):
        def _split_scope(self, nodeid: str) -> str:
            return vm_group(nodeid)

    return VMGroups(config, log)


@dataclass(frozen=True)
class KernelSpec:
    """A matrix entry: as given (``default``, ``6.12-rt``, a release) and resolved."""

    spec: str
    release: str


@pytest.fixture(scope="session", params=KERNEL_PARAMS)
def kernel_spec(request) -> KernelSpec:
    """The kernel this group of kernel tests runs on."""
    spec, release, error = request.param
    if error:
        pytest.fail(f"sandbox kernel '{spec}': {error}", pytrace=False)
    return KernelSpec(spec, release)


@pytest.fixture(scope="session")
def sandbox_target(kernel_spec) -> RunTarget:
    return choose_target("sandbox", kernel_spec.release, None)


@pytest.fixture(scope="session")
def vm(sandbox_target):
    # The process-wide VM: test_sandbox.py shares the same boot; a new kernel
    # reboots it. Symbols are captured in this boot, not in one of their own.
    from xtrace.sandbox.kernel import capture_symbols
    from xtrace.sandbox.vm import shared_vm
    v = shared_vm(sandbox_target.kinfo)
    capture_symbols(sandbox_target.kinfo, vm=v)
    return v


@pytest.fixture(scope="session")
def run_script(vm, sandbox_target):
    """run_script(text, lang, cmd=None, timeout=None, guru=False) -> Run, in the shared VM."""
    from xtrace.driver.session import run_in_sandbox

    def runner(text: str, lang: str, cmd: Optional[str] = None, timeout: Optional[float] = 60,
               filename: Optional[str] = None, limits: Optional[dict] = None,
               guru: bool = False) -> Run:
        name = filename or {"d": "t.d", "stap": "t.stp", "vue": "t.e"}[lang]
        pipe = Pipeline(text, name, lang, limits=limits or {}, cmd=cmd, guru=guru)
        pipe.parse()
        pipe.analyze(sandbox_target)
        pipe.generate()
        built = pipe.build(sandbox_target)
        out, err, cmd_out = io.StringIO(), io.StringIO(), bytearray()
        res = run_in_sandbox(built, sandbox_target.kinfo, pipe.run_cmd, timeout, out=out, err=err, vm=vm,
                             on_cmd_out=cmd_out.extend, cmd_pid=pipe.cmd_pid)
        return Run(out.getvalue(), err.getvalue(), cmd_out.decode(errors="replace"),
                   res.exit_status, res.cmd_pid, res.errors)

    return runner


def _host_dir(*parts: str) -> Path:
    """A directory the guest sees (not under /tmp: the guest does not see the host's
    /tmp as the host does), named after what goes into it, so that two test files'
    programs of one name (each has its own xt_threads) never replace each other
    while another test worker runs one."""
    import hashlib
    from xtrace.backend_c.kbuild import cache_root
    d = cache_root() / "testbin" / hashlib.sha256("\0".join(parts).encode()).hexdigest()[:16]
    d.mkdir(parents=True, exist_ok=True)
    return d


def host_file(name: str, text: str) -> Path:
    """`text` in a file called `name` where the guest can read it, written whole."""
    d = _host_dir(name, text)
    if not (d / name).exists():
        with tempfile.TemporaryDirectory(dir=d) as tmp:
            (Path(tmp) / name).write_text(text)
            os.replace(Path(tmp) / name, d / name)
    return d / name


def build_host_program(name: str, src: str, cflags: tuple[str, ...] = ("-O2",),
                       compiler: str = "gcc", suffix: str = ".c") -> Path:
    """Compile a C (or, with compiler="g++", suffix=".cc", C++) test program with the
    host compiler where the guest can run it; the file is called `name`, which is the
    process's execname."""
    import subprocess
    d = _host_dir(name, src, compiler, *cflags)
    if (d / name).exists():
        return d / name
    with tempfile.TemporaryDirectory(dir=d) as tmp:  # renamed into place when whole
        source = Path(tmp) / f"{name}{suffix}"
        source.write_text(src)
        subprocess.run([compiler, *cflags, "-o", f"{tmp}/{name}", str(source)], check=True)
        os.replace(source, d / source.name)
        os.replace(f"{tmp}/{name}", d / name)
    return d / name
    d.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=d) as tmp:  # renamed into place when whole
        (Path(tmp) / f"{name}.c").write_text(src)
        subprocess.run(["gcc", *cflags, "-o", f"{tmp}/{name}", f"{tmp}/{name}.c"], check=True)
        os.replace(f"{tmp}/{name}.c", d / f"{name}.c")
        os.replace(f"{tmp}/{name}", d / name)
    return d / name


@pytest.fixture(scope="session")
def opener(sandbox_target) -> Path:
    """A tiny host program that opens /etc/hostname with open(2) itself (not openat)."""
    src = r'''
#include <fcntl.h>
#include <sys/syscall.h>
#include <unistd.h>
int main(int argc, char **argv) {
    const char *path = argc > 1 ? argv[1] : "/etc/hostname";
    long fd = syscall(SYS_open, path, O_RDONLY);
    if (fd >= 0) close((int)fd);
    return fd >= 0 ? 0 : 1;
}
'''
    return build_host_program("opener", src)


def loop_module_cmd(kinfo) -> str:
    """Shell words that make /dev/loop0 exist in the guest (the sandbox has no disk:
    a loop device over a file in /dev/shm is the block device the io tests drive)."""
    return block_module_cmd(kinfo, "loop")


def block_module_cmd(kinfo, name: str, params: str = "") -> str:
    """Shell words that load the guest kernel's block driver `name` (drivers/block,
    with module parameters `params`), nothing when it is built in: brd's
    `rd_nr=1 rd_size=KB` makes /dev/ram0, a disk whose bios complete without a request."""
    import shlex
    base = kinfo.modules_dir / "kernel" / "drivers" / "block"
    if (base / f"{name}.ko").exists():
        return f"insmod {shlex.quote(str(base / f'{name}.ko'))} {params} 2>/dev/null; "
    if (base / f"{name}.ko.xz").exists():
        return (f"xz -dc {shlex.quote(str(base / f'{name}.ko.xz'))} > /dev/shm/{name}.ko; "
                f"insmod /dev/shm/{name}.ko {params} 2>/dev/null; ")
    return ""  # built in
