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


@pytest.mark.parametrize("bad", ["%", "%q", "%5%", "%v"])
def test_bad_formats(bad):
    with pytest.raises(FormatError):
        compile_format(bad)


def test_stack_key_conversion_k_as_libdtrace_prints_it():
    # the key text is what the default layout prints: a newline, frames indented 14
    key = "\n" + "".join(" " * 14 + f + "\n" for f in ("vmlinux`a+0x1", "vmlinux`b"))
    assert apply_format(compile_format("%k|"), [key]) == "\nvmlinux`a+0x1\nvmlinux`b\n|"
    # left-aligned: indented by the width, each frame padded to it
    assert apply_format(compile_format("%-12k|"), [key]) == \
        "\n" + " " * 12 + "vmlinux`a+0x1\n" + " " * 12 + "vmlinux`b   \n|"


# Expected texts are what C's printf (and DTrace's %S/%Y/%a) print for these arguments.
@pytest.mark.parametrize("fmt,args,want", [
    ("%*d|", [6, 42], "    42|"),
    ("%-*d|", [6, 42], "42    |"),
    ("%*d|", [-6, 42], "42    |"),              # a negative * width means left-justify
    ("%.*s|", [2, "abcdef"], "ab|"),
    ("%*.*s|", [5, 2, "abcdef"], "   ab|"),
    ("%.3d %.0d|", [7, 0], "007 |"),           # precision 0 prints no digits for 0
    ("%08.3d|", [7], "     007|"),            # '0' is ignored with a precision
    ("%hd %hhd", [65537, 255], "1 -1"),       # h / hh read a short / a char
    ("%hu %hhu %hx", [-1, -1, 0x12345], "65535 255 2345"),
    ("%lld %ld %li %lu", [-5, -5, -5, 5], "-5 -5 -5 5"),
    ("%#o %#x %#X", [0, 0, 255], "0 0 0XFF"),
    ("%+.2e|%10.3f|%g|%G", [12345.678, 3.14159, 0.0001, 1e20], "+1.23e+04|     3.142|0.0001|1E+20"),
    ("%e", [1], "1.000000e+00"),
    ("%-4c|%4c|", [65, 66], "A   |   B|"),
    ("%S", ['a\tb\n"\\\x01'], 'a\\tb\\n\\"\\\\\\001'),
    # libdtrace's strchr2esc reads a signed char: UTF-8 bytes are octal escapes
    ("%S", ["caf\u00e9\x7f"], "caf\\303\\251\\177"),
    ("%10S|", ["ab"], "        ab|"),
    ("%p", [255], "0xff"),
])
def test_printf_d_conversions(fmt, args, want):
    assert apply_format(compile_format(fmt), args) == want


def test_walltimestamp(monkeypatch):
    monkeypatch.setenv("TZ", "UTC")
    import time
    time.tzset()
    # 2026-12-01 09:39:29 UTC: DTrace's "%Y %b %e %T", day padded with a blank.
    ns = 1796117969 * 1_000_000_000 + 123
    assert apply_format(compile_format("%Y"), [ns]) == "2026 Dec  1 09:39:29"
    assert apply_format(compile_format("[%-22Y]"), [ns]) == "[2026 Dec  1 09:39:29  ]"
    monkeypatch.delenv("TZ")
    time.tzset()


def test_symbol_addresses():
    syms = {0xffffffff81000010: ("vfs_read", 0x10, "vmlinux"), 0xffffffff81000000: ("vfs_read", 0, "vmlinux")}
    look = syms.get
    fmt = compile_format("%a|%a|%a")
    assert apply_format(fmt, [0xffffffff81000010, 0xffffffff81000000, 0x1234], look) == \
        "vmlinux`vfs_read+0x10|vmlinux`vfs_read|0x1234"
    # Without a symbol table the address prints in hexadecimal.
    assert apply_format(compile_format("%a"), [-1]) == "0xffffffffffffffff"


def test_star_arguments_are_counted():
    assert parse_format("%*.*s %d") == ["d", "d", "s", "d"]
    assert parse_format("%s %@d") == ["s"]


def test_kallsyms_symbolizer():
    from xtrace.runtime.format import kallsyms_symbolizer
    look = kallsyms_symbolizer("ffffffff81000000 T _stext\nffffffff81000100 T vfs_read\n"
                               "ffffffffc0000000 t xt_fn\t[xt_mod]\n0000000000000000 A zero\n")
    fmt = compile_format("%a %a %a")
    assert apply_format(fmt, [0xffffffff81000104, 0xffffffff81000100, 0xffffffffc0000010], look) == \
        "vmlinux`vfs_read+0x4 vmlinux`vfs_read xt_mod`xt_fn+0x10"


def test_stap_hex_alternate_form_prefixes_zero():
    """stap's runtime writes the 0x of %#x even for 0 (C's printf writes 0)."""
    from xtrace.runtime.format import stap_pieces
    pieces = compile_format("%#x %#X %#o %x")
    assert apply_format(pieces, [0, 0, 0, 0]) == "0 0 0 0"
    assert apply_format(stap_pieces(pieces), [0, 0, 0, 0]) == "0x0 0X0 0 0"
    assert apply_format(stap_pieces(pieces), [255, 255, 8, 255]) == "0xff 0XFF 010 ff"


def test_Y_with_a_date_format_is_strftime():
    import time
    from xtrace.runtime.format import dated_pieces
    ns = int(time.mktime((2026, 3, 4, 5, 6, 7, 0, 0, -1))) * 1_000_000_000 + 999
    vue = dated_pieces(compile_format("%Y|%-21Y|"), "%m:%d:%Y %H:%M:%S")
    assert apply_format(vue, [ns, ns]) == "03:04:2026 05:06:07|03:04:2026 05:06:07  |"
    assert apply_format(dated_pieces(compile_format("[%Y]"), "%Y-%m-%d"), [ns]) == "[2026-03-04]"
    # without one, DTrace's layout
    assert apply_format(compile_format("%Y"), [ns]) == "2026 Mar  4 05:06:07"
