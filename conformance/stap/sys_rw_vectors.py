"""Workload of sys_rw_vectors: pwrite, pread, writev and readv on a scratch
file moved to descriptor 20, so the expected argstr can name it."""
import os

fd = os.open("/dev/shm/xt_sys_rw_vectors", os.O_RDWR | os.O_CREAT | os.O_TRUNC, 0o600)
os.unlink("/dev/shm/xt_sys_rw_vectors")
os.dup2(fd, 20)
os.pwrite(20, b"xy\n", 3)                    # the file: "\0\0\0xy\n"
os.pread(20, 4, 2)                           # 4 bytes from offset 2
os.writev(20, [b"ab", b"c"])                 # at offset 0: "abcxy\n"
os.lseek(20, 0, os.SEEK_SET)
os.readv(20, [bytearray(2), bytearray(8)])   # all 6 bytes
