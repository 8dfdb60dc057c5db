"""stap's `user_mode() ? 0 : addr()` / `user_mode() ? addr() : 0`, how the stap
translation says D's profile arg0 / arg1, read back as those in D
(frontends/d/profile_pcs.py), and what is not."""

from __future__ import annotations

import pytest

from xtrace.ir.loc import XtraceError
from translating import translated


def test_d_profile_args_come_back_from_stap_as_arg0_and_arg1():
    d = ("#pragma D option quiet\nuint64_t pc;\n"
         "profile-997 /arg0 != 0 && arg1 == 0/ { pc = arg0; }\n"
         "tick-1s { printf(\"%d %d %d\\n\", arg0 != 0, arg1 != 0, pc); exit(0); }\n")
    stp = translated(d, "stap", "d")
    # tested, they are the mode (ir/profilemode.py): kernel mode, said once
    assert "    if (user_mode()) next\n    pc = user_mode() ? 0 : addr()\n" in stp
    back = translated(stp, "d")
    assert "/arg0/" in back and "pc = arg0;" in back
    assert 'printf("%d %d %d\\n", arg0 != 0, arg1 != 0, pc);' in back


def test_a_stap_script_reading_the_kernel_pc_at_a_timer_is_arg0_in_d():
    d = translated("global n\nprobe timer.profile { if (!user_mode()) n = user_mode() ? 0 : addr() }\n", "d")
    assert "n = arg0;" in d


@pytest.mark.parametrize("expr", ["user_mode() ? 1 : addr()", "user_mode() ? addr() : 5", "addr()"])
def test_other_uses_of_addr_at_a_timer_are_not_profile_args(expr):
    with pytest.raises(XtraceError, match="addr"):
        translated(f"global n\nprobe timer.profile {{ n = {expr} }}\n", "d")


def test_the_expression_is_not_arg0_outside_a_timer_probe():
    # at a kernel function, D's arg0 is the function's first argument
    with pytest.raises(XtraceError, match="user_mode|addr"):
        translated("global n\nprobe kernel.function(\"vfs_read\") { n = user_mode() ? 0 : addr() }\n", "d")
