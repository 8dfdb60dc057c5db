"""The network probe manager on Linux: `@@net:tcp:EVENT`.

AIX's network probe manager (AIX 7.2 TL5) has two kinds of probes: packet
probes, `@@net:bpf:INTERFACE:PROTOCOL:"tcpdump filter"`, which run a BPF filter
over every packet of an interface, and protocol events (`@@net:tcp:...`,
`@@net:udp:...`). Linux tracepoints report two of the TCP events with the same
facts: a connection's state change (`sock:inet_sock_set_state`) and a
retransmission (`tcp:tcp_retransmit_skb`). The others, and BPF packet filters,
are refused with the nearest Linux probe.

`__proto_info` reads the tracepoint's `struct sock *sk`: ports in host order,
and the states as AIX numbers them (BSD's TCPS_* values: CLOSED 0, LISTEN 1,
SYN_SENT 2, SYN_RECEIVED 3, ESTABLISHED 4, CLOSE_WAIT 5, FIN_WAIT_1 6,
CLOSING 7, LAST_ACK 8, FIN_WAIT_2 9, TIME_WAIT 10), translated from Linux's
TCP_* numbers so that a script's comparisons keep their meaning.
"""

from __future__ import annotations

from typing import Callable

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc

IPPROTO_TCP = 6

# AIX TCP event -> Linux tracepoint.
TCP_EVENTS: dict[str, str] = {
    "state_change": "sock:inet_sock_set_state",
    "retransmit": "tcp:tcp_retransmit_skb",
}

# Other AIX net probes and the Linux probe nearest to each.
NEAREST: dict[str, str] = {
    "bpf": "the net:net_dev_xmit and net:netif_receive_skb tracepoints (they take no tcpdump "
           "filter: test the packet in the action block)",
    "tcp:send_buf_full": "the sock:sock_exceed_buf_limit tracepoint",
    "tcp:recv_buf_full": "the sock:sock_rcvqueue_full tracepoint",
    "tcp:listen_q_full": "the kernel function tcp_v4_syn_recv_sock (ListenOverflows in /proc/net/netstat)",
    "tcp:rtt": "the tcp:tcp_probe tracepoint (srtt)",
    "udp:sock_recv_buf_overflow": "the udp:udp_fail_queue_rcv_skb tracepoint",
}

# Linux TCP_* state -> AIX (BSD) TCPS_* number.
LINUX_TO_AIX_STATE: dict[int, int] = {
    1: 4,   # ESTABLISHED
    2: 2,   # SYN_SENT
    3: 3,   # SYN_RECV
    4: 6,   # FIN_WAIT1
    5: 9,   # FIN_WAIT2
    6: 10,  # TIME_WAIT
    7: 0,   # CLOSE
    8: 5,   # CLOSE_WAIT
    9: 8,   # LAST_ACK
    10: 1,  # LISTEN
    11: 7,  # CLOSING
}


def _sk(at: Loc) -> ir.Expr:
    return ir.ProbeArg("sk", loc=at)


def _common(member: str, at: Loc) -> ir.Expr:
    return ir.KernelMember(_sk(at), ["__sk_common", member], loc=at)


def _ntohs(e: ir.Expr, at: Loc) -> ir.Expr:
    lo = ir.Binary("<<", ir.Binary("&", e, ir.IntLit(0xFF, loc=at), loc=at), ir.IntLit(8, loc=at), loc=at)
    hi = ir.Binary("&", ir.Binary(">>", e, ir.IntLit(8, loc=at), loc=at), ir.IntLit(0xFF, loc=at), loc=at)
    return ir.Binary("|", lo, hi, loc=at)


def _aix_state(e: ir.Expr, at: Loc) -> ir.Expr:
    """Linux's state number as AIX numbers it (unknown numbers stay as they are)."""
    out: ir.Expr = e
    for linux, aix in sorted(LINUX_TO_AIX_STATE.items(), reverse=True):
        test = ir.Binary("==", e, ir.IntLit(linux, loc=at), loc=at)
        out = ir.Ternary(test, ir.IntLit(aix, loc=at), out, loc=at)
    return out


def _state_arg(name: str) -> Callable[[str, Loc], ir.Expr]:
    def get(event: str, at: Loc) -> ir.Expr:
        if event != "state_change":
            return _aix_state(_common("skc_state", at), at)
        return _aix_state(ir.ProbeArg(name, loc=at), at)
    return get


# `__proto_info->MEMBER` -> its Linux value, given the clause's event.
PROTO_INFO: dict[str, Callable[[str, Loc], ir.Expr]] = {
    "local_port": lambda ev, at: _common("skc_num", at),
    "remote_port": lambda ev, at: _ntohs(_common("skc_dport", at), at),
    "old_state": _state_arg("oldstate"),
    "new_state": _state_arg("newstate"),
}
PROTO_INFO_NEAREST: dict[str, str] = {
    "local_addr": "none yet: printf's %I (IP addresses) is not supported",
    "remote_addr": "none yet: printf's %I (IP addresses) is not supported",
}


def lower(fields, loc: Loc, fail) -> tuple[str, list[ir.Expr], str]:
    """(tracepoint, conditions, event) for the fields of an `@@net` tuple."""
    kind = fields[1].text if len(fields) > 1 else ""
    if kind == "bpf":
        raise fail("net probes with BPF packet filters ('@@net:bpf') have no Linux equivalent in "
                   f"xtrace; the nearest Linux probes are {NEAREST['bpf']}", fields[1].loc)
    if kind not in ("tcp", "udp"):
        raise fail(f"unknown net probe type '{kind}' (xtrace maps @@net:tcp:"
                   f"{'|'.join(TCP_EVENTS)})", fields[1].loc if len(fields) > 1 else loc)
    if len(fields) != 3:
        raise fail(f"@@net:{kind} takes 3 fields (@@net:{kind}:EVENT), found {len(fields)}")
    event = fields[2].text
    key = f"{kind}:{event}"
    if key in NEAREST:
        raise fail(f"the net event '{key}' has no Linux equivalent in xtrace; the nearest Linux "
                   f"probe is {NEAREST[key]}", fields[2].loc)
    if kind != "tcp" or event not in TCP_EVENTS:
        raise fail(f"unknown net event '{key}' (xtrace maps "
                   f"{', '.join('tcp:' + e for e in TCP_EVENTS)})", fields[2].loc)
    conds: list[ir.Expr] = []
    if event == "state_change":  # inet_sock_set_state also fires for DCCP and SCTP sockets
        proto = ir.KernelMember(_sk(loc), ["sk_protocol"], loc=loc)
        conds.append(ir.Binary("==", proto, ir.IntLit(IPPROTO_TCP, loc=loc), loc=loc))
    return TCP_EVENTS[event], conds, event
