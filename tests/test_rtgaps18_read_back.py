"""rtgaps18: what the ports say in notes, read back as the original construct.

Each rule takes only the exact shape a port writes (its note's text, the statement
it concerns); a near miss, as a person might write it, stays as it is."""

from __future__ import annotations

from xtrace.driver.translate import translate_text
from xtrace.frontends.carried_note import CARRIED_FAULT_NOTE
from xtrace.frontends.common import c_comment, note_text


def _to(text: str, src: str, dst: str) -> str:
    ext = {"d": "d", "stap": "stp", "vue": "e"}[src]
    return translate_text(text, f"t.{ext}", src, {"stap": "stp"}.get(dst, dst))


# -- a Vue port's CPU column of 0 (frontends/d/cpu_note_back.py) ---------------

_NONQUIET = ('BEGIN\n{\n\ttrace(1);\n}\n\nsyscall::openat:entry\n/execname == "cat"/\n{\n'
             '\ttrace(2);\n\texit(0);\n}\n')


def test_the_cpu_note_reads_back_as_cpu():
    vue = _to(_NONQUIET, "d", "vue")
    assert 'printf("%3d %6d %32s ", 0, 1, ":BEGIN");' in vue and "the CPU column is 0" in vue
    d = _to(vue, "vue", "d")
    assert 'printf("%3d %6d %32s ", cpu, 1, ":BEGIN");' in d, d
    assert "the CPU column is 0" not in d


def test_a_zero_cpu_without_the_note_stays_zero():
    vue = _to(_NONQUIET, "d", "vue")
    note = vue.index("/*\n * the CPU column is 0")
    bare = vue[:note] + vue[vue.index("*/", note) + 3:]
    d = _to(bare, "vue", "d")
    assert 'printf("%3d %6d %32s ", 0, 1, ":BEGIN");' in d, d


def test_the_note_does_not_reach_another_printf_of_zero():
    """A clause with the note whose printf of 0 is not its probe line (another
    format) keeps the 0."""
    vue = _to(_NONQUIET, "d", "vue").replace('"%3d %6d %32s ", 0, 1', '"%3d %6d %31s ", 0, 1')
    d = _to(vue, "vue", "d")
    assert '"%3d %6d %31s ", 0, 1' in d, d


# -- D's $$N in a probe description (frontends/d/desc_args.py) ----------------

def test_a_kept_argument_spelled_with_two_dollars_is_the_argument():
    one = _to('#pragma D option quiet\nsyscall::$$1:entry { printf("%s\\n", probefunc); }\n', "d", "vue")
    two = _to('#pragma D option quiet\nsyscall::$1:entry { printf("%s\\n", probefunc); }\n', "d", "vue")
    assert one == two and "@@syscall:*:$1:entry" in one, one


# -- a stap array's size, noted by a D or Vue port (print_sizenotes.py) --------

_SIZED = 'global s[3]\nprobe begin { s[1] = 5; s[2] = 6; printf("%d\\n", s[1] + s[2]); exit() }\n'


def test_the_size_note_reads_back_as_the_size():
    for via in ("vue", "d"):
        port = _to(_SIZED, "stap", via)
        assert "holds at most 3 elements" in port, port
        back = _to(port, via, "stap")
        assert "global s[3]" in back and "holds at most" not in back, back


def test_a_size_note_that_says_more_or_names_another_count_stays_a_comment():
    port = _to(_SIZED, "stap", "vue")
    for old, new in (("holds at most 3", "holds at most 4"), ("have no size", "have no size at all"),
                     ("`global s[3]`", "`global t[3]`")):
        back = _to(port.replace(old, new), "vue", "stap")
        assert "\nglobal s\n" in back and "\nglobal s[" not in back, back
        assert new.split()[-1] in back  # the comment kept


# -- a stap port's ifs of D clauses that cannot fault (ir/clausemerge.py) -----

_CARRIED = ('#pragma D option quiet\n'
            'syscall::openat:entry\n/execname == "cat"/\n{\n\tthis->p = copyinstr(arg1);\n}\n\n'
            'syscall::openat:entry\n/this->p == "/etc/hostname"/\n{\n\tthis->n = 42;\n}\n\n'
            'syscall::openat:entry\n/this->n == 42/\n{\n\tprintf("%s\\n", this->p);\n\texit(0);\n}\n')


