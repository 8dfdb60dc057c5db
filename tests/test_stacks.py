"""Kernel stack traces: D's stack() and stap's print_backtrace()."""

from __future__ import annotations

import re

import pytest

from conftest import build_host_program
from xtrace.runtime.stacks import (Frame, KernelSymbols, dtrace_stack, module_text_symbols, probe_frames,
                                   stap_backtrace, vue_stktrace)

KALLSYMS = """\
ffffffff81000000 T _stext
ffffffff81001000 T do_syscall_64
ffffffff81001100 T entry_SYSCALL_64_after_hwframe
ffffffff81002000 T __traceiter_sys_enter
ffffffff81002100 T trace_hardirqs_on
ffffffff81003000 T vfs_read
ffffffff81004000 D some_data
ffffffffc0001000 t ext4_read [ext4]
ffffffffc0001200 t ext4_write [ext4]
"""


def test_symbols_resolve_within_their_size_only():
    syms = KernelSymbols(KALLSYMS)
    f = syms.resolve(0xffffffff81001010)
    assert (f.sym, f.off, f.size, f.mod) == ("do_syscall_64", 0x10, 0x100, "vmlinux")
    assert syms.resolve(0xffffffffc0001010).mod == "ext4"
    # past a module's last symbol (a module loaded after the dump): unknown
    assert syms.resolve(0xffffffffc0009000).sym is None
    assert syms.resolve(0x1000).sym is None


def test_one_parse_serves_text_only_and_every_symbol():
    """Stacks resolve text symbols only, printf's %a every symbol: with_types()
    gives the other view of the same parsed dump."""
    every = KernelSymbols(KALLSYMS, types=None)
    text = every.with_types("tTwW")
    assert every.resolve(0xffffffff81004008).sym == "some_data"
    # text only: the data symbol does not exist, so vfs_read ends where some_data began
    assert text.resolve(0xffffffff81004008).sym is None
    assert text.resolve(0xffffffff81003010).sym == "vfs_read"
    assert every.with_types(None).resolve(0xffffffff81004008).sym == "some_data"


def test_module_symbols_move_to_where_the_module_is_this_boot():
    """The sandbox's kallsyms is captured once; modules load elsewhere on each boot.
    With both boots' /proc/modules, module symbols are moved to where the module
    is now, and bounded by its extent: an address in memory no symbol names (a
    kprobe's instruction slot where ext4 was at capture time) resolves to nothing."""
    then = "ext4 1048576 1 - Live 0xffffffffc0001000\nloop 32768 0 - Live 0xffffffffc0200000\n"
    now = "ext4 1048576 1 - Live 0xffffffffc0101000\nxt_mod 8192 0 - Live 0xffffffffc0001000\n"
    syms = KernelSymbols(KALLSYMS + "ffffffffc0200010 t loop_fn [loop]\n", then, now)
    f = syms.resolve(0xffffffffc0101210)
    assert (f.sym, f.off, f.size, f.mod) == ("ext4_write", 0x10, 0, "ext4")
    assert syms.resolve(0xffffffffc0001010).sym is None      # ext4's old place
    assert syms.resolve(0xffffffffc0200010).sym is None      # loop is not loaded now
    assert syms.resolve(0xffffffffc0201000 + 0x100000).sym is None
    assert syms.resolve(0xffffffff81001010).sym == "do_syscall_64"   # the core stays
    # The running kernel's own dump (no `then`): nothing moves, extents still bound.
    live = KernelSymbols(KALLSYMS, None, "ext4 768 1 - Live 0xffffffffc0001000\n")
    assert live.resolve(0xffffffffc0001210).sym == "ext4_write"
    assert live.resolve(0xffffffffc0001300).sym is None


def test_this_sessions_module_is_named_from_the_running_boots_lines():
    """xtrace's own module loads after the dump was taken; a tick that stops its
    code (the reader of its output) is named from the lines the running kernel
    lists for it (`live_text`), which are not moved as the dump's are."""
    then = "ext4 1048576 1 - Live 0xffffffffc0001000\n"
    now = "ext4 1048576 1 - Live 0xffffffffc0101000\nxt_0123 8192 0 - Live 0xffffffffc0001000\n"
    mine = "ffffffffc0001100 t xt_out_read\t[xt_0123]\nffffffffc0001400 t xt_ctl_write\t[xt_0123]\n"
    syms = KernelSymbols(KALLSYMS, then, now, live_text=mine)
    f = syms.resolve(0xffffffffc0001120)
    assert (f.sym, f.off, f.size, f.mod) == ("xt_out_read", 0x20, 0x300, "xt_0123")
    assert syms.resolve(0xffffffffc0101210).sym == "ext4_write"  # the dump's still moved
    assert syms.resolve(0xffffffffc0001000 + 8192).sym is None  # past the module's extent
    assert KernelSymbols(KALLSYMS, then, now).resolve(0xffffffffc0001120).sym is None


