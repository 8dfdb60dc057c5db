"""stap's syscall tapset in the sandbox: argstr, retstr and the per-syscall
variables, as stap prints them, for a workload that makes known syscalls.

The workload (tests/data/sysc_workload.c) calls each syscall directly, with
arguments chosen here, and prints the values only it can know (fds, the mmap
address) so the expected lines can be written out in full.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from conftest import build_host_program

SRC = Path(__file__).parent / "data" / "sysc_workload.c"
FILTER = 'if (execname() == "sysc_workload")'


@pytest.fixture(scope="module")
def workload(sandbox_target) -> Path:
    return build_host_program("sysc_workload", SRC.read_text())


def _known(run) -> dict[str, str]:
    """fd=3 tfd=3 ... as the workload printed them."""
    m = re.search(r"fd=(\S+) tfd=(\S+) sfd=(\S+) m=(\S+) r=(\S+)", run.cmd_out)
    assert m, run.cmd_out
    return dict(zip(("fd", "tfd", "sfd", "m", "r"), m.groups()))


def _in_order(lines: list[str], expected: list[str]) -> None:
    """Each expected line appears, in this order (other syscalls may come between)."""
    at = 0
    for want in expected:
        assert want in lines[at:], f"{want!r} missing after line {at}:\n" + "\n".join(lines)
        at = lines.index(want, at) + 1


def test_argstr_and_retstr_of_every_syscall(run_script, workload):
    script = (f'probe syscall.* {{ {FILTER} printf("%s(%s)\\n", name, argstr) }}\n'
              f'probe syscall.*.return {{ {FILTER} printf("%s = %s\\n", name, retstr) }}\n')
    r = run_script(script, "stap", cmd=f"exec {workload}")
    k = _known(r)
    fd, tfd, sfd, m = k["fd"], k["tfd"], k["sfd"], k["m"]
    lines = r.stdout.splitlines()
    _in_order(lines, [
        'open("/nonexistent/xt", O_RDONLY)', "open = -2 (ENOENT)",
        'openat(AT_FDCWD, "/etc/hostname", O_RDONLY|O_CLOEXEC)', f"openat = {fd}",
        f"lseek({fd}, 5, SEEK_SET)", "lseek = 5",
        f"close({fd})", "close = 0",
        'write(1, "hello\\n", 6)', "write = 6",
        'openat(AT_FDCWD, "/dev/shm/xt_sysc", O_WRONLY|O_CREAT|O_TRUNC, 0644)', f"openat = {tfd}",
        f"dup3({tfd}, 100, O_CLOEXEC)", "dup3 = 100",
        'renameat(AT_FDCWD, "/dev/shm/xt_sysc", AT_FDCWD, "/dev/shm/xt_sysc2")', "renameat = 0",
        'unlinkat(AT_FDCWD, "/dev/shm/xt_sysc2", 0x0)', "unlinkat = 0",
        'access("/etc", R_OK|X_OK)', "access = 0",
        "mmap2(0x0, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS, -1, 0)", f"mmap2 = {m}",
        f"munmap({m}, 8192)", "munmap = 0",
        "socket(PF_INET, SOCK_STREAM|SOCK_CLOEXEC, IPPROTO_IP)", f"socket = {sfd}",
        f"kill({r.cmd_pid}, SIG_0)", "kill = 0",
        "close(12345)", "close = -9 (EBADF)",
        "exit_group(3)",
    ])
    assert any(re.fullmatch(rf"read\({fd}, 0x[0-9a-f]+, 7\)", ln) for ln in lines), lines
    assert "exit_group = " not in r.stdout  # it never returns


def test_argument_variables(run_script, workload):
    script = f'''
probe syscall.openat {{ {FILTER} printf("openat %s|%d|%s|%s|%#o\\n", filename, dfd, dfd_str, flags_str, flags & 64 ? mode : 0) }}
probe syscall.open {{ {FILTER} printf("open %s %d\\n", filename, flags) }}
probe syscall.read, syscall.write {{ {FILTER} printf("%s fd=%d count=%d\\n", name, fd, count) }}
probe syscall.write {{ {FILTER} printf("buf_str=%s\\n", buf_str) }}
probe syscall.mmap {{ {FILTER} printf("mmap %d %d %s %s %d %d\\n", start, length, prot_str, flags_str, fd, pgoffset) }}
probe syscall.kill {{ {FILTER} printf("kill %d %d %s\\n", pid, sig, sig_str) }}
probe syscall.unlinkat {{ {FILTER} printf("unlinkat %s %s\\n", pathname, flag_str) }}
probe syscall.renameat {{ {FILTER} printf("renameat %s -> %s\\n", oldname, newname) }}
probe syscall.socket {{ {FILTER} printf("socket %d %s %d %s\\n", family, family_str, type, type_str) }}
probe syscall.close {{ {FILTER} printf("close %d\\n", fd) }}
probe syscall.exit_group {{ {FILTER} printf("exit_group %d\\n", status) }}
'''
    r = run_script(script, "stap", cmd=f"exec {workload}")
    k = _known(r)
    lines = r.stdout.splitlines()
    _in_order(lines, [
        "open \"/nonexistent/xt\" 0",
        'openat "/etc/hostname"|-100|AT_FDCWD|O_RDONLY|O_CLOEXEC|0',
        f"read fd={k['fd']} count=7",
        f"close {k['fd']}",
        "write fd=1 count=6", 'buf_str="hello\\n"',
        'openat "/dev/shm/xt_sysc"|-100|AT_FDCWD|O_WRONLY|O_CREAT|O_TRUNC|0644',
        'renameat "/dev/shm/xt_sysc" -> "/dev/shm/xt_sysc2"',
        'unlinkat "/dev/shm/xt_sysc2" 0x0',
        "mmap 0 8192 PROT_READ|PROT_WRITE MAP_PRIVATE|MAP_ANONYMOUS -1 0",
        "socket 2 PF_INET 524289 SOCK_STREAM|SOCK_CLOEXEC",
        f"kill {r.cmd_pid} 0 SIG_0",
        "close 12345",
        "exit_group 3",
    ])


def test_entry_strings_not_yet_paged_in(run_script, opener):
    """open(2)'s path in a page the program never touched: the probe still reads it."""
    r = run_script('probe syscall.open { if (execname() == "opener") printf("%s\\n", filename) }',
                   "stap", cmd=f"exec {opener}")
    assert r.stdout.splitlines() == ['"/etc/hostname"']


