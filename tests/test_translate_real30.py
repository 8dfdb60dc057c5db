"""The thirtieth real-script sample's fixes (docs/translate-real-scripts.md).

1. nfs_proc.stp's AF_INET() and AF_INET6(), which scripts pass to format_ipaddr()
   (hana-shin/systemtap's icmp-associative-array.stp and udp.stp), are in xtrace's
   stap library: such a script was refused ("unresolved function 'AF_INET'").
2. The D port of `format_ipaddr(__ip_skb_daddr(iphdr), AF_INET())`, a packet's
   IPv4 address as text, is D's `inet_ntop(AF_INET, &hdr->daddr)`: it was refused
   ("stap's tapset function format_ipaddr() has no D equivalent").
3. A long store into an element of several keys (web-stap's syscall.stp's D port,
   210 columns) is broken after the subscript's commas, under the first key.
4. kshimo69/stap's proc.stp, `kernel.function("*proc*")`, did not run ("could not
   arm the probes"), its D port neither: the glob took in __exit functions, whose
   memory (.exit.text, inside the init memory on x86) is freed after boot, and the
   `.cold` part of a blacklisted function, which the kernel refuses by the name
   before the '.'. Neither is a function stap would probe.
5. A module's kprobes are unregistered in one unregister_kprobes() (and one
   unregister_kretprobes()), one RCU grace period for all, where each waited for
   its own: the D port of a 700-function glob did not stop within the guest's 20 s.
"""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.frontends import stap
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import translated
from pathlib import Path

# hana-shin/systemtap's icmp-associative-array.stp, its function probed by name
# alone (the script's "ip_output@net/ipv4/ip_output.c" needs DWARF)
ICMP_AA = ('global ipdstlist\n'
           'function print_conn(skb)\n'
           '{\n'
           '  iphdr  = __get_skb_iphdr(skb)\n'
           '  daddr  = format_ipaddr(__ip_skb_daddr(iphdr), AF_INET())\n'
           '  ipdstlist[daddr]++\n'
           '}\n'
           'probe kernel.function("ip_output")\n'
           '{\n'
           '  if(execname() == "ping"){\n'
           '    print_conn($skb)\n'
           '  }\n'
           '}\n'
           'probe end\n'
           '{\n'
           '  foreach(i in ipdstlist-)\n'
           '    printf("%s : %d\\n", i, ipdstlist[i])\n'
           '}\n')


def _lowered(src: str) -> ir.Program:
    return stap.parse(src, "t.stp")


def test_af_inet_functions_are_the_families():
    prog = _lowered('probe begin { printf("%d %d\\n", AF_INET(), AF_INET6()) exit() }\n')
    funcs = {f.name: f for f in prog.functions}
    assert {"AF_INET", "AF_INET6"} <= set(funcs)
    assert ir.int_constant(funcs["AF_INET"].body.stmts[0].value) == 2
    assert ir.int_constant(funcs["AF_INET6"].body.stmts[0].value) == 10


def test_a_script_defining_af_inet_keeps_its_own():
    prog = _lowered('function AF_INET() { return 99 }\n'
                    'probe begin { printf("%d\\n", AF_INET()) exit() }\n')
    [f] = [f for f in prog.functions if f.name == "AF_INET"]
    assert ir.int_constant(f.body.stmts[0].value) == 99


def test_packet_address_is_inet_ntop_in_d():
    d = translated(ICMP_AA, "d")
    assert "format_ipaddr" not in d and "__ip_skb_daddr" not in d
    assert "inet_ntop(AF_INET, &((struct iphdr *)" in d
    assert "->daddr)" in d
    frontends.parse(d, "back.d", "d")


def test_packet_source_address_too():
    d = translated('probe kernel.function("ip_output") {\n'
                   '  h = __get_skb_iphdr($skb)\n'
                   '  printf("%s\\n", format_ipaddr(__ip_skb_saddr(h), 2))\n'
                   '}\n', "d")
    assert "inet_ntop(AF_INET, &((struct iphdr *)this->h)->saddr)" in d


def test_packet_address_with_another_family_stays_refused():
    # a packet header's reader returns an IPv4 value: as an IPv6 address it is
    # the address of nothing D could name
    with pytest.raises(XtraceError, match="format_ipaddr"):
        translated('probe kernel.function("ip_output") {\n'
                   '  h = __get_skb_iphdr($skb)\n'
                   '  printf("%s\\n", format_ipaddr(__ip_skb_saddr(h), AF_INET6()))\n'
                   '}\n', "d")


# ajauhri/web-stap's syscall.stp: five keys, the last stap's name of the call
WEB_STAP_SYSCALL = ('global syscalls_count\n'
                    'probe syscall.* {\n'
                    '  syscalls_count[execname(), pid(), ppid(), gettimeofday_s(), name]++\n'
                    '}\n'
                    'probe timer.s(1) {\n'
                    '  foreach ([exec, pid, ppid, ctime, name] in syscalls_count-) {\n'
                    '    printf("%-15s %5d %5d %lu %25s %10d \\n", exec, pid, ppid, ctime, name,'
                    ' syscalls_count[exec, pid, ppid, ctime, name])\n'
                    '  }\n'
                    '  delete syscalls_count\n'
                    '}\n')


