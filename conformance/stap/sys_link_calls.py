"""Workload of sys_link_calls: symlinkat, readlinkat, linkat, truncate and
chdir as raw syscalls on scratch names under /dev/shm."""
import ctypes
import os

libc = ctypes.CDLL(None)
libc.syscall.restype = ctypes.c_long


def sc(nr, *args):
    return libc.syscall(ctypes.c_long(nr), *(ctypes.c_long(a) for a in args))


KEEP = []


def s(text):
    """The address of a NUL-terminated copy of text, kept alive to the end."""
    KEEP.append(ctypes.create_string_buffer(text.encode()))
    return ctypes.addressof(KEEP[-1])


T, L, H = "/dev/shm/xt_lc_target", "/dev/shm/xt_lc_link", "/dev/shm/xt_lc_hard"
for name in (T, L, H):
    if os.path.lexists(name):
        os.unlink(name)
open(T, "w").close()
t, l, h = s(T), s(L), s(H)
buf = ctypes.create_string_buffer(64)
sc(266, t, -100, l)                                 # symlinkat(T, AT_FDCWD, L)
sc(267, -100, l, ctypes.addressof(buf), 64)         # readlinkat: the target's length
sc(265, -100, t, -100, h, 0)                        # linkat
sc(265, -100, l, -100, h, 0x400)                    # linkat AT_SYMLINK_FOLLOW: EEXIST
sc(76, s("/dev/shm/xt_lc_none"), 10)                # truncate: ENOENT
sc(80, s("/dev/shm"))                               # chdir
for name in (T, L, H):
    os.unlink(name)
