"""The twentieth real-script sample's fixes (docs/translate-real-scripts.md): the
parentheses a porter writes where precedence does not need them (ir/clearparens.py),
in the three printers."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError
from xtrace.ir import nodes as ir
from xtrace.ir.clearparens import wants_parens
from translating import translated

# cadets/libdtrace-experiments' bitwisechain.d, with its result printed
BITWISE_D = ('#pragma D option quiet\n'
             'BEGIN\n{\n'
             '    x = 3;\n    y = 4;\n'
             '    z = ((x << 1) ^ (y << 2)) | ((x & y) >> 3) & (~y);\n'
             '    w = (x & y) | (x ^ y) | x + y << 1;\n'
             '    printf("%d %d\\n", z, w);\n'
             '    exit(0);\n}\n')
Z = "z = ((x << 1) ^ (y << 2)) | (((x & y) >> 3) & ~y)"
W = "w = (x & y) | (x ^ y) | ((x + y) << 1)"


@pytest.mark.parametrize("to", ["stap", "vue"])
def test_mixed_bitwise_operators_keep_their_parentheses(to):
    out = translated(BITWISE_D, to, "d")
    assert Z in out and W in out


def test_the_stap_port_back_in_d_keeps_them_too():
    stap = translated(BITWISE_D, "stap", "d")
    d = translate_text(stap, "t.stp", "stap", "d")
    assert Z + ";" in d and W + ";" in d


def test_a_shifted_value_masked_is_parenthesized():
    stap = ("global x, y\n"
            "probe begin { x = 4660; y = x >> 8 & 4095; printf(\"%d %d\\n\", y, x & y | 1); exit() }\n")
    for to in ("d", "vue"):
        out = translate_text(stap, "t.stp", "stap", to)
        assert "y = (x >> 8) & 4095" in out
        assert "(x & y) | 1" in out


def test_same_operator_chains_and_comparisons_under_logic_stay_bare():
    stap = ("global a, b, c\n"
            "probe begin { a = 1; b = 2; c = 3\n"
            "  if (a < b && b < c || a == c) printf(\"%d\\n\", a | b | c + 1)\n"
            "  exit() }\n")
    d = translate_text(stap, "t.stp", "stap", "d")
    assert "if ((a < b && b < c) || a == c)" in d
    assert "a | b | (c + 1)" in d


def test_the_rule():
    x, y = ir.Var("x"), ir.Var("y")
    assert wants_parens("^", ir.Binary("<<", x, y))
    assert wants_parens("|", ir.Binary("&", x, y))
    assert wants_parens("&", ir.Binary("==", x, y))
    assert wants_parens("<<", ir.Binary("+", x, y))
    assert wants_parens("||", ir.Binary("&&", x, y))
    assert not wants_parens("|", ir.Binary("|", x, y))
    assert not wants_parens("&&", ir.Binary("==", x, y))
    assert not wants_parens("+", ir.Binary("*", x, y))
    assert not wants_parens("|", x)


# cadets/dtrace-scripts' mprotect.d, shortened: an inline with a parameter
PROT_D = ('#pragma D option quiet\n'
          'inline string prot_table[int32_t prot] =\n'
          '    prot == 0 ? "[PROT_NONE]" :\n'
          '    prot == (1 | 2) ? "[PROT_READ, PROT_WRITE]" : "";\n'
          'syscall::mprotect:entry\n{\n'
          '    flags = arg2;\n'
          '    printf("%s\\n", prot_table[flags]);\n}\n')


def test_an_inline_with_parameters_is_accepted_as_a_function():
    stap = translated(PROT_D, "stap", "d")
    assert ('function prot_table:string(prot:long)\n{\n'
            '    return prot == 0 ? "[PROT_NONE]" : prot == (1 | 2) ? "[PROT_READ, PROT_WRITE]" : ""\n}') in stap
    # the parameter's int32_t: C's conversion of the argument
    assert "log(prot_table(dtrace_int(flags)))" in stap


def test_an_inline_with_parameters_is_written_out_in_vue_and_d():
    vue = translated(PROT_D, "vue", "d")
    assert "prot_table_prot = flags;" in vue
    assert 'prot_table_prot == 0 ? "[PROT_NONE]"' in vue
    d = translate_text(translated(PROT_D, "stap", "d"), "t.stp", "stap", "d")
    assert 'this->prot_table_prot == (1 | 2) ? "[PROT_READ, PROT_WRITE]" : ""' in d


def test_an_inline_with_parameters_checks_its_arguments():
    bad = PROT_D.replace("prot_table[flags]", "prot_table[flags, 1]")
    with pytest.raises(XtraceError, match=r"prot_table\[ \] prototype mismatch: 2 keys passed, 1 expected"):
        translate_text(bad, "t.d", "d", "stap")
    twice = PROT_D.replace("syscall::", "inline int prot_table = 1;\nsyscall::")
    with pytest.raises(XtraceError, match="identifier redeclared"):
        translate_text(twice, "t.d", "d", "stap")
