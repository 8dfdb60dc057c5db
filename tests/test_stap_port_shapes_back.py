"""What a D or Vue port writes for a stap construct it has no words for reads back in
stap as that construct, only in the port's exact shape: a companion array of the
keys another holds is `k in a` (frontends/stap/print_presence.py), a sum() of an
array's values beside it is stap's auto-print of the array
(frontends/stap/print_printedvalues.py)."""

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError


def _to_stap(src: str, lang: str = "d") -> str:
    return translate_text(src, "t." + ("d" if lang == "d" else "e"), lang, "stap")


_COMPANION = """#pragma D option quiet
int64_t a[int64_t];
int a_in[int64_t];
BEGIN
{
    a[1] = 0;
    /* a_in: 1 while a holds the key (stap's `in`; a may hold 0, as a missing key reads) */
    a_in[1] = 1;
    a[2] = 5;
    a_in[2] = 1;
    a[2] = 0;
    a_in[2] = 0;
    printf("%d %d %d\\n", a_in[1], a_in[2], a[1]);
    exit(0);
}
"""


def test_a_companion_array_of_the_keys_is_membership_and_d_store_of_zero_a_store():
    text = _to_stap(_COMPANION)
    assert "a_in" not in text
    # D's `a[1] = 0` deletes, but the companion says the key stays: stap's store of 0
    assert "a[1] = 0" in text and "delete a[2]" in text
    assert 'printf("%d %d %d\\n", 1 in a, 2 in a, a[1])' in text


def test_a_companion_in_vue_too():
    src = ("@@BEGIN\n{\n    a[1] = 0;\n    a_in[1] = 1;\n    delete(a, 1);\n    delete(a_in, 1);\n"
           "    a[2] = 3;\n    a_in[2] = 1;\n    printf(\"%d %d\\n\", a_in[1], a_in[2]);\n    exit();\n}\n")
    text = _to_stap(src, "vue")
    assert "a_in" not in text and 'printf("%d %d\\n", 1 in a, 2 in a)' in text


def test_a_store_the_companion_does_not_follow_keeps_it():
    # a[3] = 7 has no companion store: a_in[3] is 0 where stap's `3 in a` would be 1
    src = _COMPANION.replace("    printf(", "    a[3] = 7;\n    printf(")
    assert "a_in" in _to_stap(src)


def test_a_companion_store_of_another_key_keeps_it():
    src = _COMPANION.replace("a[2] = 5;\n    a_in[2] = 1;", "a[2] = 5;\n    a_in[9] = 1;")
    assert "a_in" in _to_stap(src)


_VALUES = """#pragma D option quiet
#pragma D option aggsortrev
int64_t hits[string];
BEGIN
{
    @hits_values["a"] = sum(5 - hits["a"]);
    hits["a"] = 5;
    @hits_values["b"] = sum(1);
    hits["b"]++;
    @hits_values["z"] = sum(0 - hits["z"]);
    hits["z"] = 0;
    exit(0);
}
END
{
    printa("hits[\\"%s\\"]=0x%@x\\n", @hits_values);
}
"""


def test_a_sum_of_an_arrays_values_printed_in_stap_layout_is_the_auto_print():
    text = _to_stap(_VALUES)
    assert "hits_values" not in text and "probe end" not in text
    # D's store of 0 after its update: stap's store of 0 (printed hits["z"]=0x0)
    assert 'hits["a"] = 5' in text and 'hits["b"]++' in text and 'hits["z"] = 0' in text


def test_a_sum_whose_update_is_not_the_stores_change_stays():
    src = _VALUES.replace('sum(5 - hits["a"])', 'sum(6 - hits["a"])')
    assert "hits_values" in _to_stap(src)


def test_a_sum_printed_in_another_order_stays():
    # without aggsortrev the rows come smallest first, which stap's auto-print does not
    src = _VALUES.replace("#pragma D option aggsortrev\n", "")
    assert "hits_values" in _to_stap(src)


_KEYED = """#pragma D option quiet
#pragma D option aggsortkey
BEGIN
{
    @t_count["a"] = count();
    @t_sum["a"] = sum(10);
    @t_count["b"] = count();
    @t_sum["b"] = sum(7);
    printa("%s %@d %@d\\n", @t_count, @t_sum);
    exit(0);
}
"""


def test_per_statistic_aggregations_with_keys_are_one_statistics_array_and_its_loop():
    text = _to_stap(_KEYED)
    assert 't["a"] <<< 10' in text and "t_count" not in text and "printa_rows" not in text
    assert 'foreach (key+ in t)' in text
    assert 'printf("%s %d %d\\n", key, @count(t[key]), @sum(t[key]))' in text