def test_module_text_symbols_are_kallsyms_lines_of_the_loaded_text(tmp_path):
    """A module file's functions at the base its .text was loaded at, as the lines
    KernelSymbols' live_text takes; nothing where the base is unknown."""
    exe = build_host_program("stacker", SRC)  # any ELF with a .text and functions
    lines = module_text_symbols(str(exe), "xt_0123", "0xffffffffc0100000\n")
    assert lines and all(ln.endswith("\t[xt_0123]") and ln.split()[1] == "t"
                         for ln in lines.splitlines())
    main = [int(ln.split()[0], 16) for ln in lines.splitlines() if ln.split()[2] == "main"]
    assert main and main[0] >= 0xffffffffc0100000
    assert module_text_symbols(str(exe), "xt_0123", None) is None
    assert module_text_symbols(str(tmp_path / "missing.ko"), "xt_0123", "0x1000") is None


def test_probe_frames_show_every_recorded_frame():
    """The module records the trace from the probed code down (xt_kstack_walk), and
    a backtrace() string printed with print_stack() is that record: every address
    is shown, a probed function whose name looks like the probe machinery's (a
    kprobe on hrtimer_start) and an address no symbol covers included."""
    syms = KernelSymbols(KALLSYMS)
    addrs = [0xffffffff81002010,          # __traceiter_sys_enter: the probed code here
             0xffffffff81003020,          # vfs_read
             0xffffffffc0500000,          # memory the dump does not name
             0xffffffff81001005]
    frames = probe_frames(addrs, syms)
    assert [f.sym for f in frames] == ["__traceiter_sys_enter", "vfs_read", None, "do_syscall_64"]
    assert probe_frames([1, 2], None) == [Frame(1), Frame(2)]
    assert probe_frames([], syms) == []


def test_layouts():
    frames = [Frame(0xffffffff81003020, "vfs_read", 0x20, 0x1000, "vmlinux"),
              Frame(0xffffffffc0001000, "ext4_read", 0, 0x200, "ext4"), Frame(0xdead)]
    assert dtrace_stack(frames) == ("\n              vmlinux`vfs_read+0x20\n"
                                    "              ext4`ext4_read\n              0xdead\n")
    assert stap_backtrace(frames) == (" 0xffffffff81003020 : vfs_read+0x20/0x1000 [kernel]\n"
                                      " 0xffffffffc0001000 : ext4_read+0x0/0x200 [ext4]\n"
                                      " 0x000000000000dead\n")
    assert vue_stktrace(frames, symbols=True) == ("vfs_read+0x20\next4_read+0x0\n"
                                                  "0x000000000000dead\n")
    assert vue_stktrace(frames[:1], symbols=False) == "0xffffffff81003020\n"


SRC = r'''
#include <unistd.h>
#include <sys/syscall.h>
int main(void) { syscall(SYS_getppid); syscall(SYS_getpid); return 0; }
'''


def test_d_stack_in_syscall_and_fbt_probes(run_script):
    exe = build_host_program("stacker", SRC)
    script = ('#pragma D option quiet\n'
              'syscall::getppid:entry /execname == "stacker"/ { printf("sys"); stack(); }\n'
              'fbt::__x64_sys_getpid:entry /execname == "stacker"/ { printf("fbt"); stack(); }\n')
    r = run_script(script, "d", cmd=str(exe))
    sys_part, fbt_part = r.stdout.split("fbt", 1)
    frame = re.compile(r" {14}vmlinux`\w+(\+0x[0-9a-f]+)?$")
    sys_lines = sys_part.splitlines()
    assert sys_lines[0] == "sys" and all(frame.match(ln) for ln in sys_lines[1:]), r.stdout
    assert any("do_syscall_64" in ln for ln in sys_lines), r.stdout
    fbt_lines = fbt_part.splitlines()
    assert fbt_lines[1].startswith("              vmlinux`__x64_sys_getpid"), r.stdout


PAIR_SRC = r'''
#include <unistd.h>
#include <sys/syscall.h>
int main(void) { for (int i = 0; i < 50; i++) { syscall(SYS_getpid); syscall(SYS_getppid); } return 0; }
'''


