"""User-space stack traces in the sandbox kernel: D's ustack(), stap's
print_ubacktrace(), Vue's stktrace(GET_USER_TRACE), on a program built with
frame pointers whose call chain is main -> outer -> inner -> getppid()/write()."""

from __future__ import annotations

import re

import pytest

from conftest import build_host_program

SRC = r'''
#include <unistd.h>
__attribute__((noinline)) int inner(void) { return getppid() > 0; }
__attribute__((noinline)) int writer(void) { return write(1, "w\n", 2) == 2; }
__attribute__((noinline)) int outer(void) { return inner() + writer(); }
int main(void) { volatile int r = outer(); return r != 2; }
'''
D_FRAME = re.compile(r"^ {14}(?:(\S+)`)?([\w.]+)(?:\+0x[0-9a-f]+)?$")
STAP_FRAME = re.compile(r"^ 0x[0-9a-f]{16}(?: : (\w+)\+0x[0-9a-f]+/0x[0-9a-f]+)? \[(\S+)\]$")


@pytest.fixture(scope="module")
def uchain(sandbox_target):
    return build_host_program("uchain", SRC, ("-O0", "-fno-omit-frame-pointer"))


def d_frames(text: str) -> list[tuple[str, str]]:
    """(module, symbol) of each D ustack() line of `text` (other lines skipped)."""
    return [(m.group(1) or "", m.group(2)) for m in map(D_FRAME.match, text.splitlines()) if m]


def test_d_ustack_in_a_syscall_probe(run_script, uchain):
    script = ('#pragma D option quiet\n'
              'syscall::getppid:entry /pid == $target/ { printf("ppid"); ustack(); }\n'
              'syscall::write:entry /pid == $target/ { printf("write"); ustack(); }\n')
    r = run_script(script, "d", cmd=str(uchain))
    ppid, write = r.stdout.split("write", 1)
    assert ppid.startswith("ppid\n"), r.stdout
    # The leaf is libc's syscall wrapper (no frame): its caller is found at [sp].
    assert d_frames(ppid)[:4] == [("libc.so.6", "getppid"), ("uchain", "inner"),
                                  ("uchain", "outer"), ("uchain", "main")], r.stdout
    syms = [s for _, s in d_frames(write)]
    assert syms[0] in ("write", "__write", "__libc_write"), r.stdout
    assert syms[1:4] == ["writer", "outer", "main"], r.stdout


def test_d_ustack_at_a_uprobe_entry_with_a_frame_count(run_script, uchain):
    script = '#pragma D option quiet\npid$target::inner:entry { ustack(3); }\n'
    r = run_script(script, "d", cmd=str(uchain))
    lines = r.stdout.splitlines()
    assert lines[0] == "" and len(lines) == 4, r.stdout
    assert lines[1] == "              uchain`inner", r.stdout
    assert d_frames(r.stdout) == [("uchain", "inner"), ("uchain", "outer"), ("uchain", "main")]


def test_d_ustack_frames_a_clause_when_not_quiet(run_script, uchain):
    r = run_script('#pragma D option ustackframes=2\n'
                   'syscall::getppid:entry /pid == $target/ { ustack(); }\n', "d", cmd=str(uchain))
    lines = r.stdout.splitlines()
    assert lines[0].split() == ["CPU", "ID", "FUNCTION:NAME"], r.stdout
    assert lines[1].split()[-1] == "getppid:entry", r.stdout
    assert d_frames(r.stdout) == [("libc.so.6", "getppid"), ("uchain", "inner")], r.stdout


