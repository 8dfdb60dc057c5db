"""stap's `kernel.function("a") !, kernel.function("b")` in a D port: where the
kernel's function names are known, the port probes the alternative stap takes (the
first `!` point the kernel has) and reads its `$names` there alone
(driver/translate_sufficient.py); unknown, it lists them all, as before."""

from __future__ import annotations

import dataclasses

import pytest

from xtrace.driver.translate import _translation_target, translate_text

THREE = ('probe kernel.function("xt_a") !, kernel.function("xt_b") !, '
         'kernel.function("xt_c") { printf("%s\\n", probefunc()) }\n')


def _target(names, asked=None):
    """The translation's target, the kernel's names being `names` (None: unknown)."""
    def known(boot):
        if asked is not None:
            asked.append(boot)
        return names
    return dataclasses.replace(_translation_target(), known_functions=known)


def _points(port: str) -> list[str]:
    return [f for f in ("xt_a", "xt_b", "xt_c") if f"fbt::{f}:entry" in port]


@pytest.mark.parametrize("names, wanted", [
    ({"xt_b", "xt_c"}, ["xt_b"]),           # xt_a absent: stap takes xt_b, leaves xt_c
    ({"xt_a", "xt_b", "xt_c"}, ["xt_a"]),   # the first that resolves
    ({"xt_c"}, ["xt_c"]),                   # no `!` point resolves: the last is tried
    (None, ["xt_a", "xt_b", "xt_c"]),       # names unknown: all listed, as before
])
def test_the_port_probes_the_alternative_stap_takes(names, wanted):
    assert _points(translate_text(THREE, "t.stp", "stap", "d", target=_target(names))) == wanted


def test_a_stap_port_keeps_the_list():
    out = translate_text(THREE, "t.stp", "stap", "stap", target=_target({"xt_b"}))
    assert 'kernel.function("xt_a")!' in out and 'kernel.function("xt_c")' in out


def test_names_are_captured_only_for_a_probe_reading_its_names():
    asked: list[bool] = []
    translate_text(THREE, "t.stp", "stap", "d", target=_target({"xt_b"}, asked))
    assert asked == [False]  # answered from a capture at hand, never a boot of its own


def test_dollar_names_are_read_in_the_chosen_function():
    # inodewatch2.stp's points: inode_setattr is no function of 6.1, whose BTF the
    # port reads $inode and $attr in
    target = _target({"setattr_copy", "notify_change"}, asked := [])
    if target.btf() is None:
        pytest.skip("no kernel BTF at hand")
    src = ('probe kernel.function("setattr_copy") !, kernel.function("generic_setattr") !, '
           'kernel.function("inode_setattr") {\n'
           '  printf("%d %x\\n", $inode->i_ino, $attr->ia_valid)\n}\n')
    out = translate_text(src, "t.stp", "stap", "d", target=target)
    assert "fbt::setattr_copy:entry" in out and "inode_setattr" not in out
    assert "generic_setattr" not in out and "args[1]->i_ino" in out and "args[2]->ia_valid" in out
    assert asked == [True]