def test_d_stack_at_a_syscall_after_a_kprobe_hit(run_script):
    """A syscall probe that reads none of its arguments left c->regs as the last
    kprobe hit on that CPU had set it: stack() walked those registers, on a stack
    since reused, and printed one frame of whatever now sat there (the kprobe's
    own function, 0x2, a stack address, nothing), in most of the 50 hits on 6.12."""
    exe = build_host_program("stkpair", PAIR_SRC)
    script = ('#pragma D option quiet\n'
              'fbt::__task_pid_nr_ns:entry { }\n'
              'syscall::getppid:entry /execname == "stkpair"/ { @[stack()] = count(); }\n')
    r = run_script(script, "d", cmd=str(exe))
    blocks = re.split(r"\n{2,}", r.stdout.strip("\n"))
    assert len(blocks) == 1, r.stdout
    *frames, count = blocks[0].splitlines()
    assert count.split() == ["50"], r.stdout
    assert all(re.fullmatch(r" {14}vmlinux`\w+\+0x[0-9a-f]+", ln) for ln in frames), r.stdout
    assert "do_syscall_64" in frames[0] and "entry_SYSCALL_64" in frames[-1], r.stdout


def test_d_stack_as_an_aggregation_key(run_script):
    # stacker calls getpid once: one row per distinct stack, the frames (probe
    # machinery dropped, cut at stack(n)) then the count, as DTrace prints a stack key.
    exe = build_host_program("stacker", SRC)
    script = ('#pragma D option quiet\n'
              'fbt::__x64_sys_getpid:entry /execname == "stacker"/ { @two[stack(2)] = count(); @all[stack()] = sum(5); }\n')
    r = run_script(script, "d", cmd=str(exe))
    blocks = re.split(r"\n{2,}", r.stdout.strip("\n"))
    assert len(blocks) == 2, r.stdout
    two, every = (b.splitlines() for b in blocks)
    assert len(two) == 3 and two[0].startswith("              vmlinux`__x64_sys_getpid"), r.stdout
    assert two[1].startswith("              vmlinux`") and two[2].split() == ["1"], r.stdout
    assert every[:2] == two[:2] and every[-1].split() == ["5"], r.stdout
    assert any("do_syscall_64" in ln for ln in every), r.stdout


def test_stap_print_backtrace(run_script):
    exe = build_host_program("stacker", SRC)
    script = ('probe kernel.function("__x64_sys_getpid") { if (execname() == "stacker") '
              'print_backtrace() }\n')
    r = run_script(script, "stap", cmd=str(exe))
    lines = r.stdout.splitlines()
    assert re.fullmatch(r" 0x[0-9a-f]{16} : __x64_sys_getpid\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]",
                        lines[0]), r.stdout
    assert any(" : do_syscall_64+" in ln for ln in lines), r.stdout


def test_stap_kernel_stack_strings(run_script):
    """sprint_backtrace() and print_stack()/sprint_stack() of a backtrace() string:
    the driver names the addresses the record carries (runtime/symstr.py)."""
    exe = build_host_program("stacker", SRC)
    script = ('probe kernel.function("__x64_sys_getpid") { if (execname() == "stacker") {\n'
              '  print(sprint_backtrace()); println("--")\n'
              '  bt = backtrace(); print_stack(bt); println("--")\n'
              '  print(sprint_stack(bt)); println("--")\n'
              '  print_stack(backtrace()); println("--")\n'
              '  println(bt)\n'
              '} }\n')
    r = run_script(script, "stap", cmd=str(exe))
    simple, full, simple2, full2, raw = r.stdout.split("--\n")
    assert re.fullmatch(r"__x64_sys_getpid\+0x[0-9a-f]+ \[kernel\]", simple.splitlines()[0]), r.stdout
    assert all(re.fullmatch(r"\w+\+0x[0-9a-f]+ \[kernel\]", ln) for ln in simple.splitlines()), r.stdout
    assert any(ln.startswith("do_syscall_64+") for ln in simple.splitlines()), r.stdout
    assert re.fullmatch(r" 0x[0-9a-f]{16} : __x64_sys_getpid\+0x[0-9a-f]+/0x[0-9a-f]+ \[kernel\]",
                        full.splitlines()[0]), r.stdout
    assert [ln.split(" : ")[1].split("/")[0] for ln in full.splitlines()] == simple2.replace(
        " [kernel]", "").splitlines(), r.stdout
    assert full2.splitlines()[0].split(" : ")[1].startswith("__x64_sys_getpid+"), r.stdout
    assert re.fullmatch(r"0x[0-9a-f]{16}( 0x[0-9a-f]{16})*\n", raw), r.stdout


