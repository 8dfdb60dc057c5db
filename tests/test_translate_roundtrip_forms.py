"""Forms a port writes so that the script reads back as it was written (round
trips, tests/test_roundtrip.py): the stap port leaves a probe's first `t = ""` /
`n = 0` to stap's start values when the probe goes on to update the local
(frontends/stap/print_localzeros.py); D keeps `-(-3)` a negation as stap does; the
D port casts curthread compared with a number (stap/arith_unary.stp,
stap/str_concat_assign.stp, d/kernel_tracepoint.d)."""

from __future__ import annotations

from xtrace.driver.translate import translate_text
from xtrace.frontends import d
from xtrace.ir import nodes as ir


def _stap(src: str) -> str:
    return translate_text("#pragma D option quiet\n" + src, "t.d", "d", "stp")


def test_a_first_empty_string_before_an_append_is_left_to_stap():
    out = _stap('BEGIN { this->t = ""; this->t = strjoin(this->t, "x"); trace(this->t); exit(0); }')
    assert 't = ""' not in out and 't .= "x"' in out


def test_a_first_zero_before_an_increment_is_left_to_stap():
    out = _stap("BEGIN { this->n = 0; this->n++; this->n += 2; trace(this->n); exit(0); }")
    assert "n = 0" not in out and "n++" in out


def test_zero_stores_that_are_not_first_or_not_updated_stay():
    # read, then stored plainly: without its first store stap would have only that
    # store to type the local by
    out = _stap('BEGIN { this->n = 0; trace(this->n); this->n = 5; trace(this->n); exit(0); }')
    assert "n = 0" in out
    # read, then incremented: stap's start value is the 0
    out = _stap('BEGIN { this->n = 0; trace(this->n); this->n++; exit(0); }')
    assert "n = 0" not in out
    # a store computed from the local other than an append stays explicit
    out = _stap("BEGIN { this->n = 0; this->n = this->n * 2 + 1; trace(this->n); exit(0); }")
    assert "n = 0" in out
    # not at the probe's start: an earlier statement ran first
    out = _stap('BEGIN { trace(1); this->t = ""; this->t = strjoin(this->t, "x"); trace(this->t); }')
    assert 't = ""' in out


def test_d_negation_of_a_parenthesised_literal_is_not_folded():
    prog = d.parse("BEGIN { trace(-(-3)); trace(-(5)); trace(-7); }", "t.d")
    args = [s.expr for s in prog.probes[0].body.stmts]
    assert args[0] == ir.Unary("-", ir.IntLit(-3))
    assert args[1] == ir.Unary("-", ir.IntLit(5))
    assert args[2] == ir.IntLit(-7)


def test_task_current_compared_with_a_number_is_curthread_cast_in_d():
    """D compares a pointer with a pointer or 0 only: stap's task (a number) compared
    with an argument is `(unsigned long long)curthread` (d/kernel_tracepoint.d's own form)."""
    out = translate_text("probe syscall.read { printf(\"%d %d\\n\", long_arg(1) == task_current(), "
                         "task_current() != 0) exit() }", "t.stp", "stap", "d")
    assert "arg0 == (unsigned long long)curthread" in out and "curthread != 0" in out


def test_probename_naming_begin_or_end_is_pp_in_stap():
    """In a clause on BEGIN and END, D's probename tested for BEGIN picking "begin" or
    "end" is what stap's pp() gives there (the D port of `probe begin, end` with pp())."""
    out = _stap('BEGIN, END { printf("%s\\n", probename == "BEGIN" ? "begin" : "end"); }')
    assert "log(pp())" in out
    out = _stap('BEGIN, END { printf("%s\\n", probename == "END" ? "end" : "begin"); }')
    assert "log(pp())" in out
    # other names stay the test
    out = _stap('BEGIN, END { printf("%s\\n", probename == "BEGIN" ? "start" : "end"); }')
    assert "pp()" not in out or "==" in out
