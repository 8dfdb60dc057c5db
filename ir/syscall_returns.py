"""Which syscalls' return values always fit in a C int.

A D script on Linux writes `(int)arg0` at `syscall::*:return` to read the
return value as a signed number. The value the kernel returns is a long, but
for almost every syscall it is an int (an fd, a count capped at MAX_RW_COUNT,
0 or -errno), so the cast changes nothing and a port to stap says `retval`,
as a stap user would. The syscalls below can return a value outside int's
range (an address, a file offset, a time, an unsigned id, a driver's long):
there the cast truncates, and a translation must keep it to print the same.

The list errs on the side of keeping the cast: a syscall missing from it is
taken to return an int, so any syscall whose kernel return type is wider than
int (and not capped) belongs here.
"""

from __future__ import annotations

import fnmatch

# Syscalls (x86_64 names, as D's syscall provider and stap's tapset spell
# them) whose return value may not fit in a signed 32-bit int.
WIDE_RETURNS: frozenset[str] = frozenset({
    # addresses
    "mmap", "mmap2", "mremap", "brk", "shmat", "map_shadow_stack",
    # file offsets and times
    "lseek", "llseek", "time", "times",
    # unsigned 32-bit results (uid_t, gid_t, seconds left)
    "getuid", "geteuid", "getgid", "getegid", "alarm", "personality",
    # a long chosen by a driver or subsystem
    "ioctl", "fcntl", "prctl", "ptrace", "keyctl",
    # byte counts the kernel may not cap at MAX_RW_COUNT
    "splice", "tee", "vmsplice", "copy_file_range", "sendfile",
})


def returns_int(pattern: str) -> bool:
    """Does every syscall that the probe name `pattern` (maybe a glob) matches
    return a value within int's range, so that (int) of it changes nothing?"""
    return not any(fnmatch.fnmatchcase(name, pattern) for name in WIDE_RETURNS)