def test_symbol_strings_format_as_stap():
    from xtrace.runtime.symstr import hex_words, simple_stack, symdata, symname
    f = Frame(0xffffffff81003010, "vfs_read", 0x10, 0x100, "vmlinux")
    assert symname(f) == "vfs_read"
    assert symdata(f, True) == "vfs_read+0x10/0x100 [kernel]"
    assert symname(Frame(0x1234)) == "0x0000000000001234"
    u = Frame(0x401000, "main", 0x4, 0x20, "/tmp/x/prog")
    assert symdata(u, False) == "main+0x4/0x20 [/tmp/x/prog]"
    assert simple_stack([f, u], False, 256) == "vfs_read+0x10 [vmlinux]\nmain+0x4 [prog]\n"
    assert simple_stack([f], True, 256) == "vfs_read+0x10 [kernel]\n"
    # a user address no symbol covers: stap's offset into the file's mapping (and its size)
    n = Frame(0x7f0000002010, None, 0x10, 0x3000, "/usr/lib/libz.so.1")
    assert symdata(n, False) == "0x00007f0000002010 [/usr/lib/libz.so.1+0x10/0x3000]"
    assert simple_stack([n], False, 256) == "0x00007f0000002010 [libz.so.1+0x10]\n"
    assert symdata(Frame(0x10, mod=""), False) == "0x0000000000000010"
    # cut at a whole line within MAXSTRINGLEN, as stap's string is
    assert simple_stack([f] * 20, True, 60) == "vfs_read+0x10 [kernel]\n" * 2
    assert hex_words("0x10 0xffffffff81000000 junk") == [0x10, 0xffffffff81000000]


@pytest.mark.parametrize("body, col", [('println("a" . sprint_backtrace())', 15),
                                       ('m = matched(1)', 5)])
def test_stap_symbol_string_only_printed(body, col):
    """The driver writes symbol strings when it prints them: kept, compared or
    joined in the kernel they are a semantic error at the call."""
    from xtrace.backend_c.codegen import generate
    from xtrace.driver.translate import _translation_target
    from xtrace.frontends.stap import parse
    from xtrace.ir.analysis import analyze
    from xtrace.ir.loc import XtraceError
    prog = parse("probe begin { " + body + " }\n", "t.stp")
    with pytest.raises(XtraceError) as info:
        generate(analyze(prog, _translation_target()))
    assert info.value.kind == "semantic error" and "only the driver" in info.value.message
    assert (info.value.loc.line, info.value.loc.col) == (1, 14 + col)


STRIPPED_SRC = r"""
#include <unistd.h>
static __attribute__((noinline)) int hidden(int x) { return x * 3 + 1; }
int main(void) { return write(-1, (char *)hidden + 2, 0) < 0 ? hidden(0) - 1 : 1; }
"""


def test_stap_usymdata_of_an_address_no_symbol_covers(run_script):
    """usymdata() of code in a stripped program (mapped, named by no symbol): stap's
    `0xADDR [path+0xoff/0xsize]`, the offset into the file's mapping and its size;
    usymname() is the bare address."""
    exe = build_host_program("stripped", STRIPPED_SRC, ("-O2", "-s"))
    script = ('probe syscall.write { if (execname() == "stripped") '
              'printf("%s|%s\\n", usymdata(buf_uaddr), usymname(buf_uaddr)) }\n')
    r = run_script(script, "stap", cmd=str(exe))
    m = re.fullmatch(r"(0x[0-9a-f]{16}) \[(\S+)\+0x([0-9a-f]+)/0x([0-9a-f]+)\]\|(0x[0-9a-f]{16})\n", r.stdout)
    assert m and m.group(2) == str(exe) and m.group(1) == m.group(5), r.stdout + r.stderr
    off, size = int(m.group(3), 16), int(m.group(4), 16)
    assert 0 < off < size and size % 4096 == 0, r.stdout


def test_every_probe_handler_sets_the_registers_the_stack_walkers_read():
    """xt_kstack_regs() and ustack() read c->regs at any probe: each handler that
    claims the context stores its registers there, or NULL, never leaving the
    pointer an earlier hit (a kprobe's) stored, syscall probes that read nothing
    of the syscall included (see test_d_stack_at_a_syscall_after_a_kprobe_hit)."""
    from xtrace.backend_c.codegen import generate
    from xtrace.driver.translate import _translation_target
    from xtrace.frontends import d
    from xtrace.ir.analysis import analyze
    src = ('syscall::getppid:entry { @[stack()] = count(); }\n'
           'syscall::getppid:return { @[stack()] = count(); }\n'
           'fbt::vfs_read:entry { @[stack()] = count(); }\n'
           'fbt::vfs_read:return { @[stack()] = count(); }\n'
           'profile-99 { @[stack()] = count(); }\n')
    target = _translation_target()
    target.functions = {"vfs_read"}
    c = generate(analyze(d.parse(src, "t.d"), target)).c_source
    assert "#define XT_SYSREGS 0" in c
    handlers = re.findall(r"\n(static [\w ]+?\b(\w+)\(.*?\n)}\n", c, re.S)
    claiming = {name: body for body, name in handlers if re.search(r"xt_enter(_bare)?\(c", body)}
    assert {"xt_sys_enter_probe", "xt_sys_exit_probe"} <= claiming.keys(), sorted(claiming)
    assert len(claiming) >= 5, sorted(claiming)
    for name, body in claiming.items():
        assert "xt_enter_bare(c" in body or re.search(r"c->regs = (regs|NULL);", body), name
