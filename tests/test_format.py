"""User-side printf: C semantics for the conversions the seed languages use."""

import pytest

from xtrace.runtime.format import FormatError, apply_format, compile_format, parse_format


@pytest.mark.parametrize("fmt,args,want", [
    ("%d", [42], "42"),
    ("%5d|%-5d|%05d", [42, 42, 42], "   42|42   |00042"),
    ("%+d % d", [3, 3], "+3  3"),
    ("%i", [-7], "-7"),
    ("%u", [-1], "18446744073709551615"),
    ("%x %X %#x", [255, 255, 255], "ff FF 0xff"),
    ("%x", [-1], "ffffffffffffffff"),
    ("%o %#o", [8, 8], "10 010"),
    ("%c%c", [72, 105], "Hi"),
    ("%s|%10s|%-10s|%.2s", ["ab", "ab", "ab", "abc"], "ab|        ab|ab        |ab"),
    ("100%%", [], "100%"),
    ("%ld %lld %lu", [1, 2, 3], "1 2 3"),
    (" %8d  %-50s %16d\n", [12, "ls", 99], "       12  ls" + " " * 48 + "               99\n"),
])
def test_printf(fmt, args, want):
    assert apply_format(compile_format(fmt), args) == want


def test_conversion_letters():
    assert parse_format("%s(%d) open (%s)\n") == ["s", "d", "s"]


@pytest.mark.parametrize("bad", ["%", "%q", "%*d"])
def test_bad_formats(bad):
    with pytest.raises(FormatError):
        compile_format(bad)
