"""D's udp and ip providers (frontends/d/udpprovider.py, ipprovider.py): their probes
and kernel points, translated arguments and ip.d's constants; refusals at
file:line:col; a clause of both probes made a clause per probe; the stap port's
socket tests and the Vue refusal's nearest. The runs: conformance d/udp_send_receive,
d/udp_ipv6_receive, d/udp_ipv6_send, d/ip_send_receive and d/ip_ipv6_src_dst (--matrix:
their stap ports)."""

from __future__ import annotations

import pytest

from test_d_tcp_provider import refused_at
from translating import translated, unwrapped
from xtrace.driver.translate import translate_text
from xtrace.frontends import d
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError

Q = "#pragma D option quiet\n"
# dtrace-utils' test/demo/ip/ipproto.d, its clause
IPPROTO = Q + '''ip:::send,
ip:::receive
{
	this->protostr = args[2]->ip_ver == 4 ?
	    args[4]->ipv4_protostr : args[5]->ipv6_nextstr;
	@num[args[2]->ip_saddr, args[2]->ip_daddr, this->protostr] = count();
}
'''


def _points(src: str) -> list[list[tuple[str, str, str, str]]]:
    return [[(p.kind, p.name, p.alias, p.when or "") for p in probe.points]
            for probe in d.parse(src, "t.d").probes if not probe.implicit]


@pytest.mark.parametrize("probe, funcs, when", [
    ("udp:::receive", ["udp_queue_rcv_skb", "udpv6_queue_rcv_skb"], "udp_socket"),
    ("ip:::receive", ["ip_local_deliver", "ip6_input"], ""),
    ("ip:::send", ["ip_finish_output", "ip6_finish_output"], ""),
])
def test_probes_are_the_kernel_functions_dtrace_utils_uses(probe, funcs, when):
    member = "args[4]->udp_dport" if probe.startswith("udp") else "args[4]->ipv4_ttl"
    assert _points(f"{probe} {{ @[args[2]->ip_saddr, {member}] = count(); }}\n") == [
        [("kfunc", f, probe, when) for f in funcs]]


def test_udp_send_is_ip_send_skb_and_ip6_send_skb_each_a_clause_testing_its_skb():
    """IPv6's skb is ip6_send_skb's first parameter, IPv4's ip_send_skb's second."""
    assert _points("udp:::send { @[args[4]->udp_dport] = count(); }\n") == [
        [("kfunc", "ip_send_skb", "udp:::send", "udp_skb_socket")],
        [("kfunc", "ip6_send_skb", "udp:::send", "udp_skb_first_socket")]]
    from xtrace.backend_c.codegen import SITE_CHECKS
    assert "regs_get_kernel_argument(regs, 0))->sk->sk_protocol == IPPROTO_UDP" \
        in SITE_CHECKS["udp_skb_first_socket"][1]
    assert "regs_get_kernel_argument(regs, 1))->sk->sk_protocol == IPPROTO_UDP" \
        in SITE_CHECKS["udp_skb_socket"][1]
    # an IPv6 datagram's payload is the skb's length less the fixed 40-byte header
    [v4, v6] = [q for q in d.parse("udp:::send { trace(args[2]->ip_plength); }\n", "t.d").probes
                if not q.implicit]
    assert 40 in {x.value for x in ir.walk(v6.body) if isinstance(x, ir.IntLit)}


