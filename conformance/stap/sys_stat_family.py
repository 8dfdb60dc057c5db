"""Workload of sys_stat_family: stat, lstat, fstat and statx as raw syscalls
(glibc 2.33+ implements stat/lstat/fstat with newfstatat, so only a raw
syscall reaches the old ones)."""
import ctypes

libc = ctypes.CDLL(None)
buf = ctypes.create_string_buffer(512)
libc.syscall(4, b"/dev/shm", buf)                       # stat
libc.syscall(6, b"/dev/shm/xt_no_such_file", buf)       # lstat: ENOENT
libc.syscall(5, 0, buf)                                 # fstat of stdin
libc.syscall(332, -100, b"/dev/shm", 0x100, 0, buf)     # statx(AT_FDCWD, ..., AT_SYMLINK_NOFOLLOW, mask 0)
