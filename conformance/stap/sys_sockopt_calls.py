"""Workload of sys_sockopt_calls: setsockopt, getsockopt, bind, listen,
getsockname and shutdown as raw syscalls on a TCP socket moved to descriptor
30 and a UDP socket moved to 31, so the expected argstr can name them."""
import ctypes
import os
import socket
import struct

libc = ctypes.CDLL(None)
libc.syscall.restype = ctypes.c_long


def sc(nr, *args):
    return libc.syscall(ctypes.c_long(nr), *(ctypes.c_long(a) for a in args))


tcp = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
os.dup2(tcp.fileno(), 30)
udp = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
os.dup2(udp.fileno(), 31)
one = ctypes.c_int(1)
val = ctypes.c_int(0)
vlen = ctypes.c_int(4)
sc(54, 30, 1, 2, ctypes.addressof(one), 4)       # setsockopt SOL_SOCKET SO_REUSEADDR
sc(54, 30, 6, 1, ctypes.addressof(one), 4)       # setsockopt SOL_TCP TCP_NODELAY (stap: SO_DEBUG)
sc(54, 30, 999, 1, ctypes.addressof(one), 4)     # setsockopt of no level: ENOPROTOOPT
sc(55, 30, 1, 3, ctypes.addressof(val), ctypes.addressof(vlen))  # getsockopt SOL_SOCKET SO_TYPE
addr = struct.pack("<H", socket.AF_INET) + struct.pack(">H", 7791) + socket.inet_aton("127.0.0.1") + bytes(8)
abuf = ctypes.create_string_buffer(addr, 16)
sc(49, 30, ctypes.addressof(abuf), 16)           # bind
sc(50, 30, 5)                                    # listen
name = ctypes.create_string_buffer(16)
nlen = ctypes.c_int(16)
sc(51, 30, ctypes.addressof(name), ctypes.addressof(nlen))  # getsockname
sc(48, 31, 1)                                    # shutdown SHUT_WR, not connected: ENOTCONN
sc(48, 31, 7)                                    # shutdown of no such how: EINVAL
