"""ir/unroll.py: a stap loop of a constant, small count is its body written out once
per pass in a D or Vue port; every other loop is refused with why."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from xtrace.ir.unroll import MAX_PASSES, MAX_STATEMENTS, written_out_loops


def unrolled(body: str):
    """The pass over a stap begin probe of `body`: (its statements, the reasons)."""
    prog = frontends.parse("probe begin {\n" + body + "\n}\n", "t.stp", "stap")
    out = written_out_loops(prog)
    return list(ir.walk(out.prog.probes[0].body)), out.reasons


def stores(nodes, name: str) -> list[int]:
    """The constants stored into local `name`, in order (the initializer's included)."""
    return [ir.int_constant(n.value) for n in nodes
            if isinstance(n, ir.Assign) and n.op == "=" and n.target == ir.Var(name, "local")]


def printfs(nodes) -> int:
    return sum(isinstance(n, ir.Printf) for n in nodes)


def refusal(body: str) -> str:
    nodes, reasons = unrolled(body)
    assert any(isinstance(n, ir.While) for n in nodes), "the loop stays"
    assert len(reasons) >= 1
    return list(reasons.values())[-1]


def test_a_counted_for_is_its_body_once_per_pass_with_the_variable_set_before_each():
    nodes, reasons = unrolled('for (i = 1; i <= 3; i++) printf("line %d\\n", i)')
    assert not any(isinstance(n, ir.While) for n in nodes) and not reasons
    # i = 1 (the initializer), 2, 3: i is 4 after the loop, which nothing reads
    assert stores(nodes, "i") == [1, 2, 3]
    assert printfs(nodes) == 3


def test_the_value_stap_leaves_is_stored_when_the_handler_reads_it_after():
    nodes, _ = unrolled('for (i = 0; i < 3; i++) printf("%d\\n", i)\nprintf("after %d\\n", i)')
    assert stores(nodes, "i") == [0, 1, 2, 3]
    # a `while` stepping down by 3: 10 and 7 pass, 4 does not
    nodes, _ = unrolled('j = 10\nwhile (j > 4) { printf("%d\\n", j); j -= 3 }\nprintf("%d\\n", j)')
    assert stores(nodes, "j") == [10, 7, 4]
    assert printfs(nodes) == 3


def test_a_while_stepped_before_its_end_keeps_the_step_in_each_pass():
    # stap's loop_break_continue: j is 7, 14, 21 (continue), 28, 35 (break); each pass
    # runs `j += 7` itself, so j holds 35 after, as in stap, with no store of a value
    nodes, reasons = unrolled('j = 0\nwhile (j < 100) { j += 7\nif (j % 3 == 0) continue\n'
                              'if (j > 30) break\nprintf("%d\\n", j) }\nprintf("%d\\n", j)')
    assert not reasons and not any(isinstance(n, ir.While) for n in nodes)
    steps = [n for n in nodes if isinstance(n, ir.Assign) and n.op == "+="]
    assert len(steps) == 5 and stores(nodes, "j") == [0]
    assert printfs(nodes) == 3 + 1  # 7, 14, 28, and the one after the loop
    # a break before the step: the pass stops there, the step is not run
    nodes, _ = unrolled('k = 0\nwhile (k < 9) { if (k == 2) break\nk++\nprintf("%d\\n", k) }')
    assert sum(isinstance(n, ir.IncDec) for n in nodes) == 2 and printfs(nodes) == 2


def test_no_value_is_stored_where_nothing_reads_it():
    # the body does not read i: no store between passes; the next loop stores i first
    nodes, _ = unrolled('for (i = 0; i < 3; i++) printf("x\\n")\n'
                        'for (i = 5; i > 3; i--) printf("%d\\n", i)')
    assert stores(nodes, "i") == [0, 5, 4]
    assert printfs(nodes) == 5


def test_a_read_in_an_enclosing_loops_next_pass_keeps_the_exit_value():
    # the outer body reads j before the inner loop sets it: pass 2 sees j = 2
    nodes, reasons = unrolled('j = 0\nfor (i = 0; i < 2; i++) { printf("%d\\n", j)\n'
                              'for (j = 0; j < 2; j++) printf("%d%d\\n", i, j) }')
    assert not reasons
    assert stores(nodes, "j") == [0, 0, 1, 2, 0, 1, 2]
    assert printfs(nodes) == 6


def test_nested_loops_multiply_and_not_equal_and_mirrored_conditions_count():
    nodes, reasons = unrolled('for (i = 1; i <= 3; i++) { for (j = 1; j <= 3; j++) '
                              'printf("%3d", i * j)\nprintf("\\n") }')
    assert not reasons and printfs(nodes) == 12
    assert stores(nodes, "j") == [1, 2, 3] * 3
    nodes, _ = unrolled('for (k = 0; k != 6; k += 2) printf("%d\\n", k)')
    assert stores(nodes, "k") == [0, 2, 4]
    nodes, _ = unrolled('for (k = 0; 3 > k; k = k + 1) printf("%d\\n", k)')
    assert stores(nodes, "k") == [0, 1, 2]


def test_a_loop_that_never_passes_leaves_its_initializer_only():
    nodes, reasons = unrolled('for (i = 5; i < 3; i++) printf("%d\\n", i)\nprintf("%d\\n", i)')
    assert not reasons and stores(nodes, "i") == [5] and printfs(nodes) == 1


def test_a_next_leaves_the_handler_from_the_pass_that_meets_it():
    # `next` ends the probe's run wherever it is met, so each pass keeps its own
    nodes, reasons = unrolled('for (i = 0; i < 5; i++) { if (i == 2) next\nprintf("%d\\n", i) }')
    assert not reasons and stores(nodes, "i") == [0, 1, 2, 3, 4]
    assert sum(isinstance(n, ir.Next) for n in nodes) == 5


def test_guards_decided_by_the_variable_end_a_pass_or_the_loop():
    # stap: 0 printed, 1 skipped, ..., 6 printed, 7 skipped, 8 breaks, i is left 8
    nodes, reasons = unrolled('for (i = 0; i < 10; i++) { if (i % 2) continue\nif (i > 6) break\n'
                              'printf("%d\\n", i) }\nprintf("%d\\n", i)')
    assert not reasons and stores(nodes, "i") == [0, 2, 4, 6, 8] and printfs(nodes) == 5
    assert not any(isinstance(n, (ir.If, ir.Break, ir.Continue)) for n in nodes)
    # an inner loop's break leaves the inner loop only
    nodes, reasons = unrolled('for (i = 0; i < 3; i++) for (j = 0; j < 10; j++) '
                              '{ if (j == 2) break\nprintf("%d%d\\n", i, j) }')
    assert not reasons and printfs(nodes) == 6


def test_negative_values_are_written_as_such():
    nodes, _ = unrolled('for (i = -1; i <= 1; i++) printf("%d\\n", i)')
    assert stores(nodes, "i") == [-1, 0, 1]


@pytest.mark.parametrize("body, why", [
    ('for (i = 0; i < 100; i++) printf("%d\\n", i)',
     f"100 passes: more than the {MAX_PASSES} a port writes out"),
    ('i = 1\nwhile (i <= 100) { s += i; i++ }', "100 passes: more than the 16"),
    ('for (i = 0; i != 5; i += 2) printf("%d\\n", i)', "more passes than the 16"),
    ('for (i = 0; i < 10; i--) printf("%d\\n", i)', "more passes than the 16"),
    ('for (i = 0; i < 10; i++) { if (i == n) break\nprintf("%d\\n", i) }',
     "its `break` at line 2 depends on more than `i` and constants"),
    ('for (i = 0; i < 10; i++) { if (i > 2) { printf("x")\nbreak } }', "its body has a `break`"),
    ('for (i = 0; i < 10; i++) { if (i % 2) continue; else printf("%d\\n", i) }',
     "its body has a `continue`"),
    ('i = 0\nwhile (i < 4) { if (i == 1) continue\ni++ }', "skips the step at its end"),
    ('for (i = 0; i < 5; i++) { printf("%d\\n", i)\ni++ }', "its body changes `i`"),
    ('n = 3\nfor (i = 0; i < n; i++) printf("%d\\n", i)',
     "its condition is not a local variable compared with a constant"),
    ('i = 0\nfor (;;) { if (++i > 4) break }', "its condition is not a local variable"),
    ('for (t = 0; t < 8; !t ? ++t : t += 3) printf("%d\\n", t)', "its step is not `t++`"),
    ('i = 0\nwhile (i < 6) { i++\nprintf("%d\\n", i)\ni += 2\nprintf("%d\\n", i) }',
     "its body changes `i` other than by one step among its statements"),
    ('i = 0\nwhile (i < 6) { if (i == 1) continue\ni++\nprintf("%d\\n", i) }',
     "its `continue` at line 3 skips the step after it"),
    ('i = 0\nwhile (i < 6) { i = i * 2\nprintf("%d\\n", i) }', "its body does not end with `i++`"),
    ('if (pid()) i = 2\nwhile (i < 6) { printf("%d\\n", i); i++ }',
     "`i` is not set to a constant just before it"),
    ('for (i = 0; i < 3; i++) for (j = 0; j < 10; j++) { if (j == n) break\nprintf("x") }',
     "the loop at line 2 in its body is not written out: its `break` at line 2 depends on"),
])
def test_a_loop_is_refused_with_why(body, why):
    assert why in refusal(body)


def test_the_statements_written_out_are_bounded():
    # 16 passes of 4 printfs, and 15 stores of i between them: 79 statements
    body = 'for (i = 0; i < 16; i++) { printf("a%d", i)\nprintf("b")\nprintf("c")\nprintf("d") }'
    assert refusal(body) == (f"its 16 passes write 79 statements: more than the "
                             f"{MAX_STATEMENTS} a port writes out")
    # 4 x 4 nested passes of one printf: 4 * (1 + 4 + 3) + 3 statements, within bounds
    nodes, reasons = unrolled('for (i = 0; i < 4; i++) for (j = 0; j < 4; j++) printf("%d%d", i, j)')
    assert not reasons and printfs(nodes) == 16


def test_a_function_loop_counted_by_a_constant_argument_is_written_out_where_called():
    src = ('global total\nfunction first(n) { for (i = 0; i < n; i++) total++; return total }\n'
           'probe begin { printf("%d\\n", first(3)); exit() }\n')
    d = translate_text(src, "f.stp", "stap", "d")
    assert d.count("total++;") == 3 and "first_i = 1" not in d, d  # the body never reads i


def test_ports_write_the_variable_as_each_language_names_a_local():
    src = 'probe begin {\n\tfor (i = 1; i <= 3; i++)\n\t\tlog(sprintf("line %d", i))\n\texit()\n}\n'
    d = translate_text(src, "l.stp", "stap", "d")
    assert ("    this->i = 1;\n    printf(\"line %d\\n\", this->i);\n    this->i = 2;\n"
            "    printf(\"line %d\\n\", this->i);\n    this->i = 3;\n"
            "    printf(\"line %d\\n\", this->i);\n    exit(0);") in d, d
    vue = translate_text(src, "l.stp", "stap", "vue")
    assert "__auto long long i;" in vue and ("    i = 1;\n    printf(\"line %d\\n\", i);\n"
                                              "    i = 2;\n") in vue, vue


@pytest.mark.parametrize("to, lang", [("d", "D"), ("vue", "Vue")])
def test_a_refused_loop_says_why_in_the_port_error(to, lang):
    src = 'probe begin {\n  for (i = 0; i < 100; i++)\n    printf("%d\\n", i)\n  exit()\n}\n'
    with pytest.raises(XtraceError) as ex:
        translate_text(src, "h.stp", "stap", to)
    assert ex.value.message.startswith(
        f"{lang} has no loops; this 'for' loop cannot be expressed in {lang} (100 passes: more "
        f"than the 16 a port writes out)"), ex.value.message
    assert (ex.value.loc.line, ex.value.loc.col) == (2, 3)


def test_a_loop_in_a_branch_is_written_out_there_and_the_other_branch_is_not_after_it():
    nodes, reasons = unrolled('if (pid()) { for (i = 0; i < 2; i++) printf("%d\\n", i) }\n'
                              'else printf("%d\\n", i)')
    assert not reasons
    branch = next(n for n in nodes if isinstance(n, ir.If))
    assert stores(list(ir.walk(branch.then)), "i") == [0, 1]  # i = 2 is read nowhere after
    assert stores(list(ir.walk(branch.else_)), "i") == []
    # read after the `if`: the value the loop leaves is stored in the branch
    nodes, _ = unrolled('if (pid()) { for (i = 0; i < 2; i++) printf("%d\\n", i) }\nprintf("%d\\n", i)')
    assert stores(nodes, "i") == [0, 1, 2]


def test_a_try_handler_reads_what_a_loop_in_its_body_leaves():
    nodes, _ = unrolled('try { for (i = 0; i < 2; i++) printf("%d\\n", 10 / (1 - i)) }\n'
                        'catch { printf("at %d\\n", i) }')
    assert stores(nodes, "i") == [0, 1, 2]
