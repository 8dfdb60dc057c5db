"""stap's ansi_set_color() in its three forms (ansi.stp): (fg) prints ESC[fg m,
(fg, bg) ESC[bg;fg m, (fg, bg, attr) ESC[bg;fg;attr m, or ESC[bg;fg m when attr is
0. The newer tapset overloads the one name; the older one calls the 2- and
3-argument forms ansi_set_color2/3. Checked on what xtrace's stap program calls and
on the escape sequences its D and Vue ports print (their printf()s evaluated)."""

from __future__ import annotations

import re

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.stap.library import with_library
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError

SCRIPT = """probe begin {
    ansi_set_color(31)
    ansi_set_color(31, 42)
    ansi_set_color(31, 42, 1)
    ansi_set_color(31, 42, 0)
    ansi_set_color2(33, 44)
    ansi_set_color3(33, 44, 4)
    ansi_reset_color()
    exit()
}
"""
# what stap prints for each call above, in order
WANTED = ["\x1b[31m", "\x1b[42;31m", "\x1b[42;31;1m", "\x1b[42;31m",
          "\x1b[44;33m", "\x1b[44;33;4m", "\x1b[0;0m"]

_PRINTF = re.compile(r'printf\("((?:[^"\\]|\\.)*)"((?:, -?\d+)*)\);')


def printed(port: str) -> list[str]:
    """The text each constant printf() of `port` prints (its integer arguments)."""
    out = []
    for m in _PRINTF.finditer(port):
        fmt = m.group(1).replace("\\033", "\x1b")
        args = tuple(int(a) for a in m.group(2).split(", ")[1:])
        out.append(fmt % args)
    return out


@pytest.mark.parametrize("to", ["d", "vue"])
def test_the_three_forms_print_stap_escape_sequences(to):
    assert printed(translate_text(SCRIPT, "t.stp", "stap", to)) == WANTED


def test_two_and_three_arguments_call_the_library_forms():
    prog = frontends.parse(SCRIPT, "t.stp", "stap")
    calls = [c.name for p in prog.probes for c in ir.walk(p.body) if isinstance(c, ir.FuncCall)]
    assert calls[:6] == ["ansi_set_color", "ansi_set_color2", "ansi_set_color3",
                         "ansi_set_color3", "ansi_set_color2", "ansi_set_color3"]


def test_only_the_forms_called_are_appended():
    text = with_library("probe begin { ansi_set_color(31, sprintf(\"%d,\", 1)) }")
    assert "function ansi_set_color2" in text and "function ansi_set_color3" not in text
    assert "function ansi_set_color2" not in with_library("probe begin { ansi_set_color(31) }")


def test_a_script_of_its_own_ansi_set_color_is_not_overloaded():
    src = "function ansi_set_color(fg) { print(fg) }\nprobe begin { ansi_set_color(31, 42) }"
    with pytest.raises(XtraceError, match="takes 1 argument, 2 given"):
        frontends.parse(src, "t.stp", "stap")
