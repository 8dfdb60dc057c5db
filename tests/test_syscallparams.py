"""Syscall parameter names from the kernel headers (ir/syscallparams.py), which
`$name` in stap's syscall probes reads by."""

from pathlib import Path

import pytest

from xtrace.frontends.stap import parse
from xtrace.ir.syscallparams import syscall_params


@pytest.fixture(scope="module")
def build_dir() -> Path:
    from xtrace.sandbox.kernel import ensure_kernel
    return Path(ensure_kernel().build_dir)


def test_names_in_declaration_order(build_dir):
    table = syscall_params(build_dir)
    assert table["futex"] == ["uaddr", "op", "val", "utime", "uaddr2", "val3"]
    assert table["write"] == ["fd", "buf", "count"]
    assert table["execve"] == ["filename", "argv", "envp"]
    assert table["getpid"] == []  # (void)


def test_sufficient_point_is_kept_in_the_ir():
    prog = parse('probe kernel.trace("a")!, kernel.trace("b")?, kernel.trace("c") { }', "t.stp")
    pts = prog.probes[0].points
    assert [(p.optional, p.sufficient) for p in pts] == [(True, True), (True, False), (False, False)]
