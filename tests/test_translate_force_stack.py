"""translate --force: a stack print in a layout the target cannot print is the
target's own stack print of the same frames, after a nearest comment.

Each language prints a stack its own way (D's `module`symbol+0xoff lines, stap's
` 0xADDR : symbol+0xoff/0xsize [module]`, Vue's `symbol+0xoff`), and a port that
cannot print the source's layout refuses naming its own call. With --force the
port used to leave the stack out (chng_cpu.stp's D port printed no stack at all);
now it prints that call, warned as "not translated exactly"."""

from __future__ import annotations

import pytest

from tests.test_translate_force_unset import _forced
from xtrace.driver.translate import translate_text
from xtrace.frontends.gaps import Gaps
from xtrace.ir.loc import XtraceError

STAP = """\
probe syscall.read {
  print_backtrace()
  print_ubacktrace()
  exit()
}
"""


def _near(text: str) -> list[str]:
    return [ln.strip() for ln in text.splitlines() if "xtrace --force: nearest equivalent" in ln]


def test_stap_stacks_are_d_stack_and_ustack():
    text, gaps = _forced(STAP, "s.stp", "d")
    body = [ln.strip() for ln in text.splitlines()]
    assert body.index("stack();") < body.index("ustack();")
    near = _near(text)
    assert "at s.stp:2:3: stap's print_backtrace() prints each frame as" in near[0]
    assert "D's stack() prints the same frames as `module`symbol+0xoff` lines" in near[0]
    assert "D's ustack() prints the same frames as `file`symbol+0xoff` lines" in near[1]
    assert len(gaps.found) == 2 and all(gaps.approximate(ex) for ex in gaps.found)


def test_stap_stacks_are_vue_stktrace():
    text, _ = _forced(STAP, "s.stp", "vue")
    assert "stktrace(PRINT_SYMBOLS, -1);" in text
    assert "stktrace(PRINT_SYMBOLS | GET_USER_TRACE, -1);" in text
    assert "after the kernel stack's" in _near(text)[1]


def test_d_stacks_are_vue_stktrace_with_their_frame_count():
    text, _ = _forced("syscall::read:entry { stack(); ustack(3); exit(0); }\n", "s.d", "vue")
    assert "stktrace(PRINT_SYMBOLS, -1);" in text
    assert "stktrace(PRINT_SYMBOLS | GET_USER_TRACE, 3);" in text
    assert "only the first 3 frames" in _near(text)[1]


def test_a_vue_user_stack_is_stap_print_ubacktrace():
    src = "@@syscall:*:read:entry\n{\n    stktrace(PRINT_SYMBOLS | GET_USER_TRACE, -1);\n    exit();\n}\n"
    text, _ = _forced(src, "s.e", "stap")
    assert "print_ubacktrace()" in text
    assert "Vue's stktrace() prints `symbol+0xoff` lines; print_ubacktrace() prints" in _near(text)[0]


@pytest.mark.parametrize("to", ["d", "vue"])
def test_without_force_the_layout_is_still_refused(to):
    with pytest.raises(XtraceError, match=r"(print_backtrace\(\)|kernel stack) layout has no"):
        translate_text(STAP, "s.stp", "stap", to, gaps=Gaps())
