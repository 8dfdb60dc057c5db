"""Branch stapnet: what branch real35 left of the stap <-> D network ports.

1. The D port of stap's tcp.receive read each header member through the header's
   cast written out again (`((struct tcphdr *)(args[0]->head + ...))->syn`, eight
   times a clause); it now sets the pointer once in a clause-local, as a porter does
   (`this->th = (struct tcphdr *)(...)`, frontends/d/headerptrs.py), and the way back
   into stap reads that local as the cast (ir/headerlocals.py), so the stap port of
   the D is the one it was.
2. stap's format_ipaddr() of an IPv6 address writes all eight groups (%pI6); D has
   only inet_ntop(), which compresses them: the D port says so above the statement
   (frontends/sockaddr_port.py IPV6_NOTE). D's inet_ntop() in stap already wrote
   the compressed form (dtrace_inet_ntop()).
3. The MAXACTION a stap port of D's printa() of stack keys asks for is sized from
   the rows and frames it can print (frontends/stap/print_maxaction.py).
"""

from __future__ import annotations

from xtrace.driver.translate import translate_text
from xtrace.frontends.d.headerptrs import header_pointers_as_locals
from xtrace.frontends.stap.print_maxaction import (KERNEL_FRAME, MAXMAPENTRIES, REST, ROW,
                                                   STACK_KEY, USER_FRAME, stack_rows_maxaction)
from xtrace.frontends import d as dfront
from translating import translated, unwrapped

TCP_RECEIVE = ('probe tcp.receive {\n'
               '  printf("%s %s %d %d %d %d\\n", saddr, daddr, sport, dport, syn, ack)\n'
               '}\n')


def _clause(text: str, head: str) -> str:
    start = text.index(head)
    return text[start:text.index("\n}\n", start) + 3]


def test_the_tcp_header_pointer_is_set_once_per_clause():
    out = unwrapped(translated(TCP_RECEIVE, "d"))
    v4 = _clause(out, "fbt::tcp_v4_rcv:entry")
    assert v4.count("(struct tcphdr *)") == 1 and v4.count("(struct iphdr *)") == 1, v4
    assert "    this->th = (struct tcphdr *)(args[0]->head + args[0]->transport_header);\n" \
           "    this->iph = (struct iphdr *)(args[0]->head + args[0]->network_header);\n" in v4, v4
    assert "this->syn = this->th->syn;" in v4 and "ntohs(this->th->source)" in v4
    assert "inet_ntop(AF_INET, &this->iph->saddr)" in v4


def test_each_clause_names_the_pointer_alike():
    # (a clause-local of one type in every clause: th, not th2 in the second)
    out = unwrapped(translated(TCP_RECEIVE, "d"))
    v6 = _clause(out, "fbt::tcp_v6_rcv:entry")
    assert "this->th = (struct tcphdr *)" in v6 and "this->th2" not in out
    assert "this->ip6h = (struct ipv6hdr *)(args[0]->head + args[0]->network_header);" in v6


def test_a_header_read_once_keeps_its_cast():
    out = translated('probe tcp.ipv4.receive { printf("%d\\n", protocol) }\n', "d")
    assert "((struct iphdr *)(args[0]->head + args[0]->network_header))->protocol" in out
    assert "this->iph" not in out


def test_the_predicate_keeps_the_cast_and_the_body_its_pointer():
    stap = ('probe kernel.function("ip_local_deliver")\n{\n    try {\n'
            '        iphdr = $skb->head + $skb->network_header\n'
            '        if (@cast(iphdr, "iphdr")->version != 4) next\n'
            '        printf("%d %d\\n", @cast(iphdr, "iphdr")->ttl, @cast(iphdr, "iphdr")->protocol)\n'
            '    } catch { }\n}\n')
    out = translate_text(stap, "t.stp", "stap", "d")
    assert "/((struct iphdr *)(args[0]->head + args[0]->network_header))->version == 4/\n{\n" \
           "    this->iph = (struct iphdr *)(args[0]->head + args[0]->network_header);\n" \
           "    printf(\"%d %d\\n\", this->iph->ttl, this->iph->protocol);\n" in out, out


def test_a_clause_that_changes_the_skb_keeps_the_casts():
    prog = dfront.parse('fbt::tcp_v4_rcv:entry { this->s = args[0]; '
                        'printf("%d %d\\n", ((struct tcphdr *)(this->s->head + this->s->transport_header))->syn, '
                        '((struct tcphdr *)(this->s->head + this->s->transport_header))->ack); }\n', "t.d")
    assert header_pointers_as_locals(prog) is prog


def test_the_pointer_reads_back_in_stap_as_the_header_local():
    d = translated(TCP_RECEIVE, "d")
    back = translate_text(d, "rt.d", "d", "stap")
    assert "    tcphdr = $skb->head + $skb->transport_header\n" in back, back
    assert "@cast(tcphdr, \"tcphdr\")->syn" in back and "this->" not in back and "@cast(th," not in back


