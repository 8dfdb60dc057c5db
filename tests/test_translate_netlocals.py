"""The stap port of a D network provider member read through a test of the IP version
(or read twice in one statement): a local named for the member, set just before the
statement, in the clause's try block (frontends/stap/print_memberlocal.py); read back
into D, the read where the local is read (ir/memberlocals.py). Branch netlocals."""

from __future__ import annotations

from pathlib import Path

import pytest

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.frontends.stap import printer as stap_printer
from xtrace.ir import nodes as ir
from xtrace.ir.headerlocals import header_locals_inlined
from xtrace.ir.loc import XtraceError
from xtrace.ir.memberlocals import member_locals_inlined
from translating import stap_probe, translated

CONFORMANCE = Path(__file__).resolve().parent.parent / "conformance"

TCPBYTES = """#pragma D option quiet
tcp:::receive
{
	@bytes[args[2]->ip_saddr, args[4]->tcp_dport] =
	    sum(args[2]->ip_plength - args[4]->tcp_offset);
}
END
{
	printa("%s %d %@d\\n", @bytes);
}
"""


def _port(src: str) -> str:
    return translated(src, "stap", "d")  # (parsed again: real stap source)


def test_the_ip_version_tests_are_locals_named_for_the_members():
    probe = stap_probe(_port(TCPBYTES), 'kernel.function("tcp_rcv_established")')
    assert probe.count("ip_saddr = ") == 1 and probe.count("ip_plength = ") == 1, probe
    assert ('        ip_saddr = @cast(iphdr, "iphdr")->version == 4 ? '
            'dtrace_inet_ntop(2, &@cast(iphdr, "iphdr")->saddr, 0) :\n') in probe, probe
    # set after the header locals, in the try block, just before the statement
    lines = probe.splitlines()
    assert lines[2] == "    try {" and lines[3].startswith("        iphdr = ")
    assert lines.index(next(ln for ln in lines if "ip_saddr = " in ln)) > 3
    assert ('        bytes[ip_saddr, ntohs(@cast(tcphdr, "tcphdr")->dest)] <<< '
            'ip_plength - (@cast(tcphdr, "tcphdr")->doff << 2)\n') in probe, probe
    assert max(map(len, probe.splitlines())) < 140  # was 300


def test_the_way_back_to_d_reads_the_members_where_the_statement_does():
    back = translate_text(_port(TCPBYTES), "t.stp", "stap", "d")
    assert "this->ip_saddr" not in back and "this->ip_plength" not in back, back
    assert "@bytes[this->iph->version == 4 ? inet_ntop(2, &this->iph->saddr) :" in back, back


def test_a_short_member_read_once_stays_where_it_is_read():
    out = _port(TCPBYTES.replace("args[2]->ip_saddr", "args[4]->tcp_sport"))
    assert "tcp_sport =" not in out and "tcp_dport =" not in out
    assert "ntohs(@cast(tcphdr, \"tcphdr\")->source)" in out


def test_a_scripts_own_name_is_not_taken():
    src = TCPBYTES.replace("tcp:::receive\n{\n", "tcp:::receive\n{\n\tthis->ip_saddr = 1;\n"
                           '\tprintf("%d\\n", this->ip_saddr);\n')
    probe = stap_probe(_port(src), 'kernel.function("tcp_rcv_established")')
    assert "ip_saddr2 = " in probe and "bytes[ip_saddr2," in probe, probe
    back = translate_text(_port(src), "t.stp", "stap", "d")
    assert "ip_saddr2" not in back, back


def test_a_statement_with_an_effect_inside_keeps_the_read():
    """`n++` inside the statement would come after a fault of the read it now comes
    before: the read stays in the statement."""
    src = TCPBYTES.replace("sum(args[2]->ip_plength - args[4]->tcp_offset)",
                           "sum(args[2]->ip_plength - args[4]->tcp_offset + n++)")
    out = _port(src)
    assert "ip_saddr =" not in out and "ip_plength =" not in out, out


def test_a_clause_with_an_error_clause_keeps_the_reads():
    """A catch block that does something (D's ERROR clause) keeps the reads in their
    order of faulting: no locals there."""
    src = TCPBYTES.replace("END\n", 'ERROR\n{\n\tprintf("fault\\n");\n}\nEND\n')
    out = _port(src)
    assert "catch {\n" in out and "ip_saddr =" not in out, out


