"""DTrace's tcp provider on Linux: its probes, their translated arguments and tcp.d's
inlines, as Oracle's dtrace-utils defines them (libdtrace/dt_prov_tcp.c, dlibs' tcp.d,
ip.d and net.d).

Each probe is the kernel point dtrace-utils puts it on (checked in the kallsyms of
6.1, 6.12 and 6.12-rt):
- state-change: the sock:inet_sock_set_state tracepoint, for TCP sockets only (it
  also fires for DCCP and SCTP). It fires before sk_state changes, so the old state
  (args[5]) is the tracepoint's oldstate, the new one (args[3]->tcps_state) its
  newstate. As dtrace-utils, two kernel functions add what the tracepoint misses:
  tcp_time_wait(sk, state, timeo) (Linux moves a connection into TIME_WAIT on a
  separate timewait socket; the tracepoint sees the original one go to CLOSED
  after it), its new state `state`, its old one the socket's; and
  inet_csk_clone_lock(sk, req, priority) for SYN_RECEIVED, of the request `req`
  (before 6.14 the tracepoint fires on the new socket before its ports and
  addresses are copied from the request: the tracepoint's SYN_RECEIVED is left
  out). Each function's arguments are its own (point_key): a clause on
  state-change is lowered once per point. The old state of SYN_RECEIVED is the
  request's, TCP_NEW_SYN_RECV (12, which tcp_state_string[] calls "<unknown>"),
  as dtrace-utils' tcplsinfo_t reads it; its local port is the request's
  (dtrace-utils reads inet_sport past the end of a request socket).
- connect-request: ip_queue_xmit(sk, skb, fl), and ip6_xmit(sk, skb, ...) for IPv6,
  of a socket in SYN_SENT (the SYN).
- connect-established: tcp_finish_connect(sk, skb), the SYN-ACK received.
- accept-established: tcp_init_transfer(sk, bpf_op, skb) with bpf_op
  BPF_SOCK_OPS_PASSIVE_ESTABLISHED_CB (the handshake's last ACK on the listener's
  side; dtrace-utils reads it with rawfbt, as xtrace's kprobe does).
- send: ip_queue_xmit() and ip6_xmit() (a connection's segments, before their IP
  header), and ip_build_and_send_pkt(skb, sk, ...), a listener's SYN-ACK (IPv4's;
  IPv6's goes through ip6_xmit), its socket the listener.
- receive: tcp_rcv_established(sk, skb) and tcp_rcv_state_process(sk, skb), one of
  which every segment reaching a socket passes, and tcp_v4_send_reset(sk, skb), a
  segment answered by a reset (sk NULL when it reaches no socket).
- accept-refused: tcp_v4_send_reset(sk, skb) and tcp_v6_send_reset(sk, skb), a
  reset answering segment skb (dtrace-utils tests neither the segment nor sk: a SYN
  to a port nobody listens on, and any other reset). With sk NULL, tcpsinfo_t's
  ports and addresses are the segment's, as tcp.d's translator falls back to.
- connect-refused: tcp_reset(sk, skb) of a socket in SYN_SENT (the RST answering
  its SYN).
A point whose parameters are not at its probe's other points' positions (send's
ip_build_and_send_pkt) or whose arguments differ (receive's tcp_v4_send_reset) is
keyed apart (point_key): a clause on it is lowered once for it.
dtrace-utils also puts send on ip_send_unicast_reply() (a reset or ACK for no
socket, its TCP header in an ip_reply_arg, not the skb); xtrace does not.

The arguments: args[1] csinfo_t and args[3] tcpsinfo_t from the socket, args[2]
ipinfo_t from the IP header of an inbound packet, else from the socket (the local
address the source of an outbound packet, ip_plength the skb's length), args[4]
tcpinfo_t from the TCP header, args[5] tcplsinfo_t (state-change). args[0],
pktinfo_t, of all but state-change: its one member, pkt_addr, is 0 (NULL), as net.d
keeps it for packet IDs the kernel does not have. arg0 ... arg5 are the kernel
point's own arguments (the socket first, where dtrace-utils has the skb).
"""

from __future__ import annotations

from typing import Callable, Optional

from xtrace.ir import nodes as ir
from xtrace.ir.byteorder import byte_swap
from xtrace.ir.loc import Loc
from xtrace.ir.types import INT32, STRING, Type

from . import translators as _translators
from .translators import Arg, Build, Struct, _arg, _bin, _call, _cond, _int, _mem, _uintptr

