"""stap's netfilter probes: `netfilter.hook("H").pf("PF")[.priority("P")]` (either order of
hook and pf), their context variables, and the netfilter.ip.* aliases of stap's
netfilter tapset.

The hook, protocol family and priority names are the kernel's constants
(include/uapi/linux/netfilter*.h), resolved here to their numbers, as stap's
tapset-netfilter does. stap -g lets any name through to the C compiler; xtrace
does too, but only when it is a C identifier, so a point can never inject C.
"""

from __future__ import annotations

import re
from typing import Callable, Optional, Union

from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc, XtraceError

from .literals import encode_string

Arg = Union[str, int, None]

_INET_HOOKS = {"PRE_ROUTING": 0, "LOCAL_IN": 1, "FORWARD": 2, "LOCAL_OUT": 3, "POST_ROUTING": 4}
_PRIORITIES = {"FIRST": -(1 << 31), "CONNTRACK_DEFRAG": -400, "RAW": -300, "SELINUX_FIRST": -225,
               "CONNTRACK": -200, "MANGLE": -150, "NAT_DST": -100, "FILTER": 0, "SECURITY": 50,
               "NAT_SRC": 100, "SELINUX_LAST": 225, "CONNTRACK_HELPER": 300,
               "CONNTRACK_CONFIRM": (1 << 31) - 1, "LAST": (1 << 31) - 1}

# protocol family -> (its number, its hook names, its priority names)
_FAMILIES: dict[str, tuple[int, dict[str, int], dict[str, int]]] = {
    "NFPROTO_IPV4": (2, {**{f"NF_INET_{h}": v for h, v in _INET_HOOKS.items()},
                         **{f"NF_IP_{h}": v for h, v in _INET_HOOKS.items()}},
                     {f"NF_IP_PRI_{p}": v for p, v in _PRIORITIES.items()}),
    "NFPROTO_IPV6": (10, {**{f"NF_INET_{h}": v for h, v in _INET_HOOKS.items()},
                          **{f"NF_IP6_{h}": v for h, v in _INET_HOOKS.items()}},
                     {f"NF_IP6_PRI_{p}": v for p, v in _PRIORITIES.items()}),
    "NFPROTO_ARP": (3, {"NF_ARP_IN": 0, "NF_ARP_OUT": 1, "NF_ARP_FORWARD": 2}, {}),
    "NFPROTO_BRIDGE": (7, {f"NF_BR_{h}": v for h, v in _INET_HOOKS.items()},
                       {f"NF_BR_PRI_{p}": v for p, v in (("FIRST", -(1 << 31)), ("NAT_DST_BRIDGED", -300),
                                                         ("FILTER_BRIDGED", -200), ("BRNF", 0),
                                                         ("NAT_DST_OTHER", 100),
                                                         ("FILTER_OTHER", 200), ("NAT_SRC", 300),
                                                         ("LAST", (1 << 31) - 1))}),
}
_NUMBERS = {num: name for name, (num, _, _) in _FAMILIES.items()}
_C_IDENT = re.compile(r"[A-Za-z_][A-Za-z0-9_]*")
_INT = re.compile(r"-?(0[xX][0-9a-fA-F]+|\d+)")


def netfilter_point(comps: list[tuple[str, Arg]], loc: Loc, source: str, guru: bool,
                    unsupported: Callable[[], XtraceError]) -> ir.ProbePoint:
    """The point of `netfilter` followed by `comps` (hook/pf in either order, then an
    optional priority): kind 'netfilter', name the hook, `pf` the family and
    `priority` the priority, each a number (or, with -g, a C constant's name)."""
    names = [n for n, _ in comps]
    if names not in (["hook", "pf"], ["pf", "hook"], ["hook", "pf", "priority"],
                     ["pf", "hook", "priority"]):
        raise unsupported()
    given = {n: a for n, a in comps}
    if any(a is None for a in given.values()):
        raise unsupported()

    def err(msg: str) -> XtraceError:
        return XtraceError(msg, loc, source, kind="semantic error")

    pf_text = str(given["pf"])
    family = _FAMILIES.get(pf_text)
    pf: Optional[str] = str(family[0]) if family else _number(pf_text, 0, 12)
    if family is None and pf is not None:  # a family given by number has its names too
        family = _FAMILIES.get(_NUMBERS.get(int(pf), ""))
    hooks = family[1] if family else {}
    hook_text = str(given["hook"])
    hook = str(hooks[hook_text]) if hook_text in hooks else _number(hook_text, 0, 4)
    prio_text = str(given.get("priority", "0"))
    prios = family[2] if family else {}
    prio = str(prios[prio_text]) if prio_text in prios else _number(prio_text, -(1 << 31), (1 << 31) - 1)
    if not guru:
        if prio is None:
            raise err(f'unsupported netfilter priority "{prio_text}" for protocol family '
                      f'"{pf_text}"; need stap -g')
        if pf is None:
            raise err(f'unsupported netfilter protocol family "{pf_text}"; need stap -g')
        if hook is None:
            raise err(f'unsupported netfilter hook "{hook_text}" for protocol family '
                      f'"{pf_text}"; need stap -g')
    for text, value in ((hook_text, hook), (pf_text, pf), (prio_text, prio)):
        if value is None and not _C_IDENT.fullmatch(text):
            raise err(f'netfilter constant "{text}" is neither a number nor a C identifier')
    spelling = ".".join(f"{n}({encode_string(a) if isinstance(a, str) else a})" for n, a in comps)
    return ir.ProbePoint("netfilter", hook if hook is not None else hook_text,
                         pf=pf if pf is not None else pf_text,
                         priority=prio if prio is not None else prio_text,
                         spelling=f"netfilter.{spelling}")


