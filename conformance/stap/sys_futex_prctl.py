"""Workload of sys_futex_prctl: futex operations on a word that never holds the
value they wait for (val 777: nothing blocks), prctl options of each argument
shape, sysinfo, prlimit64/getrlimit and clock_gettime with clocks the
interpreter never asks for, as raw syscalls."""
import ctypes

libc = ctypes.CDLL(None)
libc.syscall.restype = ctypes.c_long


def sc(nr, *args):
    return libc.syscall(ctypes.c_long(nr), *(ctypes.c_long(a) for a in args))


word = ctypes.c_int(0)
word2 = ctypes.c_int(0)
w, w2 = ctypes.addressof(word), ctypes.addressof(word2)
ts = (ctypes.c_long * 2)(1, 500)
t = ctypes.addressof(ts)
sc(202, w, 0, 777, t, 0, 0)              # FUTEX_WAIT, the word is not 777: EAGAIN
sc(202, w, 128, 777, t, 0, 0)            # FUTEX_WAIT_PRIVATE: stap prints three arguments
sc(202, w, 1, 777, 0, 0, 0)              # FUTEX_WAKE
sc(202, w, 9, 777, t, 0, 0xff)           # FUTEX_WAIT_BITSET: EAGAIN
sc(202, w, 10, 777, 0, 0, 0xff)          # FUTEX_WAKE_BITSET
sc(202, w, 3, 777, 5, w2, 0)             # FUTEX_REQUEUE
sc(202, w, 4, 777, 5, w2, 99)            # FUTEX_CMP_REQUEUE, the word is not 99: EAGAIN
sc(202, w, 5, 777, 1, w2, (1 << 28) | (4 << 24) | (3 << 12) | 2)   # WAKE_OP ADD 3, CMP_GT 2
sc(202, w, 5, 777, 1, w2, (8 << 28) | (4 << 12) | 0xfff)           # WAKE_OP OPARG_SHIFT|SET 4, CMP_EQ -1
name = ctypes.create_string_buffer(16)
sc(157, 3, 0, 0, 0, 0)                   # PR_GET_DUMPABLE (every prctl with all five arguments)
sc(157, 4, 1, 0, 0, 0)                   # PR_SET_DUMPABLE 1
sc(157, 16, ctypes.addressof(name), 0, 0, 0)  # PR_GET_NAME
sc(157, 23, 21, 0, 0, 0)                 # PR_CAPBSET_READ CAP_SYS_ADMIN
sc(157, 33, 1, 2, 0, 0)                  # PR_MCE_KILL PR_MCE_KILL_SET PR_MCE_KILL_DEFAULT
sc(157, 47, 1, 21, 0, 0)                 # PR_CAP_AMBIENT: stap does not name it
info = (ctypes.c_long * 14)(12345)      # uptime 12345, the rest 0
sc(99, ctypes.addressof(info))           # sysinfo: argstr shows the struct as it is at entry
sc(99, 0)                                # sysinfo(NULL): EFAULT
old = (ctypes.c_ulong * 2)()
new = (ctypes.c_long * 2)(0, -1)
sc(302, 0, 7, 0, ctypes.addressof(old))  # prlimit64(0, RLIMIT_NOFILE, NULL, &old)
sc(302, 0, 4, ctypes.addressof(new), 0)  # prlimit64(0, RLIMIT_CORE, [0,-1], NULL)
sc(97, 12, ctypes.addressof(old))        # getrlimit RLIMIT_MSGQUEUE
sc(97, 99, ctypes.addressof(old))        # getrlimit of no resource: EINVAL
sc(228, 10, t)                           # clock_gettime CLOCK_SGI_CYCLE: EINVAL
sc(228, -2, t)                           # clock_gettime of the process's CPU clock
