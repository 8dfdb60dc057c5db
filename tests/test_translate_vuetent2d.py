"""Vue's tentative tracing ported to D speculations (frontends/d/tentative_back.py):
a global per buffer holding its speculation's id, got where the buffer is first
held, the Vue clause cut into D clauses on its probe; the way back; the refusals."""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from translating import translated

CASES = Path(__file__).resolve().parent.parent / "conformance" / "vue"


def _case(name: str) -> str:
    return (CASES / f"{name}.e").read_text()


def _d(text: str) -> str:
    return translated(text, "d", "vue")


def test_a_buffer_is_a_global_given_a_speculation_where_it_is_first_held():
    d = _d(_case("tentative_top_level"))
    # one speculation a buffer, two buffers (start_tentative(1) and "tick")
    assert "#pragma D option nspec=2\n" in d
    assert "int64_t spec_1;\nint64_t tick_spec;\n" in d
    assert ("profile:::tick-100ms\n/!tick_spec/\n{\n    tick_spec = speculation();\n}\n\n"
            "profile:::tick-100ms\n{\n    speculate(tick_spec);\n    printf(\"tick %d\\n\", n);\n}\n") in d
    # a commit in an if is a clause of its own under its condition, the if's other
    # statements the next clause
    assert ("profile:::tick-100ms\n/n == 4/\n{\n    commit(tick_spec);\n    tick_spec = 0;\n}\n\n"
            "profile:::tick-100ms\n/n == 4/\n{\n    printf(\"committed before tick %d\\n\", n);\n}\n") in d
    assert "/n == 2/\n{\n    discard(tick_spec);\n    tick_spec = 0;\n}\n" in d
    # the END clause's commit before its printf
    assert "END\n{\n    commit(spec_1);\n    spec_1 = 0;\n}\n\nEND\n{\n    printf(\"end\\n\");\n}" in d
    code = [line for line in d.splitlines() if not line.lstrip().startswith(("/*", "*"))]
    assert not any("tentative" in line for line in code)


def test_exit_after_held_records_is_a_clause_of_its_own():
    d = _d(_case("tentative_tracing"))
    assert "#pragma D option nspec=3\n" in d
    assert ("/n == 3/\n{\n    speculate(spec_7);\n    printf(\"never committed\\n\");\n}\n\n"
            "profile:::tick-100ms\n/n == 3/\n{\n    exit(0);\n}\n") in d
    # BEGIN's held and plain output: clauses in the Vue clause's order
    begin = d[d.index("BEGIN"):d.index("profile:::")]
    assert [line for line in begin.splitlines() if "printf" in line or "speculate(" in line] == [
        "    speculate(t1_spec);", '    printf("held 1\\n");', '    printf("plain\\n");',
        "    speculate(t2_spec);", '    printf("dropped\\n");']


def test_a_buffer_started_in_an_if_is_told_apart_by_a_clause_local_flag():
    d = _d(_case("tentative_in_branch"))
    assert "#pragma D option nspec" not in d  # one buffer: D's default
    assert "profile:::tick-100ms\n{\n    this->even_open = 0;\n    n++;\n}\n" in d
    assert "/n % 2 == 0/\n{\n    this->even_open = 1;\n}\n" in d
    assert "/!this->even_open/\n{\n    printf(\"tick %d\\n\", n);\n}\n" in d
    assert "/this->even_open && !even_spec/\n{\n" in d
    assert "/this->even_open/\n{\n    speculate(even_spec);\n    printf(\"tick %d\\n\", n);\n}\n" in d
    assert "/n == 4/\n{\n    commit(even_spec);\n    even_spec = 0;\n}\n" in d


def test_the_d_port_reads_back_as_vue_tentative_buffers_of_the_id_variables():
    d = _d(_case("tentative_in_branch"))
    vue = translate_text(d, "back.d", "d", "vue")
    assert '    if (even_open)\n    {\n        start_tentative("even_spec");\n' in vue
    assert '        commit_tentative("even_spec");\n        even_spec = 0;\n' in vue


@pytest.mark.parametrize("case, line", [("tentative_print_array", 9), ("tentative_print_lists", 10),
                                        ("tentative_clear", 10)])
def test_print_of_an_array_in_a_buffer_is_refused(case, line):
    with pytest.raises(XtraceError) as e:
        translate_text(_case(case), f"{case}.e", "vue", "d")
    assert "Vue's print() of an array inside a tentative buffer has no D equivalent" in str(e.value)
    assert "nearest: the print() outside the buffer, after end_tentative()" in str(e.value)
    assert (e.value.loc.line, e.value.loc.col) == (line, 2)


def test_a_condition_the_cut_clauses_would_read_changed_is_refused():
    with pytest.raises(XtraceError, match="a Vue if around tentative tracing whose branches "
                                          "change what its condition reads"):
        translate_text('int n;\n@@BEGIN\n{\n\tn = 1;\n\tif (n == 1) {\n\t\tn = 2;\n'
                       '\t\tcommit_tentative("t");\n\t}\n\texit();\n}\n', "t.e", "vue", "d")
    with pytest.raises(XtraceError, match="a Vue clause that speculates and changes what its "
                                          "condition reads"):
        translate_text('int n;\n@@interval:*:clock:100\nwhen (n < 3)\n{\n\tn++;\n'
                       '\tstart_tentative("t");\n\tprintf("x\\n");\n}\n', "t.e", "vue", "d")
