"""The Vue printer's print of a list (D's printa) read back by the Vue frontend
(frontends/vue/listprints.py), the guard it leaves out where the clause has
appended to the list (frontends/vue/listfill.py), and the idioms that stay as
written."""

from __future__ import annotations

from xtrace.driver.translate import _translation_target, translate_text
from xtrace.frontends.vue import parse
from xtrace.ir import nodes as ir


def stmts(src: str, clause: int = 0) -> list[ir.Stmt]:
    return parse(src, "t.e").probes[clause].body.stmts


def prints(src: str) -> list[ir.PrintAgg]:
    prog = parse(src, "t.e")
    return [x for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.PrintAgg)]


def test_guarded_printf_reads_as_printa_with_its_format():
    got = stmts("__list l;\n@@BEGIN { append(l, 1); }\n"
                "@@END { printf(\"a\\n\"); if (count(l) > 0) printf(\"total %d\\n\", sum(l)); }", 1)
    assert isinstance(got[1], ir.PrintAgg)
    assert (got[1].agg, got[1].layout, got[1].fmt, got[1].value_func) == \
        ("l", "format", "total %@d\n", "sum")


def test_blank_line_and_row_read_as_the_end_layout():
    got = stmts("__list l;\n@@BEGIN { append(l, 4); }\n"
                "@@END { printf(\"\\n\"); if (count(l) > 0) printf(\" %16d\\n\", avg(l)); }", 1)
    assert len(got) == 1 and isinstance(got[0], ir.PrintAgg)
    assert (got[0].layout, got[0].value_func) == ("dtrace", "avg")


def test_clause_whose_body_is_the_guarded_print():
    prog = parse("__list l;\n@@BEGIN { append(l, 4); }\n"
                 "@@END { if (count(l) > 0) printf(\"%d\\n\", max(l)); }", "t.e")
    end = prog.probes[1]
    assert end.predicate is None
    assert [type(s) for s in end.body.stmts] == [ir.PrintAgg]


def test_near_misses_stay_as_written():
    near = [
        # another guard
        "@@END { if (count(l) > 1) printf(\"%d\\n\", sum(l)); }",
        # an else
        "@@END { if (count(l) > 0) printf(\"%d\\n\", sum(l)); else printf(\"none\\n\"); }",
        # two statistics of the list
        "@@END { if (count(l) > 0) printf(\"%d\\n\", sum(l)); if (count(l) > 0) printf(\"%d\\n\", max(l)); }",
        # the list read elsewhere
        "@@END { if (count(l) > 0) printf(\"%d\\n\", sum(l)); printf(\"%d\\n\", count(l)); }",
        # two conversions, or one that is no integer's
        "@@END { if (count(l) > 0) printf(\"%d %d\\n\", sum(l), 1); }",
        "@@END { if (count(l) > 0) printf(\"%s\\n\", sum(l)); }",
    ]
    for end in near:
        src = "__list l;\n@@BEGIN { append(l, 2); }\n" + end
        assert prints(src) == [], end


def test_guarded_print_after_an_append_in_the_clause_stays_as_written():
    """The Vue printer writes that printa as the plain printf; a guard written anyway
    is the script's own `if`."""
    got = stmts("__list l;\n@@BEGIN { append(l, 2); if (count(l) > 0) printf(\"%d\\n\", sum(l)); }")
    assert isinstance(got[1], ir.If)


def test_first_reset_in_begin_is_no_statement():
    got = stmts("@@BEGIN { l = list(); append(l, 2); l = list(); append(l, 3); "
                "printf(\"%d\\n\", sum(l)); }")
    assert [type(s) for s in got] == [ir.AggUpdate, ir.Delete, ir.AggUpdate, ir.Printf]


def test_begin_clause_of_a_first_reset_alone_goes():
    # (a declaration above it: a comment from the file's top down against the first
    # clause would be the file's opening comment, no clause's)
    prog = parse("int x;\n/* set up */\n@@BEGIN { l = list(); }\n"
                 "@@END { append(l, 1); printf(\"%d %d\\n\", sum(l), x); }", "t.e")
    assert [p.points[0].kind for p in prog.probes] == ["end"]
    assert prog.probes[0].comments == ["set up"]
    only = parse("@@BEGIN { l = list(); }", "t.e")
    assert len(only.probes) == 1 and only.probes[0].body.stmts == []


