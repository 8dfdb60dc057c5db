"""The stap port's words for D's normalize() and trunc() read back in D as those
(frontends/d/normalize_back.py, trunc_back.py), only in the port's exact shape."""

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


def _divided_by_a_variable(text: str) -> bool:
    # (the statistics read in an expression are plain D arrays, ir/statvalues.py; refused
    # before branch statsplit2): no normalize()
    return ("normalize(" not in text.replace("normalize()'s", "") and "sums_sum += 100;" in text
            and "if (sums_count)" in text and "sums_sum / sums_scale" in text)


def test_a_divisor_read_elsewhere_stays_a_variable():
    src = _PORT.replace("    exit()\n", '    printf("%d\\n", sums_scale)\n    exit()\n')
    assert _divided_by_a_variable(_to_d(src))


def test_a_divisor_not_starting_at_one_stays_a_variable():
    assert _divided_by_a_variable(_to_d(_PORT.replace("sums_scale = 1 ", "sums_scale = 2 ")))


_TRUNC = """global sums
global trunc_gone  # the elements trunc() removes

probe begin
{
    sums["a"] <<< 3
    sums["b"] <<< 1
    sums["c"] <<< 2
    kept = 0
    foreach ([key] in sums @sum-)
        if (kept++ >= 2)
            trunc_gone[key] = 1
    foreach ([key] in trunc_gone)
        delete sums[key]
    delete trunc_gone
    exit()
}

probe end
{
    printf("\\n")
    foreach ([key] in sums @sum+)
        printf("  %-50s %16d\\n", key, @sum(sums[key]))
}
"""


def test_the_loops_keeping_the_largest_rows_are_trunc():
    text = _to_d(_TRUNC)
    assert "trunc(@sums, 2);" in text
    assert "trunc_gone" not in text and "kept" not in text and "removes" not in text


def test_the_loops_keeping_the_smallest_rows_are_trunc_of_minus_n():
    assert "trunc(@sums, -2);" in _to_d(_TRUNC.replace("@sum-)", "@sum+)"))


def test_a_counter_read_after_the_loops_keeps_them():
    src = _TRUNC.replace("    exit()\n", '    printf("%d\\n", kept)\n    exit()\n')
    with pytest.raises(XtraceError, match="loop"):
        _to_d(src)


def test_loops_sorted_on_another_statistic_keep_them():
    with pytest.raises(XtraceError, match="loop|statistic"):
        _to_d(_TRUNC.replace("@sum-)", "@count-)"))


_JOINED = """global n
global t
global printa_rows  # printa()'s joined rows, while printing

probe begin
{
    n["x"] <<< 1
    n["y"] <<< 1
    t["x"] <<< 5
    t["z"] <<< 7
    foreach ([key] in t)
        printa_rows[key] = 0
    foreach ([key] in n)
        printa_rows[key] = @count(n[key])
    foreach ([key] in printa_rows+)
        printf("%s %d %d\\n", key, @count(n[key]), key in t ? @sum(t[key]) : 0)
    delete printa_rows
    exit()
}
"""


def test_the_joined_rows_are_printa_of_the_aggregations():
    text = _to_d(_JOINED)
    assert 'printa("%s %@d %@d\\n", @n, @t);' in text
    assert "@t[\"x\"] = sum(5);" in text and "printa_rows" not in text and "joined rows" not in text


def test_joined_rows_sorted_by_key_descending_keep_that_order():
    text = _to_d(_JOINED.replace("[key] in printa_rows+", "[key-] in printa_rows"))
    assert 'printa("%s %@d %@d\\n", @n, @t);' in text
    assert "aggsortkey" in text and "aggsortrev" in text


def test_a_row_printing_another_value_keeps_the_loops():
    src = _JOINED.replace("key in t ? @sum(t[key]) : 0", "key in t ? @sum(t[key]) : 1")
    with pytest.raises(XtraceError, match="loop"):
        _to_d(src)


def _port(d_src: str) -> str:
    return translate_text(d_src, "t.d", "d", "stap")


_HIST = """#pragma D option quiet
BEGIN
{
    @lat["a"] = lquantize(3, 0, 10, 2);
    @lat["b"] = lquantize(11, 0, 10, 2);
    @ = quantize(5);
    exit(0);
}
"""


def test_the_ports_histograms_are_the_d_aggregations_again():
    text = _to_d(_port(_HIST))
    assert '@lat["a"] = lquantize(3, 0, 10, 2);' in text and "@ = quantize(5);" in text
    # D prints them itself at the end: no END clause, no helper left
    assert "END" not in text and "bucket" not in text and "distribution" not in text


def test_a_helper_changed_keeps_the_histogram_apart():
    port = _port(_HIST).replace("return v < 0 ? -b : b", "return v < 0 ? -b : b + 1")
    with pytest.raises(XtraceError):
        _to_d(port)
