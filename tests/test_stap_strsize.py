"""stap's string size and backtrace depth as real stap's on x86-64: MAXSTRINGLEN
512 (its runtime_defines.h: 256 only on 32-bit kernels), MAXBACKTRACE 20 frames;
D (strsize 256 characters) and Vue keep theirs, and -D overrides both. The
frames in the VM are tests/test_kernel_stap_strsize.py's."""

from __future__ import annotations

import re

import pytest

from xtrace import frontends
from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.ir.analysis import analyze


@pytest.fixture(scope="module")
def target():
    return _translation_target()


def _module(text: str, name: str, target, limits=None):
    lang = {"stp": "stap", "d": "d", "e": "vue"}[name.rsplit(".", 1)[1]]
    return generate(analyze(frontends.parse(text, name, lang), target), limits)


def _define(c: str, name: str) -> int:
    return int(re.search(rf"^#define {name} (\d+)$", c, re.M).group(1))


@pytest.mark.parametrize("text, name, size", [
    ('probe begin { s = "x"; println(s); exit() }\n', "t.stp", 512),
    ('BEGIN { s = "x"; trace(s); exit(0); }\n', "t.d", 257),  # 256 characters and the NUL
    ('@@BEGIN { printf("x\\n"); exit(); }\n', "t.e", 256),
])
def test_default_string_buffer_per_language(text, name, size, target):
    mod = _module(text, name, target)
    assert _define(mod.c_source, "XT_MAXSTRINGLEN") == size
    # the driver reads strings with the module's size
    assert mod.manifest["maxstringlen"] == size


def test_stap_define_overrides_the_default(target):
    mod = _module('probe begin { println(backtrace()); exit() }\n', "t.stp", target,
                  {"MAXSTRINGLEN": 256, "MAXBACKTRACE": 5})
    assert _define(mod.c_source, "XT_MAXSTRINGLEN") == 256
    assert _define(mod.c_source, "XT_MAXBACKTRACE") == 5


def test_d_strsize_option_still_sizes_d_strings(target):
    mod = _module('#pragma D option strsize=1024\nBEGIN { trace("x"); exit(0); }\n', "t.d", target)
    assert _define(mod.c_source, "XT_MAXSTRINGLEN") == 1025


def test_a_stap_string_room_holds_maxbacktrace_words(target):
    """backtrace()'s 20 words of 18 characters, a space apart, fit in the string
    (they did not in 256 bytes: 13 did)."""
    mod = _module('probe begin { println(backtrace()); exit() }\n', "t.stp", target)
    frames, size = _define(mod.c_source, "XT_MAXBACKTRACE"), _define(mod.c_source, "XT_MAXSTRINGLEN")
    assert frames == 20
    assert frames * 19 - 1 < size


@pytest.mark.parametrize("call, user", [("print_backtrace()", False), ("print_ubacktrace()", True)])
def test_printed_backtraces_stop_at_maxbacktrace(call, user, target):
    """stap's print_backtrace()/print_ubacktrace() print at most MAXBACKTRACE frames."""
    mod = _module(f'probe syscall.getppid {{ {call} }}\n', "t.stp", target)
    assert [(s["user"], s["depth"]) for s in mod.manifest["stacks"]] == [(user, 20)]
    if user:  # the walk itself stops there
        assert "xt_put_ustack(c, 0, 20);" in mod.c_source
    mod = _module(f'probe syscall.getppid {{ {call} }}\n', "t.stp", target, {"MAXBACKTRACE": 3})
    assert [s["depth"] for s in mod.manifest["stacks"]] == [3]


def test_d_stack_depths_are_not_maxbacktrace(target):
    """D's ustack() keeps ustackframes (100) frames, stack() all the walk gives."""
    mod = _module('syscall::getppid:entry { stack(); ustack(); }\n', "t.d", target)
    assert [(s["user"], s["depth"]) for s in mod.manifest["stacks"]] == [(False, None), (True, None)]
    assert "xt_put_ustack(c, 1, XT_USTKDEPTH);" in mod.c_source
