"""The thirty-first real-script sample's fixes (docs/translate-real-scripts.md).

1. implicateorder/sysadmin-tools' sotop.d (the DTrace book's Chap6/sotop.d) says
   `setopt("aggsortpos", "4"); setopt("aggsortrev", "4");` right before its one
   printa of five aggregations, in the clause that prints every second: the rows
   always come by the fifth aggregation's value, largest first. The stap port
   refused the setopt ("setting a run-time option (setopt()) cannot be expressed
   in stap"), where a porter sorts the printa's row loop by @cpu, descending
   (ir/setopts.settled_sort_setopts)."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from xtrace.ir import setopts
from translating import translated

# the shape of sotop.d: counts per process, printed every second sorted by @cpu
SOTOP = ('#pragma D option quiet\n'
         'syscall::read:return { @rc[execname, pid] = count(); @rb[execname, pid] = sum(arg0); }\n'
         'profile:::profile-100hz { @cpu[execname, pid] = count(); }\n'
         'profile:::tick-1sec\n'
         '{\n'
         '  normalize(@rb, 1024);\n'
         '  setopt("aggsortpos", "2"); setopt("aggsortrev", "2");\n'
         '  printa(" %-16s %-8d %@8d %@10d %@8d\\n", @rc, @rb, @cpu);\n'
         '  trunc(@rc); trunc(@rb); trunc(@cpu);\n'
         '}\n')


def test_aggsortpos_and_a_numbered_aggsortrev_sort_the_stap_rows():
    stp = translated(SOTOP, "stap", "d")
    assert "setopt" not in stp
    # the loop that fills the rows takes @cpu's counts; the rows come largest first
    assert "printa_rows[comm, p] = @count(cpu[comm, p])" in stp
    assert "foreach ([comm, p] in printa_rows-)" in stp


def test_aggsortpos_alone_sorts_ascending():
    stp = translated(SOTOP.replace(' setopt("aggsortrev", "2");', ""), "stap", "d")
    assert "printa_rows[comm, p] = @count(cpu[comm, p])" in stp
    assert "foreach ([comm, p] in printa_rows+)" in stp


@pytest.mark.parametrize("value", ["yes", "On", "set", "4", "0x10"])
def test_toggle_values_dtrace_reads_as_on(value):
    assert setopts._turns_on(value)


@pytest.mark.parametrize("value", ["", "no", "unset", "false", "0", "x"])
def test_toggle_values_left_to_the_refusal(value):
    # "" and the negative words unset it; "0" sets it in DTrace but not in xtrace's
    # run; "x" is DTrace's "invalid option value"
    assert not setopts._turns_on(value)


def test_two_positions_keep_the_refusal():
    """The second printa would sort by another aggregation: no one order says both."""
    text = SOTOP.replace('  trunc(@rc);', '  setopt("aggsortpos", "0");\n'
                         '  printa(" %-16s %-8d %@8d %@10d %@8d\\n", @rc, @rb, @cpu);\n  trunc(@rc);')
    with pytest.raises(XtraceError, match="setopt"):
        translate_text(text, "t.d", "d", "stap")


def test_a_pragma_of_another_position_keeps_the_refusal():
    with pytest.raises(XtraceError, match="setopt"):
        translate_text("#pragma D option aggsortpos=1\n" + SOTOP, "t.d", "d", "stap")


def test_a_printa_before_the_setopt_keeps_the_refusal():
    text = SOTOP.replace('  setopt("aggsortpos", "2");',
                         '  printa(" %-16s %-8d %@8d %@10d %@8d\\n", @rc, @rb, @cpu);\n'
                         '  setopt("aggsortpos", "2");')
    with pytest.raises(XtraceError, match="setopt"):
        translate_text(text, "t.d", "d", "stap")

