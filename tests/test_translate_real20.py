"""The twentieth real-script sample's fixes (docs/translate-real-scripts.md): the
parentheses a porter writes where precedence does not need them (ir/clearparens.py),
in the three printers."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
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
