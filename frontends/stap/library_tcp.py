"""stap's tcp.stp receive probes written in stap (see library.py): tcp.receive,
tcp.ipv4.receive and tcp.ipv6.receive, on the functions stap's tapset probes."""

from __future__ import annotations

# The headers are read where the skb's offsets put them (tcp_v4_rcv/tcp_v6_rcv
# run with the network and transport headers set); the ports are in network
# order; the flags are the bits of the header's 14th byte. An IPv6 address is
# written as the kernel's %pI6 writes it, eight groups of four hex digits.
_FUNCS = """
function __xt_be16:long (a:long) {
\treturn ((kernel_char(a) & 0xff) << 8) | (kernel_char(a + 1) & 0xff)
}
function __xt_ip4_str:string (a:long) {
\treturn sprintf("%d.%d.%d.%d", kernel_char(a) & 0xff, kernel_char(a + 1) & 0xff,
\t\tkernel_char(a + 2) & 0xff, kernel_char(a + 3) & 0xff)
}
function __xt_ip6_str:string (a:long) {
\treturn sprintf("%04x:%04x:%04x:%04x:%04x:%04x:%04x:%04x", __xt_be16(a), __xt_be16(a + 2),
\t\t__xt_be16(a + 4), __xt_be16(a + 6), __xt_be16(a + 8), __xt_be16(a + 10),
\t\t__xt_be16(a + 12), __xt_be16(a + 14))
}
"""

_TCP_VARS = """\tiphdr = $skb->head + $skb->network_header
\ttcphdr = $skb->head + $skb->transport_header
\tsport = __xt_be16(tcphdr)
\tdport = __xt_be16(tcphdr + 2)
\tflags = kernel_char(tcphdr + 13)
\turg = (flags >> 5) & 1
\tack = (flags >> 4) & 1
\tpsh = (flags >> 3) & 1
\trst = (flags >> 2) & 1
\tsyn = (flags >> 1) & 1
\tfin = flags & 1
"""

TCP_RECEIVE = _FUNCS + f"""
probe tcp.ipv4.receive = kernel.function("tcp_v4_rcv") {{
\tname = "tcp.ipv4.receive"
\tfamily = 2
{_TCP_VARS}\tsaddr = __xt_ip4_str(iphdr + 12)
\tdaddr = __xt_ip4_str(iphdr + 16)
\tprotocol = kernel_char(iphdr + 9) & 0xff
}}
probe tcp.ipv6.receive = kernel.function("tcp_v6_rcv") {{
\tname = "tcp.ipv6.receive"
\tfamily = 10
{_TCP_VARS}\tsaddr = __xt_ip6_str(iphdr + 8)
\tdaddr = __xt_ip6_str(iphdr + 24)
\tprotocol = kernel_char(iphdr + 6) & 0xff
}}
probe tcp.receive = tcp.ipv4.receive, tcp.ipv6.receive {{ }}
"""
