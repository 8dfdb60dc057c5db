"""Vue -> D and stap ports: a @@BEGIN that only declares variables (IBM's style) is the
port's globals, with no empty BEGIN clause / begin probe left behind; Vue's errno and
signal names stay names in D, and its test of a failed call is errno."""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text

VUE = """@@BEGIN
{
\tprobev_timestamp_t ts1, ts2;
}
@@syscall:*:write:entry
{
\tts1 = timestamp();
}
@@syscall:*:write:exit
{
\tts2 = timestamp();
\tprintf("%d\\n", diff_time(ts1, ts2, MICROSECONDS) >= 0);
}
"""


@pytest.mark.parametrize("to, empty", [("d", "BEGIN"), ("stap", "probe begin")])
def test_a_begin_of_declarations_leaves_no_empty_clause(to, empty):
    port = translate_text(VUE, "t.e", "vue", to)
    assert "ts1" in port and "ts2" in port
    assert empty not in port, port


def test_a_begin_that_does_something_stays():
    port = translate_text(VUE.replace("ts2;\n", 'ts2;\n\tprintf("go\\n");\n'), "t.e", "vue", "stap")
    assert "probe begin" in port and 'printf("go\\n")' in port


def test_errno_and_signal_names_stay_names_in_d():
    # Vue's symbolic constants that D's library defines too keep their names
    vue = '@@BEGIN\n{\n\tprintf("%d %d %d\\n", EPERM, SIGKILL, NULL);\n\texit();\n}\n'
    d = translate_text(vue, "t.e", "vue", "d")
    assert 'printf("%d %d %d\\n", EPERM, SIGKILL, 0);' in d
    assert "inline" not in d  # D's own constants: nothing declared


def test_a_failed_call_test_is_errno_in_d():
    # Vue's `__rv == -1` is -1 exactly where errno is set: D says the failure itself
    vue = ("int bind(void);\n@@syscall:*:bind:exit\n\twhen (__rv == -1 && __errno == EADDRINUSE)\n"
           '{\n\tprintf("failed\\n");\n}\n')
    d = translate_text(vue, "t.e", "vue", "d")
    assert "/errno != 0 && errno == EADDRINUSE/" in d, d
    ok = translate_text(vue.replace("__rv == -1", "__rv != -1"), "t.e", "vue", "d")
    assert "/errno == 0 && errno == EADDRINUSE/" in ok, ok
