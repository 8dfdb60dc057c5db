"""Script text can never break out of the generated C."""

import re
import subprocess

import pytest

from xtrace.backend_c.cstr import c_ident, c_int, c_string

HOSTILE = ['"', "\\", "%s%n", "*/", "/*", "??=", "??/", "\n", "\r\n", "\0", "é€", "\"); system(\"x",
           "\\x41", "$(rm -rf /)", "`id`", "\x7f\x80\xff"]


@pytest.mark.parametrize("s", HOSTILE)
def test_c_string_has_only_safe_characters(s):
    lit = c_string(s)
    inner = lit[1:-1]
    # Nothing but safe printable characters and octal escapes.
    assert re.fullmatch(r'(?:[A-Za-z0-9 _.,:;\-+=/]|\\[0-7]{3})*', inner)
    assert "??" not in inner and "*/" not in inner


def test_c_string_round_trips_through_a_c_compiler(tmp_path):
    src = "#include <stdio.h>\nint main(void) {\n"
    for s in HOSTILE:
        src += f"  fwrite({c_string(s)}, 1, sizeof({c_string(s)}) - 1, stdout); putchar('|');\n"
    src += "  return 0;\n}\n"
    (tmp_path / "t.c").write_text(src)
    subprocess.run(["gcc", "-Wall", "-Werror", "-trigraphs", "-o", str(tmp_path / "t"), str(tmp_path / "t.c")],
                   check=True)
    out = subprocess.run([str(tmp_path / "t")], capture_output=True, check=True).stdout
    assert out == b"".join(s.encode() + b"|" for s in HOSTILE)


def test_identifiers_are_checked_not_escaped():
    assert c_ident("num_2") == "num_2"
    with pytest.raises(ValueError):
        c_ident("a; system()")


def test_int_constants_wrap_to_s64():
    assert c_int(5) == "((s64)5LL)"
    assert c_int(-(1 << 63)) == "((s64)(-9223372036854775807LL - 1))"
    assert c_int(1 << 64) == "((s64)0LL)"
