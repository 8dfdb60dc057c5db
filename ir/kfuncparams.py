"""The integer parameters of the kernel functions D's providers probe, by their C type.

A D provider argument read from a kernel function's parameter (tcp:::state-change at
tcp_time_wait: `args[3]->tcps_state` is its `int state`) is stap's `$state`, which
holds only values of that type: ir/narrow_values.py writes no conversion to it. The
types are the kernel's declarations (include/net/tcp.h, include/net/inet_connection_sock.h,
net/ipv4/tcp_input.c; alike in 6.1 and 6.12), of the functions frontends/d/tcpprovider.py,
udpprovider.py and ipprovider.py probe; a translation has no kernel's BTF to ask.
"""

from __future__ import annotations

# function -> {parameter: C type as ir/tpcasts.c_type writes it}
KERNEL_FUNCTION_PARAMS: dict[str, dict[str, str]] = {
    "tcp_time_wait": {"state": "int", "timeo": "int"},  # void tcp_time_wait(struct sock *sk, int state, int timeo)
    "tcp_init_transfer": {"bpf_op": "int"},  # void tcp_init_transfer(struct sock *sk, int bpf_op, struct sk_buff *skb)
    "tcp_set_state": {"state": "int"},  # void tcp_set_state(struct sock *sk, int state)
}
