"""stap -> D and stap -> Vue refusals a porter writes around (branch s2dref3).

1. A stap syscall point that hits more than its own syscall (syscall.epoll_create is
   epoll_create1 too, syscall.getdents getdents64: ir/syscalls.py STAP_ALSO) is
   already one point a syscall; argstr on it was refused ("each syscall it hits
   writes its own arguments"), though each of those points is one syscall. Now its
   argstr is written out a syscall at a time, and the variables stap sets to 0 for
   the other syscall (epoll_create's flags, epoll_create1's size) are that 0. Vue
   writes the extra point without `?` (every x86_64 kernel has it).
2. A clause on a wildcard (`syscall.*`) whose condition tests `name == "rmdir"` is
   the probe on that syscall (frontends/syscall_named.py), so its argstr and retstr
   are written out as for `syscall.rmdir`.

3. retstr printed whole by a Vue printf is an if of two printfs (below).

That the ports print what stap prints runs in the sandbox: the matrix's stap -> d
and stap -> vue cells of sys_close_retstr, sys_epoll_create, sys_fork_vfork,
sys_openat_enoent, sys_rmdir_enoent, sys_wildcard_argstr and sys_write_retstr (and
stap -> d of sys_creat_rename_unlink, whose retstr choice is now an else-if chain)."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import syscalls as sc
from xtrace.ir.loc import XtraceError

from translating import translated, unwrapped


def _d(stap: str) -> str:
    return translated(stap, "d")


def _vue(stap: str) -> str:
    return translated(stap, "vue")


EPOLL = '''probe syscall.epoll_create {
	if (execname() == "python3")
		printf("%s(%s) size=%d flags=%d\\n", name, argstr, size, flags)
}
'''


def test_epoll_create_argstr_is_one_d_clause_a_syscall():
    out = unwrapped(_d(EPOLL))
    assert ('syscall::epoll_create:entry\n/execname == "python3"/\n{\n'
            '    printf("%s(%d) size=%d flags=%d\\n", probefunc, (int)arg0, (int)arg0, 0);\n}'
            in out)
    # epoll_create1's argstr is its flags' names; its size is stap's 0
    assert 'syscall::epoll_create1:entry\n/execname == "python3"/\n{' in out
    assert 'this->flags_str = arg0 == 0 ? "0x0" : substr(this->flags_str, 1);' in out
    assert 'printf("%s(%s) size=%d flags=%d\\n", probefunc, this->flags_str, 0, (int)arg0);' in out


def test_epoll_create_argstr_in_vue_prints_the_flags_piece_by_piece():
    out = _vue(EPOLL)
    assert '@@syscall:*:epoll_create1:entry\nwhen (__pname == "python3")' in out
    assert '?' not in out.split("@@syscall:*:epoll_create1:entry")[0].splitlines()[-1]
    assert 'if (__arg1 & 0x80000)\n        printf("EPOLL_CLOEXEC");' in out
    assert 'printf(") size=%d flags=%d\\n", 0, (int)__arg1);' in out
    assert 'printf("%s(%d) size=%d flags=%d\\n", get_function(), (int)__arg1, (int)__arg1, 0);' in out


def test_the_table_gives_stap_s_zero_for_the_other_syscall():
    assert sc.SYSCALLS["epoll_create"].variables()["flags"].kind == "zero"
    assert sc.SYSCALLS["epoll_create1"].variables()["size"].kind == "zero"
    # neither is in argstr: epoll_create's is its size, epoll_create1's its flags
    assert [v.name for v in sc.SYSCALLS["epoll_create"].argstr_vars] == ["size"]
    assert [v.name for v in sc.SYSCALLS["epoll_create1"].argstr_vars] == ["flags"]


def test_only_the_frontend_s_extra_point_is_written_without_its_question_mark():
    prog = frontends.parse('probe syscall.pipe, syscall.epoll_create? { println(name) }',
                           "t.stp", "stap")
    pts = {(p.name, p.spelling): p for p in prog.probes[0].points}
    assert sc.stap_also_point(pts[("pipe2", "syscall.pipe")])
    assert not sc.stap_also_point(pts[("pipe", "syscall.pipe")])
    # the script's own `?` stays optional; Vue, which has no optional points, writes
    # the points the kernel has plainly (driver/translate.py settle_zdefs_points)
    assert not sc.stap_also_point(pts[("epoll_create1", "syscall.epoll_create?")])
    vue = translate_text('probe syscall.epoll_create? { println(name) }', "t.stp", "stap", "vue")
    assert "@@syscall:*:epoll_create:entry, @@syscall:*:epoll_create1:entry" in vue


WILD = '''probe syscall.* {
	if (execname() == "rmdir" && name == "rmdir")
		printf("%s(%s)\\n", name, argstr)
}
probe syscall.*.return {
	if (name == "rmdir" && execname() == "rmdir") {
		printf("%s = %s\\n", name, retstr)
		exit()
	}
}
'''


def test_a_wildcard_tested_for_one_name_is_the_probe_on_that_syscall():
    out = unwrapped(_d(WILD))
    assert ('syscall::rmdir:entry\n/execname == "rmdir"/\n{\n' in out)
    assert 'printf("%s(\\"%s\\")\\n", probefunc, copyinstr(arg0));' in out
    # retstr too: the return clause is rmdir's, its name test gone
    assert 'syscall::rmdir:return\n/execname == "rmdir"/\n{' in out
    assert 'printf("%s = %d\\n", probefunc, arg0);' in out
    assert 'probefunc == "rmdir"' not in out


def test_the_wildcard_s_argstr_in_vue_is_rmdir_s():
    out = _vue(WILD.split("probe syscall.*.return")[0])
    assert '@@syscall:*:rmdir:entry\nwhen (__pname == "rmdir")' in out
    assert "get_userstring(__arg1, -1)" in out


def test_stap_s_name_of_a_syscall_picks_the_kernel_s():
    out = _d('probe syscall.*.return { if (name == "mmap2") printf("%s\\n", retstr) }')
    assert "syscall::mmap:return\n{" in out


@pytest.mark.parametrize("cond, why", [
    # getdents is getdents64 too: two syscalls, two formats of their own
    ('name == "getdents"', "each syscall it hits writes its own arguments"),
    # a name no syscall of the wildcard has: nothing to narrow to
    ('name == "no_such_call"', "each syscall it hits writes its own arguments"),
    # a test that may be false for rmdir is no narrowing
    ('name != "rmdir"', "each syscall it hits writes its own arguments"),
    ('name == "rmdir" || pid() == 1', "each syscall it hits writes its own arguments"),
])
def test_a_wildcard_not_narrowed_to_one_syscall_stays_refused(cond, why):
    with pytest.raises(XtraceError, match=why):
        translate_text(f'probe syscall.* {{ if ({cond}) printf("%s\\n", argstr) }}', "t.stp", "stap", "d")


# 3. retstr printed by Vue: Vue has no string of a number, but a printf printing
#    retstr whole is an if of two printfs, the errno's name from a table filled at
#    @@BEGIN (as the D port's), Vue's failed call telling its error by __errno.

CLOSE = '''probe syscall.close.return {
	if (execname() == "cat")
		printf("%s = %s\\n", name, retstr)
}
'''


def test_retstr_printed_in_vue_is_an_if_of_two_printfs():
    out = _vue(CLOSE)
    assert ('    if (__rv < 0 && errno_names[__errno] != "")\n'
            '        printf("%s = %d (%s)\\n", get_function(), -__errno, errno_names[__errno]);\n'
            '    else\n'
            '        printf("%s = %d\\n", get_function(), __errno != 0 ? -__errno : __rv);\n' in out)
    assert '@@BEGIN\n{\n    /* stap\'s names of errno values (x86-64 Linux) */\n' in out
    assert '    errno_names[2] = "ENOENT";\n' in out


def test_retstr_of_an_address_in_vue_is_hex():
    out = _vue('probe syscall.brk.return { if (execname() == "true") printf("%s\\n", retstr) }')
    assert 'printf("0x%x\\n", __errno != 0 ? -__errno : __rv);' in out


def test_retstr_beside_a_literal_text_is_a_chain_of_ifs():
    stap = ('probe syscall.fork.return { if (execname() == "python3") '
            'printf("%s = %s\\n", name, retval > 0 ? "PID" : retstr) }')
    out = _vue(stap)
    assert ('    if (__rv > 0)\n        printf("%s = PID\\n", get_function());\n'
            '    else if (__rv < 0 && errno_names[__errno] != "")\n' in out)
    # D's port says the same choice the same way (it joined strings inside the printf)
    d = _d(stap)
    assert ('    if (arg0 > 0)\n        printf("%s = PID\\n", probefunc);\n'
            '    else if (arg0 < 0 && errno_names[-arg0] != "")\n'
            '        printf("%s = %d (%s)\\n", probefunc, arg0, errno_names[-arg0]);\n'
            '    else\n        printf("%s = %d\\n", probefunc, arg0);\n' in d)


@pytest.mark.parametrize("stap", [
    # kept as a value: Vue cannot make the string
    'global r probe syscall.close.return { r = retstr } probe end { println(r) }',
    # padded: the width is the whole text's
    'probe syscall.close.return { printf("%-10s|\\n", retstr) }',
    # twice in one printf
    'probe syscall.close.return { printf("%s %s\\n", retstr, retstr) }',
    # inside an expression
    'probe syscall.close.return { printf("%s\\n", retstr . "!") }',
    # syscalls of two formats (close's decimal, brk's hex)
    'probe syscall.close.return, syscall.brk.return { printf("%s\\n", retstr) }',
])
def test_retstr_vue_cannot_print_whole_stays_refused(stap):
    with pytest.raises(XtraceError, match="'retstr'"):
        translate_text(stap, "t.stp", "stap", "vue")
