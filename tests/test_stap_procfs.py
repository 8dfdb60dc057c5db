"""stap's procfs probes: points, $value, the file modes, printing back, rejects.
Their kernel behaviour is in tests/test_kernel_stap_procfs.py."""

from __future__ import annotations

import pytest

from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.frontends.stap import parse, print_program
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError


def points(src: str) -> list[tuple]:
    return [(pp.kind, pp.name, pp.procfs, pp.maxsize, pp.umask)
            for pp in parse(src, "t.stp").probes[0].points]


def test_point_forms() -> None:
    src = ('probe procfs("a").read, procfs("b").write, procfs.read, procfs.write, '
           'procfs("c").umask(040).read.maxsize(1024), procfs.umask(0).write { }')
    assert points(src) == [("procfs", "a", "read", 0, None), ("procfs", "b", "write", 0, None),
                           ("procfs", "command", "read", 0, None),
                           ("procfs", "command", "write", 0, None),
                           ("procfs", "c", "read", 1024, 0o40), ("procfs", "command", "write", 0, 0)]


def test_printed_back() -> None:
    src = 'probe procfs("c").umask(040).read.maxsize(1024) {\n    $value = "x"\n}\n'
    out = print_program(parse(src, "t.stp"))
    assert 'probe procfs("c").umask(040).read.maxsize(1024)\n' in out
    assert '$value = "x"' in out
    assert print_program(parse(out, "t.stp")) == out


def _files(src: str) -> str:
    return generate(analyze(parse(src, "t.stp"), _translation_target())).c_source


def test_modes_as_stap_makes_them() -> None:
    # stap: 0400 read, 0200 write, 0600 both; with a umask, 0444/0222/0666 less it
    c = _files('probe procfs("r").read { $value = "1" } probe procfs("w").write { } '
               'probe procfs("rw").read { $value = "1" } probe procfs("rw").write { } '
               'probe procfs("u").umask(040).read { $value = "1" }')
    for name, mode in (("r", "0400"), ("w", "0200"), ("rw", "0600"), ("u", "0404")):
        assert f'.name = "{name}", .mode = {mode},' in c


def test_read_buffer_is_maxsize_or_maxstringlen() -> None:
    c = _files('probe procfs("a").read.maxsize(65536) { $value .= "x" } '
               'probe procfs("b").read { $value = "y" }')
    assert '.name = "a", .mode = 0400, .maxsize = 65536,' in c
    # stap's STP_PROCFS_BUFSIZE is MAXSTRINGLEN: 512 bytes on x86-64
    assert '.name = "b", .mode = 0400, .maxsize = 512,' in c


@pytest.mark.parametrize("src, msg, col", [
    ('probe begin { $value = "x" }', "write to target variable not permitted; need stap -g", 15),
    ('probe procfs.write { $value = "x" }', "$value can only be set in a procfs read probe", 22),
    ('probe procfs.read { $value = 5 }', "assign it a string", 28),
    ('probe procfs("a/b/").read { }', "procfs path cannot end with a '/'", 7),
    ('probe procfs("a/../b").read { }', "procfs path cannot be relative (and contain '..')", 7),
    ('probe procfs.read.maxsize(0) { }', "maxsize", 7),
    ('probe procfs.read.maxsize(16777217) { }', "from 1 to 16777216", 7),
    ('probe procfs.write.maxsize(10) { }', "not supported", 7),
    ('probe procfs.umask(01000).read { }', "umask", 7),
    ('probe procfs("x") { }', "not supported", 7),
])
def test_errors_are_located(src: str, msg: str, col: int) -> None:
    with pytest.raises(XtraceError) as e:
        analyze(parse(src, "t.stp"), _translation_target())
    assert msg in str(e.value)
    assert (e.value.loc.line, e.value.loc.col) == (1, col)


@pytest.mark.parametrize("to", ["d", "vue"])
def test_other_languages_refuse_procfs(to: str) -> None:
    from xtrace.frontends.d.printer import print_program as print_d
    from xtrace.frontends.vue.printer import print_program as print_vue
    prog = parse('probe procfs("f").read { $value = "x" }', "t.stp")
    with pytest.raises(XtraceError) as e:
        (print_d if to == "d" else print_vue)(prog)
    assert (e.value.loc.line, e.value.loc.col) == (1, 7)
