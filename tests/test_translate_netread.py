"""The stap ports of D's tcp, udp and ip provider scripts as a porter writes them
(branch netread, 2026-12-06): the packet's header address in a local, the tests an
enclosing test decides left out, ip.d's protocol names one function, and no int
conversion of a kernel function's int parameter. The ports ran in the VM
(docs/translate-real-scripts.md, "Reading the ports again (2026-12-06, branch read17)")."""

from __future__ import annotations

import copy
from pathlib import Path

from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir
from xtrace.frontends.linewrap import wrap_guard_line
from xtrace.frontends.stap.print_headerlocal import _hoisted
from xtrace.ir.knownconds import decided
from translating import case_port, stap_probe

CONFORMANCE = Path(__file__).resolve().parent.parent / "conformance"


def _port(case: str) -> str:
    return case_port(case, "stap")  # (parsed again: real stap source)


# -- the header address in a local ------------------------------------------------

def test_the_ip_header_address_is_a_local_set_at_the_top_of_the_probe():
    """Was `@cast($skb->head + $skb->network_header, "iphdr")` at each of 40 reads."""
    probe = stap_probe(_port("d/ip_send_receive.d"), 'kernel.function("ip_finish_output")')
    assert probe.startswith('probe kernel.function("ip_finish_output"), kernel.function("ip6_finish_output")\n'
                            "{\n    try {\n        iphdr = $skb->head + $skb->network_header\n"
                            "        if (!(@cast(iphdr, \"iphdr\")->version == 4 ?\n"), probe
    assert "$skb->network_header" not in probe.split("\n", 4)[4], probe
    # (each member's test of the IP version in a local named for it: branch netlocals)
    assert '        ipv4_ttl = @cast(iphdr, "iphdr")->version == 4 ? @cast(iphdr, "iphdr")->ttl : 0\n' in probe


def test_the_tcp_header_is_named_for_the_header_it_is_read_as():
    probe = stap_probe(_port("d/tcp_send_receive.d"), 'kernel.function("tcp_rcv_established")')
    assert "        tcphdr = $skb->head + $skb->transport_header\n" \
           "        iphdr = $skb->head + $skb->network_header\n" in probe, probe
    assert '@cast(tcphdr, "tcphdr")->doff << 2,' in probe, probe


def test_an_address_read_once_stays_where_it_is_read():
    skb = ir.ProbeArg("skb")
    addr = ir.Binary("+", ir.KernelMember(skb, ["head"]), ir.KernelMember(skb, ["network_header"]))
    ttl = ir.KernelMember(ir.KernelCast(addr, "struct iphdr *"), ["ttl"])
    once = ir.Probe([ir.ProbePoint("kfunc", "ip_local_deliver")],
                    ir.Block([ir.Printf("%d\\n", [ttl])]))
    twice = ir.Probe(once.points, ir.Block([ir.Printf("%d %d\\n", [ttl, copy.deepcopy(ttl)])]))
    assert _hoisted(once) is once
    stmts = _hoisted(twice).body.stmts
    assert stmts[0] == ir.ExprStmt(ir.Assign(ir.Var("iphdr", "local"), "=", addr))
    assert ir.Var("iphdr", "local") in list(ir.walk(stmts[1]))


def test_the_local_does_not_take_a_globals_name():
    """A script's own global `iphdr`: the local is iphdr2 (a stap store to the name
    would be the global's)."""
    src = (CONFORMANCE / "d/ip_ipv6_src_dst.d").read_text().replace(
        "#pragma D option quiet", '#pragma D option quiet\nint iphdr;\nBEGIN { iphdr = 1; }\n'
        'END { printf("%d\\n", iphdr); }')
    out = translate_text(src, "t.d", "d", "stap")
    assert "global iphdr = 1\n" in out and "        iphdr2 = $skb->head + $skb->network_header\n" in out, out
    assert "        iphdr = $skb" not in out, out


def test_the_way_back_to_d_writes_the_header_sum_where_the_local_is_read():
    """The D reader (ir/headerlocals.py): the stap port's local read back is the
    predicate D's source had, not a this-> store before a `next`."""
    stap = ('probe kernel.function("ip_local_deliver")\n{\n    try {\n'
            '        iphdr = $skb->head + $skb->network_header\n'
            '        if (@cast(iphdr, "iphdr")->version != 4) next\n'
            '        printf("%d\\n", @cast(iphdr, "iphdr")->ttl)\n    } catch { }\n}\n')
    out = translate_text(stap, "t.stp", "stap", "d")
    assert "/((struct iphdr *)(args[0]->head + args[0]->network_header))->version == 4/" in out, out
    assert "iphdr =" not in out, out


# -- tests an enclosing test decides ----------------------------------------------

