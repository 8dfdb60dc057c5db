"""translate --force: what the target cannot say becomes a marked comment, the
rest is translated, and the result still parses in the target language."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.ir.loc import XtraceError

ROOT = Path(__file__).resolve().parent.parent

CASES = [
    # (source file, target, where the gap is, what it says)
    ("examples/count.d", "vue", "count.d:3:5", "sorted aggregation table"),
    # argstr of pipe(2), the fd array its own code writes (one syscall's is written out)
    ("conformance/stap/sys_fd_calls.stp", "d", "sys_fd_calls.stp:33:82",
     "'argstr' has no D equivalent here (what pipe()'s argstr writes depends on the call's operation"),
    ("conformance/stap/autoprint.stp", "vue", "autoprint.stp:1:21", "end-of-run print of the array 'hits'"),
    ("conformance/d/exit_status.d", "stap", "exit_status.d:5:2", "exit with a status cannot be expressed"),
    # AIX's lbolt (ticks since boot): D and stap name no such count (jiffies starts
    # five minutes before wrapping, not at boot)
    ("conformance/vue/kernel_var_lbolt.e", "d", "kernel_var_lbolt.e:8:7",
     "built-in 'ticks' has no D equivalent"),
    ("conformance/vue/kernel_var_lbolt.e", "stap", "kernel_var_lbolt.e:8:7",
     "builtin 'ticks' cannot be expressed in stap"),
    ("conformance/vue/printf_date_A.e", "d", "printf_date_A.e:8:32", "Vue's printf %A (a timestamp as a date)"),
    ("conformance/vue/ptree_children.e", "stap", "ptree_children.e:7:2", "Vue's ptree() (the process tree)"),
    ("conformance/stap/perf_type_config.stp", "d", "perf_type_config.stp:6:7",
     "the perf event probe 'perf.type(1).config(2).sample(4)' cannot be expressed in D"),
    ("conformance/stap/perf_type_config.stp", "vue", "perf_type_config.stp:6:7",
     "perf event probes ('perf.type(1).config(2).sample(4)') cannot be expressed in Vue"),
    # a script function that cannot be written out in place (it recurses): each call's
    # statement is the gap, the rest translated (the whole script was refused before)
    ("conformance/stap/fn_factorial.stp", "d", "fn_factorial.stp:7:20",
     "D has no user-defined functions; function 'fact'"),
    ("conformance/stap/fn_factorial.stp", "vue", "fn_factorial.stp:7:20",
     "Vue has no user-defined functions; function 'fact'"),
]


@pytest.mark.parametrize("src, to, where, what", CASES, ids=[f"{c[0]}->{c[1]}" for c in CASES])
def test_force_marks_each_gap_and_the_rest_parses(src, to, where, what):
    path = ROOT / src
    lang = frontends.lang_for(path.name)
    with pytest.raises(XtraceError, match=what.replace("(", r"\(").replace(")", r"\)")):
        translate_text(path.read_text(), src, lang, to)
    gaps = Gaps(force=True)
    text = translate_text(path.read_text(), src, lang, to, gaps=gaps)
    assert gaps.found and what in gaps.found[0].message
    if gaps.approximate(gaps.found[0]):
        # its nearest code is printed, after a comment saying what differs
        marker = next(ln for ln in text.splitlines() if "xtrace --force: nearest equivalent" in ln)
        assert where in marker
    else:
        marker = next(ln for ln in text.splitlines() if "xtrace --force: not translated" in ln)
        assert where in marker and what in marker
    # the rest is real code of the target language
    target = {"d": "d", "stap": "stap", "stp": "stap", "vue": "vue"}[to]
    frontends.parse(text, "out" + {"d": ".d", "stap": ".stp", "vue": ".e"}[target], target)


def test_force_on_the_command_line_warns_on_stderr():
    r = subprocess.run([sys.executable, "-m", "xtrace.driver", "translate", "--force", "--to", "vue",
                        str(ROOT / "examples/count.d")], capture_output=True, text=True)
    assert r.returncode == 0, r.stderr
    assert "xtrace --force: nearest equivalent at" in r.stdout
    assert "warning: not translated exactly (its nearest equivalent is printed instead)" in r.stderr
    assert "count.d:3:5" in r.stderr
    r = subprocess.run([sys.executable, "-m", "xtrace.driver", "translate", "--to", "vue",
                        str(ROOT / "examples/count.d")], capture_output=True, text=True)
    assert r.returncode == 1 and "Traceback" not in r.stderr


# --------------------------------------------------------------------------
# Where the refusal names a nearest equivalent that is code of the target, --force
# prints that code after a comment saying what differs; the gap is still reported.

def _forced(source: str, name: str, to: str) -> tuple[str, Gaps]:
    lang = frontends.lang_for(name)
    with pytest.raises(XtraceError):
        translate_text(source, name, lang, to)  # without --force: the located error
    gaps = Gaps(force=True)
    text = translate_text(source, name, lang, to, gaps=gaps)
    frontends.parse(text, "out" + {"d": ".d", "stap": ".stp", "vue": ".e"}[to], to)
    return text, gaps


def test_d_count_table_prints_as_vue_print_sorted_by_value():
    text, gaps = _forced('syscall:::entry /execname == "ls"/ { @num[probefunc] = count(); }\n',
                         "c.d", "vue")
    assert text == """\