def _in_order_re(lines: list[str], patterns: list[str]) -> None:
    """Like _in_order, each pattern a regular expression matched in full."""
    at = 0
    for pat in patterns:
        hit = next((i for i in range(at, len(lines)) if re.fullmatch(pat, lines[i])), None)
        assert hit is not None, f"{pat!r} missing after line {at}:\n" + "\n".join(lines)
        at = hit + 1


def test_more_common_syscalls(run_script, workload):
    script = (f'probe syscall.* {{ {FILTER} printf("%s(%s)\\n", name, argstr) }}\n'
              f'probe syscall.*.return {{ {FILTER} printf("%s = %s\\n", name, retstr) }}\n')
    r = run_script(script, "stap", cmd=f"exec {workload}")
    m = re.search(r"fd2=(\d+) ep=(\d+) u=(\d+) pid=(\d+)", r.cmd_out)
    assert m, r.cmd_out
    fd, ep, u, pid = m.groups()
    X = "0x[0-9a-f]+"
    _in_order_re(r.stdout.splitlines(), [
        rf"pread\({fd}, {X}, 4, 2\)",
        re.escape('stat("/etc/hostname", ') + X + r"\)", "stat = 0",
        rf"fstat\({fd}, {X}\)", "fstat = 0",
        rf"writev\(1, {X}, 2\)", "writev = 4",
        re.escape("poll(0x0, 0, 0)"), "poll = 0",
        re.escape("select(0, 0x0, 0x0, 0x0, [0.001000])"), "select = 0",
        re.escape("epoll_create1(EPOLL_CLOEXEC)"), f"epoll_create1 = {ep}",
        rf"epoll_wait\({ep}, {X}, 4, 0\)", "epoll_wait = 0",
        rf"ioctl\(1, 21505, {X}\)",
        re.escape(f"connect({u}, {{AF_INET, 127.0.0.1, 9}}, 16)"),
        # stap's sendto argstr shows the bytes sent, quoted (sysc_sendto.stp's `buf`)
        rf'sendto\({u}, "hi", 2, MSG_DONTWAIT, \{{AF_INET, 127\.0\.0\.1, 9\}}, 16\)',
        rf"clone\(CLONE_CHILD_CLEARTID\|CLONE_CHILD_SETTID\|SIGCHLD, 0x0, 0x0, {X}\)",
        f"clone = {pid}",
        rf"wait4\({pid}, {X}, .*, 0x0\)", f"wait4 = {pid}",
    ])
    assert "exit_group(7)" in r.stdout.splitlines()  # the child's
