"""stap's ctime() printed, in a D port (frontends/d/ctime_date.py): D's %Y is the
nearest, a different text (year first, no weekday, local time), so a port refuses it
naming %Y, and with --force prints %Y of the time after a comment saying so."""

from __future__ import annotations

import time

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.ir.loc import XtraceError
from xtrace.ir.stapconst import call_value

SRC = ('global t = 1796605200\n'
       'probe begin {\n'
       '  printf("%-25s: x\\n", ctime(gettimeofday_s()))\n'
       '  printf("[%s]\\n", ctime(t))\n'
       '  exit()\n}\n')


def test_the_two_layouts_differ():
    # stap's ctime() (as xtrace folds it) and DTrace's %Y layout of one instant (UTC)
    secs = 1796605200
    assert call_value("ctime", [secs]) == "Mon Dec  7 01:00:00 2026"
    assert time.strftime("%Y %b %e %T", time.gmtime(secs)) == "2026 Dec  7 01:00:00"


def test_ctime_is_refused_with_the_nearest():
    with pytest.raises(XtraceError) as e:
        translate_text(SRC, "t.stp", "stap", "d")
    assert (e.value.loc.line, e.value.loc.col) == (3, 24)
    assert "function 'ctime' has no D equivalent; nearest: printf(\"%Y\", walltimestamp)" \
        in e.value.message and "Mon Dec  7 01:00:00 2026" in e.value.message


def test_force_prints_the_nearest_with_its_difference():
    gaps = Gaps(force=True)
    out = translate_text(SRC, "t.stp", "stap", "d", gaps=gaps)
    assert 'printf("%-25Y: x\\n", walltimestamp);' in out
    assert 'printf("[%Y]\\n", t * 1000000000);' in out
    assert out.count("xtrace --force: nearest equivalent") == 2 and "the year first, no weekday" in out
    assert len(gaps.found) == 2 and all(gaps.approximate(x) for x in gaps.found)


def test_a_cut_date_is_not_a_date():
    src = 'probe begin { printf("%.10s\\n", ctime(gettimeofday_s())) }'
    with pytest.raises(XtraceError, match="function 'ctime' has no D equivalent"):
        translate_text(src, "t.stp", "stap", "d")
