"""Workload of sys_fd_calls: dup, dup2, dup3, fcntl, lseek, pipe, pipe2,
flock, timerfd_create, memfd_create and getdents64 as raw syscalls on descriptors moved to 30 (the directory
/dev/shm) and 31 (a ten-byte scratch file), so the expected argstr can name
them."""
import ctypes
import os

libc = ctypes.CDLL(None)
libc.syscall.restype = ctypes.c_long


def sc(nr, *args):
    return libc.syscall(ctypes.c_long(nr), *(ctypes.c_long(a) for a in args))


fd = os.open("/dev/shm", os.O_RDONLY | os.O_DIRECTORY)
os.dup2(fd, 30)
os.close(fd)
fd = os.open("/dev/shm/xt_sys_fd_calls", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
os.unlink("/dev/shm/xt_sys_fd_calls")
os.write(fd, b"0123456789")
os.dup2(fd, 31)
os.close(fd)
sc(32, 30)                        # dup: the lowest free descriptor
sc(33, 30, 33)                    # dup2
sc(292, 30, 32, 0o2000000)        # dup3 O_CLOEXEC
sc(292, 30, 30, 0)                # dup3 onto itself: EINVAL
sc(72, 31, 1, 0)                  # fcntl F_GETFD
sc(72, 31, 4, 0o4000)             # fcntl F_SETFL O_NONBLOCK
sc(72, 31, 36, 0)                 # fcntl F_OFD_GETLK: stap has no name for it (EFAULT)
sc(8, 31, 0, 2)                   # lseek SEEK_END
sc(8, 31, -5, 0)                  # lseek to a negative offset: EINVAL
fds = (ctypes.c_int * 2)(7, 9)    # pipe's argstr shows the array as it is at entry
sc(22, ctypes.addressof(fds))     # pipe
fds2 = (ctypes.c_int * 2)(-1, -1)
sc(293, ctypes.addressof(fds2), 0o2004000)  # pipe2 O_NONBLOCK|O_CLOEXEC
sc(293, 0, 0)                     # pipe2 NULL: EFAULT
sc(73, 31, 6)                     # flock LOCK_EX|LOCK_NB
sc(73, 31, 8)                     # flock LOCK_UN
sc(283, 1, 0o2004000)             # timerfd_create(CLOCK_MONOTONIC, TFD_CLOEXEC|TFD_NONBLOCK)
mname = ctypes.create_string_buffer(b"xt_memfd")
sc(319, ctypes.addressof(mname), 3)         # memfd_create MFD_CLOEXEC|MFD_ALLOW_SEALING
buf = ctypes.create_string_buffer(4096)
sc(217, 30, ctypes.addressof(buf), 4096)    # getdents64: syscall.getdents
