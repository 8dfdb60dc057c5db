"""Branch ipv6full: stap's IPv6 address text (format_ipaddr(&addr, AF_INET6), the
kernel's %pI6: eight groups of four hex digits, none compressed) printed by a bare
`%s` is, in the D port, that conversion written as `%04x:...:%04x` of the address's
eight 16-bit groups, `ntohs(addr.in6_u.u6_addr16[i])` (frontends/d/ipv6groups.py),
where D's inet_ntop() would compress them (`::1`). Used any other way the text
stays D's inet_ntop() under the port's note."""

from __future__ import annotations

from xtrace import frontends
from xtrace.frontends.d.ipv6groups import GROUPS_FORMAT, ipv6_texts_as_groups
from xtrace.frontends.sockaddr_port import IPV6_KEY
from translating import case_port, translated, unwrapped

NOTE = "compresses them (::1)"


def _clause(text: str, head: str) -> str:
    start = text.index(head)
    return text[start:text.index("\n}\n", start) + 3]


def _groups(addr: str) -> str:
    return ", ".join(f"ntohs({addr}.in6_u.u6_addr16[{i}])" for i in range(8))


def test_the_groups_format_is_pi6s():
    assert GROUPS_FORMAT == "%04x:%04x:%04x:%04x:%04x:%04x:%04x:%04x"


def test_a_bare_s_of_tcp_receive_addresses_prints_the_eight_groups():
    out = unwrapped(translated('probe tcp.receive {\n'
                               '  printf("%s %s %d\\n", saddr, daddr, dport)\n}\n', "d"))
    v6 = _clause(out, "fbt::tcp_v6_rcv:entry")
    assert f'printf("{GROUPS_FORMAT} {GROUPS_FORMAT} %d\\n", ' \
           f'{_groups("this->ip6h->saddr")}, {_groups("this->ip6h->daddr")}, this->dport);' in v6, v6
    # the locals' stores are gone with the compressing inet_ntop() and its note
    assert "inet_ntop" not in v6 and "this->saddr" not in v6 and NOTE not in out
    # IPv4 is inet_ntop() as it was
    v4 = _clause(out, "fbt::tcp_v4_rcv:entry")
    assert "this->saddr = inet_ntop(AF_INET, " in v4 and "%s %s %d" in v4


def test_the_conformance_case_port():
    out = unwrapped(case_port("stap/tapset_tcp_receive_ipv6.stp", "d"))
    v6 = _clause(out, "fbt::tcp_v6_rcv:entry")
    assert f'printf("%s %d {GROUPS_FORMAT} {GROUPS_FORMAT} %d  %d %d %d %d %d %d %s\\n", ' \
           f'this->name, this->family, {_groups("this->ipv6hdr->saddr")}, ' \
           f'{_groups("this->ipv6hdr->daddr")}, this->dport, ' in v6, v6
    assert NOTE not in out and "inet_ntop" not in v6


def test_used_otherwise_the_text_stays_inet_ntop_under_the_note():
    for script in (
            # a key
            'global a\nprobe tcp.ipv6.receive { a[saddr]++ }\n',
            # a comparison (the printf too reads the local the test reads)
            'probe tcp.ipv6.receive { if (saddr == daddr) printf("%s\\n", saddr) }\n',
            # padded or cut: the text as a whole
            'probe tcp.ipv6.receive { printf("%-39s|\\n", saddr) }\n',
            'probe tcp.ipv6.receive { printf("%.4s|\\n", saddr) }\n',
            # stored again after
            'probe tcp.ipv6.receive { printf("%s\\n", saddr); saddr = "x"; printf("%s\\n", saddr) }\n'):
        out = unwrapped(translated(script, "d"))
        assert "this->saddr = inet_ntop(AF_INET6, " in out and NOTE in out, (script, out)
        assert "%04x" not in out, (script, out)


def test_one_address_printed_bare_the_other_kept():
    out = unwrapped(translated(
        'probe tcp.ipv6.receive { printf("%s %-39s|\\n", saddr, daddr) }\n', "d"))
    assert f'printf("{GROUPS_FORMAT} %-39s|\\n", {_groups("this->ip6h->saddr")}, this->daddr);' \
        in out, out
    assert "this->daddr = inet_ntop(AF_INET6, &this->ip6h->daddr);" in out and NOTE in out
    assert "this->saddr" not in out


def test_the_port_reads_back_into_stap_as_the_groups():
    d = translated('probe tcp.ipv6.receive { printf("%s\\n", saddr) }\n', "d")
    back = unwrapped(translated(d, "stap", "d"))
    assert f'printf("{GROUPS_FORMAT}\\n", ' in back, back
    assert 'ntohs(@cast(iphdr, "ipv6hdr")->saddr->in6_u->u6_addr16[7])' in back, back


def test_a_program_without_the_calls_is_left_alone():
    prog = frontends.parse('BEGIN { printf("%s\\n", inet_ntop(AF_INET6, &`in6addr_any)); }',
                           "t.d", "d")
    assert ipv6_texts_as_groups(prog) is prog
    prog.options = {**(prog.options or {}), IPV6_KEY: frozenset()}
    assert ipv6_texts_as_groups(prog) is prog
