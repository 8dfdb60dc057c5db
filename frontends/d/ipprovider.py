"""DTrace's ip provider on Linux: ip:::send and ip:::receive and their translated
arguments, as Oracle's dtrace-utils defines them (libdtrace/dt_prov_ip.c, dlibs'
ip.d; ipinfo_t and csinfo_t are the tcp provider's, frontends/d/tcpprovider.py).

The kernel points (in the kallsyms of 6.1, 6.12 and 6.12-rt), each with the packet
`skb` at the same position in both of its functions:
- receive: ip_local_deliver(skb) and ip6_input(skb), a packet for this host, its
  IP header checked (fragments are each seen before reassembly).
- send: ip_finish_output(net, sk, skb) and ip6_finish_output(net, sk, skb), a packet
  with its whole IP header (total length and checksum written by ip_local_out())
  on its way to the device, after the netfilter output hooks.

The arguments, all from the skb: args[1] csinfo_t of skb->sk (0 for a packet no
socket owns), args[2] ipinfo_t of the IP header, args[3] ifinfo_t of skb->dev,
args[4] ipv4info_t and args[5] ipv6info_t of the header (DTrace's is NULL for the
other version: its members read 0 and "<null>", as ip.d's translators give a NULL
header). args[0] is pktinfo_t, as the tcp provider's. ipv6_src and ipv6_dst, ip.d's
in6_addr_t pointers, are the header's addresses (0 for an IPv4 packet, as NULL):
inet_ntoa6() and inet_ntop(AF_INET6, ...) read them.
"""

from __future__ import annotations

from xtrace.ir import nodes as ir
from xtrace.ir.byteorder import byte_swap
from xtrace.ir.loc import Loc

from .tcpprovider import _AF_INET, _AF_INET6, _addr_of, _csinfo, _header, _ipinfo_of_header, \
    _ntohs, _ntop, _str, pktinfo
from .translators import Arg, Build, Struct, _arg, _bin, _call, _cond, _int, _mem, _uintptr

KFUNCS = {
    "receive": ("ip_local_deliver", "ip6_input"),
    "send": ("ip_finish_output", "ip6_finish_output"),
}

# ip.d's protocol numbers (the tcp provider has some of them too)
IPPROTO = {
    "IPPROTO_IP": 0, "IPPROTO_ICMP": 1, "IPPROTO_IGMP": 2, "IPPROTO_IPIP": 4, "IPPROTO_TCP": 6,
    "IPPROTO_EGP": 8, "IPPROTO_PUP": 12, "IPPROTO_UDP": 17, "IPPROTO_IDP": 22, "IPPROTO_TP": 29,
    "IPPROTO_DCCP": 33, "IPPROTO_IPV6": 41, "IPPROTO_RSVP": 46, "IPPROTO_GRE": 47,
    "IPPROTO_ESP": 50, "IPPROTO_AH": 51, "IPPROTO_OSPF": 89, "IPPROTO_MTP": 92,
    "IPPROTO_BEETPH": 94, "IPPROTO_ENCAP": 98, "IPPROTO_PIM": 103, "IPPROTO_COMP": 108,
    "IPPROTO_SCTP": 132, "IPPROTO_UDPLITE": 136, "IPPROTO_RAW": 255, "IPPROTO_MAX": 256,
    "IPPROTO_HOPOPTS": 0, "IPPROTO_ROUTING": 43, "IPPROTO_FRAGMENT": 44, "IPPROTO_ICMPV6": 58,
    "IPPROTO_NONE": 59, "IPPROTO_DSTOPTS": 60, "IPPROTO_MH": 135,
}
CONSTANTS: dict[str, int] = {**IPPROTO, "TCP_MIN_HEADER_LENGTH": 20}

_IFINFO = frozenset({"if_name", "if_local", "if_ipstack", "if_addr"})
_IPV4INFO = frozenset({
    "ipv4_ver", "ipv4_ihl", "ipv4_tos", "ipv4_length", "ipv4_ident", "ipv4_flags",
    "ipv4_offset", "ipv4_ttl", "ipv4_protocol", "ipv4_protostr", "ipv4_checksum", "ipv4_src",
    "ipv4_dst", "ipv4_saddr", "ipv4_daddr", "ipv4_hdr"})
_IPV6INFO = frozenset({
    "ipv6_ver", "ipv6_tclass", "ipv6_flow", "ipv6_plen", "ipv6_nexthdr", "ipv6_nextstr",
    "ipv6_hlim", "ipv6_src", "ipv6_dst", "ipv6_saddr", "ipv6_daddr", "ipv6_hdr"})
_LACK = "xtrace's ip provider reads the packet's IP header and device"

# ip.d's names of the protocols, in its order of tests; any other is its number
_PROTO_NAMES = [("TCP", "TCP"), ("UDP", "UDP"), ("IP", "IP"), ("ICMP", "ICMP"), ("IGMP", "IGMP"),
                ("EGP", "EGP"), ("IPV6", "IPv6"), ("ROUTING", "ROUTE"), ("ESP", "ESP"),
                ("AH", "AH"), ("ICMPV6", "ICMPv6"), ("OSPF", "OSPF"), ("SCTP", "SCTP"),
                ("RAW", "RAW")]


