"""D's tcp provider (frontends/d/tcpprovider.py): its probes, translated arguments and
tcp.d's inlines; refusals at file:line:col; the stap port's socket tests and the Vue
refusal's nearest. The runs: conformance d/tcp_state_change, d/tcp_connect_accept,
d/tcp_send_receive, d/tcp_ipv6, d/tcp_state_time_wait and d/tcp_refused_synack
(--matrix: their stap ports)."""

from __future__ import annotations

import pytest

from translating import translated, unwrapped
from xtrace.driver.translate import translate_text
from xtrace.frontends import d
from xtrace.ir import nodes as ir
from xtrace.ir.loc import XtraceError

Q = "#pragma D option quiet\n"
STATES = Q + '''tcp:::state-change
{
	printf("%s -> %s %d\\n", tcp_state_string[args[5]->tcps_state],
	    tcp_state_string[args[3]->tcps_state], args[3]->tcps_lport);
}
'''


def _error(src: str) -> XtraceError:
    with pytest.raises(XtraceError) as e:
        d.parse(src, "t.d")
    return e.value


def _probe_args(probe: ir.Probe) -> set[str]:
    return {x.name for x in ir.walk(probe.body) if isinstance(x, ir.ProbeArg)}


def test_state_change_is_the_tracepoint_and_dtrace_utils_two_functions_each_its_clause():
    prog = d.parse(STATES, "t.d")
    tp, tw, clone = prog.probes
    assert [[(p.kind, p.name, p.alias, p.when) for p in probe.points] for probe in prog.probes] == [
        [("tracepoint", "sock:inet_sock_set_state", "tcp:::state-change", "tcp_socket")],
        [("kfunc", "tcp_time_wait", "tcp:::state-change", "")],
        [("kfunc", "inet_csk_clone_lock", "tcp:::state-change", "")]]
    assert {"oldstate", "newstate", "sk"} <= _probe_args(tp)
    # tcp_time_wait(sk, state, timeo): the new state its argument, the old the socket's
    assert _probe_args(tw) == {"sk", "state"}
    # inet_csk_clone_lock(sk, req, priority): SYN_RECEIVED of the request
    assert _probe_args(clone) == {"req"}
    assert 3 in {x.value for x in ir.walk(clone.body) if isinstance(x, ir.IntLit)}


def test_a_request_sockets_local_port_is_its_skc_num():
    prog = d.parse("tcp:::state-change { trace(args[3]->tcps_lport); }\n", "t.d")
    paths = [[x.path for x in ir.walk(p.body) if isinstance(x, ir.KernelMember)] for p in prog.probes]
    assert ["inet_sport"] in paths[0] and ["inet_sport"] not in paths[2]
    assert ["__sk_common", "skc_num"] in paths[2]


def test_tcp_state_string_is_tcp_ds_inline_once_and_a_scripts_own_takes_its_place():
    prog = d.parse(STATES, "t.d")
    assert [f.name for f in prog.functions] == ["tcp_state_string"]
    own = Q + 'inline string tcp_state_string[int s] = s == 1 ? "up" : "other";\n' \
        'tcp:::state-change { printf("%s\\n", tcp_state_string[args[3]->tcps_state]); }\n'
    [f] = d.parse(own, "t.d").functions
    assert "up" in repr(f.body)


def test_the_state_and_flag_constants_are_tcp_ds():
    prog = d.parse(Q + "BEGIN { x = TCP_STATE_ESTABLISHED + TCP_STATE_TIME_WAIT * 100 "
                   "+ TH_SYN * 10000 + TCP_STATE_CLOSED * 1000000; }\n", "t.d")
    lits = {x.name: x.value for x in ir.walk(prog.probes[0].body) if isinstance(x, ir.IntLit) and x.name}
    assert lits == {"TCP_STATE_ESTABLISHED": 1, "TCP_STATE_TIME_WAIT": 6, "TH_SYN": 2,
                    "TCP_STATE_CLOSED": 7}


@pytest.mark.parametrize("name, funcs, when", [
    ("connect-request", ["ip_queue_xmit", "ip6_xmit"], "tcp_syn_sent"),
    ("connect-established", ["tcp_finish_connect"], ""),
    ("accept-established", ["tcp_init_transfer"], "tcp_passive_established"),
    ("send", ["ip_queue_xmit", "ip6_xmit", "ip_build_and_send_pkt"], ""),
    ("receive", ["tcp_rcv_established", "tcp_rcv_state_process", "tcp_v4_send_reset"], ""),
    ("accept-refused", ["tcp_v4_send_reset", "tcp_v6_send_reset"], ""),
    ("connect-refused", ["tcp_reset"], "tcp_syn_sent"),
])
def test_packet_probes_are_the_kernel_functions_dtrace_utils_uses(name, funcs, when):
    prog = d.parse(f"tcp:::{name} {{ @[args[3]->tcps_raddr, args[4]->tcp_flags] = count(); }}\n", "t.d")
    points = [p for probe in prog.probes if not probe.implicit for p in probe.points]
    assert [(p.kind, p.name, p.alias, p.when or "") for p in points] == [
        ("kfunc", f, f"tcp:::{name}", when) for f in funcs]