@@syscallx:*:*:entry
when (__pname == "ls")
{
    append(num[get_function()], 1);
}

@@END
{
    /* xtrace --force: nearest equivalent at c.d:1:38: D prints @num as a blank line, then one \
row per key: its keys in DTrace's columns and its count in %16d, sorted by value, ascending; \
Vue's print() shows a `[key] | value` header, then each key with the count, sum, min, max and avg \
of its list, sorted the same way */
    print(num, 0, SORT_BY_VALUE | SORT_TYPE_ASCEND | USE_LIST_COUNT);
}
"""
    assert len(gaps.found) == 1 and gaps.approximate(gaps.found[0])
    assert gaps.found[0].loc.line == 1 and "sorted aggregation table" in gaps.found[0].message


def test_d_printa_format_of_a_sum_sorts_vue_print_by_the_lists_sums():
    text, gaps = _forced("#pragma D option quiet\n"
                         "syscall::read:return /arg0 > 0/ { @bytes[execname, pid] = sum(arg0); }\n"
                         'END { printa("%-16s %6d %@10d\\n", @bytes); }\n', "s.d", "vue")
    end = text[text.index("@@END"):]
    assert end == """\
@@END
{
    /* xtrace --force: nearest equivalent at s.d:3:7: the script prints one row per key of \
'bytes' (its sum) with the format "%-16s %6d %10d\\n", sorted by value, ascending; Vue's print() \
shows a `[key] | value` header, then each key with the count, sum, min, max and avg of its list, \
sorted the same way */
    print(bytes, 0, SORT_BY_VALUE | SORT_TYPE_ASCEND | USE_LIST_SUM);
}
"""
    assert "per-element formatted aggregation print-out" in gaps.found[0].message


@pytest.mark.parametrize("func, stat", [("min", "MIN"), ("max", "MAX"), ("avg", "AVG")])
def test_d_tables_of_other_statistics_sort_by_that_statistic(func, stat):
    text, _ = _forced(f"syscall::read:entry {{ @a[execname] = {func}(arg2); }}\n", "t.d", "vue")
    assert f"    print(a, 0, SORT_BY_VALUE | SORT_TYPE_ASCEND | USE_LIST_{stat});\n" in text
    assert f"its {func} in %16d" in text


def test_d_keyed_quantize_and_lquantize_become_vue_ranges():
    text, gaps = _forced("syscall::read:entry { @q[execname] = quantize(arg2); "
                         "@l[execname] = lquantize(arg2, 0, 1000, 100); }\n", "q.d", "vue")
    assert text == """\
range_t q_range;
range_t l_range;
long long read(long long, long long, long long);

@@BEGIN
{
    set_range(q_range, POWER, 2);
    set_range(l_range, LINEAR, 0, 1000, 100);
}

@@syscall:*:read:entry
{
    qrange(q[__pname], q_range, __arg3);
    qrange(l[__pname], l_range, __arg3);
}

