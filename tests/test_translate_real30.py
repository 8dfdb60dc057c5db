"""The thirtieth real-script sample's fixes (docs/translate-real-scripts.md).

1. nfs_proc.stp's AF_INET() and AF_INET6(), which scripts pass to format_ipaddr()
   (hana-shin/systemtap's icmp-associative-array.stp and udp.stp), are in xtrace's
   stap library: such a script was refused ("unresolved function 'AF_INET'").
2. The D port of `format_ipaddr(__ip_skb_daddr(iphdr), AF_INET())`, a packet's
   IPv4 address as text, is D's `inet_ntop(AF_INET, &hdr->daddr)`: it was refused
   ("stap's tapset function format_ipaddr() has no D equivalent").
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
