"""A D or Vue port's `a[k] != 0` reads back in stap as `k in a` only where the
array is never stored 0 (frontends/stap/inmap_back.py)."""

from xtrace import frontends
from xtrace.ir import nodes as ir


def _printed(src: str) -> list:
    prog = frontends.parse(src, "t.stp", "stap")
    return [a for n in ir.walk([p.body for p in prog.probes]) if isinstance(n, ir.Printf) for a in n.args]


def test_comparison_with_zero_of_an_array_never_stored_zero_is_membership():
    args = _printed('global a, s\nprobe begin { a[1] = 5; s["x"] = "y"\n'
                    'printf("%d %d %d\\n", a[1] != 0, a[2] == 0, s["z"] != "") }')
    assert args[0] == ir.InMap([ir.IntLit(1)], "a")
    assert args[1] == ir.Unary("!", ir.InMap([ir.IntLit(2)], "a"))
    assert args[2] == ir.InMap([ir.StrLit("z")], "s")


def test_an_array_that_may_hold_zero_keeps_the_comparison():
    # a[2] = n may store 0, which stap keeps as an element: `2 in a` is 1, `a[2] != 0` is 0
    args = _printed('global a, n\nprobe begin { a[1] = 5; a[2] = n\nprintf("%d\\n", a[2] != 0) }')
    assert isinstance(args[0], ir.Binary) and args[0].op == "!="


def test_a_comparison_with_another_value_is_left_alone():
    args = _printed('global a\nprobe begin { a[1] = 5\nprintf("%d\\n", a[1] != 1) }')
    assert isinstance(args[0], ir.Binary)
