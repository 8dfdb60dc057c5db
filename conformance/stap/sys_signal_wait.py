"""Workload of sys_signal_wait: rt_sigaction and rt_sigprocmask on SIGUSR1 and
SIGUSR2 (which the interpreter leaves alone), tgkill and tkill with signal 0,
wait4 and waitid with no child to wait for, and wait4 on a child that exits
with 3 and one killed by SIGKILL, as raw syscalls."""
import ctypes
import os
import threading

libc = ctypes.CDLL(None)
libc.syscall.restype = ctypes.c_long


def sc(nr, *args):
    return libc.syscall(ctypes.c_long(nr), *(ctypes.c_long(a) for a in args))


class SigAction(ctypes.Structure):
    """The kernel's struct sigaction on x86_64."""
    _fields_ = [("handler", ctypes.c_ulong), ("flags", ctypes.c_ulong),
                ("restorer", ctypes.c_ulong), ("mask", ctypes.c_ulong)]


MASK = (1 << 1) | (1 << 11) | (1 << 12) | (1 << 14)    # SIGINT, SIGUSR2, SIGPIPE, SIGTERM
ign = SigAction(1, 0, 0, 0)
handler = SigAction(0x1234, 0x14000000, 0x5678, MASK)  # SA_RESTART|SA_RESTORER
old = SigAction()
sc(13, 10, ctypes.addressof(ign), 0, 8)                 # rt_sigaction(SIGUSR1, {SIG_IGN})
sc(13, 12, ctypes.addressof(handler), 0, 8)             # rt_sigaction(SIGUSR2, a handler)
sc(13, 10, 0, ctypes.addressof(old), 8)                 # rt_sigaction(SIGUSR1, NULL, &old)
sc(13, 12, ctypes.addressof(ign), 0, 4)                 # a wrong sigsetsize: EINVAL
mask = ctypes.c_ulong(MASK)
empty = ctypes.c_ulong(0)
oldmask = ctypes.c_ulong(0)
sc(14, 0, ctypes.addressof(mask), 0, 8)                 # rt_sigprocmask(SIG_BLOCK, ...)
sc(14, 1, ctypes.addressof(empty), 0, 8)                # SIG_UNBLOCK of the empty set
sc(14, 2, 0, ctypes.addressof(oldmask), 8)              # SIG_SETMASK with NULL: reads the mask
sc(14, 7, ctypes.addressof(mask), 0, 8)                 # an unknown how: EINVAL
sc(234, os.getpid(), threading.get_native_id(), 0)      # tgkill(pid, tid, 0)
sc(200, threading.get_native_id(), 0)                  # tkill(tid, 0)
sc(61, -1, 0, 3, 0)                                     # wait4(-1, NULL, WNOHANG|WUNTRACED): ECHILD
sc(247, 1, 1, 0, 5, 0)                                  # waitid(P_PID, 1, NULL, WNOHANG|WEXITED): ECHILD
status = ctypes.c_int(0)
child = os.fork()
if child == 0:
    os._exit(3)
sc(61, child, ctypes.addressof(status), 0, 0)           # wait4: the child exited with 3
child = os.fork()
if child == 0:
    os.kill(os.getpid(), 9)
sc(61, child, ctypes.addressof(status), 0, 0)           # wait4: the child was killed
