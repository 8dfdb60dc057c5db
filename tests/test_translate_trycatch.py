"""stap's try/catch ported to D (ir/trycatch_clauses.py): the probe split into
clauses at each try, the catch block an ERROR clause a thread-local flag selects,
and the way back. That the ports print what stap prints runs in the sandbox: the
matrix's stap -> d cells of try_catch_no_variable, try_in_loop, try_no_error,
user_string_fault and try_user_string_fallback. Here: the port's text, that it
is real D and reads back, and what is refused with its location."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError


def _d(stap: str) -> str:
    out = translate_text(stap, "t.stp", "stap", "d")
    frontends.parse(out, "back.d", "d")  # it is real D
    return out


def _clauses(d: str) -> list[str]:
    return [c.strip() for c in d.split("\n\n") if c.strip() and not c.startswith("#pragma")]


def test_probe_split_at_the_try_with_its_catch_an_error_clause_between():
    d = _d('global zero\nprobe begin { println("pre") try { println(1 / zero) println("no") } '
           'catch { println("caught") } println("after") exit() }')
    clauses = [c for c in _clauses(d) if "{" in c]
    # (the try body's fault a clause of its own: a D fault would discard the "pre"
    # line, which stap prints: ir/faultsplit.py)
    assert clauses[0] == 'BEGIN\n{\n    printf("pre\\n");\n    self->trying = 1;\n}'
    assert clauses[1] == 'BEGIN\n{\n    printf("%d\\n", 1 / zero);\n    printf("no\\n");\n}'
    assert clauses[2] == 'ERROR\n/self->trying == 1/\n{\n    printf("caught\\n");\n}'
    assert clauses[3] == ('BEGIN\n{\n    self->trying = 0;\n    printf("after\\n");\n'
                          '    exit(0);\n}')
    # nothing can fault outside the try: no ERROR clause of stap's rule
    assert d.count("ERROR") == 1 and "exit(1)" not in d


def test_a_fault_outside_the_try_still_ends_the_session_but_not_one_inside():
    d = _d('global zero\nprobe begin { try { println(1 / zero) } catch { println("c") } '
           'println(2 / zero) }')
    assert 'ERROR\n/!self->trying/\n{\n    exit(1);\n}' in d
    assert "outside a try block" in d


def test_a_local_the_catch_sets_and_the_probe_reads_is_a_thread_variable_cleared_after():
    d = _d('probe syscall.openat { try { f = user_string(pointer_arg(2)) } catch { f = "?" } '
           'printf("%s\\n", f) }')
    assert "self->f = copyinstr(arg1);" in d
    assert 'ERROR\n/self->trying == 1/\n{\n    self->f = "?";\n}' in d
    assert d.rstrip().endswith('printf("%s\\n", self->f);\n    self->f = "";\n}')
    assert "this->f" not in d


def test_a_local_the_clauses_alone_share_stays_a_clause_local():
    d = _d('global zero\nprobe begin { n = 3 try { println(n / zero) } catch { println("c") } '
           'println(n) exit() }')
    assert "this->n = 3;" in d and 'printf("%d\\n", this->n);' in d and "self->n" not in d


def test_a_leading_next_on_the_context_is_each_clause_predicate():
    d = _d('probe syscall.openat { if (execname() != "cat") next\n'
           'try { f = user_string(pointer_arg(2)) } catch { f = "?" } println(f) }')
    assert d.count('/execname == "cat"/') == 2
    assert 'ERROR\n/self->trying == 1/' in d


def test_two_tries_have_a_number_each():
    d = _d('global z\nprobe begin { try { println(1 / z) } catch { println("a") } '
           'try { println(2 / z) } catch { println("b") } exit() }')
    assert "/self->trying == 1/" in d and "/self->trying == 2/" in d
    assert "    self->trying = 0;\n    self->trying = 2;\n" in d


def test_the_flag_takes_a_free_name():
    d = _d('global z\nprobe begin { trying = 5 try { println(1 / z) } catch { println(trying) } '
           'exit() }')
    assert "self->trying2 = 1;" in d and "/self->trying2 == 1/" in d


@pytest.mark.parametrize("stap", [
    'global zero\nprobe begin { try { println(1 / zero) } catch { println("c") } exit() }',
    'probe syscall.openat { if (execname() != "cat") next\n'
    'try { f = user_string(pointer_arg(2)) } catch { f = "?" } println(f) }',
    'global z\nprobe begin { try { println(1 / z) } catch { println("a") } '
    'try { println(2 / z) } catch { println("b") } println(3 / z) }',
])
def test_the_port_reads_back_as_the_try_blocks(stap):
    d = translate_text(stap, "t.stp", "stap", "d")
    back = translate_text(d, "t.d", "d", "stap")
    prog = frontends.parse(back, "back.stp", "stap")
    tries = [x for p in prog.probes for x in ir.walk(p.body) if isinstance(x, ir.Try)]
    assert tries and all(t.handler.stmts for t in tries)
    assert "trying" not in back and "ERROR" not in back


def test_a_d_script_with_its_own_flag_stays_d():
    # an ERROR clause predicated on a thread variable the script also reads elsewhere
    d = ('BEGIN { self->t = 1; x = 1 / 0; }\nERROR /self->t == 1/ { printf("e\\n"); }\n'
         'BEGIN { self->t = 0; printf("%d\\n", self->t); }\n')
    back = translate_text(d, "t.d", "d", "stap")
    assert "try {\n" not in back or "catch {\n" not in back.split("try {")[1].split("}")[0]


@pytest.mark.parametrize("stap, where, words", [
    ('global z\nprobe begin { try { println(1 / z) } catch (msg) { println(msg) } exit() }',
     "2:15", "catch message ('msg') has no D value"),
    ('probe begin { try { error("x") } catch { println("c") } exit() }',
     "1:21", "error() in a try block"),
    ('global z\nprobe begin { try { try { println(1 / z) } catch { println("i") } } '
     'catch { println("o") } exit() }', "2:21", "inside another"),
    ('global z\nprobe begin { try { println(1 / z) } catch { println(2 / z) } exit() }',
     "2:44", "can itself fault"),
    ('global z\nprobe begin { if (z == 0) { try { println(1 / z) } catch { println("c") } } exit() }',
     "2:29", "inside a loop, an if or another try"),
    ('global z, k\nprobe begin { for (i = 0; i < k; i++) { try { println(1 / z) } catch { } '
     'try { println(1 / z) } catch { println("c") } } exit() }', "2:74", "inside a loop"),
])
def test_what_d_cannot_say_is_refused_where_it_is(stap, where, words):
    with pytest.raises(XtraceError) as ex:
        translate_text(stap, "t.stp", "stap", "d")
    assert words in ex.value.message
    assert f"{ex.value.loc.line}:{ex.value.loc.col}" == where


def test_a_condition_on_a_global_the_probe_leaves_alone_is_each_clause_predicate():
    d = _d('global z\nprobe begin { if (z) next\ntry { println(1 / z) } catch { println("c") } exit() }')
    assert d.count("BEGIN\n/!z/\n") == 2


def test_a_condition_on_what_the_probe_stores_is_refused():
    with pytest.raises(XtraceError) as ex:
        translate_text('global z\nprobe begin { if (z) next\nz = 1 try { println(1 / z) } '
                       'catch { println("c") } exit() }', "t.stp", "stap", "d")
    assert "reads what the probe stores" in ex.value.message
    assert (ex.value.loc.line, ex.value.loc.col) == (2, 19)


def test_a_try_block_that_cannot_fault_is_an_if_arms_block_in_vue():
    """Its statements alone, as a porter writes it: more than one under an if keep
    their braces (eatmydata.stp's `if (...) try { ...; guilt++ } catch { } else ...`
    printed them bare, and Vue read the `else` as a syntax error)."""
    out = translate_text("global guilt, agony, piety\nprobe syscall.fsync {\n"
                         "  if (pid() == target())\n     try { x = $fd\n guilt ++ } catch { agony ++ }\n"
                         "  else\n     piety ++\n}\n", "t.stp", "stap", "vue")
    frontends.parse(out, "back.e", "vue")
    assert "    if (__pid == $__CPID)\n    {\n        x = __arg1;\n        guilt++;\n    }\n" \
           "    else\n        piety++;\n" in out
