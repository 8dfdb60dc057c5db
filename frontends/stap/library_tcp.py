"""stap's tcp.stp receive probes written in stap (see library.py): tcp.receive,
tcp.ipv4.receive and tcp.ipv6.receive, on the functions stap's tapset probes."""

from __future__ import annotations

# An IPv6 address is written as the kernel's %pI6 writes it, eight groups of
# four hex digits.
IP_HELPERS = """
function __xt_be16:long (a:long) {
\treturn ((kernel_char(a) & 0xff) << 8) | (kernel_char(a + 1) & 0xff)
}
function __xt_ip6_str:string (a:long) {
\treturn sprintf("%04x:%04x:%04x:%04x:%04x:%04x:%04x:%04x", __xt_be16(a), __xt_be16(a + 2),
\t\t__xt_be16(a + 4), __xt_be16(a + 6), __xt_be16(a + 8), __xt_be16(a + 10),
\t\t__xt_be16(a + 12), __xt_be16(a + 14))
}
"""

# tcp.stp reads the headers where the skb's offsets put them (tcp_v4_rcv and
# tcp_v6_rcv run with the network and transport headers set) through their
# types, as a D porter's fbt clause does: the ports in host order, each flag its
# one-bit member of struct tcphdr.
_TCP_VARS = """\tiphdr = $skb->head + $skb->network_header
\ttcphdr = $skb->head + $skb->transport_header
\tsport = ntohs(@cast(tcphdr, "tcphdr")->source)
\tdport = ntohs(@cast(tcphdr, "tcphdr")->dest)
""" + "".join(f'\t{f} = @cast(tcphdr, "tcphdr")->{f}\n' for f in ("urg", "ack", "psh", "rst", "syn", "fin"))

TCP_RECEIVE = f"""
probe tcp.ipv4.receive = kernel.function("tcp_v4_rcv") {{
\tname = "tcp.ipv4.receive"
\tfamily = AF_INET()
{_TCP_VARS}\tsaddr = format_ipaddr(@cast(iphdr, "iphdr")->saddr, 2)
\tdaddr = format_ipaddr(@cast(iphdr, "iphdr")->daddr, 2)
\tprotocol = @cast(iphdr, "iphdr")->protocol
}}
probe tcp.ipv6.receive = kernel.function("tcp_v6_rcv") {{
\tname = "tcp.ipv6.receive"
\tfamily = AF_INET6()
{_TCP_VARS}\tsaddr = format_ipaddr(&@cast(iphdr, "ipv6hdr")->saddr, 10)
\tdaddr = format_ipaddr(&@cast(iphdr, "ipv6hdr")->daddr, 10)
\tprotocol = @cast(iphdr, "ipv6hdr")->nexthdr
}}
probe tcp.receive = tcp.ipv4.receive, tcp.ipv6.receive {{ }}
"""

# conversions.stp's byte order functions, for a little-endian machine (x86_64).
BYTE_ORDER = {
    "ntohs": "function ntohs:long (x:long) { return ((x & 0xff) << 8) | ((x >> 8) & 0xff) }\n",
    "htons": "function htons:long (x:long) { return ((x & 0xff) << 8) | ((x >> 8) & 0xff) }\n",
    "ntohl": ("function ntohl:long (x:long) {\n\treturn ((x & 0xff) << 24) | ((x & 0xff00) << 8) | "
              "((x >> 8) & 0xff00) | ((x >> 24) & 0xff)\n}\n"),
    "htonl": ("function htonl:long (x:long) {\n\treturn ((x & 0xff) << 24) | ((x & 0xff00) << 8) | "
              "((x >> 8) & 0xff00) | ((x >> 24) & 0xff)\n}\n"),
    # (>> is arithmetic in stap: each byte masked after its shift)
    **{name: (f"function {name}:long (x:long) {{\n\treturn ((x & 0xff) << 56) | ((x & 0xff00) << 40) | "
              "((x & 0xff0000) << 24) | ((x & 0xff000000) << 8) | ((x >> 8) & 0xff000000) | "
              "((x >> 24) & 0xff0000) | ((x >> 40) & 0xff00) | ((x >> 56) & 0xff)\n}\n")
       for name in ("ntohll", "htonll")},
}