def test_per_statistic_aggregations_given_different_values_stay_apart():
    assert "t_count" in _to_stap(_KEYED.replace("sum(7)", "sum(7);\n    @t_sum[\"c\"] = sum(1)"))


def test_their_printa_in_stap_auto_print_layout_is_the_auto_print():
    src = _KEYED.replace("aggsortkey", "aggsortrev").replace(
        'printa("%s %@d %@d\\n", @t_count, @t_sum);\n    exit(0);\n}',
        'exit(0);\n}\nEND\n{\n    printa("t[\\"%s\\"] @count=%@d @min=%@d @max=%@d @sum=%@d @avg=%@d\\n",'
        ' @t_count, @t_min, @t_max, @t_sum, @t_avg);\n}')
    for stat in ("min", "max", "avg"):
        src = src.replace('@t_sum["a"] = sum(10);', f'@t_sum["a"] = sum(10);\n    @t_{stat}["a"] = {stat}(10);')
        src = src.replace('@t_sum["b"] = sum(7);', f'@t_sum["b"] = sum(7);\n    @t_{stat}["b"] = {stat}(7);')
    text = _to_stap(src)
    assert 't["b"] <<< 7' in text and "probe end" not in text and "foreach" not in text


_TWO = """#pragma D option quiet
BEGIN
{
    @a = avg(1);
    @b = max(-1);
    printa("%@d %@d\\n", @a, @b);
    exit(0);
}
"""


def test_a_printa_of_two_arrays_statistics_holding_values_is_their_printf():
    text = _to_stap(_TWO)
    assert 'printf("%d %d\\n", @avg(a), @max(b))' in text


def test_one_that_may_be_empty_is_refused_as_before():
    # @b may hold nothing there: stap's @max would fault where printa prints nothing
    src = ("#pragma D option quiet\ntick-1s\n{\n    @b = max(-1);\n}\n"
           + _TWO.replace("#pragma D option quiet\n", "").replace("    @b = max(-1);\n", ""))
    with pytest.raises(XtraceError, match="without keys"):
        _to_stap(src)


def test_the_auto_print_row_of_a_statistics_array_holding_values_is_the_auto_print():
    stats = ("count", "min", "max", "sum", "avg")
    ups = "".join(f"    @s_{st} = {st}({'' if st == 'count' else '3'});\n" for st in stats)
    row = "s" + "".join(f" @{st}=%@d" for st in stats) + "\\n"
    src = ("#pragma D option quiet\nBEGIN\n{\n" + ups + "    exit(0);\n}\nEND\n{\n"
           f'    printa("{row}", ' + ", ".join(f"@s_{st}" for st in stats) + ");\n}\n")
    text = _to_stap(src)
    assert "s <<< 3" in text and "probe end" not in text
    # filled only in a clause that may never fire: the row under its test, not the auto-print
    later = src.replace("BEGIN\n{\n" + ups, "tick-1s\n{\n" + ups)
    assert "if (@count(s) > 0)" in _to_stap(later)


# the D printer's setopt()s of each printa's own order (frontends/d/printer.py
# _order_options), from stap's foreach loops sorted differently
_PER_PRINTA = """#pragma D option quiet
BEGIN
{
    @a[10] = sum(1);
    @a[-5] = sum(2);
    setopt("aggsortkey");
    setopt("aggsortrev", "unset");
    printa("%d ", @a);
    setopt("aggsortkey", "unset");
    setopt("aggsortrev");
    printa("%@d ", @a);
    exit(0);
}
"""


def test_each_printa_s_own_sort_setopts_are_its_foreach_s_order():
    stp = _to_stap(_PER_PRINTA)
    assert ("    foreach ([key+] in a)\n        printf(\"%d \", key)\n"
            "    foreach ([key] in a @sum-)\n        printf(\"%d \", @sum(a[key]))\n") in stp, stp
    assert "setopt" not in stp


@pytest.mark.parametrize("change", [
    # a printa without them sorts as the setopt() that ran last left the options
    lambda s: s.replace('    setopt("aggsortkey", "unset");\n    setopt("aggsortrev");\n', ""),
    # one toggle of two said: the other is what ran before
    lambda s: s.replace('    setopt("aggsortrev");\n', ""),
    # an aggregation no printa surely prints a row of is dumped at exit, in the order
    # the last setopt() left
    lambda s: s.replace("    exit(0);\n", "    exit(0);\n}\ntick-1s\n{\n    @b = count();\n"),
    # a sort option a pragma sets (aggsortkeypos: by another key column)
    lambda s: "#pragma D option aggsortkeypos=1\n" + s,
])
def test_sort_setopts_not_of_each_printa_stay_refused(change):
    with pytest.raises(XtraceError, match="setopt"):
        _to_stap(change(_PER_PRINTA))