def _number(text: str, lo: int, hi: int) -> Optional[str]:
    """`text` as a decimal number string when it is an integer in [lo, hi], else None."""
    if not _INT.fullmatch(text.strip()):
        return None
    v = int(text.strip(), 0)
    return str(v) if lo <= v <= hi else None


# $var of a netfilter probe -> the IR builtin it reads (stap's tapset-netfilter names)
CONTEXT_VARS = {"$hooknum": "nf_hooknum", "$skb": "nf_skb", "$in": "nf_in", "$out": "nf_out",
                "$indev": "nf_in", "$outdev": "nf_out", "$indev_name": "nf_indev_name",
                "$outdev_name": "nf_outdev_name", "$okfn": "nf_okfn", "$verdict": "nf_verdict"}

VERDICT_NEEDS_GURU = "write to netfilter verdict requires guru mode; need stap -g"
PARAM_READ_ONLY = "write to netfilter parameter not permitted"


# an IPv6 packet's protocol, ports and TCP flags stay 0 (stap: "ipv4 only")
_ZERO_TCP = "".join(f"\t{v} = 0\n" for v in ("sport", "dport", "fin", "syn", "rst", "psh", "ack", "urg"))


def _alias(name: str, hook: str, family: str) -> str:
    v4 = family == "ipv4"
    pf = "NFPROTO_IPV4" if v4 else "NFPROTO_IPV6"
    common = f"""\
\tpf = "{family}"
\tfamily = {2 if v4 else 10}
\tindev = $indev
\toutdev = $outdev
\tindev_name = $indev_name
\toutdev_name = $outdev_name
\tlength = $skb->len
\tiphdr = $skb->head + $skb->network_header
\tnf_drop = 0
\tnf_accept = 1
\tnf_stolen = 2
\tnf_queue = 3
\tnf_repeat = 4
\tnf_stop = 5
\tipproto_tcp = 6
\tipproto_udp = 17
"""
    if v4:
        body = common + """\
\tprotocol = kernel_char(iphdr + 9) & 255
\tsaddr = __xt_nf_ip4(iphdr + 12)
\tdaddr = __xt_nf_ip4(iphdr + 16)
\tif (protocol == 6 || protocol == 17) {
\t\t__xt_th = iphdr + (kernel_char(iphdr) & 15) * 4
\t\tsport = __xt_nf_be16(__xt_th)
\t\tdport = __xt_nf_be16(__xt_th + 2)
\t}
\tif (protocol == 6) {
\t\t__xt_fl = kernel_char(__xt_th + 13) & 255
\t\tfin = __xt_fl & 1
\t\tsyn = (__xt_fl >> 1) & 1
\t\trst = (__xt_fl >> 2) & 1
\t\tpsh = (__xt_fl >> 3) & 1
\t\tack = (__xt_fl >> 4) & 1
\t\turg = (__xt_fl >> 5) & 1
\t}
"""
    else:
        body = common + """\
\tsaddr = __xt_nf_ip6(iphdr + 8)
\tdaddr = __xt_nf_ip6(iphdr + 24)
\tprotocol = 0
""" + _ZERO_TCP
    return (f'probe netfilter.{family}.{name} = netfilter.hook("NF_INET_{hook}").pf("{pf}") {{\n'
            f"{body}}}\n")


_HELPERS = """
function __xt_nf_be16:long (addr:long) {
\treturn ((kernel_char(addr) & 255) << 8) | (kernel_char(addr + 1) & 255)
}
function __xt_nf_ip4:string (addr:long) {
\treturn sprintf("%d.%d.%d.%d", kernel_char(addr) & 255, kernel_char(addr + 1) & 255,
\t\tkernel_char(addr + 2) & 255, kernel_char(addr + 3) & 255)
}
function __xt_nf_ip6:string (addr:long) {
\treturn sprintf("%x:%x:%x:%x:%x:%x:%x:%x", __xt_nf_be16(addr), __xt_nf_be16(addr + 2),
\t\t__xt_nf_be16(addr + 4), __xt_nf_be16(addr + 6), __xt_nf_be16(addr + 8),
\t\t__xt_nf_be16(addr + 10), __xt_nf_be16(addr + 12), __xt_nf_be16(addr + 14))
}
"""


def netfilter_library() -> str:
    """stap's netfilter tapset aliases: netfilter.ipv4.HOOK / netfilter.ipv6.HOOK, and
    netfilter.ip.HOOK on both (the IPv6 header has no protocol, ports or flags here:
    they stay 0, as stap documents them "ipv4 only")."""
    hooks = {"pre_routing": "PRE_ROUTING", "local_in": "LOCAL_IN", "forward": "FORWARD",
             "local_out": "LOCAL_OUT", "post_routing": "POST_ROUTING"}
    text = _HELPERS
    for name, hook in hooks.items():
        text += _alias(name, hook, "ipv4") + _alias(name, hook, "ipv6")
        text += f"probe netfilter.ip.{name} = netfilter.ipv4.{name}, netfilter.ipv6.{name} {{ }}\n"
    return text