# ip.stp (with IP_HELPERS): an IPv4 address is the 32-bit value as the kernel
# keeps it (network order in memory), written byte by byte in memory order as
# %pI4 does, so on x86_64 its low byte comes first; an IPv6 address is the
# address of its 16 bytes, written as %pI6 writes them (eight groups of four
# hex digits, no zero compression).
IP_FORMAT = """
function format_ipaddr:string (addr:long, family:long) {
\tif (family == 2)
\t\treturn sprintf("%d.%d.%d.%d", addr & 0xff, (addr >> 8) & 0xff, (addr >> 16) & 0xff,
\t\t\t(addr >> 24) & 0xff)
\tif (family == 10) return __xt_ip6_str(addr)
\treturn "*unknown address family*"
}
function ip_ntop:string (addr:long) { return format_ipaddr(addr, 2) }
"""

IP_FORMAT_FUNCS = ("format_ipaddr", "ip_ntop")

# ip.stp's and tcp.stp's readers of a socket: its family, its local and remote
# addresses (an IPv4 value, or the address of an IPv6 one) and ports (in host order).
SOCK_FUNCS = """
function __ip_sock_family:long (sock:long) { return @cast(sock, "sock")->__sk_common->skc_family }
function __ip_sock_saddr:long (sock:long) {
\tf = __ip_sock_family(sock)
\tif (f == 2) return @cast(sock, "inet_sock")->inet_saddr
\tif (f == 10) return & @cast(sock, "inet_sock")->pinet6->saddr
\treturn 0
}
function __ip_sock_daddr:long (sock:long) {
\tf = __ip_sock_family(sock)
\tif (f == 2) return @cast(sock, "sock")->__sk_common->skc_daddr
\tif (f == 10) return & @cast(sock, "sock")->__sk_common->skc_v6_daddr
\treturn 0
}
function __tcp_sock_sport:long (sock:long) { return ntohs(@cast(sock, "inet_sock")->inet_sport) }
function __tcp_sock_dport:long (sock:long) {
\treturn ntohs(@cast(sock, "sock")->__sk_common->skc_dport)
}
"""

SOCK_FUNC_NAMES = ("__ip_sock_family", "__ip_sock_saddr", "__ip_sock_daddr", "__tcp_sock_sport",
                   "__tcp_sock_dport")

_SOCK_VARS = """\tfamily = __ip_sock_family($sk)
\tsaddr = format_ipaddr(__ip_sock_saddr($sk), family)
\tdaddr = format_ipaddr(__ip_sock_daddr($sk), family)
\tsport = __tcp_sock_sport($sk)
\tdport = __tcp_sock_dport($sk)
"""

# tcp.stp's message probes (with IP_HELPERS, IP_FORMAT, ntohs and SOCK_FUNCS),
# on tcp_sendmsg(sk, msg, size), tcp_recvmsg(sk, msg, len, flags, addr_len)
# and tcp_disconnect(sk, flags); a .return probe's $sk is its value at entry.
TCP_MSG = f"""
probe tcp.sendmsg = kernel.function("tcp_sendmsg") {{
\tname = "tcp.sendmsg"
\tsock = $sk
\tfamily = __ip_sock_family($sk)
\tsize = $size
}}
probe tcp.sendmsg.return = kernel.function("tcp_sendmsg").return {{
\tname = "tcp.sendmsg"
\tsize = $return
}}
probe tcp.recvmsg = kernel.function("tcp_recvmsg") {{
\tname = "tcp.recvmsg"
\tsock = $sk
\tsize = $len
{_SOCK_VARS}}}
probe tcp.recvmsg.return = kernel.function("tcp_recvmsg").return {{
\tname = "tcp.recvmsg"
\tsize = $return
{_SOCK_VARS}}}
probe tcp.disconnect = kernel.function("tcp_disconnect") {{
\tname = "tcp.disconnect"
\tsock = $sk
\tflags = $flags
{_SOCK_VARS}}}
probe tcp.disconnect.return = kernel.function("tcp_disconnect").return {{
\tname = "tcp.disconnect"
\tret = $return
}}
"""

# tcp.stp's and ip.stp's readers of a received packet's headers (arstercz's
# tcp_recv_queue.stp, ema's portscan tapset): the headers where the skb's offsets
# put them, the ports in host order, the IPv4 addresses as the kernel keeps them.
SKB_FUNCS = ("__get_skb_tcphdr", "__get_skb_iphdr", "__tcp_skb_sport", "__tcp_skb_dport",
             "__ip_skb_saddr", "__ip_skb_daddr", "__ip_skb_proto")
