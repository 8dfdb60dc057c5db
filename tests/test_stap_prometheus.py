"""stap-exporter's prometheus tapset, `delete a[k, *]`, `&` and the small tapset
functions the profiling examples use: lowering and rejects. The sandbox runs
are conformance/stap/prometheus_dump, delete_wildcard and addr_of_member."""

from __future__ import annotations

import pytest

from xtrace.backend_c.codegen import generate
from xtrace.driver.translate import _translation_target
from xtrace.frontends.stap import parse, print_program
from xtrace.frontends.stap.library import PROMETHEUS_MACROS
from xtrace.ir import nodes as ir
from xtrace.ir.analysis import analyze
from xtrace.ir.loc import XtraceError

from translating import unwrapped


def test_probe_prometheus_is_the_procfs_file() -> None:
    prog = parse('global a\nprobe prometheus { @prometheus_dump_array1(a, "n", "k") }', "t.stp")
    (pp,) = prog.probes[0].points
    assert (pp.kind, pp.name, pp.procfs, pp.maxsize) == ("procfs", "__prometheus", "read", 0x10000)


def test_macros_for_one_to_eight_keys() -> None:
    for n in range(1, 9):
        for v in ("_map", "_map_unquoted", ""):
            assert f"@define prometheus_dump_array{n}{v}(" in PROMETHEUS_MACROS


def test_dump_appends_a_line_per_element() -> None:
    src = ('global a\nprobe prometheus {\n'
           '  @prometheus_dump_array2_map(a, "count", "pid", "sc", sprint, sprint, syscall_name)\n}\n')
    out = print_program(parse(src, "t.stp"))
    assert 'foreach (_v = [_v1, _v2] in a)' in out
    assert ('$value .= "count" . "{" . "pid" . "=" . string_quoted(sprintf("%d", _v1)) . "," . "sc" . "=" '
            '. string_quoted(syscall_name(_v2)) . "} " . text_str(sprintf("%d", _v)) . "\\n"') in out


def test_own_alias_or_macro_wins() -> None:
    src = ('@define prometheus_dump_array1(a, n, c) %( $value = "mine" %)\n'
           'global a\nprobe prometheus = procfs("mine").read { }\n'
           'probe prometheus { @prometheus_dump_array1(a, "n", "k") }\n')
    prog = parse(src, "t.stp")
    assert [pp.name for pp in prog.probes[0].points] == ["mine"]
    assert "foreach" not in print_program(prog)


def test_wildcard_delete_lowers_and_compiles() -> None:
    prog = parse('global a\nprobe begin { a[1, "x"] = 1; delete a[1, *]; delete a[*, "x"] }', "t.stp")
    dels = [s for s in prog.probes[0].body.stmts if isinstance(s, ir.Delete)]
    assert [type(k).__name__ for d in dels for k in d.keys] == ["IntLit", "Wildcard", "Wildcard", "StrLit"]
    c = generate(analyze(prog, _translation_target())).c_source
    assert c.count("e_->used == XT_SLOT_USED && !memcmp(") == 2


@pytest.mark.parametrize("src, msg, col", [
    ("global a\nprobe begin { x = a[*] }", "'*' stands for any key only in", 21),
    ("global s\nprobe begin { s[1] <<< 1; delete s[*] }", "not of a statistics aggregate", 34),
    ("probe begin { x = &5 }", "'&' takes the address of a kernel structure member", 19),
    ('probe kernel.trace("sched_switch") { x = &$prev }', "'&' takes the address", 42),
])
def test_errors_are_located(src: str, msg: str, col: int) -> None:
    with pytest.raises(XtraceError) as e:
        analyze(parse(src, "t.stp"), _translation_target())
    assert msg in str(e.value)
    assert e.value.loc.col == col


def test_address_of_member_and_cast() -> None:
    # a struct member held by value (se) may have its address taken, not be read
    src = ('probe kernel.trace("sched_switch") { printf("%d %d %d\\n", &$prev->pid, '
           '&@cast($prev, "task_struct")->se, & @container_of($prev, "struct task_struct", se)) }')
    prog = parse(src, "t.stp")
    assert ('&$prev->pid, &@cast($prev, "task_struct")->se, '
            '@container_of($prev, "task_struct", se)') in unwrapped(print_program(prog))
    c = generate(analyze(prog, _translation_target())).c_source
    assert c.count("(s64)(unsigned long)&") == 2


def test_symfileline_and_syscall_name() -> None:
    prog = parse('probe begin { printf("%s %s\\n", symfileline(1), syscall_name(0)) }', "t.stp")
    args = prog.probes[0].body.stmts[0].args
    assert [a.name for a in args] == ["symfileline", "syscall_name_of"]
    assert 'symfileline(1), syscall_name(0)' in print_program(prog)


def test_syscall_any_syscall_nr_prints_back() -> None:
    src = "global a\nprobe syscall_any { a[pid(), syscall_nr]++ }\nprobe end { delete a[*, 0] }\n"
    out = print_program(parse(src, "t.stp"))
    assert "a[pid(), syscall_nr]++" in out and "delete a[*, 0]" in out
    assert print_program(parse(out, "t.stp")) == out
