"""The thirty-ninth real-script sample's fixes (branch real39, 2026-12-07;
docs/translate-real-scripts.md, "Thirty-ninth sample").

1. stap appends an alias use's suffix to the alias's point and resolves the
   whole: in buildok/alias_suffixes01.stp, `probe b = a` used as `b.d` is `a.d`,
   itself an alias of `begin`. xtrace looked `a` up alone ("probe point 'a' is
   not supported yet").
2. `.maxactive(N)` after a function's or a syscall's `.return` (buildok's
   alias_suffixes02-06.stp: `syscall.open.return.maxactive(10)`, written or given
   to an alias as its suffix): the kretprobe's pool of N; an optional point the
   suffix does not fit (`probe a = begin ?`) resolves to nothing, silently.
3. stap to D and Vue: `never` beside other points (systemtap.base kmodule.stp's
   `module("ext3").function("ext3_sync_file") ?, ..., never`) is left out of the
   port's list; it was refused as a whole.
"""

from __future__ import annotations

import pytest

from xtrace.driver.translate import translate_text
from xtrace.frontends import stap as sfront
from xtrace.ir.loc import XtraceError


ALIAS_OF_ALIAS = ('probe a.d = begin { }\n'
                  'probe b = a { }\n'
                  'probe b.d { print("Hello, World!\\n") exit() }\n')


def test_an_alias_suffix_completes_another_aliases_name():
    prog = sfront.parse(ALIAS_OF_ALIAS, "t.stp")
    assert [p.kind for pr in prog.probes for p in pr.points] == ["begin"]


def test_an_alias_suffix_to_a_point_keeps_working():
    # `a.return` of `probe a = kernel.function("vfs_read")` is still the return side
    prog = sfront.parse('probe a = kernel.function("vfs_read") { }\n'
                        'probe a.return { print(1) }\n', "t.stp")
    (pp,) = [p for pr in prog.probes for p in pr.points]
    assert (pp.kind, pp.name, pp.is_return) == ("kfunc", "vfs_read", True)


def test_the_longer_alias_name_is_taken():
    # both `a` and `a.d` are aliases: `b.d` with `b = a` is `a.d` (begin), not `a` (end)
    prog = sfront.parse('probe a.d = begin { }\nprobe a = end { }\nprobe b = a { }\n'
                        'probe b.d { print(1) }\n', "t.stp")
    assert [p.kind for pr in prog.probes for p in pr.points] == ["begin"]


def test_alias_of_alias_into_d():
    out = translate_text(ALIAS_OF_ALIAS, "t.stp", "stap", "d")
    assert "BEGIN\n{\n    printf(\"Hello, World!\\n\");" in out


@pytest.mark.parametrize("point", ['kernel.function("vfs_read").return.maxactive(5)',
                                   'kprobe.function("vfs_read").return.maxactive(5)'])
def test_maxactive_of_a_function_return(point):
    prog = sfront.parse(f"probe {point} {{ print(1) }}\n", "t.stp")
    (pp,) = prog.probes[0].points
    assert (pp.kind, pp.is_return, pp.maxactive) == ("kfunc", True, 5)


def test_maxactive_of_a_syscall_return_and_through_an_alias():
    for src in ("probe syscall.open.return.maxactive(10) { print(1) }\n",
                "probe a = syscall.open.return { }\nprobe a.maxactive(10) { print(1) }\n",
                "probe syscall.open.return.maxact*(10) { print(1) }\n",
                "probe syscall.open.return.*(10) { print(1) }\n"):
        prog = sfront.parse(src, "t.stp")
        (pp,) = [p for pr in prog.probes for p in pr.points]
        assert (pp.kind, pp.name, pp.is_return) == ("syscall", "open", True), src


def test_maxactive_through_an_alias_of_a_function():
    prog = sfront.parse('probe a = kernel.function("vfs_read").return { }\n'
                        'probe a.maxactive(3) { print(1) }\n', "t.stp")
    (pp,) = [p for pr in prog.probes for p in pr.points]
    assert pp.maxactive == 3


