"""User stack symbolization (runtime/ustack.py) on a real ELF file, and the D and
stap layouts of the frames; no VM."""

from __future__ import annotations

import subprocess

import pytest

from elfprog import CALL_CHAIN_SRC, build_program, nm_text_symbols

from xtrace.ir.loc import XtraceError
from xtrace.runtime.stacks import Frame
from xtrace.runtime.ustack import (ElfSymbols, Mapping, UserMaps, dtrace_uaddr, dtrace_ustack, elf_symbols,
                                   stap_ubacktrace)

@pytest.fixture(scope="module")
def exe(tmp_path_factory):
    return build_program(tmp_path_factory.mktemp("ust"), CALL_CHAIN_SRC, ("-O1", "-fPIE", "-pie"))


def _text_mapping(path, base: int) -> Mapping:
    """The executable PT_LOAD of `path` mapped at `base` + its vaddr, as the kernel would."""
    elf = ElfSymbols(str(path))
    off, size, vaddr = next((o, s, v) for o, s, v in elf.segments if nm_text_symbols(path)["main"][0] - v < s
                            and nm_text_symbols(path)["main"][0] >= v)
    page = off & ~0xFFF
    start = base + (vaddr & ~0xFFF)
    return Mapping(start, start + ((size + (off - page) + 0xFFF) & ~0xFFF), page, str(path))


def test_lookup_agrees_withnm_text_symbols(exe):
    syms = nm_text_symbols(exe)
    elf = elf_symbols(str(exe))
    assert elf is not None
    for name in ("leafy", "middle", "main"):
        value, size = syms[name]
        assert elf.lookup(value) == (name, 0, size)
        assert elf.lookup(value + size - 1) == (name, size - 1, size)


def test_user_address_resolves_through_the_mapping(exe):
    base = 0x555555554000
    maps = UserMaps()
    maps.add(3, _text_mapping(exe, base))
    value, size = nm_text_symbols(exe)["middle"]
    f = maps.resolve(3, base + value + 4)
    assert (f.sym, f.off, f.size, f.mod) == ("middle", 4, size, str(exe))
    # another snapshot, or an address in no mapping: no file, no symbol
    assert maps.resolve(4, base + value).mod == "" and maps.resolve(3, 0x1000).sym is None


def test_stripped_library_uses_dynsym():
    libc = next(p for p in ("/lib/x86_64-linux-gnu/libc.so.6", "/usr/lib64/libc.so.6")
                if elf_symbols(p) is not None)
    elf = elf_symbols(libc)
    dyn = subprocess.run(["nm", "-D", "--defined-only", libc], capture_output=True, text=True).stdout
    getppid = next(int(ln.split()[0], 16) for ln in dyn.splitlines() if ln.split()[-1].split("@")[0] == "getppid")
    assert elf.lookup(getppid)[0] == "getppid"


def test_not_an_elf_file(tmp_path):
    (tmp_path / "x").write_text("not elf")
    maps = UserMaps()
    maps.add(1, Mapping(0x1000, 0x2000, 0, str(tmp_path / "x")))
    f = maps.resolve(1, 0x1800)
    assert f.sym is None and f.mod == str(tmp_path / "x")
    assert (f.off, f.size) == (0x800, 0x1000)  # into the mapping, for stap's [path+0xoff/0xsize]


FRAMES = [Frame(0x7F00000011F7, "read", 0x17, 0x80, "/usr/lib/x86_64-linux-gnu/libc.so.6"),
          Frame(0x555555555150, "main", 0, 0x20, "/opt/app"),
          Frame(0x7F0000002000, None, 0x2000, 0x1d5000, "/usr/lib/x86_64-linux-gnu/libc.so.6"),
          Frame(0xDEAD0, None, 0, 0, "")]


def test_dtrace_layout():
    assert dtrace_ustack(FRAMES) == ("\n"
                                     "              libc.so.6`read+0x17\n"
                                     "              app`main\n"
                                     "              libc.so.6`0x7f0000002000\n"
                                     "              0xdead0\n")


def test_printf_A_names_a_user_address_as_a_ustack_frame():
    """D's %A: the frame's text, padded as %s pads (the driver names it, the record
    carries the address with its address space: SymStrings' usym:uaddr)."""
    import struct
    from xtrace.runtime.format import apply_format, compile_format
    from xtrace.runtime.symstr import SymStrings
    assert [dtrace_uaddr(f) for f in FRAMES] == [
        "libc.so.6`read+0x17", "app`main", "libc.so.6`0x7f0000002000", "0xdead0"]
    maps = UserMaps()
    maps.add(1, Mapping(0x1000, 0x2000, 0, "/nonexistent/prog"))
    ss = SymStrings(lambda: None, lambda: maps, 128)
    payload = struct.pack("<QQQQ", 1, 0x1010, 1, 0x9000)
    text, off = ss.decode("usym:uaddr", payload, 0, None)
    assert (text, off) == ("prog`0x1010", 16)
    assert ss.decode("usym:uaddr", payload, 16, None)[0] == "0x9000"
    assert apply_format(compile_format("[%-12A|%A]"), [text, text]) == "[prog`0x1010 |prog`0x1010]"


def test_stap_layout():
    assert stap_ubacktrace(FRAMES) == (
        " 0x00007f00000011f7 : read+0x17/0x80 [/usr/lib/x86_64-linux-gnu/libc.so.6]\n"
        " 0x0000555555555150 : main+0x0/0x20 [/opt/app]\n"
        " 0x00007f0000002000 [/usr/lib/x86_64-linux-gnu/libc.so.6+0x2000/0x1d5000]\n"
        " 0x00000000000dead0\n")


@pytest.mark.parametrize("src, where", [
    ("BEGIN { ustack(0); }", "1:16"),
    ("BEGIN { ustack(1, 2, 3); }", "1:9"),
    ("BEGIN { x = ustack(); }", "1:13"),
    ("BEGIN { x = 1 + ustack(); }", "1:17"),
    ("#pragma D option ustackframes=lots\nBEGIN { }", "1:"),
])
def test_d_bad_ustack_is_a_located_error(src, where):
    from xtrace.frontends import parse
    with pytest.raises(XtraceError) as ei:
        parse(src, "t.d", "d")
    assert f"t.d:{where}" in ei.value.render(), ei.value.render()