def test_a_point_whose_arguments_are_its_own_is_a_clause_of_its_own():
    """ip_build_and_send_pkt(skb, sk, ...) has its socket second, ip_queue_xmit(sk, skb,
    ...) first; tcp_v4_send_reset's socket may be NULL."""
    send = d.parse("tcp:::send { trace(args[3]->tcps_lport); }\n", "t.d").probes
    assert [[p.name for p in probe.points] for probe in send] == [
        ["ip_queue_xmit", "ip6_xmit"], ["ip_build_and_send_pkt"]]
    receive = d.parse("tcp:::receive { trace(args[3]->tcps_laddr); }\n", "t.d").probes
    assert [[p.name for p in probe.points] for probe in receive] == [
        ["tcp_rcv_established", "tcp_rcv_state_process"], ["tcp_v4_send_reset"]]
    # no socket: the segment's destination (tcp.d's fallback), not a read through NULL
    [reset] = d.parse("tcp:::accept-refused { trace(args[3]->tcps_laddr); }\n", "t.d").probes
    [value] = [x for x in ir.walk(reset.body) if isinstance(x, ir.Translated)]
    assert isinstance(value.value, ir.Ternary) and isinstance(value.value.cond, ir.ProbeArg)
    assert "daddr" in repr(value.value.else_)


def test_pktinfo_pkt_addr_is_null_as_dtrace_utils_leaves_it():
    [probe] = d.parse("tcp:::connect-established /args[0]->pkt_addr == 0/ { n++; }\n", "t.d").probes
    [value] = [x for x in ir.walk(probe.predicate) if isinstance(x, ir.Translated)]
    assert value.text == "args[0]->pkt_addr" and value.value.value == 0


@pytest.mark.parametrize("src, line, col, message", [
    ("tcp:::bogus {}", 1, 1, "does not match any probes (on Linux xtrace has tcp:::state-change"),
    ("tcp:::state-change\n{ trace(args[2]->ip_saddr); }", 2, 18,
     "tcp:::state-change has no args[2] (its arguments: args[1], args[3], args[5])"),
    ("tcp:::send\n{ trace(args[3]->tcps_sack_snxt); }", 2, 18,
     "tcpsinfo_t member tcps_sack_snxt is not available on Linux"),
    ("tcp:::send\n{ trace(args[4]->tcp_bogus); }", 2, 18, "tcp_bogus is not a member of tcpinfo_t"),
    ("tcp:::state-change\n{ trace(args[0]->pkt_addr); }", 2, 18, "tcp:::state-change has no args[0]"),
    ("tcp:::receive\n{ trace(args[0]->pkt_id); }", 2, 18, "pkt_id is not a member of pktinfo_t"),
])
def test_what_the_provider_lacks_is_refused_where_it_is(src, line, col, message):
    refused_at(src, line, col, message)


def refused_at(src: str, line: int, col: int, message: str) -> None:
    """D source `src` is refused at line:col with an error saying `message` (the udp
    and ip providers' tests use it too)."""
    e = _error(src)
    assert (e.loc.line, e.loc.col) == (line, col)
    assert message in e.message, e.message


def test_stap_port_tests_the_socket_as_the_d_probe_does():
    stp = unwrapped(translated(STATES, "stap", lang="d"))
    assert 'probe kernel.trace("sock:inet_sock_set_state")' in stp
    assert 'if (@cast($sk, "sock")->sk_protocol != 6) next' in stp
    # (D's SYN_RECEIVED is inet_csk_clone_lock's, the tracepoint's too early)
    assert "if ($newstate == @TCP_SYN_RECV) next" in stp
    assert 'probe kernel.function("tcp_time_wait")' in stp
    assert 'probe kernel.function("inet_csk_clone_lock")' in stp
    # (the tracepoint's oldstate is an int already: no dtrace_int() around it)
    assert "tcp_state_string($oldstate)" in stp
    assert "function tcp_state_string:string(state:long)" in stp
    req = unwrapped(translated("tcp:::connect-request { @[args[3]->tcps_rport] = count(); }\n"
                               "tcp:::accept-established { @[args[4]->tcp_dport] = count(); }\n",
                               "stap", lang="d"))
    assert 'if (@cast($sk, "sock")->__sk_common->skc_state != @TCP_SYN_SENT) next' in req
    assert "if ($bpf_op != @BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB) next" in req


@pytest.mark.parametrize("src, nearest", [
    (STATES, "nearest: @@net:tcp:state_change (ProbeVue's network probe manager"),
    ("tcp:::connect-established { n++; }\n", "where old_state is SYN_SENT (2) and new_state "
                                             "ESTABLISHED (4)"),
    ("tcp:::send { n++; }\n", "nearest: @@syscall:*:send:entry"),
    ("tcp:::connect-refused { n++; }\n", "nearest: @@syscall:*:connect:exit, the system call "
                                          "that fails with ECONNREFUSED"),
])
def test_vue_refuses_the_tcp_provider_naming_its_network_probe_manager(src, nearest):
    with pytest.raises(XtraceError) as e:
        translate_text(src, "t.d", "d", "vue")
    assert e.value.loc.line in (1, 2)
    assert nearest in e.value.message, e.value.message


def test_the_d_printer_writes_a_split_clause_once_a_provider_probe():
    """state-change's three groups are one clause again (each description stands for
    every point: three would fire three times)."""
    out = translated(STATES, "d", lang="d")
    assert out.count("tcp:::state-change") == 1
    both = translated("tcp:::send, tcp:::receive { @[args[2]->ip_saddr] = count(); }\n", "d", lang="d")
    assert both.count("tcp:::send") == 1 and both.count("tcp:::receive") == 1