# provider probe -> the tracepoint / kernel functions it is (probes.py reads these)
TRACEPOINTS = {"state-change": "sock:inet_sock_set_state"}
KFUNCS = {
    "state-change": ("tcp_time_wait", "inet_csk_clone_lock"),  # beside the tracepoint
    "connect-request": ("ip_queue_xmit", "ip6_xmit"),
    "connect-established": ("tcp_finish_connect",),
    "accept-established": ("tcp_init_transfer",),
    "send": ("ip_queue_xmit", "ip6_xmit", "ip_build_and_send_pkt"),
    "receive": ("tcp_rcv_established", "tcp_rcv_state_process", "tcp_v4_send_reset"),
    "accept-refused": ("tcp_v4_send_reset", "tcp_v6_send_reset"),
    "connect-refused": ("tcp_reset",),
}
# which hits are the probe (ir.ProbePoint.when; backend_c.codegen.SITE_CHECKS)
WHEN = {
    "tcp:::state-change": "tcp_socket",
    # (the two functions are TCP's; dtrace-utils tests neither socket)
    "tcp:::state-change@tcp_time_wait": "",
    "tcp:::state-change@inet_csk_clone_lock": "",
    "tcp:::connect-request": "tcp_syn_sent",
    "tcp:::accept-established": "tcp_passive_established",
    "tcp:::connect-refused": "tcp_syn_sent",  # (tcp_reset also ends connections)
}
# the probes dtrace-utils has that xtrace does not yet, and the nearest point
NOT_YET: dict[str, str] = {}

# tcp.d's TCP_STATE_* (Linux's own numbers, include/net/tcp_states.h) and TH_* flags
STATES = {
    "TCP_STATE_IDLE": 0, "TCP_STATE_ESTABLISHED": 1, "TCP_STATE_SYN_SENT": 2,
    "TCP_STATE_SYN_RECEIVED": 3, "TCP_STATE_FIN_WAIT_1": 4, "TCP_STATE_FIN_WAIT_2": 5,
    "TCP_STATE_TIME_WAIT": 6, "TCP_STATE_CLOSED": 7, "TCP_STATE_CLOSE_WAIT": 8,
    "TCP_STATE_LAST_ACK": 9, "TCP_STATE_LISTEN": 10, "TCP_STATE_CLOSING": 11,
}
CONSTANTS: dict[str, int] = {
    **STATES,
    "TH_FIN": 0x01, "TH_SYN": 0x02, "TH_RST": 0x04, "TH_PSH": 0x08, "TH_ACK": 0x10,
    "TH_URG": 0x20, "TH_ECE": 0x40, "TH_CWR": 0x80,
    "IPPROTO_IP": 0, "IPPROTO_ICMP": 1, "IPPROTO_TCP": 6, "IPPROTO_UDP": 17,
    "IPPROTO_IPV6": 41, "IPPROTO_ICMPV6": 58,
    "NET_PROBE_OUTBOUND": 0, "NET_PROBE_INBOUND": 1, "NET_PROBE_STATE": 2,
}
_AF_INET, _AF_INET6 = 2, 10
_UINT8 = Type("int", 8, False)

# ----------------------------------------------------------- tcp_state_string[]

STATE_STRING = "tcp_state_string"
# tcp.d's order of tests; a state it does not name is "<unknown>"
_STATE_TEXT = [("CLOSED", "state-closed"), ("IDLE", "state-idle"), ("LISTEN", "state-listen"),
               ("SYN_SENT", "state-syn-sent"), ("SYN_RECEIVED", "state-syn-received"),
               ("ESTABLISHED", "state-established"), ("CLOSE_WAIT", "state-close-wait"),
               ("FIN_WAIT_1", "state-fin-wait-1"), ("CLOSING", "state-closing"),
               ("LAST_ACK", "state-last-ack"), ("FIN_WAIT_2", "state-fin-wait-2"),
               ("TIME_WAIT", "state-time-wait")]