def test_d_printa_ports_to_vue_and_back():
    target = _translation_target()
    d = ("#pragma D option quiet\nBEGIN { @t = sum(40); printa(\"t %@d\\n\", @t); }\n"
         "tick-1s { @n = count(); }\nEND { printa(\"n %@d\\n\", @n); }\n")
    vue = translate_text(d, "t.d", "d", "vue", target)
    # appended to in the clause: plain printf; elsewhere: under the count guard
    assert 'printf("t %d\\n", sum(t));' in vue
    assert "if (count(n) > 0)" in vue and 'printf("n %d\\n", count(n));' in vue
    back = translate_text(vue, "t.e", "vue", "d", target)
    assert 'printa("t %@d\\n", @t);' in back and 'printa("n %@d\\n", @n);' in back


def test_per_statistic_aggregations_of_one_list_port_to_vue_as_that_list():
    target = _translation_target()
    d = ("#pragma D option quiet\n"
         "syscall::write:entry { @w_count = count(); @w_sum = sum(arg2); }\n"
         "END { printa(\"%@d %@d\\n\", @w_count, @w_sum); }\n"
         "BEGIN { @b_count = count(); @b_max = max(3); printa(\"%@d %@d\\n\", @b_count, @b_max);"
         " trunc(@b_count); trunc(@b_max); }\n")
    vue = translate_text(d, "t.d", "d", "vue", target)
    assert "__list w;" in vue and "append(w, __arg3);" in vue
    assert 'if (count(w) > 0)\n        printf("%d %d\\n", count(w), sum(w));' in vue
    # appended to by the clause: no guard; emptied together: the list emptied
    assert 'append(b, 3);\n    printf("%d %d\\n", count(b), max(b));\n    b = list();' in vue


def test_per_statistic_aggregations_updated_apart_stay_apart():
    target = _translation_target()
    d = ("#pragma D option quiet\n"
         "BEGIN { @w_count = count(); @w_sum = sum(2); @w_sum = sum(3); "
         "printa(\"%@d\\n\", @w_sum); }\n")
    vue = translate_text(d, "t.d", "d", "vue", target)
    assert "__list w_count;" in vue and "__list w_sum;" in vue


_JOINED_END = 'END { printa("%@d %@d\\n", @l_count, @l_avg); }\n'


def _joined_port(begin: str, more: str = "") -> str:
    """The Vue port of a D script whose BEGIN clause is `begin` (updating @l_count and
    @l_avg), printed by one joined printa at END."""
    d = "#pragma D option quiet\n" + begin + "\n" + more + _JOINED_END
    return translate_text(d, "t.d", "d", "vue", _translation_target())


def test_a_joined_print_after_a_begin_clause_appended_needs_no_guard():
    # every clause but BEGIN runs after BEGIN has appended: the printf of a native script
    vue = _joined_port("BEGIN { @l_count = count(); @l_avg = avg(10); }")
    assert '@@END\n{\n    printf("%d %d\\n", count(l), avg(l));' in vue
    assert "count(l) > 0" not in vue


def test_a_joined_print_keeps_its_guard_where_begin_may_not_have_appended():
    begins = [
        "BEGIN /pid == 1/ { @l_count = count(); @l_avg = avg(10); }",      # a predicate
        "BEGIN { if (pid == 1) { @l_count = count(); @l_avg = avg(10); } }",  # not every path
        "BEGIN { exit(0); @l_count = count(); @l_avg = avg(10); }",         # after exit()
        "BEGIN { x = 10 / pid; @l_count = count(); @l_avg = avg(x); }",     # may fault first
    ]
    for begin in begins:
        vue = _joined_port(begin)
        assert "if (count(l) > 0)" in vue, begin
    # emptied by another clause
    vue = _joined_port("BEGIN { @l_count = count(); @l_avg = avg(10); }",
                       "tick-1s { trunc(@l_count); trunc(@l_avg); }\n")
    assert "if (count(l) > 0)" in vue