def test_maxactive_reaches_the_kretprobe():
    from pathlib import Path
    from xtrace.backend_c.codegen import generate
    from xtrace.ir.analysis import analyze
    from xtrace.ir.target import KernelTarget
    target = KernelTarget("test", Path("/nonexistent"), {}, functions={"vfs_read", "vfs_write"})
    c = generate(analyze(sfront.parse(
        'global n\nprobe kernel.function("vfs_read").return.maxactive(5) { n++ }\n'
        'probe kernel.function("vfs_write").return { n++ }\n', "t.stp"), target)).c_source
    assert c.count(".maxactive = 5;") == 1
    # the other kretprobe keeps the runtime's larger pool
    assert "XT_KRETACTIVE ? XT_KRETACTIVE" in c


@pytest.mark.parametrize("src,words", [
    ('probe kernel.function("vfs_read").maxactive(5) { }\n', "not supported yet"),
    ('probe kernel.function("vfs_read").return.maxactive(70000) { }\n',
     "maxactive value out of range [0,65535]"),
    ('probe a = kernel.function("vfs_read") { }\nprobe a.maxactive(3) { }\n',
     "has no suffix '.maxactive(3)'"),
])
def test_maxactive_where_stap_refuses_it(src, words):
    with pytest.raises(XtraceError) as ex:
        sfront.parse(src, "t.stp")
    assert words in ex.value.message
    assert ex.value.loc.line >= 1


def test_an_optional_point_the_suffix_does_not_fit_is_dropped_silently():
    prog = sfront.parse('probe a = syscall.open.return { print("a") }\n'
                        'probe a = begin ? { print("b") }\n'
                        'probe a.maxactive(10) { }\n', "t.stp")
    kinds = [p.kind for pr in prog.probes for p in pr.points]
    assert kinds == ["syscall"]
    assert not any("probe dropped" in w for w in prog.options.get("warnings", []))


KMODULE = ('global count\n'
           'probe begin { println("start") }\n'
           'probe module("ext3").function("ext3_sync_file") ?,\n'
           '      module("ide").function("ide_intr") ?,\n'
           '      never\n'
           '{\n\t++count;\n}\n'
           'probe end { println("count = " . sprint(count)) }\n')


def test_never_beside_other_points_is_left_out_of_a_d_port():
    out = translate_text(KMODULE, "t.stp", "stap", "d")
    assert "fbt:ext3:ext3_sync_file:entry,\nfbt:ide:ide_intr:entry\n{" in out
    assert "never" not in out


def test_never_alone_is_still_refused():
    with pytest.raises(XtraceError) as ex:
        translate_text("global n\nprobe never { n++ }\nprobe end { print(n) }\n", "t.stp", "stap", "d")
    assert "probe never" in ex.value.message


# 4. D: a struct, union or enum tag scoped to a module, as D's backquote scopes names
# (dt_lex.l's identifiers take a backquote): `struct vmlinux`task_struct` is the kernel
# image's task_struct; a tag of another system's module (DTrace for Windows'
# `struct nt`_EPROCESS`, diskusagebyexecname.d) is refused by name, where it was a
# syntax error.

from xtrace.frontends import d as dfront  # noqa: E402


def test_a_tag_scoped_to_the_kernel_image_is_the_kernels():
    out = translate_text('BEGIN { printf("%d\\n", ((struct vmlinux`task_struct *)curthread)->pid); '
                         'exit(0); }\n', "t.d", "d", "stap")
    assert '@cast(task_current(), "task_struct")->pid' in out


def test_a_scoped_tag_in_a_declaration():
    prog = dfront.parse('struct vmlinux`task_struct *p;\nBEGIN { p = curthread; exit(0); }\n', "t.d")
    assert prog.probes


def test_a_tag_of_another_systems_module_is_refused_where_it_is_written():
    src = ('int found;\nstruct nt`_EPROCESS *eprocess_ptr;\n'
           'BEGIN { x = offsetof(nt`_EPROCESS, ActiveProcessLinks); }\n')
    with pytest.raises(XtraceError) as ex:
        dfront.parse(src, "t.d")
    assert (ex.value.loc.line, ex.value.loc.col) == (2, 8)
    assert "not of module 'nt'" in ex.value.message
    assert "Windows" in ex.value.message


def test_offsetof_of_a_scoped_typedef():
    prog = dfront.parse('typedef struct foo { int a; int b; } foo_t;\n'
                        'BEGIN { x = offsetof(vmlinux`foo_t, b); exit(0); }\n', "t.d")
    assert prog.probes
