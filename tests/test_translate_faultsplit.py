"""A stap or Vue probe that prints and then can fault, ported to D
(ir/faultsplit.py): the clause ends before the fault, so that D, which discards
what a faulting clause recorded, prints what stap and Vue print; and the way back.
That the ports print what stap prints runs in the sandbox: the matrix's stap -> d
cells of arith_modulo_zero, dead_expression_statement, try_catch_no_variable,
arith_div_zero_in_function, choose_defined_kernel_long and entry_addr_of_member.
Here: the port's text, that it is real D, and that it reads back."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.ir.analysis import analyze
from xtrace.ir.rtnormal import written_out_alike


def _d(src: str, lang: str = "stap") -> str:
    out = translate_text(src, "t.stp" if lang == "stap" else "t.e", lang, "d")
    frontends.parse(out, "back.d", "d")  # it is real D
    return out


def _clauses(d: str) -> list[str]:
    return [c.strip() for c in d.split("\n\n")
            if "{" in c and not c.lstrip().startswith(("#pragma", "/*"))]


def test_a_probe_that_prints_and_then_faults_is_two_clauses():
    d = _d('global zero\nprobe begin { println("before") println(10 % zero) }')
    clauses = _clauses(d)
    assert clauses[0] == 'BEGIN\n{\n    printf("before\\n");\n}'
    assert clauses[1] == 'BEGIN\n{\n    printf("%d\\n", 10 % zero);\n}'
    # stap's rule is still the ERROR clause's
    assert d.rstrip().endswith("ERROR\n{\n    exit(1);\n}") and len(clauses) == 2


def test_a_printf_whose_own_argument_faults_is_not_split():
    # (it records nothing in either language; only earlier output is at stake)
    d = _d('probe begin { printf("%s\\n", user_string(0)) println("after") }')
    assert len([c for c in _clauses(d) if c.startswith("BEGIN")]) == 1


def test_a_probe_that_cannot_fault_is_not_split():
    d = _d('global n\nprobe begin { println("a") n = 10 / 2 println(n) }')
    assert len([c for c in _clauses(d) if c.startswith("BEGIN")]) == 1


def test_one_split_a_clause_at_its_first_fault_point():
    # (the rest stays one clause: a clause after a fault must not run)
    d = _d('global zero\nprobe begin { println("a") println("b") x = 1 / zero '
           'println("c") y = 2 / zero println(x + y) }')
    begins = [c for c in _clauses(d) if c.startswith("BEGIN")]
    assert len(begins) == 2
    assert begins[0] == 'BEGIN\n{\n    printf("a\\n");\n    printf("b\\n");\n}'
    assert begins[1].startswith("BEGIN\n{\n    this->x = 1 / zero;\n    printf(\"c\\n\");")


def test_the_locals_the_clauses_share_are_clause_locals_d_carries():
    d = _d('global zero\nprobe begin { n = 7 println(n) println(n / zero) }')
    begins = [c for c in _clauses(d) if c.startswith("BEGIN")]
    assert begins == ['BEGIN\n{\n    this->n = 7;\n    printf("%d\\n", this->n);\n}',
                      'BEGIN\n{\n    printf("%d\\n", this->n / zero);\n}']


def test_a_leading_next_on_the_context_is_each_clauses_predicate():
    d = _d('probe syscall.openat { if (pid() != target()) next println("open") '
           'println(user_string(pointer_arg(2))) }')
    clauses = [c for c in _clauses(d) if c.startswith("syscall::openat:entry")]
    assert len(clauses) == 2
    assert all("/pid == $target/" in c for c in clauses)
    assert 'printf("open\\n");' in clauses[0] and "copyinstr(arg1)" in clauses[1]


def test_a_condition_on_what_the_probe_stores_keeps_the_clause_whole():
    # (each clause of a split would test it again, after the first stored n)
    d = _d('global n, zero\nprobe timer.s(1) { if (n > 2) next n++ println(n) '
           'println(n / zero) }')
    assert len([c for c in _clauses(d) if c.startswith("profile:::tick-1s")]) == 1


def test_a_comment_above_the_faulting_statement_goes_with_it():
    d = _d('global zero\nprobe begin { println("a")\n# the fault\nprintln(1 / zero) }')
    begins = [c for c in _clauses(d) if c.startswith("BEGIN")]
    assert begins[0] == 'BEGIN\n{\n    printf("a\\n");\n}'
    assert begins[1].startswith("BEGIN\n{\n    /* the fault */")


def test_a_try_body_that_prints_before_its_fault_is_split_inside_the_try():
    d = _d('global zero\nprobe begin { try { println("before") println(1 % zero) '
           'println("no") } catch { println("caught") } println("after") exit() }')
    clauses = _clauses(d)
    assert clauses[0] == 'BEGIN\n{\n    self->trying = 1;\n    printf("before\\n");\n}'
    assert clauses[1] == 'BEGIN\n{\n    printf("%d\\n", 1 % zero);\n    printf("no\\n");\n}'
    assert clauses[2] == 'ERROR\n/self->trying == 1/\n{\n    printf("caught\\n");\n}'
    assert clauses[3].startswith("BEGIN\n{\n    self->trying = 0;")


def test_a_vue_clause_that_prints_and_then_faults_is_two_clauses():
    d = _d('int zero;\n@@BEGIN\n{\n\tprintf("before\\n");\n\tprintf("%d\\n", 10 / zero);\n'
           '\texit();\n}\n', "vue")
    begins = [c for c in _clauses(d) if c.startswith("BEGIN")]
    assert begins == ['BEGIN\n{\n    printf("before\\n");\n}',
                      'BEGIN\n{\n    printf("%d\\n", 10 / zero);\n    exit(0);\n}']
    assert "ERROR" not in d  # (Vue's rule is D's: the clause ends, the session goes on)


def test_a_stap_try_around_the_whole_probe_is_split_inside_it():
    # (`try { ... } catch { }`, D's rule said in stap: the fault ends the probe, what
    # it printed stays; in D the clause after the split is a plain clause too)
    d = _d('probe begin { try { println("a") println(user_string(1)) } catch { } }')
    assert [c for c in _clauses(d) if c.startswith("BEGIN")] == [
        'BEGIN\n{\n    printf("a\\n");\n}', 'BEGIN\n{\n    printf("%s\\n", copyinstr(1));\n}']
    assert "ERROR" not in d


def test_ds_clauses_under_ds_rule_are_one_stap_try_block():
    # a fault ends one D clause, and the stap probe's try block: `a` is printed either way
    stp = translate_text('#pragma D option quiet\nint zero;\nBEGIN { printf("a\\n"); }\n'
                         'BEGIN { printf("%d\\n", 1 / zero); }\n', "t.d", "d", "stap")
    assert stp.count("probe begin") == 1
    assert 'try {\n        printf("a\\n")\n        printf("%d\\n", 1 / zero)\n    } catch {' in stp


def test_ds_clauses_under_staps_rule_are_one_stap_probe():
    stp = translate_text('#pragma D option quiet\nint zero;\nBEGIN { printf("a\\n"); }\n'
                         'BEGIN { printf("%d\\n", 1 / zero); }\nERROR { exit(1); }\n', "t.d", "d", "stap")
    assert stp.count("probe begin") == 1 and "try" not in stp


def test_ds_clauses_of_that_form_are_one_vue_clause():
    # a Vue clause keeps what it printed before its fault, as the two D clauses do
    vue = translate_text('#pragma D option quiet\nint zero;\nBEGIN { printf("a\\n"); }\n'
                         'BEGIN { printf("%d\\n", 1 / zero); }\n', "t.d", "d", "vue")
    assert vue.count("@@BEGIN") == 1
    assert '{\n    printf("a\\n");\n    printf("%d\\n", 1 / zero);\n}' in vue


def test_clauses_on_other_probes_or_whose_second_cannot_fault_stay_apart():
    other_probe = translate_text('#pragma D option quiet\nint zero;\nBEGIN { printf("a\\n"); }\n'
                                 'END { printf("%d\\n", 1 / zero); }\n', "t.d", "d", "vue")
    assert other_probe.count("@@BEGIN") == 1 and other_probe.count("@@END") == 1
    no_fault = translate_text('#pragma D option quiet\nint zero;\nBEGIN { printf("a\\n"); }\n'
                              'BEGIN { printf("%d\\n", zero); }\n', "t.d", "d", "vue")
    assert no_fault.count("@@BEGIN") == 2


@pytest.fixture(scope="module")
def target():
    return _translation_target()


@pytest.mark.parametrize("src, lang, to", [
    ('global zero\nprobe begin { println("before") println(10 % zero) }', "stap", "d"),
    ('global zero\nprobe begin { n = 7 println(n) println(n / zero) }', "stap", "d"),
    ('probe syscall.openat { if (pid() != target()) next println("open") '
     'println(user_string(pointer_arg(2))) }', "stap", "d"),
    ('global zero\nprobe begin { try { println("before") println(1 % zero) '
     'println("no") } catch { println("caught") } println("after") exit() }', "stap", "d"),
    ('probe begin { try { println("a") println(user_string(1)) } catch { } }', "stap", "d"),
    ('probe begin { try { println("a") println(user_string(1)) } catch { println("c") } }',
     "stap", "d"),
    ('int zero;\n@@BEGIN\n{\n\tprintf("before\\n");\n\tprintf("%d\\n", 10 / zero);\n\texit();\n}\n',
     "vue", "d"),
])
def test_the_split_reads_back_as_the_one_probe(src, lang, to, target):
    ext = {"stap": ".stp", "vue": ".e", "d": ".d"}
    port = translate_text(src, "t" + ext[lang], lang, to, target)
    back = translate_text(port, "rt" + ext[to], to, lang, target)
    orig = frontends.parse(src, "t" + ext[lang], lang, port=lang == "stap")
    again = frontends.parse(back, "t" + ext[lang], lang)
    analyze(orig, target)
    analyze(again, target)
    orig, again = written_out_alike(orig, again)
    assert again.probes == orig.probes