@@END
{
    /* xtrace --force: nearest equivalent at q.d:1:23: D prints each key of @q with its quantize() \
distribution as DTrace's value/Distribution/count rows, sorted by value; Vue's print() shows each \
key with a Range/Count table of the same slots, sorted by its number of values, and 0 and negative \
values, which D counts in rows of their own, are Vue's Others */
    print(q, 0, SORT_BY_VALUE | SORT_TYPE_ASCEND);
    /* xtrace --force: nearest equivalent at q.d:1:54: D prints each key of @l with its lquantize() \
distribution as DTrace's value/Distribution/count rows, sorted by value; Vue's print() shows each \
key with a Range/Count table of the same slots, sorted by its number of values, and the values \
below the base and from the limit on, which D shows in rows of their own, are Vue's Others */
    print(l, 0, SORT_BY_VALUE | SORT_TYPE_ASCEND);
}
"""
    assert [g.loc.col for g in gaps.found] == [23, 54] and all(gaps.approximate(g) for g in gaps.found)


def test_unkeyed_quantize_stays_a_gap():
    _, gaps = _forced("BEGIN { @ = quantize(1); exit(0); }\n", "u.d", "vue")
    assert gaps.found and not any(gaps.approximate(g) for g in gaps.found)


def test_stap_row_loop_over_an_array_prints_it_with_vue_print():
    text, gaps = _forced("global reads\nprobe syscall.read { reads[execname()] += 1 }\n"
                         'probe end { foreach (name in reads- limit 5) printf("%-16s %d\\n", name, '
                         "reads[name]) }\n", "m.stp", "vue")
    assert text[text.index("@@END"):] == """\
@@END
{
    __auto String name[128];
    /* xtrace --force: nearest equivalent at m.stp:3:13: the loop prints the first 5 elements of \
'reads' with the format "%-16s %d\\n", sorted by value, descending; Vue's print() shows a `[key] | \
value` header, then each key with its value, sorted the same way (equal values in ascending key \
order) */
    print(reads, 5, SORT_BY_VALUE | SORT_TYPE_DESCEND);
}
"""
    assert "nearest: print(a) of the array" in gaps.found[0].message


def test_stap_statistics_loop_prints_the_lists():
    text, _ = _forced("global a\nprobe syscall.read { a[execname()] <<< 1 }\n"
                      'probe end { foreach (k in a) printf("%s %d\\n", k, @count(a[k])) }\n',
                      "f.stp", "vue")
    assert "    print(a);\n" in text and "the count, sum, min, max and avg of its list" in text


def test_loop_printing_another_array_stays_a_gap():
    """print(a) would lose b's column: no nearest code."""
    text, gaps = _forced("global a, b\nprobe syscall.read { a[execname()]++; b[execname()] = pid() }\n"
                         'probe end { foreach (k in a-) printf("%s %d %d\\n", k, a[k], b[k]) }\n',
                         "f3.stp", "vue")
    assert "\n    print(" not in text and "xtrace --force: not translated at f3.stp:3:13" in text
    assert not gaps.approximate(gaps.found[0])


def test_no_nearest_print_of_an_array_whose_updates_were_gaps():
    """Vue's print() takes only an array used before it: when the probes that fill it
    could not be translated, the print stays a gap too."""
    src = ROOT / "conformance/stap/tracepoint_arg_positions.stp"
    gaps = Gaps(force=True)
    text = translate_text(src.read_text(), str(src), "stap", "vue", gaps=gaps)
    assert "\n    print(" not in text and not gaps.approximated
    frontends.parse(text, "out.e", "vue")


_RANGE = """range_t T;
@@BEGIN
{
\tset_range(T, LINEAR, 0, 40, 10);
\tqrange(a["x"], T, 5);
\tqrange(a["x"], T, 15);
\tqrange(a["y"], T, 25);
\tprint(a);
\texit();
}
"""