def test_ifs_after_a_try_block_read_back_as_clauses():
    stap = _to(_CARRIED, "d", "stap")
    assert "try {" in stap and '    if (path == "/etc/hostname")' in stap.replace("p ==", "path =="), stap
    d = _to(stap, "stap", "d")
    assert d.count("syscall::openat:entry") == 3, d
    assert '/this->p == "/etc/hostname"/' in d and "/this->n == 42/" in d, d


def test_ifs_with_an_exit_before_the_last_stay_one_clause():
    """stap runs the ifs after an exit() (D no clause after it): not apart."""
    src = ('probe syscall.openat {\n  try { p = user_string(pointer_arg(2)) } catch { }\n'
           '  if (p == "/etc/hostname") { exit() }\n  if (p != "") { println(p) }\n}\n')
    d = _to(src, "stap", "d")
    assert d.count("syscall::openat:entry") == 2, d
    assert 'if (this->p == "/etc/hostname") {' in d, d


def test_an_if_with_an_else_stays_in_its_clause():
    src = ('probe syscall.openat {\n  try { p = user_string(pointer_arg(2)) } catch { }\n'
           '  if (p == "/etc/hostname") { println(1) } else { println(2) }\n'
           '  if (p != "") { println(p) }\n}\n')
    d = _to(src, "stap", "d")
    assert d.count("syscall::openat:entry") == 2, d


# -- stap's user_string(p, err) noted by a D or Vue port (print_warnstrings) ---

_FALLBACK = ('probe syscall.openat {\n  if (execname() == "cat")\n'
             '    printf("%s\\n", user_string(pointer_arg(2), "-"))\n}\n')


def test_the_fallback_note_reads_back_as_user_string_with_its_text():
    for via in ("d", "vue"):
        port = _to(_FALLBACK, "stap", via)
        assert 'stap printed "-" where the string could not be read' in port, port
        back = _to(port, via, "stap")
        assert 'user_string2(pointer_arg(2), "-")' in back, back
        assert "try" not in back and "stap printed" not in back, back


def test_the_fallback_note_beside_another_string_read_is_left_alone():
    """A clause reading a string of a size too (copyinstr(p, n)): which read the note
    was of is not said."""
    port = _to(_FALLBACK, "stap", "d").replace(
        'printf("%s\\n", copyinstr(arg1));', 'printf("%s %s\\n", copyinstr(arg1), copyinstr(arg1, 4));')
    assert "copyinstr(arg1, 4)" in port
    back = _to(port, "d", "stap")
    assert "user_string2" not in back and "try {" in back, back


# -- D clauses passing this-> on, one Vue clause (frontends/carried_note.py) ---

def test_the_vue_merge_of_clauses_that_can_fault_is_noted_and_read_back():
    vue = _to(_CARRIED, "d", "vue")
    assert "\n".join(c_comment(CARRIED_FAULT_NOTE)) in vue, vue
    d = _to(vue, "vue", "d")
    assert d.count("syscall::openat:entry") == 3, d
    assert "/this->n == 42/" in d and "ProbeVue's locals" not in d, d


def test_a_vue_clause_of_ifs_without_the_note_stays_one_clause():
    vue = _to(_CARRIED, "d", "vue")
    bare = vue.replace("\n".join(c_comment(CARRIED_FAULT_NOTE)) + "\n", "")
    assert "D ran each if" not in bare
    d = _to(bare, "vue", "d")
    assert d.count("syscall::openat:entry") == 1, d


def test_a_merge_that_cannot_fault_has_no_note():
    src = _CARRIED.replace("copyinstr(arg1)", "execname")
    vue = _to(src, "d", "vue")
    assert "D ran each if" not in vue and vue.count("@@syscall:*:openat:entry") == 1, vue


def test_the_note_over_an_if_with_an_else_is_left_alone():
    vue = _to(_CARRIED, "d", "vue")
    body_end = vue.index("exit();")
    shaped = vue[:body_end] + "exit();\n    }\n    else\n    {\n        printf(\"no\\n\");" + vue[body_end + 7:]
    d = _to(shaped, "vue", "d")
    assert d.count("syscall::openat:entry") == 1, d
    assert note_text(CARRIED_FAULT_NOTE).splitlines()[0] in d
