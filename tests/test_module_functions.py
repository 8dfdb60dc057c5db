"""Functions of loaded kernel modules: stap's module("m").function("f") and D's
fbt:m:f:entry, resolved from the module symbols of the target's kallsyms dump
(their runs in the sandbox are conformance/d/fbt_module_function and
conformance/stap/module_function)."""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.driver.translate import _translation_target, translate_text
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError
from xtrace.ir.target import KernelTarget

KALLSYMS = """\
ffffffff81000000 T _stext
ffffffff81003000 T vfs_read
ffffffffc0001000 t v9fs_vfs_getattr_dotl\t[9p]
ffffffffc0001200 t v9fs_vfs_setattr_dotl\t[9p]
ffffffffc0001400 d v9fs_data\t[9p]
ffffffffc0201000 t ovl_getattr\t[overlay]
"""


@pytest.fixture()
def target(tmp_path: Path) -> KernelTarget:
    t = _translation_target()
    dump = tmp_path / "kallsyms.txt"
    dump.write_text(KALLSYMS)
    t.kallsyms = dump
    t.functions = {"vfs_read"}
    return t


def sites(src: str, lang: str, target: KernelTarget) -> list[list[str]]:
    prog = frontends.parse(src, "t." + {"stap": "stp", "d": "d"}[lang], lang)
    return [[f for rp in rps for f in rp.functions] for rps in analyze(prog, target).points]


def test_module_symbols_come_from_the_dump_text_symbols_only(target):
    assert target.module_functions() == {"9p": {"v9fs_vfs_getattr_dotl", "v9fs_vfs_setattr_dotl"},
                                         "overlay": {"ovl_getattr"}}


def test_stap_module_function_points(target):
    src = ('probe module("9p").function("v9fs_vfs_*attr_dotl").return { }\n'
           'probe module("*").function("*getattr*") { }\n')
    assert sites(src, "stap", target) == [
        ["9p:v9fs_vfs_getattr_dotl", "9p:v9fs_vfs_setattr_dotl"],
        ["9p:v9fs_vfs_getattr_dotl", "overlay:ovl_getattr"]]


def test_d_fbt_module_field(target):
    src = "fbt:9p:v9fs_vfs_getattr_dotl:entry, fbt::vfs_read:entry { }\n"
    assert sites(src, "d", target) == [["9p:v9fs_vfs_getattr_dotl", "vfs_read"]]


@pytest.mark.parametrize("src, lang, msg", [
    ('probe module("ext4").function("x") { }', "stap",
     "no loaded module matches 'ext4' in kernel"),
    ('probe module("9p").function("nosuch") { }', "stap",
     "no function of module '9p' matches 'nosuch'"),
    ('probe module("9p").function("v9fs_vfs_getattr_dotl") { print($dentry) }', "stap",
     "$dentry: the parameters of module 9p's function 'v9fs_vfs_getattr_dotl' are unknown"),
    ("fbt:ext4::entry { }", "d", "probe description fbt:ext4::entry does not match any probes"),
])
def test_what_does_not_resolve_is_an_error_at_the_point(target, src, lang, msg):
    with pytest.raises(XtraceError) as ex:
        sites(src, lang, target)
    assert msg in str(ex.value)
    assert ex.value.loc.line == 1 and ex.value.loc.col > 0


def test_optional_module_point_matching_nothing_is_no_probe(target):
    assert sites('probe module("ext4").function("x") ? { }', "stap", target) == [[]]


def test_translation_keeps_the_module():
    d = "fbt:9p:v9fs_vfs_getattr_dotl:entry { printf(\"%s\\n\", probemod); }\n"
    stp = translate_text(d, "t.d", "d", "stap")
    assert 'probe module("9p").function("v9fs_vfs_getattr_dotl")' in stp
    assert 'log("9p")' in stp
    back = translate_text('probe module("9p").function("f").return { exit() }', "t.stp", "stap", "d")
    assert "fbt:9p:f:return" in back
