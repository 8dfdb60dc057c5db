"""The stap reading of a Vue port's note of stap's rule at run-time errors (rtgaps17).

A Vue port of a stap script whose clauses can fault says, above its first clause,
that stap ended the session at the first run-time error where a Vue error ends only
its clause (frontends/vue/printer.py). That note is the porter's word that the
script's rule was stap's: read back in stap, its clauses are plain probes, not the
try blocks a Vue script's clauses that can fault get, and the note goes
(ir/clause_errors.py clauses_as_try). A clause whose first fault is its test of a
syscall's string against a literal, the port of stap's quoted variable (which does
nothing where the string cannot be read), stays in its try block."""

from __future__ import annotations

from xtrace.driver.translate import translate_text
from xtrace.ir.clause_errors import SESSION_ENDS_NOTE
from xtrace.frontends.common import note_text

_NOTE = "/*\n" + "".join(f" * {ln}\n" for ln in note_text(SESSION_ENDS_NOTE).splitlines()) + " */\n"

_DIVIDES = ('__global long long zero;\n\n{note}\n@@BEGIN\n{{\n    printf("before\\n");\n'
            '    printf("%d\\n", 10 / zero);\n}}\n')


def _stap(text: str) -> str:
    return translate_text(text, "t.e", "vue", "stp")


def test_the_note_reads_back_as_stap_rule_without_try_blocks():
    out = _stap(_DIVIDES.format(note=_NOTE))
    assert 'printf("%d\\n", 10 / zero)' in out
    assert "try" not in out and "catch" not in out
    # the note and the try blocks' note are gone: there is nothing left for them to say
    assert "stap ended the session" not in out and "ProbeVue" not in out, out


def test_without_the_note_a_clause_that_can_fault_is_a_try_block():
    out = _stap(_DIVIDES.format(note=""))
    assert "try {" in out and "} catch { }" in out


def test_the_note_first_in_the_file_is_read_too():
    """First in the file, the note is the script's opening comment."""
    out = _stap(_NOTE + '\n@@BEGIN\n{\n    __auto long long b;\n    b = 0;\n    printf("%d\\n", 1 / b);\n}\n')
    assert "try" not in out and "stap ended the session" not in out, out


def test_the_port_of_a_quoted_variable_test_stays_in_its_try_block():
    """stap's `filename == "\\"/etc/hostname\\""` is, in Vue, a test of
    get_userstring(__arg2, -1) whose fault ends the clause: does nothing, as the
    quoted test does where the string cannot be read."""
    src = ('long long openat(long long, long long, long long, long long);\n\n' + _NOTE
           + '\n@@syscall:*:openat:entry\n{\n    if (__pname == "cat" && get_userstring(__arg2, -1) == '
           '"/etc/hostname")\n    {\n        printf("%s\\n", get_userstring(__arg2, -1));\n'
           '        exit();\n    }\n}\n')
    out = _stap(src)
    assert 'if (user_string(pointer_arg(2)) != "/etc/hostname") next' in out
    assert "try {" in out, out
    # ... but not where something else in the clause can fault after the test
    other = _stap(src.replace('printf("%s\\n", get_userstring(__arg2, -1));',
                              'printf("%s\\n", get_userstring(__arg3, -1));'))
    assert "try" not in other, other
