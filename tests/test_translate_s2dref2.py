"""stap -> D ports and refusals of branch s2dref2: `$$parms` of numbers as the
printf a porter writes, value-sorted loops whose ties D's printa orders as stap
does, and refusals that name what a porter writes instead. (That the ports print
what stap prints is the matrix's job, in the sandbox: conformance/stap/
parms_numbers_ported, array_ties_key_order.)"""

from __future__ import annotations

import pytest

from xtrace.ir.loc import XtraceError
from translating import translated


def _refusal(src: str, to: str = "d") -> str:
    with pytest.raises(XtraceError) as e:
        translated(src, to)
    return e.value.message


def test_parms_of_numbers_is_a_printf_of_the_arguments():
    d = translated('probe kernel.function("ksys_lseek") { printf("%s\\n", $$parms); exit() }', "d")
    # stap's %#x writes 0x also for 0: the port says 0x itself
    assert 'printf("fd=0x%x offset=0x%x whence=0x%x\\n", args[0], args[1], args[2]);' in d


def test_return_of_a_return_probe_is_a_printf_of_its_value():
    d = translated('probe kernel.function("ksys_lseek").return { println($$return); exit() }', "d")
    assert 'printf("return=0x%x\\n", arg1);' in d


def test_parms_with_a_string_is_refused_naming_the_unknown_fallback():
    why = _refusal('probe kernel.function("ksys_write") { println($$parms$); exit() }')
    assert why.startswith("stap's $$parms$ prints a string as the text it reads there")
    assert "<unknown>" in why and "nearest: printf of the string read with copyinstr()" in why


_TIES = """global a
probe begin {
	a["apple"] = 5
	a["pear"] = 9
	a["plum"] = 5
	a["quince"] = 9
	foreach (k in a%s)
		printf("%%s %%d\\n", k, a[k])
	exit()
}
"""


def test_ties_stored_in_key_order_are_a_printa():
    d = translated(_TIES % "+", "d")
    assert 'printa("%s %@d\\n", @a);' in d


def test_ties_stored_otherwise_than_printa_orders_them_are_refused_naming_the_pair():
    why = _refusal(_TIES % "-")
    assert "stap's sort shows in the order they were stored ([apple] before [plum])" in why
    assert "nearest: a printa of the aggregation under aggsortrev" in why


def test_ties_with_a_limit_are_refused():
    why = _refusal(_TIES.replace("a%s)", "a+ limit 1)") % ())
    assert "`limit`" in why


@pytest.mark.parametrize("call, nearest", [
    ("usymname(uaddr())", "usym(addr), which prints the module too"),
    ("symname(1234)", "sym(addr), which prints the module too"),
    ("pid2execname(1)", "execname"),
])
def test_function_refusals_name_the_nearest_d(call, nearest):
    why = _refusal(f'probe timer.profile {{ printf("%s\\n", {call}); exit() }}')
    assert "has no D equivalent; nearest: " + nearest in why