def test_vue_range_print_becomes_d_printa_of_the_lquantize():
    text, gaps = _forced(_RANGE, "r.e", "d")
    assert text == """\
#pragma D option quiet
#pragma D option aggsortkey

BEGIN
{
    @a["x"] = lquantize(5, 0, 40, 10);
    @a["x"] = lquantize(15, 0, 40, 10);
    @a["y"] = lquantize(25, 0, 40, 10);
    /* xtrace --force: nearest equivalent at r.e:8:2: Vue prints each key of 'a' with a \
Range/Count table (a row per slot, Others last); D's printa() prints each key's distribution in \
DTrace's value/Distribution/count layout, the linear slots as lquantize() rows (the Others as the \
rows below min and from max on) */
    printa(@a);
    exit(0);
}
"""
    assert gaps.approximate(gaps.found[0]) and "range_t distributions in 'a'" in gaps.found[0].message


def test_vue_string_range_names_its_slots_and_stap_prints_the_buckets():
    src = ROOT / "conformance/vue/range_strings.e"
    text, gaps = _forced(src.read_text(), "range_strings.e", "stap")
    assert ("the slots as the values of an lquantize() by slot number (0: read, write, open; "
            "1: close, foo1; 2: foo2;") in text
    assert "foreach ([key+] in calls_buckets)" in text and gaps.approximate(gaps.found[0])


def test_a_substitution_undone_with_its_piece_is_not_reported():
    """A piece that printed nearest code and then failed is one gap, not two."""
    gaps = Gaps(force=True)
    first, second = XtraceError("first"), XtraceError("second")

    def piece():
        assert gaps.substitute(first)
        raise second
    assert gaps.attempt(piece, lambda ex: ex.message) == "second"
    assert gaps.found == [second] and gaps.approximated == []
    assert not Gaps().substitute(first)


def test_vue_trace_prints_the_value_with_printf_in_d_and_its_dump_in_stap():
    src = ('String s[20];\nshort h;\n@@BEGIN\n{\n\ts = "hi";\n\th = -2;\n\ttrace(s);\n\ttrace(h);\n'
           "\texit();\n}\n")
    text, gaps = _forced(src, "t.e", "d")
    assert """\
    /* xtrace --force: nearest equivalent at t.e:7:2: Vue's trace() prints its characters (padded \
with zeros to the String's declared length) as a hex dump; this prints the value with printf's %s */
    printf("%s\\n", s);
    /* xtrace --force: nearest equivalent at t.e:8:2: Vue's trace() prints its 2 bytes (as they lie \
in memory, little-endian) as a hex dump; this prints the value with printf's %d */
    printf("%d\\n", h);
""" in text
    assert len(gaps.found) == 2 and all(gaps.approximate(g) for g in gaps.found)
    # stap builds the dump's text itself (print_hexdump): nothing to approximate
    gaps = Gaps(force=True)
    text = translate_text(src, "t.e", "vue", "stap", gaps=gaps)
    frontends.parse(text, "out.stp", "stap")
    assert ('    printf("%s", vue_trace_str(s, 20, 0))\n    printf("%s", vue_trace_str(s, 20, 16))\n'
            '    printf("%s", vue_trace_int(h, 2, 0))\n') in text, text
    assert not gaps.found


_ROWS = ("global s\nprobe syscall.read { s[execname(), pid()] <<< 1 }\n"
         'probe end { foreach ([e, p+] in s) printf("%s %d %d\\n", e, p, @count(s[e, p])) }\n')


def test_stap_row_loop_in_an_order_printa_lacks_becomes_printa_of_the_same_rows():
    text, gaps = _forced(_ROWS, "g.stp", "d")
    assert text == """\
#pragma D option quiet
#pragma D option aggsortkey

syscall::read:entry
{
    @s[execname, pid] = count();
}

END
{
    this->e = "";
    this->p = 0;
    /* xtrace --force: nearest equivalent at g.stp:3:13: the loop prints every row of 's' sorted by \
its key 'p', ascending; printa prints the same rows sorted by the keys from the first, ascending */
    printa("%s %d %@d\\n", @s);
}
"""
    assert "only printing every element of an aggregation, with printa" in gaps.found[0].message
    assert gaps.approximate(gaps.found[0])