def test_stap_print_ubacktrace(run_script, uchain):
    script = ('probe syscall.getppid { if (pid() == target()) { println("sys"); print_ubacktrace() } }\n'
              f'probe process("{uchain}").function("inner") {{ println("fn"); print_ubacktrace() }}\n')
    r = run_script(script, "stap", cmd=str(uchain))
    fn, sys_ = r.stdout.split("sys\n")
    fn_frames = [STAP_FRAME.match(ln) for ln in fn.splitlines()[1:]]
    assert all(fn_frames), r.stdout
    assert [(m.group(1), m.group(2)) for m in fn_frames[:3]] == [
        ("inner", str(uchain)), ("outer", str(uchain)), ("main", str(uchain))], r.stdout
    assert " : inner+0x0/0x" in fn.splitlines()[1], r.stdout  # stap writes +0x0 at the entry
    sys_frames = [STAP_FRAME.match(ln) for ln in sys_.splitlines()]
    assert all(sys_frames), r.stdout
    assert sys_frames[0].group(1) == "getppid" and sys_frames[0].group(2).endswith("/libc.so.6")
    assert [m.group(1) for m in sys_frames[1:4]] == ["inner", "outer", "main"], r.stdout


def test_vue_stktrace_get_user_trace(run_script, uchain):
    script = ('@@syscall:$__CPID:getppid:entry\n{\n'
              '\tstktrace(PRINT_SYMBOLS|GET_USER_TRACE, -1);\n}\n')
    r = run_script(script, "vue", cmd=str(uchain))
    lines = r.stdout.splitlines()
    syms = [ln.split("+")[0] for ln in lines]
    # the kernel part first, then the user part
    i = syms.index("getppid")
    assert "do_syscall_64" in syms[:i], r.stdout
    assert syms[i:i + 4] == ["getppid", "inner", "outer", "main"], r.stdout


def test_d_ucaller_and_ustackdepth(run_script, sandbox_target):
    import subprocess
    exe = build_host_program("uchain_nopie", SRC, ("-O0", "-fno-omit-frame-pointer", "-no-pie"))
    nm = subprocess.run(["nm", "-S", str(exe)], capture_output=True, text=True, check=True).stdout
    start, size = next((int(p[0], 16), int(p[1], 16)) for p in map(str.split, nm.splitlines())
                       if len(p) == 4 and p[3] == "outer")
    script = ('#pragma D option quiet\n'
              'pid$target::inner:entry { printf("%d %d\\n", ucaller, ustackdepth); }\n')
    r = run_script(script, "d", cmd=str(exe))
    caller, depth = map(int, r.stdout.split())
    assert start < caller < start + size, (r.stdout, hex(start))
    assert depth >= 3, r.stdout


def test_d_ustack_as_an_aggregation_key(run_script, uchain):
    script = ('syscall::getppid:entry, syscall::write:entry /pid == $target/ '
              '{ @[ustack(4)] = count(); }\n')
    r = run_script(script, "d", cmd=str(uchain))
    # Each key is its frames, one per line, then the value on its own line.
    blocks = [b for b in r.stdout.split("\n\n") if "`" in b]
    got = {tuple(s for _, s in d_frames(b)): b.splitlines()[-1] for b in blocks}
    wrapper = next(k for k in got if k[0] != "getppid")
    assert got == {("getppid", "inner", "outer", "main"): "                1",
                   wrapper: "                1"}, r.stdout
    assert wrapper[1:] == ("writer", "outer", "main"), r.stdout


def test_stap_uaddr_and_ubacktrace(run_script, sandbox_target):
    import subprocess
    exe = build_host_program("uchain_nopie", SRC, ("-O0", "-fno-omit-frame-pointer", "-no-pie"))
    nm = subprocess.run(["nm", str(exe)], capture_output=True, text=True, check=True).stdout
    inner = next(int(p[0], 16) for p in map(str.split, nm.splitlines()) if p[-1] == "inner")
    script = f'probe process("{exe}").function("inner") {{ printf("%x\\n%s\\n", uaddr(), ubacktrace()) }}\n'
    r = run_script(script, "stap", cmd=str(exe))
    pc, trace = r.stdout.splitlines()
    assert int(pc, 16) == inner, r.stdout
    words = trace.split(" ")
    assert words[0] == f"0x{inner:016x}" and len(words) >= 3, r.stdout
    assert all(re.fullmatch(r"0x[0-9a-f]{16}", w) for w in words), r.stdout
