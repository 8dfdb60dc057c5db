"""The stap reading of D and Vue ports that write stap's readers out (branch rtgaps16).

1. A clause of a D or Vue port noting `stap warned and printed "X" where the string could not be
   read; D (Vue) reports the fault instead` (the port of user_string_warn(), s2dref4)
   reads its user strings back as user_string_warn() / user_string_n_warn() with that
   default, which cannot fault: no try block (frontends/stap/print_warnstrings.py).
2. D's stringof(curthread->group_leader->comm), the process's name, is stap's
   pid2execname(pid()) (frontends/stap/print_pidexec.py)."""

from __future__ import annotations

from xtrace.driver.translate import translate_text

_NOTE = '/* stap warned and printed {} where the string could not be read; {} reports the fault instead */'


def _stap(text: str, lang: str = "d") -> str:
    if lang == "d":
        text = "#pragma D option quiet\n" + text
    return translate_text(text, "t.d" if lang == "d" else "t.e", lang, "stp")


def test_a_noted_d_clause_reads_user_string_warn_back():
    out = _stap('syscall::openat:entry\n/execname == "cat" && copyinstr(arg1) == "/x"/\n{\n    '
                + _NOTE.format('""', "D") + '\n    printf("%s|%s\\n", copyinstr(arg1), copyinstr(arg1, 8));\n}\n')
    assert 'if (execname() != "cat" || user_string_warn(pointer_arg(2)) != "/x") next' in out
    assert 'printf("%s|%s\\n", user_string_warn(pointer_arg(2)), user_string_n_warn(pointer_arg(2), 8))' in out
    assert "try" not in out and "stap printed" not in out and "user_string(" not in out


def test_a_noted_default_is_given_to_each_read():
    out = _stap('syscall::openat:entry\n{\n    ' + _NOTE.format('"-"', "D")
                + '\n    printf("[%s]\\n", copyinstr(arg1));\n}\n')
    assert 'printf("[%s]\\n", user_string_warn(pointer_arg(2), "-"))' in out


def test_a_noted_vue_clause_reads_user_string_warn_back():
    out = _stap('@@syscall:*:openat:entry\n{\n    ' + _NOTE.format('""', "Vue")
                + '\n    printf("%s\\n", get_userstring(__arg2, -1));\n}\n', "vue")
    assert "user_string_warn(" in out and "try" not in out


def test_reads_without_the_note_or_under_two_defaults_stay_user_string():
    plain = _stap('syscall::openat:entry\n{\n    printf("%s\\n", copyinstr(arg1));\n}\n')
    assert "user_string(pointer_arg(2))" in plain and "user_string_warn" not in plain
    two = _stap('syscall::openat:entry\n{\n    ' + _NOTE.format('""', "D") + '\n    printf("%s\\n", '
                'copyinstr(arg1));\n    ' + _NOTE.format('"-"', "D") + '\n    printf("%s\\n", copyinstr(arg2));\n}\n')
    assert "user_string_warn" not in two and "try" in two
    # a port whose stap script ended its session at a fault (D's ERROR clause): some
    # reads were stap's user_string(), which the note does not tell apart
    ended = _stap('syscall::openat:entry\n{\n    ' + _NOTE.format('""', "D") + '\n    printf("%s %s\\n", '
                  'copyinstr(arg1), copyinstr(arg2));\n}\nERROR\n{\n    exit(1);\n}\n')
    assert "user_string_warn" not in ended
    # stap's user_string(p, err), which does not warn, is noted without "warned and"
    fallback = _stap('syscall::openat:entry\n{\n    /* stap printed "-" where the string could not be '
                     'read; D reports the fault instead */\n    printf("[%s]\\n", copyinstr(arg1));\n}\n')
    assert "user_string_warn" not in fallback


def test_the_group_leaders_comm_is_pid2execname_of_pid():
    out = _stap('syscall::getppid:entry\n/stringof(curthread->group_leader->comm) == "python3"/\n{\n'
                '    printf("[%s]\\n", stringof(curthread->group_leader->comm));\n}\n')
    assert 'if (pid2execname(pid()) != "python3") next' in out
    assert 'printf("[%s]\\n", pid2execname(pid()))' in out and "try" not in out
    # another task's comm is the member read
    other = _stap('syscall::getppid:entry\n{\n    printf("%s\\n", stringof(curthread->real_parent->comm));\n}\n')
    assert "pid2execname" not in other and "real_parent" in other
