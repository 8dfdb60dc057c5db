"""D -> Vue ports of keyed aggregations that hold one row (frontends/vue/onekey.py,
ir/onekey.py), D's trunc(@a) as Vue's clear(a), and the refusals left naming the
nearest Vue form; each port read back to the D it came from (listprints.py)."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends.vue import onekey
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError


def vue(src: str) -> str:
    return translate_text(src, "t.d", "d", "vue")


def back(src: str) -> str:
    """The D of the Vue port of `src`."""
    return translate_text(vue(src), "t.e", "vue", "d")


ONE_KEY = """#pragma D option quiet
BEGIN
{
\t@c["only"] = count();
\t@c["only"] = count();
\tprinta(@c);
\tprinta("%s=%@d\\n", @c);
\texit(0);
}
"""


def test_one_constant_key_prints_its_row_in_dtraces_columns():
    port = vue(ONE_KEY)
    # printa(@c): the blank line, then the row, only when the key has a value
    assert ('printf("\\n");\n    if (count(c["only"]) > 0)\n'
            '        printf("  %-50s %16d\\n", "only", count(c["only"]));') in port, port
    # a format's plain %s of the key is written into the format, as a person writes it
    assert 'printf("only=%d\\n", count(c["only"]));' in port, port
    assert "print(c" not in port


def test_one_constant_key_reads_back_as_the_printas():
    d = back(ONE_KEY)
    assert "printa(@c);" in d and 'printa("%s=%@d\\n", @c);' in d, d
    assert "if (" not in d and "count(c" not in d


def test_integer_key_takes_its_types_column():
    src = "#pragma D option quiet\nBEGIN\n{\n\t@s[7] = sum(3);\n\tprinta(@s);\n\texit(0);\n}\n"
    port = vue(src)
    assert 'printf(" %8d %16d\\n", 7, sum(s[7]));' in port, port
    assert "printa(@s);" in back(src)


def test_the_exit_dump_prints_the_blank_line_only_with_the_row():
    src = ("#pragma D option quiet\ntick-1h\n{\n\t@never[\"never\"] = count();\n\t@nokey = sum(1);\n}\n"
           "BEGIN\n{\n\t@has[\"has\"] = count();\n\texit(0);\n}\n")
    port = vue(src)
    # (three aggregations in the dump: its one blank line by the first with a row)
    assert ('    if (count(never["never"]) > 0)\n    {\n        if (!dumped++)\n'
            '            printf("\\n");\n'
            '        printf("  %-50s %16d\\n", "never", count(never["never"]));\n    }\n') in port, port
    # Vue declares the list without keys first; D's dump goes by the D text's order,
    # so the way back is D's own dump again, no END clause
    d = back(src)
    assert "END" not in d and "printa" not in d, d


@pytest.mark.parametrize("updates", [
    '\t@c["a"] = count();\n\t@c["b"] = count();\n',   # two keys: rows to sort
    "\t@c[execname] = count();\n",                     # a key known only at run time
])
def test_aggregations_of_more_rows_stay_refused(updates):
    src = f"#pragma D option quiet\nBEGIN\n{{\n{updates}\tprinta(@c);\n\texit(0);\n}}\n"
    with pytest.raises(XtraceError, match="sorted aggregation table"):
        vue(src)


def test_trunc_of_the_whole_aggregation_is_clear():
    src = ("#pragma D option quiet\nBEGIN\n{\n\t@c[\"k\"] = count();\n\tprinta(@c);\n\ttrunc(@c);\n"
           "\t@n = count();\n\ttrunc(@n);\n\texit(0);\n}\n")
    port = vue(src)
    assert "clear(c);" in port and "n = list();" in port, port
    d = back(src)
    assert "trunc(@c);" in d and "trunc(@n);" in d, d


@pytest.mark.parametrize("stmt, nearest", [
    ("trunc(@c, 1);", "print(a, N, SORT_BY_VALUE | SORT_TYPE_DESCEND)"),
    ("clear(@c);", "clear(a), which takes the keys away too"),
    ("normalize(@c, 2);", "a printf of each value divided where it is printed"),
])
def test_refused_aggregation_changes_name_the_nearest(stmt, nearest):
    src = f"#pragma D option quiet\nBEGIN\n{{\n\t@c[\"k\"] = count();\n\t{stmt}\n\texit(0);\n}}\n"
    with pytest.raises(XtraceError) as ei:
        vue(src)
    assert "cannot be expressed in Vue; nearest: " + nearest in ei.value.message


def test_a_read_of_the_keys_list_elsewhere_is_left_as_written():
    # a native script's own read of the statistic is no print of the aggregation
    src = """@@BEGIN
{
    append(c["k"], 1);
    if (count(c["k"]) > 0)
        printf("  %-50s %16d\\n", "k", count(c["k"]));
    printf("%d\\n", sum(c["k"]));
}
"""
    with pytest.raises(XtraceError, match="reading an aggregation value"):
        translate_text(src, "t.e", "vue", "d")


def test_unfolded_takes_the_keys_literals_back_out_of_the_format():
    k = [ir.StrLit("rd"), ir.IntLit(3)]
    v = ir.AggRead("a", k, "sum")
    # the value after the keys (D's order), the string key folded into the format
    assert onekey.unfolded("rd %d: %d\n", [ir.IntLit(3), v], k) == ("%s %d: %d\n", [*k, v])
    # the value first (printa's %@), a % of the key doubled in the format
    k2 = [ir.StrLit("5%")]
    v2 = ir.AggRead("a", k2, "count")
    assert onekey.unfolded("%d 5%%\n", [v2], k2) == ("%d %s\n", [v2, *k2])
    assert onekey.unfolded("other %d\n", [v2], k2) is None


def test_row_args_follow_printas_order():
    k = [ir.StrLit("x")]
    v = ir.AggRead("a", k, "count")
    assert onekey.row_args("%s %@d\n", k, v) == ("%s %d\n", [k[0], v])
    assert onekey.row_args("%@d %s\n", k, v) == ("%d %s\n", [v, k[0]])
    assert onekey.row_args("%s\n", k, v) is None     # the keys alone: no value to read back by
    assert onekey.row_args("%s %d %d\n", k, v) is None


def stap_vue(src: str) -> str:
    return translate_text(src, "t.stp", "stap", "vue")


def test_stap_autoprint_of_a_statistic_filled_by_begin_is_its_row():
    src = "global s\nprobe begin {\n\ts <<< 1; s <<< 3\n\texit()\n}\n"
    port = stap_vue(src)
    assert ('printf("s @count=%d @min=%d @max=%d @sum=%d @avg=%d\\n", count(s), min(s),\n'
            '           max(s), sum(s), avg(s));') in port, port
    assert "if (" not in port
    # back in stap: its own auto-print again, no end probe
    assert "probe end" not in translate_text(port, "t.e", "vue", "stap")


def test_stap_autoprint_of_a_statistic_that_may_be_empty_says_its_count_of_0x0():
    src = "global s, n\nprobe begin {\n\tif (n)\n\t\ts <<< 1\n\tn = 3\n\texit()\n}\n"
    port = stap_vue(src)
    assert ('    if (count(s) > 0)\n        printf("s @count=%d @min=%d @max=%d @sum=%d @avg=%d\\n",'
            in port), port
    assert '    else\n        printf("s @count=0x0\\n");' in port, port
    assert "probe end" not in translate_text(port, "t.e", "vue", "stap")


def test_stap_autoprint_of_a_keyed_statistic_stays_refused():
    src = 'global s\nprobe begin {\n\ts["a"] <<< 1; s["b"] <<< 2\n\texit()\n}\n'
    with pytest.raises(XtraceError, match="aggregate print-out.*nearest: print"):
        stap_vue(src)


@pytest.mark.parametrize("src, lang, nearest", [
    ("global s\nprobe begin { s <<< 1; print(@hist_log(s)); exit() }\n", "stap",
     "set_range(T, POWER, 2) in @@BEGIN"),
    ("global s\nprobe begin { s <<< 1; print(@hist_linear(s, 0, 100, 10)); exit() }\n", "stap",
     "set_range(T, LINEAR, start, stop, interval) in @@BEGIN"),
    ("BEGIN { exit(3); }\n", "d", "nearest: exit(), which ends the session with status 0"),
    ("syscall::read:entry { ustack(); }\n", "d",
     "nearest: stktrace(PRINT_SYMBOLS | GET_USER_TRACE, -1)"),
    ("global s\nprobe begin { s <<< 1; printf(\"%d\\n\", @variance(s)); exit() }\n", "stap",
     "nearest: none (a list keeps no sum of squares)"),
])
def test_refusals_left_name_the_nearest_vue(src, lang, nearest):
    with pytest.raises(XtraceError) as ei:
        translate_text(src, "t." + ("d" if lang == "d" else "stp"), lang, "vue")
    assert nearest in ei.value.message, ei.value.message


def test_a_dump_of_several_one_key_rows_prints_one_blank_line():
    """dtrace's exit dump prints one blank line before its rows, none between two
    aggregations: one-key rows count among the dump's several (the first with a row
    prints it, as the keyless ones), and the way back is D's own dump."""
    src = ('#pragma D option quiet\n'
           'BEGIN { @a["x"] = count(); @b["y"] = sum(5); @c = count(); exit(0); }\n')
    vue = translate_text(src, "t.d", "d", "vue")
    assert vue.count('printf("\\n");') == 3 and vue.count("if (!dumped++)") == 3, vue
    assert 'printf("\\n  %-50s' not in vue, vue
    assert translate_text(vue, "t.e", "vue", "d") == src.replace(
        "BEGIN { ", "\nBEGIN\n{\n    ").replace("; @", ";\n    @").replace(
        "; exit(0); }\n", ";\n    exit(0);\n}\n"), translate_text(vue, "t.e", "vue", "d")
