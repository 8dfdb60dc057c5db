"""stap's `errno_str(x) == "NAME"` in D and Vue ports: the comparison of the number
(frontends/errno_compare.py), which needs no table of names and stands in a clause's
predicate (timeout.stp); what cannot be so written is refused as the tapset
function it is, with the nearest form."""

from __future__ import annotations

import re

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError


def _d(body: str) -> str:
    src = f"global n, s = \"EAGAIN\"\nprobe syscall.futex.return {{\n  {body}\n}}\n"
    return translate_text(src, "t.stp", "stap", "d")


@pytest.mark.parametrize("cond, wanted", [
    ('errno_str(retval) == "ETIMEDOUT"', "/arg0 == -110 || arg0 == 110/"),
    ('"EAGAIN" == errno_str(retval)', "/arg0 == -11 || arg0 == 11/"),
    ('errno_str(retval) != "ENOENT"', "/arg0 != -2 && arg0 != 2/"),
])
def test_a_comparison_with_a_name_is_one_of_the_number(cond, wanted):
    out = _d(f"if ({cond}) n++")
    assert wanted in out and "errname" not in out


def test_a_comparison_in_the_body_is_of_the_number_too():
    out = _d('n++; if (errno_str(retval) == "ETIMEDOUT") n += 2')
    assert "if (arg0 == -110 || arg0 == 110)" in out and "errname" not in out


def test_vue_compares_the_number():
    src = 'global n\nprobe syscall.futex.return { if (errno_str(retval) == "ETIMEDOUT") n++ }\n'
    out = translate_text(src, "t.stp", "stap", "vue")
    assert re.search(r"when \(.*== -110 \|\| .*== 110\)", out) and "errname" not in out


def test_a_name_printed_still_reads_the_table():
    assert 'errname[' in _d('printf("%s\\n", errno_str(retval))')


@pytest.mark.parametrize("cond", ['errno_str(retval) == s', 'errno_str(retval) == "EFOO"'])
def test_a_comparison_left_a_call_is_refused_as_the_tapset_function(cond):
    with pytest.raises(XtraceError) as e:
        _d(f"if ({cond}) n++")
    msg = e.value.message
    assert "stap's tapset function errno_str()" in msg and "user-defined" not in msg
    assert "predicate" in msg and "retval == -110" in msg
    assert (e.value.loc.line, e.value.loc.col) == (3, 7)
