"""Vue's print(a) of an associative array ported to stap and D, and read back.

Vue prints a `[key] | value` header and one row per element, the key text padded
to 32 columns (runtime/vueprint.format_vue_map). stap says it with a printf and a
foreach; D with a printf and a printa of the aggregation a counted array is
there. (That the ports print what Vue prints runs in the sandbox: conformance
vue/assoc_print*.e in the matrix.)"""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError

from translating import unwrapped


def _to(text: str, to: str) -> str:
    out = translate_text(text, "t.e", "vue", to)
    frontends.parse(out, "back." + ("stp" if to == "stap" else to), to)  # it parses
    return out


def _back(text: str, lang: str) -> str:
    return translate_text(text, "back." + ("stp" if lang == "stap" else lang), lang, "vue")


def _lines(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines()]


STORES = """@@BEGIN
{
	calls["sync"] = 3;
	calls["read"] = 12;
	print(calls);
	print(calls, 2, SORT_BY_VALUE | SORT_TYPE_DESCEND);
	print(calls, 0, SORT_BY_KEY | SORT_TYPE_DESCEND);
	exit();
}
"""


def test_stap_prints_the_header_and_a_foreach_in_the_print_order():
    out = _lines(_to(STORES, "stap"))
    assert out.count('printf("%-32s | value\\n", "[key]")') == 3
    i = out.index("foreach (k+ in calls)")
    assert out[i + 1] == 'printf("%-32s | %d\\n", k, calls[k])'
    # (by value through a copy stored in key order: Vue's order of a tie)
    assert "foreach (k+ in calls)" in out and "foreach (k in calls_by_key- limit 2)" in out
    assert "foreach (k- in calls)" in out


def test_stap_port_reads_back_as_the_vue_prints():
    back = _lines(_back(_to(STORES, "stap"), "stap"))
    assert back[-5:-1] == ["print(calls);", "print(calls, 2, SORT_BY_VALUE | SORT_TYPE_DESCEND);",
                           "print(calls, 0, SORT_BY_KEY | SORT_TYPE_DESCEND);", "exit();"]


MULTI = """@@BEGIN
{
	a[2]["b"] = 20;
	a[1]["z"] = 10;
	a[2]["a"] = 21;
	print(a);
	exit();
}
"""


def test_stap_joins_several_keys_and_sorts_them_column_by_column():
    out = _lines(_to(MULTI, "stap"))
    # a stable sort on the second key, then on the first: Vue's column-by-column order
    assert out[out.index("delete a_by_key") + 1:][:4] == [
        "foreach ([k1, k2+] in a)", "a_by_key[k1, k2] = a[k1, k2]",
        "foreach ([k1+, k2] in a_by_key)",
        'printf("%-32s | %d\\n", sprintf("%d, %s", k1, k2), a_by_key[k1, k2])']
    assert "global a_by_key" in out
    back = _back("\n".join(out), "stap")
    assert "print(a);" in back and "a_by_key" not in back


COUNTS = """@@syscall:*:read:entry
{
	n[__pname]++;
	bytes[__pname] += __arg3;
	fds[__arg1]++;
}
@@END
{
	print(n);
	print(bytes, 0, SORT_BY_VALUE | SORT_TYPE_DESCEND);
	print(fds, 5, SORT_BY_VALUE | SORT_TYPE_DESCEND);
}
"""


def test_d_prints_a_counted_array_with_printa_in_the_vue_layout():
    out = _to(COUNTS, "d")
    lines = _lines(out)
    assert "@n[execname] = count();" in lines and "@bytes[execname] = sum(arg2);" in lines
    assert lines.count('printf("%-32s | value\\n", "[key]");') == 3
    assert 'printa("%-32s | %@d\\n", @n);' in lines
    assert 'printa("%-32s | %@d\\n", @bytes);' in lines
    # an integer key in an integer column; the first 5 by value: trunc() before printa
    i = lines.index("trunc(@fds, 5);")
    assert lines[i + 1] == 'printa("%-32d | %@d\\n", @fds);'
    # key order for n, value order (reversed) for the others
    j = lines.index('printa("%-32s | %@d\\n", @n);')
    assert lines[j - 2:j] == ['setopt("aggsortkey");', 'setopt("aggsortrev", "unset");']


def test_d_port_reads_back_as_the_counted_vue_array():
    back = _lines(_back(_to(COUNTS, "d"), "d"))
    assert "n[__pname]++;" in back and "bytes[__pname] += __arg3;" in back
    assert back[-4:-1] == ["print(n);", "print(bytes, 0, SORT_BY_VALUE | SORT_TYPE_DESCEND);",
                           "print(fds, 5, SORT_BY_VALUE | SORT_TYPE_DESCEND);"]


