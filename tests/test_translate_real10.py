"""Regressions from the tenth sample of real scripts (docs/translate-real-scripts.md,
"Tenth sample"): dtrace-utils' printf, funcs and speculation unit tests, the DTrace
book's chapter 7 and the DTraceToolkit's Kernel/, and SystemTap's
testsuite/systemtap.base scripts."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.ir.loc import XtraceError
from xtrace.ir import nodes as ir
from xtrace.runtime.format import apply_format, compile_format
from translating import translated


# ------------------------------------------------------------ hex and octal literals

def test_a_hex_literal_keeps_its_spelling_in_each_port():
    # dtrace-utils printf/tst.flags.d: `printf("# %#8x\n", 0x123)` was ported as 291
    d = '#pragma D option quiet\nBEGIN { printf("# %#8x %o\\n", 0x123, 0755); exit(0); }\n'
    stp = translated(d, "stap", "d")
    assert 'printf("# %#8x %o\\n", 0x123, 0755)' in stp
    assert 'printf("# %#8x %o\\n", 0x123, 0755);' in translated(d, "vue", "d")


def test_a_stap_hex_literal_keeps_its_spelling_in_d_and_vue():
    # systemtap.base limits.stp and not.stp: 0x7fffffff, 0x5555555555555555
    stp = ('probe begin { printf("%d %d\\n", 0x7fffffff, 0x5555555555555555)\n'
           '  x = 0xff; printf("%x\\n", x) exit() }\n')
    d = translated(stp, "d")
    assert 'printf("%d %d\\n", 0x7fffffff, 0x5555555555555555);' in d
    assert "this->x = 0xff;" in d
    assert 'printf("%d %d\\n", 0x7fffffff, 0x5555555555555555);' in translated(stp, "vue")


@pytest.mark.parametrize("text, value, out", [
    ("0x123", 0x123, "0x123"),
    ("0X1F", 31, "0X1F"),
    ("0755", 0o755, "0755"),
    ("0x7fffffff", 0x7FFFFFFF, "0x7fffffff"),
    # C types 0xffffffff unsigned int, 4294967295 a long: D and Vue would read the
    # hex one back as 32 bits, so it is written in decimal
    ("0xffffffff", 0xFFFFFFFF, "4294967295"),
    ("0x100000000", 1 << 32, "0x100000000"),
    # stap's 0xffffffffffffffff is -1: negative values are written in decimal
    ("0xffffffffffffffff", -1, "-1"),
])
def test_int_text_keeps_a_radix_only_where_c_types_it_the_same(text, value, out):
    assert ir.int_text(ir.IntLit(value, spelling=ir.radix_spelling(text))) == out


def test_a_spelling_that_no_longer_denotes_the_value_is_dropped():
    assert ir.int_text(ir.IntLit(5, spelling="0x4")) == "5"
    assert ir.radix_spelling("123") is None and ir.radix_spelling("0") is None
    assert ir.radix_spelling("0x10ULL") == "0x10"


def test_the_spelling_is_not_part_of_the_value():
    assert ir.IntLit(16, spelling="0x10") == ir.IntLit(16)


# ------------------------------------------------- stap's sprint family, variadic

PRINT = """global s1, s2
probe begin { s1 = "a"; s2 = "b" }
probe end {
    print(sprint(s1, " ", s2, "\\n"))
    print(sprintln(s1, " ", 7))
    print(sprintd(",", s1, s2, "end\\n"))
    print(sprintdln("%% ", 1, 2, 3))
}
"""


def test_stap_sprint_family_takes_several_values():
    # systemtap.base print.stp: `sprint(s1, " ", s2, " ", s3, "\\n")` was refused
    # ("sprint() takes one argument"); sprintln, sprintd and sprintdln were unknown
    prog = frontends.parse(PRINT, "t.stp", "stap")
    fmts = [x.fmt for x in ir.walk(prog.probes[1].body) if isinstance(x, ir.Sprintf)]
    assert fmts == ["%s%s%s%s", "%s%s%d\n", "%s,%s,%s", "%d%%%% %d%%%% %d\n"]
    d = translated(PRINT, "d")
    assert 'printf("%s %s\\n", s1, s2);' in d
    assert 'printf("%s %d\\n", s1, 7);' in d
    assert 'printf("%s,%s,end\\n", s1, s2);' in d
    # the delimiter is text, not a format: "%% " prints as itself
    assert 'printf("%d%%%% %d%%%% %d\\n", 1, 2, 3);' in d


@pytest.mark.parametrize("call, words", [
    ('sprintd(x, 1, 2)', "sprintd needs a literal delimiter and at least one value"),
    ('string(1, 2)', "string() takes one argument"),
])
def test_stap_sprint_family_errors(call, words):
    with pytest.raises(XtraceError) as info:
        frontends.parse(f'probe begin {{ x = "," ; println({call}) }}\n', "t.stp", "stap")
    assert words in str(info.value)


# ------------------------------------------- a local first set by a compound assignment

def test_a_local_first_set_by_plus_equals_from_itself_is_a_number():
    # systemtap.base global_end_var.stp: `ls2 += ls2` was "variable 'ls2' is read
    # before it is assigned"; stap starts ls2 at 0 and += takes numbers
    stp = 'probe begin { ls2 += ls2; s .= s; printf("%d %s\\n", ls2, s) exit() }\n'
    d = translated(stp, "d")
    assert "    this->ls2 = 0;\n" in d and '    this->s = "";\n' in d
    assert "this->ls2 += this->ls2;" in d


def test_a_d_port_declares_no_clause_local_it_sets_first():
    # the clause sets each local it reads first (`this->x = 0;`), so a `this int64_t x;`
    # declaration beside it said the same thing twice
    d = translated('probe begin { x = x + 1; printf("%d\\n", x) exit() }\n', "d")
    assert "this int" not in d and "    this->x = 0;\n" in d


# ------------------------------------------------------- D printf's record widths

def _fmt(fmt, values, bits, unsigned=None):
    return apply_format(compile_format(fmt), values, None, bits, unsigned)


def test_d_printf_reads_a_char_or_short_at_its_own_width():
    # dtrace-utils printf/tst.ints.d: libdtrace's pfprint_uint reads a char's record
    # as one byte, so %u of (char)0xef is 239 (xtrace printed 4294967279, as C's
    # promotion to int would); %d reads it signed
    assert _fmt("%u %x %o %d", [-17, -17, -17, -17], [8, 8, 8, 8]) == "239 ef 357 -17"
    assert _fmt("%u %X", [-12817, -12817], [16, 16]) == "52719 CDEF"


def test_d_printf_plain_d_of_an_unsigned_type_is_unsigned():
    # libdtrace's pfcheck_dint turns %d of an unsigned type into %u
    vals = [0x90ABCDEF, 0x90ABCDEF, 0x90ABCDEF, -1]
    assert _fmt("%d %i %d %d", vals, [32, 32, 32, 64], [True, True, False, True]) == \
        "2427178479 -1867788817 -1867788817 18446744073709551615"


def test_vue_port_shows_a_d_char_at_its_width():
    # a cast to a signed char shown by %u is the unsigned char cast, as a porter
    # writes it; another narrow signed value is masked to its width
    d = ('#pragma D option quiet\nint x;\nBEGIN { x = -1; printf("%u %x %x\\n", (char)0xef, (int)-1, x); '
         'exit(0); }\n')
    vue = translated(d, "vue", "d")
    assert 'printf("%u %x %x\\n", (unsigned char)0xef, (unsigned int)-1, x & 0xffffffff);' in vue


def test_stap_port_masks_a_narrow_cast_without_its_sign_extension():
    # tst.ints.d's `%u` of `(char)0x1234567890abcdef` was
    # `(((0x1234567890abcdef & 0xff) ^ 0x80) - 0x80) & 0xff`
    d = '#pragma D option quiet\nBEGIN { printf("%u %d\\n", (char)0x1234, (char)0x1234); exit(0); }\n'
    stp = translated(d, "stap", "d")
    assert 'printf("%u %d\\n", 0x1234 & 0xff, ((0x1234 & 0xff) ^ 0x80) - 0x80)' in stp


# ------------------------------------------------------------- kernel variables

def test_an_untyped_kernel_variable_names_the_string_form():
    # dtrace-utils printf/tst.str.d: stringof(vmlinux`saved_command_line)
    with pytest.raises(XtraceError) as info:
        frontends.parse('BEGIN { printf("%s", stringof(vmlinux`saved_command_line)); }', "t.d", "d")
    assert "stringof(*(char **)&`saved_command_line)" in str(info.value)
    ok = 'BEGIN { printf("%s", stringof(*(char **)&`saved_command_line)); exit(0); }'
    assert "kernel_string(" in translated(ok, "stap", "d")


def test_a_d_port_of_vue_masks_keeps_a_char_mask_off():
    # the Vue port of D's `%u` of a char masks it to 8 bits; read back into D the
    # mask goes, since D's %u shows a char's 8 bits itself (a 32-bit mask of a char
    # would not: D would show less than Vue)
    vue = '@@BEGIN { printf("%u %x\\n", (signed char)0xef & 0xff, (int)-1 & 0xffffffff); exit(); }\n'
    assert 'printf("%u %x\\n", (char)0xef, (int)-1);' in translated(vue, "d", "vue")
    vue32 = '@@BEGIN { printf("%x\\n", (signed char)0xef & 0xffffffff); exit(); }\n'
    # a mask keeps its hex spelling (`&` gives the same value for C's unsigned int
    # 0xffffffff and the long 4294967295)
    assert "(char)0xef & 0xffffffff" in translated(vue32, "d", "vue")


def test_a_stap_local_set_from_int_arithmetic_is_computed_in_64_bits_in_d():
    # systemtap.base limits.stp: `long_min = -2147483647-1` shown with 0x%x was
    # 0x80000000 in the D port (D computes it in int), 0xffffffff80000000 in stap
    stp = ('probe begin { a = -2147483647-1; b = 2147483647 + 1; c = 3 - 1; '
           'd = -9223372036854775807-1\n  printf("%x %x %x %x\\n", a, b, c, d) exit() }\n')
    d = translated(stp, "d")
    assert "this->a = -2147483647LL - 1;" in d and "this->b = 2147483647LL + 1;" in d
    assert "this->c = 3 - 1;" in d and "this->d = -9223372036854775807 - 1;" in d


def test_d_plain_d_of_an_unsigned_long_long_cast_is_u_in_the_ports():
    # libdtrace shows it as %u: 18446744073709551615, where stap's and Vue's %d show -1;
    # a %d of an unsigned value the script did not cast (a size, a timestamp) stays
    d = ('#pragma D option quiet\nBEGIN { printf("%d %d %d\\n", (unsigned long long)-1, timestamp, '
         '(unsigned int)-1); exit(0); }\n')
    assert 'printf("%u %d %d\\n", -1, ' in translated(d, "stap", "d")
    assert 'printf("%u %d %d\\n", (unsigned long long)-1, timestamp(), ' in translated(d, "vue", "d")


def test_vue_port_empties_a_freed_d_string_with_the_empty_string():
    # the DTrace book's getaddrinfo.d: `self->host = 0;` (D frees the string) was
    # `host = 0;` for a Vue String
    d = ('syscall::openat:entry { self->host = copyinstr(arg1); }\n'
         'syscall::openat:return /self->host != ""/ { printf("%s\\n", self->host); self->host = 0; }\n')
    vue = translated(d, "vue", "d")
    assert '    host = "";\n' in vue and "host = 0" not in vue


def test_stringof_of_a_translated_string_is_the_string():
    # shree675/OS_Assignment_3's oslabC_2.d: `stringof(args[0])` at proc:::exec (a
    # string already) was kernel_string(kernel_string($bprm->filename)) in stap
    stp = translated('proc:::exec { printf("%s\\n", stringof(args[0])); }\n', "stap", "d")
    assert "log(kernel_string($bprm->filename))" in stp


def test_a_guard_in_a_stap_port_is_one_line():
    # oslabC_2.d's predicate below proc:::exit's own test was `if (gid() != $1)`
    # with `next` on a line of its own
    d = 'proc:::exit /gid == $1/ { printf("%d\\n", args[0]); }\n'
    from xtrace.driver.translate import translate_text
    stp = translate_text(d, "t.d", "d", "stap", args=("0",))
    assert "    if (!$group_dead) next\n    if (gid() != $1) next\n" in stp
    stp = translated('probe timer.s(1) { x++ if (x != 10) next else println(x) }\n', "stap")
    assert "if (x != 10)\n        next\n    else\n" in stp


def test_stap_keeps_every_non_negative_hex_spelling():
    # stap's numbers are all 64-bit: 0xffffffff is 4294967295 whatever it is spelled;
    # D and Vue keep the decimal outside a mask (C types the hex one unsigned int)
    stp = 'probe begin { x = 0xffffffff; printf("%x %d\\n", x & 0xffffffff, 0x80000000) exit() }\n'
    assert "x = 0xffffffff\n" in translated(stp, "stap")
    d = translated(stp, "d")
    # (D says the mask as its cast)
    assert "this->x = 4294967295;" in d and 'printf("%x %d\\n", (unsigned int)this->x, 2147483648);' in d
    vue = translated(stp, "vue")
    assert "x = 4294967295;" in vue and "(unsigned int)x" in vue
    # a mask that is no cast keeps its spelling
    stp2 = 'probe begin { x = -1; printf("%x\\n", x & 0xfffffff0) exit() }\n'
    assert "this->x & 0xfffffff0" in translated(stp2, "d")
    assert "x & 0xfffffff0" in translated(stp2, "vue")


def test_a_sized_stap_array_is_said_in_d_and_vue_ports():
    """D and Vue arrays have no size: the port says what stap's `global a[N]` did."""
    src = 'global a[100]\nprobe begin { a[1] = 2; printf("%d\\n", a[1]); exit() }\n'
    from xtrace.driver.translate import translate_text
    for to, lang in (("d", "D"), ("vue", "Vue")):
        text = " ".join(translate_text(src, "t.stp", "stap", to).replace(" * ", " ").split())
        assert (f"stap's `global a[100]` holds at most 100 elements: storing one more is an "
                f"error that ends the session; {lang}'s arrays have no size") in text
