"""Workload of sys_ioctl_poll_select: ioctl, poll, select and epoll_wait on a
pipe holding 3 bytes, moved to descriptor 20 (the epoll instance to 23), so
the expected argstr can name them."""
import ctypes
import os
import select

libc = ctypes.CDLL(None)
r, w = os.pipe()
os.dup2(r, 20)
os.write(w, b"abc")
n = ctypes.c_int(0)
libc.syscall(16, 20, 0x541B, ctypes.byref(n))    # ioctl(FIONREAD): 0
libc.syscall(16, 20, 0x5401, ctypes.byref(n))    # ioctl(TCGETS) on a pipe: ENOTTY
p = select.poll()
p.register(20, select.POLLIN)
p.poll(15)                                       # poll(fds, 1, 15): 1
tv = (ctypes.c_long * 2)(0, 1500)
libc.syscall(23, 21, None, None, None, tv)       # select(21, NULL, NULL, NULL, 1.5 ms): 0
e = select.epoll()
os.dup2(e.fileno(), 23)
e23 = select.epoll.fromfd(23)
e23.register(20, select.EPOLLIN)
e23.poll(0.015, 4)                               # epoll_wait(23, events, 4, 15): 1
