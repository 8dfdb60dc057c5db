"""D's discard of a faulting clause's output, in its stap and Vue ports
(ir/faultfirst.py), and D's exit dump of an aggregation no printa() printed a row
of (ir/rundumps.py).

A D clause that prints and then faults prints nothing (DTrace commits a clause's
records only when it completes); a stap try block and a Vue clause keep what they
printed, so the ports compute what can fault first. That the ports print what D
prints runs in the sandbox: the matrix's stap and Vue cells of error_divide_by_zero,
copyinstr_invalid_address and error_discards_clause_records. Here: the ports' text,
that it reads back, and that clauses that cannot fault are printed as before."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from translating import port, probe_lines
from xtrace.ir import nodes as ir

EXT = {"stap": "t.stp", "vue": "t.e"}


def _to(src: str, lang: str) -> str:
    return port(src, "d", lang)  # parsed again: it is real stap / Vue


DIVIDE = ('#pragma D option quiet\nBEGIN\n{\n\tz = 0;\n\tprintf("before\\n");\n\tx = 10 / z;\n'
          '\tprintf("after %d\\n", x);\n}\n')


@pytest.mark.parametrize("lang", ["stap", "vue"])
def test_a_division_that_can_fault_comes_before_the_first_output(lang):
    body = probe_lines(_to(DIVIDE, lang))
    assert body.index("x = 10 / z") < body.index('printf("before\\n")')
    # the store before the print stays before it (the division reads it)
    assert body.index("z = 0") < body.index("x = 10 / z")


@pytest.mark.parametrize("lang, read", [("stap", "user_string(1)"),
                                        ("vue", "get_userstring(1, -1)")])
def test_a_printf_argument_that_can_fault_is_read_into_a_local_first(lang, read):
    src = ('#pragma D option quiet\nBEGIN\n{\n\tprintf("before\\n");\n'
           '\tprintf("%s\\n", copyinstr(1));\n\texit(0);\n}\n')
    body = probe_lines(_to(src, lang))
    assert body.index(f"s = {read}") < body.index('printf("before\\n")')
    assert ("log(s)" if lang == "stap" else 'printf("%s\\n", s);') in body


def test_a_dead_read_that_can_fault_comes_before_the_output_its_ERROR_clause_after():
    src = ('#pragma D option quiet\nBEGIN\n{\n\tx = 1;\n\tprintf("discarded\\n");\n'
           '\t*(char *)NULL;\n}\nERROR\n{\n\tprintf("ERROR fired\\n");\n}\n'
           'END\n{\n\tprintf("%d\\n", x);\n}\n')
    body = probe_lines(_to(src, "stap"))
    assert body.index("x = 1") < body.index("kernel_char(@NULL)") < body.index('printf("discarded\\n")')
    assert 'catch {\nprintf("ERROR fired\\n")' in body


def test_a_statement_moves_only_past_what_it_does_not_touch():
    # the printf reads x, which the faulting store writes: moving it would print the
    # new value; the clause is left as it was (stap keeps the line D discards)
    src = ('#pragma D option quiet\nBEGIN\n{\n\tz = 0;\n\tx = 1;\n\tprintf("%d\\n", x);\n'
           '\tx = 10 / z;\n}\n')
    body = probe_lines(_to(src, "stap"))
    assert body.index('printf("%d\\n", x)') < body.index("x = 10 / z")


def test_nothing_moves_past_exit():
    src = ('#pragma D option quiet\nBEGIN\n{\n\tz = 0;\n\tprintf("a\\n");\n\texit(0);\n'
           '\tx = 10 / z;\n}\n')
    body = probe_lines(_to(src, "stap"))
    assert body.index('printf("a\\n")') < body.index("exit()") < body.index("x = 10 / z")


def test_later_faults_move_too_in_their_order():
    src = ('#pragma D option quiet\nBEGIN\n{\n\tz = 0;\n\tprintf("a\\n");\n\tx = 1 / z;\n'
           '\tprintf("b\\n");\n\ty = 2 / z;\n\tprintf("%d %d\\n", x, y);\n}\n')
    body = probe_lines(_to(src, "stap"))
    assert body.index("x = 1 / z") < body.index("y = 2 / z") < body.index('printf("a\\n")')
    assert body.index('printf("a\\n")') < body.index('printf("b\\n")')


def test_clauses_that_cannot_fault_are_printed_as_before():
    src = ('#pragma D option quiet\nBEGIN\n{\n\tprintf("a\\n");\n\tx = 10 / 2;\n'
           '\tprintf("%d\\n", x);\n\texit(0);\n}\n')
    body = probe_lines(_to(src, "stap"))
    assert body.index('printf("a\\n")') < body.index("x = 10 / 2")


def test_vue_port_of_a_fault_in_its_own_if_block_keeps_what_printed_before():
    # (Vue was refused this clause: a D fault discarded the clause's "before". Under
    # dt_sugar the if's body is a clause of its own (ir/sugarblocks.py): its fault
    # discards only its own record, and the blocks after it (the exit) do not run,
    # as a Vue clause stops at its fault)
    src = ('#pragma D option quiet\nBEGIN\n{\n\tprintf("before\\n");\n\tif (pid > 0) {\n'
           '\t\tprintf("%s\\n", copyinstr(1));\n\t}\n\texit(0);\n}\n')
    out = translate_text(src, "t.d", "d", "vue")
    assert out.index('printf("before\\n")') < out.index("get_userstring(1, -1)") < out.index("exit()")
    assert "xtrace --force" not in out and "nearest" not in out


def test_the_way_back_from_stap_is_the_moved_clause():
    stap = _to(DIVIDE, "stap")
    d = translate_text(stap, "t.stp", "stap", "d")
    assert d.index("x = 10 / z") < d.index('printf("before\\n")')


# ---------------------------------------------------------------- D's exit dump

TICK_EMPTY = """#pragma D option quiet
int n;
tick-10ms /n == 2/ { @late["late"] = count(); @total = sum(5); }
tick-10ms /n == 0/ { printa(@late); printa("total %@d\\n", @total); }
tick-10ms /++n == 4/ { exit(0); }
"""


def test_a_flag_is_set_where_a_row_prints_not_by_a_printa_of_no_rows():
    out = _to(TICK_EMPTY, "stap")
    assert ('foreach ([key] in late @count+) {\n            printf("  %-50s %16d\\n", key, '
            '@count(late[key]))\n            late_printed = 1\n        }') in out
    assert ('if (@count(total)) {\n            printf("total %d\\n", @sum(total))\n'
            '            total_printed = 1\n        }') in out
    assert "if (!late_printed)" in out and "if (!total_printed)" in out


def test_the_vue_port_sets_the_flag_in_the_rows_if():
    src = ("#pragma D option quiet\nint n;\ntick-10ms /n == 2/ { @total = sum(5); }\n"
           'tick-10ms /n == 0/ { printa("total %@d\\n", @total); }\ntick-10ms /++n == 4/ { exit(0); }\n')
    out = _to(src, "vue")
    assert ('if (count(total) > 0)\n        {\n            printf("total %d\\n", sum(total));\n'
            '            total_printed = 1;\n        }') in out


@pytest.mark.parametrize("lang", ["stap", "vue"])
def test_the_flagged_ports_read_back_as_the_d_script(lang):
    src = ("#pragma D option quiet\nint n;\ntick-10ms /n == 2/ { @total = sum(5); }\n"
           'tick-10ms /n == 0/ { printa("total %@d\\n", @total); }\ntick-10ms /++n == 4/ { exit(0); }\n')
    back = translate_text(_to(src, lang), EXT[lang], lang, "d")
    # (the ticks' clauses are one probe in the port, one clause of ifs back)
    assert "printed" not in back and "END" not in back
    assert 'printa("total %@d\\n", @total);' in back


def test_begins_printa_of_an_empty_aggregation_leaves_it_to_the_dump_without_a_flag():
    src = ("#pragma D option quiet\nint n;\ntick-10ms /++n == 2/ { @late[1] = count(); exit(0); }\n"
           "BEGIN { printa(@late); }\n")
    out = _to(src, "stap")
    # (BEGIN's printa, and the dump: its blank line only with a row, then the rows)
    assert "printed" not in out and out.count("foreach ([key] in late") == 3
    back = translate_text(out, "t.stp", "stap", "d")
    assert "END" not in back  # (the end probe's table is D's own dump)


def test_begins_printa_of_what_it_filled_needs_no_dump():
    src = "BEGIN { @a[1] = count(); trunc(@a); @a[2] = count(); printa(@a); }\n"
    out = _to(src, "stap")
    assert "printed" not in out and "probe end" not in out


def test_a_run_sets_the_flags_where_the_print_has_a_row():
    from xtrace.ir.rundumps import marks_as_statements
    prog = frontends.parse(_to(TICK_EMPTY, "stap"), "t.stp", "stap")
    run = marks_as_statements(prog)
    loops = [x for p in run.probes for x in ir.walk(p.body) if isinstance(x, ir.ForEach)]
    # (the flag's set, and the dump's blank line, printed only with a row)
    assert [(f.map, f.limit.value) for f in loops] == [("late", 1), ("late", 1)]
    ifs = [x for p in run.probes for x in ir.walk(p.body) if isinstance(x, ir.If)
           and isinstance(x.cond, ir.Binary) and isinstance(x.cond.lhs, ir.AggRead)]
    assert [i.cond.lhs.agg for i in ifs] == ["total"]
    assert not any(x.marks for p in run.probes for x in ir.walk(p.body) if isinstance(x, ir.PrintAgg))


def test_not_quiet_a_first_printf_whose_argument_faults_reads_it_before_the_probe_line():
    # ol02.d: the port prints DTrace's heading and probe line itself, before the
    # record; a fault in the printf's copyinstr() would leave them printed where D
    # drops the record, line and all
    src = 'syscall::openat:entry { printf("%s %s", execname, copyinstr(arg1)); }\n'
    stap = translate_text(src, "t.d", "d", "stap")
    assert stap.index("s = user_string(pointer_arg(2))") < stap.index("%32s") \
        < stap.index('printf("%s %s", execname(), s)')
    vue = translate_text(src, "t.d", "d", "vue")
    assert vue.index("s = get_userstring(__arg2, -1);") < vue.index("%3d %6d")
    # quiet, the printf is the clause's first output: nothing to move
    quiet = translate_text("#pragma D option quiet\n" + src, "t.d", "d", "stap")
    assert "s = user_string" not in quiet
