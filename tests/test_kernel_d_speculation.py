"""D's speculative tracing, tracemem() and copyin() in the sandbox.

Expected behaviour is the DTrace guide's (Speculative Tracing chapter: the
errno idiom, records printed only on commit, nothing on discard; copyin()
and tracemem() in Actions and Subroutines) and libdtrace's tracemem layout,
never xtrace's own output.
"""

from __future__ import annotations

import re

ROW = re.compile(r"^ {5}[ 0-9a-f]{5}:( [0-9a-f]{2}){1,16} *  .{1,16}$")
HEADER = " " * 11 + "".join(f"  {c}" for c in "0123456789abcdef") + "  0123456789abcdef"


def test_errno_idiom_commits_failures_and_discards_successes(run_script):
    # The guide's specopen.d shape: speculate the path at entry, keep it only
    # when the call fails.
    script = r"""
    #pragma D option quiet
    syscall::openat:entry
    /execname == "head"/
    {
        self->spec = speculation();
        speculate(self->spec);
        printf("opening %s\n", copyinstr(arg1));
    }
    syscall::openat:return
    /self->spec/
    {
        speculate(self->spec);
        printf("errno %d\n", errno);
    }
    syscall::openat:return
    /self->spec && errno != 0/
    {
        commit(self->spec);
        self->spec = 0;
    }
    syscall::openat:return
    /self->spec && errno == 0/
    {
        discard(self->spec);
        self->spec = 0;
    }
    """
    r = run_script(script, "d", cmd="head -c0 /nonexistent/file /etc/hostname")
    lines = r.stdout.splitlines()
    assert "opening /nonexistent/file" in lines, r.stdout + r.stderr
    i = lines.index("opening /nonexistent/file")
    assert lines[i + 1] == "errno 2"
    # The successful opens (the libraries, /etc/hostname) were discarded.
    assert not any("hostname" in ln or ".so" in ln for ln in lines), r.stdout
    assert "failed speculation" not in r.stderr


def test_speculative_stack_and_tracemem_print_on_commit(run_script):
    script = r"""
    #pragma D option quiet
    BEGIN { self->s = speculation(); }
    BEGIN { speculate(self->s); printf("held\n"); tracemem(curthread, 20); stack(); }
    BEGIN { printf("first\n"); }
    BEGIN { commit(self->s); }
    BEGIN { printf("\nlast\n"); exit(0); }
    """
    r = run_script(script, "d")
    assert r.exit_status == 0, r.stderr
    out = r.stdout.split("\n")
    assert out[:4] == ["first", "held", "", HEADER], r.stdout
    assert ROW.match(out[4]) and out[4].startswith("         0:"), out[4]
    assert ROW.match(out[5]) and out[5].startswith("        10:") and \
        out[5].count(" ") >= 4 * 3, out[5]
    assert "last" in out[6:], r.stdout
    assert any("`" in ln for ln in out[6:]), r.stdout  # the stack's module`symbol frames


def test_copyin_faults_and_scratch_limits_are_run_time_errors(run_script):
    script = r"""
    #pragma D option quiet
    BEGIN { copyinto(0, 4, 1234); printf("not reached 1\n"); }
    BEGIN { x = copyin(0x10, 4); printf("not reached 2\n"); }
    BEGIN { this->b = alloca(4); copyinto(0x20, 4, this->b); printf("not reached 3\n"); }
    BEGIN { y = copyin(0, 100000); printf("not reached 4\n"); }
    BEGIN { this->p = alloca(8); copyinto(0, 9, this->p); printf("not reached 5\n"); }
    BEGIN { printf("went on\n"); exit(0); }
    """
    r = run_script(script, "d")
    assert r.stdout == "went on\n", r.stdout + r.stderr
    errs = [ln for ln in r.stderr.splitlines() if ln.startswith("dtrace: error")]
    assert len(errs) == 5, r.stderr
    assert "invalid address (0x4d2) in action #1" in errs[0]   # dest not scratch space
    assert "invalid address (0x10) in action #1" in errs[1]    # user address unreadable
    assert "invalid address (0x20) in action #2" in errs[2]
    assert "out of scratch space in action #1" in errs[3]
    assert "invalid address" in errs[4]                        # dest too small


def test_copyin_of_a_write_buffer(run_script):
    script = r"""
    #pragma D option quiet
    syscall::write:entry
    /execname == "echo"/
    {
        printf("[%s]", stringof(copyin(arg1, 3)));
        tracemem(copyin(arg1, 16), 16, arg2);
        exit(0);
    }
    """
    r = run_script(script, "d", cmd="/bin/echo abcdef")
    assert r.exit_status == 0, r.stderr
    assert r.stdout == ("[abc]\n" + HEADER + "\n" + "         0: 61 62 63 64 65 66 0a"
                        + "   " * 9 + "  abcdef.\n"), repr(r.stdout)
