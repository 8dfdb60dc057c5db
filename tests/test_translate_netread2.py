"""The stap ports of D's tcp provider scripts read the socket's addresses and ports
through one function each, as a porter writes them (branch netread2, 2026-12-06:
frontends/stap/print_sockfields.py). The ports ran in the VM
(docs/translate-real-scripts.md, netread's paragraph in read17's section)."""

from __future__ import annotations

import copy
from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.frontends.d.tcpprovider import _sock_addr
from xtrace.frontends.stap import printer as stap_printer
from xtrace.driver.translate import translate_text
from xtrace.frontends.stap.print_sockfields import socket_fields_as_functions
from xtrace.ir import nodes as ir
from xtrace.ir.loc import NOLOC

CONFORMANCE = Path(__file__).resolve().parent.parent / "conformance"


def _port(case: str) -> str:
    out = translate_text((CONFORMANCE / case).read_text(), "t.d", "d", "stap")
    frontends.parse(out, "back.stp", "stap")  # real stap source
    return out


def _probe(out: str, point: str, nth: int = 0) -> str:
    start = -1
    for _ in range(nth + 1):
        start = out.index(f"probe {point}", start + 1)
    return out[start:out.index("\n}\n", start) + 2]


def test_the_socket_addresses_are_functions_of_the_socket():
    """tcp_ipv6's send printf was 11 lines reading skc_family at each address
    (the longest 493 columns)."""
    out = _port("d/tcp_ipv6.d")
    assert ('function sk_laddr:string(sk:long)\n{\n'
            '    return @cast(sk, "sock")->__sk_common->skc_family == 2 ? '
            'dtrace_inet_ntop(2, &@cast(sk, "sock")->__sk_common->skc_rcv_saddr, 0) :\n') in out, out
    assert 'function sk_ipver:long(sk:long)\n{\n    return @cast(sk, "sock")->__sk_common->skc_family == 2 ? 4 :\n' in out
    probe = _probe(out, 'kernel.function("ip_queue_xmit")', 1)
    assert ('        printf("send ipv%d %s -> %s len %d %s:%d\\n", sk_ipver($sk),\n'
            '               sk_laddr($sk), sk_raddr($sk), $skb->len, sk_raddr($sk),\n'
            '               @cast($sk, "sock")->__sk_common->skc_dport ? sk_rport($sk) : '
            'ntohs(@cast(tcphdr, "tcphdr")->dest))\n') in probe, probe
    assert "skc_family" not in probe, probe
    assert max(map(len, out.splitlines())) < 150  # was 493
    assert out.count("function sk_laddr") == 1


def test_a_null_socket_falls_back_to_the_segment_around_the_call():
    """tcp_v4_send_reset's sk may be NULL: the segment's address is read then, and the
    socket's function called only under the test (no read moves out of it)."""
    probe = _probe(_port("d/tcp_ipv6.d"), 'kernel.function("tcp_v4_send_reset")')
    # (in a local named for the member, as it tests the IP version: branch netlocals)
    assert ('        tcps_laddr = $sk ? sk_laddr($sk) :\n'
            '                     @cast(iphdr, "iphdr")->version == 4 ? dtrace_inet_ntop(2, &@cast(iphdr, "iphdr")->daddr, 0) :\n'
            ) in probe, probe
    assert "               tcps_laddr,\n" in probe, probe
    assert '               $sk ? sk_lport($sk) : ntohs(@cast(tcphdr, "tcphdr")->dest))\n' in probe, probe


def test_the_call_reads_the_probes_own_socket():
    """inet_csk_clone_lock's state-change is the request's: the function of $req."""
    probe = _probe(_port("d/tcp_state_change.d"), 'kernel.function("inet_csk_clone_lock")')
    assert "        if (sk_rport($req) != 8123) next\n" in probe, probe
    assert "sk_laddr($req), sk_raddr($req)," in probe, probe


def test_only_the_functions_read_are_defined():
    out = _port("d/tcp_state_change.d")
    assert "function sk_rport:long(sk:long)\n{\n    return ntohs(@cast(sk, \"sock\")->__sk_common->skc_dport)\n}\n" in out
    assert "function sk_lport" not in out and "function sk_ipver" not in out


def test_the_udp_and_ip_ports_read_packets_and_are_unchanged():
    for case in ("d/udp_send_receive.d", "d/ip_send_receive.d"):
        assert "function sk_" not in _port(case)


def test_a_socket_read_with_effects_is_left_written_out():
    """The socket value is read once by the call where the expression read it at each
    test: only a value read without effects (a store, a call) qualifies."""
    def prog(sk: ir.Expr) -> ir.Program:
        addr = _sock_addr(lambda loc: copy.deepcopy(sk), "skc_daddr", "skc_v6_daddr")(NOLOC)
        return ir.Program("t.d", "d", [], [ir.Probe([ir.ProbePoint("kfunc", "tcp_reset")],
                                                     ir.Block([ir.Printf("%s\\n", [addr])]))])

    stored = prog(ir.Assign(ir.Var("n", "global"), "+=", ir.IntLit(1)))
    assert socket_fields_as_functions(stored) is stored
    read = socket_fields_as_functions(prog(ir.ProbeArg("sk")))
    assert read.probes[0].body.stmts[0].args == [ir.FuncCall("sk_raddr", [ir.ProbeArg("sk")])]
    assert [f.name for f in read.functions] == ["sk_raddr"]


def test_a_scripts_own_function_keeps_its_name():
    """A D script cannot define functions, but a global of the name would be the
    function's in stap: the reading stays written out."""
    src = (CONFORMANCE / "d/tcp_ipv6.d").read_text().replace(
        "#pragma D option quiet", "#pragma D option quiet\nint sk_laddr;\nBEGIN { sk_laddr = 1; }\n"
        'END { printf("%d\\n", sk_laddr); }\n')
    out = translate_text(src, "t.d", "d", "stap")
    assert "function sk_laddr" not in out and "function sk_raddr" in out, out
    assert "skc_rcv_saddr" in out


@pytest.mark.parametrize("case", ["tcp_connect_accept", "tcp_ipv6", "tcp_refused_synack",
                                  "tcp_send_receive", "tcp_send_receive_clause"])
def test_the_way_back_to_d_is_the_same_as_before(case, monkeypatch):
    """The port reads back into the D text it read back into with each reading
    written out (the stap reader inlines the functions)."""
    back = translate_text(_port(f"d/{case}.d"), "t.stp", "stap", "d")
    monkeypatch.setattr(stap_printer, "socket_fields_as_functions", lambda prog: prog)
    written_out = _port(f"d/{case}.d")
    assert "sk_laddr" not in written_out and "sk_rport(" not in written_out
    assert back == translate_text(written_out, "t.stp", "stap", "d")
