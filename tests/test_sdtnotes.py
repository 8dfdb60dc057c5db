"""SDT markers read from `.note.stapsdt` (ir.sdtnotes), checked against binutils'
`readelf -n` on /usr/bin/python3.11, the argument-location parser, the C that
reads each location (backend_c.sdtargs), and the stap probe points on markers."""

from __future__ import annotations

import re
import subprocess

import pytest

from xtrace.backend_c.sdtargs import arg_c
from xtrace.frontends import parse
from xtrace.ir.elfsyms import ElfSymbolError
from xtrace.ir.sdtnotes import SdtArg, SdtArgError, markers, matching_markers, parse_arg

PY = "/usr/bin/python3.11"


def _readelf_notes(path: str) -> list[tuple[str, str, int, int, int, str]]:
    """(provider, name, pc, base, semaphore, arguments) of each stapsdt note, as readelf prints it."""
    text = subprocess.run(["readelf", "-n", path], capture_output=True, text=True, check=True).stdout
    out = []
    for m in re.finditer(r"Provider: (\S+)\n\s+Name: (\S+)\n\s+Location: (0x[0-9a-f]+), "
                         r"Base: (0x[0-9a-f]+), Semaphore: (0x[0-9a-f]+)\n\s+Arguments: ([^\n]*)",
                         text):
        out.append((m.group(1), m.group(2), int(m.group(3), 16), int(m.group(4), 16),
                    int(m.group(5), 16), m.group(6).strip()))
    return out


@pytest.mark.parametrize("path,count,sems", [
    (PY, 8, True),                                                   # a non-PIE program
    ("/usr/lib/x86_64-linux-gnu/libpython3.11.so.1.0", 8, True),     # a shared library
    ("/usr/lib/x86_64-linux-gnu/libstdc++.so.6", 3, False),          # no semaphores
])
def test_markers_are_the_ones_readelf_lists(path, count, sems):
    want = _readelf_notes(path)
    assert len(want) == count
    got = [(m.provider, m.name, m.pc, m.base, m.semaphore, m.argstr) for m in markers(path)]
    assert got == want
    data = open(path, "rb").read()
    for m in markers(path):
        assert m.arg_error == "" and len(m.args) == len(m.argstr.split())
        # the uprobe's offset holds the marker's nop; the semaphore is a 2-byte 0 in the file
        assert data[m.pc_offset] == 0x90
        if sems:
            assert m.sem_offset and data[m.sem_offset:m.sem_offset + 2] == b"\0\0"
        else:
            assert m.semaphore == m.sem_offset == 0


def test_function_entry_arguments_of_python():
    (entry,) = matching_markers("function__entry", markers(PY))
    assert [(a.size, a.signed, a.kind) for a in entry.args] == \
        [(8, False, "reg"), (8, False, "reg"), (4, True, "reg")]
    assert len(matching_markers("function__*", markers(PY))) == 2
    assert matching_markers("*", markers(PY), provider="nosuch") == []


@pytest.mark.parametrize("spec,want", [
    ("-4@%eax", SdtArg(4, True, "reg", reg="eax", text="-4@%eax")),
    ("8@%r12", SdtArg(8, False, "reg", reg="r12", text="8@%r12")),
    ("1@%ah", SdtArg(1, False, "reg", reg="ah", text="1@%ah")),
    ("8@-8(%rbp)", SdtArg(8, False, "mem", reg="rbp", offset=-8, text="8@-8(%rbp)")),
    ("-4@112(%rsp)", SdtArg(4, True, "mem", reg="rsp", offset=112, text="-4@112(%rsp)")),
    ("2@(%rax,%rbx,4)", SdtArg(2, False, "mem", reg="rax", index="rbx", scale=4,
                               text="2@(%rax,%rbx,4)")),
    ("4@$5", SdtArg(4, False, "const", offset=5, text="4@$5")),
    ("-8@$-1", SdtArg(8, True, "const", offset=-1, text="-8@$-1")),
    ("%rdi", SdtArg(8, True, "reg", reg="rdi", text="%rdi")),  # old sdt.h: no size
])
def test_arg_locations(spec, want):
    assert parse_arg(spec) == want


def test_symbol_relative_location_needs_the_symbol():
    a = parse_arg("4@counter+8(%rip)", {"counter": 0x4010})
    assert (a.kind, a.reg, a.symbol, a.sym_addr, a.offset) == ("mem", "rip", "counter", 0x4010, 8)
    # the symbol moves with the code: its distance from the marker is kept
    assert "regs->ip + (-4072LL)" in arg_c(a, 0x5000)
    with pytest.raises(SdtArgError, match="symbol 'counter'"):
        parse_arg("4@counter(%rip)", {})


@pytest.mark.parametrize("spec", ["3@%eax", "4@%xmm0", "4@$sym", "4@foo", "8@(%rax,%rbx,3)"])
def test_bad_arg_locations(spec):
    with pytest.raises(SdtArgError):
        parse_arg(spec)


