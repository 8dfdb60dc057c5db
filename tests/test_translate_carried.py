"""D's clause-locals carried from clause to clause of one probe hit (soconnect.d's
`this->f`, set in one clause and tested by the next clauses' predicates), in stap
and Vue, whose locals end with their probe: the clauses on the same points are one
probe of if-blocks, in D's order (ir/clausemerge.py); and back from stap, a probe of
try blocks is one D clause a block."""

from __future__ import annotations

import pytest

from xtrace.ir.loc import XtraceError
from translating import translated

CARRIED = '''#pragma D option quiet

syscall::connect:entry
{
	this->fd = arg0;
}

syscall::connect:entry
/this->fd > 2/
{
	printf("%d %s\\n", this->fd, copyinstr(arg1));
}

syscall::connect:entry
/this->fd <= 2/
{
	printf("low %d\\n", this->fd);
}
'''


def test_clauses_passing_a_local_are_one_stap_probe_of_ifs_in_clause_order():
    stp = translated(CARRIED, "stap", "d")
    assert stp.count("probe syscall.connect") == 1
    body = stp[stp.index("probe syscall.connect"):]
    # D's order: the store, then each predicate as an if, tested after the clauses
    # before it ran
    assert body.index("fd = long_arg(1)") < body.index("if (fd > 2)") < body.index("if (fd <= 2)")
    # the second clause can fault (a user string): its try covers only that clause,
    # as a D fault ends only its clause
    assert body.count("try {") == 1
    assert body.index("try {") < body.index("if (fd > 2)") < body.index("} catch {") \
        < body.index("if (fd <= 2)")


def test_the_stap_port_comes_back_as_the_d_clauses():
    stp = translated(CARRIED, "stap", "d")
    d = translated(stp, "d", "stap")
    assert d.count("syscall::connect:entry") == 3
    assert "/this->fd > 2/" in d and "/this->fd <= 2/" in d
    assert "try {" not in d and "catch" not in d


def test_clauses_passing_a_local_are_one_vue_clause_of_ifs():
    vue = translated(CARRIED, "vue", "d")
    assert vue.count("@@syscall:*:connect:entry") == 1
    assert vue.index("fd = __arg1;") < vue.index("if (fd > 2)") < vue.index("if (fd <= 2)")


def test_a_local_carried_between_clauses_on_other_points_is_refused_at_the_clause():
    d = ('syscall::connect:entry { this->fd = arg0; }\n'
         'syscall::connect:entry, syscall::accept:entry /this->fd/ { trace(this->fd); }\n')
    for to in ("stap", "vue"):
        with pytest.raises(XtraceError) as ex:
            translated(d, to, "d")
        assert "this->fd" in ex.value.message and "other probe points" in ex.value.message
        # at the clause reading it (memcall.d's, real22: line 1 was the storing one)
        assert ex.value.loc is not None and ex.value.loc.line == 2


def test_clauses_on_the_same_points_not_passing_locals_stay_separate():
    d = ('#pragma D option quiet\n'
         'syscall::read:entry { this->a = 1; printf("%d\\n", this->a); }\n'
         'syscall::read:entry /pid == 1/ { printf("init\\n"); }\n')
    stp = translated(d, "stap", "d")
    assert stp.count("probe syscall.read") == 2


def test_tapset_helpers_only_other_unused_helpers_call_are_not_kept():
    # udpdump.stp: udp.recvmsg brings the socket readers (ip_ntop, ntohs, __xt_be16 ...)
    # of its variables; the script reads only sock and size, so none is called, and
    # the D port is not refused for a tapset function nothing calls
    d = translated('probe udp.recvmsg { printf(" %15d %15d\\n", sock, size) }\n', "d")
    assert "fbt::udp_recvmsg:entry" in d and "this->size = args[2];" in d, d


def test_one_local_carried_in_two_groups_on_different_points_is_two_merged_probes():
    d = ('#pragma D option quiet\n'
         'syscall::read:entry { this->fd = arg0; }\n'
         'syscall::read:entry /this->fd == 0/ { printf("read stdin\\n"); }\n'
         'syscall::write:entry { this->fd = arg0; }\n'
         'syscall::write:entry /this->fd == 1/ { printf("write stdout\\n"); }\n')
    stp = translated(d, "stap", "d")
    assert stp.count("probe syscall.read") == 1 and stp.count("probe syscall.write") == 1, stp
    assert "if (fd == 0)" in stp and "if (fd == 1)" in stp, stp