@pytest.mark.parametrize("loop", [
    # the body does more than print the row
    'foreach (e in s) { printf("%s %d\\n", e, @count(s[e])); n += @count(s[e]) } printf("%d\\n", n)',
    # a column that is not the element's key or value
    'foreach (e in s) printf("%s %d %d\\n", e, @count(s[e]), @count(s[e]) * 2)',
])
def test_loops_printa_cannot_print_stay_gaps_in_d(loop):
    text, gaps = _forced("global s, n\nprobe syscall.read { s[execname()] <<< 1 }\n"
                         f"probe end {{ {loop} }}\n", "g2.stp", "d")
    assert "printa(" not in text and not gaps.approximated
    assert "xtrace --force: not translated at g2.stp:3:13" in text


def test_loop_over_an_array_of_set_values_stays_a_gap_in_d():
    """A D associative array cannot be walked and is no aggregation: no printa."""
    src = ROOT / "conformance/stap/foreach_tuple_value_sort.stp"
    text, gaps = _forced(src.read_text(), "foreach_tuple_value_sort.stp", "d")
    assert "printa(" not in text and not gaps.approximated


def test_stap_autoprint_of_an_array_becomes_vue_print_sorted_as_stap_sorts():
    src = ROOT / "conformance/stap/autoprint.stp"
    text, gaps = _forced(src.read_text(), "autoprint.stp", "vue")
    assert text.endswith("""\
    /* xtrace --force: nearest equivalent at autoprint.stp:1:21: stap prints each element of 'hits' \
as `hits[k]=v`, sorted by value, descending; Vue's print() shows a `[key] | value` header, then each \
key with its value, sorted the same way (equal values in ascending key order) */
    print(hits, 0, SORT_BY_VALUE | SORT_TYPE_DESCEND);
}
""")
    assert "end-of-run print of the array 'hits'" in gaps.found[0].message


def test_stap_autoprint_of_statistics_becomes_vue_print_of_the_lists():
    text, gaps = _forced("global s\nprobe syscall.read { s[execname()] <<< pid() }\n", "ap.stp", "vue")
    assert text.endswith("""\
    /* xtrace --force: nearest equivalent at ap.stp:1:8: stap prints one row per key of 's' as \
`s[k] @count=.. @min=.. @max=.. @sum=.. @avg=..`, sorted by value, descending; Vue's print() shows \
a `[key] | value` header, then each key with the count, sum, min, max and avg of its list, sorted \
the same way */
    print(s, 0, SORT_BY_VALUE | SORT_TYPE_DESCEND | USE_LIST_COUNT);
}
""")
    assert "SystemTap's aggregate print-out" in gaps.found[0].message


@pytest.mark.parametrize("src, name, lang, to, where", [
    ("@@syscallx64:$__CPID:kwrite:entry\n{\n\texit();\n}\n", "x.e", "vue", "stap", (1, 1)),
    ("@@syscallx64:$__CPID:kwrite:entry\n{\n\texit();\n}\n", "x.e", "vue", "d", (1, 1)),
    ('probe kernel.function("vfs_read") { exit() }\n', "k.stp", "stap", "vue", (1, 7)),
])
def test_a_forced_port_with_no_probe_left_is_no_port(src, name, lang, to, where):
    # every probe a gap: stap refuses a script without probes ("no probes found") and
    # in D or Vue it traces nothing, so --force refuses it, the first gap saying why
    gaps = Gaps(force=True)
    with pytest.raises(XtraceError, match="no probe of the script can be written in .*, even "
                       "with --force: ") as ei:
        translate_text(src, name, lang, to, gaps=gaps)
    assert (ei.value.loc.line, ei.value.loc.col) == where


def test_a_statistic_nothing_adds_to_reads_0_in_a_forced_vue_port():
    # its only updates are in optional probes that resolve to nothing: stap reads
    # @count as 0, and Vue has no list that nothing appends to (the port read
    # count(counts[0]) of an undeclared list, which does not compile)
    src = (ROOT / "conformance/stap/probe_optional_unresolved.stp").read_text()
    out = translate_text(src, "probe_optional_unresolved.stp", "stap", "vue", gaps=Gaps(force=True))
    frontends.parse(out, "back.e", "vue")
    assert 'printf("started, %d\\n", 0);' in out
    assert "nothing adds to 'counts'" in out