def test_a_clause_of_send_and_receive_is_a_clause_per_probe_in_the_scripts_order():
    # receive's functions have the packet first, send's third: one clause reads one position
    probes = [q for q in d.parse(IPPROTO, "t.d").probes if not q.implicit]
    assert [[p.alias for p in q.points] for q in probes] == [
        ["ip:::send", "ip:::send"], ["ip:::receive", "ip:::receive"]]
    assert [len(q.body.stmts) for q in probes] == [2, 2]
    assert probes[0].body is not probes[1].body
    udp = d.parse("udp:::receive, udp:::send { n++; }\n", "t.d").probes
    assert [q.points[0].alias for q in udp] == ["udp:::receive", "udp:::send", "udp:::send"]
    # each lowered with its own probe's arguments: a sent datagram's payload is the
    # skb's length less the IP header, a received one's the header's total length
    both = [q for q in d.parse("udp:::send, udp:::receive { trace(args[2]->ip_plength); "
                               "trace(args[3]->udps_lport); }\n", "t.d").probes]
    reads = [{x.path[-1] for x in ir.walk(q.body) if isinstance(x, ir.KernelMember)} for q in both]
    assert "len" in reads[0] and "tot_len" not in reads[0]
    assert "len" in reads[1] and "tot_len" not in reads[1]  # (ip6_send_skb's)
    assert "tot_len" in reads[2] and "len" not in reads[2]
    # so is tcp's: send's ipinfo_t is the socket's, receive's the IP header's
    tcp = d.parse("tcp:::send, tcp:::receive { trace(args[2]->ip_saddr); }\n", "t.d").probes
    assert [[p.name for p in q.points] for q in tcp] == [
        ["ip_queue_xmit", "ip6_xmit"], ["ip_build_and_send_pkt"],
        ["tcp_rcv_established", "tcp_rcv_state_process"], ["tcp_v4_send_reset"]]
    # a clause of one probe, or with none of theirs, is left whole
    assert len(d.parse("ip:::send { n++; }\nproc:::exec-* { n++; }\n", "t.d").probes) == 2


def test_udpsinfo_takes_the_local_end_from_the_packet_by_its_direction():
    def reads(probe: str, member: str) -> set[str]:
        prog = d.parse(f"{probe} {{ trace(args[3]->{member}); }}\n", "t.d")
        return {x.path[-1] for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.KernelMember)}
    assert "dest" in reads("udp:::receive", "udps_lport")
    assert "source" in reads("udp:::send", "udps_lport")
    assert "daddr" in reads("udp:::receive", "udps_laddr")
    assert "saddr" in reads("udp:::send", "udps_laddr")
    # a datagram at ip_send_skb has no IP total length yet: its payload is the skb's less the header
    assert "len" in reads("udp:::send", "udps_addr") | {
        x.path[-1] for x in ir.walk(d.parse("udp:::send { trace(args[2]->ip_plength); }\n",
                                            "t.d").probes[0].body) if isinstance(x, ir.KernelMember)}


def test_ip_ds_protocol_constants():
    prog = d.parse(Q + "BEGIN { x = IPPROTO_UDP + IPPROTO_SCTP * 1000 + IPPROTO_ICMPV6 * 1000000; }\n",
                   "t.d")
    lits = {x.name: x.value for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.IntLit) and x.name}
    assert lits == {"IPPROTO_UDP": 17, "IPPROTO_SCTP": 132, "IPPROTO_ICMPV6": 58}


@pytest.mark.parametrize("src, line, col, message", [
    ("BEGIN {}\nudp:::bogus {}", 2, 1, "does not match any probes (on Linux xtrace has udp:::receive, "
                                      "udp:::send)"),
    ("ip:::send\n{ trace(args[4]->ipv4_bogus); }", 2, 18, "ipv4_bogus is not a member of ipv4info_t"),
    ("ip:::receive\n{ trace(args[0]); }", 2, 9, "args[0] of ip:::receive is a pktinfo_t *: "
                                                "xtrace translates its members"),
    ("ip:::receive\n{ trace(args[6]); }", 2, 9,
     "ip:::receive has no args[6] (its arguments: args[0], args[1], args[2], args[3], args[4], "
     "args[5])"),
    ("udp:::send\n{ trace(args[5]->ipv4_ttl); }", 2, 18, "udp:::send has no args[5]"),
    ("udp:::send\n{ trace(args[3]->tcps_state); }", 2, 18, "tcps_state is not a member of udpsinfo_t"),
    ("ip:::send\n{ trace(args[3]); }", 2, 9, "args[3] of ip:::send is a ifinfo_t *"),
])
def test_what_the_providers_lack_is_refused_where_it_is(src, line, col, message):
    refused_at(src, line, col, message)


