"""Regressions from the eighteenth sample of real scripts (docs/translate-real-scripts.md,
"Eighteenth sample"): gmarler's D profiles, iamxy's and tsuereth's SystemTap scripts."""

from __future__ import annotations

from xtrace import frontends
from xtrace.driver.translate import translate_text
from xtrace.ir import nodes as ir


# ------------------------------------------- a socket's addresses: format_ipaddr() in D

# tsuereth's tcp_send_or_recv.stp, reduced
SEND = """probe tcp.sendmsg {
\tsaddr = format_ipaddr(__ip_sock_saddr(sock), __ip_sock_family(sock))
\tdaddr = format_ipaddr(__ip_sock_daddr(sock), __ip_sock_family(sock))
\tprintf("%s -> %s %d\\n", saddr, daddr, size)
}
probe tcp.recvmsg { printf("%s <- %s\\n", saddr, daddr) }
"""


def test_socket_addresses_are_inet_ntop_of_the_member_in_d():
    """format_ipaddr() of __ip_sock_saddr()/__ip_sock_daddr() was refused in D (the
    tapset functions branch on the family); it is D's inet_ntop() of the address's
    member, the family choosing the IPv4 or the IPv6 one, as a porter writes it."""
    out = translate_text(SEND, "t.stp", "stap", "d")
    code = "\n".join(ln for ln in out.splitlines() if not ln.lstrip().startswith(("*", "/*")))
    # (the port's note names stap's format_ipaddr(), whose IPv6 form D does not write)
    assert "format_ipaddr" not in code and "__ip_sock" not in code
    # the family stored once, before the first address, and tested for both
    # (the socket's two casts, each read more than once, kept in this->sk and
    # this->inet: frontends/d/castptrs.py)
    assert "    this->sk = (struct sock *)this->sock;\n" \
        "    this->family = this->sk->__sk_common.skc_family;\n" \
        "    this->inet = (struct inet_sock *)this->sock;\n" in out
    assert out.count("this->family = this->sk->__sk_common.skc_family;") == 2  # (and recvmsg's)
    assert ("this->saddr = this->family == AF_INET ? "
            "inet_ntop(AF_INET, &this->inet->inet_saddr) :") in out
    assert "this->daddr = this->family == AF_INET ? inet_ntop(AF_INET, " in out
    assert "inet_ntop(AF_INET6, &this->inet->pinet6->saddr) : " \
        "\"*unknown address family*\"" in out
    assert "inet_ntop(AF_INET, &this->sk->__sk_common.skc_daddr)" in out
    # tcp.recvmsg's own saddr/daddr, computed by the alias from its `family`
    assert "    this->inet = (struct inet_sock *)args[0];\n" in out
    assert "this->saddr = this->family == AF_INET ? inet_ntop(AF_INET, " \
        "&this->inet->inet_saddr) :" in out
    back = frontends.parse(out, "back.d", "d")
    calls = [x for p in back.probes for x in ir.walk(p.body) if isinstance(x, ir.Call)]
    assert {c.name for c in calls} >= {"inet_ntop"}


def test_a_guarded_family_is_not_read_before_its_guard():
    """A family read under a test of the socket stays there: stored before the
    statement, the port would read a socket the script guards against."""
    src = """probe tcp.sendmsg {
\tif (sock) printf("%s\\n", format_ipaddr(__ip_sock_saddr(sock), __ip_sock_family(sock)))
}
"""
    out = translate_text(src, "t.stp", "stap", "d")
    assert "this->family" not in out
    assert "->__sk_common.skc_family == AF_INET ? inet_ntop(AF_INET, " in out


def test_other_format_ipaddr_calls_stay_refused():
    """An address that is not a socket's (a number the script holds) has no member to
    take the address of: still refused, naming the tapset function."""
    import pytest
    from xtrace.ir.loc import XtraceError
    with pytest.raises(XtraceError, match=r"format_ipaddr\(\) has no D equivalent"):
        translate_text('probe begin { println(format_ipaddr(16777343, 2)) }', "t.stp", "stap", "d")


