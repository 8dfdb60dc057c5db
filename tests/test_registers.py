"""Registers by name: D's uregs[R_*] and stap's register()/u_register() (ir/registers.py).
Their values are proven in the VM by conformance d/uregs_registers, stap/register_uprobe
and stap/register_kprobe; here the names, the IR they lower to, the errors and the ports."""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.ir import registers
from xtrace.ir.loc import XtraceError


def test_d_register_numbers_are_those_of_dtrace_on_linux():
    # regs.d numbers the 64-bit names after struct pt_regs, the 32-bit ones (and the
    # R_PC/R_SP/R_FP aliases) R_GS + 1 + their place in i386's pt_regs
    c = registers.D_CONSTANTS
    assert (c["R_R15"], c["R_RAX"], c["R_ERR"], c["R_RIP"], c["R_RSP"], c["R_SS"]) == (0, 10, 15, 16, 19, 20)
    assert (c["R_GS"], c["R_EBX"], c["R_EAX"], c["R_PC"], c["R_SP"], c["R_FP"]) == (24, 25, 31, 37, 40, 30)
    assert c["R_R0"] == c["R_EAX"] and c["R_R1"] == c["R_EBX"] and c["R_PS"] == c["R_EFL"]


@pytest.mark.parametrize("index, slot", [(16, "ip"), (37, "ip"), (31, "ax"), (10, "ax"), (40, "sp"),
                                         (30, "bp"), (15, "orig_ax"), (25, "bx")])
def test_d_register_numbers_name_a_pt_regs_slot(index, slot):
    assert registers.SLOTS[registers.d_slot(index)] == slot


@pytest.mark.parametrize("index", [21, 24, 32, 35, 42, -1])
def test_registers_linux_does_not_save_have_no_slot(index):
    assert registers.d_slot(index) is None  # ds, es, fs, gs and what is past i386's list


def _first_printf_args(src: str, name: str, lang: str) -> list[ir.Expr]:
    prog = frontends.parse(src, name, lang)
    return next(s for s in prog.probes[0].body.stmts if isinstance(s, ir.Printf)).args


def _reg(kind: str, slot: str) -> ir.Call:
    return ir.Call(kind, [ir.IntLit(registers.SLOT[slot])])


def test_d_uregs_and_stap_register_at_a_uprobe_are_one_ir_form():
    d = _first_printf_args('pid$target::sync:entry { printf("%d %d %d\\n", uregs[R_PC], '
                           'uregs[R_RIP], uregs[R_EAX]); }', "t.d", "d")
    stap = _first_printf_args('probe process("/bin/ls").function("main") { printf("%d %d %d\\n", '
                              'register("rip"), u_register("ip"), register("rax")) }', "t.stp", "stap")
    # the PC is the IR's uaddr, which stap's uaddr() reads too
    assert d == stap == [ir.Builtin("uaddr"), ir.Builtin("uaddr"), _reg("user_register", "ax")]


def test_stap_register_at_a_kprobe_reads_the_kernel_registers():
    args = _first_printf_args('probe kernel.function("vfs_read") { printf("%d\\n", register("rdi")) }',
                              "t.stp", "stap")
    assert args == [_reg("probe_register", "di")]


@pytest.mark.parametrize("src, col, words", [
    ("BEGIN { trace(uregs[arg0]); }", 21, "must be a constant register number, such as R_PC"),
    ("BEGIN { trace(uregs[R_GS]); }", 21, "uregs[R_GS]: Linux saves no such register"),
    ("BEGIN { trace(uregs[1, 2]); }", 15, "uregs[] takes one index"),
    ("BEGIN { trace(uregs); }", 15, "uregs is the array of the thread's user registers"),
])
def test_d_uregs_errors(src, col, words):
    with pytest.raises(XtraceError) as info:
        frontends.parse(src, "t.d", "d")
    assert words in str(info.value)
    assert (info.value.loc.line, info.value.loc.col) == (1, col)


@pytest.mark.parametrize("src, words", [
    ('probe begin { println(register("rax")) }', "reads the registers of a kernel.function, kprobe "
                                                 "or process probe"),
    ('probe syscall.read { println(register("rdi")) }', "at a syscall probe, read the arguments"),
    ('probe kernel.function("vfs_read") { println(register("eax")) }', 'register("eax"): xtrace reads '
                                                                        "the 64-bit registers"),
    ('probe kernel.function("vfs_read") { r = "rax"; println(register(r)) }', "literal string"),
])
def test_stap_register_errors(src, words):
    with pytest.raises(XtraceError) as info:
        frontends.parse(src, "t.stp", "stap")
    assert words in str(info.value)


def test_ports_say_a_register_in_each_language():
    d = ('#pragma D option quiet\n'
         'pid$target::sync:entry { printf("%d %d\\n", uregs[R_PC], uregs[R_SP]); }')
    assert 'printf("%d %d\\n", uaddr(), register("rsp"))' in translate_text(d, "t.d", "d", "stap")
    stap = 'probe syscall.sync { printf("%x\\n", uaddr()) }'
    assert 'printf("%x\\n", uregs[R_PC])' in translate_text(stap, "t.stp", "stap", "d")
    assert "uregs[R_PC] == uregs[R_SP]" in translate_text(
        'probe process("/lib/x86_64-linux-gnu/libc.so.6").function("sync") { println(register("rip") == register("rsp")) }',
        "t.stp", "stap", "d")


@pytest.mark.parametrize("src, name, lang, to, words", [
    ('syscall::sync:entry { trace(uregs[R_RAX]); }', "t.d", "d", "stap",
     "nearest: uaddr(), the user PC"),
    ('probe kernel.function("vfs_read") { println(register("rdi")) }', "t.stp", "stap", "d",
     "nearest: the function's arguments, arg0 ... arg5"),
    ('syscall::sync:entry { trace(uregs[R_SP]); }', "t.d", "d", "vue", "are POWER's"),
    ('syscall::sync:entry { trace(uregs[R_PC]); }', "t.d", "d", "vue", "are POWER's"),
])
def test_ports_refuse_the_registers_the_target_cannot_read(src, name, lang, to, words):
    with pytest.raises(XtraceError) as info:
        translate_text(src, name, lang, to)
    assert words in str(info.value)
