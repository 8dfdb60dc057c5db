"""Workload of sys_openat_flags_argstr: openat with many open(2) flags, each with
O_NOCTTY so that the script can tell these opens from Python's own (Python's
os.open adds O_CLOEXEC to every one), and one relative to a directory descriptor
moved to 30, so the expected argstr can name it."""
import os

d = "/dev/shm/xt_oflags"
f = d + "/f"
os.makedirs(d, exist_ok=True)
opens = [(f, os.O_WRONLY | os.O_CREAT | os.O_TRUNC), (f, os.O_RDONLY),
         (f, os.O_RDWR | os.O_APPEND), (f, os.O_WRONLY | os.O_SYNC), (f, os.O_WRONLY | os.O_DSYNC),
         (f, os.O_RDONLY | os.O_NOFOLLOW | os.O_NONBLOCK), (d, os.O_RDONLY | os.O_DIRECTORY),
         (f, os.O_PATH), (f, os.O_RDONLY | os.O_NOATIME), (f, os.O_RDWR | os.O_CREAT | os.O_EXCL),
         (f, 3)]
for path, flags in opens:
    try:
        os.close(os.open(path, flags | os.O_NOCTTY, 0o640))
    except OSError:
        pass  # O_EXCL of a file that exists, the access mode 3: the entry is what counts
fd = os.open(d, os.O_RDONLY | os.O_DIRECTORY)
os.dup2(fd, 30)
os.close(fd)
os.close(os.open("f", os.O_RDONLY | os.O_NOCTTY, dir_fd=30))
os.close(30)
os.unlink(f)
os.rmdir(d)
