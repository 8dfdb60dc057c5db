"""The stap port's divisor of an aggregation's print reads back in D as normalize()
and printa (frontends/d/normalize_back.py), only in the port's exact shape."""

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError

_PORT = """global sums
global sums_scale = 1  # normalize()'s divisor of sums

probe begin
{
    sums <<< 100
    sums_scale = 10
    exit()
}

probe end
{
    printf("\\n")
    if (@count(sums)) printf(" %16d\\n", @sum(sums) / sums_scale)
}
"""


def _to_d(src: str) -> str:
    return translate_text(src, "t.stp", "stap", "d")


def test_the_divisor_is_normalize_and_the_print_d_own_dump():
    text = _to_d(_PORT)
    assert "normalize(@sums, 10);" in text
    assert "sums_scale" not in text and "divisor" not in text
    # the print is D's own end-of-run dump of the aggregation: no END clause
    assert "END" not in text


def test_a_divisor_read_elsewhere_stays_a_variable():
    # (whose print reads the aggregation in an expression: refused, as before)
    src = _PORT.replace("    exit()\n", '    printf("%d\\n", sums_scale)\n    exit()\n')
    with pytest.raises(XtraceError, match="aggregat"):
        _to_d(src)


def test_a_divisor_not_starting_at_one_stays_a_variable():
    with pytest.raises(XtraceError, match="aggregat"):
        _to_d(_PORT.replace("sums_scale = 1 ", "sums_scale = 2 "))
