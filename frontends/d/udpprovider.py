"""DTrace's udp provider on Linux: udp:::send and udp:::receive and their translated
arguments, as Oracle's dtrace-utils defines them (libdtrace/dt_prov_udp.c, dlibs'
udp.d; ipinfo_t and csinfo_t are the tcp provider's, frontends/d/tcpprovider.py).

The kernel points (in the kallsyms of 6.1, 6.12 and 6.12-rt):
- receive: udp_queue_rcv_skb(sk, skb) and udpv6_queue_rcv_skb(sk, skb), a datagram
  reaching its socket (before the socket's filter and receive queue).
- send: ip_send_skb(net, skb) and, IPv6, ip6_send_skb(skb): the datagram with its
  IP header built (by ip_make_skb / ip6_make_skb) and its UDP header filled (by
  udp_send_skb / udp_v6_send_skb), before ip_local_out() / ip6_local_out(). The
  skb is at another position in each: ip6_send_skb is keyed apart
  (tcpprovider.point_key), so a clause on send is lowered once for each.
Both also see UDP-Lite (and send ICMP and raw sockets' packets): the probe is the
hits whose socket is a UDP one (ir.ProbePoint.when; backend_c.codegen.SITE_CHECKS),
as dtrace-utils tests sk_protocol.

The arguments: args[1] csinfo_t of the socket, args[2] ipinfo_t of the IP header,
args[3] udpsinfo_t (udp.d takes its ports and addresses from the UDP and IP headers,
local and remote by the direction), args[4] udpinfo_t of the UDP header, args[0]
pktinfo_t, as the tcp provider's.
"""

from __future__ import annotations

import dataclasses

from .tcpprovider import _by_version, _csinfo, _header, _ipinfo_of_header, _ntohs, _packet_addr, \
    pktinfo
from .translators import Arg, Build, Struct, _arg, _bin, _int, _mem, _uintptr

KFUNCS = {
    "receive": ("udp_queue_rcv_skb", "udpv6_queue_rcv_skb"),
    "send": ("ip_send_skb", "ip6_send_skb"),
}
# which hits are the probe (backend_c.codegen.SITE_CHECKS; frontends/stap/print_when.py)
WHEN = {"udp:::receive": "udp_socket", "udp:::send": "udp_skb_socket",
        "udp:::send@ip6_send_skb": "udp_skb_first_socket"}

_UDPINFO = frozenset({"udp_sport", "udp_dport", "udp_length", "udp_checksum", "udp_hdr"})
_UDPSINFO = frozenset({"udps_addr", "udps_lport", "udps_rport", "udps_laddr", "udps_raddr"})
_LACK = "xtrace's udp provider reads the datagram's IP and UDP headers"


def _udpinfo(skb: Build) -> Struct:
    uh = _header(skb, "transport_header", "struct udphdr *")
    return Struct("udpinfo_t *", {
        "udp_sport": _ntohs(_mem(uh, "source")),
        "udp_dport": _ntohs(_mem(uh, "dest")),
        "udp_length": _ntohs(_mem(uh, "len")),
        "udp_checksum": _ntohs(_mem(uh, "check")),
        "udp_hdr": _uintptr(uh),
    }, _UDPINFO, _LACK)


def _udpsinfo(sk: Build, skb: Build, outbound: bool) -> Struct:
    """udpsinfo_t (udp.d's translator): the local end is the packet's source when it
    is sent, its destination when it is received."""
    uh = _header(skb, "transport_header", "struct udphdr *")
    local, remote = ("source", "dest") if outbound else ("dest", "source")
    return Struct("udpsinfo_t *", {
        "udps_addr": _uintptr(sk),
        "udps_lport": _ntohs(_mem(uh, local)),
        "udps_rport": _ntohs(_mem(uh, remote)),
        "udps_laddr": _packet_addr(skb, "saddr" if outbound else "daddr"),
        "udps_raddr": _packet_addr(skb, "daddr" if outbound else "saddr"),
    }, _UDPSINFO, _LACK)


def _sent_ipinfo(skb: Build) -> Struct:
    """ipinfo_t of a datagram at ip_send_skb() / ip6_send_skb(): its IP header's total
    or payload length is written by ip_local_out() / ip6_local_out(), after, so the
    payload length is the skb's (the IP packet, its data at the IP header) less the
    header's (IPv6's fixed 40 bytes: UDP adds no extension header)."""
    ip = _ipinfo_of_header(skb)
    length = _by_version(skb, lambda h: _bin("-", _mem(skb, "len"), _bin("<<", _mem(h, "ihl"), _int(2))),
                         lambda h: _bin("-", _mem(skb, "len"), _int(40)), _int(0))
    return dataclasses.replace(ip, members={**ip.members, "ip_plength": length})


def _args(sk: Build, skb: Build, ip: Struct, outbound: bool) -> dict[int, Arg]:
    return {0: pktinfo(), 1: _csinfo(sk), 2: ip, 3: _udpsinfo(sk, skb, outbound), 4: _udpinfo(skb)}


_SKB = _arg("skb")
ARGS: dict[str, dict[int, Arg]] = {
    "udp:::receive": _args(_arg("sk"), _SKB, _ipinfo_of_header(_SKB), False),
    "udp:::send": _args(_mem(_SKB, "sk"), _SKB, _sent_ipinfo(_SKB), True),
    # (the same, its skb the first parameter)
    "udp:::send@ip6_send_skb": _args(_mem(_SKB, "sk"), _SKB, _sent_ipinfo(_SKB), True),
}