def test_the_read_back_leaves_a_local_read_elsewhere():
    """A stap script's own `ip_len` read by a test (which the port never puts a kept
    read in) is its variable, not a port's; read by two plain statements, it is one the
    port may have written (a read kept for the statements after it) and reads back."""
    src = """probe kernel.function("ip_rcv") {
    try {
        ip_len = @cast($skb->head + $skb->network_header, "iphdr")->version == 4 ? 1 : 2
        printf("%d\\n", ip_len)
        STMT
    } catch { }
}
"""
    tested = frontends.parse(src.replace("STMT", 'if (ip_len > 1) printf("x\\n")'), "t.stp", "stap", port=True)
    assert member_locals_inlined(tested) is tested
    plain = frontends.parse(src.replace("STMT", 'printf("%d\\n", ip_len)'), "t.stp", "stap", port=True)
    body = member_locals_inlined(plain).probes[0].body.stmts[0].body.stmts
    assert len(body) == 2 and all(isinstance(s, ir.Printf) for s in body), body


def test_a_read_kept_serves_the_statements_after_it():
    """rwndclosed.d's three aggregations keyed by args[2]->ip_saddr: one local."""
    src = TCPBYTES.replace("@bytes[args[2]->ip_saddr, args[4]->tcp_dport] =\n\t    sum(args[2]->ip_plength - args[4]->tcp_offset);",
                           "@a[args[2]->ip_saddr] = count();\n\t@b[args[2]->ip_saddr] = count();").replace(
        'printa("%s %d %@d\\n", @bytes);', "printa(@a);\n\tprinta(@b);")
    probe = stap_probe(_port(src), 'kernel.function("tcp_rcv_established")')
    assert probe.count("ip_saddr = ") == 1 and "ip_saddr2" not in probe, probe
    assert "a[ip_saddr] <<< 1" in probe and "b[ip_saddr] <<< 1" in probe, probe
    back = translate_text(_port(src), "t.stp", "stap", "d")
    assert "this->ip_saddr" not in back, back


NET_CASES = sorted(c for c in (p.name for p in (CONFORMANCE / "d").glob("*.d"))
                   if c.split("_")[0] in ("tcp", "udp", "ip"))


def _without_locals(src: str, monkeypatch) -> str:
    """The stap port of `src` as it was before the locals (each read written out)."""
    with monkeypatch.context() as m:
        m.setattr(stap_printer, "member_reads_as_locals", lambda prog: prog)
        return _port(src)


@pytest.mark.parametrize("name", NET_CASES + ["tcpbytes"])
def test_the_port_reads_back_as_the_port_without_the_locals(name, monkeypatch):
    """The same program: the stap IR of the port with the locals, inlined (as the D
    printer does), is the IR of the port written out, and both read back into one D
    text. (The round trip proper, tests/test_roundtrip.py, skips these cases where the
    kernel's symbols are not at hand, and where they are, compares none of them alike
    before this change either: fbt's args of ip_queue_xmit, try/catch.)"""
    src = TCPBYTES if name == "tcpbytes" else (CONFORMANCE / "d" / name).read_text()
    held, plain = _port(src), _without_locals(src, monkeypatch)
    a = member_locals_inlined(header_locals_inlined(frontends.parse(held, "p.stp", "stap", port=True)))
    b = member_locals_inlined(header_locals_inlined(frontends.parse(plain, "p.stp", "stap", port=True)))
    assert a.probes == b.probes
    try:
        plain_back = translate_text(plain, "t.stp", "stap", "d")
    except XtraceError:
        with pytest.raises(XtraceError):
            translate_text(held, "t.stp", "stap", "d")
        return
    assert translate_text(held, "t.stp", "stap", "d") == plain_back


def test_the_ports_of_the_net_cases_hold_the_locals():
    """Every net case with a member read through an IP version test keeps it so."""
    held = [name for name in NET_CASES
            if any(f"{m} = " in _port((CONFORMANCE / "d" / name).read_text())
                   for m in ("ip_saddr", "ip_daddr", "ip_plength"))]
    assert {"tcp_send_receive.d", "tcp_ipv6.d", "ip_send_receive.d", "udp_send_receive.d"} <= set(held), held
