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


def test_declarations_of_types_only_take_the_syscall_define_names(build_dir):
    """syscalls.h declares `sys_recvfrom(int, void __user *, ...)`: the names are the
    SYSCALL_DEFINE's (stap reads them from debuginfo), never the type words."""
    table = syscall_params(build_dir)
    assert table["recvfrom"] == ["fd", "ubuf", "size", "flags", "addr", "addr_len"]
    assert table["sendto"][0] == "fd" and table["socket"] == ["family", "type", "protocol"]
    assert table["sendmsg"] == ["fd", "msg", "flags"]
    assert all(n not in ("int", "unsigned", "size_t") for names in table.values() for n in names)


def test_internal_syscall_alias_and_missing_send():
    """stap's __syscall.NAME is the syscall's own point; syscall.send / __syscall.recv
    are optional (x86_64 has no send(2)/recv(2): they match nothing, silently)."""
    prog = parse("probe __syscall.close.return, syscall.send, __syscall.recv.return { }", "t.stp")
    pts = prog.probes[0].points
    assert [(p.kind, p.name, p.is_return, p.optional) for p in pts] == [
        ("syscall", "close", True, False), ("syscall", "send", False, True),
        ("syscall", "recv", True, True)]


def test_sufficient_point_is_kept_in_the_ir():
    prog = parse('probe kernel.trace("a")!, kernel.trace("b")?, kernel.trace("c") { }', "t.stp")
    pts = prog.probes[0].points
    assert [(p.optional, p.sufficient) for p in pts] == [(True, True), (True, False), (False, False)]
