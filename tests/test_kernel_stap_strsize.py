"""stap's string size and backtrace depth in the sandbox kernel: a 512-byte
MAXSTRINGLEN and MAXBACKTRACE (20) frames, as real stap on x86-64, on a user
stack deeper than that (a program recursing 40 levels before getppid())."""

from __future__ import annotations

import re

import pytest

from conftest import build_host_program

SRC = r'''
#include <unistd.h>
__attribute__((noinline)) int deep(int n) { return n ? deep(n - 1) + 1 : getppid() > 0; }
int main(void) { volatile int r = deep(40); return r != 41; }
'''
SCRIPT = ('probe syscall.getppid { if (pid() == target()) {\n'
          '    s = ubacktrace(); printf("%d %d\\n", strlen(s), strlen(s . s))\n'
          '    println(s); print_ubacktrace() } }\n')


@pytest.fixture(scope="module")
def deep(sandbox_target):
    return build_host_program("ustk_deep", SRC, ("-O0", "-fno-omit-frame-pointer"))


def _check(out: str, frames: int) -> list[str]:
    lens, words, *printed = out.splitlines()
    words = words.split(" ")
    assert len(words) == frames and all(re.fullmatch(r"0x[0-9a-f]{16}", w) for w in words), out
    assert len(printed) == frames, out
    # print_ubacktrace() prints the same frames: each line starts with its word
    assert [p.split()[0] for p in printed] == words, out
    return lens.split()


def test_ubacktrace_holds_maxbacktrace_frames(run_script, deep):
    """20 words, 379 characters: in 256 bytes only 13 fitted. A join is cut at
    MAXSTRINGLEN less its NUL (511), not at 255."""
    r = run_script(SCRIPT, "stap", cmd=str(deep))
    assert _check(r.stdout, 20) == ["379", "511"], r.stdout + r.stderr


def test_defines_set_the_frames_and_the_size(run_script, deep):
    r = run_script(SCRIPT, "stap", cmd=str(deep), limits={"MAXBACKTRACE": 5, "MAXSTRINGLEN": 100})
    assert _check(r.stdout, 5) == ["94", "99"], r.stdout + r.stderr
