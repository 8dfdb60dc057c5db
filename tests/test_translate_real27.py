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
    assert "foreach ([c] in printa_rows-)" in stp


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


def test_an_unset_keeps_the_refusal():
    text = LOAD_DIST.replace('setopt("aggsortkey");', 'setopt("aggsortkey", "0");')
    with pytest.raises(XtraceError, match="setopt"):
        translate_text(text, "t.d", "d", "stap")