def _proto_string(proto: Build) -> Build:
    """ip.d's ipv4_protostr / ipv6_nextstr of protocol number `proto`."""
    def build(loc: Loc) -> ir.Expr:
        value: ir.Expr = ir.Call("lltostr", [proto(loc)], loc=loc)
        for name, text in reversed(_PROTO_NAMES):
            test = ir.Binary("==", proto(loc), ir.IntLit(IPPROTO[f"IPPROTO_{name}"],
                                                         name=f"IPPROTO_{name}", loc=loc), loc=loc)
            value = ir.Ternary(test, ir.StrLit(text, loc=loc), value, loc=loc)
        return value
    return build


def _of_version(skb: Build, version: int, members: dict[str, Build],
                nulls: dict[str, Build]) -> dict[str, Build]:
    """`members`, each read when the packet is of IP `version`, else 0 or its `nulls`
    value (DTrace's args[4] / args[5] is NULL for a packet of the other version)."""
    ver = _mem(_header(skb, "network_header", "struct iphdr *"), "version")
    is_it = _bin("==", ver, _int(version))
    return {m: _cond(is_it, b, nulls.get(m, _int(0))) for m, b in members.items()}


def _ipv4info(skb: Build) -> Struct:
    h = _header(skb, "network_header", "struct iphdr *")
    frag = _ntohs(_mem(h, "frag_off"))
    null = _str("<null>")
    return Struct("ipv4info_t *", _of_version(skb, 4, {
        "ipv4_ver": _int(4),
        "ipv4_ihl": _bin("<<", _mem(h, "ihl"), _int(2)),
        "ipv4_tos": _mem(h, "tos"),
        "ipv4_length": _ntohs(_mem(h, "tot_len")),
        "ipv4_ident": _ntohs(_mem(h, "id")),
        "ipv4_flags": _bin(">>", frag, _int(12)),
        "ipv4_offset": _bin("&", frag, _int(0x0FFF)),
        "ipv4_ttl": _mem(h, "ttl"),
        "ipv4_protocol": _mem(h, "protocol"),
        "ipv4_protostr": _proto_string(_mem(h, "protocol")),
        "ipv4_checksum": _ntohs(_mem(h, "check")),
        "ipv4_src": _mem(h, "saddr"),
        "ipv4_dst": _mem(h, "daddr"),
        "ipv4_saddr": _ntop(_AF_INET, _addr_of(h, "saddr")),
        "ipv4_daddr": _ntop(_AF_INET, _addr_of(h, "daddr")),
        "ipv4_hdr": _uintptr(h),
    }, {"ipv4_protostr": null, "ipv4_saddr": null, "ipv4_daddr": null}), _IPV4INFO, _LACK)


def _ipv6info(skb: Build) -> Struct:
    h = _header(skb, "network_header", "struct ipv6hdr *")
    # the first word: version (4 bits), traffic class (8), flow label (20)
    word = lambda loc: byte_swap(_call("kernel_read", _uintptr(h), _int(4))(loc), 32, loc)  # noqa: E731
    null = _str("<null>")
    return Struct("ipv6info_t *", _of_version(skb, 6, {
        "ipv6_ver": _int(6),
        "ipv6_tclass": _bin("&", _bin(">>", word, _int(20)), _int(0xFF)),
        "ipv6_flow": _bin("&", word, _int(0xFFFFF)),
        "ipv6_plen": _ntohs(_mem(h, "payload_len")),
        "ipv6_nexthdr": _mem(h, "nexthdr"),
        "ipv6_nextstr": _proto_string(_mem(h, "nexthdr")),
        "ipv6_hlim": _mem(h, "hop_limit"),
        "ipv6_src": _uintptr(_addr_of(h, "saddr")),
        "ipv6_dst": _uintptr(_addr_of(h, "daddr")),
        "ipv6_saddr": _ntop(_AF_INET6, _addr_of(h, "saddr")),
        "ipv6_daddr": _ntop(_AF_INET6, _addr_of(h, "daddr")),
        "ipv6_hdr": _uintptr(h),
    }, {"ipv6_nextstr": null, "ipv6_saddr": null, "ipv6_daddr": null}), _IPV6INFO, _LACK)


def _ifinfo(skb: Build) -> Struct:
    """ifinfo_t of the packet's device (ip.d's translator; no device: "<unknown>",
    delivered locally)."""
    dev = _mem(skb, "dev")
    return Struct("ifinfo_t *", {
        "if_name": _cond(dev, _mem(dev, "name"), _str("<unknown>")),
        "if_local": _bin("==", dev, _int(0)),
        "if_ipstack": _cond(dev, _uintptr(_mem(dev, "nd_net", "net")), _int(0)),
        "if_addr": _uintptr(dev),
    }, _IFINFO, _LACK)


def _args(skb: Build) -> dict[int, Arg]:
    return {0: pktinfo(), 1: _csinfo(_mem(skb, "sk")), 2: _ipinfo_of_header(skb), 3: _ifinfo(skb),
            4: _ipv4info(skb), 5: _ipv6info(skb)}


# (every function behind these probes names its packet skb)
ARGS: dict[str, dict[int, Arg]] = {"ip:::receive": _args(_arg("skb")), "ip:::send": _args(_arg("skb"))}

