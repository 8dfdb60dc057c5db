"""Pass 4's module cache: one module at a time (build) and many per make run
(build_many), compiled for real against the sandbox kernel's headers."""

from __future__ import annotations

import pytest

from xtrace.backend_c.codegen import GeneratedModule
from xtrace.backend_c.kbuild import build, build_many
from xtrace.driver.targets import choose_target
from xtrace.ir.loc import XtraceError

MODULE = """#include <linux/module.h>
static int tag = %d;
static int __init xt_test_init(void) { return tag - %d; }
static void __exit xt_test_exit(void) {}
module_init(xt_test_init);
module_exit(xt_test_exit);
MODULE_LICENSE("GPL");
"""


def _module(n: int) -> GeneratedModule:
    return GeneratedModule(MODULE % (n, n), [], {"lang": "d", "n": n})


@pytest.fixture()
def target(tmp_path, monkeypatch):
    monkeypatch.setenv("XTRACE_CACHE", str(tmp_path))
    return choose_target("sandbox", None, None)


def test_build_many_fills_the_cache_that_build_then_reads(target):
    mods = [_module(n) for n in range(3)]
    assert build_many([(m, None) for m in mods] + [(mods[0], None)],
                      target.release, target.build_dir, batch=2) == 3
    for m in mods:
        got = build(m, target.release, target.build_dir)
        assert got.cached and got.ko.stat().st_size > 0
        assert got.manifest["n"] == m.manifest["n"] and got.manifest["module"] == got.name
    assert build_many([(m, None) for m in mods], target.release, target.build_dir) == 0


def test_a_batch_with_a_module_that_does_not_compile_leaves_each_to_build(target):
    good, bad = _module(7), GeneratedModule("int x = ;\n", [], {"lang": "d"})
    assert build_many([(good, None), (bad, None)], target.release, target.build_dir) == 0
    assert not build(good, target.release, target.build_dir).cached  # built alone now
    with pytest.raises(XtraceError, match="kbuild failed"):
        build(bad, target.release, target.build_dir)


def test_named_modules_of_one_name_never_share_a_make_run(target):
    a, b = _module(1), _module(2)
    assert build_many([(a, "samename"), (b, "samename")], target.release, target.build_dir) == 2
    ga = build(a, target.release, target.build_dir, name="samename")
    gb = build(b, target.release, target.build_dir, name="samename")
    assert ga.cached and gb.cached and ga.ko != gb.ko and ga.name == gb.name == "samename"