@pytest.mark.parametrize("script, words", [
    (STORES, [(5, 2), "D cannot walk an array", "not only counted",
              'printa("%-32s | %@d\\n", @calls)']),
    (MULTI.replace("= 20", "+= 20").replace("= 10", "+= 10").replace("= 21", "+= 21"),
     [(6, 2), "joins the 2 keys", 'printa("%d, %s | %@d\\n", @a)']),
    ('@@BEGIN { b["x"]++; b["y"]++; }\n@@END { print(b, 1, SORT_BY_KEY); }\n',
     [(2, 9), "sorted by key", "keeps the N largest values"]),
])
def test_d_refuses_what_printa_cannot_print_naming_the_nearest(script, words):
    with pytest.raises(XtraceError) as e:
        translate_text(script, "t.e", "vue", "d")
    where, *words = words
    assert (e.value.loc.line, e.value.loc.col) == where  # file:line:col of the print
    for w in words:
        assert w in str(e.value)


LISTS = """@@BEGIN
{
	append(lat["read"], 10);
	append(lat["read"], 30);
	append(lat["write"], 5);
	print(lat);
	print(lat, 1, SORT_BY_VALUE | SORT_TYPE_DESCEND | USE_LIST_SUM);
	exit();
}
"""


def test_stap_prints_a_list_per_key_as_its_five_statistics():
    out = _lines(unwrapped(_to(LISTS, "stap")))
    assert out.count('printf("%-32s | %10s %10s %10s %10s %10s\\n", "[key]", "count", "sum", '
                     '"min", "max", "avg")') == 2
    row = ('printf("%-32s | %10d %10d %10d %10d %10d\\n", k, @count(lat[k]), @sum(lat[k]), '
           '@min(lat[k]), @max(lat[k]), @avg(lat[k]))')
    assert out[out.index("foreach (k+ in lat)") + 1] == row
    assert out[out.index("foreach (k in lat @sum- limit 1)") + 1] == row
    back = _lines(_back("\n".join(out), "stap"))
    assert "print(lat);" in back
    assert "print(lat, 1, SORT_BY_VALUE | SORT_TYPE_DESCEND | USE_LIST_SUM);" in back


def test_d_prints_lists_in_key_order_as_one_printa_of_each_statistic():
    out = _lines(unwrapped(_to(LISTS.replace("\tprint(lat, 1, SORT_BY_VALUE | SORT_TYPE_DESCEND | "
                                             "USE_LIST_SUM);\n", ""), "d")))
    assert ('printa("%-32s | %@10d %@10d %@10d %@10d %@10d\\n", @lat_count, @lat_sum, @lat_min, '
            '@lat_max, @lat_avg);') in out


def test_d_refuses_the_first_rows_of_lists_at_the_print():
    with pytest.raises(XtraceError, match="trunc\\(\\) keeps the first rows of one aggregation") as e:
        translate_text(LISTS, "t.e", "vue", "d")
    assert (e.value.loc.line, e.value.loc.col) == (7, 2)


def test_vue_prints_its_own_list_prints():
    out = _lines(translate_text(LISTS, "t.e", "vue", "vue"))
    assert "print(lat);" in out
    assert "print(lat, 1, SORT_BY_VALUE | SORT_TYPE_DESCEND | USE_LIST_SUM);" in out


def test_quantize_of_an_array_is_refused_in_stap_naming_the_nearest():
    with pytest.raises(XtraceError, match="quantize\\(a\\).*@hist_log"):
        translate_text('@@BEGIN { a["x"] = 4; quantize(a); }\n', "t.e", "vue", "stap")


def test_stap_prints_string_values_and_integer_keys_in_their_conversions():
    out = _lines(_to('@@BEGIN { who["a"] = "alpha"; fd[10] = 3; print(who); '
                     'print(fd, 0, SORT_BY_KEY | SORT_TYPE_DESCEND); }\n', "stap"))
    assert 'printf("%-32s | %s\\n", k, who[k])' in out
    # stap types a local once per probe: the integer key gets a loop variable of its own
    assert out[out.index("foreach (k2- in fd)") + 1] == 'printf("%-32d | %d\\n", k2, fd[k2])'


def test_the_sorted_copy_takes_a_name_no_global_has():
    out = _to(MULTI.replace("print(a);", "a_by_key = 1;\n\tprint(a);"), "stap")
    assert "global a_by_key2" in out and "delete a_by_key2" in out
