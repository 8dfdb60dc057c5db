"""stap's syscall `retstr` ported to D (frontends/retstr_port.py), and the `tid() in
args` of the strace-like scripts that keep an argstr until the return (ir/membership.py:
a joined argstr is never ""). That the ports print what stap prints runs in the
sandbox: the matrix's stap -> d cells of sys_mkdir_rmdir, sys_rmdir_enoent,
sys_access_enoent, sys_brk and the other sys_*retstr-reading cases. Here: the text,
and that it reads back as D. The matrix (stap -> d, VM) of sys_mkdir_rmdir, sys_mkdir_eexist,
sys_rmdir_enoent, sys_access_enoent, sys_creat_rename_unlink, sys_kill_sig0, sys_link_calls,
sys_stat_family, sys_unlinkat, sys_write_retstr, sys_openat_enoent, sys_brk and sys_fork_vfork
printed what stap prints: 13/13."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError

_STRACE = """global args
probe syscall.mkdir, syscall.rmdir { args[tid()] = argstr }
probe syscall.mkdir.return, syscall.rmdir.return {
    if (tid() in args) {
        printf("%s(%s) = %s\\n", name, args[tid()], retstr)
        delete args[tid()]
    }
}
"""

# xt_fmt_ret: the value then the errno's name where one names it, else the number
_FAILED = 'arg0 < 0 && errno_names[-arg0] != "" ? ' \
          'strjoin(strjoin(strjoin(lltostr(arg0), " ("), errno_names[-arg0]), ")") : '


def _d(stap: str) -> str:
    out = translate_text(stap, "t.stp", "stap", "d")
    frontends.parse(out, "back.d", "d")  # it is real D
    return out


def test_the_strace_like_script_reaches_d():
    out = _d(_STRACE)
    # an argstr kept as a value always has its first argument (a quoted path): never ""
    assert '/self->args != ""/' in out
    # the failure or the value: an if of two printfs, each with its own conversions
    # (ir/printfbranches.py), as a porter writes it rather than strjoin()s in one
    assert ('    if (arg0 < 0 && errno_names[-arg0] != "")\n'
            '        printf("%s(%s) = %d (%s)\\n", probefunc, self->args, arg0, errno_names[-arg0]);\n'
            '    else\n'
            '        printf("%s(%s) = %d\\n", probefunc, self->args, arg0);\n') in out, out


def test_errno_names_are_filled_at_begin():
    out = _d(_STRACE)
    assert "string errno_names[int64_t];" in out
    begin = out.split("BEGIN")[1].split("}")[0]
    assert 'errno_names[2] = "ENOENT";' in begin
    assert 'errno_names[17] = "EEXIST";' in begin
    assert begin.count("errno_names[") > 130  # every number the kernel returns


def test_an_address_is_hex_and_umask_octal():
    out = _d('probe syscall.brk.return { printf("%s\\n", retstr) }')
    assert '    else\n        printf("0x%x\\n", arg0);' in out, out
    out = _d('probe syscall.umask.return { printf("%s\\n", retstr) }')
    assert '    else\n        printf("%#o\\n", arg0);' in out, out
    # kept as a value, the text is built: lltostr() in its base
    out = _d('global r\nprobe syscall.brk.return { r = retstr }\nprobe end { printf("%s\\n", r) }')
    assert _FAILED + 'lltostr(arg0, 16);' in out, out


def test_retstr_kept_as_a_value():
    out = _d('global r\nprobe syscall.close.return { r[tid()] = retstr }\n'
             'probe syscall.exit_group { printf("%s\\n", r[tid()]) }')
    assert 'self->r = ' + _FAILED + 'lltostr(arg0);' in out


@pytest.mark.parametrize("points", ["syscall.brk.return, syscall.close.return",
                                    "syscall.*.return"])
def test_syscalls_of_different_formats_are_refused(points):
    with pytest.raises(XtraceError, match="built-in 'retstr' has no D equivalent"):
        translate_text(f'probe {points} {{ printf("%s\\n", retstr) }}', "t.stp", "stap", "d")


def test_a_join_of_pieces_that_may_be_empty_is_no_membership():
    stap = ('global a\nprobe syscall.close { a[tid()] = execname() . "" }\n'
            'probe syscall.close.return { if (tid() in a) delete a[tid()] }')
    _d(stap)  # execname() is never "": its join is not either
    stap = ('global a\nprobe syscall.close { a[tid()] = user_string(0) . "" }\n'
            'probe syscall.close.return { if (tid() in a) delete a[tid()] }')
    # (what may be "" has its keys kept in a companion array: ir/presence.py)
    d = translate_text(stap, "t.stp", "stap", "d")
    assert "/self->a_in/" in d and 'self->a != ""' not in d, d