def test_ipv6_src_and_dst_are_the_headers_addresses_which_inet_ntoa6_reads():
    [probe] = [q for q in d.parse("ip:::receive { printf(\"%s %s\", inet_ntoa6(args[5]->ipv6_src), "
                                  "inet_ntop(AF_INET6, args[5]->ipv6_dst)); }\n", "t.d").probes
               if not q.implicit]
    calls = [x for x in ir.walk(probe.body) if isinstance(x, ir.Call) and x.name == "inet_ntop"]
    assert [c.args[0].value for c in calls] == [10, 10]
    members = [x for c in calls for x in ir.walk(c.args[1]) if isinstance(x, ir.KernelMember)
               and x.addr_of]
    assert [m.path for m in members] == [["saddr"], ["daddr"]]


def test_stap_port_tests_the_socket_as_the_d_probe_does():
    stp = unwrapped(translated("udp:::send { @[args[4]->udp_dport] = count(); }\n"
                               "udp:::receive { @[args[3]->udps_lport] = count(); }\n",
                               "stap", lang="d"))
    assert 'probe kernel.function("ip_send_skb")' in stp
    assert 'if (!@cast($skb, "sk_buff")->sk) next' in stp
    assert 'if (@cast($skb, "sk_buff")->sk->sk_protocol != 17) next' in stp
    assert 'probe kernel.function("udp_queue_rcv_skb"), kernel.function("udpv6_queue_rcv_skb")' in stp
    assert 'if (@cast($sk, "sock")->sk_protocol != 17) next' in stp


def test_ipprotos_stap_port_is_a_probe_per_d_probe():
    stp = unwrapped(translated(IPPROTO, "stap", lang="d"))
    assert 'probe kernel.function("ip_finish_output"), kernel.function("ip6_finish_output")' in stp
    assert 'probe kernel.function("ip_local_deliver"), kernel.function("ip6_input")' in stp
    # ipv4_protostr and ipv6_nextstr, in each probe: one function of ip.d's names
    assert stp.count('"UDP"') == 1 and stp.count("function ipproto_string:string(") == 1
    assert stp.count("ipproto_string(@cast(iphdr, \"iphdr\")->protocol)") == 2
    assert stp.count("ipproto_string(@cast(iphdr, \"ipv6hdr\")->nexthdr)") == 2


@pytest.mark.parametrize("src, nearest", [
    ("udp:::send { n++; }\n", "nearest: @@syscall:*:sendto:entry"),
    ("udp:::receive { n++; }\n", "nearest: @@syscall:*:recvfrom:exit"),
    ("ip:::send { n++; }\n", "nearest: @@net:bpf:INTERFACE:ipv4:"),
])
def test_vue_refuses_the_providers_naming_the_nearest(src, nearest):
    with pytest.raises(XtraceError) as e:
        translate_text(src, "t.d", "d", "vue")
    assert e.value.loc.line == 1
    assert nearest in e.value.message, e.value.message


def test_vue_refusal_names_the_provider_not_its_kernel_point():
    # (the provider's probes sit on kernel functions and a tracepoint: the refusal
    # says what the script wrote)
    for text, words in (("udp:::send { trace(args[4]->udp_length); }", "D's udp provider probes ('udp:::send')"),
                        ("tcp:::state-change { trace(args[3]->tcps_state); }",
                         "D's tcp provider probes ('tcp:::state-change') cannot be expressed in Vue;")):
        with pytest.raises(XtraceError) as ex:
            translate_text(text, "t.d", "d", "vue")
        assert words in ex.value.message
