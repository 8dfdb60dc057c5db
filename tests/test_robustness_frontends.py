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
     "failed to set option 'aggsortpos' to '²': Invalid value for specified option"),
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


@pytest.mark.parametrize("text, spot, message", [
    ("@define a %( @b %) @define b %( @a %)\nprobe begin {\n  println(@a) exit() }\n", (3, 11),
     "macro expansion nests too deep (a recursive @define?)"),
    ("@define a(x) %( @a(@x) %)\nprobe begin { println(@a(1)) exit() }\n", (2, 23),
     "macro expansion nests too deep (a recursive @define?)"),
    ("@define a(x) %( @x %) @define b %( @a %)\nprobe begin { println(@b) exit() }\n", (2, 23),
     "macro @a takes 1 argument(s)"),
])
def test_stap_macro_errors_inside_an_expansion_are_at_the_use_in_the_script(text, spot, message):
    """A recursive @define was an error without a location; an error in a macro's
    body was placed at its offset in the expanded text, read as one in the script."""
    with pytest.raises(XtraceError) as err:
        frontends.parse(text, "m.stp", "stap")
    assert err.value.message == message
    assert (err.value.loc.file, err.value.loc.line, err.value.loc.col) == ("m.stp", *spot)


def test_stap_macro_that_grows_exponentially_is_refused():
    """8 uses of @x, 8 deep, expanded to 16M copies: the parse ran for minutes."""
    text = ("@define a(x) %( @x @x @x @x @x @x @x @x %)\n@define b(x) %( @a(@a(@a(@a(@x)))) %)\n"
            "probe begin { println(@b(@b(1))) exit() }\n")
    with pytest.raises(XtraceError) as err:
        frontends.parse(text, "m.stp", "stap")
    assert err.value.message == ("macro expansion is too large (over 1048576 characters: "
                                 "a @define using another many times over?)")
    assert (err.value.loc.line, err.value.loc.col) == (3, 23)


def test_vue_integer_assigned_to_a_float_past_any_double():
    """A 400-digit integer stored in a float was an internal OverflowError."""
    text = "float f;\n@@BEGIN { f = " + "9" * 400 + "; exit(); }\n"
    with pytest.raises(XtraceError) as err:
        frontends.parse(text, "f.e", "vue")
    assert err.value.message == f"integer constant '{'9' * 400}' is too large for a float"
    assert (err.value.loc.line, err.value.loc.col) == (2, 15)
