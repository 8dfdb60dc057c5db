"""Workload of sys_creat_rename_unlink: creat, rename and unlink as raw
syscalls (x86_64 has them besides the *at forms coreutils uses)."""
import ctypes

libc = ctypes.CDLL(None)
libc.syscall(85, b"/dev/shm/xt_sys_cru_a", 0o640)                          # creat: a new fd
libc.syscall(82, b"/dev/shm/xt_sys_cru_a", b"/dev/shm/xt_sys_cru_b")        # rename: 0
libc.syscall(87, b"/dev/shm/xt_sys_cru_b")                                 # unlink: 0
libc.syscall(87, b"/dev/shm/xt_sys_cru_b")                                 # unlink: ENOENT
