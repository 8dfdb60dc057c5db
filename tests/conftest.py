"""Shared fixtures: one sandbox VM for the whole kernel test session.

Kernel tests never skip: if the VM cannot boot, the fixture fails and so do
they (CI must see it).
"""

from __future__ import annotations

import io
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


@pytest.fixture(scope="session")
def sandbox_target() -> RunTarget:
    return choose_target("sandbox", None, None)


@pytest.fixture(scope="session")
def vm(sandbox_target):
    # The process-wide VM: test_sandbox.py shares the same boot.
    from xtrace.sandbox.vm import shared_vm
    return shared_vm(sandbox_target.kinfo)


@pytest.fixture(scope="session")
def run_script(vm, sandbox_target):
    """run_script(text, lang, cmd=None, timeout=None) -> Run, in the shared VM."""
    from xtrace.driver.session import run_in_sandbox

    def runner(text: str, lang: str, cmd: Optional[str] = None, timeout: Optional[float] = 60,
               filename: Optional[str] = None, limits: Optional[dict] = None) -> Run:
        name = filename or {"d": "t.d", "stap": "t.stp", "vue": "t.e"}[lang]
        pipe = Pipeline(text, name, lang, limits=limits or {})
        pipe.parse()
        pipe.analyze(sandbox_target)
        pipe.generate()
        built = pipe.build(sandbox_target)
        out, err, cmd_out = io.StringIO(), io.StringIO(), bytearray()
        res = run_in_sandbox(built, sandbox_target.kinfo, cmd, timeout, out=out, err=err, vm=vm,
                             on_cmd_out=cmd_out.extend)
        return Run(out.getvalue(), err.getvalue(), cmd_out.decode(errors="replace"),
                   res.exit_status, res.cmd_pid, res.errors)

    return runner


@pytest.fixture(scope="session")
def opener(sandbox_target) -> Path:
    """A tiny host program that opens /etc/hostname with open(2) itself (not openat)."""
    import subprocess
    from xtrace.backend_c.kbuild import cache_root
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
    # Not under /tmp: the guest mounts its own tmpfs there.
    d = cache_root() / "testbin"
    d.mkdir(parents=True, exist_ok=True)
    (d / "opener.c").write_text(src)
    subprocess.run(["gcc", "-O1", "-o", str(d / "opener"), str(d / "opener.c")], check=True)
    return d / "opener"