def state_string_function(loc: Loc) -> ir.Function:
    """tcp.d's `inline string tcp_state_string[int state]`, as the function a script's
    own parameterized inline lowers to (frontends/d/lower.py _param_inline)."""
    value: ir.Expr = ir.StrLit("<unknown>", loc=loc)
    for name, text in reversed(_STATE_TEXT):
        test = ir.Binary("==", ir.Var("state", "local", loc=loc, type=INT32),
                         ir.IntLit(STATES[f"TCP_STATE_{name}"], name=f"TCP_STATE_{name}", loc=loc),
                         loc=loc)
        value = ir.Ternary(test, ir.StrLit(text, loc=loc), value, loc=loc)
    return ir.Function(STATE_STRING, [ir.Param("state", INT32)],
                       ir.Block([ir.Return(value, loc=loc)]), ret=STRING, loc=loc)


# ------------------------------------------------------------------ arguments

_CSINFO = frozenset({"cs_addr", "cs_cid", "cs_pid", "cs_zoneid"})
_IPINFO = frozenset({"ip_ver", "ip_plength", "ip_saddr", "ip_daddr"})
_TCPINFO = frozenset({"tcp_sport", "tcp_dport", "tcp_seq", "tcp_ack", "tcp_offset",
                      "tcp_flags", "tcp_window", "tcp_checksum", "tcp_urgent", "tcp_hdr"})
_TCPSINFO = frozenset({
    "tcps_addr", "tcps_local", "tcps_active", "tcps_lport", "tcps_rport", "tcps_laddr",
    "tcps_raddr", "tcps_state", "tcps_iss", "tcps_irs", "tcps_suna", "tcps_snxt", "tcps_rack",
    "tcps_rnxt", "tcps_swnd", "tcps_snd_ws", "tcps_rwnd", "tcps_rcv_ws", "tcps_cwnd",
    "tcps_cwnd_ssthresh", "tcps_sack_fack", "tcps_sack_snxt", "tcps_rto", "tcps_mss",
    "tcps_retransmit", "tcps_rtt", "tcps_rtt_sd",
})
_LACK = "xtrace's tcp provider reads the socket's addresses, ports, state and windows"


def _ntohs(v: Build) -> Build:
    return lambda loc: byte_swap(v(loc), 16, loc)


def _ntohl(v: Build) -> Build:
    return lambda loc: byte_swap(v(loc), 32, loc)


def _cast(v: Build, ctype: str) -> Build:
    return lambda loc: ir.KernelCast(v(loc), ctype, loc=loc)


def _addr_of(base: Build, *path: str) -> Build:
    return lambda loc: ir.KernelMember(base(loc), list(path), addr_of=True, loc=loc)


def _str(s: str) -> Build:
    return lambda loc: ir.StrLit(s, loc=loc)


def _ntop(family: int, addr: Build) -> Build:
    return _call("inet_ntop", _int(family), addr)


def _by_family(family: Build, v4: Build, v6: Build) -> Build:
    """The IPv4 reading, the IPv6 one, or "<unknown>" (as tcp.d's translators)."""
    return _cond(_bin("==", family, _int(_AF_INET)), v4,
                 _cond(_bin("==", family, _int(_AF_INET6)), v6, _str("<unknown>")))


def _sock_addr(sk: Build, v4: str, v6: str) -> Build:
    common = _cast(sk, "struct sock *")
    return _by_family(_mem(common, "__sk_common", "skc_family"),
                      _ntop(_AF_INET, _addr_of(common, "__sk_common", v4)),
                      _ntop(_AF_INET6, _addr_of(common, "__sk_common", v6)))


def pktinfo() -> Struct:
    """args[0] of a packet's probe: net.d's pktinfo_t, whose pkt_addr dtrace-utils
    leaves NULL (kept for packet IDs the kernel may one day have)."""
    return Struct("pktinfo_t *", {"pkt_addr": _int(0)}, frozenset({"pkt_addr"}), _LACK)


def _csinfo(sk: Build) -> Struct:
    return Struct("csinfo_t *", {"cs_addr": _uintptr(sk), "cs_cid": _uintptr(sk)}, _CSINFO,
                  "dtrace-utils' csinfo_t has cs_addr and cs_cid only")


