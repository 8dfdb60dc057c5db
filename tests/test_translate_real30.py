"""The thirtieth real-script sample's fixes (docs/translate-real-scripts.md).

1. nfs_proc.stp's AF_INET() and AF_INET6(), which scripts pass to format_ipaddr()
   (hana-shin/systemtap's icmp-associative-array.stp and udp.stp), are in xtrace's
   stap library: such a script was refused ("unresolved function 'AF_INET'").
2. The D port of `format_ipaddr(__ip_skb_daddr(iphdr), AF_INET())`, a packet's
   IPv4 address as text, is D's `inet_ntop(AF_INET, &hdr->daddr)`: it was refused
   ("stap's tapset function format_ipaddr() has no D equivalent").
3. A long store into an element of several keys (web-stap's syscall.stp's D port,
   210 columns) is broken after the subscript's commas, under the first key.
"""

from __future__ import annotations

import pytest

from xtrace import frontends
from xtrace.frontends import stap
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError
from translating import translated

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
