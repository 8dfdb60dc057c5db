"""D's pid provider names the -c command's program by its file's name, as it names a
library (`pid$target:ls::entry` under -c ls, the eighteenth real-script sample's
pid.d): ir/analysis.py _process_program. In the sandbox VM: conformance
d/pid_program_by_name (and its stap and Vue ports under --matrix)."""

from __future__ import annotations

import os

import pytest

from xtrace import frontends
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError

# Debian's python3.11 exports its functions (as conformance d/pid_program_by_name uses)
PROGRAM = "/usr/bin/python3.11"
NAME = os.path.basename(PROGRAM)


def _prog(module: str):
    src = f'#pragma D option quiet\npid$target:{module}:Py_InitializeFromConfig:entry {{ printf("x\\n"); }}\n'
    prog = frontends.parse(src, "t.d", "d")
    prog.options["target_binary"] = PROGRAM
    return prog


@pytest.mark.skipif(not os.path.exists(PROGRAM), reason="needs Debian's python3.11")
def test_the_programs_own_name_is_its_file():
    analysis = analyze(_prog(NAME), _translation_target())
    assert analysis is not None


def test_a_name_neither_the_program_nor_a_library_is_refused():
    with pytest.raises(XtraceError, match="no shared library 'nosuchprog'"):
        analyze(_prog("nosuchprog"), _translation_target())


def test_a_translation_keeps_the_program_by_name():
    src = '#pragma D option quiet\npid$target:ls:main:entry { printf("x\\n"); }\n'
    stap = translate_text(src, "t.d", "d", "stap")
    assert 'probe process("ls").function("main")' in stap and "if (pid() != target()) next" in stap
    assert "@@uft:$__CPID:*:main:entry" in translate_text(src, "t.d", "d", "vue")
