"""The user symbol tables built into the module for stap's usymname()/usymdata()/
umodname() kept as values (backend_c/usymtab.py, runtime/xt_usym.h); no VM."""

from __future__ import annotations

import os
import re

import pytest

from elfprog import CALL_CHAIN_SRC, build_program, nm_text_symbols

from xtrace.backend_c.usymtab import SymTable, emit_c, known_files, needed_libraries, symbol_table
from xtrace.runtime.ustack import elf_symbols

SRC = CALL_CHAIN_SRC + r'''
__asm__(".globl bare\n.type bare,@function\nbare: ret\n.globl after\n.type after,@function\n"
        "after: ret\n.size after, 1\n");
'''


@pytest.fixture(scope="module")
def exe(tmp_path_factory):
    return build_program(tmp_path_factory.mktemp("usymtab"), SRC)


def test_rows_are_file_offsets_of_the_symbols_nm_sees(exe):
    """Each row is the symbol's file offset (its address through the PT_LOAD that
    maps it) and size; sorted, so the module can binary-search them."""
    t = symbol_table(str(exe))
    assert t is not None
    rows = {name: (off, size) for off, size, name in t.rows}
    syms = elf_symbols(str(exe))
    for name in ("leafy", "middle", "main", "after"):
        value, size = nm_text_symbols(exe)[name]
        off, rsize = rows[name]
        assert syms.vaddr(off) == value and rsize == size, name
    assert [r[0] for r in t.rows] == sorted(r[0] for r in t.rows)


def test_a_size_0_symbol_spans_to_the_next(exe):
    """Hand-written assembly with no .size covers up to the next symbol, as the
    driver's lookup has it (runtime/ustack.ElfSymbols.lookup)."""
    rows = {name: (off, size) for off, size, name in symbol_table(str(exe)).rows}
    assert rows["bare"][1] == rows["after"][0] - rows["bare"][0] > 0


def test_the_rows_answer_as_the_driver_does(exe):
    """For every byte of every row, the driver's own lookup names the same symbol
    at the same offset: printed by the driver or written by the module, one text."""
    syms = elf_symbols(str(exe))
    for off, size, name in symbol_table(str(exe)).rows:
        for k in (0, size - 1):
            hit = syms.lookup(syms.vaddr(off + k))
            assert hit is not None and hit[0] == name and hit[1] == k and hit[2] == size


def test_a_file_that_is_not_elf_has_no_table(tmp_path):
    (tmp_path / "s").write_text("#!/bin/sh\n")
    assert symbol_table(str(tmp_path / "s")) is None
    assert known_files([str(tmp_path / "s")], [], False) == []


def test_known_files_resolve_links_once_and_ldd_adds_libraries(exe, tmp_path):
    link = tmp_path / "link"
    link.symlink_to(exe)
    files = known_files([str(exe)], [str(link), ""], False)
    assert files == [str(exe.resolve())]
    with_libs = known_files([str(exe)], [], True)
    assert with_libs[0] == str(exe.resolve())
    assert any(os.path.basename(p) == "libc.so.6" for p in with_libs[1:])
    assert needed_libraries(str(tmp_path / "missing")) == []


def _c_strings(text: str) -> bytes:
    """The bytes of adjacent C string literals with octal escapes (cstr.c_string's)."""
    out = bytearray()
    for lit in re.findall(r'"((?:[^"\\]|\\[0-7]{3})*)"', text):
        out += re.sub(rb"\\([0-7]{3})", lambda m: bytes([int(m.group(1), 8)]), lit.encode())
    return bytes(out)


def test_emitted_c_names_every_row_and_escapes_names():
    """Name offsets point at each NUL-terminated name; a name with quotes,
    backslashes or a comment end cannot leave its string literal."""
    hostile = 'x"; } evil(); /* \\ */'
    t = SymTable("/a/b/lib\"x.so", ((0x1000, 0x10, "first"), (0x1010, 0x20, hostile)))
    c = emit_c([t])
    names = c.split("xt_usnames_0[] =", 1)[1].split(";\n", 1)[0]
    blob = _c_strings(names)
    offs = [int(m) for m in re.findall(r"\{ 0x[0-9a-f]+ULL, 0x[0-9a-f]+U, (\d+)U \}", c)]
    got = [blob[o:blob.index(b"\0", o)].decode() for o in offs]
    assert got == ["first", hostile]
    assert "evil()" not in c and "*/" not in c
    assert '"lib\\042x.so"' in c and "#define XT_NUFILES 1" in c


def test_no_files_still_defines_the_table():
    assert "#define XT_NUFILES 0" in emit_c([])


def test_usymname_as_a_value_is_written_by_the_module(exe):
    """A user symbol string stored, joined or compared is xt_usym_str() in the
    module, with the -d file's table; printed directly it stays the driver's."""
    from xtrace.backend_c.codegen import generate
    from xtrace.driver.translate import _translation_target
    from xtrace.frontends.stap import parse
    from xtrace.ir.analysis import analyze
    prog = parse('probe timer.profile { k = "u:" . umodname(uaddr()) . ":" . usymname(uaddr()); '
                 'if (usymdata(uaddr()) != k) println(usymname(uaddr())) }\n', "t.stp")
    prog.options["symbol_files"] = [str(exe)]
    gen = generate(analyze(prog, _translation_target()))
    for kind in ("XT_USYM_MOD", "XT_USYM_NAME", "XT_USYM_DATA"):
        assert f"{kind})" in gen.c_source
    assert gen.c_source.count("xt_usym_str(") == 3  # the println's is the driver's
    assert "xt_usym.h" in gen.headers and gen.manifest["usym_files"] == [str(exe.resolve())]
    assert gen.manifest["module_params"]["xt_usroot"] == "@ROOT@"
    assert "leafy" in gen.c_source


def test_lock_free_lookup_only_where_mm_lock_seq_is_a_seqcount(tmp_path):
    """The module's lock-free lookup needs mm_struct.mm_lock_seq to be a seqcount
    (the kernel's headers say so); an int (6.1 to upstream 6.12) or no field
    leaves only the trylock."""
    from xtrace.backend_c.usymtab import mm_lock_seqcount
    inc = tmp_path / "include/linux"
    inc.mkdir(parents=True)
    (inc / "mm_types.h").write_text("struct mm_struct {\n#ifdef CONFIG_PER_VMA_LOCK\n\t\tseqcount_t mm_lock_seq;\n#endif\n};\n")
    assert mm_lock_seqcount(tmp_path)
    (inc / "mm_types.h").write_text("struct mm_struct {\n\tint mm_lock_seq;\n};\n")
    assert not mm_lock_seqcount(tmp_path)
    assert not mm_lock_seqcount(tmp_path / "missing")
