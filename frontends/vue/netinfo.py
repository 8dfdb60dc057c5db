"""IBM's `net_info_t` and `sockfd_netinfo(fd, n)`: the ports of a socket descriptor.

IBM's "net_info_t data type" page: `net_info_t { int local_port; int remote_port;
ip_addr_t local_addr; ip_addr_t remote_addr; }`, filled by `sockfd_netinfo(fd, n)`
and read with `n.local_port`. On Linux a socket descriptor's file holds the socket
as its private data, and the socket's struct sock holds the local port (skc_num,
host order) and the remote one (skc_dport, network order); a descriptor that is
not a socket gives 0 for both. The addresses (ip_addr_t, printed with %I) are not
supported yet."""

from __future__ import annotations

from xtrace.frontends.ctypes_common import CType, integer, lay_out
from xtrace.ir import nodes as ir
from xtrace.ir.loc import Loc
from xtrace.ir.types import INT32

NET_INFO_T = CType("struct", "net_info_t")
lay_out(NET_INFO_T, [("local_port", integer("int", INT32)), ("remote_port", integer("int", INT32))])

# members IBM's page lists that xtrace does not have: what to say
ADDR_MEMBERS = {
    "local_addr": "net_info_t's addresses (ip_addr_t, printed with %I) are not supported yet; "
                  "local_port and remote_port are",
    "remote_addr": "net_info_t's addresses (ip_addr_t, printed with %I) are not supported yet; "
                   "local_port and remote_port are",
}

_S_IFMT, _S_IFSOCK = 0o170000, 0o140000


def port_reads(fd: ir.Expr, loc: Loc) -> dict[str, ir.Expr]:
    """member -> the value sockfd_netinfo() stores in it, for descriptor `fd` of the
    current process."""
    def i(v: int) -> ir.IntLit:
        return ir.IntLit(v, loc=loc)

    def file() -> ir.Expr:
        return ir.KernelCast(ir.Call("fd_file", [ir.Builtin("curthread", loc=loc), fd], loc=loc),
                             "struct file *", loc=loc)

    def sock(path: list[str]) -> ir.Expr:
        sk = ir.KernelMember(ir.KernelCast(ir.KernelMember(file(), ["private_data"], loc=loc),
                                           "struct socket *", loc=loc), ["sk"], loc=loc)
        return ir.KernelMember(ir.KernelCast(sk, "struct sock *", loc=loc), path, loc=loc)

    mode = ir.KernelMember(ir.KernelCast(ir.KernelMember(file(), ["f_inode"], loc=loc),
                                         "struct inode *", loc=loc), ["i_mode"], loc=loc)
    is_sock = ir.Binary("&&", ir.Binary("!=", ir.Call("fd_file", [ir.Builtin("curthread", loc=loc), fd],
                                                      loc=loc), i(0), loc=loc),
                        ir.Binary("==", ir.Binary("&", mode, i(_S_IFMT), loc=loc), i(_S_IFSOCK), loc=loc),
                        loc=loc)
    dport = sock(["__sk_common", "skc_dport"])
    swapped = ir.Binary("|", ir.Binary("<<", ir.Binary("&", dport, i(0xff), loc=loc), i(8), loc=loc),
                        ir.Binary("&", ir.Binary(">>", sock(["__sk_common", "skc_dport"]), i(8), loc=loc),
                                  i(0xff), loc=loc), loc=loc)
    return {"local_port": ir.Ternary(is_sock, sock(["__sk_common", "skc_num"]), i(0), loc=loc),
            "remote_port": ir.Ternary(is_sock, swapped, i(0), loc=loc)}
