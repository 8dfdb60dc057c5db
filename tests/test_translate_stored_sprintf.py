"""A stap sprintf() kept in a variable or array and only printed, ported to Vue as its
pieces (frontends/vue/stored_sprintfs.py): Vue has no sprintf() and makes no string
of a number, so strace-like scripts that keep argstr from a syscall's entry to its
return (conformance stap/sys_mkdir_eexist, sys_brk) were refused."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir.loc import XtraceError

from translating import unwrapped


def _vue(src: str) -> str:
    out = translate_text(src, "t.stp", "stap", "vue")
    frontends.parse(out, "back.e", "vue")  # it is real code
    return unwrapped(out)


def test_argstr_kept_from_entry_to_return_is_its_arguments():
    vue = _vue('global args\n'
               'probe syscall.mkdir { if (execname() == "mkdir") args[tid()] = argstr }\n'
               'probe syscall.mkdir.return {\n'
               '  if (tid() in args) { printf("%s(%s) = %d\\n", name, args[tid()], $return)\n'
               '    delete args[tid()] }\n}\n')
    # the pieces named as argstr's own variables, a thread's own as __thread
    assert "__thread String args_pathname[128];" in vue
    assert "__thread unsigned int args_mode;" in vue
    assert "args_pathname = get_userstring(__arg1, -1);" in vue
    assert "args_mode = (unsigned int)__arg2;" in vue
    # argstr's format written into the printf where the string was printed
    assert 'printf("%s(\\"%s\\", %#o) = %d\\n", get_function(), args_pathname, args_mode, ' in vue
    assert "sprintf" not in vue


def test_a_sprintf_of_a_number_kept_in_a_global_is_its_pieces():
    vue = _vue('global last\n'
               'probe syscall.close { last = sprintf("%s/%d", execname(), pid()) }\n'
               'probe timer.ms(100) { printf("last: %s!\\n", last); exit() }\n')
    assert "last_execname = __pname;" in vue and "last_pid = __pid;" in vue
    assert 'printf("last: %s/%d!\\n", last_execname, last_pid);' in vue


def test_a_membership_test_is_of_the_pieces_companion():
    vue = _vue('global asked\n'
               'probe syscall.brk { if (execname() == "true") asked[tid()] = sprintf("0x%x", brk) }\n'
               'probe syscall.brk.return { if (tid() in asked) { printf("brk(%s)\\n", asked[tid()])\n'
               '  delete asked[tid()] } }\n')
    # the number may be 0, which a missing key reads: `in` is a companion's test
    assert "when (asked_brk_in)" in vue or "if (asked_brk_in)" in vue
    assert 'printf("brk(0x%x)\\n", asked_brk);' in vue


@pytest.mark.parametrize("read", [
    'printf("%20s\\n", last)',                    # a width pads the whole string
    'printf("%s\\n", last); n[last]++',           # a key needs the string
    'printf("%d\\n", strlen(last))',              # so does a function of it
])
def test_a_string_needed_whole_stays_refused(read):
    src = ('global last, n\n'
           'probe syscall.close { last = sprintf("%s/%d", execname(), pid()) }\n'
           f'probe timer.ms(100) {{ {read}; exit() }}\n')
    with pytest.raises(XtraceError) as err:
        translate_text(src, "t.stp", "stap", "vue")
    assert "cannot be expressed in Vue" in err.value.message


STRACE = ('global args\n'
          'probe syscall.mkdir, syscall.rmdir { if (execname() == "mkdir") args[tid()] = argstr }\n'
          'probe syscall.mkdir.return, syscall.rmdir.return {\n'
          '  if (tid() in args) { printf("%s(%s) = %d\\n", name, args[tid()], $return)\n'
          '    delete args[tid()] }\n}\n')


def test_each_syscalls_argstr_is_kept_apart_from_entry_to_return():
    """mkdir's argstr and rmdir's are two formats: a thread's return reads what its
    own entry stored, so each syscall keeps its own pieces and prints its format."""
    vue = _vue(STRACE)
    assert "args_mkdir_pathname = get_userstring(__arg1, -1);" in vue
    assert "args_mkdir_mode = (unsigned int)__arg2;" in vue
    assert "args_rmdir_pathname = get_userstring(__arg1, -1);" in vue
    assert "@@syscall:*:mkdir:exit\nwhen (args_mkdir_pathname_in)" in vue
    assert 'printf("%s(\\"%s\\", %#o) = %d\\n", get_function(), args_mkdir_pathname, args_mkdir_mode,' in vue
    assert "@@syscall:*:rmdir:exit\nwhen (args_rmdir_pathname_in)" in vue
    assert 'printf("%s(\\"%s\\") = %d\\n", get_function(), args_rmdir_pathname,' in vue


def test_argstr_inside_the_scripts_own_sprintf_is_written_into_it():
    vue = _vue('global args\n'
               'probe syscall.mkdir { args[tid()] = sprintf("%s | mode=%d", argstr, mode) }\n'
               'probe syscall.mkdir.return { if (tid() in args) { printf("[%s]\\n", args[tid()])\n'
               '  delete args[tid()] } }\n')
    assert 'printf("[\\"%s\\", %#o | mode=%d]\\n", args_pathname, args_mode, args_mode2);' in vue


@pytest.mark.parametrize("src", [
    pytest.param('global last\n'
                 'probe syscall.close { last = sprintf("%s/%d", execname(), pid()) }\n'
                 'probe syscall.read { last = sprintf("%d", pid()) }\n'
                 'probe timer.ms(100) { printf("%s\\n", last); exit() }\n',
                 id="two formats in one variable"),
    pytest.param('global args\n'
                 'probe syscall.mkdir, syscall.rmdir { if (execname() == "mkdir") args[tid()] = argstr }\n'
                 'probe timer.ms(100) { if (tid() in args) printf("%s\\n", args[tid()]) }\n',
                 id="two syscalls' formats read outside their returns"),
    # (was an internal error: the unlink return's array had no format to write out)
    pytest.param('global args\n'
                 'probe syscall.mkdir { args[tid()] = argstr }\n'
                 'probe syscall.rmdir { args[tid()] = sprintf("%d", 5) }\n'
                 'probe syscall.mkdir.return, syscall.rmdir.return, syscall.unlink.return {\n'
                 '  if (tid() in args) { printf("%s(%s)\\n", name, args[tid()]); delete args[tid()] } }\n',
                 id="a return of a syscall that stores nothing"),
    # (was an internal error: a scalar has no thread's element to keep per syscall)
    pytest.param('global last\n'
                 'probe syscall.mkdir { last = argstr }\n'
                 'probe syscall.rmdir { last = sprintf("%d", 5) }\n'
                 'probe syscall.mkdir.return, syscall.rmdir.return { printf("%s\\n", last) }\n',
                 id="a global of two syscalls' formats"),
])
def test_formats_that_cannot_be_kept_apart_stay_refused(src):
    with pytest.raises(XtraceError) as err:
        translate_text(src, "t.stp", "stap", "vue")
    assert "sprintf() (a formatted string) cannot be expressed in Vue" in err.value.message
