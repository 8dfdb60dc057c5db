"""Workload of sys_mem_calls: mprotect, madvise, mremap and munmap as raw syscalls on
two pages mapped at a fixed address (0x200000000), so the probes can tell
them from the interpreter's own."""
import ctypes

libc = ctypes.CDLL(None)
libc.syscall.restype = ctypes.c_long


def sc(nr, *args):
    return libc.syscall(ctypes.c_long(nr), *(ctypes.c_long(a) for a in args))


A = 0x200000000
sc(9, A, 8192, 3, 0x32, -1, 0)   # mmap(A, 8192, PROT_READ|PROT_WRITE, MAP_PRIVATE|MAP_ANONYMOUS|MAP_FIXED)
sc(10, A, 4096, 1)               # mprotect PROT_READ
sc(10, A, 8192, 0)               # mprotect PROT_NONE
sc(10, A, 4096, 0x80)            # mprotect with an unknown bit: EINVAL
sc(28, A, 8192, 4)               # madvise MADV_DONTNEED
sc(28, A, 8192, 20)              # madvise MADV_COLD: stap's table has no name for it
sc(28, A, 8192, 999)             # madvise: EINVAL
sc(25, A, 8192, 4096, 0, 0)      # mremap: shrink in place, returns A
sc(25, A, 4096, 8192, 4, 0)      # mremap MREMAP_DONTUNMAP without MAYMOVE: EINVAL, stap has no name
sc(11, A, 8192)                  # munmap