SKB = """
function __get_skb_tcphdr:long (skb:long) {
\treturn @cast(skb, "sk_buff")->head + @cast(skb, "sk_buff")->transport_header
}
function __get_skb_iphdr:long (skb:long) {
\treturn @cast(skb, "sk_buff")->head + @cast(skb, "sk_buff")->network_header
}
function __tcp_skb_sport:long (tcphdr:long) { return ntohs(@cast(tcphdr, "tcphdr")->source) }
function __tcp_skb_dport:long (tcphdr:long) { return ntohs(@cast(tcphdr, "tcphdr")->dest) }
function __ip_skb_saddr:long (iphdr:long) { return @cast(iphdr, "iphdr")->saddr }
function __ip_skb_daddr:long (iphdr:long) { return @cast(iphdr, "iphdr")->daddr }
function __ip_skb_proto:long (iphdr:long) { return @cast(iphdr, "iphdr")->protocol }
"""

# tcp.stp's socket state and retransmission timeout (arstercz's tcp_retrans.stp):
# the state's number and tcp.stp's name for it ("UNDEF" past the known ones), the
# timeout in microseconds (the kernel keeps it in jiffies); the congestion window
# in segments (cybertxt's watch_tcp_cwnd.stp).
SOCK_INFO_FUNCS = ("tcp_ts_get_info_state", "tcp_sockstate_str", "tcp_get_info_rto",
                   "tcp_get_info_snd_cwnd")
_TCP_STATES = ["TCP_ESTABLISHED", "TCP_SYN_SENT", "TCP_SYN_RECV", "TCP_FIN_WAIT1", "TCP_FIN_WAIT2",
               "TCP_TIME_WAIT", "TCP_CLOSE", "TCP_CLOSE_WAIT", "TCP_LAST_ACK", "TCP_LISTEN",
               "TCP_CLOSING", "TCP_MAX_STATES"]
SOCK_INFO = (
    "\nfunction tcp_ts_get_info_state:long (sock:long) {\n"
    "\treturn @cast(sock, \"sock\")->__sk_common->skc_state\n}\n"
    "function tcp_sockstate_str:string (state:long) {\n"
    + "".join(f'\tif (state == {i}) return "{name}"\n' for i, name in enumerate(_TCP_STATES, 1))
    + "\treturn \"UNDEF\"\n}\n"
    "function tcp_get_info_rto:long (sock:long) {\n"
    "\treturn @cast(sock, \"inet_connection_sock\")->icsk_rto * 1000000 / HZ()\n}\n"
    "function tcp_get_info_snd_cwnd:long (sock:long) {\n"
    "\treturn @cast(sock, \"tcp_sock\")->snd_cwnd\n}\n")

# udp.stp's message probes (with IP_HELPERS, IP_FORMAT, ntohs and SOCK_FUNCS: a
# UDP socket keeps its ports where a TCP one does), on udp_sendmsg(sk, msg, len),
# udp_recvmsg(sk, msg, len, flags, addr_len) and udp_disconnect(sk, flags); a
# .return probe's $sk is its value at entry.
UDP_MSG = f"""
probe udp.sendmsg = kernel.function("udp_sendmsg") {{
\tname = "udp.sendmsg"
\tsock = $sk
\tsize = $len
{_SOCK_VARS}}}
probe udp.sendmsg.return = kernel.function("udp_sendmsg").return {{
\tname = "udp.sendmsg"
\tsize = $return
\tretval = $return
{_SOCK_VARS}}}
probe udp.recvmsg = kernel.function("udp_recvmsg") {{
\tname = "udp.recvmsg"
\tsock = $sk
\tsize = $len
{_SOCK_VARS}}}
probe udp.recvmsg.return = kernel.function("udp_recvmsg").return {{
\tname = "udp.recvmsg"
\tsize = $return
\tretval = $return
{_SOCK_VARS}}}
probe udp.disconnect = kernel.function("udp_disconnect") {{
\tname = "udp.disconnect"
\tsock = $sk
\tflags = $flags
{_SOCK_VARS}}}
probe udp.disconnect.return = kernel.function("udp_disconnect").return {{
\tname = "udp.disconnect"
\tret = $return
{_SOCK_VARS}}}
"""