def _tcpsinfo(sk: Build, state: Build, remote: Optional[Build] = None,
              request: bool = False) -> Struct:
    """tcpsinfo_t of socket `sk` (tcp.d's translator), its tcps_state `state`; a
    socket with no remote port (a listener sending a SYN-ACK) has the packet's,
    `remote`, where the probe has a packet. A `request` socket (a passive open's
    before its socket exists) has only the sock_common part: its local port is
    skc_num."""
    tp = _cast(sk, "struct tcp_sock *")
    common = lambda *p: _mem(_cast(sk, "struct sock *"), "__sk_common", *p)  # noqa: E731
    sport = _mem(_cast(sk, "struct inet_sock *"), "inet_sport")
    rport = _ntohs(common("skc_dport"))
    return Struct("tcpsinfo_t *", {
        "tcps_addr": _uintptr(sk),
        # a socket not yet bound to a port (connect's SYN_SENT) has its number in skc_num
        "tcps_lport": common("skc_num") if request else _cond(sport, _ntohs(sport), common("skc_num")),
        "tcps_rport": rport if remote is None else _cond(common("skc_dport"), rport, remote),
        "tcps_laddr": _sock_addr(sk, "skc_rcv_saddr", "skc_v6_rcv_saddr"),
        "tcps_raddr": _sock_addr(sk, "skc_daddr", "skc_v6_daddr"),
        # (an IPv6 connection's is not compared: 0, where tcp.d compares the words)
        "tcps_local": _cond(_bin("==", common("skc_family"), _int(_AF_INET)),
              _bin("==", common("skc_rcv_saddr"), common("skc_daddr")), _int(0)),
        "tcps_state": state,
        "tcps_suna": _mem(tp, "snd_una"),
        "tcps_snxt": _mem(tp, "snd_nxt"),
        "tcps_rnxt": _mem(tp, "rcv_nxt"),
        "tcps_swnd": _mem(tp, "snd_wnd"),
        "tcps_rwnd": _mem(tp, "rcv_wnd"),
        "tcps_cwnd": _mem(tp, "snd_cwnd"),
        "tcps_cwnd_ssthresh": _mem(tp, "snd_ssthresh"),
        "tcps_mss": _mem(tp, "mss_cache"),
        "tcps_rto": _mem(tp, "inet_conn", "icsk_rto"),
        # srtt_us holds 8 times the smoothed RTT, mdev_us 4 times its deviation (us)
        "tcps_rtt": _bin("/", _bin(">>", _mem(tp, "srtt_us"), _int(3)), _int(1000)),
        "tcps_rtt_sd": _bin("/", _bin(">>", _mem(tp, "mdev_us"), _int(2)), _int(1000)),
        "tcps_iss": _bin("-", _mem(tp, "snd_una"), _mem(tp, "bytes_acked")),
    }, _TCPSINFO, _LACK)


def _header(skb: Build, offset: str, ctype: str) -> Build:
    """skb->head + skb->network_header / transport_header, as a `ctype` pointer."""
    return _cast(_bin("+", _mem(skb, "head"), _mem(skb, offset)), ctype)


def _tcpinfo(skb: Build) -> Struct:
    th = _header(skb, "transport_header", "struct tcphdr *")
    # the flags byte, 13 bytes in (struct tcphdr has them as bitfields), as tcp.d reads it
    flags = _call("kernel_read", _bin("+", _uintptr(th), _int(13)), _int(1))
    doff = _mem(th, "doff")
    return Struct("tcpinfo_t *", {
        "tcp_sport": _ntohs(_mem(th, "source")),
        "tcp_dport": _ntohs(_mem(th, "dest")),
        "tcp_seq": _ntohl(_mem(th, "seq")),
        "tcp_ack": _ntohl(_mem(th, "ack_seq")),
        "tcp_offset": _bin("<<", doff, _int(2)),
        "tcp_flags": lambda loc: ir.Cast(_UINT8, flags(loc), spelling="uint8_t", loc=loc),
        "tcp_window": _ntohs(_mem(th, "window")),
        "tcp_checksum": _ntohs(_mem(th, "check")),
        "tcp_urgent": _ntohs(_mem(th, "urg_ptr")),
        "tcp_hdr": _uintptr(th),
    }, _TCPINFO, _LACK)


def _by_version(skb: Build, v4: Callable[[Build], Build], v6: Callable[[Build], Build],
                other: Build) -> Build:
    """`v4` of the packet's IPv4 header, `v6` of its IPv6 one, else `other` (by the
    version in the header's first nibble, as ip.d's void_ip_t translator)."""
    ip4 = _header(skb, "network_header", "struct iphdr *")
    ip6 = _header(skb, "network_header", "struct ipv6hdr *")
    version = _mem(ip4, "version")
    return _cond(_bin("==", version, _int(4)), v4(ip4),
                 _cond(_bin("==", version, _int(6)), v6(ip6), other))


