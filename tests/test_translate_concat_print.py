"""A stap string concatenation printed by a bare %s (`log(a . b)`), and a quoted user
string (stap's `filename` of syscall.open), translated to D and Vue: the pieces and the
quotes are written into the printf's format, as a porter writes the line, rather than
nested strjoin() calls or Vue's `+` (ir/sprintfsplice.py). Found by translating real
stap scripts (docs/translate-real-scripts.md, third sample)."""

from __future__ import annotations

from translating import translated

_to = translated


def test_log_of_a_concatenation_is_one_d_printf():
    d = _to('probe syscall.read { log(execname() . ": " . sprint(pid())) }\n', "d")
    assert 'printf("%s: %d\\n", execname, pid);' in d
    assert "strjoin" not in d


def test_log_of_a_concatenation_is_one_vue_printf():
    vue = _to('probe syscall.read { log("<" . execname() . ">") }\n', "vue")
    assert 'printf("<%s>\\n", __pname);' in vue


def test_a_percent_sign_of_a_concatenated_literal_stays_text():
    d = _to('probe begin { log("100%" . " of " . execname()) }\n', "d")
    assert 'printf("100%% of %s\\n", execname);' in d


def test_a_padded_concatenation_is_left_whole():
    # `%-20s` pads the whole string, which its pieces' conversions cannot say
    d = _to('probe begin { printf("%-20s|\\n", execname() . "x") }\n', "d")
    assert 'printf("%-20s|\\n", strjoin(execname, "x"));' in d


def test_a_quoted_user_string_has_its_quotes_in_the_format():
    # stap's syscall.open `filename` is user_string_quoted(): printed "like this"
    stp = 'probe syscall.open { printf("%s %s\\n", execname(), filename) }\n'
    assert 'printf("%s \\"%s\\"\\n", execname, copyinstr(arg0));' in _to(stp, "d")
    assert 'printf("%s \\"%s\\"\\n", __pname, get_userstring(__arg1, -1));' in _to(stp, "vue")


def test_a_concatenated_quoted_user_string_too():
    d = _to('probe syscall.open { log(execname() . ": " . filename) }\n', "d")
    assert 'printf("%s: \\"%s\\"\\n", execname, copyinstr(arg0));' in d


def test_a_quoted_user_string_with_a_width_keeps_its_quotes_in_the_value():
    # `%-30s` counts the quotes in the width: they stay part of the string
    d = _to('probe syscall.open { printf("%-30s|\\n", filename) }\n', "d")
    assert 'printf("%-30s|\\n", strjoin("\\"", strjoin(copyinstr(arg0), "\\"")));' in d


def test_a_quoted_user_string_compared_with_a_quoted_literal_drops_the_quotes():
    # real scripts spell the quotes stap's syscall variables carry: filename == "\"/x\""
    stp = 'probe syscall.openat { if (filename == "\\"/etc/hostname\\"") log(execname()) }\n'
    assert '/copyinstr(arg1) == "/etc/hostname"/' in _to(stp, "d")
    assert 'get_userstring(__arg2, -1) == "/etc/hostname"' in _to(stp, "vue")
    stp = 'probe syscall.openat { if ("\\"/tmp\\"" != filename) log(execname()) }\n'
    assert '/copyinstr(arg1) != "/tmp"/' in _to(stp, "d")


def test_a_literal_with_an_escape_keeps_the_quoted_comparison():
    # a backslash inside: the quoting's escapes decide equality, kept as written
    stp = 'probe syscall.openat { if (filename == "\\"a\\\\\\\\b\\"") log(execname()) }\n'
    assert 'strjoin("\\"", strjoin(copyinstr(arg1), "\\"")) ==' in _to(stp, "d")
