"""Workload of sys_socket_calls: accept, accept4, sendto and recvfrom as raw
syscalls on sockets moved to fixed descriptors (20: a non-blocking TCP
listener, 21: a UDP sender, 22: a UDP receiver on 127.0.0.1:7782), so the
expected argstr can name them."""
import ctypes
import os
import socket
import struct

libc = ctypes.CDLL(None)
lst = socket.socket()
lst.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
lst.bind(("127.0.0.1", 7781))
lst.listen(1)
lst.setblocking(False)
os.dup2(lst.fileno(), 20)
cli = socket.create_connection(("127.0.0.1", 7781))
libc.syscall(43, 20, None, None)                                  # accept: the pending connection
libc.syscall(288, 20, None, None, socket.SOCK_CLOEXEC | socket.SOCK_NONBLOCK)  # accept4: EAGAIN

snd = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
os.dup2(snd.fileno(), 21)
rcv = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
rcv.bind(("127.0.0.1", 7782))
os.dup2(rcv.fileno(), 22)
to = struct.pack("<H", socket.AF_INET) + struct.pack(">H", 7782) + socket.inet_aton("127.0.0.1") + bytes(8)
libc.syscall(44, 21, b"ping", 4, socket.MSG_DONTWAIT, to, 16)       # sendto
data = ctypes.create_string_buffer(64)
src = ctypes.create_string_buffer(16)
srclen = ctypes.c_int(16)
libc.syscall(45, 22, data, 64, socket.MSG_DONTWAIT, src, ctypes.byref(srclen))  # recvfrom: "ping"
libc.syscall(45, 22, data, 64, socket.MSG_DONTWAIT, None, None)     # recvfrom: EAGAIN
