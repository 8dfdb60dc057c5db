"""syscall_any's `name` is the kernel's name of the syscall (stap's tapset sets it
to syscall_name(syscall_nr): pread64, mmap), while a syscall.NAME alias is named
for itself (pread, mmap2); translations say it as D's probefunc and Vue's
get_function(). The sandbox run is conformance/stap/syscall_any_kernel_names."""

from __future__ import annotations

from xtrace.frontends.stap import parse, print_program
from xtrace.ir import nodes as ir
from translating import port as _to

KERNEL_NAME = ir.Call("syscall_name_of", [ir.Builtin("syscall_nr")])


def _key(prog: ir.Program, probe: int = 0) -> ir.Expr:
    """The key of the first map update of a probe (`c[name]++`)."""
    return next(x for x in ir.walk(prog.probes[probe].body) if isinstance(x, ir.Index)).keys[0]


def test_syscall_any_name_is_syscall_name_of_its_number() -> None:
    for point in ("syscall_any", "syscall_any.return", "nd_syscall_any", "syscall_an*"):
        prog = parse(f"global c\nprobe {point} {{ c[name]++ }}\n", "t.stp")
        assert _key(prog) == KERNEL_NAME, point


def test_syscall_star_name_stays_the_aliases_name() -> None:
    prog = parse("global c\nprobe syscall.*, syscall.read.return { c[name]++ }\n", "t.stp")
    assert _key(prog) == ir.Builtin("syscall_name")
    # a clause on both kinds keeps the aliases' names
    prog = parse("global c\nprobe syscall_any, syscall.read { c[name]++ }\n", "t.stp")
    assert _key(prog) == ir.Builtin("syscall_name")


def test_an_alias_of_syscall_any_names_as_syscall_any() -> None:
    prog = parse("global c\nprobe every = syscall_any { }\nprobe every { c[name]++ }\n", "t.stp")
    assert _key(prog) == KERNEL_NAME


def test_stap_prints_syscall_any_name_back_as_name() -> None:
    src = "global c\nprobe syscall_any.return { c[name]++ }\n"
    out = print_program(parse(src, "t.stp"))
    assert "probe syscall_any.return\n" in out and "c[name]++" in out
    assert _key(parse(out, "b.stp")) == KERNEL_NAME


def test_syscall_star_reading_name_or_argstr_prints_back_as_syscall_star() -> None:
    # syscall_any has neither argstr nor the aliases' names (mmap2): the clause stays syscall.*
    for body in ("c[name]++", "c[argstr]++"):
        out = print_program(parse(f"global c\nprobe syscall.* {{ {body} }}\n", "t.stp"))
        assert "probe syscall.*\n" in out, body
    out = print_program(parse("global c\nprobe syscall.* { c[pid()]++ }\n", "t.stp"))
    assert "probe syscall_any\n" in out


def test_syscall_any_name_is_probefunc_in_d_and_get_function_in_vue() -> None:
    src = 'probe syscall_any { if (pid() == target()) printf("%s\\n", name) }\n'
    d = _to(src, "stap", "d")
    assert "syscall:::entry" in d and 'printf("%s\\n", probefunc);' in d
    assert "mmap2" not in d
    vue = _to(src, "stap", "vue")
    assert 'printf("%s\\n", get_function());' in vue


def test_syscall_star_name_keeps_the_aliases_names_in_d() -> None:
    d = _to('probe syscall.* { printf("%s\\n", name) }\n', "stap", "d")
    assert 'probefunc == "mmap" ? "mmap2"' in d


def test_d_framing_keys_on_kernel_names_at_syscall_any() -> None:
    # DTrace's probe line of a clause on every syscall names the site that fired by
    # syscall_any's name, the kernel's (its ID a function of syscall_nr: no table of
    # names); a syscall.NAME clause by the aliases' names
    every = _to("syscall:::entry { trace(1); }\n", "d", "stap")
    assert "probe syscall_any\n" in every
    assert 'sprintf("%s:entry", name)' in every and '"pread"' not in every
    assert "dtrace_probe_id" not in every and "syscall_nr < " in every
    some = _to("syscall::pread*:entry { trace(1); }\n", "d", "stap")
    assert 'dtrace_probe_id["pread"]' in some
    assert 'name == "pread" ? "pread64:entry"' in some
