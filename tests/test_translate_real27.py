"""The twenty-seventh real-script sample's fixes (docs/translate-real-scripts.md).

Lucera's load_dist.d says `setopt("aggsortkey");` right before its one printa(),
in the clause that prints every interval: the stap port refused the setopt ("setting
a run-time option (setopt()) cannot be expressed in stap"), where a porter writes
the printa's row loop sorted by key (ir/setopts.settled_sort_setopts)."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from translating import translated

# the shape of load_dist.d: a tick's clause that normalizes, sets the option and
# prints two aggregations, which the END clause truncates
LOAD_DIST = ('#pragma D option quiet\n'
             'profile-997 { @P[cpu] = count(); @Q[cpu] = count(); }\n'
             'tick-1s\n'
             '/++n == 2/\n'
             '{\n'
             '  printf("\\n%-6s %7s %7s\\n", "CPU", "Usage", "% Total");\n'
             '  setopt("aggsortkey");\n'
             '  printa("%-6d %7@d %7@d\\n", @P, @Q);\n'
             '  trunc(@P);\n'
             '  trunc(@Q);\n'
             '  exit(0);\n'
             '}\n'
             'END { trunc(@P); trunc(@Q); printf("\\nDone\\n"); }\n')


def test_a_setopt_before_every_printa_sorts_the_stap_rows_by_key():
    stp = translated(LOAD_DIST, "stap", "d")
    assert "setopt" not in stp
    assert "foreach ([c+] in printa_rows)" in stp


def test_the_exit_dump_keeps_its_value_order():
    """What dtrace dumps at exit, unprinted, it dumps only where the clause with the
    setopt never ran: sorted by value, as without the option."""
    stp = translated(LOAD_DIST, "stap", "d")
    assert "foreach ([c] in P @count+)" in stp


def test_aggsortrev_reverses_the_rows():
    stp = translated(LOAD_DIST.replace("aggsortkey", "aggsortrev"), "stap", "d")
    assert "setopt" not in stp
    # (the rows stored in descending key order first: aggsortrev's order of a tie)
    assert "foreach ([c-] in printa_rows)" in stp and "foreach ([c] in printa_by_key-)" in stp


def test_a_printa_before_the_setopt_keeps_the_refusal():
    """The first printa sorts by value and the second by key: no one order says both."""
    text = LOAD_DIST.replace('  setopt("aggsortkey");\n',
                             '  printa("%-6d %7@d %7@d\\n", @P, @Q);\n  setopt("aggsortkey");\n')
    with pytest.raises(XtraceError, match="setopt"):
        translate_text(text, "t.d", "d", "stap")


def test_an_aggregation_no_later_printa_names_keeps_the_refusal():
    """@R is dumped at exit after the setopt ran: in key order, which the port's
    dump (by value) would not say."""
    text = LOAD_DIST.replace("@Q[cpu] = count(); }", "@Q[cpu] = count(); @R[pid] = count(); }")
    with pytest.raises(XtraceError, match="setopt"):
        translate_text(text, "t.d", "d", "stap")


@pytest.mark.parametrize("value", ["no", "off", "", "unset", "bogus"])
def test_an_unset_keeps_the_refusal(value):
    """dt_opt_runtime unsets a toggle given "", no, off... and refuses other words
    (the option stays as it was): no key order to fold in."""
    text = LOAD_DIST.replace('setopt("aggsortkey");', f'setopt("aggsortkey", "{value}");')
    with pytest.raises(XtraceError, match="setopt"):
        translate_text(text, "t.d", "d", "stap")


@pytest.mark.parametrize("value", ["0", "1", "yes", "0x10", "On"])
def test_a_value_that_sets_the_toggle_folds_as_the_plain_setopt(value):
    """setopt("aggsortkey", "0") sorts by key in DTrace: dt_opt_runtime stores 0,
    and the consumer tests the toggle against UNSET, not against 0."""
    plain = translate_text(LOAD_DIST, "t.d", "d", "stap")
    text = LOAD_DIST.replace('setopt("aggsortkey");', f'setopt("aggsortkey", "{value}");')
    assert translate_text(text, "t.d", "d", "stap") == plain


# proc_sys.d's return clause: self->stop is stored at its top and read only there
PROC_SYS = ('syscall:::entry /pid == 1/ { @P[probefunc] = count(); self->start = timestamp; }\n'
            'syscall:::return /pid == 1/\n'
            '{\n'
            '  self->stop = timestamp;\n'
            '  @Qtot[probefunc] = sum(self->stop - self->start);\n'
            '  @Qmax[probefunc] = max(self->stop - self->start);\n'
            '}\n')


def test_a_thread_local_of_one_clause_is_the_stap_ports_local():
    stp = translated(PROC_SYS, "stap", "d")
    assert "    stop = ktime_get_ns()\n" in stp
    assert "Qtot[name] <<< stop - start[tid()]" in stp
    assert "global stop" not in stp and "delete stop[tid()]" not in stp
    # self->start, which the entry stores and the return reads, stays per thread
    assert "global start  # thread-local start, keyed by tid()" in stp
    assert "delete start[tid()]" in stp


@pytest.mark.parametrize("clause, why", [
    ('  @Q[probefunc] = sum(self->stop);\n  self->stop = timestamp;\n', "read before the store"),
    ('  self->stop += timestamp;\n  @Q[probefunc] = sum(self->stop);\n', "not a plain store"),
    ('  self->stop = timestamp;\n  @Q[probefunc] = sum(self->stop);\n}\n'
     'syscall::read:return\n{\n  @R[probefunc] = sum(self->stop);\n', "another clause reads it"),
    ('  self->stop = self->stop + timestamp;\n  @Q[probefunc] = sum(self->stop);\n',
     "the store reads it"),
])
def test_a_thread_local_that_carries_a_value_stays_per_thread(clause, why):
    stp = translated("syscall:::return\n{\n" + clause + "}\n", "stap", "d")
    assert "stop[tid()]" in stp, why


def test_a_predicate_naming_it_keeps_it_per_thread():
    stp = translated('syscall:::return\n/self->stop == 0/\n{\n  self->stop = timestamp;\n'
                     '  @Q[probefunc] = sum(self->stop);\n}\n', "stap", "d")
    assert "stop[tid()]" in stp


def test_a_thread_local_freed_with_0_stays_per_thread():
    """D's `self->s = 0` frees a string thread-local (it reads "" after): the port
    deletes the element, which no stap local says."""
    stp = translated('BEGIN\n{\n  self->s = "hi";\n  printf("[%s]\\n", self->s);\n  self->s = 0;\n'
                     '  printf("[%s]\\n", self->s);\n  exit(0);\n}\n', "stap", "d")
    assert "delete s[tid()]" in stp


def test_a_thread_local_never_read_is_left_to_the_unread_stores():
    stp = translated('syscall::read:return\n{\n  self->stop = timestamp;\n  @Q[probefunc] = count();\n}\n',
                     "stap", "d")
    assert "stop" not in stp
