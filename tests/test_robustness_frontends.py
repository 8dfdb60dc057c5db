"""Scripts the robustness fuzzing found raising Python exceptions in pass 1
(regressions): each now fails with a located XtraceError."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.ir.loc import XtraceError


@pytest.mark.parametrize("text, name, spot, message", [
    ("#pragma D option ustackframes=²\nBEGIN { exit(0); }\n", "s.d", (1, 1),
     "failed to set option 'ustackframes' to '²': Invalid value for specified option"),
    ("#pragma D option aggsortpos=²\nBEGIN { exit(0); }\n", "s.d", (1, 1),
     "invalid value '²' for option aggsortpos"),
    ("@@interval:*:clock:² { exit(); }\n", "s.e", (1, 20),
     "expected a positive number of milliseconds, found '²'"),
    ("@@syscall:²:read:entry { exit(); }\n", "s.e", (1, 11), "expected a process id or '*', found '²'"),
    ("@@sysproc:exit:² { exit(); }\n", "s.e", (1, 16), "expected a process id or '*', found '²'"),
])
def test_digits_str_isdigit_takes_but_int_does_not(text, name, spot, message):
    """str.isdigit() is true of '²' (and other non-decimal digits), which int()
    refuses: the checks took it for a number and int() raised ValueError."""
    with pytest.raises(XtraceError) as err:
        frontends.parse(text, name, frontends.lang_for(name))
    assert err.value.message == message
    assert (err.value.loc.file, err.value.loc.line, err.value.loc.col) == (name, *spot)