def test_long_aggregation_key_list_is_broken_under_its_first_key():
    """3. The D port's five-key count was one line of 210 columns; now the keys go on
    under the first, the name's ?: chain one arm a line."""
    d = translated(WEB_STAP_SYSCALL, "d")
    assert ("    @syscalls_count[execname, pid, ppid, walltimestamp / 1000000000,\n"
            "                    probefunc == \"mmap\" ? \"mmap2\" :\n"
            "                    probefunc == \"pread64\" ? \"pread\" :\n") in d
    assert "                    probefunc == \"getdents64\" ? \"getdents\" : probefunc] = count();\n" in d
    assert max(len(line) for line in d.splitlines()) <= 100
    frontends.parse(d, "back.d", "d")


def test_subscript_wrap_leaves_short_and_other_lines():
    from xtrace.frontends.linewrap import wrap_subscript_line
    short = "    @c[execname, pid] = count();"
    assert wrap_subscript_line(short) == [short]
    # a read of an element (not a store) is not this rule's
    read = "    x = " + "a[" + ", ".join(f"k{i}" for i in range(40)) + "] + 1;"
    assert wrap_subscript_line(read) == [read]
    stap = "    counts[" + ", ".join(f"key_number_{i}" for i in range(8)) + "] <<< 1"
    lines = wrap_subscript_line(stap)
    assert len(lines) > 1 and lines[-1].endswith("] <<< 1")
    assert all(ln.startswith("           ") for ln in lines[1:])


KALLSYMS = ["ffffffff81000000 T _stext",
            "ffffffff81001000 t process_fetch_insn",
            "ffffffff81001100 t process_fetch_insn.cold",
            "ffffffff81002000 t proc_sys_read",
            "ffffffff83044000 D __init_begin",
            "ffffffff83079000 T _sinittext",
            "ffffffff83079100 t proc_root_init",
            "ffffffff830e7c04 T _einittext",
            "ffffffff83304723 T crypto_exit_proc",
            "ffffffff83306000 R __init_end",
            "ffffffffc0000000 t v9fs_read [9p]"]


def test_kallsyms_functions_leave_out_the_whole_init_memory():
    from xtrace.ir.target import kallsyms_functions
    names = kallsyms_functions(KALLSYMS)
    assert "proc_root_init" not in names  # .init.text
    assert "crypto_exit_proc" not in names  # .exit.text, freed with it
    assert {"proc_sys_read", "process_fetch_insn", "process_fetch_insn.cold", "v9fs_read"} <= names


def test_kallsyms_functions_without_init_bounds_use_the_init_text():
    from xtrace.ir.target import kallsyms_functions
    names = kallsyms_functions([ln for ln in KALLSYMS if "__init_" not in ln])
    assert "proc_root_init" not in names and "crypto_exit_proc" in names


def test_a_split_part_of_a_blacklisted_function_is_blacklisted():
    from xtrace.ir.target import KernelTarget, kallsyms_functions
    kt = KernelTarget("test", Path("/nonexistent"), {}, functions=kallsyms_functions(KALLSYMS),
                      kprobe_blacklist={"process_fetch_insn"})
    assert kt.blacklisted("process_fetch_insn") and kt.blacklisted("process_fetch_insn.cold")
    assert not kt.blacklisted("proc_sys_read")
    assert "process_fetch_insn.cold" not in kt.probeable_functions()
    assert "proc_sys_read" in kt.probeable_functions()


def _kernel():
    from xtrace.ir.target import KernelTarget, kallsyms_functions
    return KernelTarget("test", Path("/nonexistent"), {},
                        functions=kallsyms_functions(KALLSYMS) | {"vfs_read", "vfs_open", "vfs_write"},
                        kprobe_blacklist={"process_fetch_insn"})


def test_a_glob_leaves_out_what_the_kernel_refuses():
    from xtrace.ir.analysis import analyze
    prog = stap.parse('probe kernel.function("*proc*") { printf("%s\\n", probefunc()) }\n', "t.stp")
    an = analyze(prog, _kernel())
    [rp] = [rp for pts in an.points for rp in pts]
    assert rp.functions == ["proc_sys_read"]


def test_kprobes_are_unregistered_in_one_call_per_kind():
    from xtrace.backend_c.codegen import generate
    from xtrace.ir.analysis import analyze
    prog = stap.parse('probe kernel.function("vfs_read"), kernel.function("vfs_open"),\n'
                      '      kernel.function("vfs_write").return { printf("x\\n") }\n', "t.stp")
    c = generate(analyze(prog, _kernel())).c_source
    assert "static struct kprobe *batch[2];" in c and "unregister_kprobes(batch, n);" in c
    assert "static struct kretprobe *batch[1];" in c and "unregister_kretprobes(batch, n);" in c
    assert "unregister_kprobe(&" not in c and "unregister_kretprobe(&" not in c
