"""A stap global every store masks to one narrow type is declared that type in the
Vue port, where its reads cannot tell (ir/maskedvars.py)."""

from xtrace.driver.translate import translate_text


def _vue(body: str, globals_: str = "u") -> str:
    return translate_text(f"global {globals_}\nprobe begin {{\n{body}\nexit()\n}}\n", "t.stp", "stap", "vue")


def test_masked_stores_and_printed_reads_declare_the_narrow_type():
    vue = _vue("u = 0\nu = (u - 1) & 0xffffffff\nprintf(\"%u\\n\", u)")
    assert "__global unsigned int u;" in vue and "u--;" in vue


def test_a_signed_conversion_declares_the_signed_type():
    vue = _vue("u = 0\nu = ((pid() & 0xff) ^ 0x80) - 0x80\nprintf(\"%d\\n\", u)")
    assert "__global char u;" in vue or "__global signed char u;" in vue


def test_arithmetic_on_a_read_keeps_the_64_bit_variable():
    # C computes `u * 2` of an unsigned int in 32 bits, stap in 64 (a first store of 0
    # leaves the global the 64-bit type analysis gives it)
    vue = _vue("u = 0\nu = (pid() - 1) & 0xffffffff\nprintf(\"%d\\n\", u * 2)")
    assert "__global long long u;" in vue and "(unsigned int)" in vue


def test_a_comparison_keeps_the_64_bit_variable():
    vue = _vue("u = 0\nu = (pid() - 1) & 0xffffffff\nif (u == -1) printf(\"x\\n\")")
    assert "__global long long u;" in vue


def test_an_unmasked_store_or_a_constant_out_of_range_keeps_it():
    assert "__global long long u;" in _vue("u = 0\nu = pid() & 0xff\nu = 300\nprintf(\"%d\\n\", u)")
    assert "__global long long u;" in _vue("u = 0\nu = pid() & 0xff\nu++\nprintf(\"%d\\n\", u)")
    assert "__global long long u;" in _vue("u = 5\nprintf(\"%d\\n\", u)")