def test_the_ip_version_is_not_tested_inside_its_own_test():
    """Was `version == 4 ? (version == 4 ? protocol : 0) == 17 : ...`."""
    probe = stap_probe(_port("d/ip_send_receive.d"), 'kernel.function("ip_finish_output")')
    assert ('        if (!(@cast(iphdr, "iphdr")->version == 4 ?\n'
            '              @cast(iphdr, "iphdr")->protocol == 17 &&\n') in probe, probe


def test_the_predicate_decides_the_bodys_version_tests():
    """ip_ipv6_src_dst's predicate tests version 6: its printf reads the IPv6 header
    as it is (was `version == 6 ? &...->saddr : 0` at each argument, 376 columns)."""
    probe = stap_probe(_port("d/ip_ipv6_src_dst.d"), 'kernel.function("ip_finish_output")')
    assert '               dtrace_inet_ntop(10, &@cast(iphdr, "ipv6hdr")->saddr, 0),\n' in probe, probe
    assert max(map(len, probe.splitlines())) <= 80


def test_a_condition_a_script_stores_into_is_not_carried():
    """`x == 1 ? (x = 2, x == 1 ? ...)`: a test of a variable may change between the two."""
    x = ir.Var("x", "local")
    inner = ir.Ternary(ir.Binary("==", x, ir.IntLit(1)), ir.StrLit("a"), ir.StrLit("b"))
    outer = ir.Ternary(ir.Binary("==", x, ir.IntLit(1)), inner, ir.StrLit("c"))
    assert decided(outer, []) == outer


def test_a_negated_fact_decides_the_opposite_test():
    hdr = ir.KernelMember(ir.ProbeArg("skb"), ["len"])
    test = ir.Binary("==", hdr, ir.IntLit(6))
    e = ir.Binary("||", ir.Binary("!=", hdr, ir.IntLit(6)),
                  ir.Ternary(test, ir.IntLit(1), ir.IntLit(0)))
    assert decided(e, []) == ir.Binary("||", ir.Binary("!=", hdr, ir.IntLit(6)), ir.IntLit(1))


# -- ip.d's protocol names --------------------------------------------------------

def test_the_protocol_names_are_one_function():
    """Was a 15-arm ternary chain written out at ipv4_protostr and at ipv6_nextstr."""
    out = _port("d/ip_send_receive.d")
    assert ('function ipproto_string:string(ipproto:long)\n{\n    return ipproto == 6 ? "TCP" :\n'
            '    ipproto == 17 ? "UDP" :\n') in out, out
    assert '    ipproto == 255 ? "RAW" : sprintf("%d", ipproto)\n}\n' in out, out
    assert out.count("function ipproto_string") == 1
    assert 'ipv4_protostr = @cast(iphdr, "iphdr")->version == 4 ? ipproto_string(@cast(iphdr, "iphdr")->protocol) : "<null>"\n' in out
    assert 'ipv6_nextstr = @cast(iphdr, "iphdr")->version == 6 ? ipproto_string(@cast(iphdr, "ipv6hdr")->nexthdr) : "<null>"\n' in out
    assert max(map(len, out.splitlines())) < 200  # was 1,251


# -- a long guard wrapped ---------------------------------------------------------

def test_a_long_guard_breaks_after_its_operators():
    """ip_ipv6_src_dst's guard was one line of 376 columns."""
    probe = stap_probe(_port("d/ip_ipv6_src_dst.d"), 'kernel.function("ip_finish_output")')
    assert ('        if (@cast(iphdr, "iphdr")->version != 6 ||\n'
            '            @cast(iphdr, "ipv6hdr")->nexthdr != 17 ||\n'
            '            ntohs(@cast(iphdr, "ipv6hdr")->payload_len) != 45) next\n') in probe, probe


def test_a_guard_breaks_at_its_own_level_only():
    line = "    if (!(f(a || b, \"x && y\") == 1 ? " + "c" * 60 + " : " + "d" * 40 + ")) next"
    assert wrap_guard_line(line) == ["    if (!(f(a || b, \"x && y\") == 1 ?",
                                     "          " + "c" * 60 + " :",
                                     "          " + "d" * 40 + ")) next"]
    assert wrap_guard_line("    if (a && b) next") == ["    if (a && b) next"]


# -- a kernel function's int parameter --------------------------------------------

def test_a_kernel_function_int_parameter_is_not_converted_to_int():
    """tcp_time_wait(struct sock *sk, int state, int timeo): stap's `$state` as it is
    (was `tcp_state_string(dtrace_int($state))`)."""
    out = _port("d/tcp_state_time_wait.d")
    assert "tcp_state_string($state)" in out, out
    assert "dtrace_int" not in out, out