def _packet_addr(skb: Build, field: str) -> Build:
    """The packet's source or destination address (`field` saddr / daddr), as a string."""
    return _by_version(skb, lambda h: _ntop(_AF_INET, _addr_of(h, field)),
                       lambda h: _ntop(_AF_INET6, _addr_of(h, field)), _str("<unknown>"))


def _ipinfo_of_header(skb: Build) -> Struct:
    """ipinfo_t of a packet's IP header (ip.d's void_ip_t translator)."""
    return Struct("ipinfo_t *", {
        "ip_ver": _mem(_header(skb, "network_header", "struct iphdr *"), "version"),
        "ip_plength": _by_version(
            skb, lambda h: _bin("-", _ntohs(_mem(h, "tot_len")), _bin("<<", _mem(h, "ihl"), _int(2))),
            lambda h: _ntohs(_mem(h, "payload_len")), _int(0)),
        "ip_saddr": _packet_addr(skb, "saddr"),
        "ip_daddr": _packet_addr(skb, "daddr"),
    }, _IPINFO, _LACK)


def _ipinfo_of_socket(sk: Build, skb: Optional[Build] = None) -> Struct:
    """ipinfo_t of an outbound packet not yet given its IP header (ip.d's
    __dtrace_tcp_void_ip_t translator): the socket's local address is the source.
    Its payload length is what the IP header will say, the skb's length (the TCP
    header and data), as the DTrace guide defines ip_plength and as receive's header
    gives it. (ip.d reads tcp_skb_cb's end_seq - seq instead, which
    __tcp_transmit_skb() has cleared by ip_queue_xmit(): 0 on 6.1 and 6.12.)"""
    family = _mem(_cast(sk, "struct sock *"), "__sk_common", "skc_family")
    length = {} if skb is None else {"ip_plength": _mem(skb, "len")}
    return Struct("ipinfo_t *", {
        **length,
        "ip_ver": _cond(_bin("==", family, _int(_AF_INET)), _int(4),
                        _cond(_bin("==", family, _int(_AF_INET6)), _int(6), _int(0))),
        "ip_saddr": _sock_addr(sk, "skc_rcv_saddr", "skc_v6_rcv_saddr"),
        "ip_daddr": _sock_addr(sk, "skc_daddr", "skc_v6_daddr"),
    }, _IPINFO, "an outbound SYN has no IP header yet: its payload length is not read")


def _sk_state(sk: Build) -> Build:
    return _mem(_cast(sk, "struct sock *"), "__sk_common", "skc_state")


def _socket_or_segment(sk: Build, skb: Build) -> Struct:
    """tcpsinfo_t of socket `sk`, which may be NULL (a reset answering a segment no
    socket takes): tcp.d's translator then reads the ports and addresses from the
    inbound segment `skb` (the local end its destination), and 0 the rest."""
    of_socket = _tcpsinfo(sk, _sk_state(sk))
    th = _header(skb, "transport_header", "struct tcphdr *")
    of_segment = {"tcps_lport": _ntohs(_mem(th, "dest")), "tcps_rport": _ntohs(_mem(th, "source")),
                  "tcps_laddr": _packet_addr(skb, "daddr"), "tcps_raddr": _packet_addr(skb, "saddr")}
    return Struct(of_socket.ctype, {m: _cond(sk, b, of_segment.get(m, _int(0)))
                                    for m, b in of_socket.members.items()},
                  of_socket.known, of_socket.lacking)


def _packet_args(sk: Build, skb: Build, ip: Struct, outbound: bool) -> dict[int, Arg]:
    th = _header(skb, "transport_header", "struct tcphdr *")
    remote = _ntohs(_mem(th, "dest" if outbound else "source"))
    return {0: pktinfo(), 1: _csinfo(sk), 2: ip, 3: _tcpsinfo(sk, _sk_state(sk), remote),
            4: _tcpinfo(skb)}


def _state_args(sk: Build, new: Build, old: Build, request: bool = False) -> dict[int, Arg]:
    """state-change's arguments: socket `sk` going from state `old` to `new`."""
    return {1: _csinfo(sk), 3: _tcpsinfo(sk, new, request=request),
            5: Struct("tcplsinfo_t *", {"tcps_state": old}, frozenset({"tcps_state"}), _LACK)}