def test_a_porters_own_pointer_local_reads_as_the_stap_header_local():
    d = ('#pragma D option quiet\nfbt::tcp_v4_rcv:entry\n{\n'
         '    this->h = (struct tcphdr *)(args[0]->head + args[0]->transport_header);\n'
         '    printf("%d %d\\n", ntohs(this->h->dest), this->h->syn);\n}\n')
    out = translate_text(d, "t.d", "d", "stap")
    assert "    tcphdr = $skb->head + $skb->transport_header\n" in out, out
    assert "@cast(tcphdr, \"tcphdr\")->syn" in out and "@cast($skb" not in out, out


def test_a_pointer_a_later_clause_reads_as_left_stays():
    # (D's this-> carried from clause to clause of one hit: the store stays)
    d = ('#pragma D option quiet\nfbt::tcp_v4_rcv:entry\n{\n'
         '    this->h = (struct tcphdr *)(args[0]->head + args[0]->transport_header);\n}\n'
         'fbt::tcp_v4_rcv:entry\n{\n    printf("%d\\n", this->h->syn);\n}\n')
    from xtrace.ir.headerlocals import header_pointer_locals_inlined
    prog = dfront.parse(d, "t.d")
    assert header_pointer_locals_inlined(prog) is prog


def test_an_ipv6_address_port_says_d_compresses_it():
    # (a padded %39s: a bare %s is written as the eight groups, tests/test_ipv6groups.py)
    out = translated(TCP_RECEIVE.replace("%s %s %d", "%39s %39s %d"), "d")
    v6 = _clause(out, "fbt::tcp_v6_rcv:entry")
    assert "(%pI6: 0000:0000:0000:0000:0000:0000:0000:0001); D's inet_ntop(), the\n" in v6, v6
    assert "nearest D has, compresses them (::1)" in v6
    assert "compresses" not in _clause(out, "fbt::tcp_v4_rcv:entry")
    # (said once a port)
    assert out.count("compresses them") == 1


def test_a_socket_ipv6_address_port_says_so_too():
    out = translated('probe tcp.recvmsg { printf("%s %s\\n", saddr, daddr) }\n', "d")
    assert "compresses them (::1)" in out and "inet_ntop(AF_INET6" in out


def test_an_ipv4_only_port_says_nothing_of_ipv6():
    out = translated('probe tcp.ipv4.receive { printf("%s\\n", saddr) }\n', "d")
    assert "compresses" not in out


def test_d_inet_ntop_in_stap_stays_compressed_without_a_note():
    out = translated('#pragma D option quiet\nfbt::tcp_v6_connect:entry { '
                     'printf("%s\\n", inet_ntoa6(&((struct sockaddr_in6 *)arg1)->sin6_addr)); }\n',
                     "stap", "d")
    assert "%pI6c" in out and "eight groups" not in out


PROFILE = ('#pragma D option quiet\n'
           'profile-297Hz\n{\n  @s[pid,tid,stack(),ustack()] = count();\n}\n'
           'tick-1sec\n{\n  printa("PID:%-5d %-3d %k %k %@12u\\n",@s);\n  trunc(@s);\n}\n')


def _sized(text: str):
    from xtrace import frontends
    return stack_rows_maxaction(frontends.parse(text, "t.d", "d"))


def test_maxaction_is_rows_times_frames_in_a_timer_probe():
    row = ROW + (STACK_KEY + 20 * KERNEL_FRAME) + (STACK_KEY + 20 * USER_FRAME)
    need = -(-(MAXMAPENTRIES * row + REST) // 1000) * 1000
    assert _sized(PROFILE) == (need, MAXMAPENTRIES, 40)
    assert f"run with stap -DMAXACTION={need}\n" in translated(PROFILE, "stap", "d")


def test_maxaction_in_an_end_probe_is_a_tenth():
    row = ROW + STACK_KEY + 20 * KERNEL_FRAME
    need = -(-(-(-MAXMAPENTRIES * row // 10) + REST) // 1000) * 1000
    assert _sized("profile-97 { @[stack()] = count(); }\n")[0] == need


def test_maxaction_follows_the_stack_depth_and_a_truncated_printa():
    text = "profile-97 { @[stack(5)] = count(); } tick-1s { trunc(@, 10); printa(@); trunc(@); }\n"
    # the tick prints 10 rows of 5 frames; the END dump all the array holds (of 5 frames)
    need, rows, frames = _sized(text)
    assert frames == 5 and rows == MAXMAPENTRIES
    tick = 10 * (ROW + STACK_KEY + 5 * KERNEL_FRAME) + REST
    assert need >= tick and need == -(-(-(-MAXMAPENTRIES * (ROW + STACK_KEY + 5 * KERNEL_FRAME) // 10)
                                        + REST) // 1000) * 1000