def test_arg_c_extends_by_the_sign_of_the_size():
    assert arg_c(parse_arg("-4@%eax"), 0) == "((s64)(s32)regs->ax)"
    assert arg_c(parse_arg("4@%eax"), 0) == "((s64)(u32)regs->ax)"
    assert arg_c(parse_arg("1@%ah"), 0) == "((s64)(u8)(regs->ax >> 8))"
    mem = arg_c(parse_arg("-2@-6(%rbp)"), 0)
    assert "copy_from_user_nofault" in mem and "(s64)(s16)v_" in mem and "(-6LL)" in mem


def test_markers_of_a_file_that_is_not_elf(tmp_path):
    (tmp_path / "x").write_text("not elf")
    with pytest.raises(ElfSymbolError):
        markers(tmp_path / "x")
    assert markers("/bin/true") == () or all(m.name for m in markers("/bin/true"))


def test_stap_mark_points():
    prog = parse(f'probe process("{PY}").mark("function__*") {{ }}\n'
                 'probe process.mark("line")? { }', "t.stp", "stap")
    (a,), (b,) = (p.points for p in prog.probes)
    assert (a.kind, a.name, a.binary) == ("umark", "function__*", PY)
    assert (b.kind, b.name, b.binary, b.optional) == ("umark", "line", "$target", True)


def test_stap_l_and_L_list_the_markers():
    import io
    from xtrace.driver.stap_cli import main
    out, err = io.StringIO(), io.StringIO()
    assert main(["-l", f'process("{PY}").mark("*")'], out, err) == 0, err.getvalue()
    names = sorted({m.name for m in markers(PY)})
    assert out.getvalue() == "".join(f'process("{PY}").mark("{n}")\n' for n in names)
    out = io.StringIO()
    assert main(["-L", f'process("{PY}").mark("gc__*")'], out, err) == 0, err.getvalue()
    assert out.getvalue() == (f'process("{PY}").mark("gc__done") $arg1:long\n'
                              f'process("{PY}").mark("gc__start") $arg1:long\n')


def test_d_usdt_points_and_their_description():
    from xtrace.frontends.d.probes import description, points_for
    from xtrace.ir.loc import Loc
    (p,) = points_for("python$target:::function-entry", Loc("t.d", 1, 1))
    assert (p.kind, p.name, p.binary, p.module, p.pid) == \
        ("umark", "function__entry", "$target", "python", None)
    assert description(p) == "python$target:::function-entry"
    (q,) = points_for("python123:libpython3.11.so::gc-*", Loc("t.d", 1, 1))
    assert (q.name, q.binary, q.pid) == ("gc__*", "libpython3.11.so", 123)
    with pytest.raises(Exception, match="function that holds"):
        points_for("python$target::main:line", Loc("t.d", 1, 1))


def test_dtrace_l_lists_the_usdt_probes_of_the_command():
    import io
    from xtrace.driver.dtrace_cli import main
    out, err = io.StringIO(), io.StringIO()
    assert main(["-l", "-n", "python$target:::gc-*", "-c", PY], out, err) == 0, err.getvalue()
    rows = [line.split() for line in out.getvalue().splitlines()[1:]]
    assert [(r[2], r[3]) for r in rows] == [("python3.11", "gc-done"), ("python3.11", "gc-start")]
    assert all(re.fullmatch(r"python\d+", r[1]) for r in rows)


def test_stap_provider_component_narrows_and_is_listed():
    import io
    from xtrace.driver.stap_cli import main
    prog = parse(f'probe process("{PY}").provider("py*").mark("line") {{ }}', "t.stp", "stap")
    (p,) = prog.probes[0].points
    assert (p.kind, p.name, p.module) == ("umark", "line", "py*")
    out, err = io.StringIO(), io.StringIO()
    assert main(["-l", f'process("{PY}").provider("py*").mark("line")'], out, err) == 0
    assert out.getvalue() == f'process("{PY}").provider("python").mark("line")\n'
    assert main(["-l", f'process("{PY}").provider("nosuch").mark("line")'], out, err) == 1
    assert "no SDT marker of provider 'nosuch' matches 'line'" in err.getvalue()


def test_stap_mark_translates_to_d_usdt_with_its_provider():
    from xtrace.driver.translate import translate_text
    from xtrace.ir.loc import XtraceError
    src = f'probe process("{PY}").provider("python").mark("gc__start") {{ println($arg1) }}\n'
    out = translate_text(src, "t.stp", "stap", "d")
    assert "python$target:python3.11::gc-start" in out and 'printf("%d\\n", arg0);' in out
    with pytest.raises(XtraceError, match=r'\.provider\("NAME"\)'):
        translate_text(src.replace('.provider("python")', ""), "t.stp", "stap", "d")