def _reset_args(sk: Build, skb: Build) -> dict[int, Arg]:
    """The arguments of tcp_v4_send_reset(sk, skb) / tcp_v6_send_reset(): the inbound
    segment `skb` a reset answers, its socket `sk` NULL where none takes it."""
    return {0: pktinfo(), 1: _csinfo(sk), 2: _ipinfo_of_header(skb),
            3: _socket_or_segment(sk, skb), 4: _tcpinfo(skb)}


# (every function behind these probes names its socket sk and its packet skb)
_SK, _SKB = _arg("sk"), _arg("skb")
ARGS: dict[str, dict[int, Arg]] = {
    "tcp:::state-change": _state_args(_SK, _arg("newstate"), _arg("oldstate")),
    # (keyed by point_key: these functions' arguments are not the tracepoint's)
    "tcp:::state-change@tcp_time_wait": _state_args(_SK, _arg("state"), _sk_state(_SK)),
    "tcp:::state-change@inet_csk_clone_lock": _state_args(
        _arg("req"), _int(STATES["TCP_STATE_SYN_RECEIVED"]), _sk_state(_arg("req")), request=True),
    "tcp:::connect-request": _packet_args(_SK, _SKB, _ipinfo_of_socket(_SK, _SKB), True),
    "tcp:::connect-established": _packet_args(_SK, _SKB, _ipinfo_of_header(_SKB), False),
    "tcp:::accept-established": _packet_args(_SK, _SKB, _ipinfo_of_header(_SKB), False),
    "tcp:::send": _packet_args(_SK, _SKB, _ipinfo_of_socket(_SK, _SKB), True),
    "tcp:::receive": _packet_args(_SK, _SKB, _ipinfo_of_header(_SKB), False),
    # a listener's SYN-ACK: the same arguments, the socket second (a clause of its own)
    "tcp:::send@ip_build_and_send_pkt": _packet_args(_SK, _SKB, _ipinfo_of_socket(_SK, _SKB), True),
    # a reset of the segment `skb`, for socket `sk` or (NULL) none
    "tcp:::receive@tcp_v4_send_reset": _reset_args(_SK, _SKB),
    "tcp:::accept-refused": _reset_args(_SK, _SKB),
    # the RST a connecting socket receives
    "tcp:::connect-refused": _packet_args(_SK, _SKB, _ipinfo_of_header(_SKB), False),
}


def point_key(pt: ir.ProbePoint) -> str:
    """The provider probe point `pt` stands for, as ARGS and probes.PROVIDER_WHEN key
    it: its alias, or `alias@function` where that point's arguments are its own
    (state-change's tcp_time_wait and inet_csk_clone_lock beside its tracepoint; the
    udp provider's ip6_send_skb)."""
    own = f"{pt.alias}@{pt.name}"
    return own if own in _translators.PROBE_ARGS else pt.alias


def apart_by_probe(points: list[ir.ProbePoint]) -> list[list[ir.ProbePoint]]:
    """The points of a clause, as one group, or a group per provider probe when they
    are more than one probe of the tcp, udp or ip providers (ipproto.d's `ip:::send,
    ip:::receive`). Their arguments are each probe's own: tcp:::send's ipinfo_t comes
    from the socket, receive's from the IP header; ip:::receive's functions have the
    packet first, send's third, and one clause reads a parameter at one position in
    all its functions (ir/analysis.py kfunc_arg); udp's two probes test their hits
    apart, which a stap port says in each probe. The frontend lowers the clause once
    per group; each event is one probe's, so the clauses do what the one did. A
    probe whose points have arguments of their own (point_key) is a group per point."""
    keys = list(dict.fromkeys(point_key(pt) for pt in points))
    if len(keys) < 2 or not any(a.startswith(("tcp:::", "udp:::", "ip:::")) for a in keys):
        return [points]
    return [[pt for pt in points if point_key(pt) == key] for key in keys]


def rejoined(probes: list[ir.Probe]) -> list[ir.Probe]:
    """`probes` less the groups apart_by_probe made of a clause after the first of
    each provider probe: a D description (tcp:::send) stands for all of the probe's
    points again, so a printer writes one clause a probe (not one a group, each of
    which would fire for every point)."""
    seen: set[tuple[object, str]] = set()
    out = []
    for p in probes:
        keys = {(p.loc, pt.alias) for pt in p.points}
        if p.points and all(pt.alias for pt in p.points) and keys <= seen:
            continue
        seen |= keys
        out.append(p)
    return out


def not_yet(name: str) -> Optional[str]:
    """The nearest point of a tcp probe xtrace does not have, or None."""
    return NOT_YET.get(name)