def test_stap_run_keeps_format_ipaddr():
    """The stap program itself still calls format_ipaddr() (its IPv6 text is stap's,
    all eight groups): only the D port writes inet_ntop()."""
    prog = frontends.parse(SEND, "t.stp", "stap")
    assert any(isinstance(x, ir.FuncCall) and x.name == "format_ipaddr"
               for p in prog.probes for x in ir.walk(p.body))


# ------------------------------------------------- @entry() of one value, read twice

NET = """probe tcp.sendmsg.return {
\tsport = __tcp_sock_sport(@entry($sk))
\tdport = __tcp_sock_dport(@entry($sk))
\tprintf("%d -> %d %d\\n", sport, dport, size)
}
"""


def test_one_entry_value_is_saved_once():
    """iamxy's net_trace.stp reads @entry($sk) six times in one return probe: the D
    port saved it in six thread-locals (self->entry_sk .. entry_sk6), where a porter
    saves it once."""
    out = translate_text(NET, "t.stp", "stap", "d")
    assert out.count("= args[0];") == 1 and "entry_sk2" not in out
    assert "ntohs(((struct inet_sock *)self->entry_sk)->inet_sport)" in out
    assert "ntohs(((struct sock *)self->entry_sk)->__sk_common.skc_dport)" in out


# ------------------------------------------------- profile-N with a unit in capitals

def test_profile_rate_unit_in_any_case():
    """gmarler's `profile-2001Hz` / `profile-197Hz` did not match any probe: dtrace reads
    the unit with strcasecmp(), so `Hz`, `MS`, `Sec` are hz, ms, sec."""
    for name, ns in (("profile-2001Hz", 1_000_000_000 // 2001), ("tick-5SEC", 5_000_000_000),
                     ("tick-10Ms", 10_000_000), ("profile-97HZ", 1_000_000_000 // 97)):
        prog = frontends.parse(f"{name} {{ @[execname] = count(); }}", "t.d", "d")
        pt = prog.probes[0].points[0]
        assert pt.kind == "timer" and pt.period_ns == ns, name
    out = translate_text("profile-2001Hz /execname == \"nscd\"/ { @s1[ustack()] = count(); }\n"
                         "tick-5sec { printa(@s1); }\n", "t.d", "d", "stap")
    assert "probe perf.sw.cpu_clock.sample(499750)" in out  # 1e9 / 2001 ns, on every CPU
    frontends.parse(out, "back.stp", "stap")


# ------------------------------------------- stap's %ld of a u16 (a port number) in D

def test_long_conversion_of_an_unsigned_short_is_plain_in_d():
    """net_trace.stp prints ports (ntohs() of a u16) with %ld: stap prints the 64-bit
    number it holds (58110), DTrace's %ld reads the 16-bit value as a short (-7426,
    as the D port printed in the sandbox); the port writes %d, which D prints as %u
    for an unsigned value. A %ld of a 64-bit or signed value stays."""
    src = NET.replace('printf("%d -> %d %d\\n", sport, dport, size)',
                      'printf("%ld -> %ld %ld %ld\\n", sport, dport, size, tid())')
    out = translate_text(src, "t.stp", "stap", "d")
    assert 'printf("%d -> %d %ld %ld\\n", this->sport, this->dport, this->size, tid);' in out
    direct = 'probe tcp.sendmsg { printf("%5ld %ld\\n", __tcp_sock_dport(sock), size) }'
    out = translate_text(direct, "t.stp", "stap", "d")
    assert 'printf("%5d %ld\\n", ntohs(' in out


def test_round_trip_compares_stap_long_conversions_as_plain():
    """The round trip reads %ld and %d alike in stap, where they print the same."""
    from xtrace.ir.hexprefix import long_size_dropped
    assert long_size_dropped("%ld %-8lli %lu %lx %%ld %d") == "%d %-8i %lu %lx %%ld %d"
